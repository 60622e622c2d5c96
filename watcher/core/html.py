"""HTML bodies -> plain text with the line structure a reader sees (rows, paragraphs, list items)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import unquote

_BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "hr",
    "dt",
    "dd",
    "pre",
    "center",
}
_CELL = {"td", "th"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
_STRUCK = {"s", "strike", "del"}  # struck-through text is what no longer holds ("<s>Monday 11:00</s>")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.mailto: tuple[str, int] | None = None  # an address only in a link, and where its text began

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP or tag in _STRUCK:
            self.skipping += 1
        elif tag in _BLOCK:
            self.chunks.append("\n")
        elif tag in _CELL:
            self.chunks.append("  ")
        elif tag == "a":
            # Keep link targets: a meeting link is often only in an href.
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://", "tel:")):
                self.chunks.append(f" <{href}> ")
            elif href[:7].lower() == "mailto:":
                # <a href="mailto:dana@x.com">Dana Whitfield</a>: the address follows the name, as in a header.
                address = unquote(href[7:].split("?", 1)[0]).strip()
                self.mailto = (address, len(self.chunks)) if "@" in address and " " not in address else None

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.mailto is not None:
            address, begun = self.mailto
            self.mailto = None
            if address.lower() not in "".join(self.chunks[begun:]).lower():
                self.chunks.append(f" <{address}>")
        if tag in _SKIP or tag in _STRUCK:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.chunks.append(data)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still raises leaves the text read so far
        pass
    text = "".join(parser.chunks).replace("\xa0", " ")
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
