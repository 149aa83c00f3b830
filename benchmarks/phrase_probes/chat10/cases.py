"""Held-out probe chat10: money amounts, durations and physical quantities.

~70% chat/voice-assistant utterances (ids cNNN), ~30% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7, chat8, chat9
or classes). Extra weight on durations in the forms people type and news prints.
Domains lean away from the earlier probes: music lessons and gear, tattoos, dentistry,
weddings, moving and storage, home brewing and coffee, baking, climbing, rowing,
cycling, diving, skiing, horses and archery, rail and road travel, backpacking
currencies, employment terms, visas, courts, sports bans and contracts, video
games, astronomy and nuclear half-lives, radiology and blood tests, logistics.
Row format: (id, tag, sentence, [expectations]); an expectation is
  ("money",    span, amount | (low, high), ISO code | tuple of accepted codes)
  ("duration", span, amount | (low, high), pint unit)
  ("quantity", span, amount | (low, high), pint unit | tuple of accepted units)
span = a substring (first occurrence, unique in its sentence) the claim must overlap.
Each row lists EVERY money/duration/quantity claim expected in it; any other claim
of those kinds is a false positive. A row with [] expects no claim at all.
Scored by chat2/score.py (run ./score.py, which sets PROBE_DIR to this folder).

CONVENTIONS: chat4's, word for word (see the header of ../chat4/cases.py), chat5's
"ADDED IN THIS PROBE" section (../chat5/cases.py), chat6's (../chat6/cases.py) and
chat8's (../chat8/cases.py), all unchanged and decided before writing the rows; then:

ADDED IN THIS PROBE (beyond chat4's, chat5's, chat6's and chat8's headers; also
decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "-ish"
   ("$300-ish"), "tops" ("50 quid tops"), "no less than", "from" before a price
   ("from £25 an hour") and "within" before a span of time ("within 5 business days").
 * Dimensions with the unit written once at the end ("56 x 36 x 23 cm") are one claim
   per number, each in that unit (extends chat8's "4m x 3m").
 * A rate denominator stays unclaimed even when it carries a number or a mass unit:
   "13 g of protein per 100 g" = 13 g only; "$3.99 a pound" = 3.99 USD only (the
   pound is the denominator, neither money nor a mass claim).
 * More numbers that are not claims: sets and reps ("3 sets of 12 reps"), tins, ban
   lengths in matches ("a three-match ban"), oven gas marks ("gas mark 4"), metric
   bolt sizes ("M8"), tyre sizes ("205/55 R16"), wire gauges ("14-gauge"), shoe sizes
   ("a 38 in Italian sizes": "in" is not inches here), the UV index, school years
   ("Year 10"), order numbers, index names ("Nikkei 225"), percentages and in-game
   currencies ("2,800 V-Bucks", "800 Robux").
 * More names and idioms with no claim: "50 Cent", "Quarter Pounder", "The Six Million
   Dollar Man", "60 Minutes", "Eight Days a Week", "Seven Years in Tibet", "500 Miles",
   "A Thousand Miles", "Twenty Thousand Leagues Under the Sea", "a wee dram";
   isotope names ("Plutonium-239", "Iodine-131", chat5) and race names with no number
   ("the half marathon", "the sprint") are not claims either.
Money
 * More currencies: "birr" = ETB, "kip" = LAK, "quetzales" = GTQ, "colones" in Costa
   Rica = CRC, "dram" in Armenia (Yerevan) = AMD (money, not the mass unit),
   "dirhams" in Morocco (Marrakech) = MAD, "manat" in Azerbaijan = AZN, "KSh" = KES,
   "TSh" = TZS, "Rp" = IDR, "₫" = VND, "zł" = PLN, "Ft" = HUF, "₾" = GEL,
   "Rs." (with a dot) = chat4's "Rs", "QAR" = QAR, "MX$" = MXN, "pesos" and
   "centavos" in Oaxaca (Mexico) = MXN, "euro cents" = EUR, "rand" in Joburg = ZAR.
 * Dot thousands in rupiah and dong ("Rp 45.000", "50.000₫" = 45000, 50000) and
   space thousands ("18 500 Ft" = 18500), by chat4's grouping rule; "€ 25,-" (whole
   euros, no cents) = 25 EUR.
 * Spoken prices: "eleven dollars ninety-nine" = 11.99 and "three pounds forty" =
   3.40 (chat5's trailing-number rule); "nine euros ninety" = 9.90; "sixty-four rand
   fifty" = 64.50; "two point five million dollars" = 2500000; "three and a half
   grand" = 3500; "a grand" = 1000 (chat4's "a" rule; USD or GBP accepted).
 * "MM" after a dollar amount is million (finance style: "$1.5MM" = 1500000).
 * A minor-unit adjective is money: "a 55-cent surcharge" = 0.55 USD.
 * "a fiver and some change" = the fiver only.
Durations
 * Hyphenated and spaced range modifiers are one range claim: "a two-to-three-hour
   drive" = (2, 3) hour, "a 3-4 hour hike" = (3, 4) hour, "a 6–8 week wait" =
   (6, 8) week; "22-25 min" and "6-8 mins" likewise.
 * "-long" adjectives are durations: "a six-month-long inquiry" = 6 month, "the
   25-day-long festival" = 25 day, "an hour-long call" = 1 hour (chat4's "a"/"an").
 * Possessive spans are durations: "three months' notice" = 3 month, "a week's
   notice" = 1 week, "two weeks' paid leave" = 2 week, "in 10 days' time" = 10 day.
 * Spoken compounds: "an hour and a half" = 1.5 hour, "a year and a half" = 1.5 year,
   "a week and a half" = 1.5 week, "an hour and twenty minutes" = 80 minute, "two
   years and four months" = 28 month, "half an hour" and "a half-hour" = 0.5 hour,
   "three quarters of an hour" = 0.75 hour, "a two-and-a-half-year contract" =
   2.5 year, "five and a half hours" = 5.5 hour.
 * More shortenings: "secs" = second, "wks" = week (also glued: "2wks"), glued "4hrs",
   glued decimal "2.5h", glued "10d" (chat8's "7d"); "2 hrs 50" = 170 minute
   (chat5's trailing-number rule).
 * "N units ago" ("12 days ago") is a relative offset with an amount: a duration
   claim, like chat4's "in 45 minutes".
 * Race and elapsed times: "m:ss" or "m:ss.s" after a distance ("2,000 m in 7:41",
   "my 800m PB is 2:14.6") and "mm:ss" after a named race ("won the half marathon in
   58:02") are durations in seconds; "runs 1:12:40" is h:mm:ss (chat6).
 * Clock times are not durations, also with "hrs" in the 24-hour style ("from 2200 hrs
   to 0500 hrs", unlike chat8's "1:45 hrs"), "wake me at 5:50" and "half seven".
 * Durations inside rates: the time amount in the numerator is claimed ("30 minutes
   a day", "4 hours a month", "10 minutes per session"); the frequency is not
   ("three times a week for six weeks" = 6 week only; "twice a week",
   "every other day" = nothing). "every N units" stays chat6's interval claim.
 * Ages in months ("a 15-month-old") and birthdays ("turns 30") are ages (nothing).
 * "a 24-hour pharmacy" (open round the clock) is like chat6's "24/7": nothing;
   a strike, fast or walkout of 24 hours would still be a duration.
 * Terms are durations: half-lives, shelf lives, prison sentences, suspensions and
   bans in time units, sin-bin and penalty minutes ("a two-minute minor"), loan,
   lease, contract and warranty terms, notice periods, probation, parental leave,
   visa stays ("90 days within any 180-day period" = two claims), tenures ("after 12
   years at the club"), exposures and time on the run.
 * "rose 7p in a month": "a month" = 1 month (chat4's "a" rule; it is the span of the
   rise, not a rate).
Quantities
 * Horse heights in hands use the hands.inches notation: "15.2 hands" = 15 hands
   2 inches = 62 inch.
 * "5 ft 10" and "5'10" (no closing mark) = 70 inch; "10 foot 6" = 126 inch;
   "14 st 2 lb" = 198 pound ("st" = stone).
 * "a kilo and a half" = 1.5 kilogram (chat5's "a mile and a half").
 * Fuel consumption "L/100km" is expected as liter/kilometer: "5.8 L/100km" =
   0.058 liter/kilometer.
 * An angle in degrees ("a 45-degree angle") is a quantity in pint's plane-angle
   "degree", not a temperature.
 * "180C fan" = 180 degree_Celsius (fan names the oven setting).
 * More units: "Nm" = newton*meter, "rpm" = revolutions_per_minute, "lumens" = lumen,
   "mmol/L" = millimole/liter, "mmHg" = millimeter_Hg, "mSv" = millisievert,
   "acre-feet" = acre_foot, "board feet" = board_foot, "furlong", "grain" (arrow
   weight), "astronomical units" = astronomical_unit, "light-years" = light_year,
   "GHz" = gigahertz, "hPa" = hectopascal, "bar" (pressure).
 * "a pint of milk" = 1 pint (chat4's "a kilo of tomatoes"; US or imperial accepted).
 * "lb"/"lbs" on a person, parcel, fish or dumbbell = mass pound.
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
MPG = ("mile/gallon", "mile/imperial_gallon")
TON = ("ton", "long_ton", "tonne")  # "ton(s)"
GOLD_OZ = ("troy_ounce", "ounce")  # "ounces" of gold
BUSHEL = ("bushel", "imperial_bushel")


ROWS = [
    # ---- money-symbol
    ('c001', 'money-symbol', 'the tattoo artist quoted $420 for the half sleeve',
     [('money', '$420', 420, 'USD')]),
    ('c002', 'money-symbol', 'my dentist wants £1,150 for the crown, is that normal',
     [('money', '£1,150', 1150, 'GBP')]),
    ('c003', 'money-symbol', 'the self storage unit goes up to $89.95 once the promo ends',
     [('money', '$89.95', 89.95, 'USD')]),
    ('c004', 'money-symbol', 'the bike repair in Utrecht was € 25,- cash',
     [('money', '€ 25,-', 25, 'EUR')]),
    ('n005', 'money-symbol', 'Season tickets at the Welsh club will rise to £499 next year.',
     [('money', '£499', 499, 'GBP')]),
    ('n006', 'money-symbol', "A pair of game-worn trainers sold for $2,200,000 at Sotheby's.",
     [('money', '$2,200,000', 2200000, 'USD')]),
    # ---- money-code
    ('c007', 'money-code', 'the regional rail pass in Bern costs 129 CHF',
     [('money', '129 CHF', 129, 'CHF')]),
    ('c008', 'money-code', 'my visa fee was usd 160, paid at the embassy',
     [('money', 'usd 160', 160, 'USD')]),
    ('c009', 'money-code', 'the dive shop in Dahab wants EUR35 a dive',
     [('money', 'EUR35', 35, 'EUR')]),
    ('c010', 'money-code', 'the wedding venue deposit is NZD 2,500',
     [('money', 'NZD 2,500', 2500, 'NZD')]),
    ('n011', 'money-code', 'Qatar Airways will charge a QAR 150 fee for extra-legroom seats.',
     [('money', 'QAR 150', 150, 'QAR')]),
    ('n012', 'money-code', 'Nairobi will raise the annual matatu parking sticker to KSh 4,000.',
     [('money', 'KSh 4,000', 4000, 'KES')]),
    # ---- money-word
    ('c013', 'money-word', "my son's drum lessons cost thirty-two pounds each",
     [('money', 'thirty-two pounds', 32, 'GBP')]),
    ('c014', 'money-word', 'we spent four hundred and sixty euros on the wedding cake',
     [('money', 'four hundred and sixty euros', 460, 'EUR')]),
    ('c015', 'money-word', 'the movers want fifteen hundred dollars for a two-bedroom',
     [('money', 'fifteen hundred dollars', 1500, 'USD')]),
    ('n016', 'money-word', 'A judge ordered the landlord to pay seven thousand five hundred dollars in damages.',
     [('money', 'seven thousand five hundred dollars', 7500, 'USD')]),
    ('n017', 'money-word', 'The striker was fined twenty thousand euros for his outburst at the referee.',
     [('money', 'twenty thousand euros', 20000, 'EUR')]),
    # ---- money-spoken
    ('c018', 'money-spoken', 'the guitar strings were eleven dollars ninety-nine',
     [('money', 'eleven dollars ninety-nine', 11.99, 'USD')]),
    ('c019', 'money-spoken', 'a can of tennis balls is three pounds forty at the club shop',
     [('money', 'three pounds forty', 3.4, 'GBP')]),
    ('c020', 'money-spoken', 'the concert poster was nine euros ninety',
     [('money', 'nine euros ninety', 9.9, 'EUR')]),
    ('c021', 'money-spoken', 'two point five million dollars for a backup goalie is nuts',
     [('money', 'two point five million dollars', 2500000, 'USD')]),
    ('c022', 'money-spoken', 'the home brew starter kit was a hundred and forty bucks',
     [('money', 'a hundred and forty bucks', 140, 'USD')]),
    # ---- money-slang
    ('c023', 'money-slang', 'the dentist charged 5 bucks just for parking',
     [('money', '5 bucks', 5, 'USD')]),
    ('c024', 'money-slang', 'new skates for my daughter were 20 quid at the car boot',
     [('money', '20 quid', 20, 'GBP')]),
    ('c025', 'money-slang', 'the used drum kit was $3.5k, split three ways',
     [('money', '$3.5k', 3500, 'USD')]),
    ('c026', 'money-slang', "fixing the van's clutch set me back a grand",
     [('money', 'a grand', 1000, GRAND)]),
    ('c027', 'money-slang', 'he wants three and a half grand for his old canoe',
     [('money', 'three and a half grand', 3500, GRAND)]),
    ('c028', 'money-slang', 'lend me a couple of quid for the locker at the pool',
     [('money', 'a couple of quid', 2, 'GBP')]),
    ('c029', 'money-slang', 'my share of the pizza is a fiver and some change',
     [('money', 'a fiver', 5, GRAND)]),
    # ---- money-local
    ('c030', 'money-local', 'a coffee ceremony in Addis cost us 150 birr',
     [('money', '150 birr', 150, 'ETB')]),
    ('c031', 'money-local', 'the slow boat to Luang Prabang was 250,000 kip',
     [('money', '250,000 kip', 250000, 'LAK')]),
    ('c032', 'money-local', 'the shuttle from Antigua to Lake Atitlán was 150 quetzales',
     [('money', '150 quetzales', 150, 'GTQ')]),
    ('c033', 'money-local', 'zip-lining in Monteverde was 45,000 colones each',
     [('money', '45,000 colones', 45000, 'CRC')]),
    ('c034', 'money-local', 'a brandy tasting in Yerevan was 5,000 dram',
     [('money', '5,000 dram', 5000, 'AMD')]),
    ('c035', 'money-local', 'the riad in Marrakech is 900 dirhams a night',
     [('money', '900 dirhams', 900, 'MAD')]),
    ('n036', 'money-local', 'Azerbaijan will fine drivers 200 manat for using a phone at the wheel.',
     [('money', '200 manat', 200, 'AZN')]),
    ('n037', 'money-local', 'Tanzania set park entry for residents at TSh 11,800.',
     [('money', 'TSh 11,800', 11800, 'TZS')]),
    # ---- money-format
    ('c038', 'money-format', 'a nasi goreng in Ubud is Rp 45.000',
     [('money', 'Rp 45.000', 45000, 'IDR')]),
    ('c039', 'money-format', 'street pho in Hanoi is 50.000₫ a bowl',
     [('money', '50.000₫', 50000, 'VND')]),
    ('c040', 'money-format', 'my Warsaw gym membership is 149,99 zł',
     [('money', '149,99 zł', 149.99, 'PLN')]),
    ('c041', 'money-format', 'the thermal spa in Budapest was 18 500 Ft for two',
     [('money', '18 500 Ft', 18500, 'HUF')]),
    ('c042', 'money-format', 'the guesthouse in Kazbegi was 180₾ a night',
     [('money', '180₾', 180, 'GEL')]),
    ('c043', 'money-format', 'the rickshaw from the station was Rs. 450',
     [('money', 'Rs. 450', 450, RUPEE)]),
    ('n044', 'money-format', 'A one-way metro ticket in Mexico City costs MX$5.',
     [('money', 'MX$5', 5, 'MXN')]),
    # ---- money-minor
    ('c045', 'money-minor', 'the toilets at the Oaxaca bus station are 5 pesos and paper is 50 centavos',
     [('money', '5 pesos', 5, 'MXN'), ('money', '50 centavos', 0.5, 'MXN')]),
    ('c046', 'money-minor', 'the bottle deposit in Germany is 25 euro cents',
     [('money', '25 euro cents', 0.25, 'EUR')]),
    ('c047', 'money-minor', 'texting the radio phone-in costs 25p plus your usual rate',
     [('money', '25p', 0.25, 'GBP')]),
    ('n048', 'money-minor', 'Chocolate bars at the stadium kiosk now cost 95p, up 10p on last season.',
     [('money', '95p', 0.95, 'GBP'), ('money', '10p', 0.1, 'GBP')]),
    ('c049', 'money-minor', 'each song download is 99 cents on that store',
     [('money', '99 cents', 0.99, 'USD')]),
    ('n050', 'money-minor', 'Uber will add a 55-cent surcharge to every ride in New York.',
     [('money', '55-cent', 0.55, 'USD')]),
    # ---- money-composite
    ('c051', 'money-composite', 'a new capo and a bag of picks came to 14 dollars and 85 cents',
     [('money', '14 dollars and 85 cents', 14.85, 'USD')]),
    ('c052', 'money-composite', 'the car park by the station was 3 pounds 60',
     [('money', '3 pounds 60', 3.6, 'GBP')]),
    ('c053', 'money-composite', 'sixty-four rand fifty for the taxi in Joburg, fair?',
     [('money', 'sixty-four rand fifty', 64.5, 'ZAR')]),
    # ---- money-scale
    ('n054', 'money-scale', 'A Stradivari violin fetched $15.3 million at auction in New York.',
     [('money', '$15.3 million', 15300000, 'USD')]),
    ('n055', 'money-scale', 'The rail operator was fined £4.2m over repeated cancellations.',
     [('money', '£4.2m', 4200000, 'GBP')]),
    ('n056', 'money-scale', 'The studio spent US$180 million making the sequel.',
     [('money', 'US$180 million', 180000000, 'USD')]),
    ('n057', 'money-scale', 'The ski resort invested CHF 45 million in a new gondola.',
     [('money', 'CHF 45 million', 45000000, 'CHF')]),
    ('n058', 'money-scale', 'Each flood-hit family in Assam will get ₹4 lakh in relief.',
     [('money', '₹4 lakh', 400000, 'INR')]),
    ('c059', 'money-scale', 'we closed a $1.5MM seed round last week',
     [('money', '$1.5MM', 1500000, 'USD')]),
    # ---- money-range
    ('c060', 'money-range', 'a decent wedding photographer here is $2,500–4,000',
     [('money', '$2,500–4,000', (2500, 4000), 'USD')]),
    ('c061', 'money-range', 'a filling usually costs between 80 and 120 euros',
     [('money', '80 and 120 euros', (80, 120), 'EUR')]),
    ('c062', 'money-range', 'used bouldering shoes go for 30 to 50 quid',
     [('money', '30 to 50 quid', (30, 50), 'GBP')]),
    ('c063', 'money-range', 'storage units in the city run £2-3k a year',
     [('money', '£2-3k', (2000, 3000), 'GBP')]),
    ('n064', 'money-range', 'Resale tickets for the cup final are listed at $900–$3,200.',
     [('money', '$900–$3,200', (900, 3200), 'USD')]),
    ('n065', 'money-range', 'Economists put the cost of the rail strike at €150-200 million.',
     [('money', '€150-200 million', (150000000, 200000000), 'EUR')]),
    ('c066', 'money-range', 'a ryokan in Hakone is between ¥25,000 and ¥40,000 a night',
     [('money', '¥25,000 and ¥40,000', (25000, 40000), YEN)]),
    # ---- money-bound
    ('c067', 'money-bound', 'find me a ukulele for under a hundred bucks',
     [('money', 'a hundred bucks', 100, 'USD')]),
    ('c068', 'money-bound', 'the karaoke room is 50 quid tops',
     [('money', '50 quid', 50, 'GBP')]),
    ('c069', 'money-bound', 'private guitar lessons from £25 an hour near me',
     [('money', '£25', 25, 'GBP')]),
    ('c070', 'money-bound', 'the dive computer was $300-ish',
     [('money', '$300-ish', 300, 'USD')]),
    ('c071', 'money-bound', 'they want no less than €1,000 for the wedding DJ',
     [('money', '€1,000', 1000, 'EUR')]),
    ('n072', 'money-bound', 'Some fans paid more than £1,200 for festival tickets on resale sites.',
     [('money', '£1,200', 1200, 'GBP')]),
    # ---- money-rate
    ('c073', 'money-rate', 'the childminder charges £6.50 an hour per child',
     [('money', '£6.50', 6.5, 'GBP')]),
    ('c074', 'money-rate', 'the e-bike rental is 15 cents a minute',
     [('money', '15 cents', 0.15, 'USD')]),
    ('n075', 'money-rate', 'Ride-share drivers in Geneva must be paid CHF 25 an hour, a court ruled.',
     [('money', 'CHF 25', 25, 'CHF')]),
    ('c076', 'money-rate', 'tomatoes at the farm stand are $3.99 a pound',
     [('money', '$3.99', 3.99, 'USD')]),
    # ---- money-neg
    ('c077', 'money-neg', 'is 2,800 V-Bucks enough for the battle pass',
     []),
    ('c078', 'money-neg', 'play In Da Club by 50 Cent',
     []),
    ('c079', 'money-neg', 'add a Quarter Pounder meal to the order',
     []),
    ('n080', 'money-neg', 'The S&P 500 slipped 0.8% in early trading.',
     []),
    ('c081', 'money-neg', 'put on an old episode of The Six Million Dollar Man',
     []),
    ('c082', 'money-neg', 'my kid wants 800 Robux for his birthday',
     []),
    ('n083', 'money-neg', 'The Nikkei 225 closed 1.4% lower.',
     []),
    ('c084', 'money-neg', "what's the dollar to yen rate today",
     []),
    ('c085', 'money-neg', 'quote order number 304-7719285-1200 when you call them',
     []),
    # ---- dur-span (for / over / within / lasting / ago)
    ('c086', 'dur-span', 'let the sourdough prove for 14 hours in the fridge',
     [('duration', '14 hours', 14, 'hour')]),
    ('n087', 'dur-span', 'The blackout across the island lasted 31 hours.',
     [('duration', '31 hours', 31, 'hour')]),
    ('c088', 'dur-span', 'my deposit comes back within 5 business days of checkout',
     [('duration', '5 business days', 5, 'day')]),
    ('c089', 'dur-span', "we're walking the Camino over 33 days",
     [('duration', '33 days', 33, 'day')]),
    ('n090', 'dur-span', 'The final, lasting nearly four hours, ended in a fifth-set tie-break.',
     [('duration', 'four hours', 4, 'hour')]),
    ('n091', 'dur-span', 'The partial eclipse, lasting 2 hours 38 minutes, will be visible from Lisbon.',
     [('duration', '2 hours 38 minutes', 158, 'minute')]),
    ('n092', 'dur-span', 'Large firms must now pay suppliers within 30 days, the regulator said.',
     [('duration', '30 days', 30, 'day')]),
    ('c093', 'dur-span', 'i ordered the part 12 days ago and still nothing',
     [('duration', '12 days', 12, 'day')]),
    # ---- dur-range
    ('c094', 'dur-range', 'a new tattoo takes 3 to 5 weeks to fully heal',
     [('duration', '3 to 5 weeks', (3, 5), 'week')]),
    ('c095', 'dur-range', "it's a two-to-three-hour drive to the ski lodge",
     [('duration', 'two-to-three-hour', (2, 3), 'hour')]),
    ('c096', 'dur-range', "it's a 3-4 hour hike up to the hut",
     [('duration', '3-4 hour', (3, 4), 'hour')]),
    ('n097', 'dur-range', 'Patients face a 6–8 week wait for an MRI scan.',
     [('duration', '6–8 week', (6, 8), 'week')]),
    ('c098', 'dur-range', 'knead for 6-8 mins till the dough is smooth',
     [('duration', '6-8 mins', (6, 8), 'minute')]),
    ('c099', 'dur-range', 'customs clearance usually takes 2 or 3 days',
     [('duration', '2 or 3 days', (2, 3), 'day')]),
    ('n100', 'dur-range', 'The recount could take between ten and fourteen days, officials said.',
     [('duration', 'ten and fourteen days', (10, 14), 'day')]),
    ('c101', 'dur-range', 'bake the brownies 22-25 min, they should still wobble',
     [('duration', '22-25 min', (22, 25), 'minute')]),
    # ---- dur-spoken
    ('c102', 'dur-spoken', 'the train to Edinburgh is an hour and a half from here',
     [('duration', 'an hour and a half', 1.5, 'hour')]),
    ('c103', 'dur-spoken', 'the parcel from Seoul took a week and a half',
     [('duration', 'a week and a half', 1.5, 'week')]),
    ('c104', 'dur-spoken', 'we spent two and a half days in Porto and it was plenty',
     [('duration', 'two and a half days', 2.5, 'day')]),
    ('c105', 'dur-spoken', 'my physio appointment is only half an hour',
     [('duration', 'half an hour', 0.5, 'hour')]),
    ('c106', 'dur-spoken', 'the ferry was an hour and twenty minutes late',
     [('duration', 'an hour and twenty minutes', 80, 'minute')]),
    ('n107', 'dur-spoken', 'The fugitive spent a year and a half on the run before his arrest.',
     [('duration', 'a year and a half', 1.5, 'year')]),
    ('c108', 'dur-spoken', 'the pork belly wants three quarters of an hour uncovered',
     [('duration', 'three quarters of an hour', 0.75, 'hour')]),
    ('c109', 'dur-spoken', 'we squeezed in a half-hour yoga session before work',
     [('duration', 'half-hour', 0.5, 'hour')]),
    ('n110', 'dur-spoken', 'He was jailed for two years and four months for the fraud.',
     [('duration', 'two years and four months', 28, 'month')]),
    ('c111', 'dur-spoken', 'we had an hour-long call about the rota',
     [('duration', 'an hour-long', 1, 'hour')]),
    # ---- dur-adjectival
    ('c112', 'dur-adjectival', 'can you book a 90-minute session at the climbing wall',
     [('duration', '90-minute', 90, 'minute')]),
    ('n113', 'dur-adjectival', 'Investigators have closed a six-month-long inquiry into the derailment.',
     [('duration', 'six-month-long', 6, 'month')]),
    ('c114', 'dur-adjectival', 'the dealer offered me a 72-month car loan',
     [('duration', '72-month', 72, 'month')]),
    ('c115', 'dur-adjectival', 'my phone came with a two-year warranty',
     [('duration', 'two-year', 2, 'year')]),
    ('n116', 'dur-adjectival', 'Tenants were offered a 24-month lease with no rent rise.',
     [('duration', '24-month', 24, 'month')]),
    ('n117', 'dur-adjectival', 'The 25-day-long festival opens in Edinburgh on Friday.',
     [('duration', '25-day-long', 25, 'day')]),
    ('n118', 'dur-adjectival', 'A 40-minute power cut hit the stadium during the second half.',
     [('duration', '40-minute', 40, 'minute')]),
    ('n119', 'dur-adjectival', 'The coach agreed a two-and-a-half-year contract with the club.',
     [('duration', 'two-and-a-half-year', 2.5, 'year')]),
    # ---- dur-abbrev
    ('c120', 'dur-abbrev', 'the brisket smoked for 11 hrs and it was worth it',
     [('duration', '11 hrs', 11, 'hour')]),
    ('c121', 'dur-abbrev', 'hold each plank 45 secs, three rounds',
     [('duration', '45 secs', 45, 'second')]),
    ('c122', 'dur-abbrev', "the flight's delayed 35 mins, ugh",
     [('duration', '35 mins', 35, 'minute')]),
    ('c123', 'dur-abbrev', 'still 2wks until my visa interview',
     [('duration', '2wks', 2, 'week')]),
    ('c124', 'dur-abbrev', 'the hire car is booked for 10d from the 3rd',
     [('duration', '10d', 10, 'day')]),
    ('c125', 'dur-abbrev', "the film's 2.5h so bring snacks",
     [('duration', '2.5h', 2.5, 'hour')]),
    ('c126', 'dur-abbrev', 'probation at the new job is 6 wks',
     [('duration', '6 wks', 6, 'week')]),
    ('c127', 'dur-abbrev', 'took me 4hrs to assemble the wardrobe',
     [('duration', '4hrs', 4, 'hour')]),
    # ---- dur-relative
    ('c128', 'dur-relative', 'remind me to take the focaccia out in 25 mins',
     [('duration', '25 mins', 25, 'minute')]),
    ('n129', 'dur-relative', 'The transfer window closes in 9 days.',
     [('duration', '9 days', 9, 'day')]),
    ('c130', 'dur-relative', 'show me my spending over the last 90 days',
     [('duration', '90 days', 90, 'day')]),
    ('c131', 'dur-relative', 'my student visa expires in 7 weeks, how do i extend it',
     [('duration', '7 weeks', 7, 'week')]),
    ('c132', 'dur-relative', "the new series drops in 10 days' time",
     [('duration', '10 days', 10, 'day')]),
    # ---- dur-term (work, law, sport, visas)
    ('c133', 'dur-term', "i have to give three months' notice at work",
     [('duration', 'three months', 3, 'month')]),
    ('c134', 'dur-term', "my manager gave me a week's notice of the shift change",
     [('duration', 'a week', 1, 'week')]),
    ('n135', 'dur-term', "New fathers will get two weeks' paid leave under the plan.",
     [('duration', 'two weeks', 2, 'week')]),
    ('n136', 'dur-term', 'The winger was suspended for six weeks after a failed drugs test.',
     [('duration', 'six weeks', 6, 'week')]),
    ('n137', 'dur-term', 'The boxer was stripped of his title and banned for 18 months.',
     [('duration', '18 months', 18, 'month')]),
    ('n138', 'dur-term', 'The former minister was sentenced to seven years in prison.',
     [('duration', 'seven years', 7, 'year')]),
    ('n139', 'dur-term', 'After 12 years at the club, the captain announced his retirement.',
     [('duration', '12 years', 12, 'year')]),
    ('n140', 'dur-term', 'The prop was sent to the sin bin for 10 minutes.',
     [('duration', '10 minutes', 10, 'minute')]),
    ('n141', 'dur-term', 'He took a two-minute minor for tripping late in the third period.',
     [('duration', 'two-minute', 2, 'minute')]),
    ('c142', 'dur-term', 'can i stay 90 days within any 180-day period in Schengen',
     [('duration', '90 days', 90, 'day'), ('duration', '180-day', 180, 'day')]),
    ('n143', 'dur-term', 'The new digital nomad visa allows stays of up to 12 months.',
     [('duration', '12 months', 12, 'month')]),
    # ---- dur-science (half-lives, shelf lives, cooking, exposure)
    ('n144', 'dur-science', 'Plutonium-239 has a half-life of roughly 24,100 years.',
     [('duration', '24,100 years', 24100, 'year')]),
    ('n145', 'dur-science', 'Iodine-131, with a half-life of eight days, was found in local milk.',
     [('duration', 'eight days', 8, 'day')]),
    ('c146', 'dur-science', 'opened tomato puree keeps for 5 days in the fridge',
     [('duration', '5 days', 5, 'day')]),
    ('n147', 'dur-science', 'Two astronauts spent six and a half hours on the spacewalk.',
     [('duration', 'six and a half hours', 6.5, 'hour')]),
    ('c148', 'dur-science', 'blanch the green beans for 90 seconds then plunge them in ice water',
     [('duration', '90 seconds', 90, 'second')]),
    ('c149', 'dur-science', 'limit the UV lamp exposure to 10 minutes per session',
     [('duration', '10 minutes', 10, 'minute')]),
    ('n150', 'dur-science', 'Workers at the plant were exposed to the fumes for up to six hours.',
     [('duration', 'six hours', 6, 'hour')]),
    # ---- dur-race
    ('n151', 'dur-race', 'The Kenyan won the half marathon in 58:02.',
     [('duration', '58:02', 3482, 'second')]),
    ('c152', 'dur-race', 'that true crime episode runs 1:12:40',
     [('duration', '1:12:40', 4360, 'second')]),
    # ---- dur-rate (intervals and time inside rates)
    ('c153', 'dur-rate', 'the tram comes every 7 minutes at rush hour',
     [('duration', '7 minutes', 7, 'minute')]),
    ('c154', 'dur-rate', 'i get my allergy shots every four weeks',
     [('duration', 'four weeks', 4, 'week')]),
    ('c155', 'dur-rate', 'i practise the violin 30 minutes a day',
     [('duration', '30 minutes', 30, 'minute')]),
    ('c156', 'dur-rate', 'the physio wants me on the bike three times a week for six weeks',
     [('duration', 'six weeks', 6, 'week')]),
    ('c157', 'dur-rate', 'i volunteer 4 hours a month at the food bank',
     [('duration', '4 hours', 4, 'hour')]),
    # ---- dur-neg
    ('c158', 'dur-neg', 'my 12-year-old wants a phone for christmas',
     []),
    ('c159', 'dur-neg', 'she turns 30 on the 14th, book somewhere nice',
     []),
    ('n160', 'dur-neg', 'A 15-month-old girl was rescued from the flooded car.',
     []),
    ('c161', 'dur-neg', 'is the 24-hour pharmacy on Queen Street still open',
     []),
    ('n162', 'dur-neg', 'A curfew will run from 2200 hrs to 0500 hrs in the district.',
     []),
    ('c163', 'dur-neg', 'wake me at 5:50 for the airport run',
     []),
    ('c164', 'dur-neg', 'is 60 Minutes on tonight',
     []),
    ('c165', 'dur-neg', 'play Eight Days a Week by the Beatles',
     []),
    ('c166', 'dur-neg', 'choir meets twice a week in the church hall',
     []),
    ('c167', 'dur-neg', 'i go to the gym every other day',
     []),
    ('n168', 'dur-neg', 'The defender was handed a three-match ban for the tackle.',
     []),
    ('c169', 'dur-neg', 'the Year 10 mock exams start next week',
     []),
    ('c170', 'dur-neg', 'my shift starts at half seven',
     []),
    ('n171', 'dur-neg', 'Seven Years in Tibet is returning to cinemas.',
     []),
    # ---- qty-cooking
    ('c172', 'qty-cooking', 'whisk in ⅓ cup of maple syrup',
     [('quantity', '⅓ cup', 1 / 3, 'cup')]),
    ('c173', 'qty-cooking', 'stir in three-quarters of a cup of grated parmesan',
     [('quantity', 'three-quarters of a cup', 0.75, 'cup')]),
    ('c174', 'qty-cooking', 'you need 2 tbsp of white miso for the glaze',
     [('quantity', '2 tbsp', 2, 'tablespoon')]),
    ('c175', 'qty-cooking', 'the sponge wants 225g self-raising flour',
     [('quantity', '225g', 225, 'gram')]),
    ('c176', 'qty-cooking', 'line a 23cm springform tin with parchment',
     [('quantity', '23cm', 23, 'centimeter')]),
    ('c177', 'qty-cooking', 'bake at 180C fan or gas mark 4',
     [('quantity', '180C', 180, 'degree_Celsius')]),
    ('c178', 'qty-cooking', 'the custard takes 6 fl oz of whole milk',
     [('quantity', '6 fl oz', 6, FLOZ)]),
    ('c179', 'qty-cooking', 'add ¼ tsp of chilli flakes',
     [('quantity', '¼ tsp', 0.25, 'teaspoon')]),
    ('c180', 'qty-cooking', 'these oats have 13 g of protein per 100 g',
     [('quantity', '13 g', 13, 'gram')]),
    # ---- qty-diy
    ('c181', 'qty-diy', 'drill 3.5mm pilot holes for the hinges',
     [('quantity', '3.5mm', 3.5, 'millimeter')]),
    ('c182', 'qty-diy', 'i need skirting board in 2.4 m lengths',
     [('quantity', '2.4 m', 2.4, 'meter')]),
    ('c183', 'qty-diy', 'torque the wheel nuts to 120 Nm',
     [('quantity', '120 Nm', 120, 'newton*meter')]),
    ('c184', 'qty-diy', "we'll need about 5 litres of paint for the hallway",
     [('quantity', '5 litres', 5, 'liter')]),
    ('c185', 'qty-diy', 'mitre the picture frame corners at a 45-degree angle',
     [('quantity', '45-degree', 45, 'degree')]),
    ('c186', 'qty-diy', 'the sawmill sold us 200 board feet of oak',
     [('quantity', '200 board feet', 200, 'board_foot')]),
    # ---- qty-fitness
    ('c187', 'qty-fitness', 'benched 100 kg for the first time today',
     [('quantity', '100 kg', 100, 'kilogram')]),
    ('c188', 'qty-fitness', 'grab the 16kg kettlebell from the rack',
     [('quantity', '16kg', 16, 'kilogram')]),
    ('c189', 'qty-fitness', 'i cycled 42 miles on saturday',
     [('quantity', '42 miles', 42, 'mile')]),
    ('c190', 'qty-fitness', 'did 3 sets of 12 reps with the 20 lb dumbbells',
     [('quantity', '20 lb', 20, 'pound')]),
    ('c191', 'qty-fitness', "i'm 5 ft 10 and 72 kg, what's my BMI",
     [('quantity', '5 ft 10', 70, 'inch'), ('quantity', '72 kg', 72, 'kilogram')]),
    ('c192', 'qty-fitness', "my son's 5'10 now, taller than me",
     [('quantity', "5'10", 70, 'inch')]),
    # ---- qty-weather
    ('c193', 'qty-weather', 'is it going to hit 95 degrees in Phoenix tomorrow',
     [('quantity', '95 degrees', 95, TEMP)]),
    ('n194', 'qty-weather', 'Up to 120 mm of rain fell on the Cumbrian fells overnight.',
     [('quantity', '120 mm', 120, 'millimeter')]),
    ('n195', 'qty-weather', 'Winds of 140 km/h battered the Breton coast.',
     [('quantity', '140 km/h', 140, 'kilometer_per_hour')]),
    ('n196', 'qty-weather', 'Pressure fell to 948 hPa as the storm deepened.',
     [('quantity', '948 hPa', 948, 'hectopascal')]),
    ('c197', 'qty-weather', 'the wind chill tonight is -18°C',
     [('quantity', '-18°C', -18, 'degree_Celsius')]),
    ('n198', 'qty-weather', 'Hailstones 5 cm across smashed windscreens in Verona.',
     [('quantity', '5 cm', 5, 'centimeter')]),
    # ---- qty-travel
    ('c199', 'qty-travel', 'the car does 5.8 L/100km on the highway',
     [('quantity', '5.8 L/100km', 0.058, 'liter/kilometer')]),
    ('c200', 'qty-travel', 'the trail gains 900 m of elevation',
     [('quantity', '900 m', 900, 'meter')]),
    ('c201', 'qty-travel', 'the checked bag limit is 50 lb on this airline',
     [('quantity', '50 lb', 50, 'pound')]),
    ('c202', 'qty-travel', 'my carry-on is 56 x 36 x 23 cm, will it fit',
     [('quantity', '56', 56, 'centimeter'), ('quantity', '36', 36, 'centimeter'),
      ('quantity', '23 cm', 23, 'centimeter')]),
    ('c203', 'qty-travel', 'how far is 26.2 miles in km',
     [('quantity', '26.2 miles', 26.2, 'mile')]),
    ('c204', 'qty-volume', 'the hot tub takes about 320 gallons to fill',
     [('quantity', '320 gallons', 320, GALLON)]),
    ('n205', 'qty-travel', 'The new cycle bridge spans 260 metres over the Rhine.',
     [('quantity', '260 metres', 260, 'meter')]),
    # ---- qty-medicine
    ('c206', 'qty-medicine', 'the hay fever tablets are 10 mg, one each morning',
     [('quantity', '10 mg', 10, 'milligram')]),
    ('c207', 'qty-medicine', 'my blood sugar was 6.2 mmol/L this morning',
     [('quantity', '6.2 mmol/L', 6.2, 'millimole/liter')]),
    ('c208', 'qty-medicine', 'the nurse said 135 mmHg systolic is a bit high',
     [('quantity', '135 mmHg', 135, 'millimeter_Hg')]),
    ('c209', 'qty-medicine', 'the baby gets 2.5 ml of the liquid paracetamol',
     [('quantity', '2.5 ml', 2.5, 'milliliter')]),
    ('n210', 'qty-medicine', 'Trial patients received 0.5 mg of the experimental drug.',
     [('quantity', '0.5 mg', 0.5, 'milligram')]),
    ('n211', 'qty-medicine', 'A chest CT scan delivers about 7 mSv of radiation.',
     [('quantity', '7 mSv', 7, 'millisievert')]),
    # ---- qty-shipping
    ('n212', 'qty-shipping', 'A 40ft container fell overboard near Felixstowe.',
     [('quantity', '40ft', 40, 'foot')]),
    ('c213', 'qty-shipping', 'parcels over 30 kg cost extra',
     [('quantity', '30 kg', 30, 'kilogram')]),
    ('n214', 'qty-shipping', 'The cargo plane carried 110 tonnes of medical supplies.',
     [('quantity', '110 tonnes', 110, 'tonne')]),
    ('c215', 'qty-shipping', 'the flat-pack sofa weighs 68 lbs, can one person lift it',
     [('quantity', '68 lbs', 68, 'pound')]),
    # ---- qty-unusual
    ('n216', 'qty-unusual', 'The filly won the 6-furlong sprint at Ascot.',
     [('quantity', '6-furlong', 6, 'furlong')]),
    ('c217', 'qty-unusual', 'my mare is 15.2 hands, is that too big for a beginner',
     [('quantity', '15.2 hands', 62, 'inch')]),
    ('c218', 'qty-unusual', 'the archery shop says a 400-grain arrow suits my bow',
     [('quantity', '400-grain', 400, 'grain')]),
    ('n219', 'qty-unusual', 'The comet passed within 0.3 astronomical units of Earth.',
     [('quantity', '0.3 astronomical units', 0.3, 'astronomical_unit')]),
    ('n220', 'qty-unusual', 'The newly found exoplanet lies 40 light-years away.',
     [('quantity', '40 light-years', 40, 'light_year')]),
    ('c221', 'qty-unusual', 'the router spindle runs at 22,000 rpm',
     [('quantity', '22,000 rpm', 22000, 'revolutions_per_minute')]),
    ('c222', 'qty-unusual', 'the bike light puts out 800 lumens',
     [('quantity', '800 lumens', 800, 'lumen')]),
    ('n223', 'qty-unusual', 'The reservoir holds 31,000 acre-feet of water.',
     [('quantity', '31,000 acre-feet', 31000, 'acre_foot')]),
    ('c224', 'qty-unusual', 'switch the wifi to the 5 GHz band',
     [('quantity', '5 GHz', 5, 'gigahertz')]),
    ('n225', 'qty-unusual', 'Divers filled their tanks to 200 bar before the descent.',
     [('quantity', '200 bar', 200, 'bar')]),
    # ---- qty-composite
    ('c226', 'qty-composite', 'my niece arrived at 7 lb 9 oz last night',
     [('quantity', '7 lb 9 oz', 121, 'ounce')]),
    ('c227', 'qty-composite', 'caught a trout of 2 lb 3 oz at the reservoir',
     [('quantity', '2 lb 3 oz', 35, 'ounce')]),
    ('c228', 'qty-composite', 'the paddleboard is 10 foot 6, will it fit on the roof rack',
     [('quantity', '10 foot 6', 126, 'inch')]),
    ('c229', 'qty-composite', 'i was 14 st 2 lb at new year',
     [('quantity', '14 st 2 lb', 198, 'pound')]),
    ('c230', 'qty-composite', 'we need a kilo and a half of mussels for six',
     [('quantity', 'a kilo and a half', 1.5, 'kilogram')]),
    # ---- qty-range
    ('c231', 'qty-range', 'aim for 120 to 150 g of protein a day',
     [('quantity', '120 to 150 g', (120, 150), 'gram')]),
    ('n232', 'qty-range', 'Surfers rode swells of 6 to 8 metres at Nazaré on Sunday.',
     [('quantity', '6 to 8 metres', (6, 8), 'meter')]),
    ('c233', 'qty-range', 'do i need a 60 or 70 metre rope for that crag',
     [('quantity', '60 or 70 metre', (60, 70), 'meter')]),
    ('c234', 'qty-range', 'keep the fermenting beer between 18 and 20°C',
     [('quantity', '18 and 20°C', (18, 20), 'degree_Celsius')]),
    # ---- qty-bound
    ('c235', 'qty-bound', 'the kayak has to be at least 3.5 m long for the race',
     [('quantity', '3.5 m', 3.5, 'meter')]),
    ('n236', 'qty-bound', "Everest's summit stands at 8,849 metres.",
     [('quantity', '8,849 metres', 8849, 'meter')]),
    # ---- qty-neg
    ('c237', 'qty-neg', 'bake at gas mark 6 for the crumble',
     []),
    ('c238', 'qty-neg', 'grab a box of M8 bolts from the hardware store',
     []),
    ('c239', 'qty-neg', 'put the 205/55 R16 tyres on the car',
     []),
    ('c240', 'qty-neg', 'i wear a 38 in Italian sizes',
     []),
    ('c241', 'qty-neg', 'play 500 Miles by the Proclaimers',
     []),
    ('c242', 'qty-neg', 'is Twenty Thousand Leagues Under the Sea a good read for kids',
     []),
    ('c243', 'qty-neg', 'play A Thousand Miles on repeat',
     []),
    ('c244', 'qty-neg', 'did 4 sets of 10 on the leg press',
     []),
    ('n245', 'qty-neg', 'The UV index will reach 9 in Sydney on Saturday.',
     []),
    ('c246', 'qty-neg', 'i need 14-gauge wire for the fairy lights',
     []),
    ('c247', 'qty-neg', 'a wee dram before bed never hurt anyone',
     []),
    ('n248', 'qty-neg', 'The hospital took in 40 patients after the pile-up.',
     []),
    # ---- mixed
    ('c249', 'mixed', 'rowed 2,000 m in 7:41 on the erg, new PB',
     [('quantity', '2,000 m', 2000, 'meter'), ('duration', '7:41', 461, 'second')]),
    ('n250', 'mixed', 'The midfielder signed a five-year deal worth €120m.',
     [('duration', 'five-year', 5, 'year'), ('money', '€120m', 120000000, 'EUR')]),
    ('c251', 'mixed', 'the 200 km drive took us 2 hrs 50',
     [('quantity', '200 km', 200, 'kilometer'), ('duration', '2 hrs 50', 170, 'minute')]),
    ('c252', 'mixed', 'the pharmacist said 5 ml every four hours for the cough syrup',
     [('quantity', '5 ml', 5, 'milliliter'), ('duration', 'four hours', 4, 'hour')]),
    ('n253', 'mixed', 'A pint of milk rose 7p in a month, the survey found.',
     [('quantity', 'A pint', 1, PINT), ('money', '7p', 0.07, 'GBP'), ('duration', 'a month', 1, 'month')]),
    ('c254', 'mixed', 'my 800m PB is 2:14.6',
     [('quantity', '800m', 800, 'meter'), ('duration', '2:14.6', 134.6, 'second')]),
    ('n255', 'mixed', 'The 57-km tunnel took 17 years to build and cost CHF 12.2 billion.',
     [('quantity', '57-km', 57, 'kilometer'), ('duration', '17 years', 17, 'year'),
      ('money', 'CHF 12.2 billion', 12200000000, 'CHF')]),
    ('c256', 'mixed', 'we did 14 km of the coastal path in five and a half hours',
     [('quantity', '14 km', 14, 'kilometer'), ('duration', 'five and a half hours', 5.5, 'hour')]),
    ('n257', 'mixed', 'Rescuers pulled a climber from a 30-metre crevasse after nine hours.',
     [('quantity', '30-metre', 30, 'meter'), ('duration', 'nine hours', 9, 'hour')]),
    ('c258', 'mixed', '18 g in, 36 g out in 28 seconds, is my espresso ok',
     [('quantity', '18 g', 18, 'gram'), ('quantity', '36 g', 36, 'gram'),
      ('duration', '28 seconds', 28, 'second')]),
    ('c259', 'mixed', 'safety stop for 3 minutes at 5 metres, then surface slowly',
     [('duration', '3 minutes', 3, 'minute'), ('quantity', '5 metres', 5, 'meter')]),
]
