"""Score claimkit date claims against the hand annotation in gold.py."""
import json, re, sys, datetime as dt, calendar, os
from collections import defaultdict
# the probe folder whose gold.py and articles are scored: this one, or another probe's that reuses this scorer
HERE = os.environ.get("PROBE_DIR") or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold

D = dt.date.fromisoformat
def mend(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
SEASON = {'spring': (3, 5), 'summer': (6, 8), 'autumn': (9, 11), 'winter': (12, 2)}

def reading(a):
    """-> (kind, start, end)"""
    k, v = a.split(':', 1)
    if k == 'D': d = D(v); return ('day', d, d)
    if k in ('M', 'MIN'):
        y, m = map(int, v.split('-')); return ('month' if k == 'M' else 'in', dt.date(y, m, 1), mend(y, m))
    if k in ('Y', 'YIN'):
        y = int(v); return ('year' if k == 'Y' else 'in', dt.date(y, 1, 1), dt.date(y, 12, 31))
    if k == 'Q':
        y, q = int(v[:4]), int(v[-1]); return ('quarter', dt.date(y, 3*q-2, 1), mend(y, 3*q))
    if k == 'H':
        y, h = int(v[:4]), int(v[-1]); return ('half', dt.date(y, 6*h-5, 1), mend(y, 6*h))
    if k == 'S':
        n, y = v.split('-'); y = int(y); a, b = SEASON[n]
        return ('season', dt.date(y, a, 1), mend(y + (1 if b < a else 0), b))
    if k == 'W': d = D(v); return ('week', d, d + dt.timedelta(6))
    if k in ('R', 'IN'):
        s, e = v.split('..'); return ('range' if k == 'R' else 'in', D(s), D(e))
    if k == 'RY':
        s, e = v.split('..'); return ('range', dt.date(int(s), 1, 1), dt.date(int(e), 12, 31))
    if k == 'DEC': y = int(v); return ('decade', dt.date(y, 1, 1), dt.date(y + 9, 12, 31))
    raise ValueError(a)

def accepts(alt, val):
    try:
        gs, ge = D(val['start']), D(val['end'])
    except Exception:
        return False
    gran = (val.get('granularity') or '').lower()
    k, s, e = reading(alt)
    if (gs, ge) == (s, e): return True
    if k == 'in': return s <= gs <= ge <= e
    if k == 'season':
        return abs((gs - s).days) <= 25 and abs((ge - e).days) <= 25
    if k == 'week':
        one = dt.timedelta(1)
        return (gs, ge) == (s - one, e - one) or ('week' in gran and gs in (s, s - one))
    if k == 'day': return gs == s and (ge == s or gran == 'day')
    if k in ('month', 'year', 'quarter', 'half', 'decade'):
        return gran == k and s <= gs <= ge <= e
    return False

def body_spans(text, span, occ):
    pat = (r'\b' if span[0].isalnum() else '') + re.escape(span) + (r'\b' if span[-1].isalnum() else '')
    ms = list(re.finditer(pat, text))
    if len(ms) < occ: raise SystemExit(f'gold span not found: {span!r} #{occ}')
    m = ms[occ - 1]; return m.start(), m.end()

def sentence_at(text, s, e):
    a = max(text.rfind('. ', 0, s), text.rfind('\n', 0, s)); a = 0 if a < 0 else a + 1
    b = min([x for x in (text.find('. ', e), text.find('\n', e)) if x >= 0] or [len(text)])
    return ' '.join(text[a:b + 1].split())

def main(out_path):
    out = json.load(open(out_path))
    docs = {os.path.splitext(d['id'])[0]: d for d in out['documents']}
    claims = defaultdict(list)
    for c in out['claims']:
        if c.get('kind') == 'date': claims[os.path.splitext(c['doc'])[0]].append(c)
    items, neutral = [], []
    texts = {}
    for doc in sorted(gold.G):
        t = open(os.path.join(HERE, 'articles', doc + '.md'), encoding='utf-8').read()
        texts[doc] = t
        off = t.index('\n---\n', 4) + 5
        for span, occ, alts in gold.G[doc]:
            s, e = body_spans(t[off:], span, occ)
            items.append(dict(doc=doc, span=span, s=s + off, e=e + off, alts=alts, hits=[], ok=False))
        for span, occ in gold.N.get(doc, []):
            s, e = body_spans(t[off:], span, occ); neutral.append((doc, s + off, e + off))
    tp = wrong = neut = 0
    bad = []
    for doc, cl in claims.items():
        for c in cl:
            t = texts[doc]
            assert t[c['start']:c['end']] == c['text'], (doc, c['text'])
            ov = [it for it in items if it['doc'] == doc and it['s'] < c['end'] and c['start'] < it['e']]
            good = [it for it in ov if any(accepts(a, c['value']) for a in it['alts'] if not a.startswith('P:'))]
            coarse = [it for it in ov if any(accepts(a[2:], c['value']) for a in it['alts'] if a.startswith('P:'))]
            for it in ov: it['hits'].append(c)
            for it in good: it['ok'] = True
            if good or coarse: tp += 1
            elif not ov and any(d == doc and s < c['end'] and c['start'] < e for d, s, e in neutral): neut += 1
            else:
                wrong += 1; bad.append((doc, c, ov))
    n = len(items)
    found = sum(1 for it in items if it['hits']); okn = sum(1 for it in items if it['ok'])
    P = tp / (tp + wrong) if tp + wrong else 0
    print(f'gold expressions {n}; date claims {tp+wrong+neut} (correct {tp}, wrong/non-date {wrong}, on neutral spans {neut})')
    print(f'span recall  {found}/{n} = {found/n:.1%}')
    print(f'value recall {okn}/{n} = {okn/n:.1%}')
    print(f'precision    {tp}/{tp+wrong} = {P:.1%}')
    fmt = lambda c: f"{c['text']!r}->{c['value']['start']}..{c['value']['end']}/{c['value'].get('granularity')}"
    print('\n== MISSED (no overlapping date claim)')
    for it in items:
        if not it['hits']:
            pub = docs[it['doc']]['published'] if it['doc'] in docs else '?'
            print(f"{it['doc']} pub {pub} | {it['span']!r} expect {[a for a in it['alts'] if not a.startswith('P:')]} | {sentence_at(texts[it['doc']], it['s'], it['e'])}")
    print('\n== FOUND BUT WRONG VALUE')
    for it in items:
        if it['hits'] and not it['ok']:
            pub = docs[it['doc']]['published']
            print(f"{it['doc']} pub {pub} | {it['span']!r} expect {[a for a in it['alts'] if not a.startswith('P:')]} got {'; '.join(fmt(c) for c in it['hits'])} | {sentence_at(texts[it['doc']], it['s'], it['e'])}")
    print('\n== PRECISION ERRORS (claims not on any gold span, or wrong value)')
    for doc, c, ov in bad:
        pub = docs[doc]['published']
        tag = 'WRONG' if ov else 'NON-DATE'
        print(f"{doc} pub {pub} | {tag} {fmt(c)} [{c.get('extractor')}] | {' '.join(c['sentence'].split())}")

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'out.json'))
