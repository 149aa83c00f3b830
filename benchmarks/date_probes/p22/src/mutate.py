# Mutation test of verify.py (p22: p21's mutate.py with p22's mutations): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a01', 'the three months ended Dec. 31', '["R:2025-10-01..2025-12-31",', '["R:2025-04-01..2025-06-30",', 'a fiscal second quarter read as calendar Q2'),
 ('a01', 'fiscal 2026', '["R:2025-07-01..2026-06-30",', '["R:2026-07-01..2027-06-30",', 'a July-June fiscal year read as starting in the year it is named by'),
 ('a02', 'last Tuesday', '["D:2025-12-09"]', '["D:2025-12-02"]', "'last Tuesday' said on a Thursday read as the week before's"),
 ('a02', 'the 2022-23 tax year', '["R:2022-04-06..2023-04-05",', '["R:2022-04-01..2023-03-31",', 'the British tax year read as April-March'),
 ('a03', 'next Friday', '["D:2025-10-31"]', '["D:2025-11-07"]', "'next Friday' said on a Friday read as Friday week"),
 ('a04', 'this summer', '["R:2025-12-01..2026-02-28",', '["R:2026-06-01..2026-08-31",', 'a southern summer read as the northern one'),
 ('a04', 'last Thursday', '["D:2026-01-15"]', '["D:2026-01-22"]', "'last Thursday' said on a Thursday read as the day itself"),
 ('a05', 'FY26', '["R:2025-04-01..2026-03-31",', '["R:2026-04-01..2027-03-31",', 'FY26 read as the year beginning in 2026'),
 ('a05', 'The third quarter', '["R:2025-10-01..2025-12-31",', '["R:2025-07-01..2025-09-30",', "an April-year third quarter read as calendar Q3"),
 ('a06', 'the second quarter of the financial year', '["R:2025-10-01..2025-12-31",', '["R:2025-04-01..2025-06-30",', "Kenya's July-year second quarter read as calendar Q2"),
 ('a07', 'the fourth Monday of July', '["D:2025-07-28"]', '["D:2025-07-21"]', 'the third Monday for the fourth'),
 ('a08', 'Thanksgiving', '["D:2026-10-12"]', '["D:2026-11-26"]', "Canada's Thanksgiving read as the American one"),
 ('a08', 'the weekend after', '["R:2026-11-14..2026-11-15"]', '["R:2026-02-14..2026-02-15"]', "'the weekend after' counted from publication, not from the semifinals"),
 ('a09', '13 days before her death', '["D:2025-09-01"]', '["D:2025-09-03"]', 'a day counted back from publication, not from the death'),
 ('a10', 'a week on Monday', '["D:2026-05-18"]', '["D:2026-05-25"]', "'a week on Monday' said on Friday counted from a Monday publication"),
 ('a10', 'the week before Christmas', '["W:2025-12-15"]', '["W:2025-12-22"]', "'the week before Christmas' read as Christmas week"),
 ('a11', 'last week', '["W:2025-10-13","W:2025-10-06"]', '["W:2025-10-20"]', "a Sunday paper's 'last week' read as the coming week"),
 ('a12', 'This winter', '["R:2026-06-01..2026-08-31",', '["R:2025-12-01..2026-02-28",', 'a southern winter read as the northern one'),
 ('a13', 'later this year', '["IN:2026-07-15..2026-12-31",', '["IN:2026-01-01..2026-12-31",', "'later this year' allowed to reach back before publication"),
 ('a13', 'the Fourth of July weekend', '["R:2026-07-03..2026-07-05",', '["R:2026-07-04..2026-07-05",', 'the holiday weekend without its observed Friday'),
 ('a14', 'tomorrow', '["D:2025-10-27"]', '["D:2025-10-28"]', "a Sunday quote's 'tomorrow' counted from a Monday publication"),
 ('a14', 'a three-day weekend', '["R:2025-10-31..2025-11-02",', '["R:2025-11-01..2025-11-03",', 'the long weekend moved to a Monday instead of the declared Friday'),
 ('a15', 'the rest of the week', '["IN:2026-01-26..2026-02-01",', '["IN:2026-01-27..2026-02-01",', "a Monday quote's 'the rest of the week' counted from publication"),
 ('a16', 'the third week of July', '["W:2025-07-21",', '["W:2025-07-14",', 'the second week of July for the third'),
 ('a17', 'Monday 2 December', '["D:2024-12-02"]', '["D:2025-12-02"]', "last year's substitute day read in the publication year"),
 ('a17', 'the first Sunday of Advent', '["D:2025-11-30"]', '["D:2025-12-07"]', 'Advent begun a week late'),
 ('a18', 'April 18', '["D:2022-04-18"]', '["D:2026-04-18"]', "a day of 2022 read in the publication year"),
 ('a18', 'the first business day of February', '["D:2026-02-02"]', '["D:2026-02-01"]', 'a Sunday taken for a business day'),
 ('a19', 'the New Year Test', '["R:2026-01-04..2026-01-08"]', '["R:2026-01-01..2026-01-05"]', 'the New Year Test read as starting on New Year\'s Day'),
 ('a19', 'last Christmas', '["D:2024-12-25"]', '["D:2025-12-25"]', "'last Christmas' read as the coming one"),
 ('a20', 'Last winter', '["S:winter-2025",', '["S:winter-2026",', "'Last winter' read as the coming winter"),
 ('a20', 'Black Friday', '["D:2026-11-27"]', '["D:2026-11-20"]', 'Black Friday a week early'),
 ('a21', 'the fourth quarter', '["R:2025-08-01..2025-10-31"]', '["R:2025-10-01..2025-12-31"]', "a bank's October-year fourth quarter read as calendar Q4"),
 ('a21', 'a year earlier', '["R:2023-11-01..2024-10-31",', '["R:2024-08-01..2024-10-31",', "'a year earlier' of a full-year figure read as the quarter's"),
 ('a22', 'the first Monday in February', '["D:2026-02-02"]', '["D:2026-02-01"]', "St Brigid's Day itself for its Monday holiday"),
 ('a22', 'the Easter holidays', '["R:2026-03-28..2026-04-12",', '["R:2026-03-30..2026-04-10",', 'school holidays read as the weekdays only'),
 ('a23', 'Tomorrow', '["D:2025-10-07"]', '["D:2025-10-08"]', "a quote of yesterday's 'Tomorrow' counted from publication"),
 ('a23', 'three days later', '["D:2020-11-10"]', '["D:2025-10-10"]', "'three days later' counted from publication, not from the 2020 vote"),
 ('a24', 'a week from Monday', '["D:2026-03-02"]', '["D:2026-03-09"]', "'a week from Monday' read as a week from next Monday"),
 ('a24', 'late 2019', '["YIN:2019","IN:2019-09-01..2019-12-31"]', '["YIN:2019","IN:2019-07-01..2019-12-31"]', "'late 2019' read as its second half"),
 ('a25', 'Wednesday week', '["D:2025-06-25"]', '["D:2025-06-18"]', "'Wednesday week' read as the coming Wednesday"),
 ('a25', 'the first eleven months of the financial year', '["R:2024-07-01..2025-05-31"]', '["R:2025-01-01..2025-11-30"]', 'a July-June year read as a calendar year'),
]
tmp = tempfile.mkdtemp(prefix='p22mut-')
try:
    copy = os.path.join(tmp, 'p22')
    shutil.copytree(PROBE, copy, ignore=shutil.ignore_patterns('scratch', '__pycache__'))
    g = open(os.path.join(copy, 'gold.py'), encoding='utf-8').read()
    for doc, span, old, new, why in MUT:
        block = re.search(r"^G\['" + doc + r"'\] = \[.*?(?=^N\[)", g, re.S | re.M)
        key = '("' + span + '",'
        i = g.index(key, block.start(), block.end())
        j = g.index(old, i)
        assert j - i < len(key) + 4, (doc, span)
        g = g[:j] + new + g[j + len(old):]
    open(os.path.join(copy, 'gold.py'), 'w', encoding='utf-8').write(g)
    env = dict(os.environ, P4_DIR=os.environ.get('P4_DIR') or '/work/main/benchmarks/date_probes/p4')
    out = subprocess.run([sys.executable, os.path.join(copy, 'src', 'verify.py')], capture_output=True, text=True, env=env).stdout
    errors = [l for l in out.splitlines() if l.startswith('ERROR')]
    caught = 0
    for doc, span, old, new, why in MUT:
        hit = [l for l in errors if l.startswith(f'ERROR {doc} ') and repr(span) in l]
        caught += bool(hit)
        print(f"{'caught' if hit else 'MISSED'}: {doc} {span!r} ({why}): {len(hit)} error(s)")
    print(f'{caught}/{len(MUT)} mutations caught; {len(errors)} errors in all')
    sys.exit(0 if caught == len(MUT) else 1)
finally:
    shutil.rmtree(tmp)
