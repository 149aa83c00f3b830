# Builds ../articles/aNN.md and ../gold.py from the marked-up sources aNN.txt in this folder.
# Markup: {{span|readings}} where readings are ';'-separated (see gold.py's header), or N (neutral
# span, a date claim counts neither way) or X (decoy: a non-date that looks like one; recorded in
# gold.X for reference only, so any date claim on it is scored as a precision error).
import re, os, glob, sys
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
MK = re.compile(r'\{\{(.+?)\|(.+?)\}\}')
def pat(span):
    return (r'\b' if span[0].isalnum() else '') + re.escape(span) + (r'\b' if span[-1].isalnum() else '')
os.makedirs(os.path.join(OUT, 'articles'), exist_ok=True)
HEADER = open(os.path.join(SRC, "header.txt"), encoding="utf-8").read().rstrip("\n")
docs = {}
for f in sorted(glob.glob(os.path.join(SRC, 'a??.txt'))):
    doc = os.path.basename(f)[:3]
    raw = open(f, encoding='utf-8').read()
    head, body_m = raw.split('\n\n', 1)
    meta = dict(l.split(': ', 1) for l in head.splitlines())
    items, pos = [], 0
    out = ''
    for m in MK.finditer(body_m):
        out += body_m[pos:m.start()]
        span, rd = m.group(1), m.group(2)
        items.append((span, len(out), rd))
        out += span
        pos = m.end()
    out += body_m[pos:]
    assert '{{' not in out and '}}' not in out and '|' not in out, doc
    out = out.rstrip('\n') + '\n'
    G, N, X = [], [], []
    for span, st, rd in items:
        ms = list(re.finditer(pat(span), out))
        idx = [i for i, x in enumerate(ms) if x.start() == st and x.end() == st + len(span)]
        if not idx: sys.exit(f'{doc}: span {span!r} at {st} not word-bounded')
        occ = idx[0] + 1
        if rd == 'N': N.append((span, occ))
        elif rd == 'X': X.append((span, occ))
        else: G.append((span, occ, rd.split(';')))
    text = f"---\npublished: {meta['published']}\nsource: {meta['source']}\n---\n" + out
    open(os.path.join(OUT, 'articles', doc + '.md'), 'w', encoding='utf-8').write(text)
    docs[doc] = (meta, G, N, X, out)

L = HEADER.splitlines() + ["G = {}", "N = {}", "X = {}"]
q = lambda x: '"' + x + '"'
for doc, (meta, G, N, X, out) in docs.items():
    parts = [f"({q(s)},{o},[{','.join(q(a) for a in r)}])" for s, o, r in G]
    lines, cur = [], ''
    for p in parts:
        if len(cur) + len(p) > 100 and cur:
            lines.append(cur); cur = ''
        cur += p + ','
    lines.append(cur)
    body = '\n '.join(lines).rstrip(',')
    L.append(f"G[{doc!r}] = [{body}]")
    L.append(f"N[{doc!r}] = [{','.join('(' + q(s) + ',' + str(o) + ')' for s, o in N)}]")
    L.append(f"X[{doc!r}] = [{','.join('(' + q(s) + ',' + str(o) + ')' for s, o in X)}]")
    L.append('')
open(os.path.join(OUT, 'gold.py'), 'w', encoding='utf-8').write('\n'.join(L))
print('built', len(docs), 'docs;', sum(len(v[1]) for v in docs.values()), 'gold items;',
      sum(len(v[2]) for v in docs.values()), 'neutral;', sum(len(v[3]) for v in docs.values()), 'decoys')
