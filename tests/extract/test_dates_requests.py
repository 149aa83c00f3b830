"""Dates in requests, plans and questions, as an assistant's user or a schedule writes them (issue 13),
one table per class.

Sentences are invented; each value was checked by hand against a calendar: 2025-03-12 was a
Wednesday (its week Monday 10 to Sunday 16), 2024-06-06 a Thursday, 2023-12-29 a Friday,
2026-10-04 a Sunday, 2025-11-18 a Tuesday, 2024-02-27 a Tuesday (2024 a leap year), 2025-10-01 a
Wednesday (its week Monday 29 September to Sunday 5 October); Easter fell on 2024-03-31 and
2025-04-20, Thanksgiving on 2025-11-27. A row is (text, published, surface, start, end); a negative
row is a text that holds no date.
"""

from __future__ import annotations

import pytest


# A request or a proposal is about what is yet to happen: an imperative (after "please", "OK", or
# "don't"), "let's", a verb of booking the tagger reads as a name or a noun. A weekday is the next
# one, a day without a year the next one to come.
REQUESTS = [
    ("Remind me Friday to call the bank.", "2025-03-12", "Friday", "2025-03-14", "2025-03-14"),
    ("Please move the standup to Monday.", "2025-03-12", "Monday", "2025-03-17", "2025-03-17"),
    ("OK, schedule the review for Tuesday.", "2025-03-12", "Tuesday", "2025-03-18", "2025-03-18"),
    ("Let's meet Tuesday for coffee.", "2024-06-06", "Tuesday", "2024-06-11", "2024-06-11"),
    ("Let's have the picnic on Sunday.", "2024-06-06", "Sunday", "2024-06-09", "2024-06-09"),
    ("Don't forget the recital on Sunday.", "2025-03-12", "Sunday", "2025-03-16", "2025-03-16"),
    ("Set a reminder for January 4 to renew the permit.", "2023-12-29", "January 4", "2024-01-04", "2024-01-04"),
    ("Put the team dinner on Christmas Eve.", "2023-12-29", "Christmas Eve", "2024-12-24", "2024-12-24"),
    ("Book a table for Saturday.", "2026-10-04", "Saturday", "2026-10-10", "2026-10-10"),
    ("Book the cabin for January 8.", "2021-12-27", "January 8", "2022-01-08", "2022-01-08"),
    # a statement keeps its tense: past, and a name that opens the sentence is no request
    ("The market opened on Monday.", "2025-10-01", "Monday", "2025-09-29", "2025-09-29"),
    ("Book sales rose on Monday.", "2025-03-12", "Monday", "2025-03-10", "2025-03-10"),
]

# A question or statement in the present: a participle the tagger reads as a past ("Is the
# office closed on ...?") or as the complement of "is" states what holds, the next such weekday.
PRESENT_STATES = [
    ("Is the pool closed on Monday?", "2025-03-12", "Monday", "2025-03-17", "2025-03-17"),
    ("Are the banks open on Friday?", "2025-03-12", "Friday", "2025-03-14", "2025-03-14"),
    ("The pool is closed on Monday.", "2025-03-12", "Monday", "2025-03-17", "2025-03-17"),
    ("Is the library closed on the 2nd of December?", "2025-11-18", "2nd of December", "2025-12-02", "2025-12-02"),
    ("The pool was closed on Monday.", "2025-03-12", "Monday", "2025-03-10", "2025-03-10"),
]

# Two weekdays as one range: the days between them, in order within a week ("Tuesday to Thursday"
# said on a Tuesday), moved together by the clause's tense; a week said after the range places both.
WEEKDAY_RANGES = [
    ("Could the plumber come between Tuesday and Thursday?", "2024-02-27", "between Tuesday and Thursday",
     "2024-02-27", "2024-02-29"),
    ("The shop was shut from Monday to Thursday.", "2024-02-27", "Monday to Thursday", "2024-02-19", "2024-02-22"),
    ("The fair ran from Friday through Sunday.", "2024-02-27", "Friday through Sunday", "2024-02-23", "2024-02-25"),
    ("The market is open from Friday through Sunday.", "2024-02-27", "Friday through Sunday",
     "2024-03-01", "2024-03-03"),
    ("The fair will run from Monday to Wednesday.", "2024-02-27", "Monday to Wednesday", "2024-03-04", "2024-03-06"),
    ("I'm off from Monday to Wednesday next week.", "2025-03-12", "Monday to Wednesday next week",
     "2025-03-17", "2025-03-19"),
    ("Talks ran between Tuesday and Thursday last week.", "2025-03-12", "between Tuesday and Thursday last week",
     "2025-03-04", "2025-03-06"),
]

# Two of a unit away: "the week after next", "the month before last"
TWO_AWAY = [
    ("Let's aim for the week after next.", "2025-10-01", "the week after next", "2025-10-13", "2025-10-19"),
    ("The audit starts the month after next.", "2025-10-01", "the month after next", "2025-12-01", "2025-12-31"),
    ("Sales fell the quarter before last.", "2025-10-01", "the quarter before last", "2025-04-01", "2025-06-30"),
    ("He retired the year before last.", "2025-10-01", "the year before last", "2023-01-01", "2023-12-31"),
    # ... and a weekday: a week after the coming one, a week before the last (2026-02-16 a Monday)
    ("The library opens on the Sunday after next.", "2026-02-16", "the Sunday after next", "2026-03-01", "2026-03-01"),
    ("We fly out the Monday after next.", "2026-02-16", "the Monday after next", "2026-03-02", "2026-03-02"),
    ("The board met the Friday before last.", "2026-02-16", "the Friday before last", "2026-02-06", "2026-02-06"),
]

# a causative verb's participle takes its tense ("get the roof fixed on the 2nd"), and a date that is
# the object of a modal's verb is no period of a noun ("Can the nanny do January 4th?": ahead)
CAUSATIVE_AND_OBJECT = [
    ("Can we get the roof fixed on the 2nd?", "2023-08-31", "2nd", "2023-09-02", "2023-09-02"),
    ("Please have the sofa delivered on the 3rd.", "2023-08-31", "3rd", "2023-09-03", "2023-09-03"),
    ("She got the car serviced on the 25th.", "2023-08-20", "25th", "2023-07-25", "2023-07-25"),
    ("Can the nanny do January 4th?", "2024-12-31", "January 4th", "2025-01-04", "2025-01-04"),
    ("Could the courier do January 2nd instead?", "2025-12-30", "January 2nd", "2026-01-02", "2026-01-02"),
]

# a day of the month booked "for" it, and a numeric day written first ("28/10", day over 12)
DAY_FOR_AND_DAY_FIRST = [
    ("Book a table for the 28th at 8pm, please.", "2019-02-22", "28th", "2019-02-28", "2019-02-28"),
    ("Reserve the hall for the 3rd.", "2025-03-12", "3rd", "2025-04-03", "2025-04-03"),
    ("The inspection is on 28/10.", "2024-10-15", "28/10", "2024-10-28", "2024-10-28"),
    ("Results came out on 17/3.", "2025-03-20", "17/3", "2025-03-17", "2025-03-17"),
]

# a fortnight is two weeks; a gerund under a verb takes that verb's tense ("went sailing over the
# weekend" said on a Wednesday: the weekend just gone)
FORTNIGHTS_AND_GERUNDS = [
    ("The books are due back in a fortnight.", "2018-09-14", "in a fortnight", "2018-09-28", "2018-09-28"),
    ("We moved in a fortnight ago.", "2025-04-18", "a fortnight ago", "2025-04-04", "2025-04-04"),
    ("The pool reopens a fortnight from now.", "2026-08-28", "a fortnight from now", "2026-09-11", "2026-09-11"),
    ("We went sailing over the weekend.", "2027-02-10", "the weekend", "2027-02-06", "2027-02-07"),
    ("He died after slipping on Monday.", "2027-02-10", "Monday", "2027-02-08", "2027-02-08"),
    # "have to" is an obligation, no causative: the participle of its object keeps its own tense
    ("Some 900 drivers will have to retake the test after it was leaked, a licensing agency announced on "
     "Wednesday.", "2025-06-12", "Wednesday", "2025-06-11", "2025-06-11"),
    # an adverbial participle is no catenative: "taking effect" looks ahead of "allowed"
    ("The board allowed a rise of 4%, taking effect April 1.", "2025-02-19", "April 1", "2025-04-01", "2025-04-01"),
]

# British days a week on: "Monday week", "a week on Tuesday", "a week from Friday" (seven days after
# the coming such day), "tomorrow week", "a week tomorrow" (eight days on)
WEEK_ON = [
    ("Chase the supplier tomorrow week.", "2022-07-06", "tomorrow week", "2022-07-14", "2022-07-14"),
    ("Can the joiner come a week tomorrow?", "2019-03-01", "a week tomorrow", "2019-03-09", "2019-03-09"),
    ("The launch slipped to a week from Friday.", "2019-04-09", "a week from Friday", "2019-04-19", "2019-04-19"),
    ("Let's have lunch Monday week.", "2023-06-21", "Monday week", "2023-07-03", "2023-07-03"),
    ("The hearing resumes a week on Tuesday.", "2023-06-21", "a week on Tuesday", "2023-07-04", "2023-07-04"),
    ("The plumber can come a week Thursday.", "2025-05-06", "a week Thursday", "2025-05-15", "2025-05-15"),
    ("Tickets go on sale a week Friday.", "2025-10-15", "a week Friday", "2025-10-24", "2025-10-24"),
    # a fortnight counts fourteen days; "a week last Tuesday" is seven before last Tuesday; a day set
    # "for a week from Friday" is the day, not a length done on a day
    ("Term ends a fortnight tomorrow.", "2027-05-13", "a fortnight tomorrow", "2027-05-28", "2027-05-28"),
    ("We meet the auditors a fortnight on Monday.", "2027-05-13", "a fortnight on Monday", "2027-05-31",
     "2027-05-31"),
    ("The panel met a week last Tuesday.", "2027-05-13", "a week last Tuesday", "2027-04-27", "2027-04-27"),
    ("Its maiden run from Tilbury, set for a week from Monday, will go ahead.", "2026-01-13", "a week from Monday",
     "2026-01-26", "2026-01-26"),
    # "a week today", "today week", "this day week", "a fortnight today": seven or fourteen days from today
    ("The inquest opens a week today.", "2026-03-04", "a week today", "2026-03-11", "2026-03-11"),
    ("The committee sits again this day week.", "2026-03-04", "this day week", "2026-03-11", "2026-03-11"),
    ("Nominations close a fortnight today.", "2026-03-04", "a fortnight today", "2026-03-18", "2026-03-18"),
    ("The fair opens today week in Galway.", "2026-03-04", "today week", "2026-03-11", "2026-03-11"),
]

# "the night before last", "a couple of days ago"; a weekday's abbreviation after a lead ("push it to
# Mon", "on Sat"); a month with a year after an apostrophe ("March '24")
SHORT_FORMS = [
    ("Who won the game the night before last?", "2022-03-05", "the night before last", "2022-03-03", "2022-03-03"),
    ("I ordered the lamp a couple of days ago.", "2026-12-27", "a couple of days ago", "2026-12-25", "2026-12-25"),
    ("Can we push the call to Mon?", "2026-06-04", "Mon", "2026-06-08", "2026-06-08"),
    ("The boat leaves at 6 on Sat.", "2022-12-18", "Sat", "2022-12-24", "2022-12-24"),
    ("Show me the receipts from March '24.", "2024-05-16", "March '24", "2024-03-01", "2024-03-31"),
    ("Prices peaked in May '21, the report said.", "2024-05-16", "May '21", "2021-05-01", "2021-05-31"),
]

# "coming" and "upcoming" are the first such day or weekend still ahead, this week's when it is
# ("the coming Thursday" said on a Tuesday); "next Thursday" keeps next week's
COMING = [
    ("Book me a haircut for the coming Thursday.", "2024-05-07", "the coming Thursday", "2024-05-09", "2024-05-09"),
    ("The vote is set for this coming Saturday.", "2026-01-29", "this coming Saturday", "2026-01-31", "2026-01-31"),
    ("Want to go kayaking this coming weekend?", "2022-08-10", "this coming weekend", "2022-08-13", "2022-08-14"),
    ("Fans queued for the upcoming Friday's final.", "2025-03-12", "the upcoming Friday", "2025-03-14", "2025-03-14"),
    ("Let's meet the coming Wednesday instead.", "2025-03-12", "the coming Wednesday", "2025-03-19", "2025-03-19"),
    ("The fair opens this coming weekend.", "2025-03-15", "this coming weekend", "2025-03-22", "2025-03-23"),
    ("Book me a haircut for next Thursday.", "2024-05-07", "next Thursday", "2024-05-16", "2024-05-16"),
    ("Tell him I moved the party to June.", "2024-05-07", "June", "2024-06-01", "2024-06-30"),  # a month all the same
    ("The Sunday March 3 vote was close.", "2024-05-07", "The Sunday March 3", "2024-03-03", "2024-03-03"),
]

# A feast alone, which the entity recognizer may take for a person or an event; "the last quarter
# of 2023" is the fourth, "last quarter" alone the one before this.
FEASTS_AND_QUARTERS = [
    ("We are visiting Grandma for Easter.", "2025-03-12", "Easter", "2025-04-20", "2025-04-20"),
    ("We're spending Easter with my parents.", "2024-01-15", "Easter", "2024-03-31", "2024-03-31"),
    ("Who is cooking for Thanksgiving this time?", "2025-10-01", "Thanksgiving", "2025-11-27", "2025-11-27"),
    ("Growth slowed in the last quarter of 2023.", "2024-02-01", "the last quarter of 2023",
     "2023-10-01", "2023-12-31"),
    ("Sales fell last quarter.", "2024-05-01", "last quarter", "2024-01-01", "2024-03-31"),
]

# no date: a month that is a given name or an abbreviation alone (no day, year or lead), a house
# number, a weekday after "a", "every" or "any", a game's half or quarter
NEGATIVE = [
    # a study's time point "at" a numbered week is no calendar week
    "The drug met its main goal at Week 24, the company said.",
    "Kidney function at week 52 is the trial's main measure.",
    "My cousin June is flying in.",
    "My sister April is visiting.",
    "Aunt May is coming for dinner.",
    "Tell Jan the report is late.",
    "Tell April the dinner is on me.",  # the one spoken to, not a month
    "Ask June if she wants the blue one.",
    "Please call May about the tickets.",
    "The Sunday Times broke the story.",  # a paper's title
    "Does the fair fall on a weekend?",  # no one weekend
    "Any weekend suits us.",
    "Every other Friday is payday at the plant.",  # a weekday that recurs
    "The club meets on the first Tuesday of every month.",
    "She sat on the bench by the pier.",  # the verb, not Saturday
    "He reads the Sun on the train.",
    "She writes for the Saturday Evening Post.",
    "The cars never mar the floor.",
    "Ramadan Abdullah spoke to reporters.",
    "Easter Island lies far out in the Pacific.",
    "My address is 1600 Elm Street.",
    "She lives on 2001 Lake Drive.",
    "The office is at 1990 Old Mill Road.",
    "The market opens every Monday.",
    "Any Tuesday works for me.",
    "She won for the 3rd time in a row.",  # an ordinal of a count
    "Thanks for the 2nd round of drinks.",
    "The striker scored a hat trick in the second half.",
    "The Knicks pulled away in the third quarter behind their quarterback.",
]

# a lead keeps an abbreviation; a business sentence keeps its half
# a calendar week by its number ("week 44": ISO weeks, Monday to Sunday)
WEEK_NUMBERS = [
    ("Sailings resume in week 44.", "2025-09-09", "week 44", "2025-10-27", "2025-11-02"),
    ("The loop calls at Westport from Week 44.", "2025-09-09", "Week 44", "2025-10-27", "2025-11-02"),
]
# a week named by the day it starts on ("the week commencing 12 January", "the week starting 4 May")
WEEK_COMMENCING = [
    ("Bins will be emptied in the week commencing 9 March.", "2026-02-02", "the week commencing 9 March",
     "2026-03-09", "2026-03-15"),
    ("Exams are held in the week starting 4 May.", "2026-03-02", "the week starting 4 May", "2026-05-04",
     "2026-05-10"),
]
KEPT = [
    ("Sales rose in Jan. and fell after that.", "2025-10-01", "Jan.", "2025-01-01", "2025-01-31"),
    ("Sales should recover in the second half.", "2025-03-12", "the second half", "2025-07-01", "2025-12-31"),
    ("Revenue rose in the third quarter, beating its goal.", "2025-03-12", "the third quarter",
     "2024-07-01", "2024-09-30"),
    ("The office moved in 2019 to Pine Street.", "2025-10-01", "2019", "2019-01-01", "2019-12-31"),
]


# Chat spellings of relative days, weekdays, "next week" and months (2019-02-11 was a Monday);
# "weds" alone is the verb, as "wed" is
CHAT_SPELLINGS = [
    ("i need the car back by next weds", "2019-02-11", "by next weds", "2019-02-20", "2019-02-20"),
    ("any free slots nxt wk for a haircut?", "2019-02-11", "nxt wk", "2019-02-18", "2019-02-24"),
    ("2morrow i need to sort the permit", "2019-02-11", "2morrow", "2019-02-12", "2019-02-12"),
    ("ring the landlord first thing tomorow", "2019-02-11", "tomorow", "2019-02-12", "2019-02-12"),
    ("does the market shut early 2day", "2019-02-11", "2day", "2019-02-11", "2019-02-11"),
    ("move my dentist to wendsday next week", "2019-02-11", "wendsday next week", "2019-02-20", "2019-02-20"),
    ("book squash for thrusday after next", "2019-02-11", "thrusday after next", "2019-02-21", "2019-02-21"),
    ("He weds on Saturday.", "2019-02-11", "Saturday", "2019-02-16", "2019-02-16"),
]

# Ranges a request names: weekdays of next week written with a dash, days of the month ("from the
# 3rd to the 7th": the next such days, into the next month when the second comes first), and a
# weekday after a day ("from tomorrow until Sunday": the first Sunday after it). 2023-07-12 was a
# Wednesday, 2025-01-20 a Monday, 2024-05-07 a Tuesday.
RANGES = [
    ("im in berlin mon-fri next week, no calls pls", "2025-01-20", "mon-fri next week", "2025-01-27", "2025-01-31"),
    ("can you block tue-thu next week for the offsite", "2024-05-07", "tue-thu next week", "2024-05-14",
     "2024-05-16"),
    ("We stay in Porto from the 3rd to the 7th.", "2023-07-12", "3rd to the 7th", "2023-08-03", "2023-08-07"),
    ("We stayed in Porto from the 3rd to the 7th.", "2023-07-12", "3rd to the 7th", "2023-07-03", "2023-07-07"),
    ("Nobody is home from the 30th until the 4th.", "2023-07-12", "30th until the 4th", "2023-07-30",
     "2023-08-04"),
    ("from tomorrow until sunday im working from home", "2025-01-20", "tomorrow until sunday", "2025-01-21",
     "2025-01-26"),
    ("Roads are shut from today until Monday.", "2025-01-20", "today until Monday", "2025-01-20", "2025-01-27"),
]
RANGES_NEGATIVE = [  # ordinals of a noun, or "between" two bare days (the peer benchmark reads no date)
    "He taught from the 3rd to the 7th grade.",
    "Can you set something up between the 21st and 23rd?",
]

# A period a forecast or an expectation is to reach "by" lies ahead ("are expected to ease by early
# February" in December); a verb of a place's hours the tagger takes for an adjective ("Nominations
# close", "Polls open") keeps the present before the verb of saying after it (2026-12-09 was a
# Wednesday, 2028-12-15 a Friday)
AHEAD_OF_THE_SAYING = [
    ("Prices are expected to ease by early February, analysts said.", "2026-12-09", "by early February",
     "2027-02-01", "2027-02-10"),
    ("Fuel prices are forecast to ease by early February, analysts said.", "2026-12-09", "by early February",
     "2027-02-01", "2027-02-10"),
    ("The firm expects sales to recover by March.", "2026-12-09", "by March", "2027-03-01", "2027-03-31"),
    ("Nominations close on Jan. 8, the party confirmed.", "2028-12-15", "Jan. 8", "2029-01-08", "2029-01-08"),
    ("Nominations close on the 8th, the party confirmed.", "2028-12-15", "8th", "2029-01-08", "2029-01-08"),
    ("Analysts expect third-quarter sales to top forecasts.", "2026-12-09", "third-quarter", "2026-07-01",
     "2026-09-30"),
]

# "this past Monday": the latest Monday, not last week's; "two weeks today", "three weeks on Friday":
# that many weeks after the day named (2018-10-10 was a Wednesday, 2018-10-12 a Friday); "waited two
# weeks on Friday" is a length and a day
JUST_GONE_AND_WEEKS_ON = [
    ("The ferry operator cancelled sailings this past Monday.", "2018-10-10", "this past Monday", "2018-10-08",
     "2018-10-08"),
    ("Talks were held this past Wednesday.", "2018-10-10", "this past Wednesday", "2018-10-03", "2018-10-03"),
    ("The plant reopens two weeks today.", "2018-10-10", "two weeks today", "2018-10-24", "2018-10-24"),
    ("The vote is three weeks on Friday.", "2018-10-10", "three weeks on Friday", "2018-11-02", "2018-11-02"),
    ("Check trains for two weeks tomorrow.", "2018-10-10", "two weeks tomorrow", "2018-10-25", "2018-10-25"),
    ("He waited two weeks on Friday for news.", "2018-10-10", "Friday", "2018-10-05", "2018-10-05"),
]

# A day in figures after its weekday: the weekday tells month-first from day-first, and the year
# (2020-12-11 and 2026-03-06 were Fridays, 2020-11-12 a Thursday, 2025-11-05 and 2026-06-03 Wednesdays)
NUMERIC_AFTER_A_WEEKDAY = [
    ("parcel tracking says ETA fri 12/11", "2020-12-09", "fri 12/11", "2020-12-11", "2020-12-11"),
    ("The vote is on Thursday 12/11.", "2020-12-09", "Thursday 12/11", "2020-11-12", "2020-11-12"),
    ("The fair opens Friday 3/6 at noon.", "2026-02-20", "Friday 3/6", "2026-03-06", "2026-03-06"),
    ("The fair opens Wednesday 3/6 at noon.", "2026-02-20", "Wednesday 3/6", "2026-06-03", "2026-06-03"),
    ("Parents evening is Wednesday 5/11.", "2025-10-20", "Wednesday 5/11", "2025-11-05", "2025-11-05"),
    # neither order falls on the weekday: the weekday alone
    ("The vote is on Monday 12/11.", "2020-12-09", "Monday", "2020-12-14", "2020-12-14"),
]

# A verb whose past is its present ("shut", "cut", "put") with a plural subject, or none, tells no
# tense: a feast is the nearest one (2027-12-20 and 2028-01-10 were Mondays); "the bank cut" is past
EITHER_TENSE = [
    ("Branches shut at noon on Christmas Eve.", "2027-12-20", "Christmas Eve", "2027-12-24", "2027-12-24"),
    ("Banks cut rates on Christmas Eve.", "2028-01-10", "Christmas Eve", "2027-12-24", "2027-12-24"),
    ("put melbourne cup day in the team calendar", "2028-11-01", "melbourne cup day", "2028-11-07", "2028-11-07"),
    ("The bank cut rates on Christmas Eve.", "2028-06-10", "Christmas Eve", "2027-12-24", "2027-12-24"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end"),
                         REQUESTS + PRESENT_STATES + WEEKDAY_RANGES + TWO_AWAY + COMING + CAUSATIVE_AND_OBJECT
                         + DAY_FOR_AND_DAY_FIRST + FORTNIGHTS_AND_GERUNDS + WEEK_ON + WEEK_COMMENCING + WEEK_NUMBERS + SHORT_FORMS
                         + FEASTS_AND_QUARTERS + KEPT + CHAT_SPELLINGS + RANGES + EITHER_TENSE
                         + NUMERIC_AFTER_A_WEEKDAY + AHEAD_OF_THE_SAYING
                         + JUST_GONE_AND_WEEKS_ON)
def test_request_date(dates, text, published, surface, start, end):
    found = [(f.value.start, f.value.end) for got, f in dates(text, published) if got == surface]
    assert found == [(start, end)], dates(text, published)


@pytest.mark.parametrize("text", NEGATIVE + RANGES_NEGATIVE)
def test_no_date(dates, text):
    assert dates(text, "2025-10-01") == []
