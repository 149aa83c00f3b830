# Prints weekday tables around the given days (p18's cal.py, itself p13's and p12's): python3 cal.py 2026-01-08 ...
import datetime as dt, sys
W=['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
for s in sys.argv[1:]:
    d=dt.date.fromisoformat(s)
    print(s, W[d.weekday()])
    past=[]; fut=[]
    for i in range(7):
        p=d-dt.timedelta(i); past.append(f"{W[p.weekday()][:3]}={p}")
        f=d+dt.timedelta(i+1); fut.append(f"{W[f.weekday()][:3]}={f}")
    print('  past(incl today):',' '.join(past))
    print('  future:',' '.join(fut))
    lw=d-dt.timedelta(d.weekday()+7); print('  last week Mon:',lw,' this week Mon:',d-dt.timedelta(d.weekday()),' next week Mon:',d-dt.timedelta(d.weekday())+dt.timedelta(7))
