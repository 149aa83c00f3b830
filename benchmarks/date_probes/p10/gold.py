# Hand annotation for probe p10 (invented news in the beats, calendars and forms p1-p9 used least: a bankruptcy
# bar date, Irish school calendars with the St Brigid's Day holiday, an AFL fixture with Victoria's grand final eve,
# a retailer's 53-week year, a Canadian tax deadline moved off a Saturday, a French strike over the Ascension bridge,
# Serbia's Julian Christmas, the Kumbh Mela's bathing days, Hanukkah on Christmas night, Ashura in Pakistan, Hong
# Kong's Tuen Ng and lunar holidays, a 'Today in history' almanac, a U.S. stopgap over the fiscal year's turn, a
# cyclone in Mozambique, Kenya's election timetable, Japan's Silver Week and era years, a Leap Day obituary, a New
# Zealand dairy season, the 1953 North Sea flood 'fifty years ago today', an English cricket summer in day-first
# dates, Australia's parliamentary sittings, a car recall by build dates, Nyepi and an eclipse in Bali, an NHS
# doctors' strike, the Ethiopian new year), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event names such as 'the Halloween
#   blizzard' or 'Thanksgivukkah', model years ('2000 models'), column headings ('Today in Marlow history'), habitual
#   or generic dates such as the usual 'April 30' tax deadline, Enkutatash's usual 'Sept. 11', 'the first Monday in
#   February' of a rule, 'the fifth day of the fifth lunar month', vague spans such as 'the day', 'a weekend').
# X: decoys, not dates (ages, durations incl. '180 days' and 'within seven days', votes '404-14', '5-2', 'Chapter 11',
#   campaign number '01V-083', addresses '1931 Euclid Avenue', 'Twenty20', 'Transition Year', 'the Feb. 29 Club',
#   'Twelfth Night', 'a spring tide', sets 'every June', 'every 210 days', 'the second Tuesday in August of every
#   fifth year'); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p9 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:).
#   Added in p10: a date of another calendar ('the Julian Dec. 25', 'the first of Muharram', 'Ashura, the 10th',
#   'Hamle 1') is the Gregorian day the story's community keeps, and a year of another calendar ('the year 2008' in
#   Ethiopia, 'the Saka year 1938') R: of its Gregorian days, never Y: of the number; an era year ('Reiwa 8') is Y:
#   of its Gregorian year; Hanukkah R: from 25 Kislev (its first evening D: of that evening's day); a 52-53-week year
#   and its quarters R: of their Sunday-Saturday weeks ('the 53rd week' also W:); a dairy season '2014/15' R:June-May
#   (RY:, P: first year); day-first ranges ('20-24 May', '29 July-2 August') and suffixed dates ('October 30th') as
#   plain ones; 'N weeks before Christmas' that day; 'the Friday before Thanksgiving' and 'the Wednesday before Good
#   Friday' single days; 'Fifty years ago today' and an almanac's 'Ten years ago:' D: that day and Y:; 'half a century
#   ago' Y:; a predicative 'a Sunday' after a date that day; named sittings and recesses R: of the dates given.
G = {}
N = {}
X = {}
G['a01'] = [("July 22",1,["D:2009-07-22"]),("the spring",1,["S:spring-2009"]),("Aug. 31",1,["D:2009-08-31"]),
 ("Wednesday",1,["D:2009-07-22"]),("Christmas",1,["D:2009-12-25"]),
 ("the last Monday of August",1,["D:2009-08-31"]),("the petition date",1,["D:2009-05-04"]),
 ("May 4",1,["D:2009-05-04"]),("Oct. 31",1,["D:2009-10-31"]),("Monday, Nov. 2",1,["D:2009-11-02"]),
 ("Monday, May 4",1,["D:2009-05-04"]),("June",1,["M:2009-06"]),
 ("the end of the third quarter",1,["D:2009-09-30","MIN:2009-09"]),("May 3",1,["D:2009-05-03"]),
 ("Aug. 31",2,["D:2009-08-31"]),("Friday",1,["D:2009-07-17"]),("July 10",1,["D:2009-07-10"]),
 ("the week of Sept. 14",1,["W:2009-09-14","P:D:2009-09-14"]),
 ("the following week",1,["W:2009-09-21"]),("Oct. 23",1,["D:2009-10-23"]),
 ("Tuesday, Nov. 17",1,["D:2009-11-17"]),("Wednesday",2,["D:2009-07-22"]),
 ("Thanksgiving",1,["D:2009-11-26"]),("the end of the year",1,["D:2009-12-31","M:2009-12","Y:2009"]),
 ("Sept. 8",1,["D:2009-09-08"]),("the day after Labor Day",1,["D:2009-09-08"]),
 ("last month",1,["M:2009-06"]),
 ("the Labor Day weekend",1,["R:2009-09-05..2009-09-07","R:2009-09-05..2009-09-06","P:D:2009-09-07"]),
 ("1931",2,["Y:1931"]),("the 1990s",1,["DEC:1990"]),("since 2005",1,["Y:2005"]),
 ("early April",1,["MIN:2009-04"]),("May 1",1,["D:2009-05-01"]),
 ("the Friday before it filed",1,["D:2009-05-01"])]
N['a01'] = [("5 p.m.",1),("a weekend",1)]
X['a01'] = [("30 days",1),("180 days",1),("Chapter 11",1),("1931",1),("30 days",2)]

G['a02'] = [("August 24th",1,["D:2023-08-24"]),("next week",1,["W:2023-08-28"]),
 ("the 2023-24 school year",1,["RY:2023..2024","IN:2023-08-01..2024-07-31","P:Y:2023"]),
 ("the St Brigid's Day bank holiday",1,["D:2024-02-05"]),("February",1,["M:2023-02"]),
 ("between Monday, August 28th, and Thursday, August 31st",1,["R:2023-08-28..2023-08-31","D:2023-08-28","D:2023-08-31"]),
 ("Monday, October 30th",1,["D:2023-10-30"]),("the October bank holiday",1,["D:2023-10-30"]),
 ("Friday, November 3rd",1,["D:2023-11-03"]),("Friday, December 22nd",1,["D:2023-12-22"]),
 ("Monday, January 8th",1,["D:2024-01-08"]),("2024",1,["Y:2024"]),
 ("Monday, February 5th",1,["D:2024-02-05"]),("February",5,["M:2024-02"]),
 ("a week later",1,["W:2024-02-12","D:2024-02-12"]),("the 12th",1,["D:2024-02-12"]),
 ("the 16th",1,["D:2024-02-16"]),("St Patrick's Day",1,["D:2024-03-17"]),
 ("a Sunday",1,["D:2024-03-17"]),("Monday, March 18th",1,["D:2024-03-18"]),
 ("from Monday, March 25th, to Friday, April 5th",1,["R:2024-03-25..2024-04-05","D:2024-03-25","D:2024-04-05","IN:2024-03-23..2024-04-07"]),
 ("Easter Sunday",1,["D:2024-03-31"]),("Wednesday, June 5th",1,["D:2024-06-05"]),
 ("the June bank holiday",1,["D:2024-06-03"]),("the summer",1,["S:summer-2024"]),
 ("the last Friday of June",1,["D:2024-06-28"]),("this year",1,["Y:2023"]),
 ("tomorrow",1,["D:2023-08-25"]),("Wednesday",2,["D:2023-08-30"]),("June",4,["M:2024-06"]),
 ("March",3,["M:2023-03"]),("May",1,["M:2023-05"]),("next year",1,["Y:2024"]),
 ("Tuesday",1,["D:2023-08-22"]),("February",7,["M:2024-02"])]
N['a02'] = [("Halloween",1),("Christmas",1),("the first Monday in February",1),("February 1st",1),("a Friday",1),("Easter",1),("the year",1),("10 a.m.",1),("the Class of 2024",1),("February",6)]
X['a02'] = [("Transition Year",1),("two weeks",1)]

G['a03'] = [("Nov. 3",1,["D:2017-11-03"]),("2018",1,["Y:2018"]),("Thursday, March 22",1,["D:2018-03-22"]),
 ("Thursday",2,["D:2017-11-02"]),("the last Saturday in September",1,["D:2018-09-29"]),
 ("Sept. 29",1,["D:2018-09-29"]),("the Friday before the grand final",1,["D:2018-09-28"]),
 ("2015",1,["Y:2015"]),("Sept. 30",1,["D:2017-09-30"]),("Good Friday",1,["D:2018-03-30"]),
 ("2019",1,["Y:2019"]),("Easter Monday",1,["D:2018-04-02"]),("Anzac Day",1,["D:2018-04-25"]),
 ("Wednesday, April 25",1,["D:2018-04-25"]),("2012",1,["Y:2012"]),
 ("the Queen's Birthday holiday",1,["D:2018-06-11"]),("Monday, June 11",1,["D:2018-06-11"]),
 ("since 2001",1,["Y:2001"]),("June",3,["M:2018-06"]),("Sunday, Aug. 26",1,["D:2018-08-26"]),
 ("Thursday, Sept. 6",1,["D:2018-09-06"]),("Friday, Feb. 2",1,["D:2018-02-02"]),
 ("late March",1,["MIN:2018-03"]),("this week",1,["W:2017-10-30"]),
 ("the end of summer",1,["MIN:2018-02","D:2018-02-28"]),("late February",1,["MIN:2018-02"]),
 ("the autumn",1,["R:2018-03-01..2018-05-31","S:spring-2018"]),("April",2,["M:2018-04"]),
 ("May",1,["M:2018-05"]),("this summer",1,["R:2017-12-01..2018-02-28","S:winter-2017"]),
 ("2019",2,["Y:2019"]),("October next year",1,["M:2018-10"]),("this year",1,["Y:2017"]),
 ("since 2010",1,["Y:2010"]),("the 22nd",1,["D:2018-03-22"]),
 ("the summer",1,["R:2017-12-01..2018-02-28","S:winter-2017"])]
N['a03'] = [("the opening game",1),("Round 12",1),("Round 14",1),("a weekend off",1)]
X['a03'] = [("37-year",1),("every June",1),("Sunday",2),("Saturday nights",1),("eight weeks",1),("55",1)]

G['a04'] = [("March 7",1,["D:2018-03-07"]),("Wednesday",1,["D:2018-03-07"]),
 ("fourth-quarter",1,["R:2017-10-29..2018-02-03"]),
 ("the new fiscal year",1,["R:2018-02-04..2019-02-02","P:Y:2018"]),
 ("Fiscal 2017",1,["R:2017-01-29..2018-02-03","P:Y:2017"]),("Feb. 3",1,["D:2018-02-03"]),
 ("fourth quarter",1,["R:2017-10-29..2018-02-03"]),("Oct. 29",1,["D:2017-10-29"]),
 ("fiscal 2012",1,["R:2012-01-29..2013-02-02","P:Y:2012"]),
 ("the quarter",1,["R:2017-10-29..2018-02-03"]),
 ("the same quarter a year earlier",1,["R:2016-10-30..2017-01-28"]),
 ("the 53rd week",1,["R:2018-01-28..2018-02-03","W:2018-01-29"]),
 ("the nine weeks to Dec. 30",1,["R:2017-10-29..2017-12-30"]),("Jan. 4",1,["D:2018-01-04"]),
 ("Black Friday",1,["D:2017-11-24"]),("the Saturday after Thanksgiving",1,["D:2017-11-25"]),
 ("since 2012",1,["Y:2012"]),("Cyber Monday",1,["D:2017-11-27"]),
 ("two years earlier",1,["Y:2015","D:2015-11-30"]),("December",1,["M:2017-12"]),
 ("January",1,["M:2018-01"]),("the first two weeks of February",1,["R:2018-02-01..2018-02-14"]),
 ("Last year",1,["Y:2017"]),("fall",1,["S:autumn-2017"]),
 ("fiscal 2018",1,["R:2018-02-04..2019-02-02","P:Y:2018"]),
 ("first quarter",1,["R:2018-02-04..2018-05-05"]),("May 5",1,["D:2018-05-05"]),
 ("May 23",1,["D:2018-05-23"]),("this spring",1,["S:spring-2018"]),("January",2,["M:2018-01"]),
 ("Memorial Day",1,["D:2018-05-28"]),("1902",1,["Y:1902"]),("since August",1,["M:2017-08"]),
 ("this year",1,["Y:2018"])]
N['a04'] = [("an extra week",1),("the Saturday nearest Jan. 31",1),("the holiday season",1),("morning trading",1)]
X['a04'] = [("14 weeks",1),("57",1),("52 weeks",1),("Summer House",1),("1902",2)]

G['a05'] = [("April 26",1,["D:2011-04-26"]),("this year",1,["Y:2011"]),("a Saturday",1,["D:2011-04-30"]),
 ("the 2010 tax year",1,["Y:2010"]),("Monday, May 2",1,["D:2011-05-02"]),
 ("the day of the federal election",1,["D:2011-05-02"]),("Tuesday",1,["D:2011-04-26"]),
 ("April 21",1,["D:2011-04-21"]),("last year",1,["Y:2010"]),("Good Friday",1,["D:2011-04-22"]),
 ("Easter Monday",1,["D:2011-04-25"]),("this morning",1,["D:2011-04-26"]),
 ("June 15",1,["D:2011-06-15"]),("May 2",2,["D:2011-05-02"]),("May 3",1,["D:2011-05-03"]),
 ("June 15",2,["D:2011-06-15"]),("2005",1,["Y:2005"]),("the 30th",1,["D:2005-04-30"]),
 ("a Saturday",2,["D:2005-04-30"]),("2016",1,["Y:2016"]),("2010",2,["Y:2010"]),
 ("March 1",1,["D:2011-03-01"]),("the first 60 days of the year",1,["R:2011-01-01..2011-03-01"]),
 ("Monday",3,["D:2011-05-02"]),("that day",1,["D:2011-05-02"]),("Monday",4,["D:2011-04-25"]),
 ("tomorrow",1,["D:2011-04-26"]),("Sunday night",1,["D:2011-05-01"]),
 ("the Easter weekend",1,["R:2011-04-22..2011-04-24","R:2011-04-22..2011-04-25","P:D:2011-04-24"]),
 ("2008",1,["Y:2008"]),("mid-April",1,["MIN:2011-04"]),
 ("the end of May",1,["MIN:2011-05","D:2011-05-31"]),("1917",1,["Y:1917"]),
 ("the 1990s",1,["DEC:1990"]),("last year",2,["Y:2010"]),("2013",1,["Y:2013"])]
N['a05'] = [("April 30",1),("midnight",1)]
X['a05'] = [("44",1),("2010",3),("eight weeks",1)]

G['a06'] = [("May 7",1,["D:2013-05-07"]),
 ("the Ascension weekend",1,["R:2013-05-09..2013-05-12","P:D:2013-05-09"]),
 ("Tuesday",1,["D:2013-05-07"]),("Thursday, May 9",1,["D:2013-05-09"]),
 ("Ascension Day",1,["D:2013-05-09"]),("Monday, May 13",1,["D:2013-05-13"]),
 ("the Friday",1,["D:2013-05-10"]),("this year",1,["Y:2013"]),
 ("the day after VE Day",1,["D:2013-05-09"]),("Wednesday, May 8",1,["D:2013-05-08"]),
 ("the whole week",1,["W:2013-05-06"]),("Thursday",2,["D:2013-05-09"]),("Friday",2,["D:2013-05-10"]),
 ("between May 9 and May 12",1,["R:2013-05-09..2013-05-12","D:2013-05-09","D:2013-05-12"]),
 ("the end of the month",1,["MIN:2013-05"]),("the long weekend",1,["R:2013-05-09..2013-05-12"]),
 ("Monday",2,["D:2013-05-06"]),("since February",1,["M:2013-02"]),("next week",1,["W:2013-05-13"]),
 ("since January",1,["M:2013-01"]),("2018",1,["Y:2018"]),("Whit Monday",1,["D:2013-05-20"]),
 ("May 20",1,["D:2013-05-20"]),("the day after Pentecost",1,["D:2013-05-20"]),
 ("since 2004",1,["Y:2004"]),("May 1",1,["D:2013-05-01"]),("last Wednesday",1,["D:2013-05-01"]),
 ("2010",1,["Y:2010"]),("the early 2020s",1,["DEC:2020","IN:2020-01-01..2024-12-31"]),
 ("mid-June",1,["MIN:2013-06"]),("October 2002",1,["M:2002-10"])]
N['a06'] = [("6 a.m.",1),("6 a.m.",2)]
X['a06'] = [("four-day",1),("52",1),("seven days a week",1),("four-day",2)]

G['a07'] = [("Jan. 5",1,["D:2010-01-05"]),("tomorrow",1,["D:2010-01-06"]),
 ("Orthodox Christmas Eve",1,["D:2010-01-06"]),("Tuesday",1,["D:2010-01-05"]),
 ("Thursday",1,["D:2010-01-07"]),("Christmas Day",1,["D:2010-01-07"]),
 ("the New Year holiday",1,["R:2010-01-01..2010-01-02","D:2010-01-01"]),
 ("Dec. 25",1,["D:2010-01-07"]),("Jan. 7",1,["D:2010-01-07"]),("Jan. 8, 2101",1,["D:2101-01-08"]),
 ("2010",1,["Y:2010"]),("Thursday night",1,["D:2009-12-31"]),
 ("the night of Jan. 13-14",1,["R:2010-01-13..2010-01-14","D:2010-01-13"]),
 ("the eve of the Orthodox New Year",1,["D:2010-01-13"]),("Epiphany",1,["D:2010-01-19"]),
 ("Jan. 19",1,["D:2010-01-19"]),("Christmas",5,["D:2010-01-07"]),("Nov. 15",1,["D:2009-11-15"]),
 ("Jan. 22",1,["D:2010-01-22"]),("the autumn",1,["S:autumn-2010"]),("October",1,["M:2010-10"]),
 ("on Monday",1,["D:2010-01-04"]),("Easter",1,["D:2010-04-04"]),("this year",1,["Y:2010"]),
 ("April 4",1,["D:2010-04-04"]),("2007",1,["Y:2007"]),("next year",1,["Y:2011"]),
 ("April 24",1,["D:2011-04-24"]),("2012",1,["Y:2012"]),("Dec. 24",1,["D:2009-12-24"]),
 ("Jan. 18",1,["D:2010-01-18"]),("St. Sava's Day",1,["D:2010-01-27"]),("Jan. 27",1,["D:2010-01-27"]),
 ("since Saturday",1,["D:2010-01-02"]),("the 1950s",1,["DEC:1950"]),
 ("Christmas Eve",2,["D:2010-01-06"]),("Wednesday",1,["D:2010-01-06"]),("last year",1,["Y:2009"])]
N['a07'] = [("Christmas",3),("Orthodox Christmas",2)]
X['a07'] = [("13 days",1),("two decades",1),("95",1),("61",1)]

G['a08'] = [("Jan. 12",1,["D:2025-01-12"]),("Sunday",1,["D:2025-01-12"]),("tomorrow",1,["D:2025-01-13"]),
 ("Feb. 26",1,["D:2025-02-26"]),("Paush Purnima",1,["D:2025-01-13"]),("Monday",1,["D:2025-01-13"]),
 ("Makar Sankranti",1,["D:2025-01-14"]),("Tuesday",1,["D:2025-01-14"]),
 ("Mauni Amavasya",1,["D:2025-01-29"]),("Jan. 29",1,["D:2025-01-29"]),
 ("Basant Panchami",1,["D:2025-02-03"]),("Feb. 3",1,["D:2025-02-03"]),
 ("Maghi Purnima",1,["D:2025-02-12"]),("Feb. 12",1,["D:2025-02-12"]),
 ("Maha Shivratri",1,["D:2025-02-26"]),("the closing day",1,["D:2025-02-26"]),
 ("from Paush Purnima to Maghi Purnima",1,["R:2025-01-13..2025-02-12","D:2025-01-13","D:2025-02-12"]),
 ("October",1,["M:2024-10"]),("2013",1,["Y:2013"]),("Feb. 10, 2013",1,["D:2013-02-10"]),
 ("2019",1,["Y:2019"]),("last spring",1,["S:spring-2024"]),("Saturday",1,["D:2025-01-11"]),
 ("the 29th",1,["D:2025-01-29"]),("the day before",1,["D:2025-01-28"]),
 ("mid-January",1,["MIN:2025-01"]),("next week",1,["W:2025-01-13"]),
 ("until the end of February",1,["MIN:2025-02","D:2025-02-28"]),("Republic Day",1,["D:2025-01-26"]),
 ("Jan. 26",1,["D:2025-01-26"]),("the seventh century",1,["RY:600..699","RY:601..700"]),
 ("2027",1,["Y:2027"]),("2037",1,["Y:2037"])]
N['a08'] = [("the month of Kalpavas",1),("the worst day",1),("the month of Magh",1)]
X['a08'] = [("45 days",1),("every 12 years",1)]

G['a09'] = [("Dec. 20",1,["D:2024-12-20"]),("Christmas night",1,["D:2024-12-25"]),("this year",1,["Y:2024"]),
 ("Wednesday, Dec. 25",1,["D:2024-12-25"]),
 ("The festival",1,["R:2024-12-26..2025-01-02","R:2024-12-25..2025-01-02","D:2024-12-26"]),
 ("the eighth night",1,["D:2025-01-01"]),("New Year's Day",1,["D:2025-01-01"]),
 ("Thursday, Jan. 2",1,["D:2025-01-02"]),("the first night of Hanukkah",1,["D:2005-12-25"]),
 ("Christmas Day",1,["D:2005-12-25"]),("2005",1,["Y:2005"]),("2035",1,["Y:2035"]),
 ("2013",1,["Y:2013"]),("the first full day",1,["D:2013-11-28"]),("Thanksgiving",1,["D:2013-11-28"]),
 ("Christmas Day",2,["D:2024-12-25"]),("the following evening",1,["D:2024-12-26"]),
 ("This year",1,["Y:2024"]),("Monday",1,["D:2024-12-16"]),
 ("from Dec. 26 to Jan. 1",1,["R:2024-12-26..2025-01-01","D:2024-12-26","D:2025-01-01"]),
 ("the same week",1,["W:2024-12-23"]),("December",1,["M:2024-12"]),
 ("Thanksgiving",2,["D:2024-11-28"]),("Friday, Dec. 27",1,["D:2024-12-27"]),
 ("Saturday",1,["D:2024-12-21"]),("the shortest day of the year",1,["D:2024-12-21"]),
 ("Next year",1,["Y:2025"]),("Dec. 14",1,["D:2025-12-14"])]
N['a09'] = [("the 25th day of the Hebrew month of Kislev",1),("sundown",1),("nightfall",1),("Thanksgivukkah",1),("5 p.m.",1),("Dec. 25",2),("the evening",1),("the late start",1)]
X['a09'] = [("19 years",1),("46",1),("winter",1),("19 years",2)]

G['a10'] = [("Aug. 17",1,["D:2021-08-17"]),("Wednesday",1,["D:2021-08-18"]),("Thursday",1,["D:2021-08-19"]),
 ("the ninth and 10th days of Muharram",1,["R:2021-08-18..2021-08-19","D:2021-08-18","D:2021-08-19"]),
 ("Monday, Aug. 9",1,["D:2021-08-09"]),("the first of Muharram",1,["D:2021-08-10"]),
 ("the Islamic new year",1,["D:2021-08-10"]),("Tuesday, Aug. 10",1,["D:2021-08-10"]),
 ("a day later",1,["D:2021-08-10"]),("Ashura",2,["D:2021-08-19"]),("the 10th",1,["D:2021-08-19"]),
 ("Aug. 19",1,["D:2021-08-19"]),("Wednesday",2,["D:2021-08-18"]),("Thursday",2,["D:2021-08-19"]),
 ("Tuesday",2,["D:2021-08-17"]),("until Friday",1,["D:2021-08-20"]),
 ("since the weekend",1,["R:2021-08-14..2021-08-15","D:2021-08-14"]),
 ("Independence Day",1,["D:2021-08-14"]),("Saturday",1,["D:2021-08-14"]),
 ("Dec. 28, 2009",1,["D:2009-12-28"]),("Last year",1,["Y:2020"]),("Monday",2,["D:2021-08-16"]),
 ("This year",1,["Y:2021"]),("on Thursday",2,["D:2021-08-19"]),("since May",1,["M:2021-05"]),
 ("Next year",1,["Y:2022"]),("early August",1,["MIN:2022-08"]),("2009",2,["Y:2009"]),
 ("late December",1,["MIN:2009-12"]),("Sept. 28",1,["D:2021-09-28"]),
 ("the 12th of Rabi al-Awwal",1,["D:2021-10-19","D:2021-10-18"]),("mid-October",1,["MIN:2021-10"]),
 ("the start of Muharram",1,["D:2021-08-10"]),("2019",1,["Y:2019"]),("Aug. 2",1,["D:2021-08-02"]),
 ("until Monday",1,["D:2021-08-23"])]
N['a10'] = [("noon",1),("sunset",1),("6 a.m.",1),("midnight",1),("the 40th day after Ashura",1),("the Prophet's birthday",1)]
X['a10'] = [("every Muharram",1),("58",1),("about 11 days",1),("a 10-day",1)]

G['a11'] = [("June 5",1,["D:2019-06-05"]),("Friday",1,["D:2019-06-07"]),("Wednesday",1,["D:2019-06-05"]),
 ("this year",1,["Y:2019"]),("June 7",1,["D:2019-06-07"]),("Ching Ming",1,["D:2019-04-05"]),
 ("April 5",1,["D:2019-04-05"]),("Buddha's Birthday",1,["D:2019-05-12"]),
 ("a Sunday",1,["D:2019-05-12"]),("the following Monday",1,["D:2019-05-13"]),
 ("July 1",1,["D:2019-07-01"]),("a Monday",1,["D:2019-07-01"]),
 ("the day following the Mid-Autumn Festival",1,["D:2019-09-14"]),("Sept. 14",1,["D:2019-09-14"]),
 ("a Saturday",1,["D:2019-09-14"]),("Chung Yeung",1,["D:2019-10-07"]),("Oct. 7",1,["D:2019-10-07"]),
 ("a Monday",2,["D:2019-10-07"]),("Friday",2,["D:2019-06-07"]),
 ("from June 14 to June 16",1,["R:2019-06-14..2019-06-16","D:2019-06-14","D:2019-06-16"]),
 ("next week",1,["W:2019-06-10"]),("Sept. 16, 2018",1,["D:2018-09-16"]),("since 1976",1,["Y:1976"]),
 ("March",1,["M:2019-03"]),("Tuesday",1,["D:2019-06-04"]),("Tomorrow",1,["D:2019-06-05"]),
 ("Thursday",1,["D:2019-06-06"]),("last year",1,["Y:2018"]),("Lunar New Year",1,["D:2019-02-05"]),
 ("the Year of the Pig",1,["R:2019-02-05..2020-01-24","P:Y:2019"]),
 ("the festival",1,["D:2019-06-07"])]
N['a11'] = [("the fifth day of the fifth lunar month",1),("the anniversary of the handover",1),("8 a.m.",1),("the first typhoon of the season",1),("six in the morning",1),("the day",2),("the morning",2)]
X['a11'] = [("three-day",1),("two months",1),("five-day week",1),("8",2),("every Sunday",1),("29",1),("every Tuen Ng",1),("a century",1)]

G['a12'] = [("Aug. 14",1,["D:2008-08-14"]),("Today",1,["D:2008-08-14"]),("Thursday, Aug. 14",1,["D:2008-08-14"]),
 ("the 227th day of 2008",1,["D:2008-08-14"]),("Monday, Aug. 14, 1848",1,["D:1848-08-14"]),
 ("1913",1,["Y:1913"]),("Aug. 14, 1909",1,["D:1909-08-14"]),
 ("Christmas Eve 1931",1,["D:1931-12-24","P:Y:1931"]),("Tuesday, Aug. 14, 1945",1,["D:1945-08-14"]),
 ("the next day",1,["D:1945-08-15"]),("1962",1,["Y:1962"]),("this date",1,["D:1962-08-14"]),
 ("three years later",1,["Y:1965"]),("the fall of 1965",1,["S:autumn-1965"]),
 ("Ten years ago",1,["D:1998-08-14","Y:1998"]),("its final day",1,["D:1998-08-14"]),
 ("Friday",1,["D:1998-08-14"]),("Five years ago",1,["D:2003-08-14","Y:2003"]),
 ("Thursday, Aug. 14, 2003",1,["D:2003-08-14"]),("the evening of Aug. 15",1,["D:2003-08-15"]),
 ("One year ago",1,["D:2007-08-14","Y:2007"]),
 ("the 2008-09 school year",1,["RY:2008..2009","IN:2008-08-01..2009-07-31","P:Y:2008"]),
 ("Aug. 20",1,["D:2008-08-20"]),("Christmas",2,["D:2008-12-25"]),
 ("from Saturday, Aug. 23, through Monday, Sept. 1",1,["R:2008-08-23..2008-09-01","D:2008-08-23","D:2008-09-01"]),
 ("Labor Day",1,["D:2008-09-01"]),("Aug. 24",1,["D:2008-08-24"]),("the 1850s",1,["DEC:1850"])]
N['a12'] = [("Today in Marlow history",1),("the great flood of March 1913",1),("7 p.m.",1),("dawn",1),("4:11 p.m.",1),("Today's birthdays",1),("last summer",1),("the Sunday paper",1),("Thought for today",1)]
X['a12'] = [("139 days",1),("Twelfth Night",1),("1909",2),("5-2",1),("Harbor Days",1),("a full week",1),("a week earlier",1),("88",1),("71",1),("64",1),("Summer",1),("autumn",1)]

G['a13'] = [("Sept. 26",1,["D:2007-09-26"]),("Wednesday",1,["D:2007-09-26"]),
 ("the new fiscal year",1,["R:2007-10-01..2008-09-30","P:Y:2008"]),("Nov. 16",1,["D:2007-11-16"]),
 ("the Friday before Thanksgiving",1,["D:2007-11-16"]),
 ("Fiscal 2008",1,["R:2007-10-01..2008-09-30","P:Y:2008"]),("Monday",1,["D:2007-10-01"]),
 ("tomorrow",1,["D:2007-09-27"]),("Friday",2,["D:2007-09-28"]),("Sunday",1,["D:2007-09-30"]),
 ("fiscal 2007",1,["R:2006-10-01..2007-09-30","P:Y:2007"]),("Sept. 30",1,["D:2007-09-30"]),
 ("mid-November",1,["MIN:2007-11"]),
 ("later this week",1,["IN:2007-09-26..2007-09-30","W:2007-09-24"]),
 ("the week of Oct. 8",1,["W:2007-10-08","P:D:2007-10-08"]),("Columbus Day",1,["D:2007-10-08"]),
 ("the whole of Thanksgiving week",1,["W:2007-11-19"]),("Oct. 1",1,["D:2007-10-01"]),
 ("Nov. 16",2,["D:2007-11-16"]),("the new year",1,["Y:2008"]),("in November",1,["M:2007-11"]),
 ("the winter of 1995-96",1,["S:winter-1995"]),
 ("Nov. 14 to Nov. 19, 1995",1,["R:1995-11-14..1995-11-19","D:1995-11-14","D:1995-11-19"]),
 ("from Dec. 16, 1995, to Jan. 6, 1996",1,["R:1995-12-16..1996-01-06","D:1995-12-16","D:1996-01-06"]),
 ("Christmas",1,["D:1995-12-25"]),("September",1,["M:2007-09"]),("December",1,["M:2007-12"]),
 ("since 1977",1,["Y:1977"]),("last month",1,["M:2007-08"]),
 ("fiscal 1997",1,["R:1996-10-01..1997-09-30","P:Y:1997"]),("next week",1,["W:2007-10-01"]),
 ("the year",1,["Y:2007"]),("Dec. 21",1,["D:2007-12-21"])]
N['a13'] = [("midnight",1),("the fiscal year",1),("Oct. 1",2),("July 1",1)]
X['a13'] = [("404-14",1),("seven weeks",1),("five-year",1),("five weeks",1)]

G['a14'] = [("Feb. 20",1,["D:2006-02-20"]),("Saturday night",1,["D:2006-02-18"]),("Monday",1,["D:2006-02-20"]),
 ("until Wednesday",1,["D:2006-02-22"]),("on Sunday",1,["D:2006-02-19"]),("January",1,["M:2006-01"]),
 ("late on Tuesday",1,["D:2006-02-21"]),("on Wednesday",1,["D:2006-02-22"]),
 ("since 2000",1,["Y:2000"]),("Feb. 22, 2000",1,["D:2000-02-22"]),("until May",1,["M:2000-05"]),
 ("Sunday",2,["D:2006-02-19"]),("the middle of March",1,["MIN:2006-03"]),
 ("since Heroes' Day",1,["D:2006-02-03"]),("Feb. 3",1,["D:2006-02-03"]),
 ("since Friday",1,["D:2006-02-17"]),("Sunday",3,["D:2006-02-19"]),("Last night",1,["D:2006-02-18"]),
 ("2000",3,["Y:2000"]),("April",2,["M:2006-04"]),
 ("this summer",1,["R:2005-12-01..2006-02-28","S:winter-2005"]),("this week",1,["W:2006-02-20"]),
 ("May",2,["M:2006-05"]),("by the weekend",1,["R:2006-02-25..2006-02-26","D:2006-02-25"]),
 ("the rest of the month",1,["R:2006-02-20..2006-02-28","IN:2006-02-20..2006-02-28"]),
 ("autumn",1,["R:2006-03-01..2006-05-31","S:spring-2006"])]
N['a14'] = [("11 p.m.",1),("rainy season",1),("from November to April",1),("2 a.m.",1),("morning",1),("the cool season",1),("cyclone season",1),("until the end of April",1),("March",2),("the past ten years",1)]
X['a14'] = [("two weeks",1),("three weeks",1),("37",1),("three dry years",1)]

G['a15'] = [("June 13",1,["D:2022-06-13"]),("Monday",1,["D:2022-06-13"]),("June 20",1,["D:2022-06-20"]),
 ("Tuesday, Aug. 9",1,["D:2022-08-09"]),("last week",1,["W:2022-06-06"]),
 ("May 29",1,["D:2022-05-29"]),("Saturday, Aug. 6",1,["D:2022-08-06"]),("Aug. 9",2,["D:2022-08-09"]),
 ("Aug. 16",1,["D:2022-08-16"]),("2017",1,["Y:2017"]),("Sept. 1",1,["D:2017-09-01"]),
 ("Oct. 26",1,["D:2017-10-26"]),("2017",2,["Y:2017"]),("the evening of Aug. 9",1,["D:2022-08-09"]),
 ("the last week of July",1,["W:2022-07-25","IN:2022-07-25..2022-07-31"]),
 ("Friday, Aug. 5",1,["D:2022-08-05"]),("Aug. 15",1,["D:2022-08-15"]),("since 2011",1,["Y:2011"]),
 ("Madaraka Day",1,["D:2022-06-01"]),("June 1",1,["D:2022-06-01"]),
 ("the Sunday before the election",1,["D:2022-08-07"]),("late August",1,["MIN:2022-08"]),
 ("mid-September",1,["MIN:2022-09"]),("2027",1,["Y:2027"]),("Aug. 10",1,["D:2027-08-10"])]
N['a15'] = [("polling day",1),("midnight",1),("6 a.m.",1),("the school holiday",1),("the first Tuesday after the 14th day",1)]
X['a15'] = [("seven weeks",1),("the second Tuesday in August of every fifth year",1),("two days",1),("seven days",1),("within seven days",1),("14 days",1),("within 30 days",1),("62",1)]

G['a16'] = [("Sept. 15",1,["D:2026-09-15"]),("autumn",1,["S:autumn-2026"]),
 ("Silver Week",1,["R:2026-09-19..2026-09-23","P:M:2026-09"]),
 ("from Saturday, Sept. 19, to Wednesday, Sept. 23",1,["R:2026-09-19..2026-09-23","D:2026-09-19","D:2026-09-23"]),
 ("Respect for the Aged Day",1,["D:2026-09-21"]),("the third Monday in September",1,["D:2026-09-21"]),
 ("Sept. 21",1,["D:2026-09-21"]),("Autumnal Equinox Day",1,["D:2026-09-23"]),
 ("Sept. 23",2,["D:2026-09-23"]),("1985",1,["Y:1985"]),("Tuesday, Sept. 22",1,["D:2026-09-22"]),
 ("The last Silver Week",1,["R:2015-09-19..2015-09-23","P:Y:2015"]),("2015",1,["Y:2015"]),
 ("Tuesday",2,["D:2026-09-15"]),("Saturday",2,["D:2026-09-19"]),("last year",1,["Y:2025"]),
 ("the last day of the holiday",1,["D:2026-09-23"]),("the five days",1,["R:2026-09-19..2026-09-23"]),
 ("the morning of Sept. 19",1,["D:2026-09-19"]),("the afternoon of Sept. 23",1,["D:2026-09-23"]),
 ("the Bon holidays",1,["R:2026-08-13..2026-08-16","IN:2026-08-08..2026-08-16"]),
 ("mid-August",1,["MIN:2026-08"]),("This weekend",1,["R:2026-09-19..2026-09-20"]),
 ("the Monday",1,["D:2026-09-21"]),("Monday",3,["D:2026-09-14"]),("2015",2,["Y:2015"]),
 ("late next week",1,["IN:2026-09-24..2026-09-27","W:2026-09-21"]),
 ("early September",1,["MIN:2026-09"]),("Reiwa 8",1,["Y:2026"]),("this year",1,["Y:2026"]),
 ("May 1, 2019",1,["D:2019-05-01"]),("Sports Day",1,["D:2026-10-12"]),
 ("the second Monday in October",1,["D:2026-10-12"]),("the year",1,["Y:2026"]),
 ("Labor Thanksgiving Day",1,["D:2026-11-23"]),("Nov. 23",1,["D:2026-11-23"]),
 ("Golden Week",1,["R:2026-04-29..2026-05-06","R:2026-05-02..2026-05-06"]),
 ("April 29",1,["D:2026-04-29"])]
N['a16'] = [("the typhoon season",1),("spring",1)]
X['a16'] = [("63",1),("11 years",1),("14",1),("two days",1)]

G['a17'] = [("Oct. 19",1,["D:2020-10-19"]),("1936-2020",1,["RY:1936..2020","Y:1936","Y:2020"]),
 ("Leap Day",1,["D:1936-02-29"]),("Friday",1,["D:2020-10-16"]),
 ("Saturday, Feb. 29, 1936",1,["D:1936-02-29"]),("March 1",1,["D:1936-03-01"]),
 ("February",1,["M:1936-02"]),("Feb. 29 this year",1,["D:2020-02-29","P:Y:2020"]),
 ("1961",1,["Y:1961"]),("the 1970s",1,["DEC:1970"]),("Wednesday, Oct. 30, 1991",1,["D:1991-10-30"]),
 ("tomorrow",1,["D:1991-10-31"]),("the next three days",1,["R:1991-10-31..1991-11-02"]),
 ("1988",1,["Y:1988"]),("the late 1990s",1,["DEC:1990","IN:1995-01-01..1999-12-31"]),
 ("the year 2000",1,["Y:2000"]),("January 2012",1,["M:2012-01"]),("Next month",1,["M:2012-02"]),
 ("the spring of 1998",1,["S:spring-1998"]),("June 14, 1958",1,["D:1958-06-14"]),
 ("2009",1,["Y:2009"]),("Feb. 29, 2016",1,["D:2016-02-29"]),("Saturday",2,["D:2020-10-24"]),
 ("Feb. 29, 2024",1,["D:2024-02-29"]),("the next Leap Day",1,["D:2024-02-29"])]
N['a17'] = [("11:50 p.m.",1),("ordinary years",1),("Feb. 28",1),("March",2),("the Halloween blizzard",1),("Feb. 29",4),("2 p.m.",1)]
X['a17'] = [("half a century",1),("84",1),("21",1),("the Feb. 29 Club",1),("19",2),("four years",1)]

G['a18'] = [("Aug. 11",1,["D:2014-08-11"]),
 ("the 2014/15 season",1,["R:2014-06-01..2015-05-31","RY:2014..2015","P:Y:2014"]),
 ("Monday",1,["D:2014-08-11"]),("last week",1,["W:2014-08-04"]),
 ("the season that ended in May",1,["R:2013-06-01..2014-05-31","RY:2013..2014","P:Y:2013"]),
 ("Aug. 20",1,["D:2014-08-20"]),
 ("the first half of the season",1,["R:2014-06-01..2014-11-30","IN:2014-06-01..2014-11-30"]),
 ("Tuesday, Aug. 5",1,["D:2014-08-05"]),("since July 2012",1,["M:2012-07"]),
 ("Aug. 19",1,["D:2014-08-19"]),("the first half",2,["H:2014-H1"]),("since March",1,["M:2014-03"]),
 ("Thursday",1,["D:2014-08-07"]),("October",1,["M:2014-10"]),
 ("spring",1,["R:2014-09-01..2014-11-30","S:autumn-2014"]),
 ("early 2013",1,["YIN:2013","IN:2013-01-01..2013-04-30"]),
 ("This time last year",1,["D:2013-08-10","M:2013-08","Y:2013"]),("This year",1,["Y:2014"]),
 ("Sunday",1,["D:2014-08-10"]),("the autumn",1,["R:2015-03-01..2015-05-31","S:spring-2015"]),
 ("the year to July 31",1,["R:2013-08-01..2014-07-31"]),("late September",1,["MIN:2014-09"]),
 ("fiscal 2015",1,["R:2014-08-01..2015-07-31","P:Y:2015"]),
 ("the current season",1,["R:2014-06-01..2015-05-31","RY:2014..2015","P:Y:2014"]),
 ("2001",1,["Y:2001"]),("Christmas",1,["D:2014-12-25"]),("mid-2015",1,["YIN:2015"]),
 ("last year",2,["Y:2013"])]
N['a18'] = [("from June 1 to May 31",1),("late July and August",1)]
X['a18'] = [("70 years",1),("41",1),("two months",1)]

G['a19'] = [("Feb. 1",1,["D:2003-02-01"]),("Fifty years ago today",1,["D:1953-02-01","Y:1953"]),
 ("this afternoon",1,["D:2003-02-01"]),("since Friday",1,["D:1953-01-30"]),
 ("the night of Saturday, Jan. 31, 1953",1,["R:1953-01-31..1953-02-01","D:1953-01-31"]),
 ("Sunday",1,["D:1953-02-01"]),("that afternoon",1,["D:1953-02-01"]),
 ("the evening before",1,["D:1953-01-31"]),("Saturday",2,["D:1953-01-31"]),
 ("since 1906",1,["Y:1906"]),("that night",1,["D:1953-01-31"]),("Monday",1,["D:1953-02-02"]),
 ("Feb. 18",1,["D:1953-02-18"]),("Nov. 6, 1953",1,["D:1953-11-06"]),("June 1944",1,["M:1944-06"]),
 ("1958",1,["Y:1958"]),("Oct. 4, 1986",1,["D:1986-10-04"]),("1997",1,["Y:1997"]),
 ("2001",1,["Y:2001"]),("last year",1,["Y:2002"]),
 ("the end of the century",1,["D:2100-12-31","D:2099-12-31","Y:2100","Y:2099"]),
 ("later this year",1,["Y:2003","IN:2003-02-01..2003-12-31"]),("tonight",1,["D:2003-02-01"]),
 ("tomorrow",1,["D:2003-02-02"]),("half a century ago",1,["Y:1953"])]
N['a19'] = [("midnight",1),("3.30 a.m.",1),("overnight",1),("the Normandy landings",1),("2 p.m.",1),("3.30 a.m.",2)]
X['a19'] = [("spring",1),("83",1),("33",1),("more than a year",1),("less than three weeks",1),("40 years",1),("once in 10,000 years",1)]

G['a20'] = [("8 April",1,["D:2004-04-08"]),("late May",1,["MIN:2004-05"]),
 ("the end of September",1,["MIN:2004-09","D:2004-09-30"]),("summer",1,["S:summer-2004"]),
 ("next Wednesday",1,["D:2004-04-14"]),
 ("20-24 May",1,["R:2004-05-20..2004-05-24","D:2004-05-20","D:2004-05-24"]),
 ("3-7 June",1,["R:2004-06-03..2004-06-07","D:2004-06-03","D:2004-06-07"]),
 ("a week later",1,["D:2004-06-10","W:2004-06-07"]),("10 June",1,["D:2004-06-10"]),
 ("24 June",1,["D:2004-06-24"]),("Saturday 10 July",1,["D:2004-07-10"]),
 ("22 July",1,["D:2004-07-22"]),
 ("29 July-2 August",1,["R:2004-07-29..2004-08-02","D:2004-07-29","D:2004-08-02"]),
 ("12 August",1,["D:2004-08-12"]),
 ("19-23 August",1,["R:2004-08-19..2004-08-23","D:2004-08-19","D:2004-08-23"]),
 ("from 10 to 25 September",1,["R:2004-09-10..2004-09-25","D:2004-09-10","D:2004-09-25"]),
 ("last June",1,["M:2003-06"]),("July",4,["M:2004-07"]),("7 August",1,["D:2004-08-07"]),
 ("the whole of 2002",1,["Y:2002"]),("Saturday",2,["D:2004-04-10"]),("Easter",1,["D:2004-04-11"]),
 ("this winter",1,["S:winter-2003"]),("Wednesday",2,["D:2004-04-14"]),
 ("the day the first county matches begin",1,["D:2004-04-14"]),
 ("the second week of May",1,["W:2004-05-10","IN:2004-05-08..2004-05-14"]),
 ("the end of August",1,["MIN:2004-08","D:2004-08-31"]),("since October",1,["M:2003-10"]),
 ("Tuesday",1,["D:2004-04-06"]),("Next year",1,["Y:2005"]),("September",3,["M:2004-09"]),
 ("since 1989",1,["Y:1989"]),("2005",1,["Y:2005"]),("this summer",1,["S:summer-2004"]),
 ("last year",1,["Y:2003"]),("the first three days",1,["R:2004-05-20..2004-05-22"])]
N['a20'] = [("the same point",1)]
X['a20'] = [("one-day",1),("one-day",2),("Twenty20",1),("20-over",1),("a month",1)]

G['a21'] = [("Dec. 3",1,["D:1998-12-03"]),("next year",1,["Y:1999"]),("Thursday",1,["D:1998-12-03"]),
 ("the second Tuesday in May",1,["D:1999-05-11"]),("next Thursday",1,["D:1998-12-10"]),
 ("Nov. 10",1,["D:1998-11-10"]),("Oct. 3",1,["D:1998-10-03"]),("Tuesday, Feb. 9",1,["D:1999-02-09"]),
 ("Australia Day",1,["D:1999-01-26"]),("Easter",1,["D:1999-04-04"]),("April 4",1,["D:1999-04-04"]),
 ("The autumn sittings",1,["R:1999-02-09..1999-03-31"]),("March 31",1,["D:1999-03-31"]),
 ("the Wednesday before Good Friday",1,["D:1999-03-31"]),("June 24",1,["D:1999-06-24"]),
 ("a winter recess",1,["R:1999-06-25..1999-08-09"]),("Aug. 10",1,["D:1999-08-10"]),
 ("the spring sittings",1,["R:1999-08-10..1999-12-09"]),("Dec. 9",1,["D:1999-12-09"]),
 ("the week of Nov. 1",1,["W:1999-11-01","P:D:1999-11-01"]),("Saturday, Nov. 6",1,["D:1999-11-06"]),
 ("the summer",1,["R:1998-12-01..1999-02-28","S:winter-1998"]),
 ("the end of June",1,["MIN:1999-06","D:1999-06-30"]),
 ("the new financial year",1,["R:1999-07-01..2000-06-30","P:Y:2000"]),("July 1",1,["D:1999-07-01"]),
 ("February",1,["M:1999-02"]),("March",2,["M:1999-03"]),
 ("the spring",2,["R:1998-09-01..1998-11-30","S:autumn-1998"]),
 ("the winter",1,["R:1999-06-01..1999-08-31","S:summer-1999"]),("on Wednesday",1,["D:1998-12-02"]),
 ("1997",1,["Y:1997"]),("1998",1,["Y:1998"]),("May 2001",1,["M:2001-05"]),
 ("May 9, 1901",1,["D:1901-05-09"]),("Jan. 1, 2001",1,["D:2001-01-01"]),
 ("Christmas",1,["D:1998-12-25"]),("New Year",1,["D:1999-01-01"]),
 ("the second half of January",1,["R:1999-01-16..1999-01-31","IN:1999-01-16..1999-01-31"])]
N['a21'] = [("an election year",1),("the 100th anniversary",1)]
X['a21'] = [("five weeks",1),("two weeks",1),("six weeks",1),("47",1),("three weeks",1)]

G['a22'] = [("March 29",1,["D:2001-03-29"]),("Thursday",1,["D:2001-03-29"]),
 ("between Aug. 3, 1999, and Jan. 14, 2000",1,["R:1999-08-03..2000-01-14","D:1999-08-03","D:2000-01-14"]),
 ("mid-January 2000",1,["MIN:2000-01"]),("the week of April 16",1,["W:2001-04-16","P:D:2001-04-16"]),
 ("May 1",1,["D:2001-05-01"]),("Jan. 22",1,["D:2001-01-22"]),
 ("the summer of 2000",1,["S:summer-2000"]),("since October",1,["M:2000-10"]),
 ("since August",1,["M:2000-08"]),("since Nov. 1",1,["D:2000-11-01"]),("2002",1,["Y:2002"]),
 ("the end of the summer",1,["MIN:2001-08","D:2001-08-31"]),("Wednesday",1,["D:2001-03-28"]),
 ("May",2,["M:2001-05"]),("this week",1,["W:2001-03-26"]),("the fourth quarter",1,["Q:2000-Q4"]),
 ("January",2,["M:2001-01"]),("February",1,["M:2001-02"]),("March",2,["M:2001-03"]),
 ("Tuesday",1,["D:2001-04-03"]),("first-quarter",1,["Q:2001-Q1"]),("April 19",1,["D:2001-04-19"]),
 ("1998",1,["Y:1998"]),("Thursday",2,["D:2001-03-29"]),
 ("since the spring of 1996",1,["S:spring-1996"]),("the second quarter",1,["Q:2001-Q2"]),
 ("the fall",1,["S:autumn-2001"])]
N['a22'] = [("2000",2),("2000",5),("2001",1)]
X['a22'] = [("two months",1),("an hour",1),("01V-083",1),("24 hours a day",1),("seven days a week",1),("10 years",1)]

G['a23'] = [("March 8",1,["D:2016-03-08"]),("tomorrow",1,["D:2016-03-09"]),("this year",1,["Y:2016"]),
 ("the Saka year 1938",1,["R:2016-03-09..2017-03-27"]),("Wednesday",1,["D:2016-03-09"]),
 ("Thursday",1,["D:2016-03-10"]),("Tonight",1,["D:2016-03-08"]),
 ("the eve of Nyepi",1,["D:2016-03-08"]),("Saturday",1,["D:2016-03-05"]),
 ("Sunday",1,["D:2016-03-06"]),("Wednesday",2,["D:2016-03-09"]),("June 11, 1983",1,["D:1983-06-11"]),
 ("April 20, 2023",1,["D:2023-04-20"]),("Tomorrow night",1,["D:2016-03-08"]),
 ("Wednesday",3,["D:2016-03-09"]),("Monday",1,["D:2016-03-07"]),
 ("since the weekend",1,["R:2016-03-05..2016-03-06","D:2016-03-05"]),("since 2000",1,["Y:2000"]),
 ("Tuesday",1,["D:2016-03-08"]),("Thursday",2,["D:2016-03-10"]),("January",1,["M:2016-01"]),
 ("a year earlier",1,["M:2015-01","Y:2015"]),("this year",2,["Y:2016"]),("2015",1,["Y:2015"]),
 ("Next year",1,["Y:2017"]),("March 28, 2017",1,["D:2017-03-28"]),("Feb. 10",1,["D:2016-02-10"]),
 ("Sept. 7",1,["D:2016-09-07"])]
N['a23'] = [("6 a.m.",1),("the day of silence",1),("6 a.m.",2),("6 a.m.",3),("7.20 a.m.",1),("9.40 a.m.",1),("the government of the day",1),("rainy season",1),("April",2),("day of silence",2)]
X['a23'] = [("24 hours",1),("48",1),("every Nyepi",1),("10-day",1),("every 210 days",1)]

G['a24'] = [("9 November",1,["D:2012-11-09"]),("Tuesday 27 November",1,["D:2012-11-27"]),
 ("Friday",1,["D:2012-11-09"]),("Thursday 29 November",1,["D:2012-11-29"]),
 ("Tuesday",2,["D:2012-11-06"]),("August 2014",1,["M:2014-08"]),("21 June",1,["D:2012-06-21"]),
 ("that week",1,["W:2012-11-26"]),("the following week",1,["W:2012-12-03"]),
 ("four weeks before Christmas",1,["D:2012-11-27","W:2012-11-26"]),("the winter",1,["S:winter-2012"]),
 ("Thursday",2,["D:2012-11-08"]),("the summer",1,["S:summer-2012"]),("next year",1,["Y:2013"]),
 ("September",1,["M:2012-09"]),("until today",1,["D:2012-11-09"]),
 ("6 August 2014",1,["D:2014-08-06"]),
 ("the week beginning 7 January",1,["W:2013-01-07","P:D:2013-01-07"]),
 ("Christmas Day",1,["D:2012-12-25"]),("New Year's Day",1,["D:2013-01-01"]),
 ("Friday",2,["D:2012-11-09"]),("20 November",1,["D:2012-11-20"]),
 ("the winter of 1975",1,["S:winter-1975","S:winter-1974"]),("since the 1970s",1,["DEC:1970"]),
 ("next Tuesday",1,["D:2012-11-13"])]
N['a24'] = [("8am",1),("8am",2),("the first Wednesday in August",1),("Black Wednesday",1),("Tuesdays",1)]
X['a24'] = [("48 hours",1),("40 years",1),("a day",1),("31",1),("seven days",1),("nights and weekends",1),("48-hour",1),("a week",1),("several weeks",1)]

G['a25'] = [("Sept. 10",1,["D:2015-09-10"]),("the year 2008",1,["R:2015-09-12..2016-09-10"]),
 ("Saturday",1,["D:2015-09-12"]),("the year now ending",1,["R:2014-09-11..2015-09-11"]),
 ("This year's Pagume",1,["R:2015-09-06..2015-09-11"]),("Sunday",1,["D:2015-09-06"]),
 ("tomorrow",1,["D:2015-09-11"]),("the year 2007",1,["R:2014-09-11..2015-09-11"]),
 ("Sept. 12, 2007",1,["D:2007-09-12"]),("the 21st century",1,["RY:2001..2100","RY:2000..2099"]),
 ("Thursday",1,["D:2015-09-10"]),("since last week",1,["W:2015-08-31"]),
 ("Tomorrow",1,["D:2015-09-10"]),("Friday",1,["D:2015-09-11"]),("Wednesday",1,["D:2015-09-09"]),
 ("Meskel",1,["D:2015-09-28"]),("this year",1,["Y:2015"]),("Monday, Sept. 28",1,["D:2015-09-28"]),
 ("Timkat",1,["D:2016-01-20"]),("Jan. 20",1,["D:2016-01-20"]),
 ("budget year",1,["R:2015-07-08..2016-07-07"]),("Hamle 1",1,["D:2015-07-08"]),
 ("July 8",1,["D:2015-07-08"]),("July 7, 2016",1,["D:2016-07-07"]),
 ("the year to Sene 30",1,["R:2014-07-08..2015-07-07"]),
 ("the 12 months to July 7",1,["R:2014-07-08..2015-07-07"]),("this week",1,["W:2015-09-07"]),
 ("next week",1,["W:2015-09-14"])]
N['a25'] = [("the Ethiopian new year",1),("Sept. 11",1),("Sept. 12",1),("The holiday",1),("June to September",1),("Jan. 19",1),("the day",1),("dawn",1),("7 a.m.",1),("one o'clock",1)]
X['a25'] = [("30 days",1),("seven or eight years",1),("52",1)]
