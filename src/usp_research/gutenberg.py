"""The book inside a Project Gutenberg plain-text e-book.

A Gutenberg file wraps the book in the project's apparatus: a header (the e-book's title, author,
release and update dates, credits), `*** START OF THE PROJECT GUTENBERG EBOOK … ***`, the book,
`*** END OF … ***` and the licence. The release and update dates are the e-book's, not the text's
(GUIDELINES 8.31). Inside the book, illustrations (`[Illustration: …]`), footnotes gathered under a
chapter (`[1] …`) and the transcriber's notes are apparatus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_START = re.compile(r"(?m)^\*{3}\s*START OF TH(?:E|IS) PROJECT GUTENBERG E-?BOOK\b[^*]{0,300}\*{3}[ \t]*\r?$")
_END = re.compile(r"(?m)^\*{3}\s*END OF TH(?:E|IS) PROJECT GUTENBERG E-?BOOK\b[^*]{0,300}\*{3}[ \t]*\r?$")
_TITLE = re.compile(r"(?m)^Title:[ \t]*(?P<title>.+(?:\n[ \t]+\S.*)*)")
_ILLUSTRATION = re.compile(r"\[Illustration(?::[^\]]*)?\]")
# a footnote gathered under its chapter: a paragraph opening with its marker ("[1] See ...",
# "[A] ...", "[Footnote 1: ...]"); the marker in the text it annotates stays, as cleaning reads note marks
_NOTE_PARAGRAPH = re.compile(r"\A[ \t]*(?:\[(?:\d{1,3}|[A-Z])\][: \t]|\[Footnote\b)")
_TRANSCRIBER = re.compile(r"(?i)\A[ \t]*\[?transcriber['’]s\s+notes?\b[:.\s]*")
_HEADING = re.compile(r"\A[ \t]*[^a-z\n]*[A-Z][^a-z\n]*\Z")  # a heading set in capitals ("CHAPTER II")


@dataclass(frozen=True)
class Book:
    text: str
    title: str


def is_gutenberg(text: str) -> bool:
    """A Project Gutenberg e-book: its start marker line."""
    return bool(_START.search(text))


def read(text: str) -> Book:
    """The book between the start and end markers, without the project's apparatus, and its title."""
    text = text.replace("\r\n", "\n")
    start = _START.search(text)
    end = _END.search(text, start.end())
    title = _TITLE.search(text, 0, start.start())
    body = text[start.end():end.start() if end else len(text)]
    kept, in_notes = [], False
    for paragraph in re.split(r"\n(?:[ \t]*\n)+", _ILLUSTRATION.sub("", body)):
        if not paragraph.strip() or _NOTE_PARAGRAPH.match(paragraph):
            continue
        if note := _TRANSCRIBER.match(paragraph):  # a transcriber's note: its paragraph, or the section it heads
            in_notes = not paragraph[note.end():].strip()
            continue
        if in_notes and not _HEADING.match(paragraph.strip()):
            continue
        in_notes = False
        kept.append(paragraph)
    return Book("\n\n".join(kept) + "\n", " ".join(title["title"].split()) if title else "")
