"""Checks for chat23/cases.py (no claimkit involved).

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
ISO = {'USD', 'GBP', 'JPY', 'CNY', 'TWD', 'HKD', 'SGD', 'MYR', 'IDR', 'KRW', 'THB', 'VND',
       'BRL', 'MXN', 'COP', 'ARS', 'PEN', 'CLP', 'INR', 'PKR', 'LKR', 'NPR', 'BDT'}
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
    # money: scales, ranges, written-out and spoken amounts, dot thousands, decimal comma
    ('n001', '¥1.3 trillion'): F(13, 10) * TRN,
    ('n003', 'NT$3.2 billion'): F(32, 10) * BIL,
    ('c005', 'S$98,889'): 98 * K + 889,
    ('n007', 'Rp 71 trillion'): 71 * TRN,
    ('n011', 'MXN 43 billion'): 43 * BIL,
    ('n013', 'ARS 322,200'): 322 * K + 200,
    ('c016', '3 grand'): 3 * K,
    ('n017', '1.2 million dollars'): F(12, 10) * MIL,
    ('c018', 'twelve hundred bucks'): 12 * 100,
    ('n019', 'Rs 10 lakh'): 10 * LAKH,
    ('c020', '₹4.5 crore'): F(45, 10) * CRORE,
    ('n021', 'Tk 500 crore'): 500 * CRORE,
    ('c022', '150,000 to 250,000 dong'): (150 * K, 250 * K),
    ('n023', 'Rp 8 trillion and Rp 10 trillion'): (8 * TRN, 10 * TRN),
    ('c024', '400 or 500 baht'): (400, 500),
    ('c025', 'NT$60-120'): (60, 120),
    ('n028', '₩10 trillion'): 10 * TRN,
    ('n030', 'S/ 1.5 billion'): F(15, 10) * BIL,
    ('n032', '₩2 million'): 2 * MIL,
    ('n034', '450 million pesos'): 450 * MIL,
    ('c035', 'eighteen hundred pesos'): 18 * 100,
    ('c036', '8.990 pesos'): 8 * K + 990,
    ('c037', 'R$ 1.250,00'): 1 * K + 250 + F(0, 100),
    ('n038', 'R$2.5 billion'): F(25, 10) * BIL,
    ('n040', '$3.200'): 3 * K + 200,
    ('n042', '1 trillion yuan'): 1 * TRN,
    ('c043', 'forty thousand yen'): 40 * K,
    ('n044', '24 trillion won'): 24 * TRN,
    ('c045', '25k dong'): 25 * K,
    ('n046', 'RM2.05'): 2 + F(5, 100),
    ('c047', 'five sing dollars'): 5,
    ('n048', 'HK$5 million to HK$9 million'): (5 * MIL, 9 * MIL),
    ('n050', '₹75 lakh'): 75 * LAKH,
    ('c051', 'Rs 35 lakh'): 35 * LAKH,
    ('n052', 'COP 1,423,500'): 1 * MIL + 423 * K + 500,
    ('c053', '$38.000'): 38 * K,
    ('n054', 'CLP 1.9 billion'): F(19, 10) * BIL,
    ('n056', '300 or 350 pesos'): (300, 350),
    ('n058', 'Rp 25.000'): 25 * K,
    ('n058', 'Rp 15.000'): 15 * K,
    ('n060', 'two point four million dollars'): F(24, 10) * MIL,
    ('c061', '14 grand'): 14 * K,
    ('c062', 'ninety bucks'): 90,
    ('n177', 'S$10 billion'): 10 * BIL,
    ('n179', 'Rp 2 billion'): 2 * BIL,
    ('n181', 'MXN 12 billion'): 12 * BIL,
    ('c182', 'Rp 70.000'): 70 * K,
    ('n183', '₩3 trillion'): 3 * TRN,
    ('n185', 'NT$5 billion'): 5 * BIL,
    ('c186', '600k dong'): 600 * K,
    ('n189', '₹11,000 crore'): 11000 * CRORE,
    ('n191', 'US$1 billion'): 1 * BIL,
    ('c192', 'COP 18.000'): 18 * K,
    ('n197', 'US$4 billion'): 4 * BIL,
    ('c198', '3 grand'): 3 * K,
    # durations: fractions, composites, ranges, race time, decades
    ('n070', 'a fortnight'): 2,
    ('c072', 'quarter of an hour'): F(1, 4),
    ('n073', 'three-quarters of an hour'): F(3, 4),
    ('c075', '1.5 hrs'): F(3, 2),
    ('n077', '3 to 5 years'): (3, 5),
    ('c078', '3-4 weeks'): (3, 4),
    ('n079', 'six to eight weeks'): (6, 8),
    ('c085', 'a half-day'): F(1, 2),
    ('n094', '50 or 60 minutes'): (50, 60),
    ('n098', '10 to 14 days'): (10, 14),
    ('c099', 'two or three days'): (2, 3),
    ('c105', '1 hr 10'): 1 * 60 + 10,
    ('n106', 'two decades'): 2 * 10,
    ('c107', '4 and a half hours'): 4 + F(1, 2),
    ('c109', '25 to 30 min'): (25, 30),
    ('c111', 'a minute and a half'): 1 + F(1, 2),
    ('n112', 'three-and-a-half-year'): 3 + F(1, 2),
    ('c113', '2 hours 20 minutes'): 2 * 60 + 20,
    ('c115', 'a fortnight'): 2,
    ('n116', '3-5 working days'): (3, 5),
    ('n177', 'a decade'): 10,
    ('n193', '8 hours 45 minutes'): 8 * 60 + 45,
    ('c199', '4:32:10'): 4 * 3600 + 32 * 60 + 10,
    # quantities: heights, fractions, tolerance, scales on quantities
    ('c131', '1/2 tsp'): F(1, 2),
    ('n151', '1 and 1.5 metres'): (1, F(3, 2)),
    ('c160', '1.5 to 2 km'): (F(3, 2), 2),
    ('c134', '6-foot-8'): 6 * 12 + 8,
    ('c138', '±0.05 mm'): F(5, 100),
    ('n145', '2.6 crore tonnes'): F(26, 10) * CRORE,
    ('c162', '4.5 kg'): F(9, 2),
    ('c172', '5 ft 6'): 5 * 12 + 6,
    ('n189', '5 million tonnes'): 5 * MIL,
    ('c194', '1/4 cup'): F(1, 4),
    ('n197', '18.5 million tonnes'): F(185, 10) * MIL,
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
