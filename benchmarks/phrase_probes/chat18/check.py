"""Checks for chat18/cases.py (no claimkit involved).

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
ISO = {'EUR', 'GBP', 'KES', 'MYR', 'ZAR', 'USD', 'NGN', 'PHP', 'ZMW', 'TZS', 'GMD', 'MVR',
       'GHS', 'UGX', 'TTD', 'MZN', 'MWK', 'CAD', 'AUD', 'NZD', 'SGD', 'BWP', 'INR', 'PKR',
       'LKR', 'NPR', 'XCD', 'KYD'}
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
K, MIL, BIL, CRORE = F(10**3), F(10**6), F(10**9), F(10**7)
CHECK = {
    ('c002', 'seventy quid'): 70,
    ('n005', 'R1 450'): 1 * 1000 + 450,
    ('n009', '5p'): F(5, 100),
    ('n009', '£1.30'): 1 + F(30, 100),
    ('c010', 'Rs. 28,000/='): 28 * K,
    ('c016', '1,500 dalasi'): 1 * K + 500,
    ('n023', 'USh 5,500 to 6,000'): (5 * K + 500, 6 * K),
    ('n024', 'TT$4.97'): 4 + F(97, 100),
    ('n030', '€1.5 million'): F(3, 2) * MIL,
    ('c031', 'a tenner'): 10,
    ('n033', '$5 million'): 5 * MIL,
    ('c034', 'R9 600'): 9 * 1000 + 600,
    ('n036', 'Rs 2,000 and Rs 3,000'): (2 * K, 3 * K),
    ('n038', 'KSh 180,000 and KSh 350,000'): (180 * K, 350 * K),
    ('c039', '50 to 80 shillings'): (50, 80),
    ('c040', '£2.40'): 2 + F(40, 100),
    ('n042', '£52m'): 52 * MIL,
    ('n042', '£6m'): 6 * MIL,
    ('n043', 'R15 million'): 15 * MIL,
    ('c044', '€1 billion'): BIL,
    ('c045', '300 grand'): 300 * K,
    ('n046', '₹24.75 crore'): F(2475, 100) * CRORE,
    ('c051', 'GH₵400–500'): (400, 500),
    ('n057', 'two hundred rupees'): 2 * 100,
    ('c058', '₦15k'): 15 * K,
    ('c059', 'RM3.80'): 3 + F(80, 100),
    ('c062', '2,000 to 2,500 bob'): (2 * K, 2 * K + 500),
    ('c065', 'three and a half thousand naira'): (3 + F(1, 2)) * K,
    ('c071', 'an hour and a quarter'): 1 + F(1, 4),
    ('c072', '2 hrs 45'): 2 * 60 + 45,
    ('c074', 'one and a half hours'): 1 + F(1, 2),
    ('c080', '1 hr 20 min'): 60 + 20,
    ('c082', '3 and a half hours'): 3 + F(1, 2),
    ('n085', 'three months'): 3,
    ('c103', 'a week or two'): (1, 2),
    ('n102', 'two and a half years'): 2 + F(1, 2),
    ('c106', 'half an hour'): F(1, 2),
    ('n190', 'half an hour'): F(1, 2),
    ('c108', 'one and a half months'): 1 + F(1, 2),
    ('c115', 'an hour and ten'): 60 + 10,
    ('c117', 'a fortnight'): 2,
    ('n125', 'two hours and 38 minutes'): 2 * 60 + 38,
    ('n126', 'a mile and a half'): 1 + F(1, 2),
    ('c128', '8st 10lb'): 8 * 14 + 10,
    ('n129', '15.3 hands'): 15 * 4 + 3,
    ('c130', '4 miles 2½ furlongs'): 4 + (2 + F(1, 2)) / 8,
    ('c146', 'two and a quarter litres'): 2 + F(1, 4),
    ('c154', 'a kilo and a quarter'): 1 + F(1, 4),
    ('n162', '6 ft 4'): 6 * 12 + 4,
    ('c171', 'two and a quarter cups'): 2 + F(1, 4),
    ('n180', '7 ft 9¼ in'): 7 * 12 + 9 + F(1, 4),
    ('c141', '5 ft 9'): 5 * 12 + 9,
    ('c141', '5 ft 2'): 5 * 12 + 2,
    ('n187', '1m 2f'): 1 + F(2, 8),
    ('n187', '2:04.15'): 2 * 60 + 4 + F(15, 100),
    ('c202', '4 kwacha 50 ngwee'): 4 + F(50, 100),
    ('n203', 'TSh 8.5 billion'): F(85, 10) * BIL,
    ('n206', '£65m'): 65 * MIL,
    ('n192', 'R5 million'): 5 * MIL,
    ('n200', 'R12 million'): 12 * MIL,
    ('c199', 'R1 600'): 1 * 1000 + 600,
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
FLOWS = (cases.LPH, cases.BPD)
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
