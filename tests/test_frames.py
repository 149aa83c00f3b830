"""Claim frames: the roles a figure plays, read from the words beside it (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimkit.reconcile.frames import build_frames, head_of, path_overlap
from claimkit.models import DurationClaim
from test_reconcile import count, date, lasted, money, sentence


def _roles(claim, sentence: str) -> set[str]:
    claim = claim.model_copy(update={"sentence": sentence})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    return set(frame.roles)


# (figure, its sentence, roles): "including" marks a part only when it comes before the figure;
# after it, the figure is the whole whose parts follow
ROLES = [
    (count("a", "12 counts", 12, "counts", "count"), "The indictment listed 12 counts, including fraud and bribery.",
     set()),
    (count("a", "12 counts", 12, "counts", "count"), "He faces charges including 12 counts of wire fraud.", {"part"}),
    (money("a", "€40m", 4e7, "EUR"), "The settlement of €40m includes a fine and the costs of the case.", set()),
    (money("a", "€40m", 4e7, "EUR"), "The settlement includes €40m for the victims.", {"part"}),
    (count("a", "300 jobs", 300, "jobs", "job"), "The plant will cut 300 jobs, including 40 in sales.", set()),
    (count("a", "40", 40, "jobs", "job"), "The plant will cut 300 jobs, including 40 in sales.", {"part"}),
    (money("a", "$5m", 5e6, "USD"), "The two banks paid a combined $5m.", {"combined"}),
    (money("a", "$5m", 5e6, "USD"), "The two banks paid $5m in total.", {"total"}),
    # ... not a role word that is part of a name
    (money("a", "€40m", 4e7, "EUR"), "The Ledmoor Combined Authority approved €40m for the tram.", set()),
    # a count told per period is a rate, not the stock or the total
    (count("a", "about 1,100 lines", 1100, "lines", "line"), "Crews will replace about 1,100 lines a year.",
     {"rate", "per_period"}),
    (count("a", "40 patients", 40, "patients", "patient"), "The clinic sees 40 patients a day.",
     {"rate", "per_period"}),
    (count("a", "300 flights", 300, "flights", "flight"), "The airline runs 300 flights per week to the island.",
     {"rate", "per_period"}),
    (count("a", "12 trains", 12, "trains", "train"), "Operators will run 12 trains daily from May.",
     {"rate", "per_period"}),
    (count("a", "1,100 lines", 1100, "lines", "line"), "Crews replaced 1,100 lines last year.", set()),
    # ... and a count per a round number of others is a ratio ("104 deaths per 100,000 live births")
    (count("a", "104 deaths", 104, "deaths", "death"), "The ratio was 104 deaths per 100,000 live births.", {"rate"}),
    (count("a", "12 cases", 12, "cases", "case"), "The region reported 12 cases for every 1,000 pupils.", {"rate"}),
    (count("a", "104 deaths", 104, "deaths", "death"), "There were 104 deaths per week in January.",
     {"rate", "per_period"}),
    (count("a", "104 deaths", 104, "deaths", "death"), "There were 104 deaths in 1,000 days.", set()),
    # ... and so is a length told per period
    (DurationClaim(**sentence("a", "48 hours", 2, unit="day").model_dump(exclude={"kind"})),
     "Junior doctors work 48 hours a week.", {"rate", "per_period"}),
    (DurationClaim(**sentence("a", "48 hours", 2, unit="day").model_dump(exclude={"kind"})),
     "The strike lasted 48 hours.", set()),
    (count("a", "900 people", 900, "people", "person"), "The plant employs 900 people a short drive away.", set()),
    (count("a", "40 passengers", 40, "passengers", "passenger"), "Each of the 40 passengers was questioned.", {"rate"}),
    (count("a", "12 shops", 12, "shops", "shop"), "Total Retail Group opened 12 shops.", set()),
    (money("a", "€5m", 5e6, "EUR"), "Total revenue came to €5m.", {"total"}),
    (money("a", "€12m", 1.2e7, "EUR"), "Acme's two fines together amount to €12m.", {"total"}),  # one party's
    (money("a", "$2", 2.0, "USD"), "Shareholders will receive $2 per share.", {"rate", "unit"}),
    # the sum over all, told right after its figure; a word of one each closing the figure before it
    (money("a", "€81,000", 81e3, "EUR"), "It will pay €9,000 to each family, €81,000 in all.", {"total"}),
    (money("a", "£480", 480, "GBP"), "Rail staff get £40 a shift, or £480 in total this winter.", {"total"}),
    (money("a", "€5,000", 5e3, "EUR"), "The court convicted 40 defendants, each fined €5,000.", {"rate", "unit"}),
    # the most a place or vehicle holds is its capacity, not who came or was aboard
    (count("a", "18,500 fans", 18500, "fans", "fan"), "The stadium will hold 18,500 fans for the final.",
     {"capacity"}),
    (count("a", "900 guests", 900, "guests", "guest"), "The hall seats 900 guests.", {"capacity"}),
    (count("a", "640 passengers", 640, "passengers", "passenger"), "The new ferry can carry up to 640 passengers.",
     {"capacity"}),
    (count("a", "300 people", 300, "people", "person"), "The shelter has room for 300 people.", {"capacity"}),
    (count("a", "640 passengers", 640, "passengers", "passenger"), "The ferry was carrying 640 passengers.", set()),
    (count("a", "40,000", 40000, "", "person"), "A capacity crowd of 40,000 watched the final.", set()),
    # "a further", "another" right before the figure: often the rest of one deal, no other quantity
    # than another outlet's plain figure of it; "a second", "a separate", "an additional" one, and
    # "another" party, are others of their kind
    (money("a", "£3m", 3e6, "GBP"), "The regulator also fined another lender £3m.", {"other"}),
    (money("a", "€16m", 1.6e7, "EUR"), "Globex will pay a further €16m in bonuses.", set()),
    (count("a", "200 jobs", 200, "jobs", "job"), "The carmaker will cut another 200 jobs in Ohio.", set()),
    # ... nor after the figure, where they compare a position or a distance
    (count("a", "12 boats", 12, "boats", "boat"), "Police found 12 boats further down the river.", set()),
    (count("a", "30 bodies", 30, "bodies", "body"), "Divers recovered 30 bodies further downstream on Friday.", set()),
    # ... but before another figure they say this one is the part that figure adds to
    (money("a", "£100m", 1e8, "GBP"), "The fee is £100m, with a further £16m in add-ons.", {"part"}),
    (count("a", "300 jobs", 300, "jobs", "job"), "Acme will cut 300 jobs and another 120 next year.", {"part"}),
    # a count of other ones of its things is another group of them; "others" counts its own event's people
    (count("a", "Two other men", 2, "men", "man"), "Two other men were also jailed for their part.", {"other"}),
    (count("a", "four other banks", 4, "banks", "bank"), "Regulators fined four other banks last year.", {"other"}),
    (count("a", "27 others", 27, "others", "person"), "Two people died and 27 others were hurt.", set()),
    (money("a", "€5m", 5e6, "EUR"), "The regulator imposed a second fine of €5m on Acme.", {"other"}),
    (money("a", "$2bn", 2e9, "USD"), "Acme will pay an additional $2bn to settle the states' claims.", {"other"}),
    # the rest of a whole after its parts: no one part's figure
    (count("a", "12 seats", 12, "seats", "seat"), "The remaining parties won 12 seats between them.", {"other"}),
    (money("a", "€2m", 2e6, "EUR"), "The state pays €9m and the remaining €2m comes from the city.", {"other"}),
    # a price of one after the figure ("per" and "each" also mark a rate); not a rate over time
    (money("a", "$54", 54.0, "USD"), "Acme agreed to buy Globex for $8.6 billion, or $54 a share.", {"unit"}),
    # a role word after another figure is that figure's: "$46 per share" is the rate, not "$3.4 billion"
    (money("a", "$3.4 billion", 3.4e9, "USD"), "Corvane will take over Lumetra for $3.4 billion, paying $46 per share.",
     set()),
    (money("a", "$46", 46.0, "USD"), "Corvane will take over Lumetra for $3.4 billion, paying $46 per share.",
     {"rate", "unit"}),
    (money("a", "$1.84", 1.84, "USD"), "Net income rose to $512 million, or $1.84 per share.", {"rate", "unit"}),
    (money("a", "€20", 20.0, "EUR"), "Tickets for the final cost €20 a head.", {"unit"}),
    (money("a", "£500", 500.0, "GBP"), "The three directors were paid £500 apiece.", {"rate", "unit"}),
    (money("a", "$8.6 billion", 8.6e9, "USD"), "Acme agreed to buy Globex for $8.6 billion, or $54 a share.", set()),
    (money("a", "$5bn", 5e9, "USD"), "The programme will cost $5bn a year until 2030.", set()),
    (money("a", "$90", 90.0, "USD"), "Oil traded at $90 a barrel on Monday.", {"unit"}),
    # ... or given to each one after it, past a conversion in brackets; not for each year
    (money("a", "₹85,000", 85000.0, "INR"), "The firm will pay ₹85,000 (about $1,020) to each family.", {"unit"}),
    (money("a", "€400", 400.0, "EUR"), "The airline owes €400 for every passenger it bumped.", {"unit"}),
    (money("a", "$2 million", 2e6, "USD"), "The city will spend $2 million for each year of the plan.", {"rate"}),
    (money("a", "€24 million", 2.4e7, "EUR"), "A court fined the operator €24 million, a record for the region.", set()),
    # ... and the measure of one named before the figure ("per cent" names none)
    (money("a", "$11.82", 11.82, "USD"), "In Europe, average revenue per member rose to $11.82.", {"unit", "rate"}),
    (money("a", "$1.84", 1.84, "USD"), "Earnings per share of $1.84 beat forecasts.", {"unit", "rate"}),
    (money("a", "$1,200", 1200.0, "USD"), "Prices fell 2 per cent while the average wage rose to $1,200.", set()),
    # ... or "each" before it in its clause: one person's or one party's share, not a frequency
    (money("a", "€1,450", 1450.0, "EUR"), "Each eligible worker is to receive €1,450, the firm said.", {"unit"}),
    (money("a", "€1,450", 1450.0, "EUR"), "Vossen will pay each of its factory staff a bonus of €1,450.", {"unit"}),
    (money("a", "€5m", 5e6, "EUR"), "Acme and Globex were each fined €5m.", {"rate", "unit"}),
    (money("a", "€2m", 2e6, "EUR"), "Each year the foundation gives away €2m.", set()),
    (money("a", "€5m", 5e6, "EUR"), "The regulator fined each bank, and Acme paid €5m in total.", {"total"}),
    # a target is a plan
    (count("a", "2.4 million children", 2.4e6, "children", "child"),
     "The campaign, launched on Monday, is aimed at reaching 2.4 million children.", {"plan"}),
    # the whole a part is told of is that whole, not the part's rival
    (count("a", "200 seats", 200, "seats", "seat"), "The ruling party holds 88 of the 200 seats.", {"whole"}),
    (count("a", "38,000 staff", 38000, "staff", "staff"), "Acme will shed 11 per cent of its 38,000 staff.",
     {"whole"}),
    (count("a", "40 passengers", 40, "passengers", "passenger"), "Only three out of 40 passengers survived.",
     {"whole"}),
    (count("a", "412 flights", 412, "flights", "flight"), "The airport handled 412 flights, of which 96 were late.",
     {"whole"}),
    (count("a", "1,200 pupils", 1200, "pupils", "pupil"), "The school has 1,200 pupils, of whom 310 board.",
     {"whole"}),
    (count("a", "412 flights", 412, "flights", "flight"), "The airport handled 412 flights, which were late.", set()),
    (count("a", "88", 88, "seats", "seat"), "The ruling party holds 88 of the 200 seats.", set()),
    (count("a", "200 seats", 200, "seats", "seat"), "The chamber has 200 seats.", set()),
    (count("a", "12 ministers", 12, "ministers", "minister"), "The head of the 12 ministers spoke.", set()),
    # a figure its teller hedges is an estimate
    (money("a", "$40m", 4e7, "USD"), "The company said its quarterly profit probably rose to $40m.", {"estimate"}),
    (count("a", "120 jobs", 120, "jobs", "job"), "The closure will likely cost 120 jobs, the union said.",
     {"estimate"}),
    (money("a", "$40m", 4e7, "USD"), "Its quarterly profit was likely $40m, the company said.", {"estimate"}),
    # ... not when the hedge is on another verb, or the figure comes first
    (money("a", "€5.3 million", 5.3e6, "EUR"), "Acme will likely appeal the €5.3 million repair bill.", set()),
    (money("a", "$40m", 4e7, "USD"), "The $40m plan will probably pass next week.", set()),
    # a sentence that opens on another matter: its figures are of that matter ("separate" far from them)
    (money("a", "£2m", 2e6, "GBP"), "In a separate ruling, the lender was handed a penalty of £2m for late filings.",
     {"other"}),
    (money("a", "€900,000", 9e5, "EUR"), "Separately, the watchdog fined the airline €900,000 over refunds.", {"other"}),
    (count("a", "14 people", 14, "people", "person"), "In another case, police arrested 14 people at the port.",
     {"other"}),
    # ... not a statement told elsewhere, nor "separately" inside the sentence
    (money("a", "$3m", 3e6, "USD"), "In a separate statement, Acme said the fine of $3m would be paid.", set()),
    (money("a", "$3m", 3e6, "USD"), "The two firms were fined $3m, and separately warned.", set()),
    # a part of a named sum: the figure followed by "of the" + a money measure, with or without a word between
    (money("a", "€30 million", 3e7, "EUR"), "He said €30 million of the cost came from a state grant.", {"portion"}),
    (money("a", "$2m", 2e6, "USD"), "The judge suspended $2m of the fine for two years.", {"portion"}),
    (money("a", "£5m", 5e6, "GBP"), "The council will take £5m of its capital budget for roads.", {"portion"}),
    # ... not "of" before a party or a thing, nor a sum with no determiner
    (money("a", "€2m", 2e6, "EUR"), "A fine of €2m of the kind the EU imposes was expected.", set()),
    (money("a", "$4m", 4e6, "USD"), "The start-up raised $4m of funding last year.", set()),
    (money("a", "€86 million", 8.6e7, "EUR"), "The €86 million wing of the hospital opened.", set()),
    # a first reading a later one revises
    (count("a", "40", 40, "people", "person"), "The toll initially stood at 40, officials said.",
     {"preliminary"}),
    (count("a", "1,203 deaths", 1203, "deaths", "death"), "Provisional figures show 1,203 deaths in July.",
     {"preliminary"}),
    (money("a", "$2.1bn", 2.1e9, "USD"), "The bank reported a preliminary profit of $2.1bn.", {"preliminary"}),
    # a figure told of one named place or party "alone": a part of the story's whole
    (count("a", "480 operations", 480, "operations", "operation"),
     "Greyfield General alone has postponed 480 operations, a third of the trust's total.", {"portion"}),
    (count("a", "1,200 cases", 1200, "cases", "case"), "Paris alone recorded 1,200 cases last week.", {"portion"}),
    (count("a", "1,200 cases", 1200, "cases", "case"), "Left alone, the region recorded 1,200 cases.", set()),
    # ... told after it
    (count("a", "23,000 people", 23000, "people", "person"),
     "The fair was packed, with 23,000 people in the halls on the Saturday alone.", {"portion"}),
    (count("a", "640 cases", 640, "cases", "case"), "Officials counted 640 cases in Lyon alone.", {"portion"}),
    (money("a", "$2bn", 2e9, "USD"), "The firm spent $2bn in 2024 alone on new plants.", {"portion"}),
    (count("a", "640 cases", 640, "cases", "case"), "Officials counted 640 cases, leaving Lyon alone.", set()),
    # ... or to account for part of it
    (money("a", "$1.2bn", 1.2e9, "USD"), "Europe accounted for $1.2bn, the firm said.", {"portion"}),
    (count("a", "about 900 jobs", 900, "jobs", "job"), "The north made up about 900 jobs, officials said.",
     {"portion"}),
    # ... or told to be among the whole
    (count("a", "Twelve pilots", 12, "pilots", "pilot"), "Twelve pilots were among those laid off at the airline.",
     {"portion"}),
    (count("a", "Two Britons", 2, "Britons", "briton"), "Two Britons are among the dead, the ministry said.",
     {"portion"}),
    # a sentence opening on a union tells the whole it makes
    (count("a", "about 7,800 people", 7800, "people", "person"),
     "Once combined, the group will operate 90 parks and employ about 7,800 people.", {"combined"}),
    (count("a", "410 aircraft", 410, "aircraft", "aircraft"), "Together, the two carriers fly 410 aircraft.",
     {"combined"}),
    (money("a", "£2.4bn", 2.4e9, "GBP"), "After the merger, the bank will hold £2.4bn of deposits.", {"combined"}),
    (count("a", "3,100 people", 3100, "people", "person"), "Once the group's rival, Seabrook employs 3,100 people.",
     set()),
    # a net change of a count is a margin, not the stock it changes
    (count("a", "18 net new stores", 18, "stores", "store"), "Revenue rose, helped by 18 net new stores.",
     {"difference"}),
    (count("a", "a net 40 jobs", 40, "jobs", "job"), "The plant added a net 40 jobs last year.", {"difference"}),
    (count("a", "1,084 stores", 1084, "stores", "store"), "The group now has 1,084 stores, net of closures.", set()),
    # what made a count rise, after the figure it rose to, is the rise
    (count("a", "four people", 4, "people", "person"),
     "The toll rose to 21 on Friday, after four people died overnight in hospital.", {"difference"}),
    (count("a", "40", 40, "bodies", "body"), "The number of dead climbed to 312 after another 40 were found.",
     {"difference"}),
    (count("a", "1,200 members", 1200, "members", "member"), "Membership jumped to 9,400 after 1,200 members joined.",
     {"difference"}),
    # a role word after the figure that opens the next figure's phrase is that figure's
    (count("a", "24,938", 24938, "people", "person"),
     "The attendance of 24,938 smashed the previous record of 17,120.", set()),
    (money("a", "€2.4 million", 2.4e6, "EUR"), "The club paid €2.4 million, against a former fee of €1.9 million.",
     set()),
    (count("a", "17,120", 17120, "people", "person"),
     "The attendance of 24,938 smashed the previous record of 17,120.", {"earlier"}),
    # an ordinal of a period names the period, not another thing of the figure's kind
    (money("a", "NOK 1.9 billion", 1.9e9, "NOK"), "Operating profit came to NOK 1.9 billion in the second quarter.",
     set()),
    (count("a", "412 people", 412, "people", "person"), "The toll reached 412 people on the second day.", set()),
    (money("a", "€5m", 5e6, "EUR"), "The regulator imposed a second fine of €5m.", {"other"}),
    # ... but not one a stop parts from the figure after it
    (count("a", "1,200 people", 1200, "people", "person"), "Police held 1,200 people in total, 300 of them minors.",
     {"total"}),
    # ... not a count after "after" with no rise to a figure before it
    (count("a", "four people", 4, "people", "person"), "The market was shut after four people died.", set()),
    (count("a", "30 people", 30, "people", "person"), "Prices rose after 30 people were arrested.", set()),
    # a goal is a plan, told before its figure ("cost €70m and scored a goal" names none)
    (count("a", "4,300 new classrooms", 4300, "classrooms", "classroom"),
     "The region's share was part of a national goal of 4,300 new classrooms.", {"plan"}),
    (money("a", "£2 billion", 2e9, "GBP"), "Ministers set a goal of £2 billion in savings by 2028.", {"plan"}),
    (money("a", "€70 million", 7e7, "EUR"), "The striker cost €70 million and scored a goal on his debut.", set()),
    # ... and so is a plan or goal its clause says it is, told before the figure
    (count("a", "450 nurses", 450, "nurses", "nurse"), "The ministry's plan was to bring 450 nurses to rural clinics.",
     {"plan"}),
    (count("a", "1,100 teachers", 1100, "teachers", "teacher"), "Its goal is to send 1,100 teachers to remote schools.",
     {"plan"}),
    (count("a", "450 nurses", 450, "nurses", "nurse"), "The plan brought 450 nurses to rural clinics.", set()),
    # ... and the purpose of an effort named right before the figure
    (count("a", "80,000 children", 80000, "children", "child"),
     "The state launched a campaign to immunise 80,000 children against measles.", {"plan"}),
    (count("a", "2,000 nurses", 2000, "nurses", "nurse"), "It is part of a drive to recruit 2,000 nurses by spring.",
     {"plan"}),
    (money("a", "$40 million", 4e7, "USD"), "The charity began a bid to raise $40 million for the ward.", {"plan"}),
    (count("a", "80,000 children", 80000, "children", "child"),
     "The campaign immunised 80,000 children against measles.", set()),
    # a quoted speaker's own figure, told in the first person
    (count("a", "12 stores", 12, "stores", "store"), '"I opened 12 stores before I turned 40," said the founder.',
     {"own"}),
    (money("a", "£400", 400, "GBP"), '“I paid £400 for a ticket,” said one fan.', {"own"}),
    (money("a", "€90", 90, "EUR"), '"My rent went up by €90 a month," said one tenant.', {"own"}),
    # ... not another's figure the speaker thinks of, one told outside quotes, or "we"
    (money("a", "€80m", 8e7, "EUR"), '"I think the €80m fine was fair," said the minister.', set()),
    (money("a", "£400", 400, "GBP"), "I paid £400 for a ticket, the fan told the court.", set()),
    (money("a", "€40 million", 4e7, "EUR"), '"We will spend €40 million on the new wing," she said.', set()),
    (money("a", "€9,000", 9e3, "EUR"), '"They fined me and gave €9,000 to the club," he said.', set()),
    # the time still to run after "another" or "a further": not the whole length
    (lasted("a", "19 years", 19, "year"), "At 70 a man can expect to live another 19 years.", {"rest"}),
    (lasted("a", "three weeks", 3, "week"), "The bridge will stay shut for a further three weeks.", {"rest"}),
    (lasted("a", "84 years", 84, "year"), "Men there can expect to live 84 years.", set()),
    # the level a change moved from, before the one it moved to: the earlier level
    (money("a", "£40", 40, "GBP"), "The council raised the fee from £40 to £55 last week.", {"left"}),
    (count("a", "1,200 members", 1200, "members", "member"), "Membership fell from 1,200 members to 900.", {"left"}),
    (money("a", "£55", 55, "GBP"), "The council raised the fee from £40 to £55 last week.", set()),
    (count("a", "1,200 members", 1200, "members", "member"), "The club drew 1,200 members from the town.", set()),
    # ... but a further sum is often the rest of one deal another outlet gives plainly
    (money("a", "£16m", 1.6e7, "GBP"), "The fee is £100m, and a further £16m may follow.", set()),
]


@pytest.mark.parametrize(("claim", "sentence", "expected"), ROLES)
def test_roles_beside_the_figure(claim, sentence, expected):
    assert _roles(claim, sentence) == expected


@pytest.mark.parametrize("sentence, figure, years", [
    ("Quarterly profit rose to $5.2 billion, the highest since the third quarter of 2018.", "$5.2 billion", set()),
    ("Turnout reached 61%, lower than in 2018 but above the 2012 level.", "61%", {2012}),
    ("The ministry counted 412 cases in 2022, compared with 380 in 2021.", "412 cases", {2022}),
    ("Exports were worth $30 billion, up from 2020's $24 billion.", "$30 billion", set()),
    ("The regulator fined the bank €40 million in 2023.", "€40 million", {2023}),
    ("Since 2019 the airline has paid $12 million in fines.", "$12 million", set()),
    # a change "on" a year right after its figure compares with that year ...
    ("Bulb exports fell to €690 million, down 14.3 per cent on 2023/24.", "€690 million", set()),
    ("Fare revenue was $4.1 billion, up 6% on 2019, the airport said.", "$4.1 billion", set()),
    # ... "on" a day dates the change, and a year further on is not its base
    ("Shares fell 5% on Monday after the 2019 ruling, to $41.", "$41", {2019}),
    # the base figure itself, told after "from" with its year, is that year's alone
    ("Exports rose to $30 billion in 2024, up from $24 billion in 2020.", "$24 billion", {2020}),
    ("Sales grew 9% to $52 million, from $48 million in 2023, the firm said.", "$48 million", {2023}),
    ("Sales grew 9% to $52 million, from $48 million in 2023, the firm said.", "$52 million", set()),
    ("The grant fell from about $7 million in 2019 to $5 million.", "$7 million", {2019}),
    # ... "from" a year to another is a span, with no base figure
    ("The firm paid $4 million in fines from 2019 to 2023.", "$4 million", {2019, 2023}),
    # "the previous year" after the figure dates it before the year the clause prints
    ("The town set up the fund in 2024, after $3 million was lost the previous year.", "$3 million", set()),
    ("In 2022 the club paid $6 million, as much as a year earlier.", "$6 million", set()),
    # ... not after its own year, nor "a year earlier than planned"
    ("The club paid $6 million in 2022, the same as a year earlier.", "$6 million", {2022}),
    ("In 2022 the club paid $6 million, a year earlier than planned.", "$6 million", {2022}),
])
def test_years_named_as_a_comparison_base_are_no_event_time(sentence, figure, years):
    claim = money("a", figure, 1e6, "USD").model_copy(update={"sentence": sentence})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.years) == years


@pytest.mark.parametrize("sentence, figure, years", [
    # an aside between commas tells of the noun before it, not of the figure's event
    ("The overhaul of the spa, built in 1972, had cost €48.6 million.", "€48.6 million", set()),
    ("The bridge, which opened in 1931, will need $14 million of repairs.", "$14 million", set()),
    ("The lender, founded in 2018, was fined £2 million by the regulator.", "£2 million", set()),
    ("Acme, whose founder died in 2019, paid $3 million in 2023.", "$3 million", {2023}),
    # the figure inside the aside is dated by it; a leading phrase is no aside
    ("Acme, which was fined $5 million in 2021, said it would appeal.", "$5 million", {2021}),
    ("In 2021, the firm paid $5 million to settle.", "$5 million", {2021}),
    # ... as does a relative clause that closes the sentence, digits with commas and all
    ("The $9 million penalty concerns its app, which regulators said had forced 41,000 shops to match "
     "prices from 2022 to 2025.", "$9 million", set()),
    ("The £4m award went to the nurse, who joined the hospital in 1998.", "£4m", set()),
    ("The €2m grant, paid last week, funds the school, which reopened in 2024", "€2m", set()),
    # ... or a participle clause that closes it, telling what the figure led to
    ("Revenue rose to $8 million in June, extending a run of gains that began in 2019.", "$8 million", set()),
    ("The city paid $2 million, bringing its spending on the project since 2021 to a record.", "$2 million",
     set()),
    # ... not a figure's own clause ending the sentence
    ("Acme said on Monday, which was a holiday, that it paid $3 million in 2023.", "$3 million", {2023}),
    # a noun phrase set beside a name: the years are the noun's ("the champion in 2024"), not the figure's
    ("Lena Holm, the Olympic champion in 2016 and 2020, was fined $3 million.", "$3 million", set()),
    ("Ostra Group, a builder founded in 1952, must pay $3 million.", "$3 million", set()),
    # ... not a clause after a date word, which dates its figure
    ("In May, the firm paid $3 million, in 2023 money.", "$3 million", {2023}),
])
def test_years_of_an_aside_about_a_noun_are_no_event_time(sentence, figure, years):
    claim = money("a", figure, 1e6, "USD").model_copy(update={"sentence": sentence})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.years) == years


@pytest.mark.parametrize("sentence, figure, years", [
    # "last year", "this year", "next year" name a year from the article's (published in 2026) ...
    ("Last year the state paid $3 million in grants.", "$3 million", {2025}),
    ("The ministry expects to spend $40 million on grants this year.", "$40 million", {2026}),
    ("The club will pay $2 million next year.", "$2 million", {2027}),
    # ... and so does the possessive: "last year's table", "next year's budget"
    ("Last year's grants came to $3 million.", "$3 million", {2025}),
    ("Next year’s budget sets aside $2 million for roads.", "$2 million", {2027}),
    # ... unless it is the base of a change, or the period a figure is compared with
    ("Sales reached $9 million, up 7% on last year.", "$9 million", set()),
    ("Profit was $6 million, 54% more than in the same quarter of last year.", "$6 million", set()),
])
def test_a_year_told_from_the_articles_is_the_figures(sentence, figure, years):
    claim = money("a", figure, 1e6, "USD").model_copy(update={"sentence": sentence})
    (frame,) = build_frames([claim], {}, {}, include_regions=False, published={"a": dt.date(2026, 3, 4)})
    assert set(frame.years) == years


@pytest.mark.parametrize("sentence, figure, years", [
    # a decade names no year of the figure's event
    ("The town approved a $212 million arena, the latest of many to replace rinks built in the 1960s.",
     "$212 million", set()),
    ("Grants of €4 million will restore mills dating from the 1920s.", "€4 million", set()),
    # ... a year does, and a year's possessive
    ("The town approved a $212 million arena in 1968.", "$212 million", {1968}),
    ("The regulator's fine of €4 million was 2021's largest.", "€4 million", {2021}),
])
def test_a_decade_is_no_event_year(sentence, figure, years):
    claim = money("a", figure, 1e6, "USD").model_copy(update={"sentence": sentence})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.years) == years


@pytest.mark.parametrize("first, second", [
    # the dead and a city's population: both counts of people, nothing else in common
    ((count("a", "at least 41 people", 41, "people", "person", q="at_least"), ["people", "confirm", "die"]),
     (count("b", "9 million people", 9e6, "people", "person"), ["people", "live"])),
    # jobs cut and jobs created
    ((count("a", "300 jobs", 300, "jobs", "job"), ["job", "cut", "plant"]),
     (count("b", "120 jobs", 120, "jobs", "job"), ["job", "create", "hire"])),
])
def test_the_counted_noun_is_not_shared_context(first, second):
    """The words of the figure itself ("people" in "9 million people") are its value, not the
    path it hangs from: two counts of one noun share a path only where their verbs meet."""
    frames = build_frames([c.model_copy(update={"context": path}) for c, path in (first, second)], {}, {},
                          include_regions=False)
    assert path_overlap(*frames) == 0.0
    assert frames[0].path and frames[1].path  # each keeps the words of its own verbs


@pytest.mark.parametrize("path, roles", [
    (["announce", "tariff", "intend", "ministry"], {"plan"}),  # "had intended to announce ... on Monday"
    (["hold", "schedule", "vote"], {"plan"}),  # "the vote is scheduled to be held on May 3"
    # "hopes to collect donations from 1,200 people", "hoped to raise £5,000": the model's lemma is "hop"
    (["people", "collect", "donation", "hop"], {"plan"}),
    (["raise", "hop", "charity"], {"plan"}),
    (["plan", "rescue", "unveil"], set()),  # "unveiled a $5bn rescue plan": a plan that exists
    (["propose", "commission"], set()),  # "the commission proposed on April 1": it happened
])
def test_a_planning_verb_above_the_figure_makes_it_a_plan(path, roles):
    claim = money("a", "$5bn", 5e9, "USD").model_copy(update={"sentence": "It was $5bn.", "context": path})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.roles) == roles


@pytest.mark.parametrize(("sentence", "roles"), [
    # the verb "plan" itself, in the figure's clause, plans it
    ("The council plans to widen the ring road and add 40 buses by 2029.", {"plan"}),
    ("The council is planning to hire 40 buses for the summer.", {"plan"}),
    ("A new depot with 40 buses is planned for the east of the city.", {"plan"}),
    # ... not in another clause, nor the noun
    ("The operator, which plans to expand, said it ran 40 buses last year.", set()),
    ("Under the plan, the city ran 40 buses last year.", set()),
])
def test_the_verb_plan_in_the_figures_clause_makes_it_a_plan(sentence, roles):
    claim = count("a", "40 buses", 40, "buses", "bus").model_copy(update={"sentence": sentence, "context": ["run"]})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.roles) == roles


@pytest.mark.parametrize(("sentence", "text", "relative", "granularity", "baseline"), [
    # a relative year or quarter told as a comparison base is never compared ...
    ("Sales rose 20% from a year earlier.", "a year earlier", "-1 year from the event", "year", True),
    ("Profit beat the previous quarter.", "the previous quarter", "-1 quarter", "quarter", True),
    ("Exports were higher than two years ago.", "two years ago", "-2 year", "year", True),
    # ... but "N years ago" on its own times an event, as a day did before it was read as the year
    ("The firm was founded 12 years ago in Oslo.", "12 years ago", "-12 year", "year", False),
    ("Two years ago, the club won the cup.", "Two years ago", "-2 year", "year", False),
    ("The bill passed in March.", "March", None, "month", False),
    # a period a figure is compared with, a few words after the comparison, is its base
    ("Sales were 24% lower than in the strong first quarter.", "first quarter", None, "quarter", True),
    ("Shipments fell to 60 million, down from 81 million in the first three months of the year.",
     "the first three months of the year", None, "quarter", True),
    ("Rents rose 4% compared with March.", "March", None, "month", True),
    ("Ridership is up from 2019.", "2019", None, "year", True),
    # ... a decimal figure among its words, and a bare "from" with a figure after it
    ("Wine exports rose to 8.2 billion, up from 7.9 billion euros in 2024.", "2024", None, "year", True),
    ("Ticket sales grew 6% from 12.5 million in 2023, the league said.", "2023", None, "year", True),
    ("Deposits shrank 9% from $3.2 billion in March, the bank said.", "March", None, "month", True),
    # ... not a period the comparison's own figure is told in, nor one far from it
    ("Profit rose from $2bn to $3bn in the second quarter.", "the second quarter", None, "quarter", False),
    ("Membership climbed from 12 to 30 in 2024.", "2024", None, "year", False),
    ("Unemployment fell to 3.8% from 3.9% in March.", "March", None, "month", False),
    ("The family moved from Leeds in 2019.", "2019", None, "year", False),
    ("It sold more than 40 million phones in the second quarter.", "the second quarter", None, "quarter", False),
    ("The deal was valued at more than $2bn when it closed in July.", "July", None, "month", False),
    ("Profits more than doubled in March.", "March", None, "month", False),
    ("Sales were higher than in March.", "March", None, "month", True),
    ("He has been held since March 3.", "March 3", None, "day", False),
    # a change "on" a period right after its figure compares with it; "on" a day dates the change
    ("Bulb exports were down 14.3 per cent on 2023/24.", "2023/24", None, "year", True),
    ("Passenger numbers were up 6% on 2019, the airport said.", "2019", None, "year", True),
    ("Profits were 8% higher on the first quarter of 2024.", "the first quarter of 2024", None, "quarter", True),
    ("Shares fell 5% on Monday.", "Monday", None, "day", False),
    ("The index closed 2 points lower on May 3.", "May 3", None, "day", False),
    ("The vote on 2024's budget passed.", "2024", None, "year", False),
    # a time of year told as a habit is no day of the story's event
    ("Losses typically peak in late winter, the agency said.", "late winter", None, "month", True),
    ("Officials warn that floods usually come in March and April.", "March", None, "month", True),
    ("The lake normally freezes in December.", "December", None, "month", True),
    ("Fares tend to rise in January.", "January", None, "month", True),
    # ... not a habit told in another clause, nor a date with no habit
    ("The lake froze in December, earlier than it usually does.", "December", None, "month", False),
    ("Flooding came in March, as it generally does.", "March", None, "month", False),
])
def test_a_relative_comparison_base_is_never_compared(sentence, text, relative, granularity, baseline):
    from claimkit.models import DateClaim, DateValue
    from claimkit.reconcile.frames import stamp_or_baseline

    at = sentence.index(text)
    claim = DateClaim(id=f"a#{at}-{at + len(text)}", doc="a", text=text, start=at, end=at + len(text), line=1,
                      column=1, sentence=sentence, extractor="test",
                      value=DateValue(start="2020-01-01", end="2020-12-31", granularity=granularity, year_known=True,
                                      anchored=True, relative=relative))
    assert stamp_or_baseline(claim) is baseline


@pytest.mark.parametrize(("first", "second", "same"), [
    # one event or measure under the words copy gives it (lexicon.ATTRIBUTE_ALIASES)
    ("walkout", "strike", True), ("stoppage", "strike", True), ("pass away", "die", True), ("death", "die", True),
    ("holding", "stake", True), ("step down", "resign", True), ("quit", "resign", True), ("resignation", "resign", True),
    ("blackout", "outage", True), ("power cut", "outage", True), ("locate", "discover", True),
    ("participation", "turnout", True),
    ("stumble on", "discover", True), ("discovery", "discover", True), ("outage", "strike", False),
    ("increase", "rise", True), ("hike", "rise", True), ("decline", "fall", True), ("decrease", "fall", True),
    ("rise", "fall", False), ("cease", "close", True), ("shut down", "close", True), ("closure", "close", True),
    ("close", "open", False),
    ("disqualification", "ban", True), ("prohibition", "ban", True), ("disqualify", "ban", True),
    ("begin", "start", True), ("commence", "start", True), ("start", "stop", False),
    # related events that are not one: a retirement is not a resignation, a funeral not a death
    ("retire", "resign", False), ("funeral", "die", False), ("strike", "protest", False),
])
def test_one_event_under_several_names(first, second, same):
    a, b = (date("a", "May 2", "2025-05-02", attribute=w) for w in (first, second))
    assert (head_of(a) == head_of(b)) is same


@pytest.mark.parametrize(("sentence", "running"), [
    # a running tally: the share counted so far, then a word of counting or "in" closing the phrase
    ("With 87% of the ballots counted, Ana Ruiz had 52% of the vote.", True),
    ("With 92 percent of precincts reporting, turnout stood at 52%.", True),
    ("With 90% of the vote in, turnout stood at 52%.", True),
    # a share of the vote won "in a race", "in the capital": no tally
    ("She took 54.3% of the vote in a race that drew a turnout of 52%.", False),
    ("He won 61% of the vote in the capital, where turnout was 52%.", False),
])
def test_a_running_tally_is_told_by_what_is_counted_so_far(sentence, running):
    claim = count("a", "52%", 52, "%", "%")  # a count or a share: both are read as a tally
    (frame,) = build_frames([claim.model_copy(update={"sentence": sentence})], {}, {}, include_regions=False)
    assert frame.running is running


@pytest.mark.parametrize(("sentence", "figure", "years"), [
    # a year past a whole number with no noun of its own is that number's: a count compared with another
    ("The 540 homes built this year compare with 410 in 2023.", "540 homes", set()),
    ("Police made 57 arrests, against 31 in 2022 and 19, a record low, in 2019.", "57 arrests", set()),
    # ... while a year with no number between is the count's own
    ("Police made 57 arrests in 2022.", "57 arrests", {2022}),
])
def test_a_year_past_a_bare_number_is_that_numbers(sentence, figure, years):
    claim = count("a", figure, 1.0, figure.split()[1], figure.split()[1].rstrip("s"))
    at = sentence.index(figure)
    claim = claim.model_copy(update={"sentence": sentence, "start": at, "end": at + len(figure)})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.years) == years


@pytest.mark.parametrize(("sentence", "figure", "moved"), [
    # a count told as what it moved to is one stage of a count still running
    ("The death toll rose to 19 on Wednesday, officials said.", "19", True),
    ("Arrests have climbed to about 240 since the protests began.", "240", True),
    # ... or told beside the figure it moved from, right after it or a few words on
    ("Confirmed cases have reached 31, up from 14 when the outbreak was announced.", "31", True),
    ("About 21,000 customers were affected, up from an estimate of 13,000.", "21,000", True),
    ("Cases reached 31 in 2024, up from 14 in 2019.", "31", False),  # another year's count: a change
    # ... but not a stock counted from time to time, which grows over years
    ("The town's population has grown to 48,300, census figures show.", "48,300", False),
    ("Its workforce rose to 1,250 after the merger, the company said.", "1,250", False),
    ("Enrolment climbed to 31,240 this autumn.", "31,240", False),
])
def test_a_count_moved_to_is_a_stage_unless_a_stock(sentence, figure, moved):
    claim = count("a", figure, float(figure.replace(",", "")), "people", "people")
    (frame,) = build_frames([claim.model_copy(update={"sentence": sentence})], {}, {}, include_regions=False)
    assert frame.moved is moved


@pytest.mark.parametrize("sentence, first, second, years_first, years_second", [
    # a year past another figure of the kind is that figure's
    ("Sales reached €41 million, beating the €38 million of 2019.", "€41 million", "€38 million", set(), {2019}),
    ("The fund paid out $12 million, above the $9 million paid in 2021.", "$12 million", "$9 million", set(), {2021}),
    # ... while a year before the next figure is still the first one's
    ("The bank was fined €5 million in 2023 and €2 million later.", "€5 million", "€2 million", {2023}, {2023}),
])
def test_a_year_past_another_figure_of_the_kind_is_that_figures(sentence, first, second, years_first, years_second):
    claims = [money("a", text, 1e6, "EUR").model_copy(update={
        "sentence": sentence, "start": sentence.index(text), "end": sentence.index(text) + len(text)})
        for text in (first, second)]
    frames = build_frames(claims, {}, {}, include_regions=False)
    assert [set(f.years) for f in frames] == [years_first, years_second]


_METRES = {"mile": 1609.344, "kilometer": 1000.0, "yard": 0.9144, "meter": 1.0}


def _length(d: str, text: str, amount: float, unit: str):  # noqa: ANN202
    from claimkit.models import QuantityClaim, QuantityValue
    from test_reconcile import _base

    return QuantityClaim(**_base(d, text, None, None, None, "exact"),
                         value=QuantityValue(amount=amount, unit=unit, base_amount=amount * _METRES[unit],
                                             base_unit="meter", low=amount, high=amount))


@pytest.mark.parametrize(("sentence", "figure", "amount", "unit", "expected"), [
    # the size of the thing an effort makes is no planned figure: the thing's, planned or built
    ("Councillors approved a plan to build a 40-kilometre road to the mine.", "40-kilometre", 40, "kilometer",
     set()),
    ("The utility plans to lay a 12-mile pipeline under the bay.", "12-mile", 12, "mile", set()),
    # ... but a figure the effort is to reach is
    ("The agency plans to resurface 40 kilometres of road this year.", "40 kilometres", 40, "kilometer", {"plan"}),
])
def test_the_size_of_a_planned_thing_is_no_plan(sentence, figure, amount, unit, expected):
    assert _roles(_length("a", figure, amount, unit), sentence) == expected


@pytest.mark.parametrize("first, second, agree", [
    # a figure converted into another unit is rounded to its last digit: 17 miles are 27.4 km
    (("17-mile", 17, "mile"), ("27 km", 27, "kilometer"), True),
    (("600 yards", 600, "yard"), ("550 m", 550, "meter"), True),
    (("27-mile", 27, "mile"), ("27 km", 27, "kilometer"), False),
    (("17 mi", 17, "mile"), ("37 km", 37, "kilometer"), False),
    (("17 mi", 17, "mile"), ("30 km", 30, "kilometer"), True),  # a round 30 rounds to its tens
    # one unit: whole figures stay exact
    (("17 miles", 17, "mile"), ("18 miles", 18, "mile"), False),
    (("27 km", 27, "kilometer"), ("27 km", 27, "kilometer"), True),
])
def test_figures_in_two_units_compare_to_their_rounding(first, second, agree):
    from claimkit.reconcile.align import pair_evidence
    from claimkit.reconcile.frames import compare_frames

    frames = build_frames([_length("a", *first), _length("b", *second)], {}, {}, include_regions=False)
    assert (not compare_frames(*frames).conflict) is agree
    assert bool(pair_evidence(frames, [(0, 1)]).agree[0] == 1.0) is agree  # the columns read alike


@pytest.mark.parametrize("context, subject, other", [
    (["people", "employ", "plant", "other"], None, True),  # "the company's other plant employs 900 people"
    (["people", "employ", "plant"], None, False),
    # a subject named is its own: "the other candidate, Jorge Ruiz, received 6,189,002 votes" is Ruiz's
    (["vote", "receive", "candidate", "other"], "Jorge Ruiz", False),
])
def test_a_clause_told_of_another_one_is_another_fact(context, subject, other):
    claim = count("a", "900 people", 900, "people", "person", subject=subject).model_copy(update={"context": context})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert ("other" in frame.roles) is other


@pytest.mark.parametrize("claim, never", [
    (count("a", "a full day", 1, "day", "day"), True),  # "had never before batted through a full day"
    # a date under a verb that never happened anchors the claim: "never handed over a message since
    # its founding 12 years ago"
    (date("a", "12 years ago", "2013"), False),
])
def test_what_never_happened_is_its_own_role(claim, never):
    (frame,) = build_frames([claim.model_copy(update={"context": ["hand", "never"]})], {}, {}, include_regions=False)
    assert ("never" in frame.roles) is never


def _in_sentence(claim, sentence: str):
    return claim.model_copy(update={"sentence": sentence, "start": sentence.find(claim.text),
                                    "end": sentence.find(claim.text) + len(claim.text)})


@pytest.mark.parametrize(("whole", "part", "sentence", "portion"), [
    # a count of a part of the whole its sentence has just counted
    ("214 people", "124", "At least 214 people have died, 124 of them in the district.", True),
    ("12 people", "5", "The blast killed 12 people, 5 of whom were children.", True),
    ("412 flights", "96", "It cancelled 412 flights, of which 96 were international.", True),
    # ... not the count of a kind of thing no figure came before
    (None, "14,832", "Umbrellas topped the list: 14,832 of them were handed in.", False),
    # a list after a colon splits the larger count told before it
    ("40 buses", "25", "The city runs a fleet of 40 buses: 25 electric and 15 diesel.", True),
    ("9 mills", "4", "The firm will close its 9 mills in stages: 4 mills in 2027, 3 in 2028 and 2 in 2029.", True),
    # ... not a larger count after the colon, nor a count with no colon before it
    ("40 buses", "52", "It has ordered 40 buses: 52 more are due next year.", False),
    ("40 buses", "25", "The city runs 40 buses and 25 trams.", False),
])
def test_a_part_of_a_counted_whole_is_a_portion(whole, part, sentence, portion):
    claims = [_in_sentence(count("a", part, float(part.replace(",", "")), "", "person"), sentence)]
    if whole:
        claims.insert(0, _in_sentence(count("a", whole, float(whole.split()[0]), whole.split()[1], "person"), sentence))
    frames = build_frames(claims, {}, {}, include_regions=False)
    assert ("portion" in frames[-1].roles) is portion
    if whole:
        assert "portion" not in frames[0].roles  # the whole is no part


@pytest.mark.parametrize(("whole", "part", "sentence", "portion"), [
    # a partitive told of things its article counts larger elsewhere, or of things something happened to
    ("23 people", "14", "In all, 14 of the victims were skiing off-piste.", True),
    ("1,487 matatus", "1,052", "Officials said 1,052 of the impounded vehicles had been released.", True),
    (None, "11", "By Monday, 11 of the lost containers had been found.", True),
    # ... not of a set no figure counts whole
    (None, "147", "The league also banned 147 of the club's supporters.", False),
    ("40 stewards", "147", "The league also banned 147 of the club's supporters.", False),
])
def test_a_part_of_a_whole_its_article_counts_is_a_portion(whole, part, sentence, portion):
    claims = [_in_sentence(count("a", part, float(part.replace(",", "")), "", "victim" if part == "14" else
                                 "vehicle" if part == "1,052" else "supporter"), sentence)]
    if whole:
        amount, noun = whole.split()
        other = f"In all, {whole} were counted."
        claims.insert(0, _in_sentence(count("a", whole, float(amount.replace(",", "")), noun,
                                            {"people": "person", "matatus": "matatu"}.get(noun, noun[:-1])), other))
    frames = build_frames(claims, {}, {}, include_regions=False)
    assert ("portion" in frames[-1].roles) is portion


@pytest.mark.parametrize("first, second, other", [
    # two split years (intakes, seasons, fiscal years) that share a calendar year are two periods
    ("The university received 48,260 applications for its 2026/2027 intake.",
     "For its 2025/2026 intake, the university received 46,820 applications.", True),
    ("The club sold 31,200 season tickets for 2024-25.", "It sold 29,800 season tickets in 2023-24.", True),
    # ... the same split year, or one side with none, is no evidence
    ("The university received 48,260 applications for its 2026/2027 intake.",
     "Applications for the 2026/27 intake reached 48,260.", False),
    ("The club sold 31,200 season tickets for 2024-25.", "The club has sold 31,200 season tickets.", False),
])
def test_two_split_years_are_two_periods(first, second, other):
    from claimkit.reconcile.frames import other_years

    claims = []
    for d, sentence in (("a", first), ("b", second)):
        figure = next(w for w in sentence.split() if w[0].isdigit() and "," in w)
        claims.append(count(d, figure, float(figure.replace(",", "")), "tickets", "ticket").model_copy(update={
            "sentence": sentence, "start": sentence.index(figure), "end": sentence.index(figure) + len(figure)}))
    a, b = build_frames(claims, {}, {}, include_regions=False)
    assert other_years(a, b) is other


@pytest.mark.parametrize(("sentence", "text", "extractor", "reference"), [
    # a day another is counted from is no event of the story
    ("The bridge opens on July 3, the day before Independence Day.", "Independence Day",
     "date.rules:date.national_day", True),
    ("Voting closes two weeks after Easter, officials said.", "Easter", "date.rules:date.holiday", True),
    ("Talks collapsed on the eve of the June 3 vote.", "June 3", "date.rules:date.month_day_year", True),
    # ... nor a feast told in apposition to the day just given
    ("The museum opens on Monday, August 6, Independence Day.", "Independence Day",
     "date.rules:date.national_day", True),
    ("The parade is on March 17, Ireland's national holiday, Christmas aside.", "Christmas",
     "date.rules:date.holiday", False),
    # ... but a feast the event falls on, and a day told plainly, are
    ("The museum opens on Independence Day, the ministry said.", "Independence Day",
     "date.rules:date.national_day", False),
    ("The shop was robbed on Christmas Eve, police said.", "Christmas Eve", "date.rules:date.holiday", False),
    ("Voting closes on April 20, two weeks after the count began.", "April 20", "date.rules:date.month_day_year",
     False),
])
def test_a_day_counted_from_or_told_again_by_its_feast_is_never_compared(sentence, text, extractor, reference):
    from claimkit.models import DateClaim, DateValue
    from claimkit.reconcile.frames import stamp_or_baseline

    at = sentence.index(text)
    claim = DateClaim(id=f"a#{at}-{at + len(text)}", doc="a", text=text, start=at, end=at + len(text), line=1,
                      column=1, sentence=sentence, extractor=extractor,
                      value=DateValue(start="2026-09-15", end="2026-09-15", granularity="day", year_known=True,
                                      anchored=True))
    assert stamp_or_baseline(claim) is reference


@pytest.mark.parametrize("said, dated_past", [
    # a sentence that tells its event on a day of the news is this news, whatever older year it names
    ("A court on Thursday jailed him for six years over fraud during the 2019 boom.", False),
    ("The trader was jailed for six years yesterday for hoarding fuel in the crisis of 2020.", False),
    # ... a day of saying tells no event; nor is there any day of the news here
    ("In 2013, the last great flood, four people died, officials said on Monday.", True),
    ("The trader was jailed for six years in 2019.", True),
])
def test_a_sentence_told_on_a_day_of_the_news_is_not_dated_past(said, dated_past):
    claim = sentence("a", "six years", 6).model_copy(update={"sentence": said})
    (frame,) = build_frames([claim], {}, {}, include_regions=False, published={"a": dt.date(2026, 3, 4)})
    assert frame.dated_past is dated_past


@pytest.mark.parametrize("text, said, roles", [
    # a measure told as its noun's adjective is a property of the noun: a role word past the noun times the
    # noun's event, not the measure
    ("90-kilometre", "The 90-kilometre road is due to open in 2028.", set()),
    ("2,000-tonne", "A 2,000-tonne dredger is expected to arrive next week.", set()),
    # ... a measure told plainly keeps the role its clause gives it
    ("90 kilometres", "The road, 90 kilometres long, is due to open in 2028.", {"plan"}),
])
def test_an_adjectival_measure_takes_no_role_past_its_noun(text, said, roles):
    claim = _length("a", text, 90, "kilometer").model_copy(update={"sentence": said})
    (frame,) = build_frames([claim], {}, {}, include_regions=False)
    assert set(frame.roles) & {"plan"} == roles


@pytest.mark.parametrize("said, day, plan", [
    # a day still ahead that a schedule names is the day announced, as "will reopen on" names it
    ("The first sailing is scheduled for 14 June.", "2026-06-14", False),
    ("The vote is scheduled for June 14, officials said.", "2026-06-14", False),
    # ... a schedule told as a former one, or a day already gone, stays a plan
    ("The sailing had been scheduled for 14 June.", "2026-06-14", True),
    ("The vote was originally scheduled for June 14.", "2026-06-14", True),
    ("The sailing was scheduled for 2 June.", "2026-06-02", True),
])
def test_a_scheduled_day_still_ahead_is_no_plan(said, day, plan):
    text = said.split(" for ")[1].split(",")[0].rstrip(".")
    claim = date("a", text, day).model_copy(update={"sentence": said, "context": ["schedule"]})
    (frame,) = build_frames([claim], {}, {}, include_regions=False, published={"a": dt.date(2026, 6, 4)})
    assert ("plan" in frame.roles) is plan
