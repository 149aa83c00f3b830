"""A generated corpus of news-like text dense with figures (money, dates, prison terms,
percentages, counts, quotes, law names), deterministic for a seed: `news(words) -> list[str]`."""

from __future__ import annotations

import random

SUBJECTS = ["Acme Holdings", "the city council", "Northwind Bank", "the ministry", "Globex Corp.",
            "the regulator", "Initech", "the hospital trust", "Umbrella Pharma", "the union"]
PEOPLE = ["Maria Lopez", "John Chen", "Aisha Khan", "Peter Novak", "Elena Rossi", "Tom Okafor"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
CURRENCIES = [("$", ""), ("€", ""), ("£", ""), ("", " yen"), ("", " Swiss francs"), ("NT$", "")]
LAWS = ["the Data Protection Act", "the Clean Air Act", "the Digital Services Act", "Bill C-11",
        "the Law on Foreign Agents", "the Competition Act 1998"]
TEMPLATES = [
    "{subj} was fined {money} on {date} for breaching {law}.",
    "Prosecutors said {person} could face up to {years} years in prison.",
    "{person} was sentenced to {years} years in prison and ordered to pay {money}.",
    "Revenue rose {pct}% to {money} in the {quarter} quarter, {subj} said on {weekday}.",
    "About {count} people were evacuated and {count2} homes were damaged, officials said.",
    "\"We expect {money} in savings by {year},\" {person} told reporters.",
    "The deal, announced on {date}, values {subj} at {money}, a premium of {pct}%.",
    "Unemployment fell to {pct}% in {month}, the lowest since {year}.",
    "The trial lasted {days} days; the jury deliberated for {hours} hours.",
    "{subj} will cut {count} jobs over {years} years, or {pct}% of its workforce.",
    "Shares closed {pct}% higher at {money} on {date}.",
    "The plant emits {tons} tonnes of CO2 a year and covers {area} hectares.",
]


def _money(rng: random.Random) -> str:
    pre, post = rng.choice(CURRENCIES)
    style = rng.randrange(3)
    if style == 0:
        amount = f"{rng.randint(1, 999):,}{',000' * rng.randint(1, 2)}"
    elif style == 1:
        amount = f"{rng.randint(1, 99)}.{rng.randint(1, 9)} {rng.choice(['million', 'billion'])}"
    else:
        amount = f"{rng.randint(2, 900)}{rng.choice(['m', 'bn', ' million'])}"
    return f"{pre}{amount}{post}"


def _sentence(rng: random.Random) -> str:
    year = rng.randint(2015, 2025)
    text = rng.choice(TEMPLATES).format(
        subj=rng.choice(SUBJECTS), person=rng.choice(PEOPLE), law=rng.choice(LAWS), money=_money(rng),
        date=f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}", year=year, month=rng.choice(MONTHS),
        years=rng.randint(2, 25), pct=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}", count=f"{rng.randint(12, 9000):,}",
        count2=rng.randint(3, 400), quarter=rng.choice(["first", "second", "third", "fourth"]),
        weekday=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        days=rng.randint(3, 90), hours=rng.randint(2, 30), tons=f"{rng.randint(1, 900):,},000",
        area=rng.randint(10, 5000),
    )
    return text[0].upper() + text[1:]


def news(words: int, seed: int = 11) -> list[str]:
    """Articles of 3-6 paragraphs of 2-4 sentences each, to at least `words` words."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < words:
        paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
        text = "\n\n".join(paragraphs) + "\n"
        out.append(text)
        total += len(text.split())
    return out


def small_docs(n: int, seed: int = 5) -> list[str]:
    """n one-sentence documents (for the memory benchmark)."""
    rng = random.Random(seed)
    return [_sentence(rng) + "\n" for _ in range(n)]
