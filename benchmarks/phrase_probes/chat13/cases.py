"""Held-out probe chat13: money amounts, durations and physical quantities.

~65% chat/voice-assistant utterances (ids cNNN), ~35% short news lines (ids nNNN);
ids are numbered in one sequence. Every sentence was written for this probe (none is
taken or paraphrased from chat, chat2, chat3, chat4, chat5, chat6, chat7, chat8, chat9,
chat10, chat11, chat12 or classes). Domains lean on what the earlier probes used
least: insurance and claims (deductibles, cover limits, settlements, exclusion
periods, complaint deadlines, no-claims years), payroll and tax (gross and
take-home pay, hourly pay, per diems, 13th-month pay, allowances, thresholds, TDS,
UIF, tax owed, shifts and hours logged), property listings (offers over, OIRO,
asking prices, ground rent, service charge, strata fees, sq yd plots, cents of land
in Kerala, mortgage offers and completion), shipping and logistics (CBM, pallets,
trailers, bulk bags, transit, free time, cut-offs, demurrage, border queues),
agriculture (quintals, microns, tonnes an acre, litres a cow, lakh hectares, PTO
rpm, silage, gestation), sports records (mph fastballs, kph deliveries, homers,
jumps, lifts, the hour record, race and ride times), recipes beyond the basics
(quarts, cl, gill, thirds), weather and climate (feels-like, dew point, heat index,
sea temperature, PM2.5, rain rates, sunshine hours, swell period, brownouts and
load-shedding), energy (BTU, kVA, amps, MW, TWh, per-kWh, per-MMBtu and per-unit
prices), fitness, legal penalties in Singapore, India, the Philippines, Kenya,
Germany, Zambia, Nigeria, South Africa, the UAE, Japan, Australia and the UK,
historical money (pre-decimal sterling, guineas, a nickel, 1950s prices), and
spoken forms from UK, US, Indian, Australian, South African, Nigerian, Kenyan and
Philippine English.
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
(../chat11/cases.py) and chat12's (../chat12/cases.py), all unchanged and decided
before writing the rows (the ../chatN paths are those of
/work/main/benchmarks/phrase_probes/); then:

ADDED IN THIS PROBE (beyond the headers of chat4, chat5, chat6, chat8, chat10, chat11
and chat12; also decided before writing the rows)
General
 * chat4's bound rule (the number itself, as a point value) also covers "in the
   region of", "to the tune of", "upward of", "not exceeding", "must not exceed",
   "capped at", "a tad over", "in the ballpark of", and the estate-agent forms
   "offers over" and "OIRO" (offers in the region of); the emphasis words "a cool"
   and "all of" change nothing ("all of 4 days" = 4 day). "anything from X to Y" is
   one range claim (chat12's "anywhere from").
 * A scale or unit word written only after the second number of a range applies to
   both: "three to four hundred thousand rand" = (300000, 400000) ZAR, "between five
   and six thousand pounds" = (5000, 6000) GBP, "9 or 10 grand" = (9000, 10000),
   "1–1.5 metres" = (1, 1.5) m, "a 10-12 hour shift" = (10, 12) hour, "2½–3 hours" =
   (2.5, 3) hour, "$1.5bn–$2bn" = (1.5e9, 2e9).
 * Hyphenated modifiers are claims of the measure they carry: "a 12-hour shift" =
   12 hour, "a 37.5-hour week" = 37.5 hour (chat6's "a 40-hour week"), "a $40-a-month
   plan" = 40 USD (chat11's "-a-week"), "a 6-foot-tall fence" = 6 foot, "a 9-volt
   battery" = 9 volt, "a 16-ounce porterhouse" = 16 ounce (mass), "a 53-foot trailer"
   = 53 foot, "a 460-foot homer" = 460 foot, "the 1-tonne bulk bags" = 1 tonne,
   "a day-and-a-half workshop" = 1.5 day, "a 200-amp panel" = 200 ampere, "a
   14-day illness exclusion" = 14 day, "a 0.3-acre lot" = 0.3 acre. Counts in
   hyphenated modifiers are not claims ("a 20-storey tower", "a five-bedroom
   farmhouse", "the two-bed").
 * Interval sets: "8 x 400m" and "6 x 3 min" give one claim for the repeated measure
   (400 meter; 3 minute); the repeat count is not a claim.
 * More numbers that are not claims: numbers with no unit even where the domain
   implies one ("doing 110 on the N1", "is the spin class 45 or 60", "the box only
   weighs 8"), engine badges ("the 2.0 TDI"), road and motorway names ("the A9",
   "the M25", "the N1"), tax and payroll form names ("1099", "P60"), shipping
   container type codes ("40HC", "20GP"), unitless plot sizes ("a 30x40", like
   chat11's "9x13 pan"), electricity "units" (a tariff's "per unit" or "a unit" is
   chat4's denominator, and "200 units" or "300 units of electricity" is not a
   claim: "unit" is not a pint unit, like chat12's insulin units), ppm
   concentrations, a heat pump's COP, load-shedding stages ("stage 6"), "PM2.5" (a
   name), Germany's day-fines counted in "daily rates" (a count; the money amount of
   each rate is a claim), exchange rates written with no currency mark on the number
   ("84.5 to the dollar"), bill splits ("50/50"), ordinals ("13th month pay": the
   ordinal is not a claim, the amount is), ages ("a 30-something", "turn 18"), pay
   multipliers ("time and a half") and counts of people, bags, applications and
   rainy seasons.
 * More names and idioms with no claim: "a day late and a dollar short", "not worth
   a red cent", "a pound of flesh", "an ounce of prevention is worth a pound of
   cure", "the whole nine yards", "wouldn't touch it with a ten-foot pole", "in a
   New York minute", "the Mile High City", "grand" in "Grand Slam" and "a grand
   piano"; the titles "For a Few Dollars More", "Half a Sixpence", "24 Hour Party
   People", "40 Days and 40 Nights", "Two Minutes to Midnight", "Sixteen Tons";
   "Channel 4"; hail "the size of golf balls".
Money
 * Pre-decimal sterling is GBP at its value in pounds, with the shilling ("s") =
   1/20 pound and the old penny ("d") = 1/240 pound: "£1 4s 6d" = 1.225 GBP (one
   composite claim), "two shillings and sixpence" = 0.125 GBP, "sixpence" = 0.025
   GBP, "30 shillings" = 1.5 GBP. "guineas" = 1.05 GBP each (a bloodstock sale's
   "2.1 million guineas" = 2205000 GBP).
 * Coin and banknote slang: "a nickel" = 0.05 USD, "a quarter" named as a coin (for
   a parking meter) = 0.25 USD, "three bucks and a quarter" = 3.25 USD (one composite
   claim), "a C-note" = 100 USD, "5 Gs" = 5000 (G = grand: USD or GBP accepted, like
   "grand"); UK "a pony" = 25 GBP and "a monkey" = 500 GBP; "fourteen quid fifty" =
   14.50 GBP (chat5's trailing number).
 * A cost-context "a pound" ("that's like a pound" for a dryer load of electricity)
   = 1 GBP (chat5's "15 pounds in euros"), not a mass.
 * More local marks and words: "P" + amount and "Php" (any case) in a Philippine
   context = PHP; "pesos" in a Philippine city (Davao, Manila) = PHP and
   "centavos" there = 0.01 PHP; "Sh" + amount in Kenya = KES; "K" + amount in Zambia
   (Lusaka) = ZMW; "GH¢" (the cent-sign spelling of chat12's GH₵) = GHS; "N" +
   amount with "k" in Nigeria ("N50k") = 50000 NGN and "20k naira" = 20000 NGN
   (chat8's k next to a mark or word); "R" amounts with a decimal comma in South
   Africa ("R177,12") = 177.12 ZAR; Indian "/-" after an amount marks whole rupees
   ("Rs 45,000/-" = 45000); cheque wording "Rupees fifty thousand only" = 50000
   (chat4's rupee tuple); "L" glued after a ₹ amount = lakh ("₹18.5L" = 1850000
   INR); "₹2,340-crore" (hyphenated scale) = 2.34e10 INR; "two and a half thousand
   rupees" = 2500 (rupee tuple); "₱" = PHP (chat6).
 * Bare "$" and "bucks" in a sentence set in Australia, Canada or South Africa (a
   named city or the country) accept that country's currency or chat4's default
   USD: a "$130" fine in Sydney = 130 AUD or USD, strata fees in Vancouver in "$" =
   CAD or USD, "120 bucks" in Joburg = ZAR or USD. Cents written "c" in an
   Australian context stay AUD only (chat12); "A$" = AUD and "US$" = USD (chat5).
 * Payroll, tax, insurance and property amounts are ordinary money claims: gross and
   take-home pay, hourly pay, per diems, 13th-month pay, hazard and meal allowances,
   payslip deductions (UIF, TDS), tax-free allowances and thresholds, tax owed, flat
   penalties, deductibles, cover limits, settlements, damages, asking prices, ground
   rent, service charges and strata fees. Tax rates and tariff percentages are
   percentages (nothing).
 * chat4's rate-denominator rule in the new domains: "per MMBtu", "per kWh", "a
   kilowatt-hour" ("R3.01 a kilowatt-hour": the kilowatt-hour is neither money nor
   a quantity claim), "per unit", "a unit", "a mile" ("45p a mile" = 0.45 GBP),
   "per CBM", "per container per day", "a day" (a per diem), "per
   condition", "per annum", "a pop", "a kilo", "an hour", and a denominator with a
   number ("£38 per 45 minutes" = 38 GBP only, chat10's "per 100 g"). The price of a
   sized pack names the pack as the measured thing (chat4's "a kilo of tomatoes"):
   "a 25 kg bag of maize meal ... K280" and "a 2.5 kg bag of atta is ₹320" give the
   mass and the money.
Durations
 * Work time is a duration: shifts ("a 12-hour shift", "a 10-12 hour shift"),
   hours logged in a week, overtime thresholds ("after 40 hours"), strikes,
   probation; "biweekly" and "every other friday" are frequencies and a payroll
   cut-off "at 1900 hours" is a clock time (chat10's "2200 hrs"): nothing.
 * Insurance, property and logistics periods are durations: no-claims years in the
   possessive ("five years' no-claims" = 5 year, chat10's possessive), illness
   exclusions, complaint deadlines, time a claim sits with a loss adjuster, the
   validity of a mortgage offer, time to completion, transit times, port free time,
   cut-offs ("48 hrs before the vessel sails"), border queues, ETAs ("ETA in 2d 4h"
   = 52 hour, chat8's glued "d" and "h"), and "a week and two days" = 9 day.
 * Weather durations: "14 hours of sunshine", a brownout or load-shedding block
   ("2 and a half hours" = 2.5 hour), a swell's period ("a 14-second period" =
   14 second), a typhoon "for 18 straight hours" and "five consecutive days" (the
   inserted adjective changes nothing).
 * Spoken and regional forms: "1 hour and a half" (Philippine English) = 1.5 hour;
   "one and a quarter hour" (Indian English, singular unit) = 1.25 hour; "a minute
   and a quarter" = 1.25 minute; "two and three-quarter hours" = 2.75 hour; "7 and a
   half hrs" = 7.5 hour; "a third of an hour" = 1/3 hour; "20 mins' drive"
   (possessive) = 20 minute; "2 hours 15" = 135 minute (chat5's trailing number);
   South African "just now" and "now-now" are not durations (an explicit amount next
   to them still is).
 * Pace and race times: an "m:ss" pace with a mile named in the sentence ("9:30 mile
   pace", "a 5-mile run at 9:30 pace") = 570 second (chat11's "5:15/km"; the mile is
   the denominator); "a 3:43.13 mile" = 223.13 second with the mile unclaimed (like
   chat11's "an 8-minute mile"); a ride or marathon time written h:mm:ss ("my Zwift
   ride was 1:32:10", "the Kenyan's 2:09:56") is a duration (chat6).
 * Court terms in several jurisdictions are durations: "three years' rigorous
   imprisonment", "seven years with hard labour", "240 hours of community service",
   "up to six years in prison", an alternative sentence ("a R50,000 fine or 5
   years": both claims).
 * A gestation written as months and days is one claim; it is expected in months
   ("nine months and ten days" = 9 + 10/30.4375 month) so the scorer's 2.5% month
   tolerance applies.
 * "in an hour" in a record ("rode 56.792 km in an hour") = 1 hour (chat4's "a").
Quantities
 * New units and spellings: "ks", "kms" and "klicks" in a distance = kilometer (not
   thousands, not money); "kph" = kilometer/hour; "CBM" = meter**3 (freight cubic
   metres); "cl" = centiliter; "micron" = micrometer (wool fineness); "BTU" on an air
   conditioner = Btu (Btu/hour also accepted); "kVA" = kilovolt_ampere; "amp" =
   ampere; "quart" accepts the US or imperial quart; "sq yd" = yard**2; "gill" =
   gill; "cals" = kilocalorie (chat5's "calories"); "terawatt-hours" =
   terawatt_hour; "MW" = megawatt; "sqm" = meter**2 (chat11).
 * "quintals" (100 kg; not a pint unit) are a mass expected in kilogram: "12,000
   quintals" = 1200000 kilogram. "cents of land" in Kerala (1 cent = 1/100 acre) are
   an area expected in acre: "2.5 cents of land" = 0.025 acre, and not money.
 * Scale words apply to quantities (chat6): "35 lakh hectares" = 3500000 hectare,
   "7.9 million kilograms" = 7900000 kilogram.
 * "µg/m³" of PM2.5 accepts the numerator or the concentration (microgram or
   microgram/meter**3), like chat12's "2 L/min".
 * Temperatures given as "feel like", heat index, dew point or a sea or lake
   temperature are temperature quantities ("degrees" with no scale: chat4's TEMP).
 * chat4's rate rule in the new domains: "3.8 tonnes an acre" = 3.8 tonne, "28
   litres a day each" = 28 liter, "25 mm an hour" = 25 mm.
 * Sports marks are quantities: a pitch or delivery speed ("a 102 mph fastball",
   "bowling at 152 kph"), a home run or golf drive distance, a jump ("8.95 m long
   jump"), a lift ("267 kg in the clean and jerk"), the distance of the hour record;
   "the clean and jerk", "the long jump", "the super over" and "the ninth inning"
   are names and ordinals.
 * Recipe and kitchen forms: "a 4-quart Dutch oven" = 4 quart, "a 70cl bottle" =
   70 centiliter, "a gill of cream" = 1 gill, "one and a third cups" = 4/3 cup,
   "2⅓ cups" = 7/3 cup; "a knob of butter" and "one sachet" are not claims; "in ml"
   and "in cubic feet" are conversion targets (chat5).
 * Composites and fractions: "2 feet 7 and a half inches" = 31.5 inch, "51 and a
   half centimetres" = 51.5 centimeter, "a sixteenth of an inch" = 0.0625 inch,
   "half a ton" = 0.5 ton (chat8's ton tuple).
 * Dimensions "120 x 100 x 150 cm" = one claim per number (chat10); round bales
   "4 ft across" = 4 foot.
"""

RUPEE = ("INR", "PKR", "LKR", "NPR")  # "Rs", "rupees"
KR = ("NOK", "SEK", "DKK", "ISK")  # "kr"
YEN = ("JPY", "CNY")  # "¥"
GRAND = ("USD", "GBP")  # "grand"; also "a fiver", "a tenner", "mil" with no currency, "Gs"
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
THERM = ("therm", "US_therm")  # "therms"
CWT = ("hundredweight", "long_hundredweight")  # "cwt"
CFA = ("XOF", "XAF")  # "CFA", "CFA francs"
MBS = ("megabyte/second", "mebibyte/second")  # "MB/s"
QUART = ("quart", "imperial_quart")  # "quart(s)"
BTU = ("Btu", "Btu/hour")  # "BTU" on an air conditioner
PM = ("microgram", "microgram/meter**3")  # "µg/m³"
AUD_US = ("AUD", "USD")  # bare "$" or "bucks" set in Australia
CAD_US = ("CAD", "USD")  # bare "$" set in Canada
ZAR_US = ("ZAR", "USD")  # "bucks" set in South Africa


ROWS = [
    # ---- money-insurance
    ('c001', 'money-insurance', 'my pet insurance deductible is $300 per condition',
     [('money', '$300', 300, 'USD')]),
    ('n002', 'money-insurance', 'The insurer agreed an A$1.75 million settlement with the flood-hit shire council.',
     [('money', 'A$1.75 million', 1750000, 'AUD')]),
    ('c003', 'money-insurance', 'is £2 million public liability cover enough for a dog walker',
     [('money', '£2 million', 2000000, 'GBP')]),
    ('n004', 'money-insurance', "Lloyd's underwriters face claims in the region of $3bn from the port explosion.",
     [('money', '$3bn', 3000000000, 'USD')]),
    # ---- money-payroll
    ('c005', 'money-payroll', 'my gross is £2,850 a month but take-home is only £2,214',
     [('money', '£2,850', 2850, 'GBP'), ('money', '£2,214', 2214, 'GBP')]),
    ('c006', 'money-payroll', 'my 13th month pay came in at ₱38,500 this year',
     [('money', '₱38,500', 38500, 'PHP')]),
    ('c007', 'money-payroll', 'the per diem for Chicago is $79 a day',
     [('money', '$79', 79, 'USD')]),
    ('n008', 'money-payroll', 'Night-shift nurses in Lagos will get a N50k monthly hazard allowance.',
     [('money', 'N50k', 50000, 'NGN')]),
    ('c009', 'money-payroll', 'the UIF deduction on my payslip is R177,12',
     [('money', 'R177,12', 177.12, 'ZAR')]),
    ('c010', 'money-payroll', "overtime's paid at time and a half on top of my $26.40 an hour",
     [('money', '$26.40', 26.4, 'USD')]),
    # ---- money-tax
    ('n011', 'money-tax', 'The personal allowance stays frozen at £12,570 until 2028.',
     [('money', '£12,570', 12570, 'GBP')]),
    ('c012', 'money-tax', 'TDS of ₹12,400 was cut from my salary in March',
     [('money', '₹12,400', 12400, 'INR')]),
    ('n013', 'money-tax', "Australia's tax-free threshold remains $18,200 for residents.",
     [('money', '$18,200', 18200, AUD_US)]),
    ('c014', 'money-tax', 'i owe the IRS like 3 grand because of my 1099 income',
     [('money', '3 grand', 3000, GRAND)]),
    ('n015', 'money-tax', 'HMRC charges a flat £100 penalty for a late self-assessment return.',
     [('money', '£100', 100, 'GBP')]),
    # ---- money-property
    ('n016', 'money-property', 'The five-bedroom farmhouse near Hay-on-Wye is for sale at offers over £695,000.',
     [('money', '£695,000', 695000, 'GBP')]),
    ('c017', 'money-property', 'the listing says OIRO £249,950 for the two-bed',
     [('money', '£249,950', 249950, 'GBP')]),
    ('n018', 'money-property', 'Average strata fees in Vancouver rose to $480 a month, a survey found.',
     [('money', '$480', 480, CAD_US)]),
    ('c019', 'money-property', 'the leasehold flat has ground rent of £250 per annum and a £1,800 service charge',
     [('money', '£250', 250, 'GBP'), ('money', '£1,800', 1800, 'GBP')]),
    ('c020', 'money-property', "the seller's asking 1.2 mil for the ranch in Texas",
     [('money', '1.2 mil', 1200000, GRAND)]),
    # ---- money-energy
    ('n021', 'money-energy', 'US natural gas futures settled at $3.21 per MMBtu.',
     [('money', '$3.21', 3.21, 'USD')]),
    ('c022', 'money-energy', 'our electricity is 28.6c per kWh in Adelaide, is that normal',
     [('money', '28.6c', 0.286, 'AUD')]),
    ('c023', 'money-energy', 'the power company here charges ₹8 per unit after 200 units',
     [('money', '₹8', 8, 'INR')]),
    ('n024', 'money-energy', "Eskom's tariff rises by 12.7% to R3.01 a kilowatt-hour for municipalities.",
     [('money', 'R3.01', 3.01, 'ZAR')]),
    # ---- money-legal
    ('n025', 'money-legal', 'Singapore fined the man S$2,000 for feeding pigeons.',
     [('money', 'S$2,000', 2000, 'SGD')]),
    ('n026', 'money-legal', 'Drivers in Delhi caught without a valid PUC certificate face a fine of ₹10,000.',
     [('money', '₹10,000', 10000, 'INR')]),
    ('n027', 'money-legal', 'The contractor must pay P1.2 million after a Quezon City court found the seawall defective.',
     [('money', 'P1.2 million', 1200000, 'PHP')]),
    ('n028', 'money-legal', 'A Nairobi court fined the matatu owner Sh200,000 for overloading.',
     [('money', 'Sh200,000', 200000, 'KES')]),
    ('n029', 'money-legal', 'The Berlin court imposed 90 daily rates of 50 euros on the activist.',
     [('money', '50 euros', 50, 'EUR')]),
    ('n030', 'money-legal', 'A Lusaka magistrate fined the trader K15,000 for selling expired mealie meal.',
     [('money', 'K15,000', 15000, 'ZMW')]),
    ('n031', 'money-legal', 'Sydney raised the fine for stopping in a clearway to $130.',
     [('money', '$130', 130, AUD_US)]),
    ('n032', 'money-legal', 'The Abuja court fined the firm N5 million for polluting the stream.',
     [('money', 'N5 million', 5000000, 'NGN')]),
    # ---- money-historic
    ('c033', 'money-historic', 'the receipt in the attic says £1 4s 6d for a pair of boots',
     [('money', '£1 4s 6d', 1.225, 'GBP')]),
    ('n034', 'money-historic', 'A yearling colt sold for 2.1 million guineas at Tattersalls.',
     [('money', '2.1 million guineas', 2205000, 'GBP')]),
    ('c035', 'money-historic', 'dad paid two shillings and sixpence for the pictures in 1962',
     [('money', 'two shillings and sixpence', 0.125, 'GBP')]),
    ('n036', 'money-historic', 'The United States bought Alaska from Russia for $7.2 million in 1867.',
     [('money', '$7.2 million', 7200000, 'USD')]),
    ('c037', 'money-historic', "my grandad's first wage was 30 shillings a week",
     [('money', '30 shillings', 1.5, 'GBP')]),
    # ---- money-slang
    ('c038', 'money-slang', 'he bet me a pony the Spurs would bottle it',
     [('money', 'a pony', 25, 'GBP')]),
    ('c039', 'money-slang', 'the mechanic wants a monkey cash for the gearbox',
     [('money', 'a monkey', 500, 'GBP')]),
    ('c040', 'money-slang', 'can you spot me a C-note till payday',
     [('money', 'a C-note', 100, 'USD')]),
    ('c041', 'money-slang', 'got a quarter for the parking meter?',
     [('money', 'a quarter', 0.25, 'USD')]),
    ('c042', 'money-slang', 'gumballs were a nickel a pop when i was a kid',
     [('money', 'a nickel', 0.05, 'USD')]),
    ('c043', 'money-slang', 'he dropped 5 Gs on a watch, smh',
     [('money', '5 Gs', 5000, GRAND)]),
    ('c044', 'money-slang', 'in Joburg an Uber to Sandton is like 120 bucks',
     [('money', '120 bucks', 120, ZAR_US)]),
    # ---- money-india
    ('c045', 'money-india', 'please write the cheque for Rupees fifty thousand only',
     [('money', 'Rupees fifty thousand', 50000, RUPEE)]),
    ('c046', 'money-india', 'the bike on OLX is Rs 45,000/- fixed price',
     [('money', 'Rs 45,000/-', 45000, RUPEE)]),
    ('c047', 'money-india', 'my brother got an offer of ₹18.5L CTC in Hyderabad',
     [('money', '₹18.5L', 1850000, 'INR')]),
    ('n048', 'money-india', 'The civic body cleared a ₹2,340-crore budget for roads.',
     [('money', '₹2,340-crore', 23400000000, 'INR')]),
    ('c049', 'money-india', 'the tailor in Chennai asked two and a half thousand rupees for the blouse',
     [('money', 'two and a half thousand rupees', 2500, RUPEE)]),
    # ---- money-africa
    ('c050', 'money-africa', 'the chemist in Kumasi sells it for GH¢45',
     [('money', 'GH¢45', 45, 'GHS')]),
    ('c051', 'money-africa', 'i sent my sister 20k naira for her school fees',
     [('money', '20k naira', 20000, 'NGN')]),
    # ---- money-range
    ('c052', 'money-range', 'a decent used bakkie here is three to four hundred thousand rand',
     [('money', 'three to four hundred thousand rand', (300000, 400000), 'ZAR')]),
    ('c053', 'money-range', 'a new roof will run you between five and six thousand pounds',
     [('money', 'five and six thousand pounds', (5000, 6000), 'GBP')]),
    ('c054', 'money-range', 'he reckons the van will fetch 9 or 10 grand',
     [('money', '9 or 10 grand', (9000, 10000), GRAND)]),
    ('n055', 'money-range', 'Claims from the hailstorm are expected to total $1.5bn–$2bn.',
     [('money', '$1.5bn–$2bn', (1500000000, 2000000000), 'USD')]),
    ('n056', 'money-range', 'Stands in the new Harare suburb range from US$15,000 to US$40,000.',
     [('money', 'US$15,000 to US$40,000', (15000, 40000), 'USD')]),
    # ---- money-bound
    ('n057', 'money-bound', 'The family is seeking damages to the tune of $250,000.',
     [('money', '$250,000', 250000, 'USD')]),
    ('n058', 'money-bound', 'Shipping a container from Ningbo to Mombasa now costs upward of $4,000.',
     [('money', '$4,000', 4000, 'USD')]),
    ('n059', 'money-bound', 'Auctioneers put the Basquiat in the ballpark of $40 million.',
     [('money', '$40 million', 40000000, 'USD')]),
    # ---- money-scale
    ('n060', 'money-scale', 'The Senate approved a Php 6.35 trillion budget for next year.',
     [('money', 'Php 6.35 trillion', 6350000000000, 'PHP')]),
    ('n061', 'money-scale', "Kenya's treasury plans to borrow Sh1.2 trillion on the local market.",
     [('money', 'Sh1.2 trillion', 1200000000000, 'KES')]),
    ('c062', 'money-scale', 'they paid a cool $3.5M for the beach house',
     [('money', '$3.5M', 3500000, 'USD')]),
    # ---- money-composite
    ('c063', 'money-composite', 'the tricycle driver in Davao asked for 45 pesos and 50 centavos',
     [('money', '45 pesos and 50 centavos', 45.5, 'PHP')]),
    ('c064', 'money-composite', 'she charged me fourteen quid fifty for the taxi',
     [('money', 'fourteen quid fifty', 14.5, 'GBP')]),
    ('c065', 'money-composite', 'the vending machine took three bucks and a quarter',
     [('money', 'three bucks and a quarter', 3.25, 'USD')]),
    # ---- money-rate
    ('c066', 'money-rate', 'LCL freight is quoted at $65 per CBM to Durban',
     [('money', '$65', 65, 'USD')]),
    ('c067', 'money-rate', 'the maths tutor charges £38 per 45 minutes',
     [('money', '£38', 38, 'GBP')]),
    ('n068', 'money-rate', 'Demurrage at the port now runs at $150 per container per day.',
     [('money', '$150', 150, 'USD')]),
    # ---- money-neg
    ('c069', 'money-neg', 'did you get your 1099 from the agency yet',
     []),
    ('c070', 'money-neg', 'he always turns up a day late and a dollar short',
     []),
    ('c071', 'money-neg', "that old printer's not worth a red cent",
     []),
    ('c072', 'money-neg', 'put For a Few Dollars More on the big screen',
     []),
    ('n073', 'money-neg', 'Serena Williams won 23 Grand Slam singles titles.',
     []),
    ('c074', 'money-neg', "we're getting a grand piano for the church hall",
     []),
    ('c075', 'money-neg', 'the landlord wants his pound of flesh over one stained carpet',
     []),
    ('n076', 'money-neg', 'A revival of Half a Sixpence opens at Chichester in May.',
     []),
    ('c077', 'money-neg', "let's do a 50/50 split on the bill",
     []),
    ('n078', 'money-neg', 'The rupee hit a record low of 84.5 to the dollar.',
     []),
    ('c079', 'money-neg', 'the P60 from my old job has the wrong address on it',
     []),
    # ---- dur-work
    ('c080', 'dur-work', "i'm on a 12-hour shift tomorrow, cook something that keeps",
     [('duration', '12-hour', 12, 'hour')]),
    ('c081', 'dur-work', 'logged 52 hours this week, my manager owes me',
     [('duration', '52 hours', 52, 'hour')]),
    ('c082', 'dur-work', 'the contract says a 37.5-hour week, but we do way more',
     [('duration', '37.5-hour', 37.5, 'hour')]),
    ('n083', 'dur-work', 'Junior doctors will strike for five consecutive days from Tuesday.',
     [('duration', 'five consecutive days', 5, 'day')]),
    ('c084', 'dur-work', 'overtime kicks in after 40 hours, right?',
     [('duration', '40 hours', 40, 'hour')]),
    ('c085', 'dur-work', 'i did a 10-12 hour shift at the warehouse yesterday',
     [('duration', '10-12 hour', (10, 12), 'hour')]),
    ('c086', 'dur-work', 'my probation got extended by another 3 months',
     [('duration', '3 months', 3, 'month')]),
    # ---- dur-insurance
    ('c087', 'dur-insurance', "i've got five years' no-claims on the car",
     [('duration', "five years'", 5, 'year')]),
    ('c088', 'dur-insurance', 'the pet policy has a 14-day illness exclusion',
     [('duration', '14-day', 14, 'day')]),
    ('c089', 'dur-insurance', 'the loss adjuster has had my file for 11 weeks now',
     [('duration', '11 weeks', 11, 'week')]),
    ('n090', 'dur-insurance', 'Insurers must answer a complaint within eight weeks, the ombudsman said.',
     [('duration', 'eight weeks', 8, 'week')]),
    ('c091', 'dur-insurance', 'the claim could take anything from 6 to 10 weeks',
     [('duration', '6 to 10 weeks', (6, 10), 'week')]),
    # ---- dur-logistics
    ('c092', 'dur-logistics', 'transit from Shanghai to Felixstowe is 28–32 days at the moment',
     [('duration', '28–32 days', (28, 32), 'day')]),
    ('c093', 'dur-logistics', 'we get 7 days free time at the port before demurrage starts',
     [('duration', '7 days', 7, 'day')]),
    ('c094', 'dur-logistics', 'the VGM cut-off is 48 hrs before the vessel sails',
     [('duration', '48 hrs', 48, 'hour')]),
    ('n095', 'dur-logistics', 'Trucks queued for up to 36 hours at the Beitbridge border post.',
     [('duration', '36 hours', 36, 'hour')]),
    ('c096', 'dur-logistics', 'the courier app says ETA in 2d 4h',
     [('duration', '2d 4h', 52, 'hour')]),
    ('c097', 'dur-logistics', 'customs held the pallet for a week and two days',
     [('duration', 'a week and two days', 9, 'day')]),
    ('n098', 'dur-logistics', 'Ships are taking an extra 10 to 14 days to sail around the Cape.',
     [('duration', '10 to 14 days', (10, 14), 'day')]),
    # ---- dur-weather
    ('n099', 'dur-weather', 'London recorded just 14 hours of sunshine in the whole of December.',
     [('duration', '14 hours', 14, 'hour')]),
    ('n100', 'dur-weather', 'Parts of Luzon endured a 10-hour brownout after the typhoon.',
     [('duration', '10-hour', 10, 'hour')]),
    ('c101', 'dur-weather', 'load-shedding is 2 and a half hours tonight, stage 6',
     [('duration', '2 and a half hours', 2.5, 'hour')]),
    ('n102', 'dur-weather', 'The typhoon lashed the islands for 18 straight hours.',
     [('duration', '18 straight hours', 18, 'hour')]),
    # ---- dur-fitness
    ('c103', 'dur-fitness', 'my tempo runs are at 9:30 mile pace these days',
     [('duration', '9:30', 570, 'second')]),
    ('c104', 'dur-fitness', 'today was 6 x 3 min hard with 90 s recovery',
     [('duration', '3 min', 3, 'minute'), ('duration', '90 s', 90, 'second')]),
    ('c105', 'dur-fitness', 'my Zwift ride was 1:32:10, new record',
     [('duration', '1:32:10', 5530, 'second')]),
    ('c106', 'dur-fitness', 'between rounds i rest a minute and a quarter',
     [('duration', 'a minute and a quarter', 1.25, 'minute')]),
    # ---- dur-sport
    ('n107', 'dur-sport', 'He ran a 3:43.13 mile in Rome in 1999.',
     [('duration', '3:43.13', 223.13, 'second')]),
    ('n108', 'dur-sport', 'The Test was called off after only 61 minutes of play.',
     [('duration', '61 minutes', 61, 'minute')]),
    ('n109', 'dur-sport', 'The featherweight bout was over in 37 seconds.',
     [('duration', '37 seconds', 37, 'second')]),
    ('c110', 'dur-sport', 'the super over took like ten minutes, what a finish',
     [('duration', 'ten minutes', 10, 'minute')]),
    ('n111', 'dur-sport', "The Kenyan's 2:09:56 in Chicago is the women's world record.",
     [('duration', '2:09:56', 7796, 'second')]),
    # ---- dur-legal
    ('n112', 'dur-legal', 'The Dubai court jailed the pair for three months and ordered their deportation.',
     [('duration', 'three months', 3, 'month')]),
    ('n113', 'dur-legal', 'Under the new Philippine law, violators face up to six years in prison.',
     [('duration', 'six years', 6, 'year')]),
    ('n114', 'dur-legal', 'The Lagos tribunal sentenced the officials to seven years with hard labour.',
     [('duration', 'seven years', 7, 'year')]),
    ('n115', 'dur-legal', "The Delhi court awarded three years' rigorous imprisonment for the fraud.",
     [('duration', "three years'", 3, 'year')]),
    ('n116', 'dur-legal', 'Japanese prosecutors sought a 10-year term for the former executive.',
     [('duration', '10-year', 10, 'year')]),
    ('n117', 'dur-legal', 'The Queensland court ordered 240 hours of community service.',
     [('duration', '240 hours', 240, 'hour')]),
    # ---- dur-regional
    ('c118', 'dur-regional', 'the jeepney ride to Quiapo took 1 hour and a half because of traffic',
     [('duration', '1 hour and a half', 1.5, 'hour')]),
    ('c119', 'dur-regional', "i'll be there in 10 minutes, i'm coming now-now",
     [('duration', '10 minutes', 10, 'minute')]),
    ('c120', 'dur-regional', 'the go-slow on Third Mainland Bridge held us for 2 hours 15',
     [('duration', '2 hours 15', 135, 'minute')]),
    ('c121', 'dur-regional', "it's about 20 mins' drive from the servo, mate",
     [('duration', "20 mins'", 20, 'minute')]),
    ('c122', 'dur-regional', 'the local from Pune to Lonavala is one and a quarter hour only',
     [('duration', 'one and a quarter hour', 1.25, 'hour')]),
    ('c123', 'dur-regional', 'the matatu took forty-five minutes to fill up before leaving',
     [('duration', 'forty-five minutes', 45, 'minute')]),
    # ---- dur-spoken
    ('c124', 'dur-spoken', 'we booked a day-and-a-half workshop on payroll compliance',
     [('duration', 'day-and-a-half', 1.5, 'day')]),
    ('c125', 'dur-spoken', 'two and three-quarter hours to Galway on the bus',
     [('duration', 'two and three-quarter hours', 2.75, 'hour')]),
    ('c126', 'dur-spoken', 'stick the stew in the slow cooker for 7 and a half hrs on low',
     [('duration', '7 and a half hrs', 7.5, 'hour')]),
    ('c127', 'dur-spoken', 'the audiobook is 11 hrs 42 mins at normal speed',
     [('duration', '11 hrs 42 mins', 702, 'minute')]),
    ('c128', 'dur-spoken', 'a third of an hour is how many minutes',
     [('duration', 'a third of an hour', 1 / 3, 'hour')]),
    # ---- dur-bound
    ('c129', 'dur-bound', "stays not exceeding 90 days don't need a visa",
     [('duration', '90 days', 90, 'day')]),
    ('c130', 'dur-bound', 'a tad over two hours on the M25 this morning',
     [('duration', 'two hours', 2, 'hour')]),
    ('n131', 'dur-bound', 'Auditors said the review would take in the region of 18 months.',
     [('duration', '18 months', 18, 'month')]),
    ('c132', 'dur-bound', 'the visa decision took all of 4 days, impressive',
     [('duration', '4 days', 4, 'day')]),
    # ---- dur-property
    ('c133', 'dur-property', 'the mortgage offer is valid for six months from today',
     [('duration', 'six months', 6, 'month')]),
    ('c134', 'dur-property', 'completion usually takes 12 to 16 weeks after the offer',
     [('duration', '12 to 16 weeks', (12, 16), 'week')]),
    # ---- dur-kitchen
    ('c135', 'dur-kitchen', 'confit the duck legs low and slow for 2½–3 hours',
     [('duration', '2½–3 hours', (2.5, 3), 'hour')]),
    # ---- dur-agri
    ('n136', 'dur-agri', 'A cow carries her calf for about nine months and ten days.',
     [('duration', 'nine months and ten days', 9 + 10 / 30.4375, 'month')]),
    ('c137', 'dur-agri', 'the silage needs 6 weeks in the clamp before we open it',
     [('duration', '6 weeks', 6, 'week')]),
    ('c138', 'dur-agri', 'we irrigate for 40 minutes every 3 days in summer',
     [('duration', '40 minutes', 40, 'minute'), ('duration', '3 days', 3, 'day')]),
    # ---- dur-neg
    ('c139', 'dur-neg', 'remind me biweekly to submit my timesheet',
     []),
    ('c140', 'dur-neg', 'payday is every other friday, right?',
     []),
    ('c141', 'dur-neg', 'the payroll run locks at 1900 hours on thursday',
     []),
    ('c142', 'dur-neg', "i'll sort the invoice just now, relax",
     []),
    ('c143', 'dur-neg', "she's a 30-something accountant from Cebu",
     []),
    ('c144', 'dur-neg', 'put on 24 Hour Party People',
     []),
    ('n145', 'dur-neg', '40 Days and 40 Nights airs on Channel 4 tonight.',
     []),
    ('c146', 'dur-neg', 'play Two Minutes to Midnight by Iron Maiden',
     []),
    ('c147', 'dur-neg', 'i need the report back in a New York minute',
     []),
    ('c148', 'dur-neg', 'is the spin class 45 or 60 today',
     []),
    ('n149', 'dur-neg', 'The drought in the Horn of Africa has stretched across five failed rainy seasons.',
     []),
    ('c150', 'dur-neg', 'my twins turn 18 on sunday',
     []),
    # ---- qty-shipping
    ('c151', 'qty-shipping', 'the crate came to 3.2 CBM, how much is that in cubic feet',
     [('quantity', '3.2 CBM', 3.2, 'meter**3')]),
    ('c152', 'qty-shipping', 'volumetric weight is 12.5 kg but the box only weighs 8',
     [('quantity', '12.5 kg', 12.5, 'kilogram')]),
    ('c153', 'qty-shipping', 'max payload on a 53-foot trailer is about 45,000 lbs',
     [('quantity', '53-foot', 53, 'foot'), ('quantity', '45,000 lbs', 45000, 'pound')]),
    ('c154', 'qty-shipping', 'each pallet is 120 x 100 x 150 cm and around 800 kg',
     [('quantity', '120', 120, 'centimeter'), ('quantity', '100', 100, 'centimeter'),
      ('quantity', '150 cm', 150, 'centimeter'), ('quantity', '800 kg', 800, 'kilogram')]),
    ('n155', 'qty-shipping', 'The bulk carrier loaded 62,000 tonnes of soybeans at Santos.',
     [('quantity', '62,000 tonnes', 62000, 'tonne')]),
    ('c156', 'qty-shipping', 'we need 20 of the 1-tonne bulk bags for the gravel',
     [('quantity', '1-tonne', 1, 'tonne')]),
    ('n157', 'qty-shipping', 'A 26-metre turbine blade blocked the A9 overnight.',
     [('quantity', '26-metre', 26, 'meter')]),
    # ---- qty-agri
    ('c158', 'qty-agri', 'the wheat came off at 3.8 tonnes an acre',
     [('quantity', '3.8 tonnes', 3.8, 'tonne')]),
    ('n159', 'qty-agri', 'Farmers in Latur brought 12,000 quintals of soybean to the mandi on Monday.',
     [('quantity', '12,000 quintals', 1200000, 'kilogram')]),
    ('n160', 'qty-agri', 'The top merino bale at the Dubbo sale measured 15.2 micron.',
     [('quantity', '15.2 micron', 15.2, 'micrometer')]),
    ('c161', 'qty-agri', 'the cows are giving about 28 litres a day each',
     [('quantity', '28 litres', 28, 'liter')]),
    ('n162', 'qty-agri', 'Punjab farmers sowed wheat on 35 lakh hectares this season.',
     [('quantity', '35 lakh hectares', 3500000, 'hectare')]),
    ('c163', 'qty-agri', 'the PTO runs at 540 rpm on the old Massey',
     [('quantity', '540 rpm', 540, 'revolutions_per_minute')]),
    ('c164', 'qty-agri', 'my dad has 2.5 cents of land near Thrissur',
     [('quantity', '2.5 cents', 0.025, 'acre')]),
    ('c165', 'qty-agri', 'the round bales are 4 ft across and about 500 kg each',
     [('quantity', '4 ft', 4, 'foot'), ('quantity', '500 kg', 500, 'kilogram')]),
    # ---- qty-property
    ('n166', 'qty-property', 'Plots of 200 sq yd in the new Hyderabad layout drew over 3,000 applications.',
     [('quantity', '200 sq yd', 200, 'yard**2')]),
    ('c167', 'qty-property', 'the semi has a 60ft south-facing garden',
     [('quantity', '60ft', 60, 'foot')]),
    ('n168', 'qty-property', 'The listing boasts 4,200 square feet on a 0.3-acre lot.',
     [('quantity', '4,200 square feet', 4200, 'square_foot'), ('quantity', '0.3-acre', 0.3, 'acre')]),
    # ---- qty-energy
    ('c169', 'qty-energy', 'the window unit is 12,000 BTU, enough for a 400 sq ft room?',
     [('quantity', '12,000 BTU', 12000, BTU), ('quantity', '400 sq ft', 400, 'square_foot')]),
    ('c170', 'qty-energy', 'we run a 7.5 kVA gen whenever NEPA takes light',
     [('quantity', '7.5 kVA', 7.5, 'kilovolt_ampere')]),
    ('c171', 'qty-energy', 'the oil heater is 1.5 kW, what does that cost to run',
     [('quantity', '1.5 kW', 1.5, 'kilowatt')]),
    ('n172', 'qty-energy', 'The new solar farm in Limpopo will add 250 MW to the grid.',
     [('quantity', '250 MW', 250, 'megawatt')]),
    ('n173', 'qty-energy', 'The country consumed 280 terawatt-hours of electricity last year.',
     [('quantity', '280 terawatt-hours', 280, 'terawatt_hour')]),
    ('c174', 'qty-energy', 'grab a 9-volt battery for the smoke alarm',
     [('quantity', '9-volt', 9, 'volt')]),
    ('c175', 'qty-energy', 'the house has a 200-amp panel, can it take an EV charger',
     [('quantity', '200-amp', 200, 'ampere')]),
    # ---- qty-weather
    ('n176', 'qty-weather', 'It will feel like 46°C in Jacobabad on Tuesday.',
     [('quantity', '46°C', 46, 'degree_Celsius')]),
    ('n177', 'qty-weather', 'PM2.5 levels hit 485 µg/m³ in Delhi on Sunday.',
     [('quantity', '485 µg/m³', 485, PM)]),
    ('n178', 'qty-weather', 'Rain fell at up to 25 mm an hour over Auckland.',
     [('quantity', '25 mm', 25, 'millimeter')]),
    ('c179', 'qty-weather', 'the dew point is 24 degrees, it feels like soup out there',
     [('quantity', '24 degrees', 24, TEMP)]),
    ('c180', 'qty-weather', 'the sea is 17 degrees at Bondi today, too cold?',
     [('quantity', '17 degrees', 17, TEMP)]),
    ('n181', 'qty-weather', 'Snow totals of 1–1.5 metres are expected at Thredbo.',
     [('quantity', '1–1.5 metres', (1, 1.5), 'meter')]),
    ('n182', 'qty-weather', 'The heat index topped 112°F in Houston.',
     [('quantity', '112°F', 112, 'degree_Fahrenheit')]),
    # ---- qty-sport
    ('n183', 'qty-sport', 'He threw a 102 mph fastball in the ninth inning.',
     [('quantity', '102 mph', 102, 'mile/hour')]),
    ('n184', 'qty-sport', 'The slugger hit a 460-foot homer to centre field.',
     [('quantity', '460-foot', 460, 'foot')]),
    ('n185', 'qty-sport', 'Bumrah was bowling at 152 kph in his opening spell.',
     [('quantity', '152 kph', 152, 'kilometer/hour')]),
    ('n186', 'qty-sport', "Powell's 8.95 m long jump has stood since 1991.",
     [('quantity', '8.95 m', 8.95, 'meter')]),
    ('n187', 'qty-sport', 'The Georgian lifted 267 kg in the clean and jerk.',
     [('quantity', '267 kg', 267, 'kilogram')]),
    ('c188', 'qty-sport', 'did 8 x 400m at the track this morning',
     [('quantity', '400m', 400, 'meter')]),
    ('c189', 'qty-sport', 'my longest drive today was 285 yards, wind assisted',
     [('quantity', '285 yards', 285, 'yard')]),
    # ---- qty-kitchen
    ('c190', 'qty-kitchen', 'use a 4-quart Dutch oven for the chili',
     [('quantity', '4-quart', 4, QUART)]),
    ('c191', 'qty-kitchen', 'is a 70cl bottle of sherry enough for two trifles',
     [('quantity', '70cl', 70, 'centiliter')]),
    ('c192', 'qty-kitchen', 'one and a third cups of buttermilk, then a knob of butter',
     [('quantity', 'one and a third cups', 4 / 3, 'cup')]),
    ('c193', 'qty-kitchen', 'a 16-ounce porterhouse for me, medium rare',
     [('quantity', '16-ounce', 16, 'ounce')]),
    ('c194', 'qty-kitchen', 'the ganache is 200 ml double cream to 200 g dark chocolate',
     [('quantity', '200 ml', 200, 'milliliter'), ('quantity', '200 g', 200, 'gram')]),
    ('c195', 'qty-kitchen', "knead in 7 g of instant yeast, that's one sachet",
     [('quantity', '7 g', 7, 'gram')]),
    ('c196', 'qty-kitchen', 'a gill of cream, what is that in ml',
     [('quantity', 'a gill', 1, 'gill')]),
    ('c197', 'qty-kitchen', 'the loaf takes 2⅓ cups of flour',
     [('quantity', '2⅓ cups', 7 / 3, 'cup')]),
    # ---- qty-fitness
    ('c198', 'qty-fitness', '640 cals on the rower this morning, not bad',
     [('quantity', '640 cals', 640, 'kilocalorie')]),
    ('c199', 'qty-fitness', 'swam 2 km in the lake, the water was 16 degrees',
     [('quantity', '2 km', 2, 'kilometer'), ('quantity', '16 degrees', 16, TEMP)]),
    ('c200', 'qty-fitness', 'rucked 12 miles with a 35 lb pack',
     [('quantity', '12 miles', 12, 'mile'), ('quantity', '35 lb', 35, 'pound')]),
    # ---- qty-regional
    ('c201', 'qty-regional', 'the servo is about 5 ks down the road',
     [('quantity', '5 ks', 5, 'kilometer')]),
    ('c202', 'qty-regional', 'the next town is 40 kms from here, fill up first',
     [('quantity', '40 kms', 40, 'kilometer')]),
    ('c203', 'qty-regional', 'the checkpoint is two klicks north of the bridge',
     [('quantity', 'two klicks', 2, 'kilometer')]),
    # ---- qty-composite
    ('c204', 'qty-composite', 'cut the boards to 2 feet 7 and a half inches',
     [('quantity', '2 feet 7 and a half inches', 31.5, 'inch')]),
    ('c205', 'qty-composite', 'the baby was 51 and a half centimetres long',
     [('quantity', '51 and a half centimetres', 51.5, 'centimeter')]),
    ('c206', 'qty-composite', "it's a sixteenth of an inch too wide, sand it down",
     [('quantity', 'a sixteenth of an inch', 0.0625, 'inch')]),
    ('c207', 'qty-composite', 'that old bull must weigh half a ton',
     [('quantity', 'half a ton', 0.5, TON)]),
    ('c208', 'qty-composite', "we're putting up a 6-foot-tall fence along the back",
     [('quantity', '6-foot', 6, 'foot')]),
    # ---- qty-range
    ('c209', 'qty-range', 'looking for a telly somewhere between 55 and 65 inches',
     [('quantity', '55 and 65 inches', (55, 65), 'inch')]),
    ('c210', 'qty-range', 'get a 10-12 lb turkey for eight people',
     [('quantity', '10-12 lb', (10, 12), 'pound')]),
    # ---- qty-bound
    ('c211', 'qty-bound', 'the table must not exceed 1.2 metres in width',
     [('quantity', '1.2 metres', 1.2, 'meter')]),
    ('c212', 'qty-bound', 'the old bridge is capped at 3,500 kg',
     [('quantity', '3,500 kg', 3500, 'kilogram')]),
    # ---- qty-neg
    ('c213', 'qty-neg', 'book the 40HC, the 20GP is too small for the machine',
     []),
    ('c214', 'qty-neg', 'the site in Whitefield is a 30x40, east facing',
     []),
    ('c215', 'qty-neg', 'the heat pump has a COP of 3.5',
     []),
    ('n216', 'qty-neg', 'CO2 at Mauna Loa passed 426 ppm in May.',
     []),
    ('n217', 'qty-neg', 'Hail the size of golf balls fell on Calgary on Monday.',
     []),
    ('c218', 'qty-neg', 'we were doing 110 on the N1, relax',
     []),
    ('c219', 'qty-neg', "i wouldn't touch that timeshare with a ten-foot pole",
     []),
    ('c220', 'qty-neg', 'they went the whole nine yards for the wedding',
     []),
    ('c221', 'qty-neg', 'an ounce of prevention is worth a pound of cure, get the boiler serviced',
     []),
    ('c222', 'qty-neg', 'play Sixteen Tons by Tennessee Ernie Ford',
     []),
    ('c223', 'qty-neg', 'the 2.0 TDI is a lovely engine',
     []),
    ('n224', 'qty-neg', 'Denver, the Mile High City, hosts the summit in June.',
     []),
    ('c225', 'qty-neg', 'we used 300 units of electricity last month',
     []),
    ('n226', 'qty-neg', 'A 20-storey tower will replace the multi-storey car park.',
     []),
    # ---- mixed
    ('c227', 'mixed', 'the insurer settled my water damage claim for $8,400 after 14 weeks',
     [('money', '$8,400', 8400, 'USD'), ('duration', '14 weeks', 14, 'week')]),
    ('c228', 'mixed', 'the company pays 45p a mile for the first 10,000 miles',
     [('money', '45p', 0.45, 'GBP'), ('quantity', '10,000 miles', 10000, 'mile')]),
    ('n229', 'mixed', 'A 600 sqm plot in Lekki was listed at ₦180 million.',
     [('quantity', '600 sqm', 600, 'meter**2'), ('money', '₦180 million', 180000000, 'NGN')]),
    ('c230', 'mixed', 'my gran says a pint of milk was sixpence in 1955',
     [('quantity', 'a pint', 1, PINT), ('money', 'sixpence', 0.025, 'GBP')]),
    ('c231', 'mixed', "surf's 4 ft at a 14-second period tomorrow",
     [('quantity', '4 ft', 4, 'foot'), ('duration', '14-second', 14, 'second')]),
    ('n232', 'mixed', 'A Singapore court sentenced him to 18 weeks in jail and a S$6,000 fine.',
     [('duration', '18 weeks', 18, 'week'), ('money', 'S$6,000', 6000, 'SGD')]),
    ('n233', 'mixed', 'A Limpopo magistrate gave the poacher the option of a R50,000 fine or 5 years.',
     [('money', 'R50,000', 50000, 'ZAR'), ('duration', '5 years', 5, 'year')]),
    ('c234', 'mixed', 'did a 5-mile run at 9:30 pace, legs are toast',
     [('quantity', '5-mile', 5, 'mile'), ('duration', '9:30', 570, 'second')]),
    ('c235', 'mixed', 'my $40-a-month plan gives me 15 gigs and unlimited calls',
     [('money', '$40', 40, 'USD'), ('quantity', '15 gigs', 15, GB)]),
    ('c236', 'mixed', 'the bakkie tank holds 60 litres, so a fill-up is about R1,400',
     [('quantity', '60 litres', 60, 'liter'), ('money', 'R1,400', 1400, 'ZAR')]),
    ('n237', 'mixed', 'The Italian rode 56.792 km in an hour to take the record.',
     [('quantity', '56.792 km', 56.792, 'kilometer'), ('duration', 'an hour', 1, 'hour')]),
    ('c238', 'mixed', 'my 12-hour shift pays $31.75 an hour plus a $15 meal allowance',
     [('duration', '12-hour', 12, 'hour'), ('money', '$31.75', 31.75, 'USD'),
      ('money', '$15', 15, 'USD')]),
    ('c239', 'mixed', 'in Manila the jeepney is 13 pesos for the first 4 km',
     [('money', '13 pesos', 13, 'PHP'), ('quantity', '4 km', 4, 'kilometer')]),
    ('n240', 'mixed', 'Typhoon winds of 195 kph battered Samar for nine hours.',
     [('quantity', '195 kph', 195, 'kilometer/hour'), ('duration', 'nine hours', 9, 'hour')]),
    ('c241', 'mixed', 'the solar quote is R85,000 for 5 kW, payback in 6 years',
     [('money', 'R85,000', 85000, 'ZAR'), ('quantity', '5 kW', 5, 'kilowatt'),
      ('duration', '6 years', 6, 'year')]),
    ('n242', 'mixed', 'An Offaly dairy farmer must pay €4,000 for spreading slurry on 12 hectares during the closed period.',
     [('money', '€4,000', 4000, 'EUR'), ('quantity', '12 hectares', 12, 'hectare')]),
    ('c243', 'mixed', 'a 2.5 kg bag of atta is ₹320 at the kirana',
     [('quantity', '2.5 kg', 2.5, 'kilogram'), ('money', '₹320', 320, 'INR')]),
    ('c244', 'mixed', 'shipping the 800 kg pallet to Perth is A$620 and takes 5 business days',
     [('quantity', '800 kg', 800, 'kilogram'), ('money', 'A$620', 620, 'AUD'),
      ('duration', '5 business days', 5, 'day')]),
    ('n245', 'mixed', 'Sicily recorded 48.8C, and crews fought the blazes for 60 hours straight.',
     [('quantity', '48.8C', 48.8, 'degree_Celsius'), ('duration', '60 hours', 60, 'hour')]),
    ('c246', 'mixed', 'the heater is 2 kW and power is 30p a unit, so an evening of 5 hours costs £3',
     [('quantity', '2 kW', 2, 'kilowatt'), ('money', '30p', 0.3, 'GBP'),
      ('duration', '5 hours', 5, 'hour'), ('money', '£3', 3, 'GBP')]),
    ('n247', 'mixed', "Kenya's tea auction sold 7.9 million kilograms at an average of $2.61 a kilo.",
     [('quantity', '7.9 million kilograms', 7900000, 'kilogram'), ('money', '$2.61', 2.61, 'USD')]),
    ('c248', 'mixed', "the dryer ran 90 mins and used 4.2 kWh, that's like a pound",
     [('duration', '90 mins', 90, 'minute'), ('quantity', '4.2 kWh', 4.2, 'kilowatt_hour'),
      ('money', 'a pound', 1, 'GBP')]),
    ('n249', 'mixed', 'The Jamaican ran 10.65 seconds to win the 100 m in Nairobi.',
     [('duration', '10.65 seconds', 10.65, 'second'), ('quantity', '100 m', 100, 'meter')]),
    ('c250', 'mixed', 'grandpa swears a gallon of gas was 29 cents in 1958',
     [('quantity', 'a gallon', 1, GALLON), ('money', '29 cents', 0.29, 'USD')]),
    ('n251', 'mixed', 'Lusaka millers cut the price of a 25 kg bag of maize meal to K280.',
     [('quantity', '25 kg', 25, 'kilogram'), ('money', 'K280', 280, 'ZMW')]),
]
