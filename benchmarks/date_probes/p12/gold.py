# Hand annotation for probe p12 (invented news from countries and calendars p1-p11 used least: an Indian
# two-wheeler maker's festive season and 'H1 FY26', a Lagos school session in three terms, Kenya's June-year budget,
# the Philippines' 'ber months', Indonesia's Lebaran counted in 'H-3' and 'H+5', Turkey's nine-day Ramazan Bayrami,
# Israel's election in Cheshvan after the High Holy Days, Ireland's racing year in a Sunday paper, Mexico's
# Guadalupe-Reyes, Argentina's and Colombia's runoffs (with Colombia's Monday holidays), Sri Lanka's Vesak week, Iran's
# budget for the year 1405 and Nowruz, the Hajj by the Umm al-Qura calendar, Ghana's cocoa season, a Malaysian planter's
# June year, Egypt's Sham el-Nessim, South Africa's school year, India's Supreme Court vacation, a Nairobi fixture list,
# Hanukkah and three Christmases in Jerusalem, Romania's Orthodox Easter, Bangladesh's exports and Eid, an Irish
# co-op's September year, an election petition in Nigeria), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of 'the run-up to'
#   it); such a claim is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event and law names such as 'the Easter
#   Sunday bombings', 'the Cheltenham Festival', 'Finance Bill 2026', 'the Supreme Court Rules, 2013', 'the class of
#   2026', rules such as 'the third Tuesday of Cheshvan' and 'the following Monday', generic or habitual uses such as
#   'Christmas' as a season, 'the summer' that 'starts on the 1st of May' every year, 'the spring flush', 'Eid holiday',
#   a feast's name beside its date ('Nowruz', 'Vesak', 'Sham el-Nessim'), vague spans such as 'the holidays').
# X: decoys, not dates (ages, durations incl. 'within 21 days', '180 days', 'nine-day', 'in a decade', 'every weekday',
#   'each year', 'Fridays', 'Sunday fixtures', street and place names with dates 'Avenida 20 de Noviembre', 'Calle 16 de
#   Septiembre', '6th of October City', '15th of May City', the village '2 Mai', races '2,000 Guineas', codes 'E-2026',
#   'IR1404', 'Room 1225', 'Kinabatangan 2030', a phone number '0800 202 933', counts '1,998', '1,447', '1,926',
#   prices '1,999', scores '2-1', '24/7', '13th-month'); the scorer ignores X, so a date claim on one counts as a
#   precision error.
# Conventions as p5-p11 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:;
#   holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and 'last week' both weeks
#   before; 'the week of <date>' W: (P:D:); seasons of sports, schools and crops RY: (P: first year); predicative
#   weekdays that day; a year of another calendar R: of its Gregorian days).
#   Added in p12: 'the eve of X' is the day before X, of a story's own event too ('the eve of the vote', 'the eve of
#   the tournament', 'the eve of the new school year'), and 'the day before/after X', 'a week before X', 'N weeks
#   after X', 'the Friday before the vote' count from the day X falls on in the story; 'the week before' a Sunday vote
#   W: of the Monday before it; 'within a week of X' IN:X..X+7 (P:D:X); 'the run-up to X' IN: from the first day of the
#   month before X's to the day before X (P:D:X); 'mid-month' MIN: of the month in focus; 'the tail end of' a year or
#   fiscal year IN: of its last quarter (a year also YIN:); 'the last days of' a month or period IN: of its last seven
#   days (P: the period); 'year to date' and 'so far this year' R: from the first day of the (fiscal) year to the last
#   day the figures cover; Indonesia's 'H-7' and 'H+5' D: of Lebaran (March 10, 2027) minus or plus the days; 'the ber
#   months' R:Sept.1-Dec.31; 'the September half' R: of the six months to Sept. 30; 'H1 FY26' and 'H1 FY27' R: of the
#   firm's half; 'the year to March' (or June or September) R: of the twelve months to that month's end (P:Y:);
#   'FY2026/27' and 'the 2026/27 financial year' R: (P:Y: of the year it ends); 'the 1990s and 2000s' one item
#   RY:1990..2009 with DEC: of either decade; 'N years from now' Y:; 'this time next year' as p10's 'this time last
#   year'; Hebrew, Hijri and Persian months ('Tishrei', 'Elul', 'Cheshvan', 'Dhu al-Hijjah', 'Esfand', 'Bahman') and
#   their days ('the 16th of Cheshvan', 'the 29th of Dhu al-Qadah', 'the 13th' of Farvardin) R: or D: of their
#   Gregorian days; Colombia's holidays on the Monday the Emiliani law moves them to; southern stories a10 and a18.
G = {}
N = {}
X = {}
G['a01'] = [("Nov. 6",1,["D:2025-11-06"]),("Thursday",1,["D:2025-11-06"]),
 ("the September quarter",1,["Q:2025-Q3"]),("H1 FY26",1,["R:2025-04-01..2025-09-30"]),
 ("the year to March",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("Year-to-date",1,["R:2025-04-01..2025-10-31"]),("October",1,["M:2025-10"]),
 ("Q2 FY26",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),("the June quarter",1,["Q:2025-Q2"]),
 ("a year earlier",1,["Q:2024-Q3","R:2024-07-01..2024-09-30"]),("Sept. 22",1,["D:2025-09-22"]),
 ("the first day of Navratri",1,["D:2025-09-22"]),("Independence Day",1,["D:2025-08-15"]),
 ("August",1,["M:2025-08"]),
 ("from Sept. 22 to Nov. 2",1,["R:2025-09-22..2025-11-02","D:2025-09-22","D:2025-11-02"]),
 ("last year's",1,["R:2024-10-03..2024-11-13","P:Y:2024"]),("Oct. 3, 2024",1,["D:2024-10-03"]),
 ("the run-up to Diwali",1,["IN:2025-09-01..2025-10-19","P:D:2025-10-20"]),
 ("Dhanteras",1,["D:2025-10-18"]),("Oct. 18",1,["D:2025-10-18"]),
 ("the eve of Diwali",1,["D:2025-10-19"]),("a Sunday",1,["D:2025-10-19"]),
 ("Bhai Dooj",1,["D:2025-10-23"]),("two weeks ago",1,["D:2025-10-23","W:2025-10-20"]),
 ("This year",1,["Y:2025"]),("the December quarter",1,["Q:2025-Q4"]),
 ("the tail end of the fiscal year",1,["IN:2026-01-01..2026-03-31","P:R:2025-04-01..2026-03-31"]),
 ("the 1990s and 2000s",1,["RY:1990..2009","DEC:1990","DEC:2000"]),("1983",1,["Y:1983"]),
 ("mid-month",1,["MIN:2025-11"]),("FY27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("Oct. 21",1,["D:2025-10-21"]),("the day after Diwali",1,["D:2025-10-21"]),
 ("Wednesday",1,["D:2025-11-05"]),("Guru Nanak Jayanti",1,["D:2025-11-05"])]
N['a01'] = [("festive season",1),("the wedding season",1)]
X['a01'] = [("six years",1),("1,998",1),("42-day",1),("E-2026",1),("12 months",1)]

G['a02'] = [("Sept. 2",1,["D:2025-09-02"]),("Monday, Sept. 8",1,["D:2025-09-08"]),("Tuesday",1,["D:2025-09-02"]),
 ("the 2025/2026 academic session",1,["R:2025-09-08..2026-07-24","RY:2025..2026","P:Y:2025"]),
 ("the second term",1,["R:2026-01-05..2026-04-02"]),("First term",1,["R:2025-09-08..2025-12-12"]),
 ("Friday, Dec. 12",1,["D:2025-12-12"]),
 ("from Oct. 27 to Oct. 31",1,["R:2025-10-27..2025-10-31","D:2025-10-27","D:2025-10-31"]),
 ("National Day",1,["D:2025-10-01"]),("Oct. 1",1,["D:2025-10-01"]),("a Wednesday",1,["D:2025-10-01"]),
 ("the Christmas holiday",1,["R:2025-12-13..2026-01-04","IN:2025-12-12..2026-01-05"]),
 ("Jan. 5",1,["D:2026-01-05"]),("April 2",1,["D:2026-04-02"]),
 ("the day before Good Friday",1,["D:2026-04-02"]),("Third term",1,["R:2026-04-20..2026-07-24"]),
 ("two weeks after Easter Monday",1,["D:2026-04-20"]),("July 24",1,["D:2026-07-24"]),
 ("Children's Day",1,["D:2026-05-27"]),("May 27",1,["D:2026-05-27"]),("late April",1,["MIN:2026-04"]),
 ("mid-June",1,["MIN:2026-06"]),("Monday",3,["D:2025-09-01"]),("this week",1,["W:2025-09-01"]),
 ("next",1,["W:2025-09-08"]),("the long weekend",1,["R:2025-09-05..2025-09-07","P:D:2025-09-05"]),
 ("Friday",3,["D:2025-09-05"]),("Eid-el-Maulud",1,["D:2025-09-05"]),
 ("Last session",1,["RY:2024..2025","P:Y:2024"]),("This year",1,["Y:2025"]),
 ("since 1999",1,["Y:1999"]),("a decade ago",1,["Y:2015","DEC:2010"]),
 ("the week of Nov. 17",1,["W:2025-11-17","P:D:2025-11-17"]),
 ("2026/2027 session",1,["RY:2026..2027","P:Y:2026"]),("mid-September",1,["MIN:2026-09"])]
N['a02'] = [("1 p.m.",1),("the third week of September",1),("the long vacation",2)]
X['a02'] = [("Fridays",1),("nine school days",1),("three weeks",1),("13-week",1),("seven weeks",1),("1,013",1)]

G['a03'] = [("June 11",1,["D:2026-06-11"]),
 ("the 2026/27 financial year",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("Thursday",1,["D:2026-06-11"]),("Aug. 10, 2027",1,["D:2027-08-10"]),
 ("the same afternoon",1,["D:2026-06-11"]),("FY2026/27",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("the current year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("June 30",1,["D:2026-06-30"]),
 ("the nine months to March",1,["R:2025-07-01..2026-03-31"]),("the March quarter",1,["Q:2026-Q1"]),
 ("the December quarter",1,["Q:2025-Q4"]),("the June quarter",1,["Q:2026-Q2"]),
 ("late September",1,["MIN:2026-09"]),("June 30",2,["D:2026-06-30"]),("next week",1,["W:2026-06-15"]),
 ("within a week of the budget",1,["IN:2026-06-11..2026-06-18","P:D:2026-06-11"]),
 ("the last days of June",1,["IN:2026-06-24..2026-06-30","P:M:2026-06"]),
 ("two years ago",1,["Y:2024"]),("June 25, 2024",1,["D:2024-06-25"]),("that year's",1,["Y:2024"]),
 ("the next day",1,["D:2024-06-26"]),("2024",2,["Y:2024"]),("last year",1,["Y:2025"]),
 ("the first half of the new financial year",1,["R:2026-07-01..2026-12-31","H:2026-H2"]),
 ("the run-up to the election",1,["IN:2027-07-01..2027-08-09","P:D:2027-08-10"]),
 ("Madaraka Day",1,["D:2026-06-01"]),("June 1",1,["D:2026-06-01"]),("July",1,["M:2026-07"]),
 ("mid-month",1,["MIN:2026-07"]),("this year",1,["R:2025-07-01..2026-06-30","Y:2026"]),
 ("July 15",1,["D:2026-07-15"]),("the 2010s",1,["DEC:2010"]),("December",2,["M:2026-12"]),
 ("July 1",1,["D:2026-07-01"]),("since 2023",1,["Y:2023"])]
N['a03'] = [("Finance Bill 2026",1)]
X['a03'] = [("in a decade",1),("10-year",1),("38-month",1)]

G['a04'] = [("Sept. 1",1,["D:2026-09-01"]),("today",1,["D:2026-09-01"]),
 ("the ber months",1,["R:2026-09-01..2026-12-31"]),
 ("the Feast of the Black Nazarene",1,["D:2027-01-09"]),("the fourth quarter",1,["Q:2026-Q4"]),
 ("a year earlier",1,["Q:2025-Q4"]),("the first half",1,["H:2026-H1"]),("last month",1,["M:2026-08"]),
 ("Last year's",1,["R:2025-09-01..2025-12-31","P:Y:2025"]),("November",1,["M:2025-11"]),
 ("This time",1,["R:2026-09-01..2026-12-31"]),("Dec. 24",1,["D:2026-12-24"]),
 ("early December",1,["MIN:2026-12"]),("Christmas Day",1,["D:2026-12-25"]),
 ("a Friday",1,["D:2026-12-25"]),("since 2020",1,["Y:2020"]),("Rizal Day",1,["D:2026-12-30"]),
 ("from Dec. 24 to Jan. 3",1,["R:2026-12-24..2027-01-03","D:2026-12-24","D:2027-01-03"]),
 ("from Dec. 16 to Dec. 24",1,["R:2026-12-16..2026-12-24","D:2026-12-16","D:2026-12-24"]),
 ("the 16th",1,["D:2026-12-16"]),("All Saints' Day",1,["D:2026-11-01"]),("Sunday",1,["D:2026-11-01"]),
 ("All Souls' Day",1,["D:2026-11-02"]),("the day after",1,["D:2026-11-02"]),
 ("the Feast of the Immaculate Conception",1,["D:2026-12-08"]),
 ("Ninoy Aquino Day",1,["D:2026-08-21"]),("yesterday",1,["D:2026-08-31"]),
 ("National Heroes Day",1,["D:2026-08-31"]),("the last Monday of August",1,["D:2026-08-31"]),
 ("Sept. 9",1,["D:2026-09-09"]),
 ("the first week of December",1,["W:2026-12-07","IN:2026-12-01..2026-12-07"]),
 ("the ber months",2,["R:2026-09-01..2026-12-31"]),("the 1970s",1,["DEC:1970"]),
 ("Two years ago",1,["Y:2024"]),("August",2,["M:2024-08"])]
N['a04'] = [("Christmas",1),("holiday season",1),("Christmas",2),("the first ber month",1),("Christmas",4),("4 a.m.",1),("two long weekends",1),("9.9",1)]
X['a04'] = [("13th-month",1),("nine-day",1),("24/7",1),("64",1)]

G['a05'] = [("Feb. 19",1,["D:2027-02-19"]),("Lebaran",1,["D:2027-03-10"]),("this year",1,["Y:2027"]),
 ("Friday",1,["D:2027-02-19"]),("Wednesday, March 10",1,["D:2027-03-10"]),
 ("Thursday, March 11",1,["D:2027-03-11"]),("Tuesday, March 9",1,["D:2027-03-09"]),
 ("Friday, March 12",1,["D:2027-03-12"]),("Nyepi",1,["D:2027-03-08"]),
 ("Monday, March 8",1,["D:2027-03-08"]),
 ("from March 6 to March 14",1,["R:2027-03-06..2027-03-14","D:2027-03-06","D:2027-03-14"]),
 ("March 9",2,["D:2027-03-09"]),("Ramadan",1,["R:2027-02-09..2027-03-09","R:2027-02-08..2027-03-08"]),
 ("Feb. 8",1,["D:2027-02-08"]),("H-3",1,["D:2027-03-07"]),("H+5",1,["D:2027-03-15"]),
 ("H-5",1,["D:2027-03-05"]),("H-1",1,["D:2027-03-09"]),("H+7",1,["D:2027-03-17"]),
 ("H-7",1,["D:2027-03-03"]),("Jan. 17",1,["D:2027-01-17"]),("Tomorrow",1,["D:2027-02-19"]),
 ("next week",1,["W:2027-02-22"]),("late on Thursday",1,["D:2027-02-18"]),("Last year",1,["Y:2026"]),
 ("This year",1,["Y:2027"]),("last year's Lebaran",1,["D:2026-03-21","P:Y:2026"]),
 ("This time",1,["D:2027-03-10"]),
 ("from March 8 to March 25",1,["R:2027-03-08..2027-03-25","D:2027-03-08","D:2027-03-25"]),
 ("the eve of Good Friday",1,["D:2027-03-25"]),("since the Chinese New Year",1,["D:2027-02-06"]),
 ("the last days of Ramadan",1,["IN:2027-03-03..2027-03-09","P:R:2027-02-09..2027-03-09"]),
 ("from next Monday",1,["D:2027-02-22"]),("the year 1448",1,["R:2026-06-16..2027-06-05"]),
 ("the evening of March 9",1,["D:2027-03-09"]),("this month",1,["M:2027-02"])]
N['a05'] = [("the Idul Fitri holiday",1),("the Balinese Day of Silence",1),("Idul Fitri",2),("the day before the government",1),("Lebaran",2),("the last weekend before the holiday",1),("Idul Fitri",3),("Ramadan",3)]
X['a05'] = [("24-hour",1),("two hours",1),("1,447",1),("57",1)]

G['a06'] = [("March 7",1,["D:2026-03-07"]),
 ("from Saturday, March 14, to Sunday, March 22",1,["R:2026-03-14..2026-03-22","D:2026-03-14","D:2026-03-22"]),
 ("Friday",1,["D:2026-03-06"]),("Friday, March 20",1,["D:2026-03-20"]),
 ("the eve of the holiday",1,["D:2026-03-19"]),("Thursday, March 19",1,["D:2026-03-19"]),
 ("March 16-18",1,["R:2026-03-16..2026-03-18","D:2026-03-16","D:2026-03-18"]),
 ("in April and May",1,["R:2026-04-01..2026-05-31","M:2026-04","M:2026-05"]),
 ("the run-up to the Bayram",1,["IN:2026-02-01..2026-03-19","P:D:2026-03-20"]),
 ("Monday",1,["D:2026-03-09"]),
 ("the first week of March",1,["W:2026-03-02","IN:2026-03-01..2026-03-08"]),
 ("a year earlier",1,["W:2025-03-03","IN:2025-03-01..2025-03-09","Y:2025"]),("2025",1,["Y:2025"]),
 ("from March 30 to April 1",1,["R:2025-03-30..2025-04-01","D:2025-03-30","D:2025-04-01"]),
 ("next week",1,["W:2026-03-09"]),("the week after",1,["W:2026-03-16"]),
 ("last June's",1,["R:2025-06-06..2025-06-09","P:Y:2025"]),
 ("Kurban Bayramı",2,["R:2026-05-27..2026-05-30","P:D:2026-05-27"]),
 ("from May 27 to May 30",1,["R:2026-05-27..2026-05-30","D:2026-05-27","D:2026-05-30"]),
 ("Tuesday, May 26",1,["D:2026-05-26"]),
 ("National Sovereignty and Children's Day",1,["D:2026-04-23"]),("a Thursday",1,["D:2026-04-23"]),
 ("this year",1,["Y:2026"]),("May Day",1,["D:2026-05-01"]),("a Friday",1,["D:2026-05-01"]),
 ("the spring",1,["S:spring-2026"]),("the first quarter",1,["Q:2026-Q1"]),("March",9,["M:2026-03"]),
 ("February",1,["M:2026-02"]),("Tuesday",2,["D:2026-03-10"]),("March's",1,["M:2026-03"]),
 ("April 3",1,["D:2026-04-03"]),("March 25",1,["D:2026-03-25"]),
 ("since late 2021",1,["YIN:2021","IN:2021-07-01..2021-12-31"])]
N['a06'] = [("the Ramazan Bayramı holiday",1),("Ramadan",1),("Kurban Bayramı",1),("two more long weekends",1)]
X['a06'] = [("nine days",1),("three-day",1),("four-day",1),("nine days",2)]

G['a07'] = [("Sept. 9",1,["D:2026-09-09"]),("the Oct. 27 election",1,["D:2026-10-27"]),
 ("Tishrei",1,["R:2026-09-12..2026-10-11"]),
 ("Rosh Hashanah",1,["D:2026-09-12","R:2026-09-12..2026-09-13"]),("Friday",1,["D:2026-09-11"]),
 ("Tuesday",1,["D:2026-09-08"]),("Thursday, Sept. 10",1,["D:2026-09-10"]),
 ("the day before the eve of Rosh Hashanah",1,["D:2026-09-10"]),
 ("the year 5787",1,["R:2026-09-12..2027-10-01"]),("the 16th of Cheshvan",1,["D:2026-10-27"]),
 ("the Days of Awe",1,["R:2026-09-12..2026-09-21"]),("Next week",1,["W:2026-09-14"]),
 ("the day after Simchat Torah",1,["D:2026-10-04"]),("Yom Kippur",1,["D:2026-09-21"]),
 ("the evening of Sunday, Sept. 20",1,["D:2026-09-20"]),
 ("Sukkot",1,["R:2026-09-26..2026-10-02","D:2026-09-26"]),("five days later",1,["D:2026-09-26"]),
 ("Simchat Torah",2,["D:2026-10-03"]),("three weeks before the vote",1,["D:2026-10-06"]),
 ("the 1990s",1,["DEC:1990"]),("Elul",1,["R:2026-08-14..2026-09-11"]),
 ("the new year",1,["D:2026-09-12","R:2026-09-12..2027-10-01"]),("last Thursday",1,["D:2026-09-03"]),
 ("Nov. 1, 2022",1,["D:2022-11-01"]),("four years ago",1,["Y:2022"]),
 ("within a week of the vote",1,["IN:2026-10-27..2026-11-03","P:D:2026-10-27"]),
 ("mid-November",1,["MIN:2026-11"]),("the Friday before the vote",1,["D:2026-10-23"]),
 ("the day before the vote",1,["D:2026-10-26"]),("October",1,["M:2026-10"]),
 ("Cheshvan",3,["R:2026-10-12..2026-11-10"]),("the autumn",1,["S:autumn-2022"]),("2022",2,["Y:2022"]),
 ("2019",1,["Y:2019"]),("April",1,["M:2019-04"]),("September",1,["M:2019-09"])]
N['a07'] = [("the holidays",1),("the third Tuesday of Cheshvan",1),("the holiday season",1),("Election day",1),("the holidays",2)]
X['a07'] = [("three weeks",1),("24 days",1),("120",1),("a fortnight",1)]

G['a08'] = [("Jan. 10",1,["D:2027-01-10"]),("2027",1,["Y:2027"]),("last year",1,["Y:2026"]),
 ("Friday",1,["D:2027-01-08"]),("St Patrick's Day",1,["D:2027-03-17"]),
 ("March 16-19",1,["R:2027-03-16..2027-03-19","D:2027-03-16","D:2027-03-19"]),
 ("its second day",1,["D:2027-03-17"]),("the eve of the festival",1,["D:2027-03-15"]),
 ("the first weekend of February",1,["R:2027-02-06..2027-02-07","D:2027-02-06","D:2027-02-07"]),
 ("St Brigid's Day",1,["D:2027-02-01"]),("Easter Monday",1,["D:2027-03-29"]),
 ("the 2026-27 jumps season",1,["RY:2026..2027","P:Y:2026"]),
 ("from April 27 to May 1",1,["R:2027-04-27..2027-05-01","D:2027-04-27","D:2027-05-01"]),
 ("the May bank holiday",1,["D:2027-05-03"]),("the last Monday of July",1,["D:2027-07-26"]),
 ("the day before the August bank holiday",1,["D:2027-08-01"]),
 ("the week of Sept. 20",1,["W:2027-09-20","P:D:2027-09-20"]),
 ("from Dec. 26 to Dec. 29",1,["R:2027-12-26..2027-12-29","D:2027-12-26","D:2027-12-29"]),
 ("St Stephen's Day",1,["D:2027-12-26"]),("a Sunday",1,["D:2027-12-26"]),
 ("the late 2000s",1,["DEC:2000","IN:2005-01-01..2009-12-31"]),("Tomorrow",1,["D:2027-01-09"]),
 ("the spring",1,["S:spring-2027"]),("yesterday",1,["D:2027-01-09"]),
 ("last week",1,["W:2027-01-04","W:2026-12-28"]),("next week",1,["W:2027-01-11"]),
 ("next Sunday",1,["D:2027-01-17"]),("Dec. 29",2,["D:2026-12-29"]),
 ("a year earlier",1,["R:2025-12-26..2025-12-29","Y:2025"]),("March 21",1,["D:2027-03-21"]),
 ("the Sunday after Cheltenham",1,["D:2027-03-21"]),("Saturday, June 26",1,["D:2027-06-26"]),
 ("the first half of the year",1,["H:2027-H1"]),
 ("the second half of November",1,["R:2027-11-16..2027-11-30","IN:2027-11-16..2027-11-30"])]
N['a08'] = [("the Cheltenham Festival",1),("the Irish national holiday",1),("Christmas",1),("bank holidays",1)]
X['a08'] = [("four-day",1),("summer evenings",1),("2,000 Guineas",1),("1,000 Guineas",1),("Sunday fixtures",1)]

G['a09'] = [("Oct. 31",1,["D:2025-10-31"]),("the Day of the Dead",1,["D:2025-11-02","R:2025-11-01..2025-11-02"]),
 ("this weekend",1,["R:2025-11-01..2025-11-02"]),("Three Kings Day",1,["D:2026-01-06"]),
 ("tomorrow",1,["D:2025-11-01"]),("Sunday",1,["D:2025-11-02"]),
 ("the run-up to the Day of the Dead",1,["IN:2025-10-01..2025-11-01","P:D:2025-11-02"]),
 ("September",1,["M:2025-09"]),
 ("from Thursday, Nov. 13, to Monday, Nov. 17",1,["R:2025-11-13..2025-11-17","D:2025-11-13","D:2025-11-17"]),
 ("Revolution Day",1,["D:2025-11-17"]),("Nov. 20",1,["D:2025-11-20"]),
 ("the third Monday of November",1,["D:2025-11-17"]),
 ("Last year's",1,["R:2024-11-15..2024-11-18","P:Y:2024"]),("2011",1,["Y:2011"]),
 ("the 26 days from Dec. 12 to Jan. 6",1,["R:2025-12-12..2026-01-06"]),
 ("the feast of the Virgin of Guadalupe",1,["D:2025-12-12"]),("a Friday",1,["D:2025-12-12"]),
 ("Three Kings Day",2,["D:2026-01-06"]),("Dec. 20",1,["D:2025-12-20"]),
 ("The tail end of the year",1,["IN:2025-10-01..2025-12-31","YIN:2025"]),("November",2,["M:2025-11"]),
 ("December",1,["M:2025-12"]),("Thursday",2,["D:2025-10-30"]),("the third quarter",1,["Q:2025-Q3"]),
 ("the second",1,["Q:2025-Q2"]),("late September",1,["MIN:2025-09"]),("Nov. 6",1,["D:2025-11-06"]),
 ("the fourth quarter",1,["Q:2025-Q4"]),("a year earlier",1,["Q:2024-Q4"]),
 ("since mid-October",1,["MIN:2025-10"]),("Halloween",1,["D:2025-10-31"]),
 ("today",1,["D:2025-10-31"]),("the new year",1,["Y:2026"]),("January",2,["M:2025-01"]),
 ("the first quarter",1,["Q:2025-Q1"])]
N['a09'] = [("Black Friday",1),("Christmas",1),("the Day of the Dead",3),("The Guadalupe-Reyes",1),("the January slump",1)]
X['a09'] = [("20 de Noviembre",1),("four days",1),("nine nights",1),("16 de Septiembre",1),("5 de Mayo",1),("five years",1)]

G['a10'] = [("Oct. 25",1,["D:2027-10-25"]),("Sunday's",1,["D:2027-10-24"]),("Monday",1,["D:2027-10-25"]),
 ("four weeks later",1,["D:2027-11-21","W:2027-11-15"]),("Nov. 21",1,["D:2027-11-21"]),
 ("1994",1,["Y:1994"]),("Dec. 10",1,["D:2027-12-10"]),("a Friday",1,["D:2027-12-10"]),
 ("Tonight",1,["D:2027-10-24"]),("tomorrow",1,["D:2027-10-25"]),("Sunday",2,["D:2027-10-24"]),
 ("the next four weeks",1,["R:2027-10-25..2027-11-21"]),("today",1,["D:2027-10-25"]),
 ("Sunday, Nov. 14",1,["D:2027-11-14"]),("a week before the runoff",1,["D:2027-11-14"]),
 ("The day before the runoff",1,["D:2027-11-20"]),("the eve of the vote",1,["D:2027-11-20"]),
 ("Monday",2,["D:2027-11-22"]),
 ("within a week of the runoff",1,["IN:2027-11-21..2027-11-28","P:D:2027-11-21"]),
 ("the August primaries",1,["M:2027-08"]),("Aug. 8",1,["D:2027-08-08"]),
 ("mid-September",1,["MIN:2027-09"]),("Oct. 27, 2019",1,["D:2019-10-27"]),("2023",1,["Y:2023"]),
 ("Oct. 26, 2025",1,["D:2025-10-26"]),("two years ago",1,["Y:2025"]),("last week",1,["W:2027-10-18"]),
 ("through November",1,["R:2027-10-25..2027-11-30","M:2027-11"]),("2028",1,["Y:2028"]),
 ("the end of the year",1,["D:2027-12-31","M:2027-12","Y:2027"]),
 ("late spring",1,["IN:2027-10-16..2027-11-30","P:R:2027-09-01..2027-11-30"]),
 ("the summer",1,["R:2027-12-01..2028-02-29","S:winter-2027"]),("March",1,["M:2028-03"]),
 ("January",1,["M:2028-01"]),("the 1990s and 2000s",1,["RY:1990..2009","DEC:1990","DEC:2000"]),
 ("this time",1,["D:2027-10-24"])]
N['a10'] = [("the first round",1),("the first round",2)]
X['a10'] = [("61",1),("48 hours",1),("100 days",1)]

G['a11'] = [("May 10",1,["D:2025-05-10"]),("today",1,["D:2025-05-10"]),("April 21, 2019",1,["D:2019-04-21"]),
 ("the long weekend",1,["R:2025-05-10..2025-05-13","P:D:2025-05-12"]),("Vesak",2,["D:2025-05-12"]),
 ("Monday, May 12",1,["D:2025-05-12"]),("the day after Vesak",1,["D:2025-05-13"]),
 ("from May 10 to May 16",1,["R:2025-05-10..2025-05-16","D:2025-05-10","D:2025-05-16"]),
 ("the eve of Vesak",1,["D:2025-05-11"]),("Sunday",2,["D:2025-05-11"]),("Sunday",3,["D:2025-05-11"]),
 ("Thursday",1,["D:2025-05-08"]),
 ("the run-up to Vesak",1,["IN:2025-04-01..2025-05-11","P:D:2025-05-12"]),
 ("the Buddhist year 2569",1,["R:2025-05-12..2026-04-30"]),
 ("next year's Vesak",1,["D:2026-05-01","P:Y:2026"]),("May 1",1,["D:2026-05-01"]),
 ("the Sinhala and Tamil New Year",1,["D:2025-04-14"]),("Poson",1,["D:2025-06-10"]),
 ("June 10",1,["D:2025-06-10"]),("April",2,["M:2025-04"]),
 ("so far this year",1,["R:2025-01-01..2025-04-30","P:Y:2025"]),("last week",1,["W:2025-04-28"]),
 ("2018",1,["Y:2018"]),("this year",2,["Y:2025"]),("Tuesday's",1,["D:2025-05-06"]),
 ("since 2018",1,["Y:2018"]),("Friday, May 16",1,["D:2025-05-16"]),
 ("the last day of the Vesak week",1,["D:2025-05-16"]),("Poson",2,["D:2025-06-10"]),
 ("Aug. 9",1,["D:2025-08-09"]),
 ("July and August",1,["R:2025-07-01..2025-08-31","M:2025-07","M:2025-08"]),
 ("a year earlier",1,["R:2024-07-01..2024-08-31","Y:2024"]),("Six years ago",1,["Y:2019"]),
 ("May 18",1,["D:2019-05-18"])]
N['a11'] = [("its state Vesak week",1),("the Easter Sunday bombings",1),("The government's Vesak week",1),("Vesak",7),("poya",1),("the year before the attacks",1),("Vesak",9),("the Esala season",1),("Vesak",11),("In the years since",1)]
X['a11'] = [("12 or 13 a year",1),("every Vesak",1)]

G['a12'] = [("March 9",1,["D:2026-03-09"]),("Sunday",1,["D:2026-03-08"]),
 ("the Iranian year 1405",1,["R:2026-03-21..2027-03-20"]),("March 21",1,["D:2026-03-21"]),
 ("last week",1,["W:2026-03-02"]),("the first day of Farvardin",1,["D:2026-03-21"]),
 ("1404",1,["R:2025-03-21..2026-03-20"]),("March 20",1,["D:2026-03-20"]),
 ("the 29th of Esfand",1,["D:2026-03-20"]),
 ("the end of Esfand",1,["D:2026-03-20","IN:2026-03-11..2026-03-20"]),
 ("The Nowruz holidays",1,["R:2026-03-21..2026-03-24","P:D:2026-03-21"]),
 ("from March 21 to March 24",1,["R:2026-03-21..2026-03-24","D:2026-03-21","D:2026-03-24"]),
 ("Sizdah Bedar",1,["D:2026-04-02"]),("this year",1,["Y:2026"]),
 ("March 20 or 21",1,["D:2026-03-20","D:2026-03-21"]),
 ("the eve of the last Wednesday of the year",1,["D:2026-03-17"]),
 ("Tuesday, March 17",1,["D:2026-03-17"]),("on Monday",1,["D:2026-03-09"]),
 ("Esfand",3,["R:2026-02-20..2026-03-20"]),("this Esfand",1,["R:2026-02-20..2026-03-20"]),
 ("last year",1,["Y:2025"]),
 ("the last days of the year",1,["IN:2026-03-14..2026-03-20","P:R:2025-03-21..2026-03-20"]),
 ("the month to Feb. 19",1,["R:2026-01-21..2026-02-19"]),("Bahman",1,["R:2026-01-21..2026-02-19"]),
 ("the year to March 20",1,["R:2025-03-21..2026-03-20","P:Y:2026"]),("late April",1,["MIN:2026-04"]),
 ("since 1925",1,["Y:1925"]),("the evening of March 20",1,["D:2026-03-20"]),
 ("the 21st",1,["D:2026-03-21"]),("first week of Farvardin",1,["R:2026-03-21..2026-03-27"]),
 ("until April 3",1,["R:2026-03-09..2026-04-03","D:2026-04-03"]),("on Sunday",2,["D:2026-03-08"]),
 ("the 13th",2,["D:2026-04-02"])]
N['a12'] = [("Nowruz",1),("the 13th day of the new year",1),("Nowruz",3),("Eid al-Fitr",1),("Chaharshanbe Suri",1),("the last minute",1),("its new year",1),("the spring equinox",1),("18:16",1),("the holiday",1),("the holidays",1)]
X['a12'] = [("24 hours a day",1),("IR1404",1)]

G['a13'] = [("May 14",1,["D:2026-05-14"]),("this month",1,["M:2026-05"]),("next week",1,["W:2026-05-18"]),
 ("Wednesday",1,["D:2026-05-13"]),("Dhu al-Hijjah",1,["R:2026-05-18..2026-06-15"]),
 ("Monday, May 18",1,["D:2026-05-18"]),("the evening of Saturday, May 16",1,["D:2026-05-16"]),
 ("the 29th of Dhu al-Qadah",1,["D:2026-05-16"]),("the 8th of Dhu al-Hijjah",1,["D:2026-05-25"]),
 ("the Day of Arafat",1,["D:2026-05-26","D:2026-05-25"]),("Tuesday, May 26",1,["D:2026-05-26"]),
 ("Eid al-Adha",1,["D:2026-05-27","D:2026-05-26"]),("Wednesday",2,["D:2026-05-27"]),
 ("the 13th",1,["D:2026-05-30"]),
 ("from May 26 to May 29",1,["R:2026-05-26..2026-05-29","D:2026-05-26","D:2026-05-29"]),
 ("within a week of Eid",1,["IN:2026-05-27..2026-06-03","P:D:2026-05-27"]),
 ("the end of the month",1,["D:2026-06-15","IN:2026-06-06..2026-06-15"]),
 ("June 15",1,["D:2026-06-15"]),("the first of Muharram",1,["D:2026-06-16"]),
 ("the Islamic new year",1,["D:2026-06-16"]),("the year 1448",1,["R:2026-06-16..2027-06-05"]),
 ("the 15th of Dhu al-Qadah",1,["D:2026-05-02"]),("Last year",1,["Y:2025"]),
 ("This year",1,["Y:2026"]),("on Wednesday",3,["D:2026-05-13"]),
 ("the 4th of Dhu al-Hijjah",1,["D:2026-05-21"]),("2025",1,["Y:2025"]),("June 5",1,["D:2025-06-05"]),
 ("the mid-2030s",1,["DEC:2030","IN:2033-01-01..2037-12-31"]),
 ("since mid-February",1,["MIN:2026-02"]),("April 18",1,["D:2026-04-18"]),
 ("the first day of Dhu al-Qadah",1,["D:2026-04-18"]),("June 2024",1,["M:2024-06"]),
 ("June 17",1,["D:2024-06-17"]),("the second day of Eid",1,["D:2024-06-17"])]
N['a13'] = [("the Day of Arafat",2),("winter",1)]
X['a13'] = [("four days",1),("King Fahd Gate No. 79",1),("11 days",1),("each year",1),("in two years",1)]

G['a14'] = [("Oct. 8",1,["D:2025-10-08"]),
 ("the 2025/26 season",1,["R:2025-10-01..2026-09-30","RY:2025..2026","P:Y:2025"]),
 ("Oct. 1",1,["D:2025-10-01"]),
 ("the season just ended",1,["R:2024-10-01..2025-09-30","RY:2024..2025","P:Y:2024"]),
 ("Wednesday",1,["D:2025-10-08"]),("Friday",1,["D:2025-10-03"]),
 ("the start of the season",1,["D:2025-10-01"]),
 ("the 2024/25 season",1,["R:2024-10-01..2025-09-30","RY:2024..2025","P:Y:2024"]),
 ("from October to March",1,["R:2025-10-01..2026-03-31","M:2025-10","M:2026-03"]),
 ("from June to September",1,["R:2026-06-01..2026-09-30","M:2026-06","M:2026-09"]),
 ("mid-month",1,["MIN:2025-10"]),
 ("the first half of the season",1,["R:2025-10-01..2026-03-31","IN:2025-10-01..2026-03-31"]),
 ("last season's",1,["R:2024-10-01..2025-09-30","P:Y:2024"]),
 ("The tail end of last season",1,["IN:2025-07-01..2025-09-30","P:R:2024-10-01..2025-09-30"]),
 ("Next week",1,["W:2025-10-13"]),("this time",1,["R:2025-10-01..2026-09-30","P:Y:2025"]),
 ("December 2024",1,["M:2024-12"]),("the September quarter",1,["Q:2025-Q3"]),
 ("the last three months of the old season",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("Monday",1,["D:2025-10-06"]),("the late 1970s",1,["DEC:1970","IN:1975-01-01..1979-12-31"]),
 ("the end of 2026",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("the week of Nov. 17",1,["W:2025-11-17","P:D:2025-11-17"]),("May",1,["M:2026-05"]),
 ("National Farmers' Day",1,["D:2025-12-05"]),("the first Friday of December",1,["D:2025-12-05"]),
 ("since 2019",1,["Y:2019"]),
 ("the 2026/27 season",1,["R:2026-10-01..2027-09-30","RY:2026..2027","P:Y:2026"]),
 ("a year ago",1,["Y:2024"]),("on Thursday",1,["D:2025-10-09"])]
N['a14'] = []
X['a14'] = [("58",2),("64-kilogram",1),("three seasons",1)]

G['a15'] = [("Aug. 27",1,["D:2026-08-27"]),("Wednesday",1,["D:2026-08-26"]),
 ("the year to June",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("the June quarter",1,["Q:2026-Q2"]),
 ("FY2026",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("the March quarter",1,["Q:2026-Q1"]),
 ("the second half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),("1997",1,["Y:1997"]),
 ("a year earlier",1,["R:2025-01-01..2025-06-30","H:2025-H1"]),
 ("FY2025",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("the 12 months to June 30",1,["R:2025-07-01..2026-06-30","D:2026-06-30"]),
 ("the 1980s",1,["DEC:1980"]),("FY2027",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("The first half of FY2027",1,["R:2026-07-01..2026-12-31","H:2026-H2"]),
 ("the September quarter",1,["Q:2026-Q3"]),("the December quarter",1,["Q:2026-Q4"]),
 ("so far this year",1,["R:2026-01-01..2026-07-31","P:Y:2026"]),("July",1,["M:2026-07"]),
 ("Sept. 25",1,["D:2026-09-25"]),("Sept. 10",1,["D:2026-09-10"]),("Monday",1,["D:2026-08-31"]),
 ("National Day",1,["D:2026-08-31"]),("Malaysia Day",1,["D:2026-09-16"]),
 ("Tuesday",1,["D:2026-08-25"]),("the Prophet's birthday",1,["D:2026-08-25"]),
 ("since January",1,["R:2026-01-01..2026-08-27","M:2026-01"]),
 ("FY2028",1,["R:2027-07-01..2028-06-30","P:Y:2028"]),("three years from now",1,["Y:2029"]),
 ("since the Hari Raya holidays",1,["R:2026-03-20..2026-03-23","P:D:2026-03-21"]),
 ("March",2,["M:2026-03"]),("the first quarter of next year",1,["Q:2027-Q1"]),
 ("November",1,["M:2026-11"]),("2026",1,["Y:2026"]),("2008",1,["Y:2008"])]
N['a15'] = [("the year",2),("the rainy season",1)]
X['a15'] = [("Kinabatangan 2030",1),("three-year",1)]

G['a16'] = [("April 7",1,["D:2026-04-07"]),("Tuesday",1,["D:2026-04-07"]),
 ("the Monday after Coptic Easter",1,["D:2026-04-13"]),("April 13",1,["D:2026-04-13"]),
 ("western Easter",1,["D:2026-04-05"]),("Holy Week",1,["R:2026-04-05..2026-04-11"]),
 ("Palm Sunday",1,["D:2026-04-05"]),("two days ago",1,["D:2026-04-05"]),
 ("Good Friday",1,["D:2026-04-10"]),("Easter",3,["D:2026-04-12"]),("Feb. 16",1,["D:2026-02-16"]),
 ("Last year",1,["Y:2025"]),("April 20",1,["D:2025-04-20"]),("Monday",2,["D:2026-04-13"]),
 ("Sunday",2,["D:2026-04-05"]),("Sinai Liberation Day",1,["D:2026-04-25"]),
 ("a Saturday",1,["D:2026-04-25"]),
 ("the Eid al-Adha holiday",1,["R:2026-05-26..2026-05-29","P:D:2026-05-27"]),
 ("from May 26 to May 29",1,["R:2026-05-26..2026-05-29","D:2026-05-26","D:2026-05-29"]),
 ("the 2026/27 fiscal year",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("the July-February period",1,["R:2025-07-01..2026-02-28"]),
 ("the current year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("a year earlier",1,["R:2024-07-01..2025-02-28"]),
 ("before the end of April",1,["IN:2026-04-07..2026-04-30","M:2026-04"]),
 ("by June 30",1,["D:2026-06-30"]),("Monday",3,["D:2026-04-06"]),("Last month",1,["M:2026-03"]),
 ("This month",1,["M:2026-04"]),("March",1,["M:2026-03"]),("this week",1,["W:2026-04-06"]),
 ("February",2,["M:2026-02"]),("September 2023",1,["M:2023-09"]),("May 21",1,["D:2026-05-21"]),
 ("the year to June 2025",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("between the two Easters",1,["R:2026-04-05..2026-04-12"]),("yesterday",1,["D:2026-04-06"])]
N['a16'] = [("Sham el-Nessim",1),("the spring festival",1),("the Eid al-Fitr holiday",1),("6 a.m.",1),("Sham el-Nessim",2)]
X['a16'] = [("6th of October City",1),("55 days",1),("58",1),("15th of May City",1)]

G['a17'] = [("June 1",1,["D:2026-06-01"]),("June 21",1,["D:2026-06-21"]),("Sunday's",1,["D:2026-05-31"]),
 ("Monday",1,["D:2026-06-01"]),
 ("three weeks after the first round",1,["D:2026-06-21","W:2026-06-15"]),("2022",1,["Y:2022"]),
 ("May 29",1,["D:2022-05-29"]),("June 19",1,["D:2022-06-19"]),("Aug. 7",1,["D:2026-08-07"]),
 ("March 8",1,["D:2026-03-08"]),("July 20",1,["D:2026-07-20"]),
 ("the Corpus Christi holiday",1,["D:2026-06-08"]),("Monday, June 8",1,["D:2026-06-08"]),
 ("Thursday, June 4",1,["D:2026-06-04"]),("the Sacred Heart holiday",1,["D:2026-06-15"]),
 ("June 15",1,["D:2026-06-15"]),("The Saints Peter and Paul holiday",1,["D:2026-06-29"]),
 ("June 29",1,["D:2026-06-29"]),("a Monday",1,["D:2026-06-29"]),
 ("the next two long weekends",1,["R:2026-06-06..2026-06-15"]),
 ("the week before the vote",1,["W:2026-06-15","R:2026-06-14..2026-06-20"]),
 ("the day before the runoff",1,["D:2026-06-20"]),("Monday",5,["D:2026-06-22"]),
 ("Thursday, June 18",1,["D:2026-06-18"]),("the same night",1,["D:2026-06-18"]),
 ("yesterday",1,["D:2026-05-31"]),
 ("the end of the week",1,["D:2026-06-05","D:2026-06-07","W:2026-06-01"]),
 ("next Monday",1,["D:2026-06-08"]),("this morning",1,["D:2026-06-01"]),
 ("the first quarter",1,["Q:2026-Q1"]),("late 2024",1,["YIN:2024","IN:2024-07-01..2024-12-31"]),
 ("1991",1,["Y:1991"]),("2002",1,["Y:2002"]),("2006",1,["Y:2006"])]
N['a17'] = [("the anniversary of the Battle of Boyacá",1),("holidays",1),("the following Monday",1),("6 p.m.",1),("4 p.m.",1),("Corpus Christi",2)]
X['a17'] = [("47",1),("three weeks",2),("ten days",1),("two hours",1)]

G['a18'] = [("Jan. 12",1,["D:2027-01-12"]),("Monday",1,["D:2027-01-11"]),("today",1,["D:2027-01-12"]),
 ("the eve of the new school year",1,["D:2027-01-12"]),
 ("The 2027 school year",1,["Y:2027","R:2027-01-13..2027-12-08"]),("tomorrow",1,["D:2027-01-13"]),
 ("Wednesday",1,["D:2027-01-13"]),("Term 1",1,["R:2027-01-13..2027-03-25"]),
 ("March 25",1,["D:2027-03-25"]),("the day before Good Friday",1,["D:2027-03-25"]),
 ("the Easter weekend",1,["R:2027-03-26..2027-03-29","R:2027-03-26..2027-03-28","P:D:2027-03-28"]),
 ("Family Day",1,["D:2027-03-29"]),("Term 2",1,["R:2027-04-06..2027-06-25"]),
 ("from April 6 to June 25",1,["R:2027-04-06..2027-06-25","D:2027-04-06","D:2027-06-25"]),
 ("Youth Day",1,["D:2027-06-16"]),("Term 3",1,["R:2027-07-20..2027-09-23"]),
 ("Thursday, Sept. 23",1,["D:2027-09-23"]),("the eve of Heritage Day",1,["D:2027-09-23"]),
 ("Dec. 8",1,["D:2027-12-08"]),("the Day of Reconciliation",1,["D:2027-12-16"]),
 ("from Oct. 20 to Nov. 26",1,["R:2026-10-20..2026-11-26","D:2026-10-20","D:2026-11-26"]),
 ("1999",1,["Y:1999"]),("May and June",1,["R:2027-05-01..2027-06-30","M:2027-05","M:2027-06"]),
 ("the end of the month",1,["MIN:2027-01","D:2027-01-31"]),("A decade ago",1,["Y:2017","DEC:2010"]),
 ("This time next year",1,["D:2028-01-11","M:2028-01","Y:2028"]),
 ("the winter of 2025",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),
 ("last winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("this summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),("late February",1,["MIN:2027-02"]),
 ("next week",1,["W:2027-01-18"]),("tomorrow",2,["D:2027-01-13"]),
 ("Next winter",1,["R:2027-06-01..2027-08-31","S:summer-2027"]),
 ("from June 26 to July 19",1,["R:2027-06-26..2027-07-19","D:2027-06-26","D:2027-07-19"]),
 ("last year's",1,["R:2026-06-27..2026-07-27","P:Y:2026"]),
 ("from June 27 to July 27",1,["R:2026-06-27..2026-07-27","D:2026-06-27","D:2026-07-27"])]
N['a18'] = [("The class of 2026",1),("8 a.m.",1)]
X['a18'] = [("56",1),("17",1),("18",1),("0800 202 933",1)]

G['a19'] = [("May 22",1,["D:2026-05-22"]),("Friday",1,["D:2026-05-22"]),("January",1,["M:2026-01"]),
 ("from May 25 to July 12",1,["R:2026-05-25..2026-07-12","D:2026-05-25","D:2026-07-12"]),
 ("Monday, July 13",1,["D:2026-07-13"]),("May 27",1,["D:2026-05-27"]),("Bakrid",1,["D:2026-05-27"]),
 ("June 26",1,["D:2026-06-26"]),("Muharram",1,["D:2026-06-26"]),
 ("in February and March",1,["R:2026-02-01..2026-03-31","M:2026-02","M:2026-03"]),
 ("March 19",1,["D:2026-03-19"]),("two months ago",1,["M:2026-03"]),
 ("before the break",1,["IN:2026-03-19..2026-05-22"]),
 ("the week of July 13",1,["W:2026-07-13","P:D:2026-07-13"]),
 ("the vacation",1,["R:2026-05-25..2026-07-12"]),("The first week back",1,["W:2026-07-13"]),
 ("the first Tuesday of June",1,["D:2026-06-02"]),("for June",1,["M:2026-06"]),
 ("late May",1,["MIN:2026-05"]),("early June",1,["MIN:2026-06"]),("since the 1990s",1,["DEC:1990"]),
 ("the second half of the year",1,["H:2026-H2"]),("Diwali",1,["D:2026-11-08"]),
 ("from Nov. 9 to Nov. 14",1,["R:2026-11-09..2026-11-14","D:2026-11-09","D:2026-11-14"]),
 ("the week after the festival",1,["W:2026-11-09"]),
 ("from Dec. 19 to Jan. 3",1,["R:2026-12-19..2027-01-03","D:2026-12-19","D:2027-01-03"]),
 ("The calendar for 2027",1,["Y:2027"]),("November",1,["M:2026-11"]),("last year",1,["Y:2025"]),
 ("the summer",1,["S:summer-2026"]),("Tuesday",2,["D:2026-05-26"]),
 ("the day before Bakrid",1,["D:2026-05-26"]),("2020",1,["Y:2020"]),
 ("the whole of June",1,["M:2020-06"])]
N['a19'] = [("its summer break",1),("the Supreme Court Rules, 2013",1),("winter break",1)]
X['a19'] = [("nine days",1),("63",1),("seven weeks",1),("two weeks",1),("five weeks",1),("Mondays",1)]

G['a20'] = [("June 5",1,["D:2027-06-05"]),("two weeks from today",1,["D:2027-06-19"]),
 ("Saturday",1,["D:2027-06-05"]),("Sunday, July 18",1,["D:2027-07-18"]),
 ("from June 19 to July 2",1,["R:2027-06-19..2027-07-02","D:2027-06-19","D:2027-07-02"]),
 ("July 5 and 6",1,["R:2027-07-05..2027-07-06","D:2027-07-05","D:2027-07-06"]),
 ("Wednesday, July 14",1,["D:2027-07-14"]),
 ("the first half of July",1,["R:2027-07-01..2027-07-15","IN:2027-07-01..2027-07-15"]),
 ("June 12",1,["D:2027-06-12"]),("a week before the opening match",1,["D:2027-06-12"]),
 ("the eve of the tournament",1,["D:2027-06-18"]),("the week after next",1,["W:2027-06-14"]),
 ("the 2026-27 season",1,["RY:2026..2027","P:Y:2026"]),
 ("last weekend",1,["R:2027-05-29..2027-05-30","D:2027-05-29","D:2027-05-30"]),
 ("the next",1,["RY:2027..2028","P:Y:2027"]),("Aug. 28",1,["D:2027-08-28"]),
 ("from November to April",1,["R:2026-11-01..2027-04-30","M:2026-11","M:2027-04"]),
 ("March",1,["M:2027-03"]),("Tomorrow",1,["D:2027-06-06"]),("on Monday",1,["D:2027-06-07"]),
 ("two days after",1,["D:2027-06-07"]),("the day of the final",1,["D:2027-07-18"]),
 ("The day before the final",1,["D:2027-07-17"]),("1987",1,["Y:1987"]),
 ("September 2017",1,["M:2017-09"]),("Friday",1,["D:2027-06-04"]),("mid-June",1,["MIN:2027-06"]),
 ("March 23",1,["D:2027-03-23"]),("this year",1,["Y:2027"]),
 ("last six weeks",1,["R:2027-04-24..2027-06-04","IN:2027-04-24..2027-06-05"]),
 ("this week",1,["W:2027-05-31"]),("the weekend of June 19",1,["R:2027-06-19..2027-06-20"]),
 ("the last days of June",1,["IN:2027-06-24..2027-06-30","P:M:2027-06"])]
N['a20'] = [("midnight",1)]
X['a20'] = [("two rest days",1),("2-1",1),("29",1),("the five weeks",1)]

G['a21'] = [("Dec. 9",1,["D:2025-12-09"]),("December",1,["M:2025-12"]),
 ("Hanukkah",1,["R:2025-12-15..2025-12-22","R:2025-12-14..2025-12-22"]),
 ("Jan. 19",1,["D:2026-01-19"]),("the evening of Sunday, Dec. 14",1,["D:2025-12-14"]),
 ("the 24th of Kislev",1,["D:2025-12-14"]),("the 25th",1,["D:2025-12-15"]),
 ("Monday",1,["D:2025-12-15"]),("The eighth night",1,["D:2025-12-21"]),("Dec. 21",1,["D:2025-12-21"]),
 ("the next day",1,["D:2025-12-22"]),("since 2022",1,["Y:2022"]),
 ("the afternoon of Christmas Eve",1,["D:2025-12-24"]),("a Wednesday",1,["D:2025-12-24"]),
 ("Jan. 7",1,["D:2026-01-07"]),("Orthodox Christmas Eve",1,["D:2026-01-06"]),
 ("12 days later",1,["D:2026-01-19"]),("Last December",1,["M:2024-12"]),
 ("This month",1,["M:2025-12"]),("the week before Christmas",1,["W:2025-12-15"]),
 ("Next year",1,["Y:2026"]),("Easter",1,["D:2026-04-05","D:2026-04-12"]),("November",1,["M:2025-11"]),
 ("since September 2023",1,["M:2023-09"]),
 ("the run-up to Christmas",1,["IN:2025-11-01..2025-12-24","P:D:2025-12-25"]),
 ("the last days of December",1,["IN:2025-12-25..2025-12-31","P:M:2025-12"]),
 ("Christmas night",1,["D:2024-12-25"]),("2024",1,["Y:2024"]),
 ("Armenian Christmas",1,["D:2026-01-19"]),("Tu BiShvat",1,["D:2026-02-02"]),
 ("Feb. 2",1,["D:2026-02-02"]),("the first quarter",1,["Q:2026-Q1"]),
 ("a year ago",1,["Q:2025-Q1","Y:2025"])]
N['a21'] = [("three Christmases",1),("Christmas",1),("Christmas and Epiphany",1),("Hanukkah",3),("the new year of the trees",1)]
X['a21'] = [("eight-day",1),("Room 1225",1),("11 days",1),("each year",1),("every two or three years",1)]

G['a22'] = [("April 14",1,["D:2027-04-14"]),("Orthodox Easter",1,["D:2027-05-02"]),("May 2",1,["D:2027-05-02"]),
 ("Labour Day",1,["D:2027-05-01"]),("Good Friday",1,["D:2027-04-30"]),
 ("Easter Monday",1,["D:2027-05-03"]),
 ("from April 30 to May 3",1,["R:2027-04-30..2027-05-03","D:2027-04-30","D:2027-05-03"]),
 ("Holy Week",1,["R:2027-04-25..2027-05-01"]),("Palm Sunday",1,["D:2027-04-25"]),
 ("the eve of Easter",1,["D:2027-05-01"]),("western Easter",1,["D:2027-03-28"]),
 ("five weeks earlier",1,["D:2027-03-28"]),
 ("the first weekend of May",1,["R:2027-05-01..2027-05-02","D:2027-05-01","D:2027-05-02"]),
 ("last Easter",1,["D:2026-04-12"]),("May Day",1,["D:2026-05-01"]),
 ("the run-up to Easter",1,["IN:2027-04-01..2027-05-01","P:D:2027-05-02"]),
 ("the two weeks before last year's feast",1,["R:2026-03-29..2026-04-11","P:Y:2026"]),
 ("Monday, May 31",1,["D:2027-05-31"]),
 ("the weekend",1,["R:2027-05-29..2027-05-30","D:2027-05-29","D:2027-05-30"]),
 ("Children's Day",1,["D:2027-06-01"]),("a Tuesday",1,["D:2027-06-01"]),
 ("seven weeks after Easter",1,["D:2027-06-20"]),("Whit Monday",1,["D:2027-06-21"]),
 ("the day after Whit Monday",1,["D:2027-06-22"]),("This year",1,["Y:2027"]),
 ("the 30th of April",1,["D:2027-04-30"]),("next week",1,["W:2027-04-19"]),
 ("last spring",1,["S:spring-2026"]),("the second quarter",1,["Q:2027-Q2"]),("March",1,["M:2027-03"]),
 ("Wednesday",1,["D:2027-04-14"]),("since early 2021",1,["YIN:2021","IN:2021-01-01..2021-04-30"]),
 ("Saint Mary",1,["D:2027-08-15"]),("Aug. 15",1,["D:2027-08-15"]),("a Sunday",1,["D:2027-08-15"])]
N['a22'] = [("spring break",1),("midnight",1),("Rusalii",1),("the summer",1),("the 1st of May",1),("the Easter peak",1)]
X['a22'] = [("48-day",1),("Fridays",1),("1,999",1),("2 Mai",1)]

G['a23'] = [("July 6",1,["D:2025-07-06"]),("the fiscal year to June",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("June",2,["M:2025-06"]),("June",3,["M:2025-06"]),("a year earlier",1,["M:2024-06"]),
 ("from June 5 to June 14",1,["R:2025-06-05..2025-06-14","D:2025-06-05","D:2025-06-14"]),
 ("Eid al-Adha",1,["D:2025-06-07"]),("June 7",1,["D:2025-06-07"]),
 ("the June quarter",1,["Q:2025-Q2"]),("FY25",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("the tail end of the fiscal year",1,["IN:2025-04-01..2025-06-30","P:R:2024-07-01..2025-06-30"]),
 ("today",1,["D:2025-07-06"]),("Ashura",1,["D:2025-07-06"]),
 ("FY26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("Tuesday",1,["D:2025-07-01"]),
 ("the July-December half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),
 ("later this month",1,["IN:2025-07-06..2025-07-31","M:2025-07"]),("Next week",1,["W:2025-07-07"]),
 ("Saturday",1,["D:2025-07-05"]),("spring 2026",1,["S:spring-2026"]),("August",1,["M:2025-08"]),
 ("since the 1980s",1,["DEC:1980"]),
 ("July and August 2024",1,["R:2024-07-01..2024-08-31","M:2024-07","M:2024-08"]),
 ("July Mass Uprising Day",1,["D:2025-08-05"]),("Nov. 24, 2026",1,["D:2026-11-24"]),
 ("three years later",1,["Y:2029","D:2029-11-24"]),("Pohela Boishakh",1,["D:2025-04-14"]),
 ("1432",1,["R:2025-04-14..2026-04-13"]),("Eid al-Fitr",1,["D:2025-03-31"]),
 ("the end of March",1,["D:2025-03-31","MIN:2025-03"]),("the first half of the year",1,["H:2025-H1"]),
 ("the first week of July",1,["W:2025-07-07","IN:2025-07-01..2025-07-07"]),
 ("Wednesday",1,["D:2025-07-09"])]
N['a23'] = [("Eid holiday",1),("their anniversary",1)]
X['a23'] = [("ten-day",1),("90-day",1),("six years",1)]

G['a24'] = [("Nov. 18",1,["D:2026-11-18"]),("Wednesday",1,["D:2026-11-18"]),
 ("the year to September",1,["R:2025-10-01..2026-09-30","P:Y:2026"]),
 ("the September half",1,["R:2026-04-01..2026-09-30"]),
 ("FY26",1,["R:2025-10-01..2026-09-30","P:Y:2026"]),
 ("the second half",1,["R:2026-04-01..2026-09-30"]),
 ("May and June",1,["R:2026-05-01..2026-06-30","M:2026-05","M:2026-06"]),
 ("a year earlier",1,["R:2025-04-01..2025-09-30"]),("the first half",1,["R:2025-10-01..2026-03-31"]),
 ("year to date",1,["R:2026-10-01..2026-10-31"]),
 ("the end of October",1,["D:2026-10-31","MIN:2026-10"]),
 ("last year",1,["IN:2025-10-01..2025-10-31","Y:2025"]),("autumn",1,["S:autumn-2026"]),
 ("H1 FY27",1,["R:2026-10-01..2027-03-31"]),("the December quarter",1,["Q:2026-Q4"]),
 ("the new year",1,["R:2026-10-01..2027-09-30","P:Y:2027"]),("October",2,["M:2026-10"]),
 ("on Tuesday",1,["D:2026-11-17"]),("mid-month",1,["MIN:2026-11"]),
 ("the end of the month",1,["D:2026-11-30","MIN:2026-11"]),("2026",1,["Y:2026"]),
 ("January",1,["M:2027-01"]),("The tail end of 2026",1,["IN:2026-10-01..2026-12-31","YIN:2026"]),
 ("Next spring",1,["S:spring-2027"]),("2027",1,["Y:2027"]),
 ("the 1990s and 2000s",1,["RY:1990..2009","DEC:1990","DEC:2000"]),
 ("Thursday, Dec. 10",1,["D:2026-12-10"]),("Jan. 29",1,["D:2027-01-29"]),
 ("since January",1,["R:2026-01-01..2026-11-18","M:2026-01"]),("the summer",1,["S:summer-2026"]),
 ("two years ago",1,["Y:2024"]),("the autumn of 2024",1,["S:autumn-2024"]),
 ("the three months to Dec. 31",1,["R:2026-10-01..2026-12-31","Q:2026-Q4"]),
 ("Feb. 24",1,["D:2027-02-24"])]
N['a24'] = [("the spring flush",1)]
X['a24'] = [("1,926",1),("54",1)]

G['a25'] = [("Jan. 14",1,["D:2026-01-14"]),("Monday",1,["D:2026-01-19"]),("May 28",1,["D:2026-05-28"]),
 ("Wednesday",1,["D:2026-01-14"]),("Nov. 8",1,["D:2025-11-08"]),("a Saturday",1,["D:2025-11-08"]),
 ("Nov. 29",1,["D:2025-11-29"]),("the day before the deadline",1,["D:2025-11-29"]),
 ("the next day",1,["D:2025-11-09"]),("the end of May",1,["MIN:2026-05","D:2026-05-28"]),
 ("the day before the vote",1,["D:2025-11-07"]),
 ("the run-up to the election",1,["IN:2025-10-01..2025-11-07","P:D:2025-11-08"]),
 ("the last days of October",1,["IN:2025-10-25..2025-10-31","P:M:2025-10"]),
 ("last Thursday",1,["D:2026-01-08"]),("Monday",2,["D:2026-01-19"]),("mid-March",1,["MIN:2026-03"]),
 ("Good Friday",1,["D:2026-04-03"]),("Easter Monday",1,["D:2026-04-06"]),
 ("the Eid holiday in March",1,["MIN:2026-03"]),("the third quarter",1,["Q:2026-Q3"]),
 ("March 17",1,["D:2026-03-17"]),("March 17, 2022",1,["D:2022-03-17"]),
 ("Nov. 6, 2021",1,["D:2021-11-06"]),("since 2006",1,["Y:2006"]),("June 20",1,["D:2026-06-20"]),
 ("Aug. 8",1,["D:2026-08-08"]),("early 2027",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),
 ("last week",1,["W:2026-01-05"]),("2025",1,["Y:2025"]),
 ("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"])]
N['a25'] = []
X['a25'] = [("every weekday",1),("21 days",1),("180 days",1),("five days a week",1),("48 hours",1),("six weeks",1),("within 21 days",1),("within 60 days",1)]
