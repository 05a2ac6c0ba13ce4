"""The rows of a database dump (mysqldump's or pg_dump's INSERT statements or COPY blocks, saved as
text), read as the records they store.

A news site's dump holds its articles as rows: a reader wants each row's headline and body, dated
by its publication column, not the SQL around them (the dump's header and footer comments, `SET`,
`CREATE TABLE` and `LOCK TABLES` statements). The rows are handed to `structured.read_data` as JSON
records would be, so a row's text and its stamp are read by the same rules (GUIDELINES 8.31).
"""
from __future__ import annotations

import re

from .structured import Structured, read_data

_DUMP_HEADER = re.compile(r"(?im)^--\s*(?:MySQL|MariaDB|PostgreSQL database) dump")
_PG_HEADER = re.compile(r"(?im)^--\s*PostgreSQL database dump")
_ROWS_MARK = re.compile(r"(?im)^(?:INSERT\s+(?:IGNORE\s+)?INTO|REPLACE\s+INTO|COPY\s+\S+(?:\s*\([^)]*\))?\s+FROM\s+stdin)\b")
_CREATE = re.compile(r"(?is)CREATE TABLE\s+(?:IF NOT EXISTS\s+)?(?P<name>[`\"\[]?[\w.]+[`\"\]]?)\s*\((?P<body>.*?)\)\s*"
                     r"(?:ENGINE|WITH|TABLESPACE|;)")
_COLUMN = re.compile(r"(?m)^\s*[`\"\[]?(?P<col>\w+)[`\"\]]?\s+(?!KEY\b|INDEX\b)[A-Za-z]")
_CONSTRAINT = re.compile(r"(?i)^(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|FULLTEXT|CHECK)$")
_INSERT = re.compile(r"(?i)(?:INSERT\s+(?:IGNORE\s+)?|REPLACE\s+)INTO\s+(?P<name>[`\"\[]?[\w.]+[`\"\]]?)\s*"
                     r"(?:\((?P<cols>[^)]*)\)\s*)?VALUES\s*")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}
_BARE = re.compile(r"[^,()'\s]+")
_INTRODUCER = re.compile(r"(?:_[A-Za-z0-9]+\s*|(?P<e>[Ee]))(?=')")  # `_binary '...'`, `_utf8mb4'...'`, PostgreSQL's E'...'
_COPY = re.compile(r"(?im)^COPY\s+(?P<name>\S+?)\s*(?:\((?P<cols>[^)]*)\))?\s+FROM\s+stdin;[ \t]*\r?\n")
_COPY_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\", "b": "\b", "f": "\f", "v": "\v"}
_STATEMENT_END = re.compile(r";[ \t]*\r?\n")
_COPY_END = re.compile(r"(?m)^\\\.[ \t]*\r?$")  # a COPY block's closing "\."
DUMP_MIN_ROWS = 1


def _name(raw: str) -> str:
    return raw.strip().strip("`\"[]").rsplit(".", 1)[-1]


def is_dump(text: str) -> bool:
    """A database dump: a dump tool's header comment and an INSERT statement or a COPY block."""
    return bool(_DUMP_HEADER.search(text[:5000])) and bool(_ROWS_MARK.search(text))


def _value(text: str, i: int, backslash: bool = True) -> tuple[object, int]:
    """The SQL literal at `i` (a quoted string with its doubled-quote escapes undone, and its
    backslash escapes where the dump writes them: MySQL's always, PostgreSQL's in E'...' only; a
    charset introducer such as mysqldump's `_binary '...'` read past; NULL as None, a number or
    other bare word as written) and the index after it."""
    if m := _INTRODUCER.match(text, i):
        backslash = backslash or m["e"] is not None
        i = m.end()
    if text[i] == "'":
        out, i = [], i + 1
        while i < len(text):
            c = text[i]
            if c == "\\" and backslash and i + 1 < len(text):
                out.append(_ESCAPES.get(text[i + 1], text[i + 1]))
                i += 2
            elif c == "'" and text[i + 1:i + 2] == "'":
                out.append("'")
                i += 2
            elif c == "'":
                return "".join(out), i + 1
            else:
                out.append(c)
                i += 1
        raise ValueError("unterminated string")
    m = _BARE.match(text, i)
    if m is None:
        raise ValueError(f"no value at {i}")
    word = m.group()
    return (None if word.upper() == "NULL" else word), m.end()


def _rows(text: str, i: int, backslash: bool = True) -> tuple[list[list], int]:
    """The tuples of one VALUES list starting at `i`, and the index after its closing semicolon."""
    rows: list[list] = []
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\r\n,":
            i += 1
        if i >= n or text[i] == ";":
            return rows, i + 1
        if text[i] != "(":
            raise ValueError(f"expected a row at {i}")
        i += 1
        row: list = []
        while True:
            while text[i] in " \t\r\n":
                i += 1
            value, i = _value(text, i, backslash)
            row.append(value)
            while text[i] in " \t\r\n":
                i += 1
            if text[i] == ",":
                i += 1
                continue
            if text[i] == ")":
                i += 1
                break
            raise ValueError(f"expected , or ) at {i}")
        rows.append(row)
    return rows, i


def _copy_cell(cell: str):
    """A COPY text-format cell: `\\N` is NULL, backslash escapes undone."""
    if cell == "\\N":
        return None
    return re.sub(r"\\(.)", lambda m: _COPY_ESCAPES.get(m[1], m[1]), cell)


def tables(text: str) -> dict[str, list[dict]]:
    """Each table's rows as records (column name → value), in dump order: INSERT statements
    (columns named by the table's CREATE TABLE or the statement's own list, else numbered) and
    PostgreSQL COPY blocks. A statement whose values cannot be read is skipped, not the dump."""
    columns: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        cols = [c["col"] for c in _COLUMN.finditer(m["body"]) if not _CONSTRAINT.match(c["col"])]
        columns[_name(m["name"])] = cols
    # PostgreSQL writes backslashes as they are, unless a string is E'...' (standard_conforming_strings)
    backslash = not _PG_HEADER.search(text[:5000])
    found: list[tuple[int, str, dict]] = []
    i = 0
    while (m := _INSERT.search(text, i)) is not None:
        name = _name(m["name"])
        cols = [_name(c) for c in m["cols"].split(",")] if m["cols"] else columns.get(name, [])
        try:
            rows, i = _rows(text, m.end(), backslash)
        except (ValueError, IndexError):
            end = _STATEMENT_END.search(text, m.end())
            i = end.end() if end else len(text)
            continue
        for row in rows:
            names = cols if len(cols) == len(row) else [f"column{k + 1}" for k in range(len(row))]
            found.append((m.start(), name, dict(zip(names, row))))
    for m in _COPY.finditer(text):
        name = _name(m["name"])
        cols = [_name(c) for c in m["cols"].split(",")] if m["cols"] else columns.get(name, [])
        end = _COPY_END.search(text, m.end())
        for line in text[m.end():end.start() if end else len(text)].splitlines():
            row = [_copy_cell(c) for c in line.split("\t")]
            names = cols if len(cols) == len(row) else [f"column{k + 1}" for k in range(len(row))]
            found.append((m.start(), name, dict(zip(names, row))))
    out: dict[str, list[dict]] = {}
    for _, name, row in sorted(found, key=lambda f: f[0]):
        out.setdefault(name, []).append(row)
    return out


def read(text: str) -> Structured | None:
    """The dump's stored records as a reader sees them (`structured.read_data`), None if its rows
    cannot be read."""
    try:
        found = tables(text)
    except (ValueError, IndexError):
        return None
    if sum(len(rows) for rows in found.values()) < DUMP_MIN_ROWS:
        return None
    return read_data(found, kind="sql")
