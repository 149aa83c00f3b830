"""A generated story of N documents for the editor's page at scale (`make screenshot`, the browser test).

Usage: python tests/make_story.py N FOLDER

Deterministic (seeded): N short reports on one invented ferry collision by N/3 outlets, most
agreeing, a few with a wrong fine, toll, sentence or date, and some wire copies, so the page has
many sources, a handful of conflicts and long lists of links to summarize.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

OPENINGS = (
    "The Nordvik maritime court on {day} fined Baltica Lines {fine} over the collision of its ferry Aurora near Lindholm on {date}.",
    "Baltica Lines must pay {fine}, a court in Nordvik ruled on {day}, after its ferry Aurora hit a cargo ship on {date}.",
    "A fine of {fine} was imposed on Baltica Lines on {day} for the Aurora collision of {date}.",
    "Judges in Nordvik ordered the ferry operator Baltica Lines to pay {fine} over the crash of {date}.",
)
MIDDLES = (
    "The captain, Erik Sandvall, was sentenced to {term} in prison.",
    "Captain Erik Sandvall received {term} in prison for gross negligence.",
    "The court sentenced the captain, Erik Sandvall, to {term} in prison.",
)
ENDS = (
    "The Aurora carried {passengers} passengers; {injured} people were injured.",
    "{injured} people were injured among the {passengers} passengers on board.",
    "Of the {passengers} passengers, {injured} people were injured, the coast guard said.",
)
EXTRAS = (
    "Baltica Lines has 1,300 employees and said it would appeal.",
    "The company said it would appeal the ruling.",
    "Shares in Baltica Lines fell 4% after the ruling.",
    "Prosecutors had asked for two years.",
)


def story(n: int, seed: int = 15) -> list[tuple[str, str]]:
    """(file name, text) for n documents."""
    rng = random.Random(seed)
    outlets = [f"{rng.choice(('North', 'Harbour', 'Baltic', 'City', 'Evening', 'Coastal', 'Morning'))} "
               f"{rng.choice(('Post', 'Times', 'Herald', 'Courier', 'Radio', 'Review', 'Daily'))} {k}"
               for k in range(max(1, n // 3))]
    docs: list[tuple[str, str]] = []
    for i in range(n):
        wrong = rng.random()
        values = {
            "day": "Wednesday",
            "fine": "€24 million" if wrong < 0.04 else "€2.4 million",
            "date": "March 4, 2026" if 0.04 <= wrong < 0.07 else "March 3, 2026",
            "term": "8 months" if 0.07 <= wrong < 0.09 else "18 months",
            "passengers": "212",
            "injured": "41" if 0.09 <= wrong < 0.11 else "14",
        }
        outlet = outlets[i % len(outlets)]
        if docs and rng.random() < 0.1:  # a wire copy: an earlier document's text under another outlet
            body = docs[rng.randrange(len(docs))][1].split("---\n", 2)[2]
        else:
            parts = [rng.choice(OPENINGS), rng.choice(MIDDLES), rng.choice(ENDS), rng.choice(EXTRAS)]
            body = "\n\n".join(p.format(**values) for p in parts) + "\n"
        slug = f"{i:03d}-{outlet.lower().replace(' ', '-')}"
        front = (f"---\nsource: {outlet}\nurl: https://{slug}.example/aurora\n"
                 f"title: Aurora ruling, report {i}\npublished: 2026-03-{12 + i % 3:02d}\n---\n")
        docs.append((f"{slug}.md", front + body))
    return docs


def write(n: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in story(n):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(write(int(sys.argv[1]), Path(sys.argv[2])))
