# Hand annotation for probe p23 (invented wire copy published 2025-01 .. 2026-12 in beats, countries and forms p1-p22 used
# little, written blind: claimkit, its source and its tests never read or run): a Tauranga kiwifruit harvest and port run
# over Anzac Day Mondayised ('Monday 27 April', a southern 'winter', 'over the summer' and 'this autumn', 'the week after
# next', 'the half-year to 31 December'); Johannesburg's grant payment days around Women's Day on a Sunday ('Monday, 10
# August', 'earlier this week', 'the end of next month', a March-February tax year); a Lagos bond auction between the
# Eid-el-Kabir holidays and Democracy Day ('the following Monday', 'the Eid break', bond names 'APR 2029' N); Changi over
# the Lunar New Year ('a fortnight on Saturday', 'Feb 17 and 18', the IATA summer season 'March 29' to 'Oct 24'); Pakistan's
# budget session after Eid ul Adha ('FY25', 'FY26', 'July-March', 'the following day', 'June last year'); Scotland's exam
# results day ('earlier this week', 'the October week', 'next year's results day'); a Cardiff museum opening on St David's
# Day ('A week on Sunday', 'the opening weekend', '1984-85'); Quebec rent notices ('Jan. 1 and March 31', 'three weeks from
# Friday', moving day); a Boise film festival over Memorial Day weekend ('May 23 and 24', 'the eve of the gala', 'over the
# summer'); an Ohio appeals ruling ('45 days' to 'Dec. 5', 'last spring' in a quote); a launch at Cape Canaveral ('0002 GMT
# on Friday', 'the following Monday', 'the week after next'); a Philadelphia Sunday paper before Rosh Hashanah ('a week
# from Thursday', 'the eve of Yom Kippur', '5786' N); Iowa's harvest in a September-August marketing year ('this fall',
# 'the end of next month'); Holi in Durban ('a week later', Human Rights Day's long weekend, '25 March 2024'); a Singapore
# REIT's payout around Vesak Day ('the six months to March 31', ex-date 'June 3', 'Aug 10' in lieu); Cape Town's citrus
# season ('last winter', 'this winter', '3 and 6 April', Human Rights Day on a Saturday not moved); a Wellington rugby draw
# ('a week after Waitangi Day', "the King's Birthday weekend"); a Minneapolis pickup recall ('the week of Jan. 5', 'late
# 2024', 'over the winter'); an Edinburgh insurer's interim dividend ('Friday week', ex-dividend 'Thursday 14 August');
# Quebec's National Assembly before a fixed-date election ('the first Monday in October', 'Sept. 2', "the day after
# National Patriots' Day"); Punjab's wheat harvest ('three weeks from Friday', 'March 31 to April 2' of Eid-ul-Fitr,
# 'July-February'); a Spokane ball club's season ('a week from Tuesday', 'over the summer', 'the home opener'); Nigerian
# exam results ('a fortnight on Saturday', 'three weeks from Friday', 'October 19'); the UK state pension's April rise
# ('the 2026-27 tax year', 'Easter Monday', 'a fortnight ago', 'last autumn'); a New Orleans bond sale after Mardi Gras
# ('a week from Tuesday', 'the week after', 'Ash Wednesday', 'that day', '2027 through 2056').
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'earlier this week' ...)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the first day of a break, the day 'the week of' names); such a claim is not counted wrong for precision, but does
#   not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '5pm', '9am', '10 a.m.', '7:02 p.m.', '0002
#   GMT', 'noon'; names with years: the bonds 'APR 2029', 'JUN 2033' and 'the 2033 paper', the model years '2023-2025',
#   the Hebrew year '5786', the '1860' Heritage Centre; a feast's or holiday's name beside its date ('Anzac Day', "King's
#   Birthday", "National Women's Day", 'Heritage Day', 'Eid-el-Kabir', 'Democracy Day', 'Chinese New Year', "Lunar New
#   Year's Eve", 'Hari Raya Puasa', 'Eid ul Adha', 'Youm-e-Takbeer', 'summer bank holiday', "St David's Day", 'Canada
#   Day', 'Fête nationale', 'Memorial Day', 'Rosh Hashanah', 'the Jewish New Year', 'Yom Kippur', 'Sukkot', 'Simchat
#   Torah', "Indigenous Peoples' Day", 'Veterans Day', 'Holi', 'Holika Dahan', 'Human Rights Day', 'Good Friday', 'Family
#   Day', 'Freedom Day', 'Diwali', 'Hari Raya Haji', 'Vesak Day', 'National Day', 'Labour Day', 'Eid-ul-Fitr',
#   'Independence Day', 'Lundi Gras', 'Mardi Gras', 'Twelfth Night', 'half-term'); names of seasons and periods given
#   their dates beside them or none ('the northern summer season', 'Carnival', 'Carnival season', 'the High Holy Days',
#   'High Holiday', 'spring sitting', 'the qualifying week', 'Opening Night', 'the Eid holidays' not yet announced, 'The
#   next long weekend', 'the new year' of prayers before Rosh Hashanah); generic and habitual uses ('the holiday weekend'
#   a festival moved to, 'every Thursday', 'every four weeks', 'seven days a week', 'Monday to Friday', 'Christmas Day' and
#   'Boxing Day' as days a museum always closes, 'September' as when hearings are usually held, 'Friday' nights and
#   'Sunday' games as kinds, 'Holi' as what marks spring in India); vague spans ('in recent years').
# X: decoys, not dates (money, counts and measures that read as years or days 'N1,957.4 billion', 'S$2,025 million',
#   'Rs2,550 billion', 'Rs1,000 billion', 'Rs391 billion', 'Rs2,200', 'Rs3,900', 'R2 400', 'R1 995', '$1,995', 'N2,030',
#   '£241.30', '£230.25', '2,031p', '$1.9 million', '2,026', '1,950', '1,975 hectares', '1,995 acres', '2,030-kilogram';
#   model, case, form, bill and standard numbers 'Prairie Hauler 2500', '25V-871', '24AP-612', 'Bill 31', 'Bill 112',
#   'Article 73', 'Section 144', 'IFRS 17', 'Series 2026A', 'Flight 3', 'TR 1965', 'No. 2' corn, 'No. 1' and 'No. 10';
#   streets, routes, plots, berths, rooms and gates '1995 Saint-Laurent Blvd.', '1927 N. Havana St.', '700 W. Main St.',
#   '440 N. Broad St.', '1300 Perdido St.', '1045 Rue des Parlementaires', 'Tuas South Avenue 2', 'Plot 1950', 'Berth 12',
#   'Berth 601', 'Launch Complex 46', 'Courtroom 11A', 'Screen 3', 'Terminal 2', 'Gate B10', 'Gate 2', 'SH29', 'N2', 'M4',
#   'N7', 'N-5', 'I-84', 'I-90', 'I-94', 'I-10', 'Highway 30', 'State Route 665', postcode 'SA1'; phone numbers
#   '0800 60 10 99', '0345 279 1100', '029 2039 7951', '514-555-0143', '208-555-0117', '614-555-0176', '321-555-0182',
#   '215-555-0190', '515-555-0163', '031 555 0147', '6221 2026', '021 555 0136', '0800 426 732', '1-888-555-0199', '0131
#   555 0148', '418-555-0120', '0800-15000', '509-555-0134', '0803 555 0143', '0800 555 0177', '504-555-0161'; scores
#   '27-24', '7-4'; ages '64', '60', '71', '41', '59', '83', '34', '47', '56', '52', '68', '82', '49', '61', '44', '54',
#   '57', '22', '30', '58', '74', '66', '67'; ordinals, rounds and year groups '45th', 'Round 1', 'Round 6', 'S5', 'S6',
#   'National 5', 'SS3', 'Grade 6'; durations and counts 'ten days', 'three weeks', 'two weeks', 'three hours', 'two
#   hours', 'two-hour', 'one month', 'three months', 'eight years', 'three years', '45 days', '33 days', '14 days', 'nine
#   days', 'three days', 'six weeks', '91-day', '182-day', '364-day', 'three' snow days, 'nine' games); the scorer ignores
#   X, so a date claim on one counts as a precision error.
# Conventions as p5-p22 (bare weekdays by the verb's tense ('last Thursday' the most recent past Thursday, 'next Tuesday'
#   the nearest Tuesday ahead); anaphora by the narrative's focus; quoted speech by the day it was said (SPEAKER in
#   verify.py); fiscal periods by the stated year-end; holidays on the day observed in the story's country, the feast
#   itself on its own day; southern seasons (a01 Tauranga, a02 Johannesburg, a14 Durban, a16 Cape Town, a17 Wellington)
#   R: plus the northern label, northern ones S: then R:; ranges R: with both ends as D:, two days joined by 'and' ('Feb 17
#   and 18', '3 and 6 April') the same, ranges of months R: with M: of each end; holiday weekends R: of the days off (P:
#   the holiday); a Sunday paper's (a12) 'last week' both weeks before and 'the coming week' from the next day; 'N days
#   before/after X', 'a week later' and 'the following Monday' single days counted from the day the story names; school
#   holidays R: of the days off with IN: a day wider; decades DEC: and RY:; 'the end of <month>' MIN: and D:; 'the end of
#   the year' and 'the end of 2026' D:, M:, Y:; 'the week of <date>' W: (P:D:); 'late 2024' YIN: and IN: of its last four
#   months; 'a year earlier' the same period a year back; 'since <month>' M: and R:; predicative weekdays after a date or
#   holiday ('a Sunday', 'a Saturday') that day; a feast's name beside its date N, standing alone D:; 'Friday week',
#   'a week on Sunday' and 'a week from Tuesday' the coming such day (+7); a part of a day outside the span ('{{Thursday}}
#   night', '{{Sunday}} night'); financial, tax and school years named by two calendar years R: with RY:; halves and
#   quarters of non-calendar fiscal years R: (with Q: or H: when they are a calendar quarter or half); 'earlier this
#   month' M: with IN:, 'later this month' and 'later this year' IN: with M: or Y:).
# Added in p23 (decided while planning or marking up, before the readings that use them were settled):
#   'earlier this week' W: with IN: from its Monday to the day before publication; 'the end of next month' MIN: and D:
#   of next month's last day; 'a fortnight on Saturday' the coming Saturday + 14; 'three weeks from Friday' the coming
#   Friday + 21; 'over the summer' and 'over the winter' the season the verb's tense points to (past or coming), southern
#   in a southern story; 'the summer' and 'the fall' of a story's coming months S: then R:; 'the week after' (after a
#   'next week') W: of the week after it; 'the Eid break' R: of the holidays (P: its first day); 'the opening weekend'
#   R: of the opening day's weekend; 'the final day', 'the home opener', 'the opening day', 'the eve of the gala', 'the
#   eve of Yom Kippur', 'the second day of the holiday', 'the day after National Patriots' Day', 'the day before pricing'
#   and 'that day' D:; a launch window's GMT weekday the GMT day; 'hurricane season' R: 1 June-30 November; 'between 2026
#   and 2028' and '2027 through 2056' RY:; a US corn marketing year R: September-August with RY:; South Africa's tax year
#   R: March-February; 'the year from 1 April' R:; 'the first ten months of the fiscal year' and 'the first five months
#   of the year' R:; 'July-March' and 'July-February' of Pakistan's fiscal year R: with M: of each end; 'the half to
#   September 30' and 'the six months to March 31' of an April-March year R: (no H:, not a calendar half); 'June last
#   year' M:; bond names with years ('APR 2029', 'the 2033 paper') and model years N, a bond 'due in 2031' Y:; the
#   December futures contract M: of that month.
G = {}
N = {}
X = {}
G['a01'] = [("Wednesday 22 April",1,["D:2026-04-22"]),("Saturday",1,["D:2026-04-25"]),
 ("Monday 27 April",1,["D:2026-04-27"]),("winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("Tuesday",1,["D:2026-04-21"]),("early March",1,["MIN:2026-03"]),("last year",1,["Y:2025"]),
 ("over the summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("the Easter long weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("Tomorrow",1,["D:2026-04-17"]),("Thursday",1,["D:2026-04-16"]),
 ("the week after next",1,["W:2026-05-04"]),("Friday 1 May",1,["D:2026-05-01"]),
 ("Sunday",1,["D:2026-04-19"]),("this morning",1,["D:2026-04-22"]),
 ("the half-year to 31 December",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("Friday 8 May",1,["D:2026-05-08"]),("24 April",1,["D:2026-04-24"]),("2023",1,["Y:2023"]),
 ("this autumn",1,["R:2026-03-01..2026-05-31","S:spring-2026"]),
 ("the end of June",1,["MIN:2026-06","D:2026-06-30"]),("30 September",1,["D:2026-09-30"]),
 ("Christmas",1,["D:2026-12-25"]),("Monday 1 June",1,["D:2026-06-01"]),
 ("Matariki",1,["D:2026-07-10"]),("July",1,["M:2026-07"])]
N['a01'] = [("Anzac Day",1),("5pm",1),("The next long weekend",1),("King's Birthday",1)]
X['a01'] = [("ten days",1),("64",1),("Berth 12",1),("SH29",1),("1,975 hectares",1)]

G['a02'] = [("Thursday, 30 July 2026",1,["D:2026-07-30"]),("August",1,["M:2026-08"]),
 ("Tuesday, 4 August",1,["D:2026-08-04"]),("today",1,["D:2026-07-30"]),
 ("Wednesday, 5 August",1,["D:2026-08-05"]),("Thursday, 6 August",1,["D:2026-08-06"]),
 ("Monday, 10 August",1,["D:2026-08-10"]),("a Sunday",1,["D:2026-08-09"]),("this year",1,["Y:2026"]),
 ("September",1,["M:2026-09"]),("Thursday, 3 September",1,["D:2026-09-03"]),
 ("24 September",1,["D:2026-09-24"]),("1 April",1,["D:2026-04-01"]),
 ("the 2026/27 financial year",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("February",1,["M:2026-02"]),("earlier this week",1,["W:2026-07-27","IN:2026-07-27..2026-07-29"]),
 ("May",1,["M:2026-05"]),("Last month",1,["M:2026-06"]),("Tuesday",2,["D:2026-07-28"]),
 ("early June",1,["MIN:2026-06"]),("1 September 2024",1,["D:2024-09-01"]),
 ("1 March",1,["D:2026-03-01"]),("the end of February",1,["MIN:2027-02","D:2027-02-28"]),
 ("the 2025/26 tax year",1,["R:2025-03-01..2026-02-28","RY:2025..2026"]),
 ("the end of next month",1,["MIN:2026-08","D:2026-08-31"]),
 ("this winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"])]
N['a02'] = [("National Women's Day",1),("Heritage Day",1),("5am",1)]
X['a02'] = [("three weeks",1),("R2 400",1),("60",1),("71",1),("0800 60 10 99",1)]

G['a03'] = [("June 10",1,["D:2025-06-10"]),("Monday, June 23",1,["D:2025-06-23"]),
 ("Wednesday, June 25",1,["D:2025-06-25"]),("Tuesday",1,["D:2025-06-10"]),
 ("Friday",1,["D:2025-06-06"]),("Monday",2,["D:2025-06-09"]),("Thursday",1,["D:2025-06-12"]),
 ("the following Monday",1,["D:2025-06-16"]),("May",1,["M:2025-05"]),("May",2,["M:2025-05"]),
 ("May 26",1,["D:2025-05-26"]),("the first five months of the year",1,["R:2025-01-01..2025-05-31"]),
 ("the second half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),("2025",1,["Y:2025"]),
 ("February",1,["M:2025-02"]),("next week",1,["W:2025-06-09"]),
 ("the Eid break",1,["R:2025-06-06..2025-06-09","P:D:2025-06-06"]),("Thursday",2,["D:2025-06-05"]),
 ("tomorrow",1,["D:2025-06-11"]),
 ("July 21 and 22",1,["R:2025-07-21..2025-07-22","D:2025-07-21","D:2025-07-22"]),
 ("May",4,["M:2025-05"]),("2031",1,["Y:2031"]),("last week",1,["W:2025-06-02"]),
 ("the third quarter",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("the end of the month",1,["MIN:2025-06","D:2025-06-30"])]
N['a03'] = [("Eid-el-Kabir",1),("Democracy Day",1),("APR 2029",1),("JUN 2033",1),("2033",2),("noon",1)]
X['a03'] = [("N1,957.4 billion",1),("41",1),("91-day",1),("182-day",1),("364-day",1),("Plot 1950",1)]

G['a04'] = [("Feb 2",1,["D:2026-02-02"]),("the week after next",1,["W:2026-02-16"]),
 ("Feb 17 and 18",1,["R:2026-02-17..2026-02-18","D:2026-02-17","D:2026-02-18"]),
 ("today",1,["D:2026-02-02"]),("Feb 16",1,["D:2026-02-16"]),("Saturday, Feb 14",1,["D:2026-02-14"]),
 ("a fortnight on Saturday",1,["D:2026-02-21"]),("Next week",1,["W:2026-02-02"]),
 ("Friday",1,["D:2026-01-30"]),("Friday",2,["D:2026-02-06"]),("March 1",1,["D:2026-03-01"]),
 ("Feb 12",1,["D:2026-02-12"]),
 ("Feb 16 to 18",1,["R:2026-02-16..2026-02-18","D:2026-02-16","D:2026-02-18"]),("2025",1,["Y:2025"]),
 ("last February",1,["M:2025-02"]),("a year earlier",1,["M:2024-02"]),("March 29",1,["D:2026-03-29"]),
 ("Oct 24",1,["D:2026-10-24"]),("the end of the month",1,["MIN:2026-02","D:2026-02-28"]),
 ("the March school holidays",1,["R:2026-03-14..2026-03-22","IN:2026-03-13..2026-03-23"]),
 ("March 14 to 22",1,["R:2026-03-14..2026-03-22","D:2026-03-14","D:2026-03-22"]),
 ("Saturday, March 21",1,["D:2026-03-21"]),("Good Friday",1,["D:2026-04-03"]),
 ("a long weekend",1,["R:2026-04-03..2026-04-05","P:D:2026-04-03"]),("April",1,["M:2026-04"]),
 ("Feb 13",1,["D:2026-02-13"])]
N['a04'] = [("Chinese New Year",1),("Lunar New Year's Eve",1),("2am",1),("the northern summer season",1),("Hari Raya Puasa",1)]
X['a04'] = [("2,026",1),("Terminal 2",1),("TR 1965",1),("three hours",1),("Gate B10",1)]

G['a05'] = [("May 30",1,["D:2025-05-30"]),("2025-26",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("Tuesday, June 10",1,["D:2025-06-10"]),("Thursday",1,["D:2025-05-29"]),
 ("Wednesday",1,["D:2025-05-28"]),("Saturday, June 7",1,["D:2025-06-07"]),
 ("Wednesday",2,["D:2025-05-28"]),("next week",1,["W:2025-06-02"]),
 ("the following day",1,["D:2025-06-11"]),("the following Monday",1,["D:2025-06-16"]),
 ("June 30",1,["D:2025-06-30"]),("the last day of the fiscal year",1,["D:2025-06-30"]),
 ("July 1",1,["D:2025-07-01"]),("FY25",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("last week",1,["W:2025-05-19"]),
 ("July-March",1,["R:2024-07-01..2025-03-31","M:2024-07","M:2025-03"]),("May 9",1,["D:2025-05-09"]),
 ("FY26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("this week",1,["W:2025-05-26"]),
 ("Monday",2,["D:2025-05-26"]),
 ("the first ten months of the fiscal year",1,["R:2024-07-01..2025-04-30"]),
 ("2024-25",1,["R:2024-07-01..2025-06-30","RY:2024..2025"]),("June last year",1,["M:2024-06"])]
N['a05'] = [("Eid ul Adha",1),("Eid ul Adha",2),("Youm-e-Takbeer",1),("the Eid holidays",1)]
X['a05'] = [("59",1),("Rs2,550 billion",1),("Rs1,000 billion",1),("Article 73",1),("14 days",1),("Rs391 billion",1)]

G['a06'] = [("Thursday 7 August",1,["D:2025-08-07"]),
 ("earlier this week",1,["W:2025-08-04","IN:2025-08-04..2025-08-06"]),("2022",1,["Y:2022"]),
 ("Tuesday",1,["D:2025-08-05"]),("Monday",1,["D:2025-08-04"]),("Today",1,["D:2025-08-05"]),
 ("Tuesday",2,["D:2025-08-05"]),("Tuesday 12 August",1,["D:2025-08-12"]),
 ("Friday 29 August",1,["D:2025-08-29"]),("mid-September",1,["MIN:2025-09"]),
 ("5 July",1,["D:2025-07-05"]),("this morning",1,["D:2025-08-07"]),
 ("Thursday 14 August",1,["D:2025-08-14"]),("late April",1,["MIN:2025-04"]),
 ("early June",1,["MIN:2025-06"]),("July",2,["M:2025-07"]),
 ("Over the summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("last year",1,["Y:2024"]),
 ("next week",1,["W:2025-08-11"]),
 ("the October week",1,["R:2025-10-11..2025-10-19","IN:2025-10-10..2025-10-20"]),
 ("13 to 17 October",1,["R:2025-10-13..2025-10-17","D:2025-10-13","D:2025-10-17"]),
 ("December",1,["M:2025-12"]),("next year",1,["Y:2026"]),("Tuesday 4 August 2026",1,["D:2026-08-04"]),
 ("August 2020",1,["M:2020-08"]),("the end of the month",1,["MIN:2025-08","D:2025-08-31"])]
N['a06'] = [("8am",1),("summer bank holiday",1)]
X['a06'] = [("S5",1),("S6",1),("National 5",1),("0345 279 1100",1)]

G['a07'] = [("Friday 20 February",1,["D:2026-02-20"]),("Sunday 1 March",1,["D:2026-03-01"]),
 ("today",1,["D:2026-02-20"]),("the opening weekend",1,["R:2026-02-28..2026-03-01"]),
 ("Thursday 26 February",1,["D:2026-02-26"]),("Friday 27 February",1,["D:2026-02-27"]),
 ("Monday",1,["D:2026-02-23"]),("A week on Sunday",1,["D:2026-03-01"]),("Monday",2,["D:2026-02-16"]),
 ("last March",1,["M:2025-03"]),("the 1930s",1,["DEC:1930","RY:1930..1939"]),
 ("1984-85",1,["RY:1984..1985"]),("January 2008",1,["M:2008-01"]),
 ("21 October 1966",1,["D:1966-10-21"]),("September 2024",1,["M:2024-09"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("the Easter holidays",1,["R:2026-03-28..2026-04-12","IN:2026-03-27..2026-04-13"]),
 ("30 March to 10 April",1,["R:2026-03-30..2026-04-10","D:2026-03-30","D:2026-04-10"]),
 ("Thursday 7 May",1,["D:2026-05-07"]),("2018",1,["Y:2018"]),("the opening day",1,["D:2026-03-01"])]
N['a07'] = [("St David's Day",1),("9am",1),("half-term",1),("Christmas Day",1),("Boxing Day",1)]
X['a07'] = [("eight years",1),("1,950",1),("029 2039 7951",1),("83",1)]

G['a08'] = [("Jan. 15",1,["D:2026-01-15"]),("June 30",1,["D:2026-06-30"]),("Wednesday",1,["D:2026-01-14"]),
 ("June 30",2,["D:2026-06-30"]),
 ("Jan. 1 and March 31",1,["R:2026-01-01..2026-03-31","D:2026-01-01","D:2026-03-31"]),
 ("July 1",1,["D:2026-07-01"]),("later this month",1,["IN:2026-01-15..2026-01-31","M:2026-01"]),
 ("Last year",1,["Y:2025"]),("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("Next week",1,["W:2026-01-12"]),("Jan. 8",1,["D:2026-01-08"]),
 ("three weeks from Friday",1,["D:2026-02-06"]),("February 2024",1,["M:2024-02"]),
 ("next month",1,["M:2026-02"]),("June 24",1,["D:2026-06-24"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),("March",2,["M:2026-03"]),
 ("this fall",1,["S:autumn-2026","R:2026-09-01..2026-11-30"])]
N['a08'] = [("Canada Day",1),("in recent years",1),("Fête nationale",1),("September",1)]
X['a08'] = [("one month",1),("$1,995",1),("34",1),("1995 Saint-Laurent Blvd.",1),("Bill 31",1),("514-555-0143",1)]

G['a09'] = [("May 16",1,["D:2026-05-16"]),
 ("Memorial Day weekend",1,["R:2026-05-23..2026-05-25","P:D:2026-05-25"]),
 ("Friday, May 22",1,["D:2026-05-22"]),("May 25",1,["D:2026-05-25"]),("Friday",2,["D:2026-05-15"]),
 ("earlier this week",1,["W:2026-05-11","IN:2026-05-11..2026-05-15"]),("Monday",1,["D:2026-05-11"]),
 ("last year",1,["Y:2025"]),("this year",1,["Y:2026"]),("Wednesday",1,["D:2026-05-13"]),
 ("May 23",1,["D:2026-05-23"]),("24",1,["D:2026-05-24"]),("the final day",1,["D:2026-05-25"]),
 ("Thursday",1,["D:2026-05-21"]),("the eve of the gala",1,["D:2026-05-21"]),
 ("tomorrow",1,["D:2026-05-17"]),("1998",1,["Y:1998"]),("2020",1,["Y:2020"]),
 ("the 2010s",1,["DEC:2010","RY:2010..2019"]),("this year",2,["Y:2026"]),
 ("this spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),("April",1,["M:2026-04"]),
 ("over the summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("June 4",1,["D:2026-06-04"]),
 ("Aug. 27",1,["D:2026-08-27"]),("next year",1,["Y:2027"]),("Aug. 1",1,["D:2026-08-01"]),
 ("Jan. 15",1,["D:2027-01-15"]),("the Friday",1,["D:2026-05-22"]),
 ("the holiday weekend",2,["R:2026-05-23..2026-05-25","P:D:2026-05-25"]),
 ("Tuesday",1,["D:2026-05-19"])]
N['a09'] = [("Memorial Day",2),("the holiday weekend",1),("10 a.m.",1),("every Thursday",1)]
X['a09'] = [("two hours",1),("47",1),("700 W. Main St.",1),("Screen 3",1),("I-84",1),("208-555-0117",1)]

G['a10'] = [("Oct. 22",1,["D:2025-10-22"]),("Tuesday",1,["D:2025-10-21"]),("Nov. 17",1,["D:2025-11-17"]),
 ("Sept. 9",1,["D:2025-09-09"]),("2019",1,["Y:2019"]),("Dec. 5",1,["D:2025-12-05"]),
 ("next Tuesday",1,["D:2025-10-28"]),("March 2024",1,["M:2024-03"]),
 ("the summer of 2023",1,["S:summer-2023","R:2023-06-01..2023-08-31"]),
 ("last spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"]),("Tuesday",3,["D:2025-10-21"]),
 ("earlier this month",1,["M:2025-10","IN:2025-10-01..2025-10-21"]),
 ("last Thursday",1,["D:2025-10-16"]),("Nov. 4",1,["D:2025-11-04"]),
 ("Election Day",1,["D:2025-11-04"]),("Nov. 17",2,["D:2025-11-17"]),
 ("the following Monday",1,["D:2025-11-24"]),("Thanksgiving",1,["D:2025-11-27"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("2031",1,["Y:2031"]),("Oct. 31",1,["D:2025-10-31"])]
N['a10'] = []
X['a10'] = [("45 days",1),("56",1),("Courtroom 11A",1),("24AP-612",1),("State Route 665",1),("614-555-0176",1)]

G['a11'] = [("Dec. 8",1,["D:2025-12-08"]),("Thursday",1,["D:2025-12-11"]),("Saturday",1,["D:2025-12-06"]),
 ("Sunday",1,["D:2025-12-07"]),("this morning",1,["D:2025-12-08"]),("Friday",1,["D:2025-12-12"]),
 ("Thursday",2,["D:2025-12-11"]),("the following Monday",1,["D:2025-12-15"]),
 ("the weekend",1,["R:2025-12-13..2025-12-14"]),("Tomorrow",1,["D:2025-12-08"]),
 ("Sunday",2,["D:2025-12-07"]),("the second half of 2026",1,["H:2026-H2"]),("August",1,["M:2025-08"]),
 ("Dec. 19",1,["D:2025-12-19"]),("January",1,["M:2026-01"]),
 ("the week after next",1,["W:2025-12-22"]),("Christmas",1,["D:2025-12-25"]),
 ("Jan. 5",1,["D:2026-01-05"]),("the first quarter",1,["R:2026-01-01..2026-03-31","Q:2026-Q1"]),
 ("the end of 2026",1,["D:2026-12-31","M:2026-12","Y:2026"]),("Thursday",3,["D:2025-12-11"]),
 ("March 2024",1,["M:2024-03"])]
N['a11'] = [("7:02 p.m.",1),("0002 GMT",1),("5 p.m.",1)]
X['a11'] = [("two-hour",1),("Launch Complex 46",1),("45th",1),("52",1),("2,030-kilogram",1),("Flight 3",1),("six weeks",1),("321-555-0182",1),("three days",1),("$1.9 million",1)]

G['a12'] = [("Sunday, Sept. 21, 2025",1,["D:2025-09-21"]),("Tuesday",1,["D:2025-09-23"]),
 ("Monday",1,["D:2025-09-22"]),("a week from Thursday",1,["D:2025-10-02"]),
 ("Wednesday",1,["D:2025-09-24"]),("the second day of the holiday",1,["D:2025-09-24"]),
 ("the eve of Yom Kippur",1,["D:2025-10-01"]),("last week",1,["W:2025-09-15","W:2025-09-08"]),
 ("the coming week",1,["W:2025-09-22"]),("Tomorrow",1,["D:2025-09-19"]),
 ("Thursday",2,["D:2025-09-18"]),("Saturday",1,["D:2025-09-20"]),("Last year",1,["Y:2024"]),
 ("early October",1,["MIN:2024-10"]),("Oct. 6",1,["D:2025-10-06"]),("Oct. 15",1,["D:2025-10-15"]),
 ("next year",1,["Y:2026"]),("Sept. 11",1,["D:2026-09-11"]),("Oct. 13",1,["D:2025-10-13"]),
 ("Aug. 25",1,["D:2025-08-25"]),("January",1,["M:2026-01"]),("2023",1,["Y:2023"])]
N['a12'] = [("Rosh Hashanah",1),("the Jewish New Year",1),("Yom Kippur",1),("the new year",1),("5786",1),("Sukkot",1),("the High Holy Days",1),("Simchat Torah",1),("Indigenous Peoples' Day",1),("High Holiday",1)]
X['a12'] = [("three hours",1),("three",2),("215-555-0190",1),("440 N. Broad St.",1),("Grade 6",1)]

G['a13'] = [("Nov. 10",1,["D:2025-11-10"]),("Sunday",1,["D:2025-11-09"]),("today",1,["D:2025-11-10"]),
 ("Oct. 1",1,["D:2025-10-01"]),("August",1,["M:2025-08"]),("July",1,["M:2025-07"]),
 ("over the summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("Friday",1,["D:2025-11-07"]),
 ("next week",1,["W:2025-11-10"]),("December",1,["M:2025-12"]),("this morning",1,["D:2025-11-10"]),
 ("this fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),
 ("the 2025-26 marketing year",1,["R:2025-09-01..2026-08-31","RY:2025..2026"]),
 ("Sept. 1",1,["D:2025-09-01"]),("Friday",2,["D:2025-11-14"]),("May",1,["M:2025-05"]),
 ("last month",1,["M:2025-10"]),("2024",1,["Y:2024"]),
 ("the end of next month",1,["MIN:2025-12","D:2025-12-31"]),("March",1,["M:2026-03"]),
 ("tomorrow",1,["D:2025-11-11"]),("Thanksgiving",1,["D:2025-11-27"]),("Dec. 31",1,["D:2025-12-31"])]
N['a13'] = [("Veterans Day",1)]
X['a13'] = [("68",1),("1,995 acres",1),("No. 2",1),("Highway 30",1),("515-555-0163",1)]

G['a14'] = [("Wednesday, 12 March 2025",1,["D:2025-03-12"]),("Friday, 14 March",1,["D:2025-03-14"]),
 ("Thursday",1,["D:2025-03-13"]),("Saturday",1,["D:2025-03-15"]),("a week later",1,["D:2025-03-21"]),
 ("Friday, 21 March",1,["D:2025-03-21"]),
 ("the long weekend",1,["R:2025-03-21..2025-03-23","P:D:2025-03-21"]),("28 March",1,["D:2025-03-28"]),
 ("8 April",1,["D:2025-04-08"]),
 ("the school holidays",1,["R:2025-03-29..2025-04-07","IN:2025-03-28..2025-04-08"]),
 ("Last year",1,["Y:2024"]),("this year",1,["Y:2025"]),("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("Monday",1,["D:2025-03-10"]),("Last year",2,["Y:2024"]),("25 March 2024",1,["D:2024-03-25"]),
 ("this autumn",1,["R:2025-03-01..2025-05-31","S:spring-2025"]),
 ("later this week",1,["IN:2025-03-12..2025-03-16","W:2025-03-10"]),("Saturday",2,["D:2025-03-15"]),
 ("16 November 1860",1,["D:1860-11-16"]),("Friday",3,["D:2025-03-14"]),
 ("18 April",1,["D:2025-04-18"]),("October",1,["M:2025-10"]),("next month",1,["M:2025-04"])]
N['a14'] = [("Holi",1),("Holika Dahan",1),("Human Rights Day",1),("6am",1),("Holi",2),("1860",2),("Good Friday",1),("Diwali",1)]
X['a14'] = [("82",1),("N2",1),("M4",1),("031 555 0147",1),("Gate 2",1)]

G['a15'] = [("May 28",1,["D:2026-05-28"]),("the six months to March 31",1,["R:2025-10-01..2026-03-31"]),
 ("a year earlier",1,["R:2024-10-01..2025-03-31"]),("today",1,["D:2026-05-28"]),
 ("June 3",1,["D:2026-06-03"]),("Thursday, June 4",1,["D:2026-06-04"]),("June 26",1,["D:2026-06-26"]),
 ("FY2025/26",1,["R:2025-04-01..2026-03-31","RY:2025..2026"]),
 ("the half to September 30",1,["R:2025-04-01..2025-09-30"]),("March 31",2,["D:2026-03-31"]),
 ("today",2,["D:2026-05-28"]),("yesterday",1,["D:2026-05-27"]),("Monday",1,["D:2026-06-01"]),
 ("Sunday",1,["D:2026-05-31"]),("later this year",1,["IN:2026-05-19..2026-12-31","Y:2026"]),
 ("2023",1,["Y:2023"]),("May 19",1,["D:2026-05-19"]),
 ("the first quarter",1,["R:2026-04-01..2026-06-30","Q:2026-Q2"]),
 ("the new financial year",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("late July",1,["MIN:2026-07"]),("since January",1,["M:2026-01","R:2026-01-01..2026-05-28"]),
 ("2027",1,["Y:2027"]),("the second half of 2027",1,["H:2027-H2"]),("Aug 9",1,["D:2026-08-09"]),
 ("a Sunday",1,["D:2026-08-09"]),("Aug 10",1,["D:2026-08-10"])]
N['a15'] = [("5pm",1),("Hari Raya Haji",1),("Vesak Day",1),("National Day",1)]
X['a15'] = [("49",1),("S$2,025 million",1),("Tuas South Avenue 2",1),("6221 2026",1)]

G['a16'] = [("Tuesday, 24 March 2026",1,["D:2026-03-24"]),("next week",1,["W:2026-03-30"]),
 ("October",1,["M:2026-10"]),("today",1,["D:2026-03-24"]),("2025",1,["Y:2025"]),
 ("last winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),
 ("2025/26 financial year",1,["R:2025-04-01..2026-03-31","RY:2025..2026"]),
 ("31 March",1,["D:2026-03-31"]),("this winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("Next week",1,["W:2026-03-23"]),("Friday",1,["D:2026-03-20"]),
 ("the week after next",1,["W:2026-04-06"]),("June",1,["M:2026-06"]),("Saturday",1,["D:2026-03-21"]),
 ("Monday",1,["D:2026-03-23"]),
 ("3 and 6 April",1,["R:2026-04-03..2026-04-06","D:2026-04-03","D:2026-04-06"]),
 ("Monday, 27 April",1,["D:2026-04-27"]),("the year from 1 April",1,["R:2026-04-01..2027-03-31"]),
 ("the end of next month",1,["MIN:2026-04","D:2026-04-30"]),("mid-April",1,["MIN:2026-04"]),
 ("May",1,["M:2026-05"])]
N['a16'] = [("Human Rights Day",1),("Good Friday",1),("Family Day",1),("Freedom Day",1)]
X['a16'] = [("nine days",1),("Berth 601",1),("61",1),("R1 995",1),("N7",1),("021 555 0136",1)]

G['a17'] = [("Wednesday 12 November",1,["D:2025-11-12"]),("2026",1,["Y:2026"]),
 ("Friday 13 February",1,["D:2026-02-13"]),("a week after Waitangi Day",1,["D:2026-02-13"]),
 ("this morning",1,["D:2025-11-12"]),("Saturday 30 May",1,["D:2026-05-30"]),
 ("the King's Birthday weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-06-01"]),
 ("Saturday 20 June",1,["D:2026-06-20"]),
 ("the Easter weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("a Saturday",1,["D:2026-04-25"]),("next year",1,["Y:2026"]),("Tomorrow",1,["D:2025-11-07"]),
 ("Thursday",1,["D:2025-11-06"]),("Monday 5 January",1,["D:2026-01-05"]),
 ("31 January",1,["D:2026-01-31"]),("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("March",1,["M:2026-03"]),("2025",1,["Y:2025"]),("21 June",1,["D:2025-06-21"]),("2019",1,["Y:2019"]),
 ("the week after next",1,["W:2025-11-24"]),("Christmas",1,["D:2025-12-25"]),
 ("Friday 17 April",1,["D:2026-04-17"]),
 ("the school holidays",1,["R:2026-04-03..2026-04-19","IN:2026-04-02..2026-04-20"]),
 ("3 to 19 April",1,["R:2026-04-03..2026-04-19","D:2026-04-03","D:2026-04-19"]),("2024",1,["Y:2024"])]
N['a17'] = [("Anzac Day",1),("Friday",2)]
X['a17'] = [("Round 1",1),("Round 6",1),("44",1),("27-24",1),("nine",1),("0800 426 732",1),("No. 10",1)]

G['a18'] = [("Dec. 19",1,["D:2025-12-19"]),("Thursday",1,["D:2025-12-18"]),("Jan. 12",1,["D:2026-01-12"]),
 ("the week of Jan. 5",1,["W:2026-01-05","P:D:2026-01-05"]),
 ("the end of the first quarter",1,["D:2026-03-31"]),("April",1,["M:2025-04"]),
 ("late 2024",1,["YIN:2024","IN:2024-09-01..2024-12-31"]),("March 2023",1,["M:2023-03"]),
 ("Yesterday",1,["D:2025-12-15"]),("next month",1,["M:2026-01"]),("Tuesday",1,["D:2025-12-16"]),
 ("last week",1,["W:2025-12-08"]),("over the winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("Christmas Eve",1,["D:2025-12-24"]),("Dec. 26",1,["D:2025-12-26"]),
 ("New Year's Day",1,["D:2026-01-01"]),("2024",2,["Y:2024"]),
 ("the fourth quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),("mid-January",1,["MIN:2026-01"]),
 ("the fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"])]
N['a18'] = [("2023-2025",1),("noon",1)]
X['a18'] = [("Prairie Hauler 2500",1),("1-888-555-0199",1),("25V-871",1),("I-94",1)]

G['a19'] = [("Wednesday 30 July",1,["D:2025-07-30"]),
 ("the six months to 30 June",1,["R:2025-01-01..2025-06-30","H:2025-H1"]),
 ("today",1,["D:2025-07-30"]),("Friday 26 September",1,["D:2025-09-26"]),
 ("Friday 15 August",1,["D:2025-08-15"]),("Thursday 14 August",1,["D:2025-08-14"]),
 ("a year earlier",1,["R:2024-01-01..2024-06-30","H:2024-H1"]),("24 January",1,["D:2025-01-24"]),
 ("the second half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),
 ("This summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("January",2,["M:2025-01"]),
 ("Monday",1,["D:2025-07-28"]),("Friday week",1,["D:2025-08-08"]),
 ("earlier this week",1,["W:2025-07-28","IN:2025-07-28..2025-07-29"]),
 ("yesterday",1,["D:2025-07-29"]),("2008",1,["Y:2008"]),("6 April 2027",1,["D:2027-04-06"]),
 ("the end of June",1,["MIN:2025-06","D:2025-06-30"]),("5 March",1,["D:2026-03-05"]),
 ("Friday",4,["D:2025-08-01"]),("mid-October",1,["MIN:2025-10"])]
N['a19'] = []
X['a19'] = [("54",1),("2,031p",1),("IFRS 17",1),("0131 555 0148",1)]

G['a20'] = [("June 12",1,["D:2026-06-12"]),("today",1,["D:2026-06-12"]),("Oct. 5",1,["D:2026-10-05"]),
 ("November 2022",1,["M:2022-11"]),("the first Monday in October",1,["D:2026-10-05"]),
 ("Oct. 3, 2022",1,["D:2022-10-03"]),("Sept. 2",1,["D:2026-09-02"]),
 ("Sept. 27 and 28",1,["R:2026-09-27..2026-09-28","D:2026-09-27","D:2026-09-28"]),
 ("Next week",1,["W:2026-06-08"]),("September",1,["M:2026-09"]),("June 2",1,["D:2026-06-02"]),
 ("the day after National Patriots' Day",1,["D:2026-05-19"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),("March",1,["M:2026-03"]),
 ("Wednesday, June 24",1,["D:2026-06-24"]),("a week later",1,["D:2026-07-01"]),
 ("the summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("Sept. 7",1,["D:2026-09-07"]),
 ("late November",1,["MIN:2026-11"]),("the fall",1,["S:autumn-2026","R:2026-09-01..2026-11-30"]),
 ("June 24",2,["D:2026-06-24"]),("Aug. 30",1,["D:2026-08-30"]),("2003",1,["Y:2003"]),
 ("yesterday",1,["D:2026-06-11"])]
N['a20'] = [("spring sitting",1),("Fête nationale",1),("Canada Day",1),("Labour Day",1),("seven days a week",1)]
X['a20'] = [("33 days",1),("two weeks",1),("Bill 112",1),("1045 Rue des Parlementaires",1),("418-555-0120",1),("71",1)]

G['a21'] = [("April 10",1,["D:2025-04-10"]),("Wednesday",1,["D:2025-04-09"]),("mid-April",1,["MIN:2025-04"]),
 ("the end of May",1,["MIN:2025-05","D:2025-05-31"]),
 ("March 31 to April 2",1,["R:2025-03-31..2025-04-02","D:2025-03-31","D:2025-04-02"]),
 ("last week",1,["W:2025-03-31"]),("last year",1,["Y:2024"]),("Next month",1,["M:2025-04"]),
 ("March 28",1,["D:2025-03-28"]),("November",1,["M:2024-11"]),("last year",2,["Y:2024"]),
 ("Tuesday",1,["D:2025-04-08"]),("Monday",1,["D:2025-04-14"]),("May 1",1,["D:2025-05-01"]),
 ("three weeks from Friday",1,["D:2025-05-02"]),
 ("July-February",1,["R:2024-07-01..2025-02-28","M:2024-07","M:2025-02"]),
 ("the current fiscal year",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),("next month",1,["M:2025-05"]),
 ("2023",1,["Y:2023"]),("2024",1,["Y:2024"]),("the end of June",1,["MIN:2025-06","D:2025-06-30"])]
N['a21'] = [("Eid-ul-Fitr",1),("Labour Day",1)]
X['a21'] = [("Rs2,200",1),("Rs3,900",1),("57",1),("N-5",1),("Section 144",1),("0800-15000",1)]

G['a22'] = [("March 28",1,["D:2026-03-28"]),("2026",1,["Y:2026"]),("a week from Tuesday",1,["D:2026-04-07"]),
 ("Friday, April 10",1,["D:2026-04-10"]),("Friday",2,["D:2026-03-27"]),("Monday",1,["D:2026-03-30"]),
 ("the week after next",1,["W:2026-04-06"]),("Memorial Day",1,["D:2026-05-25"]),
 ("the Fourth of July",1,["D:2026-07-04"]),("Labor Day",1,["D:2026-09-07"]),
 ("Tomorrow",1,["D:2026-03-27"]),("Wednesday",1,["D:2026-04-01"]),("Thursday",1,["D:2026-03-26"]),
 ("June 15 to 18",1,["R:2026-06-15..2026-06-18","D:2026-06-15","D:2026-06-18"]),
 ("over the summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),
 ("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("this spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),("2025",1,["Y:2025"]),
 ("the home opener",1,["D:2026-04-10"]),("June",2,["M:2026-06"])]
N['a22'] = [("10 a.m.",1),("Sunday",1),("1 p.m.",1),("Opening Night",1)]
X['a22'] = [("No. 1",1),("22",1),("1927 N. Havana St.",1),("7-4",1),("I-90",1),("509-555-0134",1),("30",1)]

G['a23'] = [("October 6",1,["D:2026-10-06"]),("2026",1,["Y:2026"]),("yesterday",1,["D:2026-10-05"]),
 ("last year",1,["Y:2025"]),
 ("June 16 to July 31",1,["R:2026-06-16..2026-07-31","D:2026-06-16","D:2026-07-31"]),
 ("last week",1,["W:2026-09-28"]),("Thursday",1,["D:2026-10-01"]),("Tomorrow",1,["D:2026-10-05"]),
 ("Sunday",1,["D:2026-10-04"]),("October 19",1,["D:2026-10-19"]),
 ("a fortnight on Saturday",1,["D:2026-10-24"]),("three weeks from Friday",1,["D:2026-10-30"]),
 ("August 4",1,["D:2026-08-04"]),("2026/2027",1,["RY:2026..2027"]),
 ("the end of October",1,["MIN:2026-10","D:2026-10-31"]),("September 14",1,["D:2026-09-14"]),
 ("November and December",1,["R:2026-11-01..2026-12-31","M:2026-11","M:2026-12"]),
 ("October 23",1,["D:2026-10-23"]),("July",2,["M:2026-07"]),("next week",1,["W:2026-10-12"]),
 ("mid-November",1,["MIN:2026-11"])]
N['a23'] = [("Independence Day",1),("Monday to Friday",1)]
X['a23'] = [("SS3",1),("58",1),("two weeks",1),("N2,030",1),("0803 555 0143",1)]

G['a24'] = [("Tuesday 7 April",1,["D:2026-04-07"]),("yesterday",1,["D:2026-04-06"]),
 ("the 2026-27 tax year",1,["R:2026-04-06..2027-04-05","RY:2026..2027"]),
 ("the new tax year",1,["R:2026-04-06..2027-04-05","RY:2026..2027"]),
 ("Easter Monday",1,["D:2026-04-06"]),("3 April",1,["D:2026-04-03"]),
 ("Easter Monday",2,["D:2026-04-06"]),("Thursday 2 April",1,["D:2026-04-02"]),
 ("Next week",1,["W:2026-04-06"]),("1 April",1,["D:2026-04-01"]),("Thursday",2,["D:2026-04-02"]),
 ("last autumn",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),("26 November",1,["D:2025-11-26"]),
 ("next month",1,["M:2026-05"]),("6 April 1960",1,["D:1960-04-06"]),
 ("between 2026 and 2028",1,["RY:2026..2028"]),("early July",1,["MIN:2026-07"]),
 ("the end of next month",1,["MIN:2026-05","D:2026-05-31"]),("November",2,["M:2026-11"]),
 ("the Easter weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("tomorrow",1,["D:2026-04-08"]),("a fortnight ago",1,["D:2026-03-24","W:2026-03-23"]),
 ("24 March",1,["D:2026-03-24"]),("21 April",1,["D:2026-04-21"])]
N['a24'] = [("Good Friday",1),("the qualifying week",1),("every four weeks",1)]
X['a24'] = [("£241.30",1),("£230.25",1),("74",1),("SA1",1),("66",1),("67",1),("three months",1),("0800 555 0177",1)]

G['a25'] = [("Feb. 13",1,["D:2026-02-13"]),("a week from Tuesday",1,["D:2026-02-24"]),
 ("Thursday",1,["D:2026-02-12"]),("Monday",1,["D:2026-02-16"]),("Tuesday",2,["D:2026-02-17"]),
 ("the weekend",1,["R:2026-02-14..2026-02-15"]),("Next week",1,["W:2026-02-16"]),
 ("the week after",1,["W:2026-02-23"]),("Wednesday",1,["D:2026-02-11"]),
 ("2027 through 2056",1,["RY:2027..2056"]),("March 10",1,["D:2026-03-10"]),
 ("last week",1,["W:2026-02-02"]),("Aug. 29, 2021",1,["D:2021-08-29"]),("2005",1,["Y:2005"]),
 ("2024",1,["Y:2024"]),("December",1,["M:2025-12"]),
 ("hurricane season",1,["R:2026-06-01..2026-11-30"]),("June 1",1,["D:2026-06-01"]),
 ("November 2024",1,["M:2024-11"]),("a year ago",1,["Y:2025"]),("Jan. 6",1,["D:2026-01-06"]),
 ("this year",1,["Y:2026"]),("Ash Wednesday",1,["D:2026-02-18"]),("that day",1,["D:2026-02-18"]),
 ("Feb. 16",1,["D:2026-02-16"]),("the day before pricing",1,["D:2026-02-23"]),
 ("Saturday",1,["D:2026-02-14"])]
N['a25'] = [("Carnival",1),("Lundi Gras",1),("Mardi Gras",1),("Carnival",2),("Carnival season",1),("Twelfth Night",1),("6 a.m.",1)]
X['a25'] = [("1300 Perdido St.",1),("Series 2026A",1),("three years",1),("504-555-0161",1),("I-10",1)]
