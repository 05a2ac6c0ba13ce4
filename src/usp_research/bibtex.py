"""Read a reference manager's BibTeX export (saved as text) as the reader sees it: each entry's
prose fields (`abstract`, `annote`), in file order. Titles, authors, years, ISBNs and URLs are
catalogue matter, not prose (GUIDELINES 8.24). An abstract speaks from its work's own date (`date`,
or `year` and `month`), so it is a dated entry; a note the collector wrote (`annote`) speaks from
the export, whose date a leading comment may give ("%% Exported from Zotero … on 2024-11-18")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, is_iso_date

BIBTEX_MIN_ENTRIES = 2  # an export holds at least this many entries
ABSTRACT_FIELDS = frozenset({"abstract"})  # prose that speaks from the work's own date
NOTE_FIELDS = frozenset({"annote", "annotation"})  # prose the collector wrote, dated by the export

_ENTRY = re.compile(r"@(?P<type>[A-Za-z]+)\s*[{(]")
_SKIPPED_TYPES = frozenset({"comment", "preamble", "string"})
_FIELD = re.compile(r"\s*,?\s*(?P<name>[A-Za-z][\w:.+-]*)\s*=\s*")
_KEY = re.compile(r"\s*[^,\s{}()]*\s*,")
_BARE = re.compile(r"[^,}()\s#]+")  # a number or a macro name (not the entry's closing delimiter)
_HASH = re.compile(r"\s*#\s*")  # joins the parts of a value
_CLOSE = {"}": re.compile(r"\s*,?\s*\}"), ")": re.compile(r"\s*,?\s*\)")}
_COMMENT_LINE = re.compile(r"[ \t]*%[^\n]*")
_EXPORTED = re.compile(r"\b(?:export|generat|creat|sav)[a-z]*\b[^\n]*?\b(\d{4}-\d{2}-\d{2})\b", re.I)
_PROTECT = re.compile(r"(?<!\\)[{}]")  # a protective brace ("{United} {States}"), not an escaped one
# comments and blank lines (each line's spaces matched once: no backtracking), then an entry
_LEAD = re.compile(r"\A(?:[ \t]*(?:%[^\n]*)?\n)*[ \t]*@[A-Za-z]+[ \t]*[{(]")
# LaTeX that only typesets: dashes and emphasis; escaped characters ("\&") stay as written
_DASHES = ((r"\textemdash", "—"), (r"\textendash", "–"), ("---", "—"), ("--", "–"))
_EMPHASIS = re.compile(r"\\(?:emph|textit|textbf|textsc|textsf|texttt|mkbibquote)\s*(?=\{)")


@dataclass(frozen=True)
class BibText:
    """What the reader sees, the export's date (ISO or ""), and each prose field as a dated entry
    (ISO date or "" for the export's date, first paragraph, last paragraph), as
    `decode.RawText.entries`."""

    text: str
    date: str
    entries: tuple[tuple[str, str, str], ...]


def braced(text: str, i: int, close: str) -> tuple[str, int]:
    """The value from just after an opening delimiter at `i - 1` to its balanced `close`, and the
    index after it; braces nest inside either delimiter."""
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}" and depth:
            depth -= 1
        elif c == close and depth == 0:
            return text[i:j], j + 1
        j += 1
    raise ValueError("unbalanced BibTeX value")


def _fields(text: str, i: int, close: str) -> tuple[dict[str, str], int]:
    """An entry's fields (lower-cased names) from after its key to its closing delimiter."""
    fields: dict[str, str] = {}
    while True:
        m = _FIELD.match(text, i)
        if not m:
            end = _CLOSE[close].match(text, i)
            if not end:
                raise ValueError("malformed BibTeX entry")
            return fields, end.end()
        j, parts = m.end(), []
        while True:  # a value, possibly joined with "#"
            if text.startswith("{", j):
                value, j = braced(text, j + 1, "}")
            elif text.startswith('"', j):
                value, j = braced(text, j + 1, '"')
            else:
                b = _BARE.match(text, j)
                if not b:
                    raise ValueError("malformed BibTeX value")
                value, j = b.group(), b.end()
            parts.append(value)
            h = _HASH.match(text, j)
            if not h:
                break
            j = h.end()
        fields[m["name"].lower()] = "".join(parts)
        i = j


def entries(text: str) -> list[dict[str, str]]:
    """Every entry of a BibTeX file as its fields (with "ENTRYTYPE"), in file order;
    @comment, @preamble and @string blocks are skipped."""
    out, i = [], 0
    while m := _ENTRY.search(text, i):
        close = "}" if text[m.end() - 1] == "{" else ")"
        if m["type"].lower() in _SKIPPED_TYPES:
            _, i = braced(text, m.end(), close)
            continue
        key = _KEY.match(text, m.end())
        if not key:
            raise ValueError("BibTeX entry without a key")
        fields, i = _fields(text, key.end() - 1, close)
        out.append({"ENTRYTYPE": m["type"].lower(), **fields})
    return out


def _month(value: str) -> int | None:
    v = _PROTECT.sub("", value).strip().lower().rstrip(".")
    if v.isdigit() and 1 <= int(v) <= 12:
        return int(v)
    return MONTHS.get(v) or MONTHS.get(v[:3])


def entry_date(fields: dict[str, str]) -> str:
    """The work's own date: `date` (ISO, biblatex) or `year` with `month`; "" if neither parses."""
    date = _PROTECT.sub("", fields.get("date", "")).strip()
    if re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", date) and (len(date) < 10 or is_iso_date(date)):
        return date
    year = re.fullmatch(r"\s*(\d{4})\s*", _PROTECT.sub("", fields.get("year", "")))
    if not year:
        return ""
    month = _month(fields.get("month", ""))
    return f"{year[1]}-{month:02d}" if month else year[1]


def _paragraphs(value: str) -> list[str]:
    """A field's text as paragraphs (a blank line or \\par divides them), lines joined, emphasis
    commands and protective braces dropped and dashes typeset; escapes ("\\&") stay as written."""
    value = _EMPHASIS.sub("", value)
    for tex, dash in _DASHES:
        value = value.replace(tex + "{}", dash).replace(tex, dash)
    value = re.sub(r"\\par\b", "\n\n", _PROTECT.sub("", value))
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", value) if p.strip()]


def is_bibtex(text: str) -> bool:
    """A BibTeX file: after any %-comments, it opens with an entry ("@book{key,")."""
    return bool(_LEAD.match(text))


def bib_text(text: str) -> BibText | None:
    """The prose of a BibTeX export and its dated entries; None if it does not parse or holds fewer
    than `BIBTEX_MIN_ENTRIES` entries (it is then read as the plain text it also is)."""
    try:
        records = entries(text)
    except (ValueError, IndexError):
        return None
    if len(records) < BIBTEX_MIN_ENTRIES:
        return None
    stamps = (_EXPORTED.search(m.group()) for m in _COMMENT_LINE.finditer(text[:_ENTRY.search(text).start()]))
    export_day = next((m[1] for m in stamps if m and is_iso_date(m[1])), "")
    paragraphs: list[str] = []
    dated: list[tuple[str, str, str]] = []
    for fields in records:
        day = entry_date(fields)
        for name, value in fields.items():
            if name in ABSTRACT_FIELDS or name in NOTE_FIELDS:
                paras = _paragraphs(value)
                if paras:
                    paragraphs += paras
                    dated.append((day if name in ABSTRACT_FIELDS else "", paras[0], paras[-1]))
    if not paragraphs:
        return None  # a bare catalogue: nothing to read as prose (it is read as written)
    return BibText("\n\n".join(paragraphs) + "\n", export_day, tuple(dated))
