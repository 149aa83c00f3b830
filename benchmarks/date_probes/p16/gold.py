# Hand annotation for probe p16 (invented news in beats, countries and forms p1-p15 used least: Vietnam's Tet break by
# lunar days ('the 28th day of the twelfth lunar month', 'the eve of Tet', Kitchen Gods' Day, 'The Year of the Goat');
# Taiwan's tax filing deadline moved off the Dragon Boat Festival (ROC 'year 113', '114/06/02', '2025/6/2', an 18-month
# fiscal year); Iceland's First Day of Summer ('the day before yesterday', 'the previous Thursday', 'the coming
# weekend', 'in three weeks' time', 'the frost winter of 1918'); Montevideo's grain ships over Tourism Week in a
# southern autumn (day-first '14/03'); the Kyushu sumo tournament counted in days ('the 14th day', 'the ninth', 'the
# second Sunday of January', 'the last year of Heisei'); Abu Dhabi's school year around Eid al-Fitr and the Hijri years
# 1447 and 1448; Poland's presidential run-off; a Utah retailer's year ending on the Saturday nearest the end of
# January; Haifa's Passover and the Israeli memorial days moved off a Friday and a Saturday; Senegal's Grand Magal on 18
# Safar by its own moon; Mauritius' holidays that fall on Saturdays; Mongolia's Naadam and Tsagaan Sar; Namibia's April-
# March budget and an Independence Day moved off a Sunday in a southern year; Katrina 'Twenty years ago on Friday'; a
# Havana obituary by decades; Prague's astronomical clock from 'the early 15th century'; a Belfast raid told in relative
# days ('Tuesday week', 'the week before last', the Twelfth on a Sunday); a Kampala Sunday paper before a July-June
# budget; a Kansas City Sunday paper's NFL schedule across the new year; Amritsar's Gurpurab and the Nanakshahi year; a
# Honolulu trial continued over Prince Kuhio Day; Greek ferries over Orthodox Easter and Clean Monday; Oxford's full
# term in numbered weeks ('noughth week', 'fifth week'); a Cape Town grocer's 52-week year ending on the Sunday nearest
# the end of February; a Tallinn switch-off in ISO dates ('2027-06-30') with version decoys), written before any run of
# the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the day 'around' names, the day a period is named 'ended' on); such a claim is not counted wrong for precision, but
#   does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, names with years such as 'the 1921 People's
#   Revolution', 'the 26th of July Movement', 'Windows Server 2016', 'the 2027/28 budget', a feast's name beside its
#   date ('the Lantern Festival', 'Kitchen Gods' Day', 'Tsagaan Sar', 'Maha Shivaratree', 'Holy Week', 'Clean Monday',
#   'Heritage Day', 'Victory Day'), rules ('the first Thursday after 18 April', 'the Saturday nearest the end of
#   January', 'the Sunday nearest the end of February', 'the second Sunday of odd months'), habitual or generic dates
#   ('July 1' of a former fiscal year, 'from October to April' of a usual rainy season, 'May' of a usual filing month),
#   vague spans ('the spring', 'the season', 'the holidays', 'the rainy season', 'the long vacation', 'a special
#   session').
# X: decoys, not dates (ages, durations 'fifteen minutes', 'thirteen days', 'a fortnight', '21 hours', '97 days',
#   '18-month', '53 weeks', 'six weeks', comparisons 'two days later than usual', 'a day earlier', 'a month after',
#   'five weeks after western Easter', 'a day after the Chinese new year', 'six months after the storm', sets 'every
#   Sunday', 'every year', 'Saturdays', 'the following Mondays', scores and records '13-2', '12-3', codes and numbers
#   'VN255', 'VN277', 'Taipei 101', 'Route 1', 'Route 5', 'Berth 4', 'Voyage 612N', 'Grade 12', 'Grade 4', 'Super Bowl
#   LXI', 'Week 10', 'No. 15', 'Case No. 26-cr-00412', 'Article 155', 'Government Gazette No. 8019', 'OM 307', 'Tram
#   17', 'Pier 7', 'Room 101', 'room 1957', 'Calle 23', 'I-10', 'N2', 'B1', 'M1', '17th Street Canal', 'Category 3',
#   '12013' (a train), 'version 7.6', '27.06' (a build), 'No. 2027-0419', phone lines '0800-000-321' and '101', people
#   named 'May', 'April' and 'June', and counts that look like years '1,986', '2,025', '1,918', '2,026', '1,990',
#   '1,948', '1,895', '1,921', '1,836', '1,410', '1,969'); the scorer ignores X, so a date claim on one counts as a
#   precision error.
# Conventions as p5-p15 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated, 'and', 'through' and 'from X to Y' ranges R:
#   with both ends as D:; holiday weekends R: (P: the holiday); a Sunday paper's 'next week' and 'the coming week' from
#   the next day and 'last week' both weeks before; 'the week of <date>' W: (P:D:); numeric dates in the newsroom's
#   order; 'N days before/after X' single days; school holidays and breaks R: with IN: a day wider; decades DEC: and
#   RY:, early and late ones IN: of that half; centuries both RY: conventions; 'the end of <month>' MIN: and D:; 'the
#   end of the year' D:, M:, Y:; 'early next year' YIN: and IN: of its first four months; 'mid-2019' YIN:). Added in
#   p16 (see README.txt): year-first numeric dates by the newsroom ('114/06/02' in the Republic of China's era,
#   '2025/6/2', ISO '2027-06-30'); days counted within a festival or tournament ('the 14th day', 'the ninth', 'the
#   second day'); lunar and Hijri days by the story's country ('the 28th day of the twelfth lunar month', 'the 18th day
#   of the month of Safar', 'the first day of Shawwal 1447'); Hebrew, Hijri, Nanakshahi and lunar years R: of their own
#   days; weeks of an Oxford term W: with R: of their Sunday-Saturday days; 'the week before last' W: two weeks back;
#   'in three weeks' time' D: and W:; 'the previous Thursday' the Thursday before the day in focus; a 52- or 53-week
#   retail year R: of its own days, with P:Y: of the year that names it (the year it begins for the Utah retailer,
#   the year it ends for the Cape Town grocer).
G = {}
N = {}
X = {}
G['a01'] = [("Jan 14",1,["D:2027-01-14"]),("the Lunar New Year",1,["D:2027-02-06"]),
 ("Saturday, February 6",1,["D:2027-02-06"]),("Wednesday",1,["D:2027-01-13"]),
 ("Thursday, February 4",1,["D:2027-02-04"]),
 ("the 28th day of the twelfth lunar month",1,["D:2027-02-04"]),
 ("Wednesday, February 10",1,["D:2027-02-10"]),
 ("the fifth day of the first month",1,["D:2027-02-10"]),("February 11",1,["D:2027-02-11"]),
 ("Last year's Tet break",1,["R:2026-02-14..2026-02-22"]),
 ("from Feb 14 to Feb 22",1,["R:2026-02-14..2026-02-22","D:2026-02-14","D:2026-02-22"]),
 ("January 30",1,["D:2027-01-30"]),("the 15th day of the first month",1,["D:2027-02-20"]),
 ("Feb 20",1,["D:2027-02-20"]),("January 30",2,["D:2027-01-30"]),
 ("the 23rd of the twelfth month",1,["D:2027-01-30"]),("That weekend",1,["R:2027-01-30..2027-01-31"]),
 ("Monday, January 25",1,["D:2027-01-25"]),("the end of February",1,["MIN:2027-02","D:2027-02-28"]),
 ("a fortnight ago",1,["D:2026-12-31","W:2026-12-28"]),("the eve of Tet",1,["D:2027-02-05"]),
 ("Tuesday",1,["D:2027-01-12"]),
 ("the last week of January",1,["W:2027-01-25","IN:2027-01-25..2027-01-31"]),
 ("the first week of February",1,["W:2027-02-01","IN:2027-02-01..2027-02-07"]),
 ("The Year of the Goat",1,["R:2027-02-06..2028-01-25"]),
 ("the Year of the Horse",1,["R:2026-02-17..2027-02-05"]),("17 February 2026",1,["D:2026-02-17"]),
 ("New Year's Eve",1,["D:2027-02-05"]),("Friday February 5",1,["D:2027-02-05"]),
 ("the 10th day of the third month",1,["D:2027-04-16"]),("Friday, April 16",1,["D:2027-04-16"]),
 ("the April 30-May 1 holidays",1,["R:2027-04-30..2027-05-01","D:2027-04-30","D:2027-05-01"]),
 ("next week",1,["W:2027-01-18"]),("a Saturday",1,["D:2027-05-01"]),("this year",1,["Y:2027"]),
 ("Monday May 3",1,["D:2027-05-03"]),("early September",1,["MIN:2027-09"]),
 ("the end of the month",1,["MIN:2027-01","D:2027-01-31"])]
N['a01'] = [("The break",1),("the Lantern Festival",1),("Kitchen Gods' Day",1),("midnight",1),("Tet",3),("Hung Kings' Commemoration Day",1),("Labour Day",1),("the National Day break",1)]
X['a01'] = [("47",1),("1,986",1),("VN255",1),("VN277",1),("fifteen minutes",1)]

G['a02'] = [("May 1",1,["D:2025-05-01"]),("today",1,["D:2025-05-01"]),("Monday, June 2",1,["D:2025-06-02"]),
 ("May 31",1,["D:2025-05-31"]),("the Dragon Boat Festival",1,["D:2025-05-31"]),
 ("calendar 2024",1,["Y:2024"]),("year 113 of the Republic of China calendar",1,["Y:2024"]),
 ("114/06/02",1,["D:2025-06-02"]),("2025/6/2",1,["D:2025-06-02"]),("The festival",1,["D:2025-05-31"]),
 ("the fifth day of the fifth lunar month",1,["D:2025-05-31"]),("a Saturday",1,["D:2025-05-31"]),
 ("this year",1,["Y:2025"]),("Friday, May 30",1,["D:2025-05-30"]),
 ("a three-day weekend",1,["R:2025-05-30..2025-06-01","P:D:2025-05-31"]),
 ("from May 30 to June 1",1,["R:2025-05-30..2025-06-01","D:2025-05-30","D:2025-06-01"]),
 ("Last year's festival",1,["D:2024-06-10"]),("June 10",1,["D:2024-06-10"]),
 ("a Monday",1,["D:2024-06-10"]),("last year",1,["Y:2024"]),
 ("Saturday and Sunday, May 24 and 25",1,["R:2025-05-24..2025-05-25","D:2025-05-24","D:2025-05-25"]),
 ("the weekend before the deadline",1,["R:2025-05-31..2025-06-01"]),
 ("the end of August",1,["MIN:2025-08","D:2025-08-31"]),("Friday, August 29",1,["D:2025-08-29"]),
 ("since the 1990s",1,["DEC:1990"]),("2001",1,["Y:2001"]),
 ("from July 1999 to December 2000",1,["R:1999-07-01..2000-12-31","M:1999-07","M:2000-12"]),
 ("a fortnight ago",1,["D:2025-04-15","W:2025-04-14"]),("Tuesday",1,["D:2025-04-29"]),
 ("the last week of May",1,["W:2025-05-26","IN:2025-05-25..2025-05-31"]),
 ("the first ten days of filing",1,["R:2025-05-01..2025-05-10"]),("May 12",1,["D:2025-05-12"]),
 ("a Monday",2,["D:2025-05-12"]),("mid-June",1,["MIN:2025-06"])]
N['a02'] = [("midnight",1),("May",7),("July 1",1)]
X['a02'] = [("two days later than usual",1),("May",3),("2,025",1),("0800-000-321",1),("Taipei 101",1),("18-month",1)]

G['a03'] = [("22 April",1,["D:2026-04-22"]),("tomorrow",1,["D:2026-04-23"]),("Wednesday",1,["D:2026-04-22"]),
 ("Saturday 25 October",1,["D:2025-10-25"]),("the day before yesterday",1,["D:2026-04-20"]),
 ("Monday",1,["D:2026-04-20"]),("Tuesday",1,["D:2026-04-21"]),
 ("Thursday 16 April",1,["D:2026-04-16"]),("the previous Thursday",1,["D:2026-04-09"]),
 ("9 April",1,["D:2026-04-09"]),("the coming weekend",1,["R:2026-04-25..2026-04-26"]),
 ("Sunday",1,["D:2026-04-26"]),("later this month",1,["IN:2026-04-22..2026-04-30","M:2026-04"]),
 ("the frost winter of 1918",1,["S:winter-1917","R:1917-12-01..1918-02-28"]),
 ("January",1,["M:1918-01"]),("the winter of 1979",1,["S:winter-1978","S:winter-1979"]),
 ("since the 1990s",1,["DEC:1990"]),("Yesterday",1,["D:2026-04-21"]),
 ("in three weeks' time",1,["D:2026-05-13","W:2026-05-11"]),("5 June",1,["D:2026-06-05"]),
 ("17 June",1,["D:2026-06-17"]),("a Wednesday",1,["D:2026-06-17"]),("this year",1,["Y:2026"]),
 ("21 June",1,["D:2026-06-21"]),("the first Monday of August",1,["D:2026-08-03"]),
 ("this summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),
 ("the Easter holidays",1,["R:2026-04-02..2026-04-06","IN:2026-04-01..2026-04-07"]),
 ("from Maundy Thursday to Easter Monday",1,["R:2026-04-02..2026-04-06","D:2026-04-02","D:2026-04-06"]),
 ("since 2019",1,["Y:2019"]),("Friday 23 January",1,["D:2026-01-23"]),("this year",2,["Y:2026"])]
N['a03'] = [("the First Day of Summer",1),("the first Thursday after 18 April",1),("the month of Harpa",1),("noon",1),("the spring",1),("an April",1),("the national day",1),("The summer solstice",1),("Commerce Day",1)]
X['a03'] = [("Route 1",1),("1,918",1),("9C",1),("52",1),("21 hours",1),("97 days",1)]

G['a04'] = [("12 March",1,["D:2026-03-12"]),("Tourism Week",1,["R:2026-03-30..2026-04-05"]),
 ("Thursday",1,["D:2026-03-12"]),("Tourism Week",2,["R:2026-03-30..2026-04-05"]),
 ("this year",1,["Y:2026"]),
 ("from Monday 30 March to Sunday 5 April",1,["R:2026-03-30..2026-04-05","D:2026-03-30","D:2026-04-05"]),
 ("Last year",1,["Y:2025"]),
 ("from 14 to 20 April",1,["R:2025-04-14..2025-04-20","D:2025-04-14","D:2025-04-20"]),
 ("This autumn's",1,["R:2026-03-01..2026-05-31","S:spring-2026"]),("14/03",1,["D:2026-03-14"]),
 ("16/03",1,["D:2026-03-16"]),("the week of 23 March",1,["W:2026-03-23","P:D:2026-03-23"]),
 ("19/03",1,["D:2026-03-19"]),("last month",1,["M:2026-02"]),
 ("16 and 17 February",1,["R:2026-02-16..2026-02-17","D:2026-02-16","D:2026-02-17"]),
 ("the previous Thursday",1,["D:2026-02-12"]),("12 February",1,["D:2026-02-12"]),
 ("the week after Easter",1,["W:2026-04-06"]),("Friday 27 March",1,["D:2026-03-27"]),
 ("the end of 2025",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("the second half of the year",1,["H:2026-H2"]),("mid-May",1,["MIN:2026-05"]),
 ("Monday",2,["D:2026-03-09"]),("June",1,["M:2026-06"]),
 ("The 2025/26 crop",1,["RY:2025..2026","P:Y:2025"]),
 ("last spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"]),
 ("Sunday 19 April",1,["D:2026-04-19"]),("Monday 18 May",1,["D:2026-05-18"])]
N['a04'] = [("the busiest fortnight of the year",1),("Holy Week",1),("March",4),("Carnival",1),("7am",1),("1pm",1),("the holiday week",1),("The Landing of the 33 Patriots",1),("the Battle of Las Piedras",1)]
X['a04'] = [("Berth 4",1),("Voyage 612N",1),("2,026",1),("Route 5",1)]

G['a05'] = [("Nov. 29",1,["D:2027-11-29"]),("yesterday",1,["D:2027-11-28"]),("the 14th day",1,["D:2027-11-27"]),
 ("Saturday",1,["D:2027-11-27"]),("Sunday, Nov. 14",1,["D:2027-11-14"]),
 ("the second day",1,["D:2027-11-15"]),("the ninth",1,["D:2027-11-22"]),
 ("Nov. 22",1,["D:2027-11-22"]),("Monday",1,["D:2027-11-29"]),("Wednesday",1,["D:2027-12-01"]),
 ("the spring of 2025",1,["S:spring-2025","R:2025-03-01..2025-05-31"]),
 ("Jan. 6, 2028",1,["D:2028-01-06"]),("the New Year tournament",1,["R:2028-01-09..2028-01-23"]),
 ("the second Sunday of January",1,["D:2028-01-09"]),("Jan. 9",1,["D:2028-01-09"]),
 ("Monday, Dec. 27",1,["D:2027-12-27"]),("March 2019",1,["M:2019-03"]),
 ("the last year of Heisei",1,["Y:2019","R:2019-01-01..2019-04-30"]),
 ("the autumn of 2022",1,["S:autumn-2022","R:2022-09-01..2022-11-30"]),("March",2,["M:2027-03"]),
 ("July",1,["M:2027-07"]),("since 1981",1,["Y:1981"]),("since 1957",1,["Y:1957"]),
 ("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("the first week of December",1,["W:2027-12-06","IN:2027-12-01..2027-12-07"]),
 ("Dec. 19",1,["D:2027-12-19"]),("Yesterday",1,["D:2027-11-28"]),("Today",1,["D:2027-11-29"]),
 ("tomorrow",1,["D:2027-11-30"]),("the ninth year of Reiwa",1,["Y:2027"]),
 ("the 11th month",1,["M:2027-11"])]
N['a05'] = [("the second Sunday of odd months",1),("a fortnight later",1)]
X['a05'] = [("13-2",1),("15-day",1),("27",1),("12-3",1),("1957",2)]

G['a06'] = [("August 19",1,["D:2025-08-19"]),("Monday, August 25",1,["D:2025-08-25"]),
 ("2025-26 academic year",1,["R:2025-08-25..2026-07-03","RY:2025..2026","P:Y:2025"]),
 ("a spring break",1,["R:2026-03-16..2026-03-29","IN:2026-03-15..2026-03-30"]),
 ("Eid al-Fitr",1,["D:2026-03-20"]),("Sunday",1,["D:2025-08-17"]),("yesterday",1,["D:2025-08-18"]),
 ("The first term",1,["R:2025-08-25..2025-12-05"]),("Friday, December 5",1,["D:2025-12-05"]),
 ("a winter break",1,["R:2025-12-08..2026-01-04","IN:2025-12-07..2026-01-05"]),
 ("from December 8 to January 4",1,["R:2025-12-08..2026-01-04","D:2025-12-08","D:2026-01-04"]),
 ("The second term",1,["R:2026-01-05..2026-03-13"]),("March 13",1,["D:2026-03-13"]),
 ("the spring break",1,["R:2026-03-16..2026-03-29","IN:2026-03-15..2026-03-30"]),
 ("from March 16 to March 29",1,["R:2026-03-16..2026-03-29","D:2026-03-16","D:2026-03-29"]),
 ("Eid al-Fitr",2,["D:2026-03-20"]),("Friday, March 20",1,["D:2026-03-20"]),
 ("the first day of Shawwal 1447",1,["D:2026-03-20"]),
 ("The third term",1,["R:2026-03-30..2026-07-03"]),("July 3",1,["D:2026-07-03"]),
 ("the week of October 13",1,["W:2025-10-13","P:D:2025-10-13"]),
 ("Friday, September 5",1,["D:2025-09-05"]),("the day before",1,["D:2025-09-04"]),
 ("Ramadan",1,["R:2026-02-18..2026-03-19"]),
 ("around February 18",1,["IN:2026-02-11..2026-02-25","P:D:2026-02-18"]),
 ("their 2025-26 year",1,["R:2025-04-01..2026-03-31","RY:2025..2026","P:Y:2025"]),
 ("April",1,["M:2025-04"]),("October 20",1,["D:2025-10-20"]),("January 5",1,["D:2026-01-05"]),
 ("the first fortnight of April",1,["R:2026-04-01..2026-04-14","IN:2026-04-01..2026-04-15"]),
 ("the second half of May",1,["R:2026-05-16..2026-05-31","MIN:2026-05"]),
 ("the end of September",1,["MIN:2025-09","D:2025-09-30"]),("2026-27",1,["RY:2026..2027","P:Y:2026"]),
 ("the Hijri year 1448",1,["R:2026-06-16..2027-06-05"]),
 ("early next year",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),
 ("The Hijri year 1447",1,["R:2025-06-26..2026-06-15"]),("June 26",1,["D:2025-06-26"]),
 ("a Thursday",1,["D:2025-06-26"]),("Last year",1,["Y:2024"])]
N['a06'] = [("a mid-term break",1),("the Prophet's Birthday",1),("1.30pm",1),("Diwali",1),("the spring term",1),("Easter holidays",1)]
X['a06'] = [("Grade 12",1),("2,025",1),("up to five days",1),("a week",1),("ten days' notice",1)]

G['a07'] = [("19 May",1,["D:2025-05-19"]),("1 June",1,["D:2025-06-01"]),("yesterday's",1,["D:2025-05-18"]),
 ("Monday",1,["D:2025-05-19"]),("since 1995",1,["Y:1995"]),("Friday, 30 May",1,["D:2025-05-30"]),
 ("Children's Day",1,["D:2025-06-01"]),("a Sunday",1,["D:2025-06-01"]),
 ("Monday, 2 June",1,["D:2025-06-02"]),("polling day",1,["D:2025-06-01"]),
 ("29 May",1,["D:2025-05-29"]),("Tuesday 27 May",1,["D:2025-05-27"]),("tomorrow",1,["D:2025-05-19"]),
 ("Sunday",2,["D:2025-05-18"]),("a fortnight ago",1,["D:2025-05-05","W:2025-05-05"]),
 ("Monday",3,["D:2025-05-19"]),("this week",1,["W:2025-05-19"]),("Thursday",1,["D:2025-05-22"]),
 ("6 August",1,["D:2025-08-06"]),("1990",1,["Y:1990"]),("9 December",1,["D:1990-12-09"]),
 ("25 November",1,["D:1990-11-25"]),("October 2023",1,["M:2023-10"]),
 ("the autumn of 2027",1,["S:autumn-2027","R:2027-09-01..2027-11-30"]),("last year",1,["Y:2024"]),
 ("the spring of 2029",1,["S:spring-2029","R:2029-03-01..2029-05-31"]),
 ("the end of the week",1,["D:2025-05-23","IN:2025-05-19..2025-05-25"]),
 ("Wednesday",1,["D:2025-05-21"])]
N['a07'] = [("dawn",1),("the election silence",1),("midnight",1)]
X['a07'] = [("1,990",1),("thirteen days",1),("two weeks",1),("41",1)]

G['a08'] = [("March 3",1,["D:2026-03-03"]),("today",1,["D:2026-03-03"]),
 ("its fourth quarter",1,["R:2025-11-02..2026-01-31"]),
 ("the 13 weeks ended Jan. 31",1,["R:2025-11-02..2026-01-31","P:D:2026-01-31"]),
 ("December",1,["M:2025-12"]),("fiscal 2026",1,["R:2026-02-01..2027-01-30","P:Y:2026"]),
 ("fiscal 2025",1,["R:2025-02-02..2026-01-31","P:Y:2025"]),
 ("the 52 weeks ended Jan. 31, 2026",1,["R:2025-02-02..2026-01-31","P:D:2026-01-31"]),
 ("fiscal 2026",2,["R:2026-02-01..2027-01-30","P:Y:2026"]),("Feb. 1",1,["D:2026-02-01"]),
 ("Jan. 30, 2027",1,["D:2027-01-30"]),("Fiscal 2023",1,["R:2023-01-29..2024-02-03","P:Y:2023"]),
 ("Feb. 3, 2024",1,["D:2024-02-03"]),("the holiday quarter",1,["R:2025-11-02..2026-01-31"]),
 ("the year-earlier period",1,["R:2024-11-03..2025-02-01"]),
 ("the five days from Thanksgiving to Cyber Monday",1,["R:2025-11-27..2025-12-01"]),
 ("Nov. 27 through Dec. 1",1,["R:2025-11-27..2025-12-01","D:2025-11-27","D:2025-12-01"]),
 ("the Saturday before Christmas",1,["D:2025-12-20"]),("January",2,["M:2026-01"]),
 ("Jan. 24 and 25",1,["R:2026-01-24..2026-01-25","D:2026-01-24","D:2026-01-25"]),
 ("since Christmas",1,["D:2025-12-25","R:2025-12-25..2026-03-03"]),
 ("the fall",1,["S:autumn-2026","R:2026-09-01..2026-11-30"]),
 ("the first quarter",1,["R:2026-02-01..2026-05-02"]),("May 2",1,["D:2026-05-02"]),
 ("April 5",1,["D:2026-04-05"]),("March",2,["M:2026-03"]),("April 15",1,["D:2026-04-15"]),
 ("3/31/2026",1,["D:2026-03-31"]),("Thursday, June 11",1,["D:2026-06-11"]),
 ("mid-July",1,["MIN:2026-07"]),("Labor Day",1,["D:2026-09-07"]),
 ("the first half",1,["R:2026-02-01..2026-08-01"]),("Last year",1,["Y:2025"]),
 ("the year ended 1/31/2026",1,["R:2025-02-02..2026-01-31","P:D:2026-01-31"]),
 ("the week of March 23",1,["W:2026-03-23","P:D:2026-03-23"])]
N['a08'] = [("the Saturday nearest the end of January",1),("Easter",1),("8:30 a.m.",1)]
X['a08'] = [("53 weeks",1),("April",2),("a week late",1),("10-K",1)]

G['a09'] = [("April 11",1,["D:2025-04-11"]),("Saturday",1,["D:2025-04-12"]),("Monday",1,["D:2025-04-14"]),
 ("the first day of Passover",1,["D:2025-04-13"]),("tomorrow",1,["D:2025-04-12"]),
 ("the seventh day of the festival",1,["D:2025-04-19"]),("a week tomorrow",1,["D:2025-04-19"]),
 ("Thursday",1,["D:2025-04-10"]),("chol hamoed",1,["R:2025-04-14..2025-04-18"]),
 ("from Monday to Friday",1,["R:2025-04-14..2025-04-18","D:2025-04-14","D:2025-04-18"]),
 ("a week from Sunday",1,["D:2025-04-20"]),("Last year",1,["Y:2024"]),("a Monday",1,["D:2024-04-22"]),
 ("this year",1,["Y:2025"]),("Thursday, April 24",1,["D:2025-04-24"]),("27 Nisan",1,["D:2025-04-25"]),
 ("a Friday",1,["D:2025-04-25"]),
 ("4 and 5 Iyar",1,["R:2025-05-02..2025-05-03","D:2025-05-02","D:2025-05-03"]),
 ("a Friday and a Saturday",1,["R:2025-05-02..2025-05-03","D:2025-05-02","D:2025-05-03"]),
 ("Wednesday, April 30",1,["D:2025-04-30"]),("Thursday, May 1",1,["D:2025-05-01"]),
 ("The 77th Independence Day",1,["D:2025-05-01"]),("the Thursday",1,["D:2025-05-01"]),
 ("Thursday, May 15",1,["D:2025-05-15"]),("Monday, June 2",1,["D:2025-06-02"]),
 ("23 September",1,["D:2025-09-23"]),
 ("the year 5786",1,["R:2025-09-23..2026-09-11","R:2025-09-22..2026-09-11"]),
 ("The year 5785",1,["R:2024-10-03..2025-09-22","R:2024-10-02..2025-09-22"]),
 ("October 3",1,["D:2024-10-03"]),("last year",1,["Y:2024"]),("14 May 1948",1,["D:1948-05-14"]),
 ("the second half of May",1,["R:2025-05-16..2025-05-31","MIN:2025-05"]),
 ("the end of the month",1,["MIN:2025-04","D:2025-04-30"])]
N['a09'] = [("the Seder",1),("Holocaust Remembrance Day",1),("Memorial Day",1),("Independence Day",1),("Lag BaOmer",1),("Shavuot",1),("Rosh Hashanah",1),("the spring",1)]
X['a09'] = [("a day",1),("1,948",1),("Pier 7",1)]

G['a10'] = [("July 25",1,["D:2026-07-25"]),("Thursday",1,["D:2026-07-30"]),
 ("the Grand Magal",1,["D:2026-08-02"]),("Sunday, August 2",1,["D:2026-08-02"]),
 ("the 18th day of the month of Safar",1,["D:2026-08-02"]),("Wednesday, July 15",1,["D:2026-07-15"]),
 ("the next day",1,["D:2026-07-16"]),("the first of the month",1,["D:2026-07-16"]),
 ("18 Safar",1,["D:2026-08-01"]),("August 1",1,["D:2026-08-01"]),("1895",1,["Y:1895"]),
 ("Last year's Magal",1,["D:2025-08-13"]),("Wednesday, August 13",1,["D:2025-08-13"]),
 ("Friday",1,["D:2026-07-24"]),("Monday, August 3",1,["D:2026-08-03"]),
 ("the day after the pilgrimage",1,["D:2026-08-03"]),("last year",1,["Y:2025"]),
 ("Friday, July 31",1,["D:2026-07-31"]),("the Tuesday",1,["D:2026-08-04"]),
 ("Friday, June 26",1,["D:2026-06-26"]),("May 27",1,["D:2026-05-27"]),("July 10",1,["D:2026-07-10"]),
 ("early October",1,["MIN:2026-10"]),("this week",1,["W:2026-07-20"]),
 ("the weekend",1,["R:2026-07-25..2026-07-26"]),("next week",1,["W:2026-07-27"]),
 ("Friday",4,["D:2026-07-31"]),("2030",1,["Y:2030"]),("June",2,["M:2030-06"]),
 ("since 1979",1,["Y:1979"])]
N['a10'] = [("The Magal",1),("Tamkharit",1),("Tabaski",1),("the long vacation",1),("The rainy season",1)]
X['a10'] = [("a day earlier",1),("1,895",1),("a month after",1),("two months after",1),("N2",1),("about 11 days",1),("63",1),("every year",1)]

G['a11'] = [("3 February",1,["D:2027-02-03"]),("this year",1,["Y:2027"]),
 ("the day after New Year's Day",1,["D:2027-01-02"]),("this weekend",1,["R:2027-02-06..2027-02-07"]),
 ("Tuesday",1,["D:2027-02-02"]),("the Year of the Goat",1,["R:2027-02-06..2028-01-25"]),
 ("6 February",1,["D:2027-02-06"]),("Saturday 6 March",1,["D:2027-03-06"]),
 ("1 May",1,["D:2027-05-01"]),("4 September",1,["D:2027-09-04"]),("25 December",1,["D:2027-12-25"]),
 ("since 2021",1,["Y:2021"]),("Last year",1,["Y:2026"]),
 ("the week before Maha Shivaratree",1,["R:2027-02-27..2027-03-05"]),
 ("the Thursday and Friday",1,["R:2027-03-04..2027-03-05","D:2027-03-04","D:2027-03-05"]),
 ("from 4 March to 7 March",1,["R:2027-03-04..2027-03-07","D:2027-03-04","D:2027-03-07"]),
 ("22 January",1,["D:2027-01-22"]),("a Friday",1,["D:2027-01-22"]),("Monday",1,["D:2027-02-01"]),
 ("around 10 March",1,["IN:2027-03-03..2027-03-17","P:D:2027-03-10"]),("12 March",1,["D:2027-03-12"]),
 ("a Friday",2,["D:2027-03-12"]),("7 April",1,["D:2027-04-07"]),("29 October",1,["D:2027-10-29"]),
 ("the cyclone season",1,["R:2026-11-01..2027-04-30","RY:2026..2027","P:Y:2026"]),
 ("the end of April",1,["MIN:2027-04","D:2027-04-30"]),
 ("this summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),("30 March 2013",1,["D:2013-03-30"]),
 ("next week",1,["W:2027-02-08"]),("the end of the month",1,["MIN:2027-02","D:2027-02-28"])]
N['a11'] = [("the Chinese Spring Festival",1),("The Spring Festival",1),("Maha Shivaratree",1),("Labour Day",1),("Ganesh Chaturthi",1),("Christmas Day",1),("Thaipoosam Cavadee",1),("Abolition of Slavery Day",1),("Eid-ul-Fitr",1),("Independence Day",1),("Ugadi",1),("Divali",1)]
X['a11'] = [("a Saturday",1),("the following Mondays",1),("at the weekend",1),("58",1),("M1",1)]

G['a12'] = [("July 9",1,["D:2025-07-09"]),("Friday",1,["D:2025-07-11"]),("tomorrow",1,["D:2025-07-10"]),
 ("from Thursday to Tuesday, July 15",1,["R:2025-07-10..2025-07-15","D:2025-07-10","D:2025-07-15"]),
 ("from July 11 to July 13",1,["R:2025-07-11..2025-07-13","D:2025-07-11","D:2025-07-13"]),
 ("Saturday",1,["D:2025-07-12"]),("later this month",1,["IN:2025-07-09..2025-07-31","M:2025-07"]),
 ("early August",1,["MIN:2025-08"]),("This year's Naadam",1,["R:2025-07-11..2025-07-15"]),
 ("1 March",1,["D:2025-03-01"]),("29 January",1,["D:2025-01-29"]),("Next year",1,["Y:2026"]),
 ("18 February",1,["D:2026-02-18"]),("Monday",1,["D:2025-07-07"]),
 ("the week of July 7",1,["W:2025-07-07","P:D:2025-07-07"]),("the first half",1,["H:2025-H1"]),
 ("the same period of 2024",1,["H:2024-H1"]),("the end of August",1,["MIN:2025-08","D:2025-08-31"]),
 ("the winter of 2023-24",1,["S:winter-2023","R:2023-12-01..2024-02-29"]),
 ("the middle of October",1,["MIN:2025-10"]),("December 15",1,["D:2025-12-15"]),("2012",1,["Y:2012"]),
 ("the first day of the first winter month",1,["D:2025-11-21"]),("21 November",1,["D:2025-11-21"]),
 ("this year",1,["Y:2025"]),("26 November",1,["D:2025-11-26"]),("29 December",1,["D:2025-12-29"])]
N['a12'] = [("the 1921 People's Revolution",1),("Tsagaan Sar",1),("the Chinese Spring Festival",1),("Tsagaan Sar",2),("Genghis Khan's Birthday",1),("Republic Day",1),("Independence Day",1)]
X['a12'] = [("1,921",1),("four months",1),("a month after",1),("a day after the Chinese new year",1),("OM 307",1)]

G['a13'] = [("26 February",1,["D:2027-02-26"]),("Wednesday",1,["D:2027-02-24"]),
 ("the rainy season's first four months",1,["R:2026-10-01..2027-01-31"]),
 ("The 2027/28 financial year",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("1 April",1,["D:2027-04-01"]),("the current year",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("31 March",1,["D:2027-03-31"]),("October",1,["M:2027-10"]),("Thursday",1,["D:2027-02-25"]),
 ("since 1 October",1,["D:2026-10-01","R:2026-10-01..2027-02-26"]),
 ("this time last year",1,["D:2026-02-26"]),("2018/19",1,["RY:2018..2019","P:Y:2018"]),
 ("May 2019",1,["M:2019-05"]),("March",2,["M:2027-03"]),
 ("the week of 8 March",1,["W:2027-03-08","P:D:2027-03-08"]),
 ("the middle of the month",1,["MIN:2027-03"]),("last week",1,["W:2027-02-15"]),
 ("14 April",1,["D:2027-04-14"]),("Independence Day",1,["D:2027-03-21"]),
 ("a Sunday",1,["D:2027-03-21"]),("this year",1,["Y:2027"]),("the public holiday",1,["D:2027-03-22"]),
 ("Monday 22 March",1,["D:2027-03-22"]),("four days later",1,["D:2027-03-26"]),
 ("26 March",1,["D:2027-03-26"]),("18 March",1,["D:2027-03-18"]),
 ("Thursday 25 March",1,["D:2027-03-25"]),
 ("the first quarter of the new financial year",1,["R:2027-04-01..2027-06-30","Q:2027-Q2"]),
 ("from April to June",1,["R:2027-04-01..2027-06-30","M:2027-04","M:2027-06"]),
 ("the end of September",1,["MIN:2027-09","D:2027-09-30"]),
 ("spring",1,["R:2027-09-01..2027-11-30","S:autumn-2027"]),
 ("the 2028/29 year",1,["R:2028-04-01..2029-03-31","P:Y:2029"])]
N['a13'] = [("the 2027/28 budget",1),("The rainy season",1),("from October to April",1),("Good Friday",1),("two long weekends in a row",1),("the Easter recess",1)]
X['a13'] = [("55",1),("Government Gazette No. 8019",1),("B1",1)]

G['a14'] = [("Aug. 27",1,["D:2025-08-27"]),("Twenty years ago on Friday",1,["D:2005-08-29","Y:2005"]),
 ("that afternoon",1,["D:2005-08-29"]),("Aug. 31, 2005",1,["D:2005-08-31"]),
 ("Friday",2,["D:2025-08-29"]),("Saturday",1,["D:2025-08-30"]),
 ("Sunday, Aug. 28, 2005",1,["D:2005-08-28"]),("the day before landfall",1,["D:2005-08-28"]),
 ("four days earlier",1,["D:2005-08-25"]),("Aug. 25",1,["D:2005-08-25"]),
 ("Sept. 24",1,["D:2005-09-24"]),("the 2005 season",1,["R:2005-06-01..2005-11-30","Y:2005"]),
 ("2020",1,["Y:2020"]),("Aug. 29, 2021",1,["D:2021-08-29"]),("1965",1,["Y:1965"]),
 ("the early 2010s",1,["DEC:2010","IN:2010-01-01..2014-12-31"]),("8/28/05",1,["D:2005-08-28"]),
 ("the day before Thanksgiving",1,["D:2005-11-23"]),("that October",1,["M:2005-10"]),
 ("Feb. 28, 2006",1,["D:2006-02-28"]),("that September",1,["M:2006-09"]),
 ("This year's hurricane season",1,["R:2025-06-01..2025-11-30"]),
 ("from June 1 to Nov. 30",1,["R:2025-06-01..2025-11-30","D:2025-06-01","D:2025-11-30"]),
 ("around Sept. 10",1,["IN:2025-09-03..2025-09-17","P:D:2025-09-10"]),("November",1,["M:2025-11"]),
 ("a decade ago",1,["Y:2015"]),("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"])]
N['a14'] = [("6:10 a.m.",1),("the anniversary",1),("9:38 a.m.",1),("the 16th anniversary",1),("Mardi Gras",1),("so far",1)]
X['a14'] = [("Category 3",1),("17th Street Canal",1),("1,836",1),("less than a month later",1),("78",1),("April",1),("six months after the storm",1),("I-10",1)]

G['a15'] = [("Jan. 17",1,["D:2026-01-17"]),("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("the day before yesterday",1,["D:2026-01-15"]),
 ("(1931-2026)",1,["RY:1931..2026","Y:1931","Y:2026"]),("Christmas Eve 1931",1,["D:1931-12-24"]),
 ("the late 1940s",1,["IN:1945-01-01..1949-12-31","DEC:1940"]),("1952",1,["Y:1952"]),
 ("New Year's Day 1959",1,["D:1959-01-01"]),("1956",1,["Y:1956"]),("2019",1,["Y:2019"]),
 ("the 1960s and 1970s",1,["RY:1960..1979","DEC:1960","DEC:1970"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),
 ("the spring of 1997",1,["S:spring-1997","R:1997-03-01..1997-05-31"]),
 ("that summer",1,["S:summer-1997","R:1997-06-01..1997-08-31"]),
 ("the end of the decade",1,["Y:1999","IN:1997-01-01..1999-12-31","P:DEC:1990"]),
 ("October",1,["M:2025-10"]),("December 24",1,["D:2025-12-24"]),("Thursday",1,["D:2026-01-15"]),
 ("yesterday",2,["D:2026-01-16"]),("Jan. 28",1,["D:2026-01-28"]),
 ("later this month",1,["IN:2026-01-17..2026-01-31","M:2026-01"]),("December 2003",1,["M:2003-12"]),
 ("this morning",1,["D:2026-01-17"]),("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("the spring",2,["S:spring-2026","R:2026-03-01..2026-05-31"]),
 ("2030s",1,["DEC:2030","RY:2030..2039"])]
N['a15'] = [("the revolution",1),("the 26th of July Movement",1),("the Special Period",1),("the anniversary of Jose Marti's birth",1),("the Jazz Plaza festival",1)]
X['a15'] = [("four decades later",1),("94",1),("every Sunday",1),("Calle 23",1),("June",1),("two centuries",1)]

G['a16'] = [("9 October",1,["D:2025-10-09"]),("9 October 1410",1,["D:1410-10-09"]),("today",1,["D:2025-10-09"]),
 ("Monday 3 November",1,["D:2025-11-03"]),("the 28 October holiday",1,["D:2025-10-28"]),
 ("the early 15th century",1,["IN:1400-01-01..1450-12-31","RY:1401..1500","RY:1400..1499"]),
 ("17 November",1,["D:2025-11-17"]),("1989",1,["Y:1989"]),("29 November",1,["D:2025-11-29"]),
 ("the 17th century",1,["RY:1601..1700","RY:1600..1699"]),("last year",1,["Y:2024"]),
 ("Saturday",1,["D:2025-10-11"]),("Friday 13 June",1,["D:2025-06-13"]),
 ("the 1860s",1,["DEC:1860","RY:1860..1869"]),("1880",1,["Y:1880"]),("8 May 1945",1,["D:1945-05-08"]),
 ("1948",1,["Y:1948"]),
 ("from January to September 2018",1,["R:2018-01-01..2018-09-30","M:2018-01","M:2018-09"]),
 ("28 September",1,["D:2018-09-28"]),("the turn of the millennium",1,["IN:1995-01-01..2005-12-31"]),
 ("June",2,["M:2025-06"]),("next week",1,["W:2025-10-13"]),("since 1998",1,["Y:1998"]),
 ("2018",2,["Y:2018"]),("This autumn",1,["S:autumn-2025","R:2025-09-01..2025-11-30"])]
N['a16'] = [("the anniversary",1),("the anniversary of the student protest",1),("the Velvet Revolution",1),("the war",1),("9am",1),("11pm",1),("summer",1),("the Prague uprising",1),("St Wenceslas Day",1)]
X['a16'] = [("a fortnight",1),("1,410",1),("Tram 17",1),("every few decades",1),("64",1),("nine months",1),("two weeks",1)]

G['a17'] = [("2 July",1,["D:2026-07-02"]),("this morning",1,["D:2026-07-02"]),
 ("the day before yesterday",1,["D:2026-06-30"]),("Tuesday",1,["D:2026-06-30"]),
 ("a fortnight ago",1,["D:2026-06-18","W:2026-06-15"]),("the previous Thursday",1,["D:2026-06-11"]),
 ("last night",1,["D:2026-07-01"]),("Tuesday week",1,["D:2026-07-14"]),("14 July",1,["D:2026-07-14"]),
 ("the day after the Twelfth bank holiday",1,["D:2026-07-14"]),
 ("later this month",1,["IN:2026-07-02..2026-07-31","M:2026-07"]),("early August",1,["MIN:2026-08"]),
 ("early next year",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),
 ("the coming weekend",1,["R:2026-07-04..2026-07-05"]),("The Twelfth",1,["D:2026-07-12"]),
 ("a Sunday",1,["D:2026-07-12"]),("this year",1,["Y:2026"]),("Monday 13 July",1,["D:2026-07-13"]),
 ("yesterday",2,["D:2026-07-01"]),("the week before last",1,["W:2026-06-15"]),
 ("Saturday 27 June",1,["D:2026-06-27"]),("1998",1,["Y:1998"]),
 ("the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),
 ("the 1920s",1,["DEC:1920","RY:1920..1929"]),
 ("in three weeks' time",1,["D:2026-07-23","W:2026-07-20"]),
 ("the last weekend of July",1,["R:2026-07-25..2026-07-26"]),
 ("the first two weeks of July",1,["R:2026-07-01..2026-07-14"]),("Friday 10 July",1,["D:2026-07-10"])]
N['a17'] = [("5.40pm",1),("the mini-Twelfth",1),("the Good Friday Agreement",1)]
X['a17'] = [("34",1),("101",1)]

G['a18'] = [("June 7",1,["D:2026-06-07"]),
 ("the year that starts on July 1",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("Thursday",1,["D:2026-06-11"]),("January's",1,["M:2026-01"]),("Heroes' Day",1,["D:2026-06-09"]),
 ("Tuesday",1,["D:2026-06-09"]),("Wednesday",1,["D:2026-06-10"]),
 ("the current financial year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("June 30",1,["D:2026-06-30"]),("Last week",1,["W:2026-06-01","W:2026-05-25"]),
 ("Wednesday",2,["D:2026-06-03"]),("May 27",1,["D:2026-05-27"]),("since 2019",1,["Y:2019"]),
 ("the end of March",1,["MIN:2026-03","D:2026-03-31"]),
 ("2026/27",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("the second half of the financial year",1,["R:2027-01-01..2027-06-30","H:2027-H1"]),
 ("2009",1,["Y:2009"]),("the early 2020s",1,["DEC:2020","IN:2020-01-01..2024-12-31"]),
 ("the middle of 2027",1,["YIN:2027"]),("the 11 months to May",1,["R:2025-07-01..2026-05-31"]),
 ("Friday",1,["D:2026-06-05"]),("the end of the month",1,["MIN:2026-06","D:2026-06-30"]),
 ("July 1",2,["D:2026-07-01"]),("Tuesday",2,["D:2026-06-09"]),
 ("Saturday, June 13",1,["D:2026-06-13"]),("a week on Friday",1,["D:2026-06-19"]),
 ("the second week of July",1,["W:2026-07-13","IN:2026-07-08..2026-07-14"]),
 ("next week",1,["W:2026-06-08"]),
 ("the year ended June 30, 2025",1,["R:2024-07-01..2025-06-30","P:Y:2025","P:D:2025-06-30"]),
 ("later this month",1,["IN:2026-06-07..2026-06-30","M:2026-06"])]
N['a18'] = [("Martyrs' Day",1)]
X['a18'] = [("Article 155",1),("the 146",1)]

G['a19'] = [("May 17",1,["D:2026-05-17"]),
 ("the 2026 season",1,["R:2026-09-10..2027-02-14","RY:2026..2027","P:Y:2026"]),
 ("since 2018",1,["Y:2018"]),("Sunday, Sept. 13",1,["D:2026-09-13"]),("Thursday",1,["D:2026-05-14"]),
 ("a week later",1,["D:2026-09-20"]),("9/20",1,["D:2026-09-20"]),("Nov. 26",1,["D:2026-11-26"]),
 ("Christmas",1,["D:2026-12-25"]),("a Friday",1,["D:2026-12-25"]),("this year",1,["Y:2026"]),
 ("that day",1,["D:2026-12-25"]),
 ("the weekend of Jan. 9-10, 2027",1,["R:2027-01-09..2027-01-10","D:2027-01-09","D:2027-01-10"]),
 ("the following weekend",1,["R:2027-01-16..2027-01-17"]),("Feb. 14",1,["D:2027-02-14"]),
 ("the weekend of Nov. 14-15",1,["R:2026-11-14..2026-11-15","D:2026-11-14","D:2026-11-15"]),
 ("from Oct. 18 to Nov. 8",1,["R:2026-10-18..2026-11-08","D:2026-10-18","D:2026-11-08"]),
 ("last week",1,["W:2026-05-11","W:2026-05-04"]),("October",1,["M:2026-10"]),
 ("next week",1,["W:2026-05-18"]),("June 9",1,["D:2026-06-09"]),("July 22",1,["D:2026-07-22"]),
 ("August",1,["M:2026-08"]),("Thursday, Aug. 27",1,["D:2026-08-27"]),
 ("the 1969 season",1,["RY:1969..1970","P:Y:1969"]),("January 1970",1,["M:1970-01"]),
 ("Wednesday",1,["D:2026-05-20"]),("Last season",1,["RY:2025..2026","P:Y:2025"]),
 ("January",2,["M:2026-01"]),("the coming week",1,["W:2026-05-18"]),
 ("the end of the month",1,["MIN:2026-05","D:2026-05-31"])]
N['a19'] = [("Thanksgiving",1),("Valentine's Day",1),("10 a.m.",1)]
X['a19'] = [("the fourth year in a row",1),("18-week",1),("Super Bowl LXI",1),("Week 10",1),("four weeks",1),("No. 15",1),("1,969",1)]

G['a20'] = [("Oct 31",1,["D:2025-10-31"]),("Tuesday",1,["D:2025-11-04"]),("May",1,["M:2025-05"]),
 ("November 4",1,["D:2025-11-04"]),("November 13",1,["D:2025-11-13"]),
 ("Wednesday, November 5",1,["D:2025-11-05"]),
 ("the full moon of the month of Kartik",1,["D:2025-11-05"]),("yesterday",1,["D:2025-10-29"]),
 ("since mid-September",1,["MIN:2025-09"]),("Thursday",1,["D:2025-10-30"]),
 ("Monday",1,["D:2025-11-03"]),("the Gurpurab",1,["D:2025-11-05"]),
 ("the eve of the festival",1,["D:2025-11-04"]),("eleven days ago",1,["D:2025-10-20"]),
 ("October 20",1,["D:2025-10-20"]),("Next month",1,["M:2025-11"]),("1675",1,["Y:1675"]),
 ("from November 23 to 25",1,["R:2025-11-23..2025-11-25","D:2025-11-23","D:2025-11-25"]),
 ("Monday, November 24",1,["D:2025-11-24"]),("the same week",1,["W:2025-11-24"]),
 ("since May 7",1,["D:2025-05-07","R:2025-05-07..2025-10-31"]),("Last year's",1,["Y:2024"]),
 ("November 14, 2024",1,["D:2024-11-14"]),
 ("The Nanakshahi calendar's year 557",1,["R:2025-03-14..2026-03-13"]),
 ("March 14",1,["D:2025-03-14"]),("April 14, 2026",1,["D:2026-04-14"]),
 ("early next year",1,["YIN:2026","IN:2026-01-01..2026-04-30"])]
N['a20'] = [("the Prakash Purab",1),("Bandi Chhor Divas",1),("Diwali",1),("A special session",1),("this season",1),("Vaisakhi",1)]
X['a20'] = [("48-hour",1),("12013",1)]

G['a21'] = [("Dec. 7",1,["D:2027-12-07"]),("Monday",1,["D:2027-12-06"]),("Jan. 10",1,["D:2028-01-10"]),
 ("March 6",1,["D:2028-03-06"]),
 ("from Dec. 6 through March 6",1,["R:2027-12-06..2028-03-06","D:2027-12-06","D:2028-03-06"]),
 ("1/14/2028",1,["D:2028-01-14"]),("Jan. 21",1,["D:2028-01-21"]),
 ("two weeks later",1,["D:2028-02-04"]),("Monday, March 6",1,["D:2028-03-06"]),
 ("Monday, March 27",1,["D:2028-03-27"]),("Prince Kuhio Day",1,["D:2028-03-26"]),
 ("a Sunday",1,["D:2028-03-26"]),("next year",1,["Y:2028"]),("that day",1,["D:2028-03-27"]),
 ("late April",1,["MIN:2028-04"]),("mid-2019",1,["YIN:2019"]),("October 2024",1,["M:2024-10"]),
 ("the spring of 2026",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),
 ("last week",1,["W:2027-11-29"]),("Friday, Dec. 24",1,["D:2027-12-24"]),
 ("Friday, Dec. 31",1,["D:2027-12-31"]),("this year",1,["Y:2027"]),
 ("this morning",1,["D:2027-12-07"]),("Dec. 7, 1941",1,["D:1941-12-07"]),("January",1,["M:2028-01"]),
 ("the day before Thanksgiving",1,["D:2027-11-24"]),
 ("Two weeks ago",1,["D:2027-11-23","W:2027-11-22"]),("Thursday",1,["D:2027-12-09"])]
N['a21'] = [("Christmas",1),("New Year's Day",1),("7:55 a.m.",1),("the holidays",1)]
X['a21'] = [("Case No. 26-cr-00412",1),("six weeks",1),("Saturdays",1),("a third",1)]

G['a22'] = [("16 March",1,["D:2027-03-16"]),("2 May",1,["D:2027-05-02"]),("this year",1,["Y:2027"]),
 ("today",1,["D:2027-03-16"]),
 ("from 26 April to 1 May",1,["R:2027-04-26..2027-05-01","D:2027-04-26","D:2027-05-01"]),
 ("Thursday",1,["D:2027-03-18"]),
 ("28 and 29 April",1,["R:2027-04-28..2027-04-29","D:2027-04-28","D:2027-04-29"]),
 ("03/05",1,["D:2027-05-03"]),("Tuesday 4 May",1,["D:2027-05-04"]),
 ("this year's Labour Day holiday",1,["D:2027-05-04"]),("1 May",2,["D:2027-05-01"]),
 ("yesterday",1,["D:2027-03-15"]),("a long weekend",1,["R:2027-03-13..2027-03-15","P:D:2027-03-15"]),
 ("Clean Monday last year",1,["D:2026-02-23"]),("23 February",1,["D:2026-02-23"]),
 ("The summer timetable",1,["R:2027-06-01..2027-09-30"]),
 ("from 1 June to 30 September",1,["R:2027-06-01..2027-09-30","D:2027-06-01","D:2027-09-30"]),
 ("the Holy Spirit Monday weekend",1,["R:2027-06-19..2027-06-21","P:D:2027-06-21"]),
 ("19-21 June",1,["R:2027-06-19..2027-06-21","D:2027-06-19","D:2027-06-21"]),
 ("15 August",1,["D:2027-08-15"]),("a Sunday",1,["D:2027-08-15"]),
 ("the second half of September",1,["R:2027-09-16..2027-09-30","MIN:2027-09"]),
 ("Thursday 25 March",1,["D:2027-03-25"]),
 ("a long weekend",2,["R:2027-03-25..2027-03-28","P:D:2027-03-25"]),
 ("Friday 26 March",1,["D:2027-03-26"]),
 ("from 25 to 28 March",1,["R:2027-03-25..2027-03-28","D:2027-03-25","D:2027-03-28"]),
 ("Wednesday week",1,["D:2027-03-24"]),("24 March",1,["D:2027-03-24"]),
 ("the eve of the holiday",1,["D:2027-03-24"]),("last year's Easter",1,["D:2026-04-12"]),
 ("12 April",1,["D:2026-04-12"]),("Monday 10 May",1,["D:2027-05-10"]),("1 April",1,["D:2027-04-01"]),
 ("2026",1,["Y:2026"]),("since 2019",1,["Y:2019"]),
 ("this summer",1,["S:summer-2027","R:2027-06-01..2027-08-31"])]
N['a22'] = [("Orthodox Easter",1),("Holy Week",1),("Holy Wednesday and Holy Thursday",1),("Easter Monday",1),("Holy Saturday",1),("Clean Monday",1),("the first day of Lent",1),("the Dormition",1),("Independence Day",1)]
X['a22'] = [("five weeks after western Easter",1),("four days",1),("24-hour",1),("a week after the western feast",1)]

G['a23'] = [("28 September",1,["D:2026-09-28"]),("Sunday 11 October",1,["D:2026-10-11"]),
 ("today",1,["D:2026-09-28"]),("the week after next",1,["W:2026-10-12"]),
 ("Full term",1,["R:2026-10-11..2026-12-05"]),
 ("from Sunday 11 October to Saturday 5 December",1,["R:2026-10-11..2026-12-05","D:2026-10-11","D:2026-12-05"]),
 ("noughth week",1,["W:2026-10-05","R:2026-10-04..2026-10-10"]),
 ("Sunday 4 October",1,["D:2026-10-04"]),("Saturday 17 October",1,["D:2026-10-17"]),
 ("first week",1,["W:2026-10-12","R:2026-10-11..2026-10-17"]),("last week",1,["W:2026-09-21"]),
 ("Friday 16 October",1,["D:2026-10-16"]),("the second half of term",1,["R:2026-11-08..2026-12-05"]),
 ("fifth week",1,["W:2026-11-09","R:2026-11-08..2026-11-14"]),("next Monday",1,["D:2026-10-05"]),
 ("a fortnight today",1,["D:2026-10-12"]),
 ("the 2026-27 year",1,["R:2026-08-01..2027-07-31","RY:2026..2027","P:Y:2026"]),
 ("1 August",1,["D:2026-08-01"]),
 ("the summer of 2023",1,["S:summer-2023","R:2023-06-01..2023-08-31"]),
 ("since the 1990s",1,["DEC:1990"]),
 ("from Tuesday 6 October to Friday 4 December",1,["R:2026-10-06..2026-12-04","D:2026-10-06","D:2026-12-04"]),
 ("in July",1,["M:2026-07"]),("17 January",1,["D:2027-01-17"]),("25 April",1,["D:2027-04-25"]),
 ("Wednesday 23 June 2027",1,["D:2027-06-23"]),
 ("next summer",1,["S:summer-2027","R:2027-06-01..2027-08-31"]),
 ("the first three weeks of term",1,["R:2026-10-11..2026-10-31"]),
 ("February and March 2018",1,["R:2018-02-01..2018-03-31","M:2018-02","M:2018-03"])]
N['a23'] = [("Michaelmas term",1),("Hilary term",1),("Trinity term",1),("Encaenia",1)]
X['a23'] = [("eight weeks",1),("Grade 4",1),("Grade 5",1),("24 hours",1),("Room 101",1),("four weeks",1)]

G['a24'] = [("20 October",1,["D:2026-10-20"]),("today",1,["D:2026-10-20"]),
 ("the 26 weeks to 30 August",1,["R:2026-03-02..2026-08-30","P:D:2026-08-30"]),
 ("its first half",1,["R:2026-03-02..2026-08-30"]),
 ("winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("from 2 March to 30 August",1,["R:2026-03-02..2026-08-30","D:2026-03-02","D:2026-08-30"]),
 ("the 26 weeks to 31 August 2025",1,["R:2025-03-03..2025-08-31","P:D:2025-08-31"]),
 ("a year earlier",1,["R:2025-03-03..2025-08-31"]),
 ("The 2027 financial year",1,["R:2026-03-02..2027-02-28","P:Y:2027"]),
 ("28 February 2027",1,["D:2027-02-28"]),("the 2026 year",1,["R:2025-03-03..2026-03-01","P:Y:2026"]),
 ("1 March",1,["D:2026-03-01"]),
 ("the first seven weeks of the second half",1,["R:2026-08-31..2026-10-18"]),
 ("18 October",1,["D:2026-10-18"]),("Thursday 24 September",1,["D:2026-09-24"]),
 ("a four-day weekend",1,["R:2026-09-24..2026-09-27","P:D:2026-09-24"]),("November",1,["M:2026-11"]),
 ("4 November",1,["D:2026-11-04"]),("27 November",1,["D:2026-11-27"]),
 ("the first week of January",1,["W:2027-01-04","IN:2027-01-01..2027-01-07"]),
 ("Last year",1,["Y:2025"]),("two days before Christmas",1,["D:2025-12-23"]),
 ("Tuesday 10 November",1,["D:2026-11-10"]),("Monday 16 November",1,["D:2026-11-16"]),
 ("the full year",1,["R:2026-03-02..2027-02-28","P:Y:2027"]),("May 2027",1,["M:2027-05"]),
 ("The spring",1,["R:2026-09-01..2026-11-30","S:autumn-2026"]),
 ("the drought of 2017 and 2018",1,["RY:2017..2018","Y:2017","Y:2018"]),
 ("the end of the decade",1,["Y:2029","IN:2027-01-01..2029-12-31","P:DEC:2020"])]
N['a24'] = [("the Sunday nearest the end of February",1),("the half",1),("Heritage Day",1),("Black Friday",1),("Black Friday",2),("Day Zero",1)]
X['a24'] = [("12",1),("N2",1),("2,026",1)]

G['a25'] = [("19 June",1,["D:2027-06-19"]),("2027-06-30",1,["D:2027-06-30"]),("Friday",1,["D:2027-06-18"]),
 ("the autumn of 2025",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),
 ("the Midsummer holidays",1,["R:2027-06-23..2027-06-24"]),("Wednesday",1,["D:2027-06-23"]),
 ("Thursday",1,["D:2027-06-24"]),("Friday",2,["D:2027-06-25"]),
 ("a five-day break",1,["R:2027-06-23..2027-06-27"]),
 ("from 23 June to 27 June",1,["R:2027-06-23..2027-06-27","D:2027-06-23","D:2027-06-27"]),
 ("2027-06-21",1,["D:2027-06-21"]),("2027-06-28",1,["D:2027-06-28"]),
 ("since 2027-03-01",1,["D:2027-03-01","R:2027-03-01..2027-06-19"]),("12 January",1,["D:2027-01-12"]),
 ("the end of the year",1,["D:2027-12-31","M:2027-12","Y:2027"]),("7 March",1,["D:2027-03-07"]),
 ("2007",1,["Y:2007"]),("2002",1,["Y:2002"]),
 ("early next year",1,["YIN:2028","IN:2028-01-01..2028-04-30"]),
 ("Last summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("Midsummer Eve",1,["D:2027-06-23"]),
 ("the last two weeks of July",1,["R:2027-07-18..2027-07-31"]),("Last year's",1,["Y:2026"]),
 ("20 August",1,["D:2027-08-20"]),("a Friday",1,["D:2027-08-20"]),("the first half",1,["H:2027-H1"]),
 ("mid-July",1,["MIN:2027-07"])]
N['a25'] = [("23:59",1),("Victory Day",1),("Midsummer Day",1),("Windows Server 2016",1),("Independence Restoration Day",1)]
X['a25'] = [("version 7.6",1),("27.06",1),("No. 2027-0419",1),("47",1),("three days",1)]
