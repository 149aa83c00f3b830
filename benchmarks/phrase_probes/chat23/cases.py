"""Held-out probe chat23: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat22 or classes).
Money leans on Asian and Latin American forms: "¥", "元", "CN¥", "RMB", "yuan",
"NT$", "NTD", "HK$", "S$", "RM", "Rp", "₩", "won", "฿", "baht", "dong", "R$", "MXN",
"pesos" in Mexico, Colombia and Chile, "COP", "ARS", "S/" and "S/.", "CLP", and a
bare "$" in Mexico, Colombia and Argentina; South Asian scales only where English
news copy uses them ("Rs 10 lakh", "₹4.5 crore", "Tk 500 crore"); per-head and
per-piece prices ("apiece", "each", "a head"); ranges with "to", "-" and "or";
bounds ("up to", "no more than", "north of", "shy of", "upwards of", "a shade over",
"no higher than"); money in words and in digits with words ("1.2 million dollars",
"3 grand", "twelve hundred bucks", "two point four million dollars", "eighteen
hundred pesos", "forty thousand yen"). Durations cover sport and work: bans and
suspensions (in time units they are durations, in matches or games they are counts),
quarantines, notice, a fortnight, "the best part of a year", quarters of an hour,
shortenings ("90 mins", "1.5 hrs", "2 yrs", "18 mos") and ranges ("3 to 5 years").
Quantities cover cooking, weather, engineering and sport ("a 5k", "a 26.2-mile
marathon", "the 100m sprint", "2.5 inches of rain", "3 feet of snow", "1,200 sq ft",
"40 acres", "15 knots", "8 oz", "a 10-ton truck", "1/2 tsp", "200 g", "6-foot-8", "a
40-tonner", "±0.05 mm"), beside names and counts that carry no claim ("35 mm film",
"a 3-bed", "a 6-pack", magnitudes); 50 rows hold nothing (product names, addresses,
scores, dates, phone numbers, versions and more).
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
chat19's (../chat19/cases.py), chat20's (../chat20/cases.py), chat21's
(../chat21/cases.py) and chat22's (../chat22/cases.py), all unchanged and decided
before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16, chat17, chat18, chat19, chat20, chat21 and
chat22; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers a bare "shy
   of" (chat12's "just shy of" without "just": "shy of 4 hours" = 4 hour), "a shade
   over" (the mirror of chat14's "a shade under"), "no higher than" (chat4's "no more
   than") and a tolerance written with "±" ("25 mm ±0.05 mm" gives two claims, 25
   millimeter and 0.05 millimeter: the tolerance is a length of its own, the number
   itself). chat4's "up to", "no more than", chat6's "north of" and "upwards of" and
   chat10's "max" are used again unchanged.
 * "apiece", "each" and "a head" after a price are chat4's rate denominators
   (chat14, chat17, chat21): "฿60 apiece" = 60 THB, "₩2 million each" = 2e6 KRW,
   "25,000 yen a head" = 25000 JPY; a count next to them ("we got four", "each
   fisherman") is no claim.
 * Ranges: "400 or 500 baht" (chat4's "5 or 6 minutes" with the currency word after
   the second number, chat13), "NT$60-120" (chat14's mark on the first number only),
   "HK$5 million to HK$9 million" and "between Rp 8 trillion and Rp 10 trillion"
   (mark and scale on both ends, chat21), "150,000 to 250,000 dong", "300 or 350
   pesos", "3 to 5 years", "3-4 weeks", "six to eight weeks", "two or three days",
   "50 or 60 minutes", "10 to 14 days", "3-5 working days" (chat5), "25 to 30 min",
   "1.5 to 2 km" and "between 1 and 1.5 metres" (chat13's unit after the second
   number): each one range claim.
 * Counts, names and formats with no claim (chat4's counts, chat13's counts in
   hyphenated modifiers): "a 3-bed" (chat13's "the two-bed"), "a 6-pack" and "a
   six-pack" (a count of cans), "a five-man crew" (a count of people), "a 10-match
   ban", "a two-game suspension", "banned for six matches" and "a one-match ban"
   (chat10's "a three-match ban": counted in matches or games, a ban is a count; in
   time units it is a duration, "a six-week ban" = 6 week), film formats ("35 mm
   film", "Super 8": a gauge that names the format, unlike chat17's lens focal
   lengths), a shotgun's "12-gauge" (chat10's wire gauges), earthquake magnitudes
   ("its magnitude at 6.4", "a magnitude 5.8 earthquake": chat22; the depth beside
   one is claimed), "the 5:2 diet" (chat8's mix ratios), "the 996 schedule" (China's
   9 a.m. to 9 p.m., six days a week: a name), "a zero-hours contract" (a contract
   type: "zero-hours" is no duration), "RON95"/"RON97" (chat15), "the T8 signal"
   (chat15's Hong Kong typhoon signals), "Line 2" (a subway line), "x5" after an
   exercise (a count of sets), "iOS 18.2", "USB 3.2" and "Python 3.12" (chat21's
   software versions), "Galaxy S24 Ultra", "Toyota GR86" and "PS4" (models), "Chanel
   No. 5", "Force 8" (chat8's Beaufort force), "size 42" in EU shoe sizes (chat10),
   street addresses ("221B Baker Street", "88 Jalan Ampang"), order numbers, phone
   numbers ("+66 2 123 4567", "0917 555 0123"), ISO dates ("2025-06-14": a date, not
   a range), date ranges ("from 3 to 5 March"), clock times ("19:30", "10am"), years,
   percentages, scores ("won 2-1", "2-0", "by 3 points") and ages ("turned 90", "a
   12-year-old").
 * English news uses South Asian scales and not Japanese ones: "lakh" and "crore"
   appear in Indian, Pakistani and Bangladeshi money and quantities (chat4, chat5,
   chat13, chat15), while Japanese "man" (10,000) and "oku" (100 million) are never
   written as scales in English copy (it writes "¥150,000" and "¥1.3 trillion"), so
   this probe uses them nowhere as scales; "man" appears only in counts of people
   ("a five-man crew"). "5 lakh pilgrims" is a count (chat5's "2 lakh people");
   "2.6 crore tonnes" = 2.6e7 tonne (chat13's scale words on quantities).
 * More names with no claim: "Yen Press" (a publisher), "Simón Bolívar International
   Airport", "the port of Colón" (a city, not chat10's colones), "Lempira" (a
   Honduran department, not lempiras), "a resplendent quetzal" (a bird, not chat10's
   quetzales), "the 1,000 Guineas" (a horse race: chat13's guineas need an amount
   paid), "Slumdog Millionaire", "the Hundred Days Offensive" (chat12's named
   periods), "won" as a verb ("South Korea won 2-1", "Hanwha won a ₩3 trillion
   contract": the amount after "₩" is still money), currencies named with no amount
   ("the won", "dollars to pesos"), and crypto amounts ("0.05 BTC", chat19).
Money
 * Marks and words, by earlier rules: "¥" = chat4's YEN tuple wherever the sentence
   is set (chat21's "¥450 billion"); "元" after the amount = CNY (chat21); "RMB" =
   CNY (chat12); "yuan" = CNY (chat6); "yen" after the amount = JPY; "NT$" = TWD
   (chat6); "HK$" = HKD, "S$" = SGD, "R$" = BRL (chat5); "RM" = MYR (chat4); "Rp" =
   IDR with dot thousands ("Rp 25.000" = 25000, chat10) and a decimal dot before a
   scale word ("Rp 71 trillion"); "₩" and "won" after the amount = KRW (chat5); "฿"
   (chat12) and "baht" (chat5) = THB; "dong" with chat16's "k" ("25k dong" = 25000
   VND); "US$" = USD (chat5) also in Vietnam; "MXN", "COP", "ARS", "CLP" before the
   amount (chat6's codes); "pesos" in Mexico (Oaxaca, Guadalajara, Mexico City) =
   MXN (chat5, chat10), in Colombia (Medellín) = COP and in Chile (Santiago) = CLP
   with dot thousands (chat8, chat19: "8.990 pesos" = 8990); "S/" = PEN (chat12);
   "Tk" with crore = BDT (chat15); "Rs" with lakh keeps chat4's rupee tuple also in
   Kerala and Lahore (chat15), "₹" with lakh or crore = INR.
 * New marks: "CN¥" (the mark with the country prefix, as Wikipedia and banks write
   it) = CNY, not chat4's YEN tuple; "NTD" (the common Taiwanese abbreviation, not an
   ISO code) = TWD; "S/." (the older Peruvian sign with a dot) = PEN like chat12's
   "S/"; "sing dollars" (Singaporean for the Singapore dollar) = SGD; "COP 18.000"
   with dot thousands = 18000 (chat12's "COP 3.200").
 * Bare "$" in a sentence set in Mexico (CDMX), Colombia (Bogotá) or Argentina
   (Buenos Aires, Palermo) accepts the local peso or chat4's USD (new tuples MXN_US,
   COP_US, ARS_US; chat13's bare-"$" rule for Australia, Canada and South Africa, here
   for the peso countries, which print prices with "$"); Colombian and Argentine dot
   thousands follow chat4's grouping rule ("$3.200" = 3200, "$38.000" = 38000).
 * Words and digits with words: "1.2 million dollars" = 1.2e6 USD (chat6's scale
   words), "two point four million dollars" = 2.4e6 USD (chat10's "two point five
   million dollars"), "3 grand" and "14 grand" = chat4's GRAND tuple, "twelve hundred
   bucks" = 1200 USD and "eighteen hundred pesos" = 1800 MXN (chat12's "fifteen
   hundred bucks"), "ninety bucks" = 90 USD, "forty thousand yen" = 40000 JPY, "five
   sing dollars" = 5 SGD, "450 million pesos" in Medellín = 4.5e8 COP, "24 trillion
   won" = 2.4e13 KRW, "1 trillion yuan" = 1e12 CNY.
 * Scales: "Rs 10 lakh" = 1e6 and "Rs 35 lakh" = 3.5e6 (rupee tuple); "₹4.5 crore" =
   4.5e7 INR, "₹75 lakh" = 7.5e6 INR, "₹11,000 crore" = 1.1e11 INR; "Tk 500 crore" =
   5e9 BDT; "¥1.3 trillion" = 1.3e12 (YEN tuple); "MXN 43 billion", "CLP 1.9 billion",
   "S/ 1.5 billion", "NT$3.2 billion", "R$2.5 billion", "₩10 trillion", "Rp 71
   trillion" (chat4's scale words after a mark or code).
 * Price changes and old prices with a mark are claims: "was RM12 at the mamak, used
   to be RM8" gives two claims (chat5's stated price change; a bare "used to be 12"
   stays chat22's unitless number), "Rp 25.000 each, up from Rp 15.000" gives two.
Durations
 * Sports: a ban or suspension in time units is a duration ("a six-week ban" = 6 week,
   chat8), counted in matches or games it is a count (above); "48 hours to appeal" =
   48 hour; injuries "sidelined for six to eight weeks" and "3-4 weeks out" are
   ranges; "Nine minutes of added time" and "12 minutes of stoppage time" are chat8's
   stoppage time; "a three-hour rain delay" (chat12); "shy of 4 hours" for a marathon
   (above); "a three-and-a-half-year contract" = 3.5 year (chat10's
   "two-and-a-half-year contract"); ordinals of match minutes ("the 101st") are not
   claims (chat8).
 * Work: "a nine-day fortnight" = 9 day (chat22's "a four-day week": the fortnight is
   the denominator); "80-hour weeks" = 80 hour (chat6's "a 40-hour week" in the
   plural); "12-hour night shifts" = 12 hour (chat13); "a half-day" of leave = 0.5 day
   (chat10's "a half-hour" with a day); "six weeks' notice" = 6 week and "a month's
   notice" = 1 month (chat10's possessive); probation, maternity leave, garden leave
   and tenures ("2 yrs", "3 yrs" at a place) are durations (chat10, chat13).
 * Health and travel: "a 14-day quarantine" = 14 day (chat8); "isolate for seven
   days"; visa-free stays and visa runs (chat14); "a 14-hour layover"; "13 hours a
   day" of fasting = 13 hour (chat10's durations inside rates).
 * Fractions and vague bounds: "a fortnight" = 2 week (chat4); "the best part of a
   year" = 1 year (chat12's "the best part of an hour"); "the better part of two
   decades" = 20 year (chat16, chat5's "two decades"); "quarter of an hour" (no "a")
   = 0.25 hour (chat4); "three-quarters of an hour" (hyphenated) = 0.75 hour
   (chat10's "three quarters of an hour"); "a minute and a half" = 1.5 minute (chat5);
   "4 and a half hours" = 4.5 hour (chat13).
 * Shortenings: "90 mins" and "45 secs" (chat10, chat21), "1.5 hrs" (chat8's "hrs"
   with a decimal), "2 yrs" and "3 yrs" (chat11), "18 mos" = 18 month ("mos", the US
   plural of chat8's "mo"), "30-min" in a hyphenated modifier (chat11's "45-min"),
   "1 hr 10" = 70 minute (chat12's "1 hr 45"), "2 hours 20 minutes" = 140 minute and
   "8 hours 45 minutes" = 525 minute (chat4's composite), a marathon time "4:32:10" =
   16330 second (chat6's h:mm:ss).
Quantities
 * Sport: "a 5k" = 5 kilometer (chat8); "the 26.2-mile marathon" = 26.2 mile
   (chat13's hyphenated modifiers) and "the 26.2 miles" = 26.2 mile; "the 100m
   sprint" = 100 meter (chat11's race named by its distance); "2.04 metres" in the
   high jump (chat13's sports marks); "25 metres" of a lap pool; heights written the
   American way with hyphens, "6-foot-8" = 80 inch (chat5's "5 foot 4" with hyphens);
   "5 ft 6" = 66 inch (chat10's "5 ft 10"); "a 7-footer" (a basketball player named
   by his height) = 7 foot (chat19's "-footer" for a boat's length).
 * Weather: "2.5 inches of rain" = 2.5 inch (chat8's "an inch of rain"), "3 feet of
   snow" = 3 foot, "60 cm of snow", "250 mm of rain", "1,000 mm of rain", hail
   "up to 5 centimetres wide", floodwater and waves in metres, "15 knots" (chat12),
   "140 km/h" gusts, "41C" (chat22's glued C) and "220°C" in an oven.
 * Engineering and vehicles: "a 10-ton truck" = chat8's TON tuple (chat12's "13-ton
   excavator"); "a 40-tonner" (a lorry named by its mass with "-tonner", chat15's
   "-pounder") = 40 tonne; "a 10-tonne lorry" = 10 tonne; "80 lb-ft" = foot*pound_force
   (chat11); "1.1 GW" (chat6), "500 kV" (chat11), "33 psi" (chat5); a bridge span
   of "240 metres", "a 1,700-kilometre toll road" (chat13); "603 km/h"; "22 tonnes"
   to orbit; "3,500 kg" towed; the 25 mm shaft and its ±0.05 mm tolerance (above).
 * Cooking: "8 oz" sirloin and "a 28 oz can" of tomatoes = ounce (chat5: "oz" on food
   is a mass); "1/2 tsp" = 0.5 teaspoon and "1/4 cup" = 0.25 cup (chat5's slash
   fractions, here without a whole number); "200 g", "250 g", "500 g" = gram; "2
   cups" = 2 cup and "3 tbsp" = 3 tablespoon (chat4's US measures); "a 9-inch" tin =
   9 inch and "23 cm" (chat15's tin sizes); "a pinch of salt" is nothing (chat20).
 * Property and land: "1,200 sq ft" and "180 sq ft" = square_foot (chat6); "40 acres"
   = acre; "12,000 hectares" burnt = hectare; "a 60 ft garden" = 60 foot (a length).
 * chat4's rate rule: "3 litres of water a day" = 3 liter; a sized pack with its price
   gives both (chat13): "500 g of wagyu" for "¥3,800", "2 kg of picanha" for "R$ 45",
   "a 5 kg bag of jasmine rice for 180 baht".
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
MXN_US = ('MXN', 'USD')  # bare "$" set in Mexico
COP_US = ('COP', 'USD')  # bare "$" set in Colombia
ARS_US = ('ARS', 'USD')  # bare "$" set in Argentina


ROWS = [
    # ---- money-yen
    ('n001', 'money-yen', 'Toyota plans to spend ¥1.3 trillion on battery plants in Japan and the US by 2030, the carmaker said.',
     [('money', '¥1.3 trillion', 1300000000000, YEN)]),
    # ---- money-yuan
    ('c002', 'money-yuan', 'the hotpot place near my office does the set menu for 98元, worth it',
     [('money', '98元', 98, 'CNY')]),
    # ---- money-twd
    ('n003', 'money-twd', "Taiwan's cabinet approved NT$3.2 billion in subsidies for chip-design start-ups.",
     [('money', 'NT$3.2 billion', 3200000000, 'TWD')]),
    # ---- money-hkd
    ('c004', 'money-hkd', 'split the dim sum bill, it was HK$640 for the four of us',
     [('money', 'HK$640', 640, 'HKD')]),
    # ---- money-sgd
    ('c005', 'money-sgd', "COE for a small car is S$98,889 now, I'll stick to the MRT",
     [('money', 'S$98,889', 98889, 'SGD')]),
    # ---- money-myr
    ('c006', 'money-myr', 'nasi lemak with ayam goreng was RM12 at the mamak, used to be RM8',
     [('money', 'RM12', 12, 'MYR'), ('money', 'RM8', 8, 'MYR')]),
    # ---- money-idr
    ('n007', 'money-idr', 'Indonesia set aside Rp 71 trillion for its free school meals programme this year.',
     [('money', 'Rp 71 trillion', 71000000000000, 'IDR')]),
    # ---- money-krw
    ('c008', 'money-krw', 'gimbap and tteokbokki in Myeongdong came to ₩14,000, not bad',
     [('money', '₩14,000', 14000, 'KRW')]),
    # ---- money-thb
    ('n009', 'money-thb', "Bangkok's governor proposed a flat ฿20 fare on all city-run electric buses.",
     [('money', '฿20', 20, 'THB')]),
    # ---- money-brl
    ('c010', 'money-brl', 'açaí bowl in Ipanema was R$ 32, my wallet is crying',
     [('money', 'R$ 32', 32, 'BRL')]),
    # ---- money-mxn
    ('n011', 'money-mxn', "Pemex, Mexico's state oil company, reported a quarterly loss of MXN 43 billion.",
     [('money', 'MXN 43 billion', 43000000000, 'MXN')]),
    # ---- money-cop
    ('c012', 'money-cop', 'the coffee farm tour near Salento costs COP 80,000 a head, lunch included',
     [('money', 'COP 80,000', 80000, 'COP')]),
    # ---- money-ars
    ('n013', 'money-ars', 'Argentina raised the monthly minimum wage to ARS 322,200 in a deal with unions.',
     [('money', 'ARS 322,200', 322200, 'ARS')]),
    # ---- money-pen
    ('c014', 'money-pen', 'S/ 78 for ceviche and two pisco sours in Miraflores, worth it',
     [('money', 'S/ 78', 78, 'PEN')]),
    # ---- money-clp
    ('c015', 'money-clp', 'santiago metro at peak is CLP 830 now, still cheap compared to London',
     [('money', 'CLP 830', 830, 'CLP')]),
    # ---- money-grand
    ('c016', 'money-grand', 'my buddy wants 3 grand for his old Tacoma, is that a steal',
     [('money', '3 grand', 3000, GRAND)]),
    # ---- money-words
    ('n017', 'money-words', "A Connecticut probate court valued the late collector's estate at 1.2 million dollars.",
     [('money', '1.2 million dollars', 1200000, 'USD')]),
    # ---- money-spoken
    ('c018', 'money-spoken', 'dropped twelve hundred bucks on a used road bike, zero regrets',
     [('money', 'twelve hundred bucks', 1200, 'USD')]),
    # ---- money-lakh
    ('n019', 'money-lakh', 'The Kerala government will pay Rs 10 lakh to the family of each fisherman lost at sea.',
     [('money', 'Rs 10 lakh', 1000000, RUPEE)]),
    # ---- money-crore
    ('c020', 'money-crore', 'a sea-facing flat in Bandra for ₹4.5 crore, who is buying these',
     [('money', '₹4.5 crore', 45000000, 'INR')]),
    ('n021', 'money-crore', "Bangladesh's finance ministry allocated Tk 500 crore for flood-hit farmers in Sylhet.",
     [('money', 'Tk 500 crore', 5000000000, 'BDT')]),
    # ---- money-range
    ('c022', 'money-range', "hostel beds in Hanoi's old quarter go for 150,000 to 250,000 dong a night",
     [('money', '150,000 to 250,000 dong', (150000, 250000), 'VND')]),
    ('n023', 'money-range', 'Analysts expect the Jakarta rail contract to fetch between Rp 8 trillion and Rp 10 trillion.',
     [('money', 'Rp 8 trillion and Rp 10 trillion', (8000000000000, 10000000000000), 'IDR')]),
    ('c024', 'money-range', 'taxi from the airport to Sukhumvit is like 400 or 500 baht depending on traffic',
     [('money', '400 or 500 baht', (400, 500), 'THB')]),
    ('c025', 'money-range', "street food in Taipei is NT$60-120 per dish, I'm eating everything",
     [('money', 'NT$60-120', (60, 120), 'TWD')]),
    # ---- money-bound
    ('n026', 'money-bound', 'Hong Kong will fine building owners up to HK$400,000 for ignoring repair orders.',
     [('money', 'HK$400,000', 400000, 'HKD')]),
    ('c027', 'money-bound', 'trying to keep the birthday dinner to no more than RM 300 for everyone',
     [('money', 'RM 300', 300, 'MYR')]),
    ('n028', 'money-bound', "Samsung's chip division posted operating profit north of ₩10 trillion in the quarter.",
     [('money', '₩10 trillion', 10000000000000, 'KRW')]),
    ('c029', 'money-bound', 'the camera I want is shy of ¥150,000 at Yodobashi, so close to my budget',
     [('money', '¥150,000', 150000, YEN)]),
    ('n030', 'money-bound', "Bids for the new terminal at Lima's airport came in at upwards of S/ 1.5 billion.",
     [('money', 'S/ 1.5 billion', 1500000000, 'PEN')]),
    # ---- money-apiece
    ('c031', 'money-apiece', 'mango sticky rice at the night market, ฿60 apiece, we got four',
     [('money', '฿60', 60, 'THB')]),
    # ---- money-each
    ('n032', 'money-each', 'Seoul will give households with newborns ₩2 million each under a new scheme.',
     [('money', '₩2 million', 2000000, 'KRW')]),
    # ---- money-head
    ('c033', 'money-head', 'the omakase in Ginza is 25,000 yen a head, special occasions only',
     [('money', '25,000 yen', 25000, 'JPY')]),
    # ---- money-words
    ('n034', 'money-words', 'A Colombian court ordered the utility to pay 450 million pesos to residents of a Medellín suburb.',
     [('money', '450 million pesos', 450000000, 'COP')]),
    # ---- money-spoken
    ('c035', 'money-spoken', 'eighteen hundred pesos for a mezcal tasting in Oaxaca, pricey but fun',
     [('money', 'eighteen hundred pesos', 1800, 'MXN')]),
    # ---- money-chile
    ('c036', 'money-chile', 'a decent Carmenère at the Santiago supermarket is 8.990 pesos, stocking up',
     [('money', '8.990 pesos', 8990, 'CLP')]),
    # ---- money-brl
    ('c037', 'money-brl', 'the airbnb in Florianópolis is R$ 1.250,00 total, splitting four ways',
     [('money', 'R$ 1.250,00', 1250, 'BRL')]),
    ('n038', 'money-brl', "Brazil's development bank approved R$2.5 billion for wind farms in Bahia.",
     [('money', 'R$2.5 billion', 2500000000, 'BRL')]),
    # ---- money-bare
    ('c039', 'money-bare', 'tacos al pastor in CDMX were $25 each, cheapest meal of the trip',
     [('money', '$25', 25, MXN_US)]),
    ('n040', 'money-bare', 'City hall in Bogotá says a single bus ticket will cost $3.200 from February.',
     [('money', '$3.200', 3200, COP_US)]),
    # ---- money-cny
    ('c041', 'money-cny', 'RMB 2,000 a month for a room in Shenzhen, not bad at all',
     [('money', 'RMB 2,000', 2000, 'CNY')]),
    # ---- money-yuan
    ('n042', 'money-yuan', "China's finance ministry will issue 1 trillion yuan in ultra-long special bonds.",
     [('money', '1 trillion yuan', 1000000000000, 'CNY')]),
    # ---- money-spoken
    ('c043', 'money-spoken', 'forty thousand yen for the ryokan incl. kaiseki dinner, we splurged',
     [('money', 'forty thousand yen', 40000, 'JPY')]),
    # ---- money-won
    ('n044', 'money-won', 'Hyundai will invest 24 trillion won in South Korean EV production through 2030.',
     [('money', '24 trillion won', 24000000000000, 'KRW')]),
    # ---- money-vnd
    ('c045', 'money-vnd', 'banh mi for 25k dong, cheapest lunch of my life',
     [('money', '25k dong', 25000, 'VND')]),
    # ---- money-fuel
    ('n046', 'money-fuel', 'Malaysia will cap the price of RON95 petrol at RM2.05 a litre for most motorists.',
     [('money', 'RM2.05', 2.05, 'MYR')]),
    # ---- money-spoken
    ('c047', 'money-spoken', 'hawker chicken rice is still five sing dollars, love this country',
     [('money', 'five sing dollars', 5, 'SGD')]),
    # ---- money-range
    ('n048', 'money-range', 'Flats in the new Kai Tak project are priced from HK$5 million to HK$9 million.',
     [('money', 'HK$5 million to HK$9 million', (5000000, 9000000), 'HKD')]),
    # ---- money-ntd
    ('c049', 'money-ntd', 'bubble tea NTD 65 with extra pearls, cheaper than back home',
     [('money', 'NTD 65', 65, 'TWD')]),
    # ---- money-lakh
    ('n050', 'money-lakh', "Each winner of the state lottery's top prize will take home ₹75 lakh after tax.",
     [('money', '₹75 lakh', 7500000, 'INR')]),
    ('c051', 'money-lakh', 'my cousin in Lahore paid Rs 35 lakh for a Honda City, prices are insane',
     [('money', 'Rs 35 lakh', 3500000, RUPEE)]),
    # ---- money-cop
    ('n052', 'money-cop', "Colombia's minimum wage will rise to COP 1,423,500 a month next year.",
     [('money', 'COP 1,423,500', 1423500, 'COP')]),
    # ---- money-bare
    ('c053', 'money-bare', 'steak dinner in Palermo was $38.000 for two, Buenos Aires is wild',
     [('money', '$38.000', 38000, ARS_US)]),
    # ---- money-clp
    ('n054', 'money-clp', "Chile's mining regulator fined the copper producer CLP 1.9 billion over a tailings spill.",
     [('money', 'CLP 1.9 billion', 1900000000, 'CLP')]),
    # ---- money-pen
    ('c055', 'money-pen', 'the bus from Cusco to Puno was S/. 45, with Andes views the whole way',
     [('money', 'S/. 45', 45, 'PEN')]),
    # ---- money-range
    ('n056', 'money-range', 'Uber drivers in Guadalajara say a typical airport run pays 300 or 350 pesos.',
     [('money', '300 or 350 pesos', (300, 350), 'MXN')]),
    # ---- money-bound
    ('c057', 'money-bound', 'looking for a condo in Chiang Mai, no higher than ฿15,000 a month',
     [('money', '฿15,000', 15000, 'THB')]),
    # ---- money-each
    ('n058', 'money-each', "Vendors on Bali's Kuta beach sell coconuts for Rp 25.000 each, up from Rp 15.000 before the pandemic.",
     [('money', 'Rp 25.000', 25000, 'IDR'), ('money', 'Rp 15.000', 15000, 'IDR')]),
    # ---- money-bound
    ('c059', 'money-bound', 'concert tickets went for upwards of 200,000 won on resale, insane',
     [('money', '200,000 won', 200000, 'KRW')]),
    # ---- money-words
    ('n060', 'money-words', 'A Nevada jury awarded the cyclist two point four million dollars in damages.',
     [('money', 'two point four million dollars', 2400000, 'USD')]),
    # ---- money-grand
    ('c061', 'money-grand', "new roof quote came in at 14 grand, we're getting a second opinion",
     [('money', '14 grand', 14000, GRAND)]),
    # ---- money-spoken
    ('c062', 'money-spoken', 'sold my old PS4 for ninety bucks on craigslist',
     [('money', 'ninety bucks', 90, 'USD')]),
    # ---- money-usd
    ('c063', 'money-usd', "pho in Saigon for US$2, can't beat that",
     [('money', 'US$2', 2, 'USD')]),
    # ---- money-bound
    ('n064', 'money-bound', 'Shares in the Taiwanese chipmaker closed a shade over NT$1,000 for the first time.',
     [('money', 'NT$1,000', 1000, 'TWD')]),
    # ---- money-cny
    ('c065', 'money-cny', 'the summer gaokao prep course is CN¥8,800, my aunt paid it',
     [('money', 'CN¥8,800', 8800, 'CNY')]),
    # ---- dur-ban
    ('n066', 'dur-ban', 'The FA handed the winger a six-week ban for shoving a referee during the cup tie.',
     [('duration', 'six-week', 6, 'week')]),
    ('c067', 'dur-ban', 'he got a 10-match ban for that tackle, club has 48 hours to appeal',
     [('duration', '48 hours', 48, 'hour')]),
    # ---- dur-quarantine
    ('n068', 'dur-quarantine', 'Travellers arriving from the outbreak zone must complete a 14-day quarantine at designated hotels.',
     [('duration', '14-day', 14, 'day')]),
    # ---- dur-notice
    ('c069', 'dur-notice', "handed my notice in today, they want six weeks' notice which feels brutal",
     [('duration', "six weeks'", 6, 'week')]),
    # ---- dur-port
    ('n070', 'dur-port', 'The port of Felixstowe stayed shut for a fortnight after the cyber attack.',
     [('duration', 'a fortnight', 2, 'week')]),
    # ---- dur-bound
    ('c071', 'dur-bound', 'the campervan rebuild took the best part of a year but she runs',
     [('duration', 'a year', 1, 'year')]),
    # ---- dur-cooking
    ('c072', 'dur-cooking', 'dal goes on low for quarter of an hour, tadka goes in last',
     [('duration', 'quarter of an hour', 0.25, 'hour')]),
    # ---- dur-transit
    ('n073', 'dur-transit', 'Commuters were stuck on the Northern line for three-quarters of an hour after a signal failure.',
     [('duration', 'three-quarters of an hour', 0.75, 'hour')]),
    # ---- dur-match
    ('c074', 'dur-match', 'sunday league games are 90 mins but we only ever get 80 in',
     [('duration', '90 mins', 90, 'minute')]),
    # ---- dur-drive
    ('c075', 'dur-drive', 'the drive from KL to Melaka is 1.5 hrs without jams',
     [('duration', '1.5 hrs', 1.5, 'hour')]),
    # ---- dur-tenure
    ('c076', 'dur-tenure', 'been at this company 2 yrs and still no raise lol',
     [('duration', '2 yrs', 2, 'year')]),
    # ---- dur-range
    ('n077', 'dur-range', 'Prosecutors said the fraud carried a sentence of 3 to 5 years under state guidelines.',
     [('duration', '3 to 5 years', (3, 5), 'year')]),
    # ---- dur-injury
    ('c078', 'dur-injury', "serving a two-game suspension and then 3-4 weeks out with the hamstring, season's basically over",
     [('duration', '3-4 weeks', (3, 4), 'week')]),
    ('n079', 'dur-injury', 'The All Blacks said the flanker would be sidelined for six to eight weeks with a broken hand.',
     [('duration', 'six to eight weeks', (6, 8), 'week')]),
    # ---- dur-work
    ('c080', 'dur-work', "we're moving to a nine-day fortnight from june, every other friday off",
     [('duration', 'nine-day', 9, 'day')]),
    ('n081', 'dur-work', 'Junior doctors in Seoul say they routinely work 80-hour weeks during residency.',
     [('duration', '80-hour', 80, 'hour')]),
    ('c082', 'dur-work', "three 12-hour night shifts in a row, I'm a zombie",
     [('duration', '12-hour', 12, 'hour')]),
    # ---- dur-stoppage
    ('n083', 'dur-stoppage', 'Nine minutes of added time were played after a lengthy VAR review in Riyadh.',
     [('duration', 'Nine minutes', 9, 'minute')]),
    # ---- dur-cricket
    ('n084', 'dur-cricket', 'A three-hour rain delay pushed the final day of the Test in Colombo into the evening.',
     [('duration', 'three-hour', 3, 'hour')]),
    # ---- dur-leave
    ('c085', 'dur-leave', 'took a half-day to wait for the boiler guy and he never showed',
     [('duration', 'a half-day', 0.5, 'day')]),
    # ---- dur-lease
    ('c086', 'dur-lease', "our lease is 18 mos, then we'll see about buying",
     [('duration', '18 mos', 18, 'month')]),
    # ---- dur-probation
    ('c087', 'dur-probation', 'probation at the new job is 3 months, then I get health insurance',
     [('duration', '3 months', 3, 'month')]),
    # ---- dur-leave
    ('n088', 'dur-leave', 'Workers in the Philippines are entitled to 105 days of paid maternity leave.',
     [('duration', '105 days', 105, 'day')]),
    # ---- dur-visa
    ('c089', 'dur-visa', 'the visa run has to be no more than 30 days or they fine you',
     [('duration', '30 days', 30, 'day')]),
    # ---- dur-court
    ('n090', 'dur-court', 'Lawyers told the Tokyo District Court the trial could run upwards of two years.',
     [('duration', 'two years', 2, 'year')]),
    # ---- dur-bound
    ('c091', 'dur-bound', 'finished the marathon shy of 4 hours, so close to my goal',
     [('duration', '4 hours', 4, 'hour')]),
    # ---- dur-weather
    ('c092', 'dur-weather', 'the T8 signal has been up for 36 hours, office still closed',
     [('duration', '36 hours', 36, 'hour')]),
    # ---- dur-cooking
    ('c093', 'dur-cooking', 'nuke the leftover rice 45 secs, sprinkle of water first',
     [('duration', '45 secs', 45, 'second')]),
    # ---- dur-range
    ('n094', 'dur-range', 'Ferry operators said the crossing to Batam could take 50 or 60 minutes in rough seas.',
     [('duration', '50 or 60 minutes', (50, 60), 'minute')]),
    # ---- dur-notice
    ('c095', 'dur-notice', "my landlord in Kowloon gave us a month's notice, is that even legal",
     [('duration', "a month's", 1, 'month')]),
    # ---- dur-court
    ('n096', 'dur-court', 'A Kuala Lumpur court jailed a former bank officer for seven years and ordered six strokes of the cane.',
     [('duration', 'seven years', 7, 'year')]),
    # ---- dur-travel
    ('c097', 'dur-travel', '14-hour layover in Istanbul, is the free city tour worth it',
     [('duration', '14-hour', 14, 'hour')]),
    # ---- dur-range
    ('n098', 'dur-range', 'Seoul Metro said fixing the flooded section of Line 2 would take 10 to 14 days.',
     [('duration', '10 to 14 days', (10, 14), 'day')]),
    ('c099', 'dur-range', 'kimchi needs like two or three days on the counter before it goes in the fridge',
     [('duration', 'two or three days', (2, 3), 'day')]),
    # ---- dur-fast
    ('n100', 'dur-fast', 'Muslims in Jakarta fast for about 13 hours a day during Ramadan.',
     [('duration', '13 hours', 13, 'hour')]),
    # ---- dur-stoppage
    ('c101', 'dur-stoppage', 'ref added 12 minutes of stoppage time and we conceded in the 101st',
     [('duration', '12 minutes', 12, 'minute')]),
    # ---- dur-work
    ('n102', 'dur-work', 'The departing chief executive will serve six months of garden leave before joining a rival bank.',
     [('duration', 'six months', 6, 'month')]),
    # ---- dur-tea
    ('c103', 'dur-tea', 'steep the genmaicha 90 seconds max or it goes bitter',
     [('duration', '90 seconds', 90, 'second')]),
    # ---- dur-visa
    ('n104', 'dur-visa', 'Thailand extended visa-free stays for Indian tourists to 60 days.',
     [('duration', '60 days', 60, 'day')]),
    # ---- dur-commute
    ('c105', 'dur-commute', '1 hr 10 door to door on the MRT every morning, killing me',
     [('duration', '1 hr 10', 70, 'minute')]),
    # ---- dur-rail
    ('n106', 'dur-rail', 'The branch line was closed for the better part of two decades before reopening in March.',
     [('duration', 'two decades', 20, 'year')]),
    # ---- dur-sleep
    ('c107', 'dur-sleep', "4 and a half hours of sleep last night thanks to the neighbours' party",
     [('duration', '4 and a half hours', 4.5, 'hour')]),
    # ---- dur-strike
    ('n108', 'dur-strike', 'Dockworkers at Santos ended a 72-hour strike after a pay deal was reached.',
     [('duration', '72-hour', 72, 'hour')]),
    # ---- dur-range
    ('c109', 'dur-range', 'instant pot the black beans 25 to 30 min, natural release after',
     [('duration', '25 to 30 min', (25, 30), 'minute')]),
    # ---- dur-battery
    ('c110', 'dur-battery', 'my kindle lasts like 3 weeks on one charge',
     [('duration', '3 weeks', 3, 'week')]),
    # ---- dur-gym
    ('c111', 'dur-gym', 'core circuit: a minute and a half of mountain climbers, 30 seconds break, x5',
     [('duration', 'a minute and a half', 1.5, 'minute'),
      ('duration', '30 seconds', 30, 'second')]),
    # ---- dur-contract
    ('n112', 'dur-contract', 'Al-Nassr tied the Brazilian playmaker to a three-and-a-half-year deal.',
     [('duration', 'three-and-a-half-year', 3.5, 'year')]),
    # ---- dur-composite
    ('c113', 'dur-composite', 'DMV wait was 2 hours 20 minutes, never again',
     [('duration', '2 hours 20 minutes', 140, 'minute')]),
    # ---- dur-search
    ('n114', 'dur-search', 'Residents of the island were told to stay indoors for 48 hours while the search continued.',
     [('duration', '48 hours', 48, 'hour')]),
    # ---- dur-holiday
    ('c115', 'dur-holiday', 'off to Penang for a fortnight, someone water my plants pls',
     [('duration', 'a fortnight', 2, 'week')]),
    # ---- dur-range
    ('n116', 'dur-range', 'The embassy said visa processing for Chinese tourists would drop to 3-5 working days.',
     [('duration', '3-5 working days', (3, 5), 'day')]),
    # ---- dur-cooking
    ('c117', 'dur-cooking', 'the noodles say 3 minutes but I always leave them 4',
     [('duration', '3 minutes', 3, 'minute')]),
    # ---- dur-isolation
    ('c118', 'dur-isolation', 'do I still have to isolate for seven days if I test positive in HK?',
     [('duration', 'seven days', 7, 'day')]),
    # ---- dur-tenure
    ('c119', 'dur-tenure', "3 yrs in Singapore and I still can't handle the humidity",
     [('duration', '3 yrs', 3, 'year')]),
    # ---- dur-exam
    ('c120', 'dur-exam', 'the exam is three hours with a 15-minute reading period',
     [('duration', 'three hours', 3, 'hour'), ('duration', '15-minute', 15, 'minute')]),
    # ---- qty-run
    ('c121', 'qty-run', "signed up for a 5k next month, haven't run since school",
     [('quantity', 'a 5k', 5, 'kilometer')]),
    # ---- qty-marathon
    ('n122', 'qty-marathon', 'More than 50,000 runners will tackle the 26.2-mile marathon through the five boroughs.',
     [('quantity', '26.2-mile', 26.2, 'mile')]),
    # ---- qty-sprint
    ('c123', 'qty-sprint', 'my kid ran the 100m sprint at sports day and came second',
     [('quantity', '100m', 100, 'meter')]),
    # ---- qty-rain
    ('n124', 'qty-rain', "A slow-moving storm dumped 2.5 inches of rain across Houston's east side overnight.",
     [('quantity', '2.5 inches', 2.5, 'inch')]),
    # ---- qty-snow
    ('c125', 'qty-snow', '3 feet of snow in Buffalo and my flight is cancelled obviously',
     [('quantity', '3 feet', 3, 'foot')]),
    # ---- qty-home
    ('c126', 'qty-home', 'our place is 1,200 sq ft and somehow still no storage',
     [('quantity', '1,200 sq ft', 1200, 'square_foot')]),
    # ---- qty-land
    ('n127', 'qty-land', 'The tribe bought back 40 acres of ancestral land along the Klamath River.',
     [('quantity', '40 acres', 40, 'acre')]),
    # ---- qty-wind
    ('c128', 'qty-wind', '15 knots forecast for saturday, perfect for the dinghy',
     [('quantity', '15 knots', 15, 'knot')]),
    # ---- qty-steak
    ('c129', 'qty-steak', 'grilled an 8 oz sirloin, medium rare, perfect',
     [('quantity', '8 oz', 8, 'ounce')]),
    # ---- qty-truck
    ('c130', 'qty-truck', 'need to rent a 10-ton truck for the move, any tips',
     [('quantity', '10-ton', 10, TON)]),
    # ---- qty-baking
    ('c131', 'qty-baking', 'recipe says 1/2 tsp of baking soda, I used a whole one oops',
     [('quantity', '1/2 tsp', 0.5, 'teaspoon')]),
    # ---- qty-cooking
    ('c132', 'qty-cooking', 'add 200 g of rice noodles and stir fry for a bit',
     [('quantity', '200 g', 200, 'gram')]),
    # ---- qty-quake
    ('n133', 'qty-quake', "Taiwan's weather bureau put the quake's depth at 15 km and its magnitude at 6.4.",
     [('quantity', '15 km', 15, 'kilometer')]),
    # ---- qty-height
    ('c134', 'qty-height', "the new point guard is 6-foot-8, that's wild",
     [('quantity', '6-foot-8', 80, 'inch')]),
    ('n135', 'qty-height', 'The Lakers signed a 7-footer from Serbia to back up their starting centre.',
     [('quantity', '7-footer', 7, 'foot')]),
    # ---- qty-pool
    ('c136', 'qty-pool', 'lap pool at the condo is 25 metres, perfect for training',
     [('quantity', '25 metres', 25, 'meter')]),
    # ---- qty-lorry
    ('n137', 'qty-lorry', 'A 40-tonner overturned on the M62, shedding its load across three lanes.',
     [('quantity', '40-tonner', 40, 'tonne')]),
    # ---- qty-tolerance
    ('c138', 'qty-tolerance', 'spec says the shaft is 25 mm ±0.05 mm and the one I got is way off',
     [('quantity', '25 mm', 25, 'millimeter'), ('quantity', '±0.05 mm', 0.05, 'millimeter')]),
    # ---- qty-bridge
    ('n139', 'qty-bridge', 'The main span of the new bridge in Penang is 240 metres, the longest of its kind in Malaysia.',
     [('quantity', '240 metres', 240, 'meter')]),
    # ---- qty-torque
    ('c140', 'qty-torque', "wheel nuts on the civic are 80 lb-ft, don't overdo it",
     [('quantity', '80 lb-ft', 80, 'foot*pound_force')]),
    # ---- qty-power
    ('n141', 'qty-power', "The offshore wind farm off Taiwan's west coast will generate 1.1 GW at full capacity.",
     [('quantity', '1.1 GW', 1.1, 'gigawatt')]),
    # ---- qty-oven
    ('c142', 'qty-oven', 'oven at 220°C for the pork belly, crackling is everything',
     [('quantity', '220°C', 220, 'degree_Celsius')]),
    # ---- qty-wind
    ('n143', 'qty-wind', 'Gusts of up to 140 km/h battered Hong Kong as the typhoon passed.',
     [('quantity', '140 km/h', 140, 'kilometer/hour')]),
    # ---- qty-recipe
    ('c144', 'qty-recipe', 'pancakes: 2 cups of flour, 3 tbsp sugar, milk till it looks right',
     [('quantity', '2 cups', 2, 'cup'), ('quantity', '3 tbsp', 3, 'tablespoon')]),
    # ---- qty-crore
    ('n145', 'qty-crore', "India's wheat procurement crossed 2.6 crore tonnes this season, the food ministry said.",
     [('quantity', '2.6 crore tonnes', 26000000, 'tonne')]),
    # ---- qty-can
    ('c146', 'qty-can', 'use a 28 oz can of crushed tomatoes for the sauce',
     [('quantity', '28 oz', 28, 'ounce')]),
    # ---- qty-surf
    ('c147', 'qty-surf', 'waves over 20 metres at Nazaré today, those surfers are insane',
     [('quantity', '20 metres', 20, 'meter')]),
    # ---- qty-tin
    ('c148', 'qty-tin', 'my tart tin is 23 cm but the recipe wants a 9-inch, close enough?',
     [('quantity', '23 cm', 23, 'centimeter'), ('quantity', '9-inch', 9, 'inch')]),
    # ---- qty-space
    ('n149', 'qty-space', 'The rocket can place 22 tonnes into low Earth orbit.',
     [('quantity', '22 tonnes', 22, 'tonne')]),
    # ---- qty-data
    ('c150', 'qty-data', 'my sim has a 40GB cap and the kids eat through it',
     [('quantity', '40GB', 40, GB)]),
    # ---- qty-flood
    ('n151', 'qty-flood', 'Floodwater rose to between 1 and 1.5 metres in parts of Kelantan, forcing thousands from their homes.',
     [('quantity', '1 and 1.5 metres', (1, 1.5), 'meter')]),
    # ---- qty-fuel
    ('c152', 'qty-fuel', 'filled up 45 litres of RON97, painful',
     [('quantity', '45 litres', 45, 'liter')]),
    # ---- qty-heat
    ('n153', 'qty-heat', 'Delhi sweltered at 41C on Tuesday as the heatwave deepened.',
     [('quantity', '41C', 41, 'degree_Celsius')]),
    # ---- qty-party
    ('c154', 'qty-party', 'grabbing a 6-pack and 2 kg of wings for the game',
     [('quantity', '2 kg', 2, 'kilogram')]),
    # ---- qty-home
    ('c155', 'qty-home', 'viewed a 180 sq ft flat in Sham Shui Po today, basically a cupboard',
     [('quantity', '180 sq ft', 180, 'square_foot')]),
    ('c156', 'qty-home', 'found a 3-bed with a 60 ft garden in our budget!!',
     [('quantity', '60 ft', 60, 'foot')]),
    # ---- qty-rain
    ('n157', 'qty-rain', "Mumbai's Santacruz observatory logged 250 mm of rain on Monday.",
     [('quantity', '250 mm', 250, 'millimeter')]),
    # ---- qty-tow
    ('c158', 'qty-tow', 'the ute tows 3,500 kg no problem',
     [('quantity', '3,500 kg', 3500, 'kilogram')]),
    # ---- qty-hail
    ('n159', 'qty-hail', "Insurers in Sydney's west received thousands of claims after hail up to 5 centimetres wide smashed windscreens.",
     [('quantity', '5 centimetres', 5, 'centimeter')]),
    # ---- qty-swim
    ('c160', 'qty-swim', 'I swim 1.5 to 2 km most mornings, arms are dead today',
     [('quantity', '1.5 to 2 km', (1.5, 2), 'kilometer')]),
    # ---- qty-jump
    ('n161', 'qty-jump', 'The Chinese athlete cleared 2.04 metres to win the high jump.',
     [('quantity', '2.04 metres', 2.04, 'meter')]),
    # ---- qty-gas
    ('c162', 'qty-gas', 'our bbq needs a 9 kg gas bottle, the 4.5 kg one runs out too fast',
     [('quantity', '9 kg', 9, 'kilogram'), ('quantity', '4.5 kg', 4.5, 'kilogram')]),
    # ---- qty-road
    ('n163', 'qty-road', 'The 1,700-kilometre toll road across Java is due to be finished next year.',
     [('quantity', '1,700-kilometre', 1700, 'kilometer')]),
    # ---- qty-water
    ('c164', 'qty-water', "physio says 3 litres of water a day, I'm in the loo constantly",
     [('quantity', '3 litres', 3, 'liter')]),
    # ---- qty-grid
    ('n165', 'qty-grid', "Malaysia's grid operator will build a 500 kV line linking Johor and Negeri Sembilan.",
     [('quantity', '500 kV', 500, 'kilovolt')]),
    # ---- qty-fish
    ('c166', 'qty-fish', 'caught a 4 lb bass off the dock today!!',
     [('quantity', '4 lb', 4, 'pound')]),
    # ---- qty-cargo
    ('n167', 'qty-cargo', 'The bulk carrier was carrying 180,000 tonnes of iron ore from Brazil.',
     [('quantity', '180,000 tonnes', 180000, 'tonne')]),
    # ---- qty-baking
    ('c168', 'qty-baking', "recipe calls for 250 g of butter and 2 eggs, that's a lot",
     [('quantity', '250 g', 250, 'gram')]),
    # ---- qty-rescue
    ('n169', 'qty-rescue', 'The hikers were rescued at 3,200 metres on Mount Rinjani.',
     [('quantity', '3,200 metres', 3200, 'meter')]),
    # ---- qty-ride
    ('c170', 'qty-ride', '80 km on the bike with 1,200 m of elevation today, dead',
     [('quantity', '80 km', 80, 'kilometer'), ('quantity', '1,200 m', 1200, 'meter')]),
    # ---- qty-speed
    ('n171', 'qty-speed', 'Engineers in Yamanashi pushed a magnetic-levitation train to 603 km/h during trials.',
     [('quantity', '603 km/h', 603, 'kilometer/hour')]),
    # ---- qty-height
    ('c172', 'qty-height', 'is 5 ft 6 short for a guy in Seoul',
     [('quantity', '5 ft 6', 66, 'inch')]),
    # ---- qty-snow
    ('c173', 'qty-snow', '60 cm of snow overnight in Sapporo, the kids are losing it',
     [('quantity', '60 cm', 60, 'centimeter')]),
    # ---- qty-tyre
    ('c174', 'qty-tyre', 'tyres on the scooter should be 33 psi front',
     [('quantity', '33 psi', 33, 'psi')]),
    # ---- qty-fire
    ('n175', 'qty-fire', 'Firefighters in Valparaíso said 12,000 hectares had burned since Friday.',
     [('quantity', '12,000 hectares', 12000, 'hectare')]),
    # ---- mixed
    ('c176', 'mixed', 'paid ¥3,800 for 500 g of wagyu at the depachika',
     [('money', '¥3,800', 3800, YEN), ('quantity', '500 g', 500, 'gram')]),
    ('n177', 'mixed', 'Changi Airport will spend S$10 billion on a fifth terminal, a project expected to take a decade.',
     [('money', 'S$10 billion', 10000000000, 'SGD'), ('duration', 'a decade', 10, 'year')]),
    ('c178', 'mixed', 'the 14-hour bus to Chiang Mai was only ฿750, bargain',
     [('duration', '14-hour', 14, 'hour'), ('money', '฿750', 750, 'THB')]),
    ('n179', 'mixed', 'A 10-tonne lorry carrying cigarettes worth Rp 2 billion was seized in Surabaya.',
     [('quantity', '10-tonne', 10, 'tonne'), ('money', 'Rp 2 billion', 2000000000, 'IDR')]),
    ('c180', 'mixed', 'R$ 45 for 2 kg of picanha, churrasco sorted',
     [('money', 'R$ 45', 45, 'BRL'), ('quantity', '2 kg', 2, 'kilogram')]),
    ('n181', 'mixed', 'Mexico will spend MXN 12 billion on a 380-kilometre water pipeline for Monterrey.',
     [('money', 'MXN 12 billion', 12000000000, 'MXN'),
      ('quantity', '380-kilometre', 380, 'kilometer')]),
    ('c182', 'mixed', 'rented a scooter in Bali for 3 days, Rp 70.000 a day',
     [('duration', '3 days', 3, 'day'), ('money', 'Rp 70.000', 70000, 'IDR')]),
    ('n183', 'mixed', "Korea's Hanwha won a ₩3 trillion contract to supply 120 self-propelled guns, with deliveries over five years.",
     [('money', '₩3 trillion', 3000000000000, 'KRW'), ('duration', 'five years', 5, 'year')]),
    ('c184', 'mixed', 'marathon entry in Mexico City was 1,500 pesos and the course is 42.2 km at altitude',
     [('money', '1,500 pesos', 1500, 'MXN'), ('quantity', '42.2 km', 42.2, 'kilometer')]),
    ('n185', 'mixed', 'Typhoon Gaemi dumped 1,000 mm of rain on parts of Taiwan over three days, causing NT$5 billion in farm losses.',
     [('quantity', '1,000 mm', 1000, 'millimeter'), ('duration', 'three days', 3, 'day'),
      ('money', 'NT$5 billion', 5000000000, 'TWD')]),
    ('c186', 'mixed', 'did a 2-hour pho-making workshop in Hanoi, 600k dong incl. ingredients',
     [('duration', '2-hour', 2, 'hour'), ('money', '600k dong', 600000, 'VND')]),
    ('n187', 'mixed', 'Peru will raise the Machu Picchu entrance fee to S/ 152 for a four-hour circuit.',
     [('money', 'S/ 152', 152, 'PEN'), ('duration', 'four-hour', 4, 'hour')]),
    ('c188', 'mixed', '180 baht for a 5 kg sack of hom mali at Makro, cheap',
     [('quantity', '5 kg', 5, 'kilogram'), ('money', '180 baht', 180, 'THB')]),
    ('n189', 'mixed', 'Tata Steel will invest ₹11,000 crore to add 5 million tonnes of annual capacity.',
     [('money', '₹11,000 crore', 110000000000, 'INR'),
      ('quantity', '5 million tonnes', 5000000, 'tonne')]),
    ('c190', 'mixed', "KTM to Penang takes 4 hrs and it's RM 79 one way",
     [('duration', '4 hrs', 4, 'hour'), ('money', 'RM 79', 79, 'MYR')]),
    ('n191', 'mixed', 'Codelco will spend US$1 billion to extend the life of its El Teniente mine by 20 years.',
     [('money', 'US$1 billion', 1000000000, 'USD'), ('duration', '20 years', 20, 'year')]),
    ('c192', 'mixed', 'my 30-min ride across Bogotá cost COP 18.000 on the app',
     [('duration', '30-min', 30, 'minute'), ('money', 'COP 18.000', 18000, 'COP')]),
    ('n193', 'mixed', 'Thai Airways will cut its Bangkok-Sydney flight to 8 hours 45 minutes, with fares from ฿19,900.',
     [('duration', '8 hours 45 minutes', 525, 'minute'), ('money', '฿19,900', 19900, 'THB')]),
    ('c194', 'mixed', '2 hrs in the fridge with 1/4 cup of fish sauce and garlic, then grill',
     [('duration', '2 hrs', 2, 'hour'), ('quantity', '1/4 cup', 0.25, 'cup')]),
    ('c195', 'mixed', "2 metres of water in the village for nearly a week, my grandparents' house in Kerala is ruined",
     [('quantity', '2 metres', 2, 'meter'), ('duration', 'a week', 1, 'week')]),
    ('c196', 'mixed', 'the car ferry to Jeju is ₩180,000 and takes 5 hours',
     [('money', '₩180,000', 180000, 'KRW'), ('duration', '5 hours', 5, 'hour')]),
    ('n197', 'mixed', "Argentina's wheat harvest is forecast at 18.5 million tonnes, worth upwards of US$4 billion.",
     [('quantity', '18.5 million tonnes', 18500000, 'tonne'),
      ('money', 'US$4 billion', 4000000000, 'USD')]),
    ('c198', 'mixed', 'getting 3 grand back in tax but there is a 6-week wait',
     [('money', '3 grand', 3000, GRAND), ('duration', '6-week', 6, 'week')]),
    ('c199', 'mixed', 'the 26.2 miles took me 4:32:10, never again',
     [('quantity', '26.2 miles', 26.2, 'mile'), ('duration', '4:32:10', 16330, 'second')]),
    ('c200', 'mixed', 'HK$350 for a 90-minute foot massage in Mong Kok',
     [('money', 'HK$350', 350, 'HKD'), ('duration', '90-minute', 90, 'minute')]),
    # ---- money-neg
    ('c201', 'money-neg', 'the won crashed again, good time to book Seoul?',
     []),
    ('n202', 'money-neg', 'South Korea won 2-1 against Japan in the East Asian Cup final.',
     []),
    ('c203', 'money-neg', 'saw a resplendent quetzal in Monteverde today!!',
     []),
    ('n204', 'money-neg', 'The port of Colón handled a record number of containers last month.',
     []),
    ('c205', 'money-neg', 'the 1,000 Guineas at Newmarket is on sunday, any tips',
     []),
    ('n206', 'money-neg', 'Simón Bolívar International Airport reopened after the storm.',
     []),
    ('c207', 'money-neg', 'Yen Press is finally releasing the next volume in English',
     []),
    ('c208', 'money-neg', 'call the hotel on +66 2 123 4567 to confirm the booking',
     []),
    ('n209', 'money-neg', 'Shares of the Hong Kong supermarket chain rose 3.5% in early trading.',
     []),
    ('c210', 'money-neg', "what's the exchange rate for dollars to pesos rn",
     []),
    ('c211', 'money-neg', 'BOT kept rates at 2.5%, so no cheaper mortgage for me',
     []),
    ('c212', 'money-neg', 'flat 12B, 88 Jalan Ampang, leave it with the guard',
     []),
    ('n213', 'money-neg', 'Landslides cut roads across Lempira after days of heavy rain.',
     []),
    ('c214', 'money-neg', "order #4471-2290 still hasn't shipped, who do I call",
     []),
    ('n215', 'money-neg', 'Slumdog Millionaire returned to Mumbai cinemas for an anniversary run.',
     []),
    ('c216', 'money-neg', 'won the pub quiz by 3 points, drinks on me',
     []),
    ('c217', 'money-neg', "bitcoin hit a new high and my 0.05 BTC still can't buy a house",
     []),
    # ---- dur-neg
    ('c218', 'dur-neg', 'the keeper picked up a one-match ban, so the kid starts saturday',
     []),
    ('n219', 'dur-neg', 'The winger was banned for six matches for spitting at an opponent.',
     []),
    ('c220', 'dur-neg', "on a zero-hours contract again, no idea what shifts I'll get",
     []),
    ('n221', 'dur-neg', 'Chinese tech firms have been criticised for the 996 schedule.',
     []),
    ('c222', 'dur-neg', 'see you at 19:30 outside Shibuya station',
     []),
    ('n223', 'dur-neg', 'The summit will be held from 3 to 5 March in Kuala Lumpur.',
     []),
    ('c224', 'dur-neg', "doctor's appt is 2025-06-14, can you drive me",
     []),
    ('n225', 'dur-neg', 'The Hundred Days Offensive began in August 1918.',
     []),
    ('c226', 'dur-neg', 'my grandma just turned 90 and the party was wild',
     []),
    ('n227', 'dur-neg', 'A 12-year-old chess prodigy from Cebu beat three grandmasters at a Manila open.',
     []),
    ('c228', 'dur-neg', "we're in the third week of Ramadan already",
     []),
    ('n229', 'dur-neg', 'The 5:2 diet remains popular in Britain, a survey found.',
     []),
    ('c230', 'dur-neg', 'weekly standup moved to tuesdays at 10am',
     []),
    ('c231', 'dur-neg', 'did you know the Seoul marathon started in 1931',
     []),
    ('c232', 'dur-neg', 'Python 3.12 broke half my scripts, thanks',
     []),
    ('c233', 'dur-neg', 'my new number is 0917 555 0123, save it pls',
     []),
    # ---- qty-neg
    ('c234', 'qty-neg', "shot a roll of 35 mm film on my trip, can't wait to develop it",
     []),
    ('n235', 'qty-neg', 'The festival will screen restored Super 8 home movies from 1970s Manila.',
     []),
    ('c236', 'qty-neg', 'looking at a 3-bed in Subang, thoughts on the area',
     []),
    ('c237', 'qty-neg', 'bought a 6-pack of Tiger for the beach',
     []),
    ('n238', 'qty-neg', 'A magnitude 5.8 earthquake shook Mindanao on Monday, officials said.',
     []),
    ('c239', 'qty-neg', 'just got the Galaxy S24 Ultra, camera is insane',
     []),
    ('n240', 'qty-neg', 'A five-man crew was rescued off the coast of Aceh.',
     []),
    ('c241', 'qty-neg', '221B Baker Street is a museum now right',
     []),
    ('n242', 'qty-neg', 'Persib beat Persija 2-0 in Bandung.',
     []),
    ('c243', 'qty-neg', 'updated to iOS 18.2 and my battery is worse',
     []),
    ('c244', 'qty-neg', 'is USB 3.2 fast enough for an external SSD',
     []),
    ('n245', 'qty-neg', 'The Toyota GR86 arrived in Malaysian showrooms.',
     []),
    ('c246', 'qty-neg', "my shoe size is 42 in EU, what's that in US",
     []),
    ('n247', 'qty-neg', 'A Force 8 gale disrupted ferries to the Isle of Wight.',
     []),
    ('c248', 'qty-neg', 'got the 12-gauge out for clay shooting, first time',
     []),
    ('n249', 'qty-neg', 'Nearly 5 lakh pilgrims took a dip at Prayagraj on Sunday.',
     []),
    ('c250', 'qty-neg', 'Chanel No. 5 was on sale at the duty free',
     []),
]
