# Hand annotation for probe p19 (invented wire copy published 2025-01 .. 2026-12 in forms p1-p18 used little: a court
# order and a rule counted in days in Washington ('within 30 days of the order', '60 days after publication', 'the end of
# the 90-day period', 'four days after the inauguration', 'the following Tuesday'); the Commons' summer and conference
# recesses ('a fortnight from today', '4, 11 and 18 July', '(12 September-12 October)', 'three weeks before the Budget');
# Ireland's exam and CAO calendar ('two days after the June bank holiday', 'the week after next', 'six days later'); an
# Ashes fixture list in Perth ('21 November-8 January', 'the Boxing Day Test', 'nine days after the first ends', 'around
# Australia Day', southern seasons); New Zealand's sitting calendar in an election year ('two weeks before election day',
# 'the King's Birthday weekend', 'the Matariki long weekend', 'the 1970s and 1980s'); the Lunar New Year after BC's
# Family Day ('the Year of the Horse', 'the 15th day of the first month', 'four days later'); Diwali travel in a New
# Delhi Sunday paper ('the coming week', '60 days before the journey', 'from October 14 to January 1'); Eid by Pakistan's
# own sighting and Pakistan Day ('the 29th of Ramazan', 'March 14, 16 and 18', 'FY2026-27'); Wesak moved past the Agong's
# birthday in a Kuala Lumpur Sunday paper ('the Monday', 'the eve of Hari Raya Haji'); Ghana's budget meeting and Farmers'
# Day ('the end of the financial year', 'since the third quarter of 2024', Founder's Day moved off a Sunday); a baseball
# season's second half ('July 28-Aug. 2', 'Aug. 4, 5 and 6', '60 days after he was placed on it', 'the following
# weekend'); a chip roadmap ('late 2027', 'early next year', 'the back half of 2026', 'calendar 2027', 'the end of the
# decade', 'the holiday quarter'); Hanukkah 5786 in Melbourne ('25 Kislev', 'the first night', 'the evening before');
# Orthodox Easter in Nicosia a week after the western one ('Orthodox Holy Week', '50 days after Easter', 'two days ago');
# St Andrew's Day on a Sunday and Holyrood's calendar ('the St Andrew's Day holiday', 'six weeks after the last
# sitting', 'the Seventies'); Jamhuri Day and Kenya's 2027 timetable ('90 days before the election', 'the long recess');
# Vesak on May Day in Colombo with an adhi month ('the two days', 'the whole week'); Singapore's SG60 parade ('Saturday
# week', 'eight days after the parade'); a CFL season over Labour Day ('four days before the National Day for Truth and
# Reconciliation', '40 years ago this fall', 'the '80s'); Jamaica's Emancipendence and a dissolution ('five years from
# that date', 'within 90 days of dissolution'); the CBSE's two board examinations ('six weeks from today', '02.01.2026',
# 'later in the year'); a university's academic calendar ('the 10th day of classes', 'five days before Labor Day', 'the
# fall semester'); Auckland's Labour Weekend ('the Friday before Labour Day', 'the same weekend last year'); the miners'
# strike forty years on in Cardiff ('Forty years ago on Monday', 'a week on Monday', 'the turn of the millennium');
# Bangladesh's election schedule ('(December 30-January 4)', 'within five days of the end of scrutiny', 'the third
# quarter' of a July-June year)), written blind (claimkit, its source and its tests never read or run).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'within N days of X')
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal, school or league year, the holiday of a
#   holiday weekend, the first day of a Test, the day 'around' names, the day a 'within N days of' window opens on, the
#   decade 'the end of the decade' lies in); such a claim is not counted wrong for precision, but does not earn value
#   recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '10 a.m.', '5pm', 'noon', '9.30am', '1.20pm',
#   '7:05 p.m.', '7:30am', 'midnight', 'midday'; names with years 'The 2019 proposal', 'the 1922 Committee', 'The 1911
#   Parliament Act', 'Leaving Cert 2026', 'Samvat 2083', 'Visit Malaysia 2026', 'the 2026 Budget Statement', 'the 1992
#   Constitution', 'the 1966 World Series', 'the 2022 CHIPS and Science Act', 'St Andrew's Day Bank Holiday (Scotland)
#   Act 2007', 'the 2026-27 FAFSA', 'the Representation of the People Order, 1972'; a feast's or holiday's name beside
#   its date 'Lunar New Year', 'the Lantern Festival', 'Dhanteras', 'Guru Nanak Jayanti', 'Eid-ul-Fitr holidays',
#   'Ramazan', 'Eid', 'Pakistan Day' (of the parade), 'Hari Raya Haji', 'Wesak Day', 'the Agong's official birthday',
#   'National Farmers' Day', 'Founder's Day', 'Constitution Day', 'Christmas Day', 'Easter', 'Good Friday', 'Easter
#   Monday', 'Green Monday', 'Kataklysmos', 'Greek Independence Day', 'Cyprus National Day', 'Burns Night',
#   'International Workers' Day', 'The Day following Vesak Full Moon Poya Day', 'Independence Day', 'Labour Day
#   Classic', 'Thanksgiving Day', 'Emancipation Day', 'National Heroes Day', 'Holi', 'Labour Day', 'St David's Day',
#   'Victory Day'; rules and habits 'the first Wednesday in June', 'the first Friday of December', 'the second Tuesday
#   in August', '2 January' and '30 November' as yearly days, 'the day' a holiday became one; vague spans 'the summer',
#   'the spring', 'spring break' (Vancouver's, no days given), 'the festival', 'the Delhi winter', 'the second half' and
#   'the All-Star break' of a season, 'the holiday', 'the Christmas fortnight', 'the 30th anniversary', 'the 60th
#   anniversary', 'November' as a kind of election, 'yesterday' used figuratively, 'The day' of a yearly holiday).
# X: decoys, not dates (scores, records and votes '11-0', '4-0', '68-55', '48-46', '5 1/2', '183-88', '27-24', '5-5',
#   '39-15'; bill, case, code and model numbers 'No. 1:25-cv-00417', 'H.R. 2025', 'Bill 167', 'New Clause 19', 'Bill
#   112-2', 'Standing Order 22', 'SRO 412(I)/2026', 'Article 179', 'Act 921', 'Section 48D', 'Strata 2028', 'N2', 'HBM4',
#   'S6M-19862', 'Bill No. 46', 'No. 2570', 'Article 123', 'H1' (a grade), 'DN100', 'Level 8', 'Round 1', 'SG60',
#   'F-16', 'F-35B', 'CY 326', '12561' (a train), 'Green Line 5UP'; roads, places and routes 'Gate 14', 'Gate H',
#   'Interstate 395', 'Highway 1A', 'Highway 403', 'Bus 22', 'Route 67', 'Route 80', 'route 21A', 'route 138', 'E1',
#   'E2', 'A1', 'A90', 'A4059', 'SH1', 'Jalan 16/3' (a street that reads as a date), 'Block 1965', 'Section 113',
#   'Channel 5', 'Dhaka-10', 'Chattogram-9', 'No. 2' (a banner); phone lines '0800 36 76 56', '000', '1800 333 000',
#   '130', '1959', '0800 722 203', '876-926-1962', '1800-11-8004', '111', '*555', '105'; grades and ordinals 'Class 9'
#   to 'Class 12', 'Grade 10', '113th', '13th'; counts and prices that look like years or days '1,987', '1,842',
#   '2,018', '1,988', '1,702', '5,786', '1,965', 'KSh 1,963', '£1,984', '$19.66', '20', '28', '12', '16', '18', '64',
#   '88', '275', '186', '312', '84', '71', ages, money and percentages; durations 'a month', '90-day', '60-day', '60
#   legislative days', 'four sitting weeks', 'a fortnight', 'four-day', 'ten days', 'five days', 'four days', 'eight
#   minutes', 'four minutes', '63 years', '14 days', 'two weeks', 'a decade', 'a year's delay', 'seven days a week';
#   comparisons 'a week' (behind), 'six months later' (than promised), 'a week later' (than in 2022), 'a day after
#   Saudi Arabia', 'a month' (later than usual), 'a busy fortnight'; sets and kinds 'all Fridays', 'a Sunday
#   timetable'); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p18 (bare weekdays by the verb's tense; 'next <weekday>' the nearest such day after publication;
#   anaphora by the narrative's focus; fiscal periods by the stated year-end, a fiscal quarter that is a calendar quarter
#   Q: with R:; 'a year earlier' the same period a year back (and Y:); holidays on the day observed in the story's
#   country and calendar, the feast itself on its own day; southern seasons (a04, a05, a13, a23) R: plus the northern
#   label, northern ones S: then R:; hyphenated, 'and', 'to' and 'from X to Y' ranges R: with both ends as D: (years
#   RY: with both ends as Y: or the first year P:); holiday weekends R: of the days off (P: the holiday); a Sunday
#   paper's (a07, a09) 'next week' and 'the coming week' from the next day and 'last week' both weeks before; 'N
#   days/weeks before/after X' single days; school holidays and recesses R: with IN: a day wider; decades DEC: and RY:,
#   early and late ones IN: of that half, the decades of 'the 1970s and 1980s' one item (p12's 'the 1990s and 2000s');
#   'the end of <month>' MIN: and D:; 'the end of the year' and 'the end of the financial year' D:, M:, Y:; 'the end of
#   the decade' Y: of its last year with IN: of its last three years (P:DEC:); 'late 2027' YIN: and IN: of its second
#   half, 'early next year' YIN: and IN: of its first four months, 'mid-2027' YIN:; 'since X' D: or M: of the start with
#   R: from it to publication, a year or decade alone as itself; 'the nth week of <month>' W: of its nth Monday and IN:
#   of its days 7n-6..7n; 'around <day>' IN: of the seven days either side (P:D:); 'within a week of X' IN:X..X+7
#   (P:D:X); 'the eve of X' the day before X; 'N years ago' Y:, 'Forty years ago on Monday' D: of the coming Monday's
#   date forty years back and Y:; Hanukkah R: of its eight days or from the first evening, 'the first night' D: of its
#   evening; 'the Year of the Horse' R: of the lunar year (P:Y:); a league's season R: of its stated days with P:Y:;
#   'Saturday week' and 'a week on/from <weekday>' the coming such day + 7; 'a fortnight from today' + 14; a part of a
#   day outside the span ('{{tomorrow}} night', '{{Diwali}} evening', '{{6am}} on {{Tuesday}}').
# Added in p19 (decided while planning or marking up, before the readings that use them were settled):
#   days counted by law or rule: 'within N days of X' IN:X..X+N with P:D:X (as p12's 'within a week of X'), 'N days
#   after/before X' and 'N years from that date' single days counted with X as day 0 ('60 days after publication', '60
#   days before the journey', '90 days before the election', 'five years from that date'); 'the end of the 90-day
#   period' D: of the day the story gives (the review opened on Jan. 27, day 0, ends on April 27); 'the 10th day of
#   classes' D: of the tenth weekday of term counting its first day; 'within N days' with no anchor and 'the 60-day
#   injured list' stay X; days of a list ('on 4, 11 and 18 July', 'on Aug. 4, 5 and 6', 'on March 14, 16 and 18') each
#   an item D: in the month the list names; dates in parentheses items of their own ('(Thursday 28 May)', '(12
#   September-12 October)', '(December 30-January 4)'), a feast's name before them N; anaphoric days and spans counted
#   from the day the story names ('two weeks later', 'two days later', 'six days later', 'four days later', 'a week
#   later' after a day, 'a fortnight later', 'the following Tuesday/Monday/Friday/Sunday', 'the following day', 'the
#   next day', 'the day after', 'the following weekend' R: of the next Saturday-Sunday, 'the same weekend last year' R:
#   of that year's holiday weekend, 'the same day', 'the same date' in another year, 'the day' D:, 'the two days' R:,
#   'the whole week' and 'the whole of the festival' R: of the period named, 'the week' W: of the current week, 'the week
#   after Easter' W:, 'the first week of term' W:, 'the final sitting day', 'parade day', 'the first day of classes',
#   'the end of the examinations' D:); 'the week after next' W: two weeks on; 'N days ago' D:, 'six weeks from today' D:;
#   'later in the year' IN: from publication to 31 December with Y: (p17's 'later this month'); 'the back half of 2026'
#   and 'the first half of next year' H: (the latter P:Y:), 'calendar 2027' Y:, 'the holiday quarter' Q:2025-Q4 with
#   R:, 'the previous quarter' the quarter before the one in focus; 'the Boxing Day Test' R: of its five days (P:D: its
#   first); 'the 2025-26 summer' of cricket R: of the southern summer with RY: and P:Y:2025; a semester or school year
#   with stated days R: from its first day to its last (P:Y:), an academic year with one stated day RY: and P:Y:; 'spring
#   break' and 'the Thanksgiving recess' with stated days R: with IN: a day wider; 'Vesak week' and 'the six days from
#   Emancipation Day to Independence Day' R:; 'Orthodox Holy Week' R: of Palm Sunday to Holy Saturday by the Julian
#   computus, 'the Orthodox Easter weekend' R: of Good Friday to Easter Monday (P:D: Easter), Green Monday Easter - 48,
#   Kataklysmos Easter + 50; 'Easter' in a Cypriot Orthodox context the Orthodox one, 'the western Easter' the Gregorian;
#   'the 29th of Ramazan' D: counted from Pakistan's own first of Ramazan (February 19, a day after Umm al-Qura's);
#   '25 Kislev' D: of the first day of Hanukkah; the dotted '02.01.2026' day first (India); 'since the third quarter of
#   2024' Q: with R: of the quarter; 'the turn of the millennium' IN: 1995-2005 (as p18's 'the turn of the century');
#   '40 years ago this fall' S: and R: of that autumn with Y:; 'the '80s' and 'the Seventies' DEC: with RY:; 'the year'
#   of a second meeting 'of the year' Y:; 'the Monday' after a named Sunday D: of the next day even beyond six days.
G = {}
N = {}
X = {}
G['a01'] = [("March 13",1,["D:2025-03-13"]),("Wednesday",1,["D:2025-03-12"]),("January",1,["M:2025-01"]),
 ("late April",1,["MIN:2025-04"]),
 ("within 30 days of the order",1,["IN:2025-03-12..2025-04-11","P:D:2025-03-12"]),
 ("April 11",1,["D:2025-04-11"]),("two weeks later",1,["D:2025-04-25"]),
 ("April 25",1,["D:2025-04-25"]),("2019",1,["Y:2019"]),("Dec. 17",1,["D:2024-12-17"]),
 ("60 days after publication",1,["D:2025-02-15"]),("Jan. 24",1,["D:2025-01-24"]),
 ("four days after the inauguration",1,["D:2025-01-24"]),("Jan. 27",1,["D:2025-01-27"]),
 ("Jan. 29",1,["D:2025-01-29"]),("two days later",1,["D:2025-01-31"]),
 ("Thursday, April 17",1,["D:2025-04-17"]),("the following Tuesday",1,["D:2025-04-22"]),
 ("the end of the 90-day period",1,["D:2025-04-27"]),("April 27",1,["D:2025-04-27"]),
 ("Memorial Day",1,["D:2025-05-26"]),
 ("since the late 2000s",1,["IN:2005-01-01..2009-12-31","DEC:2000"]),("last year",1,["Y:2024"]),
 ("2019",3,["Y:2019"]),("this spring",1,["S:spring-2025","R:2025-03-01..2025-05-31"])]
N['a01'] = [("10 a.m.",1),("The 2019 proposal",1)]
X['a01'] = [("a month",1),("No. 1:25-cv-00417",1),("90-day",1),("26,000",1),("68 mph",1),("70 mph",1),("20",1),("1,987",1),("1,842",1),("H.R. 2025",1),("60 legislative days",1)]

G['a02'] = [("24 June",1,["D:2025-06-24"]),("Tuesday 22 July",1,["D:2025-07-22"]),
 ("Monday 1 September",1,["D:2025-09-01"]),("yesterday",1,["D:2025-06-23"]),
 ("Tuesday 8 July",1,["D:2025-07-08"]),("a fortnight from today",1,["D:2025-07-08"]),
 ("the following day",1,["D:2025-07-09"]),("4",1,["D:2025-07-04"]),("11",1,["D:2025-07-11"]),
 ("18 July",1,["D:2025-07-18"]),("Wednesday 23 July",1,["D:2025-07-23"]),
 ("the 24th",1,["D:2025-07-24"]),
 ("the summer recess",1,["R:2025-07-23..2025-08-31","IN:2025-07-22..2025-09-01"]),
 ("the conference recess",1,["R:2025-09-12..2025-10-12","IN:2025-09-11..2025-10-13"]),
 ("12 September-12 October",1,["R:2025-09-12..2025-10-12","D:2025-09-12","D:2025-10-12"]),
 ("Wednesday 26 November",1,["D:2025-11-26"]),("three weeks before the Budget",1,["D:2025-11-05"]),
 ("August",1,["M:2025-08"]),("August 2011",1,["M:2011-08"]),("tomorrow",1,["D:2025-06-25"]),
 ("since the general election",1,["D:2024-07-04","R:2024-07-04..2025-06-24"]),
 ("4 July last year",1,["D:2024-07-04"]),("2019",1,["Y:2019"]),("since 2004",1,["Y:2004"]),
 ("Wednesday 10 September",1,["D:2025-09-10"]),("Friday 5 September",1,["D:2025-09-05"])]
N['a02'] = [("the summer",1),("the 1922 Committee",1),("5pm",1),("The 1911 Parliament Act",1),("noon",1),("Easter",1)]
X['a02'] = [("four sitting weeks",1),("Bill 167",1),("all Fridays",1),("a fortnight",2),("New Clause 19",1),("two",1),("11-0",1),("a year's delay",1),("2,018",1)]

G['a03'] = [("Wednesday 11 February",1,["D:2026-02-11"]),("Wednesday 3 June",1,["D:2026-06-03"]),
 ("two days after the June bank holiday",1,["D:2026-06-03"]),("yesterday",1,["D:2026-02-10"]),
 ("Wednesday 24 June",1,["D:2026-06-24"]),
 ("13 and 24 April",1,["R:2026-04-13..2026-04-24","D:2026-04-13","D:2026-04-24"]),
 ("the Easter holidays",1,["R:2026-03-30..2026-04-10","IN:2026-03-29..2026-04-11"]),
 ("from Monday 30 March to Friday 10 April",1,["R:2026-03-30..2026-04-10","D:2026-03-30","D:2026-04-10"]),
 ("next week's",1,["W:2026-02-16"]),("the week after next",1,["W:2026-02-23"]),
 ("St Patrick's Day",1,["D:2026-03-17"]),("a Tuesday",1,["D:2026-03-17"]),("this year",1,["Y:2026"]),
 ("by the end of the month",1,["MIN:2026-02","D:2026-02-28"]),("1 February",1,["D:2026-02-01"]),
 ("from 5 May to 1 July",1,["R:2026-05-05..2026-07-01","D:2026-05-05","D:2026-07-01"]),
 ("Friday 21 August",1,["D:2026-08-21"]),("six days later",1,["D:2026-08-27"]),
 ("Thursday 27 August",1,["D:2026-08-27"]),
 ("the 2026-27 academic year",1,["RY:2026..2027","P:Y:2026"]),
 ("Monday 14 September",1,["D:2026-09-14"]),("1925",1,["Y:1925"]),
 ("since the 1990s",1,["DEC:1990","RY:1990..1999"]),("2020",1,["Y:2020"]),("2021",1,["Y:2021"]),
 ("last year",1,["Y:2025"]),("July",2,["M:2026-07"]),("since 2022",1,["Y:2022"])]
N['a03'] = [("Leaving Cert 2026",1),("the first Wednesday in June",1),("9.30am",1),("2pm",1)]
X['a03'] = [("Round 1",1),("a week",1),("H1",1),("100",1),("625",1),("Level 8",1),("DN100",1)]

G['a04'] = [("Friday 14 November",1,["D:2025-11-14"]),("a week from today",1,["D:2025-11-21"]),
 ("21-25 November",1,["R:2025-11-21..2025-11-25","D:2025-11-21","D:2025-11-25"]),
 ("last summer",1,["R:2024-12-01..2025-02-28","S:winter-2024"]),
 ("21 November-8 January",1,["R:2025-11-21..2026-01-08","D:2025-11-21","D:2026-01-08"]),
 ("since 2010-11",1,["RY:2010..2011","P:Y:2010"]),
 ("nine days after the first ends",1,["D:2025-12-04"]),("4 December",1,["D:2025-12-04"]),
 ("17 December",1,["D:2025-12-17"]),
 ("the Boxing Day Test",1,["R:2025-12-26..2025-12-30","P:D:2025-12-26"]),
 ("30 December",1,["D:2025-12-30"]),("4 January",1,["D:2026-01-04"]),
 ("two days after the second Test",1,["D:2025-12-10"]),("yesterday",1,["D:2025-11-13"]),
 ("tomorrow",1,["D:2025-11-15"]),("since 1978",1,["Y:1978"]),
 ("2021-22",1,["RY:2021..2022","P:Y:2021"]),("1980s",1,["DEC:1980","RY:1980..1989"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),
 ("winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),
 ("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("last year",1,["Y:2024"]),
 ("14",3,["D:2026-01-14"]),("17",2,["D:2026-01-17"]),("20 January",1,["D:2026-01-20"]),
 ("around Australia Day",1,["IN:2026-01-19..2026-02-02","P:D:2026-01-26"]),
 ("the 2025-26 summer",1,["R:2025-12-01..2026-02-28","RY:2025..2026","P:Y:2025"]),
 ("2017-18",1,["RY:2017..2018","P:Y:2017"])]
N['a04'] = [("1.20pm",1),("8am",1)]
X['a04'] = [("4-0",1),("93,013",1),("Gate 14",1),("1.9 million",1)]

G['a05'] = [("Monday 2 March",1,["D:2026-03-02"]),("tomorrow",1,["D:2026-03-03"]),
 ("Thursday 10 September",1,["D:2026-09-10"]),("the following Monday",1,["D:2026-09-14"]),
 ("Saturday 7 November",1,["D:2026-11-07"]),("two weeks before election day",1,["D:2026-10-24"]),
 ("20 days after the vote",1,["D:2026-11-27"]),("Thursday 28 May",1,["D:2026-05-28"]),
 ("12-28 May",1,["R:2026-05-12..2026-05-28","D:2026-05-12","D:2026-05-28"]),
 ("16 June",1,["D:2026-06-16"]),
 ("the King's Birthday weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-06-01"]),
 ("the winter recess",1,["R:2026-07-04..2026-07-26","IN:2026-07-03..2026-07-27"]),
 ("from 4 to 26 July",1,["R:2026-07-04..2026-07-26","D:2026-07-04","D:2026-07-26"]),
 ("the Matariki long weekend",1,["R:2026-07-10..2026-07-12","P:D:2026-07-10"]),
 ("this autumn",1,["R:2026-03-01..2026-05-31","S:spring-2026"]),("9",1,["D:2026-03-09"]),
 ("16",2,["D:2026-03-16"]),("23 March",1,["D:2026-03-23"]),("31 August",1,["D:2026-08-31"]),
 ("since 2008",1,["Y:2008"]),("12 October",1,["D:2026-10-12"]),("1993",1,["Y:1993"]),
 ("the 1970s and 1980s",1,["RY:1970..1989","DEC:1970","DEC:1980"]),("last year",1,["Y:2025"]),
 ("a week from Wednesday",1,["D:2026-03-11"])]
N['a05'] = [("November",2),("the 30th anniversary",1),("2pm",1)]
X['a05'] = [("68-55",1),("Standing Order 22",1),("Bill 112-2",1),("12",3),("0800 36 76 56",1)]

G['a06'] = [("Feb. 14",1,["D:2026-02-14"]),
 ("the Family Day long weekend",1,["R:2026-02-14..2026-02-16","P:D:2026-02-16"]),
 ("Tuesday",1,["D:2026-02-17"]),("the day after Family Day",1,["D:2026-02-17"]),
 ("The Year of the Horse",1,["R:2026-02-17..2027-02-05","P:Y:2026"]),
 ("Lunar New Year's Eve",1,["D:2026-02-16"]),("that night",1,["D:2026-02-16"]),
 ("Sunday, Feb. 22",1,["D:2026-02-22"]),("2025",1,["Y:2025"]),
 ("the Year of the Snake",1,["R:2025-01-29..2026-02-16","P:Y:2025"]),("Jan. 29",1,["D:2025-01-29"]),
 ("four days later",1,["D:2025-02-02"]),("this year",1,["Y:2026"]),
 ("the holiday Monday",1,["D:2026-02-16"]),("1979",1,["Y:1979"]),
 ("since Tuesday",1,["D:2026-02-10","R:2026-02-10..2026-02-14"]),
 ("the 15th day of the first month",1,["D:2026-03-03"]),("March 3",1,["D:2026-03-03"]),
 ("a Tuesday",1,["D:2026-03-03"]),
 ("March 16-27",1,["R:2026-03-16..2026-03-27","D:2026-03-16","D:2026-03-27"]),("2014",1,["Y:2014"]),
 ("this year",2,["Y:2026"]),("since 1966",1,["Y:1966"]),("last year",1,["Y:2025"]),
 ("the day after the parade",1,["D:2026-02-23"]),("parade day",1,["D:2026-02-22"]),
 ("2019",1,["Y:2019"]),("2020",1,["Y:2020"]),("2021",1,["Y:2021"])]
N['a06'] = [("Lunar New Year",1),("midnight",1),("the Lantern Festival",1),("spring break",1),("9 a.m.",1),("3 p.m.",1)]
X['a06'] = [("four days",1),("1,988",1),("Bus 22",1),("Highway 1A",1),("100,000",1)]

G['a07'] = [("November 1",1,["D:2026-11-01"]),("the coming week",1,["W:2026-11-02"]),
 ("Diwali",1,["D:2026-11-08"]),("Sunday, November 8",1,["D:2026-11-08"]),
 ("October 1 and November 30",1,["R:2026-10-01..2026-11-30","D:2026-10-01","D:2026-11-30"]),
 ("Diwali",2,["D:2026-11-08"]),("September 9",1,["D:2026-09-09"]),
 ("60 days before the journey",1,["D:2026-09-09"]),("November 6",1,["D:2026-11-06"]),
 ("the day after",1,["D:2026-11-07"]),("last week",1,["W:2026-10-26","W:2026-10-19"]),
 ("November 10",1,["D:2026-11-10"]),("October 21",1,["D:2026-10-21"]),
 ("from October 14 to January 1",1,["R:2026-10-14..2027-01-01","D:2026-10-14","D:2027-01-01"]),
 ("Diwali",3,["D:2025-10-20"]),("last year",1,["Y:2025"]),
 ("from November 7 to 10",1,["R:2026-11-07..2026-11-10","D:2026-11-07","D:2026-11-10"]),
 ("Wednesday, November 11",1,["D:2026-11-11"]),("since the 1850s",1,["DEC:1850","RY:1850..1859"]),
 ("since 2019",1,["Y:2019"]),("Diwali",4,["D:2026-11-08"]),("November 24",1,["D:2026-11-24"]),
 ("mid-December",1,["MIN:2026-12"])]
N['a07'] = [("the festival",1),("Dhanteras",1),("8 pm",1),("10 pm",1),("Samvat 2083",1),("Guru Nanak Jayanti",1),("the Delhi winter",1)]
X['a07'] = [("186",1),("1,702",1),("60-day",1),("12561",1),("four minutes",1),("12",1),("16",1),("312",1)]

G['a08'] = [("March 18",1,["D:2026-03-18"]),("Tuesday",1,["D:2026-03-17"]),
 ("from March 20 to 23",1,["R:2026-03-20..2026-03-23","D:2026-03-20","D:2026-03-23"]),
 ("Pakistan Day",1,["D:2026-03-23"]),("tomorrow",1,["D:2026-03-19"]),
 ("February 19",1,["D:2026-02-19"]),("the 29th of Ramazan",1,["D:2026-03-19"]),
 ("Saturday",1,["D:2026-03-21"]),("March 14",1,["D:2026-03-14"]),("16",1,["D:2026-03-16"]),
 ("18",2,["D:2026-03-18"]),("the 23rd",1,["D:2026-03-23"]),("March 23, 1940",1,["D:1940-03-23"]),
 ("the same date",1,["D:1956-03-23"]),("1956",1,["Y:1956"]),
 ("since Kashmir Solidarity Day",1,["D:2026-02-05","R:2026-02-05..2026-03-18"]),
 ("February 5",1,["D:2026-02-05"]),("February's",1,["M:2026-02"]),("March 25",1,["D:2026-03-25"]),
 ("two days after Pakistan Day",1,["D:2026-03-25"]),
 ("the current fiscal year",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("FY2026-27",1,["R:2026-07-01..2027-06-30","RY:2026..2027","P:Y:2026","P:Y:2027"]),
 ("the first week of June",1,["W:2026-06-01","IN:2026-06-01..2026-06-07"]),
 ("early March",1,["MIN:2026-03"]),("May",1,["M:2026-05"]),("Tuesday, March 24",1,["D:2026-03-24"]),
 ("the 22nd",1,["D:2026-03-22"])]
N['a08'] = [("Eid-ul-Fitr holidays",1),("Ramazan",1),("Eid",2),("Pakistan Day",2),("6am",1),("1pm",1),("The day",1),("Eid",4)]
X['a08'] = [("four-day",1),("a day after Saudi Arabia",1),("ten days",1),("SRO 412(I)/2026",1),("Rs1.9 trillion",1),("130",1),("Green Line 5UP",1)]

G['a09'] = [("May 24",1,["D:2026-05-24"]),("Wednesday",1,["D:2026-05-27"]),("May 27",1,["D:2026-05-27"]),
 ("Sunday, May 31",1,["D:2026-05-31"]),("Tuesday, June 2",1,["D:2026-06-02"]),
 ("the Monday",1,["D:2026-06-01"]),("May 26",1,["D:2026-05-26"]),("27",2,["D:2026-05-27"]),
 ("the coming week",1,["W:2026-05-25"]),("last week",1,["W:2026-05-18","W:2026-05-11"]),
 ("the eve of Hari Raya Haji",1,["D:2026-05-26"]),
 ("The mid-year school holidays",1,["R:2026-05-23..2026-06-07","IN:2026-05-22..2026-06-08"]),
 ("yesterday",1,["D:2026-05-23"]),("June 7",1,["D:2026-06-07"]),("Monday, June 8",1,["D:2026-06-08"]),
 ("the first week of June",1,["W:2026-06-01","IN:2026-06-01..2026-06-07"]),("1894",1,["Y:1894"]),
 ("the eve of Wesak",1,["D:2026-05-30"]),("the day",1,["D:2026-05-31"]),
 ("the late 1990s",1,["IN:1995-01-01..1999-12-31","DEC:1990"]),("next week",1,["W:2026-05-25"]),
 ("Tuesday",2,["D:2026-05-26"]),("this year",1,["Y:2026"]),("2024",1,["Y:2024"]),
 ("since May 15",1,["D:2026-05-15","R:2026-05-15..2026-05-24"]),("the year",1,["Y:2026"]),
 ("June 22",1,["D:2026-06-22"])]
N['a09'] = [("Hari Raya Haji",1),("Wesak Day",1),("the Agong's official birthday",1),("7pm",1),("Hari Raya Haji",3),("Visit Malaysia 2026",1)]
X['a09'] = [("a week",1),("2.4 million",1),("E1",1),("E2",1),("90 per cent",1),("35.6 million",1),("25 million",1),("Jalan 16/3",1),("18",1)]

G['a10'] = [("Nov. 18",1,["D:2025-11-18"]),("the 2026 fiscal year",1,["Y:2026"]),
 ("a week from today",1,["D:2025-11-25"]),("yesterday",1,["D:2025-11-17"]),
 ("Thursday, Nov. 13",1,["D:2025-11-13"]),
 ("the end of the financial year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("the week",1,["W:2025-11-17"]),
 ("from Nov. 26 to Dec. 12",1,["R:2025-11-26..2025-12-12","D:2025-11-26","D:2025-12-12"]),
 ("the following Tuesday",1,["D:2025-12-16"]),("Friday, Dec. 19",1,["D:2025-12-19"]),
 ("Tuesday, Jan. 27, 2026",1,["D:2026-01-27"]),("Friday, Dec. 5",1,["D:2025-12-05"]),
 ("40 years ago",1,["Y:1985"]),("last year",1,["Y:2024"]),("the 2025 financial year",1,["Y:2025"]),
 ("since the third quarter of 2024",1,["Q:2024-Q3","R:2024-07-01..2024-09-30"]),("2016",1,["Y:2016"]),
 ("September",1,["M:2025-09"]),("Sept. 21",1,["D:2025-09-21"]),("a Sunday",1,["D:2025-09-21"]),
 ("the following day",1,["D:2025-09-22"]),("Jan. 7",1,["D:2026-01-07"])]
N['a10'] = [("the 2026 Budget Statement",1),("the 1992 Constitution",1),("National Farmers' Day",1),("the first Friday of December",1),("Founder's Day",1),("Constitution Day",1)]
X['a10'] = [("five days",1),("Article 179",1),("a month",1),("GH¢2.1 billion",1),("88",1),("275",1),("183-88",1),("Act 921",1)]

G['a11'] = [("July 16",1,["D:2026-07-16"]),("tomorrow",1,["D:2026-07-17"]),("July 31",1,["D:2026-07-31"]),
 ("today",1,["D:2026-07-16"]),
 ("July 28-Aug. 2",1,["R:2026-07-28..2026-08-02","D:2026-07-28","D:2026-08-02"]),
 ("Aug. 4",1,["D:2026-08-04"]),("5",2,["D:2026-08-05"]),("6",2,["D:2026-08-06"]),
 ("the first week of August",1,["W:2026-08-03","IN:2026-08-01..2026-08-07"]),
 ("Tuesday",1,["D:2026-07-14"]),("Saturday",1,["D:2026-07-18"]),
 ("since May 28",1,["D:2026-05-28","R:2026-05-28..2026-07-16"]),("July 27",1,["D:2026-07-27"]),
 ("60 days after he was placed on it",1,["D:2026-07-27"]),
 ("The 2026 season",1,["R:2026-03-26..2026-09-27","P:Y:2026"]),("March 26",1,["D:2026-03-26"]),
 ("Sept. 27",1,["D:2026-09-27"]),("since 2024",1,["Y:2024"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("Saturday, Aug. 15",1,["D:2026-08-15"]),
 ("1992",1,["Y:1992"]),("1983",1,["Y:1983"]),("the following weekend",1,["R:2026-08-22..2026-08-23"]),
 ("last year",1,["Y:2025"])]
N['a11'] = [("the second half",1),("6 p.m.",1),("the All-Star break",1),("the 60th anniversary",1),("the 1966 World Series",1),("7:05 p.m.",1)]
X['a11'] = [("5 1/2",1),("48-46",1),("three",1),("four",1),("two",1),("60-day",1),("68",1),("8 percent",1),("$19.66",1),("Gate H",1),("Interstate 395",1)]

G['a12'] = [("Oct. 29",1,["D:2025-10-29"]),("Tuesday",1,["D:2025-10-28"]),
 ("late 2027",1,["YIN:2027","IN:2027-07-01..2027-12-31"]),("March",1,["M:2025-03"]),
 ("early next year",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),("mid-2027",1,["YIN:2027"]),
 ("the first half of next year",1,["H:2026-H1","P:Y:2026"]),("the back half of 2026",1,["H:2026-H2"]),
 ("calendar 2027",1,["Y:2027"]),("Nov. 17",1,["D:2025-11-17"]),
 ("three weeks before investor day",1,["D:2025-11-17"]),("Dec. 8",1,["D:2025-12-08"]),
 ("the September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("a year earlier",1,["Q:2024-Q3","R:2024-07-01..2024-09-30","Y:2024"]),
 ("the previous quarter",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("the holiday quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the end of the decade",1,["Y:2029","IN:2027-01-01..2029-12-31","P:DEC:2020"]),
 ("2023",1,["Y:2023"]),("the 2030s",1,["DEC:2030","RY:2030..2039"]),("1999",1,["Y:1999"]),
 ("this year",1,["Y:2025"]),("2026",2,["Y:2026"]),("Wednesday",1,["D:2025-10-29"])]
N['a12'] = [("the 2022 CHIPS and Science Act",1),("4:30 p.m.",1)]
X['a12'] = [("six months later",1),("Strata 2028",1),("N2",1),("HBM4",1),("14%",1),("$3.1 billion",1),("7%",1),("$3.3 billion",1),("$3.5 billion",1),("$1.2 billion",1),("Section 48D",1),("6%",1),("41%",1),("two",1)]

G['a13'] = [("Thursday 11 December",1,["D:2025-12-11"]),
 ("Hanukkah",1,["R:2025-12-15..2025-12-22","R:2025-12-14..2025-12-22"]),
 ("Sunday 14 December",1,["D:2025-12-14"]),("25 Kislev",1,["D:2025-12-15"]),
 ("Monday 15 December",1,["D:2025-12-15"]),("Monday 22 December",1,["D:2025-12-22"]),
 ("three days before Christmas",1,["D:2025-12-22"]),("the evening before",1,["D:2025-12-21"]),
 ("the first night",1,["D:2025-12-14"]),("15",2,["D:2025-12-15"]),("17",1,["D:2025-12-17"]),
 ("21 December",1,["D:2025-12-21"]),("last year",1,["Y:2024"]),("25 December",1,["D:2024-12-25"]),
 ("Friday 19 December",1,["D:2025-12-19"]),
 ("the whole of the festival",1,["R:2025-12-15..2025-12-22","R:2025-12-14..2025-12-22"]),
 ("the summer holidays",1,["R:2025-12-20..2026-01-26","IN:2025-12-19..2026-01-27"]),
 ("Australia Day",1,["D:2026-01-26"]),("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("the weekend",1,["R:2025-12-13..2025-12-14"]),("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("1909",1,["Y:1909"]),("since October 2023",1,["M:2023-10","R:2023-10-01..2025-12-11"]),
 ("the end of the month",1,["MIN:2025-12","D:2025-12-31"])]
N['a13'] = [("6pm",1),("Christmas Day",1)]
X['a13'] = [("5,786",1),("Route 67",1),("eight minutes",1),("000",1),("1800 333 000",1)]

G['a14'] = [("3 April",1,["D:2026-04-03"]),("this year",1,["Y:2026"]),("Sunday",1,["D:2026-04-05"]),
 ("12 April",1,["D:2026-04-12"]),("Orthodox Holy Week",1,["R:2026-04-05..2026-04-11"]),
 ("Palm Sunday",1,["D:2026-04-05"]),("the same day",1,["D:2026-04-05"]),
 ("the western Easter",1,["D:2026-04-05"]),("Holy Saturday",1,["D:2026-04-11"]),
 ("the Orthodox Easter weekend",1,["R:2026-04-10..2026-04-13","P:D:2026-04-12"]),
 ("10 April",1,["D:2026-04-10"]),("13 April",1,["D:2026-04-13"]),("today",1,["D:2026-04-03"]),
 ("the Easter holidays",1,["R:2026-04-03..2026-04-19","IN:2026-04-02..2026-04-20"]),
 ("Monday 20 April",1,["D:2026-04-20"]),("8",1,["D:2026-04-08"]),("9",1,["D:2026-04-09"]),
 ("10 April",2,["D:2026-04-10"]),("the week after Easter",1,["W:2026-04-13"]),
 ("23 February",1,["D:2026-02-23"]),("11 April",1,["D:2026-04-11"]),
 ("50 days after Easter",1,["D:2026-06-01"]),("1 June",1,["D:2026-06-01"]),("2025",1,["Y:2025"]),
 ("2028",1,["Y:2028"]),("since the 1920s",1,["DEC:1920","RY:1920..1929"]),
 ("25 March",1,["D:2026-03-25"]),("1 April",1,["D:2026-04-01"]),("two days ago",1,["D:2026-04-01"]),
 ("Thursday 9 April",1,["D:2026-04-09"]),
 ("since Monday",1,["D:2026-03-30","R:2026-03-30..2026-04-03"])]
N['a14'] = [("Easter",1),("Good Friday",1),("Easter Monday",1),("the spring",1),("Green Monday",1),("midnight",1),("Kataklysmos",1),("Easter",8),("Greek Independence Day",1),("Cyprus National Day",1),("7pm",1)]
X['a14'] = [("CY 326",1),("a busy fortnight",1),("A1",1)]

G['a15'] = [("Wednesday 26 November",1,["D:2025-11-26"]),("Monday",1,["D:2025-12-01"]),
 ("St Andrew's Day",1,["D:2025-11-30"]),("a Sunday",1,["D:2025-11-30"]),("this year",1,["Y:2025"]),
 ("yesterday",1,["D:2025-11-25"]),("the St Andrew's Day holiday",1,["D:2025-12-01"]),
 ("1 December",1,["D:2025-12-01"]),
 ("the winter recess",1,["R:2025-12-20..2026-01-04","IN:2025-12-19..2026-01-05"]),
 ("20 December-4 January",1,["R:2025-12-20..2026-01-04","D:2025-12-20","D:2026-01-04"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027","P:Y:2026","P:Y:2027"]),
 ("13 January",1,["D:2026-01-13"]),("a fortnight later",1,["D:2026-01-27"]),
 ("the final sitting day",1,["D:2026-03-26"]),("Thursday 26 March",1,["D:2026-03-26"]),
 ("7 May",1,["D:2026-05-07"]),("six weeks after the last sitting",1,["D:2026-05-07"]),
 ("three weeks before the vote",1,["D:2026-04-16"]),("since 1999",1,["Y:1999"]),
 ("the saint's day",1,["D:2025-11-30"]),("Saturday",1,["D:2025-11-29"]),
 ("since the Seventies",1,["DEC:1970","RY:1970..1979"]),("Boxing Day",1,["D:2025-12-26"]),
 ("25 January",1,["D:2026-01-25"]),("a Sunday",3,["D:2026-01-25"]),("2026",2,["Y:2026"])]
N['a15'] = [("2 January",1),("30 November",1),("the day",1),("St Andrew's Day Bank Holiday (Scotland) Act 2007",1),("the Christmas fortnight",1),("Burns Night",1)]
X['a15'] = [("A90",1),("a Sunday timetable",1),("S6M-19862",1),("64",1)]

G['a16'] = [("Monday, December 7",1,["D:2026-12-07"]),("Jamhuri Day",1,["D:2026-12-12"]),
 ("a Saturday",1,["D:2026-12-12"]),("this year",1,["Y:2026"]),("yesterday",1,["D:2026-12-06"]),
 ("1963",1,["Y:1963"]),("Wednesday",1,["D:2026-12-09"]),("Thursday",1,["D:2026-12-10"]),
 ("the eve of the holiday",1,["D:2026-12-11"]),("Thursday",2,["D:2026-12-03"]),
 ("the long recess",1,["R:2026-12-04..2027-02-08","IN:2026-12-03..2027-02-09"]),
 ("Tuesday, February 9, 2027",1,["D:2027-02-09"]),("August 10, 2027",1,["D:2027-08-10"]),
 ("from January 18 to February 28",1,["R:2027-01-18..2027-02-28","D:2027-01-18","D:2027-02-28"]),
 ("90 days before the election",1,["D:2027-05-12"]),("2022",1,["Y:2022"]),
 ("November 20",1,["D:2026-11-20"]),
 ("the second week of January",1,["W:2027-01-11","IN:2027-01-08..2027-01-14"]),
 ("The 2027 school year",1,["R:2027-01-04..2027-11-26","P:Y:2027"]),("January 4",1,["D:2027-01-04"]),
 ("November 26",1,["D:2027-11-26"]),
 ("since Mashujaa Day",1,["D:2026-10-20","R:2026-10-20..2026-12-07"]),
 ("New Year's Day",1,["D:2027-01-01"]),("Jamhuri Day",2,["D:2021-12-12"]),("2021",1,["Y:2021"])]
N['a16'] = [("9am",1),("the second Tuesday in August",1)]
X['a16'] = [("63 years",1),("Bill No. 46",1),("14 days",1),("a week later",1),("Grade 10",1),("KSh 1,963",1),("0800 722 203",1),("60,000",1)]

G['a17'] = [("April 23",1,["D:2026-04-23"]),("Vesak",1,["D:2026-05-01"]),("Friday, May 1",1,["D:2026-05-01"]),
 ("this year",1,["Y:2026"]),("the same day",1,["D:2026-05-01"]),
 ("the following Sunday",1,["D:2026-05-03"]),("yesterday",1,["D:2026-04-22"]),
 ("Vesak week",1,["R:2026-04-28..2026-05-04"]),
 ("April 28 to May 4",1,["R:2026-04-28..2026-05-04","D:2026-04-28","D:2026-05-04"]),
 ("Saturday, May 2",1,["D:2026-05-02"]),("the two days",1,["R:2026-05-01..2026-05-02"]),
 ("April 30",1,["D:2026-04-30"]),("May 1",2,["D:2026-05-01"]),("2",2,["D:2026-05-02"]),
 ("tomorrow",1,["D:2026-04-24"]),("next week",1,["W:2026-04-27"]),("this year",2,["Y:2026"]),
 ("May 30",1,["D:2026-05-30"]),("June 29",1,["D:2026-06-29"]),("2023",1,["Y:2023"]),
 ("since the Sinhala and Tamil New Year",1,["D:2026-04-14","R:2026-04-14..2026-04-23"]),
 ("Tuesday, April 14",1,["D:2026-04-14"]),
 ("since the early 1980s",1,["DEC:1980","IN:1980-01-01..1984-12-31"]),
 ("the eve of Vesak",1,["D:2026-04-30"]),("the whole week",1,["R:2026-04-28..2026-05-04"]),
 ("the weekend",1,["R:2026-04-25..2026-04-26"]),("February 4",1,["D:2026-02-04"]),
 ("Monday",1,["D:2026-04-27"])]
N['a17'] = [("International Workers' Day",1),("The Day following Vesak Full Moon Poya Day",1),("the festival",1),("7pm",1),("midnight",1),("Independence Day",1)]
X['a17'] = [("138",1),("a month",1),("1959",1),("No. 2570",1)]

G['a18'] = [("Aug 1",1,["D:2025-08-01"]),("Saturday week",1,["D:2025-08-09"]),("tomorrow",1,["D:2025-08-02"]),
 ("July 19",1,["D:2025-07-19"]),("26",1,["D:2025-07-26"]),("Aug 9, 1965",1,["D:1965-08-09"]),
 ("since 1966",1,["Y:1966"]),("since May",1,["M:2025-05","R:2025-05-01..2025-08-01"]),
 ("Friday, Aug 8",1,["D:2025-08-08"]),("Sept 5",1,["D:2025-09-05"]),
 ("the September holidays",1,["R:2025-09-06..2025-09-14","IN:2025-09-05..2025-09-15"]),
 ("from Sept 6 to 14",1,["R:2025-09-06..2025-09-14","D:2025-09-06","D:2025-09-14"]),
 ("eight days after the parade",1,["D:2025-08-17"]),("May 3",1,["D:2025-05-03"]),
 ("late August",1,["MIN:2025-08"]),("Dec 31, 2026",1,["D:2026-12-31"]),
 ("the 1960s",1,["DEC:1960","RY:1960..1969"]),
 ("the early 1970s",1,["DEC:1970","IN:1970-01-01..1974-12-31"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),("1965",2,["Y:1965"]),
 ("this year",1,["Y:2025"])]
N['a18'] = [("the 60th anniversary",1),("2pm",1),("5.30pm",1)]
X['a18'] = [("27,000",1),("F-16",1),("F-35B",1),("1,965",1),("65.6 per cent",1),("SG60",1),("S$600",1),("84",1),("Block 1965",1),("Channel 5",1)]

G['a19'] = [("Sept. 5",1,["D:2026-09-05"]),("Monday's",1,["D:2026-09-07"]),("Last year's",1,["Y:2025"]),
 ("the long weekend",1,["R:2026-09-05..2026-09-07","P:D:2026-09-07"]),
 ("the following Friday",1,["D:2026-09-11"]),("Sept. 19",1,["D:2026-09-19"]),
 ("Sept. 26",1,["D:2026-09-26"]),
 ("four days before the National Day for Truth and Reconciliation",1,["D:2026-09-26"]),
 ("Oct. 12",1,["D:2026-10-12"]),("the 2026 season",1,["R:2026-06-04..2026-10-31","P:Y:2026"]),
 ("June 4",1,["D:2026-06-04"]),("Oct. 31",1,["D:2026-10-31"]),("a week later",1,["D:2026-11-07"]),
 ("Nov. 22",1,["D:2026-11-22"]),("since 1999",1,["Y:1999"]),("Oct. 17",1,["D:2026-10-17"]),
 ("Nov. 30, 1986",1,["D:1986-11-30"]),
 ("40 years ago this fall",1,["S:autumn-1986","R:1986-09-01..1986-11-30","Y:1986"]),
 ("the '80s",1,["DEC:1980","RY:1980..1989"]),("since 2014",1,["Y:2014"]),
 ("last Saturday",1,["D:2026-08-29"]),("tomorrow",1,["D:2026-09-06"]),("Monday",2,["D:2026-09-07"])]
N['a19'] = [("Labour Day Classic",1),("Thanksgiving Day",1),("1 p.m.",1),("the holiday",1)]
X['a19'] = [("25,000",1),("five days",1),("27-24",1),("5-5",1),("113th",1),("39-15",1),("71",1),("Section 113",1),("Highway 403",1)]

G['a20'] = [("Thursday, July 31",1,["D:2025-07-31"]),
 ("the six days from Emancipation Day to Independence Day",1,["R:2025-08-01..2025-08-06"]),
 ("tomorrow",1,["D:2025-08-01"]),("Friday, August 1",1,["D:2025-08-01"]),("1834",1,["Y:1834"]),
 ("Independence Day",2,["D:2025-08-06"]),("a Wednesday",1,["D:2025-08-06"]),
 ("August 6, 1962",1,["D:1962-08-06"]),("next Wednesday",1,["D:2025-08-06"]),
 ("August 2",1,["D:2025-08-02"]),("August 1",2,["D:2025-08-01"]),("4",1,["D:2025-08-04"]),
 ("5",1,["D:2025-08-05"]),("September 8, 2020",1,["D:2020-09-08"]),
 ("five years from that date",1,["D:2025-09-08"]),
 ("within 90 days of dissolution",1,["IN:2025-09-08..2025-12-07","P:D:2025-09-08"]),
 ("last Sunday",1,["D:2025-07-27"]),("the weekend",1,["R:2025-08-02..2025-08-03"]),
 ("The 2025-26 school year",1,["R:2025-09-01..2026-07-03","RY:2025..2026","P:Y:2025"]),
 ("Monday, September 1",1,["D:2025-09-01"]),("July 3",1,["D:2026-07-03"]),
 ("the first week of term",1,["W:2025-09-01"]),("October 20",1,["D:2025-10-20"]),
 ("August 6",2,["D:2025-08-06"]),("Sunday, August 10",1,["D:2025-08-10"]),
 ("four days after the Gala",1,["D:2025-08-10"])]
N['a20'] = [("Emancipation Day",2),("7 p.m.",1),("National Heroes Day",1),("midnight",1)]
X['a20'] = [("63 years",1),("route 21A",1),("876-926-1962",1)]

G['a21'] = [("January 6",1,["D:2026-01-06"]),("six weeks from today",1,["D:2026-02-17"]),
 ("later in the year",1,["IN:2026-01-06..2026-12-31","Y:2026"]),("02.01.2026",1,["D:2026-01-02"]),
 ("from February 17 to March 10",1,["R:2026-02-17..2026-03-10","D:2026-02-17","D:2026-03-10"]),
 ("April 4",1,["D:2026-04-04"]),("February 17",2,["D:2026-02-17"]),("February 25",1,["D:2026-02-25"]),
 ("March 7",1,["D:2026-03-07"]),("March 4",1,["D:2026-03-04"]),
 ("two weeks before the first paper",1,["D:2026-02-03"]),
 ("from May 15 to June 1",1,["R:2026-05-15..2026-06-01","D:2026-05-15","D:2026-06-01"]),
 ("the end of June",1,["MIN:2026-06","D:2026-06-30"]),("February 14",1,["D:2026-02-14"]),
 ("the winter vacation",1,["R:2026-01-01..2026-01-15","IN:2025-12-31..2026-01-16"]),
 ("from January 1 to 15",1,["R:2026-01-01..2026-01-15","D:2026-01-01","D:2026-01-15"]),
 ("Saturday",1,["D:2026-01-10"]),
 ("The 2026-27 academic session",1,["R:2026-04-01..2027-03-31","RY:2026..2027","P:Y:2026"]),
 ("April 1",1,["D:2026-04-01"]),("2021",1,["Y:2021"]),("June",3,["M:2021-06"]),
 ("March 31",1,["D:2026-03-31"]),("1962",1,["Y:1962"]),("2020",1,["Y:2020"]),
 ("2021-22",1,["RY:2021..2022","P:Y:2021"]),("last year",1,["Y:2025"]),
 ("the end of the examinations",1,["D:2026-04-04"])]
N['a21'] = [("Holi",1),("8 am",1),("10 pm",1)]
X['a21'] = [("4.6 million",1),("Class 10",1),("Class 10",2),("Class 12",1),("Class 10",3),("Class 12",2),("Class 9",1),("Class 11",1),("Class 10",4),("93.66 per cent",1),("1800-11-8004",1),("seven days a week",1)]

G['a22'] = [("Jan. 12",1,["D:2026-01-12"]),
 ("the spring 2026 semester",1,["R:2026-01-20..2026-05-07","P:Y:2026"]),
 ("next week",1,["W:2026-01-19"]),("Tuesday, Jan. 20",1,["D:2026-01-20"]),
 ("the day after the Martin Luther King Jr. holiday",1,["D:2026-01-20"]),
 ("Saturday",1,["D:2026-01-17"]),("the 10th day of classes",1,["D:2026-02-02"]),
 ("Feb. 2",1,["D:2026-02-02"]),("10 days after the start of classes",1,["D:2026-01-30"]),
 ("April 10",1,["D:2026-04-10"]),
 ("Spring break",1,["R:2026-03-28..2026-04-05","IN:2026-03-27..2026-04-06"]),
 ("March 28-April 5",1,["R:2026-03-28..2026-04-05","D:2026-03-28","D:2026-04-05"]),
 ("Easter",1,["D:2026-04-05"]),("May 1",1,["D:2026-05-01"]),("May 3",1,["D:2026-05-03"]),
 ("4",1,["D:2026-05-04"]),("5",2,["D:2026-05-05"]),("7",1,["D:2026-05-07"]),
 ("May 6",1,["D:2026-05-06"]),("Saturday, May 9",1,["D:2026-05-09"]),("last month",1,["M:2025-12"]),
 ("the 2026-27 academic year",1,["R:2026-09-02..2027-05-21","RY:2026..2027","P:Y:2026"]),
 ("Wednesday, Sept. 2",1,["D:2026-09-02"]),("five days before Labor Day",1,["D:2026-09-02"]),
 ("May 21, 2027",1,["D:2027-05-21"]),("The fall semester",1,["R:2026-09-02..2026-12-18","P:Y:2026"]),
 ("the Thanksgiving recess",1,["R:2026-11-26..2026-11-29","IN:2026-11-25..2026-11-30"]),
 ("Nov. 26-29",1,["R:2026-11-26..2026-11-29","D:2026-11-26","D:2026-11-29"]),
 ("Dec. 18",1,["D:2026-12-18"]),("a week before Christmas",1,["D:2026-12-18"]),
 ("since 2017",1,["Y:2017"]),("the late 1970s",1,["IN:1975-01-01..1979-12-31","DEC:1970"]),
 ("Feb. 1",1,["D:2026-02-01"]),("Jan. 2",1,["D:2026-01-02"]),("a year ago",1,["Y:2025"]),
 ("the first day of classes",1,["D:2026-01-20"])]
N['a22'] = [("the 2026-27 FAFSA",1),("7 a.m.",1)]
X['a22'] = [("42,000",1),("Math 221",1),("Chem 104",1),("a decade",1),("3 percent",1),("Route 80",1)]

G['a23'] = [("Friday 24 October",1,["D:2025-10-24"]),
 ("Labour Weekend",1,["R:2025-10-25..2025-10-27","P:D:2025-10-27"]),
 ("since Matariki",1,["D:2025-06-20","R:2025-06-20..2025-10-24"]),("28 September",1,["D:2025-09-28"]),
 ("today",1,["D:2025-10-24"]),("Tuesday",1,["D:2025-10-28"]),
 ("the same weekend",1,["R:2024-10-26..2024-10-28"]),("last year",1,["Y:2024"]),
 ("Saturday",1,["D:2025-10-25"]),("today",2,["D:2025-10-24"]),
 ("the Friday before Labour Day",1,["D:2025-10-24"]),("since 1900",1,["Y:1900"]),
 ("1840",1,["Y:1840"]),("Monday's",1,["D:2025-10-27"]),
 ("18 and 19 October",1,["R:2025-10-18..2025-10-19","D:2025-10-18","D:2025-10-19"]),
 ("Diwali",3,["D:2025-10-20"]),("Monday",2,["D:2025-10-20"]),
 ("Term 4",1,["R:2025-10-13..2025-12-19"]),("13 October",1,["D:2025-10-13"]),
 ("19 December",1,["D:2025-12-19"]),("this spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"]),
 ("summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("5 April",1,["D:2026-04-05"]),
 ("Monday",3,["D:2025-10-27"]),("today",3,["D:2025-10-24"]),("Christmas Day",1,["D:2025-12-25"]),
 ("14 November",1,["D:2025-11-14"]),("Monday 26 January",1,["D:2026-01-26"]),
 ("next year",1,["Y:2026"])]
N['a23'] = [("4pm",1),("6am",1),("midday",1),("Labour Day",2),("3pm",1)]
X['a23'] = [("SH1",1),("a fortnight",1),("two weeks",1),("a Sunday timetable",1),("four",1),("111",1),("*555",1),("1.7 million",1)]

G['a24'] = [("1 March",1,["D:2025-03-01"]),("today",1,["D:2025-03-01"]),
 ("this weekend",1,["R:2025-03-01..2025-03-02"]),
 ("Forty years ago on Monday",1,["D:1985-03-03","Y:1985"]),("1984-85",1,["RY:1984..1985","P:Y:1984"]),
 ("the following Tuesday",1,["D:1985-03-05"]),("5 March 1985",1,["D:1985-03-05"]),
 ("12 March 1984",1,["D:1984-03-12"]),("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),
 ("January 2008",1,["M:2008-01"]),("Monday",2,["D:2025-03-03"]),
 ("a week on Monday",1,["D:2025-03-10"]),("8",1,["D:2025-03-08"]),("15",1,["D:2025-03-15"]),
 ("22 March",1,["D:2025-03-22"]),("the 1980s",1,["DEC:1980","RY:1980..1989"]),("1961",1,["Y:1961"]),
 ("the turn of the millennium",1,["IN:1995-01-01..2005-12-31"]),("Wednesday",1,["D:2025-03-05"]),
 ("7 May next year",1,["D:2026-05-07"]),("Easter",1,["D:2025-04-20"]),("Monday",4,["D:2025-03-03"]),
 ("1985",2,["Y:1985"]),("since January",1,["M:2025-01","R:2025-01-01..2025-03-01"])]
N['a24'] = [("St David's Day",1),("yesterday",1),("10am",1)]
X['a24'] = [("28",1),("A4059",1),("£1,984",1),("No. 2",1)]

G['a25'] = [("December 15",1,["D:2025-12-15"]),("December 29",1,["D:2025-12-29"]),
 ("a fortnight from today",1,["D:2025-12-29"]),("Thursday",1,["D:2025-12-11"]),
 ("Thursday, February 12",1,["D:2026-02-12"]),
 ("December 30-January 4",1,["R:2025-12-30..2026-01-04","D:2025-12-30","D:2026-01-04"]),
 ("within five days of the end of scrutiny",1,["IN:2026-01-04..2026-01-09","P:D:2026-01-04"]),
 ("January 20",1,["D:2026-01-20"]),("the next day",1,["D:2026-01-21"]),
 ("January 22",1,["D:2026-01-22"]),("February 10",1,["D:2026-02-10"]),
 ("two days before the vote",1,["D:2026-02-10"]),("February 13",1,["D:2026-02-13"]),
 ("within 30 days of the results",1,["IN:2026-02-13..2026-03-15","P:D:2026-02-13"]),
 ("last month",1,["M:2025-11"]),("tomorrow's",1,["D:2025-12-16"]),
 ("December 16, 1971",1,["D:1971-12-16"]),
 ("since January 2024",1,["M:2024-01","R:2024-01-01..2025-12-15"]),("February",4,["M:2026-02"]),
 ("since 1996",1,["Y:1996"]),("the end of the month",1,["MIN:2025-12","D:2025-12-31"]),
 ("the fiscal year 2025-26",1,["R:2025-07-01..2026-06-30","RY:2025..2026","P:Y:2025","P:Y:2026"]),
 ("the third quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("tomorrow",2,["D:2025-12-16"]),
 ("Christmas Day",1,["D:2025-12-25"])]
N['a25'] = [("7:30am",1),("Victory Day",1),("the Representation of the People Order, 1972",1)]
X['a25'] = [("13th",1),("Article 123",1),("12.77 crore",1),("Tk 2,900 crore",1),("105",1),("Dhaka-10",1),("Chattogram-9",1),("Tk 25 lakh",1)]
