"""Held-out probe chat16: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat15, classes, date_probes or paraphrase).
Domains lean on what the earlier probes used least or only in passing: hospital and
clinic visits, veterinary care, school fees and uniforms, couriers and postage,
mining, tailoring and textiles, beekeeping, dairy, poultry, tea and cocoa, camping
and hiking, building and DIY materials, laundry and cleaning, pharmacy doses,
aquariums, chess and esports, taxis and ride-hailing, mobile data and telecom
tariffs, rail, sea and air freight, sailing and yachts, and space and astronomy,
with spoken and written forms from Nigerian, Kenyan, Indian, Filipino, Jamaican,
Singaporean, New Zealand, Irish, Caribbean (St Lucia, Trinidad), Egyptian,
Moroccan, Turkish, Israeli, Vietnamese, Indonesian, Polish and Czech English, and
a few Sri Lankan, Ghanaian, Nepali and Malian lines.
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
chat14's (../chat14/cases.py) and chat15's (../chat15/cases.py), all unchanged and
decided before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14 and chat15; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "a touch
   under", "a tick over" (chat15's "a hair over"), "the far side of" (chat15's "the
   wrong side of"), "comfortably over", a trailing "at a push" ("E£3,500 at a push"
   = 3500 EGP) and "the better part of" (chat12's "the best part of": "the better
   part of 10 hours" = 10 hour); "limited to no more than" is chat4's "no more than".
 * Discourse particles and tags change nothing: Nigerian "abeg", "ehn", "na wa",
   "sef", "na", "na lie"; Singaporean "leh"; Filipino "po"; Irish "grand" meaning
   fine ("the fare was grand", "the craic was grand altogether": no number, nothing;
   not chat4's "grand" = 1000). A Moroccan "grand taxi" is a kind of shared taxi
   (nothing); the fare said with it is still money.
 * Ranges: chat13's scale after the second number also covers "₹2–3.5 lakh" =
   (200000, 350000) INR, and a currency mark after the second number covers both
   ends with dot thousands: "1.500 to 2.000 TL" = (1500, 2000) TRY. chat15's mixed-unit
   range covers "500mg to 1g" = (0.5, 1) gram. "38 to 39.2°C" (the scale written
   once, at the end) = (38, 39.2) degree_Celsius (chat4's "25-35 degrees Celsius").
 * Composites (one claim, summed value): "5 ft 7 in" = 67 inch (chat11's "1 ft 3
   in"); "19 days 7 hours" = 463 hour (chat12's "2 days 6 hours"); "3 hours 20
   minutes", "6 hours 40 minutes", "1 hour 50 minutes", "2 hours 15 minutes" (chat4);
   "6 minutes 23 seconds" = 383 second and "2 minutes 40 seconds" = 160 second
   (chat14's "13 minutes 40 seconds"); "an hour and a quarter" = 1.25 hour (chat14);
   "a day and a half" = 1.5 day (chat13's hyphenated "day-and-a-half", unhyphenated);
   "5 shekels 50 agorot" = 5.50 ILS and "15 lira 50 kuruş" = 15.50 TRY (chat15's
   "8 cedis 50 pesewas").
 * Hyphenated modifiers in the new domains carry their measure (chat13): "a
   20-litre jerrycan", "a 10-litre water carrier", "a 45-litre pack", "a 12-metre
   ketch", "a 24-metre ketch", "a 32-metre satellite dish", "a 40-foot container",
   "2.25-inch squares", "a 3.75-inch king", "a 10-day stay", "a four-week holiday".
   A container size that is a rate's denominator stays unclaimed ("US$500 per
   20-foot container" = 500 USD only, chat11's "per 40ft container").
 * chat4's rate-denominator rule in the new domains: "per suit", "a kilo", "a
   litre", "a night", "per load", "a month", "a year", "per km", "a bag", "a day",
   "a week" (after a weight gain: "1–2 kg a week" = (1, 2) kilogram), "per
   hive", "a bird a day", "per tablet", "per 10 kg" (a dose per body weight,
   chat14), "per visitor", and "per move" after a chess increment ("30
   seconds per move" = 30 second, chat10's durations inside rates).
 * More numbers that are not claims: chess ratings ("rated 2150"), chess time
   controls written without units ("3+2", "10+5"), "mate in 3" (a count of moves),
   move numbers ("on move 136"), counts of moves in a time control ("for 40
   moves"), esports and football scores ("13-7", "3-1"); USSD codes ("*544#");
   aquarium water hardness "GH 8", "KH 4" (degrees of hardness, not a pint unit,
   like chat13's ppm), pH and "ammonia 0"; a star's or planet's apparent magnitude
   ("magnitude -2.7"); sail numbers; spacecraft and flight names ("Starship Flight
   7", "Voyager 1"); product, game, event and model names ("Fluval 406", "Bajaj
   Boxer 150", "MG ZS": MG is a car maker, not milligrams; "Flex 100", a bundle
   name; "Dota 2"; "the M6 final"; "Grand" in "the Chennai Grand Masters"; the
   formula "CO2"); tea grades
   ("PF1", "BOP"); the Indian prescription pattern "1-0-1" (a dosing schedule; a
   "for 7 days" beside it is still a duration); school classes ("Form 1", "Class 3",
   "KG 2": kindergarten, not kilograms); "Lekki Phase 1"; BMI; Swahili time ("saa
   3", a clock time: 9 a.m.); "0630 hrs", "half four", "4:37 pm", "7am" (clock
   times); ages ("day-old chicks", "turns 9", "a 3-year-old"); "day 7" of a trek
   (an ordinal, chat14); the moon's "first quarter"; bare numbers left after a claim
   ("recoat after 4", "in Lagos that means 40", "inside leg 31": chat13's unitless
   numbers); mix ratios ("2:1 syrup", chat8); "4x2" timber (chat8's "2x4s"); counts
   of tablets, hives, miners, astronauts, golds, stops, branches and bedrooms.
 * More names and idioms with no claim: "Team GB" (Great Britain, not gigabytes),
   "the gram" (Instagram, not grams), "Kobo" (an e-reader) and "Kobo360" (a
   company), "Lira" (a town in Uganda), "Bob" (a name; chat12's Kenyan "bob" needs
   an amount), "Real Madrid", "Sterling Bank", "Dollar Shave Club", "ten a penny",
   "a yen for" (a craving), "the pound" (an animal shelter), "the Egyptian pound"
   with no amount, "the ₦ sign" with no amount (chat14's "the ₹ symbol"), "Hour of
   Code", "the Six Nations", "the 24-hour chemist" (chat10's "24-hour pharmacy").
Money
 * More marks and words: "₪" = ILS and "agorot" = 0.01 ILS; "E£" = EGP, and bare
   "pounds" in a sentence set in Egypt (Cairo, Maadi, Alexandria) = EGP, not GBP
   (chat4's "Egyptian pounds"); "dhs" (lower case, after the amount) in Morocco
   (Fes) = MAD, "MAD" before the amount = MAD (chat6's codes), "dirhams" in Morocco
   = MAD (chat10); "kuruş" = 0.01 TRY; "đ" after an amount (the Vietnamese habit for
   ₫) = VND; "groszy" = 0.01 PLN; "Kshs"/"Kshs." (the plural abbreviation) = KES
   (chat10's "KSh"); "JMD$" (code and sign together, a Jamaican habit) = JMD
   (chat14's "J$"); "PHP" before the amount = PHP (chat6's codes).
 * Nigerian "#" before an amount (typed for "₦" on keyboards without the sign) in a
   sentence set in Nigeria = NGN: "#18,500" = 18500 NGN.
 * Number formats: Turkish dot thousands before "TL" ("1.250 TL" = 1250 TRY) and
   Vietnamese dot thousands before "đ" ("285.000đ" = 285000 VND) follow chat4's
   grouping rule; Polish space thousands and decimal comma ("2 499 zł" = 2499,
   "2,49 zł" = 2.49 PLN); Czech space thousands ("4 800 Kč" = 4800) and ",-" for
   whole crowns ("389,- Kč" = 389 CZK, chat10's "€ 25,-").
 * Scale words: Indonesian "ribu" = thousand ("Rp 85 ribu" = 85000 IDR), its
   glued short form "rb" ("Rp15rb" = 15000 IDR) and "juta" = million with a decimal
   comma ("Rp 1,2 juta" = 1200000 IDR); Indian "lakh crore" = 1e12 ("₹1.5 lakh
   crore" = 1.5e12 INR); "k" before "dong" ("200k dong" = 200000 VND) and "N500k"
   in Nigeria are chat8's/chat13's k next to a currency word or mark.
 * "cents" in a sentence set in Singapore = SGD (chat11's NZ and chat12's AU
   rules); bare "$" there = SGD or USD (chat14).
 * Irish "a tenner" in a sentence set in Ireland (Dublin) = 10 EUR only (the note's
   value in the sentence's currency, chat12's "break a fifty"), not chat4's GBP/USD.
 * Hospital card and ward fees, consultations, vet bills, school fees, uniforms and
   trips, courier and postage charges, mining profits and royalties, tailoring and
   alterations, bee colonies and kits, honey, cocoa, tea and milk prices, campsite
   and mooring fees, building materials and repairs, laundromat and dry-cleaning
   prices, medicine prices, aquarium fish and setups, chess and esports prize funds,
   pools and entry fees, taxi and ride-hailing fares and flag-downs, SIM bundles and
   tariffs, freight charges, yacht and berth sales and space mission costs are
   ordinary money claims.
Durations
 * Nigerian "since" + an amount with a present perfect ("I have been waiting here
   since 2 hours") is a duration (chat14's Indian "pending since 4 months").
 * A chess time control written with units gives one claim per time amount: "90
   minutes for 40 moves, plus 30 seconds per move" = 90 minute and 30 second; the
   move counts are not claims.
 * Hospital waits, fasting before a scan, physio, ward visits, antibiotic courses,
   cones, milk withholding, school holidays, school runs, courier promises and
   transit times, freight transit, rescues and shaft sinking, tailoring turnaround,
   pre-shrinking, brood development, clearer boards, frosts, cocoa fermentation,
   dry periods, plucking intervals (chat6's "every N"), treks and hikes, screed and
   paint drying, wash cycles, soaking, tumble drying, dosing intervals, eye-drop use
   after opening, tank cycling, photoperiods ("8 hrs a day": the numerator),
   acclimatising fish, chess and esports games, bans, ETAs, rides, bundle validity,
   passages, stays in space, engine burns, eclipses and satellite passes are
   durations.
Quantities
 * "l" alone after a number with a decimal comma in a Polish sentence ("a 1,5 l
   bottle") = 1.5 liter (chat15's decimal comma in quantities).
 * A pump's flow in "l/h" accepts the numerator or the flow (liter or liter/hour),
   like chat12's "2 L/min".
 * "-5°C" as a sleeping bag's rating and "60 degrees" for a wash are temperatures
   (chat4's TEMP for the bare degrees).
 * Glued doses and data: "500mg", "400mg", "250mg" (chat11's "250mg/5ml" = 250 mg
   only), "10ml", "4g" after a dose (4 gram; "4G" the network is a name), "2GB",
   "8GB", "500MB", "300MB" (chat4's GB and chat5's MB tuples).
 * "kilo" singular ("25 kilo", chat15) and "kilos" (chat14) = kilogram.
 * Dimensions "40 x 30 x 20 cm" = one claim per number (chat10).
 * Baby and body weights, heights, temperatures, blood sugar, dose volumes, pet
   weights and temperatures, school bags, meal rations, parcel limits and sizes,
   metal and ore tonnages, fabric lengths and waists, honey yields, syrup volumes,
   swarm masses, milk yields, tea and cocoa masses, broiler weights, feed rations,
   tent masses, sleeping bag ratings, peaks, climbs and hike distances, water
   containers and packs, cement bags and sand, timber and ply, paint coverage, wall
   plugs and blocks, wash temperatures, spin speeds and drum sizes, tank volumes,
   temperatures and pump flows, chessboard squares and pieces, ride distances, data
   amounts, freight tonnages and container sizes and volumes, boat lengths,
   draughts, speeds and passages, asteroid sizes and distances, spacecraft
   distances and dishes, and flood depths are quantities.
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
LPH = ('liter', 'liter/hour')  # "l/h" of a pump: the numerator or the flow


ROWS = [
    # ---- money-health
    ('n001', 'money-health', 'Lagos University Teaching Hospital raised its consultation card fee to ₦5,000 for new patients.',
     [('money', '₦5,000', 5000, 'NGN')]),
    ('c002', 'money-health', 'the private clinic in Westlands wants Kshs. 3,500 just to see the doctor',
     [('money', 'Kshs. 3,500', 3500, 'KES')]),
    ('n003', 'money-health', 'A night in a private ward at a Kingston hospital now costs JMD$45,000.',
     [('money', 'JMD$45,000', 45000, 'JMD')]),
    # ---- money-vet
    ('c004', 'money-vet', "the vet in Ranelagh charged €65 to look at the cat's ear and €18.50 for the drops",
     [('money', '€65', 65, 'EUR'), ('money', '€18.50', 18.5, 'EUR')]),
    ('c005', 'money-vet', 'neutering the dog at the clinic in Maadi was 1,200 pounds, is that fair for Cairo',
     [('money', '1,200 pounds', 1200, 'EGP')]),
    ('c006', 'money-vet', 'dog food at the vet in Olomouc is 389,- Kč a bag',
     [('money', '389,- Kč', 389, 'CZK')]),
    # ---- money-school
    ('n007', 'money-school', 'Parents in Nyeri are paying Kshs 6,800 for a Form 1 uniform, a survey found.',
     [('money', 'Kshs 6,800', 6800, 'KES')]),
    ('c008', 'money-school', 'the school shoes alone cost #18,500 at Ariaria market in Aba, abeg',
     [('money', '#18,500', 18500, 'NGN')]),
    ('n009', 'money-school', 'Fees at the top international schools in Singapore now exceed S$50,000 a year.',
     [('money', 'S$50,000', 50000, 'SGD')]),
    # ---- money-courier
    ('n010', 'money-courier', 'LBC will charge ₱850 to ship a standard balikbayan box to Cebu from next month.',
     [('money', '₱850', 850, 'PHP')]),
    ('n011', 'money-courier', 'Egypt Post raised the price of a registered domestic letter to E£25.',
     [('money', 'E£25', 25, 'EGP')]),
    # ---- money-mining
    ('n012', 'money-mining', "Morocco's phosphate group OCP reported a net profit of MAD 22 billion for the year.",
     [('money', 'MAD 22 billion', 22000000000, 'MAD')]),
    ('n013', 'money-mining', 'Mining royalties paid to Indian states have crossed ₹1.5 lakh crore, the ministry said.',
     [('money', '₹1.5 lakh crore', 1500000000000, 'INR')]),
    # ---- money-textile
    ('c014', 'money-textile', 'alterations in Hoi An were 200k dong per suit, bargain',
     [('money', '200k dong', 200000, 'VND')]),
    ('n015', 'money-textile', 'A Bursa silk mill was fined ₺1.8 million for dumping dye into the Nilüfer stream.',
     [('money', '₺1.8 million', 1800000, 'TRY')]),
    # ---- money-bees
    ('c016', 'money-bees', 'a nucleus colony from the supplier in Christchurch is NZ$380, queen included',
     [('money', 'NZ$380', 380, 'NZD')]),
    ('c017', 'money-bees', 'the beekeeping starter kit in Bandung was Rp 1,2 juta with the suit',
     [('money', 'Rp 1,2 juta', 1200000, 'IDR')]),
    ('n018', 'money-bees', 'Beekeepers in Baringo now get KSh 800 a kilo for raw honey, the county said.',
     [('money', 'KSh 800', 800, 'KES')]),
    # ---- money-farm
    ('n019', 'money-farm', 'Cocoa farmers in Sulawesi were paid Rp 85 ribu a kilo for dried beans last week.',
     [('money', 'Rp 85 ribu', 85000, 'IDR')]),
    ('n020', 'money-farm', 'Tea at the Mombasa auction averaged US$2.45 a kilo this week.',
     [('money', 'US$2.45', 2.45, 'USD')]),
    ('n021', 'money-farm', 'Milma raised the price it pays Kerala dairy farmers to ₹42 a litre.',
     [('money', '₹42', 42, 'INR')]),
    # ---- money-camping
    ('c022', 'money-camping', 'a pitch at the campsite in Wicklow is €25 a night for two',
     [('money', '€25', 25, 'EUR')]),
    ('c023', 'money-camping', 'renting a tent on Mount Pulag was PHP 500, guide not included',
     [('money', 'PHP 500', 500, 'PHP')]),
    # ---- money-building
    ('c024', 'money-building', 'the tiles for the bathroom came to 4 800 Kč at the Hornbach in Brno',
     [('money', '4 800 Kč', 4800, 'CZK')]),
    ('n025', 'money-building', 'A length of steel rod now costs TT$95 in Chaguanas hardware stores.',
     [('money', 'TT$95', 95, 'TTD')]),
    ('c026', 'money-building', 'the plumber wants twenty-five thousand naira to fix the borehole pump',
     [('money', 'twenty-five thousand naira', 25000, 'NGN')]),
    # ---- money-laundry
    ('c027', 'money-laundry', 'the laundromat in Makati charges ₱180 per load, wash and dry',
     [('money', '₱180', 180, 'PHP')]),
    ('c028', 'money-laundry', 'dry cleaning a suit in Tel Aviv is like ₪60',
     [('money', '₪60', 60, 'ILS')]),
    # ---- money-pharmacy
    ('c029', 'money-pharmacy', 'the chemist in Rathmines charged €12.50 for the antihistamines',
     [('money', '€12.50', 12.5, 'EUR')]),
    ('n030', 'money-pharmacy', 'Pharmacies in Alexandria will sell a strip of paracetamol for 23 pounds under the new prices.',
     [('money', '23 pounds', 23, 'EGP')]),
    # ---- money-aquarium
    ('c031', 'money-aquarium', 'paid S$38 for a pair of rams at the fish farm in Yishun',
     [('money', 'S$38', 38, 'SGD')]),
    # ---- money-chess
    ('n032', 'money-chess', 'The Chennai Grand Masters will offer a prize fund of ₹70 lakh this year.',
     [('money', '₹70 lakh', 7000000, 'INR')]),
    ('c033', 'money-chess', 'entry for the rapid in Lagos is N10,000 and first prize is N500k',
     [('money', 'N10,000', 10000, 'NGN'), ('money', 'N500k', 500000, 'NGN')]),
    # ---- money-esports
    ('n034', 'money-esports', 'The Dota 2 event in Riyadh carries a prize pool of US$15 million.',
     [('money', 'US$15 million', 15000000, 'USD')]),
    ('n035', 'money-esports', 'A Filipino squad took home PHP 2.5 million at the Mobile Legends finals in Manila.',
     [('money', 'PHP 2.5 million', 2500000, 'PHP')]),
    # ---- money-taxi
    ('c036', 'money-taxi', 'the Uber from JKIA to Kilimani was 1,850 bob at night',
     [('money', '1,850 bob', 1850, 'KES')]),
    ('c037', 'money-taxi', 'Bolt from Lekki to VI was ₦7,800 because of surge, na wa',
     [('money', '₦7,800', 7800, 'NGN')]),
    ('n038', 'money-taxi', 'Flag-down fares for taxis in Singapore will rise to $4.80 in July.',
     [('money', '$4.80', 4.8, SGD_US)]),
    ('c039', 'money-taxi', 'taxi from the airport to Taksim was 1.250 TL, is that a scam',
     [('money', '1.250 TL', 1250, 'TRY')]),
    ('c040', 'money-taxi', 'a Grab from Ba Đình to Nội Bài airport was 285.000đ',
     [('money', '285.000đ', 285000, 'VND')]),
    ('c041', 'money-taxi', 'the ojek to the clinic was only Rp15rb',
     [('money', 'Rp15rb', 15000, 'IDR')]),
    ('c042', 'money-taxi', 'the grand taxi from Marrakech to the Ourika valley was four hundred dirhams',
     [('money', 'four hundred dirhams', 400, 'MAD')]),
    # ---- money-telecom
    ('n043', 'money-telecom', 'Partner now charges ₪29.90 a month for unlimited calls and data.',
     [('money', '₪29.90', 29.9, 'ILS')]),
    ('n044', 'money-telecom', 'Vodafone Egypt raised the Flex 100 bundle to E£130 a month.',
     [('money', 'E£130', 130, 'EGP')]),
    # ---- money-freight
    ('n045', 'money-freight', 'Kenya Railways cut the SGR freight charge to US$500 per 20-foot container.',
     [('money', 'US$500', 500, 'USD')]),
    # ---- money-sailing
    ('n046', 'money-sailing', 'Mooring fees in Rodney Bay rose to EC$65 a night for visiting yachts.',
     [('money', 'EC$65', 65, 'XCD')]),
    ('n047', 'money-sailing', 'A superyacht berth in Antibes changed hands for €4.2m, the port said.',
     [('money', '€4.2m', 4200000, 'EUR')]),
    # ---- money-space
    ('n048', 'money-space', "ISRO's lunar mission cost about ₹615 crore, well below a Hollywood budget.",
     [('money', '₹615 crore', 6150000000, 'INR')]),
    # ---- money-regional
    ('c049', 'money-regional', 'the bus in Haifa is 5 shekels 50 agorot with the Rav-Kav',
     [('money', '5 shekels 50 agorot', 5.5, 'ILS')]),
    ('c050', 'money-regional', 'a simit from the cart in Beşiktaş is 15 lira 50 kuruş now',
     [('money', '15 lira 50 kuruş', 15.5, 'TRY')]),
    ('c051', 'money-regional', 'the bułka at the Żabka is 99 groszy',
     [('money', '99 groszy', 0.99, 'PLN')]),
    ('c052', 'money-regional', 'the MRT fare in Singapore was 92 cents for one stop',
     [('money', '92 cents', 0.92, 'SGD')]),
    ('c053', 'money-regional', 'gave the taxi man a tenner from Heuston, the fare was grand',
     [('money', 'a tenner', 10, 'EUR')]),
    ('c054', 'money-regional', 'paid 150 dhs for the hammam and a massage in Fes',
     [('money', '150 dhs', 150, 'MAD')]),
    # ---- money-range
    ('c055', 'money-range', 'a decent consultation in Lekki is anywhere from ₦10,000 to ₦25,000',
     [('money', '₦10,000 to ₦25,000', (10000, 25000), 'NGN')]),
    ('n056', 'money-range', "Annual fees at Mumbai's private schools range from ₹2–3.5 lakh.",
     [('money', '₹2–3.5 lakh', (200000, 350000), 'INR')]),
    ('c057', 'money-range', 'the boda guys charge KSh 150–200 from the stage to the hospital',
     [('money', 'KSh 150–200', (150, 200), 'KES')]),
    ('n058', 'money-range', 'Taxi fares from Piarco airport to Port of Spain run from TT$250 to TT$300.',
     [('money', 'TT$250 to TT$300', (250, 300), 'TTD')]),
    ('c059', 'money-range', 'the vet says a dental for the cat is 1.500 to 2.000 TL in Izmir',
     [('money', '1.500 to 2.000 TL', (1500, 2000), 'TRY')]),
    ('c060', 'money-range', 'a basic aquarium setup in Cairo runs between 2,000 and 3,000 pounds',
     [('money', '2,000 and 3,000 pounds', (2000, 3000), 'EGP')]),
    # ---- money-bound
    ('c061', 'money-bound', 'the cattle vet in Eldoret charged a touch under 5,000 bob for the visit',
     [('money', '5,000 bob', 5000, 'KES')]),
    ('n062', 'money-bound', 'Organisers said the chess olympiad cost comfortably over ₹100 crore.',
     [('money', '₹100 crore', 1000000000, 'INR')]),
    ('c063', 'money-bound', 'the hostel in Hanoi is the far side of 400.000đ a night now',
     [('money', '400.000đ', 400000, 'VND')]),
    ('n064', 'money-bound', 'The classic yacht sold for a tick over NZ$2 million at auction in Auckland.',
     [('money', 'NZ$2 million', 2000000, 'NZD')]),
    ('c065', 'money-bound', 'the school trip to Ain Sokhna is E£3,500 at a push',
     [('money', 'E£3,500', 3500, 'EGP')]),
    # ---- dur-health
    ('c066', 'dur-health', 'waited 4 hrs in A&E at Beaumont before anyone saw him',
     [('duration', '4 hrs', 4, 'hour')]),
    ('n067', 'dur-health', 'Patients at Kenyatta National Hospital wait up to 18 months for a knee replacement.',
     [('duration', '18 months', 18, 'month')]),
    ('c068', 'dur-health', 'the MRI people want me fasting 8 hours, ugh',
     [('duration', '8 hours', 8, 'hour')]),
    ('c069', 'dur-health', 'physio twice a week for six weeks once the cast comes off',
     [('duration', 'six weeks', 6, 'week')]),
    ('n070', 'dur-health', 'Visits to patients on the ward will be limited to no more than 30 minutes per visitor.',
     [('duration', '30 minutes', 30, 'minute')]),
    # ---- dur-vet
    ('c071', 'dur-vet', 'the vet wants him on antibiotics for 10 days and back for a check in a fortnight',
     [('duration', '10 days', 10, 'day'), ('duration', 'a fortnight', 2, 'week')]),
    ('c072', 'dur-vet', 'keep the cone on for 7–10 days so he leaves the stitches alone',
     [('duration', '7–10 days', (7, 10), 'day')]),
    ('n073', 'dur-vet', 'Milk from treated cows must be withheld for 72 hours after the jab, the vets said.',
     [('duration', '72 hours', 72, 'hour')]),
    # ---- dur-school
    ('n074', 'dur-school', 'Public schools in Lagos will close for a four-week holiday in August.',
     [('duration', 'four-week', 4, 'week')]),
    ('c075', 'dur-school', 'the school run from Kileleshwa takes an hour and a quarter in the morning',
     [('duration', 'an hour and a quarter', 1.25, 'hour')]),
    # ---- dur-courier
    ('n076', 'dur-courier', 'DHL said parcels from Lagos to London now take 2–3 working days.',
     [('duration', '2–3 working days', (2, 3), 'day')]),
    ('c077', 'dur-courier', "the courier promised Cebu within 48 hours and it's been 5 days",
     [('duration', '48 hours', 48, 'hour'), ('duration', '5 days', 5, 'day')]),
    # ---- dur-freight
    ('n078', 'dur-freight', 'Sea freight from Shanghai to Tema now takes about 45 days.',
     [('duration', '45 days', 45, 'day')]),
    ('n079', 'dur-freight', 'Freight trains from Chongqing reach Duisburg in about 18 days, half the time by sea.',
     [('duration', '18 days', 18, 'day')]),
    ('n080', 'dur-freight', 'Flowers from Nairobi reach Amsterdam in under 9 hours on the new freighter route.',
     [('duration', '9 hours', 9, 'hour')]),
    # ---- dur-mining
    ('n081', 'dur-mining', 'Rescue teams dug for 36 hours to free six miners near Chingola.',
     [('duration', '36 hours', 36, 'hour')]),
    ('n082', 'dur-mining', 'Sinking the new shaft at the Polish copper mine took eleven years.',
     [('duration', 'eleven years', 11, 'year')]),
    # ---- dur-textile
    ('c083', 'dur-textile', 'the tailor said the aso ebi will be ready in 3 days, na lie',
     [('duration', '3 days', 3, 'day')]),
    ('c084', 'dur-textile', 'soak the cotton for half an hour in hot water so it shrinks before cutting',
     [('duration', 'half an hour', 0.5, 'hour')]),
    # ---- dur-bees
    ('c085', 'dur-bees', 'a new queen takes about 16 days from egg to emerging',
     [('duration', '16 days', 16, 'day')]),
    ('c086', 'dur-bees', 'leave the clearer board on 24 to 48 hrs before you lift the supers',
     [('duration', '24 to 48 hrs', (24, 48), 'hour')]),
    ('n087', 'dur-bees', 'Beekeepers in the Tatra foothills lost colonies to a frost that lasted nine days in May.',
     [('duration', 'nine days', 9, 'day')]),
    # ---- dur-farm
    ('c088', 'dur-farm', 'ferment the cocoa beans 5 to 7 days under banana leaves, turning them often',
     [('duration', '5 to 7 days', (5, 7), 'day')]),
    ('n089', 'dur-farm', 'Dairy farmers in Kerala went unpaid for three months, their union said.',
     [('duration', 'three months', 3, 'month')]),
    ('c090', 'dur-farm', 'the pluckers go round the tea bushes every 7 days in the rains',
     [('duration', '7 days', 7, 'day')]),
    ('n091', 'dur-farm', 'Farm advisers recommend a dry period of around 60 days before calving.',
     [('duration', '60 days', 60, 'day')]),
    # ---- dur-hiking
    ('n092', 'dur-hiking', 'The Lemosho route takes 8 days, with the summit attempt on day 7.',
     [('duration', '8 days', 8, 'day')]),
    ('c093', 'dur-hiking', 'Croagh Patrick took us three hours up and down, in the rain',
     [('duration', 'three hours', 3, 'hour')]),
    ('n094', 'dur-hiking', 'A hiker lost on Mount Apo was found alive after 40 hours.',
     [('duration', '40 hours', 40, 'hour')]),
    ('n095', 'dur-hiking', "Trekkers usually need 12–14 days for the Annapurna circuit, Nepal's tourism board says.",
     [('duration', '12–14 days', (12, 14), 'day')]),
    # ---- dur-building
    ('c096', 'dur-building', 'leave the screed 3 weeks to dry before the floor goes down',
     [('duration', '3 weeks', 3, 'week')]),
    ('c097', 'dur-building', 'the emulsion says touch dry in 2 hours, recoat after 4',
     [('duration', '2 hours', 2, 'hour')]),
    ('n098', 'dur-building', 'Builders in Abuja say a three-bedroom bungalow takes about eight months to finish.',
     [('duration', 'eight months', 8, 'month')]),
    # ---- dur-laundry
    ('c099', 'dur-laundry', 'the cotton cycle on this machine is 3 hours 20 minutes, why',
     [('duration', '3 hours 20 minutes', 200, 'minute')]),
    ('c100', 'dur-laundry', 'soak the whites in OxiClean for at least 6 hours',
     [('duration', '6 hours', 6, 'hour')]),
    ('c101', 'dur-laundry', 'tumble dry on low for 40 mins then hang it up',
     [('duration', '40 mins', 40, 'minute')]),
    # ---- dur-pharmacy
    ('c102', 'dur-pharmacy', 'doc put me on cipro every 8 hours for 5 days, can i drink on it',
     [('duration', '8 hours', 8, 'hour'), ('duration', '5 days', 5, 'day')]),
    ('c103', 'dur-pharmacy', 'the doctor wrote 1-0-1 for 7 days, is that morning and night',
     [('duration', '7 days', 7, 'day')]),
    ('c104', 'dur-pharmacy', 'the eye drops are only good for 28 days once opened',
     [('duration', '28 days', 28, 'day')]),
    # ---- dur-aquarium
    ('c105', 'dur-aquarium', 'cycle the tank for 4 to 6 weeks before any fish go in',
     [('duration', '4 to 6 weeks', (4, 6), 'week')]),
    ('c106', 'dur-aquarium', 'lights on 8 hrs a day or the algae goes mad',
     [('duration', '8 hrs', 8, 'hour')]),
    ('c107', 'dur-aquarium', 'float the bag for 15 minutes before releasing the tetras',
     [('duration', '15 minutes', 15, 'minute')]),
    # ---- dur-chess
    ('n108', 'dur-chess', 'Olympiad games are played at 90 minutes for 40 moves, plus 30 seconds per move.',
     [('duration', '90 minutes', 90, 'minute'), ('duration', '30 seconds', 30, 'second')]),
    ('n109', 'dur-chess', 'The final game lasted 6 hours 40 minutes and ended in a draw on move 136.',
     [('duration', '6 hours 40 minutes', 400, 'minute')]),
    # ---- dur-esports
    ('n110', 'dur-esports', 'The deciding game of the M6 final in Manila lasted 52 minutes.',
     [('duration', '52 minutes', 52, 'minute')]),
    ('n111', 'dur-esports', 'The esports player was banned for two years for match-fixing.',
     [('duration', 'two years', 2, 'year')]),
    # ---- dur-taxi
    ('c112', 'dur-taxi', 'Uber says the driver is 12 mins away, in Lagos that means 40',
     [('duration', '12 mins', 12, 'minute')]),
    ('c113', 'dur-taxi', 'Makati to NAIA took 1 hour 50 minutes because of EDSA',
     [('duration', '1 hour 50 minutes', 110, 'minute')]),
    # ---- dur-telecom
    ('n114', 'dur-telecom', 'Safaricom will keep the unlimited night bundles for another 90 days.',
     [('duration', '90 days', 90, 'day')]),
    ('c115', 'dur-telecom', 'the bundle expires after 30 days, even the unused gigs',
     [('duration', '30 days', 30, 'day')]),
    # ---- dur-sailing
    ('n116', 'dur-sailing', 'Crossing from the Canaries to Antigua alone took the Galway sailor 19 days 7 hours.',
     [('duration', '19 days 7 hours', 463, 'hour')]),
    ('c117', 'dur-sailing', 'Antigua to Guadeloupe took the better part of 10 hours in light wind',
     [('duration', '10 hours', 10, 'hour')]),
    # ---- dur-space
    ('n118', 'dur-space', 'Two astronauts stuck on the station for nine months have splashed down off Florida.',
     [('duration', 'nine months', 9, 'month')]),
    ('n119', 'dur-space', 'At its longest point over Egypt, the total eclipse will last 6 minutes 23 seconds.',
     [('duration', '6 minutes 23 seconds', 383, 'second')]),
    ('n120', 'dur-space', "Tonight's pass of the space station over Accra will last about 4 minutes.",
     [('duration', '4 minutes', 4, 'minute')]),
    # ---- dur-regional
    ('c121', 'dur-regional', 'I have been waiting here since 2 hours, this PHCN office sef',
     [('duration', '2 hours', 2, 'hour')]),
    ('c122', 'dur-regional', 'from our barangay, the health centre is three-quarters of an hour by tricycle po',
     [('duration', 'three-quarters of an hour', 0.75, 'hour')]),
    ('c123', 'dur-regional', 'the matatu to Thika took a tick over 45 mins',
     [('duration', '45 mins', 45, 'minute')]),
    ('c124', 'dur-regional', 'the new passport took a day and a half to process, not bad for Ikoyi',
     [('duration', 'a day and a half', 1.5, 'day')]),
    ('n125', 'dur-regional', 'The new express bus cuts the Kraków–Zakopane trip to 2 hours 15 minutes.',
     [('duration', '2 hours 15 minutes', 135, 'minute')]),
    # ---- qty-health
    ('c126', 'qty-health', 'baby was 3.2 kg at birth, the midwife in Ibadan says that is fine',
     [('quantity', '3.2 kg', 3.2, 'kilogram')]),
    ('c127', 'qty-health', 'his temperature is 38.6°C, should I take him to the clinic tonight',
     [('quantity', '38.6°C', 38.6, 'degree_Celsius')]),
    ('c128', 'qty-health', 'the nurse put me at 5 ft 7 in and 82 kg, BMI 28',
     [('quantity', '5 ft 7 in', 67, 'inch'), ('quantity', '82 kg', 82, 'kilogram')]),
    ('c129', 'qty-health', 'glucose meter said 7.2 mmol/L before breakfast, should i worry',
     [('quantity', '7.2 mmol/L', 7.2, 'millimole/liter')]),
    # ---- qty-vet
    ('c130', 'qty-vet', 'the flea spray is 1 ml per 10 kg, our Alsatian is 30 kg',
     [('quantity', '1 ml', 1, 'milliliter'), ('quantity', '30 kg', 30, 'kilogram')]),
    ('n131', 'qty-vet', "A dog's normal temperature is 38 to 39.2°C, the vet school said.",
     [('quantity', '38 to 39.2°C', (38, 39.2), 'degree_Celsius')]),
    # ---- qty-school
    ('c132', 'qty-school', "his school bag weighs like 7 kilos and he's in Class 3",
     [('quantity', '7 kilos', 7, 'kilogram')]),
    ('n133', 'qty-school', 'Each pupil in the school meals programme gets 150 g of maize and beans a day.',
     [('quantity', '150 g', 150, 'gram')]),
    # ---- qty-courier
    ('n134', 'qty-courier', 'Aramex capped its flat-rate envelope at 500 g.',
     [('quantity', '500 g', 500, 'gram')]),
    ('c135', 'qty-courier', 'the box is 40 x 30 x 20 cm and weighs 6.5 kg',
     [('quantity', '40', 40, 'centimeter'), ('quantity', '30', 30, 'centimeter'),
      ('quantity', '20 cm', 20, 'centimeter'), ('quantity', '6.5 kg', 6.5, 'kilogram')]),
    ('n136', 'qty-courier', 'Dispatch riders in Lagos may carry no more than 30 kg under the new rules.',
     [('quantity', '30 kg', 30, 'kilogram')]),
    # ---- qty-mining
    ('n137', 'qty-mining', "Zambia's copper output rose to 830,000 tonnes last year.",
     [('quantity', '830,000 tonnes', 830000, 'tonne')]),
    ('n138', 'qty-mining', 'The Goulamina lithium project is built to treat 1.5 million tonnes of ore annually.',
     [('quantity', '1.5 million tonnes', 1500000, 'tonne')]),
    # ---- qty-textile
    ('c139', 'qty-textile', 'buy 4½ yards of lace for the iro and buba',
     [('quantity', '4½ yards', 4.5, 'yard')]),
    ('c140', 'qty-textile', 'my waist is 34 inches and inside leg 31',
     [('quantity', '34 inches', 34, 'inch')]),
    ('c141', 'qty-textile', 'the darzi needs 2.5 metres of cotton for the kurta',
     [('quantity', '2.5 metres', 2.5, 'meter')]),
    # ---- qty-bees
    ('c142', 'qty-bees', 'got 22 kg of honey off the two hives this year',
     [('quantity', '22 kg', 22, 'kilogram')]),
    ('c143', 'qty-bees', 'feed them 2:1 syrup, about 5 litres per hive',
     [('quantity', '5 litres', 5, 'liter')]),
    ('n144', 'qty-bees', 'A large swarm can weigh up to 1.5 kg, the Nairobi beekeepers said.',
     [('quantity', '1.5 kg', 1.5, 'kilogram')]),
    # ---- qty-farm
    ('c145', 'qty-farm', 'our Friesian gives 28 litres a day on the grass',
     [('quantity', '28 litres', 28, 'liter')]),
    ('n146', 'qty-farm', "Kenya's tea production rose to 570 million kg last year.",
     [('quantity', '570 million kg', 570000000, 'kilogram')]),
    ('n147', 'qty-farm', 'Broilers in the trial averaged 2.4 kilos at slaughter, the researchers said.',
     [('quantity', '2.4 kilos', 2.4, 'kilogram')]),
    ('n148', 'qty-farm', "Ghana's cocoa regulator kept the standard bag at 64 kg for the new season.",
     [('quantity', '64 kg', 64, 'kilogram')]),
    ('c149', 'qty-farm', 'layers need about 110 g of feed a bird a day',
     [('quantity', '110 g', 110, 'gram')]),
    # ---- qty-hiking
    ('c150', 'qty-hiking', 'my tent is 1.8 kg and the sleeping bag is rated to -5°C',
     [('quantity', '1.8 kg', 1.8, 'kilogram'), ('quantity', '-5°C', -5, 'degree_Celsius')]),
    ('n151', 'qty-hiking', 'Uhuru Peak, the summit of Kilimanjaro, stands at 5,895 m.',
     [('quantity', '5,895 m', 5895, 'meter')]),
    ('c152', 'qty-hiking', 'today was 22 km with 1,100 m of climbing, knees are done',
     [('quantity', '22 km', 22, 'kilometer'), ('quantity', '1,100 m', 1100, 'meter')]),
    ('c153', 'qty-hiking', 'bring a 10-litre water carrier for the camp',
     [('quantity', '10-litre', 10, 'liter')]),
    # ---- qty-building
    ('c154', 'qty-building', 'each bag of cement is 50 kg and we need 2 tonnes of sharp sand',
     [('quantity', '50 kg', 50, 'kilogram'), ('quantity', '2 tonnes', 2, 'tonne')]),
    ('c155', 'qty-building', 'a 2.4 m length of 4x2 and some 12mm ply for the shelf',
     [('quantity', '2.4 m', 2.4, 'meter'), ('quantity', '12mm', 12, 'millimeter')]),
    ('n156', 'qty-building', 'One tin of the new emulsion covers about 12 square metres, the maker says.',
     [('quantity', '12 square metres', 12, 'meter**2')]),
    ('c157', 'qty-building', 'use 8mm plugs, the wall is 100 mm block',
     [('quantity', '8mm', 8, 'millimeter'), ('quantity', '100 mm', 100, 'millimeter')]),
    # ---- qty-laundry
    ('c158', 'qty-laundry', 'wash the school shirts at 40°C and spin at 1200 rpm',
     [('quantity', '40°C', 40, 'degree_Celsius'),
      ('quantity', '1200 rpm', 1200, 'revolutions_per_minute')]),
    # ---- qty-pharmacy
    ('c159', 'qty-pharmacy', 'chemist told me 7.5 ml of the Benylin for my 3-year-old',
     [('quantity', '7.5 ml', 7.5, 'milliliter')]),
    ('c160', 'qty-pharmacy', 'ibuprofen 400mg, two tablets with food',
     [('quantity', '400mg', 400, 'milligram')]),
    ('c161', 'qty-pharmacy', 'amoxicillin 250mg/5ml, give him 10ml',
     [('quantity', '250mg', 250, 'milligram'), ('quantity', '10ml', 10, 'milliliter')]),
    ('n162', 'qty-pharmacy', 'Regulators capped codeine at 30 mg per tablet in over-the-counter painkillers.',
     [('quantity', '30 mg', 30, 'milligram')]),
    # ---- qty-aquarium
    ('c163', 'qty-aquarium', 'set up a 200 litre planted tank, which CO2 kit should i get',
     [('quantity', '200 litre', 200, 'liter')]),
    ('c164', 'qty-aquarium', 'keep the discus at 28–30°C, they hate the cold',
     [('quantity', '28–30°C', (28, 30), 'degree_Celsius')]),
    ('c165', 'qty-aquarium', 'the canister does 1,200 l/h, too much for a 60 cm tank?',
     [('quantity', '1,200 l/h', 1200, LPH), ('quantity', '60 cm', 60, 'centimeter')]),
    # ---- qty-chess
    ('c166', 'qty-chess', 'tournament boards have 2.25-inch squares and a 3.75-inch king',
     [('quantity', '2.25-inch', 2.25, 'inch'), ('quantity', '3.75-inch', 3.75, 'inch')]),
    # ---- qty-taxi
    ('c167', 'qty-taxi', 'the Bolt was 14 km from Ikeja to Lekki Phase 1',
     [('quantity', '14 km', 14, 'kilometer')]),
    # ---- qty-data
    ('c168', 'qty-data', 'the 2GB bundle is finished already, this Airtel sef',
     [('quantity', '2GB', 2, GB)]),
    ('n169', 'qty-data', 'Globe subscribers used an average of 14 GB a month last year.',
     [('quantity', '14 GB', 14, GB)]),
    ('c170', 'qty-data', "send me 500MB na, I'm dry",
     [('quantity', '500MB', 500, MB)]),
    # ---- qty-freight
    ('n171', 'qty-freight', 'Freight trains on the SGR carry up to 4,000 tonnes each.',
     [('quantity', '4,000 tonnes', 4000, 'tonne')]),
    ('n172', 'qty-freight', 'Kenya flew 230,000 tonnes of cut flowers to Europe last year.',
     [('quantity', '230,000 tonnes', 230000, 'tonne')]),
    ('c173', 'qty-freight', 'how much does a 40-foot container hold, like 67 cubic metres?',
     [('quantity', '40-foot', 40, 'foot'), ('quantity', '67 cubic metres', 67, 'meter**3')]),
    # ---- qty-sailing
    ('c174', 'qty-sailing', "she's a 12-metre ketch drawing 1.8 m",
     [('quantity', '12-metre', 12, 'meter'), ('quantity', '1.8 m', 1.8, 'meter')]),
    ('n175', 'qty-sailing', 'The catamaran averaged 14.2 knots on the passage to Bermuda.',
     [('quantity', '14.2 knots', 14.2, 'knot')]),
    ('n176', 'qty-sailing', 'Boats in the transatlantic rally sail 2,900 nautical miles from Las Palmas to St Lucia.',
     [('quantity', '2,900 nautical miles', 2900, 'nautical_mile')]),
    # ---- qty-space
    ('n177', 'qty-space', 'An asteroid some 340 metres across will fly by at 32,000 km, inside the orbits of some satellites.',
     [('quantity', '340 metres', 340, 'meter'), ('quantity', '32,000 km', 32000, 'kilometer')]),
    ('n178', 'qty-space', 'Voyager 1 is now more than 24 billion km from Earth.',
     [('quantity', '24 billion km', 24000000000, 'kilometer')]),
    ('n179', 'qty-space', 'Ghana turned a 32-metre satellite dish at Kuntunse into a radio telescope.',
     [('quantity', '32-metre', 32, 'meter')]),
    # ---- qty-regional
    ('c180', 'qty-regional', 'buy me 1½ kg of tomatoes from the sabzi mandi',
     [('quantity', '1½ kg', 1.5, 'kilogram')]),
    ('c181', 'qty-regional', 'the sack of rice is 25 kilo, we carried it on the jeepney',
     [('quantity', '25 kilo', 25, 'kilogram')]),
    ('c182', 'qty-regional', 'there was 2 feet of water in the compound, this Lagos rain',
     [('quantity', '2 feet', 2, 'foot')]),
    # ---- qty-range
    ('c183', 'qty-range', 'a growing pup should put on 1–2 kg a week',
     [('quantity', '1–2 kg', (1, 2), 'kilogram')]),
    ('n184', 'qty-range', 'Tea estates around Kericho lie between 1,800 and 2,200 m above sea level.',
     [('quantity', '1,800 and 2,200 m', (1800, 2200), 'meter')]),
    # ---- qty-bound
    ('c185', 'qty-bound', 'the suitcase was a touch under 23 kg at the Kotoka check-in',
     [('quantity', '23 kg', 23, 'kilogram')]),
    # ---- mixed
    ('c186', 'mixed', 'the cement in Kubwa is ₦9,500 for a 50 kg bag',
     [('money', '₦9,500', 9500, 'NGN'), ('quantity', '50 kg', 50, 'kilogram')]),
    ('c187', 'mixed', 'the new washing machine was 2 499 zł with a 9 kg drum',
     [('money', '2 499 zł', 2499, 'PLN'), ('quantity', '9 kg', 9, 'kilogram')]),
    ('c188', 'mixed', 'a 1,5 l bottle of water at the kiosk in Gdańsk is 2,49 zł',
     [('quantity', '1,5 l', 1.5, 'liter'), ('money', '2,49 zł', 2.49, 'PLN')]),
    ('c189', 'mixed', 'a WhatsApp video call ate 300MB in an hour',
     [('quantity', '300MB', 300, MB), ('duration', 'an hour', 1, 'hour')]),
    ('n190', 'mixed', "Smart's new promo gives 8GB for PHP 99, good for seven days.",
     [('quantity', '8GB', 8, GB), ('money', 'PHP 99', 99, 'PHP'),
      ('duration', 'seven days', 7, 'day')]),
    ('c191', 'mixed', 'the Bolt from the airport was KSh 1,200 for 18 km, took 40 minutes',
     [('money', 'KSh 1,200', 1200, 'KES'), ('quantity', '18 km', 18, 'kilometer'),
      ('duration', '40 minutes', 40, 'minute')]),
    ('c192', 'mixed', 'the tuk-tuk in Colombo charged Rs. 100 per km and we went 9 km',
     [('money', 'Rs. 100', 100, RUPEE), ('quantity', '9 km', 9, 'kilometer')]),
    ('c193', 'mixed', 'vet charged €90 for the X-ray and kept Bella in for 2 nights',
     [('money', '€90', 90, 'EUR'), ('duration', '2 nights', 2, 'day')]),
    ('n194', 'mixed', 'A kidney transplant at the Cairo hospital costs E£350,000 and needs a 10-day stay.',
     [('money', 'E£350,000', 350000, 'EGP'), ('duration', '10-day', 10, 'day')]),
    ('c195', 'mixed', 'our Jersey gives 18 litres a day and the co-op pays KSh 52 a litre',
     [('quantity', '18 litres', 18, 'liter'), ('money', 'KSh 52', 52, 'KES')]),
    ('n196', 'mixed', 'Tea growers in Nuwara Eliya were paid Rs. 260 a kilo for green leaf grown above 1,200 m.',
     [('money', 'Rs. 260', 260, RUPEE), ('quantity', '1,200 m', 1200, 'meter')]),
    ('c197', 'mixed', 'the Mournes plan: 45-litre pack, 3 nights, 38 km in total',
     [('quantity', '45-litre', 45, 'liter'), ('duration', '3 nights', 3, 'day'),
      ('quantity', '38 km', 38, 'kilometer')]),
    ('n198', 'mixed', 'Water vendors in Kano now sell a 20-litre jerrycan for ₦150.',
     [('quantity', '20-litre', 20, 'liter'), ('money', '₦150', 150, 'NGN')]),
    ('n199', 'mixed', 'The courier charges S$12.90 for parcels up to 5 kg delivered within 2 days.',
     [('money', 'S$12.90', 12.9, 'SGD'), ('quantity', '5 kg', 5, 'kilogram'),
      ('duration', '2 days', 2, 'day')]),
    ('c200', 'mixed', 'dose is 500mg to 1g every 6 hours, no more than 4g a day',
     [('quantity', '500mg to 1g', (0.5, 1), 'gram'), ('duration', '6 hours', 6, 'hour'),
      ('quantity', '4g', 4, 'gram')]),
    ('n201', 'mixed', 'Rescuers brought three miners up from 400 m underground after 30 hours in Geita.',
     [('quantity', '400 m', 400, 'meter'), ('duration', '30 hours', 30, 'hour')]),
    ('n202', 'mixed', 'The rapid and blitz event in Kolkata runs for five days with a ₹1 crore prize fund.',
     [('duration', 'five days', 5, 'day'), ('money', '₹1 crore', 10000000, 'INR')]),
    ('c203', 'mixed', 'washing at 60 degrees for 2 hrs shrank his school jumper',
     [('quantity', '60 degrees', 60, TEMP), ('duration', '2 hrs', 2, 'hour')]),
    ('c204', 'mixed', 'the fish shop in Cairo sold me an 80 cm tank for 1,800 pounds',
     [('quantity', '80 cm', 80, 'centimeter'), ('money', '1,800 pounds', 1800, 'EGP')]),
    ('n205', 'mixed', 'A 24-metre ketch moored in Kinsale found a buyer at €3.6m, 14 months after it was listed.',
     [('quantity', '24-metre', 24, 'meter'), ('money', '€3.6m', 3600000, 'EUR'),
      ('duration', '14 months', 14, 'month')]),
    ('n206', 'mixed', 'The Starship booster burned for 2 minutes 40 seconds and climbed to 65 km.',
     [('duration', '2 minutes 40 seconds', 160, 'second'), ('quantity', '65 km', 65, 'kilometer')]),
    ('c207', 'mixed', 'we got 40 kg of honey and sold it at ₹600 a kilo in Coorg',
     [('quantity', '40 kg', 40, 'kilogram'), ('money', '₹600', 600, 'INR')]),
    ('c208', 'mixed', 'Grab from Changi took 25 minutes and cost $28.50',
     [('duration', '25 minutes', 25, 'minute'), ('money', '$28.50', 28.5, SGD_US)]),
    ('n209', 'mixed', 'Freight trains on the new corridor haul 4,500 tonnes over 1,500 km in about 26 hours.',
     [('quantity', '4,500 tonnes', 4500, 'tonne'), ('quantity', '1,500 km', 1500, 'kilometer'),
      ('duration', '26 hours', 26, 'hour')]),
    ('c210', 'mixed', 'the tailor in Surulere charged ₦12,000, needs 5 yards of lace and 2 weeks',
     [('money', '₦12,000', 12000, 'NGN'), ('quantity', '5 yards', 5, 'yard'),
      ('duration', '2 weeks', 2, 'week')]),
    # ---- money-neg
    ('c211', 'money-neg', 'my Kobo Clara died, can i still read the epubs on my phone',
     []),
    ('n212', 'money-neg', 'The Lira–Gulu road will be closed for resurfacing, the roads authority said.',
     []),
    ('c213', 'money-neg', 'Bob from the bee club is coming on Saturday to check the hives',
     []),
    ('c214', 'money-neg', 'fake pearls are ten a penny at the market in Manila',
     []),
    ('n215', 'money-neg', 'Real Madrid beat Galatasaray 3-1 in the Champions League on Tuesday.',
     []),
    ('c216', 'money-neg', 'Dollar Shave Club sent me the wrong blades again',
     []),
    ('n217', 'money-neg', 'The Egyptian pound slid to a record low on the parallel market.',
     []),
    ('c218', 'money-neg', 'I have a serious yen for suya tonight',
     []),
    ('n219', 'money-neg', 'Kobo360 expanded its trucking platform to Ghana and Togo.',
     []),
    ('n220', 'money-neg', 'Sterling Bank opened three new branches in Ikeja.',
     []),
    ('c221', 'money-neg', 'the craic at the wedding in Galway was grand altogether',
     []),
    ('c222', 'money-neg', 'we adopted Rex from the pound in Cork last spring',
     []),
    ('c223', 'money-neg', 'how do i type the ₦ sign on a laptop keyboard',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', "meet me at the stage saa 3, don't be late",
     []),
    ('c225', 'dur-neg', 'blitz is 3+2 on Lichess and rapid is 10+5',
     []),
    ('c226', 'dur-neg', 'found a mate in 3 on the puzzle rush, so proud',
     []),
    ('c227', 'dur-neg', 'the dispensary is open from 8:30 till half four',
     []),
    ('n228', 'dur-neg', 'Starship Flight 7 lifted off from Boca Chica at 4:37 pm local time.',
     []),
    ('c229', 'dur-neg', 'collect the day-old chicks at 7am from the hatchery',
     []),
    ('c230', 'dur-neg', 'our Lab turns 9 on Sunday, is cake ok for dogs',
     []),
    ('n231', 'dur-neg', 'Ireland beat Wales to win the Six Nations in Dublin.',
     []),
    ('c232', 'dur-neg', 'the 24-hour chemist in Phibsborough has it in stock',
     []),
    ('n233', 'dur-neg', 'Schools across Lagos will take part in Hour of Code on Friday.',
     []),
    ('c234', 'dur-neg', 'the moon is at first quarter tonight, good for the telescope',
     []),
    ('n235', 'dur-neg', 'The matatu overturned at 0630 hrs on Thika Road, police said.',
     []),
    ('c236', 'dur-neg', 'what does 1-0-1 mean on my prescription',
     []),
    # ---- qty-neg
    ('n237', 'qty-neg', 'Team GB won four golds in the velodrome on Saturday.',
     []),
    ('c238', 'qty-neg', 'posted the aso ebi pics on the gram, they went viral',
     []),
    ('c239', 'qty-neg', 'my son is in KG 2 at the school in Ikeja',
     []),
    ('c240', 'qty-neg', 'the Fluval 406 is much quieter than my old filter',
     []),
    ('c241', 'qty-neg', 'GH 8 and KH 4, is that ok for cardinal tetras',
     []),
    ('c242', 'qty-neg', "he's rated 2150 on Lichess now, proud of him",
     []),
    ('c243', 'qty-neg', 'the okada man rides a Bajaj Boxer 150',
     []),
    ('c244', 'qty-neg', "the MG ZS in the car park is the doctor's",
     []),
    ('n245', 'qty-neg', 'Jupiter will shine at magnitude -2.7 on Friday night, astronomers said.',
     []),
    ('c246', 'qty-neg', 'dial *544# to check your data balance',
     []),
    ('c247', 'qty-neg', 'pH is 7.4 and ammonia 0, the tank has cycled',
     []),
    ('n248', 'qty-neg', 'PF1 and BOP grades fetched the best prices at the Mombasa tea auction.',
     []),
    ('c249', 'qty-neg', 'we won the scrim 13-7 on Ascent',
     []),
    ('c250', 'qty-neg', 'my sail number is 4221 and the boat is a Laser',
     []),
]
