"""Days a story tells beside a count, a feast or a saying (issue 13), one table per class.

Sentences are invented; each value was checked by hand against a calendar (2025-04-01 and
2025-11-25 were Tuesdays, 2025-11-19, 2025-10-01 and 2026-10-28 Wednesdays, 2025-10-03 and
2026-10-23 and 2026-04-10 Fridays, 2025-11-17 a Monday; Orthodox Easter 2025 fell on April 20, 2026 on April 12;
western Easter 2027 on March 28; Diwali 2025 on October 20; Thanksgiving 2019 on November 28). A
row is (text, published, surface, start, end, qualifier).
"""

from __future__ import annotations

import pytest


def _check(dates, text, published, surface, start, end, qualifier):
    found = [(f.value.start, f.value.end, f.qualifier) for got, f in dates(text, published) if got == surface]
    assert found == [(start, end, qualifier)], dates(text, published)


# A count of days or weeks with the day itself told beside it is that day, whatever the paragraph's
# last date was; a month or a phrase beside it leaves the count alone
DAYS_COUNTED_TO_A_TOLD_DAY = [
    ("The mill shut on Saturday, March 8. A week later, on Saturday, March 15, it reopened.", "2025-03-20",
     "A week later", "2025-03-15", "2025-03-15", "exact"),
    ("The ferry sailed at dawn; nine days later, on Friday, Nov. 21, it reached the ice.", "2025-11-25",
     "nine days later", "2025-11-21", "2025-11-21", "exact"),
    ("Voting opens in May, and counting starts three days later, on June 2.", "2025-04-01",
     "three days later", "2025-06-02", "2025-06-02", "exact"),
    ("The council met in March and again two weeks later, on Tuesday, April 1.", "2025-04-10",
     "two weeks later", "2025-04-01", "2025-04-01", "exact"),
    ("The plant closed on Feb. 3, 2025; a week later, in a statement, it blamed costs.", "2025-03-01",
     "a week later", "2025-02-10", "2025-02-10", "exact"),  # the day a week on, as annotators read it
    ("Three days later, on appeal, the verdict was overturned.", "2025-03-01", "Three days later", None, None,
     "exact"),
]

# Court lists' and Commonwealth copy's "Monday next": the coming Monday, a week on when said on one
WEEKDAY_NEXT = [
    ("The judge adjourned the case to Monday next.", "2025-11-19", "Monday next", "2025-11-24", "2025-11-24",
     "exact"),
    ("Replies are due by Friday next, the registrar said.", "2025-11-19", "by Friday next", "2025-11-21",
     "2025-11-21", "at_most"),
    ("The board meets on Wednesday next.", "2025-11-19", "Wednesday next", "2025-11-26", "2025-11-26", "exact"),
    # "next to", "next door" place someone: the weekday is a day of its own
    ("He spoke on Monday next to the mayor.", "2025-11-19", "Monday", "2025-11-17", "2025-11-17", "exact"),
    ("They met on Tuesday next door.", "2025-11-19", "Tuesday", "2025-11-18", "2025-11-18", "exact"),
]

# British "Friday week", "Monday week", "the weekend after next" and "Monday next" in a quotation,
# counted from the day it was said (published 2026-10-28; said on Thursday the 22nd, Friday the
# 23rd or Saturday the 24th); outside a quotation, from the published day
QUOTED_DAYS_AFTER_A_DAY = [
    ('"The weekend after next is the busiest," the director said on Saturday.', "2026-10-28",
     "The weekend after next", "2026-11-07", "2026-11-08", "exact"),
    ('"By Friday week every bridge will have a steward," the chief said on Thursday.', "2026-10-28",
     "By Friday week", "2026-10-30", "2026-10-30", "at_most"),
    ('A spokesman said on Saturday: "Bidders get answers at the meeting Monday week."', "2026-10-28",
     "Monday week", "2026-11-02", "2026-11-02", "exact"),
    ('"We will rule on Monday next," the judge said on Friday.', "2026-10-28", "Monday next", "2026-10-26",
     "2026-10-26", "exact"),
    ("Bidders get answers at the meeting Monday week, a spokesman said on Saturday.", "2026-10-28",
     "Monday week", "2026-11-09", "2026-11-09", "exact"),
    # "that day" after the quote points at the game, it dates no saying (2026-05-22 was a Friday)
    ('"If he is not fit for Sunday, he will be fit for Sunday week," the coach said, although there is no game '
     "that day.", "2026-05-22", "Sunday week", "2026-05-31", "2026-05-31", "exact"),
]

# A long or three-day weekend a Friday or Monday of its sentence makes: that day and the weekend
# beside it; "the long weekend" with no such day is the coming one
LONG_WEEKENDS = [
    ("The festival falls on Monday, Oct. 6, giving a three-day weekend.", "2025-10-01", "three-day weekend",
     "2025-10-04", "2025-10-06", "exact"),
    ("National Day, Friday, Oct. 10, brings another long weekend.", "2025-10-01", "long weekend",
     "2025-10-10", "2025-10-12", "exact"),
    ("Labour Day falls on Friday, giving families a long weekend.", "2025-10-01", "long weekend",
     "2025-10-03", "2025-10-05", "exact"),
    ("The race brings a long weekend ending Monday, Nov. 17.", "2025-10-01", "long weekend", "2025-11-15",
     "2025-11-17", "exact"),
    ("Traffic will be heavy over the long weekend.", "2025-10-01", "weekend", "2025-10-04", "2025-10-05", "exact"),
]
LONG_WEEKENDS_NEGATIVE = [  # no day of the sentence fixes which weekend: no date
    "Many workers want a long weekend.",
    "Staff get a three-day weekend every month.",
    "Hotels expect crowds for the long weekend of San Marco.",
    "Crowds came for the weekend of the Grand Prix.",
    "Campgrounds are full for the Matariki long weekend.",  # a feast the grammar does not date
    "The council approved a civic holiday for staff.",  # a kind of holiday, not Canada's
]

# "Last year's Diwali", "2019's Thanksgiving": one day, the feast of the year the possessive names
FEASTS_OF_A_NAMED_YEAR = [
    ("Last year's Diwali, on a Monday, drew crowds.", "2026-10-28", "Last year's Diwali", "2025-10-20",
     "2025-10-20", "exact"),
    ("2019's Thanksgiving was the latest possible.", "2026-10-28", "2019's Thanksgiving", "2019-11-28",
     "2019-11-28", "exact"),
    ("Next year's Easter will be early.", "2026-10-28", "Next year's Easter", "2027-03-28", "2027-03-28", "exact"),
    ("Last year's budget was cut.", "2026-10-28", "Last year", "2025-01-01", "2025-12-31", "exact"),
]

# A quoted fragment the parser hangs from the verb of saying outside it takes no tense from that verb:
# the nearest such day (published 2025-05-15); a quotation with its own verb keeps that verb's tense
QUOTED_FRAGMENTS = [
    ('Asked when results would come, the chief said: "No later than 30 September."', "2025-05-15", "30 September",
     "2025-09-30", "2025-09-30", "at_most"),
    ('The chief said "no later than 30 September" when asked about the results.', "2025-05-15", "30 September",
     "2025-09-30", "2025-09-30", "at_most"),
    ('Results will follow, the chief said, "no later than 30 September".', "2025-05-15", "30 September",
     "2025-09-30", "2025-09-30", "at_most"),
    ('"The plant closed on March 3," she said.', "2025-05-15", "March 3", "2025-03-03", "2025-03-03", "exact"),
]

# Fixed and floating national holidays: Italy's Ferragosto (August 15), Thailand's Songkran (April
# 13, the first day of its holiday), Canada's Civic Holiday (the first Monday of August: 2018-08-06)
NATIONAL_HOLIDAYS = [
    ("Are museums open in Rome on Ferragosto?", "2023-08-01", "Ferragosto", "2023-08-15", "2023-08-15", "exact"),
    ("Hostels in Chiang Mai fill up for Songkran.", "2026-03-25", "Songkran", "2026-04-13", "2026-04-13", "exact"),
    ("The railway adds trains from the Friday before Songkran.", "2026-03-25", "the Friday before Songkran",
     "2026-04-10", "2026-04-10", "exact"),
    ("Toronto's beaches were packed for the Civic Holiday.", "2018-08-06", "the Civic Holiday", "2018-08-06",
     "2018-08-06", "exact"),
]

# A date the parser hangs from no verb (a sentence parsed as a noun phrase) under a sentence that
# opens on a year: that year, when the sentence's verb is past (published 2025-10-01)
PAST_WITHOUT_A_VERB = [
    ("Last year, a typhoon closed offices and schools in Kaohsiung on Oct. 2 and 3, the first time since 1977 "
     "that a storm had made landfall there in October.", "2025-10-01", "Oct. 2", "2024-10-02", "2024-10-02",
     "exact"),
]

# A day a deadline noun names ("a closing date of", "a deadline of") is set ahead, whatever the
# verb's tense: the nearest such day (published 2025-01-20); a "date" of nothing in particular is not
DAYS_A_NOUN_SETS = [
    ("The tender was advertised with a closing date of 28th January.", "2025-01-20", "28th January",
     "2025-01-28", "2025-01-28", "exact"),
    ("The council set a deadline of March 3 for bids.", "2025-01-20", "March 3", "2025-03-03", "2025-03-03", "exact"),
    ("The firm announced a completion date of June 30.", "2025-01-20", "June 30", "2025-06-30", "2025-06-30",
     "exact"),
    ("He died on the date of March 3.", "2025-01-20", "March 3", "2024-03-03", "2024-03-03", "exact"),
    # ... and a day named "as" such a day, under a past verb of setting or a dividend's declaring
    ("The board declared a dividend of 40 cents, with October 24 as the record date.", "2025-10-16",
     "October 24", "2025-10-24", "2025-10-24", "exact"),
    ("The council set March 3 as the deadline for bids.", "2025-10-16", "March 3", "2026-03-03", "2026-03-03",
     "exact"),
    ("The court fixed Nov. 20 as the hearing date.", "2025-10-16", "Nov. 20", "2025-11-20", "2025-11-20", "exact"),
    ("Officials named March 3 as the date of the attack.", "2025-10-16", "March 3", "2025-03-03", "2025-03-03",
     "exact"),
]

# ... and a month the sentence dates the act by, later in the year than the day set, puts the day
# in the year after the act; one no later keeps the act's own year
DAYS_SET_AFTER_A_TOLD_ACT = [
    ("The council in November set a deadline of March 31 for bids.", "2025-01-20", "March 31", "2025-03-31",
     "2025-03-31", "exact"),
    ("On Nov. 20, 2024, the judge set a deadline of March 3 for the filing.", "2025-01-20", "March 3",
     "2025-03-03", "2025-03-03", "exact"),
    ("In October the regulator set a closing date of 14 February for comments.", "2025-12-10", "14 February",
     "2026-02-14", "2026-02-14", "exact"),
    ("The post was advertised on 2nd December with a closing date of 9th January.", "2026-01-05", "9th January",
     "2026-01-09", "2026-01-09", "exact"),
    ("In January the club set a deadline of March 3 for offers.", "2025-12-10", "March 3", "2025-03-03",
     "2025-03-03", "exact"),
    ("On 2 March the board set a deadline of 30 March for the report.", "2025-12-10", "30 March", "2025-03-30",
     "2025-03-30", "exact"),
    # an event a verb of setting takes, its day after "on": the event's, ahead, as after "for" ...
    ("The union called a 48-hour walkout at the bus depot on May 4.", "2026-04-20", "May 4", "2026-05-04",
     "2026-05-04", "exact"),
    ("The governor has called an election on March 3.", "2025-11-20", "March 3", "2026-03-03", "2026-03-03", "exact"),
    # ... unless the day is near behind, when it is as likely the calling's
    ("Unions called a strike on November 3.", "2026-12-01", "November 3", "2026-11-03", "2026-11-03", "exact"),
]

# the Sundays of Advent, counted from the fourth Sunday before Christmas (2025: November 30; 2026:
# November 29); not the nth Sunday of the month the text is in
ADVENT_SUNDAYS = [
    ("Choirs sing on the first Sunday of Advent.", "2025-11-10", "the first Sunday of Advent", "2025-11-30",
     "2025-11-30", "exact"),
    ("The market opens on the second Sunday of Advent.", "2026-11-10", "the second Sunday of Advent", "2026-12-06",
     "2026-12-06", "exact"),
    ("Shops open late from Advent Sunday.", "2026-11-10", "Advent Sunday", "2026-11-29", "2026-11-29", "exact"),
]
# the feasts only the Orthodox churches name, by the Julian Easter
ORTHODOX_FEASTS = [
    ("Kites fly on Clean Monday.", "2025-02-10", "Clean Monday", "2025-03-03", "2025-03-03", "exact"),
    ("Holy Spirit Monday is a holiday in Athens.", "2025-02-10", "Holy Spirit Monday", "2025-06-09", "2025-06-09",
     "exact"),
    ("Grills are lit on Tsiknopempti.", "2025-02-10", "Tsiknopempti", "2025-02-20", "2025-02-20", "exact"),
    ("The room was clean Monday morning.", "2025-02-10", "Monday morning", "2025-02-10", "2025-02-10", "exact"),
]


# A rule that names a day in apposition to a date is that date's day, in the date's printed year, or
# in the year where both name one day (checked with datetime: 21 March 2026 the third Saturday of
# March, 10 August 2027 the second Tuesday of August, 5 October 2026 the first Monday of October,
# while 5 October 2025 was a Sunday; 31 May 2027 the last Monday of May).
RULES_OF_TOLD_DATES = [
    ("Voters go to the polls on 21 March 2026, the third Saturday in March.", "2025-03-06",
     "the third Saturday in March", "2026-03-21", "2026-03-21", "exact"),
    ("The assembly sits until August 10, 2027, the second Tuesday of August.", "2025-11-22",
     "the second Tuesday of August", "2027-08-10", "2027-08-10", "exact"),
    ("The referendum is on Oct. 5, the first Monday in October.", "2025-11-22", "Oct. 5", "2026-10-05", "2026-10-05",
     "exact"),
    ("The parade is on May 31, the last Monday in May.", "2027-01-20", "the last Monday in May", "2027-05-31",
     "2027-05-31", "exact"),
]
# A year opening a clause joined to the sentence dates the yearless day or month of that clause
YEARS_OPENING_A_JOINED_CLAUSE = [
    ("The rains came early last year, while in 2023 they arrived as late as June 8.", "2026-05-26", "June 8",
     "2023-06-08", "2023-06-08", "exact"),
    ("Prices peaked in March, whereas in 2019 they peaked in July.", "2026-05-26", "July", "2019-07-01", "2019-07-31",
     "exact"),
    ("The fair drew 9,000 people; in 2021 it closed on Aug. 2.", "2026-05-26", "Aug. 2", "2021-08-02", "2021-08-02",
     "exact"),
]
# A bare verb joined to a verb in the present shares it: its weekday is the coming one; after a verb
# whose past is its base form ("cost", "cut"), the bare conjunct says that verb is a present too.
# (2026-12-28 a Monday, 2027-01-01 a Friday; 2024-05-15 a Wednesday, 2024-05-21 a Tuesday.)
CONJUNCTS_OF_A_PRESENT = [
    ("The galleries reopen tomorrow and close again on Friday.", "2026-12-28", "Friday", "2027-01-01", "2027-01-01",
     "exact"),
    ("Tickets cost $30 and go on sale Tuesday.", "2026-12-28", "Tuesday", "2026-12-29", "2026-12-29", "exact"),
    ("The ferries leave at dawn and return on Tuesday.", "2024-05-15", "Tuesday", "2024-05-21", "2024-05-21",
     "exact"),
    # ... and a verb whose past is its base form, joined to a base form, is in the present with it (a past
    # would say "reopened"; published Wednesday 2026-02-11)
    ("Libraries shut on Friday and reopen on Tuesday.", "2026-02-11", "Friday", "2026-02-13", "2026-02-13", "exact"),
    ("Ferries cut services on Friday and return to normal on Monday.", "2026-02-11", "Friday", "2026-02-13",
     "2026-02-13", "exact"),
    # a conjunct of a past keeps the past: the Tuesday just gone
    ("The firm cut prices and stopped sales on Tuesday.", "2024-05-15", "Tuesday", "2024-05-14", "2024-05-14",
     "exact"),
    ("Banks cut rates on Friday and pledged more.", "2026-02-11", "Friday", "2026-02-06", "2026-02-06", "exact"),
    ("The bank cut rates on Friday and pledge more.", "2026-02-11", "Friday", "2026-02-06", "2026-02-06", "exact"),
]


# Holidays of the story's own country by their names (python-holidays' calendar of the dateline's
# country, or of the one country the sentence names), as the calendar gives them: Adelaide Cup Day
# 2025 fell on March 10, Louis Riel Day 2026 on February 16, Picnic Day 2026 on Monday August 3,
# Ireland's June bank holiday 2026 on June 1, Zambia's Unity Day 2027 on July 6, Sinai Liberation Day
# 2026 on Saturday April 25 (2025's on a Friday), Japan's Constitution Day 2026 on Sunday May 3, India's
# Republic Day 2025 on January 26.
LOCAL_HOLIDAYS = [
    ("ADELAIDE, March 6 (Wire) -- Council nominations close two days after Adelaide Cup Day.", "2025-03-06",
     "two days after Adelaide Cup Day", "2025-03-12", "2025-03-12", "exact"),
    ("WINNIPEG, Jan. 14 (Wire) -- Drivers will walk out on Louis Riel Day.", "2026-01-14", "Louis Riel Day",
     "2026-02-16", "2026-02-16", "exact"),
    ("DARWIN, Oct. 16 (Wire) -- Crocodile sightings rose over the Picnic Day weekend.", "2026-10-16",
     "Picnic Day weekend", "2026-08-01", "2026-08-03", "exact"),
    ("DUBLIN, July 22 (Wire) -- Ferry bookings are below those of the June bank holiday.", "2026-07-22",
     "June bank holiday", "2026-06-01", "2026-06-01", "exact"),
    ("GALWAY, July 22 (Wire) -- Hotel prices are higher than over the June bank holiday.", "2026-07-22",
     "June bank holiday", "2026-06-01", "2026-06-01", "exact"),  # a town the city table lacks
    # the seven days a week before or after it counts (Adelaide Cup Day 2025: March 10)
    ("ADELAIDE, March 1 (Wire) -- Roadworks will stop in the week after Adelaide Cup Day.", "2025-03-01",
     "the week after Adelaide Cup Day", "2025-03-11", "2025-03-17", "exact"),
    ("DUBLIN, May 20 (Wire) -- Ferry fares rise in the week before the June bank holiday.", "2026-05-20",
     "the week before the June bank holiday", "2026-05-25", "2026-05-31", "exact"),
    ("LUSAKA, June 28 (Wire) -- The magistrate postponed the hearing to the day after Unity Day.", "2027-06-28",
     "the day after Unity Day", "2027-07-07", "2027-07-07", "exact"),
    ("CAIRO, April 7 (Wire) -- Sinai Liberation Day, which falls on a Saturday, gives schools a long weekend.",
     "2026-04-07", "Sinai Liberation Day", "2026-04-25", "2026-04-25", "exact"),
    ("In Japan, Constitution Day falls on a Sunday, so offices close on Monday.", "2026-01-03",
     "Constitution Day", "2026-05-03", "2026-05-03", "exact"),
    ("NEW DELHI, Jan. 12 (Wire) -- Schools shut for Republic Day, Jan. 26, the board said.", "2025-01-12",
     "Republic Day", "2025-01-26", "2025-01-26", "exact"),
]
# ... by the name the country's own English gives it (python-holidays' en_CA, en_KE, en_HK beside its
# American names): Canada's Labour Day 2026 on Monday September 7, Kenya's Labour Day on May 1, Hong
# Kong's Chung Yeung Festival 2026 on Sunday October 18; Canada's Thanksgiving weekend (of Monday October
# 12, 2026) from the Saturday
LOCAL_HOLIDAYS_IN_THEIR_OWN_ENGLISH = [
    ("TORONTO, Aug. 1 (Wire) -- Stores will close on Labour Day.", "2026-08-01", "Labour Day", "2026-09-07",
     "2026-09-07", "exact"),
    ("OTTAWA, Aug. 1 (Wire) -- Hikers crowd the parks over the Labour Day long weekend.", "2026-08-01",
     "Labour Day long weekend", "2026-09-05", "2026-09-07", "exact"),
    ("NAIROBI, March 3 (Wire) -- Unions will march on Labour Day.", "2026-03-03", "Labour Day", "2026-05-01",
     "2026-05-01", "exact"),
    ("HONG KONG, Sept. 2 (Wire) -- Ferries will run a holiday timetable on the Chung Yeung Festival.", "2026-09-02",
     "Chung Yeung Festival", "2026-10-18", "2026-10-18", "exact"),
    ("OTTAWA, Nov. 2 (Wire) -- Traffic deaths rose over the Thanksgiving long weekend.", "2026-11-02",
     "the Thanksgiving long weekend", "2026-10-10", "2026-10-12", "approx"),
    ("TORONTO, Aug. 1 (Wire) -- Airlines will add flights over Thanksgiving weekend.", "2026-08-01",
     "Thanksgiving weekend", "2026-10-10", "2026-10-12", "approx"),
]
# a feast the grammar reads by its own (American, British) day, in the copy of a country whose calendar keeps the
# name on another: Labor Day in Manila on May 1, Memorial Day in Seoul on June 6 (2025), Barbados's
# Independence Day on November 30; in New York the American day stands
FEASTS_BY_THE_COUNTRYS_DAY = [
    ("MANILA, April 20 (Wire) -- Unions will march on Labor Day.", "2025-04-20", "Labor Day", "2025-05-01",
     "2025-05-01", "exact"),
    ("MANILA, April 20 (Wire) -- Shops reopen the day after Labor Day.", "2025-04-20", "the day after Labor Day",
     "2025-05-02", "2025-05-02", "exact"),
    ("SEOUL, April 20 (Wire) -- Offices will close on Memorial Day.", "2025-04-20", "Memorial Day", "2025-06-06",
     "2025-06-06", "exact"),
    ("BRIDGETOWN, Nov. 20 (Wire) -- Schools reopen the day after Independence Day.", "2025-11-20",
     "the day after Independence Day", "2025-12-01", "2025-12-01", "exact"),
    ("NEW YORK, April 20 (Wire) -- Shops will close on Memorial Day.", "2025-04-20", "Memorial Day", "2025-05-26",
     "2025-05-26", "exact"),
    # ... or by the British one: Ireland's August bank holiday is the first Monday (2026-08-03), the
    # Netherlands' King's Day a Saturday when April 27 is a Sunday (2025)
    ("DUBLIN, July 20 (Wire) -- The festival ends the day before the August bank holiday.", "2026-07-20",
     "the day before the August bank holiday", "2026-08-02", "2026-08-02", "exact"),
    ("AMSTERDAM, April 22 (Wire) -- Shops will close on King's Day.", "2025-04-22", "King's Day", "2025-04-26",
     "2025-04-26", "exact"),
    # ... but where the calendar keeps no one day that year (Australia Day 2020, a Sunday some states
    # kept on the Monday) the grammar's day stands
    ("Fireworks will light up Canberra's lake on Australia Day.", "2020-01-10", "Australia Day", "2020-01-26",
     "2020-01-26", "exact"),
]
# "the weekend" where the dateline's country rests on Friday and Saturday (published Monday 2025-08-11:
# the coming Friday 15 and Saturday 16 August; the one before, the 8th and 9th); Saturday and Sunday in
# London and Dubai (the Emirates' weekend since 2022)
WEEKENDS_OF_THE_COUNTRY = [
    ("DHAKA, Aug 11 (Wire) -- Garment exporters will keep factories open over the weekend.", "2025-08-11",
     "the weekend", "2025-08-15", "2025-08-16", "exact"),
    ("TEL AVIV, Aug 11 (Wire) -- Trains will not run this weekend.", "2025-08-11", "this weekend", "2025-08-15",
     "2025-08-16", "exact"),
    ("CAIRO, Aug 11 (Wire) -- Malls were packed last weekend.", "2025-08-11", "last weekend", "2025-08-08",
     "2025-08-09", "exact"),
    ("LONDON, Aug 11 (Wire) -- Offices will stay open over the weekend.", "2025-08-11", "the weekend", "2025-08-16",
     "2025-08-17", "exact"),
    ("DUBAI, Aug 11 (Wire) -- Offices will stay open over the weekend.", "2025-08-11", "the weekend", "2025-08-16",
     "2025-08-17", "exact"),
]
# ... not a name in lower case, nor one before a noun of its own, an event's, or the end of a longer name
LOCAL_HOLIDAYS_NEGATIVE = [
    ("DUBLIN, July 22 (Wire) -- Unions called a national day of action.", "2026-07-22"),
    ("WINNIPEG, Jan. 14 (Wire) -- Louis Riel Day celebrations drew crowds.", "2026-01-14"),
    ("DAR ES SALAAM, July 5 (Wire) -- Crowds filled the Dar es Salaam International Trade Fair.", "2026-07-05"),
    ("PERTH, Aug. 1 (Wire) -- Shops will close on Labour Day.", "2026-08-01"),  # a day each state keeps apart
]


# a long weekend counted "since" or "after" a holiday is another weekend than the holiday's
WEEKEND_SINCE_A_HOLIDAY = [
    ("WELLINGTON, Oct. 24 (Wire) -- Traffic was heavy on the busiest long weekend since Matariki.", "2025-10-24"),
    ("DARWIN, Oct. 16 (Wire) -- It is the busiest long weekend after Picnic Day.", "2026-10-16"),
]


@pytest.mark.parametrize(("text", "published"), WEEKEND_SINCE_A_HOLIDAY)
def test_no_long_weekend_of_a_holiday_it_counts_from(dates, text, published):
    assert [got for got, f in dates(text, published) if f.rule == "date.long_weekend"] == []


@pytest.mark.parametrize(("text", "published"), LOCAL_HOLIDAYS_NEGATIVE)
def test_no_local_holiday(dates, text, published):
    assert [f.rule for _, f in dates(text, published) if f.rule == "date.local_holiday"] == []


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "qualifier"),
                         LOCAL_HOLIDAYS + LOCAL_HOLIDAYS_IN_THEIR_OWN_ENGLISH + WEEKENDS_OF_THE_COUNTRY
                         + FEASTS_BY_THE_COUNTRYS_DAY
                         + RULES_OF_TOLD_DATES + YEARS_OPENING_A_JOINED_CLAUSE + CONJUNCTS_OF_A_PRESENT
                         + DAYS_COUNTED_TO_A_TOLD_DAY + WEEKDAY_NEXT
                         + QUOTED_DAYS_AFTER_A_DAY + LONG_WEEKENDS
                         + FEASTS_OF_A_NAMED_YEAR + ORTHODOX_FEASTS + ADVENT_SUNDAYS + DAYS_A_NOUN_SETS
                         + DAYS_SET_AFTER_A_TOLD_ACT
                         + NATIONAL_HOLIDAYS + QUOTED_FRAGMENTS + PAST_WITHOUT_A_VERB)
def test_told_day(dates, text, published, surface, start, end, qualifier):
    _check(dates, text, published, surface, start, end, qualifier)


@pytest.mark.parametrize("text", LONG_WEEKENDS_NEGATIVE)
def test_no_long_weekend(dates, text):
    assert dates(text, "2025-10-01") == []


# a weekday inside a bracketed name (a dateline's agency), a year after an airline's code: no date
@pytest.mark.parametrize(("text", "surfaces"), [
    ("HALIFAX, Sunday, April 13, 2025 (Atlantic Sunday Wire) -- Voters went out.", ["Sunday, April 13, 2025"]),
    ("PERTH, 3 May (Western Monday Review) -- Rain fell.", ["3 May"]),
    ("The vote (held Sunday) was calm.", ["Sunday"]),
    # a named long weekend is the feast's, not the Friday's its sentence names
    ("Ferries said Friday would be busy ahead of the Family Day long weekend.", ["Friday"]),
    ("Airlines added 14 flights, including Y4 2025, and buses run hourly.", []),
    ("Take U2 1924 to Geneva.", []),
    ("The Advent calendar sold out quickly.", []),
    ("Leaders met at the G7 2025 summit.", ["2025"]),
    # a number a code's noun names is keyed in, not a year
    ("gate keypad is 1987, save that to notes", []),
    ("The door code is 2020.", []),
    ("Call extension 2019 for help.", []),
    ("The code was written in 1987.", ["1987"]),
])
def test_names_and_codes(dates, text, surfaces):
    assert [got for got, _ in dates(text, "2025-04-13")] == surfaces
