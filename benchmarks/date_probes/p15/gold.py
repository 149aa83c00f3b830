# Hand annotation for probe p15 (invented news in forms p1-p14 used least: a Scottish transfer deadline 'last thing
# Monday' after 'the weekend before last', 'the early noughties' and 'the turn of the year'; the Falklands' squid seasons
# in a southern winter ('ten days from now', 'A year ago this week', Peat Cutting Monday); Kolkata's Durga Puja from
# Mahalaya ('from Saptami to Dashami', '02.10.2027', 'the 18th century'); Ethiopia's Abiy Tsom before Orthodox Easter
# with 'Yekatit 9, 2018 E.C.', '57 days from now' and the Hamle-Sene budget year; a Seoul chipmaker's calendar quarters
# over Chuseok; Portugal's presidential run-off 'three weeks from yesterday' and 'Sunday fortnight'; Passover 5787 in
# London ('the first two nights', 'chol hamoed', Lag BaOmer, 'last thing Friday'); Hong Kong's Ching Ming on Easter
# Sunday and 'the day following Ching Ming Festival' after Easter Monday; Thailand's Khao Phansa alcohol ban, the
# Buddhist Era year 2568 and an October-September fiscal year; Morocco's own sighting of the Shawwal moon; a New Zealand
# strike notice with 'a week tomorrow' and Term 2; a Manila Sunday paper on 'the fourth Monday of July' and 'the week
# after next'; a Lusaka trial adjourned to 'the day after Unity Day' and 'this day fortnight'; Singapore's seventh lunar
# month; the Nunavut sealift booked by 'the tail end of March'; Nepal's budget on Jestha 15 for fiscal year 2083/84; Fiji's
# cyclone season; a Dunedin centenary 'A hundred years ago on Tuesday' with 'Half a century ago this month'; a Harare
# obituary by decades ('the late 1950s', 'the mid-1970s', 'the Eighties', 'the last century'); Germany's staggered
# summer holidays in dotted dates; a Helsinki strike notice over Independence Day and 'the turn of the year'; IRS
# disaster relief in month-first '9/10/2025' and '10/15'; the Tour Down Under with 'eight years ago on Sunday'; Bristol
# Bay's sockeye run with '6/22', '7/4' and 'the Monday after the Fourth'; a Tokyo firm's 'fiscal 2026' named by the year
# it begins, Golden Week, 'Showa 38' and 'the end of Reiwa 10'), written before any run of the tool.
# Item: (span, occurrence (1-based, word-bounded match in the body), [accepted readings])
# Readings: D:day M:month Y:year Q:YYYY-Qn H:YYYY-Hn S:season-YYYY (meteorological, +-25 days slack)
#   W:monday (Mon-Sun or Sun-Sat week) R:a..b exact interval RY:y1..y2 DEC:decade-start
#   YIN/MIN/IN: any interval inside that year / month / range (for early/mid/late X)
# P:<reading>: a coarser or neighbouring reading (the labelled year of a fiscal year, the holiday of a holiday weekend,
#   the day 'around' names); such a claim is not counted wrong for precision, but does not earn value recall for the item.
# NEUTRAL (N): spans where a date claim counts neither way (times of day, names with years such as 'the 2008 Alcoholic
#   Beverage Control Act', 'the Hamburg Agreement of 1964', 'the Lands Act of 1995', 'the 1986 conservation zone', a
#   feast's name beside its date ('Mahalaya', 'Genna', 'Peat Cutting Monday', 'the day following Ching Ming Festival',
#   'Lag BaOmer', 'Eid' beside 'today'), rules ('the first Monday of July' as the rule for Heroes Day), habitual or
#   generic dates ('around the Fourth of July' of a usual peak, 'in May ... in November' of a firm's habits, 'the first
#   week of July' of usual ice break-up), vague spans ('the season', 'the summer', 'the year', 'the holidays', 'the
#   break', 'a special session', 'its first regular session', 'almost four decades ago', 'the first anniversary of his
#   death').
# X: decoys, not dates (ages, durations 'the last 48 hours', 'a five-year deal', 'the 55 days', '14 days' notice', 'a
#   10-day', comparisons 'a day after Saudi Arabia', 'a week earlier than usual', 'a week ahead of last year's first big
#   opener', sets 'every September', 'Wednesdays and Fridays', 'every Jestha', 'at weekends', 'every January', scores
#   '3-1', '4-4-2', codes and numbers 'No. 9', 'Line 17', 'HBM4', 'Article 127', 'Section 7508A', 'Form 1040-ES',
#   'IR-2025-93', 'Cause No. 2026/HP/0412', 'Stand No. 1964', 'House Bill No. 2027', 'Republic Act 8178', 'TSE: 2027',
#   'AY1917', 'GRC 1961', 'Voyage 2501', 'S03T', 'GMT+1', '737-800', 'Exit A2', 'A9', 'N16', 'Soi 11', 'District 15',
#   'Stage 3', 'Adelaide 500', 'Nikkei 225', phone lines '27260', '1073', '8335', '2824 2026', '020 8800 4412', '0800
#   622 222', '1-800-263-2025', '866-562-5227', '907-842-5227', '13 28 66', '1111', and counts that look like years
#   '2,025', '1,982', '2,027', '1,904', '1,896', '2,031', '1,986', '5,787', '1,448', '1,999', '2,016', '2,083', '1,980',
#   '2,026', '1,988', '2,000'); the scorer ignores X, so a date claim on one counts as a precision error.
# Conventions as p5-p14 (bare weekdays by the verb's tense; anaphora by the narrative's focus; quoted speech by the day
#   it was spoken; fiscal periods by the stated year-end; holidays on the day observed in the story's country and
#   calendar; southern seasons R: plus the northern label; hyphenated, 'and', 'through' and 'from X to Y' ranges R:
#   with both ends as D:; holiday weekends R: (P: the holiday); a Sunday paper's 'next week' from the next day and
#   'last week' both weeks before; 'the week of <date>' W: (P:D:); numeric dates in the newsroom's order; 'N days
#   before/after X' single days; school holidays R: with IN: a day wider; decades DEC: and RY:, early and late ones IN:
#   of that half; centuries both RY: conventions). Added in p15 (see README.txt): 'the weekend before last' R: of the
#   Saturday-Sunday a week before last weekend, and 'last weekend' said on a Saturday or Sunday the weekend before the
#   current one; 'the week after next' W: two weeks on (in a Sunday paper the week after next week); 'last thing
#   <weekday>' D: of that day (today included); 'N days from now' and 'N days ago' D:; 'three weeks from yesterday',
#   '<weekday> fortnight', 'this day fortnight', 'a week tomorrow', 'the day after tomorrow' D: counted; 'A hundred years
#   ago on Tuesday' D: of the coming such day's date that many years back (and Y:), 'Half a century ago this month' M:
#   (and Y:), 'A year ago this week' W: (and Y:); 'the tail end of <month>' IN: of its last ten days (MIN:); 'the end of
#   the week' D: of its Friday (IN: to the Sunday), 'the end of next week' likewise; 'around <day>' IN: of the seven days
#   either side (P:D:); 'the mid-1970s' IN: 1973-1977 (DEC:), 'the early 20th century' IN: 1900-1950 (and the century),
#   'the last century' the 20th; feasts and years of other calendars by their tables (Ethiopian dates and years, the
#   Hebrew year 5787, the Buddhist Era 2568, Showa and Reiwa years, Bikram Sambat months and Nepal's fiscal year from
#   Shrawan 1, Chinese lunar months, Morocco's own Ramadan with Eid on either of two days); a Japanese 'fiscal 2026'
#   named by the year it begins (April 2026-March 2027, P:Y:2026).
G = {}
N = {}
X = {}
G['a01'] = [("28 August",1,["D:2025-08-28"]),("Monday",1,["D:2025-09-01"]),
 ("the weekend before last",1,["R:2025-08-16..2025-08-17"]),("yesterday",1,["D:2025-08-27"]),
 ("last thing Monday",1,["D:2025-09-01"]),("Monday 16 June",1,["D:2025-06-16"]),
 ("from 1 to 10 June",1,["R:2025-06-01..2025-06-10","D:2025-06-01","D:2025-06-10"]),
 ("Sunday's",1,["D:2025-08-24"]),("this summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),
 ("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("the early noughties",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("Tuesday",1,["D:2025-08-26"]),
 ("deadline day",1,["D:2025-09-01"]),("since February",1,["M:2025-02","R:2025-02-01..2025-08-26"]),
 ("the first week of July",1,["W:2025-07-07","IN:2025-07-01..2025-07-07"]),
 ("The 2025-26 season",1,["R:2025-08-02..2026-05-17","RY:2025..2026","P:Y:2025"]),
 ("2 August",1,["D:2025-08-02"]),("17 May",1,["D:2026-05-17"]),
 ("a winter break",1,["R:2026-01-05..2026-01-16","IN:2026-01-04..2026-01-17"]),
 ("from 5 to 16 January",1,["R:2026-01-05..2026-01-16","D:2026-01-05","D:2026-01-16"]),
 ("Friday week",1,["D:2025-09-05"]),("the week after next",1,["W:2025-09-08"]),
 ("Saturday 13 September",1,["D:2025-09-13"]),
 ("the turn of the year",1,["IN:2025-12-01..2026-01-31"]),("2 February",1,["D:2026-02-02"]),
 ("the first Monday of January",1,["D:2026-01-05"]),("this month",1,["M:2025-08"]),
 ("Last season",1,["RY:2024..2025","P:Y:2024"]),("Tuesday",2,["D:2025-09-02"]),
 ("since 2013",1,["Y:2013"])]
N['a01'] = [("summer",1),("11pm",1),("January",2),("deadline-day",1),("11.02pm",1),("the spring",1),("noon",1)]
X['a01'] = [("3-1",1),("58",1),("the last 48 hours",1),("23",1),("a five-year deal",1),("No. 9",1),("2,025",1),("4-4-2",1),("two minutes",1),("every September",1)]

G['a02'] = [("25 July",1,["D:2026-07-25"]),("yesterday",1,["D:2026-07-24"]),("Tuesday",1,["D:2026-07-28"]),
 ("the tail end of September",1,["IN:2026-09-21..2026-09-30","MIN:2026-09"]),
 ("The first season",1,["R:2026-02-24..2026-04-09","P:Y:2026"]),("24 February",1,["D:2026-02-24"]),
 ("9 April",1,["D:2026-04-09"]),("18 April",1,["D:2026-04-18"]),
 ("ten days from now",1,["D:2026-08-04"]),("4 August",1,["D:2026-08-04"]),
 ("This winter",1,["R:2026-06-01..2026-08-31","S:summer-2026"]),
 ("Last summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("A year ago this week",1,["W:2025-07-21","Y:2025"]),
 ("last year's season",1,["R:2025-07-22..2025-09-30","P:Y:2025"]),("22 July 2025",1,["D:2025-07-22"]),
 ("30 September",1,["D:2025-09-30"]),("Monday",1,["D:2026-07-27"]),
 ("Thursday 13 August",1,["D:2026-08-13"]),("since 1987",1,["Y:1987"]),
 ("the 2026/27 financial year",1,["R:2026-07-01..2027-06-30","P:Y:2027"]),
 ("1 July",1,["D:2026-07-01"]),("5 October",1,["D:2026-10-05"]),("late February",1,["MIN:2027-02"]),
 ("since Liberation Day",1,["D:2026-06-14","R:2026-06-14..2026-07-25"]),
 ("the end of next month",1,["MIN:2026-08","D:2026-08-31"])]
N['a02'] = [("the second Loligo season",1),("0001",1),("the season",1),("the 1986 conservation zone",1),("Peat Cutting Monday",1),("8am",1),("5pm",1)]
X['a02'] = [("1,982",1),("channel 14",1),("every morning",1),("47",1),("for weeks",1),("a 10-day",1),("27260",1)]

G['a03'] = [("Sept 29",1,["D:2027-09-29"]),("a week from today",1,["D:2027-10-06"]),
 ("from Saptami to Dashami",1,["R:2027-10-06..2027-10-09","D:2027-10-06","D:2027-10-09"]),
 ("October 6-9",1,["R:2027-10-06..2027-10-09","D:2027-10-06","D:2027-10-09"]),
 ("Today",1,["D:2027-09-29"]),("last year",1,["Y:2026"]),("Monday",1,["D:2027-10-04"]),
 ("Panchami",1,["D:2027-10-04"]),
 ("the Puja vacation",1,["R:2027-10-02..2027-11-07","IN:2027-10-01..2027-11-08"]),
 ("from 02.10.2027 to 07.11.2027",1,["R:2027-10-02..2027-11-07","D:2027-10-02","D:2027-11-07"]),
 ("24.09.2027",1,["D:2027-09-24"]),("Saturday",1,["D:2027-10-02"]),("Dashami",2,["D:2027-10-09"]),
 ("the following Tuesday",1,["D:2027-10-12"]),("2016",1,["Y:2016"]),("October 11",1,["D:2027-10-11"]),
 ("two days after Dashami",1,["D:2027-10-11"]),
 ("Oct 28 and 29",1,["R:2027-10-28..2027-10-29","D:2027-10-28","D:2027-10-29"]),
 ("this year",1,["Y:2027"]),
 ("Saptami and Ashtami",1,["R:2027-10-06..2027-10-07","D:2027-10-06","D:2027-10-07"]),
 ("mid-October",1,["MIN:2027-10"]),("Last year",1,["Y:2026"]),("October 21",1,["D:2026-10-21"]),
 ("since 1757",1,["Y:1757"]),("the 18th century",1,["RY:1701..1800","RY:1700..1799"]),
 ("since December 2021",1,["M:2021-12","R:2021-12-01..2027-09-29"]),
 ("the 1980s",1,["DEC:1980","RY:1980..1989"]),("Shashthi",1,["D:2027-10-05"]),
 ("Tuesday, October 5",1,["D:2027-10-05"]),("the Saturday",1,["D:2027-10-09"])]
N['a03'] = [("Mahalaya",1),("Gandhi Jayanti",1),("Kali Puja and Diwali",1),("2am",1),("a public holiday weekend",1)]
X['a03'] = [("2,027",1),("1,904",1),("1073",1),("24x7",1),("three days",1),("71",1),("every year",1),("a 10-day",1),("Line 2",1),("Sector V",1)]

G['a04'] = [("Feb. 14",1,["D:2026-02-14"]),("yesterday",1,["D:2026-02-13"]),("today",1,["D:2026-02-14"]),
 ("this coming Monday",1,["D:2026-02-16"]),("Yekatit 9, 2018 E.C.",1,["D:2026-02-16"]),
 ("Feb. 16",1,["D:2026-02-16"]),("Saturday, April 11",1,["D:2026-04-11"]),
 ("Fasika",1,["D:2026-04-12"]),("the next day",1,["D:2026-04-12"]),
 ("57 days from now",1,["D:2026-04-12"]),("Lent",1,["R:2026-02-16..2026-04-11"]),
 ("This year",1,["Y:2026"]),("Tuesday",1,["D:2026-02-17"]),("Wednesday",1,["D:2026-02-18"]),
 ("Ash Wednesday",1,["D:2026-02-18"]),("the 1990s",1,["DEC:1990","RY:1990..1999"]),
 ("January 7",1,["D:2026-01-07"]),("January 19",1,["D:2026-01-19"]),("last week",1,["W:2026-02-02"]),
 ("Easter Sunday",1,["D:2026-04-12"]),("March 2",1,["D:2026-03-02"]),
 ("1 March 1896",1,["D:1896-03-01"]),("a Monday",1,["D:2026-03-02"]),
 ("that weekend",1,["R:2026-02-28..2026-03-01","R:2026-02-28..2026-03-02"]),
 ("the 2025/26 budget year",1,["R:2025-07-08..2026-07-07","P:Y:2026"]),("July 7",1,["D:2026-07-07"]),
 ("The Ethiopian year 2018",1,["R:2025-09-11..2026-09-10"]),("Sept. 11",1,["D:2025-09-11"]),
 ("Sept. 10",1,["D:2026-09-10"]),("the following morning",1,["D:2026-09-11"])]
N['a04'] = [("Ramadan",1),("Genna",1),("Timket",1),("all year",1),("Adwa Victory Day",1)]
X['a04'] = [("the 55 days",1),("two slow months",1),("52",1),("1,896",1),("Wednesdays and Fridays",1),("8335",1)]

G['a05'] = [("Oct. 29",1,["D:2026-10-29"]),("Thursday",1,["D:2026-10-29"]),
 ("the third quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),
 ("a year earlier",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the fourth quarter",1,["Q:2026-Q4","R:2026-10-01..2026-12-31"]),
 ("the July-September quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),
 ("the same period last year",1,["Q:2025-Q3","R:2025-07-01..2025-09-30"]),
 ("the previous quarter",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),
 ("the first nine months",1,["R:2026-01-01..2026-09-30"]),("2018",1,["Y:2018"]),
 ("Q3 2025",1,["Q:2025-Q3"]),("the Chuseok holiday",1,["R:2026-09-24..2026-09-26"]),
 ("from Thursday to Saturday",1,["R:2026-09-24..2026-09-26","D:2026-09-24","D:2026-09-26"]),
 ("late September",1,["MIN:2026-09"]),("the quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),
 ("2027",1,["Y:2027"]),("year-end",1,["D:2026-12-31","MIN:2026-12"]),
 ("the first half of next year",1,["H:2027-H1"]),
 ("since January",1,["M:2026-01","R:2026-01-01..2026-10-29"]),("the second half",1,["H:2026-H2"]),
 ("a decade ago",1,["Y:2016"]),("the 2010s",1,["DEC:2010","RY:2010..2019"]),
 ("a weaker quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),("Tuesday",1,["D:2026-10-27"]),
 ("Nov. 26",1,["D:2026-11-26"]),("fourth-quarter",1,["Q:2026-Q4","R:2026-10-01..2026-12-31"]),
 ("Jan. 28",1,["D:2027-01-28"]),("March",1,["M:2027-03"]),("this year",1,["Y:2026"])]
N['a05'] = [("full-year",1),("the last boom",1),("the holiday season",1)]
X['a05'] = [("12-high",1),("HBM4",1),("every month",1),("54",1),("Line 17",1),("2,031",1),("a week earlier than usual",1)]

G['a06'] = [("19 January",1,["D:2026-01-19"]),("three weeks from yesterday",1,["D:2026-02-08"]),
 ("Sunday's",1,["D:2026-01-18"]),("this morning",1,["D:2026-01-19"]),
 ("Sunday 8 February",1,["D:2026-02-08"]),
 ("from 25 January to 6 February",1,["R:2026-01-25..2026-02-06","D:2026-01-25","D:2026-02-06"]),
 ("Saturday 7 February",1,["D:2026-02-07"]),("Sunday fortnight",1,["D:2026-02-08"]),
 ("last night",1,["D:2026-01-18"]),("this week",1,["W:2026-01-19"]),("next week",1,["W:2026-01-26"]),
 ("16 February 1986",1,["D:1986-02-16"]),("yesterday",2,["D:2026-01-18"]),("since 2006",1,["Y:2006"]),
 ("the first round",2,["D:2026-01-18"]),("Sunday 1 February",1,["D:2026-02-01"]),
 ("the Sunday before the run-off",1,["D:2026-02-01"]),("Thursday",1,["D:2026-01-22"]),
 ("the day after tomorrow",1,["D:2026-01-21"]),("Friday 6 February",1,["D:2026-02-06"]),
 ("9 March",1,["D:2026-03-09"]),("a Monday",1,["D:2026-03-09"]),
 ("the 2020s",1,["DEC:2020","RY:2020..2029"]),("Friday",2,["D:2026-01-16"]),
 ("Thursday",2,["D:2026-01-15"])]
N['a06'] = [("a day of reflection",1),("the 25 de Abril bridge",1),("the first round",1),("almost four decades ago",1),("the last six months",1),("the first round",3)]
X['a06'] = [("61",1),("55",1),("1,986",1),("within ten days",1),("Article 127",1),("ten years",1),("a five-year term",1)]

G['a07'] = [("16 April",1,["D:2027-04-16"]),
 ("from Sunday to Tuesday",1,["R:2027-04-18..2027-04-20","D:2027-04-18","D:2027-04-20"]),
 ("Wednesday 21 April",1,["D:2027-04-21"]),
 ("Passover",2,["R:2027-04-22..2027-04-29","R:2027-04-21..2027-04-29"]),("this year",1,["Y:2027"]),
 ("Easter Sunday",1,["D:2027-03-28"]),
 ("the Hebrew year 5787",1,["R:2026-09-12..2027-10-01","R:2026-09-11..2027-10-01"]),
 ("September",1,["M:2026-09"]),("the first two nights",1,["R:2027-04-21..2027-04-22"]),
 ("Wednesday and Thursday",1,["R:2027-04-21..2027-04-22","D:2027-04-21","D:2027-04-22"]),
 ("the last two days",1,["R:2027-04-28..2027-04-29"]),("Thursday 29 April",1,["D:2027-04-29"]),
 ("Monday 26 April",1,["D:2027-04-26"]),("last thing Friday",1,["D:2027-04-16"]),
 ("Tuesday",2,["D:2027-04-13"]),("this week",1,["W:2027-04-12"]),
 ("since Purim",1,["D:2027-03-23","R:2027-03-23..2027-04-16"]),("23 March",1,["D:2027-03-23"]),
 ("Last year's Passover",1,["R:2026-04-02..2026-04-09","R:2026-04-01..2026-04-09"]),
 ("from 2 to 9 April 2026",1,["R:2026-04-02..2026-04-09","D:2026-04-02","D:2026-04-09"]),
 ("chol hamoed",1,["R:2027-04-24..2027-04-27"]),
 ("from Saturday 24 to Tuesday 27 April",1,["R:2027-04-24..2027-04-27","D:2027-04-24","D:2027-04-27"]),
 ("the eve of the festival",1,["D:2027-04-21"]),("the May Day bank holiday",1,["D:2027-05-03"]),
 ("Monday 3 May",1,["D:2027-05-03"]),
 ("11 and 12 June",1,["R:2027-06-11..2027-06-12","D:2027-06-11","D:2027-06-12"]),
 ("Tuesday 25 May",1,["D:2027-05-25"]),("the spring bank holiday",1,["D:2027-05-31"]),
 ("1998",1,["Y:1998"])]
N['a07'] = [("the school Easter holidays",1),("This time",1),("Shavuot",1),("Lag BaOmer",1),("its first Passover",1)]
X['a07'] = [("5,787",1),("44",1),("A10",1),("every night",1),("49 days",1),("N16",1),("020 8800 4412",1)]

G['a08'] = [("April 1",1,["D:2026-04-01"]),("Good Friday",1,["D:2026-04-03"]),("Ching Ming",1,["D:2026-04-05"]),
 ("Easter Monday",1,["D:2026-04-06"]),("tomorrow",1,["D:2026-04-02"]),
 ("next Tuesday",1,["D:2026-04-07"]),("Sunday",1,["D:2026-04-05"]),("April 5",1,["D:2026-04-05"]),
 ("this year",1,["Y:2026"]),("Easter Sunday",1,["D:2026-04-05"]),("the next day",1,["D:2026-04-06"]),
 ("Tuesday",2,["D:2026-04-07"]),("April 7",1,["D:2026-04-07"]),
 ("the holiday in lieu",1,["D:2026-04-07"]),("April 3",1,["D:2026-04-03"]),
 ("the day following Good Friday",1,["D:2026-04-04"]),
 ("from Friday to next Tuesday",1,["R:2026-04-03..2026-04-07","D:2026-04-03","D:2026-04-07"]),
 ("Saturday and Sunday",1,["R:2026-04-04..2026-04-05","D:2026-04-04","D:2026-04-05"]),
 ("last year",1,["Y:2025"]),("a Friday",1,["D:2025-04-04"]),("April 4, 2025",1,["D:2025-04-04"]),
 ("1997",1,["Y:1997"]),
 ("from 2/4 to 7/4",1,["R:2026-04-02..2026-04-07","D:2026-04-02","D:2026-04-07"]),
 ("tomorrow",2,["D:2026-04-02"]),
 ("the Easter holidays",1,["R:2026-03-31..2026-04-12","IN:2026-03-30..2026-04-13"]),
 ("yesterday",1,["D:2026-03-31"]),("April 13",1,["D:2026-04-13"]),
 ("the tail end of March",1,["IN:2026-03-22..2026-03-31","MIN:2026-03"]),
 ("The next long weekend",1,["R:2026-05-23..2026-05-25","P:D:2026-05-24"]),
 ("Sunday, May 24",1,["D:2026-05-24"]),("the holiday",2,["D:2026-05-25"]),
 ("Monday, May 25",1,["D:2026-05-25"]),("October",1,["M:2026-10"])]
N['a08'] = [("The Ching Ming Festival",1),("the day following Ching Ming Festival",1),("Good Friday",2),("the weekends either side",1),("Ching Ming",4),("8am",1),("6.30am",1),("the Buddha's Birthday",1),("the Chung Yeung Festival",1)]
X['a08'] = [("five days",1),("routes 49X and 56K",1),("every spring",1),("68",1),("Exit A2",1),("2824 2026",1)]

G['a09'] = [("July 8",1,["D:2025-07-08"]),
 ("Thursday and Friday",1,["R:2025-07-10..2025-07-11","D:2025-07-10","D:2025-07-11"]),
 ("July 10",1,["D:2025-07-10"]),("July 11",1,["D:2025-07-11"]),
 ("the Buddhist Lent",1,["R:2025-07-11..2025-10-07"]),("today",1,["D:2025-07-08"]),
 ("this year",1,["Y:2025"]),("Monday",1,["D:2025-07-14"]),("July 14",1,["D:2025-07-14"]),
 ("a Thursday and a Friday",1,["R:2025-07-10..2025-07-11","D:2025-07-10","D:2025-07-11"]),
 ("Last year",1,["Y:2024"]),
 ("a Saturday and a Sunday",1,["R:2024-07-20..2024-07-21","D:2024-07-20","D:2024-07-21"]),
 ("The Buddhist Lent",1,["R:2025-07-11..2025-10-07"]),("Oct 7",1,["D:2025-10-07"]),
 ("2003",1,["Y:2003"]),("fiscal 2025",1,["R:2024-10-01..2025-09-30","P:Y:2025"]),
 ("Sept 30",1,["D:2025-09-30"]),("fiscal 2026",1,["R:2025-10-01..2026-09-30","P:Y:2026"]),
 ("Oct 1",1,["D:2025-10-01"]),("Friday",3,["D:2025-07-04"]),
 ("the first week of August",1,["W:2025-08-04","IN:2025-08-01..2025-08-07"]),
 ("the second half of the month",1,["R:2025-08-16..2025-08-31","MIN:2025-08"]),
 ("Ok Phansa",2,["D:2025-10-07"]),("March",1,["M:2026-03"]),("Monday, July 28",1,["D:2025-07-28"]),
 ("a four-day weekend",1,["R:2025-08-09..2025-08-12","P:D:2025-08-12"]),("August",2,["M:2025-08"]),
 ("Monday, Aug 11",1,["D:2025-08-11"]),("the weekend",1,["R:2025-08-09..2025-08-10"]),
 ("Tuesday, Aug 12",1,["D:2025-08-12"]),("this year",2,["Y:2025"]),("2568",1,["Y:2025"]),
 ("since 2015",1,["Y:2015"])]
N['a09'] = [("Asarnha Bucha Day",1),("Khao Phansa",1),("the 2008 Alcoholic Beverage Control Act",1),("the low season",1),("Ok Phansa",1),("the 2026 budget bill",1),("the year",1),("Makha Bucha",1),("the King's birthday",1),("the Queen Mother's birthday",1)]
X['a09'] = [("Section 27",1),("51",1),("Soi 11",1),("the whole three months",1),("1111",1),("one more dry day",1),("the five main Buddhist holy days",1)]

G['a10'] = [("9 March",1,["D:2027-03-09"]),("today",1,["D:2027-03-09"]),
 ("Eid al-Fitr",1,["D:2027-03-10","D:2027-03-11"]),("tomorrow",1,["D:2027-03-10"]),
 ("Thursday",1,["D:2027-03-11"]),("the 29th of Ramadan",1,["D:2027-03-09"]),
 ("Tuesday 9 February",1,["D:2027-02-09"]),("today",2,["D:2027-03-09"]),
 ("this evening",1,["D:2027-03-09"]),
 ("the holy month",1,["R:2027-02-09..2027-03-10","R:2027-02-09..2027-03-09"]),
 ("Thursday 11 March",1,["D:2027-03-11"]),("Saturday",1,["D:2027-03-06"]),
 ("Thursday",3,["D:2027-03-11"]),
 ("Wednesday and Thursday",1,["R:2027-03-10..2027-03-11","D:2027-03-10","D:2027-03-11"]),
 ("Thursday and Friday",1,["R:2027-03-11..2027-03-12","D:2027-03-11","D:2027-03-12"]),
 ("between Wednesday and Sunday",1,["R:2027-03-10..2027-03-14","D:2027-03-10","D:2027-03-14"]),
 ("the following Monday",1,["D:2027-03-15"]),("Sunday 7 February",1,["D:2027-02-07"]),
 ("Sunday 14 March",1,["D:2027-03-14"]),("Last year",1,["Y:2026"]),
 ("Saturday 21 March 2026",1,["D:2026-03-21"]),("2024",1,["Y:2024"]),
 ("the 1960s",1,["DEC:1960","RY:1960..1969"]),
 ("around 16 May",1,["IN:2027-05-09..2027-05-23","P:D:2027-05-16"]),("last week",1,["W:2027-03-01"]),
 ("the first week of Ramadan",1,["R:2027-02-09..2027-02-15"])]
N['a10'] = [("Eid",2),("Eid",3),("Laylat al-Qadr",1),("Ramadan",2),("2am",1),("Eid",4),("the same day",1),("Eid al-Adha",1),("after the holiday",1),("Eid",6),("8am",1)]
X['a10'] = [("a day after Saudi Arabia",1),("30 days",1),("47",1),("one more day",1),("two days",1),("737-800",1),("GMT+1",1),("a day later than Saudi Arabia",1),("1,448",1)]

G['a11'] = [("6 May",1,["D:2025-05-06"]),("a week tomorrow",1,["D:2025-05-14"]),
 ("the week of 19 May",1,["W:2025-05-19","P:D:2025-05-19"]),("yesterday",1,["D:2025-05-05"]),
 ("Monday 19 May",1,["D:2025-05-19"]),("the Tuesday",1,["D:2025-05-20"]),
 ("Wednesday 21 May",1,["D:2025-05-21"]),("the Thursday",1,["D:2025-05-22"]),
 ("Budget day",1,["D:2025-05-22"]),("Thursday 29 May",1,["D:2025-05-29"]),
 ("a week after the Budget",1,["D:2025-05-29","W:2025-05-26"]),("last Thursday",1,["D:2025-05-01"]),
 ("February",1,["M:2025-02"]),("Monday",2,["D:2025-05-05"]),("Friday",1,["D:2025-05-09"]),
 ("the year to 30 June 2026",1,["R:2025-07-01..2026-06-30","P:Y:2026","P:D:2026-06-30"]),
 ("Term 2",1,["R:2025-04-28..2025-07-04"]),("28 April",1,["D:2025-04-28"]),
 ("4 July",1,["D:2025-07-04"]),
 ("the last week of term",1,["W:2025-06-30","IN:2025-06-28..2025-07-04"]),
 ("Friday 20 June",1,["D:2025-06-20"]),("the first Monday in June",1,["D:2025-06-02"]),
 ("16 March 2023",1,["D:2023-03-16"]),("this winter",1,["R:2025-06-01..2025-08-31","S:summer-2025"]),
 ("November",1,["M:2025-11"]),("the end of the week",1,["D:2025-05-09","IN:2025-05-06..2025-05-11"]),
 ("Term 3",1,["R:2025-07-21..2025-09-26"]),("21 July",1,["D:2025-07-21"]),
 ("the school holidays",1,["R:2025-07-05..2025-07-20","IN:2025-07-04..2025-07-21"])]
N['a11'] = [("Matariki",1),("the King's Birthday holiday",1),("8.30am",1),("5pm",1)]
X['a11'] = [("Year 9 and 10",1),("14 days' notice",1),("52",1),("a day",1),("three years",1),("0800 622 222",1)]

G['a12'] = [("June 6",1,["D:2027-06-06"]),("Wednesday",1,["D:2027-06-02"]),
 ("the fourth Monday of July",1,["D:2027-07-26"]),("July 26",1,["D:2027-07-26"]),
 ("50 days from now",1,["D:2027-07-26"]),("Monday",2,["D:2027-05-31"]),
 ("Thursday",1,["D:2027-06-03"]),("since May 17",1,["D:2027-05-17","R:2027-05-17..2027-06-06"]),
 ("Independence Day",1,["D:2027-06-12"]),("1996",1,["Y:1996"]),("next week",1,["W:2027-06-07"]),
 ("Saturday",1,["D:2027-06-12"]),("the week after next",1,["W:2027-06-14"]),
 ("June 24",1,["D:2027-06-24"]),("a Thursday",1,["D:2027-06-24"]),("this year",1,["Y:2027"]),
 ("A year ago",1,["Y:2026"]),("July",3,["M:2027-07"]),
 ("the second Monday of May 2028",1,["D:2028-05-08"]),
 ("from Oct. 1 to 8",1,["R:2027-10-01..2027-10-08","D:2027-10-01","D:2027-10-08"]),
 ("February",1,["M:2028-02"]),("Friday",1,["D:2027-06-04"]),
 ("a week from tomorrow",1,["D:2027-06-14"]),("last week",1,["W:2027-05-31","W:2027-05-24"]),
 ("the last week of June",1,["W:2027-06-28","IN:2027-06-24..2027-06-30"]),("since 2019",1,["Y:2019"])]
N['a12'] = [("a special session",1),("3am",1),("its first regular session",1),("Its third and last regular session",1),("the rainy season",1),("the school year",1),("the break",1),("the days before the address",1),("11:40pm",1)]
X['a12'] = [("House Bill No. 2027",1),("30 days",1),("every weekday",1),("63",1),("Republic Act 8178",1),("the 20th Congress",1),("a week later than last year",1)]

G['a13'] = [("June 28",1,["D:2027-06-28"]),("today",1,["D:2027-06-28"]),
 ("the day after Unity Day",1,["D:2027-07-07"]),("next week's",1,["W:2027-07-05"]),
 ("Heroes and Unity holidays",1,["R:2027-07-05..2027-07-06"]),("07/07/2027",1,["D:2027-07-07"]),
 ("a Wednesday",1,["D:2027-07-07"]),("Friday",1,["D:2027-07-02"]),
 ("from that day until the Friday",1,["R:2027-07-07..2027-07-09"]),
 ("this day fortnight",1,["D:2027-07-12"]),("July 12",1,["D:2027-07-12"]),("this year",1,["Y:2027"]),
 ("July 5 and 6",1,["R:2027-07-05..2027-07-06","D:2027-07-05","D:2027-07-06"]),
 ("Friday",3,["D:2027-07-02"]),
 ("between March 2019 and December 2021",1,["R:2019-03-01..2021-12-31","M:2019-03","M:2021-12"]),
 ("18 December 2026",1,["D:2026-12-18"]),("February",1,["M:2027-02"]),
 ("a fortnight ago",1,["D:2027-06-14","W:2027-06-14"]),("14 June",1,["D:2027-06-14"]),
 ("last year",1,["Y:2026"]),("the end of next week",1,["D:2027-07-09","IN:2027-07-05..2027-07-11"]),
 ("Monday 2 August",1,["D:2027-08-02"]),("since 2022",1,["Y:2022"]),("24 October",1,["D:2027-10-24"]),
 ("the holiday",1,["D:2027-10-25"]),("Monday 25 October",1,["D:2027-10-25"]),
 ("this year",2,["Y:2027"])]
N['a13'] = [("Heroes Day",1),("the first Monday of July",1),("Unity Day",2),("the Tuesday after it",1),("Farmers' Day",1),("the Lands Act of 1995",1),("Independence Day",1)]
X['a13'] = [("58",1),("Stand No. 1964",1),("Cause No. 2026/HP/0412",1),("another month",1),("within 30 days",1),("Section 13",1)]

G['a14'] = [("Aug 15",1,["D:2026-08-15"]),("the Hungry Ghost month",1,["R:2026-08-13..2026-09-10"]),
 ("Thursday",1,["D:2026-08-13"]),("Aug 13",1,["D:2026-08-13"]),("Sept 10",1,["D:2026-09-10"]),
 ("the seventh lunar month",1,["R:2026-08-13..2026-09-10"]),("today",1,["D:2026-08-15"]),
 ("the seventh month",1,["R:2026-08-13..2026-09-10"]),
 ("the first two days of the month",1,["R:2026-08-13..2026-08-14"]),
 ("the same days last week",1,["R:2026-08-06..2026-08-07"]),
 ("the day after the gates close",1,["D:2026-09-11"]),
 ("the 15th day of the month",1,["D:2026-08-27"]),("Thursday, Aug 27",1,["D:2026-08-27"]),
 ("from 13/8 to 10/9",1,["R:2026-08-13..2026-09-10","D:2026-08-13","D:2026-09-10"]),
 ("Last year's seventh month",1,["R:2025-08-23..2025-09-21"]),
 ("from Aug 23 to Sept 21",1,["R:2025-08-23..2025-09-21","D:2025-08-23","D:2025-09-21"]),
 ("since 2020",1,["Y:2020"]),
 ("the first half of September",1,["R:2026-09-01..2026-09-15","MIN:2026-09"]),
 ("Sept 25",1,["D:2026-09-25"]),("the 15th day",2,["D:2026-09-25"]),
 ("the eighth month",1,["R:2026-09-11..2026-10-09"]),
 ("the April-June quarter",1,["Q:2026-Q2","R:2026-04-01..2026-06-30"]),
 ("since National Day",1,["D:2026-08-09","R:2026-08-09..2026-08-15"]),
 ("last weekend",1,["R:2026-08-08..2026-08-09"]),
 ("the third quarter",1,["Q:2026-Q3","R:2026-07-01..2026-09-30"]),("Oct 1",1,["D:2026-10-01"]),
 ("August",1,["M:2026-08"]),("the final quarter",1,["Q:2026-Q4","R:2026-10-01..2026-12-31"]),
 ("the 2010s",1,["DEC:2010","RY:2010..2019"]),("Wednesday",1,["D:2026-08-12"]),
 ("the day before",1,["D:2026-08-12"])]
N['a14'] = [("the Zhongyuan festival",1),("that month",1),("the Mid-Autumn Festival",1),("the month",3)]
X['a14'] = [("46",1),("at weekends",1),("99-year",1),("District 15",1),("1,988",1),("34",1)]

G['a15'] = [("Feb. 19",1,["D:2025-02-19"]),
 ("the tail end of March",1,["IN:2025-03-22..2025-03-31","MIN:2025-03"]),("this year's",1,["Y:2025"]),
 ("Wednesday",1,["D:2025-02-19"]),("March 28",1,["D:2025-03-28"]),("a Friday",1,["D:2025-03-28"]),
 ("April 11",1,["D:2025-04-11"]),
 ("The 2025 sealift season",1,["R:2025-06-28..2025-10-24","P:Y:2025"]),("June 28",1,["D:2025-06-28"]),
 ("Oct. 24",1,["D:2025-10-24"]),("the second Monday of October",1,["D:2025-10-13"]),
 ("the week of July 14",1,["W:2025-07-14","P:D:2025-07-14"]),("July 9",1,["D:2025-07-09"]),
 ("Last year",1,["Y:2024"]),("July 19",1,["D:2024-07-19"]),
 ("the Thanksgiving weekend",1,["R:2024-10-12..2024-10-14","P:D:2024-10-14"]),
 ("last week",1,["W:2025-02-10"]),
 ("the 2025-26 fiscal year",1,["R:2025-04-01..2026-03-31","P:Y:2026"]),("April 1",1,["D:2025-04-01"]),
 ("early next month",1,["MIN:2025-03"]),("April 1, 1999",1,["D:1999-04-01"]),
 ("the 1950s",1,["DEC:1950","RY:1950..1959"]),
 ("the 19th century",1,["RY:1801..1900","RY:1800..1899"]),("May 30",1,["D:2025-05-30"])]
N['a15'] = [("Thanksgiving Day",1),("Nunavut Day",1),("the first week of July",1),("the season",1)]
X['a15'] = [("a year",1),("39",1),("20-foot",1),("each summer",1),("1-800-263-2025",1),("at least 10 days",1),("Class 2",1),("Voyage 2501",1)]

G['a16'] = [("May 29",1,["D:2026-05-29"]),("today",1,["D:2026-05-29"]),("Jestha 15",1,["D:2026-05-29"]),
 ("Fiscal year 2083/84",1,["R:2026-07-17..2027-07-16","P:Y:2027"]),("Shrawan 1",1,["D:2026-07-17"]),
 ("July 17",1,["D:2026-07-17"]),("July 16, 2027",1,["D:2027-07-16"]),
 ("the end of Ashadh",1,["D:2026-07-16","IN:2026-07-10..2026-07-16"]),
 ("the current fiscal year",1,["R:2025-07-17..2026-07-16","P:Y:2026"]),
 ("the ten months to mid-May",1,["R:2025-07-17..2026-05-14"]),("Wednesday",1,["D:2026-05-27"]),
 ("since 2015",1,["Y:2015"]),("a fortnight ago",1,["D:2026-05-15","W:2026-05-11"]),
 ("Jestha 1",1,["D:2026-05-15"]),("Ashadh 10",1,["D:2026-06-24"]),("June 24",1,["D:2026-06-24"]),
 ("The Bikram Sambat year 2083",1,["R:2026-04-14..2027-04-13"]),("April 14",1,["D:2026-04-14"]),
 ("April 13 next year",1,["D:2027-04-13"]),("the year to mid-May",1,["R:2025-05-15..2026-05-14"]),
 ("the autumn trekking season",1,["R:2026-09-01..2026-11-30","S:autumn-2026"]),
 ("spring",1,["S:spring-2026","R:2026-03-01..2026-05-31"]),
 ("around June 13",1,["IN:2026-06-06..2026-06-20","P:D:2026-06-13"]),("mid-July",1,["MIN:2026-07"]),
 ("the early 2000s",1,["DEC:2000","IN:2000-01-01..2004-12-31"]),("2006",1,["Y:2006"]),
 ("Sunday",1,["D:2026-05-31"]),("next Friday",1,["D:2026-06-05"])]
N['a16'] = [("the last weeks of the fiscal year",1),("the year of the earthquake",1)]
X['a16'] = [("2,083",1),("Article 119",1),("every year",1),("61",1),("every Jestha",1),("a week",1),("the decade-long conflict",1)]

G['a17'] = [("2 November",1,["D:2026-11-02"]),
 ("the 2026-27 season",1,["R:2026-11-01..2027-04-30","RY:2026..2027","P:Y:2026"]),
 ("yesterday",1,["D:2026-11-01"]),("30 April",1,["D:2027-04-30"]),("today",1,["D:2026-11-02"]),
 ("from January to March",1,["R:2027-01-01..2027-03-31","M:2027-01","M:2027-03"]),
 ("December",1,["M:2026-12"]),("the 1970s",1,["DEC:1970","RY:1970..1979"]),
 ("Last season",1,["R:2025-11-01..2026-04-30","RY:2025..2026","P:Y:2025"]),
 ("14 February",1,["D:2026-02-14"]),("20 February 2016",1,["D:2016-02-20"]),
 ("the 2015-16 season",1,["R:2015-11-01..2016-04-30","RY:2015..2016","P:Y:2015"]),
 ("01/12/2026",1,["D:2026-12-01"]),("This summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),
 ("Saturday",1,["D:2026-11-07"]),("the public holiday",1,["D:2026-11-09"]),
 ("Monday, 9 November",1,["D:2026-11-09"]),("Sunday",1,["D:2026-11-08"]),("this year",1,["Y:2026"]),
 ("Since 10 October",1,["D:2026-10-10","R:2026-10-10..2026-11-02"]),
 ("the next fortnight",1,["R:2026-11-03..2026-11-16","IN:2026-11-02..2026-11-16"]),
 ("the first week of December",1,["W:2026-12-07","IN:2026-12-01..2026-12-07"]),
 ("Boxing Day",1,["D:2026-12-26"]),("a Saturday",1,["D:2026-12-26"]),
 ("the holiday",1,["D:2026-12-28"]),("Monday, 28 December",1,["D:2026-12-28"]),
 ("that week",1,["W:2026-12-28"]),("early next year",1,["YIN:2027","IN:2027-01-01..2027-04-30"]),
 ("Thursday",1,["D:2026-11-05"])]
N['a17'] = [("the eve of Diwali",1),("the day after the festival",1),("Fiji Day",1),("the year",1),("the holidays",1),("the last weeks of the year",1)]
X['a17'] = [("Category 3",1),("Category 2",1),("every month",1),("49",1),("2,016",1)]

G['a18'] = [("7 December",1,["D:2025-12-07"]),("A hundred years ago on Tuesday",1,["D:1925-12-09","Y:1925"]),
 ("9 December 1925",1,["D:1925-12-09"]),("the 1930s",1,["DEC:1930","RY:1930..1939"]),
 ("1948",1,["Y:1948"]),("the turn of the century",1,["IN:1995-01-01..2005-12-31"]),
 ("the early 20th century",1,["IN:1900-01-01..1950-12-31","RY:1901..2000","RY:1900..1999"]),
 ("Tuesday",2,["D:2025-12-09"]),("last Sunday",1,["D:2025-11-30"]),
 ("last week",1,["W:2025-12-01","W:2025-11-24"]),
 ("Half a century ago this month",1,["M:1975-12","Y:1975"]),("December 1975",1,["M:1975-12"]),
 ("the following winter",1,["R:1976-06-01..1976-08-31","S:summer-1976"]),
 ("January 1956",1,["M:1956-01"]),("Saturday",2,["D:2025-12-13"]),
 ("the end of March",1,["MIN:2026-03","D:2026-03-31"]),("Friday week",1,["D:2025-12-19"]),
 ("the weekend before Christmas",1,["R:2025-12-20..2025-12-21"]),
 ("Christmas Day and Boxing Day",1,["R:2025-12-25..2025-12-26","D:2025-12-25","D:2025-12-26"]),
 ("New Year's Day",1,["D:2026-01-01"]),("Monday 23 March",1,["D:2026-03-23"]),
 ("next Sunday",1,["D:2025-12-14"]),("the 1920s",1,["DEC:1920","RY:1920..1929"]),
 ("next week",1,["W:2025-12-08"]),("the 2027-28 season",1,["RY:2027..2028","P:Y:2027"]),
 ("next summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"])]
N['a18'] = [("the centenary",1),("the summer",1),("Otago Anniversary Day",1)]
X['a18'] = [("2,000",1),("a whole summer",1),("a week",1),("79",1),("every Saturday",1),("Route 18",1),("25-metre",1),("A hundred years",2),("another hundred",1)]

G['a19'] = [("Nov. 13",1,["D:2025-11-13"]),("Tuesday",1,["D:2025-11-11"]),("Sunday",1,["D:2025-11-09"]),
 ("yesterday",1,["D:2025-11-12"]),("(1936-2025)",1,["RY:1936..2025","Y:1936","Y:2025"]),
 ("4 July 1936",1,["D:1936-07-04"]),("the late 1950s",1,["IN:1955-01-01..1959-12-31","DEC:1950"]),
 ("1961",1,["Y:1961"]),("the mid-1970s",1,["IN:1973-01-01..1977-12-31","DEC:1970"]),
 ("1977",1,["Y:1977"]),
 ("17-18 April 1980",1,["R:1980-04-17..1980-04-18","D:1980-04-17","D:1980-04-18"]),
 ("the Eighties",1,["DEC:1980","RY:1980..1989"]),
 ("the early 1990s",1,["DEC:1990","IN:1990-01-01..1994-12-31"]),
 ("the last century",1,["RY:1901..2000","RY:1900..1999"]),("Heroes Day",1,["D:2025-08-11"]),
 ("August",1,["M:2025-08"]),("tomorrow",1,["D:2025-11-14"]),("Saturday",1,["D:2025-11-15"]),
 ("Sunday",2,["D:2025-11-16"]),("Wednesday",1,["D:2025-11-12"]),("December 22",1,["D:2025-12-22"]),
 ("a Monday",1,["D:2025-12-22"]),("this year",1,["Y:2025"]),
 ("early next year",1,["YIN:2026","IN:2026-01-01..2026-04-30"]),
 ("11 November 2026",1,["D:2026-11-11"])]
N['a19'] = [("Unity Day",1),("the first anniversary of his death",1)]
X['a19'] = [("aged 89",1),("GRC 1961",1),("a week",1),("every night",1),("44",1),("1,980",1),("61 years",1)]

G['a20'] = [("24 June",1,["D:2026-06-24"]),("15 days from now",1,["D:2026-07-09"]),
 ("Thursday 9 July",1,["D:2026-07-09"]),("mid-September",1,["MIN:2026-09"]),
 ("Berlin's summer holidays",1,["R:2026-07-09..2026-08-22","IN:2026-07-08..2026-08-23"]),
 ("from 09.07.2026 to 22.08.2026",1,["R:2026-07-09..2026-08-22","D:2026-07-09","D:2026-08-22"]),
 ("the 2026/27 school year",1,["RY:2026..2027","IN:2026-08-01..2027-07-31","P:Y:2026"]),
 ("Monday 24 August",1,["D:2026-08-24"]),
 ("from 20 July to 1 September",1,["R:2026-07-20..2026-09-01","D:2026-07-20","D:2026-09-01"]),
 ("from 30 July to 12 September",1,["R:2026-07-30..2026-09-12","D:2026-07-30","D:2026-09-12"]),
 ("Monday 3 August",1,["D:2026-08-03"]),("14 September",1,["D:2026-09-14"]),
 ("the first Saturday in August",1,["D:2026-08-01"]),("its second week",1,["W:2026-07-27"]),
 ("from 1 July to 31 August",1,["R:2026-07-01..2026-08-31","D:2026-07-01","D:2026-08-31"]),
 ("the week after the holidays start",1,["W:2026-07-13"]),("Last year",1,["Y:2025"]),
 ("until 2030",1,["Y:2030"]),("the 19th century",1,["RY:1801..1900","RY:1800..1899"]),
 ("the state's Whitsun holidays",1,["R:2026-05-26..2026-06-05","IN:2026-05-25..2026-06-06"]),
 ("from 26.05. to 05.06.",1,["R:2026-05-26..2026-06-05","D:2026-05-26","D:2026-06-05"]),
 ("this summer",1,["S:summer-2026","R:2026-06-01..2026-08-31"]),
 ("Berlin's autumn holidays",1,["R:2026-10-19..2026-10-31","IN:2026-10-18..2026-11-01"]),
 ("from 19 to 31 October",1,["R:2026-10-19..2026-10-31","D:2026-10-19","D:2026-10-31"]),
 ("since Easter",1,["D:2026-04-05","R:2026-04-05..2026-06-24"]),
 ("the new school year",1,["RY:2026..2027","IN:2026-08-01..2027-07-31","P:Y:2026"]),
 ("Friday",1,["D:2026-06-26"])]
N['a20'] = [("the summer",1),("a season of staggered holidays",1),("the year",1),("the first day",1),("the Hamburg Agreement of 1964",1)]
X['a20'] = [("A9",1),("A2",1),("Saturdays",1),("41",1),("Class 4",1),("Class 7",1),("A24",1),("six hours",1)]

G['a21'] = [("1 December",1,["D:2027-12-01"]),("Wednesday 15 December",1,["D:2027-12-15"]),
 ("Tuesday",1,["D:2027-11-30"]),("15.12.2027",1,["D:2027-12-15"]),("17.12.2027",1,["D:2027-12-17"]),
 ("the turn of the year",1,["IN:2027-12-01..2028-01-31"]),
 ("the end of November",1,["MIN:2027-11","D:2027-11-30"]),("last week",1,["W:2027-11-22"]),
 ("the day after Independence Day",1,["D:2027-12-07"]),("Monday",1,["D:2027-12-06"]),
 ("29 December",1,["D:2027-12-29"]),("2 February 2024",1,["D:2024-02-02"]),
 ("the month",1,["M:2027-12"]),("Thursday 23 December",1,["D:2027-12-23"]),
 ("from 17 to 24 December",1,["R:2027-12-17..2027-12-24","D:2027-12-17","D:2027-12-24"]),
 ("October",1,["M:2027-10"]),("yesterday",1,["D:2027-11-30"]),("Christmas",2,["D:2027-12-25"]),
 ("the first week of January",1,["W:2028-01-03","IN:2028-01-01..2028-01-07"]),
 ("Thursday 6 January",1,["D:2028-01-06"]),("Wednesday 22 December",1,["D:2027-12-22"]),
 ("the Christmas holidays",1,["R:2027-12-23..2028-01-06","IN:2027-12-22..2028-01-07"]),
 ("this morning",1,["D:2027-12-01"]),("last December",1,["M:2026-12"]),("since 2019",1,["Y:2019"]),
 ("the new year",1,["YIN:2028"])]
N['a21'] = [("the busiest fortnight of the year",1),("06.00",1),("06.00",2),("the day before Christmas Eve",1),("Epiphany",1),("school holidays",1),("2028 bargaining round",1)]
X['a21'] = [("48 hours",1),("two weeks' notice",1),("14 days",1),("56",1),("Terminal 2",1),("AY1917",1),("two years",1)]

G['a22'] = [("Sept. 19",1,["D:2025-09-19"]),("Feb. 3, 2026",1,["D:2026-02-03"]),
 ("137 days from now",1,["D:2026-02-03"]),("Thursday",1,["D:2025-09-18"]),
 ("from Sept. 10, 2025, through Feb. 2, 2026",1,["R:2025-09-10..2026-02-02","D:2025-09-10","D:2026-02-02"]),
 ("the day after the storm came ashore",1,["D:2025-09-10"]),("Sept. 9",1,["D:2025-09-09"]),
 ("9/10/2025",1,["D:2025-09-10"]),("Monday",1,["D:2025-09-15"]),("10/15",1,["D:2025-10-15"]),
 ("2024",1,["Y:2024"]),("Feb. 3",2,["D:2026-02-03"]),("Jan. 15",1,["D:2026-01-15"]),
 ("the 2025 tax year",1,["Y:2025"]),("April 15",1,["D:2026-04-15"]),("last week",1,["W:2025-09-08"]),
 ("the fifteenth",1,["D:2025-09-15"]),("Monday",2,["D:2025-09-15"]),("yesterday",1,["D:2025-09-18"]),
 ("October",1,["M:2025-10"]),("the week after next",1,["W:2025-09-29"]),
 ("Nov. 30",1,["D:2025-11-30"]),("the hurricane season",1,["R:2025-06-01..2025-11-30"]),
 ("since 2022",1,["Y:2022"]),("Sept. 30",1,["D:2022-09-30"]),("Sept. 10",2,["D:2025-09-10"]),
 ("the postponement period",1,["R:2025-09-10..2026-02-02"])]
N['a22'] = [("the incident period",1),("third-quarter",1),("fourth-quarter",1),("the year",1)]
X['a22'] = [("IR-2025-93",1),("Form 1040-ES",1),("58",1),("Section 7508A",1),("a month late",1),("866-562-5227",1),("three weeks",1),("80-hour",1)]

G['a23'] = [("19 January",1,["D:2027-01-19"]),("today",1,["D:2027-01-19"]),("Thursday",1,["D:2027-01-21"]),
 ("from 19 to 24 January",1,["R:2027-01-19..2027-01-24","D:2027-01-19","D:2027-01-24"]),
 ("Sunday",1,["D:2027-01-24"]),("2020",1,["Y:2020"]),
 ("from Friday 15 to Sunday 17 January",1,["R:2027-01-15..2027-01-17","D:2027-01-15","D:2027-01-17"]),
 ("two days ago",1,["D:2027-01-17"]),("Saturday",1,["D:2027-01-16"]),
 ("last summer",1,["R:2025-12-01..2026-02-28","S:winter-2025"]),
 ("this summer",1,["R:2026-12-01..2027-02-28","S:winter-2026"]),("2016",1,["Y:2016"]),
 ("24 January 2019",1,["D:2019-01-24"]),("eight years ago on Sunday",1,["D:2019-01-24","Y:2019"]),
 ("a Thursday",1,["D:2019-01-24"]),("since 1999",1,["Y:1999"]),
 ("2021 and 2022",1,["RY:2021..2022","Y:2021","Y:2022"]),("24/01/27",1,["D:2027-01-24"]),
 ("the tail end of January",1,["IN:2027-01-22..2027-01-31","MIN:2027-01"]),
 ("next Tuesday",1,["D:2027-01-26"]),
 ("from 19 February to 21 March",1,["R:2027-02-19..2027-03-21","D:2027-02-19","D:2027-03-21"]),
 ("Thursday's",1,["D:2027-01-21"]),("the night before",1,["D:2027-01-20"])]
N['a23'] = [("5am",1),("Australia Day",1),("Mad March",1)]
X['a23'] = [("41C",1),("Stage 3",1),("six-stage",1),("3-kilometre",1),("53",1),("every January",1),("15 minutes",1),("Adelaide 500",1),("13 28 66",1)]

G['a24'] = [("June 18",1,["D:2026-06-18"]),("Thursday",1,["D:2026-06-18"]),("Saturday",1,["D:2026-06-20"]),
 ("this year",1,["Y:2026"]),("2025",1,["Y:2025"]),("2022",1,["Y:2022"]),
 ("the last week of June",1,["W:2026-06-29","IN:2026-06-24..2026-06-30"]),
 ("the third week of July",1,["W:2026-07-20","IN:2026-07-15..2026-07-21"]),
 ("the late 1970s",1,["IN:1975-01-01..1979-12-31","DEC:1970"]),("6/22",1,["D:2026-06-22"]),
 ("tomorrow",1,["D:2026-06-19"]),("7/4",1,["D:2026-07-04"]),
 ("the Monday after the Fourth",1,["D:2026-07-06"]),("the week after next",1,["W:2026-06-29"]),
 ("Last year's",1,["Y:2025"]),("July 20, 2025",1,["D:2025-07-20"]),("July 1",1,["D:2026-07-01"]),
 ("the 2022 and 2023 seasons",1,["RY:2022..2023","Y:2022","Y:2023"]),
 ("fiscal 2027",1,["R:2026-10-01..2027-09-30","P:Y:2027"]),("Oct. 1",1,["D:2026-10-01"]),
 ("mid-July",1,["MIN:2026-07"]),("Sept. 30",1,["D:2026-09-30"]),
 ("last summer",1,["S:summer-2025","R:2025-06-01..2025-08-31"]),("next week",1,["W:2026-06-22"]),
 ("2025",3,["Y:2025"]),("June 27",1,["D:2025-06-27"])]
N['a24'] = [("7 a.m.",1),("around the Fourth of July",1),("Juneteenth",1),("over the holiday",1),("the season",1),("9 a.m.",1)]
X['a24'] = [("12 hours",1),("a week ahead of last year's first big opener",1),("62",1),("32-foot",1),("S03T",1),("1,999",1),("VHF 16",1),("907-842-5227",1)]

G['a25'] = [("May 11",1,["D:2027-05-11"]),("Tuesday",1,["D:2027-05-11"]),
 ("fiscal 2026",1,["R:2026-04-01..2027-03-31","P:Y:2026"]),
 ("the year ended March 31",1,["R:2026-04-01..2027-03-31","P:D:2027-03-31","P:Y:2026"]),
 ("fiscal 2027",1,["R:2027-04-01..2028-03-31","P:Y:2027"]),
 ("the January-March quarter",1,["Q:2027-Q1","R:2027-01-01..2027-03-31"]),
 ("fiscal fourth quarter",1,["Q:2027-Q1","R:2027-01-01..2027-03-31"]),
 ("a year earlier",1,["Q:2026-Q1","R:2026-01-01..2026-03-31"]),
 ("the previous year",1,["R:2025-04-01..2026-03-31","P:Y:2025"]),
 ("fiscal 2019",1,["R:2019-04-01..2020-03-31","P:Y:2019"]),
 ("the current year",1,["R:2027-04-01..2028-03-31","P:Y:2027"]),("April 1",1,["D:2027-04-01"]),
 ("the first half",1,["R:2027-04-01..2027-09-30"]),
 ("April to September",1,["R:2027-04-01..2027-09-30","M:2027-04","M:2027-09"]),
 ("the second",1,["R:2027-10-01..2028-03-31"]),("Golden Week",1,["R:2027-04-29..2027-05-05"]),
 ("from April 29 to May 5",1,["R:2027-04-29..2027-05-05","D:2027-04-29","D:2027-05-05"]),
 ("Thursday",1,["D:2027-05-06"]),("June 28",1,["D:2027-06-28"]),("March 31",2,["D:2027-03-31"]),
 ("June 25",1,["D:2027-06-25"]),("first-quarter",1,["R:2027-04-01..2027-06-30","Q:2027-Q2"]),
 ("Aug. 6",1,["D:2027-08-06"]),("Showa 38",1,["Y:1963"]),("1963",1,["Y:1963"]),
 ("the 1970s",1,["DEC:1970","RY:1970..1979"]),("November",1,["M:2026-11"]),
 ("fiscal 2029",1,["R:2029-04-01..2030-03-31","P:Y:2029"]),
 ("the end of Reiwa 10",1,["D:2028-12-31","MIN:2028-12"]),("yesterday",1,["D:2027-05-10"]),
 ("since January",1,["M:2027-01","R:2027-01-01..2027-05-11"])]
N['a25'] = [("the holidays",1),("the last year of the plan",1),("3:30 p.m.",1),("May",3),("November",2),("the half-year results",1)]
X['a25'] = [("TSE: 2027",1),("59",1),("2,026",1),("Nikkei 225",1)]
