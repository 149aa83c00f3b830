"""Held-out probe chat11: money amounts, durations and physical quantities.

~70% chat/voice-assistant utterances (ids cNNN), ~30% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7, chat8, chat9,
chat10 or classes). Domains lean on what the earlier probes used least: insurance and
pensions, shipping and freight, farming and livestock, pharmacy doses, real estate
areas, energy bills (kWh, therms, gas meter m³), fuel economy, weather (rain, knots,
millibars, inHg), engineering (torque, pressure, voltage, amp-hours, cable sizes),
cooking, fitness, sports results and contracts, courts and sentences, subscriptions
and billing periods, salary and rent periods, mixed-currency travel (CHF, SEK, NOK,
DKK, CZK, ZAR, NZD, SGD, HKD, INR lakh/crore, BRL, MXN, ARS), spoken and typed
shortenings, ranges and bounds, composites, fractions and numbers written as words.
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
chat8's (../chat8/cases.py) and chat10's (../chat10/cases.py), all unchanged and
decided before writing the rows; then:

ADDED IN THIS PROBE (beyond chat4's, chat5's, chat6's, chat8's and chat10's headers;
also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "a maximum
   of", "a minimum of", "at most", "give or take", "or more", a trailing "+"
   ("10+ years" = 10 year) and the prefix "sub-" ("a sub-three-hour marathon" =
   3 hour); "just over an hour" = 1 hour (chat6's "just over" with chat4's "an").
 * Fractional adjectives and spoken fractions bind to the unit: "a quarter-acre plot"
   = 0.25 acre, "a half-mile loop" = 0.5 mile, "a half-pound burger" = 0.5 pound
   (mass), "two-thirds of an acre" = 2/3 acre, "three-eighths of an inch" = 3/8 inch,
   "a pound and a half" of meat = 1.5 pound (mass; chat5's "a mile and a half").
 * "a heaped tablespoon" (also level, scant, generous) = 1 of the unit (chat4's "a").
 * chat4's rate-denominator rule in billing, farming, freight and pharmacy forms:
   "pcm", "p.a.", "/hr", "/month", "per user per month", "a bale", "a head",
   "per box", "per 40ft container", "a tonne", "p/kg", "a word", "-a-week" inside an
   adjective ("a £90,000-a-week contract" = 90000 GBP), "tonnes a hectare",
   "kg ... per hectare", "mg/kg" and the "/5ml" of a liquid strength ("250mg/5ml" =
   250 mg only): only the numerator is claimed. "billed annually", "monthly",
   "weekly" (as in "the weekly rent"), "fortnightly" and "daily" are frequencies
   (nothing); "every 4 weeks" stays chat6's interval claim (4 week).
 * A race named by its distance is a length, extending chat6's "a 10K": "the 1500m"
   = 1500 meter, "the whole 10k" = 10 kilometer.
 * "12 m by 8 m" = one claim per dimension (chat8's "4m x 3m" with "by").
 * More numbers that are not claims: percentages in finance ("6.9% APR", "a 15%
   no-claims discount", a fund charge of "nought point seven five percent"),
   index points, heart rate in "bpm", vitamin and insulin "IU" (not a pint unit),
   container capacity in "TEU" (a count of boxes), fuel grades ("95 octane", "E10"),
   EV plug types ("Type 2"), points on a driving licence, degree classes ("a 2:1"),
   golf scores and pars ("a 79", "par 72"), snooker breaks ("a 147"), hurricane
   categories, rounds and reps ("5 rounds of 15 burpees"), dress sizes ("a size
   12"), unitless baking-pan sizes ("a 9x13 pan", like chat8's "2x4s"), tractor and
   phone model numbers ("John Deere 6155R", "Galaxy S24"), return periods ("a
   1-in-200-year flood") and clock times written with a dot ("the 6.15 to
   Penzance") or as "04:30".
 * More names and idioms with no claim: "Pennies from Heaven", "Two Weeks Notice",
   "The 4-Hour Workweek", "One Hundred Years of Solitude", "Five Feet Apart",
   "Six Feet Under", "the Hundred Years' War", "every penny counts", "pennies on the
   dollar", "at the eleventh hour", "a month of Sundays".
Money
 * More currency names: "kronor" = SEK; "kroner" with Copenhagen = DKK and with Oslo
   = NOK; "kr." (with a dot) = chat4's "kr"; "crowns" in Prague = CZK; "pesos" in
   Argentina (Mendoza) = ARS; "AR$" = ARS; "Fr." before a Swiss amount = CHF;
   "rand ... cents" in Durban = ZAR; "nicker" = GBP; "c" and "cents" in an NZ
   context (Auckland) = NZD; "cents" in Cork = EUR (chat4's Irish rule).
 * A "$" amount followed by an ISO code takes the code's currency: "$850 MXN" = 850
   MXN, "$189 NZD" = 189 NZD.
 * More number formats: Swiss "Fr. 1'850.–" (apostrophe thousands, ".–" = no cents)
   = 1850 CHF; "kr. 1.295" (Danish dot thousands) = 1295; "R$ 3.450,00" and
   "AR$ 296.832" follow chat4's European grouping (3450 BRL, 296832 ARS);
   space thousands after a code or "R" ("ZAR 14 950", "R45 000", "1 890 CZK").
 * Indian forms: "lacs"/"lac" = lakh; "LPA" = lakh per annum ("12 LPA" = 1200000
   INR, "per annum" is the denominator); "package" (salary) in lakh = INR.
 * "mil" with no currency mark in a price ("went for half a mil") accepts USD or GBP
   like "grand"; glued "$2.5mil" = 2500000 USD; "5k quid" = 5000 GBP and "20k
   euros" = 20000 EUR (chat8's k next to a currency word).
 * "£2 and 50p" = 2.50 GBP (one composite claim); "forty-five rand and fifty cents"
   = 45.50 ZAR; "twelve and a half thousand dollars" = 12500 USD.
 * Premiums, excesses, pension values, standing charges ("53.2p a day" = 0.532 GBP),
   unit rates ("24.86p per kWh" = 0.2486 GBP), freight rates, stamp duty, court
   fines, costs and victim surcharges, salaries and rents are ordinary money claims.
Durations
 * More shortenings: "mths" = month (also glued: "18mths"), "wk" singular ("6 wk",
   "a 4-6 wk wait" = (4, 6) week), "yrs", glued "35min" and "1hr", "10 min." with a
   full stop, "a 45-min slot" (adjectival), "2hrs 20" = 140 minute (chat5's
   trailing-number rule).
 * Spoken compounds: "an hour forty" = 100 minute, "an hour and three quarters" =
   1.75 hour, "four and a quarter hours" = 4.25 hour, "twenty-two years and six
   months" = 270 month.
 * Pace: "an 8-minute mile" = 8 minute and "5:15/km" = 315 second; the distance is
   the denominator (unclaimed).
 * An "m:ss"/"m:ss.s" time tied to a distance is a duration whichever comes first
   ("clocked 27:05 over 10,000 metres" = 1625 second, extending chat10's "2,000 m
   in 7:41"); "h:mm:ss" after "ran" is chat6's race time.
 * Billing and insurance terms are durations: "a 30-day free trial", "a 14-day
   cooling-off period", "a 24-month minimum term", "a 13-week deferred period",
   "a 20-year term policy", "free for 3 months", "a 30-day supply" of a medicine,
   "a year's supply" (chat10's possessive) = 1 year.
 * Court terms: a suspended sentence gives two claims ("jailed for 14 months,
   suspended for two years"); "200 hours of unpaid work", curfews and driving bans
   in time units, "a minimum term of 28 years" and "served 9 months of a two-year
   ban" (two claims) are durations; "jailed for life" and a curfew's clock times
   ("from 7pm to 7am") are not.
 * Farming: gestation ("carry for about 147 days"), meat withdrawal periods ("a
   28-day meat withdrawal") and chitting or curing times are durations; the age of
   an animal ("the 3-year-old filly") is an age (nothing).
 * "a state pension age of 67" is an age (nothing); "last quarter" (no number)
   is an ordinal period (nothing), like chat4's "the second week of June".
Quantities
 * More units: "therms" accept the EC or US therm; "cwt" accepts the short or long
   hundredweight; "lb-ft" torque = foot*pound_force; "Ah" = ampere_hour (also glued:
   "110Ah", "5.0Ah"); "kPa", "MPa", "kV", "millibars" = millibar, "inHg" = inch_Hg,
   "km/l" = kilometer/liter (fuel economy), "kJ" = kilojoule (food energy), "mm²"
   (cable size) = millimeter**2, "sqm" and "ft²" = square metre / square foot, "m³"
   on a gas meter = meter**3, "W" for a cyclist's power (FTP) = watt.
 * Livestock weights ("550 kg liveweight"), crop yields, fertiliser rates and
   bushels are quantities by chat4's rate rule; "red diesel" in litres is a volume.
 * A field goal or putt length ("a 57-yard field goal", "a 40-foot putt") is a length;
   "the 18th" (a hole) is an ordinal.
 * A ship's draught and speed in knots are quantities; the size of a tin ("two 400g
   tins") or a vial ("a 3 ml vial") is a quantity and the number of tins a count.
 * Composites: "five foot ten and a half" = 70.5 inch, "1 ft 3 in" = 15 inch,
   "4 kg 600 g" = 4.6 kilogram, "3 m 40" = 3.4 meter (chat5's trailing number).
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


ROWS = [
    # ---- money-symbol
    ('c001', 'money-symbol', 'my car insurance renewal came in at $1,384, up from $1,090',
     [('money', '$1,384', 1384, 'USD'), ('money', '$1,090', 1090, 'USD')]),
    ('c002', 'money-symbol', 'the boiler cover is £14.50 a month, is that a rip-off',
     [('money', '£14.50', 14.5, 'GBP')]),
    ('n003', 'money-symbol', 'Stamp duty on a typical first home will fall to £2,950, the Treasury said.',
     [('money', '£2,950', 2950, 'GBP')]),
    ('n004', 'money-symbol', 'A pedigree Charolais bull sold for £31,000 at the Stirling sales.',
     [('money', '£31,000', 31000, 'GBP')]),
    # ---- money-code
    ('c005', 'money-code', 'a day pass in Verbier is CHF 79 this winter',
     [('money', 'CHF 79', 79, 'CHF')]),
    ('c006', 'money-code', 'the hostel in Bergen charged NOK 495 for a dorm bed',
     [('money', 'NOK 495', 495, 'NOK')]),
    ('c007', 'money-code', 'the cenote tour near Tulum was $850 MXN cash',
     [('money', '$850 MXN', 850, 'MXN')]),
    ('n008', 'money-code', 'A certificate to own a car in Singapore now costs SGD 106,000.',
     [('money', 'SGD 106,000', 106000, 'SGD')]),
    ('n009', 'money-code', 'Copenhagen raised the fare for a two-zone ticket to DKK 26.',
     [('money', 'DKK 26', 26, 'DKK')]),
    # ---- money-word
    ('c010', 'money-word', 'the home insurance went up by a hundred and twelve dollars this year',
     [('money', 'a hundred and twelve dollars', 112, 'USD')]),
    ('c011', 'money-word', 'my old work pension is worth nineteen thousand four hundred euros',
     [('money', 'nineteen thousand four hundred euros', 19400, 'EUR')]),
    ('c012', 'money-word', 'he sold the tractor for twelve and a half thousand dollars',
     [('money', 'twelve and a half thousand dollars', 12500, 'USD')]),
    ('n013', 'money-word', 'A tribunal told the letting agent to refund eleven thousand pounds in fees.',
     [('money', 'eleven thousand pounds', 11000, 'GBP')]),
    ('n014', 'money-word', 'Each dairy farm hit by the drought will receive three thousand euros.',
     [('money', 'three thousand euros', 3000, 'EUR')]),
    # ---- money-spoken
    ('c015', 'money-spoken', 'ewe nuts have gone up to eleven pounds eighty a bag',
     [('money', 'eleven pounds eighty', 11.8, 'GBP')]),
    ('c016', 'money-spoken', 'the train from Zurich to Lucerne was twenty-six francs forty',
     [('money', 'twenty-six francs forty', 26.4, 'CHF')]),
    ('c017', 'money-spoken', 'diesel was a dollar eighty-nine a gallon when i started driving',
     [('money', 'a dollar eighty-nine', 1.89, 'USD')]),
    ('c018', 'money-spoken', 'the removal van was three hundred and six pounds twenty for the day',
     [('money', 'three hundred and six pounds twenty', 306.2, 'GBP')]),
    # ---- money-slang
    ('c019', 'money-slang', 'the roofer wants 5k quid to redo the flashing',
     [('money', '5k quid', 5000, 'GBP')]),
    ('c020', 'money-slang', 'the ranch next door went for half a mil',
     [('money', 'half a mil', 500000, GRAND)]),
    ('c021', 'money-slang', 'the backup tight end got $2.5mil guaranteed',
     [('money', '$2.5mil', 2500000, 'USD')]),
    ('c022', 'money-slang', 'i bet him a tenner the ewes would lamb before friday',
     [('money', 'a tenner', 10, GRAND)]),
    ('c023', 'money-slang', 'got the exhaust welded for 40 nicker',
     [('money', '40 nicker', 40, 'GBP')]),
    # ---- money-local
    ('c024', 'money-local', 'a sauna session in Gothenburg was 95 kronor',
     [('money', '95 kronor', 95, 'SEK')]),
    ('c025', 'money-local', 'smørrebrød in Copenhagen was 145 kroner each',
     [('money', '145 kroner', 145, 'DKK')]),
    ('c026', 'money-local', 'the fjord cruise from Oslo was 720 kroner',
     [('money', '720 kroner', 720, 'NOK')]),
    ('c027', 'money-local', 'a beer in Prague is about 60 crowns',
     [('money', '60 crowns', 60, 'CZK')]),
    ('c028', 'money-local', 'a steak dinner in Mendoza was 28,000 pesos for two',
     [('money', '28,000 pesos', 28000, 'ARS')]),
    ('c029', 'money-local', 'the chilli crab in Singapore came to S$128 for four of us',
     [('money', 'S$128', 128, 'SGD')]),
    ('n030', 'money-local', "Argentina's minimum pension now stands at AR$ 296.832 a month after the latest rise.",
     [('money', 'AR$ 296.832', 296832, 'ARS')]),
    # ---- money-format
    ('c031', 'money-format', "my rent in Bern is Fr. 1'850.– a month",
     [('money', "Fr. 1'850.–", 1850, 'CHF')]),
    ('c032', 'money-format', 'the tyre change in Aarhus was kr. 1.295',
     [('money', 'kr. 1.295', 1295, KR)]),
    ('c033', 'money-format', 'the sofa in São Paulo was R$ 3.450,00 in ten instalments',
     [('money', 'R$ 3.450,00', 3450, 'BRL')]),
    ('c034', 'money-format', 'the flight to Cape Town was ZAR 14 950 return',
     [('money', 'ZAR 14 950', 14950, 'ZAR')]),
    ('n035', 'money-format', 'The insurer paid out R45 000 to each hail-hit farmer in the Free State.',
     [('money', 'R45 000', 45000, 'ZAR')]),
    # ---- money-minor
    ('c036', 'money-minor', 'the standing charge is 53.2p a day now',
     [('money', '53.2p', 0.532, 'GBP')]),
    ('n037', 'money-minor', 'The price cap sets electricity at 24.86p per kWh from July.',
     [('money', '24.86p', 0.2486, 'GBP')]),
    ('c038', 'money-minor', 'a plastic bag at the Auckland supermarket is 20c',
     [('money', '20c', 0.2, 'NZD')]),
    ('n039', 'money-minor', 'Creameries in Cork raised the milk price to 48 cents a litre.',
     [('money', '48 cents', 0.48, 'EUR')]),
    # ---- money-composite
    ('c040', 'money-composite', 'the bridge toll was £2 and 50p each way',
     [('money', '£2 and 50p', 2.5, 'GBP')]),
    ('c041', 'money-composite', 'a bunny chow in Durban was forty-five rand and fifty cents',
     [('money', 'forty-five rand and fifty cents', 45.5, 'ZAR')]),
    # ---- money-scale
    ('n042', 'money-scale', 'The council pension scheme wrote down £1.9bn of property investments.',
     [('money', '£1.9bn', 1900000000, 'GBP')]),
    ('n043', 'money-scale', 'A Hong Kong flat the size of a parking space sold for HK$2.1 million.',
     [('money', 'HK$2.1 million', 2100000, 'HKD')]),
    ('c044', 'money-scale', "my brother's package is 18 lacs a year",
     [('money', '18 lacs', 1800000, 'INR')]),
    ('c045', 'money-scale', 'she got placed at 12 LPA in Bangalore',
     [('money', '12 LPA', 1200000, 'INR')]),
    ('n046', 'money-scale', 'The state will spend ₹1,200 crore on crop insurance payouts.',
     [('money', '₹1,200 crore', 12000000000, 'INR')]),
    ('c047', 'money-scale', 'the farm down the road sold for 3.4 million NZD',
     [('money', '3.4 million NZD', 3400000, 'NZD')]),
    ('n048', 'money-scale', 'Regulators hit a Durban port operator with a R350 million penalty.',
     [('money', 'R350 million', 350000000, 'ZAR')]),
    ('n049', 'money-scale', 'Prague pledged CZK 4.5 billion in aid to farms hit by the floods.',
     [('money', 'CZK 4.5 billion', 4500000000, 'CZK')]),
    # ---- money-range
    ('c050', 'money-range', 'a used quad bike goes for 4 to 6 grand round here',
     [('money', '4 to 6 grand', (4000, 6000), GRAND)]),
    ('c051', 'money-range', 'term life quotes came back at $38–$52 a month',
     [('money', '$38–$52', (38, 52), 'USD')]),
    ('c052', 'money-range', 'hay is fetching £40-£55 a bale this winter',
     [('money', '£40-£55', (40, 55), 'GBP')]),
    ('n053', 'money-range', 'Store lambs sold for between £95 and £130 a head at Welshpool.',
     [('money', '£95 and £130', (95, 130), 'GBP')]),
    ('n054', 'money-range', 'Container rates on the route ranged from $1,800 to $2,600 per box.',
     [('money', '$1,800 to $2,600', (1800, 2600), 'USD')]),
    ('c055', 'money-range', 'a flat in Lisbon will be anywhere between €1,400 and €1,700 pcm',
     [('money', '€1,400 and €1,700', (1400, 1700), 'EUR')]),
    ('c056', 'money-range', 'freelance translators charge 8-12 cents a word',
     [('money', '8-12 cents', (0.08, 0.12), 'USD')]),
    # ---- money-bound
    ('c057', 'money-bound', "i'll go to a maximum of £300 for the pram",
     [('money', '£300', 300, 'GBP')]),
    ('c058', 'money-bound', 'the roof repair will be $2,000, give or take',
     [('money', '$2,000', 2000, 'USD')]),
    ('n059', 'money-bound', 'New retirees will get at most €1,150 a month from the scheme.',
     [('money', '€1,150', 1150, 'EUR')]),
    # ---- money-rate
    ('c060', 'money-rate', 'the flat in Leith is £1,150 pcm plus bills',
     [('money', '£1,150', 1150, 'GBP')]),
    ('c061', 'money-rate', 'the job in Leeds pays £38,500 p.a. plus pension',
     [('money', '£38,500', 38500, 'GBP')]),
    ('c062', 'money-rate', 'the cloud plan is $8 per user per month, billed annually',
     [('money', '$8', 8, 'USD')]),
    ('c063', 'money-rate', 'the streaming family plan is 179 kr a month here in Malmö',
     [('money', '179 kr', 179, KR)]),
    ('c064', 'money-rate', 'the weekly rent on the Ponsonby flat is NZ$720',
     [('money', 'NZ$720', 720, 'NZD')]),
    ('c065', 'money-rate', 'barista gig downtown, $21.50/hr plus tips, should i take it',
     [('money', '$21.50', 21.5, 'USD')]),
    ('n066', 'money-rate', 'From April the full state pension is £230.25 a week, up 4.1%.',
     [('money', '£230.25', 230.25, 'GBP')]),
    ('n067', 'money-rate', 'Milling wheat in Paris closed at €214 a tonne.',
     [('money', '€214', 214, 'EUR')]),
    ('c068', 'money-rate', 'the bullocks went through the ring at 345p/kg deadweight',
     [('money', '345p', 3.45, 'GBP')]),
    ('n069', 'money-rate', 'The striker signed a £90,000-a-week contract with the Saudi club.',
     [('money', '£90,000', 90000, 'GBP')]),
    ('n070', 'money-rate', 'Freight rates from Shanghai to Rotterdam climbed to $4,120 per 40ft container.',
     [('money', '$4,120', 4120, 'USD')]),
    # ---- money-court
    ('n071', 'money-court', 'The haulier was fined £1,200, with £650 costs and a £114 victim surcharge.',
     [('money', '£1,200', 1200, 'GBP'), ('money', '£650', 650, 'GBP'),
      ('money', '£114', 114, 'GBP')]),
    ('n072', 'money-court', 'The farm was fined €18,500 after slurry leaked into the river.',
     [('money', '€18,500', 18500, 'EUR')]),
    ('c073', 'money-court', 'the parking fine is $65, or $130 if i pay late',
     [('money', '$65', 65, 'USD'), ('money', '$130', 130, 'USD')]),
    # ---- money-neg
    ('c074', 'money-neg', 'my pension fund charges nought point seven five percent a year',
     []),
    ('c075', 'money-neg', 'play Pennies from Heaven by Louis Prima',
     []),
    ('c076', 'money-neg', "every penny counts when you're saving for a deposit",
     []),
    ('c077', 'money-neg', 'the car loan has a 6.9% APR',
     []),
    ('n078', 'money-neg', 'The Hang Seng shed 310 points by the close.',
     []),
    ('c079', 'money-neg', 'we got pennies on the dollar for the old combine',
     []),
    ('c080', 'money-neg', 'the insurer gave me a 15% no-claims discount',
     []),
    # ---- dur-span
    ('c081', 'dur-span', 'the ewes carry for about 147 days, so lambing starts in march',
     [('duration', '147 days', 147, 'day')]),
    ('n082', 'dur-span', 'The heatwave lasted 13 days in the Po Valley, farmers said.',
     [('duration', '13 days', 13, 'day')]),
    ('c083', 'dur-span', 'chit the seed potatoes for 6 weeks before planting',
     [('duration', '6 weeks', 6, 'week')]),
    ('c084', 'dur-span', 'the iron infusion runs over 4 hrs, bring a book',
     [('duration', '4 hrs', 4, 'hour')]),
    ('n085', 'dur-span', 'The container ship waited at anchor for eleven days off Long Beach.',
     [('duration', 'eleven days', 11, 'day')]),
    # ---- dur-range
    ('c086', 'dur-range', 'antibiotics usually take 48-72 hours to kick in',
     [('duration', '48-72 hours', (48, 72), 'hour')]),
    ('c087', 'dur-range', 'sea freight out of Shenzhen quotes 25–35 days port to port',
     [('duration', '25–35 days', (25, 35), 'day')]),
    ('c088', 'dur-range', 'the heifers should calve in 2 to 3 weeks',
     [('duration', '2 to 3 weeks', (2, 3), 'week')]),
    ('n089', 'dur-range', 'Repairs to the reservoir will take 9 to 12 months, the water company said.',
     [('duration', '9 to 12 months', (9, 12), 'month')]),
    ('c090', 'dur-range', 'a claim normally takes 10–15 working days to settle',
     [('duration', '10–15 working days', (10, 15), 'day')]),
    ('c091', 'dur-range', 'the visa extension is a 4-6 wk wait',
     [('duration', '4-6 wk', (4, 6), 'week')]),
    ('n092', 'dur-range', 'Delays of 36 to 48 hours are expected at the port after the strike.',
     [('duration', '36 to 48 hours', (36, 48), 'hour')]),
    # ---- dur-spoken
    ('c093', 'dur-spoken', 'the drive to the auction mart is an hour forty',
     [('duration', 'an hour forty', 100, 'minute')]),
    ('c094', 'dur-spoken', "i've been with the same insurer three and a half years",
     [('duration', 'three and a half years', 3.5, 'year')]),
    ('c095', 'dur-spoken', 'the tow truck took an hour and three quarters to show up',
     [('duration', 'an hour and three quarters', 1.75, 'hour')]),
    ('n096', 'dur-spoken', 'The jury was out for a day and a half before acquitting him.',
     [('duration', 'a day and a half', 1.5, 'day')]),
    ('c097', 'dur-spoken', 'the pork shoulder needs four and a quarter hours on high',
     [('duration', 'four and a quarter hours', 4.25, 'hour')]),
    ('c098', 'dur-spoken', 'the mortgage has twenty-two years and six months left',
     [('duration', 'twenty-two years and six months', 270, 'month')]),
    # ---- dur-adjectival
    ('c099', 'dur-adjectival', 'is a 30-day free trial enough to test the accounting app',
     [('duration', '30-day', 30, 'day')]),
    ('n100', 'dur-adjectival', 'Buyers will get a 14-day cooling-off period under the new rules.',
     [('duration', '14-day', 14, 'day')]),
    ('c101', 'dur-adjectival', 'the broadband deal has a 24-month minimum term',
     [('duration', '24-month', 24, 'month')]),
    ('c102', 'dur-adjectival', "the vet said there's a 28-day meat withdrawal on the wormer",
     [('duration', '28-day', 28, 'day')]),
    ('c103', 'dur-adjectival', 'a 20-year term policy is way cheaper than whole life',
     [('duration', '20-year', 20, 'year')]),
    ('n104', 'dur-adjectival', 'The goalkeeper agreed a one-year extension with an option for a second.',
     [('duration', 'one-year', 1, 'year')]),
    ('c105', 'dur-adjectival', 'book me a 45-min physio slot on thursday',
     [('duration', '45-min', 45, 'minute')]),
    # ---- dur-abbrev
    ('c106', 'dur-abbrev', 'still 3 mths left on my phone contract',
     [('duration', '3 mths', 3, 'month')]),
    ('c107', 'dur-abbrev', 'proofing basket is in, put 35min on the clock pls',
     [('duration', '35min', 35, 'minute')]),
    ('c108', 'dur-abbrev', 'the rail replacement bus adds about 1hr to the trip',
     [('duration', '1hr', 1, 'hour')]),
    ('c109', 'dur-abbrev', 'the power was off for 2hrs 20 last night',
     [('duration', '2hrs 20', 140, 'minute')]),
    ('c110', 'dur-abbrev', 'let the pressure washer cool for 10 min. between runs',
     [('duration', '10 min.', 10, 'minute')]),
    ('c111', 'dur-abbrev', '90 mins in the slow oven, then crank it up',
     [('duration', '90 mins', 90, 'minute')]),
    ('c112', 'dur-abbrev', 'the bookkeeping course is 18mths part-time',
     [('duration', '18mths', 18, 'month')]),
    # ---- dur-relative
    ('c113', 'dur-relative', 'ping me in 40 mins, the ewe in pen 3 might be lambing',
     [('duration', '40 mins', 40, 'minute')]),
    ('c114', 'dur-relative', 'my home insurance renews in 17 days',
     [('duration', '17 days', 17, 'day')]),
    ('n115', 'dur-relative', 'Dock workers will walk out in 72 hours unless talks resume.',
     [('duration', '72 hours', 72, 'hour')]),
    ('c116', 'dur-relative', 'the lambs were weaned 10 days ago',
     [('duration', '10 days', 10, 'day')]),
    # ---- dur-term
    ('n117', 'dur-term', 'The driver was jailed for 14 months, suspended for two years.',
     [('duration', '14 months', 14, 'month'), ('duration', 'two years', 2, 'year')]),
    ('n118', 'dur-term', 'She was ordered to complete 200 hours of unpaid work.',
     [('duration', '200 hours', 200, 'hour')]),
    ('n119', 'dur-term', 'The teenager was given a 12-week curfew from 7pm to 7am.',
     [('duration', '12-week', 12, 'week')]),
    ('n120', 'dur-term', 'The van driver was banned from driving for 26 months.',
     [('duration', '26 months', 26, 'month')]),
    ('n121', 'dur-term', 'The former mayor was given a 30-month sentence for bribery.',
     [('duration', '30-month', 30, 'month')]),
    ('n122', 'dur-term', 'He was jailed for life with a minimum term of 28 years.',
     [('duration', '28 years', 28, 'year')]),
    ('c123', 'dur-term', 'you need 2 years in the pension scheme before you can transfer out',
     [('duration', '2 years', 2, 'year')]),
    ('c124', 'dur-term', 'my income protection has a 13-week deferred period',
     [('duration', '13-week', 13, 'week')]),
    ('n125', 'dur-term', 'Insurers must settle flood claims within 40 days under the new code.',
     [('duration', '40 days', 40, 'day')]),
    ('n126', 'dur-term', 'The midfielder served 9 months of a two-year doping ban.',
     [('duration', '9 months', 9, 'month'), ('duration', 'two-year', 2, 'year')]),
    # ---- dur-medicine
    ('c127', 'dur-medicine', 'take the amoxicillin for 7 days even if you feel better',
     [('duration', '7 days', 7, 'day')]),
    ('c128', 'dur-medicine', 'use the steroid cream for no more than 5 days at a time',
     [('duration', '5 days', 5, 'day')]),
    ('n129', 'dur-medicine', 'The new vaccine stays stable for 30 days at fridge temperature.',
     [('duration', '30 days', 30, 'day')]),
    ('c130', 'dur-medicine', "the chemist gave me a year's supply of the pill",
     [('duration', 'a year', 1, 'year')]),
    # ---- dur-race
    ('n131', 'dur-race', 'The Ethiopian ran 2:02:55 to win in Berlin.',
     [('duration', '2:02:55', 7375, 'second')]),
    ('c132', 'dur-race', 'my easy pace is an 8-minute mile',
     [('duration', '8-minute', 8, 'minute')]),
    ('c133', 'dur-race', "i'm aiming for a sub-three-hour marathon in Valencia",
     [('duration', 'three-hour', 3, 'hour')]),
    ('n134', 'dur-race', 'Her semi-final lasted just over an hour, finishing 6-1, 6-2.',
     [('duration', 'an hour', 1, 'hour')]),
    # ---- dur-rate
    ('c135', 'dur-rate', 'the orphan lambs need a bottle every 4 hours',
     [('duration', '4 hours', 4, 'hour')]),
    ('c136', 'dur-rate', 'the billing cycle is every 4 weeks, not monthly',
     [('duration', '4 weeks', 4, 'week')]),
    ('c137', 'dur-rate', 'i do 20 minutes of zone 2 a day on the bike',
     [('duration', '20 minutes', 20, 'minute')]),
    ('c138', 'dur-rate', 'one sachet twice a day for 3 days, the pharmacist said',
     [('duration', '3 days', 3, 'day')]),
    # ---- dur-bound
    ('c139', 'dur-bound', 'allow a maximum of 21 days for the refund',
     [('duration', '21 days', 21, 'day')]),
    ('c140', 'dur-bound', "i've had car insurance with them 10+ years",
     [('duration', '10+ years', 10, 'year')]),
    ('n141', 'dur-bound', 'Some passengers were stuck on the train for upwards of five hours.',
     [('duration', 'five hours', 5, 'hour')]),
    # ---- dur-neg
    ('c142', 'dur-neg', 'we get paid fortnightly, so plan the shop around that',
     []),
    ('c143', 'dur-neg', 'the 6.15 to Penzance is cancelled again',
     []),
    ('c144', 'dur-neg', "milking starts 04:30 tomorrow, don't let me oversleep",
     []),
    ('n145', 'dur-neg', 'Police said the 58-year-old farmer had been trampled by cattle.',
     []),
    ('c146', 'dur-neg', 'my state pension age is 67, can i retire earlier',
     []),
    ('c147', 'dur-neg', 'play Two Weeks Notice with Sandra Bullock',
     []),
    ('c148', 'dur-neg', 'i read The 4-Hour Workweek on the plane',
     []),
    ('c149', 'dur-neg', 'we signed the deal at the eleventh hour',
     []),
    ('c150', 'dur-neg', "you'll wait a month of Sundays for a plumber round here",
     []),
    ('n151', 'dur-neg', "A new drama charts the Hundred Years' War through one family.",
     []),
    ('n152', 'dur-neg', 'The 3-year-old filly won the Oaks by a neck.',
     []),
    ('c153', 'dur-neg', 'i read One Hundred Years of Solitude on holiday',
     []),
    ('n154', 'dur-neg', 'Engineers built the wall to withstand a 1-in-200-year flood.',
     []),
    ('n155', 'dur-neg', 'Bars in the old town must now close at 23:30, the council ruled.',
     []),
    # ---- qty-area
    ('c156', 'qty-area', 'the bungalow sits on a quarter-acre plot',
     [('quantity', 'quarter-acre', 0.25, 'acre')]),
    ('c157', 'qty-area', 'the barn conversion has 2,400 sq ft over two floors',
     [('quantity', '2,400 sq ft', 2400, 'square_foot')]),
    ('c158', 'qty-area', 'the office is 85 sqm with a kitchenette',
     [('quantity', '85 sqm', 85, 'meter**2')]),
    ('c159', 'qty-area', 'the back paddock is two-thirds of an acre',
     [('quantity', 'two-thirds of an acre', 2 / 3, 'acre')]),
    ('n160', 'qty-area', 'Work began on a 46,000 square metre distribution centre near Antwerp.',
     [('quantity', '46,000 square metre', 46000, 'meter**2')]),
    ('c161', 'qty-area', 'the listing says 1,850 ft² but it feels smaller',
     [('quantity', '1,850 ft²', 1850, 'square_foot')]),
    ('c162', 'qty-area', 'the garden is 12 m by 8 m, room for a trampoline?',
     [('quantity', '12 m', 12, 'meter'), ('quantity', '8 m', 8, 'meter')]),
    # ---- qty-energy
    ('c163', 'qty-energy', 'we burned 96 therms of gas in january',
     [('quantity', '96 therms', 96, THERM)]),
    ('c164', 'qty-energy', '412 kWh last quarter, is that high for a two-bed',
     [('quantity', '412 kWh', 412, 'kilowatt_hour')]),
    ('c165', 'qty-energy', 'the gas meter read 1,230 m³ when we moved in',
     [('quantity', '1,230 m³', 1230, 'meter**3')]),
    ('n166', 'qty-energy', 'The average household used 2,700 kWh of electricity last year, the regulator said.',
     [('quantity', '2,700 kWh', 2700, 'kilowatt_hour')]),
    # ---- qty-fuel
    ('c167', 'qty-fuel', 'the scooter does 45 km/l around town',
     [('quantity', '45 km/l', 45, 'kilometer/liter')]),
    ('c168', 'qty-fuel', "the tractor's tank takes 180 litres of red diesel",
     [('quantity', '180 litres', 180, 'liter')]),
    ('n169', 'qty-fuel', 'The ferry burns 28 tonnes of fuel oil a day.',
     [('quantity', '28 tonnes', 28, 'tonne')]),
    # ---- qty-weather
    ('n170', 'qty-weather', 'Gauges at Honister Pass collected 187 mm of rain on Saturday.',
     [('quantity', '187 mm', 187, 'millimeter')]),
    ('n171', 'qty-weather', 'The Needles logged a 70-knot gust as the storm passed.',
     [('quantity', '70-knot', 70, 'knot')]),
    ('n172', 'qty-weather', 'The low bottomed out at 951 millibars south of Iceland.',
     [('quantity', '951 millibars', 951, 'millibar')]),
    ('c173', 'qty-weather', 'the barometer says 29.8 inHg, is rain coming',
     [('quantity', '29.8 inHg', 29.8, 'inch_Hg')]),
    ('n174', 'qty-weather', 'A storm surge of 2.3 metres flooded the harbour at Wick.',
     [('quantity', '2.3 metres', 2.3, 'meter')]),
    ('n175', 'qty-weather', 'The mercury reached 46.2°C in Marree, the highest this summer.',
     [('quantity', '46.2°C', 46.2, 'degree_Celsius')]),
    # ---- qty-engineering
    ('c176', 'qty-engineering', "what's 65 lb-ft in Nm for the cylinder head",
     [('quantity', '65 lb-ft', 65, 'foot*pound_force')]),
    ('c177', 'qty-engineering', 'the leisure battery is 110Ah, how long will it run the fridge',
     [('quantity', '110Ah', 110, 'ampere_hour')]),
    ('c178', 'qty-engineering', 'the workshop needs a 415V three-phase supply',
     [('quantity', '415V', 415, 'volt')]),
    ('n179', 'qty-engineering', 'The new substation steps 400 kV down to 132 kV.',
     [('quantity', '400 kV', 400, 'kilovolt'), ('quantity', '132 kV', 132, 'kilovolt')]),
    ('c180', 'qty-engineering', 'use 2.5 mm² cable for the ring main',
     [('quantity', '2.5 mm²', 2.5, 'millimeter**2')]),
    ('c181', 'qty-engineering', 'the slab needs a 32 MPa concrete mix',
     [('quantity', '32 MPa', 32, 'megapascal')]),
    ('c182', 'qty-engineering', 'the tyre pressure warning says 180 kPa on the rear left',
     [('quantity', '180 kPa', 180, 'kilopascal')]),
    # ---- qty-cooking
    ('c183', 'qty-cooking', 'you need two 400g tins of chopped tomatoes',
     [('quantity', '400g', 400, 'gram')]),
    ('c184', 'qty-cooking', 'the recipe calls for a heaped tablespoon of cocoa',
     [('quantity', 'a heaped tablespoon', 1, 'tablespoon')]),
    ('c185', 'qty-cooking', 'a half-pound burger with fries, please',
     [('quantity', 'half-pound', 0.5, 'pound')]),
    ('c186', 'qty-cooking', 'fold ⅔ cup of blueberries into the batter',
     [('quantity', '⅔ cup', 2 / 3, 'cup')]),
    ('c187', 'qty-cooking', 'roll the pastry to three-eighths of an inch',
     [('quantity', 'three-eighths of an inch', 0.375, 'inch')]),
    ('c188', 'qty-cooking', 'a serving is 850 kJ according to the box',
     [('quantity', '850 kJ', 850, 'kilojoule')]),
    ('c189', 'qty-cooking', 'a pound and a half of ground beef for the chilli',
     [('quantity', 'a pound and a half', 1.5, 'pound')]),
    # ---- qty-fitness
    ('c190', 'qty-fitness', 'pulled 160 kg off the floor for a triple',
     [('quantity', '160 kg', 160, 'kilogram')]),
    ('c191', 'qty-fitness', 'ran the half-mile loop four times before work',
     [('quantity', 'half-mile', 0.5, 'mile')]),
    ('c192', 'qty-fitness', 'my FTP is up to 265 W',
     [('quantity', '265 W', 265, 'watt')]),
    ('c193', 'qty-fitness', 'swam 3,200 yards at masters this morning',
     [('quantity', '3,200 yards', 3200, 'yard')]),
    # ---- qty-sports
    ('n194', 'qty-sports', 'The kicker nailed a 57-yard field goal as time expired.',
     [('quantity', '57-yard', 57, 'yard')]),
    ('n195', 'qty-sports', 'The Scot holed a 40-foot putt on the 18th.',
     [('quantity', '40-foot', 40, 'foot')]),
    # ---- qty-farming
    ('n196', 'qty-farming', 'Winter wheat yields averaged 8.6 tonnes a hectare in the east.',
     [('quantity', '8.6 tonnes', 8.6, 'tonne')]),
    ('c197', 'qty-farming', 'the steers are about 550 kg liveweight now',
     [('quantity', '550 kg', 550, 'kilogram')]),
    ('n198', 'qty-farming', 'The co-op bought 40,000 bushels of soybeans from local growers.',
     [('quantity', '40,000 bushels', 40000, BUSHEL)]),
    ('c199', 'qty-farming', 'spread 150 kg of nitrogen per hectare on the silage ground',
     [('quantity', '150 kg', 150, 'kilogram')]),
    ('c200', 'qty-farming', 'grandad used to sell 10 cwt of spuds a week',
     [('quantity', '10 cwt', 10, CWT)]),
    # ---- qty-shipping
    ('c201', 'qty-shipping', 'quote me freight for a 120 x 80 x 90 cm crate to Dublin',
     [('quantity', '120', 120, 'centimeter'), ('quantity', '80', 80, 'centimeter'),
      ('quantity', '90 cm', 90, 'centimeter')]),
    ('n202', 'qty-shipping', "The tanker's draught of 15.5 metres was too deep for the canal.",
     [('quantity', '15.5 metres', 15.5, 'meter')]),
    ('n203', 'qty-shipping', 'Shipping lines cut speeds to 14 knots to save fuel.',
     [('quantity', '14 knots', 14, 'knot')]),
    # ---- qty-pharmacy
    ('c204', 'qty-pharmacy', 'the amoxicillin is 250mg/5ml and she gets 5 ml three times a day',
     [('quantity', '250mg', 250, 'milligram'), ('quantity', '5 ml', 5, 'milliliter')]),
    ('c205', 'qty-pharmacy', 'the dose is 15 mg/kg, so about 210 mg for him',
     [('quantity', '15 mg', 15, 'milligram'), ('quantity', '210 mg', 210, 'milligram')]),
    ('c206', 'qty-pharmacy', 'the pharmacist gave me 0.4 mg tamsulosin capsules',
     [('quantity', '0.4 mg', 0.4, 'milligram')]),
    # ---- qty-fraction
    ('c207', 'qty-fraction', 'trim ¾ inch off the bottom of the door',
     [('quantity', '¾ inch', 0.75, 'inch')]),
    ('c208', 'qty-fraction', "it's 1¼ miles from the farm gate to the bus stop",
     [('quantity', '1¼ miles', 1.25, 'mile')]),
    # ---- qty-composite
    ('c209', 'qty-composite', "i'm five foot ten and a half in socks",
     [('quantity', 'five foot ten and a half', 70.5, 'inch')]),
    ('c210', 'qty-composite', "the puppy's 1 ft 3 in at the shoulder",
     [('quantity', '1 ft 3 in', 15, 'inch')]),
    ('c211', 'qty-composite', "weighed the bottle lamb, she's 4 kg 600 g now",
     [('quantity', '4 kg 600 g', 4.6, 'kilogram')]),
    ('c212', 'qty-composite', 'the horse box is 3 m 40 long',
     [('quantity', '3 m 40', 3.4, 'meter')]),
    # ---- qty-range
    ('c213', 'qty-range', 'the ram lambs should finish at 40–45 kg',
     [('quantity', '40–45 kg', (40, 45), 'kilogram')]),
    ('n214', 'qty-range', 'Météo-France warned of 50 to 80 mm of rain over the Cévennes by Thursday.',
     [('quantity', '50 to 80 mm', (50, 80), 'millimeter')]),
    ('c215', 'qty-range', 'hang the TV between 42 and 48 inches off the floor',
     [('quantity', '42 and 48 inches', (42, 48), 'inch')]),
    ('c216', 'qty-range', 'the patio dig left 3-4 cubic metres of rubble',
     [('quantity', '3-4 cubic metres', (3, 4), 'meter**3')]),
    # ---- qty-bound
    ('c217', 'qty-bound', 'the trailer takes a maximum of 750 kg unbraked',
     [('quantity', '750 kg', 750, 'kilogram')]),
    ('c218', 'qty-bound', 'loft insulation should be at least 270 mm thick',
     [('quantity', '270 mm', 270, 'millimeter')]),
    ('c219', 'qty-bound', 'the deck is rated for 400 kg or more',
     [('quantity', '400 kg', 400, 'kilogram')]),
    # ---- qty-neg
    ('c220', 'qty-neg', 'grease a 9x13 pan and line it',
     []),
    ('c221', 'qty-neg', 'she wears a size 12 in dresses',
     []),
    ('c222', 'qty-neg', 'is Five Feet Apart too sad for a 13-year-old',
     []),
    ('c223', 'qty-neg', 'fill up with 95 octane, not E10',
     []),
    ('c224', 'qty-neg', 'the EV needs a Type 2 cable',
     []),
    ('n225', 'qty-neg', 'The new ship can carry 24,000 TEU, the most in the fleet.',
     []),
    ('c226', 'qty-neg', 'i got 3 points on my licence for speeding',
     []),
    ('c227', 'qty-neg', 'shot a 79 at Carnoustie, par 72',
     []),
    ('n228', 'qty-neg', 'The Welshman made a 147 in the deciding frame.',
     []),
    ('n229', 'qty-neg', 'Hurricane Dara strengthened to Category 4 overnight.',
     []),
    ('c230', 'qty-neg', 'the John Deere 6155R is due a service',
     []),
    ('c231', 'qty-neg', 'i need a 2:1 to get on the grad scheme',
     []),
    ('c232', 'qty-neg', 'my resting heart rate is 52 bpm',
     []),
    ('c233', 'qty-neg', 'did 5 rounds of 15 burpees',
     []),
    ('c234', 'qty-neg', 'i take 1,000 IU of vitamin D in winter',
     []),
    ('c235', 'qty-neg', 'is Six Feet Under worth a rewatch',
     []),
    # ---- mixed
    ('c236', 'mixed', 'our Airbnb in Prague was 1 890 CZK for two nights',
     [('money', '1 890 CZK', 1890, 'CZK'), ('duration', 'two nights', 2, 'day')]),
    ('c237', 'mixed', 'lunch in Brno was 250 CZK, so about ten euros',
     [('money', '250 CZK', 250, 'CZK'), ('money', 'ten euros', 10, 'EUR')]),
    ('c238', 'mixed', 'sous vide the short ribs for 72 hrs at 57°C',
     [('duration', '72 hrs', 72, 'hour'), ('quantity', '57°C', 57, 'degree_Celsius')]),
    ('c239', 'mixed', 'roast a 2.2 kg leg of lamb for 1 hr 50',
     [('quantity', '2.2 kg', 2.2, 'kilogram'), ('duration', '1 hr 50', 110, 'minute')]),
    ('n240', 'mixed', 'The quarterback agreed a four-year, $212 million extension.',
     [('duration', 'four-year', 4, 'year'), ('money', '$212 million', 212000000, 'USD')]),
    ('n241', 'mixed', 'The Norwegian won the 1500m in 3:28.3.',
     [('quantity', '1500m', 1500, 'meter'), ('duration', '3:28.3', 208.3, 'second')]),
    ('n242', 'mixed', 'The Kenyan clocked 27:05 over 10,000 metres in Eugene.',
     [('duration', '27:05', 1625, 'second'),
      ('quantity', '10,000 metres', 10000, 'meter')]),
    ('c243', 'mixed', 'held 5:15/km for the whole 10k',
     [('duration', '5:15', 315, 'second'), ('quantity', '10k', 10, 'kilometer')]),
    ('c244', 'mixed', 'a 20 ft container to Auckland is quoted at US$3,900',
     [('quantity', '20 ft', 20, 'foot'), ('money', 'US$3,900', 3900, 'USD')]),
    ('c245', 'mixed', 'free for 3 months, then £4.99/month after that',
     [('duration', '3 months', 3, 'month'), ('money', '£4.99', 4.99, 'GBP')]),
    ('c246', 'mixed', 'the 30-day supply of the inhaler is $45 with insurance',
     [('duration', '30-day', 30, 'day'), ('money', '$45', 45, 'USD')]),
    ('c247', 'mixed', 'we used 38 litres for 620 km, so about 6.1 L/100km',
     [('quantity', '38 litres', 38, 'liter'), ('quantity', '620 km', 620, 'kilometer'),
      ('quantity', '6.1 L/100km', 0.061, 'liter/kilometer')]),
    ('n248', 'mixed', 'Up to 40 cm of snow and gusts of 60 knots are forecast for the Cairngorms.',
     [('quantity', '40 cm', 40, 'centimeter'), ('quantity', '60 knots', 60, 'knot')]),
    ('c249', 'mixed', 'the electrician quoted £1,450 for a 7.4kW charger, fitted in a day',
     [('money', '£1,450', 1450, 'GBP'), ('quantity', '7.4kW', 7.4, 'kilowatt'),
      ('duration', 'a day', 1, 'day')]),
    ('n250', 'mixed', 'The 180-metre bulk carrier ran aground after losing power for 40 minutes.',
     [('quantity', '180-metre', 180, 'meter'), ('duration', '40 minutes', 40, 'minute')]),
    ('n251', 'mixed', 'Farmers will be paid €2,100 per hectare to rewet 1,500 hectares of peat.',
     [('money', '€2,100', 2100, 'EUR'), ('quantity', '1,500 hectares', 1500, 'hectare')]),
]
