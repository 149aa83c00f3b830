"""Checks for chat19/cases.py (no claimkit involved).

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
ISO = {'AED', 'HUF', 'BGN', 'PEN', 'PLN', 'GEL', 'KZT', 'CRC', 'MDL', 'UAH', 'UZS', 'KWD',
       'KGS', 'GBP', 'USD', 'NGN', 'PGK', 'BOB', 'EUR', 'TOP', 'XPF', 'VUV', 'WST', 'AMD',
       'IQD', 'OMR', 'JOD', 'SAR', 'BHD', 'MKD', 'ALL', 'MNT', 'PYG', 'DOP', 'HNL', 'UYU',
       'SBD', 'GTQ', 'NIO', 'AZN', 'CLP', 'TMT', 'QAR', 'TND', 'AUD', 'FJD'}
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
    ('c007', '25,000–30,000 tenge'): (25 * K, 30 * K),
    ('c008', '₡85.000'): 85 * K,
    ('c010', '1 180 zł'): 1 * K + 180,
    ('n013', '15 fils'): F(15, 1000),
    ('c014', '900 to 1,500 som'): (900, 1 * K + 500),
    ('n015', '25 stotinki'): F(25, 100),
    ('c016', 'five large'): 5 * K,
    ('c017', 'a couple of hundred quid'): 2 * 100,
    ('c020', '$100k'): 100 * K,
    ('c022', '₦2.1 million'): F(21, 10) * MIL,
    ('n028', '€3.9 million'): F(39, 10) * MIL,
    ('c030', '92 000 XPF'): 92 * K,
    ('c033', '₴1,400–1,500'): (1 * K + 400, 1 * K + 500),
    ('n034', '40 tetri'): F(40, 100),
    ('n041', 'OMR 1.250'): 1 + F(250, 1000),
    ('n045', '2,500 and 3,500 lek'): (2 * K + 500, 3 * K + 500),
    ('c047', 'Gs. 350.000'): 350 * K,
    ('c050', 'five to seven hundred lempiras'): (5 * 100, 7 * 100),
    ('c051', '$U 1.800'): 1 * K + 800,
    ('c052', 'eighty-five quid'): 80 + 5,
    ('n053', '$15.9 million'): F(159, 10) * MIL,
    ('c059', '8.900 pesos'): 8 * K + 900,
    ('c063', '8 riyals 50 halalas'): 8 + F(50, 100),
    ('c065', '1 dirham 50 fils'): 1 + F(50, 100),
    ('c066', '3 h 20 min'): 3 * 60 + 20,
    ('c071', 'four and a half hours'): 4 + F(1, 2),
    ('c073', 'a quarter of an hour'): F(1, 4),
    ('c078', '3 hrs 5 min'): 3 * 60 + 5,
    ('n082', '5 hours 40 minutes'): 5 * 60 + 40,
    ('n089', '4 years and 7 months'): 4 * 12 + 7,
    ('c095', 'a week and a half'): 1 + F(1, 2),
    ('c096', '1:02.45'): 60 + 2 + F(45, 100),
    ('n097', '4:33.21'): 4 * 60 + 33 + F(21, 100),
    ('n099', '8 minutes 5.6 seconds'): 8 * 60 + 5 + F(6, 10),
    ('c108', 'a fortnight'): 2,
    ('c109', '4 days and 6 hours'): 4 * 24 + 6,
    ('n110', '11 days, 14 hours and 22 minutes'): 11 * 24 * 60 + 14 * 60 + 22,
    ('c117', 'half an hour'): F(1, 2),
    ('c120', '2 and a half hours'): 2 + F(1, 2),
    ('n121', '14 hours 25 minutes'): 14 * 60 + 25,
    ('c125', '2d 5h'): 2 * 24 + 5,
    ('n146', '1.2 million barrels'): F(12, 10) * MIL,
    ('c152', 'half an inch'): F(1, 2),
    ('c164', '1 m 85'): 1 + F(85, 100),
    ('c165', '6 ft 6'): 6 * 12 + 6,
    ('n180', '2.3 billion cubic metres'): F(23, 10) * BIL,
    ('c182', 'an inch and a quarter'): 1 + F(1, 4),
    ('n190', 'A$40 million'): 40 * MIL,
    ('c198', '2:11.8'): 2 * 60 + 11 + F(8, 10),
    ('c198', '1 m 78'): 1 + F(78, 100),
    ('n202', '2.4 billion tenge'): F(24, 10) * BIL,
    ('n209', '$5 billion'): 5 * BIL,
    ('n209', 'four decades'): 4 * 10,
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
FLOWS = (cases.LPH, cases.BPD, cases.MGDL, cases.MGML)  # numerator or rate/concentration
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
