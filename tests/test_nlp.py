"""Long documents are cut into chunks whose offsets map back exactly."""

import pytest

from claimkit.extract.nlp import chunks


@pytest.mark.parametrize("size", [50, 200, 1000])
def test_chunks_cover_text_exactly(size):
    text = "".join(f"Paragraph {i} says the fine was €{i},000.\n\n" for i in range(200))
    pieces = list(chunks(text, 0, size))
    assert "".join(p.text for p in pieces) == text
    assert [p.start for p in pieces[1:]] == [p.end for p in pieces[:-1]]
    for piece in pieces:
        assert text[piece.start:piece.end] == piece.text
        assert len(piece.text) <= size


def test_chunks_start_after_front_matter():
    text = "---\ntitle: x\n---\nBody text.\n"
    [piece] = chunks(text, 17, 100)
    assert (piece.start, piece.end, piece.text) == (17, len(text), "Body text.\n")


def test_chunks_start_at_the_first_word_of_the_body():
    """A blank line after the front matter is not read: the model parses a lead that opens on a
    line break otherwise (see test_a_dateline_agency_is_not_the_leads_subject)."""
    text = "---\ntitle: x\n---\n\n  \nBody text.\n"
    [piece] = chunks(text, 17, 100)
    assert (piece.start, piece.text) == (text.index("Body"), "Body text.\n")
    assert piece.source_index(0) == text.index("Body")


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # who files a story and where are no one's figure, though the parse hangs the lead's verb from them
    ("BERGHOLM, Nov 12 (Nordic Press Agency) – The tongue of the Vallby Glacier pulled back by 63 metres over "
     "the past year, the Nordic Ice Monitoring Service said on Tuesday, the largest annual retreat since "
     "measurements began in 1902.", "63 metres", "Vallby Glacier"),
    ("KORSA, June 2 (Baltic News Agency) – The snout of the Korsa Glacier retreated by 52 metres over the last "
     "year, the Glacier Watch Network said on Monday, the biggest loss since 1950.", "52 metres", None),
])
def test_a_dateline_is_no_subject(extract_text, text, figure, subject):
    (claim,) = [c for c in extract_text(text, "2025-03-04", "quantity") if c.text == figure]
    assert claim.subject == subject


@pytest.mark.parametrize(("text", "word", "dateline"), [
    ("LONDON (Meridian Wire) - Acme cut 300 jobs.", "Meridian", True),
    ("Sankt Orlen, Nov 19 (Alpine Press) – The glacier shrank.", "Alpine", True),
    ("OSLO, March 2 – Nordvik cut 300 jobs.", "OSLO", True),
    # a ticker in parentheses after a name, a dash in the sentence: no dateline
    ("Tollan Mining (TML) - the biggest miner - cut 300 jobs.", "Tollan", False),
    ("Acme cut 300 jobs - its deepest cuts.", "Acme", False),
])
def test_a_dateline_is_told_by_its_shape(nlp, text, word, dateline):
    from claimkit.extract.context import _in_dateline

    doc = nlp(text)
    assert _in_dateline(next(t for t in doc if t.text == word)) is dateline


def test_chunk_without_line_breaks_is_cut_at_size():
    text = "x" * 250
    assert [len(p.text) for p in chunks(text, 0, 100)] == [100, 100, 50]


def test_five_megabyte_document_keeps_offsets(tmp_path, settings):
    """A 5 MB file goes through ingest and chunked parsing; every claim slices back to its text."""
    import spacy

    from claimkit.extract import extract_source
    from claimkit.ingest import load

    para = "Prosecutors said the company paid a fine of 500,000 euros on April 21.\n\n"
    path = tmp_path / "big.txt"
    path.write_text(para * (5_000_000 // len(para) + 1))
    source = load([str(path)]).sources[0]
    assert len(source.text) > 5_000_000
    nlp = spacy.blank("en")  # tokenizer only: this test is about offsets, not models
    nlp.add_pipe("sentencizer")
    pieces = list(chunks(source.text))
    assert len(pieces) > 40
    docs = zip(pieces, nlp.pipe(p.text for p in pieces))
    claims = extract_source(source, settings, docs)
    for claim in claims:
        assert source.text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize(("text", "parsed"), [
    ("a fine of\n500,000 euros", "a fine of 500,000 euros"),  # a wrap inside a sentence
    ("rose 12.5\npercent", "rose 12.5 percent"),
    ("a fine of  \n  500,000 euros", "a fine of 500,000 euros"),  # a wrap with spaces around it
    ("a fine of\r\n500,000 euros", "a fine of 500,000 euros"),  # Windows line ends
    ("a fine of\r500,000 euros", "a fine of 500,000 euros"),  # old Mac line ends
    ("It ended.\r\nThe next", "It ended.\r\nThe next"),
    ("5\u00a0million\teuros", "5 million euros"),  # no-break space, tab
    ("5  million \t euros", "5 million euros"),  # runs of spaces
    ("It ended.   Then", "It ended. Then"),
    ("Durov speaks out\nThe founder said", "Durov speaks out\nThe founder said"),  # a headline keeps its line
    ("It ended.\nnext came", "It ended.\nnext came"),  # after a full stop
    ("First paragraph\n\nsecond one", "First paragraph\n\nsecond one"),
    ("Headline  \nThe text", "Headline \nThe text"),
    ("jailed for 10\u201312 years", "jailed for 10-12 years"),  # en dash between figures: a range
    ("$5 \u2013 10 million, 2019\u20142020", "$5 - 10 million, 2019-2020"),  # spaced, em dash
    ("fell \u22125% to 3\u22124", "fell \u22125% to 3-4"),  # a leading minus sign stays a sign
    ("the debate \u2013 10 days on \u2013 ended", "the debate \u2013 10 days on \u2013 ended"),  # dashes between words
    ("a 10\u2011year term", "a 10-year term"),  # non-breaking hyphen
    ("5 mil\u00adlion eu\u00adros", "5 million euros"),  # soft hyphens dropped
    ("a fine of &euro;500,000 or &#8364;5", "a fine of €500,000 or €5"),  # character references
    ("500&nbsp;000 euros, 10&ndash;12 years", "500 000 euros, 10-12 years"),
    ("AT&T &amp; R&D; &bogus; &", "AT&T & R&D; &bogus; &"),  # no reference, or none known: as printed
    ("on April 21, 2025\x85Next\u2028More\u2003x", "on April 21, 2025\nNext\nMore x"),  # Unicode line ends, em space
])
def test_pieces_read_odd_spacing_as_one_space(text, parsed):
    [piece] = chunks(text)
    assert (piece.start, piece.end, piece.text) == (0, len(text), parsed)


@pytest.mark.parametrize("text", [
    "5  million euros",
    "a  b   c    d",
    "fine of  \n  500,000 euros and   3 tonnes",
    "fine of \r\n 500,000 euros\r\nand\r3 tonnes",
    "\u00a0\u00a0x\t\ty",
    "5 mil\u00adlion\u00ad\u00ad eu\u00adros and 10\u201312 years",
    "&euro;500&nbsp;000 and &#x20AC;5 and AT&T",
    "no runs at all",
])
@pytest.mark.parametrize("start", [0, 4])
def test_piece_indexes_map_back_to_the_document(text, start):
    """Every character spaCy reads maps back to the same character (or the first of its run of
    spaces, or the dash it stands for) in the document, and a span's end to the end of the same word."""
    text = "x" * start + text
    [piece] = chunks(text, start)
    for i, ch in enumerate(piece.text):
        j = piece.source_index(i)
        assert (text[j] == ch or (ch == " " and text[j].isspace()) or (ch == "-" and text[j] == "\u2013")
                or (ch in "\u20ac " and text[j] == "&")), (i, j)  # a character reference: its "&"
        end = piece.source_end(i + 1)  # a span ending with this character ends after it
        assert end == j + 1 or (text[j] == "&" and text[end - 1] == ";" and "&" not in text[j + 1:end]), (i, j, end)
    ends_visible = text.rstrip("\u00ad")
    assert piece.source_end(len(piece.text)) == len(ends_visible)


@pytest.mark.parametrize(("text", "sentences"), [
    # no sentence starts where nothing ends one: the parser would cut before a sum in a sign written
    # as a word after a name, and the figure would lose its verb
    ("Regulators fined PT Garuda Lestari Tbk Rp 3.1 trillion over the merger.", 1),
    ("A Jakarta court fined state miner PT Timah Jaya Rp 2 billion.", 1),
    # ... where something does, the parser still decides
    ("The court fined the firm. Rp 2 billion is a record.", 2),
    ("The firm appealed; the court fined it again.", 1),
    ('"We will appeal." The firm said so on Monday.', 2),
    # a blank line ends a paragraph and the sentence in it, told with no full stop or with one
    ("Prices rose 4 per cent in May\n\nThe central bank held its rate at 5 per cent on Thursday", 2),
    ("Shares in Acme fell 3 per cent\n\nAnalysts expect a second cut in June", 2),
])
def test_sentences_start_only_where_one_can_end(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences
