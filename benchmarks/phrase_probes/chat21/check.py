"""Checks for chat21/cases.py (no claimkit involved).

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
ISO = {'BIF', 'DJF', 'FKP', 'GIP', 'KMF', 'KPW', 'LSL', 'SCR', 'SDG', 'SHP', 'SOS', 'SSP',
       'STN', 'SYP', 'VES', 'VED', 'XCG', 'ANG', 'SVC', 'XDR', 'CLF', 'USD', 'EUR', 'GBP',
       'RWF', 'JPY', 'CNY', 'RUB', 'IRR', 'YER', 'KHR', 'LAK', 'ZAR', 'CHF', 'NGN', 'INR',
       'AUD', 'SEK', 'KRW', 'CAD', 'NAD'}
# withdrawn currencies quoted in the past (ISO 4217 list A.3; babel lists them too)
HISTORIC = {'HRK', 'DEM', 'FRF', 'ITL', 'ESP', 'GRD', 'IEP', 'NLG', 'PTE'}
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
K, MIL, BIL = F(10**3), F(10**6), F(10**9)
CHECK = {
    ('n008', '14 maloti 50 lisente'): 14 + F(50, 100),
    ('n019', 'SDR 2.3 billion'): F(23, 10) * BIL,
    ('n033', '€2.5m'): F(25, 10) * MIL,
    ('c032', '5k euros'): 5 * K,
    ('c031', 'a grand'): 1 * K,
    ('c036', 'three hundred and fifty pounds'): 3 * 100 + 50,
    ('n037', 'twelve thousand five hundred dollars'): 12 * K + 5 * 100,
    ('c038', '$35-45'): (35, 45),
    ('n039', 'RWF 80 billion and RWF 95 billion'): (80 * BIL, 95 * BIL),
    ('c047', '85 cents'): F(85, 100),
    ('c048', 'twelve rand fifty'): 12 + F(50, 100),
    ('c050', '₦250k'): 250 * K,
    ('n051', '$3 million'): 3 * MIL,
    ('c052', '12,50€'): 12 + F(50, 100),
    ('c053', 'two bills'): 2 * 100,
    ('c054', 'a stack'): 1 * K,
    ('n057', '¥450 billion'): 450 * BIL,
    ('n058', '₹4.2 crore'): F(42, 10) * 10**7,
    ('n059', '5p'): F(5, 100),
    ('c060', 'two to three hundred dollars'): (2 * 100, 3 * 100),
    ('n061', 'A$1.6 million'): F(16, 10) * MIL,
    ('c066', 'an hour and a half'): 1 + F(1, 2),
    ('c070', '2h30'): 2 * 60 + 30,
    ('c073', 'a day or two'): (1, 2),
    ('n075', '4 minutes 28 seconds'): 4 * 60 + 28,
    ('n076', '8 minutes 20 seconds'): 8 * 60 + 20,
    ('c077', '17 hrs 10 mins'): 17 * 60 + 10,
    ('n078', 'two centuries'): 2 * 100,
    ('n079', 'two millennia'): 2 * 1000,
    ('c080', '3h 45m'): 3 * 60 + 45,
    ('n086', 'four and a half years'): 4 + F(1, 2),
    ('c089', '2 and a half hrs'): 2 + F(1, 2),
    ('n090', '21 hours and 36 minutes'): 21 * 60 + 36,
    ('c098', 'a decade'): 10,
    ('n103', '2:02:42'): 2 * 3600 + 2 * 60 + 42,
    ('c104', 'six and a half minutes'): 6 + F(1, 2),
    ('c114', 'a minute and a half'): 1 + F(1, 2),
    ('c115', 'three quarters of an hour'): F(3, 4),
    ('n118', 'a year and a half'): 1 + F(1, 2),
    ('c120', '1/32000 sec'): F(1, 32000),
    ('c121', '5 ft 10 in'): 5 * 12 + 10,
    ('c123', '⅓ cup'): F(1, 3),
    ('n133', '3.2 million cubic metres'): F(32, 10) * MIL,
    ('c135', '7 lb 8 oz'): 7 + F(8, 16),
    ('c139', 'half a pound'): F(1, 2),
    ('c140', 'three-quarters of a mile'): F(3, 4),
    ('c152', '1 kg 200 g'): 1 + F(200, 1000),
    ('c161', '2 ft 6 in'): 2 * 12 + 6,
    ('c170', '16.2 hands'): 16 * 4 + 2,
    ('n180', 'DJF 60 billion'): 60 * BIL,
    ('n182', '1.2 million Somali shillings'): F(12, 10) * MIL,
    ('n187', '5 million Falkland Islands pounds'): 5 * MIL,
    ('n190', '$2.3 billion'): F(23, 10) * BIL,
    ('n191', '2 hours 11 minutes'): 2 * 60 + 11,
    ('c192', 'a fortnight'): 2,
    ('c192', 'two grand'): 2 * K,
    ('c195', '52:30'): 52 * 60 + 30,
    ('n196', '450 million Syrian pounds'): 450 * MIL,
    ('c197', '1h50'): 60 + 50,
    ('n178', '$30 million'): 30 * MIL,
    ('n200', '€2.5 million'): F(25, 10) * MIL,
}


def same(g, w):
    """exact for decimals; a float third (1/3 cup) may differ from the Fraction by rounding only"""
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
