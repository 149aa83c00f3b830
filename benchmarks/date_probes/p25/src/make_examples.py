# Writes src/empty_out.json (no claims) and src/tiny_out.json (five claims: one right, two wrong values, one on a decoy, (p25: p24's, with p25's claims)
# one on a neutral span) in the claims format p4's scorer reads, with offsets taken from the built articles and the
# occurrences gold.py gives. Run after build.py:  python3 src/make_examples.py
import json, os, re, sys
SRC = os.path.dirname(os.path.abspath(__file__)); PROBE = os.path.dirname(SRC)
sys.path.insert(0, PROBE)
import gold
def art(d):
    t = open(os.path.join(PROBE, 'articles', d + '.md'), encoding='utf-8').read()
    m = re.match(r'---\npublished: (\d{4}-\d\d-\d\d)\nsource: (.+)\n---\n', t)
    return t, m.group(1), m.end()
def pat(span): return (r'\b' if span[0].isalnum() else '') + re.escape(span) + (r'\b' if span[-1].isalnum() else '')
def claim(d, span, kind, s, e, g):
    occ = {'G': [o for x, o, *_ in gold.G[d] if x == span], 'N': [o for x, o in gold.N[d] if x == span], 'X': [o for x, o in gold.X[d] if x == span]}[kind][0]
    t, pub, off = art(d)
    m = list(re.finditer(pat(span), t[off:]))[occ - 1]
    st, en = off + m.start(), off + m.end()
    assert t[st:en] == span
    return {'kind': 'date', 'doc': d + '.md', 'start': st, 'end': en, 'text': span, 'value': {'start': s, 'end': e, 'granularity': g},
            'sentence': span, 'extractor': 'example'}
docs = sorted(gold.G)
json.dump({'documents': [{'id': d + '.md', 'published': art(d)[1]} for d in docs], 'claims': []},
          open(os.path.join(SRC, 'empty_out.json'), 'w'), indent=1)
cl = [claim('a01', 'Thursday 2 July', 'G', '2026-07-02', '2026-07-02', 'day'),                    # right
      claim('a13', 'Next week', 'G', '2026-08-03', '2026-08-09', 'week'),                         # wrong: counted from publication, not from Saturday
      claim('a19', 'the second Friday after the first Tuesday in November', 'G', '2025-11-07', '2025-11-07', 'day'),   # wrong: the first Friday after
      claim('a06', '1390', 'X', '1390-01-01', '1390-12-31', 'year'),                              # a decoy: a helpline number
      claim('a05', 'Showa Day', 'N', '2026-04-29', '2026-04-29', 'day')]                          # neutral: a holiday's name beside its day
ids = sorted({c['doc'] for c in cl})
json.dump({'documents': [{'id': i, 'published': art(i[:3])[1]} for i in ids], 'claims': cl}, open(os.path.join(SRC, 'tiny_out.json'), 'w'), indent=1)
print('wrote empty_out.json and tiny_out.json')
