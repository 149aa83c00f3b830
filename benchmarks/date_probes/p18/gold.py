# Hand annotation for probe p18 (invented wire copy published 2025-01 .. 2026-12 in beats p1-p17 used little: Idaho's
# legislative session ('the session that opens Jan. 12', 'a week from today', 'the day after tomorrow', 'the year before
# last'); the Supreme Court's term ('the first Monday in October', 'a week from Wednesday', 'the day before the next
# term begins', '20 years ago last week'); a hockey draft ('next month's', 'the 2025-26 season', 'a week from Friday');
# Johannesburg's 2025 school year and southern seasons; a Riverina harvest ('Tuesday week', 'a fortnight ago', 'FY25');
# Mombasa's tides and port ('overnight Tuesday into Wednesday', 'the 1st of next month', 'the 15th', '0448'); a film's
# release window ('six days before Christmas', 'early February', 'the Thanksgiving weekend'); the Dail's recess and
# Budget day ('Friday week', 'the October bank holiday weekend'); a London Sunday paper before the self-assessment
# deadline ('the 2024-25 tax year', 'next Saturday', 'a week from Tuesday', 'two years from now'); an Atlanta runoff
# ('four weeks after the first round'); the monsoon and kharif ('KMS 2025-26', 'the 2024-25 crop year', 'Q1 FY26');
# Eid-el-Kabir in Lagos ('10 Dhul Hijjah 1446', 'the Sallah weekend'); Kenya's long rains ('March-April-May', 'the
# fourth week'); Chinese New Year in Manila ('the 15th day of the first month', 'Lent'); ISO dates in tech copy
# ('2026-03-14', 'H2 2026', '1Q26', '4Q25', 'the second Tuesday in March'); a Galway storm ('Monday next', 'this day
# week', 'the night of 23-24 January'); Rosh Hashanah 5787 and Victorian terms; a Nova Scotia bicentenary by decades and
# centuries; the NFL draft in a Sunday paper; GAA fixtures ('Sunday week', 'Saturday fortnight', 'the 15th of next
# month'); Ontario's April-March year; Oban's ferries and tides ('a week on Monday'); a JSE dividend around Youth Day
# ('the year to 28 February 2025', 'the six months to August'); Nigeria's 2025 budget; the Philippines' 13th-month pay
# ('the ber months', 'Undas', 'the 23rd')), written blind (claimkit, its source and its tests never read or run).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal, tax, crop or school year, the holiday
#   of a holiday weekend, the day 'around' names, the day or month a period is named 'ended' on or 'to'); such a claim
#   is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '1 p.m.', '9pm', '0448', '1830', 'noon',
#   'midnight', '6am to 10pm'; names with years 'October Term 2025', 'Budget 2026', 'the 2025/26 budget', 'the 2024
#   Appropriation Act', 'the 1999 Constitution', 'the 1974 draft', 'Series of 2026', 'Summer of 1999' (a film), 'the
#   class of 2024', '5787' (a Hebrew year), 'the Year of the Fire Horse'; a feast's or holiday's name beside its date
#   'Victoria Day', 'Canada Day', 'Human Rights Day', 'Freedom Day', 'Youth Day', 'Workers' Day', 'Democracy Day',
#   'Eid-el-Kabir', 'Bakrid', 'Ramadan', 'Good Friday', 'Easter Monday', 'Chinese New Year', 'Valentine's Day', 'Holy
#   Week', 'Simchat Torah', 'St Stephen's Day', 'Natal Day', 'Mother's Day', 'Remembrance Day', 'Christmas Eve',
#   'Bonifacio Day', 'Rizal Day', 'New Year's Eve', 'Simbang Gabi', 'Patch Tuesday'; rules and habits 'June 1' as the
#   monsoon's normal onset, 'Jan. 31' as a fiscal year's end, 'December' of every year's box office; vague spans 'the
#   summer', 'last term', 'spring break', 'the holiday', 'the festive season', 'the Christmas corridor', 'Midsummer',
#   'the New Year', 'the winter timetable', 'the sukkah-building season', 'the 40th anniversary', 'the centennial',
#   'the 300th', 'the Night of the Big Wind').
# X: decoys, not dates (scores and records '4-2', '10-7', '1-19 to 0-17', '2-21 to 1-18', '11-7', '6-3', rounds
#   '2-3' and '4-7', model, version, code and case numbers 'Station 2049', '1917', 'PG-13', '7.0', '6.4.2', '6.x',
#   'CVE-2025-31337', 'RFC 3339', '5432', 'No. 24-1287', 'Senate Bill 1001', 'Bill 214', 'Proclamation No. 1006',
#   'Presidential Decree 851', '64-8', 'SA100', 'P800', '1998/012345/06', 'ZAE000312025', 'EI 3025', '528E', 'PR 126',
#   'Pusa 1121', 'H614', 'H2' and 'APW1' (wheat grades), 'NPK 23:23:0', addresses, roads and places 'Plot 1446', 'Wharf
#   No. 2', 'Route 333', 'Route 42', 'Route 65', 'Highway 413', 'Line 5', 'N1', 'N7', 'N52', 'N59', 'R336', 'A85', 'A104',
#   'NH 44', 'Berth 21', 'Gate 8', 'Gate 18', 'Stage 16', 'Tower 3', 'Silo 14', 'Hill 16', 'EW42', postcode '3183',
#   precinct '11F', 'District 12', 'Post 7', phone lines '0300 200 3310', '8888', ordinals and ranks 'No. 4', 'No. 21',
#   'No. 91', '11th', '16th', '34th', 'Grade 1', 'Grade 8', 'Grade 6', 'Grade 12', 'Year 12', counts that look like
#   years '1,826', '1,979', '1,997', '2,025', '1,066', '16,995', '20,260', '2,369', '2,840', prices 'P168', '$312',
#   ages '31', '64', '102', durations '89 days', '11 weeks', 'eight days', 'a fortnight', 'six days', '12 days', '17 days',
#   '45-day', '20-minute', 'three-year', 'two decades', 'a decade', '12 years', '15 months', '48 hours', comparisons
#   'a week', 'three weeks', 'a week earlier', 'a day later', 'a year later', 'a day ahead', sets 'Mondays, Tuesdays and
#   Wednesdays', 'weekdays', 'the second Tuesday of each month', 'every 15th and 30th', and words that look like date
#   words 'spring tides', 'quarter-finals', 'the second half' (of a bonus), '13th month'); the scorer ignores X, so a
#   date claim on one counts as a precision error.
# Conventions as p5-p17 (bare weekdays by the verb's tense; 'next <weekday>' the nearest such day after publication,
#   'next Wednesday' said on a Wednesday a week on; anaphora by the narrative's focus; fiscal periods by the stated
#   year-end, a fiscal quarter that is a calendar quarter Q: with R:; 'a year earlier' the same period a year back;
#   holidays on the day observed in the story's country and calendar; southern seasons (a04, a05, a17) R: plus the
#   northern label, northern ones S: then R:; hyphenated, 'and', 'to' and 'from X to Y' ranges R: with both ends as D:
#   (years RY: with both ends as Y: or the first year P:); holiday weekends R: of the days off (P: the holiday); a Sunday
#   paper's (a09, a19) 'next week' from the next day and 'last week' both weeks before; 'the week of <date>' W: (P:D:);
#   'N days before X' a single day; school holidays and recesses R: with IN: a day wider; decades DEC: and RY:, early
#   and late ones IN: of that half; centuries both RY: countings; 'the end of <month>' MIN: and D:; 'mid-', 'early' and
#   'late <month>' MIN:; 'last <month>' the latest such month before the publication month; 'since X' D: or M: of the
#   start with R: from it to publication, a year or decade alone as itself; 'the nth week of <month>' W: of its nth
#   Monday and IN: of its days 7n-6..7n; 'the last week of <month>' W: of its last Monday and IN: of its last seven days;
#   'N years ago' Y:; a part of a day stays outside the span ('{{Monday}} evening', 'overnight {{Tuesday}} into
#   {{Wednesday}}', '{{31 January}} at {{midnight}}').
# Added in p18 (decided while planning or marking up, before the readings that use them were settled):
#   '<weekday> week' and 'a week from/on <weekday>' the coming such day + 7, '<weekday> fortnight' + 14, 'Monday next'
#   the coming Monday, 'this day week' + 7, 'a fortnight from today' + 14, 'a fortnight ago' and 'two weeks ago' D: - 14
#   and W:; 'the 1st of next month' and 'the 15th of next month' D:, 'the 15th' after them the same month, 'the 30th'
#   and 'the 23rd' the days of the month in focus; 'the year before last' Y: - 2, 'two years from now' Y: + 2, 'a century
#   ago' Y: - 100; 'later this week' IN: from publication to Sunday and W:; 'the weekend' said on a Thursday or Friday
#   R: of the coming Saturday-Sunday, 'on the weekend' also D: of the day the story's game falls on; 'the second
#   Tuesday in March' and 'the first Monday in October/August' D:; ISO dates D:; 'H2 2026' H:, '1Q26' and '4Q25' Q:
#   with R:; the UK's 'tax year' R: of 6 April-5 April with P:Y: of both years; 'the 2024-25 crop year' (July-June) and
#   'KMS 2025-26' (October-September) R: with RY: and P:Y:; 'the year to 28 February 2025' R: with P:D: and P:Y:, 'the
#   six months to August' R: with P:M:; a company's 'FY2025' named by the year it ends; 'the 2025 harvest', 'the 2025
#   fiscal year' (Nigeria) and 'the calendar year' Y:; a league's 'the 2025-26 season' R: of its stated days with RY:
#   and P:Y:, without stated days RY: and P:Y:; 'the 2026 season' of the NFL IN: from its opening day to February's end
#   with P:Y:; a named lunar or Hebrew day ('10 Dhul Hijjah 1446', '1 Tishrei', 'the 15th day of the first month', 'The
#   first day of the first lunar month') D: of its Gregorian day; Rosh Hashanah R: of its two days or from the evening
#   before, Yom Kippur D: or from the evening before, Sukkot R: of its seven days or from the evening before; Lent R:
#   from Ash Wednesday to Holy Saturday or Maundy Thursday; 'Undas' R: of All Saints' and All Souls' days or from the eve;
#   a holiday or feast as the subject of 'falls on'/'lands on', or dated only by a weekday ('Freedom Day lands on a
#   Sunday', 'Christmas Day on a Friday') D:, with that predicative weekday D:; 'The Saturday' holiday and 'the Monday'
#   it moved to D:; 'the day before the festival ends', 'the day daylight saving begins', 'the evening before', 'the
#   Saturday after', 'the following Tuesday', 'that day', 'the same day' D: of the day they name; 'the season' and
#   'the summer timetable' R: of the days the story gives; 'the long rains' and 'March-April-May' R: of March-May;
#   'Last year's short rains' R: of October-December with P:Y:; 'the whole week' W:; 'the month' M:.
G = {}
N = {}
X = {}
G['a01'] = [("Jan. 5",1,["D:2026-01-05"]),("a week from today",1,["D:2026-01-12"]),
 ("Jan. 12",1,["D:2026-01-12"]),("Friday",1,["D:2026-01-02"]),("March 27",1,["D:2026-03-27"]),
 ("since 2016",1,["Y:2016"]),("Last year's session",1,["R:2025-01-06..2025-04-04","P:Y:2025"]),
 ("Jan. 6",1,["D:2025-01-06"]),("April 4",1,["D:2025-04-04"]),("the year before last",1,["Y:2024"]),
 ("the opening day",1,["D:2026-01-12"]),("Tuesday, Jan. 13",1,["D:2026-01-13"]),
 ("fiscal 2027",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("July 1",1,["D:2026-07-01"]),
 ("the current fiscal year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("last March",1,["M:2025-03"]),
 ("Jan. 30",1,["D:2026-01-30"]),
 ("the second week of March",1,["W:2026-03-09","IN:2026-03-08..2026-03-14"]),
 ("Easter",1,["D:2026-04-05"]),("this year",1,["Y:2026"]),("Feb. 23",1,["D:2026-02-23"]),
 ("May 19",1,["D:2026-05-19"]),("Nov. 3",1,["D:2026-11-03"]),("two years ago",1,["Y:2024"]),
 ("the summer of 2024",1,["S:summer-2024","R:2024-06-01..2024-08-31"]),("Dec. 15",1,["D:2025-12-15"]),
 ("Monday",1,["D:2026-01-05"]),("the day after tomorrow",1,["D:2026-01-07"])]
N['a01'] = [("1 p.m.",1),("spring break",1)]
X['a01'] = [("89 days",1),("Senate Bill 1001",1),("105",1),("14",1),("11-7",1),("EW42",1),("11 weeks",1)]

G['a02'] = [("Oct. 6",1,["D:2025-10-06"]),("today",1,["D:2025-10-06"]),
 ("the first Monday in October",1,["D:2025-10-06"]),
 ("the last week of April",1,["W:2026-04-27","IN:2026-04-24..2026-04-30"]),
 ("Wednesday",1,["D:2025-10-08"]),("a week from Wednesday",1,["D:2025-10-15"]),
 ("Friday",1,["D:2025-10-10"]),("Sept. 29",1,["D:2025-09-29"]),("January",1,["M:2026-01"]),
 ("February",1,["M:2026-02"]),("Nov. 3",1,["D:2025-11-03"]),("Wednesday, Dec. 10",1,["D:2025-12-10"]),
 ("the end of June",1,["MIN:2026-06","D:2026-06-30"]),
 ("since the late 1980s",1,["IN:1985-01-01..1989-12-31","DEC:1980"]),
 ("Oct. 4, 2026",1,["D:2026-10-04"]),("the day before the next term begins",1,["D:2026-10-04"]),
 ("Oct. 5, 2026",1,["D:2026-10-05"]),("June 27",1,["D:2025-06-27"]),("July",1,["M:2025-07"]),
 ("August",1,["M:2025-08"]),("this fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),
 ("Sept. 29, 2005",1,["D:2005-09-29"]),("20 years ago last week",1,["W:2005-09-26","Y:2005"]),
 ("Thanksgiving",1,["D:2025-11-27"]),("mid-December",1,["MIN:2025-12"]),("Jan. 9",1,["D:2026-01-09"])]
N['a02'] = [("10 a.m.",1),("the summer",1),("October Term 2025",1),("last term",2)]
X['a02'] = [("47",1),("No. 24-1287",1),("11",1),("150",1),("6-3",1),("two",2),("two decades",1),("Mondays, Tuesdays and Wednesdays",1),("two-week",1)]

G['a03'] = [("May 21",1,["D:2025-05-21"]),("next month's",1,["M:2025-06"]),("Monday's",1,["D:2025-05-19"]),
 ("June 27-28",1,["R:2025-06-27..2025-06-28","D:2025-06-27","D:2025-06-28"]),
 ("Friday, June 27",1,["D:2025-06-27"]),("the next day",1,["D:2025-06-28"]),
 ("Jan. 1, 2005, and Sept. 15, 2007",1,["R:2005-01-01..2007-09-15","D:2005-01-01","D:2007-09-15"]),
 ("Tuesday",1,["D:2025-05-20"]),("a week from Friday",1,["D:2025-05-30"]),
 ("June 1-7",1,["R:2025-06-01..2025-06-07","D:2025-06-01","D:2025-06-07"]),
 ("the 2024-25 season",1,["RY:2024..2025","P:Y:2024"]),("April 17",1,["D:2025-04-17"]),
 ("the year before last",1,["Y:2023"]),("last year",1,["Y:2024"]),("2004",1,["Y:2004"]),
 ("July 1",1,["D:2025-07-01"]),
 ("the 2025-26 season",1,["R:2025-10-07..2026-04-16","RY:2025..2026","P:Y:2025"]),
 ("Oct. 7",1,["D:2025-10-07"]),("April 16",1,["D:2026-04-16"]),
 ("the third week of September",1,["W:2025-09-15","IN:2025-09-15..2025-09-21"]),
 ("last June",1,["M:2024-06"]),("the 2027-28 season",1,["RY:2027..2028","P:Y:2027"]),
 ("Aug. 9",1,["D:2025-08-09"]),("March",1,["M:2025-03"]),("2012-13",1,["RY:2012..2013","P:Y:2012"]),
 ("next Wednesday",1,["D:2025-05-28"])]
N['a03'] = [("Victoria Day",1),("8 p.m.",1),("Canada Day",1)]
X['a03'] = [("two",1),("No. 4",1),("27",3),("4-2",1),("fourth",2),("11th",1),("16th",1),("No. 91",1),("31",1),("three-year",1),("16,995",1)]

G['a04'] = [("15 January",1,["D:2025-01-15"]),("today",1,["D:2025-01-15"]),
 ("the 2025 school year",1,["R:2025-01-15..2025-12-10","P:Y:2025"]),("Monday",1,["D:2025-01-13"]),
 ("yesterday",1,["D:2025-01-14"]),
 ("May and June",1,["R:2025-05-01..2025-06-30","M:2025-05","M:2025-06"]),
 ("Term 1",1,["R:2025-01-15..2025-03-28"]),("28 March",1,["D:2025-03-28"]),
 ("Friday, 21 March",1,["D:2025-03-21"]),("Term 2",1,["R:2025-04-08..2025-06-27"]),
 ("from 8 April to 27 June",1,["R:2025-04-08..2025-06-27","D:2025-04-08","D:2025-06-27"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),("this year",1,["Y:2025"]),
 ("Freedom Day",1,["D:2025-04-27"]),("a Sunday",1,["D:2025-04-27"]),
 ("Monday, 28 April",1,["D:2025-04-28"]),
 ("the winter holidays",1,["R:2025-06-28..2025-07-21","IN:2025-06-27..2025-07-22"]),
 ("Term 3",1,["R:2025-07-22..2025-10-03"]),("22 July",1,["D:2025-07-22"]),
 ("Wednesday, 10 December",1,["D:2025-12-10"]),("Friday, 31 January",1,["D:2025-01-31"]),
 ("this summer",1,["R:2024-12-01..2025-02-28","S:winter-2024"]),("21 October",1,["D:2025-10-21"]),
 ("the second week of January",1,["W:2026-01-12","IN:2026-01-08..2026-01-14"]),("2008",1,["Y:2008"]),
 ("last winter",1,["R:2024-06-01..2024-08-31","S:summer-2024"])]
N['a04'] = [("the class of 2024",1),("Human Rights Day",1),("the class of 2025",1)]
X['a04'] = [("87.3%",1),("a week",1),("Grade 1",1),("Grade 8",1),("1,997",1),("46",1),("N1",1),("Grade 12",1),("62.6%",1)]

G['a05'] = [("21 November",1,["D:2025-11-21"]),("the 2025 harvest",1,["Y:2025"]),
 ("Tuesday week",1,["D:2025-12-02"]),("Wednesday",1,["D:2025-11-19"]),
 ("Christmas Eve",1,["D:2025-12-24"]),
 ("April and May",1,["R:2025-04-01..2025-05-31","M:2025-04","M:2025-05"]),
 ("winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("early September",1,["MIN:2025-09"]),
 ("a fortnight ago",1,["D:2025-11-07","W:2025-11-03"]),
 ("This spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"]),
 ("last spring",1,["R:2024-09-01..2024-11-30","S:autumn-2024"]),("mid-October",1,["MIN:2024-10"]),
 ("since 2016",1,["Y:2016"]),("2018-19",1,["RY:2018..2019","Y:2018","Y:2019"]),
 ("since July",1,["M:2025-07","R:2025-07-01..2025-11-21"]),
 ("FY25",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("last summer's",1,["R:2024-12-01..2025-02-28","S:winter-2024"]),("Thursday",1,["D:2025-11-20"]),
 ("the September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the 2025-26 financial year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("next autumn",1,["R:2026-03-01..2026-05-31","S:spring-2026"]),
 ("the week before Christmas",1,["R:2025-12-18..2025-12-24","W:2025-12-15"]),
 ("mid-January",1,["MIN:2026-01"]),("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("this year",1,["Y:2025"])]
N['a05'] = [("6am to 10pm",1)]
X['a05'] = [("14,200",1),("H2",1),("APW1",1),("8%",1),("$312",1),("Silo 14",1),("four hours",1),("64",1),("2,025",1),("12 days",1)]

G['a06'] = [("August 9",1,["D:2025-08-09"]),("this week",1,["W:2025-08-04"]),("today's",1,["D:2025-08-09"]),
 ("August 23",1,["D:2025-08-23"]),("tomorrow",1,["D:2025-08-10"]),("Tuesday",1,["D:2025-08-12"]),
 ("Wednesday",1,["D:2025-08-13"]),("Friday",1,["D:2025-08-08"]),("this morning",1,["D:2025-08-09"]),
 ("since Tuesday",1,["D:2025-08-05","R:2025-08-05..2025-08-09"]),
 ("since late June",1,["MIN:2025-06"]),("the first half of 2025",1,["H:2025-H1"]),
 ("a year earlier",1,["H:2024-H1","Y:2024"]),
 ("the year to June 30",1,["R:2024-07-01..2025-06-30","P:D:2025-06-30","P:Y:2025"]),
 ("a week from Monday",1,["D:2025-08-18"]),("the 1st of next month",1,["D:2025-09-01"]),
 ("the 15th",1,["D:2025-09-15"]),("Thursday",1,["D:2025-08-07"]),("Christmas",1,["D:2025-12-25"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),("2027",1,["Y:2027"]),
 ("September 2024",1,["M:2024-09"]),("mid-August",1,["MIN:2025-08"])]
N['a06'] = [("0448",1),("1712",1)]
X['a06'] = [("six days",1),("spring tides",1),("3.6",1),("Berth 21",1),("14",1),("four",1),("528E",1),("1.13 million",1),("9%",1),("2.1 million",1),("Gate 18",1),("17 days",1)]

G['a07'] = [("Sept. 10",1,["D:2025-09-10"]),("Dec. 19",1,["D:2025-12-19"]),
 ("six days before Christmas",1,["D:2025-12-19"]),("early February",1,["MIN:2026-02"]),
 ("Nov. 26",1,["D:2025-11-26"]),("the Wednesday before Thanksgiving",1,["D:2025-11-26"]),
 ("Tuesday",1,["D:2025-09-09"]),
 ("the Thanksgiving weekend",1,["R:2025-11-27..2025-11-30","R:2025-11-28..2025-11-30","P:D:2025-11-27"]),
 ("the Martin Luther King Jr. Day weekend",1,["R:2026-01-17..2026-01-19","R:2026-01-16..2026-01-19","P:D:2026-01-19"]),
 ("Feb. 2",1,["D:2026-02-02"]),("Early February",1,["MIN:2026-02"]),("Boxing Day",1,["D:2025-12-26"]),
 ("Saturday",1,["D:2025-09-13"]),("the day before the festival ends",1,["D:2025-09-13"]),
 ("Jan. 22",1,["D:2026-01-22"]),("March 15",1,["D:2026-03-15"]),("since 2014",1,["Y:2014"]),
 ("since 2019",1,["Y:2019"]),("the 2020s",1,["DEC:2020","RY:2020..2029"]),
 ("next summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),("June 26",1,["D:2026-06-26"]),
 ("this fall",1,["S:autumn-2025","R:2025-09-01..2025-11-30"]),("July 2026",1,["M:2026-07"])]
N['a07'] = [("the Christmas corridor",1),("Summer of 1999",1),("December",1)]
X['a07'] = [("Station 2049",1),("45-day",1),("3,975",1),("PG-13",1),("20-minute",1),("Stage 16",1),("11 nights",1),("1917",1)]

G['a08'] = [("17 July",1,["D:2025-07-17"]),("today",1,["D:2025-07-17"]),
 ("a summer recess",1,["R:2025-07-18..2025-09-15","IN:2025-07-17..2025-09-16"]),
 ("Tuesday 16 September",1,["D:2025-09-16"]),("Tuesday 7 October",1,["D:2025-10-07"]),
 ("the recess",1,["R:2025-07-18..2025-09-15","IN:2025-07-17..2025-09-16"]),
 ("Tuesday",3,["D:2025-07-15"]),("the second half of the year",1,["H:2025-H2"]),
 ("Wednesday",1,["D:2025-07-16"]),("Friday 24 October",1,["D:2025-10-24"]),
 ("24 September",1,["D:2025-09-24"]),("the end of August",1,["MIN:2025-08","D:2025-08-31"]),
 ("Polling day",1,["D:2025-10-24"]),
 ("the October bank holiday weekend",1,["R:2025-10-25..2025-10-27","P:D:2025-10-27"]),
 ("the first week of September",1,["W:2025-09-01","IN:2025-09-01..2025-09-07"]),
 ("Friday week",1,["D:2025-07-25"]),
 ("16-18 September",1,["R:2025-09-16..2025-09-18","D:2025-09-16","D:2025-09-18"]),
 ("the week",1,["W:2025-09-15"]),("November",1,["M:2024-11"]),("11 July",1,["D:2024-07-11"]),
 ("last year",1,["Y:2024"]),("the whole of August",1,["M:2025-08"]),("2026",2,["Y:2026"]),
 ("2027",1,["Y:2027"]),("22 August",1,["D:2025-08-22"]),("last year",2,["Y:2024"]),
 ("27 August",1,["D:2025-08-27"]),("Monday",1,["D:2025-07-21"])]
N['a08'] = [("Budget 2026",1),("Summer Economic Statement",1),("noon",1)]
X['a08'] = [("three weeks",1),("a single day",1),("34th",1),("67",1),("a week earlier",1),("N7",1)]

G['a09'] = [("25 January",1,["D:2026-01-25"]),
 ("the 2024-25 tax year",1,["R:2024-04-06..2025-04-05","RY:2024..2025","P:Y:2024","P:Y:2025"]),
 ("Friday",1,["D:2026-01-23"]),("last week",1,["W:2026-01-19","W:2026-01-12"]),
 ("31 January",1,["D:2026-01-31"]),("a Saturday",1,["D:2026-01-31"]),("this year",1,["Y:2026"]),
 ("next Saturday",1,["D:2026-01-31"]),("1 February",1,["D:2026-02-01"]),("1 May",1,["D:2026-05-01"]),
 ("2024-25",2,["R:2024-04-06..2025-04-05","RY:2024..2025","P:Y:2024","P:Y:2025"]),
 ("the current tax year",1,["R:2025-04-06..2026-04-05","P:Y:2025","P:Y:2026"]),
 ("5 April",1,["D:2026-04-05"]),("31 July",1,["D:2026-07-31"]),("Christmas Day",1,["D:2025-12-25"]),
 ("New Year's Day",1,["D:2026-01-01"]),("A year ago",1,["Y:2025"]),("tomorrow",1,["D:2026-01-26"]),
 ("next week",1,["W:2026-01-26"]),
 ("the new tax year",1,["R:2026-04-06..2027-04-05","P:Y:2026","P:Y:2027"]),
 ("6 April",1,["D:2026-04-06"]),("7 August",1,["D:2026-08-07"]),("April 2027",1,["M:2027-04"]),
 ("two years from now",1,["Y:2028"]),("Friday week",1,["D:2026-02-06"]),
 ("a week from Tuesday",1,["D:2026-02-03"]),("31 October",1,["D:2025-10-31"])]
N['a09'] = [("midnight",1),("8pm",1)]
X['a09'] = [("5.4 million",1),("3,412",1),("20,000",1),("1.1 million",1),("0300 200 3310",1),("weekdays",1),("64-8",1),("SA100",1),("P800",1)]

G['a10'] = [("Nov. 6",1,["D:2025-11-06"]),("Dec. 2",1,["D:2025-12-02"]),
 ("four weeks after the first round",1,["D:2025-12-02"]),("Tuesday",1,["D:2025-11-04"]),
 ("Wednesday",1,["D:2025-11-05"]),("Thanksgiving",1,["D:2025-11-27"]),("Monday",1,["D:2025-11-10"]),
 ("Nov. 21",1,["D:2025-11-21"]),
 ("from Nov. 22 to Nov. 26",1,["R:2025-11-22..2025-11-26","D:2025-11-22","D:2025-11-26"]),
 ("the final weekend",1,["R:2025-11-29..2025-11-30"]),("Oct. 6",1,["D:2025-10-06"]),
 ("runoff day",1,["D:2025-12-02"]),("Tuesday",2,["D:2025-11-04"]),("Four years ago",1,["Y:2021"]),
 ("next month",1,["M:2025-12"]),("the week of Nov. 17",1,["W:2025-11-17","P:D:2025-11-17"]),
 ("2017",1,["Y:2017"]),("2029",1,["Y:2029"]),("a week from Saturday",1,["D:2025-11-15"]),
 ("the following Tuesday",1,["D:2025-11-18"]),("Jan. 5",1,["D:2026-01-05"]),
 ("August",1,["M:2025-08"]),("election night",1,["D:2025-11-04"])]
N['a10'] = [("the holiday",1),("7 p.m.",1),("midnight",1)]
X['a10'] = [("District 12",1),("48.6%",1),("3,117",1),("24%",1),("11%",1),("832",1),("Route 42",1),("Post 7",1),("12 years",1),("precinct 11F",1)]

G['a11'] = [("June 10",1,["D:2025-06-10"]),("May 24",1,["D:2025-05-24"]),("since 2009",1,["Y:2009"]),
 ("since May 29",1,["D:2025-05-29","R:2025-05-29..2025-06-10"]),("Monday",1,["D:2025-06-09"]),
 ("later this week",1,["IN:2025-06-10..2025-06-15","W:2025-06-09"]),
 ("around June 22",1,["IN:2025-06-15..2025-06-29","P:D:2025-06-22"]),
 ("June to September",1,["R:2025-06-01..2025-09-30","M:2025-06","M:2025-09"]),
 ("June 1",2,["D:2025-06-01"]),
 ("the third week of June",1,["W:2025-06-16","IN:2025-06-15..2025-06-21"]),
 ("Saturday",1,["D:2025-06-07"]),("May 28",1,["D:2025-05-28"]),
 ("KMS 2025-26",1,["R:2025-10-01..2026-09-30","RY:2025..2026","P:Y:2025"]),
 ("October 1",1,["D:2025-10-01"]),
 ("the 2024-25 crop year",1,["R:2024-07-01..2025-06-30","RY:2024..2025","P:Y:2024","P:Y:2025"]),
 ("June 30",1,["D:2025-06-30"]),
 ("March and April",1,["R:2025-03-01..2025-04-30","M:2025-03","M:2025-04"]),
 ("last year's",1,["Y:2024"]),("Q1 FY26",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("August 29",1,["D:2025-08-29"]),
 ("the July-September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the first week of June",1,["W:2025-06-02","IN:2025-06-01..2025-06-07"]),
 ("a year ago",1,["Y:2024"]),("since Friday",1,["D:2025-06-06","R:2025-06-06..2025-06-10"]),
 ("the next ten days",1,["IN:2025-06-10..2025-06-20"])]
N['a11'] = [("June 1",1),("Bakrid",1)]
X['a11'] = [("eight days",1),("106%",1),("PR 126",1),("Pusa 1121",1),("2,369",1),("31%",1),("23%",1),("NH 44",1),("12%",1),("40",1)]

G['a12'] = [("June 3",1,["D:2025-06-03"]),("Friday, June 6",1,["D:2025-06-06"]),
 ("Monday, June 9",1,["D:2025-06-09"]),("next week",1,["W:2025-06-09"]),
 ("Thursday, June 12",1,["D:2025-06-12"]),("Monday",2,["D:2025-06-02"]),
 ("10 Dhul Hijjah 1446",1,["D:2025-06-06"]),("Friday",2,["D:2025-06-06"]),
 ("The Saturday",1,["D:2025-06-07"]),("the Monday",1,["D:2025-06-09"]),
 ("the Sallah weekend",1,["R:2025-06-06..2025-06-09","P:D:2025-06-06"]),
 ("the day after tomorrow",1,["D:2025-06-05"]),("mid-July",1,["MIN:2025-07"]),
 ("Tuesday, June 10",1,["D:2025-06-10"]),("Wednesday, June 11",1,["D:2025-06-11"]),
 ("June 12",2,["D:2025-06-12"]),("next week",2,["W:2025-06-09"]),("June 30",1,["D:2025-06-30"]),
 ("since Eid-el-Fitr",1,["D:2025-03-30","R:2025-03-30..2025-06-03"]),("March 30",1,["D:2025-03-30"]),
 ("March 31",1,["D:2025-03-31"]),("April 1",1,["D:2025-04-01"]),("Last year",1,["Y:2024"]),
 ("This week",1,["W:2025-06-02"]),("1993",1,["Y:1993"]),("since 2019",1,["Y:2019"]),
 ("the day",2,["D:2025-06-12"]),
 ("July 21-22",1,["R:2025-07-21..2025-07-22","D:2025-07-21","D:2025-07-22"]),
 ("the second half",1,["H:2025-H2"])]
N['a12'] = [("Eid-el-Kabir",1),("Democracy Day",1),("10am",1)]
X['a12'] = [("three",1),("43,000",1),("40%",1),("Plot 1446",1)]

G['a13'] = [("March 17",1,["D:2025-03-17"]),("this week",1,["W:2025-03-17"]),
 ("the long rains",1,["R:2025-03-01..2025-05-31"]),
 ("the third week of March",1,["W:2025-03-17","IN:2025-03-15..2025-03-21"]),
 ("the fourth week",1,["W:2025-03-24","IN:2025-03-22..2025-03-28"]),
 ("March-April-May",1,["R:2025-03-01..2025-05-31","M:2025-03","M:2025-05"]),
 ("last Friday",1,["D:2025-03-14"]),("the season",1,["R:2025-03-01..2025-05-31"]),
 ("late May",1,["MIN:2025-05"]),("early May",1,["MIN:2025-05"]),
 ("Last year's short rains",1,["R:2024-10-01..2024-12-31","P:Y:2024"]),
 ("Wednesday",1,["D:2025-03-19"]),("last year",1,["Y:2024"]),
 ("since January",1,["M:2025-01","R:2025-01-01..2025-03-17"]),("Thursday",1,["D:2025-03-20"]),
 ("2022",1,["Y:2022"]),
 ("the April holiday",1,["R:2025-04-05..2025-04-27","IN:2025-04-04..2025-04-28"]),
 ("April 4",1,["D:2025-04-04"]),("April 28",1,["D:2025-04-28"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),
 ("April 18",1,["D:2025-04-18"]),("April 21",1,["D:2025-04-21"]),("June 12",1,["D:2025-06-12"]),
 ("June 30",1,["D:2025-06-30"]),
 ("the 2024/25 financial year",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("a fortnight from today",1,["D:2025-03-31"]),("the 1st of April",1,["D:2025-04-01"])]
N['a13'] = [("Good Friday",1),("Easter Monday",1),("the 2025/26 budget",1)]
X['a13'] = [("NPK 23:23:0",1),("50-kg",1),("600,000",1),("H614",1),("12",1),("a month",1),("A104",1)]

G['a14'] = [("Feb. 13",1,["D:2026-02-13"]),("Feb. 17",1,["D:2026-02-17"]),("a Tuesday",1,["D:2026-02-17"]),
 ("The first day of the first lunar month",1,["D:2026-02-17"]),("next week",1,["W:2026-02-16"]),
 ("Lunar New Year's Eve",1,["D:2026-02-16"]),("Monday",1,["D:2026-02-16"]),
 ("the 15th day of the first month",1,["D:2026-03-03"]),("March 3",1,["D:2026-03-03"]),
 ("Tuesday",2,["D:2026-02-17"]),("Ash Wednesday",1,["D:2026-02-18"]),
 ("the next day",1,["D:2026-02-18"]),
 ("Lent",1,["R:2026-02-18..2026-04-04","R:2026-02-18..2026-04-02"]),
 ("March 29 to April 4",1,["R:2026-03-29..2026-04-04","D:2026-03-29","D:2026-04-04"]),
 ("1594",1,["Y:1594"]),("since the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("Last year's",1,["Y:2025"]),("Jan. 29",1,["D:2025-01-29"]),("Next year's",1,["Y:2027"]),
 ("Feb. 6, 2027",1,["D:2027-02-06"]),("Monday",2,["D:2026-02-16"]),("Tuesday",3,["D:2026-02-17"]),
 ("tomorrow",1,["D:2026-02-14"]),("since Monday",1,["D:2026-02-09","R:2026-02-09..2026-02-13"]),
 ("Feb. 25",1,["D:2026-02-25"]),("1986",1,["Y:1986"]),("this year",1,["Y:2026"]),
 ("last year",1,["Y:2025"]),("16th century",1,["RY:1501..1600","RY:1500..1599"])]
N['a14'] = [("Chinese New Year",1),("the Year of the Fire Horse",1),("5 p.m.",1),("Holy Week",1),("the Year of the Wood Snake",1),("6 a.m.",1),("midnight",1),("Valentine's Day",1),("the 40th anniversary",1),("the New Year",1)]
X['a14'] = [("Proclamation No. 1006",1),("P168",1),("300,000",1),("Gate 8",1),("Four centuries",1)]

G['a15'] = [("March 3",1,["D:2026-03-03"]),("Monday",1,["D:2026-03-02"]),("2026-03-14",1,["D:2026-03-14"]),
 ("2026-10-31",1,["D:2026-10-31"]),("2026-03-02",1,["D:2026-03-02"]),
 ("last Thursday",1,["D:2026-02-26"]),("Friday",1,["D:2026-03-06"]),
 ("the quarter ended Jan. 31",1,["R:2025-11-01..2026-01-31","P:D:2026-01-31"]),
 ("a year earlier",1,["R:2024-11-01..2025-01-31"]),
 ("fiscal 2027",1,["R:2026-02-01..2027-01-31","P:Y:2027"]),("H2 2026",1,["H:2026-H2"]),
 ("1Q26",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("2026-06-30",1,["D:2026-06-30"]),
 ("2029-03-31",1,["D:2029-03-31"]),("the first half of 2027",1,["H:2027-H1"]),
 ("4Q25",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the second Tuesday in March",1,["D:2026-03-10"]),
 ("the week of 2026-05-18",1,["W:2026-05-18","P:D:2026-05-18"]),("2028",1,["Y:2028"]),
 ("2011",1,["Y:2011"]),("last month",1,["M:2026-02"])]
N['a15'] = [("Jan. 31",1),("Patch Tuesday",1)]
X['a15'] = [("7.0",1),("11 days",1),("6.x",1),("week and a half",1),("CVE-2025-31337",1),("6.4.2",1),("31%",1),("6.2",1),("7.0",2),("8.0",1),("six months",1),("three",1),("5432",1),("RFC 3339",1),("the second Tuesday of each month",1),("20,260",1)]

G['a16'] = [("11 December",1,["D:2025-12-11"]),("tonight",1,["D:2025-12-11"]),("Friday",1,["D:2025-12-12"]),
 ("the weekend",1,["R:2025-12-13..2025-12-14"]),("Monday next",1,["D:2025-12-15"]),
 ("tonight",2,["D:2025-12-11"]),
 ("the night of 23-24 January",1,["R:2025-01-23..2025-01-24","D:2025-01-23"]),
 ("since 1839",1,["Y:1839"]),("this evening",1,["D:2025-12-11"]),("Friday",2,["D:2025-12-12"]),
 ("Friday week",1,["D:2025-12-19"]),("21 December",1,["D:2025-12-21"]),
 ("the week before Christmas",1,["R:2025-12-18..2025-12-24","W:2025-12-15"]),
 ("26-29 December",1,["R:2025-12-26..2025-12-29","D:2025-12-26","D:2025-12-29"]),
 ("this day week",1,["D:2025-12-18"]),("New Year's Day",1,["D:2026-01-01"]),("2025",1,["Y:2025"]),
 ("2002",1,["Y:2002"]),("this morning",1,["D:2025-12-11"]),("tomorrow",1,["D:2025-12-12"])]
N['a16'] = [("9pm",1),("9am",1),("6pm",1),("11.40pm",1),("the Night of the Big Wind",1),("4pm",1),("winter solstice",1),("Leopardstown Christmas Festival",1),("St Stephen's Day",1),("midday",1)]
X['a16'] = [("130km/h",1),("N59",1),("R336",1),("770,000",1),("2,400",1),("two hours",1),("five",1),("EI 3025",1)]

G['a17'] = [("3 September",1,["D:2026-09-03"]),("Friday 11 September",1,["D:2026-09-11"]),
 ("Rosh Hashanah",1,["R:2026-09-12..2026-09-13","R:2026-09-11..2026-09-13"]),
 ("the state school holidays",1,["R:2026-09-19..2026-10-04","IN:2026-09-18..2026-10-05"]),
 ("since 2023",1,["Y:2023"]),("a Saturday",1,["D:2026-09-12"]),("1 Tishrei",1,["D:2026-09-12"]),
 ("Saturday 12 September",1,["D:2026-09-12"]),
 ("Yom Kippur",1,["D:2026-09-21","R:2026-09-20..2026-09-21"]),
 ("Monday 21 September",1,["D:2026-09-21"]),("the evening before",1,["D:2026-09-20"]),
 ("Sukkot",1,["R:2026-09-26..2026-10-02","R:2026-09-25..2026-10-02"]),
 ("the Saturday after",1,["D:2026-09-26"]),("the same day",1,["D:2026-09-26"]),
 ("Last year",1,["Y:2025"]),("a Tuesday",1,["D:2025-09-23"]),
 ("Term 3",1,["R:2026-07-13..2026-09-18"]),("Friday 18 September",1,["D:2026-09-18"]),
 ("the school holidays",1,["R:2026-09-19..2026-10-04","IN:2026-09-18..2026-10-05"]),
 ("Sunday 4 October",1,["D:2026-10-04"]),("the day daylight saving begins",1,["D:2026-10-04"]),
 ("Term 4",1,["R:2026-10-05..2026-12-18"]),("the next day",1,["D:2026-10-05"]),
 ("The Friday before the Grand Final",1,["D:2026-09-25"]),("25 September",1,["D:2026-09-25"]),
 ("7 to 10 September",1,["R:2026-09-07..2026-09-10","D:2026-09-07","D:2026-09-10"]),
 ("late October",1,["MIN:2026-10"]),("this week",1,["W:2026-08-31"]),("next week",1,["W:2026-09-07"]),
 ("this spring",1,["R:2026-09-01..2026-11-30","S:autumn-2026"]),
 ("last winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("next Wednesday",1,["D:2026-09-09"]),
 ("a Saturday",2,["D:2027-10-02"]),("next year",1,["Y:2027"]),("2 October",1,["D:2027-10-02"]),
 ("Melbourne Cup Day",1,["D:2026-11-03"])]
N['a17'] = [("5787",1),("2.30pm",1),("Simchat Torah",1),("sukkah-building season",1),("Rosh Hashanah",2)]
X['a17'] = [("a week",1),("Year 12",1),("Grade 6",1),("67",1),("10 minutes",1),("3183",1)]

G['a18'] = [("Aug. 1",1,["D:2026-08-01"]),("1826",1,["Y:1826"]),
 ("the Natal Day long weekend",1,["R:2026-08-01..2026-08-03","P:D:2026-08-03"]),
 ("this morning",1,["D:2026-08-01"]),("tonight",1,["D:2026-08-01"]),
 ("Monday, Aug. 3",1,["D:2026-08-03"]),("this weekend",1,["R:2026-08-01..2026-08-02"]),
 ("the 1820s",1,["DEC:1820","RY:1820..1829"]),("1830s",1,["DEC:1830","RY:1830..1839"]),
 ("the turn of the century",1,["IN:1895-01-01..1905-12-31"]),
 ("Oct. 4-5, 1869",1,["R:1869-10-04..1869-10-05","D:1869-10-04","D:1869-10-05"]),
 ("Dec. 6, 1917",1,["D:1917-12-06"]),("the early 1960s",1,["DEC:1960","IN:1960-01-01..1964-12-31"]),
 ("19th century",1,["RY:1801..1900","RY:1800..1899"]),("20th",1,["RY:1901..2000","RY:1900..1999"]),
 ("1834",1,["Y:1834"]),("The 2020s",1,["DEC:2020","RY:2020..2029"]),
 ("since the 1950s",1,["DEC:1950","RY:1950..1959"]),("A century ago",1,["Y:1926"]),
 ("50 years ago",1,["Y:1976"]),("the year before last",1,["Y:2024"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027","P:Y:2026","P:Y:2027"]),
 ("April 1",1,["D:2026-04-01"]),("last winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("next summer",1,["S:summer-2027","R:2027-06-01..2027-08-31"]),("two years from now",1,["Y:2028"]),
 ("Friday's",1,["D:2026-07-31"]),("2126",1,["Y:2126"])]
N['a18'] = [("Natal Day",2),("centennial",1),("sesquicentennial",1),("the 300th",1)]
X['a18'] = [("1,826",1),("200 years",1),("Wharf No. 2",1),("Route 333",1),("6,000",1),("three",1),("11",1),("102",1)]

G['a19'] = [("April 19",1,["D:2026-04-19"]),("Thursday",1,["D:2026-04-23"]),("Saturday",1,["D:2026-04-25"]),
 ("Thursday, April 23",1,["D:2026-04-23"]),("Friday",1,["D:2026-04-24"]),
 ("Saturday",2,["D:2026-04-25"]),("last week",1,["W:2026-04-13","W:2026-04-06"]),
 ("Tuesday",1,["D:2026-04-21"]),("Jan. 11",1,["D:2026-01-11"]),("last month",1,["M:2026-03"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),
 ("from May 8 to May 10",1,["R:2026-05-08..2026-05-10","D:2026-05-08","D:2026-05-10"]),
 ("late May",1,["MIN:2026-05"]),("May 4",1,["D:2026-05-04"]),("late July",1,["MIN:2026-07"]),
 ("the 2026 season",1,["IN:2026-09-10..2027-02-28","P:Y:2026"]),("Sept. 10",1,["D:2026-09-10"]),
 ("Feb. 8",1,["D:2026-02-08"]),("next week",1,["W:2026-04-20"]),("yesterday",1,["D:2026-04-18"]),
 ("2024",1,["Y:2024"]),("2026",2,["Y:2026"]),("a week from Monday",1,["D:2026-04-27"]),
 ("2027",1,["Y:2027"]),("this summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"])]
N['a19'] = [("8 p.m.",1),("the 1974 draft",1),("Mother's Day",1),("the 2023 draft",1),("6 a.m.",1),("midnight",1)]
X['a19'] = [("600,000",1),("2-3",1),("4-7",1),("Route 65",1),("No. 21",1),("10-7",1),("four",1),("98%",1),("five minutes",1),("1,979",1)]

G['a20'] = [("22 May",1,["D:2026-05-22"]),("the day after tomorrow",1,["D:2026-05-24"]),
 ("Sunday 7 June",1,["D:2026-06-07"]),("Wednesday",1,["D:2026-05-20"]),
 ("last weekend",1,["R:2026-05-16..2026-05-17"]),("this evening",1,["D:2026-05-22"]),
 ("Sunday",2,["D:2026-05-24"]),("Sunday week",1,["D:2026-05-31"]),("that day",1,["D:2026-05-31"]),
 ("Monday next",1,["D:2026-05-25"]),
 ("the June bank holiday weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-06-01"]),
 ("the second half of June",1,["R:2026-06-16..2026-06-30","MIN:2026-06"]),
 ("the 15th of next month",1,["D:2026-06-15"]),("Sunday 19 July",1,["D:2026-07-19"]),
 ("since 1995",1,["Y:1995"]),("since 1998",1,["Y:1998"]),("Last year",1,["Y:2025"]),
 ("the winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),("This year's",1,["Y:2026"]),
 ("Saturday fortnight",1,["D:2026-06-06"]),
 ("on the weekend",1,["R:2026-05-23..2026-05-24","D:2026-05-24"]),("February",1,["M:2026-02"]),
 ("the weekend of 4-5 July",1,["R:2026-07-04..2026-07-05","D:2026-07-04","D:2026-07-05"])]
N['a20'] = [("3pm",1)]
X['a20'] = [("1-19 to 0-17",1),("quarter-finals",1),("quarter-finals",2),("2-21 to 1-18",1),("a decade",1),("N52",1),("three",1),("four",1),("Hill 16",1),("314",1),("318",1)]

G['a21'] = [("Oct. 27",1,["D:2026-10-27"]),
 ("fiscal 2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027","P:Y:2026","P:Y:2027"]),
 ("Monday",1,["D:2026-10-26"]),("the first quarter",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),
 ("April to June",1,["R:2026-04-01..2026-06-30","M:2026-04","M:2026-06"]),
 ("the second quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),
 ("a week from Thursday",1,["D:2026-11-05"]),("this year",1,["Y:2026"]),
 ("April 16",1,["D:2026-04-16"]),
 ("2029-30",1,["R:2029-04-01..2030-03-31","RY:2029..2030","P:Y:2029","P:Y:2030"]),
 ("last year",1,["Y:2025"]),
 ("2027-28",1,["R:2027-04-01..2028-03-31","RY:2027..2028","P:Y:2027","P:Y:2028"]),
 ("March 31",1,["D:2027-03-31"]),("Thanksgiving",1,["D:2026-10-12"]),
 ("Feb. 27, 2025",1,["D:2025-02-27"]),("June 2029",1,["M:2029-06"]),
 ("the end of 2027",1,["D:2027-12-31","M:2027-12","Y:2027"]),("Dec. 10",1,["D:2026-12-10"]),
 ("Nov. 11",1,["D:2026-11-11"]),("the week of Feb. 22",1,["W:2027-02-22","P:D:2027-02-22"]),
 ("2008-09",1,["RY:2008..2009","Y:2008","Y:2009"]),
 ("since January",1,["M:2026-01","R:2026-01-01..2026-10-27"]),("September",1,["M:2026-09"])]
N['a21'] = [("fall economic statement",1),("Remembrance Day",1)]
X['a21'] = [("0.9%",1),("1.5%",1),("a year later",1),("15 months",1),("Bill 214",1),("Highway 413",1),("three",1),("Line 5",1)]

G['a22'] = [("13 June",1,["D:2026-06-13"]),("Monday",1,["D:2026-06-15"]),("Tuesday",1,["D:2026-06-16"]),
 ("Monday's",1,["D:2026-06-15"]),("Tuesday",2,["D:2026-06-16"]),("tomorrow",1,["D:2026-06-14"]),
 ("the month",1,["M:2026-06"]),("the summer timetable",1,["R:2026-03-27..2026-10-18"]),
 ("from 27 March to 18 October",1,["R:2026-03-27..2026-10-18","D:2026-03-27","D:2026-10-18"]),
 ("Friday week",1,["D:2026-06-26"]),
 ("the summer holidays",1,["R:2026-06-27..2026-08-17","IN:2026-06-26..2026-08-18"]),
 ("Tuesday 18 August",1,["D:2026-08-18"]),("last June",1,["M:2025-06"]),("September",1,["M:2025-09"]),
 ("last year",1,["Y:2025"]),("the season",1,["R:2026-03-27..2026-10-18"]),
 ("the weekend of 1-2 August",1,["R:2026-08-01..2026-08-02","D:2026-08-01","D:2026-08-02"]),
 ("the first Monday in August",1,["D:2026-08-03"]),("Thursday 27 August",1,["D:2026-08-27"]),
 ("2027",1,["Y:2027"]),("a week on Monday",1,["D:2026-06-22"]),("19 October",1,["D:2026-10-19"])]
N['a22'] = [("1830",1),("2000",1),("0740",1),("0945",1),("0527",1),("1749",1),("Midsummer",1),("the bank holiday",1),("the winter timetable",1)]
X['a22'] = [("spring tides",1),("4.1",1),("7%",1),("2,840",1),("A85",1)]

G['a23'] = [("29 April",1,["D:2025-04-29"]),
 ("the year to 28 February 2025",1,["R:2024-03-01..2025-02-28","P:D:2025-02-28","P:Y:2025"]),
 ("Black Friday",1,["D:2024-11-29"]),("this morning",1,["D:2025-04-29"]),
 ("yesterday's",1,["D:2025-04-28"]),("FY2025",1,["R:2024-03-01..2025-02-28","P:Y:2025"]),
 ("the second half",1,["R:2024-09-01..2025-02-28"]),
 ("the six months to August",1,["R:2024-03-01..2024-08-31","P:M:2024-08"]),
 ("Tuesday, 10 June",1,["D:2025-06-10"]),("Wednesday, 11 June",1,["D:2025-06-11"]),
 ("Friday, 13 June",1,["D:2025-06-13"]),("Monday, 16 June",1,["D:2025-06-16"]),
 ("Tuesday, 17 June",1,["D:2025-06-17"]),
 ("11 and 13 June",1,["R:2025-06-11..2025-06-13","D:2025-06-11","D:2025-06-13"]),
 ("the first eight weeks",1,["R:2025-03-01..2025-04-25"]),
 ("FY2026",1,["R:2025-03-01..2026-02-28","P:Y:2026"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),("April",2,["M:2025-04"]),
 ("this year",1,["Y:2025"]),("March",1,["M:2024-03"]),("last year",1,["Y:2024"]),
 ("Thursday",1,["D:2025-05-01"]),("1998",2,["Y:1998"]),("Thursday, 31 July",1,["D:2025-07-31"]),
 ("the six months to 31 August",1,["R:2025-03-01..2025-08-31","P:D:2025-08-31"]),
 ("October",1,["M:2025-10"]),("since 2019",1,["Y:2019"]),("The 2020s",1,["DEC:2020","RY:2020..2029"])]
N['a23'] = [("the festive season",1),("Freedom Day",1),("Youth Day",1),("Workers' Day",1),("noon",1)]
X['a23'] = [("12%",1),("8.4%",1),("a day later",1),("1998/012345/06",1),("1,066",1),("ZAE000312025",1),("3%",1)]

G['a24'] = [("Feb. 12",1,["D:2025-02-12"]),("the 2025 fiscal year",1,["Y:2025"]),("tomorrow",1,["D:2025-02-13"]),
 ("last December",1,["M:2024-12"]),("December 18",1,["D:2024-12-18"]),
 ("last week",1,["W:2025-02-03"]),("the end of the month",1,["MIN:2025-02","D:2025-02-28"]),
 ("the first quarter",1,["Q:2025-Q1","R:2025-01-01..2025-03-31"]),("June 30",1,["D:2025-06-30"]),
 ("December",3,["M:2024-12"]),("The year before last",1,["Y:2023"]),
 ("the following June",1,["M:2024-06"]),("since October",1,["M:2024-10","R:2024-10-01..2025-02-12"]),
 ("January 1, 2026",1,["D:2026-01-01"]),("2025-2027",1,["RY:2025..2027","Y:2025","Y:2027"]),
 ("Monday",1,["D:2025-02-17"]),("2024",2,["Y:2024"]),("2009",1,["Y:2009"]),
 ("November",1,["M:2024-11"]),("next week",1,["W:2025-02-17"]),
 ("Feb. 19-20",1,["R:2025-02-19..2025-02-20","D:2025-02-19","D:2025-02-20"]),
 ("around March 1",1,["IN:2025-02-22..2025-03-08","P:D:2025-03-01"])]
N['a24'] = [("the 2024 Appropriation Act",1),("the 1999 Constitution",1),("Ramadan",1),("the 2027 general elections",1)]
X['a24'] = [("two months",1),("a fortnight",1),("Section 81",1),("2.06",1),("27.5%",1),("48 hours",1)]

G['a25'] = [("Nov. 16",1,["D:2026-11-16"]),("Sunday",1,["D:2026-11-15"]),("Dec. 24",1,["D:2026-12-24"]),
 ("January",1,["M:2027-01"]),("1975",1,["Y:1975"]),("the calendar year",1,["Y:2026"]),
 ("the 30th",1,["D:2026-11-30"]),("this year",1,["Y:2026"]),("December",1,["M:2026-12"]),
 ("January and October",1,["R:2026-01-01..2026-10-31","M:2026-01","M:2026-10"]),
 ("ber months",1,["R:2026-09-01..2026-12-31"]),("Friday",1,["D:2026-11-20"]),
 ("from Dec. 16 to 24",1,["R:2026-12-16..2026-12-24","D:2026-12-16","D:2026-12-24"]),
 ("December",2,["M:2026-12"]),("this year",2,["Y:2026"]),("Tuesday, Dec. 8",1,["D:2026-12-08"]),
 ("Christmas Day",1,["D:2026-12-25"]),("a Friday",1,["D:2026-12-25"]),
 ("Wednesday, Dec. 30",1,["D:2026-12-30"]),("the next day",1,["D:2026-12-31"]),
 ("Last year",1,["Y:2025"]),("Christmas",3,["D:2025-12-25"]),("a Thursday",1,["D:2025-12-25"]),
 ("the whole week",1,["W:2025-12-22"]),
 ("Undas",1,["R:2026-11-01..2026-11-02","R:2026-10-31..2026-11-02"]),
 ("two weeks ago",1,["D:2026-11-02","W:2026-11-02"]),("the 1st of December",1,["D:2026-12-01"]),
 ("Nov. 30",1,["D:2026-11-30"]),("2020",1,["Y:2020"]),("the 23rd",1,["D:2026-12-23"])]
N['a25'] = [("Christmas Eve",1),("Bonifacio Day",1),("Series of 2026",1),("Simbang Gabi",1),("the Immaculate Conception",1),("Rizal Day",1),("New Year's Eve",1)]
X['a25'] = [("13th month",1),("Presidential Decree 851",1),("No. 18",1),("weekdays",1),("41%",1),("8888",1),("Tower 3",1),("every 15th and 30th",1),("the second half",1),("a day ahead",1)]
