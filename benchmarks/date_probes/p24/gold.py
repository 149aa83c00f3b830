# Hand annotation for probe p24 (invented wire copy published 2025-01 .. 2026-12 in beats, countries and forms p1-p23 used
# little, written blind: claimkit, its source and its tests never read or run): a Cork sentencing put back past the St
# Brigid's Day bank holiday ('February 4th', 'two days later', 'a week earlier', 'the week of March 3'); Queensland's school
# year around an October King's Birthday ('next Tuesday', 'Tuesday 6 October to Friday 11 December', a southern 'this
# spring' and 'last summer', 'the day after Australia Day'); a Darwin cyclone outlook ('the 2026-27 season', '1 November
# and 30 April', 'Christmas Day 1974', 'mid-2027'); an Adelaide by-election ('a week after Adelaide Cup Day', 'the third
# Saturday in March', 'the following week'); the Bank of Ghana's rate decision ('July 21 to 25', 'last Friday', 'a week
# earlier', 'since January'); an Indian IT firm's Q2 FY26 ('the September quarter', 'the first half of FY26', 'the quarter');
# Dar es Salaam port in a Sunday paper ('last week', 'the coming week', Saba Saba, 'the 2026/27 financial year'); Cebu's
# Sinulog ('Jan. 15 to 19', 'Friday to Monday', 'parade day', 'Jan. 17, 2027'); a Kuala Lumpur tender after Awal Muharram
# ('the following day', 'the following month', '10 July 2025'); Hong Kong ferries over National Day and Mid-Autumn ('the
# day following the Mid-Autumn Festival', 'October 1 to 8'); a Winnipeg transit strike vote ('Feb. 16 to 20', 'last
# spring', 'four days later'); BC Ferries over B.C. Day ('the whole weekend', 'Thanksgiving weekend', 'next spring');
# Jamaica's Champs ('the first day', 'the final day', 'a week after Easter Monday', 'the Easter holiday'); the UAE's Eid Al
# Fitr break ('Thursday, March 19, to Sunday, March 22', 'the end of the holiday'); Malta's weekend holidays ('fell on
# Sunday', 'a long weekend', 'three days later'); the Colombo tea auction moved by the Sinhala and Tamil New Year ('the day
# before the New Year', 'the New Year weekend'); a Kenyan by-election ('the second Tuesday of August', 'Jamhuri Day');
# Sydney's rail overtime ban ('Tuesday week', 'the first week of February', 'the last weekend'); a Perth miner's half
# ('the six months to 31 December', 'the June half', ex-dividend 'the day before'); Kerala's monsoon ('since Friday', 'June 9
# to July 31', 'June to September'); Botswana's President's Day ('the holiday', 'a Tuesday and a Wednesday', 'This winter');
# the Galway Races ('the day before the August bank holiday', 'the June bank holiday'); the St. John's Regatta ('the first
# Wednesday in August', 'Regatta Day', 'the rest of the month'); Nassau's Junkanoo ('the 18th century', 'a Sunday', 'the new
# year'); Qatar's National Sport Day ('the second Tuesday of February', 'Nov. 20 to Dec. 18, 2022', 'late 2027').
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'the rest of the month' ...)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the day 'the week of' names); such a claim is not counted wrong for precision, but does not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '6pm', 'noon', '12 noon', '4 a.m.', '8.30 a.m.',
#   '12.30 a.m.', '7.30 a.m.', "3 o'clock", 'midnight', '6am', '5pm', '4.50pm'; names with years 'Misuse of Drugs Act 1977',
#   'Budget 2025'; a feast's or holiday's name beside its date ("King's Birthday", 'Good Friday', "Workers' Day", 'Republic
#   Day', 'Diwali', 'Karnataka Rajyotsava', 'Saba Saba', 'Eid al-Adha', 'Sinulog', 'Fiesta Señor', 'Chinese New Year',
#   'Awal Muharram', "the King's official birthday", 'National Day', 'Chung Yeung Festival', 'Golden Week', 'Louis Riel Day',
#   'B.C. Day', 'Labour Day', 'Champs', 'Eid', 'Eid Al Adha', 'Arafat Day', 'Sette Giugno', 'the Feast of the Assumption',
#   'Independence Day', 'Mnarja', 'Freedom Day', 'Bak Poya', 'the New Year', 'Vesak', 'Bakrid', 'Onam', "President's Day",
#   'Sir Seretse Khama Day', 'Botswana Day', 'Civic Holiday', 'Memorial Day', 'Canada Day', 'Boxing Day', "New Year's Day",
#   'Majority Rule Day', 'National Sport Day', 'Ramadan', 'Eid al-Fitr', 'Qatar National Day'); names of periods given their
#   dates beside them or none ('Term 4', 'The build-up', 'the wet season', 'the Fringe', 'the holiday season', 'the spring
#   flush', 'the breeding season', 'the holy month', 'The summer schedule', 'the fall schedule', 'its summer timetable',
#   'The summer Junkanoo festival', 'the summer sales', 'The next long weekend', 'The next holiday', 'the next suitable
#   day'); generic and habitual uses ('the usual Monday start', 'the usual Tuesday and Wednesday' of an auction, 'a Monday
#   ticket', 'a Sunday service', 'Saturday and Sunday' as the UAE's weekend days, 'a Saturday or Sunday' and 'a weekend' as
#   kinds of day, 'the following Monday' of a rule, 'Christmas' of a custom of the 18th century).
# X: decoys, not dates (money '€1.94 million', '€38,500', '$4,980', '$1.9 million', 'GH¢3,950 million', '$3 billion', 'Rs
#   2,031 crore', 'Rs 1,857 crore', 'Rs 11', 'Rs 1,598.50', 'TSh2,026 billion', 'P48 million', 'P39 million', 'RM480
#   million', 'HK$19.80', '$68.25', 'J$1,500', 'Dh1,950', 'Rs 1,212.45', 'KSh 96 million', '$1.94 billion', '$6,031 million',
#   '$5,420 million', '€20', '$250,000', '$45'; counts and measures '2,025', '1,957', '2,030', '1,950', '2,026', '2,000',
#   '1,965', '2,022', '97 kilograms', '217 km/h', '204 mm', '60 km/h', '2,450 metres', '400 metres', '8:51.32', '2.5', '180',
#   '212', '19', 'four', 'eight', 'nine', 'six'; laws, forms, tenders, unions, grades and groups 'Section 15A', 'Form 35A',
#   'DBKL/JPS/T/2025/042', 'Grade G7', 'Local 1882', 'Sale No. 14', 'Year 12', '4x400', 'Race 7', 'Lane 6', 'Level 2',
#   'fourth', '50th'; streets, plots, routes, roads, piers, berths, gates and terminals '1945 Telegraph Road', '1975 Trower
#   Road', '1881 Mount Barker Road', 'No. 1 Thorpe Road', '421 Osborne St.', '6750 Keith Road', '1887 George Street', 'Level
#   19, 1903 Hay Street', 'Plot 1966', 'Zone 56', 'Street 930', 'Route 1', 'Route 11', 'Route 30', 'Route 41', 'T1', 'T4',
#   'M1', 'N6', 'NH 66', 'E11', 'A1', 'Pier 1', 'Pier 4', 'Pier 5', 'Berth 8', 'Berths 8 to 11', 'Gate 5', 'Terminal 3';
#   phone numbers and short codes '1800 555 019', '1300 555 104', '132 500', '1300 555 173', '030 255 0196', '080 4155
#   1947', '022 211 0401', '032 255 0117', '03-2617 1950', '2815 1950', '204-555-0147', '1-888-555-0136', '876-555-0142',
#   '800 55 1950', '2124 1950', '011 255 1883', '70000', '0800 724 001', '131 555', '08 9555 1960', '1077', '395 1966',
#   '091 555 0182', '709-555-0128', '242-555-0173', '4455 2022'; ages '52', '34', '61', '47', '58', '49', '48', '44', '41',
#   '56', '38', '63', '46', '51', '57', '50', '45', '62', '39'; durations and comparisons 'eighteen months', 'ten years',
#   'three times a week', 'a month', 'four days', 'three days', '14 days', 'two days', 'six hours', '120 days', '72 hours',
#   'two sailings', 'an hour', 'three hours', 'six months', 'a decade', '45 minutes', '48 hours', 'seven days', 'three
#   years', '20-minute', '52-day', 'within 24 hours', 'seven-day', '15 minutes', 'six nights', 'five hours', '91-day', 'a
#   week later' than first planned); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p23 (bare weekdays by the verb's tense ('said on Thursday' the most recent past Thursday, 'will close on
#   Monday' the nearest Monday ahead; WEEKDAY_TENSE in verify.py); anaphora by the narrative's focus; quoted speech by the
#   day it was said (SPEAKER in verify.py); fiscal periods by the stated year-end; holidays on the day observed in the
#   story's country, the feast itself on its own day; southern seasons (a02 Brisbane, a18 Sydney, a21 Gaborone; a03 Darwin,
#   a04 Adelaide and a19 Perth name none) R: plus the northern label, northern ones S: then R:; ranges R: with both ends as
#   D:, two days joined by 'and' ('July 14 and 16', 'April 22 and 23', '1 November and 30 April') the same, ranges of
#   months R: with M: of each end; holiday weekends R: of the days off (P: the holiday); a Sunday paper's (a07) 'last week'
#   both weeks before and 'the coming week' from the next day; 'N days later', 'a week earlier', 'the following day',
#   'the following week', 'the following month' and 'the following Monday' counted from the day the story names; school
#   holidays R: of the days off with IN: a day wider; decades DEC: and RY:; 'the early 1980s' DEC: and IN: of its first
#   five years; 'the end of <month>' and 'the end of the month' MIN: and D:; 'the end of the year', 'the end of 2026' and
#   'the end of next year' D:, M:, Y:; 'the first week of February' W: and IN:; 'the week of <date>' W: (P:D:); 'early 2023'
#   and 'late 2027' YIN: and IN: of their first or last four months; 'a year earlier' the same period a year back; 'since
#   <month>' M: and R:; predicative weekdays after a date or holiday ('a Saturday', 'a Sunday', 'a Tuesday', 'a Wednesday')
#   that day; a feast's name beside its date N, standing alone D: ('Christmas', 'Easter', 'Jamhuri Day', 'Nane Nane', 'the
#   June bank holiday', 'Regatta Day', 'Australia Day', 'Ash Wednesday'); 'Tuesday week' the coming such day + 7; a part of
#   a day outside the span ('{{Friday}} night', '{{Saturday}} morning', '{{Wednesday}} afternoon'); financial and marketing
#   years named by two calendar years R: with RY:; halves and quarters of non-calendar fiscal years R: (with Q: or H: when
#   they are a calendar quarter or half); 'FY26' R: with P:Y:; 'earlier this week', 'later this month' and kin as p23).
# Added in p24 (decided while planning or marking up, before the readings that use them were settled):
#   'mid-2027' YIN: and IN: May-August; 'the rest of the month' IN: from publication to the month's end with M: (as 'later
#   this month'); 'since Friday' D: and R: to publication (as 'since <month>'); 'the quarter' of an earnings story R: of the
#   reported quarter; 'the June half' and 'the March quarter' R: of the half or quarter ending that month next, with H: or
#   Q:; 'the first half of FY26' R: without H:; days anchored on an event the story names ('the first day', 'the final day',
#   'parade day', 'the end of the holiday', 'the last Friday of term', 'the start of its fiscal year', 'the last day of the
#   financial year', 'the day before' an ex-date's record date, 'the day after' Botswana Day, 'the day before the New Year',
#   "the day after the St Brigid's Day bank holiday", 'the day after Australia Day', 'the day following the Mid-Autumn
#   Festival', 'the day before the August bank holiday', 'a week after Adelaide Cup Day', 'a week after Easter Monday')
#   D:; rule-named days ('the third Saturday in March', 'the second Tuesday of August', 'the first Wednesday in August', 'the
#   second Tuesday of February') D:; 'Christmas Day 1974' D:; 'the season' of a cyclone outlook R: of the season named
#   before it; 'the whole weekend' of a quote R: of the long weekend (P: the holiday); 'the holiday' of a four-day break R:
#   of its days off (P: the holiday); 'the 18th century' both RY: readings (as p20's centuries); 'the new year' in December
#   Y: of the coming year; 'the normal onset date of June 1' D: of this year's 1 June.
G = {}
N = {}
X = {}
G['a01'] = [("Tuesday 14 January",1,["D:2025-01-14"]),("Monday",1,["D:2025-01-13"]),
 ("February 4th",1,["D:2025-02-04"]),
 ("the day after the St Brigid's Day bank holiday",1,["D:2025-02-04"]),("November",1,["M:2024-11"]),
 ("23 June 2023",1,["D:2023-06-23"]),("two days later",1,["D:2023-06-25"]),
 ("September 2023",1,["M:2023-09"]),("a week earlier",1,["D:2023-06-16"]),
 ("the 1990s",1,["DEC:1990","RY:1990..1999"]),("October",1,["M:2024-10"]),
 ("Christmas",1,["D:2024-12-25"]),("yesterday",1,["D:2025-01-12"]),("Monday",2,["D:2025-01-13"]),
 ("last month",1,["M:2024-12"]),("2022",1,["Y:2022"]),("March 2024",1,["M:2024-03"]),
 ("2019",1,["Y:2019"]),("the end of the month",1,["MIN:2025-01","D:2025-01-31"]),
 ("the week of March 3",1,["W:2025-03-03","P:D:2025-03-03"]),("Friday",1,["D:2025-01-17"])]
N['a01'] = [("Misuse of Drugs Act 1977",1)]
X['a01'] = [("€1.94 million",1),("52",1),("Section 15A",1),("97 kilograms",1),("eighteen months",1),("€38,500",1),("ten years",1),("three times a week",1),("34",1),("1800 555 019",1)]

G['a02'] = [("Wednesday 30 September",1,["D:2026-09-30"]),("next Tuesday",1,["D:2026-10-06"]),
 ("Monday 5 October",1,["D:2026-10-05"]),("yesterday",1,["D:2026-09-29"]),
 ("Tuesday 6 October to Friday 11 December",1,["R:2026-10-06..2026-12-11","D:2026-10-06","D:2026-12-11"]),
 ("19 October to 13 November",1,["R:2026-10-19..2026-11-13","D:2026-10-19","D:2026-11-13"]),
 ("Saturday 19 December",1,["D:2026-12-19"]),("Sunday",1,["D:2026-10-04"]),
 ("Monday",3,["D:2026-10-05"]),("the long weekend",1,["R:2026-10-03..2026-10-05","P:D:2026-10-05"]),
 ("this spring",1,["R:2026-09-01..2026-11-30","S:autumn-2026"]),("2024",1,["Y:2024"]),
 ("next year",1,["Y:2027"]),("Wednesday 27 January",1,["D:2027-01-27"]),
 ("the day after Australia Day",1,["D:2027-01-27"]),("Thursday 25 March",1,["D:2027-03-25"]),
 ("last summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("Christmas",1,["D:2026-12-25"]),
 ("Tuesday",3,["D:2026-09-29"]),("2023",1,["Y:2023"]),
 ("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"]),("12 August",1,["D:2026-08-12"]),
 ("March",2,["M:2026-03"]),("January",2,["M:2027-01"]),("the last Friday of term",1,["D:2026-12-11"])]
N['a02'] = [("Monday",1),("King's Birthday",1),("Term 4",1),("Good Friday",1)]
X['a02'] = [("Year 12",1),("M1",1),("a month",1),("four",1),("1945 Telegraph Road",1),("1300 555 104",1)]

G['a03'] = [("Friday 16 October",1,["D:2026-10-16"]),("2026-27",1,["R:2026-11-01..2027-04-30","RY:2026..2027"]),
 ("the season",1,["R:2026-11-01..2027-04-30"]),("1 November",1,["D:2026-11-01"]),
 ("Thursday",1,["D:2026-10-15"]),
 ("1 November and 30 April",1,["R:2026-11-01..2027-04-30","D:2026-11-01","D:2027-04-30"]),
 ("December",1,["M:2026-12"]),("the end of the month",1,["MIN:2026-10","D:2026-10-31"]),
 ("Thursday",2,["D:2026-10-15"]),("Last year",1,["Y:2025"]),("early December",1,["MIN:2025-12"]),
 ("March 2018",1,["M:2018-03"]),("Christmas Day 1974",1,["D:1974-12-25"]),
 ("two years ago",1,["Y:2024"]),("next week",1,["W:2026-10-19"]),
 ("Monday 26 October to Friday 6 November",1,["R:2026-10-26..2026-11-06","D:2026-10-26","D:2026-11-06"]),
 ("the Picnic Day long weekend",1,["R:2026-08-01..2026-08-03","P:D:2026-08-03"]),
 ("Saturday 7 November",1,["D:2026-11-07"]),("2021",1,["Y:2021"]),("this year",1,["Y:2026"]),
 ("January",1,["M:2027-01"]),("mid-2027",1,["YIN:2027","IN:2027-05-01..2027-08-31"])]
N['a03'] = [("The build-up",1)]
X['a03'] = [("217 km/h",1),("50th",1),("eight",1),("61",1),("$4,980",1),("1975 Trower Road",1),("132 500",1)]

G['a04'] = [("Thursday 6 March",1,["D:2025-03-06"]),("Saturday 29 March",1,["D:2025-03-29"]),
 ("March 2022",1,["M:2022-03"]),("last month",1,["M:2025-02"]),("24 February",1,["D:2025-02-24"]),
 ("Monday",1,["D:2025-03-03"]),("tomorrow",1,["D:2025-03-07"]),("Monday 17 March",1,["D:2025-03-17"]),
 ("a week after Adelaide Cup Day",1,["D:2025-03-17"]),("Friday 28 March",1,["D:2025-03-28"]),
 ("Thursday 3 April",1,["D:2025-04-03"]),("the following week",1,["W:2025-04-07"]),
 ("the long weekend",1,["R:2025-03-08..2025-03-10","P:D:2025-03-10"]),("Monday",3,["D:2025-03-10"]),
 ("Tomorrow",1,["D:2025-03-05"]),("Tuesday",1,["D:2025-03-04"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("1993",1,["Y:1993"]),("2018",1,["Y:2018"]),
 ("21 March 2026",1,["D:2026-03-21"]),("the third Saturday in March",1,["D:2026-03-21"]),
 ("23 March",1,["D:2025-03-23"]),("Wednesday",1,["D:2025-03-05"])]
N['a04'] = [("noon",1),("noon",2),("6pm",1),("Fringe",1)]
X['a04'] = [("$1.9 million",1),("47",1),("58",1),("1881 Mount Barker Road",1),("M1",1),("1300 555 173",1),("2,025",1)]

G['a05'] = [("May 26",1,["D:2025-05-26"]),("Friday",1,["D:2025-05-23"]),
 ("the second half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),("Tuesday",1,["D:2025-05-20"]),
 ("July 21 to 25",1,["R:2025-07-21..2025-07-25","D:2025-07-21","D:2025-07-25"]),
 ("April",1,["M:2025-04"]),("March",1,["M:2025-03"]),
 ("the end of 2026",1,["D:2026-12-31","M:2026-12","Y:2026"]),("Friday",2,["D:2025-05-23"]),
 ("Next month",1,["M:2025-06"]),("July",2,["M:2025-07"]),
 ("since January",1,["M:2025-01","R:2025-01-01..2025-05-26"]),
 ("the early 1980s",1,["DEC:1980","IN:1980-01-01..1984-12-31"]),("2024",1,["Y:2024"]),
 ("this year",1,["Y:2025"]),("last Friday",1,["D:2025-05-23"]),("a week earlier",1,["D:2025-05-16"]),
 ("Friday",4,["D:2025-05-30"]),("early May",1,["MIN:2025-05"]),("late July",1,["MIN:2025-07"]),
 ("May 1",1,["D:2025-05-01"]),("July 1",1,["D:2025-07-01"]),("this year",2,["Y:2025"]),
 ("Wednesday",1,["D:2025-05-28"])]
N['a05'] = [("Workers' Day",1),("Republic Day",1)]
X['a05'] = [("four days",1),("fourth",1),("91-day",1),("GH¢3,950 million",1),("$3 billion",1),("No. 1 Thorpe Road",1),("030 255 0196",1)]

G['a06'] = [("Oct 16",1,["D:2025-10-16"]),("the September quarter",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("the December quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("Q2 FY26",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("a year earlier",1,["R:2024-07-01..2024-09-30","Q:2024-Q3"]),("Wednesday",1,["D:2025-10-15"]),
 ("the June quarter",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("the first half of FY26",1,["R:2025-04-01..2025-09-30"]),("October 24",1,["D:2025-10-24"]),
 ("November 12",1,["D:2025-11-12"]),("the quarter",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("December",2,["M:2025-12"]),("this quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("Wednesday",2,["D:2025-10-15"]),("FY27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("FY26",3,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("FY25",1,["R:2024-04-01..2025-03-31","P:Y:2025"]),("1996",1,["Y:1996"]),("2004",1,["Y:2004"]),
 ("this year",1,["Y:2025"]),("Monday",1,["D:2025-10-20"]),("November 1",1,["D:2025-11-01"]),
 ("a Saturday",1,["D:2025-11-01"]),("this year",2,["Y:2025"]),
 ("the end of March",1,["MIN:2026-03","D:2026-03-31"]),
 ("the last day of the financial year",1,["D:2026-03-31"])]
N['a06'] = [("Diwali",1),("Karnataka Rajyotsava",1)]
X['a06'] = [("Rs 2,031 crore",1),("Rs 1,857 crore",1),("Rs 11",1),("1,957",1),("49",1),("Rs 1,598.50",1),("2,030",1),("080 4155 1947",1)]

G['a07'] = [("Sunday, July 5, 2026",1,["D:2026-07-05"]),("the coming week",1,["W:2026-07-06"]),
 ("last week",1,["W:2026-06-29","W:2026-06-22"]),("June",1,["M:2026-06"]),
 ("Thursday",1,["D:2026-07-09"]),("two days later",1,["D:2026-07-11"]),
 ("July 14 and 16",1,["R:2026-07-14..2026-07-16","D:2026-07-14","D:2026-07-16"]),
 ("Tomorrow",1,["D:2026-07-04"]),("Friday",1,["D:2026-07-03"]),
 ("the end of the month",1,["MIN:2026-07","D:2026-07-31"]),("Tuesday",1,["D:2026-07-07"]),
 ("June 28",1,["D:2026-06-28"]),("July 13",1,["D:2026-07-13"]),("late May",1,["MIN:2026-05"]),
 ("the first half of the year",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),
 ("June 11",1,["D:2026-06-11"]),
 ("the 2026/27 financial year",1,["R:2026-07-01..2027-06-30","RY:2026..2027"]),
 ("Wednesday",1,["D:2026-07-01"]),("the end of next year",1,["D:2027-12-31","M:2027-12","Y:2027"]),
 ("2017",1,["Y:2017"]),("2021",1,["Y:2021"]),("last month",1,["M:2026-06"]),
 ("Nane Nane",1,["D:2026-08-08"]),("August",1,["M:2026-08"]),("Monday",1,["D:2026-06-29"])]
N['a07'] = [("Saba Saba",1),("Eid al-Adha",1)]
X['a07'] = [("nine",1),("Gate 5",1),("48",1),("three days",1),("TSh2,026 billion",1),("Berth 8",1),("Berths 8 to 11",1),("14 days",1),("1,950",1),("two days",2),("022 211 0401",1)]

G['a08'] = [("Jan. 14",1,["D:2026-01-14"]),("this week",1,["W:2026-01-12"]),("Sunday",1,["D:2026-01-18"]),
 ("Thursday",1,["D:2026-01-08"]),("Friday",1,["D:2026-01-16"]),("Saturday",1,["D:2026-01-17"]),
 ("Monday, Jan. 19",1,["D:2026-01-19"]),
 ("Jan. 15 to 19",1,["R:2026-01-15..2026-01-19","D:2026-01-15","D:2026-01-19"]),
 ("last year",1,["Y:2025"]),("Yesterday",1,["D:2026-01-12"]),
 ("the weekend",1,["R:2026-01-17..2026-01-18"]),("Tuesday",1,["D:2026-01-13"]),
 ("parade day",1,["D:2026-01-18"]),("1980",1,["Y:1980"]),("1521",1,["Y:1521"]),
 ("Last year",1,["Y:2025"]),("Jan. 19, 2025",1,["D:2025-01-19"]),("next year",1,["Y:2027"]),
 ("Jan. 17, 2027",1,["D:2027-01-17"]),
 ("Friday to Monday",1,["R:2026-01-16..2026-01-19","D:2026-01-16","D:2026-01-19"]),
 ("December",1,["M:2025-12"]),("Feb. 17",1,["D:2026-02-17"]),("Saturday",2,["D:2026-01-17"]),
 ("Jan. 20",1,["D:2026-01-20"])]
N['a08'] = [("Sinulog",1),("Fiesta Señor",1),("4 a.m.",1),("noon",1),("Chinese New Year",1)]
X['a08'] = [("2,026",1),("P48 million",1),("P39 million",1),("six hours",1),("eight",1),("Pier 1",1),("032 255 0117",1)]

G['a09'] = [("June 17",1,["D:2025-06-17"]),("December 2021",1,["M:2021-12"]),
 ("Monday, June 23",1,["D:2025-06-23"]),("Thursday, June 26",1,["D:2025-06-26"]),
 ("the following day",1,["D:2025-06-27"]),("10 July 2025",1,["D:2025-07-10"]),
 ("June 2",1,["D:2025-06-02"]),("3 July",1,["D:2025-07-03"]),("Friday",1,["D:2025-06-13"]),
 ("Next month",1,["M:2025-07"]),("October",1,["M:2024-10"]),("March",1,["M:2025-03"]),
 ("the following month",1,["M:2025-04"]),("September",1,["M:2025-09"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),("2028",1,["Y:2028"]),
 ("four years ago",1,["Y:2021"]),("late April",1,["MIN:2025-04"]),("last week",1,["W:2025-06-09"])]
N['a09'] = [("Awal Muharram",1),("12 noon",1),("the King's official birthday",1),("Budget 2025",1),("8.30 a.m.",1)]
X['a09'] = [("RM480 million",1),("DBKL/JPS/T/2025/042",1),("a week later",1),("Grade G7",1),("120 days",1),("44",1),("two days",1),("1,957",1),("Level 2",1),("03-2617 1950",1)]

G['a10'] = [("Sept 26",1,["D:2025-09-26"]),("next week",1,["W:2025-09-29"]),
 ("the week after",1,["W:2025-10-06"]),("Wednesday, October 1",1,["D:2025-10-01"]),
 ("October 7",1,["D:2025-10-07"]),("the day following the Mid-Autumn Festival",1,["D:2025-10-07"]),
 ("Monday, October 6",1,["D:2025-10-06"]),
 ("October 1 to 8",1,["R:2025-10-01..2025-10-08","D:2025-10-01","D:2025-10-08"]),
 ("this year",1,["Y:2025"]),("October 29",1,["D:2025-10-29"]),("Yesterday",1,["D:2025-09-24"]),
 ("Easter",1,["D:2025-04-20"]),("Thursday",1,["D:2025-09-25"]),
 ("the first eight months of the year",1,["R:2025-01-01..2025-08-31"]),
 ("November 1",1,["D:2025-11-01"]),("2022",1,["Y:2022"]),("1888",1,["Y:1888"]),
 ("the night of October 6",1,["D:2025-10-06"]),("last year",1,["Y:2024"]),
 ("March 2028",1,["M:2028-03"]),("December",1,["M:2025-12"])]
N['a10'] = [("National Day",1),("12.30 a.m.",1),("Golden Week",1),("Chung Yeung Festival",1),("6 p.m.",1),("1 a.m.",1)]
X['a10'] = [("Pier 5",1),("41",1),("HK$19.80",1),("2815 1950",1),("Pier 4",1)]

G['a11'] = [("Feb. 12",1,["D:2026-02-12"]),("Feb. 20",1,["D:2026-02-20"]),
 ("winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),("Tuesday",1,["D:2026-02-10"]),
 ("March 31, 2025",1,["D:2025-03-31"]),("last spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"]),
 ("January",1,["M:2026-01"]),("Monday",1,["D:2026-02-16"]),("Friday, Feb. 20",1,["D:2026-02-20"]),
 ("Tomorrow",1,["D:2026-02-12"]),("Wednesday",1,["D:2026-02-11"]),("Next week",1,["W:2026-02-16"]),
 ("Feb. 16 to 20",1,["R:2026-02-16..2026-02-20","D:2026-02-16","D:2026-02-20"]),
 ("Feb. 13 to 22",1,["R:2026-02-13..2026-02-22","D:2026-02-13","D:2026-02-22"]),
 ("Sunday",1,["D:2026-02-08"]),("the end of the month",1,["MIN:2026-02","D:2026-02-28"]),
 ("Nov. 14, 2019",1,["D:2019-11-14"]),("four days later",1,["D:2019-11-18"]),
 ("the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("2026",1,["Y:2026"]),
 ("Friday",2,["D:2026-02-13"])]
N['a11'] = [("Louis Riel Day",1),("6 p.m.",1)]
X['a11'] = [("Local 1882",1),("72 hours",1),("56",1),("Route 11",1),("204-555-0147",1),("421 Osborne St.",1)]

G['a12'] = [("Aug. 1",1,["D:2026-08-01"]),
 ("the B.C. Day long weekend",1,["R:2026-08-01..2026-08-03","P:D:2026-08-03"]),
 ("Thursday",1,["D:2026-07-30"]),("Tuesday",1,["D:2026-08-04"]),("today",1,["D:2026-08-01"]),
 ("Monday, Aug. 3",1,["D:2026-08-03"]),("Wednesday",1,["D:2026-07-29"]),
 ("Yesterday",1,["D:2026-07-29"]),
 ("the whole weekend",1,["R:2026-08-01..2026-08-03","P:D:2026-08-03"]),
 ("Thursday",2,["D:2026-07-30"]),("July 24",1,["D:2026-07-24"]),("a week earlier",1,["D:2026-07-17"]),
 ("last month",1,["M:2026-07"]),("July 2025",1,["M:2025-07"]),
 ("this summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("2019",1,["Y:2019"]),
 ("2029",1,["Y:2029"]),("the 1980s",1,["DEC:1980","RY:1980..1989"]),("Sept. 7",1,["D:2026-09-07"]),
 ("the following day",1,["D:2026-09-08"]),
 ("Thanksgiving weekend",1,["R:2026-10-10..2026-10-12","P:D:2026-10-12"]),
 ("April 1",1,["D:2026-04-01"]),("the start of its fiscal year",1,["D:2026-04-01"]),
 ("next spring",1,["S:spring-2027","R:2027-03-01..2027-05-31"])]
N['a12'] = [("B.C. Day",2),("The summer schedule",1),("Labour Day",1),("the fall schedule",1),("The next long weekend",1),("5 a.m.",1)]
X['a12'] = [("Route 1",1),("two sailings",1),("six",1),("Route 30",1),("$68.25",1),("1-888-555-0136",1),("6750 Keith Road",1)]

G['a13'] = [("March 24",1,["D:2025-03-24"]),("tomorrow",1,["D:2025-03-25"]),("Saturday",1,["D:2025-03-29"]),
 ("the first day",1,["D:2025-03-25"]),("Friday",1,["D:2025-03-28"]),("Saturday",2,["D:2025-03-29"]),
 ("the final day",1,["D:2025-03-29"]),("Thursday",1,["D:2025-03-20"]),
 ("Next week",1,["W:2025-03-24"]),("since September",1,["M:2024-09","R:2024-09-01..2025-03-22"]),
 ("Saturday",3,["D:2025-03-22"]),("Last year",1,["Y:2024"]),("1910",1,["Y:1910"]),
 ("the 1990s",1,["DEC:1990","RY:1990..1999"]),("2000s",1,["DEC:2000","RY:2000..2009"]),
 ("Ash Wednesday",1,["D:2025-03-05"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),
 ("April 24 to 26",1,["R:2025-04-24..2025-04-26","D:2025-04-24","D:2025-04-26"]),
 ("the Easter holiday",1,["R:2025-04-12..2025-04-27","IN:2025-04-11..2025-04-28"]),
 ("Friday, April 11",1,["D:2025-04-11"]),("April 28",1,["D:2025-04-28"]),
 ("a week after Easter Monday",1,["D:2025-04-28"]),("this year",1,["Y:2025"]),
 ("September",2,["M:2025-09"]),("Saturday",4,["D:2025-03-29"])]
N['a13'] = [("Champs",1),("8 a.m.",1),("midnight",1),("6 a.m.",1)]
X['a13'] = [("180",1),("400 metres",1),("two days",1),("2,000",1),("52",1),("J$1,500",1),("876-555-0142",1),("4x400",1),("an hour",1)]

G['a14'] = [("March 18",1,["D:2026-03-18"]),("Thursday, March 19",1,["D:2026-03-19"]),
 ("Sunday, March 22",1,["D:2026-03-22"]),("Monday, March 23",1,["D:2026-03-23"]),
 ("this evening",1,["D:2026-03-18"]),("Friday, March 20",1,["D:2026-03-20"]),
 ("February 18",1,["D:2026-02-18"]),("tomorrow",1,["D:2026-03-19"]),
 ("the school spring holiday",1,["R:2026-03-16..2026-03-29","IN:2026-03-15..2026-03-30"]),
 ("March 16 to 29",1,["R:2026-03-16..2026-03-29","D:2026-03-16","D:2026-03-29"]),
 ("Sunday",2,["D:2026-03-22"]),("Tomorrow",1,["D:2026-03-18"]),("last year",1,["Y:2025"]),
 ("Tuesday",1,["D:2026-03-17"]),("the weekend",1,["R:2026-03-21..2026-03-22"]),
 ("January 2022",1,["M:2022-01"]),("the end of the holiday",1,["D:2026-03-22"]),
 ("Friday",2,["D:2026-03-20"]),("late May",1,["MIN:2026-05"]),("May 26",1,["D:2026-05-26"]),
 ("Monday",2,["D:2026-03-16"])]
N['a14'] = [("Eid",2),("Saturday",1),("Sunday",3),("2 a.m.",1),("Eid Al Adha",1),("Arafat Day",1)]
X['a14'] = [("a month",1),("Terminal 3",1),("three hours",1),("38",1),("E11",1),("Dh1,950",1),("800 55 1950",1)]

G['a15'] = [("8 June 2026",1,["D:2026-06-08"]),("Sunday",1,["D:2026-06-07"]),("this year",1,["Y:2026"]),
 ("this morning",1,["D:2026-06-08"]),("Saturday 15 August",1,["D:2026-08-15"]),
 ("Sunday 13 December",1,["D:2026-12-13"]),("Last year",1,["Y:2025"]),
 ("21 September",1,["D:2025-09-21"]),("7 June 1919",1,["D:1919-06-07"]),("2021",1,["Y:2021"]),
 ("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"]),("Yesterday",1,["D:2026-06-04"]),
 ("Friday",1,["D:2026-06-05"]),("Saturday",3,["D:2026-06-06"]),("Monday 29 June",1,["D:2026-06-29"]),
 ("a long weekend",1,["R:2026-06-27..2026-06-29","P:D:2026-06-29"]),
 ("Saturday 27 June",1,["D:2026-06-27"]),("Monday 15 June",1,["D:2026-06-15"]),
 ("30 September",1,["D:2026-09-30"]),("31 March",1,["D:2026-03-31"]),
 ("three days later",1,["D:2026-04-03"]),("this year",2,["Y:2026"])]
N['a15'] = [("Sette Giugno",1),("a weekend",1),("the Feast of the Assumption",1),("Republic Day",1),("Saturday",2),("Sunday",3),("Independence Day",1),("a weekend",2),("The next holiday",1),("Mnarja",1),("its summer timetable",1),("Freedom Day",1),("Good Friday",1),("Sunday",4)]
X['a15'] = [("six months",1),("63",1),("a decade",1),("45 minutes",1),("Route 41",1),("2124 1950",1)]

G['a16'] = [("April 11",1,["D:2025-04-11"]),("Wednesday",1,["D:2025-04-16"]),("Thursday",1,["D:2025-04-17"]),
 ("next week",1,["W:2025-04-14"]),("Saturday",1,["D:2025-04-12"]),
 ("the day before the New Year",1,["D:2025-04-13"]),("Sunday",1,["D:2025-04-13"]),
 ("Monday",1,["D:2025-04-14"]),("April 18",1,["D:2025-04-18"]),
 ("April 22 and 23",1,["R:2025-04-22..2025-04-23","D:2025-04-22","D:2025-04-23"]),
 ("this week",1,["W:2025-04-07"]),("Tuesday",2,["D:2025-04-08"]),("Wednesday",3,["D:2025-04-09"]),
 ("October",1,["M:2024-10"]),("Today",1,["D:2025-04-10"]),("Thursday",2,["D:2025-04-10"]),
 ("last year",1,["Y:2024"]),("the first quarter",1,["R:2025-01-01..2025-03-31","Q:2025-Q1"]),
 ("a year earlier",1,["R:2024-01-01..2024-03-31","Q:2024-Q1"]),("1883",1,["Y:1883"]),
 ("2020",1,["Y:2020"]),("May 12",1,["D:2025-05-12"]),("the following day",1,["D:2025-05-13"]),
 ("March",1,["M:2025-03"]),("April 25",1,["D:2025-04-25"]),("July",1,["M:2025-07"]),
 ("the New Year weekend",1,["R:2025-04-12..2025-04-14","P:D:2025-04-14"])]
N['a16'] = [("Tuesday",1),("Wednesday",2),("Bak Poya",1),("the New Year",2),("Good Friday",1),("Vesak",1),("the holiday season",1),("the spring flush",1)]
X['a16'] = [("Rs 1,212.45",1),("Sale No. 14",1),("46",1),("011 255 1883",1)]

G['a17'] = [("November 22",1,["D:2025-11-22"]),("Thursday",1,["D:2025-11-27"]),("August",1,["M:2025-08"]),
 ("October 6",1,["D:2025-10-06"]),("Tuesday",1,["D:2025-11-25"]),("4 December",1,["D:2025-12-04"]),
 ("November 15",1,["D:2025-11-15"]),("a week earlier",1,["D:2025-11-08"]),
 ("Yesterday",1,["D:2025-11-20"]),("Friday",1,["D:2025-11-21"]),
 ("August 10, 2027",1,["D:2027-08-10"]),("the second Tuesday of August",1,["D:2027-08-10"]),
 ("Jamhuri Day",1,["D:2025-12-12"]),("1988",1,["Y:1988"]),("2022",1,["Y:2022"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("Wednesday",1,["D:2025-11-19"]),("Wednesday",2,["D:2025-11-26"]),
 ("Monday, December 1",1,["D:2025-12-01"])]
N['a17'] = [("6am",1)]
X['a17'] = [("48 hours",1),("seven days",1),("44",1),("KSh 96 million",1),("Form 35A",1),("212",1),("70000",1),("0800 724 001",1)]

G['a18'] = [("Tuesday 20 January",1,["D:2026-01-20"]),("Thursday",1,["D:2026-01-22"]),
 ("Australia Day",1,["D:2026-01-26"]),("today",1,["D:2026-01-20"]),
 ("the summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("Saturday",1,["D:2026-01-24"]),
 ("Sunday",1,["D:2026-01-25"]),("Monday",1,["D:2026-01-26"]),("Wednesday",1,["D:2026-01-21"]),
 ("May 2024",1,["M:2024-05"]),("last April",1,["M:2025-04"]),("Tomorrow",1,["D:2026-01-20"]),
 ("Monday",2,["D:2026-01-19"]),("Christmas",1,["D:2025-12-25"]),("New Year's Eve",1,["D:2025-12-31"]),
 ("2022",1,["Y:2022"]),("early 2023",1,["YIN:2023","IN:2023-01-01..2023-04-30"]),
 ("Saturday 31 January and Sunday 1 February",1,["R:2026-01-31..2026-02-01","D:2026-01-31","D:2026-02-01"]),
 ("the last weekend",1,["R:2026-01-31..2026-02-01"]),("Tuesday week",1,["D:2026-02-03"]),
 ("the first week of February",1,["W:2026-02-02","IN:2026-02-01..2026-02-07"]),
 ("December",1,["M:2025-12"]),("a year earlier",1,["M:2024-12"]),("2 February",1,["D:2026-02-02"]),
 ("the weekend",1,["R:2026-01-24..2026-01-25"])]
N['a18'] = [("the summer sales",1)]
X['a18'] = [("T1",1),("T4",1),("19",1),("three years",1),("20-minute",1),("51",1),("131 555",1),("1887 George Street",1)]

G['a19'] = [("Thursday 19 February",1,["D:2026-02-19"]),
 ("the six months to 31 December",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),
 ("a year earlier",1,["R:2024-07-01..2024-12-31","H:2024-H2"]),("Wednesday",1,["D:2026-02-18"]),
 ("FY26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("FY25",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("26 March",1,["D:2026-03-26"]),
 ("5 March",1,["D:2026-03-05"]),("the day before",1,["D:2026-03-04"]),
 ("Monday 2 March",1,["D:2026-03-02"]),("Today",1,["D:2026-02-18"]),
 ("the June half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),("Wednesday",2,["D:2026-02-18"]),
 ("late January",1,["MIN:2026-01"]),("April",1,["M:2026-04"]),("2007",1,["Y:2007"]),
 ("2012",1,["Y:2012"]),("the second half of 2026",1,["H:2026-H2"]),("2029",1,["Y:2029"]),
 ("the March quarter",1,["R:2026-01-01..2026-03-31","Q:2026-Q1"]),("late April",1,["MIN:2026-04"]),
 ("today",1,["D:2026-02-19"]),("November",1,["M:2025-11"])]
N['a19'] = [("Labour Day",1),("the wet season",1),("noon",1)]
X['a19'] = [("$1.94 billion",1),("$6,031 million",1),("$5,420 million",1),("57",1),("four days",1),("1,965",1),("08 9555 1960",1),("Level 19, 1903 Hay Street",1)]

G['a20'] = [("May 26",1,["D:2026-05-26"]),("Thursday",1,["D:2026-05-28"]),("June 1",1,["D:2026-06-01"]),
 ("Monday",1,["D:2026-05-25"]),("since Friday",1,["D:2026-05-22","R:2026-05-22..2026-05-26"]),
 ("Tomorrow",1,["D:2026-05-26"]),("Monday",2,["D:2026-05-25"]),("Last year",1,["Y:2025"]),
 ("May 24",1,["D:2025-05-24"]),("2009",1,["Y:2009"]),("2023",1,["Y:2023"]),
 ("June 8",1,["D:2023-06-08"]),
 ("June to September",1,["R:2026-06-01..2026-09-30","M:2026-06","M:2026-09"]),("May",3,["M:2026-05"]),
 ("June 9 to July 31",1,["R:2026-06-09..2026-07-31","D:2026-06-09","D:2026-07-31"]),
 ("June 2",1,["D:2026-06-02"]),("April 9",1,["D:2026-04-09"]),("Wednesday",1,["D:2026-05-27"]),
 ("Wednesday",2,["D:2026-05-27"]),("August 2018",1,["M:2018-08"]),("April",2,["M:2026-04"]),
 ("late August",1,["MIN:2026-08"]),("this year",1,["Y:2026"])]
N['a20'] = [("the breeding season",1),("Bakrid",1),("Onam",1)]
X['a20'] = [("204 mm",1),("NH 66",1),("58",1),("52-day",1),("within 24 hours",1),("1077",1)]

G['a21'] = [("Saturday 19 July 2025",1,["D:2025-07-19"]),("Monday",1,["D:2025-07-21"]),
 ("Tuesday",1,["D:2025-07-22"]),("1 July",1,["D:2025-07-01"]),
 ("28 July to 1 August",1,["R:2025-07-28..2025-08-01","D:2025-07-28","D:2025-08-01"]),
 ("the holiday",1,["R:2025-07-19..2025-07-22","P:D:2025-07-21"]),("Tomorrow",1,["D:2025-07-18"]),
 ("June",1,["M:2025-06"]),("Thursday",1,["D:2025-07-17"]),
 ("the first five months of the year",1,["R:2025-01-01..2025-05-31"]),("February",1,["M:2025-02"]),
 ("the first quarter of the financial year",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("August",2,["M:2025-08"]),("2025/26",1,["R:2025-04-01..2026-03-31","RY:2025..2026"]),
 ("1 April",1,["D:2025-04-01"]),("30 October 2024",1,["D:2024-10-30"]),("1966",1,["Y:1966"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("This winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("Friday",1,["D:2025-07-18"]),
 ("30 September",1,["D:2025-09-30"]),("the day after",1,["D:2025-10-01"]),
 ("a Tuesday",1,["D:2025-09-30"]),("a Wednesday",1,["D:2025-10-01"]),("this year",1,["Y:2025"]),
 ("Wednesday",2,["D:2025-07-23"]),
 ("the long weekend",1,["R:2025-07-19..2025-07-22","P:D:2025-07-21"])]
N['a21'] = [("President's Day",1),("Sir Seretse Khama Day",1),("Botswana Day",1),("7.30 a.m.",1)]
X['a21'] = [("50",1),("Plot 1966",1),("395 1966",1),("A1",1)]

G['a22'] = [("Wednesday 22 July",1,["D:2026-07-22"]),("Monday",1,["D:2026-07-27"]),("last year",1,["Y:2025"]),
 ("Sunday 2 August",1,["D:2026-08-02"]),("the day before the August bank holiday",1,["D:2026-08-02"]),
 ("Wednesday 29 July",1,["D:2026-07-29"]),("the following day",1,["D:2026-07-30"]),
 ("last year",2,["Y:2025"]),("2024",1,["Y:2024"]),("Yesterday",1,["D:2026-07-20"]),
 ("May",1,["M:2026-05"]),("Tuesday",1,["D:2026-07-21"]),("1869",1,["Y:1869"]),
 ("the 1950s",1,["DEC:1950","RY:1950..1959"]),("the June bank holiday",1,["D:2026-06-01"]),
 ("since January",1,["M:2026-01","R:2026-01-01..2026-07-22"]),("Friday 31 July",1,["D:2026-07-31"]),
 ("Saturday 1 August",1,["D:2026-08-01"]),("Sunday",2,["D:2026-07-26"]),
 ("Saturday",2,["D:2026-07-25"]),
 ("the October bank holiday weekend",1,["R:2025-10-25..2025-10-27","P:D:2025-10-27"]),
 ("last year",3,["Y:2025"]),("Thursday 30 July",1,["D:2026-07-30"])]
N['a22'] = [("5pm",1),("2pm",1),("Monday",2),("4.50pm",1)]
X['a22'] = [("N6",1),("seven-day",1),("€20",1),("45",1),("15 minutes",1),("091 555 0182",1),("Race 7",1)]

G['a23'] = [("Aug. 4",1,["D:2025-08-04"]),("Wednesday",1,["D:2025-08-06"]),
 ("the first Wednesday in August",1,["D:2025-08-06"]),("today",1,["D:2025-08-04"]),
 ("Regatta Day",1,["D:2025-08-06"]),("Tomorrow",1,["D:2025-08-04"]),("Sunday",1,["D:2025-08-03"]),
 ("last year",1,["Y:2024"]),("2019",1,["Y:2019"]),("1818",1,["Y:1818"]),("2007",1,["Y:2007"]),
 ("Saturday",1,["D:2025-08-02"]),("July",1,["M:2025-07"]),
 ("the rest of the month",1,["IN:2025-08-04..2025-08-31","M:2025-08"]),
 ("August 2024",1,["M:2024-08"]),("Aug. 2",1,["D:2025-08-02"]),("Friday",1,["D:2025-08-08"]),
 ("the following Monday",1,["D:2025-08-11"]),("next year",1,["Y:2026"]),
 ("last week",1,["W:2025-07-28"]),("July 1",1,["D:2025-07-01"])]
N['a23'] = [("Civic Holiday",1),("7 a.m.",1),("the next suitable day",1),("Memorial Day",1),("Canada Day",1)]
X['a23'] = [("60 km/h",1),("62",1),("2,450 metres",1),("8:51.32",1),("six nights",1),("Lane 6",1),("709-555-0128",1)]

G['a24'] = [("Dec. 28",1,["D:2026-12-28"]),("Wednesday",1,["D:2026-12-30"]),("Saturday",1,["D:2026-12-26"]),
 ("today",1,["D:2026-12-28"]),("Saturday",2,["D:2026-12-26"]),("tomorrow",1,["D:2026-12-29"]),
 ("Friday",1,["D:2027-01-01"]),("Yesterday",1,["D:2026-12-26"]),("Sunday",1,["D:2026-12-27"]),
 ("last year",1,["Y:2025"]),("the 18th century",1,["RY:1701..1800","RY:1700..1799"]),
 ("the 1940s",1,["DEC:1940","RY:1940..1949"]),("Jan. 10",1,["D:2027-01-10"]),
 ("a Sunday",1,["D:2027-01-10"]),("next year",1,["Y:2027"]),("Monday, Jan. 11",1,["D:2027-01-11"]),
 ("July",1,["M:2026-07"]),("the new year",1,["Y:2027"]),("Tuesday",1,["D:2026-12-29"]),
 ("Thursday",1,["D:2026-12-31"])]
N['a24'] = [("Boxing Day",2),("the following Monday",1),("New Year's Day",1),("1 a.m.",1),("3 o'clock",1),("Christmas",1),("Majority Rule Day",1),("The summer Junkanoo festival",1),("New Year's Day",2),("noon",1)]
X['a24'] = [("34",1),("2.5",1),("1,950",1),("$250,000",1),("three days",1),("$45",1),("242-555-0173",1)]

G['a25'] = [("Feb. 9",1,["D:2026-02-09"]),("tomorrow",1,["D:2026-02-10"]),("this year",1,["Y:2026"]),
 ("the second Tuesday of February",1,["D:2026-02-10"]),("Sunday",1,["D:2026-02-08"]),
 ("Wednesday",1,["D:2026-02-11"]),("Thursday",1,["D:2026-02-12"]),("Tomorrow",1,["D:2026-02-09"]),
 ("Sunday",2,["D:2026-02-08"]),("Last year",1,["Y:2025"]),("2012",1,["Y:2012"]),
 ("Nov. 20 to Dec. 18, 2022",1,["R:2022-11-20..2022-12-18","D:2022-11-20","D:2022-12-18"]),
 ("2030",1,["Y:2030"]),("late 2027",1,["YIN:2027","IN:2027-09-01..2027-12-31"]),
 ("Wednesday",2,["D:2026-02-11"]),("the following day",1,["D:2026-02-12"]),
 ("Friday",1,["D:2026-02-13"]),("Feb. 1",1,["D:2026-02-01"]),("February 18",1,["D:2026-02-18"]),
 ("March",1,["M:2026-03"]),("December 18",1,["D:2026-12-18"])]
N['a25'] = [("National Sport Day",1),("7 a.m.",1),("Ramadan",1),("the holy month",1),("Eid al-Fitr",1),("Qatar National Day",1)]
X['a25'] = [("an hour",1),("39",1),("2,022",1),("48 hours",1),("five hours",1),("Zone 56",1),("Street 930",1),("4455 2022",1)]
