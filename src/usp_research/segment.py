"""Split cleaned text into paragraphs and sentences, with character offsets.

Sentence boundaries are found by rule, not a trained model, so the result is exact and
explainable: a boundary is sentence punctuation (plus closing quotes/brackets) followed by
space and a capital, digit or opening quote (reference marks such as "[4]" may sit between) —
unless the word before the period is an
abbreviation from `codebooks/abbreviations.csv` ("Gen.", "Mr.", "No. 5"), an initial
("A.Q. Khan", "Michael E. Kurilla") or a dotted acronym ("U.S.") that is not followed by a
common sentence opener ("The", "It", ...).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .paths import CODEBOOKS

_NOTE_MARK = r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*"  # reference marks after the full stop: ".[4] The", ".³ The"
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’)\]]*" + _NOTE_MARK + r"(?=\s+([\"'“‘(\[]?)(\S+))")
_PREV_TOKEN = re.compile(r"([\w.’'-]*?)([.!?…]+)[\"'”’)\]]*" + _NOTE_MARK + "$")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}")
OPENERS = frozenset("""
a an the this that these those it its he she they we i you his her their our there here
in on at by for from with to of as if when while after before since during although though
but and or so yet however meanwhile moreover furthermore still also then thus therefore
instead indeed nonetheless nevertheless despite according what why how who which one some
many most both each every all no not such another other only even
""".split())


KINDS = ("title", "number", "month", "always", "citation")
_ABBREV = re.compile(r"[^\W\d_][\w.'’-]*")


@lru_cache(maxsize=4)
def load_abbreviations(path: str | None = None) -> dict[str, str]:
    """Abbreviation (without its final period, lower case) -> kind (title/number/always/month/citation).

    A malformed row (missing field, unknown kind, an abbreviation that is not a word, one listed
    twice) is an InputError naming the file and line.
    """
    from .errors import InputError
    from .sources import read_csv

    p = Path(path) if path else CODEBOOKS / "abbreviations.csv"
    out: dict[str, str] = {}
    where_seen: dict[str, int] = {}
    for line, row in read_csv(p, ["abbreviation", "kind"], what="abbreviation list"):
        abbr, kind = row["abbreviation"].strip().lower(), row["kind"].strip()
        if not _ABBREV.fullmatch(abbr) or abbr.endswith("."):
            raise InputError(p, f"line {line}: abbreviation {row['abbreviation']!r} is not a word",
                             "Write the abbreviation without its final period, e.g. Gen or U.S")
        if kind not in KINDS:
            raise InputError(p, f"line {line}: unknown kind {row['kind']!r} for {row['abbreviation']!r}",
                             f"Use one of {', '.join(KINDS)}")
        if abbr in out:
            raise InputError(p, f"line {line}: {row['abbreviation']!r} is already listed on line {where_seen[abbr]}",
                             "List each abbreviation once")
        out[abbr], where_seen[abbr] = kind, line
    return out


_ROMAN = re.compile(r"[IVXLC]{1,7}")  # a volume's or part's number in Roman numerals


def _is_boundary(before: str, punct: str, opener: str, nxt: str, abbrev: dict[str, str]) -> bool:
    first = nxt[0]
    if not (first.isupper() or first.isdigit() or opener):
        return False
    if "." not in punct or punct != "." and not punct.endswith("."):
        return True
    token = before
    low = token.lower()
    word = re.sub(r"[^\w]", "", nxt).lower()
    kind = abbrev.get(low)
    if kind == "title":
        return False
    if kind in ("number", "month") and first.isdigit():
        return False
    if kind == "number" and _ROMAN.fullmatch(nxt.rstrip(",")) and (len(nxt) >= 2):
        return False  # "Vol. XII, No. 287" (not "No. I disagree")
    if kind == "always":  # "Inc. (the "Company") announced": a parenthesis after it goes on with the sentence
        return word in OPENERS and opener != "("
    if kind == "citation":  # "Pub. L. No. 111-73": not before another abbreviation ("a pub. Officials ..." ends)
        return not re.fullmatch(r"[A-Z][a-z]{0,2}\.", nxt)
    if len(token) == 1 and token.isalpha():          # an initial: "E. Kurilla", "Q. Khan"
        return False
    if _ACRONYM.fullmatch(token + "."):              # "U.S.", "U.N.", "A.Q."
        return word in OPENERS
    return True


def split_sentences(text: str, abbrev: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in one paragraph, whitespace trimmed."""
    abbrev = abbrev if abbrev is not None else load_abbreviations()
    spans, start = [], 0
    for m in _CANDIDATE.finditer(text):
        head = text[start:m.end()]
        pm = _PREV_TOKEN.search(head)
        before = pm[1].split()[-1] if pm and pm[1] else ""
        before = before.rstrip(".") if pm and pm[2].startswith(".") and before.endswith(".") else before
        token = re.split(r"[\s(\"“‘']", before)[-1] if before else ""
        punct = pm[2] if pm else m[0]
        if _is_boundary(token, punct, m[1], m[2], abbrev):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        if rs > ls:
            out.append((s + ls, s + rs))
    return out
