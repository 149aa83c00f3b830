# Hand annotation for probe p21 (invented wire copy published 2025-01 .. 2026-12 in beats and forms p1-p20 used little: a
# Nairobi pipe tender in Kenyan ordinal dates ('Tuesday, 11th February, 2025', 'ten days later', 'the following Tuesday',
# 'seven days before the closing date', 'the first quarter of the 2025/26 financial year'); an icebreaker's Antarctic
# voyages from Hobart ('the 2025-26 season', 'Nine days later', 'a week after that', Regatta Day, a southern 'this
# summer'); an Abuja court adjournment ('Tuesday next', 'Monday next', 'three days after that', 'the next adjourned
# date', 'the Christmas vacation'); a Singapore semester around two Sunday holidays ('the following Monday', 'a fortnight
# after classes start', 'Recess Week', 'Academic Year 2026/27'); a Copenhagen phase 3 trial ('18 months later', 'the
# first quarter of 2025/26' of a May year, Great Prayer Day abolished, 'week 26' as a decoy); a Mexico City club across
# the Apertura, the Clausura and the World Cup ('eight days later', 'the first weekend of January', 'August to May');
# South Africa's National Assembly around the local elections ('the Tuesday after the elections', 'the last week of
# term'); Welsh benefit dates over Christmas ('the first full week of December', 'the day before'); a Canadian recall by
# bilingual best-before codes ('2026 MR 28 to 2026 AL 15', 'two days later, on a Sunday', 'this Friday'); Wellington's
# warnings over the King's Birthday weekend ('early next week', 'both days of the weekend'); advance polls over Easter in a
# Halifax Sunday paper; Songkran's special holiday in Bangkok ('the day after the Songkran holidays', 'the third quarter
# of fiscal 2026'); King's Day on a Saturday in Amsterdam ('Friday week', 'a week after King's Day'); a Johannesburg
# retailer's 26 weeks to 28 December ('the comparable period', 'the first nine weeks of the second half'); a Norwegian
# ferry's grounding told day by day ('the next morning', 'the following Tuesday', 'a week after that', 'three weeks to the
# day after the grounding'); Diwali on Remembrance Sunday in Leicester ('the day the clocks went back', 'The weekend
# after next'); Rio's carnival ('three days after the results', 'Lent', 'Carnival Tuesday'); Oaxaca's Day of the Dead
# ('the two days that follow', 'the weekend after', 'July 21 and 28'); Waitangi Day in an Auckland Sunday paper ('a first
# week', Mondayised 2027); Social Security's Wednesdays and SSI moved off weekends in Pittsburgh ("August's", 'the fourth
# Wednesday in May'); a Delhi metro tender in dashed day-first dates ('05-01-2026', 'Monday week'); a London trial listed
# in the Easter sittings ('the Trinity sittings', 'the long vacation', 'Holy Week'); Athens ferries for Clean Monday
# ('nine days ago', 'the Easter weekend' of the Orthodox); a Taipei typhoon before the Mid-Autumn holiday (a Saturday
# holiday observed on the Friday); Lisbon's Santos Populares ('the weekend just gone', 'the day before Corpus
# Christi')), written blind (claimkit, its source and its tests never read or run).
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X, 'within N days of X')
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the week of 'early next week' or of 'Holy Week', the day 'the week of' names); such a claim is not counted wrong for
#   precision, but does not earn value recall.
# NEUTRAL (N): spans where a date claim counts neither way (times of day '8:05 p.m.', '11:00 hrs', '9.30am', 'noon';
#   names with years 'Apertura 2025', 'Clausura 2026', '2025-2035 Strategic Plan', 'Class of 2027', '1996 Constitution',
#   '1755 earthquake'; years of eras named by a number alone '2569' (Buddhist); a feast's or holiday's name beside its
#   date ('Good Friday', 'Easter Monday', 'Great Prayer Day', 'Ascension Day', 'Whit Monday', 'Constitution Day',
#   'Independence Day', 'the Revolution Day holiday', 'Heritage Day', 'Day of Reconciliation', 'Anzac Day', 'Matariki',
#   'Waitangi Day', 'Chakri Day', 'Songkran', 'Visakha Bucha', "King's Day", "King's Night", 'Liberation Day',
#   'Black Friday', 'Family Day', 'Human Rights Day', 'Diwali', 'Diwali Day', 'Remembrance Sunday', 'Armistice Day',
#   'Bonfire Night', 'Halloween', 'Tiradentes Day', "Saint George's Day", 'Corpus Christi', 'Night of the Radishes', 'the
#   Day of the Dead', 'Republic Day', 'Memorial Day', 'Juneteenth', 'Orthodox Easter', 'the western one', 'Tsiknopempti',
#   'the meat-grilling Thursday', 'Holy Spirit Monday', "Teachers' Day", 'Mid-Autumn Festival', 'National Day',
#   'Retrocession Day', 'Portugal Day', 'Santo António', 'São Pedro', 'Royal Hobart Regatta', "the king's birthday",
#   "the city's anniversary holiday", 'the holiday', 'The next holiday', 'Deepavali'); generic and habitual uses
#   ('every Tuesday', 'every Friday', 'Tuesdays and Wednesdays', 'the second, third or fourth Wednesday' of each month,
#   'the first of the month', 'the 3rd of each month', 'the last Sunday of June' as a rule, the line's 'Thursday' sailing,
#   'July' of a usual peak, 'May' of 'the wettest May', 'January' of 'the hottest January', 'October' of storms in
#   October); vague spans ('Christmas and New Year', 'festive season', 'festival season', 'carnival season', 'the season',
#   'the summer', 'the spring holidays', 'half-term', 'term', 'Carnival', 'Easter' trading, 'the new year' of the Gujarati
#   calendar, 'a month' that is May, "Parliament's winter session", 'the day' off).
# X: decoys, not dates (tender, claim, case and bill numbers with years 'Tender No. NCWSC/T/017/2024-2025', 'Tender No.
#   DMRC/CC/2025/114', 'FHC/ABJ/CR/212/2024', 'Claim No. BL-2024-000937', '[2025] EWHC 1104 (Ch)', 'B12-2026', 'Addendum
#   No. 2'; trial, academic and league numbering 'week 26', 'Day 1', '52-week', 'ENDURE-52', 'Week 6', 'Matchday 1', 'Year
#   9', 'Class 1'; product, model, flight and train names 'NVB-2025', 'CS2030', 'LT27', 'Y4 2025', 'FD 3025', 'Train No.
#   109', 'Train 408', 'Taipei 101', 'IMO 9231743', 'DN 600', 'SSA-1099', 'UPC 6 28451 20262 7', 'lot 6034'; money and
#   counts that read as years or days 'N2.024bn', 'R2,025 million', 'A$2,026 million', 'DKK 2,019', '2,025 pesos', '2,026',
#   '1,097', '1,319', 'Rs 2,017 crore', '1,025', '12004'; streets, routes, rooms and gates '1300 Barrington Street', '1000
#   Liberty Ave.', 'Rivonia Road 2196', 'Prinsengracht 263', 'Ørestads Boulevard 108', '403', 'Soi 11', 'A607', 'State
#   Highway 1', 'route 19', 'Tram 28', 'Line 8', 'Court 7', 'E249', 'Gate E2', 'Poll 45', 'Sector 9', 'Macquarie Wharf 6';
#   phone numbers '0722 202 512', '1-800-463-2025', '412-555-0197', '011-2341 7910'; scores and votes '2-1', '1-0',
#   '248 votes to 126', '269.7'; ages '52', '71', '54', '21', '93', '89', '102', '57', '18 to 75', '2 to 81'; ordinals
#   '12th' on a cause list, '68th', '80th', '22nd', 'third', '1st' and '10th' of birthdays; a first name 'June'; 'Christmas
#   Bonus' and an 'Easter' range; durations, comparisons and measures 'two weeks', '120 days', 'six weeks', '13 months',
#   'nine times', 'a week', '24/7', '48 days', '8 Beaufort', '925 hPa', '-38C', temperatures, percentages and money); the
#   scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p20 (bare weekdays by the verb's tense ('last Thursday' the most recent past Thursday); anaphora by
#   the narrative's focus; quoted speech by the day it was said (SPEAKER in verify.py); fiscal periods by the stated
#   year-end; holidays on the day observed in the story's country and calendar, the feast itself on its own day;
#   southern seasons (a02 Hobart, a10 Wellington, a19 Auckland) R: plus the northern label, northern ones S: then R:;
#   hyphenated, 'and', 'to' and 'from X to Y' ranges R: with both ends as D:; holiday weekends R: of the days off (P:
#   the holiday); a Sunday paper's (a11, a19) 'next week' and 'the coming week' from the next day and 'last week' both
#   weeks before; 'N days/weeks before/after X' single days counted with X as day 0; school holidays and recesses R: with
#   IN: a day wider; decades DEC: and RY:; 'the end of <month>' and 'the end of next month' MIN: and D:; 'since X' a year
#   alone as itself, a month M:; 'the nth week of', 'the last week of <month>' W: and IN:; 'the eve of X' the day before X; '<weekday> week' the coming such day + 7; 'the weekend after next' this
#   weekend + 14; 'the week of <date>' W: (P:D:); 'early 2027' YIN: and IN:; 'a year earlier' the same period a year
#   back; a predicative weekday after a date or holiday ('a Sunday', 'a Saturday') that day; a feast's name beside its
#   date N, standing alone D:; a part of a day outside the span ('{{Sunday}} night', '{{Friday}} evening', 'the night of
#   {{Oct. 31}}'); financial and academic years named by two calendar years R: with RY:; times of day N.
# Added in p21 (decided while planning or marking up, before the readings that use them were settled):
#   day-first dates with an ordinal and a comma before the year ('Tuesday, 11th February, 2025', '9th December, 2025') D:;
#   dashed day-first numerals of Indian notices ('05-01-2026', '22-12-2025') D:; Canadian bilingual best-before codes
#   (year, JA FE MR AL MA JN JL AU SE OC NO DE, day: '2026 MR 28', '2026 MA 02') D:, a range of them R: with D: ends;
#   ranges of months ('October to March', 'between July and September', 'August to May', 'April to June') R: with M: of
#   each end, 'between Feb. 14 and Feb. 27' and 'Wednesday to Saturday' R: with D: ends; days chained from the day the
#   narrative last named ('ten days later', '12 days later', 'Nine days later', 'eight days later', 'two days later',
#   'three days after that', 'a week after that', 'a week later', 'the next day', 'the next morning', 'that day', 'that
#   evening', 'that morning', 'the same afternoon', 'the day before', 'the day after', 'the following Tuesday' (the first
#   such weekday after it), 'three weeks to the day after the grounding' (+21), 'ten days before the grounding', 'a week
#   after King's Day', 'a week after the pre-bid meeting', 'three days after the results') D:; 'N months later' and 'six
#   months earlier' M: of the month reached, 'two years later' Y:; a day in apposition described by an event ('the day
#   the clocks went back', 'the day the FDA meeting week begins') D:; 'the first full week of December' W: of the first
#   Monday-Sunday week wholly in December; 'early next week' IN: of next week's Monday-Wednesday (P:W:); 'the weekend just
#   gone' R: of the Saturday-Sunday before publication; 'the weekend after' R: of the weekend after the one the story has
#   named; 'both days of the weekend', 'the three days', 'the five days', 'the two days that follow', 'the parades' R:
#   of the story's days; 'Tuesday next' and 'Monday next' the coming such day (p13's), 'Monday week' the coming Monday +
#   7; 'the next adjourned date' D:; England's High Court sittings by rule (Hilary 11 January to the Wednesday before
#   Easter, Easter from the second Tuesday after Easter Sunday to the Friday before the spring bank holiday, Trinity from
#   the second Tuesday after it to 31 July, the long vacation August-September, Michaelmas 1 October to 21 December) R:,
#   'the first day of the Easter sittings' and 'the end of the Easter sittings' D:; 'Holy Week' R: Palm Sunday-Holy
#   Saturday (P:W:); 'Lent' (western) R: Ash Wednesday-Holy Saturday; 'Carnival Tuesday' D:; shipping and football
#   seasons named by two years ('the 2025-26 season', '2026-27', 'Last season') R: of their stated months with RY:;
#   semesters, 'Recess Week', 'a reading week' and school terms R: of their stated days, 'a first week' of term W:;
#   'the last week of term' W:; the 52/53-week year of a retailer ending on the last Sunday of June ('the 26 weeks to
#   28 December 2025', 'the comparable period' (the same 26 weeks a year back), 'the six weeks to 4 January', 'the first
#   nine weeks of the second half', 'the second half', 'the financial year', 'the 2027 financial year') R:; named
#   calendar quarters ('the July-September quarter', 'the October-December quarter') Q: with R:; fiscal quarters of a
#   non-calendar year ('the first quarter of the 2025/26 financial year', 'the third quarter of fiscal 2026') R: with the
#   Q: of the calendar quarter they are, 'the first quarter of 2025/26' of a May year R:; 'the first half of the
#   financial year' R:; holidays moved off weekends by the country's rule (Singapore and Thailand Sunday to Monday,
#   Taiwan Saturday to Friday and Sunday to Monday, New Zealand's Waitangi and Anzac Days to the Monday, the United
#   States' Saturday holiday to the Friday) and payments moved before them (SSI to the previous business day, British
#   benefits to the last working day before the bank holidays) D:; "August's", "November's", "January's" (a month's
#   payment) M:; 'the fourth Wednesday in May' D:; 'the first day of winter' in a southern story D: 1 June; 'Election
#   day', 'election night', 'Polling day' D: of the vote; trial weeks and days ('week 26', 'Day 1') X, unlike p20's ISO
#   weeks; a span of time with no anchor ('within seven days', 'within 12 months', 'two weeks') X as a duration.
G = {}
N = {}
X = {}
G['a01'] = [("Monday 20th January 2025",1,["D:2025-01-20"]),("Tuesday, 11th February, 2025",1,["D:2025-02-11"]),
 ("Friday",1,["D:2025-01-17"]),("3rd December 2024",1,["D:2024-12-03"]),
 ("28th January",1,["D:2025-01-28"]),("ten days later",1,["D:2024-12-13"]),
 ("Friday, 13th December",1,["D:2024-12-13"]),("the following Tuesday",1,["D:2024-12-17"]),
 ("2nd January",1,["D:2025-01-02"]),("last Thursday",1,["D:2025-01-16"]),
 ("11th February",2,["D:2025-02-11"]),("the same afternoon",1,["D:2025-02-11"]),
 ("seven days before the closing date",1,["D:2025-02-04"]),("4th February",1,["D:2025-02-04"]),
 ("11th June",1,["D:2025-06-11"]),("mid-March",1,["MIN:2025-03"]),
 ("the end of April",1,["MIN:2025-04","D:2025-04-30"]),
 ("the first quarter of the 2025/26 financial year",1,["R:2025-07-01..2025-09-30","Q:2025-Q3"]),
 ("between July and September",1,["R:2025-07-01..2025-09-30","M:2025-07","M:2025-09"]),
 ("December 2026",1,["M:2026-12"]),("2023",1,["Y:2023"]),("Friday",3,["D:2025-01-17"]),
 ("next month's",1,["M:2025-02"]),
 ("the new financial year",1,["R:2025-07-01..2026-06-30","P:Y:2025"])]
N['a01'] = [("Christmas and New Year",1),("11 a.m.",1),("every Tuesday",1)]
X['a01'] = [("two weeks",1),("Tender No. NCWSC/T/017/2024-2025",1),("three working weeks",1),("Addendum No. 2",1),("P.O. Box 30656-00100",1),("120 days",1),("14 days",1),("DN 600",1),("DN 800",1),("1,200",1),("six weeks",1),("52",1),("0722 202 512",1)]

G['a02'] = [("Tuesday 30 September",1,["D:2025-09-30"]),("Tuesday 21 October",1,["D:2025-10-21"]),
 ("the 2025-26 season",1,["R:2025-10-01..2026-03-31","RY:2025..2026"]),
 ("October to March",1,["R:2025-10-01..2026-03-31","M:2025-10","M:2026-03"]),
 ("today",1,["D:2025-09-30"]),("12 days later",1,["D:2025-11-02"]),
 ("Thursday 20 November",1,["D:2025-11-20"]),("Nine days later",1,["D:2025-11-29"]),
 ("Saturday 29 November",1,["D:2025-11-29"]),("Christmas Day",1,["D:2025-12-25"]),
 ("the 2nd of January",1,["D:2026-01-02"]),
 ("7 January to 13 February",1,["R:2026-01-07..2026-02-13","D:2026-01-07","D:2026-02-13"]),
 ("a week after that",1,["D:2026-02-20"]),("Easter",1,["D:2026-04-05"]),
 ("Monday 9 February",1,["D:2026-02-09"]),
 ("Last season",1,["R:2024-10-01..2025-03-31","RY:2024..2025"]),("January",3,["M:2025-01"]),
 ("April",1,["M:2025-04"]),("this summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("last winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),("1979",1,["Y:1979"]),
 ("10 September",1,["D:2025-09-10"]),("the end of next month",1,["MIN:2025-10","D:2025-10-31"]),
 ("Christmas",2,["D:2025-12-25"]),("July",1,["M:2025-07"]),("Saturday 11 October",1,["D:2025-10-11"])]
N['a02'] = [("Royal Hobart Regatta",1),("2025-2035 Strategic Plan",1),("10am",1),("3pm",1)]
X['a02'] = [("a week",1),("Macquarie Wharf 6",1),("11 days",1),("24",1),("160",1),("68th",1),("18",1),("-38C",1),("A$2,026 million",1),("24 hours",1)]

G['a03'] = [("Wednesday 19th November, 2025",1,["D:2025-11-19"]),("Tuesday",1,["D:2025-11-18"]),
 ("9th December, 2025",1,["D:2025-12-09"]),("Friday",1,["D:2025-11-14"]),
 ("Tuesday next",1,["D:2025-11-25"]),("three days after that",1,["D:2025-11-28"]),
 ("Monday next",1,["D:2025-11-24"]),("4th June, 2024",1,["D:2024-06-04"]),
 ("2nd July",1,["D:2025-07-02"]),("30th September",1,["D:2025-09-30"]),
 ("the eve of Independence Day",1,["D:2025-09-30"]),("23rd October",1,["D:2025-10-23"]),
 ("18th November",1,["D:2025-11-18"]),("that day",1,["D:2025-10-23"]),("next month",1,["M:2025-11"]),
 ("the next adjourned date",1,["D:2025-12-09"]),
 ("the Christmas vacation",1,["R:2025-12-15..2026-01-11","IN:2025-12-14..2026-01-12"]),
 ("15th December to 11th January",1,["R:2025-12-15..2026-01-11","D:2025-12-15","D:2026-01-11"]),
 ("Monday, 12th January, 2026",1,["D:2026-01-12"]),("Tuesday's",1,["D:2025-11-18"]),
 ("the day",1,["D:2025-11-18"]),("August 2024",1,["M:2024-08"]),("2023",1,["Y:2023"]),
 ("last week",1,["W:2025-11-10"]),("yesterday",1,["D:2025-11-18"])]
N['a03'] = [("1 p.m.",1)]
X['a03'] = [("N2.024bn",1),("1,025",1),("seven days",1),("FHC/ABJ/CR/212/2024",1),("nine times",1),("13 months",1),("two",1),("71",1),("12th",2),("Court 7",1),("17",1)]

G['a04'] = [("3 August 2026",1,["D:2026-08-03"]),("the new semester",1,["R:2026-08-11..2026-12-05"]),
 ("Tuesday 11 August",1,["D:2026-08-11"]),("Sunday",1,["D:2026-08-09"]),
 ("the following Monday",1,["D:2026-08-10"]),("today",1,["D:2026-08-03"]),
 ("Wednesday to Saturday",1,["R:2026-08-05..2026-08-08","D:2026-08-05","D:2026-08-08"]),
 ("The first semester",1,["R:2026-08-11..2026-12-05"]),
 ("Academic Year 2026/27",1,["R:2026-08-11..2027-05-07","RY:2026..2027"]),
 ("21 November to 5 December",1,["R:2026-11-21..2026-12-05","D:2026-11-21","D:2026-12-05"]),
 ("a reading week",1,["R:2026-11-14..2026-11-20"]),("14 November",1,["D:2026-11-14"]),
 ("Recess Week",1,["R:2026-09-19..2026-09-27"]),
 ("19 to 27 September",1,["R:2026-09-19..2026-09-27","D:2026-09-19","D:2026-09-27"]),
 ("a Sunday",1,["D:2026-11-08"]),("8 November",1,["D:2026-11-08"]),
 ("Monday 9 November",1,["D:2026-11-09"]),
 ("the end of that week",1,["D:2026-11-13","IN:2026-11-13..2026-11-15"]),
 ("a fortnight after classes start",1,["D:2026-08-25"]),("Friday 21 August",1,["D:2026-08-21"]),
 ("The second semester",1,["R:2027-01-11..2027-05-07"]),("Monday 11 January 2027",1,["D:2027-01-11"]),
 ("the academic year",1,["R:2026-08-11..2027-05-07","RY:2026..2027"]),
 ("7 May 2027",1,["D:2027-05-07"]),("July 2027",1,["M:2027-07"]),("Friday",2,["D:2026-07-31"]),
 ("Next week",1,["W:2026-08-03"]),("Last semester",1,["R:2026-01-12..2026-05-08"]),
 ("12 January to 8 May",1,["R:2026-01-12..2026-05-08","D:2026-01-12","D:2026-05-08"]),
 ("17 and 18 February",1,["R:2026-02-17..2026-02-18","D:2026-02-17","D:2026-02-18"]),
 ("3 April",1,["D:2026-04-03"]),("the day before orientation",1,["D:2026-08-04"])]
N['a04'] = [("National Day",1),("Deepavali",1),("Class of 2027",1),("Good Friday",1),("9am",1)]
X['a04'] = [("Week 6",1),("21",3),("2,026",1),("24/7",1),("CS2030",1),("LT27",1),("10 Kent Vale Crescent",1)]

G['a05'] = [("15 May",1,["D:2025-05-15"]),("today",1,["D:2025-05-15"]),("Monday",1,["D:2025-05-12"]),
 ("the July-September quarter",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("late July",1,["MIN:2025-07"]),("30 September",1,["D:2025-09-30"]),
 ("14 March 2023",1,["D:2023-03-14"]),("18 months later",1,["M:2024-09"]),
 ("last November",1,["M:2024-11"]),("the first half of 2026",1,["H:2026-H1"]),
 ("the week of 9 June",1,["W:2025-06-09","P:D:2025-06-09"]),("2027",1,["Y:2027"]),
 ("2038",1,["Y:2038"]),("The 2024/25 financial year",1,["R:2024-05-01..2025-04-30","RY:2024..2025"]),
 ("30 April",1,["D:2025-04-30"]),("26 June",1,["D:2025-06-26"]),
 ("the first quarter of 2025/26",1,["R:2025-05-01..2025-07-31"]),("28 August",1,["D:2025-08-28"]),
 ("May 2021",1,["M:2021-05"]),("tomorrow",1,["D:2025-05-16"]),("2024",2,["Y:2024"]),
 ("29 May",1,["D:2025-05-29"]),("9 June",2,["D:2025-06-09"]),
 ("the day the FDA meeting week begins",1,["D:2025-06-09"]),("5 June",1,["D:2025-06-05"]),
 ("Tuesday",1,["D:2025-05-13"]),("Tomorrow",1,["D:2025-05-14"]),("July",3,["M:2025-07"])]
N['a05'] = [("Great Prayer Day",1),("Ascension Day",1),("Whit Monday",1),("Constitution Day",1),("2pm",1),("4pm",1)]
X['a05'] = [("NVB-2025",1),("52-week",1),("ENDURE-52",1),("1,097",1),("18 to 75",1),("14",2),("week 26",1),("Day 1",1),("4.7 per cent",1),("DKK 2,019",1),("Ørestads Boulevard 108",1)]

G['a06'] = [("July 12",1,["D:2025-07-12"]),("tonight",1,["D:2025-07-12"]),("Friday",1,["D:2025-07-11"]),
 ("Nov. 8-9",1,["R:2025-11-08..2025-11-09","D:2025-11-08","D:2025-11-09"]),
 ("Dec. 14",1,["D:2025-12-14"]),("eight days later",1,["D:2025-07-20"]),
 ("Sunday, July 20",1,["D:2025-07-20"]),
 ("July 29 to Aug. 31",1,["R:2025-07-29..2025-08-31","D:2025-07-29","D:2025-08-31"]),
 ("September",1,["M:2025-09"]),("October",1,["M:2025-10"]),("Tuesday, Sept. 16",1,["D:2025-09-16"]),
 ("Monday, Nov. 17",1,["D:2025-11-17"]),
 ("the first weekend of January",1,["R:2026-01-03..2026-01-04"]),("mid-May",1,["MIN:2026-05"]),
 ("May 24",1,["D:2026-05-24"]),("June 11, 2026",1,["D:2026-06-11"]),
 ("2026-27",1,["R:2026-08-01..2027-05-31","RY:2026..2027"]),
 ("August to May",1,["R:2026-08-01..2027-05-31","M:2026-08","M:2027-05"]),
 ("May 18",1,["D:2025-05-18"]),("Thursday",1,["D:2025-07-10"]),
 ("the weekend",1,["R:2025-07-12..2025-07-13"]),("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("July 1",1,["D:2025-07-01"]),("a week later",1,["D:2025-07-19"]),
 ("Saturday, July 19",1,["D:2025-07-19"])]
N['a06'] = [("8:05 p.m.",1),("Apertura 2025",1),("Independence Day",1),("the Revolution Day holiday",1),("Clausura 2026",1),("noon",1)]
X['a06'] = [("2-1",1),("1-0",1),("54",1),("23",1),("June",2),("No. 17",1),("Matchday 1",1),("48 hours",1),("2,025 pesos",1)]

G['a07'] = [("16 September 2026",1,["D:2026-09-16"]),("tomorrow",1,["D:2026-09-17"]),
 ("Tuesday 6 October",1,["D:2026-10-06"]),("yesterday",1,["D:2026-09-15"]),
 ("Thursday 24 September",1,["D:2026-09-24"]),("Wednesday 21 October",1,["D:2026-10-21"]),
 ("polling day",1,["D:2026-11-04"]),("eight days later",1,["D:2026-10-29"]),
 ("Sunday 8 November",1,["D:2026-11-08"]),("Polling day",1,["D:2026-11-04"]),
 ("4 November",1,["D:2026-11-04"]),("1 November 2021",1,["D:2021-11-01"]),
 ("the Tuesday after the elections",1,["D:2026-11-10"]),("Friday 4 December",1,["D:2026-12-04"]),
 ("16 December",1,["D:2026-12-16"]),("2027",1,["Y:2027"]),("February",1,["M:2027-02"]),
 ("last Thursday",1,["D:2026-09-10"]),("Next week",1,["W:2026-09-14"]),
 ("the last week of term",1,["W:2026-09-14"]),("the end of the fourth term",1,["D:2026-12-04"]),
 ("the 2026/27 financial year",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("23 July",1,["D:2026-07-23"]),
 ("the first half of the financial year",1,["R:2026-04-01..2026-09-30"]),
 ("the end of October",1,["MIN:2026-10","D:2026-10-31"])]
N['a07'] = [("Heritage Day",1),("Day of Reconciliation",1),("9.30am",1),("Tuesdays and Wednesdays",1),("1996 Constitution",1)]
X['a07'] = [("two weeks",1),("12 days",1),("11",1),("B12-2026",1),("248 votes to 126",1),("E249",1),("two",2)]

G['a08'] = [("Thursday 4 December",1,["D:2025-12-04"]),("today",1,["D:2025-12-04"]),
 ("the first full week of December",1,["W:2025-12-01"]),("Christmas Day",1,["D:2025-12-25"]),
 ("Boxing Day",1,["D:2025-12-26"]),("a Thursday",1,["D:2025-12-25"]),("a Friday",1,["D:2025-12-26"]),
 ("this year",1,["Y:2025"]),("Wednesday 24 December",1,["D:2025-12-24"]),
 ("New Year's Day",1,["D:2026-01-01"]),("the day before",1,["D:2025-12-31"]),
 ("Friday 2 January",1,["D:2026-01-02"]),("Monday 29 December",1,["D:2025-12-29"]),
 ("Christmas Eve",1,["D:2025-12-24"]),
 ("1 November to 31 March",1,["R:2025-11-01..2026-03-31","D:2025-11-01","D:2026-03-31"]),
 ("this winter",1,["S:winter-2025","R:2025-12-01..2026-02-28"]),("last January",1,["M:2025-01"]),
 ("2024",1,["Y:2024"]),("19 December",1,["D:2025-12-19"]),("6 April",1,["D:2026-04-06"]),
 ("the 2026-27 tax year",1,["R:2026-04-06..2027-04-05","RY:2026..2027"]),
 ("27 November",1,["D:2025-11-27"]),("Next month",1,["M:2025-12"]),("January",3,["M:2026-01"]),
 ("from Christmas Eve to 2 January",1,["R:2025-12-24..2026-01-02","D:2025-12-24","D:2026-01-02"]),
 ("April",2,["M:2025-04"]),("the end of the month",1,["MIN:2025-12","D:2025-12-31"])]
N['a08'] = [("Christmas",1),("1pm",1),("9am",1),("5pm",1)]
X['a08'] = [("£10",1),("Christmas Bonus",1),("three bank holidays",1),("£25",1),("seven-day",1),("14",1),("4.8 per cent",1),("five weeks",1),("0800 024 1222",1),("66",1)]

G['a09'] = [("March 10",1,["D:2026-03-10"]),("today",1,["D:2026-03-10"]),
 ("2026 MR 28 to 2026 AL 15",1,["R:2026-03-28..2026-04-15","D:2026-03-28","D:2026-04-15"]),
 ("Feb. 20 to March 6",1,["R:2026-02-20..2026-03-06","D:2026-02-20","D:2026-03-06"]),
 ("2026 MA 02",1,["D:2026-05-02"]),("last night",1,["D:2026-03-09"]),
 ("Thursday, March 5",1,["D:2026-03-05"]),("the next day",1,["D:2026-03-06"]),
 ("that evening",1,["D:2026-03-06"]),("two days later",1,["D:2026-03-08"]),
 ("a Sunday",1,["D:2026-03-08"]),("the following Monday",1,["D:2026-03-09"]),
 ("between Feb. 14 and Feb. 27",1,["R:2026-02-14..2026-02-27","D:2026-02-14","D:2026-02-27"]),
 ("Monday",2,["D:2026-03-09"]),("this Friday",1,["D:2026-03-13"]),("August 2024",1,["M:2024-08"]),
 ("2025",1,["Y:2025"]),("Monday",3,["D:2026-03-09"]),("tomorrow",1,["D:2026-03-10"]),
 ("next week",1,["W:2026-03-16"]),("mid-March",1,["MIN:2026-03"]),("April 3",1,["D:2026-04-03"])]
N['a09'] = [("every Friday",1),("Good Friday",1),("8 a.m.",1),("8 p.m.",1)]
X['a09'] = [("14",1),("lot 6034",1),("UPC 6 28451 20262 7",1),("400 g",1),("Class 1",1),("three",1),("2 to 81",1),("four times",1),("Easter",1),("a week",1),("1-800-442-2342",1)]

G['a10'] = [("Thursday 28 May",1,["D:2026-05-28"]),("Friday",1,["D:2026-05-29"]),("Sunday",1,["D:2026-05-31"]),
 ("Saturday",1,["D:2026-05-30"]),
 ("the King's Birthday weekend",1,["R:2026-05-30..2026-06-01","P:D:2026-06-01"]),
 ("Sunday",2,["D:2026-05-31"]),("Monday",1,["D:2026-06-01"]),
 ("the first day of winter",1,["D:2026-06-01"]),("1992",1,["Y:1992"]),
 ("The day after tomorrow",1,["D:2026-05-29"]),("Wednesday",1,["D:2026-05-27"]),
 ("early next week",1,["IN:2026-06-01..2026-06-03","P:W:2026-06-01"]),("14 May",1,["D:2026-05-14"]),
 ("two days later",1,["D:2026-05-16"]),("Monday 25 May",1,["D:2026-05-25"]),
 ("Tuesday",1,["D:2026-05-26"]),("last weekend",1,["R:2026-05-23..2026-05-24"]),
 ("both days of the weekend",1,["R:2026-05-30..2026-05-31"]),("this month",1,["M:2026-05"]),
 ("This winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),("Easter",1,["D:2026-04-05"]),
 ("3 April",1,["D:2026-04-03"]),("Monday 27 April",1,["D:2026-04-27"]),
 ("Friday 10 July",1,["D:2026-07-10"]),
 ("the July school holidays",1,["R:2026-07-04..2026-07-19","IN:2026-07-03..2026-07-20"]),
 ("4 July",1,["D:2026-07-04"])]
N['a10'] = [("3pm",1),("9am",1),("the holiday",1),("a month",1),("May",2),("11pm",1),("Good Friday",1),("Anzac Day",1),("Matariki",1)]
X['a10'] = [("400",1),("250mm",1),("36 hours",1),("State Highway 2",1),("nine days",1),("12",1),("83",1),("six days",1)]

G['a11'] = [("Sunday, April 13, 2025",1,["D:2025-04-13"]),
 ("the Easter long weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),
 ("April 18",1,["D:2025-04-18"]),("April 21",1,["D:2025-04-21"]),("Election day",1,["D:2025-04-28"]),
 ("Monday, April 28",1,["D:2025-04-28"]),("March 23",1,["D:2025-03-23"]),
 ("Tuesday, April 22",1,["D:2025-04-22"]),("the day after advance polling closes",1,["D:2025-04-22"]),
 ("Last week",1,["W:2025-04-07","W:2025-03-31"]),("April 4",1,["D:2025-04-04"]),
 ("Wednesday",1,["D:2025-04-16"]),("Thursday",1,["D:2025-04-17"]),
 ("the coming week",1,["W:2025-04-14"]),("Tomorrow",1,["D:2025-04-12"]),
 ("Good Friday",2,["D:2025-04-18"]),("Friday",3,["D:2025-04-11"]),("2021",1,["Y:2021"]),
 ("Sept. 20, 2021",1,["D:2021-09-20"]),("2008",1,["Y:2008"]),("Nov. 26",1,["D:2024-11-26"]),
 ("a holiday weekend",1,["R:2025-04-18..2025-04-21","P:D:2025-04-20"]),
 ("election night",1,["D:2025-04-28"]),("late May",1,["MIN:2025-05"]),("2021",3,["Y:2021"]),
 ("November",1,["M:2021-11"])]
N['a11'] = [("Good Friday",1),("Easter Monday",1),("9 a.m.",1),("9 p.m.",1),("6 p.m.",1),("8:30 p.m.",1)]
X['a11'] = [("36 days",1),("11",1),("2,025",1),("12004",1),("Poll 45",1),("1300 Barrington Street",1),("18",2),("1-800-463-2025",1)]

G['a12'] = [("March 27",1,["D:2026-03-27"]),("Thursday, April 16",1,["D:2026-04-16"]),
 ("the day after the Songkran holidays",1,["D:2026-04-16"]),("Friday, April 17",1,["D:2026-04-17"]),
 ("April 11 to 19",1,["R:2026-04-11..2026-04-19","D:2026-04-11","D:2026-04-19"]),
 ("Monday, April 13, to Wednesday, April 15",1,["R:2026-04-13..2026-04-15","D:2026-04-13","D:2026-04-15"]),
 ("Monday, April 6",1,["D:2026-04-06"]),("Last year",1,["Y:2025"]),("a Sunday",1,["D:2025-04-13"]),
 ("April 16",2,["D:2025-04-16"]),("Tuesday",1,["D:2026-03-24"]),("Sunday",2,["D:2026-03-22"]),
 ("Next week",1,["W:2026-03-23"]),("the Friday before Songkran",1,["D:2026-04-10"]),
 ("April 10 to 16",1,["R:2026-04-10..2026-04-16","D:2026-04-10","D:2026-04-16"]),
 ("Makha Bucha",1,["D:2026-03-03"]),("this month",1,["M:2026-03"]),("May 31",1,["D:2026-05-31"]),
 ("a Sunday",2,["D:2026-05-31"]),("Monday, June 1",1,["D:2026-06-01"]),
 ("the third quarter of fiscal 2026",1,["R:2026-04-01..2026-06-30","Q:2026-Q2"]),
 ("April to June",1,["R:2026-04-01..2026-06-30","M:2026-04","M:2026-06"]),
 ("April 13",2,["D:2026-04-13"]),("the festival",2,["R:2026-04-13..2026-04-15"]),
 ("the week of April 13",1,["W:2026-04-13","P:D:2026-04-13"]),
 ("fiscal 2026",2,["R:2025-10-01..2026-09-30","P:Y:2026"]),
 ("the end of April",1,["MIN:2026-04","D:2026-04-30"])]
N['a12'] = [("Songkran",2),("Chakri Day",1),("Visakha Bucha",1),("noon",1),("2569",1)]
X['a12'] = [("nine-day",1),("14",1),("Train No. 109",1),("FD 3025",1),("a day",1),("Soi 11",1),("12",1),("five days",1),("95 per cent",1)]

G['a13'] = [("22 April",1,["D:2025-04-22"]),("Saturday",1,["D:2025-04-26"]),("this year",1,["Y:2025"]),
 ("27 April",1,["D:2025-04-27"]),("a Sunday",1,["D:2025-04-27"]),("today",1,["D:2025-04-22"]),
 ("Saturday",2,["D:2025-04-26"]),("Friday",1,["D:2025-04-25"]),("Friday",2,["D:2025-04-25"]),
 ("Sunday",2,["D:2025-04-27"]),("Last year's King's Day",1,["D:2024-04-27"]),
 ("a Saturday",1,["D:2024-04-27"]),("26 April 2014",1,["D:2014-04-26"]),
 ("the May holiday",1,["R:2025-04-26..2025-05-04","IN:2025-04-25..2025-05-05"]),
 ("26 April to 4 May",1,["R:2025-04-26..2025-05-04","D:2025-04-26","D:2025-05-04"]),
 ("Sunday 4 May",1,["D:2025-05-04"]),("the next day",1,["D:2025-05-05"]),
 ("5 May 1945",1,["D:1945-05-05"]),("2025",1,["Y:2025"]),("2030",1,["Y:2030"]),
 ("29 May",1,["D:2025-05-29"]),("9 June",1,["D:2025-06-09"]),("Yesterday",1,["D:2025-04-21"]),
 ("Friday week",1,["D:2025-04-25"]),("Thursday",1,["D:2025-04-17"]),("the day",2,["D:2025-04-26"]),
 ("May",6,["M:2025-05"]),("5 May",2,["D:2025-05-05"]),("Saturday 3 May",1,["D:2025-05-03"]),
 ("a week after King's Day",1,["D:2025-05-03"])]
N['a13'] = [("King's Day",1),("the king's birthday",1),("6am",1),("King's Night",1),("8pm",1),("Liberation Day",1),("the day",1),("Ascension Day",1),("Whit Monday",1),("the spring holidays",1),("Easter Monday",1),("5pm",1)]
X['a13'] = [("24",1),("80",1),("2,600",1),("112",1),("Prinsengracht 263",1),("80th",1)]

G['a14'] = [("3 March 2026",1,["D:2026-03-03"]),
 ("the 26 weeks to 28 December 2025",1,["R:2025-06-30..2025-12-28"]),
 ("28 November",1,["D:2025-11-28"]),("this morning",1,["D:2026-03-03"]),
 ("the comparable period",1,["R:2024-07-01..2024-12-29"]),("29 December 2024",1,["D:2024-12-29"]),
 ("the six weeks to 4 January",1,["R:2025-11-24..2026-01-04"]),
 ("the financial year",1,["R:2025-06-30..2026-06-28","P:Y:2026"]),("28 June 2026",1,["D:2026-06-28"]),
 ("the first nine weeks of the second half",1,["R:2025-12-29..2026-03-01"]),
 ("this morning",2,["D:2026-03-03"]),("January",2,["M:2026-01"]),("February",1,["M:2026-02"]),
 ("Easter",1,["D:2026-04-05"]),("the second half",2,["R:2025-12-29..2026-06-28"]),
 ("Good Friday, 3 April",1,["D:2026-04-03"]),("6 April",1,["D:2026-04-06"]),("2025",2,["Y:2025"]),
 ("21 March",1,["D:2026-03-21"]),("a Saturday",1,["D:2026-03-21"]),("this year",1,["Y:2026"]),
 ("Monday 30 March",1,["D:2026-03-30"]),("Tuesday 24 March",1,["D:2026-03-24"]),
 ("Wednesday 25 March",1,["D:2026-03-25"]),("Friday 27 March",1,["D:2026-03-27"]),
 ("the 2027 financial year",1,["R:2026-06-29..2027-06-27","P:Y:2027"]),
 ("25 August",1,["D:2026-08-25"]),("2020",1,["Y:2020"]),("27 March",2,["D:2020-03-27"])]
N['a14'] = [("Black Friday",1),("festive season",1),("festive season",2),("the last Sunday of June",1),("Easter",2),("Family Day",1),("Human Rights Day",1)]
X['a14'] = [("11 per cent",1),("R2,025 million",1),("7.2 per cent",1),("26",2),("9.8 per cent",1),("3.1 per cent",1),("two weeks",1),("R2.17",1),("1,319",1),("Rivonia Road 2196",1),("40",1)]

G['a15'] = [("Friday 5 June",1,["D:2026-06-05"]),("yesterday",1,["D:2026-06-04"]),
 ("three weeks to the day after the grounding",1,["D:2026-06-04"]),("1998",1,["Y:1998"]),
 ("Thursday 14 May",1,["D:2026-05-14"]),("that day",1,["D:2026-05-14"]),
 ("the next morning",1,["D:2026-05-15"]),("two days later",1,["D:2026-05-17"]),
 ("the Whitsun weekend",1,["R:2026-05-23..2026-05-25","P:D:2026-05-24"]),
 ("the following Tuesday",1,["D:2026-05-19"]),("a week after that",1,["D:2026-05-26"]),
 ("the day after Whit Monday",1,["D:2026-05-26"]),
 ("ten days before the grounding",1,["D:2026-05-04"]),("2 March",1,["D:2026-03-02"]),
 ("six months earlier",1,["M:2025-09"]),("mid-July",1,["MIN:2026-07"]),("Monday",2,["D:2026-06-08"]),
 ("Tomorrow",1,["D:2026-06-05"]),("yesterday",2,["D:2026-06-04"]),("17 May",1,["D:2026-05-17"]),
 ("January 2009",1,["M:2009-01"]),("the 1980s",1,["DEC:1980","RY:1980..1989"])]
N['a15'] = [("10pm",1),("Ascension Day",1),("6am",1),("Constitution Day",1),("July",2),("the summer",1),("8am",1)]
X['a15'] = [("IMO 9231743",1),("117",1),("24",1),("3-metre",1),("route 19",1),("12 months",1),("57",1),("8 per cent",1),("+47 55 19 98 00",1)]

G['a16'] = [("Wednesday 28 October",1,["D:2026-10-28"]),("Diwali",1,["D:2026-11-08"]),("this year",1,["Y:2026"]),
 ("the same day as Remembrance Sunday",1,["D:2026-11-08"]),("Sunday 8 November",1,["D:2026-11-08"]),
 ("Wednesday 11 November",1,["D:2026-11-11"]),("last Sunday",1,["D:2026-10-25"]),
 ("the day the clocks went back",1,["D:2026-10-25"]),
 ("the first Sunday of December",1,["D:2026-12-06"]),("Thursday 5 November",1,["D:2026-11-05"]),
 ("Saturday 7 November",1,["D:2026-11-07"]),("the eve of Diwali",1,["D:2026-11-07"]),
 ("Saturday",2,["D:2026-10-31"]),("this week",1,["W:2026-10-26"]),
 ("the day after",1,["D:2026-11-09"]),("Last year's Diwali",1,["D:2025-10-20"]),
 ("a Monday",1,["D:2025-10-20"]),("the day",3,["D:2026-11-08"]),
 ("The weekend after next",1,["R:2026-11-07..2026-11-08"]),("Saturday",3,["D:2026-10-24"]),
 ("Friday",1,["D:2026-10-30"]),("the Sunday",1,["D:2026-11-08"]),
 ("the 1980s",1,["DEC:1980","RY:1980..1989"]),("2020",1,["Y:2020"]),("2021",1,["Y:2021"]),
 ("2026-27",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),("last year",1,["Y:2025"])]
N['a16'] = [("Diwali Day",1),("2pm",1),("Diwali",3),("Remembrance Sunday",2),("11am",1),("Armistice Day",1),("Bonfire Night",1),("Halloween",1),("half-term",1),("the new year",1),("noon",1),("Diwali",6)]
X['a16'] = [("40,000",1),("6,000",1),("one",1),("54",1),("A607",1),("89",1),("a week",1),("£1.2 million",1)]

G['a17'] = [("Feb. 12",1,["D:2026-02-12"]),("tomorrow",1,["D:2026-02-13"]),("Ash Wednesday",1,["D:2026-02-18"]),
 ("the five days",1,["R:2026-02-13..2026-02-17"]),("Sunday",1,["D:2026-02-15"]),
 ("Monday",1,["D:2026-02-16"]),("Tuesday",1,["D:2026-02-17"]),("Wednesday",2,["D:2026-02-18"]),
 ("Saturday, Feb. 21",1,["D:2026-02-21"]),("three days after the results",1,["D:2026-02-21"]),
 ("last weekend",1,["R:2026-02-07..2026-02-08"]),("1918",1,["Y:1918"]),
 ("Saturday",2,["D:2026-02-14"]),("last year",1,["Y:2025"]),("March 5",1,["D:2025-03-05"]),
 ("April 5",1,["D:2026-04-05"]),("Lent",1,["R:2026-02-18..2026-04-04"]),
 ("Tuesday, April 21",1,["D:2026-04-21"]),("Thursday, April 23",1,["D:2026-04-23"]),
 ("Next week",1,["W:2026-02-09"]),("Ash Wednesday",2,["D:2026-02-18"]),
 ("last Friday",1,["D:2026-02-06"]),("2025",1,["Y:2025"]),
 ("the 2000s",1,["DEC:2000","RY:2000..2009"]),("the parades",1,["R:2026-02-15..2026-02-17"]),
 ("Friday",2,["D:2026-02-13"]),("Wednesday",4,["D:2026-02-18"]),
 ("Carnival Tuesday",1,["D:2026-02-17"]),
 ("June 11 to July 19",1,["R:2026-06-11..2026-07-19","D:2026-06-11","D:2026-07-19"]),
 ("June 4",1,["D:2026-06-04"]),("the first night",1,["D:2026-02-15"])]
N['a17'] = [("noon",1),("Carnival",1),("Easter",1),("Tiradentes Day",1),("Saint George's Day",1),("Corpus Christi",1)]
X['a17'] = [("8 million",1),("12",2),("two weeks",1),("third",1),("269.7",1),("2,026",1),("Sector 9",1),("Line 4",1),("24 hours",1),("92 per cent",1),("102",1)]

G['a18'] = [("Oct. 24",1,["D:2025-10-24"]),("this year",1,["Y:2025"]),
 ("Nov. 1 and 2",1,["R:2025-11-01..2025-11-02","D:2025-11-01","D:2025-11-02"]),
 ("a Saturday",1,["D:2025-11-01"]),("a Sunday",1,["D:2025-11-02"]),("Thursday",1,["D:2025-10-23"]),
 ("tomorrow",1,["D:2025-10-25"]),("Wednesday",1,["D:2025-10-29"]),("Oct. 31",1,["D:2025-10-31"]),
 ("the two days that follow",1,["R:2025-11-01..2025-11-02"]),("Last year",1,["Y:2024"]),
 ("Nov. 2",1,["D:2024-11-02"]),("a Saturday",2,["D:2024-11-02"]),
 ("The day after tomorrow",1,["D:2025-10-24"]),("Wednesday",2,["D:2025-10-22"]),
 ("a long weekend",1,["R:2025-11-15..2025-11-17","P:D:2025-11-17"]),
 ("Monday, Nov. 17",1,["D:2025-11-17"]),("Dec. 12",1,["D:2025-12-12"]),("Dec. 18",1,["D:2025-12-18"]),
 ("Dec. 23",1,["D:2025-12-23"]),("July",1,["M:2025-07"]),("1932",1,["Y:1932"]),
 ("July 21",1,["D:2025-07-21"]),("28",1,["D:2025-07-28"]),("2025",2,["Y:2025"]),("2019",1,["Y:2019"]),
 ("Oct. 30",1,["D:2025-10-30"]),("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("the weekend after",1,["R:2025-11-08..2025-11-09"]),("Nov. 3",1,["D:2025-11-03"]),
 ("the day after the Day of the Dead",1,["D:2025-11-03"])]
N['a18'] = [("the Day of the Dead",1),("festival season",1),("Revolution Day",1),("Night of the Radishes",1),("5 p.m.",1)]
X['a18'] = [("97 percent",1),("14",1),("Y4 2025",1),("Federal Highway 175",1),("30 minutes",1),("MX$2.4 billion",1),("MX$1.9 billion",1),("403",1),("93",1)]

G['a19'] = [("Sunday 1 February",1,["D:2026-02-01"]),("Tuesday",1,["D:2026-02-03"]),
 ("a first week",1,["W:2026-02-02"]),("Friday",1,["D:2026-02-06"]),
 ("a long weekend",1,["R:2026-02-06..2026-02-08","P:D:2026-02-06"]),
 ("last Monday",1,["D:2026-01-26"]),("the coming week",1,["W:2026-02-02"]),
 ("Yesterday",1,["D:2026-01-29"]),("Friday",2,["D:2026-01-30"]),
 ("Term 1",1,["R:2026-02-03..2026-04-02"]),("Thursday 2 April",1,["D:2026-04-02"]),
 ("the day before Good Friday",1,["D:2026-04-02"]),("Term 2",1,["R:2026-04-20..2026-07-03"]),
 ("20 April to 3 July",1,["R:2026-04-20..2026-07-03","D:2026-04-20","D:2026-07-03"]),
 ("This summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("last week",1,["W:2026-01-26","W:2026-01-19"]),("2018",1,["Y:2018"]),
 ("Anniversary Day",1,["D:2026-01-26"]),("6 February 1840",1,["D:1840-02-06"]),
 ("Wednesday",1,["D:2026-02-04"]),("the day",2,["D:2026-02-06"]),("Waitangi Day",2,["D:2026-02-06"]),
 ("this year",1,["Y:2026"]),("2027",1,["Y:2027"]),("6 February",2,["D:2027-02-06"]),
 ("a Saturday",1,["D:2027-02-06"]),("Monday 8 February 2027",1,["D:2027-02-08"]),
 ("17 February",1,["D:2026-02-17"]),
 ("27 February to 1 March",1,["R:2026-02-27..2026-03-01","D:2026-02-27","D:2026-03-01"]),
 ("2023",1,["Y:2023"]),("next week",1,["W:2026-02-02"]),("5 April",1,["D:2026-04-05"]),
 ("the school holidays",1,["R:2026-04-03..2026-04-19","IN:2026-04-02..2026-04-20"])]
N['a19'] = [("Waitangi Day",1),("the city's anniversary holiday",1),("January",1),("the holiday",1),("term",1),("Easter",1)]
X['a19'] = [("a fortnight",1),("30",1),("Year 9",1),("2,026",1),("70",1),("State Highway 1",1),("09 366 6400",1),("24/7",1),("5",1),("two weeks",1)]

G['a20'] = [("May 26",1,["D:2026-05-26"]),("May",2,["M:2026-05"]),("tomorrow",1,["D:2026-05-27"]),
 ("the fourth Wednesday in May",1,["D:2026-05-27"]),("yesterday",1,["D:2026-05-25"]),
 ("this week",1,["W:2026-05-25"]),("June",1,["M:2026-06"]),("June 10",1,["D:2026-06-10"]),
 ("June 17",1,["D:2026-06-17"]),("June 24",1,["D:2026-06-24"]),("May 1997",1,["M:1997-05"]),
 ("June 3",1,["D:2026-06-03"]),("a Wednesday",1,["D:2026-06-03"]),("July",1,["M:2026-07"]),
 ("July 1",1,["D:2026-07-01"]),("August's",1,["M:2026-08"]),("Friday, July 31",1,["D:2026-07-31"]),
 ("Aug. 1",1,["D:2026-08-01"]),("a Saturday",1,["D:2026-08-01"]),("November's",1,["M:2026-11"]),
 ("Friday, Oct. 30",1,["D:2026-10-30"]),("January's",1,["M:2027-01"]),("Dec. 31",1,["D:2026-12-31"]),
 ("the day before New Year's Day",1,["D:2026-12-31"]),("Friday, June 19",1,["D:2026-06-19"]),
 ("Friday, July 3",1,["D:2026-07-03"]),("the following Monday",1,["D:2026-07-06"]),
 ("This week",1,["W:2026-05-18"]),("last Thursday",1,["D:2026-05-21"]),("2027",1,["Y:2027"]),
 ("October",1,["M:2026-10"]),("January",2,["M:2026-01"]),
 ("Oct. 15 to Dec. 7",1,["R:2026-10-15..2026-12-07","D:2026-10-15","D:2026-12-07"])]
N['a20'] = [("Memorial Day",1),("the second, third or fourth Wednesday",1),("the second",2),("the 3rd of each month",1),("the first of the month",1),("Juneteenth",1),("Independence Day",1),("9 a.m.",1),("4 p.m.",1),("the 3rd",2)]
X['a20'] = [("1st",1),("10th",1),("400",1),("2.8 percent",1),("62",1),("70",1),("SSA-1099",1),("412-555-0197",1),("1000 Liberty Ave.",1)]

G['a21'] = [("December 15",1,["D:2025-12-15"]),("05-01-2026",1,["D:2026-01-05"]),
 ("12-12-2025",1,["D:2025-12-12"]),("Friday",1,["D:2025-12-12"]),("22-12-2025",1,["D:2025-12-22"]),
 ("the last date",1,["D:2026-01-05"]),("the next day",1,["D:2026-01-06"]),
 ("the last week of January",1,["W:2026-01-26","IN:2026-01-25..2026-01-31"]),
 ("January 26",1,["D:2026-01-26"]),("18-08-2025",1,["D:2025-08-18"]),
 ("30-10-2025",1,["D:2025-10-30"]),("Saturday",1,["D:2025-12-13"]),("Monday week",1,["D:2025-12-22"]),
 ("the 2026-27 financial year",1,["R:2026-04-01..2027-03-31","RY:2026..2027"]),
 ("March 2029",1,["M:2029-03"]),
 ("the October-December quarter",1,["R:2025-10-01..2025-12-31","Q:2025-Q4"]),("2019",1,["Y:2019"]),
 ("24-12-2002",1,["D:2002-12-24"]),("March 2024",1,["M:2024-03"]),("29-12-2025",1,["D:2025-12-29"]),
 ("a week after the pre-bid meeting",1,["D:2025-12-29"]),("19-12-2025",1,["D:2025-12-19"]),
 ("Friday",2,["D:2025-12-19"]),("November 24",1,["D:2025-11-24"])]
N['a21'] = [("Christmas and New Year",1),("11:00 hrs",1),("15:00 hrs",1),("Republic Day",1),("Parliament's winter session",1)]
X['a21'] = [("Rs 1,214 crore",1),("Phase 5A",1),("Tender No. DMRC/CC/2025/114",1),("Gate No. 3",1),("two",1),("30 months",1),("Rs 2,017 crore",1),("Line 1",1),("Line 8",1),("three months",1),("011-2341 7910",1),("less than a month",1)]

G['a22'] = [("Friday 16 January",1,["D:2026-01-16"]),("Tuesday 14 April",1,["D:2026-04-14"]),
 ("the first day of the Easter sittings",1,["D:2026-04-14"]),("Wednesday",1,["D:2026-01-14"]),
 ("the Hilary sittings",1,["R:2026-01-11..2026-04-01"]),("13 February",1,["D:2026-02-13"]),
 ("28 days later",1,["D:2026-03-13"]),("Friday 20 March",1,["D:2026-03-20"]),
 ("19 December",1,["D:2025-12-19"]),("3 June 2024",1,["D:2024-06-03"]),
 ("the end of the Easter sittings",1,["D:2026-05-22"]),
 ("the Friday before the spring bank holiday",1,["D:2026-05-22"]),
 ("the Trinity sittings",1,["R:2026-06-02..2026-07-31"]),("2 June",1,["D:2026-06-02"]),
 ("the long vacation",1,["R:2026-08-01..2026-09-30"]),
 ("the Michaelmas sittings",1,["R:2026-10-01..2026-12-21"]),("Wednesday",2,["D:2026-01-14"]),
 ("the day after tomorrow",1,["D:2026-01-16"]),
 ("Holy Week",1,["R:2026-03-29..2026-04-04","P:W:2026-03-30"]),("2025",2,["Y:2025"]),
 ("2011",1,["Y:2011"]),("the spring of 2019",1,["S:spring-2019","R:2019-03-01..2019-05-31"]),
 ("two years later",1,["Y:2021"]),("30 January",1,["D:2026-01-30"]),("next week",1,["W:2026-01-19"])]
N['a22'] = [("4pm",1),("10.30am",1)]
X['a22'] = [("£12.5 million",1),("Claim No. BL-2024-000937",1),("18 months",1),("ten days",1),("[2025] EWHC 1104 (Ch)",1),("Court 26",1),("41",1),("44",1)]

G['a23'] = [("Saturday 21 February",1,["D:2026-02-21"]),
 ("the Clean Monday long weekend",1,["R:2026-02-21..2026-02-23","P:D:2026-02-23"]),
 ("today",1,["D:2026-02-21"]),("Clean Monday",2,["D:2026-02-23"]),("this year",1,["Y:2026"]),
 ("12 April",1,["D:2026-04-12"]),("5 April",1,["D:2026-04-05"]),("Monday",3,["D:2026-02-23"]),
 ("Tuesday",1,["D:2026-02-24"]),("the three days",1,["R:2026-02-21..2026-02-23"]),
 ("The weekend",1,["R:2026-02-21..2026-02-22"]),("Monday",4,["D:2026-02-23"]),
 ("Thursday",1,["D:2026-02-19"]),("tomorrow",1,["D:2026-02-22"]),("nine days ago",1,["D:2026-02-12"]),
 ("25 March",1,["D:2026-03-25"]),("a Wednesday",1,["D:2026-03-25"]),
 ("the Easter weekend",1,["R:2026-04-10..2026-04-13","P:D:2026-04-12"]),
 ("10 April",1,["D:2026-04-10"]),("13 April",1,["D:2026-04-13"]),("1 June",1,["D:2026-06-01"]),
 ("15 March",1,["D:2026-03-15"]),("1 April",1,["D:2026-04-01"]),("31 October",1,["D:2026-10-31"]),
 ("January",1,["M:2026-01"]),("2019",1,["Y:2019"]),("2025",1,["Y:2025"]),
 ("Tuesday",2,["D:2026-02-24"]),("this week",1,["W:2026-02-16"])]
N['a23'] = [("Orthodox Easter",1),("the western one",1),("carnival season",1),("Tsiknopempti",1),("the meat-grilling Thursday",1),("The next holiday",1),("Good Friday",1),("Easter Monday",1),("Holy Spirit Monday",1),("the summer",1),("9pm",1),("Thursday",3)]
X['a23'] = [("18",1),("48 days",1),("60,000",1),("8 Beaufort",1),("9 Beaufort",1),("ten days",1),("2,026",1),("19.2 million",1),("Gate E2",1),("an hour",1)]

G['a24'] = [("Oct. 1",1,["D:2025-10-01"]),("today",1,["D:2025-10-01"]),("tonight",1,["D:2025-10-01"]),
 ("the Mid-Autumn Festival holiday",1,["D:2025-10-06"]),("Friday",1,["D:2025-10-03"]),
 ("Saturday",1,["D:2025-10-04"]),("Thursday",1,["D:2025-10-02"]),("Friday",2,["D:2025-10-03"]),
 ("the day after tomorrow",1,["D:2025-10-01"]),("Monday",1,["D:2025-09-29"]),
 ("two days later",1,["D:2025-10-03"]),("Sunday, Sept. 28",1,["D:2025-09-28"]),
 ("this year",1,["Y:2025"]),("Monday",2,["D:2025-09-29"]),("Monday, Oct. 6",1,["D:2025-10-06"]),
 ("a three-day weekend",1,["R:2025-10-04..2025-10-06","P:D:2025-10-06"]),
 ("Oct. 4 to 6",1,["R:2025-10-04..2025-10-06","D:2025-10-04","D:2025-10-06"]),
 ("Friday, Oct. 10",1,["D:2025-10-10"]),
 ("another long weekend",1,["R:2025-10-10..2025-10-12","P:D:2025-10-10"]),
 ("a Saturday",1,["D:2025-10-25"]),("Oct. 25",1,["D:2025-10-25"]),
 ("Friday, Oct. 24",1,["D:2025-10-24"]),("Friday",5,["D:2025-10-03"]),
 ("November last year",1,["M:2024-11"]),("this year",2,["Y:2025"]),("Last year",1,["Y:2024"]),
 ("Oct. 2 and 3",1,["R:2024-10-02..2024-10-03","D:2024-10-02","D:2024-10-03"]),("1977",1,["Y:1977"]),
 ("the festival weekend",1,["R:2025-10-04..2025-10-06","P:D:2025-10-06"])]
N['a24'] = [("8:30 a.m.",1),("8 p.m.",1),("Teachers' Day",1),("Mid-Autumn Festival",2),("National Day",1),("Retrocession Day",1),("noon",1),("October",1)]
X['a24'] = [("925 hPa",1),("36",1),("Train 408",1),("Provincial Highway 9",1),("two weeks",1),("22nd",1),("Taipei 101",1)]

G['a25'] = [("9 June",1,["D:2025-06-09"]),("today",1,["D:2025-06-09"]),
 ("the weekend just gone",1,["R:2025-06-07..2025-06-08"]),("tomorrow",1,["D:2025-06-10"]),
 ("Friday",1,["D:2025-06-13"]),("Thursday, June 12",1,["D:2025-06-12"]),
 ("the eve of Santo António",1,["D:2025-06-12"]),("Friday",2,["D:2025-06-13"]),
 ("that morning",1,["D:2025-06-13"]),("Thursday, June 19",1,["D:2025-06-19"]),
 ("the Friday",1,["D:2025-06-20"]),("June 23",1,["D:2025-06-23"]),("June 29",1,["D:2025-06-29"]),
 ("Wednesday",1,["D:2025-06-11"]),("a week later",1,["D:2025-06-18"]),
 ("the day before Corpus Christi",1,["D:2025-06-18"]),("Friday",4,["D:2025-06-06"]),
 ("July",1,["M:2025-07"]),("Thursday",3,["D:2025-06-12"]),("Friday",5,["D:2025-06-13"]),
 ("This week",1,["W:2025-06-02"]),("Saturday",1,["D:2025-06-07"]),("2019",1,["Y:2019"]),
 ("last year",1,["Y:2024"]),("June 12, 2024",1,["D:2024-06-12"]),("the month",1,["M:2025-06"]),
 ("this month",1,["M:2025-06"]),("the end of June",1,["MIN:2025-06","D:2025-06-30"]),
 ("2025",1,["Y:2025"]),("the first four months",1,["R:2025-01-01..2025-04-30"]),
 ("the long weekend of Santo António",1,["R:2025-06-13..2025-06-15","P:D:2025-06-13"])]
N['a25'] = [("Portugal Day",1),("9 p.m.",1),("Santo António",2),("Corpus Christi",1),("São Pedro",1),("the season",1),("6 p.m.",1),("noon",1),("1755 earthquake",1),("2 a.m.",1)]
X['a25'] = [("a week",1),("Tram 28",1),("71",1),("third",1),("21",1),("two million",1),("1.3 million",1),("€2.25",1),("9 per cent",1)]
