# Hand annotation for probe p13 (invented news in forms p1-p12 used least: a Trinidad fraud case adjourned 'to the
# 14th' with 'Friday week' and Carnival Monday and Tuesday, Port Klang sailings with day-first '16/10' and Deepavali,
# a Toronto university's terms after a strike, a Mumbai T20 fixture list with '20/3' and '01.03.2027', the RBI's
# meeting calendar for FY26, an Australian recall with best-before '12/03/27', Toronto's 'hottest March 3 on record',
# a Kingston producer's obituary ('born in 1938', 'died on Sunday aged 87'), a Scottish pit disaster 'fifty years to
# the day' in a Sunday paper, a Peru travel advisory over Holy Week and the election, a May year-end's fiscal 2027,
# India's winter and Budget sessions, a Manchester strike ballot ('this coming Friday', 'Friday week'), a Madras High
# Court order counted in weeks ('10.08.2026', 'Monday next'), a rugby fixture list ('Monday week', 'Super Saturday'),
# an Ohio school calendar with month-first '7/1', the Bank of Canada's calendar, Delhi's 'hottest May 17 on record',
# a Ghanaian elder's funeral rites, a Hong Kong typhoon over the Mid-Autumn Festival, a November year-end
# housebuilder, the U.S. 250th 'to the day', a NSW nurses' strike, Jamaica's Budget Debate, the Seaway's season),
# written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the original day of 'fifty years
#   to the day'); such a claim is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, names with years such as 'Heat Action Plan
#   2025', 'the Building Safety Act 2022', 'the Auchengeich fire of 1959', a feast's name beside its date ('Deepavali
#   next Monday', 'Holi, March 22'), habitual dates ('whose fiscal year ends on May 31', the monsoon's normal 'June
#   1'), anniversaries ('the 300th'), vague spans such as 'the year', 'the holidays', 'the closing dates').
# X: decoys, not dates (ages incl. 'aged 87', durations incl. 'within 10 days', 'four weeks', 'six-month', 'a week
#   early', 'six days later' than a start, sets 'every June', 'every Tuesday', 'Saturdays and Sundays', codes and
#   numbers 'Voyage 0542W', 'L25287', 'W.P. No. 14562 of 2026', 'Rule 267', 'Match 1', 'Round 2', 'No 8', 'Level 2',
#   bond tenors 'the 2-year', '10-year', addresses '1987 Southern Main Road', lines '1800 931 276', 'the 1912 helpline',
#   'P.O. Box 1961', 'Ashcombe 2030', counts '1,947', '2,026 pages', prices '2,018p', scores '4-2', '27-24', '187-6');
#   the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p12 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated, 'and' and 'from X to Y' ranges R: with both
#   ends as D:; holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and 'last week'
#   both weeks before; 'the week of <date>' W: (P:D:); 'the eve of X', 'the day before X', 'N weeks after X' single days).
#   Added in p13: numeric dates in the newsroom's order (day-first '16/10', '12/03/27', dotted '10.08.2026' outside the
#   US, month-first '7/1', '12/31/2027' in US copy); 'adjourned to the 14th' the next such day; 'the next mention
#   date', 'the next date of hearing', 'a one-week observance', 'final funeral rites', 'Super Saturday' D: of the day
#   the story fixes; 'Friday week' the coming Friday + 7, 'a fortnight on Tuesday' the coming Tuesday + 14, 'Monday
#   next' the Monday of next week, 'this coming Friday' the nearest Friday ahead; 'a week earlier' after a day named
#   that day - 7 (and W:); 'the previous year' the year (or, in results, the fiscal year) before the one in focus;
#   'the hottest March 3 on record' D: of that day this year; 'N years to the day' D: of the anniversary (P:D: the
#   original day); 'born in 1938' Y:; 'N days before/after X' single days; fiscal years ending in May (a11), November
#   (a21) and March (a05, a12, a24) R: of their months (P:Y: of the year they end), their quarters and halves R:; a
#   month naming a meeting ('the June meeting', 'the April review') M: with R: of its days; 'the past 50 days' R: of
#   the days to publication; southern stories a06 and a23.
G = {}
N = {}
X = {}
G['a01'] = [("January 8",1,["D:2026-01-08"]),("yesterday",1,["D:2026-01-07"]),("the 14th",1,["D:2026-01-14"]),
 ("Monday",1,["D:2026-01-05"]),
 ("between March 2021 and August 2023",1,["R:2021-03-01..2023-08-31","M:2021-03","M:2023-08"]),
 ("Tuesday, November 18",1,["D:2025-11-18"]),("a week earlier",1,["D:2025-11-11","W:2025-11-10"]),
 ("last Tuesday",1,["D:2026-01-06"]),("Friday week",1,["D:2026-01-16"]),
 ("January 23",1,["D:2026-01-23"]),
 ("Carnival Monday and Tuesday",1,["R:2026-02-16..2026-02-17","D:2026-02-16","D:2026-02-17"]),
 ("February 16 and 17",1,["R:2026-02-16..2026-02-17","D:2026-02-16","D:2026-02-17"]),
 ("this year",1,["Y:2026"]),("that week",1,["W:2026-02-16"]),("December 9",1,["D:2025-12-09"]),
 ("the 22nd",1,["D:2025-12-22"]),("January 7",1,["D:2026-01-07"]),
 ("from December 23 to January 2",1,["R:2025-12-23..2026-01-02","D:2025-12-23","D:2026-01-02"]),
 ("the Christmas vacation",1,["R:2025-12-23..2026-01-02","IN:2025-12-22..2026-01-03"]),
 ("since 2009",1,["Y:2009"]),("2019",1,["Y:2019"]),("the previous year",1,["Y:2018"]),
 ("December 30",1,["D:2025-12-30"]),("a Tuesday",1,["D:2025-12-30"]),
 ("Wednesday, December 17",1,["D:2025-12-17"]),("the 29th of this month",1,["D:2026-01-29"]),
 ("last year",1,["Y:2025"]),("February 5",1,["D:2026-02-05"]),
 ("the next mention date",1,["D:2026-02-05"]),("Ash Wednesday",1,["D:2026-02-18"])]
N['a01'] = [("Carnival",1),("9 a.m.",1)]
X['a01'] = [("52",1),("1987 Southern Main Road",1),("2,026 pages",1),("a fortnight",1),("47",1)]

G['a02'] = [("Oct 14",1,["D:2025-10-14"]),("next Monday",1,["D:2025-10-20"]),
 ("the first week of October",1,["W:2025-10-06","IN:2025-10-01..2025-10-07"]),
 ("Monday",2,["D:2025-10-13"]),("Thursday",1,["D:2025-10-16"]),("Oct 16",1,["D:2025-10-16"]),
 ("Wednesday",1,["D:2025-10-15"]),("16/10",1,["D:2025-10-16"]),("18/10",1,["D:2025-10-18"]),
 ("a Saturday",1,["D:2025-10-18"]),
 ("Golden Week holiday",1,["R:2025-10-01..2025-10-08","P:D:2025-10-01"]),
 ("from Oct 1 to 8",1,["R:2025-10-01..2025-10-08","D:2025-10-01","D:2025-10-08"]),
 ("this year",1,["Y:2025"]),("Oct 6",1,["D:2025-10-06"]),
 ("the weekend of Oct 4-5",1,["R:2025-10-04..2025-10-05","D:2025-10-04","D:2025-10-05"]),
 ("Deepavali",2,["D:2025-10-20"]),("Friday",1,["D:2025-10-17"]),
 ("this weekend",1,["R:2025-10-18..2025-10-19","D:2025-10-18"]),("the festival",1,["D:2025-10-20"]),
 ("Last year",1,["Y:2024"]),("Oct 31",1,["D:2024-10-31"]),("a Thursday",1,["D:2024-10-31"]),
 ("the following week",1,["W:2024-11-04"]),("Week 44",1,["W:2025-10-27"]),
 ("the week of Oct 27",1,["W:2025-10-27","P:D:2025-10-27"]),("August",1,["M:2025-08"]),
 ("2024",1,["Y:2024"]),("this year",2,["Y:2025"]),("the third quarter",1,["Q:2025-Q3"]),
 ("a year earlier",1,["Q:2024-Q3","Y:2024"]),("Oct 9",1,["D:2025-10-09"]),
 ("Feb 17",1,["D:2026-02-17"])]
N['a02'] = [("Deepavali",1),("6pm",1),("the Mid-Autumn Festival",1),("Deepavali",3),("Chinese New Year",1)]
X['a02'] = [("Voyage 0542W",1),("two days",1),("1,947",1),("24/7",1),("every Tuesday",1),("the Friday call",1),("two weeks",1)]

G['a03'] = [("Nov. 2",1,["D:2026-11-02"]),("Wednesday",1,["D:2026-11-04"]),
 ("on the weekend",1,["R:2026-10-31..2026-11-01","D:2026-10-31"]),("Oct. 13",1,["D:2026-10-13"]),
 ("the day after Thanksgiving",1,["D:2026-10-13"]),("Sunday",1,["D:2026-11-01"]),
 ("The fall term",1,["R:2026-09-08..2026-12-18"]),("Sept. 8",1,["D:2026-09-08"]),
 ("Dec. 18",1,["D:2026-12-18"]),("Dec. 11",1,["D:2026-12-11"]),
 ("Jan. 4-15",1,["R:2027-01-04..2027-01-15","D:2027-01-04","D:2027-01-15"]),
 ("The winter term",1,["R:2027-01-18..2027-04-23"]),("Jan. 18",1,["D:2027-01-18"]),
 ("Jan. 6",1,["D:2027-01-06"]),("April 23",1,["D:2027-04-23"]),
 ("Its reading week",1,["R:2027-02-17..2027-02-19","W:2027-02-15"]),
 ("the week of Feb. 15",1,["W:2027-02-15","P:D:2027-02-15"]),
 ("Feb. 17-19",1,["R:2027-02-17..2027-02-19","D:2027-02-17","D:2027-02-19"]),
 ("Feb. 15",2,["D:2027-02-15"]),("Tuesday",1,["D:2027-02-16"]),("since 2009",1,["Y:2009"]),
 ("from Nov. 6 to Jan. 29",1,["R:2009-11-06..2010-01-29","D:2009-11-06","D:2010-01-29"]),
 ("the last three weeks of October",1,["R:2026-10-11..2026-10-31"]),("Friday",1,["D:2026-10-30"]),
 ("September",1,["M:2026-09"]),("Oct. 30",1,["D:2026-10-30"]),("Nov. 20",1,["D:2026-11-20"]),
 ("a Friday",1,["D:2026-11-20"]),("Saturday",1,["D:2026-10-31"]),("Nov. 11",1,["D:2026-11-11"]),
 ("Aug. 31, 2029",1,["D:2029-08-31"]),
 ("June 14-18",1,["R:2027-06-14..2027-06-18","D:2027-06-14","D:2027-06-18"]),
 ("next year",1,["Y:2027"])]
N['a03'] = [("Family Day",1),("11:59 p.m.",1),("Remembrance Day",1),("11 a.m.",1)]
X['a03'] = [("three days",1),("three weeks",1),("81-19",1),("every June",1)]

G['a04'] = [("Feb 10",1,["D:2027-02-10"]),("Friday, March 19",1,["D:2027-03-19"]),
 ("Sunday, May 30",1,["D:2027-05-30"]),("Tuesday",1,["D:2027-02-09"]),
 ("The 2027 season",1,["R:2027-03-19..2027-05-30","P:Y:2027"]),("20/3",1,["D:2027-03-20"]),
 ("a Saturday",1,["D:2027-03-20"]),("March 22",1,["D:2027-03-22"]),("April 15",1,["D:2027-04-15"]),
 ("the end of March",1,["MIN:2027-03","D:2027-03-31"]),("March 26",1,["D:2027-03-26"]),
 ("the Friday after Holi",1,["D:2027-03-26"]),("mid-June",1,["MIN:2027-06"]),
 ("May 25",1,["D:2027-05-25"]),("the next day",1,["D:2027-05-26"]),
 ("Friday, May 28",1,["D:2027-05-28"]),("Feb 20",1,["D:2027-02-20"]),
 ("a week on Saturday",1,["D:2027-02-20"]),
 ("Feb 26-27",1,["R:2027-02-26..2027-02-27","D:2027-02-26","D:2027-02-27"]),
 ("01.03.2027",1,["D:2027-03-01"]),("last year",1,["Y:2026"]),("the previous year",1,["Y:2025"]),
 ("Last season's",1,["Y:2026"]),("the reserve day",1,["D:2026-06-02"]),("June 2",1,["D:2026-06-02"]),
 ("next month",1,["M:2027-03"]),("the 2028 season",1,["Y:2028"]),
 ("the first week of June",1,["W:2028-06-05","IN:2028-06-01..2028-06-07"])]
N['a04'] = [("7.30 pm",1),("3.30 pm",1),("Holi",1),("Ram Navami",1),("the season",1),("Good Friday",1),("the earlier date",1)]
X['a04'] = [("73 days",1),("Saturdays and Sundays",1),("Match 1",1),("Qualifier 1",1),("Qualifier 2",1),("a day's rest",1),("10 days",1),("187-6",1)]

G['a05'] = [("March 28",1,["D:2025-03-28"]),("FY26",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("from April 7 to 9",1,["R:2025-04-07..2025-04-09","D:2025-04-07","D:2025-04-09"]),
 ("Thursday",1,["D:2025-03-27"]),("The June meeting",1,["M:2025-06","R:2025-06-04..2025-06-06"]),
 ("June 4-6",1,["R:2025-06-04..2025-06-06","D:2025-06-04","D:2025-06-06"]),
 ("the August one",1,["M:2025-08","R:2025-08-04..2025-08-06"]),
 ("4/8-6/8",1,["R:2025-08-04..2025-08-06","D:2025-08-04","D:2025-08-06"]),
 ("the October review",1,["M:2025-10","R:2025-09-29..2025-10-01"]),
 ("from Sept 29 to Oct 1",1,["R:2025-09-29..2025-10-01","D:2025-09-29","D:2025-10-01"]),
 ("Dec 3-5",1,["R:2025-12-03..2025-12-05","D:2025-12-03","D:2025-12-05"]),
 ("the fiscal year",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("Feb 4-6, 2026",1,["R:2026-02-04..2026-02-06","D:2026-02-04","D:2026-02-06"]),
 ("February",1,["M:2025-02"]),("since May 2020",1,["M:2020-05"]),
 ("the April review",1,["M:2025-04","R:2025-04-07..2025-04-09"]),("February",2,["M:2025-02"]),
 ("January",1,["M:2025-01"]),("March 12",1,["D:2025-03-12"]),("Dec 11",1,["D:2024-12-11"]),
 ("five days after",1,["D:2024-12-11"]),("Dec 6",1,["D:2024-12-06"]),
 ("the April-June quarter",1,["Q:2025-Q2"]),("Saturday, Feb 1",1,["D:2025-02-01"]),
 ("FY26",2,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("the year ending on Monday",1,["R:2024-04-01..2025-03-31","P:Y:2025","P:D:2025-03-31"]),
 ("that day",1,["D:2025-03-31"]),("2024",1,["Y:2024"]),
 ("Q1 FY26",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("the full year",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),("May 2023",1,["M:2023-05"]),
 ("Feb 28",1,["D:2025-02-28"]),("the April meeting",1,["M:2025-04","R:2025-04-07..2025-04-09"]),
 ("April 23",1,["D:2025-04-23"])]
N['a05'] = [("10 am",1),("Eid al-Fitr",1)]
X['a05'] = [("three-day",1),("the last day of each meeting",1),("nine weeks",1),("Rs 2,000 notes",1),("14 days",1)]

G['a06'] = [("22 November",1,["D:2025-11-22"]),("Friday",1,["D:2025-11-21"]),("12/03/27",1,["D:2027-03-12"]),
 ("25/03/27",1,["D:2027-03-25"]),
 ("28/11/25 to 04/12/25",1,["R:2025-11-28..2025-12-04","D:2025-11-28","D:2025-12-04"]),
 ("between 27 October and 9 November",1,["R:2025-10-27..2025-11-09","D:2025-10-27","D:2025-11-09"]),
 ("Thursday",1,["D:2025-11-20"]),
 ("17 and 18 October",1,["R:2025-10-17..2025-10-18","D:2025-10-17","D:2025-10-18"]),
 ("31 December",1,["D:2025-12-31"]),
 ("the past 50 days",1,["R:2025-10-03..2025-11-21","IN:2025-10-03..2025-11-22"]),
 ("Wednesday",1,["D:2025-11-19"]),("Monday",1,["D:2025-11-17"]),
 ("this time next week",1,["D:2025-11-29","W:2025-11-24"]),("this year",1,["Y:2025"]),
 ("March",1,["M:2025-03"]),("the spring of 2023",1,["R:2023-09-01..2023-11-30","S:autumn-2023"]),
 ("February 2015",1,["M:2015-02"]),("the following year",1,["Y:2016"]),("2025",1,["Y:2025"]),
 ("the whole of 2024",1,["Y:2024"])]
N['a06'] = [("8pm",1)]
X['a06'] = [("L25287",1),("L25291",1),("15 to 50 days",1),("1800 931 276",1),("each day",1)]

G['a07'] = [("March 4",1,["D:2027-03-04"]),("Wednesday",1,["D:2027-03-03"]),("March 3",1,["D:2027-03-03"]),
 ("the year so far",1,["R:2027-01-01..2027-03-04","P:Y:2027"]),("1974",1,["Y:1974"]),
 ("1840",1,["Y:1840"]),("2004",1,["Y:2004"]),("The previous day",1,["D:2027-03-02"]),
 ("March 2",1,["D:2027-03-02"]),("February",1,["M:2027-02"]),
 ("the winter",1,["S:winter-2026","R:2026-12-01..2027-02-28"]),
 ("from December to February",1,["R:2026-12-01..2027-02-28","M:2026-12","M:2027-02"]),
 ("1991-2020",1,["RY:1991..2020","Y:1991","Y:2020"]),("Friday",1,["D:2027-03-05"]),
 ("on the weekend",1,["R:2027-03-06..2027-03-07","D:2027-03-06"]),("Monday",1,["D:2027-03-08"]),
 ("Saturday",1,["D:2027-03-06"]),("2012",1,["Y:2012"]),("March 22 that year",1,["D:2012-03-22"]),
 ("March 8, 2000",1,["D:2000-03-08"]),("a Wednesday",1,["D:2000-03-08"]),
 ("April 3-4",1,["R:2027-04-03..2027-04-04","D:2027-04-03","D:2027-04-04"]),
 ("Tuesday",1,["D:2027-03-02"]),("Last year's",1,["Y:2026"]),("April 11",1,["D:2026-04-11"]),
 ("this March",1,["M:2027-03"]),("the week of March 15",1,["W:2027-03-15","P:D:2027-03-15"])]
N['a07'] = [("early March",1),("late April",1),("late February",1)]
X['a07'] = [("Highway 401",1),("24 hours",1),("4-2",1),("a week early",1)]

G['a08'] = [("August 5",1,["D:2025-08-05"]),("Sunday",1,["D:2025-08-03"]),("yesterday",1,["D:2025-08-04"]),
 ("1938",1,["Y:1938"]),("1956",1,["Y:1956"]),("the summer of 1961",1,["S:summer-1961"]),
 ("a year before independence",1,["Y:1961"]),("1968",1,["Y:1968"]),
 ("last Tuesday",1,["D:2025-07-29"]),("July 22",1,["D:2025-07-22"]),
 ("a week earlier",1,["D:2025-07-22","W:2025-07-21"]),
 ("one more Independence Day",1,["D:2025-08-06"]),("Friday",1,["D:2025-08-01"]),
 ("Emancipation Day",1,["D:2025-08-01"]),("Saturday",1,["D:2025-08-02"]),
 ("yesterday",2,["D:2025-08-04"]),("October 20, 2014",1,["D:2014-10-20"]),("2012",1,["Y:2012"]),
 ("the 1990s",1,["DEC:1990","RY:1990..1999"]),("2009",1,["Y:2009"]),("tomorrow's",1,["D:2025-08-06"]),
 ("until Friday",1,["D:2025-08-08"]),("Thursday, August 21",1,["D:2025-08-21"]),
 ("Saturday, August 23",1,["D:2025-08-23"])]
N['a08'] = [("National Heroes Day",1),("the 50th anniversary of independence",1),("the year",1),("Independence Day",2),("10 a.m.",1)]
X['a08'] = [("aged 87",1),("Sunday Gone",1),("1,900",1),("61 years",1),("nine-night",1)]

G['a09'] = [("14 June",1,["D:2026-06-14"]),("Fifty years to the day",1,["D:2026-06-14","P:D:1976-06-14"]),
 ("this morning",1,["D:2026-06-14"]),("Monday 14 June 1976",1,["D:1976-06-14"]),
 ("6 September 1976",1,["D:1976-09-06"]),("the following March",1,["M:1977-03"]),
 ("25 February 1977",1,["D:1977-02-25"]),("a Friday",1,["D:1977-02-25"]),("today",1,["D:2026-06-14"]),
 ("Last year",1,["Y:2025"]),("This year",1,["Y:2026"]),("2001",1,["Y:2001"]),
 ("Last week",1,["W:2026-06-08","W:2026-06-01"]),("Friday week",1,["D:2026-06-26"]),
 ("next Sunday",1,["D:2026-06-21"]),("30 August",1,["D:2026-08-30"]),
 ("the autumn of 1976",1,["S:autumn-1976"]),("a fortnight on Tuesday",1,["D:2026-06-30"]),
 ("2 March",1,["D:2026-03-02"]),("Friday",3,["D:2026-06-12"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("2019",1,["Y:2019"]),
 ("the end of September",1,["MIN:2026-09","D:2026-09-30"]),("Yesterday",1,["D:2026-06-13"])]
N['a09'] = [("11.40am",1),("the Auchengeich fire of 1959",1),("the 25th anniversary",1)]
X['a09'] = [("19",1),("69",1),("No. 4 Mine",1),("every June",1),("within a month",1),("half a century",1),("another year",1)]

G['a10'] = [("April 1",1,["D:2026-04-01"]),("Tuesday",1,["D:2026-03-31"]),("April 12",1,["D:2026-04-12"]),
 ("June 7",1,["D:2026-06-07"]),("March 14",1,["D:2026-03-14"]),("May 12",1,["D:2026-05-12"]),
 ("Feb. 20",1,["D:2026-02-20"]),("since late February",1,["MIN:2026-02"]),
 ("March 26-27",1,["R:2026-03-26..2026-03-27","D:2026-03-26","D:2026-03-27"]),
 ("Holy Week",1,["R:2026-03-29..2026-04-04"]),("March 29",1,["D:2026-03-29"]),
 ("Saturday",1,["D:2026-04-04"]),
 ("Thursday and Friday",1,["R:2026-04-02..2026-04-03","D:2026-04-02","D:2026-04-03"]),
 ("Monday",1,["D:2026-04-06"]),("4/10",1,["D:2026-04-10"]),("Saturday, April 11",1,["D:2026-04-11"]),
 ("Monday, April 13",1,["D:2026-04-13"]),("the first Sunday of June",1,["D:2026-06-07"]),
 ("December 2022",1,["M:2022-12"]),("2025",1,["Y:2025"]),("the previous year",1,["Y:2024"]),
 ("last week",1,["W:2026-03-23"]),("this week",1,["W:2026-03-30"]),("April",5,["M:2026-04"]),
 ("last April's",1,["M:2025-04"]),("January",1,["M:2026-01"]),
 ("the end of June",1,["MIN:2026-06","D:2026-06-30"]),("March 1",1,["D:2026-03-01"]),
 ("the first round",1,["D:2026-04-12"]),("the runoff",1,["D:2026-06-07"]),
 ("the middle of May",1,["MIN:2026-05"])]
N['a10'] = [("Palm Sunday",1),("Maundy Thursday",1),("Good Friday",1),("the holidays",1),("8 a.m.",1),("8 a.m.",2)]
X['a10'] = [("Level 2",1),("three days",1),("within 30 days",1),("Level 3",1),("two months",1),("every February",1)]

G['a11'] = [("Sept. 15",1,["D:2026-09-15"]),("Monday",1,["D:2026-09-14"]),
 ("its fiscal first quarter",1,["R:2026-06-01..2026-08-31"]),("Aug. 31",1,["D:2026-08-31"]),
 ("fiscal 2027",1,["R:2026-06-01..2027-05-31","P:Y:2027"]),
 ("the three months",1,["R:2026-06-01..2026-08-31"]),
 ("the year-earlier quarter",1,["R:2025-06-01..2025-08-31"]),
 ("the quarter",1,["R:2026-06-01..2026-08-31"]),
 ("fiscal 2027",2,["R:2026-06-01..2027-05-31","P:Y:2027"]),
 ("fiscal 2026",1,["R:2025-06-01..2026-05-31","P:Y:2026"]),("May 31",2,["D:2026-05-31"]),
 ("July",1,["M:2026-07"]),("August",1,["M:2026-08"]),
 ("the end of the calendar year",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("Monday",2,["D:2026-09-14"]),("April",1,["M:2026-04"]),
 ("the fourth quarter",1,["R:2026-03-01..2026-05-31"]),
 ("second-quarter",1,["R:2026-09-01..2026-11-30"]),("Nov. 30",1,["D:2026-11-30"]),
 ("the week of Dec. 14",1,["W:2026-12-14","P:D:2026-12-14"]),("Oct. 23",1,["D:2026-10-23"]),
 ("Oct. 2",1,["D:2026-10-02"]),("12/31/2027",1,["D:2027-12-31"]),("March",1,["M:2026-03"]),
 ("since 2019",1,["Y:2019"]),("this year",1,["Y:2026"]),("Sept. 9",1,["D:2026-09-09"]),
 ("the next day",1,["D:2026-09-10"]),("fiscal 2027",3,["R:2026-08-01..2027-07-31","P:Y:2027"]),
 ("the first half of calendar 2027",1,["H:2027-H1"]),
 ("fiscal 2029",1,["R:2028-06-01..2029-05-31","P:Y:2029"]),("late 2027",1,["YIN:2027"])]
N['a11'] = [("fiscal year ends on May 31",1),("fiscal year ends in July",1)]
X['a11'] = [("52-week high",1),("Model 2030",1),("every September",1)]

G['a12'] = [("Dec 19",1,["D:2025-12-19"]),("The winter session",1,["R:2025-12-01..2025-12-19"]),
 ("Friday",1,["D:2025-12-19"]),("the session",1,["R:2025-12-01..2025-12-19"]),
 ("Dec 1",1,["D:2025-12-01"]),("the first week",1,["W:2025-12-01"]),("Thursday",1,["D:2025-12-18"]),
 ("Tuesday",1,["D:2025-12-16"]),("the Budget session",1,["R:2026-01-28..2026-04-02"]),
 ("Jan 28",1,["D:2026-01-28"]),("April 2",1,["D:2026-04-02"]),
 ("FY27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),("Feb 1",1,["D:2026-02-01"]),
 ("a Sunday",1,["D:2026-02-01"]),("since 2017",1,["Y:2017"]),
 ("from Feb 13 to March 9",1,["R:2026-02-13..2026-03-09","D:2026-02-13","D:2026-03-09"]),
 ("Republic Day",1,["D:2026-01-26"]),
 ("the first week of January",1,["W:2026-01-05","IN:2026-01-01..2026-01-07"]),
 ("Last year's winter session",1,["R:2024-11-25..2024-12-20","P:Y:2024"]),
 ("from Nov 25 to Dec 20",1,["R:2024-11-25..2024-12-20","D:2024-11-25","D:2024-12-20"]),
 ("The monsoon session",1,["R:2025-07-21..2025-08-21"]),("this year",1,["Y:2025"]),
 ("from July 21 to Aug 21",1,["R:2025-07-21..2025-08-21","D:2025-07-21","D:2025-08-21"]),
 ("18.12.2025",1,["D:2025-12-18"]),
 ("the last week of the Budget session",1,["W:2026-03-30","IN:2026-03-27..2026-04-02"]),
 ("Friday",2,["D:2025-12-19"]),("the session",2,["R:2025-12-01..2025-12-19"]),
 ("this weekend",1,["R:2025-12-20..2025-12-21","D:2025-12-20"]),("next month",1,["M:2026-01"])]
N['a12'] = [("1.15 pm",1),("9 pm",1),("the Insurance Laws (Amendment) Bill, 2025",1)]
X['a12'] = [("Rule 267",1),("15 of the 19 days",1),("the 543-member",1)]

G['a13'] = [("1 October",1,["D:2025-10-01"]),("Monday",1,["D:2025-10-06"]),
 ("Thursday 23 October",1,["D:2025-10-23"]),("Tuesday",1,["D:2025-09-30"]),
 ("last week",1,["W:2025-09-22"]),("1 September",1,["D:2025-09-01"]),("April 2026",1,["M:2026-04"]),
 ("the previous week",1,["W:2025-09-15"]),("this coming Friday",1,["D:2025-10-03"]),
 ("Friday week",1,["D:2025-10-10"]),
 ("10 and 11 November",1,["R:2025-11-10..2025-11-11","D:2025-11-10","D:2025-11-11"]),
 ("the week of 24 November",1,["W:2025-11-24","P:D:2025-11-24"]),("23 April 2026",1,["D:2026-04-23"]),
 ("since 2020",1,["Y:2020"]),("the 10th",1,["D:2025-11-10"]),
 ("half-term",1,["R:2025-10-27..2025-10-31","IN:2025-10-25..2025-11-02"]),
 ("from 27 to 31 October",1,["R:2025-10-27..2025-10-31","D:2025-10-27","D:2025-10-31"]),
 ("the summer of 2023",1,["S:summer-2023"]),("5 January 2025",1,["D:2025-01-05"]),
 ("Tuesday",2,["D:2025-09-30"]),("mid-October",1,["MIN:2025-10"]),("23 October",2,["D:2025-10-23"]),
 ("the following Monday",1,["D:2025-10-27"])]
N['a13'] = [("noon",1)]
X['a13'] = [("two weeks'",1),("six-month",1),("every year",1),("the 192 route",1),("24 hours",1),("11 days",1)]

G['a14'] = [("July 13",1,["D:2026-07-13"]),("Friday",1,["D:2026-07-10"]),("10.08.2026",1,["D:2026-08-10"]),
 ("August 7",1,["D:2026-08-07"]),("a Friday",1,["D:2026-08-07"]),("28.02.2026",1,["D:2026-02-28"]),
 ("April 1",1,["D:2026-04-01"]),("the first day of the financial year",1,["D:2026-04-01"]),
 ("June 2",1,["D:2026-06-02"]),("the day it reopened",1,["D:2026-06-02"]),
 ("its summer vacation",1,["R:2026-05-01..2026-06-01"]),
 ("from May 1 to June 1",1,["R:2026-05-01..2026-06-01","D:2026-05-01","D:2026-06-01"]),
 ("Friday",3,["D:2026-07-10"]),("the next date of hearing",1,["D:2026-08-10"]),
 ("Monday next",1,["D:2026-07-20"]),
 ("October and November last year",1,["R:2025-10-01..2025-11-30","M:2025-10","M:2025-11"]),
 ("2019",1,["Y:2019"]),("2021",1,["Y:2021"]),("today",1,["D:2026-07-13"]),
 ("its summer break",1,["R:2026-05-25..2026-07-12"]),
 ("from May 25 to July 12",1,["R:2026-05-25..2026-07-12","D:2026-05-25","D:2026-07-12"]),
 ("Tuesday, April 21",1,["D:2026-04-21"]),
 ("the third week of August",1,["W:2026-08-17","IN:2026-08-15..2026-08-21"]),
 ("October",2,["M:2026-10"]),("the rest of the year",1,["R:2026-07-13..2026-12-31"]),
 ("July 31",1,["D:2026-07-31"])]
N['a14'] = [("the 2017 Act",1),("the Pooja holidays",1)]
X['a14'] = [("four weeks",1),("W.P. No. 14562 of 2026",1),("within 10 days",1),("Section 21",1),("eight weeks",1),("1,986",1)]

G['a15'] = [("16 January",1,["D:2027-01-16"]),("Saturday 6 February",1,["D:2027-02-06"]),
 ("three weeks from today",1,["D:2027-02-06"]),("Thursday",1,["D:2027-01-14"]),
 ("the night before",1,["D:2027-02-05"]),("Friday 5 February",1,["D:2027-02-05"]),
 ("13-14 February",1,["R:2027-02-13..2027-02-14","D:2027-02-13","D:2027-02-14"]),
 ("Sunday 14 February",1,["D:2027-02-14"]),("Saturday 27 February",1,["D:2027-02-27"]),
 ("Saturday 13 March",1,["D:2027-03-13"]),("a fortnight later",1,["D:2027-03-13"]),
 ("Super Saturday",1,["D:2027-03-20"]),("20 March",1,["D:2027-03-20"]),
 ("St Patrick's Day",1,["D:2027-03-17"]),("the Wednesday before",1,["D:2027-03-17"]),
 ("from 17 to 20 March",1,["R:2027-03-17..2027-03-20","D:2027-03-17","D:2027-03-20"]),
 ("Monday week",1,["D:2027-01-25"]),("Monday",2,["D:2027-01-18"]),
 ("Wednesday 27 January",1,["D:2027-01-27"]),
 ("last weekend",1,["R:2027-01-09..2027-01-10","D:2027-01-09","D:2027-01-10"]),
 ("this weekend",1,["R:2027-01-16..2027-01-17","D:2027-01-16"]),("tonight",1,["D:2027-01-16"]),
 ("Last year",1,["Y:2026"]),("14 March",1,["D:2026-03-14"]),
 ("since October",1,["M:2026-10","R:2026-10-01..2027-01-16"]),("Thursday",2,["D:2027-01-14"]),
 ("the first weekend in February",1,["R:2027-02-06..2027-02-07","D:2027-02-06"]),
 ("from 10 April to 16 May",1,["R:2027-04-10..2027-05-16","D:2027-04-10","D:2027-05-16"]),
 ("5 February",2,["D:2027-02-05"])]
N['a15'] = [("8.10pm",1),("3pm",1),("5pm",1),("9am",1)]
X['a15'] = [("Round 2",1),("fallow weekends",1),("1,879",1),("27-24",1),("No. 10",1),("Friday night",1)]

G['a16'] = [("May 12",1,["D:2026-05-12"]),("Monday",1,["D:2026-05-11"]),
 ("the 2026-27 school year",1,["RY:2026..2027","IN:2026-08-01..2027-07-31","P:Y:2026"]),
 ("Wednesday, Aug. 19",1,["D:2026-08-19"]),
 ("the current year's",1,["RY:2025..2026","IN:2025-08-01..2026-07-31","P:Y:2025"]),
 ("Aug. 13",1,["D:2025-08-13"]),("last fall",1,["S:autumn-2025"]),("7/1",1,["D:2026-07-01"]),
 ("Sept. 7",1,["D:2026-09-07"]),("Oct. 12",1,["D:2026-10-12"]),
 ("Thanksgiving break",1,["R:2026-11-25..2026-11-27","IN:2026-11-24..2026-11-28"]),
 ("Nov. 25-27",1,["R:2026-11-25..2026-11-27","D:2026-11-25","D:2026-11-27"]),
 ("winter break",1,["R:2026-12-21..2027-01-01","IN:2026-12-20..2027-01-02"]),
 ("from Dec. 21 through Jan. 1",1,["R:2026-12-21..2027-01-01","D:2026-12-21","D:2027-01-01"]),
 ("Monday, Jan. 4",1,["D:2027-01-04"]),("Martin Luther King Jr. Day",1,["D:2027-01-18"]),
 ("Spring break",1,["R:2027-03-22..2027-03-26","W:2027-03-22"]),
 ("the week of March 22",1,["W:2027-03-22","P:D:2027-03-22"]),("this year's",1,["Y:2026"]),
 ("Thursday, May 27",1,["D:2027-05-27"]),("Sunday, May 30",1,["D:2027-05-30"]),
 ("the day before Memorial Day",1,["D:2027-05-30"]),("June",1,["M:2027-06"]),
 ("June 1",1,["D:2027-06-01"]),("This winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("Jan. 25",1,["D:2026-01-25"]),
 ("Memorial Day weekend",1,["R:2027-05-29..2027-05-31","R:2027-05-29..2027-05-30","P:D:2027-05-31"]),
 ("Aug. 1",1,["D:2026-08-01"]),
 ("The current school year",1,["RY:2025..2026","IN:2025-08-01..2026-07-31","P:Y:2025"]),
 ("Thursday, May 28",1,["D:2026-05-28"]),("Friday",1,["D:2026-05-15"]),
 ("next spring",1,["S:spring-2027"]),
 ("the 2027-28",1,["RY:2027..2028","IN:2027-08-01..2028-07-31","P:Y:2027"])]
N['a16'] = [("mid-August",1),("Labor Day",1)]
X['a16'] = [("5-2",1),("six days later",1),("a week later",1),("178 instructional days",1),("three calamity days",1),("State Route 315",1)]

G['a17'] = [("July 14",1,["D:2027-07-14"]),("Wednesday",1,["D:2027-07-14"]),
 ("the Oct. 27 decision",1,["D:2027-10-27"]),("this year",1,["Y:2027"]),
 ("Sept. 8",1,["D:2027-09-08"]),("Oct. 27",2,["D:2027-10-27"]),("Dec. 8",1,["D:2027-12-08"]),
 ("The September decision",1,["M:2027-09","D:2027-09-08"]),
 ("two days after Labour Day",1,["D:2027-09-08"]),("2028",1,["Y:2028"]),
 ("Jan. 26",1,["D:2028-01-26"]),("July 28",1,["D:2027-07-28"]),
 ("two weeks after the decision",1,["D:2027-07-28","W:2027-07-26"]),
 ("since last autumn",1,["S:autumn-2026"]),
 ("the 12 months to June",1,["R:2026-07-01..2027-06-30","P:M:2027-06"]),
 ("Tuesday",1,["D:2027-07-13"]),("since March 2024",1,["M:2024-03"]),
 ("the first quarter",1,["Q:2027-Q1"]),("2027",1,["Y:2027"]),("April",1,["M:2027-04"]),
 ("Second-quarter",1,["Q:2027-Q2"]),("Aug. 31",1,["D:2027-08-31"]),
 ("between June 2024 and March 2025",1,["R:2024-06-01..2025-03-31","M:2024-06","M:2025-03"]),
 ("the fall of 2025",1,["S:autumn-2025"]),("last week",1,["W:2027-07-05"]),
 ("the rest of the year",1,["R:2027-07-14..2027-12-31"]),("December",1,["M:2027-12"]),
 ("June 21",1,["D:2027-06-21"]),("A year ago",1,["Y:2026","M:2026-07"]),("Monday",1,["D:2027-07-12"]),
 ("next year",1,["Y:2028"]),("today",1,["D:2027-07-14"]),("June's",1,["M:2027-06"]),
 ("July 9",1,["D:2027-07-09"]),("July's",1,["M:2027-07"]),("Aug. 6",1,["D:2027-08-06"])]
N['a17'] = [("10:30 a.m.",1)]
X['a17'] = [("the 2-year",1),("10-year",1),("48 months",1)]

G['a18'] = [("May 18",1,["D:2025-05-18"]),("May 17",1,["D:2025-05-17"]),("Saturday",1,["D:2025-05-17"]),
 ("Tuesday",1,["D:2025-05-20"]),("1944",1,["Y:1944"]),("Wednesday",1,["D:2025-05-14"]),
 ("Last Sunday",1,["D:2025-05-11"]),("May 28 last year",1,["D:2024-05-28"]),
 ("next weekend",1,["R:2025-05-24..2025-05-25","D:2025-05-24"]),("Thursday",1,["D:2025-05-15"]),
 ("May 27",1,["D:2025-05-27"]),("Friday",1,["D:2025-05-16"]),
 ("so far this year",1,["R:2025-01-01..2025-05-18","P:Y:2025"]),("last year's",1,["Y:2024"]),
 ("June 19",1,["D:2024-06-19"]),
 ("summer vacation",1,["R:2025-05-11..2025-06-30","IN:2025-05-10..2025-07-01"]),
 ("May 11",1,["D:2025-05-11"]),("July 1",1,["D:2025-07-01"]),
 ("the end of June",1,["MIN:2025-06","D:2025-06-30"]),("Saturday",2,["D:2025-05-17"]),
 ("Next week",1,["W:2025-05-19"]),("this week",1,["W:2025-05-12"]),
 ("since May 1",1,["D:2025-05-01","R:2025-05-01..2025-05-18"]),("May 2024",1,["M:2024-05"]),
 ("the summer of 1998",1,["S:summer-1998"])]
N['a18'] = [("June 1",1),("June 27",1),("3.29 pm",1),("Heat Action Plan 2025",1),("noon",1),("4 pm",1)]
X['a18'] = [("five days",1),("the 1912 helpline",1),("two hours",1),("a week early",1),("a month",1)]

G['a19'] = [("20 February",1,["D:2026-02-20"]),("Friday",1,["D:2026-02-20"]),
 ("Thursday, 19 February 2026",1,["D:2026-02-19"]),("6 March 1937",1,["D:1937-03-06"]),
 ("Independence Day",1,["D:2026-03-06"]),("1961",1,["Y:1961"]),
 ("four years after independence",1,["Y:1961"]),("1972",1,["Y:1972"]),
 ("31 December 1981",1,["D:1981-12-31"]),("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("12 February",1,["D:2026-02-12"]),("a week before his death",1,["D:2026-02-12","W:2026-02-09"]),
 ("a one-week observance",1,["D:2026-02-28"]),("Saturday, 28 February",1,["D:2026-02-28"]),
 ("Monday",1,["D:2026-02-23"]),("the 5th of next month",1,["D:2026-03-05"]),
 ("final funeral rites",1,["D:2026-04-11"]),("the 11th of April",1,["D:2026-04-11"]),
 ("a Saturday",1,["D:2026-04-11"]),("Easter",1,["D:2026-04-05"]),("the Sunday",1,["D:2026-04-12"]),
 ("Friday",2,["D:2026-02-20"]),
 ("until the end of the month",1,["MIN:2026-02","D:2026-02-28","R:2026-02-20..2026-02-28"]),
 ("2014",1,["Y:2014"]),("the 2025/26",1,["RY:2025..2026","IN:2025-08-01..2026-07-31","P:Y:2025"]),
 ("last year",1,["Y:2025"])]
N['a19'] = [("November",1)]
X['a19'] = [("88",1),("89",1),("two hours",1),("every October",1),("House No. 19",1),("P.O. Box 1961",1)]

G['a20'] = [("Sept 13",1,["D:2027-09-13"]),("Tuesday",1,["D:2027-09-14"]),("Wednesday",1,["D:2027-09-15"]),
 ("today",1,["D:2027-09-13"]),("on Wednesday",2,["D:2027-09-15"]),("until Friday",1,["D:2027-09-17"]),
 ("Thursday",1,["D:2027-09-16"]),("the day following the Mid-Autumn Festival",1,["D:2027-09-16"]),
 ("Wednesday",3,["D:2027-09-15"]),("Friday",2,["D:2027-09-17"]),
 ("the weekend",1,["R:2027-09-18..2027-09-19","D:2027-09-18"]),("Tuesday",2,["D:2027-09-14"]),
 ("tomorrow",1,["D:2027-09-14"]),
 ("Sept 14-16",1,["R:2027-09-14..2027-09-16","D:2027-09-14","D:2027-09-16"]),
 ("the weekend of Sept 18-19",1,["R:2027-09-18..2027-09-19","D:2027-09-18","D:2027-09-19"]),
 ("Last year's festival",1,["D:2026-09-25"]),("Sept 25",1,["D:2026-09-25"]),
 ("Friday, Oct 1",1,["D:2027-10-01"]),("Oct 8",1,["D:2027-10-08"]),("a Friday",1,["D:2027-10-08"]),
 ("Sept 1, 2023",1,["D:2023-09-01"]),("Sunday, Sept 16, 2018",1,["D:2018-09-16"]),
 ("tomorrow",2,["D:2027-09-14"])]
N['a20'] = [("the Mid-Autumn Festival",1),("10am",1),("6am",1),("noon",1),("the 15th day of the eighth lunar month",1),("National Day",1),("the Chung Yeung Festival",1),("long weekends",1),("4pm",1)]
X['a20'] = [("No 8",1),("Terminal 2",1),("Pier 9",1),("within a month",1),("No 10",1),("No 8",2)]

G['a21'] = [("5 February",1,["D:2025-02-05"]),
 ("the year to 30 November 2024",1,["R:2023-12-01..2024-11-30","P:Y:2024"]),
 ("Wednesday",1,["D:2025-02-05"]),("the current year",1,["R:2024-12-01..2025-11-30","P:Y:2025"]),
 ("the previous year",1,["R:2022-12-01..2023-11-30","P:Y:2023"]),
 ("the first half",1,["R:2023-12-01..2024-05-31"]),
 ("the six months to 31 May 2024",1,["R:2023-12-01..2024-05-31"]),
 ("the second half",1,["R:2024-06-01..2024-11-30"]),("4 July",1,["D:2024-07-04"]),
 ("the nine weeks since 1 December",1,["R:2024-12-01..2025-02-01","IN:2024-12-01..2025-02-05"]),
 ("a year earlier",1,["R:2023-12-01..2024-02-01","IN:2023-12-01..2024-02-05"]),
 ("1 April",1,["D:2025-04-01"]),("March",1,["M:2025-03"]),("Thursday",1,["D:2025-02-06"]),
 ("the spring",1,["S:spring-2025"]),("11 April",1,["D:2025-04-11"]),("7 March",1,["D:2025-03-07"]),
 ("27 March",1,["D:2025-03-27"]),("the day of the meeting",1,["D:2025-03-27"]),
 ("half-year",1,["R:2024-12-01..2025-05-31"]),
 ("the six months to 31 May 2025",1,["R:2024-12-01..2025-05-31"]),("15 July",1,["D:2025-07-15"]),
 ("between 1992 and 2022",1,["RY:1992..2022","Y:1992","Y:2022"]),
 ("the end of 2026",1,["D:2026-12-31","M:2026-12","Y:2026"]),("September",1,["M:2024-09"]),
 ("2030",2,["Y:2030"]),("2024",3,["Y:2024"])]
N['a21'] = [("the Building Safety Act 2022",1),("noon",1)]
X['a21'] = [("five and a half years",1),("Ashcombe 2030",1),("2,018p",1)]

G['a22'] = [("July 4",1,["D:2026-07-04"]),
 ("Two hundred fifty years to the day",1,["D:2026-07-04","P:D:1776-07-04"]),
 ("Saturday",1,["D:2026-07-04"]),("the Fourth",1,["D:2026-07-04"]),("a Saturday",1,["D:2026-07-04"]),
 ("the federal holiday",1,["D:2026-07-03"]),("Friday",1,["D:2026-07-03"]),
 ("yesterday",1,["D:2026-07-03"]),("two days earlier",1,["D:1776-07-02"]),
 ("July 2",1,["D:1776-07-02"]),("July 8, 1776",1,["D:1776-07-08"]),("Aug. 2",1,["D:1776-08-02"]),
 ("1976",1,["Y:1976"]),("that year's",1,["Y:1976"]),("a Sunday",1,["D:1976-07-04"]),
 ("July 4, 1976",1,["D:1976-07-04"]),
 ("from June 19 through July 4",1,["R:2026-06-19..2026-07-04","D:2026-06-19","D:2026-07-04"]),
 ("Juneteenth",1,["D:2026-06-19"]),("Friday",2,["D:2026-07-03"]),("Sunday",2,["D:2026-07-05"]),
 ("Jan. 1",1,["D:2026-01-01"]),("Dec. 31",1,["D:2026-12-31"]),("Sept. 17",1,["D:2026-09-17"]),
 ("1787",1,["Y:1787"]),("since 2023",1,["Y:2023"])]
N['a22'] = [("11 a.m.",1),("the Bicentennial",1),("2 p.m.",1),("The Bicentennial",1),("5 p.m.",1),("9:30 p.m.",1),("2 a.m.",1),("The Semiquincentennial",1),("the anniversary",1),("the 300th",1)]
X['a22'] = [("every Fourth of July",1),("91",1),("16 days",1),("round-of-16",1)]

G['a23'] = [("8 April",1,["D:2027-04-08"]),("Thursday 22 April",1,["D:2027-04-22"]),
 ("a fortnight from today",1,["D:2027-04-22"]),
 ("Tuesday and Wednesday",1,["R:2027-04-06..2027-04-07","D:2027-04-06","D:2027-04-07"]),
 ("Friday 23 April",1,["D:2027-04-23"]),("two days before Anzac Day",1,["D:2027-04-23"]),
 ("a Sunday",1,["D:2027-04-25"]),("this year",1,["Y:2027"]),("07/04/2027",1,["D:2027-04-07"]),
 ("Monday 12 April",1,["D:2027-04-12"]),("25 September 2024",1,["D:2024-09-25"]),
 ("the following year",1,["Y:2025"]),("1 July",1,["D:2027-07-01"]),
 ("the 2025-26 financial year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("last winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("Wednesday",2,["D:2027-04-07"]),
 ("the 2027-28 budget",1,["R:2027-07-01..2028-06-30","P:Y:2028"]),("22 June",1,["D:2027-06-22"]),
 ("last week",1,["W:2027-03-29"]),
 ("the Easter long weekend",1,["R:2027-03-26..2027-03-29","P:D:2027-03-28"]),
 ("26 March",1,["D:2027-03-26"]),("Easter Monday",1,["D:2027-03-29"]),
 ("the day of the strike",1,["D:2027-04-22"]),("Tuesday",2,["D:2027-04-13"]),
 ("March",2,["M:2027-03"]),("Friday 30 April",1,["D:2027-04-30"]),
 ("winter",2,["R:2027-06-01..2027-08-31","S:summer-2027"])]
N['a23'] = [("7am",1),("7am",2),("Good Friday",1),("6am",1)]
X['a23'] = [("24 hours",1),("three years",1),("two years",1),("Ward 7",1),("12-hour",1)]

G['a24'] = [("March 9",1,["D:2027-03-09"]),("the 2027/28",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("Tuesday, March 16",1,["D:2027-03-16"]),("a week from today",1,["D:2027-03-16"]),
 ("yesterday",1,["D:2027-03-08"]),("Thursday, March 18",1,["D:2027-03-18"]),
 ("Tuesday the 23rd",1,["D:2027-03-23"]),("March 25",1,["D:2027-03-25"]),
 ("the Easter holidays",1,["R:2027-03-26..2027-03-29","P:D:2027-03-28"]),
 ("the 31st",1,["D:2027-03-31"]),("the new fiscal year",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("April 1",1,["D:2027-04-01"]),("FY2027/28",1,["R:2027-04-01..2028-03-31","P:Y:2028"]),
 ("February 11",1,["D:2027-02-11"]),("February 10",1,["D:2027-02-10"]),
 ("from February 22 to 26",1,["R:2027-02-22..2027-02-26","D:2027-02-22","D:2027-02-26"]),
 ("September 3, 2025",1,["D:2025-09-03"]),("July 1",1,["D:2027-07-01"]),
 ("the current fiscal year",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("last Tuesday",1,["D:2027-03-02"]),("the April-December period",1,["R:2026-04-01..2026-12-31"]),
 ("the same period the previous year",1,["R:2025-04-01..2025-12-31","P:Y:2025"]),
 ("last month",1,["M:2027-02"]),("from April 12",1,["D:2027-04-12"]),("June",1,["M:2027-06"]),
 ("the opening day",1,["D:2027-03-16"]),("January 29",1,["D:2027-01-29"]),
 ("March 11, 2025",1,["D:2025-03-11"]),("last week",1,["W:2027-03-01"]),
 ("the year ending on March 31",1,["R:2026-04-01..2027-03-31","P:Y:2027","P:D:2027-03-31"])]
N['a24'] = [("Ash Wednesday",1),("5 p.m.",1)]
X['a24'] = [("Standing Order 19",1),("63-member",1),("45 minutes",1)]

G['a25'] = [("Dec. 10",1,["D:2027-12-10"]),("Wednesday, Dec. 29",1,["D:2027-12-29"]),
 ("Thursday, Jan. 6",1,["D:2028-01-06"]),
 ("the 2027 navigation season",1,["R:2027-03-22..2028-01-06","P:Y:2027"]),
 ("March 22",1,["D:2027-03-22"]),("Thursday",2,["D:2027-12-09"]),("Nov. 30",1,["D:2027-11-30"]),
 ("the year before",1,["Y:2026"]),("the 2027 harvest",1,["Y:2027"]),("November",1,["M:2027-11"]),
 ("Monday",1,["D:2027-12-06"]),("Dec. 20",1,["D:2027-12-20"]),("2013",1,["Y:2013"]),
 ("Last season",1,["Y:2026"]),("Jan. 5, 2027",1,["D:2027-01-05"]),("a Tuesday",1,["D:2027-01-05"]),
 ("until the first week of January",1,["W:2028-01-03","IN:2028-01-01..2028-01-07"]),
 ("late December",1,["MIN:2027-12"]),("Wednesday",2,["D:2027-12-08"]),
 ("Christmas Eve",1,["D:2027-12-24"]),
 ("the third week of March",1,["W:2028-03-20","IN:2028-03-15..2028-03-21"]),
 ("the 2028 season",1,["Y:2028"]),
 ("January and February",1,["R:2028-01-01..2028-02-29","M:2028-01","M:2028-02"]),
 ("1958",1,["Y:1958"]),("the following spring",1,["S:spring-1959"]),("1977",1,["Y:1977"]),
 ("the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("2028",2,["Y:2028"])]
N['a25'] = [("11:59 p.m.",1),("the closing dates",1),("the winter",1)]
X['a25'] = [("Lock 7",1),("three days",1),("740-foot",1)]
