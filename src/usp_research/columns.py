"""Unfold a two-column page extracted with its layout kept (`pdftotext -layout`): each line holds a
piece of the left column and a piece of the right one, side by side across a gutter of spaces. A
reader reads the left column down, then the right one; so does this, run by run (a run is the
lines between two full-width lines: a title block, a footnote, a running head). Each column's
paragraph is put on one line (a column line is too short for the line repairs to tell a wrapped
sentence from a short line), a word broken at a line end rejoined.
"""
from __future__ import annotations

import collections
import itertools
import re

from .repair import dehyphenate

GUTTER_MIN = 2  # spaces at least before the right column starts
COLUMN_MIN_WORDS = 4  # a line read as two columns has prose on both sides ...
FILLED = 0.6  # ... its left piece filling most of its column (a date cell does not) ...
PROSE_MIN_LOWER = 15  # ... and written in words (not figures or capitals)
LINE_MAX = 300  # a page line is no longer than this (longer lines are paragraphs on one line)
SPLIT_LINES_MIN = 8  # a page in two columns has at least this many lines split at one gutter
SPLIT_SHARE_MIN = 0.2  # ... and they are at least this share of its lines of text
SHORT_LINE = 0.6  # a column line shorter than this share of the column's width ends its paragraph ...
_RUNS_ON = re.compile(r"[,;:\-–—]$|\b(?:and|or|the|of|in|on|to|a|an)$")  # ... unless it runs on
_WIDE = re.compile(r"\S {3,}\S")  # a gap that no justified line of prose has
_GAP = re.compile(r"(?<=\S) {%d,}(?=\S)" % GUTTER_MIN)
_RULE = re.compile(r"[_\-=─—]{5,}")  # a rule line (a footnote separator)


def _words(s: str) -> int:
    return len(s.split())


def gutter(lines: list[str]) -> int | None:
    """The column where the right column starts, if the text is set in two columns, else None."""
    counts: collections.Counter[int] = collections.Counter()
    for line in lines:
        if len(line) > LINE_MAX:
            continue  # a paragraph on one line: not a page line
        for m in _GAP.finditer(line):  # (only where a gap of spaces sits between words)
            left, right = line[:m.start()].strip(), line[m.end():]
            if _WIDE.search(left) or _WIDE.search(right):
                continue  # a table row: more than one wide gap
            # prose on both sides, the left filling its column: not a chronology's date cell
            if (_words(left) >= COLUMN_MIN_WORDS and _words(right) >= COLUMN_MIN_WORDS
                    and len(left) >= FILLED * m.start() and sum(c.islower() for c in left) >= PROSE_MIN_LOWER):
                counts[m.end()] += 1
    if not counts:
        return None
    p, n = counts.most_common(1)[0]
    width = max(len(line.rstrip()) for line in lines if len(line) <= LINE_MAX)
    text_lines = sum(1 for line in lines if line.strip())
    if n < SPLIT_LINES_MIN or n < SPLIT_SHARE_MIN * text_lines or not 0.25 * width <= p <= 0.75 * width:
        return None
    return p


def _part(line: str, c: int) -> tuple[str, str] | None:
    """(left, right) pieces of a line in a two-column run, or None for a full-width line."""
    body = line.rstrip()
    if not body.strip():
        return "", ""
    if _RULE.fullmatch(body.strip()):
        return None  # a footnote rule under the columns: the run ends
    if len(body) <= c - GUTTER_MIN:
        return body, ""  # the left column alone
    if not body[:c - 1].strip():
        return "", body.strip()  # the right column alone
    if body[c - GUTTER_MIN:c] == " " * GUTTER_MIN and len(body) > c and body[c] != " ":
        return body[:c].rstrip(), body[c:].rstrip()
    return None


def _joined(column: list[str]) -> list[str]:
    """A column's lines with each paragraph on one line: a column line is too short for the line
    repairs to tell a wrapped sentence from a short line; a word broken at a line end is joined."""
    out: list[str] = []
    width = max((len(line.strip()) for line in column), default=0)
    for blank, group in itertools.groupby(column, key=lambda line: not line.strip()):
        if blank:
            out.append("")
            continue
        para = ""
        for line in group:
            line = line.strip()
            para = (dehyphenate(para, line) or f"{para} {line}") if para else line
            if len(line) < SHORT_LINE * width and not _RUNS_ON.search(line):
                out += [para, ""]  # a short line: a heading, or a paragraph's last line
                para = ""
        if para:
            out.append(para)
    return out


def unfold(text: str) -> str | None:
    """The text with each two-column run read left column first, or None if it is not in two columns."""
    lines = text.split("\n")
    c = gutter(lines)
    if c is None:
        return None
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        for column in (left, right):
            while column and not column[-1].strip():
                column.pop()
        out.extend(_joined(left))
        if right:
            out.append("")
            out.extend(_joined(right))
            out.append("")
        left.clear()
        right.clear()

    for line in lines:
        part = _part(line, c)
        if part is None:
            flush()
            out.append(line)
            continue
        left.append(part[0])  # an empty piece is a gap in that column: a paragraph break
        right.append(part[1])
    flush()
    return "\n".join(out)
