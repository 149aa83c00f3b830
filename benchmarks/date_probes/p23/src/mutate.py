# Mutation test of verify.py (p23: p22's mutate.py with p23's mutations): copies the probe to a scratch folder, changes readings in its gold.py on purpose
# (each a plausible misreading), runs the copy's src/verify.py and requires every mutation to be reported as an ERROR
# naming its span. The scratch copy is deleted afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, old reading list text, new reading list text, what the mistake is)
 ('a01', 'Monday 27 April', '["D:2026-04-27"]', '["D:2026-04-25"]', "Anzac Day itself for its Mondayised holiday"),
 ('a01', 'over the summer', '["R:2025-12-01..2026-02-28",', '["R:2025-06-01..2025-08-31",', 'a southern summer read as the northern one'),
 ('a01', 'Tomorrow', '["D:2026-04-17"]', '["D:2026-04-23"]', "a Thursday quote's 'Tomorrow' counted from a Wednesday publication"),
 ('a01', 'the 2025/26 financial year', '["R:2025-07-01..2026-06-30",', '["R:2025-04-01..2026-03-31",', "New Zealand's July-June year read as April-March"),
 ('a02', 'a Sunday', '["D:2026-08-09"]', '["D:2026-08-10"]', 'the Sunday of the feast moved with its Monday holiday'),
 ('a02', 'the 2025/26 tax year', '["R:2025-03-01..2026-02-28",', '["R:2025-04-01..2026-03-31",', "South Africa's March-February tax year read as April-March"),
 ('a02', 'earlier this week', '["W:2026-07-27","IN:2026-07-27..2026-07-29"]', '["W:2026-07-20","IN:2026-07-20..2026-07-26"]', "'earlier this week' read as last week"),
 ('a03', 'the following Monday', '["D:2025-06-16"]', '["D:2025-06-09"]', "'the following Monday' read as the Monday before publication"),
 ('a03', 'next week', '["W:2025-06-09"]', '["W:2025-06-16"]', "a Thursday quote's 'next week' counted from a Tuesday publication"),
 ('a03', 'the Eid break', '["R:2025-06-06..2025-06-09",', '["R:2025-06-07..2025-06-09",', 'the Eid break begun on the feast rather than on the Friday holiday'),
 ('a04', 'a fortnight on Saturday', '["D:2026-02-21"]', '["D:2026-02-14"]', "'a fortnight on Saturday' read as the coming Saturday"),
 ('a04', 'the week after next', '["W:2026-02-16"]', '["W:2026-02-09"]', "'the week after next' read as next week"),
 ('a04', 'Next week', '["W:2026-02-02"]', '["W:2026-02-09"]', "a Friday quote's 'Next week' counted from a Monday publication"),
 ('a05', 'FY26', '["R:2025-07-01..2026-06-30",', '["R:2026-07-01..2027-06-30",', 'FY26 read as the year beginning in 2026'),
 ('a05', 'the following Monday', '["D:2025-06-16"]', '["D:2025-06-02"]', "'the following Monday' counted from publication, not from the budget"),
 ('a05', 'the first ten months of the fiscal year', '["R:2024-07-01..2025-04-30"]', '["R:2025-01-01..2025-10-31"]', 'a July-June year read as a calendar year'),
 ('a06', 'earlier this week', '["W:2025-08-04",', '["W:2025-07-28",', "'earlier this week' read as last week"),
 ('a06', 'the October week', '["R:2025-10-11..2025-10-19",', '["R:2025-10-13..2025-10-17",', 'a school holiday read as its weekdays only'),
 ('a06', 'Today', '["D:2025-08-05"]', '["D:2025-08-07"]', "a Tuesday quote's 'Today' read as the publication day"),
 ('a07', 'A week on Sunday', '["D:2026-03-01"]', '["D:2026-02-22"]', "'A week on Sunday' read as the coming Sunday"),
 ('a07', 'the opening weekend', '["R:2026-02-28..2026-03-01"]', '["R:2026-02-21..2026-02-22"]', "the opening weekend read as this weekend"),
 ('a07', 'the Easter holidays', '["R:2026-03-28..2026-04-12",', '["R:2026-04-03..2026-04-06",', 'school holidays read as the Easter bank holiday weekend'),
 ('a08', 'three weeks from Friday', '["D:2026-02-06"]', '["D:2026-02-05"]', "'three weeks from Friday' counted from a Thursday publication"),
 ('a08', 'Next week', '["W:2026-01-12"]', '["W:2026-01-19"]', "a quote of Jan. 8 counted from publication"),
 ('a08', 'this fall', '["S:autumn-2026",', '["S:autumn-2025",', "'this fall' said in January read as last fall"),
 ('a09', 'Memorial Day weekend', '["R:2026-05-23..2026-05-25",', '["R:2026-05-16..2026-05-18",', 'the holiday weekend read as this weekend'),
 ('a09', 'earlier this week', '["W:2026-05-11","IN:2026-05-11..2026-05-15"]', '["W:2026-05-11","IN:2026-05-11..2026-05-16"]', "'earlier this week' reaching the publication day"),
 ('a09', 'the final day', '["D:2026-05-25"]', '["D:2026-05-24"]', "the festival's last day read as the Sunday"),
 ('a10', 'the following Monday', '["D:2025-11-24"]', '["D:2025-11-17"]', "'the following Monday' read as the Monday of the hearing itself"),
 ('a10', 'last spring', '["S:spring-2025",', '["S:spring-2024",', "'last spring' said in October read a year early"),
 ('a10', 'Election Day', '["D:2025-11-04"]', '["D:2025-11-03"]', 'the first Monday of November for the Tuesday after it'),
 ('a11', 'Friday', '["D:2025-12-12"]', '["D:2025-12-11"]', 'the GMT date of the window read as the local one'),
 ('a11', 'Tomorrow', '["D:2025-12-08"]', '["D:2025-12-09"]', "a Sunday-night quote's 'Tomorrow' counted from a Monday publication"),
 ('a11', 'the weekend', '["R:2025-12-13..2025-12-14"]', '["R:2025-12-06..2025-12-07"]', "'the weekend' ahead read as the weekend just gone"),
 ('a12', 'a week from Thursday', '["D:2025-10-02"]', '["D:2025-09-25"]', "'a week from Thursday' read as the coming Thursday"),
 ('a12', 'last week', '["W:2025-09-15","W:2025-09-08"]', '["W:2025-09-22"]', "a Sunday paper's 'last week' read as the coming week"),
 ('a12', 'the eve of Yom Kippur', '["D:2025-10-01"]', '["D:2025-10-02"]', 'the eve read as the fast day itself'),
 ('a13', 'the 2025-26 marketing year', '["R:2025-09-01..2026-08-31",', '["R:2025-10-01..2026-09-30",', "the corn marketing year read as the federal fiscal year"),
 ('a13', 'next week', '["W:2025-11-10"]', '["W:2025-11-17"]', "a Friday quote's 'next week' counted from a Monday publication"),
 ('a13', 'over the summer', '["S:summer-2025",', '["S:summer-2026",', "the past summer read as the coming one"),
 ('a14', 'this autumn', '["R:2025-03-01..2025-05-31",', '["R:2025-09-01..2025-11-30",', 'a southern autumn read as the northern one'),
 ('a14', 'a week later', '["D:2025-03-21"]', '["D:2025-03-19"]', "'a week later' counted from publication, not from Holi"),
 ('a14', 'the school holidays', '["R:2025-03-29..2025-04-07",', '["R:2025-03-28..2025-04-08",', 'school holidays read with the last and first school days'),
 ('a15', 'the six months to March 31', '["R:2025-10-01..2026-03-31"]', '["R:2025-04-01..2025-09-30"]', "an April-year's second half read as its first"),
 ('a15', 'Monday', '["D:2026-06-01"]', '["D:2026-05-25"]', "the holiday in lieu read as this week's Monday"),
 ('a15', 'later this year', '["IN:2026-05-19..2026-12-31",', '["IN:2026-05-28..2026-12-31",', "a quote of May 19 counted from publication"),
 ('a16', 'last winter', '["R:2025-06-01..2025-08-31",', '["R:2024-12-01..2025-02-28",', 'a southern winter read as the northern one'),
 ('a16', 'Next week', '["W:2026-03-23"]', '["W:2026-03-30"]', "a Friday quote's 'Next week' counted from a Tuesday publication"),
 ('a16', 'the year from 1 April', '["R:2026-04-01..2027-03-31"]', '["R:2025-04-01..2026-03-31"]', "the tariff year read as the one ending"),
 ('a17', 'this summer', '["R:2025-12-01..2026-02-28",', '["R:2026-06-01..2026-08-31",', 'a southern summer read as the northern one'),
 ('a17', "the King's Birthday weekend", '["R:2026-05-30..2026-06-01",', '["R:2026-06-06..2026-06-08",', "King's Birthday read as the second Monday of June"),
 ('a17', 'Tomorrow', '["D:2025-11-07"]', '["D:2025-11-13"]', "a Thursday quote's 'Tomorrow' counted from a Wednesday publication"),
 ('a18', 'the week of Jan. 5', '["W:2026-01-05",', '["W:2025-12-29",', "'the week of Jan. 5' read as the week before it"),
 ('a18', 'Yesterday', '["D:2025-12-15"]', '["D:2025-12-18"]', "a Tuesday quote's 'Yesterday' counted from a Friday publication"),
 ('a18', 'over the winter', '["S:winter-2025",', '["S:winter-2024",', "the coming winter read as the last one"),
 ('a19', 'a year earlier', '["R:2024-01-01..2024-06-30",', '["R:2024-07-01..2024-12-31",', "'a year earlier' read as the preceding half"),
 ('a19', 'Friday week', '["D:2025-08-08"]', '["D:2025-08-01"]', "'Friday week' read as the coming Friday"),
 ('a19', 'the second half', '["R:2025-07-01..2025-12-31",', '["R:2026-01-01..2026-06-30",', 'the second half read as the next half-year'),
 ('a20', 'the first Monday in October', '["D:2026-10-05"]', '["D:2026-10-12"]', 'the second Monday (Thanksgiving) for the first'),
 ('a20', "the day after National Patriots' Day", '["D:2026-05-19"]', '["D:2026-05-26"]', "National Patriots' Day read as the last Monday of May"),
 ('a20', 'Next week', '["W:2026-06-08"]', '["W:2026-06-15"]', "a quote of June 2 counted from publication"),
 ('a21', 'three weeks from Friday', '["D:2025-05-02"]', '["D:2025-05-01"]', "'three weeks from Friday' counted from a Thursday publication"),
 ('a21', 'the current fiscal year', '["R:2024-07-01..2025-06-30",', '["R:2025-01-01..2025-12-31",', "Pakistan's July-June year read as the calendar year"),
 ('a21', 'Next month', '["M:2025-04"]', '["M:2025-05"]', "a quote of March 28 counted from publication"),
 ('a22', 'a week from Tuesday', '["D:2026-04-07"]', '["D:2026-03-31"]', "'a week from Tuesday' read as the coming Tuesday"),
 ('a22', 'Tomorrow', '["D:2026-03-27"]', '["D:2026-03-29"]', "a Thursday quote's 'Tomorrow' counted from a Saturday publication"),
 ('a22', 'over the summer', '["S:summer-2026",', '["S:summer-2025",', "the coming summer read as the last one"),
 ('a23', 'a fortnight on Saturday', '["D:2026-10-24"]', '["D:2026-10-17"]', "'a fortnight on Saturday' read as a week on Saturday"),
 ('a23', 'Thursday', '["D:2026-10-01"]', '["D:2026-10-08"]', "the past holiday's Thursday read as the coming one"),
 ('a23', 'Tomorrow', '["D:2026-10-05"]', '["D:2026-10-07"]', "a Sunday quote's 'Tomorrow' counted from a Tuesday publication"),
 ('a24', 'the 2026-27 tax year', '["R:2026-04-06..2027-04-05",', '["R:2026-04-01..2027-03-31",', 'the British tax year read as April-March'),
 ('a24', 'last autumn', '["S:autumn-2025",', '["S:autumn-2024",', "'last autumn' said in April read a year early"),
 ('a24', 'a fortnight ago', '["D:2026-03-24",', '["D:2026-03-31",', "'a fortnight ago' read as a week ago"),
 ('a25', 'Tuesday', '["D:2026-02-17"]', '["D:2026-02-10"]', 'Mardi Gras a week early'),
 ('a25', 'Ash Wednesday', '["D:2026-02-18"]', '["D:2026-02-11"]', 'Ash Wednesday a week early'),
 ('a25', 'the week after', '["W:2026-02-23"]', '["W:2026-02-16"]', "'the week after' next week read as next week"),
]
tmp = tempfile.mkdtemp(prefix='p23mut-')
try:
    copy = os.path.join(tmp, 'p23')
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
