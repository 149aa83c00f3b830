"""Held-out probe chat8: money amounts, durations and physical quantities.

~70% chat/voice-assistant utterances (ids cNNN), ~30% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7 or classes).
Domains lean away from the earlier probes: gardening, pets, photography, sailing,
aviation, construction, farming, mining, shipping, pharmacy, sport results, household
bills, crowdfunding, taxes, insurance, lotteries, auctions and wages abroad; many
chat rows are typed the way people type (lower case, no final full stop, "hrs").
Row format: (id, tag, sentence, [expectations]); an expectation is
  ("money",    span, amount | (low, high), ISO code | tuple of accepted codes)
  ("duration", span, amount | (low, high), pint unit)
  ("quantity", span, amount | (low, high), pint unit | tuple of accepted units)
span = a substring (first occurrence, unique in its sentence) the claim must overlap.
Each row lists EVERY money/duration/quantity claim expected in it; any other claim
of those kinds is a false positive. A row with [] expects no claim at all.
Scored by chat2/score.py (run ./score.py, which sets PROBE_DIR to this folder).

CONVENTIONS: chat4's, word for word (see the header of ../chat4/cases.py), chat5's
"ADDED IN THIS PROBE" section (../chat5/cases.py) and chat6's "ADDED IN THIS PROBE"
section (../chat6/cases.py), all unchanged and decided before writing the rows; then:

ADDED IN THIS PROBE (beyond chat4's, chat5's and chat6's headers; also decided before
writing the rows)
General
 * Typing style changes nothing: lower case, no final punctuation, and the shortenings
   "hrs", "hr", "mins", "min", "sec", "mo" (month), glued "d" ("a 7d trial" = 7 day)
   and "h"/"m" in a duration ("11h 40m") name their units. "approx", "~" and "max"
   follow chat4's bound rule (the number itself, as a point value).
 * Dimensions with a unit on each side ("4m x 3m") are one claim per dimension;
   lumber sizes ("2x4s") and mix ratios ("1:4") are not claims.
 * "m" glued or spaced after a bare number is metres ("our boat's 12m", "boats under 10
   metres", "1.8 m") unless a currency mark makes it million ("£1.35m", "€310k").
 * "k" is thousand in money only next to a currency mark, code or word ("$48k",
   "900k CAD", "20-40k euros", "₹50k"); a scale may differ across a range
   ("₹50k–1 lakh" = 50000 to 100000 INR). "12k steps" is a count (nothing); "a 5k"
   race is 5 kilometer (chat6's "10K").
 * More numbers that are not claims: sport scores ("38-17", "2-1"), strokes behind,
   hole numbers, match minutes ("the 89th minute"), lot, flight, runway and pier
   numbers, tax codes ("1257L"), bank sort codes, lottery numbers, Beaufort force
   ("force 7"), pH, hardiness zones, ISO film speed, f-numbers ("f/1.8"), camera and
   aircraft models ("Nikon Z6", "Cessna 172"), head of cattle, crowdfunding backers,
   steps walked, "day 4 of" (an ordinal), and "open 9 to 5" (clock times).
 * More names and idioms with no claim: "99 Cents Only", "Poundland", "The Million
   Pound Drop", "Around the World in 80 Days", "Gone in 60 Seconds", "8 Mile",
   "Acre Lane", "Thousand Oaks", "in for a penny, in for a pound", "the
   million-dollar question".
 * Gold purity ("18k gold", "18-carat gold") is not a claim; a gemstone's weight
   ("a 1.5-carat diamond") is a mass (pint's carat, 200 mg).
Money
 * More currencies: "pesos" with the Philippines or Manila = PHP, with Colombia or a
   Colombian city = COP, with Chile = CLP; "soles" in Peru/Lima = PEN; "reais" = BRL;
   "lari" = GEL; "tenge" = KZT; "dinars" in Jordan = JOD; "kwacha" in Zambia = ZMW;
   "francs" in a Swiss city (Lausanne) = CHF; "euro" used as a plural ("2 euro 50")
   = EUR. ISO codes are case-insensitive ("20 eur", "usd 75", "380 gbp").
 * More number formats: Swiss apostrophe thousands ("CHF 1'250.00" = 1250), space
   thousands with a decimal comma ("1 234,50 €" = 1234.5), Indian grouping
   ("Rs 12,50,000" = 1250000, "₹2,35,000" = 235000), dot thousands before "kr"
   ("12.500 kr" = 12500, chat4's European-grouping rule), "eur 289,90" = 289.90.
 * More scale words: "mn" = million ("$6.2mn"), "cr" = crore with "Rs" ("Rs 4.5 cr"
   = 45000000 INR), "bn" spaced ("USD 1.8 bn").
 * "/mo" is a rate denominator like "a month" (only the amount is claimed).
 * Lottery and bingo prizes, jackpots, auction estimates and hammer prices, insurance
   excesses, claims and payouts, tax bills and crowdfunding totals and goals are
   ordinary money claims; "raised $52k of its $40k goal" is two claims.
Durations
 * "h:mm" followed by "hrs" ("1:45 hrs") is a duration (105 minute), and so is an
   "mm:ss" time after a race distance ("a 5k in 24:30" = 1470 second); clock times
   ("07:45", the "3:15" race at a horse meeting) still are not.
 * "the first N units" ("for the first 8 weeks") is a duration of N units, like
   chat6's "the past/last/next N units".
 * A composite in three parts with commas ("35 days, 14 hours and 3 minutes") is one
   claim with the summed value.
 * Shutter speeds ("1/250 sec") and exposures ("a 30-second exposure") are durations.
 * Mortgage and lease terms, bans, quarantines and warranties written adjectivally
   ("a 30-year mortgage", "a 99-year lease", "a nine-month ban", "a 12-month
   warranty") are durations; ages of animals and drinks ("a 6-week-old kitten",
   "a 12-year-old malt") are ages (nothing), like chat6's age of a thing.
 * Stoppage time with an amount ("eleven minutes of stoppage time") is a duration;
   "in 2 to 3 hrs" (a range of offsets) is one range claim.
Quantities
 * "ton(s)" accepts short ton, long ton or tonne; "tonne(s)" = tonne.
 * "ounces" of gold accept troy ounce or avoirdupois ounce.
 * "bushels" accept the US or imperial bushel.
 * "nautical miles" = nautical_mile, "fathoms" = fathom; an aircraft's altitude in
   "feet" and a keel's draught in metres are lengths.
 * A lens focal length ("a 50mm lens") is a length; a drill or bolt size ("3/8 inch
   bolts") is a length.
 * "amp" = ampere, "kW" = kilowatt, "megawatts" = megawatt, "m/s" = metre/second,
   "cubic yards" = yard**3.
 * chat4's rate rule applies in the new domains: "2,400 kg of fuel an hour" = 2400 kg,
   "100 micrograms per puff" = 100 microgram, "2-3 km of lead walking a day" = (2, 3) km,
   "6 hours of direct sun a day" = 6 hour, "NOK 2,300 per hectare" = 2300 NOK.
 * "an inch of rain" = 1 inch (chat4's "a"/"an" rule).
 * The size of a bag, sack, tank or bottle ("a 40-litre bag", "a 25 kg sack", "the
   25kg ones", "a 10 ml bottle") is a quantity; the number of bags is a count.
"""

RUPEE = ("INR", "PKR", "LKR", "NPR")  # "Rs", "rupees"
KR = ("NOK", "SEK", "DKK", "ISK")  # "kr"
YEN = ("JPY", "CNY")  # "¥"
GRAND = ("USD", "GBP")  # "grand"; also "a fiver", "a tenner"
TEMP = ("degree_Celsius", "degree_Fahrenheit")  # degrees with no scale
GALLON = ("gallon", "imperial_gallon")
PINT = ("pint", "imperial_pint")
GB = ("gigabyte", "gibibyte")
TB = ("terabyte", "tebibyte")
MB = ("megabyte", "mebibyte")
FLOZ = ("fluid_ounce", "imperial_fluid_ounce")
MPG = ("mile/gallon", "mile/imperial_gallon")
TON = ("ton", "long_ton", "tonne")  # "ton(s)"
GOLD_OZ = ("troy_ounce", "ounce")  # "ounces" of gold
BUSHEL = ("bushel", "imperial_bushel")


ROWS = [
    # ---- money-symbol
    ('c001', 'money-symbol', 'the vet charged $387.50 for the x-rays',
     [('money', '$387.50', 387.5, 'USD')]),
    ('c002', 'money-symbol', 'seed potatoes are £6.49 a bag at the garden centre',
     [('money', '£6.49', 6.49, 'GBP')]),
    ('c003', 'money-symbol', 'my climbing gym in Berlin is 39,90 € a month',
     [('money', '39,90 €', 39.9, 'EUR')]),
    ('c004', 'money-symbol', 'the harbour master wants €18 a night for a visitor berth',
     [('money', '€18', 18, 'EUR')]),
    ('c005', 'money-symbol', 'paid ¥12,800 for a leather camera strap in Shinjuku',
     [('money', '¥12,800', 12800, YEN)]),
    ('c006', 'money-symbol', 'my home insurance excess is £250, is it worth claiming',
     [('money', '£250', 250, 'GBP')]),
    ('n007', 'money-symbol', 'A first-edition comic book sold for $1,260,000 at a Dallas auction.',
     [('money', '$1,260,000', 1260000, 'USD')]),
    # ---- money-code
    ('c008', 'money-code', 'pay 20 eur to the sailing club for the winter mooring',
     [('money', '20 eur', 20, 'EUR')]),
    ('c009', 'money-code', 'usd 75 for a dog passport seems steep',
     [('money', 'usd 75', 75, 'USD')]),
    ('c010', 'money-code', 'my Stockholm landlord wants 4500 SEK for the deposit',
     [('money', '4500 SEK', 4500, 'SEK')]),
    ('c011', 'money-code', 'the seller wants AUD 640 plus postage for the telescope',
     [('money', 'AUD 640', 640, 'AUD')]),
    ('c012', 'money-code', 'i got quoted 380 gbp to service the outboard',
     [('money', '380 gbp', 380, 'GBP')]),
    ('n013', 'money-code', 'The ministry will pay farmers NOK 2,300 per hectare of drought-hit grassland.',
     [('money', 'NOK 2,300', 2300, 'NOK')]),
    # ---- money-word
    ('c014', 'money-word', 'the farrier charges sixty-five dollars a visit',
     [('money', 'sixty-five dollars', 65, 'USD')]),
    ('c015', 'money-word', 'grandma won two hundred pounds at bingo last night',
     [('money', 'two hundred pounds', 200, 'GBP')]),
    ('c016', 'money-word', 'the kennel wants forty euros a night for both dogs',
     [('money', 'forty euros', 40, 'EUR')]),
    ('c017', 'money-word', 'i still owe the tax office eleven hundred dollars',
     [('money', 'eleven hundred dollars', 1100, 'USD')]),
    ('n018', 'money-word', 'The holder of the winning ticket in Galway will collect one million euros.',
     [('money', 'one million euros', 1000000, 'EUR')]),
    ('n019', 'money-word', 'A signed rugby shirt raised fourteen thousand pounds at the charity auction.',
     [('money', 'fourteen thousand pounds', 14000, 'GBP')]),
    # ---- money-local
    ('c020', 'money-local', 'my cousin in Manila earns 25,000 pesos a month at a call centre',
     [('money', '25,000 pesos', 25000, 'PHP')]),
    ('c021', 'money-local', 'the overnight bus from Bogotá to Medellín is about 90,000 pesos',
     [('money', '90,000 pesos', 90000, 'COP')]),
    ('c022', 'money-local', 'ceviche for two in Lima was 70 soles',
     [('money', '70 soles', 70, 'PEN')]),
    ('c023', 'money-local', 'a cleaner in São Paulo gets around 150 reais a day',
     [('money', '150 reais', 150, 'BRL')]),
    ('c024', 'money-local', 'a hostel bed in Tbilisi costs 30 lari',
     [('money', '30 lari', 30, 'GEL')]),
    ('c025', 'money-local', 'my sister teaches English in Almaty for 400,000 tenge a month',
     [('money', '400,000 tenge', 400000, 'KZT')]),
    ('c026', 'money-local', 'a night at the safari lodge in Zambia was 1,200 kwacha',
     [('money', '1,200 kwacha', 1200, 'ZMW')]),
    ('n027', 'money-local', "Chile's copper miners won a raise to 1.1 million pesos a month.",
     [('money', '1.1 million pesos', 1100000, 'CLP')]),
    ('n028', 'money-local', 'Jordan will charge foreign visitors 70 dinars to enter Petra.',
     [('money', '70 dinars', 70, 'JOD')]),
    # ---- money-format
    ('c029', 'money-format', "the watch repair in Zurich came to CHF 1'250.00",
     [('money', "CHF 1'250.00", 1250, 'CHF')]),
    ('c030', 'money-format', 'the hotel in Lyon billed us 1 234,50 € for our stay',
     [('money', '1 234,50 €', 1234.5, 'EUR')]),
    ('c031', 'money-format', "my uncle's new car cost Rs 12,50,000 on the road",
     [('money', 'Rs 12,50,000', 1250000, RUPEE)]),
    ('c032', 'money-format', 'the deposit on the flat is ₹2,35,000, refundable',
     [('money', '₹2,35,000', 235000, 'INR')]),
    ('n033', 'money-format', 'Danish pensioners will receive a one-off payment of 12.500 kr this winter.',
     [('money', '12.500 kr', 12500, KR)]),
    ('c034', 'money-format', 'new tyres came to eur 289,90 at the garage in Graz',
     [('money', 'eur 289,90', 289.9, 'EUR')]),
    # ---- money-minor
    ('c035', 'money-minor', 'a bag of wild bird seed went up 45p since last month',
     [('money', '45p', 0.45, 'GBP')]),
    ('c036', 'money-minor', 'each text home from abroad costs 35 cents',
     [('money', '35 cents', 0.35, 'USD')]),
    ('n037', 'money-minor', 'A white loaf in Belfast now costs 89p, up from 65p last spring.',
     [('money', '89p', 0.89, 'GBP'), ('money', '65p', 0.65, 'GBP')]),
    ('c038', 'money-minor', 'eggs from the farm gate honesty box are 40p each',
     [('money', '40p', 0.4, 'GBP')]),
    # ---- money-composite
    ('c039', 'money-composite', 'the pony ride at the fair was 2 euro 50',
     [('money', '2 euro 50', 2.5, 'EUR')]),
    ('c040', 'money-composite', 'the dog food came to 23 dollars and 60 cents',
     [('money', '23 dollars and 60 cents', 23.6, 'USD')]),
    ('c041', 'money-composite', 'a prescription at the chemist is nine pounds sixty now',
     [('money', 'nine pounds sixty', 9.6, 'GBP')]),
    ('c042', 'money-composite', 'a ferry ticket across the lake from Lausanne was 14 francs 60',
     [('money', '14 francs 60', 14.6, 'CHF')]),
    ('c043', 'money-composite', 'my share of the electricity bill is forty-two dollars and fifteen cents',
     [('money', 'forty-two dollars and fifteen cents', 42.15, 'USD')]),
    # ---- money-slang
    ('c044', 'money-slang', 'fencing the whole paddock set us back 3 grand',
     [('money', '3 grand', 3000, GRAND)]),
    ('c045', 'money-slang', 'bought a used sailing dinghy for 800 quid',
     [('money', '800 quid', 800, 'GBP')]),
    ('c046', 'money-slang', 'the groomer wants 70 bucks for a full cut on the poodle',
     [('money', '70 bucks', 70, 'USD')]),
    ('c047', 'money-slang', 'stick a tenner each way on the grey in the 3:15',
     [('money', 'a tenner', 10, GRAND)]),
    ('c048', 'money-slang', "it's a quid a strip for the raffle",
     [('money', 'a quid', 1, 'GBP')]),
    ('c049', 'money-slang', "the garage said it'd be a couple hundred quid for new brake pads",
     [('money', 'a couple hundred quid', 200, 'GBP')]),
    # ---- money-scale
    ('c050', 'money-scale', 'the crowdfunder hit $48k in the first weekend',
     [('money', '$48k', 48000, 'USD')]),
    ('n051', 'money-scale', 'The converted barn near Hexham was valued at £1.35m.',
     [('money', '£1.35m', 1350000, 'GBP')]),
    ('n052', 'money-scale', 'The EuroMillions jackpot has rolled over to €190 million.',
     [('money', '€190 million', 190000000, 'EUR')]),
    ('n053', 'money-scale', 'A Picasso sketch fetched $6.2mn at the Hong Kong sale.',
     [('money', '$6.2mn', 6200000, 'USD')]),
    ('n054', 'money-scale', 'The miner booked a USD 1.8 bn writedown on its coal assets.',
     [('money', 'USD 1.8 bn', 1800000000, 'USD')]),
    ('n055', 'money-scale', 'Rs 4.5 cr in cash was seized from a car near the toll plaza, police said.',
     [('money', 'Rs 4.5 cr', 45000000, 'INR')]),
    ('c056', 'money-scale', 'a 2 bed in Toronto is like 900k CAD now',
     [('money', '900k CAD', 900000, 'CAD')]),
    ('n057', 'money-scale', 'The insurer expects storm claims of about £85m.',
     [('money', '£85m', 85000000, 'GBP')]),
    ('c058', 'money-scale', 'my brother scratched a €50k winner at the petrol station',
     [('money', '€50k', 50000, 'EUR')]),
    # ---- money-range
    ('c059', 'money-range', 'the auction estimate for the old tractor is £4,000-£6,000',
     [('money', '£4,000-£6,000', (4000, 6000), 'GBP')]),
    ('c060', 'money-range', 'the vet says the surgery would be 1500 to 2000 dollars',
     [('money', '1500 to 2000 dollars', (1500, 2000), 'USD')]),
    ('c061', 'money-range', 'return tickets to Manila run 600-800 usd',
     [('money', '600-800 usd', (600, 800), 'USD')]),
    ('n062', 'money-range', "Christie's expects the Turner watercolour to fetch £2m-£3m.",
     [('money', '£2m-£3m', (2000000, 3000000), 'GBP')]),
    ('n063', 'money-range', 'Repair bills for flooded homes range from €15,000 to €40,000.',
     [('money', '€15,000 to €40,000', (15000, 40000), 'EUR')]),
    ('c064', 'money-range', 'builders quoted between 8 and 11 grand for the loft',
     [('money', '8 and 11 grand', (8000, 11000), GRAND)]),
    ('c065', 'money-range', 'wedding photographers in Pune charge ₹50k–1 lakh',
     [('money', '₹50k–1 lakh', (50000, 100000), 'INR')]),
    # ---- money-bound
    ('c066', 'money-bound', 'any decent bivvy bags for under 150 eur',
     [('money', '150 eur', 150, 'EUR')]),
    ('c067', 'money-bound', 'i want a second-hand macro lens for approx £300',
     [('money', '£300', 300, 'GBP')]),
    ('c068', 'money-bound', 'the crowdfunding target is at least $25,000',
     [('money', '$25,000', 25000, 'USD')]),
    ('n069', 'money-bound', 'The insurer rejected claims worth more than A$40 million after the cyclone.',
     [('money', 'A$40 million', 40000000, 'AUD')]),
    ('n070', 'money-bound', 'The Ohio jackpot winner will take home nearly $470 million after tax.',
     [('money', '$470 million', 470000000, 'USD')]),
    ('c071', 'money-bound', 'the water bill should be ~$45 but it says $61',
     [('money', '$45', 45, 'USD'), ('money', '$61', 61, 'USD')]),
    # ---- money-rate
    ('n072', 'money-rate', 'Fruit pickers in Queensland will be paid at least AUD 28 an hour.',
     [('money', 'AUD 28', 28, 'AUD')]),
    ('n073', 'money-rate', 'Band D council tax in the borough will rise to £2,140 a year.',
     [('money', '£2,140', 2140, 'GBP')]),
    ('c074', 'money-rate', 'the nanny job in Dubai pays 4,500 dirhams a month',
     [('money', '4,500 dirhams', 4500, 'AED')]),
    ('c075', 'money-rate', 'the photo storage plan is $9.99/mo',
     [('money', '$9.99', 9.99, 'USD')]),
    ('n076', 'money-rate', 'Seasonal farm workers in Spain will earn at least €8.87 an hour.',
     [('money', '€8.87', 8.87, 'EUR')]),
    # ---- money-neg
    ('c077', 'money-neg', 'is the 99 Cents Only store open on sunday',
     []),
    ('c078', 'money-neg', 'my tax code changed to 1257L, is that right',
     []),
    ('c079', 'money-neg', 'grab some bin bags from Poundland on the way',
     []),
    ('c080', 'money-neg', 'the lotto numbers were 3 11 19 27 38 and 44',
     []),
    ('n081', 'money-neg', 'Lot 212, a Georgian silver teapot, failed to sell.',
     []),
    ('n082', 'money-neg', "The auction house raised its buyer's premium to 28%.",
     []),
    ('c083', 'money-neg', "in for a penny, in for a pound, let's book it",
     []),
    ('c084', 'money-neg', "that's the million-dollar question",
     []),
    ('n085', 'money-neg', 'The Million Pound Drop returns to television this autumn.',
     []),
    ('c086', 'money-neg', 'my sort code is 20-45-67 if you need it',
     []),
    ('c087', 'money-neg', 'our crowdfunder has 1,340 backers so far',
     []),
    ('n088', 'money-neg', 'Monthly inflation in Argentina eased to 3.5% in May.',
     []),
    ('c089', 'money-neg', 'my wedding band is 18k gold',
     []),
    # ---- dur-basic
    ('c090', 'dur-basic', 'tomatoes need 6 hours of direct sun a day',
     [('duration', '6 hours', 6, 'hour')]),
    ('c091', 'dur-basic', 'our cat went missing for 9 days and came back fat',
     [('duration', '9 days', 9, 'day')]),
    ('c092', 'dur-basic', 'the crossing to the Scillies took 3 hours in a rough sea',
     [('duration', '3 hours', 3, 'hour')]),
    ('n093', 'dur-basic', 'The grain freighter waited 23 days for a berth at Odesa.',
     [('duration', '23 days', 23, 'day')]),
    ('n094', 'dur-basic', 'The copper mine was flooded and shut for 5 weeks.',
     [('duration', '5 weeks', 5, 'week')]),
    # ---- dur-word
    ('c095', 'dur-word', 'the puppy slept for eleven hours straight',
     [('duration', 'eleven hours', 11, 'hour')]),
    ('c096', 'dur-word', 'we sailed for twelve days without seeing land',
     [('duration', 'twelve days', 12, 'day')]),
    ('c097', 'dur-word', 'the lawn seed takes about fourteen days to sprout',
     [('duration', 'fourteen days', 14, 'day')]),
    ('n098', 'dur-word', 'The jockey was suspended for twenty-one days after the race.',
     [('duration', 'twenty-one days', 21, 'day')]),
    ('n099', 'dur-word', 'Rescuers searched for the missing yacht for thirty hours.',
     [('duration', 'thirty hours', 30, 'hour')]),
    # ---- dur-abbrev
    ('c100', 'dur-abbrev', 'the drone batteries want 90 mins on the charger before we fly',
     [('duration', '90 mins', 90, 'minute')]),
    ('c101', 'dur-abbrev', "we've got 14 hrs to kill in Doha between flights",
     [('duration', '14 hrs', 14, 'hour')]),
    ('c102', 'dur-abbrev', 'the photo editing app has a 7d free trial',
     [('duration', '7d', 7, 'day')]),
    ('c103', 'dur-abbrev', 'my work visa has 6 mo left',
     [('duration', '6 mo', 6, 'month')]),
    ('n104', 'dur-abbrev', 'Fire crews spent 17 hrs damping down the hay barn blaze.',
     [('duration', '17 hrs', 17, 'hour')]),
    # ---- dur-fraction
    ('c105', 'dur-fraction', 'the deck stain needs two and a half days to cure',
     [('duration', 'two and a half days', 2.5, 'day')]),
    ('c106', 'dur-fraction', 'the vet said keep her off food for half a day before surgery',
     [('duration', 'half a day', 0.5, 'day')]),
    ('c107', 'dur-fraction', 'the ferry out to Arran is 1¼ hours each way',
     [('duration', '1¼ hours', 1.25, 'hour')]),
    ('c108', 'dur-fraction', 'the concrete should cure for a week and a half before we build on it',
     [('duration', 'a week and a half', 1.5, 'week')]),
    ('n109', 'dur-fraction', "Pirates freed the hijacked tanker's crew after three and a half months in captivity.",
     [('duration', 'three and a half months', 3.5, 'month')]),
    # ---- dur-composite
    ('c110', 'dur-composite', 'bread maker says 3 hrs 55 mins on the basic setting',
     [('duration', '3 hrs 55 mins', 235, 'minute')]),
    ('c111', 'dur-composite', 'the app says 11h 40m gate to gate to Cape Town',
     [('duration', '11h 40m', 700, 'minute')]),
    ('c112', 'dur-composite', 'freediving class today, managed a 1 min 52 sec breath hold',
     [('duration', '1 min 52 sec', 112, 'second')]),
    ('c113', 'dur-composite', 'my pilot logbook shows 41 hours 30 minutes so far',
     [('duration', '41 hours 30 minutes', 2490, 'minute')]),
    ('n114', 'dur-composite', 'The rowers crossed the Atlantic in 35 days, 14 hours and 3 minutes.',
     [('duration', '35 days, 14 hours and 3 minutes', 51243, 'minute')]),
    ('c115', 'dur-composite', 'took us 1:45 hrs on the tractor to get the bales home',
     [('duration', '1:45 hrs', 105, 'minute')]),
    # ---- dur-adjectival
    ('c116', 'dur-adjectival', 'we took out a 30-year mortgage on the farmhouse',
     [('duration', '30-year', 30, 'year')]),
    ('c117', 'dur-adjectival', 'is there a 14-day quarantine for a puppy flying to Australia',
     [('duration', '14-day', 14, 'day')]),
    ('c118', 'dur-adjectival', 'sign me up for the 6-week beekeeping course',
     [('duration', '6-week', 6, 'week')]),
    ('n119', 'dur-adjectival', 'The port authority signed a 99-year lease on the container terminal.',
     [('duration', '99-year', 99, 'year')]),
    ('n120', 'dur-adjectival', 'The cyclist was handed a nine-month doping ban.',
     [('duration', 'nine-month', 9, 'month')]),
    ('c121', 'dur-adjectival', 'the pump comes with a 12-month warranty',
     [('duration', '12-month', 12, 'month')]),
    # ---- dur-relative
    ('c122', 'dur-relative', 'in 40 mins tell me to move the sprinkler to the back lawn',
     [('duration', '40 mins', 40, 'minute')]),
    ('c123', 'dur-relative', 'the seedlings can go outside in 3 weeks',
     [('duration', '3 weeks', 3, 'week')]),
    ('c124', 'dur-relative', 'wake me in 20 min when we start the descent',
     [('duration', '20 min', 20, 'minute')]),
    ('n125', 'dur-relative', 'Ballots in the leadership contest close in 10 days.',
     [('duration', '10 days', 10, 'day')]),
    ('c126', 'dur-relative', 'show me wind readings for Cowes from the last 72 hours',
     [('duration', '72 hours', 72, 'hour')]),
    ('c127', 'dur-relative', 'the puppy has to stay indoors for the first 8 weeks',
     [('duration', '8 weeks', 8, 'week')]),
    # ---- dur-range
    ('c128', 'dur-range', 'germination takes 7-10 days at room temp',
     [('duration', '7-10 days', (7, 10), 'day')]),
    ('c129', 'dur-range', 'the tide turns in 2 to 3 hrs',
     [('duration', '2 to 3 hrs', (2, 3), 'hour')]),
    ('c130', 'dur-range', 'the harvest will take 3 or 4 weeks if the weather holds',
     [('duration', '3 or 4 weeks', (3, 4), 'week')]),
    ('c131', 'dur-range', 'the kitten needs boosters 21 to 28 days apart',
     [('duration', '21 to 28 days', (21, 28), 'day')]),
    ('n132', 'dur-range', 'Repairs to the grounded ferry are expected to take six to eight months.',
     [('duration', 'six to eight months', (6, 8), 'month')]),
    ('n133', 'dur-range', 'Hauliers face delays of 4–6 days at the border crossing.',
     [('duration', '4–6 days', (4, 6), 'day')]),
    # ---- dur-bound
    ('c134', 'dur-bound', 'leave at least 4 hrs between coats of yacht varnish',
     [('duration', '4 hrs', 4, 'hour')]),
    ('c135', 'dur-bound', "my flight's been delayed more than 5 hours, can i claim",
     [('duration', '5 hours', 5, 'hour')]),
    ('c136', 'dur-bound', "she's had a limp on her back leg for about a week",
     [('duration', 'a week', 1, 'week')]),
    ('n137', 'dur-bound', 'Some hill villages have been without running water for over 10 days.',
     [('duration', '10 days', 10, 'day')]),
    ('n138', 'dur-bound', 'Storm victims waited almost 4 months for their insurance payouts.',
     [('duration', '4 months', 4, 'month')]),
    # ---- dur-interval
    ('c139', 'dur-interval', 'the chillies on the windowsill want watering every 3 days',
     [('duration', '3 days', 3, 'day')]),
    ('c140', 'dur-interval', 'give the dog her tablet every 12 hours',
     [('duration', '12 hours', 12, 'hour')]),
    ('c141', 'dur-interval', "check the chickens' water every 2 hrs in this heat",
     [('duration', '2 hrs', 2, 'hour')]),
    ('n142', 'dur-interval', 'The geyser now erupts every 90 minutes.',
     [('duration', '90 minutes', 90, 'minute')]),
    # ---- dur-sport
    ('n143', 'dur-sport', 'The Colombian took the mountain stage with a time of 4 hours 12 minutes 8 seconds.',
     [('duration', '4 hours 12 minutes 8 seconds', 15128, 'second')]),
    ('n144', 'dur-sport', "The men's final lasted 3 hours 11 minutes, the longest of the tournament.",
     [('duration', '3 hours 11 minutes', 191, 'minute')]),
    ('n145', 'dur-sport', 'The rally driver finished the stage 4.2 seconds ahead of his teammate.',
     [('duration', '4.2 seconds', 4.2, 'second')]),
    ('n146', 'dur-sport', 'Eleven minutes of stoppage time were added at the end of the cup tie.',
     [('duration', 'Eleven minutes', 11, 'minute')]),
    ('c147', 'dur-sport', 'my best lap at the karting track was 48.7 seconds',
     [('duration', '48.7 seconds', 48.7, 'second')]),
    # ---- dur-photo
    ('c148', 'dur-photo', 'shoot at 1/250 sec to freeze the dog mid-jump',
     [('duration', '1/250 sec', 1 / 250, 'second')]),
    ('c149', 'dur-photo', 'try a 30-second exposure for the night sky',
     [('duration', '30-second', 30, 'second')]),
    # ---- dur-neg
    ('c150', 'dur-neg', 'we adopted a 6-week-old kitten on saturday',
     []),
    ('c151', 'dur-neg', 'the ferry leaves at 07:45 from pier 3',
     []),
    ('n152', 'dur-neg', 'The winger scored in the 89th minute to seal a 2-1 win.',
     []),
    ('c153', 'dur-neg', 'is Around the World in 80 Days ok for a 10 year old',
     []),
    ('c154', 'dur-neg', 'play Gone in 60 Seconds on the projector',
     []),
    ('c155', 'dur-neg', "we're on day 4 of the sailing trip and loving it",
     []),
    ('c156', 'dur-neg', "we've got a 12-year-old malt for the party",
     []),
    ('n157', 'dur-neg', 'Flight EK 29 landed safely in Dubai after a bird strike.',
     []),
    ('c158', 'dur-neg', 'my passport expires on 14/03/2027',
     []),
    ('n159', 'dur-neg', 'Snow fell in the city for the first time since 2010.',
     []),
    ('c160', 'dur-neg', 'the farm shop is open 9 to 5 on weekdays',
     []),
    ('c161', 'dur-neg', 'the third week of the course is all about knots',
     []),
    # ---- qty-length
    ('c162', 'qty-length', 'the tomato canes need to be 2m tall',
     [('quantity', '2m', 2, 'meter')]),
    ('c163', 'qty-length', 'i want a 50mm lens for pet portraits',
     [('quantity', '50mm', 50, 'millimeter')]),
    ('c164', 'qty-length', "our boat's 12m, do they have space on the pontoon",
     [('quantity', '12m', 12, 'meter')]),
    ('n165', 'qty-length', 'The wreck lies in 60 fathoms off the Cornish coast.',
     [('quantity', '60 fathoms', 60, 'fathom')]),
    ('n166', 'qty-length', 'Engineers sank the new shaft to a depth of 2.4 kilometres.',
     [('quantity', '2.4 kilometres', 2.4, 'kilometer')]),
    # ---- qty-mass
    ('c167', 'qty-mass', 'my cat weighs 4.2 kilos, is she overweight',
     [('quantity', '4.2 kilos', 4.2, 'kilogram')]),
    ('c168', 'qty-mass', 'the engagement ring has a 1.5-carat diamond',
     [('quantity', '1.5-carat', 1.5, 'carat')]),
    ('c169', 'qty-mass', 'pick up a 25 kg sack of layers pellets for the hens',
     [('quantity', '25 kg', 25, 'kilogram')]),
    ('n170', 'qty-mass', 'The mine produced 1.3 million ounces of gold last year.',
     [('quantity', '1.3 million ounces', 1300000, GOLD_OZ)]),
    ('n171', 'qty-mass', 'Dockers unloaded 60,000 tonnes of wheat from the bulk carrier.',
     [('quantity', '60,000 tonnes', 60000, 'tonne')]),
    ('n172', 'qty-mass', 'The champion bull at the mart weighed 1,140 kg.',
     [('quantity', '1,140 kg', 1140, 'kilogram')]),
    # ---- qty-volume
    ('c173', 'qty-volume', 'the fish tank is 120 litres, how many neon tetras can i keep',
     [('quantity', '120 litres', 120, 'liter')]),
    ('c174', 'qty-volume', 'grab a 40-litre bag of peat-free compost',
     [('quantity', '40-litre', 40, 'liter')]),
    ('c175', 'qty-volume', "we've got a 100 gallon rain butt by the shed",
     [('quantity', '100 gallon', 100, GALLON)]),
    ('n176', 'qty-volume', 'The dairy herd produced 1.8 million litres of milk last year.',
     [('quantity', '1.8 million litres', 1800000, 'liter')]),
    ('c177', 'qty-volume', 'we ordered 6 cubic yards of concrete for the slab',
     [('quantity', '6 cubic yards', 6, 'yard**3')]),
    # ---- qty-medicine
    ('c178', 'qty-medicine', 'the eye drops come in a 10 ml bottle',
     [('quantity', '10 ml', 10, 'milliliter')]),
    ('c179', 'qty-medicine', 'the vet prescribed 12.5 mg, so halve the 25mg pill',
     [('quantity', '12.5 mg', 12.5, 'milligram'), ('quantity', '25mg', 25, 'milligram')]),
    ('n180', 'qty-medicine', 'Regulators cut the maximum daily dose of the painkiller to 3 grams.',
     [('quantity', '3 grams', 3, 'gram')]),
    ('c181', 'qty-medicine', 'my inhaler gives 100 micrograms per puff',
     [('quantity', '100 micrograms', 100, 'microgram')]),
    # ---- qty-temp
    ('c182', 'qty-temp', 'keep the greenhouse above 7°C at night for the chillies',
     [('quantity', '7°C', 7, 'degree_Celsius')]),
    ('c183', 'qty-temp', "the vet says a dog's temp can be up to 39.2 degrees",
     [('quantity', '39.2 degrees', 39.2, TEMP)]),
    ('c184', 'qty-temp', 'the pond froze, it hit -8 degrees last night',
     [('quantity', '-8 degrees', -8, TEMP)]),
    ('c185', 'qty-temp', 'the kiln fires up to 1,240°C',
     [('quantity', '1,240°C', 1240, 'degree_Celsius')]),
    ('c186', 'qty-temp', 'store the vaccine between 2 and 8 °C',
     [('quantity', '2 and 8 °C', (2, 8), 'degree_Celsius')]),
    # ---- qty-speed
    ('c187', 'qty-speed', 'wind is gusting 35 knots off the headland',
     [('quantity', '35 knots', 35, 'knot')]),
    ('n188', 'qty-speed', 'The airliner cruised at 490 knots before starting its descent.',
     [('quantity', '490 knots', 490, 'knot')]),
    ('c189', 'qty-speed', 'the tractor does 40 km/h max on the road',
     [('quantity', '40 km/h', 40, 'kilometer_per_hour')]),
    ('n190', 'qty-speed', 'Gusts of 28 m/s were measured at the offshore mast.',
     [('quantity', '28 m/s', 28, 'meter/second')]),
    # ---- qty-nautical
    ('c191', 'qty-nautical', "we're at 37,000 feet, how cold is it outside",
     [('quantity', '37,000 feet', 37000, 'foot')]),
    ('c192', 'qty-nautical', 'the marina is 14 nautical miles from here',
     [('quantity', '14 nautical miles', 14, 'nautical_mile')]),
    ('n193', 'qty-nautical', 'The glider climbed to 9,100 metres over the Andes.',
     [('quantity', '9,100 metres', 9100, 'meter')]),
    ('n194', 'qty-nautical', 'The long-haul jet burns about 2,400 kg of fuel an hour.',
     [('quantity', '2,400 kg', 2400, 'kilogram')]),
    ('c195', 'qty-nautical', 'my keel draws 1.8 m, is the harbour deep enough at low tide',
     [('quantity', '1.8 m', 1.8, 'meter')]),
    # ---- qty-construction
    ('c196', 'qty-construction', 'the joist hangers take 3/8 inch bolts',
     [('quantity', '3/8 inch', 0.375, 'inch')]),
    ('c197', 'qty-construction', 'get 12 bags of cement, the 25kg ones',
     [('quantity', '25kg', 25, 'kilogram')]),
    ('c198', 'qty-construction', 'lay a 100mm concrete base for the shed',
     [('quantity', '100mm', 100, 'millimeter')]),
    ('c199', 'qty-construction', 'the patio will be 4m x 3m',
     [('quantity', '4m', 4, 'meter'), ('quantity', '3m', 3, 'meter')]),
    ('n200', 'qty-construction', 'The new bridge used 12,000 tonnes of steel.',
     [('quantity', '12,000 tonnes', 12000, 'tonne')]),
    # ---- qty-farm
    ('n201', 'qty-farm', 'The Iowa farm harvested 2,400 bushels from its north field.',
     [('quantity', '2,400 bushels', 2400, BUSHEL)]),
    ('c202', 'qty-farm', 'scatter 50 grams of wildflower seed over the bank',
     [('quantity', '50 grams', 50, 'gram')]),
    ('n203', 'qty-farm', 'The estate covers 480 hectares of arable land near Lincoln.',
     [('quantity', '480 hectares', 480, 'hectare')]),
    ('c204', 'qty-farm', 'the potatoes could use an inch of rain',
     [('quantity', 'an inch', 1, 'inch')]),
    # ---- qty-energy
    ('c205', 'qty-energy', 'can we fit a 7kW charger in the garage',
     [('quantity', '7kW', 7, 'kilowatt')]),
    ('c206', 'qty-energy', 'the kettle on the boat needs a 13 amp socket',
     [('quantity', '13 amp', 13, 'ampere')]),
    ('c207', 'qty-energy', 'the bill says we used 342 kWh in March',
     [('quantity', '342 kWh', 342, 'kilowatt_hour')]),
    ('n208', 'qty-energy', 'The solar park will generate 45 megawatts at peak.',
     [('quantity', '45 megawatts', 45, 'megawatt')]),
    # ---- qty-data
    ('c209', 'qty-data', 'put a 128GB card in the camera before the safari',
     [('quantity', '128GB', 128, GB)]),
    ('c210', 'qty-data', 'the raw files from the shoot are 2.3 GB',
     [('quantity', '2.3 GB', 2.3, GB)]),
    # ---- qty-area
    ('c211', 'qty-area', 'the paddock is about 3 acres',
     [('quantity', '3 acres', 3, 'acre')]),
    ('c212', 'qty-area', 'the loft has 35 m2 of usable floor',
     [('quantity', '35 m2', 35, 'meter**2')]),
    ('n213', 'qty-area', 'Old mine workings extend under 3.2 square kilometres of the town.',
     [('quantity', '3.2 square kilometres', 3.2, 'kilometer**2')]),
    # ---- qty-composite
    ('c214', 'qty-composite', 'the doorway is 6 ft 8 in, will the wardrobe fit',
     [('quantity', '6 ft 8 in', 80, 'inch')]),
    ('c215', 'qty-composite', 'the smallest puppy in the litter was 2 lb 5 oz',
     [('quantity', '2 lb 5 oz', 37, 'ounce')]),
    ('c216', 'qty-composite', 'my marrow came in at 42 pounds 4 ounces at the village show',
     [('quantity', '42 pounds 4 ounces', 676, 'ounce')]),
    ('n217', 'qty-composite', 'Anglers landed a sturgeon of 2 metres 35 centimetres on the Fraser River.',
     [('quantity', '2 metres 35 centimetres', 235, 'centimeter')]),
    # ---- qty-range
    ('c218', 'qty-range', 'aim for 2-3 km of lead walking a day with the new rescue',
     [('quantity', '2-3 km', (2, 3), 'kilometer')]),
    ('c219', 'qty-range', 'the swell is 1.5 to 2 metres this afternoon',
     [('quantity', '1.5 to 2 metres', (1.5, 2), 'meter')]),
    ('c220', 'qty-range', 'a lamb should weigh 4 to 5 kg at birth',
     [('quantity', '4 to 5 kg', (4, 5), 'kilogram')]),
    ('n221', 'qty-range', 'Forecasters expect 15–25 cm of snow on the high passes.',
     [('quantity', '15–25 cm', (15, 25), 'centimeter')]),
    # ---- qty-bound
    ('c222', 'qty-bound', 'the inner harbour is for boats under 10 metres',
     [('quantity', '10 metres', 10, 'meter')]),
    ('n223', 'qty-bound', 'The new container ship can carry more than 220,000 tonnes.',
     [('quantity', '220,000 tonnes', 220000, 'tonne')]),
    ('c224', 'qty-bound', 'the seaplane lets you bring approx 15kg of luggage',
     [('quantity', '15kg', 15, 'kilogram')]),
    # ---- qty-tons
    ('c225', 'qty-tons', 'the hay trailer can take 8 tons',
     [('quantity', '8 tons', 8, TON)]),
    ('n226', 'qty-tons', 'The recycling plant handles 50,000 tons of plastic a year.',
     [('quantity', '50,000 tons', 50000, TON)]),
    # ---- qty-neg
    ('c227', 'qty-neg', 'i need some 2x4s for the raised bed',
     []),
    ('c228', 'qty-neg', 'shoot at f/1.8 and ISO 400 for the portraits',
     []),
    ('c229', 'qty-neg', 'shipping forecast says force 7 in the channel tomorrow',
     []),
    ('c230', 'qty-neg', 'the soil is pH 6.5, is that ok for blueberries',
     []),
    ('c231', 'qty-neg', "i'm in hardiness zone 8, can i grow figs",
     []),
    ('n232', 'qty-neg', 'Farmers moved 400 head of cattle to higher ground.',
     []),
    ('c233', 'qty-neg', 'did 12k steps walking the dog today',
     []),
    ('c234', 'qty-neg', 'put on 8 Mile, the Eminem film',
     []),
    ('c235', 'qty-neg', 'my flat is at 14 Acre Lane',
     []),
    ('n236', 'qty-neg', 'A Cessna 172 with engine trouble put down safely on runway 27.',
     []),
    ('n237', 'qty-neg', 'Thousand Oaks council approved the new library.',
     []),
    ('n238', 'qty-neg', 'The Dane trailed by three strokes after the 16th hole.',
     []),
    ('c239', 'qty-neg', 'got a Nikon Z6 for my birthday',
     []),
    ('c240', 'qty-neg', 'mix the mortar at 1:4, cement to sand',
     []),
    ('n241', 'qty-neg', 'Ireland ran out 38-17 winners over France in Dublin.',
     []),
    # ---- mixed
    ('c242', 'mixed', 'new PB!! 5k in 24:30 at parkrun',
     [('quantity', '5k', 5, 'kilometer'), ('duration', '24:30', 1470, 'second')]),
    ('c243', 'mixed', 'our mortgage is €310k over 25 years',
     [('money', '€310k', 310000, 'EUR'), ('duration', '25 years', 25, 'year')]),
    ('c244', 'mixed', 'a used 30 ft sailboat goes for 20-40k euros',
     [('quantity', '30 ft', 30, 'foot'), ('money', '20-40k euros', (20000, 40000), 'EUR')]),
    ('c245', 'mixed', '85 litres of marine diesel at the fuel dock came to €160',
     [('quantity', '85 litres', 85, 'liter'), ('money', '€160', 160, 'EUR')]),
    ('c246', 'mixed', 'the flight to Reykjavik is 3h 10m and the bag limit is 23 kg',
     [('duration', '3h 10m', 190, 'minute'), ('quantity', '23 kg', 23, 'kilogram')]),
    ('n247', 'mixed', 'The winning bidder paid £2.4m for the 48-metre superyacht.',
     [('money', '£2.4m', 2400000, 'GBP'), ('quantity', '48-metre', 48, 'meter')]),
    ('n248', 'mixed', 'A 40-tonne lorry overturned, closing the motorway for 6 hours.',
     [('quantity', '40-tonne', 40, 'tonne'), ('duration', '6 hours', 6, 'hour')]),
    ('c249', 'mixed', 'the crowdfunder raised $52k of its $40k goal in 9 days',
     [('money', '$52k', 52000, 'USD'), ('money', '$40k', 40000, 'USD'), ('duration', '9 days', 9, 'day')]),
    ('n250', 'mixed', 'The Leeds lottery winner, 62, will receive £1.2m over 20 years.',
     [('money', '£1.2m', 1200000, 'GBP'), ('duration', '20 years', 20, 'year')]),
    ('c251', 'mixed', 'drove 310 miles to the auction and paid 5 grand for the tractor',
     [('quantity', '310 miles', 310, 'mile'), ('money', '5 grand', 5000, GRAND)]),
]
