# Mutation test of verify.py (p18): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a05', 'Tuesday week', '["D:2025-12-02"]', '["D:2025-11-25"]', "'Tuesday week' read as the coming Tuesday"),
 ('a09', 'last week', '["W:2026-01-19","W:2026-01-12"]', '["W:2026-01-12"]', "a Sunday paper's 'last week' only the week before"),
 ('a09', 'the 2024-25 tax year', '["R:2024-04-06..2025-04-05",', '["R:2024-04-01..2025-03-31",', "the UK tax year read as India's April-March year"),
 ('a17', 'Rosh Hashanah', '["R:2026-09-12..2026-09-13",', '["R:2026-09-13..2026-09-14",', 'Rosh Hashanah a day late'),
 ('a14', 'Feb. 17', '["D:2026-02-17"]', '["D:2026-02-16"]', 'Chinese New Year on its eve'),
 ('a12', 'the Monday', '["D:2025-06-09"]', '["D:2025-06-02"]', "'the Monday' the holiday moved to read as the Monday just gone"),
 ('a04', 'this summer', '["R:2024-12-01..2025-02-28","S:winter-2024"]', '["S:summer-2025","R:2025-06-01..2025-08-31"]', 'a southern summer read as the northern one'),
 ('a20', 'Sunday week', '["D:2026-05-31"]', '["D:2026-05-24"]', "'Sunday week' read as the coming Sunday"),
 ('a16', 'the weekend', '["R:2025-12-13..2025-12-14"]', '["R:2025-12-06..2025-12-07"]', "'the weekend' said on a Thursday read as the one gone"),
 ('a21', 'fiscal 2026-27', '["R:2026-04-01..2027-03-31",', '["R:2026-07-01..2027-06-30",', "Ontario's year read as a July-June year"),
 ('a15', 'fiscal 2027', '["R:2026-02-01..2027-01-31",', '["R:2027-02-01..2028-01-31",', 'a January year-end named by the year it begins'),
 ('a02', 'the last week of April', '["W:2026-04-27",', '["W:2026-04-20",', "'the last week of April' a week early"),
 ('a18', '19th century', '["RY:1801..1900","RY:1800..1899"]', '["RY:1900..1999"]', 'the 19th century read as the 1900s'),
 ('a06', 'the 1st of next month', '["D:2025-09-01"]', '["D:2025-08-01"]', "'the 1st of next month' read as this month's"),
 ('a22', "Monday's", '["D:2026-06-15"]', '["D:2026-06-08"]', "'Monday's new moon' read as the Monday gone"),
 ('a10', 'four weeks after the first round', '["D:2025-12-02"]', '["D:2025-11-25"]', "'four weeks after' counted as three"),
 ('a11', 'Q1 FY26', '["Q:2025-Q2",', '["Q:2025-Q1",', "India's Q1 FY26 read as calendar Q1"),
 ('a03', 'next Wednesday', '["D:2025-05-28"]', '["D:2025-06-04"]', "'next Wednesday' said on a Wednesday read as the week after"),
 ('a08', 'the recess', '["R:2025-07-18..2025-09-15",', '["R:2025-07-17..2025-09-16",', 'the recess counted from the sitting day'),
 ('a24', 'the following June', '["M:2024-06"]', '["M:2025-06"]', "'the following June' from publication, not the focus"),
 ('a01', 'the year before last', '["Y:2024"]', '["Y:2025"]', "'the year before last' read as last year"),
 ('a25', 'the 23rd', '["D:2026-12-23"]', '["D:2026-11-23"]', "'the 23rd' read in the publication month"),
 ('a13', 'the fourth week', '["W:2025-03-24",', '["W:2025-03-17",', "'the fourth week' of March a week early"),
 ('a07', 'six days before Christmas', '["D:2025-12-19"]', '["D:2025-12-18"]', "'six days before Christmas' counted as seven"),
]
tmp = tempfile.mkdtemp(prefix='p18mut-')
try:
    copy = os.path.join(tmp, 'p18')
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
