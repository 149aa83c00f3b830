"""Held-out probe chat22: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat21 or classes).
Money leans on the forms real news copy and assistants use: scale words after ranges
("$3-4 billion", "between 2 and 3 million euros", "€1.5-2bn"), scale fractions ("a
quarter of a million dollars", "half a billion dollars", "three-quarters of a billion
dollars", "a million and a half euros"), glued scale letters ("£1.5bn", "£2.4m", "KES
1.5bn", "₦380k"), South Asian scales ("Rs 3.5 lakh", "₹12,000 crore", "₹1.9 lakh
crore"), African, Gulf and Philippine marks and codes written with a space before the
number ("KSh 2,500", "GH₵ 50", "R 1.2 billion", "P 500", "TSh", "USh", "E£", "Dh 50",
"SR 100", "QR 30", "BD 5", "KD 2", "OMR 2.500", "MAD 40"), dirhams in Morocco and in
Dubai, per-unit prices ("$4 a gallon", "€1.80 per litre", "£6.50 a pint") and money
in words ("three and a half thousand euros"). Durations cover ceasefires, trade
windows, strikes, sentences, bridge closures, power cuts, ISO 8601 codes ("PT30M"),
glued and symbol composites ("1h 45m", "5 min 30 s", "2m 47s"), "-long" and
hyphenated terms beside ages that are no durations. Quantities cover compound and per
units (km/h, m/s², mpg, l/100 km, kcal, mAh, dB, bar, psi, GW, kV, kWh, Tbps, µg/m³,
tonnes per hectare, litres per square metre), glued-C temperatures, prime-mark
heights and hyphenated sizes; 50 rows hold nothing.
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
chat8's (../chat8/cases.py), chat10's (../chat10/cases.py), chat11's
(../chat11/cases.py), chat12's (../chat12/cases.py), chat13's (../chat13/cases.py),
chat14's (../chat14/cases.py), chat15's (../chat15/cases.py), chat16's
(../chat16/cases.py), chat17's (../chat17/cases.py), chat18's (../chat18/cases.py),
chat19's (../chat19/cases.py), chat20's (../chat20/cases.py) and chat21's
(../chat21/cases.py), all unchanged and decided before writing the rows (the ../chatN
paths are those of /work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16, chat17, chat18, chat19, chat20 and chat21;
also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "a hair
   under" (the mirror of chat15's "a hair over": "a hair under 23 kg" = 23 kilogram),
   "as high as" (the mirror of chat12's "as low as"), "close to" ("close to 900
   quid" = 900 GBP), "nothing over" (chat4's "no more than") and a trailing "more or
   less" ("two hours more or less" = 2 hour, chat11's "give or take").
 * Ages are no durations, whatever their unit and spelling: "a ten-year-old", "the
   75-year-old neighbour", "a 19-year-old", "a three-week-old" baby, "the
   150-year-old pier" (chat6's age of a thing, chat8, chat10) and birthdays ("turned
   40") give nothing; a term in the same sentence is still claimed ("a 19-year-old
   ... was jailed for 10 years" = 10 year only; "my ten-year-old has a 3-hour swim
   gala" = 3 hour only). Anniversaries ("our 10th anniversary") are ordinals.
 * "-long" and hyphenated terms are durations (chat10, chat13): "the three-week-long
   strike" = 3 week, "a week-long festival" = 1 week (chat10's "an hour-long call"),
   "a 48-hour ceasefire" = 48 hour, "a 90-day window" = 90 day, "a 100-day plan" = 100
   day, "a six-month suspended sentence" = 6 month, "a two-year ban" = 2 year, "a
   two-and-a-half-hour power cut" and "drive" = 2.5 hour (chat10's
   "two-and-a-half-year contract"), "a 90-minute massage", "a 45-minute bus ride",
   "five 90-second flights" (90 second; "five" is a count).
 * "a four-day week" = 4 day (chat6's "a 40-hour week": the week is the
   denominator); "work from home two days a week" = 2 day (chat10's durations inside
   rates: the time amount in the numerator is claimed; "twice a week" stays a
   frequency).
 * ISO 8601 duration codes written in settings, logs or API replies are durations in
   the units they spell: "PT30M" = 30 minute, "PT1H30M" = 90 minute (one composite
   claim, chat4's composite).
 * More numbers that are not claims: "Formula 1", "the 7-Eleven" (chat5), "Route 66"
   (chat6), scores ("that 3-2 win", "won 3-2": "won" is the verb, not chat5's KRW),
   "iPhone 15", "4K" (chat6: a resolution, not 4000), "5G" and "4G" (chat12: network
   generations, not grams), "the 1% club" (a quiz show; chat4's percentages), "a
   Boeing 747" (chat4), "Area 51" (chat5), "A4 paper" (chat17), "size 8" (chat11's
   dress sizes), "pH 6.5" and "pH 7.4" (chat8: no pint unit), "a magnitude 6.1
   earthquake" (a magnitude is no pint unit, like chat16's apparent magnitude; the
   depth beside it is claimed), "the Category 4 storm" (chat11), the UV index
   (chat10), "T2" (a Lisbon flat type: a count of bedrooms), card endings and expiry
   dates, PINs, percentages ("3.2%"), eras ("the 1990s"), seasons and school years
   ("Season 3", "Year 4"), "the Year of the Dragon", clock times ("quarter past six",
   "from 6 till 10"), and numbers left bare after a claim ("used to be 12", "15 was
   too short", "40 on wifi", "1,100 of that", "30 rear", "reading -12", "I get about
   5", "not 10": chat13's unitless numbers), years ("back in 2009", "the 2009 civic").
 * Temperatures: a capital "C" after the number without "°", glued or spaced ("-3C",
   "38.5C"), is degree_Celsius (chat10's "180C fan", chat4's negative temperatures);
   "minus 12" with no degree word, mark or scale is not a claim (chat13's unitless
   numbers: "minus" names no unit); "highs in the low 30s" (also "the mid-20s", "the
   high teens") is a vague amount (chat17): nothing.
 * More names and idioms with no claim: "Pound Street", "Mr. Stone", "Stone Town"
   (Zanzibar), "Kelvin Harris" (a coach), "Mike Pence" (not pence), "the Milwaukee
   Bucks", "a guinea pig" (chat13's guineas need an amount), "Southwark Crown Court"
   (not crowns), "Five Below" (a shop), "99p Stores" (a shop, like chat8's "99 Cents
   Only"), "Euro 2024" (chat6's "Euro 2028"), "The $100,000 Pyramid" (a game show,
   chat12's "The $64,000 Question"), "24 Hour Fitness" (a gym chain, chat16's "the
   24-hour chemist"), "Rush Hour 3" (a film), "Fahrenheit 451" (a novel), "James Watt"
   (chat20's "Hertz" and "Tesla"), "Joules" (a clothing brand), "PM2.5" (chat13),
   "a pinch of salt" (chat20), and currencies named with no amount ("the yen", "the
   rand", "the dollar").
 * chat4's rate-denominator rule in the new domains: "a gallon" (chat20), "per litre"
   and "a litre" (fuel), "a pint" after a price ("£6.50 a pint" = 6.50 GBP; the pint
   is neither money nor a volume claim, chat10's "$3.99 a pound"), "/month" (chat8's
   "/mo"), "a kilo" and "per kilo" (mangoes, tomatoes, a turkey's roasting time),
   "a head", "each", "a month", "a year" (a levy's yield), "per hectare" after
   tonnes ("3.5 tonnes per hectare" = 3.5 tonne, chat11's "tonnes a hectare"), "per
   square metre" after rainfall in litres ("491 litres per square metre" = 491 liter,
   the Spanish way of reporting rain), "a day" after barrels in words and gallons
   (chat17) and "a week" after minutes of exercise ("150 minutes ... a week" = 150
   minute). The price of a sized pack names the pack as the measured thing (chat13):
   "a 50-kilo sack of palay now fetches about P 1,150" and "OMR 15 for 500 g of
   frankincense" give the mass and the money.
Money
 * Scales after the second number of a range cover both ends (chat4's "$3-4 billion",
   chat12, chat13): "$3-4 billion" = (3e9, 4e9) USD, "between 2 and 3 million euros" =
   (2e6, 3e6) EUR, "€1.5-2bn" = (1.5e9, 2e9) EUR (chat14's mark on the first number);
   "from €700 million to €1 billion" (a different scale word at each end) is one range
   claim, (7e8, 1e9) EUR (chat15's range with different units at its ends).
 * Scale fractions: "a quarter of a million dollars" = 250000 USD and "half a billion
   dollars" (or euros) = 5e8 (chat6's "half a million euros"), "three-quarters of a
   billion dollars" = 7.5e8 USD (chat14's "three-quarters of a metre" applied to a
   scale word), "a million and a half euros" = 1.5e6 EUR (chat5's "a mile and a half"
   applied to a scale word); "two and a half thousand dollars" = 2500 USD (chat13's
   "two and a half thousand rupees"), "three and a half thousand euros" = 3500 EUR
   (chat18's naira).
 * Glued scale letters next to a mark or code (chat6, chat8): "£1.5bn" = 1.5e9 GBP,
   "£2.4m" = 2.4e6 GBP, "KES 1.5bn" = 1.5e9 KES, "₦380k" = 380000 NGN, "1.5k USD" =
   1500 USD.
 * South Asian scales: "Rs 3.5 lakh" (a salary package in Bangalore) = 350000 with
   chat4's rupee tuple (chat11's package in lakh); "₹12,000 crore" = 1.2e11 INR;
   "₹2,500 crore" = 2.5e10 INR; "₹1.9 lakh crore" = 1.9e12 INR (chat16).
 * Marks and codes with a space before the number, all by earlier rules: "KSh 2,500"
   and "KSh 40 billion" = KES (chat10), "GH₵ 50" = GHS (chat12), "R 1.2 billion",
   "R 189" and "R 28 million" in South Africa = ZAR (chat5), "P 500", "P 15" and
   "P 1,150" in the Philippines = PHP (chat13), "TSh" = TZS (chat10), "USh" = UGX
   (chat12), "E£" = EGP (chat16), "Dh 50" in Dubai = AED (chat15), "SR 100" and
   "SR 1.9 billion" = SAR, "QR" = QAR, "BD" in Bahrain = BHD, "KD" = KWD and "OMR" =
   OMR (chat19, with its three-decimal rule: "OMR 2.500" = 2.5 OMR, while "OMR
   1,000" with a comma is one thousand), "MAD 40" = MAD (chat16), "₱65" = PHP
   (chat6), "₦4.5 billion" and "N2.5 trillion" in Nigeria = NGN (chat12), "28 CHF"
   (chat6's codes after the amount).
 * Dirhams: "40 dirhams" at the Jardin Majorelle in Marrakech = MAD (chat10); "1
   dirham" for an abra and "40 dirhams" in Deira (Dubai) = AED (chat6).
 * A banknote named by its value with a hyphen is money (chat14's "a 5-peso coin"):
   "a fake 1000-peso bill" at a Philippine tiangge = 1000 PHP (a fake note still
   names its value).
 * Money slang and spoken amounts by earlier rules: "a couple hundred bucks" (no
   "of") = 200 USD (chat17's "a couple of hundred quid"); "a hundred and twenty
   pounds" = 120 GBP; "forty-five dollars" = 45 USD; "180 to 220 euros" = (180, 220)
   EUR (chat13's word after the second number).
Durations
 * Fractions and bounds: "a month and a half" = 1.5 month (chat10's "a week and a
   half"), "the better part of an hour" = 1 hour and "the better part of a decade" =
   10 year (chat16's "the better part of", chat4's "a"), "three and a half weeks" =
   3.5 week, "three and a half hours" = 3.5 hour, "an hour and a quarter" = 1.25
   hour (chat16), "a month's notice" = 1 month (chat10's possessive), "nine months'
   notice" = 9 month.
 * Composites with symbols (one claim, summed value): "1h 45m" = 105 minute and "3h
   18m" = 198 minute (chat8's "11h 40m"), "1h 58m" = 118 minute, "1h 10m" = 70 minute,
   "5 min 30 s" = 330 second (chat17's "3 mins 30 secs" with symbols; "s" = second,
   chat12), "2m 47s" = 167 second ("m" before "s" in a clip length is minutes, chat6's
   "7h 20m" rule), "2 min 15 sec" = 135 second, "4 hours 52 minutes" = 292 minute,
   "2 years 4 months" = 28 month (chat10); race and ride times "2:19:36" = 8376 second
   and "5:47:09" = 20829 second (chat6's h:mm:ss).
 * "20 seconds on, 10 seconds off, for 4 minutes" gives three claims (chat19's "5 days
   on, 2 days off, for a month"); "every 7 days" is chat6's interval; "12 ms" is
   chat12's latency; "45 minutes ago" is chat10's offset; "in under 0.4 seconds" and
   "in under four hours" are chat4's "under"; "between 3 and 22 minutes" is chat4's
   range; "for the first 2 hours" is chat8's "the first N units"; "14 hours straight"
   is chat19's; "36 hours without a break" changes nothing.
Quantities
 * New unit: "m/s²" = meter/second**2 (an acceleration: "9.81 m/s²", "29.4 m/s²").
   Earlier units in new places: "km/h" (chat4), "mpg" (chat6's MPG tuple), "l/100 km"
   with a space (chat10's "L/100km", expected as liter/kilometer: "5 l/100 km" = 0.05
   and "4.2 l/100 km" = 0.042 liter/kilometer), "kcal" (chat5), "mAh" (chat6), "dB"
   (chat20's decibel), "bar" and "psi" (chat5), "GW" = gigawatt (chat6), "kV" =
   kilovolt (chat11), "kWh" = kilowatt_hour, "Tbps" = terabit/second (chat12's
   "terabits per second"), "µg/m³" (chat13's PM tuple), "Nm" = newton*meter (chat10),
   "GHz" (chat12), "MW" (chat13), "m²" (chat14), "knots" (chat12).
 * Heights with prime marks are feet and inches: "6'2\"" (apostrophe and double
   quote) = 74 inch and "5′ 10″" (the prime and double-prime characters, spaced) = 70
   inch (chat10's "5'10"); chat20's cycling primes (minutes and seconds) follow an "h"
   and a race.
 * Hyphenated sizes carry their measure (chat13, chat16): "a 12-ounce steak" = 12
   ounce (mass), "the 8-ounce filet" = 8 ounce, "a 2-litre bottle" = 2 liter, "a
   40-foot container" = 40 foot, "a 10-km run" = 10 kilometer (chat6's "a 10K" with
   the unit spelt), "a 55-inch 4K TV" = 55 inch (chat12's screen size; "4K" is
   nothing), "a 12-tonne humpback" = 12 tonne, "a 50-kilo sack" = 50 kilogram, "the
   25-kilometre causeway" = 25 kilometer.
 * Temperatures: "-3C", "38.5C" (above), "-18°C", "28°C", "24°C" = degree_Celsius.
 * "150 x 200 cm" = one claim per number in centimetres (chat10); "1¼ cups" = 1.25
   cup (chat5); "half a metre" = 0.5 meter (chat14's "half a kilo").
 * Winds, depths, speeds, heights, yields, pollution, noise, grid power and voltage,
   home batteries, tyre and coffee-machine pressures, hose pressure, deceleration,
   fuel economy, rainfall, asteroid sizes and distances, cable capacity, fish-farm
   harvests, burnt areas, wreck depths, torque, luggage, mattress sizes, Wi-Fi bands,
   turkeys, paint, allotments, freezers, fevers and heights are quantities.
"""

RUPEE = ('INR', 'PKR', 'LKR', 'NPR')  # "Rs", "rupees"
KR = ('NOK', 'SEK', 'DKK', 'ISK')  # "kr"
YEN = ('JPY', 'CNY')  # "¥"
GRAND = ('USD', 'GBP')  # "grand"; also "a fiver", "a tenner", "mil" with no currency, "Gs"
TEMP = ('degree_Celsius', 'degree_Fahrenheit')  # degrees with no scale
GALLON = ('gallon', 'imperial_gallon')
PINT = ('pint', 'imperial_pint')
GB = ('gigabyte', 'gibibyte')
TB = ('terabyte', 'tebibyte')
MB = ('megabyte', 'mebibyte')
FLOZ = ('fluid_ounce', 'imperial_fluid_ounce')
MPG = ('mile/gallon', 'mile/imperial_gallon')
TON = ('ton', 'long_ton', 'tonne')  # "ton(s)"
GOLD_OZ = ('troy_ounce', 'ounce')  # "ounces" of gold; also "Moz" (millions)
BUSHEL = ('bushel', 'imperial_bushel')
THERM = ('therm', 'US_therm')  # "therms"
CWT = ('hundredweight', 'long_hundredweight')  # "cwt"
CFA = ('XOF', 'XAF')  # "CFA", "CFA francs"
MBS = ('megabyte/second', 'mebibyte/second')  # "MB/s"
QUART = ('quart', 'imperial_quart')  # "quart(s)"
BTU = ('Btu', 'Btu/hour')  # "BTU" on an air conditioner
PM = ('microgram', 'microgram/meter**3')  # "µg/m³"
AUD_US = ('AUD', 'USD')  # bare "$" or "bucks" set in Australia
CAD_US = ('CAD', 'USD')  # bare "$" (before or after the amount) set in Canada
ZAR_US = ('ZAR', 'USD')  # "bucks" set in South Africa
NZD_US = ('NZD', 'USD')  # bare "$" set in New Zealand
SGD_US = ('SGD', 'USD')  # bare "$" set in Singapore
JMD_US = ('JMD', 'USD')  # bare "$" set in Jamaica
INR_US = ('INR', 'USD')  # "bucks" set in an Indian city
MGDL = ('milligram', 'milligram/deciliter')  # "mg/dL"
HKD_US = ('HKD', 'USD')  # bare "$" set in Hong Kong
FJD_US = ('FJD', 'USD')  # bare "$" set in Fiji
LPH = ('liter', 'liter/hour')  # "l/h" of a pump or dripper: the numerator or the flow
BPD = ('oil_barrel', 'oil_barrel/day')  # "bpd" (chat12): the numerator or the flow
MGML = ('milligram', 'milligram/milliliter')  # "mg/mL": the numerator or the concentration
MLH = ('milliliter', 'milliliter/hour')  # "mL/h" of a drip: the numerator or the flow
VES = ('VES', 'VED')  # "bolívares" in Venezuela: the bolívar soberano or the bolívar digital code
XCG = ('XCG', 'ANG')  # "guilders" in Curaçao: the Caribbean guilder or the withdrawn Antillean guilder
PB = ('petabyte', 'pebibyte')  # "petabytes", like chat4's GB and TB tuples


ROWS = [
    # ---- money-defence
    ('n001', 'money-defence', "Poland's defence ministry expects the new air-defence batteries to cost $3-4 billion, officials in Warsaw said.",
     [('money', '$3-4 billion', (3000000000, 4000000000), 'USD')]),
    # ---- money-scale
    ('c002', 'money-scale', "my uncle's condo in Tampa sold for a quarter of a million dollars back in 2009",
     [('money', 'a quarter of a million dollars', 250000, 'USD')]),
    # ---- money-film
    ('n003', 'money-film', 'The studio expects the sequel to take between 2 and 3 million euros in its opening weekend in Spain.',
     [('money', '2 and 3 million euros', (2000000, 3000000), 'EUR')]),
    # ---- money-india
    ('c004', 'money-india', "my cousin's placement package is Rs 3.5 lakh, is that decent for Bangalore",
     [('money', 'Rs 3.5 lakh', 350000, RUPEE)]),
    # ---- money-merger
    ('n005', 'money-merger', 'Shareholders of the Leeds brewer accepted a £1.5bn takeover offer from a Dutch rival.',
     [('money', '£1.5bn', 1500000000, 'GBP')]),
    # ---- money-kenya
    ('c006', 'money-kenya', "paid KSh 2,500 for the bus to Mombasa and the AC didn't even work",
     [('money', 'KSh 2,500', 2500, 'KES')]),
    # ---- money-football
    ('n007', 'money-football', "The Scottish club confirmed the midfielder's sale to a Saudi side for £2.4m.",
     [('money', '£2.4m', 2400000, 'GBP')]),
    # ---- money-telecom
    ('c008', 'money-telecom', 'MTN wants GH₵ 50 for a weekly data bundle now, chaley',
     [('money', 'GH₵ 50', 50, 'GHS')]),
    # ---- money-budget
    ('n009', 'money-budget', "India's railway ministry set aside ₹12,000 crore for new signalling on freight corridors.",
     [('money', '₹12,000 crore', 120000000000, 'INR')]),
    # ---- money-tricycle
    ('c010', 'money-tricycle', 'the tricycle driver in Cebu asked P 500 for the whole afternoon, fair?',
     [('money', 'P 500', 500, 'PHP')]),
    # ---- money-utility
    ('n011', 'money-utility', 'Eskom said repairs to the damaged Medupi unit would cost about R 1.2 billion.',
     [('money', 'R 1.2 billion', 1200000000, 'ZAR')]),
    # ---- money-tour
    ('c012', 'money-tour', 'spice tour in Stone Town was TSh 15,000 each, cloves and vanilla everywhere',
     [('money', 'TSh 15,000', 15000, 'TZS')]),
    # ---- money-aid
    ('n013', 'money-aid', "The World Bank approved half a billion dollars for flood recovery in Pakistan's Sindh province.",
     [('money', 'half a billion dollars', 500000000, 'USD')]),
    # ---- money-airtime
    ('c014', 'money-airtime', "loaded USh 10,000 of airtime this morning and it's gone already",
     [('money', 'USh 10,000', 10000, 'UGX')]),
    # ---- money-stadium
    ('n015', 'money-stadium', 'Lagos State budgeted ₦4.5 billion to resurface the Teslim Balogun Stadium pitch.',
     [('money', '₦4.5 billion', 4500000000, 'NGN')]),
    # ---- money-boat
    ('c016', 'money-boat', 'sunset felucca on the Nile at Aswan, E£ 250 for the whole boat, no haggling',
     [('money', 'E£ 250', 250, 'EGP')]),
    # ---- money-tax
    ('n017', 'money-tax', "Kenya's revenue authority expects the new levy on betting to raise KES 1.5bn a year.",
     [('money', 'KES 1.5bn', 1500000000, 'KES')]),
    # ---- money-valet
    ('c018', 'money-valet', 'valet at the mall in Dubai is Dh 50 now, madness',
     [('money', 'Dh 50', 50, 'AED')]),
    # ---- money-range
    ('n019', 'money-range', "Analysts value the Nordic telecom's tower portfolio at €1.5-2bn.",
     [('money', '€1.5-2bn', (1500000000, 2000000000), 'EUR')]),
    # ---- money-safari
    ('c020', 'money-safari', 'the desert safari outside Riyadh was SR 100 a head including dinner',
     [('money', 'SR 100', 100, 'SAR')]),
    # ---- money-range
    ('n021', 'money-range', "Bids for the concession to run Lisbon's second airport ranged from €700 million to €1 billion.",
     [('money', '€700 million to €1 billion', (700000000, 1000000000), 'EUR')]),
    # ---- money-food
    ('c022', 'money-food', 'karak and chapati for four at Souq Waqif came to QR 25',
     [('money', 'QR 25', 25, 'QAR')]),
    # ---- money-fuel
    ('n023', 'money-fuel', 'Petrol in Dublin averaged €1.80 per litre last week, according to the AA.',
     [('money', '€1.80', 1.8, 'EUR')]),
    # ---- money-parking
    ('c024', 'money-parking', 'parking at City Centre Bahrain is BD 5 if you lose the ticket',
     [('money', 'BD 5', 5, 'BHD')]),
    # ---- money-fuel
    ('n025', 'money-fuel', 'Drivers in California are paying more than $4 a gallon for regular as refinery outages drag on.',
     [('money', '$4', 4, 'USD')]),
    # ---- money-shisha
    ('c026', 'money-shisha', 'shisha in Salmiya was KD 2 each, cheaper than I expected',
     [('money', 'KD 2', 2, 'KWD')]),
    # ---- money-scale
    ('n027', 'money-scale', 'The foundation pledged three-quarters of a billion dollars to malaria vaccine research.',
     [('money', 'three-quarters of a billion dollars', 750000000, 'USD')]),
    # ---- money-souk
    ('c028', 'money-souk', 'omani halwa at the Muttrah souq, OMR 2.500 for a small tub',
     [('money', 'OMR 2.500', 2.5, 'OMR')]),
    # ---- money-budget
    ('n029', 'money-budget', "Nigeria's lawmakers passed a N2.5 trillion supplementary budget on Thursday.",
     [('money', 'N2.5 trillion', 2500000000000, 'NGN')]),
    # ---- money-hammam
    ('c030', 'money-hammam', 'the hammam in Fes was MAD 40, the scrub was extra',
     [('money', 'MAD 40', 40, 'MAD')]),
    # ---- money-wage
    ('n031', 'money-wage', "Oman's cabinet raised the minimum wage for citizens to OMR 325 a month.",
     [('money', 'OMR 325', 325, 'OMR')]),
    # ---- money-ferry
    ('c032', 'money-ferry', 'the abra across the creek in Dubai is 1 dirham, bring coins',
     [('money', '1 dirham', 1, 'AED')]),
    # ---- money-port
    ('n033', 'money-port', "Bahrain's new cargo terminal at Khalifa Bin Salman Port will cost BD 12 million.",
     [('money', 'BD 12 million', 12000000, 'BHD')]),
    # ---- money-written
    ('c034', 'money-written', 'someone on marketplace wants two and a half thousand dollars for a used e-bike, lol',
     [('money', 'two and a half thousand dollars', 2500, 'USD')]),
    # ---- money-fine
    ('n035', 'money-fine', "Kuwait's municipality will fine shops KD 500 for missing Arabic price labels.",
     [('money', 'KD 500', 500, 'KWD')]),
    # ---- money-fuel
    ('c036', 'money-fuel', "diesel's $5.20 a gallon at the truck stop outside Reno",
     [('money', '$5.20', 5.2, 'USD')]),
    # ---- money-airline
    ('n037', 'money-airline', 'Qatar Airways cut the fee for changing an economy ticket to QR 300.',
     [('money', 'QR 300', 300, 'QAR')]),
    # ---- money-pub
    ('c038', 'money-pub', "£6.50 a pint in Shoreditch, I'm moving to Wales",
     [('money', '£6.50', 6.5, 'GBP')]),
    # ---- money-fine
    ('n039', 'money-fine', "Saudi Arabia's transport authority set a flat SR 100 fine for smoking in taxis.",
     [('money', 'SR 100', 100, 'SAR')]),
    # ---- money-subscription
    ('c040', 'money-subscription', 'spotify went up to $11.99/month, cancelling',
     [('money', '$11.99', 11.99, 'USD')]),
    # ---- money-market
    ('n041', 'money-market', "Tomato prices in Cairo's Obour market jumped to E£ 30 a kilo this week.",
     [('money', 'E£ 30', 30, 'EGP')]),
    ('c042', 'money-market', 'mangoes are ₱65 a kilo at the Carbon market in Cebu',
     [('money', '₱65', 65, 'PHP')]),
    # ---- money-fare
    ('n043', 'money-fare', 'Boda boda riders in Kampala say the fare to Ntinda has risen to USh 5,000.',
     [('money', 'USh 5,000', 5000, 'UGX')]),
    # ---- money-fuel
    ('c044', 'money-fuel', "petrol's Rs 104 a litre in Mumbai right now",
     [('money', 'Rs 104', 104, RUPEE)]),
    ('n045', 'money-fuel', "Tanzania's energy regulator capped diesel at TSh 3,100 per litre in Dar es Salaam.",
     [('money', 'TSh 3,100', 3100, 'TZS')]),
    # ---- money-scale
    ('c046', 'money-scale', "bought a generator for ₦380k in Alaba, the guy swore it's original",
     [('money', '₦380k', 380000, 'NGN')]),
    # ---- money-fare
    ('n047', 'money-fare', 'Jeepney drivers in Manila asked regulators to lift the minimum fare to P 15.',
     [('money', 'P 15', 15, 'PHP')]),
    # ---- money-bound
    ('c048', 'money-bound', 'looking for a dashcam, nothing over $120',
     [('money', '$120', 120, 'USD')]),
    # ---- money-museum
    ('n049', 'money-museum', 'Entry to the Jardin Majorelle in Marrakech now costs 40 dirhams for Moroccan residents.',
     [('money', '40 dirhams', 40, 'MAD')]),
    # ---- money-bound
    ('c050', 'money-bound', 'garage reckons close to 900 quid to sort the clutch, mate',
     [('money', '900 quid', 900, 'GBP')]),
    # ---- money-subsidy
    ('n051', 'money-subsidy', "The Centre's fertiliser subsidy bill is projected at ₹1.9 lakh crore this year.",
     [('money', '₹1.9 lakh crore', 1900000000000, 'INR')]),
    # ---- money-bound
    ('c052', 'money-bound', 'rent in Lisbon can go as high as €1,800 for a T2',
     [('money', '€1,800', 1800, 'EUR')]),
    # ---- money-written
    ('n053', 'money-written', 'Bray council agreed to pay a pensioner three and a half thousand euros after a fall on a broken footpath.',
     [('money', 'three and a half thousand euros', 3500, 'EUR')]),
    # ---- money-slang
    ('c054', 'money-slang', 'lent my brother a couple hundred bucks, never seeing that again',
     [('money', 'a couple hundred bucks', 200, 'USD')]),
    # ---- money-transfer
    ('n055', 'money-transfer', 'The Portuguese club paid a million and a half euros for the teenage striker.',
     [('money', 'a million and a half euros', 1500000, 'EUR')]),
    # ---- money-spoken
    ('c056', 'money-spoken', 'the locksmith charged a hundred and twenty pounds to get me back in the flat',
     [('money', 'a hundred and twenty pounds', 120, 'GBP')]),
    # ---- money-range
    ('c057', 'money-range', 'sleeve outline quote came back at 180 to 220 euros, artist in Porto',
     [('money', '180 to 220 euros', (180, 220), 'EUR')]),
    # ---- money-spoken
    ('c058', 'money-spoken', 'grooming for the spaniel is forty-five dollars plus tip',
     [('money', 'forty-five dollars', 45, 'USD')]),
    # ---- money-code
    ('c059', 'money-code', "escape room in Zurich was 28 CHF each, we didn't get out",
     [('money', '28 CHF', 28, 'CHF')]),
    # ---- money-grocery
    ('c060', 'money-grocery', 'braai pack at Checkers was R 189, feeds six',
     [('money', 'R 189', 189, 'ZAR')]),
    # ---- money-scale
    ('c061', 'money-scale', "my brother's youtube channel made like 1.5k USD last month",
     [('money', '1.5k USD', 1500, 'USD')]),
    ('c062', 'money-scale', 'apparently that superyacht cost half a billion euros',
     [('money', 'half a billion euros', 500000000, 'EUR')]),
    # ---- money-banknote
    ('c063', 'money-banknote', 'got handed a fake 1000-peso bill at the tiangge in Divisoria, ugh',
     [('money', '1000-peso', 1000, 'PHP')]),
    # ---- money-bikeshare
    ('c064', 'money-bikeshare', 'citi bike day pass is $19 now, used to be 12',
     [('money', '$19', 19, 'USD')]),
    # ---- money-cinema
    ('c065', 'money-cinema', 'two tickets and popcorn at the Odeon came to £38.70',
     [('money', '£38.70', 38.7, 'GBP')]),
    # ---- dur-ceasefire
    ('n066', 'dur-ceasefire', 'Both sides agreed to a 48-hour ceasefire to let aid convoys into the city.',
     [('duration', '48-hour', 48, 'hour')]),
    # ---- dur-iso
    ('c067', 'dur-iso', 'set the session timeout to PT30M in the config, 15 was too short',
     [('duration', 'PT30M', 30, 'minute')]),
    # ---- dur-trade
    ('n068', 'dur-trade', 'Washington gave its trading partners a 90-day window to negotiate before tariffs rise.',
     [('duration', '90-day', 90, 'day')]),
    # ---- dur-iso
    ('c069', 'dur-iso', 'the API says retry-after is PT1H30M, so basically wait till after lunch',
     [('duration', 'PT1H30M', 90, 'minute')]),
    # ---- dur-strike
    ('n070', 'dur-strike', 'The three-week-long strike at the Antwerp container terminals ended on Friday.',
     [('duration', 'three-week-long', 3, 'week')]),
    # ---- dur-composite
    ('c071', 'dur-composite', 'steep the oolong 5 min 30 s then pour it all out',
     [('duration', '5 min 30 s', 330, 'second')]),
    # ---- dur-court
    ('n072', 'dur-court', 'A 19-year-old from Bristol was jailed for 10 years for the arson attack on a warehouse.',
     [('duration', '10 years', 10, 'year')]),
    # ---- dur-glued
    ('c073', 'dur-glued', 'the smoker app says 1h 45m left on the brisket',
     [('duration', '1h 45m', 105, 'minute')]),
    # ---- dur-work
    ('n074', 'dur-work', 'A Scottish trial of a four-day week ran for two years across 30 firms.',
     [('duration', 'four-day', 4, 'day'), ('duration', 'two years', 2, 'year')]),
    # ---- dur-bound
    ('c075', 'dur-bound', 'been on hold with the council the better part of an hour',
     [('duration', 'an hour', 1, 'hour')]),
    # ---- dur-court
    ('n076', 'dur-court', 'A Vilnius court gave an ex-minister a six-month suspended sentence and a two-year ban from public office.',
     [('duration', 'six-month', 6, 'month'), ('duration', 'two-year', 2, 'year')]),
    # ---- dur-drive
    ('c077', 'dur-drive', "it's a two-and-a-half-hour drive to the lake house without traffic",
     [('duration', 'two-and-a-half-hour', 2.5, 'hour')]),
    # ---- dur-space
    ('n078', 'dur-space', 'Built for five 90-second flights, the Mars helicopter once stayed aloft for 169 seconds.',
     [('duration', '90-second', 90, 'second'), ('duration', '169 seconds', 169, 'second')]),
    # ---- dur-range
    ('c079', 'dur-range', 'tile adhesive needs 24-48 hours before you grout',
     [('duration', '24-48 hours', (24, 48), 'hour')]),
    # ---- dur-bridge
    ('n080', 'dur-bridge', 'Hammersmith Bridge will close to buses for a month and a half while cables are replaced.',
     [('duration', 'a month and a half', 1.5, 'month')]),
    # ---- dur-age
    ('c081', 'dur-age', 'my ten-year-old has a 3-hour swim gala on saturday, pray for me',
     [('duration', '3-hour', 3, 'hour')]),
    # ---- dur-power
    ('n082', 'dur-power', "A two-and-a-half-hour power cut hit Valletta's hospitals on Tuesday.",
     [('duration', 'two-and-a-half-hour', 2.5, 'hour')]),
    # ---- dur-work
    ('c083', 'dur-work', "we're allowed to work from home two days a week now",
     [('duration', 'two days', 2, 'day')]),
    # ---- dur-health
    ('n084', 'dur-health', 'The WHO recommends at least 150 minutes of moderate exercise a week for adults.',
     [('duration', '150 minutes', 150, 'minute')]),
    # ---- dur-podcast
    ('c085', 'dur-podcast', 'the podcast episode ran three and a half hours, who has the time',
     [('duration', 'three and a half hours', 3.5, 'hour')]),
    # ---- dur-housing
    ('n086', 'dur-housing', "Tenants in Berlin must now get nine months' notice before their flat is sold.",
     [('duration', 'nine months', 9, 'month')]),
    # ---- dur-gaming
    ('c087', 'dur-gaming', 'raid resets every 7 days and a full clear takes us like 4 hrs',
     [('duration', '7 days', 7, 'day'), ('duration', '4 hrs', 4, 'hour')]),
    # ---- dur-history
    ('n088', 'dur-history', 'Construction of Cologne Cathedral dragged on for 632 years.',
     [('duration', '632 years', 632, 'year')]),
    # ---- dur-parking
    ('c089', 'dur-parking', 'retail park car park: the first 2 hours cost nothing, then they clamp you',
     [('duration', '2 hours', 2, 'hour')]),
    # ---- dur-tennis
    ('n090', 'dur-tennis', 'A five-set epic on Court One ran 4 hours 52 minutes before the Italian prevailed.',
     [('duration', '4 hours 52 minutes', 292, 'minute')]),
    # ---- dur-pets
    ('c091', 'dur-pets', 'cats flying into Australia do 10 days of quarantine at Mickleham',
     [('duration', '10 days', 10, 'day')]),
    # ---- dur-marathon
    ('n092', 'dur-marathon', "She crossed the line in Boston in 2:19:36 to take the women's title.",
     [('duration', '2:19:36', 8376, 'second')]),
    # ---- dur-fitness
    ('c093', 'dur-fitness', 'tabata is 20 seconds on, 10 seconds off, for 4 minutes',
     [('duration', '20 seconds', 20, 'second'), ('duration', '10 seconds', 10, 'second'),
      ('duration', '4 minutes', 4, 'minute')]),
    # ---- dur-science
    ('n094', 'dur-science', 'Light from Mars takes between 3 and 22 minutes to reach Earth, depending on where the planets sit.',
     [('duration', '3 and 22 minutes', (3, 22), 'minute')]),
    # ---- dur-bound
    ('c095', 'dur-bound', 'al dente is a hair under 9 minutes for rigatoni, trust me',
     [('duration', '9 minutes', 9, 'minute')]),
    # ---- dur-tech
    ('n096', 'dur-tech', 'The search engine says most queries now return results in under 0.4 seconds.',
     [('duration', '0.4 seconds', 0.4, 'second')]),
    # ---- dur-bound
    ('c097', 'dur-bound', 'flight to Lisbon is two hours more or less',
     [('duration', 'two hours', 2, 'hour')]),
    # ---- dur-politics
    ('n098', 'dur-politics', "Spain's new government set out a 100-day plan for housing.",
     [('duration', '100-day', 100, 'day')]),
    # ---- dur-medicine
    ('n099', 'dur-medicine', 'Patients should take the antiviral within 48 hours of their first symptoms.',
     [('duration', '48 hours', 48, 'hour')]),
    # ---- dur-offset
    ('c100', 'dur-offset', "the courier said he'd be here 45 minutes ago",
     [('duration', '45 minutes', 45, 'minute')]),
    # ---- dur-economy
    ('n101', 'dur-economy', "Turkey's inflation has stayed above target for the better part of a decade.",
     [('duration', 'a decade', 10, 'year')]),
    # ---- dur-video
    ('c102', 'dur-video', "the clip's 2m 47s long, can you trim it to 60 seconds",
     [('duration', '2m 47s', 167, 'second'), ('duration', '60 seconds', 60, 'second')]),
    # ---- dur-weather
    ('n103', 'dur-weather', 'Snow fell on Sapporo for 36 hours without a break.',
     [('duration', '36 hours', 36, 'hour')]),
    # ---- dur-dental
    ('c104', 'dur-dental', 'braces come off in 18 months if I wear the bands',
     [('duration', '18 months', 18, 'month')]),
    # ---- dur-rail
    ('n105', 'dur-rail', 'The Eurostar journey from Paris to Amsterdam takes 3h 18m after the timetable change.',
     [('duration', '3h 18m', 198, 'minute')]),
    # ---- dur-visa
    ('c106', 'dur-visa', 'visa processing took three and a half weeks, finally got it',
     [('duration', 'three and a half weeks', 3.5, 'week')]),
    # ---- dur-court
    ('n107', 'dur-court', 'A Lagos court adjourned the fraud trial for six weeks to allow new evidence.',
     [('duration', 'six weeks', 6, 'week')]),
    # ---- dur-spa
    ('c108', 'dur-spa', 'got mum a 90-minute hot stone voucher for her birthday',
     [('duration', '90-minute', 90, 'minute')]),
    # ---- dur-latency
    ('c109', 'dur-latency', "ping's 12 ms on ethernet vs 40 on wifi",
     [('duration', '12 ms', 12, 'millisecond')]),
    # ---- dur-battery
    ('c110', 'dur-battery', 'tablet claims 7.5 hours of video playback, I get about 5',
     [('duration', '7.5 hours', 7.5, 'hour')]),
    # ---- dur-cooking
    ('c111', 'dur-cooking', 'popcorn bag says 2 min 15 sec, mine always burns',
     [('duration', '2 min 15 sec', 135, 'second')]),
    # ---- dur-rent
    ('c112', 'dur-rent', '2 years 4 months in this rental and the landlord has never once fixed the boiler',
     [('duration', '2 years 4 months', 28, 'month')]),
    # ---- dur-cycling
    ('c113', 'dur-cycling', 'finished the Peak District sportive in 5:47:09, legs destroyed',
     [('duration', '5:47:09', 20829, 'second')]),
    # ---- dur-notice
    ('c114', 'dur-notice', "handed in a month's notice on the flat today",
     [('duration', 'a month', 1, 'month')]),
    # ---- dur-baking
    ('c115', 'dur-baking', 'cling film on, warm spot, and the dough wants an hour and a quarter to double',
     [('duration', 'an hour and a quarter', 1.25, 'hour')]),
    # ---- dur-school
    ('c116', 'dur-school', 'the kids have a 45-minute bus ride each way',
     [('duration', '45-minute', 45, 'minute')]),
    # ---- dur-medical
    ('c117', 'dur-medical', "ortho reckons I'm in this boot for 4 to 6 weeks, ugh",
     [('duration', '4 to 6 weeks', (4, 6), 'week')]),
    # ---- dur-road
    ('c118', 'dur-road', 'we drove 11 hours straight to get to Montana',
     [('duration', '11 hours', 11, 'hour')]),
    # ---- dur-festival
    ('c119', 'dur-festival', "there's a week-long festival in the village every August",
     [('duration', 'week-long', 1, 'week')]),
    # ---- dur-tv
    ('c120', 'dur-tv', 'binge-watched 9 hrs of the new season, no regrets',
     [('duration', '9 hrs', 9, 'hour')]),
    # ---- qty-speed
    ('n121', 'qty-speed', 'German police caught a driver doing 212 km/h on a stretch limited to 120 km/h near Kassel.',
     [('quantity', '212 km/h', 212, 'kilometer/hour'),
      ('quantity', '120 km/h', 120, 'kilometer/hour')]),
    # ---- qty-physics
    ('c122', 'qty-physics', 'physics homework: g is 9.81 m/s² right, not 10?',
     [('quantity', '9.81 m/s²', 9.81, 'meter/second**2')]),
    # ---- qty-crash
    ('n123', 'qty-crash', 'The sled test in Wolfsburg measured a peak deceleration of 29.4 m/s².',
     [('quantity', '29.4 m/s²', 29.4, 'meter/second**2')]),
    # ---- qty-mpg
    ('c124', 'qty-mpg', 'the 2009 civic still manages 30 mpg on long runs',
     [('quantity', '30 mpg', 30, MPG)]),
    # ---- qty-grid
    ('n125', 'qty-grid', 'A proposed interconnector between Norway and Scotland would move up to 1.2 GW of power.',
     [('quantity', '1.2 GW', 1.2, 'gigawatt')]),
    # ---- qty-fuel
    ('c126', 'qty-fuel', 'the TDI does 5 l/100 km if you drive like a grandma',
     [('quantity', '5 l/100 km', 0.05, 'liter/kilometer')]),
    # ---- qty-grid
    ('n127', 'qty-grid', 'Tanzania energised a 400 kV line linking Singida to Arusha.',
     [('quantity', '400 kV', 400, 'kilovolt')]),
    # ---- qty-nutrition
    ('c128', 'qty-nutrition', 'my calorie target is 2,000 kcal and the burrito is 1,100 of that',
     [('quantity', '2,000 kcal', 2000, 'kilocalorie')]),
    # ---- qty-farm
    ('n129', 'qty-farm', "Maize yields in Zambia's Southern Province averaged 3.5 tonnes per hectare this season.",
     [('quantity', '3.5 tonnes', 3.5, 'tonne')]),
    # ---- qty-battery
    ('c130', 'qty-battery', 'the gimbal takes a 1,500 mAh battery, got two spares',
     [('quantity', '1,500 mAh', 1500, 'milliampere_hour')]),
    # ---- qty-air
    ('n131', 'qty-air', 'Air monitors in Kraków recorded 15 µg/m³ of PM2.5 on the cleanest day of January.',
     [('quantity', '15 µg/m³', 15, PM)]),
    # ---- qty-tyres
    ('c132', 'qty-tyres', 'tyres need to be at 32 psi front, 30 rear',
     [('quantity', '32 psi', 32, 'psi')]),
    # ---- qty-quake
    ('n133', 'qty-quake', "Japan's weather agency put the depth of the magnitude 6.1 tremor off Hokkaido at 40 km.",
     [('quantity', '40 km', 40, 'kilometer')]),
    # ---- qty-coffee
    ('c134', 'qty-coffee', 'espresso machine should pull at 9 bar but the gauge says 7 bar',
     [('quantity', '9 bar', 9, 'bar'), ('quantity', '7 bar', 7, 'bar')]),
    # ---- qty-storm
    ('n135', 'qty-storm', 'The Category 4 storm made landfall with sustained winds of 150 mph.',
     [('quantity', '150 mph', 150, 'mile/hour')]),
    # ---- qty-ev
    ('c136', 'qty-ev', "the e-bike battery is 0.5 kWh, the car's is 77 kWh",
     [('quantity', '0.5 kWh', 0.5, 'kilowatt_hour'), ('quantity', '77 kWh', 77, 'kilowatt_hour')]),
    # ---- qty-temp
    ('n137', 'qty-temp', 'Oslo shivered at -3C on Tuesday as the first frost arrived.',
     [('quantity', '-3C', -3, 'degree_Celsius')]),
    # ---- qty-air
    ('c138', 'qty-air', 'PM2.5 is 48 µg/m³ outside, keeping the windows shut',
     [('quantity', '48 µg/m³', 48, PM)]),
    # ---- qty-customs
    ('n139', 'qty-customs', 'Customs in Mombasa seized a 40-foot container packed with counterfeit phones.',
     [('quantity', '40-foot', 40, 'foot')]),
    # ---- qty-fever
    ('c140', 'qty-fever', "baby's at 38.5C, calpol or doctor?",
     [('quantity', '38.5C', 38.5, 'degree_Celsius')]),
    # ---- qty-noise
    ('n141', 'qty-noise', 'Residents near Schiphol say night flights regularly exceed 65 dB.',
     [('quantity', '65 dB', 65, 'decibel')]),
    # ---- qty-height
    ('c142', 'qty-height', 'I\'m 6\'2" and airline seats are torture',
     [('quantity', '6\'2"', 74, 'inch')]),
    # ---- qty-battery
    ('n143', 'qty-battery', 'The home battery unit stores 12 kWh, enough to run a typical house overnight.',
     [('quantity', '12 kWh', 12, 'kilowatt_hour')]),
    # ---- qty-height
    ('c144', 'qty-height', "she's 5′ 10″ in socks and still wants heels",
     [('quantity', '5′ 10″', 70, 'inch')]),
    # ---- qty-pressure
    ('n145', 'qty-pressure', 'Firefighters in Marseille pumped water at 8 bar to reach the upper floors.',
     [('quantity', '8 bar', 8, 'bar')]),
    # ---- qty-steak
    ('c146', 'qty-steak', 'ordered a 12-ounce steak, medium rare, no regrets',
     [('quantity', '12-ounce', 12, 'ounce')]),
    # ---- qty-rain
    ('n147', 'qty-rain', 'The town of Chiva near Valencia recorded 491 litres per square metre of rain.',
     [('quantity', '491 litres', 491, 'liter')]),
    # ---- qty-party
    ('c148', 'qty-party', "don't forget a 2-litre bottle of coke for the barbecue",
     [('quantity', '2-litre', 2, 'liter')]),
    # ---- qty-space
    ('n149', 'qty-space', 'The asteroid, about 60 metres wide, will pass within 1.8 million km of Earth.',
     [('quantity', '60 metres', 60, 'meter'),
      ('quantity', '1.8 million km', 1800000, 'kilometer')]),
    # ---- qty-run
    ('c150', 'qty-run', 'signed up for a 10-km run in the park on sunday',
     [('quantity', '10-km', 10, 'kilometer')]),
    # ---- qty-data
    ('n151', 'qty-data', 'The new subsea cable carries 320 Tbps between Lisbon and Fortaleza.',
     [('quantity', '320 Tbps', 320, 'terabit/second')]),
    # ---- qty-tv
    ('c152', 'qty-tv', 'got a 55-inch 4K TV in the sale',
     [('quantity', '55-inch', 55, 'inch')]),
    # ---- qty-fish
    ('n153', 'qty-fish', 'A salmon farm off the Faroes harvested 2,300 tonnes of fish last season.',
     [('quantity', '2,300 tonnes', 2300, 'tonne')]),
    # ---- qty-noise
    ('c154', 'qty-noise', "the neighbours' music hit 78 dB on my phone app, is that legal",
     [('quantity', '78 dB', 78, 'decibel')]),
    # ---- qty-height
    ('n155', 'qty-height', "The Burj Khalifa's spire tops out at 828 metres.",
     [('quantity', '828 metres', 828, 'meter')]),
    # ---- qty-pool
    ('c156', 'qty-pool', "pool strips say pH 7.4 and the water's 28°C, perfect",
     [('quantity', '28°C', 28, 'degree_Celsius')]),
    # ---- qty-fuel
    ('n157', 'qty-fuel', 'Toyota says the new hybrid averages 4.2 l/100 km in city driving.',
     [('quantity', '4.2 l/100 km', 0.042, 'liter/kilometer')]),
    # ---- qty-torque
    ('c158', 'qty-torque', "wheel nuts need 110 Nm, don't just lean on it",
     [('quantity', '110 Nm', 110, 'newton*meter')]),
    # ---- qty-mpg
    ('n159', 'qty-mpg', 'The EPA rated the pickup at 23 mpg on the highway.',
     [('quantity', '23 mpg', 23, MPG)]),
    # ---- qty-dimension
    ('c160', 'qty-dimension', 'the mattress is 150 x 200 cm, will the sheets fit',
     [('quantity', '150', 150, 'centimeter'), ('quantity', '200 cm', 200, 'centimeter')]),
    # ---- qty-area
    ('n161', 'qty-area', 'Wildfires in Alberta have burned 1.2 million hectares since May.',
     [('quantity', '1.2 million hectares', 1200000, 'hectare')]),
    # ---- qty-luggage
    ('c162', 'qty-luggage', 'airline allows 7 kg in the cabin and my backpack is 9.2 kg',
     [('quantity', '7 kg', 7, 'kilogram'), ('quantity', '9.2 kg', 9.2, 'kilogram')]),
    # ---- qty-depth
    ('n163', 'qty-depth', 'Submersibles reach the wreck of the Titanic at a depth of 3,800 metres.',
     [('quantity', '3,800 metres', 3800, 'meter')]),
    # ---- qty-recipe
    ('c164', 'qty-recipe', 'recipe wants 1¼ cups of milk and a pinch of salt',
     [('quantity', '1¼ cups', 1.25, 'cup')]),
    # ---- qty-data
    ('c165', 'qty-data', "my plan gives 30 GB and rolls over whatever's left",
     [('quantity', '30 GB', 30, GB)]),
    # ---- qty-wifi
    ('c166', 'qty-wifi', 'router does 2.4 GHz and 5 GHz, which one for gaming',
     [('quantity', '2.4 GHz', 2.4, 'gigahertz'), ('quantity', '5 GHz', 5, 'gigahertz')]),
    # ---- qty-cooking
    ('c167', 'qty-cooking', 'the turkey is 6.3 kg, how long per kilo?',
     [('quantity', '6.3 kg', 6.3, 'kilogram')]),
    # ---- qty-distance
    ('c168', 'qty-distance', "it's like 3 miles from the station, just uber it",
     [('quantity', '3 miles', 3, 'mile')]),
    # ---- qty-range
    ('c169', 'qty-range', 'the lounge walls will take 4-5 litres of emulsion, two coats',
     [('quantity', '4-5 litres', (4, 5), 'liter')]),
    # ---- qty-area
    ('c170', 'qty-area', 'allotment plot is 250 m² and I can barely keep up',
     [('quantity', '250 m²', 250, 'meter**2')]),
    # ---- qty-bound
    ('c171', 'qty-bound', 'case is a hair under 23 kg, phew',
     [('quantity', '23 kg', 23, 'kilogram')]),
    # ---- qty-freezer
    ('c172', 'qty-freezer', 'freezer should be at -18°C, ours is reading -12',
     [('quantity', '-18°C', -18, 'degree_Celsius')]),
    # ---- qty-fraction
    ('c173', 'qty-fraction', 'need half a metre of ribbon for the bow',
     [('quantity', 'half a metre', 0.5, 'meter')]),
    # ---- qty-range
    ('c174', 'qty-range', "kite's going up, gusting 25 to 30 knots at the beach",
     [('quantity', '25 to 30 knots', (25, 30), 'knot')]),
    # ---- qty-drone
    ('c175', 'qty-drone', "drone can't go above 120 m here, it's the law",
     [('quantity', '120 m', 120, 'meter')]),
    # ---- mixed
    ('c176', 'mixed', 'filled up 15 gallons at $4.29 a gallon, ouch',
     [('quantity', '15 gallons', 15, GALLON), ('money', '$4.29', 4.29, 'USD')]),
    ('n177', 'mixed', 'The Kenya Pipeline Company will build a 450 km line to Kisumu for KSh 40 billion over three years.',
     [('quantity', '450 km', 450, 'kilometer'),
      ('money', 'KSh 40 billion', 40000000000, 'KES'), ('duration', 'three years', 3, 'year')]),
    ('c178', 'mixed', 'Lidl pumps have diesel at €1.69 per litre, camper swallowed 70 litres',
     [('money', '€1.69', 1.69, 'EUR'), ('quantity', '70 litres', 70, 'liter')]),
    ('n179', 'mixed', 'A 1.5 MW solar farm in Mpumalanga cost R 28 million and took eight months to build.',
     [('quantity', '1.5 MW', 1.5, 'megawatt'), ('money', 'R 28 million', 28000000, 'ZAR'),
      ('duration', 'eight months', 8, 'month')]),
    ('c180', 'mixed', 'the 8-ounce filet was $42 and the sides were extra',
     [('quantity', '8-ounce', 8, 'ounce'), ('money', '$42', 42, 'USD')]),
    ('n181', 'mixed', 'Saudi Aramco shipped 6.2 million barrels a day in March, earning about SR 1.9 billion daily.',
     [('quantity', '6.2 million barrels', 6200000, 'oil_barrel'),
      ('money', 'SR 1.9 billion', 1900000000, 'SAR')]),
    ('c182', 'mixed', 'half marathon, 21.1 km in 1h 58m, new PB',
     [('quantity', '21.1 km', 21.1, 'kilometer'), ('duration', '1h 58m', 118, 'minute')]),
    ('n183', 'mixed', "Egypt's new high-speed line will cover 660 km in under four hours, with fares from E£ 450.",
     [('quantity', '660 km', 660, 'kilometer'), ('duration', 'four hours', 4, 'hour'),
      ('money', 'E£ 450', 450, 'EGP')]),
    ('c184', 'mixed', 'the hotel shuttle from Doha airport is QR 30 and takes 25 mins',
     [('money', 'QR 30', 30, 'QAR'), ('duration', '25 mins', 25, 'minute')]),
    ('n185', 'mixed', "Qatar's new desalination plant will produce 130 million gallons a day at a cost of QR 1.8 billion.",
     [('quantity', '130 million gallons', 130000000, GALLON),
      ('money', 'QR 1.8 billion', 1800000000, 'QAR')]),
    ('c186', 'mixed', 'bought 2 kg of dates in Deira for 40 dirhams',
     [('quantity', '2 kg', 2, 'kilogram'), ('money', '40 dirhams', 40, 'AED')]),
    ('n187', 'mixed', 'A 12-tonne humpback was freed from fishing nets off Sydney after a five-hour rescue.',
     [('quantity', '12-tonne', 12, 'tonne'), ('duration', 'five-hour', 5, 'hour')]),
    ('c188', 'mixed', 'camel trek in Merzouga, 2 hours out to the dunes and MAD 350 for the camp',
     [('duration', '2 hours', 2, 'hour'), ('money', 'MAD 350', 350, 'MAD')]),
    ('n189', 'mixed', 'In Nueva Ecija, a 50-kilo sack of palay now fetches about P 1,150.',
     [('quantity', '50-kilo', 50, 'kilogram'), ('money', 'P 1,150', 1150, 'PHP')]),
    ('c190', 'mixed', 'sending a 40-foot box from Mombasa up to Kampala, agent says 5 days by rail and about USh 9 million',
     [('quantity', '40-foot', 40, 'foot'), ('duration', '5 days', 5, 'day'),
      ('money', 'USh 9 million', 9000000, 'UGX')]),
    ('n191', 'mixed', 'Omani authorities fined a trawler captain OMR 1,000 and barred him from fishing for six months.',
     [('money', 'OMR 1,000', 1000, 'OMR'), ('duration', 'six months', 6, 'month')]),
    ('c192', 'mixed', 'topped up 12 kWh at the supermarket charger and paid £9.60',
     [('quantity', '12 kWh', 12, 'kilowatt_hour'), ('money', '£9.60', 9.6, 'GBP')]),
    ('n193', 'mixed', "Bahrain's 25-kilometre causeway extension is budgeted at BD 400 million.",
     [('quantity', '25-kilometre', 25, 'kilometer'),
      ('money', 'BD 400 million', 400000000, 'BHD')]),
    ('c194', 'mixed', 'ferry to Zanzibar is 2 hours and TSh 80,000 for non-residents',
     [('duration', '2 hours', 2, 'hour'), ('money', 'TSh 80,000', 80000, 'TZS')]),
    ('n195', 'mixed', 'Indian Railways will spend ₹2,500 crore to cut the Mumbai–Delhi journey to 12 hours at 160 km/h.',
     [('money', '₹2,500 crore', 25000000000, 'INR'), ('duration', '12 hours', 12, 'hour'),
      ('quantity', '160 km/h', 160, 'kilometer/hour')]),
    ('c196', 'mixed', 'the guy at the souk in Muscat wanted OMR 15 for 500 g of frankincense',
     [('money', 'OMR 15', 15, 'OMR'), ('quantity', '500 g', 500, 'gram')]),
    ('c197', 'mixed', 'wheels up to touchdown Lagos to Abuja was 1h 10m, and the seat set me back ₦145k',
     [('duration', '1h 10m', 70, 'minute'), ('money', '₦145k', 145000, 'NGN')]),
    ('c198', 'mixed', 'our 200 m² warehouse rent is KD 900 a month',
     [('quantity', '200 m²', 200, 'meter**2'), ('money', 'KD 900', 900, 'KWD')]),
    ('c199', 'mixed', 'AC on 24°C all day and the bill was still BD 60',
     [('quantity', '24°C', 24, 'degree_Celsius'), ('money', 'BD 60', 60, 'BHD')]),
    ('c200', 'mixed', 'the ambulance took 35 minutes and then billed me $1,800 for a 4-mile ride',
     [('duration', '35 minutes', 35, 'minute'), ('money', '$1,800', 1800, 'USD'),
      ('quantity', '4-mile', 4, 'mile')]),
    # ---- money-neg
    ('c201', 'money-neg', 'finally upgraded to a 4K TV, the football looks unreal',
     []),
    ('n202', 'money-neg', 'The 1% Club returned to ITV with a new series of questions.',
     []),
    ('c203', 'money-neg', 'the new bakery is on Pound Street, next to the library',
     []),
    ('n204', 'money-neg', 'Mike Pence addressed a conservative conference in Iowa.',
     []),
    ('c205', 'money-neg', "my guinea pig escaped again, he's under the sofa",
     []),
    ('n206', 'money-neg', 'Arsenal won 3-2 at Villa Park after a late header.',
     []),
    ('c207', 'money-neg', 'you watching the Milwaukee Bucks game tonight?',
     []),
    ('n208', 'money-neg', "The bank's former chairman appeared at Southwark Crown Court on Monday.",
     []),
    ('c209', 'money-neg', 'my nan watches reruns of The $100,000 Pyramid every afternoon',
     []),
    ('c210', 'money-neg', 'card ending 4417, expiry 09/27, can you book the tickets',
     []),
    ('n211', 'money-neg', 'Five Below opened its first store in Puerto Rico.',
     []),
    ('c212', 'money-neg', "new PIN's 8812, writing it here so I don't forget lol",
     []),
    ('n213', 'money-neg', "Britain's inflation rate eased to 3.2% in September.",
     []),
    ('c214', 'money-neg', "Euro 2024 in Germany was class, can't wait for the next one",
     []),
    ('n215', 'money-neg', 'The Bank of Japan left rates unchanged as the yen weakened.',
     []),
    ('c216', 'money-neg', "the rand's looking weak against the dollar again, I'll change money later",
     []),
    ('c217', 'money-neg', 'went to 99p Stores for balloons and party hats',
     []),
    # ---- dur-neg
    ('c218', 'dur-neg', 'popped into the 7-Eleven for ice and a lotto ticket',
     []),
    ('n219', 'dur-neg', 'A ten-year-old from Cork won the national spelling bee.',
     []),
    ('c220', 'dur-neg', 'the 75-year-old neighbour still shovels his own drive',
     []),
    ('n221', 'dur-neg', 'The 150-year-old pier at Saltburn reopened after repairs.',
     []),
    ('c222', 'dur-neg', "my sister's three-week-old is finally sleeping through the night",
     []),
    ('n223', 'dur-neg', 'Gym chain 24 Hour Fitness closed several clubs in Texas.',
     []),
    ('c224', 'dur-neg', "Rush Hour 3 is on Netflix, so bad it's good",
     []),
    ('n225', 'dur-neg', "Year of the Dragon celebrations filled London's Chinatown.",
     []),
    ('c226', 'dur-neg', "quarter past six by the cinema doors, don't be late",
     []),
    ('c227', 'dur-neg', "gym's open from 6 till 10 on weekdays",
     []),
    ('c228', 'dur-neg', 'the kids are in Year 4 and Year 6 now, where did the time go',
     []),
    ('n229', 'dur-neg', 'Season 3 of the drama starts filming in Belfast.',
     []),
    ('c230', 'dur-neg', "10th anniversary this friday and I've booked nothing, help",
     []),
    ('c231', 'dur-neg', 'he turned 40 and bought a motorbike, classic',
     []),
    ('n232', 'dur-neg', "The 1990s saw the town's population double.",
     []),
    ('c233', 'dur-neg', 'that 3-2 win last night was nerve-wracking',
     []),
    # ---- qty-neg
    ('n234', 'qty-neg', 'Formula 1 teams arrived in Baku for the Azerbaijan round.',
     []),
    ('c235', 'qty-neg', 'drove Route 66 from Chicago to Santa Monica, bucket list done',
     []),
    ('c236', 'qty-neg', 'thinking of trading in for the iPhone 15, thoughts',
     []),
    ('c237', 'qty-neg', "no 5G at my parents' place, barely even 4G",
     []),
    ('n238', 'qty-neg', 'A Boeing 747 made its final flight for the Dutch airline.',
     []),
    ('c239', 'qty-neg', 'that conspiracy podcast about Area 51 kept me up all night',
     []),
    ('c240', 'qty-neg', "printer's out of A4 paper again",
     []),
    ('c241', 'qty-neg', 'any chance this wrap dress comes in a size 8',
     []),
    ('c242', 'qty-neg', 'Mr. Stone said the homework is due thursday',
     []),
    ('n243', 'qty-neg', 'Kelvin Harris was named head coach of the Glasgow club.',
     []),
    ('c244', 'qty-neg', "it's meant to hit minus 12 tonight, bring the plants in",
     []),
    ('n245', 'qty-neg', 'Forecasters expect highs in the low 30s across Andalusia this weekend.',
     []),
    ('c246', 'qty-neg', 'soil test came back pH 6.5, good for tomatoes apparently',
     []),
    ('n247', 'qty-neg', 'Fahrenheit 451 topped a list of the most challenged books in US schools.',
     []),
    ('c248', 'qty-neg', 'bought a jumper from Joules, love it',
     []),
    ('n249', 'qty-neg', "A statue of James Watt was cleaned in Birmingham's Chamberlain Square.",
     []),
    ('c250', 'qty-neg', 'the UV index is 9 today, wear suncream',
     []),
]
