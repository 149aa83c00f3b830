# Mutation test of verify.py (p25: p24's mutate.py with p25's mutations, each naming the occurrence it changes): copies the
# probe to a scratch folder, changes readings in its gold.py on purpose (each a plausible misreading), runs the copy's
# src/verify.py and requires every mutation to be reported as an ERROR naming its span. The scratch copy is deleted
# afterwards.  Run: python3 src/mutate.py
import os, re, shutil, subprocess, sys, tempfile
PROBE = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
MUT = [  # (doc, span, occurrence, old reading list text (its start), new text, what the mistake is)
 ('a01', 'the Twelfth', 2, '["D:2026-07-12"]', '["D:2026-07-13"]', "the Twelfth itself read as its observed bank holiday"),
 ('a01', 'that day', 1, '["D:2026-07-13"]', '["D:2026-07-12"]', "the parades' 'that day' read as the Sunday of the Twelfth, not the Monday holiday"),
 ('a01', 'Yesterday', 1, '["D:2026-06-30"]', '["D:2026-07-01"]', "a Wednesday quote's 'Yesterday' counted from a Thursday publication"),
 ('a01', 'three weeks later', 1, '["D:2026-04-07"]', '["D:2026-07-23"]', "'three weeks later' counted from publication, not from St Patrick's Day"),
 ('a01', 'the 2026-27 financial year', 1, '["R:2026-04-01..2027-03-31",', '["R:2026-07-01..2027-06-30",', "a UK April-March year read as July-June"),
 ('a01', 'the late summer bank holiday', 1, '["D:2026-08-31"]', '["D:2026-08-03"]', "Northern Ireland's late summer bank holiday read as the first Monday of August (Scotland, Ireland)"),
 ('a02', 'the weekend', 1, '["R:2025-08-15..2025-08-16"]', '["R:2025-08-16..2025-08-17"]', "Bangladesh's Friday-Saturday weekend read as Saturday-Sunday"),
 ('a02', 'Tomorrow', 1, '["D:2025-08-11"]', '["D:2025-08-12"]', "a Sunday quote's 'Tomorrow' counted from a Monday publication"),
 ('a02', 'four days later', 1, '["D:2025-07-10"]', '["D:2025-08-15"]', "'four days later' counted from publication, not from the Ashura holiday"),
 ('a02', 'FY2025-26', 1, '["R:2025-07-01..2026-06-30",', '["R:2025-04-01..2026-03-31",', "Bangladesh's July-June year read as April-March"),
 ('a02', 'Thursday', 2, '["D:2025-08-07"]', '["D:2025-08-14"]', "a paper 'sat on Thursday' read as the coming Thursday"),
 ('a03', 'the following week', 1, '["W:2026-10-26"]', '["W:2026-10-12"]', "'the following week' counted from publication, not from the last day off"),
 ('a03', 'since Monday', 1, '["D:2026-10-05",', '["D:2026-10-12",', "'since Monday' read as the coming Monday"),
 ('a03', 'the end of Tihar', 1, '["D:2026-11-11"]', '["D:2026-11-08"]', "the end of Tihar read as Laxmi Puja, its main day"),
 ('a03', 'mid-July', 1, '["MIN:2026-07"]', '["MIN:2027-07"]', "a fiscal year that 'began in mid-July' read as the coming July"),
 ('a04', '5 Iyar', 1, '["D:2025-05-03"]', '["D:2025-05-01"]', "the Hebrew date read as the day the holiday was moved to"),
 ('a04', 'Independence Day', 2, '["D:2025-05-01"]', '["D:2025-05-03"]', "Independence Day read on 5 Iyar, not moved off the Sabbath"),
 ('a04', 'the weekend', 1, '["R:2025-05-02..2025-05-03"]', '["R:2025-05-03..2025-05-04"]', "Israel's Friday-Saturday weekend read as Saturday-Sunday"),
 ('a04', 'Tomorrow', 1, '["D:2025-04-28"]', '["D:2025-04-29"]', "a Sunday quote's 'Tomorrow' counted from a Monday publication"),
 ('a04', 'Thursday', 2, '["D:2025-04-24"]', '["D:2025-05-01"]', "last week's 'was marked on Thursday' read as the coming Thursday"),
 ('a05', 'the year that ended on March 31', 1, '["R:2025-04-01..2026-03-31"]', '["R:2025-01-01..2025-12-31"]', "a Japanese April-March year read as the calendar year"),
 ('a05', 'a month earlier', 1, '["D:2026-04-06"]', '["D:2026-03-24"]', "'a month earlier' counted from publication, not from the last day of the holidays"),
 ('a05', 'Yesterday', 1, '["D:2026-04-22"]', '["D:2026-04-23"]', "a Thursday quote's 'Yesterday' counted from a Friday publication"),
 ('a05', 'First-quarter', 1, '["R:2026-04-01..2026-06-30",', '["R:2026-01-01..2026-03-31",', "an April-March year's first quarter read as the calendar one"),
 ('a06', 'next Monday', 1, '["D:2026-05-25"]', '["D:2026-06-01"]', "'next Monday' said on a Monday read as Monday week"),
 ('a06', 'the long weekend', 1, '["R:2026-05-23..2026-05-25",', '["R:2026-05-23..2026-05-24",', "the long weekend read without its substitute Monday"),
 ('a06', 'the following day', 1, '["D:2026-06-04"]', '["D:2026-05-20"]', "'the following day' counted from publication, not from polling day"),
 ('a06', 'a year earlier', 1, '["R:2025-05-01..2025-05-10"]', '["Y:2025"]', "'a year earlier' read as the whole previous year, not the same ten days"),
 ('a07', '2025-2026', 1, '["R:2025-08-01..2026-07-31",', '["R:2025-07-01..2026-06-30",', "Fiji's August-July year read as July-June"),
 ('a07', 'this winter', 1, '["R:2025-06-01..2025-08-31",', '["R:2025-12-01..2026-02-28",', "a southern winter read as the northern one"),
 ('a07', 'the first ten months of the financial year', 1, '["R:2024-08-01..2025-05-31"]', '["R:2025-01-01..2025-10-31"]', "fiscal months read as calendar ones"),
 ('a07', 'the current year', 1, '["R:2024-08-01..2025-07-31"]', '["R:2025-01-01..2025-12-31"]', "the current financial year read as the calendar year"),
 ('a08', 'Monday', 1, '["D:2025-09-15"]', '["D:2025-09-08"]', "the added holiday Monday read as the Monday just gone"),
 ('a08', 'Remembrance Day', 1, '["D:2025-07-23"]', '["D:2024-11-11"]', "Papua New Guinea's Remembrance Day read as the Commonwealth's 11 November"),
 ('a08', 'Tomorrow', 1, '["D:2025-09-09"]', '["D:2025-09-11"]', "a Monday quote's 'Tomorrow' counted from a Wednesday publication"),
 ('a08', 'the four-day weekend', 1, '["R:2025-09-13..2025-09-16",', '["R:2025-09-13..2025-09-14",', "a four-day holiday weekend read as a plain weekend"),
 ('a08', 'the Friday', 1, '["D:2025-12-26"]', '["D:2025-09-12"]', "Boxing Day's 'the Friday' read as the coming Friday"),
 ('a09', 'the following Monday', 1, '["D:2026-05-18"]', '["D:2026-01-19"]', "'the following Monday' counted from publication, not from the nominations"),
 ('a09', 'this winter', 1, '["R:2026-06-01..2026-08-31",', '["R:2025-12-01..2026-02-28",', "a southern winter read as the northern one"),
 ('a09', 'September 19', 1, '["D:2026-09-19"]', '["D:2026-09-18"]', "37 days counted from the eve of polling"),
 ('a09', 'Today', 1, '["D:2026-01-13"]', '["D:2026-01-14"]', "a quote from Tuesday's launch read as the publication day"),
 ('a10', 'the following Monday', 1, '["D:2025-06-09"]', '["D:2025-06-02"]', "'the following Monday' counted from publication, not from Martyrs' Day"),
 ('a10', 'two weeks ago', 1, '["D:2025-05-17",', '["D:2025-05-24",', "'two weeks ago' read as a week ago"),
 ('a10', 'Yesterday', 1, '["D:2025-05-29"]', '["D:2025-05-30"]', "a Friday quote's 'Yesterday' counted from a Saturday publication"),
 ('a10', 'the 2025/26 financial year', 1, '["R:2025-07-01..2026-06-30",', '["R:2025-04-01..2026-03-31",', "Uganda's July-June year read as April-March"),
 ('a11', 'March 3 and 4', 1, '["R:2025-03-03..2025-03-04",', '["R:2026-03-03..2026-03-04",', "last year's Carnival read in the publication year"),
 ('a11', 'The day after tomorrow', 1, '["D:2026-02-12"]', '["D:2026-02-13"]', "a Tuesday quote's 'the day after tomorrow' counted from a Wednesday publication"),
 ('a11', 'Tuesday', 3, '["D:2026-02-10"]', '["D:2026-02-17"]', "'said on Tuesday' read as Carnival Tuesday"),
 ('a11', 'February 8 and 9, 2027', 1, '["R:2027-02-08..2027-02-09",', '["R:2027-02-15..2027-02-16",', "Carnival 2027 a week late"),
 ('a12', 'Wednesday', 2, '["D:2026-11-18"]', '["D:2026-11-25"]', "tickets for the washed-out Wednesday read as next Wednesday's"),
 ('a12', 'Yesterday', 1, '["D:2026-11-18"]', '["D:2026-11-19"]', "a Thursday quote's 'Yesterday' counted from a Friday publication"),
 ('a12', 'the day after Independence Day', 1, '["D:2026-12-01"]', '["D:2026-07-05"]', "Barbados' Independence Day read as the American one"),
 ('a12', '28', 1, '["D:2026-11-28"]', '["D:2026-12-28"]', "a list day given the month after its anchor's"),
 ('a13', 'Thursday and Friday', 1, '["R:2026-07-30..2026-07-31",', '["R:2026-08-06..2026-08-07",', "Cup Match read after the first Monday in August"),
 ('a13', 'Next week', 1, '["W:2026-07-27"]', '["W:2026-08-03"]', "a Saturday quote's 'Next week' counted from a Monday publication"),
 ('a13', 'Tuesday last week', 1, '["D:2026-07-21"]', '["D:2026-07-28"]', "'Tuesday last week' read as the coming Tuesday"),
 ('a13', 'Bermuda Day', 1, '["D:2026-05-22"]', '["D:2026-05-29"]', "Bermuda Day read as the last Friday of May"),
 ('a14', 'the year of assessment that ended on 30 June', 1, '["R:2024-07-01..2025-06-30"]', '["R:2025-04-06..2026-04-05"]', "Gibraltar's July-June year read as the British tax year"),
 ('a14', 'the extra day', 1, '["D:2025-12-01"]', '["D:2025-11-30"]', "the day the deadline moves to read as the Sunday deadline itself"),
 ('a14', '2025/26', 1, '["R:2025-07-01..2026-06-30",', '["R:2025-04-06..2026-04-05",', "Gibraltar's 2025/26 read as the British tax year"),
 ('a14', 'Yesterday', 1, '["D:2025-11-10"]', '["D:2025-11-11"]', "a Tuesday quote's 'Yesterday' counted from a Wednesday publication"),
 ('a15', 'Easter', 2, '["D:2026-04-12"]', '["D:2026-04-05"]', "Easter in Cyprus read as the western one"),
 ('a15', 'Monday', 1, '["D:2026-06-01"]', '["D:2026-05-25"]', "Kataklysmos read as the western Whit Monday"),
 ('a15', 'Today', 1, '["D:2026-05-27"]', '["D:2026-05-28"]', "a Wednesday quote's 'Today' read as the publication day"),
 ('a15', '10/06/2026', 1, '["D:2026-06-10"]', '["D:2026-10-06"]', "a day-first Cypriot use-by date read month first"),
 ('a16', 'Two days ago', 1, '["D:2026-04-14"]', '["D:2026-04-15"]', "a Thursday quote's 'Two days ago' counted from a Friday publication"),
 ('a16', 'April 15', 1, '["D:2024-04-15"]', '["D:2026-04-15"]', "the 2024 date read in the publication year"),
 ('a16', 'Sunday', 1, '["D:2026-04-19"]', '["D:2026-04-12"]', "bib pickup that 'runs through Sunday' read as the Sunday just gone"),
 ('a17', 'a Saturday', 1, '["D:2026-07-04"]', '["D:2026-06-20"]', "a predicative 'a Saturday' read as the coming Saturday"),
 ('a17', 'This weekend', 1, '["R:2026-06-20..2026-06-21"]', '["R:2026-06-13..2026-06-14"]', "a Monday quote's 'This weekend' read as the weekend just gone"),
 ('a17', 'Monday', 1, '["D:2026-06-15"]', '["D:2026-06-22"]', "'said on Monday' read as the coming Monday"),
 ('a18', 'the last quarter of the fiscal year', 1, '["R:2025-04-01..2025-06-30",', '["R:2025-10-01..2025-12-31",', "a July-June year's last quarter read as the calendar one"),
 ('a18', 'a year later', 1, '["Y:1966"]', '["Y:2026"]', "'a year later' counted from publication, not from 1965"),
 ('a18', 'July through February', 1, '["R:2024-07-01..2025-02-28",', '["R:2025-07-01..2026-02-28",', "revenue months so far read as the coming ones"),
 ('a19', 'the second Friday after the first Tuesday in November', 1, '["D:2025-11-14"]', '["D:2025-11-07"]', "the first Friday after for the second"),
 ('a19', 'Yesterday', 1, '["D:2025-11-03"]', '["D:2025-11-04"]', "a Tuesday quote's 'Yesterday' counted from a Wednesday publication"),
 ('a19', 'this spring', 1, '["R:2025-09-01..2025-11-30",', '["R:2025-03-01..2025-05-31",', "a southern spring read as the northern one"),
 ('a19', 'Labour Day', 1, '["D:2025-10-27"]', '["D:2025-09-01"]', "New Zealand's Labour Day read as the North American one"),
 ('a20', 'Tonight', 1, '["D:2025-12-08"]', '["D:2025-12-09"]', "a Monday quote's 'Tonight' read as the publication day"),
 ('a20', 'this summer', 1, '["R:2025-12-01..2026-02-28",', '["R:2026-06-01..2026-08-31",', "a southern summer read as the northern one"),
 ('a20', 'Friday', 4, '["D:2025-12-05"]', '["D:2025-12-12"]', "schools that 'broke up on Friday' read as the coming Friday"),
 ('a21', 'the year to March', 1, '["R:2024-04-01..2025-03-31"]', '["R:2025-04-01..2026-03-31"]', "the year just ended read as the year to next March"),
 ('a21', 'the day after the meeting', 1, '["D:2025-06-27"]', '["D:2025-04-01"]', "the payment day counted from the record date"),
 ('a21', 'last week', 1, '["W:2025-06-09"]', '["W:2025-06-16"]', "'last week' read as this week"),
 ('a21', 'the April-June quarter', 1, '["Q:2025-Q2",', '["Q:2025-Q1",', "the first fiscal quarter read as the calendar first quarter"),
 ('a22', 'Today', 1, '["D:2026-06-03"]', '["D:2026-06-04"]', "a Wednesday quote's 'Today' read as the publication day"),
 ('a22', 'the Spring Bank Holiday', 1, '["D:2026-05-25"]', '["D:2026-05-04"]', "the spring bank holiday read as the May Day holiday"),
 ('a22', 'Sunday', 3, '["D:2026-06-07"]', '["D:2026-05-31"]', "hotels 'full until Sunday' read as the Sunday just gone"),
 ('a23', 'Next week', 1, '["W:2025-05-05"]', '["W:2025-05-12"]', "a Friday quote's 'Next week' counted from a Tuesday publication"),
 ('a23', 'Friday', 2, '["D:2025-05-02"]', '["D:2025-05-09"]', "'adjourned the case on Friday' read as Liberation Day"),
 ('a23', 'a year later', 1, '["M:2023-03",', '["M:2026-05",', "'a year later' counted from publication, not from the arrest"),
 ('a23', 'the following week', 1, '["W:2025-05-19"]', '["W:2025-05-12"]', "'the following week' counted from publication, not from the defence's opening"),
 ('a24', 'the last Saturday of the month', 1, '["D:2026-06-27"]', '["D:2026-06-06"]', "the last Saturday of the month read as the first"),
 ('a24', 'Yesterday', 1, '["D:2026-06-24"]', '["D:2026-06-25"]', "a Thursday quote's 'Yesterday' counted from a Friday publication"),
 ('a24', 'the long weekend', 1, '["R:2026-07-04..2026-07-06",', '["R:2026-07-01..2026-07-06",', "the long weekend stretched back to Independence Day"),
 ('a24', 'the 2026/27 fiscal year', 1, '["R:2026-07-01..2027-06-30",', '["R:2026-04-01..2027-03-31",', "Rwanda's July-June year read as April-March"),
 ('a25', 'last week', 1, '["W:2026-02-16","W:2026-02-09"]', '["W:2026-02-23"]', "a Sunday paper's 'last week' read as the coming week"),
 ('a25', 'Tomorrow', 1, '["D:2026-02-21"]', '["D:2026-02-23"]', "a Friday quote's 'Tomorrow' counted from a Sunday publication"),
 ('a25', 'a Sunday', 1, '["D:2025-02-23"]', '["D:2026-02-22"]', "last year's 'a Sunday' read as the publication Sunday"),
]
tmp = tempfile.mkdtemp(prefix='p25mut-')
try:
    copy = os.path.join(tmp, 'p25')
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
