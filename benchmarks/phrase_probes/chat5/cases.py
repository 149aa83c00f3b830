"""Held-out probe chat5: money amounts, durations and physical quantities.

~75% chat/voice-assistant utterances (ids cNNN), ~25% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat4 or classes).
Row format: (id, tag, sentence, [expectations]); an expectation is
  ("money",    span, amount | (low, high), ISO code | tuple of accepted codes)
  ("duration", span, amount | (low, high), pint unit)
  ("quantity", span, amount | (low, high), pint unit | tuple of accepted units)
span = a substring (first occurrence, unique in its sentence) the claim must overlap.
Each row lists EVERY money/duration/quantity claim expected in it; any other claim
of those kinds is a false positive. A row with [] expects no claim at all.
Scored by chat2/score.py (run ./score.py, which sets PROBE_DIR to this folder).

CONVENTIONS (chat4's, kept unchanged; decided before writing the rows)
General
 * One claim per measure. Composite measures are ONE claim with the summed value:
   "2 hours 10 minutes" = 130 minute, "6 feet 2 inches" = 74 inch,
   "$15 and 20 cents" = 15.20 USD, "4 pounds 50" = 4.50 GBP, "1 metre 80" = 1.8 m.
 * Ranges ("3 to 5 days", "between $10 and $15", "25-35 degrees Celsius",
   "5 or 6 minutes", "$3-4 billion") are ONE claim with (low, high).
 * Bounds and approximations ("under", "at least", "no more than", "up to",
   "more than", "over", "around", "about", "almost", "within") are ONE claim whose
   value is the bound itself as a point value; the qualifier is not scored.
 * "a"/"an" before a unit = 1 ("a kilogram", "an hour", "a dollar", "a week").
 * "a couple (of)" = 2 ("a couple of weeks" = 2 week, "a couple hundred bucks" = 200).
   Vaguer words ("a while", "overnight", "six figures") get no claim.
   ("a few"/"several" are deliberately not used in this probe.)
 * Rate denominators are not claims: "$20 per hour", "£12.21 an hour",
   "$82.47 a barrel", "3 cents a litre", "$9 per kilo", "60 bucks a month",
   "1-2 litres a day" -> only the numerator is claimed. Inside a compound unit the
   time word is part of the unit: "10 miles an hour", "25 kilometres per hour" are
   speed quantities, with no duration claim.
 * Percentages, counts of things ("3 apples", "2 tickets", "12 of us"), sizes without
   a unit ("size 9"), product/model names ("iPhone 15", "747", "5G", "3M",
   "Fahrenheit 451", "Formula 1", "R2-D2"), numbers of orders/phones, magnitudes
   ("6.1-magnitude") and ordinals ("a second opinion") are not claims.
Money
 * Bare "$" and "dollar(s)", "bucks", "cents" and "¢" = USD unless the sentence names
   another country's currency; "C$" = CAD. "¥" accepts JPY or CNY.
   "£", "pounds" (money context), "quid", "p", "pence" = GBP; "a fiver"/"a tenner"
   accept GBP or USD; "grand" with no currency accepts USD or GBP.
   "Rs"/"rupees" accept INR, PKR, LKR, NPR; "₹", "lakh", "crore", "paise" = INR.
   "kr" accepts NOK, SEK, DKK, ISK. "R50" = ZAR, "RM" = MYR, "ringgit/sen" = MYR,
   "francs and centimes" in Geneva = CHF, "cents" in an Irish context = EUR.
 * Scales: k = 1e3, m/M/million = 1e6, bn/billion = 1e9, trillion = 1e12,
   lakh = 1e5, crore = 1e7. Decimal comma ("€3,50") and dot thousands
   ("1.299,90 €") follow European style when the digit grouping makes that clear.
 * Minor-unit-only amounts are expressed in the major unit: "75 cents" = 0.75 USD,
   "80p" = 0.80 GBP.
 * "pound"/"pounds" as weight ("lost 10 pounds", "2 pounds 3 ounces") is a mass
   quantity, not money; "pound the chicken" is nothing.
Durations
 * Expected as amount + pint unit; the scorer compares in seconds (month = 1/12 year
   = 30.44 days, year = 365.25 days, 2.5% tolerance for months/years).
 * "fortnight" = 2 week, "decade" = 10 year, "N nights" (hotel stay) = N day,
   "quarter of an hour" = 0.25 hour, "1 hour thirty" = 90 minute.
 * Adjectival durations are claims ("a 5-minute walk", "a four-year sentence",
   "a 7 minute countdown", "a ninety second timer").
 * Relative offsets with an explicit amount are claims ("remind me in 45 minutes",
   "expires in 48h"); idioms are not ("in a minute", "wait a sec", "hang on").
 * Times of day, dates, years, decades-as-eras ("the 90s"), ages ("a 45-year-old",
   "my daughter is 6"), frequencies ("3 times a day") and ordinal periods
   ("the second week of June") are not durations.
Quantities
 * US customary by default: "cup" = US cup (236.6 ml), "tablespoon"/"teaspoon" = US,
   "gallon" accepts US or imperial, "pint" accepts US or imperial, "barrels of oil"
   = oil_barrel (42 US gal). "GB"/"gigs" accepts gigabyte or gibibyte, "TB" likewise.
 * Degrees with no scale accept Celsius or Fahrenheit (the scorer allows +/-0.3
   degree on temperature points); "5 below zero" and "minus 15 degrees" are negative
   temperatures.
 * "5'11\"" = 71 inch; "a kilo of tomatoes" is a 1 kg quantity (it is the measured
   thing, not a per-kilo price).

ADDED IN THIS PROBE (beyond chat4's header; also decided before writing the rows)
General
 * A composite whose last number has no unit takes the next smaller unit of the one
   before it: "9 stone 4" = 130 pound, "5 foot 4" = 64 inch, "1 metre 85" = 1.85 m,
   "2 hours 40" = 160 minute, "9 pounds 75" = 9.75 GBP, "a dollar twenty-five" =
   1.25 USD, "8 francs 50 centimes" = 8.50 CHF.
 * "a mile and a half", "a cup and a half", "a minute and a half" = 1.5 of the unit;
   "a third of a cup" = 1/3 cup; vulgar-fraction characters and mixed numbers bind to
   the unit ("½ teaspoon" = 0.5, "⅛ tsp" = 0.125, "1½ cups" = 1.5, "2 1/4 cups" = 2.25).
 * Fixed idioms are not claims even where "a" + unit would otherwise count as 1:
   "a penny for your thoughts", "thanks a million", "a ton of fun", "miles better",
   "hang on a second", "give me a sec".
 * Titles, bands, places and isotopes that contain a number + unit word are not
   claims: "500 Days of Summer", "Thirty Seconds to Mars", "Nine Inch Nails",
   "Three Mile Island", "Carbon-14", "Area 51", "Windows 11", "Boeing 737", "Catch-22",
   "7-Eleven", "AA" (batteries).
 * Scores ("112-104") and phone numbers ("020 7946 0321") are not claims.
Money
 * More currency names/symbols: "baht" = THB, "rand" = ZAR, "won"/"₩" = KRW,
   "dong" = VND, "rupiah" = IDR, "złoty"/"PLN" = PLN, "Kč" = CZK, "shekels" = ILS,
   "₦" = NGN, "R$" = BRL, "S$" = SGD, "HK$" = HKD, "A$" = AUD, "US$" = USD,
   "pesos" in a sentence about Mexico = MXN, "Swiss francs" (or "francs ... centimes"
   in Zurich) = CHF. "kr" accepts NOK/SEK/DKK/ISK before or after the number, even
   when a city is named. "R" + number with a South African context (Gauteng) = ZAR,
   also with a scale ("R12.4 billion").
 * Bare "lakh"/"crore" in a money context (a price, a budget) = INR; "2 lakh people"
   is a count, not money.
 * Pence with a decimal: "148.9p" = 1.489 GBP. A stated price change ("rose 4p") is a
   money claim like any other amount.
 * "15 pounds in kilos" is a mass (15 pound); "15 pounds in euros" is money (15 GBP);
   "a pound of ground coffee" is 1 pound of mass.
Durations
 * "working days"/"business days" = day; "a year or two" = the range (1, 2) year;
   "two decades" = 20 year (pint's "decade" is a logarithmic unit, so years are used);
   "a 3-night stay" = 3 day; sub-second units (millisecond, attosecond) are durations.
 * "for 90s" / "heat for 90s" in a cooking or exercise instruction = 90 second, while
   "music from the 90s" is an era (nothing). "half past nine" is a clock time.
 * "twice a week" is a frequency (nothing), like "3 times a day".
Quantities
 * Food/fitness "calories" = kilocalorie, like "kcal"; energy (kWh, MWh), power
   (watt), and pressure (psi, bar, hPa) are quantities.
 * "MB" accepts megabyte or mebibyte; "fl oz" accepts US or imperial fluid ounce;
   "oz"/"lb oz" on meat or fish = mass ounce/pound.
 * "how many cups are in a litre": "a litre" = 1 liter is a claim (the "a" rule), the
   bare unit "cups" is not; a unit mentioned only as a conversion target ("in km/h",
   "in Celsius", "in kilos", "to centimetres") is not a claim.
"""

RUPEE = ("INR", "PKR", "LKR", "NPR")  # "Rs", "rupees"
KR = ("NOK", "SEK", "DKK", "ISK")  # "kr"
YEN = ("JPY", "CNY")  # "¥"
GRAND = ("USD", "GBP")  # "grand"; also "a fiver", "a tenner"
TEMP = ("degree_Celsius", "degree_Fahrenheit")  # degrees with no scale
GALLON = ("gallon", "imperial_gallon")
PINT = ("pint", "imperial_pint")
GB = ("gigabyte", "gibibyte")
TB = ("terabyte", "tebibyte")
MB = ("megabyte", "mebibyte")
FLOZ = ("fluid_ounce", "imperial_fluid_ounce")


ROWS = [
    # ---- money-symbol
    ('c001', 'money-symbol', 'add the €24 phone charger to my basket',
     [('money', '€24', 24, 'EUR')]),
    ('c002', 'money-symbol', 'i paid 12€ for two cocktails in Lisbon',
     [('money', '12€', 12, 'EUR')]),
    ('c003', 'money-symbol', 'an off-peak return to Brighton is £18.40',
     [('money', '£18.40', 18.4, 'GBP')]),
    ('c004', 'money-symbol', 'the Airbnb in Kyoto added a ¥8,000 cleaning fee',
     [('money', '¥8,000', 8000, YEN)]),
    ('c005', 'money-symbol', 'my Uber across Toronto was C$27',
     [('money', 'C$27', 27, 'CAD')]),
    ('c006', 'money-symbol', 'the capsule hotel in Singapore wants S$45 a night',
     [('money', 'S$45', 45, 'SGD')]),
    ('c007', 'money-symbol', "what's HK$300 in US dollars",
     [('money', 'HK$300', 300, 'HKD')]),
    ('n008', 'money-symbol', 'Gold climbed to $2,431.60 an ounce in New York trading.',
     [('money', '$2,431.60', 2431.6, 'USD')]),
    ('n009', 'money-symbol', "Seoul's basic subway fare will rise to ₩1,550 in the autumn.",
     [('money', '₩1,550', 1550, 'KRW')]),
    # ---- money-code
    ('c010', 'money-code', 'wire USD 40 to my sister in Boston',
     [('money', 'USD 40', 40, 'USD')]),
    ('c011', 'money-code', 'the visa on arrival is 40 EUR, cash only',
     [('money', '40 EUR', 40, 'EUR')]),
    ('c012', 'money-code', 'pay the plumber GBP 1,180.00 from the joint account',
     [('money', 'GBP 1,180.00', 1180, 'GBP')]),
    ('c013', 'money-code', 'how many pesos will I get for 100 USD at the airport',
     [('money', '100 USD', 100, 'USD')]),
    ('c014', 'money-code', 'i was quoted AED 350 for the desert safari',
     [('money', 'AED 350', 350, 'AED')]),
    ('c015', 'money-code', 'my card got declined for 89.90 PLN at the pharmacy',
     [('money', '89.90 PLN', 89.9, 'PLN')]),
    ('n016', 'money-code', 'Regulators set the penalty at EUR 15,000 per breach.',
     [('money', 'EUR 15,000', 15000, 'EUR')]),
    # ---- money-word
    ('c017', 'money-word', 'the tooth fairy left twenty-two dollars, is that too much',
     [('money', 'twenty-two dollars', 22, 'USD')]),
    ('c018', 'money-word', 'the locksmith wants ninety euros just to show up',
     [('money', 'ninety euros', 90, 'EUR')]),
    ('c019', 'money-word', 'i lent him three hundred and fifty pounds last spring',
     [('money', 'three hundred and fifty pounds', 350, 'GBP')]),
    ('c020', 'money-word', 'the fridge magnet only cost one euro',
     [('money', 'one euro', 1, 'EUR')]),
    ('c021', 'money-word', 'she paid forty-five Canadian dollars for the ferry',
     [('money', 'forty-five Canadian dollars', 45, 'CAD')]),
    ('n022', 'money-word', 'The sketch sold for four million dollars at auction on Thursday.',
     [('money', 'four million dollars', 4000000, 'USD')]),
    ('n023', 'money-word', 'Drivers caught using a phone now face a fine of two hundred euros.',
     [('money', 'two hundred euros', 200, 'EUR')]),
    # ---- money-local
    ('c024', 'money-local', '300 Thai baht for a foot massage is a bargain',
     [('money', '300 Thai baht', 300, 'THB')]),
    ('c025', 'money-local', 'I paid 15 Swiss francs for a sandwich at the airport',
     [('money', '15 Swiss francs', 15, 'CHF')]),
    ('c026', 'money-local', 'a bento box was 2,000 yen at the station',
     [('money', '2,000 yen', 2000, 'JPY')]),
    ('c027', 'money-local', 'the airport taxi in Cape Town was 50 rand',
     [('money', '50 rand', 50, 'ZAR')]),
    ('n028', 'money-local', 'The game reserve raised its entry fee to R450 per adult.',
     [('money', 'R450', 450, 'ZAR')]),
    ('c029', 'money-local', 'the fjord museum charged us 120 kr each',
     [('money', '120 kr', 120, KR)]),
    ('c030', 'money-local', 'a cinnamon bun in Stockholm was kr 45',
     [('money', 'kr 45', 45, KR)]),
    ('c031', 'money-local', 'teh tarik is RM3.50 at the mamak stall',
     [('money', 'RM3.50', 3.5, 'MYR')]),
    ('c032', 'money-local', 'the tuk-tuk driver wants Rs 300 to Galle Face',
     [('money', 'Rs 300', 300, RUPEE)]),
    ('c033', 'money-local', 'is ₹500 enough for a thali in Mumbai',
     [('money', '₹500', 500, 'INR')]),
    ('c034', 'money-local', 'a caipirinha on the beach in Rio is R$35',
     [('money', 'R$35', 35, 'BRL')]),
    ('c035', 'money-local', 'the coach to Krakow was 60 złoty',
     [('money', '60 złoty', 60, 'PLN')]),
    ('c036', 'money-local', 'i paid 400 Kč for goulash and beer in Prague',
     [('money', '400 Kč', 400, 'CZK')]),
    ('c037', 'money-local', 'pho from a street cart in Hanoi runs about 50,000 dong',
     [('money', '50,000 dong', 50000, 'VND')]),
    ('c038', 'money-local', 'i swapped 200 euros and got 3.4 million rupiah',
     [('money', '200 euros', 200, 'EUR'), ('money', '3.4 million rupiah', 3400000, 'IDR')]),
    ('n039', 'money-local', 'Mexico raised the daily minimum wage to 278.80 pesos.',
     [('money', '278.80 pesos', 278.8, 'MXN')]),
    ('n040', 'money-local', 'A loaf of bread in Lagos now sells for ₦1,800.',
     [('money', '₦1,800', 1800, 'NGN')]),
    ('n041', 'money-local', 'Importers who break the rules face fines of up to 2 million shekels.',
     [('money', '2 million shekels', 2000000, 'ILS')]),
    # ---- money-minor
    ('c042', 'money-minor', 'a pack of gum for 99 cents, nice',
     [('money', '99 cents', 0.99, 'USD')]),
    ('c043', 'money-minor', 'the charity shop sold me a mug for 50p',
     [('money', '50p', 0.5, 'GBP')]),
    ('c044', 'money-minor', 'each photocopy costs ten cents at the library',
     [('money', 'ten cents', 0.1, 'USD')]),
    ('c045', 'money-minor', 'the vending machine ate my 90 pence',
     [('money', '90 pence', 0.9, 'GBP')]),
    ('n046', 'money-minor', 'The price of a sliced pan in Dublin rose by 12 cents.',
     [('money', '12 cents', 0.12, 'EUR')]),
    ('n047', 'money-minor', 'Petrol rose 4p to 148.9p a litre this week.',
     [('money', '4p', 0.04, 'GBP'), ('money', '148.9p', 1.489, 'GBP')]),
    # ---- money-composite
    ('c048', 'money-composite', 'my overdue library fine is $3 and 45 cents',
     [('money', '$3 and 45 cents', 3.45, 'USD')]),
    ('c049', 'money-composite', 'why did a coffee in Zurich cost 8 francs 50 centimes',
     [('money', '8 francs 50 centimes', 8.5, 'CHF')]),
    ('c050', 'money-composite', 'two cinema tickets came to 9 pounds 75 with the discount',
     [('money', '9 pounds 75', 9.75, 'GBP')]),
    ('c051', 'money-composite', 'it was a dollar twenty-five for the bus',
     [('money', 'a dollar twenty-five', 1.25, 'USD')]),
    ('c052', 'money-composite', 'the florist charged me twelve euros and forty cents',
     [('money', 'twelve euros and forty cents', 12.4, 'EUR')]),
    ('c053', 'money-composite', 'the pharmacist handed me 2 dollars and 5 cents in change',
     [('money', '2 dollars and 5 cents', 2.05, 'USD')]),
    # ---- money-slang
    ('c054', 'money-slang', 'a hot dog and a soda for a buck fifty at Costco',
     [('money', 'a buck fifty', 1.5, 'USD')]),
    ('c055', 'money-slang', 'my cousin blew 35 grand on her wedding',
     [('money', '35 grand', 35000, GRAND)]),
    ('c056', 'money-slang', 'can I borrow a tenner for the taxi',
     [('money', 'a tenner', 10, GRAND)]),
    ('c057', 'money-slang', 'the gig tickets were 20 quid each',
     [('money', '20 quid', 20, 'GBP')]),
    ('c058', 'money-slang', 'parking was five bucks',
     [('money', 'five bucks', 5, 'USD')]),
    ('c059', 'money-slang', 'i still owe my brother a grand',
     [('money', 'a grand', 1000, GRAND)]),
    ('c060', 'money-slang', 'everyone chuck in a fiver for the leaving present',
     [('money', 'a fiver', 5, GRAND)]),
    ('c061', 'money-slang', 'fifty quid for a trim, are you joking',
     [('money', 'fifty quid', 50, 'GBP')]),
    # ---- money-scale
    ('c062', 'money-scale', 'my dad bought a flat in Pune for 2 crore',
     [('money', '2 crore', 20000000, 'INR')]),
    ('c063', 'money-scale', 'our budget for the new car is 5 lakh',
     [('money', '5 lakh', 500000, 'INR')]),
    ('n064', 'money-scale', 'A two-bed flat in Hackney sold for £750k last month.',
     [('money', '£750k', 750000, 'GBP')]),
    ('c065', 'money-scale', 'the startup got a ₹50 lakh grant',
     [('money', '₹50 lakh', 5000000, 'INR')]),
    ('n066', 'money-scale', 'The merger values the combined group at $2.5bn.',
     [('money', '$2.5bn', 2500000000, 'USD')]),
    ('n067', 'money-scale', 'The observatory received a €3 million donation from a local family.',
     [('money', '€3 million', 3000000, 'EUR')]),
    ('n068', 'money-scale', 'South Korea unveiled a 1.2 trillion won support package for chipmakers.',
     [('money', '1.2 trillion won', 1200000000000, 'KRW')]),
    ('n069', 'money-scale', 'The Treasury will borrow an extra £4.3bn this year.',
     [('money', '£4.3bn', 4300000000, 'GBP')]),
    ('n070', 'money-scale', 'Insured losses from the floods are estimated at US$4.2 billion.',
     [('money', 'US$4.2 billion', 4200000000, 'USD')]),
    ('n071', 'money-scale', 'The provincial budget sets aside R12.4 billion for water projects in Gauteng.',
     [('money', 'R12.4 billion', 12400000000, 'ZAR')]),
    # ---- money-range
    ('c072', 'money-range', 'show me hotels between €80 and €120 a night',
     [('money', '€80 and €120', (80, 120), 'EUR')]),
    ('c073', 'money-range', 'road bikes around $300–500, any recommendations?',
     [('money', '$300–500', (300, 500), 'USD')]),
    ('c074', 'money-range', 'a cleaner round here charges 15 to 20 quid an hour',
     [('money', '15 to 20 quid', (15, 20), 'GBP')]),
    ('c075', 'money-range', 'street food in Chiang Mai is 40-80 baht a plate',
     [('money', '40-80 baht', (40, 80), 'THB')]),
    ('c076', 'money-range', 'a used laptop should go for anywhere from $250 to $400',
     [('money', '$250 to $400', (250, 400), 'USD')]),
    ('n077', 'money-range', 'Fixing the pier will cost somewhere between £40m and £60m, the council said.',
     [('money', '£40m and £60m', (40000000, 60000000), 'GBP')]),
    ('n078', 'money-range', 'Festival passes will cost 45-90 euros, organisers said.',
     [('money', '45-90 euros', (45, 90), 'EUR')]),
    # ---- money-bound
    ('c079', 'money-bound', 'find me a rain jacket under £80',
     [('money', '£80', 80, 'GBP')]),
    ('c080', 'money-bound', 'i can spend up to 200 bucks on her present',
     [('money', '200 bucks', 200, 'USD')]),
    ('c081', 'money-bound', 'the room should cost no more than CHF 150',
     [('money', 'CHF 150', 150, 'CHF')]),
    ('c082', 'money-bound', 'return flights to Bali for roughly A$900',
     [('money', 'A$900', 900, 'AUD')]),
    ('n083', 'money-bound', 'Fraudsters stole more than €5 million from pensioners, police said.',
     [('money', '€5 million', 5000000, 'EUR')]),
    ('n084', 'money-bound', 'Each affected passenger will receive at least $1,000 in compensation.',
     [('money', '$1,000', 1000, 'USD')]),
    # ---- money-neg
    ('c085', 'money-neg', 'pound the dough flat with your fist',
     []),
    ('c086', 'money-neg', 'is the dollar still weak against the yen',
     []),
    ('c087', 'money-neg', 'is the 7-Eleven on Main Street open',
     []),
    ('c088', 'money-neg', 'you look lost, a penny for your thoughts',
     []),
    ('c089', 'money-neg', 'thanks a million for fixing my bike',
     []),
    ('n090', 'money-neg', 'More than 2 lakh people attended the rally in Kolkata.',
     []),
    ('n091', 'money-neg', 'The Swiss franc hit a record high on Friday.',
     []),
    ('c092', 'money-neg', 'call 020 7946 0321 about the refund',
     []),
    ('c093', 'money-neg', 'prices at the market went up 15% this year',
     []),
    # ---- dur-basic
    ('c094', 'dur-basic', "we're renting a cabin for 4 days in August",
     [('duration', '4 days', 4, 'day')]),
    ('c095', 'dur-basic', 'my new passport has 10 years of validity',
     [('duration', '10 years', 10, 'year')]),
    ('c096', 'dur-basic', 'i only slept 5 hours last night',
     [('duration', '5 hours', 5, 'hour')]),
    ('c097', 'dur-basic', "we're doing 12 nights in Tokyo, any tips",
     [('duration', '12 nights', 12, 'day')]),
    ('c098', 'dur-basic', "i'm taking a fortnight off in July",
     [('duration', 'a fortnight', 2, 'week')]),
    ('n099', 'dur-basic', 'The ring road tunnel will shut for 18 months of repairs.',
     [('duration', '18 months', 18, 'month')]),
    ('n100', 'dur-basic', 'The lighthouse stood empty for two decades.',
     [('duration', 'two decades', 20, 'year')]),
    # ---- dur-word
    ('c101', 'dur-word', 'the dog needs forty minutes of walking',
     [('duration', 'forty minutes', 40, 'minute')]),
    ('c102', 'dur-word', 'my bus is running eighteen minutes late',
     [('duration', 'eighteen minutes', 18, 'minute')]),
    ('c103', 'dur-word', 'the lasagne needs fifty-five minutes in the oven',
     [('duration', 'fifty-five minutes', 55, 'minute')]),
    ('c104', 'dur-word', "we've lived in this flat for seven years",
     [('duration', 'seven years', 7, 'year')]),
    ('n105', 'dur-word', 'The jury deliberated for eleven hours before reaching a verdict.',
     [('duration', 'eleven hours', 11, 'hour')]),
    ('n106', 'dur-word', 'Parts of the city went without power for thirty-six hours.',
     [('duration', 'thirty-six hours', 36, 'hour')]),
    # ---- dur-fraction
    ('c107', 'dur-fraction', 'walking up to the waterfall takes one and a half hours',
     [('duration', 'one and a half hours', 1.5, 'hour')]),
    ('c108', 'dur-fraction', 'boil the potatoes for half an hour',
     [('duration', 'half an hour', 0.5, 'hour')]),
    ('c109', 'dur-fraction', "it's three quarters of an hour by train to Oxford",
     [('duration', 'three quarters of an hour', 0.75, 'hour')]),
    ('c110', 'dur-fraction', 'the dough has to prove an hour and a half before shaping',
     [('duration', 'an hour and a half', 1.5, 'hour')]),
    ('c111', 'dur-fraction', 'each yoga pose should last a minute and a half',
     [('duration', 'a minute and a half', 90, 'second')]),
    ('c112', 'dur-fraction', 'roast the pork for 1.5 hrs on low heat',
     [('duration', '1.5 hrs', 1.5, 'hour')]),
    ('n113', 'dur-fraction', 'The spacewalk was cut short after three and a half hours.',
     [('duration', 'three and a half hours', 3.5, 'hour')]),
    # ---- dur-composite
    ('c114', 'dur-composite', 'how is it 6 hours and 50 minutes to Dubai from here',
     [('duration', '6 hours and 50 minutes', 410, 'minute')]),
    ('c115', 'dur-composite', 'my half marathon time was 1h52m',
     [('duration', '1h52m', 112, 'minute')]),
    ('c116', 'dur-composite', 'the boat to the island takes 1h45m',
     [('duration', '1h45m', 105, 'minute')]),
    ('c117', 'dur-composite', 'that documentary on sharks is 1 hour 12 minutes',
     [('duration', '1 hour 12 minutes', 72, 'minute')]),
    ('c118', 'dur-composite', 'the sourdough proved for 3h30m',
     [('duration', '3h30m', 210, 'minute')]),
    ('c119', 'dur-composite', 'the drive to the coast took 2 hours 40',
     [('duration', '2 hours 40', 160, 'minute')]),
    ('n120', 'dur-composite', 'Miners were trapped underground for 4 days and 7 hours.',
     [('duration', '4 days and 7 hours', 103, 'hour')]),
    ('n121', 'dur-composite', 'The bout was stopped 2 minutes 14 seconds into the opening round.',
     [('duration', '2 minutes 14 seconds', 134, 'second')]),
    # ---- dur-abbrev
    ('c122', 'dur-abbrev', 'heat the soup for 90s and stir',
     [('duration', '90s', 90, 'second')]),
    ('c123', 'dur-abbrev', 'I can only manage burpees for 40 secs',
     [('duration', '40 secs', 40, 'second')]),
    ('c124', 'dur-abbrev', 'the oven needs 25 mins to heat up',
     [('duration', '25 mins', 25, 'minute')]),
    ('c125', 'dur-abbrev', 'the scooter recharges in about 3 hrs from a wall socket',
     [('duration', '3 hrs', 3, 'hour')]),
    ('c126', 'dur-abbrev', 'buy me a 24h metro pass',
     [('duration', '24h', 24, 'hour')]),
    ('n127', 'dur-abbrev', 'The network outage lasted 14 hrs, the operator said.',
     [('duration', '14 hrs', 14, 'hour')]),
    # ---- dur-adjectival
    ('c128', 'dur-adjectival', 'can we stop for a 10-minute break after this slide',
     [('duration', '10-minute', 10, 'minute')]),
    ('c129', 'dur-adjectival', 'does this shop have a 30-day return policy',
     [('duration', '30-day', 30, 'day')]),
    ('n130', 'dur-adjectival', 'Unions called a three-day strike on the railways.',
     [('duration', 'three-day', 3, 'day')]),
    ('c131', 'dur-adjectival', 'plan a two-week itinerary for Vietnam',
     [('duration', 'two-week', 2, 'week')]),
    ('n132', 'dur-adjectival', 'Both sides agreed to a 72-hour truce.',
     [('duration', '72-hour', 72, 'hour')]),
    ('n133', 'dur-adjectival', 'The winger was handed a six-match ban and a 90-day suspension.',
     [('duration', '90-day', 90, 'day')]),
    # ---- dur-relative
    ('c134', 'dur-relative', 'in 20 minutes, remind me to flip the steaks',
     [('duration', '20 minutes', 20, 'minute')]),
    ('c135', 'dur-relative', "i'm going to sleep, wake me in 8 hours",
     [('duration', '8 hours', 8, 'hour')]),
    ('c136', 'dur-relative', 'nudge me in two hours about the report',
     [('duration', 'two hours', 2, 'hour')]),
    ('c137', 'dur-relative', 'the tracking page says my parcel arrives in 3 days',
     [('duration', '3 days', 3, 'day')]),
    ('c138', 'dur-relative', 'lock the front door in 45 seconds',
     [('duration', '45 seconds', 45, 'second')]),
    ('n139', 'dur-relative', 'Polls close in 90 minutes across the state.',
     [('duration', '90 minutes', 90, 'minute')]),
    # ---- dur-range
    ('c140', 'dur-range', 'the tattoo session takes 4 to 6 hours',
     [('duration', '4 to 6 hours', (4, 6), 'hour')]),
    ('c141', 'dur-range', 'steam the broccoli for 3-4 minutes',
     [('duration', '3-4 minutes', (3, 4), 'minute')]),
    ('c142', 'dur-range', 'standard delivery is 7–10 working days',
     [('duration', '7–10 working days', (7, 10), 'day')]),
    ('c143', 'dur-range', 'the evening course runs between six and eight weeks',
     [('duration', 'six and eight weeks', (6, 8), 'week')]),
    ('c144', 'dur-range', "it'll take a year or two to pay off the loan",
     [('duration', 'a year or two', (1, 2), 'year')]),
    ('n145', 'dur-range', 'Repairing the dam could take 2 to 3 years, engineers warned.',
     [('duration', '2 to 3 years', (2, 3), 'year')]),
    # ---- dur-bound
    ('c146', 'dur-bound', 'i need at least 8 hours of sleep before a long drive',
     [('duration', '8 hours', 8, 'hour')]),
    ('c147', 'dur-bound', 'refunds are processed within 5 business days',
     [('duration', '5 business days', 5, 'day')]),
    ('c148', 'dur-bound', "we've been stuck on the motorway for over an hour",
     [('duration', 'an hour', 1, 'hour')]),
    ('n149', 'dur-bound', 'The escaped prisoner spent nearly three weeks on the run.',
     [('duration', 'three weeks', 3, 'week')]),
    ('n150', 'dur-bound', 'Flights out of Heathrow were delayed by up to 6 hours.',
     [('duration', '6 hours', 6, 'hour')]),
    # ---- dur-timer
    ('c151', 'dur-timer', 'hey, timer for eight minutes please',
     [('duration', 'eight minutes', 8, 'minute')]),
    ('c152', 'dur-timer', 'kick off a 25-minute pomodoro for me',
     [('duration', '25-minute', 25, 'minute')]),
    ('c153', 'dur-timer', 'count down from 2 minutes',
     [('duration', '2 minutes', 2, 'minute')]),
    ('c154', 'dur-timer', 'set two timers, one for 6 minutes and one for 11 minutes',
     [('duration', '6 minutes', 6, 'minute'), ('duration', '11 minutes', 11, 'minute')]),
    ('c155', 'dur-timer', 'the brisket needs 2 hours and 15 minutes, start a timer',
     [('duration', '2 hours and 15 minutes', 135, 'minute')]),
    ('c156', 'dur-timer', 'timer 1 hour 5 minutes for the roast',
     [('duration', '1 hour 5 minutes', 65, 'minute')]),
    # ---- dur-science
    ('n157', 'dur-science', 'Physicists recorded a light pulse lasting 43 attoseconds.',
     [('duration', '43 attoseconds', 43, 'attosecond')]),
    ('n158', 'dur-science', 'Carbon-14 has a half-life of 5,730 years.',
     [('duration', '5,730 years', 5730, 'year')]),
    ('n159', 'dur-science', 'The swimmer touched the wall in 46.4 seconds, a world record.',
     [('duration', '46.4 seconds', 46.4, 'second')]),
    ('n160', 'dur-science', 'The new sensor responds in 3 milliseconds.',
     [('duration', '3 milliseconds', 3, 'millisecond')]),
    # ---- dur-neg
    ('c161', 'dur-neg', 'give me a sec to find my keys',
     []),
    ('c162', 'dur-neg', "the dishes can wait, i'll do them in a minute",
     []),
    ('c163', 'dur-neg', 'hang on a second, who is this',
     []),
    ('c164', 'dur-neg', 'my alarm should ring at 6:45 on weekdays',
     []),
    ('c165', 'dur-neg', 'we play tennis twice a week',
     []),
    ('c166', 'dur-neg', 'put on some music from the 90s',
     []),
    ('c167', 'dur-neg', 'my flight lands at half past nine',
     []),
    ('c168', 'dur-neg', 'my grandpa is 88 and still drives',
     []),
    ('c169', 'dur-neg', 'is 500 Days of Summer on Netflix',
     []),
    ('c170', 'dur-neg', 'play Thirty Seconds to Mars',
     []),
    ('c171', 'dur-neg', 'remind me on June 3rd to renew my licence',
     []),
    ('c172', 'dur-neg', 'is the upgrade to Windows 11 free',
     []),
    ('n173', 'dur-neg', 'The Lakers lost 112-104 to Denver on Sunday.',
     []),
    ('n174', 'dur-neg', 'Area 51 remains closed to the public.',
     []),
    # ---- qty-length
    ('c175', 'qty-length', 'order a 12-inch pizza with olives',
     [('quantity', '12-inch', 12, 'inch')]),
    ('c176', 'qty-length', "how many steps is a mile and a half",
     [('quantity', 'a mile and a half', 1.5, 'mile')]),
    ('c177', 'qty-length', 'cut the copper pipe at 6ft',
     [('quantity', '6ft', 6, 'foot')]),
    ('c178', 'qty-length', 'the nearest petrol station is 200 yards away',
     [('quantity', '200 yards', 200, 'yard')]),
    ('n179', 'qty-length', 'The asteroid passed within 480,000 kilometres of Earth.',
     [('quantity', '480,000 kilometres', 480000, 'kilometer')]),
    ('n180', 'qty-length', 'Sea levels along the coast could rise by 45 centimetres by 2100.',
     [('quantity', '45 centimetres', 45, 'centimeter')]),
    # ---- qty-mass
    ('c181', 'qty-mass', 'i need half a kilo of minced beef',
     [('quantity', 'half a kilo', 0.5, 'kilogram')]),
    ('c182', 'qty-mass', 'grab a pound of ground coffee',
     [('quantity', 'a pound', 1, 'pound')]),
    ('c183', 'qty-mass', 'how many potatoes make a kilogram',
     [('quantity', 'a kilogram', 1, 'kilogram')]),
    ('c184', 'qty-mass', 'my dog weighs 32kg',
     [('quantity', '32kg', 32, 'kilogram')]),
    ('c185', 'qty-mass', "i'm cooking a 12oz ribeye tonight",
     [('quantity', '12oz', 12, 'ounce')]),
    ('c186', 'qty-mass', "i've put on 6 pounds over the holidays",
     [('quantity', '6 pounds', 6, 'pound')]),
    ('n187', 'qty-mass', 'Border police seized 450 kilograms of cannabis.',
     [('quantity', '450 kilograms', 450, 'kilogram')]),
    ('n188', 'qty-mass', 'The meteorite fragment weighs just 58 grams.',
     [('quantity', '58 grams', 58, 'gram')]),
    # ---- qty-volume
    ('c189', 'qty-volume', "we're out of cola, get the 2L one",
     [('quantity', '2L', 2, 'liter')]),
    ('c190', 'qty-volume', 'how many cups are in a litre',
     [('quantity', 'a litre', 1, 'liter')]),
    ('c191', 'qty-volume', 'the rice cooker needs 500ml of water',
     [('quantity', '500ml', 500, 'milliliter')]),
    ('c192', 'qty-volume', 'we need 3 gallons of paint for the fence',
     [('quantity', '3 gallons', 3, GALLON)]),
    ('c193', 'qty-volume', 'pour in 4 fl oz of cream',
     [('quantity', '4 fl oz', 4, FLOZ)]),
    ('n194', 'qty-volume', 'The reservoir lost 40 billion litres during the heatwave.',
     [('quantity', '40 billion litres', 40000000000, 'liter')]),
    # ---- qty-cooking
    ('c195', 'qty-cooking', 'season with ½ teaspoon of smoked paprika',
     [('quantity', '½ teaspoon', 0.5, 'teaspoon')]),
    ('c196', 'qty-cooking', 'whisk a quarter cup of sugar into the yolks',
     [('quantity', 'a quarter cup', 0.25, 'cup')]),
    ('c197', 'qty-cooking', 'for the scones, sift 1½ cups of flour',
     [('quantity', '1½ cups', 1.5, 'cup')]),
    ('c198', 'qty-cooking', 'the pancakes take 2 1/4 cups of milk',
     [('quantity', '2 1/4 cups', 2.25, 'cup')]),
    ('c199', 'qty-cooking', 'fold in a third of a cup of cocoa',
     [('quantity', 'a third of a cup', 1 / 3, 'cup')]),
    ('c200', 'qty-cooking', 'sprinkle ⅛ tsp of cayenne on top',
     [('quantity', '⅛ tsp', 0.125, 'teaspoon')]),
    ('c201', 'qty-cooking', 'add a cup and a half of chicken stock',
     [('quantity', 'a cup and a half', 1.5, 'cup')]),
    ('c202', 'qty-cooking', 'the dressing needs ⅓ cup of cider vinegar',
     [('quantity', '⅓ cup', 1 / 3, 'cup')]),
    # ---- qty-temp
    ('c203', 'qty-temp', 'will it be minus 5 degrees in Oslo tonight',
     [('quantity', 'minus 5 degrees', -5, TEMP)]),
    ('c204', 'qty-temp', 'Montreal is at -3C this morning, do I need gloves',
     [('quantity', '-3C', -3, 'degree_Celsius')]),
    ('c205', 'qty-temp', 'roast the squash at 425°F',
     [('quantity', '425°F', 425, 'degree_Fahrenheit')]),
    ('c206', 'qty-temp', 'the forecast says 20-25°C all week in Lisbon',
     [('quantity', '20-25°C', (20, 25), 'degree_Celsius')]),
    ('c207', 'qty-temp', 'my daughter has a fever of 38.5 °C',
     [('quantity', '38.5 °C', 38.5, 'degree_Celsius')]),
    ('n208', 'qty-temp', 'Temperatures plunged to minus 32 degrees Celsius in Yakutsk.',
     [('quantity', 'minus 32 degrees Celsius', -32, 'degree_Celsius')]),
    ('n209', 'qty-temp', 'Phoenix recorded 118 degrees Fahrenheit on Tuesday.',
     [('quantity', '118 degrees Fahrenheit', 118, 'degree_Fahrenheit')]),
    # ---- qty-speed
    ('c210', 'qty-speed', "what's 70 mph in km/h",
     [('quantity', '70 mph', 70, 'mile_per_hour')]),
    ('c211', 'qty-speed', 'the catamaran cruises at 18 knots',
     [('quantity', '18 knots', 18, 'knot')]),
    ('n212', 'qty-speed', 'The maglev reached 603 km/h on a test track.',
     [('quantity', '603 km/h', 603, 'kilometer_per_hour')]),
    ('n213', 'qty-speed', 'Light covers about 299,792 kilometres per second in a vacuum.',
     [('quantity', '299,792 kilometres per second', 299792, 'kilometer/second')]),
    # ---- qty-area
    ('c214', 'qty-area', 'a 65 m² flat near the centre',
     [('quantity', '65 m²', 65, 'meter**2')]),
    ('c215', 'qty-area', 'how big is 1,500 square feet in metres',
     [('quantity', '1,500 square feet', 1500, 'square_foot')]),
    ('c216', 'qty-area', 'is half an acre big enough for a vegetable garden',
     [('quantity', 'half an acre', 0.5, 'acre')]),
    ('n217', 'qty-area', 'The new national park will cover 12 square kilometres.',
     [('quantity', '12 square kilometres', 12, 'kilometer**2')]),
    # ---- qty-data
    ('c218', 'qty-data', 'is 500 GB enough for my photos',
     [('quantity', '500 GB', 500, GB)]),
    ('c219', 'qty-data', 'back everything up to the 2 TB drive',
     [('quantity', '2 TB', 2, TB)]),
    ('c220', 'qty-data', 'i get 300 Mbps on fibre',
     [('quantity', '300 Mbps', 300, 'megabit/second')]),
    ('c221', 'qty-data', 'is 256 gigs of storage overkill for a phone',
     [('quantity', '256 gigs', 256, GB)]),
    # ---- qty-energy
    ('c222', 'qty-energy', 'a slice of carrot cake is about 300 kcal',
     [('quantity', '300 kcal', 300, 'kilocalorie')]),
    ('c223', 'qty-energy', 'i burned 450 calories on the bike',
     [('quantity', '450 calories', 450, 'kilocalorie')]),
    ('c224', 'qty-energy', 'our heat pump used 5 kWh yesterday',
     [('quantity', '5 kWh', 5, 'kilowatt_hour')]),
    ('c225', 'qty-energy', 'is a 2,000 watt kettle expensive to run',
     [('quantity', '2,000 watt', 2000, 'watt')]),
    ('n226', 'qty-energy', 'The battery farm can store 400 megawatt-hours of electricity.',
     [('quantity', '400 megawatt-hours', 400, 'megawatt_hour')]),
    # ---- qty-pressure
    ('c227', 'qty-pressure', 'pump the road bike tyres to 80 psi',
     [('quantity', '80 psi', 80, 'psi')]),
    ('c228', 'qty-pressure', 'the espresso machine brews at 9 bar',
     [('quantity', '9 bar', 9, 'bar')]),
    ('n229', 'qty-pressure', "The typhoon's central pressure fell to 940 hPa.",
     [('quantity', '940 hPa', 940, 'hectopascal')]),
    # ---- qty-composite
    ('c230', 'qty-composite', 'convert 5 feet 11 inches to centimetres for my passport form',
     [('quantity', '5 feet 11 inches', 71, 'inch')]),
    ('c231', 'qty-composite', "i weigh 9 stone 4, what's that in kg",
     [('quantity', '9 stone 4', 130, 'pound')]),
    ('c232', 'qty-composite', 'my husband is 1 metre 85',
     [('quantity', '1 metre 85', 1.85, 'meter')]),
    ('c233', 'qty-composite', 'how long do I roast a 14 lb 8 oz turkey',
     [('quantity', '14 lb 8 oz', 232, 'ounce')]),
    ('c234', 'qty-composite', "she's 5 foot 4 in heels",
     [('quantity', '5 foot 4', 64, 'inch')]),
    ('n235', 'qty-composite', 'An angler landed a carp of 31 pounds 6 ounces on Sunday.',
     [('quantity', '31 pounds 6 ounces', 502, 'ounce')]),
    # ---- qty-range
    ('c236', 'qty-range', 'any trails nearby between 4 and 6 km long?',
     [('quantity', '4 and 6 km', (4, 6), 'kilometer')]),
    ('c237', 'qty-range', 'the puppy should grow to 20-25 kg',
     [('quantity', '20-25 kg', (20, 25), 'kilogram')]),
    ('c238', 'qty-range', 'space the seedlings 30–45 cm apart',
     [('quantity', '30–45 cm', (30, 45), 'centimeter')]),
    ('n239', 'qty-range', 'Forecasters expect 40 to 60 millimetres of rain on Sunday.',
     [('quantity', '40 to 60 millimetres', (40, 60), 'millimeter')]),
    ('n240', 'qty-range', 'Waves of 6-8 metres are forecast off the west coast.',
     [('quantity', '6-8 metres', (6, 8), 'meter')]),
    # ---- qty-bound
    ('c241', 'qty-bound', 'find me a two-person tent under 2 kg',
     [('quantity', '2 kg', 2, 'kilogram')]),
    ('c242', 'qty-bound', 'only trucks under 3.5 tonnes can use this lane',
     [('quantity', '3.5 tonnes', 3.5, 'tonne')]),
    ('n243', 'qty-bound', 'The smallest satellite in the fleet weighs less than 300 grams.',
     [('quantity', '300 grams', 300, 'gram')]),
    ('n244', 'qty-bound', 'Hailstones up to 8 centimetres across fell on the town.',
     [('quantity', '8 centimetres', 8, 'centimeter')]),
    # ---- qty-neg
    ('c245', 'qty-neg', 'that escape room was a ton of fun',
     []),
    ('c246', 'qty-neg', 'is my flight tomorrow on a Boeing 737',
     []),
    ('c247', 'qty-neg', 'does the iPhone 15 charge with USB-C',
     []),
    ('c248', 'qty-neg', 'order the trainers in a size 42',
     []),
    ('c249', 'qty-neg', 'we need a dozen eggs and 4 onions',
     []),
    ('c250', 'qty-neg', "there's a 70% chance of rain tomorrow",
     []),
    ('c251', 'qty-neg', 'text 07700 900123 when you land',
     []),
    ('c252', 'qty-neg', 'is Catch-22 worth reading before the series',
     []),
    ('c253', 'qty-neg', 'play some Nine Inch Nails',
     []),
    ('c254', 'qty-neg', 'the new version is miles better',
     []),
    ('c255', 'qty-neg', 'get me 4 AA batteries',
     []),
    ('n256', 'qty-neg', 'Three Mile Island is being restarted to power data centres.',
     []),
    # ---- mixed
    ('c257', 'mixed', 'book a 3-night stay in Bangkok under 4,000 baht',
     [('duration', '3-night', 3, 'day'), ('money', '4,000 baht', 4000, 'THB')]),
    ('c258', 'mixed', 'i cycled 32 km in 1 hour 20 minutes',
     [('quantity', '32 km', 32, 'kilometer'), ('duration', '1 hour 20 minutes', 80, 'minute')]),
    ('c259', 'mixed', 'buy 2 kg of flour and a litre of milk for under €6',
     [('quantity', '2 kg', 2, 'kilogram'), ('quantity', 'a litre', 1, 'liter'), ('money', '€6', 6, 'EUR')]),
    ('c260', 'mixed', 'what is 15 pounds in kilos',
     [('quantity', '15 pounds', 15, 'pound')]),
    ('c261', 'mixed', 'what is 15 pounds in euros',
     [('money', '15 pounds', 15, 'GBP')]),
    ('c262', 'mixed', 'a 1.5 kg chicken roasts for 80 minutes at 190°C',
     [('quantity', '1.5 kg', 1.5, 'kilogram'), ('duration', '80 minutes', 80, 'minute'), ('quantity', '190°C', 190, 'degree_Celsius')]),
    ('c263', 'mixed', 'a 45-minute spin class burns 500 calories',
     [('duration', '45-minute', 45, 'minute'), ('quantity', '500 calories', 500, 'kilocalorie')]),
    ('n264', 'mixed', 'Customs intercepted a 60-kilogram shipment worth $1.3 million.',
     [('quantity', '60-kilogram', 60, 'kilogram'), ('money', '$1.3 million', 1300000, 'USD')]),
    ('n265', 'mixed', 'The club was fined £25,000 and the manager banned for two weeks.',
     [('money', '£25,000', 25000, 'GBP'), ('duration', 'two weeks', 2, 'week')]),
    ('n266', 'mixed', 'The city will spend €18 million over four years resurfacing 90 km of cycle lanes.',
     [('money', '€18 million', 18000000, 'EUR'), ('duration', 'four years', 4, 'year'), ('quantity', '90 km', 90, 'kilometer')]),
]
