# Checks gold.py against the built articles (adapted from p11's verify.py): readings parse; weekdays; month/day
# (month-first 'March 21', day-first and ordinal-suffixed) and year agree with the span; holidays and days counted from
# them ('the eve of Diwali', 'the day before Good Friday', 'two weeks after Easter Monday', 'the Monday after Coptic
# Easter', 'the run-up to Diwali', 'within a week of Eid', 'seven weeks after Easter') fall on that year's date in the
# story's country and calendar (western, Orthodox and Coptic Easter computed; national holidays by rule, with
# Colombia's Emiliani Mondays, Ireland's and the Philippines' Mondays, Mexico's Revolution Day and Nigeria's,
# Kenya's, Ghana's, Malaysia's, South Africa's, Turkey's, Egypt's and Romania's own days; Diwali and its days, Vesak and
# Poson, Ramadan, both Eids, Arafat, Ashura, Lebaran, the Hebrew feasts and months, the Persian months and years,
# Hijri months and years, Nyepi and the Lunar New Year from tables checked when this probe was written against
# convertdate, hijridate, lunardate, pymeeus and the holidays package, which verify.py does not need); days counted from
# a story's own event ('the day before the vote', 'a week before the runoff', 'four weeks later', 'H-3'); nth weekdays
# of a month; bare ordinals; 'the week of <date>'; hyphenated and 'from X to/through Y' ranges; relative phrases --
# p1-p11's and p12's new ones ('mid-month', 'the tail end of', 'the run-up to', 'within a week of', 'the last days
# of', 'year to date', 'so far this year', 'the ber months', 'the September half', 'H1 FY26', 'the year to March',
# 'the June quarter', fiscal years of March, June and September year-ends, 'the 1990s and 2000s', 'N years from now',
# 'this time next year') -- and seasons against the publication date or, for quoted speech, the day the speaker spoke
# (SPEAKER); southern seasons (a10, a18); N/X/G spans do not overlap; bodies are 300-390 words; publication dates are
# distinct, cover every month and weekday and the years 2025-2027; prints uncovered temporal words and a table of
# weekday offsets to eyeball; finally feeds p4's scorer a synthetic run that gives every gold item its first reading,
# which must score 100% span and value recall and precision, and checks that every reading (P: ones included) is
# accepted for a claim of its own interval.
# Run from anywhere after build.py:  python3 src/verify.py
# p4's scorer is looked up at ../p4 (the date_probes folder), at $P4_DIR, or at /work/main/benchmarks/date_probes/p4.
import sys, os, re, io, json, tempfile, contextlib, calendar, datetime as dt
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
os.environ['PROBE_DIR'] = PROBE  # p4's scorer reads this probe's gold
P4 = os.environ.get('P4_DIR') or os.path.join(PROBE, '..', 'p4')
if not os.path.exists(os.path.join(P4, 'score.py')): P4 = '/work/main/benchmarks/date_probes/p4'
if not os.path.exists(os.path.join(P4, 'score.py')): sys.exit(f'p4 scorer not found at {P4}: set P4_DIR')
sys.path[:0] = [PROBE, P4]; import gold
sys.path.remove(PROBE); import score
W = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
MON = {'Jan':1,'Feb':2,'March':3,'April':4,'May':5,'June':6,'July':7,'Aug':8,'Sept':9,'Oct':10,'Nov':11,'Dec':12,
       'January':1,'February':2,'August':8,'September':9,'October':10,'November':11,'December':12}
MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December']
MRE = r'(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)'
SUF = r'(?:st|nd|rd|th)?'
td = dt.timedelta
D_ = dt.date.fromisoformat
def easter(y):
    a=y%19;b=y//100;c=y%100;d=b//4;e=b%4;f=(b+8)//25;g=(b-f+1)//3;h=(19*a+b-d-g+15)%30
    i=c//4;k=c%4;l=(32+2*e+2*i-h-k)%7;m=(a+11*h+22*l)//451;mo=(h+l-7*m+114)//31;da=(h+l-7*m+114)%31+1
    return dt.date(y,mo,da)
def julian_easter(y):
    """Orthodox (and Coptic) Easter: the Julian computus, moved to the Gregorian calendar (+13 days in 1900-2099)"""
    a=y%4;b=y%7;c=y%19;d=(19*c+15)%30;e=(2*a+4*b-d+34)%7;m=(d+e+114)//31;da=(d+e+114)%31+1
    return dt.date(y,m,da)+td(13)
def nth_wd(y,m,wd,n):
    d=dt.date(y,m,1); d+=td((wd-d.weekday())%7); return d+td(7*(n-1))
def last_wd(y,m,wd):
    d=dt.date(y+(m==12),m%12+1,1)-td(1); return d-td((d.weekday()-wd)%7)
def monday(d): return d - td(d.weekday())
def next_monday(d): return d + td((7 - d.weekday()) % 7)   # Colombia's Emiliani law: a feast moves to the Monday on or after it
fix = lambda m, d: (lambda y: dt.date(y, m, d))
T = lambda tab: (lambda y: D_(tab[y]) if y in tab else None)
# ---- tables, checked when this probe was written (verify.py does not need the packages) ----
# Hindu feasts of 2025-2026 against the holidays package (IN) and the 2025 festival calendar: Shardiya Navratri began
# 2025-09-22, Dussehra 2025-10-02, Dhanteras 2025-10-18, Diwali 2025-10-20 and 2026-11-08, Bhai Dooj 2025-10-23, Guru
# Nanak Jayanti (Kartik Purnima) 2025-11-05.
HINDU = {'Diwali':{2025:'2025-10-20',2026:'2026-11-08'},'Dhanteras':{2025:'2025-10-18'},'Bhai Dooj':{2025:'2025-10-23'},
         'Navratri':{2025:'2025-09-22'},'Dussehra':{2025:'2025-10-02'},'Guru Nanak Jayanti':{2025:'2025-11-05'}}
# Islamic dates against hijridate's Umm al-Qura calendar: 1 Ramadan 1447 = 2026-02-18 (30 days), 1 Shawwal 1447 =
# 2026-03-20, 1 Dhu al-Qadah 1447 = 2026-04-18 (30 days), 1 Dhu al-Hijjah 1447 = 2026-05-18 (29 days), 9/10 Dhu al-Hijjah
# = 2026-05-26/27, 1 Muharram 1448 = 2026-06-16, 1 Muharram 1449 = 2027-06-06, 1 Ramadan 1448 = 2027-02-08 (29 days),
# 1 Shawwal 1448 = 2027-03-09; Eid al-Fitr 1446 = 2025-03-30, Eid al-Adha 1446 = 2025-06-06 (Arafat 2025-06-05),
# Eid al-Adha 1445 = 2024-06-16 (Arafat 2024-06-15). National days a day later where the country saw the moon later
# (holidays package): Bangladesh's Eid al-Fitr 2025-03-31 and Eid al-Adha 2025-06-07, India's Eid al-Fitr 2025-03-31;
# Indonesia's government Idul Fitri 2026-03-21 and 2027-03-10 (Muhammadiyah 2027-03-09) as the a05 story says;
# Turkey's Ramazan Bayrami 2025-03-30..04-01 and 2026-03-20..22, Kurban Bayrami 2025-06-06..09 and 2026-05-27..30;
# Nigeria's Eid-el-Maulud 2025-09-05; India's Bakrid 2026-05-27 and Muharram (Ashura) 2026-06-26; Bangladesh's Ashura
# 2025-07-06; Malaysia's Hari Raya holidays 2026-03-20..23 and the Prophet's birthday 2026-08-25.
ISL = {'Eid al-Adha':{2024:'2024-06-16',2025:'2025-06-06',2026:'2026-05-27',2027:'2027-05-16'},
       'Eid al-Fitr':{2025:'2025-03-30',2026:'2026-03-20',2027:'2027-03-09'},
       'Day of Arafat':{2024:'2024-06-15',2025:'2025-06-05',2026:'2026-05-26'},
       'Islamic new year':{2026:'2026-06-16'},'first of Muharram':{2026:'2026-06-16'}}
DHQ, DHH = ('2026-04-18','2026-05-17'), ('2026-05-18','2026-06-15')
HIJRI_DAY = {'Dhu al-Qadah': D_(DHQ[0]), 'Dhu al-Hijjah': D_(DHH[0])}   # day 1 of the month (1447)
# Hebrew calendar against convertdate: 1 Tishrei 5787 = 2026-09-12 (Tishrei 30 days), 10 Tishrei 2026-09-21, 15
# Tishrei 2026-09-26, 22 Tishrei (Shemini Atzeret/Simchat Torah in Israel) 2026-10-03, 1 Cheshvan 2026-10-12 (30
# days), 16 Cheshvan 2026-10-27, 1 Elul 5786 2026-08-14 (29 days), 1 Tishrei 5788 2027-10-02; 1 Kislev 5786 =
# 2025-11-21 (30 days), 25 Kislev 5786 = 2025-12-15, 2 Tevet 2025-12-22, 15 Shevat (Tu BiShvat) 2026-02-02; 25 Kislev
# 5787 = 2026-12-05 (first candle the evening before).
HEB = {'Rosh Hashanah':{2026:'2026-09-12'},'Yom Kippur':{2026:'2026-09-21'},'Sukkot':{2026:'2026-09-26'},
       'Simchat Torah':{2026:'2026-10-03'},'Tu BiShvat':{2026:'2026-02-02'}}
HEB_MONTH = {'Elul':('2026-08-14','2026-09-11'),'Tishrei':('2026-09-12','2026-10-11'),'Cheshvan':('2026-10-12','2026-11-10'),
             'Kislev':('2025-11-21','2025-12-20')}
# Persian solar calendar against convertdate.persian: 1 Farvardin 1404 = 2025-03-21, 1 Farvardin 1405 = 2026-03-21,
# 1 Farvardin 1406 = 2027-03-21; 1 Bahman 1404 = 2026-01-21 (30 days), 1 Esfand 1404 = 2026-02-20 (29 days, 1404 not
# leap), 13 Farvardin 1405 = 2026-04-02; the 2026 equinox at 14:46 UT (pymeeus), 18:16 in Tehran.
PERSIAN = {'1404':('2025-03-21','2026-03-20'),'1405':('2026-03-21','2027-03-20'),'Esfand':('2026-02-20','2026-03-20'),
           'Bahman':('2026-01-21','2026-02-19'),'Farvardin':('2026-03-21','2026-04-20')}
MONTH_START = {'Dhu al-Qadah':DHQ[0],'Dhu al-Hijjah':DHH[0],'Kislev':HEB_MONTH['Kislev'][0],'Cheshvan':HEB_MONTH['Cheshvan'][0],
               'Tishrei':HEB_MONTH['Tishrei'][0],'Esfand':PERSIAN['Esfand'][0],'Farvardin':PERSIAN['Farvardin'][0]}
# Buddhist poya days of Sri Lanka against the holidays package (LK): Vesak 2019-05-18, 2025-05-12 (the day after a
# holiday too), 2026-05-01; Poson 2025-06-10; the Sinhala and Tamil New Year 2025-04-14.
POYA = {'Vesak':{2019:'2019-05-18',2025:'2025-05-12',2026:'2026-05-01'},'Poson':{2025:'2025-06-10'}}
LNY = {2027:'2027-02-06'}          # lunardate: Chinese New Year 2027
NYEPI = {2027:'2027-03-08'}        # holidays (ID): Day of Silence 2027
# ---- per-story holidays: doc -> {name: function(year) -> date}; the story's country and calendar ----
COMMON = {'Christmas Eve':fix(12,24),'Christmas Day':fix(12,25),"New Year's Day":fix(1,1),'Halloween':fix(10,31),
 'Good Friday':lambda y:easter(y)-td(2),'Easter Monday':lambda y:easter(y)+td(1),'Easter Sunday':easter,'Easter':easter,
 'Holy Saturday':lambda y:easter(y)-td(1),'Palm Sunday':lambda y:easter(y)-td(7),'western Easter':easter,
 'Orthodox Easter':julian_easter,'Coptic Easter':julian_easter,'Whit Monday':lambda y:easter(y)+td(50),
 'Corpus Christi':lambda y:easter(y)+td(60),'Labour Day':fix(5,1),'May Day':fix(5,1),"Workers' Day":fix(5,1),
 'Lunar New Year':T(LNY),'Chinese New Year':T(LNY),'Nyepi':T(NYEPI),
 'Diwali':T(HINDU['Diwali']),'Dhanteras':T(HINDU['Dhanteras']),'Bhai Dooj':T(HINDU['Bhai Dooj']),
 'Dussehra':T(HINDU['Dussehra']),'Guru Nanak Jayanti':T(HINDU['Guru Nanak Jayanti']),
 'Eid al-Adha':T(ISL['Eid al-Adha']),'Eid al-Fitr':T(ISL['Eid al-Fitr']),'Day of Arafat':T(ISL['Day of Arafat']),
 'Islamic new year':T(ISL['Islamic new year']),'first of Muharram':T(ISL['first of Muharram']),
 'Rosh Hashanah':T(HEB['Rosh Hashanah']),'Yom Kippur':T(HEB['Yom Kippur']),'Sukkot':T(HEB['Sukkot']),
 'Simchat Torah':T(HEB['Simchat Torah']),'Tu BiShvat':T(HEB['Tu BiShvat']),
 'Vesak':T(POYA['Vesak']),'Poson':T(POYA['Poson']),'Independence Day':fix(7,4)}
ortho = {'Easter':julian_easter,'Easter Sunday':julian_easter,'Good Friday':lambda y:julian_easter(y)-td(2),
         'Easter Monday':lambda y:julian_easter(y)+td(1),'Palm Sunday':lambda y:julian_easter(y)-td(7),
         'Whit Monday':lambda y:julian_easter(y)+td(50)}
HOL_DOC = {
 'a01': {'Independence Day':fix(8,15),'Navratri':T(HINDU['Navratri'])},
 'a02': {'National Day':fix(10,1),"Children's Day":fix(5,27),'Democracy Day':fix(6,12),
         'Eid-el-Maulud':T({2025:'2025-09-05'})},
 'a03': {'Madaraka Day':fix(6,1)},
 'a04': {'Feast of the Black Nazarene':fix(1,9),"All Saints' Day":fix(11,1),"All Souls' Day":fix(11,2),
         'Bonifacio Day':fix(11,30),'Rizal Day':fix(12,30),'Feast of the Immaculate Conception':fix(12,8),
         'Ninoy Aquino Day':fix(8,21),'National Heroes Day':lambda y:last_wd(y,8,0)},
 'a05': {'Idul Fitri':T({2027:'2027-03-10'}),'Lebaran':T({2026:'2026-03-21',2027:'2027-03-10'})},
 'a06': {'National Sovereignty and Children\'s Day':fix(4,23),'Ramazan':T({2026:'2026-03-20'})},
 'a08': {"St Patrick's Day":fix(3,17),"St Brigid's Day":lambda y:dt.date(y,2,1) if dt.date(y,2,1).weekday()==4 else nth_wd(y,2,0,1),
         'May bank holiday':lambda y:nth_wd(y,5,0,1),'August bank holiday':lambda y:nth_wd(y,8,0,1),
         "St Stephen's Day":fix(12,26),'Cheltenham':T({2027:'2027-03-16'}),'the festival':T({2027:'2027-03-16'})},
 'a09': {'Independence Day':fix(9,16),'Revolution Day':lambda y:nth_wd(y,11,0,3),'Three Kings Day':fix(1,6),
         'the Day of the Dead':fix(11,2),'feast of the Virgin of Guadalupe':fix(12,12)},
 'a11': {'Sinhala and Tamil New Year':fix(4,14)},
 'a12': {'Sizdah Bedar':T({2026:'2026-04-02'}),'Farvardin':T({2026:PERSIAN['Farvardin'][0]})},
 'a13': {'Dhu al-Qadah':T({2026:DHQ[0]}),'Eid':T(ISL['Eid al-Adha'])},
 'a14': {"National Farmers' Day":lambda y:nth_wd(y,12,4,1)},
 'a15': {'National Day':fix(8,31),'Malaysia Day':fix(9,16),"the Prophet's birthday":T({2026:'2026-08-25'})},
 'a16': dict(ortho, **{'Easter':julian_easter,'Coptic Easter':julian_easter,'western Easter':easter,
         'Sinai Liberation Day':fix(4,25)}),
 'a17': {'Corpus Christi holiday':lambda y:next_monday(easter(y)+td(60)),
         'Sacred Heart holiday':lambda y:next_monday(easter(y)+td(68)),'Saints Peter and Paul holiday':lambda y:next_monday(dt.date(y,6,29))},
 'a18': {'the new school year':T({2027:'2027-01-13'}),'Family Day':lambda y:easter(y)+td(1),'Freedom Day':fix(4,27),'Youth Day':fix(6,16),'Heritage Day':fix(9,24),
         'Day of Reconciliation':fix(12,16)},
 'a19': {'Bakrid':T({2026:'2026-05-27'}),'Muharram':T({2026:'2026-06-26'})},
 'a21': {'Orthodox Christmas Eve':fix(1,6),'Armenian Christmas':fix(1,19),'Christmas night':fix(12,25)},
 'a22': dict(ortho, **{'Orthodox Easter':julian_easter,'western Easter':easter,"Children's Day":fix(6,1),'Saint Mary':fix(8,15)}),
 'a23': {'Ashura':T({2025:'2025-07-06'}),'Eid al-Adha':T({2025:'2025-06-07'}),'Eid al-Fitr':T({2025:'2025-03-31'}),
         'July Mass Uprising Day':fix(8,5),'Pohela Boishakh':fix(4,14)},
}
HOL_DOC['a20'] = {}
# days of a story's own events, for 'the day before the vote', 'a week before the runoff', 'H-3' and the like
EVENTS = {'a07':{'the vote':'2026-10-27'}, 'a10':{'the runoff':'2027-11-21','the vote':'2027-11-21','the first round':'2027-10-24'},
 'a17':{'the vote':'2026-06-21','the runoff':'2026-06-21','the first round':'2026-05-31'},
 'a20':{'the opening match':'2027-06-19','the tournament':'2027-06-19','the final':'2027-07-18'},
 'a19':{'the festival':'2026-11-08'}, 'a25':{'the vote':'2025-11-08','the election':'2025-11-08','the deadline':'2025-11-30'},
 'a03':{'the budget':'2026-06-11','the election':'2027-08-10'},
 'a01':{'Diwali':'2025-10-20'}, 'a11':{'Vesak':'2025-05-12'}, 'a21':{'Christmas':'2025-12-25'},
 'a09':{'the Day of the Dead':'2025-11-02'}, 'a06':{'the Bayram':'2026-03-20','the holiday':'2026-03-20'},
 'a22':{'Easter':'2027-05-02'}, 'a18':{'Heritage Day':'2027-09-24'}, 'a08':{'the festival':'2027-03-16'}}
LEBARAN = {'a05': D_('2027-03-10')}      # Indonesia's 'H-n' / 'H+n' count from the government's Idul Fitri
# multi-day spans: (doc, name) -> (first, last) of the first R: reading
MULTI = {('a06','Kurban Bayramı'):('2026-05-27','2026-05-30'), ('a04','the ber months'):('2026-09-01','2026-12-31'),
 ('a21','Hanukkah'):('2025-12-15','2025-12-22'), ('a07','Sukkot'):('2026-09-26','2026-10-02'),
 ('a07','Tishrei'):HEB_MONTH['Tishrei'], ('a07','Elul'):HEB_MONTH['Elul'], ('a07','Cheshvan'):HEB_MONTH['Cheshvan'],
 ('a07','the year 5787'):('2026-09-12','2027-10-01'), ('a07','the Days of Awe'):('2026-09-12','2026-09-21'),
 ('a12','the Iranian year 1405'):PERSIAN['1405'], ('a12','1404'):PERSIAN['1404'], ('a12','Esfand'):PERSIAN['Esfand'],
 ('a12','this Esfand'):PERSIAN['Esfand'], ('a12','Bahman'):PERSIAN['Bahman'], ('a12','the month to Feb. 19'):PERSIAN['Bahman'],
 ('a12','The Nowruz holidays'):('2026-03-21','2026-03-24'), ('a12','first week of Farvardin'):('2026-03-21','2026-03-27'),
 ('a13','Dhu al-Hijjah'):DHH, ('a13','the year 1448'):('2026-06-16','2027-06-05'), ('a05','the year 1448'):('2026-06-16','2027-06-05'),
 ('a05','Ramadan'):('2027-02-09','2027-03-09'), ('a06','Ramadan'):('2026-02-19','2026-03-19'),
 ('a11','the Buddhist year 2569'):('2025-05-12','2026-04-30'), ('a23','1432'):('2025-04-14','2026-04-13'),
 ('a16','Holy Week'):(str(julian_easter(2026)-td(7)),str(julian_easter(2026)-td(1))),
 ('a22','Holy Week'):(str(julian_easter(2027)-td(7)),str(julian_easter(2027)-td(1))),
 ('a09','the 26 days from Dec. 12 to Jan. 6'):('2025-12-12','2026-01-06'),
 ('a01','last year\'s'):('2024-10-03','2024-11-13'),                 # Navratri 2024 began Oct. 3; 42 days
 ('a15','since the Hari Raya holidays'):('2026-03-20','2026-03-23'), ('a18','the Easter weekend'):(str(easter(2027)-td(2)),str(easter(2027)+td(1))),
 ('a16','the Eid al-Adha holiday'):('2026-05-26','2026-05-29'), ('a11','the long weekend'):('2025-05-10','2025-05-13')}
# readings fixed by the tables: (doc, span, occurrence) -> the first reading it must have
EXTRA = {('a05','Wednesday, March 10',1):'D:2027-03-10', ('a05','March 9',2):'D:2027-03-09',
 ('a05','Feb. 8',1):'D:2027-02-08', ('a05','last year\'s Lebaran',1):'D:2026-03-21', 
 ('a05','Monday, March 8',1):f'D:{NYEPI[2027]}',
 ('a06','Friday, March 20',1):'D:2026-03-20', ('a06','from March 30 to April 1',1):'R:2025-03-30..2025-04-01',
 ('a06',"last June's",1):'R:2025-06-06..2025-06-09', ('a06','from May 27 to May 30',1):'R:2026-05-27..2026-05-30',
 ('a07','the 16th of Cheshvan',1):'D:2026-10-27', 
 
 ('a07','Friday',1):f"D:{D_(HEB['Rosh Hashanah'][2026])-td(1)}",
 ('a11','Monday, May 12',1):f"D:{POYA['Vesak'][2025]}", ('a11','June 10',1):f"D:{POYA['Poson'][2025]}",
 ('a11','May 1',1):f"D:{POYA['Vesak'][2026]}", ('a11','May 18',1):f"D:{POYA['Vesak'][2019]}",
 ('a12','March 21',1):f"D:{PERSIAN['1405'][0]}", ('a12','March 20',1):f"D:{PERSIAN['1404'][1]}",
 ('a12','the 29th of Esfand',1):f"D:{PERSIAN['1404'][1]}", 
 ('a12','Tuesday, March 17',1):'D:2026-03-17', ('a12','the eve of the last Wednesday of the year',1):'D:2026-03-17',
 ('a12','the 13th',2):'D:2026-04-02',
 ('a13','Monday, May 18',1):f'D:{DHH[0]}', ('a13','the 29th of Dhu al-Qadah',1):'D:2026-05-16',
 ('a13','the 8th of Dhu al-Hijjah',1):f'D:{D_(DHH[0])+td(7)}', ('a13','Tuesday, May 26',1):f"D:{ISL['Day of Arafat'][2026]}",
 ('a13','the 13th',1):f'D:{D_(DHH[0])+td(12)}', ('a13','June 15',1):f'D:{DHH[1]}', 
 ('a13','the 15th of Dhu al-Qadah',1):f'D:{D_(DHQ[0])+td(14)}', ('a13','the first day of Dhu al-Qadah',1):f'D:{DHQ[0]}',
 ('a13','the 4th of Dhu al-Hijjah',1):f'D:{D_(DHH[0])+td(3)}', ('a13','June 5',1):f"D:{ISL['Day of Arafat'][2025]}",
 ('a13','the second day of Eid',1):f"D:{D_(ISL['Eid al-Adha'][2024])+td(1)}",
 ('a16','April 13',1):f'D:{julian_easter(2026)+td(1)}', 
 ('a16','Feb. 16',1):f'D:{julian_easter(2026)-td(55)}', ('a16','April 20',1):f'D:{julian_easter(2025)}',
 
 ('a21','the evening of Sunday, Dec. 14',1):'D:2025-12-14', ('a21','the 24th of Kislev',1):'D:2025-12-14',
 ('a21','the 25th',1):'D:2025-12-15', ('a21','The eighth night',1):'D:2025-12-21', ('a21','Jan. 19',1):'D:2026-01-19',
 ('a21','Feb. 2',1):f"D:{HEB['Tu BiShvat'][2026]}", 
 ('a22','May 2',1):f'D:{julian_easter(2027)}', 
 
 ('a22','last Easter',1):f'D:{julian_easter(2026)}',
 ('a01','Oct. 18',1):f"D:{HINDU['Dhanteras'][2025]}", ('a01','Sept. 22',1):f"D:{HINDU['Navratri'][2025]}",
 ('a19','May 27',1):'D:2026-05-27', ('a19','June 26',1):'D:2026-06-26',
 ('a23','June 7',1):'D:2025-06-07', }
# bare ordinals of another calendar ('the 13th' of Farvardin or Dhu al-Hijjah, 'the 25th' of Kislev): fixed by EXTRA
OTHER_ORD = {('a12','the 13th'), ('a13','the 13th'), ('a21','the 25th')}
# quoted or reported speech whose relative dates count from the day the story says it was spoken
SPEAKER = {('a05','Tomorrow',1):'2027-02-18', ('a05','next week',1):'2027-02-18', ('a05','Last year',1):'2027-02-18',
 ('a07','Next week',1):'2026-09-08', ('a08','Tomorrow',1):'2027-01-08',
 ('a08','the spring',1):'2027-01-08', ('a10','Tonight',1):'2027-10-24', ('a10','tomorrow',1):'2027-10-24', ('a10','the next four weeks',1):'2027-10-24',
 ('a11','Sunday',3):'2025-05-08', ('a16','Last month',1):'2026-04-06', ('a16','This month',1):'2026-04-06',
 ('a18','This time next year',1):'2027-01-11', ('a18','A decade ago',1):'2027-01-11',
 ('a23','Next week',1):'2025-07-05', ('a13','Last year',1):'2026-05-13', ('a13','This year',1):'2026-05-13'}
SOUTH = {'a10','a18'}   # southern-hemisphere stories: a season named there carries R: and the northern label
FLIP = {'spring':'autumn','summer':'winter','autumn':'spring','winter':'summer'}
# fiscal year-ends by story: doc -> month the year ends; a fiscal year is named by the year it ends
FYE = {'a01':3, 'a03':6, 'a15':6, 'a16':6, 'a23':6, 'a24':9}
errs = 0
def err(*a):
    global errs; errs += 1; print('ERR', *a)
NUM = {'a':1,'one':1,'two':2,'three':3,'four':4,'five':5,'six':6,'seven':7,'eight':8,'nine':9,'ten':10,'twelve':12,
       'twenty':20,'forty':40,'fifty':50,'a hundred':100}
SEAS = {'spring':(3,5),'summer':(6,8),'autumn':(9,11),'fall':(9,11),'winter':(12,2)}
def season_span(name, y):
    a, b = SEAS[name]; return dt.date(y, a, 1), score.mend(y + (b < a), b)
def fy(doc, y):
    """the fiscal year of story doc that ends in year y"""
    m = FYE[doc]; end = score.mend(y, m); start = score.mend(y - 1, m) + td(1); return start, end
def prev_month_start(d):
    return (d.replace(day=1) - td(1)).replace(day=1)
def rel_checks(doc, span, alts, pub):
    """relative expressions against the publication date (or the speaker's day)"""
    s = span.lower(); rd = [a for a in alts if not a.startswith('P:')]
    Y = [int(a[2:]) for a in rd if a.startswith('Y:')]
    Ms = [a[2:] for a in rd if a.startswith('M:')]
    MINs = [a[4:] for a in rd if a.startswith('MIN:')]
    Ds = [D_(a[2:]) for a in rd if a.startswith('D:')]
    Ws = [D_(a[2:]) for a in rd if a.startswith('W:')]
    Ss = [a[2:] for a in rd if a.startswith('S:')]
    Rs = [tuple(map(D_, a[2:].split('..'))) for a in rd if a.startswith('R:')]
    INs = [tuple(map(D_, a[3:].split('..'))) for a in rd if a.startswith('IN:')]
    def need(cond, what):
        if not cond: err(doc, span, what, alts, 'ref', pub)
    if s in ('this year', "this year's"): need(pub.year in Y, 'this year')
    if s in ('last year', "last year's"): need(pub.year - 1 in Y or f'P:Y:{pub.year - 1}' in alts, 'last year')
    if s in ('next year', "next year's"): need(pub.year + 1 in Y, 'next year')
    if s in ('today', 'tonight', 'this morning', 'this afternoon'): need(Ds == [pub], 'today')
    if s == 'tomorrow': need(Ds == [pub + td(1)], 'tomorrow')
    if s == 'yesterday': need(Ds == [pub - td(1)], 'yesterday')
    m = re.fullmatch(r'(two|three) weeks from (tonight|today)', s)
    if m: need(Ds == [pub + td(7 * NUM[m.group(1)])], 'weeks from today')
    m = re.fullmatch(r'([\w-]+) (days|months|years) ago', s)
    if m:
        n = NUM.get(m.group(1)) or int(m.group(1))
        if m.group(2) == 'years': need(pub.year - n in Y, 'years ago')
        elif m.group(2) == 'days': need(pub - td(n) in Ds, 'days ago')
        else:
            mm = pub.year * 12 + pub.month - 1 - n; need(f'{mm // 12}-{mm % 12 + 1:02d}' in Ms, 'months ago')
    m = re.fullmatch(r'(two|three) weeks ago', s)
    if m: need(pub - td(7 * NUM[m.group(1)]) in Ds, 'weeks ago')
    m = re.fullmatch(r'(\w+) years from now', s)
    if m: need(Y == [pub.year + NUM[m.group(1)]], 'years from now')
    if s == 'a decade ago': need(pub.year - 10 in Y, 'a decade ago')
    if s == 'last week': need(monday(pub) - td(7) in Ws, 'last week')
    if s == 'this week': need(monday(pub) in Ws, 'this week')
    if s == 'next week': need((monday(pub) + td(7)) in Ws, 'next week')
    if s == 'the week after next': need(Ws == [monday(pub) + td(14)], 'the week after next')
    if s in ('this month', 'earlier this month'): need(f'{pub:%Y-%m}' in Ms, 'this month')
    if s == 'last month':
        lm = pub.replace(day=1) - td(1); need(f'{lm:%Y-%m}' in Ms, 'last month')
    if s == 'next month':
        nm = (pub.replace(day=1) + td(32)); need(f'{nm:%Y-%m}' in Ms, 'next month')
    if s == 'later this month':
        need(f'{pub:%Y-%m}' in Ms and INs and INs[0][0] == pub, 'later this month')
    if s == 'this weekend':
        sat = pub + td((5 - pub.weekday()) % 7); need(f'R:{sat}..{sat + td(1)}' in rd, 'this weekend')
    if s == 'last weekend':
        sat = pub - td((pub.weekday() - 5) % 7 or 7); need(f'R:{sat}..{sat + td(1)}' in rd, 'last weekend')
    if s == 'this time next year': need(pub.replace(year=pub.year + 1) in Ds and pub.year + 1 in Y, 'this time next year')
    m = re.fullmatch(r'(since )?(last|next|this) (\w+)', s)
    if m and m.group(3).capitalize() in MONTHS:
        mo = MONTHS.index(m.group(3).capitalize()) + 1
        yy = pub.year - (mo >= pub.month) if m.group(2) == 'last' else pub.year + (mo <= pub.month)
        if m.group(2) != 'this': need(f'{yy}-{mo:02d}' in Ms, 'last/next month name')
    if m and m.group(3).capitalize() in W:
        off = [(d - pub).days for d in Ds]
        want = {'last': lambda o: -7 <= o < 0, 'next': lambda o: 0 < o <= 7, 'this': lambda o: 0 <= o < 7}[m.group(2)]
        need(Ds and all(want(o) for o in off), 'last/next/this weekday')
    m = re.fullmatch(r'the next (two|three|four|five|six) weeks', s)
    if m: need(Rs and Rs[0] == (pub + td(1), pub + td(7 * NUM[m.group(1)])), 'the next N weeks')
    m = re.fullmatch(r'(?:the )?last (two|three|four|five|six) weeks', s)
    if m: need(Rs and Rs[0] == (pub - td(7 * NUM[m.group(1)]), pub - td(1)), 'the last N weeks')
    # p12's forms
    if s == 'mid-month': need(len(MINs) == 1, 'mid-month: MIN: of the month in focus')
    m = re.fullmatch(r'the tail end of (\d{4})', s)
    if m:
        y = int(m.group(1)); need(f'IN:{y}-10-01..{y}-12-31' in rd and f'YIN:{y}' in rd, 'tail end of a year: its last quarter')
    m = re.fullmatch(r'the tail end of (the fiscal year|last season)', s)
    if m:
        pr = [tuple(map(D_, a[4:].split('..'))) for a in alts if a.startswith('P:R:')]
        e = pr[0][1] if pr else None; k = e.year * 12 + e.month - 1 - 2 if e else 0
        need(e and INs and INs[0] == (dt.date(k // 12, k % 12 + 1, 1), e), 'tail end of a period: IN: of its last quarter')
    m = re.fullmatch(r'the last days of (.+)', s)
    if m:
        pr = [tuple(map(D_, a[4:].split('..'))) for a in alts if a.startswith('P:R:')]
        pm = [a[4:] for a in alts if a.startswith('P:M:')]
        end = pr[0][1] if pr else score.mend(*map(int, pm[0].split('-'))) if pm else None
        need(end and INs and INs[0] == (end - td(6), end), 'the last days of: IN: of its last seven days')
    if s in ('year to date', 'year-to-date', 'so far this year'):
        need(Rs and Rs[0][1] <= pub and Rs[0][0].day == 1, 'year to date: R: from the year\'s first day')
    m = re.fullmatch(r'the (march|june|september|december) quarter', s)
    if m:
        q = {'march':1,'june':2,'september':3,'december':4}[m.group(1)]
        need(any(a.startswith('Q:') and a.endswith(f'Q{q}') for a in rd), 'the <month> quarter')
    if s == 'the september half':
        need(Rs and (Rs[0][0].month, Rs[0][0].day, Rs[0][1].month, Rs[0][1].day) == (4, 1, 9, 30) and Rs[0][0].year == Rs[0][1].year,
             'the September half: the six months to Sept. 30')
    m = re.fullmatch(r'(h[12]|q[1-4]) fy(\d\d)', s)
    if m and doc in FYE:
        a, b = fy(doc, 2000 + int(m.group(2)))
        k = int(m.group(1)[1]); n = 6 if m.group(1)[0] == 'h' else 3
        st = (a.replace(day=1) + td(31 * n * (k - 1) + 1)).replace(day=1) if k > 1 else a
        en = score.mend(*(lambda x: (x // 12, x % 12 + 1))(st.year * 12 + st.month - 1 + n - 1))
        need((st, en) in Rs or any(a2 == f'Q:{st.year}-Q{(st.month - 1) // 3 + 1}' for a2 in rd), f'{m.group(1)} fy: {st}..{en}')
    m = re.fullmatch(r'(?:since )?(?:fy|fiscal )(\d{4}|\d\d)', s)
    if m and doc in FYE:
        y = int(m.group(1)) % 100 + 2000; a, b = fy(doc, y)
        need(rd[0] == f'R:{a}..{b}' and f'P:Y:{y}' in alts, 'fiscal year by year-end')
    m = re.fullmatch(r'fy(\d{4})/(\d\d)', s)
    if m and doc in FYE:
        y = int(m.group(2)) + 2000; a, b = fy(doc, y); need(rd[0] == f'R:{a}..{b}', 'FY2026/27')
    m = re.fullmatch(r'the year to (march|june|september)', s)
    if m and doc in FYE:
        need(Rs and Rs[0][1].month == FYE[doc] and Rs[0][1].day == calendar.monthrange(Rs[0][1].year, FYE[doc])[1]
             and Rs[0][0] == fy(doc, Rs[0][1].year)[0], 'the year to <month>')
    m = re.fullmatch(r'the (\d{4})/(\d\d) (financial|fiscal) year', s)
    if m and doc in FYE:
        y = int(m.group(2)) + 2000; a, b = fy(doc, y); need(rd[0] == f'R:{a}..{b}', 'the yyyy/yy financial year')
    m = re.fullmatch(r'the (\d{4})[/-](\d\d) (season|academic session|jumps season|session)', s)
    if m:
        y1, y2 = int(m.group(1)), 2000 + int(m.group(2))
        need(f'RY:{y1}..{y2}' in rd and f'P:Y:{y1}' in alts, 'season RY: and P: first year')
    if s == 'the ber months': need(Rs and (Rs[0][0].month, Rs[0][0].day, Rs[0][1].month, Rs[0][1].day) == (9, 1, 12, 31), 'the ber months')
    if 'the 1990s and 2000s' in s: need(rd == ['RY:1990..2009', 'DEC:1990', 'DEC:2000'], 'the 1990s and 2000s')
    m = re.fullmatch(r'h([-+])(\d+)', s)
    if m and doc in LEBARAN:
        want = LEBARAN[doc] + td(int(m.group(2)) * (1 if m.group(1) == '+' else -1)); need(Ds == [want], 'H-n/H+n')
    # seasons
    m = re.fullmatch(r'(since )?(last|next|this) (spring|summer|autumn|fall|winter)', s)
    if m:
        name = 'autumn' if m.group(3) == 'fall' else m.group(3)
        if doc in SOUTH: name = FLIP[name]
        spans = {y: season_span(name, y) for y in range(pub.year - 2, pub.year + 3)}
        cur = [y for y, (a, b) in spans.items() if a <= pub <= b]
        if m.group(2) == 'last': want = max(y for y, (a, b) in spans.items() if b < pub)
        elif m.group(2) == 'next': want = min(y for y, (a, b) in spans.items() if a > pub)
        else: want = cur[0] if cur else None
        if want is None: print(f'   season {doc} {pub} {span!r} -> {Ss} (not the current season: check by hand)')
        else:
            need(f'{name}-{want}' in Ss, f'season {name}-{want}')
            if doc in SOUTH:
                a, b = season_span(name, want); need(f'R:{a}..{b}' in alts, 'southern season R:')
    m = re.fullmatch(r'(early|late) (spring|summer|autumn|winter)', s)
    if m and doc in SOUTH:
        pr = [a[4:].split('..') for a in alts if a.startswith('P:R:')]
        a0, b0 = map(D_, pr[0]); mid = a0 + td(((b0 - a0).days + 1) // 2)
        want = f'IN:{a0}..{mid - td(1)}' if m.group(1) == 'early' else f'IN:{mid}..{b0}'
        need(want in rd, 'southern season half')
def hin(h, s):
    return re.search(r'(?<!\w)' + re.escape(h.lower()) + r'(?!\w)', s.lower()) is not None
def hols(doc):
    d = dict(COMMON); d.update(HOL_DOC.get(doc, {})); return d
def anchor(doc, name, y):
    """the date of a named day or event in story doc, in year y (None if unknown)"""
    ev = EVENTS.get(doc, {})
    for k in sorted(ev, key=len, reverse=True):
        if name.lower().strip() == k.lower(): return D_(ev[k])
    H = hols(doc)
    for h in sorted(H, key=len, reverse=True):
        if hin(h, name):
            for yy in (y, y + 1, y - 1):
                v = H[h](yy)
                if v is not None and abs((v - dt.date(y, 6, 30)).days) < 400: return v
    return None
def hol_check(doc, span, alts):
    Ds = [D_(a[2:]) for a in alts if a.startswith('D:')]
    Rs = [tuple(map(D_, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    Ws = [D_(a[2:]) for a in alts if a.startswith('W:')]
    INs = [tuple(map(D_, a[3:].split('..'))) for a in alts if a.startswith('IN:')]
    Pd = [D_(a[4:]) for a in alts if a.startswith('P:D:')]
    y = (Ds or [r[1] for r in Rs] or Ws or [i[1] for i in INs] or Pd or [None])[0]
    if y is None: return
    y = y.year
    if (doc, span) in MULTI:
        a, b = MULTI[(doc, span)]
        if not Rs or Rs[0] != (D_(a), D_(b)): err(doc, span, 'multi-day span mismatch', Rs[:1], a, b)
        return
    if span.startswith('the last day of '): print(f'   last day not checked: {doc} {span!r} {alts}'); return
    m = re.fullmatch(r'the (\d+)(?:st|nd|rd|th) of (Dhu al-Qadah|Dhu al-Hijjah|Kislev|Cheshvan|Tishrei|Esfand|Farvardin)', span)
    if m:   # a day of a month of another calendar: the month's first day (from the tables) + n - 1
        want = D_(MONTH_START[m.group(2)]) + td(int(m.group(1)) - 1)
        if not Ds or Ds[0] != want: err(doc, span, 'day of month of another calendar', Ds, want)
        return
    m = re.fullmatch(r'the (second|third|fourth) day of (.+)', span)
    if m:
        base = anchor(doc, m.group(2), y)
        want = base + td({'second':1,'third':2,'fourth':3}[m.group(1)]) if base else None
        if not Ds or Ds[0] != want: err(doc, span, 'nth day of a feast', Ds, want)
        return
    m = re.fullmatch(r'(?:the )?(eve|day before|day after|first day) of (.+)', span) or re.fullmatch(r'the (eve|day before|day after) (?:of )?(.+)', span)
    if m:
        inner = m.group(2)
        mm = re.fullmatch(r'the eve of (.+)', inner)      # 'the day before the eve of Rosh Hashanah'
        base = anchor(doc, mm.group(1) if mm else inner, y)
        if base is None:
            if re.fullmatch(r'the eve of the last Wednesday of the year', span) is None: print(f'   relative day not checked: {doc} {span!r} {alts}')
            return
        if mm: base -= td(1)
        off = {'eve':-1,'day before':-1,'day after':1,'first day':0}[m.group(1)]
        if not Ds or Ds[0] != base + td(off): err(doc, span, 'eve/day before/after mismatch', Ds, base + td(off))
        return
    m = re.fullmatch(r'(?:a|one|two|three|four|five|six|seven|\d+) weeks? (before|after) (.+)', span)
    if m:
        n = NUM.get(span.split()[0].lower()) or int(span.split()[0])
        base = anchor(doc, m.group(2), y)
        if base is None: print(f'   weeks before/after not checked: {doc} {span!r}'); return
        want = base + td(7 * n * (1 if m.group(1) == 'after' else -1))
        if not Ds or Ds[0] != want: err(doc, span, 'weeks before/after mismatch', Ds, want)
        return
    m = re.fullmatch(r'the (week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (after|before) (.+)', span)
    if m:
        base = anchor(doc, m.group(3), y)
        if base is None: print(f'   relative day not checked: {doc} {span!r}'); return
        sign = 1 if m.group(2) == 'after' else -1
        if m.group(1) == 'week':   # the week before a Sunday is the one that ends on the Saturday before it
            want = monday(base) + td(7 * sign) if not (sign < 0 and base.weekday() == 6) else monday(base)
            if want not in Ws: err(doc, span, 'week before/after mismatch', Ws, want)
        else:
            d = base + td(sign)
            while d.weekday() != W.index(m.group(1)): d += td(sign)
            if not Ds or Ds[0] != d: err(doc, span, 'weekday before/after mismatch', Ds, d)
        return
    m = re.fullmatch(r'the run-up to (.+)', span)
    if m:
        base = anchor(doc, m.group(1), y)
        if base is None: print(f'   run-up not checked: {doc} {span!r}'); return
        want = f'IN:{prev_month_start(base)}..{base - td(1)}'
        if alts[0] != want or f'P:D:{base}' not in alts: err(doc, span, 'run-up: IN: from the first of the month before', alts, want)
        return
    m = re.fullmatch(r'within a week of (.+)', span)
    if m:
        base = anchor(doc, m.group(1), y)
        if base is None: print(f'   within a week not checked: {doc} {span!r}'); return
        if alts[0] != f'IN:{base}..{base + td(7)}' or f'P:D:{base}' not in alts: err(doc, span, 'within a week of: IN:day..day+7', alts)
        return
    if not Ds: return
    H = hols(doc)
    for h in sorted(H, key=len, reverse=True):
        if hin(h, span):
            f = H[h]
            if not any(f(d.year) is not None and d == f(d.year) for d in Ds): err(doc, span, 'holiday mismatch', Ds, f(Ds[0].year))
            return
    if re.search(r"Day|Eve\b|Easter|Christmas|holiday|Eid|Festival|Feast|Hanukkah|Vesak|Bayram", span):
        print(f'   holiday not checked: {doc} {span!r} {alts}')
ORD = {'first':1,'second':2,'third':3,'fourth':4}
def more_checks(doc, span, alts, pub):
    """nth weekdays of a month, nth weekends, bare ordinals, 'the week of <date>', 'the weekend of <date>',
    day-first dates, 'the first week of <month>' and 'from <date> to/through <date>' ranges"""
    Ds = [D_(a[2:]) for a in alts if a.startswith('D:')]
    Rs = [tuple(map(D_, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    Ws = [D_(a[2:]) for a in alts if a.startswith('W:')]
    Pd = [D_(a[4:]) for a in alts if a.startswith('P:D:')]
    m = re.fullmatch(r'the (first|second|third|fourth|last) (\w+day) (?:in|of) (\w+)', span)
    if m and m.group(3) in MONTHS:
        d = Ds[0]; mo = MONTHS.index(m.group(3)) + 1; wd = W.index(m.group(2))
        want = last_wd(d.year, mo, wd) if m.group(1) == 'last' else nth_wd(d.year, mo, wd, ORD[m.group(1)])
        if Ds != [want]: err(doc, span, 'nth weekday mismatch', Ds, want)
    m = re.fullmatch(r'the first weekend of (\w+)', span)
    if m and m.group(1) in MONTHS:
        sat = nth_wd(Rs[0][0].year, MONTHS.index(m.group(1)) + 1, 5, 1)
        if Rs[0] != (sat, sat + td(1)): err(doc, span, 'first weekend mismatch', Rs[0], sat)
    m = re.fullmatch(r'the (first|second|third|last) week of (\w+)', span)
    if m and m.group(2) in MONTHS:
        mo = MONTHS.index(m.group(2)) + 1; y = (Ws or [x[0] for x in Rs])[0].year
        if Ws and m.group(1) != 'last' and Ws[0] not in (nth_wd(y, mo, 0, ORD[m.group(1)]), monday(dt.date(y, mo, 1))):
            err(doc, span, 'nth week of month: W: is not its nth Monday', Ws)
    m = re.fullmatch(r'the (\d{1,2})(st|nd|rd|th)', span)
    if m and (doc, span) not in OTHER_ORD and (not Ds or not all(d.day == int(m.group(1)) for d in Ds)): err(doc, span, 'bare ordinal mismatch', Ds)
    m = re.fullmatch(r'the (\d{1,2})(st|nd|rd|th) of (' + '|'.join(MONTHS) + ')', span)
    if m and (not Ds or (Ds[0].month, Ds[0].day) != (MONTHS.index(m.group(3)) + 1, int(m.group(1)))): err(doc, span, 'ordinal of month mismatch', Ds)
    m = re.fullmatch(r'the week of ' + MRE + r'\.? (\d{1,2})', span)
    if m:
        wk = (MON[m.group(1)], int(m.group(2)))
        if not Pd or (Pd[0].month, Pd[0].day) != wk or Ws != [monday(Pd[0])]: err(doc, span, 'week of mismatch', Ws, Pd)
    m = re.fullmatch(r'the weekend of ' + MRE + r'\.? (\d{1,2})', span)
    if m:
        sat = Rs[0][0]
        if not (sat.weekday() == 5 and Rs[0][1] == sat + td(1) and (sat.month, sat.day) == (MON[m.group(1)], int(m.group(2)))):
            err(doc, span, 'weekend of mismatch', Rs[0])
    m = re.fullmatch(r'(?:from|between) (.+?) (?:to|through|and) (.+)', span)
    if m and Rs:
        def md(x):
            x = re.sub(r'^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ', '', x)
            q = re.match(MRE + r'\.? (\d{1,2})' + SUF + r'\b', x)
            return (MON[q.group(1)], int(q.group(2))) if q else None
        a, b = md(m.group(1)), md(m.group(2).rstrip(','))
        if a and b and ((Rs[0][0].month, Rs[0][0].day), (Rs[0][1].month, Rs[0][1].day)) != (a, b):
            err(doc, span, 'from-to range mismatch', Rs[0], a, b)
        if a and b and not (Rs[0][0] in Ds and Rs[0][1] in Ds): err(doc, span, 'from-to range ends not listed as D:')
        if a and b and Rs[0][1] < Rs[0][0]: err(doc, span, 'range runs backwards')
def range_check(doc, span, alts):
    """'March 16-19', 'Oct. 27-31', 'July 5 and 6': the first R: reading and both end days"""
    m = re.search(MRE + r'\.? (\d{1,2})(?:-| and )(?:' + MRE + r'\.? )?(\d{1,2})\b', span)
    if not m: return
    m1, d1, m2, d2 = MON[m.group(1)], int(m.group(2)), MON[m.group(3) or m.group(1)], int(m.group(4))
    Rs = [tuple(map(D_, a[2:].split('..'))) for a in alts if a.startswith('R:')]
    if not Rs: err(doc, span, 'range without R:'); return
    a, b = Rs[0]
    if (a.month, a.day, b.month, b.day) != (m1, d1, m2, d2): err(doc, span, 'range mismatch', Rs[0])
    Ds = [D_(x[2:]) for x in alts if x.startswith('D:')]
    if a not in Ds or b not in Ds: err(doc, span, 'range end days not listed as D:')
for_table = []
used_extra = set()
tot_items = 0
pubs = {}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    pub = D_(re.search(r'published: (\S+)', t).group(1)); pubs[doc] = pub
    body = t[t.index('\n---\n', 4) + 5:]
    nw = len(body.split())
    if not 300 <= nw <= 390: err(doc, 'word count', nw)
    covered = []
    first = gold.G[doc][0]
    if first[2] != [f'D:{pub}']: err(doc, 'dateline is not the publication date', first)
    used = set()
    for span, occ, alts in gold.G[doc]:
        tot_items += 1
        s, e = score.body_spans(body, span, occ); covered.append((s, e, 'G', span))
        if alts[0].startswith('P:'): err(doc, span, 'first reading is a P: reading')
        if len(set(alts)) != len(alts): err(doc, span, 'repeated reading')
        for a in alts: score.reading(a[2:] if a.startswith('P:') else a)  # parses
        Ds = [D_(a[2:]) for a in alts if a.startswith('D:')]
        Ws = [D_(a[2:]) for a in alts if a.startswith('W:')]
        for w in Ws:
            if w.weekday() != 0: err(doc, span, 'week not Monday', w)
        wds = [i for i, n in enumerate(W) if re.search(r'\b' + n + r'\b', span)]
        ends = Ds + [x for a in alts if a.startswith('R:') for x in map(D_, a[2:].split('..'))]
        if wds and re.search(r'\b(to|and|through)\b', span):
            for i in wds:
                if not any(d.weekday() == i for d in ends): err(doc, span, 'weekday mismatch', W[i], ends)
        elif wds and Ds and not re.search(r'\b(after|before|last|of the year|eve of)\b', span):
            for d in Ds:
                if d.weekday() not in wds: err(doc, span, 'weekday mismatch', d, W[d.weekday()])
        if re.fullmatch(r'(on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)', span):
            ref = D_(SPEAKER.get((doc, span, occ), str(pub)))
            for d in Ds: for_table.append((doc, pub, span, (d - ref).days, body[max(0, s-60):s].replace('\n', ' ')))
        m = re.search(r'\b' + MRE + r'\.? (\d{1,2})' + SUF + r'\b', span)
        if m and Ds and not re.search(r'\bto\b|\band\b|\bor\b|-|\bfrom\b', span):
            mo, da = MON[m.group(1)], int(m.group(2))
            if not any(d.month == mo and d.day == da for d in Ds): err(doc, span, 'month/day mismatch', Ds)
        for m in re.finditer(r'\b' + MRE + r'\.? (\d{1,2})' + SUF + r'\b', span):
            try: dt.date(2000, MON[m.group(1)], int(m.group(2)))
            except ValueError: err(doc, span, 'no such day')
        y = re.search(r'\b(1[789]\d\d|20\d\d)\b', span)
        if y and not re.search(r"\d{4}s|\d{4}[-/]\d\d|between|and|to\b|through|fiscal|FY|\bor\b", span):
            yy = int(y.group(1))
            for a in alts:
                if a[:2] in ('D:', 'M:', 'Y:') and int(a[2:6]) != yy: err(doc, span, 'year mismatch', a)
        if re.fullmatch(r'(in |since |by |for )?(January|February|March|April|May|June|July|August|September|October|November|December)', span):
            mo = MONTHS.index(span.split()[-1]) + 1
            for a in alts:
                if a.startswith('M:') and int(a[7:9]) != mo: err(doc, span, 'month mismatch', a)
            print(f'   month {doc} {pub} {span!r} -> {alts}')
        if doc in SOUTH and any(a.startswith('S:') for a in alts) and not any(a.startswith('R:') for a in alts):
            err(doc, span, 'southern season without R:')
        if doc not in SOUTH and any(a.startswith('S:') for a in alts) and re.search(r'\b(20\d\d)\b', span) is None:
            pass
        if (doc, span, occ) in EXTRA:
            used_extra.add((doc, span, occ))
            if alts[0] != EXTRA[(doc, span, occ)]: err(doc, span, 'reading differs from the table', alts[0], EXTRA[(doc, span, occ)])
        hol_check(doc, span, alts)
        range_check(doc, span, alts)
        more_checks(doc, span, alts, pub)
        ref = D_(SPEAKER[(doc, span, occ)]) if (doc, span, occ) in SPEAKER else pub
        if (doc, span, occ) in SPEAKER: used.add((doc, span, occ))
        rel_checks(doc, span, alts, ref)
    for k in SPEAKER:
        if k[0] == doc and k not in used: err(doc, 'SPEAKER entry matches no item', k)
    for kind in ('N', 'X'):
        for span, occ in getattr(gold, kind).get(doc, []):
            s, e = score.body_spans(body, span, occ); covered.append((s, e, kind, span))
    cs = sorted(covered)
    for a, b in zip(cs, cs[1:]):
        if b[0] < a[1]: err(doc, 'overlapping spans', a, b)
    LINT = r"\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec|January|February|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|1[789]\d\d|20\d\d|\d{4}s|'\d0s|today|tonight|tomorrow|yesterday|week|weeks|weekend|weekends|month|months|year|years|decade|decades|century|centuries|spring|summer|autumn|fall|winter|ago|later|earlier|Christmas|Easter|New Year|eve|day|days|night|nights|morning|evening|afternoon|season|quarter|half|anniversary|birthday|holidays?|term|fiscal|midnight|noon|dawn|overnight|Eid|Ramadan|Diwali|Vesak|Nowruz|Hanukkah|Lebaran|Bayram\w*|FY\d+|H\d|H[-+]\d+|\d+/\d+)\b"
    for m in re.finditer(LINT, body, re.I):
        if not any(s <= m.start() < e for s, e, _, _ in covered):
            a = max(0, m.start() - 35); print(f'  {doc} uncovered {m.group(0)!r}: ...{body[a:m.end()+25]!r}'.replace('\\n', ' '))
print('\nbare weekdays: doc pub span offset-days from the publication (or speaker\'s) day | preceding text')
for doc, pub, span, off, ctx in for_table:
    print(f'  {doc} {pub} {W[pub.weekday()][:3]} {span:12} {off:+d} | ...{ctx[-55:]}')
for k in EXTRA:
    if k not in used_extra: err('EXTRA entry matches no item', k)
months = {p.month for p in pubs.values()}; wdays = {p.weekday() for p in pubs.values()}
print('publication years', sorted({p.year for p in pubs.values()}))
if len(months) < 12: err('publication months missing', sorted(set(range(1, 13)) - months))
if len(wdays) < 7: err('publication weekdays missing', [W[i] for i in sorted(set(range(7)) - wdays)])
if len(set(pubs.values())) != len(pubs): err('publication dates repeat')
if not all(2025 <= p.year <= 2027 for p in pubs.values()): err('publication year outside 2025-2027')
if len({p.year for p in pubs.values()}) != 3: err('publication years do not cover 2025, 2026 and 2027')

# synthetic run: one claim per gold item with its first reading, through p4's scorer
GRAN = {'D':'day','M':'month','Y':'year','Q':'quarter','H':'half','S':'season','W':'week','DEC':'decade'}
out = {'documents': [], 'claims': []}
for doc in sorted(gold.G):
    t = open(os.path.join(PROBE, 'articles', f'{doc}.md'), encoding='utf-8').read()
    out['documents'].append({'id': doc + '.md', 'published': str(pubs[doc])})
    off = t.index('\n---\n', 4) + 5
    for span, occ, alts in gold.G[doc]:
        s, e = score.body_spans(t[off:], span, occ)
        k, a, b = score.reading(alts[0])
        out['claims'].append({'kind': 'date', 'doc': doc + '.md', 'start': s + off, 'end': e + off, 'text': span,
                              'value': {'start': str(a), 'end': str(b), 'granularity': GRAN.get(alts[0].split(':')[0], 'range')},
                              'sentence': span, 'extractor': 'synthetic'})
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'out.json'); json.dump(out, open(path, 'w'))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf): score.main(path)
rep = buf.getvalue()
print('\nsynthetic run through p4/score.py:'); print('\n'.join(rep.splitlines()[:4]))
for key in ('span recall', 'value recall', 'precision'):
    m = re.search(key + r'\s+(\d+)/(\d+)', rep)
    if not m or m.group(1) != m.group(2): err('synthetic run below 100%:', key)
nread = 0
for doc in sorted(gold.G):
    for span, occ, alts in gold.G[doc]:
        for alt in alts:
            r = alt[2:] if alt.startswith('P:') else alt
            k, a, b = score.reading(r); nread += 1
            val = {'start': str(a), 'end': str(b), 'granularity': GRAN.get(r.split(':')[0], 'range')}
            if not score.accepts(r, val): err(doc, span, 'reading not accepted for its own interval', alt)
print('readings checked', nread)
print('items', tot_items, 'neutral', sum(len(v) for v in gold.N.values()), 'decoys', sum(len(v) for v in gold.X.values()), 'errors', errs)
