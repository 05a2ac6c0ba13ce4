"""Read an AsciiDoc source (a handbook or report written in AsciiDoc, saved as text) as its rendered
page reads: the title and section titles without their `=` marks, admonitions (`NOTE:`) as their
text, the header (author line, `:attribute:` entries) as metadata with `:revdate:` dating the
text, and what the page does not show as prose left out: `//` comments, block attribute lines
(`[abstract]`, `[cols=...]`), tables (`|===`), listings and passthrough blocks, a table's or
image's block title and `footnote:[...]` macros (apparatus). Attribute references (`{product}`)
show their values."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .dates import is_iso_date, parse_date

ADOC_MIN_MARKS = 3  # an AsciiDoc source has at least this many attribute entries, `==` titles or blocks

_DOC_TITLE = re.compile(r"=[ \t]+\S.*")
_SECTION = re.compile(r"(?:={2,6}|#{2,6})[ \t]+(?P<title>\S.*)")  # (closing marks stripped after)
# the attributes an AsciiDoc header sets (a header of attribute entries alone must set one of them)
_HEADER_ATTRIBUTE = re.compile(r"(?i)author|email|revdate|revnumber|revremark|doctype|toc|toclevels|sectnums|icons"
                               r"|description|keywords|lang|imagesdir|source-highlighter|experimental|sectanchors|idprefix")
_ATTRIBUTE = re.compile(r":(?P<name>!?[A-Za-z0-9_][\w-]*!?):(?:[ \t]+(?P<value>.*))?")
_BLOCK_ATTRIBUTES = re.compile(r"\[(?:[\w.#%,=\" '-]*|\[[^\]]*\])\]")  # "[abstract]", "[cols="1,1",options="header"]", "[[anchor]]"
_BLOCK_TITLE = re.compile(r"\.(?P<title>[^.\s].*)")
_ADMONITION = re.compile(r"(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+")
# delimiters of blocks whose lines are not prose: tables, listings, literal and passthrough blocks,
# comment blocks (the rest, quotes, sidebars and examples, hold text)
_SKIPPED_BLOCK = re.compile(r"(?:\|===+|,===+|:===+|-{4,}|\.{4,}|\+{4,}|/{4,}|`{3}.*)")
_TEXT_BLOCK = re.compile(r"(?:_{4,}|\*{4,}|={4,}|--)")
_BLOCK_MACRO = re.compile(r"(?:image|video|audio|include|toc)::\S*\[[^\]]*\]")
_BREAK = re.compile(r"(?:'{3,}|<{3}|\*{3}|-{3})")  # a thematic or page break
_ITEM = re.compile(r"(?:[*.\-]{1,5}|\d{1,3}\.)[ \t]+(?=\S)")
_COMMENT = re.compile(r"//(?!/).*")
# inline apparatus: footnotes (their text is a note, not the sentence's), index terms, anchors
_FOOTNOTE = re.compile(r"footnote(?:ref)?:[\w-]*\[(?:\\.|[^\]\\])*\]")
_INDEX_TERM = re.compile(r"\({3}[^()]{0,200}\){3}|indexterm2?:\[[^\]]{0,200}\]|\[\[[A-Za-z_][\w:.-]{0,80}(?:,[^\]]{0,200})?\]\]")
# a link or cross-reference macro ("https://x.org[the report]", "link:a.pdf[text]", "<<ref,text>>"):
# its text; not any word before brackets ("aid[1]")
_LINK = re.compile(r"\b(?:https?://|mailto:|link:|xref:)[^\s\[\]]{0,500}\[(?P<text>[^\]]{0,500})\]"
                   r"|<<[^,<>]{1,200},(?P<xref>[^<>]{1,200})>>|<<(?P<bare>[^<>]{1,200})>>")
_MARKS = re.compile(r"(?<![\w\\])([*_`#])\1?(?P<text>[^\s*_`#](?:[^\n]{0,200}?[^\s\\])?)\1\1?(?![\w])")
_REFERENCE = re.compile(r"\{(?P<name>[A-Za-z0-9_][\w-]*)\}")
_DATE_ATTRIBUTES = ("revdate", "date", "docdate")


@dataclass(frozen=True)
class AsciiDocText:
    """What the reader sees, and the date its header gives (ISO, or "")."""

    text: str
    date: str


def is_asciidoc(text: str) -> bool:
    """An AsciiDoc source: a `= Title` first line or header attributes, and section titles,
    attribute entries, tables or admonitions enough to tell it from Markdown or plain text."""
    lines = text.lstrip("\ufeff").splitlines()
    start = next((k for k, l in enumerate(lines) if l.strip() and not _COMMENT.match(l)), len(lines))
    header = list(itertools.takewhile(str.strip, lines[start:]))  # the lines up to the first blank one
    attributes = sum(bool(_ATTRIBUTE.fullmatch(l.strip())) for l in header)
    titled = bool(_DOC_TITLE.fullmatch(header[0].strip())) and not header[0].rstrip().endswith("=") if header else False
    known = any((a := _ATTRIBUTE.fullmatch(l.strip())) and _HEADER_ATTRIBUTE.fullmatch(a["name"]) for l in header)
    if not (titled or (attributes == len(header) >= 2 and known)):
        return False  # (not wikitext's "= Title =", nor a chat's ":eyes: 2" reaction lines)
    marks = attributes + sum(bool(re.fullmatch(r"={2,6}[ \t]+\S.*", l) or re.fullmatch(r"\|===+", l.strip())
                                   or _ADMONITION.match(l) or "footnote:[" in l) for l in lines)
    return marks >= ADOC_MIN_MARKS


def _inline(line: str, attributes: dict[str, str]) -> str:
    """A line's text as rendered: footnotes and index terms out, attribute references, links and
    emphasis marks resolved to what they show."""
    line = _FOOTNOTE.sub("", _INDEX_TERM.sub("", line))
    line = _REFERENCE.sub(lambda m: attributes.get(m["name"].lower(), m[0]), line)
    line = _LINK.sub(lambda m: (m["text"] or m["xref"] or m["bare"] or "").strip(), line)
    line = _MARKS.sub(lambda m: m["text"], line)
    return line.rstrip(" +")


def asciidoc_text(text: str) -> AsciiDocText:
    """The source as its rendered page reads (see the module docstring), a blank line between blocks."""
    lines = text.lstrip("\ufeff").splitlines()
    out: list[str] = []
    attributes: dict[str, str] = {}
    skip_until: str | None = None  # the delimiter closing a block that is not prose
    header_lines = -1  # lines read after the document title (its author and revision lines); -1: none
    for k, raw in enumerate(lines):
        line = raw.strip()
        if skip_until is not None:
            if line == skip_until:
                skip_until = None
            continue
        if not line:
            header_lines = 2  # the header's lines follow its title without a blank line
            out.append("")
            continue
        if _COMMENT.fullmatch(line):
            continue
        if a := _ATTRIBUTE.fullmatch(line):
            attributes[a["name"].strip("!").lower()] = (a["value"] or "").strip()
            continue
        if _SKIPPED_BLOCK.fullmatch(line):
            if out and out[-1].strip() and not line.startswith(("|", ",", ":", "`")):
                continue  # under a line of text, "-----" underlines a title: no block opens
            skip_until = "```" if line.startswith("```") else line
            continue
        if 0 <= header_lines < 2:
            header_lines += 1  # the author line and the revision line ("v3.2, 2019-09-16: ...")
            if rev := re.fullmatch(r"v?[\d.]+,\s*(?P<date>[^:]+?)(?::.*)?", line):
                attributes.setdefault("revdate", rev["date"].strip())
            continue
        if _BLOCK_ATTRIBUTES.fullmatch(line) or _TEXT_BLOCK.fullmatch(line) or _BREAK.fullmatch(line) \
                or _BLOCK_MACRO.fullmatch(line):
            continue
        # a block's title (".US appropriations ..."), not a sentence's wrapped line that opens with a dot
        if (t := _BLOCK_TITLE.fullmatch(line)) and not (out and out[-1]):
            following = next((l.strip() for l in lines[k + 1:k + 6] if l.strip() and not _BLOCK_ATTRIBUTES.fullmatch(l.strip())), "")
            if _SKIPPED_BLOCK.fullmatch(following) or _BLOCK_MACRO.fullmatch(following):
                continue  # a table's, listing's or image's title: table matter
            out += ["", _inline(t["title"], attributes), ""]
            continue
        if (title := _DOC_TITLE.fullmatch(line)) or (section := _SECTION.fullmatch(line)):
            heading = line.lstrip("= ").strip() if title else section["title"].rstrip("=# \t")
            out += ["", _inline(heading, attributes), ""]
            header_lines = 0 if title and header_lines < 0 and not "".join(out[:-3]).strip() else 2
            continue
        if admonition := _ADMONITION.match(line):
            line = line[admonition.end():]
        if item := _ITEM.match(line):  # each list item is a paragraph of its own, without its bullet
            out += ["", _inline(line[item.end():], attributes)]
            continue
        out.append(_inline(line, attributes))
    date = ""
    for name in _DATE_ATTRIBUTES:
        if value := attributes.get(name, ""):
            date = value[:10] if is_iso_date(value[:10]) else parse_date(value) or ""
            if date:
                break
    paragraphs, block = [], []
    for line in out + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return AsciiDocText("\n\n".join(p for p in paragraphs if p) + "\n", date)
