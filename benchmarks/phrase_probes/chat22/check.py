"""Checks for chat22/cases.py (no claimkit involved).

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

# ---- ids: one sequence n001..n250, c/n prefixes, no duplicate id or sentence
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
WANT = {'money': 65, 'duration': 55, 'quantity': 55, 'mixed': 25, 'nothing': 50}
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
ISO = {'USD', 'EUR', 'GBP', 'INR', 'PKR', 'LKR', 'NPR', 'KES', 'GHS', 'PHP', 'ZAR', 'TZS',
       'UGX', 'NGN', 'EGP', 'AED', 'SAR', 'QAR', 'BHD', 'KWD', 'OMR', 'MAD', 'CHF'}
HISTORIC = set()  # no withdrawn currency in this probe
used = set()
for rid, tag, sent, exps in ROWS:
    for e in exps:
        if e[0] == 'money':
            for c in (e[3] if isinstance(e[3], tuple) else (e[3],)):
                used.add(c)
                if c not in ISO | HISTORIC or len(c) != 3 or not c.isupper():
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
K, MIL, BIL, TRN = F(10**3), F(10**6), F(10**9), F(10**12)
LAKH, CRORE = F(10**5), F(10**7)
CHECK = {
    # money: scales, ranges, scale fractions, spoken and written amounts, three decimals
    ('n001', '$3-4 billion'): (3 * BIL, 4 * BIL),
    ('c002', 'a quarter of a million dollars'): F(1, 4) * MIL,
    ('n003', '2 and 3 million euros'): (2 * MIL, 3 * MIL),
    ('c004', 'Rs 3.5 lakh'): F(35, 10) * LAKH,
    ('n005', '£1.5bn'): F(15, 10) * BIL,
    ('n007', '£2.4m'): F(24, 10) * MIL,
    ('n009', '₹12,000 crore'): 12000 * CRORE,
    ('n011', 'R 1.2 billion'): F(12, 10) * BIL,
    ('n013', 'half a billion dollars'): F(1, 2) * BIL,
    ('n015', '₦4.5 billion'): F(45, 10) * BIL,
    ('n017', 'KES 1.5bn'): F(15, 10) * BIL,
    ('n019', '€1.5-2bn'): (F(15, 10) * BIL, 2 * BIL),
    ('n021', '€700 million to €1 billion'): (700 * MIL, 1 * BIL),
    ('n027', 'three-quarters of a billion dollars'): F(3, 4) * BIL,
    ('c028', 'OMR 2.500'): 2 + F(500, 1000),
    ('n029', 'N2.5 trillion'): F(25, 10) * TRN,
    ('n033', 'BD 12 million'): 12 * MIL,
    ('c034', 'two and a half thousand dollars'): (2 + F(1, 2)) * K,
    ('c046', '₦380k'): 380 * K,
    ('n051', '₹1.9 lakh crore'): F(19, 10) * LAKH * CRORE,
    ('n053', 'three and a half thousand euros'): (3 + F(1, 2)) * K,
    ('c054', 'a couple hundred bucks'): 2 * 100,
    ('n055', 'a million and a half euros'): (1 + F(1, 2)) * MIL,
    ('c056', 'a hundred and twenty pounds'): 100 + 20,
    ('c057', '180 to 220 euros'): (180, 220),
    ('c058', 'forty-five dollars'): 40 + 5,
    ('c061', '1.5k USD'): F(15, 10) * K,
    ('c062', 'half a billion euros'): F(1, 2) * BIL,
    ('n177', 'KSh 40 billion'): 40 * BIL,
    ('n179', 'R 28 million'): 28 * MIL,
    ('n181', 'SR 1.9 billion'): F(19, 10) * BIL,
    ('n185', 'QR 1.8 billion'): F(18, 10) * BIL,
    ('c190', 'USh 9 million'): 9 * MIL,
    ('n193', 'BD 400 million'): 400 * MIL,
    ('n195', '₹2,500 crore'): 2500 * CRORE,
    ('c197', '₦145k'): 145 * K,
    # durations: ISO 8601 codes, composites, fractions, race times, ranges
    ('c069', 'PT1H30M'): 1 * 60 + 30,
    ('c071', '5 min 30 s'): 5 * 60 + 30,
    ('c073', '1h 45m'): 1 * 60 + 45,
    ('c077', 'two-and-a-half-hour'): 2 + F(1, 2),
    ('c079', '24-48 hours'): (24, 48),
    ('n080', 'a month and a half'): 1 + F(1, 2),
    ('n082', 'two-and-a-half-hour'): 2 + F(1, 2),
    ('c085', 'three and a half hours'): 3 + F(1, 2),
    ('n090', '4 hours 52 minutes'): 4 * 60 + 52,
    ('n092', '2:19:36'): 2 * 3600 + 19 * 60 + 36,
    ('n094', '3 and 22 minutes'): (3, 22),
    ('n101', 'a decade'): 10,
    ('c102', '2m 47s'): 2 * 60 + 47,
    ('n105', '3h 18m'): 3 * 60 + 18,
    ('c106', 'three and a half weeks'): 3 + F(1, 2),
    ('c111', '2 min 15 sec'): 2 * 60 + 15,
    ('c112', '2 years 4 months'): 2 * 12 + 4,
    ('c113', '5:47:09'): 5 * 3600 + 47 * 60 + 9,
    ('c115', 'an hour and a quarter'): 1 + F(1, 4),
    ('c117', '4 to 6 weeks'): (4, 6),
    ('c182', '1h 58m'): 1 * 60 + 58,
    ('c197', '1h 10m'): 1 * 60 + 10,
    # quantities: per-100-km fuel use, prime-mark heights, fractions, scaled amounts
    ('c126', '5 l/100 km'): F(5, 100),
    ('n157', '4.2 l/100 km'): F(42, 10) / 100,
    ('c142', '6\'2"'): 6 * 12 + 2,
    ('c144', '5′ 10″'): 5 * 12 + 10,
    ('n149', '1.8 million km'): F(18, 10) * MIL,
    ('n161', '1.2 million hectares'): F(12, 10) * MIL,
    ('c164', '1¼ cups'): 1 + F(1, 4),
    ('c169', '4-5 litres'): (4, 5),
    ('c174', '25 to 30 knots'): (25, 30),
    ('c173', 'half a metre'): F(1, 2),
    ('n181', '6.2 million barrels'): F(62, 10) * MIL,
    ('n185', '130 million gallons'): 130 * MIL,
}


def same(g, w):
    """exact for decimals (compared through their shortest repr); a tolerance of 1e-12 covers float rounding"""
    g = F(str(g))
    return g == w or abs(g - w) <= abs(w) * F(1, 10**12)


byid = {r[0]: r for r in ROWS}
for (rid, span), want in CHECK.items():
    r = byid.get(rid)
    hit = [e for e in (r[3] if r else []) if e[1] == span]
    if len(hit) != 1:
        errs.append(('check span not found', rid, span))
        continue
    got = hit[0][2]
    if isinstance(want, tuple):
        ok = isinstance(got, tuple) and all(same(g, w) for g, w in zip(got, want))
    else:
        ok = not isinstance(got, tuple) and same(got, want)
    if not ok:
        errs.append(('arith', rid, span, got, want))
print('arithmetic re-checked:', len(CHECK), 'spans')

# ---- pint units (only with pint available)
FLOWS = (cases.LPH, cases.BPD, cases.MGDL, cases.MGML, cases.MLH, cases.PM)  # numerator or rate/concentration
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
