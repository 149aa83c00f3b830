# Hand annotation for probe p22 (invented wire copy published 2025-01 .. 2026-12 in beats and forms p1-p21 used little,
# written blind: claimkit, its source and its tests never read or run): a Seattle software firm's fiscal second quarter in
# a July-June year ('the three months ended Dec. 31', 'the year-earlier quarter', 'fiscal 2028', 'third-quarter results');
# a Birmingham Crown Court verdict ('last Tuesday', 'the following week', 'Last Christmas' in evidence, 'the 2022-23 tax
# year'); a Dublin storm over the October bank holiday weekend ('the 2025-26 season' of storm names, 'the mid-term break',
# 'next Friday', 'last night'); a Sydney heatwave over the Australia Day long weekend ('a week after Australia Day', a
# southern 'this summer' and 'autumn', 'the day before Good Friday'); a Bengaluru IT firm's Q2 of FY26 ('the previous
# quarter', 'the June quarter', 'earlier this year', 'the second week of January'); a Kenyan teachers' strike notice
# ('Monday, 1st September', 'seven days later', 'the day after Mashujaa Day', a quote's 'last Friday' and 'Next week');
# Manila's campaign ban over Holy Week ('April 17 and 18', 'the fourth Monday of July', 'election day'); the CFL's 2026
# schedule ('the following weekend', 'the weekend after', 'three days earlier', Canada's Thanksgiving); a Dayton obituary
# ('(1931-2025)', 'the fall of 1961', '13 days before her death'); a Manchester bus strike ('on 18, 19 and 22 May', 'a week
# on Monday', 'the week before Christmas', 'later this month'); a Newark Sunday paper before the governor's race ('the
# third Tuesday in January', 'since Labor Day', 'Four years ago' in a quote); a Perth flu campaign ('last winter' and 'This
# winter' southern, 'the end of the financial year', 'August last year'); an Austin pickup launch ('the Fourth of July
# weekend', 'later this year', 'early 2027'); Undas travel in Manila ('a three-day weekend', 'the eve of the holiday', 'the
# Monday after Undas'); Baltimore snow days ('the 2025-26 school year', a quote's 'the rest of the week', 'Feb. 5-6' of
# 2010); the Emergency fifty years on in New Delhi ('13 days earlier', 'the next morning', 'the third week of July'); St
# Andrew's Day on a Sunday in Edinburgh ('the first Sunday of Advent', 'a four-day weekend', 'Monday 2 December' of 2024);
# Tax Day in Washington ('tax year 2025', 'the first business day of February', 'April 18' of 2022); the Ashes in a Perth
# summer ('the New Year Test', 'three days before the Adelaide Test', '7/58' as a decoy); Buffalo snow over Thanksgiving
# ('a month later' of 2022, 'over the weekend', 'the middle of next week'); a Toronto bank's fourth quarter in a
# November-October year ('the first half of fiscal 2026', 'a year earlier' of a full-year figure); Ireland's CAO deadline
# over the St Brigid's Day weekend ('the first Monday in February', 'four days later', 'the week before the Easter
# holidays'); Bihar's election timetable ('November 14 (Friday)', 'October 28 and November 7' of 2020, 'the day before the
# first phase', the helpline '1950' as a decoy); a Chicago bribery trial ('a week from Monday', 'late 2019', 'the week of
# March 30'); Kenya's 2025/26 budget ('Wednesday week', 'the first eleven months of the financial year', 'a year earlier'
# of a calendar quarter).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'earlier this month' ...)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the week of 'the middle of next week' or 'the rest of the week', the day 'the week of' names); such a claim is not
#   counted wrong for precision, but does not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '6pm', '5.15pm', '9:30 a.m.', 'noon'; names with
#   years '2027' of the model year '2027 Ridgeback Rover', 'Class of 1979', 'Finance Bill 2025', 'the 2007 act', the
#   '2022' and '2024' of named elections; a feast's or holiday's name beside its date ('Maundy Thursday', 'Good Friday',
#   'Australia Day', 'Canada Day', 'Labour Day', "Presidents' Day", "St Andrew's Day", "St Brigid's Day", 'the St
#   Brigid's Day bank holiday', "All Saints' Day", "All Souls' Day", 'Bonifacio Day', 'Undas', 'Diwali', 'Chhath',
#   'Independence Day', 'Madaraka Day', 'Emancipation Day', 'Boxing Day', 'The early May bank holiday', 'half-term',
#   'Spring break', 'The next holiday'); generic and habitual uses ('every Tuesday', 'every day', 'every weekend', 'every
#   Friday', 'every Saturday', 'every July', 'every year', 'seven days a week', 'Monday through Thursday', 'June 30' and
#   'Oct. 31' as the day a fiscal year always ends, '30th June' of 'each year', 'June 25' as a day observed every year,
#   'the last weekend' of a habit, 'Thursday' games, 'Friday' nights and a 'Saturday' timetable as kinds, 'First-quarter'
#   as the name of a tax payment, 'November' of the hottest November day); vague spans ('in recent months', 'in the
#   coming weeks', 'in the coming days', 'the next few days', 'the season', 'The regular season', 'the pre-season', 'the
#   summer' of a league's habit, 'the festival season', 'Christmas' of a market, a rush or a blizzard's name, 'Halloween'
#   of patrols).
# X: decoys, not dates (money, counts and points that read as years or days '$2,019 million', '£2,025', 'Rs 2,026
#   crore', 'Rs 1,975', 'Sh1,990 million', 'Sh1,960', 'P2,025', '2,01,950', '1,025,000', '2,027', '2,019', '625', '1,845';
#   model, case, form and bill numbers 'R2030', 'RX-260', 'RX-400', 'Series 2030', 'T20247731', '1:24-cr-00417',
#   'Resolution No. 11086', 'Form 1040', 'Form 4868', '1099-K', 'W-2', 'Form 6', 'Article 352', 'Article 221',
#   'NIL/SE/2025-26/88', 'DN100', 'H1' as an exam grade; streets, routes, rooms and gates '1900 Fifth Avenue', '1947 Hosur
#   Road', '1867 King Street West', '2100 E. Stroop Road', '219 S. Dearborn St.', 'Courtroom 1925', 'Room 214', 'Court
#   4', 'Section 112', 'Gate 3', 'Gate 7', 'Terminal 3', 'Pier 4', 'Exit 55', 'Route 22', 'Route 219', 'U.S. 183',
#   'Interstate 90', 'N17', 'N59', 'V1', 'X7', '192', '22', 'Z2 1947', 'Flight 1947', postcode '2750'; phone numbers and
#   short codes '1800 372 999', '1800 022 222', '13 43 25 84', '0161 555 0199', '0131 555 0100', '091 509 800', '1-877-658-6837',
#   '800-829-1040', '937-555-0142', '443-809-4554', '716-555-0123', '0800 221 221', '1800-11-1975', '1950', '2158', '1555';
#   scores and bowling figures '25-17', '5/42', '7/58'; ages '58', '54', '91', '33', '47', '75', '51', '61', '94', '59',
#   '41', '63', '67', '19', '69', '65'; ordinals and ranks '113th', '94th', '50th', '42nd', '44th', 'third'; match and
#   league numbering 'day one', 'Week 1', 'Grade 9', 'Grade 12'; durations and measures 'two weeks', 'six-week', 'a
#   twelve-month', '90-day', 'nine days', 'six days', 'five days', 'a fortnight', '21 days', '180 days', '10 years', '24/7',
#   '24 hours', '14 inches', '80 inches', '94.6 inches', '310 miles'); the scorer ignores X, so a date claim on one counts
#   as a precision error.
# Conventions as p5-p21 (bare weekdays by the verb's tense ('last Tuesday' the most recent past Tuesday, 'next Friday' the
#   nearest Friday ahead); anaphora by the narrative's focus; quoted speech by the day it was said (SPEAKER in verify.py);
#   fiscal periods by the stated year-end; holidays on the day observed in the story's country, the feast itself on its
#   own day; southern seasons (a04 Sydney, a12 and a19 Perth) R: plus the northern label, northern ones S: then R:;
#   ranges R: with both ends as D:, ranges of months R: with M: of each end; holiday weekends R: of the days off (P: the
#   holiday); a Sunday paper's (a11) 'last week' both weeks before and 'the coming week' from the next day; 'N days
#   before/after X' and 'a week later' single days counted from the day the story names; school holidays R: of the days
#   off with IN: a day wider; decades DEC: and RY:; 'the end of <month>' MIN: and D:; 'the end of the year' D:, M:, Y:;
#   'the nth week of <month>' and 'the last week of <month>' W: and IN:; 'the week of <date>' W: (P:D:); 'early 2027'
#   YIN: and IN: of its first four months; 'a year earlier' the same period a year back; 'since <month>' M: and R:;
#   'since Labor Day' D: and R:; predicative weekdays after a date or holiday ('a Saturday', 'a Sunday') that day; a
#   feast's name beside its date N, standing alone D:; 'Wednesday week', 'a week on Monday' and 'a week
#   from Monday' the coming such day (+7 for 'week'); a part of a day outside the span ('{{Saturday}} night'); financial
#   and school years named by two calendar years R: with RY:; halves and quarters of non-calendar fiscal years R: (with
#   Q: or H: when they are a calendar quarter or half).
# Added in p22 (decided while planning or marking up, before the readings that use them were settled):
#   'earlier this year' Y: with IN: from 1 January to the day before publication; 'later this year' IN: from publication
#   to 31 December with Y:; 'earlier this month' M: with IN: from the 1st to the day before; 'later this month' IN: from
#   publication to the month's end with M:; 'late 2019' YIN: and IN: of its last four months; a results story's 'the
#   previous quarter', 'the June quarter', 'the year-ago quarter', 'the year-earlier period', 'the quarter' and quarters
#   named as modifiers ('third-quarter results', 'first-quarter results') R: of the fiscal quarter (with Q: when it is a
#   calendar one); 'a year earlier' after a full-year figure the previous fiscal year R: (P:Y:); 'the end of the fiscal
#   year', 'the last day of the financial year', 'the end of fiscal 2026' D:; 'the first eleven months of the financial
#   year' R:; US tax years ('tax year 2025') Y:, 'The filing season' R: of the story's days, 'Tax Day' D:; 'Election Day'
#   and 'election day' D: of the vote; 'the first Monday in February', 'the third Tuesday in January', 'the fourth Monday of
#   July', 'the first Sunday of Advent', 'the first business day of February' D: by rule; 'the week before Christmas' W: of
#   the week before Christmas week; 'the week before the Easter holidays' W: of the week whose Friday the holidays follow;
#   'the eve of the holiday', 'the day before the first phase', 'the day before Good Friday', 'the day after Mashujaa Day',
#   'the Monday after Undas', 'three days before the Adelaide Test', '13 days before her death', 'a week after Australia
#   Day' D:; 'Last Christmas' and 'last Christmas' D: of the Christmas before the day said; 'Christmas 2022' D:; 'the New
#   Year Test' R: of its five days; 'the 2025-26 season' of storm names R: September-August with RY:; 'this fall' and 'the
#   fall' in American copy S: then R:; 'over the weekend' (ahead) R: of the coming Saturday-Sunday; 'the weekend' the story
#   has named R:; 'August last year' M:; 'a month later' after a month M:; model years ('the 2027 Ridgeback Rover') and
#   named elections' years N; match days ('day one') and bowling figures ('7/58', '5/42') X; exam grades ('H1') X.
G = {}
N = {}
X = {}
G['a01'] = [("Jan. 28",1,["D:2026-01-28"]),("Tuesday",1,["D:2026-01-27"]),
 ("fiscal second quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("the three months ended Dec. 31",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("Jan. 1",1,["D:2026-01-01"]),
 ("the year-earlier quarter",1,["R:2024-10-01..2024-12-31","Q:2024-Q4"]),
 ("the first half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),
 ("fiscal 2026",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("the third quarter",1,["R:2026-01-01..2026-03-31","Q:2026-Q1"]),("March 31",1,["D:2026-03-31"]),
 ("December",1,["M:2025-12"]),("Tuesday",2,["D:2026-01-27"]),
 ("the second half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),
 ("fiscal 2027",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("July",1,["M:2026-07"]),
 ("March 12",1,["D:2026-03-12"]),("Feb. 19",1,["D:2026-02-19"]),
 ("fiscal 2028",1,["R:2027-07-01..2028-06-30","P:Y:2028"]),
 ("The quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),("Oct. 3",1,["D:2025-10-03"]),
 ("last year",1,["Y:2025"]),("earlier this month",1,["M:2026-01","IN:2026-01-01..2026-01-27"]),
 ("the end of the fiscal year",1,["D:2026-06-30"]),
 ("since October",1,["M:2025-10","R:2025-10-01..2026-01-28"]),("next week",1,["W:2026-02-02"]),
 ("third-quarter",1,["R:2026-01-01..2026-03-31","Q:2026-Q1"]),("late April",1,["MIN:2026-04"])]
N['a01'] = [("June 30",1)]
X['a01'] = [("$2,019 million",1),("58",1),("R2030",1),("400",1),("1900 Fifth Avenue",1)]

G['a02'] = [("Thursday 11 December",1,["D:2025-12-11"]),("today",1,["D:2025-12-11"]),
 ("between March 2022 and June 2023",1,["R:2022-03-01..2023-06-30","M:2022-03","M:2023-06"]),
 ("2019",1,["Y:2019"]),("the summer of 2023",1,["S:summer-2023","R:2023-06-01..2023-08-31"]),
 ("27 October",1,["D:2025-10-27"]),("a week later",1,["D:2025-11-03"]),
 ("Monday 3 November",1,["D:2025-11-03"]),("Friday 28 November",1,["D:2025-11-28"]),
 ("the following week",1,["W:2025-12-01"]),("last Tuesday",1,["D:2025-12-09"]),
 ("24 November",1,["D:2025-11-24"]),("Last Christmas",1,["D:2024-12-25"]),("this year",1,["Y:2025"]),
 ("the 2022-23 tax year",1,["R:2022-04-06..2023-04-05","RY:2022..2023"]),
 ("Christmas 2022",1,["D:2022-12-25"]),("Friday 9 January",1,["D:2026-01-09"]),
 ("Christmas",3,["D:2025-12-25"]),("April",1,["M:2025-04"]),("July 2023",1,["M:2023-07"]),
 ("next year",1,["Y:2026"]),("next week",1,["W:2025-12-15"])]
N['a02'] = [("11am",1),("in recent months",1)]
X['a02'] = [("14",1),("six-week",1),("54",1),("19",1),("£2,025",1),("91",1),("T20247731",1),("Court 4",1),("33",1)]

G['a03'] = [("Friday 24 October",1,["D:2025-10-24"]),("Saturday",1,["D:2025-10-25"]),
 ("Sunday",1,["D:2025-10-26"]),
 ("the October bank holiday weekend",1,["R:2025-10-25..2025-10-27","P:D:2025-10-27"]),
 ("the 2025-26 season",1,["R:2025-09-01..2026-08-31","RY:2025..2026"]),
 ("September to August",1,["R:2025-09-01..2026-08-31","M:2025-09","M:2026-08"]),
 ("Saturday",2,["D:2025-10-25"]),("Sunday",2,["D:2025-10-26"]),("Monday",1,["D:2025-10-27"]),
 ("the mid-term break",1,["R:2025-10-27..2025-10-31","IN:2025-10-26..2025-11-01"]),
 ("Monday 3 November",1,["D:2025-11-03"]),("last night",1,["D:2025-10-23"]),
 ("tomorrow",1,["D:2025-10-25"]),("this month",1,["M:2025-10"]),("since 1961",1,["Y:1961"]),
 ("24 January",1,["D:2025-01-24"]),("last season",1,["R:2024-09-01..2025-08-31","RY:2024..2025"]),
 ("20 October last year",1,["D:2024-10-20"]),("next week",1,["W:2025-10-27"]),
 ("Halloween",2,["D:2025-10-31"]),("next Friday",1,["D:2025-10-31"]),("last year",2,["Y:2024"]),
 ("Saturday",3,["D:2025-10-25"]),("Monday",3,["D:2025-10-27"]),("today",1,["D:2025-10-24"])]
N['a03'] = [("6pm",1),("9am",1),("noon",1),("Halloween",1),("every day",1),("4pm",1)]
X['a03'] = [("47",1),("N17",1),("N59",1),("1800 372 999",1)]

G['a04'] = [("Thursday 22 January",1,["D:2026-01-22"]),("Monday",1,["D:2026-01-26"]),
 ("Saturday",1,["D:2026-01-24"]),("the long weekend",1,["R:2026-01-24..2026-01-26","P:D:2026-01-26"]),
 ("tomorrow",1,["D:2026-01-23"]),("Sunday",1,["D:2026-01-25"]),("Monday",2,["D:2026-01-26"]),
 ("Tuesday",1,["D:2026-01-27"]),("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("December",1,["M:2025-12"]),("since November",1,["M:2025-11","R:2025-11-01..2026-01-22"]),
 ("last weekend",1,["R:2026-01-17..2026-01-18"]),("4 January 2020",1,["D:2020-01-04"]),
 ("2019-20",1,["RY:2019..2020"]),("Term 1",1,["R:2026-02-02..2026-04-02"]),
 ("Monday 2 February",1,["D:2026-02-02"]),("a week after Australia Day",1,["D:2026-02-02"]),
 ("the end of the month",1,["MIN:2026-01","D:2026-01-31"]),("2 April",1,["D:2026-04-02"]),
 ("the day before Good Friday",1,["D:2026-04-02"]),("yesterday",1,["D:2026-01-21"]),
 ("Monday",4,["D:2026-01-26"]),("February",2,["M:2026-02"]),("last Thursday",1,["D:2026-01-15"]),
 ("autumn",1,["R:2026-03-01..2026-05-31","S:spring-2026"])]
N['a04'] = [("Australia Day",1),("9pm",1),("the next few days",1)]
X['a04'] = [("2750",1),("75",1),("1,200",1),("1800 022 222",1)]

G['a05'] = [("October 16",1,["D:2025-10-16"]),
 ("the quarter ended September 30",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("the second quarter of FY26",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("the April-June quarter",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("the year-ago quarter",1,["R:2024-07-01..2024-09-30","Q:2024-Q3"]),("Wednesday",1,["D:2025-10-15"]),
 ("the previous quarter",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("October 24",1,["D:2025-10-24"]),("November 12",1,["D:2025-11-12"]),("1998",1,["Y:1998"]),
 ("2004",1,["Y:2004"]),("FY26",2,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("The third quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),("Diwali",1,["D:2025-10-20"]),
 ("December",1,["M:2025-12"]),("Wednesday",2,["D:2025-10-15"]),
 ("FY27",1,["R:2026-04-01..2027-03-31","P:Y:2027"]),("the first half",1,["R:2025-04-01..2025-09-30"]),
 ("March 31",1,["D:2026-03-31"]),("the quarter",2,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("the June quarter",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("earlier this year",1,["Y:2025","IN:2025-01-01..2025-10-15"]),("January",1,["M:2026-01"]),
 ("February",1,["M:2026-02"]),("third-quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("the second week of January",1,["W:2026-01-12","IN:2026-01-08..2026-01-14"]),
 ("last year",1,["Y:2024"]),("1st November",1,["D:2025-11-01"])]
N['a05'] = [("5.30 pm",1)]
X['a05'] = [("Rs 2,026 crore",1),("1947 Hosur Road",1),("51",1),("2,01,950",1),("a twelve-month",1),("NIL/SE/2025-26/88",1)]

G['a06'] = [("Wednesday 27th August 2025",1,["D:2025-08-27"]),("Monday, 1st September",1,["D:2025-09-01"]),
 ("July 2023",1,["M:2023-07"]),("Monday",2,["D:2025-08-25"]),
 ("third term",1,["R:2025-08-25..2025-10-24"]),("seven days later",1,["D:2025-09-01"]),
 ("Friday, 24th October",1,["D:2025-10-24"]),("Tuesday, 21st October",1,["D:2025-10-21"]),
 ("the day after Mashujaa Day",1,["D:2025-10-21"]),
 ("the end of June",1,["MIN:2025-06","D:2025-06-30"]),("last Friday",1,["D:2025-08-22"]),
 ("yesterday",1,["D:2025-08-26"]),("Next week",1,["W:2025-09-01"]),("last week",1,["W:2025-08-18"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("1st July",1,["D:2025-07-01"]),
 ("the second quarter of the financial year",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),
 ("October and December",1,["R:2025-10-01..2025-12-31","M:2025-10","M:2025-12"]),
 ("Thursday",1,["D:2025-08-28"]),("January 2019",1,["M:2019-01"]),("November",1,["M:2025-11"]),
 ("the end of the month",1,["MIN:2025-08","D:2025-08-31"]),
 ("over the weekend",1,["R:2025-08-30..2025-08-31"]),("2015",1,["Y:2015"])]
N['a06'] = [("every Tuesday",1)]
X['a06'] = [("61",1),("Sh1,990 million",1),("two days",1),("14",1),("Grade 9",1),("P.O. Box 30296",1),("five weeks",1)]

G['a07'] = [("April 15",1,["D:2025-04-15"]),("today",1,["D:2025-04-15"]),
 ("April 17 and 18",1,["R:2025-04-17..2025-04-18","D:2025-04-17","D:2025-04-18"]),
 ("May 12",1,["D:2025-05-12"]),("Saturday",1,["D:2025-04-19"]),("Easter Sunday",1,["D:2025-04-20"]),
 ("Wednesday",1,["D:2025-04-16"]),("Feb. 11",1,["D:2025-02-11"]),("March 28",1,["D:2025-03-28"]),
 ("May 10",1,["D:2025-05-10"]),("a Saturday",1,["D:2025-05-10"]),("election day",1,["D:2025-05-12"]),
 ("May 11 to 12",1,["R:2025-05-11..2025-05-12","D:2025-05-11","D:2025-05-12"]),
 ("Sunday",2,["D:2025-04-13"]),("election day",2,["D:2025-05-12"]),("Wednesday",2,["D:2025-04-16"]),
 ("Sunday",3,["D:2025-04-20"]),("This year",1,["Y:2025"]),("Wednesday",3,["D:2025-04-16"]),
 ("yesterday",1,["D:2025-04-14"]),("Easter Monday",1,["D:2025-04-21"]),("mid-May",1,["MIN:2025-05"]),
 ("June 30",1,["D:2025-06-30"]),("the fourth Monday of July",1,["D:2025-07-28"]),
 ("Monday, May 12",1,["D:2025-05-12"])]
N['a07'] = [("Maundy Thursday",1),("Good Friday",1),("noon",1),("2022",1),("noon",2),("7 a.m.",1),("7 p.m.",1)]
X['a07'] = [("90-day",1),("1.2 million",1),("Resolution No. 11086",1),("2158",1),("Gate 3",1)]

G['a08'] = [("Feb. 12",1,["D:2026-02-12"]),("2026",1,["Y:2026"]),("today",1,["D:2026-02-12"]),
 ("Thursday, June 4",1,["D:2026-06-04"]),("Sunday, Nov. 22",1,["D:2026-11-22"]),
 ("Wednesday, July 1",1,["D:2026-07-01"]),("Monday, Sept. 7",1,["D:2026-09-07"]),
 ("the following weekend",1,["R:2026-09-12..2026-09-13"]),("Thanksgiving",1,["D:2026-10-12"]),
 ("the holiday weekend",1,["R:2026-10-10..2026-10-12","P:D:2026-10-12"]),
 ("Oct. 31",1,["D:2026-10-31"]),("a Saturday",1,["D:2026-10-31"]),
 ("Nov. 7-8",1,["R:2026-11-07..2026-11-08","D:2026-11-07","D:2026-11-08"]),
 ("the weekend after",1,["R:2026-11-14..2026-11-15"]),("May 10",1,["D:2026-05-10"]),
 ("three days earlier",1,["D:2026-05-07"]),
 ("the last week of May",1,["W:2026-05-25","IN:2026-05-25..2026-05-31"]),
 ("Tuesday",1,["D:2026-02-10"]),("April 28",1,["D:2026-04-28"]),("Last year",1,["Y:2025"]),
 ("March 2",1,["D:2026-03-02"]),("2009",1,["Y:2009"]),("August",1,["M:2025-08"]),
 ("Nov. 18 to 22",1,["R:2026-11-18..2026-11-22","D:2026-11-18","D:2026-11-22"]),
 ("next Tuesday",1,["D:2026-02-17"]),("April",2,["M:2026-04"]),("2027",1,["Y:2027"])]
N['a08'] = [("the season",1),("Canada Day",1),("Labour Day",1),("The regular season",1),("the pre-season",1),("Thursday",2),("Friday",1),("every Friday",1),("the summer",1)]
X['a08'] = [("113th",1),("18 games",1),("21 weeks",1),("Section 112",1),("25-17",1),("Week 1",1)]

G['a09'] = [("Sept. 16",1,["D:2025-09-16"]),("1931-2025",1,["RY:1931..2025"]),("Sunday",1,["D:2025-09-14"]),
 ("March 3, 1931",1,["D:1931-03-03"]),("1952",1,["Y:1952"]),("June 14, 1953",1,["D:1953-06-14"]),
 ("1998",1,["Y:1998"]),("the fall of 1961",1,["S:autumn-1961","R:1961-09-01..1961-11-30"]),
 ("June 1995",1,["M:1995-06"]),("1978",1,["Y:1978"]),("1984",1,["Y:1984"]),("1991",1,["Y:1991"]),
 ("the 1980s",1,["DEC:1980","RY:1980..1989"]),
 ("Last spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"]),("Labor Day",1,["D:2025-09-01"]),
 ("13 days before her death",1,["D:2025-09-01"]),("2019",1,["Y:2019"]),("Friday",1,["D:2025-09-19"]),
 ("Saturday",1,["D:2025-09-20"]),("Oct. 31",1,["D:2025-10-31"]),
 ("next spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),
 ("the end of the month",1,["MIN:2025-09","D:2025-09-30"])]
N['a09'] = [("every July",1),("Class of 1979",1),("4 to 8 p.m.",1),("10 a.m.",1)]
X['a09'] = [("34 years",1),("94",1),("Room 214",1),("94th",1),("11",1),("2100 E. Stroop Road",1),("937-555-0142",1)]

G['a10'] = [("Monday 11 May",1,["D:2026-05-11"]),("18",1,["D:2026-05-18"]),("19",1,["D:2026-05-19"]),
 ("22 May",1,["D:2026-05-22"]),
 ("the spring bank holiday weekend",1,["R:2026-05-23..2026-05-25","P:D:2026-05-25"]),
 ("today",1,["D:2026-05-11"]),("Thursday",1,["D:2026-05-07"]),("last month",1,["M:2026-04"]),
 ("2023",1,["Y:2023"]),("Thursday",2,["D:2026-05-14"]),("Next week",1,["W:2026-05-11"]),
 ("Friday",1,["D:2026-05-08"]),("a week on Monday",1,["D:2026-05-18"]),
 ("January 2025",1,["M:2025-01"]),("1 April",1,["D:2026-04-01"]),
 ("25 to 29 May",1,["R:2026-05-25..2026-05-29","D:2026-05-25","D:2026-05-29"]),
 ("Sunday 24 May",1,["D:2026-05-24"]),("the week before Christmas",1,["W:2025-12-15"]),
 ("4 May",1,["D:2026-05-04"]),("the end of the year",1,["D:2026-12-31","M:2026-12","Y:2026"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),("June",1,["M:2026-06"]),
 ("later this month",1,["IN:2026-05-11..2026-05-31","M:2026-05"])]
N['a10'] = [("half-term",1),("The early May bank holiday",1),("in the coming weeks",1)]
X['a10'] = [("1,845",1),("192",1),("V1",1),("1,200",1),("0161 555 0199",1)]

G['a11'] = [("Sunday, Oct. 19, 2025",1,["D:2025-10-19"]),("Saturday",1,["D:2025-10-25"]),
 ("Nov. 4",1,["D:2025-11-04"]),
 ("Oct. 25 through Nov. 2",1,["R:2025-10-25..2025-11-02","D:2025-10-25","D:2025-11-02"]),
 ("Tuesday",1,["D:2025-10-14"]),("Oct. 28",1,["D:2025-10-28"]),("Election Day",1,["D:2025-11-04"]),
 ("Friday",1,["D:2025-10-17"]),("last week",1,["W:2025-10-13","W:2025-10-06"]),
 ("Wednesday",1,["D:2025-10-22"]),("The coming week",1,["W:2025-10-20"]),
 ("Election Day",2,["D:2025-11-04"]),("2021",1,["Y:2021"]),("Four years ago",1,["Y:2021"]),
 ("Thursday",1,["D:2025-10-16"]),("This year",1,["Y:2025"]),
 ("the third Tuesday in January",1,["D:2026-01-20"]),("Jan. 20",1,["D:2026-01-20"]),
 ("late February",1,["MIN:2026-02"]),
 ("the fiscal year that begins July 1",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("June 30",1,["D:2026-06-30"]),("since Labor Day",1,["D:2025-09-01","R:2025-09-01..2025-10-19"]),
 ("January",2,["M:2026-01"])]
N['a11'] = [("10 a.m.",1),("8 p.m.",1),("6 p.m.",1),("8 p.m.",2),("5 a.m.",1),("every weekend",1)]
X['a11'] = [("nine days",1),("129",1),("six days",1),("1,025,000",1),("1-877-658-6837",1),("Route 22",1)]

G['a12'] = [("Wednesday 11 March",1,["D:2026-03-11"]),("Monday 16 March",1,["D:2026-03-16"]),
 ("last year",1,["Y:2025"]),("last winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),
 ("30 June",1,["D:2026-06-30"]),("the end of the financial year",1,["D:2026-06-30"]),
 ("2025",1,["Y:2025"]),("the second week of July",1,["W:2025-07-14","IN:2025-07-08..2025-07-14"]),
 ("This winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("December",1,["M:2025-12"]),
 ("January",1,["M:2026-01"]),("Monday",2,["D:2026-03-09"]),("Easter",1,["D:2026-04-05"]),
 ("July",2,["M:2026-07"]),("Term 2",1,["R:2026-04-14..2026-07-03"]),
 ("Tuesday 14 April",1,["D:2026-04-14"]),("two weeks ago",1,["D:2026-02-25","W:2026-02-23"]),
 ("the 2025-26 budget",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("August last year",1,["M:2025-08"]),("May",1,["M:2026-05"]),
 ("the end of April",1,["MIN:2026-04","D:2026-04-30"])]
N['a12'] = [("in the coming days",1),("seven days a week",1),("every Saturday",1)]
X['a12'] = [("a fortnight",1),("65",1),("31,405",1),("200,000",1),("1,958",1),("ten days",1),("two weeks",2),("13 43 25 84",1)]

G['a13'] = [("July 15",1,["D:2026-07-15"]),("Tuesday, July 21",1,["D:2026-07-21"]),
 ("the fourth quarter",1,["R:2026-10-01..2026-12-31","Q:2026-Q4"]),("Tuesday",2,["D:2026-07-14"]),
 ("June",1,["M:2026-06"]),("earlier this year",1,["Y:2026","IN:2026-01-01..2026-07-14"]),
 ("March 2024",1,["M:2024-03"]),("this weekend",1,["R:2026-07-18..2026-07-19"]),
 ("next month",1,["M:2026-08"]),("Fourth of July",1,["D:2026-07-04"]),("Monday",1,["D:2026-07-13"]),
 ("Thanksgiving",1,["D:2026-11-26"]),
 ("the Fourth of July weekend",1,["R:2026-07-03..2026-07-05","P:D:2026-07-04"]),
 ("July 31",1,["D:2026-07-31"]),("the first half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),
 ("2026",1,["Y:2026"]),("the second half of 2027",1,["H:2027-H2"]),
 ("second-quarter",1,["R:2026-04-01..2026-06-30","Q:2026-Q2"]),("Aug. 5",1,["D:2026-08-05"]),
 ("since January",1,["M:2026-01","R:2026-01-01..2026-07-15"]),("Sept. 30, 2025",1,["D:2025-09-30"]),
 ("early 2027",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),
 ("later this year",1,["IN:2026-07-15..2026-12-31","Y:2026"]),("Labor Day",1,["D:2026-09-07"])]
N['a13'] = [("2027",1),("9 a.m.",1)]
X['a13'] = [("2,027",1),("41",1),("50",1),("RX-260",1),("310 miles",1),("RX-400",1),("U.S. 183",1),("1,100",1)]

G['a14'] = [("Oct. 27",1,["D:2025-10-27"]),("this week",1,["W:2025-10-27"]),
 ("Friday, Oct. 31",1,["D:2025-10-31"]),("Nov. 1",1,["D:2025-11-01"]),
 ("a Saturday",1,["D:2025-11-01"]),
 ("a three-day weekend",1,["R:2025-10-31..2025-11-02","P:D:2025-11-01"]),
 ("Sunday",1,["D:2025-11-02"]),("2024",1,["Y:2024"]),("a Friday",1,["D:2024-11-01"]),
 ("Oct. 29 to 30",1,["R:2025-10-29..2025-10-30","D:2025-10-29","D:2025-10-30"]),
 ("Oct. 31",2,["D:2025-10-31"]),("last week",1,["W:2025-10-20"]),("Thursday",1,["D:2025-10-30"]),
 ("the eve of the holiday",1,["D:2025-10-30"]),("tomorrow",1,["D:2025-10-27"]),
 ("Sunday",2,["D:2025-11-02"]),("Sunday",3,["D:2025-10-26"]),("Thursday",2,["D:2025-10-30"]),
 ("Nov. 30",1,["D:2025-11-30"]),("a Sunday",1,["D:2025-11-30"]),("mid-December",1,["MIN:2025-12"]),
 ("Dec. 24",1,["D:2025-12-24"]),("Dec. 31",1,["D:2025-12-31"]),
 ("earlier this month",1,["M:2025-10","IN:2025-10-01..2025-10-26"]),("Wednesday",1,["D:2025-10-29"]),
 ("Nov. 3",1,["D:2025-11-03"]),("the Monday after Undas",1,["D:2025-11-03"])]
N['a14'] = [("Undas",1),("All Saints' Day",1),("All Souls' Day",1),("5 a.m.",1),("The next holiday",1),("Bonifacio Day",1),("Christmas",1)]
X['a14'] = [("Terminal 3",1),("Z2 1947",1),("P2,025",1),("Pier 4",1),("1555",1),("24 hours",1)]

G['a15'] = [("Jan. 27",1,["D:2026-01-27"]),("Wednesday",1,["D:2026-01-28"]),("Sunday",1,["D:2026-01-25"]),
 ("Monday",1,["D:2026-01-26"]),("today",1,["D:2026-01-27"]),
 ("the 2025-26 school year",1,["R:2025-08-25..2026-06-12","RY:2025..2026"]),
 ("Aug. 25",1,["D:2025-08-25"]),("June 12",1,["D:2026-06-12"]),("Dec. 10",1,["D:2025-12-10"]),
 ("Wednesday",2,["D:2026-01-28"]),("Monday, June 15",1,["D:2026-06-15"]),
 ("Feb. 16",1,["D:2026-02-16"]),
 ("March 30 to April 3",1,["R:2026-03-30..2026-04-03","D:2026-03-30","D:2026-04-03"]),
 ("Wednesday",3,["D:2026-01-28"]),("tomorrow",1,["D:2026-01-27"]),("Monday",3,["D:2026-01-26"]),
 ("the rest of the week",1,["IN:2026-01-26..2026-02-01","P:W:2026-01-26"]),("2010",1,["Y:2010"]),
 ("Feb. 5-6",1,["R:2010-02-05..2010-02-06","D:2010-02-05","D:2010-02-06"]),
 ("Feb. 9-10",1,["R:2010-02-09..2010-02-10","D:2010-02-09","D:2010-02-10"]),
 ("this weekend",1,["R:2026-01-31..2026-02-01"]),("Saturday",1,["D:2026-01-31"]),
 ("Friday",1,["D:2026-01-30"]),("Wednesday",4,["D:2026-01-28"]),("last week",1,["W:2026-01-19"]),
 ("the first week of February",1,["W:2026-02-02","IN:2026-02-01..2026-02-07"]),
 ("Feb. 2",1,["D:2026-02-02"]),("a week later",1,["D:2026-02-09"])]
N['a15'] = [("Presidents' Day",1),("Spring break",1),("5 a.m.",1),("10 a.m.",1),("1 p.m.",1)]
X['a15'] = [("14 inches",1),("180 days",1),("12",2),("443-809-4554",1),("Grade 12",1)]

G['a16'] = [("June 25",1,["D:2025-06-25"]),("today",1,["D:2025-06-25"]),("June 25, 1975",1,["D:1975-06-25"]),
 ("13 days earlier",1,["D:1975-06-12"]),("June 12, 1975",1,["D:1975-06-12"]),
 ("the next morning",1,["D:1975-06-26"]),("January 1977",1,["M:1977-01"]),
 ("March 1977",1,["M:1977-03"]),("March 21, 1977",1,["D:1977-03-21"]),("1976",1,["Y:1976"]),
 ("1978",1,["Y:1978"]),("Last year",1,["Y:2024"]),("Saturday",1,["D:2025-06-28"]),
 ("June 26",1,["D:1975-06-26"]),("the spring of 1977",1,["S:spring-1977","R:1977-03-01..1977-05-31"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("tomorrow",1,["D:2025-06-26"]),
 ("August 15",1,["D:2025-08-15"]),
 ("the third week of July",1,["W:2025-07-21","IN:2025-07-15..2025-07-21"]),
 ("Sunday",1,["D:2025-06-29"]),("July 1",1,["D:2025-07-01"])]
N['a16'] = [("June 25",3),("every year",1),("Independence Day",1)]
X['a16'] = [("50th",1),("Article 352",1),("21 months",1),("42nd",1),("44th",1),("19",1),("69",1),("Rs 1,975",1),("1800-11-1975",1),("24/7",1)]

G['a17'] = [("Friday 28 November",1,["D:2025-11-28"]),("Monday",1,["D:2025-12-01"]),
 ("Sunday",1,["D:2025-11-30"]),("the weekend",1,["R:2025-11-29..2025-11-30"]),
 ("Sunday 30 November",1,["D:2025-11-30"]),("the first Sunday of Advent",1,["D:2025-11-30"]),
 ("Monday 1 December",1,["D:2025-12-01"]),("Last year",1,["Y:2024"]),
 ("a Saturday",1,["D:2024-11-30"]),("Monday 2 December",1,["D:2024-12-02"]),
 ("Monday",4,["D:2025-12-01"]),("yesterday",1,["D:2025-11-27"]),("Black Friday",1,["D:2025-11-28"]),
 ("today",1,["D:2025-11-28"]),("14 November",1,["D:2025-11-14"]),("4 January",1,["D:2026-01-04"]),
 ("31 December",1,["D:2025-12-31"]),
 ("the Christmas holidays",1,["R:2025-12-20..2026-01-05","IN:2025-12-19..2026-01-06"]),
 ("Friday 19 December",1,["D:2025-12-19"]),("Tuesday 6 January",1,["D:2026-01-06"]),
 ("2 January",1,["D:2026-01-02"]),("a Friday",1,["D:2026-01-02"]),
 ("a four-day weekend",1,["R:2026-01-01..2026-01-04","P:D:2026-01-01"]),("Monday",5,["D:2025-12-01"]),
 ("Sunday",4,["D:2025-11-30"]),("yesterday",2,["D:2025-11-27"]),
 ("Tuesday 2 December",1,["D:2025-12-02"]),("this weekend",1,["R:2025-11-29..2025-11-30"]),
 ("Friday 5 December",1,["D:2025-12-05"]),("Tuesday",3,["D:2025-12-02"])]
N['a17'] = [("St Andrew's Day",2),("2007",1),("Christmas",1),("Saturday",2),("7pm",1),("9am",1)]
X['a17'] = [("75,000",1),("22",1),("X7",1),("0131 555 0100",1)]

G['a18'] = [("April 10",1,["D:2026-04-10"]),("Tax Day",1,["D:2026-04-15"]),("Thursday",1,["D:2026-04-09"]),
 ("tax year 2025",1,["Y:2025"]),("last year",1,["Y:2025"]),("Oct. 15",1,["D:2026-10-15"]),
 ("Wednesday",1,["D:2026-04-15"]),("April 15",1,["D:2026-04-15"]),("June 15",1,["D:2026-06-15"]),
 ("Sept. 15",1,["D:2026-09-15"]),("Jan. 15, 2027",1,["D:2027-01-15"]),
 ("The filing season",1,["R:2026-01-26..2026-04-15"]),("Jan. 26",1,["D:2026-01-26"]),
 ("2025",2,["Y:2025"]),("April 3",1,["D:2026-04-03"]),("2025",3,["Y:2025"]),
 ("Thursday, April 16",1,["D:2026-04-16"]),("2022",1,["Y:2022"]),("April 18",1,["D:2022-04-18"]),
 ("January",1,["M:2026-01"]),("May 1",1,["D:2026-05-01"]),("Wednesday",2,["D:2026-04-08"]),
 ("This weekend",1,["R:2026-04-11..2026-04-12"]),("next week",1,["W:2026-04-13"]),
 ("Saturday",1,["D:2026-04-11"]),("April 15",2,["D:2026-04-15"]),("this year",1,["Y:2026"]),
 ("earlier this month",1,["M:2026-04","IN:2026-04-01..2026-04-09"]),("last July",1,["M:2025-07"]),
 ("next year",1,["Y:2027"]),("Feb. 2",1,["D:2026-02-02"]),
 ("the first business day of February",1,["D:2026-02-02"])]
N['a18'] = [("First-quarter",1),("Emancipation Day",1),("the last weekend",1),("9 a.m.",1),("4 p.m.",1)]
X['a18'] = [("Form 4868",1),("Form 1040",1),("21 days",1),("800-829-1040",1),("1099-K",1),("W-2",1)]

G['a19'] = [("Saturday 22 November",1,["D:2025-11-22"]),("today",1,["D:2025-11-22"]),
 ("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("yesterday",1,["D:2025-11-21"]),
 ("Thursday 4 December",1,["D:2025-12-04"]),("17 December",1,["D:2025-12-17"]),
 ("26 December",1,["D:2025-12-26"]),("the New Year Test",1,["R:2026-01-04..2026-01-08"]),
 ("4 to 8 January",1,["R:2026-01-04..2026-01-08","D:2026-01-04","D:2026-01-08"]),
 ("Tuesday",1,["D:2025-11-25"]),("four years ago",1,["Y:2021"]),("January 2011",1,["M:2011-01"]),
 ("the 2010-11 series",1,["RY:2010..2011"]),("last Christmas",1,["D:2024-12-25"]),
 ("early 2027",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),("14 December",1,["D:2025-12-14"]),
 ("three days before the Adelaide Test",1,["D:2025-12-14"]),("New Year's Eve",1,["D:2025-12-31"]),
 ("2028",1,["Y:2028"]),("Tuesday",2,["D:2025-11-25"]),("tomorrow",1,["D:2025-11-23"]),
 ("last night",1,["D:2025-11-21"])]
N['a19'] = [("Boxing Day",1),("7.30pm",1),("November",2),("9am",1),("10.30am",1)]
X['a19'] = [("five days",1),("5/42",1),("day one",1),("7/58",1),("67",1),("Gate 7",1),("90 minutes",1)]

G['a20'] = [("Nov. 24",1,["D:2026-11-24"]),("this morning",1,["D:2026-11-24"]),("Wednesday",1,["D:2026-11-25"]),
 ("Friday",1,["D:2026-11-27"]),("Thanksgiving",1,["D:2026-11-26"]),("Wednesday",2,["D:2026-11-25"]),
 ("Thursday",1,["D:2026-11-26"]),("Black Friday",1,["D:2026-11-27"]),("Sunday",1,["D:2026-11-29"]),
 ("Friday",3,["D:2026-11-27"]),("November 2022",1,["M:2022-11"]),
 ("Nov. 17-20",1,["R:2022-11-17..2022-11-20","D:2022-11-17","D:2022-11-20"]),
 ("a month later",1,["M:2022-12"]),("Wednesday",3,["D:2026-11-25"]),("this week",1,["W:2026-11-23"]),
 ("Last winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("two weeks ago",1,["D:2026-11-10","W:2026-11-09"]),("yesterday",1,["D:2026-11-23"]),
 ("Thanksgiving",2,["D:2026-11-26"]),("over the weekend",1,["R:2026-11-28..2026-11-29"]),
 ("Sunday",2,["D:2026-11-29"]),
 ("the middle of next week",1,["IN:2026-12-01..2026-12-03","P:W:2026-11-30"]),
 ("Wednesday",4,["D:2026-11-25"]),("Friday",4,["D:2026-11-27"])]
N['a20'] = [("7 p.m.",1),("1 p.m.",1),("Christmas",1),("the season",2),("noon",1)]
X['a20'] = [("80 inches",1),("47",1),("Exit 55",1),("1.6 million",1),("Flight 1947",1),("94.6 inches",1),("716-555-0123",1),("Route 219",1),("Interstate 90",1)]

G['a21'] = [("Dec. 4",1,["D:2025-12-04"]),("today",1,["D:2025-12-04"]),
 ("the fourth quarter",1,["R:2025-08-01..2025-10-31"]),
 ("the three months ended Oct. 31",1,["R:2025-08-01..2025-10-31"]),
 ("the year-earlier period",1,["R:2024-08-01..2024-10-31"]),
 ("fiscal 2025",1,["R:2024-11-01..2025-10-31","P:Y:2025"]),
 ("a year earlier",1,["R:2023-11-01..2024-10-31","P:Y:2024"]),("Jan. 27",1,["D:2026-01-27"]),
 ("Jan. 6",1,["D:2026-01-06"]),("the third quarter",1,["R:2025-05-01..2025-07-31"]),
 ("the first half of fiscal 2026",1,["R:2025-11-01..2026-04-30"]),
 ("The second half",1,["R:2026-05-01..2026-10-31"]),
 ("this fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),("Dec. 10",1,["D:2025-12-10"]),
 ("this week",1,["W:2025-12-01"]),("Wednesday",1,["D:2025-12-03"]),("this year",1,["Y:2025"]),
 ("May",1,["M:2025-05"]),("the end of fiscal 2026",1,["D:2026-10-31"]),
 ("first-quarter",1,["R:2025-11-01..2026-01-31"]),("Feb. 26",1,["D:2026-02-26"]),
 ("April 9",1,["D:2026-04-09"]),("2028",1,["Y:2028"]),
 ("the end of October",1,["MIN:2025-10","D:2025-10-31"]),
 ("the end of July",1,["MIN:2025-07","D:2025-07-31"]),("today",2,["D:2025-12-04"]),
 ("last week",1,["W:2025-11-24"])]
N['a21'] = [("Oct. 31",2)]
X['a21'] = [("59",1),("1,200",1),("1867 King Street West",1),("Series 2030",1)]

G['a22'] = [("Thursday 29 January",1,["D:2026-01-29"]),("Sunday",1,["D:2026-02-01"]),
 ("today",1,["D:2026-01-29"]),("Monday",1,["D:2026-02-02"]),("1 February",1,["D:2026-02-01"]),
 ("a Sunday",1,["D:2026-02-01"]),("the first Monday in February",1,["D:2026-02-02"]),
 ("Last year",1,["Y:2025"]),("1 May",1,["D:2026-05-01"]),("1 July",1,["D:2026-07-01"]),
 ("Wednesday 3 June",1,["D:2026-06-03"]),("Friday 21 August",1,["D:2026-08-21"]),
 ("four days later",1,["D:2026-08-25"]),("Last year",2,["Y:2025"]),("22 August",1,["D:2025-08-22"]),
 ("the week before the Easter holidays",1,["W:2026-03-23"]),
 ("the Easter holidays",2,["R:2026-03-28..2026-04-12","IN:2026-03-27..2026-04-13"]),
 ("Friday 27 March",1,["D:2026-03-27"]),("Monday 13 April",1,["D:2026-04-13"]),
 ("last week",1,["W:2026-01-19"]),("mid-February",1,["MIN:2026-02"]),
 ("This weekend",1,["R:2026-01-31..2026-02-01"]),("Tuesday",1,["D:2026-01-27"]),("2025",1,["Y:2025"]),
 ("September",1,["M:2026-09"]),("tomorrow",1,["D:2026-01-30"]),
 ("the weekend",1,["R:2026-01-31..2026-02-01"])]
N['a22'] = [("5.15pm",1),("the St Brigid's Day bank holiday",1),("St Brigid's Day",2),("5pm",1)]
X['a22'] = [("2,019",1),("H1",1),("625",1),("DN100",1),("third",1),("091 509 800",1)]

G['a23'] = [("October 7",1,["D:2025-10-07"]),("November 6",1,["D:2025-11-06"]),
 ("November 11",1,["D:2025-11-11"]),("November 14 (Friday)",1,["D:2025-11-14"]),
 ("Monday",1,["D:2025-10-06"]),("October 10",1,["D:2025-10-10"]),("a week later",1,["D:2025-10-17"]),
 ("October 17",1,["D:2025-10-17"]),("October 20",1,["D:2025-10-20"]),
 ("October 20",2,["D:2025-10-20"]),("October 23",1,["D:2025-10-23"]),
 ("November 22",1,["D:2025-11-22"]),("2020",1,["Y:2020"]),
 ("October 28 and November 7",1,["R:2020-10-28..2020-11-07","D:2020-10-28","D:2020-11-07"]),
 ("three days later",1,["D:2020-11-10"]),
 ("October 25 to 28",1,["R:2025-10-25..2025-10-28","D:2025-10-25","D:2025-10-28"]),
 ("October 1 and November 30",1,["R:2025-10-01..2025-11-30","D:2025-10-01","D:2025-11-30"]),
 ("Tomorrow",1,["D:2025-10-07"]),("yesterday",1,["D:2025-10-06"]),("last month",1,["M:2025-09"]),
 ("September 30",1,["D:2025-09-30"]),("November 5",1,["D:2025-11-05"]),
 ("the day before the first phase",1,["D:2025-11-05"]),("November 10",1,["D:2025-11-10"]),
 ("November 14",2,["D:2025-11-14"]),("the end of the month",1,["MIN:2025-11","D:2025-11-30"])]
N['a23'] = [("Diwali",1),("Chhath",1),("the festival season",1),("2024",1),("8 am",1)]
X['a23'] = [("12,000",1),("7.42 crore",1),("1950",1),("Form 6",1),("90,712",1)]

G['a24'] = [("Feb. 20",1,["D:2026-02-20"]),("Monday, March 2",1,["D:2026-03-02"]),
 ("Thursday",1,["D:2026-02-19"]),("May",1,["M:2026-05"]),("two days later",1,["D:2026-03-04"]),
 ("the week of March 30",1,["W:2026-03-30","P:D:2026-03-30"]),("Feb. 26",1,["D:2026-02-26"]),
 ("August 2024",1,["M:2024-08"]),("late 2019",1,["YIN:2019","IN:2019-09-01..2019-12-31"]),
 ("the spring of 2022",1,["S:spring-2022","R:2022-03-01..2022-05-31"]),("2010",1,["Y:2010"]),
 ("2022",2,["Y:2022"]),("a week from Monday",1,["D:2026-03-02"]),("last month",1,["M:2026-01"]),
 ("Wednesday",1,["D:2026-02-18"]),("Monday",3,["D:2026-02-16"]),("December",1,["M:2025-12"]),
 ("June 11",1,["D:2026-06-11"]),("the fall",1,["S:autumn-2026","R:2026-09-01..2026-11-30"]),
 ("January 2023",1,["M:2023-01"]),("last March",1,["M:2025-03"])]
N['a24'] = [("Presidents' Day",1),("9:30 a.m.",1),("4:30 p.m.",1),("Monday through Thursday",1)]
X['a24'] = [("six weeks",1),("63",1),("11",1),("40,000",1),("1:24-cr-00417",1),("Courtroom 1925",1),("219 S. Dearborn St.",1),("10 years",1)]

G['a25'] = [("Friday, 13th June, 2025",1,["D:2025-06-13"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("Thursday",1,["D:2025-06-12"]),("30th June",1,["D:2025-06-30"]),
 ("the last day of the financial year",1,["D:2025-06-30"]),("1st July",1,["D:2025-07-01"]),
 ("Tuesday",1,["D:2025-06-17"]),("next week",1,["W:2025-06-16"]),("Last year",1,["Y:2024"]),
 ("26th June, 2024",1,["D:2024-06-26"]),("25th June",1,["D:2024-06-25"]),
 ("Wednesday week",1,["D:2025-06-25"]),
 ("the first eleven months of the financial year",1,["R:2024-07-01..2025-05-31"]),
 ("2024/25",1,["R:2024-07-01..2025-06-30","RY:2024..2025"]),
 ("the first quarter of 2025",1,["R:2025-01-01..2025-03-31","Q:2025-Q1"]),
 ("a year earlier",1,["R:2024-01-01..2024-03-31","Q:2024-Q1"]),("1st June",1,["D:2025-06-01"]),
 ("a Sunday",1,["D:2025-06-01"]),("Monday, 2nd June",1,["D:2025-06-02"]),
 ("February 2028",1,["M:2028-02"]),("later this year",1,["IN:2025-06-13..2025-12-31","Y:2025"]),
 ("4th July",1,["D:2025-07-04"]),("22nd July",1,["D:2025-07-22"]),("1st October",1,["D:2025-10-01"]),
 ("the second quarter of the financial year",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"])]
N['a25'] = [("Finance Bill 2025",1),("Madaraka Day",1),("30th June",2)]
X['a25'] = [("a year",1),("Article 221",1),("50",1),("Sh1,960",1),("Sh2,500",1),("0800 221 221",1)]
