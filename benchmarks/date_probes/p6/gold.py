# Hand annotation for probe p6 (invented news in beats p1-p5 did not use: earnings, space, diplomacy,
# defence procurement, exams, housing, film, music, harvests, ports, energy, gadgets, strikes, aviation,
# insurance, retail seasons (Thanksgiving, Diwali, Ramadan, Lunar New Year, Easter), anniversaries),
# written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the bare year inside 'Jan. 9 last year'; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'a day after', event names
#   such as 'Expo 2020', B.C. dates the scorer cannot express, 'the past 50 years').
# X: decoys, not dates (ages, '2,019 combines', 'Flight 1549', 'Store 1958', scores, 'May' as a name,
#   'dates' the fruit, sets like 'every spring'); unlike N they are NOT neutral: the scorer ignores X,
#   so a date claim on one counts as a precision error. X is listed only for reference.
# Conventions as p5: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense
#   'on Monday' in a Monday paper is that day; a present-tense 'opens on Friday' in a Friday paper too);
#   anaphoric expressions ('the following week', 'the day before', 'that day') resolve against the
#   narrative's temporal focus. Added: fiscal years/quarters with a stated or national year-end are
#   exact intervals (R:), with the calendar Y/Q reading only where the fiscal year is the calendar year
#   ('fiscal 2019' of a calendar-year company -> Y:2019; Japanese 'fiscal 2023' = Apr 2023-Mar 2024,
#   Indian 'fiscal 2018' = Apr 2017-Mar 2018, with the labelled year as P:); 'a year earlier' in a
#   results story -> the same period a year before plus its year; centuries -> RY:1800..1899 or
#   RY:1801..1900; movable and lunar holidays take that year's observed date (Canadian Thanksgiving in
#   a Saskatchewan story, Mothering Sunday in a British one, New Year's Eve in a Chinese one = Jan. 31);
#   'last April' said after April -> this year's April or last year's, both listed.
G = {}
N = {}
X = {}
G['a01'] = [("Oct. 24",1,["D:2019-10-24"]),("third-quarter",1,["Q:2019-Q3"]),("Thursday",1,["D:2019-10-24"]),
 ("fiscal 2019",1,["Y:2019"]),("since July",1,["M:2019-07"]),
 ("the quarter ended Sept. 30",1,["Q:2019-Q3","P:D:2019-09-30"]),
 ("a year earlier",1,["Q:2018-Q3","Y:2018"]),("last spring",1,["S:spring-2019"]),
 ("the first half of 2020",1,["H:2020-H1"]),("the fourth quarter",1,["Q:2019-Q4"]),
 ("July 25",1,["D:2019-07-25"]),("December 2018",1,["M:2018-12"]),("Tuesday",1,["D:2019-10-22"]),
 ("Q3",1,["Q:2019-Q3"]),("Nov. 5",1,["D:2019-11-05"]),("2017",1,["Y:2017"]),
 ("the end of the month",1,["MIN:2019-10"]),("mid-2020",1,["YIN:2020"]),("2009",1,["Y:2009"]),
 ("2015",1,["Y:2015"]),("the week of Dec. 9",1,["W:2019-12-09","P:D:2019-12-09"]),
 ("Thanksgiving",1,["D:2019-11-28"]),("Tuesday",2,["D:2019-10-29"]),("2019",2,["Y:2019"])]
N['a01'] = [("8:30 a.m.",1)]
X['a01'] = [("2,019",1),("58",1)]

G['a02'] = [("June 17",1,["D:2009-06-17"]),("Tuesday",1,["D:2009-06-16"]),("the autumn",1,["S:autumn-2009"]),
 ("Oct. 3",1,["D:2009-10-03"]),("since Sunday",1,["D:2009-06-14"]),
 ("Dec. 14, 2005",1,["D:2005-12-14"]),("November 2008",1,["M:2008-11"]),
 ("Aug. 9, 2007",1,["D:2007-08-09"]),("Five years ago",1,["Y:2004"]),
 ("Next spring",1,["S:spring-2010"]),("March 2010",1,["M:2010-03"]),("Thursday",1,["D:2009-06-18"]),
 ("2012",1,["Y:2012"]),("1999",1,["Y:1999"]),("the 18th century",1,["RY:1700..1799","RY:1701..1800"]),
 ("last December",1,["M:2008-12"]),("between 2011 and 2013",1,["RY:2011..2013","Y:2011","Y:2013"]),
 ("next Monday",1,["D:2009-06-22"])]
N['a02'] = [("14:32 GMT",1),("the past five weeks",1)]
X['a02'] = [("2063",1),("46",1)]

G['a03'] = [("March 9",1,["D:1997-03-09"]),("Saturday",1,["D:1997-03-08"]),
 ("the late 1980s",1,["DEC:1980","IN:1985-01-01..1989-12-31"]),("March 27",1,["D:1997-03-27"]),
 ("from 1998 to 2007",1,["RY:1998..2007","Y:1998","Y:2007"]),("Friday",1,["D:1997-03-07"]),
 ("Three years ago",1,["Y:1994"]),("This time next year",1,["D:1998-03-09","M:1998-03","Y:1998"]),
 ("1952",1,["Y:1952"]),("1979",1,["Y:1979"]),("Jan. 1",1,["D:1998-01-01"]),
 ("mid-July",1,["MIN:1997-07"]),("last November",1,["M:1996-11"]),("last year",1,["Y:1996"]),
 ("a year earlier",1,["Y:1995"]),("Tuesday",1,["D:1997-03-11"]),("since 1991",1,["Y:1991"])]
N['a03'] = [("6 a.m.",1)]
X['a03'] = [("every spring",1),("1,997",1),("61",1),("today",1),("tomorrow",1)]

G['a04'] = [("Feb. 23",1,["D:2016-02-23"]),("Monday",1,["D:2016-02-22"]),("2013",1,["Y:2013"]),
 ("the third quarter of 2018",1,["Q:2018-Q3"]),
 ("the end of 2021",1,["D:2021-12-31","M:2021-12","Y:2021"]),("1970s",1,["DEC:1970"]),
 ("March 8",1,["D:2016-03-08"]),("Feb. 9",1,["D:2016-02-09"]),
 ("the fiscal year that ends March 31",1,["R:2015-04-01..2016-03-31","P:D:2016-03-31"]),
 ("fiscal 2016-17",1,["R:2016-04-01..2017-03-31","RY:2016..2017","P:Y:2016"]),
 ("the spring of 2014",1,["S:spring-2014"]),("last October",1,["M:2015-10"]),
 ("Tuesday",1,["D:2016-02-23"]),("Feb. 29",1,["D:2016-02-29"]),("two years ago",1,["Y:2014"]),
 ("the week of March 21",1,["W:2016-03-21","P:D:2016-03-21"]),
 ("the autumn of 2017",1,["S:autumn-2017"])]
N['a04'] = [("the next decade",1)]
X['a04'] = [("2000",1),("54",1)]

G['a05'] = [("Aug. 14",1,["D:2008-08-14"]),("this year",1,["Y:2008"]),("Thursday",1,["D:2008-08-14"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),("a year earlier",1,["Y:2007"]),
 ("since 1982",1,["Y:1982"]),("last year's",1,["Y:2007"]),("Wednesday",1,["D:2008-08-13"]),
 ("2010",1,["Y:2010"]),("next month",1,["M:2008-09"]),("the end of September",1,["MIN:2008-09"]),
 ("last September",1,["M:2007-09"]),("next summer",1,["S:summer-2009"]),
 ("Sept. 20",1,["D:2008-09-20"]),("the summer of 2003",1,["S:summer-2003"]),
 ("next Thursday",1,["D:2008-08-21"]),("January",1,["M:2009-01"]),("autumn 2009",1,["S:autumn-2009"])]
N['a05'] = [("8 a.m.",1),("midday",1)]
X['a05'] = [("every summer",1),("Room 2008",1),("April",1),("18",1),("1,945",1),("January",2)]

G['a06'] = [("May 5",1,["D:2001-05-05"]),("April",1,["M:2001-04"]),("a year earlier",1,["M:2000-04","Y:2000"]),
 ("since 1991",1,["Y:1991"]),("Friday",1,["D:2001-05-04"]),("April 2000",1,["M:2000-04"]),
 ("the first quarter",1,["Q:2001-Q1"]),("since January",1,["M:2001-01"]),
 ("Last spring",1,["S:spring-2000"]),("since Jan. 3",1,["D:2001-01-03"]),
 ("May 15",1,["D:2001-05-15"]),("late 2002",1,["YIN:2002"]),
 ("Memorial Day weekend",1,["R:2001-05-26..2001-05-28","R:2001-05-26..2001-05-27","P:D:2001-05-28"]),
 ("1999",1,["Y:1999"]),("2000",2,["Y:2000"]),("this summer",1,["S:summer-2001"]),
 ("May Day",1,["D:2001-05-01"]),("the 1890s",1,["DEC:1890"]),("Tuesday",1,["D:2001-05-01"]),
 ("Monday",1,["D:2001-05-07"]),("the end of next year",1,["D:2002-12-31","M:2002-12","Y:2002"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"])]
N['a06'] = [("10 a.m.",1)]
X['a06'] = [("47",1),("1,991",1)]

G['a07'] = [("Nov. 21",1,["D:2014-11-21"]),("Friday",1,["D:2014-11-21"]),
 ("over the weekend",1,["R:2014-11-21..2014-11-23","R:2014-11-22..2014-11-23","D:2014-11-22","D:2014-11-23"]),
 ("Thanksgiving",1,["D:2014-11-27","R:2014-11-27..2014-11-30"]),("July 2013",1,["M:2013-07"]),
 ("March",1,["M:2014-03"]),("November",1,["M:2014-11"]),("the summer of 2010",1,["S:summer-2010"]),
 ("A year ago",1,["Y:2013","M:2013-11"]),("Wednesday",1,["D:2014-11-19"]),
 ("Thursday",1,["D:2014-11-20"]),("Oct. 30",1,["D:2014-10-30"]),("Dec. 12",1,["D:2014-12-12"]),
 ("next spring",1,["S:spring-2015"]),
 ("last weekend",1,["R:2014-11-14..2014-11-16","R:2014-11-15..2014-11-16","D:2014-11-15","D:2014-11-16"]),
 ("December",1,["M:2014-12"]),("July 2011",1,["M:2011-07"]),("2014",1,["Y:2014"]),
 ("last year's",1,["Y:2013"]),("the holiday season",1,["IN:2014-11-01..2014-12-31"]),
 ("1962",1,["Y:1962"]),("the 1990s",1,["DEC:1990"]),("Boxing Day",1,["D:2014-12-26"])]
N['a07'] = [("7 p.m.",1)]
X['a07'] = [("44",1),("1 hour 52 minutes",1),("1,962",1)]

G['a08'] = [("June 28",1,["D:1999-06-28"]),("Sept. 6",1,["D:1999-09-06"]),("October",1,["M:1999-10"]),
 ("Monday",1,["D:1999-06-28"]),("Sunday",1,["D:1999-06-27"]),
 ("over the weekend",1,["R:1999-06-25..1999-06-27","R:1999-06-26..1999-06-27","D:1999-06-26","D:1999-06-27"]),
 ("1982",1,["Y:1982"]),("the mid-1980s",1,["DEC:1980","IN:1983-01-01..1987-12-31"]),
 ("Twenty years ago",1,["Y:1979"]),("last winter",1,["S:winter-1998"]),
 ("the week of Aug. 23",1,["W:1999-08-23","P:D:1999-08-23"]),("Oct. 1",1,["D:1999-10-01"]),
 ("Oct. 29",1,["D:1999-10-29"]),("Saturday",1,["D:1999-07-03"]),("Dec. 31",1,["D:1999-12-31"]),
 ("the spring of 1976",1,["S:spring-1976"]),("1994",1,["Y:1994"]),("since March",1,["M:1999-03"]),
 ("the first half",1,["H:1999-H1"]),("last week",1,["W:1999-06-21"]),("1997",1,["Y:1997"])]
N['a08'] = [("a day after",1),("9 a.m.",1),("the new millennium",1)]
X['a08'] = [("May",1),("51",1)]

G['a09'] = [("Sept. 12",1,["D:2021-09-12"]),("this year's",1,["Y:2021"]),("since 2002",1,["Y:2002"]),
 ("Thursday",1,["D:2021-09-09"]),("late June",1,["MIN:2021-06"]),
 ("between May and August",1,["R:2021-05-01..2021-08-31","M:2021-05","M:2021-08"]),
 ("a year ago",1,["Y:2020"]),("last April",1,["M:2021-04","M:2020-04"]),
 ("the dirty thirties",1,["DEC:1930"]),("Saturday",1,["D:2021-09-11"]),
 ("the end of the month",1,["MIN:2021-09"]),("2021",1,["Y:2021"]),("Sept. 14",1,["D:2021-09-14"]),
 ("Dec. 3",1,["D:2021-12-03"]),("Tuesday",1,["D:2021-09-07"]),("since July",1,["M:2021-07"]),
 ("last year's",1,["Y:2020"]),("Oct. 15",1,["D:2021-10-15"]),
 ("the Labour Day weekend",1,["R:2021-09-04..2021-09-06","R:2021-09-04..2021-09-05","P:D:2021-09-06"]),
 ("1988",1,["Y:1988"]),("2020",1,["Y:2020"]),("this fall",1,["S:autumn-2021"]),
 ("next spring",1,["S:spring-2022"]),("Thanksgiving",1,["D:2021-10-11"])]
N['a09'] = [("6 a.m.",1),("two weeks earlier than usual",1)]
X['a09'] = [("Spring",1),("63",1),("winter",1)]

G['a10'] = [("Jan. 30",1,["D:2024-01-30"]),("January",1,["M:2024-01"]),
 ("a year earlier",1,["M:2023-01","Y:2023"]),("Lunar New Year",1,["D:2024-02-10"]),
 ("Feb. 10",1,["D:2024-02-10"]),("Tuesday",1,["D:2024-01-30"]),
 ("since mid-December",1,["MIN:2023-12"]),("Jan. 11",1,["D:2024-01-11"]),
 ("Friday",1,["D:2024-01-26"]),("mid-2024",1,["YIN:2024"]),
 ("the week of Feb. 12",1,["W:2024-02-12","P:D:2024-02-12"]),("Last year",1,["Y:2023"]),
 ("Jan. 22",1,["D:2023-01-22"]),("Monday",1,["D:2024-01-29"]),
 ("the end of February",1,["MIN:2024-02"]),("2023",1,["Y:2023"]),
 ("the second half of 2027",1,["H:2027-H2"]),("late 2021",1,["YIN:2021"]),
 ("Tuesday",2,["D:2024-01-30"]),("Christmas",1,["D:2023-12-25","R:2023-12-24..2023-12-26"]),
 ("Thursday",1,["D:2024-02-01"]),("1819",1,["Y:1819"])]
N['a10'] = [("11 a.m.",1)]
X['a10'] = [("10 to 14 days",1),("1995",1),("59",1)]

G['a11'] = [("Dec. 19",1,["D:2022-12-19"]),("Monday",1,["D:2022-12-19"]),("Jan. 1",1,["D:2023-01-01"]),
 ("Thursday",1,["D:2022-12-15"]),
 ("January and February",1,["R:2023-01-01..2023-02-28","M:2023-01","M:2023-02"]),
 ("March",1,["M:2023-03"]),("April 2024",1,["M:2024-04"]),
 ("earlier this month",1,["M:2022-12","IN:2022-12-01..2022-12-18"]),("late August",1,["MIN:2022-08"]),
 ("Sunday",1,["D:2022-12-18"]),("mid-November",1,["MIN:2022-11"]),("last week",1,["W:2022-12-12"]),
 ("February 2021",1,["M:2021-02"]),
 ("the year to Sept. 30",1,["R:2021-10-01..2022-09-30","P:D:2022-09-30"]),
 ("the winter of 2023-24",1,["S:winter-2023","P:Y:2023"]),("October",1,["M:2022-10"]),
 ("April 15",1,["D:2023-04-15"]),("Sept. 30",2,["D:2022-09-30"]),("next year",1,["Y:2023"]),
 ("2021",2,["Y:2021"]),("Christmas",1,["D:2022-12-25","R:2022-12-24..2022-12-26"]),
 ("Wednesday",1,["D:2022-12-21"]),("the 1970s",1,["DEC:1970"]),("January",2,["M:2023-01"])]
N['a11'] = [("midnight",1)]
X['a11'] = [("49",1),("2,023",1)]

G['a12'] = [("April 7",1,["D:2026-04-07"]),("Tuesday",1,["D:2026-04-07"]),("April 24",1,["D:2026-04-24"]),
 ("early May",1,["MIN:2026-05"]),("since 2019",1,["Y:2019"]),("Friday",1,["D:2026-04-10"]),
 ("Last April",1,["M:2025-04"]),("2025",1,["Y:2025"]),("2024",1,["Y:2024"]),("Q1",1,["Q:2026-Q1"]),
 ("the fourth quarter",1,["Q:2025-Q4"]),("first-quarter",1,["Q:2026-Q1"]),
 ("April 28",1,["D:2026-04-28"]),("last week",1,["W:2026-03-30"]),("Tuesday",2,["D:2026-04-07"]),
 ("March 31",1,["D:2026-03-31"]),("late September",1,["MIN:2026-09"]),("1983",1,["Y:1983"]),
 ("the second half",1,["H:2026-H2"]),("the week of June 8",1,["W:2026-06-08","P:D:2026-06-08"]),
 ("2021",1,["Y:2021"]),("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("five years ago",1,["Y:2021"])]
N['a12'] = [("10 a.m.",1),("the autumn harvest festival",1),("2 p.m.",1)]
X['a12'] = [("2030",1),("29",1)]

G['a13'] = [("Nov. 2",1,["D:1995-11-02"]),("Wednesday",1,["D:1995-11-01"]),("since 1970",1,["Y:1970"]),
 ("Halloween",1,["D:1995-10-31"]),("Tuesday",1,["D:1995-10-31"]),
 ("the day before",1,["D:1995-10-30"]),("through 1998",1,["Y:1998","R:1995-11-01..1998-12-31"]),
 ("Sept. 14",1,["D:1995-09-14"]),("Tuesday",2,["D:1995-10-31"]),("Monday",1,["D:1995-11-06"]),
 ("1992",1,["Y:1992"]),("Thanksgiving",1,["D:1995-11-23"]),
 ("the middle of next week",1,["IN:1995-11-07..1995-11-09","W:1995-11-06"]),
 ("the summer of 1994",1,["S:summer-1994"]),("third-quarter",1,["Q:1995-Q3"]),
 ("Oct. 19",1,["D:1995-10-19"]),("a year earlier",1,["Q:1994-Q3","Y:1994"]),
 ("Wednesday",2,["D:1995-11-01"]),("Earlier this year",1,["Y:1995","IN:1995-01-01..1995-11-01"]),
 ("1961",1,["Y:1961"]),("Thirty years ago",1,["Y:1965"])]
N['a13'] = [("12:01 a.m.",1),("the next three years",1),("the eighth day of the walkout",1)]
X['a13'] = [("57",1),("1948",1),("54 days",1)]

G['a14'] = [("July 15",1,["D:2005-07-15"]),("Thursday",1,["D:2005-07-14"]),("this month",1,["M:2005-07"]),
 ("July 2",1,["D:2005-07-02"]),("1998",1,["Y:1998"]),("Saturday",1,["D:2005-07-16"]),
 ("last Friday",1,["D:2005-07-08"]),("March 2004",1,["M:2004-03"]),("second-quarter",1,["Q:2005-Q2"]),
 ("Aug. 4",1,["D:2005-08-04"]),("June",1,["M:2005-06"]),("June 2004",1,["M:2004-06"]),
 ("the Canada Day weekend",1,["R:2005-07-01..2005-07-03","R:2005-07-02..2005-07-03","P:D:2005-07-01"]),
 ("Last summer",1,["S:summer-2004"]),("since September 2001",1,["M:2001-09"]),
 ("fiscal 2006",1,["Y:2006"]),("Oct. 30",1,["D:2005-10-30"]),
 ("the end of the year",1,["D:2005-12-31","M:2005-12","Y:2005"]),("2009",1,["Y:2009"])]
N['a14'] = [("4:10 p.m.",1),("the winter schedule",1)]
X['a14'] = [("1549",1),("52",1)]

G['a15'] = [("Aug. 29",1,["D:2018-08-29"]),("first-half",1,["H:2018-H1"]),("Wednesday",1,["D:2018-08-29"]),
 ("the six months to June 30",1,["H:2018-H1","R:2018-01-01..2018-06-30","P:D:2018-06-30"]),
 ("a year earlier",1,["H:2017-H1","Y:2017"]),("1863",1,["Y:1863"]),("last year",1,["Y:2017"]),
 ("since 2011",1,["Y:2011"]),("July 1",1,["D:2018-07-01"]),("Jan. 1",1,["D:2019-01-01"]),
 ("from June 1 to Nov. 30",1,["R:2018-06-01..2018-11-30","D:2018-06-01","D:2018-11-30"]),
 ("last week",1,["W:2018-08-20"]),("second-half",1,["H:2018-H2"]),("September",1,["M:2018-09"]),
 ("the end of June",1,["MIN:2018-06","D:2018-06-30"]),
 ("between September and March",1,["R:2018-09-01..2019-03-31","M:2018-09","M:2019-03"]),
 ("Nov. 13",1,["D:2018-11-13"]),("2005",1,["Y:2005"]),("Feb. 21",1,["D:2019-02-21"])]
N['a15'] = [("10:15 a.m.",1)]
X['a15'] = [("1,863",1),("55",1)]

G['a16'] = [("Nov. 20",1,["D:2012-11-20"]),("Thanksgiving",1,["D:2012-11-22"]),("this year",1,["Y:2012"]),
 ("the holiday shopping season",1,["R:2012-11-01..2012-12-31","IN:2012-11-01..2012-12-31"]),
 ("Thursday",1,["D:2012-11-22"]),("last year",1,["Y:2011"]),("Thanksgiving Day",1,["D:2011-11-24"]),
 ("Black Friday",1,["D:2012-11-23"]),("Friday",2,["D:2012-11-23"]),
 ("November and December",1,["R:2012-11-01..2012-12-31","M:2012-11","M:2012-12"]),
 ("2011",1,["Y:2011"]),("October",1,["M:2012-10"]),("Oct. 29",1,["D:2012-10-29"]),
 ("last Thursday",1,["D:2012-11-15"]),
 ("the three months to Oct. 27",1,["R:2012-07-29..2012-10-27","R:2012-07-28..2012-10-27","P:D:2012-10-27"]),
 ("1958",1,["Y:1958"]),
 ("the first half of November",1,["R:2012-11-01..2012-11-15","IN:2012-11-01..2012-11-15"]),
 ("early October",1,["MIN:2012-10"]),("Cyber Monday",1,["D:2012-11-26"]),
 ("Cyber Monday last year",1,["D:2011-11-28","P:Y:2011"]),("this year",2,["Y:2012"]),
 ("Christmas Eve",1,["D:2012-12-24"]),("Monday",3,["D:2012-12-24"]),
 ("Christmas",2,["D:2012-12-25","R:2012-12-24..2012-12-26"]),
 ("Dec. 22 and 23",1,["R:2012-12-22..2012-12-23","D:2012-12-22","D:2012-12-23"]),
 ("2010",1,["Y:2010"]),("Christmas",3,["D:2010-12-25"]),("Saturday",1,["D:2010-12-25"]),
 ("the day before the holiday",1,["D:2010-12-24"])]
N['a16'] = [("8 p.m.",1),("10 p.m.",1),("midnight",1)]
X['a16'] = [("1958",2)]

G['a17'] = [("Oct. 16",1,["D:2017-10-16"]),("this year",1,["Y:2017"]),("Diwali",1,["D:2017-10-19"]),
 ("Thursday",1,["D:2017-10-19"]),("Dhanteras",1,["D:2017-10-17"]),("Tuesday",1,["D:2017-10-17"]),
 ("from Sept. 20 to 24",1,["R:2017-09-20..2017-09-24","D:2017-09-20","D:2017-09-24"]),
 ("2016",1,["Y:2016"]),("Last year",1,["Y:2016"]),("Diwali",2,["D:2016-10-30"]),
 ("Oct. 30",1,["D:2016-10-30"]),("November last year",1,["M:2016-11","P:Y:2016"]),
 ("July 1",1,["D:2017-07-01"]),("September",1,["M:2017-09"]),
 ("a year earlier",1,["M:2016-09","Y:2016"]),("Sept. 30",1,["D:2017-09-30"]),
 ("Saturday",1,["D:2017-10-14"]),("mid-November",1,["MIN:2017-11"]),("February",1,["M:2018-02"]),
 ("the October-December quarter",1,["Q:2017-Q4","R:2017-10-01..2017-12-31"]),
 ("January",1,["M:2018-01"]),("fiscal 2018",1,["R:2017-04-01..2018-03-31","P:Y:2018"]),
 ("March 31",1,["D:2018-03-31"]),("last week",1,["W:2017-10-09"]),("Nov. 1",1,["D:2017-11-01"]),
 ("1991",1,["Y:1991"])]
N['a17'] = [("midnight",1)]
X['a17'] = [("64",1),("1,999",1),("36 hours",1)]

G['a18'] = [("March 21",1,["D:2025-03-21"]),
 ("Ramadan",1,["R:2025-03-01..2025-03-29","R:2025-03-01..2025-03-30"]),
 ("Thursday",1,["D:2025-03-20"]),("Eid al-Fitr",1,["D:2025-03-30","D:2025-03-31"]),
 ("March 30 or 31",1,["D:2025-03-30","D:2025-03-31"]),
 ("the week to Tuesday",1,["R:2025-03-12..2025-03-18","P:D:2025-03-18"]),
 ("Ramadan",2,["R:2024-03-11..2024-04-09"]),("last year",1,["Y:2024"]),
 ("Ramadan",3,["R:2025-03-01..2025-03-29","R:2025-03-01..2025-03-30"]),("March 1",1,["D:2025-03-01"]),
 ("this year",1,["Y:2025"]),("2024",1,["Y:2024"]),
 ("the second week of March",1,["W:2024-03-11","R:2024-03-08..2024-03-14"]),
 ("Last Ramadan",1,["R:2024-03-11..2024-04-09","P:Y:2024"]),("April 10",1,["D:2024-04-10"]),
 ("Monday",1,["D:2025-03-17"]),("January",1,["M:2025-01"]),
 ("a year earlier",1,["M:2024-01","Y:2024"]),
 ("from Dec. 6 to Jan. 12",1,["R:2024-12-06..2025-01-12","D:2024-12-06","D:2025-01-12"]),
 ("the fourth quarter",1,["Q:2025-Q4"]),("the summer",1,["S:summer-2025"])]
N['a18'] = [("between 9 p.m. and 2 a.m.",1),("the Eid holiday",1),("Expo 2020",1)]
X['a18'] = [("dates",1),("about 11 days earlier",1),("38",1)]

G['a19'] = [("July 19",1,["D:2015-07-19"]),("Sunday",1,["D:2015-07-19"]),("100 years ago",1,["Y:1915"]),
 ("July 21, 1915",1,["D:1915-07-21"]),("Tuesday",1,["D:2015-07-21"]),("Saturday",1,["D:2015-07-18"]),
 ("1872",1,["Y:1872"]),
 ("the late 19th century",1,["IN:1850-01-01..1900-12-31","RY:1800..1899","RY:1801..1900"]),
 ("the summer of 1915",1,["S:summer-1915"]),
 ("Christmas 1914",1,["D:1914-12-25","R:1914-12-24..1914-12-26","P:Y:1914"]),
 ("October 1915",1,["M:1915-10"]),("the following spring",1,["S:spring-1916"]),
 ("A century ago",1,["Y:1915"]),("1968",1,["Y:1968"]),("1947",1,["Y:1947"]),("1989",1,["Y:1989"]),
 ("the 1970s",1,["DEC:1970"]),("the next morning",1,["D:1915-07-22"]),("1965",1,["Y:1965"]),
 ("last year",1,["Y:2014"]),("next year",1,["Y:2016"]),("Aug. 1",1,["D:2015-08-01"]),
 ("the summer before the disaster",1,["S:summer-1914"])]
N['a19'] = [("11:40 a.m.",1),("the First World War",1),("the 50th anniversary",1)]
X['a19'] = [("92",1),("12-12",1)]

G['a20'] = [("May 11",1,["D:2024-05-11"]),("Friday",1,["D:2024-05-10"]),
 ("the fiscal year that ended March 31",1,["R:2023-04-01..2024-03-31","P:D:2024-03-31"]),
 ("the current year to March 2025",1,["R:2024-04-01..2025-03-31","P:M:2025-03"]),
 ("the January-March quarter",1,["Q:2024-Q1","R:2024-01-01..2024-03-31"]),
 ("a year earlier",1,["Q:2023-Q1","Y:2023"]),("March",4,["M:2024-03"]),
 ("April 29",1,["D:2024-04-29"]),("Golden Week",1,["R:2024-04-27..2024-05-06"]),
 ("from April 27 to May 6",1,["R:2024-04-27..2024-05-06","D:2024-04-27","D:2024-05-06"]),
 ("this year",1,["Y:2024"]),("December",1,["M:2023-12"]),
 ("fiscal 2023",1,["R:2023-04-01..2024-03-31","P:Y:2023"]),
 ("FY24",1,["R:2024-04-01..2025-03-31","P:Y:2024"]),("April 1",1,["D:2024-04-01"]),
 ("the six months to September",1,["R:2024-04-01..2024-09-30","P:M:2024-09"]),("1974",1,["Y:1974"]),
 ("November 2022",1,["M:2022-11"]),("March",5,["M:2024-03"]),("since 2007",1,["Y:2007"]),
 ("Friday",2,["D:2024-05-10"]),("Wednesday",1,["D:2024-05-15"]),
 ("later this year",1,["Y:2024","IN:2024-05-11..2024-12-31"])]
N['a20'] = [("3 p.m.",1)]
X['a20'] = [("34 years",1),("2,023",1),("61",1)]

G['a21'] = [("Jan. 26",1,["D:2006-01-26"]),("last summer",1,["S:summer-2005"]),("Thursday",1,["D:2006-01-26"]),
 ("1998",1,["Y:1998"]),("a hot July",1,["M:2005-07"]),("August",1,["M:2005-08"]),
 ("early November",1,["MIN:2005-11"]),("December",1,["M:2005-12"]),("February",1,["M:2006-02"]),
 ("since Dec. 19",1,["D:2005-12-19"]),("the 17th century",1,["RY:1600..1699","RY:1601..1700"]),
 ("the 1980s",1,["DEC:1980"]),("2003",1,["Y:2003"]),("Tuesday",1,["D:2006-01-24"]),
 ("the spring",1,["S:spring-2006"]),("2008",1,["Y:2008"]),("March 14",1,["D:2006-03-14"]),
 ("Saturday",1,["D:2006-01-28"]),("Easter",1,["D:2006-04-16"])]
N['a21'] = [("around 1500 B.C.",1),("3,500 years ago",1),("the past 50 years",1)]
X['a21'] = [("Today",1),("June",1),("41",1)]

G['a22'] = [("Dec. 1",1,["D:2010-12-01"]),("Friday",1,["D:2010-12-03"]),("Saturday",1,["D:2010-12-04"]),
 ("since 2005",1,["Y:2005"]),("2013",1,["Y:2013"]),("Tuesday",1,["D:2010-11-30"]),
 ("Nov. 12",1,["D:2010-11-12"]),("the following week",1,["W:2010-11-15"]),("June",1,["M:2010-06"]),
 ("last Thursday",1,["D:2010-11-25"]),
 ("the first nine months of the year",1,["R:2010-01-01..2010-09-30"]),("2008",1,["Y:2008"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"]),
 ("15 years ago this week",1,["W:1995-11-27","Y:1995"]),("Thursday",2,["D:2010-12-02"]),
 ("Jan. 1",1,["D:2011-01-01"]),("Next year's",1,["Y:2011"]),("the spring",1,["S:spring-2011"]),
 ("mid-2012",1,["YIN:2012"]),("Feb. 14",1,["D:2011-02-14"]),("the winter",1,["S:winter-2010"])]
N['a22'] = []
X['a22'] = [("1,995",1),("60",1)]

G['a23'] = [("Jan. 29",1,["D:2003-01-29"]),
 ("from Jan. 18 to Feb. 26",1,["R:2003-01-18..2003-02-26","D:2003-01-18","D:2003-02-26"]),
 ("Lunar New Year",1,["D:2003-02-01"]),("Saturday",1,["D:2003-02-01"]),
 ("The Year of the Sheep",1,["R:2003-02-01..2004-01-21"]),("that day",1,["D:2003-02-01"]),
 ("New Year's Eve",1,["D:2003-01-31"]),("Friday",1,["D:2003-01-31"]),
 ("from Feb. 1 to 7",1,["R:2003-02-01..2003-02-07","D:2003-02-01","D:2003-02-07"]),
 ("December",1,["M:2002-12"]),("a year earlier",1,["M:2001-12","Y:2001"]),
 ("Monday",1,["D:2003-01-27"]),("2002",1,["Y:2002"]),("last year",1,["Y:2002"]),
 ("Feb. 12",1,["D:2002-02-12"]),("Jan. 8",1,["D:2003-01-08"]),
 ("the spring of 2001",1,["S:spring-2001"]),("last October",1,["M:2002-10"]),
 ("the Lantern Festival",1,["D:2003-02-15"]),("Feb. 15",1,["D:2003-02-15"]),("2008",1,["Y:2008"]),
 ("since 1993",1,["Y:1993"]),
 ("the week after the holiday",1,["W:2003-02-03","W:2003-02-10","R:2003-02-08..2003-02-14"]),
 ("the first quarter",1,["Q:2003-Q1"])]
N['a23'] = [("the two weeks before the holiday",1),("midnight",1)]
X['a23'] = [("24",1),("K2003",1)]

G['a24'] = [("April 21",1,["D:2000-04-21"]),("this Easter",1,["D:2000-04-23","R:2000-04-21..2000-04-24"]),
 ("Mother's Day",1,["D:2000-04-02"]),("Good Friday",1,["D:2000-04-21"]),
 ("Easter Sunday",1,["D:2000-04-23"]),("April 23",1,["D:2000-04-23"]),("this year",1,["Y:2000"]),
 ("1999",1,["Y:1999"]),("March",1,["M:2000-03"]),("Thursday",1,["D:2000-04-20"]),
 ("the week to April 15",1,["R:2000-04-09..2000-04-15","P:D:2000-04-15"]),
 ("Saturday",1,["D:2000-04-22"]),("Sunday",2,["D:2000-04-23"]),("Easter Monday",1,["D:2000-04-24"]),
 ("Last Easter",1,["D:1999-04-04","P:Y:1999"]),("since 1993",1,["Y:1993"]),("This year",1,["Y:2000"]),
 ("last week",1,["W:2000-04-10"]),("the first quarter",1,["Q:2000-Q1"]),
 ("the millennium New Year",1,["D:2000-01-01","R:1999-12-31..2000-01-01","D:1999-12-31"]),
 ("April",4,["M:2000-04"]),("May 18",1,["D:2000-05-18"]),("1868",1,["Y:1868"]),
 ("since January",1,["M:2000-01"]),("this year",2,["Y:2000"]),("May Day",1,["D:2000-05-01"]),
 ("May 1",1,["D:2000-05-01"]),("the end of May",1,["MIN:2000-05"]),("June",1,["M:2000-06"])]
N['a24'] = [("19 days later",1),("Easter",4),("4 a.m.",1),("Euro 2000",1)]
X['a24'] = [("56",1),("1,999",1)]

G['a25'] = [("Sept. 26",1,["D:2026-09-26"]),("Monday",1,["D:2026-09-28"]),("Sept. 28, 1926",1,["D:1926-09-28"]),
 ("Saturday",1,["D:2026-09-26"]),("Seventy years ago",1,["Y:1956"]),("the 1920s",1,["DEC:1920"]),
 ("since the 19th century",1,["RY:1800..1899","RY:1801..1900"]),("1926",2,["Y:1926"]),
 ("between 1940 and 1945",1,["RY:1940..1945","Y:1940","Y:1945"]),("October 1987",1,["M:1987-10"]),
 ("the summer of 2009",1,["S:summer-2009"]),("the same year",1,["Y:2009"]),("May",1,["M:2026-05"]),
 ("2025",1,["Y:2025"]),("since 1969",1,["Y:1969"]),("last winter",1,["S:winter-2025"]),
 ("next year",1,["Y:2027"]),("the end of October",1,["MIN:2027-10"]),
 ("the winter",1,["S:winter-2026"]),("the end of the month",1,["MIN:2026-09"]),
 ("May Day",1,["D:2027-05-01"]),("Sunday",1,["D:2026-09-27"]),("Nov. 8",1,["D:2026-11-08"]),
 ("the 21st century",1,["RY:2000..2099","RY:2001..2100"]),("1926",3,["Y:1926"])]
N['a25'] = [("the Second World War",1),("the pool's first century",1)]
X['a25'] = [("100 years",1),("88",1),("every day in August",1),("10-year",1),("2-1",1)]
