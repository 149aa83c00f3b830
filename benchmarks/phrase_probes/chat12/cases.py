"""Held-out probe chat12: money amounts, durations and physical quantities.

~65% chat/voice-assistant utterances (ids cNNN), ~35% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7, chat8, chat9,
chat10, chat11 or classes). Domains lean on what the earlier probes used least:
medical and veterinary dosing, aviation and maritime (feet of altitude, knots,
nautical miles, flight levels as non-claims), mining and commodities (troy ounces,
carats, barrels a day, bpd, tonnes per day, grams per tonne), construction (cubic
yards, board feet, psi, linear feet, on-centre spacing), textiles (yards, denier,
gsm), data and telecom (GB, TB, Mbps, MB/s, latency in ms, call minutes), travel
across currencies of Africa, Asia, Latin America and Europe written as symbols, ISO
codes before and after, local abbreviations and words (naira/N/kobo/₦, GH₵/GHS, LE
and piastres, USh, CFA, RWF, N$, DH, bob, RMB, ฿, Tk, riel, NIS, TL, S/, bolivianos,
₲, Q, ₡, leva, KM, dinars, ₴, dong, birr), salaries per period, spoken
money, composites, ranges and bounds, fractions and numbers in words, historic and
sports durations, court sentences and suspensions.
Row format: (id, tag, sentence, [expectations]); an expectation is
  ("money",    span, amount | (low, high), ISO code | tuple of accepted codes)
  ("duration", span, amount | (low, high), pint unit)
  ("quantity", span, amount | (low, high), pint unit | tuple of accepted units)
span = a substring (first occurrence, unique in its sentence) the claim must overlap.
Each row lists EVERY money/duration/quantity claim expected in it; any other claim
of those kinds is a false positive. A row with [] expects no claim at all.
Scored by chat2/score.py (run ./score.py, which sets PROBE_DIR to this folder).

CONVENTIONS: chat4's, word for word (see the header of ../chat4/cases.py), chat5's
"ADDED IN THIS PROBE" section (../chat5/cases.py), chat6's (../chat6/cases.py),
chat8's (../chat8/cases.py), chat10's (../chat10/cases.py) and chat11's
(../chat11/cases.py), all unchanged and decided before writing the rows; then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10 and
chat11; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "in excess
   of", "just shy of", "a good" ("a good 20 minutes" = 20 minute), "the best part of"
   ("the best part of an hour" = 1 hour), "getting on for", "pushing" ("pushing 40
   grand"), "well over", "as low as", "or thereabouts", "and change" ("$40 and change"
   = 40 USD); "a total of 31 years" is the number itself too.
 * Ranges: "anywhere from X to Y" and "from X to Y" are one range claim; a "k" on
   the second number of a money range applies to both ("£35-40k" = 35000 to 40000,
   like chat4's "$3-4 billion"); "KES 650k to 800k" puts the code before the first
   number only; "two or three weeks" = (2, 3) week (chat4's "5 or 6 minutes").
 * Composites (one claim, summed value): "6 ft 5" = 77 inch, "1 hr 45" = 105
   minute and "17 hrs 20" = 1040 minute (chat5's trailing number), "£3 and 20p" =
   3.20 GBP (chat11), "7 lb 3 oz" = 7.1875 pound, "11 st 6" = 160 pound (chat5's
   trailing number: stone then pounds), "2 min 56 sec" = 176 second, "2 days 6 hours"
   = 54 hour, "3 weeks and 4 days" = 25 day, "an hour and 10 mins" = 70 minute,
   "70 years and 214 days" = one claim (25781.5 day with the 365.25-day year),
   "a foot and a half" = 1.5 foot (chat5's "a mile and a half").
 * A fraction of a term is not a claim of its own: "two-thirds of his 12-year term"
   gives only the 12-year term.
 * More numbers that are not claims: flight levels ("FL370", "flight level 350":
   a designation, like chat8's runway numbers), squawk codes, gate numbers, thread
   counts, yarn ply ("8-ply"), insulin "units" (like chat11's IU), credit scores,
   test bands ("a 7 in IELTS"), quiz marks, star ratings of hotels and apps (chat6),
   network and Wi-Fi generations ("5G", "Wi-Fi 6"), motorway junctions, platform
   numbers ("Platform 9¾"), counts of flyers, bedrooms and cars.
 * More names and idioms with no claim: "127 Hours", "Twelve Years a Slave", "The
   $64,000 Question", "Three Dollar Bill, Y'all", "a grand prix" (not money), "IR35"
   (a tax rule, like chat8's tax codes), "the Six-Day War", "the Thirty
   Years' War", "the Hundred Days" (named wars and periods are names, like chat11's
   "the Hundred Years' War"), "my two cents", "a dime a dozen" (not chat6's "a dozen"
   + unit), "spend a penny", "Rome wasn't built in a day", "a nine-day wonder".
Money
 * More currencies and marks: "naira", "N" + amount in a Nigerian context
   ("N70,000") and "₦" = NGN, "kobo" = 0.01 NGN; "GH₵"/"GHS" = GHS; "LE" (Egypt)
   = EGP, "piastres" = 0.01 EGP; "USh" = UGX; "CFA" = XOF or XAF (both accepted);
   "RWF" = RWF; "N$" in Namibia = NAD; "DH" in Morocco = MAD; "dinars" in Serbia
   (Belgrade) = RSD; "bob" in Kenya (Nairobi) = KES; "Ksh" (any case, chat10's
   "KSh") = KES; "RMB" = CNY; "฿" = THB; "Tk" = BDT; "riel" = KHR; "NIS" = ILS;
   "TL" after the number = TRY; "S/" = PEN; "bolivianos" = BOB; "₲" = PYG; "Q" +
   number in Guatemala = GTQ; "₡" = CRC; "leva" = BGN; "KM" after a price in Bosnia
   (Sarajevo) = BAM, not kilometres; "₴" = UAH; "dong" = VND (chat5), "birr" = ETB
   (chat10); codes KES, LKR, PKR, COP, INR, THB, GHS, RWF before or after the number
   are that currency (chat6).
 * "cents" in an Australian context (a Sydney supermarket) = AUD (like chat6's
   Canada and chat11's New Zealand rules).
 * Dot thousands in COP, PYG and CRC amounts ("COP 3.200", "₲ 5.000", "₡4.500")
   follow chat4's European grouping; "R$ 24,90" = 24.90 and "9,99 €" = 9.99.
 * Scales: "tn" = trillion ("$324tn"); "Cr" (capital) = crore (chat8's "cr");
   "lakhs" (plural) = lakh; "₹95k" and "KES 650k" (chat8's k next to a mark/code).
 * Spoken money: "fifteen hundred bucks" = 1500; "a buck fifty" = 1.50 USD and
   "three pounds ninety-nine" = 3.99 (chat10's spoken prices); "half a grand" = 500
   (USD or GBP accepted, like "grand"); "two hundred odd quid" = 200 GBP (chat6's
   "N-odd"); a banknote named by its value with "a" ("break a fifty") = 50 of the
   sentence's currency (a Chicago cab: USD); a bare spoken "two fifty" with no
   currency word, set against a money amount in the same sentence, takes that
   amount's currency and reads as 2.50 ("a fiver for both or two fifty each": both
   accept GBP or USD).
 * Salaries and rates keep chat4's denominator rule: "per annum" (in LPA), "a
   year", "a month", "a loaf", "a litre", "a ride", "a trip", "a person", "per km",
   "a night", "an ounce", "a barrel", "per cubic yard", "a day" -> only the amount;
   "monthly" is a frequency. A contractor's "day rate ... is £475" = 475 GBP.
Durations
 * Historic spans are durations: reigns ("reigned for 70 years and 214 days"), wars
   and sieges ("lasted about 38 minutes", "lasted 872 days"), empires and republics
   ("over a thousand years" = 1000 year by chat4's "a" rule), "nearly three
   centuries" = 300 year and "almost five centuries" = 500 year (expected in years),
   time in prison.
 * Sports durations: match lengths ("5 hours and 53 minutes"), rain delays, innings
   ("batted for 7 hours 40 minutes"), red flags, penalty "majors", a glued "s" after
   a sprint time ("9.58s" = 9.58 second), an "m:ss.ss" time after "touched in" with a
   swimming distance (chat10's m:ss.s), "74 days, 22 hours and 35 minutes" (chat8's
   three-part composite).
 * Court terms (chat10/chat11): sentences, suspended sentences, licence
   suspensions, bans on keeping animals, time to pay ("28 days to pay"), electronic
   tags; a suspension counted in games or matches is a count (nothing, chat10).
 * Glued hours with trailing minutes: "4h50" = 290 minute, "1h10" = 70 minute
   (chat8's "11h 40m" without the "m").
 * Latency and ping in "ms" are durations (millisecond, chat5's sub-second units);
   a phone plan's "500 minutes of calls" is a duration (500 minute); texts and
   gigabytes are not durations.
 * "half a day" = 0.5 day (chat10's "half an hour"); "a year or so" = 1 year
   (chat6's "or so"); "the best part of an hour" = 1 hour.
 * "two nights" at a hostel = 2 day (chat4's nights); "for the two of us" is a count.
 * "hourly" (like chat11's "fortnightly") is a frequency: nothing.
Quantities
 * More units: "denier" = denier (linear density of yarn); "gsm" = gram/meter**2
   (fabric and paper weight); "linear feet" = foot; "on center" spacing in inches is a
   length; "ct" after a gem weight = carat (chat8's carat); "troy ounces" =
   troy_ounce; "bpd" = barrels per day (oil_barrel, see the flow rule below);
   "barrels" of crude or production = oil_barrel (chat4); "tonnes per day" = tonne
   (numerator); "grams per tonne" of ore grade = gram (numerator); "billion cubic
   feet" = foot**3; "cubic yards" = yard**3 (chat8); "psi" (chat5); "board feet"
   (chat10); "NM" in a sailing distance = nautical_mile; "kts" = knot; "ft" and
   "feet" of altitude = foot (chat8); "Mbps" and "Mb/s" = megabit/second; "MB/s" =
   megabyte/second (mebibyte/second accepted); "terabits per second" =
   terabit/second; "MHz"/"GHz" = megahertz/gigahertz; "mL" = milliliter; "mcg" =
   microgram (chat6).
 * Dose and flow rates keep chat4's rate rule: "0.1 ml per kg" = 0.1 ml, "75 mg/m²"
   = 75 mg (chat11's "mg/kg"), "20 ml ... per sheep" = 20 ml. Where the rate is
   written as one unit symbol of volume per time, "2 L/min" of oxygen and "650,000
   bpd", both readings are accepted: the numerator (2 liter, 650000 oil_barrel) or
   the flow (liter/minute, oil_barrel/day). Data rates ("Mbps", "Mb/s", "MB/s",
   "terabits per second") are compound units like chat4's speeds.
 * A screen or monitor size in inches ("a 6.1-inch screen") is a length.
 * "a kilo of coffee beans" = 1 kg (chat4); "three-quarters of a yard" = 0.75 yard;
   "an eighth of a teaspoon" = 0.125 teaspoon; "3/4-inch ply" = 0.75 inch;
   "5/8 inch" = 0.625 inch; "two and a quarter miles" = 2.25 mile.
 * "a 13-ton excavator" accepts short ton, long ton or tonne (chat8's "ton").
 * "at 3.5 GHz" in a spectrum auction is a frequency quantity; the numbers of
   flyers printed, bedrooms and cars are counts.
"""

RUPEE = ("INR", "PKR", "LKR", "NPR")  # "Rs", "rupees"
KR = ("NOK", "SEK", "DKK", "ISK")  # "kr"
YEN = ("JPY", "CNY")  # "¥"
GRAND = ("USD", "GBP")  # "grand"; also "a fiver", "a tenner", "mil" with no currency
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
THERM = ("therm", "US_therm")  # "therms"
CWT = ("hundredweight", "long_hundredweight")  # "cwt"
CFA = ("XOF", "XAF")  # "CFA", "CFA francs"
MBS = ("megabyte/second", "mebibyte/second")  # "MB/s"


ROWS = [
    # ---- money-africa
    ('c001', 'money-africa', 'the matatu into Nairobi CBD was Ksh 100 each way',
     [('money', 'Ksh 100', 100, 'KES')]),
    ('c002', 'money-africa', 'paid the boda guy in Nairobi 150 bob to get home',
     [('money', '150 bob', 150, 'KES')]),
    ('n003', 'money-africa', "Nigeria's new minimum wage of N70,000 a month took effect on Monday.",
     [('money', 'N70,000', 70000, 'NGN')]),
    ('c004', 'money-africa', 'the buka near my office in Lagos charges 3,500 naira for jollof and chicken',
     [('money', '3,500 naira', 3500, 'NGN')]),
    ('n005', 'money-africa', 'Trotro fares in Accra rose to GH₵ 8 after the fuel price hike.',
     [('money', 'GH₵ 8', 8, 'GHS')]),
    ('c006', 'money-africa', 'the felucca ride in Aswan was LE 300 for the two of us',
     [('money', 'LE 300', 300, 'EGP')]),
    ('c007', 'money-africa', 'the bus from Kampala to Jinja was USh 15,000',
     [('money', 'USh 15,000', 15000, 'UGX')]),
    ('c008', 'money-africa', 'in Dakar a plate of thieboudienne was 2,500 CFA',
     [('money', '2,500 CFA', 2500, CFA)]),
    ('c009', 'money-africa', 'a Windhoek Lager in Swakopmund was N$35',
     [('money', 'N$35', 35, 'NAD')]),
    ('n010', 'money-africa', 'Egypt raised the price of subsidised bread to 20 piastres a loaf.',
     [('money', '20 piastres', 0.2, 'EGP')]),
    ('c011', 'money-africa', 'petrol in Abuja went up by 50 kobo a litre again',
     [('money', '50 kobo', 0.5, 'NGN')]),
    # ---- money-asia
    ('c012', 'money-asia', 'the hotpot in Chengdu came to RMB 380 for four',
     [('money', 'RMB 380', 380, 'CNY')]),
    ('c013', 'money-asia', 'a songthaew to the old city is ฿40 a person',
     [('money', '฿40', 40, 'THB')]),
    ('c014', 'money-asia', 'the cycle rickshaw in Old Dhaka was Tk 80',
     [('money', 'Tk 80', 80, 'BDT')]),
    ('c015', 'money-asia', 'the tuk-tuk driver in Phnom Penh wanted 8,000 riel',
     [('money', '8,000 riel', 8000, 'KHR')]),
    ('n016', 'money-asia', 'Pakistan raised the petrol price by PKR 10.20 a litre from midnight.',
     [('money', 'PKR 10.20', 10.2, 'PKR')]),
    ('n017', 'money-asia', 'Shared taxis from Tel Aviv to Jerusalem now charge 25 NIS.',
     [('money', '25 NIS', 25, 'ILS')]),
    ('c018', 'money-asia', 'a tea on the Kadıköy ferry is 20 TL',
     [('money', '20 TL', 20, 'TRY')]),
    # ---- money-latam
    ('c019', 'money-latam', 'the Metropolitano in Lima costs S/ 2.50 a ride',
     [('money', 'S/ 2.50', 2.5, 'PEN')]),
    ('c020', 'money-latam', 'a salteña in La Paz was 12 bolivianos',
     [('money', '12 bolivianos', 12, 'BOB')]),
    ('c021', 'money-latam', 'a bag of chipa in Asunción was ₲ 5.000',
     [('money', '₲ 5.000', 5000, 'PYG')]),
    ('c022', 'money-latam', 'the chicken bus from Guatemala City to Antigua was Q10',
     [('money', 'Q10', 10, 'GTQ')]),
    ('c023', 'money-latam', 'a casado in San José was ₡4.500 with a drink',
     [('money', '₡4.500', 4500, 'CRC')]),
    ('n024', 'money-latam', 'Bogotá raised the TransMilenio fare to COP 3.200 a trip.',
     [('money', 'COP 3.200', 3200, 'COP')]),
    ('c025', 'money-latam', 'an açaí bowl in Rio was R$ 24,90',
     [('money', 'R$ 24,90', 24.9, 'BRL')]),
    # ---- money-europe
    ('c026', 'money-europe', 'ćevapi in Sarajevo were 10 KM with bread',
     [('money', '10 KM', 10, 'BAM')]),
    ('c027', 'money-europe', 'a beer in Belgrade was 250 dinars',
     [('money', '250 dinars', 250, 'RSD')]),
    ('n028', 'money-europe', 'Kyiv raised the metro fare to ₴8 a ride.',
     [('money', '₴8', 8, 'UAH')]),
    # ---- money-india
    ('c029', 'money-india', 'the flat in Pune is quoted at 85 lakhs, negotiable',
     [('money', '85 lakhs', 8500000, 'INR')]),
    ('n030', 'money-india', 'The film has grossed ₹312 crore at the domestic box office.',
     [('money', '₹312 crore', 3120000000, 'INR')]),
    ('c031', 'money-india', 'my CTC is 14.5 LPA but in-hand is about ₹95k a month',
     [('money', '14.5 LPA', 1450000, 'INR'), ('money', '₹95k', 95000, 'INR')]),
    ('c032', 'money-india', 'INR 2,40,000 for an MBA prep course is insane',
     [('money', 'INR 2,40,000', 240000, 'INR')]),
    ('c033', 'money-india', 'got a used Swift in Lucknow for Rs 3.5 lakh',
     [('money', 'Rs 3.5 lakh', 350000, 'INR')]),
    ('n034', 'money-india', 'The Bengaluru fintech closed a ₹40 Cr funding round.',
     [('money', '₹40 Cr', 400000000, 'INR')]),
    # ---- money-salary
    ('c035', 'money-salary', 'the job in Manchester pays £42k a year plus a car allowance',
     [('money', '£42k', 42000, 'GBP')]),
    ('c036', 'money-salary', 'my day rate as a contractor is £475, outside IR35',
     [('money', '£475', 475, 'GBP')]),
    ('n037', 'money-salary', 'The new chief executive will receive a base salary of $1.4m a year.',
     [('money', '$1.4m', 1400000, 'USD')]),
    ('c038', 'money-salary', "he's on 60 grand a year as a welder",
     [('money', '60 grand', 60000, GRAND)]),
    ('c039', 'money-salary', 'the role is advertised at £35-40k depending on experience',
     [('money', '£35-40k', (35000, 40000), 'GBP')]),
    ('c040', 'money-salary', 'junior devs in Lisbon get €1,200-1,500 a month',
     [('money', '€1,200-1,500', (1200, 1500), 'EUR')]),
    # ---- money-spoken
    ('c041', 'money-spoken', 'the car boot guy wanted a fiver for both or two fifty each',
     [('money', 'a fiver', 5, GRAND), ('money', 'two fifty', 2.5, GRAND)]),
    ('c042', 'money-spoken', "we're in a cab in Chicago and he can't break a fifty",
     [('money', 'a fifty', 50, 'USD')]),
    ('c043', 'money-spoken', 'i paid two hundred odd quid for the festival tickets',
     [('money', 'two hundred odd quid', 200, 'GBP')]),
    ('c044', 'money-spoken', 'the plumber charged half a grand to fix one leak',
     [('money', 'half a grand', 500, GRAND)]),
    ('c045', 'money-spoken', 'i owe Raj fifteen hundred bucks from the trip',
     [('money', 'fifteen hundred bucks', 1500, 'USD')]),
    ('c046', 'money-spoken', 'the dryer at the laundromat is a buck fifty a cycle',
     [('money', 'a buck fifty', 1.5, 'USD')]),
    ('c047', 'money-spoken', 'the supermarket meal deal is three pounds ninety-nine now',
     [('money', 'three pounds ninety-nine', 3.99, 'GBP')]),
    # ---- money-composite
    ('c048', 'money-composite', 'the toll booth wanted five dollars and five cents exactly',
     [('money', 'five dollars and five cents', 5.05, 'USD')]),
    ('c049', 'money-composite', 'the spaza shop in Soweto charged R15 and 50 cents for a loaf',
     [('money', 'R15 and 50 cents', 15.5, 'ZAR')]),
    # ---- money-scale
    ('n050', 'money-scale', 'Global debt hit a record $324tn, a banking lobby group said.',
     [('money', '$324tn', 324000000000000, 'USD')]),
    ('n051', 'money-scale', "The average home in Joburg's northern suburbs is now valued at R2.4m.",
     [('money', 'R2.4m', 2400000, 'ZAR')]),
    ('n052', 'money-scale', 'Thailand approved a ฿500 billion cash handout scheme.',
     [('money', '฿500 billion', 500000000000, 'THB')]),
    # ---- money-range
    ('c053', 'money-range', 'a used Probox in Nairobi goes for KES 650k to 800k',
     [('money', 'KES 650k to 800k', (650000, 800000), 'KES')]),
    ('n054', 'money-range', 'Analysts expect the copper mine to cost between $2bn and $2.5bn to build.',
     [('money', '$2bn and $2.5bn', (2000000000, 2500000000), 'USD')]),
    ('c055', 'money-range', 'tuk-tuks in Colombo charge anywhere from 100 to 150 rupees per km',
     [('money', '100 to 150 rupees', (100, 150), RUPEE)]),
    ('n056', 'money-range', 'Villas at the new Zanzibar resort will cost from $450 to $1,200 a night.',
     [('money', '$450 to $1,200', (450, 1200), 'USD')]),
    # ---- money-bound
    ('c057', 'money-bound', "i'm not paying north of $400 for headphones",
     [('money', '$400', 400, 'USD')]),
    ('c058', 'money-bound', 'the kitchen quote came in just shy of £12,000',
     [('money', '£12,000', 12000, 'GBP')]),
    ('n059', 'money-bound', 'The Burmese ruby is expected to sell for in excess of $30 million.',
     [('money', '$30 million', 30000000, 'USD')]),
    ('n060', 'money-bound', 'New townhouses in East Legon start from GHS 950,000.',
     [('money', 'GHS 950,000', 950000, 'GHS')]),
    ('c061', 'money-bound', "it'll be pushing 40 grand by the time the extension's done",
     [('money', '40 grand', 40000, GRAND)]),
    ('c062', 'money-bound', 'the Uber to JFK came to $40 and change',
     [('money', '$40', 40, 'USD')]),
    # ---- money-court
    ('n063', 'money-court', 'The magistrate fined the trawler skipper £48,000 for using an illegal net.',
     [('money', '£48,000', 48000, 'GBP')]),
    ('n064', 'money-court', 'A Limpopo court ordered the mine operator to pay R4.5 million in damages.',
     [('money', 'R4.5 million', 4500000, 'ZAR')]),
    # ---- money-minor
    ('c065', 'money-minor', 'plastic bags at the Sydney Woolies are 15 cents each',
     [('money', '15 cents', 0.15, 'AUD')]),
    # ---- money-neg
    ('c066', 'money-neg', "just my two cents, but i'd sell the car",
     []),
    ('c067', 'money-neg', 'cheap phone cases are a dime a dozen online',
     []),
    ('n068', 'money-neg', 'The rand shed 1.2% as traders fled emerging markets.',
     []),
    ('c069', 'money-neg', 'who hosted The $64,000 Question back in the fifties',
     []),
    ('c070', 'money-neg', 'i need to spend a penny before we set off',
     []),
    ('n071', 'money-neg', 'Inflation in Nigeria eased to 23.7% in July, the statistics office said.',
     []),
    ('c072', 'money-neg', 'my credit score went up to 742',
     []),
    ('c073', 'money-neg', 'the riad in Fez gets five stars in every review',
     []),
    ('c074', 'money-neg', "put on Three Dollar Bill, Y'all by Limp Bizkit",
     []),
    # ---- dur-historic
    ('n075', 'dur-historic', 'Queen Elizabeth II reigned for 70 years and 214 days.',
     [('duration', '70 years and 214 days', 70 * 365.25 + 214, 'day')]),
    ('n076', 'dur-historic', 'The Anglo-Zanzibar War of 1896 lasted about 38 minutes.',
     [('duration', '38 minutes', 38, 'minute')]),
    ('n077', 'dur-historic', 'The siege of Leningrad lasted 872 days.',
     [('duration', '872 days', 872, 'day')]),
    ('c078', 'dur-historic', 'did the Byzantine Empire really last over a thousand years',
     [('duration', 'a thousand years', 1000, 'year')]),
    ('n079', 'dur-historic', 'Mandela spent 27 years in prison before his release.',
     [('duration', '27 years', 27, 'year')]),
    ('c080', 'dur-historic', 'the Ming dynasty ruled for nearly three centuries, right',
     [('duration', 'three centuries', 300, 'year')]),
    ('n081', 'dur-historic', 'The Roman Republic endured for almost five centuries.',
     [('duration', 'five centuries', 500, 'year')]),
    # ---- dur-sport
    ('n082', 'dur-sport', 'Djokovic and Nadal needed 5 hours and 53 minutes to settle the final.',
     [('duration', '5 hours and 53 minutes', 353, 'minute')]),
    ('n083', 'dur-sport', "Bolt's 9.58s from Berlin still stands as the world record.",
     [('duration', '9.58s', 9.58, 'second')]),
    ('n084', 'dur-sport', "Play at Lord's was halted by a three-hour rain delay.",
     [('duration', 'three-hour', 3, 'hour')]),
    ('c085', 'dur-sport', 'NBA quarters are 12 minutes, right?',
     [('duration', '12 minutes', 12, 'minute')]),
    ('n086', 'dur-sport', 'The opener batted for 7 hours 40 minutes to save the Test.',
     [('duration', '7 hours 40 minutes', 460, 'minute')]),
    ('n087', 'dur-sport', 'Sailing solo around the globe took the Frenchman 74 days, 22 hours and 35 minutes.',
     [('duration', '74 days, 22 hours and 35 minutes', 74 * 1440 + 22 * 60 + 35, 'minute')]),
    ('c088', 'dur-sport', 'the grand prix got red-flagged for 40 mins because of the rain',
     [('duration', '40 mins', 40, 'minute')]),
    ('c089', 'dur-sport', 'his hat-trick took just 2 min 56 sec',
     [('duration', '2 min 56 sec', 176, 'second')]),
    ('n090', 'dur-sport', 'The ultrarunner crossed the Sahara on foot in six days.',
     [('duration', 'six days', 6, 'day')]),
    ('n091', 'dur-sport', 'The defenceman got a five-minute major for the hit.',
     [('duration', 'five-minute', 5, 'minute')]),
    ('c092', 'dur-sport', 'how long is half-time in the Premier League, 15 minutes?',
     [('duration', '15 minutes', 15, 'minute')]),
    # ---- dur-court
    ('n093', 'dur-court', 'A former customs chief was jailed for 8 years for taking bribes.',
     [('duration', '8 years', 8, 'year')]),
    ('n094', 'dur-court', 'The trainer was barred from racing for 18 months after one of his horses failed a test.',
     [('duration', '18 months', 18, 'month')]),
    ('n095', 'dur-court', 'His driving licence was suspended for 90 days.',
     [('duration', '90 days', 90, 'day')]),
    ('n096', 'dur-court', 'The couple were banned from keeping animals for 10 years.',
     [('duration', '10 years', 10, 'year')]),
    ('n097', 'dur-court', 'The smugglers were jailed for a total of 31 years.',
     [('duration', '31 years', 31, 'year')]),
    ('n098', 'dur-court', 'He must serve at least two-thirds of his 12-year term.',
     [('duration', '12-year', 12, 'year')]),
    ('n099', 'dur-court', "The sprinter's four-year doping ban was cut to 21 months on appeal.",
     [('duration', 'four-year', 4, 'year'), ('duration', '21 months', 21, 'month')]),
    ('n100', 'dur-court', 'The judge gave the landlord 28 days to pay.',
     [('duration', '28 days', 28, 'day')]),
    ('n101', 'dur-court', 'The teenager must wear an electronic tag for 4 months.',
     [('duration', '4 months', 4, 'month')]),
    ('n102', 'dur-court', "Cycling's governing body banned the rider for two years over a missed test.",
     [('duration', 'two years', 2, 'year')]),
    ('n103', 'dur-court', 'The former president was given a suspended sentence of two years and six months.',
     [('duration', 'two years and six months', 30, 'month')]),
    # ---- dur-medical
    ('c104', 'dur-medical', "the spaniel's antibiotic is every 12 hours for 10 days",
     [('duration', '12 hours', 12, 'hour'), ('duration', '10 days', 10, 'day')]),
    ('c105', 'dur-medical', "the cat's stitches come out in 10 to 14 days",
     [('duration', '10 to 14 days', (10, 14), 'day')]),
    ('c106', 'dur-medical', 'how long after the rabies jab can the dog fly, 21 days?',
     [('duration', '21 days', 21, 'day')]),
    ('c107', 'dur-medical', 'the antibiotic drip runs over 30 minutes',
     [('duration', '30 minutes', 30, 'minute')]),
    ('c108', 'dur-medical', 'no food for 8 hrs before the scan',
     [('duration', '8 hrs', 8, 'hour')]),
    ('c109', 'dur-medical', 'the mare needs a 6-week box rest for the tendon',
     [('duration', '6-week', 6, 'week')]),
    ('c110', 'dur-medical', 'the puppy has to wait a fortnight after the second jab before walks',
     [('duration', 'a fortnight', 2, 'week')]),
    ('c111', 'dur-medical', 'the vet said keep him off that leg for a week and a half',
     [('duration', 'a week and a half', 1.5, 'week')]),
    ('n112', 'dur-medical', 'Some ambulances spent up to 14 hours waiting to hand over patients, figures show.',
     [('duration', '14 hours', 14, 'hour')]),
    # ---- dur-travel
    ('c113', 'dur-travel', 'the Perth to London flight is 17 hrs 20 nonstop',
     [('duration', '17 hrs 20', 1040, 'minute')]),
    ('c114', 'dur-travel', 'our flight from Lagos to Nairobi is 4h50',
     [('duration', '4h50', 290, 'minute')]),
    ('c115', 'dur-travel', 'there is a 55-minute layover in Istanbul, is that enough',
     [('duration', '55-minute', 55, 'minute')]),
    ('n116', 'dur-travel', 'The stricken yacht drifted for 11 days before a tanker spotted it.',
     [('duration', '11 days', 11, 'day')]),
    ('c117', 'dur-travel', "train's now 2 hrs 15 mins late, absolute joke",
     [('duration', '2 hrs 15 mins', 135, 'minute')]),
    ('c118', 'dur-travel', 'how long is the Red Funnel crossing, like 40 min?',
     [('duration', '40 min', 40, 'minute')]),
    ('n119', 'dur-travel', 'The trawler crew stood a 14-hour watch through the gale.',
     [('duration', '14-hour', 14, 'hour')]),
    ('c120', 'dur-travel', 'the drive to Mombasa is eight hours give or take',
     [('duration', 'eight hours', 8, 'hour')]),
    # ---- dur-tech
    ('c121', 'dur-tech', 'my ping to the EU server is 45 ms, why so high',
     [('duration', '45 ms', 45, 'millisecond')]),
    ('c122', 'dur-tech', 'six and a half hours to back up the laptop, seriously',
     [('duration', 'six and a half hours', 6.5, 'hour')]),
    ('n123', 'dur-tech', 'Card payments at the bank were down for almost 15 hours.',
     [('duration', '15 hours', 15, 'hour')]),
    ('c124', 'dur-tech', 'my plan has 500 minutes of calls and unlimited texts',
     [('duration', '500 minutes', 500, 'minute')]),
    # ---- dur-spoken
    ('c125', 'dur-spoken', 'put 1 hr 45 on the oven timer',
     [('duration', '1 hr 45', 105, 'minute')]),
    ('c126', 'dur-spoken', 'the loaf needs a good 20 minutes to cool',
     [('duration', '20 minutes', 20, 'minute')]),
    ('c127', 'dur-spoken', 'spent the best part of an hour on hold to the bank',
     [('duration', 'an hour', 1, 'hour')]),
    ('c128', 'dur-spoken', "it's getting on for three years since we moved to Leeds",
     [('duration', 'three years', 3, 'year')]),
    ('c129', 'dur-spoken', 'the passport office said two or three weeks',
     [('duration', 'two or three weeks', (2, 3), 'week')]),
    ('c130', 'dur-spoken', 'the guarantee on the boiler is a year or so',
     [('duration', 'a year', 1, 'year')]),
    ('c131', 'dur-spoken', 'the DMV ate half a day, unbelievable',
     [('duration', 'half a day', 0.5, 'day')]),
    ('c132', 'dur-spoken', 'the auction ends in 2 days 6 hours',
     [('duration', '2 days 6 hours', 54, 'hour')]),
    ('c133', 'dur-spoken', 'how many days is 3 weeks and 4 days',
     [('duration', '3 weeks and 4 days', 25, 'day')]),
    ('c134', 'dur-spoken', "the baby's been asleep for an hour and 10 mins",
     [('duration', 'an hour and 10 mins', 70, 'minute')]),
    # ---- dur-range
    ('c135', 'dur-range', "door to door it's 35 to 40 minutes on the tram",
     [('duration', '35 to 40 minutes', (35, 40), 'minute')]),
    ('n136', 'dur-range', 'Building the dam is expected to take five to seven years.',
     [('duration', 'five to seven years', (5, 7), 'year')]),
    # ---- dur-term
    ('c137', 'dur-term', 'the lease on the shop runs 3 yrs',
     [('duration', '3 yrs', 3, 'year')]),
    ('n138', 'dur-term', 'Rescuers reached the trapped miners after 69 days.',
     [('duration', '69 days', 69, 'day')]),
    # ---- dur-neg
    ('c139', 'dur-neg', 'is 127 Hours too gory to watch tonight',
     []),
    ('n140', 'dur-neg', "The Six-Day War redrew the region's map.",
     []),
    ('c141', 'dur-neg', "my essay on the Thirty Years' War is due friday",
     []),
    ('c142', 'dur-neg', "grandad's 94 and still does his own gardening",
     []),
    ('c143', 'dur-neg', 'the 7.40 from Leeds is running late again',
     []),
    ('c144', 'dur-neg', 'the cab is booked for 0630, set an alarm',
     []),
    ('c145', 'dur-neg', 'i do spin class three times a week',
     []),
    ('c146', 'dur-neg', "Rome wasn't built in a day, keep at the Spanish",
     []),
    ('n147', 'dur-neg', 'Critics called the scandal a nine-day wonder.',
     []),
    ('n148', 'dur-neg', 'The 40-year-old pilot had logged thousands of hours on the type.',
     []),
    ('c149', 'dur-neg', 'can you nudge me hourly to stand up',
     []),
    ('c150', 'dur-neg', 'is Twelve Years a Slave based on a true story',
     []),
    ('n151', 'dur-neg', 'Napoleon lost at Waterloo at the end of the Hundred Days.',
     []),
    ('n152', 'dur-neg', 'The NFL hit the linebacker with a six-game suspension.',
     []),
    # ---- qty-medical
    ('c153', 'qty-medical', 'my nan takes 75 mcg of levothyroxine every morning',
     [('quantity', '75 mcg', 75, 'microgram')]),
    ('c154', 'qty-medical', 'the Calpol syringe only holds 5 mL',
     [('quantity', '5 mL', 5, 'milliliter')]),
    ('c155', 'qty-medical', 'she is on oxygen at 2 L/min through the nasal prongs',
     [('quantity', '2 L/min', 2, ('liter', 'liter/minute'))]),
    ('c156', 'qty-medical', 'docetaxel is dosed at 75 mg/m² every cycle',
     [('quantity', '75 mg', 75, 'milligram')]),
    ('c157', 'qty-medical', 'is 1,000 mg of vitamin C a day overkill',
     [('quantity', '1,000 mg', 1000, 'milligram')]),
    ('c158', 'qty-medical', 'the EpiPen for adults is 0.3 mg of adrenaline',
     [('quantity', '0.3 mg', 0.3, 'milligram')]),
    ('n159', 'qty-medical', 'Farmers must give no more than 20 ml of the drench per sheep.',
     [('quantity', '20 ml', 20, 'milliliter')]),
    ('c160', 'qty-medical', 'the dose is 0.1 ml per kg and Rex weighs 32 kg',
     [('quantity', '0.1 ml', 0.1, 'milliliter'), ('quantity', '32 kg', 32, 'kilogram')]),
    # ---- qty-aviation
    ('c161', 'qty-aviation', "pilot says we're levelling off at 38,000 feet",
     [('quantity', '38,000 feet', 38000, 'foot')]),
    ('c162', 'qty-aviation', "ATRs cruise around 275 knots, so it's a slow hop",
     [('quantity', '275 knots', 275, 'knot')]),
    ('n163', 'qty-aviation', 'The A350 flew 9,700 nautical miles nonstop from Singapore to New York.',
     [('quantity', '9,700 nautical miles', 9700, 'nautical_mile')]),
    ('n164', 'qty-aviation', 'The runway at Lukla is just 527 metres long, one of the shortest anywhere.',
     [('quantity', '527 metres', 527, 'meter')]),
    ('c165', 'qty-aviation', 'landed with a 25 kts crosswind, bumpy as hell',
     [('quantity', '25 kts', 25, 'knot')]),
    ('n166', 'qty-aviation', 'Fog cut visibility to 800 m at Schiphol on Tuesday.',
     [('quantity', '800 m', 800, 'meter')]),
    ('n167', 'qty-aviation', 'The crew dumped 30 tonnes of fuel before returning to Heathrow.',
     [('quantity', '30 tonnes', 30, 'tonne')]),
    # ---- qty-maritime
    ('c168', 'qty-maritime', "it's 48 NM from the Needles to Cherbourg",
     [('quantity', '48 NM', 48, 'nautical_mile')]),
    ('n169', 'qty-maritime', 'The container ship was doing 22 knots when it struck the pier.',
     [('quantity', '22 knots', 22, 'knot')]),
    ('n170', 'qty-maritime', "The country's fishing zone extends 200 nautical miles offshore.",
     [('quantity', '200 nautical miles', 200, 'nautical_mile')]),
    ('c171', 'qty-maritime', 'our catamaran is 44 ft and draws 1.2 m',
     [('quantity', '44 ft', 44, 'foot'), ('quantity', '1.2 m', 1.2, 'meter')]),
    # ---- qty-mining
    ('n172', 'qty-mining', "Ghana's largest gold mine poured 412,000 troy ounces in 2024.",
     [('quantity', '412,000 troy ounces', 412000, 'troy_ounce')]),
    ('n173', 'qty-mining', 'A 1,098-carat diamond was unearthed in Botswana.',
     [('quantity', '1,098-carat', 1098, 'carat')]),
    ('n174', 'qty-mining', 'Nigeria pumped 1.5 million barrels a day in June.',
     [('quantity', '1.5 million barrels', 1500000, 'oil_barrel')]),
    ('n175', 'qty-mining', 'The Dangote refinery will process 650,000 bpd at full capacity.',
     [('quantity', '650,000 bpd', 650000, ('oil_barrel', 'oil_barrel/day'))]),
    ('n176', 'qty-mining', 'The smelter turns out 1,200 tonnes per day of copper cathode.',
     [('quantity', '1,200 tonnes', 1200, 'tonne')]),
    ('n177', 'qty-mining', 'The drill hole hit 14 metres at 6.2 grams per tonne gold.',
     [('quantity', '14 metres', 14, 'meter'), ('quantity', '6.2 grams', 6.2, 'gram')]),
    ('n178', 'qty-mining', 'Chilean copper shipments reached 5.3 million tonnes.',
     [('quantity', '5.3 million tonnes', 5300000, 'tonne')]),
    ('n179', 'qty-mining', 'The brooch is set with a 3.02 ct Colombian emerald.',
     [('quantity', '3.02 ct', 3.02, 'carat')]),
    ('n180', 'qty-mining', 'US LNG exports averaged 11.9 billion cubic feet per day.',
     [('quantity', '11.9 billion cubic feet', 11900000000, 'foot**3')]),
    # ---- qty-construction
    ('c181', 'qty-construction', 'the driveway pour is 9 cubic yards, book the truck',
     [('quantity', '9 cubic yards', 9, 'yard**3')]),
    ('c182', 'qty-construction', 'the engineer wants 4,000 psi concrete in the footings',
     [('quantity', '4,000 psi', 4000, 'psi')]),
    ('c183', 'qty-construction', 'put the studs at 16 inches on center',
     [('quantity', '16 inches', 16, 'inch')]),
    ('c184', 'qty-construction', 'the slab is 6 inches thick with rebar at 300 mm spacing',
     [('quantity', '6 inches', 6, 'inch'), ('quantity', '300 mm', 300, 'millimeter')]),
    ('c185', 'qty-construction', 'ordered 450 board feet of white oak for the floor',
     [('quantity', '450 board feet', 450, 'board_foot')]),
    ('c186', 'qty-construction', 'how many sheets of 3/4-inch ply for a shed floor',
     [('quantity', '3/4-inch', 0.75, 'inch')]),
    ('n187', 'qty-construction', 'The tower crane can lift 18 tonnes at a 60-metre radius.',
     [('quantity', '18 tonnes', 18, 'tonne'), ('quantity', '60-metre', 60, 'meter')]),
    ('c188', 'qty-construction', 'we need 120 linear feet of skirting board',
     [('quantity', '120 linear feet', 120, 'foot')]),
    ('c189', 'qty-construction', 'hired a 13-ton excavator for the weekend',
     [('quantity', '13-ton', 13, TON)]),
    # ---- qty-textile
    ('c190', 'qty-textile', 'i need three and a half yards of linen for the curtains',
     [('quantity', 'three and a half yards', 3.5, 'yard')]),
    ('c191', 'qty-textile', 'get the 15 denier tights, the 40 denier ones are too thick',
     [('quantity', '15 denier', 15, 'denier'), ('quantity', '40 denier', 40, 'denier')]),
    ('c192', 'qty-textile', 'the hoodie is 400 gsm brushed cotton',
     [('quantity', '400 gsm', 400, 'gram/meter**2')]),
    ('c193', 'qty-textile', 'the quilt pattern needs three-quarters of a yard of each print',
     [('quantity', 'three-quarters of a yard', 0.75, 'yard')]),
    ('c194', 'qty-textile', 'the seam allowance on this pattern is 5/8 inch',
     [('quantity', '5/8 inch', 0.625, 'inch')]),
    # ---- qty-data
    ('c195', 'qty-data', 'they sold me 900 Mbps fibre but the wifi never gets near it',
     [('quantity', '900 Mbps', 900, 'megabit/second')]),
    ('c196', 'qty-data', 'download the 48 GB update overnight please',
     [('quantity', '48 GB', 48, GB)]),
    ('c197', 'qty-data', 'the NAS has two 8 TB drives in it',
     [('quantity', '8 TB', 8, TB)]),
    ('c198', 'qty-data', 'upload is 20 Mb/s, is that enough to stream',
     [('quantity', '20 Mb/s', 20, 'megabit/second')]),
    ('n199', 'qty-data', 'The new undersea cable can carry 250 terabits per second.',
     [('quantity', '250 terabits', 250, 'terabit/second')]),
    ('c200', 'qty-data', 'the copy to the server is running at 110 MB/s',
     [('quantity', '110 MB/s', 110, MBS)]),
    ('c201', 'qty-data', "i've used 14.2GB of my 20GB allowance already",
     [('quantity', '14.2GB', 14.2, GB), ('quantity', '20GB', 20, GB)]),
    ('c202', 'qty-data', 'a 6.1-inch screen is too small for me',
     [('quantity', '6.1-inch', 6.1, 'inch')]),
    ('n203', 'qty-data', 'The regulator auctioned 100 MHz of spectrum at 3.5 GHz.',
     [('quantity', '100 MHz', 100, 'megahertz'), ('quantity', '3.5 GHz', 3.5, 'gigahertz')]),
    # ---- qty-composite
    ('c204', 'qty-composite', 'the new keeper is 6 ft 5, all arms and legs',
     [('quantity', '6 ft 5', 77, 'inch')]),
    ('c205', 'qty-composite', 'baby Amara weighed in at 7 lb 3 oz, both doing well',
     [('quantity', '7 lb 3 oz', 7 + 3 / 16, 'pound')]),
    ('c206', 'qty-composite', "i'm 11 st 6 after the holidays",
     [('quantity', '11 st 6', 160, 'pound')]),
    ('c207', 'qty-composite', 'the shelf is a foot and a half wide',
     [('quantity', 'a foot and a half', 1.5, 'foot')]),
    # ---- qty-fraction
    ('c208', 'qty-fraction', "just an eighth of a teaspoon of cayenne or the kids won't eat it",
     [('quantity', 'an eighth of a teaspoon', 0.125, 'teaspoon')]),
    ('c209', 'qty-fraction', 'did two and a quarter miles on the treadmill',
     [('quantity', 'two and a quarter miles', 2.25, 'mile')]),
    # ---- qty-word
    ('c210', 'qty-word', 'the pike he landed weighed twenty-two pounds',
     [('quantity', 'twenty-two pounds', 22, 'pound')]),
    # ---- qty-range
    ('c211', 'qty-range', 'the wine fridge should sit between 10 and 13 degrees',
     [('quantity', '10 and 13 degrees', (10, 13), TEMP)]),
    ('n212', 'qty-range', 'The mine will move 80,000 to 100,000 tonnes of ore a day.',
     [('quantity', '80,000 to 100,000 tonnes', (80000, 100000), 'tonne')]),
    ('c213', 'qty-range', 'anywhere from 2 to 4 TB should do for photos',
     [('quantity', '2 to 4 TB', (2, 4), TB)]),
    # ---- qty-bound
    ('c214', 'qty-bound', 'the rain barrel takes 55 litres or thereabouts',
     [('quantity', '55 litres', 55, 'liter')]),
    ('n215', 'qty-bound', 'Forecasters warned of gusts in excess of 100 km/h in the Western Cape.',
     [('quantity', '100 km/h', 100, 'kilometer/hour')]),
    ('c216', 'qty-bound', "the bull's well over 900 kg now",
     [('quantity', '900 kg', 900, 'kilogram')]),
    ('c217', 'qty-bound', 'the oven goes as low as 50°C for proving',
     [('quantity', '50°C', 50, 'degree_Celsius')]),
    # ---- qty-neg
    ('c218', 'qty-neg', "the captain says we're climbing to FL370",
     []),
    ('c219', 'qty-neg', 'the 400 thread count sheets are on offer',
     []),
    ('c220', 'qty-neg', 'knit it in 8-ply on a circular needle',
     []),
    ('n221', 'qty-neg', 'A Boeing 787-9 was diverted to Shannon after a smoke alert.',
     []),
    ('c222', 'qty-neg', 'the banking app is rated 4.7 out of 5',
     []),
    ('c223', 'qty-neg', 'is 5G faster than Wi-Fi 6 at home',
     []),
    ('c224', 'qty-neg', 'squawk 7700 means an emergency, right',
     []),
    ('c225', 'qty-neg', 'we came second with 23 out of 30 at trivia night',
     []),
    ('n226', 'qty-neg', 'Harambee Stars edged Uganda 2-1 in Kampala.',
     []),
    ('c227', 'qty-neg', 'she needs a 7 in IELTS for the visa',
     []),
    ('c228', 'qty-neg', 'she injects 8 units of insulin before dinner',
     []),
    ('c229', 'qty-neg', "it's a 3-bed semi with room for 2 cars",
     []),
    ('c230', 'qty-neg', 'Platform 9¾ is at King\'s Cross, right',
     []),
    ('c231', 'qty-neg', 'come off the M1 at junction 24',
     []),
    # ---- mixed
    ('c232', 'mixed', 'parking in town was £3 and 20p for two hours',
     [('money', '£3 and 20p', 3.2, 'GBP'), ('duration', 'two hours', 2, 'hour')]),
    ('c233', 'mixed', 'a thai massage in Chiang Mai was 300 THB for an hour',
     [('money', '300 THB', 300, 'THB'), ('duration', 'an hour', 1, 'hour')]),
    ('n234', 'mixed', 'Morocco kept the price of a 12 kg butane bottle at 50 DH.',
     [('quantity', '12 kg', 12, 'kilogram'), ('money', '50 DH', 50, 'MAD')]),
    ('c235', 'mixed', 'the tourist sim in Colombo was LKR 1,200 with 20 GB',
     [('money', 'LKR 1,200', 1200, 'LKR'), ('quantity', '20 GB', 20, GB)]),
    ('n236', 'mixed', 'She received a two-year suspended sentence and a £5,000 fine.',
     [('duration', 'two-year', 2, 'year'), ('money', '£5,000', 5000, 'GBP')]),
    ('n237', 'mixed', 'The Australian touched in 2:05.13 to win the 200 metres butterfly.',
     [('duration', '2:05.13', 125.13, 'second'), ('quantity', '200 metres', 200, 'meter')]),
    ('n238', 'mixed', 'The airliner descended to 10,000 ft in under three minutes.',
     [('quantity', '10,000 ft', 10000, 'foot'), ('duration', 'three minutes', 3, 'minute')]),
    ('c239', 'mixed', "give Rex 2.5 ml every 12 hours, he's 25 kg",
     [('quantity', '2.5 ml', 2.5, 'milliliter'), ('duration', '12 hours', 12, 'hour'),
      ('quantity', '25 kg', 25, 'kilogram')]),
    ('c240', 'mixed', "gold's at $2,650 an ounce, so my 2 oz coin is worth over five grand",
     [('money', '$2,650', 2650, 'USD'), ('quantity', '2 oz', 2, GOLD_OZ),
      ('money', 'five grand', 5000, GRAND)]),
    ('n241', 'mixed', 'Brent rose to $78.40 a barrel after producers cut output by 1.2 million barrels per day.',
     [('money', '$78.40', 78.4, 'USD'), ('quantity', '1.2 million barrels', 1200000, 'oil_barrel')]),
    ('c242', 'mixed', 'a 40-foot container from Mombasa to Kampala takes 5 days and costs $3,200',
     [('quantity', '40-foot', 40, 'foot'), ('duration', '5 days', 5, 'day'),
      ('money', '$3,200', 3200, 'USD')]),
    ('c243', 'mixed', 'ready-mix is $165 per cubic yard and we need about 7.5 cubic yards',
     [('money', '$165', 165, 'USD'), ('quantity', '7.5 cubic yards', 7.5, 'yard**3')]),
    ('n244', 'mixed', 'A Lagos operator now sells a 25GB bundle for ₦6,000, valid for 30 days.',
     [('quantity', '25GB', 25, GB), ('money', '₦6,000', 6000, 'NGN'),
      ('duration', '30 days', 30, 'day')]),
    ('n245', 'mixed', 'A Pretoria court jailed the welder for 6 years and fined him R200,000.',
     [('duration', '6 years', 6, 'year'), ('money', 'R200,000', 200000, 'ZAR')]),
    ('c246', 'mixed', 'the flight from Accra to Lagos is 1h10 and cost me $210',
     [('duration', '1h10', 70, 'minute'), ('money', '$210', 210, 'USD')]),
    ('n247', 'mixed', 'The tanker carried 2 million barrels of crude 6,000 nautical miles in 19 days.',
     [('quantity', '2 million barrels', 2000000, 'oil_barrel'),
      ('quantity', '6,000 nautical miles', 6000, 'nautical_mile'), ('duration', '19 days', 19, 'day')]),
    ('c248', 'mixed', 'two nights at the hostel in Sofia came to 60 leva',
     [('duration', 'two nights', 2, 'day'), ('money', '60 leva', 60, 'BGN')]),
    ('c249', 'mixed', 'a 3-hour cooking class in Hoi An was 650,000 dong',
     [('duration', '3-hour', 3, 'hour'), ('money', '650,000 dong', 650000, 'VND')]),
    ('c250', 'mixed', 'bought a kilo of Yirgacheffe beans in Addis for 900 birr',
     [('quantity', 'a kilo', 1, 'kilogram'), ('money', '900 birr', 900, 'ETB')]),
    ('n251', 'mixed', 'A 4.2-carat pink diamond sold for $3.4 million in Geneva.',
     [('quantity', '4.2-carat', 4.2, 'carat'), ('money', '$3.4 million', 3400000, 'USD')]),
    ('n252', 'mixed', 'Dock workers in Durban stayed out for 9 days, costing R1.2bn a day.',
     [('duration', '9 days', 9, 'day'), ('money', 'R1.2bn', 1200000000, 'ZAR')]),
    ('n253', 'mixed', 'The 660 km bus journey from Nairobi to Kampala takes about 12 hours.',
     [('quantity', '660 km', 660, 'kilometer'), ('duration', '12 hours', 12, 'hour')]),
    ('c254', 'mixed', 'the 2 TB cloud tier costs 9,99 € monthly',
     [('quantity', '2 TB', 2, TB), ('money', '9,99 €', 9.99, 'EUR')]),
    ('c255', 'mixed', 'the print shop in Kigali did 500 flyers on 170 gsm paper for RWF 25,000',
     [('quantity', '170 gsm', 170, 'gram/meter**2'), ('money', 'RWF 25,000', 25000, 'RWF')]),
]
