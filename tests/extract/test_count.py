"""Counts: phrase -> CountValue (amount, noun as written, comparison lemma), qualifier; labels, years, units are none."""

from __future__ import annotations

import pytest

from claimkit.extract import count
from claimkit.extract.base import Context


@pytest.fixture(scope="module")
def find(nlp, settings):
    ctx = Context(doc_id="t", published=None, settings=settings)

    def run(text: str):
        doc = nlp(text)
        return [(doc.text[f.start:f.end], f) for f in count.find(doc, ctx)]

    return run


@pytest.mark.parametrize(("text", "surface", "amount", "noun", "lemma", "qualifier"), [
    ("He faces 12 charges.", "12 charges", 12, "charges", "charge", "exact"),
    ("He was charged with six offenses.", "six offenses", 6, "offenses", "charge", "exact"),
    ("He pleaded guilty to 18 counts.", "18 counts", 18, "counts", "charge", "exact"),
    ("He faces 91 felony counts.", "91 felony counts", 91, "felony counts", "charge", "exact"),
    ("He faces 3 misdemeanor counts.", "3 misdemeanor counts", 3, "misdemeanor counts", "charge", "exact"),
    ("He was indicted on 17 counts of espionage.", "17 counts of espionage", 17, "counts of espionage", "charge", "exact"),
    ("The firm has more than 100 employees.", "100 employees", 100, "employees", "employee", "at_least"),
    ("The crowd surpassed 50,000 people on Sunday.", "50,000 people", 50000, "people", "person", "at_least"),
    ("Enrolment crossed 20,000 students this year.", "20,000 students", 20000, "students", "student", "at_least"),
    ("She passed 3 exams in June.", "3 exams", 3, "exams", "exam", "exact"),  # "passed" counts them
    ("The app has 1.5 million users.", "1.5 million users", 1_500_000, "users", "user", "exact"),
    ("Two people died.", "Two people", 2, "people", "person", "exact"),
    ("Telegram's 900 million monthly active users", "900 million monthly active users", 900_000_000, "users", "user", "exact"),
    ("About 2,000 protesters marched.", "2,000 protesters", 2000, "protesters", "protester", "approx"),
    ("Twenty-six people die in accident at Techiman", "Twenty-six people", 26, "people", "person", "exact"),
    ("Police deployed 500 police officers.", "500 police officers", 500, "police officers", "officer", "exact"),
    ("Nearly 40 countries signed.", "40 countries", 40, "countries", "country", "approx"),
    ("The firm turned over 40 documents to prosecutors.", "40 documents", 40, "documents", "document", "exact"),
    ("The app has 1.5m users.", "1.5m users", 1_500_000, "users", "user", "exact"),
    # two modifiers joined by "and"/"or" between the number and its noun
    ("About 231,000 current and former members are eligible.", "231,000 current and former members", 231_000,
     "members", "member", "approx"),
    ("The dealer sold 1,200 new and used cars last year.", "1,200 new and used cars", 1200, "cars", "car", "exact"),
    ("The fund pays 400 current or retired teachers.", "400 current or retired teachers", 400, "teachers", "teacher",
     "exact"),
    ("It has 500k followers.", "500k followers", 500_000, "followers", "follower", "exact"),
    # "top" as a verb after "to"/"will" is no label ("Top 10 tips" is)
    ("Analysts expect deliveries to top 400,000 vehicles.", "400,000 vehicles", 400_000, "vehicles", "vehicle",
     "exact"),
    ("Sales will top 2 million units.", "2 million units", 2_000_000, "units", "unit", "exact"),
    ("Among the 27 EU member states", "27 EU member states", 27, "EU member states", "state", "exact"),
    ("Twelve Democrats voted against.", "Twelve Democrats", 12, "Democrats", "democrat", "exact"),
    # a plural acronym is a plural noun, whatever the tagger and the entity model say
    ("The party sent nine MEPs to Brussels.", "nine MEPs", 9, "MEPs", "mep", "exact"),
    ("Some 40 NGOs signed the letter.", "40 NGOs", 40, "NGOs", "ngo", "approx"),
    ("The board fired three CEOs in a year.", "three CEOs", 3, "CEOs", "ceo", "exact"),
    # a number in words opening the sentence before a name, which the recognizer files as a DATE
    ("Forty-two Pellworth Pharmacy stores will shut.", "Forty-two Pellworth Pharmacy stores", 42,
     "Pellworth Pharmacy stores", "store", "exact"),
    ("Eighty-seven Pellworth Pharmacy stores will shut their doors by June.", "Eighty-seven Pellworth Pharmacy stores",
     87, "Pellworth Pharmacy stores", "store", "exact"),
    ("Seventy-two Valmora Farms workers lost their jobs.", "Seventy-two Valmora Farms workers", 72,
     "Valmora Farms workers", "job", "exact"),  # workers losing their jobs count jobs cut
    ("Forty-nine Valmora Farms workers were laid off.", "Forty-nine Valmora Farms workers", 49,
     "Valmora Farms workers", "job", "exact"),
    ("Seventy-seven Pellworth Pharmacy stores will close.", "Seventy-seven Pellworth Pharmacy stores", 77,
     "Pellworth Pharmacy stores", "store", "exact"),
    # European grouping: nothing counted comes in thousandths, so a dot before three digits groups them
    ("Officials counted 204.118 ballots.", "204.118 ballots", 204_118, "ballots", "ballot", "exact"),
    ("The league sold 2.450 season tickets.", "2.450 season tickets", 2450, "season tickets", "ticket", "exact"),
    # an apostrophe groups the millions or thousands (Swiss and Italian copy)
    ("He got 41' 318.207 votes.", "41' 318.207 votes", 41_318_207, "votes", "vote", "exact"),
    ("The canton has 1'250 teachers.", "1'250 teachers", 1250, "teachers", "teacher", "exact"),
    ("It has 12'804'335 people.", "12'804'335 people", 12_804_335, "people", "person", "exact"),
    # a decimal comma before a scale word, which the entity model takes for money
    ("The mayor won more than 38,2 million votes with all ballots counted.", "38,2 million votes", 38_200_000, "votes",
     "vote", "at_least"),
    ("Fans bought 12,4 million tickets.", "12,4 million tickets", 12_400_000, "tickets", "ticket", "exact"),
    # nouns that name one counted thing share its lemma (lexicon.COUNTED_SYNONYMS)
    ("Customs seized 63 lorries at the border.", "63 lorries", 63, "lorries", "truck", "exact"),
    ("The developer sold 340 houses.", "340 houses", 340, "houses", "home", "exact"),
    ("It hired 15 brokerage houses for the sale.", "15 brokerage houses", 15, "brokerage houses", "house", "exact"),
    ("Bidders included 12 auction houses.", "12 auction houses", 12, "auction houses", "house", "exact"),
    ("The dealer sold 1,200 automobiles last year.", "1,200 automobiles", 1200, "automobiles", "car", "exact"),
    ("Guards moved 85 inmates to another jail.", "85 inmates", 85, "inmates", "prisoner", "exact"),
    ("About 900 marchers set off at noon.", "900 marchers", 900, "marchers", "protester", "approx"),
    # a participle between the figure and its noun: "confirmed", "registered", "stolen"
    ("The outbreak has grown to 87 confirmed cases.", "87 confirmed cases", 87, "cases", "case", "exact"),
    ("Officials turned away 300 registered voters.", "300 registered voters", 300, "voters", "voter",
     "exact"),
    ("Police recovered 12 stolen cars on Friday.", "12 stolen cars", 12, "cars", "car", "exact"),
    # a hyphenated modifier between the figure and its noun: the noun is counted, not the modifier's word
    ("The plant will cut 1,200 full-time jobs.", "1,200 full-time jobs", 1200, "jobs", "job", "exact"),
    ("The airline cancelled 12 long-haul flights.", "12 long-haul flights", 12, "flights", "flight", "exact"),
    ("The hospital moved 40 high-risk patients.", "40 high-risk patients", 40, "patients", "patient", "exact"),
    # ... a number-word or digit modifier too: its number is not part of the figure ("three-day", "10-tonne")
    ("The developer will build 1,200 two-bedroom homes.", "1,200 two-bedroom homes", 1200, "homes", "home", "exact"),
    ("Some 18,460 three-day parcels left the depot.", "18,460 three-day parcels", 18460, "parcels", "parcel",
     "approx"),
    ("The city has 40 five-star hotels.", "40 five-star hotels", 40, "hotels", "hotel", "exact"),
    # ... which the recognizer may read as one QUANTITY with the count ("300 10-tonne")
    ("The council bought 12 18-tonne gritters.", "12 18-tonne gritters", 12, "gritters", "gritter", "exact"),
    ("The port handled 40 20-foot containers.", "40 20-foot containers", 40, "containers", "container", "exact"),
    # a prefix that makes another set keeps its place in the lemma: co-defendants are not all defendants
    ("The court also convicted four co-defendants.", "four co-defendants", 4, "co-defendants", "co-defendant",
     "exact"),
    ("The firm sued 12 ex-employees.", "12 ex-employees", 12, "ex-employees", "ex-employee", "exact"),
    # a QUANTITY the recognizer closes on a word that is no unit ("87 measles"): the noun says a count
    ("Officials reported 87 measles infections.", "87 measles infections", 87, "measles infections", "infection",
     "exact"),
    ("The hospital is treating 40 flu patients.", "40 flu patients", 40, "flu patients", "patient", "exact"),
    # a transport network's journeys, trips and rides are one count
    ("Passengers made 184,000 journeys in the first week.", "184,000 journeys", 184_000, "journeys", "trip", "exact"),
    ("The new line carried 184,000 rides in its first week.", "184,000 rides", 184_000, "rides", "trip", "exact"),
    # babies born (or newborns) are births; babies treated are babies
    ("Some 6,184 babies were born at the unit.", "6,184 babies", 6_184, "babies", "birth", "approx"),
    ("Midwives delivered 2,900 babies in 2024.", "2,900 babies", 2_900, "babies", "birth", "exact"),
    ("The maternity unit welcomed 6,184 newborns.", "6,184 newborns", 6_184, "newborns", "birth", "exact"),
    ("Doctors treated 40 babies in intensive care.", "40 babies", 40, "babies", "baby", "exact"),
    # storeys: the hyphenated figure counts the storeys, not the building
    ("A 41-story building fell.", "41-story", 41, "story", "storey", "exact"),
    ("They live in a 28-storey tower.", "28-storey", 28, "storey", "storey", "exact"),
    # points an "-ing" word names are places ("ranking points" are a score: test_no_count)
    ("The city has installed 2,140 public charging points.", "2,140 public charging points", 2_140,
     "charging points", "point", "exact"),
    ("Border guards reopened 14 crossing points on Monday.", "14 crossing points", 14, "crossing points", "point",
     "exact"),
    ("Stewards will staff six meeting points along the route.", "six meeting points", 6, "meeting points", "point",
     "exact"),
])
def test_count(find, text, surface, amount, noun, lemma, qualifier):
    found = find(text)
    assert len(found) == 1, found
    got_text, f = found[0]
    assert got_text == surface
    assert f.value.amount == amount
    assert (f.value.noun, f.value.lemma, f.qualifier) == (noun, lemma, qualifier)
    assert f.attribute == EVENT_ATTRIBUTES.get(text, lemma)


# people and services counted with what happened to them: that is what they compare on (see test_casualties)
EVENT_ATTRIBUTES = {"Two people died.": "person killed",
                    "Twenty-six people die in accident at Techiman": "person killed",
                    "The airline cancelled 12 long-haul flights.": "flight cancelled"}


@pytest.mark.parametrize(("text", "counts"), [
    # people counted by what happened to them: each event is a slot of its own
    ("At least 12 people were killed and 40 people were injured, police said.",
     [("12 people", 12, "person killed", "at_least"), ("40 people", 40, "person injured", "exact")]),
    ("Forty people were wounded and 14 people died.",
     [("Forty people", 40, "person injured", "exact"), ("14 people", 14, "person killed", "exact")]),
    ("The storm left 12 people dead.", [("12 people", 12, "person killed", "exact")]),
    ("12 civilians died.", [("12 civilians", 12, "person killed", "exact")]),
    ("Police arrested 23 protesters.", [("23 protesters", 23, "person arrested", "exact")]),
    # the noun left out, as wire copy does
    ("At least 12 were killed.", [("12", 12, "person killed", "at_least")]),
    ("Police arrested 23.", [("23", 23, "person arrested", "exact")]),
    ("The firm left 40 behind in the old office.", []),  # left behind: no state of the people
    # a number written with a hyphen is one figure, not its last word
    ("Thirty-four of the passengers were injured.", [("Thirty-four", 34, "person injured", "exact")]),
    ("Police arrested sixty-two.", [("sixty-two", 62, "person arrested", "exact")]),
    ("Gunmen killed 12 and wounded 40 in the attack.",
     [("12", 12, "person killed", "exact"), ("40", 40, "person injured", "exact")]),
    # ... and one a small clause of state after "left" tells: what the event left them
    ("The explosion left 37 injured.", [("37", 37, "person injured", "exact")]),
    ("The landslide buried the village, leaving 14 dead.", [("14", 14, "person killed", "exact")]),
    # a word of state after a verb of finding or telling
    ("At least 14 people were confirmed dead in the north.", [("14 people", 14, "person killed", "at_least")]),
    ("Two men are presumed dead.", [("Two men", 2, "person killed", "exact")]),
    ("In all, 62 workers were reported missing after the blast.",
     [("62 workers", 62, "person missing", "exact")]),
    ("Nine passengers remain missing.", [("Nine passengers", 9, "person missing", "exact")]),
    ("Rescuers searched for 40 people trapped under the rubble.", [("40 people", 40, "person missing", "exact")]),
    ("Crews are looking for the 12 workers who are trapped underground.",
     [("12 workers", 12, "person missing", "exact")]),
    ("Two people were left injured.", [("Two people", 2, "person injured", "exact")]),
    # people named by what they do or where they are from, in no table: a toll's verb counts them
    ("The rockfall killed 14 mountaineers and porters on the ridge.", [("14 mountaineers", 14, "person killed", "exact")]),
    ("Three cyclists died in the pile-up.", [("Three cyclists", 3, "person killed", "exact")]),
    ("The blast injured 12 engineers at the plant.", [("12 engineers", 12, "person injured", "exact")]),
    ("Coastguards rescued 31 kayakers off the cape.", [("31 kayakers", 31, "person rescued", "exact")]),
    ("The quake killed 200 Albanians.", [("200 Albanians", 200, "person killed", "exact")]),
    ("Poachers killed 3 tigers last year.", [("3 tigers", 3, "tiger", "exact")]),  # beasts end so too
    ("The storm destroyed 40 containers.", [("40 containers", 40, "container destroyed", "exact")]),
    # taken to hospital, though the parser hangs "hospital" from the speakers after it
    ("A blaze that swept through a textile depot and the homes beside it in the old town late on Friday killed "
     "9 people, and 31 others were taken to hospital, police and fire officials said on Saturday.",
     [("9 people", 9, "person killed", "exact"), ("31 others", 31, "person injured", "exact")]),
    # a small clause: what happened is told of the figure itself, after its whole
    ("The landslide buried 30 miners and left nine of them dead.",
     [("30 miners", 30, "miner", "exact"), ("nine", 9, "person killed", "exact")]),
    ("The bus carried 52 pilgrims, and the crash left 17 of them injured.",
     [("52 pilgrims", 52, "pilgrim", "exact"), ("17", 17, "person injured", "exact")]),
    # the toll told by its noun: deaths, fatalities, injuries, arrests, lives lost
    ("The floods caused 27 deaths in the valley.", [("27 deaths", 27, "person killed", "exact")]),
    ("The pile-up left 12 fatalities on the motorway.", [("12 fatalities", 12, "person killed", "exact")]),
    ("Authorities recorded 17 deaths at the mine.", [("17 deaths", 17, "person killed", "exact")]),
    ("The storm claimed 40 lives.", [("40 lives", 40, "person killed", "exact")]),
    ("The fire has cost 11 lives.", [("11 lives", 11, "person killed", "exact")]),
    ("Nine injuries were reported after the stampede.", [("Nine injuries", 9, "person injured", "exact")]),
    ("There were 19 arrests overnight in Lyon.", [("19 arrests", 19, "person arrested", "exact")]),
    ("Lifeguards saved 40 lives this summer.", [("40 lives", 40, "life", "exact")]),
    # an adjective that stands for the people it describes, no noun after it
    ("Some 15,000 faithful crowded the cathedral square.", [("15,000", 15_000, "faithful", "approx")]),
    ("About 2,500 homeless slept in the stadium.", [("2,500", 2_500, "homeless", "approx")]),
    ("The 35 wounded were flown to the capital.", [("35", 35, "person injured", "exact")]),
    ("He counted 40 wounded soldiers.", [("40 wounded soldiers", 40, "soldier", "exact")]),
    # the people counted lose their own lives
    ("Seven fishermen lost their lives when the trawler sank.", [("Seven fishermen", 7, "person killed", "exact")]),
    ("At least 14 people have lost their lives in the fighting.", [("14 people", 14, "person killed", "at_least")]),
    ("Three climbers lost their lives on the ridge, and 12 others lost their gear.",
     [("Three climbers", 3, "person killed", "exact"), ("12 others", 12, "climber", "exact")]),
    ("Forty workers lost their jobs.", [("Forty workers", 40, "job", "exact")]),
    ("The strike caused 300 cancellations.", [("300 cancellations", 300, "cancellation", "exact")]),
    # the level a toll reaches, its noun left out
    ("The death toll has reached 23, officials said.", [("23", 23, "person killed", "exact")]),
    ("The death toll from the floods has risen to 37.", [("37", 37, "person killed", "exact")]),
    ("The toll stood at 41 by nightfall.", [("41", 41, "person killed", "exact")]),
    ("The injury toll rose to 120.", [("120", 120, "person injured", "exact")]),
    ("The death toll is 12.", [("12", 12, "person killed", "exact")]),
    ("The casualty toll rose to 80.", []),  # the dead and the injured together: no one count
    ("The motorway toll rose to 12 on Monday.", []),
    # a dateline's spaced dash is punctuation, not a label before the figure
    ("KESSLING (RPA) - Forty-three arrests were made on Tuesday.",
     [("Forty-three arrests", 43, "person arrested", "exact")]),
    ("BERLIN (Reuters) - 12 people were injured in the blast.", [("12 people", 12, "person injured", "exact")]),
    ("The F-16 jets flew over the city.", []),
    # people gathered: a crowd, an audience, attendance, and people who attended or turned out
    ("A crowd of 61,400 passed through the gates.", [("61,400", 61400, "person attended", "exact")]),
    ("The concert drew an audience of 2,300.", [("2,300", 2300, "person attended", "exact")]),
    ("Attendance at the fair reached 18,000 on Sunday.", [("18,000", 18000, "person attended", "exact")]),
    ("Some 46,100 festival-goers turned out for the weekend.",
     [("46,100 festival-goers", 46100, "person attended", "approx")]),
    ("About 15,000 fans attended the final.", [("15,000 fans", 15000, "person attended", "approx")]),
    # people named as those who came, whatever the verb: "-goers", "attendees"
    ("Around 48,500 festival-goers passed through Ravensholm.",
     [("48,500 festival-goers", 48500, "person attended", "approx")]),
    ("Some 12,000 concertgoers packed the arena.", [("12,000 concertgoers", 12000, "person attended", "approx")]),
    ("The summit drew 900 attendees.", [("900 attendees", 900, "person attended", "exact")]),
    ("Two festival-goers were injured in the crush.", [("Two festival-goers", 2, "person injured", "exact")]),
    ("A crowd of 5,000 protesters gathered.", [("5,000 protesters", 5000, "protester", "exact")]),
    ("The crowd of the 1990s was younger.", []),
    # jobs cut, created or lost, under any of their nouns, and the people laid off
    ("The carrier will axe 1,840 posts.", [("1,840 posts", 1840, "job", "exact")]),
    ("The bank will shed about 600 roles.", [("600 roles", 600, "job", "approx")]),
    ("The insurer plans to eliminate 400 positions.", [("400 positions", 400, "job", "exact")]),
    ("Some 1,300 workers will be laid off.", [("1,300 workers", 1300, "job", "approx")]),
    ("About 300 employees will lose their jobs.", [("300 employees", 300, "job", "approx")]),
    ("The carmaker will create 2,000 new jobs.", [("2,000 new jobs", 2000, "job", "exact")]),
    ("She has written 40 posts on her blog.", [("40 posts", 40, "post", "exact")]),
    ("The company employs 9,600 workers.", [("9,600 workers", 9600, "worker", "exact")]),
    # the level a number of things reaches, the noun told before the figure
    ("The number of people waiting for surgery rose to 48,300 in June.", [("48,300", 48300, "person", "exact")]),
    ("The total number of cases has reached 312.", [("312", 312, "case", "exact")]),
    ("The number of passengers using the port climbed to 4.5 million.",
     [("4.5 million", 4.5e6, "passenger", "exact")]),
    ("The number of homes without power fell to 12,000 by Tuesday.", [("12,000", 12000, "home", "exact")]),
    ("The number of applications rose by 300 to 4,100.", [("4,100", 4100, "application", "exact")]),
    ("The number of complaints fell to 5% last year.", []),  # a share
    ("The number of flights rose to 12 an hour.", []),  # a rate
    # ... and the level the things themselves reach, told by their plural
    ("Province-wide, housing starts slipped to 21,460 from 22,830.", [("21,460", 21460, "start", "exact")]),
    ("Applications to the scheme rose to 4,300 this year.", [("4,300", 4300, "application", "exact")]),
    ("Deaths climbed to 17 by the evening.", [("17", 17, "person killed", "exact")]),
    ("Complaints to the ombudsman reached 2,480 last year.", [("2,480", 2480, "complaint", "exact")]),
    # ... not a measure's plural (a price, money, a share), nor a figure with decimals
    ("Shares fell to 120 on Monday.", []),
    ("Sales rose to 4,300 last month.", []),
    ("Temperatures rose to 41 on Sunday.", []),
    ("Arrivals fell to 2.5 a day.", []),
    # the model joins a word of the day to the figure as a time or quantity: still the level
    ("The number of people ordered out of their homes rose to 3,870 overnight.", [("3,870", 3870, "person", "exact")]),
    ("The death toll rose to 41 overnight.", [("41", 41, "person killed", "exact")]),
    ("The toll stood at 19 on Wednesday.", [("19", 19, "person killed", "exact")]),
    ("The number of visitors rose by 300.", []),  # a change, no level
    ("The number one seed reached 12th place.", []),
    ("Officers took 150 people into custody.", [("150 people", 150, "person arrested", "exact")]),
    ("Police took 40 into custody after the march.", [("40", 40, "person arrested", "exact")]),
    ("Police detained 32 fans after the match.", [("32 fans", 32, "person arrested", "exact")]),
    ("Some 41 inmates escaped and 14 prisoners were injured.",
     [("41 inmates", 41, "prisoner", "approx"), ("14 prisoners", 14, "person injured", "exact")]),
    ("Two miners were killed and 12 tourists were rescued.",
     [("Two miners", 2, "person killed", "exact"), ("12 tourists", 12, "person rescued", "exact")]),
    ("Around 40,000 demonstrators marched through the capital.",
     [("40,000 demonstrators", 40000, "protester", "approx")]),
    # no event said of them: the noun alone
    ("Twelve firefighters tried to save the house.", [("Twelve firefighters", 12, "firefighter", "exact")]),
    # a discovery is a part of the toll, not the toll; 'missing out' is no one missing
    ("Four men were found dead in a collapsed block.", [("Four men", 4, "man", "exact")]),
    ("About 2,000 workers are missing out on pay.", [("2,000 workers", 2000, "worker", "approx")]),
    ("About 150 people were working at the plant.", [("150 people", 150, "person", "approx")]),
    ("12 people attended the meeting.", [("12 people", 12, "person attended", "exact")]),
    ("Of the 30 passengers, 12 were rescued.", [("30 passengers", 30, "passenger", "exact"),
                                                 ("12", 12, "person rescued", "exact")]),
    ("The company was fined in 2019 and 2021.", []),
    # things a disaster counts, by what happened to them: destroyed and damaged are two tolls
    ("The cyclone destroyed 340 houses.", [("340 houses", 340, "home destroyed", "exact")]),
    ("More than 1,200 homes were damaged.", [("1,200 homes", 1200, "home damaged", "at_least")]),
    ("The quake flattened 80 buildings and damaged 300 more.", [("80 buildings", 80, "building destroyed", "exact")]),
    ("Floods wrecked 45 bridges in the north.", [("45 bridges", 45, "bridge destroyed", "exact")]),
    ("The firm builds 340 houses a year.", [("340 houses", 340, "home", "exact")]),
    ("About 2,100 homes burned in the fire.", [("2,100 homes", 2100, "home destroyed", "approx")]),
    ("A total of 3,400 houses were destroyed by the blaze.", [("3,400 houses", 3400, "home destroyed", "exact")]),
    ("A total of 230 protesters were detained.", [("230 protesters", 230, "person arrested", "exact")]),
    ("Some 25 schools were damaged beyond repair.", [("25 schools", 25, "school damaged", "approx")]),
    # ... and services a storm, fog or strike disrupts: delayed, cancelled and diverted are three counts
    ("Dense fog delayed 142 flights at the airport.", [("142 flights", 142, "flight delayed", "exact")]),
    ("Snow forced the operator to cancel 212 trains.", [("212 trains", 212, "train cancelled", "exact")]),
    ("Thirty-eight sailings were canceled because of the gale.",
     [("Thirty-eight sailings", 38, "sailing cancelled", "exact")]),
    ("Storms diverted 17 flights to Cork.", [("17 flights", 17, "flight diverted", "exact")]),
    ("The airline runs 142 flights a day.", [("142 flights", 142, "flight", "exact")]),
    # a noun made of the event's verb, the people "of" it: "the evacuation of 164 residents"
    ("A gas leak forced the evacuation of 164 residents.", [("164 residents", 164, "person displaced", "exact")]),
    ("The raid led to the arrest of 23 protesters.", [("23 protesters", 23, "person arrested", "exact")]),
    ("Crews completed the rescue of 19 miners.", [("19 miners", 19, "person rescued", "exact")]),
    ("The army denied the killing of 40 civilians.", [("40 civilians", 40, "person killed", "exact")]),
    ("The inquiry confirmed the deaths of 12 people.", [("12 people", 12, "person killed", "exact")]),
    ("The plan has the support of 300 residents.", [("300 residents", 300, "resident", "exact")]),
    ("The mayor ordered the relocation of 30 residents.", [("30 residents", 30, "resident", "exact")]),
    # "others" counts what the count before it in the sentence counts, with its own event
    ("The crash killed two people and injured 27 others.",
     [("two people", 2, "person killed", "exact"), ("27 others", 27, "person injured", "exact")]),
    ("Police arrested 12 protesters and detained 30 others overnight.",
     [("12 protesters", 12, "person arrested", "exact"), ("30 others", 30, "person arrested", "exact")]),
    ("The firm sold 30 others last year.", [("30 others", 30, "other", "exact")]),
    # people "lost to" a cause of death are the dead; lost to rivals, they left
    ("The island lost 104 women to complications of pregnancy last year.",
     [("104 women", 104, "person killed", "exact")]),
    ("The regiment lost three soldiers to a roadside bomb.", [("three soldiers", 3, "person killed", "exact")]),
    ("The team lost five players to rival clubs.", [("five players", 5, "player", "exact")]),
    # people taken to hospital are the injured
    ("Twelve passengers were rushed to hospital after the crash.", [("Twelve passengers", 12, "person injured", "exact")]),
    ("Four workers were admitted to hospital.", [("Four workers", 4, "person injured", "exact")]),
    ("Police took 12 protesters to the station.", [("12 protesters", 12, "protester", "exact")]),
    # a population told as a figure counts people, as "home to 284,316 people" does
    ("The town now has a population of 284,316.", [("284,316", 284_316, "person", "exact")]),
    # ... or a place "of" them
    ("Rwanda is a country of about 14 million.", [("14 million", 14e6, "person", "approx")]),
    ("She grew up in a town of 40,000 on the coast.", [("40,000", 40_000, "person", "exact")]),
    ("Kestrel Bay's population has grown to 248,316.", [("248,316", 248_316, "person", "exact")]),
    ("The census put the city's population at 284,316.", [("284,316", 284_316, "person", "exact")]),
    ("The survey reached 40 of the members.", [("40", 40, "member", "exact")]),  # members, no casualties
    # not surviving is dying
    ("Twelve passengers did not survive, officials said.", [("Twelve passengers", 12, "person killed", "exact")]),
    ("Of the 40 migrants on the boat, 12 failed to survive the crossing.",
     [("40 migrants", 40, "migrant", "exact"), ("12", 12, "person killed", "exact")]),
    ("All 30 miners survived the collapse.", [("30 miners", 30, "miner", "exact")]),
])
def test_casualties(find, text, counts):
    got = [(t, f.value.amount, f.attribute, f.qualifier) for t, f in find(text)]
    assert sorted(got) == sorted(counts)


def test_range_count(find):
    (text, f), = find("There are two to four people in the room")
    assert text == "two to four people"
    assert (f.value.low, f.value.high, f.qualifier) == (2, 4, "range")


@pytest.mark.parametrize(("text", "surface", "low", "high"), [
    # the scale word after the second figure serves both ends
    ("The service has between 2 and 3 million users.", "2 and 3 million users", 2e6, 3e6),
    ("The festival drew 3 to 4 million visitors.", "3 to 4 million visitors", 3e6, 4e6),
    ("Police said 2 to 3 thousand protesters gathered.", "2 to 3 thousand protesters", 2e3, 3e3),
])
def test_range_count_shares_its_scale(find, text, surface, low, high):
    (got, f), = find(text)
    assert got == surface
    assert (f.value.low, f.value.high, f.qualifier) == (low, high, "range")


@pytest.mark.parametrize(("text", "surface", "amount"), [
    # "and" without "between" lists figures ("respectively"): the one the noun follows is read alone
    ("The challengers won 12.3 and 4.1 million votes respectively.", "4.1 million votes", 4.1e6),
    ("The clubs sold 12 and 15 thousand tickets.", "15 thousand tickets", 15e3),
])
def test_listed_figures_are_not_a_range(find, text, surface, amount):
    (got, f), = find(text)
    assert got == surface
    assert (f.value.low, f.value.high, f.qualifier) == (pytest.approx(amount), pytest.approx(amount), "exact")


@pytest.mark.parametrize(("text", "counts"), [
    # a part told before its whole counts what the whole counts: the clause is about the part
    ("The ruling party holds 88 of the 200 seats.", [("88", 88, "seat"), ("200 seats", 200, "seat")]),
    ("Four of the 11 defendants were convicted.", [("Four", 4, "defendant"), ("11 defendants", 11, "defendant")]),
    ("Only 3 out of 40 passengers survived.", [("3", 3, "passenger"), ("40 passengers", 40, "passenger")]),
    ("Nine of its 12 ministers resigned.", [("Nine", 9, "minister"), ("12 ministers", 12, "minister")]),
    ("She won 52 of the 100 votes cast.", [("52", 52, "vote"), ("100 votes", 100, "vote")]),
    # a part that died is counted as the dead, as "12 were killed" is
    ("Twelve of the 40 passengers were killed.", [("Twelve", 12, "person killed"), ("40 passengers", 40, "passenger")]),
    # the whole may be owned or qualified
    ("Nine of the country's 16 states voted.", [("Nine", 9, "state"), ("16 states", 16, "state")]),
    ("He scored 4 of the last 6 goals.", [("4", 4, "goal"), ("6 goals", 6, "goal")]),
    ("Fifteen of the nearly 80 victims were children.", [("Fifteen", 15, "victim"), ("80 victims", 80, "victim")]),
    # the part is not what happened to the whole: these two of the dead were children
    ("Two of the 5 people killed were children.", [("Two", 2, "person"), ("5 people", 5, "person killed")]),
    # no whole number of its own before "of": a hyphen's tail, a scale word, a range's end, "all
    # but", a label; a whole whose scale the part lacks; a ratio or a rating
    # (the hyphen's number is read whole, as the people rescued: "one" alone is no part of the 30)
    ("Twenty-one of the 30 children were rescued.", [("30 children", 30, "child"), ("Twenty-one", 21, "person rescued")]),
    ("1.5 million of the 4 million voters stayed home.", [("4 million voters", 4e6, "voter")]),
    ("40 of the 50 million phones were recalled.", [("50 million phones", 5e7, "phone")]),
    ("All but three of the 200 lawmakers voted yes.", [("200 lawmakers", 200, "lawmaker")]),
    ("2 to 3 of the 10 reactors are offline.", [("10 reactors", 10, "reactor")]),
    ("Stage 9 of the 21 stages is hilly.", [("21 stages", 21, "stage")]),
    ("Nine out of 10 dentists agree.", []),
    ("Seven of 10 respondents backed the plan.", []),
    ("The hotel got 4 out of 5 stars.", []),
    ("The party won 61 of 100 seats.", [("61", 61, "seat"), ("100 seats", 100, "seat")]),  # no ratio of ten
    # not one of many (as vague as "one minister"), an ordinal, nor a part no smaller than its whole
    ("One of the 12 ministers quit.", [("12 ministers", 12, "minister")]),
    ("The first of the 12 hearings is set.", [("12 hearings", 12, "hearing")]),
    ("All 30 of the 30 lawmakers voted yes.", [("30 lawmakers", 30, "lawmaker")]),
    ("In 2021 of the 200 seats, the party held most.", [("200 seats", 200, "seat")]),
    # a part told after "including", its noun left out, counts what the whole counts
    ("Airlines cancelled some 1,150 flights since Monday, including 412 on the first day.",
     [("1,150 flights", 1150, "flight cancelled"), ("412", 412, "flight cancelled")]),
    ("The firm cut 300 jobs, including 40 in sales.", [("300 jobs", 300, "job"), ("40", 40, "job")]),
    ("Police arrested 57 people, including 12 minors.", [("57 people", 57, "person arrested"), ("12 minors", 12, "minor")]),
    # ... after a time or place phrase the parser gives it to
    ("The airline will cut 2,400 jobs in Ireland by the end of 2027, including 900 at its Dublin base.",
     [("2,400 jobs", 2400, "job"), ("900", 900, "job")]),
    ("Inspectors closed 75 kitchens during the summer of 2023, including 20 in Cork.",
     [("75 kitchens", 75, "kitchen"), ("20", 20, "kitchen")]),
    ("The retailer will shut 40 stores in 12 cities, including 5 in Leeds.",
     [("40 stores", 40, "store"), ("12 cities", 12, "city"), ("5", 5, "city")]),  # five cities
    # a second count after "and", its noun left out, counts the same things
    ("The smelter will employ about 420 people during construction and 260 once it is running.",
     [("420 people", 420, "person"), ("260", 260, "person")]),
    ("The terminal will need 380 workers to build and 150 to run.",
     [("380 workers", 380, "worker"), ("150", 150, "worker")]),
    ("Police detained 57 people on Friday and 12 on Saturday.",
     [("57 people", 57, "person arrested"), ("12", 12, "person arrested")]),
    ("The dealer sold 300 cars in 2019 and 2020.", [("300 cars", 300, "car")]),  # the years are the sale's
    # ... and a bare subject of a passive clause joined to the count's verb: what was done to some of them
    ("Police have seized 27 vans so far, and 11 have been auctioned.", [("27 vans", 27, "van"), ("11", 11, "van")]),
    ("The firm recalled 4,000 kettles last year and 900 were returned.",
     [("4,000 kettles", 4000, "kettle"), ("900", 900, "kettle")]),
    ("Police arrested 57 people on Friday and 12 were later charged.",
     [("57 people", 57, "person arrested"), ("12", 12, "person")]),  # charged: not the arrests' attribute
    ("The storm destroyed 200 homes, and 12 were killed.",
     [("200 homes", 200, "home destroyed"), ("12", 12, "person killed")]),  # people, not homes
    # ... and a bare whole after "out of" counts the part's things, not what the part did
    ("The network now has 52,000 homes connected out of 140,000 it passes.",
     [("52,000 homes", 52000, "home"), ("140,000", 140000, "home")]),
    ("Three of the county's libraries closed in May, out of 41 nationally.",
     [("Three", 3, "library"), ("41", 41, "library")]),
    ("The club won 14 games out of 20.", [("14 games", 14, "game"), ("20", 20, "game")]),
    ("Nine out of 10 dentists agree.", []),  # a ratio, no count
])
def test_a_part_told_before_its_whole(find, text, counts):
    got = [(t, f.value.amount, f.attribute) for t, f in find(text)]
    assert sorted(got) == sorted(counts)


def test_implied_precision(find):
    (_, f), = find("The app has 1.5 million users.")
    assert f.value.precision == pytest.approx(0.05 / 1.5)


def test_counts_and_charges_share_a_lemma(find):
    a = find("He was indicted on 18 counts.")[0][1]
    b = find("He faces 17 charges.")[0][1]
    assert a.value.lemma == b.value.lemma == "charge"


@pytest.mark.parametrize("text", [
    "A magnitude 6.4 earthquake struck.",  # a fractional figure under a thousand measures, not counts
    "She gained 450 ranking points in Doha.",  # a score, not places
    "The team scored 12 points.",
    "A few hundred protesters gathered.",  # no figure: the scale alone would read 100
    "Several thousand fans waited outside.",
    "He had 40 shillings left.",  # money, even when which shilling is not said
    "The shop charged 300 pesos for a coffee.",
    "Farmers paid 90 kwacha a bag.",
    "It has a 2.5 litre engine.",
    "Top 10 tips for travel",
    "Page 12 shows it.",
    "The 2024 elections were close.",
    "COVID-19 patients filled wards.",
    "Call 555-1234 now.",
    "ALL 70 of us agreed.",
    "The shop opens at 16:00 hours.",
    "He is 12 years old.",
    "He paid 5 million euros.",
    "Sales rose 30 percent.",
    "the first two weeks",
    "Windows 10 users complained.",
    "He ran 5 km.",
    "The ride had 850 m of climbing.",  # metres (or millions), never things called "m"
    "The farms lie between 1,500 and 1,900 m up.",
    "The lorry carried 40 tonnes of grain.",  # a QUANTITY whose word is a unit stays the quantity's
    "Some 2,000 litres of fuel leaked.",
    "5 things to know about the bill",
    "Every 300 Growth Points to draw 1 chance.",
    "I tried to call Bob 3 times already.",
    "I'll go back at five-thirty tomorrow evening",
    "Are you available two sundays from now?",
    "The price of this book is 100 ₡",
    "5G networks are spreading.",
    "1 in 5 adults smoke.",
    "He bought 2 dozen eggs.",
    "Boeing 737 jets were grounded.",
    "Chapter 11 bankruptcy looms.",
    "He lives on the 1-story side.",  # one storey is too vague to compare, as "one way"
    "Flight 1.125 ended.",
    "Nineteen ninety-eight was a hot year.",  # a year in words stays the date's
])
def test_no_count(find, text):
    assert find(text) == []


@pytest.mark.parametrize(("third", "amounts"), [
    ("The Green Alliance holds 88 seats in the chamber.", None),  # "88 of the 200 seats" is a count of 88
    ("The Green Alliance holds 91 of the 200 seats in the chamber.", {88, 91}),  # the parts disagree, not 200
])
def test_a_part_and_its_whole_across_outlets(tmp_path, third, amounts):
    from claimkit.api import reconcile_paths
    from claimkit.settings import Settings

    told = ["The Green Alliance holds 88 of the 200 seats in the chamber.",
            "The Green Alliance holds 88 seats in the chamber, the speaker said.", third]
    for n, text in enumerate(told):
        (tmp_path / f"{n}.md").write_text(f"---\nsource: Outlet {n}\npublished: 2025-02-10\n---\n{text}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=tmp_path / "cache"))
    if amounts is None:
        assert report.conflicts == []
    else:
        (x,) = report.conflicts
        fact = next(f for f in report.facts if f.id == x.fact)
        assert {v.value.amount for v in fact.values} == amounts


@pytest.mark.parametrize(("text", "expected"), [
    # a span of time or a measure describing what is counted shares its text with the count
    ("Some 18,460 three-day parcels left the depot.",
     [("count", "Some 18,460 three-day parcels"), ("duration", "three-day")]),
    ("Crews laid 40 two-week shifts end to end.", [("count", "40 two-week shifts"), ("duration", "two-week")]),
    # ... while a span of time that stands alone is no count's
    ("The strike lasted three days.", [("duration", "three days")]),
])
def test_a_measure_of_what_is_counted_leaves_the_count(extract_text, text, expected):
    assert sorted((c.kind, c.text) for c in extract_text(text, "2025-03-03") if c.kind in ("count", "duration")) \
        == sorted(expected)


@pytest.mark.parametrize(("text", "noun"), [
    # the level of a number of things keeps what the things are said to be: another set than all of them
    ("The number of international students fell to 7,915 this year.", "international students"),
    ("The number of electric buses in service rose to 212.", "electric buses"),
    ("The number of patients waiting rose to 48,300.", "patients"),
])
def test_a_number_level_keeps_the_modifiers_of_its_noun(find, text, noun):
    ((_, found),) = find(text)
    assert found.value.noun == noun


@pytest.mark.parametrize(("text", "expected"), [
    # a count of things named before it in its sentence, its noun left out: a partitive "of them", or
    # an absolute "with N" and a participle
    ("Umbrellas were the most lost item: 14,832 of them were handed in.", [("14,832", 14832, "umbrella")]),
    ("The council planted 400 oak trees, and 120 of them died.", [("400 oak trees", 400, "tree"), ("120", 120, "tree")]),
    ("Builders started new homes across the county, with 340 finished by June.", [("340", 340, "home")]),
    # ... or a relative "of which" before the figure
    ("The airline cancelled 412 flights, of which 96 were international.",
     [("412 flights", 412, "flight cancelled"), ("96", 96, "flight")]),  # the part: the international ones
    ("Inspectors visited 240 restaurants, of which 31 failed.", [("240 restaurants", 240, "restaurant"),
                                                                ("31", 31, "restaurant")]),
    ("The survey counted 812 adult tigers, of which 118 were in the reserve.",
     [("812 adult tigers", 812, "tiger"), ("118", 118, "tiger")]),
    # ... people so told are counted by what happened to them
    ("Police stopped 40 fans and 12 of them were arrested.", [("40 fans", 40, "fan"), ("12", 12, "person arrested")]),
    # ... the counted noun before it, not the nearest plural; "of them" opening a sentence takes the
    # things the sentence before counted
    ("At least 19 children have fallen into open wells since 2020, and seven of them died.",
     [("19 children", 19, "child"), ("seven", 7, "person killed")]),
    ("Rangers tagged 60 wolves in the valleys, and 14 of them crossed the border.",
     [("60 wolves", 60, "wolf"), ("14", 14, "wolf")]),
    ("Police have seized 27 vans since March. Eleven of them have been sold at auction.",
     [("27 vans", 27, "van"), ("Eleven", 11, "van")]),
    ("The council planted 3,400 saplings last winter. About 900 of them have since been replaced.",
     [("3,400 saplings", 3400, "sapling"), ("900", 900, "sapling")]),
    # ... or by what happened to the whole, when nothing is said of the part
    ("At least 214 people have died across the province, 124 of them in the district.",
     [("214 people", 214, "person killed"), ("124", 124, "person killed")]),
    ("Some 40 people were injured, 12 of them seriously.",
     [("40 people", 40, "person injured"), ("12", 12, "person injured")]),
    ("About 300 residents were evacuated, 45 of them from care homes.",
     [("300 residents", 300, "person displaced"), ("45", 45, "person displaced")]),
    # ... or, with nothing happening to either, by their own noun
    ("The scheme has reached 3.2 million pupils, and 1.9 million of them now have laptops.",
     [("3.2 million pupils", 3.2e6, "pupil"), ("1.9 million", 1.9e6, "pupil")]),
    ("The club has 9,000 members, and 2,400 of them hold season tickets.",
     [("9,000 members", 9000, "member"), ("2,400", 2400, "member")]),
    # ... or a partitive naming its things after "of", with no figure of the whole
    ("The league banned 147 of the club's supporters for two years.", [("147", 147, "supporter")]),
    ("The bank will close 12 of its branches next year.", [("12", 12, "branch")]),
    ("Police arrested 40 of the protesters.", [("40", 40, "person arrested")]),
    # ... and a figure with no plural noun before it is none
    ("The motion passed easily, with 212 recorded in favour.", []),
])
def test_a_count_of_things_named_before_it(find, text, expected):
    assert sorted((t, f.value.amount, f.attribute) for t, f in find(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a number that is part of the name before it ends no range: the figure after the dash is the count
    ("They carried them out of an old bus on Township Road 118 – 143 dogs in all.", [("143 dogs", 143, 143)]),
    ("Crews cleared Route 9 – 40 cars were stuck there overnight.", [("40 cars", 40, 40)]),
    # ... while two figures about a dash are a range
    ("Police counted 20 – 30 cars on the road.", [("20 – 30 cars", 20, 30)]),
])
def test_a_number_in_a_name_is_no_range_end(find, text, expected):
    assert [(t, f.value.low, f.value.high) for t, f in find(text)] == expected


@pytest.mark.parametrize(("text", "participle", "surface"), [
    # a participle between a number and its noun that the tagger reads as a past tense (it does so
    # after a dateline: "Another 1,850 infested ... will be cut down"): still the noun's modifier
    ("Another 640 flooded homes were demolished.", "flooded", "640 flooded homes"),
    ("Some 1,200 displaced families were moved to hotels.", "displaced", "1,200 displaced families"),
    ("About 300 stolen bicycles were returned.", "stolen", "300 stolen bicycles"),
])
def test_a_participle_tagged_as_past_tense_still_modifies_the_counted_noun(nlp, settings, text, participle, surface):
    from claimkit.extract.nlp import SPANS_KEY

    doc = nlp(text)
    token = next(t for t in doc if t.text == participle)
    assert token.dep_ == "amod"
    token.tag_ = "VBD"
    del doc.spans[SPANS_KEY]
    doc = nlp.get_pipe("claimkit_ruler")(doc)
    found = [doc.text[f.start:f.end] for f in count.find(doc, Context(doc_id="t", published=None, settings=settings))]
    assert found == [surface]
