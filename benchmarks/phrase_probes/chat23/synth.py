"""Synthetic outputs for chat2's scorer over chat23/cases.py (no claimkit involved).

/work/main/.venv/bin/python synth.py
  -> writes perfect outputs (first / last alternative of every tuple, and the same with
     quantities in SI base units, temperatures in kelvin and durations in seconds) and a
     perturbed one (a wrong amount on the first row, its low end when it is a range, and
     a claim on the first money-neg row) and a second perturbed one (see pick_rows: a
     wrong currency, a too-long duration, a temperature 1 degree off, a dropped claim and
     a span moved off its text, on five different rows) into a scratch folder _synth/,
     scores each with score.py there, prints the summary lines, checks that the perfect
     ones score 100% and the perturbed ones fail exactly the rows they touch (one missed
     claim each), checks that `score.py write` writes one file per row with the
     sentence as its text, and removes _synth/.
"""
import json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import ROWS
import pint
U = pint.UnitRegistry(); Q = U.Quantity


# rows hit by the second perturbation (one fault each, of a different kind)
P2 = {}


def pick_rows():
    """wrong currency on the first point money row, a duration 1.5 times too long on the
    first duration row, a temperature 1 degree off on the first Celsius row (the scorer
    allows 0.3), a claim dropped from the first mixed row and a span moved off its text
    on the first quantity row whose span does not start the sentence"""
    def first(pred):
        return next((r[0], j) for r in ROWS for j, e in enumerate(r[3]) if pred(r, e))
    P2[first(lambda r, e: e[0] == 'money' and not isinstance(e[2], tuple))] = 'currency'
    P2[first(lambda r, e: e[0] == 'duration' and not isinstance(e[2], tuple))] = 'duration'
    P2[first(lambda r, e: e[3] == 'degree_Celsius')] = 'temperature'
    P2[first(lambda r, e: r[1] == 'mixed')] = 'drop'
    P2[first(lambda r, e: e[0] == 'quantity' and r[2].find(e[1]) > 2 and r[1] != 'mixed')] = 'span'


pick_rows()


def claims(pick, si, perturb=False, perturb2=False):
    out = []
    for rid, tag, sent, exps in ROWS:
        for j, e in enumerate(exps):
            kind, span, val, unit = e
            s = sent.find(span)
            alts = unit if isinstance(unit, tuple) else (unit,)
            u = alts[0] if pick == 'first' else alts[-1]
            c = {'doc': f'cases/{rid}.txt', 'kind': kind, 'start': s, 'end': s + len(span),
                 'text': span, 'qualifier': None}
            rng = isinstance(val, tuple)
            if kind == 'money':
                v = {'currency': u, 'amount': None if rng else val,
                     'low': val[0] if rng else None, 'high': val[1] if rng else None}
                if perturb and rid == ROWS[0][0] and j == 0:
                    if rng:  # the first row is a range here: move its low end
                        v['low'] = val[0] * 2
                    else:
                        v['amount'] = val * 2
            elif kind == 'duration':
                if si:
                    conv = lambda x: Q(x, u).to('second').magnitude
                    uu = 'second'
                else:
                    conv = lambda x: x
                    uu = u
                days = Q(val[0] if rng else val, u).to('day').magnitude
                v = {'unit': uu, 'amount': conv(val[0]) if rng else conv(val),
                     'low': conv(val[0]) if rng else None, 'high': conv(val[1]) if rng else None,
                     'days': days}
            else:
                if si:
                    if u.startswith('degree_'):
                        base = 'kelvin'
                    else:
                        base = str(Q(1, u).to_base_units().units)
                    uu = base
                    conv = lambda x: Q(x, u).to(base).magnitude
                else:
                    base = u; uu = u
                    conv = lambda x: x
                v = {'unit': uu, 'amount': None if rng else conv(val),
                     'low': conv(val[0]) if rng else None, 'high': conv(val[1]) if rng else None,
                     'base_amount': None if rng else conv(val), 'base_unit': base}
            c['value'] = v
            fault = P2.get((rid, j)) if perturb2 else None
            if fault == 'currency':
                v['currency'] = 'XXX'
            elif fault == 'duration':
                v['days'] = v['days'] * 1.5
            elif fault == 'temperature':
                v['base_amount'] = v['base_amount'] + 1.0
            elif fault == 'drop':
                continue
            elif fault == 'span':
                c['start'], c['end'] = 0, 1
            out.append(c)
    if perturb:
        neg = next(r for r in ROWS if r[1] == 'money-neg')
        out.append({'doc': f'cases/{neg[0]}.txt', 'kind': 'money', 'start': 0, 'end': 3, 'text': 'x',
                    'qualifier': None, 'value': {'currency': 'USD', 'amount': 1}})
    return {'claims': out}


work = os.path.join(HERE, '_synth')
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
for f in ('cases.py', 'score.py'):
    shutil.copy(os.path.join(HERE, f), work)
bad = []
for name, args in [('first', ('first', False)), ('last', ('last', False)),
                   ('si', ('first', True)), ('si_last', ('last', True)),
                   ('perturbed', ('first', False, True)), ('perturbed2', ('first', False, False, True))]:
    path = os.path.join(work, f'synth_{name}.json')
    json.dump(claims(*args), open(path, 'w'), ensure_ascii=False)
    res = subprocess.run([sys.executable, os.path.join(work, 'score.py'), 'score', path],
                         capture_output=True, text=True)
    lines = res.stdout.splitlines()
    summary = [l for l in lines if l.startswith(('all ', 'rows:'))]
    print(f'{name:10}', ' | '.join(summary))
    if res.returncode != 0:
        bad.append((name, res.stderr[-500:]))
    elif not name.startswith('perturbed'):
        if not any(l.startswith('all ') and l.count('100.0%') == 2 for l in lines) or \
                'rows with a failure: 0' not in res.stdout:
            bad.append(name)
    else:
        fails = json.load(open(os.path.join(work, 'failures.json')))
        neg = next(r for r in ROWS if r[1] == 'money-neg')[0]
        want = [ROWS[0][0], neg] if name == 'perturbed' else [rid for rid, j in P2]
        if sorted(f['id'] for f in fails) != sorted(want) or \
                any(len(f['missed']) != 1 for f in fails if f['id'] != neg):
            bad.append((name, [f['id'] for f in fails]))
        elif name == 'perturbed2':
            print('           faults caught:', ', '.join(f'{rid} {P2[(rid, j)]}' for rid, j in P2))
# `score.py write` in the scratch copy: one case file per row, text = sentence
subprocess.run([sys.executable, os.path.join(work, 'score.py'), 'write'], capture_output=True, text=True)
d = os.path.join(work, 'cases')
files = sorted(os.listdir(d))
mism = [rid for rid, tag, sent, _ in ROWS
        if open(os.path.join(d, rid + '.txt'), encoding='utf-8').read() != sent + '\n']
print('score.py write:', len(files), 'case files,', len(mism), 'mismatches')
if len(files) != len(ROWS) or mism:
    bad.append('write')
shutil.rmtree(work)
print('SYNTH OK' if not bad else f'SYNTH FAILED {bad}')
sys.exit(1 if bad else 0)
