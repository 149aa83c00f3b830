"""Word tables that more than one stage reads: the extractors and the reconciler.

Data, not code; each table serves a class of phrasings named in its comment.
Lower-cased keys.
"""

from __future__ import annotations

from typing import Final

# the mark a figure's parse path (Claim.context) carries when its clause is told of another one of its
# subject's kind ("the company's other plant employs 900 people"): the reconciler's role "other"
OTHER_SUBJECT: Final = "other"

# ... and when its clause says it never happened ("had never before batted through a full day", "the river
# has never risen above 7 metres"): a record or a first, not the event's figure
NEVER_CLAUSE: Final = "never"

# the days of the week, written out: counts, tallies and anaphoric days read them
WEEKDAY_NAMES: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES: Final = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december")

# nouns for people (lemmas after COUNTED_SYNONYMS: "demonstrators" are protesters): what a toll counts,
# and the nouns a place or firm may modify without being anyone's name ("a Hallam Bridge man")
PEOPLE_NOUNS: Final = frozenset({
    "person", "civilian", "child", "soldier", "protester", "passenger", "resident", "worker", "student", "officer",
    "migrant", "victim", "adult", "man", "woman", "fan", "prisoner", "patient", "tourist", "miner", "employee",
    "pilgrim", "spectator", "goer", "visitor", "supporter", "journalist", "pedestrian", "driver", "motorist",
    "villager", "refugee", "teenager", "youth", "guard", "hostage", "crew", "sailor", "climber", "hiker", "trader",
})

# endings of nouns for people by what they do or where they are from ("trekkers", "cyclists",
# "mountaineers", "fishermen", "evacuees", "Syrians"): a noun no table lists is a person when what
# happened to it is a toll's verb ("the avalanche killed 14 skiers"); animals and things that end so
# are not
AGENT_ENDINGS: Final = ("er", "or", "ist", "eer", "ian", "man", "woman", "person", "ee")
AGENT_LOOKALIKES: Final = frozenset({
    "tiger", "panther", "otter", "beaver", "deer", "steer", "heifer", "lobster", "oyster", "hamster", "spider",
    "grasshopper", "vulture", "buffalo", "flamingo", "pelican", "iguana", "water", "number",
})


def people_noun(lemma: str) -> bool:
    """A counted noun's lemma names people: listed, or made with an agent ending (AGENT_ENDINGS)."""
    return lemma in PEOPLE_NOUNS or (len(lemma) > 4 and lemma.endswith(AGENT_ENDINGS)
                                     and lemma not in AGENT_LOOKALIKES)

# words of the weather that make "30C" a temperature rather than a flat, a seat or a grade, and "24c"
# no cents
WEATHER_LEMMAS: Final = frozenset({
    "temperature", "heat", "heatwave", "high", "low", "warm", "warming", "cold", "hot", "weather", "forecast",
    "degree", "mercury", "thermometer", "freeze", "freezing", "frost", "chill", "cool", "scorching", "swelter",
    "sweltering", "celsius", "fahrenheit", "overnight", "climate", "sun", "snow", "winter", "summer",
    # and of cooking and the body: "preheat the oven to 180C", "a fever of 39C"
    "oven", "preheat", "bake", "roast", "fever", "thermostat", "boil"})

# lemmas of weighing: "he lost 20 pounds" weighs (money), "she shed two stone" is a weight (quantity)
# the attribute of a person's age ("a 45-year-old", "Anna Keller, 52,"): a length of time extraction
# reads and the reconciler never matches with another length
AGE_ATTRIBUTE: Final = "age"
AGE_OF_A_THING: Final = "the age of a thing"  # a claim's note: "the 95-year-old house", never a person's age
# people an age is told of that no count table lists: kin and the words for the young and the old
AGED_PEOPLE_NOUNS: Final = frozenset({
    "boy", "girl", "baby", "infant", "toddler", "son", "daughter", "wife", "husband", "widow", "widower", "mother",
    "father", "brother", "sister", "grandson", "granddaughter", "grandmother", "grandfather", "grandparent", "niece",
    "nephew", "cousin", "uncle", "aunt", "twin", "orphan", "pupil", "schoolboy", "schoolgirl", "lady", "gentleman",
    "bride", "groom", "mum", "mom", "dad", "friend", "partner", "neighbour", "neighbor", "suspect", "actor",
    "actress", "singer", "player", "athlete", "veteran", "survivor", "defendant", "victim", "owner"})
WEIGHT_VERBS: Final = frozenset({"weigh", "lose", "gain", "shed", "put", "heavy", "weight"})

# verbs that move a date: "pushed back from 14 October to 22 October" names the old day and the
# new; "the launch was rescheduled for 22 October" times the launch
RESCHEDULING_VERBS: Final = frozenset({"postpone", "delay", "push", "move", "bring", "shift", "reschedule", "defer",
                                       "put", "change"})
# verbs whose "to" takes a day of the month, a day after the act: "adjourned the case to the 14th",
# "remanded him to the 22nd", "moved to the 3rd", "extended the deadline to June"
MOVING_TO_A_DAY: Final = RESCHEDULING_VERBS | frozenset({"adjourn", "remand", "fix", "set", "list", "extend"})

# verbs that tell what a party holds or is made of, a stock ("the port has 9 cranes", "operates 40
# branches", "will use 30 turbines", "serves 40,000 customers"), and verbs that only state a
# figure's level ("the toll reached 40", "inspectors counted 9")
HOLDING_VERBS: Final = frozenset({
    "have", "own", "operate", "run", "employ", "house", "boast", "possess", "hold", "contain", "comprise",
    "consist", "include", "feature", "use", "need", "require", "carry", "serve", "keep", "maintain", "field",
})
STATING_VERBS: Final = frozenset({
    "be", "become", "remain", "stay", "stand", "reach", "hit", "top", "total", "exceed", "amount", "count", "number",
    "rise", "fall", "climb", "drop", "grow", "increase", "decrease", "estimate", "put", "list", "record",
})

# verbs of saying: their day is the day it was said, and a clause reported under them ends with them
SAYING_VERBS: Final = frozenset({
    "say", "tell", "announce", "report", "confirm", "state", "warn", "add", "note", "write",
})

# verbs of thinking, hearing or saying, as written: "I think the €80m fine was fair", "I heard they
# paid £2m" hold someone else's figure, not the speaker's own
STANCE_VERBS: Final = frozenset({
    "think", "thought", "believe", "expect", "hope", "know", "knew", "fear", "doubt", "guess", "reckon", "suppose",
    "feel", "felt", "hear", "heard", "read", "understand", "understood", "said", "says", "told", "wish", "want",
})

# nominalizations and synonyms -> one attribute key, so "posted on April 21" and
# "in a post on April 21" (or "rejected"/"rejection") land in the same slot
ATTRIBUTE_ALIASES: Final[dict[str, str]] = {
    "posting": "post", "posted": "post", "publish": "post", "publication": "post",
    "rejection": "reject", "rejected": "reject", "vote down": "reject",
    "announcement": "announce", "announced": "announce",
    "launch": "launch", "launched": "launch", "founding": "found", "foundation": "found",
    "establishment": "found", "establish": "found", "create": "found", "creation": "found",
    "arrest": "arrest", "detention": "arrest", "detain": "arrest",
    "ruling": "rule", "decision": "rule", "decide": "rule",
    "plea": "plead", "indictment": "indict",
    "filing": "file", "approval": "approve", "adoption": "adopt", "proposal": "propose",
    "publication date": "post", "release": "release", "statement": "state", "say": "state",
    "put forward": "propose", "unveil": "propose", "present": "propose", "introduce": "propose",
    # a money penalty under any of its names: "fined", "a penalty", "levied", "slapped with"
    "penalty": "fine", "fined": "fine", "fin": "fine", "impose": "fine", "levy": "fine", "penalize": "fine",
    "penalise": "fine", "slap": "fine", "prison": "prison term", "jail": "prison term",
    "imprisonment": "prison term",
    # a share of a company held: "a 12% stake", "an 8% holding"
    "holding": "stake",
    # a strike under the names labour copy gives it: "a 12-day walkout", "an eight-day stoppage"
    "walkout": "strike", "stoppage": "strike",
    # a change under the names copy gives it: "a 4.8% pay rise", "a 3.8% increase in pay", "a 12% fare
    # hike"; "a 5% fall", "a 5% decrease", "a 2% decline" in sales ("raise" and "drop" also raise money and
    # drop charges)
    "increase": "rise", "hike": "rise", "decrease": "fall", "decline": "fall",
    # the share of voters who voted: "turnout was 64%", "voter participation reached 48%"
    "participation": "turnout",
    # a campaign under its other names ("a three-week vaccination drive"); the finding of a breach or an
    # outbreak under the verbs copy uses for it ("detected", "spotted", "uncovered" on March 11)
    "drive": "campaign", "detect": "discover", "spot": "discover", "uncover": "discover",
    "locate": "discover", "discovery": "discover", "stumble on": "discover", "stumble upon": "discover",
    "come across": "discover",
    # an end of operations under the verbs copy uses for it: a plant "will close on", "will shut on",
    # "will cease production on", "shut down", "its closure on"
    "shut": "close", "shut down": "close", "cease": "close", "closure": "close",
    # a loss of power under its names ("a 13-hour blackout", "the outage lasted", "a power cut")
    "blackout": "outage", "power cut": "outage", "power outage": "outage",
    # a death and a resignation under the words obituaries and politics copy use for them ("died",
    # "passed away", "her death on"; "resigned", "stepped down", "quit", "his resignation on"); not
    # "retire", "funeral" or "burial": other events, often on other days
    "death": "die", "pass away": "die", "resignation": "resign", "step down": "resign", "quit": "resign",
    # a ban under the names court copy gives it: "banned from driving for three years", "disqualified as
    # a director for 12 years", "a 12-year disqualification order", "a prohibition on trading"
    "disqualification": "ban", "disqualify": "ban", "prohibition": "ban", "prohibit": "ban",
    # a rule starting to apply under the phrases copy uses for it ("takes effect on", "comes into force
    # on", "enters into force", "goes into effect", "kicks in")
    "take effect": "take effect", "come into force": "take effect", "come into effect": "take effect",
    "enter into force": "take effect", "go into effect": "take effect", "kick in": "take effect",
    # a change-over to a new way of doing something: "will move to alternate-day deliveries from 5
    # January", "will switch to electric buses from 2027"
    "switch": "move", "switch over": "move",
    # a start under its verbs: "work will begin on", "will start on", "commences on", "gets under way"
    "begin": "start", "commence": "start", "get under": "start",
    # an event happening under its verbs: "will take place on", "goes ahead on" (and "will be held on",
    # context._held)
    "take place": "take place", "go ahead": "take place",
}
# a bid that won is what the buyer pays: "the winning bid of €2.1m", "the successful offer"
WINNING_BID_WORDS: Final = frozenset({"winning", "successful", "accepted"})
# aliases of a noun that its verb does not share: a "drive" is a campaign, "driving" is not
NOUN_ONLY_ALIASES: Final = frozenset({"drive"})
# nouns that name their kind by the noun before them: "a disqualification order", "a probation period"
GENERIC_MEASURE_NOUNS: Final = frozenset({"order", "period", "rate"})  # "the inflation rate" measures inflation

# modifiers that divide a money measure: "net profit" and "operating profit" are two figures of
# one report; a bare "profit" may be either (the extractor keeps the modifier in the attribute,
# the reconciler compares it apart from the measure)
MEASURE_MODIFIERS: Final = frozenset({"net", "gross", "operating", "pretax", "underlying", "adjusted", "core",
                                      "headline"})

# words that name the scale a quake's magnitude is told on, as the scale is known (Richter's is the
# local one): "moment magnitude" and "local magnitude" are two figures of one quake, not one told two ways
MAGNITUDE_SCALES: Final = {"local": "local", "richter": "local", "moment": "moment", "surface-wave": "surface-wave",
                           "body-wave": "body-wave"}

# modifiers that make "compensation" someone's pay, not damages: "total compensation of $14m",
# "a compensation package", "executive compensation" (but "$2m in compensation to passengers")
PAY_MODIFIERS: Final = frozenset({"total", "annual", "yearly", "executive", "base", "ceo", "realized", "realised",
                                  "package", "pay"})

# lemmas on a count's path that say which way it went: jobs shed or added, stores closed or opened
# (two counts that went opposite ways are two figures, however close their measure words)
LOSS_WORDS: Final = frozenset({"cut", "shed", "lose", "loss", "eliminate", "axe", "slash", "layoff", "close", "closure",
                               "scrap", "drop", "lay"})
GAIN_WORDS: Final = frozenset({"add", "create", "hire", "gain", "open", "opening", "creation", "recruit"})

# words after a count, or lemmas on its path, that say what state the things counted are in: houses
# damaged or destroyed, people killed or hurt, households that applied or qualified; two counts in two
# states are two figures ("6,300 houses damaged" beside "1,400 houses destroyed"), however alike their
# nouns
COUNT_STATES: Final[dict[str, str]] = {
    **dict.fromkeys(["damage", "damaged"], "damaged"),
    **dict.fromkeys(["destroy", "destroyed", "flatten", "flattened", "raze", "razed", "demolish", "wreck", "level",
                     "levelled", "leveled"], "destroyed"),
    **dict.fromkeys(["kill", "killed", "die", "dead"], "dead"),
    **dict.fromkeys(["injure", "injured", "hurt", "wound", "wounded"], "hurt"),
    # what inspectors declare of a building after damage: not the damaged ones' count
    **dict.fromkeys(["unsafe", "uninhabitable", "condemned", "condemn", "red-tagged"], "unsafe"),
    # the stages of an application: those who asked, those whose request was met
    **dict.fromkeys(["apply", "applied", "seek", "sought"], "asked"),
    **dict.fromkeys(["approve", "approved", "qualify", "qualified", "accept", "accepted", "admit", "admitted"],
                    "granted"),
}

# lemmas on a percentage's path that say which way the measure moved: "shipments fell 3%" and "shipments
# increased 5.8%" are two changes (of two places, two firms), not one change told wrong
FALL_WORDS: Final = frozenset({"fall", "drop", "decline", "decrease", "slip", "slide", "sink", "plunge", "tumble",
                               "shrink", "dip", "slump", "contract", "reduction", "cut", "lose", "loss"})
RISE_WORDS: Final = frozenset({"rise", "increase", "climb", "jump", "grow", "growth", "surge", "soar", "gain",
                               "rally", "expand", "expansion", "hike", "raise"})

# nouns that name a place a figure is told of ("in the northern region", "across the province"):
# its scope, with the words that set it apart ("northern", "wider", "metropolitan")
PLACE_NOUNS: Final = frozenset({
    "region", "province", "state", "city", "capital", "county", "district", "country", "town", "suburb",
    "municipality", "prefecture", "territory", "area", "borough", "metropolitan", "nation",
})
# the last word of a law's name ("the Food Safety Act"): a law, never a party a pronoun stands for
LAW_NOUNS: Final = frozenset({"act", "law", "bill", "code", "directive", "regulation", "regulations", "treaty",
                              "convention", "amendment", "ordinance", "statute"})
# parts of an organisation, which scope a figure as a place does: "revenue at the division", "group
# revenue", "the subsidiary's profit"
ORG_UNIT_NOUNS: Final = frozenset({"division", "unit", "subsidiary", "arm", "group", "segment"})
# groups of people a figure may be told of, which scope it as a place does ("men's median pay", "pay for
# women", "the women's race"): a figure of one group is no rival of the figure of everyone
POPULATION_NOUNS: Final = frozenset({"man", "woman", "boy", "girl", "child", "adult", "pensioner", "teenager",
                                     "male", "female"})
# stocks counted from time to time, which grow or shrink over years rather than between two articles
# ("the population has grown to", "its workforce rose to", "enrolment climbed to", "membership fell to")
STOCK_NOUNS: Final = frozenset({"population", "workforce", "headcount", "membership", "enrolment", "enrollment",
                                "fleet"})
# adverbs that tell a figure's scope by themselves
PLACE_ADVERBS: Final = frozenset({"nationally", "nationwide", "regionally", "locally", "countrywide", "statewide",
                                  "worldwide", "globally"})

# the attribute of a count of people by what happened to them: "person killed", "person missing"
PEOPLE_EVENT: Final = "person "

# lemmas of counted nouns -> the lemma counts compare on: words that name the same counted thing
# ("17 charges" and "18 felonies"; "36 lorries" and "36 trucks"; "41 inmates" and "41 prisoners";
# "140 houses" and "140 homes" destroyed; "12,000 demonstrators" and "12,000 protesters")
COUNTED_SYNONYMS: Final[dict[str, str]] = {
    "charge": "charge", "offense": "charge", "offence": "charge", "felony": "charge",
    "people": "person", "persons": "person", "individual": "person",
    "demonstrator": "protester", "protestor": "protester", "marcher": "protester",
    "lorry": "truck", "automobile": "car", "inmate": "prisoner", "house": "home", "dwelling": "home",
    # what a transport network counts: "184,000 journeys", "184,000 trips", "184,000 rides"
    "journey": "trip", "ride": "trip",
    # newborns counted are births ("6,184 newborns", "6,184 births"; babies only when born, see
    # count._lemma); a delivery may bring twins
    "newborn": "birth",
}

# nouns for jobs, and for the people who hold them: cut, created or lost, they count jobs ("cut 1,340
# jobs", "axe 1,840 posts", "shed 600 roles", "1,340 workers will be laid off")
JOB_NOUNS: Final = frozenset({"job", "post", "position", "role", "worker", "employee", "staff"})

# counted nouns that name the same thing ("12 charges", "12 counts")
COUNT_NOUN_ALIASES: Final[dict[str, str]] = {
    "count": "charge", "counts": "charge", "charges": "charge", "offense": "charge", "offenses": "charge",
    "offence": "charge", "offences": "charge", "crime": "charge", "crimes": "charge",
    "people": "person", "persons": "person", "individuals": "person", "individual": "person",
    "users": "user", "employees": "employee", "staff": "employee", "workers": "employee",
    "victims": "victim", "countries": "country", "nations": "country", "states": "state",
}

# trailing words of company names that do not change who is meant ("Meta Platforms Inc." = "Meta")
CORPORATE_DESIGNATORS: Final = frozenset({
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "llc", "plc",
    "co", "co.", "company", "group", "holdings", "holding", "sa", "s.a.", "ag", "nv", "n.v.", "gmbh", "spa",
    "s.p.a.", "platforms", "technologies", "international",
})

# words that end a descriptor standing for a person ("Telegram CEO", "the WikiLeaks founder")
TITLE_WORDS: Final = frozenset({
    "ceo", "founder", "co-founder", "cofounder", "chief", "president", "chairman", "chairwoman", "chair",
    "director", "minister", "spokesperson", "spokesman", "spokeswoman", "head", "owner", "boss", "leader",
})


# words that carry no evidence of what a figure is about: function words, reporting verbs,
# scale and currency words, calendar words (the figure's own value says those)
UNINFORMATIVE: Final = frozenset("""
a about above after again against all also am among an and any are as at be been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
him his how i if in into is it its itself just may me might more most must my no nor not now of off on once only
or other our out over own same she should so some such than that the their them then there these they this those
through to too under until up upon very was we were what when where which while who whom why will with would you
your yours since per via amid according told said says say saying added noted reported reports report stated
statement news cited citing quoted week weeks day days month months year years today yesterday tomorrow
million millions billion billions trillion thousand thousands hundred crore lakh mln bn m k
euro euros dollar dollars pound pounds yen yuan rupee rupees ruble rubles rouble roubles franc francs usd eur gbp
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
percent per cent around nearly almost roughly approximately least
""".split())

# irregular verb forms -> the base form, so "paid"/"pay"/"payment" and "sought"/"seek" share a stem
IRREGULAR_FORMS: Final[dict[str, str]] = {
    "paid": "pay", "sold": "sell", "bought": "buy", "won": "win", "held": "hold", "gave": "give", "given": "give",
    "took": "take", "taken": "take", "brought": "bring", "sought": "seek", "struck": "strike", "fell": "fall",
    "fallen": "fall", "rose": "rise", "risen": "rise", "grew": "grow", "grown": "grow", "spent": "spend",
    "lost": "lose", "made": "make", "found": "find", "left": "leave", "met": "meet", "ran": "run", "began": "begin",
    "begun": "begin", "wrote": "write", "written": "write", "told": "tell", "kept": "keep", "sent": "send",
    "chose": "choose", "chosen": "choose", "drove": "drive", "driven": "drive", "owed": "owe", "seized": "seize",
    "killed": "kill", "died": "die", "dead": "die", "deaths": "die", "death": "die", "injured": "injure",
    "injuries": "injure", "injury": "injure", "hurt": "injure", "wounded": "injure",
}

# words beside a figure that say what part it plays: a total is not its part, a rate per unit
# is not the sum, an earlier figure is not this one, a plan is not what happened, a guess is not the result
ROLE_MARKERS: Final[dict[str, str]] = {
    "total": "total", "totalling": "total", "totaling": "total", "overall": "total",
    "altogether": "total", "cumulative": "total", "aggregate": "total", "together": "total",
    # a sum over several parties ("fined Acme and Globex a combined €450m"), never one party's figure
    # ("together" is not one: "Acme's two fines together amount to €12m" is Acme's)
    "combined": "combined", "collectively": "combined", "jointly": "combined",
    "including": "part", "includes": "part", "included": "part", "portion": "part", "each": "rate", "per": "rate", "apiece": "rate", "annually": "rate", "annual": "rate",
    "yearly": "rate", "daily": "rate", "monthly": "rate", "earlier": "earlier", "previous": "earlier",
    "previously": "earlier", "prior": "earlier", "former": "earlier", "ago": "earlier",
    # another event or party of the kind ("a second fine", "a separate settlement", "an additional
    # $2bn to settle the states' claims", "fined another lender £3m"); but see INCREMENTS
    "second": "other", "separate": "other", "additional": "other", "another": "other", "further": "other",
    # the rest of a whole, after its parts were named ("the remaining parties won 12 seats", "the remaining
    # €2m comes from the city"): not any one part's figure
    "remaining": "other",
    "intended": "plan", "planned": "plan", "plans": "plan", "aimed": "plan", "aiming": "plan", "scheduled": "plan",
    "expected": "plan", "due": "plan", "target": "plan", "forecast": "plan", "projected": "plan", "aims": "plan", "aim": "plan",
    "goal": "plan",  # "a national goal of 4,300 classrooms" (only before the figure: ROLE_WORDS_BEFORE)
    # a figure hedged by its teller is an estimate ("quarterly sales probably rose 8%"), not the count
    "probably": "estimate", "likely": "estimate",
    # a first reading a later one revises ("a preliminary magnitude of 5.8", "initially put at 5.8",
    # "provisional figures show 1,203 deaths"): not the final figure
    "preliminary": "preliminary", "provisional": "preliminary", "provisionally": "preliminary",
    "initially": "preliminary",
}

# role words that mark only the figure after them: "including €5m" is a part ("€20m, including ..." the
# whole); "a goal of 4,300" is a plan ("cost €70m and scored a goal on his debut" is none)
ROLE_WORDS_BEFORE: Final = frozenset({w for w, role in ROLE_MARKERS.items() if role == "part"} | {"goal"})

# right before a figure these add to it and name nothing else: "a further £16m in add-ons",
# "another 15 million francs" is often the rest of one deal another outlet gives whole; after it
# they name no other figure either ("lies 74 metres further up the valley")
INCREMENTS: Final = frozenset({"another", "further"})

# lemma near the figure -> attribute (what is measured); the extractors read it, and messages
# name a fact by these values ("no source gives this fine")
ATTRIBUTE_CUES: Final[dict[str, dict[str, str]]] = {
    "money": {
        "fine": "fine", "penalty": "fine", "fined": "fine", "sanction": "fine", "penalise": "fine",
        "penalize": "fine", "penalised": "fine", "penalized": "fine", "fin": "fine",
        "bail": "bail", "bond": "bail", "damages": "damages", "compensation": "damages",
        "settlement": "settlement", "revenue": "revenue", "turnover": "revenue", "sales": "revenue",
        "profit": "profit", "earnings": "profit", "loss": "loss", "cost": "cost", "costs": "cost", "price": "price",
        "valuation": "valuation", "worth": "valuation", "investment": "investment", "funding": "funding",
        "budget": "budget", "salary": "salary", "restitution": "restitution", "forfeiture": "forfeiture",
        "forfeit": "forfeiture", "reimbursement": "cost", "expenses": "cost", "fee": "fee", "fees": "fee",
        "tax": "tax", "taxes": "tax", "refund": "refund", "assets": "assets", "deposits": "assets",
        "debt": "debt", "debts": "debt", "donation": "donation", "grant": "grant", "loan": "loan",
        # payments due only if conditions are met: "bonuses", a transfer's "add-ons", a deal's "earn-out"
        "bonus": "bonus", "bonuses": "bonus", "add-on": "bonus", "add-ons": "bonus", "earn-out": "bonus",
        "earnout": "bonus", "wage": "salary", "wages": "salary", "ransom": "ransom", "extortion": "ransom",
        "bribe": "bribe",
        "pay": "salary",  # the noun only (context.VERB_NOT_CUE): "her pay package", not "must pay €30m"
        "bribes": "bribe", "reward": "reward", "capitalization": "valuation", "capitalisation": "valuation",
        # takeover copy: "offered $45 a share", "a bid of £3.2 billion", "a tender offer of ¥1,500"
        "offer": "offer", "offered": "offer", "offering": "offer", "bid": "offer", "bids": "offer", "tender": "offer",
        # what a buyer pays: "bought Ferro for $1.4bn", "purchased", "a $2bn acquisition", "the takeover"
        "buy": "purchase", "bought": "purchase", "purchase": "purchase", "purchased": "purchase",
        "acquire": "purchase", "acquired": "purchase", "acquisition": "purchase", "takeover": "purchase",
        "buyout": "purchase", "take over": "purchase", "buy out": "purchase",
        # ... which is what the seller gets: "sold for £2.74m", "the painting fetched £2.47m"
        "sell": "purchase", "sold": "purchase", "fetch": "purchase", "fetched": "purchase",
        # ... or, at an auction, what the lot is knocked down at ("knocked down at €2.1m")
        "knock down": "purchase",
        # "agreed to pay $725 million to settle the class action": a settlement
        "settle": "settlement",
    },
    "sentence": {
        "prison": "prison term", "jail": "prison term", "imprisonment": "prison term",
        "incarceration": "prison term", "custody": "prison term", "probation": "probation",
        "bars": "prison term", "penitentiary": "prison term", "colony": "prison term",
        "supervised": "supervised release", "release": "supervised release",
    },
    "count": {},
    "date": {},
}


# Languages besides English whose figures claimkit reads (claimkit.lang, one cue table each)
OTHER_LANGUAGES: tuple[str, ...] = ("fr", "de", "es", "it", "pt", "ru", "zh")
