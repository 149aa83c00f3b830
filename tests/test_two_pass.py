"""The two-pass parse (passes.parse) gives the claims the whole pipeline gives on every sentence.

Texts: the repo's seeds, and invented articles where most sentences hold no figure, so the
first pass does skip some (the seeds' sentences nearly all hold one). The whole dev set is
compared by benchmarks/compare_passes.py.
"""

from __future__ import annotations

import pytest

from conftest import SEEDS

# Long stretches without a figure around a few claims; a quote whose speaker is a pronoun; a
# surname NER files under ORG that pleads; a headline read with the sentence after it.
SPARSE = [
    """Harbour town weighs its future

The mood on the quay was calm. Fishermen mended nets and talked about the weather. Nobody seemed
in a hurry. Tourists walked along the wall and took pictures of the boats. The old lighthouse,
painted white, stood at the end of the pier. Children played near the water while their parents
watched. The council met in the evening. Councillors argued about parking, the bins and the noise
from the bars. They agreed on very little. Then the treasurer spoke. The council was fined $2.5 million
on March 3, 2024 for breaching the Clean Air Act, she said. Many residents were surprised. Some
blamed the mayor. Others blamed the port. The mayor did not comment. His office said he was travelling.
Later, a spokesman said the town would appeal. The hearing is set for next week.
""",
    """Assange leaves court a free man

Julian Assange walked out of the courtroom smiling. His lawyers hugged him. Assange pleaded guilty
to one count of conspiracy. Supporters cheered outside the building. The judge thanked everyone.
Reporters crowded the steps. Cameras followed the convoy to the airport. The plane took off soon after.
Friends waited for him at home. His wife spoke to the crowd. She thanked the supporters. The campaign
had lasted many years. It changed the lives of everyone involved. He will turn 53 on July 3, and he
hopes to rest. "He is free at last and he can go home to his children," she said.
The crowd slowly left the square. Shops reopened and the traffic returned. A few flags stayed on the
railings. Volunteers picked up the leaflets. Their banners were folded and carried to a van. Most of
them went home tired but happy. Some stayed to talk to the reporters who remained. The square was
quiet again by nightfall. Police officers stood at the corners and chatted with the last visitors.
""",
    """Strike ends at the plant

Workers returned to the plant on Monday. The canteen reopened. Managers greeted the staff at the gate.
The union leader, Maria Lopez, addressed the workers in the yard. She spoke slowly and without notes.
The crowd listened. Some workers nodded. Others looked at their phones. Lopez praised their patience.
She thanked the families who had supported them. She criticised the board for its silence. The board
had offered nothing for weeks. Then it changed its mind. Workers will get a raise of 4.5% and a bonus
of 1,200 euros. "We did not win everything, but we won enough," she said. The vote was unanimous.
Nobody expected that. The management declined to comment. The gates were painted over the weekend.
Inside, the machines were cleaned and tested. Engineers checked the boilers. The first lorries left
the yard soon after. Drivers waved at the pickets, who were packing up their tents. Neighbours
brought coffee. The local paper sent a photographer. Her pictures showed tired but smiling faces.
Managers hope the calm will hold. Workers say they will watch the board closely.
""",
]


def _claims(texts: list[str], two_pass: bool, settings) -> list[list[str]]:
    from claimkit.api import extract_batch
    from claimkit.extract import passes
    from claimkit.ingest import load_text

    before = passes.TWO_PASS
    passes.TWO_PASS = two_pass
    try:
        found = extract_batch([load_text(t, f"{i}.txt") for i, t in enumerate(texts)], settings)
    finally:
        passes.TWO_PASS = before
    return [[c.model_dump_json() for c in claims] for _, claims, _ in found]


def _texts() -> list[str]:
    return SPARSE + [p.read_text("utf-8") for p in sorted(SEEDS.iterdir())]


def test_two_passes_give_the_claims_of_one(settings):
    texts = _texts()
    assert _claims(texts, True, settings) == _claims(texts, False, settings)


def test_first_pass_skips_sentences_of_sparse_text(nlp):
    from claimkit.extract.passes import _plan

    docs = [nlp.make_doc(text) for text in SPARSE]
    plans = [_plan(doc) for doc in docs]
    assert all(plan is not None for plan in plans)  # each is parsed in parts: the test above means something
    assert all(sum(b - a for a, b, keep in plan if keep) < 0.85 * len(doc) for plan, doc in zip(plans, docs))


def test_every_claim_lies_in_a_sentence_the_first_pass_keeps(nlp, settings):
    """Without context sentences: each claim of the whole pipeline is in a sentence marked as holding one."""
    from claimkit.extract.triggers import claim_sentences

    texts = _texts()
    for text, claims in zip(texts, _claims(texts, False, settings)):
        doc = nlp.make_doc(text)
        kept = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b, keep in claim_sentences(doc) if keep]
        for claim in map(__import__("json").loads, claims):
            assert any(a <= claim["start"] < b for a, b in kept), claim["text"]


@pytest.mark.parametrize("sentence", [
    "He was jailed for a year.",
    "It happened last Christmas.",
    "The shop opens on Tuesday.",
    "They met yesterday.",
    "The GDPR applies.",
    "Parliament passed the bill.",
    "Sales rose twelve per cent.",
    "It cost a million dollars.",
    "Dozens of people were hurt.",
    "Prices fell 3%.",
    "It costs €40.",
    '"We will appeal," she said.',
    "The strike lasted a fortnight.",
    "The summer was hot.",
    "She lost a kilogram over the holidays.",  # a measure named with an article alone
    "Add a quarter teaspoon of salt.",
    "The fee is a dollar.",  # an amount named with an article alone
    "It costs less than a euro.",
])
def test_first_pass_marks_claim_words(nlp, sentence):
    from claimkit.extract.triggers import claim_sentences

    doc = nlp.make_doc(sentence)
    assert [keep for _, _, keep in claim_sentences(doc)] == [True]


def test_first_pass_skips_a_sentence_without_figure(nlp):
    from claimkit.extract.triggers import claim_sentences

    doc = nlp.make_doc("The mood on the quay was calm. Fishermen mended nets.")
    assert [keep for _, _, keep in claim_sentences(doc)] == [False, False]
