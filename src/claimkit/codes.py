"""The finding codes of `claimkit check`: one literal table, like flake8's code table.

A code is CK + family digit (the claim's kind) + two digits (what was found).
Codes are a committed surface: never renumber or reuse one; retire it instead.
"""

from __future__ import annotations

from typing import NamedTuple


class Code(NamedTuple):
    code: str
    kind: str      # family: money, date, sentence, count, percent, law, quote, measure, internal
    status: str    # conflict | unsupported | contested | converted
    variant: str   # "" or the reason that picks a sibling code: "conversion", "rounding"
    name: str      # a stable slug for SARIF rule names
    text: str      # what it means, for --list-codes and the README


# Severity of a finding: a conflict's comes from the reconciler; the others are fixed (see check.py).
CODES: tuple[Code, ...] = (
    Code("CK101", "money", "conflict", "", "money-conflict", "a money figure differs from what the sources say"),
    Code("CK102", "money", "conflict", "conversion", "money-conflict-converted",
         "a money figure differs from the sources even after currency conversion"),
    Code("CK110", "money", "unsupported", "", "money-unsupported", "no source gives this money figure"),
    Code("CK120", "money", "contested", "", "money-contested", "the sources disagree among themselves on this money figure"),
    Code("CK130", "money", "converted", "conversion", "money-converted",
         "a money figure agrees with the sources only after currency conversion (the rate is named)"),
    Code("CK131", "money", "converted", "rounding", "money-rounded",
         "a money figure agrees with the sources only within rounding"),
    Code("CK201", "date", "conflict", "", "date-conflict", "a date differs from what the sources say"),
    Code("CK210", "date", "unsupported", "", "date-unsupported", "no source gives this date"),
    Code("CK220", "date", "contested", "", "date-contested", "the sources disagree among themselves on this date"),
    Code("CK231", "date", "converted", "rounding", "date-coarser",
         "a date agrees with the sources only at a different granularity (month vs day)"),
    Code("CK301", "sentence", "conflict", "", "sentence-conflict", "a penalty (prison term, probation) differs from the sources"),
    Code("CK310", "sentence", "unsupported", "", "sentence-unsupported", "no source gives this penalty"),
    Code("CK320", "sentence", "contested", "", "sentence-contested", "the sources disagree among themselves on this penalty"),
    Code("CK331", "sentence", "converted", "rounding", "sentence-rounded",
         "a penalty agrees with the sources only within rounding or unit conversion"),
    Code("CK401", "count", "conflict", "", "count-conflict", "a count (charges, users) differs from the sources"),
    Code("CK410", "count", "unsupported", "", "count-unsupported", "no source gives this count"),
    Code("CK420", "count", "contested", "", "count-contested", "the sources disagree among themselves on this count"),
    Code("CK431", "count", "converted", "rounding", "count-rounded", "a count agrees with the sources only within rounding"),
    Code("CK501", "percent", "conflict", "", "percent-conflict", "a percentage differs from the sources"),
    Code("CK510", "percent", "unsupported", "", "percent-unsupported", "no source gives this percentage"),
    Code("CK520", "percent", "contested", "", "percent-contested", "the sources disagree among themselves on this percentage"),
    Code("CK531", "percent", "converted", "rounding", "percent-rounded",
         "a percentage agrees with the sources only within rounding"),
    Code("CK601", "law", "conflict", "", "law-conflict", "a law or bill is named differently from the sources"),
    Code("CK610", "law", "unsupported", "", "law-unsupported", "no source names this law or bill"),
    Code("CK620", "law", "contested", "", "law-contested", "the sources disagree among themselves on this law's name"),
    Code("CK631", "law", "converted", "rounding", "law-normalized",
         "a law's name matches the sources only after normalization (spelling, garbling)"),
    Code("CK701", "quote", "conflict", "", "quote-conflict", "a quotation differs from the sources' wording"),
    Code("CK710", "quote", "unsupported", "", "quote-unsupported", "no source has this quotation"),
    Code("CK720", "quote", "contested", "", "quote-contested", "the sources quote this differently among themselves"),
    Code("CK731", "quote", "converted", "rounding", "quote-paraphrased",
         "a quotation matches the sources only as a paraphrase"),
    Code("CK801", "measure", "conflict", "", "measure-conflict", "a duration or quantity differs from the sources"),
    Code("CK802", "measure", "conflict", "conversion", "measure-conflict-converted",
         "a duration or quantity differs from the sources even after unit conversion"),
    Code("CK810", "measure", "unsupported", "", "measure-unsupported", "no source gives this duration or quantity"),
    Code("CK820", "measure", "contested", "", "measure-contested",
         "the sources disagree among themselves on this duration or quantity"),
    Code("CK830", "measure", "converted", "conversion", "measure-converted",
         "a duration or quantity agrees with the sources only after unit conversion"),
    Code("CK831", "measure", "converted", "rounding", "measure-rounded",
         "a duration or quantity agrees with the sources only within rounding"),
    Code("CK901", "internal", "conflict", "", "draft-self-conflict", "the draft contradicts itself on this figure"),
)

BY_CODE: dict[str, Code] = {c.code: c for c in CODES}

# The claim kinds of models.Kind, mapped to their code family.
FAMILY: dict[str, str] = {
    "money": "money", "date": "date", "sentence": "sentence", "count": "count", "percent": "percent",
    "law": "law", "quote": "quote", "duration": "measure", "quantity": "measure",
}


def code_for(kind: str, status: str, variant: str = "") -> Code:
    """The code of a finding: ('money', 'conflict', 'conversion') -> CK102.

    Falls back to the variant-less code of the family when no sibling exists
    (a date has no 'conversion' conflict: it is CK201).
    """
    family = FAMILY.get(kind, "internal")
    for wanted in (variant, ""):
        for code in CODES:
            if code.kind == family and code.status == status and code.variant == wanted:
                return code
    if status == "converted":  # every family has a rounding code
        return code_for(kind, status, "rounding")
    raise KeyError(f"no finding code for {kind}/{status}/{variant}")


README_URL = "https://github.com/claimkit/claimkit/blob/main/README.md"

# What a finding of each status asks of the editor (`claimkit explain`, SARIF `help`).
_TO_DO = {
    "conflict": "The sources say otherwise. Read the figure against the sources the message names (outlet "
                "and line); correct the draft, or, when the draft is right and the sources are wrong or "
                "out of date, keep it and silence the finding (below).",
    "unsupported": "No source gives this figure: it may be new reporting, or a slip. Add the source that "
                   "gives it to the folder checked against, or cut or correct the figure.",
    "contested": "The draft agrees with some sources, but the sources disagree among themselves. Say which "
                 "source the figure comes from, or check which one is right.",
    "converted": "Informational: the figure agrees with the sources only after conversion or rounding; the "
                 "message names the rate or the sources' own figure. Nothing fails on it by default.",
}

_SELF = ("The draft gives two different figures for what the sources take as one fact (the message names "
         "the other line). Make them agree, or make plain that they are two things.")


def help_text(code: Code) -> str:
    """What a finding means and what to do about it: `claimkit explain CK301`, SARIF rules' `help`."""
    default = "info" if code.status == "converted" else "low" if code.status in ("unsupported", "contested") else None
    severity = (f"Severity: {default}." if default else
                "Severity: high, medium or low, from how far apart the figures are (--fail-on medium fails on "
                "medium and high).")
    return (f"{code.code} {code.name} ({code.status})\n\n"
            f"{code.text[0].upper()}{code.text[1:]}.\n\n"
            f"{_SELF if code.kind == 'internal' else _TO_DO[code.status]}\n\n"
            f"{severity}\n\n"
            f"To accept it: a comment <!-- claimkit: ignore {code.code} --> on the line before the paragraph "
            f"(or inside it); or record the draft's current findings with --write-baseline FILE and check "
            f"with --baseline FILE.\n\n"
            f"More: {help_uri(code)}\n")


def help_uri(code: Code) -> str:
    """Where the README's code table has this code's row."""
    return f"{README_URL}#{code.code.lower()}"


def list_codes() -> str:
    """The code table as text, one code a line (`claimkit check --list-codes`)."""
    width = max(len(c.name) for c in CODES)
    return "\n".join(f"{c.code}  {c.name:<{width}}  {c.status:<11}  {c.text}" for c in CODES) + "\n"


def markdown_table() -> str:
    """The code table in Markdown, for the README."""
    rows = ["| code | name | status | meaning | help |", "|---|---|---|---|---|"]
    rows += [f'| <a id="{c.code.lower()}"></a>{c.code} | {c.name} | {c.status} | {c.text} | `claimkit explain {c.code}` |'
             for c in CODES]
    return "\n".join(rows) + "\n"
