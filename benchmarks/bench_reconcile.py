"""Time reconcile_claims on synthetic claims over 200 documents; print times and the growth exponent.

    .venv/bin/python benchmarks/bench_reconcile.py [N ...]      # default 1000 10000 100000

Not a test: a figure to watch. CPU time is the figure (wall time on a shared machine wanders). Claims spread over ~N/20 slots (subject x attribute), each slot
told by several documents with mostly agreeing values, some outliers, some other currencies.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import sys
import time

from claimkit.models import DateClaim, DateValue, Document, MoneyClaim, MoneyValue, SentenceClaim, SpanValue
from claimkit.reconcile import reconcile_claims
from claimkit.settings import Settings

DOCS = 200


def synthetic(n: int, seed: int = 7) -> tuple[list, list[Document]]:
    rng = random.Random(seed)
    docs = [Document(id=f"d{i:03}.md", path=f"d{i:03}.md", sha256="0" * 64,
                     published=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))) for i in range(DOCS)]
    slots = max(n // 20, 1)
    truth = [10 ** rng.uniform(3, 9) for _ in range(slots)]
    claims = []
    for k in range(n):
        s = rng.randrange(slots)
        d = docs[rng.randrange(DOCS)].id
        common = dict(id=f"{d}#{k}-{k + 1}", doc=d, text="x", start=k, end=k + 1, line=1 + k % 400, column=1,
                      sentence=f"sentence {k}", subject=f"Company {s} Group", extractor="bench")
        kind = k % 10
        if kind < 6:
            amount = truth[s] * (rng.choice([1, 1, 1, 1.3, 0.5]) if rng.random() < 0.1 else 1)
            cur = rng.choice(["USD", "USD", "EUR", "GBP", "TWD"])
            amount *= {"USD": 1, "EUR": 0.92, "GBP": 0.79, "TWD": 31.5}[cur]
            claims.append(MoneyClaim(**common, attribute=f"fine{s % 3}", modality="imposed",
                                     value=MoneyValue(amount=amount, currency=cur, low=amount, high=amount, precision=0.01)))
        elif kind < 8:
            years = 1 + s % 20 + (rng.random() < 0.05)
            days = years * 365.25
            claims.append(SentenceClaim(**common, attribute="prison term", modality="imposed",
                                        value=SpanValue(amount=years, unit="year", days=days, low=days, high=days)))
        else:
            day = (dt.date(2023, 1, 1) + dt.timedelta(days=s % 700 + (rng.random() < 0.05))).isoformat()
            claims.append(DateClaim(**common, attribute="announce", value=DateValue(
                start=day, end=day, granularity="day", year_known=True, anchored=True)))
    return claims, docs


def main(sizes: list[int]) -> None:
    settings = Settings()
    reconcile_claims(*synthetic(100), settings)  # warm the rate tables (loaded once per process)
    points = []
    for n in sizes:
        claims, docs = synthetic(n)
        t0, c0 = time.perf_counter(), time.process_time()
        _, facts, conflicts = reconcile_claims(claims, docs, settings)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        points.append((n, cpu))
        print(f"{n:>8} claims  {elapsed:7.3f} s wall  {cpu:7.3f} s cpu  {len(facts):>6} facts  {len(conflicts):>6} conflicts")
    if len(points) >= 2:
        xs = [math.log(n) for n, _ in points]
        ys = [math.log(t) for _, t in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print(f"growth exponent (log cpu time / log claims): {slope:.2f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000, 100000])
