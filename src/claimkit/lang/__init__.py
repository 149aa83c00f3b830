"""Other languages: documents and paragraphs not in English -> their language and their Claims.

    identify.py   the language of a text (lingua's packaged models, loaded on first use) and the
                  paragraphs of an English document written in another language
    cues.py       the per-language cue tables (`cues/<lang>.yaml`) joined with Babel's CLDR data
    numbers.py    printed numbers by locale: separators, scale words, Chinese numerals
    dates.py      dates with dateparser: anchored on `published`, honest about missing years
    find.py       one sentence -> its figures (money, percent, terms, durations, counts, dates)
    read.py       a document's foreign-language parts -> Claims with their `language`

The English pipeline (`claimkit.extract`) never imports this package; `api` calls `read`
only for documents or paragraphs identified as one of `SUPPORTED`.
"""

from __future__ import annotations

from claimkit.lexicon import OTHER_LANGUAGES as SUPPORTED

__all__ = ["SUPPORTED"]
