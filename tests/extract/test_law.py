"""law: names of bills and acts -> LawValue(name, canonical, score), by cue patterns and the gazetteer."""

from __future__ import annotations

import pytest

from claimkit.extract import law


def laws(nlp, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.value.canonical) for f in law.find(nlp(text), None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Under the EU Digital Services Act, Telegram discloses IP addresses.", [("Digital Services Act", "Digital Services Act")]),
    ("The EU is still advancing the ProtectEU legislation.", [("ProtectEU", "ProtectEU")]),
    ('He cited the "ProtectEU" proposal put forward in April.', [("ProtectEU", "ProtectEU")]),
    ("Salla criticized the “ProtectEU” bill on LinkedIn.", [("ProtectEU", "ProtectEU")]),
    ("The GDPR applies to every platform.", [("GDPR", "General Data Protection Regulation")]),
    ("Regulators invoked the DSA against X.", [("DSA", "Digital Services Act")]),
    ("Ofcom enforces the Online Safety Act.", [("Online Safety Act", "Online Safety Act")]),
    ("Critics of the Online Safety Bill said it would break encryption.", [("Online Safety Bill", "Online Safety Act")]),
    ("He was charged under the Computer Fraud and Abuse Act.", [("Computer Fraud and Abuse Act", "Computer Fraud and Abuse Act")]),
    ("The USA PATRIOT Act expanded surveillance.", [("USA PATRIOT Act", "Patriot Act")]),
    ("Lawmakers revived the EARN IT Act in the Senate.", [("EARN IT Act", "EARN IT Act")]),
    ("Chat Control would scan private messages.", [("Chat Control", "CSAM Regulation")]),
    ("The Investigatory Powers Act gives police wide powers.", [("Investigatory Powers Act", "Investigatory Powers Act")]),
    ("Brussels finalised the AI Act last year.", [("AI Act", "AI Act")]),
    ("The Digital Markets Act targets gatekeepers.", [("Digital Markets Act", "Digital Markets Act")]),
    ("Fines fall under the Treaty on the Functioning of the EU.", [("Treaty on the Functioning of the EU", "Treaty on the Functioning of the European Union")]),
    # unknown but well-formed names keep themselves as canonical
    ("Canada passed Bill C-11 and Proposition 22 failed.", [("Bill C-11", "Bill C-11"), ("Proposition 22", "Proposition 22")]),
    ("Russia's Law on Foreign Agents and the Code of Criminal Procedure apply.",
     [("Law on Foreign Agents", "Law on Foreign Agents"), ("Code of Criminal Procedure", "Code of Criminal Procedure")]),
    ("The Law of the Sea Convention was signed.", [("Law of the Sea Convention", "Law of the Sea Convention")]),
    ("The Media Freedom Protection Act passed.", [("Media Freedom Protection Act", "Media Freedom Protection Act")]),
    ("Senators backed the Secure Messaging Bill on Tuesday.", [("Secure Messaging Bill", "Secure Messaging Bill")]),
    ('Ministers defended the "Safe Chats" proposal.', [("Safe Chats", "Safe Chats")]),
    ('They tabled a bill called "Clean Networks" in May.', [("Clean Networks", "Clean Networks")]),
])
def test_law_names(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert laws(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Although the French Parliament rejected the bill last month, the debate continues.",
    "The law was passed by the Senate.",
    "The EU wants access to private messages.",
    "The EU bill was rejected.",
    "The French proposal failed in March.",
    "Similar proposals were rejected by the National Assembly.",
    "This proposal aims to find technical solutions by 2026.",
    "The Senate bill would force apps to install backdoors.",
    "Durov said the dsa was unclear.",
    "Supporters of the bill believed it would help counter-terrorism.",
    "A law requiring messaging apps to install backdoors was passed.",
    "The National Company Law Appellate Tribunal upheld the fine.",
    "The Act of Parliament passed.",
])
def test_not_laws(nlp, text: str) -> None:
    assert laws(nlp, text) == []


@pytest.mark.parametrize(("name", "canonical", "score"), [
    ("Protectionu", "ProtectEU", 0.80),
    ("Digital Service Act", "Digital Services Act", 0.97),
    ("Chat Controll", "CSAM Regulation", 0.96),
])
def test_garbled_names_map_with_lower_score(name: str, canonical: str, score: float) -> None:
    value = law.normalize(name)
    assert value.canonical == canonical
    assert value.score == pytest.approx(score, abs=0.01)


@pytest.mark.parametrize("name", ["Data Services Act", "Protection Act", "Cyber Security Act", "Digital Trade Act"])
def test_other_names_are_not_forced_onto_the_gazetteer(name: str) -> None:
    assert law.normalize(name).canonical == name


def test_garbled_name_in_context_has_note_and_lower_confidence(nlp) -> None:
    text = ("Durov cited the European Commission’s “Protectionu” proposal from early April. "
            "Salla said it undermines the principles aimed at standing on Protectionu.")
    found = list(law.find(nlp(text), None))
    assert [(text[f.start:f.end], f.value.canonical) for f in found] == [("Protectionu", "ProtectEU")] * 2
    assert found[0].notes == ("garbled spelling matched to ProtectEU, score 0.80",)
    assert found[0].confidence < 0.7


def test_claim_text_matches_offsets(extract_text) -> None:
    text = "Telegram complies with the EU Digital Services Act.\nThe ProtectEU proposal is next."
    claims = extract_text(text, kind="law")
    assert [(c.text, c.value.canonical, c.line) for c in claims] == [
        ("Digital Services Act", "Digital Services Act", 1), ("ProtectEU", "ProtectEU", 2),
    ]
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_gazetteer_has_source_note() -> None:
    import json
    from importlib import resources

    raw = json.loads((resources.files("claimkit") / "data" / "laws.json").read_text("utf-8"))
    assert raw["_source"]
    canon = [e["canonical"] for e in raw["laws"]]
    assert len(canon) == len(set(canon))
