# Hand-annotated probe corpus for claimkit date extraction (TIMEX2/TIDES-style).
# Each article: id, published, dateline text, body, and three lists:
#   E: expected date expressions (span, value(s), ctx)  -- value in TIMEX-ish notation:
#      YYYY-MM-DD day | YYYY-MM month | YYYY-Qn quarter | YYYY-Hn half | YYYY year |
#      199X decade | YYYY-SP/SU/FA/WI season | week:YYYY-MM-DD (Monday) |
#      A/B explicit interval (tolerance 1 day; A/B~N for N days)
#      a list of values = any of them is accepted (ambiguous or convention-dependent).
#   N: negatives (spans that are not dates; a date claim on them is a false positive)
#   U: neutral (not scored either way: durations anchored on events, names like
#      "summer recess", anaphoric "the quarter", sport seasons ...)
# ctx: a unique larger substring of the article that contains span (to disambiguate).

def E(span, value, ctx=None, note=""):
    return {"span": span, "value": value, "ctx": ctx, "note": note}

def X(span, ctx=None):
    return {"span": span, "ctx": ctx}

A = []

A.append(dict(id="a01", published="2019-03-14", source="Wire", text="""LONDON, March 14 (Wire) - British retail sales rose 0.6% in February from January, the Office for Retail Statistics said on Thursday, beating forecasts for a third straight month. Sales were 2.1% higher than a year earlier. Economists polled last week had expected a rise of 0.3%. Clothing sales, which slumped in the fourth quarter of 2018, recovered, while fuel volumes fell to their lowest since mid-2016. The figures come two weeks before Britain's scheduled departure from the trading bloc on March 29. Finance minister Harriet Colby, 54, will present a spending review in the autumn, and the central bank meets next Thursday. "Households are spending again," said Tom Ardle of Kingsway Capital, adding that a slowdown in 2020 could not be ruled out. The statistics office will publish March data on April 18.""",
E=[E("March 14", "2019-03-14"), E("February", "2019-02"), E("January", "2019-01"),
   E("Thursday", "2019-03-14", "said on Thursday"), E("a year earlier", "2018-02", note="Feb 2018 (base of the Feb figure)"),
   E("last week", "week:2019-03-04"), E("the fourth quarter of 2018", "2018-Q4"), E("mid-2016", "2016"),
   E("March 29", "2019-03-29"), E("the autumn", "2019-FA"), E("next Thursday", "2019-03-21"),
   E("2020", "2020"), E("March", "2019-03", "March data"), E("April 18", "2019-04-18")],
N=[X("54"), X("0.6%"), X("2.1%")],
U=[X("a third straight month"), X("two weeks before")]))

A.append(dict(id="a02", published="2019-07-29", source="AP", text="""WASHINGTON (AP) — A federal judge on Monday sentenced a former Treasury contractor to six years in prison for leaking tax records. Prosecutors had filed a last-minute plea for leniency the day before. Dennis Orloff, 41, was arrested in November 2017 and convicted by a jury on May 2. He had worked at the agency since the late 1990s. Judge Alma Reyes said the leaks, which began in 2015 and ran until early 2017, put thousands of taxpayers at risk. Orloff's lawyers said he would appeal by Aug. 12. The case is one of several brought last year under a 2010 statute. Reyes will hear a related motion on Friday. Orloff, who drove a delivery van along Route 66 for a living before joining the agency, declined to comment.""",
E=[E("Monday", "2019-07-29"), E("the day before", "2019-07-28"), E("November 2017", "2017-11"),
   E("May 2", "2019-05-02"), E("the late 1990s", "199X"), E("2015", "2015"), E("early 2017", "2017"),
   E("Aug. 12", "2019-08-12"), E("last year", "2018"), E("2010", "2010"), E("Friday", "2019-08-02")],
N=[X("six years"), X("41"), X("Route 66")],
U=[]))

A.append(dict(id="a03", published="2019-11-02", source="Wire", text="""MANCHESTER, England, Nov 2 (Wire) - Rovers climbed to third in the table with a 2-1 win over Castleford on Saturday, their first league victory since Sept. 21. Striker Jamal Okoro, 23, scored twice in the second half, taking his tally to 11 goals this season. Rovers, who were relegated in 2016, last reached a cup final in the 1990s. The result came four days after Wednesday's League Cup exit at Dunmore, and manager Piet Larsen said his squad needed the rest. "We play again on Tuesday and then it is the derby next weekend," Larsen said. Castleford, beaten 3-0 last Saturday, have not won since August. The club's new stadium, budgeted at 90 million pounds, is due to open in the summer of 2021.""",
E=[E("Nov 2", "2019-11-02"), E("Saturday", "2019-11-02", "Castleford on Saturday"), E("Sept. 21", "2019-09-21"),
   E("2016", "2016"), E("the 1990s", "199X"), E("Wednesday's", "2019-10-30"), E("Tuesday", "2019-11-05"),
   E("next weekend", "2019-11-09/2019-11-10"), E("last Saturday", "2019-10-26"), E("August", "2019-08"),
   E("the summer of 2021", "2021-SU")],
N=[X("2-1"), X("23"), X("the second half"), X("3-0"), X("90 million pounds"), X("11 goals")],
U=[X("this season"), X("four days after")]))

A.append(dict(id="a04", published="2020-01-08", source="Wire", text="""JAKARTA, Jan 8 (Wire) - The death toll from floods that swept the Indonesian capital and its outskirts since New Year's Eve rose to 67 on Wednesday, the disaster agency said. Rain that fell on Dec. 31 and Jan. 1 was the heaviest since records began in 1866, the weather office said. More than 170,000 people were still in shelters on Tuesday night. The agency's spokesman, Agus Wibowo, said more downpours were expected this weekend and possibly until mid-February. Floods in early 2013 killed 47 people. Governor Siti Lestari said a new dam project, delayed since 2017, would be finished by the end of next year. The finance ministry will set aside emergency funds in the first quarter.""",
E=[E("Jan 8", "2020-01-08"), E("New Year's Eve", "2019-12-31"), E("Wednesday", "2020-01-08"),
   E("Dec. 31", "2019-12-31"), E("Jan. 1", "2020-01-01"), E("1866", "1866"), E("Tuesday night", "2020-01-07"),
   E("this weekend", "2020-01-11/2020-01-12"), E("mid-February", "2020-02"), E("early 2013", "2013"),
   E("2017", "2017"), E("the end of next year", "2021"), E("the first quarter", "2020-Q1")],
N=[X("67"), X("170,000"), X("47 people")],
U=[]))

A.append(dict(id="a05", published="2020-04-21", source="Wire", text="""SEATTLE, April 21 (Wire) - Harborline Air, the regional carrier that flies a fleet of Boeing 737 jets, on Tuesday reported a first-quarter net loss of $212 million, against a profit of $45 million a year earlier, as travel collapsed in March. Revenue fell 38% to $610 million in the three months to March 31. The company said it expected second-quarter revenue to fall by as much as 80% and did not expect demand to recover until 2022. It drew down a $500 million credit line last month and suspended its dividend for the rest of the year. Chief executive Carla Munez said bookings for May and June were "near zero". Shares, which peaked at $78 in January 2018, fell 4% to $19.20 in morning trade. The company will hold its annual meeting on May 14.""",
E=[E("April 21", "2020-04-21"), E("Tuesday", "2020-04-21"), E("first-quarter", "2020-Q1"),
   E("a year earlier", "2019-Q1"), E("March", "2020-03", "collapsed in March"),
   E("the three months to March 31", ["2020-Q1", "2020-03-31"]), E("second-quarter", "2020-Q2"),
   E("2022", "2022"), E("last month", "2020-03"), E("the rest of the year", "2020"),
   E("May", "2020-05", "May and June"), E("June", "2020-06"), E("January 2018", "2018-01"),
   E("May 14", "2020-05-14")],
N=[X("Boeing 737"), X("$212 million"), X("80%"), X("$19.20")],
U=[X("morning trade"), X("annual meeting")]))

A.append(dict(id="a06", published="2020-09-13", source="Wire", text="""ZAGREB, Sept 13 (Wire) - The centre-right Civic Union was on course to win Sunday's regional election, partial results showed, four years after it lost power in a 2016 vote marred by fraud claims. Turnout was 48% by 5 p.m., down from 55% at the same time in the last election. Party leader Marko Tadic, 62, told supporters the union would form a government "within weeks", and a new assembly is due to sit on Oct. 1. The opposition Greens, who led polls in the spring, said they would wait for final results, expected on Monday. "May the best team win," Tadic had said after casting his ballot on Sunday morning. The election was postponed from April because of the pandemic.""",
E=[E("Sept 13", "2020-09-13"), E("Sunday's", "2020-09-13"), E("2016", "2016"), E("Oct. 1", "2020-10-01"),
   E("the spring", "2020-SP"), E("Monday", "2020-09-14"), E("Sunday morning", "2020-09-13"), E("April", "2020-04")],
N=[X("48%"), X("5 p.m."), X("62"), X("May", "\"May the best")],
U=[X("four years after"), X("within weeks"), X("the last election")]))

A.append(dict(id="a07", published="2020-12-30", source="Wire", text="""TOKYO, Dec 30 (Wire) - Japan's Nikkei share average ended the year at its highest close since 1989, rising 16% in 2020 despite the pandemic. The index closed at 27,444 on Wednesday, the last trading day of the year, after hitting a low on March 19. Analysts expect the central bank to keep buying exchange-traded funds next year and to review its policy in the spring. The economy shrank at an annualised 28.1% in the April-June quarter, the worst since records began, before rebounding in the July-September period. Brokers said trading volumes would stay thin until Jan. 4, when the market reopens. Industrial output data for November is due on Thursday. A government panel will publish its growth forecast for fiscal 2021 next month.""",
E=[E("Dec 30", "2020-12-30"), E("the year", "2020", "ended the year at"), E("1989", "1989"),
   E("2020", "2020", "in 2020 despite"), E("Wednesday", "2020-12-30"),
   E("the last trading day of the year", ["2020-12-30", "2020"]), E("March 19", "2020-03-19"),
   E("next year", "2021"), E("the spring", "2021-SP"), E("the April-June quarter", "2020-Q2"),
   E("the July-September period", "2020-Q3"), E("Jan. 4", "2021-01-04"), E("November", "2020-11"),
   E("Thursday", "2020-12-31"), E("fiscal 2021", "2021"), E("next month", "2021-01")],
N=[X("16%"), X("27,444"), X("28.1%")],
U=[]))

A.append(dict(id="a08", published="2021-02-05", source="Wire", text="""PARIS, Feb 4 (Wire) - A Paris court on Thursday convicted a former sports minister of embezzlement and handed him a two-year suspended sentence over contracts awarded between 2012 and 2014. Prosecutors said Alain Verdier, 67, steered 3.2 million euros to a firm run by his nephew. The trial opened on Jan. 11 and closing arguments ended last Friday. Verdier, who denies wrongdoing, has 10 days to appeal. His co-defendant, a former aide, will learn her sentence on Friday, the court said. The case first came to light in a 2018 newspaper investigation, and Verdier resigned in October of that year. A separate inquiry into his campaign accounts for the 2017 presidential election is expected to conclude this spring.""",
E=[E("Feb 4", "2021-02-04"), E("Thursday", "2021-02-04"), E("2012", "2012"), E("2014", "2014"),
   E("Jan. 11", "2021-01-11"), E("last Friday", "2021-01-29"), E("Friday", "2021-02-05", "sentence on Friday"),
   E("2018", "2018"), E("October of that year", "2018-10"), E("2017", "2017"), E("this spring", "2021-SP")],
N=[X("two-year"), X("67"), X("3.2 million euros"), X("10 days")],
U=[]))

A.append(dict(id="a09", published="2021-06-19", source="Wire", text="""EASTBOURNE, England, June 19 (Wire) - Top seed Lena Novak beat Greta Holm 6-4 7-5 in Saturday's final to win her third grass-court title, a week after losing in the Berlin semi-finals. Novak, 27, who missed the whole of 2020 with a wrist injury, has now won 14 matches since May. She will head to Wimbledon, which starts on June 28, as one of the favourites. "Last year I watched it on television," Novak said. Holm, the world number 41, reached her first final since the 2018 Hobart International. Organisers said 6,500 fans, the most since the summer of 2019, attended on Friday. The women's tour resumes in North America next month after a two-week break. Novak plays an exhibition on Thursday.""",
E=[E("June 19", "2021-06-19"), E("Saturday's", "2021-06-19"), E("2020", "2020"), E("May", "2021-05", "since May"),
   E("June 28", "2021-06-28"), E("Last year", "2020"), E("2018", "2018"), E("the summer of 2019", "2019-SU"),
   E("Friday", "2021-06-18"), E("next month", "2021-07"), E("Thursday", "2021-06-24")],
N=[X("6-4 7-5"), X("27"), X("14 matches"), X("41"), X("6,500"), X("two-week")],
U=[X("a week after")]))

A.append(dict(id="a10", published="2021-10-26", source="Wire", text="""NEW YORK, Oct 26 (Wire) - Meridian Foods on Tuesday posted a 9% rise in third-quarter profit to $1.14 billion, helped by price increases it pushed through last April. Sales in the quarter ended Sept. 30 rose to $8.3 billion from $7.6 billion a year earlier and were up 3% from the previous quarter. The snack maker raised its outlook for fiscal 2021, which ends in December, and said it would give guidance for next year in February. Chief financial officer Ruth Anand said input costs, which started climbing in late 2020, would keep rising through the first half of 2022. Meridian, founded in 1952, employs 31,000 people. Its shares, up 12% this year, rose 2% before the bell. The company will pay a dividend on Nov. 15 and hold an investor day on Dec. 7.""",
E=[E("Oct 26", "2021-10-26"), E("Tuesday", "2021-10-26"), E("third-quarter", "2021-Q3"),
   E("last April", "2021-04", note="TIDES: most recent April"),
   E("the quarter ended Sept. 30", ["2021-Q3", "2021-09-30"]), E("a year earlier", "2020-Q3"),
   E("the previous quarter", "2021-Q2"), E("fiscal 2021", "2021"), E("December", "2021-12"),
   E("next year", "2022"), E("February", "2022-02"), E("late 2020", "2020"),
   E("the first half of 2022", "2022-H1"), E("1952", "1952"), E("this year", "2021"),
   E("Nov. 15", "2021-11-15"), E("Dec. 7", "2021-12-07")],
N=[X("9%"), X("$1.14 billion"), X("31,000")],
U=[X("before the bell")]))

A.append(dict(id="a11", published="2022-01-03", source="AP", text="""LIMA, Peru (AP) — Lawmakers on Monday opened a debate on a bill to cut fuel taxes, days after protests that shut down highways across the country on New Year's Day. The bill, tabled last month by the Popular Renewal bloc, would freeze prices until June 30. Prime Minister Rosa Quintana, who took office in July, said on Friday that inflation had reached 6.4% last year, the highest since 2008. Congress will vote on the bill on Thursday or Friday, Speaker Luis Ancajima said. Protest leaders marched to the congress building in December and have promised to march again next week. A similar subsidy was scrapped in 2019 after it cost the treasury 1.2 billion soles in a single year. Opinion polls show Quintana's approval at 31%, down from 45% in October.""",
E=[E("Monday", "2022-01-03"), E("New Year's Day", "2022-01-01"), E("last month", "2021-12"),
   E("June 30", "2022-06-30"), E("July", "2021-07"), E("Friday", "2021-12-31", "said on Friday"),
   E("last year", "2021"), E("2008", "2008"), E("Thursday", "2022-01-06"),
   E("Friday", "2022-01-07", "Thursday or Friday"), E("December", "2021-12"), E("next week", "week:2022-01-10"),
   E("2019", "2019"), E("October", "2021-10")],
N=[X("6.4%"), X("marched"), X("march", "march again"), X("1.2 billion soles"), X("31%")],
U=[X("days after"), X("a single year")]))

A.append(dict(id="a12", published="2022-05-17", source="Wire", text="""MANILA, May 17 (Wire) - A magnitude 6.4 earthquake struck the southern island of Mindanao early on Tuesday, killing at least nine people and damaging a hospital that had been rebuilt after a quake in October 2019. The tremor hit at 2:41 a.m. at a depth of 10 km, the seismology institute said. Rescuers led by provincial governor May Santos were searching for 14 people missing in the town of Dalupan. The institute recorded more than 120 aftershocks by midday and warned that stronger ones could follow over the coming days. Schools will stay closed until Monday. A stronger quake on the same fault killed 21 people in 1976. Santos said repairs to the coastal road, a vital Route 7 link, would take until the end of the year. The national budget for disaster relief was cut by 15% in 2021.""",
E=[E("May 17", "2022-05-17"), E("Tuesday", "2022-05-17"), E("October 2019", "2019-10"), E("Monday", "2022-05-23"),
   E("1976", "1976"), E("the end of the year", "2022"), E("2021", "2021")],
N=[X("6.4"), X("2:41 a.m."), X("10 km"), X("May", "governor May Santos"), X("14 people"), X("120 aftershocks"),
   X("midday"), X("Route 7"), X("15%")],
U=[X("the coming days")]))

A.append(dict(id="a13", published="2022-08-11", source="AP", text="""WASHINGTON (AP) — U.S. consumer prices were unchanged in July as gasoline costs fell sharply, the Labor Department said Wednesday, offering a glimmer of relief after inflation hit a 40-year high in June. Compared with a year earlier, prices rose 8.5%, down from 9.1% the month before. Economists had expected a 0.2% monthly gain. Producer price figures released Thursday showed wholesale prices fell 0.5%, the first drop since April 2020. The Federal Reserve, which raised its key rate by three-quarters of a point in both June and July, meets next on Sept. 20-21. Fed officials have signaled further increases this year and cuts possibly in 2023. Average hourly pay rose 5.2% over the past 12 months. Gasoline averaged $4.01 a gallon on Thursday, down from a peak of $5.02 on June 14.""",
E=[E("July", "2022-07", "unchanged in July"), E("Wednesday", "2022-08-10"), E("June", "2022-06", "high in June"),
   E("a year earlier", "2021-07"), E("the month before", "2022-06"), E("Thursday", "2022-08-11", "released Thursday"),
   E("April 2020", "2020-04"), E("June", "2022-06", "both June and"), E("July", "2022-07", "June and July"),
   E("Sept. 20-21", ["2022-09-20/2022-09-21", "2022-09-20"]), E("this year", "2022"), E("2023", "2023"),
   E("Thursday", "2022-08-11", "gallon on Thursday"), E("June 14", "2022-06-14")],
N=[X("40-year"), X("8.5%"), X("monthly"), X("hourly"), X("$4.01")],
U=[X("the past 12 months")]))

A.append(dict(id="a14", published="2022-12-06", source="Wire", text="""NEW YORK, Dec 5 (Wire) - A jury on Monday found a former hedge fund manager guilty of defrauding investors of $190 million, after deliberating for three days. Victor Halloran, 58, faces up to 20 years in prison when he is sentenced on March 16. Prosecutors said the fraud ran from mid-2015 to late 2019, when the fund collapsed. The trial began on Nov. 7 and featured testimony from 31 witnesses, including his former partner, who pleaded guilty last year. Halloran's lawyer said he would appeal. Jury selection in a related civil case will resume on Tuesday. The Securities and Exchange Commission, which sued Halloran in February 2020, is seeking to recover the funds. One investor, a 74-year-old retired teacher, told the court last month she had lost most of her savings.""",
E=[E("Dec 5", "2022-12-05"), E("Monday", "2022-12-05"), E("March 16", "2023-03-16"), E("mid-2015", "2015"),
   E("late 2019", "2019"), E("Nov. 7", "2022-11-07"), E("last year", "2021"), E("Tuesday", "2022-12-06"),
   E("February 2020", "2020-02"), E("last month", "2022-11")],
N=[X("$190 million"), X("three days"), X("58"), X("20 years"), X("31 witnesses"), X("74-year-old")],
U=[]))

A.append(dict(id="a15", published="2023-02-27", source="Wire", text="""MUMBAI, Feb 27 (Wire) - Indian software exporter Kestrel Systems said on Monday its profit for the October-December quarter rose 14% and forecast revenue growth of 8% to 10% for fiscal 2024, which begins on April 1. The Bengaluru-based company, which reports on a fiscal year ending in March, posted net profit of 42.1 billion rupees for its fiscal third quarter, up from 36.9 billion rupees a year ago. Chief executive Anil Mehra said deal wins in the last three months of 2022 were the strongest since 2019. The board approved a share buyback to be completed by the end of June. Kestrel hired 2,400 people in the quarter and plans to add 9,000 more by next March. Its shares, which fell 21% last year, rose 1.6% on Monday.""",
E=[E("Feb 27", "2023-02-27"), E("Monday", "2023-02-27", "said on Monday"), E("the October-December quarter", "2022-Q4"),
   E("fiscal 2024", ["2024", "2023-04-01/2024-03-31"]), E("April 1", "2023-04-01"),
   E("its fiscal third quarter", "2022-Q4", note="Oct-Dec 2022 for an April-March fiscal year"),
   E("a year ago", ["2021-Q4", "2022"]), E("the last three months of 2022", "2022-Q4"), E("2019", "2019"),
   E("the end of June", "2023-06"), E("next March", ["2024-03", "2023-03"]), E("last year", "2022"),
   E("Monday", "2023-02-27", "1.6% on Monday")],
N=[X("14%"), X("42.1 billion rupees"), X("2,400"), X("9,000"), X("21%")],
U=[X("March", "ending in March"), X("the quarter", "people in the quarter")]))

A.append(dict(id="a16", published="2023-04-15", source="Wire", text="""ROUBAIX, France, April 15 (Wire) - Belgian rider Wout Dierckx will start Sunday's Paris-Roubaix as favourite after winning the Tour of Flanders on April 2, the race he lost by a wheel two years ago. Dierckx, 28, crashed in last year's edition and missed three months of racing. Organisers said Saturday that 1,200 metres of cobbles near Arenberg had been repaired this winter. Forecasters expect rain this weekend, the first wet edition since 2002. Dierckx's team, which finished second in the 2022 team rankings, will name its Tour de France squad in early June. The race, first held in 1896, covers 256 km with 29 cobbled sectors. The riders march to the start at 10:15 a.m. behind a brass band.""",
E=[E("April 15", "2023-04-15"), E("Sunday's", "2023-04-16"), E("April 2", "2023-04-02"), E("two years ago", "2021"),
   E("last year's", "2022"), E("Saturday", "2023-04-15"), E("this winter", "2022-WI"),
   E("this weekend", "2023-04-15/2023-04-16"), E("2002", "2002"), E("2022", "2022"), E("early June", "2023-06"),
   E("1896", "1896")],
N=[X("28"), X("three months"), X("1,200 metres"), X("256 km"), X("29 cobbled"), X("march"), X("10:15 a.m.")],
U=[]))

A.append(dict(id="a17", published="2023-07-04", source="Wire", text="""LONDON, July 4 (Wire) - Prime Minister Helen Marsh on Tuesday ruled out an early general election, days after her party lost a by-election in the northern seat of Ashby Moor that it had held since 1974. The vote last Thursday was the party's fourth defeat since January. Marsh, who replaced her predecessor in October 2022, said the next election would be held "in the second half of next year". Under the law it must take place by January 2025. Her finance minister will set out tax plans in the autumn statement on Nov. 22. Opposition leader Karim Dale, 49, said voters would march to the polls "whenever she dares". Parliament breaks for its summer recess on July 20 and returns on Sept. 4. A poll published on Sunday put the opposition 18 points ahead.""",
E=[E("July 4", "2023-07-04"), E("Tuesday", "2023-07-04"), E("1974", "1974"), E("last Thursday", "2023-06-29"),
   E("January", "2023-01", "since January"), E("October 2022", "2022-10"), E("the second half of next year", "2024-H2"),
   E("January 2025", "2025-01"), E("Nov. 22", "2023-11-22"), E("July 20", "2023-07-20"), E("Sept. 4", "2023-09-04"),
   E("Sunday", "2023-07-02")],
N=[X("49"), X("march"), X("18 points")],
U=[X("days after"), X("autumn", "autumn statement"), X("summer recess")]))

A.append(dict(id="a18", published="2023-10-19", source="Wire", text="""MEXICO CITY, Oct 19 (Wire) - Hurricane Lidia's death toll rose to 19 on Thursday, a week after the Category 4 storm slammed into the Pacific coast near Puerto Vallarta. Officials said damage would exceed the 2.4 billion pesos caused by Hurricane Roslyn a year ago. The storm made landfall on the evening of Oct. 10 with winds of 220 kph. Authorities said power had been restored to 90% of homes by Sunday. The hurricane season, which began on May 15, ends on Nov. 30, and forecasters expect one more storm before the end of the month. The state governor said the tourist strip would reopen for the Day of the Dead holiday on Nov. 2. Mexico's previous deadliest Pacific storm, in 1997, killed more than 200 people. Interior ministry data released last week showed insurers had paid out 40% more in the third quarter than in the same period of 2022.""",
E=[E("Oct 19", "2023-10-19"), E("Thursday", "2023-10-19"), E("a year ago", "2022"), E("Oct. 10", "2023-10-10"),
   E("Sunday", "2023-10-15"), E("May 15", "2023-05-15"), E("Nov. 30", "2023-11-30"),
   E("the end of the month", "2023-10"), E("Nov. 2", "2023-11-02"), E("1997", "1997"),
   E("last week", "week:2023-10-09"), E("the third quarter", "2023-Q3"),
   E("the same period of 2022", ["2022-Q3", "2022"])],
N=[X("19", "rose to 19"), X("Category 4"), X("2.4 billion pesos"), X("220 kph"), X("90%"), X("200 people"), X("40%")],
U=[X("a week after"), X("the Day of the Dead"), X("the evening of")]))

A.append(dict(id="a19", published="2024-01-31", source="AP", text="""WASHINGTON (AP) — The Federal Reserve left its benchmark interest rate unchanged on Wednesday for a fourth straight meeting and signaled that it was not yet ready to cut rates, as markets had hoped in December. Chair Lydia Harmon said the central bank would need "greater confidence" before cutting, and that a cut at its next meeting, on March 19-20, was unlikely. The economy grew at a 3.3% annual rate in the fourth quarter and 2.5% for all of 2023, the Commerce Department said last Thursday. Inflation has slowed from a peak of 9.1% in June 2022. Futures traders now see the first cut in May. Harmon, 61, said the Fed would discuss slowing its bond runoff at the spring meetings. The jobs report for January is due Friday. Rates were last raised in July, to a range of 5.25% to 5.5%, the highest since 2001.""",
E=[E("Wednesday", "2024-01-31"), E("December", "2023-12"), E("March 19-20", ["2024-03-19/2024-03-20", "2024-03-19"]),
   E("the fourth quarter", "2023-Q4"), E("2023", "2023"), E("last Thursday", "2024-01-25"), E("June 2022", "2022-06"),
   E("May", "2024-05", "cut in May"), E("January", "2024-01", "report for January"), E("Friday", "2024-02-02"),
   E("July", "2023-07"), E("2001", "2001")],
N=[X("3.3%"), X("9.1%"), X("61"), X("5.25% to 5.5%")],
U=[X("a fourth straight meeting"), X("the spring meetings")]))

A.append(dict(id="a20", published="2024-03-10", source="Wire", text="""LISBON, March 10 (Wire) - Portuguese voters cast ballots on Sunday in a snap election called after Prime Minister Rui Correia resigned in November over a graft probe, barely two years after his party won an outright majority. Exit polls after voting ended at 8 p.m. showed the centre-right Democratic Front narrowly ahead. Final results from Sunday's election are due on Monday, while votes cast abroad will be counted by March 20. The new parliament is expected to meet early next month, and a budget must be passed before the summer. Turnout was 59%, compared with 51% in January 2022. Front leader Luisa Matos, 47, said she would not govern with the far right. The president, whose term ends in 2026, dissolved parliament on Jan. 15. A vote of confidence could come as early as April.""",
E=[E("March 10", "2024-03-10"), E("Sunday", "2024-03-10", "ballots on Sunday"), E("November", "2023-11"),
   E("Sunday's", "2024-03-10"), E("Monday", "2024-03-11"), E("March 20", "2024-03-20"),
   E("early next month", "2024-04"), E("the summer", "2024-SU"), E("January 2022", "2022-01"), E("2026", "2026"),
   E("Jan. 15", "2024-01-15"), E("April", "2024-04")],
N=[X("8 p.m."), X("59%"), X("47")],
U=[X("two years after")]))

A.append(dict(id="a21", published="2024-06-28", source="AP", text="""WASHINGTON (AP) — The Supreme Court ruled 6-3 on Friday that a federal consumer agency overstepped its authority when it capped credit card late fees in March 2023, siding with a group of banks that sued weeks later. Writing for the majority, Justice Paul Emory, 66, said Congress never gave the agency that power in the 2010 law that created it. The cap, which was to take effect on Oct. 1, 2023, had been blocked by a lower court. The justices heard arguments on Dec. 4. Friday's decision, one of 12 issued this week, followed Thursday's ruling on emergency care. The court will release its last opinions on Monday before breaking for the summer. Consumer groups said the fees cost households about $14 billion a year. The agency said it would propose a narrower rule in the fall.""",
E=[E("Friday", "2024-06-28", "6-3 on Friday"), E("March 2023", "2023-03"), E("2010", "2010"),
   E("Oct. 1, 2023", "2023-10-01"), E("Dec. 4", "2023-12-04"), E("Friday's", "2024-06-28"),
   E("this week", "week:2024-06-24"), E("Thursday's", "2024-06-27"), E("Monday", "2024-07-01"),
   E("the summer", "2024-SU"), E("the fall", "2024-FA")],
N=[X("6-3"), X("66"), X("12 issued"), X("$14 billion"), X("a year", "billion a year")],
U=[X("weeks later")]))

A.append(dict(id="a22", published="2024-09-02", source="AP", text="""NEW YORK (AP) — Defending champion Tomas Varga was knocked out of the U.S. Open on Labor Day, losing 7-6, 6-3, 6-4 to unseeded Australian Jack Rennie in the fourth round. Varga, 21, had not lost before the quarterfinals of a major since the 2022 French Open, and had won 20 straight matches on hard courts since last May. Rennie, ranked 88th, plays Wednesday for a place in the semifinals, which are scheduled for Friday and Saturday. The men's final is on Sunday, Sept. 8. Attendance on Sunday was a record 72,000. Varga said he would take a break until the Asian swing in early October. "I will be back next season," he said. Rennie, who turned professional in 2019, will climb into the top 50 when rankings are published on Sept. 9.""",
E=[E("Labor Day", "2024-09-02"), E("2022", "2022"), E("last May", "2024-05", note="TIDES: most recent May"),
   E("Wednesday", "2024-09-04"), E("Friday", "2024-09-06"), E("Saturday", "2024-09-07"),
   E("Sunday, Sept. 8", "2024-09-08"), E("Sunday", "2024-09-01", "Attendance on Sunday"),
   E("early October", "2024-10"), E("2019", "2019"), E("Sept. 9", "2024-09-09")],
N=[X("7-6, 6-3, 6-4"), X("the fourth round"), X("21"), X("20 straight"), X("88th"), X("72,000"), X("top 50")],
U=[X("next season")]))

A.append(dict(id="a23", published="2024-11-15", source="Wire", text="""MINNEAPOLIS, Nov 15 (Wire) - Northstar Home, the U.S. furniture retailer, on Friday reported a surprise loss for the third quarter ended Nov. 2 and cut its full-year forecast for a second time, blaming weak housing sales. Net loss was $38 million, compared with a profit of $52 million in the same quarter last year. Comparable sales fell 6.1%, worse than the 4.2% drop in the previous quarter. The company now expects fiscal 2024 revenue, for the year ending in early February, to fall 5%. It said the holiday season, which starts the day after Thanksgiving on Nov. 28, would be "challenging". Chief executive Dana Whitcombe, 57, said the company would close 14 stores by the end of January and reopen its Chicago flagship in the spring. Shares fell 11% to a low not seen since March 2020. The results were delayed from Tuesday because of a systems outage.""",
E=[E("Nov 15", "2024-11-15"), E("Friday", "2024-11-15"),
   E("the third quarter ended Nov. 2", ["2024-11-02", "2024-08-04/2024-11-02~7"]),
   E("the same quarter last year", ["2023", "2023-08-01/2023-11-04~7"]),
   E("the previous quarter", ["2024-Q2", "2024-05-05/2024-08-03~7"]),
   E("fiscal 2024", ["2024", "2024-02-04/2025-02-01~31"]), E("early February", "2025-02"),
   E("the day after Thanksgiving", "2024-11-29"), E("Nov. 28", "2024-11-28"), E("the end of January", "2025-01"),
   E("the spring", "2025-SP"), E("March 2020", "2020-03"), E("Tuesday", "2024-11-12")],
N=[X("a second time"), X("$38 million"), X("6.1%"), X("57"), X("14 stores"), X("11%")],
U=[X("the holiday season"), X("the year ending", "for the year ending")]))

A.append(dict(id="a24", published="2025-01-06", source="AP", text="""DENVER (AP) — A winter storm that dumped more than 2 feet of snow on parts of Colorado over the weekend was blamed on Monday for at least six deaths, and forecasters warned of more snow by Wednesday. The storm arrived on Saturday, days after a warm spell that pushed temperatures to 64 degrees on New Year's Day. Interstate 70, closed since Sunday morning, reopened at 3 p.m. Monday. More than 40,000 homes lost power, the most since the blizzard of March 2003. Gov. Elena Ruiz declared an emergency on Dec. 28, when the first flakes fell in the mountains. Schools will reopen on Jan. 13, the state education office said. Last winter the state spent $48 million on snow removal, and officials said this season's budget could run out by February. The National Weather Service said the week ahead would be the coldest since 2021.""",
E=[E("the weekend", "2025-01-04/2025-01-05"), E("Monday", "2025-01-06", "blamed on Monday"), E("Wednesday", "2025-01-08"),
   E("Saturday", "2025-01-04"), E("New Year's Day", "2025-01-01"), E("Sunday morning", "2025-01-05"),
   E("Monday", "2025-01-06", "3 p.m. Monday"), E("March 2003", "2003-03"), E("Dec. 28", "2024-12-28"),
   E("Jan. 13", "2025-01-13"), E("Last winter", "2023-WI"), E("February", "2025-02"), E("2021", "2021")],
N=[X("2 feet"), X("six deaths"), X("64 degrees"), X("Interstate 70"), X("40,000"), X("$48 million")],
U=[X("days after"), X("this season's"), X("the week ahead"), X("3 p.m.")]))

A.append(dict(id="a25", published="2025-05-22", source="Wire", text="""LONDON, May 21 (Wire) - British inflation jumped to 3.5% in April from 2.6% in March, the highest since January 2024, official data showed on Wednesday, as a rise in energy bills and water charges took effect. Economists had expected a rate of 3.3%. The Bank of England, which cut rates to 4.25% earlier this month, is expected to hold them at its next meeting on June 19. Deputy Governor Clare Lyndon said inflation would peak at around 3.7% in the third quarter before easing next year. The increase was the biggest monthly jump since the spring of 2022, when prices surged after the invasion of Ukraine. Households face another rise in the energy price cap from July 1. Finance minister Rachel Oduya will deliver her budget in late autumn, having ruled out tax rises in March.""",
E=[E("May 21", "2025-05-21"), E("April", "2025-04"), E("March", "2025-03", "2.6% in March"), E("January 2024", "2024-01"),
   E("Wednesday", "2025-05-21"), E("earlier this month", "2025-05"), E("June 19", "2025-06-19"),
   E("the third quarter", "2025-Q3"), E("next year", "2026"), E("the spring of 2022", "2022-SP"), E("July 1", "2025-07-01"),
   E("late autumn", "2025-FA"), E("March", "2025-03", "tax rises in March")],
N=[X("3.5%"), X("3.3%"), X("4.25%"), X("3.7%"), X("monthly")],
U=[]))

A.append(dict(id="a26", published="2025-08-09", source="Wire", text="""SYDNEY, Aug 9 (Wire) - An Australian court on Friday ordered mining company Redgum Resources to pay A$310 million in compensation to 1,400 former workers exposed to asbestos at its Kalgara mill, which closed in 1966. Justice Miriam Kole said the company had known of the risks since at least the 1960s. The class action was filed in July 2019 and the trial ran for 11 weeks last year. Redgum, which paid a separate A$12 million settlement earlier this year, said it would decide whether to appeal within 28 days. Its shares were suspended on Friday morning. Payments are due to begin next March. Lawyers for the workers, many of them now in their 80s, said two more plaintiffs had died since Christmas. A claim by residents of the nearby town will be heard on Aug. 25. Supporters plan to rally outside the court this weekend.""",
E=[E("Aug 9", "2025-08-09"), E("Friday", "2025-08-08", "court on Friday"), E("1966", "1966"), E("the 1960s", "196X"),
   E("July 2019", "2019-07"), E("last year", "2024"), E("earlier this year", "2025"),
   E("Friday", "2025-08-08", "Friday morning"), E("next March", "2026-03"), E("Christmas", "2024-12-25"),
   E("Aug. 25", "2025-08-25"), E("this weekend", "2025-08-09/2025-08-10")],
N=[X("A$310 million"), X("1,400"), X("11 weeks"), X("A$12 million"), X("28 days"), X("their 80s")],
U=[]))

A.append(dict(id="a27", published="2025-12-18", source="Wire", text="""BRUSSELS, Dec 18 (Wire) - European Union leaders meeting on Thursday agreed to extend sanctions for another six months and to open membership talks with Moldova in the new year, diplomats said. The summit, the last under the Danish presidency, came a day after finance ministers failed to agree on a 2026 budget line for defence. Leaders will meet again on Feb. 12 for an informal retreat, and the bloc's trade chief is due to travel to Beijing in January. "We have spent most of 2025 arguing about money," one diplomat said. The sanctions, first imposed in February 2022, were last renewed in June. Hungary, which blocked a deal at the October summit, abstained. The new rules take effect on Jan. 1, and a review is planned for the third quarter of 2026. The European Parliament votes on the package on Tuesday.""",
E=[E("Dec 18", "2025-12-18"), E("Thursday", "2025-12-18"), E("the new year", "2026"), E("2026", "2026", "a 2026 budget"),
   E("Feb. 12", "2026-02-12"), E("January", "2026-01", "Beijing in January"), E("2025", "2025", "most of 2025"),
   E("February 2022", "2022-02"), E("June", "2025-06"), E("October", "2025-10"), E("Jan. 1", "2026-01-01"),
   E("the third quarter of 2026", "2026-Q3"), E("Tuesday", "2025-12-23")],
N=[X("six months")],
U=[X("a day after")]))

A.append(dict(id="a28", published="2026-02-03", source="Wire", text="""SAN JOSE, Calif., Feb 3 (Wire) - Chipmaker Veltrix Semiconductor on Tuesday reported fourth-quarter revenue of $4.6 billion, up 22% from the year-ago quarter, and forecast first-quarter sales above Wall Street estimates. Full-year revenue for 2025 rose 18% to $16.9 billion. The company, which builds its chips on a 3-nanometre process, said demand from data centres would stay strong through mid-2026. It expects its new Arizona plant, announced in 2023, to start production in the second half of 2027. Chief executive Hana Ito said orders in January were the highest in the company's history. Veltrix will hold its annual meeting on May 14 and pay a quarterly dividend of 9 cents on March 2. Its shares have nearly tripled since October 2024 and closed at $231.50 on Monday.""",
E=[E("Feb 3", "2026-02-03"), E("Tuesday", "2026-02-03"), E("fourth-quarter", "2025-Q4"),
   E("the year-ago quarter", "2024-Q4"), E("first-quarter", "2026-Q1"), E("2025", "2025", "for 2025 rose"),
   E("mid-2026", "2026"), E("2023", "2023"), E("the second half of 2027", "2027-H2"), E("January", "2026-01"),
   E("May 14", "2026-05-14"), E("March 2", "2026-03-02"), E("October 2024", "2024-10"), E("Monday", "2026-02-02")],
N=[X("$4.6 billion"), X("22%"), X("3-nanometre"), X("annual meeting"), X("quarterly"), X("9 cents"), X("$231.50")],
U=[]))

A.append(dict(id="a29", published="2026-04-26", source="Wire", text="""LONDON, April 26 (Wire) - Kenyan runner Ruth Wanjala won Sunday's London Marathon in 2:16:40, breaking the women-only world record she set here two years ago. Wanjala, 31, pulled clear after 35 km and finished 48 seconds ahead of Ethiopia's Tigist Alemu, who won in Tokyo on March 1. "I trained through Easter in the rain," said Wanjala, who missed last autumn's races with a hamstring injury. Organisers said 56,000 runners started, up from 53,000 last year. The men's race, won by Daniel Kiprono in 2:03:12, was slowed by a headwind along the Embankment. Both winners are expected to run at the world championships in Tokyo, which start in mid-September. Wanjala said she would race next in Berlin, in the autumn, then rest until 2027. The race was first run in 1981.""",
E=[E("April 26", "2026-04-26"), E("Sunday's", "2026-04-26"), E("two years ago", "2024"), E("March 1", "2026-03-01"),
   E("Easter", "2026-04-05"), E("last autumn's", "2025-FA"), E("last year", "2025"), E("mid-September", "2026-09"),
   E("the autumn", "2026-FA"), E("2027", "2027"), E("1981", "1981")],
N=[X("2:16:40"), X("31"), X("35 km"), X("48 seconds"), X("56,000"), X("53,000"), X("2:03:12")],
U=[]))

A.append(dict(id="a30", published="2026-07-14", source="Wire", text="""BERLIN, July 14 (Wire) - Floods in western Germany have killed 23 people since Saturday, authorities said on Tuesday, the worst toll since the disaster of July 2021. The Ahr river peaked at 6.2 metres on Sunday night, the day before emergency crews began evacuating 8,000 residents of Bad Lindau. Meteorologists said the region received two months' worth of rain in 48 hours, and warned of more storms later this week. Interior Minister Jonas Pfeiffer, 50, said the government would ask parliament for emergency aid when it returns from its summer break in September. Insurers estimate damage at 4.5 billion euros, the costliest since 2002. Residents who moved back after 2021 said they would march on the state parliament on Friday. The state's flood defence plan, promised a decade ago, is not due to be finished until 2030.""",
E=[E("July 14", "2026-07-14"), E("Saturday", "2026-07-11"), E("Tuesday", "2026-07-14"), E("July 2021", "2021-07"),
   E("Sunday night", "2026-07-12"), E("the day before", "2026-07-12", note="apposition: Sunday, the day before the evacuation"),
   E("later this week", "week:2026-07-13"), E("September", "2026-09"), E("2002", "2002"),
   E("2021", "2021", "after 2021"), E("Friday", "2026-07-17"), E("a decade ago", "2016"), E("2030", "2030")],
N=[X("23 people"), X("6.2 metres"), X("8,000"), X("two months"), X("48 hours"), X("50"), X("4.5 billion euros"), X("march")],
U=[X("summer break")]))
