"""Held-out probe chat19: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat18 or classes).
Domains lean on what the earlier probes used least or only in passing: road tolls and
vignettes, car hire, household bills (heating, gas, water, electricity, fibre),
informal money slang, cryptocurrency prices, bush and island aviation (charters,
landing fees, avgas, flight and duty times, altitudes, nautical miles), yachts and
moorings, brewing and distilling, construction materials (concrete, screed, rebar,
tiles, hardcore), freight and shipping (deadweight, barrels, free time, dwell
times), tailoring, clinic waits, lab measures and medicine doses, allotments and
gardening, music practice and instruments, swimming and athletics times, with
currencies and forms from Latin America (Peru, Bolivia, Paraguay, Costa Rica,
Nicaragua, Honduras, Guatemala, the Dominican Republic, Uruguay, Chile), the Middle
East and North Africa (the UAE, Saudi Arabia, Qatar, Kuwait, Bahrain, Oman, Jordan,
Iraq, Tunisia), Central Asia and the Caucasus (Kazakhstan, Kyrgyzstan, Uzbekistan,
Turkmenistan, Azerbaijan, Georgia, Armenia, Mongolia), Eastern and South-Eastern
Europe (Ukraine, Poland, Hungary, Bulgaria, Moldova, North Macedonia, Albania) and
the Pacific (Papua New Guinea, Tonga, Vanuatu, Samoa, the Solomon Islands, French
Polynesia, Fiji, Tuvalu), plus British slang and US crypto chatter.
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
(../chat16/cases.py), chat17's (../chat17/cases.py) and chat18's (../chat18/cases.py),
all unchanged and decided before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15, chat16, chat17 and chat18; also decided before writing
the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "in the order
   of" ("in the order of £6,000" = 6000 GBP), "no sooner than" ("no sooner than 4
   hours" = 4 hour), "a fraction under" (chat16's "a touch under"), "at the very
   least" (chat4's "at least") and a trailing "all in" ("4,800 rials ... all in" =
   4800 OMR); "straight" after a duration ("26 hours straight") changes nothing
   (chat13's "straight").
 * Money slang with no currency word: US "five large" = 5000 with chat4's GRAND tuple
   ("large" = thousand, like "grand" and chat13's "Gs"); UK "a score" = 20 GBP and
   "a bullseye" = 50 GBP in a sentence set in England (chat13's "a pony" and "a
   monkey"); chat17's "a couple of hundred quid" = 200 GBP is unchanged.
 * Cryptocurrency: amounts in a token or coin ("0.02 BTC", "0.5 ETH", "1,200 sats",
   "tether", "staked coins") are not money claims (none has a current ISO 4217 code);
   a crypto price or fee in a real currency is an ordinary money claim ("$100k" =
   100000 USD by chat8's k, "₦2.1 million", "87.5 som" for one tether, "$14 in gas"
   for a network fee: "gas" is the fee, not a quantity). Block counts
   ("6 confirmations") are counts; a block time, lock-up or withdrawal halt with a
   time unit is a duration; a node's disk space is chat4's GB tuple.
 * Swimming events written as a bare number and a stroke ("100 free", "200 IM", "the
   100 fly", "400 IM") are event names with no length claim (chat12's unitless
   numbers; with a unit, "100 metres", the distance is chat11's race length); a time
   after them is chat10's race time ("my 100 free PB is 1:02.45" = 62.45 second).
 * A boat named by its length with "-footer" ("a 46-footer") is a length, 46 foot
   (chat15's "-pounder" for a fish's mass).
 * chat4's rate-denominator rule in the new domains: "a day" (car hire, a rental's
   km allowance, a practice time), "per cubic metre" (gas, water), "per
   kilowatt-hour" (chat13), "a month" (bills, wages, household electricity use),
   "per voyage" (cargo), "a night" (moorings), "per litre" (excise), "a litre" (avgas,
   olive oil), "a tonne" and "per tonne" (cement, rebar, port dues), "per 40-foot
   container" (chat16), "a year" (allotment rent, brewery output), "each", "a term",
   "a cubic metre" (a concrete price), "an hour" after fuel burnt (chat15), "a puff"
   (chat8's "per puff"), "per kg" after a dose (chat16's "per 10 kg"), "a day" after
   a vitamin dose, crude piped and power cuts (chat17's "a week" after water cuts),
   and "a day per mm" of screed (chat17's "a year per inch": the time amount "a day"
   = 1 day is claimed, the millimetre is the denominator).
 * More numbers that are not claims: vehicle registrations ("BD51 XKT": "BD" here is
   no Bahraini dinar), PINs ("4471"), gate, flight and terminal numbers ("gate 25",
   "KU 101", "terminal 4"), lanes, rounds, street addresses ("4120 King Fahd Road"),
   ordinals ("its 12th store", "third week of the brew"), phone numbers (chat5),
   scores ("2-1"), ratings ("9 out of 10"), percentages ("3.2%", "9%", "10%"), ages
   ("7 months old", "23", "at fifteen", chat8's "a 12-year-old" drink), clock times
   ("14:20", "half six", "at 9.45", "at 7"), dates and date ranges ("from 14 to 17
   August", "since 2001", "in 1714"), eras ("the 1960s"), beer figures ("6.5%", "45
   IBU", chat14), spirit proof ("90 proof": not a pint unit), gross tonnage ("106,000
   GT": a dimensionless index, unlike DWT below), TEU (chat11), concrete grades
   ("C30/37", chat14), suit and shoe sizes ("40R", "a 10.5"), instrument sizes ("a
   7/8" cello, not a fraction of a unit), HbA1c as a bare number, yeast strains
   ("US-05"), squawk codes and a radio frequency left bare ("119.1", chat12), vitamin
   "IU" (chat11), aircraft and vehicle models ("ATR 72", "A330", "777-300ER", "the
   Islander", "Land Cruiser", "Dusters"), road names ("the M7", "the A2", chat13),
   counts of confirmations, trucks and puffs, exam grades ("grade 6"), and numbers
   left bare after a claim ("at 40" after a bitcoin price, "48 for the coat", "under
   100", "not 50", "30 dryland", "it was 10.7", "at 15 to go", "at 37" for an
   incubator, "at 200 centres", "waist 36", "inside leg 31", "descending through
   6000", "wind 270": chat13's unitless numbers).
 * More names and idioms with no claim: "Lari Pittman" (a painter; chat14's "Ayn
   Rand"), "Forty Knots" (a yacht's name), "Seven Minutes in Heaven" (a film), "the 24
   Hours of Spa" (a race, chat15's "24 Hours of Le Mans"), "Camp 3", "Kambarata-1" (a
   dam; chat5's names with a number), "Lenin Peak", "Halyk Bank", "Al Hilal", "in a
   tick" (chat18's "two ticks"), "overnight" (chat4), "the Qatari riyal", "the tenge"
   and "the US dollar" named with no amount (chat17's "the cedi").
Money
 * New marks and words: "so'm" in Uzbekistan (Tashkent) = UZS; "som" in Kyrgyzstan
   (Bishkek) = KGS; "manat" in Turkmenistan (Ashgabat) = TMT, while "manat" in
   Azerbaijan stays chat10's AZN and "₼" (also after the amount) = AZN; "₸" = KZT
   ("tenge" = KZT, chat8); "֏" = AMD (chat10's "dram" in Armenia); "₮" = MNT; "lei"
   in Moldova (Chișinău) = MDL (chat6's "lei" is RON in Romania); "denars" in North
   Macedonia (Skopje) = MKD; "lek" in Albania (Tirana) = ALL; "stotinki" = 0.01 BGN
   ("leva" = BGN, chat12); "tetri" = 0.01 GEL ("lari" = GEL, chat8); "hryvnias" and
   "₴" = UAH (chat6, chat12); "zł" (chat10) with Polish space thousands ("1 180 zł",
   chat16); "forints" = HUF (chat6).
 * Gulf and Arab marks: "AED" before the amount (chat6's codes); "dirham ... fils" in
   the UAE (Deira, Dubai) with "fils" = 0.01 AED ("1 dirham 50 fils" = 1.50 AED, one
   composite claim, chat15's "8 cedis 50 pesewas"); "fils" in Kuwait = 0.001 KWD
   ("15 fils" = 0.015 KWD); "KD" before an amount = KWD; "BD" before an amount in
   Bahrain (Manama) = BHD; "JD" before an amount in Jordan (Amman) = JOD; "rials" in
   Oman (Muscat) = OMR and "OMR" before the amount = OMR; "SR" before an amount in
   Saudi Arabia = SAR, "riyals" in Saudi Arabia = SAR (chat6) and "halalas" = 0.01
   SAR ("8 riyals 50 halalas" = 8.50 SAR, one composite claim); "QR" before an amount
   in Qatar = QAR; "dinars" in Iraq (Baghdad) = IQD and in Tunisia (Sfax) = TND.
 * Three-decimal currencies: after "OMR", "KD", "BD" and "JD" (currencies of 1,000
   baisa or fils) a dot followed by exactly three digits is the decimal point, as
   those countries print prices: "OMR 1.250" = 1.25 OMR (not chat4's dot thousands).
 * Latin American marks: "S/" (chat12) and "soles" (chat8) = PEN; "Bs" before an
   amount in Bolivia (Santa Cruz) = BOB (chat12's "bolivianos"); "Gs." before an
   amount in Paraguay (Asunción) = PYG with dot thousands ("Gs. 350.000" = 350000;
   not chat13's "5 Gs" = grand); "₡" with dot thousands (chat12) = CRC; "C$" in
   Nicaragua (Managua) = NIO (not chat4's "C$" = CAD, which needs no Nicaraguan
   setting); "lempiras" = HNL; "RD$" = DOP; "$U" = UYU with dot thousands ("$U 1.800"
   = 1800); "Q" glued to an amount in Guatemala (chat12) = GTQ; "pesos" in Chile
   (Santiago) = CLP with dot thousands ("8.900 pesos" = 8900, chat8).
 * Pacific marks: "K" + amount and "kina" in Papua New Guinea (Port Moresby, Tari) =
   PGK (chat13's "K" = ZMW needs a Zambian setting); "pa'anga" in Tonga (Neiafu) =
   TOP; "vatu" in Vanuatu (Port Vila) = VUV; "WS$" = WST (chat15's "tala"); "SI$" =
   SBD; "XPF" after an amount with space thousands ("92 000 XPF") = XPF, the CFP
   franc of French Polynesia; "A$" in Tuvalu (Funafuti) = AUD (chat5); bare "$" in
   Fiji (Suva) = FJD or USD (chat15).
 * A bare "$" with crypto prices, network fees and NFTs, at a Vietnamese tailor (Hoi
   An), for freight spot rates, an instrument auction and a dam in Tajikistan is
   chat4's USD (no country of the chat13 bare-"$" rule is named).
 * Tolls and vignettes, car hire rates, excesses and damage charges, heating, gas,
   water, electricity and fibre bills and tariffs, excise duties, crypto prices and
   fees, charters, landing fees and fares, yacht sales, haul-outs and moorings, malt
   and brandy, cement, rebar and building quotes, removals and freight rates, port
   dues, tailoring and hemming, clinic, lab and pharmacy charges, allotment rents,
   garden tools, music lessons and tuners, instrument auctions, swim squads, minimum
   wages and average pay, taxis, food and lounge passes are ordinary money claims.
Durations
 * Composites (one claim, summed value), by earlier rules: "3 h 20 min" = 200 minute
   (chat15's French-style "3 h 15" with "min" written), "3 hrs 5 min" = 185 minute
   (chat17's "1 hr 15 min"), "5 hours 40 minutes" = 340 minute, "14 hours 25
   minutes" = 865 minute, "1 hour 15 minutes" = 75 minute (chat4), "4 days and 6
   hours" = 102 hour (chat12's "2 days 6 hours"), "11 days, 14 hours and 22 minutes"
   = 16702 minute (chat8's three parts), "4 years and 7 months" = 55 month (chat10's
   "two years and four months"), "8 minutes 5.6 seconds" = 485.6 second (chat16's
   "6 minutes 23 seconds" with a decimal), "2d 5h" = 53 hour (chat13's "2d 4h").
 * Fractions and shortenings by earlier rules: "four and a half hours" and "2 and a
   half hours" (chat13), "a week and a half" (chat10), "a quarter of an hour" (chat4),
   "half an hour" (chat10), "a fortnight" (chat4), "four decades" = 40 year (chat5's
   "two decades"), "6.2 hours" and "2.3 hours" (decimals), glued "48h" and "7h"
   (chat8), "5 wks" (chat10's "wks"), "sixty mins", "10 min", "90 min", "10.94s"
   (chat12's sprint "s"), "m:ss.ss" race times after a swimming event (above).
 * "5 days on, 2 days off, for a month" gives three claims (5 day, 2 day, 1 month);
   "every 8 hrs for a week" gives the interval (chat6) and "a week".
 * "aged for 18 years in sherry casks" is a duration (chat15's oak ageing), while "a
   12-year-old Speyside" is an age (chat8): nothing.
 * "under a minute" = 1 minute (chat4's bound with "a"); "roughly an hour" = 1 hour.
 * Clinic and specialist waits, MRI waits, dosing intervals and courses, gaps between
   doses, incubation, centrifuging, time on ice, PCR turnaround, car hire periods and
   grace periods, border queues, vignette validity, block times, tarmac holds, flying
   hours, avionics repairs, flights before a diversion, duty times, lagering, boiling,
   cask ageing, distillation runs, agave roasting, curing slabs, screed drying,
   building projects, ocean transit, berth waits, terminal free time, dwell times,
   tailoring turnaround and alterations, race times, practice, recordings, organ
   marathons, gigs, block times and confirmations, withdrawal halts and bank
   transfers, growing garlic, chitting, steeping comfrey, allotment waiting lists,
   passages, watermaker runs, gas and power cuts, time to pay bills, gauze and
   no-drinking periods, swim sessions, doping bans, no-flying periods after surgery,
   runway projects, brew kits, ambulance response times and dam construction are
   durations.
Quantities
 * New units and spellings: "nm" in an aviation or sailing distance = nautical_mile
   ("40 nm out of Nadi", chat12's "NM"; pint's nanometre does not apply); "DWT" after
   a ship's size = deadweight in metric tonnes ("210,000 DWT" = 210000 tonne; pint's
   "dwt" pennyweight does not apply); "bbl" = oil_barrel; "hectolitres" = hectoliter;
   "µL" = microliter; "mmol/L" = millimole/liter (chat10); "mg/dL" = chat14's MGDL
   tuple; "mg/mL" accepts the numerator or the concentration (milligram or
   milligram/milliliter, the MGML tuple, like chat14's mg/dL); "mcg" and
   "micrograms" = microgram (chat6); "rpm" = revolutions_per_minute (chat10); "Hz" =
   hertz (chat14); "hp" = horsepower (chat6); "kWh" = kilowatt_hour; "m³" and "cubic
   metres" = meter**3; "m²" and "square metres" = meter**2; "kilos" = kilogram
   (chat14).
 * Composites: "1 m 85" = 1.85 meter and "1 m 78" = 1.78 meter (chat5's "1 metre
   85" with the symbol); "6 ft 6" = 78 inch (chat10's "5 ft 10"); "an inch and a
   quarter" = 1.25 inch (chat18's "a kilo and a quarter"); "half an inch" = 0.5 inch.
 * A container named by its length glued without a hyphen ("a 20ft box") is a
   length, 20 foot (chat16's "a 40-foot container"), unless it is a rate's
   denominator ("per 40-foot container", chat16).
 * "-80°C" is a temperature (chat4's negative temperatures); "between 9 and 12°C" =
   (9, 12) degree_Celsius (chat16's "38 to 39.2°C").
 * Boat lengths, beams and draughts, anchor chain, altitudes, ceilings, visibility,
   runway lengths and elevations, distances in nautical miles, fuel burnt, batch
   sizes, mash and fermentation temperatures, brewery output, hop additions, still
   and cask volumes, concrete, steel and hardcore, tile areas, slab and rebar sizes,
   excavator masses and lane widths, deadweight and cargo tonnages, crude volumes,
   payloads, lock sizes, body measurements, fabric lengths, alterations and seam
   allowances, lab volumes, concentrations, centrifuge speeds and freezer
   temperatures, doses and body weights, plot areas and plant spacing, show
   vegetables, heights and weights of rowers and swimmers, pool lengths, swim and
   sprint distances, throws and lifts, tank volumes and km allowances, weight and
   height limits at tolls, electricity and gas use, instrument weights, tuning
   pitch, vitamin doses, dam volumes and heights, outboard power and boat speeds,
   runway extensions, blood volumes and disk space are quantities.
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


ROWS = [
    # ---- money-toll
    ('n001', 'money-toll', "Salik charges at Dubai's busiest toll gates will rise to AED 6 at peak times.",
     [('money', 'AED 6', 6, 'AED')]),
    ('c002', 'money-toll', 'the hungarian vignette was 6,400 forints, bought it at the last petrol station before the border',
     [('money', '6,400 forints', 6400, 'HUF')]),
    ('c003', 'money-toll', 'bulgarian e-vignette for a weekend is 10 leva, dead cheap',
     [('money', '10 leva', 10, 'BGN')]),
    ('n004', 'money-toll', 'Tolls on the Panamericana Sur south of Lima rose to S/ 7.50 for cars.',
     [('money', 'S/ 7.50', 7.5, 'PEN')]),
    ('n005', 'money-toll', 'Drivers pay 34 zł each way on the A2 between Poznań and the German border.',
     [('money', '34 zł', 34, 'PLN')]),
    # ---- money-carhire
    ('c006', 'money-carhire', 'car hire at Tbilisi airport is 95 lari a day plus a 500 lari deposit',
     [('money', '95 lari', 95, 'GEL'), ('money', '500 lari', 500, 'GEL')]),
    ('c007', 'money-carhire', 'renting a Land Cruiser in Almaty runs 25,000–30,000 tenge a day',
     [('money', '25,000–30,000 tenge', (25000, 30000), 'KZT')]),
    ('c008', 'money-carhire', 'they charged me ₡85.000 for a scratch on the bumper in San José',
     [('money', '₡85.000', 85000, 'CRC')]),
    ('n009', 'money-carhire', 'Rental firms in Chișinău typically set a damage excess of 5,000 lei on economy cars.',
     [('money', '5,000 lei', 5000, 'MDL')]),
    # ---- money-bills
    ('c010', 'money-bills', 'heating bill in Kraków came to 1 180 zł for January alone',
     [('money', '1 180 zł', 1180, 'PLN')]),
    ('n011', 'money-bills', 'Households in Kyiv will pay 7.96 hryvnias per cubic metre of gas from May.',
     [('money', '7.96 hryvnias', 7.96, 'UAH')]),
    ('c012', 'money-bills', "electricity in our Tashkent flat is about 85,000 so'm a month",
     [('money', "85,000 so'm", 85000, 'UZS')]),
    ('n013', 'money-bills', 'Kuwait will charge expatriate households 15 fils per kilowatt-hour from April.',
     [('money', '15 fils', 0.015, 'KWD')]),
    ('c014', 'money-bills', 'fibre in Bishkek is anywhere from 900 to 1,500 som a month',
     [('money', '900 to 1,500 som', (900, 1500), 'KGS')]),
    ('n015', 'money-bills', 'Water in Sofia will cost 25 stotinki more per cubic metre from July.',
     [('money', '25 stotinki', 0.25, 'BGN')]),
    # ---- money-slang
    ('c016', 'money-slang', 'the guy wants five large for the dinghy and the outboard',
     [('money', 'five large', 5000, GRAND)]),
    ('c017', 'money-slang', 'lent my brother a couple of hundred quid to sort the shed on his allotment',
     [('money', 'a couple of hundred quid', 200, 'GBP')]),
    ('c018', 'money-slang', 'the fella at Romford market wants a bullseye for the lot',
     [('money', 'a bullseye', 50, 'GBP')]),
    ('c019', 'money-slang', "cabbie in Peckham said call it a score and we're square",
     [('money', 'a score', 20, 'GBP')]),
    # ---- money-crypto
    ('c020', 'money-crypto', 'bitcoin broke $100k again and I sold mine at 40, kill me',
     [('money', '$100k', 100000, 'USD')]),
    ('n021', 'money-crypto', 'Ether fell 9% to $2,310 on Tuesday, its lowest level since March.',
     [('money', '$2,310', 2310, 'USD')]),
    ('c022', 'money-crypto', 'sent my cousin 0.02 BTC, worth about ₦2.1 million when it landed',
     [('money', '₦2.1 million', 2100000, 'NGN')]),
    ('c023', 'money-crypto', 'paid $14 in gas for a $60 jpeg, what am I doing with my life',
     [('money', '$14', 14, 'USD'), ('money', '$60', 60, 'USD')]),
    ('n024', 'money-crypto', 'Exchange booths in Bishkek quoted tether at 87.5 som on Friday.',
     [('money', '87.5 som', 87.5, 'KGS')]),
    # ---- money-aviation
    ('c025', 'money-aviation', 'a charter from Port Moresby up to Tari is K9,800 one way',
     [('money', 'K9,800', 9800, 'PGK')]),
    ('n026', 'money-aviation', 'Air Niugini cut the Port Moresby–Lae fare to 399 kina.',
     [('money', '399 kina', 399, 'PGK')]),
    ('c027', 'money-aviation', 'landing fee at the strip outside Santa Cruz was Bs 150, paid to a guy with a clipboard',
     [('money', 'Bs 150', 150, 'BOB')]),
    # ---- money-yacht
    ('n028', 'money-yacht', 'The superyacht changed hands in Antibes for €3.9 million, brokers said.',
     [('money', '€3.9 million', 3900000, 'EUR')]),
    ('c029', 'money-yacht', "mooring ball in Neiafu is 45 pa'anga a night and the water is unreal",
     [('money', "45 pa'anga", 45, 'TOP')]),
    ('c030', 'money-yacht', 'haul-out at the yard in Raiatea came to 92 000 XPF, ouch',
     [('money', '92 000 XPF', 92000, 'XPF')]),
    ('c031', 'money-yacht', 'a night on the Port Vila moorings is 2,500 vatu, pay at the yacht club',
     [('money', '2,500 vatu', 2500, 'VUV')]),
    # ---- money-ferry
    ('n032', 'money-ferry', "Samoa's inter-island ferry will charge WS$15 for a return ticket from Mulifanua.",
     [('money', 'WS$15', 15, 'WST')]),
    # ---- money-brewing
    ('c033', 'money-brewing', 'a sack of pilsner malt is ₴1,400–1,500 in Lviv now',
     [('money', '₴1,400–1,500', (1400, 1500), 'UAH')]),
    ('n034', 'money-brewing', 'Georgia will raise the excise on beer by 40 tetri per litre.',
     [('money', '40 tetri', 0.4, 'GEL')]),
    # ---- money-distilling
    ('c035', 'money-distilling', 'a bottle of Ararat brandy at Zvartnots duty free was ֏18,000',
     [('money', '֏18,000', 18000, 'AMD')]),
    # ---- money-construction
    ('n036', 'money-construction', 'Cement in Baghdad now sells for 125,000 dinars a tonne.',
     [('money', '125,000 dinars', 125000, 'IQD')]),
    ('c037', 'money-construction', 'the builder in Muscat quoted 4,800 rials for the boundary wall, all in',
     [('money', '4,800 rials', 4800, 'OMR')]),
    ('n038', 'money-construction', 'Rebar in Amman rose to JD 610 a tonne this month.',
     [('money', 'JD 610', 610, 'JOD')]),
    # ---- money-freight
    ('c039', 'money-freight', 'the movers in Jeddah quoted SR 3,200 for a shared container to Manila',
     [('money', 'SR 3,200', 3200, 'SAR')]),
    ('n040', 'money-freight', 'Asia–North Europe box rates slipped to $2,850 per 40-foot container this week, a broker index showed.',
     [('money', '$2,850', 2850, 'USD')]),
    ('n041', 'money-freight', 'Sohar port charges OMR 1.250 per tonne of general cargo.',
     [('money', 'OMR 1.250', 1.25, 'OMR')]),
    # ---- money-tailor
    ('c042', 'money-tailor', 'my thobe from the tailor in Manama was BD 22 and it fits perfectly',
     [('money', 'BD 22', 22, 'BHD')]),
    ('c043', 'money-tailor', 'hemming two pairs of trousers in Skopje was 300 denars',
     [('money', '300 denars', 300, 'MKD')]),
    ('n044', 'money-tailor', 'A bespoke suit on Savile Row now costs in the order of £6,000.',
     [('money', '£6,000', 6000, 'GBP')]),
    # ---- money-clinic
    ('n045', 'money-clinic', 'Private labs in Tirana charge between 2,500 and 3,500 lek for a full blood count.',
     [('money', '2,500 and 3,500 lek', (2500, 3500), 'ALL')]),
    ('n046', 'money-clinic', 'A pen of insulin costs ₮45,000 at private pharmacies in Ulaanbaatar, patients say.',
     [('money', '₮45,000', 45000, 'MNT')]),
    ('c047', 'money-clinic', 'the cardiologist in Asunción charged Gs. 350.000, cash only',
     [('money', 'Gs. 350.000', 350000, 'PYG')]),
    ('n048', 'money-clinic', 'A check-up at public dental clinics in Santo Domingo costs RD$500.',
     [('money', 'RD$500', 500, 'DOP')]),
    # ---- money-allotment
    ('c049', 'money-allotment', 'allotment rent has gone up to £48 a year, still the best deal in town',
     [('money', '£48', 48, 'GBP')]),
    # ---- money-garden
    ('c050', 'money-garden', 'hose reels at the market in Tegucigalpa are five to seven hundred lempiras',
     [('money', 'five to seven hundred lempiras', (500, 700), 'HNL')]),
    # ---- money-music
    ('c051', 'money-music', 'violin classes in Montevideo are $U 1.800 each',
     [('money', '$U 1.800', 1800, 'UYU')]),
    ('c052', 'money-music', "our piano tuner's gone up to eighty-five quid, and he comes twice a year",
     [('money', 'eighty-five quid', 85, 'GBP')]),
    ('n053', 'money-music', 'A Stradivarius cello made in 1714 went under the hammer for $15.9 million.',
     [('money', '$15.9 million', 15900000, 'USD')]),
    # ---- money-swim
    ('n054', 'money-swim', 'Swim squad fees in Honiara have risen to SI$150 a term.',
     [('money', 'SI$150', 150, 'SBD')]),
    # ---- money-lab
    ('c055', 'money-lab', 'the lipid panel at the lab in Miraflores was 120 soles',
     [('money', '120 soles', 120, 'PEN')]),
    # ---- money-wage
    ('n056', 'money-wage', 'Guatemala set the urban minimum wage at Q3,634 a month.',
     [('money', 'Q3,634', 3634, 'GTQ')]),
    # ---- money-taxi
    ('c057', 'money-taxi', 'taxi in Managua wanted C$200 to the airport, robbery',
     [('money', 'C$200', 200, 'NIO')]),
    ('c058', 'money-taxi', 'the taxi from Baku airport was 25 ₼, should have taken the bus',
     [('money', '25 ₼', 25, 'AZN')]),
    # ---- money-food
    ('c059', 'money-food', 'menu del día in Santiago is 8.900 pesos with a drink',
     [('money', '8.900 pesos', 8900, 'CLP')]),
    # ---- money-wage
    ('n060', 'money-wage', 'Average monthly pay in Kazakhstan reached ₸420,000, the statistics bureau said.',
     [('money', '₸420,000', 420000, 'KZT')]),
    # ---- money-food
    ('n061', 'money-food', 'A melon at the Russian bazaar in Ashgabat now fetches 20 manat.',
     [('money', '20 manat', 20, 'TMT')]),
    # ---- money-lounge
    ('n062', 'money-lounge', 'Day passes to the lounge at Hamad International cost QR 250.',
     [('money', 'QR 250', 250, 'QAR')]),
    # ---- money-food
    ('c063', 'money-food', 'shawarma in Riyadh was 8 riyals 50 halalas, cheapest lunch of my life',
     [('money', '8 riyals 50 halalas', 8.5, 'SAR')]),
    ('n064', 'money-food', 'Olive oil in Sfax now sells for 20 to 24 dinars a litre.',
     [('money', '20 to 24 dinars', (20, 24), 'TND')]),
    ('c065', 'money-food', 'karak at the cafeteria in Deira is still 1 dirham 50 fils',
     [('money', '1 dirham 50 fils', 1.5, 'AED')]),
    # ---- dur-clinic
    ('c066', 'dur-clinic', 'waited 3 h 20 min at the polyclinic in Tbilisi just to see a GP',
     [('duration', '3 h 20 min', 200, 'minute')]),
    ('n067', 'dur-clinic', "Patients at Lviv's regional hospital wait an average of 11 weeks for an MRI.",
     [('duration', '11 weeks', 11, 'week')]),
    # ---- dur-dosing
    ('c068', 'dur-dosing', 'amoxicillin every 8 hrs for a week, the pharmacist said',
     [('duration', '8 hrs', 8, 'hour'), ('duration', 'a week', 1, 'week')]),
    ('c069', 'dur-dosing', 'the nurse said no sooner than 4 hours between doses of Calpol',
     [('duration', '4 hours', 4, 'hour')]),
    ('n070', 'dur-dosing', 'The new malaria treatment is given as a single course over three days.',
     [('duration', 'three days', 3, 'day')]),
    # ---- dur-clinic
    ('c071', 'dur-clinic', 'the walk-in centre says four and a half hours wait, I am going home',
     [('duration', 'four and a half hours', 4.5, 'hour')]),
    # ---- dur-lab
    ('c072', 'dur-lab', 'incubate the plates at 37 for 48h and then count the colonies',
     [('duration', '48h', 48, 'hour')]),
    ('c073', 'dur-lab', 'spin the tubes for 10 min, then leave them on ice for a quarter of an hour',
     [('duration', '10 min', 10, 'minute'), ('duration', 'a quarter of an hour', 0.25, 'hour')]),
    ('n074', 'dur-lab', 'PCR results will be returned within 72 hours, the ministry said.',
     [('duration', '72 hours', 72, 'hour')]),
    # ---- dur-carhire
    ('n075', 'dur-carhire', 'Most one-way rentals between Bishkek and Osh run 9 days, agencies say.',
     [('duration', '9 days', 9, 'day')]),
    # ---- dur-toll
    ('n076', 'dur-toll', 'Queues at the Kapitan Andreevo border crossing reached nine hours on Sunday.',
     [('duration', 'nine hours', 9, 'hour')]),
    ('c077', 'dur-toll', 'does the ten-day Hungarian vignette cover the M7 as well',
     [('duration', 'ten-day', 10, 'day')]),
    # ---- dur-aviation
    ('c078', 'dur-aviation', 'block time Honiara to Brisbane is 3 hrs 5 min',
     [('duration', '3 hrs 5 min', 185, 'minute')]),
    ('n079', 'dur-aviation', "The flight was held for 47 minutes on the tarmac at Port Moresby's Jacksons airport.",
     [('duration', '47 minutes', 47, 'minute')]),
    ('c080', 'dur-aviation', 'need another 6.2 hours of night flying before the checkride',
     [('duration', '6.2 hours', 6.2, 'hour')]),
    ('c081', 'dur-aviation', 'the avionics shop says two to three weeks for the transponder',
     [('duration', 'two to three weeks', (2, 3), 'week')]),
    ('n082', 'dur-aviation', 'The A330 diverted to Nadi after 5 hours 40 minutes in the air.',
     [('duration', '5 hours 40 minutes', 340, 'minute')]),
    # ---- dur-brewing
    ('c083', 'dur-brewing', "lager wants 6 weeks of lagering at the very least, don't rush it",
     [('duration', '6 weeks', 6, 'week')]),
    ('c084', 'dur-brewing', 'boil for sixty mins, hops in at 15 to go',
     [('duration', 'sixty mins', 60, 'minute')]),
    # ---- dur-distilling
    ('n085', 'dur-distilling', 'The single malt was aged for 18 years in sherry casks.',
     [('duration', '18 years', 18, 'year')]),
    ('c086', 'dur-distilling', 'botanicals macerate overnight, then the run takes about 7h',
     [('duration', '7h', 7, 'hour')]),
    # ---- dur-construction
    ('n087', 'dur-construction', 'Contractors must let the slab cure for a minimum of 28 days.',
     [('duration', '28 days', 28, 'day')]),
    ('c088', 'dur-construction', 'screed dries at roughly a day per mm, so 50 days for ours',
     [('duration', 'a day', 1, 'day'), ('duration', '50 days', 50, 'day')]),
    ('n089', 'dur-construction', 'The bypass bridge outside Tbilisi took 4 years and 7 months to complete.',
     [('duration', '4 years and 7 months', 55, 'month')]),
    # ---- dur-freight
    ('n090', 'dur-freight', 'Liner schedules now show 35 days port to port from Ningbo to Callao.',
     [('duration', '35 days', 35, 'day')]),
    ('n091', 'dur-freight', 'Bulk carriers are waiting up to 12 days for a berth at Chittagong.',
     [('duration', '12 days', 12, 'day')]),
    ('c092', 'dur-freight', 'free time at the terminal is 7 days, then demurrage kicks in',
     [('duration', '7 days', 7, 'day')]),
    ('n093', 'dur-freight', 'Average container dwell time in Callao rose to 6.4 days in March.',
     [('duration', '6.4 days', 6.4, 'day')]),
    # ---- dur-tailor
    ('c094', 'dur-tailor', 'tailor in Hoi An says 24 hours for the suit, 48 for the coat',
     [('duration', '24 hours', 24, 'hour')]),
    ('c095', 'dur-tailor', 'alterations take a week and a half at the place on Jermyn Street',
     [('duration', 'a week and a half', 1.5, 'week')]),
    # ---- dur-swim
    ('c096', 'dur-swim', 'my 100 free PB is 1:02.45, coach wants it under a minute',
     [('duration', '1:02.45', 62.45, 'second'), ('duration', 'a minute', 1, 'minute')]),
    ('n097', 'dur-swim', 'She won the 400 IM in 4:33.21, a championship record.',
     [('duration', '4:33.21', 273.21, 'second')]),
    # ---- dur-athletics
    ('c098', 'dur-athletics', 'ran 10.94s in the heats, hand timed it was 10.7',
     [('duration', '10.94s', 10.94, 'second')]),
    ('n099', 'dur-athletics', 'The Ethiopian won the steeplechase in 8 minutes 5.6 seconds.',
     [('duration', '8 minutes 5.6 seconds', 485.6, 'second')]),
    # ---- dur-music
    ('c100', 'dur-music', 'my kid moans about doing arpeggios 40 mins a day, the grade 6 is in May',
     [('duration', '40 mins', 40, 'minute')]),
    ('c101', 'dur-music', 'the Mahler runs a fraction under 72 minutes on this recording',
     [('duration', '72 minutes', 72, 'minute')]),
    ('n102', 'dur-music', 'An organist in Riga played for 26 hours straight to raise money for the roof.',
     [('duration', '26 hours', 26, 'hour')]),
    # ---- dur-crypto
    ('c103', 'dur-crypto', 'a bitcoin block is about 10 minutes, so 6 confirmations is roughly an hour',
     [('duration', '10 minutes', 10, 'minute'), ('duration', 'an hour', 1, 'hour')]),
    ('n104', 'dur-crypto', 'The exchange halted withdrawals for 36 hours after the hack.',
     [('duration', '36 hours', 36, 'hour')]),
    # ---- dur-garden
    ('c105', 'dur-garden', 'garlic goes in now and sits in the ground eight months',
     [('duration', 'eight months', 8, 'month')]),
    ('c106', 'dur-garden', 'egg boxes of Charlotte tubers sprouting on the sill, they need 4–6 weeks like that',
     [('duration', '4–6 weeks', (4, 6), 'week')]),
    ('n107', 'dur-garden', 'Allotment waiting lists in Bristol now stretch to seven years.',
     [('duration', 'seven years', 7, 'year')]),
    ('c108', 'dur-garden', 'leave the comfrey to steep a fortnight, it stinks',
     [('duration', 'a fortnight', 2, 'week')]),
    # ---- dur-yacht
    ('c109', 'dur-yacht', 'the passage from Tonga to Fiji took us 4 days and 6 hours',
     [('duration', '4 days and 6 hours', 102, 'hour')]),
    ('n110', 'dur-yacht', 'A Tongan-born skipper finished the solo Pacific crossing in 11 days, 14 hours and 22 minutes.',
     [('duration', '11 days, 14 hours and 22 minutes', 16702, 'minute')]),
    ('c111', 'dur-yacht', 'the watermaker needs 3 hrs to fill the tank',
     [('duration', '3 hrs', 3, 'hour')]),
    # ---- dur-bills
    ('n112', 'dur-bills', 'Parts of Tashkent were without gas for five days during the cold snap.',
     [('duration', 'five days', 5, 'day')]),
    ('n113', 'dur-bills', 'Sofia households have 14 days to settle water bills before a penalty is added.',
     [('duration', '14 days', 14, 'day')]),
    ('n114', 'dur-bills', 'Power cuts in parts of Ukraine lasted up to 16 hours a day.',
     [('duration', '16 hours', 16, 'hour')]),
    # ---- dur-carhire
    ('c115', 'dur-carhire', 'grace period for returning the hire car is 29 minutes, then it is a penalty',
     [('duration', '29 minutes', 29, 'minute')]),
    # ---- dur-clinic
    ('n116', 'dur-clinic', "Specialist appointments in Lima's public hospitals take 38 days on average to secure.",
     [('duration', '38 days', 38, 'day')]),
    ('c117', 'dur-clinic', 'dentist said keep the gauze in for half an hour and no hot drinks for a day',
     [('duration', 'half an hour', 0.5, 'hour'), ('duration', 'a day', 1, 'day')]),
    # ---- dur-swim
    ('c118', 'dur-swim', 'morning sessions are 90 min in the water plus 30 dryland',
     [('duration', '90 min', 90, 'minute')]),
    # ---- dur-athletics
    ('n119', 'dur-athletics', 'A Kyrgyz wrestler received a doping suspension of four years after testing positive in Bishkek.',
     [('duration', 'four years', 4, 'year')]),
    # ---- dur-music
    ('c120', 'dur-music', 'the band in Tbilisi played 2 and a half hours without a break, my feet are dead',
     [('duration', '2 and a half hours', 2.5, 'hour')]),
    # ---- dur-aviation
    ('n121', 'dur-aviation', 'The pilots had been on duty for 14 hours 25 minutes before the landing.',
     [('duration', '14 hours 25 minutes', 865, 'minute')]),
    # ---- dur-dosing
    ('c122', 'dur-dosing', 'take it with food, 5 days on, 2 days off, for a month',
     [('duration', '5 days', 5, 'day'), ('duration', '2 days', 2, 'day'),
      ('duration', 'a month', 1, 'month')]),
    # ---- dur-distilling
    ('n123', 'dur-distilling', 'Mezcal makers in Oaxaca roast the agave for three to five days.',
     [('duration', 'three to five days', (3, 5), 'day')]),
    # ---- dur-clinic
    ('c124', 'dur-clinic', 'grommets done in Almaty, the surgeon says planes are off the table for 10-14 days',
     [('duration', '10-14 days', (10, 14), 'day')]),
    # ---- dur-crypto
    ('c125', 'dur-crypto', 'withdrawal to my bank in Kyiv took 2d 5h, never again',
     [('duration', '2d 5h', 53, 'hour')]),
    # ---- qty-boat
    ('c126', 'qty-boat', "she's 42 ft overall with a 13 ft beam, plenty of room",
     [('quantity', '42 ft', 42, 'foot'), ('quantity', '13 ft', 13, 'foot')]),
    ('n127', 'qty-boat', 'The new research vessel draws 5.8 metres and has a range of 10,000 nautical miles.',
     [('quantity', '5.8 metres', 5.8, 'meter'),
      ('quantity', '10,000 nautical miles', 10000, 'nautical_mile')]),
    ('c128', 'qty-boat', 'our cat draws only 1.2m so we can tuck right into the lagoon',
     [('quantity', '1.2m', 1.2, 'meter')]),
    ('c129', 'qty-boat', 'the anchor chain is 60 metres of 10 mm galvanised',
     [('quantity', '60 metres', 60, 'meter'), ('quantity', '10 mm', 10, 'millimeter')]),
    # ---- qty-aviation
    ('c130', 'qty-aviation', 'cleared to climb to 9,000 feet, wind 270 at 15 knots',
     [('quantity', '9,000 feet', 9000, 'foot'), ('quantity', '15 knots', 15, 'knot')]),
    ('c131', 'qty-aviation', "we're 40 nm out of Nadi, descending through 6000",
     [('quantity', '40 nm', 40, 'nautical_mile')]),
    ('n132', 'qty-aviation', 'Turboprops such as the ATR 72 consume roughly 700 kg of fuel an hour on short island hops.',
     [('quantity', '700 kg', 700, 'kilogram')]),
    ('c133', 'qty-aviation', 'the strip at Tari is only 1,600 m long and sits at 5,500 ft',
     [('quantity', '1,600 m', 1600, 'meter'), ('quantity', '5,500 ft', 5500, 'foot')]),
    ('c134', 'qty-aviation', 'visibility down to 800 metres and the ceiling is 300 feet, not going',
     [('quantity', '800 metres', 800, 'meter'), ('quantity', '300 feet', 300, 'foot')]),
    # ---- qty-brewing
    ('c135', 'qty-brewing', 'doing a 19-litre batch, mashing at 66°C for a dry finish',
     [('quantity', '19-litre', 19, 'liter'), ('quantity', '66°C', 66, 'degree_Celsius')]),
    ('n136', 'qty-brewing', 'A Tbilisi brewery will triple its output to 150,000 hectolitres a year.',
     [('quantity', '150,000 hectolitres', 150000, 'hectoliter')]),
    ('c137', 'qty-brewing', 'dry hop with 100 g of Citra and 50 g of Mosaic',
     [('quantity', '100 g', 100, 'gram'), ('quantity', '50 g', 50, 'gram')]),
    # ---- qty-distilling
    ('n138', 'qty-distilling', "The Yerevan craft distillery's copper pot still holds 500 litres.",
     [('quantity', '500 litres', 500, 'liter')]),
    ('n139', 'qty-distilling', "Each of the distillery's ex-bourbon casks holds about 200 litres.",
     [('quantity', '200 litres', 200, 'liter')]),
    # ---- qty-construction
    ('c140', 'qty-construction', 'the readymix guy says the garage floor is 7.5 cubic metres, one truck or two?',
     [('quantity', '7.5 cubic metres', 7.5, 'meter**3')]),
    ('n141', 'qty-construction', 'The tower will use 42,000 tonnes of steel and 180,000 m³ of concrete.',
     [('quantity', '42,000 tonnes', 42000, 'tonne'),
      ('quantity', '180,000 m³', 180000, 'meter**3')]),
    ('c142', 'qty-construction', 'ordered 38 m² of porcelain tiles plus 10% for cuts',
     [('quantity', '38 m²', 38, 'meter**2')]),
    ('c143', 'qty-construction', "engineer's drawing says 150 mm of concrete over 12 mm bar at 200 centres",
     [('quantity', '150 mm', 150, 'millimeter'), ('quantity', '12 mm', 12, 'millimeter')]),
    ('c144', 'qty-construction', "a 20-tonne excavator won't fit down that lane, it's 2.4 m wide",
     [('quantity', '20-tonne', 20, 'tonne'), ('quantity', '2.4 m', 2.4, 'meter')]),
    # ---- qty-freight
    ('n145', 'qty-freight', 'The 210,000 DWT bulk carrier ran aground off the coast of Brazil.',
     [('quantity', '210,000 DWT', 210000, 'tonne')]),
    ('n146', 'qty-freight', 'Once complete, the Caspian link is designed to pump 1.2 million barrels of crude a day westward.',
     [('quantity', '1.2 million barrels', 1200000, 'oil_barrel')]),
    ('c147', 'qty-freight', "the reefer's max payload is 27,500 kg, we're right at it",
     [('quantity', '27,500 kg', 27500, 'kilogram')]),
    ('n148', 'qty-freight', 'The widened locks take ships up to 366 metres long.',
     [('quantity', '366 metres', 366, 'meter')]),
    ('c149', 'qty-freight', "we're shipping 18,000 bbl of jet fuel to Apia",
     [('quantity', '18,000 bbl', 18000, 'oil_barrel')]),
    # ---- qty-tailor
    ('c150', 'qty-tailor', 'chest 42 inches, waist 36, inside leg 31',
     [('quantity', '42 inches', 42, 'inch')]),
    ('n151', 'qty-tailor', 'A double-breasted overcoat takes about 3.5 yards of wool, the cutter said.',
     [('quantity', '3.5 yards', 3.5, 'yard')]),
    ('c152', 'qty-tailor', 'let the sleeves out 2 cm and take the hem up half an inch',
     [('quantity', '2 cm', 2, 'centimeter'), ('quantity', 'half an inch', 0.5, 'inch')]),
    ('n153', 'qty-tailor', 'The coronation robe used 18 metres of silk velvet.',
     [('quantity', '18 metres', 18, 'meter')]),
    # ---- qty-lab
    ('c154', 'qty-lab', 'pipette 250 µL of serum into each well',
     [('quantity', '250 µL', 250, 'microliter')]),
    ('c155', 'qty-lab', 'fasting glucose was 112 mg/dL, doc wants it under 100',
     [('quantity', '112 mg/dL', 112, MGDL)]),
    ('c156', 'qty-lab', 'potassium came back at 5.8 mmol/L so they want to repeat it',
     [('quantity', '5.8 mmol/L', 5.8, 'millimole/liter')]),
    ('c157', 'qty-lab', 'centrifuge at 3,000 rpm, then store the serum at -80°C',
     [('quantity', '3,000 rpm', 3000, 'revolutions_per_minute'),
      ('quantity', '-80°C', -80, 'degree_Celsius')]),
    # ---- qty-dosing
    ('c158', 'qty-dosing', "paracetamol is 15 mg per kg and she's 7.4 kg, how much is that",
     [('quantity', '15 mg', 15, 'milligram'), ('quantity', '7.4 kg', 7.4, 'kilogram')]),
    ('c159', 'qty-dosing', 'the inhaler is 100 mcg a puff, two puffs twice a day',
     [('quantity', '100 mcg', 100, 'microgram')]),
    ('n160', 'qty-dosing', 'Each vial contains 10 mL of solution at 40 mg/mL.',
     [('quantity', '10 mL', 10, 'milliliter'), ('quantity', '40 mg/mL', 40, MGML)]),
    # ---- qty-garden
    ('c161', 'qty-garden', 'our allotment plot is 250 square metres, half of it brambles',
     [('quantity', '250 square metres', 250, 'meter**2')]),
    ('c162', 'qty-garden', 'broad beans go 20cm apart and 5cm deep',
     [('quantity', '20cm', 20, 'centimeter'), ('quantity', '5cm', 5, 'centimeter')]),
    ('n163', 'qty-garden', 'The winning marrow at the Harrogate show weighed 54.3 kg.',
     [('quantity', '54.3 kg', 54.3, 'kilogram')]),
    # ---- qty-height
    ('c164', 'qty-height', "my son's 1 m 85 at fifteen, we can't keep him in trousers",
     [('quantity', '1 m 85', 1.85, 'meter')]),
    ('c165', 'qty-height', 'the stroke seat is 6 ft 6 and 98 kilos',
     [('quantity', '6 ft 6', 78, 'inch'), ('quantity', '98 kilos', 98, 'kilogram')]),
    # ---- qty-swim
    ('c166', 'qty-swim', 'the pool in Apia is 25 m, not 50, so my times look slow',
     [('quantity', '25 m', 25, 'meter')]),
    ('n167', 'qty-swim', 'The open-water swim across the strait covers 22 kilometres.',
     [('quantity', '22 kilometres', 22, 'kilometer')]),
    # ---- qty-athletics
    ('c168', 'qty-athletics', 'she threw the javelin 61.4 m at the trials',
     [('quantity', '61.4 m', 61.4, 'meter')]),
    ('n169', 'qty-athletics', "Uzbekistan's super-heavyweight secured gold with a 227 kg jerk on his final attempt.",
     [('quantity', '227 kg', 227, 'kilogram')]),
    # ---- qty-carhire
    ('n170', 'qty-carhire', "The rental firm's Dusters come with a 55-litre tank and must be returned full.",
     [('quantity', '55-litre', 55, 'liter')]),
    ('c171', 'qty-carhire', 'the rental includes 250 km a day, after that they charge',
     [('quantity', '250 km', 250, 'kilometer')]),
    # ---- qty-toll
    ('n172', 'qty-toll', 'Trucks over 3.5 tonnes need a separate e-vignette in Hungary.',
     [('quantity', '3.5 tonnes', 3.5, 'tonne')]),
    ('n173', 'qty-toll', 'The height limit at the Kapchagay toll plaza is 2.1 m.',
     [('quantity', '2.1 m', 2.1, 'meter')]),
    # ---- qty-bills
    ('n174', 'qty-bills', 'Typical flats in Almaty consume about 150 kWh a month, according to the city utility.',
     [('quantity', '150 kWh', 150, 'kilowatt_hour')]),
    ('c175', 'qty-bills', 'gas meter says we burned 412 m³ in January, that cannot be right',
     [('quantity', '412 m³', 412, 'meter**3')]),
    # ---- qty-music
    ('c176', 'qty-music', 'the tuba weighs about 11 kg in its case',
     [('quantity', '11 kg', 11, 'kilogram')]),
    ('c177', 'qty-music', 'we tuned to 432 Hz for the session, sounded lovely',
     [('quantity', '432 Hz', 432, 'hertz')]),
    # ---- qty-freight
    ('n178', 'qty-freight', 'Fully laden with 24,000 TEU, the vessel moves roughly 200,000 tonnes of cargo per voyage.',
     [('quantity', '200,000 tonnes', 200000, 'tonne')]),
    # ---- qty-dosing
    ('c179', 'qty-dosing', 'vitamin D is 25 micrograms a day, which is 1,000 IU',
     [('quantity', '25 micrograms', 25, 'microgram')]),
    # ---- qty-construction
    ('n180', 'qty-construction', 'Engineers say the Kambarata-1 reservoir in Kyrgyzstan will store 2.3 billion cubic metres once filled.',
     [('quantity', '2.3 billion cubic metres', 2300000000, 'meter**3')]),
    # ---- qty-boat
    ('c181', 'qty-boat', "the tender's outboard is 15 hp and tops out at 20 knots",
     [('quantity', '15 hp', 15, 'horsepower'), ('quantity', '20 knots', 20, 'knot')]),
    # ---- qty-tailor
    ('c182', 'qty-tailor', 'take the waist in an inch and a quarter, please',
     [('quantity', 'an inch and a quarter', 1.25, 'inch')]),
    # ---- qty-construction
    ('c183', 'qty-construction', 'the retaining wall needs 8 to 10 tonnes of hardcore',
     [('quantity', '8 to 10 tonnes', (8, 10), 'tonne')]),
    # ---- qty-brewing
    ('n184', 'qty-brewing', 'Brewers in Baku ferment their lager between 9 and 12°C.',
     [('quantity', '9 and 12°C', (9, 12), 'degree_Celsius')]),
    # ---- qty-tailor
    ('c185', 'qty-tailor', 'seam allowance 3–4 cm on the side seams, it is a heavy tweed',
     [('quantity', '3–4 cm', (3, 4), 'centimeter')]),
    # ---- mixed
    ('c186', 'mixed', 'hired a car in Yerevan for ֏15,000 a day and did 820 km in four days',
     [('money', '֏15,000', 15000, 'AMD'), ('quantity', '820 km', 820, 'kilometer'),
      ('duration', 'four days', 4, 'day')]),
    ('n187', 'mixed', 'The 42-kilometre toll road outside Lima opened with a fee of S/ 9.80 for cars.',
     [('quantity', '42-kilometre', 42, 'kilometer'), ('money', 'S/ 9.80', 9.8, 'PEN')]),
    ('c188', 'mixed', 'avgas in Port Vila is 380 vatu a litre and the Islander burns 70 litres an hour',
     [('money', '380 vatu', 380, 'VUV'), ('quantity', '70 litres', 70, 'liter')]),
    ('c189', 'mixed', 'flew 2.3 hours today, 310 nm, cost me about US$900 in fuel',
     [('duration', '2.3 hours', 2.3, 'hour'), ('quantity', '310 nm', 310, 'nautical_mile'),
      ('money', 'US$900', 900, 'USD')]),
    ('n190', 'mixed', 'A 1.5 km runway extension at Funafuti will cost A$40 million and take 18 months.',
     [('quantity', '1.5 km', 1.5, 'kilometer'), ('money', 'A$40 million', 40000000, 'AUD'),
      ('duration', '18 months', 18, 'month')]),
    ('c191', 'mixed', 'the brew kit was 250 zł and makes 23 litres in about 4 weeks',
     [('money', '250 zł', 250, 'PLN'), ('quantity', '23 litres', 23, 'liter'),
      ('duration', '4 weeks', 4, 'week')]),
    ('n192', 'mixed', 'The new distillery in Skopje will age its first 5,000 litres for three years before bottling.',
     [('quantity', '5,000 litres', 5000, 'liter'), ('duration', 'three years', 3, 'year')]),
    ('c193', 'mixed', 'concrete in Suva is $210 a cubic metre and the pad needs 6 cubic metres',
     [('money', '$210', 210, FJD_US), ('quantity', '6 cubic metres', 6, 'meter**3')]),
    ('n194', 'mixed', "Crews in Almaty poured 12,000 m³ of concrete in 72 hours for the tower's raft.",
     [('quantity', '12,000 m³', 12000, 'meter**3'), ('duration', '72 hours', 72, 'hour')]),
    ('c195', 'mixed', 'shipping a 20ft box across the Adriatic, Durrës to Bari, is €1,100 and just 2 days on the water',
     [('quantity', '20ft', 20, 'foot'), ('duration', '2 days', 2, 'day'),
      ('money', '€1,100', 1100, 'EUR')]),
    ('n196', 'mixed', 'The 180,000 DWT Capesize left Port Hedland with 176,000 tonnes of iron ore after a 9-day wait.',
     [('quantity', '180,000 DWT', 180000, 'tonne'),
      ('quantity', '176,000 tonnes', 176000, 'tonne'), ('duration', '9-day', 9, 'day')]),
    ('c197', 'mixed', 'tailor in Hoi An did the suit in 36 hours for $220 and the sleeves are 3 cm too long',
     [('duration', '36 hours', 36, 'hour'), ('money', '$220', 220, 'USD'),
      ('quantity', '3 cm', 3, 'centimeter')]),
    ('c198', 'mixed', "my 200 free went 2:11.8 and I'm 1 m 78, coach says too short for backstroke lol",
     [('duration', '2:11.8', 131.8, 'second'), ('quantity', '1 m 78', 1.78, 'meter')]),
    ('n199', 'mixed', 'The Samoan sprinter ran 100 metres in 10.41 seconds at the Pacific Games.',
     [('quantity', '100 metres', 100, 'meter'), ('duration', '10.41 seconds', 10.41, 'second')]),
    ('c200', 'mixed', 'the lab needs 3 mL of blood, results in 48 hours, and the test is 180 soles',
     [('quantity', '3 mL', 3, 'milliliter'), ('duration', '48 hours', 48, 'hour'),
      ('money', '180 soles', 180, 'PEN')]),
    ('c201', 'mixed', 'insulin pen lasts about 4 weeks and costs 1,900 som at the pharmacy in Bishkek',
     [('duration', '4 weeks', 4, 'week'), ('money', '1,900 som', 1900, 'KGS')]),
    ('n202', 'mixed', 'Kazakhstan will spend 2.4 billion tenge on ambulances and aims to cut response times to 20 minutes.',
     [('money', '2.4 billion tenge', 2400000000, 'KZT'),
      ('duration', '20 minutes', 20, 'minute')]),
    ('c203', 'mixed', "allotment's 125 square metres, costs £36 a year, and I was on the waiting list 3 years",
     [('quantity', '125 square metres', 125, 'meter**2'), ('money', '£36', 36, 'GBP'),
      ('duration', '3 years', 3, 'year')]),
    ('n204', 'mixed', "A 28-metre catamaran will cut the Nuku'alofa–'Eua crossing to 1 hour 15 minutes.",
     [('quantity', '28-metre', 28, 'meter'), ('duration', '1 hour 15 minutes', 75, 'minute')]),
    ('c205', 'mixed', 'chartered a 46-footer out of Split for a week, €4,200 plus fuel',
     [('quantity', '46-footer', 46, 'foot'), ('duration', 'a week', 1, 'week'),
      ('money', '€4,200', 4200, 'EUR')]),
    ('c206', 'mixed', 'a bitcoin full node needs 600 GB of disk and my first sync took 3 days',
     [('quantity', '600 GB', 600, GB), ('duration', '3 days', 3, 'day')]),
    ('n207', 'mixed', 'Kuwait Airways will cut 40 minutes from its London flight and raise fares by KD 15.',
     [('duration', '40 minutes', 40, 'minute'), ('money', 'KD 15', 15, 'KWD')]),
    ('c208', 'mixed', 'practising 2 hrs a day on a £3,000 cello, and it is only a 7/8',
     [('duration', '2 hrs', 2, 'hour'), ('money', '£3,000', 3000, 'GBP')]),
    ('n209', 'mixed', "Tajikistan's Rogun dam, 335 metres tall, has cost more than $5 billion over four decades.",
     [('quantity', '335 metres', 335, 'meter'), ('money', '$5 billion', 5000000000, 'USD'),
      ('duration', 'four decades', 40, 'year')]),
    ('c210', 'mixed', 'lagered the pils at 2°C for 5 wks, 21 litres, tastes amazing',
     [('quantity', '2°C', 2, 'degree_Celsius'), ('duration', '5 wks', 5, 'week'),
      ('quantity', '21 litres', 21, 'liter')]),
    # ---- money-neg
    ('c211', 'money-neg', 'bought 0.5 ETH on the dip, wish me luck',
     []),
    ('c212', 'money-neg', 'the hire car reg is BD51 XKT, a silver Corsa',
     []),
    ('c213', 'money-neg', 'text the tailor on 0791 442 3385 when the jacket is ready',
     []),
    ('n214', 'money-neg', 'The Qatari riyal has been pegged to the US dollar since 2001.',
     []),
    ('c215', 'money-neg', 'got 1,200 sats from a faucet, crypto is a joke',
     []),
    ('n216', 'money-neg', "Kazakhstan's tenge slid to a record low against the dollar on Monday.",
     []),
    ('c217', 'money-neg', 'Al Hilal won 2-1, the whole of Riyadh is honking',
     []),
    ('c218', 'money-neg', 'Lari Pittman has a show on in LA, want to go',
     []),
    ('c219', 'money-neg', 'rate my allotment 9 out of 10, the courgettes are thriving',
     []),
    ('c220', 'money-neg', 'the PIN for the toll tag is 4471, do not lose it',
     []),
    ('n221', 'money-neg', 'Shares in Halyk Bank rose 3.2% in Almaty trading.',
     []),
    ('n222', 'money-neg', 'The new Riyadh branch opens at 4120 King Fahd Road on Sunday.',
     []),
    ('n223', 'money-neg', 'The Kuwaiti tailoring chain opened its 12th store in Salmiya.',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', 'boarding from gate 25 at Hamad at 14:20, see you there',
     []),
    ('c225', 'dur-neg', 'my daughter is 7 months old and already loves the pool',
     []),
    ('n226', 'dur-neg', 'The Kazakh boxer, 23, won in round 10 on a unanimous decision.',
     []),
    ('c227', 'dur-neg', 'orchestra rehearsal is at half six on Tuesdays',
     []),
    ('n228', 'dur-neg', 'The 24 Hours of Spa will start at night this year.',
     []),
    ('c229', 'dur-neg', "it's a 12-year-old Speyside, smooth as anything",
     []),
    ('c230', 'dur-neg', 'flight KU 101 leaves at 9.45 from terminal 4',
     []),
    ('n231', 'dur-neg', 'The Uzbekistan Open runs from 14 to 17 August in Tashkent.',
     []),
    ('c232', 'dur-neg', 'third week of the brew and the airlock is still bubbling',
     []),
    ('c233', 'dur-neg', 'she swims the 200 IM and the 100 fly at the weekend meet',
     []),
    ('n234', 'dur-neg', 'The 1960s terminal at Nadi airport will be demolished.',
     []),
    ('c235', 'dur-neg', 'be with you in a tick, just sanitising the fermenter',
     []),
    ('n236', 'dur-neg', 'The cinema in Skopje is showing Seven Minutes in Heaven on Friday.',
     []),
    # ---- qty-neg
    ('c237', 'qty-neg', 'the beer is 6.5% and 45 IBU, dangerously drinkable',
     []),
    ('c238', 'qty-neg', 'that vodka is 90 proof, go easy',
     []),
    ('n239', 'qty-neg', 'The vessel, of 106,000 GT, was built in Japan in 2011.',
     []),
    ('n240', 'qty-neg', 'The contract specifies C30/37 concrete for every slab.',
     []),
    ('c241', 'qty-neg', 'my suit size is 40R and my shoes are a 10.5',
     []),
    ('c242', 'qty-neg', 'squawk 7000 and call Nadi approach on 119.1',
     []),
    ('n243', 'qty-neg', "Callao's container terminals moved 2.8 million TEU in 2024.",
     []),
    ('c244', 'qty-neg', 'lane 6 at the pool is always free at 7',
     []),
    ('n245', 'qty-neg', 'A Boeing 777-300ER will replace the A330 on the Apia route.',
     []),
    ('c246', 'qty-neg', 'pitch one packet of US-05 and leave it alone',
     []),
    ('c247', 'qty-neg', 'my cello is a 7/8, teacher says full size next year',
     []),
    ('c248', 'qty-neg', 'my HbA1c was 6.1, so prediabetic apparently',
     []),
    ('c249', 'qty-neg', 'our yacht is called Forty Knots, do not laugh',
     []),
    ('n250', 'qty-neg', 'Kyrgyz climbers reached Camp 3 on Lenin Peak on Tuesday.',
     []),
]
