"""Measures written the way weather, sport and profile copy writes them (issue 13, part 2).

Sentences are invented; values worked out by hand (an inch is 2.54 cm, a foot 12 inches; 0 °C is
273.15 K, -20 °F is 244.2611 K; 120 km/h is 33.3333 m/s). A row is (sentence, claim text, amount,
pint unit); a negative row is a sentence with no such quantity.
"""

from __future__ import annotations

import pytest

# Temperatures keep their sign, and a scale letter glued to the figure is read beside a word of
# the weather or a sign.
SIGNED_AND_GLUED_DEGREES = [
    ("The temperature fell to minus 5 degrees Celsius.", "minus 5 degrees Celsius", -5, "degree_Celsius"),
    ("Overnight it dropped to -8 degrees Celsius in the valley.", "-8 degrees Celsius", -8, "degree_Celsius"),
    ("Wind chill made it feel like negative 20 degrees Fahrenheit.", "negative 20 degrees Fahrenheit", -20,
     "degree_Fahrenheit"),
    ("It was -5C on the ridge at dawn.", "-5C", -5, "degree_Celsius"),
    ("Lows of minus 12C are expected on Friday.", "minus 12C", -12, "degree_Celsius"),
    ("Temperatures hit 41.5C in the south.", "41.5C", 41.5, "degree_Celsius"),
    ("Forecasters expect highs of 86F.", "86F", 86, "degree_Fahrenheit"),
    ("The heat reached 38C in the capital, officials said.", "38C", 38, "degree_Celsius"),
    # words of cooking and of the body make a glued scale a temperature too
    ("Preheat the oven to 180C.", "180C", 180, "degree_Celsius"),
    ("Bake the loaf at 220C for 30 minutes.", "220C", 220, "degree_Celsius"),
    ("The child ran a fever of 39C overnight.", "39C", 39, "degree_Celsius"),
    # and the scale letter after a space, on the same condition
    ("Bake the pie at 350 F for an hour.", "350 F", 350, "degree_Fahrenheit"),
    ("Preheat the oven to 200 C.", "200 C", 200, "degree_Celsius"),
    ("Temperatures hit 41 C in the south.", "41 C", 41, "degree_Celsius"),
]
# a bare degree takes the scale its text names elsewhere, and keeps its sign
BARE_SIGNED = [
    ("In the mountains the mercury sank to minus 3 degrees, while the coast saw 15 degrees Celsius.",
     "minus 3 degrees", -3, "degree_Celsius"),
    ("Highs of 70 degrees Fahrenheit are forecast. By night it falls to minus 4 degrees.",
     "minus 4 degrees", -4, "degree_Fahrenheit"),
]
SIGNED_AND_GLUED_DEGREES_NEGATIVE = [
    "She rents Apartment 4C from her aunt.",
    "Seat 12F is by the window.",
    "He got a 3C grade in chemistry.",
    "The vitamin pack lists 2C and 5B.",
    "Room 10F was locked all night.",
    "She got 80 C in the exam.",
    "He lives at 12 F Baker Street.",
]
# a range of temperatures keeps the sign of each end
SIGNED_RANGES = [
    ("Temperatures range from -5 to 3 degrees Celsius.", "-5 to 3 degrees Celsius", -5, 3, "degree_Celsius"),
    ("Lows of -10 to -5 degrees Celsius are expected.", "-10 to -5 degrees Celsius", -10, -5, "degree_Celsius"),
    ("Lows between -8 and 2 degrees Fahrenheit.", "-8 and 2 degrees Fahrenheit", -8, 2, "degree_Fahrenheit"),
    ("Highs of 25-35 degrees Celsius.", "25-35 degrees Celsius", 25, 35, "degree_Celsius"),
    ("Nights of -2 to 4 degrees Celsius in the hills.", "-2 to 4 degrees Celsius", -2, 4, "degree_Celsius"),
]
SIGNED_RANGES_NEGATIVE = [  # a signed figure before another measure stays unread, as before
    "The score went from -5 to 3 points.",
    "Output swung from -5 to 3 tonnes.",
]
# a sign word before another measure is no part of it: the unsigned figure stays, as before
SIGN_ONLY_FOR_TEMPERATURES = [
    ("The plan was minus 5 tonnes on last year.", "5 tonnes", 5, "metric_ton"),
    ("The swing is minus 40 km on the old route.", "40 km", 40, "kilometer"),
]

# Speeds written "km/h" keep the hour, also at the end of a sentence.
SPEEDS = [
    ("The train reached 320 km/h.", "320 km/h", 320, "kilometer / hour"),
    ("Gusts of 140 km/h tore roofs off.", "140 km/h", 140, "kilometer / hour"),
    ("Police said the driver was doing 180 km/h.", "180 km/h", 180, "kilometer / hour"),
    ("The storm's winds reached 100 mph.", "100 mph", 100, "mile / hour"),
    ("The ferry sails at 60 kilometres per hour.", "60 kilometres per hour", 60, "kilometer / hour"),
]

# A height in feet and inches is one claim in inches, however the inches are written.
FEET_AND_INCHES = [
    ("The centre is 6'2\" and quick.", "6'2\"", 74, "inch"),
    ("She is 5\u203210\u2033 tall.", "5\u203210\u2033", 70, "inch"),
    ("The recruit stands 6 ft 2 in tall.", "6 ft 2 in", 74, "inch"),
    ("Listed at 6ft 2in, he is the tallest.", "6ft 2in", 74, "inch"),
    ("The suspect is 5 foot 10, police said.", "5 foot 10", 70, "inch"),
    ("Her brother is five foot ten and lean.", "five foot ten", 70, "inch"),
    ("The new coach is six feet one.", "six feet one", 73, "inch"),
    # ... and a length so told, past ten feet: a board, a wall, a boat
    ("The paddleboard is 10 foot 6, so check the roof rack.", "10 foot 6", 126, "inch"),
    ("The garden wall is 12 foot 6 high.", "12 foot 6", 150, "inch"),
    ("Their narrowboat is 57 foot 9, the longest on the canal.", "57 foot 9", 693, "inch"),
    # ... whatever is worn after "in" (the height stands; "3 in the morning" is a time)
    ("The bride is 5 ft 7 in flats.", "5 ft 7", 67, "inch"),
    ("He measures 6 foot 1 in boots.", "6 foot 1", 73, "inch"),
]
# the figure after the feet is no inches: the claim stops at the feet
# ... before the noun it measures, after a determiner, and with a fraction of an inch
FEET_AND_INCHES_MORE = [
    ("The 6 ft 3 striker scored twice.", "6 ft 3", 75, "inch"),
    ("Their 6ft 7 lock won every lineout.", "6ft 7", 79, "inch"),
    ("A 5 ft 9 winger came on at half-time.", "5 ft 9", 69, "inch"),
    ("The shelf sits 4 ft 9¼ in off the floor.", "4 ft 9¼ in", 57.25, "inch"),
    ("The fly rod is 9 ft 6½ inches long.", "9 ft 6½ inches", 114.5, "inch"),
]
FEET_THEN_SOMETHING_ELSE = [
    ("The river rose 5 feet 3 in the morning.", "5 feet", 5, "foot"),
    ("He fell 30 feet 2 days ago.", "30 feet", 30, "foot"),
    ("The plank is 8 feet 14 wide.", "8 feet", 8, "foot"),  # 14 is no inches
    ("The fence is 6 feet tall.", "6 feet", 6, "foot"),
    ("The wall rose 12 feet 6 months later.", "12 feet", 12, "foot"),
    ("The crane lifted it 40 feet 3 times a day.", "40 feet", 40, "foot"),  # no determiner: no height of "times"
]

# A lone "m" is metres before a word of length, a million elsewhere; an abbreviation keeps the
# sentence's full stop out of the claim.
METRE_LETTER_AND_STOPS = [
    ("The boat is 12m long.", "12m", 12, "meter"),
    ("The new wall is 3 m high.", "3 m", 3, "meter"),
    ("She is 1.65m tall, her coach said.", "1.65m", 1.65, "meter"),
    # a race's distance before its name
    ("She won the 400m hurdles in Rome.", "400m", 400, "meter"),
    ("He swam the 200m freestyle final.", "200m", 200, "meter"),
    ("The 1500m final is on Sunday.", "1500m", 1500, "meter"),
    ("The wreck lies 30m below the surface.", "30m", 30, "meter"),
    ("The phone weighs 180g.", "180g", 180, "gram"),
    ("The parcel weighed 2 kg.", "2 kg", 2, "kilogram"),
]
# A fraction character, alone, glued to whole units or after them with a space (a cup is 1/16 gallon).
FRACTION_CHARACTERS = [
    ("Whisk in ⅓ cup of olive oil.", "⅓ cup", 1 / 3, "cup"),
    ("Season with ½ teaspoon of pepper.", "½ teaspoon", 0.5, "teaspoon"),
    ("Sift 1½ cups of flour into the bowl.", "1½ cups", 1.5, "cup"),
    ("Pour in 2 ¾ cups of stock.", "2 ¾ cups", 2.75, "cup"),
    # ... and hyphenated to its unit before a noun, which the tokenizer keeps as one word
    ("Fit a ½-inch valve under the sink.", "½-inch", 0.5, "inch"),
    ("Drive in a 2½-inch screw.", "2½-inch", 2.5, "inch"),
    ("It is a ¾-mile climb to the hut.", "¾-mile", 0.75, "mile"),
    ("Drill a hole ⅝ inch deep.", "⅝ inch", 0.625, "inch"),
    ("The gauge reads 3⅛ inches of rain.", "3⅛ inches", 3.125, "inch"),
]
# Parts of one unit told in words or glued to it: an eighth is 0.125, a fifth 0.2; a foot and a half 1.5 feet.
PARTS_IN_WORDS = [
    ("Stir in an eighth of a teaspoon of nutmeg.", "an eighth of a teaspoon", 0.125, "teaspoon"),
    ("Cut three-quarters of a yard of ribbon.", "three-quarters of a yard", 0.75, "yard"),
    ("The path climbs a fifth of a mile.", "a fifth of a mile", 0.2, "mile"),
    ("The gap was three quarters of an inch.", "three quarters of an inch", 0.75, "inch"),
    ("The board is a foot and a half wide.", "a foot and a half", 1.5, "foot"),
    ("The trench was a yard and a half deep.", "a yard and a half", 1.5, "yard"),
    ("Lay a sheet of 3/4-inch plywood on the joists.", "3/4-inch", 0.75, "inch"),
    ("The park has a 1/2-mile trail.", "1/2-mile", 0.5, "mile"),
]
PARTS_IN_WORDS_NEGATIVE = ["He hurt his foot and a half hour later left.", "The fifth of a series aired."]
# rates after a slash, the unit of time abbreviated: "20 m/s" (a lone "m" before a slash is metres),
# "50 Mb/s" (a small "b" is bits: 50 megabits, not megabytes)
SLASH_RATES = [
    ("The patient is on oxygen at 3 L/min overnight.", "3 L/min", 3, "liter / minute"),
    ("The pump moves 40 l/min of water.", "40 l/min", 40, "liter / minute"),
    ("Gusts reached 25 m/s on the coast.", "25 m/s", 25, "meter / second"),
    ("The line runs at 80 Mb/s in town.", "80 Mb/s", 80, "megabit / second"),
    ("The card copies at 250 MB/s.", "250 MB/s", 250, "megabyte / second"),
    ("The turbine spins at 12 km/hr in calm air.", "12 km/hr", 12, "kilometer / hour"),
]
# heat, apparent power, thickness, freight volume, yards and food energy as trades write them
TRADE_UNITS = [
    ("The heater puts out 9,000 BTU on its low setting.", "9,000 BTU", 9000, "british_thermal_unit"),
    ("The clinic runs a 20 kVA generator.", "20 kVA", 20, "kilovolt_ampere"),
    ("The wrap is 12 micron thick.", "12 micron", 12, "micrometer"),
    ("The shipment measured 6.5 CBM in all.", "6.5 CBM", 6.5, "meter ** 3"),
    ("Each plot covers 150 sq yd.", "150 sq yd", 150, "yard ** 2"),
    ("The runner gained 12 yds on the play.", "12 yds", 12, "yard"),
    ("A slice has 310 cals.", "310 cals", 310, "kilocalorie"),
    ("Trim a sixteenth of an inch off the edge.", "a sixteenth of an inch", 0.0625, "inch"),
]
# force, radiation dose and light, as science and health copy writes them
FORCE_DOSE_LIGHT = [
    ("The crane's hook is rated at 1,500 kN for the lift.", "1,500 kN", 1500, "kilonewton"),
    ("The crane's winch pulls 2,400 kilonewtons.", "2,400 kilonewtons", 2400, "kilonewton"),
    ("Patients now get 48 Gy over four sessions.", "48 Gy", 48, "gray"),
    ("The tumour received 60 Gy in all.", "60 Gy", 60, "gray"),
    ("Watercolours in the east wing are lit at 80 lux.", "80 lux", 80, "lux"),
]
# water tariffs, oil and gas, and paper weights glued to the figure
UTILITY_AND_FUEL = [
    ("Each household may use 9 kilolitres before the higher tariff.", "9 kilolitres", 9, "kiloliter"),
    ("The field pumps 240,000 bpd at its peak.", "240,000 bpd", 240_000, "oil_barrel / day"),
    ("Output fell to 1.1 million bpd in March.", "1.1 million bpd", 1_100_000, "oil_barrel / day"),
    ("The pipeline carries 12 bcm of gas.", "12 bcm", 12, "kilometer ** 3"),
    ("Print the menus on 350gsm board.", "350gsm", 350, "gram / meter ** 2"),
]
UTILITY_AND_FUEL_NEGATIVE = [
    "Patients with BPD took part in the study.",
    "The BCM group met in Geneva.",
]
FORCE_DOSE_LIGHT_NEGATIVE = [
    "The yacht logged 30 kn in the gusts.",  # knots, not a kilonewton's capital N
    "Grey 60 gy paint was used.",
    "Lux 5 is the hotel's new wing.",
]
# a number word before a measured figure counts the things measured: the figure is read
COUNTED_MEASURES = [
    ("The server has two 8 TB drives.", "8 TB", 8, "terabyte"),
    ("She carried three 20 kg sacks up the hill.", "20 kg", 20, "kilogram"),
    ("They laid four 6 metre beams across the gap.", "6 metre", 6, "meter"),
]
# A British body weight in stone (14 pounds), alone or with the pounds over it: summed in pounds.
STONE = [
    ("The boxer weighed in at 12 stone.", "12 stone", 12, "stone"),
    ("After the diet she was 9 stone 8.", "9 stone 8", 134, "pound"),
    ("The jockey will ride at 8 stone 11 pounds.", "8 stone 11 pounds", 123, "pound"),
    ("He has lost three stone since January.", "three stone", 3, "stone"),
]
# ... glued to "st" as racing and boxing print it ("8st 9lb"), never an ordinal
STONE_GLUED = [
    ("The apprentice can do 8st 9lb on Saturday.", "8st 9lb", 121, "pound"),
    ("The heavyweight weighed in at 17st 2lbs.", "17st 2lbs", 240, "pound"),
    ("Top weight carries 11st 10 in the handicap.", "11st 10", 164, "pound"),
    ("After the diet he weighs 12st.", "12st", 12, "stone"),
]
STONE_GLUED_NEGATIVE = [
    "She finished 21st at the weigh-in.",
    "The bill is due on the 31st.",
]
# a race's distance in furlongs, alone in a sentence about racing or after the miles ("1m 2f"); a
# horse's height in hands, the figure after the point counting inches ("15.3 hands" is 63 inches)
RACING_MEASURES = [
    ("She won the 6f maiden at Thirsk on debut.", "6f", 6, "furlong"),
    ("The trainer sends both to the 5½f sprint.", "5½f", 5.5, "furlong"),
    ("The colt steps up to 1m 4f for the trial.", "1m 4f", 1.5, "mile"),
    ("The novice hurdle is run over 2m 4½f.", "2m 4½f", 2.5625, "mile"),
    ("Her gelding stayed on over 1m2f at Ayr.", "1m2f", 1.25, "mile"),
    ("The race is now over seven furlongs.", "seven furlongs", 7, "furlong"),
    ("The chase is run over 3 miles 1½ furlongs.", "3 miles 1½ furlongs", 25.5, "furlong"),
    ("The gelding stands 16.1 hands.", "16.1 hands", 65, "inch"),
    ("A 14.2hh pony suits a teenager.", "14.2hh", 58, "inch"),
    ("The cob is 15 hands high.", "15 hands", 60, "inch"),
    ("Her mare measures 15.1 hh.", "15.1 hh", 61, "inch"),
    # apparent power glued to its figure, as generator and grid copy prints it
    ("Most shops run a 5kVA generator.", "5kVA", 5, "kilovolt_ampere"),
    ("The substation adds a 60MVA transformer.", "60MVA", 60, "megavolt_ampere"),
]
# boats, flying and the lab: a hull's draught after "draws" beside a vessel, a boat named by its length,
# nautical miles as a lower-case "nm" beside flying or sailing, a ship's deadweight, microlitres, and a
# concentration
AT_SEA_AIR_AND_LAB = [
    ("Our ketch draws only 1.4m, so we anchor close in.", "1.4m", 1.4, "meter"),
    ("Loaded, the barge drew 2.6m in the channel.", "2.6m", 2.6, "meter"),
    ("They chartered a 52-footer for the week.", "52-footer", 52, "foot"),
    ("The plane was 35 nm from the airport when it turned back.", "35 nm", 35, "nautical_mile"),
    ("The yacht logged 240 nm in two days.", "240 nm", 240, "nautical_mile"),
    ("A 75,000 DWT tanker ran aground.", "75,000 DWT", 75000, "metric_ton"),
    ("Add 200 µL of buffer to each tube.", "200 µL", 200, "microliter"),
    ("Her sodium was 131 mmol/L on admission.", "131 mmol/L", 131, "millimole / liter"),
    ("A fasting glucose of 126 mg/dL points to diabetes.", "126 mg/dL", 126, "milligram / deciliter"),
    ("The dose is 0.5 mg/kg twice a day.", "0.5 mg", 0.5, "milligram"),  # a dose per kg is said as its amount
]
AT_SEA_AIR_AND_LAB_NEGATIVE = [
    "The club drew 12m fans last season.",  # a crowd: no vessel in the sentence
    "The new chip is built on a 3 nm process.",  # a nanometre, which no reading here claims
]
RACING_MEASURES_NEGATIVE = [
    "Take the lift to the 7f office.",  # furlongs only beside racing
    "All 14 hands on the trawler were saved.",  # crew, not a horse's height
    "The firm has changed 12 hands since 1990.",
]
STONE_NEGATIVE = [
    "Walkers cross two stone bridges on the route.",
    "The 12 stone circles draw tourists.",
    "That kills two birds with one stone.",
]
# The energy of food and exercise (a label's "calories" are kilocalories) and air pressure.
ENERGY_AND_PRESSURE = [
    ("One muffin has 420 kcal, the label says.", "420 kcal", 420, "kilocalorie"),
    ("She burned 600 calories in the class.", "600 calories", 600, "kilocalorie"),
    ("A bar of it gives 950 kJ.", "950 kJ", 950, "kilojoule"),
    ("The storm's pressure fell to 948 hPa overnight.", "948 hPa", 948, "hectopascal"),
    ("Pressure at the centre was 990 millibars.", "990 millibars", 990, "millibar"),
    # bar, where no noun follows ("a 5 bar gate" counts the gate's bars)
    ("The boiler gauge sank to 0.8 bar overnight, the fitter says.", "0.8 bar", 0.8, "bar"),
    ("Inflate the front tyres to 2.4 bar.", "2.4 bar", 2.4, "bar"),
    ("Divers filled the cylinders to 232 bar.", "232 bar", 232, "bar"),
    ("The van runs 3.1 bar rear when laden.", "3.1 bar", 3.1, "bar"),  # tyres, told per axle
    ("The handbook says 2.3 bar front for the estate.", "2.3 bar", 2.3, "bar"),
    # commodity copy's "t" for the metric tonne, before "of" its material or at the clause's end
    ("The cooperative ginned 48,500 t of seed cotton.", "48,500 t", 48500, "metric_ton"),
    ("Wheat imports reached 1.2 million t in 2025.", "1.2 million t", 1.2e6, "metric_ton"),
    ("The smelter shipped 3,400 t, the company said.", "3,400 t", 3400, "metric_ton"),
]
BAR_NEGATIVE = [
    "Close the 5 bar gate behind you.",
    "The 2 bar fire warmed the room.",
    "Sizes run from 2 t shirts to 6.",  # a letter before a noun is no tonne
]
# light, turning, frequency, radiation and pressure in trade, health and science copy
LIGHT_FREQUENCY_DOSE = [
    ("The new bike light puts out 800 lumens.", "800 lumens", 800, "lumen"),
    ("The spindle runs at 22,000 rpm at full speed.", "22,000 rpm", 22000, "revolutions_per_minute"),
    ("The router switches to the 5 GHz band.", "5 GHz", 5, "gigahertz"),
    ("The station broadcasts on 98.5 MHz from Friday.", "98.5 MHz", 98.5, "megahertz"),
    ("Workers got 20 mSv over the year.", "20 mSv", 20, "millisievert"),
    ("Inflate the tyres to 250 kPa.", "250 kPa", 250, "kilopascal"),
    ("Her reading was 135 mmHg systolic.", "135 mmHg", 135, "millimeter_Hg"),
    # ... and frequencies glued to their figure, as tech copy writes them
    ("The panel refreshes at 144Hz in games.", "144Hz", 144, "hertz"),
    ("The chip boosts to 3.8GHz under load.", "3.8GHz", 3.8, "gigahertz"),
    ("Tune in on 101.3MHz from Monday.", "101.3MHz", 101.3, "megahertz"),
    # ... radioactivity, vacuum, storage at scale, and the lengths of astronomy and of atoms
    ("Milk from the farm held 210 becquerels of caesium.", "210 becquerels", 210, "becquerel"),
    ("The pump brings the tube down to 0.002 torr.", "0.002 torr", 0.002, "torr"),
    ("The archive now stores 12 petabytes of video.", "12 petabytes", 12, "petabyte"),
    ("The archive passed 3 exabytes last year.", "3 exabytes", 3, "exabyte"),
    ("The cluster lies 2.4 parsecs from its neighbour.", "2.4 parsecs", 2.4, "parsec"),
    ("The film is 8 ångströms thick.", "8 ångströms", 8, "angstrom"),
]
# property, utility and engineering measures: floor areas, gas volumes and energy, air pressure in
# inches of mercury, voltage, battery capacity, concrete strength, wire cross-sections, hundredweights
PROPERTY_AND_ENGINEERING = [
    ("The studio is 42 sqm and faces south.", "42 sqm", 42, "meter ** 2"),
    ("The villa offers 3,200 ft² of living space.", "3,200 ft²", 3200, "foot ** 2"),
    ("The tank holds 450 m³ of rainwater.", "450 m³", 450, "meter ** 3"),
    ("Daily use fell to 1,800 m3 after the leak was fixed.", "1,800 m3", 1800, "meter ** 3"),
    ("The average home burned 40 therms in January.", "40 therms", 40, "therm"),
    ("The gauge read 30.1 inHg at dawn.", "30.1 inHg", 30.1, "inch_Hg"),
    ("The line carries 220 kV between the two towns.", "220 kV", 220, "kilovolt"),
    ("The starter battery is rated at 70Ah.", "70Ah", 70, "ampere_hour"),
    ("The piles need 40 MPa concrete.", "40 MPa", 40, "megapascal"),
    ("Run 6 mm² cable to the cooker.", "6 mm²", 6, "millimeter ** 2"),
    ("The mill took in 30 cwt of barley.", "30 cwt", 30, "hundredweight"),
]
# sea and air speeds, gems, precious metal, timber, fabric and yarn weights, data in bits, the litre's
# capital L, and a spaced "m" that ends its phrase
TRADE_AND_TRAVEL = [
    ("The ferry held 18 kts into the swell.", "18 kts", 18, "knot"),
    ("Gusts reached 40 kt on the ridge.", "40 kt", 40, "knot"),
    ("The yacht covered 36 NM before dawn.", "36 NM", 36, "nautical_mile"),
    ("The ring has a 1.5 ct diamond.", "1.5 ct", 1.5, "carat"),
    ("The refinery bought 90,000 troy ounces of silver.", "90,000 troy ounces", 90000, "troy_ounce"),
    ("The mill sold 3,000 board feet of walnut.", "3,000 board feet", 3000, "board_foot"),
    # the system a gallon, pint or quart is sized in, named before it
    ("The barn's tank holds 300 imperial gallons of heating oil.", "300 imperial gallons", 300, "imperial_gallon"),
    ("The sprayer takes 250 US gallons.", "250 US gallons", 250, "gallon"),
    ("Each cask held 72 imperial pints.", "72 imperial pints", 72, "imperial_pint"),
    ("Fit 85 linear feet of fencing.", "85 linear feet", 85, "foot"),
    ("The towel is 600 gsm cotton.", "600 gsm", 600, "gram / meter ** 2"),
    ("Buy the 60 denier socks.", "60 denier", 60, "denier"),
    ("The link moves 40 gigabits of traffic.", "40 gigabits", 40, "gigabit"),
    ("Give 2.5 mL twice a day.", "2.5 mL", 2.5, "milliliter"),
    ("Add 150 mL of milk.", "150 mL", 150, "milliliter"),
    ("The runway lights were visible at 600 m at dawn.", "600 m", 600, "meter"),
    ("The keel draws 2.1 m.", "2.1 m", 2.1, "meter"),
    ("The lake is 30 m, divers say.", "30 m", 30, "meter"),
    # ... or the text's end with its line break, as a chat message without a full stop ends
    ("the dinghy draws 0.9 m\n", "0.9 m", 0.9, "meter"),
    ("we anchored in 4 m\n", "4 m", 4, "meter"),
    # ... or after a verb of standing or measuring, glued too, or beside another metric length
    ("Standing 2.03m, the lock towers over the pack.", "2.03m", 2.03, "meter"),
    ("The sturgeon measured 2.4 m from nose to tail.", "2.4 m", 2.4, "meter"),
]
TRADE_AND_TRAVEL_NEGATIVE = ["He had 3 CT scans last year.", "The chip is made on a 3 nm process.", "The troy ounce is a unit.", "A 12 board meeting.", "They drove 12 US miles.",
                             "The show drew 14 m viewers.", "He joined for 12m at the time."]
PROPERTY_AND_ENGINEERING_NEGATIVE = ["Ah, 5 of them came at last.", "The band KV played 3 songs."]
LIGHT_FREQUENCY_DOSE_NEGATIVE = [
    "The 5G network reached 40 towns.",
    "The HZ4 gene was found in 12 mice.",
    "He scored 5 mhz on the test.",  # not the abbreviation's own case
]
METRE_LETTER_NEGATIVE = [
    "The club paid 12m for him.",
    "Revenue was 12m last year.",
    "He signed a 12m long-term deal.",
    "The 4m people in the city voted.",
    "Sales hit 3 m units in May.",
    "The club's 100m final offer was turned down.",
]


def _one(extract_text, sentence):
    return [(c.text, c.value.amount, c.value.unit) for c in extract_text(sentence, kind="quantity")]


@pytest.mark.parametrize(("sentence", "text", "amount", "unit"),
                         SIGNED_AND_GLUED_DEGREES + SIGN_ONLY_FOR_TEMPERATURES + SPEEDS + FEET_AND_INCHES
                         + FEET_THEN_SOMETHING_ELSE + METRE_LETTER_AND_STOPS + FRACTION_CHARACTERS + STONE
                         + FEET_AND_INCHES_MORE + STONE_GLUED + RACING_MEASURES + AT_SEA_AIR_AND_LAB
                         + ENERGY_AND_PRESSURE + LIGHT_FREQUENCY_DOSE + PROPERTY_AND_ENGINEERING + TRADE_AND_TRAVEL
                         + PARTS_IN_WORDS + SLASH_RATES + COUNTED_MEASURES + TRADE_UNITS + FORCE_DOSE_LIGHT
                         + UTILITY_AND_FUEL)
def test_measure_form(extract_text, sentence, text, amount, unit):
    assert _one(extract_text, sentence) == [(text, pytest.approx(amount), unit)]


@pytest.mark.parametrize("sentence", STONE_NEGATIVE + STONE_GLUED_NEGATIVE + RACING_MEASURES_NEGATIVE
                         + AT_SEA_AIR_AND_LAB_NEGATIVE + LIGHT_FREQUENCY_DOSE_NEGATIVE
                         + PROPERTY_AND_ENGINEERING_NEGATIVE
                         + TRADE_AND_TRAVEL_NEGATIVE + PARTS_IN_WORDS_NEGATIVE + FORCE_DOSE_LIGHT_NEGATIVE + BAR_NEGATIVE
                         + UTILITY_AND_FUEL_NEGATIVE)
def test_stone_of_things_is_no_weight(extract_text, sentence):
    assert extract_text(sentence, kind="quantity") == []


@pytest.mark.parametrize(("sentence", "lengths"), [
    # a spaced "m" beside another metric length in its sentence is metres, not before a noun
    ("Shoot from 30 m at a 122 cm target.", ["30 m", "122 cm"]),
    ("The pool is 25 m in length and 2 metres deep.", ["25 m", "2 metres"]),
    ("The show drew 14 m viewers along a 3 km route.", ["3 km"]),
])
def test_a_lone_m_beside_another_metric_length_is_metres(extract_text, sentence, lengths):
    assert [c.text for c in extract_text(sentence, kind="quantity")] == lengths


def test_pounds_after_stone_are_no_money(extract_text):
    assert extract_text("The jockey will ride at 8 stone 11 pounds.", kind="money") == []


@pytest.mark.parametrize("sentence", METRE_LETTER_NEGATIVE)
def test_lone_m_is_no_metre(extract_text, sentence):
    assert _one(extract_text, sentence) == []


@pytest.mark.parametrize("sentence", SIGNED_AND_GLUED_DEGREES_NEGATIVE)
def test_glued_letter_without_weather_is_no_temperature(extract_text, sentence):
    assert _one(extract_text, sentence) == []


# a bare range of degrees keeps both ends ("and" only after "between"), with the scale a bare degree takes
BARE_DEGREE_RANGES = [
    ("Keep the cellar between 11 and 14 degrees.", "11 and 14 degrees", 11, 14, "degree"),
    ("Highs of 31 to 34 degrees are forecast for Friday.", "31 to 34 degrees", 31, 34, "degree"),
    ("Lows of 2 to 5 degrees Celsius at night, and days of 12 to 15 degrees.", "12 to 15 degrees", 12, 15,
     "degree_Celsius"),
]
BARE_DEGREE_RANGES_NEGATIVE = [  # no "between": two figures; "degrees of": no heat
    "It was 11 and then 14 degrees.",
    "There are 3 to 6 degrees of separation.",
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), BARE_DEGREE_RANGES)
def test_bare_degree_range(extract_text, sentence, text, low, high, unit):
    claims = [(c.text, c.value.low, c.value.high, c.value.unit) for c in extract_text(sentence, kind="quantity")]
    assert (text, low, high, unit) in claims


@pytest.mark.parametrize("sentence", BARE_DEGREE_RANGES_NEGATIVE)
def test_bare_degree_range_negative(extract_text, sentence):
    assert all(c.value.low == c.value.high for c in extract_text(sentence, kind="quantity"))


@pytest.mark.parametrize(("sentence", "text", "amount", "unit"), BARE_SIGNED)
def test_bare_degrees_keep_their_sign(extract_text, sentence, text, amount, unit):
    assert (text, pytest.approx(amount), unit) in _one(extract_text, sentence)


def test_signed_temperature_in_base_units(extract_text):
    (claim,) = extract_text("Lows of minus 20 degrees Fahrenheit hit the plains.", kind="quantity")
    assert claim.value.base_amount == pytest.approx(244.261111, rel=1e-6)
    assert (claim.value.low, claim.value.high) == (-20, -20)


# Durations written as a clock or a pair: "1h 45m" is 105 minutes; "a couple of hours" two, approx.
DURATION_FORMS = [
    ("The film runs 1h 45m.", "1h 45m", 105, "minute", "exact"),
    ("She finished the marathon in 2h 5min on Sunday.", "2h 5min", 125, "minute", "exact"),
    ("The flight lasts 11h 30m each way.", "11h 30m", 690, "minute", "exact"),
    ("The repair took a couple of hours.", "a couple of hours", 2, "hour", "approx"),
    ("The strike lasted a couple weeks in spring.", "a couple weeks", 2, "week", "approx"),
    # hours and minutes in one word
    ("His best lap took 1h45m on the new course.", "1h45m", 105, "minute", "exact"),
    # a glued letter unit at the end of a line, or opening one (the line break is a token of its own)
    ("Leave the dough to rise for 3h\nthen shape it.", "3h", 3, "hour", "exact"),
    ("Simmer the stock about 12h\n", "about 12h", 12, "hour", "approx"),
    ("Rest:\n2d in the fridge.", "2d", 2, "day", "exact"),
    ("The ferry crossing is 2h05min.", "2h05min", 125, "minute", "exact"),
    # a glued "s" is seconds beside a word of time
    ("Hold the plank for 45s, then rest.", "45s", 45, "second", "exact"),
    ("The trailer is only 30s long.", "30s", 30, "second", "exact"),
    ("Microwave it for another 20s.", "20s", 20, "second", "exact"),
    # ... after a step held for a length, in an exercise or a recipe
    ("Rest 30s between sets.", "30s", 30, "second", "exact"),
    ("Sprint 20s as hard as you can.", "20s", 20, "second", "exact"),
    ("Whisk 15s until smooth.", "15s", 15, "second", "exact"),
    # "second" after a figure before a noun of no compound is the unit: "a 30 second ad"
    ("She aired a 30 second ad.", "30 second", 30, "second", "exact"),
    # milliseconds, in seconds
    ("The delay was 300 milliseconds.", "300 milliseconds", 0.3, "second", "exact"),
    ("The race was decided by 40 milliseconds.", "40 milliseconds", 0.04, "second", "exact"),
    ("A 500-millisecond pause followed.", "500-millisecond", 0.5, "second", "exact"),
    # hours of two digits or more before the noun they measure
    ("Unions called a 48h strike at the port.", "48h", 48, "hour", "exact"),
    ("Buy a 24h metro pass at the airport.", "24h", 24, "hour", "exact"),
    # a race time to hundredths glued to its "s", whatever the words around; hours with two digits of
    # minutes after the h; milliseconds as "ms"
    ("Her 10.49s has stood since 1988.", "10.49s", 10.49, "second", "exact"),
    ("He clocked 43.03s in the final.", "43.03s", 43.03, "second", "exact"),
    ("The night train to Vienna is 7h40 now.", "7h40", 460, "minute", "exact"),
    ("The stage took 4h05 in the rain.", "4h05", 245, "minute", "exact"),
    ("Server latency is now 38 ms on average.", "38 ms", 0.038, "second", "exact"),
    # hundreds "odd": about that many
    ("The abbey stood empty for two hundred odd years.", "two hundred odd years", 200, "year", "approx"),
    # a countdown's days and hours glued to their figures; a day and a half hyphenated before its noun
    ("The listing closes in 3d 5h, the site says.", "3d 5h", 77, "hour", "exact"),
    ("The outage lasted 1d 6h in all.", "1d 6h", 30, "hour", "exact"),
    ("They ran a day-and-a-half course on safety.", "a day-and-a-half", 1.5, "day", "exact"),
    ("It was a year-and-a-half refit of the ship.", "a year-and-a-half", 1.5, "year", "exact"),
    # minutes, seconds and hundredths, which no clock reads ("1:55.62" is 115.62 seconds)
    ("The relay team touched in 3:29.85 for bronze.", "3:29.85", 209.85, "second", "exact"),
    ("Her 4:02.17 stood as the meet record.", "4:02.17", 242.17, "second", "exact"),
    # a time left told in two units after "in" is a length, not a date
    ("The offer closes in 2 days 9 hours.", "2 days 9 hours", 57, "hour", "exact"),
    ("The ferry docks in 1 hour 15 minutes.", "1 hour 15 minutes", 75, "minute", "exact"),
    # minutes and seconds glued to their letters, or spaced from a bare "s"; a race time in h, m and s
    ("The trailer runs 3m 12s in all.", "3m 12s", 192, "second", "exact"),
    ("Her podcast episode is 38m 05s long.", "38m 05s", 2285, "second", "exact"),
    ("Boil the eggs 6 min 30 s for a soft yolk.", "6 min 30 s", 390, "second", "exact"),
    ("He won the stage in 4h 12m 09s.", "4h 12m 09s", 15129, "second", "exact"),
]
# ... a second's part that is none: seconds of 60 or more
NOT_MINUTES_SECONDS = ["The track lasts 3m 75s, the label says."]
# fixed expressions hold a figure and a unit but measure nothing; their words alone still do
IDIOMS = [
    "They went the whole nine yards for the party.",
    "I wouldn't touch that deal with a ten-foot pole.",
    "He is always a day late and a dollar short.",
    "Paris wasn't built in a day either.",
    "The scandal was a nine-day wonder.",
    "The staff went the extra mile for us.",
    "The coach wants them to give 110 percent tonight.",
    "The pint-sized striker scored twice.",
    "She runs a pint-size bakery in the old town.",
]
IDIOM_WORDS_STILL_MEASURE = [
    ("The sari takes nine yards of silk.", "quantity", "nine yards"),
    ("Add a pint of milk to the batter.", "quantity", "a pint"),
    ("The pole is ten feet long.", "quantity", "ten feet"),
    ("The new loop adds an extra 2 miles.", "quantity", "2 miles"),
]


@pytest.mark.parametrize("sentence", IDIOMS)
def test_an_idiom_measures_nothing(extract_text, sentence):
    assert [c for c in extract_text(sentence) if c.kind in ("money", "quantity", "duration", "percent")] == []


@pytest.mark.parametrize(("sentence", "kind", "text"), IDIOM_WORDS_STILL_MEASURE)
def test_an_idioms_words_still_measure(extract_text, sentence, kind, text):
    assert [c.text for c in extract_text(sentence, kind=kind)] == [text]


# a falling "range" is a change told from one length to another: two figures
FALLING_FROM_TO = [
    ("The bypass cuts the drive from 50 minutes to 15 minutes.", ["50 minutes", "15 minutes"]),
    ("The new rules shrink the wait from 12 weeks to 4 weeks.", ["12 weeks", "4 weeks"]),
]


@pytest.mark.parametrize(("sentence", "texts"), FALLING_FROM_TO)
def test_a_falling_range_is_two_lengths(extract_text, sentence, texts):
    assert [c.text for c in extract_text(sentence, kind="duration")] == texts


def test_a_rising_range_of_lengths_stays_one(extract_text):
    (claim,) = extract_text("The course takes from 3 hours to 5 hours.", kind="duration")
    assert (claim.value.low, claim.value.high, claim.qualifier) == (3, 5, "range")


# durations in three quarters, and titles that go on past their figure's capitalised unit
THREE_QUARTERS = [
    ("The drive takes two and three-quarter hours.", "two and three-quarter hours", 2.75, "hour", "exact"),
    ("The climb took 3 and three quarter hours.", "3 and three quarter hours", 3.75, "hour", "exact"),
]
TITLES_GOING_ON = ["We saw 40 Days and 40 Nights at the cinema.", "Critics loved 20 Days and 20 Nights at the festival."]


@pytest.mark.parametrize(("sentence", "text", "amount", "unit", "qualifier"), THREE_QUARTERS)
def test_three_quarters(extract_text, sentence, text, amount, unit, qualifier):
    claims = [(c.text, c.value.amount, c.value.unit, c.qualifier) for c in extract_text(sentence, kind="duration")]
    assert claims == [(text, pytest.approx(amount), unit, qualifier)]


@pytest.mark.parametrize("sentence", TITLES_GOING_ON)
def test_a_title_going_on_is_no_length(extract_text, sentence):
    assert extract_text(sentence, kind="duration") == []


# a four-figure number before a unit measures it, unless a word of time opens it ("in 1998 tons of ...")
YEAR_SHAPED_MEASURES = [
    ("He came fourth in the 1500 metres at the trials.", "1500 metres", 1500, "meter"),
    ("The sub dived to 2000 feet below the ice.", "2000 feet", 2000, "foot"),
]
YEAR_BEFORE_A_UNIT = ["In 1998 tons of grain rotted in the silos.", "Since 2010 miles of track have been laid."]


@pytest.mark.parametrize(("sentence", "text", "amount", "unit"), YEAR_SHAPED_MEASURES)
def test_year_shaped_measure(extract_text, sentence, text, amount, unit):
    assert _one(extract_text, sentence) == [(text, amount, unit)]
    assert extract_text(sentence, kind="date") == []


@pytest.mark.parametrize("sentence", YEAR_BEFORE_A_UNIT)
def test_year_after_a_word_of_time_stays_a_year(extract_text, sentence):
    assert len(extract_text(sentence, kind="date")) == 1


GLUED_SECONDS_NEGATIVE = [  # decades, ages and groups
    "She moved to Paris in her 30s.",
    "Jazz of the 20s and 30s filled the hall.",
    "The over-40s league starts in May.",
    "Highs in the 30s are expected this week.",
    "Line up in 2s by the door.",
    "The rest of the 30s were quieter.",  # the rest of a decade
    "Stars who hold 30s records met in Rome.",
    "They opened a 3D printing lab.",  # a letter after one digit before a noun names a thing
    "The 5G network launched in May.",
]
DURATION_FORMS_NEGATIVE = [
    "He has a couple of friends.",
    "We met a couple of years ago.",  # a point, which no grammar reads: no length either
    "The battery lasts 10h 70m.",  # no minute count of 70: not read as one
    "Set the dial to 4h70.",
    "Its id is cc23-413d\nb8ab.",  # a letter glued inside an identifier
    "Ms Okafor met five MSs.",
    "The couple spent hours there.",
]


@pytest.mark.parametrize(("sentence", "text", "amount", "unit", "qualifier"), DURATION_FORMS)
def test_duration_form(extract_text, sentence, text, amount, unit, qualifier):
    claims = extract_text(sentence, kind="duration")
    assert [(c.text, c.value.amount, c.value.unit, c.qualifier) for c in claims] == [
        (text, pytest.approx(amount), unit, qualifier)]


@pytest.mark.parametrize("sentence", NOT_MINUTES_SECONDS)
def test_no_minutes_and_seconds(extract_text, sentence):
    assert all(c.value.amount != 255 for c in extract_text(sentence, kind="duration"))


ORDINAL_UNITS = [  # an ordinal before a unit of time counts which one, no length: no part of one either
    "It rained for a third day.",
    "Rents rose for a third consecutive year.",
    "The drive, now in its third year, ends on Saturday.",
    # "second" the ordinal of a compound, after a figure: "second homes", "second-hand"
    "There are 2,140 second homes in the district.",
    "Across the county there are around 9,800 second homes.",
    "Dealers sold 12 second-hand cars.",
    "Some 300 second-generation farmers signed the letter.",
]


@pytest.mark.parametrize("sentence", ORDINAL_UNITS)
def test_an_ordinal_unit_of_time_is_no_length(extract_text, sentence):
    assert extract_text(sentence, kind="duration") == []


@pytest.mark.parametrize("sentence", DURATION_FORMS_NEGATIVE)
def test_no_duration_form(extract_text, sentence):
    assert [c.text for c in extract_text(sentence, kind="duration") if c.value.unit == "minute" or "couple" in c.text] == []


@pytest.mark.parametrize("sentence", GLUED_SECONDS_NEGATIVE)
def test_glued_s_without_a_word_of_time_is_no_seconds(extract_text, sentence):
    assert extract_text(sentence, kind="duration") == []


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), SIGNED_RANGES)
def test_signed_range(extract_text, sentence, text, low, high, unit):
    claims = extract_text(sentence, kind="quantity")
    assert [(c.text, c.value.low, c.value.high, c.value.unit, c.qualifier) for c in claims] == [
        (text, low, high, unit, "range")]


@pytest.mark.parametrize("sentence", SIGNED_RANGES_NEGATIVE)
def test_signed_range_other_measure(extract_text, sentence):
    assert [c.text for c in extract_text(sentence, kind="quantity") if c.text.startswith("-")] == []


# A bound written after a length of time keeps its qualifier, as it does after money.
DURATION_TRAILING_BOUNDS = [
    ("The wait is 20 minutes max.", "20 minutes", "at_most"),
    ("He faces 10 years or more behind bars.", "10 years", "at_least"),
    ("The repair takes two hours at most.", "two hours", "at_most"),
    ("The trial lasted three weeks or less.", "three weeks", "at_most"),
    ("She slept 8 hours at least.", "8 hours", "at_least"),
    ("He worked 8 hours at most plants.", "8 hours", "exact"),  # 'most' a determiner
]


@pytest.mark.parametrize(("sentence", "text", "qualifier"), DURATION_TRAILING_BOUNDS)
def test_duration_trailing_bound(extract_text, sentence, text, qualifier):
    claims = extract_text(sentence)
    assert [(c.text, c.qualifier) for c in claims if c.kind in ("duration", "sentence")] == [(text, qualifier)]


# "an hour or two": one to two of the unit; "a week or so": about one.
ONE_OR_TWO = [
    ("The talk lasted an hour or two.", "an hour or two", 1, 2, "range"),
    ("Stay a day or two, the doctor said.", "a day or two", 1, 2, "range"),
    ("The repair takes a week or so.", "a week", 1, 1, "approx"),
    ("The fix took two hours or so.", "two hours", 2, 2, "approx"),
    ("It took an hour or two days, nobody knows.", "an hour", 1, 1, "exact"),  # "two days" is a figure of its own
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "qualifier"), ONE_OR_TWO)
def test_one_or_two(extract_text, sentence, text, low, high, qualifier):
    claims = extract_text(sentence, kind="duration")
    assert (claims[0].text, claims[0].value.low, claims[0].value.high, claims[0].qualifier) == (
        text, low, high, qualifier)


# "a pound of" weighs; "kgs", "kms" are plurals of the abbreviations.
POUND_AND_PLURAL_ABBREVIATIONS = [
    ("Buy a pound of butter.", "a pound", 1, "pound"),
    ("Add half a pound of sugar.", "half a pound", 0.5, "pound"),
    ("The suitcase weighs 23 kgs.", "23 kgs", 23, "kilogram"),
    ("They walked 12 kms to the border.", "12 kms", 12, "kilometer"),
    # pounds a sentence prices by the pound in dollars or values in dollars, and the base of a
    # comparison with pounds of a thing, weigh (no sterling in a crab or blueberry story)
    ("The boats landed 3.2 million pounds and got $4.10 a pound.", "3.2 million pounds", 3.2e6, "pound"),
    ("Growers sold 840,000 pounds worth $1.9 million.", "840,000 pounds", 840_000, "pound"),
    # a figure hyphenated to "pound" before the thing it weighs
    ("Pick up a 25-pound sack of flour on the way home.", "25-pound", 25, "pound"),
    ("The 12-pound turkey needs four hours in the oven.", "12-pound", 12, "pound"),
    ("She curls a 15-pound dumbbell every morning.", "15-pound", 15, "pound"),
]
# (the comparison's base, told after pounds of a thing)
POUNDS_COMPARED = [
    ("Crews hauled 2.1 million pounds of crab, down from 2.6 million pounds in 2024.",
     ["2.1 million pounds", "2.6 million pounds"]),
    ("The farm picked 95,000 pounds of blueberries, up from 80,000 pounds in 2023.",
     ["95,000 pounds", "80,000 pounds"]),
]
@pytest.mark.parametrize(("sentence", "texts"), POUNDS_COMPARED)
def test_pounds_compared_with_pounds_of_a_thing_weigh(extract_text, sentence, texts):
    assert [c.text for c in extract_text(sentence, kind="quantity")] == texts
    assert extract_text(sentence, kind="money") == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("He paid with a 20-pound note.", "20-pound"),
    ("Speeding earns a 100-pound fine there.", "100-pound"),
    ("The 10-pound ticket sold out in an hour.", "10-pound"),
    ("The club agreed an 80-million-pound deal for the striker.", "80-million-pound"),  # a scale weighs nothing
])
def test_a_hyphenated_pound_before_what_a_sum_buys_is_money(extract_text, sentence, text):
    assert [(c.text, c.value.currency) for c in extract_text(sentence, kind="money")] == [(text, "GBP")]


def test_pounds_paid_before_pounds_of_a_thing_stay_money(extract_text):
    sentence = "He paid 40 pounds, up from 30 pounds last year, for 5 pounds of apples."
    assert [(c.text, c.value.currency) for c in extract_text(sentence, kind="money")] == [
        ("40 pounds", "GBP"), ("30 pounds", "GBP")]


POUND_NEGATIVE = [
    "It costs a pound.",
    "He demanded a pound of flesh.",
    "The pound fell a cent.",
    "He paid 5 euros a pound.",
]


@pytest.mark.parametrize(("sentence", "text", "amount", "unit"), POUND_AND_PLURAL_ABBREVIATIONS)
def test_pound_and_plurals(extract_text, sentence, text, amount, unit):
    assert _one(extract_text, sentence) == [(text, pytest.approx(amount), unit)]


@pytest.mark.parametrize("sentence", POUND_NEGATIVE)
def test_pound_not_a_weight(extract_text, sentence):
    assert _one(extract_text, sentence) == []


# A figure and its unit capitalised inside an ordinary sentence name a work, a band or a place;
# a headline capitalises every word, and its measures stay measures.
TITLES_NOT_MEASURES = [
    "We watched 500 Days of Summer again last night.",
    "She queued for tickets to see Thirty Seconds to Mars.",
    "The DJ played some Nine Inch Nails after midnight.",
    "Three Mile Island is being restarted to power data centres.",
    "Critics loved the film Ninety Minutes in Heaven.",
    # a title that begins with "The", and a figure in words capitalised with its unit, however it ends
    "Is The Hundred-Foot Journey a good film?",
    "Is Seven Pounds a sad movie?",
    "We rented Twelve Years last weekend.",
    # a capital unit in the singular after a plural figure, and a work after a verb that plays it
    "She likes 50 Cent and the Beastie Boys.",
    "The rapper 50 Cent will headline the festival.",
    "Play 500 Miles by the Proclaimers.",
    "We streamed 60 Minutes after dinner.",
]
HEADLINE_MEASURES = [
    ("Seven Pounds Buys A Loaf", "money", "Seven Pounds"),
    ("Firm Fined For 3 Years Of Delays", "duration", "3 Years"),
    ("Pipeline Leaks 40 Barrels Of Oil Into The Bay", "quantity", "40 Barrels"),
    ("Prices Rise 50 Cent Per Litre", "money", "50 Cent"),
    ("I walked 500 Miles last year.", "quantity", "500 Miles"),  # capitals, but no name
]


@pytest.mark.parametrize("sentence", TITLES_NOT_MEASURES)
def test_a_title_is_no_measure(extract_text, sentence):
    assert [c for c in extract_text(sentence) if c.kind in ("duration", "quantity", "money")] == []


@pytest.mark.parametrize(("sentence", "kind", "text"), HEADLINE_MEASURES)
def test_a_headline_keeps_its_measures(extract_text, sentence, kind, text):
    assert [c.text for c in extract_text(sentence, kind=kind)] == [text]


# The sides of a box or a plot with the unit told once, after the last: each side is a length in it.
# Two sides need "by"; "2 x 500 ml" counts bottles and "4 x 400 m" a relay's legs.
DIMENSIONS = [
    ("The parcel is 60 x 40 x 25 cm.", [("60", 60, "centimeter"), ("40", 40, "centimeter"),
                                        ("25 cm", 25, "centimeter")]),
    ("They bought a plot of 30 by 80 feet.", [("30", 30, "foot"), ("80 feet", 80, "foot")]),
    ("The rug measures 3 by 2 metres.", [("3", 3, "meter"), ("2 metres", 2, "meter")]),
    ("The crate is 1.2 × 0.8 × 0.6 m.", [("1.2", 1.2, "meter"), ("0.8", 0.8, "meter"), ("0.6 m", 0.6, "meter")]),
    ("Pack 2 x 500 ml bottles of water.", [("500 ml", 500, "milliliter")]),
    ("She ran the 4 x 400 m relay.", [("400 m", 400, "meter")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DIMENSIONS)
def test_dimensions_told_once(extract_text, sentence, expected):
    assert _one(extract_text, sentence) == [(text, pytest.approx(amount), unit) for text, amount, unit in expected]
