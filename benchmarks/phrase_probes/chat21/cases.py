"""Held-out probe chat21: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat20 or classes).
Money leans on currencies no earlier probe used: Burundi, Djibouti, the Falklands,
Gibraltar, the Comoros, North Korea, Lesotho, the Seychelles, Sudan, St Helena,
Somalia, South Sudan, São Tomé, Syria, Venezuela, Curaçao, El Salvador's colón, the
IMF's SDR and Chile's UF, and on withdrawn currencies quoted in the past (Croatian
kuna, Deutschmarks, French francs, lire, pesetas, drachmas, Irish pounds, Dutch
guilders, Portuguese escudos), beside rarer ones (Iranian rials, Yemeni riyals, riel,
kip, Rwandan and Namibian money) and everyday forms (bounds, slang, scale letters,
written-out amounts, codes and marks before and after the number, yen and yuan
characters). Durations and quantities cover cooking, travel, sport, science, space,
legal terms, medicine, data sizes, speeds, areas, volumes, temperatures, body
measures, fractions, composites, glued units and rarer units (parsecs, ångström,
leagues, rods, becquerels, torr, ares, petabytes, kelvin); 50 rows hold nothing.
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
chat19's (../chat19/cases.py) and chat20's (../chat20/cases.py), all unchanged and
decided before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16, chat17, chat18, chat19 and chat20; also
decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "in the
   vicinity of" (chat13's "in the region of", chat20's "in the neighbourhood of":
   "in the vicinity of $3 million" = 3000000 USD), "start at" before a price
   (chat10's "from" before a price) and "topped" (chat15's "top" as a verb); "in
   under 2 hours" is chat4's "under".
 * Ranges, all by earlier rules: "$35-45" (chat14's mark on the first number only),
   "two to three hundred dollars" (chat13's scale after the second number),
   "between RWF 80 billion and RWF 95 billion" (chat4's "between" with the code and
   scale on both ends), "10-14 working days" and "7 to 10 business days" (chat5's
   working and business days), "a day or two" = (1, 2) day (chat19's "a week or
   two"), "10-15 mins", "18-24 hours", "60-90 seconds", "20 to 25 kg" and "15–25 cm"
   (the unit once, after the second number, chat13).
 * Withdrawn currencies: an amount quoted in a currency that was replaced before
   this probe was written, in a sentence set in the past (a year, "back in",
   "before the euro", "remember when", a grandparent's first wage), is a money claim
   in that currency's own ISO 4217 code (the historic list; babel knows them all),
   never converted to euros: "12 kuna" (Split, 2019) = 12 HRK, "1.20 Deutschmarks"
   = 1.2 DEM, "4 French francs" = 4 FRF, "1,500 lire" = 1500 ITL, "100 pesetas" =
   100 ESP, "350 drachmas" = 350 GRD, "9 Irish pounds" = 9 IEP (not chat4's GBP),
   "3 guilders" in Amsterdam in 1995 = 3 NLG, "50 escudos" in Lisbon = 50 PTE (not
   chat20's Cape Verdean CVE). A current price beside it ("now it's 2 euros") is a
   second claim.
 * More numbers that are not claims: PINs and door codes ("2580"), bank sort codes
   and account endings, order numbers ("4402-118"), UK mobile and freephone numbers
   ("07700 900461", "0800 123 4567": "0800" is no clock time), room numbers ("room
   101"), software versions ("version 2.0"), hotel star ratings ("a 5-star hotel",
   "4-star", chat6's star ratings), shoe sizes ("size 10", chat10), standard numbers
   ("ISO 9001"), road names ("the M6 toll", chat13), disease names ("COVID-19"),
   percentages ("27%"), ordinals ("day 12 of my streak", "now in its third week",
   "Year 9"), ages ("turned 7"), years ("1994", "in '98", "in 1990", "than in 1900"),
   clock times ("half past four", "1:25 pm", "3:15", "from 9pm till 3am"),
   frequencies ("twice a week", "three times", "max 4 a day"), counts of kids,
   cats, houseplants, eggs, balls, bedrooms and stores, and numbers left bare after
   a claim ("felt like three", "which means 5", "another 24", "80 in reality":
   chat13's unitless numbers).
 * More names and idioms with no claim: "Catch-22", "Ocean's Eleven", "Apollo 13"
   and "Apollo 11", "28 Weeks Later", "Seven Seconds" (a series), "the 49ers",
   "Twenty One Pilots", "Blink-182", "the G20", "Mark Cuban" (not the Deutschmark),
   "Rand McNally", "Dollar Tree", "Yuan Shikai" (not the yuan), "Grand Central
   Terminal", "Buck Owens", "Second Avenue", "Days Inn", "Minutes" of a trustees'
   session, "Foot Locker", "Isaac Newton", "Lord Kelvin", "Stone Cold Steve Austin",
   the research vessel "Kilo Moana", "The Hundred Years' War" (chat11; the war's
   real length, "116 years", is a claim), "a dash" and "a splash" in a drink (no
   pint unit is meant), "a pony" hired in Lesotho (a horse, not chat13's 25 GBP)
   and currencies named with no amount ("the Comorian franc", "the euro", "the
   Seychelles rupee", "sterling", "dollars" in Mogadishu).
 * chat4's rate-denominator rule in the new domains: "a kilo" and "per kilogram"
   (vanilla, rice), "a litre" (camel milk, petrol), "a week" (a wage), "a month"
   (rent in UF), "a night" (parking, rooms), "a head", "each", "apiece", "a day"
   (scooter hire, desalination output), "per burger" (half a pound of mince) and
   "per kilogram" after a radioactivity reading: only the numerator is claimed.
Money
 * New marks and words: "Burundian francs" = BIF; "DJF" after the amount = DJF
   (chat6's codes); "Falkland Islands pounds" = FKP and "GIP" before the amount =
   GIP (the Falklands and Gibraltar pounds, not GBP, though they sit at par);
   "Comorian francs" = KMF; "won" in North Korea (Pyongyang) = KPW, not chat5's
   KRW; "maloti" (the plural of loti) in Lesotho = LSL and "lisente" = 0.01 LSL
   ("14 maloti 50 lisente" = 14.50 LSL, one composite claim, chat15's "8 cedis 50
   pesewas"); "SCR" before the amount = SCR (Seychelles rupee, not chat4's rupee
   tuple); "Sudanese pounds" = SDG; "Saint Helena pounds" = SHP; "Somali
   shillings" = SOS; "SSP" before the amount = SSP; "dobras" on São Tomé = STN;
   "Syrian pounds" = SYP; "bolívares" in Venezuela (Caracas) = the VES tuple (VES
   or VED); "guilders" in Curaçao (Willemstad) = the XCG tuple (the Caribbean
   guilder, or the Antillean guilder it replaced in 2025), while "guilders" in
   Amsterdam in 1995 are NLG (above); a "100-colón" banknote in El Salvador = 100
   SVC (chat14's coin or banknote named by its value; chat10's Costa Rican
   "colones" stay CRC); "SDR" before an IMF amount = XDR (the special drawing
   right, an ISO 4217 code: "SDR 2.3 billion" = 2.3e9 XDR); "UF" after an amount in
   Chile (Santiago's Providencia) = CLF (the unidad de fomento).
 * Rarer marks: "rials" in Iran (Isfahan) = IRR; "riyals" in Yemen (Aden) = YER
   (chat6's Saudi "riyals" stay SAR); "円" after the amount = JPY; "元" after the
   amount = CNY; "₽" = RUB; "៛" after the amount = KHR (chat12's "riel"); "₭" =
   LAK (chat10's "kip"); "N$" in Namibia (Windhoek) = NAD (chat12); "₩" = KRW
   (chat5); "kronor" = SEK (chat11); "12,50€" (the mark after the number with a
   decimal comma) = 12.50 EUR (chat4's grouping rule).
 * Money slang: US "a bill" = 100 USD ("two bills" = 200 USD) and "a stack" = 1000
   USD (the mirror of chat20's "a rack"); "a grand" and "two grand" (chat10, chat4's
   GRAND tuple), "a tenner" (chat4's tuple), "fifty quid" = 50 GBP; "2 bucks" in
   Siem Reap = USD (Cambodia uses the US dollar; no chat13 bare-"$" country is
   named); "$189.99" at Canadian Tire in Winnipeg = chat13's CAD_US tuple.
 * Scales and spoken amounts, all by earlier rules: "5k euros" (chat11), "€2.5m"
   (chat8), "₦250k" (chat12), "¥450 billion" (chat4's YEN tuple, even with Tokyo
   named), "₹4.2 crore", "A$1.6 million", "$3 million", "SDR 2.3 billion", "DJF 60
   billion", "1.2 million Somali shillings", "450 million Syrian pounds", "5 million
   Falkland Islands pounds"; "three hundred and fifty pounds" (a pram: money) = 350
   GBP; "twelve thousand five hundred dollars" = 12500 USD; "twelve rand fifty" =
   12.50 ZAR (chat10's spoken prices).
 * "will rise by 5p to £1.70" gives two claims (chat5's stated price change and the
   new price); "60 bolívares or 2 dollars", "2,000,000 rials ... about 3 dollars"
   and "10,000៛ but took 2 bucks" give two claims each; "chf 80" (lower-case code,
   chat8) = 80 CHF; "EUR 40" and "40 EUR" (chat6's codes before or after).
Durations
 * "two millennia" = 2000 year (a millennium is 1000 years; expected in years like
   chat12's centuries); "two centuries" = 200 year; "a decade" = 10 year (chat4);
   "29.5 Earth days" = 29.5 day (the word "Earth" changes nothing).
 * Composites (one claim, summed value), by earlier rules: "17 hrs 10 mins" = 1030
   minute, "3h 45m" = 225 minute (chat8), "21 hours and 36 minutes" = 1296 minute,
   "4 minutes 28 seconds" = 268 second, "8 minutes 20 seconds" = 500 second
   (chat14), "2 hours 11 minutes" = 131 minute, "2h30" = 150 minute and "1h50" = 110
   minute (chat12's "1h10").
 * Fractions: "an hour and a half", "a minute and a half" (chat5), "a year and a
   half" (chat10), "2 and a half hrs" (chat13), "six and a half minutes", "four and
   a half years", "three quarters of an hour" (chat10), "half an hour".
 * Shortenings and glued forms: "90 mins", "70 secs", "3 wks" (chat10), "6 mths"
   (chat11), "6hrs" (chat10's glued "4hrs"), "11.4s" (chat12's sprint "s"),
   "350 nanoseconds" and "4 milliseconds" (chat5's sub-second units), "1/32000
   sec" = 1/32000 second (chat8's shutter speeds).
 * Race times: "2:02:42" after a marathon's name = 7362 second (chat6); "52:30"
   after "a 10k" = 3150 second (chat8's mm:ss after a race distance).
 * "18 months, suspended for 2 years" gives two claims (chat11); "every 90
   minutes" and "every 4 hrs" are chat6's intervals; "ping me in 20 mins" is
   chat4's offset; sentences, leave, probation, warranties, strikes, closures,
   vaccine protection, budget deadlines, latency, eclipses, orbits, sunlight and
   transit times are durations.
Quantities
 * New units: "parsecs" = parsec; "ångström" = angstrom; "leagues" = league; "rods"
   along a boundary = rod (a length); "becquerels" = becquerel ("per kilogram" the
   denominator); "torr" = torr; "ares" = are (100 m²); "petabytes" = the new PB tuple
   (petabyte or pebibyte, like chat4's GB and TB); "kelvin" = kelvin; "square miles"
   = square_mile; "cubic kilometres" = kilometer**3.
 * Composites (one claim, summed value): "5 ft 10 in" = 70 inch and "2 ft 6 in" = 30
   inch (chat16's "5 ft 7 in"), "7 lb 8 oz" = 7.5 pound (chat12's "7 lb 3 oz"),
   "1 kg 200 g" = 1.2 kilogram (chat11's "4 kg 600 g"), "16.2 hands" = 66 inch
   (chat10's hands.inches).
 * Fractions and "a": "⅓ cup" = 1/3 cup (chat5), "half a pound" of mince = 0.5
   pound (mass, chat11), "three-quarters of a mile" = 0.75 mile (chat14), "a
   teaspoon" = 1 teaspoon and "a pint of milk" = 1 pint (chat4, chat10).
 * Temperatures: "minus 51 degrees Celsius" (chat4's negative temperatures),
   "68°F", "350°F", "450°C", "77 kelvin"; "101.3 degrees" for a child's fever is
   chat4's TEMP tuple (the scorer accepts either scale).
 * "4.5 by 3.2 metres" = one claim per number in metres (chat10 and chat15);
   glued units "10kg" (a bag's size, chat8), "23.4kg", "256GB", "65W"; "a 10k" =
   10 kilometer (chat6); a "19-metre motor yacht" = 19 meter (chat13); "the 500 GB
   SSD" (chat6's capacity in a product phrase); "16.9 fl oz" = chat5's FLOZ tuple
   ("how many ml" is a conversion target, chat5); "50 gallons" = chat4's GALLON
   tuple; "40 lbs" and "2 stone" = pound and stone.
 * Body measures, bag and suitcase weights, recipe amounts, oven and pool and fever
   temperatures, data allowances and storage, speed limits and train records,
   flat, garden, fire, vineyard and park areas, reservoir, glacier, desalination
   and tank volumes, whale, marrow and pistachio masses, hike distances and climbs,
   star distances, microscope resolution, old map distances, survey lengths,
   radioactivity, turbine and charger power, vacuum pressure, sea-level rise,
   hailstones, snow depths, lake depths, typhoon winds and pressure, dive depths,
   pipeline and highway lengths, yacht lengths and boat speeds are quantities.
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
    # ---- money-fare
    ('n001', 'money-fare', 'A minibus ride across Bujumbura now costs 1,500 Burundian francs after weeks of fuel shortages.',
     [('money', '1,500 Burundian francs', 1500, 'BIF')]),
    # ---- money-food
    ('c002', 'money-food', 'fah-fah soup at a little place in Djibouti city was 800 DJF, massive bowl',
     [('money', '800 DJF', 800, 'DJF')]),
    # ---- money-grocery
    ('n003', 'money-grocery', "A sliced loaf at Stanley's West Store costs 2.10 Falkland Islands pounds.",
     [('money', '2.10 Falkland Islands pounds', 2.1, 'FKP')]),
    # ---- money-food
    ('c004', 'money-food', 'fish and chips on Main Street in Gibraltar was GIP 11.50, same as sterling really',
     [('money', 'GIP 11.50', 11.5, 'GIP')]),
    # ---- money-farm
    ('n005', 'money-farm', 'Vanilla growers on Anjouan are being paid 15,000 Comorian francs a kilo for green pods.',
     [('money', '15,000 Comorian francs', 15000, 'KMF')]),
    # ---- money-grocery
    ('n006', 'money-grocery', "Daily NK reports that rice sells for 8,000 won per kilogram in Pyongyang's Tongil market.",
     [('money', '8,000 won', 8000, 'KPW')]),
    # ---- money-taxi
    ('c007', 'money-taxi', 'taxi from the Maseru bridge into town was 15 maloti, driver had no change',
     [('money', '15 maloti', 15, 'LSL')]),
    # ---- money-minor
    ('n008', 'money-minor', 'A loaf of white bread in Maseru now costs 14 maloti 50 lisente.',
     [('money', '14 maloti 50 lisente', 14.5, 'LSL')]),
    # ---- money-food
    ('c009', 'money-food', 'takeaway curry in Victoria on Mahé was SCR 75, cheapest meal we found all week',
     [('money', 'SCR 75', 75, 'SCR')]),
    ('n010', 'money-food', 'Bakeries in Port Sudan now charge 100 Sudanese pounds for a single piece of bread.',
     [('money', '100 Sudanese pounds', 100, 'SDG')]),
    # ---- money-hotel
    ('n011', 'money-hotel', 'Rooms at the Mantis hotel in Jamestown start at 120 Saint Helena pounds.',
     [('money', '120 Saint Helena pounds', 120, 'SHP')]),
    # ---- money-food
    ('c012', 'money-food', 'camel milk in Mogadishu is 10,000 Somali shillings a litre but everyone pays in dollars',
     [('money', '10,000 Somali shillings', 10000, 'SOS')]),
    ('n013', 'money-food', 'In Juba, a plate of kisra and stew now costs SSP 3,000, double the price in January.',
     [('money', 'SSP 3,000', 3000, 'SSP')]),
    ('c014', 'money-food', "coffee at the roça on São Tomé was 50 dobras, best i've had",
     [('money', '50 dobras', 50, 'STN')]),
    ('n015', 'money-food', 'A chicken shawarma in Damascus now costs 25,000 Syrian pounds.',
     [('money', '25,000 Syrian pounds', 25000, 'SYP')]),
    ('c016', 'money-food', 'arepa in Caracas was 60 bolívares or 2 dollars, they take both',
     [('money', '60 bolívares', 60, VES), ('money', '2 dollars', 2, 'USD')]),
    ('c017', 'money-food', 'pastechi at the Plasa Bieu in Willemstad were 3 guilders each',
     [('money', '3 guilders', 3, XCG)]),
    # ---- money-banknote
    ('n018', 'money-banknote', 'A museum in San Salvador displays a 100-colón banknote from before dollarisation.',
     [('money', '100-colón', 100, 'SVC')]),
    # ---- money-imf
    ('n019', 'money-imf', "The IMF approved a loan of about SDR 2.3 billion for Sri Lanka's recovery programme.",
     [('money', 'SDR 2.3 billion', 2300000000, 'XDR')]),
    # ---- money-rent
    ('c020', 'money-rent', 'rent in Providencia is 18 UF a month plus gastos comunes',
     [('money', '18 UF', 18, 'CLF')]),
    # ---- money-historic
    ('c021', 'money-historic', "back in 2019 a coffee in Split was like 12 kuna, now it's 2 euros",
     [('money', '12 kuna', 12, 'HRK'), ('money', '2 euros', 2, 'EUR')]),
    ('n022', 'money-historic', 'Petrol in Bonn cost 1.20 Deutschmarks a litre in 1990, archive price lists show.',
     [('money', '1.20 Deutschmarks', 1.2, 'DEM')]),
    ('c023', 'money-historic', 'my dad still goes on about baguettes costing 4 French francs',
     [('money', '4 French francs', 4, 'FRF')]),
    ('n024', 'money-historic', 'Before the euro, an espresso at a Roman bar cost about 1,500 lire.',
     [('money', '1,500 lire', 1500, 'ITL')]),
    ('c025', 'money-historic', "in '98 a caña in Seville was 100 pesetas, wild",
     [('money', '100 pesetas', 100, 'ESP')]),
    ('n026', 'money-historic', 'In 2001, a souvlaki pita in Athens sold for 350 drachmas.',
     [('money', '350 drachmas', 350, 'GRD')]),
    ('c027', 'money-historic', 'nan says her first wage in Galway was 9 Irish pounds a week',
     [('money', '9 Irish pounds', 9, 'IEP')]),
    ('n028', 'money-historic', 'A single tram ticket in Amsterdam cost 3 guilders in 1995.',
     [('money', '3 guilders', 3, 'NLG')]),
    ('c029', 'money-historic', 'remember when a bica in Lisbon was 50 escudos',
     [('money', '50 escudos', 50, 'PTE')]),
    # ---- money-bound
    ('c030', 'money-bound', 'need a rice cooker under $40, any recs',
     [('money', '$40', 40, 'USD')]),
    # ---- money-slang
    ('c031', 'money-slang', 'that amp went for a grand on marketplace, mad',
     [('money', 'a grand', 1000, GRAND)]),
    # ---- money-scale
    ('c032', 'money-scale', 'guy quoted 5k euros to retile the bathroom, is that normal',
     [('money', '5k euros', 5000, 'EUR')]),
    ('n033', 'money-scale', 'A Lisbon fintech raised €2.5m in a seed round led by Portuguese angels.',
     [('money', '€2.5m', 2500000, 'EUR')]),
    # ---- money-code
    ('c034', 'money-code', 'the tower ticket at the Sagrada Familia was EUR 40, worth it',
     [('money', 'EUR 40', 40, 'EUR')]),
    ('c035', 'money-code', 'hotel in Ljubljana charged 40 EUR a night for parking, daylight robbery',
     [('money', '40 EUR', 40, 'EUR')]),
    # ---- money-written
    ('c036', 'money-written', 'the pram cost three hundred and fifty pounds and the wheel squeaks already',
     [('money', 'three hundred and fifty pounds', 350, 'GBP')]),
    ('n037', 'money-written', 'A retired bus driver in Ohio scratched a card worth twelve thousand five hundred dollars.',
     [('money', 'twelve thousand five hundred dollars', 12500, 'USD')]),
    # ---- money-range
    ('c038', 'money-range', 'ubers from the airport are usually $35-45 depending on traffic',
     [('money', '$35-45', (35, 45), 'USD')]),
    ('n039', 'money-range', 'The Kigali stadium upgrade is expected to cost between RWF 80 billion and RWF 95 billion.',
     [('money', 'RWF 80 billion and RWF 95 billion', (80000000000, 95000000000), 'RWF')]),
    # ---- money-symbol
    ('c040', 'money-symbol', 'miso ramen in Sapporo was 1,100円, worth the queue',
     [('money', '1,100円', 1100, 'JPY')]),
    ('c041', 'money-symbol', 'dumplings at the stall by the metro were 15元 for twelve',
     [('money', '15元', 15, 'CNY')]),
    ('n042', 'money-symbol', 'A cappuccino in central Moscow now averages ₽350, a survey found.',
     [('money', '₽350', 350, 'RUB')]),
    # ---- money-taxi
    ('c043', 'money-taxi', 'paid 2,000,000 rials for the taxi across Isfahan, about 3 dollars',
     [('money', '2,000,000 rials', 2000000, 'IRR'), ('money', '3 dollars', 3, 'USD')]),
    # ---- money-food
    ('c044', 'money-food', 'a glass of shai haleeb in Aden is 200 riyals',
     [('money', '200 riyals', 200, 'YER')]),
    # ---- money-symbol
    ('c045', 'money-symbol', 'tuk tuk in Siem Reap wanted 10,000៛ but took 2 bucks',
     [('money', '10,000៛', 10000, 'KHR'), ('money', '2 bucks', 2, 'USD')]),
    ('c046', 'money-symbol', 'beer lao is ₭15,000 at the night market in Luang Prabang',
     [('money', '₭15,000', 15000, 'LAK')]),
    # ---- money-minor
    ('c047', 'money-minor', 'the vending machine wants 85 cents and only takes exact change',
     [('money', '85 cents', 0.85, 'USD')]),
    ('c048', 'money-minor', 'Cape Town minibus fare went up again, twelve rand fifty from Wynberg',
     [('money', 'twelve rand fifty', 12.5, 'ZAR')]),
    # ---- money-bound
    ('c049', 'money-bound', 'no more than chf 80 a head for the fondue place, ok?',
     [('money', 'chf 80', 80, 'CHF')]),
    ('c050', 'money-bound', 'upwards of ₦250k for a used fridge in Ikeja now, e no easy',
     [('money', '₦250k', 250000, 'NGN')]),
    ('n051', 'money-bound', 'Estimates put the Hockney swimming-pool sketch in the vicinity of $3 million.',
     [('money', '$3 million', 3000000, 'USD')]),
    # ---- money-symbol
    ('c052', 'money-symbol', 'two cocktails at the rooftop in Lisbon came to 12,50€, bargain honestly',
     [('money', '12,50€', 12.5, 'EUR')]),
    # ---- money-slang
    ('c053', 'money-slang', 'that concert cost me two bills after fees',
     [('money', 'two bills', 200, 'USD')]),
    ('c054', 'money-slang', 'bro dropped a stack on sneakers again',
     [('money', 'a stack', 1000, 'USD')]),
    ('c055', 'money-slang', 'got a tenner off my nan for mowing her lawn',
     [('money', 'a tenner', 10, GRAND)]),
    ('c056', 'money-slang', 'fifty quid for a haircut in Soho, never again',
     [('money', 'fifty quid', 50, 'GBP')]),
    # ---- money-scale
    ('n057', 'money-scale', 'The Tokyo carmaker approved a ¥450 billion share buyback.',
     [('money', '¥450 billion', 450000000000, YEN)]),
    ('n058', 'money-scale', 'A three-bedroom flat in Bandra sold for ₹4.2 crore.',
     [('money', '₹4.2 crore', 42000000, 'INR')]),
    # ---- money-minor
    ('n059', 'money-minor', 'The price of a first-class stamp will rise by 5p to £1.70.',
     [('money', '5p', 0.05, 'GBP'), ('money', '£1.70', 1.7, 'GBP')]),
    # ---- money-range
    ('c060', 'money-range', 'rooms in Zanzibar run two to three hundred dollars a night in high season',
     [('money', 'two to three hundred dollars', (200, 300), 'USD')]),
    # ---- money-bound
    ('n061', 'money-bound', "Sydney's median house price topped A$1.6 million in March.",
     [('money', 'A$1.6 million', 1600000, 'AUD')]),
    # ---- money-fare
    ('n062', 'money-fare', "Stockholm's transport authority will raise a single fare to 42 kronor.",
     [('money', '42 kronor', 42, 'SEK')]),
    ('n063', 'money-fare', "A ride on Seoul's subway now costs ₩1,550 at the basic rate after the latest increase.",
     [('money', '₩1,550', 1550, 'KRW')]),
    # ---- money-shopping
    ('n064', 'money-shopping', 'Canadian Tire is selling hockey skates for $189.99 at its Winnipeg stores.',
     [('money', '$189.99', 189.99, CAD_US)]),
    # ---- money-fare
    ('n065', 'money-fare', 'The Windhoek taxi association wants the standard fare raised to N$20.',
     [('money', 'N$20', 20, 'NAD')]),
    # ---- dur-spoken
    ('c066', 'dur-spoken', 'the film was an hour and a half but felt like three',
     [('duration', 'an hour and a half', 1.5, 'hour')]),
    # ---- dur-short
    ('c067', 'dur-short', 'gym session was 90 mins, legs are dead',
     [('duration', '90 mins', 90, 'minute')]),
    ('c068', 'dur-short', 'delivery says 3 wks, which means 5',
     [('duration', '3 wks', 3, 'week')]),
    # ---- dur-strike
    ('n069', 'dur-strike', 'Dock workers in Rotterdam will strike for a fortnight from Monday.',
     [('duration', 'a fortnight', 2, 'week')]),
    # ---- dur-cooking
    ('c070', 'dur-cooking', 'lamb shoulder goes in for 2h30 on low',
     [('duration', '2h30', 150, 'minute')]),
    # ---- dur-range
    ('c071', 'dur-range', 'shipping takes 10-14 working days apparently',
     [('duration', '10-14 working days', (10, 14), 'day')]),
    ('n072', 'dur-range', 'Repairs to the Kessock Bridge will take between six and eight weeks.',
     [('duration', 'six and eight weeks', (6, 8), 'week')]),
    ('c073', 'dur-range', 'give the varnish a day or two to dry, then sand it',
     [('duration', 'a day or two', (1, 2), 'day')]),
    # ---- dur-fraction
    ('c074', 'dur-fraction', "half an hour on the rower and i'm done",
     [('duration', 'half an hour', 0.5, 'hour')]),
    # ---- dur-science
    ('n075', 'dur-science', 'Totality over Mazatlán lasted 4 minutes 28 seconds.',
     [('duration', '4 minutes 28 seconds', 268, 'second')]),
    ('n076', 'dur-science', "Physicists note that a photon leaving the Sun's surface reaches a rooftop panel on Earth about 8 minutes 20 seconds later.",
     [('duration', '8 minutes 20 seconds', 500, 'second')]),
    # ---- dur-travel
    ('c077', 'dur-travel', 'Dubai to Auckland is 17 hrs 10 mins, send snacks',
     [('duration', '17 hrs 10 mins', 1030, 'minute')]),
    # ---- dur-history
    ('n078', 'dur-history', 'The Leaning Tower of Pisa took almost two centuries to finish.',
     [('duration', 'two centuries', 200, 'year')]),
    ('n079', 'dur-history', 'Work on the Great Wall spanned more than two millennia.',
     [('duration', 'two millennia', 2000, 'year')]),
    # ---- dur-appliance
    ('c080', 'dur-appliance', 'dishwasher eco cycle is 3h 45m, who designed this',
     [('duration', '3h 45m', 225, 'minute')]),
    # ---- dur-cooking
    ('c081', 'dur-cooking', 'microwave the mug cake for 70 secs, no longer',
     [('duration', '70 secs', 70, 'second')]),
    # ---- dur-tech
    ('n082', 'dur-tech', 'The new cable cut trading latency between London and Frankfurt to 4 milliseconds.',
     [('duration', '4 milliseconds', 4, 'millisecond')]),
    # ---- dur-cooking
    ('c083', 'dur-cooking', 'sourdough starter needs 12 hours at room temp before it peaks',
     [('duration', '12 hours', 12, 'hour')]),
    # ---- dur-politics
    ('n084', 'dur-politics', 'Contract talks in Brussels collapsed after 72 hours of negotiation.',
     [('duration', '72 hours', 72, 'hour')]),
    # ---- dur-legal
    ('c085', 'dur-legal', 'my cousin got 18 months, suspended for 2 years',
     [('duration', '18 months', 18, 'month'), ('duration', '2 years', 2, 'year')]),
    ('n086', 'dur-legal', 'A former mayor of Naples was jailed for four and a half years for corruption.',
     [('duration', 'four and a half years', 4.5, 'year')]),
    # ---- dur-work
    ('c087', 'dur-work', 'they put me on 6 mths probation at the warehouse, no sick days allowed',
     [('duration', '6 mths', 6, 'month')]),
    ('n088', 'dur-work', 'Parents in Norway can take up to 49 weeks of leave at full pay.',
     [('duration', '49 weeks', 49, 'week')]),
    # ---- dur-travel
    ('c089', 'dur-travel', 'stuck on the tarmac at Gatwick for 2 and a half hrs',
     [('duration', '2 and a half hrs', 2.5, 'hour')]),
    # ---- dur-space
    ('n090', 'dur-space', "Apollo 11's astronauts spent 21 hours and 36 minutes on the lunar surface.",
     [('duration', '21 hours and 36 minutes', 1296, 'minute')]),
    # ---- dur-range
    ('c091', 'dur-range', 'heat the wax for 10-15 mins until it goes runny',
     [('duration', '10-15 mins', (10, 15), 'minute')]),
    # ---- dur-cooking
    ('c092', 'dur-cooking', "the chicken thighs soak in the yoghurt overnight, or at least 8 hours if you're rushed",
     [('duration', '8 hours', 8, 'hour')]),
    # ---- dur-commute
    ('c093', 'dur-commute', 'my commute is 40 min door to door',
     [('duration', '40 min', 40, 'minute')]),
    # ---- dur-travel
    ('n094', 'dur-travel', "A full loop of Tokyo's Yamanote line takes about an hour.",
     [('duration', 'an hour', 1, 'hour')]),
    # ---- dur-tech
    ('c095', 'dur-tech', 'these earbuds last 6hrs, the case gives you another 24',
     [('duration', '6hrs', 6, 'hour')]),
    # ---- dur-warranty
    ('c096', 'dur-warranty', 'the dishwasher came with a guarantee of three years parts and labour',
     [('duration', 'three years', 3, 'year')]),
    # ---- dur-space
    ('n097', 'dur-space', 'The International Space Station circles the Earth roughly every 90 minutes.',
     [('duration', '90 minutes', 90, 'minute')]),
    # ---- dur-money
    ('c098', 'dur-money', 'that car loan took me a decade to clear, never again',
     [('duration', 'a decade', 10, 'year')]),
    # ---- dur-history
    ('n099', 'dur-history', "The Hundred Years' War actually lasted 116 years.",
     [('duration', '116 years', 116, 'year')]),
    # ---- dur-waiting
    ('c100', 'dur-waiting', "been waiting 25 minutes for this bus and it's raining",
     [('duration', '25 minutes', 25, 'minute')]),
    # ---- dur-space
    ('n101', 'dur-space', 'NASA confirmed the incoming crew will live on the orbiting lab for nine months.',
     [('duration', 'nine months', 9, 'month')]),
    # ---- dur-sports
    ('c102', 'dur-sports', 'ran 11.4s on my relay leg, slowest in the squad lol',
     [('duration', '11.4s', 11.4, 'second')]),
    ('n103', 'dur-sports', 'Breaking clear at halfway, the Ethiopian took the Berlin Marathon in 2:02:42.',
     [('duration', '2:02:42', 7362, 'second')]),
    # ---- dur-cooking
    ('c104', 'dur-cooking', 'six and a half minutes for jammy eggs, then straight into ice water',
     [('duration', 'six and a half minutes', 6.5, 'minute')]),
    # ---- dur-strike
    ('n105', 'dur-strike', 'Talks to end the port strike, now in its third week, lasted just 40 minutes.',
     [('duration', '40 minutes', 40, 'minute')]),
    # ---- dur-offset
    ('c106', 'dur-offset', "ping me in 20 mins so the focaccia doesn't burn",
     [('duration', '20 mins', 20, 'minute')]),
    # ---- dur-range
    ('c107', 'dur-range', 'cold brew sits 18-24 hours before you strain it',
     [('duration', '18-24 hours', (18, 24), 'hour')]),
    # ---- dur-medicine
    ('n108', 'dur-medicine', 'Protection from the vaccine wanes after about six months, the study found.',
     [('duration', 'six months', 6, 'month')]),
    # ---- dur-range
    ('c109', 'dur-range', 'passport turnaround is 7 to 10 business days now',
     [('duration', '7 to 10 business days', (7, 10), 'day')]),
    # ---- dur-politics
    ('n110', 'dur-politics', "Bulgaria's parliament gave the cabinet 14 days to present a budget.",
     [('duration', '14 days', 14, 'day')]),
    # ---- dur-exam
    ('c111', 'dur-exam', 'the chemistry paper is three hours long and you also get 15 minutes to read first',
     [('duration', 'three hours', 3, 'hour'), ('duration', '15 minutes', 15, 'minute')]),
    # ---- dur-tech
    ('c112', 'dur-tech', "our latency's down to 350 nanoseconds, boss is thrilled",
     [('duration', '350 nanoseconds', 350, 'nanosecond')]),
    # ---- dur-travel
    ('n113', 'dur-travel', 'Traffic through the Mont Blanc tunnel stops for 18 months starting next spring.',
     [('duration', '18 months', 18, 'month')]),
    # ---- dur-fitness
    ('c114', 'dur-fitness', 'hold the plank for a minute and a half, then rest 30 seconds',
     [('duration', 'a minute and a half', 1.5, 'minute'),
      ('duration', '30 seconds', 30, 'second')]),
    # ---- dur-fraction
    ('c115', 'dur-fraction', 'why does the chemist close three quarters of an hour for lunch, so annoying',
     [('duration', 'three quarters of an hour', 0.75, 'hour')]),
    # ---- dur-science
    ('n116', 'dur-science', 'A full day-night cycle on the Moon lasts about 29.5 Earth days.',
     [('duration', '29.5 Earth days', 29.5, 'day')]),
    # ---- dur-medicine
    ('c117', 'dur-medicine', 'take one every 4 hrs, max 4 a day',
     [('duration', '4 hrs', 4, 'hour')]),
    # ---- dur-legal
    ('n118', 'dur-legal', 'A Dutch court gave the airport a year and a half to cut night flights.',
     [('duration', 'a year and a half', 1.5, 'year')]),
    # ---- dur-waiting
    ('c119', 'dur-waiting', 'sat in A&E from 9pm till 3am, six hours of my life gone',
     [('duration', 'six hours', 6, 'hour')]),
    # ---- dur-photo
    ('c120', 'dur-photo', 'the shutter goes up to 1/32000 sec on this body',
     [('duration', '1/32000 sec', 3.125e-05, 'second')]),
    # ---- qty-body
    ('c121', 'qty-body', 'doctor asked my height and weight, told her 5 ft 10 in and 82 kg',
     [('quantity', '5 ft 10 in', 70, 'inch'), ('quantity', '82 kg', 82, 'kilogram')]),
    # ---- qty-glued
    ('c122', 'qty-glued', 'grabbed a 10kg bag of jasmine rice from the asian shop',
     [('quantity', '10kg', 10, 'kilogram')]),
    # ---- qty-recipe
    ('c123', 'qty-recipe', 'add ⅓ cup sugar and 2 tbsp melted butter',
     [('quantity', '⅓ cup', 0.3333333333333333, 'cup'), ('quantity', '2 tbsp', 2, 'tablespoon')]),
    # ---- qty-temp
    ('c124', 'qty-temp', 'pool thermometer says 68°F, too cold for the kids?',
     [('quantity', '68°F', 68, 'degree_Fahrenheit')]),
    ('n125', 'qty-temp', 'Verkhoyansk woke up to minus 51 degrees Celsius as the cold snap deepened.',
     [('quantity', 'minus 51 degrees Celsius', -51, 'degree_Celsius')]),
    # ---- qty-data
    ('c126', 'qty-data', 'phone says 256GB and it is already full somehow',
     [('quantity', '256GB', 256, GB)]),
    ('n127', 'qty-data', 'The new data centre in Luleå will hold 40 petabytes of archives.',
     [('quantity', '40 petabytes', 40, PB)]),
    # ---- qty-speed
    ('c128', 'qty-speed', "speed limit's 50 mph on that road but nobody sticks to it",
     [('quantity', '50 mph', 50, 'mile/hour')]),
    ('n129', 'qty-speed', "Central Japan Railway's superconducting maglev hit 603 km/h during trials in Yamanashi.",
     [('quantity', '603 km/h', 603, 'kilometer/hour')]),
    # ---- qty-area
    ('c130', 'qty-area', 'flat is 65 m² plus a small balcony',
     [('quantity', '65 m²', 65, 'meter**2')]),
    ('n131', 'qty-area', 'Firefighters in Evros say the blaze has now consumed 12,000 hectares of pine.',
     [('quantity', '12,000 hectares', 12000, 'hectare')]),
    ('c132', 'qty-area', 'our back garden measures about 1,200 sq ft, mostly lawn and weeds',
     [('quantity', '1,200 sq ft', 1200, 'square_foot')]),
    # ---- qty-volume
    ('n133', 'qty-volume', 'After weeks of drought, only 3.2 million cubic metres remain in the Ridracoli reservoir.',
     [('quantity', '3.2 million cubic metres', 3200000, 'meter**3')]),
    # ---- qty-recipe
    ('c134', 'qty-recipe', 'pour in 750 ml of stock and let it bubble',
     [('quantity', '750 ml', 750, 'milliliter')]),
    # ---- qty-composite
    ('c135', 'qty-composite', 'she was 7 lb 8 oz when she was born',
     [('quantity', '7 lb 8 oz', 7.5, 'pound')]),
    # ---- qty-body
    ('c136', 'qty-body', 'lost 2 stone since january and i feel great',
     [('quantity', '2 stone', 2, 'stone')]),
    # ---- qty-nature
    ('n137', 'qty-nature', 'The stranded blue whale measured 27 metres and weighed an estimated 150 tonnes.',
     [('quantity', '27 metres', 27, 'meter'), ('quantity', '150 tonnes', 150, 'tonne')]),
    # ---- qty-hike
    ('c138', 'qty-hike', "tomorrow's route: 14 km out and back, 900 m of ascent on the ridge",
     [('quantity', '14 km', 14, 'kilometer'), ('quantity', '900 m', 900, 'meter')]),
    # ---- qty-fraction
    ('c139', 'qty-fraction', 'half a pound of mince per burger is too much',
     [('quantity', 'half a pound', 0.5, 'pound')]),
    ('c140', 'qty-fraction', 'hotel says the sand is three-quarters of a mile away, more like a hike in flip flops',
     [('quantity', 'three-quarters of a mile', 0.75, 'mile')]),
    # ---- qty-space
    ('n141', 'qty-space', 'The nearest star beyond the Sun lies about 1.3 parsecs away.',
     [('quantity', '1.3 parsecs', 1.3, 'parsec')]),
    # ---- qty-science
    ('n142', 'qty-science', 'The new electron microscope can resolve details of 0.5 ångström.',
     [('quantity', '0.5 ångström', 0.5, 'angstrom')]),
    # ---- qty-unusual
    ('c143', 'qty-unusual', 'the old map puts the abbey 2 leagues from the coast',
     [('quantity', '2 leagues', 2, 'league')]),
    ('n144', 'qty-unusual', 'Surveyors marked the boundary at 40 rods along the creek.',
     [('quantity', '40 rods', 40, 'rod')]),
    ('n145', 'qty-unusual', 'Soil samples near the plant showed 1,500 becquerels per kilogram of caesium.',
     [('quantity', '1,500 becquerels', 1500, 'becquerel')]),
    # ---- qty-energy
    ('n146', 'qty-energy', 'Each of the new offshore turbines produces 15 MW.',
     [('quantity', '15 MW', 15, 'megawatt')]),
    # ---- qty-glued
    ('c147', 'qty-glued', 'my charger is 65W, will it run the laptop',
     [('quantity', '65W', 65, 'watt')]),
    # ---- qty-unusual
    ('c148', 'qty-unusual', 'the vacuum chamber pulls down to 0.001 torr',
     [('quantity', '0.001 torr', 0.001, 'torr')]),
    # ---- qty-glued
    ('c149', 'qty-glued', 'suitcase is 23.4kg, will they let it slide',
     [('quantity', '23.4kg', 23.4, 'kilogram')]),
    # ---- qty-nature
    ('n150', 'qty-nature', 'Tide gauges at Brest show the bay about 20 centimetres higher than in 1900.',
     [('quantity', '20 centimetres', 20, 'centimeter')]),
    # ---- qty-recipe
    ('c151', 'qty-recipe', 'a teaspoon of vanilla and 3 eggs, then fold in the flour',
     [('quantity', 'a teaspoon', 1, 'teaspoon')]),
    # ---- qty-composite
    ('c152', 'qty-composite', 'weighed the dough at 1 kg 200 g and split it into 8 balls',
     [('quantity', '1 kg 200 g', 1.2, 'kilogram')]),
    # ---- qty-weather
    ('n153', 'qty-weather', 'Hail the size of apricots, some 7 cm wide, smashed greenhouses around Lausanne.',
     [('quantity', '7 cm', 7, 'centimeter')]),
    # ---- qty-volume
    ('n154', 'qty-volume', 'Alpine monitors estimate that Swiss ice fields shed 1.5 cubic kilometres in one hot season.',
     [('quantity', '1.5 cubic kilometres', 1.5, 'kilometer**3')]),
    # ---- qty-range
    ('c155', 'qty-range', 'vet weighed the lab pup and says expect 20 to 25 kg by her first birthday',
     [('quantity', '20 to 25 kg', (20, 25), 'kilogram')]),
    # ---- qty-temp
    ('c156', 'qty-temp', "toddler's thermometer is reading 101.3 degrees, urgent care or wait it out?",
     [('quantity', '101.3 degrees', 101.3, TEMP)]),
    # ---- qty-nature
    ('n157', 'qty-nature', 'Lake Baikal reaches a depth of 1,642 metres.',
     [('quantity', '1,642 metres', 1642, 'meter')]),
    # ---- qty-data
    ('c158', 'qty-data', 'internet here is 500 Mbps on paper, 80 in reality',
     [('quantity', '500 Mbps', 500, 'megabit/second')]),
    ('c159', 'qty-data', 'the update is 4.7 GB, on hotel wifi, pray for me',
     [('quantity', '4.7 GB', 4.7, GB)]),
    # ---- qty-volume
    ('n160', 'qty-volume', 'The desalination plant in Hadera produces 300,000 cubic metres of water a day.',
     [('quantity', '300,000 cubic metres', 300000, 'meter**3')]),
    # ---- qty-composite
    ('c161', 'qty-composite', 'cut the shelf to 2 ft 6 in, it should slot in',
     [('quantity', '2 ft 6 in', 30, 'inch')]),
    # ---- qty-mass
    ('n162', 'qty-mass', "A Shropshire grower's marrow tipped the scales at 113.7 kilograms, a county best.",
     [('quantity', '113.7 kilograms', 113.7, 'kilogram')]),
    ('c163', 'qty-mass', 'the dog is 40 lbs of pure chaos',
     [('quantity', '40 lbs', 40, 'pound')]),
    # ---- qty-volume
    ('c164', 'qty-volume', 'water butt holds 50 gallons off the shed roof',
     [('quantity', '50 gallons', 50, GALLON)]),
    # ---- qty-shopping
    ('c165', 'qty-shopping', 'a pint of milk and 2 litres of orange juice please',
     [('quantity', 'a pint', 1, PINT), ('quantity', '2 litres', 2, 'liter')]),
    # ---- qty-weather
    ('n166', 'qty-weather', 'Winds of 250 km/h hit Taiwan as the typhoon made landfall.',
     [('quantity', '250 km/h', 250, 'kilometer/hour')]),
    # ---- qty-sewing
    ('c167', 'qty-sewing', 'curtain fabric: 3.5 yards will cover the bay window apparently',
     [('quantity', '3.5 yards', 3.5, 'yard')]),
    # ---- qty-weather
    ('n168', 'qty-weather', 'At its peak, Typhoon Tip bottomed out at 870 hPa over the western Pacific.',
     [('quantity', '870 hPa', 870, 'hectopascal')]),
    # ---- qty-science
    ('c169', 'qty-science', 'liquid nitrogen boils at 77 kelvin, the kids loved it',
     [('quantity', '77 kelvin', 77, 'kelvin')]),
    # ---- qty-horse
    ('c170', 'qty-horse', "my mare's 16.2 hands and a bit fizzy",
     [('quantity', '16.2 hands', 66, 'inch')]),
    # ---- qty-area
    ('n171', 'qty-area', "The château's vineyard covers just 85 ares.",
     [('quantity', '85 ares', 85, 'are')]),
    # ---- qty-volume
    ('c172', 'qty-volume', 'the bottle says 16.9 fl oz, how many ml is that',
     [('quantity', '16.9 fl oz', 16.9, FLOZ)]),
    # ---- qty-dimension
    ('c173', 'qty-dimension', 'the bedroom is 4.5 by 3.2 metres',
     [('quantity', '4.5', 4.5, 'meter'), ('quantity', '3.2 metres', 3.2, 'meter')]),
    # ---- qty-area
    ('n174', 'qty-area', "Yukon's newest protected area stretches over 1,150 square miles of tundra and lakes.",
     [('quantity', '1,150 square miles', 1150, 'square_mile')]),
    # ---- qty-range
    ('n175', 'qty-range', 'The Met Office warned of 15–25 cm of fresh snow over the Cairngorm plateau by Sunday.',
     [('quantity', '15–25 cm', (15, 25), 'centimeter')]),
    # ---- mixed
    ('c176', 'mixed', 'oven at 350°F and bake for 25 minutes, or until golden',
     [('quantity', '350°F', 350, 'degree_Fahrenheit'), ('duration', '25 minutes', 25, 'minute')]),
    ('c177', 'mixed', 'paid 60 bucks for 2 hours of go-karting, worth it',
     [('money', '60 bucks', 60, 'USD'), ('duration', '2 hours', 2, 'hour')]),
    ('n178', 'mixed', "Burundi's coffee exports reached 12,000 tonnes worth $30 million last season.",
     [('quantity', '12,000 tonnes', 12000, 'tonne'), ('money', '$30 million', 30000000, 'USD')]),
    ('c179', 'mixed', 'scooter in Moroni was 10,000 Comorian francs a day and the tank only holds 4 litres',
     [('money', '10,000 Comorian francs', 10000, 'KMF'), ('quantity', '4 litres', 4, 'liter')]),
    ('n180', 'mixed', "Djibouti's 350 km water pipeline cost DJF 60 billion and took five years to build.",
     [('quantity', '350 km', 350, 'kilometer'),
      ('money', 'DJF 60 billion', 60000000000, 'DJF'), ('duration', 'five years', 5, 'year')]),
    ('c181', 'mixed', 'boat from Mahé to Praslin is 1 hr and SCR 1,200 return',
     [('duration', '1 hr', 1, 'hour'), ('money', 'SCR 1,200', 1200, 'SCR')]),
    ('n182', 'mixed', 'Fishermen in Bosaso sell yellowfin of up to 60 kg for 1.2 million Somali shillings apiece.',
     [('quantity', '60 kg', 60, 'kilogram'),
      ('money', '1.2 million Somali shillings', 1200000, 'SOS')]),
    ('c183', 'mixed', 'hike up to the Pico Cão Grande viewpoint took 3 hrs, guide was 500 dobras',
     [('duration', '3 hrs', 3, 'hour'), ('money', '500 dobras', 500, 'STN')]),
    ('n184', 'mixed', 'A 50 kg sack of sugar in Juba now costs SSP 90,000.',
     [('quantity', '50 kg', 50, 'kilogram'), ('money', 'SSP 90,000', 90000, 'SSP')]),
    ('c185', 'mixed', 'bus from Caracas to Mérida is 12 hours and 25 dollars',
     [('duration', '12 hours', 12, 'hour'), ('money', '25 dollars', 25, 'USD')]),
    ('c186', 'mixed', 'the dive in Curaçao was 45 minutes at 18 metres, 120 guilders with gear',
     [('duration', '45 minutes', 45, 'minute'), ('quantity', '18 metres', 18, 'meter'),
      ('money', '120 guilders', 120, XCG)]),
    ('n187', 'mixed', "The Falklands' new wind turbines add 2 MW and cost 5 million Falkland Islands pounds.",
     [('quantity', '2 MW', 2, 'megawatt'),
      ('money', '5 million Falkland Islands pounds', 5000000, 'FKP')]),
    ('c188', 'mixed', 'Gibraltar to Tangier on the fast ferry is 90 mins, about €40 each way',
     [('duration', '90 mins', 90, 'minute'), ('money', '€40', 40, 'EUR')]),
    ('c189', 'mixed', 'hired a pony in Semonkong for 2 days, 300 maloti all in',
     [('duration', '2 days', 2, 'day'), ('money', '300 maloti', 300, 'LSL')]),
    ('n190', 'mixed', 'The 1,300 km highway across Sudan will take four years and cost $2.3 billion.',
     [('quantity', '1,300 km', 1300, 'kilometer'), ('duration', 'four years', 4, 'year'),
      ('money', '$2.3 billion', 2300000000, 'USD')]),
    ('n191', 'mixed', 'North Korean runners swept the Pyongyang marathon, the winner covering 42.195 km in 2 hours 11 minutes.',
     [('quantity', '42.195 km', 42.195, 'kilometer'),
      ('duration', '2 hours 11 minutes', 131, 'minute')]),
    ('c192', 'mixed', 'a fortnight in Crete and we spent about two grand',
     [('duration', 'a fortnight', 2, 'week'), ('money', 'two grand', 2000, GRAND)]),
    ('c193', 'mixed', 'the 500 GB SSD was $45, bargain',
     [('quantity', '500 GB', 500, GB), ('money', '$45', 45, 'USD')]),
    ('n194', 'mixed', 'Volunteers spent 36 hours rebuilding 200 metres of drystone wall.',
     [('duration', '36 hours', 36, 'hour'), ('quantity', '200 metres', 200, 'meter')]),
    ('c195', 'mixed', 'my sister ran a 10k in 52:30 and raised £400 for the hospice',
     [('quantity', '10k', 10, 'kilometer'), ('duration', '52:30', 3150, 'second'),
      ('money', '£400', 400, 'GBP')]),
    ('n196', 'mixed', 'A farmer near Aleppo sold 5 tonnes of pistachios for 450 million Syrian pounds.',
     [('quantity', '5 tonnes', 5, 'tonne'),
      ('money', '450 million Syrian pounds', 450000000, 'SYP')]),
    ('c197', 'mixed', 'flight Bujumbura to Nairobi is 1h50 and like $300',
     [('duration', '1h50', 110, 'minute'), ('money', '$300', 300, 'USD')]),
    ('c198', 'mixed', 'the speedboat to Anjouan does 25 knots and gets there in under 2 hours',
     [('quantity', '25 knots', 25, 'knot'), ('duration', '2 hours', 2, 'hour')]),
    ('c199', 'mixed', 'pizza oven hits 450°C so a pizza takes 60-90 seconds',
     [('quantity', '450°C', 450, 'degree_Celsius'),
      ('duration', '60-90 seconds', (60, 90), 'second')]),
    ('n200', 'mixed', "A 19-metre Riva listed on the Côte d'Azur found a buyer at €2.5 million within 40 days.",
     [('quantity', '19-metre', 19, 'meter'), ('money', '€2.5 million', 2500000, 'EUR'),
      ('duration', '40 days', 40, 'day')]),
    # ---- money-neg
    ('c201', 'money-neg', 'I have 3 kids and a dog, send help',
     []),
    ('c202', 'money-neg', 'ring me on 07700 900461 once the match finishes',
     []),
    ('n203', 'money-neg', 'Mark Cuban sold his majority stake in the Dallas Mavericks.',
     []),
    ('c204', 'money-neg', 'reading Catch-22 for book club this month',
     []),
    ('n205', 'money-neg', 'Rand McNally has stopped printing its road atlas for Canada.',
     []),
    ('c206', 'money-neg', 'does the Comorian franc still peg to the euro?',
     []),
    ('n207', 'money-neg', 'Traders in Victoria said the Seychelles rupee firmed as tourist arrivals rose.',
     []),
    ('c208', 'money-neg', 'the door code is 2580, let yourself in',
     []),
    ('n209', 'money-neg', 'Dollar Tree said it would close hundreds of stores.',
     []),
    ('c210', 'money-neg', 'booked a 5-star hotel in Dubai for our anniversary!!',
     []),
    ('c211', 'money-neg', "still no sign of parcel 4402-118, the tracking page hasn't moved",
     []),
    ('n212', 'money-neg', "Yuan Shikai's portrait appeared on early Republic of China coins.",
     []),
    ('c213', 'money-neg', "watched Ocean's Eleven again, still slaps",
     []),
    ('n214', 'money-neg', 'Grand Central Terminal marked its anniversary with a light show.',
     []),
    ('c215', 'money-neg', 'sort code 40-11-62, account ending 3319',
     []),
    ('n216', 'money-neg', "Ghana's central bank kept borrowing costs at 27% for a third straight meeting.",
     []),
    ('c217', 'money-neg', "Buck Owens is my dad's favourite singer, he plays him every Sunday",
     []),
    # ---- dur-neg
    ('c218', 'dur-neg', 'version 2.0 of the app is out, finally',
     []),
    ('c219', 'dur-neg', 'meet at half past four by the fountain',
     []),
    ('n220', 'dur-neg', 'The horror film 28 Weeks Later returns to cinemas this autumn.',
     []),
    ('c221', 'dur-neg', 'the little one turned 7 at the weekend, party was chaos',
     []),
    ('c222', 'dur-neg', 'Apollo 13 is on tonight, absolute classic',
     []),
    ('n223', 'dur-neg', 'Plans for the Second Avenue subway extension were unveiled by the governor.',
     []),
    ('c224', 'dur-neg', 'born in 1994, the summer of the World Cup in the US',
     []),
    ('n225', 'dur-neg', 'Days Inn opened a new hotel near the airport in Lusaka.',
     []),
    ('c226', 'dur-neg', 'the 49ers game kicks off 1:25 pm, wings at mine?',
     []),
    ('n227', 'dur-neg', 'Trustees at the museum approved the Minutes of their spring session without a vote.',
     []),
    ('c228', 'dur-neg', 'Seven Seconds on Netflix is so good',
     []),
    ('c229', 'dur-neg', 'dentist at 3:15, can you grab the kids',
     []),
    ('n230', 'dur-neg', 'Year 9 pupils from Dundee won the national maths quiz.',
     []),
    ('c231', 'dur-neg', "i'm on day 12 of my streak, don't jinx it",
     []),
    ('c232', 'dur-neg', 'training twice a week, three times when it warms up',
     []),
    ('n233', 'dur-neg', 'Twenty One Pilots announced a world tour.',
     []),
    # ---- qty-neg
    ('c234', 'qty-neg', 'Foot Locker has the new runners in',
     []),
    ('n235', 'qty-neg', "Isaac Newton's notebooks go on display in Cambridge.",
     []),
    ('c236', 'qty-neg', 'our hotel in Split was 4-star and lovely',
     []),
    ('c237', 'qty-neg', "we're in room 101, come up whenever",
     []),
    ('n238', 'qty-neg', "Lord Kelvin's laboratory at Glasgow has been restored.",
     []),
    ('c239', 'qty-neg', 'I have 2 cats and 14 houseplants',
     []),
    ('n240', 'qty-neg', 'The G20 summit opened in Rio de Janeiro.',
     []),
    ('c241', 'qty-neg', 'ISO 9001 certification came through today',
     []),
    ('n242', 'qty-neg', 'Blink-182 headlined the Reading festival.',
     []),
    ('c243', 'qty-neg', 'drove the M6 toll at rush hour and saw maybe four cars',
     []),
    ('c244', 'qty-neg', 'got a 3-in-1 printer off Amazon',
     []),
    ('n245', 'qty-neg', 'COVID-19 admissions fell across the region.',
     []),
    ('c246', 'qty-neg', 'that Stone Cold Steve Austin documentary is great',
     []),
    ('c247', 'qty-neg', 'call 0800 123 4567 for a free quote',
     []),
    ('c248', 'qty-neg', 'size 10 shoes, wide fit please',
     []),
    ('c249', 'qty-neg', 'a dash of bitters and a splash of soda',
     []),
    ('n250', 'qty-neg', 'The research vessel Kilo Moana docked in Honolulu.',
     []),
]
