# Hand annotation for probe p7 (invented news in beats p1-p6 did not use as such: a criminal appeal, a central
# bank, a canal closure, a heat wave, a school calendar, a transfer deadline, a city election with early voting
# and a run-off, a product launch and a recall, a clinical trial, a delayed launch, feasts of several calendars
# (Orthodox Easter, Jewish autumn holidays, Kurban Bayrami, carnival and Lent, King's Day, the Fourth of July,
# Golden Week and the Mid-Autumn Festival), an obituary, an anniversary, Australian and municipal fiscal years,
# a metro build, a bus strike, the millennium), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the bare year inside 'June 9 next year'; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'a week after', event names
#   such as 'London 2012', habitual dates such as 'celebrated on April 30', a hypothetical '1900').
# X: decoys, not dates (ages, durations, 'Nordic Friday', 'Bill 2003-17', 'Flight 2018', lot codes, '2170'
#   cells, 'Monday through Friday' opening hours, 'May'/'June'/'April' as names); the scorer ignores X,
#   so a date claim on one counts as a precision error. X is listed only for reference.
# Conventions as p5/p6: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense
#   'on Monday' in a Monday paper is that day, and so is a present-tense 'ends on Wednesday' in a Wednesday
#   paper); anaphoric expressions ('the following day', 'two days later', 'Nine days later') resolve against
#   the narrative's temporal focus; fiscal years with a stated or national year-end are exact intervals with
#   the labelled year as P:; centuries RY:1800..1899 or RY:1801..1900; holidays take that year's date in the
#   story's country. Added in p7: Orthodox feasts in the Cyprus story (a12) by the Julian Easter; Jewish
#   holidays by the Hebrew date (first full day; multi-day ones also R:, 'the eve of X' the day before, the
#   year 5779 and the month Tishrei as R:); Turkey's feasts by its calculated calendar; Golden Week and a
#   Chinese 'May Day holiday' as R: of the week; King's Day 2025 moved to Saturday April 26; 'the Fourth' is
#   July 4 even when the day off is Friday; Australian 'fiscal 2017' = Jul 2016-Jun 2017, its 'second half'
#   = Jan-Jun 2017, 'the December quarter' = Q4; 'Lent' = Ash Wednesday to Holy Saturday (or Maundy Thursday);
#   'Holy Week' = Palm Sunday to Holy Saturday; 'deadline day', 'election day' and 'the first working day of
#   the year' are the day the story fixes; 'the 1900s' is the century or the decade; in a Sunday paper 'next
#   week' starts the next day and 'last week' may be either of the two weeks before.
G = {}
N = {}
X = {}
G['a01'] = [("Nov. 17",1,["D:2011-11-17"]),("Thursday",1,["D:2011-11-17"]),("2004",1,["Y:2004"]),
 ("March 2010",1,["M:2010-03"]),("between 2005 and 2008",1,["RY:2005..2008","Y:2005","Y:2008"]),
 ("last December",1,["M:2010-12"]),
 ("from Oct. 4 to 6",1,["R:2011-10-04..2011-10-06","D:2011-10-04","D:2011-10-06"]),
 ("Dec. 15",1,["D:2011-12-15"]),("last month",1,["M:2011-10"]),
 ("since the summer of 2008",1,["S:summer-2008"]),("Feb. 2, 2009",1,["D:2009-02-02"]),
 ("three months later",1,["M:2009-05","D:2009-05-02"]),("1923",1,["Y:1923"]),
 ("two years ago",1,["Y:2009","M:2009-11"]),("Jan. 4, 2010",1,["D:2010-01-04"]),
 ("last week",1,["W:2011-11-07"]),("June 2013",1,["M:2013-06"]),("Wednesday",1,["D:2011-11-16"]),
 ("the spring",1,["S:spring-2012"]),("Easter",1,["D:2012-04-08","R:2012-04-06..2012-04-09"]),
 ("since September",1,["M:2011-09"]),("Monday",1,["D:2011-11-21"]),
 ("the week of Jan. 23",1,["W:2012-01-23","P:D:2012-01-23"]),
 ("Christmas",1,["D:2011-12-25","R:2011-12-24..2011-12-26"]),("the new year",1,["YIN:2012"])]
N['a01'] = [("6 a.m.",1)]
X['a01'] = [("52",1),("28 days",1),("April",1),("Court 2",1)]

G['a02'] = [("Jan. 10",1,["D:2007-01-10"]),("Wednesday",1,["D:2007-01-10"]),("since June 2005",1,["M:2005-06"]),
 ("the second half of 2008",1,["H:2008-H2"]),
 ("the year to December",1,["R:2006-01-01..2006-12-31","P:M:2006-12"]),("Monday",1,["D:2007-01-08"]),
 ("November",1,["M:2006-11"]),("since 1998",1,["Y:1998"]),
 ("Christmas and New Year",1,["R:2006-12-25..2007-01-01","D:2006-12-25","D:2007-01-01"]),
 ("this winter",1,["S:winter-2006"]),("the second quarter",1,["Q:2007-Q2"]),
 ("Feb. 21",1,["D:2007-02-21"]),("Jan. 17",1,["D:2007-01-17"]),("next week",1,["W:2007-01-15"]),
 ("Nov. 29",1,["D:2006-11-29"]),("Dec. 13",1,["D:2006-12-13"]),("last week",1,["W:2007-01-01"]),
 ("Wednesday",2,["D:2007-01-10"]),("the spring",1,["S:spring-2007"]),
 ("the third quarter",1,["Q:2006-Q3"]),("a year earlier",1,["Q:2005-Q3","Y:2005"]),
 ("March",1,["M:2007-03"]),("next year",1,["Y:2008"]),("April 1",1,["D:2007-04-01"]),
 ("2007",1,["Y:2007"]),("2006",1,["Y:2006"]),("the fourth quarter",1,["Q:2006-Q4"]),
 ("since March 2004",1,["M:2004-03"]),("1921",1,["Y:1921"]),("1996",1,["Y:1996"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),
 ("the summer of 2003",1,["S:summer-2003"]),("mid-2005",1,["YIN:2005"])]
N['a02'] = []
X['a02'] = [("Jan",3)]

G['a03'] = [("Oct. 14",1,["D:2006-10-14"]),("Saturday",1,["D:2006-10-14"]),
 ("the middle of next week",1,["IN:2006-10-17..2006-10-19","W:2006-10-16"]),
 ("Tuesday",1,["D:2006-10-10"]),("Thursday",1,["D:2006-10-12"]),
 ("the following day",1,["D:2006-10-13"]),("Saturday",2,["D:2006-10-14"]),
 ("since Wednesday",1,["D:2006-10-11"]),("Thursday",2,["D:2006-10-19"]),("Monday",1,["D:2006-10-16"]),
 ("Sept. 18",1,["D:2006-09-18"]),("Friday",3,["D:2006-10-13"]),("2009",1,["Y:2009"]),
 ("the first quarter of 2008",1,["Q:2008-Q1"]),("1895",1,["Y:1895"]),("the 1960s",1,["DEC:1960"]),
 ("last year",1,["Y:2005"]),("the spring of 2005",1,["S:spring-2005"]),("Feb. 26",1,["D:2006-02-26"]),
 ("the day before the German Unity Day holiday",1,["D:2006-10-02"]),
 ("the end of October",1,["D:2006-10-31","MIN:2006-10"]),
 ("the week before Christmas",1,["W:2006-12-18"]),("November",1,["M:2006-11"])]
N['a03'] = [("midnight",1),("4:40 a.m.",1)]
X['a03'] = [("Friday",1),("2000",1),("Friday",2)]

G['a04'] = [("Aug. 12",1,["D:2012-08-12"]),("Wednesday",1,["D:2012-08-15"]),
 ("Assumption Day",1,["D:2012-08-15"]),("Saturday",1,["D:2012-08-11"]),("1951",1,["Y:1951"]),
 ("Friday",1,["D:2012-08-10"]),("Friday",2,["D:2012-08-10"]),("Thursday",1,["D:2012-08-16"]),
 ("next weekend",1,["R:2012-08-17..2012-08-19","R:2012-08-18..2012-08-19","D:2012-08-18"]),
 ("Sunday",1,["D:2012-08-12"]),("Aug. 6",1,["D:2012-08-06"]),
 ("the summer of 2003",1,["S:summer-2003"]),
 ("from late July to mid-August",1,["IN:2003-07-11..2003-08-25","MIN:2003-07","MIN:2003-08"]),
 ("Aug. 8",1,["D:2012-08-08"]),("Tuesday",1,["D:2012-08-14"]),("Friday",3,["D:2012-08-10"]),
 ("December 2007",1,["M:2007-12"]),("July",2,["M:2012-07"]),("since 1995",1,["Y:1995"]),
 ("a year ago",1,["Y:2011","M:2011-08"]),
 ("earlier this month",1,["M:2012-08","IN:2012-08-01..2012-08-11"]),
 ("the 2012-13 season",1,["RY:2012..2013","R:2012-10-01..2013-09-30","P:Y:2012"]),
 ("Wednesday",2,["D:2012-08-15"]),
 ("the second week of September",1,["W:2012-09-10","R:2012-09-08..2012-09-14"])]
N['a04'] = [("1:30 p.m.",1),("London 2012",1),("between noon and 6 p.m.",1),("10 p.m.",1)]
X['a04'] = [("82",1)]

G['a05'] = [("March 3",1,["D:2014-03-03"]),("this winter",1,["S:winter-2013"]),("Monday",1,["D:2014-03-03"]),
 ("Thursday",1,["D:2014-03-06"]),("May 30",1,["D:2014-05-30"]),("June 6",1,["D:2014-06-06"]),
 ("Good Friday",1,["D:2014-04-18"]),("April 18",1,["D:2014-04-18"]),
 ("Monday, April 21",1,["D:2014-04-21"]),("Memorial Day",1,["D:2014-05-26"]),
 ("Jan. 28",1,["D:2014-01-28"]),("the day after Presidents' Day",1,["D:2014-02-18"]),
 ("Feb. 26 and 27",1,["R:2014-02-26..2014-02-27","D:2014-02-26","D:2014-02-27"]),
 ("this winter",2,["S:winter-2013"]),("Last winter",1,["S:winter-2012"]),
 ("last week",1,["W:2014-02-24"]),("May 31",1,["D:2014-05-31"]),("May 23",1,["D:2014-05-23"]),
 ("from April 28 to May 9",1,["R:2014-04-28..2014-05-09","D:2014-04-28","D:2014-05-09"]),
 ("June 16",1,["D:2014-06-16"]),("June 30",1,["D:2014-06-30"]),("since December",1,["M:2013-12"]),
 ("the 2014-15 school year",1,["RY:2014..2015","IN:2014-08-01..2015-06-30","P:Y:2014"]),
 ("Aug. 20",1,["D:2014-08-20"]),
 ("the second week of June",1,["W:2015-06-08","R:2015-06-08..2015-06-14"]),
 ("the weekend",1,["R:2014-03-08..2014-03-09","D:2014-03-08"]),("Sunday",1,["D:2014-03-02"]),
 ("Tuesday",1,["D:2014-03-04"])]
N['a05'] = [("the Blizzard of '78",1),("the Class of 2014",1),("the end of that year",1),("5:30 a.m.",1)]
X['a05'] = [("61",1)]

G['a06'] = [("Sept. 1",1,["D:2015-09-01"]),("Tuesday",1,["D:2015-09-01"]),
 ("last season",1,["RY:2014..2015","R:2014-08-01..2015-05-31","P:Y:2014"]),("March",1,["M:2015-03"]),
 ("Monday",1,["D:2015-08-31"]),("Tuesday",2,["D:2015-09-01"]),("Sept. 12",1,["D:2015-09-12"]),
 ("the 2015-16 season",1,["RY:2015..2016","R:2015-08-01..2016-05-31","P:Y:2015"]),
 ("Saturday",1,["D:2015-08-29"]),("last week",1,["W:2015-08-24"]),("Aug. 22",1,["D:2015-08-22"]),
 ("January",1,["M:2016-01"]),("January 2013",1,["M:2013-01"]),("1989",1,["Y:1989"]),
 ("May 2014",1,["M:2014-05"]),("deadline day",1,["D:2015-09-01"]),("2011",1,["Y:2011"]),
 ("this summer",1,["S:summer-2015"]),("a year ago",1,["Y:2014","S:summer-2014"]),
 ("Nov. 26",1,["D:2015-11-26"]),("Jan. 1",1,["D:2016-01-01"]),("Feb. 1",1,["D:2016-02-01"]),
 ("Monday",2,["D:2016-02-01"]),("Sept. 19",1,["D:2015-09-19"]),("2015",2,["Y:2015"]),
 ("since the 1990s",1,["DEC:1990"])]
N['a06'] = [("the summer transfer window",1),("6 p.m.",1),("the end of the season",1),("11 p.m.",1)]
X['a06'] = [("24",1),("2-2",1),("May",2),("24 hours",1)]

G['a07'] = [("May 5",1,["D:2019-05-05"]),("June 8",1,["D:2019-06-08"]),("Saturday",1,["D:2019-05-04"]),
 ("Sunday",1,["D:2019-05-05"]),("since 2011",1,["Y:2011"]),("2017",1,["Y:2017"]),
 ("from April 22 to April 30",1,["R:2019-04-22..2019-04-30","D:2019-04-22","D:2019-04-30"]),
 ("from May 28 to June 4",1,["R:2019-05-28..2019-06-04","D:2019-05-28","D:2019-06-04"]),
 ("election day",1,["D:2019-06-08"]),("Thursday",1,["D:2019-05-09"]),("2015",1,["Y:2015"]),
 ("November 2017",1,["M:2017-11"]),("early next year",1,["YIN:2020","IN:2020-01-01..2020-04-30"]),
 ("Sunday",2,["D:2019-05-05"]),("next week",1,["W:2019-05-06"]),("Mother's Day",1,["D:2019-05-12"]),
 ("May 21",1,["D:2019-05-21"]),("Memorial Day",1,["D:2019-05-27"]),("since 2010",1,["Y:2010"]),
 ("the summer of 2016",1,["S:summer-2016"]),
 ("the end of 2020",1,["D:2020-12-31","M:2020-12","Y:2020"]),("June 18",1,["D:2019-06-18"]),
 ("fiscal 2020",1,["R:2019-10-01..2020-09-30","P:Y:2020"]),("Oct. 1",1,["D:2019-10-01"]),
 ("the 1990s",1,["DEC:1990"])]
N['a07'] = [("7 p.m.",1)]
X['a07'] = [("within 45 days",1),("54",1),("two years",1)]

G['a08'] = [("June 24",1,["D:2021-06-24"]),("Thursday",1,["D:2021-06-24"]),
 ("the first quarter of 2022",1,["Q:2022-Q1"]),("the fall of 2019",1,["S:autumn-2019"]),
 ("Monday",1,["D:2021-06-21"]),("the second half of 2022",1,["H:2022-H2"]),
 ("September",1,["M:2021-09"]),("July",1,["M:2021-07"]),("the Labor Day holiday",1,["D:2021-09-06"]),
 ("Sept. 7",1,["D:2021-09-07"]),("Wednesday",1,["D:2021-06-23"]),("2026",1,["Y:2026"]),
 ("February",1,["M:2021-02"]),("first-quarter",1,["Q:2021-Q1"]),("May 13",1,["D:2021-05-13"]),
 ("the end of March",1,["D:2021-03-31","MIN:2021-03"]),("Tuesday",1,["D:2021-06-29"]),
 ("second-quarter",1,["Q:2021-Q2"]),("mid-August",1,["MIN:2021-08"]),
 ("the week of July 12",1,["W:2021-07-12","P:D:2021-07-12"]),
 ("the Fourth of July weekend",1,["R:2021-07-02..2021-07-05","R:2021-07-03..2021-07-05","R:2021-07-03..2021-07-04","P:D:2021-07-04"]),
 ("last month",1,["M:2021-05"]),("2023",1,["Y:2023"]),("2025",1,["Y:2025"]),
 ("last year",1,["Y:2020"]),("2016",1,["Y:2016"]),("since March",1,["M:2021-03"]),
 ("Thursday",2,["D:2021-06-24"])]
N['a08'] = [("midnight",1),("the middle of the decade",1)]
X['a08'] = [("43",1),("2170",1)]

G['a09'] = [("Oct. 22",1,["D:2008-10-22"]),("Wednesday",1,["D:2008-10-22"]),
 ("from Jan. 5, 2009, to April 30, 2009",1,["R:2009-01-05..2009-04-30","D:2009-01-05","D:2009-04-30"]),
 ("between July 7 and Aug. 29",1,["R:2008-07-07..2008-08-29","D:2008-07-07","D:2008-08-29"]),
 ("mid-July",1,["MIN:2008-07"]),("Oct. 14",1,["D:2008-10-14"]),
 ("the following day",1,["D:2008-10-15"]),("Monday",1,["D:2008-10-27"]),
 ("Tuesday",1,["D:2008-10-21"]),("the weekend",1,["R:2008-10-25..2008-10-26","D:2008-10-25"]),
 ("Dec. 31",1,["D:2008-12-31"]),("this year",1,["Y:2008"]),("March",1,["M:2008-03"]),
 ("the summer of 2006",1,["S:summer-2006"]),("since 2005",1,["Y:2005"]),("May 2007",1,["M:2007-05"]),
 ("1946",1,["Y:1946"]),("2007",2,["Y:2007"]),("early 2010",1,["YIN:2010"]),
 ("this summer",1,["S:summer-2008"]),("Nov. 4",1,["D:2008-11-04"]),
 ("Thanksgiving",1,["D:2008-11-27"]),
 ("the first week of November",1,["W:2008-11-03","R:2008-11-01..2008-11-07"]),
 ("the busy holiday season",1,["R:2008-11-01..2008-12-31","IN:2008-11-01..2008-12-31"]),
 ("since Thursday",1,["D:2008-10-16"])]
N['a09'] = [("8 a.m.",1),("8 p.m.",1)]
X['a09'] = [("0812",1),("0815",1),("Monday through Friday",1),("57",1)]

G['a10'] = [("March 18",1,["D:2024-03-18"]),("Monday",1,["D:2024-03-18"]),
 ("the second half of the year",1,["H:2024-H2"]),
 ("between March 2019 and September 2021",1,["R:2019-03-01..2021-09-30","M:2019-03","M:2021-09"]),
 ("the spring of 2020",1,["S:spring-2020"]),("2015",1,["Y:2015"]),("a year later",1,["Y:2016"]),
 ("March 8",1,["D:2024-03-08"]),("Friday",1,["D:2024-03-15"]),("May",1,["M:2024-05"]),
 ("the end of September",1,["D:2024-09-30","MIN:2024-09"]),("mid-2025",1,["YIN:2025"]),
 ("the second half of 2025",1,["H:2025-H2"]),("2022",1,["Y:2022"]),
 ("since the early 2010s",1,["DEC:2010","IN:2010-01-01..2014-12-31"]),("Friday",2,["D:2024-03-15"]),
 ("last year",1,["Y:2023"]),("the end of 2023",1,["D:2023-12-31","M:2023-12","Y:2023"]),
 ("2026",1,["Y:2026"]),("earlier this month",1,["M:2024-03","IN:2024-03-01..2024-03-17"]),
 ("Tuesday",1,["D:2024-03-19"]),("first-quarter",1,["Q:2024-Q1"]),("May 9",1,["D:2024-05-09"]),
 ("the third quarter",1,["Q:2024-Q3"]),("2027",1,["Y:2027"])]
N['a10'] = [("8 a.m.",1)]
X['a10'] = [("26 months",1),("71",1),("2017",1),("five years",1),("2017",2)]

G['a11'] = [("June 29",1,["D:2013-06-29"]),("Wednesday",1,["D:2013-07-03"]),("Thursday",1,["D:2013-06-27"]),
 ("December 2011",1,["M:2011-12"]),("April",1,["M:2013-04"]),("Sept. 30",1,["D:2013-09-30"]),
 ("Friday",1,["D:2013-06-28"]),("Wednesday",2,["D:2013-07-03"]),
 ("the Fourth of July holiday",1,["D:2013-07-04"]),("two days later",1,["D:2013-07-05"]),
 ("Friday",2,["D:2013-07-05"]),("July 15",1,["D:2013-07-15"]),("Wednesday",3,["D:2013-07-03"]),
 ("later in the week",1,["IN:2013-07-03..2013-07-07","W:2013-07-01"]),("August 2010",1,["M:2010-08"]),
 ("May 14",1,["D:2013-05-14"]),("this year",1,["Y:2013"]),("next year",1,["Y:2014"]),
 ("the spring",1,["S:spring-2014"]),("the fourth quarter",1,["Q:2013-Q4"]),("1999",1,["Y:1999"]),
 ("since last October",1,["M:2012-10"]),("last summer",1,["S:summer-2012"]),
 ("Thursday",2,["D:2013-06-27"])]
N['a11'] = [("6:42 a.m.",1),("from June 1 to Nov. 30",1),("the peak of the season",1),("early September",1)]
X['a11'] = [("June",2),("58 seconds",1),("10 years",1)]

G['a12'] = [("April 12",1,["D:2023-04-12"]),
 ("the Orthodox Easter weekend",1,["R:2023-04-14..2023-04-17","R:2023-04-15..2023-04-16","P:D:2023-04-16"]),
 ("Wednesday",1,["D:2023-04-12"]),("Orthodox Easter",2,["D:2023-04-16"]),
 ("April 16",1,["D:2023-04-16"]),("this year",1,["Y:2023"]),("Easter",3,["D:2023-04-09"]),
 ("Sunday",1,["D:2023-04-09"]),("2017",1,["Y:2017"]),("2025",1,["Y:2025"]),
 ("from Good Friday to Easter Monday",1,["R:2023-04-14..2023-04-17","D:2023-04-14","D:2023-04-17"]),
 ("between Thursday and Tuesday",1,["R:2023-04-13..2023-04-18","D:2023-04-13","D:2023-04-18"]),
 ("Passover",1,["R:2023-04-06..2023-04-12","D:2023-04-06"]),("Wednesday",2,["D:2023-04-12"]),
 ("April 21",1,["D:2023-04-21"]),("Saturday",1,["D:2023-04-15"]),("Sunday",2,["D:2023-04-16"]),
 ("Green Monday",1,["D:2023-02-27"]),("the start of Orthodox Lent",1,["D:2023-02-27"]),
 ("Feb. 27",1,["D:2023-02-27"]),("Monday",3,["D:2023-04-10"]),("the first quarter",1,["Q:2023-Q1"]),
 ("a year earlier",1,["Q:2022-Q1","Y:2022"]),("2019",1,["Y:2019"]),("February 2022",1,["M:2022-02"]),
 ("the Kataklysmos holiday",1,["D:2023-06-05"]),("early June",1,["MIN:2023-06"]),
 ("November",1,["M:2023-11"]),("15th-century",1,["RY:1400..1499","RY:1401..1500"]),
 ("the winter",1,["S:winter-2022"]),("Cyprus National Day",1,["D:2023-04-01"]),
 ("April 1",1,["D:2023-04-01"]),("Independence Day",1,["D:2023-10-01"]),("Oct. 1",1,["D:2023-10-01"])]
N['a12'] = [("Easter holidays",1),("midnight",1)]
X['a12'] = [("58",1)]

G['a13'] = [("Sept. 6",1,["D:2018-09-06"]),("Rosh Hashanah",1,["R:2018-09-10..2018-09-11","D:2018-09-10"]),
 ("Sunday",1,["D:2018-09-09"]),("Thursday",1,["D:2018-09-06"]),
 ("between Sept. 5 and Oct. 5",1,["R:2018-09-05..2018-10-05","D:2018-09-05","D:2018-10-05"]),
 ("the same period last year",1,["R:2017-09-05..2017-10-05","P:Y:2017"]),
 ("the eve of Sukkot",1,["D:2018-09-23"]),("Sept. 23",1,["D:2018-09-23"]),
 ("Yom Kippur",1,["D:2018-09-19"]),("Sept. 18",1,["D:2018-09-18"]),("Sept. 19",1,["D:2018-09-19"]),
 ("Sukkot",2,["R:2018-09-24..2018-09-30","D:2018-09-24"]),
 ("from Sept. 24 to 30",1,["R:2018-09-24..2018-09-30","D:2018-09-24","D:2018-09-30"]),
 ("Simchat Torah",1,["D:2018-10-01"]),("Monday, Oct. 1",1,["D:2018-10-01"]),
 ("Tishrei",1,["R:2018-09-10..2018-10-09"]),("5779",1,["R:2018-09-10..2019-09-29"]),
 ("September 2017",1,["M:2017-09"]),("the first half",1,["H:2018-H1"]),("2016",1,["Y:2016"]),
 ("2018",1,["Y:2018"]),("last year",2,["Y:2017"]),("2004",1,["Y:2004"]),("late 2019",1,["YIN:2019"]),
 ("Tuesday",1,["D:2018-09-04"]),
 ("the second half of September",1,["R:2018-09-16..2018-09-30","IN:2018-09-16..2018-09-30"]),
 ("Oct. 15",1,["D:2018-10-15"]),("Oct. 30",1,["D:2018-10-30"])]
N['a13'] = [("the Jewish holiday season",1),("sundown",1),("2 p.m.",1),("the end of the holidays",1)]
X['a13'] = [("2018",2)]

G['a14'] = [("Sept. 9",1,["D:2016-09-09"]),("Friday",1,["D:2016-09-09"]),
 ("Kurban Bayrami",1,["R:2016-09-12..2016-09-15","D:2016-09-12"]),
 ("from Saturday to Sept. 18",1,["R:2016-09-10..2016-09-18","D:2016-09-10","D:2016-09-18"]),
 ("Monday",1,["D:2016-09-12"]),("Arafat Day",1,["D:2016-09-11"]),("Sunday",1,["D:2016-09-11"]),
 ("Friday",2,["D:2016-09-09"]),("Sept. 18",2,["D:2016-09-18"]),("Tuesday",1,["D:2016-09-13"]),
 ("next weekend",1,["R:2016-09-16..2016-09-18","R:2016-09-17..2016-09-18","D:2016-09-17"]),
 ("Last year",1,["Y:2015"]),("Sept. 24",1,["D:2015-09-24"]),("a year ago",1,["Y:2015"]),
 ("since 1994",1,["Y:1994"]),("Aug. 29",1,["D:2016-08-29"]),
 ("the last day of the feast",1,["D:2016-09-15"]),("September",1,["M:2016-09"]),
 ("the third quarter",1,["Q:2016-Q3"]),("second-quarter",1,["Q:2016-Q2"]),
 ("Sept. 19",1,["D:2016-09-19"]),("the first working day after the holiday",1,["D:2016-09-19"]),
 ("Sept. 22",1,["D:2016-09-22"]),("Ramazan Bayrami",1,["R:2016-07-05..2016-07-07","D:2016-07-05"]),
 ("this year",1,["Y:2016"]),
 ("from July 5 to 7",1,["R:2016-07-05..2016-07-07","D:2016-07-05","D:2016-07-07"]),
 ("August",1,["M:2018-08"]),("2018",1,["Y:2018"]),("this year",2,["Y:2016"]),("July",2,["M:2016-07"]),
 ("a year earlier",1,["M:2015-07","Y:2015"]),("Wednesday",1,["D:2016-09-07"]),
 ("late October",1,["MIN:2016-10"])]
N['a14'] = [("noon",1),("midnight",1)]
X['a14'] = [("Bayram",1),("47",1)]

G['a15'] = [("Feb. 7",1,["D:2005-02-07"]),("Monday",1,["D:2005-02-07"]),("Rose Monday",1,["D:2005-02-07"]),
 ("Thursday",1,["D:2005-02-03"]),("Weiberfastnacht",1,["D:2005-02-03"]),
 ("Tuesday",1,["D:2005-02-08"]),("Shrove Tuesday",1,["D:2005-02-08"]),
 ("Ash Wednesday",1,["D:2005-02-09"]),
 ("Lent",1,["R:2005-02-09..2005-03-26","R:2005-02-09..2005-03-24"]),("this year",1,["Y:2005"]),
 ("Easter",1,["D:2005-03-27"]),("March 27",1,["D:2005-03-27"]),("Nov. 11",1,["D:2004-11-11"]),
 ("January",1,["M:2005-01"]),("early February",1,["MIN:2005-02"]),("1823",1,["Y:1823"]),
 ("between Thursday and Sunday",1,["R:2005-02-03..2005-02-06","D:2005-02-03","D:2005-02-06"]),
 ("last year's",1,["Y:2004"]),("Sunday",2,["D:2005-02-06"]),("This year",1,["Y:2005"]),
 ("Jan. 1",1,["D:2005-01-01"]),("Saturday",1,["D:2005-02-05"]),
 ("over the weekend",1,["R:2005-02-04..2005-02-06","R:2005-02-05..2005-02-06","D:2005-02-05","D:2005-02-06"]),
 ("1991",1,["Y:1991"]),("Next year",1,["Y:2006"]),("Rose Monday",2,["D:2006-02-27"]),
 ("Feb. 27",1,["D:2006-02-27"]),("this year",2,["Y:2005"]),
 ("June 9 next year",1,["D:2006-06-09","P:Y:2006"]),("since Thursday",1,["D:2005-02-03"]),
 ("Tuesday",3,["D:2005-02-08"])]
N['a15'] = [("10:30 a.m.",1),("midnight",1),("11:11 a.m.",1),("6 p.m.",1)]
X['a15'] = [("Friday",1)]

G['a16'] = [("April 24",1,["D:2025-04-24"]),("Saturday",1,["D:2025-04-26"]),("King's Day",1,["D:2025-04-26"]),
 ("April 27",1,["D:2025-04-27"]),("Sunday",1,["D:2025-04-27"]),("this year",1,["Y:2025"]),
 ("2014",1,["Y:2014"]),("2013",1,["Y:2013"]),("Wednesday",1,["D:2025-04-23"]),
 ("Friday",1,["D:2025-04-25"]),("King's Night",1,["D:2025-04-25"]),("Sunday",2,["D:2025-04-27"]),
 ("Saturday",2,["D:2025-04-26"]),("Friday",2,["D:2025-04-25"]),
 ("the weekend",1,["R:2025-04-26..2025-04-27","D:2025-04-26"]),("Last year",1,["Y:2024"]),
 ("Saturday",3,["D:2024-04-27"]),
 ("the first three weeks of April",1,["R:2025-04-01..2025-04-21","IN:2025-04-01..2025-04-21"]),
 ("a year earlier",1,["R:2024-04-01..2024-04-21","Y:2024"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","R:2025-04-19..2025-04-20","P:D:2025-04-20"]),
 ("last autumn",1,["S:autumn-2024"]),("Nine days later",1,["D:2025-05-05"]),
 ("May 5",1,["D:2025-05-05"]),("1945",1,["Y:1945"]),("Liberation Day",1,["D:2025-05-05"]),
 ("this spring",1,["S:spring-2025"]),("May 11",1,["D:2025-05-11"]),
 ("the second quarter",1,["Q:2025-Q2"]),("January",1,["M:2025-01"]),("February",1,["M:2025-02"])]
N['a16'] = [("King's Day",2),("Queen's Day",1),("April 30",1),("the early hours",1),("6 a.m.",1),("between 10 a.m. and 8 p.m.",1),("10:30 a.m.",1),("the two holidays",1)]
X['a16'] = [("Monday",1)]

G['a17'] = [("July 1",1,["D:2009-07-01"]),
 ("the Independence Day weekend",1,["R:2009-07-03..2009-07-05","R:2009-07-04..2009-07-05","P:D:2009-07-04"]),
 ("last year",1,["Y:2008"]),("Wednesday",1,["D:2009-07-01"]),
 ("from Wednesday to Sunday",1,["R:2009-07-01..2009-07-05","D:2009-07-01","D:2009-07-05"]),
 ("the Fourth",1,["D:2009-07-04"]),("Saturday",1,["D:2009-07-04"]),("this year",1,["Y:2009"]),
 ("Friday",1,["D:2009-07-03"]),("Tuesday",1,["D:2009-06-30"]),("Dec. 30",1,["D:2008-12-30"]),
 ("last July",1,["M:2008-07"]),("Labor Day",1,["D:2009-09-07"]),("Thursday",1,["D:2009-07-02"]),
 ("July 6",1,["D:2009-07-06"]),("the Monday after the holiday",1,["D:2009-07-06"]),
 ("May",1,["M:2009-05"]),("a year earlier",1,["M:2008-05","Y:2008"]),("last week",1,["W:2009-06-22"]),
 ("since January",1,["M:2009-01"]),("Thursday",2,["D:2009-07-02"]),("Monday",2,["D:2009-07-06"]),
 ("Friday",2,["D:2009-07-03"]),("2007",1,["Y:2007"]),("the following year",1,["Y:2008"]),
 ("this spring",1,["S:spring-2009"]),("Memorial Day",1,["D:2009-05-25"]),
 ("July 18 and 19",1,["R:2009-07-18..2009-07-19","D:2009-07-18","D:2009-07-19"]),
 ("the second half of July",1,["R:2009-07-16..2009-07-31","IN:2009-07-16..2009-07-31"]),
 ("June",1,["M:2009-06"]),("Wednesday",3,["D:2009-07-01"]),("Labor Day",2,["D:2009-09-07"]),
 ("late August",1,["MIN:2009-08"])]
N['a17'] = [("noon",1),("6 a.m.",1)]
X['a17'] = [("eight straight weeks",1),("Sunday in August",1)]

G['a18'] = [("May 11",1,["D:2010-05-11"]),("Sunday",1,["D:2010-05-09"]),("Mother's Day",1,["D:2010-05-09"]),
 ("Monday",1,["D:2010-05-10"]),("since the winter",1,["S:winter-2009"]),
 ("Feb. 29, 1928",1,["D:1928-02-29"]),("Feb. 29, 2008",1,["D:2008-02-29"]),
 ("from 1949 to 1955",1,["RY:1949..1955","Y:1949","Y:1955"]),
 ("the spring of 1956",1,["S:spring-1956"]),
 ("the late 1960s",1,["DEC:1960","IN:1965-01-01..1969-12-31"]),("1974",1,["Y:1974"]),
 ("between 1981 and 1986",1,["RY:1981..1986","Y:1981","Y:1986"]),("June 1951",1,["M:1951-06"]),
 ("1999",1,["Y:1999"]),("two years ago",1,["Y:2008"]),("last fall",1,["S:autumn-2009"]),
 ("2006",1,["Y:2006"]),("the following year",1,["Y:2007"]),("Saturday",1,["D:2010-05-15"]),
 ("late June",1,["MIN:2010-06"]),("the fall",1,["S:autumn-2010"]),("2010",1,["Y:2010"]),
 ("the 21st century",1,["RY:2000..2099","RY:2001..2100"]),("last year",1,["Y:2009"])]
N['a18'] = [("the Depression",1),("Christmas Day",1),("its 50th anniversary",1)]
X['a18'] = [("Tuesday",1),("82",1),("20",1),("Tuesday",2)]

G['a19'] = [("Jan. 18",1,["D:2026-01-18"]),("Wednesday",1,["D:2026-01-21"]),("Jan. 21, 1976",1,["D:1976-01-21"]),
 ("Wednesday",2,["D:2026-01-21"]),("50 years ago",1,["Y:1976"]),("early January",1,["MIN:1976-01"]),
 ("the previous day",1,["D:1976-01-20"]),
 ("the following weekend",1,["R:1976-01-24..1976-01-25","R:1976-01-23..1976-01-25"]),
 ("Saturday",1,["D:2026-01-17"]),("between 1978 and 1981",1,["RY:1978..1981","Y:1978","Y:1981"]),
 ("the spring of 1998",1,["S:spring-1998"]),("January 1998",1,["M:1998-01"]),
 ("since the 1990s",1,["DEC:1990"]),("last month",1,["M:2025-12"]),("the 1970s",1,["DEC:1970"]),
 ("This winter",1,["S:winter-2025"]),("Dec. 9",1,["D:2025-12-09"]),
 ("Christmas",1,["D:2025-12-25","R:2025-12-24..2025-12-26"]),("Dec. 28",1,["D:2025-12-28"]),
 ("last week",1,["W:2026-01-05","W:2026-01-12"]),("Last winter",1,["S:winter-2024"]),
 ("from early December to late March",1,["IN:2024-12-01..2025-03-31","MIN:2024-12","MIN:2025-03"]),
 ("1829",1,["Y:1829"]),("the 19th century",1,["RY:1800..1899","RY:1801..1900"]),
 ("Wednesday",3,["D:2026-01-21"]),("the spring",2,["S:spring-2026"]),("next January",1,["M:2027-01"])]
N['a19'] = [("between 11 p.m. and 3 a.m.",1),("morning",1),("a decade",1),("7 p.m.",1)]
X['a19'] = [("84",1)]

G['a20'] = [("Aug. 22",1,["D:2017-08-22"]),("Tuesday",1,["D:2017-08-22"]),
 ("the year to June 30",1,["R:2016-07-01..2017-06-30","P:D:2017-06-30"]),
 ("since July",1,["M:2017-07"]),("a year earlier",1,["R:2015-07-01..2016-06-30","P:Y:2016"]),
 ("the second half of fiscal 2017",1,["R:2017-01-01..2017-06-30","P:Y:2017"]),
 ("the first half",1,["R:2016-07-01..2016-12-31"]),
 ("the first seven weeks of fiscal 2018",1,["R:2017-07-01..2017-08-18","IN:2017-07-01..2017-08-20","P:Y:2018"]),
 ("Oct. 5",1,["D:2017-10-05"]),("Sept. 1",1,["D:2017-09-01"]),
 ("fiscal 2018",2,["R:2017-07-01..2018-06-30","P:Y:2018"]),("Nov. 9",1,["D:2017-11-09"]),
 ("The December quarter",1,["Q:2017-Q4"]),("Last year",1,["Y:2016","R:2016-07-01..2017-06-30"]),
 ("Christmas",1,["D:2016-12-25","IN:2016-11-15..2016-12-31"]),("the June quarter",1,["Q:2017-Q2"]),
 ("Easter",1,["D:2017-04-16"]),("April 16",1,["D:2017-04-16"]),("Anzac Day",1,["D:2017-04-25"]),
 ("1962",1,["Y:1962"]),("the end of 2018",1,["D:2018-12-31","M:2018-12","Y:2018"]),
 ("last year",1,["Y:2016"]),("since February",1,["M:2017-02"]),("since August 2016",1,["M:2016-08"]),
 ("the 12 months to July",1,["R:2016-08-01..2017-07-31","P:M:2017-07"]),
 ("the first quarter of calendar 2017",1,["Q:2017-Q1"]),("Father's Day",1,["D:2017-09-03"]),
 ("Sept. 3",1,["D:2017-09-03"]),("Monday",1,["D:2017-08-28"]),("next month",1,["M:2017-09"]),
 ("Tuesday",2,["D:2017-08-22"]),("since April",1,["M:2017-04"]),
 ("the first half of 2015",1,["H:2015-H1"])]
N['a20'] = []
X['a20'] = [("Winter",1)]

G['a21'] = [("June 28",1,["D:2002-06-28"]),("Friday",1,["D:2002-06-28"]),
 ("the fiscal year that begins on Monday",1,["R:2002-07-01..2003-06-30","P:D:2002-07-01"]),
 ("July 1",1,["D:2002-07-01"]),("Thursday",1,["D:2002-06-27"]),
 ("fiscal 2003",1,["R:2002-07-01..2003-06-30","P:Y:2003"]),("since 1994",1,["Y:1994"]),
 ("the nine months to March",1,["R:2001-07-01..2002-03-31","P:M:2002-03"]),
 ("fiscal 2002",1,["R:2001-07-01..2002-06-30","P:Y:2002"]),("Sunday",1,["D:2002-06-30"]),
 ("June 6",1,["D:2002-06-06"]),("two weeks later",1,["D:2002-06-20"]),
 ("last week",1,["W:2002-06-17"]),("January 2000",1,["M:2000-01"]),("November 2003",1,["M:2003-11"]),
 ("Saturday",1,["D:2002-06-29"]),("March",2,["M:2002-03"]),("this year",1,["Y:2002"]),
 ("Dec. 31",1,["D:2002-12-31"]),("September",1,["M:2002-09"]),
 ("the second half of fiscal 2003",1,["R:2003-01-01..2003-06-30","P:Y:2003"]),
 ("the end of the year",1,["D:2002-12-31","M:2002-12","Y:2002"]),
 ("the Fourth of July",1,["D:2002-07-04"]),("Friday",2,["D:2002-06-28"]),("January",2,["M:2003-01"]),
 ("later this year",1,["Y:2002","IN:2002-06-28..2002-12-31"]),
 ("between 1970 and 1990",1,["RY:1970..1990","Y:1970","Y:1990"]),
 ("since the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"])]
N['a21'] = [("1:15 a.m.",1),("7 p.m.",1)]
X['a21'] = [("66",1),("June",3),("2003-17",1)]

G['a22'] = [("Nov. 19",1,["D:2022-11-19"]),("the spring of 2025",1,["S:spring-2025"]),
 ("January",1,["M:2022-01"]),("Saturday",1,["D:2022-11-19"]),
 ("the autumn of 2017",1,["S:autumn-2017"]),
 ("the end of 2023",1,["D:2023-12-31","M:2023-12","Y:2023"]),("2015",1,["Y:2015"]),
 ("Jan. 14",1,["D:2022-01-14"]),("June",1,["M:2022-06"]),("Sept. 9",1,["D:2022-09-09"]),
 ("mid-2023",1,["YIN:2023"]),("the fourth quarter of 2023",1,["Q:2023-Q4"]),
 ("last week",1,["W:2022-11-07"]),("next autumn",1,["S:autumn-2023"]),("Friday",1,["D:2022-11-18"]),
 ("this year",1,["Y:2022"]),("2021",1,["Y:2021"]),("since March",1,["M:2022-03"]),
 ("since 2019",1,["Y:2019"]),("March 2020",1,["M:2020-03"]),
 ("from Dec. 27 to Jan. 8",1,["R:2022-12-27..2023-01-08","D:2022-12-27","D:2023-01-08"]),
 ("Tuesday",1,["D:2022-11-22"]),("Dec. 1",1,["D:2022-12-01"]),("May 2024",1,["M:2024-05"]),
 ("earlier this year",1,["Y:2022","IN:2022-01-01..2022-11-18"]),("2027",1,["Y:2027"]),
 ("the 1970s",1,["DEC:1970"]),("the winter of 2010",1,["S:winter-2010","S:winter-2009"])]
N['a22'] = [("6:30 p.m.",1),("two years after",1)]
X['a22'] = [("four months",1),("Summer",1),("Autumn",1),("nine years",1)]

G['a23'] = [("March 16",1,["D:1998-03-16"]),("Wednesday",1,["D:1998-03-18"]),
 ("the day after the St. Patrick's Day holiday",1,["D:1998-03-18"]),("Monday",1,["D:1998-03-16"]),
 ("Sunday",1,["D:1998-03-15"]),("Wednesday",2,["D:1998-03-18"]),("Friday",1,["D:1998-03-20"]),
 ("from March 30 to April 5",1,["R:1998-03-30..1998-04-05","D:1998-03-30","D:1998-04-05"]),
 ("Holy Week",1,["R:1998-04-05..1998-04-11","W:1998-04-06"]),
 ("Easter",1,["D:1998-04-12","R:1998-04-10..1998-04-13"]),("April 12",1,["D:1998-04-12"]),
 ("St. Patrick's Day",2,["D:1998-03-17"]),("Tuesday",1,["D:1998-03-17"]),
 ("last week",1,["W:1998-03-09"]),("March 4",1,["D:1998-03-04"]),
 ("two days later",1,["D:1998-03-06"]),("Jan. 1",1,["D:1998-01-01"]),("1995",1,["Y:1995"]),
 ("the end of last year",1,["D:1997-12-31","M:1997-12","Y:1997"]),("Dec. 8",1,["D:1997-12-08"]),
 ("Christmas",1,["D:1997-12-25","R:1997-12-24..1997-12-26"]),("since January",1,["M:1998-01"]),
 ("Thursday",1,["D:1998-03-19"]),("1997",1,["Y:1997"]),("the year before",1,["Y:1996"]),
 ("the end of the summer",1,["MIN:1998-08","D:1998-08-31"]),("since 1989",1,["Y:1989"]),
 ("the end of the month",1,["MIN:1998-03"]),
 ("from Wednesday to Friday",1,["R:1998-03-18..1998-03-20","D:1998-03-18","D:1998-03-20"])]
N['a23'] = [("5 a.m.",1),("midnight",1),("noon",1),("1 a.m.",1),("the second day of the stoppage",1)]
X['a23'] = [("No. 17",1),("49",1)]

G['a24'] = [("Sept. 28",1,["D:2001-09-28"]),("the National Day holiday",1,["R:2001-10-01..2001-10-07"]),
 ("Monday",1,["D:2001-10-01"]),("this year",1,["Y:2001"]),
 ("the Mid-Autumn Festival",1,["D:2001-10-01"]),("Friday",1,["D:2001-09-28"]),
 ("Golden Week",1,["R:2001-10-01..2001-10-07"]),
 ("from Oct. 1 to 7",1,["R:2001-10-01..2001-10-07","D:2001-10-01","D:2001-10-07"]),
 ("the weekend",1,["R:2001-09-29..2001-09-30","D:2001-09-29"]),("Saturday",1,["D:2001-09-29"]),
 ("Sunday",1,["D:2001-09-30"]),("last year",1,["Y:2000"]),("Sept. 12",1,["D:2000-09-12"]),
 ("a year earlier",1,["Y:2000"]),("Sept. 20",1,["D:2001-09-20"]),("Sunday",2,["D:2001-09-30"]),
 ("Oct. 7",1,["D:2001-10-07"]),("the last day of the break",1,["D:2001-10-07"]),
 ("Oct. 8",1,["D:2001-10-08"]),("Sept. 11",1,["D:2001-09-11"]),("last week",1,["W:2001-09-17"]),
 ("1999",1,["Y:1999"]),("the May Day holiday",1,["R:2001-05-01..2001-05-07"]),
 ("this year",2,["Y:2001"]),("2003",1,["Y:2003"]),("August",1,["M:2001-08"]),
 ("a year earlier",2,["M:2000-08","Y:2000"]),
 ("the first week of October",1,["W:2001-10-01","R:2001-10-01..2001-10-07"]),
 ("the Double Ninth Festival",1,["D:2001-10-25"]),("Oct. 25",1,["D:2001-10-25"]),
 ("Next year",1,["Y:2002"]),
 ("from Oct. 1 to 7",2,["R:2002-10-01..2002-10-07","D:2002-10-01","D:2002-10-07"]),
 ("the Mid-Autumn Festival",2,["D:2002-09-21"]),("Sept. 21",1,["D:2002-09-21"])]
N['a24'] = [("Mid-Autumn Festival",2),("the 15th day of the eighth lunar month",1),("September",1),("4 a.m.",1),("the year",1)]
X['a24'] = [("Autumn",3),("67",1)]

G['a25'] = [("Dec. 31",1,["D:1999-12-31"]),("Friday",1,["D:1999-12-31"]),("the year 2000",1,["Y:2000"]),
 ("Saturday",1,["D:2000-01-01"]),("New Year's Day",1,["D:2000-01-01"]),
 ("Monday, Jan. 3",1,["D:2000-01-03"]),("the first working day of the year",1,["D:2000-01-03"]),
 ("the 1960s and 1970s",1,["RY:1960..1979","DEC:1960","DEC:1970"]),("2000",2,["Y:2000"]),
 ("since the mid-1990s",1,["DEC:1990","IN:1993-01-01..1997-12-31"]),("Feb. 29",1,["D:2000-02-29"]),
 ("2000",3,["Y:2000"]),("1900",2,["Y:1900"]),("the 21st century",1,["RY:2001..2100","RY:2000..2099"]),
 ("Jan. 1, 2001",1,["D:2001-01-01"]),("today",1,["D:1999-12-31"]),("Thursday",1,["D:1999-12-30"]),
 ("Friday",2,["D:1999-12-31"]),("since October",1,["M:1999-10"]),
 ("the fourth quarter",1,["Q:1999-Q4"]),("1998",1,["Y:1998"]),("New Year's Eve",1,["D:1999-12-31"]),
 ("last year",1,["Y:1998"]),("Dec. 18",1,["D:1999-12-18"]),("since 1996",1,["Y:1996"]),
 ("Jan. 1",2,["D:2000-01-01"]),("Friday",3,["D:1999-12-31"]),("next week",1,["W:2000-01-03"]),
 ("A century ago",1,["Y:1899"]),("Dec. 31, 1899",1,["D:1899-12-31"]),
 ("the 20th century",1,["RY:1901..2000","RY:1900..1999"]),
 ("the 1900s",1,["RY:1900..1999","DEC:1900"])]
N['a25'] = [("the night",1),("7 a.m.",1),("midnight",1),("7 a.m.",2),("1900",1),("the new millennium",1),("midnight",2),("2000",4),("6 p.m.",1)]
X['a25'] = [("millennium bug",1),("00",1),("52",1),("four hours",1)]
