"""Compare chat23 sentences (all, or the ids given as arguments) with the strings of the
earlier phrase probes (difflib): every string constant of their .py files and every line
and sentence of their .txt/.md/.json files, normalised.

python3 simcheck.py [ids...]   -> the 15 closest sentences with their nearest earlier string,
                                  then every sentence at or above LIMIT (0.64); exit status 1
                                  when there is one
"""
import ast, difflib, glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import ROWS

B = '/work/main/benchmarks/phrase_probes'
LIMIT = 0.64


def norm(s):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s£$€₹₦₱₵%.,]', ' ', s.lower())).strip()


strings = []
for f in glob.glob(B + '/**/*', recursive=True):
    if os.path.isdir(f) or '/chat23' in f:
        continue
    try:
        txt = open(f, encoding='utf-8').read()
    except Exception:
        continue
    if f.endswith('.py'):
        try:
            for node in ast.walk(ast.parse(txt)):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    strings.append(node.value)
        except SyntaxError:
            strings += txt.splitlines()
    elif f.endswith(('.md', '.txt', '.json')):
        for line in txt.splitlines():
            strings += re.split(r'(?<=[.!?])\s+', line)
strings = list({norm(s) for s in strings if 15 <= len(s) <= 400})
print('compared against', len(strings), 'strings')
ONLY = set(sys.argv[1:])
res = []
for rid, tag, sent, _ in ROWS:
    if ONLY and rid not in ONLY:
        continue
    a = norm(sent)
    sm = difflib.SequenceMatcher(None, '', a, autojunk=False)
    best = (0, '')
    for s in strings:
        sm.set_seq1(s)
        if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
            continue
        r = sm.ratio()
        if r > best[0]:
            best = (r, s)
    res.append((best[0], rid, sent, best[1]))
res.sort(reverse=True)
for r in res[:int(os.environ.get("TOP", 15))]:
    print(f'{r[0]:.2f} {r[1]} | {r[2]}\n       ~ {r[3][:150]}')
over = [r for r in res if r[0] >= LIMIT]
print(f'{len(over)} sentence(s) at or above {LIMIT}; highest {res[0][0]:.2f}' if res else 'no rows')
for r in over:
    print(f'  {r[0]:.2f} {r[1]}')
sys.exit(1 if over else 0)
