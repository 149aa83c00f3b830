# Hand annotation for probe p8 (invented news in the beats and forms p1-p7 used least: earnings with
# July-June and February-January fiscal years, cup rounds and a ski tour across weekends and the New Year,
# court timetables, weather warnings with parts of days (one in New Zealand's spring), school terms, a
# by-election with postal votes, a referendum with advance polls, a recall with date codes, an obituary with
# a life span, 'fifty years ago this week', a town history, festive fixtures with moved bank holidays, a chip
# plant timetable, bridge closures, a flu season, a tax deadline, a festival, the clocks going back, a
# parliament's recess, a meteor shower, an orchestra's season), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'overnight', event names such as
#   '9/11', habitual or generic dates such as 'the new April 15', vague spans such as 'the week before').
# X: decoys, not dates (ages, durations, scores, '24/7', model numbers 'PC-2017', 'Form 1040', date codes
#   '1736', addresses '1995 Ridge Road', 'Friday Street', names 'Jim Easter', titles 'June Rain', sets
#   'Monday through Thursday'); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p7: bare weekdays -> nearest such day in the direction of the verb tense; anaphoric
#   expressions resolve against the narrative's temporal focus; dates in quoted speech against the day the
#   speaker spoke; fiscal years with a stated year-end are exact intervals with the labelled year as P:;
#   centuries RY:1800..1899 or RY:1801..1900; holidays take that year's observed date in the story's
#   country. Added in p8: a part of a day stays outside the span ('Tuesday night into Wednesday morning' is
#   two items; 'tonight'/'this morning' = the publication day; 'the night of Aug. 12-13' = R: and D: of the
#   first day); hyphenated ranges ('Dec. 29-Jan. 6') = R: with both ends as D:; a life span '(1931-2021)' =
#   RY: with both years; a company's fiscal quarters and halves follow its stated year-end (a July-June
#   firm's 'fiscal second quarter' = Q4 of the calendar; a Feb-Jan retailer's 'second half' = Aug-Jan, R:
#   only); school terms ('the spring term') = R: of the dates the story gives; New Zealand seasons = R: plus
#   the northern label of the same months; moved bank holidays on their observed day; 'N years ago this
#   week' = that week (Mon) and year; apostrophe/word decades ('the '80s', 'the Sixties') = DEC:; a date
#   code or model number is a decoy; '9/11' as the attacks' name is N.
G = {}
N = {}
X = {}
G['a01'] = [("Jan. 24",1,["D:2019-01-24"]),("Thursday",1,["D:2019-01-24"]),
 ("the fiscal second quarter",1,["Q:2018-Q4"]),("Dec. 31",1,["D:2018-12-31"]),
 ("fiscal 2019",1,["R:2018-07-01..2019-06-30","P:Y:2019"]),("2007",1,["Y:2007"]),
 ("a year earlier",1,["Q:2017-Q4","Y:2017"]),("December",2,["M:2018-12"]),("January",1,["M:2019-01"]),
 ("Dec. 22",1,["D:2018-12-22"]),("the fiscal fourth quarter",1,["Q:2019-Q2"]),
 ("fiscal 2019",2,["R:2018-07-01..2019-06-30","P:Y:2019"]),("October",1,["M:2018-10"]),
 ("third-quarter",1,["Q:2019-Q1"]),("March 31",1,["D:2019-03-31"]),("late April",1,["MIN:2019-04"]),
 ("since Christmas Eve",1,["D:2018-12-24"]),("2018",1,["Y:2018"]),("September",1,["M:2018-09"]),
 ("next month",1,["M:2019-02"]),("the week of April 22",1,["W:2019-04-22","P:D:2019-04-22"]),
 ("the end of the fiscal year",1,["D:2019-06-30","MIN:2019-06"]),("the spring",1,["S:spring-2019"]),
 ("Tuesday, Feb. 12",1,["D:2019-02-12"]),("1994",1,["Y:1994"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"]),
 ("the fiscal first quarter of 2016",1,["Q:2015-Q3","P:Y:2016"])]
N['a01'] = [("from July 1 to June 30",1),("December",1),("5 p.m.",1),("June 30",2)]
X['a01'] = [("58",1),("2020",1)]

G['a02'] = [("March 2",1,["D:2004-03-02"]),("Tuesday",1,["D:2004-03-02"]),
 ("fiscal 2003",1,["R:2003-02-01..2004-01-31","P:Y:2003"]),
 ("Christmas",1,["D:2003-12-25","IN:2003-11-01..2003-12-31"]),("autumn",1,["S:autumn-2003"]),
 ("fiscal 2003",2,["R:2003-02-01..2004-01-31","P:Y:2003"]),
 ("from Feb. 1, 2003, to Jan. 31, 2004",1,["R:2003-02-01..2004-01-31","D:2003-02-01","D:2004-01-31"]),
 ("fiscal 2002",1,["R:2002-02-01..2003-01-31","P:Y:2002"]),
 ("the fourth quarter",1,["R:2003-11-01..2004-01-31"]),
 ("the eight weeks to Dec. 27",1,["R:2003-11-02..2003-12-27"]),
 ("the Saturday before Christmas",1,["D:2003-12-20"]),("Dec. 20",1,["D:2003-12-20"]),
 ("the day after Thanksgiving",1,["D:2003-11-28"]),("February",1,["M:2004-02"]),
 ("the Presidents' Day weekend",1,["R:2004-02-14..2004-02-16","R:2004-02-14..2004-02-15","P:D:2004-02-16"]),
 ("the first quarter",1,["R:2004-02-01..2004-04-30"]),("April 30",1,["D:2004-04-30"]),
 ("Easter",1,["D:2004-04-11"]),("April 11",1,["D:2004-04-11"]),("this year",1,["Y:2004"]),
 ("April 20",1,["D:2003-04-20"]),("last year",1,["Y:2003"]),
 ("fiscal 2004",1,["R:2004-02-01..2005-01-31","P:Y:2004"]),
 ("the second half",1,["R:2004-08-01..2005-01-31"]),("February",2,["M:2004-02"]),
 ("since 1999",1,["Y:1999"]),("Sunday",1,["D:2004-03-07"]),("Saturday",2,["D:2004-03-06"]),
 ("1918",1,["Y:1918"]),("late 2005",1,["YIN:2005"]),("the fall of 2001",1,["S:autumn-2001"]),
 ("two years ago",1,["Y:2002"]),("March",2,["M:2004-03"]),("April 8",1,["D:2004-04-08"]),
 ("the week of June 7",1,["W:2004-06-07","P:D:2004-06-07"])]
N['a02'] = [("the holiday season",1),("midday",1)]
X['a02'] = [("61",1),("January",1),("1919",1)]

G['a03'] = [("Feb. 16",1,["D:2009-02-16"]),("Sunday",1,["D:2009-02-15"]),
 ("the weekend of March 7-8",1,["R:2009-03-07..2009-03-08","D:2009-03-07","D:2009-03-08"]),
 ("Thursday",1,["D:2009-02-19"]),("the week of March 16",1,["W:2009-03-16","P:D:2009-03-16"]),
 ("since 1914",1,["Y:1914"]),("Sunday",2,["D:2009-02-15"]),("Saturday",1,["D:2009-02-14"]),
 ("Tuesday",1,["D:2009-02-17"]),("the following Tuesday",1,["D:2009-02-24"]),
 ("Feb. 24",1,["D:2009-02-24"]),("Saturday",2,["D:2009-02-14"]),
 ("Wednesday, Feb. 25",1,["D:2009-02-25"]),
 ("the weekend of April 18 and 19",1,["R:2009-04-18..2009-04-19","D:2009-04-18","D:2009-04-19"]),
 ("May 30",1,["D:2009-05-30"]),("Feb. 23",1,["D:2009-02-23"]),
 ("a week later",1,["D:2009-03-02","W:2009-03-02"]),("Sunday",3,["D:2009-02-15"]),
 ("Next month",1,["M:2009-03"]),
 ("the 1987-88 season",1,["RY:1987..1988","R:1987-08-01..1988-05-31","P:Y:1987"]),
 ("that May",1,["M:1988-05"]),("1889",1,["Y:1889"]),("since the 1920s",1,["DEC:1920"]),
 ("this season",1,["RY:2008..2009","R:2008-08-01..2009-05-31","P:Y:2008"]),
 ("Easter",1,["D:2009-04-12","R:2009-04-10..2009-04-13"])]
N['a03'] = [("2 p.m.",1),("the day",1),("six days",1),("9 a.m.",1),("November",1)]
X['a03'] = [("2-1",1),("March",3),("0-0",1),("Friday",1),("Tuesday",3),("44",1),("Friday",2),("11 days",1)]

G['a04'] = [("Jan. 2",1,["D:2016-01-02"]),("New Year's Day",1,["D:2016-01-01"]),("Friday",1,["D:2016-01-01"]),
 ("this season",1,["RY:2015..2016","P:Y:2015"]),
 ("Dec. 29-Jan. 6",1,["R:2015-12-29..2016-01-06","D:2015-12-29","D:2016-01-06"]),
 ("Sunday",1,["D:2016-01-03"]),("Saturday",1,["D:2016-01-02"]),("Wednesday",1,["D:2016-01-06"]),
 ("Epiphany",1,["D:2016-01-06"]),("Friday",2,["D:2016-01-01"]),("Dec. 29",2,["D:2015-12-29"]),
 ("New Year's Eve",1,["D:2015-12-31"]),("Sunday",2,["D:2016-01-03"]),
 ("Christmas",1,["D:2015-12-25","R:2015-12-24..2015-12-26"]),("Sunday",3,["D:2016-01-03"]),
 ("the '80s",1,["DEC:1980"]),("since the 1996-97 season",1,["RY:1996..1997","P:Y:1996"]),
 ("the winter of 1952-53",1,["S:winter-1952","P:Y:1952"]),
 ("from 2002 to 2009",1,["RY:2002..2009","Y:2002","Y:2009"]),
 ("the following weekend",1,["R:2016-01-09..2016-01-10","R:2016-01-08..2016-01-10"]),
 ("Jan. 14-17",1,["R:2016-01-14..2016-01-17","D:2016-01-14","D:2016-01-17"]),
 ("late March",1,["MIN:2016-03"]),("November",1,["M:2015-11"]),("since 2011",1,["Y:2011"]),
 ("Wednesday",2,["D:2016-01-06"]),("the 2013-14 season",1,["RY:2013..2014","P:Y:2013"]),
 ("Four years ago",1,["Y:2012"])]
N['a04'] = [("overnight",1),("5:30 p.m.",1),("The season",1),("the last day",1)]
X['a04'] = [("winter",1),("23",1),("90 minutes",1)]

G['a05'] = [("May 16",1,["D:1997-05-16"]),("Friday",1,["D:1997-05-16"]),("Tuesday",1,["D:1997-05-20"]),
 ("between March 1991 and October 1995",1,["R:1991-03-01..1995-10-31","M:1991-03","M:1995-10"]),
 ("next month",1,["M:1997-06"]),("June 27",1,["D:1997-06-27"]),("Friday",2,["D:1997-06-27"]),
 ("Thursday",1,["D:1997-05-15"]),("Tuesday",2,["D:1997-05-20"]),("June 9",1,["D:1997-06-09"]),
 ("the autumn",1,["S:autumn-1997"]),("the week of Sept. 15",1,["W:1997-09-15","P:D:1997-09-15"]),
 ("Monday, May 26",1,["D:1997-05-26"]),("the spring bank holiday",1,["D:1997-05-26"]),
 ("the end of July",1,["MIN:1997-07","D:1997-07-31"]),("the summer of 1995",1,["S:summer-1995"]),
 ("Aug. 2, 1995",1,["D:1995-08-02"]),("the following January",1,["M:1996-01"]),
 ("November 1996",1,["M:1996-11"]),("Next year",1,["Y:1997"]),("1996",2,["Y:1996"]),
 ("since 1990",1,["Y:1990"]),("Friday",3,["D:1997-05-16"]),
 ("the end of the year",1,["D:1997-12-31","M:1997-12","Y:1997"]),("this year",1,["Y:1997"]),
 ("February",1,["M:1997-02"]),("next Monday",1,["D:1997-05-19"])]
N['a05'] = [("10 a.m.",1)]
X['a05'] = [("47",1),("Sunday",1),("18 months",1),("22 years",1)]

G['a06'] = [("Feb. 19",1,["D:2020-02-19"]),("Tuesday",1,["D:2020-02-18"]),
 ("the week of March 9",1,["W:2020-03-09","P:D:2020-03-09"]),("April 2016",1,["M:2016-04"]),
 ("Monday, March 2",1,["D:2020-03-02"]),("Saturday",1,["D:2020-02-29"]),
 ("Leap Day",1,["D:2020-02-29"]),("Friday, Feb. 28",1,["D:2020-02-28"]),
 ("March 11 or 12",1,["D:2020-03-11","D:2020-03-12"]),("late April",1,["MIN:2020-04"]),
 ("between 2011 and 2015",1,["RY:2011..2015","Y:2011","Y:2015"]),("Jan. 1, 2013",1,["D:2013-01-01"]),
 ("last fall",1,["S:autumn-2019"]),("Feb. 7",1,["D:2020-02-07"]),("Jan. 22",1,["D:2020-01-22"]),
 ("last month",1,["M:2019-12"]),("the summer",1,["S:summer-2020"]),("Tuesday",2,["D:2020-02-18"]),
 ("since October",1,["M:2019-10"]),("Monday",3,["D:2020-02-17"]),
 ("Presidents' Day",1,["D:2020-02-17"]),("2019",1,["Y:2019"]),("since 2017",1,["Y:2017"]),
 ("Tuesday",3,["D:2020-02-18"]),("March 23",1,["D:2020-03-23"]),("May 18",1,["D:2020-05-18"]),
 ("the summer of 2018",1,["S:summer-2018"])]
N['a06'] = [("9:30 a.m.",1)]
X['a06'] = [("16-cv-2014",1),("six weeks",1),("Monday through Thursday",1)]

G['a07'] = [("Nov. 14",1,["D:2022-11-14"]),("Monday",1,["D:2022-11-14"]),("Tuesday",1,["D:2022-11-15"]),
 ("Wednesday",1,["D:2022-11-16"]),("Tuesday",2,["D:2022-11-15"]),("Wednesday",2,["D:2022-11-16"]),
 ("Tuesday",3,["D:2022-11-15"]),("Thursday",1,["D:2022-11-17"]),("Wednesday",3,["D:2022-11-16"]),
 ("Wednesday",4,["D:2022-11-16"]),("tonight",1,["D:2022-11-14"]),
 ("this spring",1,["R:2022-09-01..2022-11-30","S:autumn-2022"]),("since September",1,["M:2022-09"]),
 ("1941",1,["Y:1941"]),("July",1,["M:2022-07"]),("March",1,["M:2023-03"]),
 ("last Thursday",1,["D:2022-11-10"]),("next winter",1,["R:2023-06-01..2023-08-31","S:summer-2023"]),
 ("Wednesday",5,["D:2022-11-16"]),("Nov. 23",1,["D:2022-11-23"]),("Tuesday",4,["D:2022-11-15"]),
 ("the weekend",1,["R:2022-11-19..2022-11-20","D:2022-11-19"]),("early December",1,["MIN:2022-12"]),
 ("the start of summer",1,["D:2022-12-01"]),
 ("from late December to February",1,["IN:2022-12-15..2023-02-28","MIN:2022-12","M:2023-02"]),
 ("this year",1,["Y:2022"]),("2021",1,["Y:2021"]),("April 1974",1,["M:1974-04"]),
 ("Oct. 24",1,["D:2022-10-24"]),("Labour Day",1,["D:2022-10-24"])]
N['a07'] = [("9 p.m.",1),("noon",1),("overnight",1),("the small hours",1)]
X['a07'] = [("39",1),("24/7",1),("11 days",1)]

G['a08'] = [("Dec. 23",1,["D:2002-12-23"]),("Monday",1,["D:2002-12-23"]),("Christmas Eve",1,["D:2002-12-24"]),
 ("Christmas Day",1,["D:2002-12-25"]),("Tuesday",1,["D:2002-12-24"]),("Wednesday",1,["D:2002-12-25"]),
 ("Tuesday",2,["D:2002-12-24"]),("Wednesday",2,["D:2002-12-25"]),
 ("three days ago",1,["D:2002-12-20"]),("Tomorrow",1,["D:2002-12-21"]),
 ("the holiday",1,["D:2002-12-25"]),("Friday",1,["D:2002-12-20"]),("Thursday",1,["D:2002-12-26"]),
 ("the weekend",1,["R:2002-12-28..2002-12-29","D:2002-12-28"]),
 ("between Christmas and New Year",1,["IN:2002-12-25..2003-01-01"]),
 ("since Sunday",1,["D:2002-12-22"]),("last winter",1,["S:winter-2001"]),
 ("the first half of 2002",1,["H:2002-H1"]),("Tuesday",3,["D:2002-12-24"]),
 ("Thursday",2,["D:2002-12-26"]),
 ("between Saturday and Jan. 1",1,["R:2002-12-21..2003-01-01","D:2002-12-21","D:2003-01-01"]),
 ("this morning",1,["D:2002-12-23"]),("Thursday",3,["D:2002-12-26"]),
 ("Christmas Day",2,["D:2002-12-25"]),("since 1950",1,["Y:1950"]),("2000",1,["Y:2000"]),
 ("since Saturday",1,["D:2002-12-21"]),("Christmas Eve",2,["D:2002-12-24"]),
 ("Monday",2,["D:2002-12-23"]),("a year ago",1,["Y:2001","M:2001-12"])]
N['a08'] = [("winter",1),("3 p.m.",1),("6 p.m.",1),("noon",1),("midnight",1),("6 p.m.",2)]
X['a08'] = [("44",1),("White Christmas",1)]

G['a09'] = [("July 21",1,["D:2023-07-21"]),("Friday",1,["D:2023-07-21"]),
 ("the 2023-24 school year",1,["RY:2023..2024","IN:2023-08-01..2024-07-31","P:Y:2023"]),
 ("the autumn term",1,["R:2023-09-05..2023-12-20"]),("Tuesday, Sept. 5",1,["D:2023-09-05"]),
 ("Wednesday, Dec. 20",1,["D:2023-12-20"]),
 ("from Oct. 23 to 27",1,["R:2023-10-23..2023-10-27","W:2023-10-23","D:2023-10-23","D:2023-10-27"]),
 ("The spring term",1,["R:2024-01-04..2024-03-28"]),
 ("from Jan. 4 to March 28",1,["R:2024-01-04..2024-03-28","D:2024-01-04","D:2024-03-28"]),
 ("the day before Good Friday",1,["D:2024-03-28"]),
 ("the week of Feb. 12",1,["W:2024-02-12","P:D:2024-02-12"]),
 ("The summer term",1,["R:2024-04-15..2024-07-23"]),("April 15",1,["D:2024-04-15"]),
 ("Easter Monday",1,["D:2024-04-01"]),("Tuesday, July 23",1,["D:2024-07-23"]),
 ("the spring bank holiday",1,["D:2024-05-27"]),("May 27",1,["D:2024-05-27"]),
 ("2024-25",1,["RY:2024..2025","IN:2024-08-01..2025-07-31","P:Y:2024"]),
 ("Thursday",1,["D:2023-07-20"]),("Sept. 3, 2024",1,["D:2024-09-03"]),
 ("Christmas",1,["D:2024-12-25","R:2024-12-24..2024-12-26"]),("Dec. 20, 2024",1,["D:2024-12-20"]),
 ("Friday",3,["D:2024-12-20"]),("November",1,["M:2022-11"]),("this year",1,["Y:2022"]),
 ("Jan. 31",1,["D:2023-01-31"]),("this summer",1,["S:summer-2023"]),("Aug. 24",1,["D:2023-08-24"]),
 ("Aug. 17",1,["D:2023-08-17"]),("next week",1,["W:2023-07-24"]),("the spring",2,["S:spring-2023"]),
 ("the summer holidays",1,["R:2023-07-22..2023-09-04","IN:2023-07-21..2023-09-05"]),
 ("September",1,["M:2023-09"]),("2015",1,["Y:2015"]),("the autumn of 2025",1,["S:autumn-2025"]),
 ("since the 19th century",1,["RY:1800..1899","RY:1801..1900"])]
N['a09'] = [("the autumn half-term",1),("the last week of October",1),("Christmas",2),("Whitsun",1)]
X['a09'] = [("52",1),("11",1)]

G['a10'] = [("May 10",1,["D:2008-05-10"]),("Thursday, June 12",1,["D:2008-06-12"]),
 ("Saturday",1,["D:2008-05-10"]),("Tuesday",1,["D:2008-05-06"]),("since 1983",1,["Y:1983"]),
 ("April 19",1,["D:2008-04-19"]),("Friday, May 16",1,["D:2008-05-16"]),("May 27",1,["D:2008-05-27"]),
 ("Wednesday, May 28",1,["D:2008-05-28"]),("May 26",1,["D:2008-05-26"]),
 ("the late May bank holiday",1,["D:2008-05-26"]),("May 30",1,["D:2008-05-30"]),
 ("polling day",1,["D:2008-06-12"]),("June 4",1,["D:2008-06-04"]),
 ("Friday, June 13",1,["D:2008-06-13"]),("2005",1,["Y:2005"]),("last year",1,["Y:2007"]),
 ("May",8,["M:2007-05"]),("2001",1,["Y:2001"]),("Wednesday",2,["D:2008-05-07"]),
 ("Tomorrow",1,["D:2008-05-08"]),("June 12",2,["D:2008-06-12"]),("Thursday",2,["D:2008-05-08"]),
 ("next week",1,["W:2008-05-12"]),("the end of the month",1,["MIN:2008-05"]),
 ("mid-2010",1,["YIN:2010"]),("May 1",1,["D:2008-05-01"]),("since 2006",1,["Y:2006"]),
 ("Friday",3,["D:2008-05-09"]),("the autumn",1,["S:autumn-2008"])]
N['a10'] = [("the last general election",1),("4 p.m.",1),("5 p.m.",1),("10 p.m.",1),("overnight",1),("the early hours",1)]
X['a10'] = [("71",1),("2,008",1),("Easter",1),("46",1)]

G['a11'] = [("Aug. 8",1,["D:2018-08-08"]),("Wednesday",1,["D:2018-08-08"]),
 ("between Oct. 1, 2017, and June 30, 2018",1,["R:2017-10-01..2018-06-30","D:2017-10-01","D:2018-06-30"]),
 ("Jan. 14",1,["D:2018-01-14"]),("mid-May",1,["MIN:2018-05"]),("Easter Sunday",1,["D:2018-04-01"]),
 ("Black Friday",1,["D:2017-11-24"]),("Cyber Monday",1,["D:2017-11-27"]),
 ("Sept. 10",1,["D:2018-09-10"]),("Aug. 31",1,["D:2018-08-31"]),("Tuesday",1,["D:2018-08-07"]),
 ("June 29",1,["D:2018-06-29"]),("July",1,["M:2018-07"]),("December",1,["M:2017-12"]),
 ("next year",1,["Y:2018"]),("this fall",1,["S:autumn-2018"]),("2009",1,["Y:2009"]),
 ("the spring of 2016",1,["S:spring-2016"]),("since 2015",1,["Y:2015"]),
 ("mid-October",1,["MIN:2018-10"]),("seven months ago",1,["M:2018-01","D:2018-01-08"]),
 ("the spring",2,["S:spring-2018"]),("the 1990s",1,["DEC:1990"]),("Wednesday",2,["D:2018-08-08"]),
 ("the second quarter",1,["Q:2018-Q2"]),("Aug. 14",1,["D:2018-08-14"])]
N['a11'] = [("8 a.m.",1),("8 p.m.",1)]
X['a11'] = [("2017",1),("2018",1),("1736",1),("1826",1),("Monday through Saturday",1),("2020",1)]

G['a12'] = [("March 7",1,["D:2021-03-07"]),("1931-2021",1,["RY:1931..2021","Y:1931","Y:2021"]),
 ("Thursday",1,["D:2021-03-04"]),("December",1,["M:2020-12"]),("last month",1,["M:2021-02"]),
 ("Armistice Day",1,["D:1931-11-11"]),("Nov. 11, 1931",1,["D:1931-11-11"]),
 ("from 1951 to 1953",1,["RY:1951..1953","Y:1951","Y:1953"]),
 ("the summer of 1954",1,["S:summer-1954"]),("a decade later",1,["Y:1964","DEC:1960"]),
 ("1979",1,["Y:1979"]),("Jan. 2, 1978",1,["D:1978-01-02"]),("the '80s",1,["DEC:1980"]),
 ("the 1940s",1,["DEC:1940"]),("June 1996",1,["M:1996-06"]),("Sept. 12, 2001",1,["D:2001-09-12"]),
 ("September 2011",1,["M:2011-09"]),("Last month",1,["M:2011-08"]),("2014",1,["Y:2014"]),
 ("last year",1,["Y:2020"]),("Saturday",1,["D:2021-03-06"]),("Friday",1,["D:2021-03-12"]),
 ("Saturday",2,["D:2021-03-13"]),("since last spring",1,["S:spring-2020"]),
 ("Sept. 11",1,["D:2021-09-11"]),("the 1920s",1,["DEC:1920"]),("1988",1,["Y:1988"])]
N['a12'] = [("9/11",1),("sunset",1),("10 a.m.",1),("the 20th anniversary of the attacks",1)]
X['a12'] = [("89",1),("16",1),("three weeks",1),("69",1),("58 years",1)]

G['a13'] = [("June 13",1,["D:2024-06-13"]),("Fifty years ago this week",1,["W:1974-06-10","Y:1974"]),
 ("Saturday",1,["D:2024-06-15"]),
 ("from Friday, June 14, to Sunday, June 16, 1974",1,["R:1974-06-14..1974-06-16","D:1974-06-14","D:1974-06-16"]),
 ("the Sixties",1,["DEC:1960"]),("the Saturday",1,["D:1974-06-15"]),
 ("the next morning",1,["D:1974-06-16"]),("Next year",1,["Y:1975"]),
 ("the Monday after the festival",1,["D:1974-06-17"]),("the following spring",1,["S:spring-1975"]),
 ("1977",1,["Y:1977"]),("2009",1,["Y:2009"]),("1974",2,["Y:1974"]),("two years later",1,["Y:1976"]),
 ("the weekend",1,["R:1974-06-15..1974-06-16","R:1974-06-14..1974-06-16"]),
 ("the autumn of 1974",1,["S:autumn-1974"]),("2019",1,["Y:2019"]),("this spring",1,["S:spring-2024"]),
 ("Saturday",3,["D:2024-06-15"]),("since April",1,["M:2024-04"]),("since 1950",1,["Y:1950"]),
 ("Friday",2,["D:2024-06-14"]),("June 30",1,["D:2024-06-30"]),("the '70s",1,["DEC:1970"]),
 ("June 22",1,["D:2024-06-22"]),("the decade",1,["DEC:1970"])]
N['a13'] = [("noon",1),("10:30 p.m.",1),("midnight",1)]
X['a13'] = [("71",1),("June Rain",1),("August",1),("Half a century",1)]

G['a14'] = [("Aug. 9",1,["D:2003-08-09"]),("Three hundred years ago this month",1,["M:1703-08","Y:1703"]),
 ("Saturday",1,["D:2003-08-09"]),("tonight",1,["D:2003-08-09"]),("Aug. 12, 1703",1,["D:1703-08-12"]),
 ("last year",1,["Y:2002"]),("Tuesday, Aug. 12",1,["D:2003-08-12"]),("1953",1,["Y:1953"]),
 ("2053",1,["Y:2053"]),("the spring of 1702",1,["S:spring-1702"]),
 ("the early 1700s",1,["IN:1700-01-01..1739-12-31","DEC:1700"]),("1719",1,["Y:1719"]),
 ("the 1790s",1,["DEC:1790"]),
 ("the mid-19th century",1,["IN:1830-01-01..1870-12-31","RY:1800..1899","RY:1801..1900"]),
 ("1851",1,["Y:1851"]),("the 1860s",1,["DEC:1860"]),
 ("the turn of the 20th century",1,["IN:1895-01-01..1905-12-31"]),
 ("the Roaring Twenties",1,["DEC:1920"]),("1934",1,["Y:1934"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"]),
 ("the 1800s",1,["RY:1800..1899","DEC:1800"]),
 ("the 21st century",1,["RY:2001..2100","RY:2000..2099"]),("August 1953",1,["M:1953-08"]),
 ("the year 2000",1,["Y:2000"]),("the end of the month",1,["MIN:2003-08"]),
 ("Sunday",1,["D:2003-08-10"]),
 ("the weekend of Aug. 23-24",1,["R:2003-08-23..2003-08-24","D:2003-08-23","D:2003-08-24"]),
 ("the summer of 2005",1,["S:summer-2005"])]
N['a14'] = [("250th anniversary",1),("the Depression",1),("250th anniversary",2)]
X['a14'] = [("Monday",1),("1850",1),("64",1),("three years",1)]

G['a15'] = [("Oct. 11",1,["D:2012-10-11"]),("Saturday, Oct. 27",1,["D:2012-10-27"]),
 ("Thursday",1,["D:2012-10-11"]),("Wednesday, Oct. 17",1,["D:2012-10-17"]),
 ("Saturday, Oct. 20",1,["D:2012-10-20"]),("Friday, Oct. 19",1,["D:2012-10-19"]),
 ("voting day",1,["D:2012-10-27"]),("since Sept. 24",1,["D:2012-09-24"]),("2007",1,["Y:2007"]),
 ("this week",1,["W:2012-10-08"]),("Monday",1,["D:2012-10-08"]),("Thanksgiving",1,["D:2012-10-08"]),
 ("November 2011",1,["M:2011-11"]),("next fall",1,["S:autumn-2012"]),("1958",1,["Y:1958"]),
 ("since 2005",1,["Y:2005"]),("Tuesday",1,["D:2012-10-09"]),
 ("the 2013-14 season",1,["RY:2013..2014","P:Y:2013"]),("the spring of 2013",1,["S:spring-2013"]),
 ("the 2015-16 season",1,["RY:2015..2016","P:Y:2015"]),("this Saturday",1,["D:2012-10-13"]),
 ("between Oct. 1 and 4",1,["R:2012-10-01..2012-10-04","D:2012-10-01","D:2012-10-04"]),
 ("Oct. 27",2,["D:2012-10-27"]),("Nov. 5",1,["D:2012-11-05"]),
 ("early next year",1,["YIN:2013","IN:2013-01-01..2013-04-30"]),("October 2013",1,["M:2013-10"]),
 ("since 2004",1,["Y:2004"]),("last month",1,["M:2012-09"]),("This fall",1,["S:autumn-2012"])]
N['a15'] = [("10 a.m.",1),("8 p.m.",1),("4:30 p.m.",1),("8 p.m.",2),("11 p.m.",1)]
X['a15'] = [("4-3",1),("20 years",1),("57",1)]

G['a16'] = [("Dec. 24",1,["D:2010-12-24"]),
 ("Dec. 26-Jan. 3",1,["R:2010-12-26..2011-01-03","D:2010-12-26","D:2011-01-03"]),
 ("Boxing Day",1,["D:2010-12-26"]),("Sunday",1,["D:2010-12-26"]),("this year",1,["Y:2010"]),
 ("Tuesday, Dec. 28",1,["D:2010-12-28"]),("the public holiday",1,["D:2010-12-28"]),
 ("New Year's Day",1,["D:2011-01-01"]),("Saturday",1,["D:2011-01-01"]),
 ("Monday, Jan. 3",1,["D:2011-01-03"]),("the New Year bank holiday",1,["D:2011-01-03"]),
 ("since Dec. 1",1,["D:2010-12-01"]),("last Saturday",1,["D:2010-12-18"]),
 ("December",1,["M:2010-12"]),("since 1890",1,["Y:1890"]),("Monday",2,["D:2010-12-27"]),
 ("the New Year weekend",1,["R:2011-01-01..2011-01-03","R:2011-01-01..2011-01-02","R:2010-12-31..2011-01-02","P:D:2011-01-01"]),
 ("Monday",3,["D:2010-12-20"]),("tonight",1,["D:2010-12-20"]),("Wednesday",1,["D:2010-12-22"]),
 ("Jan. 18",1,["D:2011-01-18"]),("Friday",1,["D:2010-12-24"]),("Christmas Day",1,["D:2010-12-25"]),
 ("last season",1,["RY:2009..2010","R:2009-08-01..2010-05-31","P:Y:2009"]),
 ("Jan. 5",1,["D:2011-01-05"]),("two years ago",1,["Y:2008"]),
 ("from Jan. 10 to 23",1,["R:2011-01-10..2011-01-23","D:2011-01-10","D:2011-01-23"]),
 ("February",1,["M:2011-02"]),("March",1,["M:2011-03"]),("May 7",1,["D:2011-05-07"]),
 ("the second half of May",1,["R:2011-05-16..2011-05-31","IN:2011-05-16..2011-05-31"]),
 ("a year ago",1,["Y:2009","M:2009-12"]),("the spring",1,["S:spring-2011"]),("April",1,["M:2011-04"])]
N['a16'] = [("winter",1),("The season",1),("Christmas",3),("the season",1)]
X['a16'] = [("3-3",1),("12 Days of Christmas",1),("Tuesday",2),("63",1)]

G['a17'] = [("Sept. 16",1,["D:2025-09-16"]),("Tuesday",1,["D:2025-09-16"]),("mid-2027",1,["YIN:2027"]),
 ("March",1,["M:2025-03"]),("the first half of next year",1,["H:2026-H1","P:Y:2026"]),
 ("before the end of this year",1,["IN:2025-09-16..2025-12-31","Y:2025"]),
 ("the first quarter of 2026",1,["Q:2026-Q1"]),
 ("from late 2024 into early 2025",1,["IN:2024-07-01..2025-06-30","YIN:2024","YIN:2025"]),
 ("Aug. 29",1,["D:2025-08-29"]),("July",1,["M:2025-07"]),("next month",1,["M:2025-08"]),
 ("2025",2,["Y:2025"]),("the second half",1,["H:2025-H2"]),("the first",4,["H:2025-H1"]),
 ("third-quarter",1,["Q:2025-Q3"]),("Oct. 28",1,["D:2025-10-28"]),
 ("the back half of 2028",1,["H:2028-H2"]),("1998",1,["Y:1998"]),("2030",1,["Y:2030"]),
 ("December 2024",1,["M:2024-12"]),("the end of 2027",1,["D:2027-12-31","M:2027-12","Y:2027"]),
 ("Tuesday",2,["D:2025-09-16"]),("the end of next year",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("the week of Oct. 20",1,["W:2025-10-20","P:D:2025-10-20"]),
 ("the second half of the decade",1,["IN:2025-01-01..2029-12-31","P:DEC:2020"]),("2022",1,["Y:2022"]),
 ("Christmas",1,["D:2025-12-25"]),("Tuesday",3,["D:2025-09-16"]),("since January",1,["M:2025-01"])]
N['a17'] = [("midday",1)]
X['a17'] = [("52",1),("2400",1)]

G['a18'] = [("March 10",1,["D:2014-03-10"]),("this month",1,["M:2014-03"]),
 ("the whole summer",1,["S:summer-2014"]),("Monday",1,["D:2014-03-10"]),
 ("Friday, March 14",1,["D:2014-03-14"]),("Monday, March 17",1,["D:2014-03-17"]),
 ("March 21-24",1,["R:2014-03-21..2014-03-24","D:2014-03-21","D:2014-03-24"]),
 ("Saturday",1,["D:2014-03-15"]),
 ("Easter weekend",1,["R:2014-04-18..2014-04-20","R:2014-04-19..2014-04-20","P:D:2014-04-20"]),
 ("the Tuesday after Memorial Day",1,["D:2014-05-27"]),("May 27",1,["D:2014-05-27"]),
 ("Labor Day",1,["D:2014-09-01"]),("October",1,["M:2013-10"]),("Next year",1,["Y:2014"]),
 ("1936",1,["Y:1936"]),("the 1980s",1,["DEC:1980"]),("the spring of 2012",1,["S:spring-2012"]),
 ("January 2013",1,["M:2013-01"]),("this winter",1,["S:winter-2013"]),
 ("between Dec. 1 and Feb. 28",1,["R:2013-12-01..2014-02-28","D:2013-12-01","D:2014-02-28"]),
 ("last weekend",1,["R:2014-03-07..2014-03-09","R:2014-03-08..2014-03-09","D:2014-03-08","D:2014-03-09"]),
 ("Friday",3,["D:2014-03-07"]),("Sunday",2,["D:2014-03-09"]),("Aug. 29",1,["D:2014-08-29"]),
 ("Aug. 15",1,["D:2014-08-15"]),("since November",1,["M:2013-11"]),("since 1982",1,["Y:1982"]),
 ("October",2,["M:2014-10"])]
N['a18'] = [("10 p.m.",1),("5 a.m.",1),("St. Patrick's Day",1),("a summer",1),("2 a.m.",1)]
X['a18'] = [("Sunday",1),("Monday through Friday",1),("59",1)]

G['a19'] = [("Nov. 15",1,["D:2001-11-15"]),("Saturday, Nov. 17",1,["D:2001-11-17"]),
 ("Saturday, Dec. 1",1,["D:2001-12-01"]),("early October",1,["MIN:2001-10"]),
 ("Nov. 1",1,["D:2001-11-01"]),("Nov. 5",1,["D:2001-11-05"]),("September",1,["M:2001-09"]),
 ("next month",1,["M:2001-10"]),
 ("from late 2001 into early 2002",1,["IN:2001-07-01..2002-06-30","YIN:2001","YIN:2002"]),
 ("the week after Thanksgiving",1,["W:2001-11-26"]),("Nov. 2",1,["D:2001-11-02"]),
 ("last year",1,["Y:2000"]),("Wednesday",1,["D:2001-11-14"]),("Thanksgiving",2,["D:2001-11-22"]),
 ("Last winter",1,["S:winter-2000"]),("the 2000-01 season",1,["RY:2000..2001","P:Y:2000"]),
 ("the winter of 1999-2000",1,["S:winter-1999","P:Y:1999"]),("January",1,["M:2000-01"]),
 ("1968-69",1,["RY:1968..1969","P:Y:1968"]),("1918",1,["Y:1918"]),("Tuesday",1,["D:2001-11-13"]),
 ("since October",1,["M:2001-10"]),("Nov. 17",2,["D:2001-11-17"]),
 ("the day after Thanksgiving",1,["D:2001-11-23"]),("Monday",1,["D:2001-11-19"]),
 ("March",1,["M:2002-03"]),("this fall",1,["S:autumn-2001"]),
 ("the end of the year",1,["D:2001-12-31","M:2001-12","Y:2001"]),("2000",3,["Y:2000"])]
N['a19'] = [("between late December and February",1),("9 a.m.",1),("3 p.m.",1),("spring",1)]
X['a19'] = [("65",1),("three days",1),("48",1)]

G['a20'] = [("April 10",1,["D:2017-04-10"]),("April 18",1,["D:2017-04-18"]),("April 15",2,["D:2017-04-15"]),
 ("Saturday",1,["D:2017-04-15"]),("this year",1,["Y:2017"]),
 ("Emancipation Day",1,["D:2017-04-17","D:2017-04-16"]),("Monday, April 17",1,["D:2017-04-17"]),
 ("Tuesday, April 18",1,["D:2017-04-18"]),("2016",1,["Y:2016"]),("Monday",2,["D:2017-04-10"]),
 ("last year",1,["Y:2016"]),("April 18, 2016",1,["D:2016-04-18"]),("Oct. 16",1,["D:2017-10-16"]),
 ("Tax Day",1,["D:2017-04-18"]),("2017",1,["Y:2017"]),("June 15",1,["D:2017-06-15"]),
 ("March 31",1,["D:2017-03-31"]),("a year earlier",1,["D:2016-03-31","Y:2016"]),("2015",1,["Y:2015"]),
 ("Feb. 15",1,["D:2017-02-15"]),("Next week",1,["W:2017-04-10"]),
 ("the following Monday and Tuesday",1,["R:2017-04-17..2017-04-18","D:2017-04-17","D:2017-04-18"]),
 ("Friday",1,["D:2017-04-07"]),("April 18",4,["D:2017-04-18"]),("Thursday",1,["D:2017-04-20"]),
 ("last month",1,["M:2017-03"]),
 ("the last two weeks",1,["R:2017-04-05..2017-04-18","IN:2017-04-03..2017-04-18"]),
 ("1955",1,["Y:1955"]),("2011",1,["Y:2011"]),("April 18, 2011",1,["D:2011-04-18"]),
 ("later this year",1,["Y:2017","IN:2017-04-10..2017-12-31"]),("Christmas",1,["D:2017-12-25"]),
 ("2018",1,["Y:2018"])]
N['a20'] = [("April 15",1),("midnight",1),("11 p.m.",1),("April 15",3),("March 15",1)]
X['a20'] = [("4868",1),("1040",1)]

G['a21'] = [("June 14",1,["D:2006-06-14"]),("this year",1,["Y:2006"]),("Friday, July 14",1,["D:2006-07-14"]),
 ("Sunday, July 16",1,["D:2006-07-16"]),
 ("July 21-23",1,["R:2006-07-21..2006-07-23","D:2006-07-21","D:2006-07-23"]),
 ("Tuesday",1,["D:2006-06-13"]),("Saturday, June 17",1,["D:2006-06-17"]),
 ("Sunday",2,["D:2006-06-18"]),("Father's Day",1,["D:2006-06-18"]),
 ("Thursday, July 13",1,["D:2006-07-13"]),
 ("The first weekend",1,["R:2006-07-14..2006-07-16","R:2006-07-15..2006-07-16"]),
 ("The second weekend",1,["R:2006-07-21..2006-07-23","R:2006-07-22..2006-07-23"]),
 ("last year",1,["Y:2005"]),("last November",1,["M:2005-11"]),("Next summer",1,["S:summer-2006"]),
 ("July 9",1,["D:2006-07-09"]),("Tuesday",2,["D:2006-06-13"]),("1987",1,["Y:1987"]),
 ("the early '90s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),("2001",1,["Y:2001"]),
 ("last year",2,["Y:2005"]),("March",1,["M:2006-03"]),("July 24",1,["D:2006-07-24"]),
 ("the Monday after the festival",1,["D:2006-07-24"]),("the spring",1,["S:spring-2006"]),
 ("September",1,["M:2006-09"]),("February",1,["M:2006-02"])]
N['a21'] = [("9 a.m.",1),("the week before",1),("the extra weekend",1),("11 p.m.",1),("noon",1)]
X['a21'] = [("April",1),("Fourth of July",1),("nine weeks",1),("Saturday",2),("three days",1),("48 hours",1)]

G['a22'] = [("Oct. 24",1,["D:1998-10-24"]),("tonight",1,["D:1998-10-24"]),("the year",1,["Y:1998"]),
 ("the winter",1,["S:winter-1998"]),("Saturday",1,["D:1998-10-24"]),("Sunday",1,["D:1998-10-25"]),
 ("March 28, 1999",1,["D:1999-03-28"]),("this year",1,["Y:1998"]),("March 29",1,["D:1998-03-29"]),
 ("Friday, Nov. 13",1,["D:1998-11-13"]),("Next month",1,["M:1998-10"]),
 ("Sept. 30",1,["D:1998-09-30"]),("from 1968 to 1971",1,["RY:1968..1971","Y:1968","Y:1971"]),
 ("Friday",2,["D:1998-10-23"]),("since the 1970s",1,["DEC:1970"]),("1916",1,["Y:1916"]),
 ("Sunday",2,["D:1998-10-25"]),("Halloween",1,["D:1998-10-31"]),("next Saturday",1,["D:1998-10-31"]),
 ("Bonfire Night",1,["D:1998-11-05"]),("last spring",1,["S:spring-1998"]),
 ("next week",1,["W:1998-10-26"]),("April",1,["M:1998-04"]),("1995",1,["Y:1995"]),
 ("the end of the century",1,["D:1999-12-31","D:2000-12-31","Y:1999","Y:2000"])]
N['a22'] = [("2 a.m.",1),("2 a.m.",2),("1 a.m.",1),("the weeks after the change",1),("10 a.m.",1),("7:43 a.m.",1),("4:50 p.m.",1)]
X['a22'] = [("British Summer Time",1),("Summer time",1),("winter",2),("summer",1),("winter",3),("summer time",1),("1,998",1),("winter",4)]

G['a23'] = [("July 20",1,["D:2000-07-20"]),("Wednesday",1,["D:2000-07-19"]),("Tuesday",1,["D:2000-07-18"]),
 ("summer recess",1,["R:2000-07-29..2000-09-18","IN:2000-07-28..2000-09-19"]),
 ("Friday, July 28",1,["D:2000-07-28"]),("since Monday",1,["D:2000-07-17"]),
 ("Wednesday",2,["D:2000-07-19"]),("May",1,["M:2000-05"]),
 ("the end of next month",1,["D:2000-06-30","MIN:2000-06"]),("January",1,["M:2001-01"]),
 ("April 1, 2001",1,["D:2001-04-01"]),("Tuesday, Sept. 19",1,["D:2000-09-19"]),
 ("the autumn session",1,["R:2000-09-19..2000-12-15"]),
 ("from Sept. 19 to Dec. 15",1,["R:2000-09-19..2000-12-15","D:2000-09-19","D:2000-12-15"]),
 ("fiscal 2000-01",1,["R:2000-07-01..2001-06-30","RY:2000..2001","P:Y:2000"]),
 ("July 1",1,["D:2000-07-01"]),("the April-June quarter",1,["Q:2000-Q2"]),
 ("Thursday",1,["D:2000-07-20"]),("August",1,["M:2000-08"]),
 ("Sept. 15-Oct. 1",1,["R:2000-09-15..2000-10-01","D:2000-09-15","D:2000-10-01"]),
 ("the summer",1,["S:summer-2000"]),("the first half of the year",1,["H:2000-H1"]),
 ("since 1993",1,["Y:1993"]),("the spring",1,["S:spring-2000"]),("March 2002",1,["M:2002-03"]),
 ("Tuesday",3,["D:2000-07-18"]),("2002",2,["Y:2002"]),("May 23, 1851",1,["D:1851-05-23"]),
 ("the 1980s",1,["DEC:1980"]),("October",2,["M:2000-10"]),("the new year",1,["YIN:2001"])]
N['a23'] = [("3:40 a.m.",1),("May 23",1),("Monday",2)]
X['a23'] = [("88-71",1),("October",1),("54",1),("summer",2)]

G['a24'] = [("Aug. 11",1,["D:1995-08-11"]),
 ("the night of Aug. 12-13",1,["R:1995-08-12..1995-08-13","D:1995-08-12"]),
 ("Friday",1,["D:1995-08-11"]),("Saturday",1,["D:1995-08-12"]),("Sunday",1,["D:1995-08-13"]),
 ("Saturday",2,["D:1995-08-12"]),("Sunday",2,["D:1995-08-13"]),("1992",1,["Y:1992"]),
 ("last year",1,["Y:1994"]),("August 1993",1,["M:1993-08"]),("Wednesday",1,["D:1995-08-09"]),
 ("Tomorrow",1,["D:1995-08-10"]),("Thursday",1,["D:1995-08-10"]),
 ("the weekend",1,["R:1995-08-12..1995-08-13","D:1995-08-12"]),("July 2",1,["D:1995-07-02"]),
 ("the autumn",1,["S:autumn-1995"]),("Christmas",1,["D:1995-12-25"]),
 ("Tuesday, Aug. 15",1,["D:1995-08-15"]),("mid-November",1,["MIN:1995-11"]),
 ("1998 or 1999",1,["RY:1998..1999","Y:1998","Y:1999"]),("1966",1,["Y:1966"]),
 ("the 1950s",1,["DEC:1950"]),("since 1990",1,["Y:1990"]),
 ("from Sept. 5 to Oct. 20",1,["R:1995-09-05..1995-10-20","D:1995-09-05","D:1995-10-20"]),
 ("the end of the decade",1,["Y:1999","IN:1997-01-01..1999-12-31","P:DEC:1990"])]
N['a24'] = [("between midnight and dawn",1),("9 p.m.",1),("4 a.m.",1),("from mid-July to late August",1),("8:30 p.m.",1)]
X['a24'] = [("1995",1),("20 minutes",1)]

G['a25'] = [("Feb. 10",1,["D:2026-02-10"]),("Monday",1,["D:2026-02-09"]),
 ("The 2026-27 season",1,["RY:2026..2027","IN:2026-09-01..2027-06-30","P:Y:2026"]),
 ("Thursday, Sept. 24",1,["D:2026-09-24"]),("June 2027",1,["M:2027-06"]),("1927",1,["Y:1927"]),
 ("Oct. 3, 1927",1,["D:1927-10-03"]),("March 26, 1827",1,["D:1827-03-26"]),
 ("the week of March 22",1,["W:2027-03-22","P:D:2027-03-22"]),("Friday, March 26",1,["D:2027-03-26"]),
 ("the first half of next year",1,["H:2027-H1","P:Y:2027"]),("December",1,["M:2025-12"]),
 ("Next year",1,["Y:2026"]),("November",1,["M:2026-11"]),("New Year's Eve",1,["D:2026-12-31"]),
 ("Lunar New Year",1,["D:2027-02-06"]),("Feb. 6",1,["D:2027-02-06"]),
 ("the weekend after Thanksgiving",1,["R:2026-11-27..2026-11-29","R:2026-11-28..2026-11-29"]),
 ("July 4, 2027",1,["D:2027-07-04"]),("January",1,["M:2027-01"]),("since 2019",1,["Y:2019"]),
 ("March 2",1,["D:2026-03-02"]),("mid-August",1,["MIN:2026-08"]),
 ("The current season",1,["RY:2025..2026","IN:2025-09-01..2026-06-30","P:Y:2025"]),
 ("May 30",1,["D:2026-05-30"]),("Aug. 31",1,["D:2026-08-31"]),("next month",1,["M:2026-03"]),
 ("fiscal 2025",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("June 30",1,["D:2025-06-30"]),
 ("2028",1,["Y:2028"]),("the 1970s",1,["DEC:1970"]),("the summer of 2027",1,["S:summer-2027"]),
 ("the Twenties",1,["DEC:1920"])]
N['a25'] = [("100th season",1),("the 200th anniversary",1),("1905",1)]
X['a25'] = [("47",1),("Spring",1),("Summer",1)]
