# Hand annotation for probe p14 (invented news in forms p1-p13 used least: Nova Scotia's lobster 'Dumping Day' on
# 'the last Monday of the month', Pakistan's 'tax year 2026' (July-June, named by the year it ends) with 'the week to
# Sunday', England's A-level results day with 'Tuesday last week', 'a week today' and 'a fortnight today', a Scottish
# election count, Barbados' Kadooment Day with Emancipation Day moved off a Sunday, India's 'AY 2027-28' beside
# 'tax year 2026-27' and 'w.e.f. 01.04.2027', Singapore's Vesak Day on a Sunday observed on 'the following day', Kenya's
# KCSE in a Sunday paper, a Philippine storm with 'SY 2025-2026' and 'a year ago tomorrow', Australia's EOFY and 'the
# 2025-26 income year', a New York canvass with 'a week from yesterday' and '11/3', England's quarter days and
# Scotland's term days ('Lady Day', 'Whitsunday' on 28 May beside Whit Sunday, 'Martinmas', 'this day week'),
# Guyana's Mash Day and Phagwah 'a month from today', Pakistan's Eid-ul-Azha by the Zilhaj moon, Dublin runway night
# works, India's October-September sugar season and 'ESY 2025-26', New Zealand's Matariki and whitebait season, a
# South African obituary over Freedom Day observed on a Monday, Selection Sunday and the NCAA bracket, Nigeria's
# seasonal climate prediction ('the August break', 'around Democracy Day'), an August year-end's fiscal 2026, an Irish
# Sunday paper's 'Forty years ago tomorrow', 'Ten years ago last month' and 'Thirty years ago next month', New York's
# alternate-side parking over the High Holy Days of 5788, Junkanoo moved off a Sunday Boxing Day, BC Ferries over
# Family Day and 'Friday the 13th'), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal or tax year, the holiday of a holiday
#   weekend, the original day of 'N years to the day'); such a claim is not counted wrong for precision, but does not
#   earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, names with years such as 'the Scotland Act
#   1998', 'the Term and Quarter Days (Scotland) Act 1990', 'the 2026 Seasonal Climate Prediction', 'the 2022
#   midterms', a feast's name beside its date ('Yom Kippur, Monday, Oct. 11', 'Iqbal Day, November 9'), habitual or
#   generic dates ('from June to August' of a sales season, 'August is usually wetter than July', the four quarter days
#   listed as a rule, 'the 28th of the month'), events named by a date ('a daughter of 16 June'), anniversaries, vague
#   spans such as 'this time', 'the holidays', 'the first term' with no days given).
# X: decoys, not dates (ages, durations incl. 'within 25 days', '42 days', 'a day's head start', comparisons 'a week
#   earlier than usual', 'a day ahead of Pakistan', sets 'every opening', 'Saturdays and Sundays', 'Monday through
#   Saturday', 'when it falls on a Saturday', codes and numbers 'Runway 10/28', 'Runway 09/27', 'Section 25', 'Section
#   234C', 'SRO 1240(I)/2026', 'DepEd Order No. 22, s. 2024', 'Form 16', 'Co 86032', 'Pathway 26', 'Paper 3', 'Grade
#   9', 'Year 13', 'No. 16', 'Sweet 16', 'Block 17', 'District 117', 'Route 42', 'Highway 7', 'N17', 'NH-48', 'SH1',
#   phone lines '051-111-772-772', '1800 180 1961', '13 28 61', '592-226-1970', '311', '911', 'Rescue 1122', counts
#   and amounts that look like years '1,976', '2,021', '1,834', '1,965', '1,999', '1,986', '2,027', 'R1,994', scores
#   '78-71', 'from 1 to 30' of numbered blocks); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p13 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated, 'and', 'through' and 'from X to Y' ranges R:
#   with both ends as D:; holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and
#   'last week' both weeks before; 'the week of <date>' W: (P:D:); numeric dates in the newsroom's order; 'N days
#   before/after X' single days). Added in p14 (see README.txt): tax, income and assessment years ('tax year 2026' of
#   Pakistan July 2025-June 2026, 'tax year 2026-27' and 'AY 2027-28' of India, 'the 2025-26 income year' of
#   Australia, the UK's 'new tax year' from 6 April) R: of their days (P:Y:); 'Tuesday last week' the Tuesday of the
#   week before; 'a week today', 'a fortnight today', 'this day week', 'a week from yesterday', 'a month from today'
#   counted from the day named; 'N years ago tomorrow / last month / next month' D: or M: with Y:; 'the week to
#   Sunday' and 'the seven days to Sunday' R: of the seven days ending that day (and W:); quarter days and Scottish
#   term days D: of their fixed days ('Whitsunday' 28 May, not Whit Sunday); 'the quarter to 23 June' R: from the
#   quarter day; holidays moved off a Sunday ('the Boxing Day holiday', 'the public holiday for Freedom Day', 'the
#   following day') D: of the day observed, the feast itself D: of its own day; 'around Democracy Day' IN: a week
#   either side (P:D:); 'the first fortnight of July' R: of the 1st-14th (IN: to the 15th); a season or school year of
#   its own calendar ('SY 2025-2026', 'the 2025-26 season' of sugar, 'ESY 2025-26', 'the lobster season') R: of its
#   days with RY: and P:Y: of its first year; named days a story fixes ('Dumping Day', 'results day', 'rehearsal day',
#   'Selection Sunday', 'the Boxing Day parade', 'the first day back after winter break') D:.
G = {}
N = {}
X = {}
G['a01'] = [("Nov. 21",1,["D:2025-11-21"]),("Thursday",1,["D:2025-11-20"]),("Dumping Day",1,["D:2025-11-24"]),
 ("Monday",1,["D:2025-11-24"]),("the weekend",1,["R:2025-11-22..2025-11-23","D:2025-11-22"]),
 ("Tuesday",1,["D:2025-11-25"]),
 ("The season",1,["R:2025-11-24..2026-05-31","RY:2025..2026","P:Y:2025"]),("this year",1,["Y:2025"]),
 ("Nov. 24",1,["D:2025-11-24"]),("the last Monday of the month",1,["D:2025-11-24"]),
 ("May 31",1,["D:2026-05-31"]),("since 1982",1,["Y:1982"]),
 ("Last season's",1,["RY:2024..2025","P:Y:2024"]),("Wednesday, Nov. 27, 2024",1,["D:2024-11-27"]),
 ("2023",1,["Y:2023"]),("the 2024-25 season",1,["RY:2024..2025","P:Y:2024"]),
 ("a decade earlier",1,["RY:2014..2015","P:Y:2014"]),("last year",1,["Y:2024"]),
 ("the end of December",1,["MIN:2024-12","D:2024-12-31"]),("Monday",3,["D:2025-11-24"]),
 ("Feb. 17",1,["D:2026-02-17"]),("next week",1,["W:2025-11-24"]),
 ("the second week of December",1,["W:2025-12-08","IN:2025-12-08..2025-12-14"]),
 ("Sunday",1,["D:2025-11-23"]),("Two years ago",1,["Y:2023"]),
 ("the 1960s",1,["DEC:1960","RY:1960..1969"]),("Sunday",2,["D:2025-11-23"]),
 ("last year",2,["Y:2024"])]
N['a01'] = [("6 a.m.",1),("3 p.m.",1),("the day before",1),("the Lunar New Year",1),("Christmas",1),("Dumping Day",2),("4 a.m.",1),("noon",1),("3 p.m.",2),("the morning",1)]
X['a01'] = [("1,600",1),("Lobster Fishing Areas 33 and 34",1),("a day's head start",1),("61",1),("two days",1),("a single day",1),("LFA 34",1),("channel 16",1),("an hour",1),("every opening",1),("each day",1)]

G['a02'] = [("Sept 29",1,["D:2026-09-29"]),("Monday",1,["D:2026-09-28"]),("tomorrow's",1,["D:2026-09-30"]),
 ("tax year 2026",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("Sunday",1,["D:2026-09-27"]),
 ("last year",1,["Y:2025"]),("the tax year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("from July 1, 2025 to June 30, 2026",1,["R:2025-07-01..2026-06-30","D:2025-07-01","D:2026-06-30"]),
 ("30th September",1,["D:2026-09-30"]),("the last date",1,["D:2025-09-30"]),
 ("tax year 2025",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("October 15",1,["D:2025-10-15"]),
 ("October 31, 2025",1,["D:2025-10-31"]),("the middle of August",1,["MIN:2025-08"]),
 ("Monday",2,["D:2026-09-28"]),("Wednesday",1,["D:2026-09-30"]),("the 1st",1,["D:2026-10-01"]),
 ("the week to Sunday",1,["R:2026-09-21..2026-09-27","W:2026-09-21"]),("tomorrow",2,["D:2026-09-30"]),
 ("since Defence Day",1,["D:2026-09-06","R:2026-09-06..2026-09-29"]),
 ("September 6",1,["D:2026-09-06"]),
 ("the previous tax year",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("August 20",1,["D:2026-08-20"]),
 ("December 31",1,["D:2026-12-31"]),
 ("the first quarter of the current fiscal year",1,["R:2026-07-01..2026-09-30","Q:2026-Q3"]),
 ("tomorrow",3,["D:2026-09-30"]),("FY2026-27",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("June 10",1,["D:2026-06-10"]),("FY2025-26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("August",3,["M:2026-08"]),("November 9",1,["D:2026-11-09"])]
N['a02'] = [("midnight",1),("Iqbal Day",1)]
X['a02'] = [("58",1),("051-111-772-772",1),("24/7",1),("Saturdays and Sundays",1),("SRO 1240(I)/2026",1),("Section 182",1),("a fortnight",1)]

G['a03'] = [("13 August",1,["D:2026-08-13"]),("this morning",1,["D:2026-08-13"]),("since 2023",1,["Y:2023"]),
 ("last summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("2019",1,["Y:2019"]),
 ("the last year",1,["Y:2019"]),("2020 and 2021",1,["RY:2020..2021","Y:2020","Y:2021"]),
 ("this time last year",1,["D:2025-08-13","M:2025-08","Y:2025"]),("1 July",1,["D:2026-07-01"]),
 ("20 October",1,["D:2026-10-20"]),("Tuesday last week",1,["D:2026-08-04"]),
 ("4 August",1,["D:2026-08-04"]),("a week today",1,["D:2026-08-20"]),("20 August",1,["D:2026-08-20"]),
 ("a fortnight today",1,["D:2026-08-27"]),("Thursday 27 August",1,["D:2026-08-27"]),
 ("the autumn series",1,["R:2026-10-05..2026-10-23"]),
 ("from 5 to 23 October",1,["R:2026-10-05..2026-10-23","D:2026-10-05","D:2026-10-23"]),
 ("results day",1,["D:2026-08-13"]),("since March",1,["M:2026-03","R:2026-03-01..2026-08-13"]),
 ("late September",1,["MIN:2026-09"]),("the 2027 exam series",1,["Y:2027"]),
 ("next month",1,["M:2026-09"]),
 ("the 2024-25 school year",1,["RY:2024..2025","IN:2024-08-01..2025-07-31","P:Y:2024"])]
N['a03'] = [("8am",1),("7am",1),("midnight",1),("6am",1),("the class of 2026",1)]
X['a03'] = [("0808 164 2026",1),("Year 11",1),("grade 9",1),("42 days",1),("18",1),("Year 13",1),("Year 12",1)]

G['a04'] = [("8 May",1,["D:2026-05-08"]),("today",1,["D:2026-05-08"]),("tomorrow",1,["D:2026-05-09"]),
 ("yesterday",1,["D:2026-05-07"]),("6 May 2021",1,["D:2021-05-06"]),("1999",1,["Y:1999"]),
 ("five years ago",1,["Y:2021"]),
 ("from Monday 20 April",1,["D:2026-04-20","R:2026-04-20..2026-05-07"]),
 ("polling day",1,["D:2026-05-07"]),("Wednesday 13 May",1,["D:2026-05-13"]),
 ("4 June",1,["D:2026-06-04"]),("a fortnight ago",1,["D:2026-04-24","W:2026-04-20"]),
 ("next week",1,["W:2026-05-11"]),("the spring bank holiday",1,["D:2026-05-25"]),
 ("25 May",1,["D:2026-05-25"]),("Saturday 27 June",1,["D:2026-06-27"]),
 ("on Monday",1,["D:2026-05-11"]),("on Thursday",1,["D:2026-05-07"]),
 ("last autumn",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),("September",1,["M:2026-09"]),
 ("May 2027",1,["M:2027-05"])]
N['a04'] = [("9am",1),("10pm",1),("2.15pm",1),("the Scotland Act 1998",1),("the summer recess",1),("overnight",1),("midday",1)]
X['a04'] = [("2,021",1),("seven days",1),("28 days",1),("73",2),("No 10",1),("two-day",1),("Thursday night",1)]

G['a05'] = [("July 28",1,["D:2027-07-28"]),("this year",1,["Y:2027"]),("Emancipation Day",1,["D:2027-08-01"]),
 ("a Sunday",1,["D:2027-08-01"]),("the public holiday",1,["D:2027-08-03"]),
 ("Tuesday, August 3",1,["D:2027-08-03"]),("the day after Kadooment Day",1,["D:2027-08-03"]),
 ("yesterday",1,["D:2027-07-27"]),("Monday",1,["D:2027-08-02"]),("Tuesday",2,["D:2027-08-03"]),
 ("next Wednesday",1,["D:2027-08-04"]),("the long weekend",1,["R:2027-07-31..2027-08-03"]),
 ("from Saturday to Tuesday",1,["R:2027-07-31..2027-08-03","D:2027-07-31","D:2027-08-03"]),
 ("June 5",1,["D:2027-06-05"]),("this week",1,["W:2027-07-26"]),("Friday",1,["D:2027-07-30"]),
 ("Saturday",2,["D:2027-07-31"]),("the 2nd",1,["D:2027-08-02"]),
 ("last year's Kadooment",1,["D:2026-08-03"]),("August 3, 2026",1,["D:2026-08-03"]),
 ("March",1,["M:2027-03"]),("August 1, 1834",1,["D:1834-08-01"]),("four years later",1,["Y:1838"]),
 ("Sunday",2,["D:2027-08-01"]),("July",2,["M:2027-07"]),("the same month last year",1,["M:2026-07"]),
 ("between Thursday and next Wednesday",1,["R:2027-07-29..2027-08-04","D:2027-07-29","D:2027-08-04"]),
 ("Kadooment night",1,["D:2027-08-02"]),("next year",1,["Y:2028"]),("a Tuesday",1,["D:2028-08-01"])]
N['a05'] = [("The season",1),("the Ceremonial Delivery of the Last Canes",1),("2am",1),("9am",1),("dawn",1),("Emancipation Day",2)]
X['a05'] = [("four-day",1),("Highway 7",1),("1,834",1),("Route 11",1),("four-day",2),("44",1)]

G['a06'] = [("June 14",1,["D:2027-06-14"]),("FY 2027-28",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("tomorrow",1,["D:2027-06-15"]),("Sunday",1,["D:2027-06-13"]),
 ("the year ended March 31",1,["R:2026-04-01..2027-03-31","P:Y:2027","P:D:2027-03-31"]),
 ("April 1, 2026",1,["D:2026-04-01"]),("AY 2027-28",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("01.04.2027",1,["D:2027-04-01"]),("tax year 2026-27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("31st July",1,["D:2027-07-31"]),("a Saturday",1,["D:2027-07-31"]),("Last year",1,["Y:2026"]),
 ("15.09.2026",1,["D:2026-09-15"]),("June 15",1,["D:2027-06-15"]),
 ("the first fortnight of July",1,["R:2027-07-01..2027-07-14","IN:2027-07-01..2027-07-15"]),
 ("December 31",1,["D:2027-12-31"]),("September 15",1,["D:2027-09-15"]),
 ("December 15",1,["D:2027-12-15"]),("March 15, 2028",1,["D:2028-03-15"]),
 ("the previous year",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("FY 2025-26",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),("the last day",1,["D:2026-09-15"]),
 ("the end of July",1,["MIN:2027-07","D:2027-07-31"]),
 ("FY 2026-27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),("last Friday",1,["D:2027-06-11"]),
 ("Three years ago",1,["Y:2024"]),("August",1,["M:2024-08"])]
N['a06'] = [("the Income-tax Act, 2025",1),("assessment year",1),("tax year",1),("since then",1),("8 am",1),("8 pm",1)]
X['a06'] = [("Form 16",1),("10 days",1),("Section 234C",1),("three hours",1),("1800 180 1961",1),("Saturdays",1)]

G['a07'] = [("May 28",1,["D:2026-05-28"]),
 ("the Vesak Day long weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-05-31"]),
 ("Wednesday",1,["D:2026-05-27"]),
 ("Friday and Monday",1,["R:2026-05-29..2026-06-01","D:2026-05-29","D:2026-06-01"]),
 ("Sunday",1,["D:2026-05-31"]),("May 31",1,["D:2026-05-31"]),("this year",1,["Y:2026"]),
 ("the following day",1,["D:2026-06-01"]),
 ("Saturday and Sunday",1,["R:2026-05-30..2026-05-31","D:2026-05-30","D:2026-05-31"]),
 ("yesterday",1,["D:2026-05-27"]),
 ("the June school holidays",1,["R:2026-05-30..2026-06-28","IN:2026-05-29..2026-06-29"]),
 ("Saturday",2,["D:2026-05-30"]),("June 28",1,["D:2026-06-28"]),
 ("the first week of the holidays",1,["W:2026-06-01","R:2026-05-30..2026-06-05"]),
 ("last year",1,["Y:2025"]),("2026",1,["Y:2026"]),("Aug 9",1,["D:2026-08-09"]),
 ("Nov 8",1,["D:2026-11-08"]),("Monday, Aug 10",1,["D:2026-08-10"]),
 ("Monday, Nov 9",1,["D:2026-11-09"]),("Last year's Vesak Day",1,["D:2025-05-12"]),
 ("a Monday",1,["D:2025-05-12"]),("Friday",2,["D:2026-05-29"]),("Dec 20",1,["D:2025-12-20"]),
 ("last year",2,["Y:2025"]),("Sunday",4,["D:2026-05-31"]),("2019",1,["Y:2019"]),
 ("early next year",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),("in 2030",1,["Y:2030"]),
 ("in the third quarter",1,["Q:2026-Q3"])]
N['a07'] = [("Vesak Day",2),("Hari Raya Haji",1),("National Day",1),("Deepavali",1),("7.30pm",1)]
X['a07'] = [("a day after",1),("30 minutes",1),("bus services 14 and 16",1),("1,965",1),("a Sunday",1),("Terminal 2",1),("three hours",1)]

G['a08'] = [("October 19",1,["D:2025-10-19"]),("2025",1,["Y:2025"]),("the coming week",1,["W:2025-10-20"]),
 ("the day after Mashujaa Day",1,["D:2025-10-21"]),
 ("from Monday, November 3, to Friday, November 21",1,["R:2025-11-03..2025-11-21","D:2025-11-03","D:2025-11-21"]),
 ("last week",1,["W:2025-10-13","W:2025-10-06"]),("Friday, October 31",1,["D:2025-10-31"]),
 ("rehearsal day",1,["D:2025-10-31"]),("tomorrow's",1,["D:2025-10-20"]),
 ("the holiday",1,["D:2025-10-20"]),("Friday",3,["D:2025-10-24"]),
 ("the third term",1,["R:2025-08-25..2025-10-24"]),("August 25",1,["D:2025-08-25"]),
 ("January",1,["M:2026-01"]),("the first week",1,["W:2025-11-03"]),("the second",1,["W:2025-11-10"]),
 ("December 1",1,["D:2025-12-01"]),("Christmas",1,["D:2025-12-25"]),("2024",1,["Y:2024"]),
 ("January 9",1,["D:2025-01-09"]),("this year",1,["Y:2025"]),("this year's",1,["Y:2025"]),
 ("the first week of January",1,["W:2026-01-05","IN:2026-01-01..2026-01-07"]),
 ("a week on Tuesday",1,["D:2025-10-28"]),("two years ago",1,["Y:2023"]),
 ("last week",2,["W:2025-10-13","W:2025-10-06"]),
 ("since September",1,["M:2025-09","R:2025-09-01..2025-10-19"]),("next week",1,["W:2025-10-20"])]
N['a08'] = [("6am",1),("5pm",1),("Mashujaa Day",2),("the year",1),("the first term",1)]
X['a08'] = [("each day",1),("Form Three",1),("Paper 3",1),("Paper 3",2),("1,693",1),("Grade 9",1)]

G['a09'] = [("July 23",1,["D:2025-07-23"]),("tomorrow",1,["D:2025-07-24"]),("July 24",1,["D:2025-07-24"]),
 ("Thursday",1,["D:2025-07-24"]),("Saturday",1,["D:2025-07-26"]),
 ("since Monday",1,["D:2025-07-21","R:2025-07-21..2025-07-23"]),
 ("a year ago tomorrow",1,["D:2024-07-24","Y:2024"]),
 ("SY 2025-2026",1,["RY:2025..2026","R:2025-06-16..2026-03-31","P:Y:2025"]),
 ("June 16",1,["D:2025-06-16"]),("March 31, 2026",1,["D:2026-03-31"]),
 ("August 28 and 29",1,["R:2025-08-28..2025-08-29","D:2025-08-28","D:2025-08-29"]),
 ("Thursday and Friday",1,["R:2025-08-28..2025-08-29","D:2025-08-28","D:2025-08-29"]),
 ("August 21",1,["D:2025-08-21"]),("August 25",1,["D:2025-08-25"]),
 ("the last week of July",1,["W:2025-07-28","IN:2025-07-25..2025-07-31"]),
 ("Sunday's",1,["D:2025-07-27"]),("the rest of the week",1,["R:2025-07-23..2025-07-27"]),
 ("Wednesday and Thursday",1,["R:2025-07-23..2025-07-24","D:2025-07-23","D:2025-07-24"]),
 ("the end of the month",1,["MIN:2025-07","D:2025-07-31"]),("Last year",1,["Y:2024"]),
 ("2023",1,["Y:2023"])]
N['a09'] = [("a third day",1),("noon",1),("Ninoy Aquino Day",1),("National Heroes Day",1),("August",4),("July",4)]
X['a09'] = [("Signal No. 2",1),("four days",1),("Saturdays",1),("DepEd Order No. 22, s. 2024",1),("911",1),("136",1),("36",1)]

G['a10'] = [("30 June",1,["D:2026-06-30"]),("the 2025-26 income year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("tomorrow",1,["D:2026-07-01"]),
 ("the first week of July",1,["W:2025-07-07","IN:2025-07-01..2025-07-07"]),("last year",1,["Y:2025"]),
 ("14 July",1,["D:2026-07-14"]),("mid-July",1,["MIN:2026-07"]),("1 July",1,["D:2026-07-01"]),
 ("Monday",1,["D:2026-06-29"]),("31 October",1,["D:2026-10-31"]),("a Saturday",1,["D:2026-10-31"]),
 ("this year",1,["Y:2026"]),("the next business day",1,["D:2026-11-02"]),
 ("Monday 2 November",1,["D:2026-11-02"]),("15 May 2027",1,["D:2027-05-15"]),
 ("the June quarter",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),("28 July",1,["D:2026-07-28"]),
 ("the September quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),
 ("28 October",1,["D:2026-10-28"]),("today",1,["D:2026-06-30"]),("last year's",1,["Y:2025"]),
 ("next financial year",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("EOFY",1,["D:2026-06-30"]),
 ("the King's Birthday long weekend",1,["R:2026-06-06..2026-06-08","P:D:2026-06-08"]),
 ("the last fortnight",1,["R:2026-06-16..2026-06-29","IN:2026-06-16..2026-06-30"]),
 ("last financial year",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("July 2024",1,["M:2024-07"]),
 ("a fortnight from Friday",1,["D:2026-07-17"]),
 ("this winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("May",2,["M:2026-05"]),
 ("1 July 2024",1,["D:2024-07-01"]),("the whole year",1,["R:2025-07-01..2026-06-30","P:Y:2026"])]
N['a10'] = [("midnight",1),("8am",1),("8pm",1),("day one",1)]
X['a10'] = [("13 28 61",1),("more than 2,000 hours",1),("five days a week",1)]

G['a11'] = [("Nov. 4",1,["D:2026-11-04"]),("Wednesday",1,["D:2026-11-04"]),("Tuesday's",1,["D:2026-11-03"]),
 ("Election Day",1,["D:2026-11-03"]),("Nov. 10",1,["D:2026-11-10"]),
 ("a week from yesterday",1,["D:2026-11-10"]),("Monday, Nov. 16",1,["D:2026-11-16"]),
 ("11/3",1,["D:2026-11-03"]),("Thursday",1,["D:2026-11-05"]),
 ("the Friday after Election Day",1,["D:2026-11-06"]),("last night",1,["D:2026-11-03"]),
 ("a week from Monday",1,["D:2026-11-16"]),("2024",1,["Y:2024"]),
 ("from Oct. 24 through Nov. 1",1,["R:2026-10-24..2026-11-01","D:2026-10-24","D:2026-11-01"]),
 ("Nov. 11",1,["D:2026-11-11"]),("the Saturday after Thanksgiving",1,["D:2026-11-28"]),
 ("Nov. 28",1,["D:2026-11-28"]),("December",1,["M:2026-12"]),("two years ago",1,["Y:2024"]),
 ("Jan. 1",1,["D:2027-01-01"]),("the first Wednesday of January",1,["D:2027-01-06"]),
 ("2026",1,["Y:2026"]),("since 2010",1,["Y:2010"]),("Tuesday",2,["D:2026-11-03"])]
N['a11'] = [("10 a.m.",1),("the 2022 midterms",1),("Veterans Day",1),("the Help America Vote Act of 2002",1),("day one",1)]
X['a11'] = [("1,976",1),("67",1),("within 25 days",1),("District 117",1),("two-week",1)]

G['a12'] = [("25 March",1,["D:2027-03-25"]),("today",1,["D:2027-03-25"]),("Lady Day",1,["D:2027-03-25"]),
 ("since 2020",1,["Y:2020"]),("Maundy Thursday",1,["D:2027-03-25"]),
 ("the Easter weekend",1,["R:2027-03-26..2027-03-29","R:2027-03-26..2027-03-28","P:D:2027-03-28"]),
 ("Today's",1,["D:2027-03-25"]),("the quarter to 23 June",1,["R:2027-03-25..2027-06-23"]),
 ("Tuesday",1,["D:2027-03-30"]),("tomorrow",1,["D:2027-03-26"]),("Monday",1,["D:2027-03-29"]),
 ("January",1,["M:2027-01"]),("the Midsummer quarter day",1,["D:2027-06-24"]),
 ("24 June",1,["D:2027-06-24"]),("Michaelmas",2,["D:2027-09-29"]),
 ("the Christmas quarter",1,["R:2026-12-25..2027-03-24"]),
 ("a year earlier",1,["R:2025-12-25..2026-03-24","P:Y:2026"]),("Whitsunday",1,["D:2027-05-28"]),
 ("Friday 28 May",1,["D:2027-05-28"]),("Whit Sunday",1,["D:2027-05-16"]),
 ("Martinmas",1,["D:2027-11-28"]),("a Sunday",1,["D:2027-11-28"]),("Candlemas",1,["D:2027-02-28"]),
 ("28 February",1,["D:2027-02-28"]),("since Christmas",1,["D:2026-12-25","R:2026-12-25..2027-03-25"]),
 ("Michaelmas",3,["D:2027-09-29"]),("this day week",1,["D:2027-04-01"]),
 ("the new tax year",1,["R:2027-04-06..2028-04-05","P:Y:2027","P:Y:2028"]),
 ("6 April",1,["D:2027-04-06"]),("1752",1,["Y:1752"]),("2026",1,["Y:2026"]),
 ("this year",1,["Y:2027"])]
N['a12'] = [("the four English quarter days",1),("Lady Day",2),("Midsummer Day",1),("Michaelmas",1),("Christmas",1),("3pm",1),("Good Friday",1),("Easter Monday",1),("Term and Quarter Days (Scotland) Act 1990",1),("its term days",1),("the 28th of the month",1),("Old Lady Day",1)]
X['a12'] = [("any quarter day",1),("a quarter",1),("nearly two weeks",1),("Section 25",1),("six months",1),("five years",1)]

G['a13'] = [("February 22",1,["D:2027-02-22"]),("tomorrow",1,["D:2027-02-23"]),("Mash Day",1,["D:2027-02-23"]),
 ("a Tuesday",1,["D:2027-02-23"]),("this year",1,["Y:2027"]),("Wednesday",1,["D:2027-02-24"]),
 ("February 23, 1970",1,["D:1970-02-23"]),("four years after independence",1,["Y:1970"]),
 ("1966",1,["Y:1966"]),("last year's parade",1,["D:2026-02-23"]),("Saturday",1,["D:2027-02-20"]),
 ("Saturday, February 13",1,["D:2027-02-13"]),
 ("the following weekend",1,["R:2027-02-20..2027-02-21","D:2027-02-20"]),
 ("a month from today",1,["D:2027-03-22"]),("Monday, March 22",1,["D:2027-03-22"]),
 ("the eve of Phagwah",1,["D:2027-03-21"]),("March 26",1,["D:2027-03-26"]),
 ("Easter Monday",1,["D:2027-03-29"]),("1838",1,["Y:1838"]),("May 5",1,["D:2027-05-05"]),
 ("Independence Day",1,["D:2027-05-26"]),("three weeks later",1,["D:2027-05-26","W:2027-05-24"]),
 ("on Sunday",1,["D:2027-02-21"]),("a year ago",1,["Y:2026"]),
 ("the first three weeks of February",1,["R:2027-02-01..2027-02-21"]),("Next year",1,["Y:2028"])]
N['a13'] = [("6am",1),("the 57th anniversary of the Republic",1),("Republic Day",1),("10am",1),("a crowded season of holidays",1),("Phagwah",1),("Good Friday",1),("Arrival Day",1)]
X['a13'] = [("a week earlier",1),("Route 42",1),("592-226-1970",1),("2,027",1),("38",1),("Every year",1)]

G['a14'] = [("May 15",1,["D:2027-05-15"]),("Friday",1,["D:2027-05-14"]),("Monday",1,["D:2027-05-17"]),
 ("May 17",1,["D:2027-05-17"]),("May 7",1,["D:2027-05-07"]),("Saturday, May 8",1,["D:2027-05-08"]),
 ("the first of Zilhaj",1,["D:2027-05-08"]),("the 10th",1,["D:2027-05-17"]),
 ("Monday",2,["D:2027-05-17"]),("today",1,["D:2027-05-15"]),("tomorrow",1,["D:2027-05-16"]),
 ("Sunday",1,["D:2027-05-16"]),("Eid holidays",1,["R:2027-05-17..2027-05-19","P:D:2027-05-17"]),
 ("from Monday to Wednesday",1,["R:2027-05-17..2027-05-19","D:2027-05-17","D:2027-05-19"]),
 ("Thursday",1,["D:2027-05-20"]),("Friday",2,["D:2027-05-21"]),("May 28",1,["D:2027-05-28"]),
 ("April 20",1,["D:2027-04-20"]),("the eve of Eid",1,["D:2027-05-16"]),("this year",1,["Y:2027"]),
 ("last year",1,["Y:2026"]),
 ("between May 12 and May 16",1,["R:2027-05-12..2027-05-16","D:2027-05-12","D:2027-05-16"]),
 ("a week after Eid",1,["D:2027-05-24","W:2027-05-24"]),
 ("since Wednesday",1,["D:2027-05-12","R:2027-05-12..2027-05-15"]),
 ("Monday and Tuesday",1,["R:2027-05-17..2027-05-18","D:2027-05-17","D:2027-05-18"]),
 ("Last year",1,["Y:2026"]),("April",2,["M:2027-04"]),
 ("FY2027-28",1,["R:2027-07-01..2028-06-30","P:Y:2028"]),("June 4",1,["D:2027-06-04"]),
 ("a week after Youm-e-Takbeer",1,["D:2027-06-04","W:2027-05-31"])]
N['a14'] = [("Eid-ul-Azha",1),("Eid",2),("Youm-e-Arafah",1),("Youm-e-Takbeer",1),("the Eid holidays",1)]
X['a14'] = [("a day ahead",1),("five-day",1),("from 1 to 30",1),("52",1),("Block 17",1),("Rescue 1122",1),("15",2),("within 48 hours",1)]

G['a15'] = [("12 February",1,["D:2025-02-12"]),("a fortnight on Monday",1,["D:2025-03-03"]),
 ("last night",1,["D:2025-02-11"]),
 ("from Monday 3 March to Friday 28 March",1,["R:2025-03-03..2025-03-28","D:2025-03-03","D:2025-03-28"]),
 ("the St Patrick's Day weekend",1,["R:2025-03-15..2025-03-17","R:2025-03-15..2025-03-16","P:D:2025-03-17"]),
 ("last October",1,["M:2024-10"]),("August 2022",1,["M:2022-08"]),
 ("Tuesday 4 March",1,["D:2025-03-04"]),("on Monday",2,["D:2025-02-10"]),
 ("the last Sunday in March",1,["D:2025-03-30"]),("30 March",1,["D:2025-03-30"]),
 ("24 January",1,["D:2025-01-24"]),("January",2,["M:2025-01"]),
 ("the same month last year",1,["M:2024-01"]),
 ("the seven days to Sunday",1,["R:2025-02-03..2025-02-09","W:2025-02-03"]),
 ("the Easter school holidays",1,["R:2025-04-14..2025-04-25","IN:2025-04-13..2025-04-26"]),
 ("from Monday 14 April to Friday 25 April",1,["R:2025-04-14..2025-04-25","D:2025-04-14","D:2025-04-25"]),
 ("last year",2,["Y:2024"]),("2030",1,["Y:2030"]),("2007",1,["Y:2007"]),
 ("the first quarter",1,["Q:2025-Q1"])]
N['a15'] = [("06:30",1),("23:30",1),("06:00",1),("23:00",1),("the summer schedule",1),("the time of year",1),("the February midterm break",1)]
X['a15'] = [("four weeks",1),("Runway 10/28",1),("Runway 10L/28R",1),("a week",1),("nine hours",1),("three hours",1),("two hours",1),("Terminal 2",1)]

G['a16'] = [("Oct 4",1,["D:2025-10-04"]),
 ("the 2025-26 season",1,["R:2025-10-01..2026-09-30","RY:2025..2026","P:Y:2025"]),
 ("Friday",1,["D:2025-10-03"]),
 ("The season",1,["R:2025-10-01..2026-09-30","RY:2025..2026","P:Y:2025"]),
 ("Wednesday",1,["D:2025-10-01"]),
 ("The 2024-25 season",1,["R:2024-10-01..2025-09-30","RY:2024..2025","P:Y:2024"]),
 ("Tuesday",1,["D:2025-09-30"]),("2019-20",1,["R:2019-10-01..2020-09-30","RY:2019..2020","P:Y:2019"]),
 ("November 1",1,["D:2025-11-01"]),("twelve days after Diwali",1,["D:2025-11-01"]),
 ("Oct 20",1,["D:2025-10-20"]),("this year",1,["Y:2025"]),
 ("The June-September monsoon",1,["R:2025-06-01..2025-09-30"]),
 ("the first fortnight of September",1,["R:2025-09-01..2025-09-14","IN:2025-09-01..2025-09-15"]),
 ("this season",1,["R:2025-10-01..2026-09-30","RY:2025..2026","P:Y:2025"]),
 ("ESY 2025-26",1,["R:2025-11-01..2026-10-31","RY:2025..2026","P:Y:2025"]),
 ("from November 1 to October 31",1,["R:2025-11-01..2026-10-31","D:2025-11-01","D:2026-10-31"]),
 ("the first quarter of the supply year",1,["R:2025-11-01..2026-01-31"]),
 ("next week",1,["W:2025-10-06"]),("last month",1,["M:2025-09"]),("Thursday",1,["D:2025-10-02"]),
 ("last season",1,["RY:2024..2025","R:2024-10-01..2025-09-30","P:Y:2024"]),
 ("since March",1,["M:2025-03","R:2025-03-01..2025-10-04"]),("October 15",1,["D:2025-10-15"]),
 ("Last year",1,["Y:2024"]),("Oct 10",1,["D:2025-10-10"])]
N['a16'] = [("from October to September",1),("Diwali",2),("the ethanol supply year",1),("the festival season",1),("Dussehra",1),("this time",1)]
X['a16'] = [("Co 86032",1),("NH-48",1),("two months",1),("64",1),("nine days",1)]

G['a17'] = [("9 July",1,["D:2026-07-09"]),
 ("the Matariki long weekend",1,["R:2026-07-10..2026-07-12","P:D:2026-07-10"]),
 ("tomorrow",1,["D:2026-07-10"]),
 ("the school holidays",1,["R:2026-07-04..2026-07-19","IN:2026-07-03..2026-07-20"]),
 ("2022",1,["Y:2022"]),("the term break",1,["R:2026-07-04..2026-07-19","IN:2026-07-03..2026-07-20"]),
 ("Friday 3 July",1,["D:2026-07-03"]),("Monday 20 July",1,["D:2026-07-20"]),
 ("Last year's Matariki holiday",1,["D:2025-06-20"]),("20 June",1,["D:2025-06-20"]),
 ("next year's",1,["D:2027-06-25"]),("25 June",1,["D:2027-06-25"]),("until 2052",1,["Y:2052"]),
 ("King's Birthday weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-06-01"]),
 ("late May",1,["MIN:2026-05"]),("Saturday",1,["D:2026-07-11"]),("Sunday",1,["D:2026-07-12"]),
 ("the last day of the long weekend",1,["D:2026-07-12"]),("tomorrow",2,["D:2026-07-10"]),
 ("Tuesday",1,["D:2026-07-07"]),
 ("the 2026 whitebait season",1,["R:2026-09-01..2026-10-30","P:Y:2026"]),
 ("from 1 September to 30 October",1,["R:2026-09-01..2026-10-30","D:2026-09-01","D:2026-10-30"]),
 ("last spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"]),
 ("the first Saturday of the season",1,["D:2026-09-05"]),("2022",2,["Y:2022"]),
 ("this winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("2019",1,["Y:2019"]),
 ("mid-October",1,["MIN:2026-10"]),
 ("Labour Day weekend",1,["R:2026-10-24..2026-10-26","P:D:2026-10-26"]),
 ("26 October",1,["D:2026-10-26"]),("last week",1,["W:2026-06-29"])]
N['a17'] = [("the Māori new year holiday",1),("7am",1),("the ski season",1)]
X['a17'] = [("a fortnight",1),("each year",1),("in five years",1),("SH1",1),("three seasons",1),("71",1),("0800 362 468",1)]

G['a18'] = [("24 April",1,["D:2025-04-24"]),("1973",1,["Y:1973"]),("Easter Sunday",1,["D:2025-04-20"]),
 ("Good Friday",1,["D:2025-04-18"]),("two days later",1,["D:2025-04-20"]),
 ("a week ago today",1,["D:2025-04-17"]),("1940-2025",1,["RY:1940..2025","Y:1940","Y:2025"]),
 ("16 June 1940",1,["D:1940-06-16"]),("36 years to the day",1,["D:1940-06-16","P:D:1976-06-16"]),
 ("1966",1,["Y:1966"]),("1976-77",1,["RY:1976..1977","Y:1976","Y:1977"]),
 ("the 1980s",1,["DEC:1980","RY:1980..1989"]),("27 April 1994",1,["D:1994-04-27"]),
 ("1999",1,["Y:1999"]),("Saturday",1,["D:2025-04-26"]),("26 April",1,["D:2025-04-26"]),
 ("Friday",2,["D:2025-04-25"]),("Monday",1,["D:2025-04-28"]),("a Sunday",1,["D:2025-04-27"]),
 ("this year",1,["Y:2025"]),("the following day",1,["D:2025-04-28"]),
 ("next Thursday",1,["D:2025-05-01"]),("2011",1,["Y:2011"]),("two years ago",1,["Y:2023"]),
 ("until the end of May",1,["MIN:2025-05","D:2025-05-31"])]
N['a18'] = [("Freedom Day",1),("16 June",2),("27 April",2),("Workers' Day",1)]
X['a18'] = [("84",1),("15",1),("14 months",1),("less than two weeks later",1),("R1,994",1),("a month",1),("Saturdays",1)]

G['a19'] = [("March 15",1,["D:2027-03-15"]),("Selection Sunday",1,["D:2027-03-14"]),
 ("Saturday",1,["D:2027-03-13"]),
 ("Tuesday and Wednesday",1,["R:2027-03-16..2027-03-17","D:2027-03-16","D:2027-03-17"]),
 ("Thursday through Sunday",1,["R:2027-03-18..2027-03-21","D:2027-03-18","D:2027-03-21"]),
 ("a week from Thursday",1,["D:2027-03-25"]),("March 25",1,["D:2027-03-25"]),
 ("that weekend",1,["R:2027-03-27..2027-03-28","D:2027-03-27"]),
 ("Saturday, April 3",1,["D:2027-04-03"]),("two nights later",1,["D:2027-04-05"]),
 ("last year's title game",1,["D:2026-04-06"]),("April 6",1,["D:2026-04-06"]),
 ("Sunday",3,["D:2027-03-14"]),("Saturday",3,["D:2027-03-13"]),("yesterday",1,["D:2027-03-14"]),
 ("Tuesday",2,["D:2027-03-16"]),("tonight",1,["D:2027-03-15"]),("Wednesday",2,["D:2027-03-17"]),
 ("April 2 and 4",1,["R:2027-04-02..2027-04-04","D:2027-04-02","D:2027-04-04"]),("2018",1,["Y:2018"]),
 ("2023",1,["Y:2023"]),("since 1985",1,["Y:1985"]),("1939",1,["Y:1939"]),("2011",1,["Y:2011"]),
 ("April 5",1,["D:2027-04-05"]),
 ("the first weekend",1,["R:2027-03-18..2027-03-21","R:2027-03-20..2027-03-21"])]
N['a19'] = [("11 p.m.",1),("the sixth year running",1),("March",3)]
X['a19'] = [("No. 1",1),("78-71",1),("No. 3",1),("46",1),("a day later",1),("No. 16",1),("six hours",1),("Sweet 16",1)]

G['a20'] = [("January 27",1,["D:2026-01-27"]),("this year",1,["Y:2026"]),("Tuesday",1,["D:2026-01-27"]),
 ("February 24",1,["D:2026-02-24"]),("June 28",1,["D:2026-06-28"]),
 ("between March 12 and April 2",1,["R:2026-03-12..2026-04-02","D:2026-03-12","D:2026-04-02"]),
 ("from October 7 to December 16",1,["R:2026-10-07..2026-12-16","D:2026-10-07","D:2026-12-16"]),
 ("March, April and May",1,["R:2026-03-01..2026-05-31","M:2026-03","M:2026-05"]),
 ("early March",1,["MIN:2026-03"]),("the August break",1,["R:2026-07-20..2026-08-25"]),
 ("July 20 to August 25",1,["R:2026-07-20..2026-08-25","D:2026-07-20","D:2026-08-25"]),
 ("last year",1,["Y:2025"]),("before the end of March",1,["IN:2026-01-27..2026-03-31","P:M:2026-03"]),
 ("the break",1,["R:2026-07-20..2026-08-25"]),
 ("around Democracy Day",1,["IN:2026-06-05..2026-06-19","P:D:2026-06-12"]),
 ("June 12",1,["D:2026-06-12"]),
 ("September and October",1,["R:2026-09-01..2026-10-31","M:2026-09","M:2026-10"]),
 ("2022",1,["Y:2022"]),("the first week of March",1,["W:2026-03-02","IN:2026-03-01..2026-03-07"]),
 ("May",2,["M:2026-05"]),("Last year's",1,["Y:2025"]),("the 2024 planting season",1,["Y:2024"]),
 ("February 20",1,["D:2026-02-20"]),("the middle of next month",1,["MIN:2026-02"])]
N['a20'] = [("the 2026 Seasonal Climate Prediction",1),("the rainy season",1)]
X['a20'] = [("90 to 300 days",1),("four weeks",1),("2,026",1),("58",1),("four days",1)]

G['a21'] = [("Oct. 7",1,["D:2025-10-07"]),("Tuesday",1,["D:2025-10-07"]),
 ("its fiscal fourth quarter",1,["R:2025-06-01..2025-08-31"]),
 ("fiscal 2026",1,["R:2025-09-01..2026-08-31","P:Y:2026"]),
 ("the three months ended Aug. 31",1,["R:2025-06-01..2025-08-31"]),
 ("the year-earlier quarter",1,["R:2024-06-01..2024-08-31"]),
 ("fiscal 2025",1,["R:2024-09-01..2025-08-31","P:Y:2025"]),
 ("fiscal 2024",1,["R:2023-09-01..2024-08-31","P:Y:2024"]),
 ("the 2025-26 school year",1,["RY:2025..2026","IN:2025-08-01..2026-07-31","P:Y:2025"]),
 ("the current quarter",1,["R:2025-09-01..2025-11-30"]),("Nov. 30",1,["D:2025-11-30"]),
 ("the second half of fiscal 2026",1,["R:2026-03-01..2026-08-31"]),("Oct. 21",1,["D:2025-10-21"]),
 ("two weeks from today",1,["D:2025-10-21"]),
 ("since June",1,["M:2025-06","R:2025-06-01..2025-10-07"]),("Jan. 5",1,["D:2026-01-05"]),
 ("the first day back after winter break",1,["D:2026-01-05"]),("calendar 2027",1,["Y:2027"]),
 ("Nov. 14",1,["D:2025-11-14"]),("Oct. 31",1,["D:2025-10-31"]),
 ("the end of fiscal 2027",1,["D:2027-08-31","MIN:2027-08"]),("this year",1,["Y:2025"]),
 ("last month",1,["M:2025-09"]),("2026",3,["Y:2026"]),("Dec. 16",1,["D:2025-12-16"]),
 ("the Tuesday before schools break up for the holidays",1,["D:2025-12-16"]),
 ("first-quarter",1,["R:2025-09-01..2025-11-30"]),("early January",1,["MIN:2026-01"]),
 ("Monday",1,["D:2025-10-06"])]
N['a21'] = [("the back-to-school season",1),("from June to August",1),("after-hours",1)]
X['a21'] = [("52",1),("Pathway 26",1),("1,999",1),("Grade 12",1),("Form 10-K",1)]

G['a22'] = [("13 December",1,["D:2026-12-13"]),("Forty years ago tomorrow",1,["D:1986-12-14","Y:1986"]),
 ("Sunday 14 December 1986",1,["D:1986-12-14"]),("tomorrow",2,["D:2026-12-14"]),
 ("next Sunday",1,["D:2026-12-20"]),("2007",1,["Y:2007"]),
 ("from 2009 to 2011",1,["RY:2009..2011","Y:2009","Y:2011"]),("December 2016",1,["M:2016-12"]),
 ("Ten years ago last month",1,["M:2016-11","Y:2016"]),("19 November 2016",1,["D:2016-11-19"]),
 ("since the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("Thirty years ago next month",1,["M:1997-01","Y:1997"]),
 ("Friday 31 January 1997",1,["D:1997-01-31"]),("the following week",1,["W:1997-02-03"]),
 ("Nollaig na mBan",1,["D:2027-01-06"]),("6 January",1,["D:2027-01-06"]),
 ("the 12 months to November",1,["R:2025-12-01..2026-11-30","P:M:2026-11"]),
 ("last week",1,["W:2026-12-07","W:2026-11-30"]),
 ("from 18 December to 4 January",1,["R:2026-12-18..2027-01-04","D:2026-12-18","D:2027-01-04"]),
 ("Christmas Day",1,["D:2026-12-25"]),("St Stephen's Day",1,["D:2026-12-26"]),
 ("that Sunday",1,["D:1986-12-14"])]
N['a22'] = [("the anniversary",1),("noon",1),("its first month",1),("the winter",1),("The same anniversary season",1),("the Christmas period",1)]
X['a22'] = [("91",1),("18 months",1),("N17",1),("1,986",1),("Runway 09/27",1),("a further decade",1),("every year",1),("67",1),("27",2)]

G['a23'] = [("Sept. 30",1,["D:2027-09-30"]),("the Jewish High Holy Days",1,["R:2027-10-02..2027-10-11"]),
 ("this year",1,["Y:2027"]),("Monday, Oct. 11",1,["D:2027-10-11"]),
 ("Rosh Hashanah",1,["D:2027-10-02","R:2027-10-02..2027-10-03"]),
 ("Friday, Oct. 1",1,["D:2027-10-01"]),
 ("Saturday and Sunday",1,["R:2027-10-02..2027-10-03","D:2027-10-02","D:2027-10-03"]),
 ("the first two days of Sukkot",1,["R:2027-10-16..2027-10-17"]),
 ("the following weekend",1,["R:2027-10-23..2027-10-24","D:2027-10-23"]),
 ("Shemini Atzeret and Simchat Torah",1,["R:2027-10-23..2027-10-24","D:2027-10-23","D:2027-10-24"]),
 ("10/11",1,["D:2027-10-11"]),("Tuesday, Oct. 12",1,["D:2027-10-12"]),("Two years ago",1,["Y:2025"]),
 ("Rosh Hashanah",2,["D:2025-09-23","R:2025-09-23..2025-09-24"]),("Sept. 23",1,["D:2025-09-23"]),
 ("Simchat Torah",2,["D:2025-10-15"]),("Oct. 15",1,["D:2025-10-15"]),("Last year",1,["Y:2026"]),
 ("Sept. 21",1,["D:2026-09-21"]),
 ("the Jewish year 5789",1,["R:2028-09-21..2029-09-09","R:2028-09-20..2029-09-09"]),
 ("Thursday, Sept. 21, 2028",1,["D:2028-09-21"]),
 ("The year 5788",1,["R:2027-10-02..2028-09-20","R:2027-10-01..2028-09-20"]),
 ("tomorrow",1,["D:2027-10-01"]),("Saturday",4,["D:2027-10-02"]),("Oct. 29",1,["D:2027-10-29"]),
 ("a Friday",1,["D:2027-10-29"]),("Nov. 2",1,["D:2027-11-02"]),("Thanksgiving",1,["D:2027-11-25"]),
 ("fiscal 2027",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("June 30",1,["D:2027-06-30"]),
 ("January",1,["M:2028-01"])]
N['a23'] = [("the second year running",1),("Yom Kippur",1),("Columbus Day",1),("Later in the fall",1),("Diwali",1),("Election Day",1)]
X['a23'] = [("Monday through Saturday",1),("Sundays",1),("Saturday",3),("about 35 days a year",1),("311",1),("44",1),("once a week",1)]

G['a24'] = [("December 21",1,["D:2027-12-21"]),("Monday, December 27",1,["D:2027-12-27"]),
 ("the 26th",1,["D:2027-12-26"]),("Boxing Day",2,["D:2027-12-26"]),("a Sunday",1,["D:2027-12-26"]),
 ("this year",1,["Y:2027"]),("yesterday",1,["D:2027-12-20"]),
 ("the Boxing Day holiday",1,["D:2027-12-27"]),("Monday",2,["D:2027-12-27"]),
 ("Sunday",3,["D:2027-12-26"]),("The New Year's Day parade",1,["D:2028-01-01"]),
 ("Saturday, January 1",1,["D:2028-01-01"]),("a week from Saturday",1,["D:2028-01-01"]),
 ("January 10",1,["D:2028-01-10"]),("last year's New Year's Day",1,["D:2027-01-01"]),
 ("six days earlier",1,["D:2026-12-26"]),("Christmas Day",1,["D:2027-12-25"]),
 ("Saturday",4,["D:2027-12-25"]),("Monday",3,["D:2027-12-27"]),
 ("since December 1",1,["D:2027-12-01","R:2027-12-01..2027-12-21"]),
 ("last Thursday",1,["D:2027-12-16"]),
 ("between Christmas Eve and New Year's Eve",1,["R:2027-12-24..2027-12-31","D:2027-12-24","D:2027-12-31"]),
 ("the same days last year",1,["R:2026-12-24..2026-12-31"]),
 ("the Christmas weekend",1,["R:2027-12-25..2027-12-27","R:2027-12-25..2027-12-26","P:D:2027-12-25"]),
 ("the 1940s",1,["DEC:1940","RY:1940..1949"])]
N['a24'] = [("Boxing Day",1),("midnight",1),("1 a.m.",1),("Majority Rule Day",1),("6 p.m.",1),("noon",1),("Christmas",4),("the day after Boxing Day",1)]
X['a24'] = [("a Sunday",2),("a Saturday",1),("within eight hours",1),("Route 10",1),("a day later",1),("three days",1)]

G['a25'] = [("Feb. 13",1,["D:2026-02-13"]),("Friday the 13th",1,["D:2026-02-13"]),
 ("the Family Day long weekend",1,["R:2026-02-14..2026-02-16","R:2026-02-14..2026-02-15","P:D:2026-02-16"]),
 ("today",1,["D:2026-02-13"]),("Tuesday",1,["D:2026-02-17"]),("Monday",1,["D:2026-02-16"]),
 ("Feb. 16",1,["D:2026-02-16"]),("Valentine's Day",1,["D:2026-02-14"]),
 ("the Saturday",1,["D:2026-02-14"]),("last week",1,["W:2026-02-02"]),
 ("The long weekend",1,["R:2026-02-14..2026-02-16","R:2026-02-14..2026-02-15","P:D:2026-02-16"]),
 ("Tuesday",2,["D:2026-02-17"]),("Wednesday",1,["D:2026-02-18"]),
 ("a week from Monday",1,["D:2026-02-23"]),
 ("last year's Family Day weekend",1,["R:2025-02-15..2025-02-17","P:D:2025-02-17"]),
 ("Feb. 15 to 17",1,["R:2025-02-15..2025-02-17","D:2025-02-15","D:2025-02-17"]),
 ("since early January",1,["MIN:2026-01","IN:2026-01-01..2026-02-13"]),
 ("The winter schedule",1,["R:2025-10-14..2026-03-31"]),("Oct. 14",1,["D:2025-10-14"]),
 ("March 31",1,["D:2026-03-31"]),
 ("the fiscal year ending March 31",1,["R:2025-04-01..2026-03-31","P:Y:2026","P:D:2026-03-31"]),
 ("Spring break",1,["R:2026-03-16..2026-03-27","IN:2026-03-15..2026-03-28"]),
 ("March 16 to 27",1,["R:2026-03-16..2026-03-27","D:2026-03-16","D:2026-03-27"]),
 ("this year",1,["Y:2026"]),
 ("the Easter long weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("April 3-6",1,["R:2026-04-03..2026-04-06","D:2026-04-03","D:2026-04-06"]),
 ("next Thursday",1,["D:2026-02-19"]),("1964",1,["Y:1964"]),("1965",1,["Y:1965"]),
 ("between 2029 and 2031",1,["RY:2029..2031","Y:2029","Y:2031"]),("Saturday",2,["D:2026-02-14"]),
 ("tonight",1,["D:2026-02-13"])]
N['a25'] = [("its winter so far",1),("the Lunar New Year",1),("February",1),("this time",1),("the first sunny weekend",1)]
X['a25'] = [("Route 1",1),("Route 30",1),("1-888-223-2026",1),("49",1)]
