"""Read an Emacs Org-mode file (notes saved as text) as the reader sees it: the `#+KEYWORD:` lines,
planning lines (CLOSED, SCHEDULED, DEADLINE) and property drawers are metadata; headings keep
their titles without stars, TODO keywords, priorities and tags; a link shows its description.
`#+DATE:` dates the file, and a timestamp in a heading ("** Meeting <2024-03-12 Tue>") dates the
notes under that heading (an entry), as a diary's date heading does."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import is_iso_date, parse_date

ORG_MIN_MARKS = 3  # an Org file has at least this many #+KEYWORD lines, headings with stars or drawers

_KEYWORD = re.compile(r"#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*)")
_HEADING = re.compile(r"(?P<stars>\*+)[ \t]+(?P<title>.*)")
_PLANNING = re.compile(r"(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[<\[][^>\]\n]*[>\]][ \t]*)+")
_DRAWER = re.compile(r":(?P<name>[A-Za-z_-]+):[ \t]*")
_TAGS = re.compile(r"(?<![ \t])[ \t]+:(?:[\w@#%]+:)+[ \t]*$")
_BLOCK_LINE = re.compile(r"#\+(?:BEGIN|END)_\w+.*", re.I)  # "#+BEGIN_QUOTE": the block's contents stay
_COMMENT = re.compile(r"#(?:[ \t].*)?")  # "# private comment": never exported
_PRIORITY = re.compile(r"\[#[A-Z0-9]\][ \t]*")
_TIMESTAMP = re.compile(r"[<\[](?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+[^\W\d_]{2,3}\.?)?(?:[ \t]+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?"
                        r"(?:[ \t]+[.+-]+\d+[hdwmy])*[>\]](?:--(?=[<\[]))?")  # "<2024-03-12 Tue>--<2024-03-14 Thu>"
_LINK = re.compile(r"\[\[(?P<target>[^\[\]]+)\](?:\[(?P<desc>[^\[\]]+)\])?\]")
_ITEM = re.compile(r"(?:[-+]|\d{1,2}[.)])[ \t]+")
_DEFAULT_TODO = ("TODO", "DONE")


@dataclass(frozen=True)
class OrgText:
    """What the reader sees, the file's own date (`#+DATE`, ISO or ""), and each dated heading's
    notes as (ISO date, first paragraph, last paragraph), as `decode.RawText.entries`."""

    text: str
    date: str
    entries: tuple[tuple[str, str, str], ...]


def _valid(day: str) -> str:
    """`day` if it is a real calendar date ("2024-02-30" is not), else ""."""
    return day if is_iso_date(day) else ""


def is_org(text: str) -> bool:
    """An Org file: several `#+KEYWORD:` lines, star headings or `:PROPERTIES:` drawers, and at
    least one keyword line (a Markdown or plain text never has `#+TITLE:`)."""
    lines = text.splitlines()
    keywords = sum(bool(_KEYWORD.fullmatch(l.strip())) for l in lines)
    marks = keywords + sum(l.startswith("* ") or l.strip() == ":PROPERTIES:" for l in lines)
    return keywords >= 1 and marks >= ORG_MIN_MARKS


def org_text(text: str) -> OrgText:
    """The file as the reader sees it (see the module docstring), a blank line between blocks."""
    todo = set(_DEFAULT_TODO)
    for line in text.splitlines():
        if (m := _KEYWORD.fullmatch(line.strip())) and m["key"].upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            todo |= {re.sub(r"\(.*?\)", "", w) for w in re.split(r"[\s|]+", m["value"]) if w}  # "TODO(t) WAIT(w@/!) | DONE"
    todo_rx = re.compile(r"(?:" + "|".join(map(re.escape, sorted(todo, key=len, reverse=True))) + r")[ \t]+")
    date, title = "", ""
    blocks: list[list[str]] = []  # paragraphs
    dated: list[tuple[str, int]] = []  # (date, index of the heading's block)
    headings: set[int] = set()  # indices of the heading blocks
    drawer = False
    current: list[str] = []
    raw_lines = text.splitlines()
    ends = [k for k, line in enumerate(raw_lines) if line.strip().upper() == ":END:"]

    def flush():
        nonlocal current
        if current:
            blocks.append(current)
            current = []

    for k, raw in enumerate(raw_lines):
        line = raw.strip()
        if drawer:
            drawer = line.upper() != ":END:"
            continue
        if (m := _DRAWER.fullmatch(line)) and m["name"].upper() != "END" and ends and ends[-1] > k:
            drawer = True  # :PROPERTIES: ... :END:, :LOGBOOK: ... :END: (not a lone ":smile:")
            continue
        if m := _KEYWORD.fullmatch(line):
            key = m["key"].upper()
            if key == "DATE":
                ts = _TIMESTAMP.search(m["value"])
                date = _valid(ts["date"]) if ts else parse_date(m["value"]) or ""  # "<2024-03-18 Mon>", "March 18, 2024"
            elif key == "TITLE":
                title = m["value"].strip()
            continue
        if _PLANNING.fullmatch(line) or _BLOCK_LINE.fullmatch(line) or _COMMENT.fullmatch(line):
            continue
        if not line:
            flush()
            continue
        if h := _HEADING.fullmatch(raw.rstrip()):
            flush()
            head = _TAGS.sub("", h["title"])
            head = _PRIORITY.sub("", todo_rx.sub("", head, count=1) if todo_rx.match(head) else head)
            stamps = [d for t in _TIMESTAMP.finditer(head) if (d := _valid(t["date"]))]
            head = _TIMESTAMP.sub("", head).strip()
            if stamps:  # (a heading that is only a timestamp: its notes start right after it)
                dated.append((stamps[0], len(blocks) if head else len(blocks) - 1))
            if head:
                headings.add(len(blocks))
                blocks.append([head])
            continue
        if item := _ITEM.match(line):  # each list item is a paragraph of its own, without its bullet
            flush()
            line = line[item.end():]
        current.append(_LINK.sub(lambda link: link["desc"] or link["target"], line))
    flush()
    paragraphs = [" ".join(b) for b in blocks]
    if title:
        paragraphs.insert(0, title)
        dated = [(d, k + 1) for d, k in dated]
        headings = {k + 1 for k in headings}
    entries = []
    for day, k in dated:  # the notes under the heading, up to the next heading
        end = next((j for j in range(k + 1, len(paragraphs)) if j in headings), len(paragraphs))
        if end > k + 1:
            entries.append((day, paragraphs[k + 1], paragraphs[end - 1]))
    return OrgText("\n\n".join(paragraphs) + "\n", date, tuple(entries))

