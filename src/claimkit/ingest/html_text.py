"""HTML -> the text an editor reads: the page's main text in paragraphs and its title; scripts,
styles, navigation, footers and forms dropped. Lenient: a page that does not parse fully still gives
what it has, with a note."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A tag of the elements article markup is made of: a JSON record whose text has one is an HTML
# fragment, and is read as a page is ("2023.</p><p>Meta" would otherwise be one token).
_ARTICLE_TAG = re.compile(
    r"</?(?:p|br|div|span|a|em|strong|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|tr|td|th"
    r"|section|article|header|footer|aside|nav|script|style|img|hr|sup|sub)(?:\s[^<>]{0,500})?/?>",
    re.IGNORECASE,
)

_SKIP_TAGS = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template",
              "iframe", "button", "select"}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "base", "col", "embed"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "pre", "ul", "ol", "table", "figcaption", "main", "hr", "dd", "dt"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []  # open skipped elements, innermost last
        self.article = 0
        self.title: str | None = None
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.article += 1
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS and not (tag == "header" and self.article):
            self.skipping.append(tag)  # an article's own <header> holds its headline: keep it
        elif tag == "title" and not self.skipping and self.title is None:
            self._in_title = True  # the page's <title>, not an <svg>'s
        elif tag in _BLOCK_TAGS and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self.article:
            self.article -= 1
        if tag in self.skipping:
            while self.skipping and self.skipping.pop() != tag:
                pass  # close the skipped element and anything left open inside it
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCK_TAGS and not self.skipping:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = ((self.title or "") + " " + data).strip()
        elif not self.skipping:
            self.parts.append(data)


def html_text(markup: str) -> tuple[str, str | None, str | None]:
    """The readable text of an HTML page (scripts, navigation and footers dropped), its title, and a note."""
    parser = _TextParser()
    note = None
    try:
        parser.feed(markup)
        parser.close()
    except Exception as exc:  # noqa: BLE001  (html.parser is lenient; an error here must not lose the page)
        note = f"HTML not fully parsed ({type(exc).__name__}): text may be incomplete"
    paragraphs = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    title = " ".join(parser.title.split()) if parser.title else None
    return "\n\n".join(p for p in paragraphs if p), title or None, note


def looks_like_html(text: str) -> bool:
    """Whether text carries article markup (<p>, <br/>, </a> ...), not just a stray "<" or "a < b"."""
    return _ARTICLE_TAG.search(text) is not None
