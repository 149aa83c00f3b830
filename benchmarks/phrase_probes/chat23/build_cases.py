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
MXN_US = ('MXN', 'USD')  # bare "$" set in Mexico
COP_US = ('COP', 'USD')  # bare "$" set in Colombia
ARS_US = ('ARS', 'USD')  # bare "$" set in Argentina
'''
ns = {}
exec(CONSTS, ns)
NAMES = {v: k for k, v in ns.items() if isinstance(v, tuple)}
RUPEE, GRAND, YEN, TON, GB, MXN_US, COP_US, ARS_US = (ns[k] for k in ('RUPEE', 'GRAND', 'YEN', 'TON', 'GB', 'MXN_US', 'COP_US', 'ARS_US'))

M, D, Q = 'money', 'duration', 'quantity'

R = [
    # ================= MONEY (65) =================
    ('n', 'money-yen', 'Toyota plans to spend ¥1.3 trillion on battery plants in Japan and the US by 2030, the carmaker said.',
     [(M, '¥1.3 trillion', 1300000000000, YEN)]),
    ('c', 'money-yuan', 'the hotpot place near my office does the set menu for 98元, worth it',
     [(M, '98元', 98, 'CNY')]),
    ('n', 'money-twd', "Taiwan's cabinet approved NT$3.2 billion in subsidies for chip-design start-ups.",
     [(M, 'NT$3.2 billion', 3200000000, 'TWD')]),
    ('c', 'money-hkd', 'split the dim sum bill, it was HK$640 for the four of us',
     [(M, 'HK$640', 640, 'HKD')]),
    ('c', 'money-sgd', "COE for a small car is S$98,889 now, I'll stick to the MRT",
     [(M, 'S$98,889', 98889, 'SGD')]),
    ('c', 'money-myr', 'nasi lemak with ayam goreng was RM12 at the mamak, used to be RM8',
     [(M, 'RM12', 12, 'MYR'), (M, 'RM8', 8, 'MYR')]),
    ('n', 'money-idr', 'Indonesia set aside Rp 71 trillion for its free school meals programme this year.',
     [(M, 'Rp 71 trillion', 71000000000000, 'IDR')]),
    ('c', 'money-krw', 'gimbap and tteokbokki in Myeongdong came to ₩14,000, not bad',
     [(M, '₩14,000', 14000, 'KRW')]),
    ('n', 'money-thb', "Bangkok's governor proposed a flat ฿20 fare on all city-run electric buses.",
     [(M, '฿20', 20, 'THB')]),
    ('c', 'money-brl', 'açaí bowl in Ipanema was R$ 32, my wallet is crying',
     [(M, 'R$ 32', 32, 'BRL')]),
    ('n', 'money-mxn', "Pemex, Mexico's state oil company, reported a quarterly loss of MXN 43 billion.",
     [(M, 'MXN 43 billion', 43000000000, 'MXN')]),
    ('c', 'money-cop', 'the coffee farm tour near Salento costs COP 80,000 a head, lunch included',
     [(M, 'COP 80,000', 80000, 'COP')]),
    ('n', 'money-ars', 'Argentina raised the monthly minimum wage to ARS 322,200 in a deal with unions.',
     [(M, 'ARS 322,200', 322200, 'ARS')]),
    ('c', 'money-pen', 'S/ 78 for ceviche and two pisco sours in Miraflores, worth it',
     [(M, 'S/ 78', 78, 'PEN')]),
    ('c', 'money-clp', 'santiago metro at peak is CLP 830 now, still cheap compared to London',
     [(M, 'CLP 830', 830, 'CLP')]),
    ('c', 'money-grand', 'my buddy wants 3 grand for his old Tacoma, is that a steal',
     [(M, '3 grand', 3000, GRAND)]),
    ('n', 'money-words', "A Connecticut probate court valued the late collector's estate at 1.2 million dollars.",
     [(M, '1.2 million dollars', 1200000, 'USD')]),
    ('c', 'money-spoken', 'dropped twelve hundred bucks on a used road bike, zero regrets',
     [(M, 'twelve hundred bucks', 1200, 'USD')]),
    ('n', 'money-lakh', 'The Kerala government will pay Rs 10 lakh to the family of each fisherman lost at sea.',
     [(M, 'Rs 10 lakh', 1000000, RUPEE)]),
    ('c', 'money-crore', 'a sea-facing flat in Bandra for ₹4.5 crore, who is buying these',
     [(M, '₹4.5 crore', 45000000, 'INR')]),
    ('n', 'money-crore', "Bangladesh's finance ministry allocated Tk 500 crore for flood-hit farmers in Sylhet.",
     [(M, 'Tk 500 crore', 5000000000, 'BDT')]),
    ('c', 'money-range', "hostel beds in Hanoi's old quarter go for 150,000 to 250,000 dong a night",
     [(M, '150,000 to 250,000 dong', (150000, 250000), 'VND')]),
    ('n', 'money-range', 'Analysts expect the Jakarta rail contract to fetch between Rp 8 trillion and Rp 10 trillion.',
     [(M, 'Rp 8 trillion and Rp 10 trillion', (8000000000000, 10000000000000), 'IDR')]),
    ('c', 'money-range', 'taxi from the airport to Sukhumvit is like 400 or 500 baht depending on traffic',
     [(M, '400 or 500 baht', (400, 500), 'THB')]),
    ('c', 'money-range', "street food in Taipei is NT$60-120 per dish, I'm eating everything",
     [(M, 'NT$60-120', (60, 120), 'TWD')]),
    ('n', 'money-bound', 'Hong Kong will fine building owners up to HK$400,000 for ignoring repair orders.',
     [(M, 'HK$400,000', 400000, 'HKD')]),
    ('c', 'money-bound', 'trying to keep the birthday dinner to no more than RM 300 for everyone',
     [(M, 'RM 300', 300, 'MYR')]),
    ('n', 'money-bound', "Samsung's chip division posted operating profit north of ₩10 trillion in the quarter.",
     [(M, '₩10 trillion', 10000000000000, 'KRW')]),
    ('c', 'money-bound', 'the camera I want is shy of ¥150,000 at Yodobashi, so close to my budget',
     [(M, '¥150,000', 150000, YEN)]),
    ('n', 'money-bound', "Bids for the new terminal at Lima's airport came in at upwards of S/ 1.5 billion.",
     [(M, 'S/ 1.5 billion', 1500000000, 'PEN')]),
    ('c', 'money-apiece', 'mango sticky rice at the night market, ฿60 apiece, we got four',
     [(M, '฿60', 60, 'THB')]),
    ('n', 'money-each', 'Seoul will give households with newborns ₩2 million each under a new scheme.',
     [(M, '₩2 million', 2000000, 'KRW')]),
    ('c', 'money-head', 'the omakase in Ginza is 25,000 yen a head, special occasions only',
     [(M, '25,000 yen', 25000, 'JPY')]),
    ('n', 'money-words', 'A Colombian court ordered the utility to pay 450 million pesos to residents of a Medellín suburb.',
     [(M, '450 million pesos', 450000000, 'COP')]),
    ('c', 'money-spoken', 'eighteen hundred pesos for a mezcal tasting in Oaxaca, pricey but fun',
     [(M, 'eighteen hundred pesos', 1800, 'MXN')]),
    ('c', 'money-chile', 'a decent Carmenère at the Santiago supermarket is 8.990 pesos, stocking up',
     [(M, '8.990 pesos', 8990, 'CLP')]),
    ('c', 'money-brl', 'the airbnb in Florianópolis is R$ 1.250,00 total, splitting four ways',
     [(M, 'R$ 1.250,00', 1250, 'BRL')]),
    ('n', 'money-brl', "Brazil's development bank approved R$2.5 billion for wind farms in Bahia.",
     [(M, 'R$2.5 billion', 2500000000, 'BRL')]),
    ('c', 'money-bare', 'tacos al pastor in CDMX were $25 each, cheapest meal of the trip',
     [(M, '$25', 25, MXN_US)]),
    ('n', 'money-bare', 'City hall in Bogotá says a single bus ticket will cost $3.200 from February.',
     [(M, '$3.200', 3200, COP_US)]),
    ('c', 'money-cny', 'RMB 2,000 a month for a room in Shenzhen, not bad at all',
     [(M, 'RMB 2,000', 2000, 'CNY')]),
    ('n', 'money-yuan', "China's finance ministry will issue 1 trillion yuan in ultra-long special bonds.",
     [(M, '1 trillion yuan', 1000000000000, 'CNY')]),
    ('c', 'money-spoken', 'forty thousand yen for the ryokan incl. kaiseki dinner, we splurged',
     [(M, 'forty thousand yen', 40000, 'JPY')]),
    ('n', 'money-won', 'Hyundai will invest 24 trillion won in South Korean EV production through 2030.',
     [(M, '24 trillion won', 24000000000000, 'KRW')]),
    ('c', 'money-vnd', 'banh mi for 25k dong, cheapest lunch of my life',
     [(M, '25k dong', 25000, 'VND')]),
    ('n', 'money-fuel', 'Malaysia will cap the price of RON95 petrol at RM2.05 a litre for most motorists.',
     [(M, 'RM2.05', 2.05, 'MYR')]),
    ('c', 'money-spoken', 'hawker chicken rice is still five sing dollars, love this country',
     [(M, 'five sing dollars', 5, 'SGD')]),
    ('n', 'money-range', 'Flats in the new Kai Tak project are priced from HK$5 million to HK$9 million.',
     [(M, 'HK$5 million to HK$9 million', (5000000, 9000000), 'HKD')]),
    ('c', 'money-ntd', 'bubble tea NTD 65 with extra pearls, cheaper than back home',
     [(M, 'NTD 65', 65, 'TWD')]),
    ('n', 'money-lakh', "Each winner of the state lottery's top prize will take home ₹75 lakh after tax.",
     [(M, '₹75 lakh', 7500000, 'INR')]),
    ('c', 'money-lakh', 'my cousin in Lahore paid Rs 35 lakh for a Honda City, prices are insane',
     [(M, 'Rs 35 lakh', 3500000, RUPEE)]),
    ('n', 'money-cop', "Colombia's minimum wage will rise to COP 1,423,500 a month next year.",
     [(M, 'COP 1,423,500', 1423500, 'COP')]),
    ('c', 'money-bare', 'steak dinner in Palermo was $38.000 for two, Buenos Aires is wild',
     [(M, '$38.000', 38000, ARS_US)]),
    ('n', 'money-clp', "Chile's mining regulator fined the copper producer CLP 1.9 billion over a tailings spill.",
     [(M, 'CLP 1.9 billion', 1900000000, 'CLP')]),
    ('c', 'money-pen', 'the bus from Cusco to Puno was S/. 45, with Andes views the whole way',
     [(M, 'S/. 45', 45, 'PEN')]),
    ('n', 'money-range', 'Uber drivers in Guadalajara say a typical airport run pays 300 or 350 pesos.',
     [(M, '300 or 350 pesos', (300, 350), 'MXN')]),
    ('c', 'money-bound', 'looking for a condo in Chiang Mai, no higher than ฿15,000 a month',
     [(M, '฿15,000', 15000, 'THB')]),
    ('n', 'money-each', "Vendors on Bali's Kuta beach sell coconuts for Rp 25.000 each, up from Rp 15.000 before the pandemic.",
     [(M, 'Rp 25.000', 25000, 'IDR'), (M, 'Rp 15.000', 15000, 'IDR')]),
    ('c', 'money-bound', 'concert tickets went for upwards of 200,000 won on resale, insane',
     [(M, '200,000 won', 200000, 'KRW')]),
    ('n', 'money-words', 'A Nevada jury awarded the cyclist two point four million dollars in damages.',
     [(M, 'two point four million dollars', 2400000, 'USD')]),
    ('c', 'money-grand', "new roof quote came in at 14 grand, we're getting a second opinion",
     [(M, '14 grand', 14000, GRAND)]),
    ('c', 'money-spoken', 'sold my old PS4 for ninety bucks on craigslist',
     [(M, 'ninety bucks', 90, 'USD')]),
    ('c', 'money-usd', "pho in Saigon for US$2, can't beat that",
     [(M, 'US$2', 2, 'USD')]),
    ('n', 'money-bound', 'Shares in the Taiwanese chipmaker closed a shade over NT$1,000 for the first time.',
     [(M, 'NT$1,000', 1000, 'TWD')]),
    ('c', 'money-cny', 'the summer gaokao prep course is CN¥8,800, my aunt paid it',
     [(M, 'CN¥8,800', 8800, 'CNY')]),

    # ================= DURATION (55) =================
    ('n', 'dur-ban', 'The FA handed the winger a six-week ban for shoving a referee during the cup tie.',
     [(D, 'six-week', 6, 'week')]),
    ('c', 'dur-ban', 'he got a 10-match ban for that tackle, club has 48 hours to appeal',
     [(D, '48 hours', 48, 'hour')]),
    ('n', 'dur-quarantine', 'Travellers arriving from the outbreak zone must complete a 14-day quarantine at designated hotels.',
     [(D, '14-day', 14, 'day')]),
    ('c', 'dur-notice', "handed my notice in today, they want six weeks' notice which feels brutal",
     [(D, "six weeks'", 6, 'week')]),
    ('n', 'dur-port', 'The port of Felixstowe stayed shut for a fortnight after the cyber attack.',
     [(D, 'a fortnight', 2, 'week')]),
    ('c', 'dur-bound', 'the campervan rebuild took the best part of a year but she runs',
     [(D, 'a year', 1, 'year')]),
    ('c', 'dur-cooking', 'dal goes on low for quarter of an hour, tadka goes in last',
     [(D, 'quarter of an hour', 0.25, 'hour')]),
    ('n', 'dur-transit', 'Commuters were stuck on the Northern line for three-quarters of an hour after a signal failure.',
     [(D, 'three-quarters of an hour', 0.75, 'hour')]),
    ('c', 'dur-match', 'sunday league games are 90 mins but we only ever get 80 in',
     [(D, '90 mins', 90, 'minute')]),
    ('c', 'dur-drive', 'the drive from KL to Melaka is 1.5 hrs without jams',
     [(D, '1.5 hrs', 1.5, 'hour')]),
    ('c', 'dur-tenure', 'been at this company 2 yrs and still no raise lol',
     [(D, '2 yrs', 2, 'year')]),
    ('n', 'dur-range', 'Prosecutors said the fraud carried a sentence of 3 to 5 years under state guidelines.',
     [(D, '3 to 5 years', (3, 5), 'year')]),
    ('c', 'dur-injury', "serving a two-game suspension and then 3-4 weeks out with the hamstring, season's basically over",
     [(D, '3-4 weeks', (3, 4), 'week')]),
    ('n', 'dur-injury', 'The All Blacks said the flanker would be sidelined for six to eight weeks with a broken hand.',
     [(D, 'six to eight weeks', (6, 8), 'week')]),
    ('c', 'dur-work', "we're moving to a nine-day fortnight from june, every other friday off",
     [(D, 'nine-day', 9, 'day')]),
    ('n', 'dur-work', 'Junior doctors in Seoul say they routinely work 80-hour weeks during residency.',
     [(D, '80-hour', 80, 'hour')]),
    ('c', 'dur-work', "three 12-hour night shifts in a row, I'm a zombie",
     [(D, '12-hour', 12, 'hour')]),
    ('n', 'dur-stoppage', 'Nine minutes of added time were played after a lengthy VAR review in Riyadh.',
     [(D, 'Nine minutes', 9, 'minute')]),
    ('n', 'dur-cricket', 'A three-hour rain delay pushed the final day of the Test in Colombo into the evening.',
     [(D, 'three-hour', 3, 'hour')]),
    ('c', 'dur-leave', 'took a half-day to wait for the boiler guy and he never showed',
     [(D, 'a half-day', 0.5, 'day')]),
    ('c', 'dur-lease', "our lease is 18 mos, then we'll see about buying",
     [(D, '18 mos', 18, 'month')]),
    ('c', 'dur-probation', 'probation at the new job is 3 months, then I get health insurance',
     [(D, '3 months', 3, 'month')]),
    ('n', 'dur-leave', 'Workers in the Philippines are entitled to 105 days of paid maternity leave.',
     [(D, '105 days', 105, 'day')]),
    ('c', 'dur-visa', 'the visa run has to be no more than 30 days or they fine you',
     [(D, '30 days', 30, 'day')]),
    ('n', 'dur-court', 'Lawyers told the Tokyo District Court the trial could run upwards of two years.',
     [(D, 'two years', 2, 'year')]),
    ('c', 'dur-bound', 'finished the marathon shy of 4 hours, so close to my goal',
     [(D, '4 hours', 4, 'hour')]),
    ('c', 'dur-weather', 'the T8 signal has been up for 36 hours, office still closed',
     [(D, '36 hours', 36, 'hour')]),
    ('c', 'dur-cooking', 'nuke the leftover rice 45 secs, sprinkle of water first',
     [(D, '45 secs', 45, 'second')]),
    ('n', 'dur-range', 'Ferry operators said the crossing to Batam could take 50 or 60 minutes in rough seas.',
     [(D, '50 or 60 minutes', (50, 60), 'minute')]),
    ('c', 'dur-notice', 'my landlord in Kowloon gave us a month\'s notice, is that even legal',
     [(D, "a month's", 1, 'month')]),
    ('n', 'dur-court', 'A Kuala Lumpur court jailed a former bank officer for seven years and ordered six strokes of the cane.',
     [(D, 'seven years', 7, 'year')]),
    ('c', 'dur-travel', '14-hour layover in Istanbul, is the free city tour worth it',
     [(D, '14-hour', 14, 'hour')]),
    ('n', 'dur-range', "Seoul Metro said fixing the flooded section of Line 2 would take 10 to 14 days.",
     [(D, '10 to 14 days', (10, 14), 'day')]),
    ('c', 'dur-range', 'kimchi needs like two or three days on the counter before it goes in the fridge',
     [(D, 'two or three days', (2, 3), 'day')]),
    ('n', 'dur-fast', 'Muslims in Jakarta fast for about 13 hours a day during Ramadan.',
     [(D, '13 hours', 13, 'hour')]),
    ('c', 'dur-stoppage', 'ref added 12 minutes of stoppage time and we conceded in the 101st',
     [(D, '12 minutes', 12, 'minute')]),
    ('n', 'dur-work', 'The departing chief executive will serve six months of garden leave before joining a rival bank.',
     [(D, 'six months', 6, 'month')]),
    ('c', 'dur-tea', 'steep the genmaicha 90 seconds max or it goes bitter',
     [(D, '90 seconds', 90, 'second')]),
    ('n', 'dur-visa', 'Thailand extended visa-free stays for Indian tourists to 60 days.',
     [(D, '60 days', 60, 'day')]),
    ('c', 'dur-commute', '1 hr 10 door to door on the MRT every morning, killing me',
     [(D, '1 hr 10', 70, 'minute')]),
    ('n', 'dur-rail', 'The branch line was closed for the better part of two decades before reopening in March.',
     [(D, 'two decades', 20, 'year')]),
    ('c', 'dur-sleep', "4 and a half hours of sleep last night thanks to the neighbours' party",
     [(D, '4 and a half hours', 4.5, 'hour')]),
    ('n', 'dur-strike', 'Dockworkers at Santos ended a 72-hour strike after a pay deal was reached.',
     [(D, '72-hour', 72, 'hour')]),
    ('c', 'dur-range', 'instant pot the black beans 25 to 30 min, natural release after',
     [(D, '25 to 30 min', (25, 30), 'minute')]),
    ('c', 'dur-battery', 'my kindle lasts like 3 weeks on one charge',
     [(D, '3 weeks', 3, 'week')]),
    ('c', 'dur-gym', 'core circuit: a minute and a half of mountain climbers, 30 seconds break, x5',
     [(D, 'a minute and a half', 1.5, 'minute'), (D, '30 seconds', 30, 'second')]),
    ('n', 'dur-contract', 'Al-Nassr tied the Brazilian playmaker to a three-and-a-half-year deal.',
     [(D, 'three-and-a-half-year', 3.5, 'year')]),
    ('c', 'dur-composite', 'DMV wait was 2 hours 20 minutes, never again',
     [(D, '2 hours 20 minutes', 140, 'minute')]),
    ('n', 'dur-search', 'Residents of the island were told to stay indoors for 48 hours while the search continued.',
     [(D, '48 hours', 48, 'hour')]),
    ('c', 'dur-holiday', 'off to Penang for a fortnight, someone water my plants pls',
     [(D, 'a fortnight', 2, 'week')]),
    ('n', 'dur-range', 'The embassy said visa processing for Chinese tourists would drop to 3-5 working days.',
     [(D, '3-5 working days', (3, 5), 'day')]),
    ('c', 'dur-cooking', 'the noodles say 3 minutes but I always leave them 4',
     [(D, '3 minutes', 3, 'minute')]),
    ('c', 'dur-isolation', 'do I still have to isolate for seven days if I test positive in HK?',
     [(D, 'seven days', 7, 'day')]),
    ('c', 'dur-tenure', "3 yrs in Singapore and I still can't handle the humidity",
     [(D, '3 yrs', 3, 'year')]),
    ('c', 'dur-exam', 'the exam is three hours with a 15-minute reading period',
     [(D, 'three hours', 3, 'hour'), (D, '15-minute', 15, 'minute')]),

    # ================= QUANTITY (55) =================
    ('c', 'qty-run', "signed up for a 5k next month, haven't run since school",
     [(Q, 'a 5k', 5, 'kilometer')]),
    ('n', 'qty-marathon', 'More than 50,000 runners will tackle the 26.2-mile marathon through the five boroughs.',
     [(Q, '26.2-mile', 26.2, 'mile')]),
    ('c', 'qty-sprint', 'my kid ran the 100m sprint at sports day and came second',
     [(Q, '100m', 100, 'meter')]),
    ('n', 'qty-rain', "A slow-moving storm dumped 2.5 inches of rain across Houston's east side overnight.",
     [(Q, '2.5 inches', 2.5, 'inch')]),
    ('c', 'qty-snow', '3 feet of snow in Buffalo and my flight is cancelled obviously',
     [(Q, '3 feet', 3, 'foot')]),
    ('c', 'qty-home', 'our place is 1,200 sq ft and somehow still no storage',
     [(Q, '1,200 sq ft', 1200, 'square_foot')]),
    ('n', 'qty-land', 'The tribe bought back 40 acres of ancestral land along the Klamath River.',
     [(Q, '40 acres', 40, 'acre')]),
    ('c', 'qty-wind', '15 knots forecast for saturday, perfect for the dinghy',
     [(Q, '15 knots', 15, 'knot')]),
    ('c', 'qty-steak', 'grilled an 8 oz sirloin, medium rare, perfect',
     [(Q, '8 oz', 8, 'ounce')]),
    ('c', 'qty-truck', 'need to rent a 10-ton truck for the move, any tips',
     [(Q, '10-ton', 10, TON)]),
    ('c', 'qty-baking', 'recipe says 1/2 tsp of baking soda, I used a whole one oops',
     [(Q, '1/2 tsp', 0.5, 'teaspoon')]),
    ('c', 'qty-cooking', 'add 200 g of rice noodles and stir fry for a bit',
     [(Q, '200 g', 200, 'gram')]),
    ('n', 'qty-quake', "Taiwan's weather bureau put the quake's depth at 15 km and its magnitude at 6.4.",
     [(Q, '15 km', 15, 'kilometer')]),
    ('c', 'qty-height', "the new point guard is 6-foot-8, that's wild",
     [(Q, '6-foot-8', 80, 'inch')]),
    ('n', 'qty-height', 'The Lakers signed a 7-footer from Serbia to back up their starting centre.',
     [(Q, '7-footer', 7, 'foot')]),
    ('c', 'qty-pool', 'lap pool at the condo is 25 metres, perfect for training',
     [(Q, '25 metres', 25, 'meter')]),
    ('n', 'qty-lorry', 'A 40-tonner overturned on the M62, shedding its load across three lanes.',
     [(Q, '40-tonner', 40, 'tonne')]),
    ('c', 'qty-tolerance', 'spec says the shaft is 25 mm ±0.05 mm and the one I got is way off',
     [(Q, '25 mm', 25, 'millimeter'), (Q, '±0.05 mm', 0.05, 'millimeter')]),
    ('n', 'qty-bridge', 'The main span of the new bridge in Penang is 240 metres, the longest of its kind in Malaysia.',
     [(Q, '240 metres', 240, 'meter')]),
    ('c', 'qty-torque', "wheel nuts on the civic are 80 lb-ft, don't overdo it",
     [(Q, '80 lb-ft', 80, 'foot*pound_force')]),
    ('n', 'qty-power', "The offshore wind farm off Taiwan's west coast will generate 1.1 GW at full capacity.",
     [(Q, '1.1 GW', 1.1, 'gigawatt')]),
    ('c', 'qty-oven', 'oven at 220°C for the pork belly, crackling is everything',
     [(Q, '220°C', 220, 'degree_Celsius')]),
    ('n', 'qty-wind', 'Gusts of up to 140 km/h battered Hong Kong as the typhoon passed.',
     [(Q, '140 km/h', 140, 'kilometer/hour')]),
    ('c', 'qty-recipe', 'pancakes: 2 cups of flour, 3 tbsp sugar, milk till it looks right',
     [(Q, '2 cups', 2, 'cup'), (Q, '3 tbsp', 3, 'tablespoon')]),
    ('n', 'qty-crore', "India's wheat procurement crossed 2.6 crore tonnes this season, the food ministry said.",
     [(Q, '2.6 crore tonnes', 26000000, 'tonne')]),
    ('c', 'qty-can', 'use a 28 oz can of crushed tomatoes for the sauce',
     [(Q, '28 oz', 28, 'ounce')]),
    ('c', 'qty-surf', 'waves over 20 metres at Nazaré today, those surfers are insane',
     [(Q, '20 metres', 20, 'meter')]),
    ('c', 'qty-tin', 'my tart tin is 23 cm but the recipe wants a 9-inch, close enough?',
     [(Q, '23 cm', 23, 'centimeter'), (Q, '9-inch', 9, 'inch')]),
    ('n', 'qty-space', 'The rocket can place 22 tonnes into low Earth orbit.',
     [(Q, '22 tonnes', 22, 'tonne')]),
    ('c', 'qty-data', 'my sim has a 40GB cap and the kids eat through it',
     [(Q, '40GB', 40, GB)]),
    ('n', 'qty-flood', 'Floodwater rose to between 1 and 1.5 metres in parts of Kelantan, forcing thousands from their homes.',
     [(Q, '1 and 1.5 metres', (1, 1.5), 'meter')]),
    ('c', 'qty-fuel', 'filled up 45 litres of RON97, painful',
     [(Q, '45 litres', 45, 'liter')]),
    ('n', 'qty-heat', 'Delhi sweltered at 41C on Tuesday as the heatwave deepened.',
     [(Q, '41C', 41, 'degree_Celsius')]),
    ('c', 'qty-party', 'grabbing a 6-pack and 2 kg of wings for the game',
     [(Q, '2 kg', 2, 'kilogram')]),
    ('c', 'qty-home', 'viewed a 180 sq ft flat in Sham Shui Po today, basically a cupboard',
     [(Q, '180 sq ft', 180, 'square_foot')]),
    ('c', 'qty-home', 'found a 3-bed with a 60 ft garden in our budget!!',
     [(Q, '60 ft', 60, 'foot')]),
    ('n', 'qty-rain', "Mumbai's Santacruz observatory logged 250 mm of rain on Monday.",
     [(Q, '250 mm', 250, 'millimeter')]),
    ('c', 'qty-tow', 'the ute tows 3,500 kg no problem',
     [(Q, '3,500 kg', 3500, 'kilogram')]),
    ('n', 'qty-hail', "Insurers in Sydney's west received thousands of claims after hail up to 5 centimetres wide smashed windscreens.",
     [(Q, '5 centimetres', 5, 'centimeter')]),
    ('c', 'qty-swim', 'I swim 1.5 to 2 km most mornings, arms are dead today',
     [(Q, '1.5 to 2 km', (1.5, 2), 'kilometer')]),
    ('n', 'qty-jump', 'The Chinese athlete cleared 2.04 metres to win the high jump.',
     [(Q, '2.04 metres', 2.04, 'meter')]),
    ('c', 'qty-gas', 'our bbq needs a 9 kg gas bottle, the 4.5 kg one runs out too fast',
     [(Q, '9 kg', 9, 'kilogram'), (Q, '4.5 kg', 4.5, 'kilogram')]),
    ('n', 'qty-road', 'The 1,700-kilometre toll road across Java is due to be finished next year.',
     [(Q, '1,700-kilometre', 1700, 'kilometer')]),
    ('c', 'qty-water', "physio says 3 litres of water a day, I'm in the loo constantly",
     [(Q, '3 litres', 3, 'liter')]),
    ('n', 'qty-grid', "Malaysia's grid operator will build a 500 kV line linking Johor and Negeri Sembilan.",
     [(Q, '500 kV', 500, 'kilovolt')]),
    ('c', 'qty-fish', 'caught a 4 lb bass off the dock today!!',
     [(Q, '4 lb', 4, 'pound')]),
    ('n', 'qty-cargo', 'The bulk carrier was carrying 180,000 tonnes of iron ore from Brazil.',
     [(Q, '180,000 tonnes', 180000, 'tonne')]),
    ('c', 'qty-baking', "recipe calls for 250 g of butter and 2 eggs, that's a lot",
     [(Q, '250 g', 250, 'gram')]),
    ('n', 'qty-rescue', 'The hikers were rescued at 3,200 metres on Mount Rinjani.',
     [(Q, '3,200 metres', 3200, 'meter')]),
    ('c', 'qty-ride', '80 km on the bike with 1,200 m of elevation today, dead',
     [(Q, '80 km', 80, 'kilometer'), (Q, '1,200 m', 1200, 'meter')]),
    ('n', 'qty-speed', 'Engineers in Yamanashi pushed a magnetic-levitation train to 603 km/h during trials.',
     [(Q, '603 km/h', 603, 'kilometer/hour')]),
    ('c', 'qty-height', 'is 5 ft 6 short for a guy in Seoul',
     [(Q, '5 ft 6', 66, 'inch')]),
    ('c', 'qty-snow', '60 cm of snow overnight in Sapporo, the kids are losing it',
     [(Q, '60 cm', 60, 'centimeter')]),
    ('c', 'qty-tyre', 'tyres on the scooter should be 33 psi front',
     [(Q, '33 psi', 33, 'psi')]),
    ('n', 'qty-fire', "Firefighters in Valparaíso said 12,000 hectares had burned since Friday.",
     [(Q, '12,000 hectares', 12000, 'hectare')]),

    # ================= MIXED (25) =================
    ('c', 'mixed', 'paid ¥3,800 for 500 g of wagyu at the depachika',
     [(M, '¥3,800', 3800, YEN), (Q, '500 g', 500, 'gram')]),
    ('n', 'mixed', 'Changi Airport will spend S$10 billion on a fifth terminal, a project expected to take a decade.',
     [(M, 'S$10 billion', 10000000000, 'SGD'), (D, 'a decade', 10, 'year')]),
    ('c', 'mixed', 'the 14-hour bus to Chiang Mai was only ฿750, bargain',
     [(D, '14-hour', 14, 'hour'), (M, '฿750', 750, 'THB')]),
    ('n', 'mixed', 'A 10-tonne lorry carrying cigarettes worth Rp 2 billion was seized in Surabaya.',
     [(Q, '10-tonne', 10, 'tonne'), (M, 'Rp 2 billion', 2000000000, 'IDR')]),
    ('c', 'mixed', 'R$ 45 for 2 kg of picanha, churrasco sorted',
     [(M, 'R$ 45', 45, 'BRL'), (Q, '2 kg', 2, 'kilogram')]),
    ('n', 'mixed', 'Mexico will spend MXN 12 billion on a 380-kilometre water pipeline for Monterrey.',
     [(M, 'MXN 12 billion', 12000000000, 'MXN'), (Q, '380-kilometre', 380, 'kilometer')]),
    ('c', 'mixed', 'rented a scooter in Bali for 3 days, Rp 70.000 a day',
     [(D, '3 days', 3, 'day'), (M, 'Rp 70.000', 70000, 'IDR')]),
    ('n', 'mixed', "Korea's Hanwha won a ₩3 trillion contract to supply 120 self-propelled guns, with deliveries over five years.",
     [(M, '₩3 trillion', 3000000000000, 'KRW'), (D, 'five years', 5, 'year')]),
    ('c', 'mixed', 'marathon entry in Mexico City was 1,500 pesos and the course is 42.2 km at altitude',
     [(M, '1,500 pesos', 1500, 'MXN'), (Q, '42.2 km', 42.2, 'kilometer')]),
    ('n', 'mixed', 'Typhoon Gaemi dumped 1,000 mm of rain on parts of Taiwan over three days, causing NT$5 billion in farm losses.',
     [(Q, '1,000 mm', 1000, 'millimeter'), (D, 'three days', 3, 'day'), (M, 'NT$5 billion', 5000000000, 'TWD')]),
    ('c', 'mixed', 'did a 2-hour pho-making workshop in Hanoi, 600k dong incl. ingredients',
     [(D, '2-hour', 2, 'hour'), (M, '600k dong', 600000, 'VND')]),
    ('n', 'mixed', 'Peru will raise the Machu Picchu entrance fee to S/ 152 for a four-hour circuit.',
     [(M, 'S/ 152', 152, 'PEN'), (D, 'four-hour', 4, 'hour')]),
    ('c', 'mixed', '180 baht for a 5 kg sack of hom mali at Makro, cheap',
     [(Q, '5 kg', 5, 'kilogram'), (M, '180 baht', 180, 'THB')]),
    ('n', 'mixed', 'Tata Steel will invest ₹11,000 crore to add 5 million tonnes of annual capacity.',
     [(M, '₹11,000 crore', 110000000000, 'INR'), (Q, '5 million tonnes', 5000000, 'tonne')]),
    ('c', 'mixed', "KTM to Penang takes 4 hrs and it's RM 79 one way",
     [(D, '4 hrs', 4, 'hour'), (M, 'RM 79', 79, 'MYR')]),
    ('n', 'mixed', 'Codelco will spend US$1 billion to extend the life of its El Teniente mine by 20 years.',
     [(M, 'US$1 billion', 1000000000, 'USD'), (D, '20 years', 20, 'year')]),
    ('c', 'mixed', 'my 30-min ride across Bogotá cost COP 18.000 on the app',
     [(D, '30-min', 30, 'minute'), (M, 'COP 18.000', 18000, 'COP')]),
    ('n', 'mixed', 'Thai Airways will cut its Bangkok-Sydney flight to 8 hours 45 minutes, with fares from ฿19,900.',
     [(D, '8 hours 45 minutes', 525, 'minute'), (M, '฿19,900', 19900, 'THB')]),
    ('c', 'mixed', '2 hrs in the fridge with 1/4 cup of fish sauce and garlic, then grill',
     [(D, '2 hrs', 2, 'hour'), (Q, '1/4 cup', 0.25, 'cup')]),
    ('c', 'mixed', "2 metres of water in the village for nearly a week, my grandparents' house in Kerala is ruined",
     [(Q, '2 metres', 2, 'meter'), (D, 'a week', 1, 'week')]),
    ('c', 'mixed', 'the car ferry to Jeju is ₩180,000 and takes 5 hours',
     [(M, '₩180,000', 180000, 'KRW'), (D, '5 hours', 5, 'hour')]),
    ('n', 'mixed', "Argentina's wheat harvest is forecast at 18.5 million tonnes, worth upwards of US$4 billion.",
     [(Q, '18.5 million tonnes', 18500000, 'tonne'), (M, 'US$4 billion', 4000000000, 'USD')]),
    ('c', 'mixed', 'getting 3 grand back in tax but there is a 6-week wait',
     [(M, '3 grand', 3000, GRAND), (D, '6-week', 6, 'week')]),
    ('c', 'mixed', 'the 26.2 miles took me 4:32:10, never again',
     [(Q, '26.2 miles', 26.2, 'mile'), (D, '4:32:10', 16330, 'second')]),
    ('c', 'mixed', 'HK$350 for a 90-minute foot massage in Mong Kok',
     [(M, 'HK$350', 350, 'HKD'), (D, '90-minute', 90, 'minute')]),

    # ================= NOTHING TO EXTRACT (50) =================
    ('c', 'money-neg', 'the won crashed again, good time to book Seoul?', []),
    ('n', 'money-neg', 'South Korea won 2-1 against Japan in the East Asian Cup final.', []),
    ('c', 'money-neg', 'saw a resplendent quetzal in Monteverde today!!', []),
    ('n', 'money-neg', 'The port of Colón handled a record number of containers last month.', []),
    ('c', 'money-neg', 'the 1,000 Guineas at Newmarket is on sunday, any tips', []),
    ('n', 'money-neg', 'Simón Bolívar International Airport reopened after the storm.', []),
    ('c', 'money-neg', 'Yen Press is finally releasing the next volume in English', []),
    ('c', 'money-neg', 'call the hotel on +66 2 123 4567 to confirm the booking', []),
    ('n', 'money-neg', 'Shares of the Hong Kong supermarket chain rose 3.5% in early trading.', []),
    ('c', 'money-neg', "what's the exchange rate for dollars to pesos rn", []),
    ('c', 'money-neg', 'BOT kept rates at 2.5%, so no cheaper mortgage for me', []),
    ('c', 'money-neg', 'flat 12B, 88 Jalan Ampang, leave it with the guard', []),
    ('n', 'money-neg', 'Landslides cut roads across Lempira after days of heavy rain.', []),
    ('c', 'money-neg', "order #4471-2290 still hasn't shipped, who do I call", []),
    ('n', 'money-neg', 'Slumdog Millionaire returned to Mumbai cinemas for an anniversary run.', []),
    ('c', 'money-neg', 'won the pub quiz by 3 points, drinks on me', []),
    ('c', 'money-neg', "bitcoin hit a new high and my 0.05 BTC still can't buy a house", []),
    ('c', 'dur-neg', 'the keeper picked up a one-match ban, so the kid starts saturday', []),
    ('n', 'dur-neg', 'The winger was banned for six matches for spitting at an opponent.', []),
    ('c', 'dur-neg', "on a zero-hours contract again, no idea what shifts I'll get", []),
    ('n', 'dur-neg', "Chinese tech firms have been criticised for the 996 schedule.", []),
    ('c', 'dur-neg', 'see you at 19:30 outside Shibuya station', []),
    ('n', 'dur-neg', 'The summit will be held from 3 to 5 March in Kuala Lumpur.', []),
    ('c', 'dur-neg', "doctor's appt is 2025-06-14, can you drive me", []),
    ('n', 'dur-neg', 'The Hundred Days Offensive began in August 1918.', []),
    ('c', 'dur-neg', 'my grandma just turned 90 and the party was wild', []),
    ('n', 'dur-neg', 'A 12-year-old chess prodigy from Cebu beat three grandmasters at a Manila open.', []),
    ('c', 'dur-neg', "we're in the third week of Ramadan already", []),
    ('n', 'dur-neg', 'The 5:2 diet remains popular in Britain, a survey found.', []),
    ('c', 'dur-neg', 'weekly standup moved to tuesdays at 10am', []),
    ('c', 'dur-neg', 'did you know the Seoul marathon started in 1931', []),
    ('c', 'dur-neg', 'Python 3.12 broke half my scripts, thanks', []),
    ('c', 'dur-neg', 'my new number is 0917 555 0123, save it pls', []),
    ('c', 'qty-neg', "shot a roll of 35 mm film on my trip, can't wait to develop it", []),
    ('n', 'qty-neg', 'The festival will screen restored Super 8 home movies from 1970s Manila.', []),
    ('c', 'qty-neg', 'looking at a 3-bed in Subang, thoughts on the area', []),
    ('c', 'qty-neg', 'bought a 6-pack of Tiger for the beach', []),
    ('n', 'qty-neg', 'A magnitude 5.8 earthquake shook Mindanao on Monday, officials said.', []),
    ('c', 'qty-neg', 'just got the Galaxy S24 Ultra, camera is insane', []),
    ('n', 'qty-neg', 'A five-man crew was rescued off the coast of Aceh.', []),
    ('c', 'qty-neg', '221B Baker Street is a museum now right', []),
    ('n', 'qty-neg', 'Persib beat Persija 2-0 in Bandung.', []),
    ('c', 'qty-neg', 'updated to iOS 18.2 and my battery is worse', []),
    ('c', 'qty-neg', 'is USB 3.2 fast enough for an external SSD', []),
    ('n', 'qty-neg', 'The Toyota GR86 arrived in Malaysian showrooms.', []),
    ('c', 'qty-neg', "my shoe size is 42 in EU, what's that in US", []),
    ('n', 'qty-neg', 'A Force 8 gale disrupted ferries to the Isle of Wight.', []),
    ('c', 'qty-neg', 'got the 12-gauge out for clay shooting, first time', []),
    ('n', 'qty-neg', 'Nearly 5 lakh pilgrims took a dip at Prayagraj on Sunday.', []),
    ('c', 'qty-neg', 'Chanel No. 5 was on sale at the duty free', []),
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
