"""Held-out probe chat14: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7, chat8, chat9,
chat10, chat11, chat12, chat13 or classes). Domains lean on what the earlier probes
used least: travel and visas (visa and e-visa fees, tourist levies, visa-free stays,
passport validity, extensions, processing times), flying (bag allowances, fuel in kg,
connections, layovers, delays, duty limits, liquids), public transport fares in many
cities (Leap, Opal, Presto, EZ-Link, AT HOP, Hopper, BRT, combi, LRT, auto-rickshaw),
education fees and terms (tuition, school fees per term or session, credit hours,
exams, strikes), hospital stays and bills, medicines and pharmaceuticals (doses,
courses, infusions, trials, storage, drug prices), veterinary care, charity and
crowdfunding (sponsored events, telethons, harambees, Kickstarter), museums and
auctions (estimates, hammer prices, admission, lux levels, exhibits), telecoms and
gaming (data plans, bundles, airtime, recharges, downloads, monitors, playtime,
respawns, speedruns), space missions (orbits, thrust, escape speed, countdowns, time
on the station), sailing (knots, nautical miles, draught, swell, watches, passages),
construction and mining (blocks, slabs, cubes of sand, concrete cover, haul trucks,
shafts, Moz, g/t, carats), brewing (mash and pitch temperatures, batch sizes,
hectolitres, fermentation) and tailoring and textiles (yards of ankara, a nine-yard
saree, inside leg, seam allowances, metres of wool), with spoken and written forms
from US, UK, Irish, Indian, Nigerian, Kenyan, South African, Australian, New Zealand,
Canadian, Singaporean, Philippine, Botswanan, Malawian and Caribbean English.
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
(../chat11/cases.py), chat12's (../chat12/cases.py) and chat13's (../chat13/cases.py),
all unchanged and decided before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12 and chat13; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers Irish "the
   guts of" ("the guts of an hour" = 1 hour, "the guts of 300 euro" = 300 EUR),
   "close on", "in or around", "a shade under", "a whisker over", "as much as", "as
   little as", "something like", "not less than", "circa" (before a measure; "circa
   900 AD" is a year: nothing) and a trailing "plus" ("R2,000 plus" = 2000 ZAR, like
   chat11's trailing "+").
 * Ranges: "from X up to Y" is one range claim (chat12's "from X to Y"); a currency
   mark written only on the first number of a range applies to both ("£800–1,200" =
   (800, 1200) GBP, the mirror of chat13's unit after the second number); a scale
   written on both numbers with the mark once ("HK$8m–12m") is one range; a vulgar
   fraction may close a range ("3 to 3½ hours" = (3, 3.5) hour); a spaced en dash
   ("3 – 5 weeks") is chat4's range.
 * Hyphenated modifiers (chat13) in the new domains carry their measure: "a 55-minute
   connection" = 55 minute, "a 10-day mission" = 10 day, "a nine-yard saree" = 9
   yard, "a 38-foot sloop" = 38 foot, "240-tonne haul trucks" = 240 tonne, "9-inch
   blocks" = 9 inch (a block named by its size, like chat8's "3/8 inch bolts"), "a
   23-litre batch" = 23 liter, "a 2,492-carat diamond" = 2492 carat, "a 20-pound bag"
   = 20 pound (mass), "a 24-hour sponsored silence" = 24 hour (an event that lasts a
   day; chat10's "24-hour pharmacy" and "open 24 hours", round-the-clock opening, stay
   nothing). A coin or banknote named by its value is money (chat10's "a 55-cent
   surcharge", chat12's "break a fifty"): "a 5-peso coin" = 5 PHP.
 * chat4's rate-denominator rule in the new domains: "per term", "a session", "per
   credit hour", "an item", "a head", "per traveller", "a night", "per patient", "per
   kilogram", "per 10 kg of bodyweight" (chat10's denominator with a number), "GB/day"
   and "a day" after a data amount ("1.5 GB/day" = 1.5 GB), "g/t" after an ore grade
   (= chat12's "grams per tonne", the gram is claimed) and "a day" after a distance
   ("10 to 15 metres a day"): only the numerator is claimed.
 * More numbers that are not claims: credit hours and credits ("a 3-credit-hour
   course" is an academic count, not a duration), school classes ("Year 11", "Form
   5"), Martian sols used as a day number ("on sol 1,200": an ordinal-like count, and
   "sol" is not a pint unit), visa class and rule names ("H-1B", "the 90/180 rule"),
   cricket formats and fixtures ("T20", "One Day International"), a duvet's tog
   rating, wool grades ("Super 120s"), suit and collar sizes with no unit ("a 42
   regular", "a 15½ collar"), rebar and concrete designations ("Y12", "C25/30",
   mesh "A193"), brewing figures with no pint unit (an original gravity "OG of
   1.062", bitterness in "IBU"), SPF, trial phases ("phase 3"), blood pressure
   written "142 over 90" with no unit, GPU and screen-resolution names ("RTX 4070",
   "1440p"), rocket, aircraft and line names ("Falcon 9", "Artemis II", "A350",
   "LRT-1", chat12's models), lumber sections with no unit ("150x50", chat8's
   "2x4s"), counts of satellites, engines, stars in a game, backers, bags, blocks,
   sessions and fractions of a radiotherapy course, in-game gems (chat10's in-game
   currencies), and numbers left bare after a claim ("waist 34", "needs to lose
   three", "or the 32": chat13's unitless numbers).
 * More names and idioms with no claim: "Penny Lane", "Ayn Rand", "Rand Water",
   "Naira Marley", "Peso Pluma", "Dollar General", "The Nickel Boys", "Ten Pound Poms",
   "quid pro quo", "a million-dollar smile", "9 to 5" (the song), "The 40-Year-Old
   Virgin", "the Forty Foot" (Dublin), "Inch Beach", "K2", "a pint-sized" player, "a
   mile-wide grin", "the ₹ symbol" with no amount; ordinal days of a strike or war
   ("its 56th day", chat4's ordinals).
Money
 * Coin and banknote slang: Canadian "a loonie" = 1 CAD and "a toonie" = 2 CAD; US
   "a dime" = 0.10 USD; "Benjamins" = 100 USD each ("two Benjamins" = 200 USD); UK
   "a ton" said of a price = 100 GBP (not a mass); Irish "a euro fifty" = 1.50 EUR
   (chat5's trailing number); Philippine "piso" = PHP ("one piso" = 1 PHP).
 * More marks: "J$" = JMD, "TT$" = TTD, "EC$" = XCD, "Bds$" = BBD, "MK" + amount in
   Malawi = MWK, "P" + amount in a Botswana context (Gaborone) = BWP (chat13's "P" is
   PHP only in a Philippine context); "R" with a decimal comma before a scale word in
   South Africa ("R1,2 billion" = 1.2e9 ZAR, chat13's "R177,12").
 * chat13's bare-"$" rule extends to sentences set in New Zealand (NZD or USD),
   Singapore (SGD or USD) and Jamaica (JMD or USD); "bucks" in a sentence set in an
   Indian city accepts INR or USD (chat13's Joburg "bucks").
 * Indian spoken scale fractions: "one and a half lakh" = 150000 INR (chat5's bare
   lakh in a money context).
 * Fees and charges in the new domains are ordinary money claims: visa, e-visa and
   tourist fees, fares and fare caps, tuition and school fees, hospital deposits and
   bills, prescription charges, drug prices, vet bills, telethon and appeal totals,
   crowdfunding goals, auction estimates, hammer prices with or without the buyer's
   premium, reserves, museum admission, recharges, airtime, bundles, royalties and
   minimum wages.
Durations
 * Hospital and vet stays in nights are days (chat4's hotel nights): "kept in for
   three nights" = 3 day; a child's countdown in "sleeps" = days ("three sleeps" =
   3 day).
 * Indian English: "since" + an amount in the present perfect is a duration ("pending
   since 4 months" = 4 month); fractions without the article ("two and half weeks" =
   2.5 week, "one and half years" = 1.5 year).
 * A launch countdown with an amount ("T-minus 90 seconds") is a duration (chat4's
   "a 7 minute countdown").
 * Travel, medical, education, gaming and telecom spans are durations: visa-free
   stays, validity ("valid for a year", "valid for six months beyond"), processing
   times, flight times, connections, layovers, delays, duty limits, stays in
   hospital, fasting, infusion times, courses of a medicine, wearing a monitor or a
   cone, trial follow-up, vaccine validity, exam lengths and reading time, school
   terms, strikes, breaks, playtime, raids, respawn timers ("45s", chat12's glued
   "s"), bundle validity, call minutes (chat12), exhibitions, sponsored events,
   curing times, time underground, shaft sinking, fermentation and conditioning,
   boil times, alterations, watches at sea, passages and ferries.
 * A speedrun time written h:mm:ss ("finished ... in 1:36:54") is a duration (chat6's
   race time).
 * "1 day 19 hours 3 minutes" = one claim (chat12's "2 days 6 hours" with a third
   part, no commas); "13 minutes 40 seconds" = 820 second.
Quantities
 * New units: "Gy" = gray (radiotherapy dose); "lux" = lux; "kN" = kilonewton
   (thrust); "km/s" = kilometer/second; "Hz" = hertz (a monitor's refresh rate);
   "m²" = meter**2 (chat11's "sqm"); "kilos" = kilogram; "cubes" of sand or concrete
   in builders' talk (South Africa, India) = meter**3; "Moz" (million ounces of gold)
   = 1e6 troy ounces (GOLD_OZ accepted); "mg/dL" accepts the numerator or the
   concentration (milligram or milligram/deciliter), like chat13's "µg/m³".
 * A composite whose last number is bare follows chat5: "3 kg 450" = 3.45 kilogram.
 * Fractions of a unit: "three-quarters of a metre" = 0.75 meter, "1¾ yards" = 1.75
   yard, "half a kilo" = 0.5 kilogram (chat5 and chat12).
 * Baggage allowances, fuel uplift, cruise altitude, liquids limits, orbit heights,
   distances to planets, probe and rover masses, rocket thrust, ore grades and
   intercepts, shaft depths, diamond weights, fabric lengths, body measurements for
   a suit, seam allowances, data allowances, downloads, screen sizes and refresh
   rates, mash and pitch temperatures, batch sizes, hop additions, brewery output,
   conservation light levels, statue masses and heights, knitted lengths, plot and
   section areas, slab thicknesses and concrete cover are quantities.
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
CAD_US = ('CAD', 'USD')  # bare "$" set in Canada
ZAR_US = ('ZAR', 'USD')  # "bucks" set in South Africa
NZD_US = ('NZD', 'USD')  # bare "$" set in New Zealand
SGD_US = ('SGD', 'USD')  # bare "$" set in Singapore
JMD_US = ('JMD', 'USD')  # bare "$" set in Jamaica
INR_US = ('INR', 'USD')  # "bucks" set in an Indian city
MGDL = ('milligram', 'milligram/deciliter')  # "mg/dL"


ROWS = [
    # ---- money-travel
    ('n001', 'money-travel', 'The Schengen short-stay visa fee goes up to €90 for adults from June.',
     [('money', '€90', 90, 'EUR')]),
    ('n002', 'money-travel', "Kenya's electronic travel authorisation costs US$30 per traveller.",
     [('money', 'US$30', 30, 'USD')]),
    ('c003', 'money-travel', 'the visa extension at Chaeng Watthana set me back 1,900 baht',
     [('money', '1,900 baht', 1900, 'THB')]),
    ('n004', 'money-travel', 'Bhutan lowered its sustainable development fee to US$100 a night for tourists.',
     [('money', 'US$100', 100, 'USD')]),
    ('c005', 'money-travel', 'Venice charges day-trippers 5 euro a head on busy weekends now',
     [('money', '5 euro', 5, 'EUR')]),
    ('c006', 'money-travel', 'the visa agent in Ikeja wants N250k for processing, is that normal?',
     [('money', 'N250k', 250000, 'NGN')]),
    # ---- money-fares
    ('c007', 'money-fares', 'in Toronto the TTC fare is $3.35 if you tap a Presto card',
     [('money', '$3.35', 3.35, CAD_US)]),
    ('c008', 'money-fares', "on the Luas a Leap fare is two euro but a paper ticket's €2.40",
     [('money', 'two euro', 2, 'EUR'), ('money', '€2.40', 2.4, 'EUR')]),
    ('n009', 'money-fares', "Sydney's Opal weekly travel cap rises to $50 on July 1.",
     [('money', '$50', 50, AUD_US)]),
    ('c010', 'money-fares', 'in Singapore the MRT ride from Jurong East is about $1.89 on EZ-Link',
     [('money', '$1.89', 1.89, SGD_US)]),
    ('n011', 'money-fares', 'Lagos BRT fares on the Ikorodu corridor rose to N750.',
     [('money', 'N750', 750, 'NGN')]),
    ('n012', 'money-fares', 'The LRT-1 minimum fare in Manila will rise to ₱16.25 next month.',
     [('money', '₱16.25', 16.25, 'PHP')]),
    ('c013', 'money-fares', 'the auto from Majestic was 180 bucks, Bengaluru is crazy',
     [('money', '180 bucks', 180, INR_US)]),
    ('n014', 'money-fares', "Auckland's AT HOP bus fare for a single zone stays at $2.20.",
     [('money', '$2.20', 2.2, NZD_US)]),
    ('n015', 'money-fares', 'Commuters in Gaborone now pay P8 for a combi ride to Mogoditshane.',
     [('money', 'P8', 8, 'BWP')]),
    # ---- money-education
    ('n016', 'money-education', 'Tuition at the liberal arts college will reach $68,400 a year.',
     [('money', '$68,400', 68400, 'USD')]),
    ('n017', 'money-education', 'Boarding schools in Nyeri will charge KSh 53,000 per term from January.',
     [('money', 'KSh 53,000', 53000, 'KES')]),
    ('c018', 'money-education', "my son's school fees is N450,000 a session now, how do people cope",
     [('money', 'N450,000', 450000, 'NGN')]),
    ('c019', 'money-education', 'the B.Tech fee is 1.75 lakh per annum plus hostel',
     [('money', '1.75 lakh', 175000, 'INR')]),
    ('c020', 'money-education', 'in Manila my tuition this sem is P42,000, can we do installments',
     [('money', 'P42,000', 42000, 'PHP')]),
    ('n021', 'money-education', 'International undergraduates in Vancouver pay roughly $48,000 a year in tuition.',
     [('money', '$48,000', 48000, CAD_US)]),
    ('c022', 'money-education', 'community college here is $152 per credit hour for in-state',
     [('money', '$152', 152, 'USD')]),
    # ---- money-health
    ('n023', 'money-health', 'A knee replacement at the Pune hospital costs about ₹2.5 lakh.',
     [('money', '₹2.5 lakh', 250000, 'INR')]),
    ('n024', 'money-health', 'Nairobi Hospital demanded a Sh180,000 deposit before admitting the accident victim.',
     [('money', 'Sh180,000', 180000, 'KES')]),
    ('n025', 'money-health', 'The one-off gene therapy is priced at $2.9 million per patient.',
     [('money', '$2.9 million', 2900000, 'USD')]),
    ('c026', 'money-health', 'prescriptions in England are £9.90 an item but free in Wales',
     [('money', '£9.90', 9.9, 'GBP')]),
    ('c027', 'money-health', 'the vet in Perth charged $420 to desex the puppy',
     [('money', '$420', 420, AUD_US)]),
    ('n028', 'money-health', 'A vial of insulin now sells for ₦25,000 in Kano pharmacies.',
     [('money', '₦25,000', 25000, 'NGN')]),
    # ---- money-charity
    ('c029', 'money-charity', 'our Kickstarter blew past its $30k goal in one afternoon',
     [('money', '$30k', 30000, 'USD')]),
    ('n030', 'money-charity', "The Toy Show appeal raised over €7 million for children's charities.",
     [('money', '€7 million', 7000000, 'EUR')]),
    ('c031', 'money-charity', "we gave Rs 501 as shagun at my cousin's wedding",
     [('money', 'Rs 501', 501, RUPEE)]),
    ('n032', 'money-charity', "A harambee in Kisumu raised over 2 million shillings for the orphan's university fees.",
     [('money', '2 million shillings', 2000000, 'KES')]),
    ('n033', 'money-charity', "The telethon raised J$64 million for the children's hospital.",
     [('money', 'J$64 million', 64000000, 'JMD')]),
    # ---- money-auction
    ('n034', 'money-auction', 'A Klimt portrait fetched £85.3 million in London, a European auction record.',
     [('money', '£85.3 million', 85300000, 'GBP')]),
    ('n035', 'money-auction', 'The imperial vase carries an estimate of HK$8m–12m.',
     [('money', 'HK$8m–12m', (8000000, 12000000), 'HKD')]),
    ('c036', 'money-auction', 'the valuer reckons the carriage clock will go for £800–1,200',
     [('money', '£800–1,200', (800, 1200), 'GBP')]),
    ('n037', 'money-auction', "The guitar's hammer price was $14,000, or $17,500 with the buyer's premium.",
     [('money', '$14,000', 14000, 'USD'), ('money', '$17,500', 17500, 'USD')]),
    ('n038', 'money-auction', 'The Barbados Museum raised adult admission to Bds$25.',
     [('money', 'Bds$25', 25, 'BBD')]),
    ('c039', 'money-auction', 'the reserve on the Les Paul is 5 grand, fingers crossed',
     [('money', '5 grand', 5000, GRAND)]),
    # ---- money-telecom
    ('c040', 'money-telecom', 'my Airtel recharge is ₹379 now, it used to be ₹299',
     [('money', '₹379', 379, 'INR'), ('money', '₹299', 299, 'INR')]),
    ('c041', 'money-telecom', "can you pasaload me 50 pesos, i'm in Cebu and out of data",
     [('money', '50 pesos', 50, 'PHP')]),
    ('c042', 'money-telecom', 'the battle pass is 950 V-Bucks, so about eight quid',
     [('money', 'eight quid', 8, 'GBP')]),
    ('n043', 'money-telecom', 'MTN Ghana raised the price of its weekly bundle to GH₵30.',
     [('money', 'GH₵30', 30, 'GHS')]),
    ('c044', 'money-telecom', 'buy me N2,000 airtime on Glo abeg',
     [('money', 'N2,000', 2000, 'NGN')]),
    # ---- money-slang
    ('c045', 'money-slang', 'you need a loonie for the shopping cart at Superstore',
     [('money', 'a loonie', 1, 'CAD')]),
    ('c046', 'money-slang', 'got a toonie for the laundry machine?',
     [('money', 'a toonie', 2, 'CAD')]),
    ('c047', 'money-slang', 'gumdrops were a dime apiece at the corner store back then',
     [('money', 'a dime', 0.1, 'USD')]),
    ('c048', 'money-slang', 'he still owes me two Benjamins from the Vegas trip',
     [('money', 'two Benjamins', 200, 'USD')]),
    ('c049', 'money-slang', "bloke in Leeds wants a ton for his old racing bike, reckon it's worth it?",
     [('money', 'a ton', 100, 'GBP')]),
    ('c050', 'money-slang', "the car park's only a euro fifty for the day",
     [('money', 'a euro fifty', 1.5, 'EUR')]),
    ('c051', 'money-slang', 'one and a half lakh for a second-hand Activa is too much yaar',
     [('money', 'one and a half lakh', 150000, 'INR')]),
    # ---- money-regional
    ('n052', 'money-regional', 'Trinidad and Tobago raised the minimum wage to TT$20.50 an hour.',
     [('money', 'TT$20.50', 20.5, 'TTD')]),
    ('n053', 'money-regional', 'Minibus operators in Castries now charge EC$3.50 for the short route.',
     [('money', 'EC$3.50', 3.5, 'XCD')]),
    ('n054', 'money-regional', 'Maize prices in Lilongwe hit MK1,200 per kilogram.',
     [('money', 'MK1,200', 1200, 'MWK')]),
    ('c055', 'money-regional', 'you need a 5-peso coin for the CR at the Cubao terminal in Quezon City',
     [('money', '5-peso', 5, 'PHP')]),
    ('c056', 'money-regional', 'back home in Jamaica a beef patty is like $350 now',
     [('money', '$350', 350, JMD_US)]),
    ('n057', 'money-regional', 'The Johannesburg council approved a R1,2 billion budget for new water pipes.',
     [('money', 'R1,2 billion', 1200000000, 'ZAR')]),
    # ---- money-range
    ('c058', 'money-range', "the orthodontist quoted $5,000 to $7,000 for my daughter's braces",
     [('money', '$5,000 to $7,000', (5000, 7000), 'USD')]),
    ('c059', 'money-range', 'a hospital delivery in Abuja is between N300k and N500k',
     [('money', 'N300k and N500k', (300000, 500000), 'NGN')]),
    ('n060', 'money-range', 'Tickets for the final are priced from ₹2,500 up to ₹65,000.',
     [('money', '₹2,500 up to ₹65,000', (2500, 65000), 'INR')]),
    ('c061', 'money-range', 'a sparky in Brisbane charges somewhere between 90 and 120 bucks an hour',
     [('money', '90 and 120 bucks', (90, 120), AUD_US)]),
    # ---- money-bound
    ('c062', 'money-bound', 'the guts of 300 euro for the weekend in Galway, not bad',
     [('money', '300 euro', 300, 'EUR')]),
    ('n063', 'money-bound', 'Repairs to the cathedral roof could cost as much as £40 million.',
     [('money', '£40 million', 40000000, 'GBP')]),
    ('c064', 'money-bound', 'flights to Bali are as little as $199 return from Perth this week',
     [('money', '$199', 199, AUD_US)]),
    ('c065', 'money-bound', 'the plumber wants R2,000 plus for a callout on a Sunday',
     [('money', 'R2,000', 2000, 'ZAR')]),
    ('n066', 'money-bound', 'The rights to the film could fetch something like $150 million, analysts said.',
     [('money', '$150 million', 150000000, 'USD')]),
    # ---- dur-travel
    ('n067', 'dur-travel', 'Thailand will keep 60 days of visa-free entry for British passport holders.',
     [('duration', '60 days', 60, 'day')]),
    ('n068', 'dur-travel', 'The new e-visa allows stays of up to 30 days and remains valid for a year.',
     [('duration', '30 days', 30, 'day'), ('duration', 'a year', 1, 'year')]),
    ('c069', 'dur-travel', 'my H-1B stamping appointment is pending since 4 months',
     [('duration', '4 months', 4, 'month')]),
    ('c070', 'dur-travel', 'your passport has to be valid for six months beyond the return date',
     [('duration', 'six months', 6, 'month')]),
    ('c071', 'dur-travel', 'visa processing is 3 – 5 weeks right now, apply early',
     [('duration', '3 – 5 weeks', (3, 5), 'week')]),
    # ---- dur-aviation
    ('c072', 'dur-aviation', 'the Auckland to New York flight is 17 hours 50, brutal',
     [('duration', '17 hours 50', 1070, 'minute')]),
    ('c073', 'dur-aviation', "i've got a 55-minute connection in Frankfurt, will i make it",
     [('duration', '55-minute', 55, 'minute')]),
    ('n074', 'dur-aviation', 'The Lagos flight was delayed by 3 hrs 40 after a bird strike.',
     [('duration', '3 hrs 40', 220, 'minute')]),
    ('c075', 'dur-aviation', 'a 2h 35m layover in Doha, what can i do near the airport',
     [('duration', '2h 35m', 155, 'minute')]),
    ('n076', 'dur-aviation', 'Pilots may not fly more than 13 hours in a single duty period.',
     [('duration', '13 hours', 13, 'hour')]),
    # ---- dur-hospital
    ('c077', 'dur-hospital', 'mum was kept in for three nights after the op',
     [('duration', 'three nights', 3, 'day')]),
    ('c078', 'dur-hospital', "pharmacist said amoxicillin every 8 hours and don't stop before 7 days",
     [('duration', '8 hours', 8, 'hour'), ('duration', '7 days', 7, 'day')]),
    ('c079', 'dur-hospital', 'nil by mouth for 6 hours before the endoscopy, does that include water?',
     [('duration', '6 hours', 6, 'hour')]),
    ('c080', 'dur-hospital', 'the zoledronic acid drip runs over 30 minutes, then i can go home',
     [('duration', '30 minutes', 30, 'minute')]),
    ('c081', 'dur-hospital', 'doctor said bed rest for two and half weeks after the surgery',
     [('duration', 'two and half weeks', 2.5, 'week')]),
    ('c082', 'dur-hospital', 'the Holter monitor stays on for 48 hrs, no showering',
     [('duration', '48 hrs', 48, 'hour')]),
    # ---- dur-pharma
    ('n083', 'dur-pharma', 'The phase 3 trial followed patients for 72 weeks.',
     [('duration', '72 weeks', 72, 'week')]),
    ('c084', 'dur-pharma', 'one Mounjaro pen lasts me four weeks',
     [('duration', 'four weeks', 4, 'week')]),
    # ---- dur-vet
    ('c085', 'dur-vet', 'the cone has to stay on for 10 days after the spay',
     [('duration', '10 days', 10, 'day')]),
    ('c086', 'dur-vet', "no kibble for 12 hrs before Bella's dental, vet's orders",
     [('duration', '12 hrs', 12, 'hour')]),
    ('c087', 'dur-vet', 'is the rabies shot good for 3 years in Ontario',
     [('duration', '3 years', 3, 'year')]),
    # ---- dur-space
    ('n088', 'dur-space', 'The cosmonaut came home after 371 days on the ISS.',
     [('duration', '371 days', 371, 'day')]),
    ('n089', 'dur-space', 'Artemis II will fly a 10-day mission around the Moon.',
     [('duration', '10-day', 10, 'day')]),
    ('c090', 'dur-space', 'T-minus 90 seconds and the stream just froze!!',
     [('duration', '90 seconds', 90, 'second')]),
    ('n091', 'dur-space', 'Commands sent to the Mars rover need about 13 minutes 40 seconds to arrive.',
     [('duration', '13 minutes 40 seconds', 820, 'second')]),
    # ---- dur-sailing
    ('c092', 'dur-sailing', "we're doing 4-hour watches on the crossing to Madeira",
     [('duration', '4-hour', 4, 'hour')]),
    ('n093', 'dur-sailing', 'The line honours winner reached Hobart in 1 day 19 hours 3 minutes.',
     [('duration', '1 day 19 hours 3 minutes', 2583, 'minute')]),
    ('c094', 'dur-sailing', 'the ferry to Waiheke only takes 40 min, heaps quicker than i thought',
     [('duration', '40 min', 40, 'minute')]),
    # ---- dur-education
    ('c095', 'dur-education', 'the maths paper is 2 hours 15 minutes plus 10 minutes reading time',
     [('duration', '2 hours 15 minutes', 135, 'minute'),
      ('duration', '10 minutes', 10, 'minute')]),
    ('n096', 'dur-education', 'Kenya will shorten the third school term to nine weeks.',
     [('duration', 'nine weeks', 9, 'week')]),
    ('c097', 'dur-education', "it's a three-year course, plus a year abroad in Lyon",
     [('duration', 'three-year', 3, 'year'), ('duration', 'a year', 1, 'year')]),
    ('n098', 'dur-education', 'The ASUU strike has now lasted eight months, keeping students at home.',
     [('duration', 'eight months', 8, 'month')]),
    # ---- dur-gaming
    ('c099', 'dur-gaming', "i've sunk 340 hours into Baldur's Gate 3",
     [('duration', '340 hours', 340, 'hour')]),
    ('c100', 'dur-gaming', 'the raid takes like 2 and a half hrs if nobody wipes',
     [('duration', '2 and a half hrs', 2.5, 'hour')]),
    ('c101', 'dur-gaming', 'respawn timer is 45s in ranked, way too long',
     [('duration', '45s', 45, 'second')]),
    ('n102', 'dur-gaming', 'A speedrunner finished Super Mario 64 with all 120 stars in 1:36:54.',
     [('duration', '1:36:54', 5814, 'second')]),
    # ---- dur-telecom
    ('c103', 'dur-telecom', 'the data bundle now expires after 7 days instead of a month',
     [('duration', '7 days', 7, 'day'), ('duration', 'a month', 1, 'month')]),
    ('n104', 'dur-telecom', 'Customers on the legacy plan keep 300 free minutes of calls.',
     [('duration', '300 free minutes', 300, 'minute')]),
    # ---- dur-culture
    ('n105', 'dur-culture', 'The Tutankhamun exhibition will run for 16 weeks in Sydney.',
     [('duration', '16 weeks', 16, 'week')]),
    ('c106', 'dur-culture', "i'm doing a 24-hour sponsored silence for the hospice, pray for me",
     [('duration', '24-hour', 24, 'hour')]),
    # ---- dur-build
    ('c107', 'dur-build', 'the slab needs 28 days to reach full strength before we load it',
     [('duration', '28 days', 28, 'day')]),
    ('n108', 'dur-build', 'The Chilean miners spent 69 days trapped underground.',
     [('duration', '69 days', 69, 'day')]),
    ('n109', 'dur-build', 'Sinking the new shaft near Rustenburg will take 4 and a half years.',
     [('duration', '4 and a half years', 4.5, 'year')]),
    # ---- dur-craft
    ('c110', 'dur-craft', 'primary fermentation is two weeks, then bottle condition for another fortnight',
     [('duration', 'two weeks', 2, 'week'), ('duration', 'fortnight', 2, 'week')]),
    ('c111', 'dur-craft', "the tailor in Hoi An says the suit's ready in 48 hours",
     [('duration', '48 hours', 48, 'hour')]),
    ('c112', 'dur-craft', 'the darzi said the blouse will take 3-4 days',
     [('duration', '3-4 days', (3, 4), 'day')]),
    ('c113', 'dur-craft', 'boil the wort for an hour and a quarter',
     [('duration', 'an hour and a quarter', 1.25, 'hour')]),
    # ---- dur-regional
    ('c114', 'dur-regional', 'wait 10 minutes only lah, the bus coming already',
     [('duration', '10 minutes', 10, 'minute')]),
    ('c115', 'dur-regional', 'took the guts of an hour to get through the Port Tunnel',
     [('duration', 'an hour', 1, 'hour')]),
    ('c116', 'dur-regional', 'three sleeps till we fly to Bali!!',
     [('duration', 'three sleeps', 3, 'day')]),
    ('c117', 'dur-regional', 'NEPA took light for like 11 hours yesterday, the freezer is finished',
     [('duration', '11 hours', 11, 'hour')]),
    ('c118', 'dur-regional', 'the wait at the DMV was an hour and change',
     [('duration', 'an hour', 1, 'hour')]),
    ('c119', 'dur-regional', 'my cousin is working in Dubai since one and half years',
     [('duration', 'one and half years', 1.5, 'year')]),
    ('c120', 'dur-regional', 'the ferry from Port of Spain to Scarborough is about three and a half hours',
     [('duration', 'three and a half hours', 3.5, 'hour')]),
    ('c121', 'dur-regional', "smoko's 15 minutes, then back on the tools",
     [('duration', '15 minutes', 15, 'minute')]),
    # ---- dur-range
    ('n122', 'dur-range', 'Resurfacing the main runway will take 10 to 12 weeks.',
     [('duration', '10 to 12 weeks', (10, 12), 'week')]),
    ('c123', 'dur-range', 'the climb up Kili is 6 to 7 days depending on the route',
     [('duration', '6 to 7 days', (6, 7), 'day')]),
    ('n124', 'dur-range', 'Bus Éireann says the coach to Killarney takes 3 to 3½ hours.',
     [('duration', '3 to 3½ hours', (3, 3.5), 'hour')]),
    # ---- dur-bound
    ('c125', 'dur-bound', 'the Dublin to Cork train is close on 2 and a half hours',
     [('duration', '2 and a half hours', 2.5, 'hour')]),
    ('n126', 'dur-bound', "The convoy's drive from the depot took a shade under four hours.",
     [('duration', 'four hours', 4, 'hour')]),
    ('c127', 'dur-bound', "it's in or around 40 minutes to Athlone from here",
     [('duration', '40 minutes', 40, 'minute')]),
    # ---- qty-aviation
    ('n128', 'qty-aviation', 'Emirates cut the checked bag allowance on its cheapest economy fare to 23 kg.',
     [('quantity', '23 kg', 23, 'kilogram')]),
    ('n129', 'qty-aviation', 'The A350 took on 21,500 kg of fuel in Singapore before the diversion.',
     [('quantity', '21,500 kg', 21500, 'kilogram')]),
    ('c130', 'qty-aviation', "captain says we're cruising at 38,000 feet over the Sahara",
     [('quantity', '38,000 feet', 38000, 'foot')]),
    ('c131', 'qty-aviation', 'cabin bags are 7 kilos max with AirAsia',
     [('quantity', '7 kilos', 7, 'kilogram')]),
    ('n132', 'qty-aviation', 'Heathrow reinstated the 100 ml limit on liquids in hand luggage.',
     [('quantity', '100 ml', 100, 'milliliter')]),
    # ---- qty-space
    ('n133', 'qty-space', 'The station orbits about 420 km above the Earth.',
     [('quantity', '420 km', 420, 'kilometer')]),
    ('n134', 'qty-space', "The booster's 33 engines produce more than 74,000 kN of thrust at lift-off.",
     [('quantity', '74,000 kN', 74000, 'kilonewton')]),
    ('n135', 'qty-space', 'The probe left Earth at 11.2 km/s, enough to escape its gravity.',
     [('quantity', '11.2 km/s', 11.2, 'kilometer/second')]),
    ('n136', 'qty-space', 'Mars came within 56 million km of Earth in 2003.',
     [('quantity', '56 million km', 56000000, 'kilometer')]),
    ('n137', 'qty-space', 'The Perseverance rover weighs 1,025 kg, about as much as a small car.',
     [('quantity', '1,025 kg', 1025, 'kilogram')]),
    # ---- qty-sailing
    ('c138', 'qty-sailing', 'forecast is 15 to 20 knots this arvo, perfect for the twilight race',
     [('quantity', '15 to 20 knots', (15, 20), 'knot')]),
    ('c139', 'qty-sailing', 'our 38-foot sloop draws 1.9 m, can we get into the marina at low tide',
     [('quantity', '38-foot', 38, 'foot'), ('quantity', '1.9 m', 1.9, 'meter')]),
    ('c140', 'qty-sailing', "there's a 2.5-metre swell off the heads today, stay in the harbour",
     [('quantity', '2.5-metre', 2.5, 'meter')]),
    # ---- qty-medicine
    ('c141', 'qty-medicine', 'the GP put me on 500mg metformin twice a day',
     [('quantity', '500mg', 500, 'milligram')]),
    ('c142', 'qty-medicine', "give him 7.5 ml of the Calpol, he's 4",
     [('quantity', '7.5 ml', 7.5, 'milliliter')]),
    ('n143', 'qty-medicine', 'The new protocol delivers 36 Gy to the prostate in five sessions.',
     [('quantity', '36 Gy', 36, 'gray')]),
    ('c144', 'qty-medicine', 'fasting glucose came back at 126 mg/dL, is that prediabetic',
     [('quantity', '126 mg/dL', 126, MGDL)]),
    ('c145', 'qty-medicine', 'the baby came out 3 kg 450, mother and child are fine',
     [('quantity', '3 kg 450', 3.45, 'kilogram')]),
    # ---- qty-vet
    ('c146', 'qty-vet', 'our Lab is 34 kg and the vet says she needs to lose three',
     [('quantity', '34 kg', 34, 'kilogram')]),
    ('c147', 'qty-vet', 'the dewormer is 1 ml per 10 kg of bodyweight',
     [('quantity', '1 ml', 1, 'milliliter')]),
    # ---- qty-build
    ('c148', 'qty-build', 'we need 1,200 9-inch blocks for the fence in Ibadan',
     [('quantity', '9-inch', 9, 'inch')]),
    ('c149', 'qty-build', 'pour a 150 mm slab with A193 mesh on top of the DPM',
     [('quantity', '150 mm', 150, 'millimeter')]),
    ('n150', 'qty-build', "Builders poured 9,400 cubic metres of concrete for the tower's raft foundation.",
     [('quantity', '9,400 cubic metres', 9400, 'meter**3')]),
    ('c151', 'qty-build', 'get 3 cubes of river sand and 40 bags of cement for the extension',
     [('quantity', '3 cubes', 3, 'meter**3')]),
    ('n152', 'qty-build', 'The code requires concrete cover of not less than 40 mm on exposed columns.',
     [('quantity', '40 mm', 40, 'millimeter')]),
    ('c153', 'qty-build', 'cut a 4.8 m length of 150x50 for the lintel',
     [('quantity', '4.8 m', 4.8, 'meter')]),
    # ---- qty-mining
    ('n154', 'qty-mining', "The mine's new 240-tonne haul trucks will run on hydrogen.",
     [('quantity', '240-tonne', 240, 'tonne')]),
    ('n155', 'qty-mining', "Mponeng's deepest workings lie almost 4 km below the surface.",
     [('quantity', '4 km', 4, 'kilometer')]),
    ('n156', 'qty-mining', 'The Ghanaian deposit holds an estimated 3.2 Moz of gold.',
     [('quantity', '3.2 Moz', 3200000, GOLD_OZ)]),
    ('n157', 'qty-mining', 'Drilling returned 12 m at 6.4 g/t gold from the new zone.',
     [('quantity', '12 m', 12, 'meter'), ('quantity', '6.4 g/t', 6.4, 'gram')]),
    ('n158', 'qty-mining', 'The Karowe mine in Botswana recovered a 2,492-carat diamond.',
     [('quantity', '2,492-carat', 2492, 'carat')]),
    # ---- qty-textile
    ('c159', 'qty-textile', 'i bought 6 yards of ankara for the aso ebi',
     [('quantity', '6 yards', 6, 'yard')]),
    ('c160', 'qty-textile', 'she wants a nine-yard saree for the wedding, how do you even drape it',
     [('quantity', 'nine-yard', 9, 'yard')]),
    ('c161', 'qty-textile', 'inside leg is 32 inches, waist 34',
     [('quantity', '32 inches', 32, 'inch')]),
    ('c162', 'qty-textile', 'leave a 1.5 cm seam allowance on the sleeves',
     [('quantity', '1.5 cm', 1.5, 'centimeter')]),
    ('c163', 'qty-textile', 'the tailor needs 3.2 metres of the navy wool for a three-piece',
     [('quantity', '3.2 metres', 3.2, 'meter')]),
    ('c164', 'qty-textile', 'buy three-quarters of a metre of lining and 1¾ yards of interfacing',
     [('quantity', 'three-quarters of a metre', 0.75, 'meter'),
      ('quantity', '1¾ yards', 1.75, 'yard')]),
    # ---- qty-telecom
    ('c165', 'qty-telecom', "my plan's 40 gigs but i still run out by the 20th",
     [('quantity', '40 gigs', 40, GB)]),
    ('c166', 'qty-telecom', 'the Jio pack gives 1.5 GB/day, is that enough for reels',
     [('quantity', '1.5 GB', 1.5, GB)]),
    ('n167', 'qty-telecom', "The game's launch-day patch is a 38 GB download.",
     [('quantity', '38 GB', 38, GB)]),
    ('c168', 'qty-telecom', 'should i get the 27-inch 165Hz monitor or the 32',
     [('quantity', '27-inch', 27, 'inch'), ('quantity', '165Hz', 165, 'hertz')]),
    ('n169', 'qty-telecom', 'Starlink users in Nairobi recorded download speeds of 120 Mbps.',
     [('quantity', '120 Mbps', 120, 'megabit/second')]),
    # ---- qty-brewing
    ('c170', 'qty-brewing', 'mash at 66°C if you want it drier',
     [('quantity', '66°C', 66, 'degree_Celsius')]),
    ('c171', 'qty-brewing', "i'm doing a 23-litre batch with 50 g of Citra at flameout",
     [('quantity', '23-litre', 23, 'liter'), ('quantity', '50 g', 50, 'gram')]),
    ('n172', 'qty-brewing', 'The Ota brewery will produce 1.4 million hectolitres this year.',
     [('quantity', '1.4 million hectolitres', 1400000, 'hectoliter')]),
    ('c173', 'qty-brewing', 'pitch the yeast at 18C and hold it there',
     [('quantity', '18C', 18, 'degree_Celsius')]),
    ('c174', 'qty-brewing', 'add half a kilo of dextrose to dry it out',
     [('quantity', 'half a kilo', 0.5, 'kilogram')]),
    # ---- qty-museum
    ('n175', 'qty-museum', 'The gallery keeps the tapestries at 50 lux to slow fading.',
     [('quantity', '50 lux', 50, 'lux')]),
    ('n176', 'qty-museum', 'The bronze weighs 1.8 tonnes and stands 3.1 metres tall.',
     [('quantity', '1.8 tonnes', 1.8, 'tonne'), ('quantity', '3.1 metres', 3.1, 'meter')]),
    ('n177', 'qty-museum', 'The Viking hoard, weighing circa 3.2 kg, dates from circa 900 AD.',
     [('quantity', '3.2 kg', 3.2, 'kilogram')]),
    ('n178', 'qty-museum', 'Volunteers knitted a scarf 4.5 km long for the charity drive.',
     [('quantity', '4.5 km', 4.5, 'kilometer')]),
    # ---- qty-regional
    ('c179', 'qty-regional', "it's gonna be 38 degrees in Adelaide tomorrow, pool day",
     [('quantity', '38 degrees', 38, TEMP)]),
    ('n180', 'qty-regional', 'Winnipeg schools stayed open despite a windchill of -32°C.',
     [('quantity', '-32°C', -32, 'degree_Celsius')]),
    ('c181', 'qty-regional', 'my plot in Whitefield is 1,200 sq ft, enough for a duplex?',
     [('quantity', '1,200 sq ft', 1200, 'square_foot')]),
    ('n182', 'qty-regional', "The family's shamba near Nakuru covers one and a half acres.",
     [('quantity', 'one and a half acres', 1.5, 'acre')]),
    ('c183', 'qty-regional', 'grab a 20-pound bag of rice from Costco on the way',
     [('quantity', '20-pound', 20, 'pound')]),
    ('c184', 'qty-regional', 'the section in Hamilton is 650 m², is that big for NZ',
     [('quantity', '650 m²', 650, 'meter**2')]),
    # ---- qty-range
    ('c185', 'qty-range', 'will a 55 x 40 x 20 cm duffel fit under the seat on Jetstar',
     [('quantity', '55', 55, 'centimeter'), ('quantity', '40', 40, 'centimeter'),
      ('quantity', '20 cm', 20, 'centimeter')]),
    ('n186', 'qty-range', 'The tunnel boring machine advances 10 to 15 metres a day.',
     [('quantity', '10 to 15 metres', (10, 15), 'meter')]),
    # ---- qty-bound
    ('n187', 'qty-bound', 'The hospital lift is rated for a maximum of 630 kg.',
     [('quantity', '630 kg', 630, 'kilogram')]),
    ('c188', 'qty-bound', "there's a shade under 50 metres left on the bolt of linen",
     [('quantity', '50 metres', 50, 'meter')]),
    ('c189', 'qty-bound', 'landed a trout a whisker over 4 kilos at Taupo',
     [('quantity', '4 kilos', 4, 'kilogram')]),
    # ---- mixed
    ('c190', 'mixed', 'the Hopper fare lets you take unlimited buses within an hour for £1.75',
     [('duration', 'an hour', 1, 'hour'), ('money', '£1.75', 1.75, 'GBP')]),
    ('n191', 'mixed', 'A fundraiser for the injured bus driver topped $412,000 in three days.',
     [('money', '$412,000', 412000, 'USD'), ('duration', 'three days', 3, 'day')]),
    ('c192', 'mixed', 'the ₹349 plan gives 2 GB a day for 28 days',
     [('money', '₹349', 349, 'INR'), ('quantity', '2 GB', 2, GB),
      ('duration', '28 days', 28, 'day')]),
    ('n193', 'mixed', 'An 18-month MBA at the business school now costs S$78,000.',
     [('duration', '18-month', 18, 'month'), ('money', 'S$78,000', 78000, 'SGD')]),
    ('n194', 'mixed', 'The vaccine must be stored below 25°C and used within 28 days of opening.',
     [('quantity', '25°C', 25, 'degree_Celsius'), ('duration', '28 days', 28, 'day')]),
    ('n195', 'mixed', 'She received 60 Gy in 30 fractions over six weeks.',
     [('quantity', '60 Gy', 60, 'gray'), ('duration', 'six weeks', 6, 'week')]),
    ('n196', 'mixed', 'The Sydney to Hobart fleet covers 628 nautical miles, usually in two to four days.',
     [('quantity', '628 nautical miles', 628, 'nautical_mile'),
      ('duration', 'two to four days', (2, 4), 'day')]),
    ('c197', 'mixed', "i'm walking 100 km in 24 hours for the Oxfam Trailwalker",
     [('quantity', '100 km', 100, 'kilometer'), ('duration', '24 hours', 24, 'hour')]),
    ('c198', 'mixed', 'the piso wifi in Davao gives you 12 minutes for one piso',
     [('duration', '12 minutes', 12, 'minute'), ('money', 'one piso', 1, 'PHP')]),
    ('c199', 'mixed', 'the self-serve car wash in Calgary gives you 4 minutes for a toonie',
     [('duration', '4 minutes', 4, 'minute'), ('money', 'a toonie', 2, 'CAD')]),
    ('n200', 'mixed', 'A Kingston court fined the driver J$500,000 and banned him for 18 months.',
     [('money', 'J$500,000', 500000, 'JMD'), ('duration', '18 months', 18, 'month')]),
    ('c201', 'mixed', 'the 3.8 kg cat needs 0.4 ml once a day for 5 days',
     [('quantity', '3.8 kg', 3.8, 'kilogram'), ('quantity', '0.4 ml', 0.4, 'milliliter'),
      ('duration', '5 days', 5, 'day')]),
    ('n202', 'mixed', 'The 4,200 kg capsule splashed down after a 19-hour trip from the station.',
     [('quantity', '4,200 kg', 4200, 'kilogram'), ('duration', '19-hour', 19, 'hour')]),
    ('c203', 'mixed', 'mash at 67°C for 60 minutes, then boil for an hour and a half',
     [('quantity', '67°C', 67, 'degree_Celsius'), ('duration', '60 minutes', 60, 'minute'),
      ('duration', 'an hour and a half', 1.5, 'hour')]),
    ('c204', 'mixed', 'the tailor in Jaipur charges ₹1,800 for stitching and needs 2.5 metres of fabric',
     [('money', '₹1,800', 1800, 'INR'), ('quantity', '2.5 metres', 2.5, 'meter')]),
    ('n205', 'mixed', 'The Northern Cape mine shipped 1.2 million tonnes of iron ore and paid R340 million in royalties.',
     [('quantity', '1.2 million tonnes', 1200000, 'tonne'),
      ('money', 'R340 million', 340000000, 'ZAR')]),
    ('c206', 'mixed', 'Lagos to Abuja is 1 hour 10 minutes and the ticket was N145,000',
     [('duration', '1 hour 10 minutes', 70, 'minute'), ('money', 'N145,000', 145000, 'NGN')]),
    ('n207', 'mixed', 'A 1.2-metre carved door went for £4,800 at Bonhams.',
     [('quantity', '1.2-metre', 1.2, 'meter'), ('money', '£4,800', 4800, 'GBP')]),
    ('c208', 'mixed', 'in Nairobi Safaricom sells 1GB valid for 24 hours at 99 bob',
     [('quantity', '1GB', 1, GB), ('duration', '24 hours', 24, 'hour'),
      ('money', '99 bob', 99, 'KES')]),
    ('n209', 'mixed', 'JAMB registration costs N6,200 and the exam lasts 2 hours.',
     [('money', 'N6,200', 6200, 'NGN'), ('duration', '2 hours', 2, 'hour')]),
    ('n210', 'mixed', 'The 828-metre tower took six years and $1.5 billion to build.',
     [('quantity', '828-metre', 828, 'meter'), ('duration', 'six years', 6, 'year'),
      ('money', '$1.5 billion', 1500000000, 'USD')]),
    ('c211', 'mixed', 'three nights in the hospital and the bill was $18,000',
     [('duration', 'three nights', 3, 'day'), ('money', '$18,000', 18000, 'USD')]),
    ('c212', 'mixed', 'we cycled the 179 km Ring of Kerry and raised €2,350 for the hospice',
     [('quantity', '179 km', 179, 'kilometer'), ('money', '€2,350', 2350, 'EUR')]),
    ('n213', 'mixed', 'The 30-metre superyacht sold for €12.5 million after 14 months on the market.',
     [('quantity', '30-metre', 30, 'meter'), ('money', '€12.5 million', 12500000, 'EUR'),
      ('duration', '14 months', 14, 'month')]),
    ('c214', 'mixed', 'the 2 TB SSD is $149 and loads the game in 9 seconds',
     [('quantity', '2 TB', 2, TB), ('money', '$149', 149, 'USD'),
      ('duration', '9 seconds', 9, 'second')]),
    # ---- money-neg
    ('c215', 'money-neg', "stick on Penny Lane, it's Dad's favourite",
     []),
    ('c216', 'money-neg', 'is Ayn Rand worth reading or nah',
     []),
    ('n217', 'money-neg', 'Rand Water issued a boil-water notice for parts of Soweto.',
     []),
    ('n218', 'money-neg', 'Naira Marley performed to a packed stadium in Lagos on Saturday.',
     []),
    ('n219', 'money-neg', 'Dollar General shares slid after a weak quarter.',
     []),
    ('n220', 'money-neg', 'The Nickel Boys was shortlisted for the prize.',
     []),
    ('c221', 'money-neg', 'it was a total quid pro quo, he signs and she stays quiet',
     []),
    ('c222', 'money-neg', 'she flashed that million-dollar smile and got the upgrade',
     []),
    ('n223', 'money-neg', 'Descendants of the Ten Pound Poms gathered in Adelaide for the anniversary.',
     []),
    ('n224', 'money-neg', 'India adopted the ₹ symbol in 2010.',
     []),
    ('n225', 'money-neg', "Peso Pluma's Mexico City concert sold out in minutes.",
     []),
    ('c226', 'money-neg', 'i need 1,000 gems to unlock the skin',
     []),
    ('n227', 'money-neg', 'The campaign has drawn 2,300 backers so far.',
     []),
    # ---- dur-neg
    ('c228', 'dur-neg', 'put on 9 to 5 by Dolly Parton',
     []),
    ('c229', 'dur-neg', 'is The 40-Year-Old Virgin on Netflix',
     []),
    ('n230', 'dur-neg', "The doctors' strike in Kenya entered its 56th day on Monday.",
     []),
    ('c231', 'dur-neg', 'the rover is on sol 1,200 of its mission',
     []),
    ('c232', 'dur-neg', "tea's at half four in Nan's",
     []),
    ('c233', 'dur-neg', 'the chemist on the high street is open 24 hours',
     []),
    ('c234', 'dur-neg', "we're watching the T20 final at the pub tonight",
     []),
    ('n235', 'dur-neg', "England lost the third One Day International at Lord's.",
     []),
    ('c236', 'dur-neg', 'this elective is 3 credit hours, do i need it to graduate',
     []),
    ('c237', 'dur-neg', 'my puppy is 11 weeks old today',
     []),
    ('c238', 'dur-neg', 'my flight is at 0545 hrs, wake me at 3',
     []),
    ('c239', 'dur-neg', 'does the 90/180 rule still apply if i fly in through Dublin',
     []),
    ('c240', 'dur-neg', "i'm in Year 11, is that the same as Form 5 in Nairobi",
     []),
    # ---- qty-neg
    ('c241', 'qty-neg', 'a 13.5 tog duvet is way too hot for summer',
     []),
    ('c242', 'qty-neg', 'the suit is Super 120s wool, a 42 regular',
     []),
    ('c243', 'qty-neg', 'my IPA finished with an OG of 1.062 and about 55 IBU',
     []),
    ('c244', 'qty-neg', 'spec says Y12 bars and C25/30 concrete for the columns',
     []),
    ('c245', 'qty-neg', 'slap on SPF 50 before the hike',
     []),
    ('c246', 'qty-neg', 'is a 15½ collar the same as a 39',
     []),
    ('n247', 'qty-neg', 'A Falcon 9 carried 23 Starlink satellites into orbit from Cape Canaveral.',
     []),
    ('c248', 'qty-neg', 'swam at the Forty Foot this morning, baltic',
     []),
    ('c249', 'qty-neg', "we're surfing Inch Beach tomorrow if the wind drops",
     []),
    ('c250', 'qty-neg', 'Messi is a pint-sized genius, end of',
     []),
    ('c251', 'qty-neg', 'he gave me a mile-wide grin when he saw the cake',
     []),
    ('c252', 'qty-neg', 'is the RTX 4070 enough for 1440p',
     []),
    ('c253', 'qty-neg', 'my BP was 142 over 90 at the pharmacy',
     []),
    ('n254', 'qty-neg', 'Climbers summited K2 in winter for the first time in 2021.',
     []),
]
