"""Read and check `sources.csv`, the hand-kept metadata of the corpus files.

A file with no row still works (its metadata then comes from its text); a row that names a
missing file, repeats a doc_id, or carries a date that is not ISO is refused with a message.
"""
from __future__ import annotations

import csv
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


def load(path: Path, corpus_files: list[Path]) -> dict[str, dict[str, str]]:
    """Rows of sources.csv keyed by file name; {} when the file does not exist."""
    if not path.exists():
        return {}
    names = {p.name for p in corpus_files}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        missing = [c for c in ("doc_id", "file") if c not in header]
        if missing:
            raise InputError(path, f"lacks the column(s) {', '.join(missing)}",
                             f"Give it the header {','.join(COLUMNS)}")
        unknown_cols = [c for c in header if c not in COLUMNS]
        if unknown_cols:
            raise InputError(path, f"has unknown column(s) {', '.join(unknown_cols)}",
                             f"Use only {','.join(COLUMNS)}")
        rows: dict[str, dict[str, str]] = {}
        ids: dict[str, int] = {}
        for n, raw in enumerate(reader, start=2):
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
