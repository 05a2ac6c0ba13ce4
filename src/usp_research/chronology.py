"""The reference chronology (`data/raw/reference/chronology.csv`) and linking events to it.

An extracted event links to a reference event when the sentence uses one of its aliases, or
quotes one of its key phrases (four or more words in common), or — without either — when event
type, a specific actor (other than the United States and Pakistan themselves) and the year all
match. Among candidates the one nearest in date wins. `date_check` then compares the article's
date with the reference: `agrees` when the two overlap at the article's precision, otherwise
`differs` with the signed difference.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .dates import is_iso_date
from .errors import InputError
from .paths import REFERENCE

COLUMNS = ["ref_id", "date_start", "date_end", "precision", "label", "event_type", "actors", "aliases",
           "quotes", "citation_title", "citation_url", "notes"]
GENERIC_ACTORS = frozenset({"USA", "PAK"})
MIN_QUOTE_WORDS = 4


@dataclass(frozen=True)
class RefEvent:
    ref_id: str
    date_start: str
    date_end: str
    precision: str
    label: str
    event_type: str
    actors: tuple[str, ...]
    aliases: tuple[str, ...]
    quotes: tuple[str, ...]
    citation: str


@dataclass(frozen=True)
class Link:
    ref: RefEvent
    how: str  # alias / quote / type+actor+year


@lru_cache(maxsize=2)
def load(path: str | None = None) -> tuple[RefEvent, ...]:
    """Read and check the chronology: every row dated, cited and well formed."""
    from .sources import read_csv
    p = Path(path) if path else REFERENCE / "chronology.csv"
    out = []
    if True:
        for n, r in read_csv(p, COLUMNS, COLUMNS, what="reference chronology"):
            if not (is_iso_date(r["date_start"]) and is_iso_date(r["date_end"]) and r["date_start"][:4] <= r["date_end"][:4]):
                raise InputError(p, f"row {n} ({r['ref_id']}): bad dates {r['date_start']!r}–{r['date_end']!r}",
                                 "Use ISO dates YYYY[-MM[-DD]] with start <= end")
            if not r["citation_title"] or not r["citation_url"]:
                raise InputError(p, f"row {n} ({r['ref_id']}): no citation", "Every reference row needs a source title and URL")
            split = lambda s: tuple(x.strip() for x in s.split(";") if x.strip())  # noqa: E731
            out.append(RefEvent(r["ref_id"], r["date_start"], r["date_end"], r["precision"], r["label"], r["event_type"],
                                split(r["actors"]), split(r["aliases"].lower()), split(r["quotes"].lower()),
                                f"{r['citation_title']} <{r['citation_url']}>"))
    return tuple(out)


def _alias_rx(alias: str) -> re.Pattern:
    parts = [re.escape(w) for w in re.split(r"[\s\-–—]+", alias) if w]
    return re.compile(r"(?<!\w)" + r"[\s\-–—]+".join(parts) + r"(?!\w)", re.I)


@lru_cache(maxsize=2)
def _alias_index(refs: tuple[RefEvent, ...]) -> tuple[tuple[re.Pattern, RefEvent], ...]:
    return tuple((_alias_rx(a), r) for r in refs for a in r.aliases)


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'"))


def quote_overlap(a: str, b: str) -> int:
    """Length in words of the longest run of words two quotations share."""
    wa, wb = _words(a), _words(b)
    best = 0
    prev = [0] * (len(wb) + 1)
    for x in wa:
        cur = [0] * (len(wb) + 1)
        for j, y in enumerate(wb, start=1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def year_distance(a0: str, a1: str, b0: str, b1: str) -> int:
    """0 when the year ranges overlap, else the gap in years (signed: negative = a before b)."""
    ya0, ya1, yb0, yb1 = int(a0[:4]), int((a1 or "9999")[:4]), int(b0[:4]), int((b1 or "9999")[:4])  # "" = open
    if ya1 < yb0:
        return ya1 - yb0
    if ya0 > yb1:
        return ya0 - yb1
    return 0


_STOP = frozenset("a an the of on in at to for and or by with from its his her their this that".split())


@lru_cache(maxsize=2)
def _alias_words(refs: tuple[RefEvent, ...]) -> tuple[re.Pattern, tuple]:
    """A regex finding any alias content word, and per alias: (content words, exact regex, length, ref)."""
    out, vocab = [], set()
    for r in refs:
        for a in r.aliases:
            words = frozenset(w for w in re.split(r"[\s\-–—]+", a) if w and w not in _STOP)
            vocab |= words
            out.append((words, _alias_rx(a), len(a), r))
    word_rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(vocab, key=len, reverse=True))
                         + r")(?!\w)", re.I)
    return word_rx, tuple(out)


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def link(sentence: str, quote: str, event_type: str, actors: tuple[str, ...], date_start: str, date_end: str,
         refs: tuple[RefEvent, ...], states: frozenset[str] = frozenset()) -> Link | None:
    """The reference event a sentence's event refers to, or None.

    Candidates: an alias written out in the sentence (`alias`), all the content words of an
    alias present in any order (`alias words`), a shared quotation (`quote`), or — failing
    those — the same year and a shared actor that is not a state, with the same event type or a
    shared person (`type+actor+year`). The nearest in date wins; ties go to the stronger
    method, the longer alias, the same event type, then the closer actor set.
    """
    cands: list[tuple[int, int, int, int, float, str, RefEvent]] = []
    mine = set(actors)

    def add(rank: int, length: int, how: str, ref: RefEvent) -> None:
        dist = abs(year_distance(date_start, date_end, ref.date_start, ref.date_end))
        cands.append((dist, rank, -length, int(ref.event_type != event_type), -_jaccard(mine, set(ref.actors)), how, ref))

    word_rx, aliases = _alias_words(refs)
    present = {w.lower() for w in word_rx.findall(sentence)}
    for words, rx, length, ref in aliases:
        if words <= present:  # cheap prefilter: every content word of the alias is in the sentence
            m = rx.search(sentence)
            if m:
                add(0, len(m.group(0)), "alias", ref)
            elif len(words) >= 2:
                add(1, length, "alias words", ref)
    if quote:
        for ref in refs:
            if any(quote_overlap(quote, q) >= MIN_QUOTE_WORDS for q in ref.quotes):
                add(1, 0, "quote", ref)
    if not cands:
        specific = mine - GENERIC_ACTORS - states
        for ref in refs:
            shared = specific & set(ref.actors)
            if shared and year_distance(date_start, date_end, ref.date_start, ref.date_end) == 0 and (
                    ref.event_type == event_type or any(a.startswith("P_") for a in shared)):
                add(2, 0, "type+actor+year", ref)
    if not cands:
        return None
    best = min(cands, key=lambda c: (c[:5], c[6].ref_id))
    return Link(best[6], best[5])


def date_check(date_start: str, date_end: str, ref: RefEvent | None) -> tuple[str, str]:
    """(`agrees` / `differs` / `no_reference`, the difference in words)."""
    if ref is None:
        return "no_reference", ""
    n = min(len(date_start), len(ref.date_start), len(ref.date_end))
    if date_start[:n] <= ref.date_end[:n] and ref.date_start[:n] <= (date_end or "9999")[:n]:
        return "agrees", ""
    gap = year_distance(date_start, date_end, ref.date_start, ref.date_end)
    if gap:
        unit = "year" if abs(gap) == 1 else "years"
        return "differs", f"{abs(gap)} {unit} {'earlier' if gap < 0 else 'later'} than the reference ({ref.date_start})"
    return "differs", f"same year, different date than the reference ({ref.date_start})"
