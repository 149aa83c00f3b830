# Mutation test of verify.py (p21: p20's mutate.py with p21's mutations): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a01', 'the following Tuesday', '["D:2024-12-17"]', '["D:2025-01-21"]', "'the following Tuesday' counted from publication, not from the site visit"),
 ('a01', 'the first quarter of the 2025/26 financial year', '["R:2025-07-01..2025-09-30",', '["R:2025-01-01..2025-03-31",', "a Kenyan fiscal quarter read as calendar Q1"),
 ('a02', 'this summer', '["R:2025-12-01..2026-02-28",', '["R:2025-06-01..2025-08-31",', 'a southern summer read as the northern one'),
 ('a02', 'the end of next month', '["MIN:2025-10",', '["MIN:2025-11",', "a quote's 'the end of next month' counted from publication, not 10 September"),
 ('a03', 'Tuesday next', '["D:2025-11-25"]', '["D:2025-12-02"]', "'Tuesday next' read as Tuesday week"),
 ('a03', 'next month', '["M:2025-11"]', '["M:2025-12"]', "'next month' said on 23rd October counted from publication"),
 ('a04', 'the following Monday', '["D:2026-08-10"]', '["D:2026-08-03"]', "'the following Monday' after National Day read as the publication Monday"),
 ('a05', 'the first quarter of 2025/26', '["R:2025-05-01..2025-07-31"]', '["R:2025-01-01..2025-03-31"]', 'a May-April fiscal quarter read as calendar Q1'),
 ('a06', 'the weekend', '["R:2025-07-12..2025-07-13"]', '["R:2025-07-19..2025-07-20"]', "'the weekend' said on Thursday counted from a Saturday publication"),
 ('a07', 'Next week', '["W:2026-09-14"]', '["W:2026-09-21"]', "'Next week' said last Thursday counted from publication"),
 ('a08', 'the first full week of December', '["W:2025-12-01"]', '["W:2025-12-08"]', 'the first full week read as the week after the first Monday'),
 ('a09', '2026 MR 28 to 2026 AL 15', '["R:2026-03-28..2026-04-15",', '["R:2026-03-28..2026-08-15",', "the bilingual code AL (April) read as August"),
 ('a10', 'early next week', '["IN:2026-06-01..2026-06-03",', '["IN:2026-06-08..2026-06-10",', "'early next week' said on Wednesday counted from a Thursday's next week, a week late"),
 ('a11', 'Last week', '["W:2025-04-07","W:2025-03-31"]', '["W:2025-04-14"]', "a Sunday paper's 'Last week' read as the coming week"),
 ('a12', 'the third quarter of fiscal 2026', '["R:2026-04-01..2026-06-30",', '["R:2026-07-01..2026-09-30",', "Thailand's October-year quarter read as calendar Q3"),
 ('a13', 'Friday week', '["D:2025-04-25"]', '["D:2025-05-02"]', "'Friday week' said on Thursday counted from publication"),
 ('a14', 'the comparable period', '["R:2024-07-01..2024-12-29"]', '["R:2024-07-01..2024-12-31"]', 'a 26-week half read as a calendar half'),
 ('a15', 'the following Tuesday', '["D:2026-05-19"]', '["D:2026-06-09"]', "'the following Tuesday' counted from publication, not from Constitution Day"),
 ('a16', 'The weekend after next', '["R:2026-11-07..2026-11-08"]', '["R:2026-11-14..2026-11-15"]', "'The weekend after next' said on Saturday counted from publication"),
 ('a17', 'Ash Wednesday', '["D:2026-02-18"]', '["D:2026-02-25"]', 'Ash Wednesday a week late'),
 ('a18', 'The day after tomorrow', '["D:2025-10-24"]', '["D:2025-10-26"]', "a quote's 'The day after tomorrow' counted from publication, not Wednesday"),
 ('a19', 'the coming week', '["W:2026-02-02"]', '["W:2026-02-09"]', "a Sunday paper's 'the coming week' read as the week after"),
 ('a20', 'the fourth Wednesday in May', '["D:2026-05-27"]', '["D:2026-05-20"]', 'the third Wednesday for the fourth'),
 ('a21', 'Monday week', '["D:2025-12-22"]', '["D:2025-12-29"]', "'Monday week' said on Saturday counted from a Monday publication"),
 ('a22', 'the Trinity sittings', '["R:2026-06-02..2026-07-31"]', '["R:2026-05-26..2026-07-31"]', 'Trinity sittings begun on the first Tuesday after the spring bank holiday'),
 ('a23', 'Clean Monday', '["D:2026-02-23"]', '["D:2026-02-16"]', 'Clean Monday counted from the western Easter'),
 ('a24', 'Friday, Oct. 24', '["D:2025-10-24"]', '["D:2025-10-27"]', "a Saturday holiday moved to the Monday, as a Sunday's would be"),
 ('a25', 'the weekend just gone', '["R:2025-06-07..2025-06-08"]', '["R:2025-06-14..2025-06-15"]', "'the weekend just gone' read as the coming weekend"),
]
tmp = tempfile.mkdtemp(prefix='p21mut-')
try:
    copy = os.path.join(tmp, 'p21')
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
