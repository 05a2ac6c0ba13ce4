"""Turn raw article files into clean text, paragraphs and sentences, logging every change.

Pipeline per file: decode -> normalise (NFC, whitespace) -> drop boilerplate -> repair ->
paragraphs (one per kept line) -> sentences. The cleaned text is saved; every offset in every
derived table refers to it.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import boilerplate, decode, repair, segment, sources
from .atomic import write_csv
from .errors import InputError
from .paths import CODEBOOKS

_SPACES = re.compile(r"\s+")  # every Unicode space, tab and no-break space
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad\x01-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")

DOCUMENT_COLUMNS = ["doc_id", "file", "sha256", "title", "author", "publisher", "published",
                    "n_paragraphs", "n_sentences", "n_words", "n_lines_dropped", "n_repairs"]
SENTENCE_COLUMNS = ["doc_id", "para_id", "sent_id", "start", "end", "text"]
ANCHOR_COLUMNS = ["doc_id", "start", "date", "line_no"]
LOG_COLUMNS = ["doc_id", "line_no", "action", "before", "after", "reason"]


@dataclass(frozen=True)
class LogEntry:
    """One drop or repair, located by its 1-based line number in the raw (or extracted) text."""

    line_no: int
    action: str  # drop / repair
    before: str
    after: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    para_id: int
    sent_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A cleaned document with its metadata, sentences and cleaning log."""

    doc_id: str
    file: str
    sha256: str
    title: str
    author: str
    publisher: str
    published: str
    url: str
    text: str
    sentences: tuple[Sentence, ...]
    n_paragraphs: int
    log: tuple[LogEntry, ...]
    # dated entry headings dropped from the text (a diary's "Monday, 2 May 2011"): (offset where the
    # entry begins in `text`, ISO date, 1-based raw line of the heading); relative times after the
    # offset are counted from that date, not from `published`; a blank date ends the entry
    anchors: tuple[tuple[int, str, int], ...] = ()

    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start:s.end]


def normalise_line(line: str) -> str:
    """NFC, invisible characters removed, every run of whitespace one space, stripped."""
    line = unicodedata.normalize("NFC", line)
    line = _INVISIBLE.sub("", line)
    return _SPACES.sub(" ", line).strip()


_BLOCK_START = re.compile(r"\[\^[\w-]+\]:|#{1,6}\s|>")  # another footnote, a heading, a quotation


def _footnote_continuation(raw_lines: list[str], lines: list[str], i: int) -> list[int]:
    """The lines after footnote line `i` that belong to it: the lines up to the next blank line that
    start no other footnote, list item or heading, then each following paragraph indented by four
    spaces or a tab (a footnote's later paragraphs, as Pandoc and Markdown Extra read them)."""
    def starts_block(j: int) -> bool:  # judged on the raw line: markup is already stripped from `lines`
        raw = raw_lines[j].strip()
        return bool(_BLOCK_START.match(raw)) or repair.is_list_item(raw)

    out, j, n = [], i + 1, len(lines)
    while j < n and lines[j] and not starts_block(j):
        out.append(j)
        j += 1
    while j < n:
        k = j
        while k < n and not lines[k]:
            k += 1
        if k == j or k >= n or not raw_lines[k].startswith(("    ", "\t")):
            break
        while k < n and lines[k] and raw_lines[k].startswith(("    ", "\t")):
            out.append(k)
            k += 1
        j = k
    return out


# dropped lines that head a message or a recording's chapter: no sentence runs on across them
_HEADER_RULES = ("[chapter_mark]", "[chat_header]", "[post_header]", "[issue_event]", "[replying_to]",
                 "[email_wrote]")
_COMMENT_LINE = re.compile(r"\s*#+(?:\s+|$)")


def clean_lines(text: str, fmt: str, rules, ok_doubles) -> tuple[list[str], list[LogEntry], boilerplate.Findings,
                                                                 list[tuple[int, str, int]]]:
    """Paragraph strings, the log of what was dropped and repaired, the boilerplate findings, and
    the dated entries (paragraph index, date, 1-based heading line; see `_anchor_paragraphs`)."""
    text, spanning = repair.multiline_markup(text.replace("\r\n", "\n").replace("\r", "\n"), fmt)
    raw_lines = text.split("\n")
    raw_lines, numbered = repair.line_numbers(raw_lines)
    lines = [normalise_line(ln) for ln in raw_lines]
    log: list[LogEntry] = [LogEntry(a + 1, "repair", f"lines {a + 1}-{b + 1}", "",
                                    "margin line numbers of a line-numbered transcript page removed")
                           for a, b in numbered]
    log += [LogEntry(line_no, "repair", r.before, r.after, r.reason) for line_no, r in spanning]
    for i, (raw, new) in enumerate(zip(raw_lines, lines)):
        gone = "".join(sorted(set(_INVISIBLE.findall(raw))))
        if gone:
            log.append(LogEntry(i + 1, "repair", ascii(gone), "", "invisible or control characters removed"))
    for i in boilerplate.code_blocks(raw_lines):
        if lines[i]:
            log.append(LogEntry(i + 1, "drop", lines[i], "", "fenced code block: code, not prose"))
            lines[i] = ""
    items = {i for i, line in enumerate(lines) if repair.is_list_item(line)}  # before markers are stripped
    notes = {i: boilerplate.PAGE_NOTE_REASON for i in boilerplate.page_notes(lines)}  # "14. ..." under a rule
    for i, line in enumerate(lines):
        if line:
            lines[i], fixes = repair.strip_markup(line, fmt)
            log += [LogEntry(i + 1, "repair", r.before, r.after, r.reason) for r in fixes]
    signed: dict[int, str] = {}  # line -> the day its closing talk-page signature gives
    for i, line in enumerate(lines):
        if line and (sig := repair.comment_signature(line)):
            lines[i] = line[:sig[0]].rstrip()
            signed[i] = sig[1]
            log.append(LogEntry(i + 1, "repair", line[sig[0]:].strip(), "",
                                "comment signature cut off: it dates the comment it closes"))
    revised: dict[int, str] = {}  # line -> the day of the revision whose edit summary it keeps
    for i, line in enumerate(lines):
        if line and (rev := repair.revision_row(line)):
            lines[i] = rev[0]
            revised[i] = rev[1]
            log.append(LogEntry(i + 1, "repair", line, rev[0],
                                "revision timestamp, editor and size cut off: they date the edit summary"))
    # dated snippets of a results page or feed ("Jul 10, 2011 — The White House said on Sunday ..."),
    # when there are several: each is an entry of its own dated by its date, which is cut off
    excerpts = {i: x for i, line in enumerate(lines) if line and (x := repair.dated_excerpt(line))}
    if len(excerpts) < boilerplate.ENTRY_MIN_HEADINGS:
        excerpts = {}
    for i, (excerpt, day) in sorted(excerpts.items()):
        log.append(LogEntry(i + 1, "repair", lines[i].strip()[:-len(excerpt)].rstrip(), "",
                            "a snippet's date cut off: it dates its excerpt alone"))
        lines[i] = excerpt
    # an exported chat: each message's stamp and sender cut off; the stamp dates the message (and the
    # lines pasted under it), and every message starts a paragraph of its own
    messages = repair.chat_messages(lines)
    for i in repair.chat_day_lines(lines, messages):
        log.append(LogEntry(i + 1, "drop", lines[i], "", "a chat log's day line: it dates the messages under it"))
        lines[i] = ""
    for i in repair.chat_notices(lines, messages):
        log.append(LogEntry(i + 1, "drop", lines[i], "", "a chat export's notice (a stamp and no sender): page furniture"))
        lines[i] = ""
    for i, (message, _) in sorted(messages.items()):
        log.append(LogEntry(i + 1, "repair", lines[i].strip()[:-len(message)].rstrip(), "",
                            "a chat message's stamp and sender cut off: the stamp dates the message"))
        lines[i] = message
        items.add(i)
    cells = boilerplate.column_cells(raw_lines)  # before spaces are squeezed
    columns = boilerplate.column_rows(raw_lines, cells)
    tabbed = {i for i in columns if "\t" in raw_lines[i].strip()}
    # a tab-separated export's "#" comment lines (filters, "Exported: 2023-11-02", notes), marker off
    comments = ({i for i, line in enumerate(lines) if _COMMENT_LINE.match(line) and not min(tabbed) < i < max(tabbed)}
                if fmt == "txt" and len(tabbed) >= boilerplate.TABLE_MIN_RUN else set())
    apparatus = {i: "comment line of a data export: its header or notes, table matter (GUIDELINES 8.14)" for i in comments}
    apparatus.update(notes)
    for i in comments:
        lines[i] = _COMMENT_LINE.sub("", lines[i])
    # a reference manager's RIS export: abstracts and notes are prose, the other fields metadata; a
    # record's date dates its abstract, not the user's notes (GUIDELINES 8.15)
    ris_entries: dict[int, str] = {}  # line above a kept field -> the date it counts from
    for record in repair.ris_records(lines):
        day = repair.ris_date(record)
        for i, tag, value in record:
            if tag in repair.RIS_PROSE_TAGS and value:
                log.append(LogEntry(i + 1, "repair", lines[i][:len(lines[i]) - len(value)].rstrip(), "",
                                    "a reference record's field tag removed: its abstract or note is prose"))
                lines[i] = value
                ris_entries[i - 1] = "" if tag in repair.RIS_NOTE_TAGS else day
            else:
                apparatus[i] = "a reference record's field (RIS): its metadata, not prose"
    found = boilerplate.find(lines, rules, columns=columns, cells=cells, tabbed=tabbed, apparatus=apparatus)
    found.anchors.update(ris_entries)
    # a tab-separated row kept as prose (a flashcard's question, answer and tags): each cell is a
    # paragraph of its own, so that no sentence runs from one cell into the next; of a data row
    # (a grants export's id, dates, amount and description) only the narrating cells
    tab_rows = {i for i in tabbed if i not in found.drops}
    # likewise a Markdown table's data row kept for its notes cell: only its narrating cells
    for i, line in enumerate(lines):
        if i not in found.drops and i not in tab_rows and boilerplate.is_data_row(row := boilerplate.pipe_cells(line)):
            tab_rows.add(i)
            cells[i] = row
    # each signed comment is an entry dated by its signature, beginning after the previous one
    # (the first at the top); its provenance is the signed line
    previous = -1
    for i, day in sorted(signed.items()):
        if previous not in found.anchors:
            found.anchors[previous] = day
            found.dated_by[previous] = i
        previous = i
    for i, day in sorted(revised.items()):  # each revision's summary is an entry dated by its timestamp
        if i not in found.drops and lines[i]:
            found.anchors[i - 1] = day
    if excerpts and not any(boilerplate.words(lines[j]) >= boilerplate.BODY_MIN_WORDS and j not in found.drops
                            for j in range(min(excerpts))):
        found.item_dates = frozenset(day for _, day in excerpts.values())  # a results page, no article above
    for i, (_, day) in sorted(excerpts.items()):  # a snippet's entry ends with it, unless the next one follows
        if next((j for j in range(i + 1, len(lines)) if lines[j]), None) not in excerpts:
            found.anchors.setdefault(i, "")
        found.anchors[i - 1] = day
    for i, (_, day) in sorted(messages.items()):  # a message's entry runs to the next message
        card = boilerplate.masthead_date(lines[i], rules)
        pasted = i + 1 < len(lines) and bool(lines[i + 1]) and i + 1 not in messages  # lines pasted under it
        if card and len(card[0]) == 10 and pasted and found.drops.get(i, "masthead").startswith("masthead"):
            # a pasted item's "Soch Fact Check | 8 March 2024": it dates the lines pasted under it
            found.drops[i] = "a pasted item's masthead in a chat message: its date dates the item under it"
            day = card[0]
        found.anchors[i - 1] = day
    for i, reason in sorted(found.drops.items()):
        if reason.endswith("[md_footnote]"):
            for j in _footnote_continuation(raw_lines, lines, i):
                found.drops.setdefault(j, "continuation of a Markdown footnote [md_footnote]")
    for i, reason in sorted(found.drops.items()):
        log.append(LogEntry(i + 1, "drop", lines[i], "", reason))
    soft = repair.soft_breaks(raw_lines) if fmt != "html" else frozenset()
    paragraphs: list[tuple[int, str]] = []  # (first line index, text)
    prev_kept = None
    page_break = False  # dropped lines (page furniture) since the last kept line
    for i, line in enumerate(lines):
        if not line or i in found.drops:
            if line and found.drops[i].endswith(_HEADER_RULES):
                prev_kept, page_break = None, False  # a message's "[9:58 AM] Tom Becker" header: the next message afresh
                continue
            if not line:
                prev_kept = None
            page_break = page_break or i in found.drops
            continue
        if (page_break and paragraphs and fmt != "html" and re.match(r"[a-z]", line)
                and not repair.ends_sentence(paragraphs[-1][1])):
            # "... often a year" / Page 3 of 12 / "or more late, ...": one paragraph across the break
            prev_kept = paragraphs[-1][0]
        page_break = False
        if i in tab_rows:
            data_row = boilerplate.is_data_row(cells[i])
            for cell in cells[i]:
                if data_row and not boilerplate.is_prose_cell(cell):
                    log.append(LogEntry(i + 1, "drop", cell, "", "a data row's cell: table matter, not its description"))
                    continue
                cell, fixes = repair.fix_doubled_words(repair.strip_markup(normalise_line(cell), fmt)[0], ok_doubles)
                log += [LogEntry(i + 1, "repair", r.before, r.after, r.reason) for r in fixes]
                if cell.strip():
                    paragraphs.append((i, cell))
            prev_kept = None
            continue
        line, fixes = repair.fix_doubled_words(line, ok_doubles)
        for r in fixes:
            log.append(LogEntry(i + 1, "repair", r.before, r.after, r.reason))
        if not line.strip():
            continue
        can_join = prev_kept is not None and fmt != "html" and i not in items  # a list item starts afresh
        joined = repair.dehyphenate(paragraphs[-1][1], line) if can_join else None
        if joined is not None:
            first, head = paragraphs[-1]
            log.append(LogEntry(i + 1, "repair", "-\\n", "", f"word broken by a hyphen at a line break joined to line {first + 1}"))
            paragraphs[-1] = (first, joined)
        elif can_join and (i in soft or repair.continues(paragraphs[-1][1], line)):
            first, head = paragraphs[-1]
            log.append(LogEntry(i + 1, "repair", "\\n", " ", f"line break inside a sentence joined to line {first + 1}"))
            paragraphs[-1] = (first, head + " " + line)
        else:
            paragraphs.append((i, line))
        prev_kept = i
    settings, labels = _settings(paragraphs)
    for line, day in settings.items():
        found.anchors.setdefault(line, day)
    entries = [(k, date, found.dated_by.get(line_no - 1, line_no - 1) + 1 if date else line_no)
               for k, date, line_no in _anchor_paragraphs(paragraphs, found.anchors, frozenset(settings), labels,
                                                           frozenset(items))]
    return [p for _, p in paragraphs], log, found, entries


# a news item's dateline: a place in capitals, then a colon or a dash ("ISLAMABAD: ", "NEW DELHI/KABUL: ",
# "WASHINGTON, Oct. 3 — "), not a speaker's label ("SENATOR KERRY:", "MR SMITH:")
_DATELINE = re.compile(r"(?!(?:MR|MRS|MS|DR|SENATOR|SEN|REP|PRESIDENT|MINISTER|GENERAL|GEN|SPEAKER|CHAIRMAN|CHAIR|HOST"
                       r"|THE|JUDGE|JUSTICE|AMBASSADOR)\b)[A-Z][A-Z.'’-]{2,}(?:[ /][A-Z][A-Z.'’-]{2,}){0,2}"
                       r"(?:,[^:—–\n]{1,30})?\s*(?::|—|–|--)\s")


def _scene_goes_on(paragraphs: list[tuple[int, str]], j: int, stop: int, heading, labels: set[str]) -> bool:
    """Does the script go on under heading `j` (a speaker's or caption's line before the next
    heading: "PAGE THREE" of a comic), so that its last dated setting still holds there? An
    afterword in prose under its heading does not, nor one whose first line has a label the script's
    speakers never use ("NOTE: ...")."""
    if boilerplate.script_content(paragraphs[j][1]) != paragraphs[j][1]:
        return True  # a labelled line taken for a heading ("SFX: WHRRR") is the script's own
    for k in range(j + 1, stop):
        if heading(k):
            return False
        if boilerplate.is_script_line(paragraphs[k][1], labels):
            return True
    return False


def _inner_sentence_end(s: str) -> bool:
    """Does a sentence end inside the line ("... before we publish. holding the piece for that"),
    not at an abbreviation ("After Gen. Kayani's visit", "Pakistan vs. the Taliban")?"""
    abbrev = segment.load_abbreviations()
    if len(segment.split_sentences(s, abbrev)) > 1:
        return True
    return any(m[1].lower() not in abbrev for m in re.finditer(r"\b([a-z]{2,})[.!?] [a-z]", s))


SETTING_MIN = 2  # a text with at least this many dated settings is a script whose scenes they date


def _settings(paragraphs: list[tuple[int, str]]) -> tuple[dict[int, str], set[str]]:
    """A script's dated settings (a stage direction's "The evening of 8 July 1971.", a comic's
    "CAPTION: Rawalpindi, 8 July 1971."), as anchors: the line above the paragraph -> its day; and
    the script's speaker labels. They date their scene's dialogue ("Tomorrow you will be ...") like a
    diary's entry headings (GUIDELINES 8.17). A setting is a sentence of an unlabelled paragraph (a
    stage direction) or all of a labelled one (a caption), never inside a speaker's turn; a single
    one is no script's, nor is a text without speakers (a chronology's "15 October 2009. Obama ...")."""
    labels = boilerplate.speakers([para for _, para in paragraphs])
    if not labels:
        return {}, labels
    abbrev = segment.load_abbreviations()
    out = {}
    for first, para in paragraphs:
        body = boilerplate.script_content(para)
        if body != para:  # a labelled line: all of it must be the setting
            day = boilerplate.setting_date(body)
        else:
            day = next(filter(None, (boilerplate.setting_date(para[a:b]) for a, b in segment.split_sentences(para, abbrev))), None)
        if day:
            out[first - 1] = day
    return (out if len(out) >= SETTING_MIN else {}), labels


_TASK_ITEM = re.compile(r"\[[ xX]\]\s")  # a note's task ("[ ] Link this note to ..."): a list item, not a heading


def _anchor_paragraphs(paragraphs: list[tuple[int, str]], anchors: dict[int, str],
                       settings: frozenset[int] = frozenset(), labels: set[str] | None = None,
                       items: frozenset[int] = frozenset()) -> list[tuple[int, str, int]]:
    """(paragraph index, date, 1-based line) for each dated entry heading: the entry begins at the
    first paragraph below the heading, or at the run of headings just above it (a second story's
    section label, headline and standfirst above its "Published: ..." line). An entry runs to the
    next entry; the last one ends at the next heading below its prose (a row with a blank date:
    times count from publication again), unless that heading is a headline over a datelined story
    ("ISLAMABAD: The United States ..."), another item of the same dated issue. A list item
    (`items`, the lines that were one before their markers were stripped) is no heading: an
    outline's short item ("- [[War on Terror]] aid, notes") goes on with its entry."""
    def heading(j: int) -> bool:  # not a chat message left unpunctuated ("heard the same. ISPR says nothing")
        s = paragraphs[j][1]
        return (boilerplate.is_heading(s) and not repair.ends_sentence(s) and not s[:1].islower()
                and paragraphs[j][0] not in items
                and not _inner_sentence_end(s) and not _TASK_ITEM.match(s))

    starts = []
    floor = 0
    for line, date in sorted(anchors.items()):
        k = next((j for j, (first, _) in enumerate(paragraphs) if first > line), len(paragraphs))
        while k - 1 >= floor and paragraphs[k - 1][0] < line and heading(k - 1):
            k -= 1
        if k < len(paragraphs):
            starts.append((k, date, line + 1))
        floor = max(floor, k + 1)
    out = []
    for n, (k, date, line_no) in enumerate(starts):
        out.append((k, date, line_no))
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(paragraphs)
        prose = False
        scene = line_no - 1 in settings  # a script's scene: its labels are no datelines
        for j in range(k, stop):
            if (heading(j) and prose and n + 1 == len(starts)
                    and not (not scene and j + 1 < stop and _DATELINE.match(paragraphs[j + 1][1]))
                    and not (scene and _scene_goes_on(paragraphs, j, stop, heading, labels or set()))):
                out.append((j, "", paragraphs[j][0] + 1))  # "## Analysis" after a dated entry
                break
            prose = prose or not heading(j)
    return out


def build_document(path: Path, row: dict[str, str] | None, rules, ok_doubles, abbrev) -> Document:
    """Clean one file; metadata from its sources.csv row, else from the text."""
    data = path.read_bytes()
    raw = decode.read(path)
    paragraphs, log, found, entries = clean_lines(raw.text, raw.fmt, rules, ok_doubles)
    if not paragraphs:
        drops = [e for e in log if e.action == "drop"]
        if not drops:
            raise InputError(path, "has no visible text (only spaces, invisible characters or markup)",
                             "Remove it from the corpus folder or replace it with the article text")
        first = drops[0]
        raise InputError(path, f"has no article text left after boilerplate removal: all {len(drops)} non-blank "
                               f"line(s) were dropped as boilerplate (line {first.line_no}, {first.before[:40]!r}: "
                               f"{first.reason})",
                         "Check that the file holds the article itself, or adjust the rules in "
                         "data/raw/codebooks/boilerplate.csv")
    row = row or {}
    text_parts, sentences, offset, sent_id = [], [], 0, 0
    para_offsets = []
    for para_id, para in enumerate(paragraphs, start=1):
        para_offsets.append(offset)
        for s, e in segment.split_sentences(para, abbrev):
            sent_id += 1
            sentences.append(Sentence(para_id, sent_id, offset + s, offset + e))
        text_parts.append(para)
        offset += len(para) + 2
    meta = raw.html_meta
    # nothing else dates an HTML page: a print credit the extractor left out under its text
    credited = next(filter(None, (boilerplate.credit_date(p, rules) for p in raw.left_out)), None)
    # ... or, last, an update stamp in its footer
    footed = next(filter(None, (boilerplate.footer_date(p, rules) for p in raw.footer)), None)
    # ... or a dated field of a table the extractor left out ("Vote Date: September 22, 2012")
    fielded = next(filter(None, (boilerplate.field_date(p, rules) for p in raw.fields)), None)
    return Document(
        doc_id=row.get("doc_id") or sources.slugify(path.stem),
        file=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        title=row.get("title") or meta.get("title") or found.title or "",
        author=row.get("author") or meta.get("author") or found.author or "",
        publisher=row.get("publisher") or meta.get("sitename") or "",
        published=row.get("published") or (meta.get("date") if meta.get("date") not in found.item_dates else None)
        or found.date or credited or footed or fielded or "",
        url=row.get("url", ""),
        text="\n\n".join(text_parts) + "\n",
        sentences=tuple(sentences),
        n_paragraphs=len(paragraphs),
        log=tuple(log),
        anchors=_merged_anchors(para_offsets, entries, _html_entries(raw.entries, paragraphs, _min_entries(raw), ok_doubles)),
    )


def _merged_anchors(offsets: list[int], cleaned: list[tuple[int, str, int]],
                    marked: list[tuple[int, str, int]]) -> tuple[tuple[int, str, int], ...]:
    """The dated entries cleaning found and those the format marks, as (offset, date, line), sorted;
    where both start an entry at one paragraph, cleaning's wins (a forwarded item's own date line
    inside a message dated by its stamp), and a start wins over an end."""
    out: dict[int, tuple[int, str, int]] = {}
    for k, date, line_no in [*marked, *cleaned]:
        if date or k not in out or not out[k][1]:
            out[k] = (offsets[k], date, line_no)
    return tuple(sorted(out.values()))


# formats whose dated entries are marked by the format itself (an Org heading's timestamp, a BibTeX
# entry's year, a message's Date header): one is enough
EXPLICIT_ENTRY_MARKUPS = frozenset({"org", "bibtex", "mbox", "edgar", "roam", "factiva", "proquest", "fountain"})  # (a message's header, a filing's
# documents, a Roam daily note's title)


def _min_entries(raw) -> int:
    return 1 if raw.html_meta.get("markup") in EXPLICIT_ENTRY_MARKUPS else boilerplate.ENTRY_MIN_HEADINGS


def _html_entries(found: tuple[tuple[str, str, str], ...], paragraphs: list[str],
                  minimum: int = boilerplate.ENTRY_MIN_HEADINGS, ok_doubles: frozenset[str] = frozenset()) -> list[tuple[int, str, int]]:
    """Anchors for an HTML page's dated entries whose date lines the extractor left out
    (`decode.dated_entries`): (first paragraph's index, date, 0) and, after its last paragraph,
    (index, "", 0), which ends the entry (at the next entry's start if its last paragraph was
    repaired); line 0: the heading is not in the extracted text. Each
    entry is looked for after the one before (the extractor may move a block, so from the top
    again if not found there), its paragraphs with their doubled words repaired as cleaning
    repaired them (`ok_doubles`); one whose first paragraph cleaning dropped starts where the one
    before ended; none unless `minimum` entries are found."""
    where: dict[str, list[int]] = {}
    for i, p in enumerate(paragraphs):
        where.setdefault(" ".join(p.split()), []).append(i)

    def key(p: str) -> str:  # as cleaning left it: its doubled words repaired ("the the" -> "the")
        return repair.fix_doubled_words(" ".join(p.split()), ok_doubles)[0]
    found = tuple((day, key(first), key(last)) for day, first, last in found)
    out: list[tuple[int, str, int]] = []
    cursor, used = 0, set()
    for n, (day, first, last) in enumerate(found):
        starts = [i for i in where.get(first, []) if i not in used]
        k = next((i for i in starts if i >= cursor), starts[0] if starts else None)
        if k is None:  # its first paragraph was dropped (an item titled "Update: ..."): it starts where the last one ended
            k = cursor if n and any(i >= cursor for i in where.get(last, [])) and cursor not in used else None
        if k is None:
            continue
        k2 = next((i for i in where.get(last, []) if i >= k), None)
        if k2 is None:  # its last paragraph was repaired otherwise (a broken word): it ends where the next entry
            # starts, or, the last entry, with the text; if the next entry is not found either, it is left out
            after = [i for i in where.get(found[n + 1][1], []) if i > k] if n + 1 < len(found) else [len(paragraphs)]
            if not after:
                continue
            k2 = min(after) - 1
        used.add(k)
        out.append((k, day, 0))
        if k2 + 1 < len(paragraphs):
            out.append((k2 + 1, "", 0))
        cursor = k2 + 1
    if len(used) < minimum:
        return []
    starts = {k for k, d, _ in out if d}
    return [e for e in out if e[1] or e[0] not in starts]  # an entry right after another starts there


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The article files in a corpus folder, sorted by name (sources.csv and dotfiles excluded)."""
    if not corpus_dir.is_dir():
        raise InputError(corpus_dir, "is not a folder", "Pass CORPUS_DIR=<folder holding the article files>")
    files = sorted(p for p in corpus_dir.iterdir()
                   if p.is_file() and not p.name.startswith(".") and p.name != "sources.csv")
    bad = [p for p in files if p.suffix.lower() not in decode.SUFFIXES]
    if bad:
        raise InputError(bad[0], f"has an unsupported suffix {bad[0].suffix!r}",
                         f"Corpus files must end in {', '.join(decode.SUFFIXES)}; move other files elsewhere")
    if not files:
        raise InputError(corpus_dir, "holds no article files", "Put .txt, .md or .html articles in it")
    return files


CODEBOOK_FILES = {"boilerplate": "boilerplate.csv", "ok_doubles": "doubled_words_ok.txt",
                  "abbreviations": "abbreviations.csv"}


def load_codebooks(codebooks: Path | None = None):
    """The corpus stage's three codebooks (boilerplate rules, grammatical doubles, abbreviations).

    Any problem with them is an InputError naming the codebook: its shape is checked here before
    `boilerplate.load_rules` compiles it, and whatever else the loader trips on is reported as a
    malformed codebook rather than a traceback.
    """
    base = Path(codebooks) if codebooks else CODEBOOKS
    rules_path = base / CODEBOOK_FILES["boilerplate"]
    sources.read_csv(rules_path, ["rule_id", "scope", "pattern", "reason"], what="boilerplate rule file")
    try:
        rules = boilerplate.load_rules(rules_path)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any other failure is still this file's fault
        raise InputError(rules_path, f"cannot be loaded as boilerplate rules ({type(exc).__name__}: {exc})",
                         "Check that every row has a rule_id, a scope, a non-empty pattern and a reason") from None
    ok = repair.load_ok_doubles(base / CODEBOOK_FILES["ok_doubles"])
    abbrev = segment.load_abbreviations(str(base / CODEBOOK_FILES["abbreviations"]))
    return rules, ok, abbrev


def build_corpus(corpus_dir: Path, progress: bool | None = None) -> list[Document]:
    """Clean every file of a corpus folder; refuse duplicate doc_ids."""
    from tqdm import tqdm

    files = corpus_files(corpus_dir)
    rows = sources.load(corpus_dir / "sources.csv", files)
    rules, ok, abbrev = load_codebooks()
    docs, seen = [], {}
    for path in tqdm(files, desc="cleaning", unit="doc", file=sys.stderr, disable=None if progress is None else not progress):
        doc = build_document(path, rows.get(path.name), rules, ok, abbrev)
        if doc.doc_id in seen:
            raise InputError(path, f"has the same doc_id {doc.doc_id!r} as {seen[doc.doc_id]}",
                             "Give one of them its own doc_id in sources.csv, or rename it")
        seen[doc.doc_id] = path.name
        docs.append(doc)
    return sorted(docs, key=lambda d: d.doc_id)


def tables(docs: list[Document]) -> dict[str, pd.DataFrame]:
    """The corpus tables of the data contract (documents, sentences, cleaning_log, anchors)."""
    doc_rows, sent_rows, log_rows, anchor_rows = [], [], [], []
    for d in docs:
        doc_rows.append({
            "doc_id": d.doc_id, "file": d.file, "sha256": d.sha256, "title": d.title, "author": d.author,
            "publisher": d.publisher, "published": d.published, "n_paragraphs": d.n_paragraphs,
            "n_sentences": len(d.sentences), "n_words": len(_WORD.findall(d.text)),
            "n_lines_dropped": sum(e.action == "drop" for e in d.log),
            "n_repairs": sum(e.action == "repair" for e in d.log)})
        sent_rows += [{"doc_id": d.doc_id, "para_id": s.para_id, "sent_id": s.sent_id, "start": s.start,
                       "end": s.end, "text": d.sentence_text(s)} for s in d.sentences]
        log_rows += [{"doc_id": d.doc_id, "line_no": e.line_no, "action": e.action, "before": e.before,
                      "after": e.after, "reason": e.reason} for e in d.log]
        anchor_rows += [{"doc_id": d.doc_id, "start": s, "date": date, "line_no": line_no}
                        for s, date, line_no in d.anchors]
    return {
        "documents": pd.DataFrame(doc_rows, columns=DOCUMENT_COLUMNS),
        "sentences": pd.DataFrame(sent_rows, columns=SENTENCE_COLUMNS),
        "cleaning_log": pd.DataFrame(log_rows, columns=LOG_COLUMNS).sort_values(
            ["doc_id", "line_no", "action", "before"], kind="stable"),
        "anchors": pd.DataFrame(anchor_rows, columns=ANCHOR_COLUMNS).sort_values(["doc_id", "start"], kind="stable"),
    }


OUTPUT_NAMES = frozenset({"clean", "documents.csv", "sentences.csv", "cleaning_log.csv", "anchors.csv"})


def write(docs: list[Document], out_dir: Path) -> None:
    """Write clean texts and the corpus tables under `out_dir` (the corpus folder of the derived tree).

    All-or-nothing: everything is written into a hidden temporary folder beside `out_dir`, which
    then replaces `out_dir` by renames, so readers never see a mix of old and new outputs and a
    failure leaves the previous outputs as they were. A folder holding anything else than these
    outputs is refused rather than replaced.
    """
    out_dir = Path(out_dir)
    if out_dir.exists():
        if not out_dir.is_dir():
            raise InputError(out_dir, "is a file, but the corpus outputs go into a folder of that name",
                             "Move the file away or choose another DERIVED_DIR")
        foreign = sorted(p.name for p in out_dir.iterdir() if p.name not in OUTPUT_NAMES and not p.name.startswith("."))
        if foreign:
            raise InputError(out_dir, f"holds files the corpus stage did not make ({', '.join(foreign[:3])}"
                                      f"{', ...' if len(foreign) > 3 else ''}), and it replaces this folder whole",
                             "Move those files elsewhere, or choose an empty DERIVED_DIR")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".tmp", dir=out_dir.parent))
    old = None
    try:
        (tmp / "clean").mkdir()
        for d in sorted(docs, key=lambda d: d.doc_id):
            (tmp / "clean" / f"{d.doc_id}.txt").write_bytes(d.text.encode("utf-8"))
            os.chmod(tmp / "clean" / f"{d.doc_id}.txt", 0o644)
        for name, df in tables(docs).items():
            write_csv(tmp / f"{name}.csv", df)
        os.chmod(tmp / "clean", 0o755)
        os.chmod(tmp, 0o755)
        if out_dir.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".old.tmp", dir=out_dir.parent))
            os.replace(out_dir, old / out_dir.name)
        os.replace(tmp, out_dir)
    except BaseException:
        if old is not None and not out_dir.exists():
            os.replace(old / out_dir.name, out_dir)  # put the previous outputs back
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def load_clean(corpus_out: Path) -> dict[str, str]:
    """doc_id -> cleaned text, read back from the derived corpus folder."""
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((corpus_out / "clean").glob("*.txt"))}
