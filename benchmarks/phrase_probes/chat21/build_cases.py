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
GRAND, TEMP, GALLON, PINT, GB, FLOZ = ns['GRAND'], ns['TEMP'], ns['GALLON'], ns['PINT'], ns['GB'], ns['FLOZ']
YEN, CAD_US, VES, XCG, PB = ns['YEN'], ns['CAD_US'], ns['VES'], ns['XCG'], ns['PB']

M, D, Q = 'money', 'duration', 'quantity'

R = [
    # ================= MONEY (65) =================
    ('n', 'money-fare', 'A minibus ride across Bujumbura now costs 1,500 Burundian francs after weeks of fuel shortages.',
     [(M, '1,500 Burundian francs', 1500, 'BIF')]),
    ('c', 'money-food', 'fah-fah soup at a little place in Djibouti city was 800 DJF, massive bowl',
     [(M, '800 DJF', 800, 'DJF')]),
    ('n', 'money-grocery', "A sliced loaf at Stanley's West Store costs 2.10 Falkland Islands pounds.",
     [(M, '2.10 Falkland Islands pounds', 2.1, 'FKP')]),
    ('c', 'money-food', 'fish and chips on Main Street in Gibraltar was GIP 11.50, same as sterling really',
     [(M, 'GIP 11.50', 11.5, 'GIP')]),
    ('n', 'money-farm', 'Vanilla growers on Anjouan are being paid 15,000 Comorian francs a kilo for green pods.',
     [(M, '15,000 Comorian francs', 15000, 'KMF')]),
    ('n', 'money-grocery', "Daily NK reports that rice sells for 8,000 won per kilogram in Pyongyang's Tongil market.",
     [(M, '8,000 won', 8000, 'KPW')]),
    ('c', 'money-taxi', 'taxi from the Maseru bridge into town was 15 maloti, driver had no change',
     [(M, '15 maloti', 15, 'LSL')]),
    ('n', 'money-minor', 'A loaf of white bread in Maseru now costs 14 maloti 50 lisente.',
     [(M, '14 maloti 50 lisente', 14.5, 'LSL')]),
    ('c', 'money-food', 'takeaway curry in Victoria on Mahé was SCR 75, cheapest meal we found all week',
     [(M, 'SCR 75', 75, 'SCR')]),
    ('n', 'money-food', 'Bakeries in Port Sudan now charge 100 Sudanese pounds for a single piece of bread.',
     [(M, '100 Sudanese pounds', 100, 'SDG')]),
    ('n', 'money-hotel', 'Rooms at the Mantis hotel in Jamestown start at 120 Saint Helena pounds.',
     [(M, '120 Saint Helena pounds', 120, 'SHP')]),
    ('c', 'money-food', 'camel milk in Mogadishu is 10,000 Somali shillings a litre but everyone pays in dollars',
     [(M, '10,000 Somali shillings', 10000, 'SOS')]),
    ('n', 'money-food', 'In Juba, a plate of kisra and stew now costs SSP 3,000, double the price in January.',
     [(M, 'SSP 3,000', 3000, 'SSP')]),
    ('c', 'money-food', "coffee at the roça on São Tomé was 50 dobras, best i've had",
     [(M, '50 dobras', 50, 'STN')]),
    ('n', 'money-food', 'A chicken shawarma in Damascus now costs 25,000 Syrian pounds.',
     [(M, '25,000 Syrian pounds', 25000, 'SYP')]),
    ('c', 'money-food', 'arepa in Caracas was 60 bolívares or 2 dollars, they take both',
     [(M, '60 bolívares', 60, VES), (M, '2 dollars', 2, 'USD')]),
    ('c', 'money-food', 'pastechi at the Plasa Bieu in Willemstad were 3 guilders each',
     [(M, '3 guilders', 3, XCG)]),
    ('n', 'money-banknote', 'A museum in San Salvador displays a 100-colón banknote from before dollarisation.',
     [(M, '100-colón', 100, 'SVC')]),
    ('n', 'money-imf', "The IMF approved a loan of about SDR 2.3 billion for Sri Lanka's recovery programme.",
     [(M, 'SDR 2.3 billion', 2300000000, 'XDR')]),
    ('c', 'money-rent', 'rent in Providencia is 18 UF a month plus gastos comunes',
     [(M, '18 UF', 18, 'CLF')]),
    ('c', 'money-historic', "back in 2019 a coffee in Split was like 12 kuna, now it's 2 euros",
     [(M, '12 kuna', 12, 'HRK'), (M, '2 euros', 2, 'EUR')]),
    ('n', 'money-historic', 'Petrol in Bonn cost 1.20 Deutschmarks a litre in 1990, archive price lists show.',
     [(M, '1.20 Deutschmarks', 1.2, 'DEM')]),
    ('c', 'money-historic', 'my dad still goes on about baguettes costing 4 French francs',
     [(M, '4 French francs', 4, 'FRF')]),
    ('n', 'money-historic', 'Before the euro, an espresso at a Roman bar cost about 1,500 lire.',
     [(M, '1,500 lire', 1500, 'ITL')]),
    ('c', 'money-historic', "in '98 a caña in Seville was 100 pesetas, wild",
     [(M, '100 pesetas', 100, 'ESP')]),
    ('n', 'money-historic', 'In 2001, a souvlaki pita in Athens sold for 350 drachmas.',
     [(M, '350 drachmas', 350, 'GRD')]),
    ('c', 'money-historic', 'nan says her first wage in Galway was 9 Irish pounds a week',
     [(M, '9 Irish pounds', 9, 'IEP')]),
    ('n', 'money-historic', 'A single tram ticket in Amsterdam cost 3 guilders in 1995.',
     [(M, '3 guilders', 3, 'NLG')]),
    ('c', 'money-historic', 'remember when a bica in Lisbon was 50 escudos',
     [(M, '50 escudos', 50, 'PTE')]),
    ('c', 'money-bound', 'need a rice cooker under $40, any recs',
     [(M, '$40', 40, 'USD')]),
    ('c', 'money-slang', 'that amp went for a grand on marketplace, mad',
     [(M, 'a grand', 1000, GRAND)]),
    ('c', 'money-scale', 'guy quoted 5k euros to retile the bathroom, is that normal',
     [(M, '5k euros', 5000, 'EUR')]),
    ('n', 'money-scale', 'A Lisbon fintech raised €2.5m in a seed round led by Portuguese angels.',
     [(M, '€2.5m', 2500000, 'EUR')]),
    ('c', 'money-code', 'the tower ticket at the Sagrada Familia was EUR 40, worth it',
     [(M, 'EUR 40', 40, 'EUR')]),
    ('c', 'money-code', 'hotel in Ljubljana charged 40 EUR a night for parking, daylight robbery',
     [(M, '40 EUR', 40, 'EUR')]),
    ('c', 'money-written', 'the pram cost three hundred and fifty pounds and the wheel squeaks already',
     [(M, 'three hundred and fifty pounds', 350, 'GBP')]),
    ('n', 'money-written', 'A retired bus driver in Ohio scratched a card worth twelve thousand five hundred dollars.',
     [(M, 'twelve thousand five hundred dollars', 12500, 'USD')]),
    ('c', 'money-range', 'ubers from the airport are usually $35-45 depending on traffic',
     [(M, '$35-45', (35, 45), 'USD')]),
    ('n', 'money-range', 'The Kigali stadium upgrade is expected to cost between RWF 80 billion and RWF 95 billion.',
     [(M, 'RWF 80 billion and RWF 95 billion', (80000000000, 95000000000), 'RWF')]),
    ('c', 'money-symbol', 'miso ramen in Sapporo was 1,100円, worth the queue',
     [(M, '1,100円', 1100, 'JPY')]),
    ('c', 'money-symbol', 'dumplings at the stall by the metro were 15元 for twelve',
     [(M, '15元', 15, 'CNY')]),
    ('n', 'money-symbol', 'A cappuccino in central Moscow now averages ₽350, a survey found.',
     [(M, '₽350', 350, 'RUB')]),
    ('c', 'money-taxi', 'paid 2,000,000 rials for the taxi across Isfahan, about 3 dollars',
     [(M, '2,000,000 rials', 2000000, 'IRR'), (M, '3 dollars', 3, 'USD')]),
    ('c', 'money-food', 'a glass of shai haleeb in Aden is 200 riyals',
     [(M, '200 riyals', 200, 'YER')]),
    ('c', 'money-symbol', 'tuk tuk in Siem Reap wanted 10,000៛ but took 2 bucks',
     [(M, '10,000៛', 10000, 'KHR'), (M, '2 bucks', 2, 'USD')]),
    ('c', 'money-symbol', 'beer lao is ₭15,000 at the night market in Luang Prabang',
     [(M, '₭15,000', 15000, 'LAK')]),
    ('c', 'money-minor', 'the vending machine wants 85 cents and only takes exact change',
     [(M, '85 cents', 0.85, 'USD')]),
    ('c', 'money-minor', 'Cape Town minibus fare went up again, twelve rand fifty from Wynberg',
     [(M, 'twelve rand fifty', 12.5, 'ZAR')]),
    ('c', 'money-bound', 'no more than chf 80 a head for the fondue place, ok?',
     [(M, 'chf 80', 80, 'CHF')]),
    ('c', 'money-bound', 'upwards of ₦250k for a used fridge in Ikeja now, e no easy',
     [(M, '₦250k', 250000, 'NGN')]),
    ('n', 'money-bound', 'Estimates put the Hockney swimming-pool sketch in the vicinity of $3 million.',
     [(M, '$3 million', 3000000, 'USD')]),
    ('c', 'money-symbol', 'two cocktails at the rooftop in Lisbon came to 12,50€, bargain honestly',
     [(M, '12,50€', 12.5, 'EUR')]),
    ('c', 'money-slang', 'that concert cost me two bills after fees',
     [(M, 'two bills', 200, 'USD')]),
    ('c', 'money-slang', 'bro dropped a stack on sneakers again',
     [(M, 'a stack', 1000, 'USD')]),
    ('c', 'money-slang', 'got a tenner off my nan for mowing her lawn',
     [(M, 'a tenner', 10, GRAND)]),
    ('c', 'money-slang', 'fifty quid for a haircut in Soho, never again',
     [(M, 'fifty quid', 50, 'GBP')]),
    ('n', 'money-scale', 'The Tokyo carmaker approved a ¥450 billion share buyback.',
     [(M, '¥450 billion', 450000000000, YEN)]),
    ('n', 'money-scale', 'A three-bedroom flat in Bandra sold for ₹4.2 crore.',
     [(M, '₹4.2 crore', 42000000, 'INR')]),
    ('n', 'money-minor', 'The price of a first-class stamp will rise by 5p to £1.70.',
     [(M, '5p', 0.05, 'GBP'), (M, '£1.70', 1.7, 'GBP')]),
    ('c', 'money-range', 'rooms in Zanzibar run two to three hundred dollars a night in high season',
     [(M, 'two to three hundred dollars', (200, 300), 'USD')]),
    ('n', 'money-bound', "Sydney's median house price topped A$1.6 million in March.",
     [(M, 'A$1.6 million', 1600000, 'AUD')]),
    ('n', 'money-fare', "Stockholm's transport authority will raise a single fare to 42 kronor.",
     [(M, '42 kronor', 42, 'SEK')]),
    ('n', 'money-fare', "A ride on Seoul's subway now costs ₩1,550 at the basic rate after the latest increase.",
     [(M, '₩1,550', 1550, 'KRW')]),
    ('n', 'money-shopping', 'Canadian Tire is selling hockey skates for $189.99 at its Winnipeg stores.',
     [(M, '$189.99', 189.99, CAD_US)]),
    ('n', 'money-fare', 'The Windhoek taxi association wants the standard fare raised to N$20.',
     [(M, 'N$20', 20, 'NAD')]),

    # ================= DURATION (55) =================
    ('c', 'dur-spoken', 'the film was an hour and a half but felt like three',
     [(D, 'an hour and a half', 1.5, 'hour')]),
    ('c', 'dur-short', 'gym session was 90 mins, legs are dead',
     [(D, '90 mins', 90, 'minute')]),
    ('c', 'dur-short', 'delivery says 3 wks, which means 5',
     [(D, '3 wks', 3, 'week')]),
    ('n', 'dur-strike', 'Dock workers in Rotterdam will strike for a fortnight from Monday.',
     [(D, 'a fortnight', 2, 'week')]),
    ('c', 'dur-cooking', 'lamb shoulder goes in for 2h30 on low',
     [(D, '2h30', 150, 'minute')]),
    ('c', 'dur-range', 'shipping takes 10-14 working days apparently',
     [(D, '10-14 working days', (10, 14), 'day')]),
    ('n', 'dur-range', 'Repairs to the Kessock Bridge will take between six and eight weeks.',
     [(D, 'six and eight weeks', (6, 8), 'week')]),
    ('c', 'dur-range', 'give the varnish a day or two to dry, then sand it',
     [(D, 'a day or two', (1, 2), 'day')]),
    ('c', 'dur-fraction', "half an hour on the rower and i'm done",
     [(D, 'half an hour', 0.5, 'hour')]),
    ('n', 'dur-science', 'Totality over Mazatlán lasted 4 minutes 28 seconds.',
     [(D, '4 minutes 28 seconds', 268, 'second')]),
    ('n', 'dur-science', "Physicists note that a photon leaving the Sun's surface reaches a rooftop panel on Earth about 8 minutes 20 seconds later.",
     [(D, '8 minutes 20 seconds', 500, 'second')]),
    ('c', 'dur-travel', 'Dubai to Auckland is 17 hrs 10 mins, send snacks',
     [(D, '17 hrs 10 mins', 1030, 'minute')]),
    ('n', 'dur-history', 'The Leaning Tower of Pisa took almost two centuries to finish.',
     [(D, 'two centuries', 200, 'year')]),
    ('n', 'dur-history', 'Work on the Great Wall spanned more than two millennia.',
     [(D, 'two millennia', 2000, 'year')]),
    ('c', 'dur-appliance', 'dishwasher eco cycle is 3h 45m, who designed this',
     [(D, '3h 45m', 225, 'minute')]),
    ('c', 'dur-cooking', 'microwave the mug cake for 70 secs, no longer',
     [(D, '70 secs', 70, 'second')]),
    ('n', 'dur-tech', 'The new cable cut trading latency between London and Frankfurt to 4 milliseconds.',
     [(D, '4 milliseconds', 4, 'millisecond')]),
    ('c', 'dur-cooking', 'sourdough starter needs 12 hours at room temp before it peaks',
     [(D, '12 hours', 12, 'hour')]),
    ('n', 'dur-politics', 'Contract talks in Brussels collapsed after 72 hours of negotiation.',
     [(D, '72 hours', 72, 'hour')]),
    ('c', 'dur-legal', 'my cousin got 18 months, suspended for 2 years',
     [(D, '18 months', 18, 'month'), (D, '2 years', 2, 'year')]),
    ('n', 'dur-legal', 'A former mayor of Naples was jailed for four and a half years for corruption.',
     [(D, 'four and a half years', 4.5, 'year')]),
    ('c', 'dur-work', 'they put me on 6 mths probation at the warehouse, no sick days allowed',
     [(D, '6 mths', 6, 'month')]),
    ('n', 'dur-work', 'Parents in Norway can take up to 49 weeks of leave at full pay.',
     [(D, '49 weeks', 49, 'week')]),
    ('c', 'dur-travel', 'stuck on the tarmac at Gatwick for 2 and a half hrs',
     [(D, '2 and a half hrs', 2.5, 'hour')]),
    ('n', 'dur-space', "Apollo 11's astronauts spent 21 hours and 36 minutes on the lunar surface.",
     [(D, '21 hours and 36 minutes', 1296, 'minute')]),
    ('c', 'dur-range', 'heat the wax for 10-15 mins until it goes runny',
     [(D, '10-15 mins', (10, 15), 'minute')]),
    ('c', 'dur-cooking', "the chicken thighs soak in the yoghurt overnight, or at least 8 hours if you're rushed",
     [(D, '8 hours', 8, 'hour')]),
    ('c', 'dur-commute', 'my commute is 40 min door to door',
     [(D, '40 min', 40, 'minute')]),
    ('n', 'dur-travel', "A full loop of Tokyo's Yamanote line takes about an hour.",
     [(D, 'an hour', 1, 'hour')]),
    ('c', 'dur-tech', 'these earbuds last 6hrs, the case gives you another 24',
     [(D, '6hrs', 6, 'hour')]),
    ('c', 'dur-warranty', 'the dishwasher came with a guarantee of three years parts and labour',
     [(D, 'three years', 3, 'year')]),
    ('n', 'dur-space', 'The International Space Station circles the Earth roughly every 90 minutes.',
     [(D, '90 minutes', 90, 'minute')]),
    ('c', 'dur-money', 'that car loan took me a decade to clear, never again',
     [(D, 'a decade', 10, 'year')]),
    ('n', 'dur-history', "The Hundred Years' War actually lasted 116 years.",
     [(D, '116 years', 116, 'year')]),
    ('c', 'dur-waiting', "been waiting 25 minutes for this bus and it's raining",
     [(D, '25 minutes', 25, 'minute')]),
    ('n', 'dur-space', 'NASA confirmed the incoming crew will live on the orbiting lab for nine months.',
     [(D, 'nine months', 9, 'month')]),
    ('c', 'dur-sports', 'ran 11.4s on my relay leg, slowest in the squad lol',
     [(D, '11.4s', 11.4, 'second')]),
    ('n', 'dur-sports', 'Breaking clear at halfway, the Ethiopian took the Berlin Marathon in 2:02:42.',
     [(D, '2:02:42', 7362, 'second')]),
    ('c', 'dur-cooking', 'six and a half minutes for jammy eggs, then straight into ice water',
     [(D, 'six and a half minutes', 6.5, 'minute')]),
    ('n', 'dur-strike', 'Talks to end the port strike, now in its third week, lasted just 40 minutes.',
     [(D, '40 minutes', 40, 'minute')]),
    ('c', 'dur-offset', "ping me in 20 mins so the focaccia doesn't burn",
     [(D, '20 mins', 20, 'minute')]),
    ('c', 'dur-range', 'cold brew sits 18-24 hours before you strain it',
     [(D, '18-24 hours', (18, 24), 'hour')]),
    ('n', 'dur-medicine', 'Protection from the vaccine wanes after about six months, the study found.',
     [(D, 'six months', 6, 'month')]),
    ('c', 'dur-range', 'passport turnaround is 7 to 10 business days now',
     [(D, '7 to 10 business days', (7, 10), 'day')]),
    ('n', 'dur-politics', "Bulgaria's parliament gave the cabinet 14 days to present a budget.",
     [(D, '14 days', 14, 'day')]),
    ('c', 'dur-exam', 'the chemistry paper is three hours long and you also get 15 minutes to read first',
     [(D, 'three hours', 3, 'hour'), (D, '15 minutes', 15, 'minute')]),
    ('c', 'dur-tech', "our latency's down to 350 nanoseconds, boss is thrilled",
     [(D, '350 nanoseconds', 350, 'nanosecond')]),
    ('n', 'dur-travel', 'Traffic through the Mont Blanc tunnel stops for 18 months starting next spring.',
     [(D, '18 months', 18, 'month')]),
    ('c', 'dur-fitness', 'hold the plank for a minute and a half, then rest 30 seconds',
     [(D, 'a minute and a half', 1.5, 'minute'), (D, '30 seconds', 30, 'second')]),
    ('c', 'dur-fraction', 'why does the chemist close three quarters of an hour for lunch, so annoying',
     [(D, 'three quarters of an hour', 0.75, 'hour')]),
    ('n', 'dur-science', 'A full day-night cycle on the Moon lasts about 29.5 Earth days.',
     [(D, '29.5 Earth days', 29.5, 'day')]),
    ('c', 'dur-medicine', 'take one every 4 hrs, max 4 a day',
     [(D, '4 hrs', 4, 'hour')]),
    ('n', 'dur-legal', 'A Dutch court gave the airport a year and a half to cut night flights.',
     [(D, 'a year and a half', 1.5, 'year')]),
    ('c', 'dur-waiting', 'sat in A&E from 9pm till 3am, six hours of my life gone',
     [(D, 'six hours', 6, 'hour')]),
    ('c', 'dur-photo', 'the shutter goes up to 1/32000 sec on this body',
     [(D, '1/32000 sec', 1 / 32000, 'second')]),

    # ================= QUANTITY (55) =================
    ('c', 'qty-body', 'doctor asked my height and weight, told her 5 ft 10 in and 82 kg',
     [(Q, '5 ft 10 in', 70, 'inch'), (Q, '82 kg', 82, 'kilogram')]),
    ('c', 'qty-glued', 'grabbed a 10kg bag of jasmine rice from the asian shop',
     [(Q, '10kg', 10, 'kilogram')]),
    ('c', 'qty-recipe', 'add ⅓ cup sugar and 2 tbsp melted butter',
     [(Q, '⅓ cup', 1 / 3, 'cup'), (Q, '2 tbsp', 2, 'tablespoon')]),
    ('c', 'qty-temp', 'pool thermometer says 68°F, too cold for the kids?',
     [(Q, '68°F', 68, 'degree_Fahrenheit')]),
    ('n', 'qty-temp', 'Verkhoyansk woke up to minus 51 degrees Celsius as the cold snap deepened.',
     [(Q, 'minus 51 degrees Celsius', -51, 'degree_Celsius')]),
    ('c', 'qty-data', 'phone says 256GB and it is already full somehow',
     [(Q, '256GB', 256, GB)]),
    ('n', 'qty-data', 'The new data centre in Luleå will hold 40 petabytes of archives.',
     [(Q, '40 petabytes', 40, PB)]),
    ('c', 'qty-speed', "speed limit's 50 mph on that road but nobody sticks to it",
     [(Q, '50 mph', 50, 'mile/hour')]),
    ('n', 'qty-speed', "Central Japan Railway's superconducting maglev hit 603 km/h during trials in Yamanashi.",
     [(Q, '603 km/h', 603, 'kilometer/hour')]),
    ('c', 'qty-area', 'flat is 65 m² plus a small balcony',
     [(Q, '65 m²', 65, 'meter**2')]),
    ('n', 'qty-area', 'Firefighters in Evros say the blaze has now consumed 12,000 hectares of pine.',
     [(Q, '12,000 hectares', 12000, 'hectare')]),
    ('c', 'qty-area', 'our back garden measures about 1,200 sq ft, mostly lawn and weeds',
     [(Q, '1,200 sq ft', 1200, 'square_foot')]),
    ('n', 'qty-volume', 'After weeks of drought, only 3.2 million cubic metres remain in the Ridracoli reservoir.',
     [(Q, '3.2 million cubic metres', 3200000, 'meter**3')]),
    ('c', 'qty-recipe', 'pour in 750 ml of stock and let it bubble',
     [(Q, '750 ml', 750, 'milliliter')]),
    ('c', 'qty-composite', 'she was 7 lb 8 oz when she was born',
     [(Q, '7 lb 8 oz', 7.5, 'pound')]),
    ('c', 'qty-body', 'lost 2 stone since january and i feel great',
     [(Q, '2 stone', 2, 'stone')]),
    ('n', 'qty-nature', 'The stranded blue whale measured 27 metres and weighed an estimated 150 tonnes.',
     [(Q, '27 metres', 27, 'meter'), (Q, '150 tonnes', 150, 'tonne')]),
    ('c', 'qty-hike', "tomorrow's route: 14 km out and back, 900 m of ascent on the ridge",
     [(Q, '14 km', 14, 'kilometer'), (Q, '900 m', 900, 'meter')]),
    ('c', 'qty-fraction', 'half a pound of mince per burger is too much',
     [(Q, 'half a pound', 0.5, 'pound')]),
    ('c', 'qty-fraction', 'hotel says the sand is three-quarters of a mile away, more like a hike in flip flops',
     [(Q, 'three-quarters of a mile', 0.75, 'mile')]),
    ('n', 'qty-space', 'The nearest star beyond the Sun lies about 1.3 parsecs away.',
     [(Q, '1.3 parsecs', 1.3, 'parsec')]),
    ('n', 'qty-science', 'The new electron microscope can resolve details of 0.5 ångström.',
     [(Q, '0.5 ångström', 0.5, 'angstrom')]),
    ('c', 'qty-unusual', 'the old map puts the abbey 2 leagues from the coast',
     [(Q, '2 leagues', 2, 'league')]),
    ('n', 'qty-unusual', 'Surveyors marked the boundary at 40 rods along the creek.',
     [(Q, '40 rods', 40, 'rod')]),
    ('n', 'qty-unusual', 'Soil samples near the plant showed 1,500 becquerels per kilogram of caesium.',
     [(Q, '1,500 becquerels', 1500, 'becquerel')]),
    ('n', 'qty-energy', 'Each of the new offshore turbines produces 15 MW.',
     [(Q, '15 MW', 15, 'megawatt')]),
    ('c', 'qty-glued', 'my charger is 65W, will it run the laptop',
     [(Q, '65W', 65, 'watt')]),
    ('c', 'qty-unusual', 'the vacuum chamber pulls down to 0.001 torr',
     [(Q, '0.001 torr', 0.001, 'torr')]),
    ('c', 'qty-glued', 'suitcase is 23.4kg, will they let it slide',
     [(Q, '23.4kg', 23.4, 'kilogram')]),
    ('n', 'qty-nature', 'Tide gauges at Brest show the bay about 20 centimetres higher than in 1900.',
     [(Q, '20 centimetres', 20, 'centimeter')]),
    ('c', 'qty-recipe', 'a teaspoon of vanilla and 3 eggs, then fold in the flour',
     [(Q, 'a teaspoon', 1, 'teaspoon')]),
    ('c', 'qty-composite', 'weighed the dough at 1 kg 200 g and split it into 8 balls',
     [(Q, '1 kg 200 g', 1.2, 'kilogram')]),
    ('n', 'qty-weather', 'Hail the size of apricots, some 7 cm wide, smashed greenhouses around Lausanne.',
     [(Q, '7 cm', 7, 'centimeter')]),
    ('n', 'qty-volume', 'Alpine monitors estimate that Swiss ice fields shed 1.5 cubic kilometres in one hot season.',
     [(Q, '1.5 cubic kilometres', 1.5, 'kilometer**3')]),
    ('c', 'qty-range', 'vet weighed the lab pup and says expect 20 to 25 kg by her first birthday',
     [(Q, '20 to 25 kg', (20, 25), 'kilogram')]),
    ('c', 'qty-temp', "toddler's thermometer is reading 101.3 degrees, urgent care or wait it out?",
     [(Q, '101.3 degrees', 101.3, TEMP)]),
    ('n', 'qty-nature', 'Lake Baikal reaches a depth of 1,642 metres.',
     [(Q, '1,642 metres', 1642, 'meter')]),
    ('c', 'qty-data', 'internet here is 500 Mbps on paper, 80 in reality',
     [(Q, '500 Mbps', 500, 'megabit/second')]),
    ('c', 'qty-data', 'the update is 4.7 GB, on hotel wifi, pray for me',
     [(Q, '4.7 GB', 4.7, GB)]),
    ('n', 'qty-volume', 'The desalination plant in Hadera produces 300,000 cubic metres of water a day.',
     [(Q, '300,000 cubic metres', 300000, 'meter**3')]),
    ('c', 'qty-composite', 'cut the shelf to 2 ft 6 in, it should slot in',
     [(Q, '2 ft 6 in', 30, 'inch')]),
    ('n', 'qty-mass', "A Shropshire grower's marrow tipped the scales at 113.7 kilograms, a county best.",
     [(Q, '113.7 kilograms', 113.7, 'kilogram')]),
    ('c', 'qty-mass', 'the dog is 40 lbs of pure chaos',
     [(Q, '40 lbs', 40, 'pound')]),
    ('c', 'qty-volume', 'water butt holds 50 gallons off the shed roof',
     [(Q, '50 gallons', 50, GALLON)]),
    ('c', 'qty-shopping', 'a pint of milk and 2 litres of orange juice please',
     [(Q, 'a pint', 1, PINT), (Q, '2 litres', 2, 'liter')]),
    ('n', 'qty-weather', 'Winds of 250 km/h hit Taiwan as the typhoon made landfall.',
     [(Q, '250 km/h', 250, 'kilometer/hour')]),
    ('c', 'qty-sewing', 'curtain fabric: 3.5 yards will cover the bay window apparently',
     [(Q, '3.5 yards', 3.5, 'yard')]),
    ('n', 'qty-weather', 'At its peak, Typhoon Tip bottomed out at 870 hPa over the western Pacific.',
     [(Q, '870 hPa', 870, 'hectopascal')]),
    ('c', 'qty-science', 'liquid nitrogen boils at 77 kelvin, the kids loved it',
     [(Q, '77 kelvin', 77, 'kelvin')]),
    ('c', 'qty-horse', "my mare's 16.2 hands and a bit fizzy",
     [(Q, '16.2 hands', 66, 'inch')]),
    ('n', 'qty-area', "The château's vineyard covers just 85 ares.",
     [(Q, '85 ares', 85, 'are')]),
    ('c', 'qty-volume', 'the bottle says 16.9 fl oz, how many ml is that',
     [(Q, '16.9 fl oz', 16.9, FLOZ)]),
    ('c', 'qty-dimension', 'the bedroom is 4.5 by 3.2 metres',
     [(Q, '4.5', 4.5, 'meter'), (Q, '3.2 metres', 3.2, 'meter')]),
    ('n', 'qty-area', "Yukon's newest protected area stretches over 1,150 square miles of tundra and lakes.",
     [(Q, '1,150 square miles', 1150, 'square_mile')]),
    ('n', 'qty-range', 'The Met Office warned of 15–25 cm of fresh snow over the Cairngorm plateau by Sunday.',
     [(Q, '15–25 cm', (15, 25), 'centimeter')]),

    # ================= MIXED (25) =================
    ('c', 'mixed', 'oven at 350°F and bake for 25 minutes, or until golden',
     [(Q, '350°F', 350, 'degree_Fahrenheit'), (D, '25 minutes', 25, 'minute')]),
    ('c', 'mixed', 'paid 60 bucks for 2 hours of go-karting, worth it',
     [(M, '60 bucks', 60, 'USD'), (D, '2 hours', 2, 'hour')]),
    ('n', 'mixed', "Burundi's coffee exports reached 12,000 tonnes worth $30 million last season.",
     [(Q, '12,000 tonnes', 12000, 'tonne'), (M, '$30 million', 30000000, 'USD')]),
    ('c', 'mixed', 'scooter in Moroni was 10,000 Comorian francs a day and the tank only holds 4 litres',
     [(M, '10,000 Comorian francs', 10000, 'KMF'), (Q, '4 litres', 4, 'liter')]),
    ('n', 'mixed', "Djibouti's 350 km water pipeline cost DJF 60 billion and took five years to build.",
     [(Q, '350 km', 350, 'kilometer'), (M, 'DJF 60 billion', 60000000000, 'DJF'),
      (D, 'five years', 5, 'year')]),
    ('c', 'mixed', 'boat from Mahé to Praslin is 1 hr and SCR 1,200 return',
     [(D, '1 hr', 1, 'hour'), (M, 'SCR 1,200', 1200, 'SCR')]),
    ('n', 'mixed', 'Fishermen in Bosaso sell yellowfin of up to 60 kg for 1.2 million Somali shillings apiece.',
     [(Q, '60 kg', 60, 'kilogram'), (M, '1.2 million Somali shillings', 1200000, 'SOS')]),
    ('c', 'mixed', 'hike up to the Pico Cão Grande viewpoint took 3 hrs, guide was 500 dobras',
     [(D, '3 hrs', 3, 'hour'), (M, '500 dobras', 500, 'STN')]),
    ('n', 'mixed', 'A 50 kg sack of sugar in Juba now costs SSP 90,000.',
     [(Q, '50 kg', 50, 'kilogram'), (M, 'SSP 90,000', 90000, 'SSP')]),
    ('c', 'mixed', 'bus from Caracas to Mérida is 12 hours and 25 dollars',
     [(D, '12 hours', 12, 'hour'), (M, '25 dollars', 25, 'USD')]),
    ('c', 'mixed', 'the dive in Curaçao was 45 minutes at 18 metres, 120 guilders with gear',
     [(D, '45 minutes', 45, 'minute'), (Q, '18 metres', 18, 'meter'), (M, '120 guilders', 120, XCG)]),
    ('n', 'mixed', "The Falklands' new wind turbines add 2 MW and cost 5 million Falkland Islands pounds.",
     [(Q, '2 MW', 2, 'megawatt'), (M, '5 million Falkland Islands pounds', 5000000, 'FKP')]),
    ('c', 'mixed', 'Gibraltar to Tangier on the fast ferry is 90 mins, about €40 each way',
     [(D, '90 mins', 90, 'minute'), (M, '€40', 40, 'EUR')]),
    ('c', 'mixed', 'hired a pony in Semonkong for 2 days, 300 maloti all in',
     [(D, '2 days', 2, 'day'), (M, '300 maloti', 300, 'LSL')]),
    ('n', 'mixed', 'The 1,300 km highway across Sudan will take four years and cost $2.3 billion.',
     [(Q, '1,300 km', 1300, 'kilometer'), (D, 'four years', 4, 'year'), (M, '$2.3 billion', 2300000000, 'USD')]),
    ('n', 'mixed', 'North Korean runners swept the Pyongyang marathon, the winner covering 42.195 km in 2 hours 11 minutes.',
     [(Q, '42.195 km', 42.195, 'kilometer'), (D, '2 hours 11 minutes', 131, 'minute')]),
    ('c', 'mixed', 'a fortnight in Crete and we spent about two grand',
     [(D, 'a fortnight', 2, 'week'), (M, 'two grand', 2000, GRAND)]),
    ('c', 'mixed', 'the 500 GB SSD was $45, bargain',
     [(Q, '500 GB', 500, GB), (M, '$45', 45, 'USD')]),
    ('n', 'mixed', 'Volunteers spent 36 hours rebuilding 200 metres of drystone wall.',
     [(D, '36 hours', 36, 'hour'), (Q, '200 metres', 200, 'meter')]),
    ('c', 'mixed', 'my sister ran a 10k in 52:30 and raised £400 for the hospice',
     [(Q, '10k', 10, 'kilometer'), (D, '52:30', 3150, 'second'), (M, '£400', 400, 'GBP')]),
    ('n', 'mixed', 'A farmer near Aleppo sold 5 tonnes of pistachios for 450 million Syrian pounds.',
     [(Q, '5 tonnes', 5, 'tonne'), (M, '450 million Syrian pounds', 450000000, 'SYP')]),
    ('c', 'mixed', 'flight Bujumbura to Nairobi is 1h50 and like $300',
     [(D, '1h50', 110, 'minute'), (M, '$300', 300, 'USD')]),
    ('c', 'mixed', 'the speedboat to Anjouan does 25 knots and gets there in under 2 hours',
     [(Q, '25 knots', 25, 'knot'), (D, '2 hours', 2, 'hour')]),
    ('c', 'mixed', 'pizza oven hits 450°C so a pizza takes 60-90 seconds',
     [(Q, '450°C', 450, 'degree_Celsius'), (D, '60-90 seconds', (60, 90), 'second')]),
    ('n', 'mixed', "A 19-metre Riva listed on the Côte d'Azur found a buyer at €2.5 million within 40 days.",
     [(Q, '19-metre', 19, 'meter'), (M, '€2.5 million', 2500000, 'EUR'), (D, '40 days', 40, 'day')]),

    # ================= NOTHING TO EXTRACT (50) =================
    ('c', 'money-neg', 'I have 3 kids and a dog, send help', []),
    ('c', 'money-neg', 'ring me on 07700 900461 once the match finishes', []),
    ('n', 'money-neg', 'Mark Cuban sold his majority stake in the Dallas Mavericks.', []),
    ('c', 'money-neg', 'reading Catch-22 for book club this month', []),
    ('n', 'money-neg', 'Rand McNally has stopped printing its road atlas for Canada.', []),
    ('c', 'money-neg', 'does the Comorian franc still peg to the euro?', []),
    ('n', 'money-neg', 'Traders in Victoria said the Seychelles rupee firmed as tourist arrivals rose.', []),
    ('c', 'money-neg', 'the door code is 2580, let yourself in', []),
    ('n', 'money-neg', 'Dollar Tree said it would close hundreds of stores.', []),
    ('c', 'money-neg', 'booked a 5-star hotel in Dubai for our anniversary!!', []),
    ('c', 'money-neg', "still no sign of parcel 4402-118, the tracking page hasn't moved", []),
    ('n', 'money-neg', "Yuan Shikai's portrait appeared on early Republic of China coins.", []),
    ('c', 'money-neg', "watched Ocean's Eleven again, still slaps", []),
    ('n', 'money-neg', 'Grand Central Terminal marked its anniversary with a light show.', []),
    ('c', 'money-neg', 'sort code 40-11-62, account ending 3319', []),
    ('n', 'money-neg', "Ghana's central bank kept borrowing costs at 27% for a third straight meeting.", []),
    ('c', 'money-neg', "Buck Owens is my dad's favourite singer, he plays him every Sunday", []),
    ('c', 'dur-neg', 'version 2.0 of the app is out, finally', []),
    ('c', 'dur-neg', 'meet at half past four by the fountain', []),
    ('n', 'dur-neg', 'The horror film 28 Weeks Later returns to cinemas this autumn.', []),
    ('c', 'dur-neg', 'the little one turned 7 at the weekend, party was chaos', []),
    ('c', 'dur-neg', 'Apollo 13 is on tonight, absolute classic', []),
    ('n', 'dur-neg', 'Plans for the Second Avenue subway extension were unveiled by the governor.', []),
    ('c', 'dur-neg', 'born in 1994, the summer of the World Cup in the US', []),
    ('n', 'dur-neg', 'Days Inn opened a new hotel near the airport in Lusaka.', []),
    ('c', 'dur-neg', 'the 49ers game kicks off 1:25 pm, wings at mine?', []),
    ('n', 'dur-neg', 'Trustees at the museum approved the Minutes of their spring session without a vote.', []),
    ('c', 'dur-neg', 'Seven Seconds on Netflix is so good', []),
    ('c', 'dur-neg', 'dentist at 3:15, can you grab the kids', []),
    ('n', 'dur-neg', 'Year 9 pupils from Dundee won the national maths quiz.', []),
    ('c', 'dur-neg', "i'm on day 12 of my streak, don't jinx it", []),
    ('c', 'dur-neg', 'training twice a week, three times when it warms up', []),
    ('n', 'dur-neg', 'Twenty One Pilots announced a world tour.', []),
    ('c', 'qty-neg', 'Foot Locker has the new runners in', []),
    ('n', 'qty-neg', "Isaac Newton's notebooks go on display in Cambridge.", []),
    ('c', 'qty-neg', 'our hotel in Split was 4-star and lovely', []),
    ('c', 'qty-neg', "we're in room 101, come up whenever", []),
    ('n', 'qty-neg', "Lord Kelvin's laboratory at Glasgow has been restored.", []),
    ('c', 'qty-neg', 'I have 2 cats and 14 houseplants', []),
    ('n', 'qty-neg', 'The G20 summit opened in Rio de Janeiro.', []),
    ('c', 'qty-neg', 'ISO 9001 certification came through today', []),
    ('n', 'qty-neg', 'Blink-182 headlined the Reading festival.', []),
    ('c', 'qty-neg', 'drove the M6 toll at rush hour and saw maybe four cars', []),
    ('c', 'qty-neg', 'got a 3-in-1 printer off Amazon', []),
    ('n', 'qty-neg', 'COVID-19 admissions fell across the region.', []),
    ('c', 'qty-neg', 'that Stone Cold Steve Austin documentary is great', []),
    ('c', 'qty-neg', 'call 0800 123 4567 for a free quote', []),
    ('c', 'qty-neg', 'size 10 shoes, wide fit please', []),
    ('c', 'qty-neg', 'a dash of bitters and a splash of soda', []),
    ('n', 'qty-neg', 'The research vessel Kilo Moana docked in Honolulu.', []),
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
