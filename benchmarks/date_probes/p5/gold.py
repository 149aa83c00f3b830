# Hand annotation for probe p5 (invented, non-wire news: courts, politics, weather, sport, science,
# councils, obituaries, tech, transport, culture, crime), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the bare year inside 'Jan. 9 last year'; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL: spans where a date claim counts neither way.
# Conventions: bare weekdays -> nearest such day in the direction of the verb tense (a past-tense
#   'on Monday' in a Monday paper is that day); anaphoric expressions ('the following day', 'the
#   Saturday', 'two days later') are resolved against the narrative's temporal focus; dates inside
#   quotations are resolved against the speaker's present (a 1998 interview -> 'Next year' = 1999);
#   southern-hemisphere seasons (a15) are given as exact intervals. Ages, durations, times of day
#   alone, sets ('every Monday', 'Tuesday evenings'), scores and race times are not dates.
G = {}
N = {}
G['a01'] = [("Nov. 14",1,["D:2013-11-14"]),("Thursday",1,["D:2013-11-14"]),("Sept. 30",1,["D:2013-09-30"]),
 ("between 2008 and 2012",1,["RY:2008..2012","Y:2008","Y:2012"]),
 ("the spring of 2008",1,["S:spring-2008"]),("Jan. 9 last year",1,["D:2012-01-09","P:Y:2012"]),
 ("two days later",1,["D:2012-01-11"]),("Feb. 20, 2012",1,["D:2012-02-20"]),
 ("Christmas 2010",1,["D:2010-12-25","R:2010-12-24..2010-12-26","P:Y:2010"]),
 ("the summer of 2011",1,["S:summer-2011"]),("last month",1,["M:2013-10"]),("2011",2,["Y:2011"]),
 ("This time last year",1,["D:2012-11-14","M:2012-11","Y:2012"]),("Jan. 27",1,["D:2014-01-27"])]
N['a01'] = [("12.30 p.m.",1)]

G['a02'] = [("July 20",1,["D:2017-07-20"]),("Thursday",1,["D:2017-06-08"]),("last month",1,["M:2017-05"]),
 ("May 4",1,["D:2017-05-04"]),("in March",1,["M:2017-03"]),("Thursday",2,["D:2017-06-08"]),
 ("Friday",1,["D:2017-06-09"]),("June 23",1,["D:2017-06-23"]),
 ("the week after",1,["W:2017-06-26","R:2017-06-24..2017-06-30"]),
 ("over the weekend",1,["R:2017-06-10..2017-06-11","D:2017-06-10","D:2017-06-11"]),
 ("the autumn",1,["S:autumn-2017"]),("in October",1,["M:2017-10"]),("Saturday",1,["D:2017-06-10"]),
 ("Friday",2,["D:2017-06-09"]),("since 2005",1,["Y:2005"]),("2015",1,["Y:2015"]),
 ("in May",1,["M:2017-05"]),("2012",1,["Y:2012"]),("A decade ago",1,["Y:2007","DEC:2000"]),
 ("1990s",1,["DEC:1990"])]
N['a02'] = []

G['a03'] = [("Dec. 30",1,["D:2020-12-30"]),("Wednesday",1,["D:2020-12-30"]),("Christmas Eve",1,["D:2020-12-24"]),
 ("New Year's Day",1,["D:2021-01-01"]),("Thursday",1,["D:2020-12-31"]),("Friday",1,["D:2021-01-01"]),
 ("early January",1,["MIN:2021-01"]),
 ("over the weekend",1,["R:2020-12-26..2020-12-27","D:2020-12-26","D:2020-12-27"]),
 ("Christmas Eve",2,["D:2020-12-24"]),("since 2015",1,["Y:2015"]),
 ("the winter of 2005",1,["S:winter-2004","S:winter-2005"]),
 ("Jan. 11 and 12 that year",1,["R:2005-01-11..2005-01-12","D:2005-01-11","D:2005-01-12","P:Y:2005"]),
 ("two days later",1,["D:2005-01-13","D:2005-01-14"]),("Saturday",1,["D:2021-01-02"]),
 ("Hogmanay",1,["D:2020-12-31"]),("Jan. 2",1,["D:2021-01-02"]),("in 2017",1,["Y:2017"]),
 ("this winter",1,["S:winter-2020"]),("the 2010s",1,["DEC:2010"]),
 ("between 2015 and 2019",1,["RY:2015..2019","Y:2015","Y:2019"]),
 ("the previous decade",1,["DEC:2000","RY:2005..2014"])]
N['a03'] = [("4 a.m.",1),("midnight",1)]

G['a04'] = [("Saturday",1,["D:2014-03-22"]),("in January",1,["M:2014-01"]),("Boxing Day",1,["D:2013-12-26"]),
 ("the 2009-10 season",1,["RY:2009..2010","R:2009-08-01..2010-05-31","P:Y:2009"]),
 ("the summer",1,["S:summer-2013"]),
 ("Three weeks ago",1,["D:2014-03-01","D:2014-03-02","W:2014-02-24"]),
 ("Today",1,["D:2014-03-22","D:2014-03-23"]),("Tuesday",1,["D:2014-03-25"]),
 ("March 29",1,["D:2014-03-29"]),("Easter Monday",1,["D:2014-04-21"]),("April 21",1,["D:2014-04-21"]),
 ("2012",1,["Y:2012"]),("Feb. 1",1,["D:2014-02-01"]),("the previous Saturday",1,["D:2014-01-25"]),
 ("the summer",2,["S:summer-2014"]),("May 10",1,["D:2014-05-10"]),
 ("the final weekend of May",1,["R:2014-05-24..2014-05-25","R:2014-05-31..2014-06-01","D:2014-05-31","P:M:2014-05"])]
N['a04'] = []

G['a05'] = [("Tuesday",1,["D:2019-07-09"]),("between 2009 and 2016",1,["RY:2009..2016","Y:2009","Y:2016"]),
 ("the 1990s",1,["DEC:1990"]),("since 2014",1,["Y:2014"]),("last Wednesday",1,["D:2019-07-03"]),
 ("2018",1,["Y:2018"]),("five years earlier",1,["Y:2013"]),("late August",1,["MIN:2019-08"]),
 ("next spring",1,["S:spring-2020"]),("in May",1,["M:2019-05"]),("1987",1,["Y:1987"]),
 ("two decades ago",1,["Y:1999","DEC:1990"]),("June 28",1,["D:2019-06-28"]),
 ("the 4th of July",1,["D:2019-07-04"])]
N['a05'] = [("a week after",1)]

G['a06'] = [("next Tuesday",1,["D:2021-02-23"]),("Feb. 2",1,["D:2021-02-02"]),
 ("the end of June",1,["D:2021-06-30","MIN:2021-06"]),("Monday",1,["D:2021-02-15"]),
 ("2021-22",1,["R:2021-04-01..2022-03-31","RY:2021..2022","P:Y:2021"]),
 ("March 11",1,["D:2021-03-11"]),("since 2010",1,["Y:2010"]),("Saturday",1,["D:2021-02-20"]),
 ("last weekend",1,["R:2021-02-13..2021-02-14","D:2021-02-13","D:2021-02-14"]),("1931",1,["Y:1931"]),
 ("in May",1,["M:2021-05"]),("between 2015 and 2018",1,["RY:2015..2018","Y:2015","Y:2018"]),
 ("September",1,["M:2021-09"]),("2019",1,["Y:2019"]),("May 2023",1,["M:2023-05"]),
 ("Feb. 23",1,["D:2021-02-23"]),("by the end of the year",1,["Y:2021","D:2021-12-31","M:2021-12"])]
N['a06'] = [("its 90th anniversary",1)]

G['a07'] = [("Sunday",1,["D:2015-08-23"]),("April 3, 1924",1,["D:1924-04-03"]),("1946",1,["Y:1946"]),
 ("the following year",1,["Y:1947"]),("1961",1,["Y:1961"]),
 ("the late 1960s",1,["DEC:1960","IN:1965-01-01..1969-12-31"]),("October 1972",1,["M:1972-10"]),
 ("1986",1,["Y:1986"]),("1998",1,["Y:1998"]),("Next year",1,["Y:1999"]),("1950",1,["Y:1950"]),
 ("2003",1,["Y:2003"]),("A decade ago",1,["Y:2005","DEC:2000"]),("this week",1,["W:2015-08-24"]),
 ("the 1950s",1,["DEC:1950"]),("last Christmas",1,["D:2014-12-25"]),("Sept. 4",1,["D:2015-09-04"]),
 ("next spring",1,["S:spring-2016"])]
N['a07'] = [("a wet Tuesday",1),("her 92nd birthday",1)]

G['a08'] = [("Sept. 13",1,["D:2023-09-13"]),("Wednesday",1,["D:2023-09-13"]),("Oct. 6",1,["D:2023-10-06"]),
 ("the first quarter of 2024",1,["Q:2024-Q1"]),
 ("the second half of next year",1,["H:2024-H2","P:Y:2024"]),("2011",1,["Y:2011"]),
 ("since 2016",1,["Y:2016"]),("earlier this month",1,["M:2023-09","IN:2023-09-01..2023-09-12"]),
 ("since January",1,["M:2023-01"]),("Tuesday",1,["D:2023-09-12"]),("the spring",1,["S:spring-2023"]),
 ("Six months ago",1,["M:2023-03","D:2023-03-13"]),("Friday",1,["D:2023-09-15"]),
 ("2019",1,["Y:2019"]),("Oct. 26",1,["D:2023-10-26"]),
 ("the week of Nov. 13",1,["W:2023-11-13","P:D:2023-11-13"]),
 ("Black Friday last year",1,["D:2022-11-25","P:Y:2022"])]
N['a08'] = [("9 a.m.",1)]

G['a09'] = [("Christmas",1,["D:2018-12-25","R:2018-12-24..2018-12-26"]),("Friday",1,["D:2018-12-21"]),
 ("from Dec. 24 until Jan. 2",1,["R:2018-12-24..2019-01-02","D:2018-12-24","D:2019-01-02"]),
 ("this time last year",1,["D:2017-12-21","W:2017-12-18","M:2017-12","Y:2017"]),
 ("the following week",1,["W:2017-12-25"]),("Christmas Day",1,["D:2018-12-25"]),
 ("Boxing Day",1,["D:2018-12-26"]),("New Year's Day",1,["D:2019-01-01"]),
 ("Dec. 31",1,["D:2018-12-31"]),("the first Saturday of January",1,["D:2019-01-05"]),
 ("since the summer",1,["S:summer-2018"]),("Wednesday",1,["D:2018-12-19"]),
 ("since 2015",1,["Y:2015"]),("Saturday",2,["D:2018-12-22"]),("Friday",2,["D:2018-12-21"]),
 ("Saturday",3,["D:2018-12-22"]),("December",1,["M:2018-12"]),("December 2017",1,["M:2017-12"]),
 ("since 2016",1,["Y:2016"]),("the spring of 2020",1,["S:spring-2020"])]
N['a09'] = [("between 2 p.m. and 6 p.m.",1)]

G['a10'] = [("June 10",1,["D:2022-06-10"]),
 ("next weekend",1,["R:2022-06-17..2022-06-19","R:2022-06-18..2022-06-19","D:2022-06-18"]),
 ("since 2019",1,["Y:2019"]),("Friday",1,["D:2022-06-10"]),
 ("from June 17 to 19",1,["R:2022-06-17..2022-06-19","D:2022-06-17","D:2022-06-19"]),
 ("the 1980s",1,["DEC:1980"]),("in March",1,["M:2022-03"]),("2020",1,["Y:2020"]),
 ("2021",1,["Y:2021"]),("Two years ago",1,["Y:2020","M:2020-06","D:2020-06-10"]),
 ("This summer",1,["S:summer-2022"]),("1972",1,["Y:1972"]),("this year",1,["Y:2022"]),
 ("last autumn",1,["S:autumn-2021"]),("the Saturday",1,["D:2022-06-18"]),
 ("Friday",2,["D:2022-06-17"]),("Thursday, June 16",1,["D:2022-06-16"]),
 ("December 2023",1,["M:2023-12"]),("2024",1,["Y:2024"])]
N['a10'] = [("two cancelled summers",1),("its 50th anniversary",1),("noon",1)]

G['a11'] = [("Sunday",1,["D:2016-10-30"]),("Monday",1,["D:2016-10-31"]),("Sunday",2,["D:2016-10-30"]),
 ("Nov. 28",1,["D:2016-11-28"]),("since August",1,["M:2016-08"]),("Sept. 17",1,["D:2016-09-17"]),
 ("next March",1,["M:2017-03"]),("Halloween",1,["D:2016-10-31"]),("Bonfire Night",1,["D:2016-11-05"]),
 ("Halloween last year",1,["D:2015-10-31","P:Y:2015"]),("tonight",1,["D:2016-10-31"]),
 ("Friday",1,["D:2016-11-04"]),("2014",1,["Y:2014"]),("Since the summer",1,["S:summer-2016"]),
 ("the year to June",1,["R:2015-07-01..2016-06-30","M:2016-06"]),("last week",1,["W:2016-10-24"]),
 ("Between April 2015 and March 2016",1,["R:2015-04-01..2016-03-31","M:2015-04","M:2016-03"]),
 ("2009",1,["Y:2009"]),("30/10/16",1,["D:2016-10-30"])]
N['a11'] = [("the early hours",1)]

G['a12'] = [("Monday",1,["D:2025-01-06"]),("Jan. 12",1,["D:2025-01-12"]),("2024",1,["Y:2024"]),
 ("2016",1,["Y:2016"]),("last autumn",1,["S:autumn-2024"]),("late October",1,["MIN:2024-10"]),
 ("2021",1,["Y:2021"]),("Thursday",1,["D:2025-01-02"]),("Last January",1,["M:2024-01"]),
 ("Christmas",1,["D:2024-12-25","R:2024-12-24..2024-12-26"]),("June",1,["M:2025-06"]),
 ("the 2022 World Cup",1,["Y:2022","IN:2022-11-20..2022-12-18"]),
 ("Jan. 17 or 18",1,["D:2025-01-17","D:2025-01-18"]),("the autumn of 2023",1,["S:autumn-2023"]),
 ("Sunday, Jan. 26",1,["D:2025-01-26"]),
 ("the first weekend of February",1,["R:2025-02-01..2025-02-02","D:2025-02-01"])]
N['a12'] = [("a week before",1)]

G['a13'] = [("April 30",1,["D:2024-04-30"]),("Tuesday",1,["D:2024-04-30"]),("2007",1,["Y:2007"]),
 ("Nov. 2, 2005",1,["D:2005-11-02"]),("the following day",1,["D:2005-11-03"]),
 ("last summer",1,["S:summer-2023"]),("2007",2,["Y:2007"]),("2021",1,["Y:2021"]),
 ("February last year",1,["M:2023-02","P:Y:2023"]),("Tuesday",2,["D:2024-04-30"]),
 ("Today",1,["D:2024-04-30"]),("the autumn",1,["S:autumn-2024"]),
 ("the week of Sept. 16",1,["W:2024-09-16","P:D:2024-09-16"]),("May 14",1,["D:2024-05-14"]),
 ("November",1,["M:2023-11"]),("the late 2000s",1,["DEC:2000","IN:2005-01-01..2009-12-31"])]
N['a13'] = [("the eve of the hearing",1),("the 18th anniversary",1)]

G['a14'] = [("Tuesday",1,["D:2012-11-06"]),("Wednesday",1,["D:2012-11-07"]),("2004",1,["Y:2004"]),
 ("four years later",1,["Y:2008"]),("Jan. 2",1,["D:2013-01-02"]),
 ("the summer of 2010",1,["S:summer-2010"]),("next November",1,["M:2013-11"]),
 ("Nov. 27",1,["D:2012-11-27"]),("the Tuesday after Thanksgiving",1,["D:2012-11-27"]),
 ("the following Monday",1,["D:2012-12-03"]),("since 1968",1,["Y:1968"]),("2008",1,["Y:2008"]),
 ("over the weekend",1,["R:2012-11-03..2012-11-04","D:2012-11-03","D:2012-11-04"]),
 ("Monday",2,["D:2012-11-05"])]
N['a14'] = [("1 a.m.",1),("2:15 a.m.",1),("the end of her first 100 days",1)]

G['a15'] = [("Feb. 19",1,["D:2026-02-19"]),("Thursday",1,["D:2026-02-19"]),("February",1,["M:2026-02"]),
 ("since 2009",1,["Y:2009"]),("Monday",1,["D:2026-02-16"]),("Saturday",1,["D:2026-02-21"]),
 ("autumn",1,["R:2026-03-01..2026-05-31","S:spring-2026"]),
 ("This summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("1900",1,["Y:1900"]),
 ("Dec. 1",1,["D:2025-12-01"]),("Ash Wednesday in 1983",1,["D:1983-02-16","P:Y:1983"]),
 ("Wednesday",2,["D:2026-02-18"]),("by the end of the year",1,["Y:2026","D:2026-12-31","M:2026-12"]),
 ("March 2",1,["D:2026-03-02"]),("Last February",1,["M:2025-02"]),("next Tuesday",1,["D:2026-02-24"])]
N['a15'] = [("6:40 p.m.",1),("barely a year after",1)]

G['a16'] = [("this winter",1,["S:winter-2011"]),("Thursday",1,["D:2012-03-01"]),
 ("late September",1,["MIN:2011-09"]),
 ("between Dec. 1 and Feb. 29",1,["R:2011-12-01..2012-02-29","D:2011-12-01","D:2012-02-29"]),
 ("a year earlier",1,["R:2010-12-01..2011-02-28","S:winter-2010","Y:2011"]),
 ("the winter of 2010-11",1,["S:winter-2010","P:Y:2010"]),
 ("A year ago",1,["D:2011-03-01","M:2011-03","Y:2011","S:winter-2010"]),
 ("This February",1,["M:2012-02"]),("2010",2,["Y:2010"]),("in June",1,["M:2012-06"]),
 ("next autumn",1,["S:autumn-2012"]),("in January",1,["M:2012-01"]),("2009",1,["Y:2009"]),
 ("that autumn",1,["S:autumn-2009"]),("Wednesday",1,["D:2012-02-29"]),("leap day",1,["D:2012-02-29"])]
N['a16'] = [("a day later than planned",1)]

G['a17'] = [("this week",1,["W:2019-09-30"]),("since 2016",1,["Y:2016"]),("Oct. 4, 1869",1,["D:1869-10-04"]),
 ("Friday",1,["D:2019-10-04"]),("1931",1,["Y:1931"]),("three years ago",1,["Y:2016"]),
 ("Christmas",1,["D:2019-12-25"]),("Saturday, Oct. 5",1,["D:2019-10-05"]),
 ("between 1940 and 1945",1,["RY:1940..1945","Y:1940","Y:1945"]),("last year",1,["Y:2018"]),
 ("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"]),
 ("between 1997 and 1999",1,["RY:1997..1999","Y:1997","Y:1999"]),("1969",1,["Y:1969"]),
 ("this year",1,["Y:2019"]),("Oct. 4",2,["D:2019-10-04"]),("August",1,["M:2019-08"])]
N['a17'] = [("its 150th anniversary",1),("Today",1),("the Second World War",1),("the past decade",1)]

G['a18'] = [("July 28",1,["D:2023-07-28"]),("Aug. 4",1,["D:2023-08-04"]),("Friday",1,["D:2023-07-28"]),
 ("since Easter",1,["D:2023-04-09"]),("the Friday",1,["D:2023-08-04"]),
 ("Sunday, Aug. 6",1,["D:2023-08-06"]),("Wednesday",1,["D:2023-07-26"]),("2020",1,["Y:2020"]),
 ("In March",1,["M:2023-03"]),("the summer",2,["S:summer-2023"]),
 ("the end of July",1,["MIN:2023-07"]),("Tuesday",1,["D:2023-08-01"]),
 ("June 30 and July 1",1,["R:2023-06-30..2023-07-01","D:2023-06-30","D:2023-07-01"]),
 ("over the weekend",1,["R:2023-07-22..2023-07-23","D:2023-07-22","D:2023-07-23"]),
 ("mid-August",1,["MIN:2023-08"]),("August",2,["M:2023-08"]),("2019",1,["Y:2019"]),
 ("between Aug. 4 and Aug. 6",1,["R:2023-08-04..2023-08-06","D:2023-08-04","D:2023-08-06"]),
 ("Monday",1,["D:2023-07-31"])]
N['a18'] = [("the peak weekend of the summer holidays",1),("00:01",1),("midnight",1),("the last summer before the pandemic",1),("6 p.m.",1)]

G['a19'] = [("in the new year",1,["YIN:2015"]),("Tuesday",1,["D:2014-12-30"]),("Jan. 12",1,["D:2015-01-12"]),
 ("the autumn of 2016",1,["S:autumn-2016"]),("2017",1,["Y:2017"]),("the 1970s",1,["DEC:1970"]),
 ("2010",1,["Y:2010"]),("a decade ago",1,["Y:2004","DEC:2000"]),("Next year",1,["Y:2015"]),
 ("Jan. 30",1,["D:2015-01-30"]),("the summer of 2013",1,["S:summer-2013"]),
 ("in March",1,["M:2014-03"]),("Thursday",1,["D:2015-01-01"]),("Friday",1,["D:2015-01-02"]),
 ("Friday",2,["D:2015-01-02"]),("Saturday",1,["D:2015-01-03"]),("Tonight",1,["D:2014-12-31"]),
 ("2017",2,["Y:2017"]),("Jan. 7",1,["D:2015-01-07"]),
 ("2015-16",1,["R:2015-04-01..2016-03-31","RY:2015..2016","P:Y:2015"])]
N['a19'] = [("the New Year period",1),("9 p.m.",1),("midnight",1)]

G['a20'] = [("Oct. 11",1,["D:2021-10-11"]),("Sunday",1,["D:2021-10-10"]),("2018",1,["Y:2018"]),
 ("in August",1,["M:2021-08"]),("over the summer",1,["S:summer-2021"]),
 ("the spring of 2019",1,["S:spring-2019"]),("2020",1,["Y:2020"]),("since 2017",1,["Y:2017"]),
 ("since March 2020",1,["M:2020-03"]),("Two years ago",1,["Y:2019","M:2019-10"]),
 ("Last year",1,["Y:2020"]),("Today",1,["D:2021-10-10","D:2021-10-11"]),
 ("Nov. 21",1,["D:2021-11-21"]),("2022",1,["Y:2022"]),("Oct. 9",1,["D:2022-10-09"]),
 ("Tuesday",1,["D:2021-10-12"])]
N['a20'] = [("noon",1)]

G['a21'] = [("1974",1,["Y:1974"]),("the decade",1,["DEC:1970"]),("New Year's Eve",1,["D:2023-12-31"]),
 ("1937",1,["Y:1937"]),("the spring of 1962",1,["S:spring-1962"]),("1965",1,["Y:1965"]),
 ("the end of the decade",1,["Y:1969","IN:1967-01-01..1969-12-31","P:DEC:1960"]),
 ("February 1974",1,["M:1974-02"]),("1981",1,["Y:1981"]),("1988",1,["Y:1988"]),("2015",1,["Y:2015"]),
 ("last spring",1,["S:spring-2023"]),("2009",1,["Y:2009"]),("since 1958",1,["Y:1958"]),
 ("Dec. 9, 2022",1,["D:2022-12-09"]),("Valentine's Day 1970",1,["D:1970-02-14","P:Y:1970"]),
 ("late January",1,["MIN:2024-01"]),("Saturday",1,["D:2024-01-06"])]
N['a21'] = [("my 100th birthday",1)]

G['a22'] = [("May 22",1,["D:2018-05-22"]),("Tuesday",1,["D:2018-05-22"]),("last Thursday",1,["D:2018-05-17"]),
 ("Wednesday",1,["D:2018-05-16"]),("Sunday",1,["D:2018-05-20"]),
 ("Aug. 29 last year",1,["D:2017-08-29","P:Y:2017"]),("Last August",1,["M:2017-08"]),
 ("Today",1,["D:2018-05-22"]),("early June",1,["MIN:2018-06"]),("this year",1,["Y:2018"]),
 ("September",1,["M:2018-09"]),("December",1,["M:2018-12"]),("2020",1,["Y:2020"]),
 ("since 2015",1,["Y:2015"]),("since 1966",1,["Y:1966"]),("2014",1,["Y:2014"]),
 ("Sept. 17",1,["D:2018-09-17"]),("the end of the month",1,["MIN:2018-09"])]
N['a22'] = [("11:42 a.m.",1)]

G['a23'] = [("Friday",1,["D:2025-08-15"]),
 ("between January 2022 and October 2024",1,["R:2022-01-01..2024-10-31","M:2022-01","M:2024-10"]),
 ("Oct. 15, 2024",1,["D:2024-10-15"]),("Christmas Eve 2023",1,["D:2023-12-24","P:Y:2023"]),
 ("the summer holidays",1,["S:summer-2023","IN:2023-07-01..2023-09-10"]),("2016",1,["Y:2016"]),
 ("Last October",1,["M:2024-10"]),("Today",1,["D:2025-08-15","D:2025-08-16"]),
 ("in June",1,["M:2025-06"]),("Sept. 5",1,["D:2025-09-05"]),("next spring",1,["S:spring-2026"]),
 ("Since 2019",1,["Y:2019"]),("the second week of September",1,["W:2025-09-08"])]
N['a23'] = [("dawn",1)]

G['a24'] = [("July 19",1,["D:2022-07-19"]),("Tuesday",1,["D:2022-07-19"]),("Aug. 10, 2003",1,["D:2003-08-10"]),
 ("Wednesday",1,["D:2022-07-20"]),("Thursday",1,["D:2022-07-21"]),
 ("the weekend",1,["R:2022-07-23..2022-07-24","D:2022-07-23","D:2022-07-24"]),
 ("Monday",1,["D:2022-07-18"]),("Tuesday",2,["D:2022-07-19"]),("Thursday",2,["D:2022-07-21"]),
 ("over the weekend",1,["R:2022-07-16..2022-07-17","D:2022-07-16","D:2022-07-17"]),
 ("the 1990s",1,["DEC:1990"]),("the 2050s",1,["DEC:2050"]),("July",2,["M:2022-07"]),
 ("since 1935",1,["Y:1935"]),("the last week of June",1,["W:2022-06-27","R:2022-06-24..2022-06-30"]),
 ("Aug. 5",1,["D:2022-08-05"]),("the autumn",1,["S:autumn-2022"]),("2012",1,["Y:2012"]),
 ("April",1,["M:2012-04"])]
N['a24'] = [("a day after",1),("3 p.m.",1)]

G['a25'] = [("March 5",1,["D:2026-03-05"]),("Tuesday",1,["D:2026-03-03"]),("March 24",1,["D:2026-03-24"]),
 ("last week",1,["W:2026-02-23"]),("Wednesday",1,["D:2026-03-04"]),("2024",1,["Y:2024"]),
 ("the end of 2028",1,["D:2028-12-31","M:2028-12","Y:2028"]),("2023",1,["Y:2023"]),
 ("Three years later",1,["Y:2026"]),("the fourth quarter of 2025",1,["Q:2025-Q4"]),
 ("a year earlier",1,["Q:2024-Q4","Y:2024"]),("January",1,["M:2026-01"]),
 ("St Patrick's Day",1,["D:2026-03-17"]),("the first Monday of May",1,["D:2026-05-04"]),
 ("Saturday",1,["D:2026-03-07"]),("December 2019",1,["M:2019-12"]),
 ("18 months later",1,["M:2021-06","Y:2021"]),("early 2030",1,["YIN:2030"]),
 ("November",1,["M:2025-11"]),("the end of January",1,["MIN:2026-01"])]
N['a25'] = []
