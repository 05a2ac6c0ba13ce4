"""Read a DokuWiki page's source (a research group's wiki page, saved as text) as the page reads.

Headings (`====== Title ======`) are lines; links show their labels; footnotes (`((…))`), code
and file blocks, media and tag macros (`{{…}}`) and control macros (`~~NOTOC~~`) are not the
text; note and wrap boxes show their content; a list item loses its marker; italic, underline
and monospace marks go as the page shows them, bold stays as Markdown's `**`, which cleaning
keeps. The page is dated by its metadata macro (`~~META:date created = 2024-09-10~~`), where a
reader of the rendered page sees the date in its info line (GUIDELINES 8.30).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .structured import iso_day

_MACRO_LINE = re.compile(r"(?m)^[ \t]*~~[A-Z]+(?::[^~\n]*)?~~[ \t]*\n?")
_META_DATE = re.compile(r"~~META:[^~\n]*?\bdate\s+(?:created|modified)\s*=\s*(?P<day>[^&~\n]+?)\s*(?:&|~~)")
_HEADING = re.compile(r"(?m)^[ \t]*={2,6}[ \t]*(?P<text>[^=\n].*?)[ \t]*={2,6}[ \t]*$")
_FOOTNOTE = re.compile(r"\(\((?:(?!\)\)).)*\)\)", re.S)
_BLOCK = re.compile(r"(?s)<(?P<tag>code|file|html|php)\b[^>]*>.*?</(?P=tag)>")
_NOWIKI = re.compile(r"(?s)<nowiki>(?P<a>.*?)</nowiki>|%%(?P<b>.*?)%%")  # shown as written, its markup not rendered
_BOX_TAG = re.compile(r"(?i)</?(?:note|wrap|box|hidden|del|ins|sub|sup|color|fs)\b[^>]*>")
_INTERWIKI = re.compile(r"^[a-z]+>")  # "wp>Pakistan", "doku>syntax": a wiki's shortcut to another site
_MEDIA = re.compile(r"\{\{[^{}\n]*\}\}")
_LINK = re.compile(r"\[\[(?P<target>[^|\]\n]+)(?:\|(?P<label>[^\]\n]*))?\]\]")
_LIST_MARK = re.compile(r"(?m)^[ \t]{2,}[*-][ \t]+")
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(?P<text>.+?)(?<=\S)//")
_OTHER_MARK = re.compile(r"__(?P<u>.+?)__|''(?P<m>.+?)''")
# DokuWiki's own marks: a control macro, or a footnote or a table header row beside its headings
_DOKU_MARKS = re.compile(r"(?m)^~~[A-Z]+(?::[^~\n]*)?~~\s*$|\(\([^()\n]{3,}|^\^[^\n]*\^\s*$")
DOKU_MIN_HEADINGS = 2
_HEADER_ROW = re.compile(r"(?m)^\^(.*)\^[ \t]*$")


@dataclass(frozen=True)
class Page:
    text: str
    date: str


def is_dokuwiki(text: str) -> bool:
    """A DokuWiki page's source: `==` headings and marks only DokuWiki writes (a `~~NOTOC~~`-style
    macro, a `((footnote))`, a `^ header ^` table row)."""
    return len(_HEADING.findall(text[:50000])) >= DOKU_MIN_HEADINGS and bool(_DOKU_MARKS.search(text))


def _link(m: re.Match) -> str:
    if m["label"] is not None and m["label"].strip():
        return m["label"].strip()
    target = _INTERWIKI.sub("", m["target"].split("#", 1)[0].strip())
    return target.rsplit(":", 1)[-1].replace("_", " ") if "://" not in target else target


def read(text: str) -> Page:
    """The page's visible text and its date ("" if its metadata gives none)."""
    meta = _META_DATE.search(text)
    day = iso_day(meta["day"].replace("/", "-")) if meta else ""
    text = _BLOCK.sub("", text.replace("\r\n", "\n"))
    kept: list[str] = []  # nowiki passages, put back as written after the markup is rendered

    def keep(m: re.Match) -> str:
        kept.append(m["a"] if m["a"] is not None else m["b"])
        return f"\x00{len(kept) - 1}\x00"
    text = _NOWIKI.sub(keep, text)
    text = _MACRO_LINE.sub("", text)
    text = _FOOTNOTE.sub("", text)
    text = _MEDIA.sub("", text)
    text = _BOX_TAG.sub("", text)
    text = _HEADING.sub(lambda m: "\n" + m["text"] + "\n", text)
    text = _LINK.sub(_link, text)
    text = _LIST_MARK.sub("\n", text)  # (each item a paragraph of its own)
    text = _ITALIC.sub(lambda m: m["text"], text)
    text = _OTHER_MARK.sub(lambda m: m["u"] or m["m"], text)
    text = re.sub(r"[ \t]*\\\\(?:[ \t]+|(?=\n|$))", " ", text)  # a forced line break
    text = _HEADER_ROW.sub(lambda m: "|" + m[1].replace("^", "|") + "|", text)  # a table's header row, as its rows
    text = re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m[1])], text)
    return Page(re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n", day)
