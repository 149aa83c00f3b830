# Mutation test of verify.py (p24: p23's mutate.py with p24's mutations, each naming the occurrence it changes): copies the
# probe to a scratch folder, changes readings in its gold.py on purpose (each a plausible misreading), runs the copy's
# src/verify.py and requires every mutation to be reported as an ERROR naming its span. The scratch copy is deleted
# afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, occurrence, old reading list text (its start), new text, what the mistake is)
 ('a01', "the day after the St Brigid's Day bank holiday", 1, '["D:2025-02-04"]', '["D:2025-02-02"]', "the bank holiday read as the feast day itself, 1 February"),
 ('a01', 'yesterday', 1, '["D:2025-01-12"]', '["D:2025-01-13"]', "a Monday quote's 'yesterday' counted from a Tuesday publication"),
 ('a01', 'two days later', 1, '["D:2023-06-25"]', '["D:2025-01-16"]', "'two days later' counted from publication, not from the seizure"),
 ('a01', 'a week earlier', 1, '["D:2023-06-16"]', '["D:2025-01-07"]', "'a week earlier' counted from publication"),
 ('a01', 'November', 1, '["M:2024-11"]', '["M:2025-11"]', "a past plea's 'November' read as the coming one"),
 ('a02', 'next Tuesday', 1, '["D:2026-10-06"]', '["D:2026-10-13"]', "'next Tuesday' read as Tuesday week"),
 ('a02', 'the long weekend', 1, '["R:2026-10-03..2026-10-05",', '["R:2026-06-06..2026-06-08",', "Queensland's October King's Birthday read as the June one of other states"),
 ('a02', 'this spring', 1, '["R:2026-09-01..2026-11-30",', '["R:2026-03-01..2026-05-31",', 'a southern spring read as the northern one'),
 ('a02', 'last summer', 1, '["R:2025-12-01..2026-02-28",', '["R:2025-06-01..2025-08-31",', 'a southern summer read as the northern one'),
 ('a02', 'the last Friday of term', 1, '["D:2026-12-11"]', '["D:2026-12-25"]', "the last Friday of term read as the last Friday of December"),
 ('a03', '2026-27', 1, '["R:2026-11-01..2027-04-30",', '["R:2026-07-01..2027-06-30",', 'a cyclone season read as a July-June financial year'),
 ('a03', '1 November and 30 April', 1, '["R:2026-11-01..2027-04-30",', '["R:2026-04-30..2026-11-01",', "the season's end read in the year it starts"),
 ('a03', 'next week', 1, '["W:2026-10-19"]', '["W:2026-10-12"]', "'next week' read as this week"),
 ('a04', 'Tomorrow', 1, '["D:2025-03-05"]', '["D:2025-03-07"]', "a Tuesday quote's 'Tomorrow' counted from a Thursday publication"),
 ('a04', 'a week after Adelaide Cup Day', 1, '["D:2025-03-17"]', '["D:2025-03-10"]', 'Adelaide Cup Day read as the first Monday of March'),
 ('a04', 'the third Saturday in March', 1, '["D:2026-03-21"]', '["D:2025-03-15"]', "the next election's day read in the publication year"),
 ('a04', 'the following week', 1, '["W:2025-04-07"]', '["W:2025-03-10"]', "'the following week' counted from publication, not from the postal deadline"),
 ('a05', 'a week earlier', 1, '["D:2025-05-16"]', '["D:2025-05-19"]', "'a week earlier' counted from publication, not from last Friday's auction"),
 ('a05', 'last Friday', 1, '["D:2025-05-23"]', '["D:2025-05-16"]', "'last Friday' in a Monday paper read as the Friday of the week before"),
 ('a05', 'July', 2, '["M:2025-07"]', '["M:2024-07"]', "a future 'by July' read as the July just gone"),
 ('a06', 'Q2 FY26', 1, '["R:2025-07-01..2025-09-30",', '["R:2026-04-01..2026-06-30",', "an Indian Q2 FY26 read as the calendar Q2 of 2026"),
 ('a06', 'FY26', 3, '["R:2025-04-01..2026-03-31",', '["R:2026-04-01..2027-03-31",', 'FY26 read as the year beginning in 2026'),
 ('a06', 'a Saturday', 1, '["D:2025-11-01"]', '["D:2025-10-18"]', "a predicative 'a Saturday' read as the coming Saturday"),
 ('a07', 'last week', 1, '["W:2026-06-29","W:2026-06-22"]', '["W:2026-07-06"]', "a Sunday paper's 'last week' read as the coming week"),
 ('a07', 'Tomorrow', 1, '["D:2026-07-04"]', '["D:2026-07-06"]', "a Friday quote's 'Tomorrow' counted from a Sunday publication"),
 ('a07', 'Monday', 1, '["D:2026-06-29"]', '["D:2026-07-06"]', "a past 'arrived on Monday' read as the coming Monday"),
 ('a07', 'the 2026/27 financial year', 1, '["R:2026-07-01..2027-06-30",', '["R:2026-04-01..2027-03-31",', "Tanzania's July-June year read as April-March"),
 ('a08', 'Sunday', 1, '["D:2026-01-18"]', '["D:2026-01-11"]', "the coming parade's Sunday read as the Sunday just gone"),
 ('a08', 'Yesterday', 1, '["D:2026-01-12"]', '["D:2026-01-13"]', "a Tuesday quote's 'Yesterday' counted from a Wednesday publication"),
 ('a08', 'Thursday', 1, '["D:2026-01-08"]', '["D:2026-01-15"]', "a novena that 'began on Thursday' read as the coming Thursday"),
 ('a09', 'the following day', 1, '["D:2025-06-27"]', '["D:2025-06-18"]', "'the following day' counted from publication, not from the briefing"),
 ('a09', 'the following month', 1, '["M:2025-04"]', '["M:2025-07"]', "'the following month' counted from publication, not from March"),
 ('a09', 'last week', 1, '["W:2025-06-09"]', '["W:2025-06-16"]', "'last week' read as this week"),
 ('a10', 'the week after', 1, '["W:2025-10-06"]', '["W:2025-09-29"]', "'the week after' next week read as next week"),
 ('a10', 'Yesterday', 1, '["D:2025-09-24"]', '["D:2025-09-25"]', "a Thursday quote's 'Yesterday' counted from a Friday publication"),
 ('a10', 'Easter', 1, '["D:2025-04-20"]', '["D:2024-03-31"]', "'since Easter' read as the Easter of the year before"),
 ('a11', 'Tomorrow', 1, '["D:2026-02-12"]', '["D:2026-02-13"]', "a Wednesday quote's 'Tomorrow' counted from a Thursday publication"),
 ('a11', 'last spring', 1, '["S:spring-2025",', '["S:spring-2024",', "'last spring' said in February read a year early"),
 ('a11', 'four days later', 1, '["D:2019-11-18"]', '["D:2026-02-16"]', "'four days later' counted from publication, not from the 2019 vote"),
 ('a11', 'winter', 1, '["S:winter-2025",', '["S:winter-2026",', "the winter under way read as the next one"),
 ('a12', 'the B.C. Day long weekend', 1, '["R:2026-08-01..2026-08-03",', '["R:2026-08-08..2026-08-10",', "the long weekend under way read as the next one"),
 ('a12', 'the following day', 1, '["D:2026-09-08"]', '["D:2026-08-02"]', "'the following day' counted from publication, not from Labour Day"),
 ('a12', 'Thanksgiving weekend', 1, '["R:2026-10-10..2026-10-12",', '["R:2026-11-26..2026-11-29",', "Canadian Thanksgiving read as the American one"),
 ('a12', 'next spring', 1, '["S:spring-2027",', '["S:spring-2026",', "'next spring' said in August read as the spring just gone"),
 ('a13', 'Next week', 1, '["W:2025-03-24"]', '["W:2025-03-31"]', "a Saturday quote's 'Next week' counted from a Monday publication"),
 ('a13', 'a week after Easter Monday', 1, '["D:2025-04-28"]', '["D:2025-03-31"]', "'a week after' counted from publication, not from Easter Monday"),
 ('a13', 'the first day', 1, '["D:2025-03-25"]', '["D:2025-03-24"]', "the meet's first day read as the publication day"),
 ('a14', 'Tomorrow', 1, '["D:2026-03-18"]', '["D:2026-03-19"]', "a Tuesday quote's 'Tomorrow' counted from a Wednesday publication"),
 ('a14', 'the weekend', 1, '["R:2026-03-21..2026-03-22"]', '["R:2026-03-20..2026-03-21"]', "the UAE weekend read as the Friday-Saturday one it replaced in 2022"),
 ('a14', 'the end of the holiday', 1, '["D:2026-03-22"]', '["D:2026-03-23"]', "the holiday's end read as the day offices reopen"),
 ('a15', 'Sunday', 1, '["D:2026-06-07"]', '["D:2026-06-14"]', "a past 'fell on Sunday' read as the coming Sunday"),
 ('a15', 'three days later', 1, '["D:2026-04-03"]', '["D:2026-06-11"]', "'three days later' counted from publication, not from Freedom Day"),
 ('a15', 'Yesterday', 1, '["D:2026-06-04"]', '["D:2026-06-07"]', "a Friday quote's 'Yesterday' counted from a Monday publication"),
 ('a16', 'Wednesday', 1, '["D:2025-04-16"]', '["D:2025-04-09"]', "next week's Wednesday read as this week's"),
 ('a16', 'the day before the New Year', 1, '["D:2025-04-13"]', '["D:2024-12-31"]', "the Sinhala and Tamil New Year's eve read as 31 December"),
 ('a16', 'Today', 1, '["D:2025-04-10"]', '["D:2025-04-11"]', "a Thursday quote's 'Today' read as the publication day"),
 ('a16', 'a year earlier', 1, '["R:2024-01-01..2024-03-31",', '["R:2024-10-01..2024-12-31",', "'a year earlier' read as the preceding quarter"),
 ('a17', 'Tuesday', 1, '["D:2025-11-25"]', '["D:2025-11-18"]', "campaigns that 'must end on Tuesday' read as last Tuesday"),
 ('a17', 'the second Tuesday of August', 1, '["D:2027-08-10"]', '["D:2026-08-11"]', "the election's rule applied to the wrong year"),
 ('a17', 'the 2025/26 financial year', 1, '["R:2025-07-01..2026-06-30",', '["R:2025-04-01..2026-03-31",', "Kenya's July-June year read as April-March"),
 ('a18', 'the summer', 1, '["R:2025-12-01..2026-02-28",', '["R:2026-06-01..2026-08-31",', 'a southern summer read as the northern one'),
 ('a18', 'Tuesday week', 1, '["D:2026-02-03"]', '["D:2026-01-27"]', "'Tuesday week' read as the coming Tuesday"),
 ('a18', 'Tomorrow', 1, '["D:2026-01-20"]', '["D:2026-01-21"]', "a Monday quote's 'Tomorrow' counted from a Tuesday publication"),
 ('a19', 'the June half', 1, '["R:2026-01-01..2026-06-30",', '["R:2025-01-01..2025-06-30",', "the coming June half read as the last one"),
 ('a19', 'the day before', 1, '["D:2026-03-04"]', '["D:2026-02-18"]', "the ex-date counted from publication, not from the record date"),
 ('a19', 'FY26', 1, '["R:2025-07-01..2026-06-30",', '["R:2025-04-01..2026-03-31",', "an Australian July-June year read as April-March"),
 ('a19', 'Today', 1, '["D:2026-02-18"]', '["D:2026-02-19"]', "a Wednesday quote's 'Today' read as the publication day"),
 ('a20', 'since Friday', 1, '["D:2026-05-22",', '["D:2026-05-15",', "'since Friday' read as the Friday of the week before"),
 ('a20', 'Tomorrow', 1, '["D:2026-05-26"]', '["D:2026-05-27"]', "a Monday quote's 'Tomorrow' counted from a Tuesday publication"),
 ('a20', 'June to September', 1, '["R:2026-06-01..2026-09-30",', '["R:2025-06-01..2025-09-30",', "the coming monsoon season read as the last one"),
 ('a21', 'This winter', 1, '["R:2025-06-01..2025-08-31",', '["R:2025-12-01..2026-02-28",', 'a southern winter read as the northern one'),
 ('a21', 'the first quarter of the financial year', 1, '["R:2025-04-01..2025-06-30",', '["R:2025-01-01..2025-03-31",', "Botswana's April-March year's first quarter read as the calendar one"),
 ('a21', 'the holiday', 1, '["R:2025-07-19..2025-07-22",', '["R:2025-07-21..2025-07-22",', "a holiday break read as its weekdays only"),
 ('a21', 'the day after', 1, '["D:2025-10-01"]', '["D:2025-07-20"]', "'the day after' counted from publication, not from Botswana Day"),
 ('a22', 'Monday', 1, '["D:2026-07-27"]', '["D:2026-07-20"]', "the races that 'open on Monday' read as last Monday"),
 ('a22', 'the day before the August bank holiday', 1, '["D:2026-08-02"]', '["D:2026-08-30"]', "Ireland's August bank holiday read as England's late-summer one"),
 ('a22', 'the October bank holiday weekend', 1, '["R:2025-10-25..2025-10-27",', '["R:2026-10-24..2026-10-26",', "last year's bank holiday weekend read in the publication year"),
 ('a22', 'Yesterday', 1, '["D:2026-07-20"]', '["D:2026-07-21"]', "a Tuesday quote's 'Yesterday' counted from a Wednesday publication"),
 ('a23', 'Regatta Day', 1, '["D:2025-08-06"]', '["D:2025-08-04"]', "Regatta Day read as the Civic Holiday of the rest of Canada"),
 ('a23', 'Tomorrow', 1, '["D:2025-08-04"]', '["D:2025-08-05"]', "a Sunday quote's 'Tomorrow' counted from a Monday publication"),
 ('a23', 'the rest of the month', 1, '["IN:2025-08-04..2025-08-31",', '["IN:2025-08-01..2025-08-31",', "'the rest of the month' read as the whole month"),
 ('a24', 'Saturday', 2, '["D:2026-12-26"]', '["D:2027-01-02"]', "the holiday 'moved from Saturday' read as the coming Saturday"),
 ('a24', 'Yesterday', 1, '["D:2026-12-26"]', '["D:2026-12-27"]', "a Sunday quote's 'Yesterday' counted from a Monday publication"),
 ('a24', 'the 18th century', 1, '["RY:1701..1800",', '["RY:1800..1899",', "the 18th century read as the 1800s"),
 ('a25', 'Tomorrow', 1, '["D:2026-02-09"]', '["D:2026-02-10"]', "a Sunday quote's 'Tomorrow' counted from a Monday publication"),
 ('a25', 'the second Tuesday of February', 1, '["D:2026-02-10"]', '["D:2026-02-03"]', 'the first Tuesday of February for the second'),
 ('a25', 'the following day', 1, '["D:2026-02-12"]', '["D:2026-02-10"]', "'the following day' counted from publication, not from the tournament's start"),
]
tmp = tempfile.mkdtemp(prefix='p24mut-')
try:
    copy = os.path.join(tmp, 'p24')
    shutil.copytree(PROBE, copy, ignore=shutil.ignore_patterns('scratch', '__pycache__'))
    g = open(os.path.join(copy, 'gold.py'), encoding='utf-8').read()
    for doc, span, occ, old, new, why in MUT:
        block = re.search(r"^G\['" + doc + r"'\] = \[.*?(?=^N\[)", g, re.S | re.M)
        key = '("' + span + '",' + str(occ) + ','
        i = g.index(key, block.start(), block.end())
        assert g[i + len(key):].startswith(old), (doc, span, occ, old)
        g = g[:i + len(key)] + new + g[i + len(key) + len(old):]
    open(os.path.join(copy, 'gold.py'), 'w', encoding='utf-8').write(g)
    env = dict(os.environ, P4_DIR=os.environ.get('P4_DIR') or '/work/main/benchmarks/date_probes/p4')
    out = subprocess.run([sys.executable, os.path.join(copy, 'src', 'verify.py')], capture_output=True, text=True, env=env).stdout
    errors = [l for l in out.splitlines() if l.startswith('ERROR')]
    caught = 0
    for doc, span, occ, old, new, why in MUT:
        hit = [l for l in errors if l.startswith(f'ERROR {doc} ') and repr(span) in l]
        caught += bool(hit)
        print(f"{'caught' if hit else 'MISSED'}: {doc} {span!r} ({why}): {len(hit)} error(s)")
    print(f'{caught}/{len(MUT)} mutations caught; {len(errors)} errors in all')
    sys.exit(0 if caught == len(MUT) else 1)
finally:
    shutil.rmtree(tmp)
