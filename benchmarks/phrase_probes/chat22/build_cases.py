"""Builds cases.py from header.txt and the row list below (ids are assigned in order:
the letter given with each row, c = chat, n = news, and one running number).

python3 build_cases.py   -> cases.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CONSTS = '''RUPEE = ('INR', 'PKR', 'LKR', 'NPR')  # "Rs", "rupees"
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
'''
ns = {}
exec(CONSTS, ns)
NAMES = {v: k for k, v in ns.items() if isinstance(v, tuple)}
RUPEE, GRAND, TEMP, GALLON, GB, MPG, PM = (ns[k] for k in ('RUPEE', 'GRAND', 'TEMP', 'GALLON', 'GB', 'MPG', 'PM'))

M, D, Q = 'money', 'duration', 'quantity'

R = [
    # ================= MONEY (65) =================
    ('n', 'money-defence', "Poland's defence ministry expects the new air-defence batteries to cost $3-4 billion, officials in Warsaw said.",
     [(M, '$3-4 billion', (3000000000, 4000000000), 'USD')]),
    ('c', 'money-scale', "my uncle's condo in Tampa sold for a quarter of a million dollars back in 2009",
     [(M, 'a quarter of a million dollars', 250000, 'USD')]),
    ('n', 'money-film', 'The studio expects the sequel to take between 2 and 3 million euros in its opening weekend in Spain.',
     [(M, '2 and 3 million euros', (2000000, 3000000), 'EUR')]),
    ('c', 'money-india', "my cousin's placement package is Rs 3.5 lakh, is that decent for Bangalore",
     [(M, 'Rs 3.5 lakh', 350000, RUPEE)]),
    ('n', 'money-merger', 'Shareholders of the Leeds brewer accepted a £1.5bn takeover offer from a Dutch rival.',
     [(M, '£1.5bn', 1500000000, 'GBP')]),
    ('c', 'money-kenya', "paid KSh 2,500 for the bus to Mombasa and the AC didn't even work",
     [(M, 'KSh 2,500', 2500, 'KES')]),
    ('n', 'money-football', "The Scottish club confirmed the midfielder's sale to a Saudi side for £2.4m.",
     [(M, '£2.4m', 2400000, 'GBP')]),
    ('c', 'money-telecom', 'MTN wants GH₵ 50 for a weekly data bundle now, chaley',
     [(M, 'GH₵ 50', 50, 'GHS')]),
    ('n', 'money-budget', "India's railway ministry set aside ₹12,000 crore for new signalling on freight corridors.",
     [(M, '₹12,000 crore', 120000000000, 'INR')]),
    ('c', 'money-tricycle', 'the tricycle driver in Cebu asked P 500 for the whole afternoon, fair?',
     [(M, 'P 500', 500, 'PHP')]),
    ('n', 'money-utility', 'Eskom said repairs to the damaged Medupi unit would cost about R 1.2 billion.',
     [(M, 'R 1.2 billion', 1200000000, 'ZAR')]),
    ('c', 'money-tour', 'spice tour in Stone Town was TSh 15,000 each, cloves and vanilla everywhere',
     [(M, 'TSh 15,000', 15000, 'TZS')]),
    ('n', 'money-aid', "The World Bank approved half a billion dollars for flood recovery in Pakistan's Sindh province.",
     [(M, 'half a billion dollars', 500000000, 'USD')]),
    ('c', 'money-airtime', "loaded USh 10,000 of airtime this morning and it's gone already",
     [(M, 'USh 10,000', 10000, 'UGX')]),
    ('n', 'money-stadium', 'Lagos State budgeted ₦4.5 billion to resurface the Teslim Balogun Stadium pitch.',
     [(M, '₦4.5 billion', 4500000000, 'NGN')]),
    ('c', 'money-boat', 'sunset felucca on the Nile at Aswan, E£ 250 for the whole boat, no haggling',
     [(M, 'E£ 250', 250, 'EGP')]),
    ('n', 'money-tax', "Kenya's revenue authority expects the new levy on betting to raise KES 1.5bn a year.",
     [(M, 'KES 1.5bn', 1500000000, 'KES')]),
    ('c', 'money-valet', 'valet at the mall in Dubai is Dh 50 now, madness',
     [(M, 'Dh 50', 50, 'AED')]),
    ('n', 'money-range', "Analysts value the Nordic telecom's tower portfolio at €1.5-2bn.",
     [(M, '€1.5-2bn', (1500000000, 2000000000), 'EUR')]),
    ('c', 'money-safari', 'the desert safari outside Riyadh was SR 100 a head including dinner',
     [(M, 'SR 100', 100, 'SAR')]),
    ('n', 'money-range', "Bids for the concession to run Lisbon's second airport ranged from €700 million to €1 billion.",
     [(M, '€700 million to €1 billion', (700000000, 1000000000), 'EUR')]),
    ('c', 'money-food', 'karak and chapati for four at Souq Waqif came to QR 25',
     [(M, 'QR 25', 25, 'QAR')]),
    ('n', 'money-fuel', 'Petrol in Dublin averaged €1.80 per litre last week, according to the AA.',
     [(M, '€1.80', 1.8, 'EUR')]),
    ('c', 'money-parking', 'parking at City Centre Bahrain is BD 5 if you lose the ticket',
     [(M, 'BD 5', 5, 'BHD')]),
    ('n', 'money-fuel', 'Drivers in California are paying more than $4 a gallon for regular as refinery outages drag on.',
     [(M, '$4', 4, 'USD')]),
    ('c', 'money-shisha', 'shisha in Salmiya was KD 2 each, cheaper than I expected',
     [(M, 'KD 2', 2, 'KWD')]),
    ('n', 'money-scale', 'The foundation pledged three-quarters of a billion dollars to malaria vaccine research.',
     [(M, 'three-quarters of a billion dollars', 750000000, 'USD')]),
    ('c', 'money-souk', 'omani halwa at the Muttrah souq, OMR 2.500 for a small tub',
     [(M, 'OMR 2.500', 2.5, 'OMR')]),
    ('n', 'money-budget', "Nigeria's lawmakers passed a N2.5 trillion supplementary budget on Thursday.",
     [(M, 'N2.5 trillion', 2500000000000, 'NGN')]),
    ('c', 'money-hammam', 'the hammam in Fes was MAD 40, the scrub was extra',
     [(M, 'MAD 40', 40, 'MAD')]),
    ('n', 'money-wage', "Oman's cabinet raised the minimum wage for citizens to OMR 325 a month.",
     [(M, 'OMR 325', 325, 'OMR')]),
    ('c', 'money-ferry', 'the abra across the creek in Dubai is 1 dirham, bring coins',
     [(M, '1 dirham', 1, 'AED')]),
    ('n', 'money-port', "Bahrain's new cargo terminal at Khalifa Bin Salman Port will cost BD 12 million.",
     [(M, 'BD 12 million', 12000000, 'BHD')]),
    ('c', 'money-written', 'someone on marketplace wants two and a half thousand dollars for a used e-bike, lol',
     [(M, 'two and a half thousand dollars', 2500, 'USD')]),
    ('n', 'money-fine', "Kuwait's municipality will fine shops KD 500 for missing Arabic price labels.",
     [(M, 'KD 500', 500, 'KWD')]),
    ('c', 'money-fuel', "diesel's $5.20 a gallon at the truck stop outside Reno",
     [(M, '$5.20', 5.2, 'USD')]),
    ('n', 'money-airline', 'Qatar Airways cut the fee for changing an economy ticket to QR 300.',
     [(M, 'QR 300', 300, 'QAR')]),
    ('c', 'money-pub', "£6.50 a pint in Shoreditch, I'm moving to Wales",
     [(M, '£6.50', 6.5, 'GBP')]),
    ('n', 'money-fine', "Saudi Arabia's transport authority set a flat SR 100 fine for smoking in taxis.",
     [(M, 'SR 100', 100, 'SAR')]),
    ('c', 'money-subscription', 'spotify went up to $11.99/month, cancelling',
     [(M, '$11.99', 11.99, 'USD')]),
    ('n', 'money-market', "Tomato prices in Cairo's Obour market jumped to E£ 30 a kilo this week.",
     [(M, 'E£ 30', 30, 'EGP')]),
    ('c', 'money-market', 'mangoes are ₱65 a kilo at the Carbon market in Cebu',
     [(M, '₱65', 65, 'PHP')]),
    ('n', 'money-fare', 'Boda boda riders in Kampala say the fare to Ntinda has risen to USh 5,000.',
     [(M, 'USh 5,000', 5000, 'UGX')]),
    ('c', 'money-fuel', "petrol's Rs 104 a litre in Mumbai right now",
     [(M, 'Rs 104', 104, RUPEE)]),
    ('n', 'money-fuel', "Tanzania's energy regulator capped diesel at TSh 3,100 per litre in Dar es Salaam.",
     [(M, 'TSh 3,100', 3100, 'TZS')]),
    ('c', 'money-scale', "bought a generator for ₦380k in Alaba, the guy swore it's original",
     [(M, '₦380k', 380000, 'NGN')]),
    ('n', 'money-fare', 'Jeepney drivers in Manila asked regulators to lift the minimum fare to P 15.',
     [(M, 'P 15', 15, 'PHP')]),
    ('c', 'money-bound', 'looking for a dashcam, nothing over $120',
     [(M, '$120', 120, 'USD')]),
    ('n', 'money-museum', 'Entry to the Jardin Majorelle in Marrakech now costs 40 dirhams for Moroccan residents.',
     [(M, '40 dirhams', 40, 'MAD')]),
    ('c', 'money-bound', 'garage reckons close to 900 quid to sort the clutch, mate',
     [(M, '900 quid', 900, 'GBP')]),
    ('n', 'money-subsidy', "The Centre's fertiliser subsidy bill is projected at ₹1.9 lakh crore this year.",
     [(M, '₹1.9 lakh crore', 1900000000000, 'INR')]),
    ('c', 'money-bound', 'rent in Lisbon can go as high as €1,800 for a T2',
     [(M, '€1,800', 1800, 'EUR')]),
    ('n', 'money-written', 'Bray council agreed to pay a pensioner three and a half thousand euros after a fall on a broken footpath.',
     [(M, 'three and a half thousand euros', 3500, 'EUR')]),
    ('c', 'money-slang', 'lent my brother a couple hundred bucks, never seeing that again',
     [(M, 'a couple hundred bucks', 200, 'USD')]),
    ('n', 'money-transfer', 'The Portuguese club paid a million and a half euros for the teenage striker.',
     [(M, 'a million and a half euros', 1500000, 'EUR')]),
    ('c', 'money-spoken', 'the locksmith charged a hundred and twenty pounds to get me back in the flat',
     [(M, 'a hundred and twenty pounds', 120, 'GBP')]),
    ('c', 'money-range', 'sleeve outline quote came back at 180 to 220 euros, artist in Porto',
     [(M, '180 to 220 euros', (180, 220), 'EUR')]),
    ('c', 'money-spoken', 'grooming for the spaniel is forty-five dollars plus tip',
     [(M, 'forty-five dollars', 45, 'USD')]),
    ('c', 'money-code', "escape room in Zurich was 28 CHF each, we didn't get out",
     [(M, '28 CHF', 28, 'CHF')]),
    ('c', 'money-grocery', 'braai pack at Checkers was R 189, feeds six',
     [(M, 'R 189', 189, 'ZAR')]),
    ('c', 'money-scale', "my brother's youtube channel made like 1.5k USD last month",
     [(M, '1.5k USD', 1500, 'USD')]),
    ('c', 'money-scale', 'apparently that superyacht cost half a billion euros',
     [(M, 'half a billion euros', 500000000, 'EUR')]),
    ('c', 'money-banknote', 'got handed a fake 1000-peso bill at the tiangge in Divisoria, ugh',
     [(M, '1000-peso', 1000, 'PHP')]),
    ('c', 'money-bikeshare', 'citi bike day pass is $19 now, used to be 12',
     [(M, '$19', 19, 'USD')]),
    ('c', 'money-cinema', 'two tickets and popcorn at the Odeon came to £38.70',
     [(M, '£38.70', 38.7, 'GBP')]),

    # ================= DURATION (55) =================
    ('n', 'dur-ceasefire', 'Both sides agreed to a 48-hour ceasefire to let aid convoys into the city.',
     [(D, '48-hour', 48, 'hour')]),
    ('c', 'dur-iso', 'set the session timeout to PT30M in the config, 15 was too short',
     [(D, 'PT30M', 30, 'minute')]),
    ('n', 'dur-trade', 'Washington gave its trading partners a 90-day window to negotiate before tariffs rise.',
     [(D, '90-day', 90, 'day')]),
    ('c', 'dur-iso', 'the API says retry-after is PT1H30M, so basically wait till after lunch',
     [(D, 'PT1H30M', 90, 'minute')]),
    ('n', 'dur-strike', 'The three-week-long strike at the Antwerp container terminals ended on Friday.',
     [(D, 'three-week-long', 3, 'week')]),
    ('c', 'dur-composite', 'steep the oolong 5 min 30 s then pour it all out',
     [(D, '5 min 30 s', 330, 'second')]),
    ('n', 'dur-court', 'A 19-year-old from Bristol was jailed for 10 years for the arson attack on a warehouse.',
     [(D, '10 years', 10, 'year')]),
    ('c', 'dur-glued', 'the smoker app says 1h 45m left on the brisket',
     [(D, '1h 45m', 105, 'minute')]),
    ('n', 'dur-work', 'A Scottish trial of a four-day week ran for two years across 30 firms.',
     [(D, 'four-day', 4, 'day'), (D, 'two years', 2, 'year')]),
    ('c', 'dur-bound', 'been on hold with the council the better part of an hour',
     [(D, 'an hour', 1, 'hour')]),
    ('n', 'dur-court', 'A Vilnius court gave an ex-minister a six-month suspended sentence and a two-year ban from public office.',
     [(D, 'six-month', 6, 'month'), (D, 'two-year', 2, 'year')]),
    ('c', 'dur-drive', "it's a two-and-a-half-hour drive to the lake house without traffic",
     [(D, 'two-and-a-half-hour', 2.5, 'hour')]),
    ('n', 'dur-space', 'Built for five 90-second flights, the Mars helicopter once stayed aloft for 169 seconds.',
     [(D, '90-second', 90, 'second'), (D, '169 seconds', 169, 'second')]),
    ('c', 'dur-range', 'tile adhesive needs 24-48 hours before you grout',
     [(D, '24-48 hours', (24, 48), 'hour')]),
    ('n', 'dur-bridge', 'Hammersmith Bridge will close to buses for a month and a half while cables are replaced.',
     [(D, 'a month and a half', 1.5, 'month')]),
    ('c', 'dur-age', 'my ten-year-old has a 3-hour swim gala on saturday, pray for me',
     [(D, '3-hour', 3, 'hour')]),
    ('n', 'dur-power', "A two-and-a-half-hour power cut hit Valletta's hospitals on Tuesday.",
     [(D, 'two-and-a-half-hour', 2.5, 'hour')]),
    ('c', 'dur-work', "we're allowed to work from home two days a week now",
     [(D, 'two days', 2, 'day')]),
    ('n', 'dur-health', 'The WHO recommends at least 150 minutes of moderate exercise a week for adults.',
     [(D, '150 minutes', 150, 'minute')]),
    ('c', 'dur-podcast', 'the podcast episode ran three and a half hours, who has the time',
     [(D, 'three and a half hours', 3.5, 'hour')]),
    ('n', 'dur-housing', "Tenants in Berlin must now get nine months' notice before their flat is sold.",
     [(D, 'nine months', 9, 'month')]),
    ('c', 'dur-gaming', 'raid resets every 7 days and a full clear takes us like 4 hrs',
     [(D, '7 days', 7, 'day'), (D, '4 hrs', 4, 'hour')]),
    ('n', 'dur-history', 'Construction of Cologne Cathedral dragged on for 632 years.',
     [(D, '632 years', 632, 'year')]),
    ('c', 'dur-parking', 'retail park car park: the first 2 hours cost nothing, then they clamp you',
     [(D, '2 hours', 2, 'hour')]),
    ('n', 'dur-tennis', 'A five-set epic on Court One ran 4 hours 52 minutes before the Italian prevailed.',
     [(D, '4 hours 52 minutes', 292, 'minute')]),
    ('c', 'dur-pets', 'cats flying into Australia do 10 days of quarantine at Mickleham',
     [(D, '10 days', 10, 'day')]),
    ('n', 'dur-marathon', "She crossed the line in Boston in 2:19:36 to take the women's title.",
     [(D, '2:19:36', 8376, 'second')]),
    ('c', 'dur-fitness', 'tabata is 20 seconds on, 10 seconds off, for 4 minutes',
     [(D, '20 seconds', 20, 'second'), (D, '10 seconds', 10, 'second'), (D, '4 minutes', 4, 'minute')]),
    ('n', 'dur-science', 'Light from Mars takes between 3 and 22 minutes to reach Earth, depending on where the planets sit.',
     [(D, '3 and 22 minutes', (3, 22), 'minute')]),
    ('c', 'dur-bound', 'al dente is a hair under 9 minutes for rigatoni, trust me',
     [(D, '9 minutes', 9, 'minute')]),
    ('n', 'dur-tech', 'The search engine says most queries now return results in under 0.4 seconds.',
     [(D, '0.4 seconds', 0.4, 'second')]),
    ('c', 'dur-bound', 'flight to Lisbon is two hours more or less',
     [(D, 'two hours', 2, 'hour')]),
    ('n', 'dur-politics', "Spain's new government set out a 100-day plan for housing.",
     [(D, '100-day', 100, 'day')]),
    ('n', 'dur-medicine', 'Patients should take the antiviral within 48 hours of their first symptoms.',
     [(D, '48 hours', 48, 'hour')]),
    ('c', 'dur-offset', "the courier said he'd be here 45 minutes ago",
     [(D, '45 minutes', 45, 'minute')]),
    ('n', 'dur-economy', "Turkey's inflation has stayed above target for the better part of a decade.",
     [(D, 'a decade', 10, 'year')]),
    ('c', 'dur-video', "the clip's 2m 47s long, can you trim it to 60 seconds",
     [(D, '2m 47s', 167, 'second'), (D, '60 seconds', 60, 'second')]),
    ('n', 'dur-weather', 'Snow fell on Sapporo for 36 hours without a break.',
     [(D, '36 hours', 36, 'hour')]),
    ('c', 'dur-dental', 'braces come off in 18 months if I wear the bands',
     [(D, '18 months', 18, 'month')]),
    ('n', 'dur-rail', 'The Eurostar journey from Paris to Amsterdam takes 3h 18m after the timetable change.',
     [(D, '3h 18m', 198, 'minute')]),
    ('c', 'dur-visa', 'visa processing took three and a half weeks, finally got it',
     [(D, 'three and a half weeks', 3.5, 'week')]),
    ('n', 'dur-court', 'A Lagos court adjourned the fraud trial for six weeks to allow new evidence.',
     [(D, 'six weeks', 6, 'week')]),
    ('c', 'dur-spa', "got mum a 90-minute hot stone voucher for her birthday",
     [(D, '90-minute', 90, 'minute')]),
    ('c', 'dur-latency', "ping's 12 ms on ethernet vs 40 on wifi",
     [(D, '12 ms', 12, 'millisecond')]),
    ('c', 'dur-battery', 'tablet claims 7.5 hours of video playback, I get about 5',
     [(D, '7.5 hours', 7.5, 'hour')]),
    ('c', 'dur-cooking', 'popcorn bag says 2 min 15 sec, mine always burns',
     [(D, '2 min 15 sec', 135, 'second')]),
    ('c', 'dur-rent', '2 years 4 months in this rental and the landlord has never once fixed the boiler',
     [(D, '2 years 4 months', 28, 'month')]),
    ('c', 'dur-cycling', 'finished the Peak District sportive in 5:47:09, legs destroyed',
     [(D, '5:47:09', 20829, 'second')]),
    ('c', 'dur-notice', "handed in a month's notice on the flat today",
     [(D, 'a month', 1, 'month')]),
    ('c', 'dur-baking', 'cling film on, warm spot, and the dough wants an hour and a quarter to double',
     [(D, 'an hour and a quarter', 1.25, 'hour')]),
    ('c', 'dur-school', 'the kids have a 45-minute bus ride each way',
     [(D, '45-minute', 45, 'minute')]),
    ('c', 'dur-medical', "ortho reckons I'm in this boot for 4 to 6 weeks, ugh",
     [(D, '4 to 6 weeks', (4, 6), 'week')]),
    ('c', 'dur-road', 'we drove 11 hours straight to get to Montana',
     [(D, '11 hours', 11, 'hour')]),
    ('c', 'dur-festival', "there's a week-long festival in the village every August",
     [(D, 'week-long', 1, 'week')]),
    ('c', 'dur-tv', 'binge-watched 9 hrs of the new season, no regrets',
     [(D, '9 hrs', 9, 'hour')]),

    # ================= QUANTITY (55) =================
    ('n', 'qty-speed', 'German police caught a driver doing 212 km/h on a stretch limited to 120 km/h near Kassel.',
     [(Q, '212 km/h', 212, 'kilometer/hour'), (Q, '120 km/h', 120, 'kilometer/hour')]),
    ('c', 'qty-physics', 'physics homework: g is 9.81 m/s² right, not 10?',
     [(Q, '9.81 m/s²', 9.81, 'meter/second**2')]),
    ('n', 'qty-crash', 'The sled test in Wolfsburg measured a peak deceleration of 29.4 m/s².',
     [(Q, '29.4 m/s²', 29.4, 'meter/second**2')]),
    ('c', 'qty-mpg', 'the 2009 civic still manages 30 mpg on long runs',
     [(Q, '30 mpg', 30, MPG)]),
    ('n', 'qty-grid', 'A proposed interconnector between Norway and Scotland would move up to 1.2 GW of power.',
     [(Q, '1.2 GW', 1.2, 'gigawatt')]),
    ('c', 'qty-fuel', 'the TDI does 5 l/100 km if you drive like a grandma',
     [(Q, '5 l/100 km', 0.05, 'liter/kilometer')]),
    ('n', 'qty-grid', 'Tanzania energised a 400 kV line linking Singida to Arusha.',
     [(Q, '400 kV', 400, 'kilovolt')]),
    ('c', 'qty-nutrition', 'my calorie target is 2,000 kcal and the burrito is 1,100 of that',
     [(Q, '2,000 kcal', 2000, 'kilocalorie')]),
    ('n', 'qty-farm', "Maize yields in Zambia's Southern Province averaged 3.5 tonnes per hectare this season.",
     [(Q, '3.5 tonnes', 3.5, 'tonne')]),
    ('c', 'qty-battery', 'the gimbal takes a 1,500 mAh battery, got two spares',
     [(Q, '1,500 mAh', 1500, 'milliampere_hour')]),
    ('n', 'qty-air', 'Air monitors in Kraków recorded 15 µg/m³ of PM2.5 on the cleanest day of January.',
     [(Q, '15 µg/m³', 15, PM)]),
    ('c', 'qty-tyres', 'tyres need to be at 32 psi front, 30 rear',
     [(Q, '32 psi', 32, 'psi')]),
    ('n', 'qty-quake', "Japan's weather agency put the depth of the magnitude 6.1 tremor off Hokkaido at 40 km.",
     [(Q, '40 km', 40, 'kilometer')]),
    ('c', 'qty-coffee', 'espresso machine should pull at 9 bar but the gauge says 7 bar',
     [(Q, '9 bar', 9, 'bar'), (Q, '7 bar', 7, 'bar')]),
    ('n', 'qty-storm', 'The Category 4 storm made landfall with sustained winds of 150 mph.',
     [(Q, '150 mph', 150, 'mile/hour')]),
    ('c', 'qty-ev', "the e-bike battery is 0.5 kWh, the car's is 77 kWh",
     [(Q, '0.5 kWh', 0.5, 'kilowatt_hour'), (Q, '77 kWh', 77, 'kilowatt_hour')]),
    ('n', 'qty-temp', 'Oslo shivered at -3C on Tuesday as the first frost arrived.',
     [(Q, '-3C', -3, 'degree_Celsius')]),
    ('c', 'qty-air', 'PM2.5 is 48 µg/m³ outside, keeping the windows shut',
     [(Q, '48 µg/m³', 48, PM)]),
    ('n', 'qty-customs', 'Customs in Mombasa seized a 40-foot container packed with counterfeit phones.',
     [(Q, '40-foot', 40, 'foot')]),
    ('c', 'qty-fever', "baby's at 38.5C, calpol or doctor?",
     [(Q, '38.5C', 38.5, 'degree_Celsius')]),
    ('n', 'qty-noise', 'Residents near Schiphol say night flights regularly exceed 65 dB.',
     [(Q, '65 dB', 65, 'decibel')]),
    ('c', 'qty-height', 'I\'m 6\'2" and airline seats are torture',
     [(Q, '6\'2"', 74, 'inch')]),
    ('n', 'qty-battery', 'The home battery unit stores 12 kWh, enough to run a typical house overnight.',
     [(Q, '12 kWh', 12, 'kilowatt_hour')]),
    ('c', 'qty-height', "she's 5′ 10″ in socks and still wants heels",
     [(Q, '5′ 10″', 70, 'inch')]),
    ('n', 'qty-pressure', 'Firefighters in Marseille pumped water at 8 bar to reach the upper floors.',
     [(Q, '8 bar', 8, 'bar')]),
    ('c', 'qty-steak', 'ordered a 12-ounce steak, medium rare, no regrets',
     [(Q, '12-ounce', 12, 'ounce')]),
    ('n', 'qty-rain', 'The town of Chiva near Valencia recorded 491 litres per square metre of rain.',
     [(Q, '491 litres', 491, 'liter')]),
    ('c', 'qty-party', "don't forget a 2-litre bottle of coke for the barbecue",
     [(Q, '2-litre', 2, 'liter')]),
    ('n', 'qty-space', 'The asteroid, about 60 metres wide, will pass within 1.8 million km of Earth.',
     [(Q, '60 metres', 60, 'meter'), (Q, '1.8 million km', 1800000, 'kilometer')]),
    ('c', 'qty-run', 'signed up for a 10-km run in the park on sunday',
     [(Q, '10-km', 10, 'kilometer')]),
    ('n', 'qty-data', 'The new subsea cable carries 320 Tbps between Lisbon and Fortaleza.',
     [(Q, '320 Tbps', 320, 'terabit/second')]),
    ('c', 'qty-tv', 'got a 55-inch 4K TV in the sale',
     [(Q, '55-inch', 55, 'inch')]),
    ('n', 'qty-fish', 'A salmon farm off the Faroes harvested 2,300 tonnes of fish last season.',
     [(Q, '2,300 tonnes', 2300, 'tonne')]),
    ('c', 'qty-noise', "the neighbours' music hit 78 dB on my phone app, is that legal",
     [(Q, '78 dB', 78, 'decibel')]),
    ('n', 'qty-height', "The Burj Khalifa's spire tops out at 828 metres.",
     [(Q, '828 metres', 828, 'meter')]),
    ('c', 'qty-pool', "pool strips say pH 7.4 and the water's 28°C, perfect",
     [(Q, '28°C', 28, 'degree_Celsius')]),
    ('n', 'qty-fuel', 'Toyota says the new hybrid averages 4.2 l/100 km in city driving.',
     [(Q, '4.2 l/100 km', 0.042, 'liter/kilometer')]),
    ('c', 'qty-torque', "wheel nuts need 110 Nm, don't just lean on it",
     [(Q, '110 Nm', 110, 'newton*meter')]),
    ('n', 'qty-mpg', 'The EPA rated the pickup at 23 mpg on the highway.',
     [(Q, '23 mpg', 23, MPG)]),
    ('c', 'qty-dimension', 'the mattress is 150 x 200 cm, will the sheets fit',
     [(Q, '150', 150, 'centimeter'), (Q, '200 cm', 200, 'centimeter')]),
    ('n', 'qty-area', 'Wildfires in Alberta have burned 1.2 million hectares since May.',
     [(Q, '1.2 million hectares', 1200000, 'hectare')]),
    ('c', 'qty-luggage', 'airline allows 7 kg in the cabin and my backpack is 9.2 kg',
     [(Q, '7 kg', 7, 'kilogram'), (Q, '9.2 kg', 9.2, 'kilogram')]),
    ('n', 'qty-depth', 'Submersibles reach the wreck of the Titanic at a depth of 3,800 metres.',
     [(Q, '3,800 metres', 3800, 'meter')]),
    ('c', 'qty-recipe', 'recipe wants 1¼ cups of milk and a pinch of salt',
     [(Q, '1¼ cups', 1.25, 'cup')]),
    ('c', 'qty-data', "my plan gives 30 GB and rolls over whatever's left",
     [(Q, '30 GB', 30, GB)]),
    ('c', 'qty-wifi', 'router does 2.4 GHz and 5 GHz, which one for gaming',
     [(Q, '2.4 GHz', 2.4, 'gigahertz'), (Q, '5 GHz', 5, 'gigahertz')]),
    ('c', 'qty-cooking', 'the turkey is 6.3 kg, how long per kilo?',
     [(Q, '6.3 kg', 6.3, 'kilogram')]),
    ('c', 'qty-distance', "it's like 3 miles from the station, just uber it",
     [(Q, '3 miles', 3, 'mile')]),
    ('c', 'qty-range', 'the lounge walls will take 4-5 litres of emulsion, two coats',
     [(Q, '4-5 litres', (4, 5), 'liter')]),
    ('c', 'qty-area', 'allotment plot is 250 m² and I can barely keep up',
     [(Q, '250 m²', 250, 'meter**2')]),
    ('c', 'qty-bound', 'case is a hair under 23 kg, phew',
     [(Q, '23 kg', 23, 'kilogram')]),
    ('c', 'qty-freezer', 'freezer should be at -18°C, ours is reading -12',
     [(Q, '-18°C', -18, 'degree_Celsius')]),
    ('c', 'qty-fraction', 'need half a metre of ribbon for the bow',
     [(Q, 'half a metre', 0.5, 'meter')]),
    ('c', 'qty-range', "kite's going up, gusting 25 to 30 knots at the beach",
     [(Q, '25 to 30 knots', (25, 30), 'knot')]),
    ('c', 'qty-drone', "drone can't go above 120 m here, it's the law",
     [(Q, '120 m', 120, 'meter')]),

    # ================= MIXED (25) =================
    ('c', 'mixed', 'filled up 15 gallons at $4.29 a gallon, ouch',
     [(Q, '15 gallons', 15, GALLON), (M, '$4.29', 4.29, 'USD')]),
    ('n', 'mixed', 'The Kenya Pipeline Company will build a 450 km line to Kisumu for KSh 40 billion over three years.',
     [(Q, '450 km', 450, 'kilometer'), (M, 'KSh 40 billion', 40000000000, 'KES'), (D, 'three years', 3, 'year')]),
    ('c', 'mixed', 'Lidl pumps have diesel at €1.69 per litre, camper swallowed 70 litres',
     [(M, '€1.69', 1.69, 'EUR'), (Q, '70 litres', 70, 'liter')]),
    ('n', 'mixed', 'A 1.5 MW solar farm in Mpumalanga cost R 28 million and took eight months to build.',
     [(Q, '1.5 MW', 1.5, 'megawatt'), (M, 'R 28 million', 28000000, 'ZAR'), (D, 'eight months', 8, 'month')]),
    ('c', 'mixed', 'the 8-ounce filet was $42 and the sides were extra',
     [(Q, '8-ounce', 8, 'ounce'), (M, '$42', 42, 'USD')]),
    ('n', 'mixed', 'Saudi Aramco shipped 6.2 million barrels a day in March, earning about SR 1.9 billion daily.',
     [(Q, '6.2 million barrels', 6200000, 'oil_barrel'), (M, 'SR 1.9 billion', 1900000000, 'SAR')]),
    ('c', 'mixed', 'half marathon, 21.1 km in 1h 58m, new PB',
     [(Q, '21.1 km', 21.1, 'kilometer'), (D, '1h 58m', 118, 'minute')]),
    ('n', 'mixed', "Egypt's new high-speed line will cover 660 km in under four hours, with fares from E£ 450.",
     [(Q, '660 km', 660, 'kilometer'), (D, 'four hours', 4, 'hour'), (M, 'E£ 450', 450, 'EGP')]),
    ('c', 'mixed', 'the hotel shuttle from Doha airport is QR 30 and takes 25 mins',
     [(M, 'QR 30', 30, 'QAR'), (D, '25 mins', 25, 'minute')]),
    ('n', 'mixed', "Qatar's new desalination plant will produce 130 million gallons a day at a cost of QR 1.8 billion.",
     [(Q, '130 million gallons', 130000000, GALLON), (M, 'QR 1.8 billion', 1800000000, 'QAR')]),
    ('c', 'mixed', 'bought 2 kg of dates in Deira for 40 dirhams',
     [(Q, '2 kg', 2, 'kilogram'), (M, '40 dirhams', 40, 'AED')]),
    ('n', 'mixed', 'A 12-tonne humpback was freed from fishing nets off Sydney after a five-hour rescue.',
     [(Q, '12-tonne', 12, 'tonne'), (D, 'five-hour', 5, 'hour')]),
    ('c', 'mixed', 'camel trek in Merzouga, 2 hours out to the dunes and MAD 350 for the camp',
     [(D, '2 hours', 2, 'hour'), (M, 'MAD 350', 350, 'MAD')]),
    ('n', 'mixed', 'In Nueva Ecija, a 50-kilo sack of palay now fetches about P 1,150.',
     [(Q, '50-kilo', 50, 'kilogram'), (M, 'P 1,150', 1150, 'PHP')]),
    ('c', 'mixed', 'sending a 40-foot box from Mombasa up to Kampala, agent says 5 days by rail and about USh 9 million',
     [(Q, '40-foot', 40, 'foot'), (D, '5 days', 5, 'day'), (M, 'USh 9 million', 9000000, 'UGX')]),
    ('n', 'mixed', 'Omani authorities fined a trawler captain OMR 1,000 and barred him from fishing for six months.',
     [(M, 'OMR 1,000', 1000, 'OMR'), (D, 'six months', 6, 'month')]),
    ('c', 'mixed', 'topped up 12 kWh at the supermarket charger and paid £9.60',
     [(Q, '12 kWh', 12, 'kilowatt_hour'), (M, '£9.60', 9.6, 'GBP')]),
    ('n', 'mixed', "Bahrain's 25-kilometre causeway extension is budgeted at BD 400 million.",
     [(Q, '25-kilometre', 25, 'kilometer'), (M, 'BD 400 million', 400000000, 'BHD')]),
    ('c', 'mixed', 'ferry to Zanzibar is 2 hours and TSh 80,000 for non-residents',
     [(D, '2 hours', 2, 'hour'), (M, 'TSh 80,000', 80000, 'TZS')]),
    ('n', 'mixed', 'Indian Railways will spend ₹2,500 crore to cut the Mumbai–Delhi journey to 12 hours at 160 km/h.',
     [(M, '₹2,500 crore', 25000000000, 'INR'), (D, '12 hours', 12, 'hour'), (Q, '160 km/h', 160, 'kilometer/hour')]),
    ('c', 'mixed', 'the guy at the souk in Muscat wanted OMR 15 for 500 g of frankincense',
     [(M, 'OMR 15', 15, 'OMR'), (Q, '500 g', 500, 'gram')]),
    ('c', 'mixed', 'wheels up to touchdown Lagos to Abuja was 1h 10m, and the seat set me back ₦145k',
     [(D, '1h 10m', 70, 'minute'), (M, '₦145k', 145000, 'NGN')]),
    ('c', 'mixed', 'our 200 m² warehouse rent is KD 900 a month',
     [(Q, '200 m²', 200, 'meter**2'), (M, 'KD 900', 900, 'KWD')]),
    ('c', 'mixed', 'AC on 24°C all day and the bill was still BD 60',
     [(Q, '24°C', 24, 'degree_Celsius'), (M, 'BD 60', 60, 'BHD')]),
    ('c', 'mixed', 'the ambulance took 35 minutes and then billed me $1,800 for a 4-mile ride',
     [(D, '35 minutes', 35, 'minute'), (M, '$1,800', 1800, 'USD'), (Q, '4-mile', 4, 'mile')]),

    # ================= NOTHING TO EXTRACT (50) =================
    ('c', 'money-neg', 'finally upgraded to a 4K TV, the football looks unreal', []),
    ('n', 'money-neg', 'The 1% Club returned to ITV with a new series of questions.', []),
    ('c', 'money-neg', 'the new bakery is on Pound Street, next to the library', []),
    ('n', 'money-neg', 'Mike Pence addressed a conservative conference in Iowa.', []),
    ('c', 'money-neg', "my guinea pig escaped again, he's under the sofa", []),
    ('n', 'money-neg', 'Arsenal won 3-2 at Villa Park after a late header.', []),
    ('c', 'money-neg', 'you watching the Milwaukee Bucks game tonight?', []),
    ('n', 'money-neg', "The bank's former chairman appeared at Southwark Crown Court on Monday.", []),
    ('c', 'money-neg', 'my nan watches reruns of The $100,000 Pyramid every afternoon', []),
    ('c', 'money-neg', 'card ending 4417, expiry 09/27, can you book the tickets', []),
    ('n', 'money-neg', 'Five Below opened its first store in Puerto Rico.', []),
    ('c', 'money-neg', "new PIN's 8812, writing it here so I don't forget lol", []),
    ('n', 'money-neg', "Britain's inflation rate eased to 3.2% in September.", []),
    ('c', 'money-neg', "Euro 2024 in Germany was class, can't wait for the next one", []),
    ('n', 'money-neg', 'The Bank of Japan left rates unchanged as the yen weakened.', []),
    ('c', 'money-neg', "the rand's looking weak against the dollar again, I'll change money later", []),
    ('c', 'money-neg', 'went to 99p Stores for balloons and party hats', []),
    ('c', 'dur-neg', 'popped into the 7-Eleven for ice and a lotto ticket', []),
    ('n', 'dur-neg', 'A ten-year-old from Cork won the national spelling bee.', []),
    ('c', 'dur-neg', 'the 75-year-old neighbour still shovels his own drive', []),
    ('n', 'dur-neg', 'The 150-year-old pier at Saltburn reopened after repairs.', []),
    ('c', 'dur-neg', "my sister's three-week-old is finally sleeping through the night", []),
    ('n', 'dur-neg', 'Gym chain 24 Hour Fitness closed several clubs in Texas.', []),
    ('c', 'dur-neg', "Rush Hour 3 is on Netflix, so bad it's good", []),
    ('n', 'dur-neg', "Year of the Dragon celebrations filled London's Chinatown.", []),
    ('c', 'dur-neg', "quarter past six by the cinema doors, don't be late", []),
    ('c', 'dur-neg', "gym's open from 6 till 10 on weekdays", []),
    ('c', 'dur-neg', 'the kids are in Year 4 and Year 6 now, where did the time go', []),
    ('n', 'dur-neg', 'Season 3 of the drama starts filming in Belfast.', []),
    ('c', 'dur-neg', "10th anniversary this friday and I've booked nothing, help", []),
    ('c', 'dur-neg', 'he turned 40 and bought a motorbike, classic', []),
    ('n', 'dur-neg', "The 1990s saw the town's population double.", []),
    ('c', 'dur-neg', 'that 3-2 win last night was nerve-wracking', []),
    ('n', 'qty-neg', 'Formula 1 teams arrived in Baku for the Azerbaijan round.', []),
    ('c', 'qty-neg', 'drove Route 66 from Chicago to Santa Monica, bucket list done', []),
    ('c', 'qty-neg', 'thinking of trading in for the iPhone 15, thoughts', []),
    ('c', 'qty-neg', "no 5G at my parents' place, barely even 4G", []),
    ('n', 'qty-neg', 'A Boeing 747 made its final flight for the Dutch airline.', []),
    ('c', 'qty-neg', 'that conspiracy podcast about Area 51 kept me up all night', []),
    ('c', 'qty-neg', "printer's out of A4 paper again", []),
    ('c', 'qty-neg', 'any chance this wrap dress comes in a size 8', []),
    ('c', 'qty-neg', 'Mr. Stone said the homework is due thursday', []),
    ('n', 'qty-neg', 'Kelvin Harris was named head coach of the Glasgow club.', []),
    ('c', 'qty-neg', "it's meant to hit minus 12 tonight, bring the plants in", []),
    ('n', 'qty-neg', 'Forecasters expect highs in the low 30s across Andalusia this weekend.', []),
    ('c', 'qty-neg', 'soil test came back pH 6.5, good for tomatoes apparently', []),
    ('n', 'qty-neg', 'Fahrenheit 451 topped a list of the most challenged books in US schools.', []),
    ('c', 'qty-neg', 'bought a jumper from Joules, love it', []),
    ('n', 'qty-neg', "A statue of James Watt was cleaned in Birmingham's Chamberlain Square.", []),
    ('c', 'qty-neg', 'the UV index is 9 today, wear suncream', []),
]


def fmt_val(v):
    if isinstance(v, tuple):
        return '(' + ', '.join(fmt_val(x) for x in v) + ')'
    return repr(v)


def fmt_unit(u):
    if isinstance(u, tuple):
        return NAMES[u]
    return repr(u)


def fmt_exp(e):
    return '(%r, %r, %s, %s)' % (e[0], e[1], fmt_val(e[2]), fmt_unit(e[3]))


def build():
    header = open(os.path.join(HERE, 'header.txt'), encoding='utf-8').read()
    out = [header.rstrip('\n'), '', CONSTS, '', 'ROWS = [']
    prev = None
    for i, (letter, tag, sent, exps) in enumerate(R, 1):
        rid = '%s%03d' % (letter, i)
        if tag != prev:
            out.append('    # ---- %s' % tag)
            prev = tag
        out.append('    (%r, %r, %r,' % (rid, tag, sent))
        if not exps:
            out.append('     []),')
            continue
        lines, cur = [], '     ['
        parts = [fmt_exp(e) for e in exps]
        for j, p in enumerate(parts):
            piece = p + (', ' if j < len(parts) - 1 else '')
            if len(cur) + len(piece) > 96 and cur.strip() != '[':
                lines.append(cur.rstrip())
                cur = '      ' + piece
            else:
                cur += piece
        lines.append(cur + ']),')
        out.extend(lines)
    out.append(']')
    open(os.path.join(HERE, 'cases.py'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('wrote cases.py with', len(R), 'rows')


if __name__ == '__main__':
    build()
