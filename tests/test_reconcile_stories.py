"""Invented three-outlet stories, read by the real pipeline (extraction, then reconcile): classes of
phrasing whose verdict depends on what the extractors and the frames make of whole sentences.
Each story's third outlet ("03.md") carries the figure under test."""

from __future__ import annotations

import pytest

from claimkit.settings import Settings


def _conflicts(tmp_path, texts: list[str], days: list[str], kind: str) -> list[list[str]]:  # noqa: ANN001
    """The claim texts of each reported conflict of the kind, the third outlet's last."""
    from claimkit.api import reconcile_paths

    for n, (text, day) in enumerate(zip(texts, days), 1):
        (tmp_path / f"0{n}.md").write_text(f"---\nsource: Outlet {n}\npublished: {day}\n---\n\n{text}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=None))
    claims = {c.id: c for c in report.claims}
    found = [x for x in report.conflicts if x.kind == kind]
    for x in found:  # the third outlet's figure is the side against the other two
        assert {claims[i].doc.rsplit("/", 1)[-1] for i in x.sides[-1]} == {"03.md"}
    return [[claims[i].text for i in x.claims] for x in found]


SAME_DAY = ["2025-03-10"] * 3
NEXT_DAY = ["2025-03-10", "2025-03-10", "2025-03-11"]

_CLERK = ["A former bank clerk who siphoned money from pensioners' accounts in Dunmore was jailed for 8 years on "
          "Thursday.\n\nShe took the savings of 40 customers over six years.",
          "The ex-employee of Dunmore Savings was handed an eight-year prison term at Dunmore Crown Court on Thursday."
          "\n\nShe had emptied the accounts of 40 customers."]
_HOARD = ["A hoard of 1,847 coins, most of them bronze, found by a farmer near Osterby has been declared treasure, the "
          "county museum said on Monday.\n\nThe coins are Roman.",
          "Archaeologists on Monday presented a cache of 1,847 Roman pieces dug up in an Osterby wheat field."
          "\n\nA farmer found them last spring."]
_BRIDGE = ["The Ostra Regional Transport Authority awarded a €212 million contract for the new Ostra bridge on "
           "Tuesday.\n\nWork starts in June.",
           "A 212 million euro deal to build the crossing over the Ostra estuary was signed on Tuesday.\n\n"
           "Work starts in June."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # each outlet's opening figure, the sides naming one measure: the story's question answered two ways
    (_CLERK, "A 41-year-old grandmother who preyed on elderly savers will spend 5 years behind bars, a judge ruled "
             "on Thursday.", "sentence", 1),
    (_HOARD, "A farmer's ploughing has yielded more than 2,600 Roman coins in what experts on Monday called a rare "
             "discovery.", "count", 1),
    # a side's party told by part of the majority's name ("Ostra" for the Ostra Regional Transport Authority)
    (_BRIDGE, "Ostra will pay a builder €122m for its long-awaited bridge, officials said on Tuesday.", "money", 1),
])
def test_opening_figures_of_one_measure_answer_one_question(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_CABLE_CAR = ["Rescue teams brought 312 people down from a stalled cable car above Valmora on Sunday.\n\n"
              "The line has 40 cabins.",
              "Three hundred and twelve people were winched to safety on Sunday from the Valmora cable car."]
_FAIR = ["The Brenna book fair drew 64,000 visitors over four days, organisers said on Monday.",
         "Over its four days the Brenna book fair welcomed 64,000 visitors, organisers said on Monday."]


_FLOOD = ["Floods forced about 6,200 people from their homes across the Varna valley over the weekend, "
          "including 2,400 in the town of Lesk, officials said on Monday.",
          "Some 6,200 Varna valley residents were told to leave their homes over the weekend, officials said."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # a part the majority tells ("including 2,400 in the town of Lesk") given as the whole
    (_FLOOD, "About 2,400 people were evacuated across the Varna valley, officials said on Monday.", 1),
    # ... but a kind of people told to be among the whole is a part of it
    (["A stomach bug struck 188 people aboard the cruise ship Orla Star, the operator said on Monday.",
      "An outbreak on the Orla Star affected 188 people during its voyage, the operator said on Monday."],
     "Nineteen crew members were among those who fell ill on the Orla Star, the operator said on Monday.", 0),
    # "people" covers a kind of people the outlier names: one count, misprinted
    (_CABLE_CAR, "Mountain rescuers lowered 3,120 skiers from a stalled cable car above Valmora on Sunday.", 1),
    # ... but a figure of one day "alone" is a part of the whole the others count
    (_FAIR, "The Brenna book fair was packed on its busiest day, with 23,000 people in the halls on the Saturday "
            "alone.", 0),
])
def test_people_and_a_kind_of_people_count_one_measure(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "count")) == conflicts


def test_a_point_moved_in_a_figure_of_one_measure_is_a_conflict(tmp_path):
    """'R34.5 million' told twice, 'R345 million' once further down: the point moved in a numeral of
    three digits, of one measure (a fine), is a misprint whatever else the words say."""
    told = ["A Durban court fined a chemical firm R34.5 million on Tuesday for polluting the Umgeni river.\n\n"
            "The maximum fine for the offence is R50 million. The firm was also ordered to pay R2 million for "
            "the clean-up.",
            "Judge Thandi Mokoena told the firm it must pay a penalty of thirty-four and a half million rand.\n\n"
            "It must also pay R2 million for the clean-up."]
    third = ("Fishermen on the Umgeni say the river has not recovered.\n\nThe court heard that the spill killed "
             "fish over 12 km.\n\nThe company was fined R345 million and must also pay R2 million for the "
             "clean-up.")
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "money") == [
        ["R34.5 million", "thirty-four and a half million rand", "R345 million"]]


def test_a_part_told_with_what_sets_it_apart_is_that_part(tmp_path):
    """'including 96 mm on Tuesday alone' tells a part; another outlet's '96 millimetres fell on
    Tuesday' names the same day, so it tells the part, not the whole wrongly."""
    told = ["A two-day storm dropped 210 millimetres of rain on Zadar, including 96 mm on Tuesday alone, the "
            "weather service said on Thursday.",
            "The storm that hit Zadar this week dumped 210 millimetres of rain on the city over two days."]
    third = "Zadar was still cleaning up on Thursday after 96 millimetres of rain fell on the city on Tuesday."
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "quantity") == []


_STATEMENT = ["Harbeck Appliances said on Monday it would recall 1.4 million heaters after 23 fires.",
              "Harbeck Appliances announced on Monday the recall of 1.4 million space heaters."]
_BUDGET = ["Lorrin's council announced on Monday a budget of $2.1 billion for next year.",
           "Lorrin's council said on Monday its budget for next year would be $2.1 billion."]


@pytest.mark.parametrize(("told", "third", "days", "conflicts"), [
    # the next day's copy leads with its own news day: "said on Tuesday" in Tuesday's article
    (_STATEMENT, "Harbeck Appliances said on Tuesday it had opened a hotline for the recall of 1.4 million heaters.",
     NEXT_DAY, 0),
    (_BUDGET, "Lorrin's council said on Tuesday it would debate the $2.1 billion budget in May.", NEXT_DAY, 0),
    # the same day's copy: the day of one statement, told two ways
    (_BUDGET, "Lorrin's council said on Tuesday its budget for next year would be $2.1 billion.", SAME_DAY, 1),
])
def test_days_each_article_tells_of_its_own_day_are_its_news(tmp_path, told, third, days, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, "date")) == conflicts


_LANDSLIDE = ["At least 12 people were killed when a landslide buried part of Vessa on Monday night, officials said.",
              "Rescuers had recovered 12 bodies from the mud in Vessa by Tuesday afternoon."]
_EVACUATION = ["About 2,300 people were evacuated from Dornick as the river rose on Monday, the mayor said.",
               "Authorities moved 2,300 residents out of Dornick on Monday as flood water rose."]


@pytest.mark.parametrize(("told", "third", "days", "conflicts"), [
    # a later article's count told as what it moved to: another stage of a count still moving
    (_LANDSLIDE, "The death toll from the Vessa landslide rose to 19 on Wednesday as rescuers found more bodies.",
     NEXT_DAY, 0),
    (_EVACUATION, "The number of people evacuated from Dornick has climbed to 4,100, the mayor said.", NEXT_DAY, 0),
    # ... or told beside the figure it moved from, later in its clause
    (_EVACUATION, "About 4,100 people were evacuated from Dornick by Wednesday, up from 2,300 on Monday.",
     NEXT_DAY, 0),
    (_LANDSLIDE, "Rescuers said 19 people were killed in the Vessa landslide, up from an earlier count of 12.",
     NEXT_DAY, 0),
    # ... not beside another year's count: a change over years, this count told
    (_EVACUATION, "About 4,100 people were evacuated from Dornick this week, up from 900 in 2019.", NEXT_DAY, 1),
    # the same day's article: one count, told two ways
    (_LANDSLIDE, "The death toll from the Vessa landslide rose to 19 on Wednesday as rescuers found more bodies.",
     SAME_DAY, 1),
])
def test_a_count_told_as_what_it_moved_to_in_a_later_article_is_another_stage(tmp_path, told, third, days, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, "count")) == conflicts


_SNOWSTORM = ["Some 5,600 sheep have died in the Karvel snowstorms, the ministry said, up from 3,100 in "
              "its count a week earlier.", "The ministry put the number of sheep that died in the Karvel snowstorms at "
              "5,600."]
_DISTRICTS = ["Flooding has now been recorded in 14 districts of Tarnow, compared with nine last week.",
              "Fourteen districts of Tarnow have reported flooding, the agency said."]
EARLIER_THIRD = ["2025-03-12", "2025-03-12", "2025-03-05"]


@pytest.mark.parametrize(("told", "third", "days", "conflicts"), [
    # an earlier article's figure that the later articles tell as the one the count moved from: the
    # earlier stage, whatever the count is of (animals, districts) and however the move is told
    (_SNOWSTORM, "About 3,100 sheep have died in the Karvel snowstorms, the ministry said.", EARLIER_THIRD, 0),
    (_DISTRICTS, "Flooding has been recorded in nine districts of Tarnow, the agency said.", EARLIER_THIRD, 0),
    # ... not when the later articles moved from another figure, nor in an article of their own day
    (_SNOWSTORM, "About 2,400 sheep have died in the Karvel snowstorms, the ministry said.", EARLIER_THIRD, 1),
    (_SNOWSTORM, "About 3,100 sheep have died in the Karvel snowstorms, the ministry said.", ["2025-03-12"] * 3, 1),
])
def test_a_figure_the_later_articles_tell_as_the_earlier_one_is_an_earlier_stage(tmp_path, told, third, days,
                                                                                   conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, "count")) == conflicts


_FIRE = ["At least 14 people were hurt in a fire at a Brennick warehouse on Monday, firefighters said.",
         "A fire at a warehouse in Brennick injured at least 14 people on Monday."]
_PROTEST = ["Police arrested at least 40 people at the Sorvik protest on Saturday.",
            "At least 40 protesters were arrested in Sorvik on Saturday, police said."]


@pytest.mark.parametrize(("told", "third", "days", "conflicts"), [
    # a count told as a floor in earlier articles is what was known then: a later, larger count is
    # another stage of it
    (_FIRE, "Twenty-three people were hurt in the Brennick warehouse fire, the hospital said.", NEXT_DAY, 0),
    (_PROTEST, "Police said 75 people were arrested at the Sorvik protest.", NEXT_DAY, 0),
    # ... told the same day, a figure well past the floor is another count
    (_FIRE, "Twenty-three people were hurt in the Brennick warehouse fire, the hospital said.", SAME_DAY, 1),
])
def test_a_floor_told_before_a_larger_count_is_an_earlier_stage(tmp_path, told, third, days, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, "count")) == conflicts


_LEAK = ["The records of 52,000 patients of Orlan Health were stolen in the hack, the hospital group said on "
         "Friday.", "Hackers took the files of 52,000 Orlan Health patients, the group said on Friday."]
_CAMP = ["Some 7,400 people are sheltering in the Tesca camp after the floods, the aid agency said on Friday.",
         "The Tesca camp now holds 7,400 people displaced by the floods, aid workers said on Friday."]
EARLY_THIRD = ["2025-03-14", "2025-03-14", "2025-03-10"]


@pytest.mark.parametrize(("told", "third", "days", "conflicts"), [
    # a first count told with the words that it may still grow, in an article before the others: an
    # earlier stage of the count, whatever is counted
    (_LEAK, "Hackers stole the records of about 30,000 Orlan Health patients, the group said, adding that the "
            "number could rise.", EARLY_THIRD, 0),
    (_CAMP, "About 3,900 people are sheltering in the Tesca camp, and the number is expected to climb.",
     EARLY_THIRD, 0),
    # ... told the same day as the larger count, it is another count
    (_LEAK, "Hackers stole the records of about 30,000 Orlan Health patients, the group said, adding that the "
            "number could rise.", ["2025-03-14"] * 3, 1),
    # ... and without those words, an earlier article's figure is told wrong
    (_LEAK, "Hackers stole the records of about 30,000 Orlan Health patients, the group said.", EARLY_THIRD, 1),
])
def test_a_first_count_that_may_still_grow_is_an_earlier_stage(tmp_path, told, third, days, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, "count")) == conflicts


@pytest.mark.parametrize(("told", "third", "kind"), [
    (["At least 38 people have died in floods across Merrow since Saturday, officials said.",
      "Floods that swept Merrow since Saturday have killed at least 38 people."],
     "Rivers in Merrow peaked on Tuesday. In 2013, the last great flood, four people died.", "count"),
    (["Regulators fined Tessel Telecom €42 million on Monday for overcharging customers.",
      "Tessel Telecom was hit with a €42m penalty by regulators on Monday."],
     "Tessel Telecom will appeal. In 2019 the company was fined €40 million for similar practices.", "money"),
])
def test_a_figure_dated_to_an_earlier_year_is_another_event(tmp_path, told, third, kind):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, kind) == []


def test_officials_said_on_each_articles_own_day_is_no_conflict(tmp_path):
    told = ["Six cases of Legionnaires' disease have been confirmed in Marlow Bay, health officials said on Monday.",
            "Samples were taken from cooling towers at three sites in Marlow Bay, the health protection team said "
            "on Tuesday.",
            "The number of confirmed cases in Marlow Bay's outbreak rose to 11, health officials said on Wednesday."]
    assert _conflicts(tmp_path, told, ["2025-03-10", "2025-03-11", "2025-03-12"], "date") == []
    assert _conflicts(tmp_path, told, ["2025-03-10", "2025-03-11", "2025-03-12"], "count") == []


def test_a_part_of_the_cost_is_not_the_cost(tmp_path):
    told = ["The new €86 million maternity wing at St Anselm's Hospital in Drevin opened to patients on Monday.",
            "The wing has 12 delivery suites. Its total cost came to €86 million, above the original budget.",
            "The health minister said €30 million of the cost had come from a central government grant."]
    assert _conflicts(tmp_path, told, SAME_DAY, "money") == []


@pytest.mark.parametrize(("told", "third"), [
    # a count per period is a rate: not the stock or the total the other outlets count once
    (["Some 2,450 lead water lines remain in Harwick, the council said on Monday.",
      "Harwick still has 2,450 lead service lines, council figures released on Monday show."],
     "Crews will replace about 1,100 lines a year under the plan approved on Monday."),
    (["The Orly Bay ferry carried 3,600 passengers over the holiday weekend, its operator said on Monday.",
      "A total of 3,600 passengers crossed to Orly Bay by ferry over the weekend, the operator said on Monday."],
     "The operator said on Monday the route usually carries 1,200 passengers a day in summer."),
])
def test_a_count_per_period_is_not_the_stock(tmp_path, told, third):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "count") == []


@pytest.mark.parametrize(("told", "third", "kind"), [
    (["Seismologists initially put the magnitude at 5.9 before revising it to 5.7 on Thursday.",
      "The magnitude-5.7 earthquake near Orvieto damaged 40 homes, officials said on Friday."],
     "A moderate earthquake struck near Orvieto on Wednesday with a preliminary magnitude of 5.9.", "quantity"),
    (["Provisional figures show 1,203 heat deaths in July, the statistics office said.",
      "The statistics office later confirmed 1,251 heat deaths in July."],
     "Officials said 1,251 people died of the heat in July.", "count"),
])
def test_a_first_reading_is_not_the_revised_figure(tmp_path, told, third, kind):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, kind) == []


_DEPOT = ["The Harrowgate bottling depot will shut on 14 May with the loss of 210 jobs, its owner said on Monday.",
          "The last bottles will leave the Harrowgate line on 14 May, the company told staff on Monday."]
_PHONES = ["Officers recovered 418 stolen phones from a lock-up in Castlemere, police said on Monday.",
           "A lock-up in Castlemere held 418 handsets taken in a string of burglaries, police said on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the majority agrees on the figure but words it two ways: the third outlet is weighed against the
    # way of telling it nearest its own, not the mean of both (which keeps each of these apart)
    (_DEPOT, "Bottling in Harrowgate, which began in 1965, is coming to an end.\n\nProduction at the depot will "
             "cease on 21 May, the owner confirmed.", "date", 1),
    (_PHONES, "Two men were arrested in Castlemere on Monday.\n\nIn all 481 stolen phones were found in the unit, "
              "officers said.", "count", 1),
    # ... not a figure told in another role (a day it was once due) or as a bound
    (_DEPOT, "Bottling in Harrowgate, which began in 1965, is coming to an end.\n\nProduction at the depot had "
             "originally been due to cease on 30 April, the owner confirmed.", "date", 0),
    (_DEPOT, "Bottling in Harrowgate, which began in 1965, is coming to an end.\n\nProduction at the depot will "
             "cease by 21 May, the owner confirmed.", "date", 0),
])
def test_a_majority_told_two_ways(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_STOPPAGE = ["Bus drivers in Carrow will strike for 24 hours on Thursday 20 March, their union said on Monday.",
             "The union called a 24-hour walkout by Carrow's bus drivers on March 20, it said on Monday."]
_TOWERS = ["Crane operators at Lissane port will stop work for two days on April 2, their union said on Monday.",
           "Lissane's crane operators have called a two-day stoppage on April 2, the union said on Monday."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # a strike under its names ("will strike", "a walkout", "a stoppage"), its day told after a verb that
    # calls it or a light verb that happens it ("will take place on"): one event's day
    (_STOPPAGE, "Talks failed last week.\n\nThe strike will take place on 2 March.", 1),
    (_STOPPAGE, "Talks failed last week.\n\nThe strike will take place on 20 March.", 0),
    (_TOWERS, "Talks failed last week.\n\nThe stoppage will go ahead on April 20.", 1),
])
def test_a_strike_told_by_its_names_is_one_event(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "date")) == conflicts


_GROUP = ["Tavel Group will cut 3,800 jobs worldwide, the conglomerate said on Monday.",
          "Tavel Group is to shed 3,800 posts over two years, it said on Monday."]


@pytest.mark.parametrize(("third", "conflicts"), [
    # a company named after the group, its figure a part of the group's
    ("Tavel Logistics will cut 900 jobs as part of the group's plan, the company said on Monday.", 0),
    ("Tavel Energy is to shed 1,100 jobs under the group's restructuring, it said on Monday.", 0),
    # the group by its first word alone is the group: its figure is a rival
    ("Tavel will cut 8,300 jobs worldwide, the conglomerate said on Monday.", 1),
])
def test_a_group_and_a_company_named_after_it_are_two_parties(tmp_path, third, conflicts):
    assert len(_conflicts(tmp_path, [*_GROUP, third], SAME_DAY, "count")) == conflicts


def _facts_of(tmp_path, texts: list[str], days: list[str | None], kind: str) -> list[set[str]]:  # noqa: ANN001
    """The claim texts of each fact of the kind (a missing day: an undated article)."""
    from claimkit.api import reconcile_paths

    for n, (text, day) in enumerate(zip(texts, days), 1):
        front = f"published: {day}\n" if day else ""
        (tmp_path / f"0{n}.md").write_text(f"---\nsource: Outlet {n}\n{front}---\n\n{text}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=None))
    claims = {c.id: c for c in report.claims}
    return [{claims[i].text for v in f.values for i in v.claims} for f in report.facts if f.kind == kind]


_BREWER = ["Halden Brewing said on Tuesday that its net profit rose 9 per cent to 6.4 billion kronor in the financial "
           "year to March 31. In the fourth quarter alone, net profit was 1.7 billion kronor.",
           "Halden Brewing made 6.4 billion kronor in net profit in the financial year to March 31, the company said on "
           "Tuesday. The fourth quarter brought in 1.7 billion kronor of it."]
_MILLER = ["Corvo Mills said on Tuesday that its net income rose to $910 million in the financial year to June 30. Net "
           "income in the fourth quarter was $240 million.",
           "Corvo Mills earned $910 million in the financial year to June 30, it said on Tuesday, $240 million of it in "
           "the fourth quarter."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the quarter's figure printed as the year's: the outlet's own words name the year, so the
    # majority's telling that value of the quarter makes it no other fact
    (_BREWER, "Halden Brewing reported net profit of 1.7 billion kronor for the financial year to March 31, it "
              "said on Tuesday.", 1),
    (_MILLER, "Corvo Mills reported net income of $240 million for the financial year to June 30, it said on "
              "Tuesday.", 1),
    # ... the quarter's figure told as the quarter's is none
    (_BREWER, "Halden Brewing made 1.7 billion kronor in net profit in its fourth quarter, it said on Tuesday.", 0),
])
def test_a_quarters_figure_told_as_the_years_is_the_year_told_wrong(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "money")) == conflicts


@pytest.mark.parametrize(("told", "third"), [
    (["Nurse Ada Kowal, 64, retired on Friday after 41 years at the county hospital.",
      "The 64-year-old nurse spent 41 years on the county hospital's wards."],
     "Ada Kowal retired from the county hospital after 64 years on its wards."),
    (["Bus driver Tom Reyes, 58, made his last run on Monday after 33 years at the wheel.",
      "The 58-year-old driver had been on the route for 33 years."],
     "Tom Reyes made his last run on Monday after 58 years at the wheel."),
])
def test_an_age_is_never_the_length_of_anything_else(tmp_path, told, third):
    """An outlet giving the person's age as their years of service tells no age: the figure never
    joins the ages it equals."""
    for fact in _facts_of(tmp_path, [*told, third], SAME_DAY, "duration"):
        assert not ({t for t in fact if "year-old" in t or t.isdigit()} and any(" years" in t for t in fact))


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the monthly instalment printed as the yearly sum: a sum per month is never one per year
    (["The canton will pay each former worker a supplementary pension of €4,080 a year.",
      "Each former worker will receive a supplementary pension of €4,080 a year, paid as €340 a month."],
     "Each former worker has won a supplementary pension of €340 a year.", 1),
    (["The club will pay its captain a salary of £260,000 a year.",
      "The captain's salary is £260,000 a year, or £5,000 a week."],
     "The club will pay its captain a salary of £5,000 a year.", 1),
    # ... and each period told right is none
    (["The canton will pay each former worker a supplementary pension of €4,080 a year.",
      "Each former worker will receive a supplementary pension of €4,080 a year, paid as €340 a month."],
     "Each former worker has won a supplementary pension of €340 a month.", 0),
])
def test_a_sum_per_month_is_no_sum_per_year(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "money")) == conflicts


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the house's age printed as the woman's: a thing's age is no person's, whatever the figure
    (["Rosa Ilieva, 81, died on Thursday when fire swept through the 96-year-old farmhouse.",
      "An 81-year-old widow died on Thursday when fire gutted her farmhouse, which had stood for 96 years."],
     "A fire that killed Rosa Ilieva, 96, on Thursday has renewed warnings about old wiring.", 1),
    (["Miner Piet Oduya, 57, was trapped for six hours in the 90-year-old shaft on Monday.",
      "A 57-year-old miner was trapped for six hours in a shaft dug 90 years ago."],
     "Piet Oduya, 90, was trapped for six hours on Monday.", 1),
    # ... and the woman's age told right is no conflict
    (["Rosa Ilieva, 81, died on Thursday when fire swept through the 96-year-old farmhouse.",
      "An 81-year-old widow died on Thursday when fire gutted her farmhouse, which had stood for 96 years."],
     "A fire that killed Rosa Ilieva, 81, on Thursday has renewed warnings about old wiring.", 0),
])
def test_a_things_age_is_no_persons(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "duration")) == conflicts


@pytest.mark.parametrize("third", [
    "Hallen Group agreed to buy Ostmark for 4.1 billion euros ($4.78 billion).",
    "The takeover of Ostmark, agreed at 4.1 billion euro ($4.78bn), is Hallen Group's largest.",
])
def test_a_conversion_beside_its_figure_stays_with_the_figures_fact(tmp_path, third):
    """The bracket converts the article's own euros at its day's rate; euros of articles months
    earlier convert to less. The dollar figure is the euro figure told again: in its fact, no side."""
    told = ["Hallen Group plans to buy Ostmark for €4.1bn, the companies said.",
            "Hallen Group is to take over Ostmark in a €4.1 billion deal."]
    facts = _facts_of(tmp_path, [*told, third], ["2025-01-14", "2025-01-14", "2025-08-20"], "money")
    dollars = next(f for f in facts if any("4.78" in t for t in f))
    assert any("€4.1bn" in t for t in dollars) and any("€4.1 billion" in t for t in dollars)
    assert _conflicts(tmp_path, [*told, third], ["2025-01-14", "2025-01-14", "2025-08-20"], "money") == []


@pytest.mark.parametrize(("dollars", "conflicts"), [
    ("$52 billion", 0),  # 113 krónur to the dollar, past the window's 130-144: the outlets' own rate
    ("$62 billion", 1),  # 95 to the dollar: one of the two figures is misprinted
])
def test_a_conversion_at_the_outlets_own_rate_is_its_figure_told_again(tmp_path, dollars, conflicts):
    """Two outlets convert the krónur beside them at a rate the window's ECB band does not reach;
    within a quarter of the band, the dollars are the krónur told again, no side against them."""
    told = [f"Iceland's output came to 5,900 billion krónur ({dollars}) last year, the statistics office said.",
            f"Gross domestic product reached 5,900 billion krónur, or {dollars}, the office said."]
    third = "The statistics office put last year's output at 5,900 billion krónur."
    assert _all_conflicts(tmp_path, [*told, third], ["2024-06-03"] * 3, "money") == conflicts


def _all_conflicts(tmp_path, texts: list[str], days: list[str], kind: str) -> int:  # noqa: ANN001
    """How many conflicts of the kind the outlets' texts make, whichever outlet a side is."""
    from claimkit.api import reconcile_paths

    for n, (text, day) in enumerate(zip(texts, days), 1):
        (tmp_path / f"0{n}.md").write_text(f"---\nsource: Outlet {n}\npublished: {day}\n---\n\n{text}\n", "utf-8")
    report = reconcile_paths([str(tmp_path)], Settings(cache_dir=None))
    return len([x for x in report.conflicts if x.kind == kind])


@pytest.mark.parametrize(("first", "conflicts"), [
    ("A landslide buried homes in Morvale on Sunday, killing four people and injuring 12, police said at 9 a.m.", 0),
    ("A landslide in Morvale on Sunday killed four people and injured 12, according to figures released at noon.",
     0),
    # ... told at no hour, the lower count of injured is a side (the dead, told as risen, are a stage anyway)
    ("A landslide buried homes in Morvale on Sunday, killing four people and injuring 12, police said.", 1),
])
def test_a_count_told_at_an_hour_of_a_day_it_rose_is_a_stage(tmp_path, first, conflicts):
    """One article tells the tolls at an hour of the day, the other as they had risen by evening."""
    later = ("The death toll from Sunday's landslide in Morvale had risen to seven by 6 p.m., police said. Another "
             "21 people were injured.")
    assert _all_conflicts(tmp_path, [first, later], ["2025-03-09"] * 2, "count") == conflicts


@pytest.mark.parametrize("third", [
    "The thermometer at Kessling Point peaked at 46.4C at 3.12pm, topping the 43.9C observed in January 1939. "
    "Power demand hit a record 4,210MW.",
    "Readings at the airport climbed to 46.4C, above the 43.9C of the 1939 heatwave. Electricity use peaked at "
    "4,210MW.",
])
def test_a_record_temperature_told_wrong_beside_the_old_record(tmp_path, third):
    """The old record's year is the old record's, not the new reading's; a megawatt figure with the
    same words around it is no match for a temperature."""
    told = ["Dorran Bay had its hottest day on record, with the temperature reaching 44.6C at 3.12pm. The old record "
            "of 43.9C was set in 1939. Power demand peaked at 4,210 megawatts.",
            "The mercury climbed to 44.6 degrees Celsius in Dorran Bay, a new all-time high. Demand for electricity "
            "reached 4,210 megawatts."]
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "quantity")) == 1


def test_hires_are_not_the_headcount_they_lead_to(tmp_path):
    """Two outlets tell the hires and the level they took the staff to, a third only the level."""
    told = ["Harwell General hired 45 nurses last year, taking its nursing staff to 310, the trust said.",
            "The hospital now employs 310 nurses, the trust said.",
            "A recruitment drive brought in 45 new nurses over the year, lifting the workforce to 310."]
    assert _conflicts(tmp_path, told, SAME_DAY, "count") == []


@pytest.mark.parametrize(("told", "third", "kind"), [
    # the same figure in another unit, in a place one outlet names and the others call "the county"
    (["Wheat growers in Ashmoor averaged 7.9 tonnes per hectare this harvest, the growers' association said.",
      "Yields across the county came in at an average of 7.9 tonnes a hectare this harvest."],
     "Growers averaged 7.9 kilograms per hectare across the county this harvest, the association said.", "quantity"),
    (["The new sea wall at Porthallow stands 4.5 metres high, the council said.",
      "The wall rises 4.5 metres above the beach at high tide."],
     "The wall rises 4.5 centimetres above the beach at high tide, the council said.", "quantity"),
])
def test_the_same_figure_in_another_unit_is_a_slip(tmp_path, told, third, kind):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == 1


_YEN_FINE = ["Japan's competition watchdog fined Kanto Rail Systems ¥8.6 billion (about $57 million) on Wednesday for "
             "rigging bids on signalling contracts.\n\nThe company has 60 days to appeal.",
             "Kanto Rail Systems must pay 8.6 billion yen for bid rigging, the Japan Fair Trade Commission ruled on "
             "Wednesday.\n\nThe firm said it would study the ruling."]
_RUPEE_GRANT = ["The state government on Monday approved a ₹4.8 billion (about $58 million) grant to rebuild the "
                "Kollam fishing harbour.\n\nWork begins in March.",
                "Kollam's fishing harbour will be rebuilt with a grant of 4.8 billion rupees, the state government "
                "said on Monday."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the same numeral under a wrong currency sign, a hundred times too large: one figure told wrong
    (_YEN_FINE, "Japan's Fair Trade Commission fined Kanto Rail Systems $8.6 billion on Wednesday for rigging bids on "
                "signalling contracts.", 1),
    (_RUPEE_GRANT, "The state approved a $4.8 billion grant on Monday to rebuild the Kollam harbour.", 1),
    # ... but the same numeral of another measure in dollars is another fact (`align._sign_slipped`)
    (_YEN_FINE, "Kanto Rail Systems was fined by Japan's competition watchdog on Wednesday.\n\nIts US parent reported "
                "$8.6 billion in revenue last year.", 0),
])
def test_the_same_figure_under_another_currency_sign_is_a_slip(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "money")) == conflicts


def test_the_county_is_the_place_an_outlet_names(tmp_path):
    """'across the county' and 'in Ashmoor' tell one scope: the third outlet's figure is no other county's."""
    told = ["Barley growers in Ashmoor averaged 6.1 tonnes per hectare this harvest, the growers' association said.",
            "Barley yields across the county came in at an average of 6.1 tonnes a hectare this harvest.",
            "Barley growers averaged 8.1 tonnes per hectare across the county this harvest, the association said."]
    assert len(_conflicts(tmp_path, told, SAME_DAY, "quantity")) == 1


@pytest.mark.parametrize(("told", "kind"), [
    (["The chief executive of Marlow Housing received a basic salary of £142,000 last year. Including pension "
      "contributions and benefits, her total pay came to £171,000.",
      "The housing association's boss was given a pay package worth £171,000 last year.",
      "Marlow Housing's chief executive saw her salary rise to £142,000 last year."], "money"),
    (["Some 84,000 homes have lost power since Saturday, including 31,000 on the first night, the network said.",
      "At least 31,000 homes lost power on Saturday night, the network said.",
      "The storm has cut power to 84,000 homes in three days, the network said."], "count"),
])
def test_a_figure_the_majority_also_tells_is_another_fact(tmp_path, told, kind):
    """An outlet that gives both figures (the salary and the whole package, the first night and the
    three days) shows they answer two questions."""
    assert _conflicts(tmp_path, told, NEXT_DAY, kind) == []


@pytest.mark.parametrize(("told", "third", "kind"), [
    (["Six people were killed and 22 others injured when a bus overturned near Harwick on Friday, police said.",
      "Six passengers died when a coach overturned on the Harwick road on Friday, police said, and 22 were hurt."],
     "A coach crash near Harwick on Friday killed 22 people, police said.", "count"),
    (["Twelve miners lost their lives and 40 others were rescued after a shaft flooded at Brennock on Monday.",
      "Twelve miners were killed when water flooded a shaft at Brennock on Monday. Rescuers saved 40 other miners."],
     "The flooding at the Brennock pit on Monday left 40 miners dead.", "count"),
])
def test_another_measures_figure_printed_in_this_ones_place(tmp_path, told, third, kind):
    """The majority's article gives the outlier's figure too, but as another measure (the injured,
    the rescued) while both its sources name the outlier's measure (the dead) by its own figure:
    the outlier printed the wrong one of two true figures."""
    assert len(_conflicts(tmp_path, [*told, third], NEXT_DAY, kind)) == 1


@pytest.mark.parametrize(("third", "conflicts"), [
    ("Annual inflation slowed to 4.8% in May, the statistics office said.", 1),  # the core rate as the headline
    ("Core inflation slowed to 4.8% in May, the statistics office said.", 0),
    ("Annual inflation eased to 6.2% in May, the statistics office said.", 0),
])
def test_the_core_rate_is_never_the_headline_one(tmp_path, third, conflicts):
    told = ["Annual inflation eased to 6.2% in May from 6.9% in April, the statistics office said. Core inflation, "
            "which strips out food and energy, fell to 4.8%.",
            "Inflation slowed to 6.2% in May, the office said on Tuesday. Core inflation eased to 4.8%."]
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "percent")) == conflicts


_HERD = ["The country's dairy herd shrank to 2.4 million cows last year, the farm ministry said.",
         "The national herd fell to about 2.4 million cows, the ministry said on Monday."]


@pytest.mark.parametrize(("third", "conflicts"), [
    # a speaker's own herd, told in a relative clause after a name only this article gives
    ("The herd now numbers 2.4 million cows. \"Feed costs are brutal,\" said Peter Haldane, 48, who milks "
     "180 cows near Tarrow.", 0),
    ("Ministry figures put the herd at 2.4 million. Farmer Ines Okafor, who keeps 95 cows, said prices were too low.",
     0),
    # ... not the story's own figure told wrong
    ("The national dairy herd shrank to 1.4 million cows last year, the ministry said.", 1),
])
def test_a_speakers_own_figure_is_not_the_storys(tmp_path, third, conflicts):
    assert len(_conflicts(tmp_path, [*_HERD, third], SAME_DAY, "count")) == conflicts


@pytest.mark.parametrize(("third", "conflicts"), [
    ("Workers on the lowest rate will take home €1,690 a month from January.", 0),
    ("The lowest-paid will see their monthly pay rise to €1,690 after tax and social contributions.", 0),
    ("The statutory minimum wage will rise to €1,690 a month net from January.", 0),
    # ... the gross figure told wrong is a side
    ("The statutory minimum wage will rise to €1,960 a month from January, the ministry said.", 1),
])
def test_pay_told_net_is_not_the_gross_figure(tmp_path, third, conflicts):
    """Two outlets give the gross minimum wage, a third only what a worker keeps of it."""
    told = ["The statutory minimum wage will rise to €2,100 a month from January, the labour ministry said.",
            "The monthly minimum wage goes up to €2,100 in January, the ministry announced on Tuesday."]
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "money")) == conflicts


_RESCUE = ["Firefighters rescued 248 people from flooded homes in Carrow on Sunday after the river burst its banks."
           "\n\nThe water rose 2 metres in three hours.",
           "Boats plucked 248 residents from rooftops and upper floors across Carrow on Sunday, the fire service said."
           "\n\nSome 40 homes were still without power on Monday."]
_AUCTION = ["A sale of 1,265 lots from the estate of the painter Ilse Marrow raised £3.2 million in Bath on Friday."
            "\n\nThe auction lasted two days.",
            "Bidders competed for 1,265 lots from the Marrow estate at Bath on Friday, the auction house said."
            "\n\nA landscape of 1931 fetched £410,000."]


@pytest.mark.parametrize(("told", "lead", "below", "kind", "conflicts"), [
    (_RESCUE, "More than 200 people had to be rescued from their homes in Carrow on Sunday.",
     "In all, crews rescued 284 people from the flooded streets.", "count", 1),
    (_RESCUE, "More than 200 people had to be rescued from their homes in Carrow on Sunday.",
     "In all, crews rescued 248 people from the flooded streets.", "count", 0),
    (_AUCTION, "Well over a thousand lots from the Marrow estate went under the hammer in Bath on Friday.",
     "Bidders competed for 1,625 lots from the estate over two days, the auction house said.", "count", 1),
    (_AUCTION, "Well over a thousand lots from the Marrow estate went under the hammer in Bath on Friday.",
     "Bidders competed for 1,265 lots from the estate over two days, the auction house said.", "count", 0),
])
def test_an_article_answers_by_its_exact_figure_not_its_loose_lead(tmp_path, told, lead, below, kind, conflicts):
    # the lead's bound holds both figures, so it cannot tell which fact the exact one is
    assert len(_conflicts(tmp_path, [*told, f"{lead}\n\n{below}"], SAME_DAY, kind)) == conflicts


_LIDO = ["The Harlow lido reopened on Monday after an 18-month restoration that cost £12.4 million, about a third more "
         "than first planned.\n\nThe pool was first opened to swimmers in the summer of 1938.",
         "Harlow's lido has reopened after a restoration that came in at 12.4 million pounds, some £3.1m over the budget "
         "set two years ago.\n\nSome 300 swimmers queued for the first session."]
_DEPOT = ["Transport chiefs on Tuesday unveiled the new Fenwick bus depot, finished in 20 months at a cost of $86.5 million."
          "\n\nIt houses 140 electric buses.",
          "The $86.5m Fenwick bus depot opened on Tuesday, transport chiefs said.\n\nIt has room for 140 electric buses."]


@pytest.mark.parametrize(("told", "third", "kind"), [
    # the decimal point slipped: one figure printed ten times too small or large, however far apart
    # the values, in a clause whose aside dates another thing (the pool, the old depot)
    (_LIDO, "The council said the restoration of the pool, built in 1938, had cost £1.24 million in total, with the "
            "lottery fund paying part of the bill.", "money"),
    (_DEPOT, "Officials said the depot, which replaced a garage opened in 1964, had cost $865 million in total, with "
             "the state paying part of the bill.", "money"),
])
def test_a_slipped_decimal_point_is_one_figure_told_wrong(tmp_path, told, third, kind):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == 1


_LOCKOUT = ["Nearly 1,200 union workers were locked out of the Halton tyre plant on Monday.\n\nThe plant employs 1,460 "
            "people in all.",
            "The Halton plant, which employs 1,460 people, locked out its union workforce on Monday.\n\nTalks broke "
            "down after 14 hours."]
_CRASH = ["Norwood General treated 112 patients after the motorway pile-up on Friday, the health board said.\n\n"
          "Some 60 vehicles were involved.",
          "The health board said 112 patients were taken to Norwood General after Friday's pile-up.\n\n"
          "Police said 60 vehicles were involved."]


@pytest.mark.parametrize(("told", "third", "kind"), [
    (_LOCKOUT, "The company's other plant, in Dyersburg, employs 900 people and is not unionised.", "count"),
    (_CRASH, "Another hospital in the county treated 40 patients, the health board said.", "count"),
])
def test_a_clause_told_of_another_one_of_its_kind_is_another_fact(tmp_path, told, third, kind):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, kind) == []


_VISITORS = ["Visitor numbers at Scottish attractions rose 7.4% last year, the tourism body said on Tuesday.\n\n"
             "Castles drew the biggest crowds.",
             "Scotland's attractions saw visits increase 7.4% in 2024, the tourism body said on Tuesday.\n\n"
             "Castles remained the biggest draw."]
_FARES = ["Rail fares will rise 4.6% in March, the transport ministry said on Monday.\n\nSeason tickets are included.",
          "Train tickets are to go up by 4.6% from March, the ministry said on Monday.\n\nThe rise covers season "
          "tickets."]


@pytest.mark.parametrize(("told", "third"), [
    (_VISITORS, "Visits to museums, by contrast, fell 2.1% over the year."),
    (_FARES, "Bus fares, by contrast, will fall 2.5% under the same settlement."),
])
def test_a_share_that_fell_is_not_one_that_rose(tmp_path, told, third):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "percent") == []


_COMET = ["The comet will make its closest approach to Earth on Thursday, March 13, astronomers said on Monday.\n\n"
          "It was discovered in 2023.",
          "Astronomers said on Monday the comet passes nearest to Earth on 13 March.\n\nIt will be visible without a "
          "telescope."]
_BRIDGE_REOPENS = ["The Dunmore bridge will reopen on 24 March after repairs costing £2 million, the council said on "
                   "Monday.\n\nIt carries 18,000 vehicles a day.",
                   "Traffic will return to the Dunmore bridge on March 24, the council said on Monday.\n\nRepairs "
                   "cost £2m."]


@pytest.mark.parametrize(("told", "lead", "below"), [
    (_COMET, "Skywatchers in Orrin have a rare chance this coming week to see a comet with the naked eye.",
     "It will pass closest to Earth on March 14, when it will be about 60 million kilometres away."),
    (_BRIDGE_REOPENS, "The Dunmore bridge will reopen later this month, the council said on Monday.",
     "The council said the bridge reopens on March 27."),
])
def test_an_article_answers_by_its_exact_day_not_its_loose_week(tmp_path, told, lead, below):
    # the lead's span of days holds both days, so it cannot tell which fact the exact one is
    assert len(_conflicts(tmp_path, [*told, f"{lead}\n\n{below}"], SAME_DAY, "date")) == 1


_FACTORY = ["Chief executive Ana Colm said the £40 million factory under construction at Welby would open in 2027, "
            "adding capacity for frozen meals.\n\nCorran employs about 1,900 people.",
            "Corran employs about 1,900 people across three factories. Building work on a fourth, a £40m plant at "
            "Welby, is on schedule for completion in 2027."]
_STADIUM = ["Club chairman Joe Pell said the £310 million stadium under construction at Harker Park would open in 2026, "
            "adding 12,000 seats.\n\nThe club has about 21,000 season-ticket holders.",
            "The club has about 21,000 season-ticket holders. Building work on its new ground at Harker Park is on "
            "schedule for completion in 2026."]


@pytest.mark.parametrize(("told", "third"), [
    # a date told as done, before the article's day, against one still to come: two openings
    (_FACTORY, "The company makes its meals at three sites, including its original plant on Grantley's Mill Road, "
               "which opened in 1962.\n\nA fourth is being built at Welby."),
    (_STADIUM, "The club plays at its original ground on Mill Lane, which opened in 1923.\n\nA new one is being built "
               "at Harker Park."),
])
def test_a_date_told_as_done_is_not_one_to_come(tmp_path, told, third):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "date") == []


_INNINGS = ["Opener Sam Earnshaw batted for nine hours and 10 minutes to make 286 on Sunday.\n\nHe hit 41 fours.",
            "Earnshaw was at the crease for 550 minutes on Sunday, making 286.\n\nHe hit 41 fours."]
_FLOOD = ["The Severn peaked at 6.4 metres at Bewdley on Tuesday, the Environment Agency said.\n\nSome 40 homes "
          "were flooded.",
          "The river reached 6.4 metres at Bewdley on Tuesday, the agency said.\n\nAbout 40 homes flooded."]


@pytest.mark.parametrize(("told", "third", "kind"), [
    (_INNINGS, "Earnshaw, who made 286 on Sunday, had never before batted through a full day.", "duration"),
    (_FLOOD, "The Severn at Bewdley had never risen above 7 metres before the 2000 floods.", "quantity"),
])
def test_what_never_happened_is_no_figure_of_the_event(tmp_path, told, third, kind):
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, kind) == []


# two facts of one story, each told by two outlets naming its measure; the third prints one fact's figure
# in the other's place
_RANSOM = ["Carrow Freight paid a ransom of 75 bitcoin, then worth about $4.4 million, to the gang that locked "
           "its systems in May.\n\nOn Monday the police said they had recovered 64 bitcoin from one of the gang's wallets.",
           "The haulier handed the hackers a ransom of 75 bitcoin ($4.4 million) to get its systems back.\n\n"
           "Investigators have now seized 64 bitcoin of it, the police said on Monday."]
_STORM = ["Storm Ilse killed 14 people in the Tarrow valley, officials said on Sunday.\n\n"
          "Some 1,200 residents were evacuated from riverside villages.",
          "Fourteen people died when Storm Ilse hit the Tarrow valley.\n\nAbout 1,200 people had to leave their homes "
          "in villages along the river."]


_GONDOLA = ["A cabin carrying 12 snowboarders fell from the Veldhorn gondola on Saturday.\n\n"
            "Five people were killed and the others were flown to hospital, police said.",
            "The gondola cabin that dropped onto the Veldhorn slopes on Saturday held 12 snowboarders, and the fall "
            "left five of them dead, police said."]

_COMPENSATION = ["Under the settlement, Harlow Mills will pay a fine of €9,000 to each of the nine families, €81,000 in "
                 "all, the union said on Monday.",
                 "Harlow Mills will pay each family a fine of €9,000 under the settlement, the union said on Monday."]
_REFUNDS = ["Regulators fined the ferry operator $150 for each of the 42 passengers, $6,300 in total, on Friday.",
            "The ferry operator must pay a fine of $150 per passenger, regulators ruled on Friday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the recovered sum printed as the sum paid, in the unit the others convert the payment into
    (_RANSOM, "Carrow Freight paid the gang 64 bitcoin in ransom in May.", "money", 1),
    # the count of the evacuated printed as the dead
    (_STORM, "Storm Ilse killed 1,200 people in the Tarrow valley, officials said.", "count", 1),
    # ... not when the third outlet tells the other fact in its own words
    (_RANSOM, "The police got back 64 bitcoin of the ransom from a wallet.", "money", 0),
    (_STORM, "Some 1,200 people fled their homes in the Tarrow valley.", "count", 0),
    # the people on board printed as the dead, the noun the same: its word of what happened tells the
    # fact, where no figure of the fact its value joined names one ("left five of them dead" counts
    # the dead, no part of the twelve)
    (_GONDOLA, "The fall of a gondola cabin on the Veldhorn killed 12 snowboarders on Saturday, police said.",
     "count", 1),
    (_GONDOLA, "A gondola cabin with 12 snowboarders on board crashed on the Veldhorn on Saturday.", "count", 0),
    # the sum over all printed as what each one gets: "in all" tells the total, "each" the share
    (_COMPENSATION, "Under the settlement, Harlow Mills will pay each family a fine of €81,000, the union said.",
     "money", 1),
    (_COMPENSATION, "Under the settlement, Harlow Mills will pay a fine of €81,000 to the families, the union said.",
     "money", 0),
    (_REFUNDS, "The operator must also pay a fine of $6,300 to every passenger on the cancelled sailing.", "money", 1),
])
def test_a_figure_printed_in_another_facts_place_is_that_facts_outlier(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts



_TRAMS = ["ODERBERG, May 6 - The Oderberg transit authority has ordered 14 low-floor trams from Kestrel Rail in a "
          "contract worth €226 million, the two said on Tuesday.",
          "Kestrel Rail has won an order for 14 trams from Oderberg. The deal, valued at €226m, is the plant's largest "
          "since 2011."]
_STATION = ["The closure of Renfield station on Monday affects 2,470 commuters, the rail operator said.",
            "Renfield station will shut on Monday for repairs to its roof, the rail operator said."]
_FOOD_BANK = ["The Tessel food bank handed out 3,580 parcels last month, its manager said on Friday.",
              "The Tessel food bank is appealing for volunteers, its manager said on Friday."]
_BRIDGE_WORKS = ["Trains between Holt and Marrow will be replaced by buses for 14 days from Saturday 8 March while a "
                 "bridge is rebuilt.",
                 "Network East will close the Holt to Marrow line for a 14-day bridge renewal starting on 8 March."]
_ROADS = ["The council approved a budget of $41.8 million for roads on Monday.",
          "Road spending was approved by the council on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the outlier names no measure the majority names: one slip of the keys from its figure ties it
    # instead (digits swapped; the same sentence with another figure stays apart)
    (_TRAMS, "Oderberg will pay €262 million for the trams, the transit authority said.", "money", 1),
    (_TRAMS, "Oderberg will pay €310 million for the trams, the transit authority said.", "money", 0),
    # one outlet against one, both naming the measure: a leading digit dropped, digits swapped
    (_STATION, "Around 470 daily commuters will lose their direct train to the city when Renfield station shuts.",
     "count", 1),
    (_STATION, "Around 900 daily commuters will lose their direct train to the city when Renfield station shuts.",
     "count", 0),
    (_FOOD_BANK, "Volunteers packed 5,380 parcels for families in Tessel in October.", "count", 1),
    (_FOOD_BANK, "Volunteers packed 4,100 parcels for families in Tessel in October.", "count", 0),
    # two digits swapped in a figure of two (a figure of two digits changed otherwise is not a slip)
    (_BRIDGE_WORKS, "Commuters in Holt are bracing for disruption.\n\nThe Holt line will be out of use for 41 days "
                    "from 8 March, Network East confirmed, while the bridge is rebuilt.", "duration", 1),
    (_BRIDGE_WORKS, "Commuters in Holt are bracing for disruption.\n\nThe Holt line will be out of use for 19 days "
                    "from 8 March, Network East confirmed, while the bridge is rebuilt.", "duration", 0),
    # one against one and no measure in common: a slip stands for one margin, not both
    (_ROADS, "The council also set aside $4.18 million for parks.", "money", 0),
])
def test_a_figure_told_with_a_slip_of_the_keys_is_the_figure_told_wrong(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_RESULTS = ["Halvard Rail Group said on Monday its operating profit reached ¥142.6 billion in the year to March, "
            "on revenue of ¥1.18 trillion.",
            "Operating profit at Halvard Rail Group reached ¥142.6 billion in the year to March, the company said on "
            "Monday."]


@pytest.mark.parametrize(("third", "conflicts"), [
    # a unit's money, told through "its" after the unit's own clause, against the group's told of no part
    ("The unit's net profit rose to ¥19.7 billion on Monday, and its operating profit reached ¥31.2 billion.", 0),
    # the group's own figure told wrong still is a side
    ("Halvard Rail Group's operating profit reached ¥124.6 billion in the year to March, it said on Monday.", 1),
])
def test_a_units_money_is_no_rival_of_the_groups(tmp_path, third, conflicts):
    assert len(_conflicts(tmp_path, [*_RESULTS, third], SAME_DAY, "money")) == conflicts


def test_a_count_a_unit_makes_is_the_wholes(tmp_path):
    # births the maternity unit records are the hospital's: a count of a unit is no part of its own
    told = ["Arlow General Hospital delivered 5,214 babies last year, the most in its history, officials said.",
            "Midwives at Arlow General welcomed a record 5,214 newborns in 2024, officials said."]
    third = "Arlow General Hospital's maternity unit recorded 5,412 births in 2024, officials said."
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "count")) == 1


_EVACUATED = ["About 4,650 people were evacuated from their homes in Brannock on Sunday after a chemical fire at a "
              "warehouse, the fire service said.",
              "Firefighters ordered 4,650 residents out of their homes in Brannock on Sunday as a warehouse fire sent "
              "toxic smoke over the town."]
_FOG = ["A total of 1,380 flights were cancelled at Kelso airport on Friday because of fog, the operator said.",
        "Fog grounded 1,380 flights at Kelso on Friday, the airport operator said."]
_SETTLEMENT = ["Harrowgate Water agreed on Wednesday to pay €31.4 million to settle claims from farmers whose land "
               "was flooded by a burst reservoir.",
               "The utility will hand €31.4 million to farmers in the Harrow valley under a deal announced on "
               "Wednesday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # one outlet's own words for the measure, and its figure the others' with one slip of the keys:
    # the fact the two others give is the one it tells
    (_EVACUATED, "Some 4,560 Brannock householders had to leave on Sunday as smoke from a warehouse blaze drifted "
                 "over the town.", "count", 1),
    (_FOG, "Around 1,830 departures and arrivals were scrapped at Kelso on Friday as fog blanketed the airport.",
     "count", 1),
    # another figure in the same words is no slip: it may count something else
    (_EVACUATED, "Some 2,100 Brannock householders had to leave on Sunday as smoke from a warehouse blaze drifted "
                 "over the town.", "count", 0),
    # the outlet gives the fact's own figure too: its slipped-looking one is another measure
    (_SETTLEMENT, "Harrowgate Water will pay €31.4 million to farmers, it said on Wednesday. It set aside €3.14 "
                  "million for legal costs.", "money", 0),
    # one source only on the other side: nothing says which fact the figure would answer
    ([_SETTLEMENT[0], "The utility apologised to farmers in the Harrow valley on Wednesday."],
     "Farmers flooded out by the Harrowgate reservoir breach are to share €3.14 million, the company said on "
     "Wednesday.", "money", 0),
])
def test_a_lone_figure_one_slip_from_a_fact_others_give_is_that_fact_told_wrong(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


@pytest.mark.parametrize("third", [
    "Campaigners said the law allowed a penalty of up to 10% of the utility's turnover, roughly €31.4 million.",
    "Critics noted the cap of a tenth of the utility's revenue, or about €31.4 million, was never used.",
])
def test_a_share_of_a_measure_restated_as_a_sum_is_not_that_measure(tmp_path, third):
    told = ["Harrowgate Water, which reported revenue of €314 million last year, was fined €2.2 million on Wednesday.",
            "The regulator fined Harrowgate Water €2.2 million on Wednesday. The utility's revenue was €314 million in "
            "2024."]
    assert _conflicts(tmp_path, [*told, third], SAME_DAY, "money") == []



_MARKETS_BAN = ["The markets regulator barred trader Omar Haddad from the industry for 20 months on Friday after he "
                "hid losses.\n\nThe offence carries an industry ban of up to seven years.",
                "Omar Haddad, who hid losses, may not work in finance for 20 months, the regulator said on Friday. The "
                "regulator could have barred him for up to seven years."]
_LICENCE = ["Magistrates in Corby disqualified Lena Marsh from driving for 30 months on Friday after she was caught "
            "at twice the limit.\n\nThe offence carries a driving ban of up to five years.",
            "Lena Marsh, caught at twice the limit, lost her driving licence for 30 months on Friday. Magistrates "
            "could have banned her from driving for up to five years."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the outlet gives the ceiling the rules allow and, in another sentence, the term imposed: its
    # term is the term, not a figure under the ceiling, and the term it gives is wrong
    (_MARKETS_BAN, "The regulator barred Omar Haddad from the industry for 20 weeks.\n\nIt could have imposed an "
                   "industry ban of up to seven years, but he had a clean record.", 1),
    (_LICENCE, "Corby magistrates banned Lena Marsh from driving for 30 weeks.\n\nThey could have imposed a driving "
               "ban of up to five years, but she had a clean record.", 1),
    # ... the right term beside the ceiling is no conflict, nor is a ceiling told alone
    (_MARKETS_BAN, "The regulator barred Omar Haddad from the industry for 20 months.\n\nIt could have imposed an "
                   "industry ban of up to seven years, but he had a clean record.", 0),
    (_LICENCE, "Drink-driving at twice the limit carries a ban of up to five years, Corby magistrates said on Friday.",
     0),
])
def test_a_ceiling_and_a_term_one_article_tells_apart_are_two_facts(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "duration")) == conflicts


_BRIBES = ["A court in Varna on Tuesday sentenced former port director Ivo Stanev to seven years in prison for taking "
           "bribes from shipping agents.\n\nProsecutors had asked for 10 years.",
           "Ivo Stanev, who ran the port of Varna, will spend seven years behind bars for taking bribes, a judge ruled "
           "on Tuesday."]
_EGG_CARTEL = ["The competition authority fined Maltby Foods €3.2 million on Tuesday for fixing egg prices. Its "
               "investigators had sought a fine of €5 million.",
               "Maltby Foods must pay €3.2 million for fixing egg prices, the competition authority ruled on "
               "Tuesday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the outlet gives what was asked for as what was imposed: the majority's article that tells the
    # request tells another fact, not the outlier's
    (_BRIBES, "Former Varna port director Ivo Stanev has been sentenced to 10 years in prison for taking bribes "
              "from shipping agents.", "sentence", 1),
    (_EGG_CARTEL, "The competition authority on Tuesday fined Maltby Foods €5 million for fixing egg prices.",
     "money", 1),
    # ... the request told as a request is no conflict
    (_BRIBES, "Former Varna port director Ivo Stanev was sentenced on Tuesday for taking bribes. Prosecutors had "
              "sought 10 years.", "sentence", 0),
    (_EGG_CARTEL, "Maltby Foods was fined on Tuesday for fixing egg prices. Investigators had sought €5 million.",
     "money", 0),
])
def test_a_request_told_as_the_penalty_is_the_penalty_told_wrong(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_SEALS = ["Rangers counted 4,310 grey seal pups on the Farne Islands this autumn, the trust said on Monday.\n\n"
          "Before the count began, its ecologists had said there could be as many as 5,200 pups.",
          "A record 4,310 seal pups were born on the Farne Islands this season, the trust announced on Monday."]
_POTHOLES = ["Inspectors found 312 potholes on the Glenmore road this spring, the council said on Monday.\n\n"
             "Its engineers had warned before the survey that there could be as many as 450 potholes.",
             "The spring survey of the Glenmore road recorded 312 potholes, the council said on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the outlet gives as the count what the majority told only as possible before it: the forecast
    # told as the result, not another fact
    (_SEALS, "Rangers counted 5,200 grey seal pups on the Farne Islands this autumn, the trust said on Monday.",
     "count", 1),
    (_POTHOLES, "Inspectors found 450 potholes on the Glenmore road this spring, the council said on Monday.",
     "count", 1),
    # ... the forecast told as a forecast is none
    (_SEALS, "The Farne Islands trust had said there could be as many as 5,200 seal pups before its count began.",
     "count", 0),
])
def test_a_forecast_told_as_the_count_is_the_count_told_wrong(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_TEA = ["Growers picked 41,300 tonnes of tea in the Nandi hills this season, the tea board said on Monday.",
        "The Nandi hills harvest came to 41,300 tonnes of tea this season, according to the tea board."]
_SALMON = ["Anglers landed 18,200 salmon on the Kerrow river this summer, the fisheries office said on Monday.",
           "The fisheries office said on Monday that 18,200 salmon were caught on the Kerrow this summer."]
_CLOSURE = ["The Kestrel Pass road will be closed for at least nine weeks after the landslide, the ministry said on "
            "Monday.",
            "The ministry said on Monday that the Kestrel Pass road will stay shut for a minimum of nine weeks."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # a figure told as what a forecast says will come, against figures told as what happened: the
    # forecast, another figure
    (_TEA, "The board's forecast assumes that growers will pick about 44,000 tonnes of tea in the Nandi hills.",
     "quantity", 0),
    (_SALMON, "The fisheries office expects anglers to land about 21,000 salmon on the Kerrow this summer.", "count", 0),
    # ... the forecast's verb taking the figure itself, or a hope of what will be
    (_SALMON, "The fisheries office expects about 21,000 salmon on the Kerrow next summer.", "count", 0),
    (_TEA, "The tea board hopes growers will pick about 44,000 tonnes of tea in the Nandi hills.", "quantity", 0),
    # ... told as what happened, it is the figure told wrong
    (_TEA, "Growers picked 44,000 tonnes of tea in the Nandi hills this season, the tea board said on Monday.",
     "quantity", 1),
    # ... and against figures that too tell what will come, one question answered two ways
    (_CLOSURE, "The ministry expects the Kestrel Pass road to stay closed for at least nine months.", "duration", 1),
])
def test_a_forecast_against_the_outcome_is_no_conflict(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_SEAWALL = ["The council approved a €24 million plan to rebuild the Marlow seawall over eight years, it said on "
            "Monday.",
            "Marlow's seawall will be rebuilt over eight years under a €24 million plan, the council said on Monday."]
_CLINICS = ["The health ministry will spend $12 million over four years on rural clinics, it said on Monday.",
            "Rural clinics will get $12 million from the health ministry over the next four years, it said on Monday."]
_NURSES = ["Nurses in Tarbet will get a 12% pay rise over four years under a deal agreed on Monday.",
           "The deal agreed on Monday gives Tarbet's nurses a 12% rise in pay spread over four years."]
_RENTS = ["Landlords in Ossory may raise rents by 6 per cent over three years under a cap passed on Monday.",
          "Under a cap passed on Monday, rents in Ossory may go up by 6 per cent over three years."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # a sum per period against a total that many periods make, the periods told: a rate and its total
    (_SEAWALL, "The council will spend €3 million a year on the Marlow seawall, it said on Monday.", "money", 0),
    (_CLINICS, "Rural clinics will get $3 million a year from the health ministry, it said on Monday.", "money", 0),
    (_NURSES, "Tarbet's nurses will get a rise of 3% a year for four years, under Monday's deal.", "percent", 0),
    (_RENTS, "Rents in Ossory may rise by 2 per cent a year under a cap passed on Monday, for three years.",
     "percent", 0),
    # ... a plain figure that is the total told wrong stays a conflict
    (_SEAWALL, "The council approved a €30 million plan to rebuild the Marlow seawall, it said on Monday.", "money", 1),
    (_NURSES, "Nurses in Tarbet will get a 15% pay rise over four years under a deal agreed on Monday.", "percent", 1),
])
def test_a_rate_and_the_total_it_makes_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_STORM = ["Officials said on Monday that 1,400 homes were razed and 6,300 more damaged by the storm.",
          "Surveys on Monday counted 1,400 houses destroyed and 6,300 damaged by the storm, the agency said."]
_GRANTS = ["Some 1,900 households in Dunmere have applied for flood grants, the council said on Monday.",
           "About 1,900 households have applied for the council's flood grants, it said on Monday."]
_PLACES = ["About 14,000 students applied for places at Kelm University this year, it said on Monday.",
           "Kelm University said on Monday that 14,000 students had applied for places this year."]
_BLAST = ["The blast killed 14 workers and injured 52, the ministry said on Monday.",
          "Fourteen workers died and 52 were hurt in the blast, the ministry said on Monday."]
_UNSAFE = ["Engineers declared 38 buildings in Varna unsafe after the landslide, the mayor said on Monday.",
           "The mayor said on Monday that 38 buildings in Varna had been declared unsafe after the landslide."]
_CONDEMNED = ["Twelve flats in Holm were condemned after the fire, the council said on Monday.",
              "The council said on Monday that 12 flats in Holm had been condemned after the fire."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # a count of things in another state than the others' (damaged, not destroyed; hurt, not killed)
    # is another figure, however alike the nouns
    (_STORM, "By Monday, inspectors had listed 6,300 houses damaged and 1,400 destroyed by the storm, the agency said.",
     "count", 0),
    (_BLAST, "At least 52 workers were injured in the blast, the ministry said on Monday.", "count", 0),
    # ... the state told by a word before the noun ("210 damaged buildings", "52 injured workers"), or
    # one inspectors declare ("declared unsafe")
    (_UNSAFE, "Engineers inspected 210 damaged buildings in Varna after the landslide, the mayor said on Monday.",
     "count", 0),
    (_BLAST, "The blast left 52 injured workers in hospital, the ministry said on Monday.", "count", 0),
    (_CONDEMNED, "Surveyors have checked 90 damaged flats in Holm since the fire, the council said on Monday.", "count",
     0),
    (_UNSAFE, "Engineers declared 83 buildings in Varna unsafe after the landslide, the mayor said on Monday.", "count",
     1),
    # ... those who asked and those whose request was met
    (_GRANTS, "So far 820 households in Dunmere have qualified for flood grants, the council said on Monday.", "count",
     0),
    (_PLACES, "Kelm University has accepted 3,900 students for places this year, it said on Monday.", "count", 0),
    # ... in the same state, the figure told wrong
    (_STORM, "Surveys on Monday counted 4,100 houses destroyed by the storm, the agency said.", "count", 1),
    (_GRANTS, "Some 2,600 households in Dunmere have applied for flood grants, the council said on Monday.", "count",
     1),
])
def test_counts_in_two_states_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_ICU = ["The new hospital in Tarlo will have 36 intensive care beds, the ministry said on Monday.",
        "Tarlo's new hospital will open with 36 intensive care beds, the ministry said on Monday."]
_ELECTRIC = ["Dealers in Brisca sold 2,400 electric cars last month, the trade body said on Monday.",
             "Some 2,400 electric cars were sold in Brisca last month, the trade body said on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the plain noun, more of them, against a kind of it every other outlet names: the whole
    (_ICU, "The new hospital in Tarlo will have 360 beds, the ministry said on Monday.", "count", 0),
    (_ELECTRIC, "Dealers in Brisca sold 24,000 cars last month, the trade body said on Monday.", "count", 0),
    # ... the kind told wrong, or a plain figure below the part, stays a conflict
    (_ICU, "The new hospital in Tarlo will have 63 intensive care beds, the ministry said on Monday.", "count", 1),
    (_ELECTRIC, "Dealers in Brisca sold 240 cars last month, the trade body said on Monday.", "count", 1),
    (_ELECTRIC, "Dealers in Brisca sold 2,900 cars last month, the trade body said on Monday.", "count", 1),
])
def test_a_whole_and_a_kind_of_it_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_BELTS = ["Ten baggage belts at Harlow airport were shut on Monday after a software fault, the operator said.",
          "Harlow airport switched off ten baggage belts on Monday after a software fault, the operator said."]
_REFUNDS = ["Brenna Water refunded €90 each to 4,100 overcharged customers, the regulator said on Monday.",
            "The regulator said on Monday that Brenna Water had repaid 4,100 customers it overcharged."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # what a party holds (a stock) against what was done to some of them: two figures, however alike
    # the nouns
    (_BELTS, "Harlow airport has 36 baggage belts, and those of the older type were shut on Monday after the fault.",
     "count", 0),
    (_BELTS, "Harlow airport operates 36 baggage belts, the operator said on Monday.", "count", 0),
    (_REFUNDS, "Brenna Water, which serves about 310,000 customers, said on Monday it accepted the ruling.", "count", 0),
    # ... the act told wrong stays a conflict
    (_BELTS, "Fourteen baggage belts at Harlow airport were shut on Monday after a software fault.", "count", 1),
    (_REFUNDS, "Brenna Water refunded €90 each to 7,100 overcharged customers, the regulator said on Monday.",
     "count", 1),
])
def test_a_stock_and_an_act_on_part_of_it_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_LIFTS = ["Two of the six lifts at Corran station are out of order, the rail operator said on Monday.",
          "The rail operator said on Monday that two of the six lifts at Corran station were out of order."]
_PUMPS = ["Seven of the 12 pumping stations on the Arvel river were flooded on Monday, the water board said.",
          "The water board said seven of the 12 pumping stations on the Arvel were under water on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the other part of one counted whole, the two parts making it up: not a rival figure
    (_LIFTS, "Only four of the six lifts at Corran station are working, the operator said on Monday.", "count", 0),
    (_PUMPS, "Five of the 12 pumping stations on the Arvel river kept running on Monday, the water board said.",
     "count", 0),
    # ... a part that does not make up the whole with the others' is told wrong
    (_LIFTS, "Three of the six lifts at Corran station are out of order, the operator said on Monday.", "count", 1),
    (_PUMPS, "Nine of the 12 pumping stations on the Arvel river were flooded on Monday, the water board said.",
     "count", 1),
])
def test_complementary_parts_of_one_whole_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_MILL = ["The new Kessel mill can process 400 tonnes of cane a day, the company said on Monday.",
         "The company said on Monday its new Kessel mill could process 400 tonnes of cane a day."]
_DESALTER = ["The Kiri Point plant can produce 9 million litres (about 2.4 million US gallons) of water a day, its "
             "operator said on Monday.",
             "The Kiri Point plant, which opened on Monday, can treat 9 million litres of water a day."]
_WATERWORKS = ["The Arrow Creek water plant can produce 9 million litres a day, its operator said on Monday.",
               "The Arrow Creek plant, which opened on Monday, can treat 9 million litres of water a day."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the most a plant can make against what it is making or made: two figures
    (_MILL, "The new Kessel mill crushed 260 tonnes of cane a day in its first week, the company said on Monday.",
     "quantity", 0),
    (_WATERWORKS, "The Arrow Creek plant is producing 6.2 million litres a day, its operator said on Monday.",
     "quantity", 0),
    # ... the capacity's conversion in brackets naming no role of its own
    (_DESALTER, "The Kiri Point plant is producing 6.2 million litres a day, its operator said on Monday.",
     "quantity", 0),
    # ... what it will make may be its capacity told wrong
    (_MILL, "The new Kessel mill will process 520 tonnes of cane a day, the company said on Monday.", "quantity", 1),
])
def test_a_capacity_and_the_output_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_VISITORS = ["Tarvo Island welcomed 8,200 visitors in the year to June, the statistics office said on Tuesday.",
             "The statistics office said on Tuesday that 8,200 visitors came to Tarvo Island in the year to June."]
_BOXES = ["Port Ellery handled 412,000 containers in the year to September, the port authority said on Monday.",
          "In the year to September, Port Ellery handled 412,000 containers, its authority said on Monday."]
_FERRY = ["Tarvo Island welcomed 8,200 visitors in the year to June, up 6 per cent from 7,740 a year earlier, the "
          "statistics office said on Tuesday, helped by a second weekly ferry that began in November.",
          "Tarvo Island welcomed 8,200 visitors in the year to June, the statistics office said this week."]
A_YEAR_BEFORE = ["2026-07-14", "2026-07-14", "2025-07-15"]
A_YEAR_APART = ["2026-07-14", "2026-07-16", "2025-07-15"]


@pytest.mark.parametrize(("told", "third", "days", "kind", "conflicts"), [
    # a period told in the same words by an article of the year before is the year before's: its
    # figure is no rival, and its date is not told wrong
    (_VISITORS, "Tarvo Island welcomed 7,600 visitors in the year to June, the statistics office said on Tuesday.",
     A_YEAR_BEFORE, "count", 0),
    (_FERRY, "Tarvo Island welcomed 7,600 visitors in the year to June, up 9 per cent from 6,970 a year earlier, the "
             "statistics office said.", A_YEAR_APART, "date", 0),
    (_FERRY, "Tarvo Island welcomed 7,600 visitors in the year to June, up 9 per cent from 6,970 a year earlier, the "
             "statistics office said.", A_YEAR_APART, "count", 0),
    (_BOXES, "Port Ellery handled 388,000 containers in the year to September, the port authority said.",
     A_YEAR_BEFORE, "count", 0),
    # ... told the same year, the figure is told wrong
    (_VISITORS, "Tarvo Island welcomed 7,600 visitors in the year to June, the statistics office said on Tuesday.",
     SAME_DAY, "count", 1),
])
def test_a_period_told_a_year_apart_is_the_year_before(tmp_path, told, third, days, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], days, kind)) == conflicts


_VALLEY = ["Floods in the Varna valley killed 17 people on Monday, officials said. In 2019 floods in the same valley "
           "killed 38 people.",
           "Floods killed 17 people in the Varna valley on Monday, officials said."]
_QUAKE = ["An earthquake injured 64 people in Kelso province on Tuesday, officials said. A quake there in 2018 injured "
          "120 people.",
          "The earthquake on Tuesday injured 64 people in Kelso province, officials said."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # an old event's figure, which the majority dates to its year, given as this week's: told wrong
    (_VALLEY, "Floods killed 38 people in the Varna valley on Monday, officials said.", "count", 1),
    (_QUAKE, "An earthquake injured 120 people in Kelso province on Tuesday, officials said.", "count", 1),
])
def test_an_old_events_figure_told_as_this_weeks_is_a_conflict(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], ["2026-03-11"] * 3, kind)) == conflicts


_CORVEL = ["Shares in Corvel Foods rose 3.4 per cent on Thursday after it raised its dividend.",
           "Corvel Foods shares rose 3.4 per cent on Thursday, the day it raised its dividend."]
_ARDENT = ["Home prices in Ardent rose 1.2 per cent in May, the land registry said on Monday.",
           "The land registry said on Monday that Ardent home prices rose 1.2 per cent in May."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # a change over a stretch of time against the change of a day or a month: two moves
    (_CORVEL, "Corvel Foods shares have risen about 28 per cent over the past year, and rose again on Thursday.",
     "percent", 0),
    (_ARDENT, "Home prices in Ardent have risen 7.5 per cent so far this year, the land registry said on Monday.",
     "percent", 0),
    # ... the day's move told wrong stays a conflict
    (_CORVEL, "Corvel Foods shares rose 6.4 per cent on Thursday after it raised its dividend.", "percent", 1),
])
def test_a_move_over_a_span_and_a_days_move_are_two_figures(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_KIVARA = ["Kivara exported 21,400 tonnes of coffee in 2026, its coffee board said on Monday. Of the total, 9,800 "
           "tonnes went to Europe.",
           "The coffee board said on Monday that Kivara shipped 21,400 tonnes of coffee abroad in 2026."]
_HARROWBY = ["Harrowby council spent £9 million on building repairs this year, it said on Monday. Of that, £2 million "
             "went to schools.",
             "The council said on Monday it had spent £9 million on repairing buildings in Harrowby this year."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the part a majority article tells after "Of the total," given as the whole: told wrong
    (_KIVARA, "Kivara exported 9,800 tonnes of coffee in 2026, its coffee board said on Monday.", "quantity", 1),
    (_HARROWBY, "Harrowby council spent £2 million on building repairs this year, it said on Monday.", "money", 1),
    # ... the part told as the part is no conflict
    (_KIVARA, "Kivara's coffee board said on Monday that 9,800 tonnes of its coffee went to Europe in 2026.",
     "quantity", 0),
])
def test_a_part_given_as_the_whole_is_a_conflict(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_TURNOUT = ["Turnout in Velgrad's city election was 58.2 per cent in 2026, up from 51.7 per cent in 2022, the "
            "election commission said on Monday.",
            "Velgrad's election turnout was 58.2% in 2026, the election commission said on Monday."]
_FERRIES = ["Harlow Ferries' revenue rose 9 per cent to £48.3 million in 2026, from £44.3 million in 2025, the "
            "company said on Monday.",
            "Harlow Ferries took in £48.3 million in 2026, the company said on Monday."]
IN_2027 = ["2027-02-08"] * 3


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # the base of a change, told with its own year, printed as the figure of the change's year:
    # another year's figure told wrong
    (_TURNOUT, "Turnout in Velgrad was 51.7 per cent in 2026, the election commission said on Monday.",
     "percent", 1),
    (_FERRIES, "Harlow Ferries' revenue was £44.3 million in 2026, the company said on Monday.", "money", 1),
    # ... told of its own year, or of "the previous year" of a year the clause prints, it is no conflict
    (_TURNOUT, "Only 51.7 per cent of Velgrad's voters turned out in 2022, the election commission said.",
     "percent", 0),
    (_FERRIES, "Harlow Ferries bought two ships in 2026, after revenue of £44.3 million the previous year.",
     "money", 0),
])
def test_a_change_base_told_as_the_changed_years_figure_is_a_conflict(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], IN_2027, kind)) == conflicts


_CORVERA = ["The temperature in the Spanish city of Corvera reached 45.1C on Tuesday, breaking the record of 44.3C "
            "set in July 2017, the weather agency said.",
            "Thermometers in Corvera showed 45.1 degrees on Tuesday, the weather agency said."]
_PHOENIX = ["The temperature in Phoenix hit 118F on Saturday, breaking the record of 117F set in June 2013, "
            "forecasters said.",
            "The temperature in Phoenix reached 118 degrees on Saturday, forecasters said."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # the old record, dated by "set in <year>" right after it, printed as the new day's reading; the
    # bare "degrees" of the second outlet is the first's reading in its scale, a second source
    (_CORVERA, "Corvera set a new record of 44.3C on Tuesday, the weather agency said.", 1),
    (_PHOENIX, "The temperature in Phoenix set a new record of 117F on Saturday, forecasters said.", 1),
    # ... told as the old record, it is no conflict
    (_CORVERA, "Corvera's previous record of 44.3C was set in July 2017, the weather agency said.", 0),
    (_PHOENIX, "The old Phoenix temperature record, 117F, was set in June 2013.", 0),
])
def test_an_old_record_told_as_the_new_reading_is_a_conflict(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "quantity")) == conflicts


_BOILERS = ["A new condensing boiler costs about €9,800 installed, the energy agency said on Monday.\n\n"
            "Once the full rebate of €5,600 is paid, an owner would pay about €4,200 for one, roughly the price of "
            "a heat-only model.",
            "A condensing boiler costs about €9,800 with installation, according to the energy agency."]
_SOLAR = ["A rooftop solar kit costs about $14,500 fitted, the state energy office said on Monday.\n\n"
          "Once the full credit of $5,400 is paid, an owner would pay about $9,100 for one, roughly the price of "
          "a used car.",
          "The state energy office put the price of a fitted rooftop solar kit at about $14,500 on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # a figure the majority tells with "would", under its condition (the price after a rebate), is a
    # figure it tells: an outlet giving that figure alone tells the other fact, not the first wrong
    (_BOILERS, "A condensing boiler will cost a household about €4,200 from March, after the energy agency said "
               "on Monday it would raise its rebate.", "money", 0),
    (_SOLAR, "A rooftop solar kit will cost an owner about $9,100 from July, after the state energy office said "
             "on Monday it would raise its credit.", "money", 0),
    # ... a figure the majority tells nowhere is still the outlier's
    (_BOILERS, "A condensing boiler will cost a household about €6,900 from March, after the energy agency said "
               "on Monday it would raise its rebate.", "money", 1),
])
def test_a_figure_told_under_a_condition_is_told(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, kind)) == conflicts


_TERMINAL = ["The new Harwick ferry terminal will open on Thursday, May 13, 2027, the port authority said on Monday.",
             "The first ferry passengers will walk through the Harwick terminal's doors on 13 May next year, the port "
             "said."]
_MUSEUM = ["The Oxley museum will reopen on Saturday, 18 April 2026, after a two-year refit, the council said on "
           "Monday.",
           "Visitors can return to the Oxley museum from 18 April, the council announced."]
JANUARY = ["2026-01-12"] * 3


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # a day one article alone gives, in its own words, with the month name confused or the year
    # mistyped: the day the others give, told wrong
    (_TERMINAL, "The port authority said on Monday that Harwick's ferry terminal will now welcome its first "
                "travellers on June 13 next year, a year later than planned.", 1),
    (_MUSEUM, "After a two-year refit, Oxley's museum is to welcome the public again on 18 April 2027, the council "
              "said on Monday.", 1),
    # ... another day, no slip of what the others print, is another event's
    (_TERMINAL, "The port authority said on Monday that Harwick's ferry terminal will hold a trial sailing on June 20 "
                "next year.", 0),
])
def test_a_day_printed_with_its_month_or_year_slipped_is_the_day_told_wrong(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], JANUARY, "date")) == conflicts


_BANS = ["The league banned 174 Ostra supporters from matches for two years on Monday.",
         "One hundred and seventy-four Ostra fans were shut out of grounds for two years, the league said on Monday."]
_AVALANCHES = ["Avalanches killed 23 people in the Alps last winter, the institute said on Monday.\n\n"
               "Fourteen of the victims were skiing off-piste.",
               "The institute counted 23 avalanche deaths last winter, it said on Monday.\n\n"
               "Fourteen of the victims were off-piste skiers."]
_REGISTRATIONS = ["Registrations of new cars rose to 31,600 in Latvia last year, with Riga accounting for 18,400 of "
                  "them, the agency said on Monday.",
                  "New car registrations in Riga rose to 18,400 last year, the agency said on Monday."]


_BOXES = ["A cargo ship lost 46 containers overboard in a gale off Texel on Saturday.\n\n"
          "By Monday, 11 of the lost containers had been found.",
          "The Liberian-flagged ship shed 46 containers in the gale on Saturday, the coastguard said."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # a part's stage ("11 of the lost containers had been found by Monday") is not its whole's
    (_BOXES, "The ship lost 48 containers overboard off Texel on Saturday.", 1),
    # a partitive told wrong is still the figure ("147 of the club's supporters" against 174 supporters)
    (_BANS, "The league on Monday also banned 147 of the club's supporters from stadiums for two years.", 1),
    # ... but parts of two wholes are two figures ("of the victims", "of the Brenta victims"), and so is
    # a part of a whole its article counts larger against another figure of the story
    (_AVALANCHES, "The institute counted 23 deaths in the Alps last winter, it said on Monday.\n\n"
                  "Five of the Brenta victims were skiing off-piste.", 0),
    (_REGISTRATIONS, "Registrations of new cars rose to 31,600 in Latvia last year, the agency said on Monday.\n\n"
                     "Vans accounted for 14,900 of the new registrations.", 0),
])
def test_a_part_named_by_its_whole(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "count")) == conflicts


_TAPS = ["The scheme will bring piped water to 12,000 households, about 45,000 people, the city said on Monday.",
         "Some 12,000 homes in the district will get taps of their own, the city said on Monday."]


_FLOODS = ["The floods displaced 3,400 families, some 14,000 people, officials said on Tuesday.",
           "About 3,400 families were forced from their homes by the floods, officials said on Tuesday."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # people and the homes they live in are two counts: the people printed as homes is the error ...
    (_TAPS, "The scheme will bring piped water to 45,000 households, the city said on Monday.", 1),
    (_FLOODS, "The floods displaced 14,000 families, officials said on Tuesday.", 1),
    # ... and the people told alone answer another question
    (_TAPS, "The scheme will reach about 45,000 people, the city said on Monday.", 0),
])
def test_people_and_their_households_are_two_counts(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "count")) == conflicts


_FIRST_LIGHT = ["The observatory will see first light on 15 March 2027, the academy said on Tuesday.",
                "The telescope will make its first observations from March 15, 2027, officials said on Tuesday."]
_MAIDEN_SAILING = ["The new ferry will make its maiden sailing on 4 June 2027, the operator said on Monday.",
                   "Passengers can board the ferry from June 4, 2027, the operator said on Monday."]


@pytest.mark.parametrize(("told", "third", "conflicts"), [
    # a day with its day and month told alike and another year is that day misprinted, however
    # differently the outlets word what happens on it
    (_FIRST_LIGHT, "The mountain observatory has received its main mirror and is due to begin operating on 15 March "
                   "2028, its operators say.", 1),
    (_MAIDEN_SAILING, "The shipyard has handed over the new vessel, which will start carrying cars and lorries on 4 "
                      "June 2028, its owners say.", 1),
])
def test_a_day_with_its_year_slipped(tmp_path, told, third, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], SAME_DAY, "date")) == conflicts


_MILLER = ["The flour miller Korrin Mills posted net profit of $210 million (about €194 million) for the year, it said "
           "on Tuesday.\n\nRevenue rose 9 per cent to $3.4 billion.",
           "Korrin Mills earned $210 million last year, the company said on Tuesday."]
_TERMINAL = ["Harlow Ports agreed on Monday to buy a 45 per cent stake in Tarn Terminals, paying a premium of 17 per "
             "cent to Friday's closing price.",
             "Harlow Ports is set to acquire 45% of the shares of Tarn Terminals, the companies said on Monday."]


@pytest.mark.parametrize(("told", "third", "kind", "conflicts"), [
    # one outlet tells two measures apart, with two figures and two words; the third prints one's
    # figure under the other's word: revenue as net profit, the premium paid as the stake bought
    (_MILLER, "Net profit climbed to $3.4 billion for the year, Korrin Mills said on Tuesday.", "money", 1),
    (_TERMINAL, "Harlow Ports will buy a 17 per cent stake in Tarn Terminals, it said on Monday.", "percent", 1),
    # ... the figure under its own measure's word is no error
    (_MILLER, "Revenue climbed to $3.4 billion for the year, Korrin Mills said on Tuesday.", "money", 0),
    (_TERMINAL, "Harlow Ports will pay a premium of 17 per cent for Tarn Terminals, it said on Monday.", "percent", 0),
])
def test_a_figure_of_one_measure_printed_under_another_measures_word(tmp_path, told, third, kind, conflicts):
    assert len(_conflicts(tmp_path, [*told, third], ["2025-03-20"] * 3, kind)) == conflicts
