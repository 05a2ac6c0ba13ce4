"""Repair plain textual defects in kept lines, logging each one.

Repairs are deliberately few and mechanical: a doubled word ("the the United States"),
a paragraph broken in mid-sentence by a hard line break, list bullets and Markdown markup.
Legitimate doubles ("that that", "had had") are listed in `codebooks/doubled_words_ok.txt`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .paths import CODEBOOKS

_DOUBLED = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•·▪◦●■►‣*+-]|\d{1,2}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
JOIN_MIN_WORDS = 15  # a prose line this long that stops on a lower-case word continues on the next line


@dataclass(frozen=True)
class Repair:
    """One change to a line: what it was, what it became, and why."""

    before: str
    after: str
    reason: str


def load_ok_doubles(path: str | Path | None = None) -> frozenset[str]:
    """Words whose doubling is grammatical ("had had"), one per line, '#' comments allowed.

    A line that is not one word (e.g. "had had", which would never match) or a file that is not
    UTF-8 is an InputError naming the file and line.
    """
    from .decode import decode_bytes
    from .errors import InputError

    path = Path(path) if path else CODEBOOKS / "doubled_words_ok.txt"
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})",
                         "Create it (one word per line), or restore it with `git checkout -- <file>`") from None
    text = decode_bytes(data, path)[0] if data.strip() else ""
    items = []
    for n, ln in enumerate(text.splitlines(), start=1):
        item = ln.split("#", 1)[0].strip().lower()
        if not item:
            continue
        if not re.fullmatch(r"[^\W\d_]+", item):
            raise InputError(path, f"line {n}: {item!r} is not a single word",
                             "Write one word per line (e.g. had, not 'had had'); put comments after '#'")
        items.append(item)
    return frozenset(items)


def fix_doubled_words(line: str, ok: frozenset[str]) -> tuple[str, list[Repair]]:
    """Remove an immediately repeated word ("The the" -> "The"), keeping the first's case."""
    repairs: list[Repair] = []

    def sub(m: re.Match) -> str:
        if m[1].lower() in ok:
            return m[0]
        repairs.append(Repair(m[0], m[1], f"doubled word '{m[1].lower()}'"))
        return m[1]

    return _DOUBLED.sub(sub, line), repairs


def strip_markup(line: str, fmt: str) -> tuple[str, list[Repair]]:
    """Remove list bullets (any format) and Markdown heading/emphasis/link markup (.md files)."""
    repairs: list[Repair] = []
    m = _BULLET.match(line)
    if m:
        repairs.append(Repair(m[0], "", "list marker removed"))
        line = line[m.end():]
    if fmt == "md":
        m = _MD_HEADING.match(line)
        if m:
            repairs.append(Repair(m[0], "", "Markdown heading marker removed"))
            line = line[m.end():]
        for pat, reason in ((_MD_LINK, "Markdown link reduced to its text"), (_MD_EMPHASIS, "Markdown emphasis removed")):
            def sub(mm: re.Match, reason=reason) -> str:
                keep = mm[1] if pat is _MD_LINK else mm[2]
                repairs.append(Repair(mm[0], keep, reason))
                return keep
            line = pat.sub(sub, line)
    return line, repairs


def continues(line: str, nxt: str) -> bool:
    """True when `line` stops mid-sentence and `nxt` (the very next line) carries it on."""
    from .boilerplate import words
    return (words(line) >= JOIN_MIN_WORDS and bool(re.search(r"(?:^|\s)[a-z][\w'’-]*$", line))
            and words(nxt) >= 3 and bool(re.match(r"[^\W\d_]", nxt)))
