"""Held-out probe chat18: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat17 or classes).
Domains lean on what the earlier probes used least or not at all: parking fines,
clamping and meters, bakeries and bread prices, ferry and boat fares, festival
tickets, boat and outboard fuel, fish markets, horse racing (furlongs, stones and
pounds, hands, purses, race times), tyre shops and vulcanizers, greenhouse farming
(polytunnels, drip lines, shade nets), football and cricket transfers, archery,
pottery and kilns, hair salons and barbers, cooking gas (LPG cylinders), generators,
soap and candle making, adventure tourism (bungee, skydiving, ballooning, rafting,
zip lines), campervan hire, phone repair, spices (vanilla, saffron, cloves,
cinnamon, nutmeg), street food, knitting, netball, hurling and darts, and libraries,
with spoken and written forms from US, UK (English and Scottish), Irish, Indian,
Pakistani, Sri Lankan, Nigerian, Ghanaian, Kenyan, Ugandan, Tanzanian, Zambian,
Malawian, Mozambican, Gambian, Botswanan, South African, Australian, New Zealand,
Canadian, Filipino, Singaporean, Malaysian, Maldivian and Caribbean (Jamaica,
Trinidad, St Vincent, the Cayman Islands, Grenada, the BVI) English.
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
(../chat16/cases.py) and chat17's (../chat17/cases.py), all unchanged and decided
before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16 and chat17; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "the thick
   end of" ("the thick end of 300 quid" = 300 GBP, chat14's "the guts of"),
   "bordering on", "barely" ("barely 5 hours" = 5 hour), the casual hedge "like"
   ("like ₦15k", "like 10 secs"), "a reported" (chat6's "an estimated"), a trailing
   "flat" ("15 minutes flat" = 15 minute) and a trailing "minimum" ("3 litres of
   water minimum" = 3 liter, the mirror of chat8's "max"); the emphasis word "a full"
   ("a full 48 hrs" = 48 hour) changes nothing, like chat12's "a good" and chat15's
   "a solid".
 * Discourse particles and tags change nothing (chat16, chat17): Filipino "lang",
   "dati" and "po", Malaysian and Singaporean "lah" and "wah", Nigerian "o" and
   "chai" and Pidgin "don reach", "dey", "na" and "e no easy", Ghanaian "chaley",
   Kenyan Swahili "shida tupu", and "only" after an amount in South Asian, Southeast
   Asian and East African English ("RM2 per person only", "a 16 hp engine only" are
   the amount itself).
 * Horse racing: a race distance written with "f" uses the racing abbreviations, so
   "7f" = 7 furlong and "1m 2f" = one composite claim of 1.25 mile ("m" = mile here,
   an exception to chat8's "m" = metres, which needs no "f" beside it); "4 miles 2½
   furlongs" = one composite claim of 4.3125 mile (chat4's composite with chat5's
   vulgar fraction); a jockey's riding weight "8st 10lb" = 122 pound (chat10's "14 st
   2 lb", glued); "15.3 hands" = 63 inch (chat10's hands.inches); an "m:ss.ss" time
   after a race distance ("the 1m 2f in 2:04.15") = 124.15 second (chat10). Winning
   margins in lengths, necks and heads ("two lengths and a neck": a racing length is
   not a pint unit), betting odds ("5/2", "11-4": not fractions of a unit, not money),
   stall and draw numbers, ages of horses ("a three-year-old", chat11) and race times
   of day ("the 4.10 at Leopardstown", chat11's dot clock) are not claims.
 * Archery: a bow's draw weight in pounds ("28 lbs") is a mass in pound (chat15's
   breaking strain of a line); arrow spine numbers ("a 500 spine arrow") are not claims
   (a stiffness rating, not a pint unit); arrows in an end are a count; the time
   allowed for an end ("4 minutes for an end of six arrows") is a duration.
 * Hair: extension lengths are lengths ("26-inch bundles", "the 18 inch ones");
   clipper guard numbers ("a number 2 on the sides") and developer strengths ("20 vol
   developer": a peroxide volume strength, not a pint volume) are not claims.
 * Pottery: pyrometric cones ("fires at cone 6") are not claims; kiln capacities in
   cubic feet and firing temperatures are quantities.
 * Knitting: a needle size in millimetres is a length ("4mm needles" = 4 millimeter,
   chat8's drill size); yarn weights ("DK", "4-ply", chat12's "8-ply") are not claims;
   the weight of a ball of yarn ("six 50 g balls") is a mass and the balls a count.
 * Darts: "7 ft 9¼ in" = 93.25 inch (chat11's "1 ft 3 in" with chat5's vulgar
   fraction).
 * More numbers that are not claims: phone numbers (chat5), scores ("3-1", "32-28"),
   betting odds, ratings ("4.5 out of 5"), street addresses and floor levels ("45
   Jalan Bukit Bintang, level 3"), booking references ("PHL-204-7781"), phone,
   generator and engine model names ("Tecno Camon 30", "Sumec Firman SPG3000", "the
   Hilux 2.8 GD-6", chat13's engine badges), tyre sizes with a load index ("265/65
   R17 112S", chat10), dress sizes (chat11), ages ("turned 60", "18 months old",
   chat6 and chat10), clock times ("half eight", "2 pm", "10pm", "at 6 and again at
   5"), ordinals ("round 3", "the 3rd quarter", "the 11th leg", "the 14th"), counts of
   loaves, tickets, glasses, stalls, floors, people, mugs, jars, arrows and darts ("a
   nine-darter", "a count of five"), and numbers left bare after a claim ("mine are at
   2", "the grey one about 80", "tops out at 1,260", "cut that to four", "for the
   6.5", "cools for another 24", "pour at 60", "I need 200": chat13's unitless
   numbers).
 * More names and idioms with no claim: "Canadian Tire" (a shop), "Bucks Fizz" (a
   drink), "Rand Merchant Bank", "Mile 12" (a Lagos market), "Ninety Mile Beach",
   "Seven Mile Beach", "Three Days Grace" (a band), "the Grand National" and "the
   National" (a race; chat13's "Grand Slam"), "Pro Gas" (a brand), a Ugandan "rolex"
   (a chapati roll; its price, when given, is money), "worth every kobo" (chat15's
   "worth every penny"), "two ticks" (a moment, like chat5's "give me a sec"), "by a
   country mile" (chat15's "went the extra mile").
 * chat4's rate-denominator rule in the new domains: "an hour" (a parking meter),
   "a week" (parking, wages), "each", "per person", "a litre", "per litre of petrol",
   "a kilo", "per kilogram", "a gram", "a pound" (nutmeg: the pound is the
   denominator, chat10's "$3.99 a pound"), "a metre" (polythene, shade net), "per
   tyre", "a session", "a night" (campervans), "per hectare",
   "an hour" after fuel burnt ("1.5 litres an hour" = 1.5 liter, chat15), "a plant per
   day" ("4 litres a plant per day" = 4 liter): only the numerator is claimed. A
   sized pack keeps chat13's rule: "45 ringgit for 5 kilos" of wax and "a 50 kg bag of
   flour now costs GH₵1,250" give the mass and the money.
Money
 * New words and marks: "dalasi" = GMD; "meticais" = MZN; "pula" = BWP; "CI$" = KYD
   (Cayman Islands); "MVR" before the amount = MVR (chat6's codes); "ngwee" = 0.01 ZMW
   and "4 kwacha 50 ngwee" = 4.50 ZMW (one composite claim, chat15's "8 cedis 50
   pesewas"); "kwacha" in Zambia = ZMW (chat8); "K" + amount in Kitwe and in Zambia
   generally = ZMW (chat13's Lusaka rule); "MK" + amount in Malawi (Lilongwe) = MWK
   (chat14); "EC$" = XCD (chat14); "TT$" = TTD (chat14); "shillings" in Tanzania
   (Arusha, as well as chat15's Dar es Salaam) = TZS; "USh"/"UGX" = UGX (chat12);
   "/=" after a UGX amount and after a Sri Lankan "Rs." amount marks whole units
   (chat15); "Rs"/"Rs." in Sri Lanka (Kandy, Negombo, Colombo) keeps chat4's rupee
   tuple.
 * "N500" in Ikeja and "₦15k" follow chat12 and chat8 (NGN); "three and a half
   thousand naira" = 3500 NGN (chat11's "twelve and a half thousand dollars").
 * Bare "$": Calgary, Moncton ("15 dollars") = CAD or USD, Gisborne, Christchurch and
   Taupō = NZD or USD, Lucky Plaza (Singapore) = SGD or USD, "bucks" on the Melbourne
   Cup sweep = AUD or USD (chat13, chat14); a bare "$" in Chicago and at the
   Kentucky Derby is chat4's USD.
 * Irish "a tenner" at Leopardstown (Dublin) = 10 EUR only (chat16).
 * "cut by two hundred rupees to ₹803" is two claims (a change and a new price, not a
   range): 200 with chat4's rupee tuple and 803 INR.
 * Parking fines, penalty charges and compounds, clamp release fees, parking charges,
   bread, cake and bun prices, ferry, pirogue and boat fares, festival tickets and
   passes, fuel prices for boats and generators, fish and spice prices, race purses,
   prize funds and winnings, tyres and puncture repairs, greenhouse kits, seedlings,
   polythene and shade nets, transfer fees, add-ons, release clauses, wages and
   auction prices of players, archery kit and range fees, pottery classes and clay,
   salon and barber prices, LPG prices, soap and candle supplies, rafting, bungee,
   skydiving and jet ski prices, campervan hire and diesel, phone repairs and street
   food are ordinary money claims.
Durations
 * East African "since" + an amount with a present perfect ("I have been waiting
   since 2 hours", Kampala) is a duration, like chat14's Indian and chat16's Nigerian
   "since"; Nigerian Pidgin "since 3 days" likewise; Pakistani "from 2 hours" is
   chat17's duration.
 * "a week or two" = the range (1, 2) week (chat5's "a year or two").
 * Composites and fractions, all by earlier rules: "1 hr 20 min" = 80 minute
   (chat17), "2 hrs 45" = 165 minute (chat10's "2 hrs 50"), "an hour and ten" = 70
   minute (chat15), "an hour and a quarter" = 1.25 hour (chat16), "one and a half
   hours" = 1.5 hour, "3 and a half hours" = 3.5 hour (chat13's "7 and a half hrs"),
   "one and a half months" = 1.5 month, "two and a half years" = 2.5 year, "two hours
   and 38 minutes" = 158 minute; "a further year" = 1 year (chat4's "a").
 * "five nights" of a minimum campervan hire = 5 day (chat4's nights).
 * Bans on outboards and fishing, soaking saltfish, strikes, grace periods, stay
   limits at meters, proving, baking, curing (soap, vanilla), drying pots, firing and
   cooling kilns, braiding, relaxing, drying hair, queues, festival lengths and sets,
   crossings, suspensions, breaks, contracts, loans, transfer windows, arrows per
   end, harvest times, seedling times, irrigation runs, loan periods at libraries,
   match lengths and quarters, race times, freefall, ballooning, gas supply cuts,
   generator run times, phone repair times, battery life and the window to pay a
   parking fine are durations.
Quantities
 * "a kilo and a quarter" = 1.25 kilogram (chat10's "a kilo and a half"); "two and a
   quarter litres" = 2.25 liter and "two and a quarter cups" = 2.25 cup (chat12's "two
   and a quarter miles"; chat4's US cup).
 * "2 l/h" from a dripper accepts the numerator or the flow (chat16's LPH); "200
   micron" polythene = 200 micrometer (chat13's micron); "3.5kVA" and "500 kVA" =
   kilovolt_ampere (chat13); "6000mAh" = milliampere_hour (chat6); "128GB" takes
   chat4's GB tuple; "16 hp" = horsepower (chat6); "7 cubic feet" = foot**3.
 * A person's height "5 ft 9" = 69 inch (chat10's "5 ft 10"), also when "in heels"
   follows (either reading of "9 in" gives 69 inch); "6 ft 4" = 76 inch; "1.96m" and
   "1.88 m" = meter; "35.8 km/h" = kilometer/hour.
 * "425°F" = degree_Fahrenheit, "85°C", "1,280°C" and "between 18 and 28°C" =
   degree_Celsius (chat16's "38 to 39.2°C" for the range).
 * Race distances, jockey weights, horse heights, target distances and faces, arrow
   lengths, draw weights, clay and kiln sizes, trimming depths, extension lengths,
   developer and toner volumes, LPG cylinder and refill masses and imports, generator
   ratings, fuel and tank volumes, engine power, boat speeds and distances offshore,
   fish masses and landings, tread depths, tyre pressures and rim sizes, crop yields,
   tunnel sizes, polythene gauges, greenhouse temperatures, dripper flows, players'
   heights, weights and speeds, bungee drops, jump altitudes and weight limits, zip
   line lengths, motorhome lengths, masses and tanks, phone batteries, storage and
   screens, recipe amounts, oven temperatures, cake masses, lye and water masses, wax
   temperatures, palm oil imports, needle sizes, ball weights, scarf lengths, oche
   distances, sliotar masses, court sizes, spice masses, exports and auction lots,
   bun and flour-bag masses, shade net lengths, wood burnt in a kiln, pack volumes,
   water to carry, people's heights and farm areas are quantities.
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


ROWS = [
    # ---- money-parking
    ('n001', 'money-parking', 'Dublin City Council will raise the clamp release fee to €120 from March.',
     [('money', '€120', 120, 'EUR')]),
    ('c002', 'money-parking', 'got a PCN outside the big Tesco in Leeds, seventy quid, halved if I pay sharpish',
     [('money', 'seventy quid', 70, 'GBP')]),
    ('c003', 'money-parking', 'the askari in Westlands wants 200 bob to watch the car, is that normal',
     [('money', '200 bob', 200, 'KES')]),
    ('n004', 'money-parking', 'Kuala Lumpur City Hall issued compounds of RM300 to drivers who parked in disabled bays.',
     [('money', 'RM300', 300, 'MYR')]),
    ('n005', 'money-parking', 'Parking at King Shaka International Airport will cost R1 450 a week from April.',
     [('money', 'R1 450', 1450, 'ZAR')]),
    ('c006', 'money-parking', 'the meter on Michigan Avenue wants $7 an hour, Chicago is wild',
     [('money', '$7', 7, 'USD')]),
    # ---- money-bakery
    ('c007', 'money-bakery', 'agege bread don reach ₦1,800 for the big one o, chai',
     [('money', '₦1,800', 1800, 'NGN')]),
    ('c008', 'money-bakery', 'pandesal at the corner bakery is ₱5 each now, dati ₱3 lang',
     [('money', '₱5', 5, 'PHP'), ('money', '₱3', 3, 'PHP')]),
    ('n009', 'money-bakery', 'Greggs is adding 5p to the price of a sausage roll, taking it to £1.30.',
     [('money', '5p', 0.05, 'GBP'), ('money', '£1.30', 1.3, 'GBP')]),
    ('c010', 'money-bakery', 'the wedding cake quote from the baker in Kandy is Rs. 28,000/=',
     [('money', 'Rs. 28,000/=', 28000, RUPEE)]),
    ('c011', 'money-bakery', 'a loaf of bread in Kitwe is K32 now, it was K28 in June',
     [('money', 'K32', 32, 'ZMW'), ('money', 'K28', 28, 'ZMW')]),
    # ---- money-ferry
    ('c012', 'money-ferry', 'fast ferry Dar to Zanzibar is US$35 for non-residents, residents pay TSh 30,000',
     [('money', 'US$35', 35, 'USD'), ('money', 'TSh 30,000', 30000, 'TZS')]),
    ('n013', 'money-ferry', 'Fares on the Batangas–Calapan route will rise to ₱520 next week, the operator said.',
     [('money', '₱520', 520, 'PHP')]),
    ('c014', 'money-ferry', 'penang ferry is RM2 per person only lah, just go',
     [('money', 'RM2', 2, 'MYR')]),
    ('c015', 'money-ferry', 'the Holyhead to Dublin sailing with the car was the thick end of 300 quid',
     [('money', '300 quid', 300, 'GBP')]),
    ('c016', 'money-ferry', 'the pirogue from Banjul out to Jinack charges 1,500 dalasi return',
     [('money', '1,500 dalasi', 1500, 'GMD')]),
    ('n017', 'money-ferry', 'A public ferry ticket from Malé to Maafushi costs MVR 22, against about USD 25 for a speedboat.',
     [('money', 'MVR 22', 22, 'MVR'), ('money', 'USD 25', 25, 'USD')]),
    # ---- money-festival
    ('n018', 'money-festival', 'Glastonbury tickets will cost £373.50 plus a £5 booking fee, organisers said.',
     [('money', '£373.50', 373.5, 'GBP'), ('money', '£5', 5, 'GBP')]),
    ('c019', 'money-festival', 'Chale Wote itself is free but the after-party wants GH₵150 at the gate',
     [('money', 'GH₵150', 150, 'GHS')]),
    ('c020', 'money-festival', 'Rhythm and Vines passes in Gisborne were $419 this year, plus camping',
     [('money', '$419', 419, NZD_US)]),
    ('n021', 'money-festival', 'Resident tickets for Sauti za Busara in Zanzibar will stay at TSh 15,000, organisers said.',
     [('money', 'TSh 15,000', 15000, 'TZS')]),
    ('c022', 'money-festival', 'resale for Afro Nation is bordering on €400 now, mad',
     [('money', '€400', 400, 'EUR')]),
    # ---- money-boat
    ('n023', 'money-boat', 'Fishermen at Ggaba landing site now pay USh 5,500 to 6,000 per litre of petrol for their outboards.',
     [('money', 'USh 5,500 to 6,000', (5500, 6000), 'UGX')]),
    ('n024', 'money-boat', 'Marine diesel at the Chaguaramas docks rose to TT$4.97 a litre on Monday.',
     [('money', 'TT$4.97', 4.97, 'TTD')]),
    # ---- money-fish
    ('c025', 'money-fish', 'kapenta at Soweto market in Lusaka is K120 a kilo these days',
     [('money', 'K120', 120, 'ZMW')]),
    ('n026', 'money-fish', "Prawn prices at Maputo's fish market have climbed to 1,200 meticais a kilo.",
     [('money', '1,200 meticais', 1200, 'MZN')]),
    ('c027', 'money-fish', 'negombo fish market, got a whole seer fish for Rs 2,400, bargain',
     [('money', 'Rs 2,400', 2400, RUPEE)]),
    ('n028', 'money-fish', "Chambo at Lilongwe's main market now sells for MK 8,000 a kilo, traders said.",
     [('money', 'MK 8,000', 8000, 'MWK')]),
    ('c029', 'money-fish', 'a fish supper in Arbroath is £11.50 now, the smokies are extra',
     [('money', '£11.50', 11.5, 'GBP')]),
    # ---- money-racing
    ('n030', 'money-racing', "The winning owner takes home €500,000 of the Irish Derby's €1.5 million prize fund.",
     [('money', '€500,000', 500000, 'EUR'), ('money', '€1.5 million', 1500000, 'EUR')]),
    ('c031', 'money-racing', 'a tenner on the grey to win at Leopardstown, go on',
     [('money', 'a tenner', 10, 'EUR')]),
    ('c032', 'money-racing', 'won 650 bucks on the Melbourne Cup sweep at work',
     [('money', '650 bucks', 650, AUD_US)]),
    ('n033', 'money-racing', 'The Kentucky Derby purse rises to $5 million this year.',
     [('money', '$5 million', 5000000, 'USD')]),
    # ---- money-tyres
    ('c034', 'money-tyres', 'four new tyres for the Fortuner came to R9 600 fitted and balanced',
     [('money', 'R9 600', 9600, 'ZAR')]),
    ('c035', 'money-tyres', 'the vulcanizer in Ikeja charged me N500 to patch the tyre',
     [('money', 'N500', 500, 'NGN')]),
    ('n036', 'money-tyres', 'Tyre prices in Pakistan rose by between Rs 2,000 and Rs 3,000 per tyre after the new duties.',
     [('money', 'Rs 2,000 and Rs 3,000', (2000, 3000), RUPEE)]),
    ('c037', 'money-tyres', 'puncture repair was 15 dollars at the Canadian Tire in Moncton',
     [('money', '15 dollars', 15, CAD_US)]),
    # ---- money-greenhouse
    ('n038', 'money-greenhouse', 'Greenhouse kits for smallholders in Kiambu sell for between KSh 180,000 and KSh 350,000, suppliers say.',
     [('money', 'KSh 180,000 and KSh 350,000', (180000, 350000), 'KES')]),
    ('c039', 'money-greenhouse', 'tomato seedlings are 50 to 80 shillings each at the nursery in Arusha',
     [('money', '50 to 80 shillings', (50, 80), 'TZS')]),
    ('c040', 'money-greenhouse', 'polythene for the tunnel is £2.40 a metre, but you have to buy the whole roll',
     [('money', '£2.40', 2.4, 'GBP')]),
    ('n041', 'money-greenhouse', 'Farmers near Gaborone say a roll of shade net now costs 2,300 pula.',
     [('money', '2,300 pula', 2300, 'BWP')]),
    # ---- money-transfer
    ('n042', 'money-transfer', 'Chelsea agreed a fee of £52m plus £6m in add-ons for the winger.',
     [('money', '£52m', 52000000, 'GBP'), ('money', '£6m', 6000000, 'GBP')]),
    ('n043', 'money-transfer', 'Mamelodi Sundowns paid a reported R15 million for the Zambian striker.',
     [('money', 'R15 million', 15000000, 'ZAR')]),
    ('c044', 'money-transfer', "his release clause is a cool €1 billion, nobody's paying that",
     [('money', '€1 billion', 1000000000, 'EUR')]),
    ('c045', 'money-transfer', 'apparently he is on 300 grand a week at City',
     [('money', '300 grand', 300000, GRAND)]),
    ('n046', 'money-transfer', 'Mitchell Starc went for ₹24.75 crore at the IPL auction, a record at the time.',
     [('money', '₹24.75 crore', 247500000, 'INR')]),
    # ---- money-archery
    ('c047', 'money-archery', "a beginner's recurve set in Singapore is about S$280 with arrows",
     [('money', 'S$280', 280, 'SGD')]),
    ('c048', 'money-archery', 'the club in Calgary charges $12 a session for range time',
     [('money', '$12', 12, CAD_US)]),
    # ---- money-pottery
    ('c049', 'money-pottery', 'wheel-throwing class in Cape Town is R450 a session, clay included',
     [('money', 'R450', 450, 'ZAR')]),
    ('n050', 'money-pottery', "Potters in Kumasi's Pankrono say a sack of clay now costs GH₵80, up from GH₵45 last year.",
     [('money', 'GH₵80', 80, 'GHS'), ('money', 'GH₵45', 45, 'GHS')]),
    # ---- money-salon
    ('c051', 'money-salon', 'knotless braids in Osu were GH₵400–500 plus the hair',
     [('money', 'GH₵400–500', (400, 500), 'GHS')]),
    ('c052', 'money-salon', 'my barber in Brixton is 18 quid for a skin fade',
     [('money', '18 quid', 18, 'GBP')]),
    ('c053', 'money-salon', 'rebond at the salon in Cubao is ₱1,499 po, promo until Sunday',
     [('money', '₱1,499', 1499, 'PHP')]),
    ('c054', 'money-salon', 'the relaxer touch-up in Kampala was UGX 35,000/=',
     [('money', 'UGX 35,000/=', 35000, 'UGX')]),
    ('n055', 'money-salon', 'Hair salons in Lagos have raised prices by as much as ₦10,000 a session, citing diesel costs.',
     [('money', '₦10,000', 10000, 'NGN')]),
    # ---- money-lpg
    ('n056', 'money-lpg', 'Cooking gas now sells for ₦1,560 per kilogram in Abuja, marketers said.',
     [('money', '₦1,560', 1560, 'NGN')]),
    ('n057', 'money-lpg', 'The price of a domestic LPG cylinder in Delhi was cut by two hundred rupees to ₹803.',
     [('money', 'two hundred rupees', 200, RUPEE), ('money', '₹803', 803, 'INR')]),
    # ---- money-gen
    ('c058', 'money-gen', 'we dey spend like ₦15k on fuel for the gen every week',
     [('money', '₦15k', 15000, 'NGN')]),
    # ---- money-soap
    ('c059', 'money-soap', 'candle jars from the supplier in Klang are RM3.80 each, I need 200',
     [('money', 'RM3.80', 3.8, 'MYR')]),
    # ---- money-adventure
    ('c060', 'money-adventure', 'rafting the Nile at Jinja was US$140 including lunch',
     [('money', 'US$140', 140, 'USD')]),
    # ---- money-campervan
    ('c061', 'money-campervan', 'campervan hire out of Christchurch is NZ$189 a night in shoulder season',
     [('money', 'NZ$189', 189, 'NZD')]),
    # ---- money-phone
    ('c062', 'money-phone', 'the screen for my Tecno on Luthuli Avenue will be 2,000 to 2,500 bob, they said',
     [('money', '2,000 to 2,500 bob', (2000, 2500), 'KES')]),
    ('c063', 'money-phone', 'the shop at Lucky Plaza wanted $180 for a new battery, wah',
     [('money', '$180', 180, SGD_US)]),
    # ---- money-spice
    ('n064', 'money-spice', "Nutmeg fetches EC$12 a pound at the St George's market in Grenada, growers said.",
     [('money', 'EC$12', 12, 'XCD')]),
    # ---- money-food
    ('c065', 'money-food', 'mama put for two of us na three and a half thousand naira now, e no easy',
     [('money', 'three and a half thousand naira', 3500, 'NGN')]),
    # ---- dur-parking
    ('n066', 'dur-parking', 'Pay-and-display bays on Grafton Street will be limited to a maximum of 3 hours.',
     [('duration', '3 hours', 3, 'hour')]),
    ('c067', 'dur-parking', 'the meter only gives you 45min at a time, so annoying',
     [('duration', '45min', 45, 'minute')]),
    ('c068', 'dur-parking', 'they clamped my car in Kampala and I have been waiting since 2 hours',
     [('duration', '2 hours', 2, 'hour')]),
    ('n069', 'dur-parking', "Drivers in Auckland's city centre will get a 10-minute grace period before fines apply.",
     [('duration', '10-minute', 10, 'minute')]),
    # ---- dur-bakery
    ('c070', 'dur-bakery', 'the ube pandesal dough stays in the ref 12 to 14 hours, then bake',
     [('duration', '12 to 14 hours', (12, 14), 'hour')]),
    ('c071', 'dur-bakery', 'bake at gas mark 6 for an hour and a quarter, then let it cool',
     [('duration', 'an hour and a quarter', 1.25, 'hour')]),
    ('c072', 'dur-bakery', 'the baker starts at 3am and the first batch is out 2 hrs 45 later',
     [('duration', '2 hrs 45', 165, 'minute')]),
    ('n073', 'dur-bakery', 'Bakers in Kano began a five-day strike over the price of flour.',
     [('duration', 'five-day', 5, 'day')]),
    # ---- dur-ferry
    ('c074', 'dur-ferry', 'the Likoni ferry queue was one and a half hours this morning, shida tupu',
     [('duration', 'one and a half hours', 1.5, 'hour')]),
    ('n075', 'dur-ferry', 'The new catamaran takes 75 minutes on the Cebu–Tagbilaran crossing, against 2 hours for the old ro-ro.',
     [('duration', '75 minutes', 75, 'minute'), ('duration', '2 hours', 2, 'hour')]),
    ('c076', 'dur-ferry', 'from Tortola it is an hour give or take on the water taxi to Jost Van Dyke',
     [('duration', 'an hour', 1, 'hour')]),
    ('n077', 'dur-ferry', 'The Kigongo–Busisi ferry crossing takes about 35 minutes; the new bridge will cut that to four.',
     [('duration', '35 minutes', 35, 'minute')]),
    # ---- dur-festival
    ('n078', 'dur-festival', 'The three-day festival in Gisborne drew 25,000 people.',
     [('duration', 'three-day', 3, 'day')]),
    ('c079', 'dur-festival', 'the queue for Afro Nation wristbands was a solid 2 hours',
     [('duration', '2 hours', 2, 'hour')]),
    ('c080', 'dur-festival', "Burna's set was 1 hr 20 min, worth every kobo",
     [('duration', '1 hr 20 min', 80, 'minute')]),
    ('n081', 'dur-festival', 'Organisers of Felabration have extended the event to seven days.',
     [('duration', 'seven days', 7, 'day')]),
    # ---- dur-boat
    ('c082', 'dur-boat', 'by banca it is around 3 and a half hours from El Nido to Coron',
     [('duration', '3 and a half hours', 3.5, 'hour')]),
    ('n083', 'dur-boat', 'Outboard engines will be banned on Lake Bunyonyi for 90 days, officials said.',
     [('duration', '90 days', 90, 'day')]),
    # ---- dur-fish
    ('c084', 'dur-fish', 'the saltfish for the ackee needs at least 6 hrs soaking, my granny swears by overnight',
     [('duration', '6 hrs', 6, 'hour')]),
    ('n085', 'dur-fish', "Zambia's annual fishing ban, three months long, begins on 1 December.",
     [('duration', 'three months', 3, 'month')]),
    # ---- dur-racing
    ('n086', 'dur-racing', 'The trainer said the colt would get a six-week break before York.',
     [('duration', 'six-week', 6, 'week')]),
    ('c087', 'dur-racing', "the stewards' inquiry took a good 15 minutes, I was sweating",
     [('duration', '15 minutes', 15, 'minute')]),
    ('n088', 'dur-racing', 'Kempton stewards banned the apprentice for 21 days for careless riding.',
     [('duration', '21 days', 21, 'day')]),
    ('n089', 'dur-racing', 'The Grand National is usually run in just over 9 minutes.',
     [('duration', '9 minutes', 9, 'minute')]),
    # ---- dur-tyres
    ('c090', 'dur-tyres', 'tyre place says fitting and balancing is 40 to 45 mins',
     [('duration', '40 to 45 mins', (40, 45), 'minute')]),
    ('c091', 'dur-tyres', 'wheel alignment in Kumasi took me 1hr, chaley',
     [('duration', '1hr', 1, 'hour')]),
    # ---- dur-greenhouse
    ('n092', 'dur-greenhouse', 'Greenhouse tomatoes in Naivasha are ready for harvest 75 days after transplanting.',
     [('duration', '75 days', 75, 'day')]),
    ('c093', 'dur-greenhouse', 'the seedlings stay in the trays 3 to 4 weeks before they go into the tunnel',
     [('duration', '3 to 4 weeks', (3, 4), 'week')]),
    ('c094', 'dur-greenhouse', 'run the drip for 20 mins twice a day in this heat',
     [('duration', '20 mins', 20, 'minute')]),
    # ---- dur-transfer
    ('n095', 'dur-transfer', 'The Ghanaian forward signed a five-year contract with the option of a further year.',
     [('duration', 'five-year', 5, 'year'), ('duration', 'a further year', 1, 'year')]),
    ('n096', 'dur-transfer', 'Orlando Pirates have loaned the defender to a Tanzanian club for 18 months.',
     [('duration', '18 months', 18, 'month')]),
    ('c097', 'dur-transfer', 'window shuts in 36 hours and we have signed nobody',
     [('duration', '36 hours', 36, 'hour')]),
    ('n098', 'dur-transfer', 'FIFA handed the agent a 10-month ban for breaching transfer rules.',
     [('duration', '10-month', 10, 'month')]),
    # ---- dur-archery
    ('c099', 'dur-archery', 'you get 4 minutes for an end of six arrows, 2 minutes for three indoors',
     [('duration', '4 minutes', 4, 'minute'), ('duration', '2 minutes', 2, 'minute')]),
    ('c100', 'dur-archery', 'hold at full draw for a count of five? more like 3 secs',
     [('duration', '3 secs', 3, 'second')]),
    # ---- dur-pottery
    ('c101', 'dur-pottery', 'bisque firing takes about 8 hours and then it cools for another 24',
     [('duration', '8 hours', 8, 'hour')]),
    ('n102', 'dur-pottery', 'A potter in Stoke spent two and a half years restoring the bottle kiln.',
     [('duration', 'two and a half years', 2.5, 'year')]),
    ('c103', 'dur-pottery', 'let the pots dry a week or two before the bisque',
     [('duration', 'a week or two', (1, 2), 'week')]),
    # ---- dur-salon
    ('c104', 'dur-salon', 'my knotless braids took 7 hours, my back is finished',
     [('duration', '7 hours', 7, 'hour')]),
    ('c105', 'dur-salon', 'leave the relaxer on no longer than 15 minutes',
     [('duration', '15 minutes', 15, 'minute')]),
    ('c106', 'dur-salon', 'sat under the dryer for half an hour lah, then still must wait',
     [('duration', 'half an hour', 0.5, 'hour')]),
    ('n107', 'dur-salon', 'Barbers in Harare were ordered to close for 14 days after a cholera outbreak.',
     [('duration', '14 days', 14, 'day')]),
    # ---- dur-lpg
    ('c108', 'dur-lpg', 'one cylinder lasts us one and a half months the way Mama cooks',
     [('duration', 'one and a half months', 1.5, 'month')]),
    ('n109', 'dur-lpg', 'Residents of Rawalpindi went without gas for 18 hours on Tuesday.',
     [('duration', '18 hours', 18, 'hour')]),
    # ---- dur-gen
    ('c110', 'dur-gen', 'the gen can run 8 to 10 hrs on a full tank',
     [('duration', '8 to 10 hrs', (8, 10), 'hour')]),
    ('c111', 'dur-gen', 'NEPA don take light since 3 days, na gen we dey use',
     [('duration', '3 days', 3, 'day')]),
    # ---- dur-soap
    ('n112', 'dur-soap', 'Cold-process soap must cure for 4–6 weeks before sale, the standards body says.',
     [('duration', '4–6 weeks', (4, 6), 'week')]),
    ('c113', 'dur-soap', 'pour at 60 and leave it a full 48 hrs before unmoulding',
     [('duration', '48 hrs', 48, 'hour')]),
    # ---- dur-adventure
    ('n114', 'dur-adventure', 'Tandem skydivers over Mission Beach get close on a minute of freefall.',
     [('duration', 'a minute', 1, 'minute')]),
    ('c115', 'dur-adventure', 'the balloon was up for an hour and ten, then champagne breakfast',
     [('duration', 'an hour and ten', 70, 'minute')]),
    ('c116', 'dur-adventure', 'the gorge swing at Vic Falls is over in like 10 secs haha',
     [('duration', '10 secs', 10, 'second')]),
    # ---- dur-campervan
    ('c117', 'dur-campervan', 'we have the campervan for a fortnight, Queenstown up to Auckland',
     [('duration', 'a fortnight', 2, 'week')]),
    ('n118', 'dur-campervan', 'Rental firms in New Zealand require a minimum hire of five nights in summer.',
     [('duration', 'five nights', 5, 'day')]),
    # ---- dur-phone
    ('c119', 'dur-phone', "they said 45 minutes for the screen and I'm sitting here from 2 hours, Hafeez Centre is a joke",
     [('duration', '45 minutes', 45, 'minute'), ('duration', '2 hours', 2, 'hour')]),
    ('c120', 'dur-phone', 'battery lasts barely 5 hours now and it is a 2-year-old phone',
     [('duration', '5 hours', 5, 'hour')]),
    # ---- dur-spice
    ('n121', 'dur-spice', 'Vanilla pods spend up to 6 months curing before they are exported.',
     [('duration', '6 months', 6, 'month')]),
    # ---- dur-library
    ('n122', 'dur-library', 'Edinburgh libraries will extend the standard loan period to four weeks.',
     [('duration', 'four weeks', 4, 'week')]),
    # ---- dur-sport
    ('n123', 'dur-sport', 'Senior inter-county hurling matches last 70 minutes plus stoppage time.',
     [('duration', '70 minutes', 70, 'minute')]),
    ('c124', 'dur-sport', 'netball quarters are 15 mins each with a 5 min break at half time',
     [('duration', '15 mins', 15, 'minute'), ('duration', '5 min break', 5, 'minute')]),
    ('n125', 'dur-sport', "Saturday's darts final at Alexandra Palace went on for two hours and 38 minutes.",
     [('duration', 'two hours and 38 minutes', 158, 'minute')]),
    # ---- qty-racing
    ('n126', 'qty-racing', 'The Irish Derby is run over a mile and a half at the Curragh.',
     [('quantity', 'a mile and a half', 1.5, 'mile')]),
    ('c127', 'qty-racing', "he's in the 7f handicap at Chester, drawn in stall 2",
     [('quantity', '7f', 7, 'furlong')]),
    ('c128', 'qty-racing', 'jockey has to do 8st 10lb for the ride, he is starving himself',
     [('quantity', '8st 10lb', 122, 'pound')]),
    ('n129', 'qty-racing', 'The filly, who stands 15.3 hands, fetched a record price at Newmarket.',
     [('quantity', '15.3 hands', 63, 'inch')]),
    ('c130', 'qty-racing', 'the National is 4 miles 2½ furlongs, long way for a novice',
     [('quantity', '4 miles 2½ furlongs', 4.3125, 'mile')]),
    # ---- qty-archery
    ('c131', 'qty-archery', 'my recurve is 28 lbs at my draw length, should I go up',
     [('quantity', '28 lbs', 28, 'pound')]),
    ('c132', 'qty-archery', 'indoor rounds are 18 m on a 40 cm face, right?',
     [('quantity', '18 m', 18, 'meter'), ('quantity', '40 cm', 40, 'centimeter')]),
    ('c133', 'qty-archery', "cut the arrows to 29 inches, that's my draw plus an inch",
     [('quantity', '29 inches', 29, 'inch'), ('quantity', 'an inch', 1, 'inch')]),
    ('n134', 'qty-archery', 'Compound archers shoot from 50 metres at an 80 cm target face.',
     [('quantity', '50 metres', 50, 'meter'), ('quantity', '80 cm', 80, 'centimeter')]),
    # ---- qty-pottery
    ('c135', 'qty-pottery', 'stoneware wants 1,280°C but our kiln tops out at 1,260',
     [('quantity', '1,280°C', 1280, 'degree_Celsius')]),
    ('c136', 'qty-pottery', 'bought a 10 kg bag of terracotta clay, enough for 20 mugs?',
     [('quantity', '10 kg', 10, 'kilogram')]),
    ('n137', 'qty-pottery', "The community studio's new electric kiln has a capacity of 7 cubic feet.",
     [('quantity', '7 cubic feet', 7, 'foot**3')]),
    ('c138', 'qty-pottery', 'trim the foot when leather hard, leave about 5mm at the base',
     [('quantity', '5mm', 5, 'millimeter')]),
    # ---- qty-salon
    ('c139', 'qty-salon', 'I want 26-inch bundles this time, the 18 inch ones were too short',
     [('quantity', '26-inch', 26, 'inch'), ('quantity', '18 inch', 18, 'inch')]),
    ('c140', 'qty-salon', 'mix the toner with 60ml of 20 vol developer',
     [('quantity', '60ml', 60, 'milliliter')]),
    ('c141', 'qty-salon', 'my stylist is 5 ft 9 in heels and I am 5 ft 2',
     [('quantity', '5 ft 9', 69, 'inch'), ('quantity', '5 ft 2', 62, 'inch')]),
    # ---- qty-lpg
    ('c142', 'qty-lpg', 'need to refill the 12.5kg gas before Sunday',
     [('quantity', '12.5kg', 12.5, 'kilogram')]),
    ('n143', 'qty-lpg', 'Pakistan imported 85,000 tonnes of LPG in May, the regulator said.',
     [('quantity', '85,000 tonnes', 85000, 'tonne')]),
    ('c144', 'qty-lpg', 'Pro Gas 13kg or the 6kg one, which lasts longer for two people',
     [('quantity', '13kg', 13, 'kilogram'), ('quantity', '6kg', 6, 'kilogram')]),
    # ---- qty-gen
    ('n145', 'qty-gen', 'Most homes need at least a 3.5kVA generator to run a fridge and fans, dealers say.',
     [('quantity', '3.5kVA', 3.5, 'kilovolt_ampere')]),
    ('c146', 'qty-gen', 'the gen drinks two and a quarter litres an hour, that is why fuel finishes fast',
     [('quantity', 'two and a quarter litres', 2.25, 'liter')]),
    ('n147', 'qty-gen', 'The hospital installed a 500 kVA generator and a 20,000-litre diesel tank.',
     [('quantity', '500 kVA', 500, 'kilovolt_ampere'),
      ('quantity', '20,000-litre', 20000, 'liter')]),
    # ---- qty-boat
    ('c148', 'qty-boat', 'our banca has a 16 hp engine only, slow but okay',
     [('quantity', '16 hp', 16, 'horsepower')]),
    ('n149', 'qty-boat', 'The Bequia Express averages 14 knots on the run from Kingstown.',
     [('quantity', '14 knots', 14, 'knot')]),
    ('n150', 'qty-boat', 'Navy patrols intercepted the trawler 6 nautical miles off Winneba.',
     [('quantity', '6 nautical miles', 6, 'nautical_mile')]),
    ('c151', 'qty-boat', 'carry at least 25 litres of spare fuel, no pumps till Vilanculos',
     [('quantity', '25 litres', 25, 'liter')]),
    # ---- qty-fish
    ('c152', 'qty-fish', 'the Nile perch we bought at Ggaba was 14 kilos',
     [('quantity', '14 kilos', 14, 'kilogram')]),
    ('n153', 'qty-fish', 'Kapenta landings on Lake Kariba reached 3,200 tonnes between January and March.',
     [('quantity', '3,200 tonnes', 3200, 'tonne')]),
    ('c154', 'qty-fish', 'get me a kilo and a quarter of prawns at the market',
     [('quantity', 'a kilo and a quarter', 1.25, 'kilogram')]),
    # ---- qty-tyres
    ('c155', 'qty-tyres', 'legal limit is 1.6mm of tread, mine are at 2',
     [('quantity', '1.6mm', 1.6, 'millimeter')]),
    ('n156', 'qty-tyres', 'Toyota recommends 2.4 bar front and 2.2 bar rear for the new Corolla.',
     [('quantity', '2.4 bar', 2.4, 'bar'), ('quantity', '2.2 bar', 2.2, 'bar')]),
    ('c157', 'qty-tyres', 'the Hilux 2.8 GD-6 takes 17-inch rims',
     [('quantity', '17-inch', 17, 'inch')]),
    # ---- qty-greenhouse
    ('n158', 'qty-greenhouse', 'Greenhouse farmers in Naivasha harvest up to 180 tonnes of tomatoes per hectare.',
     [('quantity', '180 tonnes', 180, 'tonne')]),
    ('c159', 'qty-greenhouse', 'the tunnel is 30 m by 8 m, how much 200 micron poly do I need',
     [('quantity', '30 m', 30, 'meter'), ('quantity', '8 m', 8, 'meter'),
      ('quantity', '200 micron', 200, 'micrometer')]),
    ('n160', 'qty-greenhouse', 'Growers are advised to keep greenhouses between 18 and 28°C for peppers.',
     [('quantity', '18 and 28°C', (18, 28), 'degree_Celsius')]),
    ('c161', 'qty-greenhouse', 'each dripper puts out 2 l/h, so about 4 litres a plant per day',
     [('quantity', '2 l/h', 2, LPH), ('quantity', '4 litres', 4, 'liter')]),
    # ---- qty-transfer
    ('n162', 'qty-transfer', 'The 6 ft 4 striker weighs 92 kg and was clocked at 35.8 km/h.',
     [('quantity', '6 ft 4', 76, 'inch'), ('quantity', '92 kg', 92, 'kilogram'),
      ('quantity', '35.8 km/h', 35.8, 'kilometer/hour')]),
    ('n163', 'qty-transfer', "Standing 1.96m, the Black Stars' new goalkeeper is the tallest in the squad.",
     [('quantity', '1.96m', 1.96, 'meter')]),
    # ---- qty-adventure
    ('n164', 'qty-adventure', "Nepal's highest bungee drops 160 metres into the Bhote Koshi gorge.",
     [('quantity', '160 metres', 160, 'meter')]),
    ('c165', 'qty-adventure', 'tandem jump is from 15,000 ft and you must be under 100 kg',
     [('quantity', '15,000 ft', 15000, 'foot'), ('quantity', '100 kg', 100, 'kilogram')]),
    ('n166', 'qty-adventure', 'The zip line across the Batoka Gorge is 425 metres long.',
     [('quantity', '425 metres', 425, 'meter')]),
    # ---- qty-campervan
    ('c167', 'qty-campervan', "the motorhome's 7.4 metres long and 3.5 tonnes, can I drive it on a car licence",
     [('quantity', '7.4 metres', 7.4, 'meter'), ('quantity', '3.5 tonnes', 3.5, 'tonne')]),
    ('c168', 'qty-campervan', 'the fresh water tank holds 100 litres, the grey one about 80',
     [('quantity', '100 litres', 100, 'liter')]),
    # ---- qty-phone
    ('c169', 'qty-phone', 'the Tecno has a 6000mAh battery and 128GB storage',
     [('quantity', '6000mAh', 6000, 'milliampere_hour'), ('quantity', '128GB', 128, GB)]),
    ('c170', 'qty-phone', 'my screen is 6.7 inches and this case is for the 6.5',
     [('quantity', '6.7 inches', 6.7, 'inch')]),
    # ---- qty-bakery
    ('c171', 'qty-bakery', 'recipe says two and a quarter cups of flour and 7g of yeast',
     [('quantity', 'two and a quarter cups', 2.25, 'cup'), ('quantity', '7g', 7, 'gram')]),
    ('c172', 'qty-bakery', 'preheat to 425°F, it is an American recipe',
     [('quantity', '425°F', 425, 'degree_Fahrenheit')]),
    ('n173', 'qty-bakery', 'A bakery in Rawalpindi baked a 1,200-kilogram cake for Independence Day.',
     [('quantity', '1,200-kilogram', 1200, 'kilogram')]),
    ('c174', 'qty-bakery', 'need 500 g strong flour and 350 ml warm water for one loaf',
     [('quantity', '500 g', 500, 'gram'), ('quantity', '350 ml', 350, 'milliliter')]),
    # ---- qty-soap
    ('c175', 'qty-soap', 'the lye calculator says 142 g of lye and 380 g of water for this batch',
     [('quantity', '142 g', 142, 'gram'), ('quantity', '380 g', 380, 'gram')]),
    ('c176', 'qty-soap', 'heat the soy wax to 85°C then add the fragrance at 8 percent',
     [('quantity', '85°C', 85, 'degree_Celsius')]),
    ('n177', 'qty-soap', "Kenya's soap makers imported 420,000 tonnes of palm oil last year.",
     [('quantity', '420,000 tonnes', 420000, 'tonne')]),
    # ---- qty-knit
    ('c178', 'qty-knit', 'pattern calls for 4mm needles and six 50 g balls of DK',
     [('quantity', '4mm', 4, 'millimeter'), ('quantity', '50 g', 50, 'gram')]),
    ('c179', 'qty-knit', 'the scarf should be 1.5 to 1.8 metres, mine is way short',
     [('quantity', '1.5 to 1.8 metres', (1.5, 1.8), 'meter')]),
    # ---- qty-sport
    ('n180', 'qty-sport', 'The oche sits 7 ft 9¼ in from the face of the board.',
     [('quantity', '7 ft 9¼ in', 93.25, 'inch')]),
    ('c181', 'qty-sport', 'a sliotar weighs between 110 and 115 grams, right?',
     [('quantity', '110 and 115 grams', (110, 115), 'gram')]),
    ('n182', 'qty-sport', 'A netball court measures 30.5 metres by 15.25 metres.',
     [('quantity', '30.5 metres', 30.5, 'meter'), ('quantity', '15.25 metres', 15.25, 'meter')]),
    # ---- qty-spice
    ('c183', 'qty-spice', 'got 250 g of cloves in Stone Town for the pilau',
     [('quantity', '250 g', 250, 'gram')]),
    ('n184', 'qty-spice', 'Madagascar exported 1,800 tonnes of vanilla in 2023, customs data show.',
     [('quantity', '1,800 tonnes', 1800, 'tonne')]),
    # ---- qty-festival
    ('n185', 'qty-festival', 'Festival-goers are told to bring a 40-litre pack and 3 litres of water minimum.',
     [('quantity', '40-litre', 40, 'liter'), ('quantity', '3 litres', 3, 'liter')]),
    # ---- mixed
    ('c186', 'mixed', 'parking fine in Glasgow is £60, drops to £30 if you pay within 14 days',
     [('money', '£60', 60, 'GBP'), ('money', '£30', 30, 'GBP'),
      ('duration', '14 days', 14, 'day')]),
    ('n187', 'mixed', 'The winner covered the 1m 2f in 2:04.15, a course record at Sandown.',
     [('quantity', '1m 2f', 1.25, 'mile'), ('duration', '2:04.15', 124.15, 'second')]),
    ('c188', 'mixed', '20 litres of petrol for the banca to Coron cost ₱1,300',
     [('quantity', '20 litres', 20, 'liter'), ('money', '₱1,300', 1300, 'PHP')]),
    ('c189', 'mixed', 'a 12.5 kg refill is ₦19,500 in Abuja now, chai',
     [('quantity', '12.5 kg', 12.5, 'kilogram'), ('money', '₦19,500', 19500, 'NGN')]),
    ('n190', 'mixed', 'Jet ski hire on Seven Mile Beach now costs CI$95 for half an hour, up from CI$80.',
     [('money', 'CI$95', 95, 'KYD'), ('duration', 'half an hour', 0.5, 'hour'),
      ('money', 'CI$80', 80, 'KYD')]),
    ('c191', 'mixed', 'Kashmiri saffron was ₹280 a gram, bought 5 grams for Ammi',
     [('money', '₹280', 280, 'INR'), ('quantity', '5 grams', 5, 'gram')]),
    ('n192', 'mixed', 'The Durban July, run over 2,200 metres, offers R5 million in prize money.',
     [('quantity', '2,200 metres', 2200, 'meter'), ('money', 'R5 million', 5000000, 'ZAR')]),
    ('c193', 'mixed', 'soy wax was 45 ringgit for 5 kilos at the supplier in Ipoh',
     [('money', '45 ringgit', 45, 'MYR'), ('quantity', '5 kilos', 5, 'kilogram')]),
    ('c194', 'mixed', 'tandem skydive in Taupō from 12,000 ft, 45 seconds of freefall, $379',
     [('quantity', '12,000 ft', 12000, 'foot'), ('duration', '45 seconds', 45, 'second'),
      ('money', '$379', 379, NZD_US)]),
    ('n195', 'mixed', 'Bakers in Accra say a 50 kg bag of flour now costs GH₵1,250, up from GH₵900 in January.',
     [('quantity', '50 kg', 50, 'kilogram'), ('money', 'GH₵1,250', 1250, 'GHS'),
      ('money', 'GH₵900', 900, 'GHS')]),
    ('c196', 'mixed', 'my barber in Bangsar is RM25 and takes 15 minutes flat',
     [('money', 'RM25', 25, 'MYR'), ('duration', '15 minutes', 15, 'minute')]),
    ('c197', 'mixed', 'bought 3 metres of shade net at KSh 250 a metre',
     [('quantity', '3 metres', 3, 'meter'), ('money', 'KSh 250', 250, 'KES')]),
    ('n198', 'mixed', 'The ferry from Kingstown to Bequia takes an hour and costs EC$40 one way.',
     [('duration', 'an hour', 1, 'hour'), ('money', 'EC$40', 40, 'XCD')]),
    ('c199', 'mixed', 'Bloukrans bungee was R1 600 for 216 m and about 7 seconds of pure terror',
     [('money', 'R1 600', 1600, 'ZAR'), ('quantity', '216 m', 216, 'meter'),
      ('duration', '7 seconds', 7, 'second')]),
    ('n200', 'mixed', 'Kaizer Chiefs signed the 1.88 m centre-back on a three-year deal worth R12 million.',
     [('quantity', '1.88 m', 1.88, 'meter'), ('duration', 'three-year', 3, 'year'),
      ('money', 'R12 million', 12000000, 'ZAR')]),
    ('c201', 'mixed', 'the gen burns about 1.5 litres an hour, so 8 hours is like ₦12,000 of fuel',
     [('quantity', '1.5 litres', 1.5, 'liter'), ('duration', '8 hours', 8, 'hour'),
      ('money', '₦12,000', 12000, 'NGN')]),
    ('c202', 'mixed', 'the buns at the bakery in Ndola are only 80 grams for 4 kwacha 50 ngwee',
     [('quantity', '80 grams', 80, 'gram'), ('money', '4 kwacha 50 ngwee', 4.5, 'ZMW')]),
    ('n203', 'mixed', "Tanzania's new greenhouse hub in Morogoro covers 12 hectares and cost TSh 8.5 billion.",
     [('quantity', '12 hectares', 12, 'hectare'),
      ('money', 'TSh 8.5 billion', 8500000000, 'TZS')]),
    ('c204', 'mixed', 'relaxer, trim and steam came to GH₵380 and I was in that chair 4 hrs',
     [('money', 'GH₵380', 380, 'GHS'), ('duration', '4 hrs', 4, 'hour')]),
    ('c205', 'mixed', 'diesel is $2.10 a litre in Christchurch and the campervan tank takes 90 litres',
     [('money', '$2.10', 2.1, NZD_US), ('quantity', '90 litres', 90, 'liter')]),
    ('n206', 'mixed', "Arsenal's £65m signing will earn £250,000 a week over five years.",
     [('money', '£65m', 65000000, 'GBP'), ('money', '£250,000', 250000, 'GBP'),
      ('duration', 'five years', 5, 'year')]),
    ('c207', 'mixed', 'archery taster in Ealing was £30 for an hour and a half, bows provided',
     [('money', '£30', 30, 'GBP'), ('duration', 'an hour and a half', 1.5, 'hour')]),
    ('n208', 'mixed', 'A wood-fired kiln at Sirigu burns 2 tonnes of wood over 36 hours, potters say.',
     [('quantity', '2 tonnes', 2, 'tonne'), ('duration', '36 hours', 36, 'hour')]),
    ('n209', 'mixed', 'At the Colombo spice auction, 14,000 kg of Alba cinnamon went under the hammer at Rs. 3,450 a kilo.',
     [('quantity', '14,000 kg', 14000, 'kilogram'), ('money', 'Rs. 3,450', 3450, RUPEE)]),
    ('c210', 'mixed', 'phone repair in Kampala: USh 80,000 for the screen, ready in 2 hrs they say',
     [('money', 'USh 80,000', 80000, 'UGX'), ('duration', '2 hrs', 2, 'hour')]),
    # ---- money-neg
    ('c211', 'money-neg', 'the salon is on 0772 418 903, call before you come',
     []),
    ('n212', 'money-neg', "Ghana's Black Stars beat Uganda 3-1 in Kumasi on Saturday.",
     []),
    ('c213', 'money-neg', 'the favourite is 5/2 and the grey is 11-4, which one',
     []),
    ('n214', 'money-neg', 'The new phone repair hub opens at 45 Jalan Bukit Bintang, level 3, next month.',
     []),
    ('c215', 'money-neg', 'my barber Kwame turned 60 and he is still cutting every day',
     []),
    ('n216', 'money-neg', 'Bakeries in Kano sold an estimated 2 million loaves during Sallah.',
     []),
    ('c217', 'money-neg', 'had a rolex at the stage in Wandegeya, best breakfast ever',
     []),
    ('c218', 'money-neg', 'my ferry booking reference is PHL-204-7781, can you check it',
     []),
    ('n219', 'money-neg', 'Sundowns sold 42,000 tickets for the derby at FNB Stadium.',
     []),
    ('c220', 'money-neg', 'my Tecno Camon 30 is acting up again, the screen flickers',
     []),
    ('c221', 'money-neg', 'the Bucks Fizz at the wedding was lovely, I had three glasses',
     []),
    ('n222', 'money-neg', 'Shares in Rand Merchant Bank rose 4 percent on Friday.',
     []),
    ('c223', 'money-neg', 'rate it 4.5 out of 5, the pandesal was perfect',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', 'the Holyhead boat sails at half eight, be at the North Wall early',
     []),
    ('c225', 'dur-neg', 'is the 4.10 at Leopardstown worth a bet',
     []),
    ('n226', 'dur-neg', 'The filly, a three-year-old by Galileo, won at Ascot on Saturday.',
     []),
    ('c227', 'dur-neg', 'gates open at 2 pm on Friday and close at midnight',
     []),
    ('n228', 'dur-neg', 'Three Days Grace will headline the Saturday night of the festival.',
     []),
    ('n229', 'dur-neg', 'Limerick face Cork in round 3 of the Munster championship.',
     []),
    ('c230', 'dur-neg', 'booked for my braids on the 14th at 9',
     []),
    ('c231', 'dur-neg', "my nephew's 18 months old already, where did the time go",
     []),
    ('n232', 'dur-neg', 'Salons in Singapore must close by 10pm under the new rules.',
     []),
    ('c233', 'dur-neg', 'water the seedlings twice daily, at 6 and again at 5',
     []),
    ('c234', 'dur-neg', 'we are up 32-28 going into the 3rd quarter',
     []),
    ('n235', 'dur-neg', 'The champion hit a nine-darter in the 11th leg of the final.',
     []),
    ('c236', 'dur-neg', 'two ticks, just finishing your fringe',
     []),
    # ---- qty-neg
    ('c237', 'qty-neg', 'won by two lengths and a neck at Naas, get in',
     []),
    ('c238', 'qty-neg', 'a number 2 on the sides and scissors on top please',
     []),
    ('c239', 'qty-neg', 'the glaze fires at cone 6, so the clay must be rated for it',
     []),
    ('c240', 'qty-neg', 'does a 500 spine arrow suit me or the 600s',
     []),
    ('n241', 'qty-neg', 'Tyre dealers report shortages of the 265/65 R17 112S size used on pickups.',
     []),
    ('c242', 'qty-neg', 'use the 20 vol developer, not the 40 vol, my scalp is sensitive',
     []),
    ('n243', 'qty-neg', "Traders at Lagos's Mile 12 market say tomato supply has improved.",
     []),
    ('c244', 'qty-neg', 'drove the campervan up Ninety Mile Beach, stunning',
     []),
    ('c245', 'qty-neg', 'the pattern says 4-ply but I only have DK',
     []),
    ('n246', 'qty-neg', 'The mare won by a country mile at Leopardstown on Sunday.',
     []),
    ('n247', 'qty-neg', 'The new phone repair hub has 30 stalls across three floors.',
     []),
    ('n248', 'qty-neg', "Kenya's greenhouse sector employs more than 200,000 people.",
     []),
    ('c249', 'qty-neg', 'the dress pattern is a size 10 but I am more of a 14',
     []),
    ('n250', 'qty-neg', "The Sumec Firman SPG3000 topped the consumer group's generator ratings.",
     []),
]
