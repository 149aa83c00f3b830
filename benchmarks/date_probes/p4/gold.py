# Hand annotation, written before the first run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading> (added after the first run): a coarser nested reading, e.g. the bare year inside
#   'the April-June period of 2015'; such a claim is not counted wrong for precision, but does
#   not earn value recall for the item.
# NEUTRAL: spans where a date claim counts neither way.
G = {}
N = {}
G['a01'] = [("Jan 4",1,["D:2016-01-04"]),("Monday",1,["D:2016-01-04"]),
 ("the end of the quarter",1,["Q:2016-Q1","D:2016-03-31","M:2016-03"]),
 ("December",1,["M:2015-12"]),("a year earlier",1,["M:2014-12","Y:2014"]),
 ("March 31",1,["D:2016-03-31"]),("Dec. 30",1,["D:2015-12-30"]),("mid-2014",1,["YIN:2014"]),
 ("last year",1,["Y:2015"]),("last year",2,["Y:2015"]),
 ("the week before Christmas",1,["W:2015-12-14","W:2015-12-21","R:2015-12-18..2015-12-24","D:2015-12-25"]),
 ("January 2015",1,["M:2015-01"]),("Feb. 18",1,["D:2016-02-18"]),
 ("the second half of 2017",1,["H:2017-H2"]),("the autumn",1,["S:autumn-2015"]),("Wednesday",1,["D:2016-01-06"])]
N['a01'] = [("another year",1),("10 a.m.",1),("a week later",1),("full-year",1)]

G['a02'] = [("June 14",1,["D:2016-06-14"]),("Tuesday",1,["D:2016-06-14"]),
 ("the first quarter of 2018",1,["Q:2018-Q1"]),("second-quarter",1,["Q:2016-Q2"]),
 ("the April-June period of 2015",1,["Q:2015-Q2","M:2015-04","M:2015-06","P:Y:2015"]),
 ("between Oct. 3 and Oct. 14",1,["R:2016-10-03..2016-10-14","D:2016-10-03","D:2016-10-14"]),
 ("last month",1,["M:2016-05"]),("Christmas",1,["D:2016-12-25"]),("in 2015",1,["Y:2015"]),
 ("Next year",1,["Y:2017"]),("in May",1,["M:2016-05"]),("the third quarter",1,["Q:2016-Q3"]),
 ("June 1",1,["D:2016-06-01"]),("by 2017",1,["Y:2017"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"])]
N['a02'] = [("two years earlier than planned",1)]

G['a03'] = [("Dec 28",1,["D:2016-12-28"]),("November",1,["M:2016-11"]),("a year earlier",1,["M:2015-11","Y:2015"]),
 ("Wednesday",1,["D:2016-12-28"]),("August 2014",1,["M:2014-08"]),
 ("the first 11 months of 2016",1,["R:2016-01-01..2016-11-30","Y:2016","M:2016-01","M:2016-11"]),
 ("Jan. 12",1,["D:2017-01-12"]),("the first week of January",1,["R:2017-01-01..2017-01-07","W:2017-01-02"]),
 ("Lunar New Year",1,["D:2017-01-28"]),("Jan. 28 next year",1,["D:2017-01-28","P:Y:2017"]),
 ("Christmas",1,["D:2016-12-25","R:2016-12-24..2016-12-26"]),("Monday",1,["D:2017-01-02"]),
 ("October",1,["M:2016-10"]),("2011",1,["Y:2011"]),("2012",1,["Y:2012"]),("the 1980s",1,["DEC:1980"]),
 ("from 2021 to 2025",1,["RY:2021..2025","Y:2021","Y:2025"]),("late August",1,["MIN:2016-08"])]
N['a03'] = [("full-year",1)]

G['a04'] = [("March 20",1,["D:2017-03-20"]),("Monday",1,["D:2017-03-20"]),("Dec. 19",1,["D:2016-12-19"]),
 ("November",1,["M:2016-11"]),("Friday",1,["D:2017-03-17"]),("the second quarter",1,["Q:2017-Q2"]),
 ("early 2018",1,["YIN:2018"]),("the autumn",1,["S:autumn-2017"]),
 ("between 2013 and 2015",1,["RY:2013..2015","Y:2013","Y:2015"]),("the decade",1,["DEC:2010"]),
 ("by 2022",1,["Y:2022"]),("first-quarter",1,["Q:2017-Q1"]),("April 25",1,["D:2017-04-25"]),
 ("Last year",1,["Y:2016"]),("in 2019",1,["Y:2019"])]
N['a04'] = [("about three months later than it had hoped",1),("early trading",1)]

G['a05'] = [("Aug 10",1,["D:2017-08-10"]),("Thursday",1,["D:2017-08-10"]),("Oct. 22",1,["D:2017-10-22"]),
 ("2018",1,["Y:2018"]),("January 2014",1,["M:2014-01"]),("early December",1,["MIN:2017-12"]),
 ("from Aug. 28 to Sept. 8",1,["R:2017-08-28..2017-09-08","D:2017-08-28","D:2017-09-08"]),
 ("the following day",1,["D:2017-09-09"]),
 ("two weeks before election day",1,["D:2017-10-08","D:2017-10-22","W:2017-10-02"]),
 ("May 2013",1,["M:2013-05"]),("the 1970s",1,["DEC:1970"]),("by 2020",1,["Y:2020"]),
 ("Tuesday",1,["D:2017-08-15"]),("Aug. 31",1,["D:2017-08-31"]),("July",1,["M:2017-07"]),
 ("this year",1,["Y:2017"]),("next",1,["Y:2018"])]
N['a05'] = [("seven months ahead of schedule",1)]

G['a06'] = [("Oct 2",1,["D:2017-10-02"]),("Monday",1,["D:2017-10-02"]),("Sept. 24",1,["D:2017-09-24"]),
 ("Sunday",1,["D:2017-10-01"]),("Friday",1,["D:2017-09-29"]),("Oct. 15",1,["D:2017-10-15"]),
 ("the weekend",1,["R:2017-09-30..2017-10-01","D:2017-09-30","D:2017-10-01"]),("2008",1,["Y:2008"]),
 ("a dry summer",1,["S:summer-2017"]),("Wednesday",1,["D:2017-10-04"]),("Thursday",1,["D:2017-10-05"]),
 ("Thursday",2,["D:2017-10-05"]),("Last year's",1,["Y:2016"]),("mid-November",1,["MIN:2016-11"])]
N['a06'] = [("8 p.m.",1),("late October",1),("fire season",1)]

G['a07'] = [("Jan 2",1,["D:2018-01-02"]),("Monday",1,["D:2018-01-01"]),("Tuesday",1,["D:2018-01-02"]),
 ("Jan. 31",1,["D:2018-01-31"]),("the second quarter",1,["Q:2018-Q2"]),("July 1",1,["D:2018-07-01"]),
 ("late 2015",1,["YIN:2015"]),("January 2017",1,["M:2017-01"]),("Dec. 29",1,["D:2017-12-29"]),
 ("the end of the first half",1,["H:2018-H1","D:2018-06-30","M:2018-06"]),("2017",2,["Y:2017"]),
 ("New Year's Eve",1,["D:2017-12-31"]),("November",1,["M:2018-11"]),
 ("the end of September",1,["M:2017-09","D:2017-09-30"]),
 ("a year earlier",1,["M:2016-09","D:2016-09-30","Y:2016"])]
N['a07'] = [("a month later than in previous years",1)]

G['a08'] = [("May 17",1,["D:2018-05-17"]),("Thursday",1,["D:2018-05-17"]),("October 1987",1,["M:1987-10"]),
 ("Sept. 14",1,["D:2018-09-14"]),("two weeks later",1,["D:2018-09-28","W:2018-09-24"]),
 ("next March",1,["M:2019-03"]),("last summer",1,["S:summer-2017"]),("February",1,["M:2018-02"]),
 ("in 2016",1,["Y:2016"]),("1994",1,["Y:1994"]),("Saturday",1,["D:2018-05-19"]),("2019",1,["Y:2019"]),
 ("September",1,["M:2018-09"]),("the first half of next year",1,["H:2019-H1"])]
N['a08'] = [("a day after the film's premiere",1),("awards-season",1)]

G['a09'] = [("Sept 8",1,["D:2018-09-08"]),("next week",1,["W:2018-09-10"]),("Saturday",1,["D:2018-09-08"]),
 ("in 2014",1,["Y:2014"]),("Aug. 31",1,["D:2018-08-31"]),("late October",1,["MIN:2018-10"]),
 ("June 30",1,["D:2018-06-30"]),("the same point in 2017",1,["Y:2017","D:2017-06-30"]),
 ("2010",1,["Y:2010"]),("the new year",1,["YIN:2019"]),
 ("the end of February",1,["M:2019-02","D:2019-02-28"]),("Tuesday",1,["D:2018-09-11"]),
 ("July 19, 2019",1,["D:2019-07-19"])]
N['a09'] = [("the new school year",1),("the summer holidays",1),("half-term",1),("a second year",1),("every year",1),("The current school year",1)]

G['a10'] = [("Feb 25",1,["D:2019-02-25"]),("Thursday",1,["D:2019-02-28"]),("Monday",1,["D:2019-02-25"]),
 ("the start of the year",1,["YIN:2019"]),("Feb. 28",1,["D:2019-02-28"]),("March 1",1,["D:2019-03-01"]),
 ("Jan. 17",1,["D:2019-01-17"]),("last Wednesday",1,["D:2019-02-20"]),("March 5",1,["D:2019-03-05"]),
 ("in 2019",1,["Y:2019","R:2019-01-01..2019-02-25"]),("spring 2018",1,["S:spring-2018"]),
 ("December 2020",1,["M:2020-12"]),("in March",1,["M:2019-03"]),("mid-month",1,["MIN:2019-03","MIN:2019-02"]),
 ("Easter",1,["D:2019-04-21","IN:2019-04-19..2019-04-22"])]
N['a10'] = [("the school holidays",1),("9 a.m.",1),("every weekend",1)]

G['a11'] = [("July 2",1,["D:2019-07-02"]),("Tuesday",1,["D:2019-07-02"]),("2021",1,["Y:2021"]),
 ("in June",1,["M:2019-06"]),("the first half of the year",1,["H:2019-H1"]),
 ("the January-June period of 2018",1,["H:2018-H1","M:2018-01","M:2018-06","P:Y:2018"]),
 ("the fourth quarter",1,["Q:2019-Q4"]),("late 2022",1,["YIN:2022"]),("2019",1,["Y:2019"]),
 ("second-quarter",1,["Q:2019-Q2"]),("July 25",1,["D:2019-07-25"]),("mid-April",1,["MIN:2019-04"]),
 ("since 2014",1,["Y:2014"]),("since 1961",1,["Y:1961"]),("Monday",1,["D:2019-07-08"]),
 ("May 31",1,["D:2019-05-31"]),("through August",1,["M:2019-08"])]
N['a11'] = []

G['a12'] = [("Nov 29",1,["D:2019-11-29"]),("Friday",1,["D:2019-11-29"]),("the spring",1,["S:spring-2019"]),
 ("the first quarter of 2020",1,["Q:2020-Q1"]),("next spring",1,["S:spring-2020"]),("last month",1,["M:2019-10"]),
 ("third-quarter",1,["Q:2019-Q3"]),("2019",1,["Y:2019"]),("Thanksgiving",1,["D:2019-11-28"]),
 ("Black Friday",1,["D:2019-11-29"]),("Cyber Monday",1,["D:2019-12-02"]),("the fourth quarter",1,["Q:2019-Q4"]),
 ("Two years ago",1,["Y:2017","D:2017-11-29"]),("January",1,["M:2019-01"]),("Dec. 10",1,["D:2019-12-10"]),
 ("Feb. 4",1,["D:2020-02-04"]),("on Monday",1,["D:2019-12-02"])]
N['a12'] = [("full-year",1)]

G['a13'] = [("April 14",1,["D:2020-04-14"]),("Tuesday",1,["D:2020-04-14"]),("Oct. 30",1,["D:2020-10-30"]),
 ("February",1,["M:2020-02"]),("a month after publishing final results",1,["MIN:2020-01"]),
 ("late August",1,["MIN:2020-08"]),("the end of the year",1,["Y:2020","M:2020-12","D:2020-12-31"]),
 ("mid-2022",1,["YIN:2022"]),("September",1,["M:2020-09"]),("June 2017",1,["M:2017-06"]),
 ("earlier this year",1,["YIN:2020"]),("2020",1,["Y:2020"]),("last week",1,["W:2020-04-06"]),
 ("the rest of the second quarter",1,["Q:2020-Q2","R:2020-04-14..2020-06-30","R:2020-04-15..2020-06-30"]),
 ("May 7",1,["D:2020-05-07"]),("the third quarter of 2021",1,["Q:2021-Q3"])]
N['a13'] = [("premarket trading",1),("a week later than usual",1)]

G['a14'] = [("Dec 31",1,["D:2020-12-31"]),("this week",1,["W:2020-12-28"]),("Lunar New Year",1,["D:2021-02-12"]),
 ("mid-February",1,["MIN:2021-02"]),("Thursday",1,["D:2020-12-31"]),
 ("the same week last year",1,["Y:2019","W:2019-12-30","W:2019-12-23","IN:2019-12-22..2020-01-05"]),
 ("in 2014",1,["Y:2014"]),("October",1,["M:2020-10"]),
 ("the first 11 months",1,["R:2020-01-01..2020-11-30","Y:2020","M:2020-01","M:2020-11"]),
 ("Thursday",2,["D:2020-12-31"]),("the first weeks of January",1,["MIN:2021-01"]),("Wednesday",1,["D:2020-12-30"]),
 ("Jan. 4",1,["D:2021-01-04"]),("the second quarter of 2021",1,["Q:2021-Q2"]),("2019",1,["Y:2019"]),
 ("by 2022",1,["Y:2022"]),("Jan. 8",1,["D:2021-01-08"])]
N['a14'] = []

G['a15'] = [("June 7",1,["D:2021-06-07"]),("Sunday's",1,["D:2021-06-06"]),("Monday",1,["D:2021-06-07"]),
 ("October 2017",1,["M:2017-10"]),("since 1998",1,["Y:1998"]),("Wednesday",1,["D:2021-06-09"]),
 ("July 23",1,["D:2021-07-23"]),("June 21",1,["D:2021-06-21"]),("next April",1,["M:2022-04"]),
 ("March 9",1,["D:2021-03-09"]),("the end of the month",1,["M:2021-06","D:2021-06-30"]),
 ("Monday",2,["D:2021-06-07"]),("the autumn",1,["S:autumn-2021"]),("in 2017",1,["Y:2017"])]
N['a15'] = [("the summer recess",1)]

G['a16'] = [("Sept 23",1,["D:2021-09-23"]),("Friday",1,["D:2021-09-24"]),("Saturday",1,["D:2021-09-25"]),
 ("Thursday",1,["D:2021-09-23"]),("Nov. 30",1,["D:2021-11-30"]),
 ("the weekend",1,["R:2021-09-25..2021-09-26","D:2021-09-25","D:2021-09-26"]),("Wednesday",1,["D:2021-09-22"]),
 ("Monday",1,["D:2021-09-27"]),("Aug. 29, 2020",1,["D:2020-08-29"]),("in May",1,["M:2021-05"]),
 ("four years ago",1,["Y:2017","D:2017-09-23"]),
 ("the first week of September",1,["R:2021-09-01..2021-09-07","W:2021-08-30","W:2021-09-06"]),
 ("Thursday",2,["D:2021-09-23"]),("next month",1,["M:2021-10"])]
N['a16'] = [("this season",1)]

G['a17'] = [("Jan 9",1,["D:2022-01-09"]),("Monday",1,["D:2022-01-10"]),("Sunday",1,["D:2022-01-09"]),
 ("in November",1,["M:2021-11"]),("April 8",1,["D:2022-04-08"]),
 ("March 14-16",1,["R:2022-03-14..2022-03-16","D:2022-03-14","D:2022-03-16"]),("the start of 2023",1,["YIN:2023"]),
 ("1889",1,["Y:1889"]),("Nov. 19",1,["D:2021-11-19"]),("Friday",1,["D:2022-01-07"]),
 ("the end of January",1,["M:2022-01","D:2022-01-31"]),("last month",1,["M:2021-12"]),
 ("Feb. 3",1,["D:2022-02-03"]),("Feb. 22",1,["D:2022-02-22"]),("2021",1,["Y:2021"]),
 ("the autumn of 2008",1,["S:autumn-2008"])]
N['a17'] = [("full-year",1)]

G['a18'] = [("Feb 28",1,["D:2022-02-28"]),("this summer",1,["S:summer-2022"]),("Monday",1,["D:2022-02-28"]),
 ("since 2019",1,["Y:2019"]),("2020",1,["Y:2020"]),("2021",1,["Y:2021"]),("June 3",1,["D:2022-06-03"]),
 ("Aug. 27",1,["D:2022-08-27"]),("Friday",1,["D:2022-03-04"]),("last October",1,["M:2021-10"]),
 ("in 2018",1,["Y:2018"]),("2020",2,["Y:2020"]),("the second half of 2021",1,["H:2021-H2"]),
 ("this year",1,["Y:2022"]),("Jan. 31",1,["D:2022-01-31"]),("April 3",1,["D:2022-04-03"]),
 ("the Fourth of July",1,["D:2022-07-04"])]
N['a18'] = [("10 a.m.",1)]

G['a19'] = [("Oct 19",1,["D:2022-10-19"]),("Nov. 4",1,["D:2022-11-04"]),("Wednesday",1,["D:2022-10-19"]),
 ("since 1997",1,["Y:1997"]),("Tuesday",1,["D:2022-10-18"]),("Aug. 31",1,["D:2022-08-31"]),
 ("next week",1,["W:2022-10-24"]),("the week of Nov. 14",1,["W:2022-11-14","D:2022-11-14"]),
 ("this fall",1,["S:autumn-2022"]),
 ("2020-21",1,["RY:2020..2021","Y:2020","Y:2021","R:2020-09-01..2021-06-30"]),
 ("2021-22",1,["RY:2021..2022","Y:2021","Y:2022","R:2021-09-01..2022-06-30"]),
 ("the end of August",1,["M:2022-08","D:2022-08-31"]),("Oct. 26",1,["D:2022-10-26"]),
 ("in 2012",1,["Y:2012"]),("Saturday",1,["D:2022-10-22"])]
N['a19'] = [("the next four years",1),("noon",1)]

G['a20'] = [("May 25",1,["D:2023-05-25"]),("June 9",1,["D:2023-06-09"]),("Thursday",1,["D:2023-05-25"]),
 ("this year",1,["Y:2023"]),("Whit Monday",1,["D:2023-05-29"]),("that day",1,["D:2023-05-29"]),
 ("March 14",1,["D:2023-03-14"]),("April 20",1,["D:2023-04-20"]),("in April",1,["M:2023-04"]),
 ("the end of 2024",1,["Y:2024","M:2024-12","D:2024-12-31"]),("the 2022 financial year",1,["Y:2022"]),
 ("the first quarter",1,["Q:2023-Q1"]),("the same quarter of 2019",1,["Q:2019-Q1","Y:2019"]),
 ("Tuesday",1,["D:2023-05-30"]),("early May",1,["MIN:2023-05"]),("July",1,["M:2023-07"]),("August",1,["M:2023-08"])]
N['a20'] = [("6 a.m.",1),("the peak holiday season",1)]

G['a21'] = [("Dec 22",1,["D:2023-12-22"]),("since 2019",1,["Y:2019"]),("this year",1,["Y:2023"]),
 ("Friday",1,["D:2023-12-22"]),("mid-January",1,["MIN:2023-01"]),("Christmas",1,["D:2023-12-25"]),
 ("Dec. 29",1,["D:2023-12-29"]),("New Year's Day",1,["D:2024-01-01"]),("in 2024",1,["Y:2024"]),
 ("the second half",1,["H:2024-H2"]),("Wednesday",1,["D:2023-12-20"]),("the summer of 2022",1,["S:summer-2022"]),
 ("the first quarter of next year",1,["Q:2024-Q1"]),
 ("the January-November period",1,["R:2023-01-01..2023-11-30","M:2023-01","M:2023-11"]),
 ("the same period a year earlier",1,["R:2022-01-01..2022-11-30","Y:2022"]),("last week",1,["W:2023-12-11"]),
 ("The 2020s",1,["DEC:2020"]),("Thursday",1,["D:2023-12-21"]),("March 2022",1,["M:2022-03"])]
N['a21'] = []

G['a22'] = [("Feb 29",1,["D:2024-02-29"]),("Thursday",1,["D:2024-02-29"]),("last spring",1,["S:spring-2023"]),
 ("since 2015",1,["Y:2015"]),("the fourth quarter",1,["Q:2024-Q4"]),("September",1,["M:2024-09"]),
 ("Tuesday",1,["D:2024-02-27"]),("fourth-quarter",1,["Q:2023-Q4"]),("2024",1,["Y:2024"]),
 ("the end of March",1,["M:2024-03","D:2024-03-31"]),("in 2025",1,["Y:2025"]),("this week",1,["W:2024-02-26"]),
 ("the autumn",1,["S:autumn-2024"]),("January 2023",1,["M:2023-01"]),("April 1",1,["D:2024-04-01"]),
 ("the first half of the year",1,["H:2024-H1"]),("Feb. 14",1,["D:2024-02-14"])]
N['a22'] = [("midday",1)]

G['a23'] = [("July 15",1,["D:2024-07-15"]),("Monday",1,["D:2024-07-15"]),("July 1",1,["D:2024-07-01"]),
 ("the end of the year",1,["Y:2024","M:2024-12","D:2024-12-31"]),("Jan. 17, 2025",1,["D:2025-01-17"]),
 ("September",1,["M:2024-09"]),("the spring",1,["S:spring-2025"]),("in 2009",1,["Y:2009"]),
 ("since March",1,["M:2024-03"]),("last November",1,["M:2023-11"]),("in 2026",1,["Y:2026"]),
 ("the early 2030s",1,["DEC:2030","IN:2030-01-01..2034-12-31"]),("Aug. 8",1,["D:2024-08-08"])]
N['a23'] = [("two weeks after",1),("half-year",1)]

G['a24'] = [("Nov 10",1,["D:2025-11-10"]),("Wednesday",1,["D:2025-11-12"]),("Monday",1,["D:2025-11-10"]),
 ("Oct. 1",1,["D:2025-10-01"]),("the end of 2027",1,["Y:2027","M:2027-12","D:2027-12-31"]),
 ("last Thursday",1,["D:2025-11-06"]),("the third quarter",1,["Q:2025-Q3"]),
 ("the same quarter of 2024",1,["Q:2024-Q3","Y:2024"]),("Nov. 3",1,["D:2025-11-03"]),
 ("Nov. 12 and 13",1,["R:2025-11-12..2025-11-13","D:2025-11-12","D:2025-11-13"]),
 ("the summer of 2024",1,["S:summer-2024"]),("Nov. 24",1,["D:2025-11-24"]),
 ("the weekend before",1,["R:2025-11-22..2025-11-23","D:2025-11-22","D:2025-11-23"]),
 ("next month",1,["M:2025-12"]),("in 2022",1,["Y:2022"])]
N['a24'] = [("a second consecutive quarter",1),("pre-Christmas",1)]

G['a25'] = [("Jan 5",1,["D:2026-01-05"]),("Monday",1,["D:2026-01-05"]),("2026",1,["Y:2026"]),
 ("Jan. 20",1,["D:2026-01-20"]),("Christmas",1,["D:2025-12-25"]),
 ("the end of January",1,["M:2026-01","D:2026-01-31"]),("Dec. 17",1,["D:2025-12-17"]),("2024",1,["Y:2024"]),
 ("October 2022",1,["M:2022-10"]),("September",1,["M:2026-09"]),("2027",1,["Y:2027"]),
 ("the third quarter",1,["Q:2025-Q3"]),("this year",1,["Y:2026"]),("2025",1,["Y:2025"]),
 ("the year",1,["Y:2026"]),("Thursday",1,["D:2026-01-08"])]
N['a25'] = [("its winter recess",1),("a month later than planned",1),("the holidays",1),("Constitution Day",1),
 ("May 17",1),("the first Monday in June",1),("the previous three months",1)]
