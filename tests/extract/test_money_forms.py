"""Money phrasings beyond the peer benchmark (issue 13), one table per class.

Sentences are invented; values worked out by hand. A row is
(sentence, claim text without its bounding words, low, high, currency, qualifier).
"""

from __future__ import annotations

import pytest

from conftest import core

# A major and a minor unit together: one amount.
MAJOR_AND_MINOR = [
    ("A coffee costs $15 and 20 cents there.", "$15 and 20 cents", 15.20, 15.20, "USD", "exact"),
    ("The stamp was €2 and 5 cents.", "€2 and 5 cents", 2.05, 2.05, "EUR", "exact"),
    ("The ticket was 4 pounds 50 pence.", "4 pounds 50 pence", 4.50, 4.50, "GBP", "exact"),
    ("Lunch cost 12 ringgit and 30 sen.", "12 ringgit and 30 sen", 12.30, 12.30, "MYR", "exact"),
    # the hundredths of the shekel, the lira and the złoty by their own names
    ("The bus fare is 7 shekels 60 agorot.", "7 shekels 60 agorot", 7.60, 7.60, "ILS", "exact"),
    ("A glass of tea costs 12 lira 25 kuruş.", "12 lira 25 kuruş", 12.25, 12.25, "TRY", "exact"),
    ("The stamp costs 80 groszy.", "80 groszy", 0.80, 0.80, "PLN", "exact"),
    # centavos: the hundredths of the peso they follow, Mexican alone
    ("In Manila the jeepney fare is 13 pesos and 25 centavos.", "13 pesos and 25 centavos", 13.25, 13.25, "PHP",
     "exact"),
    ("In Mexico City a metro ticket is 5 pesos and 50 centavos.", "5 pesos and 50 centavos", 5.50, 5.50, "MXN",
     "exact"),
    ("A tortilla costs 90 centavos in Mexico.", "90 centavos", 0.90, 0.90, "MXN", "exact"),
    ("A bus ride is RM2 and 40 sen.", "RM2 and 40 sen", 2.40, 2.40, "MYR", "exact"),
    # the hundredths of the kwachas, the pula, the dalasi and the cedi by their own names
    ("A fritter in Kitwe is 2 kwacha 50 ngwee.", "2 kwacha 50 ngwee", 2.50, 2.50, "ZMW", "exact"),
    ("The minibus in Blantyre was 600 kwacha and 50 tambala.", "600 kwacha and 50 tambala", 600.50, 600.50, "MWK",
     "exact"),
    ("A loaf in Francistown costs 9 pula 75 thebe.", "9 pula 75 thebe", 9.75, 9.75, "BWP", "exact"),
    ("Sachet water in Kumasi went up by 20 pesewas.", "20 pesewas", 0.20, 0.20, "GHS", "exact"),
    ("The ferry at Banjul rose by 25 bututs.", "25 bututs", 0.25, 0.25, "GMD", "exact"),
    # whole pounds and glued pence
    ("A loaf costs 1 pound 20p.", "1 pound 20p", 1.20, 1.20, "GBP", "exact"),
    ("Tickets are 2 pounds 99p each.", "2 pounds 99p", 2.99, 2.99, "GBP", "exact"),
    ("The pint was £3 50p.", "£3 50p", 3.50, 3.50, "GBP", "exact"),
    # ... after "and", and cents glued to their "c"
    ("Parking was £2 and 40p for the hour.", "£2 and 40p", 2.40, 2.40, "GBP", "exact"),
    ("A flat white is $4 and 5c in Perth.", "$4 and 5c", 4.05, 4.05, "USD", "exact"),
    # a rand or naira sign glued to its whole units, which a minor unit makes money
    ("The taxi in Durban was R18 and 50 cents.", "R18 and 50 cents", 18.50, 18.50, "ZAR", "exact"),
    ("A sachet of water is N20 and 50 kobo.", "N20 and 50 kobo", 20.50, 20.50, "NGN", "exact"),
    # whole units in digits and two digits of hundredths with no unit, as said aloud
    ("The taxi came to 6 pounds 40.", "6 pounds 40", 6.40, 6.40, "GBP", "exact"),
    ("She handed me 2 euros 80 in change.", "2 euros 80", 2.80, 2.80, "EUR", "exact"),
    ("The ticket is 12 dollars 50.", "12 dollars 50", 12.50, 12.50, "USD", "exact"),
    # one unit said with "a" and its hundredths in words
    ("Gum was a buck fifty at the corner shop.", "a buck fifty", 1.50, 1.50, "USD", "exact"),
    ("A refill costs a dollar twenty-five.", "a dollar twenty-five", 1.25, 1.25, "USD", "exact"),
    ("The bus fare in town is a euro sixty.", "a euro sixty", 1.60, 1.60, "EUR", "exact"),
    ("Crisps were only a quid ninety.", "a quid ninety", 1.90, 1.90, "GBP", "exact"),
    # a bare shared name ("francs") before its own minor unit
    ("In Lausanne a croissant is 3 francs 80 centimes.", "3 francs 80 centimes", 3.80, 3.80, "CHF", "exact"),
    ("The parking meter wants 2 francs and 50 centimes.", "2 francs and 50 centimes", 2.50, 2.50, "CHF", "exact"),
]
MAJOR_AND_MINOR_SEVERAL = [  # a second figure that is no hundredth stays a figure of its own
    ("He paid $15 and 200 cents.", ["$15", "200 cents"]),
    ("It cost $5 and then 30 cents more.", ["$5", "30 cents"]),
    ("He paid £5 and 20p was left over.", ["£5", "20p"]),
    ("It fell to 1 pound, 20p less than before.", ["1 pound", "20p"]),
    ("He gave 4 pounds 50 pupils a prize.", ["4 pounds"]),  # the figure counts the noun after it
    ("He gave four pounds fifty pupils a prize.", ["four pounds"]),  # in words too
    ("It cost 3 pounds and 20.", ["3 pounds"]),
    ("The fee rose to 30 pounds 25 years ago.", ["30 pounds"]),
    ("It was a buck fifty, not a dollar.", ["a buck fifty", "a dollar"]),
]

# Currency forms: glued symbols and codes, a currency's own name with no country, slang.
CURRENCY_FORMS = [
    ("A meal costs RM15 in the old town.", "RM15", 15, 15, "MYR", "exact"),
    # the Malawian kwacha's "MK" apart from its figure, and the Cayman dollar's "CI$"
    ("Maize at the Lilongwe depot sells for MK 650 a kilo.", "MK 650", 650, 650, "MWK", "exact"),
    ("Fees in Zomba rose to MK 45,000 a term.", "MK 45,000", 45_000, 45_000, "MWK", "exact"),
    ("A dive off George Town costs CI$120.", "CI$120", 120, 120, "KYD", "exact"),
    ("Cayman's duty on the car was CI$ 9,400.", "CI$ 9,400", 9_400, 9_400, "KYD", "exact"),
    # a letter sign read by the country a city names, the city told in the possessive too
    ("Bids for the terminal at Lima's airport came in at S/ 1.5 billion.", "S/ 1.5 billion", 1.5e9, 1.5e9, "PEN",
     "exact"),
    ("Fares on Lagos's danfo buses rose to N450.", "N450", 450, 450, "NGN", "exact"),
    # the New Taiwan dollar's "NTD", the code Taiwanese copy prints beside the ISO one
    ("A bubble tea in Taichung is NTD 65.", "NTD 65", 65, 65, "TWD", "exact"),
    ("The regulator fined the bank NTD 1.2 million.", "NTD 1.2 million", 1.2e6, 1.2e6, "TWD", "exact"),
    # Kenyan "bob", the shilling in speech
    ("The boda guy wants 150 bob to Kilimani.", "150 bob", 150, 150, "KES", "exact"),
    ("Sukuma wiki is 30 bob a bunch at Marikiti.", "30 bob", 30, 30, "KES", "exact"),
    # a currency counted in whole units (no decimals in CLDR) groups its thousands by a dot; one with
    # cents keeps a figure to the thousandth (fuel, dividends)
    ("A motorbike taxi across Hanoi was 65.000đ.", "65.000đ", 65_000, 65_000, "VND", "exact"),
    ("The homestay in Hue is 350.000 đ a night.", "350.000 đ", 350_000, 350_000, "VND", "exact"),
    ("A bowl of ramen was ¥1.250 at the stall.", "¥1.250", 1_250, 1_250, "JPY", "exact"),
    ("The guesthouse in Ubud charges Rp 350.500 a night.", "Rp 350.500", 350_500, 350_500, "IDR", "exact"),
    ("Petrol was €1.659 a litre on Monday.", "€1.659", 1.659, 1.659, "EUR", "exact"),
    ("The board set a dividend of $1.125 a share.", "$1.125", 1.125, 1.125, "USD", "exact"),
    # Indonesian and Malay scale words after a rupiah figure: ribu (thousand, "rb"), juta (million)
    ("Durian in Medan was Rp 60 ribu a kilo.", "Rp 60 ribu", 60_000, 60_000, "IDR", "exact"),
    ("Parking at the mall was Rp5rb.", "Rp5rb", 5_000, 5_000, "IDR", "exact"),
    ("Her laptop cost Rp 7,5 juta in Surabaya.", "Rp 7,5 juta", 7_500_000, 7_500_000, "IDR", "exact"),
    ("The village fund got Rp 800 juta this year.", "Rp 800 juta", 8e8, 8e8, "IDR", "exact"),
    # the Egyptian pound's "E£", and "Kshs" for the Kenyan shilling
    ("Cab fares in Cairo start at E£18 now.", "E£18", 18, 18, "EGP", "exact"),
    ("The Kisumu mechanic asked Kshs. 2,400 for the part.", "Kshs. 2,400", 2_400, 2_400, "KES", "exact"),
    ("A locksmith charged Kshs 1,900 to open it.", "Kshs 1,900", 1_900, 1_900, "KES", "exact"),
    ("The hotel charged RM 240 a night.", "RM 240", 240, 240, "MYR", "exact"),
    ("The fare rose to CNY8.", "CNY8", 8, 8, "CNY", "exact"),
    # a currency's name spelled as its country writes it
    ("The train to Gdansk was 60 złoty.", "60 złoty", 60, 60, "PLN", "exact"),
    ("The regulator imposed a fine of 2 million złotych.", "2 million złotych", 2e6, 2e6, "PLN", "exact"),
    ("Tickets cost USD5 each.", "USD5", 5, 5, "USD", "exact"),
    ("Tea costs Rs 75 a cup.", "Rs 75", 75, 75, "INR", "exact"),
    ("Tea costs 75Rs a cup.", "75Rs", 75, 75, "INR", "exact"),
    ("Entry is 30 Egyptian pounds.", "30 Egyptian pounds", 30, 30, "EGP", "exact"),
    ("A room costs 500 tugrik.", "500 tugrik", 500, 500, "MNT", "exact"),
    # Bosnia's convertible mark, by the name its copy gives it (CLDR has it only with the country)
    ("The court fined him 12,000 convertible marks.", "12,000 convertible marks", 12000, 12000, "BAM", "exact"),
    ("Each will get 4,080 convertible marks a year.", "4,080 convertible marks", 4080, 4080, "BAM", "exact"),
    ("Bread now sells for 20 birr.", "20 birr", 20, 20, "ETB", "exact"),
    ("A rickshaw ride costs 60 taka.", "60 taka", 60, 60, "BDT", "exact"),
    ("He earns 50 grand a year.", "50 grand", 50_000, 50_000, "USD", "exact"),
    ("The car went for 12 grand.", "12 grand", 12_000, 12_000, "USD", "exact"),
    ("He paid fifty rials for bread.", "fifty rials", 50, 50, "IRR", "exact"),
    # a shared sign with a code after the figure: the code says which dollar, yen or rupee
    ("A day pass costs $40 CAD at the gate.", "$40 CAD", 40, 40, "CAD", "exact"),
    ("The boat trip was $1,200 MXN for four of us.", "$1,200 MXN", 1200, 1200, "MXN", "exact"),
    ("A bowl of noodles was ¥30 CNY.", "¥30 CNY", 30, 30, "CNY", "exact"),
    # "mil" glued to the figure, as people type a million
    ("The rookie got $2.5mil guaranteed.", "$2.5mil", 2_500_000, 2_500_000, "USD", "exact"),
    ("They sold the farm for £1.2mil last year.", "£1.2mil", 1_200_000, 1_200_000, "GBP", "exact"),
    # Indian scale words in their plural spellings; pence and cents told to hundredths (energy tariffs)
    ("The flat is listed at Rs 85 lacs.", "Rs 85 lacs", 8_500_000, 8_500_000, "INR", "exact"),
    ("The cap sets gas at 6.24p per kWh.", "6.24p", 0.0624, 0.0624, "GBP", "exact"),
    ("The standing charge rose to 53.35p a day.", "53.35p", 0.5335, 0.5335, "GBP", "exact"),
    ("A kilo of rice costs 90,000 rials in Tehran.", "90,000 rials", 90_000, 90_000, "IRR", "exact"),
]
CURRENCY_FORMS_NEGATIVE = [
    # pounds converted into a unit of mass weigh
    "What is 15 pounds in kilos?",
    "Convert 20 pounds to kg for the recipe.",
    "The hall holds two grand pianos.",
    "He lives at 50 Grand Avenue.",
    "She won a grand prize at the fair.",
    "A grand jury indicted him.",
    "She got 30 marks in the exam.",
    "The ESP32 chip and the COP26 summit.",
    "The RM15 engine is loud.",
    "The vote was 52 to 48 Sen Smith said.",
    "We drank 4 cups of coffee.",
    # "my two cents": an opinion; a weight in pounds and ounces
    "Here's my two cents on the essay.",
    "The coach's two cents were ignored.",
    "The fish was 2 pounds 3 ounces.",
    # a name, not the shilling; "two-bob" is cheap
    "We met 200 Bob Marley fans in Kingston.",
    "It was a two-bob outfit run from a garage.",
]

# Ranges with the currency on both ends are one range; a bound keeps its qualifier.
RANGES_AND_BOUNDS = [
    ("Tickets range from 15 dollars to 25 dollars.", "15 dollars to 25 dollars", 15, 25, "USD", "range"),
    ("Fines run from 200 euros to 500 euros.", "200 euros to 500 euros", 200, 500, "EUR", "range"),
    # "anywhere from": a range even after a verb that could tell a change
    ("Used bikes go for anywhere from $250 to $400.", "$250 to $400", 250, 400, "USD", "range"),
    ("A repair can cost anywhere from £80 to £150.", "£80 to £150", 80, 150, "GBP", "range"),
    ("Rents are between 900 pounds and 1,200 pounds.", "900 pounds and 1,200 pounds", 900, 1_200, "GBP", "range"),
    # a scale of several words serves both ends, all of it
    ("The flat will sell for three to four hundred thousand euros.", "three to four hundred thousand euros", 300_000,
     400_000, "EUR", "range"),
    ("Repairs cost between one and two hundred million dollars.", "one and two hundred million dollars", 1e8, 2e8,
     "USD", "range"),
    # "N or M" with the unit told once: an approximate range, as "two or three years" is
    ("The boat should fetch 7 or 8 grand.", "7 or 8 grand", 7_000, 8_000, "USD", "range"),
    ("A coffee there is 3 or 4 euros.", "3 or 4 euros", 3, 4, "EUR", "range"),
    ("They hope to raise two or three million pounds.", "two or three million pounds", 2e6, 3e6, "GBP", "range"),
    # "from X up to Y": one range, its ceiling no bound of its own
    ("Rooms go from $40 up to $120 a night.", "$40 up to $120", 40, 120, "USD", "range"),
    ("Fines range from €200 up to €5,000.", "€200 up to €5,000", 200, 5_000, "EUR", "range"),
    ("Seats cost from ₹300 up to ₹2,000.", "₹300 up to ₹2,000", 300, 2_000, "INR", "range"),
    # ... and "between" two ends each read whole, a code and a scale word on each
    ("The dam will cost between RWF 80 billion and RWF 95 billion.", "RWF 80 billion and RWF 95 billion", 80e9,
     95e9, "RWF", "range"),
    ("The plan costs between EUR 2 million and EUR 3 million.", "EUR 2 million and EUR 3 million", 2e6, 3e6,
     "EUR", "range"),
    # ... or "from" and "to" ("HK$", "RM": a mark glued to each end)
    ("Flats in the tower are priced from HK$5 million to HK$9 million.", "HK$5 million to HK$9 million", 5e6, 9e6,
     "HKD", "range"),
    ("Salaries range from RM3,000 to RM5,000 a month.", "RM3,000 to RM5,000", 3_000, 5_000, "MYR", "range"),
    ("He paid from his own pocket up to $50.", "$50", 50, 50, "USD", "at_most"),
    ("Prices are lower than €12.", "€12", 12, 12, "EUR", "at_most"),
    ("Bids came in higher than $4 million.", "$4 million", 4e6, 4e6, "USD", "at_least"),
    ("A ride is cheaper than 3 euros.", "3 euros", 3, 3, "EUR", "at_most"),
    # "over" that finishes a verb ("hand over", "fork over") bounds nothing
    ("The insurer will hand over $525 million to settle the claims.", "$525 million", 525e6, 525e6, "USD", "exact"),
    ("He forked over $2,000 for the tickets.", "$2,000", 2000, 2000, "USD", "exact"),
    ("The bank must hand over €3 million, the court said.", "€3 million", 3e6, 3e6, "EUR", "exact"),
    ("Acme paid over $5 million in fines.", "$5 million", 5e6, 5e6, "USD", "at_least"),
    # nor does "up" of a verb of rising: the level reached, unless a modal makes it a ceiling
    ("Its borrowing limit will go up to £4.2 billion next year.", "£4.2 billion", 4.2e9, 4.2e9, "GBP", "exact"),
    ("Oil prices shot up to $90 on Monday.", "$90", 90, 90, "USD", "exact"),
    ("The bill climbed up to €310 in March.", "€310", 310, 310, "EUR", "exact"),
    ("The annual fee stepped up to $45 in April.", "$45", 45, 45, "USD", "exact"),
    # a threshold passed bounds the figure from below ("passed" and "crossed" only before a round mark)
    ("Ticket sales topped $40 million in March.", "$40 million", 40e6, 40e6, "USD", "at_least"),
    ("Revenue passed €2 billion for the first time.", "€2 billion", 2e9, 2e9, "EUR", "at_least"),
    ("Damages claimed exceeded £300,000.", "£300,000", 3e5, 3e5, "GBP", "at_least"),
    ("Bids surpassed $5m within an hour.", "$5m", 5e6, 5e6, "USD", "at_least"),
    ("Her salary passed $47,380 in May.", "$47,380", 47380, 47380, "USD", "exact"),  # no round mark
    ("The fine could go up to €5 million.", "€5 million", 5e6, 5e6, "EUR", "at_most"),
    ("Damages may go up to $2 million.", "$2 million", 2e6, 2e6, "USD", "at_most"),
]
# a sum closed with "/-", as South Asian copy writes it (no paise)
NO_PAISE = [
    ("The scooter is listed at Rs 62,000/- on the site.", "Rs 62,000", 62_000, 62_000, "INR", "exact"),
    ("Membership costs Rs. 750/- per month.", "Rs. 750", 750, 750, "INR", "exact"),
    ("The hall charges ₹1,800/- a day.", "₹1,800", 1_800, 1_800, "INR", "exact"),
    # ... or with "/=" (no cents), as Sri Lankan and East African copy does
    ("A new water pump costs Rs. 12,400/= in Kandy.", "Rs. 12,400", 12_400, 12_400, "LKR", "exact"),
    ("A fundi in Mombasa asked KSh 3,500/= for the job.", "KSh 3,500", 3_500, 3_500, "KES", "exact"),
    ("Fees at the Kampala school are Shs 450,000/= a term.", "Shs 450,000", 450_000, 450_000, "UGX", "exact"),
]
# lakh and crore glued to a rupee figure ("L", "Cr"); a glued "L" elsewhere is litres
GLUED_LAKH = [
    ("He earns ₹18.5L a year at the bank.", "₹18.5L", 1_850_000, 1_850_000, "INR", "exact"),
    ("The flat costs Rs 45L.", "Rs 45L", 4_500_000, 4_500_000, "INR", "exact"),
    ("The villa sold for ₹2.4Cr last week.", "₹2.4Cr", 24_000_000, 24_000_000, "INR", "exact"),
]
# A capital letter glued to a figure: the currency of the one country the text names that writes
# it (N: naira; K: the kwachas, kina, kyat; P: Philippine peso, pula; R: rand); N and R with a
# scale, a thousands group or cents need no country ("R3.01" is no road)
LETTER_SIGNS = [
    ("A Ndola court fined the miner K12,500 on Friday.", "K12,500", 12_500, 12_500, "ZMW", "exact"),
    ("Malawi's donors pledged K24.5 billion for the dams.", "K24.5 billion", 24.5e9, 24.5e9, "MWK", "exact"),
    ("In Port Moresby a bag of rice is now K48.", "K48", 48, 48, "PGK", "exact"),
    ("The Davao court awarded P2.3 million in damages.", "P2.3 million", 2.3e6, 2.3e6, "PHP", "exact"),
    ("A combi ride in Francistown costs P9.", "P9", 9, 9, "BWP", "exact"),
    ("Okada riders in Ibadan now pay N350 a day to the council.", "N350", 350, 350, "NGN", "exact"),
    ("My allowance is N40k a month.", "N40k", 40_000, 40_000, "NGN", "exact"),
    ("Diesel costs R23.17 a litre this week.", "R23.17", 23.17, 23.17, "ZAR", "exact"),
    ("The levy on the slip was R212,48.", "R212,48", 212.48, 212.48, "ZAR", "exact"),
    ("Maize meal in Blantyre sold at MK950 a kilo.", "MK950", 950, 950, "MWK", "exact"),
    ("Caterers in Pretoria charge R420 a plate.", "R420", 420, 420, "ZAR", "exact"),
    # ... and a letter sign hyphenated to its scale word, as South African and Nigerian copy writes it
    ("The city approved a R1.2-billion budget.", "R1.2-billion", 1.2e9, 1.2e9, "ZAR", "exact"),
    ("The N40-million contract was signed in Abuja.", "N40-million", 40e6, 40e6, "NGN", "exact"),
    ("A taxi from Soweto to Sandton costs R85, drivers in Johannesburg say.", "R85", 85, 85, "ZAR", "exact"),
    # ... or spaced from it, read the same way
    ("A tricycle ride in Davao now costs P 25.", "P 25", 25, 25, "PHP", "exact"),
    ("The new roads will cost R 3.4 billion, the council said.", "R 3.4 billion", 3.4e9, 3.4e9, "ZAR", "exact"),
    ("Bus fares in Lagos rose to N 450 this week.", "N 450", 450, 450, "NGN", "exact"),
    # the taka's sign, and a dollar's code written with its sign
    ("A kilo of hilsa costs ৳1,400 in Dhaka.", "৳1,400", 1400, 1400, "BDT", "exact"),
    ("A private room costs JMD$38,500 a night.", "JMD$38,500", 38_500, 38_500, "JMD", "exact"),
    ("Passes are TTD$120 each.", "TTD$120", 120, 120, "TTD", "exact"),
    ("A bus in Castries is EC$2.75 for the short route.", "EC$2.75", 2.75, 2.75, "XCD", "exact"),
    # island dollars with their country's letters; Zimbabwe's gold-backed ZiG
    ("The ferry to Taveuni is FJ$65 one way.", "FJ$65", 65, 65, "FJD", "exact"),
    # the guaraní in its Spanish plurals and with its accent
    ("The levy raised 3.2 trillion guaraníes last year.", "3.2 trillion guaraníes", 3.2e12, 3.2e12, "PYG", "exact"),
    ("A bus ticket in Asunción costs 3,400 guaranies.", "3,400 guaranies", 3_400, 3_400, "PYG", "exact"),
    ("The club was fined 80 million guaraní.", "80 million guaraní", 8e7, 8e7, "PYG", "exact"),
    ("A taxi across Apia costs WS$15.", "WS$15", 15, 15, "WST", "exact"),
    ("The Honiara market stall wanted SI$40 for it.", "SI$40", 40, 40, "SBD", "exact"),
    ("The Belize City water taxi is BZ$25.", "BZ$25", 25, 25, "BZD", "exact"),
    ("Bread in Bulawayo now costs ZiG 30 a loaf.", "ZiG 30", 30, 30, "ZWG", "exact"),
    # 'Shs' (the shillings) and 'Dh', 'Dhs' (the dirhams) of the country the text names
    ("A boda ride in Kampala is shs 5,000 now.", "shs 5,000", 5_000, 5_000, "UGX", "exact"),
    ("The Arusha guesthouse asks Shs 45,000 a night.", "Shs 45,000", 45_000, 45_000, "TZS", "exact"),
    ("A nurse in Abu Dhabi won Dh 2 million in the raffle.", "Dh 2 million", 2e6, 2e6, "AED", "exact"),
    # ... glued to the figure as well, as are the taka's "Tk" and the ZiG
    ("A Sharjah landlord raised the rent to Dhs85,000 a year.", "Dhs85,000", 85_000, 85_000, "AED", "exact"),
    ("A riad near Casablanca asks Dh900 a night.", "Dh900", 900, 900, "MAD", "exact"),
    ("A boda across Kampala now costs Shs7,000.", "Shs7,000", 7_000, 7_000, "UGX", "exact"),
    ("In Dhaka a rickshaw ride across town is Tk60.", "Tk60", 60, 60, "BDT", "exact"),
    ("A loaf in Bulawayo is ZiG3 now.", "ZiG3", 3, 3, "ZWG", "exact"),
    # a letter sign glued to a figure whose thousands are set apart by spaces (southern African copy)
    ("The deposit on the Durban flat was R18 000.", "R18 000", 18_000, 18_000, "ZAR", "exact"),
    ("A two-bedroom flat in Sandton now sells for R1 250 000.", "R1 250 000", 1_250_000, 1_250_000, "ZAR", "exact"),
    ("Rents in Gaborone average P4 500 a month.", "P4 500", 4_500, 4_500, "BWP", "exact"),
    ("The Lusaka council fined the trader K10 000.", "K10 000", 10_000, 10_000, "ZMW", "exact"),
    ("A plumber in Ibadan charged N25 000 for the job.", "N25 000", 25_000, 25_000, "NGN", "exact"),
    # an ISO code that is also a word or a firm's name, before a sum that a scale word makes one
    ("The tax service is claiming AMD 96.2bn from the smelter.", "AMD 96.2bn", 96.2e9, 96.2e9, "AMD", "exact"),
    ("Rabat fined the importer MAD 2.5 million.", "MAD 2.5 million", 2.5e6, 2.5e6, "MAD", "exact"),
    ("The Lima metro loan is PEN 400 million.", "PEN 400 million", 4e8, 4e8, "PEN", "exact"),
    # a glued code with a scale word or letter after it
    ("A Johor court fined the firm RM3.4 million.", "RM3.4 million", 3.4e6, 3.4e6, "MYR", "exact"),
    ("She has RM240k in her pension account.", "RM240k", 240_000, 240_000, "MYR", "exact"),
]
# coins and notes called by their names, alone or counted
NAMED_COINS_AND_NOTES = [
    ("Bring a loonie for the parking meter.", "a loonie", 1, 1, "CAD", "exact"),
    ("The dryer takes a toonie per load.", "a toonie", 2, 2, "CAD", "exact"),
    ("Parking was two toonies for the hour.", "two toonies", 4, 4, "CAD", "exact"),
    ("Candy cost a nickel when I was small.", "a nickel", 0.05, 0.05, "USD", "exact"),
    ("Pencils were a dime each at the fair.", "a dime", 0.10, 0.10, "USD", "exact"),
    ("She slipped him a C-note for the tip.", "a C-note", 100, 100, "USD", "exact"),
    ("The watch cost him five Benjamins.", "five Benjamins", 500, 500, "USD", "exact"),
    ("I paid the cabbie with two fivers.", "two fivers", 10, 10, "GBP", "exact"),
]
NAMED_COINS_AND_NOTES_NEGATIVE = [
    "He never paid a dime in tax.",
    "The nickel mine closed last year.",
    "The Benjamins moved to Toledo in May.",
    "A dime a dozen, those phones.",
]
LETTER_SIGNS_NEGATIVE = [
    "The fine was K12,500, the clerk said.",  # no country named: which K?
    "Nurses in Lagos were issued N95 masks.",  # a letter and digits naming a thing
    "Climbers from Ndola reached the K2 summit.",
    "Take the R101 or the N1 north of Pretoria.",  # South Africa's roads
    "Trucks queued on the R61 outside Durban.",
    "The guide charges R350 a day in Lisbon.",  # no rand country named: which R?
    "The P9 bus from Davao was late.",
    "The shop charged R 75 for the firewood.",  # spaced, with no rand country named
    "Take the P 500 form to the Davao office.",  # a form's name: nothing glued, and a noun follows
    "He paid Dh 300 for the rug.",  # no country named: whose dirham?
    "He was fined Dhs5,000 for the crash.",
    "The chip packs AMD 1.2 billion transistors.",  # a firm's name before a count of things
    "The TOP 1,000 firms grew faster.",
    "We made the TOP 10 list again.",
    "The Tk1 prototype flew on Friday.",  # no figure a sum: a model's name
]
# a sign glued to the first figure of a range serves the bare second one (an en dash between figures
# is read as a hyphen, which splits them)
GLUED_SIGN_RANGES = [
    ("Cornrows in Kumasi cost GH₵300–450 this year.", "GH₵300–450", 300, 450, "GHS", "range"),
    ("A plate of nasi lemak is RM8-12 in town.", "RM8-12", 8, 12, "MYR", "range"),
    ("Fees run EUR200-300 a head.", "EUR200-300", 200, 300, "EUR", "range"),
    ("The auto fare is Rs40 to 60 now.", "Rs40 to 60", 40, 60, "INR", "range"),
    ("A matatu ride is KSh80 to 120 in Nairobi.", "KSh80 to 120", 80, 120, "KES", "range"),
]
# Gulf and Jordanian letter signs and Peru's "S/", read where the text names their country; the tugrik's
# and the dram's signs; minor units of the riyal, the lev and the lari; the pa'anga and the so'm
GULF_AND_OTHER_SIGNS = [
    ("Cement in Amman rose to JD 85 a tonne.", "JD 85", 85, 85, "JOD", "exact"),
    ("A driver in Jeddah was fined SR 500.", "SR 500", 500, 500, "SAR", "exact"),
    ("Taxis from the airport in Bahrain cost BD 5.", "BD 5", 5, 5, "BHD", "exact"),
    ("Stadium seats in Qatar cost QR 40.", "QR 40", 40, 40, "QAR", "exact"),
    ("Kuwait raised the residency fee to KD 20.", "KD 20", 20, 20, "KWD", "exact"),
    ("Bus fares in Lima went up to S/ 3.20 on Monday.", "S/ 3.20", 3.2, 3.2, "PEN", "exact"),
    ("A bus ticket in the capital is ₮500.", "₮500", 500, 500, "MNT", "exact"),
    ("A taxi across town costs ֏1,200.", "֏1,200", 1200, 1200, "AMD", "exact"),
    ("Bread in Riyadh is 2 riyals 25 halalas.", "2 riyals 25 halalas", 2.25, 2.25, "SAR", "exact"),
    ("Stamps rose by 20 stotinki.", "20 stotinki", 0.2, 0.2, "BGN", "exact"),
    ("The tram fare is 50 tetri.", "50 tetri", 0.5, 0.5, "GEL", "exact"),
    # Eswatini's "E", read where the text names the kingdom or a town of it, and the lilangeni's plural
    ("Mbabane traders paid E450 for a permit.", "E450", 450, 450, "SZL", "exact"),
    ("The fund in Eswatini paid E1.25 billion.", "E1.25 billion", 1.25e9, 1.25e9, "SZL", "exact"),
    ("The pension fund paid 2.4 billion emalangeni.", "2.4 billion emalangeni", 2.4e9, 2.4e9, "SZL", "exact"),
    ("A taxi across Nuku'alofa is 15 pa'anga.", "15 pa'anga", 15, 15, "TOP", "exact"),
    ("Bread in Samarkand is 4,000 so'm.", "4,000 so'm", 4000, 4000, "UZS", "exact"),
    # letter signs of small currencies, read where the text names their country: Bhutan's "Nu." (the
    # ngultrum, not the rupee Bhutan also takes), Sierra Leone's "Le", Panama's "B/.", Vanuatu's "VT",
    # Tonga's "T$"; and more minor units
    ("A museum ticket in Bhutan is Nu. 300.", "Nu. 300", 300, 300, "BTN", "exact"),
    ("Bhutan will spend Nu 12 billion on roads.", "Nu 12 billion", 12e9, 12e9, "BTN", "exact"),
    ("Freetown's market levy in Sierra Leone rose to Le 25.", "Le 25", 25, 25, "SLE", "exact"),
    ("The new clinic in Panama will cost B/. 2.5 million.", "B/. 2.5 million", 2.5e6, 2.5e6, "PAB", "exact"),
    ("A taxi in Port Vila, Vanuatu, is VT 800.", "VT 800", 800, 800, "VUV", "exact"),
    ("Rooms in Tonga go for T$180 a night.", "T$180", 180, 180, "TOP", "exact"),
    ("Bus fares in Chiang Mai rose by 75 satang.", "75 satang", 0.75, 0.75, "THB", "exact"),
    ("A tram ride in Iasi is 4 lei 50 bani.", "4 lei 50 bani", 4.5, 4.5, "RON", "exact"),
    ("A bun at the Dushanbe market is 2 somoni 40 diram.", "2 somoni 40 diram", 2.4, 2.4, "TJS", "exact"),
    ("Stamps in Lae cost 90 toea.", "90 toea", 0.9, 0.9, "PGK", "exact"),
    # a plural in the currency's own language, which CLDR's English names lack, and its minor unit
    ("Taxis in Maseru charge 12 maloti a ride.", "12 maloti", 12, 12, "LSL", "exact"),
    ("A pie in Maseru is 9 maloti 75 lisente.", "9 maloti 75 lisente", 9.75, 9.75, "LSL", "exact"),
    ("Empanadas in Caracas went up to 45 bolívares.", "45 bolívares", 45, 45, "VES", "exact"),
    # ... withdrawn currencies, which copy still quotes for prices of their time
    ("In 1999 a beer in Zadar cost 9 kuna.", "9 kuna", 9, 9, "HRK", "exact"),
    ("A gyro in Patras cost 300 drachmas in 2000.", "300 drachmas", 300, 300, "GRD", "exact"),
    # ... a name printed in full, the adjective spelt out ("Saint Helena")
    ("Lunch in Jamestown is 14 Saint Helena pounds.", "14 Saint Helena pounds", 14, 14, "SHP", "exact"),
    # ... a glyph sign after the figure, a full stop after it split off
    ("Udon in Kyoto was 880円.", "880円", 880, 880, "JPY", "exact"),
    ("A boat ride in Battambang is 8,000៛.", "8,000៛", 8000, 8000, "KHR", "exact"),
    # a word two countries' currencies share, settled by a city the text names: the won, the riyal
    # (Yemen's spelt as Saudi Arabia's is), the guilder (Curaçao's, not the withdrawn Dutch one)
    ("A tram ride in Pyongyang costs 5,000 won.", "5,000 won", 5000, 5000, "KPW", "exact"),
    ("Kimchi in Busan costs 6,000 won.", "6,000 won", 6000, 6000, "KRW", "exact"),
    ("Bread in Sanaa now costs 300 riyals.", "300 riyals", 300, 300, "YER", "exact"),
    ("Snacks in Willemstad are 4 guilders.", "4 guilders", 4, 4, "ANG", "exact"),
    ("A canal house sold for 80,000 guilders in 1971.", "80,000 guilders", 80000, 80000, "NLG", "exact"),
    # a word several currencies share, settled by the adjective of one of them when the text names
    # neither the country nor a city of it
    ("A Bulgarian vignette costs 15 leva a week.", "15 leva", 15, 15, "BGN", "exact"),
    ("Moldovan drivers pay 300 lei for the sticker.", "300 lei", 300, 300, "MDL", "exact"),
    ("Kenyan traders pay 200 shillings a day for a stall.", "200 shillings", 200, 200, "KES", "exact"),
    # ... or by a city printed with accents the table keeps under plain letters
    ("Rental firms in Chișinău charge 4,000 lei.", "4,000 lei", 4000, 4000, "MDL", "exact"),
    # ... and a currency with no minor unit groups thousands by a dot once it is settled
    ("Lunch in Santiago is 7.500 pesos.", "7.500 pesos", 7500, 7500, "CLP", "exact"),
    ("A coffee in Bogotá costs 4.200 pesos.", "4.200 pesos", 4200, 4200, "COP", "exact"),
    ("Bread in Mexico City costs 2.500 pesos.", "2.500 pesos", 2.5, 2.5, "MXN", "exact"),  # the peso has centavos
    # a range in words whose high end's hundreds serve the low end
    ("Rooms go for two to three hundred dollars a night.", "two to three hundred dollars", 200, 300, "USD", "range"),
    ("A used bike is four to six hundred euros.", "four to six hundred euros", 400, 600, "EUR", "range"),
    ("Tickets cost 2 to 300 dollars.", "2 to 300 dollars", 2, 300, "USD", "range"),
]
GULF_AND_OTHER_SIGNS_NEGATIVE = [
    "The SR 71 flew over the base.",  # no Saudi Arabia named: a plane
    "Take exit QR 12 off the ring road.",
    "Take the E40 motorway to Brussels.",  # no Eswatini named: a road
    "Stations in Eswatini sell E10 petrol.",  # a letter and digits before a noun name a thing
    "Kenyan and Ugandan traders pay 200 shillings a day.",  # two adjectives: whose shilling?
    "Le Monde sold 300 copies in Paris.",  # no Sierra Leone named: an article
    "The VT 500 scooter is sold in France.",
]
GLUED_SIGN_RANGES_NEGATIVE = [
    "Delegates met before COP26-28 talks.",  # a code glued to a bare figure names a thing
    "The ESP32-40 boards shipped late.",
]
RANGES_SEVERAL = [  # a change is two figures, as for symbols ("rose from $5m to $7m")
    ("He paid $5 or $6 for it.", ["$5", "$6"]),  # each told with its sign: two figures
    ("The fee rose from 15 dollars to 25 dollars.", ["15 dollars", "25 dollars"]),
    ("He paid 5 dollars and she paid 10 dollars.", ["5 dollars", "10 dollars"]),
    # a change and the level it reached, the letter sign told with each
    ("Diesel rose by Rs 4.50 to Rs 301.20 a litre.", ["Rs 4.50", "Rs 301.20"]),
    ("The toll went up by RM 2 to RM 14 on Monday.", ["RM 2", "RM 14"]),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "currency", "qualifier"),
                         MAJOR_AND_MINOR + CURRENCY_FORMS + RANGES_AND_BOUNDS + GLUED_LAKH + LETTER_SIGNS
                         + NAMED_COINS_AND_NOTES + NO_PAISE + GLUED_SIGN_RANGES + GULF_AND_OTHER_SIGNS)
def test_money_form(extract_text, sentence, text, low, high, currency, qualifier):
    claims = extract_text(sentence, kind="money")
    assert [core(c.text) for c in claims] == [text]
    v = claims[0].value
    assert (v.currency, claims[0].qualifier) == (currency, qualifier)
    assert v.low == pytest.approx(low) and v.high == pytest.approx(high)


@pytest.mark.parametrize(("sentence", "texts"), MAJOR_AND_MINOR_SEVERAL + RANGES_SEVERAL)
def test_several_figures(extract_text, sentence, texts):
    assert [core(c.text) for c in extract_text(sentence, kind="money")] == texts


@pytest.mark.parametrize("sentence", CURRENCY_FORMS_NEGATIVE + LETTER_SIGNS_NEGATIVE + NAMED_COINS_AND_NOTES_NEGATIVE
                         + GLUED_SIGN_RANGES_NEGATIVE + GULF_AND_OTHER_SIGNS_NEGATIVE)
def test_no_money(extract_text, sentence):
    assert extract_text(sentence, kind="money") == []


def test_a_bare_rial_says_which_it_took(extract_text):
    (claim,) = extract_text("He paid fifty rials for bread.", kind="money")
    assert any("Iranian rial" in n for n in claim.notes)


@pytest.mark.parametrize(("city", "territory"), [
    ("Santiago", "CL"), ("MELBOURNE", "AU"), ("Durban", "ZA"),
    # a name a larger city abroad also has places nothing (data/cities.json's "shadowed")
    ("Los Angeles", None), ("Madrid", None),
])
def test_a_city_places_its_story(city, territory):
    from claimkit.extract.places import city_territory

    assert city_territory(city) == territory


@pytest.mark.parametrize("text", ["The fare rose from HK$5 to HK$9.", "The levy was raised from RM30 to RM50.",
                                  "Fares went from HK$5 to HK$9 in a year."])
def test_what_moved_from_one_sum_to_another_is_no_range(extract_text, text):
    assert [c.qualifier for c in extract_text(text, kind="money")] == ["exact", "exact"]
