# Hand annotation for probe p17 (invented wire copy published 2025-01 .. 2026-12 in everyday beats: a Seattle software
# firm's June fiscal year ('its fiscal second quarter', 'the three months ended Dec. 31', 'Q3', 'fiscal 2027', 'late
# 2027', '2019-21'); an Alexandria fraud trial moved to 'the week of April 20' ('Wed., March 25', 'next Thursday',
# Presidents Day, Memorial Day); festive football fixtures in Manchester ('Saturday's 3-1 win', 'the weekend of 10-11
# January', 'the new year'); Iowa's early voting before the Nov. 3 election (vote counts '4,812 to 4,799', '3-2');
# a Phoenix heat warning with a forecast by abbreviated weekdays ('Tue.', 'Wed.') and the monsoon season; French rail
# strikes over the May bridges ('from 5 to 11 May', 'the Ascension weekend'); a heater recall with date codes ('2309'
# through '2510') and model numbers; the Fed's meeting calendar ('March 17-18', 'the June meeting', 'the 12 months to
# February'); an Edinburgh obituary by years and decades; VE Day 80 in Dover ('Eighty years ago on Thursday'); Eid
# al-Fitr in London by Umm al-Qura or a British sighting; Diwali and the Muhurat session in Mumbai ('Q2 FY26'); Passover
# 5786 and both Easters in Jerusalem; Hanukkah 2025 and 2026 in Chicago ('the fifth night'); Leeds's 2026-27 term
# dates; a Charlotte Sunday paper before Tax Day; World Cup fixtures in Kansas City in month-first numerals ('6/16');
# a Sydney airline's July-June year in a southern summer; a Toronto Sunday paper before Labour Day; the RBI's April-March
# year ('Q3 FY26', 'the first half of FY27'); a Miami hurricane outlook ('33 years ago'); Germany's snap election
# ('Sunday's', '394-207'); a Belgian strike day and the autumn holidays; a Tokyo carmaker's April-March year named by
# the year it begins; Challenger 'Forty years ago today'), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the day 'around' names, the day a period is named 'ended' on, the month a 12-month period runs to); such a claim is
#   not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '5 p.m.', '12:01 a.m.', 'noon', 'from 7 a.m. to
#   8 p.m.'; names with years 'the 2003 New Year Honours', 'D-Day 80', 'Samvat 2082', 'the 2025 budget', 'the 2026
#   outlook'; a feast's name beside its date 'VE Day', 'May Day', 'Labour Day', 'Eid al-Fitr', 'Dhanteras', 'Bhai
#   Dooj', 'Guru Nanak Jayanti', 'Rosenmontag', 'Easter Monday', 'Holocaust Remembrance Day', 'the early May bank
#   holiday', 'The seventh day of Passover'; rules and habits 'June 30' of a fiscal year's end, 'the last Thursday of
#   January', 'Sept. 10' as a season's statistical peak, 'between Thanksgiving and mid-January' of usual sales, 'this
#   date' every year; vague spans 'the spring', 'the summer', 'the holiday', 'the festival' before its day is known,
#   'its busiest week in years', 'the busiest fortnight of the year', 'the next midterm', 'the same day', '164 B.C.').
# X: decoys, not dates (scores '3-1', '2-2', '1-1', '4-0', '1-0', formations '4-4-2', vote counts '10-2', '3-2', '6-0',
#   '7-2', '394-207', '1,612-138', '4,812 to 4,799', ranges of numbers '3.50% to 3.75%', '13 to 19', '3 to 5', model,
#   code and flight numbers 'CX-1200', 'HH-1500', 'HH-2023', 'GT-2000', 'DS200', 'A321XLR', '737-800', 'Boeing 737',
#   'A220', 'WC-130J', 'STS-51-L', 'SN 2907', 'SX1921', '6201' (a TGV), '2082-M', recall date codes '2309' and '2510',
#   addresses '1801', '1907', '310', '82-92', '201 E. Randolph St.', '11691 S.W. 17th St.', 'Boulevard Anspach 1', a
#   Scottish flat '2/1', roads and lines 'Interstate 10', 'I-435', 'Highway 401', 'A20', 'State Road 405', 'Line 13',
#   'Line 1', 'Line 3', 'Route 1', 'Bus 151', places 'Gate 19', 'Gate 4', 'Berth 5', 'Terminal 2', 'Terminal 3', 'Pad
#   39B', 'G14' (a room), '14 Stations', 'Ninth Station', forms, pages and sections '4868' (a form), 'Form D-400', '1099-K',
#   'Publication 505', 'page 19', 'page 4', 'page 7', 'page 21', 'Document 212', 'Section 2', 'Article 39', 'No.
#   1:25-cr-00219', 'Key Stage 2', 'Year 6', 'Year 11', 'No. 9', 'Nifty 50', 'Category 5', phone lines
#   '800-555-2024', '602-534-1995', '312-346-6700', '416-393-2025', '24/7', '24x7', a price '7.12', counts that look like
#   years '1,987', '2,019', '1,998', '1,882', '2,026', '1,954', '1,945', '1,949', '2,025', '1,447', ages, durations
#   'seven days', '48 hours', 'a week', 'six weeks', 'a decade', '32 months', '73 seconds', comparisons 'a year later
#   than planned', 'two days later', 'a week later', 'a day later', 'a day earlier', 'less than two weeks later', sets
#   'every Thursday', 'Saturdays', 'Tuesday' in 'a normal Tuesday', and 'one day' used idiomatically ('One day they'll let us build the
#   big ones', 'One day at a time')); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p16 (bare weekdays by the verb's tense; 'next <weekday>' the nearest such day after publication,
#   'next Tuesday' said on a Tuesday a week on; anaphora by the narrative's focus; fiscal periods by the stated
#   year-end, a fiscal quarter that is a calendar quarter Q: with R:; 'a year earlier' the same period a year back (and
#   Y:); holidays on the day observed in the story's country and calendar; southern seasons R: plus the northern label;
#   hyphenated, 'and', 'through' and 'from X to Y' ranges R: with both ends as D: (years RY: with both ends as Y:);
#   holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and 'last week' both weeks
#   before; 'the week of <date>' W: (P:D:); numeric dates in the newsroom's order (month-first in the US stories);
#   'N days before X' a single day; school holidays and breaks R: with IN: a day wider; decades DEC: and RY:, early ones
#   IN: of that half; 'the end of <year>' D:, M:, Y:; 'early 2026' YIN: and IN: of its first four months, 'late 2027'
#   YIN: and IN: of its second half; 'mid-March', 'late June', 'early May' MIN:; 'earlier this month' M: and IN: to the
#   day before publication; 'later this month' IN: to the month's end and M:; 'last <month>' the latest such month
#   before the publication month; 'since X' D: or M: of the start with R: from it to publication, a year alone Y:;
#   'N years ago' Y:, 'Forty years ago today' D: and Y:, 'Eighty years ago on Thursday' D: of the coming Thursday's date
#   eighty years back and Y:; Hanukkah R: of its eight days, or from the first evening; 'the first night' and 'the fifth
#   night' of Hanukkah D: of their evenings; Passover in Israel R: of its seven days, or from the evening before).
G = {}
N = {}
X = {}
G['a01'] = [("Jan. 29",1,["D:2026-01-29"]),("Wednesday",1,["D:2026-01-28"]),
 ("its fiscal second quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the three months ended Dec. 31",1,["R:2025-10-01..2025-12-31","Q:2025-Q4","P:D:2025-12-31"]),
 ("the week before Christmas",1,["R:2025-12-18..2025-12-24","W:2025-12-15"]),
 ("a year earlier",1,["R:2024-10-01..2024-12-31","Q:2024-Q4","Y:2024"]),
 ("fiscal 2026",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("Wednesday",2,["D:2026-01-28"]),
 ("last April",1,["M:2025-04"]),("May",1,["M:2025-05"]),
 ("the third quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),
 ("Q3",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("2019-21",1,["RY:2019..2021","Y:2019","Y:2021"]),
 ("mid-March",1,["MIN:2026-03"]),("March 1",1,["D:2026-03-01"]),
 ("late 2027",1,["YIN:2027","IN:2027-07-01..2027-12-31"]),
 ("the first half of next year",1,["H:2027-H1","P:Y:2027"]),
 ("fiscal 2027",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("July 1",1,["D:2026-07-01"]),
 ("last January",1,["M:2025-01"]),("earlier this month",1,["M:2026-01","IN:2026-01-01..2026-01-28"]),
 ("Nov. 4",1,["D:2026-11-04"]),
 ("the first week of June",1,["W:2026-06-01","IN:2026-06-01..2026-06-07"]),
 ("the fiscal third quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),
 ("the week of April 27",1,["W:2026-04-27","P:D:2026-04-27"])]
N['a01'] = [("June 30",1),("5 p.m.",1)]
X['a01'] = [("a year later than planned",1),("24/7",1),("CX-1200",1),("two years",1),("2,019",1),("1801",1)]

G['a02'] = [("Feb. 24",1,["D:2026-02-24"]),("Monday",1,["D:2026-02-23"]),
 ("the week of April 20",1,["W:2026-04-20","P:D:2026-04-20"]),("last week",1,["W:2026-02-16"]),
 ("March 9",1,["D:2026-03-09"]),("between 2019 and 2022",1,["RY:2019..2022","Y:2019","Y:2022"]),
 ("Sept. 30, 2025",1,["D:2025-09-30"]),("Wed., March 25",1,["D:2026-03-25"]),
 ("Monday, April 20",1,["D:2026-04-20"]),("Friday, March 13",1,["D:2026-03-13"]),
 ("Thursday, April 23",1,["D:2026-04-23"]),("Memorial Day",1,["D:2026-05-25"]),
 ("next Thursday",1,["D:2026-02-26"]),
 ("earlier this month",1,["M:2026-02","IN:2026-02-01..2026-02-23"]),
 ("last spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"]),("2020",1,["Y:2020"]),
 ("Feb. 16",1,["D:2026-02-16"]),
 ("Feb. 12 and 13",1,["R:2026-02-12..2026-02-13","D:2026-02-12","D:2026-02-13"]),
 ("last October",1,["M:2025-10"]),("June 12",1,["D:2026-06-12"]),("Monday",3,["D:2026-02-23"])]
N['a02'] = [("5 p.m.",1),("9:30 a.m.",1),("10 a.m.",1),("Presidents Day",1)]
X['a02'] = [("1,987",1),("58",1),("14",1),("six weeks",1),("Document 212",1),("page 19",1),("One day",1),("No. 1:25-cr-00219",1)]

G['a03'] = [("19 December",1,["D:2025-12-19"]),("Thursday",1,["D:2025-12-18"]),("Saturday's",1,["D:2025-12-13"]),
 ("tomorrow",1,["D:2025-12-20"]),("Boxing Day",1,["D:2025-12-26"]),
 ("Sunday 28 December",1,["D:2025-12-28"]),("New Year's Day",1,["D:2026-01-01"]),
 ("Saturday 3 January",1,["D:2026-01-03"]),("last April",1,["M:2025-04"]),
 ("Christmas Day",1,["D:2025-12-25"]),
 ("the weekend of 10-11 January",1,["R:2026-01-10..2026-01-11","D:2026-01-10","D:2026-01-11"]),
 ("Monday",1,["D:2025-12-15"]),("1 January",1,["D:2026-01-01"]),("2 February",1,["D:2026-02-02"]),
 ("mid-January",1,["MIN:2026-01"]),("last month",1,["M:2025-11"]),
 ("2019-20",1,["RY:2019..2020","P:Y:2019"]),("two years ago",1,["Y:2023"]),
 ("nine years ago",1,["Y:2016"]),("2016-17",1,["RY:2016..2017","P:Y:2016"]),
 ("this week",1,["W:2025-12-15"]),("the new year",2,["YIN:2026"]),
 ("Next season's",1,["RY:2026..2027","P:Y:2026"]),("late June",1,["MIN:2026-06"]),
 ("Monday 22 December",1,["D:2025-12-22"]),("Boxing Day",2,["D:2025-12-26"]),
 ("Sunday 11 January",1,["D:2026-01-11"]),("last weekend",1,["R:2025-12-13..2025-12-14"])]
N['a03'] = [("Christmas and the new year",1),("12.30pm",1),("3pm",1),("7pm",1),("9am",1),("winter break",1)]
X['a03'] = [("15 days",1),("3-1",1),("seven days",1),("No. 9",1),("three-match",1),("2-2",1),("4-4-2",1),("4-0",1),("1,882",1),("Gate 19",1),("1-0",1)]

G['a04'] = [("Sept. 16",1,["D:2026-09-16"]),("Oct. 14",1,["D:2026-10-14"]),("Nov. 3",1,["D:2026-11-03"]),
 ("Tuesday",1,["D:2026-09-15"]),("Oct. 24",1,["D:2026-10-24"]),("Oct. 31",1,["D:2026-10-31"]),
 ("the week of Oct. 12",1,["W:2026-10-12","P:D:2026-10-12"]),("Oct. 19",1,["D:2026-10-19"]),
 ("a Monday",1,["D:2026-10-19"]),("election day",1,["D:2026-11-03"]),
 ("next Tuesday",1,["D:2026-09-22"]),("last spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),
 ("Thursday, Oct. 1",1,["D:2026-10-01"]),("2021",1,["Y:2021"]),("Four years ago",1,["Y:2022"]),
 ("two years ago",1,["Y:2024"]),
 ("from Nov. 12 to Nov. 19",1,["R:2024-11-12..2024-11-19","D:2024-11-12","D:2024-11-19"]),
 ("Nov. 10",1,["D:2026-11-10"]),("Nov. 30",1,["D:2026-11-30"]),("June 2",1,["D:2026-06-02"]),
 ("2014",1,["Y:2014"]),("last week",1,["W:2026-09-07"]),("Oct. 14",2,["D:2026-10-14"]),
 ("Monday, Nov. 2",1,["D:2026-11-02"]),("Nov. 9",1,["D:2026-11-09"]),("Oct. 15",1,["D:2026-10-15"]),
 ("2018",1,["Y:2018"]),("this year",1,["Y:2026"]),("Election Day",1,["D:2026-11-03"]),
 ("election night",1,["D:2026-11-03"])]
N['a04'] = [("8 a.m.",1),("5 p.m.",1),("from 7 a.m. to 8 p.m.",1),("the next midterm",1),("noon",1),("6 p.m.",1),("9 p.m.",1)]
X['a04'] = [("12",1),("20 days",1),("1,900",1),("DS200",1),("29 days",1),("1,998",1),("4,812 to 4,799",1),("3-2",1),("1907",1),("24 hours",1)]

G['a05'] = [("July 28",1,["D:2025-07-28"]),("Tuesday",1,["D:2025-07-29"]),("Thursday",1,["D:2025-07-31"]),
 ("Monday",1,["D:2025-07-28"]),("Tue.",1,["D:2025-07-29"]),("Wed.",1,["D:2025-07-30"]),
 ("Thu.",1,["D:2025-07-31"]),("Fri.",1,["D:2025-08-01"]),("Sunday's",1,["D:2025-07-27"]),
 ("July 27",1,["D:2025-07-27"]),("1995",1,["Y:1995"]),("the weekend",1,["R:2025-08-02..2025-08-03"]),
 ("the week of Aug. 4",1,["W:2025-08-04","P:D:2025-08-04"]),
 ("This year's monsoon season",1,["R:2025-06-15..2025-09-30"]),
 ("from June 15 to Sept. 30",1,["R:2025-06-15..2025-09-30","D:2025-06-15","D:2025-09-30"]),
 ("Earlier this month",1,["M:2025-07","IN:2025-07-01..2025-07-27"]),("Last July",1,["M:2024-07"]),
 ("July 2023",1,["M:2023-07"]),("2024",1,["Y:2024"]),("Aug. 31",1,["D:2025-08-31"]),
 ("mid-August",1,["MIN:2025-08"]),("Jan. 1",1,["D:2026-01-01"]),
 ("Wednesday, Aug. 6",1,["D:2025-08-06"]),("Labor Day",1,["D:2025-09-01"]),
 ("early September",1,["MIN:2025-09"]),("Friday",1,["D:2025-07-25"]),
 ("last summer",1,["S:summer-2024","R:2024-06-01..2024-08-31"])]
N['a05'] = [("10 a.m.",1),("8 p.m.",1),("6 a.m.",1),("10 p.m.",1),("the new school year",1),("5:40 p.m.",1)]
X['a05'] = [("118",1),("Interstate 10",1),("three hours",1),("31",1),("24/7",1),("602-534-1995",1),("one day",1)]

G['a06'] = [("29 April",1,["D:2025-04-29"]),
 ("from 5 to 11 May",1,["R:2025-05-05..2025-05-11","D:2025-05-05","D:2025-05-11"]),
 ("8 May",1,["D:2025-05-08"]),("Monday",1,["D:2025-04-28"]),
 ("the Victory Day bridge",1,["R:2025-05-08..2025-05-11","P:D:2025-05-08"]),
 ("Friday 9 May",1,["D:2025-05-09"]),
 ("a four-day weekend",1,["R:2025-05-08..2025-05-11","P:D:2025-05-08"]),
 ("Saturday",1,["D:2025-05-03"]),
 ("the Ascension weekend",1,["R:2025-05-29..2025-06-01","P:D:2025-05-29"]),
 ("from Thursday 29 May to Sunday 1 June",1,["R:2025-05-29..2025-06-01","D:2025-05-29","D:2025-06-01"]),
 ("last year",1,["Y:2024"]),("Thursday",2,["D:2025-05-01"]),("21 April",1,["D:2025-04-21"]),
 ("Sunday",2,["D:2025-04-27"]),("Friday",2,["D:2025-05-02"]),("31 May",1,["D:2025-05-31"]),
 ("5 December 2019",1,["D:2019-12-05"]),("Last year",1,["Y:2024"]),("mid-February",1,["MIN:2024-02"]),
 ("the week of 2 June",1,["W:2025-06-02","P:D:2025-06-02"]),("Monday",3,["D:2025-04-28"]),
 ("this spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"])]
N['a06'] = [("5pm",1),("May Day",1),("Easter Monday",1),("the Christmas holidays",1),("the February school holidays",1),("the day before",1),("the long weekends",1)]
X['a06'] = [("48 hours",1),("6201",1),("Line 13",1),("150,000",1),("Terminal 2",1)]

G['a07'] = [("Nov. 14",1,["D:2025-11-14"]),
 ("from September 2023 through October 2025",1,["R:2023-09-01..2025-10-31","M:2023-09","M:2025-10"]),
 ("Thursday",1,["D:2025-11-13"]),("Oct. 6",1,["D:2025-10-06","R:2025-10-06..2025-11-14"]),
 ("March 31, 2026",1,["D:2026-03-31"]),("last April",1,["M:2025-04"]),("Sept. 22",1,["D:2025-09-22"]),
 ("earlier this month",1,["M:2025-11","IN:2025-11-01..2025-11-13"]),
 ("this summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("Thursday",2,["D:2025-11-13"]),
 ("2021",1,["Y:2021"]),("Jan. 9, 2020",1,["D:2020-01-09"]),
 ("2021-23",1,["RY:2021..2023","Y:2021","Y:2023"]),("Thursday's",1,["D:2025-11-13"]),
 ("the week of Dec. 8",1,["W:2025-12-08","P:D:2025-12-08"]),
 ("2019-20",1,["RY:2019..2020","Y:2019","Y:2020"]),
 ("early 2026",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),("last Christmas",1,["D:2024-12-25"])]
N['a07'] = [("9 a.m.",1),("Thanksgiving",1),("mid-January",1)]
X['a07'] = [("19",1),("four",1),("HH-1500",1),("HH-2023",1),("2309",1),("2510",1),("800-555-2024",1),("24/7",1),("a week",1),("One day",1),("6,000",1),("3-1",1),("page 4",1)]

G['a08'] = [("March 18",1,["D:2026-03-18"]),("Wednesday",1,["D:2026-03-18"]),
 ("March 17-18",1,["R:2026-03-17..2026-03-18","D:2026-03-17","D:2026-03-18"]),
 ("this year",1,["Y:2026"]),("last year",1,["Y:2025"]),("September",1,["M:2025-09"]),
 ("October",1,["M:2025-10"]),("December",1,["M:2025-12"]),("January",1,["M:2026-01"]),
 ("late 2027",1,["YIN:2027","IN:2027-07-01..2027-12-31"]),("December",2,["M:2025-12"]),
 ("the 12 months to February",1,["R:2025-03-01..2026-02-28","P:M:2026-02"]),
 ("a year earlier",1,["R:2024-03-01..2025-02-28","M:2025-02","Y:2025"]),
 ("the fourth quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),("2026",1,["Y:2026"]),
 ("last month",1,["M:2026-02"]),("earlier this month",1,["M:2026-03","IN:2026-03-01..2026-03-17"]),
 ("April 28-29",1,["R:2026-04-28..2026-04-29","D:2026-04-28","D:2026-04-29"]),
 ("the June meeting",1,["R:2026-06-16..2026-06-17","M:2026-06"]),
 ("July 28-29",1,["R:2026-07-28..2026-07-29","D:2026-07-28","D:2026-07-29"]),
 ("Sept. 15-16",1,["R:2026-09-15..2026-09-16","D:2026-09-15","D:2026-09-16"]),
 ("Dec. 9",1,["D:2026-12-09"]),("this week's",1,["W:2026-03-16"]),("April 8",1,["D:2026-04-08"]),
 ("the first quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("early May",1,["MIN:2026-05"]),
 ("Dec. 1",1,["D:2025-12-01"]),("mid-December",1,["MIN:2025-12"]),
 ("the first half of next year",1,["H:2027-H1","P:Y:2027"]),("May",2,["M:2026-05"])]
N['a08'] = [("2:30 p.m.",1)]
X['a08'] = [("3.50% to 3.75%",1),("10-2",1),("a year",1),("three weeks",1),("Section 2",1),("page 7",1)]

G['a09'] = [("10 June",1,["D:2025-06-10"]),("Sunday",1,["D:2025-06-08"]),("14 March 1932",1,["D:1932-03-14"]),
 ("1948",1,["Y:1948"]),("the summer of 1956",1,["S:summer-1956","R:1956-06-01..1956-08-31"]),
 ("1958",1,["Y:1958"]),("2011",1,["Y:2011"]),("the 1960s",1,["DEC:1960","RY:1960..1969"]),
 ("12 October 1971",1,["D:1971-10-12"]),("a Tuesday",1,["D:1971-10-12"]),
 ("From 1979 to 1986",1,["RY:1979..1986","Y:1979","Y:1986"]),
 ("1983-84",1,["RY:1983..1984","P:Y:1983"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),("Five years ago",1,["Y:2020"]),
 ("her 88th birthday",1,["D:2020-03-14"]),("Friday 20 June",1,["D:2025-06-20"]),
 ("September",1,["M:2025-09"]),("next year",1,["Y:2026"]),
 ("next spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),("last November",1,["M:2024-11"])]
N['a09'] = [("the year",1),("the 2003 New Year Honours",1),("11am",1)]
X['a09'] = [("93",1),("two days",1),("15",1),("two",2),("One day",1),("three years",1),("412",1),("nine days",1),("2/1",1),("every Thursday",1),("three",2),("33rd",1)]

G['a10'] = [("3 May",1,["D:2025-05-03"]),("Thursday",1,["D:2025-05-08"]),("Wednesday",1,["D:2025-05-07"]),
 ("Eighty years ago on Thursday",1,["D:1945-05-08","Y:1945"]),("7 May 1945",1,["D:1945-05-07"]),
 ("the following day",1,["D:1945-05-08"]),("from 1940 to 1944",1,["RY:1940..1944","Y:1940","Y:1944"]),
 ("26 September 1944",1,["D:1944-09-26"]),("Monday 5 May",1,["D:2025-05-05"]),
 ("this weekend",1,["R:2025-05-03..2025-05-04"]),("8 May",1,["D:2025-05-08"]),
 ("Friday 9 May",1,["D:2025-05-09"]),("1944",3,["Y:1944"]),("Thursday",3,["D:2025-05-01"]),
 ("five years ago",1,["Y:2020"]),("This year",1,["Y:2025"]),("Thursday",4,["D:2025-05-08"]),
 ("15 August",1,["D:2025-08-15"]),("1945",2,["Y:1945"]),("Remembrance Sunday",1,["D:2025-11-09"]),
 ("9 November",1,["D:2025-11-09"]),("Last year",1,["Y:2024"]),("6 June",1,["D:2024-06-06"])]
N['a10'] = [("noon",1),("the 80th anniversary",1),("VE Day",1),("6pm",1),("3pm",1),("the early May bank holiday",1),("3pm",2),("two in the morning",1),("the 80th",2),("6am",1),("VJ Day",1),("the anniversary",1),("D-Day 80",1)]
X['a10'] = [("a day",1),("99",1),("19",1),("A20",1),("Berth 5",1),("1,945",1)]

G['a11'] = [("16 March",1,["D:2026-03-16"]),("Friday",1,["D:2026-03-20"]),
 ("Saturday 21 March",1,["D:2026-03-21"]),("Sunday",1,["D:2026-03-15"]),
 ("Wednesday 18 February",1,["D:2026-02-18"]),("the 29th of Ramadan",1,["D:2026-03-19"]),
 ("Thursday",1,["D:2026-03-19"]),("that evening",1,["D:2026-03-19"]),("Friday",2,["D:2026-03-20"]),
 ("Saturday",2,["D:2026-03-21"]),("Thursday",2,["D:2026-03-19"]),("Friday",3,["D:2026-03-20"]),
 ("20 March",1,["D:2026-03-20"]),("the following day",1,["D:2026-03-21"]),
 ("Easter holidays",1,["R:2026-03-30..2026-04-10","IN:2026-03-29..2026-04-11"]),
 ("from 30 March to 10 April",1,["R:2026-03-30..2026-04-10","D:2026-03-30","D:2026-04-10"]),
 ("Last year",1,["Y:2025"]),("Eid",3,["D:2025-03-30"]),("30 March",2,["D:2025-03-30"]),
 ("a Sunday",1,["D:2025-03-30"]),("This year's",1,["Y:2026"]),
 ("Saturday 28 March",1,["D:2026-03-28"]),("Saturday",4,["D:2026-03-14"]),
 ("around 27 May",1,["IN:2026-05-20..2026-06-03","P:D:2026-05-27"]),
 ("the half-term holiday",1,["R:2026-05-25..2026-05-29","IN:2026-05-24..2026-05-30"]),
 ("25 May",1,["D:2026-05-25"]),("last week",1,["W:2026-03-09"]),("2028",1,["Y:2028"]),
 ("Friday 1 May",1,["D:2026-05-01"]),("Ten years ago",1,["Y:2016"])]
N['a11'] = [("Eid al-Fitr",1),("the festival",1),("Eid",2),("10pm",1),("Eid festival",1),("noon",1),("6pm",1),("the Eid prayer",1),("Eid al-Adha",1),("the spring bank holiday",1),("an Eid bank holiday",1)]
X['a11'] = [("a day later",1),("82-92",1),("Year 11",1),("a week",1),("six days",1),("1,447",1),("One day",1)]

G['a12'] = [("Oct 17",1,["D:2025-10-17"]),("Tuesday, Oct 21",1,["D:2025-10-21"]),("Thursday",1,["D:2025-10-16"]),
 ("Wednesday",1,["D:2025-10-22"]),("a short week",1,["W:2025-10-20"]),
 ("the weekend",1,["R:2025-10-18..2025-10-19"]),("Diwali",2,["D:2025-10-20"]),
 ("Monday",1,["D:2025-10-20"]),("Oct 23",1,["D:2025-10-23"]),("Last year's",1,["Y:2024"]),
 ("Nov 1",1,["D:2024-11-01"]),("tomorrow",1,["D:2025-10-18"]),
 ("last Diwali",1,["D:2024-10-31","D:2024-11-01"]),
 ("the quarter ended Sept 30",1,["Q:2025-Q3","R:2025-07-01..2025-09-30","P:D:2025-09-30"]),
 ("this weekend",1,["R:2025-10-18..2025-10-19"]),
 ("Q2 FY26",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("a year earlier",1,["Q:2024-Q3","R:2024-07-01..2024-09-30","Y:2024"]),
 ("last month",1,["M:2025-09"]),
 ("from Dec 3 to 5",1,["R:2025-12-03..2025-12-05","D:2025-12-03","D:2025-12-05"]),
 ("earlier this month",1,["M:2025-10","IN:2025-10-01..2025-10-16"]),("1957",1,["Y:1957"]),
 ("the day",2,["D:2025-10-21"]),("Three years ago",1,["Y:2022"]),("Oct 24",1,["D:2022-10-24"]),
 ("a Monday",1,["D:2022-10-24"]),("Nov 5",1,["D:2025-11-05"]),("Christmas",1,["D:2025-12-25"])]
N['a12'] = [("1:45 pm",1),("2:45 pm",1),("Diwali Laxmi Pujan",1),("Balipratipada",1),("Samvat 2082",1),("the Hindu new year",1),("the day of Bhai Dooj",1),("Dhanteras",1),("the week before the festival",1),("1:30 pm",1),("The next market holiday after the festival",1),("Guru Nanak Jayanti",1)]
X['a12'] = [("one-hour",1),("Nifty 50",1),("one",2),("24x7",1),("five",1),("eight",1),("15-minute",1),("2082-M",1)]

G['a13'] = [("April 1",1,["D:2026-04-01"]),
 ("Passover",1,["R:2026-04-02..2026-04-08","R:2026-04-01..2026-04-08"]),
 ("tonight",1,["D:2026-04-01"]),("Good Friday",1,["D:2026-04-03"]),
 ("Easter Sunday",1,["D:2026-04-05"]),("Wednesday",1,["D:2026-04-01"]),
 ("Palm Sunday",1,["D:2026-03-29"]),("Friday",2,["D:2026-04-03"]),("April 12",1,["D:2026-04-12"]),
 ("Saturday, April 11",1,["D:2026-04-11"]),("last year",1,["Y:2025"]),("April 20",1,["D:2025-04-20"]),
 ("2028",1,["Y:2028"]),("Wednesday, April 8",1,["D:2026-04-08"]),
 ("Monday, April 6",1,["D:2026-04-06"]),("the week of April 6",1,["W:2026-04-06","P:D:2026-04-06"]),
 ("2019",1,["Y:2019"]),("April 13",1,["D:2026-04-13"]),("last week",1,["W:2026-03-23"]),
 ("the first half of April",1,["R:2026-04-01..2026-04-15","MIN:2026-04"]),
 ("October 2023",1,["M:2023-10","R:2023-10-01..2026-04-01"]),
 ("the festival",1,["R:2026-04-02..2026-04-08","R:2026-04-01..2026-04-08"]),
 ("Tuesday, April 14",1,["D:2026-04-14"]),("27 Nisan",1,["D:2026-04-14"])]
N['a13'] = [("its busiest week in years",1),("2 p.m.",1),("Holy Week",1),("Easter",2),("the same day",1),("The seventh day of Passover",1),("9 a.m.",1),("midnight",1),("Holocaust Remembrance Day",1),("10 a.m.",1)]
X['a13'] = [("two days later",1),("2,800",1),("Line 1",1),("40,000",1),("14 Stations",1),("Ninth Station",1),("a week later",1),("One day",1),("Route 1",1),("two minutes",1)]

G['a14'] = [("Dec. 11",1,["D:2025-12-11"]),("Sunday",1,["D:2025-12-14"]),
 ("the first night of Hanukkah",1,["D:2025-12-14"]),("Wednesday",1,["D:2025-12-10"]),
 ("Hanukkah 2025",1,["R:2025-12-15..2025-12-22","R:2025-12-14..2025-12-22"]),
 ("Sunday, Dec. 14",1,["D:2025-12-14"]),("Monday, Dec. 22",1,["D:2025-12-22"]),
 ("three days before Christmas",1,["D:2025-12-22"]),("Last year",1,["Y:2024"]),
 ("Christmas Day",1,["D:2024-12-25"]),("2005",1,["Y:2005"]),("1985",1,["Y:1985"]),
 ("last year",1,["Y:2024"]),("the fifth night",1,["D:2025-12-18"]),
 ("Thursday, Dec. 18",1,["D:2025-12-18"]),("Friday, Dec. 19",1,["D:2025-12-19"]),
 ("the sixth night",1,["D:2025-12-19"]),("the eighth night",1,["D:2025-12-21"]),
 ("Dec. 21",1,["D:2025-12-21"]),
 ("winter break",1,["R:2025-12-22..2026-01-02","IN:2025-12-21..2026-01-03"]),
 ("from Dec. 22 to Jan. 2",1,["R:2025-12-22..2026-01-02","D:2025-12-22","D:2026-01-02"]),
 ("from Dec. 26 to Jan. 1",1,["R:2025-12-26..2026-01-01","D:2025-12-26","D:2026-01-01"]),
 ("Sunday",3,["D:2025-12-14"]),
 ("the festival",1,["R:2025-12-15..2025-12-22","R:2025-12-14..2025-12-22"]),
 ("Next year",1,["Y:2026"]),
 ("Hanukkah 2026",1,["R:2026-12-05..2026-12-12","R:2026-12-04..2026-12-12"]),
 ("Friday, Dec. 4",1,["D:2026-12-04"]),("next year's",1,["Y:2026"])]
N['a14'] = [("4:30 p.m.",1),("5 p.m.",1),("164 B.C.",1),("the holiday",1),("the spring",1)]
X['a14'] = [("eight-night",1),("201 E. Randolph St.",1),("9",1),("Bus 151",1),("312-346-6700",1),("24 hours",1),("One day",1)]

G['a15'] = [("24 January",1,["D:2026-01-24"]),
 ("the 2026-27 school year",1,["R:2026-09-03..2027-07-21","RY:2026..2027","IN:2026-08-01..2027-07-31","P:Y:2026"]),
 ("Thursday 3 September",1,["D:2026-09-03"]),("Wednesday",1,["D:2026-01-21"]),
 ("The autumn term",1,["R:2026-09-03..2026-12-18"]),("Friday 18 December",1,["D:2026-12-18"]),
 ("half-term",1,["R:2026-10-26..2026-10-30","IN:2026-10-25..2026-10-31"]),
 ("from 26 to 30 October",1,["R:2026-10-26..2026-10-30","D:2026-10-26","D:2026-10-30"]),
 ("The spring term",1,["R:2027-01-04..2027-03-25"]),("Monday 4 January",1,["D:2027-01-04"]),
 ("the February break",1,["R:2027-02-15..2027-02-19","IN:2027-02-14..2027-02-20"]),
 ("the week of 15 February",1,["W:2027-02-15","P:D:2027-02-15"]),
 ("Thursday 25 March",1,["D:2027-03-25"]),("the day before Good Friday",1,["D:2027-03-25"]),
 ("Monday 12 April",1,["D:2027-04-12"]),("The summer term",1,["R:2027-04-12..2027-07-21"]),
 ("Wednesday 21 July 2027",1,["D:2027-07-21"]),("this year",1,["Y:2026"]),
 ("Wednesday 22 July",1,["D:2026-07-22"]),
 ("from 3 to 28 November",1,["R:2025-11-03..2025-11-28","D:2025-11-03","D:2025-11-28"]),
 ("late August",1,["MIN:2026-08"]),("the week of 10 May",1,["W:2027-05-10","P:D:2027-05-10"]),
 ("3 May",1,["D:2027-05-03"]),("next summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),
 ("last August",1,["M:2025-08"]),
 ("between September and December",1,["R:2025-09-01..2025-12-31","M:2025-09","M:2025-12"]),
 ("a decade ago",1,["Y:2016"]),("2026-27",2,["RY:2026..2027","P:Y:2026"]),
 ("mid-February",1,["MIN:2026-02"]),("2027-28",1,["RY:2027..2028","P:Y:2027"]),
 ("next January",1,["M:2027-01"]),
 ("this year's February half-term",1,["R:2026-02-16..2026-02-20","IN:2026-02-15..2026-02-21"]),
 ("Monday 23 February",1,["D:2026-02-23"])]
N['a15'] = [("Easter",1),("Easter",2),("May Day bank holiday",1),("the spring half-term",1)]
X['a15'] = [("a day earlier",1),("2,026",1),("7-2",1),("Key Stage 2",1),("Year 6",1),("1,954",1),("G14",1)]

G['a16'] = [("March 29",1,["D:2026-03-29"]),("the 2025 tax year",1,["Y:2025"]),("next week",1,["W:2026-03-30"]),
 ("Wednesday, April 15",1,["D:2026-04-15"]),("Oct. 15",1,["D:2026-10-15"]),("this year",1,["Y:2026"]),
 ("the same day",1,["D:2026-04-15"]),("June 15",1,["D:2026-06-15"]),("Sept. 15",1,["D:2026-09-15"]),
 ("Jan. 15, 2027",1,["D:2027-01-15"]),("last week",1,["W:2026-03-23","W:2026-03-16"]),
 ("March 20",1,["D:2026-03-20"]),("a year ago",1,["Y:2025"]),("Jan. 26",1,["D:2026-01-26"]),
 ("May 1",1,["D:2025-05-01"]),("last year",1,["Y:2025"]),
 ("this spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),("2020",1,["Y:2020"]),
 ("Tax Day",1,["D:2020-04-15","D:2020-07-15"]),("July 15",1,["D:2020-07-15"]),
 ("mid-April",1,["MIN:2026-04"]),("next Saturday",1,["D:2026-04-04"]),
 ("Easter weekend",1,["R:2026-04-04..2026-04-05","R:2026-04-03..2026-04-05","P:D:2026-04-05"]),
 ("April 15",2,["D:2026-04-15"]),("Feb. 9",1,["D:2026-02-09"]),("Friday",1,["D:2026-03-27"]),
 ("this year",2,["Y:2026"]),("the week of April 13",1,["W:2026-04-13","P:D:2026-04-13"])]
N['a16'] = [("The filing season",1),("10 a.m.",1),("2 p.m.",1)]
X['a16'] = [("17 days",1),("one in three",1),("4868",1),("25",1),("38",1),("Saturdays",1),("310",1),("Form D-400",1),("two weeks",1),("1099-K",1),("24/7",1),("Publication 505",1),("page 21",1)]

G['a17'] = [("June 9",1,["D:2026-06-09"]),("Thursday",1,["D:2026-06-11"]),("next Tuesday",1,["D:2026-06-16"]),
 ("February 2024",1,["M:2024-02"]),("6/16",1,["D:2026-06-16"]),("6/20",1,["D:2026-06-20"]),
 ("6/25",1,["D:2026-06-25"]),("6/27",1,["D:2026-06-27"]),("7/3",1,["D:2026-07-03"]),
 ("7/11",1,["D:2026-07-11"]),
 ("from June 11 to July 19",1,["R:2026-06-11..2026-07-19","D:2026-06-11","D:2026-07-19"]),
 ("Thursday",2,["D:2026-06-11"]),("July 19",2,["D:2026-07-19"]),
 ("the Fourth of July weekend",1,["R:2026-07-03..2026-07-05","P:D:2026-07-04"]),
 ("a Saturday",1,["D:2026-07-11"]),("Saturday",2,["D:2026-06-06"]),("June 12",1,["D:2026-06-12"]),
 ("32 years ago",1,["Y:1994"]),("the week of June 15",1,["W:2026-06-15","P:D:2026-06-15"]),
 ("6/20",2,["D:2026-06-20"]),("last week",1,["W:2026-06-01"]),
 ("earlier this month",1,["M:2026-06","IN:2026-06-01..2026-06-08"]),("December",1,["M:2025-12"]),
 ("mid-July",1,["MIN:2026-07"]),("Aug. 15",1,["D:2026-08-15"]),
 ("last fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"])]
N['a17'] = [("11 a.m.",1),("midnight",1),("the busiest day",1),("2 a.m.",1)]
X['a17'] = [("1-1",1),("Boeing 737",1),("A220",1),("five hours",1),("Gate 4",1),("I-435",1),("one day",1),("41",1)]

G['a18'] = [("19 February",1,["D:2026-02-19"]),("Thursday",1,["D:2026-02-19"]),
 ("the half-year ended 31 December",1,["R:2025-07-01..2025-12-31","H:2025-H2","P:D:2025-12-31"]),
 ("summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("a year earlier",1,["R:2024-07-01..2024-12-31","H:2024-H2","Y:2024"]),
 ("the 2019-20 year",1,["R:2019-07-01..2020-06-30","RY:2019..2020","P:Y:2020"]),
 ("2 April",1,["D:2026-04-02"]),("5 March",1,["D:2026-03-05"]),
 ("the second half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),("late October",1,["MIN:2025-10"]),
 ("FY26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("the Easter long weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("from 3 to 6 April",1,["R:2026-04-03..2026-04-06","D:2026-04-03","D:2026-04-06"]),
 ("the December quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the first half of next year",1,["H:2027-H1","P:Y:2027"]),("2028",1,["Y:2028"]),
 ("Monday 30 March",1,["D:2026-03-30"]),("1 July",1,["D:2026-07-01"]),
 ("the 2027 financial year",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("the six months",1,["R:2025-07-01..2025-12-31"]),
 ("last winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("2022",1,["Y:2022"]),
 ("calendar 2025",1,["Y:2025"]),("this year",1,["Y:2026"]),("next Thursday",1,["D:2026-02-26"]),
 ("late October",2,["MIN:2026-10"]),("this decade",1,["DEC:2020","RY:2020..2029"])]
N['a18'] = [("the school holidays that follow",1),("its weakest season",1)]
X['a18'] = [("A321XLR",1),("737-800",1),("SX1921",1),("Terminal 3",1),("7.12",1),("One day",1)]

G['a19'] = [("Aug. 31",1,["D:2025-08-31"]),("Wednesday",1,["D:2025-09-03"]),("Friday",1,["D:2025-08-29"]),
 ("Wednesday",2,["D:2025-09-03"]),("tomorrow",1,["D:2025-09-01"]),("Tuesday",1,["D:2025-09-02"]),
 ("March 31",1,["D:2025-03-31"]),("Aug. 12",1,["D:2025-08-12"]),
 ("earlier this month",1,["M:2025-08","IN:2025-08-01..2025-08-30"]),
 ("last week",1,["W:2025-08-25","W:2025-08-18"]),("next week",1,["W:2025-09-01"]),
 ("the first day of school",1,["D:2025-09-02"]),
 ("from 2025 to 2028",1,["RY:2025..2028","Y:2025","Y:2028"]),
 ("the fall of 2009",1,["S:autumn-2009","R:2009-09-01..2009-11-30"]),("June 2026",1,["M:2026-06"]),
 ("tomorrow",2,["D:2025-09-01"]),
 ("Sept. 4 to 14",1,["R:2025-09-04..2025-09-14","D:2025-09-04","D:2025-09-14"]),
 ("Thursday",1,["D:2025-08-28"]),("July",1,["M:2025-07"]),("this week",1,["W:2025-08-25"]),
 ("the end of 2028",1,["D:2028-12-31","M:2028-12","Y:2028"])]
N['a19'] = [("12:01 a.m.",1),("Labour Day",1),("a Sunday",1),("the busiest fortnight of the year",1),("6 a.m.",1)]
X['a19'] = [("2,025",1),("72 hours",1),("1,612-138",1),("three days",1),("five months",1),("nine days",1),("Highway 401",1),("416-393-2025",1),("two-week",1),("One day",1)]

G['a20'] = [("Dec 5",1,["D:2025-12-05"]),("Friday",1,["D:2025-12-05"]),("Wednesday",1,["D:2025-12-03"]),
 ("the rest of the financial year",1,["R:2025-12-05..2026-03-31"]),
 ("June",1,["M:2025-06","R:2025-06-01..2025-12-05"]),
 ("February",1,["M:2025-02","R:2025-02-01..2025-12-05"]),
 ("FY26",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),
 ("the July-September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("last week",1,["W:2025-11-24"]),("Q3 FY26",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("Q4",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("October",1,["M:2025-10"]),
 ("the year to March",1,["R:2025-04-01..2026-03-31","P:Y:2026","P:M:2026-03"]),
 ("the first half of FY27",1,["R:2026-04-01..2026-09-30"]),
 ("next summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("this month",1,["M:2025-12"]),
 ("later this month",1,["IN:2025-12-05..2025-12-31","M:2025-12"]),("Wednesday",2,["D:2025-12-03"]),
 ("from Feb 4 to 6",1,["R:2026-02-04..2026-02-06","D:2026-02-04","D:2026-02-06"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027","P:Y:2027"]),("Feb 1",1,["D:2026-02-01"]),
 ("a Sunday",1,["D:2026-02-01"]),("this week's",1,["W:2025-12-01"]),("Dec 19",1,["D:2025-12-19"]),
 ("the middle of next year",1,["YIN:2026"]),("A year ago",1,["Y:2024"]),
 ("December 2024",1,["M:2024-12"]),("September",2,["M:2025-09"])]
N['a20'] = [("12 noon",1)]
X['a20'] = [("three-day",1),("6-0",1),("10-year",1),("six",2),("89.9",1),("three days",1),("91-day",1)]

G['a21'] = [("May 22",1,["D:2025-05-22"]),("Thursday",1,["D:2025-05-22"]),
 ("This year's season",1,["R:2025-06-01..2025-11-30"]),("June 1",1,["D:2025-06-01"]),
 ("Nov. 30",1,["D:2025-11-30"]),("May 15",1,["D:2025-05-15"]),("mid-September",1,["MIN:2025-09"]),
 ("early August",1,["MIN:2025-08"]),("Last year",1,["Y:2024"]),("Sept. 26",1,["D:2024-09-26"]),
 ("Oct. 9",1,["D:2024-10-09"]),("33 years ago",1,["Y:1992"]),("Aug. 24, 1992",1,["D:1992-08-24"]),
 ("the Memorial Day weekend",1,["R:2025-05-24..2025-05-26","P:D:2025-05-26"]),
 ("last year",1,["Y:2024"]),("2025",1,["Y:2025"]),
 ("from May 4 to 10",1,["R:2025-05-04..2025-05-10","D:2025-05-04","D:2025-05-10"]),
 ("last weekend",1,["R:2025-05-17..2025-05-18"]),("June 1",2,["D:2025-06-01"]),
 ("early May",1,["MIN:2025-05"]),("January",1,["M:2025-01","R:2025-01-01..2025-05-22"]),
 ("Tuesday",1,["D:2025-05-20"]),("next week",1,["W:2025-05-26"])]
N['a21'] = [("Atlantic hurricane season",1),("The eastern Pacific season",1),("the statistical peak of the season",1),("Sept. 10",1),("Hurricane Preparedness Week",1),("8 a.m.",1),("2026",1)]
X['a21'] = [("13 to 19",1),("3 to 5",1),("less than two weeks later",1),("Category 5",1),("two weeks",2),("11691 S.W. 17th St.",1),("WC-130J",1),("24/7",1),("three",1)]

G['a22'] = [("24 February",1,["D:2025-02-24"]),("Monday",1,["D:2025-02-24"]),("Sunday's",1,["D:2025-02-23"]),
 ("Easter",1,["D:2025-04-20"]),("September 2021",1,["M:2021-09"]),("1887",1,["Y:1887"]),
 ("1987",1,["Y:1987"]),("25 March",1,["D:2025-03-25"]),("6 November",1,["D:2024-11-06"]),
 ("16 December",1,["D:2024-12-16"]),("27 December",1,["D:2024-12-27"]),
 ("next week",1,["W:2025-03-03"]),("Sunday",2,["D:2025-03-02"]),("3 March",1,["D:2025-03-03"]),
 ("mid-April",1,["MIN:2025-04"]),("2017-18",1,["RY:2017..2018","Y:2017","Y:2018"]),
 ("this year",1,["Y:2025"]),("1 January",1,["D:2025-01-01","R:2025-01-01..2025-02-24"]),
 ("November",2,["M:2025-11"]),("1949",1,["Y:1949"]),("Sunday",3,["D:2025-02-23"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),("Monday",2,["D:2025-02-24"]),
 ("Election night",1,["D:2025-02-23"])]
N['a22'] = [("Rosenmontag",1),("the 2025 budget",1),("the 2026 budget",1),("the summer",1),("noon",1)]
X['a22'] = [("630",1),("30 days",1),("Article 39",1),("seven months",1),("394-207",1),("six months",1),("70",1),("299",1),("1,949",1)]

G['a23'] = [("9 October",1,["D:2025-10-09"]),("Tuesday 14 October",1,["D:2025-10-14"]),
 ("Wednesday",1,["D:2025-10-08"]),("Monday",1,["D:2025-10-13"]),("Friday",1,["D:2025-10-10"]),
 ("Monday",2,["D:2025-10-13"]),("Wednesday",2,["D:2025-10-15"]),("this year",1,["Y:2025"]),
 ("31 March",1,["D:2025-03-31"]),("A year ago",1,["Y:2024"]),
 ("autumn",1,["S:autumn-2024","R:2024-09-01..2024-11-30"]),
 ("from 24 to 26 November",1,["R:2025-11-24..2025-11-26","D:2025-11-24","D:2025-11-26"]),
 ("26 November",2,["D:2025-11-26"]),("1 January 2027",1,["D:2027-01-01"]),
 ("before Christmas",1,["IN:2025-10-09..2025-12-24","P:D:2025-12-25"]),("2026",1,["Y:2026"]),
 ("15 October",1,["D:2025-10-15"]),("31 October",1,["D:2025-10-31"]),
 ("the autumn holidays",1,["R:2025-10-20..2025-10-31","IN:2025-10-19..2025-11-01"]),
 ("from 20 to 31 October",1,["R:2025-10-20..2025-10-31","D:2025-10-20","D:2025-10-31"]),
 ("the week of 27 October",1,["W:2025-10-27","P:D:2025-10-27"]),("this year",2,["Y:2025"]),
 ("last summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),
 ("early 2026",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),("Wednesday",3,["D:2025-10-08"])]
N['a23'] = [("10pm",1)]
X['a23'] = [("SN 2907",1),("Line 1",1),("ninth",1),("a decade",1),("three-day",1),("67",1),("a week",1),("74,000",1),("Tuesday",2),("Boulevard Anspach 1",1)]

G['a24'] = [("Aug. 6",1,["D:2025-08-06"]),("Wednesday",1,["D:2025-08-06"]),
 ("the April-June quarter",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("its fiscal first quarter",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("a year earlier",1,["Q:2024-Q2","R:2024-04-01..2024-06-30","Y:2024"]),
 ("the year ending March 31, 2026",1,["R:2025-04-01..2026-03-31","P:Y:2025","P:D:2026-03-31"]),
 ("fiscal 2025",1,["R:2025-04-01..2026-03-31","P:Y:2025"]),("last month",1,["M:2025-07"]),
 ("April 3",1,["D:2025-04-03","R:2025-04-03..2025-08-06"]),("Sept. 1",1,["D:2025-09-01"]),
 ("Fiscal 2024",1,["R:2024-04-01..2025-03-31","P:Y:2024"]),
 ("fiscal 2030",1,["R:2030-04-01..2031-03-31","P:Y:2030"]),("January",1,["M:2026-01"]),
 ("1988",1,["Y:1988"]),
 ("from Aug. 13 to 16",1,["R:2025-08-13..2025-08-16","D:2025-08-13","D:2025-08-16"]),
 ("the July-September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("Nov. 5",1,["D:2025-11-05"]),("Tuesday",1,["D:2025-08-05"]),("Two years ago",1,["Y:2023"]),
 ("This year",1,["Y:2025"]),("the quarter",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("a year before",1,["Q:2024-Q2","R:2024-04-01..2024-06-30","Y:2024"]),
 ("the October-December quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("early February",1,["MIN:2026-02"]),("late September",1,["MIN:2025-09"]),
 ("from Oct. 30 to Nov. 9",1,["R:2025-10-30..2025-11-09","D:2025-10-30","D:2025-11-09"])]
N['a24'] = [("Obon",1),("4:30 p.m.",1)]
X['a24'] = [("GT-2000",1),("two years",1),("Line 3",1),("1,987",1)]

G['a25'] = [("Jan. 28",1,["D:2026-01-28"]),("Forty years ago today",1,["D:1986-01-28","Y:1986"]),
 ("Tuesday, Jan. 28, 1986",1,["D:1986-01-28"]),("Jan. 22",1,["D:1986-01-22"]),
 ("the night before",1,["D:1986-01-27"]),("today",2,["D:2026-01-28"]),("tomorrow",1,["D:2026-01-29"]),
 ("Jan. 27, 1967",1,["D:1967-01-27"]),("Feb. 1, 2003",1,["D:2003-02-01"]),
 ("August 1984",1,["M:1984-08"]),("the fall of 1985",1,["S:autumn-1985","R:1985-09-01..1985-11-30"]),
 ("that June",1,["M:1986-06"]),("Sept. 29, 1988",1,["D:1988-09-29"]),("July 2011",1,["M:2011-07"]),
 ("April 12, 1981",1,["D:1981-04-12"]),("on Monday",1,["D:2026-01-26"]),
 ("next month",1,["M:2026-02"]),("December 1972",1,["M:1972-12","R:1972-12-01..2026-01-28"]),
 ("fiscal 2026",1,["R:2025-10-01..2026-09-30","P:Y:2026"]),("Oct. 1",1,["D:2025-10-01"]),
 ("the 1980s",1,["DEC:1980","RY:1980..1989"]),("Sunday",1,["D:2026-02-01"])]
N['a25'] = [("11:38 a.m.",1),("10 a.m.",1),("Day of Remembrance",1),("the last Thursday of January",1),("a single week of the calendar",1),("this date",1),("until 6 p.m.",1)]
X['a25'] = [("73 seconds",1),("six days",1),("STS-51-L",1),("Pad 39B",1),("37",1),("11,000",1),("One day",1),("32 months",1),("30 years",1),("81",1),("State Road 405",1)]
