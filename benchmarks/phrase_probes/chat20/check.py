"""Checks for chat20/cases.py (no claimkit involved).

python3 check.py                        -> structure, spans, families, counts, ISO codes, Fraction re-checks
/work/main/.venv/bin/python check.py    -> also pint unit parsing (needs pint) and babel's currency list
Exit status 1 when any check fails.
"""
import ast, os, sys
from collections import Counter
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, 'cases.py'), encoding='utf-8').read()
ast.parse(src)
sys.path.insert(0, HERE)
import cases
ROWS = cases.ROWS
errs = []
KINDS = ('money', 'duration', 'quantity')
FAMILY = {'money': 'money', 'dur': 'duration', 'qty': 'quantity'}

# ---- row and expectation shape
for r in ROWS:
    if not (isinstance(r, tuple) and len(r) == 4 and all(isinstance(x, str) for x in r[:3])
            and isinstance(r[3], list)):
        errs.append(('row shape', r[0]))
        continue
    for e in r[3]:
        if not (isinstance(e, tuple) and len(e) == 4 and e[0] in KINDS and isinstance(e[1], str) and e[1]):
            errs.append(('exp shape', r[0], e))
            continue
        vals = e[2] if isinstance(e[2], tuple) else (e[2],)
        if isinstance(e[2], tuple) and len(e[2]) != 2:
            errs.append(('range shape', r[0], e))
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals):
            errs.append(('value type', r[0], e))
        units = e[3] if isinstance(e[3], tuple) else (e[3],)
        if not units or not all(isinstance(u, str) and u for u in units):
            errs.append(('unit/code type', r[0], e))

# ---- ids: one sequence n001..c250, c/n prefixes, no duplicate id or sentence
for i, (rid, tag, sent, exps) in enumerate(ROWS, 1):
    if rid[0] not in 'cn' or len(rid) != 4 or not rid[1:].isdigit() or int(rid[1:]) != i:
        errs.append(('id', rid, i))
if len(ROWS) != 250:
    errs.append(('row count', len(ROWS)))
if len({r[0] for r in ROWS}) != len(ROWS):
    errs.append(('dup id',))
if len({r[2] for r in ROWS}) != len(ROWS):
    errs.append(('dup sentence', [s for s, n in Counter(r[2] for r in ROWS).items() if n > 1]))

# ---- spans: verbatim, exactly once in the sentence, no overlap inside a row
for rid, tag, sent, exps in ROWS:
    spans = []
    for e in exps:
        sp = e[1]
        n = sent.count(sp)
        if n != 1:
            errs.append(('span count', rid, sp, n))
            continue
        s = sent.find(sp)
        spans.append((s, s + len(sp), sp))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(('overlap', rid, a[2], b[2]))
    if sent != sent.strip() or '  ' in sent:
        errs.append(('whitespace', rid))
    # news lines are written as sentences: capital first letter and a final full stop
    if rid[0] == 'n' and not (sent[0].isupper() and sent.endswith('.')):
        errs.append(('news style', rid, sent))

# ---- families: the tag prefix names the family; order money, dur, qty, mixed, negatives
fam = Counter(); famsrc = Counter()
order = []
for rid, tag, sent, exps in ROWS:
    kinds = {e[0] for e in exps}
    if tag.endswith('-neg'):
        f = 'nothing'; ok = not exps and tag.split('-')[0] in FAMILY
    elif tag == 'mixed':
        f = 'mixed'; ok = len(kinds) >= 2
    elif tag.split('-')[0] in FAMILY:
        f = FAMILY[tag.split('-')[0]]; ok = kinds == {f}
    else:
        f = '?'; ok = False
    if not ok:
        errs.append(('family', rid, tag, kinds))
    fam[f] += 1
    famsrc[(f, 'chat' if rid[0] == 'c' else 'news')] += 1
    if not order or order[-1] != f:
        order.append(f)
if order != ['money', 'duration', 'quantity', 'mixed', 'nothing']:
    errs.append(('family order', order))
WANT = {'money': 65, 'duration': 60, 'quantity': 60, 'mixed': 25, 'nothing': 40}
if dict(fam) != WANT:
    errs.append(('family counts', dict(fam)))

# ---- counts
exp = Counter(); rng = Counter(); multi = 0
for rid, tag, sent, exps in ROWS:
    if len(exps) > 1:
        multi += 1
    for e in exps:
        exp[e[0]] += 1
        if isinstance(e[2], tuple):
            rng[e[0]] += 1
            if not e[2][0] < e[2][1]:
                errs.append(('range order', rid, e))
chat = sum(r[0][0] == 'c' for r in ROWS); news = sum(r[0][0] == 'n' for r in ROWS)
negk = Counter(r[1] for r in ROWS if r[1].endswith('-neg'))
print('rows', len(ROWS), 'chat', chat, 'news', news)
print('rows by family', dict(fam))
print('family x source', dict(sorted(famsrc.items())))
print('nothing-to-extract rows by tag', dict(negk))
print('expectations', dict(exp), 'ranges', dict(rng), 'total', sum(exp.values()),
      'rows with more than one claim', multi)
tags = Counter(r[1] for r in ROWS)
print('domains', len({t.split('-', 1)[1] for t in tags if '-' in t and not t.endswith('-neg')}))

# ---- money codes: current ISO 4217 codes (fixed list; babel's list where available)
ISO = {'HTG', 'AWG', 'BZD', 'BMD', 'CUP', 'SRD', 'TJS', 'AFN', 'UZS', 'MNT', 'GNF', 'LRD',
       'SLE', 'CVE', 'MRU', 'XOF', 'XAF', 'XPF', 'TOP', 'VUV', 'PGK', 'WST', 'RSD', 'BAM',
       'ALL', 'MKD', 'EUR', 'RON', 'MUR', 'MGA', 'MOP', 'BND', 'MMK', 'BTN', 'LBP', 'DZD',
       'LYD', 'AOA', 'CDF', 'SZL', 'BYN', 'PAB', 'USD', 'ERN', 'CNY', 'THB', 'AUD', 'GBP',
       'KES', 'INR'}
used = set()
for rid, tag, sent, exps in ROWS:
    for e in exps:
        if e[0] == 'money':
            for c in (e[3] if isinstance(e[3], tuple) else (e[3],)):
                used.add(c)
                if c not in ISO or len(c) != 3 or not c.isupper():
                    errs.append(('code', rid, c))
try:
    from babel.numbers import list_currencies
    bad = used - set(list_currencies())
    if bad:
        errs.append(('not in babel', bad))
    print('babel currency list checked:', len(used), 'codes')
except ImportError:
    print('babel not available: codes checked against the fixed list only')
print('currencies used', sorted(used))

# ---- exact arithmetic re-checks (Fraction), keyed by (row id, span)
K, MIL, BIL = F(10**3), F(10**6), F(10**9)
CHECK = {
    ('c007', '3 somoni 50 diram'): 3 + F(50, 100),
    ('n008', '15 to 20 thousand afghanis'): (15 * K, 20 * K),
    ('c009', '35 thousand sum'): 35 * K,
    ('c010', 'a hundred and eighty thousand tugriks'): (100 + 80) * K,
    ('c016', '1 000 FCFA'): 1 * K,
    ('n018', 'T$150–250'): (150, 250),
    ('c020', '50 toea'): F(50, 100),
    ('c021', '2 tala 50 sene'): 2 + F(50, 100),
    ('c025', 'a euro and a bit'): 1,
    ('c026', '40 cents'): F(40, 100),
    ('n027', '3 lei 50 bani'): 3 + F(50, 100),
    ('n032', '1,500 to 2,500 kyat'): (1 * K + 500, 2 * K + 500),
    ('n040', '90 kopecks'): F(90, 100),
    ('n044', '50 satang'): F(50, 100),
    ('c045', 'a sawbuck'): 10,
    ('c046', 'a Jackson'): 20,
    ('c047', 'a rack'): 1 * K,
    ('c048', 'a lobster'): 20,
    ('c049', 'a pineapple'): 50,
    ('c050', 'a bag of sand'): 1 * K,
    ('c051', 'a Lady Godiva'): 5,
    ('c052', '5 thao'): 5 * K,
    ('c053', 'a hundo'): 100,
    ('n065', '$12 million'): 12 * MIL,
    ('n066', "4h 12' 36''"): 4 * 3600 + 12 * 60 + 36,
    ('n067', '2 minutes 14 seconds'): 2 * 60 + 14,
    ('n068', '17 minutes 49 seconds'): 17 * 60 + 49,
    ('c072', '2:18.46'): 2 * 60 + 18 + F(46, 100),
    ('n075', '10 hours 56 minutes'): 10 * 60 + 56,
    ('c077', '1h30'): 60 + 30,
    ('c084', '1h 55m'): 60 + 55,
    ('n087', '2 hours 50 minutes'): 2 * 60 + 50,
    ('c088', '14h 20m'): 14 * 60 + 20,
    ('n097', '6 years and 8 months'): 6 * 12 + 8,
    ('n104', 'half a century'): F(1, 2) * 100,
    ('c105', '1 yr 3 mo'): 12 + 3,
    ('c106', '2 wks 3 days'): 2 * 7 + 3,
    ('n107', 'a year and three months'): 12 + 3,
    ('c108', 'three and three-quarter hours'): 3 + F(3, 4),
    ('c109', '7 days 2 hrs'): 7 * 24 + 2,
    ('n110', '33 days, 17 hours and 10 minutes'): 33 * 24 * 60 + 17 * 60 + 10,
    ('c111', 'two-thirds of an hour'): F(2, 3) * 60,
    ('n112', 'a quarter of a century'): F(1, 4) * 100,
    ('c113', 'six and a half weeks'): 6 + F(1, 2),
    ('c124', 'an hour fifteen'): 60 + 15,
    ('n125', 'one minute and 40 seconds'): 60 + 40,
    ('c126', '2 ¼ cups'): 2 + F(1, 4),
    ('c130', '¾ tsp'): F(3, 4),
    ('c139', '2 cords'): 2 * 128,
    ('c144', 'a peck'): 1,
    ('c159', 'half a teaspoon'): F(1, 2),
    ('c164', 'a chain'): 1,
    ('c183', 'a yard and three-quarters'): 1 + F(3, 4),
    ('c186', '3 cords'): 3 * 128,
    ('n187', '950 million kyat'): 950 * MIL,
    ('c188', '12 grand'): 12 * K,
    ('n189', '2.5 cents'): F(25, 10) / 100,
    ('c190', '4h 50m'): 4 * 60 + 50,
    ('n194', 'Nu. 40 billion'): 40 * BIL,
    ('n199', 'B/. 4 million'): 4 * MIL,
    ('c201', 'half a day'): F(1, 2),
    ('n202', 'Le 180 million'): 180 * MIL,
    ('c206', '3:41:09'): 3 * 3600 + 41 * 60 + 9,
}
byid = {r[0]: r for r in ROWS}
for (rid, span), want in CHECK.items():
    r = byid.get(rid)
    hit = [e for e in (r[3] if r else []) if e[1] == span]
    if len(hit) != 1:
        errs.append(('check span not found', rid, span))
        continue
    got = hit[0][2]
    if isinstance(want, tuple):
        ok = isinstance(got, tuple) and all(F(str(g)) == w for g, w in zip(got, want))
    else:
        ok = not isinstance(got, tuple) and F(str(got)) == want
    if not ok:
        errs.append(('arith', rid, span, got, want))
print('arithmetic re-checked:', len(CHECK), 'spans')

# ---- pint units (only with pint available)
FLOWS = (cases.LPH, cases.BPD, cases.MGDL, cases.MGML, cases.MLH)  # numerator or rate/concentration
try:
    import pint
    U = pint.UnitRegistry()
    n = 0
    for rid, tag, sent, exps in ROWS:
        for e in exps:
            if e[0] == 'money':
                continue
            units = e[3] if isinstance(e[3], tuple) else (e[3],)
            dims = set()
            for u in units:
                try:
                    q = U.Quantity(1, u)
                    dims.add(str(q.dimensionality))
                    n += 1
                except Exception as ex:
                    errs.append(('unit', rid, u, repr(ex)))
            if e[0] == 'duration' and dims != {'[time]'}:
                errs.append(('duration dim', rid, dims))
            if e[0] == 'quantity' and '[time]' in dims:
                errs.append(('quantity is a time', rid))
            if e[0] == 'quantity' and len(dims) > 1 and units not in FLOWS:
                errs.append(('tuple dims', rid, dims))
    print('pint', pint.__version__, '-', n, 'unit strings parsed')
except ImportError:
    print('pint not available: units not checked')

print('ERRORS' if errs else 'OK', *errs, sep='\n')
sys.exit(1 if errs else 0)
