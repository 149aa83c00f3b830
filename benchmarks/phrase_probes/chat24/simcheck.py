"""Compare chat24 sentences (all, or the ids given as arguments) with the sentences of the
earlier phrase probes chat3, chat7 and chat9 (their cases.py ROWS), by machine (difflib on
normalised text, as chat23's simcheck.py does).

python3 simcheck.py [ids...]        -> the 15 closest chat24 sentences with their nearest
                                       earlier sentence, then every chat24 sentence at or above
                                       LIMIT (0.64); exit status 1 when there is one
WIDE=1 python3 simcheck.py [ids...] -> also compare with every string constant of the .py
                                       files and every line/sentence of the .txt/.md/.json
                                       files of all other phrase_probes folders,
                                       benchmarks/date_probes and benchmarks/paraphrase
                                       (prints only scores and the file of the nearest string;
                                       a word-overlap prefilter keeps it fast)
"""
import ast
import difflib
import glob
import os
import re
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import ROWS  # noqa: E402

B = '/work/main/benchmarks'
PP = B + '/phrase_probes'
LIMIT = 0.64


def norm(s):
    return re.sub(r'\s+', ' ', re.sub(r'[^\w\s£$€₹₦₱₵%.,]', ' ', s.lower())).strip()


def earlier_rows():
    out = []
    for probe in ('chat3', 'chat7', 'chat9'):
        rows = runpy.run_path(os.path.join(PP, probe, 'cases.py'))['ROWS']
        out += [(norm(r[3]), probe) for r in rows]
    return out


def wide_strings():
    out = []
    files = glob.glob(PP + '/**/*', recursive=True) + glob.glob(B + '/date_probes/**/*', recursive=True) \
        + glob.glob(B + '/paraphrase/**/*', recursive=True)
    for f in files:
        if os.path.isdir(f) or '/chat24' in f:
            continue
        try:
            txt = open(f, encoding='utf-8').read()
        except Exception:
            continue
        strs = []
        if f.endswith('.py'):
            try:
                strs = [n.value for n in ast.walk(ast.parse(txt))
                        if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            except SyntaxError:
                strs = txt.splitlines()
        elif f.endswith(('.md', '.txt', '.json')):
            for line in txt.splitlines():
                strs += re.split(r'(?<=[.!?])\s+', line)
        rel = os.path.relpath(f, B)
        out += [(norm(s), rel) for s in strs if 15 <= len(s) <= 400]
    return list({s: (s, w) for s, w in out}.values())


def nearest(a, pool):
    sm = difflib.SequenceMatcher(None, '', a, autojunk=False)
    best = (0.0, '', '')
    for s, where in pool:
        sm.set_seq1(s)
        if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
            continue
        r = sm.ratio()
        if r > best[0]:
            best = (r, s, where)
    return best


def prefilter(a, pool, index):
    """strings sharing at least 30% of the sentence's distinct words (at least 2), and of a
    length that leaves a difflib ratio >= 0.5 possible; the whole pool when index is None."""
    if index is None:
        return pool
    words = set(a.split())
    need = max(2, int(0.3 * len(words)))
    hits = {}
    for wd in words:
        for i in index.get(wd, ()):
            hits[i] = hits.get(i, 0) + 1
    return [pool[i] for i, n in hits.items() if n >= need
            and 2 * min(len(a), len(pool[i][0])) / (len(a) + len(pool[i][0])) >= 0.5]


def run(pool, label, show_text, use_index=False):
    only = set(a for a in sys.argv[1:])
    index = None
    if use_index:
        index = {}
        for i, (s, _w) in enumerate(pool):
            for wd in set(s.split()):
                index.setdefault(wd, []).append(i)
    res = []
    for rid, _tag, _pub, sent, _ in ROWS:
        if only and rid not in only:
            continue
        a = norm(sent)
        r, s, where = nearest(a, prefilter(a, pool, index))
        res.append((r, rid, sent, s, where))
    res.sort(reverse=True)
    print('== %s: compared against %d strings' % (label, len(pool)))
    for r in res[:int(os.environ.get('TOP', 15))]:
        print(f'{r[0]:.2f} {r[1]} | {r[2]}')
        print(f'       ~ [{r[4]}] ' + (r[3][:150] if show_text else ''))
    over = [r for r in res if r[0] >= LIMIT]
    print(f'{len(over)} sentence(s) at or above {LIMIT}; highest {res[0][0]:.2f}' if res else 'no rows')
    for r in over:
        print(f'  {r[0]:.2f} {r[1]}')
    return over


over = run(earlier_rows(), 'chat3/chat7/chat9 sentences', True)
if os.environ.get('WIDE'):
    over += run(wide_strings(), 'all earlier probe strings (word-overlap prefilter)', False, True)
sys.exit(1 if over else 0)
