# Mutation test of verify.py (p20: p19's mutate.py with p20's mutations): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a01', 'the weekend after next', '["R:2025-11-15..2025-11-16"]', '["R:2025-11-08..2025-11-09"]', "'the weekend after next' read as next weekend"),
 ('a01', 'the end of the week', '["D:2025-10-24",', '["D:2025-10-31",', "a quote's 'the end of the week' counted from publication, not 20 October"),
 ('a02', 'the prior corresponding period', '["R:2024-07-01..2024-12-31",', '["R:2025-01-01..2025-06-30",', 'the previous half, not the same half a year back'),
 ('a02', 'FY26', '["R:2025-07-01..2026-06-30",', '["R:2026-01-01..2026-12-31",', 'an Australian fiscal year read as the calendar year'),
 ('a03', 'tomorrow', '["D:2025-07-28"]', '["D:2025-07-30"]', "a quote's 'tomorrow' counted from publication, not Sunday"),
 ('a03', 'the Nine Days', '["R:2025-07-26..2025-08-03"]', '["R:2025-07-26..2025-08-04"]', 'the Nine Days given ten'),
 ('a04', 'within the week', '["IN:2025-10-21..2025-10-26",', '["IN:2025-10-25..2025-10-26",', "'within the week' said on Diwali counted from publication"),
 ('a05', 'the Sunday after next', '["D:2026-03-01"]', '["D:2026-02-22"]', "'the Sunday after next' read as the coming Sunday"),
 ('a05', 'Next year', '["Y:2026"]', '["Y:2027"]', "'Next year' said in January last year counted from publication"),
 ('a06', 'The first Sunday of Advent', '["D:2025-11-30"]', '["D:2025-11-23"]', 'Advent begun on Totensonntag'),
 ('a07', 'Tuesday week', '["D:2025-04-29"]', '["D:2025-04-22"]', "'Tuesday week' read as the coming Tuesday"),
 ('a08', 'next July', '["M:2026-07"]', '["M:2027-07"]', "'next July' said in October counted from publication"),
 ('a09', '60 days after the company filed', '["D:2025-09-08"]', '["D:2025-09-07"]', 'sixty days counted inclusively'),
 ('a10', 'a week Friday', '["D:2025-10-24"]', '["D:2025-10-17"]', "'a week Friday' read as this Friday"),
 ('a11', 'the end of next month', '["MIN:2026-02",', '["MIN:2026-04",', "'the end of next month' said on Jan. 12 counted from publication"),
 ('a12', 'This winter', '["R:2026-06-01..2026-08-31",', '["R:2026-12-01..2027-02-28",', 'a southern winter read as the northern one'),
 ('a13', 'the same day', '["D:2026-08-26"]', '["D:2026-08-25"]', 'Uthradom, not Thiruvonam'),
 ('a14', 'within 30 days of the vote', '["IN:2025-10-04..2025-11-03",', '["IN:2025-10-01..2025-10-31",', 'thirty days counted from publication'),
 ('a15', 'Fifty years ago tomorrow', '["D:1975-09-16",', '["D:1975-09-15",', "'Fifty years ago tomorrow' read as fifty years ago today"),
 ('a16', 'the coming week', '["W:2026-01-26"]', '["W:2026-02-02"]', "a Sunday paper's 'the coming week' read as the week after"),
 ('a17', 'week 19', '["W:2025-05-05"]', '["W:2025-05-12"]', 'an ISO week number off by one'),
 ('a18', 'A hundred years ago on Monday', '["D:1926-01-26",', '["D:1926-01-25",', "the Monday of 1926, not this Monday's date a hundred years back"),
 ('a19', 'a summer', '["R:2025-12-01..2026-02-28",', '["R:2025-06-01..2025-08-31",', 'a southern summer read as the northern one'),
 ('a20', 'the December-February quarter', '["R:2025-12-01..2026-02-28"]', '["R:2026-01-01..2026-03-31"]', "an August-year company's quarter read as calendar Q1"),
 ('a21', 'Tuesday fortnight', '["D:2025-12-23"]', '["D:2025-12-16"]', "'Tuesday fortnight' read as Tuesday week"),
 ('a22', '29 Kiahk', '["D:2026-01-07"]', '["D:2025-12-25"]', 'the Coptic Christmas read as the western one'),
 ('a23', 'weeks 28 to 31', '["R:2026-07-06..2026-08-02",', '["R:2026-07-13..2026-08-09",', 'ISO week numbers off by one'),
 ('a24', 'Yesterday', '["D:2025-08-10"]', '["D:2025-08-12"]', "a quote's 'Yesterday' counted from publication, not Monday"),
 ('a25', 'the fiscal year', '["R:2025-04-01..2026-03-31",', '["R:2025-01-01..2025-12-31",', "India's April-March fiscal year read as the calendar year"),
]
tmp = tempfile.mkdtemp(prefix='p20mut-')
try:
    copy = os.path.join(tmp, 'p20')
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
