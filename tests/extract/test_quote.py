"""quote: quoted speech -> QuoteValue(speaker, quote); speaker from the reporting verb's subject."""

from __future__ import annotations

import pytest

from claimkit.extract import quote


def quotes(nlp, text: str) -> list[tuple[str | None, str]]:
    found = list(quote.find(nlp(text), None))
    for f in found:
        assert text[f.start:f.end] == f.value.quote
    return [(f.value.speaker, f.value.quote) for f in found]


@pytest.mark.parametrize(("text", "expected"), [
    ('Durov said: "We will not trade privacy for market share."',
     [("Durov", "We will not trade privacy for market share.")]),
    ("“It is impossible to ensure that only the police can access a backdoor,” Durov said.",
     [("Durov", "It is impossible to ensure that only the police can access a backdoor")]),
    ("Durov said, 'Technically, it is impossible to guarantee that only the police can access the backdoor,' adding that backdoors leak.",
     [("Durov", "Technically, it is impossible to guarantee that only the police can access the backdoor")]),
    ('Telegram founder Pavel Durov stated on his platform: "I would rather exit the French market than betray users."',
     [("Pavel Durov", "I would rather exit the French market than betray users.")]),
    ('Pavel Durov runs Telegram. He emphasized: "Telegram would rather exit the market than compromise."',
     [("Pavel Durov", "Telegram would rather exit the market than compromise.")]),
    ('"Losing that protection would be a tragedy," the founder wrote.',
     [("founder", "Losing that protection would be a tragedy")]),
    ('According to Salla, "it fundamentally undermines the cybersecurity principles."',
     [("Salla", "it fundamentally undermines the cybersecurity principles.")]),
    ('Durov told reporters that "every day, these freedoms are under attack."',
     [("Durov", "every day, these freedoms are under attack.")]),
    # a quote with nobody to attribute it to is kept, speaker unknown
    ('"If a country requires us to weaken encryption, we would rather exit the market."',
     [(None, "If a country requires us to weaken encryption, we would rather exit the market.")]),
])
def test_quotes_and_speakers(nlp, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert quotes(nlp, text) == expected


@pytest.mark.parametrize("text", [
    'Durov slams the EU for "killing digital freedom"! Telegram would rather exit France.',
    "He cited the “ProtectEU” proposal put forward in April.",
    "Durov posted on Telegram's “Durov Channel” on April 21.",
    "The users' data and the apps' backdoors were discussed at length by the committee.",
    "Durov’s remarks highlight the contradiction between national security and privacy.",
    '"We will not trade privacy for market share',  # never closed
    '"We will not trade\nprivacy for market share," he said.',  # marks in different paragraphs
])
def test_not_quotes(nlp, text: str) -> None:
    assert quotes(nlp, text) == []


def test_quote_paragraph_after_colon_takes_the_speaker_before(nlp) -> None:
    text = ("Durov said that Telegram has never disclosed private messages:\n"
            "“In its 12-year history, Telegram has never revealed a single byte of private messages.”")
    assert quotes(nlp, text) == [("Durov", "In its 12-year history, Telegram has never revealed a single byte of private messages.")]


def test_two_quotes_in_one_sentence(nlp) -> None:
    text = '"Telegram would rather exit the market," Durov said, adding: "Unlike some competitors, we will not trade privacy."'
    assert quotes(nlp, text) == [
        ("Durov", "Telegram would rather exit the market"),
        ("Durov", "Unlike some competitors, we will not trade privacy."),
    ]


def test_quote_claims_overlap_other_kinds(extract_text) -> None:
    text = 'Durov said: "Since its establishment 12 years ago, Telegram has never handed over private messages."'
    claims = extract_text(text)
    kinds = {c.kind for c in claims}
    assert "quote" in kinds
    q = next(c for c in claims if c.kind == "quote")
    assert q.value.speaker == "Durov" and q.text == text[q.start:q.end]


def test_speaker_name_is_cleaned(nlp) -> None:
    text = 'The Italian Competition Authority (AGCM) said: "Amazon harmed competing operators in logistics."'
    speakers = [s for s, _ in quotes(nlp, text)]
    assert speakers and "(" not in speakers[0] and "Competition Authority" in speakers[0]


@pytest.mark.parametrize(("text", "speaker"), [
    ('Durov specifically stated that although Telegram will disclose IP addresses, he said: "Telegram has never handed over any private messages."', "Durov"),
    ('Durov said the war is not over. Macron arrived in Brussels. He said: "We will defend encryption every single day."', "Macron"),
    ('In court Assange said he was "Guilty to the information", and later quipped that it "depends on the outcome of the hearing."', "Assange"),  # both quotes are his
])
def test_pronoun_speakers(nlp, text: str, speaker: str) -> None:
    assert {s for s, _ in quotes(nlp, text)} == {speaker}
