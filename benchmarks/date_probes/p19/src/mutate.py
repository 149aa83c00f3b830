# Mutation test of verify.py (p19, p18's mutate.py with p19's mutations): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a01', 'within 30 days of the order', '["IN:2025-03-12..2025-04-11",', '["IN:2025-03-13..2025-04-12",', 'the 30 days counted from publication, not the order'),
 ('a01', 'the following Tuesday', '["D:2025-04-22"]', '["D:2025-03-18"]', "'the following Tuesday' counted from publication, not the conference"),
 ('a02', 'a fortnight from today', '["D:2025-07-08"]', '["D:2025-07-01"]', "'a fortnight from today' counted as a week"),
 ('a02', '11', '["D:2025-07-11"]', '["D:2025-06-11"]', 'a day of a list given the publication month'),
 ('a03', 'the week after next', '["W:2026-02-23"]', '["W:2026-02-16"]', "'the week after next' read as next week"),
 ('a04', 'last summer', '["R:2024-12-01..2025-02-28","S:winter-2024"]', '["S:summer-2025","R:2025-06-01..2025-08-31"]', 'a southern summer read as the northern one'),
 ('a05', 'the following Monday', '["D:2026-09-14"]', '["D:2026-03-09"]', "'the following Monday' counted from publication"),
 ('a06', 'The Year of the Horse', '["R:2026-02-17..2027-02-05",', '["R:2026-01-01..2026-12-31",', 'the lunar year read as the calendar year'),
 ('a07', 'last week', '["W:2026-10-26","W:2026-10-19"]', '["W:2026-10-19"]', "a Sunday paper's 'last week' only the week before"),
 ('a08', 'the 29th of Ramazan', '["D:2026-03-19"]', '["D:2026-03-18"]', "Ramazan counted from Saudi Arabia's start, not Pakistan's"),
 ('a09', 'the Monday', '["D:2026-06-01"]', '["D:2026-05-25"]', "'the Monday' after a Sunday read as the coming Monday"),
 ('a10', 'the following Tuesday', '["D:2025-12-16"]', '["D:2025-11-25"]', "'the following Tuesday' counted from publication"),
 ('a11', '60 days after he was placed on it', '["D:2026-07-27"]', '["D:2026-07-26"]', 'sixty days counted inclusively'),
 ('a12', 'a year earlier', '["Q:2024-Q3",', '["Q:2025-Q2",', "'a year earlier' read as the previous quarter"),
 ('a13', 'Hanukkah', '["R:2025-12-15..2025-12-22",', '["R:2025-12-15..2025-12-23",', 'Hanukkah given nine days'),
 ('a14', 'the week after Easter', '["W:2026-04-13"]', '["W:2026-04-06"]', 'the week after the western, not the Orthodox, Easter'),
 ('a14', 'Orthodox Holy Week', '["R:2026-04-05..2026-04-11"]', '["R:2026-03-29..2026-04-04"]', 'the western Holy Week'),
 ('a15', "the St Andrew's Day holiday", '["D:2025-12-01"]', '["D:2025-11-30"]', 'the holiday on the Sunday feast, not the Monday off'),
 ('a16', 'the long recess', '["R:2026-12-04..2027-02-08",', '["R:2026-12-03..2027-02-09",', 'the recess counted from the sitting days'),
 ('a17', 'Vesak', '["D:2026-05-01"]', '["D:2026-05-31"]', "Sri Lanka's Vesak read by Malaysia's and Singapore's calendar"),
 ('a18', 'Saturday week', '["D:2025-08-09"]', '["D:2025-08-02"]', "'Saturday week' read as the coming Saturday"),
 ('a19', '40 years ago this fall', '["S:autumn-1986",', '["S:autumn-1985",', 'forty years counted back from the year before'),
 ('a20', 'within 90 days of dissolution', '["IN:2025-09-08..2025-12-07",', '["IN:2025-09-08..2025-11-08",', 'ninety days read as two months'),
 ('a21', 'six weeks from today', '["D:2026-02-17"]', '["D:2026-02-10"]', 'six weeks counted as five'),
 ('a22', 'the 10th day of classes', '["D:2026-02-02"]', '["D:2026-01-29"]', 'class days counted as calendar days'),
 ('a23', 'summer', '["R:2025-12-01..2026-02-28","S:winter-2025"]', '["S:summer-2026","R:2026-06-01..2026-08-31"]', 'a southern summer read as the northern one'),
 ('a24', 'Forty years ago on Monday', '["D:1985-03-03",', '["D:1985-03-04",', "the Monday of 1985, not this Monday's date forty years back"),
 ('a25', 'within 30 days of the results', '["IN:2026-02-13..2026-03-15",', '["IN:2026-02-13..2026-03-13",', 'thirty days read as a calendar month'),
 ('a25', 'the third quarter', '["Q:2026-Q1",', '["Q:2025-Q3",', "the fiscal year's third quarter read as the calendar one"),
]
tmp = tempfile.mkdtemp(prefix='p19mut-')
try:
    copy = os.path.join(tmp, 'p19')
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
