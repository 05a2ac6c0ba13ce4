"""Read and check `sources.csv`, the hand-kept metadata of the corpus files.

A file with no row still works (its metadata then comes from its text); a row that names a
missing file, repeats a doc_id, or carries a date that is not ISO is refused with a message.
So is a sources.csv that is not UTF-8 CSV with a header row (e.g. saved by a spreadsheet as
Windows-1252, UTF-16 or with ';' separators). Rows that are entirely blank are skipped.

`read_csv` is the shared strict reader for small hand-edited CSV files (this one and the
corpus-stage codebooks): UTF-8, a header naming the needed columns, every row as many fields
as the header; any problem is an InputError naming file and line.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .dates import is_iso_date
from .errors import InputError

COLUMNS = ["doc_id", "file", "title", "author", "publisher", "published", "url", "licence", "notes"]
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")


def slugify(stem: str) -> str:
    """Readable doc_id from a file name: lower case, runs of other characters become '-'."""
    slug = re.sub(r"[^a-z0-9_]+", "-", stem.lower()).strip("-")
    return slug or "doc"


def read_csv(path: Path, needed: list[str], allowed: list[str] | None = None,
             what: str = "CSV file") -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a small hand-edited CSV file, checked strictly.

    Refused with an InputError naming the file (and line): missing file, not UTF-8 text,
    no header, a needed column missing, a column repeated or (with `allowed`) unknown, a row
    with more or fewer fields than the header. Blank rows are skipped.
    """
    from .decode import decode_bytes, sniff

    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, f"{what} not found", "Create it, or restore it with `git checkout -- <file>`") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})", "Check that it is a readable file") from None
    header_fix = f"Give it the header row {','.join(allowed or needed)}"
    if not data.strip():
        raise InputError(path, f"is empty (a {what} needs at least a header row)", header_fix)
    kind = sniff(data)
    if kind:
        raise InputError(path, f"looks like {kind[0]}, not a CSV text file (judging by its first bytes)",
                         "Save it from your spreadsheet program as 'CSV UTF-8 (Comma delimited)' under the same name")
    text, _ = decode_bytes(data, path)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except csv.Error as exc:
        raise InputError(path, f"line 1 is not valid CSV ({exc})", header_fix) from None
    header = [h.strip() for h in header]
    missing = [c for c in needed if c not in header]
    if missing:
        sep = next((s for s in (";", "\t", "|") if s in ",".join(header)), None)
        hint = f" (its columns seem to be separated by {sep!r}, not ',')" if sep else ""
        raise InputError(path, f"lacks the column(s) {', '.join(missing)}{hint}",
                         "Save it as 'CSV UTF-8 (Comma delimited)' with the header row " + ",".join(allowed or needed)
                         if sep else header_fix)
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise InputError(path, f"repeats the column(s) {', '.join(repeated)} in its header", "Keep each column once")
    if allowed is not None:
        unknown = [c for c in header if c not in allowed]
        if unknown:
            raise InputError(path, f"has unknown column(s) {', '.join(unknown)}", f"Use only {','.join(allowed)}")
    rows = []
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                raise InputError(path, f"line {line} has {len(fields)} fields but the header has {len(header)}",
                                 "Put quotes around values that contain commas, and give every row all the columns")
            rows.append((line, dict(zip(header, fields))))
    except csv.Error as exc:
        raise InputError(path, f"line {reader.line_num} is not valid CSV ({exc})",
                         "Close the quote marks (a quote inside a quoted value is written twice: \"\")") from None
    return rows


def load(path: Path, corpus_files: list[Path]) -> dict[str, dict[str, str]]:
    """Rows of sources.csv keyed by file name; {} when the file does not exist."""
    if not path.exists():
        return {}
    names = {p.name for p in corpus_files}
    rows: dict[str, dict[str, str]] = {}
    ids: dict[str, int] = {}
    for n, raw in read_csv(path, ["doc_id", "file"], COLUMNS, "sources.csv"):
        row = {c: (raw.get(c) or "").strip() for c in COLUMNS}
        where = f"row {n} ({row['file'] or 'no file'})"
        if not row["file"]:
            raise InputError(path, f"{where}: the 'file' column is empty", "Name the corpus file this row describes")
        if row["file"] not in names:
            raise InputError(path, f"{where}: no such file in the corpus folder",
                             "Fix the file name or remove the row")
        if row["file"] in rows:
            raise InputError(path, f"{where}: a second row for the same file", "Keep one row per file")
        if row["doc_id"] and not _SLUG.fullmatch(row["doc_id"]):
            raise InputError(path, f"{where}: doc_id {row['doc_id']!r} is not a slug",
                             "Use lower-case letters, digits, '-' and '_'")
        if row["doc_id"] in ids:
            raise InputError(path, f"{where}: doc_id {row['doc_id']!r} already used in row {ids[row['doc_id']]}",
                             "Give every document its own doc_id")
        if row["published"] and not is_iso_date(row["published"]):
            raise InputError(path, f"{where}: published date {row['published']!r} is not an ISO date",
                             "Write it as YYYY-MM-DD (or YYYY-MM, YYYY), or leave it blank")
        if row["doc_id"]:
            ids[row["doc_id"]] = n
        rows[row["file"]] = row
    return rows
