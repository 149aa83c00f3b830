# Hand annotation for probe p25 (invented wire copy published 2025-01 .. 2026-12 in countries, beats and forms p1-p24 used
# little, written blind: claimkit, its source and its tests never read or run): a Belfast bus and rail strike over the Twelfth
# ('the Eleventh Night', 'the Twelfth' on 'a Sunday', 'Monday 13 July', 'that day', 'three weeks later' from St Patrick's
# Day); Dhaka's exams moved by floods ('the weekend' of a Friday-Saturday week, a Sunday quote's 'Tomorrow', 'four days
# later', 'FY2025-26'); Kathmandu's Dashain travel ('since Monday', 'the following week', 'the start of Dashain', 'the end of
# Tihar', 'mid-July'); Jerusalem's Memorial and Independence Days brought forward ('5 Iyar', 'the eve of the festival', 'the
# autumn'); Tokyo's Golden Week ('May 2 to 6', 'a month earlier', 'the year that ended on March 31', 'First-quarter');
# Seoul's local elections ('the eve of polling', 'next Monday' said on a Monday, 'the first 10 days of May' and 'a year
# earlier'); Fiji's budget for an August-July year ('the first ten months of the financial year', 'the current year', a
# southern 'this winter'); Papua New Guinea's fiftieth ('a four-day weekend', 'Remembrance Day' of 23 July, 'the Friday');
# Zambia's election timetable ('the second Thursday of August', 'the following Monday', 37 days to a run-off); Uganda's
# Martyrs' Day ('two weeks ago', 'the following Monday', 'the 19th century'); Trinidad's Carnival ('Carnival Monday and
# Tuesday', 'The day after tomorrow', Carnival 2025 and 2027 from Easter); a Bridgetown series ('27, 28 and 30 November',
# 'the day after Independence Day'); Bermuda's Cup Match ('Thursday and Friday', 'Tuesday last week', 'the day after Cup
# Match'); Gibraltar's July-June tax year ('the year of assessment that ended on 30 June', 'the extra day'); a Cypriot
# halloumi recall ('10/06/2026', Orthodox 'Easter', Kataklysmos' 'Monday'); the Boston Marathon ('the third Monday in
# April', 'Two days ago', 2024's 'April 15'); Galveston's Juneteenth ('a long weekend', 'hurricane season', 'Friday, July
# 3'); Sacramento's Cesar Chavez Day ('July through February', 'the last quarter of the fiscal year', 'a year later');
# Christchurch's Show Day ('the second Friday after the first Tuesday in November', a southern 'this spring', 'the
# anniversary'); an Apia cyclone ('Tonight' said on Monday, 'Friday's', '30 December 2011'); an Osaka AGM ('the year to
# March', 'the day after the meeting', 'the April-June quarter'); the Isle of Man TT ('since May 23', 'Monday 6 July' for
# Tynwald Day); a Jersey trial adjourned over Liberation Day ('Next week' said on a Friday, 'a year later', 'the day
# after VE Day'); Kigali's Umuganda ('the last Saturday of the month', 'the long weekend', 'the first Friday of August');
# Georgetown's Mashramani in a Sunday paper ('last week', 'the coming week', 'a Sunday' of last year).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'the rest of the month' ...)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the day 'the week of' names); such a claim is not counted wrong for precision, but does not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '7pm', '6am', '11 a.m.', '8 p.m.', '2 p.m.',
#   '4 p.m.', '10 p.m.', '5 a.m.', '6 a.m.', '6 p.m.', 'midnight', '9am', '4am', '4 a.m.', '1pm', '8pm', '10 a.m.',
#   '11:10 a.m.', '7 a.m.', '5.15pm', '11.30am', '10am', '5:30 p.m.', '7am', '11am', 'noon', '8 a.m.', 'three in the
#   afternoon'; names with years 'Employment Relations (Northern Ireland) Order 1999', 'Appropriation Bill 2025', 'Electoral
#   Process Act No. 35 of 2016', 'Carnival 2025', 'Noise Pollution Control Rules 2001', 'Income Tax Act 2010', 'Expo 2025',
#   'Proceeds of Crime (Jersey) Law 1999', 'Budget 2026'; a feast's or holiday's name beside its date ('the bank holiday',
#   'the Ashura holiday', 'Ghatasthapana', 'Fulpati', 'Bijaya Dashami', 'Memorial Day', 'Independence Day', 'Holocaust
#   Remembrance Day', 'Jerusalem Day', 'Shavuot', 'Showa Day', 'Constitution Day', "Buddha's Birthday", 'Youth Day',
#   "Farmers' Day", 'the Heroes and Unity Days holidays', "Martyrs' Day", "Heroes' Day", 'Eid al-Adha', 'Dimanche Gras',
#   'Spiritual Baptist Liberation Day', 'Emancipation Day', 'Mary Prince Day', 'Labour Day', 'Kataklysmos', "Patriots' Day",
#   'Juneteenth', 'the Fourth of July', 'Cesar Chavez Day', 'Show Day', "Canterbury's anniversary holiday", 'TT Bank
#   Holiday', 'Tynwald Day', 'Liberation Day', 'the Early May bank holiday', 'Kwibohora', 'Umuganda', 'Umuganura', 'Republic
#   Day', 'Phagwah', 'CARICOM Day', 'Mashramani', 'Boxing Day'); names of periods given their dates beside them or none
#   ('the Twelfth holidays', 'the Twelfth fortnight', 'Golden Week', 'the Obon season', 'Silver Week', 'the long dry season',
#   'the rainy season', 'the holidays' of a school, 'The cyclone season', 'The harness racing season', 'Cup and Show Week',
#   'the TT fortnight', 'The summer timetable', 'April vacation', 'the May Revision', 'The next long weekend', 'The next
#   Umuganda', 'mid-year'); generic uses ('Easter' and 'the Monday and Tuesday before Ash Wednesday' of Carnival's rule,
#   'Patriots' Day' itself and of 2024 beside its date, 'a Monday' of the holiday's move in 1969, 'a Sunday schedule',
#   'Somers Day', 'August to July' and 'July to June' of a fiscal year, 'April' of Britain's tax year, 'March' of a March
#   year-end, 'Independence Day' of any year in Papua New Guinea).
# X: decoys, not dates (money '£750', '£60 million', 'Tk 4,000 crore', 'Rs 2,080', 'NIS 1.2 billion', '¥14,720', '¥48',
#   'FJ$3.1 billion', 'FJ$200', 'K50', 'K5.6 billion', 'Shs 72.4 trillion', 'BDS$60', '$4.50', '£50',
#   '£10,000', '€4.20', '€350 million', '€8,000', '$230', '$5', '$2.9 billion', '$322 billion', '$1.3 million', 'ST$250,000',
#   '£52 million', '£2.3 million', 'RWF 7,800 billion', 'RWF 10,000', 'G$1.5 trillion', 'G$5,000'; counts and measures
#   '1,400', '1.25 million', '312', '2,083', '42', '31,000', '31', '42.7 million', '7,800', '3,500', '44.6 million', '17',
#   '1,975', '22', '50,000', '100,000', '1.2 million', '45', '8,000', 'four million', '12', '38,000', '34,500', '1,200',
#   '4,000', '12,000', '119', '3,100', '100', '14,500', '13', '1,865', '30,000', '48 degrees', '26.2 miles', '3200 metres',
#   '37.73-mile', '136.358 mph', '130 km/h', '41C', '8C', '250-gram', '50.9 per cent', '79.4 per cent', '71 per cent',
#   '70 per cent', '94 per cent', '97 per cent', '37 runs', '241 for 7', '50 overs', 'eight', 'two', 'three', 'four',
#   'nine', 'Six'; ranks and anniversaries '50th', '56th', '80th', '130th', '250th', '20th'; laws, forms, codes, lines,
#   trains and flights 'Section 38', 'General Order No. 3', 'Proposition 98', 'batch 2605', '9048', 'Line 480', 'Line 2',
#   'Metro 12', '212', 'Hayabusa 48', 'OL 731', 'Category 3', 'No. 3', 'No. 7', 'Room 104', 'Room 1998'; streets, plots,
#   routes, roads, gates and terminals '1 Yafo Street', 'Umeda 3-1-1', '331 Main Street', '2328 Broadway', '1315 10th St.',
#   '75 Jack Hinton Drive', 'Plot 4603', 'Plot 1886', 'Lot 1970', 'KN 3 Rd', 'Route 1', 'Route 7', 'Route 42', 'Route 135',
#   'I-45', 'A18', 'Pier 21', 'Gate 3', 'Gate 4', 'Gate 6', 'Gate 11', 'Terminal 2', 'Ba 2 Kha 2083' (a number plate);
#   phone numbers and short codes '028 9066 6630', '09612 111 969', '1618', '01-4470083', '*5770', '050-2016-1600', '1390',
#   '330 7011', '321 7575', '0211 253 155', '0800 100 066', '868-555-0176', '246-555-0190', '441-555-0123', '200 74920',
#   '1429', '617-555-0148', '409-555-0119', '916-555-0133', '03 555 0188', '20855', '06-6555-0172', '01624 555 019',
#   '01534 555 012', '3004', '592-555-0140'; ages '44', '46', '67', '53', '29', '38', '61', '65', '63', '58', '41', '47',
#   '31'; durations and comparisons 'five days', 'one-day', 'three weeks', '60 days', 'two nights', 'a minute', '20
#   minutes', 'ten minutes', '77 years', 'four-year', '20 days', 'fifty years', 'half a century', 'seven days', '37 days',
#   'ten days', 'a month earlier' than the timetable came, 'a year', 'two-day', 'four-day', '18 days', '48 hours', 'three
#   months', 'nine months', 'one day', '50 days', '70 days', 'a fortnight', 'two years', '175 years', 'three-day', 'five
#   minutes', 'two days', 'six hours', '32 years', '60 years', 'nine days'); the scorer ignores X, so a date claim on one
#   counts as a precision error.
# Conventions as p5-p24 (bare weekdays by the verb's tense ('said on Thursday' the most recent past Thursday, 'begins on
#   Thursday' the nearest Thursday ahead; WEEKDAY_TENSE in verify.py); anaphora by the narrative's focus; quoted speech by
#   the day it was said (SPEAKER in verify.py); fiscal periods by the stated year-end; holidays on the day observed in the
#   story's country, the feast itself on its own day; southern seasons (a07 Suva, a09 Lusaka, a19 Christchurch, a20 Apia;
#   a08 Port Moresby names none) R: plus the northern label, northern ones S: then R:; ranges R: with both ends as D:, two
#   days joined by 'and' ('May 14 and 15', 'July 30 and 31', 'April 30 and May 1') the same, ranges of months R: with M:
#   of each end ('April to June', 'July through February'); holiday weekends R: of the days off (P: the holiday); a Sunday
#   paper's (a25) 'last week' both weeks before and 'the coming week' from the next day; 'N days later', 'three weeks
#   later', 'the following day', 'the following week' and 'the following Monday' counted from the day the story names;
#   decades DEC: and RY:; centuries both RY: readings; 'the end of <month>' and 'the end of the month' MIN: and D:; 'the
#   end of the year' D:, M:, Y:; 'early 2027' YIN: and IN: of its first four months; 'mid-2027' YIN: and IN: May-August;
#   'a year earlier' the same period a year back; 'since <month>', 'since <weekday>' and 'since <month> <day>' D: or M:
#   with R: to publication; predicative weekdays after a date or holiday ('a Sunday', 'a Saturday', 'a Tuesday', 'a
#   Thursday') that day; a feast's name beside its date N, standing alone D: ("St Patrick's Day", 'Ash Wednesday',
#   'Remembrance Day', 'Fiji Day', "Children's Day", 'Bermuda Day', 'National Day', 'Labour Day', 'Marine Day', 'Cup Day',
#   'Christmas', 'Good Friday', 'Easter Monday', 'the Spring Bank Holiday', 'the late summer bank holiday', 'the winter
#   midterm bank holiday'); a part of a day outside the span ('{{Friday}} night', '{{Wednesday}} evening', '{{Saturday}}
#   afternoon'); financial years named by two calendar years R: with RY:; quarters and halves of non-calendar fiscal years
#   R: (with Q: when they are a calendar quarter); 'the new year' Y: of the coming year; rule-named days ('the second
#   Thursday of August', 'the third Monday in April', 'the first Monday in August', 'the first Friday of August', 'the
#   first Monday of July', 'the last Saturday of the month') D:).
# Added in p25 (decided while planning or marking up, before the readings that use them were settled):
#   'the weekend' in Dhaka and Jerusalem R: of the Friday and Saturday after publication (those countries' weekend);
#   numeric day-first dates with slashes in Cyprus ('10/06/2026') D:; a Hebrew date ('5 Iyar') D: of its Gregorian day;
#   'the Twelfth' D: of 12 July and 'the Eleventh Night' of 11 July; 'Remembrance Day' in Papua New Guinea D: of 23
#   July; 'Easter' in Cyprus the Orthodox one; 'Tuesday last week' D: of last week's Tuesday; 'that day', 'the day',
#   'the day itself', 'the extra day', 'the first day', 'the anniversary', 'polling day', 'the eve of polling', 'the eve of
#   the festival', 'the last day of the holidays', 'the start of Dashain', 'the end of Tihar', 'the start of the financial
#   year', 'the day after the meeting', 'the day before the meeting', 'the day after Cup Match', 'the day after Independence
#   Day', 'the day after VE Day' D:; 'the second Friday after the first Tuesday in November' D: (its anchor's weekday
#   left out of the weekday check); 'Carnival Monday and Tuesday' and 'Thursday and Friday' R: with D: of each end; 'a
#   four-day weekend', 'the four-day weekend', 'the holiday weekend', 'a long weekend', 'the long weekend', 'the first long
#   weekend' and 'the Easter weekend' R: of the days off with P:D: of the feast; 'a month earlier' (tickets on sale a
#   month before a day the story names) D: of that day a month back, but 'a month earlier' as a comparison X; 'a year
#   later' after a month M: (P:Y:), after a year Y:; 'the first 10 days of May' R:; 'First-quarter' used as a modifier R:
#   with Q:; 'the year that ended on March 31', 'the year to March', 'the year to March 2027', 'the current year', 'The
#   current fiscal year', 'the new financial year', 'the next year of assessment' and 'the year of assessment that ended on
#   30 June' R: of that fiscal or tax year; 'the first ten months of the financial year', 'the first half of the new
#   financial year', 'the last quarter of the fiscal year' and 'the six months from July' R:; 'hurricane season' R: of 1
#   June-30 November; 'the 2024-25' and '2025-26' cyclone seasons R: of 1 November-30 April with RY:; 'the 2025-26' school
#   year RY: alone; 'the autumn' ahead in a northern story S: then R:; 'Two days ago' and 'The day after tomorrow' of a
#   quote from the day it was said; 'Tonight' said on Monday that Monday.
G = {}
N = {}
X = {}
G['a01'] = [("Thursday 2 July",1,["D:2026-07-02"]),("today",1,["D:2026-07-02"]),("Tuesday",1,["D:2026-06-30"]),
 ("Friday 10 July to Tuesday 14 July",1,["R:2026-07-10..2026-07-14","D:2026-07-10","D:2026-07-14"]),
 ("the Eleventh Night",1,["D:2026-07-11"]),("the Twelfth",2,["D:2026-07-12"]),
 ("a Sunday",1,["D:2026-07-12"]),("this year",1,["Y:2026"]),("Monday 13 July",1,["D:2026-07-13"]),
 ("that day",1,["D:2026-07-13"]),("May",1,["M:2026-05"]),("5 June",1,["D:2026-06-05"]),
 ("September 2024",1,["M:2024-09"]),("the end of the month",1,["MIN:2026-06","D:2026-06-30"]),
 ("Wednesday",1,["D:2026-07-01"]),("Yesterday",1,["D:2026-06-30"]),("1 April",1,["D:2026-04-01"]),
 ("the 2026-27 financial year",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("April 2027",1,["M:2027-04"]),("St Patrick's Day",1,["D:2026-03-17"]),
 ("three weeks later",1,["D:2026-04-07"]),("Wednesday 15 July",1,["D:2026-07-15"]),
 ("next week",1,["W:2026-07-06"]),("the late summer bank holiday",1,["D:2026-08-31"]),
 ("Friday",2,["D:2026-07-03"]),("the 1990s",1,["DEC:1990","RY:1990..1999"])]
N['a01'] = [("the Twelfth holidays",1),("the bank holiday",1),("the Twelfth fortnight",1),("7pm",1),("Employment Relations (Northern Ireland) Order 1999",1)]
X['a01'] = [("five days",1),("1,400",1),("028 9066 6630",1),("one-day",1),("44",1),("£750",1),("£60 million",1),("Metro 12",1),("212",1),("five days",2)]

G['a02'] = [("Monday, August 11",1,["D:2025-08-11"]),("Tuesday",1,["D:2025-08-12"]),
 ("Wednesday",1,["D:2025-08-13"]),
 ("August 23 and 24",1,["R:2025-08-23..2025-08-24","D:2025-08-23","D:2025-08-24"]),
 ("a Saturday",1,["D:2025-08-23"]),("June 26",1,["D:2025-06-26"]),("August 19",1,["D:2025-08-19"]),
 ("August 26 to September 4",1,["R:2025-08-26..2025-09-04","D:2025-08-26","D:2025-09-04"]),
 ("Tomorrow",1,["D:2025-08-11"]),("Sunday",1,["D:2025-08-10"]),("Last year",1,["Y:2024"]),
 ("last Wednesday",1,["D:2025-08-06"]),("Thursday",1,["D:2025-08-14"]),
 ("the weekend",1,["R:2025-08-15..2025-08-16"]),("July 6",1,["D:2025-07-06"]),
 ("four days later",1,["D:2025-07-10"]),("early November",1,["MIN:2025-11"]),
 ("December",1,["M:2025-12"]),("FY2025-26",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("June 2",1,["D:2025-06-02"]),("late September",1,["MIN:2025-09"]),("1998",1,["Y:1998"]),
 ("Thursday",2,["D:2025-08-07"]),("the end of the month",1,["MIN:2025-08","D:2025-08-31"]),
 ("next year's",1,["Y:2026"]),("April",1,["M:2026-04"]),("April 14",1,["D:2026-04-14"])]
N['a02'] = [("the Ashura holiday",1)]
X['a02'] = [("1.25 million",1),("three weeks",1),("312",1),("09612 111 969",1),("60 days",1),("Tk 4,000 crore",1),("Room 1998",1)]

G['a03'] = [("Oct 10",1,["D:2026-10-10"]),("today",1,["D:2026-10-10"]),("tomorrow",1,["D:2026-10-11"]),
 ("Thursday",1,["D:2026-10-15"]),("Sunday, October 18",1,["D:2026-10-18"]),
 ("Thursday, October 22",1,["D:2026-10-22"]),("Tuesday, October 20",1,["D:2026-10-20"]),
 ("the following week",1,["W:2026-10-26"]),
 ("since Monday",1,["D:2026-10-05","R:2026-10-05..2026-10-10"]),("Last year",1,["Y:2025"]),
 ("Friday",1,["D:2026-10-09"]),("This year",1,["Y:2026"]),("Wednesday",1,["D:2026-10-14"]),
 ("October 23",1,["D:2026-10-23"]),("last year's",1,["Y:2025"]),("April 25, 2015",1,["D:2015-04-25"]),
 ("early July",1,["MIN:2026-07"]),("September 28",1,["D:2026-09-28"]),
 ("November 8",1,["D:2026-11-08"]),("November 11",1,["D:2026-11-11"]),
 ("November 15",1,["D:2026-11-15"]),("mid-July",1,["MIN:2026-07"]),
 ("the start of Dashain",1,["D:2026-10-11"]),("the end of Tihar",1,["D:2026-11-11"])]
N['a03'] = [("Ghatasthapana",1),("Fulpati",1),("Bijaya Dashami",1)]
X['a03'] = [("2,083",1),("Rs 2,080",1),("two nights",1),("46",1),("42",1),("31,000",1),("Ba 2 Kha 2083",1),("1618",1),("01-4470083",1)]

G['a04'] = [("April 28",1,["D:2025-04-28"]),("Wednesday",1,["D:2025-04-30"]),("this year",1,["Y:2025"]),
 ("Thursday, May 1",1,["D:2025-05-01"]),("5 Iyar",1,["D:2025-05-03"]),("Saturday",1,["D:2025-05-03"]),
 ("Memorial Day",2,["D:2025-04-30"]),("tomorrow",1,["D:2025-04-29"]),("last week",1,["W:2025-04-21"]),
 ("Friday",1,["D:2025-04-25"]),("Thursday",2,["D:2025-04-24"]),("Tomorrow",1,["D:2025-04-28"]),
 ("Wednesday",2,["D:2025-04-30"]),("Sunday",1,["D:2025-04-27"]),("Wednesday",3,["D:2025-04-30"]),
 ("Independence Day",2,["D:2025-05-01"]),("the weekend",1,["R:2025-05-02..2025-05-03"]),
 ("May 3",1,["D:2025-05-03"]),("this week",1,["W:2025-04-28"]),("May 14, 1948",1,["D:1948-05-14"]),
 ("2024",1,["Y:2024"]),("this year",2,["Y:2025"]),("March",1,["M:2025-03"]),
 ("May 26",1,["D:2025-05-26"]),("June 2",1,["D:2025-06-02"]),
 ("the eve of the festival",1,["D:2025-06-01"]),("May 11",1,["D:2025-05-11"]),
 ("the autumn",1,["S:autumn-2025","R:2025-09-01..2025-11-30"])]
N['a04'] = [("11 a.m.",1),("Memorial Day",1),("Independence Day",1),("8 p.m.",1),("Holocaust Remembrance Day",1),("2 p.m.",1),("4 p.m.",1),("10 p.m.",1),("Jerusalem Day",1),("Shavuot",1)]
X['a04'] = [("20 minutes",1),("Line 480",1),("ten minutes",1),("77 years",1),("NIS 1.2 billion",1),("*5770",1),("1 Yafo Street",1)]

G['a05'] = [("April 24",1,["D:2026-04-24"]),("last year",1,["Y:2025"]),("today",1,["D:2026-04-24"]),
 ("Wednesday, April 29",1,["D:2026-04-29"]),("Saturday, May 2",1,["D:2026-05-02"]),
 ("a Sunday",1,["D:2026-05-03"]),("this year",1,["Y:2026"]),("Wednesday, May 6",1,["D:2026-05-06"]),
 ("May 2 to 6",1,["R:2026-05-02..2026-05-06","D:2026-05-02","D:2026-05-06"]),
 ("April 30 and May 1",1,["R:2026-04-30..2026-05-01","D:2026-04-30","D:2026-05-01"]),
 ("May 2",3,["D:2026-05-02"]),("the last day of the holidays",1,["D:2026-05-06"]),
 ("a month earlier",1,["D:2026-04-06"]),("Yesterday",1,["D:2026-04-22"]),
 ("Thursday",1,["D:2026-04-23"]),
 ("April 24 to May 10",1,["R:2026-04-24..2026-05-10","D:2026-04-24","D:2026-05-10"]),
 ("the year that ended on March 31",1,["R:2025-04-01..2026-03-31"]),("April 28",1,["D:2026-04-28"]),
 ("the year to March 2027",1,["R:2026-04-01..2027-03-31"]),("2025",1,["Y:2025"]),
 ("First-quarter",1,["R:2026-04-01..2026-06-30","Q:2026-Q2"]),
 ("April to June",1,["R:2026-04-01..2026-06-30","M:2026-04","M:2026-06"]),
 ("late July",1,["MIN:2026-07"]),("mid-August",1,["MIN:2026-08"]),("September",1,["M:2026-09"]),
 ("September 19 to 23",1,["R:2026-09-19..2026-09-23","D:2026-09-19","D:2026-09-23"]),
 ("2015",1,["Y:2015"]),("2019",1,["Y:2019"]),("Children's Day",1,["D:2026-05-05"])]
N['a05'] = [("Golden Week",1),("Showa Day",1),("Constitution Day",1),("the Obon season",1),("Silver Week",1),("5 a.m.",1)]
X['a05'] = [("eight",1),("Hayabusa 48",1),("a minute",1),("31",1),("42.7 million",1),("¥14,720",1),("050-2016-1600",1),("Terminal 2",1)]

G['a06'] = [("May 19",1,["D:2026-05-19"]),("Wednesday, June 3",1,["D:2026-06-03"]),("today",1,["D:2026-05-19"]),
 ("June 1, 2022",1,["D:2022-06-01"]),
 ("May 14 and 15",1,["R:2026-05-14..2026-05-15","D:2026-05-14","D:2026-05-15"]),
 ("Thursday",1,["D:2026-05-21"]),("June 2",1,["D:2026-06-02"]),
 ("the eve of polling",1,["D:2026-06-02"]),
 ("May 29 and 30",1,["R:2026-05-29..2026-05-30","D:2026-05-29","D:2026-05-30"]),
 ("May 28",1,["D:2026-05-28"]),("Sunday",1,["D:2026-05-24"]),("Monday",1,["D:2026-05-25"]),
 ("the long weekend",1,["R:2026-05-23..2026-05-25","P:D:2026-05-24"]),("June 6",1,["D:2026-06-06"]),
 ("a Saturday",1,["D:2026-06-06"]),("This week",1,["W:2026-05-18"]),
 ("next Monday",1,["D:2026-05-25"]),("Monday",3,["D:2026-05-18"]),
 ("the following day",1,["D:2026-06-04"]),("July 1",1,["D:2026-07-01"]),
 ("June 27, 1995",1,["D:1995-06-27"]),("last year's",1,["Y:2025"]),
 ("June 3, 2025",1,["D:2025-06-03"]),("the first 10 days of May",1,["R:2026-05-01..2026-05-10"]),
 ("a year earlier",1,["R:2025-05-01..2025-05-10"]),
 ("first quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("polling day",1,["D:2026-06-03"]),
 ("the end of the month",1,["MIN:2026-05","D:2026-05-31"])]
N['a06'] = [("midnight",1),("Buddha's Birthday",1),("Memorial Day",1),("6 a.m.",1),("6 p.m.",1)]
X['a06'] = [("50.9 per cent",1),("7,800",1),("3,500",1),("four-year",1),("79.4 per cent",1),("44.6 million",1),("17",1),("1390",1),("Line 2",1)]

G['a07'] = [("Friday 27 June 2025",1,["D:2025-06-27"]),
 ("2025-2026",1,["R:2025-08-01..2026-07-31","RY:2025..2026"]),("tonight",1,["D:2025-06-27"]),
 ("the 2024-25",1,["R:2024-11-01..2025-04-30","RY:2024..2025"]),
 ("the new financial year",1,["R:2025-08-01..2026-07-31"]),("1 August",1,["D:2025-08-01"]),
 ("Monday",1,["D:2025-06-30"]),("Friday 11 July",1,["D:2025-07-11"]),
 ("the current year",1,["R:2024-08-01..2025-07-31"]),("31 July",1,["D:2025-07-31"]),
 ("the first ten months of the financial year",1,["R:2024-08-01..2025-05-31"]),
 ("2024-2025",1,["R:2024-08-01..2025-07-31","RY:2024..2025"]),("Next month",1,["M:2025-07"]),
 ("Wednesday",1,["D:2025-06-25"]),("this year",1,["Y:2025"]),
 ("this winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("May",1,["M:2025-05"]),
 ("Fiji Day",1,["D:2025-10-10"]),("the start of the financial year",1,["D:2025-08-01"]),
 ("August 2023",1,["M:2023-08"]),("early 2027",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),
 ("14 December 2022",1,["D:2022-12-14"]),
 ("the first half of the new financial year",1,["R:2025-08-01..2026-01-31"]),
 ("February",1,["M:2026-02"]),("late July",1,["MIN:2025-07"]),("tomorrow",1,["D:2025-06-28"])]
N['a07'] = [("August to July",1),("Appropriation Bill 2025",1),("mid-year",1),("7pm",1),("9am",1)]
X['a07'] = [("20 days",1),("FJ$3.1 billion",1),("FJ$200",1),("330 7011",1),("Room 104",1)]

G['a08'] = [("Sept 10",1,["D:2025-09-10"]),("Tuesday",1,["D:2025-09-16"]),("Monday",1,["D:2025-09-15"]),
 ("a four-day weekend",1,["R:2025-09-13..2025-09-16","P:D:2025-09-16"]),
 ("Saturday, September 13",1,["D:2025-09-13"]),("16 September 1975",1,["D:1975-09-16"]),
 ("Tomorrow",1,["D:2025-09-09"]),("Monday",2,["D:2025-09-08"]),("Remembrance Day",1,["D:2025-07-23"]),
 ("Friday",1,["D:2025-09-12"]),("Thursday",1,["D:2025-09-11"]),
 ("the four-day weekend",1,["R:2025-09-13..2025-09-16","P:D:2025-09-16"]),
 ("October 5",1,["D:2025-10-05"]),("Sunday, September 21",1,["D:2025-09-21"]),
 ("November 2018",1,["M:2018-11"]),("since 2020",1,["Y:2020"]),("2028",1,["Y:2028"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),
 ("mid-2027",1,["YIN:2027","IN:2027-05-01..2027-08-31"]),("a Tuesday",1,["D:2014-09-16"]),
 ("2014",1,["Y:2014"]),("Christmas",1,["D:2025-12-25"]),("a Thursday",1,["D:2025-12-25"]),
 ("the Friday",1,["D:2025-12-26"]),
 ("the holiday weekend",1,["R:2025-09-13..2025-09-16","P:D:2025-09-16"])]
N['a08'] = [("6am",1),("Independence Day",1),("The next long weekend",1),("Boxing Day",1)]
X['a08'] = [("fifty years",1),("50th",1),("1,975",1),("22",1),("K50",1),("50,000",1),("321 7575",1),("half a century",1),("100,000",1)]

G['a09'] = [("Jan. 14",1,["D:2026-01-14"]),("Tuesday",1,["D:2026-01-13"]),
 ("Thursday, August 13",1,["D:2026-08-13"]),("the second Thursday of August",1,["D:2026-08-13"]),
 ("May 11 to 15",1,["R:2026-05-11..2026-05-15","D:2026-05-11","D:2026-05-15"]),
 ("the following Monday",1,["D:2026-05-18"]),("August 12",1,["D:2026-08-12"]),
 ("the eve of polling",1,["D:2026-08-12"]),
 ("October 13 to November 21",1,["R:2025-10-13..2025-11-21","D:2025-10-13","D:2025-11-21"]),
 ("March",1,["M:2026-03"]),("March 12",1,["D:2026-03-12"]),("Today",1,["D:2026-01-13"]),
 ("September 19",1,["D:2026-09-19"]),("this winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("July 6 and 7",1,["R:2026-07-06..2026-07-07","D:2026-07-06","D:2026-07-07"]),
 ("August 3",1,["D:2026-08-03"]),("August 12, 2021",1,["D:2021-08-12"]),("2016",2,["Y:2016"]),
 ("2026",1,["Y:2026"]),("September",2,["M:2025-09"]),
 ("the first quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),("June",1,["M:2026-06"]),
 ("Monday",2,["D:2026-01-19"])]
N['a09'] = [("6pm",1),("Youth Day",1),("the Heroes and Unity Days holidays",1),("Farmers' Day",1),("Electoral Process Act No. 35 of 2016",1)]
X['a09'] = [("1.2 million",1),("seven days",1),("37 days",1),("ten days",1),("71 per cent",1),("K5.6 billion",1),("100,000",1),("a month earlier",1),("Plot 4603",1),("0211 253 155",1),("156",1)]

G['a10'] = [("Saturday 31 May 2025",1,["D:2025-05-31"]),("this weekend",1,["R:2025-05-31..2025-06-01"]),
 ("Tuesday",1,["D:2025-06-03"]),("two weeks ago",1,["D:2025-05-17","W:2025-05-12"]),
 ("1885",1,["Y:1885"]),("1887",1,["Y:1887"]),("3 June 1886",1,["D:1886-06-03"]),("1964",1,["Y:1964"]),
 ("1969",1,["Y:1969"]),("2015",1,["Y:2015"]),("Yesterday",1,["D:2025-05-29"]),
 ("Friday",1,["D:2025-05-30"]),("This year's",1,["Y:2025"]),("Monday",1,["D:2025-06-02"]),
 ("the day",1,["D:2025-06-03"]),("Martyrs' Day",2,["D:2025-06-03"]),
 ("the following Monday",1,["D:2025-06-09"]),("Friday",2,["D:2025-06-06"]),
 ("the 2025/26 financial year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("Thursday, June 12",1,["D:2025-06-12"]),("July 1",1,["D:2025-07-01"]),
 ("January 2026",1,["M:2026-01"]),("last year",1,["Y:2024"]),
 ("the 19th century",1,["RY:1801..1900","RY:1800..1899"]),
 ("the 2000s",1,["DEC:2000","RY:2000..2009"]),
 ("since April",1,["M:2025-04","R:2025-04-01..2025-05-31"]),("Wednesday",1,["D:2025-06-04"])]
N['a10'] = [("Martyrs' Day",1),("midnight",1),("4am",1),("Heroes' Day",1),("Eid al-Adha",1)]
X['a10'] = [("45",1),("8,000",1),("67",1),("four million",1),("Gate 3",1),("Shs 72.4 trillion",1),("Plot 1886",1),("12",2),("0800 100 066",1)]

G['a11'] = [("Feb. 11",1,["D:2026-02-11"]),("next week",1,["W:2026-02-16"]),("Monday",1,["D:2026-02-16"]),
 ("Tuesday",1,["D:2026-02-17"]),("Ash Wednesday",1,["D:2026-02-18"]),("Saturday",1,["D:2026-02-14"]),
 ("Sunday",1,["D:2026-02-15"]),("Saturday, February 7",1,["D:2026-02-07"]),
 ("January 30",1,["D:2026-01-30"]),
 ("Carnival Monday and Tuesday",1,["R:2026-02-16..2026-02-17","D:2026-02-16","D:2026-02-17"]),
 ("Friday",1,["D:2026-02-13"]),("Thursday, February 19",1,["D:2026-02-19"]),
 ("The day after tomorrow",1,["D:2026-02-12"]),("Tuesday",3,["D:2026-02-10"]),
 ("Last year",1,["Y:2025"]),
 ("March 3 and 4",1,["R:2025-03-03..2025-03-04","D:2025-03-03","D:2025-03-04"]),
 ("next year",1,["Y:2027"]),
 ("February 8 and 9, 2027",1,["R:2027-02-08..2027-02-09","D:2027-02-08","D:2027-02-09"]),
 ("since 2010",1,["Y:2010"]),("the 1780s",1,["DEC:1780","RY:1780..1789"]),("1838",1,["Y:1838"]),
 ("Monday",4,["D:2026-02-16"]),("Friday, February 13",1,["D:2026-02-13"]),
 ("Tuesday",5,["D:2026-02-17"]),("the end of the month",1,["MIN:2026-02","D:2026-02-28"]),
 ("March 30",1,["D:2026-03-30"])]
N['a11'] = [("4 a.m.",1),("Dimanche Gras",1),("Carnival 2025",1),("Easter",1),("the Monday and Tuesday before Ash Wednesday",1),("Noise Pollution Control Rules 2001",1),("6 p.m.",1),("midnight",1),("Spiritual Baptist Liberation Day",1)]
X['a11'] = [("38,000",1),("34,500",1),("1,200",1),("868-555-0176",1),("53",1),("4,000",1),("Gate 6",1),("a year",1)]

G['a12'] = [("Friday 20 November 2026",1,["D:2026-11-20"]),("Wednesday",1,["D:2026-11-18"]),
 ("today",1,["D:2026-11-20"]),("Sunday",1,["D:2026-11-22"]),
 ("Tuesday 24 November",1,["D:2026-11-24"]),("27",1,["D:2026-11-27"]),("28",1,["D:2026-11-28"]),
 ("30 November",1,["D:2026-11-30"]),("30 November 1966",1,["D:1966-11-30"]),("2021",1,["Y:2021"]),
 ("Sunday 15 November",1,["D:2026-11-15"]),("Yesterday",1,["D:2026-11-18"]),
 ("Thursday",1,["D:2026-11-19"]),("this weekend",1,["R:2026-11-21..2026-11-22"]),
 ("Monday",1,["D:2026-11-23"]),("October",1,["M:2026-10"]),("1970",1,["Y:1970"]),
 ("mid-November",1,["MIN:2026-11"]),("2007",1,["Y:2007"]),("June 29, 2024",1,["D:2024-06-29"]),
 ("tomorrow",1,["D:2026-11-21"]),("Wednesday",2,["D:2026-11-18"]),("Saturday",1,["D:2026-11-21"]),
 ("December 1",1,["D:2026-12-01"]),("the day after Independence Day",1,["D:2026-12-01"]),
 ("mid-December",1,["MIN:2026-12"]),("January",1,["M:2027-01"]),("the new year",1,["Y:2027"]),
 ("next week",1,["W:2026-11-23"]),("Sunday 29 November",1,["D:2026-11-29"])]
N['a12'] = [("Independence Day",1),("three in the afternoon",1),("the rainy season",1),("6 p.m.",1)]
X['a12'] = [("one-day",1),("60 years",1),("37 runs",1),("241 for 7",1),("BDS$60",1),("Gate 11",1),("246-555-0190",1),("four-day",1),("29",2),("No. 3",1),("50 overs",1)]

G['a13'] = [("July 27",1,["D:2026-07-27"]),("this week",1,["W:2026-07-27"]),
 ("Thursday and Friday",1,["R:2026-07-30..2026-07-31","D:2026-07-30","D:2026-07-31"]),
 ("July 30 and 31",1,["R:2026-07-30..2026-07-31","D:2026-07-30","D:2026-07-31"]),
 ("the first Monday in August",1,["D:2026-08-03"]),("2020",1,["Y:2020"]),("since 1902",1,["Y:1902"]),
 ("the 1830s",1,["DEC:1830","RY:1830..1839"]),("August 1, 1834",1,["D:1834-08-01"]),
 ("Saturday",1,["D:2026-07-25"]),("Next week",1,["W:2026-07-27"]),("Saturday",2,["D:2026-07-25"]),
 ("Last year's",1,["Y:2025"]),("the day after Cup Match",1,["D:2026-08-01"]),
 ("Wednesday",1,["D:2026-07-29"]),
 ("the long weekend",1,["R:2026-07-30..2026-08-02","P:D:2026-07-30"]),
 ("Bermuda Day",1,["D:2026-05-22"]),("Tuesday last week",1,["D:2026-07-21"]),
 ("tomorrow",1,["D:2026-07-28"]),("Wednesday",2,["D:2026-07-29"]),
 ("the first day",1,["D:2026-07-30"]),("July 2019",1,["M:2019-07"]),
 ("September 7",1,["D:2026-09-07"]),("last year",1,["Y:2025"])]
N['a13'] = [("Emancipation Day",1),("Mary Prince Day",1),("Mary Prince Day",2),("Somers Day",1),("a Sunday schedule",1),("10 a.m.",1),("Labour Day",1)]
X['a13'] = [("two-day",1),("12,000",1),("Route 7",1),("$4.50",1),("94 per cent",1),("441-555-0123",1),("38",1),("119",1),("20th",1)]

G['a14'] = [("12 November 2025",1,["D:2025-11-12"]),
 ("the year of assessment that ended on 30 June",1,["R:2024-07-01..2025-06-30"]),
 ("today",1,["D:2025-11-12"]),("30 November",1,["D:2025-11-30"]),("a Sunday",1,["D:2025-11-30"]),
 ("this year",1,["Y:2025"]),("Monday 1 December",1,["D:2025-12-01"]),
 ("Saturday 29 November",1,["D:2025-11-29"]),("Last year",1,["Y:2024"]),
 ("Tuesday",1,["D:2025-11-11"]),("Yesterday",1,["D:2025-11-10"]),
 ("2025/26",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),("31 December",1,["D:2025-12-31"]),
 ("30 June",2,["D:2026-06-30"]),("the next year of assessment",1,["R:2026-07-01..2027-06-30"]),
 ("1 July",1,["D:2026-07-01"]),("2019",1,["Y:2019"]),("this week",1,["W:2025-11-10"]),
 ("next week",1,["W:2025-11-17"]),("June",4,["M:2025-06"]),("National Day",1,["D:2025-09-10"]),
 ("Christmas",1,["D:2025-12-25"]),("the winter midterm bank holiday",1,["D:2026-02-16"]),
 ("2024/25",1,["R:2024-07-01..2025-06-30","RY:2024..2025"]),
 ("the end of the year",1,["D:2025-12-31","M:2025-12","Y:2025"]),("a year ago",1,["Y:2024"]),
 ("March",1,["M:2025-03"]),("the extra day",1,["D:2025-12-01"])]
N['a14'] = [("9am",1),("1pm",1),("July to June",1),("April",1),("Income Tax Act 2010",1)]
X['a14'] = [("18 days",1),("£50",1),("331 Main Street",1),("1,400",1),("48 hours",1),("Section 38",1),("three months",1),("70 per cent",1),("£10,000",1),("nine months",1),("200 74920",1),("61",1),("one day",1)]

G['a15'] = [("May 28",1,["D:2026-05-28"]),("10/06/2026",1,["D:2026-06-10"]),("24/06/2026",1,["D:2026-06-24"]),
 ("May 19",1,["D:2026-05-19"]),("yesterday",1,["D:2026-05-27"]),("Today",1,["D:2026-05-27"]),
 ("tomorrow",1,["D:2026-05-28"]),("Wednesday",1,["D:2026-05-27"]),("Monday",1,["D:2026-06-01"]),
 ("Orthodox Easter",1,["D:2026-04-12"]),("Friday",1,["D:2026-05-29"]),("Tuesday",1,["D:2026-06-02"]),
 ("Easter",2,["D:2026-04-12"]),("April 2021",1,["M:2021-04"]),("2025",1,["Y:2025"]),
 ("the first quarter",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),
 ("a year earlier",1,["Q:2025-Q1","R:2025-01-01..2025-03-31"]),("2023",1,["Y:2023"]),
 ("next week",1,["W:2026-06-01"]),("mid-June",1,["MIN:2026-06"]),
 ("the end of June",1,["MIN:2026-06","D:2026-06-30"]),("the weekend",1,["R:2026-05-30..2026-05-31"]),
 ("Saturday",1,["D:2026-05-30"]),("2025",2,["Y:2025"]),
 ("the summer of 2024",1,["S:summer-2024","R:2024-06-01..2024-08-31"])]
N['a15'] = [("Kataklysmos",1),("8pm",1)]
X['a15'] = [("250-gram",1),("batch 2605",1),("€4.20",1),("4,000",1),("50 days",1),("€350 million",1),("€8,000",1),("70 days",1),("65",1),("1429",1),("41C",1),("8C",1),("two",1),("12",1),("a fortnight",1)]

G['a16'] = [("April 17",1,["D:2026-04-17"]),("Monday",1,["D:2026-04-20"]),
 ("the third Monday in April",1,["D:2026-04-20"]),("today",1,["D:2026-04-17"]),
 ("yesterday",1,["D:2026-04-16"]),("Sunday",1,["D:2026-04-19"]),("Two days ago",1,["D:2026-04-14"]),
 ("Thursday",1,["D:2026-04-16"]),("April 19, 1897",1,["D:1897-04-19"]),
 ("April 19, 1775",1,["D:1775-04-19"]),("1969",1,["Y:1969"]),("2020",1,["Y:2020"]),
 ("October 2021",1,["M:2021-10"]),("This year",1,["Y:2026"]),("Wednesday",1,["D:2026-04-15"]),
 ("2024",1,["Y:2024"]),("April 15",1,["D:2024-04-15"]),("April 17",2,["D:2024-04-17"]),
 ("next week",1,["W:2026-04-20"]),
 ("April 20 to 24",1,["R:2026-04-20..2026-04-24","D:2026-04-20","D:2026-04-24"]),
 ("Monday",4,["D:2026-04-20"]),("last year",1,["Y:2025"]),("next year's",1,["Y:2027"]),
 ("September",1,["M:2026-09"]),("2025",1,["Y:2025"]),("the weekend",1,["R:2026-04-18..2026-04-19"])]
N['a16'] = [("Patriots' Day",1),("10 a.m.",1),("Patriots' Day",2),("a Monday",1),("Patriots' Day",3),("April vacation",1),("11:10 a.m.",1),("6 a.m.",1),("5 a.m.",1),("6 p.m.",1)]
X['a16'] = [("30,000",1),("130th",1),("48 degrees",1),("Route 135",1),("$230",1),("five minutes",1),("617-555-0148",1),("26.2 miles",1),("97 per cent",1)]

G['a17'] = [("June 16",1,["D:2026-06-16"]),("this week",1,["W:2026-06-15"]),("Friday",1,["D:2026-06-19"]),
 ("a long weekend",1,["R:2026-06-19..2026-06-21","P:D:2026-06-19"]),
 ("June 19, 1865",1,["D:1865-06-19"]),("Jan. 1, 1863",1,["D:1863-01-01"]),("1980",1,["Y:1980"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("2021",1,["Y:2021"]),("Friday",2,["D:2026-06-19"]),
 ("Saturday",1,["D:2026-06-20"]),("the long weekend",1,["R:2026-06-19..2026-06-21","P:D:2026-06-19"]),
 ("Last year",1,["Y:2025"]),("Monday",1,["D:2026-06-15"]),
 ("This weekend",1,["R:2026-06-20..2026-06-21"]),("hurricane season",1,["R:2026-06-01..2026-11-30"]),
 ("June 1",1,["D:2026-06-01"]),("Nov. 30",1,["D:2026-11-30"]),("next week",1,["W:2026-06-22"]),
 ("Sunday",1,["D:2026-06-21"]),("Sept. 13, 2008",1,["D:2008-09-13"]),("mid-July",1,["MIN:2026-07"]),
 ("a Saturday",1,["D:2026-07-04"]),("this year",1,["Y:2026"]),("Friday, July 3",1,["D:2026-07-03"]),
 ("1872",1,["Y:1872"]),("Saturday",3,["D:2026-06-20"])]
N['a17'] = [("Juneteenth",1),("Juneteenth",2),("10 a.m.",1),("the Fourth of July",1),("Juneteenth",3)]
X['a17'] = [("General Order No. 3",1),("two years",1),("2328 Broadway",1),("1,865",1),("20 minutes",1),("I-45",1),("Pier 21",1),("$5",1),("250th",1),("409-555-0119",1)]

G['a18'] = [("March 27",1,["D:2025-03-27"]),("Monday",1,["D:2025-03-31"]),("March 31, 1927",1,["D:1927-03-31"]),
 ("2000",1,["Y:2000"]),("1993",1,["Y:1993"]),
 ("the 2025-26 fiscal year",1,["R:2025-07-01..2026-06-30","RY:2025..2026"]),
 ("July 1",1,["D:2025-07-01"]),("Jan. 10",1,["D:2025-01-10"]),("May 14",1,["D:2025-05-14"]),
 ("June 15",1,["D:2025-06-15"]),("Next week",1,["W:2025-03-31"]),("Wednesday",1,["D:2025-03-26"]),
 ("July through February",1,["R:2024-07-01..2025-02-28","M:2024-07","M:2025-02"]),
 ("January",1,["M:2025-01"]),("April 15",1,["D:2025-04-15"]),("Oct. 15",1,["D:2025-10-15"]),
 ("the 2025-26",2,["RY:2025..2026"]),
 ("the last quarter of the fiscal year",1,["R:2025-04-01..2025-06-30","Q:2025-Q2"]),
 ("Tuesday",1,["D:2025-04-01"]),("The current fiscal year",1,["R:2024-07-01..2025-06-30"]),
 ("June 30",1,["D:2025-06-30"]),("Saturday",1,["D:2025-03-29"]),("1965",1,["Y:1965"]),
 ("a year later",1,["Y:1966"]),("since 2023",1,["Y:2023"]),("Tuesday",2,["D:2025-04-01"]),
 ("mid-April",1,["MIN:2025-04"]),("last June",1,["M:2024-06"])]
N['a18'] = [("Cesar Chavez Day",1),("the May Revision",1),("7 a.m.",1)]
X['a18'] = [("$2.9 billion",1),("Proposition 98",1),("1315 10th St.",1),("916-555-0133",1),("$322 billion",1)]

G['a19'] = [("Wednesday 5 November",1,["D:2025-11-05"]),("next week",1,["W:2025-11-10"]),
 ("Tuesday 11 November",1,["D:2025-11-11"]),("Friday 14 November",1,["D:2025-11-14"]),
 ("the second Friday after the first Tuesday in November",1,["D:2025-11-14"]),
 ("12 to 14 November",1,["R:2025-11-12..2025-11-14","D:2025-11-12","D:2025-11-14"]),
 ("yesterday",1,["D:2025-11-04"]),("Yesterday",1,["D:2025-11-03"]),("Tuesday",3,["D:2025-11-04"]),
 ("this spring",1,["R:2025-09-01..2025-11-30","S:autumn-2025"]),("2019",1,["Y:2019"]),
 ("the first long weekend",1,["R:2025-11-14..2025-11-16","P:D:2025-11-14"]),
 ("Labour Day",1,["D:2025-10-27"]),("the Friday",1,["D:2025-11-14"]),("This year's",1,["Y:2025"]),
 ("16 December 1850",1,["D:1850-12-16"]),("the anniversary",1,["D:2025-12-16"]),
 ("1 August",1,["D:2025-08-01"]),("31 July",1,["D:2026-07-31"]),
 ("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("late November",1,["MIN:2025-11"]),
 ("Cup Day",1,["D:2025-11-11"]),("the 1920s",1,["DEC:1920","RY:1920..1929"])]
N['a19'] = [("Show Day",1),("Canterbury's anniversary holiday",1),("5.15pm",1),("11.30am",1),("The harness racing season",1),("10am",1),("9am",1),("Cup and Show Week",1)]
X['a19'] = [("3200 metres",1),("$1.3 million",1),("13",1),("three-day",1),("175 years",1),("Route 1",1),("three",2),("75 Jack Hinton Drive",1),("03 555 0188",1),("Gate 4",1)]

G['a20'] = [("Dec 9",1,["D:2025-12-09"]),("Thursday",1,["D:2025-12-11"]),("Friday",1,["D:2025-12-12"]),
 ("today",1,["D:2025-12-09"]),("Monday",1,["D:2025-12-08"]),("Tonight",1,["D:2025-12-08"]),
 ("tomorrow",1,["D:2025-12-09"]),("Friday",2,["D:2025-12-12"]),
 ("the weekend",1,["R:2025-12-13..2025-12-14"]),
 ("1 November to 30 April",1,["R:2025-11-01..2026-04-30","D:2025-11-01","D:2026-04-30"]),
 ("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),("February 2018",1,["M:2018-02"]),
 ("13 December 2012",1,["D:2012-12-13"]),("Friday's",1,["D:2025-12-12"]),
 ("Thursday",2,["D:2025-12-11"]),("Friday",4,["D:2025-12-05"]),("yesterday",1,["D:2025-12-08"]),
 ("2025-26",1,["R:2025-11-01..2026-04-30","RY:2025..2026"]),("Christmas",1,["D:2025-12-25"]),
 ("the new year",1,["Y:2026"]),("30 December 2011",1,["D:2011-12-30"]),
 ("tomorrow",2,["D:2025-12-10"]),("Wednesday",1,["D:2025-12-10"])]
N['a20'] = [("The cyclone season",1),("the holidays",1),("6am",1)]
X['a20'] = [("130 km/h",1),("Category 3",1),("OL 731",1),("ST$250,000",1),("20855",1),("two days",1),("six hours",1)]

G['a21'] = [("June 17",1,["D:2025-06-17"]),("June 26",1,["D:2025-06-26"]),
 ("the year to March",1,["R:2024-04-01..2025-03-31"]),("March 31",1,["D:2025-03-31"]),
 ("June 27",1,["D:2025-06-27"]),("the day after the meeting",1,["D:2025-06-27"]),
 ("June 25",1,["D:2025-06-25"]),("the day before the meeting",1,["D:2025-06-25"]),
 ("April 13",1,["D:2025-04-13"]),("October 13",1,["D:2025-10-13"]),
 ("the current year",1,["R:2025-04-01..2026-03-31"]),("March 2026",1,["M:2026-03"]),
 ("This month",1,["M:2025-06"]),("June",5,["M:2025-06"]),("last week",1,["W:2025-06-09"]),
 ("Monday",1,["D:2025-06-16"]),("the April-June quarter",1,["Q:2025-Q2","R:2025-04-01..2025-06-30"]),
 ("July 31",1,["D:2025-07-31"]),("the second half of 2026",1,["H:2026-H2"]),
 ("late June",1,["MIN:2025-06"]),("last year",1,["Y:2024"]),
 ("the six months from July",1,["R:2025-07-01..2025-12-31"]),("Marine Day",1,["D:2025-07-21"]),
 ("the end of August",1,["MIN:2025-08","D:2025-08-31"]),
 ("since January",1,["M:2025-01","R:2025-01-01..2025-06-17"]),
 ("the year to March 2027",1,["R:2026-04-01..2027-03-31"]),("October 2026",1,["M:2026-10"]),
 ("2019",1,["Y:2019"])]
N['a21'] = [("5:30 p.m.",1),("10 a.m.",1),("Expo 2025",1),("March",4),("The summer timetable",1)]
X['a21'] = [("¥48",1),("Umeda 3-1-1",1),("9048",1),("31 million",1),("3,100",1),("100",2),("two",1),("06-6555-0172",1),("63",1)]

G['a22'] = [("Thursday 4 June 2026",1,["D:2026-06-04"]),("Wednesday",1,["D:2026-06-03"]),
 ("Friday",1,["D:2026-06-05"]),("Saturday 6 June",1,["D:2026-06-06"]),("Sunday",1,["D:2026-06-07"]),
 ("the Spring Bank Holiday",1,["D:2026-05-25"]),("Today",1,["D:2026-06-03"]),
 ("Wednesday",2,["D:2026-06-03"]),("Monday",1,["D:2026-06-08"]),
 ("the weekend",1,["R:2026-06-06..2026-06-07"]),
 ("since May 23",1,["D:2026-05-23","R:2026-05-23..2026-06-04"]),("28 May 1907",1,["D:1907-05-28"]),
 ("2023",1,["Y:2023"]),("Last year's",1,["Y:2025"]),("next month",1,["M:2026-07"]),
 ("5 July",1,["D:2026-07-05"]),("a Sunday",1,["D:2026-07-05"]),("this year",1,["Y:2026"]),
 ("Monday 6 July",1,["D:2026-07-06"]),("late August",1,["MIN:2026-08"]),("Sunday",3,["D:2026-06-07"]),
 ("last year",1,["Y:2025"]),("this year",2,["Y:2026"]),("tomorrow",1,["D:2026-06-05"])]
N['a22'] = [("TT Bank Holiday",1),("9am",1),("Tynwald Day",1),("the TT fortnight",1),("7am",1)]
X['a22'] = [("two",1),("37.73-mile",1),("A18",1),("14,500",1),("136.358 mph",1),("01624 555 019",1),("No. 7",1),("31",1),("three",1),("£52 million",1)]

G['a23'] = [("6 May",1,["D:2025-05-06"]),("Monday 12 May",1,["D:2025-05-12"]),("Friday",1,["D:2025-05-09"]),
 ("Next week",1,["W:2025-05-05"]),("Friday",2,["D:2025-05-02"]),("yesterday",1,["D:2025-05-05"]),
 ("Wednesday",1,["D:2025-05-07"]),("Thursday",1,["D:2025-05-08"]),("2016",1,["Y:2016"]),
 ("2021",1,["Y:2021"]),("March 2022",1,["M:2022-03"]),("a year later",1,["M:2023-03","P:Y:2023"]),
 ("14 April",1,["D:2025-04-14"]),("Good Friday",1,["D:2025-04-18"]),
 ("Easter Monday",1,["D:2025-04-21"]),("Monday 12 May",2,["D:2025-05-12"]),
 ("the following week",1,["W:2025-05-19"]),("the end of the month",1,["MIN:2025-05","D:2025-05-31"]),
 ("July",1,["M:2025-07"]),("9 May 1945",1,["D:1945-05-09"]),
 ("the day after VE Day",1,["D:1945-05-09"]),
 ("Thursday 8 May to Sunday 11 May",1,["R:2025-05-08..2025-05-11","D:2025-05-08","D:2025-05-11"]),
 ("the day itself",1,["D:2025-05-09"]),("this week",1,["W:2025-05-05"]),("June",1,["M:2025-06"]),
 ("Last year",1,["Y:2024"]),("since 2008",1,["Y:2008"]),
 ("the Spring Bank Holiday",1,["D:2025-05-26"])]
N['a23'] = [("Liberation Day",1),("the Early May bank holiday",1),("Proceeds of Crime (Jersey) Law 1999",1),("10am",1)]
X['a23'] = [("80th",1),("58",1),("14",1),("£2.3 million",1),("four",1),("two",1),("01534 555 012",1),("nine",1)]

G['a24'] = [("Friday 26 June 2026",1,["D:2026-06-26"]),("tomorrow",1,["D:2026-06-27"]),
 ("the last Saturday of the month",1,["D:2026-06-27"]),("Wednesday",1,["D:2026-07-01"]),
 ("July 4",1,["D:2026-07-04"]),("a Saturday",1,["D:2026-07-04"]),("this year",1,["Y:2026"]),
 ("Monday, July 6",1,["D:2026-07-06"]),("July 4, 1994",1,["D:1994-07-04"]),
 ("this year's",1,["Y:2026"]),
 ("the 2026/27 fiscal year",1,["R:2026-07-01..2027-06-30","RY:2026..2027"]),
 ("last week",1,["W:2026-06-15"]),("July 1",1,["D:2026-07-01"]),("2025",1,["Y:2025"]),
 ("March 31",1,["D:2026-03-31"]),("the end of the month",1,["MIN:2026-06","D:2026-06-30"]),
 ("Yesterday",1,["D:2026-06-24"]),("Saturday",3,["D:2026-06-27"]),("Thursday",1,["D:2026-06-25"]),
 ("the long weekend",1,["R:2026-07-04..2026-07-06","P:D:2026-07-04"]),("Thursday",2,["D:2026-07-02"]),
 ("July 25",1,["D:2026-07-25"]),("the first Friday of August",1,["D:2026-08-07"]),
 ("late May",1,["MIN:2026-05"]),("2025",2,["Y:2025"]),("mid-September",1,["MIN:2026-09"]),
 ("Saturday",4,["D:2026-06-27"])]
N['a24'] = [("11am",1),("Umuganda",1),("the long dry season",1),("Independence Day",1),("Liberation Day",1),("Kwibohora",1),("Liberation Day",2),("Umuganda",2),("The next Umuganda",1),("Umuganura",1),("noon",1)]
X['a24'] = [("32 years",1),("RWF 7,800 billion",1),("RWF 10,000",1),("KN 3 Rd",1),("3004",1),("41",1)]

G['a25'] = [("Sunday, Feb. 22, 2026",1,["D:2026-02-22"]),("tomorrow",1,["D:2026-02-23"]),
 ("Feb. 23, 1970",1,["D:1970-02-23"]),("since 1970",1,["Y:1970"]),
 ("last week",1,["W:2026-02-16","W:2026-02-09"]),("Friday",1,["D:2026-02-20"]),
 ("Tomorrow",1,["D:2026-02-21"]),("Friday",2,["D:2026-02-20"]),("Monday",1,["D:2026-02-23"]),
 ("the coming week",1,["W:2026-02-23"]),("Feb. 13",1,["D:2026-02-13"]),("2026",3,["Y:2026"]),
 ("December 2019",1,["M:2019-12"]),("March 3",1,["D:2026-03-03"]),
 ("the Easter weekend",1,["R:2026-04-03..2026-04-06","P:D:2026-04-05"]),
 ("Good Friday",1,["D:2026-04-03"]),("Easter Monday",1,["D:2026-04-06"]),
 ("May 26",1,["D:2026-05-26"]),("1966",1,["Y:1966"]),("the first Monday of July",1,["D:2026-07-06"]),
 ("last year",1,["Y:2025"]),("a Sunday",1,["D:2025-02-23"])]
N['a25'] = [("Republic Day",1),("8 a.m.",1),("Budget 2026",1),("Phagwah",1),("Independence Day",1),("CARICOM Day",1),("Mashramani",2)]
X['a25'] = [("56th",1),("Route 42",1),("Lot 1970",1),("nine days",1),("G$1.5 trillion",1),("60 years",1),("21",1),("Six",1),("47",1),("G$5,000",1),("592-555-0140",1)]
