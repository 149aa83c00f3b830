"""Held-out probe chat17: money amounts, durations and physical quantities.

~60% chat/voice-assistant utterances (ids cNNN), ~40% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2..chat16, classes, date_probes or paraphrase).
Domains lean on what the earlier probes used least or only in passing: insurance
claims and excesses, funeral costs and customs, remittances, tax refunds,
crowdfunding and harambees, electricity bills and solar (kWh, kW, MW), water tariffs
(kilolitres, cubic metres), car hire, bicycle repair, dentistry, opticians, music
lessons, wedding and funeral catering, photography, carpentry and joinery, printing,
recycling and scrap, oil and gas (barrels, bpd, bcm, MMBtu), airline baggage, cruise
ships, zoos and wildlife, sports nutrition, marathon training, swimming pools,
theatre, fishing, forestry and timber, shipping containers and plumbing, with spoken
and written forms from US, UK, Irish, Indian, Pakistani, Bangladeshi, Nigerian,
Ghanaian, Kenyan, South African, Australian, Canadian, Filipino,
Malaysian and Caribbean (Jamaica, Trinidad, Barbados, the Bahamas, Guyana) English.
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
chat14's (../chat14/cases.py), chat15's (../chat15/cases.py) and chat16's
(../chat16/cases.py), all unchanged and decided before writing the rows (the ../chatN
paths are those of /work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11,
chat12, chat13, chat14, chat15 and chat16; also decided before writing the rows)
General
 * Vague amounts get no claim (chat4's "a while", "six figures"; chat12's "thousands
   of hours"): "a few" and "several" before a unit or a scale word ("a few grand",
   "a few minutes", "several kilos") and plural round-number or unit words with no
   count ("lakhs of rupees", "hundreds of litres", "tons of people") are nothing.
   chat4's "a couple (of)" = 2 is unchanged ("a couple of hundred quid" = 200 GBP).
 * chat4's bound rule (the number itself, as a point value) also covers "nigh on",
   "a little over", "a little under", "a bit under", "well under", "fully" ("fully 40
   minutes" = 40 minute), "going on" ("going on 12 years" = 12 year), "past" and
   "passed" after a verb of rising ("climbed past GH₵40,000" = 40000 GHS), "at the
   outside", "less than" (chat4's "under"), "can't be more than" (chat4's "no more
   than"), "won't be a cent over" (chat15's "no longer than" for money; its "a cent"
   is no claim) and a trailing "or less" (the mirror of chat11's "or more").
   "somewhere between X and Y" is chat4's range with a hedge word (one range claim),
   like chat12's "anywhere from".
 * Discourse particles change nothing (chat16): Nigerian Pidgin "e don cost" and
   Jamaican "what a vexation" carry no number.
 * Composites and fractions (one claim, summed value), all by earlier rules: "1 hr 15
   min" = 75 minute and "1 hr 40 min" = 100 minute (chat4's composite), "5 hrs 40" =
   340 minute and "2 hrs 30" = 150 minute (chat10's "2 hrs 50"), "3 mins 30 secs" =
   210 second, "one and three-quarter hours" = 1.75 hour (chat13's "two and
   three-quarter hours"), "three and a half hours" = 3.5 hour, "a quarter hour" (no
   "of an") = 0.25 hour (chat4's "quarter of an hour"), "a third of a litre" = 1/3
   liter (chat5's "a third of a cup"), "one and a half kilos" = 1.5 kilogram
   (chat10's "a kilo and a half"), "5 ft 11" = 71 inch (chat10's "5 ft 10"), "9 lb 6
   oz" = 9.375 pound (chat12's "7 lb 3 oz").
 * Baggage pieces "2 x 23 kg" give one claim for the repeated measure (23 kg; chat13's
   interval sets "8 x 400m"); the piece count is not a claim.
 * chat4's rate-denominator rule in the new domains: "per kWh", "per kilowatt-hour"
   (chat13), "per cubic metre", "per kilolitre", "a day" (car hire), "an hour" (a
   plumber's rate), "per lesson", "a month", "a head" (chat14), "per pax" (Malaysian
   catering: per person), "per copy", "a page", "per kilo" and "a kilo" (scrap),
   "each" after a price, "a barrel", "per MMBtu" (chat13), "per person sharing", "per
   extra kilo" and "for each kilogram over" (excess baggage: the kilogram is the
   denominator), "per 40ft box" (chat16's container denominator), "a
   week" after water cuts ("up to 96 hours a week" = 96 hour), "a day" after a
   practice time ("20 mins a day" = 20 minute, chat10), "a year" after a plant's
   output ("13 million tonnes a year" = 13000000 tonne), "a day" after oil refining
   in words ("28,000 barrels a day" = 28000 oil_barrel only: the word form is not
   chat12's one-symbol "bpd"), "per kg of bodyweight" ("1.6 g of protein per kg" =
   1.6 g, chat10's denominator with a unit) and "per hour" after a fuelling amount
   ("60–90 g of carbs per hour" = (60, 90) gram; the hour is no duration claim).
   A time amount whose denominator is a length is claimed and the length is not:
   "a year per inch of thickness" = 1 year (chat10's "$3.99 a pound" pattern).
 * A duration and its interval in one running time are two claims: "runs 2 hours 40
   minutes, including a 20-minute interval" = 160 minute and 20 minute.
 * More numbers that are not claims: M-Pesa till and paybill numbers, phone numbers
   (chat5), percentages (chat4), printer and scanner resolutions in "dpi" (dots per inch;
   pint would read "dpi" as a deci-pint, but it is not a volume), paper sizes ("A4",
   "A3"), spectacle prescriptions ("-2.25": a dioptre is not a pint unit, like chat13's
   ppm), measurements left bare ("bridge 18" on a frame, "I need it at 2.45" after "3 m":
   chat13's unitless numbers), pool chlorine in ppm (chat13), bike tyre sizes ("700x28c",
   chat10's tyre sizes), shoe sizes (chat10), seat counts ("a 1,100-seat theatre",
   chat13's counts in hyphenated modifiers), aircraft models ("the 787", chat4's "747"),
   school years ("Year 9", chat10), day numbers of a match or campaign ("day 3 of the
   Test", "day 4", chat14), counts of cubs, tiers, guests, flyers, bags and people, ages
   (chat4), dates and clock times (chat4).
 * More names and idioms with no claim: "pound the table" (chat4's "pound the
   chicken"), "a pretty penny" (chat5's "a penny for your thoughts"), "foot the bill"
   and "inched higher" (verbs), "a second opinion" (chat4), "second-hand" and "a split
   second" (no amount), "a minute detail" ("minute" = tiny), "the minutes of the
   meeting" (a record), "just a moment", "Minute Maid", "Penny" (a name), "the Rand
   Show" (an expo), "bucks" as male antelope ("two bucks grazing": a count of
   animals), "nickel" the metal, "Kelvin Grove" (a place), "Kilo" in the phonetic
   alphabet, "the cedi" named with no amount (chat16's "the Egyptian pound").
Money
 * More marks: "G$" in Guyana = GYD; "B$" in the Bahamas (Nassau) = BSD; "৳" = BDT
   (chat12's "Tk"); "taka" with "thousand" after the second number of a range ("3 to 4
   thousand taka" = (3000, 4000) BDT, chat13's scale after the second number); "PKR"
   before the amount = PKR (chat6's codes) while "Rs."/"Rs" in Pakistan keeps chat4's
   rupee tuple, also with lakh ("Rs 1.5 and 2 lakh" = (150000, 200000), chat15).
 * "₦4.5m" = 4500000 NGN (chat8's "m" next to a currency mark); "R4 375,60" (space
   thousands and a decimal comma after "R", chat11's "R45 000" with chat13's
   "R177,12") = 4375.60 ZAR; "R1 100" = 1100 ZAR; "R34,56" = 34.56 ZAR.
 * "99c" in an Irish context (Galway) = 0.99 EUR (chat6); "10 cents" in an Australian
   context (Sydney) = 0.10 AUD (chat12); "99 cents" with no other country = USD
   (chat4); "45p" = 0.45 GBP (chat4); "well under a fiver" in Leeds = 5 with chat4's
   fiver tuple (GBP or USD).
 * Spoken money: "fifteen hundred rand" = 1500 ZAR (chat12's "fifteen hundred bucks").
 * chat13's bare-"$" rules apply: Sydney (AUD or USD), Toronto, Brampton, Vancouver,
   Kelowna and the CRA (CAD or USD), Kingston, Jamaica (JMD or USD). A bare "$" at
   Henry Hub or for a funeral fund in Brooklyn is chat4's USD.
 * Insurance excesses and payouts, funeral bills, coffins and funds, remittances and
   their fees, tax refunds and rebates, crowdfunding totals and targets, electricity
   and water tariffs and bills, car hire rates and deposits, bike servicing, dental,
   orthodontic and optical fees, music lessons, catering quotes, photographers, joinery
   quotes, printing, scrap and deposit-return prices, oil and gas prices and
   earnings, excess baggage fees, cruise fares and port taxes, zoo tickets, supplement
   prices, race entries, pool and theatre tickets, boat charters, timber and freight
   prices and plumbers' call-out fees are ordinary money claims.
Durations
 * Pakistani and North Indian "from" + an amount with a present progressive or
   perfect ("I am waiting from 2 hours") is a duration (chat14's "since 4 months").
 * "two nights" of a wake = 2 day (chat4's nights); "a 14-night voyage" = 14 day
   (chat5's "a 3-night stay"); "the past one week" = 1 week (chat6's "the past N
   units"); "in 10 minutes' time" = 10 minute (chat10's possessive) and "an hour ago"
   = 1 hour (chat10's "N units ago"); "10 hrs max" = 10 hour (chat8's "max"); a
   marathon time "2:07:41" = 7661 second (chat6's h:mm:ss race time).
 * Claim windows, burial customs, wakes and processions, transfer, pause and refund
   times, campaigns, power and water cuts, hire periods, wheel rebuilds, dental waits,
   implants, numbing and strikes, lens wear, glasses turnaround, lessons and practice,
   steaming rice, editing, seasoning and air-drying wood, print jobs, field shut-ins
   and field lives, layovers, delays and tarmac waits, cruise stops, voyages and
   cut-short cruises, gestation, fasting windows, cooking times, training blocks,
   long runs and race times, pool closures and classes, running times and intervals,
   closed seasons, playing a fish, forest rotations, container free time, heating a
   tank, recesses, strikes, garage and ferry times, drives and plastering are
   durations.
Quantities
 * New units and spellings: "kilolitres" = kiloliter (water tariffs and limits);
   "bcm" = billion cubic metres ("9.5 bcm" = 9500000000 meter**3); "million bpd" is
   chat12's bpd with chat6's scale (BPD: the numerator or the flow); "MW" = megawatt
   and "kW" = kilowatt, "kWh" = kilowatt_hour (chat5, chat8, chat13); "gsm" glued
   ("300gsm" = 300 gram/meter**2, chat12); "kcal" = kilocalorie (chat5); "m³" on a
   water meter = meter**3 (chat11); "square metres" of a cabin = meter**2; "a tonne" =
   1 tonne (chat4's "a" rule).
 * Lenses named by focal length are lengths also without "lens" after them ("a 35mm
   prime", "the 50mm", chat8); a frame's lens width in mm, a cymbal's and a wheel's
   size in inches ("a 20-inch ride", "a 24-inch wheel bike", chat12's screen size),
   gum pocket depths, hailstone sizes, grave depths and pipe sizes are lengths.
 * "-18°C" for a freezer, "26 degrees" for pool water (chat4's TEMP) and "a little
   under 30°C" (the bound rule) are temperatures.
 * Energy use and storage, generating capacity, water limits and meter readings, baggage
   allowances and cabin-bag sizes, container lengths, volumes and payloads, oil and gas
   output, flare and tree heights, firewood and timber volumes, fish, animal, cake and
   body weights, size limits for kept fish, protein, carbohydrate and energy amounts,
   drink volumes, run distances and climbs, pool volumes, lengths, depths and
   temperatures, tyre pressures, fuel tank and boot volumes, catering amounts, plywood
   and worktop sizes, paper weights, recycling tonnages, mains pressure, cruise ship
   sizes and speeds and a chandelier's weight are quantities.
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
BPD = ('oil_barrel', 'oil_barrel/day')  # "bpd" (chat12): the numerator or the flow


ROWS = [
    # ---- money-insurance
    ('n001', 'money-insurance', 'The ombud ordered the insurer to pay R186 400 for the hail-damaged bakkie, plus interest.',
     [('money', 'R186 400', 186400, 'ZAR')]),
    ('c002', 'money-insurance', 'the excess on my phone claim is £75, is it even worth claiming on a £249 handset',
     [('money', '£75', 75, 'GBP'), ('money', '£249', 249, 'GBP')]),
    ('c003', 'money-insurance', 'insurance will only cover ₹38,000 of the ₹52,000 hospital bill, they say',
     [('money', '₹38,000', 38000, 'INR'), ('money', '₹52,000', 52000, 'INR')]),
    # ---- money-funeral
    ('n004', 'money-funeral', "The average cost of a funeral in Ghana has climbed past GH₵40,000, an undertakers' association said.",
     [('money', 'GH₵40,000', 40000, 'GHS')]),
    ('c005', 'money-funeral', 'the coffin alone was KSh 85,000 and the hearse KSh 12,000 more',
     [('money', 'KSh 85,000', 85000, 'KES'), ('money', 'KSh 12,000', 12000, 'KES')]),
    ('c006', 'money-funeral', "we chipped in $50 each for Uncle Desmond's funeral fund in Brooklyn",
     [('money', '$50', 50, 'USD')]),
    ('c007', 'money-funeral', "the funeral director swore it won't be a cent over $9,000, all in",
     [('money', '$9,000', 9000, 'USD')]),
    # ---- money-remit
    ('n008', 'money-remit', 'Remittances from the Gulf to Kerala reached ₹2.16 lakh crore last year, an RBI survey showed.',
     [('money', '₹2.16 lakh crore', 2160000000000, 'INR')]),
    ('c009', 'money-remit', 'sent Mum 300 quid through the app and she got ₦612,000 in Ibadan',
     [('money', '300 quid', 300, 'GBP'), ('money', '₦612,000', 612000, 'NGN')]),
    ('c010', 'money-remit', 'sending $200 to Manila costs $4.99 or less on most apps',
     [('money', '$200', 200, 'USD'), ('money', '$4.99', 4.99, 'USD')]),
    ('n011', 'money-remit', 'Overseas Pakistanis sent home US$3.1 billion in March, the State Bank said.',
     [('money', 'US$3.1 billion', 3100000000, 'USD')]),
    ('c012', 'money-remit', "my brother in Dubai sends Tk 25,000 every month for Ammu's medicine",
     [('money', 'Tk 25,000', 25000, 'BDT')]),
    # ---- money-tax
    ('c013', 'money-tax', "HMRC says I'm owed a rebate of £312.40 from my last job",
     [('money', '£312.40', 312.4, 'GBP')]),
    ('n014', 'money-tax', 'The average federal tax refund so far this season is $3,138, the IRS said.',
     [('money', '$3,138', 3138, 'USD')]),
    ('c015', 'money-tax', 'SARS finally paid my refund, R4 375,60 in one go',
     [('money', 'R4 375,60', 4375.6, 'ZAR')]),
    ('n016', 'money-tax', 'Canadians who filed online are getting refunds averaging $2,294, the CRA said.',
     [('money', '$2,294', 2294, CAD_US)]),
    # ---- money-crowdfund
    ('n017', 'money-crowdfund', 'A GoFundMe for the Lismore flood victims has passed A$1.3 million.',
     [('money', 'A$1.3 million', 1300000, 'AUD')]),
    ('c018', 'money-crowdfund', "our harambee for Wanjiru's fees raised KSh 240,000, short of the KSh 300,000 target",
     [('money', 'KSh 240,000', 240000, 'KES'), ('money', 'KSh 300,000', 300000, 'KES')]),
    # ---- money-energy
    ('c019', 'money-energy', "Eskom's tariff here is R3.16 per kWh now, crazy",
     [('money', 'R3.16', 3.16, 'ZAR')]),
    ('n020', 'money-energy', 'Prepaid meter users in Accra will pay GH₵1.78 per kilowatt-hour from July.',
     [('money', 'GH₵1.78', 1.78, 'GHS')]),
    ('c021', 'money-energy', 'our electric bill in Houston was a little over $280 in August, the AC never stopped',
     [('money', '$280', 280, 'USD')]),
    # ---- money-water
    ('n022', 'money-water', 'Nairobi Water will raise its domestic tariff to KSh 53 per cubic metre.',
     [('money', 'KSh 53', 53, 'KES')]),
    ('n023', 'money-water', 'Cape Town residents will pay R34,56 per kilolitre for the first block of water.',
     [('money', 'R34,56', 34.56, 'ZAR')]),
    # ---- money-carhire
    ('c024', 'money-carhire', 'the car hire at Faro was €23 a day and then they added €180 for insurance',
     [('money', '€23', 23, 'EUR'), ('money', '€180', 180, 'EUR')]),
    ('c025', 'money-carhire', 'a Vitz from the rental place in Kingston is J$8,500 a day plus gas',
     [('money', 'J$8,500', 8500, 'JMD')]),
    ('c026', 'money-carhire', 'the car hire at OR Tambo wanted fifteen hundred rand as a deposit',
     [('money', 'fifteen hundred rand', 1500, 'ZAR')]),
    # ---- money-bike
    ('c027', 'money-bike', "bike shop wants 45 quid for a full service, and a couple of hundred quid if the frame's cracked",
     [('money', '45 quid', 45, 'GBP'), ('money', 'a couple of hundred quid', 200, 'GBP')]),
    ('c028', 'money-bike', 'the lad at the market in Galway patched my tube for 99c',
     [('money', '99c', 0.99, 'EUR')]),
    # ---- money-dental
    ('n029', 'money-dental', 'A root canal at a private practice on Harley Street can cost upwards of £1,100.',
     [('money', '£1,100', 1100, 'GBP')]),
    ('n030', 'money-dental', 'Private clinics in Kuala Lumpur charge around RM350 for scaling and polishing, a survey found.',
     [('money', 'RM350', 350, 'MYR')]),
    # ---- money-optician
    ('c031', 'money-optician', 'new specs at the optician in Leicester were £139 for two pairs',
     [('money', '£139', 139, 'GBP')]),
    ('c032', 'money-optician', 'the eye test in Lahore was Rs. 1,500 and the frames PKR 6,000',
     [('money', 'Rs. 1,500', 1500, RUPEE), ('money', 'PKR 6,000', 6000, 'PKR')]),
    # ---- money-music
    ('c033', 'money-music', 'piano lessons in Toronto are $65 per lesson, so I might switch to group',
     [('money', '$65', 65, CAD_US)]),
    ('c034', 'money-music', 'the tabla guru charges ₹2,500 a month for two classes a week',
     [('money', '₹2,500', 2500, 'INR')]),
    # ---- money-catering
    ('c035', 'money-catering', 'the caterer for the wedding in Enugu quoted ₦4.5m for 400 guests',
     [('money', '₦4.5m', 4500000, 'NGN')]),
    ('n036', 'money-catering', 'Wedding caterers in Durban now charge about R350 a head for a buffet.',
     [('money', 'R350', 350, 'ZAR')]),
    # ---- money-photo
    ('c037', 'money-photo', 'the photographer for the nikah in Karachi wants Rs 85,000 with the album',
     [('money', 'Rs 85,000', 85000, RUPEE)]),
    # ---- money-carpentry
    ('c038', 'money-carpentry', 'the joiner quoted €2,400 at the outside to fit the oak stairs',
     [('money', '€2,400', 2400, 'EUR')]),
    # ---- money-print
    ('c039', 'money-print', 'printing 200 flyers at the shop in Nairobi CBD is KSh 10 per copy',
     [('money', 'KSh 10', 10, 'KES')]),
    ('c040', 'money-print', 'the print shop charged me 45p a page for colour, is that normal',
     [('money', '45p', 0.45, 'GBP')]),
    # ---- money-recycling
    ('n041', 'money-recycling', 'Scrap dealers in Lagos now pay ₦450 per kilo of aluminium cans.',
     [('money', '₦450', 450, 'NGN')]),
    ('c042', 'money-recycling', 'the deposit on cans in Sydney is 10 cents each, the kids love it',
     [('money', '10 cents', 0.1, 'AUD')]),
    ('c043', 'money-recycling', 'the scrap buyer in Mirpur pays ৳35 a kilo for plastic bottles',
     [('money', '৳35', 35, 'BDT')]),
    # ---- money-oilgas
    ('n044', 'money-oilgas', 'Brent slipped to US$74.20 a barrel while Henry Hub gas traded at $2.81 per MMBtu.',
     [('money', 'US$74.20', 74.2, 'USD'), ('money', '$2.81', 2.81, 'USD')]),
    ('n045', 'money-oilgas', 'Guyana earned G$210 billion from oil in the first half, the finance ministry said.',
     [('money', 'G$210 billion', 210000000000, 'GYD')]),
    # ---- money-airline
    ('c046', 'money-airline', 'Cebu Pacific charged me ₱2,100 for excess baggage at NAIA',
     [('money', '₱2,100', 2100, 'PHP')]),
    ('n047', 'money-airline', 'Kenya Airways will charge US$25 per extra kilo on regional routes from May.',
     [('money', 'US$25', 25, 'USD')]),
    # ---- money-cruise
    ('n048', 'money-cruise', 'A balcony cabin on the Caribbean sailing starts at US$1,499 per person sharing.',
     [('money', 'US$1,499', 1499, 'USD')]),
    ('n049', 'money-cruise', 'The Bahamas will raise the port tax for cruise passengers landing in Nassau to B$68.',
     [('money', 'B$68', 68, 'BSD')]),
    # ---- money-zoo
    ('c050', 'money-zoo', 'tickets for Taronga Zoo in Sydney were $51 for adults, kids half price',
     [('money', '$51', 51, AUD_US)]),
    # ---- money-nutrition
    ('c051', 'money-nutrition', 'a tub of whey at the supplement shop in Yaba is ₦38k now, e don cost',
     [('money', '₦38k', 38000, 'NGN')]),
    # ---- money-running
    ('n052', 'money-running', 'Entry for the Comrades Marathon this year is R1 100 for South African runners.',
     [('money', 'R1 100', 1100, 'ZAR')]),
    # ---- money-pool
    ('c053', 'money-pool', 'a swim at the leisure centre in Leeds is well under a fiver off-peak',
     [('money', 'a fiver', 5, GRAND)]),
    ('c054', 'money-pool', 'the vending machine at the pool in Phoenix still sells water for 99 cents',
     [('money', '99 cents', 0.99, 'USD')]),
    # ---- money-theatre
    ('n055', 'money-theatre', 'Hamilton tickets on Broadway averaged $189 before fees last month.',
     [('money', '$189', 189, 'USD')]),
    # ---- money-fishing
    ('c056', 'money-fishing', 'chartering the boat for deep-sea fishing out of Watamu is KSh 35,000',
     [('money', 'KSh 35,000', 35000, 'KES')]),
    # ---- money-timber
    ('n057', 'money-timber', 'Sawn pine in Mpumalanga now sells for R7 800 per cubic metre.',
     [('money', 'R7 800', 7800, 'ZAR')]),
    # ---- money-container
    ('n058', 'money-container', "Shippers on the Asia–Europe lane were quoted $3,900 per 40ft box, double last spring's rate.",
     [('money', '$3,900', 3900, 'USD')]),
    # ---- money-plumbing
    ('c059', 'money-plumbing', 'the plumber in Brampton charged $180 just to come out, plus $95 an hour',
     [('money', '$180', 180, CAD_US), ('money', '$95', 95, CAD_US)]),
    # ---- money-range
    ('c060', 'money-range', 'a used bicycle in Accra goes for GH₵800 to GH₵1,200 depending on the frame',
     [('money', 'GH₵800 to GH₵1,200', (800, 1200), 'GHS')]),
    ('n061', 'money-range', 'Funeral homes in Trinidad quoted between TT$15,000 and TT$25,000 for a basic service.',
     [('money', 'TT$15,000 and TT$25,000', (15000, 25000), 'TTD')]),
    ('c062', 'money-range', 'braces at the orthodontist in Lahore are somewhere between Rs 1.5 and 2 lakh',
     [('money', 'Rs 1.5 and 2 lakh', (150000, 200000), RUPEE)]),
    ('c063', 'money-range', 'the caterer says RM45–60 per pax for a Malay buffet in Shah Alam',
     [('money', 'RM45–60', (45, 60), 'MYR')]),
    ('n064', 'money-range', 'Fares on the new ferry from Bridgetown will be Bds$40 to Bds$55 one way.',
     [('money', 'Bds$40 to Bds$55', (40, 55), 'BBD')]),
    ('c065', 'money-range', 'lenses with the blue filter are 3 to 4 thousand taka in Dhaka',
     [('money', '3 to 4 thousand taka', (3000, 4000), 'BDT')]),
    # ---- dur-insurance
    ('n066', 'dur-insurance', "Claims for storm damage must be lodged within 30 days, the insurers' council said.",
     [('duration', '30 days', 30, 'day')]),
    ('c067', 'dur-insurance', 'the loss adjuster said a flood claim takes 6 to 8 weeks to settle',
     [('duration', '6 to 8 weeks', (6, 8), 'week')]),
    # ---- dur-funeral
    ('n068', 'dur-funeral', 'Under Muslim custom the body is usually buried within 24 hours, the imam told mourners in Mombasa.',
     [('duration', '24 hours', 24, 'hour')]),
    ('c069', 'dur-funeral', "the wake in Tipperary went on for two nights, I'm wrecked",
     [('duration', 'two nights', 2, 'day')]),
    ('n070', 'dur-funeral', 'The funeral procession through Kumasi lasted nearly four hours.',
     [('duration', 'four hours', 4, 'hour')]),
    # ---- dur-remit
    ('c071', 'dur-remit', "the money should reach Mum's GCash in 10 minutes, says the app",
     [('duration', '10 minutes', 10, 'minute')]),
    ('n072', 'dur-remit', 'Bank transfers to Bangladesh now clear in 2 to 3 working days, the central bank said.',
     [('duration', '2 to 3 working days', (2, 3), 'day')]),
    ('n073', 'dur-remit', 'The remittance app said transfers to Ghana would be paused for 12 hours for maintenance.',
     [('duration', '12 hours', 12, 'hour')]),
    # ---- dur-tax
    ('c074', 'dur-tax', 'IRS says e-filed refunds usually come in less than 21 days',
     [('duration', '21 days', 21, 'day')]),
    ('n075', 'dur-tax', 'SARS said most refunds would be paid within 72 hours of assessment.',
     [('duration', '72 hours', 72, 'hour')]),
    ('c076', 'dur-tax', 'my tax refund came after 9 weeks, HMRC are so slow',
     [('duration', '9 weeks', 9, 'week')]),
    # ---- dur-crowdfund
    ('c077', 'dur-crowdfund', "our Kickstarter runs for 30 days and we're only on day 4",
     [('duration', '30 days', 30, 'day')]),
    # ---- dur-energy
    ('n078', 'dur-energy', "Karachi's Lyari district had no electricity for 14 hours on Sunday, K-Electric confirmed.",
     [('duration', '14 hours', 14, 'hour')]),
    ('c079', 'dur-energy', 'power cut for one and three-quarter hours during the match, unbelievable',
     [('duration', 'one and three-quarter hours', 1.75, 'hour')]),
    # ---- dur-water
    ('n080', 'dur-water', 'Residents of Bulawayo face water cuts of up to 96 hours a week as dams run dry.',
     [('duration', '96 hours', 96, 'hour')]),
    # ---- dur-carhire
    ('c081', 'dur-carhire', 'booked the car for a 3-day hire from Cairns airport',
     [('duration', '3-day', 3, 'day')]),
    # ---- dur-bike
    ('c082', 'dur-bike', "the shop says the wheel rebuild takes a fortnight, they're waiting on spokes",
     [('duration', 'a fortnight', 2, 'week')]),
    # ---- dur-dental
    ('c083', 'dur-dental', "don't eat for 30 mins after the fluoride, the hygienist said",
     [('duration', '30 mins', 30, 'minute')]),
    ('c084', 'dur-dental', 'the implant needs three to six months to fuse before the crown goes on',
     [('duration', 'three to six months', (3, 6), 'month')]),
    ('c085', 'dur-dental', 'the dentist said the numbness wears off in 2–4 hours',
     [('duration', '2–4 hours', (2, 4), 'hour')]),
    ('n086', 'dur-dental', 'Dentists in Ontario will walk out for 48 hours starting Monday, their association said.',
     [('duration', '48 hours', 48, 'hour')]),
    # ---- dur-optician
    ('c087', 'dur-optician', 'you can wear the dailies 10 hrs max, then bin them',
     [('duration', '10 hrs', 10, 'hour')]),
    ('n088', 'dur-optician', 'The optician chain said glasses ordered online would be ready in 7 to 10 days.',
     [('duration', '7 to 10 days', (7, 10), 'day')]),
    # ---- dur-music
    ('c089', 'dur-music', 'her violin lesson is 45min on Saturdays and she practises 20 mins a day',
     [('duration', '45min', 45, 'minute'), ('duration', '20 mins', 20, 'minute')]),
    # ---- dur-catering
    ('c090', 'dur-catering', 'let the rice steam a quarter hour with the lid on, then fluff it',
     [('duration', 'a quarter hour', 0.25, 'hour')]),
    # ---- dur-photo
    ('c091', 'dur-photo', 'the photographer needs 6 weeks to edit the wedding album',
     [('duration', '6 weeks', 6, 'week')]),
    # ---- dur-carpentry
    ('c092', 'dur-carpentry', 'the timber needs to season for 18 months before it goes in the stove',
     [('duration', '18 months', 18, 'month')]),
    ('c093', 'dur-carpentry', 'rule of thumb is a year per inch of thickness to air-dry oak',
     [('duration', 'a year', 1, 'year')]),
    # ---- dur-print
    ('n094', 'dur-print', 'The printer said the 2,000 ballot booklets would take five working days.',
     [('duration', 'five working days', 5, 'day')]),
    # ---- dur-oilgas
    ('n095', 'dur-oilgas', 'Shell shut in the offshore field for nearly three weeks after the leak.',
     [('duration', 'three weeks', 3, 'week')]),
    ('n096', 'dur-oilgas', 'The North Sea platform has produced gas for 41 years and will close in 2027.',
     [('duration', '41 years', 41, 'year')]),
    # ---- dur-airline
    ('c097', 'dur-airline', 'layover in Doha is 1 hr 15 min, is that enough to change terminals',
     [('duration', '1 hr 15 min', 75, 'minute')]),
    ('c098', 'dur-airline', 'our flight to Lagos was delayed 5 hrs 40 and nobody said anything',
     [('duration', '5 hrs 40', 340, 'minute')]),
    ('n099', 'dur-airline', 'Passengers sat on the tarmac in Lahore for three and a half hours before the flight was cancelled.',
     [('duration', 'three and a half hours', 3.5, 'hour')]),
    # ---- dur-cruise
    ('n100', 'dur-cruise', 'The ship will return to Southampton after a 14-night voyage to the Norwegian fjords.',
     [('duration', '14-night', 14, 'day')]),
    ('c101', 'dur-cruise', 'we had a 9-hour stop in Cozumel, barely enough for the ruins',
     [('duration', '9-hour', 9, 'hour')]),
    ('n102', 'dur-cruise', 'The Caribbean cruise was cut short by two days after a norovirus outbreak.',
     [('duration', 'two days', 2, 'day')]),
    # ---- dur-zoo
    ('n103', 'dur-zoo', 'An elephant calf was born at Chester Zoo after a pregnancy of 22 months.',
     [('duration', '22 months', 22, 'month')]),
    # ---- dur-nutrition
    ('c104', 'dur-nutrition', 'I do 16 hours of fasting and eat within an 8-hour window',
     [('duration', '16 hours', 16, 'hour'), ('duration', '8-hour', 8, 'hour')]),
    ('c105', 'dur-nutrition', 'the microwave porridge needs 3 mins 30 secs, stir halfway',
     [('duration', '3 mins 30 secs', 210, 'second')]),
    # ---- dur-running
    ('c106', 'dur-running', 'my plan is a 16-week block before the Berlin marathon',
     [('duration', '16-week', 16, 'week')]),
    ('n107', 'dur-running', 'An Ethiopian debutant won the Lagos City Marathon in 2:07:41.',
     [('duration', '2:07:41', 7661, 'second')]),
    ('c108', 'dur-running', 'long run on Sunday was 2 hrs 30, legs are dead',
     [('duration', '2 hrs 30', 150, 'minute')]),
    # ---- dur-pool
    ('n109', 'dur-pool', 'The municipal pool in Leith will close for 3 weeks in August for a deep clean.',
     [('duration', '3 weeks', 3, 'week')]),
    ('c110', 'dur-pool', 'aqua aerobics is 45 minutes, then 15 minutes in the jacuzzi',
     [('duration', '45 minutes', 45, 'minute'), ('duration', '15 minutes', 15, 'minute')]),
    # ---- dur-theatre
    ('n111', 'dur-theatre', 'The new Lion King production runs 2 hours 40 minutes, including a 20-minute interval.',
     [('duration', '2 hours 40 minutes', 160, 'minute'), ('duration', '20-minute', 20, 'minute')]),
    # ---- dur-fishing
    ('n112', 'dur-fishing', 'The closed season for tilapia on Lake Victoria will last three months from April.',
     [('duration', 'three months', 3, 'month')]),
    ('c113', 'dur-fishing', 'the marlin fought fully 40 minutes before my cousin could gaff it off Watamu',
     [('duration', '40 minutes', 40, 'minute')]),
    # ---- dur-timber
    ('n114', 'dur-timber', 'Plantation pine in the Western Cape is harvested on a 30-year rotation.',
     [('duration', '30-year', 30, 'year')]),
    # ---- dur-container
    ('n115', 'dur-container', 'Shipping lines at Mombasa cut free time for import containers to seven days.',
     [('duration', 'seven days', 7, 'day')]),
    # ---- dur-plumbing
    ('c116', 'dur-plumbing', 'the plumber in Ottawa said the new tank takes 90mins to heat up',
     [('duration', '90mins', 90, 'minute')]),
    # ---- dur-regional
    ('c117', 'dur-regional', 'I am waiting from 2 hours at the NADRA office in Lahore, still no token',
     [('duration', '2 hours', 2, 'hour')]),
    ('n118', 'dur-regional', "Ghana's parliament will go on recess for six weeks from Friday.",
     [('duration', 'six weeks', 6, 'week')]),
    ('c119', 'dur-regional', "the mechanic said my car will be ready in 10 minutes' time, that was an hour ago",
     [('duration', "10 minutes' time", 10, 'minute'), ('duration', 'an hour ago', 1, 'hour')]),
    ('c120', 'dur-regional', 'the ferry from Horseshoe Bay to Nanaimo is 1 hr 40 min',
     [('duration', '1 hr 40 min', 100, 'minute')]),
    ('c121', 'dur-regional', "Alice to Uluru is a bit under five hours if you don't stop at Erldunda",
     [('duration', 'five hours', 5, 'hour')]),
    ('n122', 'dur-regional', 'Dock workers at Port Qasim ended a strike that lasted 11 days.',
     [('duration', '11 days', 11, 'day')]),
    ('n123', 'dur-regional', 'Water supply in Whitefield has been irregular for the past one week, residents said.',
     [('duration', 'one week', 1, 'week')]),
    # ---- dur-range
    ('c124', 'dur-range', 'the plasterer says the ceiling needs somewhere between 5 and 7 days to dry',
     [('duration', '5 and 7 days', (5, 7), 'day')]),
    # ---- dur-bound
    ('c125', 'dur-bound', 'Baba Tunde has cut my hair going on 12 years now',
     [('duration', '12 years', 12, 'year')]),
    # ---- qty-energy
    ('c126', 'qty-energy', 'the meter says we burned through 38 kWh yesterday, the aircon is a beast',
     [('quantity', '38 kWh', 38, 'kilowatt_hour')]),
    ('n127', 'qty-energy', 'A 175 MW solar plant outside De Aar was switched on by the energy minister on Thursday.',
     [('quantity', '175 MW', 175, 'megawatt')]),
    ('c128', 'qty-energy', 'a 5 kW inverter and 10 kWh of batteries, is that enough for load-shedding',
     [('quantity', '5 kW', 5, 'kilowatt'), ('quantity', '10 kWh', 10, 'kilowatt_hour')]),
    # ---- qty-water
    ('n129', 'qty-water', 'Cape Town households are limited to 6 kilolitres a month under the new restrictions.',
     [('quantity', '6 kilolitres', 6, 'kiloliter')]),
    ('c130', 'qty-water', "our water meter shows 14 m³ for the month and we're only two people",
     [('quantity', '14 m³', 14, 'meter**3')]),
    # ---- qty-airline
    ('c131', 'qty-airline', 'Emirates gives me 2 x 23 kg on the London flight, plus 7kg in the cabin',
     [('quantity', '23 kg', 23, 'kilogram'), ('quantity', '7kg', 7, 'kilogram')]),
    ('n132', 'qty-airline', 'PIA will cut the checked allowance on Gulf routes to 30 kg from next month.',
     [('quantity', '30 kg', 30, 'kilogram')]),
    ('c133', 'qty-airline', "cabin bags can't be more than 55 x 40 x 20 cm on AirAsia",
     [('quantity', '55', 55, 'centimeter'), ('quantity', '40', 40, 'centimeter'),
      ('quantity', '20 cm', 20, 'centimeter')]),
    # ---- qty-container
    ('n134', 'qty-container', 'A standard 20ft container holds about 33 cubic metres of cargo.',
     [('quantity', '20ft', 20, 'foot'), ('quantity', '33 cubic metres', 33, 'meter**3')]),
    ('n135', 'qty-container', 'The new gantry cranes at Tema can lift boxes of up to 40 tonnes.',
     [('quantity', '40 tonnes', 40, 'tonne')]),
    # ---- qty-oilgas
    ('n136', 'qty-oilgas', "Angola's crude output slipped to 1.52 million bpd in May, the oil regulator said.",
     [('quantity', '1.52 million bpd', 1520000, BPD)]),
    ('n137', 'qty-oilgas', 'Mozambique LNG is designed to export 13 million tonnes a year.',
     [('quantity', '13 million tonnes', 13000000, 'tonne')]),
    ('n138', 'qty-oilgas', 'Egypt imported 9.5 bcm of gas last year, the energy ministry said.',
     [('quantity', '9.5 bcm', 9500000000, 'meter**3')]),
    ('n139', 'qty-oilgas', 'The flare stack at the Warri refinery stands 90 metres tall.',
     [('quantity', '90 metres', 90, 'meter')]),
    # ---- qty-timber
    ('n140', 'qty-timber', 'Loggers felled a 68-metre mountain ash near Healesville, angering conservationists.',
     [('quantity', '68-metre', 68, 'meter')]),
    ('c141', 'qty-timber', 'ordered 3 cubic metres of seasoned firewood for the winter',
     [('quantity', '3 cubic metres', 3, 'meter**3')]),
    ('n142', 'qty-timber', 'Ghana exported 310,000 cubic metres of timber last year, the forestry commission said.',
     [('quantity', '310,000 cubic metres', 310000, 'meter**3')]),
    # ---- qty-fishing
    ('c143', 'qty-fishing', 'weighed the bass on the jetty scale: 9 lb 6 oz, personal best',
     [('quantity', '9 lb 6 oz', 9.375, 'pound')]),
    ('n144', 'qty-fishing', 'A 280-kilogram bluefin tuna was landed at Kilmore Quay on Tuesday.',
     [('quantity', '280-kilogram', 280, 'kilogram')]),
    # ---- qty-zoo
    ('n145', 'qty-zoo', "The zoo's new giraffe stands 5.2 m tall and weighs 1,100 kg.",
     [('quantity', '5.2 m', 5.2, 'meter'), ('quantity', '1,100 kg', 1100, 'kilogram')]),
    ('n146', 'qty-zoo', 'Keepers at the reptile park say their python is 4.5 metres long.',
     [('quantity', '4.5 metres', 4.5, 'meter')]),
    # ---- qty-nutrition
    ('c147', 'qty-nutrition', 'aim for 1.6 g of protein per kg of bodyweight, so about 130 g for you',
     [('quantity', '1.6 g', 1.6, 'gram'), ('quantity', '130 g', 130, 'gram')]),
    ('c148', 'qty-nutrition', 'during the marathon take 60–90 g of carbs per hour',
     [('quantity', '60–90 g', (60, 90), 'gram')]),
    ('c149', 'qty-nutrition', "a third of a litre of chocolate milk after the gym, that's my recovery",
     [('quantity', 'a third of a litre', 1 / 3, 'liter')]),
    ('c150', 'qty-nutrition', 'the bar has 210 kcal and 20 g of protein',
     [('quantity', '210 kcal', 210, 'kilocalorie'), ('quantity', '20 g', 20, 'gram')]),
    # ---- qty-running
    ('c151', 'qty-running', 'did 32 km on the long run, longest ever',
     [('quantity', '32 km', 32, 'kilometer')]),
    ('n152', 'qty-running', 'Runners on the up run climb more than 1,800 m over 87 km, organisers said.',
     [('quantity', '1,800 m', 1800, 'meter'), ('quantity', '87 km', 87, 'kilometer')]),
    ('c153', 'qty-running', 'lost 4 kilos training for the half',
     [('quantity', '4 kilos', 4, 'kilogram')]),
    # ---- qty-pool
    ('c154', 'qty-pool', 'the pool holds 48,000 litres, how much chlorine do I need',
     [('quantity', '48,000 litres', 48000, 'liter')]),
    ('c155', 'qty-pool', 'the water in the 25-metre pool is only 26 degrees, freezing',
     [('quantity', '25-metre', 25, 'meter'), ('quantity', '26 degrees', 26, TEMP)]),
    ('n156', 'qty-pool', 'The new diving pool in Kuala Lumpur is 5 m deep at the deep end.',
     [('quantity', '5 m', 5, 'meter')]),
    ('c157', 'qty-pool', 'the pool heater keeps it at a little under 30°C',
     [('quantity', '30°C', 30, 'degree_Celsius')]),
    # ---- qty-bike
    ('c158', 'qty-bike', 'the bike shop in Kisumu set my slicks at 80 psi, feels rock hard',
     [('quantity', '80 psi', 80, 'psi')]),
    ('c159', 'qty-bike', "my son needs a 24-inch wheel bike, he's grown",
     [('quantity', '24-inch', 24, 'inch')]),
    # ---- qty-car
    ('c160', 'qty-car', 'the hire car has a 45-litre tank, will it get us from Perth to Albany',
     [('quantity', '45-litre', 45, 'liter')]),
    ('n161', 'qty-car', "The new estate's boot holds 470 litres, the maker said.",
     [('quantity', '470 litres', 470, 'liter')]),
    # ---- qty-dental
    ('c162', 'qty-dental', 'the dentist said I have 4 mm pockets on my back molars',
     [('quantity', '4 mm', 4, 'millimeter')]),
    # ---- qty-optician
    ('c163', 'qty-optician', 'my frames are 52 mm lens width, bridge 18',
     [('quantity', '52 mm', 52, 'millimeter')]),
    # ---- qty-music
    ('c164', 'qty-music', 'picked up a 20-inch ride cymbal for the kit',
     [('quantity', '20-inch', 20, 'inch')]),
    # ---- qty-catering
    ('c165', 'qty-catering', 'for 200 guests we need 50 kg of rice and 30 litres of zobo',
     [('quantity', '50 kg', 50, 'kilogram'), ('quantity', '30 litres', 30, 'liter')]),
    ('c166', 'qty-catering', 'the wedding cake is three tiers and weighs nigh on 12 kilos',
     [('quantity', '12 kilos', 12, 'kilogram')]),
    ('c167', 'qty-catering', 'keep the ice cream cake at -18°C till the reception',
     [('quantity', '-18°C', -18, 'degree_Celsius')]),
    ('c168', 'qty-catering', 'one and a half kilos of goat meat for the pepper soup',
     [('quantity', 'one and a half kilos', 1.5, 'kilogram')]),
    # ---- qty-photo
    ('c169', 'qty-photo', 'is a 35mm prime better than the 50mm for weddings',
     [('quantity', '35mm', 35, 'millimeter'), ('quantity', '50mm', 50, 'millimeter')]),
    # ---- qty-carpentry
    ('c170', 'qty-carpentry', 'cut the 18mm birch ply into strips 600 mm long',
     [('quantity', '18mm', 18, 'millimeter'), ('quantity', '600 mm', 600, 'millimeter')]),
    ('c171', 'qty-carpentry', 'the worktop is 3 m, I need it at 2.45',
     [('quantity', '3 m', 3, 'meter')]),
    # ---- qty-print
    ('c172', 'qty-print', 'print the invitations on 300gsm card, not 80gsm',
     [('quantity', '300gsm', 300, 'gram/meter**2'), ('quantity', '80gsm', 80, 'gram/meter**2')]),
    # ---- qty-recycling
    ('n173', 'qty-recycling', 'Lagos collected 1,200 tonnes of PET bottles in the first quarter.',
     [('quantity', '1,200 tonnes', 1200, 'tonne')]),
    ('c174', 'qty-recycling', 'we took 14 kg of cans to the buy-back centre in Soweto',
     [('quantity', '14 kg', 14, 'kilogram')]),
    # ---- qty-plumbing
    ('c175', 'qty-plumbing', 'the mains pressure is 3 bar, is that too high for the combi',
     [('quantity', '3 bar', 3, 'bar')]),
    ('c176', 'qty-plumbing', 'need 15mm copper, about 6 metres of it',
     [('quantity', '15mm', 15, 'millimeter'), ('quantity', '6 metres', 6, 'meter')]),
    # ---- qty-funeral
    ('n177', 'qty-funeral', 'Council rules say a grave must be at least 1.8 m deep.',
     [('quantity', '1.8 m', 1.8, 'meter')]),
    # ---- qty-insurance
    ('n178', 'qty-insurance', 'Insurers braced for claims after hail up to 8 cm across hit Johannesburg.',
     [('quantity', '8 cm', 8, 'centimeter')]),
    # ---- qty-cruise
    ('c179', 'qty-cruise', 'our cabin on the cruise was a tiny 14 square metres',
     [('quantity', '14 square metres', 14, 'meter**2')]),
    ('n180', 'qty-cruise', 'The cruise ship cut its speed to 12 knots in the Strait of Magellan.',
     [('quantity', '12 knots', 12, 'knot')]),
    # ---- qty-theatre
    ('n181', 'qty-theatre', 'The chandelier in the touring Phantom set weighs about a tonne.',
     [('quantity', 'a tonne', 1, 'tonne')]),
    # ---- qty-body
    ('c182', 'qty-body', 'at fourteen the lad is already 5 ft 11 and still growing',
     [('quantity', '5 ft 11', 71, 'inch')]),
    # ---- qty-range
    ('c183', 'qty-range', 'the trout we keep have to be 30–35 cm, anything else goes back',
     [('quantity', '30–35 cm', (30, 35), 'centimeter')]),
    ('n184', 'qty-range', 'An adult male gorilla weighs between 140 and 200 kg, the zoo said.',
     [('quantity', '140 and 200 kg', (140, 200), 'kilogram')]),
    # ---- qty-bound
    ('c185', 'qty-bound', 'checked bags on the domestic flight to Kota Kinabalu are 20kg at most',
     [('quantity', '20kg', 20, 'kilogram')]),
    # ---- mixed
    ('c186', 'mixed', 'the excess baggage was 6 kg over and they charged me ₱3,600 at Mactan',
     [('quantity', '6 kg', 6, 'kilogram'), ('money', '₱3,600', 3600, 'PHP')]),
    ('n187', 'mixed', 'A 40ft container of used clothes from Felixstowe to Tema now costs about £2,800 and takes 18 days.',
     [('quantity', '40ft', 40, 'foot'), ('money', '£2,800', 2800, 'GBP'),
      ('duration', '18 days', 18, 'day')]),
    ('c188', 'mixed', 'the municipal bill says R1 840 for 560 kWh, and winter has barely started',
     [('money', 'R1 840', 1840, 'ZAR'), ('quantity', '560 kWh', 560, 'kilowatt_hour')]),
    ('n189', 'mixed', 'Car rental in Kelowna averages $62 a day with 200 km included, a survey found.',
     [('money', '$62', 62, CAD_US), ('quantity', '200 km', 200, 'kilometer')]),
    ('c190', 'mixed', 'the dentist in Dhaka charged Tk 8,000 and the filling took 40 minutes',
     [('money', 'Tk 8,000', 8000, 'BDT'), ('duration', '40 minutes', 40, 'minute')]),
    ('n191', 'mixed', 'Cruise passengers in Bridgetown spend an average of Bds$210 during an eight-hour call.',
     [('money', 'Bds$210', 210, 'BBD'), ('duration', 'eight-hour', 8, 'hour')]),
    ('c192', 'mixed', 'the piano teacher in Vancouver charges $40 and the lessons run 30 minutes',
     [('money', '$40', 40, CAD_US), ('duration', '30 minutes', 30, 'minute')]),
    ('c193', 'mixed', 'drove 6 hours to the fishing lodge and caught a 6 kg pike',
     [('duration', '6 hours', 6, 'hour'), ('quantity', '6 kg', 6, 'kilogram')]),
    ('n194', 'mixed', "Guyana's oil output reached 645,000 bpd, earning the state US$1.6 billion so far this year.",
     [('quantity', '645,000 bpd', 645000, BPD), ('money', 'US$1.6 billion', 1600000000, 'USD')]),
    ('c195', 'mixed', 'the plumber charged ₦35,000 to replace 10 metres of pipe in the kitchen',
     [('money', '₦35,000', 35000, 'NGN'), ('quantity', '10 metres', 10, 'meter')]),
    ('n196', 'mixed', 'Sawmills in Kumasi processed 45,000 cubic metres of logs worth GH₵96 million.',
     [('quantity', '45,000 cubic metres', 45000, 'meter**3'), ('money', 'GH₵96 million', 96000000, 'GHS')]),
    ('c197', 'mixed', 'protein shake is 30 g of whey and 300 ml of milk, costs like RM6 at the gym',
     [('quantity', '30 g', 30, 'gram'), ('quantity', '300 ml', 300, 'milliliter'),
      ('money', 'RM6', 6, 'MYR')]),
    ('c198', 'mixed', 'marathon entry was €95 and my goal is under 3 hrs 30',
     [('money', '€95', 95, 'EUR'), ('duration', '3 hrs 30', 210, 'minute')]),
    ('n199', 'mixed', "The council's new 50-metre pool cost £18.5m and opens after a two-year build.",
     [('quantity', '50-metre', 50, 'meter'), ('money', '£18.5m', 18500000, 'GBP'),
      ('duration', 'two-year', 2, 'year')]),
    ('c200', 'mixed', 'the theatre is 2 hours away and tickets were £42 each',
     [('duration', '2 hours', 2, 'hour'), ('money', '£42', 42, 'GBP')]),
    ('c201', 'mixed', 'the optician in Quezon City charged ₱4,500 and the progressive lenses take 5 days',
     [('money', '₱4,500', 4500, 'PHP'), ('duration', '5 days', 5, 'day')]),
    ('n202', 'mixed', 'The 348-metre cruise ship arrived in Cape Town after 11 days at sea.',
     [('quantity', '348-metre', 348, 'meter'), ('duration', '11 days', 11, 'day')]),
    ('c203', 'mixed', 'the funeral catering was KSh 120,000 and we cooked 4 bags of rice, 90 kg each',
     [('money', 'KSh 120,000', 120000, 'KES'), ('quantity', '90 kg', 90, 'kilogram')]),
    ('n204', 'mixed', 'Printers in Karachi now charge Rs. 18 per copy on 100gsm paper, up from Rs. 12.',
     [('money', 'Rs. 18', 18, RUPEE), ('quantity', '100gsm', 100, 'gram/meter**2'),
      ('money', 'Rs. 12', 12, RUPEE)]),
    ('n205', 'mixed', 'South African Airways charges R350 for each kilogram over the 23 kg limit.',
     [('money', 'R350', 350, 'ZAR'), ('quantity', '23 kg', 23, 'kilogram')]),
    ('c206', 'mixed', 'my remittance of $500 took 3 days to reach Kingston, what a vexation',
     [('money', '$500', 500, JMD_US), ('duration', '3 days', 3, 'day')]),
    ('c207', 'mixed', 'cycled 42 km to the zoo and the ticket was 30 ringgit',
     [('quantity', '42 km', 42, 'kilometer'), ('money', '30 ringgit', 30, 'MYR')]),
    ('c208', 'mixed', 'boiled the crabs for 12 minutes, 2 kg of them for the party',
     [('duration', '12 minutes', 12, 'minute'), ('quantity', '2 kg', 2, 'kilogram')]),
    ('n209', 'mixed', 'The Tema refinery will shut for 45 days to repair a unit that processes 28,000 barrels a day.',
     [('duration', '45 days', 45, 'day'), ('quantity', '28,000 barrels', 28000, 'oil_barrel')]),
    ('c210', 'mixed', 'water bill came to KSh 2,100 for 18 cubic metres, up from last month',
     [('money', 'KSh 2,100', 2100, 'KES'), ('quantity', '18 cubic metres', 18, 'meter**3')]),
    # ---- money-neg
    ('c211', 'money-neg', 'the lawyer told me to pound the table and hold out for a full payout',
     []),
    ('n212', 'money-neg', "The Ghanaian cedi was Africa's worst-performing currency in the first half.",
     []),
    ('c213', 'money-neg', "it'll cost a few grand to fix the roof, no idea exactly",
     []),
    ('c214', 'money-neg', 'lakhs of rupees went on the wedding lights alone, such a waste',
     []),
    ('c215', 'money-neg', 'call the funeral parlour on 0803 412 7765 before 5',
     []),
    ('n216', 'money-neg', 'Two bucks were seen grazing near the Phalaborwa gate on Monday, rangers said.',
     []),
    ('c217', 'money-neg', 'Penny from the choir is doing the flowers for the funeral',
     []),
    ('c218', 'money-neg', 'she paid a pretty penny for that dress, trust me',
     []),
    ('n219', 'money-neg', 'Nickel prices slumped as Indonesian output surged.',
     []),
    ('c220', 'money-neg', 'the M-Pesa till number is 522533, pay there',
     []),
    ('n221', 'money-neg', 'Malawian banks must now hold 26 percent of their deposits in reserve, the regulator ruled.',
     []),
    ('c222', 'money-neg', 'tax refund season again, I hate filling in the forms',
     []),
    ('n223', 'money-neg', 'The Rand Show returns to Nasrec with more than 500 exhibitors.',
     []),
    # ---- dur-neg
    ('c224', 'dur-neg', 'my mum says I should ask another dentist for a second opinion on the root canal',
     []),
    ('n225', 'dur-neg', "The minutes of the water board's meeting were published on Friday.",
     []),
    ('c226', 'dur-neg', "there's a minute detail on the invitation I want changed",
     []),
    ('n227', 'dur-neg', 'The Lagos City Marathon will start at 6:30 am on 8 February.',
     []),
    ('c228', 'dur-neg', 'book me in with the dentist on the 14th at quarter past ten',
     []),
    ('c229', 'dur-neg', 'in a split second the fish was gone, line snapped',
     []),
    ('c230', 'dur-neg', 'the Year 9 swimming gala is on Thursday afternoon',
     []),
    ('n231', 'dur-neg', 'Rain stopped play on day 3 of the Test in Galle.',
     []),
    ('n232', 'dur-neg', 'The 87-year-old swimmer completed the lake crossing on Sunday.',
     []),
    ('n233', 'dur-neg', 'Second-hand bikes sell briskly at the Sunday market in Kibera, traders said.',
     []),
    ('n234', 'dur-neg', 'The World Cup final will be played on 19 July 2026 in New Jersey.',
     []),
    ('c235', 'dur-neg', 'grab me a Minute Maid from the vending machine by the pool',
     []),
    ('c236', 'dur-neg', "just a moment, I'm looking for the booking reference",
     []),
    # ---- qty-neg
    ('c237', 'qty-neg', 'foot the bill? no chance, I paid for the last two rounds',
     []),
    ('n238', 'qty-neg', 'Mining shares inched higher in Johannesburg trading on Tuesday.',
     []),
    ('c239', 'qty-neg', 'scan the photos at 600 dpi so they print nicely',
     []),
    ('c240', 'qty-neg', 'my prescription is -2.25 in the left eye and -1.75 in the right',
     []),
    ('c241', 'qty-neg', 'the bike has 700x28c tyres, do you have tubes for those',
     []),
    ('c242', 'qty-neg', 'print the menu on A4, not A3, the frames are small',
     []),
    ('n243', 'qty-neg', 'Chlorine at the public pool measured 5 ppm, twice the safe limit, inspectors found.',
     []),
    ('c244', 'qty-neg', 'spell it Kilo, Echo, November for the booking',
     []),
    ('n245', 'qty-neg', 'Kelvin Grove residents were told to boil their drinking water until further notice.',
     []),
    ('n246', 'qty-neg', 'The zoo welcomed three lion cubs and a baby giraffe this spring.',
     []),
    ('c247', 'qty-neg', 'my shoe size is 43 for the running trainers',
     []),
    ('n248', 'qty-neg', 'The 1,100-seat theatre in Port of Spain reopened after a renovation.',
     []),
    ('c249', 'qty-neg', "tons of people at the pool today, couldn't even swim a length",
     []),
    ('c250', 'qty-neg', 'the 787 to Nairobi was half empty, loads of legroom',
     []),
]
