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


# Blocks that make a table's structure; the others ("div", "p") inside a cell only break lines within it.
_STRUCTURE = {"tr", "table"}


class _TextExtractor(HTMLParser):
    """A table row stays one line: "<td><div>Start</div></td><td><div>May 21, 10:00 AM</div></td>" reads
    "Start  May 21, 10:00 AM", as a reader sees it; a block inside a cell breaks a line only between texts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0
        self.mailto: tuple[str, int] | None = None  # an address only in a link, and where its text began
        # Per open cell: [has text, a line break waits for more text, the depth of tables it is in].
        self.cells: list[list] = []
        self.tables = 0

    def _close_cells(self) -> None:
        """Cells of the current table left open (HTML lets "</td>" out) end where a cell or row starts."""
        while self.cells and self.cells[-1][2] >= self.tables:
            self.cells.pop()

    def _block(self, tag: str) -> None:
        if self.cells and tag not in _STRUCTURE:
            cell = self.cells[-1]
            if cell[0]:
                cell[1] = True  # a break, once more text follows in this cell
            return
        self.chunks.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP or tag in _STRUCK:
            self.skipping += 1
        elif tag in _BLOCK:
            if tag in _STRUCTURE:
                self._close_cells()
                self.tables += tag == "table"
            self._block(tag)
        elif tag in _CELL:
            self._close_cells()
            self.chunks.append("  ")
            self.cells.append([False, False, self.tables])
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
            if tag in _STRUCTURE:
                self._close_cells()
                if tag == "table":
                    self.tables = max(0, self.tables - 1)
            self._block(tag)
        elif tag in _CELL and self.cells and self.cells[-1][2] == self.tables:
            self.cells.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if (self.cells or self.tables) and not data.strip():
                data = " "  # the source's indentation between a row's cells is no line break
            if self.cells and data.strip():
                cell = self.cells[-1]
                if cell[1]:
                    self.chunks.append("\n")
                    cell[1] = False
                cell[0] = True
            self.chunks.append(data)


# A table of two rows, the first of labels and the second of their values (recruiting systems' "Date | Time |
# Interviewers" over "Thursday, May 7 | 1:00 PM - 3:00 PM EDT | Tomas Reyes, Ada Brooks"): read as "Label: value"
# lines, as a reader pairs them; run together, a row's cells blur (a name, then the next cell's company).
_INNER_TABLE = re.compile(r"<table\b[^>]*>((?:(?!<table\b).)*?)</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_CELL_HTML = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)


def _column_tables(html: str) -> str:
    if "<t" not in html.lower():
        return html

    def pairs(match: re.Match[str]) -> str:
        rows = _ROW.findall(match.group(1))
        if len(rows) != 2:
            return match.group(0)
        labels, values = (_CELL_HTML.findall(row) for row in rows)
        if len(labels) < 2 or len(labels) != len(values):
            return match.group(0)
        names = [" ".join(_TAG.sub(" ", c).split()) for c in labels]
        if not all(0 < len(n) <= 30 and len(n.split()) <= 4 and not re.search(r"[\d@:]", n) for n in names):
            return match.group(0)
        texts = [" ".join(_TAG.sub(" ", c).split()) for c in values]
        if not any(re.search(r"\d", t) for t in texts):
            return match.group(0)  # two rows of words: a layout, not labels over a booking's values
        lines = [f"<div>{n}: {_LINE_BREAK.sub(', ', v).strip()}</div>" for n, v in zip(names, values, strict=True)]
        return "<div>" + "".join(lines) + "</div>"

    return _INNER_TABLE.sub(pairs, html)


def html_to_text(html: str) -> str:
    parser = _TextExtractor()
    html = _column_tables(html)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; anything it still raises leaves the text read so far
        pass
    text = "".join(parser.chunks).replace("\xa0", " ")
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return _BADGE.sub(lambda m: " ".join(g for g in m.groups() if g), text)


# A calendar badge stacks the date ("Thursday" / "30" / "April 2026" / "11:00 AM", Odoo's invitations): one line.
_BADGE = re.compile(
    r"^([^\W\d_]{3,12}\.?)\n+(\d{1,2})\n+([^\W\d_]{3,12}\.? \d{4})"
    r"(?:\n+(\d{1,2}[:.]\d{2}(?: ?[AaPp]\.?[Mm]\.?)?)(?:\n+(\([\w/+-]+\)))?)?$",
    re.MULTILINE,
)
