# Hand annotation for probe p11 (invented news in the beats and forms p1-p10 used least: blank sailings around the
# Lunar New Year, Korea's college entrance exam and a March-February school year, Canada's Commons calendar, an NHL
# season across the Olympic break, a product roadmap in halves ('H2 2027', 'the back half of next year'), a clinical-
# trial timeline, a class-action timetable counted in days, Chernobyl forty years on, a shipyard's history in decades,
# a British winter outlook, an Australian fire season, Asia's and Europe's holidays of 2026 and 2027, a strike in Peru
# told through quotes of four days, a British weekly's 'Tuesday week' and 'a week last Tuesday', an exhibition's ranges
# across the new year, a Sunday paper's weekdays, an Indian fiscal year, Brazil's election calendar, a Toronto school
# board's holy days, a rail timetable year, a subway 'later this decade', a Chilean vintage, an eclipse in Spain, a
# football fixture list), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser nested reading, e.g. the labelled year of a fiscal year; such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, event names such as 'the Black Summer',
#   'the General Strike', 'Euro 2028' or 'the 1988 Constitution', rules such as 'the second or third Thursday of
#   November' and 'the second Sunday in December', descriptive uses such as 'holiday season', 'the summer holidays',
#   'semester break', vague spans such as 'now', 'then', 'the present day', 'the last fortnight of exams').
# X: decoys, not dates (ages, durations incl. 'within 14 days', '60 days', 'a fortnight', '121 years', trial weeks
#   'Week 52', voyage '0612W', case '2:21-cv-11957', trial 'NCT05122026', codes 'VXR-2027', 'C2030', 'Model 1700',
#   'SK-C-1368', 'Class 1116', '737-8200', flight 'AL1916', 'Room 1821', 'Lot 1810', 'Yard No. 1906', 'Local 1877',
#   addresses '1776 Raritan Road', '1867 Harbour Street', prices '$1,999', '1,947' rupees, counts '2,019', '2,025',
#   scores and votes '4-1', '3-2', '169-142', '5-3', '16-6', sets 'every April 26', 'every September', 'Fridays');
#   the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p10 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated and 'from X to Y' ranges R: with both ends as D:;
#   a Sunday paper's 'next week' from the next day and 'last week' both weeks before, as p7).
#   Added in p11: 'a week from Friday' is the coming Friday + 7, and the British 'Tuesday week', 'a week on Saturday',
#   'tomorrow week', 'a fortnight tomorrow' count from the coming day (+7 or +14), 'a week last Tuesday' from the last
#   one (-7), 'Saturday last' is last Saturday, 'a fortnight ago' the day 14 back (and its W:), 'the week after next'
#   W:; 'the fortnight after' a day R: of the 14 days following it, 'the next fortnight' R: of the 14 days after
#   publication (IN: with it); 'later this decade' IN: from publication to the decade's end (P:DEC:), 'this decade'
#   DEC:, 'the next' decade DEC:, 'the turn of the decade' IN: of the two years around it, 'the turn of the century'
#   IN: of the ten years around the turn the story means (1900 in a shipyard's history, 2000 in Chernobyl's), 'the early
#   2030s' as p8's early decades, 'the 2300s' RY: and DEC: as p7's 'the 1900s'; 'H2 2027', 'the back half of next
#   year', 'the front half of 2027' H:, 'calendar 2026' and 'CY2028' Y:; India's 'FY27' R:Apr.-Mar. (P:Y: of the year
#   it ends), its 'Q4 FY26' and 'Q3' Q: of the calendar quarter they are; a September year-end's 'fiscal 2026' R:Oct.-
#   Sept. and 'the year just ended' likewise; Korea's 'the 2027 academic year' R:March-February (P:Y:); an ISO 'Week 8'
#   W: of that week, a trial's 'Week 52' X; 'early summer' and 'late winter' IN: of the season's first or second half
#   (P:S:); the 'half a century ago this summer' S: and Y:; IATA's 'summer' and 'winter season' R: of the days given;
#   'the timetable year 2027' R: of the days given (P:Y:); predicative weekdays after any date ('falls on a Sunday')
#   that day, as p10.
G = {}
N = {}
X = {}
G['a01'] = [("Jan 13",1,["D:2026-01-13"]),("the Lunar New Year",1,["D:2026-02-17"]),
 ("Tuesday, Feb. 17",1,["D:2026-02-17"]),("Tuesday",2,["D:2026-01-13"]),("since 2021",1,["Y:2021"]),
 ("the week of Feb. 16",1,["W:2026-02-16","P:D:2026-02-16"]),("Week 8",1,["W:2026-02-16"]),
 ("the following week",1,["W:2026-02-23"]),("Feb. 10",1,["D:2026-02-10"]),
 ("the Lantern Festival",1,["D:2026-03-03"]),("March 3",1,["D:2026-03-03"]),
 ("Feb. 14",1,["D:2026-02-14"]),("Feb. 21",1,["D:2026-02-21"]),("Feb. 27",1,["D:2026-02-27"]),
 ("March 6",1,["D:2026-03-06"]),("a week from Friday",1,["D:2026-01-23"]),
 ("Jan. 30",1,["D:2026-01-30"]),("Feb. 6",1,["D:2026-02-06"]),
 ("the first week of March",1,["W:2026-03-02","IN:2026-03-01..2026-03-08"]),
 ("The fortnight after the holiday",1,["R:2026-02-18..2026-03-03"]),("last week",1,["W:2026-01-05"]),
 ("late January",1,["MIN:2026-01"]),("Monday",1,["D:2026-01-12"]),
 ("Saturday, Jan. 10",1,["D:2026-01-10"]),
 ("the previous weekend",1,["R:2026-01-03..2026-01-04","D:2026-01-03","D:2026-01-04"]),
 ("the second quarter",1,["Q:2026-Q2"]),("the end of the month",1,["MIN:2026-01","D:2026-01-31"]),
 ("Ramadan",1,["R:2026-02-18..2026-03-19","R:2026-02-19..2026-03-19","R:2026-02-19..2026-03-20"]),
 ("Feb. 18",1,["D:2026-02-18"]),("Last year's holiday",1,["D:2025-01-29","P:Y:2025"]),
 ("Jan. 29, 2025",1,["D:2025-01-29"]),
 ("The Year of the Snake",1,["R:2025-01-29..2026-02-16","P:Y:2025"]),("Feb. 16",2,["D:2026-02-16"]),
 ("the Year of the Horse",1,["R:2026-02-17..2027-02-05","P:Y:2026"]),
 ("the next day",1,["D:2026-02-17"])]
N['a01'] = [("holiday season",1)]
X['a01'] = [("0612W",1),("14 hours",1),("2,019",1)]

G['a02'] = [("Nov. 19, 2026",1,["D:2026-11-19"]),("Thursday",1,["D:2026-11-19"]),
 ("this morning",1,["D:2026-11-19"]),("tonight",1,["D:2026-11-19"]),("Monday",1,["D:2026-11-23"]),
 ("Friday, Dec. 4",1,["D:2026-12-04"]),("Dec. 11",1,["D:2026-12-11"]),
 ("from Dec. 29 to Dec. 31",1,["R:2026-12-29..2026-12-31","D:2026-12-29","D:2026-12-31"]),
 ("last spring",1,["S:spring-2026"]),
 ("the 2027 academic year",1,["R:2027-03-01..2028-02-29","P:Y:2027"]),
 ("Tuesday, March 2",1,["D:2027-03-02"]),
 ("the day after Independence Movement Day",1,["D:2027-03-02"]),
 ("the Chuseok holiday",1,["R:2026-09-24..2026-09-26","P:D:2026-09-25"]),
 ("Hangul Day",1,["D:2026-10-09"]),("Tomorrow",1,["D:2026-11-20"]),
 ("The week after next",1,["W:2026-11-30"]),("this year's",1,["Y:2026"]),
 ("Nov. 13, 2025",1,["D:2025-11-13"]),("Sept. 3",1,["D:2026-09-03"]),
 ("the night before",1,["D:2026-11-18"]),("Wednesday",1,["D:2026-11-18"]),("2017",1,["Y:2017"]),
 ("the eve of the test",1,["D:2017-11-15"]),("Nov. 16",1,["D:2017-11-16"]),
 ("Nov. 23",1,["D:2017-11-23"]),("August 1993",1,["M:1993-08"]),("that November",1,["M:1993-11"]),
 ("December 2023",1,["M:2023-12"]),("next November",1,["M:2027-11"]),
 ("early next year",1,["YIN:2027","IN:2027-01-01..2027-04-30"])]
N['a02'] = [("10 a.m.",1),("1:05 p.m.",1),("1:40 p.m.",1),("the second or third Thursday of November",1),("the summer vacation",1)]
X['a02'] = [("an hour",1),("every day",1),("18",1)]

G['a03'] = [("June 20",1,["D:2025-06-20"]),("the summer",1,["S:summer-2025"]),("Friday",1,["D:2025-06-20"]),
 ("Monday, Sept. 15",1,["D:2025-09-15"]),("Thursday",1,["D:2025-06-19"]),
 ("next week",1,["W:2025-06-23"]),("Wednesday",1,["D:2025-06-18"]),
 ("next Friday, June 27",1,["D:2025-06-27"]),("Canada Day",1,["D:2025-07-01"]),
 ("Saint-Jean-Baptiste Day",1,["D:2025-06-24"]),("Tuesday",1,["D:2025-06-24"]),
 ("a week later",1,["D:2025-07-01","W:2025-06-30"]),("May 26",1,["D:2025-05-26"]),
 ("the next day",1,["D:2025-05-27"]),("May 27",1,["D:2025-05-27"]),
 ("from Jan. 6 until March 24",1,["R:2025-01-06..2025-03-24","D:2025-01-06","D:2025-03-24"]),
 ("the day before",1,["D:2025-03-23"]),("Sunday, March 23",1,["D:2025-03-23"]),
 ("the fall",1,["S:autumn-2025"]),
 ("from Sept. 15 to Oct. 10",1,["R:2025-09-15..2025-10-10","D:2025-09-15","D:2025-10-10"]),
 ("the week of Oct. 13",1,["W:2025-10-13","P:D:2025-10-13"]),("Thanksgiving",1,["D:2025-10-13"]),
 ("Oct. 20",1,["D:2025-10-20"]),("the week of Nov. 10",1,["W:2025-11-10","P:D:2025-11-10"]),
 ("Remembrance Day",1,["D:2025-11-11"]),("Friday, Dec. 12",1,["D:2025-12-12"]),
 ("Jan. 26",1,["D:2026-01-26"]),("in October",1,["M:2025-10"]),("this summer",1,["S:summer-2025"]),
 ("Labour Day",1,["D:2025-09-01"]),("2025",1,["Y:2025"]),("since 1993",1,["Y:1993"]),
 ("that fall",1,["S:autumn-1993"]),("the week before the House returns",1,["W:2025-09-08"])]
N['a03'] = [("the 45th Parliament",1),("Christmas",1),("in the spring",1),("a fall",1)]
X['a03'] = [("four-week",1),("169-142",1),("211-98",1),("a month",1),("four weeks",1),("19 days",1)]

G['a04'] = [("Feb. 1",1,["D:2026-02-01"]),("Tuesday",1,["D:2026-02-03"]),
 ("last week",1,["W:2026-01-26","W:2026-01-19"]),("Saturday",1,["D:2026-01-31"]),
 ("Wednesday",1,["D:2026-02-04"]),("Thursday",1,["D:2026-02-05"]),("Feb. 25",1,["D:2026-02-25"]),
 ("from Feb. 6 through Feb. 24",1,["R:2026-02-06..2026-02-24","D:2026-02-06","D:2026-02-24"]),
 ("Feb. 11-22",1,["R:2026-02-11..2026-02-22","D:2026-02-11","D:2026-02-22"]),
 ("Sunday, Feb. 22",1,["D:2026-02-22"]),("since 2014",1,["Y:2014"]),("Tomorrow",1,["D:2026-02-01"]),
 ("Monday",1,["D:2026-02-02"]),("Saturday's",1,["D:2026-01-31"]),
 ("New Year's Day",1,["D:2026-01-01"]),("since Christmas",1,["D:2025-12-25"]),
 ("the break",1,["R:2026-02-06..2026-02-24"]),("Jan. 10",1,["D:2026-01-10"]),
 ("next week",1,["W:2026-02-02"]),
 ("from Feb. 25 to April 16",1,["R:2026-02-25..2026-04-16","D:2026-02-25","D:2026-04-16"]),
 ("the 2025-26 season",1,["RY:2025..2026","R:2025-10-07..2026-04-16","P:Y:2025"]),
 ("Oct. 7",1,["D:2025-10-07"]),("two days later",1,["D:2026-04-18"]),("March 6",1,["D:2026-03-06"]),
 ("a Friday",1,["D:2026-03-06"]),("by the end of February",1,["MIN:2026-02","D:2026-02-28"]),
 ("1999-2000",1,["RY:1999..2000","P:Y:1999"]),("last spring",1,["S:spring-2025"]),
 ("the 2028-29 season",1,["RY:2028..2029","P:Y:2028"]),("Feb. 10",1,["D:2026-02-10"]),
 ("Feb. 12-20, 2025",1,["R:2025-02-12..2025-02-20","D:2025-02-12","D:2025-02-20"])]
N['a04'] = [("Winter Games",1),("the 2018 and 2022 Games",1)]
X['a04'] = [("1-2-1",1),("4-1",1),("No. 19",1),("34",1),("the 51 days",1),("3-2",1)]

G['a05'] = [("Oct. 22, 2025",1,["D:2025-10-22"]),("2028",1,["Y:2028"]),("Wednesday",1,["D:2025-10-22"]),
 ("H2 2027",1,["H:2027-H2"]),("the back half of next year",1,["H:2026-H2","P:Y:2026"]),
 ("this fall",1,["S:autumn-2025"]),("early next year",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),
 ("the March quarter",1,["Q:2026-Q1"]),("the front half of 2027",1,["H:2027-H1"]),
 ("calendar 2026",1,["Y:2026"]),("the third quarter of calendar 2026",1,["Q:2026-Q3"]),
 ("CY2028",1,["Y:2028"]),("fiscal 2026",1,["R:2025-10-01..2026-09-30","P:Y:2026"]),
 ("Oct. 1",1,["D:2025-10-01"]),
 ("the fiscal first quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the year-ago quarter",1,["Q:2024-Q4"]),("the September quarter",1,["Q:2025-Q3"]),
 ("fiscal 2025",1,["R:2024-10-01..2025-09-30","P:Y:2025"]),("next Wednesday",1,["D:2025-10-29"]),
 ("the end of fiscal 2027",1,["D:2027-09-30","MIN:2027-09"]),
 ("the year just ended",1,["R:2024-10-01..2025-09-30","P:Y:2025"]),
 ("later this decade",1,["IN:2025-10-22..2029-12-31","P:DEC:2020"]),
 ("a decade ago",1,["Y:2015","DEC:2010"]),("next spring",1,["S:spring-2026"]),
 ("March 2023",1,["M:2023-03"]),("2027",4,["Y:2027"]),("2028",2,["Y:2028"]),
 ("the 2030s",1,["DEC:2030"]),("Tuesday",1,["D:2025-10-21"]),("Wednesday",3,["D:2025-10-22"]),
 ("since 2019",1,["Y:2019"]),
 ("June 8-12",1,["R:2026-06-08..2026-06-12","D:2026-06-08","D:2026-06-12"]),
 ("the fiscal fourth quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"])]
N['a05'] = [("holiday season",1),("then",1)]
X['a05'] = [("C2030",1),("$1,999",1),("Model 1700",1),("within two years",1)]

G['a06'] = [("Aug. 4, 2025",1,["D:2025-08-04"]),("Monday",1,["D:2025-08-04"]),
 ("the second quarter of 2026",1,["Q:2026-Q2"]),("the first half of 2026",1,["H:2026-H1"]),
 ("March",1,["M:2025-03"]),("Oct. 9, 2023",1,["D:2023-10-09"]),("late March 2026",1,["MIN:2026-03"]),
 ("through September",1,["R:2025-08-04..2025-09-30","M:2025-09"]),("last Tuesday",1,["D:2025-07-29"]),
 ("the fourth quarter",1,["Q:2025-Q4"]),("late next year",1,["YIN:2026","IN:2026-07-01..2026-12-31"]),
 ("early 2027",1,["YIN:2027","IN:2027-01-01..2027-06-30"]),
 ("later this month",1,["M:2025-08","IN:2025-08-04..2025-08-31"]),("June 20",1,["D:2025-06-20"]),
 ("Dec. 19",1,["D:2025-12-19"]),("Christmas",1,["D:2025-12-25"]),("Dec. 19",2,["D:2025-12-19"]),
 ("second-quarter",1,["Q:2025-Q2"]),("Thursday",1,["D:2025-08-07"]),("March 31",1,["D:2025-03-31"]),
 ("2028",1,["Y:2028"]),("the first three months of the year",1,["Q:2025-Q1"]),
 ("June 2024",1,["M:2024-06"]),("the fall of 2026",1,["S:autumn-2026"]),("this year's",1,["Y:2025"]),
 ("Nov. 6-9",1,["R:2025-11-06..2025-11-09","D:2025-11-06","D:2025-11-09"]),
 ("World Kidney Day",1,["D:2026-03-12"]),("March 12",1,["D:2026-03-12"]),
 ("since January",1,["M:2025-01"]),("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"])]
N['a06'] = [("Kidney Week",1)]
X['a06'] = [("VXR-2027",1),("NCT05122026",1),("2,025",1),("17 months",1),("Week 52",1),("30-day",1),("60-day",1),("48 weeks",1)]

G['a07'] = [("Dec. 11",1,["D:2025-12-11"]),("Wednesday",1,["D:2025-12-10"]),("the spring",1,["S:spring-2026"]),
 ("Christmas Eve",1,["D:2025-12-24"]),("Jan. 9",1,["D:2026-01-09"]),
 ("the notice date",1,["D:2026-01-09"]),("March 10",1,["D:2026-03-10"]),
 ("Thursday, April 16",1,["D:2026-04-16"]),("March 26",1,["D:2026-03-26"]),
 ("March 12",1,["D:2026-03-12"]),("the day before the hearing",1,["D:2026-04-15"]),
 ("a week from Friday",1,["D:2025-12-19"]),("Dec. 24",1,["D:2025-12-24"]),
 ("from Dec. 25 through Jan. 1",1,["R:2025-12-25..2026-01-01","D:2025-12-25","D:2026-01-01"]),
 ("Martin Luther King Jr. Day",1,["D:2026-01-19"]),("Presidents' Day",1,["D:2026-02-16"]),
 ("March 10",2,["D:2026-03-10"]),
 ("the week before the deadline",1,["W:2026-03-02","R:2026-03-03..2026-03-09"]),
 ("early summer",1,["IN:2026-06-01..2026-07-16","P:S:summer-2026"]),("2021",1,["Y:2021"]),
 ("Sept. 1, 2021",1,["D:2021-09-01"]),("that October",1,["M:2021-10"]),
 ("between 2016 and 2022",1,["RY:2016..2022","Y:2016","Y:2022"]),("last year",1,["Y:2024"]),
 ("Wednesday",2,["D:2025-12-10"]),("2021",3,["Y:2021"]),("Oct. 28",1,["D:2025-10-28"]),
 ("Nov. 18",1,["D:2025-11-18"]),("the Friday after Thanksgiving",1,["D:2025-11-28"])]
N['a07'] = [("10 a.m.",1),("noon",1),("the week it arrives",1)]
X['a07'] = [("within 14 days",1),("60 days",1),("21 days",1),("two weeks",1),("within 30 days",1),("30 days",2),("2:21-cv-11957",1),("1776 Raritan Road",1)]

G['a08'] = [("April 26",1,["D:2026-04-26"]),("Forty years ago today",1,["D:1986-04-26","Y:1986"]),
 ("Saturday, April 26, 1986",1,["D:1986-04-26"]),("Sunday",1,["D:2026-04-26"]),
 ("the next afternoon",1,["D:1986-04-27"]),("Monday, April 28",1,["D:1986-04-28"]),
 ("that morning",1,["D:1986-04-28"]),("May Day",1,["D:1986-05-01"]),
 ("three days later",1,["D:1986-05-01"]),("Orthodox Easter",1,["D:1986-05-04"]),
 ("that Sunday",1,["D:1986-05-04"]),("a Sunday",1,["D:1986-04-27"]),("by Tuesday",1,["D:1986-04-29"]),
 ("the 1990s",1,["DEC:1990"]),("Dec. 15, 2000",1,["D:2000-12-15"]),("November 2016",1,["M:2016-11"]),
 ("2116",1,["Y:2116"]),
 ("from Feb. 24 to March 31, 2022",1,["R:2022-02-24..2022-03-31","D:2022-02-24","D:2022-03-31"]),
 ("Feb. 14, 2025",1,["D:2025-02-14"]),("2028",1,["Y:2028"]),("last month",1,["M:2026-03"]),
 ("the late 1980s",1,["DEC:1980","IN:1985-01-01..1989-12-31"]),
 ("the turn of the century",1,["IN:1995-01-01..2005-12-31"]),("the 2010s",1,["DEC:2010"]),
 ("2019",1,["Y:2019"]),("This year",1,["Y:2026"]),("Orthodox Easter",2,["D:2026-04-12"]),
 ("April 12",1,["D:2026-04-12"]),
 ("International Chernobyl Disaster Remembrance Day",1,["D:2026-04-26"]),("since 2016",1,["Y:2016"]),
 ("Thursday",1,["D:2026-04-23"]),("next month",1,["M:2026-05"]),
 ("the 2300s",1,["RY:2300..2399","DEC:2300"])]
N['a08'] = [("1:23 a.m.",1),("the anniversary",1)]
X['a08'] = [("No. 4",1),("three days",1),("82",1),("a century",1),("two weeks",1),("a week",1),("every April 26",1),("30 years",1)]

G['a09'] = [("13 March",1,["D:2027-03-13"]),("today",1,["D:2027-03-13"]),
 ("two weeks from today",1,["D:2027-03-27"]),("27 March",1,["D:2027-03-27"]),("1847",1,["Y:1847"]),
 ("the 19th century",1,["RY:1800..1899","RY:1801..1900"]),("the 1880s",1,["DEC:1880"]),
 ("the turn of the century",1,["IN:1895-01-01..1905-12-31"]),("A century ago",1,["Y:1927"]),
 ("the late 1920s",1,["DEC:1920","IN:1925-01-01..1929-12-31"]),
 ("between 1939 and 1945",1,["RY:1939..1945","Y:1939","Y:1945"]),("VE Day",1,["D:1945-05-08"]),
 ("8 May 1945",1,["D:1945-05-08"]),("The Fifties",1,["DEC:1950"]),("the Sixties",1,["DEC:1960"]),
 ("the mid-1970s",1,["DEC:1970","IN:1973-01-01..1977-12-31"]),
 ("1971-72",1,["RY:1971..1972","P:Y:1971"]),("1 July 1977",1,["D:1977-07-01"]),
 ("half a century ago this summer",1,["S:summer-1977","Y:1977"]),
 ("The early 1980s",1,["DEC:1980","IN:1980-01-01..1984-12-31"]),("1988",1,["Y:1988"]),
 ("the '90s",1,["DEC:1990"]),("the summer of '98",1,["S:summer-1998"]),
 ("the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("the 2010s",1,["DEC:2010"]),
 ("September 1979",1,["M:1979-09"]),("Saturday's",1,["D:2027-03-13"]),("since 1911",1,["Y:1911"]),
 ("last autumn",1,["S:autumn-2026"]),
 ("later this decade",1,["IN:2027-03-13..2029-12-31","P:DEC:2020"]),
 ("the early 2030s",1,["DEC:2030","IN:2030-01-01..2034-12-31"]),("next spring",1,["S:spring-2028"]),
 ("the anniversary of the closure",1,["D:2028-03-27"]),("1870s",1,["DEC:1870"])]
N['a09'] = [("the week after my 16th birthday",1),("the General Strike",1),("the present day",1)]
X['a09'] = [("180 years",1),("six-week",1),("63",1),("Yard No. 1906",1)]

G['a10'] = [("Monday 1 December",1,["D:2025-12-01"]),("this winter",1,["S:winter-2025"]),
 ("late January",1,["MIN:2026-01"]),("February",1,["M:2026-02"]),("today",1,["D:2025-12-01"]),
 ("the first day of meteorological winter",1,["D:2025-12-01"]),("December",2,["M:2025-12"]),
 ("January",2,["M:2026-01"]),("February",2,["M:2026-02"]),
 ("1991-2020",1,["RY:1991..2020","Y:1991","Y:2020"]),("December",3,["M:2025-12"]),
 ("mid-December",1,["MIN:2025-12"]),
 ("the week before Christmas",1,["W:2025-12-15","R:2025-12-18..2025-12-24"]),
 ("Christmas week",1,["W:2025-12-22"]),("the new year",1,["YIN:2026","Y:2026"]),
 ("at the weekend",1,["R:2025-12-06..2025-12-07","D:2025-12-06"]),("Thursday",1,["D:2025-12-04"]),
 ("This weekend",1,["R:2025-12-06..2025-12-07"]),
 ("Late winter",1,["IN:2026-01-15..2026-02-28","P:S:winter-2025"]),
 ("Early spring",1,["IN:2026-03-01..2026-04-15","P:S:spring-2026"]),
 ("Last winter",1,["S:winter-2024"]),("November",1,["M:2025-11"]),("1884",1,["Y:1884"]),
 ("the spring",1,["S:spring-2026"]),("the winter of 2010-11",1,["S:winter-2010","P:Y:2010"]),
 ("December 2010",1,["M:2010-12"]),("late February 2018",1,["MIN:2018-02"]),
 ("21 December",1,["D:2025-12-21"]),("the winter solstice",1,["D:2025-12-21"]),
 ("since mid-October",1,["MIN:2025-10"]),("a year ago",1,["Y:2024","M:2024-12","D:2024-12-01"]),
 ("October 1987",1,["M:1987-10"]),("Monday 5 January",1,["D:2026-01-05"])]
N['a10'] = [("December",6),("The Great Storm of 1987",1)]
X['a10'] = [("over a century",1),("seven hours and 50 minutes",1),("three-month",1)]

G['a11'] = [("Friday",1,["D:2026-09-04"]),
 ("2019-20",1,["RY:2019..2020","R:2019-12-01..2020-02-29","S:winter-2019","P:Y:2019"]),
 ("the winter just gone",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("since 2006",1,["Y:2006"]),
 ("today",1,["D:2026-09-04"]),("This spring",1,["R:2026-09-01..2026-11-30","S:autumn-2026"]),
 ("the coming summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),("June",1,["M:2026-06"]),
 ("July",1,["M:2026-07"]),("August",1,["M:2026-08"]),("1 October",1,["D:2026-10-01"]),
 ("1 November",1,["D:2026-11-01"]),("30 April",1,["D:2027-04-30"]),
 ("the 2026-27 season",1,["RY:2026..2027","R:2026-10-01..2027-04-30","P:Y:2026"]),
 ("early autumn",1,["IN:2027-03-01..2027-04-15","P:R:2027-03-01..2027-05-31"]),
 ("late spring",1,["IN:2026-10-16..2026-11-30","P:R:2026-09-01..2026-11-30"]),
 ("Christmas",1,["D:2026-12-25"]),("Father's Day",1,["D:2026-09-06"]),
 ("this Sunday",1,["D:2026-09-06"]),("Melbourne Cup Day",1,["D:2026-11-03"]),
 ("the school holidays",1,["R:2026-09-19..2026-10-04","IN:2026-09-18..2026-10-05"]),
 ("from 19 September to 4 October",1,["R:2026-09-19..2026-10-04","D:2026-09-19","D:2026-10-04"]),
 ("the first Sunday in October",1,["D:2026-10-04"]),("mid-October",1,["MIN:2026-10"]),
 ("last summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("January",1,["M:2026-01"]),
 ("7 February 2009",1,["D:2009-02-07"]),("next Thursday",1,["D:2026-09-10"]),
 ("mid-December",1,["MIN:2026-12"]),("late January this year",1,["MIN:2026-01","P:Y:2026"])]
N['a11'] = [("the Black Summer",1),("Black Saturday",1)]
X['a11'] = [("a month",1),("90 days",1),("000",2)]

G['a12'] = [("Saturday 3 January 2026",1,["D:2026-01-03"]),("the Lunar New Year",1,["D:2026-02-17"]),
 ("Ramadan",1,["R:2026-02-18..2026-03-19","R:2026-02-19..2026-03-19","R:2026-02-19..2026-03-20"]),
 ("mid-February",1,["MIN:2026-02"]),
 ("The Year of the Horse",1,["R:2026-02-17..2027-02-05","P:Y:2026"]),
 ("Tuesday 17 February",1,["D:2026-02-17"]),
 ("from 15 to 23 February",1,["R:2026-02-15..2026-02-23","D:2026-02-15","D:2026-02-23"]),
 ("Seollal break",1,["R:2026-02-16..2026-02-18"]),
 ("18 or 19 February",1,["D:2026-02-18","D:2026-02-19"]),
 ("Hari Raya Puasa",1,["D:2026-03-21","D:2026-03-20"]),("21 March",1,["D:2026-03-21"]),
 ("Holi",1,["D:2026-03-04"]),("Songkran",1,["R:2026-04-13..2026-04-15"]),
 ("from Monday 13 April to Wednesday 15 April",1,["R:2026-04-13..2026-04-15","D:2026-04-13","D:2026-04-15"]),
 ("Easter",1,["D:2026-04-05"]),("Holy Week",1,["R:2026-03-29..2026-04-04"]),
 ("Golden Week",1,["R:2026-04-29..2026-05-06","R:2026-05-02..2026-05-06"]),
 ("Constitution Day",1,["D:2026-05-03"]),("a Sunday",1,["D:2026-05-03"]),("1 May",1,["D:2026-05-01"]),
 ("31 May",1,["D:2026-05-31"]),("Monday 1 June",1,["D:2026-06-01"]),
 ("Eid al-Adha",1,["D:2026-05-27"]),("the second half",1,["H:2026-H2"]),
 ("Chuseok holiday",1,["R:2026-09-24..2026-09-26"]),
 ("from 24 to 26 September",1,["R:2026-09-24..2026-09-26","D:2026-09-24","D:2026-09-26"]),
 ("the Mid-Autumn Festival",1,["D:2026-09-25"]),("the 25th",1,["D:2026-09-25"]),
 ("National Day week",1,["R:2026-10-01..2026-10-07","P:D:2026-10-01"]),
 ("1 October",1,["D:2026-10-01"]),("Diwali",1,["D:2026-11-08"]),
 ("Sunday 8 November",1,["D:2026-11-08"]),("the Monday",1,["D:2026-11-09"]),
 ("Last year",1,["Y:2025"]),("Chuseok",2,["D:2025-10-06"]),("October",2,["M:2025-10"]),
 ("Diwali",2,["D:2025-10-20"]),("20 October",1,["D:2025-10-20"]),("This year",1,["Y:2026"]),
 ("2027",1,["Y:2027"]),("the Lunar New Year",3,["D:2027-02-06"]),("6 February",1,["D:2027-02-06"]),
 ("Ramadan",2,["R:2027-02-08..2027-03-08","R:2027-02-09..2027-03-09","R:2027-02-08..2027-03-09"]),
 ("two days later",1,["D:2027-02-08"])]
N['a12'] = [("the Lunar New Year period",1)]
X['a12'] = [("Terminal 21",1)]

G['a13'] = [("9 Feb",1,["D:2027-02-09"]),
 ("from 28 March to 30 October",1,["R:2027-03-28..2027-10-30","D:2027-03-28","D:2027-10-30"]),
 ("Tuesday",1,["D:2027-02-09"]),("Easter Sunday",1,["D:2027-03-28"]),("2024",1,["Y:2024"]),
 ("the Easter weekend",1,["R:2027-03-26..2027-03-29","R:2027-03-26..2027-03-28","P:D:2027-03-28"]),
 ("Ascension Day",1,["D:2027-05-06"]),("the Friday after",1,["D:2027-05-07"]),
 ("King's Day",1,["D:2027-04-27"]),("Tuesday 27 April",1,["D:2027-04-27"]),
 ("Liberation Day",1,["D:2027-05-05"]),("Constitution Day",1,["D:2027-05-17"]),
 ("Whit Monday",1,["D:2027-05-17"]),("17 May",1,["D:2027-05-17"]),
 ("Corpus Christi",1,["D:2027-05-27"]),("Portugal Day",1,["D:2027-06-10"]),
 ("a fortnight later",1,["D:2027-06-10"]),("Bastille Day",1,["D:2027-07-14"]),
 ("a Wednesday",1,["D:2027-07-14"]),("21 July",1,["D:2027-07-21"]),("1 August",1,["D:2027-08-01"]),
 ("a Sunday",1,["D:2027-08-01"]),("St Patrick's Day",1,["D:2027-03-17"]),
 ("a Wednesday",2,["D:2027-03-17"]),("the week of the 15th",1,["W:2027-03-15","P:D:2027-03-15"]),
 ("Independence Day",1,["D:2027-07-04"]),("a Sunday",2,["D:2027-07-04"]),
 ("Monday 5 July",1,["D:2027-07-05"]),("yesterday",1,["D:2027-02-08"]),
 ("Waitangi Day",1,["D:2027-02-06"]),("Saturday",1,["D:2027-02-06"]),
 ("Australia Day",1,["D:2027-01-26"]),("two weeks ago",1,["D:2027-01-26","W:2027-01-25"]),
 ("26 January",1,["D:2027-01-26"]),("winter season",1,["R:2026-10-25..2027-03-27"]),
 ("the second half",1,["H:2027-H2"]),("the summer",1,["S:summer-2027","R:2027-03-28..2027-10-30"]),
 ("a year earlier",1,["Y:2026","S:summer-2026"])]
N['a13'] = [("the Easter Rising",1)]
X['a13'] = [("five-day",1),("AL1916",1),("five months",1),("737-8200",1)]

G['a14'] = [("July 20th",1,["D:2027-07-20"]),("Wednesday",1,["D:2027-07-21"]),("Tuesday",1,["D:2027-07-20"]),
 ("Monday",1,["D:2027-07-19"]),("June 28",1,["D:2027-06-28"]),
 ("the eve of the Saints Peter and Paul holiday",1,["D:2027-06-28"]),("May 31",1,["D:2027-05-31"]),
 ("Saturday",1,["D:2027-07-17"]),("Monday",2,["D:2027-07-19"]),("Sunday",1,["D:2027-07-18"]),
 ("Tomorrow",1,["D:2027-07-19"]),("Friday",1,["D:2027-07-23"]),("Monday",3,["D:2027-07-19"]),
 ("that evening",1,["D:2027-07-19"]),("tonight",1,["D:2027-07-19"]),
 ("the day after tomorrow",1,["D:2027-07-21"]),
 ("Fiestas Patrias",1,["R:2027-07-28..2027-07-29","P:D:2027-07-28"]),
 ("July 28 and 29",1,["R:2027-07-28..2027-07-29","D:2027-07-28","D:2027-07-29"]),
 ("A week from tomorrow",1,["D:2027-07-28"]),("today",1,["D:2027-07-20"]),
 ("the second quarter",1,["Q:2027-Q2"]),("July 12",1,["D:2027-07-12"]),("Aug. 3",1,["D:2027-08-03"]),
 ("2019",1,["Y:2019"]),
 ("from Aug. 5 to Sept. 20",1,["R:2019-08-05..2019-09-20","D:2019-08-05","D:2019-09-20"]),
 ("Sept. 18",1,["D:2019-09-18"]),("September",1,["M:2027-09"]),("last week",1,["W:2027-07-12"]),
 ("the first half",1,["H:2027-H1"]),("a year earlier",1,["H:2026-H1","Y:2026"]),
 ("Thursday",1,["D:2027-07-15"]),("the third quarter",1,["Q:2027-Q3"])]
N['a14'] = [("midnight",1),("the year of independence",1)]
X['a14'] = [("three-week",1),("Room 1821",1)]

G['a15'] = [("13 May",1,["D:2027-05-13"]),("Tuesday week",1,["D:2027-05-25"]),
 ("last Thursday",1,["D:2027-05-06"]),("Ascension Day",1,["D:2027-05-06"]),
 ("a week last Tuesday",1,["D:2027-05-04"]),
 ("the previous weekend",1,["R:2027-05-01..2027-05-02","R:2027-05-01..2027-05-03","D:2027-05-01","D:2027-05-02"]),
 ("the early May bank holiday",1,["D:2027-05-03"]),("tomorrow week",1,["D:2027-05-21"]),
 ("Friday 21 May",1,["D:2027-05-21"]),("a fortnight ago",1,["D:2027-04-29","W:2027-04-26"]),
 ("later this decade",1,["IN:2027-05-13..2029-12-31","P:DEC:2020"]),("yesterday",1,["D:2027-05-12"]),
 ("the end of the summer",1,["MIN:2027-08","D:2027-08-31"]),("Wednesday 19 May",1,["D:2027-05-19"]),
 ("this coming Saturday",1,["D:2027-05-15"]),("Whit Sunday",1,["D:2027-05-16"]),("2024",1,["Y:2024"]),
 ("2025",1,["Y:2025"]),("a week on Saturday",1,["D:2027-05-22"]),
 ("a fortnight tomorrow",1,["D:2027-05-28"]),
 ("from 31 May to 4 June",1,["R:2027-05-31..2027-06-04","D:2027-05-31","D:2027-06-04"]),
 ("the spring bank holiday",1,["D:2027-05-31"]),
 ("the weekend before",1,["R:2027-05-29..2027-05-30","D:2027-05-29","D:2027-05-30"]),
 ("mid-September",1,["MIN:2027-09"]),("Saturday last",1,["D:2027-05-08"]),
 ("the day before",1,["D:2027-05-07"]),
 ("the weekend just gone",1,["R:2027-05-08..2027-05-09","D:2027-05-08","D:2027-05-09"]),
 ("earlier this month",1,["M:2027-05","IN:2027-05-01..2027-05-12"]),("late April",1,["MIN:2027-04"]),
 ("2009",1,["Y:2009"]),
 ("the second weekend of September",1,["R:2027-09-11..2027-09-12","D:2027-09-11"]),
 ("the first",1,["R:2027-09-04..2027-09-05","D:2027-09-04"]),("Monday",1,["D:2027-05-17"])]
N['a15'] = [("the local elections",1),("now",1),("noon",1)]
X['a15'] = [("5-3",1),("74",1),("X53",1),("every September",1)]

G['a16'] = [("Oct. 5",1,["D:2026-10-05"]),("this winter",1,["S:winter-2026"]),
 ("Nov. 28, 2026-March 7, 2027",1,["R:2026-11-28..2027-03-07","D:2026-11-28","D:2027-03-07"]),
 ("Monday",1,["D:2026-10-05"]),
 ("from December 2026 through March 2027",1,["R:2026-12-01..2027-03-31","M:2026-12","M:2027-03"]),
 ("Thursday",1,["D:2026-10-08"]),
 ("October through December",1,["R:2026-10-01..2026-12-31","M:2026-10","M:2026-12"]),
 ("Saturday, Nov. 7",1,["D:2026-11-07"]),("Dec. 25",1,["D:2026-12-25"]),("Jan. 1",1,["D:2027-01-01"]),
 ("between Christmas and New Year",1,["IN:2026-12-25..2027-01-01"]),
 ("the Christmas holidays",1,["R:2026-12-19..2027-01-03","IN:2026-12-18..2027-01-04"]),
 ("Dec. 19-Jan. 3",1,["R:2026-12-19..2027-01-03","D:2026-12-19","D:2027-01-03"]),
 ("the week of Feb. 15",1,["W:2027-02-15","P:D:2027-02-15"]),
 ("the week of Feb. 22",1,["W:2027-02-22","P:D:2027-02-22"]),
 ("The winter of 2026-27",1,["S:winter-2026","P:Y:2026"]),("2019",1,["Y:2019"]),
 ("the 1660s",1,["DEC:1660"]),("early 1670s",1,["DEC:1670","IN:1670-01-01..1674-12-31"]),
 ("since 1937",1,["Y:1937"]),("December 1675",1,["M:1675-12"]),
 ("from Feb. 10 to June 4, 2023",1,["R:2023-02-10..2023-06-04","D:2023-02-10","D:2023-06-04"]),
 ("the first quarter of 2027",1,["Q:2027-Q1"]),
 ("between late 2026 and mid-2027",1,["IN:2026-07-01..2027-12-31","YIN:2026","YIN:2027"]),
 ("April 28, 2027",1,["D:2027-04-28"]),("the day after King's Day",1,["D:2027-04-28"]),
 ("the autumn",1,["S:autumn-2027"]),("this autumn",1,["S:autumn-2026"]),
 ("next month",1,["M:2026-11"]),("the summer of 2028",1,["S:summer-2028"])]
N['a16'] = [("midnight",1),("Museum Night",1)]
X['a16'] = [("Fridays",1),("SK-C-1368",1),("43",1)]

G['a17'] = [("Oct. 10",1,["D:2027-10-10"]),("Monday",1,["D:2027-10-11"]),("today",1,["D:2027-10-10"]),
 ("Friday",1,["D:2027-10-08"]),("Saturday",1,["D:2027-10-09"]),("Tomorrow",1,["D:2027-10-09"]),
 ("Friday",2,["D:2027-10-08"]),("Monday",2,["D:2027-10-11"]),
 ("Indigenous Peoples' Day",1,["D:2027-10-11"]),("Yom Kippur",1,["D:2027-10-11"]),
 ("Tuesday",1,["D:2027-10-12"]),("Wednesday",1,["D:2027-10-13"]),("today",2,["D:2027-10-10"]),
 ("this past Thursday",1,["D:2027-10-07"]),("a week ago Saturday",1,["D:2027-10-02"]),
 ("the Thursday before",1,["D:2027-09-30"]),("June 30",1,["D:2027-06-30"]),
 ("Thursday",3,["D:2027-10-14"]),("Friday",3,["D:2027-10-15"]),("next Sunday",1,["D:2027-10-17"]),
 ("Saturday",3,["D:2027-10-16"]),("last week",1,["W:2027-10-04","W:2027-09-27"]),
 ("next week",1,["W:2027-10-11"]),("1998",1,["Y:1998"]),
 ("the Sunday before Thanksgiving",1,["D:1998-11-22"]),("the spring",1,["S:spring-2027"]),
 ("tonight",1,["D:2027-10-10"]),("Sunday",3,["D:2027-10-10"])]
N['a17'] = [("4 a.m.",1),("2 p.m.",1),("midnight",1)]
X['a17'] = [("Local 1877",1),("11 days",1),("7-2",1)]

G['a18'] = [("April 17",1,["D:2026-04-17"]),("FY27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("Q4 FY26",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("Thursday",1,["D:2026-04-16"]),
 ("the January-March quarter",1,["Q:2026-Q1"]),
 ("a year earlier",1,["Q:2025-Q1","R:2025-01-01..2025-03-31"]),
 ("the December quarter",1,["Q:2025-Q4"]),("Q3",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("FY26",2,["R:2025-04-01..2026-03-31","P:Y:2026"]),("March 31",1,["D:2026-03-31"]),
 ("fiscal 2025",1,["R:2024-04-01..2025-03-31","P:Y:2025"]),("Friday",1,["D:2026-04-17"]),
 ("Tuesday",1,["D:2026-04-14"]),("Ambedkar Jayanti",1,["D:2026-04-14"]),
 ("April 3",1,["D:2026-04-03"]),("Good Friday",1,["D:2026-04-03"]),
 ("The first half of FY27",1,["R:2026-04-01..2026-09-30"]),
 ("the October-December quarter",1,["Q:2026-Q4"]),("calendar 2027",1,["Y:2027"]),
 ("This quarter",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),
 ("the next",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),("June 1",1,["D:2026-06-01"]),
 ("last year",1,["Y:2025"]),("April 1",1,["D:2025-04-01"]),
 ("the fourth quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),
 ("fiscal 2027",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),
 ("FY24",1,["R:2023-04-01..2024-03-31","P:Y:2024"]),("the April-June quarter",1,["Q:2026-Q2"]),
 ("July 16",1,["D:2026-07-16"]),("Monday",1,["D:2026-04-20"]),
 ("since FY21",1,["R:2020-04-01..2021-03-31","P:Y:2021"])]
N['a18'] = [("the year of the first lockdown",1)]
X['a18'] = [("five years",1),("1,947",1)]

G['a19'] = [("Aug. 18",1,["D:2026-08-18"]),("Oct. 4",1,["D:2026-10-04"]),("Sunday",1,["D:2026-08-16"]),
 ("Aug. 15",1,["D:2026-08-15"]),("Aug. 28",1,["D:2026-08-28"]),
 ("Thursday, Oct. 1",1,["D:2026-10-01"]),("Oct. 25",1,["D:2026-10-25"]),
 ("the last Sunday of October",1,["D:2026-10-25"]),("Jan. 5, 2027",1,["D:2027-01-05"]),
 ("New Year's Day",1,["D:2027-01-01"]),("last Thursday",1,["D:2026-08-13"]),
 ("late July",1,["MIN:2026-07"]),("September",1,["M:2026-09"]),("election day",1,["D:2026-10-04"]),
 ("Monday",1,["D:2026-08-17"]),("Independence Day",1,["D:2026-09-07"]),("Sept. 7",1,["D:2026-09-07"]),
 ("a Monday",1,["D:2026-09-07"]),("Oct. 12",1,["D:2026-10-12"]),("2022",1,["Y:2022"]),
 ("since Carnival",1,["R:2026-02-14..2026-02-17","P:D:2026-02-17"]),("February",1,["M:2026-02"]),
 ("Tuesday",1,["D:2026-08-18"]),("October 2022",1,["M:2022-10"]),("Oct. 2, 2022",1,["D:2022-10-02"]),
 ("Oct. 30",1,["D:2022-10-30"]),("the day before the vote",1,["D:2026-10-03"]),
 ("from Sept. 29 to Oct. 2",1,["R:2026-09-29..2026-10-02","D:2026-09-29","D:2026-10-02"]),
 ("Oct. 4",2,["D:2026-10-04"]),("since 1989",1,["Y:1989"])]
N['a19'] = [("midnight",1),("the 1988 Constitution",1)]
X['a19'] = [("three days",1),("seven weeks",1),("every week",1),("the 48 hours",1)]

G['a20'] = [("Jan. 27",1,["D:2027-01-27"]),("this spring",1,["S:spring-2027"]),("Tuesday",1,["D:2027-01-26"]),
 ("Lunar New Year",1,["D:2027-02-06"]),("a Saturday",1,["D:2027-02-06"]),
 ("Family Day",1,["D:2027-02-15"]),
 ("Ramadan",1,["R:2027-02-08..2027-03-08","R:2027-02-08..2027-03-09","R:2027-02-09..2027-03-09"]),
 ("Feb. 8",1,["D:2027-02-08"]),("Eid al-Fitr",1,["D:2027-03-09","D:2027-03-10"]),
 ("March 9 or 10",1,["D:2027-03-09","D:2027-03-10"]),
 ("the week before March Break",1,["W:2027-03-08"]),
 ("from March 15 to 19",1,["R:2027-03-15..2027-03-19","D:2027-03-15","D:2027-03-19"]),
 ("Holi",1,["D:2027-03-22"]),("Monday, March 22",1,["D:2027-03-22"]),("Purim",1,["D:2027-03-23"]),
 ("the next day",1,["D:2027-03-23"]),("Good Friday",1,["D:2027-03-26"]),
 ("Easter Monday",1,["D:2027-03-29"]),
 ("that weekend",1,["R:2027-03-26..2027-03-29","R:2027-03-27..2027-03-28"]),
 ("Passover",1,["R:2027-04-22..2027-04-29","D:2027-04-22"]),("April 21",1,["D:2027-04-21"]),
 ("April 22",1,["D:2027-04-22"]),("the following Tuesday",1,["D:2027-04-27"]),
 ("Easter",2,["D:2027-05-02"]),("this year",1,["Y:2027"]),("May 2",1,["D:2027-05-02"]),
 ("Eid al-Adha",1,["D:2027-05-16","D:2027-05-17"]),("Sunday, May 16",1,["D:2027-05-16"]),
 ("Victoria Day",1,["D:2027-05-24"]),("May 24",1,["D:2027-05-24"]),("Last year",1,["Y:2026"]),
 ("2027",1,["Y:2027"]),
 ("the 2027-28 school year",1,["RY:2027..2028","IN:2027-08-01..2028-07-31","P:Y:2027"]),
 ("the day after Labour Day",1,["D:2027-09-07"]),("Rosh Hashanah",1,["D:2027-10-02"]),
 ("Friday, Oct. 1",1,["D:2027-10-01"]),("Yom Kippur",1,["D:2027-10-11"]),
 ("Thanksgiving",1,["D:2027-10-11"]),("Diwali",1,["D:2027-10-29","D:2027-10-28"]),
 ("2001",1,["Y:2001"])]
N['a20'] = [("Eid",3)]
X['a20'] = [("five weeks",1),("16-6",1),("four-hour",1)]

G['a21'] = [("Saturday, Dec. 12",1,["D:2026-12-12"]),("tonight",1,["D:2026-12-12"]),
 ("tomorrow",1,["D:2026-12-13"]),("Sunday, Dec. 13",1,["D:2026-12-13"]),
 ("the 2027 timetable year",1,["R:2026-12-13..2027-12-11","P:Y:2027"]),
 ("Dec. 11, 2027",1,["D:2027-12-11"]),("June",1,["M:2027-06"]),("June 13",1,["D:2027-06-13"]),
 ("Monday",1,["D:2026-12-14"]),("the next day",1,["D:2026-12-15"]),
 ("the Christmas week",1,["W:2026-12-21"]),("Thursday",1,["D:2026-12-10"]),
 ("last December",1,["M:2025-12"]),("Dec. 14, 2025",1,["D:2025-12-14"]),
 ("December 2030",1,["M:2030-12"]),("2031",1,["Y:2031"]),
 ("from Dec. 18 to Jan. 6",1,["R:2026-12-18..2027-01-06","D:2026-12-18","D:2027-01-06"]),
 ("Christmas Eve",1,["D:2026-12-24"]),("Christmas Day",1,["D:2026-12-25"]),
 ("New Year's Eve",1,["D:2026-12-31"]),("the new year",1,["YIN:2027","Y:2027"]),
 ("between Jan. 9 and March 20",1,["R:2027-01-09..2027-03-20","D:2027-01-09","D:2027-03-20"]),
 ("Easter",1,["D:2027-03-28"]),
 ("the first week of February",1,["W:2027-02-01","IN:2027-02-01..2027-02-07"]),
 ("next year",1,["Y:2027"]),("2025",2,["Y:2025"]),("this year",1,["Y:2026"]),
 ("December",4,["M:2026-12"])]
N['a21'] = [("the second Sunday in December",1),("9.40 p.m.",1),("noon",1),("8 p.m.",1),("semester break",1)]
X['a21'] = [("48 hours",1),("Class 1116",1),("25 years",1)]

G['a22'] = [("March 20",1,["D:2025-03-20"]),("late 2029",1,["YIN:2029","IN:2029-07-01..2029-12-31"]),
 ("Thursday",1,["D:2025-03-20"]),("the end of 2027",1,["D:2027-12-31","M:2027-12","Y:2027"]),
 ("the spring of 2023",1,["S:spring-2023"]),("Q3 2026",1,["Q:2026-Q3"]),
 ("the end of next year",1,["D:2026-12-31","M:2026-12","Y:2026"]),("January",1,["M:2025-01"]),
 ("the second half of this year",1,["H:2025-H2"]),("mid-2027",1,["YIN:2027"]),("2028",1,["Y:2028"]),
 ("later this decade",1,["IN:2025-03-20..2029-12-31","P:DEC:2020"]),("the next",1,["DEC:2030"]),
 ("the turn of the decade",1,["IN:2029-01-01..2030-12-31"]),
 ("the early 2030s",1,["DEC:2030","IN:2030-01-01..2034-12-31"]),("by 2035",1,["Y:2035"]),
 ("1974",1,["Y:1974"]),("the 1990s",1,["DEC:1990"]),("two years ago",1,["Y:2023"]),
 ("April 3",1,["D:2025-04-03"]),("a week from today",1,["D:2025-03-27"]),
 ("the next fortnight",1,["R:2025-03-21..2025-04-03","IN:2025-03-20..2025-04-03"]),
 ("the Easter long weekend",1,["R:2025-04-18..2025-04-21","R:2025-04-18..2025-04-20","P:D:2025-04-20"]),
 ("Good Friday",1,["D:2025-04-18"]),("Easter Monday",1,["D:2025-04-21"]),
 ("Victoria Day",1,["D:2025-05-19"]),("the spring equinox",1,["D:2025-03-20"]),
 ("this decade",2,["DEC:2020"]),("2020",1,["Y:2020"]),("2021",1,["Y:2021"]),
 ("this past winter",1,["S:winter-2024"])]
N['a22'] = [("the 2018 municipal election",1)]
X['a22'] = [("two years",1),("1867 Harbour Street",1),("most mornings",1)]

G['a23'] = [("April 14",1,["D:2027-04-14"]),("the 2027 vintage",1,["Y:2027"]),
 ("the second week of February",1,["W:2027-02-08","IN:2027-02-08..2027-02-14"]),
 ("late February",1,["MIN:2027-02"]),("early May",1,["MIN:2027-05"]),("Tuesday",1,["D:2027-04-13"]),
 ("last year",1,["Y:2026"]),("since 2017",1,["Y:2017"]),("January",1,["M:2017-01"]),
 ("The summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),
 ("this autumn",1,["R:2027-03-01..2027-05-31","S:spring-2027"]),
 ("Holy Week",1,["R:2027-03-21..2027-03-27"]),("Good Friday",1,["D:2027-03-26"]),
 ("Holy Saturday",1,["D:2027-03-27"]),("Easter",1,["D:2027-03-28"]),
 ("March 12-14",1,["R:2027-03-12..2027-03-14","D:2027-03-12","D:2027-03-14"]),
 ("Feb. 27, 2010",1,["D:2010-02-27"]),("February 2024",1,["M:2024-02"]),
 ("the first quarter",1,["Q:2027-Q1"]),("a year earlier",1,["Q:2026-Q1","Y:2026"]),
 ("June",1,["M:2027-06"]),("the winter",1,["R:2027-06-01..2027-08-31","S:summer-2027"]),
 ("September",1,["M:2027-09"]),("2028",1,["Y:2028"]),
 ("Fiestas Patrias",1,["R:2027-09-17..2027-09-19","R:2027-09-18..2027-09-19"]),
 ("late spring",1,["IN:2027-10-16..2027-11-30","P:R:2027-09-01..2027-11-30"]),
 ("this year's harvest",1,["Y:2027"]),("Christmas",1,["D:2027-12-25"]),("2029",1,["Y:2029"]),
 ("last week",1,["W:2027-04-05"]),("the end of the month",1,["MIN:2027-04","D:2027-04-30"])]
N['a23'] = [("the year of independence",1)]
X['a23'] = [("a decade",1),("Lot 1810",1),("two hours",1)]

G['a24'] = [("Aug. 12",1,["D:2026-08-12"]),("this evening",1,["D:2026-08-12"]),
 ("Aug. 30, 1905",1,["D:1905-08-30"]),("last week",1,["W:2026-08-03"]),("Monday",1,["D:2026-08-10"]),
 ("Saturday",1,["D:2026-08-15"]),("Assumption Day",1,["D:2026-08-15"]),
 ("the spring",1,["S:spring-2026"]),("2023",1,["Y:2023"]),("2022",1,["Y:2022"]),
 ("Sunday",1,["D:2026-08-09"]),("Next year",1,["Y:2027"]),("Aug. 2, 2027",1,["D:2027-08-02"]),
 ("Jan. 26, 2028",1,["D:2028-01-26"]),("Aug. 11, 1999",1,["D:1999-08-11"]),
 ("tonight",1,["D:2026-08-12"]),("tomorrow",1,["D:2026-08-13"]),("since Monday",1,["D:2026-08-10"]),
 ("next week",1,["W:2026-08-17"]),("1905",2,["Y:1905"]),
 ("until the end of September",1,["MIN:2026-09","D:2026-09-30"])]
N['a24'] = [("8:27 p.m.",1),("mid-afternoon",1),("the summer holidays",1),("midnight",1)]
X['a24'] = [("1 minute 45 seconds",1),("41",1),("18 months",1),("121 years",1),("ISO 12312-2",1)]

G['a25'] = [("June 17",1,["D:2027-06-17"]),("Friday, Aug. 13",1,["D:2027-08-13"]),
 ("the 2027-28 season",1,["RY:2027..2028","R:2027-08-13..2028-05-21","P:Y:2027"]),
 ("Thursday",1,["D:2027-06-17"]),
 ("the weekend of Aug. 14",1,["R:2027-08-14..2027-08-15","D:2027-08-14"]),
 ("Sunday, May 21",1,["D:2028-05-21"]),("May 27",1,["D:2028-05-27"]),("June 9",1,["D:2028-06-09"]),
 ("Boxing Day",1,["D:2027-12-26"]),("a Sunday",1,["D:2027-12-26"]),
 ("Monday, Dec. 27",1,["D:2027-12-27"]),("Tuesday, Dec. 28",1,["D:2027-12-28"]),
 ("New Year's Day",1,["D:2028-01-01"]),("a Saturday",1,["D:2028-01-01"]),
 ("Christmas",1,["D:2027-12-25"]),("next week",1,["W:2027-06-21"]),("May 21",2,["D:2028-05-21"]),
 ("last season",1,["RY:2026..2027","P:Y:2026"]),("the final day",1,["D:2027-05-23"]),
 ("May 23",1,["D:2027-05-23"]),
 ("the first half of September",1,["R:2027-09-01..2027-09-15","IN:2027-09-01..2027-09-15"]),
 ("mid-October",1,["MIN:2027-10"]),
 ("the second half of November",1,["R:2027-11-16..2027-11-30","IN:2027-11-16..2027-11-30"]),
 ("The summer transfer window",1,["R:2027-06-16..2027-09-01"]),("Wednesday",1,["D:2027-06-16"]),
 ("Wednesday, Sept. 1",1,["D:2027-09-01"]),
 ("The January window",1,["R:2028-01-01..2028-02-01","P:M:2028-01"]),
 ("from Jan. 1 to Feb. 1",1,["R:2028-01-01..2028-02-01","D:2028-01-01","D:2028-02-01"]),
 ("last month",1,["M:2027-05"]),("since 1992",1,["Y:1992"]),("August",1,["M:2027-08"])]
N['a25'] = [("4 p.m.",1),("the FA Cup final",1),("Euro 2028",1),("7 p.m.",1),("the year the Premier League began",1)]
X['a25'] = [("six days",1),("a fortnight",1),("three times in six days",1),("every year",1),("3-1",1),("1888 Stadium Way",1),("35 years",1)]
