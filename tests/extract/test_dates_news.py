"""Date phrasings of news copy beyond the peer benchmark (issue 13), one table per class.

Sentences are invented; each value was checked by hand against a calendar (2024-10-20 was a
Sunday, 2024-10-23 a Wednesday, 2024-10-24 a Thursday, 2025-08-09 a Saturday). A row is
(text, published, surface, start, end, qualifier); a negative row is a text that holds no date.
"""

from __future__ import annotations

import pytest


def _check(dates, text, published, surface, start, end, qualifier):
    found = [(f.value.start, f.value.end, f.qualifier) for got, f in dates(text, published) if got == surface]
    assert found == [(start, end, qualifier)], dates(text, published)


# Quarters and fiscal periods: hyphenated modifiers, "the quarter ended <day>" (the period that
# closes on it), compact "3Q24"/"1H25", fiscal years (the calendar year, approx: whose fiscal year
# it is the phrase does not say).
QUARTERS = [
    # a year told in a relative clause the period is not in names none for it
    ("Lakeland, which sold 410,000 pickups in 2024, said the recall would cost $60 million in the fourth quarter.",
     "2025-12-19", "the fourth quarter", "2025-10-01", "2025-12-31", "exact"),
    ("The insurer, which was founded in 1998, expects a loss in the first quarter.", "2025-12-19",
     "the first quarter", "2026-01-01", "2026-03-31", "exact"),
    # what one "has planned" for a period, or "expects to have done" by it, lies ahead
    ("Orbital has its next launch planned for the first quarter and says it is ready.", "2025-12-08",
     "the first quarter", "2026-01-01", "2026-03-31", "exact"),
    ("The club has two friendlies planned for January and says the squad is fit.", "2025-12-08", "January",
     "2026-01-01", "2026-01-31", "exact"),
    ("Lakeland expects to have repaired most trucks by the end of the first quarter.", "2025-12-19",
     "the first quarter", "2026-01-01", "2026-03-31", "exact"),
    ("The builder hopes to have finished the roof by the end of March.", "2025-12-19", "by the end of March",
     "2026-03-31", "2026-03-31", "at_most"),
    # a period told by the day that closes it: under a future verb the one just closed while its
    # results are still news
    ("The trust will pay a distribution of 2.31 cents for the six months to March 31.", "2026-05-28",
     "the six months to March 31", "2025-10-01", "2026-03-31", "exact"),
    ("The group will report results for the year to June 30 in September.", "2026-08-20", "year to June 30",
     "2025-07-01", "2026-06-30", "exact"),
    # ... and one a past verb reports has begun, whatever its lead: not one still to come
    ("Group revenue for the six months to 31 December fell 4%.", "2026-02-24", "the six months to 31 December",
     "2025-07-01", "2025-12-31", "exact"),
    ("Profit for the half to 31 December rose 9%, the insurer said.", "2026-03-02", "the half to 31 December",
     "2025-07-01", "2025-12-31", "exact"),
    ("Earnings for the quarter to Dec. 31 beat forecasts.", "2026-01-28", "the quarter to Dec. 31",
     "2025-10-01", "2025-12-31", "exact"),
    ("The bank posted third-quarter profit of $2 billion.", "2024-10-22", "third-quarter",
     "2024-07-01", "2024-09-30", "exact"),
    ("Fourth-quarter sales fell 4%, the retailer said.", "2025-02-12", "Fourth-quarter",
     "2024-10-01", "2024-12-31", "exact"),  # reported in February: last year's fourth quarter
    ("Revenue for the quarter ended Sept. 30 rose 8%.", "2024-11-05", "the quarter ended Sept. 30",
     "2024-07-01", "2024-09-30", "exact"),
    # a half-year ended on a day, and "ended" puts the day behind the published one
    ("Profit rose in the half-year ended 31 December.", "2026-02-19", "the half-year ended 31 December",
     "2025-07-01", "2025-12-31", "exact"),
    ("Sales fell in the year ended 31 December.", "2026-02-19", "year ended 31 December",
     "2025-01-01", "2025-12-31", "exact"),
    ("The outlook is for the year ending March 31.", "2026-02-19", "year ending March 31",
     "2025-04-01", "2026-03-31", "exact"),
    ("In the six months to June, losses narrowed.", "2024-08-01", "the six months to June",
     "2024-01-01", "2024-06-30", "exact"),
    ("The year ending March 31, 2024 was its best.", None, "year ending March 31, 2024",
     "2023-04-01", "2024-03-31", "exact"),
    # a retailer's periods in whole weeks
    ("Sales in the 13 weeks ended Jan. 28 rose 3%.", "2024-03-05", "13 weeks ended Jan. 28",
     "2023-10-30", "2024-01-28", "exact"),
    ("Profit for the 52 weeks ended Feb. 1, 2025 fell.", "2025-03-20", "52 weeks ended Feb. 1, 2025",
     "2024-02-04", "2025-02-01", "exact"),
    ("First-half output slipped.", "2023-08-02", "First-half", "2023-01-01", "2023-06-30", "exact"),
    ("Analysts expect second-quarter earnings to beat forecasts.", "2023-07-05", "second-quarter",
     "2023-04-01", "2023-06-30", "exact"),  # a period under an infinitive is not moved ahead
    ("Demand should recover in the second half of the year.", "2023-07-05", "the second half",
     "2023-07-01", "2023-12-31", "exact"),
    ("Sales in 1H25 rose.", "2025-08-01", "1H25", "2025-01-01", "2025-06-30", "exact"),
    ("Margins improved in 3Q24.", None, "3Q24", "2024-07-01", "2024-09-30", "exact"),
    ("The group expects fiscal 2026 revenue to grow.", "2025-05-01", "fiscal 2026",
     "2026-01-01", "2026-12-31", "approx"),
    ("Its FY24 earnings beat forecasts.", None, "FY24", "2024-01-01", "2024-12-31", "approx"),
    ("Spending is flat this fiscal year.", "2024-10-20", "this fiscal year", "2024-01-01", "2024-12-31", "approx"),
    ("Output rose this qtr.", "2024-10-20", "this qtr", "2024-10-01", "2024-12-31", "exact"),
    ("Sales were flat last yr.", "2024-10-20", "last yr", "2023-01-01", "2023-12-31", "exact"),
]
# In earnings copy "a year ago", "a year earlier" and "the year-ago quarter" are the quarter a year before the
# one the sentence reports, "the previous quarter" the one before it; with no quarter in the sentence they
# keep their plain reading.
YEAR_AGO = [
    ("Third-quarter profit rose to $5 billion from $4 billion a year ago.", "2024-10-22", "a year ago",
     "2023-07-01", "2023-09-30", "exact"),
    ("Fourth-quarter sales fell 3% from a year earlier.", "2025-02-04", "a year earlier",
     "2023-10-01", "2023-12-31", "exact"),
    ("In the second quarter, revenue beat the year-ago quarter.", "2024-08-01", "the year-ago quarter",
     "2023-04-01", "2023-06-30", "exact"),
    ("Net income in 3Q24 doubled from a year ago.", None, "a year ago", "2023-07-01", "2023-09-30", "exact"),
    # ... or the month the sentence reports
    ("In September, consumer prices rose 2.9% from a year earlier.", "2025-10-15", "a year earlier",
     "2024-09-01", "2024-09-30", "exact"),
    ("Exports in March were 4% below a year ago.", "2024-04-12", "a year ago", "2023-03-01", "2023-03-31", "exact"),
    ("Profit for the six months to June 30 rose from a year earlier.", "2018-08-29", "a year earlier",
     "2017-01-01", "2017-06-30", "exact"),  # the period's own length
    # ... a year's run of months to a month ("the 12 months to February"), not a calendar year
    ("Wages rose 4.1% in the 12 months to April, down from 5.2% a year earlier.", "2026-05-20", "a year earlier",
     "2024-05-01", "2025-04-30", "exact"),
    # ... or, for a figure set against its year-ago value, the period the lead reported, paragraphs before
    ("Kelvar said profit rose in its fiscal third quarter, the three months ended March 31.\n\nRevenue "
     "reached $2.1 billion, up from $1.8 billion a year earlier.", "2026-04-28", "a year earlier",
     "2025-01-01", "2025-03-31", "exact"),
    ("Profit rose 9% in the half-year ended 30 June.\n\nSales rose to €3.4 billion from €3.1 billion a year "
     "earlier.", "2026-08-20", "a year earlier", "2025-01-01", "2025-06-30", "exact"),
    # ... but not where the sentence dates its own figure (a week of no quarter's grain)
    ("Kelvar said profit rose in its fiscal third quarter, the three months ended March 31.\n\nIn the last week "
     "of April, orders were 12% higher than a year ago.", "2026-05-06", "a year ago", "2025-01-01", "2025-12-31",
     "exact"),
    ("Profit rose 9% in the half-year ended 30 June.\n\nStocks in the first week of August stood at 2.1 million "
     "tonnes, against 1.8 million a year earlier.", "2026-08-20", "a year earlier", "2025-01-01", "2025-12-31",
     "exact"),
    # ... not after a plain year, nor without a figure before the words
    ("The firm was founded in 2019.\n\nSales rose to $5 million from $4 million a year earlier.", "2026-03-18",
     "a year earlier", "2025-01-01", "2025-12-31", "exact"),
    # the whole months of the period reported
    ("The ratio fell to 4.4 percent at the end of September from 5.5 percent a year earlier.", "2018-01-02",
     "a year earlier", "2016-09-01", "2016-09-30", "exact"),
    ("Exports rose 12 percent in the January-November period from the same period a year earlier.", "2023-12-22",
     "a year earlier", "2022-01-01", "2022-11-30", "exact"),
    ("Hired in July, she said sales reached $4 million last year.", "2022-01-03", "last year", "2021-01-01",
     "2021-12-31", "exact"),  # "last year" after a figure takes a quarter only
    # with no period in the sentence: counted from the date the paragraph last named (TIDES: the temporal
    # focus), else from the published date, as a year (a month)
    ("Unemployment fell to 4.1%, from 4.5% a year earlier.", "2025-10-15", "a year earlier", "2024-01-01",
     "2024-12-31", "exact"),
    ("The firm was founded in 2010. Two years later, it listed its shares.", "2024-03-01", "Two years later",
     "2012-01-01", "2012-12-31", "exact"),
    ("He was elected in May 2019. Six months earlier, he had quit the party.", "2024-03-01", "Six months earlier",
     "2018-11-01", "2018-11-30", "exact"),
    ("The firm was founded in 2010.\n\nA year earlier, rents were higher.", "2024-03-01", "A year earlier",
     "2023-01-01", "2023-12-31", "exact"),  # another paragraph: from the published date
    # "the following/previous week, month" after a date the paragraph names counts from it, else from publication
    ("The airline opens a base on June 1 and launches flights the following week.", "2024-05-20",
     "the following week", "2024-06-03", "2024-06-09", "exact"),
    ("The firm collapsed in February 2022 and filed for bankruptcy the following month.", "2024-11-26",
     "the following month", "2022-03-01", "2022-03-31", "exact"),
    ("Cases rose 40% in the week to Feb. 20 compared with the previous week.", "2022-02-27", "the previous week",
     "2022-02-07", "2022-02-13", "exact"),
    ("Prices rose the following month.", "2024-11-26", "the following month", "2024-12-01", "2024-12-31", "exact"),
    ("An inquiry opened in October 1915 and reported the following spring.", "2015-07-19", "the following spring",
     "1916-03-01", "1916-05-31", "exact"),
    ("The dam failed in June 1960, after rains the previous winter.", "2015-07-19", "the previous winter",
     "1959-12-01", "1960-02-29", "exact"),
    # ... and a month named so: the first such month after the focus, or the last before it
    ("A rail inquiry opened on 14 October 1981 and reported the following March.", "2026-06-14",
     "the following March", "1982-03-01", "1982-03-31", "exact"),
    ("The pit closed in June 1984 after a strike that began the previous March.", "2026-06-14",
     "the previous March", "1984-03-01", "1984-03-31", "exact"),
    ("The plant opened in May 2019 and was sold the following May.", "2026-06-14", "the following May",
     "2020-05-01", "2020-05-31", "exact"),
    # the week that closes with a day, the halves of a month
    ("Footfall rose 9% in the week to Tuesday, the mall said.", "2025-03-21", "week to Tuesday",
     "2025-03-12", "2025-03-18", "exact"),
    ("Sales in the week ended April 15 rose 11 percent.", "2000-04-21", "week ended April 15",
     "2000-04-09", "2000-04-15", "exact"),
    # ... and the days or the fortnight that close with a day (2025-03-21 was a Friday)
    ("Admissions rose in the seven days to Sunday.", "2025-03-21", "the seven days to Sunday", "2025-03-10",
     "2025-03-16", "exact"),
    ("Sales were flat in the fortnight to Tuesday.", "2025-03-21", "the fortnight to Tuesday", "2025-03-05",
     "2025-03-18", "exact"),
    ("Cases doubled in the 28 days to Monday.", "2025-03-21", "28 days to Monday", "2025-02-18", "2025-03-17",
     "exact"),
    ("Profit fell in the same year to 31 March 2025.", "2025-06-01", "the same year to 31 March 2025",
     "2024-04-01", "2025-03-31", "exact"),  # "same" adds no anaphor to a period that closes with a date
    # weeks counted from a day the paragraph named, never from a year
    ("It opened on May 2, 2019. A week later it listed.", "2024-03-01", "A week later", "2019-05-09", "2019-05-09",
     "exact"),
    ("The firm was founded in 2019. A week later it listed.", "2024-03-01", "A week later", None, None, "exact"),
    # ... never from the date the count places ("Christmas follows a week later": Christmas is the day counted to)
    ("The last posting day is Thursday, December 18, and Christmas follows a week later.", "2025-11-01",
     "a week later", "2025-12-25", "2025-12-25", "exact"),
    ("The final is on Sunday, May 3, and the replay follows two weeks later.", "2026-02-01", "two weeks later",
     "2026-05-17", "2026-05-17", "exact"),
    # weeks after a weekday: "three weeks from Friday"
    ("The council will publish the list three weeks from Friday.", "2026-10-06", "three weeks from Friday",
     "2026-10-30", "2026-10-30", "exact"),
    ("Talks resume two weeks from Monday, the union said.", "2026-10-06", "two weeks from Monday", "2026-10-26",
     "2026-10-26", "exact"),
    # "a year ago" as the time of an act, beside a month told of another: the year, not that month a year back
    ("Voters approved the loan in November 2024, and the city last sold bonds a year ago.", "2026-02-13",
     "a year ago", "2025-01-01", "2025-12-31", "exact"),
    ("The club signed him in March 2023 and sold him a year ago.", "2026-02-13", "a year ago", "2025-01-01",
     "2025-12-31", "exact"),
    ("Most gifts were bought in the first half of November.", "2012-11-20", "the first half of November",
     "2012-11-01", "2012-11-15", "exact"),
    ("Rain fell in the second half of March 2019.", "2024-01-05", "the second half of March 2019",
     "2019-03-16", "2019-03-31", "exact"),
    # ... and of a month named by its shift from the published one
    ("Repairs are due in the second half of next month.", "2025-11-01", "the second half of next month",
     "2025-12-16", "2025-12-31", "exact"),
    ("Sales slowed in the first half of last month.", "2025-11-01", "the first half of last month", "2025-10-01",
     "2025-10-15", "exact"),
    # a part of a year told without its number takes the year its sentence names
    ("Revenue was flat against the April-June period of 2015.", "2016-06-15", "April-June period of 2015",
     "2015-04-01", "2015-06-30", "range"),
    ("Prices will average $2,400 in 2024, with a recovery in the second half.", "2023-12-22", "the second half",
     "2024-07-01", "2024-12-31", "exact"),
    ("Sales rose in the second half, the company said.", "2024-05-01", "the second half", "2023-07-01", "2023-12-31",
     "exact"),
    ("A plant promised in 2020 would not open until the third quarter of this year.", "2022-02-27",
     "until the third quarter of this year", "2022-07-01", "2022-09-30", "at_most"),  # its own year
    # "the previous quarter" is the one before the quarter the sentence reports, else before the published one
    ("Sales in the quarter ended Sept. 30 were up 3% from the previous quarter.", "2021-10-26",
     "the previous quarter", "2021-04-01", "2021-06-30", "exact"),
    ("Third-quarter sales rose from a year earlier and from the previous quarter.", "2021-10-26",
     "the previous quarter", "2021-04-01", "2021-06-30", "exact"),  # not the one before the year-ago quarter
    ("Fourth-quarter output rose 2% on the prior quarter.", "2024-02-10", "the prior quarter",
     "2023-07-01", "2023-09-30", "exact"),
    ("Revenue fell in the previous quarter.", "2021-10-26", "the previous quarter", "2021-07-01", "2021-09-30",
     "exact"),
    # ... or, with none in its sentence, before the quarter the story leads with
    ("Halden Foods reported higher profit for the quarter ended June 30. Revenue grew 2% over the previous "
     "quarter.", "2025-08-14", "the previous quarter", "2025-01-01", "2025-03-31", "exact"),
    ("Profit rose in the fourth quarter. In the prior quarter, the insurer had lost $40 million.",
     "2025-02-12", "the prior quarter", "2024-07-01", "2024-09-30", "exact"),
    ("Third-quarter net income rose to $2.1 billion from $1.8 billion last year.", "2024-10-24", "last year",
     "2023-07-01", "2023-09-30", "exact"),
    ("Its margin in the second quarter was 9%, against 7% last year.", "2024-08-01", "last year",
     "2023-04-01", "2023-06-30", "exact"),
    ("Third-quarter sales rose, but last year was better.", "2024-10-24", "last year",
     "2023-01-01", "2023-12-31", "exact"),  # no figure before it: the calendar year
    ("The plant opened a year ago.", "2024-10-22", "a year ago", "2023-01-01", "2023-12-31", "exact"),  # TIDES: the year
    # the quarter named is itself a point of comparison: the year-ago period is not its own
    ("Orders trailed the fourth quarter's level but topped a year ago.", "2024-04-30", "a year ago",
     "2023-01-01", "2023-12-31", "exact"),
    ("Sales were lower than in the third quarter, yet higher than a year ago.", "2025-01-28", "a year ago",
     "2024-01-01", "2024-12-31", "exact"),
    ("A year ago, the firm had no debt.", "2024-10-22", "A year ago", "2023-01-01", "2023-12-31", "exact"),
]
QUARTERS_NEGATIVE = [
    "The race took 2h30 in the rain.",
    "He drank a quarter of the bottle.",
    "The quarterback ended the game early.",
    "The fiscal cliff was avoided.",
    "She won the first half of the match.",
    "They led in the second quarter of the game.",
]

# Years as modifiers: a bare year whose noun has an article or possessive before it. A count takes a
# plural noun ("the 2016 people"); copy writes counts of a thousand and more with a comma.
YEAR_MODIFIERS = [
    ("Critics still debate its 2003 invasion of Iraq.", None, "2003", "2003-01-01", "2003-12-31", "exact"),
    ("Critics still debate the US-led 2003 invasion.", None, "2003", "2003-01-01", "2003-12-31", "exact"),
    ("A 1951 treaty governs the islands.", None, "1951", "1951-01-01", "1951-12-31", "exact"),
    ("The company's 2019 results were restated.", None, "2019", "2019-01-01", "2019-12-31", "exact"),
    ("Their 2022 budget was cut twice.", None, "2022", "2022-01-01", "2022-12-31", "exact"),
    ("His 2009 conviction was quashed.", None, "2009", "2009-01-01", "2009-12-31", "exact"),
    ("For 2021 as a whole, sales rose 4%.", None, "2021", "2021-01-01", "2021-12-31", "exact"),
    ("Budget 2024 cut the tax on savings.", None, "2024", "2024-01-01", "2024-12-31", "exact"),  # a record's year
    ("The Census 2021 counted 67 million people.", None, "2021", "2021-01-01", "2021-12-31", "exact"),
    # centuries as TimeML writes them (value "19": 1900-1999); "the year two thousand"
    ("The 20th century saw two world wars.", None, "20th century", "1900-01-01", "1999-12-31", "exact"),
    ("It was built in the early twentieth century.", None, "the early twentieth century",
     "1900-01-01", "1933-12-31", "approx"),
    ("Banks feared a bug in the year two thousand.", None, "the year two thousand",
     "2000-01-01", "2000-12-31", "exact"),
]
# a decade in words after "the": the latest such decade before the published year (as "the '90s");
# "the twenties" is left out (the 1920s or this decade)
DECADE_WORDS = [
    ("My parents met in the seventies at a dance hall.", "2026-09-26", "the seventies", "1970-01-01",
     "1979-12-31", "exact"),
    ("House prices doubled in the nineties.", "2025-04-02", "the nineties", "1990-01-01", "1999-12-31", "exact"),
    ("The noughties brought cheap credit.", "2025-04-02", "The noughties", "2000-01-01", "2009-12-31", "exact"),
    ("Disco ruled the late seventies.", "2025-04-02", "the late seventies", "1977-01-01", "1979-12-31", "approx"),
    ("The mill closed in the early sixties.", "2025-04-02", "the early sixties", "1960-01-01", "1963-12-31",
     "approx"),
    # the century the published year is in, or the one before
    ("The flood was the city's worst this century.", "2024-05-01", "this century", "2000-01-01", "2099-12-31",
     "exact"),
    # a decade told from the article's: this one, the next, and the rest of this one
    ("Exports have grown every year this decade.", "2026-04-01", "this decade", "2020-01-01", "2029-12-31", "exact"),
    ("The line will reach the airport next decade.", "2026-04-01", "next decade", "2030-01-01", "2039-12-31",
     "exact"),
    ("A new port opens later this decade.", "2027-03-13", "later this decade", "2027-03-13", "2029-12-31", "approx"),
    ("The bridge was built last century.", "2024-05-01", "last century", "1900-01-01", "1999-12-31", "exact"),
]
YEAR_MODIFIERS_NEGATIVE = [
    "Sales doubled over the last decade.",  # the ten years to now, a span
    # a decade of a life, of heat or of a score
    "A man in his seventies was hurt in the crash.",
    "Men in their forties and fifties were most at risk.",
    "She is in her early forties.",
    "Highs will be in the seventies all week.",
    "Temperatures climbed into the nineties by noon.",
    "Shares of the firm traded in the sixties.",
    "The Roaring Twenties were loud.",
    # a four-digit figure that numbers a name
    "Flight 1549 landed safely on the river.",
    "Fans queued outside Gate 2012 before kick-off.",
    "The probe will reach the asteroid 1999 Verona, its makers say.",
    "Members of Teamsters Local 1932 voted to strike.",
    "The ship Ocean Star 1996 was held in port.",
    "He worked for 21st Century Fox in Los Angeles.",
    "The studio, 20th Century-Fox, was sold.",
    "There were 2016 people at the rally.",
    "The 2016 people who came were fed.",
    "Another 2000 troops arrived.",
    "Another 1990 votes were cast.",
    "He scored 1951 points in his career.",
    "Police were called to the 1900 block of Elm Street.",
    "It was a 2000 mile trek.",
]

# A date with no year written: the weekday fixes the year ("Sat, Aug 9"); an infinitive under a
# present verb ("is set to", "is due to") looks ahead, one under a past verb does not.
DATELESS = [
    ("Talks are set to resume Monday.", "2024-10-20", "Monday", "2024-10-21", "2024-10-21", "exact"),
    # a past verb joined to a clause in the future, with a subject of its own, keeps its own tense
    ("The club will play five matches, and the manager said on Thursday that it was brutal.", "2025-12-19",
     "Thursday", "2025-12-18", "2025-12-18", "exact"),
    ("Trains will run less often, and the union said on Monday it would strike.", "2025-12-19", "Monday",
     "2025-12-15", "2025-12-15", "exact"),
    # ... a bare verb joined to one shares its helper
    ("The council will meet and publish the results on Monday.", "2025-12-19", "Monday", "2025-12-22",
     "2025-12-22", "exact"),
    ("The board is expected to vote Tuesday.", "2024-10-24", "Tuesday", "2024-10-29", "2024-10-29", "exact"),
    # a participle of expecting in the present passive looks ahead; a present participle the parser hangs
    # off "be" takes the tense of "will be"
    ("A ruling is expected in June.", "2025-10-06", "June", "2026-06-01", "2026-06-30", "exact"),
    ("Talks are scheduled for August.", "2025-10-06", "August", "2026-08-01", "2026-08-31", "exact"),
    ("A ruling was expected in June.", "2025-10-06", "June", "2025-06-01", "2025-06-30", "exact"),
    ("The series will be streaming from early March.", "2025-09-10", "early March", "2026-03-01", "2026-03-10",
     "exact"),
    ("The court convened Monday.", "2024-10-24", "Monday", "2024-10-21", "2024-10-21", "exact"),
    # ... and under a past verb of hoping or expecting, what was hoped for lies ahead
    ("The chain said it expected its busiest day to be Saturday.", "2000-04-21", "Saturday", "2000-04-22",
     "2000-04-22", "exact"),
    ("Ministers hoped to hold the vote in late July.", "1997-03-09", "late July", "1997-07-21", "1997-07-31",
     "approx"),
    ("The final is on Sat, Aug 9.", "2024-10-20", "Sat, Aug 9", "2025-08-09", "2025-08-09", "exact"),
    ("Doors opened on Friday, March 7.", "2025-06-01", "Friday, March 7", "2025-03-07", "2025-03-07", "exact"),
    # ... a weekday fitting only a year long gone is mistyped: the tense places the day
    ("The court will sit on Friday 14 March.", "2026-11-20", "Friday 14 March", "2027-03-14", "2027-03-14", "exact"),
    ("The ferry will sail on Monday 3 February.", "2026-12-01", "Monday 3 February", "2027-02-03", "2027-02-03",
     "exact"),
    # ... but one fitting the year after next is told ahead (term dates)
    ("Pupils return on Monday 12 April.", "2026-01-24", "Monday 12 April", "2027-04-12", "2027-04-12", "exact"),
    # within a month of the published date a wrong weekday is a slip: the date stays in its year
    ("Talks resume on Wednesday, March 12.", "2024-03-20", "Wednesday, March 12", "2024-03-12", "2024-03-12", "exact"),
    # a list's ordinal word before a month with its own day counts the list: the day is the figure
    ("Instalments are due June 15, the third Sept. 15 and the last Jan. 15, 2027.", "2026-03-29", "Sept. 15",
     "2026-09-15", "2026-09-15", "exact"),
    ("Instalments are due June 15, the third Sept. 15 and the last Jan. 15, 2027.", "2026-03-29",
     "Jan. 15, 2027", "2027-01-15", "2027-01-15", "exact"),
    ("The second vote is on Oct. 3 and the last Nov. 7.", "2026-09-01", "Nov. 7", "2026-11-07", "2026-11-07",
     "exact"),
    # a two-digit number after a day and month with a comma or a space is no year of it
    ("The parliament must meet by 25 March, 30 days after the vote.", "2025-02-24", "by 25 March", "2025-03-25",
     "2025-03-25", "at_most"),
    ("The form is dated 25-Mar-25.", "2025-04-02", "25-Mar-25", "2025-03-25", "2025-03-25", "exact"),
    ("The deed is dated 2 June of 98.", "2025-04-02", "2 June of 98", "1998-06-02", "1998-06-02", "exact"),
    # "24/7" is round the clock, no day a range could start on
    ("Cooling centres will stay open 24/7 until Aug. 31.", "2025-07-28", "until Aug. 31", "2025-08-31",
     "2025-08-31", "at_most"),
    ("He is due to be sentenced on March 10.", "2024-10-20", "March 10", "2025-03-10", "2025-03-10", "exact"),
    ("He was ordered to appear in court on April 2.", "2024-10-20", "April 2", "2024-04-02", "2024-04-02", "exact"),
    # a deadline set by an order still standing lies ahead of it, though the nearest month is behind
    ("The watchdog has told landlords to fit smoke alarms by December.", "2026-04-24", "by December",
     "2026-12-01", "2026-12-31", "at_most"),
    ("The ministry has asked schools to fit air filters by October.", "2026-02-20", "by October",
     "2026-10-01", "2026-10-31", "at_most"),
    ("The new code requires landlords to replace the boilers before November.", "2026-03-10",
     "before November", "2026-11-01", "2026-11-30", "at_most"),
    # ... an order in the past may be long gone: the nearest
    ("The council was asked to pass the budget before Christmas.", "2026-01-20", "before Christmas",
     "2025-12-25", "2025-12-25", "at_most"),
    # an event noun the tagger reads as a gerund is timed under the verb above it
    ("Tolley must also attend a confiscation hearing on 3 March.", "2024-11-15", "3 March",
     "2025-03-03", "2025-03-03", "exact"),
    ("The council will vote after a public meeting on Feb. 4.", "2024-11-15", "Feb. 4", "2025-02-04", "2025-02-04", "exact"),
    ("She attended a hearing on March 3.", "2024-11-15", "March 3", "2024-03-03", "2024-03-03", "exact"),
    # an infinitive under "will" or a modal lies ahead with it
    ("Prosecutors will seek to recover the assets at a hearing in March.", "2024-11-15", "March",
     "2025-03-01", "2025-03-31", "exact"),
    ("The firm may try to reopen the plant on April 8.", "2024-11-15", "April 8", "2025-04-08", "2025-04-08", "exact"),
    ("The dividend is payable March 3 to holders of record Feb. 14.", "2024-01-10", "Feb. 14",
     "2024-02-14", "2024-02-14", "exact"),
    ("He was freed on Dec. 19 after the trial.", "2025-02-10", "Dec. 19", "2024-12-19", "2024-12-19", "exact"),
    # the present perfect takes no day of the past ("has paid it on May 3" is not said): a date under
    # one times what was arranged, the nearest such date, ahead or behind
    ("The ministry has declared October 6 a holiday.", "2027-09-29", "October 6", "2027-10-06", "2027-10-06",
     "exact"),
    ("The union has drawn up plans for a strike in the first week of January.", "2027-12-01",
     "the first week of January", "2028-01-01", "2028-01-07", "exact"),
    ("The council has named June 12 as polling day.", "2026-06-01", "June 12", "2026-06-12", "2026-06-12", "exact"),
    ("The firm has filed its accounts for November.", "2026-02-10", "November", "2025-11-01", "2025-11-30", "exact"),
    ("Exports have grown since the harvest in July.", "2026-02-10", "July", "2025-07-01", "2025-07-31", "exact"),
    # a time of day the tagger takes for a past participle tells no past ("begins at sundown on")
    ("Hanukkah begins at sundown on Dec. 14, and the festival ends on Dec. 22.", "2025-11-30", "Dec. 14",
     "2025-12-14", "2025-12-14", "exact"),
    ("The feast begins at sundown on Oct. 6, and the season ends on Oct. 15.", "2025-09-21", "Oct. 6",
     "2025-10-06", "2025-10-06", "exact"),
]

DATELESS_NEGATIVE = [
    "He threw a double 11 and lost the game.",  # no capital: no shopping day
    # a telephone number's last group, a code with letters
    "The city's hotline, 602-534-1995, takes calls from 6 a.m.",
    "Call the help line on 602-534-1995 for advice.",
    "The fault is in part 1994-B of the engine.",
    # a record over the span before now, not a time ahead; a title
    "Output fell to its lowest level in a decade.",
    "It is the first strike at the plant in 30 years.",
    "The index posted its biggest weekly fall in five years.",
    # ... nor the time a past act took ("in" the span within which it was done)
    "The gauge at the dam recorded 90 millimetres of rain in 12 hours.",
    "The climbers reached the summit in six days.",
    "The charity had raised $2 million in three weeks.",
    "The findings appear in the journal Psychology Today.",
    "He was a columnist for USA Today.",
    "He sat, May said, for hours.",
    "The Sun, Mars and the Moon aligned.",
    "She sat down and read the Sun on the train.",
    "Do you have a car?",
    "You may go now.",
    # a season word naming a kind of the noun after it, not a time
    "The players fly in from spring training in Arizona.",
    "The squad returned from winter camp in Spain.",
    "Players report for summer training in Dublin.",
    "Ministers will publish the spring statement with new forecasts.",
    # "last" the verb: a length, not the span just gone
    "The inquiry could last six weeks.",
    "The works will last three months, the council said.",
    "Supplies are expected to last two more weeks.",
]

# Weeks and parts of periods. Parts of a week: Monday-Tuesday, Wednesday-Thursday, Friday-Sunday.
WEEKS_AND_PARTS = [
    ("It happened in the last week of June 2019.", "2024-10-20", "the last week of June 2019",
     "2019-06-24", "2019-06-30", "exact"),
    ("Orders doubled in the first week of May 2021.", "2024-10-20", "the first week of May 2021",
     "2021-05-01", "2021-05-07", "exact"),  # a month's first week: its days 1-7, as annotators read it
    ("Talks were postponed to the second week of March 2023.", "2024-10-20", "the second week of March 2023",
     "2023-03-08", "2023-03-14", "exact"),
    ("Shares fell in the final week of December 2024.", "2025-01-06", "the final week of December 2024",
     "2024-12-30", "2025-01-05", "exact"),  # the last week: the week of the month's last day, as the peer reads it
    # ... and so told without a year under a past verb: last year's, by the same days
    ("Stalls were packed in the third week of March.", "2026-02-10", "the third week of March",
     "2025-03-15", "2025-03-21", "exact"),
    ("Hotels were full in the last week of June.", "2026-03-03", "the last week of June", "2025-06-30",
     "2025-07-06", "exact"),
    ("The talks stalled at the beginning of this week.", "2024-10-23", "the beginning of this week",
     "2024-10-21", "2024-10-22", "approx"),
    ("Prices fell toward the end of last week.", "2024-10-23", "the end of last week",
     "2024-10-18", "2024-10-20", "approx"),
    ("A ruling is expected by the end of the day.", "2024-10-23", "by the end of the day",
     "2024-10-23", "2024-10-23", "at_most"),
    ("They met on the second day of March.", None, "the second day of March", "--03-02", "--03-02", "exact"),
    ("The offer lapses on the last day of June 2025.", None, "the last day of June 2025",
     "2025-06-30", "2025-06-30", "exact"),
]
WEEKS_AND_PARTS_NEGATIVE = [
    "The second day was the hardest.",
    "He took a week off.",
    "At the end of the day, it is a game.",
    "But at the end of the day, voters decide.",
    "The last day of school is fun.",
    "Rest is the best part of the week.",
]

# Holidays with a year and their common names. Easter and its feasts by the Gregorian computus;
# Ramadan and the Eids by the tabular Islamic calendar (approx: countries go by the moon sighting).
HOLIDAYS = [
    ("We met on Easter 2019.", None, "Easter 2019", "2019-04-21", "2019-04-21", "exact"),
    ("Shops close on Good Friday 2020.", None, "Good Friday 2020", "2020-04-10", "2020-04-10", "exact"),
    ("Markets are shut on Easter Monday.", "2024-03-20", "Easter Monday", "2024-04-01", "2024-04-01", "exact"),
    ("Shops closed early during Ramadan 2021.", None, "Ramadan 2021", "2021-04-13", "2021-05-12", "approx"),
    ("Families gathered for Eid al-Fitr 2024.", None, "Eid al-Fitr 2024", "2024-04-10", "2024-04-10", "approx"),
    ("The store stays open on Christmas Eve 2022.", None, "Christmas Eve 2022", "2022-12-24", "2022-12-24", "exact"),
    ("We close on xmas.", "2024-10-20", "xmas", "2024-12-25", "2024-12-25", "exact"),
    ("It was a good Friday for stocks.", "2024-10-20", "Friday", "2024-10-18", "2024-10-18", "exact"),  # no feast
    ("Reservoirs fell after a dry September.", "2024-10-20", "September", "2024-09-01", "2024-09-30", "exact"),
    ("Banks are closed on MLK day.", "2025-01-10", "MLK day", "2025-01-20", "2025-01-20", "exact"),
    ("Fireworks are planned for New Year's Eve.", "2024-12-01", "New Year's Eve",
     "2024-12-31", "2024-12-31", "exact"),
]
# Feasts of other calendars and national days: the Hebrew calendar by its arithmetic (the first full
# day; the feast begins at sundown before it), Orthodox Easter by the Julian computus, Mardi Gras 47
# days before Easter. "Election day" is no holiday: it is the day of whichever election the story is about.
MORE_HOLIDAYS = [
    # feasts of other countries' calendars, fixed and counted (from Easter, from a month's weekdays)
    ("Dawn services will mark Anzac Day in Sydney.", "2023-04-10", "Anzac Day", "2023-04-25", "2023-04-25", "exact"),
    ("We are hosting a supper on Burns Night.", "2027-01-10", "Burns Night", "2027-01-25", "2027-01-25", "exact"),
    ("The pubs stay open late on Hogmanay.", "2025-12-01", "Hogmanay", "2025-12-31", "2025-12-31", "exact"),
    ("Families build altars for the Day of the Dead.", "2026-10-20", "Day of the Dead", "2026-11-02",
     "2026-11-02", "exact"),
    ("Wreaths were laid on Remembrance Sunday.", "2021-11-20", "Remembrance Sunday", "2021-11-14", "2021-11-14",
     "exact"),
    ("We drove north for Canadian Thanksgiving.", "2022-10-15", "Canadian Thanksgiving", "2022-10-10",
     "2022-10-10", "exact"),
    ("The Boston race is run on Patriots' Day.", "2026-04-01", "Patriots' Day", "2026-04-20", "2026-04-20", "exact"),
    # national days and feasts no other country names another day by
    ("The new font will be unveiled on Hangul Day.", "2026-06-02", "Hangul Day", "2026-10-09", "2026-10-09", "exact"),
    ("Poppies will be worn on Remembrance Day.", "2026-10-20", "Remembrance Day", "2026-11-11", "2026-11-11",
     "exact"),
    ("Montreal will close streets for Saint-Jean-Baptiste Day.", "2027-05-30", "Saint-Jean-Baptiste Day",
     "2027-06-24", "2027-06-24", "exact"),
    ("Crowds will fill Flemington on Melbourne Cup Day.", "2027-09-10", "Melbourne Cup Day", "2027-11-02",
     "2027-11-02", "exact"),
    ("Offices will shut on Indigenous Peoples' Day.", "2026-09-20", "Indigenous Peoples' Day", "2026-10-12",
     "2026-10-12", "exact"),
    ("Swiss trains will run a Sunday timetable on Ascension Day.", "2026-04-10", "Ascension Day", "2026-05-14",
     "2026-05-14", "exact"),
    ("Traffic will peak on Assumption Day.", "2026-07-30", "Assumption Day", "2026-08-15", "2026-08-15", "exact"),
    ("Bus fares will be waived on Waitangi Day.", "2027-01-20", "Waitangi Day", "2027-02-06", "2027-02-06", "exact"),
    # Ireland's St Stephen's Day and Women's Christmas, Kenya's national days, England's quarter days
    ("Race meetings are held on St Stephen's Day.", "2026-12-01", "St Stephen's Day", "2026-12-26", "2026-12-26",
     "exact"),
    ("The choir sings again on Nollaig na mBan.", "2026-12-20", "Nollaig na mBan", "2027-01-06", "2027-01-06",
     "exact"),
    ("The president will speak on Madaraka Day.", "2026-05-20", "Madaraka Day", "2026-06-01", "2026-06-01", "exact"),
    ("Parades will mark Jamhuri Day.", "2026-11-20", "Jamhuri Day", "2026-12-12", "2026-12-12", "exact"),
    ("The tenancy ends at Michaelmas.", "2026-07-01", "Michaelmas", "2026-09-29", "2026-09-29", "exact"),
    ("Farm leases run out on Lady Day.", "2027-01-10", "Lady Day", "2027-03-25", "2027-03-25", "exact"),
    # China's shopping days, named by their dates
    ("Retailers stocked up for Double 11, the biggest sales day.", "2025-10-15", "Double 11", "2025-11-11",
     "2025-11-11", "exact"),
    ("Some discounts last until Double 12.", "2025-10-15", "until Double 12", "2025-12-12", "2025-12-12", "at_most"),
    ("Online sales on Singles' Day rose 12 per cent.", "2025-10-15", "Singles' Day", "2024-11-11", "2024-11-11",
     "exact"),
    # Korea's lunar feasts by the Chinese lunisolar tables; the Eids by their Malay names
    ("Trains out of Seoul will be full for Chuseok.", "2026-08-01", "Chuseok", "2026-09-25", "2026-09-25", "exact"),
    ("Families will gather for Seollal.", "2026-01-05", "Seollal", "2026-02-17", "2026-02-17", "exact"),
    ("Malls will stay open late for Hari Raya Haji.", "2026-04-20", "Hari Raya Haji", "2026-05-27", "2026-05-27",
     "approx"),
    # England's bank holidays on Mondays, and Epiphany
    ("The museum will open on the spring bank holiday.", "2026-04-01", "the spring bank holiday", "2026-05-25",
     "2026-05-25", "exact"),
    ("Roadworks will stop for the August bank holiday.", "2026-07-01", "August bank holiday", "2026-08-31",
     "2026-08-31", "exact"),
    ("The market will close on the early May bank holiday.", "2026-04-01", "the early May bank holiday",
     "2026-05-04", "2026-05-04", "exact"),
    ("The season's last race will be held on Epiphany.", "2025-12-20", "Epiphany", "2026-01-06", "2026-01-06",
     "exact"),
    ("Stock up on eggs for Pancake Day.", "2025-02-20", "Pancake Day", "2025-03-04", "2025-03-04", "exact"),
    ("Florists are busiest on Mothering Sunday.", "2020-03-01", "Mothering Sunday", "2020-03-22", "2020-03-22",
     "exact"),
    ("Berlin marks German Unity Day with a street party.", "2026-09-20", "German Unity Day", "2026-10-03",
     "2026-10-03", "exact"),
    ("Amsterdam turns orange on King's Day.", "2028-04-01", "King's Day", "2028-04-27", "2028-04-27", "exact"),
    # ... but Three Kings Day is the Epiphany, as Spanish and Latin American copy names it
    ("Children in Seville wait for Three Kings Day and its gifts.", "2025-12-20", "Three Kings Day", "2026-01-06",
     "2026-01-06", "exact"),
    ("The parade returns on Three Kings' Day.", "2026-12-01", "Three Kings' Day", "2027-01-06", "2027-01-06",
     "exact"),
    # an event held on the feast's own day is dated by it
    ("Veterans Day ceremonies will be held at the cenotaph.", "2018-11-01", "Veterans Day", "2018-11-11",
     "2018-11-11", "exact"),
    ("The Canada Day fireworks were cancelled by the storm.", "2024-07-03", "The Canada Day", "2024-07-01",
     "2024-07-01", "exact"),
    ("Memorial Day parades drew crowds in Boston.", "2025-05-28", "Memorial Day", "2025-05-26", "2025-05-26", "exact"),
    # names as they are written with an apostrophe, and "Valentine's" for the day
    ("Schools close on Presidents' Day.", "2027-01-10", "Presidents' Day", "2027-02-15", "2027-02-15", "exact"),
    ("The store opens late on President's Day.", "2026-02-01", "President's Day", "2026-02-16", "2026-02-16", "exact"),
    ("He proposed on Valentine's.", "2025-03-01", "Valentine's", "2025-02-14", "2025-02-14", "exact"),
    ("We booked a table for Valentine's.", "2026-01-20", "Valentine's", "2026-02-14", "2026-02-14", "exact"),
    # feasts of lunisolar calendars, from python-holidays' tables (dates checked against published calendars)
    ("Migrant workers head home for the Lunar New Year.", "2003-01-20", "the Lunar New Year", "2003-02-01",
     "2003-02-01", "exact"),
    ("Sales during Chinese New Year 2019 rose 8%.", "2019-05-01", "Chinese New Year 2019", "2019-02-05",
     "2019-02-05", "exact"),
    ("Jewellers expect brisk trade before Diwali.", "2017-10-02", "before Diwali", "2017-10-19", "2017-10-19",
     "at_most"),
    ("Fares stay high until the Lantern Festival.", "2024-02-01", "until the Lantern Festival", "2024-02-24",
     "2024-02-24", "at_most"),
    ("Mooncakes sold out before the Mid-Autumn Festival.", "2024-09-20", "before the Mid-Autumn Festival",
     "2024-09-17", "2024-09-17", "at_most"),
    ("Temples in Singapore were packed on Vesak Day.", "2024-05-24", "Vesak Day", "2024-05-22", "2024-05-22",
     "exact"),
    ("Lanterns go up in Penang before Wesak.", "2025-05-02", "before Wesak", "2025-05-12", "2025-05-12", "at_most"),
    # the eve of a feast is the day before it (before the first day of one that lasts)
    ("Lorries will be barred from the highways on the eve of Hari Raya Haji.", "2026-05-24",
     "the eve of Hari Raya Haji", "2026-05-26", "2026-05-26", "approx"),  # the tabular Islamic calendar
    ("Families gather for dinner on Lunar New Year's Eve.", "2026-02-10", "Lunar New Year's Eve", "2026-02-16",
     "2026-02-16", "exact"),
    ("Sweet shops stay open late on the eve of Diwali.", "2017-10-02", "the eve of Diwali", "2017-10-18",
     "2017-10-18", "exact"),
    # "last", "this", "next" before a feast: the one before or after the published day, or this year's
    ("Last Easter, rain kept shoppers at home.", "2000-04-21", "Last Easter", "1999-04-04", "1999-04-04", "exact"),
    ("Toy sales last Christmas were weak.", "2023-03-02", "last Christmas", "2022-12-25", "2022-12-25", "exact"),
    ("Next Christmas the depot will close.", "2023-12-28", "Next Christmas", "2024-12-25", "2024-12-25", "exact"),
    ("This Thanksgiving, fares are higher.", "2023-10-02", "This Thanksgiving", "2023-11-23", "2023-11-23", "exact"),
    ("Last Ramadan, sales rose 9 percent.", "2025-03-21", "Last Ramadan", "2024-03-11", "2024-04-09", "approx"),  # under way
    ("Shops close before the May Day holiday.", "2023-04-20", "May Day", "2023-05-01", "2023-05-01", "exact"),
    # a part of the feast's day
    ("Police were called on Halloween night.", "2023-11-02", "Halloween", "2023-10-31", "2023-10-31", "exact"),
    ("Stores will open on Thanksgiving evening.", "2023-11-01", "Thanksgiving", "2023-11-23", "2023-11-23",
     "exact"),
    ("Families gather for Passover 2024.", None, "Passover 2024", "2024-04-23", "2024-04-23", "exact"),
    ("Synagogues fill on Yom Kippur.", "2024-08-01", "Yom Kippur", "2024-10-12", "2024-10-12", "exact"),
    # "the X holiday(s)" is the feast's time, not the feast in general
    ("Sales slowed before the Thanksgiving holiday.", "2024-11-26", "Thanksgiving", "2024-11-28", "2024-11-28",
     "exact"),
    ("Shops reopen after the Easter holidays.", "2025-04-15", "Easter", "2025-04-20", "2025-04-20", "exact"),
    ("Rosh Hashanah 2025 starts a new year.", None, "Rosh Hashanah 2025", "2025-09-23", "2025-09-23", "exact"),
    ("The menorah is lit on Hanukkah 2022.", None, "Hanukkah 2022", "2022-12-19", "2022-12-19", "exact"),
    ("Orthodox Easter falls on a late date in 2024.", "2024-03-01", "Orthodox Easter", "2024-05-05", "2024-05-05",
     "exact"),
    ("Parades are planned for Mardi Gras.", "2024-01-10", "Mardi Gras", "2024-02-13", "2024-02-13", "exact"),
    ("Veterans marched on Armistice Day 2022.", None, "Armistice Day 2022", "2022-11-11", "2022-11-11", "exact"),
    ("Protesters marched on May Day.", "2023-06-01", "May Day", "2023-05-01", "2023-05-01", "exact"),
    ("Crowds gathered on Bastille Day 2023.", None, "Bastille Day 2023", "2023-07-14", "2023-07-14", "exact"),
]
HOLIDAYS_NEGATIVE = [
    "Valentine's lawyer declined to comment.",
    "The election day rules were changed by the commission.",
    "Turnout on election day was high in Mexico.",
    "Holocaust Remembrance Day drew crowds.",
    "Vigils were held on Transgender Remembrance Day.",  # another day's name ends with the feast's
    "Christmas shopping started early.",
    "The Christmas market opens in the square.",  # weeks of it, no one day
    "Halloween costumes sold out fast.",
    "He may day-trade stocks.",
    "Easter Island lies far out in the Pacific.",
    "Ramadan Abdullah spoke to reporters.",
    "Do you have a car?",
    "You may go now.",
    "They march on the capital.",
]


# "the new year": the year about to begin when said in a year's second half, else the one begun;
# "the New Year holiday" its first day; never the Lunar or Chinese New Year, nor "a new year"
NEW_YEAR = [
    # the end of a range from a day: New Year's Day, not the year
    ("The plant shuts between Christmas and New Year.", "2026-12-03", "between Christmas and New Year",
     "2026-12-25", "2027-01-01", "range"),
    ("Fares are frozen from Boxing Day to New Year.", "2025-11-20", "Boxing Day to New Year", "2025-12-26",
     "2026-01-01", "range"),
    ("Talks will resume in the new year.", "2025-12-18", "the new year", "2026-01-01", "2026-12-31", "exact"),
    ("Prices rise after the New Year, the retailer said.", "2019-11-02", "the New Year", "2020-01-01", "2020-12-31",
     "exact"),
    ("Hiring slowed in the new year, the survey showed.", "2024-02-10", "the new year", "2024-01-01", "2024-12-31",
     "exact"),
    ("Shops reopened after the New Year holiday.", "2017-01-03", "the New Year holiday", "2017-01-01", "2017-01-01",
     "exact"),
]


NEW_YEAR_NEGATIVE = ["It was a new year for the club.",  # the Lunar New Year is its own feast (MORE_HOLIDAYS)
                     # ... and before a name's capitalised word, an event or a list named for it
                     "The tour ends with the New Year Test in Sydney.",
                     "She was made a dame in the New Year Honours."]


# "the weekend of <a day>": the Saturday and Sunday nearest that day (2025-06-21 and 2025-05-17 were
# Saturdays, 2024-03-08 a Friday, 2025-06-16 a Monday), never this weekend
WEEKEND_OF_A_DAY = [
    ("The regatta is held on the weekend of June 21.", "2025-06-04", "the weekend of June 21", "2025-06-21",
     "2025-06-22", "exact"),
    ("The fair was held over the weekend of May 17-18.", "2025-06-04", "the weekend of May 17-18", "2025-05-17",
     "2025-05-18", "exact"),
    ("Crews worked through the weekend of March 8, 2024.", "2025-06-04", "the weekend of March 8, 2024",
     "2024-03-09", "2024-03-10", "exact"),
    ("The derby falls on the weekend of the 21st.", "2025-06-04", "the weekend of the 21st", "2025-06-21",
     "2025-06-22", "exact"),
    ("Fans camped out the weekend of June 16, 2025.", None, "the weekend of June 16, 2025", "2025-06-14",
     "2025-06-15", "exact"),
]
WEEKEND_OF_A_DAY_NEGATIVE = ["It was a weekend of rain and wind.", "The club hosted a weekend of music.",
                             # a weekend a word before it names is no this weekend
                             "Families plan a four-day weekend.",
                             "Crowds packed the beaches over the Pride weekend.",
                             "The shop closes for the bank holiday weekend.",
                             # ... nor "the same" one, of another year or event
                             "Three people drowned over the same weekend.",
                             "Police made 40 arrests over the same weekend."]


# "the turn of the century": the years either side of the last hundred begun (TIMEX2 marks it approx);
# of a century named, that century's start
TURN_OF_A_CENTURY = [
    ("The town's population has doubled since the turn of the century.", "2026-06-20", "since the turn of the century",
     "1999-01-01", "2001-12-31", "at_least"),
    ("Her family emigrated around the turn of the 20th century.", "2019-11-09", "the turn of the 20th century",
     "1899-01-01", "1901-12-31", "approx"),
    ("The mill was rebuilt at the turn of the millennium.", "2019-11-09", "the turn of the millennium",
     "1999-01-01", "2001-12-31", "approx"),
    ("Steam engines ran the mills at the turn of the 19th century.", None, "the turn of the 19th century",
     "1799-01-01", "1801-12-31", "approx"),
]
TURN_OF_A_CENTURY_NEGATIVE = ["It was a strange turn of events.", "The road takes a sharp turn at the century-old oak."]


# a weekday in a name: after an honorific, or after a capitalised word that follows an article or a
# participle (a ship, a chain, a character); a wire's "Microsoft Tuesday reported" is still the day
WEEKDAY_IN_A_NAME_NEGATIVE = [
    "The Cypriot-flagged Nordic Friday ran aground near the lock.",
    "The Ruby Tuesday restaurant chain filed for bankruptcy protection.",
    "Her Mrs. Tuesday picture books sold well abroad.",
    "Inspectors boarded the Baltic Sunday in the harbour.",
]
# a weekday, month or feast word in a name: before a capitalised place noun, in apposition to a
# common noun, after "the" before a capitalised word (a month), ending a person's name; a date in
# a short capitalised quotation beside a noun for a work or an offer
DATE_WORD_IN_A_NAME_NEGATIVE = [
    "The bakery on Friday Street has been sold.",
    "Protesters gathered in November Square.",
    "The racehorse Monday Legend won by a length.",
    "SUVA (Sunday Island Wire) -- The port reopened after the storm.",  # an agency's name in brackets
    "The feature (Saturday Review Desk) was read widely.",
    "The column (Monday Business Desk) drew many readers.",
    "Labour picked councillor Tom Christmas as its candidate.",
    "The store's January Clearance drew crowds.",
    'Her single "Fourth of July" topped the charts.',
    'The shop ran a "Twelve Days of Christmas" promotion.',
]
# a weekday that names a date's day: in apposition after it, or the day a date falls on
WEEKDAY_OF_A_DATE = [
    ("The inquest will resume on Sept. 12, a Thursday.", "2024-08-20", "Thursday", "2024-09-12", "2024-09-12",
     "exact"),
    ("Polls close on Christmas Eve, a Tuesday, at noon.", "2024-11-02", "Tuesday", "2024-12-24", "2024-12-24",
     "exact"),
    ("Because July 4 falls on a Saturday this year, offices close on Friday.", "2026-06-22", "Saturday",
     "2026-07-04", "2026-07-04", "exact"),
    # ... the date's day once the year the sentence opens on has placed it
    ("Three years ago, the fair was held on Oct 24, a Monday.", "2025-10-17", "Monday", "2022-10-24", "2022-10-24",
     "exact"),
    ("In 2019, the vote was held on June 27, a Thursday.", "2025-10-17", "Thursday", "2019-06-27", "2019-06-27",
     "exact"),
    # ... a weekday told of this year fixes the year of a date that prints none, whatever tense is near
    ("Councillors said the last collection, on Dec. 27, a Sunday this year, had been cancelled.", "2026-11-20",
     "Dec. 27", "2026-12-27", "2026-12-27", "exact"),
    ("Organisers said the race, on March 29, a Sunday this year, had sold out.", "2026-02-05", "March 29",
     "2026-03-29", "2026-03-29", "exact"),
    ("The ministry said the exams were held on Aug. 14, a Friday.", "2026-03-10", "Aug. 14", "2025-08-14",
     "2025-08-14", "exact"),  # no year told with the weekday: the tense keeps last August
    # ... and a weekday in brackets after the date is printed as its own: the date's, and its year's
    ("Votes were counted on November 14 (Friday), the board said.", "2025-10-07", "November 14", "2025-11-14",
     "2025-11-14", "exact"),
    ("Votes were counted on November 14 (Friday), the board said.", "2025-10-07", "Friday", "2025-11-14",
     "2025-11-14", "exact"),
    ("The pre-bid meeting was held on 12 December (Friday).", "2025-12-20", "Friday", "2025-12-12", "2025-12-12",
     "exact"),
    # ... and the day a date "falls on" or "is", with an apposition or an adverb between them
    ("Boxing Day, Dec. 26, falls on a Saturday this year.", "2026-11-02", "Saturday", "2026-12-26", "2026-12-26",
     "exact"),
    ("The fair opens on May 4, which also falls on a Monday.", "2026-04-02", "Monday", "2026-05-04", "2026-05-04",
     "exact"),
    ("3 January, a public holiday in Scotland, falls on a Sunday.", "2026-12-01", "Sunday", "2027-01-03",
     "2027-01-03", "exact"),
    ("The closing date, March 9, is a Tuesday.", "2027-02-10", "Tuesday", "2027-03-09", "2027-03-09", "exact"),
    # ... once the date has its told year ("in 2021, when")
    ("Trade in 2022, when Christmas Eve fell on a Saturday, was brisk.", "2024-10-20", "Saturday", "2022-12-24",
     "2022-12-24", "exact"),
    ("Sales in 2016, when Christmas fell on a Sunday, were weak.", "2024-10-20", "Sunday", "2016-12-25", "2016-12-25",
     "exact"),
]
# a range whose end the published day places ("last month", "yesterday"): a bare month before it is
# the one before that end, not a year on (published in January)
RANGE_TO_A_RELATIVE_END = [
    ("Prices rose from October to last month.", "2026-01-22", "October to last month", "2025-10-01", "2025-12-31",
     "range"),
    ("Sales climbed from March until yesterday.", "2026-01-22", "March until yesterday", "2025-03-01", "2026-01-21",
     "range"),
    ("Output fell from June to last month.", "2026-01-22", "June to last month", "2025-06-01", "2025-12-31", "range"),
]
# a range across the new year under a present verb, told while it is under way: that one
RANGE_UNDER_WAY = [
    ("The light festival runs Dec. 20-Jan. 4.", "2025-12-28", "Dec. 20-Jan. 4", "2025-12-20", "2026-01-04", "range"),
    ("The ski tour runs from Dec. 30 to Jan. 8.", "2026-01-03", "Dec. 30 to Jan. 8", "2025-12-30", "2026-01-08",
     "range"),
    ("The winter market runs Dec. 20-Jan. 4.", "2025-11-20", "Dec. 20-Jan. 4", "2025-12-20", "2026-01-04", "range"),
]
# the dateless days of a season or school year the story names, published from the June before it
# an anniversary: the day, week or month of the published day N years before (TIDES)
ANNIVERSARIES = [
    ("Thirty years ago today, the last pit in the valley closed.", "2024-03-14", "today", "1994-03-14", "1994-03-14",
     "exact"),
    ("Forty years ago this week, the festival first came to the park.", "2025-07-16", "this week", "1985-07-15",
     "1985-07-21", "exact"),
    ("Fifteen years ago this month, the bridge was opened by the queen.", "2026-02-10", "this month", "2011-02-01",
     "2011-02-28", "exact"),
    # ... and the day or month a word names: tomorrow's, yesterday's, next or last month's
    ("Fifty years ago tomorrow, the dam burst.", "2026-05-11", "tomorrow", "1976-05-12", "1976-05-12", "exact"),
    ("The pier collapsed twenty years ago yesterday.", "2026-05-11", "yesterday", "2006-05-10", "2006-05-10",
     "exact"),
    ("Ten years ago next month, the line reopened.", "2026-05-11", "next month", "2016-06-01", "2016-06-30",
     "exact"),
    # ... counted in decades or centuries, or a part of one ("half a century ago" is the year fifty years back)
    ("A century ago today, the first tram ran.", "2026-05-11", "today", "1926-05-11", "1926-05-11", "exact"),
    ("Half a century ago this month, the pool opened.", "2026-05-11", "this month", "1976-05-01", "1976-05-31",
     "exact"),
    ("The pier was built half a century ago.", "2026-05-11", "half a century ago", "1976-01-01", "1976-12-31",
     "exact"),
    ("A quarter of a century ago, the club was founded.", "2026-05-11", "A quarter of a century ago", "2001-01-01",
     "2001-12-31", "exact"),
    # ... not a "today" of its own clause
    ("Two years ago, today's mayor was a councillor.", "2024-06-05", "today", "2024-06-05", "2024-06-05", "exact"),
    # a dateline's dash before a number word opens the copy, no range ("Oct. 19 - 20" is one)
    ("BRISTOL, March 14 - Thirty years ago today, the last pit closed.", "2024-03-14", "March 14", "2024-03-14",
     "2024-03-14", "exact"),
    ("DUNDEE, Sept. 2 - Nine people were hurt when a stand collapsed.", "2025-09-02", "Sept. 2", "2025-09-02",
     "2025-09-02", "exact"),
]
DAYS_OF_A_TOLD_SEASON = [
    ("The 2025-26 league season starts on Aug. 16 and ends on May 24.", "2025-06-20", "May 24", "2026-05-24",
     "2026-05-24", "exact"),
    ("In the 2024-25 school year the spring term runs from Jan. 6 to April 4.", "2024-07-15", "Jan. 6 to April 4",
     "2025-01-06", "2025-04-04", "range"),
    # ... not a day told in the past, nor one in a story of the season before
    ("The board approved the 2025-26 school calendar on May 20.", "2025-06-20", "May 20", "2025-05-20",
     "2025-05-20", "exact"),
    ("Classes end on May 29, and the 2025-26 school year opens in September.", "2025-03-03", "May 29", "2025-05-29",
     "2025-05-29", "exact"),
]
# a weekday a feast falls on in a year told after it: not the day this year's feast falls on, nor
# the coming one ("Saturday next" of court lists)
WEEKDAY_OF_A_LATER_YEAR = [
    ("Passover falls on a Thursday again next year, on 22 April.", "2026-09-03"),
    ("Guy Fawkes Night falls on a Friday in 2027, on 5 November.", "2026-09-03"),
    ("The club plays on Boxing Day, which falls on a Sunday next year.", "2026-09-03"),
]


@pytest.mark.parametrize(("text", "published"), WEEKDAY_OF_A_LATER_YEAR)
def test_weekday_of_a_later_year(dates, text, published):
    assert [f.value.start for got, f in dates(text, published) if got.startswith(("Thursday", "Friday", "Sunday"))] \
        in ([], ["2027-04-22"], ["2027-11-05"], ["2027-12-26"])


WEEKDAY_OF_A_DATE_NEGATIVE = ["Does your birthday fall on a Saturday?", "He bought 12, a Sunday paper among them.",
                              # a day no date tells: "the day" is no feast's name
                              "In most years the day falls on a Saturday.",
                              "The anniversary usually falls on a Thursday."]
# any such day, no one day: a weekday or month after "a" or "every" with adjectives between, a weekend
# that describes a noun, a song the radio plays
ANY_SUCH_DAY_NEGATIVE = [
    "They drew big crowds even on a cold, wet Thursday.",
    "The village holds a fair every September.",
    "Organisers sold 3,000 weekend tickets and 900 day tickets.",
    'The choir sang "Blue Christmas" to close the show.',
]
WEEKDAY_KEPT_BESIDE_A_NAME = [
    ("Microsoft Tuesday reported higher profit.", "2020-10-13", "Tuesday", "2020-10-13", "2020-10-13", "exact"),
    ("Shares of the tech giant Apple Tuesday rose sharply.", "2020-10-13", "Tuesday", "2020-10-13", "2020-10-13",
     "exact"),
    # ... a day in scare quotes, or before a capitalised word that is no place, is still the day
    ('The park opens on "Christmas Eve" this year.', "2024-03-02", "Christmas Eve", "2024-12-24", "2024-12-24",
     "exact"),
    ("Acme said on Monday Orrin Foods would buy it.", "2024-03-06", "Monday", "2024-03-04", "2024-03-04", "exact"),
    ("The vote closed at 9pm Sunday Madrid time.", "2024-03-06", "Sunday", "2024-03-03", "2024-03-03", "exact"),
]


# a day counted from a day the phrase names: "the day after Thanksgiving", "the Monday after Easter",
# "two days before March 3"; the clause's tense places the day counted from (which Christmas), and a
# weekday or weekend after or before a day is never that day itself
DAYS_COUNTED_FROM_A_DAY = [
    ("Crowds packed the malls the day after Thanksgiving.", "2024-12-02", "the day after Thanksgiving",
     "2024-11-29", "2024-11-29", "exact"),
    ("The museum will reopen on the Monday after Easter.", "2025-03-02", "the Monday after Easter",
     "2025-04-21", "2025-04-21", "exact"),
    ("Roads are busiest on the weekend before Christmas.", "2025-11-10", "the weekend before Christmas",
     "2025-12-20", "2025-12-21", "exact"),
    ("He was freed two days after March 3.", "2025-06-02", "two days after March 3", "2025-03-05", "2025-03-05",
     "exact"),
    ("The vote was held a week before June 12, 2021.", None, "a week before June 12, 2021", "2021-06-05",
     "2021-06-05", "exact"),
    ("Tickets went on sale the Tuesday before Labor Day.", "2025-06-02", "the Tuesday before Labor Day",
     "2024-08-27", "2024-08-27", "exact"),
    ("Carolers sang the night before Christmas.", "2025-02-10", "the night before Christmas", "2024-12-24",
     "2024-12-24", "exact"),
    ("The deal closed a week after Christmas.", "2025-06-02", "a week after Christmas", "2025-01-01", "2025-01-01",
     "exact"),
    ("Payment is due three months after May 31.", "2025-01-15", "three months after May 31", "2025-08-31",
     "2025-08-31", "exact"),
    ("The team returns the Friday after March 14, 2025.", None, "the Friday after March 14, 2025", "2025-03-21",
     "2025-03-21", "exact"),
    # the seven days before or after the day, and a feast named with "the ... holiday"
    ("The busiest period will be the week before Christmas.", "2006-10-14", "the week before Christmas",
     "2006-12-18", "2006-12-24", "exact"),
    ("Most shops reopened the week after Easter.", "2006-10-14", "the week after Easter", "2006-04-17",
     "2006-04-23", "exact"),
    ("Roads were jammed on the day before the Labor Day holiday.", "2025-09-10", "the day before the Labor Day",
     "2025-08-31", "2025-08-31", "exact"),
]
# no one day counted: a day every year, an anchor that is an event
DAYS_COUNTED_FROM_A_DAY_NEGATIVE = [
    ("The show airs every day after Christmas.", "2025-02-10"),
    ("He left the day after the election on May 4.", "2025-06-02"),
    ("Two weeks after March, sales fell.", "2025-06-02"),
]


@pytest.mark.parametrize(("text", "published"), DAYS_COUNTED_FROM_A_DAY_NEGATIVE)
def test_no_day_counted(dates, text, published):
    assert not any(surface.lower().startswith(("the day", "day", "two weeks")) for surface, _ in dates(text, published))


# days counted from the day the narration last named (TIDES: the temporal focus): "the next day",
# "three days later", "the following Monday"; never from a month or a year, nor from the published day
ANAPHORIC_DAYS = [
    ("Police arrested him on March 3 and charged him the next day.", "2025-03-10", "the next day",
     "2025-03-04", "2025-03-04", "exact"),
    ("The strike began on Monday, and the following day unions met.", "2025-03-12", "the following day",
     "2025-03-11", "2025-03-11", "exact"),
    ("He was freed on Oct. 2, 2023; the previous day a court had ruled.", "2024-01-05", "the previous day",
     "2023-10-01", "2023-10-01", "exact"),
    ("She died on May 2, 2019. Three days later, her family buried her.", "2024-01-05", "Three days later",
     "2019-05-05", "2019-05-05", "exact"),
    ("The ship sank on Dec. 30, 2021. Two days earlier it had left port.", "2022-02-01", "Two days earlier",
     "2021-12-28", "2021-12-28", "exact"),
    ("He was detained on Friday, Feb. 28, and released the following Monday.", "2025-03-10", "the following Monday",
     "2025-03-03", "2025-03-03", "exact"),
    ("He was detained on Friday, Feb. 28, after a raid the previous Tuesday.", "2025-03-10", "the previous Tuesday",
     "2025-02-25", "2025-02-25", "exact"),
    # ... and a part of that next or previous day
    ("Police arrested him on April 10 and he appeared in court the following morning.", "2019-04-24",
     "the following morning", "2019-04-11", "2019-04-11", "exact"),
    ("They landed on New Year's Eve and drove to the cabin the next morning.", "2022-12-29", "the next morning",
     "2023-01-01", "2023-01-01", "exact"),
    ("He was freed on April 10; the previous evening he had called his lawyer.", "2019-04-24", "the previous evening",
     "2019-04-09", "2019-04-09", "exact"),
    # after a span of days: from its last day forward, from its first back
    ("Registration runs from Aug. 28 to Sept. 8, with campaigning allowed from the following day.", "2017-08-11",
     "the following day", "2017-09-09", "2017-09-09", "exact"),
    # no day to count from: kept, never placed
    ("The firm was founded in 2019 and listed the next day.", "2024-01-05", "the next day", None, None, "exact"),
    ("Shares fell the next day.", "2024-01-05", "the next day", None, None, "exact"),
    ("The firm was founded on May 2, 2019.\n\nShares fell the next day.", "2024-01-05", "the next day",
     None, None, "exact"),  # another paragraph
    # "that year", "the same month": the period the paragraph last named
    ("The mill closed in 1998. Later that year, the town lost its bank.", "2024-01-05", "that year",
     "1998-01-01", "1998-12-31", "exact"),
    ("Rains hit on April 9, 2016, and by the end of that month 30 had died.", "2024-01-05", "that month",
     "2016-04-01", "2016-04-30", "exact"),
    ("She won the final on June 2, 2021. The same day, her coach quit.", "2024-01-05", "The same day",
     "2021-06-02", "2021-06-02", "exact"),
    ("The bridge failed on March 3, 2009. That week, the river rose again.", "2024-01-05", "That week",
     "2009-03-02", "2009-03-08", "exact"),
    ("In 2012 the club was relegated; the same year it changed owners.", "2024-01-05", "the same year",
     "2012-01-01", "2012-12-31", "exact"),
    # a day or month under a past verb in a sentence that opens on a year, or hangs it on one by "when"
    ("Last year Diwali fell on Oct. 30, before the note ban.", "2017-10-16", "Diwali", "2016-10-30", "2016-10-30",
     "exact"),
    ("Last year the festival fell on Jan. 22, traders said.", "2024-01-30", "Jan. 22", "2023-01-22", "2023-01-22",
     "exact"),
    ("In 2019, output peaked in March.", "2024-05-01", "March", "2019-03-01", "2019-03-31", "exact"),
    ("Sales in 2010, when Christmas fell on a Saturday, were weak.", "2012-11-20", "Christmas", "2010-12-25",
     "2010-12-25", "exact"),
    ("Last year the plant said it will reopen on March 3.", "2024-05-01", "March 3", "2025-03-03", "2025-03-03",
     "exact"),  # not under a past verb: the tense decides
    # ... a passive past is past too, and a day set beside the year by a comma is in it
    ("In 2016 the bridge was closed, and a new span was opened on Nov. 14.", "2021-03-02", "Nov. 14",
     "2016-11-14", "2016-11-14", "exact"),
    ("In 2009 the old pier was demolished on June 8.", "2021-03-02", "June 8", "2009-06-08", "2009-06-08", "exact"),
    # ... but a year glued to a word that makes it a thing's (when it was built, its era) dates no clause
    ("The 2004-built tanker ran aground on Thursday 14 May.", "2026-06-05", "Thursday 14 May", "2026-05-14",
     "2026-05-14", "exact"),
    ("The 1970s-era jets were grounded on March 3.", "2026-06-05", "March 3", "2026-03-03", "2026-03-03", "exact"),
    ("The 1990-vintage locomotive broke down on April 2.", "2026-06-05", "April 2", "2026-04-02", "2026-04-02",
     "exact"),
    ("Their 2019-model buses were recalled on Feb. 11.", "2026-06-05", "Feb. 11", "2026-02-11", "2026-02-11",
     "exact"),
    ("The next census will be taken in 2031, on March 16.", "2024-05-01", "March 16", "2031-03-16", "2031-03-16",
     "exact"),
    # ... a year told as "N years ago", and a month with its year that holds the day ("when")
    ("Five years ago, the old bridge was closed on Nov. 14.", "2021-03-02", "Nov. 14", "2016-11-14", "2016-11-14",
     "exact"),
    ("Two years ago, on June 8, the pier collapsed.", "2021-03-02", "June 8", "2019-06-08", "2019-06-08", "exact"),
    ("The floods of May 2019, when the river rose on May 9, cost millions.", "2021-03-02", "May 9", "2019-05-09",
     "2019-05-09", "exact"),
    ("Since the storm of January 2018, when the dam failed on Jan. 4, the valley has emptied.", "2021-03-02",
     "Jan. 4", "2018-01-04", "2018-01-04", "exact"),
    ("The strike of March 2019, when the yard shut on April 2, was the longest.", "2021-06-02", "April 2",
     "2021-04-02", "2021-04-02", "exact"),  # another month than the one told: the tense decides
    # ... or, whatever the verb, on a year still ahead; never the day of a saying
    ("Next year's carnival will be longer, with Rose Monday on Feb. 27.", "2005-02-07", "Feb. 27", "2006-02-27",
     "2006-02-27", "exact"),
    ("Next year, the festival opens on March 3.", "2005-02-07", "March 3", "2006-03-03", "2006-03-03", "exact"),
    ("In 2027, the new line will open in March.", "2025-06-01", "March", "2027-03-01", "2027-03-31", "exact"),
    ("Next year the plan is due, the minister said on Feb. 3.", "2005-02-07", "Feb. 3", "2005-02-03", "2005-02-03",
     "exact"),
    ("Last year the plan was due, the minister said on Feb. 3.", "2005-02-07", "Feb. 3", "2005-02-03", "2005-02-03",
     "exact"),
    # a month or days "of that year" take the focus's year, a month's year left to the published date skipped
    ("The scandal broke in a 2015 audit, and he quit in May of that year.", "2024-01-05", "May of that year",
     "2015-05-01", "2015-05-31", "exact"),
    ("Snow fell in the winter of 1987, closing roads on Feb. 3 and 4 that year.", "2024-01-05",
     "Feb. 3 and 4 that year", "1987-02-03", "1987-02-03", "exact"),
    ("The plant opened in 2011. In March the line stopped, and that year 200 left.", "2024-01-05", "that year",
     "2011-01-01", "2011-12-31", "exact"),
    # "the same month last year": the focus's month in the year named after it
    ("Sales rose to 5,100 in May from 4,000 in the same month last year.", "2024-06-12",
     "the same month last year", "2023-05-01", "2023-05-31", "exact"),
    ("Rainfall on Aug. 2 was double that of the same day in 2019.", "2024-08-10", "the same day in 2019",
     "2019-08-02", "2019-08-02", "exact"),
]


ANAPHORIC_DAYS_NEGATIVE = ["The store offers next day delivery.", "Next day shipping is free.",
                           "The day after the election, protests began.",
                           "That year was the hardest of her life.",  # no time named before it: no date
                           "Prices stayed the same month after month.",
                           "Footfall trailed the same week of the festival."]  # a part of what follows


# Days placed by words around them (2018-12-21 was a Friday, 2019-01-05 a Saturday, 2025-02-01 and
# 2014-05-31 and 2012-10-27 Saturdays, Easter 2023 on April 9): a day in the year a shift names; the
# nth weekend of a month (its nth Saturday and the Sunday after); an nth weekday a tense moves a year
# is worked out again in that year; "since" is a time already past, whatever the clause's tense; a
# date after "for" is what is set or counted, which a verb in the past does not put behind; two years
# of a season or budget; a year before "levels".
PLACED_DAYS = [
    ("Auditors flagged the payments on Jan. 9 last year.", "2013-11-14", "Jan. 9 last year",
     "2012-01-09", "2012-01-09", "exact"),
    ("The trial opens on 3 March next year.", "2013-11-14", "3 March next year", "2014-03-03", "2014-03-03", "exact"),
    ("Drivers will strike on the first Saturday of January.", "2018-12-21", "the first Saturday of January",
     "2019-01-05", "2019-01-05", "exact"),
    ("The cup tie is on the first weekend of February.", "2025-01-03", "the first weekend of February",
     "2025-02-01", "2025-02-02", "exact"),
    ("The final will be played on the final weekend of May.", "2014-03-23", "the final weekend of May",
     "2014-05-31", "2014-06-01", "exact"),
    ("The fair was held on the last weekend of October 2012.", None, "the last weekend of October 2012",
     "2012-10-27", "2012-10-28", "exact"),
    ("The strike, the third since Easter, will begin on Monday.", "2023-07-28", "since Easter",
     "2023-04-09", "2023-04-09", "at_least"),
    ("Shortages have hit stations since the weekend.", "2022-10-11", "since the weekend",
     "2022-10-08", "2022-10-09", "at_least"),
    ("Unions have called another stoppage for mid-August.", "2023-07-28", "mid-August",
     "2023-08-11", "2023-08-20", "approx"),
    ("Agents said bookings for August were running ahead.", "2023-07-28", "August", "2023-08-01", "2023-08-31",
     "exact"),
    ("It was their first win since the 2009-10 season.", "2014-03-23", "since the 2009-10",
     "2009-01-01", "2010-12-31", "at_least"),
    ("Rovers were relegated in the 2011-12 season.", None, "2011-12", "2011-01-01", "2012-12-31", "approx"),
    # ... and what else spans a turn of the year
    ("Lenders still remember the 2001-02 recession.", "2026-10-27", "2001-02", "2001-01-01", "2002-12-31",
     "approx"),
    ("The 2011-12 drought killed half the herd.", "2026-03-02", "2011-12", "2011-01-01", "2012-12-31", "approx"),
    # ... a series of matches too; and a phrase ending on the first year never takes it alone
    ("They last won away at the end of the 2010-11 series.", "2025-11-22", "2010-11", "2010-01-01", "2011-12-31",
     "approx"),
    ("The 2023-24 series was drawn.", "2025-11-22", "2023-24", "2023-01-01", "2024-12-31", "approx"),
    ("Rates fell at the end of the 2019-20 season.", "2025-11-22", "2019-20", "2019-01-01", "2020-12-31", "approx"),
    ("Farmers remember the 2002-03 slump.", "2026-03-02", "2002-03", "2002-01-01", "2003-12-31", "approx"),
    ("Prices peaked in 2008-09 and fell.", "2026-03-02", "2008-09", "2008-09-01", "2008-09-30", "exact"),
    ("Exports are still below 2019 levels.", "2023-07-28", "2019", "2019-01-01", "2019-12-31", "exact"),
    # one day's, not a habit (2025-10-01 was a Wednesday); an abbreviation with its period is a month
    ("Its Friday takings rose.", "2025-10-01", "Friday", "2025-09-26", "2025-09-26", "exact"),
    ("A council report published on Wednesday shows a fall.", "2025-10-01", "Wednesday",
     "2025-10-01", "2025-10-01", "exact"),
    ("The bonds are due Dec.", "2025-10-01", "Dec.", "2025-12-01", "2025-12-31", "exact"),
]
# A plan named to compare what happened with it ("as planned", "later than scheduled") puts nothing
# ahead; a participle that modifies the sentence or a noun ("published on Feb. 2,") is done before its
# head's future (2023-07-28 was a Friday).
COMPARED_WITH_A_PLAN = [
    ("Most trains had run as planned during the strike on June 30.", "2023-07-28", "June 30",
     "2023-06-30", "2023-06-30", "exact"),
    ("Results came in later than scheduled on Monday.", "2023-07-28", "Monday", "2023-07-24", "2023-07-24", "exact"),
    ("The plant reopened as expected on Monday.", "2023-07-28", "Monday", "2023-07-24", "2023-07-24", "exact"),
    ("Under the plan, published on Feb. 2, the branches would close.", "2021-02-16", "Feb. 2",
     "2021-02-02", "2021-02-02", "exact"),
    ("Rains expected in April will help farmers.", "2023-07-28", "April", "2024-04-01", "2024-04-30", "exact"),
]
# what happens each such day, and "March" bidding
PLACED_DAYS_NEGATIVE = [
    "He teaches his Tuesday masterclasses in Leeds.",
    "The plant is adding Saturday shifts.",
    "A reduced Sunday timetable will run.",
    "The gym is quiet on Monday mornings.",
    '"March with us," the organisers said.',
    "March for the climate, the posters urged.",
]
# a slash figure whose second number no calendar reaches is a fraction, not a month and year
FRACTIONS_NEGATIVE = [
    "The shutter can fire in 1/8000 of a second.",
    "Set the exposure to 1/4000 and shoot.",
    "The odds were put at 1/5000.",
]

# a telephone number that opens with a year-like group, a day that recurs, a lower-case
# "thanksgiving" rite, ordinals that rank a noun
NOT_ONE_DAY_NEGATIVE = [
    "The recall line, 1800 442 519, takes calls on weekdays.",
    "Customers can ring 1300 555 012 with questions.",
    "Ring the 1906 helpline to report a leak.",
    "The 1800 hotline takes calls all night.",
    "Leaks can be reported on 1800 227 301 at any hour.",  # a lead before the first group
    "Tenants can reach the board on 1300 418 227.",
    "Callers can use the helpline 1922 at any hour.",  # the service's noun before the number
    "Hotline 1747 is staffed around the clock.",
    "Holders can call the registrar on 6221 2026.",  # the last group, after one of four digits
    "Ring the box office on 4402 1998 for tickets.",
    "The rally starts at 1995 Saint-Laurent Blvd.",  # a house number before a hyphened street name
    "She lives at 2010 Jean-Talon Street.",
    "Its helpline, 1800-22-1964, opens at 8 a.m.",  # groups glued by hyphens, two of them long
    "Reservations on 0800-443-2010 close at noon.",
    "The bell is rung every Fourth of July.",
    "Prices rise each Christmas Eve.",
    "They play each Friday night in Cork.",
    "A thanksgiving mass was said for the crew.",
    "Families offered thanksgiving prayers after the rescue.",
    "Teams rest after the first and second legs.",
    "Riders crashed in the first or second stage.",
]
# ... but a year beside a count, and the years a recurring month is told of
NOT_ONE_DAY = [
    ("In 1958 1,200 people lived there.", "2024-10-20", "1958", "1958-01-01", "1958-12-31", "exact"),
    ("The fair was held every July until 2019.", "2024-10-20", "until 2019", "2019-01-01", "2019-12-31", "at_most"),
    ("Shops will close for Thanksgiving on Thursday.", "2024-11-20", "Thanksgiving", "2024-11-28", "2024-11-28",
     "exact"),
    ("In 1995 Jean-Marc Street was renamed.", "2024-10-20", "1995", "1995-01-01", "1995-12-31", "exact"),
    # ... a season a shift word or a time noun keeps a time ("Last spring buyers ...", "the summer holidays")
    ('"Last spring buyers queued around the block," she said.', "2024-10-20", "Last spring", "2024-03-01",
     "2024-05-31", "exact"),
    ("The camp runs through the summer holidays.", "2024-03-20", "the summer", "2024-06-01", "2024-08-31", "exact"),
    # two dates with their years are no number written in groups, glued by a hyphen or told apart
    ("The market runs from 12-20-2025-12-28-2025 in the square.", "2025-11-01", "12-20-2025-12-28-2025",
     "2025-12-20", "2025-12-28", "range"),
    ("The heaters were sold between Aug. 3, 2019, and Jan. 14, 2020.", "2024-10-20",
     "between Aug. 3, 2019, and Jan. 14, 2020", "2019-08-03", "2020-01-14", "range"),
    ("Fans born between Jan. 1, 2005, and Sept. 15, 2007 may enter.", "2024-10-20",
     "between Jan. 1, 2005, and Sept. 15, 2007", "2005-01-01", "2007-09-15", "range"),
]
# the day a hearing is adjourned or moved to lies after the act, unless the sentence names its month
MOVED_TO_A_DAY = [
    ("The judge yesterday adjourned the bribery trial to the 14th.", "2026-01-08", "14th", "2026-01-14",
     "2026-01-14", "exact"),
    ("He was remanded in custody to the 22nd.", "2026-01-16", "22nd", "2026-01-22", "2026-01-22", "exact"),
    ("The hearing, first set for December 4, was adjourned to the 22nd.", "2026-01-08", "22nd", "2025-12-22",
     "2025-12-22", "exact"),
]

# three words that bound a date as "by" or "since" does
BOUNDED_BY_THREE_WORDS = [
    ("Plans must be filed no later than June 30, 2027.", "2026-11-19", "June 30, 2027", "2027-06-30", "2027-06-30",
     "at_most"),
    ("Bids are due not later than 5 March, the council said.", "2026-01-10", "5 March", "2026-03-05", "2026-03-05",
     "at_most"),
    ("The launch will come no earlier than March 3.", "2026-11-19", "March 3", "2027-03-03", "2027-03-03",
     "at_least"),
]

# a day a past act points ahead to (moved to or from, a deadline set by an order, a day set), most of a
# year behind in the published year: the nearest such day, ahead; not when the sentence dates the act
AHEAD_OF_A_PAST_ACT = [
    # a trailing attribution the parser joins to the clause times no date of it ("..., the union said today")
    ("Bus drivers will walk out on 18 May, and again over the spring bank holiday weekend, the union said today.",
     "2026-05-11", "the spring bank holiday weekend", "2026-05-23", "2026-05-25", "approx"),
    ("Ferries will not sail on 3 December, and again over the Christmas weekend, the operator said on Tuesday.",
     "2026-11-24", "the Christmas weekend", "2026-12-25", "2026-12-27", "approx"),
    # the day a verb of setting sets something "for": ahead of the act, however far
    ("The union has called a strike for Monday.", "2025-04-10", "Monday", "2025-04-14", "2025-04-14", "exact"),
    ("The council has set the hearing for Friday.", "2026-03-21", "Friday", "2026-03-27", "2026-03-27", "exact"),
    ("The premier has called an election for Nov. 4.", "2025-04-10", "Nov. 4", "2025-11-04", "2025-11-04", "exact"),
    ("The board has convened a special meeting for Dec. 2.", "2026-05-20", "Dec. 2", "2026-12-02", "2026-12-02",
     "exact"),
    ("A judge on Monday postponed the fraud trial from Jan. 12 to March 9.", "2027-12-08", "Jan. 12", "2028-01-12",
     "2028-01-12", "exact"),
    ("A judge on Monday postponed the fraud trial from Jan. 12 to March 9.", "2027-12-08", "March 9", "2028-03-09",
     "2028-03-09", "exact"),
    ("The tribunal adjourned the inquiry to February 16.", "2026-11-25", "February 16", "2027-02-16", "2027-02-16",
     "exact"),
    ("The court ordered the council to repair the roads by Jan. 30.", "2026-12-02", "by Jan. 30", "2027-01-30",
     "2027-01-30", "at_most"),
    ("The judge ordered the documents handed over by Jan. 8.", "2026-12-09", "by Jan. 8", "2027-01-08", "2027-01-08",
     "at_most"),
    ("The regulator set a hearing date of Feb. 4.", "2026-12-10", "Feb. 4", "2027-02-04", "2027-02-04", "exact"),
    ("The ministry moved the deadline to January.", "2026-12-09", "January", "2027-01-01", "2027-01-31", "exact"),
    # ... the act dated by its own month; a past act that points nowhere
    ("In March the court ordered the firm to pay by May 3.", "2027-12-07", "by May 3", "2027-05-03", "2027-05-03",
     "at_most"),
    ("The firm was fined on Feb. 4.", "2026-12-10", "Feb. 4", "2026-02-04", "2026-02-04", "exact"),
]

# a date in apposition to a day told just before it, the same day of the month: that day, whatever
# year the clause's past verb would give the date alone; a date that prints its year keeps it
DAY_TOLD_AGAIN = [
    ("He was bailed to appear on Friday week, 4 December.", "2026-11-25", "4 December", "2026-12-04", "2026-12-04",
     "exact"),
    ("The inquiry was adjourned to Wednesday week, 11 March.", "2026-03-02", "11 March", "2026-03-11", "2026-03-11",
     "exact"),
    ("The match was postponed to Saturday week, 3 October.", "2026-09-21", "3 October", "2026-10-03", "2026-10-03",
     "exact"),
    ("He was jailed on Tuesday, 14 July 2025.", "2026-07-12", "Tuesday, 14 July 2025", "2025-07-14", "2025-07-14",
     "exact"),
]


# Days listed before or after one month are dates of their own, in the month and year of the date
# written out beside them (2025-06-24 was a Tuesday).
LISTED_DAYS = [
    ("Private members' bills will have 4, 11 and 18 July.", "2025-06-24", "4", "2025-07-04", "2025-07-04", "exact"),
    ("Private members' bills will have 4, 11 and 18 July.", "2025-06-24", "11", "2025-07-11", "2025-07-11", "exact"),
    ("Menorahs will be lit on 15, 17 and 21 December.", "2025-12-11", "17", "2025-12-17", "2025-12-17", "exact"),
    ("Rehearsals were held on March 14, 16 and 18.", "2026-03-18", "16", "2026-03-16", "2026-03-16", "exact"),
    ("Toll-free travel is allowed on May 26 and 27.", "2026-05-24", "27", "2026-05-27", "2026-05-27", "exact"),
    ("Final exams fall on May 3, 4, 5 and 7, with May 6 a study day.", "2026-01-12", "7",
     "2026-05-07", "2026-05-07", "exact"),
    ("Trains will run on April 30, May 1 and 2.", "2026-04-23", "2", "2026-05-02", "2026-05-02", "exact"),
]
# ... not a count after the last number, nor numbers that do not run forward or count something before
LISTED_DAYS_NEGATIVE = [
    ("On May 26 and 27 protesters were arrested.", "27"),
    ("Of the 40 firms, 12 and 18 July were the busiest days.", "12"),
    ("The scores were 21, 14 and 18 July's totals.", "14"),
    ("Classes end on 30 and 31 February.", "30"),
]


# A deadline at a period's end ("by", "before", "until" the end of it) bounds its last day, as "by
# March 31" does (checked by hand: September 2025 has 30 days, February 2028 29); the end of a
# period with no deadline word, or after "since", stays its last third.
DEADLINE_AT_AN_END = [
    ("The airline expects flights to resume by the end of next month.", "2025-08-19", "by the end of next month",
     "2025-09-30", "2025-09-30", "at_most"),
    ("Members must renew before the end of February.", "2027-11-02", "before the end of February",
     "2028-02-29", "2028-02-29", "at_most"),
    ("The discount runs until the end of 2027, the retailer said.", "2026-03-10", "until the end of 2027",
     "2027-12-31", "2027-12-31", "at_most"),
    ("The council wants the bridge reopened by the end of the year.", "2024-06-04", "by the end of the year",
     "2024-12-31", "2024-12-31", "at_most"),
    ("The road works go on at the end of the month.", "2024-06-04", "the end of the month",
     "2024-06-21", "2024-06-30", "approx"),
    ("Prices have fallen since the end of March.", "2024-06-04", "since the end of March",
     "2024-03-21", "2024-03-31", "at_least"),
]


# A February told in the autumn before a leap year is that leap year's, to its 29th.
FEBRUARY_OF_A_LEAP_YEAR = [
    ("Members must renew in February.", "2027-11-02", "February", "2028-02-01", "2028-02-29", "exact"),
    ("The fair opens in late February.", "2023-10-12", "late February", "2024-02-21", "2024-02-29", "approx"),
]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "qualifier"),
                         DEADLINE_AT_AN_END + FEBRUARY_OF_A_LEAP_YEAR)
def test_deadline_at_a_periods_end(dates, text, published, surface, start, end, qualifier):
    _check(dates, text, published, surface, start, end, qualifier)


@pytest.mark.parametrize(("text", "surface"), LISTED_DAYS_NEGATIVE)
def test_no_listed_day(dates, text, surface):
    assert surface not in [got for got, _ in dates(text, "2025-06-24")]


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "qualifier"),
                         LISTED_DAYS + NOT_ONE_DAY + MOVED_TO_A_DAY + BOUNDED_BY_THREE_WORDS + AHEAD_OF_A_PAST_ACT
                         + DAY_TOLD_AGAIN)
def test_days_told_beside_numbers_rites_and_adjournments(dates, text, published, surface, start, end, qualifier):
    _check(dates, text, published, surface, start, end, qualifier)


@pytest.mark.parametrize("text", NOT_ONE_DAY_NEGATIVE)
def test_not_one_day(dates, text):
    assert dates(text, "2024-10-20") == []


@pytest.mark.parametrize(("text", "published", "surface", "start", "end", "qualifier"),
                         QUARTERS + YEAR_AGO + YEAR_MODIFIERS + DECADE_WORDS + DATELESS + WEEKS_AND_PARTS + HOLIDAYS + MORE_HOLIDAYS
                         + NEW_YEAR + ANAPHORIC_DAYS + PLACED_DAYS + COMPARED_WITH_A_PLAN + DAYS_COUNTED_FROM_A_DAY
                         + WEEKEND_OF_A_DAY + TURN_OF_A_CENTURY + WEEKDAY_KEPT_BESIDE_A_NAME + WEEKDAY_OF_A_DATE
                         + RANGE_UNDER_WAY + RANGE_TO_A_RELATIVE_END + DAYS_OF_A_TOLD_SEASON + ANNIVERSARIES)
def test_news_date(dates, text, published, surface, start, end, qualifier):
    _check(dates, text, published, surface, start, end, qualifier)


@pytest.mark.parametrize("text", QUARTERS_NEGATIVE + YEAR_MODIFIERS_NEGATIVE + DATELESS_NEGATIVE + WEEKS_AND_PARTS_NEGATIVE
                         + HOLIDAYS_NEGATIVE + NEW_YEAR_NEGATIVE + WEEKEND_OF_A_DAY_NEGATIVE
                         + TURN_OF_A_CENTURY_NEGATIVE + WEEKDAY_IN_A_NAME_NEGATIVE + DATE_WORD_IN_A_NAME_NEGATIVE
                         + WEEKDAY_OF_A_DATE_NEGATIVE + ANY_SUCH_DAY_NEGATIVE
                         + ANAPHORIC_DAYS_NEGATIVE + PLACED_DAYS_NEGATIVE + FRACTIONS_NEGATIVE
                         + ["Buses will run a reduced Sunday timetable."])
def test_no_date(dates, text):
    assert dates(text, "2024-10-20") == []
