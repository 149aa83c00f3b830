"""Held-out probe chat20: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat19 or classes).
Domains lean on what the earlier probes used least or only in passing: street food,
fares and fuel prices in countries whose currencies no earlier probe used (Aruba,
Haiti, Belize, Bermuda, Cuba, Suriname, Tajikistan, Afghanistan, Guinea, Liberia,
Sierra Leone, Cape Verde, Mauritania, Mauritius, Madagascar, Macau, Brunei, Myanmar,
Bhutan, Lebanon, Algeria, Libya, Angola, the DR Congo, Eswatini, Belarus, Panama,
Eritrea) or that only one or two earlier probes touched (Uzbekistan, Mongolia, New
Caledonia, Tonga, Vanuatu, Papua New Guinea, Samoa, Serbia, Bosnia, Albania, North
Macedonia, Romania), Kosovo's euro cents, Senegal's FCFA, Thai satang, money slang (US, Australian, Cockney, Kenyan Sheng, Chinese
"kuai"), prices with VAT and GST words, commodity prices per unit (gold, wheat,
gems), sports results (cycling, boxing, rowing, tennis, skiing, cricket, sumo,
rugby, wrestling, mountaineering), cooking times, travel times, work shifts and
rotations, legal terms (sentences, remands, non-competes, limitation periods,
notice, copyright), recipes, construction and machining, farming and firewood,
shipping, medicine, sports equipment, weather, gems and gold, energy output and
noise, with new units (cords, stères, thou, tesla, atmospheres, chains, pecks,
pennyweight, decibels, gigawatt-hours) beside earlier ones (bushels, carats, troy
ounces, knots, psi, bar, lux, cubic feet, US and imperial gallons).
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
(../chat16/cases.py), chat17's (../chat17/cases.py), chat18's (../chat18/cases.py)
and chat19's (../chat19/cases.py), all unchanged and decided before writing the rows
(the ../chatN paths are those of /work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16, chat17, chat18 and chat19; also decided before
writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "south of"
   (the mirror of chat6's "north of": "south of $2,300" = 2300 USD), "on the order
   of" (chat19's "in the order of"), "in the neighbourhood of" (chat13's "in the
   region of"), "inside of" before a span of time (chat10's "within": "inside of four
   weeks" = 4 week) and "for less than" (chat17's "less than").
 * Ranges: "anywhere between X and Y" (chat12's "anywhere from" with chat4's
   "between") and "somewhere in the X to Y range" (chat17's "somewhere between") are
   one range claim; the unit or currency word written once, after the second number,
   covers both ends (chat13).
 * VAT, GST and sales-tax words change nothing: "€65 an hour plus VAT" = 65 EUR,
   "₹1,299 + 18% GST" = 1299 INR, "MUR 8,500 ... inclusive of VAT" = 8500 MUR,
   "$49.99 before tax" = 49.99 USD (chat6's "before tax"); the tax rate is a
   percentage (nothing); an amount of tax is money ("adds BZ$15" = 15 BZD); a price
   before and after tax gives two claims ("£240 + VAT, so £288 all in" = 240 and 288
   GBP, chat19's trailing "all in"). VAT registration numbers and IBANs are
   identifiers (nothing), even where they hold "GB" (not gigabytes).
 * Money slang with a fixed value: US "a sawbuck" = 10 USD, "a Jackson" = 20 USD
   (the $20 bill), "a hundo" = 100 USD, "a rack" = 1000 USD; Australian "a lobster"
   (the red $20 note) = 20 AUD and "a pineapple" (the yellow $50 note) = 50 AUD;
   Cockney rhyming slang "a Lady Godiva" (fiver) = 5 GBP and "a bag of sand" (grand)
   = 1000 GBP; Kenyan Sheng "thao" = thousand shillings ("5 thao" in Nairobi = 5000
   KES); Chinese "kuai" = CNY (colloquial yuan: "12 kuai" = 12 CNY). The names
   "Jackson Pollock" and "the Lady Godiva statue" carry no money.
 * chat4's rate-denominator rule in the new domains: "a gallon" (fuel), "a bag", "a
   sack", "a nut", "a plate", "each", "a night", "a litre", "an hour" (a tradesman's
   rate), "a month" (a gym), "an ounce" (gold), "a bushel" (wheat), "per carat", "a
   cord" (firewood), "per kilowatt-hour" (chat13), "an acre" (bushels harvested),
   "per hectare" (lime), "a year" (GWh generated), "a day" (a tunnelling machine's
   advance), "three times a day" (a frequency): only the numerator is claimed.
 * More numbers that are not claims: IBANs, VAT numbers, invoice numbers,
   "Chapter 11" (a bankruptcy chapter), "Section 21" (a notice type), percentages,
   scores ("1-1", "2-0"), a team's record ("3-9"), NFL week numbers ("week 12"), season
   and episode numbers, ordinals ("the first round", "the second half", "the first
   half of the year", "the 5th floor"), room and platform numbers, clock times
   ("twenty to six", "0700", "1930", "18.45", "15:00", "checkout is at 11"), years,
   ages ("11 years old", "aged 9"), software versions ("iOS 17.4"), battery
   percentages, models ("Fiat 500", "Yamaha MT-07", "Tesla Model 3", "Xbox 360",
   "PS5", "the Chevrolet Volt", "a 140 hp John Deere": the power is claimed), "Vitamin B12", racing lengths (chat18), counts
   ("four 10-hour shifts": the shifts are counted, the 10 hours claimed; "48 piles",
   "two runs", "two bunches", "two cloves", "two hands of bananas", "two knots" tied
   in a line) and numbers left bare after a claim ("ideally 24", "everyone says 13",
   "not 34 like the box says", "dragged it to 20", "it used to be 20", "it was 2,000
   before", "rang up at like 55", "like 2,400 an ounce", "85 rear", "the old Fergie
   was 35": chat13's unitless numbers).
 * More names and idioms with no claim: "Ezra Pound", "Mark Knopfler", "Gregory
   Peck", "Gram Parsons", "the Stone Roses", "Scotland Yard", "Mile End", "Hertz" (a
   car hire firm) and "Tesla" (a car maker), "Dollar" (a Scottish village), "Guinea"
   and "Guinea-Bissau" (countries, not the coin), "Real Betis", "Century 21", "The
   Weeknd", "The Hundred" (a cricket competition), "Fortnite", "the minute steak"
   (a cut), "The Crown", "Dire Straits", "a pinch of salt" (pint's "pinch" is not
   meant), "a stick of butter" (a count), currencies named with no amount ("the
   somoni", "the rouble", "the euro", "dollars").
Money
 * New marks and words: "florin" in Aruba = AWG; "gourdes" = HTG; "BZ$" = BZD;
   "BMD", "SRD", "BND" and "MUR" before the amount are those codes (chat6); "pesos"
   in Cuba (Havana) = CUP; "somoni" = TJS and "diram" = 0.01 TJS ("3 somoni 50 diram"
   = 3.50 TJS, one composite claim); "afghanis" = AFN; "sum" in Uzbekistan
   (Samarkand) = UZS (chat19's "so'm"); "tugriks" = MNT; "Guinean francs" = GNF;
   "L$" in Liberia (Monrovia) = LRD; "leones" and "Le" before an amount in Sierra
   Leone = SLE (the new leone); "escudos" in Cape Verde = CVE; "ouguiya" in
   Mauritania = MRU; "FCFA" after an amount with space thousands ("1 000 FCFA") =
   chat12's CFA tuple; "CFP francs" = XPF (chat19's "XPF"); "T$" in Tonga = TOP
   (chat14's "TT$" is TTD); "VT" before an amount = VUV; "toea" = 0.01 PGK; "tala ...
   sene" = WST with "sene" = 0.01 WST ("2 tala 50 sene" = 2.50 WST); "din" after an
   amount in Serbia (Belgrade) = RSD; "convertible marks" = BAM and chat12's "KM"
   after a price in Bosnia (Mostar) = BAM, not kilometres; "lekë" (the plural) = ALL;
   Cyrillic "ден" after an amount = MKD; "cents" in Kosovo (Prishtina), which uses the
   euro, = EUR (chat4's Irish rule); "lei ... bani" in Romania (Cluj) = RON with
   "bani" = 0.01 RON ("3 lei 50 bani" = 3.50 RON); "rupees" and "Rs" in Mauritius
   (Port Louis, a Mauritian sprinter) = MUR, not chat4's rupee tuple; "ariary" = MGA;
   "patacas" = MOP; "kyat" = MMK; "Nu." = BTN (ngultrum); "lira" and "Lebanese
   pounds" in Lebanon (Beirut) = LBP, not chat6's TRY or chat4's GBP; "DA" after an
   amount in Algeria (Algiers) = DZD; "dinars" in Libya = LYD; "kwanzas" = AOA;
   "Congolese francs" = CDF; "emalangeni" = SZL; "kopecks" in Belarus (Minsk) = 0.01
   BYN; "balboas" and "B/." in Panama = PAB, while "dollars" in Panama are US dollars
   (USD: "2 balboas, which is literally 2 dollars" gives two claims); "nakfa" = ERN;
   "satang" = 0.01 THB.
 * Spoken scales: "35 thousand sum" = 35000 UZS, "15 to 20 thousand afghanis" =
   (15000, 20000) AFN (chat13's scale after the second number), "a hundred and
   eighty thousand tugriks" = 180000 MNT; "a euro and a bit" = 1 EUR (chat4's "a"
   with chat15's trailing "and a bit").
 * Bare "cents" with no currency named (an electricity export price between
   Tajikistan and Afghanistan) = USD (chat4); "bucks" and bare "$" with no country
   named = USD; "NZ$" (chat6) and "FJ$" (chat15) keep their currencies.
 * Street food, bread and drinks, taxi, moto-taxi, okada, kombi, minibus, bus, tram,
   metro and ferry fares, fuel prices, livestock, rice, flour and milk prices, hotel
   and hostel rates, entry fees, minimum wages, tradesmen's rates, invoices, quotes,
   resort rates, subscriptions, gym fees, flights, marathon entries, excess baggage,
   boat hire, vet and wormer costs, feed, tanks and plumbing, hydropower and bridge
   costs, auction estimates and gem, gold, wheat and firewood prices are ordinary
   money claims.
Durations
 * Cycling results written with prime marks ("4h 12' 36''") are one composite claim,
   with ' = minutes and '' = seconds (not feet and inches): 15156 second.
 * Composites (one claim, summed value), by earlier rules: "2 minutes 14 seconds",
   "17 minutes 49 seconds", "one minute and 40 seconds" (chat14's "13 minutes 40
   seconds"), "10 hours 56 minutes", "2 hours 50 minutes" (chat4), "1h30" = 90 minute
   (chat12's "1h10"), "1h 55m", "14h 20m", "4h 50m" (chat8's "11h 40m"), "6 years and
   8 months" = 80 month (chat10), "a year and three months" = 15 month, "1 yr 3 mo" =
   15 month ("yr" is chat11's "yrs" in the singular, "mo" is chat8's), "2 wks 3
   days" = 17 day (chat12's "3 weeks and 4 days"), "7 days 2 hrs" = 170 hour (chat16's
   "19 days 7 hours"), "33 days, 17 hours and 10 minutes" (chat8), "an hour fifteen"
   = 75 minute (chat10's "an hour forty"), an h:mm:ss marathon time (chat6) and an
   m:ss.ss time after a ski race's name (chat10).
 * Fractions: "a quarter of a century" = 25 year and "half a century" = 50 year
   (chat5's "two decades", chat12's "three centuries"); "two-thirds of an hour" = 40
   minute (chat13's "a third of an hour"); "three and three-quarter hours" = 3.75 hour
   (chat13); "six and a half weeks" = 6.5 week (chat10); "half a day" = 0.5 day
   (chat12).
 * Work and legal terms are durations: shift lengths in hyphenated modifiers ("four
   10-hour shifts" = 10 hour, "36-hour stretches", "12-hour shifts"), doubles, unpaid
   breaks, on-call periods, rotations ("a 3-week rotation followed by 3 weeks at home"
   = two claims), rest "in any 24-hour period" (chat10's "180-day period": a claim),
   prison sentences, remands, non-competes, driving bans, limitation periods, notice
   in the possessive ("two months' notice" = 2 month, chat10; "Section 21" is a name),
   appeal windows and copyright terms.
 * Sports results and penalties are durations: stage times, stoppage times in a
   round, race times, set and match lengths, the time before a goal, a "5-second
   penalty", innings, bout lengths, sin-bin minutes, climbs, half-time; cooking times
   (marinating, proving, pressure cooking, a "three-minute egg", steeping, smoking,
   baking, slow cooking), travel times (shared taxis, layovers, trains, ferries,
   flights, voyages, parcels, visa stays), medical courses and splints, rain and
   heatwaves, meetings, commutes, renting, passport renewals and drone flight times
   are durations.
Quantities
 * New units: "cord(s)" of firewood are 128 cubic feet each (pint has no cord), so a
   cord amount is expected in foot**3 ("2 cords" = 256 foot**3, chat13's quintals in
   kilogram); "a cord" after a price is a denominator (unclaimed). "stères" = stere
   (1 m³ of firewood); "thou" in machining = thou (0.001 inch; "to within 2 thou" = 2
   thou by chat4's bound rule); "tesla" (an MRI field) = tesla; "atmospheres" =
   atmosphere; "a chain" (a cricket pitch) = 1 chain; "a peck of apples" = 1 peck
   (pint's US peck; chat4's "a kilo of tomatoes"); "dwt" said by a jeweller =
   pennyweight (chat19's "DWT" after a ship's size stays tonne); "dB" and "decibels" =
   decibel (a sound level, pint's logarithmic unit); "GWh" = gigawatt_hour.
 * Earlier units in new forms: "US gallons" and "1 US gallon" = gallon, "imperial
   gallons" = imperial_gallon, "a 55-gallon drum" = chat4's GALLON tuple; "cubic feet"
   = foot**3 (chat18); "square feet" = square_foot (chat6); "troy ounces" =
   troy_ounce (chat12); "-carat" in a hyphenated modifier = carat (chat14); "kts"
   glued ("12kts" = 12 knot, chat12); "lbs" on a pallet (chat10); "mL/h" of a drip
   accepts the numerator or the flow (milliliter or milliliter/hour, the new MLH
   tuple, like chat16's "l/h"); "a 2 lb loaf tin" is named by the loaf's weight = 2
   pound (mass); a "40-foot high cube" container = 40 foot (chat16).
 * Fractions: "2 ¼ cups" (a space before the vulgar fraction) = 2.25 cup and "¾ tsp"
   = 0.75 teaspoon (chat5); "half a teaspoon" = 0.5 teaspoon; "a yard and
   three-quarters" = 1.75 yard (chat5's "a mile and a half").
 * Units that could be read as counts: "three pounds of tomatoes" = 3 pound (mass),
   "11 knots" and "65 knots" are speeds, "2 cords" a volume and "a peck" a volume,
   while "two knots" tied in a line, "two hands of bananas", "two bunches", "two
   cloves", "a pinch" and "a stick" are nothing.
 * Ranges: "30 to 40cm" = (30, 40) centimeter (chat13's unit after the second
   number), "2.2–2.4 bar", "between 24 and 26°C" (chat16's "38 to 39.2°C").
 * Recipe amounts, tin sizes and oven temperatures, machining tolerances, drywall
   areas, pile depths, mains pressure, crane loads and radii, firewood, yields,
   farm areas, sprayer tanks, stolen diesel, bull weights, lime, tractor power,
   carrier and container volumes, ship speeds, pallet weights, cargo, drip rates,
   doses, blood loss, chamber pressures, ball and tyre pressures, pitch lengths,
   shot weights and throws, bowling balls, serve speeds, gusts, rainfall, heat
   records, light levels, noise, wind chill, snow depths, gems, gold output,
   hydropower output, jeweller's scrap, drums, tanks and water heaters, marathon and
   race distances, altitudes, boat lengths, calf weights and wormer volumes, baggage
   limits, feed sacks and bread bundles are quantities.
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


ROWS = [
    # ---- money-fuel
    ('n001', 'money-fuel', 'Motorists in Port-au-Prince now pay 570 gourdes a gallon for gasoline.',
     [('money', '570 gourdes', 570, 'HTG')]),
    # ---- money-taxi
    ('c002', 'money-taxi', "cab from the airport to Palm Beach in Aruba was 60 florin, he'd have taken dollars too",
     [('money', '60 florin', 60, 'AWG')]),
    # ---- money-ferry
    ('c003', 'money-ferry', 'water taxi from Belize City out to Caye Caulker is BZ$45 return',
     [('money', 'BZ$45', 45, 'BZD')]),
    # ---- money-fare
    ('n004', 'money-fare', 'A single bus fare in Bermuda now costs BMD 5.50 in cash.',
     [('money', 'BMD 5.50', 5.5, 'BMD')]),
    # ---- money-food
    ('c005', 'money-food', 'dinner for two at a paladar in Havana came to 2,400 pesos without the tip',
     [('money', '2,400 pesos', 2400, 'CUP')]),
    # ---- money-wage
    ('n006', 'money-wage', 'Paramaribo set the legal minimum at SRD 37.50 an hour for all workers.',
     [('money', 'SRD 37.50', 37.5, 'SRD')]),
    # ---- money-food
    ('c007', 'money-food', 'a round loaf of bread at the Khujand bazaar is 3 somoni 50 diram',
     [('money', '3 somoni 50 diram', 3.5, 'TJS')]),
    # ---- money-livestock
    ('n008', 'money-livestock', "Sheep at Kabul's livestock market now sell for 15 to 20 thousand afghanis ahead of Eid.",
     [('money', '15 to 20 thousand afghanis', (15000, 20000), 'AFN')]),
    # ---- money-food
    ('c009', 'money-food', 'plov at the big place in Samarkand was 35 thousand sum a plate, massive portion',
     [('money', '35 thousand sum', 35000, 'UZS')]),
    # ---- money-shopping
    ('c010', 'money-shopping', 'got a cashmere scarf in Ulaanbaatar for a hundred and eighty thousand tugriks',
     [('money', 'a hundred and eighty thousand tugriks', 180000, 'MNT')]),
    # ---- money-taxi
    ('n011', 'money-taxi', 'In Conakry, a short hop on a moto-taxi now costs 10,000 Guinean francs after the fuel hike.',
     [('money', '10,000 Guinean francs', 10000, 'GNF')]),
    # ---- money-food
    ('n012', 'money-food', "Rice at Monrovia's Waterside market has climbed to L$3,400 a bag.",
     [('money', 'L$3,400', 3400, 'LRD')]),
    # ---- money-taxi
    ('c013', 'money-taxi', 'okada to Lumley Beach was 25 leones, the new ones not the old ones',
     [('money', '25 leones', 25, 'SLE')]),
    # ---- money-ferry
    ('n014', 'money-ferry', 'A ferry ticket from Praia to the island of Brava costs 2,800 escudos.',
     [('money', '2,800 escudos', 2800, 'CVE')]),
    # ---- money-food
    ('c015', 'money-food', "whole grilled fish on the beach in Nouakchott for 300 ouguiya, can't complain",
     [('money', '300 ouguiya', 300, 'MRU')]),
    ('c016', 'money-food', 'a big bottle of bissap at Sandaga market is 1 000 FCFA',
     [('money', '1 000 FCFA', 1000, CFA)]),
    # ---- money-grocery
    ('n017', 'money-grocery', 'A carton of milk in Nouméa costs 320 CFP francs, consumer groups say.',
     [('money', '320 CFP francs', 320, 'XPF')]),
    # ---- money-hotel
    ('n018', 'money-hotel', "Guesthouses in Nuku'alofa are asking T$150–250 for a room while the Heilala Festival is on.",
     [('money', 'T$150–250', (150, 250), 'TOP')]),
    # ---- money-bus
    ('n019', 'money-bus', 'The round-island bus on Efate now costs VT 1,500.',
     [('money', 'VT 1,500', 1500, 'VUV')]),
    # ---- money-market
    ('c020', 'money-market', 'buai in Port Moresby is 50 toea a nut now, it used to be 20',
     [('money', '50 toea', 0.5, 'PGK')]),
    # ---- money-food
    ('c021', 'money-food', 'cup of koko Samoa at the Apia market was 2 tala 50 sene',
     [('money', '2 tala 50 sene', 2.5, 'WST')]),
    ('c022', 'money-food', "ćevapi in Belgrade, 650 din with kajmak and a beer, can't go wrong",
     [('money', '650 din', 650, 'RSD')]),
    # ---- money-fuel
    ('n023', 'money-fuel', 'Diesel in Sarajevo rose to 2.69 convertible marks a litre.',
     [('money', '2.69 convertible marks', 2.69, 'BAM')]),
    # ---- money-food
    ('c024', 'money-food', 'byrek in Tirana is 100 lekë and honestly the best breakfast in Europe',
     [('money', '100 lekë', 100, 'ALL')]),
    ('c025', 'money-food', 'macchiato on the lake in Ohrid is 80 ден, so like a euro and a bit',
     [('money', '80 ден', 80, 'MKD'), ('money', 'a euro and a bit', 1, 'EUR')]),
    # ---- money-bus
    ('c026', 'money-bus', 'a bus ticket in Prishtina is 40 cents, Kosovo just uses the euro',
     [('money', '40 cents', 0.4, 'EUR')]),
    # ---- money-transport
    ('n027', 'money-transport', 'Cluj raised the price of a tram ride to 3 lei 50 bani.',
     [('money', '3 lei 50 bani', 3.5, 'RON')]),
    # ---- money-food
    ('c028', 'money-food', 'dholl puri in Port Louis is 25 rupees for two, best street food on the island',
     [('money', '25 rupees', 25, 'MUR')]),
    ('n029', 'money-food', "Zebu skewers at Antananarivo's Analakely market sell for 1,000 ariary each.",
     [('money', '1,000 ariary', 1000, 'MGA')]),
    ('n030', 'money-food', 'A Macau bakery famous for its egg tarts has raised the price of one to 12 patacas.',
     [('money', '12 patacas', 12, 'MOP')]),
    ('c031', 'money-food', 'nasi katok in Bandar is still BND 2.50, unbeatable',
     [('money', 'BND 2.50', 2.5, 'BND')]),
    ('n032', 'money-food', "A bowl of mohinga at Yangon's street stalls costs 1,500 to 2,500 kyat.",
     [('money', '1,500 to 2,500 kyat', (1500, 2500), 'MMK')]),
    # ---- money-tourism
    ('n033', 'money-tourism', 'Entry to the Tashichho Dzong in Thimphu costs Nu. 500 for regional visitors.',
     [('money', 'Nu. 500', 500, 'BTN')]),
    # ---- money-food
    ('c034', 'money-food', 'a manoushe in Beirut is 150,000 lira now, it was 2,000 before the crash',
     [('money', '150,000 lira', 150000, 'LBP')]),
    ('c035', 'money-food', 'espresso at the counter in Algiers is 50 DA',
     [('money', '50 DA', 50, 'DZD')]),
    # ---- money-fuel
    ('n036', 'money-fuel', 'Petrol in Libya still costs 0.15 dinars a litre, among the cheapest anywhere.',
     [('money', '0.15 dinars', 0.15, 'LYD')]),
    # ---- money-transport
    ('n037', 'money-transport', 'A seat in a shared candongueiro taxi in Luanda now costs 300 kwanzas.',
     [('money', '300 kwanzas', 300, 'AOA')]),
    # ---- money-food
    ('c038', 'money-food', 'cassava flour in Kinshasa is 45,000 Congolese francs a sack, it doubled',
     [('money', '45,000 Congolese francs', 45000, 'CDF')]),
    # ---- money-transport
    ('n039', 'money-transport', 'Kombi fares between Mbabane and Manzini rise to 25 emalangeni on Monday.',
     [('money', '25 emalangeni', 25, 'SZL')]),
    ('n040', 'money-transport', 'The Minsk metro fare will rise to 90 kopecks in January.',
     [('money', '90 kopecks', 0.9, 'BYN')]),
    # ---- money-food
    ('c041', 'money-food', 'coconut in Casco Viejo was 2 balboas, which is literally 2 dollars',
     [('money', '2 balboas', 2, 'PAB'), ('money', '2 dollars', 2, 'USD')]),
    ('c042', 'money-food', 'a plate of zigni in Asmara was 90 nakfa, proper spicy',
     [('money', '90 nakfa', 90, 'ERN')]),
    # ---- money-slang
    ('c043', 'money-slang', 'a bowl of dan dan noodles in Chengdu was 12 kuai, insane',
     [('money', '12 kuai', 12, 'CNY')]),
    # ---- money-transport
    ('n044', 'money-transport', "Bangkok's non-air-conditioned buses will raise fares by 50 satang.",
     [('money', '50 satang', 0.5, 'THB')]),
    # ---- money-slang
    ('c045', 'money-slang', "paid the neighbour's kid a sawbuck to wash the truck",
     [('money', 'a sawbuck', 10, 'USD')]),
    ('c046', 'money-slang', "the valet in Vegas wouldn't park it for less than a Jackson",
     [('money', 'a Jackson', 20, 'USD')]),
    ('c047', 'money-slang', 'new rims ran me a rack, mounted and balanced',
     [('money', 'a rack', 1000, 'USD')]),
    ('c048', 'money-slang', 'everyone in the Brisbane office chuck in a lobster for footy tipping',
     [('money', 'a lobster', 20, 'AUD')]),
    ('c049', 'money-slang', 'tradie in Geelong wants a pineapple cash to clear the gutters',
     [('money', 'a pineapple', 50, 'AUD')]),
    ('c050', 'money-slang', "geezer down the pub in Bow reckons the motor's worth a bag of sand",
     [('money', 'a bag of sand', 1000, 'GBP')]),
    ('c051', 'money-slang', "lend us a Lady Godiva till Friday, I'm skint",
     [('money', 'a Lady Godiva', 5, 'GBP')]),
    ('c052', 'money-slang', 'mechanic in Nairobi wants 5 thao for the clutch plate',
     [('money', '5 thao', 5000, 'KES')]),
    ('c053', 'money-slang', "honestly a hundo for floor seats isn't bad",
     [('money', 'a hundo', 100, 'USD')]),
    # ---- money-vat
    ('n054', 'money-vat', 'Electricians in Cork typically charge €65 an hour plus VAT, a survey found.',
     [('money', '€65', 65, 'EUR')]),
    ('c055', 'money-vat', 'invoice says £240 + VAT, so £288 all in',
     [('money', '£240', 240, 'GBP'), ('money', '£288', 288, 'GBP')]),
    ('n056', 'money-vat', "Belize's 12.5% GST adds BZ$15 to a BZ$120 hotel room.",
     [('money', 'BZ$15', 15, 'BZD'), ('money', 'BZ$120', 120, 'BZD')]),
    ('c057', 'money-vat', 'resort in Mauritius quoted MUR 8,500 a night inclusive of VAT',
     [('money', 'MUR 8,500', 8500, 'MUR')]),
    ('c058', 'money-vat', '₹1,299 + 18% GST for the annual plan, why do they hide that',
     [('money', '₹1,299', 1299, 'INR')]),
    ('n059', 'money-vat', 'Bakers warned that a 16% VAT on bread would add about KSh 10 to a loaf.',
     [('money', 'KSh 10', 10, 'KES')]),
    ('c060', 'money-vat', 'sticker said $49.99 before tax and it rang up at like 55',
     [('money', '$49.99', 49.99, 'USD')]),
    # ---- money-commodity
    ('n061', 'money-commodity', 'Gold slipped south of $2,300 an ounce on Friday.',
     [('money', '$2,300', 2300, 'USD')]),
    ('n062', 'money-commodity', 'Hard red winter wheat fetched $5.80 a bushel in Kansas City.',
     [('money', '$5.80', 5.8, 'USD')]),
    # ---- money-gem
    ('n063', 'money-gem', 'The Kashmir sapphire sold for roughly $200,000 per carat.',
     [('money', '$200,000', 200000, 'USD')]),
    # ---- money-range
    ('c064', 'money-range', 'hostel beds in Dushanbe are somewhere in the 80 to 100 somoni range',
     [('money', '80 to 100 somoni', (80, 100), 'TJS')]),
    # ---- money-bound
    ('n065', 'money-bound', 'The Modigliani portrait is expected to fetch on the order of $12 million in New York.',
     [('money', '$12 million', 12000000, 'USD')]),
    # ---- dur-cycling
    ('n066', 'dur-cycling', "The Slovenian won the queen stage in 4h 12' 36''.",
     [('duration', "4h 12' 36''", 15156, 'second')]),
    # ---- dur-boxing
    ('n067', 'dur-boxing', 'The Kazakh needed only 2 minutes 14 seconds of the first round to end the middleweight title fight.',
     [('duration', '2 minutes 14 seconds', 134, 'second')]),
    # ---- dur-rowing
    ('n068', 'dur-rowing', 'Cambridge won the Boat Race by three lengths in 17 minutes 49 seconds.',
     [('duration', '17 minutes 49 seconds', 1069, 'second')]),
    # ---- dur-tennis
    ('c069', 'dur-tennis', 'the first set alone went 78 minutes and the whole final nearly four hours',
     [('duration', '78 minutes', 78, 'minute'), ('duration', 'four hours', 4, 'hour')]),
    # ---- dur-football
    ('n070', 'dur-football', "The Fijian striker scored after 11 seconds, the fastest goal in the tournament's history.",
     [('duration', '11 seconds', 11, 'second')]),
    # ---- dur-f1
    ('n071', 'dur-f1', 'The Ferrari driver was given a 5-second penalty for speeding in the pit lane.',
     [('duration', '5-second', 5, 'second')]),
    # ---- dur-ski
    ('c072', 'dur-ski', 'she did the giant slalom in 2:18.46 over two runs, fastest of the day',
     [('duration', '2:18.46', 138.46, 'second')]),
    # ---- dur-cricket
    ('n073', 'dur-cricket', "Sri Lanka's opener survived 412 minutes at the crease to earn a draw in Galle.",
     [('duration', '412 minutes', 412, 'minute')]),
    # ---- dur-sumo
    ('c074', 'dur-sumo', 'the sumo bout lasted like 4.8 seconds lol',
     [('duration', '4.8 seconds', 4.8, 'second')]),
    # ---- dur-mountain
    ('n075', 'dur-mountain', 'A Nepali guide climbed from base camp to the summit in 10 hours 56 minutes.',
     [('duration', '10 hours 56 minutes', 656, 'minute')]),
    # ---- dur-cooking
    ('c076', 'dur-cooking', 'rub the jerk paste in and leave it 4 hrs minimum, ideally 24',
     [('duration', '4 hrs', 4, 'hour')]),
    ('c077', 'dur-cooking', 'prove the dough for 1h30 somewhere warm, then knock it back',
     [('duration', '1h30', 90, 'minute')]),
    ('c078', 'dur-cooking', 'pressure cook the chickpeas 35 mins and let it release on its own',
     [('duration', '35 mins', 35, 'minute')]),
    ('c079', 'dur-cooking', 'he only eats a three-minute egg with soldiers',
     [('duration', 'three-minute', 3, 'minute')]),
    ('c080', 'dur-cooking', 'black tea needs 4 to 5 minutes in the pot, no more',
     [('duration', '4 to 5 minutes', (4, 5), 'minute')]),
    ('c081', 'dur-cooking', "brisket's been on the smoker 14 hrs and it's still stalling",
     [('duration', '14 hrs', 14, 'hour')]),
    ('n082', 'dur-cooking', 'A true Neapolitan pizza spends just 90 seconds in a wood-fired oven.',
     [('duration', '90 seconds', 90, 'second')]),
    # ---- dur-travel
    ('c083', 'dur-travel', 'shared taxi from Dushanbe to Khujand takes 5 hrs over the Anzob pass',
     [('duration', '5 hrs', 5, 'hour')]),
    ('c084', 'dur-travel', 'layover in Addis is 1h 55m, just enough for a coffee',
     [('duration', '1h 55m', 115, 'minute')]),
    ('n085', 'dur-travel', 'The train from Beijing to Ulaanbaatar takes about 30 hours.',
     [('duration', '30 hours', 30, 'hour')]),
    ('c086', 'dur-travel', 'the night train Belgrade to Bar is supposed to be 11 hours but everyone says 13',
     [('duration', '11 hours', 11, 'hour')]),
    ('n087', 'dur-travel', 'The new Bridgetown–Kingstown ferry will make the crossing in 2 hours 50 minutes.',
     [('duration', '2 hours 50 minutes', 170, 'minute')]),
    ('c088', 'dur-travel', 'Lagos to Houston is 14h 20m nonstop, pray for me',
     [('duration', '14h 20m', 860, 'minute')]),
    ('c089', 'dur-travel', 'the Tajik e-visa gives you 45 days, plenty for the Pamirs',
     [('duration', '45 days', 45, 'day')]),
    # ---- dur-shift
    ('c090', 'dur-shift', 'doing four 10-hour shifts this week then 3 days off',
     [('duration', '10-hour', 10, 'hour'), ('duration', '3 days', 3, 'day')]),
    ('c091', 'dur-shift', 'pulled a double yesterday, 16 hours on my feet',
     [('duration', '16 hours', 16, 'hour')]),
    ('n092', 'dur-shift', 'Resident doctors in Lagos say they routinely work 36-hour stretches without sleep.',
     [('duration', '36-hour', 36, 'hour')]),
    ('c093', 'dur-shift', "unpaid break is 20 mins on a 12 hr night, it's a joke",
     [('duration', '20 mins', 20, 'minute'), ('duration', '12 hr', 12, 'hour')]),
    ('n094', 'dur-shift', 'North Sea crews work a 3-week rotation followed by 3 weeks at home.',
     [('duration', '3-week', 3, 'week'), ('duration', '3 weeks', 3, 'week')]),
    ('c095', 'dur-shift', 'on call for 72 hours straight over the bank holiday weekend',
     [('duration', '72 hours', 72, 'hour')]),
    ('n096', 'dur-shift', 'Seafarers must get at least 10 hours of rest in any 24-hour period.',
     [('duration', '10 hours', 10, 'hour'), ('duration', '24-hour', 24, 'hour')]),
    # ---- dur-legal
    ('n097', 'dur-legal', 'A Lagos court jailed an ex-governor for 6 years and 8 months over bribes from contractors.',
     [('duration', '6 years and 8 months', 80, 'month')]),
    ('n098', 'dur-legal', 'A court in Accra remanded the suspects for seven days.',
     [('duration', 'seven days', 7, 'day')]),
    ('c099', 'dur-legal', 'my contract has a 12-month non-compete, is that even enforceable',
     [('duration', '12-month', 12, 'month')]),
    ('n100', 'dur-legal', 'Claimants have six years to sue for breach of contract under the Limitation Act.',
     [('duration', 'six years', 6, 'year')]),
    ('c101', 'dur-legal', 'got banned from driving for 36 months, absolutely gutted',
     [('duration', '36 months', 36, 'month')]),
    ('n102', 'dur-legal', "Landlords serving a Section 21 notice must give tenants two months' notice.",
     [('duration', "two months'", 2, 'month')]),
    ('c103', 'dur-legal', 'appeal window is 28 days from judgment, so we need to file inside of four weeks',
     [('duration', '28 days', 28, 'day'), ('duration', 'four weeks', 4, 'week')]),
    ('n104', 'dur-legal', "Copyright in the country lasts half a century after the author's death.",
     [('duration', 'half a century', 50, 'year')]),
    # ---- dur-composite
    ('c105', 'dur-composite', "we've been renting here 1 yr 3 mo and now the landlord wants us out",
     [('duration', '1 yr 3 mo', 15, 'month')]),
    ('c106', 'dur-composite', 'passport renewal took 2 wks 3 days in the end',
     [('duration', '2 wks 3 days', 17, 'day')]),
    ('n107', 'dur-composite', 'The tanker was detained in port for a year and three months.',
     [('duration', 'a year and three months', 15, 'month')]),
    ('c108', 'dur-composite', 'Penang down to KL took three and three-quarter hours thanks to the Gombak jam',
     [('duration', 'three and three-quarter hours', 3.75, 'hour')]),
    ('c109', 'dur-composite', 'my parcel took 7 days 2 hrs to reach Port Vila',
     [('duration', '7 days 2 hrs', 170, 'hour')]),
    ('n110', 'dur-composite', "Hōkūleʻa's crew reached Papeete from Hilo after 33 days, 17 hours and 10 minutes at sea.",
     [('duration', '33 days, 17 hours and 10 minutes', 48550, 'minute')]),
    # ---- dur-fraction
    ('c111', 'dur-fraction', 'the meeting ran two-thirds of an hour over, as usual',
     [('duration', 'two-thirds of an hour', 40, 'minute')]),
    ('n112', 'dur-fraction', 'The bridge, closed for a quarter of a century, reopened to traffic on Saturday.',
     [('duration', 'a quarter of a century', 25, 'year')]),
    ('c113', 'dur-fraction', "six and a half weeks until the wedding and I haven't got a suit",
     [('duration', 'six and a half weeks', 6.5, 'week')]),
    # ---- dur-glued
    ('c114', 'dur-glued', 'drone battery lasts 27min in real life, not 34 like the box says',
     [('duration', '27min', 27, 'minute')]),
    # ---- dur-range
    ('c115', 'dur-range', 'plumber reckons anywhere between 2 and 3 hours for the boiler',
     [('duration', '2 and 3 hours', (2, 3), 'hour')]),
    # ---- dur-bound
    ('n116', 'dur-bound', 'Supply ships take in the neighbourhood of five weeks to reach Kiritimati.',
     [('duration', 'five weeks', 5, 'week')]),
    # ---- dur-medicine
    ('c117', 'dur-medicine', 'keep the splint on for six weeks, then physio',
     [('duration', 'six weeks', 6, 'week')]),
    ('n118', 'dur-medicine', 'The new tuberculosis regimen cuts treatment to four months.',
     [('duration', 'four months', 4, 'month')]),
    # ---- dur-weather
    ('c119', 'dur-weather', 'Suva had 40 hours of non-stop rain, the drains gave up',
     [('duration', '40 hours', 40, 'hour')]),
    ('n120', 'dur-weather', 'The heatwave in Belgrade lasted 11 days, the longest on record.',
     [('duration', '11 days', 11, 'day')]),
    # ---- dur-sports
    ('c121', 'dur-sports', 'half-time is meant to be 15 mins but they dragged it to 20',
     [('duration', '15 mins', 15, 'minute')]),
    ('n122', 'dur-sports', 'The Tongan flanker was sin-binned for 10 minutes early in the second half.',
     [('duration', '10 minutes', 10, 'minute')]),
    # ---- dur-cooking
    ('c123', 'dur-cooking', "chuck it in the slow cooker, 8 to 10 hrs on the low setting, don't lift the lid",
     [('duration', '8 to 10 hrs', (8, 10), 'hour')]),
    # ---- dur-commute
    ('c124', 'dur-commute', "train plus bus to work, an hour fifteen if nothing's late",
     [('duration', 'an hour fifteen', 75, 'minute')]),
    # ---- dur-sports
    ('n125', 'dur-sports', 'It took the Mongolian champion just one minute and 40 seconds to throw his rival in the final.',
     [('duration', 'one minute and 40 seconds', 100, 'second')]),
    # ---- qty-recipe
    ('c126', 'qty-recipe', "recipe wants 2 ¼ cups of flour and a stick of butter, what's a stick in grams",
     [('quantity', '2 ¼ cups', 2.25, 'cup')]),
    ('c127', 'qty-recipe', 'need a 9-inch springform tin for this cheesecake',
     [('quantity', '9-inch', 9, 'inch')]),
    ('c128', 'qty-recipe', 'whisk 200ml double cream with 150g caster sugar',
     [('quantity', '200ml', 200, 'milliliter'), ('quantity', '150g', 150, 'gram')]),
    ('c129', 'qty-recipe', 'greased a 2 lb loaf tin for the banana bread',
     [('quantity', '2 lb', 2, 'pound')]),
    ('c130', 'qty-recipe', '¾ tsp of bicarb and a pinch of salt, nothing else',
     [('quantity', '¾ tsp', 0.75, 'teaspoon')]),
    ('n131', 'qty-recipe', 'The record paella in Valencia used 1,000 kg of rice and 5,000 litres of water.',
     [('quantity', '1,000 kg', 1000, 'kilogram'), ('quantity', '5,000 litres', 5000, 'liter')]),
    ('c132', 'qty-recipe', 'oven at 220°C for the first blast, then turn it down',
     [('quantity', '220°C', 220, 'degree_Celsius')]),
    ('c133', 'qty-recipe', 'a quart of buttermilk, is that the US one or imperial',
     [('quantity', 'a quart', 1, QUART)]),
    # ---- qty-machining
    ('c134', 'qty-machining', 'machined the bore to within 2 thou, good enough for the bearing',
     [('quantity', '2 thou', 2, 'thou')]),
    # ---- qty-construction
    ('c135', 'qty-construction', 'the drywall job is 640 square feet, two coats of mud',
     [('quantity', '640 square feet', 640, 'square_foot')]),
    ('n136', 'qty-construction', 'The bridge deck rests on 48 piles driven 35 metres into the riverbed.',
     [('quantity', '35 metres', 35, 'meter')]),
    ('c137', 'qty-construction', 'mains pressure here is only 1.5 bar, the shower is pathetic',
     [('quantity', '1.5 bar', 1.5, 'bar')]),
    ('n138', 'qty-construction', 'Engineers brought in a crawler rated for 1,200 tonnes, working 22 metres out from its slewing ring.',
     [('quantity', '1,200 tonnes', 1200, 'tonne'), ('quantity', '22 metres', 22, 'meter')]),
    # ---- qty-firewood
    ('c139', 'qty-firewood', '2 cords of split maple just got dumped on my driveway',
     [('quantity', '2 cords', 256, 'foot**3')]),
    # ---- qty-farm
    ('n140', 'qty-farm', 'Kansas farmers harvested an average of 47 bushels an acre this year.',
     [('quantity', '47 bushels', 47, BUSHEL)]),
    ('c141', 'qty-farm', 'our place is 320 acres, half of it in canola',
     [('quantity', '320 acres', 320, 'acre')]),
    ('c142', 'qty-farm', 'the sprayer holds 600 US gallons, takes forever to fill',
     [('quantity', '600 US gallons', 600, 'gallon')]),
    ('n143', 'qty-farm', 'Thieves siphoned 55 imperial gallons of red diesel from a Gloucestershire farm.',
     [('quantity', '55 imperial gallons', 55, 'imperial_gallon')]),
    ('c144', 'qty-farm', 'picked a peck of apples at the orchard, what do I even do with them',
     [('quantity', 'a peck', 1, 'peck')]),
    ('n145', 'qty-farm', 'A Limousin bull that tipped the scales at 1,340 kg took the top prize at the Royal Welsh Show.',
     [('quantity', '1,340 kg', 1340, 'kilogram')]),
    ('c146', 'qty-farm', 'contractor put 2.5 tonnes of lime per hectare on the acid bit by the wood',
     [('quantity', '2.5 tonnes', 2.5, 'tonne')]),
    ('c147', 'qty-farm', 'upgraded to a 140 hp John Deere, the old Fergie was 35',
     [('quantity', '140 hp', 140, 'horsepower')]),
    # ---- qty-firewood
    ('n148', 'qty-firewood', 'Burgundy households typically order 5 stères of oak for the winter.',
     [('quantity', '5 stères', 5, 'stere')]),
    # ---- qty-shipping
    ('n149', 'qty-shipping', 'The new LNG carrier can hold 174,000 cubic metres of gas.',
     [('quantity', '174,000 cubic metres', 174000, 'meter**3')]),
    ('c150', 'qty-shipping', 'a 40-foot high cube is about 2,700 cubic feet inside',
     [('quantity', '40-foot', 40, 'foot'), ('quantity', '2,700 cubic feet', 2700, 'foot**3')]),
    ('n151', 'qty-shipping', 'To cut bunker costs, Maersk told its captains to steam at 11 knots.',
     [('quantity', '11 knots', 11, 'knot')]),
    ('c152', 'qty-shipping', "the pallet's 1,250 lbs gross, can the tail lift take it",
     [('quantity', '1,250 lbs', 1250, 'pound')]),
    ('n153', 'qty-shipping', 'Alexandria port unloaded 62,000 tonnes of grain from Odesa off a single ship.',
     [('quantity', '62,000 tonnes', 62000, 'tonne')]),
    ('c154', 'qty-shipping', 'she does 12kts flat out with the current behind her',
     [('quantity', '12kts', 12, 'knot')]),
    # ---- qty-medicine
    ('c155', 'qty-medicine', 'doc said 2.5 mL of the antibiotic three times a day',
     [('quantity', '2.5 mL', 2.5, 'milliliter')]),
    ('n156', 'qty-medicine', "The hospital's new MRI scanner operates at 3 tesla.",
     [('quantity', '3 tesla', 3, 'tesla')]),
    ('c157', 'qty-medicine', 'the drip is running at 125 mL/h, nurse said',
     [('quantity', '125 mL/h', 125, MLH)]),
    ('c158', 'qty-medicine', 'she lost about 600 ml of blood during the birth',
     [('quantity', '600 ml', 600, 'milliliter')]),
    ('c159', 'qty-medicine', 'gran swears by half a teaspoon of honey in warm water for a cough',
     [('quantity', 'half a teaspoon', 0.5, 'teaspoon')]),
    ('n160', 'qty-medicine', 'Each tablet contains 0.5 mg of the active ingredient.',
     [('quantity', '0.5 mg', 0.5, 'milligram')]),
    ('c161', 'qty-medicine', 'the hyperbaric chamber goes to 2.4 atmospheres for my sessions',
     [('quantity', '2.4 atmospheres', 2.4, 'atmosphere')]),
    # ---- qty-sports
    ('n162', 'qty-sports', 'Officials found the balls inflated to 10.5 psi, below the 12.5 psi minimum.',
     [('quantity', '10.5 psi', 10.5, 'psi'), ('quantity', '12.5 psi', 12.5, 'psi')]),
    ('c163', 'qty-sports', 'running the road tyres at 80 psi front, 85 rear',
     [('quantity', '80 psi', 80, 'psi')]),
    ('c164', 'qty-sports', 'a cricket pitch is a chain long, 22 yards stump to stump',
     [('quantity', 'a chain', 1, 'chain'), ('quantity', '22 yards', 22, 'yard')]),
    ('n165', 'qty-sports', 'The Samoan shot-putter sent the 7.26 kg ball 20.14 metres.',
     [('quantity', '7.26 kg', 7.26, 'kilogram'), ('quantity', '20.14 metres', 20.14, 'meter')]),
    ('c166', 'qty-sports', 'my bowling ball is 15 lb, the house ones are too light',
     [('quantity', '15 lb', 15, 'pound')]),
    ('n167', 'qty-sports', 'His serve was clocked at 231 km/h, a tournament record.',
     [('quantity', '231 km/h', 231, 'kilometer/hour')]),
    # ---- qty-weather
    ('n168', 'qty-weather', 'Gusts of 65 knots were recorded at Nadi airport overnight.',
     [('quantity', '65 knots', 65, 'knot')]),
    ('c169', 'qty-weather', 'we got 112 mm of rain in Honiara yesterday, roads are rivers',
     [('quantity', '112 mm', 112, 'millimeter')]),
    ('n170', 'qty-weather', 'The mercury hit 47.1°C in Jacobabad on Thursday.',
     [('quantity', '47.1°C', 47.1, 'degree_Celsius')]),
    ('c171', 'qty-weather', 'light meter says 900 lux under this cloud, too dark for the seedlings',
     [('quantity', '900 lux', 900, 'lux')]),
    ('n172', 'qty-weather', 'A lightning strike near the station registered 120 decibels.',
     [('quantity', '120 decibels', 120, 'decibel')]),
    ('c173', 'qty-weather', 'wind chill makes it feel like -32°C in Ulaanbaatar today',
     [('quantity', '-32°C', -32, 'degree_Celsius')]),
    ('c174', 'qty-weather', "snow's 30 to 40cm deep on the Anzob pass",
     [('quantity', '30 to 40cm', (30, 40), 'centimeter')]),
    # ---- qty-gem
    ('n175', 'qty-gem', "Christie's will offer a 10.5-carat pink stone mined in Western Australia.",
     [('quantity', '10.5-carat', 10.5, 'carat')]),
    # ---- qty-mining
    ('n176', 'qty-mining', 'Gold Fields said its Tarkwa pit in Ghana yielded 620,000 troy ounces, up on the previous year.',
     [('quantity', '620,000 troy ounces', 620000, 'troy_ounce')]),
    # ---- qty-energy
    ('n177', 'qty-energy', "Kyrgyzstan's Toktogul plant generated 4,200 GWh in the first half of the year.",
     [('quantity', '4,200 GWh', 4200, 'gigawatt_hour')]),
    # ---- qty-jewellery
    ('c178', 'qty-jewellery', "jeweller weighed my scrap at 14 dwt, that's pennyweight right?",
     [('quantity', '14 dwt', 14, 'pennyweight')]),
    # ---- qty-noise
    ('c179', 'qty-noise', "the neighbours' generator is 85 dB at the fence, I measured it",
     [('quantity', '85 dB', 85, 'decibel')]),
    # ---- qty-count
    ('c180', 'qty-count', 'bought three pounds of tomatoes and two bunches of basil',
     [('quantity', 'three pounds', 3, 'pound')]),
    # ---- qty-range
    ('c181', 'qty-range', "neon tetras want the water between 24 and 26°C, my heater's dodgy",
     [('quantity', '24 and 26°C', (24, 26), 'degree_Celsius')]),
    ('c182', 'qty-range', 'tyre pressure should be 2.2–2.4 bar when cold',
     [('quantity', '2.2–2.4 bar', (2.2, 2.4), 'bar')]),
    # ---- qty-fraction
    ('c183', 'qty-fraction', 'the pattern for the bolster calls for a yard and three-quarters of ticking',
     [('quantity', 'a yard and three-quarters', 1.75, 'yard')]),
    # ---- qty-hyphen
    ('c184', 'qty-hyphen', 'we need a 55-gallon drum for the rainwater off the shed',
     [('quantity', '55-gallon', 55, GALLON)]),
    # ---- qty-construction
    ('n185', 'qty-construction', 'Chewing through granite, the boring machine under Oslo managed 18 metres a day.',
     [('quantity', '18 metres', 18, 'meter')]),
    # ---- mixed
    ('c186', 'mixed', "firewood's $350 a cord round here and we burn 3 cords a winter",
     [('money', '$350', 350, 'USD'), ('quantity', '3 cords', 384, 'foot**3')]),
    ('n187', 'mixed', 'A 3.1-carat Burmese ruby sold in Yangon for 950 million kyat.',
     [('quantity', '3.1-carat', 3.1, 'carat'), ('money', '950 million kyat', 950000000, 'MMK')]),
    ('c188', 'mixed', 'my 5 troy ounces of bullion came to 12 grand at the dealer, spot was like 2,400 an ounce',
     [('quantity', '5 troy ounces', 5, 'troy_ounce'), ('money', '12 grand', 12000, GRAND)]),
    ('n189', 'mixed', 'Tajikistan will sell 1,500 GWh of electricity to Afghanistan this summer at 2.5 cents per kilowatt-hour.',
     [('quantity', '1,500 GWh', 1500, 'gigawatt_hour'), ('money', '2.5 cents', 0.025, 'USD')]),
    ('c190', 'mixed', 'Dushanbe to Istanbul was 4h 50m and the ticket was 3,100 somoni',
     [('duration', '4h 50m', 290, 'minute'), ('money', '3,100 somoni', 3100, 'TJS')]),
    ('c191', 'mixed', 'ferry Praia to Fogo takes 4 hours and costs 3,500 escudos, or you fly in 25 min',
     [('duration', '4 hours', 4, 'hour'), ('money', '3,500 escudos', 3500, 'CVE'),
      ('duration', '25 min', 25, 'minute')]),
    ('n192', 'mixed', 'A 20-tonne shipment of Haitian mangoes reached Miami after a 3-day voyage.',
     [('quantity', '20-tonne', 20, 'tonne'), ('duration', '3-day', 3, 'day')]),
    ('c193', 'mixed', 'the brisket was 6.2 kg, cost £87 and sat on the smoker 16 hours',
     [('quantity', '6.2 kg', 6.2, 'kilogram'), ('money', '£87', 87, 'GBP'),
      ('duration', '16 hours', 16, 'hour')]),
    ('n194', 'mixed', "Bhutan's new hydropower plant will generate 2,585 GWh a year and cost Nu. 40 billion.",
     [('quantity', '2,585 GWh', 2585, 'gigawatt_hour'),
      ('money', 'Nu. 40 billion', 40000000000, 'BTN')]),
    ('c195', 'mixed', 'minibus Osh to Khorog on the Pamir Highway, 728 km, 2 days and 80 dollars',
     [('quantity', '728 km', 728, 'kilometer'), ('duration', '2 days', 2, 'day'),
      ('money', '80 dollars', 80, 'USD')]),
    ('c196', 'mixed', 'gym in Mostar is 50 KM a month and I do 90 min sessions',
     [('money', '50 KM', 50, 'BAM'), ('duration', '90 min', 90, 'minute')]),
    ('n197', 'mixed', 'Port Louis rewarded the Mauritian who clocked 20.31 seconds over 200 metres with Rs 500,000.',
     [('quantity', '200 metres', 200, 'meter'), ('duration', '20.31 seconds', 20.31, 'second'),
      ('money', 'Rs 500,000', 500000, 'MUR')]),
    ('c198', 'mixed', 'bag limit at Ulaanbaatar was 23 kg and they charged me 60,000 tugriks for 4 kilos over',
     [('quantity', '23 kg', 23, 'kilogram'), ('money', '60,000 tugriks', 60000, 'MNT'),
      ('quantity', '4 kilos', 4, 'kilogram')]),
    ('n199', 'mixed', 'A 500-metre stretch of highway near Colón will cost B/. 4 million and take 8 months.',
     [('quantity', '500-metre', 500, 'meter'), ('money', 'B/. 4 million', 4000000, 'PAB'),
      ('duration', '8 months', 8, 'month')]),
    ('c200', 'mixed', 'the hot water cylinder is 50 imperial gallons and takes an hour to heat',
     [('quantity', '50 imperial gallons', 50, 'imperial_gallon'),
      ('duration', 'an hour', 1, 'hour')]),
    ('c201', 'mixed', "hired a 14-foot tinnie for half a day in Vava'u, T$60 with fuel",
     [('quantity', '14-foot', 14, 'foot'), ('duration', 'half a day', 0.5, 'day'),
      ('money', 'T$60', 60, 'TOP')]),
    ('n202', 'mixed', "Sierra Leone's new bridge spans 320 metres and cost Le 180 million.",
     [('quantity', '320 metres', 320, 'meter'), ('money', 'Le 180 million', 180000000, 'SLE')]),
    ('c203', 'mixed', "vet says the calf is 42 kg and needs 5 mL of wormer, that's 8,000 Congolese francs",
     [('quantity', '42 kg', 42, 'kilogram'), ('quantity', '5 mL', 5, 'milliliter'),
      ('money', '8,000 Congolese francs', 8000, 'CDF')]),
    ('c204', 'mixed', 'the recipe wants 1 US gallon of stock and 6 hours of simmering',
     [('quantity', '1 US gallon', 1, 'gallon'), ('duration', '6 hours', 6, 'hour')]),
    ('n205', 'mixed', 'Workers at the Kumtor gold mine, 4,000 metres up, do 12-hour shifts for two weeks at a time.',
     [('quantity', '4,000 metres', 4000, 'meter'), ('duration', '12-hour', 12, 'hour'),
      ('duration', 'two weeks', 2, 'week')]),
    ('c206', 'mixed', 'did the Belize marathon, 42.2 km in 3:41:09, entry was BZ$90',
     [('quantity', '42.2 km', 42.2, 'kilometer'), ('duration', '3:41:09', 13269, 'second'),
      ('money', 'BZ$90', 90, 'BZD')]),
    ('n207', 'mixed', 'Bakeries in Beirut now sell a 900-gram bundle of bread for 65,000 Lebanese pounds.',
     [('quantity', '900-gram', 900, 'gram'), ('money', '65,000 Lebanese pounds', 65000, 'LBP')]),
    ('c208', 'mixed', 'a 25 kg sack of layers pellets lasts the hens about three weeks and costs 2,200 lekë',
     [('quantity', '25 kg', 25, 'kilogram'), ('duration', 'three weeks', 3, 'week'),
      ('money', '2,200 lekë', 2200, 'ALL')]),
    ('c209', 'mixed', 'put a 200-litre tank on the roof in Mbabane, 1,800 emalangeni and 2 days of work',
     [('quantity', '200-litre', 200, 'liter'), ('money', '1,800 emalangeni', 1800, 'SZL'),
      ('duration', '2 days', 2, 'day')]),
    ('n210', 'mixed', 'The Naadam horse race covers 25 km, and the winning jockey, aged 9, finished in 29 minutes.',
     [('quantity', '25 km', 25, 'kilometer'), ('duration', '29 minutes', 29, 'minute')]),
    # ---- money-neg
    ('c211', 'money-neg', 'my IBAN is GB29 NWBK 6016 1331 9268 19, send it whenever',
     []),
    ('n212', 'money-neg', 'Guinea and Guinea-Bissau drew 1-1 in the qualifier in Conakry.',
     []),
    ('n213', 'money-neg', "A first edition of Ezra Pound's Cantos goes on show in London this week.",
     []),
    ('c214', 'money-neg', 'the VAT number on the invoice is GB 123 4567 89, is that legit',
     []),
    ('n215', 'money-neg', 'The Scottish village of Dollar hosted its annual Highland games on Saturday.',
     []),
    ('c216', 'money-neg', "Dire Straits live in '85, Mark Knopfler was unreal",
     []),
    ('n217', 'money-neg', 'The airline filed for Chapter 11 bankruptcy protection in Delaware.',
     []),
    ('c218', 'money-neg', 'invoice INV-2024-0318 is still unpaid, chasing it tomorrow',
     []),
    ('n219', 'money-neg', 'Real Betis beat Sevilla 2-0 in the Seville derby.',
     []),
    ('c220', 'money-neg', 'app says the somoni is weak against the rouble again',
     []),
    ('n221', 'money-neg', 'The Lady Godiva statue in Coventry was cleaned ahead of the festival.',
     []),
    ('c222', 'money-neg', 'Fiat 500 for sale, 2016 plate, message me for details',
     []),
    ('c223', 'money-neg', 'bought a Jackson Pollock print, a poster obviously',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', 'my nephew plays Fortnite every night after school',
     []),
    ('c225', 'dur-neg', 'the minute steak at the pub is actually decent, go for it',
     []),
    ('n226', 'dur-neg', 'The Weeknd will headline the festival in Bucharest in July.',
     []),
    ('c227', 'dur-neg', 'meet me by the clock tower at twenty to six',
     []),
    ('n228', 'dur-neg', 'The 2026 World Cup final will kick off at 15:00 local time.',
     []),
    ('c229', 'dur-neg', 'week 12 of the NFL season and my team is 3-9',
     []),
    ('n230', 'dur-neg', 'Century 21 has opened a new office in Port Louis.',
     []),
    ('c231', 'dur-neg', 'season 4 episode 12 of The Crown is the best one',
     []),
    ('c232', 'dur-neg', 'my shift starts at 0700 and finishes at 1930',
     []),
    ('n233', 'dur-neg', "The Hundred returns to Lord's on Thursday.",
     []),
    ('c234', 'dur-neg', 'our twins are 11 years old and eat like horses',
     []),
    ('c235', 'dur-neg', 'hostel checkout is at 11 and check-in from 2',
     []),
    ('c236', 'dur-neg', 'our train to Bar is the 18.45, platform 3 apparently',
     []),
    # ---- qty-neg
    ('c237', 'qty-neg', 'picking up the Tesla Model 3 from Hertz at the airport',
     []),
    ('c238', 'qty-neg', 'tied two knots in the mooring line and it still slipped',
     []),
    ('n239', 'qty-neg', "Gregory Peck's Oscar for To Kill a Mockingbird will be auctioned in Los Angeles.",
     []),
    ('c240', 'qty-neg', 'the Stone Roses reunion gig was unreal',
     []),
    ('n241', 'qty-neg', 'Scotland Yard arrested two men in Mile End on Sunday.',
     []),
    ('c242', 'qty-neg', 'my iPhone is on iOS 17.4 and the battery is at 23%',
     []),
    ('c243', 'qty-neg', 'the Xbox 360 still works, the PS5 lives in the cupboard',
     []),
    ('c244', 'qty-neg', "a pinch of salt and two cloves of garlic, that's all it needs",
     []),
    ('c245', 'qty-neg', 'got two hands of bananas from the market in Apia',
     []),
    ('n246', 'qty-neg', 'Vitamin B12 injections are now available at pharmacies in Suva.',
     []),
    ('c247', 'qty-neg', "our room's on the 5th floor, number 512",
     []),
    ('n248', 'qty-neg', 'A documentary about Gram Parsons premieres in Nashville this week.',
     []),
    ('n249', 'qty-neg', 'The Chevrolet Volt was discontinued in 2019.',
     []),
    ('c250', 'qty-neg', 'the Yamaha MT-07 is a great first bike',
     []),
]
