import holidays, sys
for spec in sys.argv[1:]:
    c, y = spec.split(':')
    parts = c.split('-'); kw = {}
    if len(parts) > 1: kw['subdiv'] = parts[1]
    h = holidays.country_holidays(parts[0], years=int(y), **kw)
    print('==', spec)
    for d, n in sorted(h.items()): print(' ', d, d.strftime('%a'), n)
