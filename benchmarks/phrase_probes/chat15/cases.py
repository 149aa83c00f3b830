"""Held-out probe chat15: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat14, classes, date_probes or paraphrase).
Domains lean on what the earlier probes used least: fishing (angling permits and
tackle, landing sites, trawler quotas and mesh sizes, closed seasons, days at sea,
lobster and tuna), car repairs and fuel (pump prices, MOT, clutch and engine quotes,
tyres, tread, oil, torque, EV charging, CNG queues), plumbing (repair quotes, pipe
sizes, boiler pressure, geysers, water mains, sealant curing), wine and spirits (bottle
prices, auctions, bar prices, oak ageing, decanting, harvest caps, hectolitres),
hobby flying (PPL lessons, gliding, drones, wind and runways), diving (cylinders,
bar, depths, safety stops, wetsuits), cycling and running, music gear and
lessons, gardening and allotments, cooking in metric and imperial units, lotteries
and prize draws, pensions, weddings, livestock markets, rents and flats, court fines,
insurance, energy, weather and photography, with spoken and written forms
from Scottish, Welsh, English, Ghanaian, Ugandan, Tanzanian, Zimbabwean, South African,
Sri Lankan, Pakistani, Bangladeshi, Malaysian, Hong Kong, Fijian, Samoan, Tongan,
Australian and Canadian (Nova Scotia, Ontario, Alberta and Quebec, with Quebec's
French-influenced writing) English, and a UAE news line.
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
(../chat11/cases.py), chat12's (../chat12/cases.py), chat13's (../chat13/cases.py)
and chat14's (../chat14/cases.py), all unchanged and decided before writing the rows
(the ../chatN paths are those of /work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13 and chat14; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "the wrong
   side of" ("the wrong side of £600" = 600 GBP), "a smidge under", "a hair over",
   "knocking on", "touching", "easily", "bang on", "top" as a verb ("could top £20m"
   = 20000000 GBP, like chat6's "exceeded"), "no longer than" and a trailing "and a
   bit" ("an hour and a bit" = 1 hour, chat12's "and change"); the emphasis words "a
   solid" (chat12's "a good") and Scottish "a wee" ("a wee 20 minutes" = 20 minute)
   change nothing.
 * A range whose two ends carry different units is one range claim, with both ends
   in one unit (the scorer converts, so either unit may be reported): "45 minutes to
   an hour" = (45, 60) minute, "80 cents to a dollar" = (0.80, 1.00) USD, "between
   900 g and 1.2 kg" = (0.9, 1.2) kilogram. chat14's currency mark on the first
   number only also covers a scaleless "Rs. 1,400–1,650" = (1400, 1650).
 * A zoom lens written "70-200mm" is one range claim of focal length ((70, 200)
   millimeter; chat8's "a 50mm lens" is a length).
 * Quebec-influenced Canadian forms: a "$" written after the amount ("20 $",
   "1 450 $", "12,50 $") is a dollar amount like a leading "$" (Canadian context:
   CAD or USD, chat13); space thousands and a decimal comma follow chat4's grouping
   rule, and a comma followed by one or two digits is a decimal comma in quantities
   too ("9,1 kg" = 9.1 kilogram). French-style time "3 h 15" (spaced h with trailing
   minutes) = 195 minute (chat12's "4h50" spaced); a clock time "at 8 h" or "at
   18 h" is nothing; a Quebec flat size ("a 4½") is a count of rooms (nothing).
 * "/=" after an amount (Sri Lankan and East African style, "Rs. 7,500/=") marks
   whole units like chat13's Indian "/-".
 * Hyphenated modifiers in the new domains carry their measure (chat13): "a
   3-minute safety stop", "a 12-litre cylinder", "a 150-litre geyser", "a 100-watt
   head", "60-litre bags", "a 60-tonne crane", "a 3-hour slot", "a 20-second
   exposure", "a 6-hour boat charter", "a 4-hour kayak tour", "a 1.5-litre engine",
   "a ½-inch elbow" (0.5 inch), "a 1/4-inch jack" (0.25 inch). A fish named by its
   weight with "-pounder" is a mass: "a 30-pounder" = 30 pound.
 * chat4's rate-denominator rule in the new domains: "per rod", "a kilo" and "a
   kilo liveweight", "p/kg", "a head", "a bottle", "a bunch", "a litre", "per
   unit", "per trip", "a month", "a day", "an hour" (after fuel burnt, "22
   litres an hour" = 22 liter), "per hectare", and a denominator with a number and a
   mass ("20 minutes per 500 g" = 20 minute only, chat10's "per 100 g").
 * More numbers that are not claims: engine-oil viscosity grades ("0W-20",
   "5W-30", "10W-40"), fuel grades ("RON95", "RON97", chat11's octane), hook sizes
   ("a size 6 hook"), speaker-cabinet layouts ("a 4x12"), chainring teeth ("40t")
   and gear counts ("12-speed"), alcohol by volume ("14.5%"), vintages and other
   years, gas mixes ("Nitrox 32"), an altimeter setting with no unit ("QNH 1013"),
   wind directions ("240 at 12 knots": only the speed), runway numbers (chat8),
   gradients ("a fall of 1 in 40"), Hong Kong's typhoon signals ("No. 8"), cricket
   scores and overs ("287 for 6", "50 overs"), basketball points, school classes
   ("P6", "JSS 2"), music grades ("grade 6", "grade 8"), lottery and raffle names
   ("Lotto 6/49", "5/90", "the 50/50"), vehicle, drone and aircraft models ("Axia",
   "Saga", "Myvi", "Corolla", "Mini 4 Pro", "Cessna 152", "PA-28"), cyclone
   categories, counts of cows, plots, homes, riders, glasses, bags, dives, stores,
   points and villages, ages ("at 50", "i'm 58", "3 days old", chat8's
   "18-year-old" drink), bare numbers left after a claim ("most people take 60",
   "should be 1.5", "or 440"), and electricity "units" (chat13).
 * In-game currencies include Zelda's "rupees" ("500 rupees for the Mirror Shield":
   nothing, chat10's V-Bucks and Robux).
 * More names and idioms with no claim: "Rand Paul", "Nickelback", "Cedi Osman",
   "the Penny Black", "a penny-farthing", "Poundstretcher", "Dollarama", "Million
   Dollar Quartet", "a grand cru" (not money), "silly as a two-bob watch", "hasn't a
   penny to her name", "worth every penny" (chat11's "every penny counts"), "went
   the extra mile", "a 99" (an ice cream), "Level 42", "The 39 Steps", "the 24 Hours
   of Le Mans", "The 12 Days of Christmas", Welsh "now in a minute", Scottish "the
   now", "Fiji time"; "a dram" of whisky is a serving (chat10's "a wee dram"), not
   1 dram.
Money
 * More marks and words: "FJ$" = FJD; "tala" = WST; "ZiG" = ZWG (Zimbabwe Gold);
   "Dh" before an amount in the UAE (Dubai) = AED (chat12's "DH" is MAD only in
   Morocco); "shs"/"shillings" in Uganda (Kampala) = UGX and in Tanzania (Dar es
   Salaam) = TZS (chat6's Kenyan shillings); "cedis" = GHS (chat6) and "pesewas" =
   0.01 GHS ("8 cedis 50 pesewas" = 8.50 GHS, one composite claim); "sen" = 0.01 MYR
   (chat4); "fifty pee" (spoken "p") = 0.50 GBP; Scottish singular "nine pound
   fifty" = 9.50 GBP (chat5's trailing number); "290p/kg" = 2.90 GBP (chat11's
   "p/kg" denominator).
 * Scale words with South Asian currencies: "Tk" or "taka" with lakh or crore is
   BDT ("Tk 3 lakh" = 300000 BDT, "Tk 2 crore" = 20000000 BDT), not INR; "Rs"/"Rs."
   with lakh or crore in Pakistan or Sri Lanka keeps chat4's rupee tuple.
 * chat13's bare-"$" rule extends to sentences set in Hong Kong (HKD or USD) and
   Fiji (FJD or USD); "US$" stays USD in Zimbabwe.
 * Wedding costs and gifts, lobola cash, lottery jackpots and prizes, prize-bond
   wins, pension pots and payments, livestock and fish prices, fishing permits, fuel
   prices and rises, repair quotes, flying-lesson rates, club fees, fines, insured
   losses, rents, utility tariffs and electricity tokens are ordinary money claims
   (chat8, chat11, chat13).
Durations
 * Spoken composites: "an hour and ten" = 70 minute (chat5's trailing number), "2
   hours and a half" = 2.5 hour (chat13's "1 hour and a half"), "1 hr 20" = 80
   minute (chat12), "8h 42m" = 522 minute (chat8).
 * Sri Lankan and South Asian "since" + amount with a present progressive ("I am
   waiting since 40 minutes") is a duration (chat14's Indian "pending since").
 * A parkrun (a 5 km race) time "21:47" is an mm:ss race time (chat10) = 1307
   second.
 * "35 years' service" is a tenure (chat10's possessive) = 35 year.
 * Fishing, plumbing, wine, flying, diving, music, gardening, cooking, wedding,
   lottery and weather spans are durations: closed seasons, days at sea, soaking nets,
   playing a fish, curing, heating a tank, supply cuts, oak ageing, decanting,
   cellaring, hours for a licence, battery life in the air, soaring, surface
   intervals, album lengths, practice, germination, hardening off, proving,
   simmering, steaming, ceremonies, claim windows, payout terms, heatwaves and
   storm signals.
Quantities
 * chat4's mass "pound" also covers a line's breaking strain ("20lb braid" = 20
   pound) and a fish's weight; Malaysian singular "10 kilo" = 10 kilogram; "°" alone
   after a temperature-like number ("34° out") is chat4's TEMP.
 * "two-thirds of a cup" = 2/3 cup (chat4's US cup), "half a pint" = 0.5 pint
   (chat4's pint tuple), "three-quarters of a litre" = 0.75 liter, "an eighth of an
   acre" = 0.125 acre (chat11/chat12 fractions).
 * "50 by 100 feet" = one claim per number in feet (chat11's "12 m by 8 m" with the
   unit written once, chat10).
 * "12 stone 9" = 177 pound (chat5's "9 stone 4").
 * Bottle sizes ("a 75cl bottle", "a 70cl bottle"), cylinder volumes and fill
   pressures ("200 bar"), harvest caps per hectare, wine output in hectolitres, mesh
   sizes, carapace lengths, quotas, line strengths, tyre pressures and tread, oil
   capacities, torque settings, pipe sizes, boiler pressures, geyser and bag sizes,
   drone masses and height limits, soaring distances, wind speeds, dive depths,
   wetsuit thickness, bike tyre widths, stage distances, amplifier power, tuning
   pitch, jack sizes, plant spacing and depth, compost bags, show vegetables, recipe
   amounts, oven temperatures, rainfall, snow depths, heat records, flat and plot
   areas, generating capacity, focal lengths and tripod loads are quantities.
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


ROWS = [
    # ---- money-fishing
    ('n001', 'money-fishing', 'Canoe fishermen at the Tema landing beach now pay GH₵1,450 for a drum of premix fuel.',
     [('money', 'GH₵1,450', 1450, 'GHS')]),
    ('c002', 'money-fishing', 'a day ticket on the Tweed is £45 per rod, is that steep for salmon',
     [('money', '£45', 45, 'GBP')]),
    ('c003', 'money-fishing', 'Nile perch is going for USh 14,000 a kilo at Kasenyi landing site',
     [('money', 'USh 14,000', 14000, 'UGX')]),
    ('n004', 'money-fishing', "Fiji's longline fleet earned FJ$118 million from tuna exports last year.",
     [('money', 'FJ$118 million', 118000000, 'FJD')]),
    ('c005', 'money-fishing', 'the fishmonger in Ullapool wants 28 quid a kilo for langoustines, daylight robbery',
     [('money', '28 quid', 28, 'GBP')]),
    ('n006', 'money-fishing', 'Lobster fishers in Yarmouth, Nova Scotia, were getting $7.50 a pound at the wharf this week.',
     [('money', '$7.50', 7.5, CAD_US)]),
    # ---- money-car
    ('c007', 'money-car', 'RON95 is still RM2.05 a litre but RON97 went up again',
     [('money', 'RM2.05', 2.05, 'MYR')]),
    ('n008', 'money-car', 'Petrol in Lahore rose by Rs 10.20 to Rs 272.89 a litre on Friday.',
     [('money', 'Rs 10.20', 10.2, RUPEE), ('money', 'Rs 272.89', 272.89, RUPEE)]),
    ('c009', 'money-car', "MOT's capped at £54.85 but the garage in Cardiff does it for £35 with a service",
     [('money', '£54.85', 54.85, 'GBP'), ('money', '£35', 35, 'GBP')]),
    ('n010', 'money-car', "A Dhaka workshop quoted Tk 38,000 to rebuild the CNG auto-rickshaw's engine.",
     [('money', 'Tk 38,000', 38000, 'BDT')]),
    # ---- money-plumbing
    ('c011', 'money-plumbing', "the Kandy plumber's bill for a new tank float came to Rs. 7,500/=",
     [('money', 'Rs. 7,500/=', 7500, RUPEE)]),
    ('n012', 'money-plumbing', 'Replacing the burst trunk main will cost Bulawayo council US$2.3 million.',
     [('money', 'US$2.3 million', 2300000, 'USD')]),
    ('c013', 'money-plumbing', 'the fundi wants 85,000 shillings to fix the leaking pipes, Dar es Salaam is expensive',
     [('money', '85,000 shillings', 85000, 'TZS')]),
    # ---- money-wine
    ('c014', 'money-wine', "that Barolo's €38 a bottle at the enoteca but £62 here",
     [('money', '€38', 38, 'EUR'), ('money', '£62', 62, 'GBP')]),
    ('n015', 'money-wine', 'A case of 1945 Mouton Rothschild sold for HK$4.6 million at a Hong Kong auction.',
     [('money', 'HK$4.6 million', 4600000, 'HKD')]),
    ('c016', 'money-wine', 'a dram of the 18-year-old at the hotel bar in Portree was nine pound fifty',
     [('money', 'nine pound fifty', 9.5, 'GBP')]),
    # ---- money-aviation
    ('n017', 'money-aviation', 'The flying school at Cumbernauld raised its PPL lesson rate to £245 an hour in the PA-28.',
     [('money', '£245', 245, 'GBP')]),
    ('n018', 'money-aviation', 'A gliding club near Toronto now charges $1,150 for a season membership.',
     [('money', '$1,150', 1150, CAD_US)]),
    # ---- money-music
    ('c019', 'money-music', 'picked up a used Tele for 900 ringgit in PJ, mint condition',
     [('money', '900 ringgit', 900, 'MYR')]),
    ('n020', 'money-music', "A Gibson played on the band's first album fetched £1.1m at auction in London.",
     [('money', '£1.1m', 1100000, 'GBP')]),
    # ---- money-lottery
    ('n021', 'money-lottery', 'The Powerball jackpot has climbed to $1.2bn after no ticket matched all six numbers.',
     [('money', '$1.2bn', 1200000000, 'USD')]),
    ('c022', 'money-lottery', 'did anyone win the 50/50 at the Oilers game in Edmonton? pot was over $2 million',
     [('money', '$2 million', 2000000, CAD_US)]),
    ('n023', 'money-lottery', 'A Bangladeshi driver in Dubai won Dh 1 million in the Big Ticket draw.',
     [('money', 'Dh 1 million', 1000000, 'AED')]),
    ('c024', 'money-lottery', 'won GH₵500 on the NLA 5/90 draw, first time ever',
     [('money', 'GH₵500', 500, 'GHS')]),
    ('n025', 'money-lottery', 'Ithuba said the Lotto Plus jackpot of R45 million was still unclaimed.',
     [('money', 'R45 million', 45000000, 'ZAR')]),
    ('n026', 'money-lottery', 'A rickshaw driver in Lahore won Rs 1.2 crore in the prize bond draw.',
     [('money', 'Rs 1.2 crore', 12000000, RUPEE)]),
    # ---- money-pension
    ('n027', 'money-pension', 'SSNIT will raise the minimum monthly pension in Ghana to GH₵300 in January.',
     [('money', 'GH₵300', 300, 'GHS')]),
    ('c028', 'money-pension', 'can i withdraw my EPF at 50? i have about RM180k in Akaun 2',
     [('money', 'RM180k', 180000, 'MYR')]),
    ('n029', 'money-pension', "Uganda's NSSF declared 11.5% interest on members' savings of USh 20 trillion.",
     [('money', 'USh 20 trillion', 20000000000000, 'UGX')]),
    # ---- money-wedding
    ('n030', 'money-wedding', 'Wedding venues in the Cotswolds now charge up to £14,500 for a Saturday.',
     [('money', '£14,500', 14500, 'GBP')]),
    ('c031', 'money-wedding', 'Tk 3 lakh for the holud decorations is insane, na?',
     [('money', 'Tk 3 lakh', 300000, 'BDT')]),
    ('c032', 'money-wedding', "my cousin's lobola in Soweto was 11 cows plus R15 000 cash",
     [('money', 'R15 000', 15000, 'ZAR')]),
    # ---- money-livestock
    ('n033', 'money-livestock', 'Weaner steers at the Marondera sale fetched US$2.85 a kilo liveweight.',
     [('money', 'US$2.85', 2.85, 'USD')]),
    ('c034', 'money-livestock', 'lambs at Welshpool market were making 290p/kg on Monday, tidy',
     [('money', '290p', 2.9, 'GBP')]),
    ('n035', 'money-livestock', 'Goat prices at the Pugu market in Dar es Salaam doubled to TSh 250,000 before Eid.',
     [('money', 'TSh 250,000', 250000, 'TZS')]),
    ('n036', 'money-livestock', 'An Aberdeen-Angus bull made 52,000 guineas at the Perth Bull Sales.',
     [('money', '52,000 guineas', 54600, 'GBP')]),
    # ---- money-rent
    ('c037', 'money-rent', 'rent for a 2-bed in Sham Shui Po is $18,000 a month, normal for Hong Kong?',
     [('money', '$18,000', 18000, HKD_US)]),
    ('n038', 'money-rent', 'Rents for a three-bedroom house in Kololo, Kampala, have reached UGX 3.5m a month.',
     [('money', 'UGX 3.5m', 3500000, 'UGX')]),
    ('n039', 'money-rent', "Edinburgh's average rent hit £1,430 a month, the highest in Scotland.",
     [('money', '£1,430', 1430, 'GBP')]),
    ('c040', 'money-rent', 'my 4½ in Montréal is 1 450 $ a month, heating included',
     [('money', '1 450 $', 1450, CAD_US)]),
    # ---- money-legal
    ('n041', 'money-legal', 'A sheriff in Glasgow fined the skipper £7,500 for landing undersized cod.',
     [('money', '£7,500', 7500, 'GBP')]),
    ('n042', 'money-legal', 'Bangladesh Bank fined the lender Tk 2 crore for breaching foreign exchange rules.',
     [('money', 'Tk 2 crore', 20000000, 'BDT')]),
    ('n043', 'money-legal', "A Malaysian court fined the trawler's captain RM1.2 million for encroachment.",
     [('money', 'RM1.2 million', 1200000, 'MYR')]),
    # ---- money-insurance
    ('n044', 'money-insurance', 'Insurers expect claims from the Hong Kong rainstorm to exceed HK$1bn.',
     [('money', 'HK$1bn', 1000000000, 'HKD')]),
    # ---- money-energy
    ('c045', 'money-energy', 'ZESA tokens: US$20 got me 180 units, used to be more',
     [('money', 'US$20', 20, 'USD')]),
    ('n046', 'money-energy', 'Households in Sri Lanka will pay Rs. 36 per unit after the tariff cut.',
     [('money', 'Rs. 36', 36, RUPEE)]),
    # ---- money-regional
    ('c047', 'money-regional', "it's only fifty pee for the trolley at the Tesco in Inverness",
     [('money', 'fifty pee', 0.5, 'GBP')]),
    ('c048', 'money-regional', 'trotro from Madina to Circle is 8 cedis 50 pesewas now',
     [('money', '8 cedis 50 pesewas', 8.5, 'GHS')]),
    ('n049', 'money-regional', 'Bus fares in Apia will rise to 2 tala from Monday.',
     [('money', '2 tala', 2, 'WST')]),
    ('c050', 'money-regional', "paid 20 $ for parking in Old Montreal, c'est ridicule",
     [('money', '20 $', 20, CAD_US)]),
    ('c051', 'money-regional', 'the poutine in Québec City was 12,50 $ with tax',
     [('money', '12,50 $', 12.5, CAD_US)]),
    ('c052', 'money-regional', 'matooke is shs 12,000 a bunch in Nakasero market, Kampala prices are crazy',
     [('money', 'shs 12,000', 12000, 'UGX')]),
    ('c053', 'money-regional', 'a teh tarik at the mamak is RM2.80, used to be 90 sen',
     [('money', 'RM2.80', 2.8, 'MYR'), ('money', '90 sen', 0.9, 'MYR')]),
    ('n054', 'money-regional', 'Kombi operators in Harare have raised the fare into town to ZiG 15.',
     [('money', 'ZiG 15', 15, 'ZWG')]),
    ('c055', 'money-regional', 'a heap of dalo at the Suva market is $5, bargain',
     [('money', '$5', 5, FJD_US)]),
    # ---- money-range
    ('c056', 'money-range', 'a decent fly rod is anywhere between £150 and £400',
     [('money', '£150 and £400', (150, 400), 'GBP')]),
    ('n057', 'money-range', 'High-grown teas sold for Rs. 1,400–1,650 a kilo at the Colombo auction.',
     [('money', 'Rs. 1,400–1,650', (1400, 1650), RUPEE)]),
    ('c058', 'money-range', 'the cattle dip in Masvingo costs 80 cents to a dollar a head',
     [('money', '80 cents to a dollar', (0.8, 1.0), 'USD')]),
    ('c059', 'money-range', 'in Kampala a boda from Ntinda to town is 5,000 to 7,000 shillings depending on the guy',
     [('money', '5,000 to 7,000 shillings', (5000, 7000), 'UGX')]),
    ('n060', 'money-range', 'Hilsa sold for Tk 1,200 to Tk 1,600 a kilo at the Chandpur fish market.',
     [('money', 'Tk 1,200 to Tk 1,600', (1200, 1600), 'BDT')]),
    ('n061', 'money-range', 'Wedding guests in Suva typically give FJ$50 to FJ$100 in an envelope.',
     [('money', 'FJ$50 to FJ$100', (50, 100), 'FJD')]),
    # ---- money-bound
    ('c062', 'money-bound', "the mechanic said it'll be the wrong side of £600 for the clutch",
     [('money', '£600', 600, 'GBP')]),
    ('c063', 'money-bound', 'new wetsuit was a smidge under 300 bucks in Cairns',
     [('money', '300 bucks', 300, AUD_US)]),
    ('n064', 'money-bound', 'Repairs to the Peterhead breakwater could top £20m, the harbour board said.',
     [('money', '£20m', 20000000, 'GBP')]),
    ('c065', 'money-bound', 'a bottle of Grange is touching $900 in Adelaide now',
     [('money', '$900', 900, AUD_US)]),
    # ---- dur-fishing
    ('n066', 'dur-fishing', "Ghana's industrial trawlers must stay in port for two months during the closed season.",
     [('duration', 'two months', 2, 'month')]),
    ('n067', 'dur-fishing', 'The Mallaig prawn boat returned after 9 days at sea with a record catch.',
     [('duration', '9 days', 9, 'day')]),
    ('c068', 'dur-fishing', 'leave the gill nets to soak for 6 hrs then haul them',
     [('duration', '6 hrs', 6, 'hour')]),
    ('n069', 'dur-fishing', "Sri Lanka's multi-day boats may now stay out for 45 days per trip.",
     [('duration', '45 days', 45, 'day')]),
    ('c070', 'dur-fishing', 'played the salmon for forty-five minutes before it threw the hook',
     [('duration', 'forty-five minutes', 45, 'minute')]),
    # ---- dur-car
    ('c071', 'dur-car', 'the MOT takes about 45 mins, wait in the café',
     [('duration', '45 mins', 45, 'minute')]),
    ('n072', 'dur-car', 'Motorists in Karachi queued for up to five hours as CNG stations reopened.',
     [('duration', 'five hours', 5, 'hour')]),
    ('c073', 'dur-car', 'the fast charger in Ipoh took 1 hr 20 to fill the EV',
     [('duration', '1 hr 20', 80, 'minute')]),
    # ---- dur-plumbing
    ('c074', 'dur-plumbing', 'let the silicone cure 24 hours before anyone showers',
     [('duration', '24 hours', 24, 'hour')]),
    ('n075', 'dur-plumbing', "Residents of Harare's eastern suburbs have gone without tap water for three weeks.",
     [('duration', 'three weeks', 3, 'week')]),
    ('c076', 'dur-plumbing', 'the immersion needs a solid 2 hours to heat the tank',
     [('duration', '2 hours', 2, 'hour')]),
    # ---- dur-wine
    ('n077', 'dur-wine', 'The reserve is aged for 18 months in French oak before bottling.',
     [('duration', '18 months', 18, 'month')]),
    ('c078', 'dur-wine', 'decant the Rioja for an hour before dinner',
     [('duration', 'an hour', 1, 'hour')]),
    ('c079', 'dur-wine', 'this Barolo wants another 10 to 15 years in the cellar',
     [('duration', '10 to 15 years', (10, 15), 'year')]),
    # ---- dur-aviation
    ('c080', 'dur-aviation', 'you need 45 hours minimum for the PPL, most people take 60',
     [('duration', '45 hours', 45, 'hour')]),
    ('n081', 'dur-aviation', "DJI says the Mini 4 Pro's battery gives about 34 minutes in the air.",
     [('duration', '34 minutes', 34, 'minute')]),
    ('n082', 'dur-aviation', 'A Welsh glider pilot stayed aloft for 9 hours 17 minutes above the Long Mynd.',
     [('duration', '9 hours 17 minutes', 557, 'minute')]),
    ('c083', 'dur-aviation', 'went solo after 14 hrs of dual, instructor was chuffed',
     [('duration', '14 hrs', 14, 'hour')]),
    # ---- dur-diving
    ('c084', 'dur-diving', 'surface interval was an hour and ten, then we dropped in again',
     [('duration', 'an hour and ten', 70, 'minute')]),
    ('n085', 'dur-diving', 'Two cave divers were brought out alive after 60 hours in an air pocket.',
     [('duration', '60 hours', 60, 'hour')]),
    # ---- dur-sport
    ('c086', 'dur-sport', 'did the Étape in 8h 42m, legs are gone',
     [('duration', '8h 42m', 522, 'minute')]),
    ('n087', 'dur-sport', "The men's race at the Kampala City marathon was won in 2:11:08 by a local policeman.",
     [('duration', '2:11:08', 7868, 'second')]),
    ('c088', 'dur-sport', 'coach wants zone 2 rides for 90 minutes twice a week',
     [('duration', '90 minutes', 90, 'minute')]),
    ('c089', 'dur-sport', 'my parkrun PB is 21:47, chuffed',
     [('duration', '21:47', 1307, 'second')]),
    # ---- dur-music
    ('n090', 'dur-music', "The band's comeback album runs just 38 minutes.",
     [('duration', '38 minutes', 38, 'minute')]),
    ('c091', 'dur-music', 'practise scales for 20 mins a day before grade 6',
     [('duration', '20 mins', 20, 'minute')]),
    ('n092', 'dur-music', "The orchestra's performance of the symphony lasted 1 hour 25 minutes.",
     [('duration', '1 hour 25 minutes', 85, 'minute')]),
    # ---- dur-garden
    ('c093', 'dur-garden', 'chillies take 7-14 days to germinate on a heat mat',
     [('duration', '7-14 days', (7, 14), 'day')]),
    ('c094', 'dur-garden', 'harden them off for a fortnight before planting out',
     [('duration', 'fortnight', 2, 'week')]),
    ('c095', 'dur-garden', 'water the tomatoes for a good 10 minutes every evening',
     [('duration', '10 minutes', 10, 'minute')]),
    # ---- dur-cooking
    ('c096', 'dur-cooking', 'the bara brith dough wants an hour and a bit to rise',
     [('duration', 'an hour', 1, 'hour')]),
    ('c097', 'dur-cooking', 'simmer the mince for 1½ hrs, then the tatties go on',
     [('duration', '1½ hrs', 1.5, 'hour')]),
    ('c098', 'dur-cooking', 'steam the Christmas pudding for 6 hours and keep topping up the water',
     [('duration', '6 hours', 6, 'hour')]),
    # ---- dur-legal
    ('n099', 'dur-legal', 'Ticket holders have 180 days to come forward before an unclaimed prize goes to good causes.',
     [('duration', '180 days', 180, 'day')]),
    ('n100', 'dur-legal', "Council staff retiring after 35 years' service get a bigger lump sum.",
     [('duration', "35 years' service", 35, 'year')]),
    ('n101', 'dur-legal', 'The skipper was barred from fishing for six months and given 28 days to pay.',
     [('duration', 'six months', 6, 'month'), ('duration', '28 days', 28, 'day')]),
    # ---- dur-wedding
    ('c102', 'dur-wedding', 'the mehndi went on for like 5 hours, my feet',
     [('duration', '5 hours', 5, 'hour')]),
    ('n103', 'dur-wedding', 'Celebrations for the royal wedding in Nukuʻalofa will last a week.',
     [('duration', 'a week', 1, 'week')]),
    ('c104', 'dur-wedding', 'the church service was only 40 minutes but the photos took 2 hours',
     [('duration', '40 minutes', 40, 'minute'), ('duration', '2 hours', 2, 'hour')]),
    # ---- dur-regional
    ('c105', 'dur-regional', "it's a wee 20 minutes up the road to the chippy",
     [('duration', '20 minutes', 20, 'minute')]),
    ('c106', 'dur-regional', 'the drive to Tadoussac is 3 h 15, we leave at 8 h',
     [('duration', '3 h 15', 195, 'minute')]),
    ('c107', 'dur-regional', 'KL to Kota Kinabalu is 2 hours 40 minutes, not bad lah',
     [('duration', '2 hours 40 minutes', 160, 'minute')]),
    ('c108', 'dur-regional', 'the Star Ferry across to Tsim Sha Tsui is like 9 mins',
     [('duration', '9 mins', 9, 'minute')]),
    ('c109', 'dur-regional', 'STC from Accra to Kumasi was 5 and a half hours, the Nkawkaw stretch is terrible',
     [('duration', '5 and a half hours', 5.5, 'hour')]),
    ('c110', 'dur-regional', 'I am waiting since 40 minutes at the Pettah bus stand',
     [('duration', '40 minutes', 40, 'minute')]),
    ('c111', 'dur-regional', 'the boat from Lautoka out to the Yasawas takes about four and a half hours',
     [('duration', 'four and a half hours', 4.5, 'hour')]),
    ('c112', 'dur-regional', 'load-shedding in our part of Lahore is 6 hrs a day',
     [('duration', '6 hrs', 6, 'hour')]),
    # ---- dur-range
    ('c113', 'dur-range', 'gonna be 45 minutes to an hour, the Entebbe road is jammed',
     [('duration', '45 minutes to an hour', (45, 60), 'minute')]),
    ('n114', 'dur-range', "Engineers say rehabilitating the Kariba dam's plunge pool will need 18 to 24 months.",
     [('duration', '18 to 24 months', (18, 24), 'month')]),
    ('c115', 'dur-range', 'the oil change is 20–30 min, grab a coffee in the lounge',
     [('duration', '20–30 min', (20, 30), 'minute')]),
    ('c116', 'dur-range', 'jet lag from Toronto to Hong Kong takes me 3 or 4 days to shake',
     [('duration', '3 or 4 days', (3, 4), 'day')]),
    # ---- dur-bound
    ('c117', 'dur-bound', 'the walk up Pen y Fan took us knocking on 3 hours',
     [('duration', '3 hours', 3, 'hour')]),
    ('c118', 'dur-bound', 'the Sunday roast took easily two hours, worth it',
     [('duration', 'two hours', 2, 'hour')]),
    ('n119', 'dur-bound', "Coastguard crews combed the Minch for upwards of 72 hours before finding the trawler's liferaft.",
     [('duration', '72 hours', 72, 'hour')]),
    ('c120', 'dur-bound', 'brew the tea no longer than 3 minutes or it goes bitter',
     [('duration', '3 minutes', 3, 'minute')]),
    ('n121', 'dur-bound', 'The ferry crossing to Orkney took just shy of 90 minutes in the swell.',
     [('duration', '90 minutes', 90, 'minute')]),
    # ---- dur-photo
    ('c122', 'dur-photo', "the photo shoot's booked for a 3-hour slot at the botanic gardens",
     [('duration', '3-hour', 3, 'hour')]),
    ('c123', 'dur-photo', 'a 20-second exposure should catch the aurora over Glen Coe',
     [('duration', '20-second', 20, 'second')]),
    # ---- dur-weather
    ('n124', 'dur-weather', 'The heatwave in Sindh has now lasted 11 days.',
     [('duration', '11 days', 11, 'day')]),
    ('n125', 'dur-weather', 'The Hong Kong Observatory kept the No. 8 signal in force for 14 hours.',
     [('duration', '14 hours', 14, 'hour')]),
    # ---- qty-fishing
    ('n126', 'qty-fishing', 'An angler from Balloch landed a 23 lb pike on Loch Lomond on Saturday.',
     [('quantity', '23 lb', 23, 'pound')]),
    ('c127', 'qty-fishing', 'caught a 30-pounder off the rocks at Hout Bay this morning',
     [('quantity', '30-pounder', 30, 'pound')]),
    ('n128', 'qty-fishing', 'The trawler was fined for using nets with a mesh smaller than 110 mm.',
     [('quantity', '110 mm', 110, 'millimeter')]),
    ('n129', 'qty-fishing', 'Scottish boats can land 195,000 tonnes of mackerel next year under the new quota.',
     [('quantity', '195,000 tonnes', 195000, 'tonne')]),
    ('c130', 'qty-fishing', 'spooling 20lb braid on the spinning reel, enough for kob?',
     [('quantity', '20lb', 20, 'pound')]),
    ('n131', 'qty-fishing', 'A Fijian angler landed a 48 kg yellowfin tuna off Beqa.',
     [('quantity', '48 kg', 48, 'kilogram')]),
    ('c132', 'qty-fishing', 'lobsters need at least 82.5 mm of carapace to keep in Nova Scotia',
     [('quantity', '82.5 mm', 82.5, 'millimeter')]),
    # ---- qty-car
    ('c133', 'qty-car', 'tyre pressure for the Axia is 33 psi at the front?',
     [('quantity', '33 psi', 33, 'psi')]),
    ('c134', 'qty-car', 'tread on the back tyres is down to 1.8 mm, do i need new ones',
     [('quantity', '1.8 mm', 1.8, 'millimeter')]),
    ('c135', 'qty-car', 'the Corolla takes 4.2 litres of 0W-20',
     [('quantity', '4.2 litres', 4.2, 'liter')]),
    ('n136', 'qty-car', 'The new Proton gets a 1.5-litre turbo engine producing 177 horsepower.',
     [('quantity', '1.5-litre', 1.5, 'liter'), ('quantity', '177 horsepower', 177, 'horsepower')]),
    ('c137', 'qty-car', "the Saga's wheel nuts go to 110 Nm, the tyre shop overtightened them",
     [('quantity', '110 Nm', 110, 'newton*meter')]),
    # ---- qty-plumbing
    ('c138', 'qty-plumbing', 'do i use 15mm or 22mm pipe for the run to the bathroom sink',
     [('quantity', '15mm', 15, 'millimeter'), ('quantity', '22mm', 22, 'millimeter')]),
    ('c139', 'qty-plumbing', 'boiler pressure keeps dropping to 0.5 bar, should be 1.5',
     [('quantity', '0.5 bar', 0.5, 'bar')]),
    ('c140', 'qty-plumbing', "we're putting a 150-litre geyser in the flat in Gweru",
     [('quantity', '150-litre', 150, 'liter')]),
    ('c141', 'qty-plumbing', 'need a ½-inch elbow for the garden tap',
     [('quantity', '½-inch', 0.5, 'inch')]),
    ('n142', 'qty-plumbing', 'The new main will carry 40 million litres of water a day to eastern Colombo.',
     [('quantity', '40 million litres', 40000000, 'liter')]),
    # ---- qty-wine
    ('c143', 'qty-wine', 'will one 75cl bottle of fizz do four glasses for the toast',
     [('quantity', '75cl', 75, 'centiliter')]),
    ('n144', 'qty-wine', 'Champagne growers may pick no more than 10,000 kg of grapes per hectare this year.',
     [('quantity', '10,000 kg', 10000, 'kilogram')]),
    ('n145', 'qty-wine', "Bordeaux's output fell to 3.5 million hectolitres, the smallest in decades.",
     [('quantity', '3.5 million hectolitres', 3500000, 'hectoliter')]),
    # ---- qty-aviation
    ('n146', 'qty-aviation', 'Drones under 250 g will no longer need registering in Malaysia, the regulator said.',
     [('quantity', '250 g', 250, 'gram')]),
    ('n147', 'qty-aviation', 'Recreational drones must stay below 120 m above ground level.',
     [('quantity', '120 m', 120, 'meter')]),
    ('c148', 'qty-aviation', 'wind is 240 at 12 knots, bit of a crosswind on runway 27',
     [('quantity', '12 knots', 12, 'knot')]),
    ('n149', 'qty-aviation', 'The glider flew a 1,000 km triangle from its airfield in South Australia.',
     [('quantity', '1,000 km', 1000, 'kilometer')]),
    # ---- qty-diving
    ('c150', 'qty-diving', 'fill the 12-litre cylinder to 200 bar please',
     [('quantity', '12-litre', 12, 'liter'), ('quantity', '200 bar', 200, 'bar')]),
    ('c151', 'qty-diving', 'max depth on Nitrox 32 is about 33 m',
     [('quantity', '33 m', 33, 'meter')]),
    ('c152', 'qty-diving', "water's 28°C at Moalboal, a 3mm shorty is plenty",
     [('quantity', '28°C', 28, 'degree_Celsius'), ('quantity', '3mm', 3, 'millimeter')]),
    # ---- qty-sport
    ('c153', 'qty-sport', 'should i run 28 mm tyres at 70 psi on the cobbles',
     [('quantity', '28 mm', 28, 'millimeter'), ('quantity', '70 psi', 70, 'psi')]),
    ('n154', 'qty-sport', 'The Tour of Oman stage covered 167 km with a summit finish.',
     [('quantity', '167 km', 167, 'kilometer')]),
    # ---- qty-music
    ('c155', 'qty-music', 'a 100-watt head through a 4x12 is way too loud for the pub',
     [('quantity', '100-watt', 100, 'watt')]),
    ('c156', 'qty-music', 'tune to 432 Hz or 440?',
     [('quantity', '432 Hz', 432, 'hertz')]),
    ('c157', 'qty-music', 'need a 3.5 mm to 1/4-inch adapter for the headphones',
     [('quantity', '3.5 mm', 3.5, 'millimeter'), ('quantity', '1/4-inch', 0.25, 'inch')]),
    # ---- qty-garden
    ('c158', 'qty-garden', 'plant the garlic 15 cm apart and 4 cm deep',
     [('quantity', '15 cm', 15, 'centimeter'), ('quantity', '4 cm', 4, 'centimeter')]),
    ('c159', 'qty-garden', 'two 60-litre bags of compost will do the raised bed',
     [('quantity', '60-litre', 60, 'liter')]),
    ('n160', 'qty-garden', 'The allotment society has 120 plots of 250 square metres each.',
     [('quantity', '250 square metres', 250, 'meter**2')]),
    ('n161', 'qty-garden', "A Cornish grower's 612 kg pumpkin took the top prize at the county show.",
     [('quantity', '612 kg', 612, 'kilogram')]),
    # ---- qty-cooking
    ('c162', 'qty-cooking', 'rub 225 g of butter into 450 g of plain flour',
     [('quantity', '225 g', 225, 'gram'), ('quantity', '450 g', 450, 'gram')]),
    ('c163', 'qty-cooking', 'add 150 ml double cream and two-thirds of a cup of sugar',
     [('quantity', '150 ml', 150, 'milliliter'),
      ('quantity', 'two-thirds of a cup', 2 / 3, 'cup')]),
    ('c164', 'qty-cooking', 'bake the scones at 220°C, or 200°C fan',
     [('quantity', '220°C', 220, 'degree_Celsius'),
      ('quantity', '200°C fan', 200, 'degree_Celsius')]),
    ('c165', 'qty-cooking', 'a pound of mince and half a pint of stock for the stovies',
     [('quantity', 'a pound', 1, 'pound'), ('quantity', 'half a pint', 0.5, PINT)]),
    ('c166', 'qty-cooking', 'pour in three-quarters of a litre of chicken stock',
     [('quantity', 'three-quarters of a litre', 0.75, 'liter')]),
    # ---- qty-weather
    ('n167', 'qty-weather', 'Jacobabad recorded 51°C on Monday, the hottest day of the year.',
     [('quantity', '51°C', 51, 'degree_Celsius')]),
    ('n168', 'qty-weather', 'The cyclone brought gusts of 240 km/h to Vanua Levu.',
     [('quantity', '240 km/h', 240, 'kilometer/hour')]),
    ('c169', 'qty-weather', "it's 34° out and the aircon's broken",
     [('quantity', '34°', 34, TEMP)]),
    # ---- qty-property
    ('n170', 'qty-property', "Hong Kong's smallest new flats measure just 180 square feet.",
     [('quantity', '180 square feet', 180, 'square_foot')]),
    ('c171', 'qty-property', 'the plot in Entebbe is 50 by 100 feet, about an eighth of an acre',
     [('quantity', '50', 50, 'foot'), ('quantity', '100 feet', 100, 'foot'),
      ('quantity', 'an eighth of an acre', 0.125, 'acre')]),
    ('n172', 'qty-property', 'The developer plans 1,200 homes on 85 hectares outside Kuala Lumpur.',
     [('quantity', '85 hectares', 85, 'hectare')]),
    # ---- qty-energy
    ('c173', 'qty-energy', 'a 5 kW solar system for a house in Lahore, how many panels is that',
     [('quantity', '5 kW', 5, 'kilowatt')]),
    ('n174', 'qty-energy', "The Rooppur nuclear plant's two units will give Bangladesh 2,400 MW.",
     [('quantity', '2,400 MW', 2400, 'megawatt')]),
    # ---- qty-photo
    ('c175', 'qty-photo', 'rent me the 70-200mm for the wedding on Saturday',
     [('quantity', '70-200mm', (70, 200), 'millimeter')]),
    ('c176', 'qty-photo', "the tripod's rated for 8 kg, enough for the 600mm?",
     [('quantity', '8 kg', 8, 'kilogram'), ('quantity', '600mm', 600, 'millimeter')]),
    # ---- qty-range
    ('n177', 'qty-range', 'Sea bass off the Gower are running 2 to 3 kilos this season, charter skippers say.',
     [('quantity', '2 to 3 kilos', (2, 3), 'kilogram')]),
    ('n178', 'qty-range', 'The Met Office expects 30–50 cm of snow on high ground in the Brecon Beacons.',
     [('quantity', '30–50 cm', (30, 50), 'centimeter')]),
    ('c179', 'qty-range', 'a brown trout between 900 g and 1.2 kg is a good fish on the Usk',
     [('quantity', '900 g and 1.2 kg', (0.9, 1.2), 'kilogram')]),
    # ---- qty-bound
    ('c180', 'qty-bound', 'the sack of tatties was bang on 25 kilos',
     [('quantity', '25 kilos', 25, 'kilogram')]),
    ('n181', 'qty-bound', 'The ship was carrying north of 9,000 tonnes of rice to Chittagong.',
     [('quantity', '9,000 tonnes', 9000, 'tonne')]),
    ('c182', 'qty-bound', "my bag's a hair over 20 kilos for the Fiji Airways flight",
     [('quantity', '20 kilos', 20, 'kilogram')]),
    # ---- qty-regional
    ('c183', 'qty-regional', 'the scales at the gym in Dundee say 12 stone 9, och',
     [('quantity', '12 stone 9', 177, 'pound')]),
    ('c184', 'qty-regional', 'the bag of rice from the kedai is 10 kilo only',
     [('quantity', '10 kilo', 10, 'kilogram')]),
    ('c185', 'qty-regional', 'the propane tank for the chalet near Sherbrooke holds 9,1 kg',
     [('quantity', '9,1 kg', 9.1, 'kilogram')]),
    # ---- mixed
    ('c186', 'mixed', 'Stornoway scallops are 26 quid for a kilo at the pier, worth every penny',
     [('money', '26 quid', 26, 'GBP'), ('quantity', 'a kilo', 1, 'kilogram')]),
    ('n187', 'mixed', 'A 700 kg Sahiwal bull sold for Rs 6.5 lakh at the Karachi cattle market ahead of Eid.',
     [('quantity', '700 kg', 700, 'kilogram'), ('money', 'Rs 6.5 lakh', 650000, RUPEE)]),
    ('c188', 'mixed', 'a 70cl bottle of Talisker in Portree is pushing fifty quid',
     [('quantity', '70cl', 70, 'centiliter'), ('money', 'fifty quid', 50, 'GBP')]),
    ('c189', 'mixed', 'do a 3-minute safety stop at 5 metres on every dive',
     [('duration', '3-minute', 3, 'minute'), ('quantity', '5 metres', 5, 'meter')]),
    ('c190', 'mixed', 'Dhaka traffic, 2 hours and a half to go 8 km',
     [('duration', '2 hours and a half', 2.5, 'hour'), ('quantity', '8 km', 8, 'kilometer')]),
    ('n191', 'mixed', 'Sylhet received 290 mm of rain in 24 hours, flooding 200 villages.',
     [('quantity', '290 mm', 290, 'millimeter'), ('duration', '24 hours', 24, 'hour')]),
    ('c192', 'mixed', 'a 280 sq ft flat in Tai Kok Tsui for HK$3.2m, who buys these',
     [('quantity', '280 sq ft', 280, 'square_foot'), ('money', 'HK$3.2m', 3200000, 'HKD')]),
    ('n193', 'mixed', 'The Set for Life prize pays £10,000 a month for 30 years.',
     [('money', '£10,000', 10000, 'GBP'), ('duration', '30 years', 30, 'year')]),
    ('c194', 'mixed', 'the mechanic in Suva charged FJ$320 and kept the car 3 days',
     [('money', 'FJ$320', 320, 'FJD'), ('duration', '3 days', 3, 'day')]),
    ('c195', 'mixed', 'Tioman dive package is RM350 for two dives, 45 minutes each, max 18 m',
     [('money', 'RM350', 350, 'MYR'), ('duration', '45 minutes', 45, 'minute'),
      ('quantity', '18 m', 18, 'meter')]),
    ('n196', 'mixed', 'The carmaker guarantees the battery for 8 years or 160,000 km.',
     [('duration', '8 years', 8, 'year'), ('quantity', '160,000 km', 160000, 'kilometer')]),
    ('c197', 'mixed', 'put 38 litres of diesel in for Rs 11,400 at the pump in Karachi',
     [('quantity', '38 litres', 38, 'liter'), ('money', 'Rs 11,400', 11400, RUPEE)]),
    ('n198', 'mixed', 'A 1.2 kg lobster sold for $1,850 at a seafood restaurant in Hong Kong.',
     [('quantity', '1.2 kg', 1.2, 'kilogram'), ('money', '$1,850', 1850, HKD_US)]),
    ('n199', 'mixed', 'The Tweed salmon weighed 18 lb and took 25 minutes to land, the ghillie said.',
     [('quantity', '18 lb', 18, 'pound'), ('duration', '25 minutes', 25, 'minute')]),
    ('c200', 'mixed', 'paid £380 for a 6-hour boat charter out of Oban',
     [('money', '£380', 380, 'GBP'), ('duration', '6-hour', 6, 'hour')]),
    ('c201', 'mixed', 'for the loaf: 500 g strong flour, 7 g yeast, prove 90 min',
     [('quantity', '500 g', 500, 'gram'), ('quantity', '7 g', 7, 'gram'),
      ('duration', '90 min', 90, 'minute')]),
    ('n202', 'mixed', 'The Ugandan rider covered 180 km in 4 hours 52 minutes to win the stage.',
     [('quantity', '180 km', 180, 'kilometer'),
      ('duration', '4 hours 52 minutes', 292, 'minute')]),
    ('c203', 'mixed', 'the Cessna 152 burns about 22 litres an hour and avgas is £2.40 a litre',
     [('quantity', '22 litres', 22, 'liter'), ('money', '£2.40', 2.4, 'GBP')]),
    ('n204', 'mixed', 'Organisers cut the Hong Kong marathon to 30 km and delayed the start by 45 minutes because of the heat.',
     [('quantity', '30 km', 30, 'kilometer'), ('duration', '45 minutes', 45, 'minute')]),
    ('n205', 'mixed', 'The hill-country train from Kandy to Ella covers about 150 km in 7 hours.',
     [('quantity', '150 km', 150, 'kilometer'), ('duration', '7 hours', 7, 'hour')]),
    ('c206', 'mixed', 'roast the lamb at 200°C for 20 minutes per 500 g',
     [('quantity', '200°C', 200, 'degree_Celsius'), ('duration', '20 minutes', 20, 'minute')]),
    ('n207', 'mixed', 'Tobacco growers in Zimbabwe delivered 12 million kg in the opening week, earning US$3.20 a kilo on average.',
     [('quantity', '12 million kg', 12000000, 'kilogram'), ('money', 'US$3.20', 3.2, 'USD')]),
    ('c208', 'mixed', "i'm 58 with £86k in the pension pot, is retiring in 2 years daft?",
     [('money', '£86k', 86000, 'GBP'), ('duration', '2 years', 2, 'year')]),
    ('n209', 'mixed', 'Operators on Loch Ness sell a 4-hour kayak tour for £65 that covers 12 km.',
     [('duration', '4-hour', 4, 'hour'), ('money', '£65', 65, 'GBP'),
      ('quantity', '12 km', 12, 'kilometer')]),
    ('n210', 'mixed', 'A 60-tonne crane took three days to lift the new turbine into place at Kariba.',
     [('quantity', '60-tonne', 60, 'tonne'), ('duration', 'three days', 3, 'day')]),
    # ---- money-neg
    ('n211', 'money-neg', 'Rand Paul said he would not seek the nomination.',
     []),
    ('n212', 'money-neg', 'Nickelback announced a stadium tour of Canada for the autumn.',
     []),
    ('n213', 'money-neg', 'Cedi Osman scored 18 points as the Spurs beat the Jazz.',
     []),
    ('c214', 'money-neg', 'i need 500 rupees for the Mirror Shield in Zelda',
     []),
    ('c215', 'money-neg', "he's as silly as a two-bob watch, that one",
     []),
    ('n216', 'money-neg', 'A penny-farthing race drew 40 riders to Knutsford on Sunday.',
     []),
    ('c217', 'money-neg', "is the Penny Black in grandad's album real?",
     []),
    ('n218', 'money-neg', 'Poundstretcher will close 20 stores across Wales.',
     []),
    ('c219', 'money-neg', 'we had a grand cru Chablis with the fish at the wedding',
     []),
    ('c220', 'money-neg', 'the Lotto 6/49 draw is tonight, want me to grab a ticket',
     []),
    ('n221', 'money-neg', 'Million Dollar Quartet opens at the Edinburgh Playhouse in March.',
     []),
    ('c222', 'money-neg', "she hasn't a penny to her name, poor girl",
     []),
    ('c223', 'money-neg', 'Dollarama has the party stuff for cheap',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', 'water will be off 9 to 4 tomorrow for the mains repair',
     []),
    ('c225', 'dur-neg', "we're meeting at 18 h at the Old Port",
     []),
    ('c226', 'dur-neg', "the landing gets hoovered now in a minute, Mam, don't fuss",
     []),
    ('c227', 'dur-neg', "I'm busy the now, I'll phone you back",
     []),
    ('n228', 'dur-neg', 'Toyota won the 24 Hours of Le Mans for a fifth straight year.',
     []),
    ('c229', 'dur-neg', 'the 2019 vintage is drinking well already',
     []),
    ('c230', 'dur-neg', 'the calf is 3 days old and not drinking from the bucket',
     []),
    ('n231', 'dur-neg', 'Pakistan reached 287 for 6 in their 50 overs against Sri Lanka.',
     []),
    ('c232', 'dur-neg', "she's in P6 at the primary in Stirling",
     []),
    ('n233', 'dur-neg', 'The Observatory issued the Black Rainstorm Signal at 4:20 am.',
     []),
    ('c234', 'dur-neg', "it's Fiji time, bro, the boat leaves when it leaves",
     []),
    ('c235', 'dur-neg', 'is The 12 Days of Christmas the one with the geese',
     []),
    ('c236', 'dur-neg', 'the JSS 2 pupils in Tamale write their exams after Easter',
     []),
    # ---- qty-neg
    ('c237', 'qty-neg', 'use a size 6 hook for the brownies on the burn',
     []),
    ('c238', 'qty-neg', '5W-30 or 10W-40 for an old Corolla?',
     []),
    ('c239', 'qty-neg', 'is RON97 worth it for a Myvi',
     []),
    ('c240', 'qty-neg', 'f/2.8 at ISO 3200 was still too dark for the ceilidh',
     []),
    ('c241', 'qty-neg', 'this Malbec is 14.5% so go easy',
     []),
    ('c242', 'qty-neg', 'QNH 1013, runway 09 in use, call when ready',
     []),
    ('n243', 'qty-neg', 'Level 42 will play the Usher Hall in May.',
     []),
    ('n244', 'qty-neg', 'A new production of The 39 Steps opens in Edinburgh next month.',
     []),
    ('c245', 'qty-neg', 'the waste pipe needs a fall of 1 in 40 to the gully',
     []),
    ('c246', 'qty-neg', 'the best man really went the extra mile with that speech',
     []),
    ('c247', 'qty-neg', 'get me a 99 with a flake from the van at Portobello',
     []),
    ('c248', 'qty-neg', 'she passed grade 8 piano with distinction',
     []),
    ('c249', 'qty-neg', "my bike's got a 12-speed cassette and a 40t chainring",
     []),
    ('n250', 'qty-neg', 'Category 5 Cyclone Winston destroyed 30,000 homes in Fiji.',
     []),
]
