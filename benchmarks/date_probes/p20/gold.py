# Hand annotation for probe p20 (invented wire copy published 2025-01 .. 2026-12 in beats and forms p1-p19 used little: a
# month's weather records in Dublin ('the warmest October since 1998', 'since records began in 1881', 'the 1991-2020
# average', 'The second half of October', 'the middle of next week', 'the weekend after next', a quote's 'the end of the
# week'); an ASX dividend timetable ('goes ex on Thursday 26 February', 'a record date of Friday 27 February', 'the next
# business day after the record date', 'the prior corresponding period', 'the first half of FY27'); the Three Weeks and
# Tisha B'Av in Jerusalem ('the 17th of Tammuz', 'the first of Av', 'the Nine Days', 'the 15th of Av'); Chhath Puja
# before Bihar's two-phase election ('the four-day festival', 'nine days before the first phase', 'within the week'
# said on Diwali); Japan's tax filing season ('Reiwa 7 (2025)', 'the Sunday after next', 'January last year'); Dresden's
# Advent ('Totensonntag', 'The first Sunday of Advent', 'the Saturday before the second Sunday of Advent', 'the third
# Advent weekend', 'a week tomorrow'); the snooker championship over Easter ('Tuesday week', 'the middle weekend', 'the
# bank holiday Monday'); the Tour de France in Barcelona ('three weeks and a day later', 'the eve of Bastille Day',
# 'next July' said in October); an FDA decision date ('60 days after the company filed', 'its fiscal first quarter');
# Singles' Day ('Double 11', 'Double 12', '618', 'a week Friday', 'the month after next', "in a month's time"); a Hong
# Kong court over Easter and Ching Ming ('Wednesday week', 'the week beginning April 20', 'the end of next month' said in
# January); Queensland's Term 3 and the Ekka ('the rest of the week', Queensland's King's Birthday in October); Onam on
# Nabidinam ('the eve of Uthradom', 'the ten days to Thiruvonam'); the Czech two-day vote ('within 30 days of the vote',
# 'the week after the vote'); Papua New Guinea at fifty ('Fifty years ago tomorrow'); Thaipusam and Federal Territory
# Day on one Sunday in a Kuala Lumpur Sunday paper ('the same Sunday', 'the day in lieu', 'a week today'); ISO weeks in
# Hamburg ('weeks 20 and 21', 'week 19', 'calendar week 23', 'a week Thursday'); Baird's television centenary ('A hundred
# years ago on Monday', '(1888-1946)', 'three months later'); Chile's runoff ('four weeks after the first round', '11
# days before Christmas'); an August year-end retailer ('the six months to February', 'the December-February quarter',
# 'the year to August', 'Showa 33 (1958)'); bins over Christmas in Yorkshire ('the week commencing 29 December',
# 'Tuesday fortnight', 'a week on Saturday', 'Twelfth Night', 'Last Christmas'); Coptic Christmas in Cairo ('29 Kiahk',
# '11 Tobi', 'the 43-day Nativity Fast', a holiday moved to a Thursday); Midsummer in a Stockholm Sunday paper ('Week
# 25', 'weeks 28 to 31', 'the Monday after Midsummer'); Independence Day on Navroz in Mumbai ('a fortnight today', '20
# years ago this monsoon'); Pongal in Chennai ('Pongal day', 'the day after')), written blind (claimkit, its source and
# its tests never read or run).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'within N days of X')
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal or league year, the holiday of a holiday
#   weekend, the day a 'within N days of' window opens on, the week of 'the middle of next week' or 'the rest of the
#   week', the day 'the week commencing' names, the decade 'the end of the decade' lies in, the closing day of 'the
#   half-year ended 31 December'); such a claim is not counted wrong for precision, but does not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '8:30 p.m.', '2 p.m.', '6.30pm', 'midnight';
#   laws and documents with years 'the Climate Action and Low Carbon Development (Amendment) Act 2021', 'Orphan Drug Act
#   of 1983', 'Act No. 247/1995 Coll.', 'Television Act 1954', 'Environment Act 2021', '2026 sustainability report',
#   '2026 budget'; names with years 'Jarrah 2030', 'Jerusalem Pass 2025', '1992 Olympics', 'the 2011 revolution';
#   years of eras and calendars named by a number alone 'Kollavarsham 1202', 'Yazdegerdi 1395', '1742' (Coptic), '2056'
#   (Thiruvalluvar); a feast's or holiday's name beside its date ('Chhath Puja' begins tomorrow, 'Nahay Khay', 'Kharna',
#   'Diwali' itself on Monday, 'Tu B'Av', 'Rosh Hashanah', 'Emperor's Birthday', 'Vernal Equinox Day', 'Repentance and
#   Prayer Day', 'Totensonntag', 'Christmas Day' on a Thursday, 'Thiruvonam', 'Nabidinam', 'Uthradom', 'Statehood Day',
#   'Remembrance Day', 'National Repentance Day', 'Thaipusam', 'Federal Territory Day', 'Chinese New Year', 'Ascension
#   Day', 'Immaculate Conception', 'Coptic Christmas', 'Epiphany', 'Coptic Easter', 'Sham el-Nessim', 'Midsummer Eve',
#   'National Day', 'Midsummer', 'Independence Day', 'Navroz' and 'the Parsi New Year' on Friday, 'Police Day', Coptic
#   'Christmas Eve' tonight, 'Janmashtami', 'Raksha Bandhan', 'Ganesh
#   Chaturthi', 'Bhogi', 'Uzhavar Thirunal', 'Thai Pongal', 'Thiruvalluvar Day', 'Mattu Pongal', 'Republic Day', 'King's
#   Birthday', 'Ching Ming', 'La Diada', 'La Merce', 'Mid-Autumn Festival', 'the Bon holidays' in mid-August);
#   generic and habitual uses ('October' of 'the warmest October', 'the highest October reading', 'the lowest July
#   reading', the Volta's old 'June' slot, 'Saturdays', 'Fridays and Saturdays', 'Monday and Thursday', a show holiday on
#   'a Friday', 'the first Monday in October', 'The Parsi new year' that drifts); vague spans ('the rainy season', 'since
#   the pandemic', 'next time', 'the summer' of school holidays, 'Christmas and New Year' as a break, 'the 40th
#   anniversary', 'the 90th anniversary').
# X: decoys, not dates (product, model and trial names 'AB-2026', 'RENEW-2', 'Week 24', '52-week', 'X11', 'X10', 'Pad
#   12', 'K50'; prices and counts that read as years or days '$20.26', '$20.25', 'HK$20.25', '2,026 yen', 'HK$2,017
#   million', 'EGP 1,225', 'Rs 1,395', '£19,260', '1,926', '1,975', '1,225', '2,512', '1214' (a polling table), '94',
#   '272', '243', '12', '16', '19', '40', '61', '71', '21', '48', '96', '812', '120', '1,100', '1,000', '14,104'; case,
#   law and object numbers 'HCCC 118/2025', 'Theft Ordinance (Cap. 210)', '1926.4', 'voyage 519W'; streets, roads and
#   routes '22 Frith Street', 'routes 1 and 38', 'route 62', 'A4', 'B-10', 'E4', 'E18', 'NH 66', 'MRR2', 'Exit 17',
#   'Line 1', 'Line 4', 'Berth 7', 'ASX 200'; flights and trains 'PX 192', 'NV 1419', '6E 5315', '02391', '06047',
#   '06089'; phone numbers '0345 015 1225', '1300 227 820'; scores '18-13', '24-16'; ordinals '50th',
#   '79th', '113th', '21' stages; durations, comparisons and measures '17 days', 'eleven days', 'a fortnight', '25
#   hours', 'eight minutes', 'ten days', 'five weeks', 'three weeks', 'two weeks', '24 hours', '18 years', 'more than a
#   week late', 'almost three weeks', 'four times', '1-in-30-year', '24/7', '12-hour', temperatures, percentages and
#   money); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p19 (bare weekdays by the verb's tense ('last Sunday' the most recent past Sunday); anaphora by the
#   narrative's focus; quoted speech by the day it was said (SPEAKER in verify.py); fiscal periods by the stated
#   year-end; holidays on the day observed in the story's country and calendar, the feast itself on its own day;
#   southern seasons (a02 Sydney, a12 Brisbane, a19 Santiago) R: plus the northern label, northern ones S: then R:;
#   hyphenated, 'and', 'to' and 'from X to Y' ranges R: with both ends as D:; holiday weekends R: of the days off (P:
#   the holiday); a Sunday paper's (a16, a23) 'next week' and 'the coming week' from the next day and 'last week' both
#   weeks before; 'N days/weeks before/after X' single days counted with X as day 0; school holidays R: with IN: a day
#   wider; decades DEC: and RY:, early and late ones IN: of that half; 'the end of <month>' MIN: and D:; 'the end of the
#   year' D:, M:, Y:; 'the end of the decade' Y: with IN: of its last three years (P:DEC:); 'early 2027' YIN: and IN: of
#   its first four months; 'since X' D: or M: of the start with R: to publication, a year alone as itself; 'the nth week
#   of <month>' W: of its nth Monday and IN: of its days 7n-6..7n; 'within N days of X' IN:X..X+N (P:D:X); 'the eve of
#   X' the day before X; '<weekday> week' and 'a week on <weekday>' the coming such day + 7, '<weekday> fortnight' + 14;
#   'N years ago on <weekday>' and 'N years ago tomorrow' D: of that day N years back and Y:; life spans in parentheses
#   RY: with Y: of each end; era years ('Reiwa 7', 'Reiwa 8') Y:; 'a year earlier' the same period a year back; a
#   predicative weekday after a date or holiday ('a Tuesday', 'a Sunday') that day; a feast's name beside its date N;
#   a part of a day outside the span ('{{Saturday}} night', '{{Monday}} evening', 'the night of {{the day in lieu}}').
# Added in p20 (decided while planning or marking up, before the readings that use them were settled):
#   ISO week numbers ('week 19', 'Week 25', 'week 26', 'calendar week 23') W: of that ISO week's Monday; 'weeks 20 and
#   21', 'weeks 28 to 31' R: from the first week's Monday to the last week's Sunday with W: of each end; 'the week
#   commencing <date>' and 'the week beginning <date>' W: (P:D:, as 'the week of'); 'a week Friday', 'a week Thursday'
#   (British, no 'on') the coming such day + 7; 'a week tomorrow' tomorrow + 7; 'a week today' and 'a fortnight today'
#   + 7 and + 14 (p14's); 'the Sunday after next' the coming such day + 7; 'the weekend after next' R: of this weekend
#   + 14 (this weekend being the current Saturday-Sunday on a Saturday, else the coming one); 'the month after next' M:
#   two months on; "in a month's time" D: of the same day next month with M:; 'the middle of next week' IN: of next
#   week's Tuesday-Thursday (P:W:); 'the rest of the week' IN: from publication to Sunday (P:W:); 'within the week'
#   said on a Monday IN: from the next day to Sunday (P:W:); 'this month' M:; 'the end of the week' D: of its Friday
#   with IN: to its Sunday (p16's); 'the end of next month' MIN: and D: of its last day; 'later in the year' IN: to 31
#   December with Y: (p19's); 'the first half of the month' / 'The second half of October' R: of days 1-15 / 16-end
#   with MIN:; 'since the start of the year' D: 1 January with R: to publication; 'the same month last year' M:; 'N
#   months later' after a day or a month M: of the month reached; 'since then' after a month M: with R: to publication;
#   'three weeks and a day later', 'four weeks after the first round', '13 days later', '13 days after the western
#   Christmas', '11 days before Christmas' single days; 'the next business day after the record date' D:; a dividend's
#   ex, record and payment dates as printed; 'the prior corresponding period' (ASX) R: of the same half a year back
#   with H:; 'first half' and 'the second half' of a June-year company R: with H: of the calendar half; 'the first half
#   of FY27' R: with H:; 'the half-year ended 31 December' R:, H: (P:D: its last day, p17's); 'the six months to
#   February', 'the year to August' R: (the latter P:Y:); 'the December-February quarter', 'third-quarter' R: of an
#   August-year company's quarter; 'the fourth quarter of this year', 'the second quarter of 2026' Q: with R:; 'the
#   second half of the calendar year' H:; shopping days named by their date ('Double 11', 'Double 12', '618') D: of that
#   day in the year the tense gives; 'the National Day holiday' (China, 2025) R: of its eight days; era years 'Showa 33'
#   Y:; '284' (the Coptic era's first year) Y:; days of other calendars ('the 17th of Tammuz', 'the first of Av', 'the
#   15th of Av', '29 Kiahk', '11 Tobi') D: of their Gregorian day; 'Tisha B'Av' D: of 9 Av with R: from the evening
#   before (as p19's Hanukkah); 'the Three Weeks' R: 17 Tammuz..9 Av and 'the Nine Days' R: 1 Av..9 Av; 'the month of
#   Kiahk' R: of its thirty days; 'the 43-day Nativity Fast' R:; Chhath's 'the four-day festival' R: of Nahay Khay to
#   the dawn offering and 'the festival's last two days' R:; 'the ten days to Thiruvonam' R: ending on it; Advent:
#   'The first Sunday of Advent' D: (the Sunday of 27 November-3 December), 'the four weeks of Advent' R: from it to
#   Christmas Eve, 'the third Advent weekend' R: of the Saturday-Sunday ending on the third Sunday, 'the Saturday before
#   the second Sunday of Advent' D:, 'St Nicholas Day' D: 6 December; 'Twelfth Night' D: 5 January with D: 6 January
#   accepted; 'the weekend before Christmas' R: of the last Saturday-Sunday before 25 December; 'the ten days after
#   Christmas' R: 26 December..4 January; 'Last Christmas' D: of the previous 25 December (p6's 'last Easter'); 'the
#   Easter weekend' (England) R: Good Friday..Easter Monday (P:D: Easter); 'the bank holiday Monday' of an English
#   story D: of the bank holiday; 'the middle weekend' of a 17-day tournament R: of its second Saturday-Sunday; 'the
#   first weekend of July' R: of the month's first Saturday-Sunday (p5's nth weekend); 'the opening weekend' R: of the
#   race's first Saturday-Sunday; 'the 2026 race' R: of its stated days (P:Y:); Queensland school terms R: of their
#   stated days, 'the winter holidays' and 'the September holidays' R: with IN: a day wider, 'the Ekka holiday' D: of
#   Brisbane's show Wednesday, Queensland's King's Birthday on the first Monday of October; anaphoric days and spans
#   of the story's own calendar ('the first day' and 'the second day' of a two-day vote, 'both days', 'The holidays',
#   'the weekend that follows', 'the day', 'the evening before', 'the first day of the Tamil month of Thai') D: or R:; 'the first working day after
#   the Easter and Ching Ming holidays' D:; 'The five-day break' R:; 'the day in lieu' D: of the Monday after two
#   holidays on one Sunday; 'a long weekend', 'a three-day weekend', 'the holiday weekend', 'the long weekend' R: of the
#   days off (P:D: the holiday); 'nine days of celebrations' R:; 'a two-day vote' R:; 'the week after the vote' W: of
#   the week after its last day; 'within 30 days of the vote' counted from the vote's last day; 'A hundred years ago on
#   Monday' D: of the coming Monday's date a hundred years back and Y: (p19's 'Forty years ago on Monday'); '20 years
#   ago this monsoon' Y: with R: of that year's June-September; year ranges of any length ('1991-2020', '2017 and 2019',
#   '(1888-1946)') RY: with Y: of each end (p11's '1991-2020'); 'the winter of 2010-11' S: and R:; 'the coming winter'
#   read from a bare 'winter' S: and R:; 'the autumn', 'the spring' of a northern story S: and R:, 'a summer' of a
#   southern one R: and the northern label.
G = {}
N = {}
X = {}
G['a01'] = [("Saturday 1 November",1,["D:2025-11-01"]),("Last month",1,["M:2025-10"]),
 ("since 1998",1,["Y:1998"]),("1881",1,["Y:1881"]),("yesterday",1,["D:2025-10-31"]),
 ("1991-2020",1,["RY:1991..2020","Y:1991","Y:2020"]),
 ("The first half of the month",1,["R:2025-10-01..2025-10-15","MIN:2025-10"]),
 ("The second half of October",1,["R:2025-10-16..2025-10-31","MIN:2025-10"]),
 ("Sunday 19 October",1,["D:2025-10-19"]),("30 October 2005",1,["D:2005-10-30"]),
 ("20 October",1,["D:2025-10-20"]),("the month",2,["M:2025-10"]),
 ("the end of the week",1,["D:2025-10-24","IN:2025-10-24..2025-10-26"]),
 ("October 1998",1,["M:1998-10"]),("last Sunday",1,["D:2025-10-26"]),
 ("the middle of next week",1,["IN:2025-11-04..2025-11-06","P:W:2025-11-03"]),
 ("the weekend after next",1,["R:2025-11-15..2025-11-16"]),("Halloween",1,["D:2025-10-31"]),
 ("Monday's",1,["D:2025-10-27"]),("2006",1,["Y:2006"]),("December",1,["M:2025-12"]),
 ("January",1,["M:2026-01"]),("February",1,["M:2026-02"]),
 ("winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("the winter of 2010-11",1,["S:winter-2010","R:2010-12-01..2011-02-28"]),
 ("November",2,["M:2010-11"]),("2025",1,["Y:2025"]),("2024",1,["Y:2024"]),
 ("Tuesday 6 January",1,["D:2026-01-06"]),("Monday",2,["D:2025-11-03"])]
N['a01'] = [("October",1),("October",4),("Climate Action and Low Carbon Development (Amendment) Act 2021",1)]
X['a01'] = [("12.6C",1),("10.7C",1),("19.4C",1),("142 per cent",1),("1.9C",1),("0.2C",1),("24/7",1),("1-in-30-year",1)]

G['a02'] = [("Wednesday 18 February",1,["D:2026-02-18"]),
 ("first half",1,["R:2025-07-01..2025-12-31","H:2025-H2"]),("Easter",1,["D:2026-04-05"]),
 ("summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("the half-year ended 31 December",1,["R:2025-07-01..2025-12-31","H:2025-H2","P:D:2025-12-31"]),
 ("the prior corresponding period",1,["R:2024-07-01..2024-12-31","H:2024-H2"]),
 ("Thursday 26 February",1,["D:2026-02-26"]),("Friday 27 February",1,["D:2026-02-27"]),
 ("Thursday 26 March",1,["D:2026-03-26"]),("Monday 2 March",1,["D:2026-03-02"]),
 ("the next business day after the record date",1,["D:2026-03-02"]),
 ("the March quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("January",1,["M:2026-01"]),
 ("the second half",1,["R:2026-01-01..2026-06-30","H:2026-H1"]),
 ("FY26",1,["R:2025-07-01..2026-06-30","P:Y:2026"]),
 ("FY27",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),("Thursday 20 August",1,["D:2026-08-20"]),
 ("Thursday 22 October",1,["D:2026-10-22"]),
 ("the first half of FY27",1,["R:2026-07-01..2026-12-31","H:2026-H2"]),
 ("August 2024",1,["M:2024-08"]),("the December quarter",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("2009",1,["Y:2009"]),("September 2024",1,["M:2024-09"]),("September",2,["M:2026-09"]),
 ("since 5 December",1,["D:2025-12-05","R:2025-12-05..2026-02-18"]),
 ("since the start of the year",1,["D:2026-01-01","R:2026-01-01..2026-02-18"]),
 ("the second half of the calendar year",1,["H:2026-H2"])]
N['a02'] = [("Jarrah 2030",1),("4pm",1),("2026 sustainability report",1)]
X['a02'] = [("38 per cent",1),("$412 million",1),("42-cent",1),("eleven days",1),("28 to 31 million tonnes",1),("$96 million",1),("50 cents",1),("4.1 per cent",1),("$20.26",1),("19 per cent",1),("6 per cent",1),("ASX 200",1)]

G['a03'] = [("July 29",1,["D:2025-07-29"]),("Tisha B'Av",1,["D:2025-08-03","R:2025-08-02..2025-08-03"]),
 ("Saturday",1,["D:2025-08-02"]),("Sunday",1,["D:2025-08-03"]),
 ("the Three Weeks",1,["R:2025-07-13..2025-08-03"]),("the 17th of Tammuz",1,["D:2025-07-13"]),
 ("July 13",1,["D:2025-07-13"]),("the Nine Days",1,["R:2025-07-26..2025-08-03"]),
 ("Saturday",2,["D:2025-07-26"]),("the first of Av",1,["D:2025-07-26"]),
 ("since Saturday",1,["D:2025-07-26","R:2025-07-26..2025-07-29"]),
 ("the Nine Days",2,["R:2025-07-26..2025-08-03"]),("Monday, August 4",1,["D:2025-08-04"]),
 ("Sunday",2,["D:2025-07-27"]),("tomorrow",1,["D:2025-07-28"]),("next Thursday",1,["D:2025-07-31"]),
 ("Saturday",4,["D:2025-08-02"]),("Last year",1,["Y:2024"]),("Tuesday, August 13",1,["D:2024-08-13"]),
 ("Six days after the fast",1,["D:2025-08-09"]),("August 9",1,["D:2025-08-09"]),
 ("the 15th of Av",1,["D:2025-08-09"]),("since January",1,["M:2025-01","R:2025-01-01..2025-07-29"]),
 ("September",1,["M:2025-09"]),("Tuesday, September 23",1,["D:2025-09-23"]),
 ("the first week of August",1,["W:2025-08-04","IN:2025-08-01..2025-08-07"]),("2023",1,["Y:2023"])]
N['a03'] = [("8:30 p.m.",1),("1 a.m.",1),("6 a.m.",1),("Tu B'Av",1),("Rosh Hashanah",1),("Jerusalem Pass 2025",1)]
X['a03'] = [("100,000",1),("25 hours",1),("routes 1 and 38",1),("eight minutes",1),("85,000",1),("61 per cent",1),("74 per cent",1)]

G['a04'] = [("October 24",1,["D:2025-10-24"]),("tomorrow",1,["D:2025-10-25"]),
 ("the four-day festival",1,["R:2025-10-25..2025-10-28"]),("Tuesday",1,["D:2025-10-28"]),
 ("nine days before the first phase of the Assembly election",1,["D:2025-10-28"]),
 ("November 6",1,["D:2025-11-06"]),("Sunday",1,["D:2025-10-26"]),("Monday",1,["D:2025-10-27"]),
 ("Tuesday",2,["D:2025-10-28"]),("a week after Diwali",1,["D:2025-10-27"]),
 ("October 20",1,["D:2025-10-20"]),("Monday",2,["D:2025-10-27"]),("Tuesday",3,["D:2025-10-28"]),
 ("since October 6",1,["D:2025-10-06","R:2025-10-06..2025-10-24"]),("November 11",1,["D:2025-11-11"]),
 ("November 14",1,["D:2025-11-14"]),("a Friday",1,["D:2025-11-14"]),("last week",1,["W:2025-10-13"]),
 ("the festival's last two days",1,["R:2025-10-27..2025-10-28"]),
 ("Wednesday, October 29",1,["D:2025-10-29"]),("the day after the festival",1,["D:2025-10-29"]),
 ("Monday",3,["D:2025-10-20"]),("tomorrow",2,["D:2025-10-21"]),
 ("within the week",1,["IN:2025-10-21..2025-10-26","P:W:2025-10-20"]),
 ("since Diwali",1,["D:2025-10-20","R:2025-10-20..2025-10-24"]),("November 30",1,["D:2025-11-30"]),
 ("the second phase",2,["D:2025-11-11"]),("2020",1,["Y:2020"]),("November 7",1,["D:2020-11-07"]),
 ("a week before Diwali",1,["D:2020-11-07"]),("three days later",1,["D:2020-11-10"])]
N['a04'] = [("Chhath Puja",1),("Nahay Khay",1),("Kharna",1),("5.10 pm",1),("6.02 am",1),("Diwali",2)]
X['a04'] = [("a crowded fortnight",1),("94",1),("243",1),("7.4 crore",1),("02391",1),("three weeks",1)]

G['a05'] = [("Feb. 16",1,["D:2026-02-16"]),("today",1,["D:2026-02-16"]),("March 16",1,["D:2026-03-16"]),
 ("March 15",1,["D:2026-03-15"]),("a Sunday",1,["D:2026-03-15"]),("Reiwa 7",1,["Y:2025"]),
 ("2025",1,["Y:2025"]),("the same deadline",1,["D:2026-03-16"]),("Sunday",2,["D:2026-02-22"]),
 ("the Sunday after next",1,["D:2026-03-01"]),("Monday, Feb. 23",1,["D:2026-02-23"]),
 ("March 31",1,["D:2026-03-31"]),("the end of the fiscal year",1,["D:2026-03-31","M:2026-03"]),
 ("April 23",1,["D:2026-04-23"]),("since 2019",1,["Y:2019"]),
 ("the first half of March",1,["R:2026-03-01..2026-03-15","MIN:2026-03"]),
 ("January last year",1,["M:2025-01"]),("Next year",1,["Y:2026"]),("today",2,["D:2026-02-16"]),
 ("Saturday",1,["D:2026-02-21"]),("Sunday",4,["D:2026-02-22"]),
 ("Friday, March 20",1,["D:2026-03-20"]),("2024",1,["Y:2024"]),("Reiwa 8",1,["Y:2026"]),
 ("early 2027",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),("December",1,["M:2026-12"])]
N['a05'] = [("Emperor's Birthday",1),("11 p.m.",1),("6 a.m.",1),("Vernal Equinox Day",1)]
X['a05'] = [("1.03 million yen",1),("1.6 million yen",1),("412",1),("70 percent",1),("24 hours",1),("three weeks",1),("20 percent",1),("five years",1)]

G['a06'] = [("Nov. 18",1,["D:2025-11-18"]),("1434",1,["Y:1434"]),("a week tomorrow",1,["D:2025-11-26"]),
 ("Wednesday, Nov. 26",1,["D:2025-11-26"]),("Christmas Eve",1,["D:2025-12-24"]),
 ("a Wednesday",1,["D:2025-12-24"]),("Tomorrow",1,["D:2025-11-19"]),("since 1995",1,["Y:1995"]),
 ("Sunday",2,["D:2025-11-23"]),("The first Sunday of Advent",1,["D:2025-11-30"]),
 ("a week later",1,["D:2025-11-30"]),("the four weeks of Advent",1,["R:2025-11-30..2025-12-24"]),
 ("a Thursday",1,["D:2025-12-25"]),
 ("the Saturday before the second Sunday of Advent",1,["D:2025-12-06"]),
 ("St Nicholas Day",1,["D:2025-12-06"]),("the third Advent weekend",1,["R:2025-12-13..2025-12-14"]),
 ("last year",1,["Y:2024"]),("20 December last year",1,["D:2024-12-20"]),
 ("Monday",1,["D:2025-11-24"]),("2020",1,["Y:2020"]),("2024",1,["Y:2024"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("the second week of January",1,["W:2026-01-12","IN:2026-01-08..2026-01-14"])]
N['a06'] = [("2 p.m.",1),("Repentance and Prayer Day",1),("Totensonntag",1),("Christmas Day",1),("Saturdays",1),("10 a.m.",1),("9 p.m.",1),("10 p.m.",1),("Fridays and Saturdays",1)]
X['a06'] = [("a Sunday timetable",1),("25 days",1),("four-tonne",1),("3.1 million",1),("4.50 euros",1),("50 cents",1),("route 62",1),("ten minutes",1),("A4",1)]

G['a07'] = [("18 April",1,["D:2025-04-18"]),("tomorrow",1,["D:2025-04-19"]),
 ("the Easter weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),
 ("Sunday 4 May",1,["D:2025-05-04"]),("the bank holiday Monday",1,["D:2025-05-05"]),
 ("Wednesday",1,["D:2025-04-16"]),("Saturday 26 April",1,["D:2025-04-26"]),
 ("Tuesday week",1,["D:2025-04-29"]),("the middle weekend",1,["R:2025-04-26..2025-04-27"]),
 ("1 to 3 May",1,["R:2025-05-01..2025-05-03","D:2025-05-01","D:2025-05-03"]),
 ("last year's",1,["Y:2024"]),("6 May",1,["D:2024-05-06"]),("next year",1,["Y:2025"]),
 ("Easter Monday",1,["D:2025-04-21"]),("since 2012",1,["Y:2012"]),
 ("Easter Sunday",1,["D:2025-04-20"]),("since January",1,["M:2025-01","R:2025-01-01..2025-04-18"]),
 ("the first week of February",1,["W:2025-02-03","IN:2025-02-01..2025-02-07"]),
 ("since 1977",1,["Y:1977"]),("2020",1,["Y:2020"]),("August",1,["M:2020-08"]),
 ("next year's",1,["Y:2026"]),("2045",1,["Y:2045"]),("Bank Holiday Monday",1,["D:2025-05-05"]),
 ("2005",1,["Y:2005"])]
N['a07'] = [("10am",1),("7pm",1)]
X['a07'] = [("17 days",1),("16",1),("18-13",1),("19",1),("50th",1),("£500,000",1),("147",1),("£40,000",1),("two",1)]

G['a08'] = [("July 2",1,["D:2026-07-02"]),("tomorrow",1,["D:2026-07-03"]),("Saturday",1,["D:2026-07-04"]),
 ("three weeks and a day later",1,["D:2026-07-26"]),("July 26",1,["D:2026-07-26"]),
 ("Sunday",1,["D:2026-07-05"]),("Monday",1,["D:2026-07-06"]),("Monday, July 13",1,["D:2026-07-13"]),
 ("the eve of Bastille Day",1,["D:2026-07-13"]),("a week later",1,["D:2026-07-20"]),
 ("the opening weekend",1,["R:2026-07-04..2026-07-05"]),("2024",1,["Y:2024"]),
 ("October",1,["M:2025-10"]),("next July",1,["M:2026-07"]),("2009",1,["Y:2009"]),
 ("June 19",1,["D:2026-06-19"]),("the first weekend of July",1,["R:2026-07-04..2026-07-05"]),
 ("a year ago",1,["Y:2025"]),("both days",1,["R:2026-07-04..2026-07-05"]),
 ("Saturday",2,["D:2026-07-04"]),("This year's",1,["Y:2026"]),("late March",1,["MIN:2026-03"]),
 ("2010",1,["Y:2010"]),("Sept. 11",1,["D:2026-09-11"]),("a Friday",1,["D:2026-09-11"]),
 ("this year",1,["Y:2026"]),("13 days later",1,["D:2026-09-24"]),
 ("the 2026 race",1,["R:2026-07-04..2026-07-26","P:Y:2026"]),
 ("since last August",1,["M:2025-08","R:2025-08-01..2026-07-02"])]
N['a08'] = [("1992 Olympics",1),("the summer",1),("6 a.m.",1),("5 p.m.",1),("June",2),("La Diada",1),("La Merce",1)]
X['a08'] = [("19-kilometre",1),("113th",1),("21",1),("1.5 million",1),("93 percent",1),("78 percent",1),("B-10",1),("Line 4",1)]

G['a09'] = [("Sept. 9",1,["D:2025-09-09"]),("Monday",1,["D:2025-09-08"]),("March 28, 2026",1,["D:2026-03-28"]),
 ("60 days after the company filed",1,["D:2025-09-08"]),("July 10",1,["D:2025-07-10"]),
 ("the decision date",1,["D:2026-03-28"]),("a Saturday",1,["D:2026-03-28"]),
 ("the day before",1,["D:2026-03-27"]),("May",1,["M:2025-05"]),("next month",1,["M:2025-06"]),
 ("yesterday",1,["D:2025-09-08"]),("early November",1,["MIN:2025-11"]),
 ("the first half of 2026",1,["H:2026-H1"]),
 ("the fourth quarter of this year",1,["Q:2025-Q4","R:2025-10-01..2025-12-31"]),
 ("the second quarter of 2026",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),
 ("June 30",1,["D:2025-06-30"]),("2028",1,["Y:2028"]),
 ("its fiscal first quarter",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("Sept. 30",1,["D:2025-09-30"]),("fiscal 2025",1,["R:2024-07-01..2025-06-30","P:Y:2025"]),
 ("the 1950s",1,["DEC:1950","RY:1950..1959"]),("2016",1,["Y:2016"]),("Monday",2,["D:2025-09-08"]),
 ("since the company listed in June 2021",1,["M:2021-06","R:2021-06-01..2025-09-08"])]
N['a09'] = [("Orphan Drug Act of 1983",1),("8 a.m.",1)]
X['a09'] = [("AB-2026",1),("five weeks",1),("RENEW-2",1),("Week 24",1),("52-week",1),("$612 million",1),("$70 million",1),("$251 million",1),("20,000",1),("AB-2026",2),("11 percent",1),("$20.25",1)]

G['a10'] = [("Oct. 15",1,["D:2025-10-15"]),("Monday",1,["D:2025-10-20"]),("Oct. 31",1,["D:2025-10-31"]),
 ("Double 11",1,["D:2025-11-11"]),("today",1,["D:2025-10-15"]),
 ("from today to Nov. 11",1,["R:2025-10-15..2025-11-11","D:2025-10-15","D:2025-11-11"]),
 ("Double 12",1,["D:2025-12-12"]),("a week Friday",1,["D:2025-10-24"]),
 ("the day after deliveries begin",1,["D:2025-11-01"]),("Nov. 1",1,["D:2025-11-01"]),
 ("618",1,["D:2025-06-18"]),("June",1,["M:2025-06"]),("2024",1,["Y:2024"]),
 ("the month after next",1,["M:2025-12"]),("in a month's time",1,["D:2025-11-15","M:2025-11"]),
 ("Nov. 5 last year",1,["D:2024-11-05"]),("next year",1,["Y:2025"]),("today",3,["D:2025-10-15"]),
 ("the third quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("National Day holiday",1,["R:2025-10-01..2025-10-08"]),
 ("Oct. 1 to 8",1,["R:2025-10-01..2025-10-08","D:2025-10-01","D:2025-10-08"]),("2013",1,["Y:2013"]),
 ("the Spring Festival",1,["D:2026-02-17"]),("Feb. 17 next year",1,["D:2026-02-17"]),
 ("the second half of 2026",1,["H:2026-H2"]),
 ("since Sept. 22",1,["D:2025-09-22","R:2025-09-22..2025-10-15"]),("Nov. 11",2,["D:2025-11-11"])]
N['a10'] = [("8 p.m.",1),("Mid-Autumn Festival",1)]
X['a10'] = [("X11",1),("1.4 million",1),("30 percent",1),("Pad 12",1),("X10",1),("10 million",1),("8.2 million",1),("18 percent",1),("eight days",1),("X11",2),("5,999 yuan",1),("5-nanometre",1),("4 percent",1),("HK$20.25",1),("12-hour",1)]

G['a11'] = [("March 26",1,["D:2026-03-26"]),("today",1,["D:2026-03-26"]),("Wednesday week",1,["D:2026-04-08"]),
 ("the first working day after the Easter and Ching Ming holidays",1,["D:2026-04-08"]),
 ("September",1,["M:2026-09"]),("Good Friday, April 3",1,["D:2026-04-03"]),
 ("Tuesday, April 7",1,["D:2026-04-07"]),("Easter Sunday",1,["D:2026-04-05"]),
 ("The five-day break",1,["R:2026-04-03..2026-04-07"]),
 ("2017 and 2019",1,["RY:2017..2019","Y:2017","Y:2019"]),("Monday, September 7",1,["D:2026-09-07"]),
 ("June 12",1,["D:2026-06-12"]),("the week beginning April 20",1,["W:2026-04-20","P:D:2026-04-20"]),
 ("Jan. 12",1,["D:2026-01-12"]),("the end of next month",1,["MIN:2026-02","D:2026-02-28"]),
 ("March 9",1,["D:2026-03-09"]),("October 2024",1,["M:2024-10"]),("two months later",1,["M:2024-12"]),
 ("since then",1,["M:2024-12","R:2024-12-01..2026-03-26"]),("Friday",2,["D:2026-03-27"]),
 ("1997",1,["Y:1997"]),("Jan. 6 last year",1,["D:2025-01-06"]),
 ("later in the year",1,["IN:2026-03-26..2026-12-31","Y:2026"])]
N['a11'] = [("Ching Ming",2),("Monday and Thursday",1),("midnight",1)]
X['a11'] = [("61",1),("HCCC 118/2025",1),("30 days",1),("more than a week late",1),("12",3),("Theft Ordinance (Cap. 210)",1),("HK$2,017 million",1)]

G['a12'] = [("Wednesday 8 July",1,["D:2026-07-08"]),("Monday",1,["D:2026-07-13"]),
 ("Term 3",1,["R:2026-07-13..2026-09-18"]),("Friday 18 September",1,["D:2026-09-18"]),
 ("the Ekka holiday",1,["D:2026-08-12"]),("Wednesday 12 August",1,["D:2026-08-12"]),
 ("8 to 16 August",1,["R:2026-08-08..2026-08-16","D:2026-08-08","D:2026-08-16"]),
 ("last year",1,["Y:2025"]),("late August",1,["MIN:2026-08"]),
 ("The winter holidays",1,["R:2026-06-27..2026-07-12","IN:2026-06-26..2026-07-13"]),
 ("Monday's",1,["D:2026-07-06"]),("since 2007",1,["Y:2007"]),
 ("the rest of the week",1,["IN:2026-07-08..2026-07-12","P:W:2026-07-06"]),
 ("This winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("since the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("Friday",3,["D:2026-07-03"]),
 ("Last week",1,["W:2026-06-22"]),("this week",1,["W:2026-06-29"]),
 ("the first week of term",1,["W:2026-07-13"]),
 ("The September holidays",1,["R:2026-09-19..2026-10-05","IN:2026-09-18..2026-10-06"]),
 ("Term 4",1,["R:2026-10-06..2026-12-11"]),("Tuesday 6 October",1,["D:2026-10-06"]),
 ("the day after the holiday",1,["D:2026-10-06"]),("Friday 11 December",1,["D:2026-12-11"]),
 ("the 2026-27 financial year",1,["R:2026-07-01..2027-06-30","RY:2026..2027","P:Y:2026"]),
 ("1 July",1,["D:2026-07-01"]),("2027",1,["Y:2027"]),("Monday 3 August",1,["D:2026-08-03"]),
 ("late October",1,["MIN:2026-10"])]
N['a12'] = [("a Friday",1),("July",2),("King's Birthday",1),("the first Monday in October",1)]
X['a12'] = [("580,000",1),("400,000",1),("1.8C",1),("$1.2 billion",1),("Year 12",1),("1300 227 820",1)]

G['a13'] = [("August 22",1,["D:2026-08-22"]),("Tuesday",1,["D:2026-08-25"]),
 ("the weekend that follows",1,["R:2026-08-29..2026-08-30"]),
 ("from August 25 to 30",1,["R:2026-08-25..2026-08-30","D:2026-08-25","D:2026-08-30"]),
 ("Wednesday",1,["D:2026-08-26"]),("the same day",1,["D:2026-08-26"]),
 ("September 5",1,["D:2025-09-05"]),("last year",1,["Y:2025"]),
 ("The holidays",1,["R:2026-08-25..2026-08-28"]),("Friday",1,["D:2026-08-28"]),
 ("yesterday",1,["D:2026-08-21"]),("Monday, August 31",1,["D:2026-08-31"]),
 ("since Thursday",1,["D:2026-08-20","R:2026-08-20..2026-08-22"]),("Monday",2,["D:2026-08-24"]),
 ("the eve of Uthradom",1,["D:2026-08-24"]),("July",1,["M:2026-07"]),("next month",1,["M:2026-08"]),
 ("last year",2,["Y:2025"]),("2024",1,["Y:2024"]),("July 30",1,["D:2024-07-30"]),
 ("the day after the last holiday",1,["D:2026-08-29"]),("August 8",1,["D:2026-08-08"]),
 ("since 2019",1,["Y:2019"]),("Sunday, September 27",1,["D:2026-09-27"]),
 ("ten days to Thiruvonam",1,["R:2026-08-17..2026-08-26"]),("last year",3,["Y:2025"])]
N['a13'] = [("Thiruvonam",1),("Nabidinam",1),("Uthradom",1),("4 pm",1),("Kollavarsham 1202",1)]
X['a13'] = [("four days",1),("120",1),("06047",1),("NH 66",1),("88 per cent",1),("71 per cent",1),("Rs 25 crore",1),("Rs 500",1),("Rs 920 crore",1)]

G['a14'] = [("Oct. 1",1,["D:2025-10-01"]),("a two-day vote",1,["R:2025-10-03..2025-10-04"]),
 ("Friday",1,["D:2025-10-03"]),("Saturday",1,["D:2025-10-04"]),("the first day",1,["D:2025-10-03"]),
 ("the second day",1,["D:2025-10-04"]),("three days before the vote",1,["D:2025-09-30"]),
 ("Monday",1,["D:2025-09-29"]),("tomorrow",1,["D:2025-09-30"]),("2021",1,["Y:2021"]),
 ("Oct. 8 and 9",1,["R:2021-10-08..2021-10-09","D:2021-10-08","D:2021-10-09"]),
 ("since 1998",1,["Y:1998"]),("December 2021",1,["M:2021-12"]),
 ("within 30 days of the vote",1,["IN:2025-10-04..2025-11-03","P:D:2025-10-04"]),
 ("the week after the vote",1,["W:2025-10-06"]),("the 17 November holiday",1,["D:2025-11-17"]),
 ("1989",1,["Y:1989"]),("Sunday",1,["D:2025-09-28"]),("Oct. 28",1,["D:2025-10-28"]),
 ("1918",1,["Y:1918"]),("a Tuesday",1,["D:2025-10-28"]),("this year",1,["Y:2025"]),
 ("Monday, Oct. 27",1,["D:2025-10-27"]),("August",1,["M:2025-08"]),("Saturday",2,["D:2025-10-04"]),
 ("Monday",3,["D:2025-10-06"]),("two days after polls close",1,["D:2025-10-06"]),
 ("last year",1,["Y:2024"]),("autumn 2026",1,["S:autumn-2026","R:2026-09-01..2026-11-30"])]
N['a14'] = [("2 p.m.",1),("2 p.m.",2),("10 p.m.",1),("8 a.m.",1),("Act No. 247/1995 Coll.",1),("Statehood Day",1)]
X['a14'] = [("8.3 million",1),("200",1),("65.4 percent",1),("two months",1),("No. 11",1),("No. 26",1)]

G['a15'] = [("Sept. 15",1,["D:2025-09-15"]),("tomorrow",1,["D:2025-09-16"]),
 ("Sept. 16, 1975",1,["D:1975-09-16"]),("Independence Day",1,["D:2025-09-16"]),
 ("a Tuesday",1,["D:2025-09-16"]),("this year",1,["Y:2025"]),("today",1,["D:2025-09-15"]),
 ("Saturday",1,["D:2025-09-13"]),("Sunday",1,["D:2025-09-21"]),
 ("nine days of celebrations",1,["R:2025-09-13..2025-09-21"]),("2015",1,["Y:2015"]),
 ("1975",2,["Y:1975"]),("Friday",1,["D:2025-09-12"]),("yesterday",1,["D:2025-09-11"]),
 ("Fifty years ago tomorrow",1,["D:1975-09-16","Y:1975"]),("July 23",1,["D:2025-07-23"]),
 ("Aug. 26",1,["D:2025-08-26"]),("Saturday",2,["D:2025-09-13"]),("this month",1,["M:2025-09"]),
 ("the holiday weekend",1,["R:2025-09-13..2025-09-16","P:D:2025-09-16"]),
 ("tomorrow",3,["D:2025-09-16"]),("the early 1970s",1,["DEC:1970","IN:1970-01-01..1974-12-31"]),
 ("2027",1,["Y:2027"]),("2022",1,["Y:2022"]),("April 28",1,["D:2022-04-28"]),
 ("from July 4 to 22",1,["R:2022-07-04..2022-07-22","D:2022-07-04","D:2022-07-22"]),
 ("Dec. 7, 2019",1,["D:2019-12-07"]),("the day",1,["D:2025-09-16"])]
N['a15'] = [("6 a.m.",1),("40th anniversary",1),("Remembrance Day",1),("National Repentance Day",1),("4 a.m.",1),("next time",1)]
X['a15'] = [("50 years",1),("71",1),("21",1),("1,975",1),("24-16",1),("K50",1),("PX 192",1),("11.8 million",1),("four times",1),("almost three weeks",1)]

G['a16'] = [("Jan 25",1,["D:2026-01-25"]),("the same Sunday",1,["D:2026-02-01"]),("this year",1,["Y:2026"]),
 ("Feb 1",1,["D:2026-02-01"]),("Monday, Feb 2",1,["D:2026-02-02"]),
 ("the coming week",1,["W:2026-01-26"]),("Saturday",1,["D:2026-01-31"]),
 ("a week today",1,["D:2026-02-01"]),("the day in lieu",1,["D:2026-02-02"]),
 ("Thursday",1,["D:2026-01-22"]),("Saturday",2,["D:2026-01-24"]),("yesterday",1,["D:2026-01-24"]),
 ("since Monday",1,["D:2026-01-19","R:2026-01-19..2026-01-25"]),("Feb 1, 1974",1,["D:1974-02-01"]),
 ("last year",1,["Y:2025"]),("Feb 11",1,["D:2025-02-11"]),("a Tuesday",1,["D:2025-02-11"]),
 ("Feb 17 and 18",1,["R:2026-02-17..2026-02-18","D:2026-02-17","D:2026-02-18"]),
 ("Friday, Jan 30",1,["D:2026-01-30"]),("Saturday",3,["D:2026-01-31"]),("Feb 2",2,["D:2026-02-02"]),
 ("January 2006",1,["M:2006-01"]),("2019",1,["Y:2019"]),("next week",1,["W:2026-01-26"])]
N['a16'] = [("Thaipusam",1),("Federal Territory Day",1),("10pm",1),("Thaipusam",2),("Federal Territory Day",2),("Thaipusam",3),("Chinese New Year",1),("4am",1),("midnight",1),("since the pandemic",1)]
X['a16'] = [("1.5 million",1),("272",1),("ten days",1),("three",1),("less than three weeks",1),("12",1),("15 minutes",1),("MRR2",1),("42.7m",1)]

G['a17'] = [("May 6",1,["D:2025-05-06"]),
 ("weeks 20 and 21",1,["R:2025-05-12..2025-05-25","W:2025-05-12","W:2025-05-19"]),
 ("today",1,["D:2025-05-06"]),("the May Day holiday",1,["D:2025-05-01"]),
 ("Thursday",1,["D:2025-05-08"]),("a week Thursday",1,["D:2025-05-15"]),
 ("calendar week 23",1,["W:2025-06-02"]),("Friday",1,["D:2025-05-02"]),
 ("Next week",1,["W:2025-05-05"]),("week 19",1,["W:2025-05-05"]),("yesterday",1,["D:2025-05-05"]),
 ("May 29",1,["D:2025-05-29"]),("Whit Monday",1,["D:2025-06-09"]),("April",1,["M:2025-04"]),
 ("March",1,["M:2025-03"]),("since December 2023",1,["M:2023-12","R:2023-12-01..2025-05-06"]),
 ("2024",1,["Y:2024"]),("this year",1,["Y:2025"]),
 ("the third quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the end of the month",1,["MIN:2025-05","D:2025-05-31"]),("last month",1,["M:2025-04"]),
 ("June 30",1,["D:2025-06-30"]),("this weekend",1,["R:2025-05-10..2025-05-11"]),
 ("the weekend after next",1,["R:2025-05-24..2025-05-25"])]
N['a17'] = [("Ascension Day",1)]
X['a17'] = [("ten days",1),("94 percent",1),("23,756-TEU",1),("519W",1),("51 percent",1),("54 percent",1),("60 percent",1),("two weeks",1),("7.8 million",1),("three to five days",1),("Berth 7",1)]

G['a18'] = [("22 January",1,["D:2026-01-22"]),("A hundred years ago on Monday",1,["D:1926-01-26","Y:1926"]),
 ("Monday",2,["D:2026-01-26"]),("(1888-1946)",1,["RY:1888..1946","Y:1888","Y:1946"]),
 ("1929",1,["Y:1929"]),("2 November 1936",1,["D:1936-11-02"]),("three months later",1,["M:1937-02"]),
 ("Tuesday",1,["D:2026-01-20"]),("yesterday",1,["D:2026-01-19"]),
 ("the following Sunday",1,["D:2026-02-01"]),("1 February",1,["D:2026-02-01"]),
 ("the 1920s",1,["DEC:1920","RY:1920..1929"]),("the 1930s",1,["DEC:1930","RY:1930..1939"]),
 ("Saturday 24 January",1,["D:2026-01-24"]),
 ("the spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),("2016",1,["Y:2016"]),
 ("September 1955",1,["M:1955-09"]),("this year's",1,["Y:2026"]),("November",2,["M:2026-11"]),
 ("the end of the decade",1,["Y:2029","IN:2027-01-01..2029-12-31","P:DEC:2020"])]
N['a18'] = [("6.30pm",1),("90th anniversary",1),("Television Act 1954",1),("90th anniversary",2)]
X['a18'] = [("40",1),("22 Frith Street",1),("30-line",1),("405-line",1),("1926.4",1),("18 years",1),("£19,260",1),("1,926",1)]

G['a19'] = [("Dec. 12",1,["D:2025-12-12"]),("Sunday",1,["D:2025-12-14"]),
 ("four weeks after the first round",1,["D:2025-12-14"]),("Nov. 16",1,["D:2025-11-16"]),
 ("11 days before Christmas",1,["D:2025-12-14"]),("since 2017",1,["Y:2017"]),
 ("March 11",1,["D:2026-03-11"]),("since 1990",1,["Y:1990"]),("last month",1,["M:2025-11"]),
 ("the same day",1,["D:2026-03-11"]),("Nov. 17",1,["D:2025-11-17"]),("Yesterday",1,["D:2025-11-16"]),
 ("December",1,["M:2025-12"]),("2021",1,["Y:2021"]),("Dec. 19",1,["D:2021-12-19"]),
 ("Sunday",2,["D:2025-12-14"]),("a summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("Monday",1,["D:2025-12-08"]),("a week from today",1,["D:2025-12-19"]),
 ("Dec. 19",2,["D:2025-12-19"]),("Sunday",3,["D:2025-12-14"]),("last month",2,["M:2025-11"]),
 ("late November",1,["MIN:2025-11"]),("the end of next year",1,["D:2026-12-31","M:2026-12","Y:2026"])]
N['a19'] = [("8 a.m.",1),("6 p.m.",1),("9 a.m.",1),("Immaculate Conception",1),("the summer",1),("2026 budget",1)]
X['a19'] = [("15.7 million",1),("200,000 pesos",1),("85 percent",1),("55.6 percent",1),("33C",1),("38,000",1),("1214",1),("Line 1",1),("two hours",1),("less than three months",1)]

G['a20'] = [("April 9",1,["D:2026-04-09"]),("today",1,["D:2026-04-09"]),
 ("winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),
 ("the six months to February",1,["R:2025-09-01..2026-02-28"]),
 ("a year earlier",1,["R:2024-09-01..2025-02-28"]),
 ("the December-February quarter",1,["R:2025-12-01..2026-02-28"]),
 ("the year to August",1,["R:2025-09-01..2026-08-31","P:Y:2026"]),("October",1,["M:2025-10"]),
 ("This winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),("today",2,["D:2026-04-09"]),
 ("March",1,["M:2026-03"]),("the third quarter",1,["R:2026-03-01..2026-05-31"]),
 ("the same month last year",1,["M:2025-03"]),
 ("the end of February",1,["MIN:2026-02","D:2026-02-28"]),("May 11",1,["D:2026-05-11"]),
 ("a Monday",1,["D:2026-05-11"]),("third-quarter",1,["R:2026-03-01..2026-05-31"]),
 ("July 9",1,["D:2026-07-09"]),("October",2,["M:2026-10"]),("late November",1,["MIN:2026-11"]),
 ("Showa 33",1,["Y:1958"]),("1958",1,["Y:1958"]),
 ("the autumn",1,["S:autumn-2026","R:2026-09-01..2026-11-30"]),
 ("since July 2024",1,["M:2024-07","R:2024-07-01..2026-04-09"]),
 ("the second half",1,["R:2026-03-01..2026-08-31"]),("mid-August",1,["MIN:2026-08"])]
N['a20'] = [("the rainy season",1),("the Bon holidays",1)]
X['a20'] = [("14 percent",1),("31.2 billion yen",1),("21 percent",1),("58 billion yen",1),("52 billion yen",1),("6 percent",1),("22 percent",1),("40 yen",1),("32 yen",1),("812",1),("96",1),("5.2 percent",1),("2,026 yen",1),("161",1)]

G['a21'] = [("Monday 8 December",1,["D:2025-12-08"]),("Christmas Day",1,["D:2025-12-25"]),
 ("today",1,["D:2025-12-08"]),("Thursday 25 December",1,["D:2025-12-25"]),
 ("Saturday 27 December",1,["D:2025-12-27"]),("Boxing Day",1,["D:2025-12-26"]),
 ("Monday 29 December",1,["D:2025-12-29"]),
 ("the week commencing 29 December",1,["W:2025-12-29","P:D:2025-12-29"]),
 ("New Year's Day",1,["D:2026-01-01"]),("Saturday 3 January",1,["D:2026-01-03"]),
 ("Monday 5 January",1,["D:2026-01-05"]),("a week on Saturday",1,["D:2025-12-20"]),
 ("the weekend before Christmas",1,["R:2025-12-20..2025-12-21"]),("March",1,["M:2026-03"]),
 ("Twelfth Night",1,["D:2026-01-05","D:2026-01-06"]),
 ("the week commencing 12 January",1,["W:2026-01-12","P:D:2026-01-12"]),
 ("Christmas Eve",1,["D:2025-12-24"]),("New Year's Eve",1,["D:2025-12-31"]),
 ("last Wednesday's",1,["D:2025-12-03"]),("this week",1,["W:2025-12-01"]),
 ("Last Christmas",1,["D:2024-12-25"]),
 ("the ten days after Christmas",1,["R:2024-12-26..2025-01-04"]),
 ("Tuesday fortnight",1,["D:2025-12-23"]),("April",1,["M:2026-04"]),("2013",1,["Y:2013"]),
 ("the late 2000s",1,["IN:2005-01-01..2009-12-31","DEC:2000"]),
 ("the end of March",1,["MIN:2026-03","D:2026-03-31"])]
N['a21'] = [("Christmas and New Year",1),("1pm",1),("Environment Act 2021",1)]
X['a21'] = [("a fortnight",1),("0345 015 1225",1),("1,225",1),("64,000",1),("2,512",1),("240-litre",1)]

G['a22'] = [("Jan. 6",1,["D:2026-01-06"]),("tonight",1,["D:2026-01-06"]),
 ("the 43-day Nativity Fast",1,["R:2025-11-25..2026-01-06"]),("Nov. 25",1,["D:2025-11-25"]),
 ("tomorrow",1,["D:2026-01-07"]),("29 Kiahk",1,["D:2026-01-07"]),
 ("the month of Kiahk",1,["R:2025-12-10..2026-01-08"]),("Jan. 7",1,["D:2026-01-07"]),
 ("13 days after the western Christmas",1,["D:2026-01-07"]),("January 2019",1,["M:2019-01"]),
 ("since Sunday",1,["D:2026-01-04","R:2026-01-04..2026-01-06"]),("Saturday",1,["D:2026-01-03"]),
 ("Next week",1,["W:2026-01-05"]),("11 Tobi",1,["D:2026-01-19"]),
 ("Monday, Jan. 19",1,["D:2026-01-19"]),("the evening before",1,["D:2026-01-18"]),
 ("Jan. 25",1,["D:2026-01-25"]),("a Sunday",1,["D:2026-01-25"]),
 ("Thursday, Jan. 29",1,["D:2026-01-29"]),
 ("a long weekend",1,["R:2026-01-29..2026-01-31","P:D:2026-01-29"]),("April 12",1,["D:2026-04-12"]),
 ("the western one",1,["D:2026-04-05"]),("the day after",1,["D:2026-04-13"]),
 ("last year",1,["Y:2025"]),("284",1,["Y:0284"]),
 ("fiscal 2025/26",1,["R:2025-07-01..2026-06-30","RY:2025..2026","P:Y:2025","P:Y:2026"]),
 ("June 30",1,["D:2026-06-30"])]
N['a22'] = [("Christmas Eve",1),("Coptic Christmas",1),("9 p.m.",1),("Epiphany",1),("the 2011 revolution",1),("Police Day",1),("Coptic Easter",1),("Sham el-Nessim",1),("1742",1)]
X['a22'] = [("Exit 17",1),("30 percent",1),("1.5-metre",1),("EGP 1,225",1),("12",2)]

G['a23'] = [("June 14",1,["D:2026-06-14"]),("Friday",1,["D:2026-06-19"]),("Thursday",1,["D:2026-06-18"]),
 ("Midsummer Day",1,["D:2026-06-20"]),("Week 25",1,["W:2026-06-15"]),("tomorrow",1,["D:2026-06-15"]),
 ("Thursday",2,["D:2026-06-11"]),
 ("weeks 28 to 31",1,["R:2026-07-06..2026-08-02","W:2026-07-06","W:2026-07-27"]),
 ("July 6 to Aug. 2",1,["R:2026-07-06..2026-08-02","D:2026-07-06","D:2026-08-02"]),
 ("June 6",1,["D:2026-06-06"]),("a Saturday",1,["D:2026-06-06"]),("this year",1,["Y:2026"]),
 ("last week",1,["W:2026-06-08","W:2026-06-01"]),("the coming week",1,["W:2026-06-15"]),
 ("last year's",1,["Y:2025"]),("last year",2,["Y:2025"]),("Next year",1,["Y:2026"]),
 ("Thursday",3,["D:2026-06-18"]),("Friday",2,["D:2026-06-19"]),("week 26",1,["W:2026-06-22"]),
 ("Monday, June 22",1,["D:2026-06-22"]),("the Monday after Midsummer",1,["D:2026-06-22"]),
 ("Aug. 16",1,["D:2026-08-16"]),("Friday",3,["D:2026-06-19"]),("since 1991",1,["Y:1991"]),
 ("the weekend",1,["R:2026-06-20..2026-06-21"]),("since 2020",1,["Y:2020"]),
 ("Saturday",2,["D:2026-06-20"]),("August",1,["M:2026-08"]),
 ("the third week of August",1,["W:2026-08-17","IN:2026-08-15..2026-08-21"]),
 ("Aug. 18",1,["D:2026-08-18"])]
N['a23'] = [("Midsummer Eve",1),("National Day",1),("Midsummer",3),("2 p.m.",1),("Midsummer",5)]
X['a23'] = [("E4",1),("E18",1),("40 percent",1),("48",1),("NV 1419",1),("24C",1)]

G['a24'] = [("August 13",1,["D:2025-08-13"]),
 ("a three-day weekend",1,["R:2025-08-15..2025-08-17","P:D:2025-08-15"]),
 ("Friday",1,["D:2025-08-15"]),("Saturday",1,["D:2025-08-16"]),("Friday",2,["D:2025-08-15"]),
 ("August 15",1,["D:2024-08-15"]),("last year",1,["Y:2024"]),("Friday",3,["D:2025-08-15"]),
 ("since early July",1,["MIN:2025-07"]),("this year",1,["Y:2025"]),("Monday",1,["D:2025-08-11"]),
 ("Yesterday",1,["D:2025-08-10"]),("Thursday",1,["D:2025-08-14"]),("yesterday",1,["D:2025-08-12"]),
 ("Friday",4,["D:2025-08-15"]),("Last Saturday's",1,["D:2025-08-09"]),
 ("the long weekend",1,["R:2025-08-15..2025-08-17","P:D:2025-08-15"]),
 ("a fortnight today",1,["D:2025-08-27"]),("August 20",1,["D:2025-08-20"]),
 ("a week before the festival",1,["D:2025-08-20"]),
 ("since July",1,["M:2025-07","R:2025-07-01..2025-08-13"]),("July 26, 2005",1,["D:2005-07-26"]),
 ("20 years ago this monsoon",1,["Y:2005","R:2005-06-01..2005-09-30"])]
N['a24'] = [("Independence Day",1),("Navroz",1),("the Parsi New Year",1),("Janmashtami",1),("The Parsi new year",1),("Yazdegerdi 1395",1),("6 am",1),("Janmashtami",2),("Raksha Bandhan",1),("Ganesh Chaturthi",1),("Independence Day",2),("9.05 am",1)]
X['a24'] = [("79th",1),("Rs 1,395",1),("nine",1),("6E 5315",1)]

G['a25'] = [("January 11",1,["D:2025-01-11"]),("this weekend",1,["R:2025-01-11..2025-01-12"]),
 ("Pongal",1,["D:2025-01-14"]),("Thursday",1,["D:2025-01-16"]),("Monday",1,["D:2025-01-13"]),
 ("Tuesday",1,["D:2025-01-14"]),("the first day of the Tamil month of Thai",1,["D:2025-01-14"]),
 ("Wednesday",1,["D:2025-01-15"]),("Tuesday",2,["D:2025-01-14"]),("Last year",1,["Y:2024"]),
 ("January 15",1,["D:2024-01-15"]),("Thursday",2,["D:2025-01-09"]),("tomorrow",1,["D:2025-01-10"]),
 ("Saturday",1,["D:2025-01-11"]),
 ("January 10 and 13",1,["R:2025-01-10..2025-01-13","D:2025-01-10","D:2025-01-13"]),
 ("from the evening of January 16 to January 19",1,["R:2025-01-16..2025-01-19","D:2025-01-16","D:2025-01-19"]),
 ("Sunday",1,["D:2025-01-12"]),("Pongal day",1,["D:2025-01-14"]),("the day after",1,["D:2025-01-15"]),
 ("Thursday",3,["D:2025-01-16"]),("2024",1,["Y:2024"]),("December",1,["M:2024-12"]),
 ("last week",1,["W:2024-12-30"]),("tomorrow",2,["D:2025-01-12"]),("Friday",1,["D:2025-01-17"]),
 ("January 26",1,["D:2025-01-26"]),("a Sunday",1,["D:2025-01-26"]),("this year",1,["Y:2025"]),
 ("the second week of March",1,["W:2025-03-10","IN:2025-03-08..2025-03-14"]),
 ("the fiscal year",1,["R:2025-04-01..2026-03-31","P:Y:2025"]),("April 1",1,["D:2025-04-01"])]
N['a25'] = [("Uzhavar Thirunal",1),("Bhogi",1),("Thai Pongal",1),("Thiruvalluvar Day",1),("Mattu Pongal",1),("7.30 am",1),("9 am",1),("2056",1),("Republic Day",1)]
X['a25'] = [("8 lakh",1),("three",1),("14,104",1),("06089",1),("1,100",1),("1,000",1)]
