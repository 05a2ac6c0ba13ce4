"""Read a news database's plain-text export (Dow Jones Factiva's field-coded records, a ProQuest
"Document 1 of 3" export) as the stories it holds, not the database's fields.

Each record gives its headline (a heading), its abstract and its full text; the other fields
(byline, word count, source codes, subjects, copyright, document ids, URLs) and the export's
own header ("Saved 4 May 2024", "Report Information from ProQuest") are metadata. Each story is
dated by its own publication date, or by its lead dateline's day when that dateline names a day
in the week before (a wire story filed the evening before it was printed: GUIDELINES 8.22, 8.30).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import parse_date

# Factiva: a field's two- or three-letter code at a line's start, then its value; a value's further
# paragraphs are indented; a record ends at its accession number ("AN  Document LBA00000...")
_FACTIVA_CODES = ("HD|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|BY|CX|SE|ART|VOL|GR|HLP")
_FACTIVA_FIELD = re.compile(rf"^(?P<code>{_FACTIVA_CODES})(?:[ \t]{{1,4}}(?P<value>\S.*)|[ \t]*)$")
_FACTIVA_MARKS = re.compile(r"(?m)^(?:HD|PD|SN)(?:[ \t]{1,4}\S|[ \t]*\n)")  # (a code on its own line, its value below)
_FACTIVA_END = re.compile(r"(?m)^AN(?:[ \t]{1,4}|[ \t]*\n)Document\s+\S+")
_FACTIVA_TEXT = {"HD": "title", "LP": "body", "TD": "body"}  # headline, lead paragraphs, the rest of the text

# ProQuest: "Document 1 of 3" starts a record; fields written "Name: value"; text fields run on
# over blank lines until the next field
_PROQUEST_RECORD = re.compile(r"(?m)^Document \d+ of \d+\s*$")
_PROQUEST_FIELD = re.compile(
    r"^(?P<name>Title|Author|Publication info|Abstract|Full text|Subject|Location|People|Company / organization|"
    r"Identifier / keyword|Publication title|Volume|Issue|Pages|First page|Publication year|Publication date|Section|"
    r"Publisher|Place of publication|Country of publication|Publication subject|ISSN|e-ISSN|Source type|"
    r"Language of publication|Document type|Document feature|ProQuest document ID|Document URL|Copyright|"
    r"Last updated|Database|Credit|Dateline|Accession number|DOI|Links|Illustration|Number of pages):[ \t]*(?P<value>.*)$")
_PROQUEST_TEXT = {"Title": "title", "Abstract": "body", "Full text": "body"}
_PROQUEST_LINK = re.compile(r"^\s*(?:ProQuest document link|Full text link|Find a copy|Links?)\s*$")
_RULE = re.compile(r"^\s*_{10,}\s*$")

# a story's lead dateline without a year ("KARACHI, Pakistan, Dec. 7--", "KARACHI, May 10 (AP)--")
_YEARLESS_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][\w.]+(?: [A-Z][\w.]+)?)?,\s+"
                                r"(?P<md>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:\([^()\n]{2,40}\)\s*)?(?:--|[-–—:])")
DATELINE_DAYS = 7  # a dateline names the day a story was filed, at most this many days before print


@dataclass(frozen=True)
class Export:
    text: str  # the stories' paragraphs, separated by blank lines
    entries: tuple[tuple[str, str, str], ...]  # (ISO date, first paragraph, last paragraph) per story
    date: str  # the one story's date when the export holds one story
    kind: str  # "factiva" / "proquest"


def is_export(text: str) -> bool:
    """A Factiva or ProQuest plain-text export: its records' own marks."""
    head = text[:20000]
    return (len(_FACTIVA_MARKS.findall(head)) >= 2 and bool(_FACTIVA_END.search(text))) or (
        bool(_PROQUEST_RECORD.search(head)) and bool(re.search(r"(?m)^(?:Full text|Abstract):", text)))


def _story_day(published: str, body: list[str]) -> str:
    """A story's day: its lead dateline's, when that names a day in the week up to publication;
    else its publication date."""
    if not published or not body:
        return published
    m = _YEARLESS_DATELINE.match(body[0])
    if m:
        pub = dt.date.fromisoformat(published)
        for year in (pub.year, pub.year - 1):
            day = parse_date(f"{m['md']} {year}")
            if day and len(day) == 10 and 0 <= (pub - dt.date.fromisoformat(day)).days <= DATELINE_DAYS:
                return day
    return published


def _records(lines: list[str], kind: str) -> list[list[tuple[str, str]]]:
    """Each record's fields as (name, value) in order, a value's paragraphs joined by blank lines."""
    records: list[list[tuple[str, str]]] = []
    fields: list[tuple[str, str]] | None = None
    for line in lines:
        if kind == "proquest" and _PROQUEST_RECORD.match(line):
            fields = []
            records.append(fields)
            continue
        if _RULE.match(line):
            fields = None  # (what follows a record's rule, up to the next record, is the export's footer)
            continue
        if kind == "factiva" and fields and fields[-1][0] == "AN" and fields[-1][1] and line.strip():
            fields = None  # the accession number ends a record
        if kind == "proquest" and _PROQUEST_LINK.match(line):
            fields = fields if fields is not None else []
            fields.append(("Link", ""))  # (a bare link line ends the field before it)
            continue
        m = (_FACTIVA_FIELD if kind == "factiva" else _PROQUEST_FIELD).match(line)
        if kind == "proquest" and fields == [] and line.strip() and not m:
            fields.append(("Title", line.strip()))  # a record's title written bare under its number
            continue
        if m and (kind == "proquest" or not line[:1].isspace()):
            if fields is None:
                if kind == "proquest":
                    continue  # a field line of the footer, after the last record's rule
                fields = []
                records.append(fields)
            fields.append((m[1], (m["value"] or "").strip()))
        elif fields:
            name, value = fields[-1]
            fields[-1] = (name, value + "\n" + line.strip())
    return records


def _paragraphs(value: str) -> list[str]:
    """A field value's paragraphs (blank lines between them), each on one line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", value) if p.strip()]


def read(text: str) -> Export | None:
    """The stories of a Factiva or ProQuest export; None if it holds none."""
    kind = "factiva" if _FACTIVA_END.search(text) else "proquest"
    paragraphs: list[str] = []
    entries = []
    vocabulary = _FACTIVA_TEXT if kind == "factiva" else _PROQUEST_TEXT
    for fields in _records(text.replace("\r\n", "\n").split("\n"), kind):
        titles = [i for i, (name, _) in enumerate(fields) if vocabulary.get(name) == "title"]
        story = [p for i, (name, value) in enumerate(fields) if name in vocabulary
                 and (vocabulary[name] != "title" or i == titles[0])  # (a title repeated among the fields: once)
                 for p in _paragraphs(value)]
        if not story:
            continue
        stamp = next((v for n, v in fields if n in ("PD", "Publication date")), "")
        published = parse_date(stamp.strip()) or ""
        body = [p for name, value in fields if vocabulary.get(name) == "body" and name != "Abstract" for p in _paragraphs(value)]
        day = _story_day(published if len(published) == 10 else "", body) or published
        paragraphs += story
        entries.append((day, story[0], story[-1]))
    if not paragraphs:
        return None
    return Export("\n\n".join(paragraphs) + "\n", tuple(entries), entries[0][0] if len(entries) == 1 else "", kind)
