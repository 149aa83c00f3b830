# Hand annotation for probe p9 (invented news in the beats and forms p1-p8 used least: a port shut by a
# typhoon with sailing weeks, an English appeal deadline that falls on Good Friday, a Texas mayoral runoff
# 'two weeks later', a farm-equipment maker with a November-October fiscal year, Victorian school terms,
# Ramadan over Easter and the clocks going forward, Diwali in Leicester, Passover and two Easters in a school
# calendar, the Sydney-Hobart race across the New Year, a launch 'later this quarter', the monsoon's onset,
# '25 years ago this month', '20 years ago today', rail closures round the turn of the year, a museum's
# 'from ... through ...' seasons, a cave rescue told in quotes from several days, weekday-only police copy
# in a Sunday paper, the Lunar New Year rush, Orthodox Easter in Athens, the Supreme Court's last day, a
# South African semester, a liner's itinerary by bare ordinals, California's water year, a bridge's
# centenary, a March year-end retailer's interim results), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, 'overnight', event names such as
#   'Black Monday' or 'the Class of '87', Acts named by a year, habitual or generic dates such as the monsoon's
#   usual 'June 1' or 'from Oct. 1 to Sept. 30' of the water year, vague spans such as 'the term just ended').
# X: decoys, not dates (ages, durations incl. 'within 21 days', scores '5-4', model and train numbers
#   '1840', 'Z2014', '12306.cn', addresses '2004 Prairie Road', names 'June Okafor', 'the Friday Bandit',
#   '28th October Street', titles 'The Thursday Fire', sets 'Tuesday through Sunday', 'every Nov. 14');
#   the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p8 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech
#   by the day it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the
#   story's country and calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y'
#   ranges R: with both ends as D:). Added in p9: 'within N days' is a duration (X) and the deadline the story
#   states is the date; 'two weeks later' / 'two weeks from tonight' = that day + 14; 'later this quarter' =
#   IN: from the publication day to the quarter's end (Q: too, or the firm's fiscal quarter when the story
#   names its end); 'N years ago today' = that day and its year; 'the turn of the year' = IN:Dec 1..Jan 31;
#   day-first dates ('21 March') as month-first; a bare ordinal ('the 30th') = that day of the month in
#   focus; 'the first Monday in October' = that day; 'the week beginning 12 May' = 'the week of'; 'the
#   Saturday of Memorial Day weekend', 'the eve of Passover', 'the day after Diwali' = single days; a water
#   year = R:Oct 1..Sep 30 (P: the year it ends); a UK tax year = R:Apr 6..Apr 5; legal terms named
#   ('the Michaelmas term') = R: of their fixed dates; Acts named by a year are N.
G = {}
N = {}
X = {}
G['a01'] = [("Aug. 11",1,["D:2009-08-11"]),("Tuesday",1,["D:2009-08-11"]),("late August",1,["MIN:2009-08"]),
 ("Friday",1,["D:2009-08-07"]),("Sunday",1,["D:2009-08-09"]),("Monday",1,["D:2009-08-10"]),
 ("tomorrow",1,["D:2009-08-08"]),("Friday",2,["D:2009-08-07"]),("Tuesday",2,["D:2009-08-11"]),
 ("this week",1,["W:2009-08-10"]),("the week of Aug. 17",1,["W:2009-08-17","P:D:2009-08-17"]),
 ("the following week",1,["W:2009-08-24"]),("Saturday",1,["D:2009-08-08"]),
 ("yesterday",1,["D:2009-08-10"]),("early September",1,["MIN:2009-09"]),
 ("National Day holiday",1,["R:2009-10-01..2009-10-08","D:2009-10-01"]),("this year",1,["Y:2009"]),
 ("Oct. 1-8",1,["R:2009-10-01..2009-10-08","D:2009-10-01","D:2009-10-08"]),
 ("Mid-Autumn Festival",1,["D:2009-10-03"]),("Oct. 3",1,["D:2009-10-03"]),
 ("this summer",1,["S:summer-2009"]),("late June",1,["MIN:2009-06"]),("July 19",1,["D:2009-07-19"]),
 ("since September 2008",1,["M:2008-09"]),("2008",2,["Y:2008"]),("2001",1,["Y:2001"]),
 ("this year",2,["Y:2009"]),("the first half",1,["H:2009-H1"]),("the fourth quarter",1,["Q:2009-Q4"]),
 ("next Monday",1,["D:2009-08-17"]),
 ("the weekend",1,["R:2009-08-15..2009-08-16","R:2009-08-14..2009-08-16"]),
 ("August 1969",1,["M:1969-08"])]
N['a01'] = [("6 p.m.",1),("the early hours",1),("noon",1),("Christmas",1),("between August and October",1),("between July and September",1)]
X['a01'] = [("four days",1),("54",1),("2006",1),("two weeks",1)]

G['a02'] = [("21 March",1,["D:2003-03-21"]),("Friday",1,["D:2003-03-21"]),("Good Friday",1,["D:2003-04-18"]),
 ("Tuesday 22 April",1,["D:2003-04-22"]),("the day after Easter Monday",1,["D:2003-04-22"]),
 ("this morning",1,["D:2003-03-21"]),("Thursday 15 April 1999",1,["D:1999-04-15"]),
 ("a month later",1,["M:1999-05","D:1999-05-15"]),("5 February",1,["D:2003-02-05"]),
 ("from Good Friday to Easter Monday",1,["R:2003-04-18..2003-04-21","D:2003-04-18","D:2003-04-21"]),
 ("Easter",3,["D:2003-04-20"]),("4 April",1,["D:2003-04-04"]),
 ("two weeks from today",1,["D:2003-04-04"]),
 ("the week beginning 12 May",1,["W:2003-05-12","P:D:2003-05-12"]),
 ("the Michaelmas term",1,["R:2003-10-01..2003-12-21"]),("1 October",1,["D:2003-10-01"]),
 ("the summer",1,["S:summer-2003"]),("2002",1,["Y:2002"]),
 ("since the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),("1989",1,["Y:1989"]),
 ("1978",1,["Y:1978"]),("the summer of 1998",1,["S:summer-1998"]),("last week",1,["W:2003-03-10"]),
 ("since 1996",1,["Y:1996"])]
N['a02'] = [("4 p.m.",1),("Insolvency Act 1986",1)]
X['a02'] = [("28 days",1),("61",1),("April",2),("six weeks",1),("within 21 days",1),("four years",1)]

G['a03'] = [("May 10",1,["D:2015-05-10"]),("May 23",1,["D:2015-05-23"]),("Saturday",1,["D:2015-05-09"]),
 ("Sunday",1,["D:2015-05-10"]),("two weeks later",1,["D:2015-05-23","W:2015-05-18"]),
 ("the Saturday of Memorial Day weekend",1,["D:2015-05-23"]),
 ("Two weeks from tonight",1,["D:2015-05-23"]),("Saturday",3,["D:2015-05-09"]),
 ("Sunday",2,["D:2015-05-10"]),("Monday",1,["D:2015-05-11"]),("Tomorrow",1,["D:2015-05-11"]),
 ("this month",1,["M:2015-05"]),("since the 1990s",1,["DEC:1990"]),
 ("from April 27 to May 5",1,["R:2015-04-27..2015-05-05","D:2015-04-27","D:2015-05-05"]),
 ("Saturday",4,["D:2015-05-09"]),("last week",1,["W:2015-05-04","W:2015-04-27"]),
 ("from Monday, May 18, through Wednesday, May 20",1,["R:2015-05-18..2015-05-20","D:2015-05-18","D:2015-05-20"]),
 ("Tuesday",1,["D:2015-05-12"]),("the holiday",1,["D:2015-05-25"]),
 ("the first Tuesday in June",1,["D:2015-06-02"]),("June 1",1,["D:2015-06-01"]),
 ("since May 2007",1,["M:2007-05"]),("2019",1,["Y:2019"]),("September 2008",1,["M:2008-09"]),
 ("2020",1,["Y:2020"]),("October 2013",1,["M:2013-10"]),("2009",1,["Y:2009"]),
 ("Sunday",3,["D:2015-05-10"])]
N['a03'] = [("midnight",1),("Hurricane season",1)]
X['a03'] = [("44",1),("June",1),("58",1),("each June",1),("1907 Harbor Boulevard",1),("six years",1)]

G['a04'] = [("Feb. 18",1,["D:2004-02-18"]),("Wednesday",1,["D:2004-02-18"]),
 ("its fiscal first quarter",1,["R:2003-11-01..2004-01-31"]),("Jan. 31",1,["D:2004-01-31"]),
 ("fiscal 2004",1,["R:2003-11-01..2004-10-31","P:Y:2004"]),("1962",1,["Y:1962"]),
 ("a year earlier",1,["R:2002-11-01..2003-01-31","P:Y:2003"]),
 ("fiscal 2004",2,["R:2003-11-01..2004-10-31","P:Y:2004"]),("Oct. 31",2,["D:2004-10-31"]),
 ("fiscal 2003",1,["R:2002-11-01..2003-10-31","P:Y:2003"]),
 ("the second half of the fiscal year",1,["R:2004-05-01..2004-10-31"]),
 ("the first",1,["R:2003-11-01..2004-04-30"]),("the fall",1,["S:autumn-2004"]),
 ("January",1,["M:2004-01"]),("since July 1998",1,["M:1998-07"]),("Wednesday",2,["D:2004-02-18"]),
 ("the spring",1,["S:spring-2004"]),
 ("since the mid-1990s",1,["DEC:1990","IN:1993-01-01..1997-12-31"]),
 ("later this quarter",1,["IN:2004-02-18..2004-04-30"]),("April 30",1,["D:2004-04-30"]),
 ("the fiscal second quarter",1,["R:2004-02-01..2004-04-30"]),("May 19",1,["D:2004-05-19"]),
 ("Dec. 23",1,["D:2003-12-23"]),("the summer",1,["S:summer-2004"]),("this year",1,["Y:2004"]),
 ("March 31",1,["D:2004-03-31"]),("since 1985",1,["Y:1985"]),("2001",1,["Y:2001"]),
 ("2002",1,["Y:2002"]),("since the spring of 1998",1,["S:spring-1998"]),("1871",1,["Y:1871"]),
 ("since 1936",1,["Y:1936"])]
N['a04'] = [("from Nov. 1 to Oct. 31",1),("December",1),("midday",1)]
X['a04'] = [("59",1),("1840",1),("five years",1),("2004 Prairie Road",1)]

G['a05'] = [("April 1",1,["D:2010-04-01"]),
 ("the Easter holidays",1,["R:2010-04-02..2010-04-18","IN:2010-04-01..2010-04-19"]),
 ("today",1,["D:2010-04-01"]),("the first Wednesday of the new term",1,["D:2010-04-21"]),
 ("Term 1",1,["R:2010-01-27..2010-04-01"]),("Wednesday, Jan. 27",1,["D:2010-01-27"]),
 ("Term 2",1,["R:2010-04-19..2010-06-25"]),
 ("from April 19 to June 25",1,["R:2010-04-19..2010-06-25","D:2010-04-19","D:2010-06-25"]),
 ("the school holidays",1,["R:2010-04-02..2010-04-18","IN:2010-04-01..2010-04-19"]),
 ("Good Friday",1,["D:2010-04-02"]),("Easter Monday",1,["D:2010-04-05"]),
 ("April 19",2,["D:2010-04-19"]),("the end of term",1,["D:2010-04-01"]),
 ("Wednesday",3,["D:2010-03-31"]),("April 21",1,["D:2010-04-21"]),("Dec. 31",1,["D:2009-12-31"]),
 ("since 2004",1,["Y:2004"]),("Tuesday, May 4",1,["D:2010-05-04"]),
 ("the second week of term",1,["W:2010-04-26"]),("Anzac Day",1,["D:2010-04-25"]),
 ("Sunday",1,["D:2010-04-25"]),("this year",1,["Y:2010"]),("Friday, April 23",1,["D:2010-04-23"]),
 ("the summer",1,["R:2009-12-01..2010-02-28","S:winter-2009"]),("Feb. 7, 2009",1,["D:2009-02-07"]),
 ("March 6",1,["D:2010-03-06"]),("this autumn",1,["R:2010-03-01..2010-05-31","S:spring-2010"]),
 ("the last week of Term 2",1,["W:2010-06-21"]),
 ("the winter holidays",1,["R:2010-06-26..2010-07-11","IN:2010-06-25..2010-07-12"]),
 ("Term 3",1,["R:2010-07-12..2010-09-17"]),
 ("from July 12 to Sept. 17",1,["R:2010-07-12..2010-09-17","D:2010-07-12","D:2010-09-17"]),
 ("Dec. 17",1,["D:2010-12-17"]),("next year",1,["Y:2011"]),("Tuesday, Feb. 1",1,["D:2011-02-01"]),
 ("2004",2,["Y:2004"]),("the winter",2,["R:2010-06-01..2010-08-31","S:summer-2010"])]
N['a05'] = [("noon",1),("Black Saturday",1),("January",1)]
X['a05'] = [("52",1),("three years",1)]

G['a06'] = [("March 8",1,["D:2024-03-08"]),("Ramadan",1,["R:2024-03-11..2024-04-09","R:2024-03-12..2024-04-10"]),
 ("Monday",1,["D:2024-03-11"]),("this year",1,["Y:2024"]),
 ("the Easter weekend",1,["R:2024-03-29..2024-03-31","R:2024-03-29..2024-04-01","R:2024-03-30..2024-03-31","P:D:2024-03-31"]),
 ("since January",1,["M:2024-01"]),("Sunday",1,["D:2024-03-10"]),
 ("Ramadan",2,["R:2024-03-11..2024-04-09","R:2024-03-12..2024-04-10"]),("Tuesday",1,["D:2024-03-12"]),
 ("Eid al-Fitr",1,["D:2024-04-10","D:2024-04-11","D:2024-04-09"]),
 ("Wednesday, April 10",1,["D:2024-04-10"]),("March 31",1,["D:2024-03-31"]),
 ("Easter Sunday",1,["D:2024-03-31"]),("This time next week",1,["D:2024-03-12","W:2024-03-11"]),
 ("Tuesday",2,["D:2024-03-05"]),
 ("from Monday through April 9",1,["R:2024-03-11..2024-04-09","D:2024-03-11","D:2024-04-09"]),
 ("Good Friday",1,["D:2024-03-29"]),("Thursday, March 28",1,["D:2024-03-28"]),
 ("April 15",1,["D:2024-04-15"]),("Eid",2,["D:2024-04-10","D:2024-04-11"]),
 ("the holidays",1,["R:2024-03-29..2024-04-14","IN:2024-03-28..2024-04-15"]),
 ("last year",1,["Y:2023"]),("Ramadan",4,["R:2023-03-23..2023-04-20"]),
 ("March 23",1,["D:2023-03-23"]),("last March",1,["M:2023-03"]),("Feb. 18",1,["D:2026-02-18"]),
 ("2026",1,["Y:2026"]),("2030",1,["Y:2030"]),("early January",1,["MIN:2030-01"]),
 ("late December",1,["MIN:2030-12"]),("the 2010s",1,["DEC:2010"]),("March 2023",1,["M:2023-03"]),
 ("since 1977",1,["Y:1977"]),("since then",1,["M:2023-03"]),("1985",1,["Y:1985"]),
 ("Eid",3,["D:2024-04-10","D:2024-04-11"]),("the day",1,["D:2024-04-10","D:2024-04-11"])]
N['a06'] = [("the holy month",1),("6.35 p.m.",1),("7.37 p.m.",1),("overnight",1),("Easter",3),("Ramadan",5),("high summer",1),("7.30 a.m.",1),("The Eid holiday",1)]
X['a06'] = [("Ramadan",3),("41",1),("dates",1),("19 hours",1)]

G['a07'] = [("Oct. 23",1,["D:2019-10-23"]),("Sunday",1,["D:2019-10-27"]),("Diwali Day",1,["D:2019-10-27"]),
 ("this year",1,["Y:2019"]),("Diwali",2,["D:2019-10-27"]),("Oct. 27",1,["D:2019-10-27"]),
 ("Bandi Chhor Divas",1,["D:2019-10-27"]),("that day",1,["D:2019-10-27"]),
 ("Oct. 13",1,["D:2019-10-13"]),("Nov. 10",1,["D:2019-11-10"]),
 ("Navratri",1,["R:2019-09-29..2019-10-07"]),
 ("from Sept. 29 to Oct. 7",1,["R:2019-09-29..2019-10-07","D:2019-09-29","D:2019-10-07"]),
 ("Dhanteras",1,["D:2019-10-25"]),("Friday",1,["D:2019-10-25"]),("Sunday",2,["D:2019-10-27"]),
 ("Monday",1,["D:2019-10-21"]),("2016",1,["Y:2016"]),("Last year",1,["Y:2018"]),
 ("Diwali",3,["D:2018-11-07"]),("Nov. 7",1,["D:2018-11-07"]),("Wednesday",1,["D:2018-11-07"]),
 ("Sunday",3,["D:2019-10-27"]),("Monday",2,["D:2019-10-28"]),
 ("the Hindu new year",1,["D:2019-10-28"]),("the day after Diwali",1,["D:2019-10-28"]),
 ("Bhai Dooj",1,["D:2019-10-29"]),("Tuesday",1,["D:2019-10-29"]),("this week",1,["W:2019-10-21"]),
 ("Friday",2,["D:2019-10-25"]),("Sunday",4,["D:2019-10-27"]),
 ("the early 1980s",1,["DEC:1980","IN:1980-01-01..1984-12-31"]),("1972",1,["Y:1972"]),
 ("since 1985",1,["Y:1985"]),("Next year",1,["Y:2020"]),("Diwali",5,["D:2020-11-14"]),
 ("Nov. 14",1,["D:2020-11-14"]),("Saturday",1,["D:2020-11-14"]),
 ("the whole weekend",1,["R:2020-11-14..2020-11-15","R:2020-11-13..2020-11-15"])]
N['a07'] = [("the early hours",1),("5 p.m.",1),("6.30 p.m.",1),("from 10 a.m.",1),("the early hours",2),("half-term",1),("noon",1),("A Saturday Diwali",1)]
X['a07'] = [("56",1)]

G['a08'] = [("April 14",1,["D:2016-04-14"]),("the end of the month",1,["MIN:2016-04"]),
 ("Passover",1,["R:2016-04-23..2016-04-30","D:2016-04-23"]),("Orthodox Easter",1,["D:2016-05-01"]),
 ("Tuesday",1,["D:2016-04-12"]),
 ("from Friday, April 22, through Friday, April 29",1,["R:2016-04-22..2016-04-29","D:2016-04-22","D:2016-04-29"]),
 ("Monday, May 2",1,["D:2016-05-02"]),("the week of March 28",1,["W:2016-03-28","P:D:2016-03-28"]),
 ("Easter",2,["D:2016-03-27"]),("March 27",1,["D:2016-03-27"]),("Good Friday",1,["D:2016-03-25"]),
 ("since 2009",1,["Y:2009"]),("Passover",2,["R:2016-04-23..2016-04-30","D:2016-04-23"]),
 ("April 22",2,["D:2016-04-22"]),("April 30",1,["D:2016-04-30"]),
 ("Orthodox Easter",2,["D:2016-05-01"]),("May 1",1,["D:2016-05-01"]),
 ("Orthodox Good Friday",1,["D:2016-04-29"]),("April 29",2,["D:2016-04-29"]),
 ("Last year",1,["Y:2015"]),("Tuesday",2,["D:2016-04-12"]),("the 1970s",1,["DEC:1970"]),
 ("June 23",1,["D:2016-06-23"]),("Memorial Day",1,["D:2016-05-30"]),("May 30",1,["D:2016-05-30"]),
 ("the first week of May",1,["W:2016-05-02","IN:2016-05-01..2016-05-07"]),
 ("April 28",1,["D:2016-04-28"]),("May 6",1,["D:2016-05-06"]),("next year",1,["Y:2017"]),
 ("Easter",4,["D:2017-04-16"]),("April 16",1,["D:2017-04-16"]),("April 10",1,["D:2017-04-10"]),
 ("2021",1,["Y:2021"]),("Orthodox Easter",3,["D:2021-05-02"]),("late March",1,["MIN:2016-03"]),
 ("the eve of Passover",1,["D:2016-04-22"]),("Friday",5,["D:2016-04-22"]),
 ("last week",1,["W:2016-04-04"]),
 ("the 2017-18 school year",1,["RY:2017..2018","IN:2017-08-01..2018-07-31","P:Y:2017"])]
N['a08'] = [("spring recess",1),("sundown",1)]
X['a08'] = [("a week",1),("five weeks",1),("47",1),("A Midsummer Night's Dream",1),("1776 Liberty Avenue",1),("four weeks",1)]

G['a09'] = [("Dec. 28",1,["D:2013-12-28"]),("this morning",1,["D:2013-12-28"]),("Boxing Day",1,["D:2013-12-26"]),
 ("Thursday",1,["D:2013-12-26"]),("Friday",1,["D:2013-12-27"]),("Friday",2,["D:2013-12-27"]),
 ("2005",1,["Y:2005"]),("Saturday",1,["D:2013-12-28"]),("Friday",3,["D:2013-12-27"]),
 ("Monday",1,["D:2013-12-30"]),("New Year's Eve",1,["D:2013-12-31"]),
 ("the turn of the year",1,["IN:2013-12-01..2014-01-31"]),("last year",1,["Y:2012"]),
 ("from Dec. 28 to Jan. 3",1,["R:2013-12-28..2014-01-03","D:2013-12-28","D:2014-01-03"]),
 ("early January",1,["MIN:2014-01"]),("Tuesday",1,["D:2013-12-31"]),
 ("this summer",1,["R:2013-12-01..2014-02-28","S:winter-2013"]),("January",2,["M:2014-01"]),
 ("early January this year",1,["MIN:2013-01","P:Y:2013"]),("next week",1,["W:2013-12-30"]),
 ("late January",1,["MIN:2014-01"]),
 ("the northern summer",1,["S:summer-2014","R:2014-06-01..2014-08-31"]),("2008",1,["Y:2008"]),
 ("1945",1,["Y:1945"]),("1998",1,["Y:1998"]),("since then",1,["Y:1998"]),("next year",1,["Y:2014"]),
 ("the autumn",1,["R:2014-03-01..2014-05-31","S:spring-2014"]),("Friday",4,["D:2013-12-27"])]
N['a09'] = [("3.11 a.m.",1),("1 p.m.",1),("nightfall",1),("9.30 p.m.",1),("midnight",1)]
X['a09'] = [("two days",1),("61",1),("Christmas Spirit",1),("Christmas Spirit",2),("28 times",1)]

G['a10'] = [("July 29",1,["D:2021-07-29"]),("Thursday",1,["D:2021-07-29"]),
 ("later this quarter",1,["IN:2021-07-29..2021-09-30","Q:2021-Q3"]),
 ("the spring",1,["S:spring-2021"]),("Sept. 17",1,["D:2021-09-17"]),("Friday",1,["D:2021-09-17"]),
 ("the end of the quarter",1,["D:2021-09-30","MIN:2021-09"]),("February",1,["M:2021-02"]),
 ("April",1,["M:2021-04"]),("the June quarter",1,["Q:2021-Q2"]),
 ("a year earlier",1,["Q:2020-Q2","Y:2020"]),("the third quarter",1,["Q:2021-Q3"]),
 ("the second half",1,["H:2021-H2"]),("the first",1,["H:2021-H1"]),("Wednesday",1,["D:2021-07-28"]),
 ("mid-2022",1,["YIN:2022"]),("the summer",1,["S:summer-2021"]),
 ("the whole of next year",1,["Y:2022"]),("the week of Oct. 11",1,["W:2021-10-11","P:D:2021-10-11"]),
 ("the holiday quarter",1,["Q:2021-Q4"]),("early 2022",1,["YIN:2022","IN:2022-01-01..2022-04-30"]),
 ("Aug. 20",1,["D:2021-08-20"]),("Aug. 6",1,["D:2021-08-06"]),("Thursday",2,["D:2021-07-29"]),
 ("since March",1,["M:2021-03"]),("2014",1,["Y:2014"]),
 ("late 2019",1,["YIN:2019","IN:2019-07-01..2019-12-31"]),("last year",1,["Y:2020"]),
 ("Labor Day",1,["D:2021-09-06"]),("Thanksgiving",1,["D:2021-11-25"]),
 ("Christmas",1,["D:2021-12-25"])]
N['a10'] = [("the back-to-school season",1),("the calendar year",1),("the holiday season",1),("day one",1)]
X['a10'] = [("49",1),("1999 Zanker Road",1),("six weeks",1),("24/7",1)]

G['a11'] = [("June 5",1,["D:2012-06-05"]),("Tuesday",1,["D:2012-06-05"]),
 ("April and May",1,["R:2012-04-01..2012-05-31","M:2012-04","M:2012-05"]),
 ("June 12",1,["D:2012-06-12"]),
 ("the last week of June",1,["IN:2012-06-24..2012-06-30","W:2012-06-25"]),
 ("Tuesday",2,["D:2012-06-05"]),("Wednesday",1,["D:2012-06-06"]),("Saturday",1,["D:2012-06-02"]),
 ("later this month",1,["M:2012-06","IN:2012-06-05..2012-06-30"]),
 ("the June-September season",1,["R:2012-06-01..2012-09-30"]),("last week",2,["W:2012-05-28"]),
 ("Sunday",1,["D:2012-06-03"]),("since mid-May",1,["MIN:2012-05"]),("late June",1,["MIN:2012-06"]),
 ("this week",1,["W:2012-06-04"]),("since 2009",1,["Y:2009"]),
 ("from June 15 to July 31",1,["R:2012-06-15..2012-07-31","D:2012-06-15","D:2012-07-31"]),
 ("this year",1,["Y:2012"]),("June 18",1,["D:2012-06-18"]),("April 17",1,["D:2012-04-17"]),
 ("2011",1,["Y:2011"]),("2009",2,["Y:2009"]),("this year",2,["Y:2012"]),("August",1,["M:2012-08"])]
N['a11'] = [("June 1",1),("July 15",1),("between June and September",1),("the breeding season",1)]
X['a11'] = [("four days",1),("58",1),("10 hours",1),("in nearly four decades",1),("two weeks",1)]

G['a12'] = [("Nov. 3",1,["D:1999-11-03"]),("Twenty-five years ago this month",1,["M:1974-11","Y:1974"]),
 ("Sunday, Nov. 14",1,["D:1999-11-14"]),("Remembrance Sunday",1,["D:1999-11-14"]),
 ("this year",1,["Y:1999"]),("Thursday, Nov. 14, 1974",1,["D:1974-11-14"]),
 ("that evening",1,["D:1974-11-14"]),("the following Tuesday",1,["D:1974-11-19"]),
 ("Jan. 14, 1975",1,["D:1975-01-14"]),("the summer of 1976",1,["S:summer-1976"]),
 ("the night before",1,["D:1974-11-13"]),("1985",1,["Y:1985"]),
 ("1984-85",1,["RY:1984..1985","P:Y:1984"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),("1975",2,["Y:1975"]),
 ("this year",2,["Y:1999"]),("July",1,["M:1999-07"]),
 ("the end of the century",1,["D:1999-12-31","D:2000-12-31","Y:1999","Y:2000"]),
 ("ten years ago",1,["Y:1989"]),("the end of next week",1,["D:1999-11-12","W:1999-11-08"]),
 ("Friday",1,["D:1999-11-05"]),("Bonfire Night",1,["D:1999-11-05"]),
 ("Saturday, Nov. 13",1,["D:1999-11-13"]),("1977",1,["Y:1977"]),
 ("the last Thursday of the month",1,["D:1999-11-25"]),("Armistice Day",1,["D:1999-11-11"])]
N['a12'] = [("the 25th anniversary",1),("2.30 p.m.",1),("the morning",1),("6 a.m.",1)]
X['a12'] = [("19",1),("44",1),("November",1),("Nov. 14",3),("The Thursday Fire",1),("25-minute",1)]

G['a13'] = [("Oct. 19",1,["D:2007-10-19"]),("Twenty years ago today",1,["D:1987-10-19","Y:1987"]),
 ("this week",1,["W:2007-10-15"]),("Monday, Oct. 19, 1987",1,["D:1987-10-19"]),
 ("the Friday before",1,["D:1987-10-16"]),
 ("the weekend",1,["R:1987-10-17..1987-10-18","D:1987-10-17","D:1987-10-18"]),
 ("that Friday",1,["D:1987-10-16"]),("the Monday",1,["D:1987-10-19"]),
 ("the next day",1,["D:1987-10-20"]),("that Monday",1,["D:1987-10-19"]),("1998",1,["Y:1998"]),
 ("Tuesday",1,["D:1987-10-20"]),("1989",1,["Y:1989"]),
 ("Oct. 9 this year",1,["D:2007-10-09","P:Y:2007"]),("since then",1,["D:2007-10-09"]),
 ("Friday",3,["D:2007-10-19"]),("the anniversary itself",1,["D:2007-10-19"]),
 ("Sept. 18",1,["D:2007-09-18"]),
 ("Oct. 30-31",1,["R:2007-10-30..2007-10-31","D:2007-10-30","D:2007-10-31"]),
 ("next week",1,["W:2007-10-22"]),("the first half of next year",1,["H:2008-H1","P:Y:2008"]),
 ("1987",2,["Y:1987"]),("October '87",1,["M:1987-10"]),("1987",3,["Y:1987"]),
 ("Oct. 27, 1997",1,["D:1997-10-27"]),("Oct. 29, 1929",1,["D:1929-10-29"]),
 ("the summer of 1932",1,["S:summer-1932"]),("this year",2,["Y:2007"]),
 ("Thursday",1,["D:2007-10-18"])]
N['a13'] = [("Black Monday",1),("lunchtime",1),("Black Tuesday",1),("Black Monday",2),("the Class of '87",1),("the day",1)]
X['a13'] = [("71",1),("26",1),("every October",1)]

G['a14'] = [("Nov. 21",1,["D:2022-11-21"]),("between Christmas and New Year",1,["IN:2022-12-25..2023-01-01"]),
 ("Monday",1,["D:2022-11-21"]),
 ("the weekend of Nov. 26-27",1,["R:2022-11-26..2022-11-27","D:2022-11-26","D:2022-11-27"]),
 ("the weekend of Dec. 3",1,["R:2022-12-03..2022-12-04","D:2022-12-03"]),
 ("the week of Dec. 5",1,["W:2022-12-05","P:D:2022-12-05"]),
 ("from Saturday, Dec. 24, through Sunday, Jan. 1",1,["R:2022-12-24..2023-01-01","D:2022-12-24","D:2023-01-01"]),
 ("1930s",1,["DEC:1930"]),("Christmas Day",1,["D:2022-12-25"]),("Boxing Day",1,["D:2022-12-26"]),
 ("Tuesday, Dec. 27",1,["D:2022-12-27"]),("the bank holiday",1,["D:2022-12-27"]),
 ("Christmas Day",2,["D:2022-12-25"]),("this year",1,["Y:2022"]),
 ("Monday, Jan. 2",1,["D:2023-01-02"]),("the New Year bank holiday",1,["D:2023-01-02"]),
 ("the week beginning Jan. 9",1,["W:2023-01-09","P:D:2023-01-09"]),
 ("the weekend of Jan. 14-15",1,["R:2023-01-14..2023-01-15","D:2023-01-14","D:2023-01-15"]),
 ("Jan. 21-22",1,["R:2023-01-21..2023-01-22","D:2023-01-21","D:2023-01-22"]),
 ("Dec. 11",1,["D:2022-12-11"]),
 ("Dec. 13-14",1,["R:2022-12-13..2022-12-14","D:2022-12-13","D:2022-12-14"]),
 ("Dec. 16-17",1,["R:2022-12-16..2022-12-17","D:2022-12-16","D:2022-12-17"]),
 ("the turn of the year",1,["IN:2022-12-01..2023-01-31"]),("this winter",1,["S:winter-2022"]),
 ("the summer",1,["S:summer-2023"]),("1931",1,["Y:1931"]),("since last March",1,["M:2022-03"]),
 ("the February half-term",1,["R:2023-02-13..2023-02-17"]),
 ("Feb. 13-17",1,["R:2023-02-13..2023-02-17","D:2023-02-13","D:2023-02-17"]),
 ("October 2019",1,["M:2019-10"]),("mid-January",1,["MIN:2023-01"]),("Dec. 2",1,["D:2022-12-02"]),
 ("Wednesday",1,["D:2022-11-23"])]
N['a14'] = []
X['a14'] = [("two months",1),("nine-day",1),("Monday to Thursday",1),("Sunday",2),("48",1),("20 mph",1),("four days",1)]

G['a15'] = [("Jan. 6",1,["D:1998-01-06"]),("today",1,["D:1998-01-06"]),("Three Kings Day",1,["D:1998-01-06"]),
 ("from June through December",1,["R:1997-06-01..1997-12-31","M:1997-06","M:1997-12"]),
 ("since 1898",1,["Y:1898"]),
 ("from Saturday, Jan. 17, through Sunday, May 3",1,["R:1998-01-17..1998-05-03","D:1998-01-17","D:1998-05-03"]),
 ("Friday, Jan. 16",1,["D:1998-01-16"]),("July 25, 1898",1,["D:1898-07-25"]),
 ("later that year",1,["Y:1898","IN:1898-07-26..1898-12-31"]),("the summer",1,["S:summer-1998"]),
 ("the week of July 20",1,["W:1998-07-20","P:D:1998-07-20"]),("Oct. 15",1,["D:1998-10-15"]),
 ("Hispanic Heritage Month",1,["R:1998-09-15..1998-10-15"]),("A hundred years ago",1,["Y:1898"]),
 ("This year",1,["Y:1998"]),("fiscal 1999",1,["R:1998-07-01..1999-06-30","P:Y:1999"]),
 ("July 1",1,["D:1998-07-01"]),("the spring",1,["S:spring-1997"]),
 ("the end of June",1,["D:1998-06-30","MIN:1998-06"]),("1969",1,["Y:1969"]),
 ("the late 1970s",1,["DEC:1970","IN:1975-01-01..1979-12-31"]),
 ("from 1986 to 1988",1,["RY:1986..1988","Y:1986","Y:1988"]),
 ("the second Sunday in June",1,["D:1998-06-14"]),
 ("the weekend of May 16-17",1,["R:1998-05-16..1998-05-17","D:1998-05-16","D:1998-05-17"]),
 ("New Year's Eve",1,["D:1997-12-31"]),("New Year's Day",1,["D:1998-01-01"]),
 ("last week",1,["W:1997-12-29"])]
N['a15'] = [("the Puerto Rican Day Parade",1),("the day",1)]
X['a15'] = [("Tuesday through Sunday",1),("Thursday nights",1),("the first Wednesday of each month",1),("a century",1),("44",1),("two weeks",1)]

G['a16'] = [("Sept. 16",1,["D:2002-09-16"]),("Monday",1,["D:2002-09-16"]),
 ("Tuesday, Sept. 10",1,["D:2002-09-10"]),
 ("the night of Sept. 10-11",1,["R:2002-09-10..2002-09-11","D:2002-09-10"]),
 ("Wednesday",1,["D:2002-09-11"]),("Thursday",1,["D:2002-09-12"]),("tomorrow",1,["D:2002-09-13"]),
 ("Friday",1,["D:2002-09-13"]),("Sunday",1,["D:2002-09-15"]),("that evening",1,["D:2002-09-13"]),
 ("the next day",1,["D:2002-09-14"]),("Yesterday",1,["D:2002-09-13"]),
 ("this week",1,["W:2002-09-09"]),("Saturday",1,["D:2002-09-14"]),("Sunday",2,["D:2002-09-15"]),
 ("Tonight",1,["D:2002-09-15"]),("Wednesday",2,["D:2002-09-18"]),("since 1995",1,["Y:1995"]),
 ("next spring",1,["S:spring-2003"]),("since August 1998",1,["M:1998-08"]),
 ("since 2000",1,["Y:2000"]),("last week",1,["W:2002-09-09"]),("late September",1,["MIN:2002-09"]),
 ("Oct. 1",1,["D:2002-10-01"])]
N['a16'] = [("overnight",1),("4.20 p.m.",1),("the autumn",1),("between September and November",1)]
X['a16'] = [("five days",1),("20",1),("22",1),("1762",1),("four days",1)]

G['a17'] = [("Aug. 20",1,["D:2006-08-20"]),("Saturday",1,["D:2006-08-19"]),("Monday",1,["D:2006-08-21"]),
 ("July 28",1,["D:2006-07-28"]),("Aug. 4",1,["D:2006-08-04"]),("Aug. 11",1,["D:2006-08-11"]),
 ("this past Friday",1,["D:2006-08-18"]),("Saturday",2,["D:2006-08-19"]),
 ("Friday",3,["D:2006-08-18"]),("Saturday",3,["D:2006-08-19"]),("June",1,["M:2006-06"]),
 ("Monday",2,["D:2006-08-21"]),("later in the week",1,["IN:2006-08-22..2006-08-27","W:2006-08-21"]),
 ("next week",1,["W:2006-08-21"]),("a week ago Saturday",1,["D:2006-08-12"]),
 ("that day",1,["D:2006-08-12"]),("the Thursday before the first robbery",1,["D:2006-07-27"]),
 ("the end of July",1,["MIN:2006-07","D:2006-07-31"]),("Last Friday",1,["D:2006-08-18"]),
 ("Labor Day",1,["D:2006-09-04"]),("Sept. 4",1,["D:2006-09-04"]),("Friday",5,["D:2006-08-25"]),
 ("since 1993",1,["Y:1993"]),
 ("between March and June of that year",1,["R:1993-03-01..1993-06-30","M:1993-03","M:1993-06"])]
N['a17'] = [("closing time",1),("5.50 p.m.",1),("7 a.m.",1),("the day",1),("the Fridays",1),("4 o'clock",1)]
X['a17'] = [("34-year-old",1),("Fridays",1),("the Friday Bandit",1)]

G['a18'] = [("Jan. 27",1,["D:2014-01-27"]),("Sunday",1,["D:2014-01-26"]),
 ("the Year of the Horse",1,["R:2014-01-31..2015-02-18","P:Y:2014"]),("Friday",1,["D:2014-01-31"]),
 ("Jan. 16",1,["D:2014-01-16"]),("Feb. 24",1,["D:2014-02-24"]),("last year",1,["Y:2013"]),
 ("Wednesday",1,["D:2014-01-29"]),("the day before Lunar New Year's Eve",1,["D:2014-01-29"]),
 ("The official holiday",1,["R:2014-01-31..2014-02-06"]),
 ("from Jan. 31 to Feb. 6",1,["R:2014-01-31..2014-02-06","D:2014-01-31","D:2014-02-06"]),
 ("Sunday",2,["D:2014-01-26"]),("Saturday, Feb. 8",1,["D:2014-02-08"]),("since 2008",1,["Y:2008"]),
 ("New Year's Eve",2,["D:2014-01-30"]),("Thursday",1,["D:2014-01-30"]),("Sunday",3,["D:2014-01-26"]),
 ("the day after tomorrow",1,["D:2014-01-28"]),("the Lantern Festival",1,["D:2014-02-14"]),
 ("The Lantern Festival",1,["D:2014-02-14"]),("Feb. 14",1,["D:2014-02-14"]),
 ("this year",1,["Y:2014"]),("Valentine's Day",1,["D:2014-02-14"]),("mid-February",1,["MIN:2014-02"]),
 ("from Jan. 30 through Feb. 14",1,["R:2014-01-30..2014-02-14","D:2014-01-30","D:2014-02-14"]),
 ("Jan. 16",2,["D:2014-01-16"]),("last week",1,["W:2014-01-20"]),("the eve",1,["D:2013-02-09"]),
 ("the Year of the Snake",1,["R:2013-02-10..2014-01-30","P:Y:2013"]),
 ("February 2013",1,["M:2013-02"]),("a month ago",1,["M:2013-12","D:2013-12-27"]),
 ("the holiday",1,["R:2014-01-31..2014-02-06"]),("Feb. 2",1,["D:2014-02-02"]),
 ("the holiday",2,["R:2014-01-31..2014-02-06"]),("2013",2,["Y:2013"]),("2012",1,["Y:2012"]),
 ("the first quarter",1,["Q:2014-Q1"]),("mid-April",1,["MIN:2014-04"]),
 ("the holiday",3,["R:2014-01-31..2014-02-06"])]
N['a18'] = [("Lunar New Year",1),("noon",1),("the new year celebrations",1),("the 15th day of the first lunar month",1)]
X['a18'] = [("40-day",1),("29",1),("two days",1),("12306.cn",1),("Z2014",1)]

G['a19'] = [("April 26",1,["D:2008-04-26"]),("Saturday",1,["D:2008-04-26"]),
 ("Orthodox Easter",1,["D:2008-04-27"]),
 ("between Wednesday and Saturday",1,["R:2008-04-23..2008-04-26","D:2008-04-23","D:2008-04-26"]),
 ("Easter Monday",1,["D:2008-04-28"]),("Good Friday",1,["D:2008-04-25"]),
 ("last night",1,["D:2008-04-25"]),("this afternoon",1,["D:2008-04-26"]),
 ("tonight",1,["D:2008-04-26"]),("Easter Sunday",1,["D:2008-04-27"]),("last year",1,["Y:2007"]),
 ("Easter",4,["D:2007-04-08"]),("April 8",1,["D:2007-04-08"]),("This year",1,["Y:2008"]),
 ("western Easter",1,["D:2008-03-23"]),("March 23",1,["D:2008-03-23"]),("2010",1,["Y:2010"]),
 ("2011",1,["Y:2011"]),("Holy Week",1,["R:2008-04-20..2008-04-26"]),("this year",1,["Y:2008"]),
 ("Easter Monday",2,["D:2008-04-28"]),("Clean Monday",1,["D:2008-03-10"]),
 ("March 10",1,["D:2008-03-10"]),("Tomorrow",1,["D:2008-04-25"]),("Thursday",1,["D:2008-04-24"]),
 ("Sunday",2,["D:2008-04-27"]),("May Day",1,["D:2008-05-01"]),("Thursday",2,["D:2008-05-01"]),
 ("Friday, May 2",1,["D:2008-05-02"]),("May",3,["M:2008-05"]),
 ("a year earlier",1,["M:2007-05","Y:2007"]),("the summer",1,["S:summer-2008"]),
 ("since the 1990s",1,["DEC:1990"]),("Monday",4,["D:2008-04-28"])]
N['a19'] = [("midnight",1),("midnight",2),("April 23",1),("Great Lent",1),("The holiday",1),("Easter exodus",1)]
X['a19'] = [("five weeks",1),("66",1),("28th October Street",1),("three hours",1)]

G['a20'] = [("June 27",1,["D:2005-06-27"]),("Monday",1,["D:2005-06-27"]),("Oct. 4",1,["D:2004-10-04"]),
 ("March 11, 1996",1,["D:1996-03-11"]),("1999",1,["Y:1999"]),("August 2003",1,["M:2003-08"]),
 ("Wednesday, Dec. 1",1,["D:2004-12-01"]),("July 22",1,["D:2005-07-22"]),
 ("Thursday",1,["D:2005-06-30"]),("the Fourth of July",1,["D:2005-07-04"]),
 ("next month",1,["M:2005-07"]),("the summer",1,["S:summer-2005"]),
 ("Monday, Sept. 26",1,["D:2005-09-26"]),("the first Monday in October",1,["D:2005-10-03"]),
 ("Oct. 3",1,["D:2005-10-03"]),("the fall",1,["S:autumn-2005"]),("February",1,["M:2005-02"]),
 ("since the early 1950s",1,["DEC:1950","IN:1950-01-01..1954-12-31"]),("since 1888",1,["Y:1888"]),
 ("the spring of 1888",1,["S:spring-1888"]),("this year",1,["Y:2005"]),("next year",1,["Y:2006"]),
 ("early next year",1,["YIN:2006","IN:2006-01-01..2006-04-30"]),
 ("the week of July 11",1,["W:2005-07-11","P:D:2005-07-11"]),("Monday",4,["D:2005-06-27"]),
 ("2002",1,["Y:2002"])]
N['a20'] = [("summer recess",1),("the new term",1),("the term just ended",1),("10.10 a.m.",1)]
X['a20'] = [("5-4",1),("nine-year",1),("seven months",1),("25 days",1),("5-4",2),("71",1)]

G['a21'] = [("July 15",1,["D:2025-07-15"]),("Monday",1,["D:2025-07-21"]),("last month",1,["M:2025-06"]),
 ("Tuesday",1,["D:2025-07-15"]),("Friday, June 27",1,["D:2025-06-27"]),
 ("the June exams",1,["M:2025-06"]),("Wednesday",1,["D:2025-07-16"]),
 ("from July 16 to July 18",1,["R:2025-07-16..2025-07-18","D:2025-07-16","D:2025-07-18"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("the start of 2027",1,["D:2027-01-01","M:2027-01","Y:2027"]),("Friday",2,["D:2025-07-18"]),
 ("Mandela Day",1,["D:2025-07-18"]),("Women's Day",1,["D:2025-08-09"]),("Aug. 9",1,["D:2025-08-09"]),
 ("Saturday",1,["D:2025-08-09"]),("this year",1,["Y:2025"]),
 ("The spring recess",1,["R:2025-09-22..2025-09-26"]),
 ("from Sept. 22 to Sept. 26",1,["R:2025-09-22..2025-09-26","D:2025-09-22","D:2025-09-26"]),
 ("the week of Heritage Day",1,["W:2025-09-22","P:D:2025-09-24"]),("Oct. 27",1,["D:2025-10-27"]),
 ("This winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("since 2012",1,["Y:2012"]),
 ("through August",1,["R:2025-07-15..2025-08-31","M:2025-08"]),("2023",1,["Y:2023"]),
 ("since March 2024",1,["M:2024-03"]),("the 2025 academic year",1,["Y:2025"]),
 ("February",1,["M:2025-02"]),("The 2026 academic year",1,["Y:2026"]),("Feb. 2",1,["D:2026-02-02"]),
 ("Sept. 30",1,["D:2025-09-30"]),("1971",1,["Y:1971"]),
 ("the 19th century",1,["RY:1800..1899","RY:1801..1900"]),("2019",1,["Y:2019"]),
 ("Monday",2,["D:2025-07-14"]),("October 2015",1,["M:2015-10"]),("Thursday",1,["D:2025-07-17"]),
 ("early December",1,["MIN:2025-12"]),("the spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"])]
N['a21'] = [("midnight",1)]
X['a21'] = [("57",1)]

G['a22'] = [("Sept. 27",1,["D:1996-09-27"]),("Saturday",1,["D:1996-09-28"]),("the winter",1,["S:winter-1996"]),
 ("the 30th",1,["D:1996-09-30"]),("Oct. 1",1,["D:1996-10-01"]),("the 3rd",1,["D:1996-10-03"]),
 ("the 10th",1,["D:1996-10-10"]),("the 14th",1,["D:1996-10-14"]),("Columbus Day",1,["D:1996-10-14"]),
 ("March",1,["M:1996-03"]),("last week",1,["W:1996-09-16"]),("early September",1,["MIN:1996-09"]),
 ("Nov. 30",1,["D:1996-11-30"]),("1971",1,["Y:1971"]),("October",1,["M:1996-10"]),
 ("April 1970",1,["M:1970-04"]),("1982",1,["Y:1982"]),
 ("the winter of 1986-87",1,["S:winter-1986","P:Y:1986"]),("1994",1,["Y:1994"]),
 ("the end of the decade",1,["Y:1999","IN:1997-01-01..1999-12-31","P:DEC:1990"]),
 ("Nov. 8",1,["D:1996-11-08"]),
 ("from November through April",1,["R:1996-11-01..1997-04-30","M:1996-11","M:1997-04"]),
 ("the summer of 1997",1,["S:summer-1997"]),("1995",1,["Y:1995"]),("Saturday",2,["D:1996-09-28"]),
 ("last night",1,["D:1996-09-26"]),("the mid-1980s",1,["DEC:1980","IN:1983-01-01..1987-12-31"]),
 ("the '70s",1,["DEC:1970"]),("next spring",1,["S:spring-1997"]),("1993",1,["Y:1993"])]
N['a22'] = [("5 p.m.",1),("the hurricane season",1),("dusk",1)]
X['a22'] = [("26 years",1),("Pier 88",1),("Autumn Crossing",1),("57",1),("three weeks",1)]

G['a23'] = [("Jan. 14",1,["D:2023-01-14"]),("Saturday",1,["D:2023-01-14"]),("since Dec. 26",1,["D:2022-12-26"]),
 ("Monday",1,["D:2023-01-16"]),("Martin Luther King Jr. Day",1,["D:2023-01-16"]),
 ("late next week",1,["IN:2023-01-19..2023-01-22","W:2023-01-16"]),("Monday",2,["D:2023-01-16"]),
 ("Tuesday",1,["D:2023-01-17"]),("Wednesday",1,["D:2023-01-18"]),
 ("the Martin Luther King Jr. Day weekend",1,["R:2023-01-14..2023-01-16","R:2023-01-14..2023-01-15","P:D:2023-01-16"]),
 ("since Christmas",1,["D:2022-12-25"]),("2021",1,["Y:2021"]),("Friday the 13th",1,["D:2023-01-13"]),
 ("This water year",1,["R:2022-10-01..2023-09-30","P:Y:2023"]),("Oct. 1",2,["D:2022-10-01"]),
 ("since 1983",1,["Y:1983"]),("2020 to 2022",1,["RY:2020..2022","Y:2020","Y:2022"]),
 ("the summer",1,["S:summer-2023"]),("Jan. 4",1,["D:2023-01-04"]),
 ("New Year's Eve",1,["D:2022-12-31"]),("since New Year's Day",1,["D:2023-01-01"]),
 ("late February",1,["MIN:2023-02"]),("the spring",1,["S:spring-2023"]),
 ("January 1997",1,["M:1997-01"]),("the winter of 1861-62",1,["S:winter-1861","P:Y:1861"]),
 ("this century",1,["RY:2000..2099","RY:2001..2100"])]
N['a23'] = [("April 1",1),("the water year",1),("from Oct. 1 to Sept. 30",1),("one wet winter",1),("The dry season",1),("May",1)]
X['a23'] = [("three weeks",1),("64",1),("a decade",1),("1851 Del Paso Boulevard",1),("43 days",1)]

G['a24'] = [("May 22",1,["D:2026-05-22"]),("A hundred years ago today",1,["D:1926-05-22","Y:1926"]),
 ("This weekend",1,["R:2026-05-23..2026-05-24","R:2026-05-22..2026-05-24"]),
 ("Saturday, May 22, 1926",1,["D:1926-05-22"]),("Monday, March 3, 1924",1,["D:1924-03-03"]),
 ("Today",1,["D:1926-05-22"]),("the next morning",1,["D:1926-05-23"]),("Tomorrow",1,["D:1926-05-23"]),
 ("since 1817",1,["Y:1817"]),("July 1, 1958",1,["D:1958-07-01"]),("January 1937",1,["M:1937-01"]),
 ("from 1987 to 1989",1,["RY:1987..1989","Y:1987","Y:1989"]),
 ("Memorial Day weekend",1,["R:2026-05-23..2026-05-25","R:2026-05-23..2026-05-24","P:D:2026-05-25"]),
 ("Saturday",2,["D:2026-05-23"]),("Saturday",3,["D:2026-05-23"]),("Monday",2,["D:2026-05-25"]),
 ("Sunday",1,["D:2026-05-24"]),("1926",2,["Y:1926"]),("Sunday",2,["D:2026-05-24"]),
 ("a century ago",1,["Y:1926"]),("1976",1,["Y:1976"]),("the Roaring Twenties",1,["DEC:1920"]),
 ("2023",1,["Y:2023"]),("late 2028",1,["YIN:2028","IN:2028-07-01..2028-12-31"]),
 ("next year",1,["Y:2027"]),("through June 30",1,["R:2026-05-22..2026-06-30","D:2026-06-30"]),
 ("Tuesday",1,["D:2026-05-26"])]
N['a24'] = [("lunch",1),("The centennial",1),("10 a.m.",1),("dusk",1),("the 50th anniversary",1),("the Bicentennial",1)]
X['a24'] = [("26 months",1),("52",1),("Saturday on the Bridge",1),("100 years",1),("another hundred",1)]

G['a25'] = [("16 November",1,["D:2011-11-16"]),("Wednesday",1,["D:2011-11-16"]),
 ("the six months to 30 September",1,["R:2011-04-01..2011-09-30"]),("April",1,["M:2011-04"]),
 ("summer",1,["S:summer-2011"]),("the second half",1,["R:2011-10-01..2012-03-31"]),
 ("a year earlier",1,["R:2010-04-01..2010-09-30","P:Y:2010"]),
 ("the first half",1,["R:2011-04-01..2011-09-30"]),("April",2,["M:2011-04"]),
 ("This spring",1,["S:spring-2011"]),("The summer",1,["S:summer-2011"]),
 ("since 1 October",1,["D:2011-10-01"]),
 ("the full year to 31 March 2012",1,["R:2011-04-01..2012-03-31","P:Y:2012"]),
 ("Christmas",1,["D:2011-12-25"]),("September",2,["M:2011-09"]),("6 January",1,["D:2012-01-06"]),
 ("2 December",1,["D:2011-12-02"]),("19 January",1,["D:2012-01-19"]),("7 January",1,["D:2012-01-07"]),
 ("the year",1,["R:2011-04-01..2012-03-31"]),("late May",1,["MIN:2012-05"]),
 ("the extra bank holiday",1,["D:2012-06-05"]),("5 June",1,["D:2012-06-05"]),
 ("the spring bank holiday",1,["D:2012-06-04"]),("4 June",1,["D:2012-06-04"]),
 ("next year",1,["Y:2012"]),("27 July",1,["D:2012-07-27"]),("4 January",1,["D:2011-01-04"]),
 ("October 2012",1,["M:2012-10"]),("the tax year",1,["R:2011-04-06..2012-04-05"]),
 ("5 April",1,["D:2012-04-05"]),("1957",1,["Y:1957"]),("1997",1,["Y:1997"]),
 ("since March 2009",1,["M:2009-03"])]
N['a25'] = [("31 March",1),("the spring and summer months",1),("midday",1)]
X['a25'] = [("three months",1),("55",1),("Summer Living",1),("six weeks",1)]
