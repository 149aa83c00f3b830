"""Long documents are cut into chunks whose offsets map back exactly."""

import pytest

from claimkit.nlp import chunks


@pytest.mark.parametrize("size", [50, 200, 1000])
def test_chunks_cover_text_exactly(size):
    text = "".join(f"Paragraph {i} says the fine was €{i},000.\n\n" for i in range(200))
    pieces = list(chunks(text, 0, size))
    assert "".join(p for _, p in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= size


def test_chunks_start_after_front_matter():
    text = "---\ntitle: x\n---\nBody text.\n"
    pieces = list(chunks(text, 17, 100))
    assert pieces == [(17, "Body text.\n")]


def test_chunk_without_line_breaks_is_cut_at_size():
    text = "x" * 250
    assert [len(p) for _, p in chunks(text, 0, 100)] == [100, 100, 50]


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
    docs = zip([o for o, _ in pieces], nlp.pipe(p for _, p in pieces))
    claims = extract_source(source, settings, docs)
    for claim in claims:
        assert source.text[claim.start:claim.end] == claim.text


@pytest.mark.parametrize(("text", "parsed"), [
    ("a fine of\n500,000 euros", "a fine of 500,000 euros"),  # a wrap inside a sentence
    ("rose 12.5\npercent", "rose 12.5 percent"),
    ("5\u00a0million\teuros", "5 million euros"),  # no-break space, tab
    ("Durov speaks out\nThe founder said", "Durov speaks out\nThe founder said"),  # a headline keeps its line
    ("It ended.\nnext came", "It ended.\nnext came"),  # after a full stop
    ("First paragraph\n\nsecond one", "First paragraph\n\nsecond one"),
])
def test_pieces_read_odd_spacing_as_spaces(text, parsed):
    [(offset, piece)] = list(chunks(text))
    assert (offset, piece) == (0, parsed)
    assert len(piece) == len(text)  # offsets into the document still hold
