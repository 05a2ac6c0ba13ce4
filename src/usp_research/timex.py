"""Tag and normalise time expressions in cleaned article text.

Method. ``tag`` works in three passes over one string. (1) One precompiled
scanner finds every atomic expression with a single ``finditer``: it stops
only at separators (C-level skip), tests the next word against one trie of
trigger words (digits, months, weekdays, "the" + a time word, codebook
aliases, "last year", ...), and only then tries the branches -- an ordered
alternation, one branch per surface form (ISO and written dates, compact
ranges, fiscal years, parts of years and decades, named periods, decades,
centuries, anchored spans, anaphora, relative words, bare years), longest
forms first so the leftmost match is also the longest. A hit is re-parsed by
its branch's own regex and turned into an *atom* by a small handler.
(2) Atoms are combined with the words around them by short anchored regexes:
"the end of" + period, "post-"/"pre-" + period or year, "between A and B",
"from A to B", "A - B", "since A", "A onward", "A to date". (3) One
left-to-right walk resolves anaphora ("later that year", "since then", "these
years") against the last explicit date, month, year or range, and dates and
months written without a year (a month named alone takes the year of an
explicit expression earlier in its paragraph, else of the publication date).

Conventions. Spans keep meaning-bearing modifiers ("since", "between ... and",
"over the last", "early", "the late", "post-") and the leading "the" of
decades, centuries and named periods, but not governing prepositions ("in",
"on", "during", "by", "after", "until": "in 2011" -> "2011"), nor a "since"
that governs an event ("since the events of X" -> "X"). A "the" that belongs to
a head noun after a period name stays out ("The Cold War alliance" -> "Cold
War", "the post-9/11 era" -> "post-9/11"). Open ranges, "post-X" and anchored
spans ("over the last 15 years") end at the publication date as given ("" without
one); "earlier this week/month/year" runs from the start of that unit to it;
"later this month" is the unit itself (a future reference into it). A relative expression inside a
quotation whose date the same sentence states ("on 1 January 2018, X said
“... over the last 15 years”") is resolved against that date (anchor
"quoted:..."). Values are ISO strings at the precision written (YYYY, YYYY-MM, YYYY-MM-DD); ranges
keep each end at its own precision. ``precision`` is the granularity of the
values ("day", "month", "year"), except whole decades ("decade"), whole
centuries ("century") and deliberately fuzzy expressions ("vague"); parts of
years are months (early = Jan-Apr, mid = May-Aug, late = Sep-Dec; beginning =
Q1, end = Q4), parts of decades and centuries are years (early = first four
tenths, mid = next three, late = last three), parts of named periods are
thirds. Relative expressions are resolved only against the publication date
(or a quotation's stated date) and are left unresolved ("" values, anchor "unresolved") without one.

Research instruments live in data: named periods (Cold War, 9/11, US
administrations, ...) are read from ``data/raw/codebooks/named_periods.csv``
with a citation per row. Four-digit numbers count as years only in 1800-2100
and not inside money, counts ("2000 troops"), percentages or digit groups.
Only the standard library is used.
"""
from __future__ import annotations

import bisect
import calendar
import csv
import datetime as _dt
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from . import typeset
from .dates import LEAD_DATELINE, century, lead_dateline, numeric_order, parse_date

__all__ = ["Timex", "NamedPeriod", "load_periods", "tag", "DEFAULT_PERIODS_PATH"]

DEFAULT_PERIODS_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "raw" / "codebooks" / "named_periods.csv"
)


@dataclass(frozen=True)
class Timex:
    """One tagged time expression; offsets index the text given to ``tag``."""

    start: int
    end: int
    text: str
    kind: str
    value_start: str
    value_end: str
    precision: str
    anchor: str


@dataclass(frozen=True)
class NamedPeriod:
    """A codebook row: a named historical period with its aliases and dates."""

    period_id: str
    aliases: tuple[str, ...]
    value_start: str
    value_end: str  # "" for a period still open (e.g. a sitting administration)
    precision: str
    citation: str
    notes: str = ""
    kind: str = "period"  # "era": a presidency, regime or campaign, tagged only with tag(..., eras=True)


# --------------------------------------------------------------------------
# Codebook
# --------------------------------------------------------------------------

_ISO = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
_ONE_BREAK = r"(?:[ \t\u00a0]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)"  # spaces with at most one line break
_PERIOD_COLUMNS = ("period_id", "aliases", "value_start", "value_end", "precision", "citation", "notes")
_PERIOD_KINDS = ("period", "era")


def load_periods(path: str | Path | None = None) -> tuple[NamedPeriod, ...]:
    """Read the named-period codebook CSV (default: the project's codebook) and validate it.

    A malformed file or row is refused with an InputError naming the file, the line and the fix.
    """
    from .errors import InputError
    from .sources import read_csv

    path = Path(path) if path is not None else DEFAULT_PERIODS_PATH
    out = []
    for line, row in read_csv(path, list(_PERIOD_COLUMNS), what="named-period codebook"):
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip())
        vs, ve, prec = row["value_start"].strip(), row["value_end"].strip(), row["precision"].strip()
        where = f"line {line} ({row['period_id']!r})"
        if not aliases:
            raise InputError(path, f"{where}: no aliases", "List the names texts use, separated by ';'")
        if not _ISO.fullmatch(vs) or (ve and not _ISO.fullmatch(ve)) or (ve and ve < vs):
            raise InputError(path, f"{where}: bad dates {vs!r}–{ve!r}",
                             "Use ISO dates YYYY[-MM[-DD]] with value_start <= value_end (value_end blank = open)")
        if prec not in ("day", "month", "year"):
            raise InputError(path, f"{where}: unknown precision {prec!r}", "Use day, month or year")
        kind = (row.get("kind") or "").strip() or "period"
        if kind not in _PERIOD_KINDS:
            raise InputError(path, f"{where}: unknown kind {kind!r}",
                             "Use period (a calendar period) or era (a presidency or regime)")
        out.append(NamedPeriod(row["period_id"].strip(), aliases, vs, ve, prec,
                               row["citation"].strip(), (row.get("notes") or "").strip(), kind))
    return tuple(out)


_DEFAULT: list = []  # [periods] once loaded


def _default_periods() -> tuple[NamedPeriod, ...]:
    """Load the project codebook once per process."""
    if not _DEFAULT:
        _DEFAULT.append(load_periods())
    return _DEFAULT[0]


# --------------------------------------------------------------------------
# Pattern fragments
# --------------------------------------------------------------------------

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
           "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMWORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
             "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "a hundred": 100, "couple of": 2, "a couple of": 2}
_VAGUE_NUM = {"few": 3, "a few": 3, "several": 5}
_ORDWORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
             "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
             "twentieth": 20, "twenty-first": 21, "twenty first": 21, "twenty-second": 22,
             "twenty second": 22}
# a day of the month in words, after "the" ("on the twelfth of October 1999"; not "a third of March 2019 levels")
_DAY_ORDINALS = {**{k: v for k, v in _ORDWORDS.items() if " " not in k},
                 **{f"twenty-{w}": 20 + n for w, n in _ORDWORDS.items() if n <= 9},
                 "thirtieth": 30, "thirty-first": 31}
_DAY_WORD = "|".join(sorted((k.replace("-", r"[\s-]") for k in _DAY_ORDINALS), key=len, reverse=True))

# common misspellings of month names, read as the month they spell (first three letters right)
_MISSPELT_MONTHS = ("febuary", "feburary", "februrary", "janurary", "januray", "septmber", "septemebr",
                    "octobor", "novmber", "decmber", "decemeber",
                    "septernber", "novernber", "decernber")  # the last three: an OCR's "rn" for "m"
_MON = (r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
        r"|december|" + "|".join(_MISSPELT_MONTHS) + r")(?!\w)|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?!\w))")
# (the full-stop of an abbreviation "Nov." belongs to the month; after "November" it ends the sentence)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WDOPT = rf"(?:\b{_WD},?\s+)?"
_YE = r"(?![\w%]|[.,/:][0-9])"                      # end of a year token
_DASH = r"\s*[-–—]\s*"
_RCONN = r"\s*(?:[-–—]|\bto\b|\bthrough\b|\buntil\b|\btill\b|\band\b)\s*"
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DIGIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = "(?:" + "|".join(_TENS_WORDS) + ")"
_NUM = (rf"(?:{_TENS}[-\s]{_DIGIT_WORDS}\b|"  # "seventy-six"
        r"[0-9]{1,3}|a\s+hundred|a\s+couple\s+of|couple\s+of|hundred|an|a|one|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
        r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies))"
_NOT_CODE = r"(?<!(?-i:[A-Z])[-–])"  # "Reel PT-1954-05", "GAO-2015": a code, not a year ("mid-2019" is kept)
_PREFIX_FR = r"(?:\b(?:between|from)\s+)?"


def _y(name: str) -> str:
    return rf"(?P<{name}>1[89][0-9][0-9]|20[0-9][0-9]|2100)"


def _m(name: str) -> str:
    return rf"\b(?P<{name}>{_MON})"


def _d(name: str) -> str:
    return rf"(?<![0-9A-Za-z])(?P<{name}>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"


def _dec(p: str, bare2: bool) -> str:
    two = "['’]?" if bare2 else "['’]"
    return (rf"(?:(?<![\w$£€#])(?P<{p}_y>1[89][0-9]0|20[0-9]0)['’]?s|{two}(?<![\w$£€#])"
            rf"(?P<{p}_yy>[0-9]0)s)(?!\w)")


def _apostrophe_year(name: str) -> str:
    """A two-digit year after an apostrophe ('98, ’11), not a count ("’12 months") or a share."""
    return (rf"['’‘](?P<{name}>[0-9]{{2}})(?![\w%'’‘]|[.,][0-9]|\s*(?:per\s*cent|percent|years?|months?|weeks?"
            r"|days?|hours?|minutes?)\b)")


def _piece(ch: str) -> str:
    """Regex for one alias character: letters case-free, any dash, any space, either apostrophe."""
    if ch.isspace():
        return r"[\s\-–—]+"
    if ch in "-–—‐":
        return r"(?:\s*[-–—‐]\s*|\s+)"
    if ch in "'’":
        return "['’]"
    if ch == ".":
        return r"\.\s*"
    if ch.isalpha() and ch.lower() != ch.upper():
        return f"[{ch.upper()}{ch.lower()}]"
    return re.escape(ch)


def _trie(words) -> str:
    """One regex for many words as a character trie, so a non-matching word fails on its first letter.

    ``words`` is an iterable of words, or a mapping word -> context regex that must follow the
    word. Letters become [Xx] classes (no IGNORECASE needed, cheap to reject); a word ending in a
    letter or digit must end at a word boundary, and one ending in a digit must not be followed by
    a year ("September 11, 2001" is a date, not the alias "attacks of September 11").
    """
    pairs = words.items() if isinstance(words, dict) else ((w, "") for w in words)
    root: dict = {}
    for w, tail in pairs:
        node = root
        for ch in re.sub(r"\.\s+", ".", re.sub(r"\s+", " ", w.strip())).lower():
            node = node.setdefault(ch, {})
        old = node.get("")
        node[""] = tail if old is None else ("" if "" in (old, tail) else f"(?:{old}|{tail})")

    def emit(node, last):
        alts = [_piece(ch) + emit(child, ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            end = r"(?![\w/]|,?\s+[0-9]{4}(?![0-9]))" if last.isdigit() else (r"(?![\w/])" if last.isalnum() else "")
            alts.append(end + node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, "") if root else r"(?!x)x"


def _heads(aliases) -> list[str]:
    """Name heads of administration aliases ("Trump" from "Trump administration") for "X and Y administrations"."""
    return sorted({re.sub(r"(?i)\s+administration$", "", a) for a in aliases
                   if re.search(r"(?i)\badministration$", a) and not re.match(r"(?i)(first|second)\b", a)},
                  key=len, reverse=True)


def _alias_key(s: str) -> str:
    """Normalise an alias (or matched text) for lookup."""
    s = s.lower().replace("’", "'").replace(".", " ")
    return re.sub(r"[\s\-–—‐]+", " ", s).strip()


_QUARTER_WORD = r"first|second|third|fourth|final|last|1st|2nd|3rd|4th"  # "the third quarter of ..."


def _branches(periods: Sequence[NamedPeriod]) -> list[tuple[str, str]]:
    """The master regex as an ordered list of (branch name, pattern)."""
    aliases = sorted({a for p in periods for a in p.aliases}, key=len, reverse=True)
    alias_alt = _trie(aliases)
    head_alt = _trie(_heads(aliases))
    return [
        # ISO dates 2025-07-24, 2025/07/24
        ("iso", rf"(?<![\w/.\-]){_y('iso_y')}[-/](?P<iso_m>0[1-9]|1[0-2])[-/]"
                rf"(?P<iso_d>0[1-9]|[12][0-9]|3[01])(?![\w]|[-/.][0-9])"),
        # all-numeric dates: 26/11/2011, 10/15/2009, 24.11.2023 (read by `_h_num`)
        ("num", rf"(?<![\w/.\-])(?P<num_a>[0-9]{{1,2}})(?P<num_s>[/.\-])(?P<num_b>[0-9]{{1,2}})(?P<num_t>[/.\-]){_y('num_y')}"
                r"(?![\w]|[-/.][0-9]|-[A-Za-z])"),
        # compact day ranges: July 24-26, 2025 / July 24 - August 3, 2025 / 24-26 July 2025
        ("dra", rf"{_PREFIX_FR}{_m('dra_m')}\s+{_d('dra_d1')}{_RCONN}{_d('dra_d2')},?\s+{_y('dra_y')}{_YE}"),
        ("drb", rf"{_PREFIX_FR}{_m('drb_m1')}\s+{_d('drb_d1')}{_RCONN}{_m('drb_m2')}\s+{_d('drb_d2')},?\s+"
                rf"{_y('drb_y')}{_YE}"),
        ("drc", rf"{_PREFIX_FR}{_d('drc_d1')}{_RCONN}{_d('drc_d2')}\s+(?:of\s+)?{_m('drc_m')},?\s+"
                rf"{_y('drc_y')}{_YE}"),
        ("drd", rf"{_PREFIX_FR}{_d('drd_d1')}\s+{_m('drd_m1')}{_RCONN}{_d('drd_d2')}\s+{_m('drd_m2')},?\s+"
                rf"{_y('drd_y')}{_YE}"),
        # months of a two-year (Pakistani, July-June) fiscal year: "July-March 2022-23"
        ("mfy", rf"{_m('mfy_m1')}{_DASH}{_m('mfy_m2')},?\s+(?P<mfy_a>1[89][0-9][0-9]|20[0-9][0-9])[-–/]"
                r"(?P<mfy_b>[0-9]{2}|1[89][0-9][0-9]|20[0-9][0-9])(?![\w%]|[.,][0-9])"),
        # compact month range: May-June 2025
        ("mra", rf"{_PREFIX_FR}{_m('mra_m1')}{_RCONN}{_m('mra_m2')},?\s+(?:of\s+)?{_y('mra_y')}{_YE}"),
        # fiscal years: FY2002, FY 2019, FY19, fiscal year 2019, FY2002-FY2018, FY2018-19
        ("fy", r"(?<!\w)(?:FY\s?-?['’]?(?P<fy_a>1[89][0-9][0-9]|20[0-9][0-9]|[0-9][0-9])"
               r"|(?:(?-i:U\.S\.|US)\s+)?(?:fiscal|financial)\s+(?:years?\s+)?(?:\(FY\)\s*)?(?P<fy_b>1[89][0-9][0-9]|20[0-9][0-9]"
               r"|['’‘](?=[0-9]{2}(?![0-9]))[0-9]{2}))"  # "fiscal '71"
               r"(?:\s*(?:[-–—/]|\bto\b|\bthrough\b|\bthru\b)\s*(?:FY\s?-?|(?:fiscal|financial)\s+(?:years?\s+)?)?"
               r"(?P<fy_c>1[89][0-9][0-9]|20[0-9][0-9]|[0-9][0-9]))?(?![\w%]|[.,/:][0-9])"),
        # a two-year label named as a fiscal year: "the 2023-24 fiscal year" (Pakistan's, July to June)
        ("fyl", r"(?<![\w$#/.-])(?P<fyl_a>1[89][0-9][0-9]|20[0-9][0-9])[-–/](?P<fyl_b>[0-9]{2}|1[89][0-9][0-9]|20[0-9][0-9])"
                r"\s+(?:fiscal|financial)\s+year\b(?!s)"),
        # compact year range: 2002-2009, 2002–11, 1981-87 (also ISO year-month 2011-05)
        ("yra", rf"(?<![\w$£€¥₹#+/@.])(?<![0-9][.,:])(?<![0-9][-–]){_NOT_CODE}{_y('yra_a')}(?P<yra_dash>{_DASH})"
                r"(?:(?P<yra_b>1[89][0-9][0-9]|20[0-9][0-9]|2100)|(?P<yra_bb>[0-9][0-9]))(?![\w%]|[.,/:\-–][0-9])"),
        # full dates
        # a signal's date-time group ("101830Z OCT 05"): a message's stamp, not a time the text speaks of
        ("dtg", r"(?<![0-9A-Za-z])[0-3][0-9][0-2][0-9][0-5][0-9](?-i:[A-Z])\s?(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
                r"\s?[0-9]{2}(?:[0-9]{2})?(?![0-9A-Za-z])"),
        # a military date with a two-digit year, months in capitals: "10 OCT 05", "01 DEC 05"
        ("mil", r"(?<![0-9A-Za-z])(?P<mil_d>[12][0-9]|3[01]|0?[1-9])\s?"
                r"(?P<mil_m>(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))\s?(?P<mil_y>[0-9]{2})(?![0-9A-Za-z])"),
        # (a line break may stand between day and month in wrapped text, not a paragraph's end: "1/12" ending a
        # post is no day of the month its next paragraph opens with)
        ("mdy", rf"{_WDOPT}{_m('mdy_m')}{_ONE_BREAK}{_d('mdy_d')},?\s+{_y('mdy_y')}{_YE}"),
        ("dmy", rf"{_WDOPT}{_d('dmy_d')}{_ONE_BREAK}(?:of\s+)?{_m('dmy_m')},?\s+{_y('dmy_y')}{_YE}"),
        ("dwy", rf"(?<=\b[Tt]he\s)(?P<dwy_d>{_DAY_WORD})\s+of\s+{_m('dwy_m')},?\s+{_y('dwy_y')}{_YE}"),
        # parts of decades: the late 1990s, mid-'90s, the end of the 1990s
        ("pda", rf"(?:\bthe\s+)?\b(?P<pda_mod>early|mid|late)(?:\s*[-–]\s*|\s+){_dec('pda', True)}"),
        ("pdb", rf"\bthe\s+(?P<pdb_pos>end|close|beginning|start|middle)\s+of\s+the\s+{_dec('pdb', True)}"),
        # parts of months: early July 2015, the end of July 2015
        ("pma", rf"\b(?P<pma_mod>early|mid|late|end(?=\s*[-–]))(?:\s*[-–]\s*|\s+){_m('pma_m')},?\s+(?:of\s+)?{_y('pma_y')}{_YE}"),
        # part of a month without a year: "in late September", "mid-March", "the end-December targets"
        ("pmn", rf"\b(?P<pmn_mod>early|mid|late|end(?=\s*[-–]))(?:\s*[-–]\s*|\s+)(?=(?-i:[A-Z])){_m('pmn_m')}(?!\w)"
                r"(?!,?\s*(?:of\s+)?(?:[0-9]{4}(?![0-9])|['’][0-9]{2}\b))"),
        # a week of a month: "the first week of November 2005" (days 1-7; "the last week": the last seven)
        ("pmw", rf"\bthe\s+(?P<pmw_n>first|second|third|fourth|final|last)\s+week\s+(?:of|in)\s+{_m('pmw_m')},?\s+(?:of\s+)?"
                rf"{_y('pmw_y')}{_YE}"),
        ("pmb", rf"\bthe\s+(?P<pmb_pos>end|close|beginning|start|middle)\s+of\s+{_m('pmb_m')},?\s+(?:of\s+)?"
                rf"{_y('pmb_y')}{_YE}"),
        # ... and without a year: "the floods had started at the end of July"
        ("pmc", rf"\bthe\s+(?P<pmc_pos>end|close|beginning|start|middle)\s+of\s+(?=(?-i:[A-Z])){_m('pmc_m')}(?!\w|['’]s\b)"
                r"(?!,?\s*(?:of\s+)?(?:[0-9]{4}(?![0-9])|['’][0-9]{2}\b))"),
        # parts of years: early 2025, mid-2019, the end of 2013, the first half of 2024, Q1 2024, summer 2019
        ("pya", rf"\b(?P<pya_mod>early|mid|late)(?:\s*[-–]\s*|\s+(?:in\s+)?){_y('pya_y')}{_YE}"),  # (early in 1951)
        ("pyb", rf"\bthe\s+(?P<pyb_pos>end|close|beginning|start|middle)\s+of\s+{_y('pyb_y')}{_YE}"),
        ("pyc", rf"\bthe\s+(?P<pyc_h>first|second|1st|2nd|latter)\s+half\s+of\s+{_y('pyc_y')}{_YE}"),
        ("pyd", rf"(?:\bthe\s+)?\b(?P<pyd_q>{_QUARTER_WORD})\s+quarter\s+(?:of\s+)?{_y('pyd_y')}{_YE}(?!\s*[-–/]\s*[0-9])"),
        # the first months of a year: "the first nine months of 2024" (a company's results)
        ("pyg", rf"\bthe\s+first\s+(?P<pyg_n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+"
                rf"{_y('pyg_y')}{_YE}(?!\s*[-–/]\s*[0-9])"),
        # a quarter of a fiscal year: "the third quarter of FY2016" (US: April-June 2016)
        ("pfq", rf"(?:\bthe\s+)?\b(?P<pfq_q>{_QUARTER_WORD})\s+quarter\s+of\s+"
                r"(?:FY\s?-?|(?:fiscal|financial)\s+(?:year\s+)?)(?P<pfq_y>1[89][0-9][0-9]|20[0-9][0-9]|[0-9][0-9])(?![\w%]|[.,/:][0-9])"),
        # the end or start of a fiscal year: "at the end of FY2014" (US: September 2014)
        ("pfe", rf"\bthe\s+(?P<pfe_pos>end|close|beginning|start)\s+of\s+(?:the\s+)?"
                r"(?:FY\s?-?|(?:fiscal|financial)\s+(?:year\s+)?)(?P<pfe_y>1[89][0-9][0-9]|20[0-9][0-9]|[0-9][0-9])(?![\w%]|[.,/:][0-9]|\s*[-–/]\s*[0-9])"),
        # a part of a fiscal year: "Q1-FY25", "2QFY24", "the second half of FY25", "the first five months of
        # FY25", "July-November FY25" (US: from October; July-June where the text counts so, `_fy_first_month`)
        ("pfp", r"(?:(?:\bthe\s+)?\b(?P<pfp_h>first|second|1st|2nd|latter)\s+half\s+of\s+(?:the\s+)?"
                r"|\bthe\s+first\s+(?P<pfp_n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:the\s+)?"
                r"|\b(?P<pfp_qh>Q[1-4]|H[12]|[1-4]Q|[12]H)\s*[-–]?\s*"
                rf"|{_m('pfp_m1')}{_DASH}{_m('pfp_m2')},?\s+)"
                r"(?:FY\s?-?|(?:fiscal|financial)\s+(?:year\s+)?)(?P<pfp_y>1[89][0-9][0-9]|20[0-9][0-9]|[0-9][0-9])"
                r"(?:[-–/](?P<pfp_y2>[0-9]{2}|20[0-9][0-9]))?(?![\w%]|[.,/:][0-9]|\s*[-–/]\s*[0-9])"),
        ("pye", rf"\b(?P<pye_qh>Q[1-4]|H[12])\s*(?:of\s+)?{_y('pye_y')}{_YE}"),
        # a season of the publication year, the one before or after: "the spring of this year"
        ("rsy", r"(?:\bthe\s+)?\b(?P<rsy_s>spring|summer|autumn|fall|winter)\s+of\s+(?P<rsy_w>this|last|next)\s+year\b(?!['’]s)"),
        ("pyf", rf"(?:\bthe\s+)?\b(?P<pyf_s>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?:{_y('pyf_y')}"
                rf"(?:[-–/](?P<pyf_y2>[0-9]{{2}}|[0-9]{{4}})(?![0-9]))?{_YE}|{_apostrophe_year('pyf_yy')})"),
        # a month of the antecedent's year: September of that year, the following March, that March
        # (with its day: "November 26 of that year", "on 4 December that year")
        ("anm", rf"(?:{_d('anm_d')}\s+(?:of\s+)?)?{_m('anm_m')}(?:\s+{_d('anm_d2')})?,?\s+(?:of\s+)?"
                r"(?P<anm_w>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+year(?![\w'’-])"),
        ("ano", rf"\b(?P<ano_w>the\s+following|the\s+next|the\s+previous|the\s+preceding|that)\s+(?:{_m('ano_m')}"
                r"(?!\s*[0-9])|(?P<ano_s>spring|summer|autumn|fall|winter)\b(?!\s*(?:of\s+)?[0-9'’‘]))"),
        # a season with no year in a sentence about the future ("expected to meet again in the autumn")
        ("sns", r"\bthe\s+(?P<sns_s>spring|summer|autumn|fall|winter)\b(?!\s*(?:of\b|[0-9'’‘-]))"),
        # relative to publication: November last year, July this year, early next year
        ("mry", rf"(?:{_d('mry_d')}\s+(?:of\s+)?)?{_m('mry_m')}(?:\s+{_d('mry_d2')})?,?\s+(?:of\s+)?"
                r"(?P<mry_w>last|this|next)\s+year(?!\w)"),
        ("pyr", r"\b(?P<pyr_mod>early|mid|late)(?:\s*[-–]\s*|\s+)(?P<pyr_w>last|this|next)\s+year(?!\w)"),
        ("pmr", r"\b(?P<pmr_mod>early|mid|late)(?:\s*[-–]\s*|\s+)(?P<pmr_w>last|this|next)\s+month(?!\w)"),
        # month + year: July 2015, Jan '11; a named day: New Year's Day 2018
        ("mon", rf"{_m('mon_m')},?\s+(?:of\s+)?{_y('mon_y')}{_YE}"),
        ("moa", rf"{_m('moa_m')}\s*{_apostrophe_year('moa_yy')}"),
        ("hol", rf"\b(?P<hol_n>new\s+year['’]s\s+(?:day|eve)|new\s+year|christmas\s+(?:day|eve)|christmas(?=\s+(?:of\s+)?(?:1[89]|20)[0-9][0-9]\b)"
                rf"|fourth\s+of\s+july)(?:\s+(?:of\s+)?{_y('hol_y')}{_YE})?"),
        # named periods from the codebook
        ("npc", rf"(?:\b(?P<npc_the>the)\s+)?(?<![\w/])(?P<npc_a>{head_alt})\s+and\s+"
                rf"(?P<npc_b>{head_alt})\s+administrations\b"),
        ("np", rf"(?:\b(?P<np_the>the)\s+)?(?:\b(?P<np_mod>early|mid|late|final|closing)(?:\s*[-–]\s*|\s+))?"
               rf"(?<![\w/])(?P<np_alias>{alias_alt})(?:\s+(?P<np_suf>years|days)\b)?"),
        # decades and centuries
        ("dec", rf"(?:\b(?P<dec_the>the)\s+)?{_dec('dec', False)}"),
        ("ded", rf"\bthe\s+(?P<ded_yy>[0-9]0)s(?!\w)"),
        # a bare "80s" (no "the", no apostrophe) opening a sentence or after a time preposition
        ("deb", r"(?<![\w'’‘$£€#.,/-])(?P<deb_yy>[2-9]0)s(?![\w'’])"),
        # a decade in words, after "the" ("in their forties" is an age): "the eighties", "the Nineteen-Nineties"
        ("dew", r"\bthe\s+(?:nineteen[\s-]+)?(?P<dew_w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)"
                r"(?!\s+(?:degrees|°))"),
        ("cen", rf"(?:\bthe\s+)?(?:\b(?P<cen_mod>early|mid|late)(?:\s*[-–]\s*|\s+))?"
                rf"(?:(?<![\w])(?P<cen_n>[0-9]{{1,2}})(?:st|nd|rd|th)|\b(?P<cen_w>twenty[\s-]first|twenty[\s-]second"
                r"|twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth))[\s-]+century(?!\w)"),
        # anchored spans: over the last 15 years, the past decade ("recent years": not tagged, like "recent")
        ("spa", rf"(?:\bover\s+)?\bthe\s+(?P<spa_w>last|past)\s+(?:(?P<spa_n>{_NUM}|a\s+few|few|several)\s+)?"
                rf"(?:(?:financial|fiscal)\s+(?=years?\b))?(?P<spa_u>{_UNIT})(?!\w)"),
        ("spb", rf"(?:\bover\s+)?\bthe\s+(?P<spb_w>next|coming)\s+(?P<spb_n>{_NUM}|a\s+few|few|several)\s+"
                rf"(?P<spb_u>{_UNIT})(?!\w)"),
        # anaphora
        # a part of the antecedent's year: "early the following year", "late that year"
        ("anp", r"(?:\b(?P<anp_mod>early|mid|late)(?:\s*[-–]\s*|\s+)(?:in\s+)?|\bthe\s+(?P<anp_pos>end|close|beginning|start|middle)\s+of\s+)"
                r"(?P<anp_w>that|the\s+same|the\s+following"
                r"|the\s+next|the\s+previous|the\s+preceding)\s+year(?![\w'’-])"),
        ("ana", r"\b(?P<ana_dir>later|earlier)\s+(?:in\s+)?that\s+(?:same\s+)?"
                r"(?P<ana_u>year|month|week|day|decade)(?!\w)"),
        ("anb", r"\bthat\s+(?:same\s+|very\s+)?(?:(?:fiscal|financial)\s+(?=year\b))?(?P<anb_u>year|month|week|day|decade|night|morning|evening"
                r"|afternoon|period)(?!\w)"),
        ("anc", r"\bthe\s+(?P<anc_w>same|following|next|previous|preceding|prior|subsequent)\s+"
                r"(?P<anc_u>year|month|week|day|decade|night|morning|evening|afternoon|period)(?!\w)"),
        ("anz", r"\bthe\s+(?P<anz_u>year|month|week|day)\s+(?:(?P<anz_w>before|after)(?=\s*(?:[,.;:!?)]|$))"
                r"|(?P<anz_w2>earlier|later))(?!\w)"),
        ("ane", rf"\b(?P<ane_n>{_NUM})\s+(?P<ane_u>{_UNIT})\s+(?:(?P<ane_w>later|earlier|afterwards?)(?!\w)"
                r"|(?P<ane_w2>before|after|on)(?=\s*(?:[,.;:!?)]|$)))"),
        ("ans", r"(?:\bever\s+)?\bsince\s+(?:then|that\s+(?:day|date|year|month|week|time|moment))(?!\w)"),
        ("ant", rf"\b(?:(?:these|those)\s+(?:{_NUM}\s+)?|(?P<ant_the>the)\s+(?:same\s+(?=(?:years|decades)(?!\s+(?:of|that|when|as|in|to)\b))"
                rf"|(?:same|{_NUM})\s+(?=(?:years|yrs|decades)\s*(?:[.,;:!?)]|$))))(?P<ant_u>years|yrs|decades)(?!\w)"),
        # "those five years", "the same years" (also "During the same years Pakistan ..."), "for the six years."
        # relative to publication
        # "by the end of the year" in a sentence about the future: that part of the publication's year
        ("eoy", r"\bthe\s+(?P<eoy_p>end|close|start|beginning|middle)\s+of\s+the\s+year(?!\w)"),
        ("ery", r"\bthe\s+(?P<ery_p>end|close|start|beginning|middle)\s+of\s+(?P<ery_w>this|last|next)\s+year(?!\w|['’]s\b|-)"),
        ("rla", r"\b(?P<rla_w>last|this|next|earlier\s+this|later\s+this|this\s+past|this\s+coming|the\s+current"
                r"|the\s+(?:coming|upcoming)(?!\s+year\b)|the\s+(?:coming|upcoming|next)(?=\s+fiscal))\s+"
                r"(?P<rla_u>(?:(?:fiscal|financial)\s+)?year|month|week)(?!\w)"),
        # "in the new year" (lower case: not the holiday): the year after a late-year publication date
        ("rny", r"\bthe\s+(?-i:new\s+year)(?=\s*(?:[.,;:!?)]|$|\s+(?:if|when|and|or|but|to|for|with|as|once|after|at)\b))"
                r"(?!\s+(?:of|in)\s+[0-9])"),
        ("rlb", r"\b(?:(?P<rlb_mod>early|late|earlier|later)\s+)?(?P<rlb_w>today|yesterday|tomorrow|tonight|recently|this\s+morning|this\s+afternoon"
                r"|this\s+evening|last\s+night)(?:(?:(?<=yesterday)|(?<=tomorrow)|(?<=today))\s+(?P<rlb_part>morning|afternoon|evening|night))?(?!\w)"),
        # "two years ago", "20 years ago tomorrow"; "three weeks from today", "five years from now": counted forward
        ("rld", rf"\b(?P<rld_n>{_NUM})\s+(?P<rld_u>{_UNIT})\s+(?:ago|(?P<rld_f>from(?:\s+now|(?=\s+today\b))))(?:\s+(?P<rld_t>today|tomorrow|yesterday)"
                rf"|(?P<rld_m>(?<=years\sago)\s+this\s+month|(?<=year\sago)\s+this\s+month|(?<=decades\sago)\s+this\s+month))?(?!\w)"),
        ("rlm", rf"\b(?P<rlm_w>last|next|this\s+past|this\s+coming|this)\s+{_m('rlm_m')}(?!\s*(?:[0-9]|['’‘][0-9]))"),
        ("rls", r"\b(?P<rls_w>last|next|this|this\s+past|this\s+coming)\s+(?P<rls_s>spring|summer|autumn|fall|winter)\b"
                r"(?!\s*(?:of\s+)?(?:[0-9]|['’‘][0-9]))"),
        # a school's "last term", "this semester" (GUIDELINES 8.9, heldout24 call 10)
        ("rlt", r"\b(?:(?P<rlt_w>last|next)\s+(?:school\s+)?(?:term|semester)|this\s+(?:school\s+)?semester)(?!\w)"
                r"(?!\s+(?:in|of)\s+office)"),
        # dates without a year: July 24, 24 July, the 24th of July, Monday, March 18
        ("mdn", rf"{_WDOPT}{_m('mdn_m')}{_ONE_BREAK}{_d('mdn_d')}(?!\w|,\s*[0-9])"),
        ("dmn", rf"{_WDOPT}{_d('dmn_d')}{_ONE_BREAK}(?:of\s+)?{_m('dmn_m')}"),
        ("rlc", rf"\b(?:(?P<rlc_w>last|this|next|this\s+past|this\s+coming)\s+)?(?P<rlc_d>{_WD})(?:\s+(?P<rlc_post>last)(?!\s+(?:week|weekend|month|year|time|night|quarter|term|{_SEASON_RX}|{_MON_RX}|{_WD})))?(?!\w)"),
        # a month named alone: "since August", "the September meeting" (capitalised; checked by the handler)
        ("mob", r"\b(?=(?-i:[A-Z]|jan|feb|apr|jun|jul|sep|oct|nov|dec))(?P<mob_m>january|february|march|april|may|june|july|august|september|october"
                r"|november|december)(?!\w)(?!\s*[0-9])"),
        # bare year, and a two-digit one after an apostrophe ("the '98 tests")
        ("yap", rf"(?<![\w'’‘]){_apostrophe_year('yap_yy')}"),
        # not a document number's year part ("FR Doc No: 2024-05318", "Report 2019-1234")
        ("yr", rf"(?<![\w$£€¥₹#+/@])(?<![0-9][.,:\-–]){_NOT_CODE}{_y('yr_y')}{_YE}(?![-–][0-9]{{4}})(?!\s*(?:percent|per\s+cent)\b)"),
    ]


# --------------------------------------------------------------------------
# Atoms and small helpers
# --------------------------------------------------------------------------

class _A:
    """A working match: offsets, kind, values, precision, anchor and resolution info."""

    __slots__ = ("s", "e", "kind", "vs", "ve", "prec", "anchor", "info")

    def __init__(self, s, e, kind, vs="", ve="", prec="year", anchor="", info=None):
        self.s, self.e, self.kind, self.vs, self.ve = s, e, kind, vs, ve
        self.prec, self.anchor, self.info = prec, anchor, info


_PREC_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3, "century": 4, "vague": 5}
_POINT_KINDS = {"date", "month", "year", "part_of_year", "decade", "part_of_decade", "century", "fiscal_year"}
_RANGE_ENDS = _POINT_KINDS | {"named_period"}
_YEAR_LABEL = re.compile(r"(?:FY\s?)?(?:19|20)[0-9]{2}\s?[-–/]\s?[0-9]{2}")  # a budget year's label, "2019-20"
_EXPLICIT_KINDS = {"date", "month", "year", "range", "open_range", "part_of_year", "fiscal_year"}


def _prec_of(v: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(v), "year")


def _mon(s: str) -> int:
    return _MONTHS[s[:3].lower()]


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _ymd(y: int, m: int, d: int) -> str | None:
    """ISO day string, or None for an impossible date."""
    if not (1 <= y <= 9999) or d > calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _num(s: str) -> tuple[int, bool]:
    """Parse a number word or digits; the flag says the number is vague (few, several)."""
    s = re.sub(r"\s+", " ", s.lower())
    if s.isdigit():
        return int(s), False
    if s in _VAGUE_NUM:
        return _VAGUE_NUM[s], True
    tens, _, unit = s.replace("-", " ").partition(" ")
    if unit in _NUMWORDS and _NUMWORDS.get(tens, 0) >= 20:  # "seventy-six"
        return _NUMWORDS[tens] + _NUMWORDS[unit], False
    return _NUMWORDS.get(s, 1), False


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _shift(v: str, unit: str, k: int) -> tuple[str, str]:
    """Shift ISO value ``v`` by ``k`` units, never more precise than ``v``; returns (value, precision)."""
    y = int(v[:4])
    if unit == "decade":
        unit, k = "year", k * 10
    elif unit == "century":
        unit, k = "year", k * 100
    elif unit == "week":
        unit, k = "day", k * 7
    if unit == "year" or len(v) == 4:
        if unit == "year":
            return f"{y + k:04d}", "year"
        if unit == "month" and len(v) == 4:
            return f"{y:04d}", "year"
        return (f"{y:04d}", "year") if len(v) == 4 else (v[:7], "month")
    m = int(v[5:7])
    if unit == "month":
        yy, mm = _add_months(y, m, k)
        return _ym(yy, mm), "month"
    if len(v) == 7:
        return v, "month"
    d = _dt.date(y, m, int(v[8:10])) + _dt.timedelta(days=k)
    return d.isoformat(), "day"


def _parse_published(published: str | None) -> str | None:
    """Validate the publication date and reduce it to YYYY / YYYY-MM / YYYY-MM-DD."""
    if published is None or not str(published).strip():
        return None
    m = re.match(r"\s*([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?", str(published))
    if not m:
        raise ValueError(f"published must be ISO YYYY[-MM[-DD]], got {published!r}")
    y, mo, d = m.groups()
    if d:
        _dt.date(int(y), int(mo), int(d))
        return f"{y}-{mo}-{d}"
    if mo:
        if not 1 <= int(mo) <= 12:
            raise ValueError(f"bad month in published {published!r}")
        return f"{y}-{mo}"
    return y


# --------------------------------------------------------------------------
# Handlers: one per master-regex branch; each returns an _A or None
# --------------------------------------------------------------------------

_COUNT_NOUNS = re.compile(
    r"\s*(?:people|persons|troops|soldiers|civilians|men|women|children|deaths|dead|casualties|"
    r"refugees|militants|fighters|personnel|officers|members|students|families|households|"
    r"cases|units|vehicles|tanks|aircraft|jets|drones|missiles|rockets|homes|houses|schools|"
    r"villages|km|kms|kilometres|kilometers|miles|metres|meters|feet|ft|kg|tons|tonnes|mw|"
    r"megawatts|acres|hectares|sq|square|hours|hrs|words|pages|copies|votes|seats|dollars|"
    r"rupees|barrels|points|marks|employees|workers|pilgrims|prisoners|detainees|madrassas|"
    r"madrasas|madrassahs|mosques|visas|scholarships|"
    r"participants|delegates|voters|candidates|residents|inhabitants|nurses|doctors|teachers|"
    r"beds|tonnes|liters|litres|gallons|calories|feet|yards|inches)\b", re.I)
_MONEY_BEFORE = re.compile(
    r"(?:\b(?:rs|pkr|usd|inr|eur|gbp|no|nos|number|page|pages|pp|p|room|flight|route|highway|model|"
    r"tel|phone|ph|ext|id|code|resolution|section|clause|article|unit|plot|house|street|box)\.?"
    r"\s*#?\s*|#\s*)$", re.I)


def _is_number_not_year(text: str, s: int, e: int) -> bool:
    """True when the 4-digit token at s:e is a count, amount, code or part of a digit group."""
    if _COUNT_NOUNS.match(text, e):
        return True
    if _MONEY_BEFORE.search(text, max(0, s - 14), s):
        return True
    return (s >= 2 and text[s - 1] in " -" and text[s - 2].isdigit()
            and e + 1 < len(text) and text[e] in " -" and text[e + 1].isdigit())


def _h_iso(m, ctx):
    v = _ymd(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


# an all-numeric date is prose after a time preposition ("on 26/11/2011") or opening a line or
# sentence ("10/15/2009 — Became Public Law"); elsewhere it is a record's field or stamp
_NUM_DATE_LEAD = re.compile(r"(?i)(?:\b(?:on|by|from|until|till|to|since|before|after|of|dated|between|and|signed|"
                            r"enacted|issued|approved|passed|effective)|\()\s*$")
_NUM_DATE_LABEL = re.compile(r"(?i)\b(?:no|ref|file|vol|p|pp)\.?\s*$")  # "No. 1/2/2011-US(Pol)": a number
_NUM_DATE_START = re.compile(r"(?:^|\n|[.!?][\"”’)]?\s)\s*$")
_CLOCK_AFTER = re.compile(r",?\s+[0-9]{1,2}:[0-9]{2}")


def _h_num(m, ctx):
    """An all-numeric date in prose, read by `dates.parse_date` in the order the text's other
    numeric dates show (`dates.numeric_order`) or the date itself shows (26/11/2011 is day first,
    10/15/2009 month first); none when nothing shows it (4/5/2011 alone is ambiguous)."""
    if m["num_s"] != m["num_t"]:
        return None  # "2/5-2019" is no date
    before = ctx.text[max(0, m.start() - 40):m.start()]
    lead = _NUM_DATE_LEAD.search(before)
    if (not (lead or _NUM_DATE_START.search(before)) or _NUM_DATE_LABEL.search(before)
            or (_CLOCK_AFTER.match(ctx.text, m.end()) and not lead)):
        return None  # a record's field ("DECL: 01/27/2020", "No. 1/2/2011", a receipt stamp with its clock time)
    v = parse_date(m[0], order=ctx.numeric_order())
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


def _day_range(m, y, m1, d1, m2, d2):
    a, b = _ymd(y, m1, d1), _ymd(y, m2, d2)
    if not a or not b or b < a:
        return None
    return _A(m.start(), m.end(), "range", a, b, "day")


def _h_dra(m, ctx):
    mo = _mon(m["dra_m"])
    return _day_range(m, int(m["dra_y"]), mo, int(m["dra_d1"]), mo, int(m["dra_d2"]))


def _h_drb(m, ctx):
    return _day_range(m, int(m["drb_y"]), _mon(m["drb_m1"]), int(m["drb_d1"]), _mon(m["drb_m2"]), int(m["drb_d2"]))


def _h_drc(m, ctx):
    mo = _mon(m["drc_m"])
    return _day_range(m, int(m["drc_y"]), mo, int(m["drc_d1"]), mo, int(m["drc_d2"]))


def _h_drd(m, ctx):
    return _day_range(m, int(m["drd_y"]), _mon(m["drd_m1"]), int(m["drd_d1"]), _mon(m["drd_m2"]), int(m["drd_d2"]))


def _h_mra(m, ctx):
    y, a, b = int(m["mra_y"]), _mon(m["mra_m1"]), _mon(m["mra_m2"])
    if b < a:
        return None
    return _A(m.start(), m.end(), "range", _ym(y, a), _ym(y, b), "month")


def _h_mfy(m, ctx):
    """"July-March 2022-23": the months run from the first label year into the next."""
    a, b = int(m["mfy_a"]), _fy_year(m["mfy_b"], int(m["mfy_a"]))
    m1, m2 = _mon(m["mfy_m1"]), _mon(m["mfy_m2"])
    if b != a + 1:
        return None
    return _A(m.start(), m.end(), "range", _ym(a, m1), _ym(b if m2 < m1 else a, m2), "month")


def _fy_year(s: str, ref: int | None = None) -> int:
    """Expand a fiscal-year label (2019 / 19) to a four-digit year."""
    v = int(s)
    if len(s) == 4:
        return v
    if ref is not None:
        c = ref // 100 * 100 + v
        return c if c >= ref else c + 100
    return century(v)


def _h_fy(m, ctx):
    a = _yy(m["fy_b"][1:], ctx) if m["fy_b"] and not m["fy_b"][0].isdigit() else _fy_year(m["fy_a"] or m["fy_b"])
    b = _fy_year(m["fy_c"], a) if m["fy_c"] else a
    if not (1800 <= a <= 2100) or b < a or b - a > 100:
        return None
    if ctx.july_fy and m["fy_a"] and (len(m["fy_a"]) == 2 or ctx.july_fy_defined) and (not m["fy_c"] or b - a > 1):  # "FY23-24" is one year
        a -= 1  # a July-June fiscal year: "FY24" is July 2023 to June 2024, "FY15-19" July 2014 to June 2019
    return _A(m.start(), m.end(), "fiscal_year", f"{a:04d}", f"{b:04d}", "year")


def _h_yra(m, ctx):
    a = int(m["yra_a"])
    if m["yra_b"]:
        b = int(m["yra_b"])
        ok = a <= b <= a + 200
    else:
        bb = int(m["yra_bb"])
        b = a // 100 * 100 + bb
        if b <= a:
            b += 100
        ok = b - a <= 30 and b != a
        if not ok and "-" in m["yra_dash"] and 1 <= bb <= 12 and m["yra_dash"] == "-":
            return _A(m.start(), m.end(), "month", _ym(a, bb), _ym(a, bb), "month")
    if not ok:
        e = m.end("yra_a")
        if _is_number_not_year(ctx.text, m.start(), e):
            return None
        return _A(m.start(), e, "year", f"{a:04d}", f"{a:04d}", "year")
    if _is_number_not_year(ctx.text, m.start(), m.end()):
        return None
    return _A(m.start(), m.end(), "range", f"{a:04d}", f"{b:04d}", "year")


def _h_mdy(m, ctx):
    v = _ymd(int(m["mdy_y"]), _mon(m["mdy_m"]), int(m["mdy_d"]))
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


def _h_dmy(m, ctx):
    v = _ymd(int(m["dmy_y"]), _mon(m["dmy_m"]), int(m["dmy_d"]))
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


def _h_dwy(m, ctx):
    """A day written as an ordinal word: "on the twelfth of October 1999"."""
    v = _ymd(int(m["dwy_y"]), _mon(m["dwy_m"]), _DAY_ORDINALS[re.sub(r"[\s-]+", "-", m["dwy_d"].lower())])
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


_THIRD_OF_DECADE = {"early": (0, 3), "beginning": (0, 3), "start": (0, 3), "mid": (4, 6),
                    "middle": (4, 6), "late": (7, 9), "end": (7, 9), "close": (7, 9)}


def _decade_year(m, p: str) -> int:
    if m[p + "_y"]:
        return int(m[p + "_y"])
    yy = int(m[p + "_yy"])
    return 2000 + yy if yy <= 10 else 1900 + yy


def _h_pda(m, ctx):
    d = _decade_year(m, "pda")
    lo, hi = _THIRD_OF_DECADE[m["pda_mod"].lower()]
    return _A(m.start(), m.end(), "part_of_decade", str(d + lo), str(d + hi), "year")


def _h_pdb(m, ctx):
    d = _decade_year(m, "pdb")
    lo, hi = _THIRD_OF_DECADE[m["pdb_pos"].lower()]
    return _A(m.start(), m.end(), "part_of_decade", str(d + lo), str(d + hi), "year")


_PART_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20),
                  "middle": (11, 20), "late": (21, 31), "end": (21, 31), "close": (21, 31)}


def _month_part(y: int, mo: int, key: str) -> tuple[str, str]:
    """First and last day of a part of a month ("early": 1-10, "late": 21 to the month's end)."""
    lo, hi = _PART_OF_MONTH[key.lower()]
    return _ymd(y, mo, lo), _ymd(y, mo, min(hi, calendar.monthrange(y, mo)[1]))


def _part_of_month(m, ymod, mname, yname):
    return _A(m.start(), m.end(), "month", *_month_part(int(m[yname]), _mon(m[mname]), m[ymod]), "day")


def _h_pma(m, ctx):
    return _part_of_month(m, "pma_mod", "pma_m", "pma_y")


def _h_pmb(m, ctx):
    return _part_of_month(m, "pmb_pos", "pmb_m", "pmb_y")


def _yearless_month_part(m, part: str, month: str) -> _A:
    """ "late September", "the end of July" without a year: a month part whose year `_resolve`
    finds like a bare month's."""
    lo, hi = _PART_OF_MONTH[part.lower()]
    return _A(m.start(), m.end(), "month", "", "", "day", "", info=("M", _mon(month), lo, hi))


def _h_pmc(m, ctx):
    return _yearless_month_part(m, m["pmc_pos"], m["pmc_m"])


def _july_june(m, pakistani: bool) -> bool:
    """Is the fiscal year matched by `m` a July-June one: the text counts in Pakistan's years
    (`pakistani`), or the match says "financial year" (Pakistan's term; the US says "fiscal")?"""
    return pakistani or "financial" in m[0].lower()


def _run_fits(a: int, b: int, first: int) -> bool:
    """Do months a to b lie inside one fiscal year that starts in month `first`?"""
    return (a - first) % 12 <= (b - first) % 12


US_LAST_JULY_FY = 1976  # the last US fiscal year that ran July to June (FY1977 began on 1 October 1976)


def _fy_first_month(m, ctx, label: str) -> int:
    """The first month of the fiscal year a part is taken from: July where the text counts in Pakistan's
    budget years (`_Ctx.pk_budget`) and the label is a two-digit one or the text defines its four-digit
    ones so (as `_h_fy` reads "FY24" and "FY2024"), or it says "financial year"; else October (US), or
    July for a US fiscal year up to 1976 (the Congressional Budget Act of 1974 moved its start)."""
    july = _july_june(m, ctx.pk_budget()) and (len(label) == 2 or ctx.july_fy_defined or "financial" in m[0].lower())
    return 7 if july or _us_july_fy(ctx, _fy_year(label)) else 10


_US_CUE = re.compile(r"\b(?:U\.\s?S\.|US|USA|United States|America|American|Americans|Congress|Washington)\b")


def _us_july_fy(ctx, fy: int) -> bool:
    """A US fiscal year up to 1976, which ran July to June, where the text speaks of the United States."""
    return fy <= US_LAST_JULY_FY and bool(_US_CUE.search(ctx.text))


def _h_pfq(m, ctx):
    """A quarter of a fiscal year: US fiscal years start in October, July-June ones (`_Ctx.july_fy`) in July."""
    fy = _fy_year(m["pfq_y"])
    q = _QUARTER[m["pfq_q"].lower()]
    first = _fy_first_month(m, ctx, m["pfq_y"])  # the fiscal year's first month, in the calendar year before its label
    y, mo = _add_months(fy - 1, first, 3 * (q - 1))
    y2, mo2 = _add_months(y, mo, 2)
    return _A(m.start(), m.end(), "part_of_year", _ym(y, mo), _ym(y2, mo2), "month")


def _h_pfp(m, ctx):
    """A part of a fiscal year, in months: a half, its first n months, a quarter, a run of its months;
    a two-year label ("the first half of FY2024-25") is Pakistan's, July to June."""
    if m["pfp_y2"]:
        a = int(m["pfp_y"]) if len(m["pfp_y"]) == 4 else _fy_year(m["pfp_y"])
        fy = _fy_year(m["pfp_y2"], a)
        if fy != a + 1:
            return None
        first = 7
    else:
        fy = _fy_year(m["pfp_y"])
        first = _fy_first_month(m, ctx, m["pfp_y"])
    if m["pfp_m1"]:
        a, b = _mon(m["pfp_m1"]), _mon(m["pfp_m2"])
        # a run that cannot lie in one such year may in the other kind
        first = next((start for start in (first, 17 - first) if _run_fits(a, b, start)), None)
        if first is None:
            return None
        lo, hi, kind = (a - first) % 12, (b - first) % 12, "range"
    elif m["pfp_n"]:
        lo, hi, kind = 0, (_MONTH_COUNT.get(m["pfp_n"].lower()) or int(m["pfp_n"])) - 1, "part_of_year"
    else:
        half = m["pfp_h"] or ""
        code = m["pfp_qh"] or ""
        k = int(re.sub(r"\D", "", code)) if code else (1 if half.lower() in ("first", "1st") else 2)
        size = 3 if "q" in code.lower() else 6
        lo, hi, kind = size * (k - 1), size * k - 1, "part_of_year"
    y, mo = _add_months(fy - 1, first, lo)
    y2, mo2 = _add_months(fy - 1, first, hi)
    return _A(m.start(), m.end(), kind, _ym(y, mo), _ym(y2, mo2), "month")


def _h_fyl(m, ctx):
    """ "the 2023-24 fiscal year": one (Pakistani) fiscal year named by its two calendar years."""
    a, b = int(m["fyl_a"]), _fy_year(m["fyl_b"], int(m["fyl_a"]))
    if b != a + 1:  # "the 2013-2015 fiscal year budget": the label alone, a range of years
        return _A(m.start(), m.end("fyl_b"), "range", f"{a:04d}", f"{b:04d}", "year") if a < b <= a + 30 else None
    return _A(m.start(), m.end(), "fiscal_year", f"{a:04d}", f"{b:04d}", "year")


def _h_pfe(m, ctx):
    """The end (last month) or start (first month) of a fiscal year: October-September, or July-June
    (`_july_june`: where the text counts in Pakistan's budget years, `_Ctx.pk_budget`; a US fiscal
    year up to 1976)."""
    fy = _fy_year(m["pfe_y"])
    first = 7 if _july_june(m, ctx.pk_budget()) or _us_july_fy(ctx, fy) else 10
    y, mo = _add_months(fy - 1, first, 11 if m["pfe_pos"].lower() in ("end", "close") else 0)
    return _A(m.start(), m.end(), "part_of_year", _ym(y, mo), _ym(y, mo), "month")


def _h_pmn(m, ctx):
    """ "late September" without a year: a month part whose year `_resolve` finds like a bare month's."""
    if (m["pmn_mod"].lower() == "late" and re.search(r"\bthe\s+$", ctx.text[max(0, m.start() - 4):m.start()], re.I)
            and re.match(r"\s+[A-Z][a-z]", ctx.text[m.end():m.end() + 3])):
        return None  # "tributes to the late June Jordan": a name
    return _yearless_month_part(m, m["pmn_mod"], m["pmn_m"])


_PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 3), "start": (1, 3),
                 "middle": (5, 8), "end": (10, 12), "close": (10, 12), "first": (1, 6), "1st": (1, 6),
                 "second": (7, 12), "2nd": (7, 12), "latter": (7, 12), "h1": (1, 6), "h2": (7, 12),
                 "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12), "spring": (3, 5),
                 "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14)}
_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}


def _months(y: int, lo: int, hi: int) -> tuple[str, str]:
    """First and last month of a part of year `y` given as month numbers (winter: 12 to 14)."""
    return _ym(y, lo), _ym(*_add_months(y, hi, 0))


def _part_of_year(m, y, key):
    lo, hi = _PART_OF_YEAR[key.lower()]
    return _A(m.start(), m.end(), "part_of_year", *_months(y, lo, hi), "month")


_REL_YEAR = {"last": -1, "this": 0, "next": 1}


def _h_mry(m, ctx):
    """ "November last year", "27 March last year", "July 4 this year"."""
    day = m["mry_d"] or m["mry_d2"]
    if not ctx.pub:
        return _unresolved(m, "date" if day else "month", "day" if day else "month")
    y, mo = int(ctx.pub[:4]) + _REL_YEAR[m["mry_w"].lower()], _mon(m["mry_m"])
    v = _ymd(y, mo, int(day)) if day else _ym(y, mo)
    if v is None:
        return None
    return _A(m.start(), m.end(), "date" if day else "month", v, v, "day" if day else "month",
              f"published:{ctx.pub}")


def _h_pyr(m, ctx):
    if not ctx.pub:
        return _unresolved(m, "part_of_year", "month")
    a = _part_of_year(m, int(ctx.pub[:4]) + _REL_YEAR[m["pyr_w"].lower()], m["pyr_mod"])
    a.anchor = f"published:{ctx.pub}"
    return a


def _h_pmr(m, ctx):
    """ "early next month": that part (`_PART_OF_MONTH`) of the month before, of or after publication."""
    if not ctx.pub or len(ctx.pub) < 7:
        return _unresolved(m, prec="day")
    y, mo = _add_months(int(ctx.pub[:4]), int(ctx.pub[5:7]), _REL_YEAR[m["pmr_w"].lower()])
    return _A(m.start(), m.end(), "relative", *_month_part(y, mo, m["pmr_mod"]), "day", f"published:{ctx.pub}")


def _h_pya(m, ctx):
    return _part_of_year(m, int(m["pya_y"]), m["pya_mod"])


def _h_pyb(m, ctx):
    return _part_of_year(m, int(m["pyb_y"]), m["pyb_pos"])


def _h_pyc(m, ctx):
    return _part_of_year(m, int(m["pyc_y"]), m["pyc_h"])


def _h_pyd(m, ctx):
    return _part_of_year(m, int(m["pyd_y"]), "q%d" % _QUARTER[m["pyd_q"].lower()])


_MONTH_COUNT = {w: k for k, w in enumerate("two three four five six seven eight nine ten eleven".split(), start=2)}


def _h_pyg(m, ctx):
    n = _MONTH_COUNT.get(m["pyg_n"].lower()) or int(m["pyg_n"])
    y = int(m["pyg_y"])
    return _A(m.start(), m.end(), "part_of_year", _ym(y, 1), _ym(y, n), "month")


def _h_pye(m, ctx):
    return _part_of_year(m, int(m["pye_y"]), m["pye_qh"])


def _h_pyf(m, ctx):
    y = int(m["pyf_y"]) if m["pyf_y"] else _yy(m["pyf_yy"], ctx)
    a = _part_of_year(m, y, m["pyf_s"])
    if m["pyf_y2"] and (m["pyf_s"].lower() != "winter" or int(m["pyf_y2"]) % 100 != (y + 1) % 100):
        # "the winter of 2005-06" spans the two years; of "the summer of 2005-06" only the season of 2005 is read
        return _A(a.s, m.end("pyf_y"), a.kind, a.vs, a.ve, a.prec)
    return a


def _h_dtg(m, ctx):
    return None  # a date-time group: the stamp is skipped whole


def _h_mil(m, ctx):
    """ "10 OCT 05": a day in a signal's style, its two-digit year read as `_yy` does."""
    v = _ymd(_yy(m["mil_y"], ctx), _mon(m["mil_m"]), int(m["mil_d"]))
    return _A(m.start(), m.end(), "date", v, v, "day") if v else None


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _h_pmw(m, ctx):
    """ "the first week of November 2005": days 1-7 (the second 8-14 ...); the last: the last seven."""
    y, mo = int(m["pmw_y"]), _mon(m["pmw_m"])
    last = calendar.monthrange(y, mo)[1]
    n = m["pmw_n"].lower()
    lo = last - 6 if n in ("last", "final") else 1 + 7 * _WEEK_OF_MONTH[n]
    return _A(m.start(), m.end(), "month", _ymd(y, mo, lo), _ymd(y, mo, min(lo + 6, last)), "day")


def _yy(s: str, ctx) -> int:
    """A two-digit year ('98, '11) in the century that puts it at most a year after publication
    (without a publication date: 00-49 are 2000s, 50-99 1900s)."""
    return _fy_year(s, int(ctx.pub[:4]) - 98) if ctx.pub else _fy_year(s)


def _h_moa(m, ctx):
    v = _ym(_yy(m["moa_yy"], ctx), _mon(m["moa_m"]))
    return _A(m.start(), m.end(), "month", v, v, "month")


def _h_yap(m, ctx):
    v = f"{_yy(m['yap_yy'], ctx):04d}"
    return _A(m.start(), m.end(), "year", v, v, "year")


_HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year": (1, 1), "christmas": (12, 25), "fourth of july": (7, 4)}
_OTHER_NEW_YEAR = re.compile(r"(?:\b(?:chinese|lunar|persian|islamic|hijri|jewish|sikh|nepali|thai|iranian|nowruz|navroz"
                             r"|pashtun|afghan|kurdish|bengali|sindhi|punjabi|tamil|hindu|vietnamese|korean|tibetan"
                             r"|ethiopian|baloch|balochi)|\ba)\s+$", re.I)  # nor "a New Year of hope"


def _h_hol(m, ctx):
    """ "New Year's Day 2018"; without a year, a year-less date ("the President's New Year's Day tweet",
    and a capitalised "New Year" modifying a noun: "the Trump New Year tweet")."""
    name = re.sub(r"\s+", " ", m["hol_n"].lower().replace("’", "'"))
    if name == "new year" and (not re.fullmatch(r"New\s+Year", m["hol_n"]) or m["hol_y"]
                               or not re.match(r"\s+(?!of\b)[a-z]", ctx.text[m.end():m.end() + 5])
                               or _OTHER_NEW_YEAR.search(ctx.text, max(0, m.start() - 12), m.start())):
        return None  # only the capitalised modifier ("the Trump New Year tweet"), not "the Lunar New Year"
    day = _HOLIDAYS[name]
    if not m["hol_y"]:
        return _A(m.start(), m.end(), "date", "", "", "day", "", info=day) if m["hol_n"][0].isupper() else None
    v = _ymd(int(m["hol_y"]), *day)
    return _A(m.start(), m.end(), "date", v, v, "day")


def _h_mon(m, ctx):
    v = _ym(int(m["mon_y"]), _mon(m["mon_m"]))
    return _A(m.start(), m.end(), "month", v, v, "month")


def _period_atom(s, e, p: NamedPeriod, mod: str | None, ctx) -> _A:
    """Atom for a named period, narrowed to a third by early/mid/late and closed by ``published``."""
    vs, ve, prec = p.value_start, p.value_end, p.precision
    if mod and prec == "year" and ve:
        a, b = int(vs[:4]), int(ve[:4])
        k = (b - a + 1) // 3
        if k:
            mod = mod.lower()
            if mod == "early":
                b = a + k - 1
            elif mod == "mid":
                a, b = a + k, b - k
            else:
                a = b - k + 1
            vs, ve = str(a), str(b)
    anchor = ""
    if not ve:
        ve, anchor = (ctx.pub, f"published:{ctx.pub}") if ctx.pub else ("", "")
    return _A(s, e, "named_period", vs, ve, prec, anchor)


# The article belongs to a noun that the period name modifies ("the Cold War alliance", "the
# Cold War pattern"): any lower-case word after the name except function words, verbs in the
# past tense or common ones, and adverbs ("the Cold War ended", "the Cold War was", "the Cold
# War effectively ended"); a word in -s only from a list of nouns (it may be a verb: "withdraws").
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z’'-]*)")
_KNOWN_HEAD = re.compile(
    r"[ \t]+(?:alliances?|ally|allies|partnerships?|partners?|era|period|politics|polic(?:y|ies)|"
    r"rivalr(?:y|ies)|relationships?|relations|ties|order|strateg(?:y|ies)|logic|mindset|mentality|"
    r"context|legac(?:y|ies)|consensus|framework|aid|assistance|cooperation|diplomacy|arrangements?|"
    r"pacts?|blocs?|system|world|narratives?|paradigm|architecture|agenda|priorities|calculus|dynamics|"
    r"rhetoric|thinking|tensions|competition|commitments?|bargains?|deals?|engagement|funding|"
    r"programs?|programmes?|operations?|reforms|landscape|climate|phase|chapter|exigencies|imperatives|"
    r"calculations|generation|veterans|history|histories|memory|memories|sanctions|interests|"
    r"concerns|fears|anxieties|doctrine|containment|mould|mold|model|template|playbook)\b")

#: past tenses not ending in -ed ("began", "offset"): a verb after a period name, or before a time
_IRREGULAR_PAST = frozenset((
    "began met said held took came went was were had saw gave made left told spoke won lost fell rose "
    "struck flew wrote sent broke paid sold led stood ran drew brought fought became meant grew set put "
    "kept found got drove offset cut hit let cast spread shut split cost hurt burst quit bound"
).split())
_NOT_HEAD = frozenset((
    "and or but nor yet so than then in on at of to for from with by as into onto over under after "
    "before since until till during between against about through throughout within without "
    "towards toward across like unlike via per while when where which who whom whose that this "
    "these those there here it its is are was were be been being am had has have having did does "
    "do will would could should may might must can shall not never also still only even just all "
    "both each either neither begins begin ends end sees gives makes comes brings draws becomes leaves "
    "takes means runs grows falls sets puts leads keeps holds finds gets goes drives "
    "get see bring mark remain stay seem look offer show deserve receive need matter belong follow prove "
    "amount total exceed stand reach account add "
    "speak say talk think know remember recall believe argue describe call refer tend continue want "
    "i we you he she they us them him her me my our your their his rather "
    "instead too again already soon now once alone itself ago onward onwards though although however "
    "because if unless whether what how why not no the a an someone somebody anyone anybody everyone everybody "
    "nobody something anything everything nothing many most some few several one"
).split()) | _IRREGULAR_PAST


def _head_noun_follows(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    if not m:
        return False
    w = m.group(1)
    if w.endswith("s") and not w.endswith(("ss", "is", "us")):  # "the Cold War tensions" or "the Biden
        # administration withdraws"; "crisis", "consensus" are singular nouns
        return bool(_KNOWN_HEAD.match(text, pos))
    return w not in _NOT_HEAD and not w.endswith(("ed", "ly"))


def _h_np(m, ctx):
    p = ctx.alias_map.get(_alias_key(m["np_alias"]))
    if p is None:
        return None
    s, e = m.start(), m.end()
    if m["np_suf"] and not m["np_mod"]:  # "the War on Terror years": "the" goes with "years", a head noun
        s, e = m.start("np_alias"), m.end("np_alias")  # ("the early Cold War years" keeps both: GUIDELINES §1 table)
    elif m["np_the"] and not m["np_suf"] and not m["np_mod"] and not re.search(r"[A-Za-z]", m["np_alias"]):
        s = m.start("np_alias")  # "the 9/11 Commission": keep the numeric alias only
    elif m["np_the"] and not m["np_suf"] and _head_noun_follows(ctx.text, m.end()):
        s = m.start("np_mod") if m["np_mod"] else m.start("np_alias")  # "The Cold War alliance"
    if not m["np_mod"] and (core := _DATE_OF_ATTACKS.fullmatch(m["np_alias"])):
        s, e = m.start("np_alias") + core.start(1), m.start("np_alias") + core.end(1)  # "the [September 11] attacks"
    return _period_atom(s, e, p, m["np_mod"], ctx)


# an alias that is a date and its event noun ("September 11 attacks", "attacks of September 11th"):
# the time expression is the date alone (GUIDELINES 8.11)
_DATE_OF_ATTACKS = re.compile(r"(?i)(?:attacks?\s+of\s+)?((?:[^\W\d]+\s+)?\d[\w/]*)(?:\s+attacks?)?")


def _h_npc(m, ctx):
    pa = ctx.alias_map.get(_alias_key(m["npc_a"] + " administration"))
    pb = ctx.alias_map.get(_alias_key(m["npc_b"] + " administration"))
    if pa is None or pb is None:
        return None
    a, b = _period_atom(0, 0, pa, None, ctx), _period_atom(0, 0, pb, None, ctx)
    vs, ve = min(a.vs, b.vs), max(a.ve, b.ve)
    return _A(m.start(), m.end(), "named_period", vs, ve, "year", a.anchor or b.anchor)


def _h_dec(m, ctx):
    d = _decade_year(m, "dec")
    s = m.start()
    if m["dec_the"] and _head_noun_follows(ctx.text, m.end()):  # "the 1990s sanctions": "the" goes with the noun
        s = m.end("dec_the")
        while ctx.text[s].isspace():
            s += 1
    return _A(s, m.end(), "decade", str(d), str(d + 9), "decade")


def _h_ded(m, ctx):
    yy = int(m["ded_yy"])
    d = 2000 + yy if yy <= 10 else 1900 + yy
    return _A(m.start(), m.end(), "decade", str(d), str(d + 9), "decade")


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n[ \t]*)$")
_BARE_DECADE_BEFORE = re.compile(r"\b(?:in|during|since|through|throughout)\s+$", re.I)
_PERSON_BEFORE = re.compile(r"\b(?:man|woman|men|women|person|people|patients?|aged?|his|her|their|my)\b(?:\s+\w+){0,2}\s+$", re.I)


_DECADE_AND = re.compile(r"\b(?:1[89])?[0-9]0['’]?s\s+(?:and|to|or|through)\s+$")  # "The 1970s and 80s"


def _h_deb(m, ctx):
    """ "80s mein ...", "in 90s Pakistan ...": a bare two-digit decade, only where a sentence or line
    opens, after in/during/since/through or after another decade ("the 1970s and 80s"); not "a man
    in 40s", "in their 80s" (ages); "the 80s" is `ded`'s."""
    before = ctx.text[max(0, m.start() - 40):m.start()]
    if (not (_SENTENCE_OPENS.search(before) or _BARE_DECADE_BEFORE.search(before) or _DECADE_AND.search(before))
            or _NOT_A_DECADE.search(before) or _PERSON_BEFORE.search(before)):
        return None  # "a man in 40s": an age
    d = 1900 + int(m["deb_yy"])
    return _A(m.start(), m.end(), "decade", str(d), str(d + 9), "decade")


_DECADE_WORDS = {"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
                 "seventies": 1970, "eighties": 1980, "nineties": 1990}


_DECADE_WORD_BEFORE = re.compile(r"\b(?:in|during|since|through|throughout|of|from|until|till|by)\s+$", re.I)
_NOT_A_DECADE = re.compile(r"\b(?:temperatures?|degrees|scores?|scored|out|batting|aged?|runs|mercury)\b[^.!?]{0,30}$", re.I)


def _h_dew(m, ctx):
    """ "in the eighties": a decade in words after a time preposition, or capitalised as its
    name ("The Fifties"); not a temperature, a score or an age ("climbed into the forties", "out in the nineties")."""
    before = ctx.text[max(0, m.start() - 60):m.start()]
    named = m["dew_w"][0].isupper()  # "The Fifties: Most Allied Ally": written as the decade's name
    spelled = "nineteen" in m.group(0).lower()  # "as recently as the nineteen-thirties": never an age
    if not (_DECADE_WORD_BEFORE.search(before) or named or spelled) or _NOT_A_DECADE.search(before):
        return None
    d = _DECADE_WORDS[m["dew_w"].lower()]
    return _A(m.start(), m.end(), "decade", str(d), str(d + 9), "decade")


def _h_cen(m, ctx):
    if m["cen_n"]:
        n = int(m["cen_n"])
    else:
        n = _ORDWORDS[re.sub(r"[\s-]+", "-", m["cen_w"].lower())]
    if not 1 <= n <= 22:
        return None
    a, b = (n - 1) * 100 + 1, n * 100
    mod = (m["cen_mod"] or "").lower()
    if not mod:
        return _A(m.start(), m.end(), "century", f"{a:04d}", f"{b:04d}", "century")
    lo, hi = {"early": (0, 39), "mid": (40, 69), "late": (70, 99)}[mod]
    return _A(m.start(), m.end(), "century", f"{a + lo:04d}", f"{a + hi:04d}", "year")


def _unit(u: str) -> str:
    u = u.lower()
    return "century" if u.startswith("centur") else u.rstrip("s")


def _span(m, ctx, n: int, unit: str, vague: bool, forward: bool) -> _A:
    """An anchored span of n units ending (or starting) at the publication date."""
    if not ctx.pub:
        return _A(m.start(), m.end(), "span", "", "", "vague" if vague else "year", "unresolved")
    a, b, prec = _span_values(ctx.pub, n, unit, vague, forward)
    return _A(m.start(), m.end(), "span", a, b, prec, f"published:{ctx.pub}", (n, unit, vague, forward))


def _span_values(anchor: str, n: int, unit: str, vague: bool, forward: bool) -> tuple[str, str, str]:
    """The two ends and precision of a span of n units ending (or starting) at `anchor`."""
    base = anchor[:{"day": 10, "week": 10, "month": 7}.get(unit, 4)]  # never finer than the anchor
    other, prec = _shift(base, unit, n if forward else -n)
    a, b = (anchor, other) if forward else (other, anchor)  # the anchored end is the anchor date as given
    return a, b, "vague" if vague else prec


def _respan(a: _A, day: str) -> None:
    """Re-anchor a span on `day`: "On January 1, 2018, Trump wrote that ... over the last 15 years"
    counts the years back from the statement, not from the publication (GUIDELINES 8.31)."""
    a.vs, a.ve, a.prec = _span_values(day, *a.info)
    a.anchor = f"statement:{day}"


# a statement's verb and the "that" opening what it reports, in the clause a date opens ("On January 1,
# 2018, President Trump wrote on Twitter that ...": no other clause between), or the date right after
# the verb ("Trump wrote on January 1, 2018 that ...")
_SAYING = (r"(?:said|says|wrote|writes|tweeted|posted|declared|claimed|announced|stated|noted|argued|warned|"
           r"reported|testified|insisted|told\b[^.;:!?\n,]{0,40}?)")
_REPORTED_THAT = re.compile(r",?\s+(?!(?:and|but|while|which|who|when|whereas|although)\b)(?:[^,;.!?\n]|,(?!\s+(?:and|but|while|which|who|when)\b)){0,80}?\b" + _SAYING
                            + r"(?:\s+(?:on|in|to)\s+[^,.;:!?\n]{1,40}?)?,?\s+that\b")
_SAYING_ON = re.compile(r"\b" + _SAYING + r"\s+(?:on\s+)?$")
_THAT_AFTER = re.compile(r",?\s+that\b")


_FINAL_OF = re.compile(r"\s+(?:of|in)\s+(?:the|its|his|her|their|this|that)\b")
_AFTER_A_YEAR = re.compile(r"\d{2,4},\s*$")  # "in FY2016, the last year ...": an apposition


def _h_spa(m, ctx):
    """ "over the last 15 years", "the past decade"; not "the last year of the war" or "in FY2016,
    the last year Pakistan saw CSF money" (a final year)."""
    if m["spa_w"].lower() == "last" and not m["spa_n"] and not m[0].lower().startswith("over") \
            and (_FINAL_OF.match(ctx.text, m.end()) or _AFTER_A_YEAR.search(ctx.text, max(0, m.start() - 12),
                                                                               m.start())):
        return None
    n, vague = _num(m["spa_n"]) if m["spa_n"] else (1, False)
    unit = _unit(m["spa_u"])
    if unit == "year" and not m["spa_n"] and re.search(r"(?i)fiscal|financial", m[0]):
        if not ctx.pub or len(ctx.pub) < 7:  # "in the last fiscal year": the previous fiscal year, like "last fiscal year"
            return _unresolved(m)
        return _fiscal_relative(m, ctx, -1)
    if (unit == "century" and not m["spa_n"] and m["spa_w"].lower() == "last" and not m[0].lower().startswith("over")
            and not re.match(r"\s+(?:of|has|have)\b", ctx.text[m.end():m.end() + 6])):
        # "for most of the last century": the calendar century before the publication's (1901-2000);
        # not "the last century of British rule" (a final one) nor "the last century has seen" (100 years)
        if not ctx.pub:
            return _A(m.start(), m.end(), "relative", "", "", "century", "unresolved")
        c = (int(ctx.pub[:4]) - 1) // 100 * 100 - 99
        return _A(m.start(), m.end(), "relative", f"{c:04d}", f"{c + 99:04d}", "century", f"published:{ctx.pub}")
    return _span(m, ctx, n, unit, vague, False)


def _h_spb(m, ctx):
    n, vague = _num(m["spb_n"])
    return _span(m, ctx, n, _unit(m["spb_u"]), vague, True)


_BACK = {"previous", "preceding", "prior", "before", "earlier"}
_FWD = {"following", "next", "subsequent", "after", "later", "afterward", "afterwards", "on"}


def _anaphor(m, unit: str, word: str, k: int) -> _A:
    """Anaphoric atom; resolved in the final pass against the last explicit expression."""
    word = word.lower()
    side = "start" if word in _BACK else "end"
    sign = -1 if word in _BACK else (1 if word in _FWD else 0)
    return _A(m.start(), m.end(), "anaphoric", info=(unit, sign * k, side))


def _h_ana(m, ctx):
    return _anaphor(m, m["ana_u"].lower(), m["ana_dir"], 0)


_DAY_PARTS = ("night", "morning", "evening", "afternoon")


_CALENDAR_UNIT = {"decade": "decade_cal", "week": "week_cal"}  # "the following week": Monday to Sunday


def _h_anb(m, ctx):
    unit = m["anb_u"].lower()
    if unit == "year" and _FY_BOUNDARY_OF.search(ctx.text, max(0, m.start() - 160), m.start()):
        return None  # "the fiscal year ... ending on 30 June of that year": a definition's year
    if unit == "period":  # "in that period": the antecedent itself
        return _A(m.start(), m.end(), "anaphoric", info=("these", 0, "both"))
    return _anaphor(m, "day" if unit in _DAY_PARTS else _CALENDAR_UNIT.get(unit, unit), "same", 0)


def _h_anc(m, ctx):
    unit, word = m["anc_u"].lower(), m["anc_w"].lower()
    if unit == "period":  # "over the same period": the antecedent itself
        return _A(m.start(), m.end(), "anaphoric", info=("these", 0, "both")) if word == "same" else None
    if unit in _DAY_PARTS:  # "the same night", "the following morning": a day
        return _anaphor(m, "day", word, 0 if word == "same" else 1)
    return _anaphor(m, _CALENDAR_UNIT.get(unit, unit), word, 1)


def _h_anz(m, ctx):
    return _anaphor(m, m["anz_u"].lower(), m["anz_w"] or m["anz_w2"], 1)


# "for more than a decade afterwards": how long something went on after, a duration, not a time
_FOR_DURATION = re.compile(r"\bfor\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?$", re.I)


def _h_ane(m, ctx):
    n, vague = _num(m["ane_n"])
    if vague or (m["ane_w"] or "").lower().startswith("afterward") and _FOR_DURATION.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None
    return _anaphor(m, _unit(m["ane_u"]), m["ane_w"] or m["ane_w2"], n)


_MONTH_OF_YEAR = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1,
                  "the preceding": -1}


_CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:,—–(]\s*|\n\s*|\b(?:in|by|until|from|and|but|then)\s+)$", re.I)


def _h_anp(m, ctx):
    """ "Early the following year", "by the end of that year": that part of the antecedent's year
    (or the one after/before), opening a sentence or clause or after "in"; not "the monsoon came
    late that year"."""
    if m["anp_mod"] and not _CLAUSE_OPENING.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    k = _MONTH_OF_YEAR[re.sub(r"\s+", " ", m["anp_w"].lower())]
    part = (m["anp_mod"] or m["anp_pos"]).lower()
    return _A(m.start(), m.end(), "anaphoric", info=("season_of", k, "end", *_PART_OF_YEAR[part]))


def _h_anm(m, ctx):
    """ "September of that year": the month, in the antecedent's year (or the one after/before)."""
    k = _MONTH_OF_YEAR[re.sub(r"\s+", " ", m["anm_w"].lower())]
    if not re.search(r"\bof\s+(?:\S+\s+){1,2}year", m.group(0), re.I) and m["anm_m"][0].islower():
        return None  # "may that year", not a month written small
    day = m["anm_d"] or m["anm_d2"]
    if _FY_BOUNDARY_OF.search(ctx.text, max(0, m.start() - 160), m.start("anm_w")):
        return None  # "the fiscal year ... ending on 30 June of that year": a definition, no time
    return _A(m.start(), m.end(), "anaphoric", info=("month_of", k, "end", _mon(m["anm_m"]), *([int(day)] if day else [])))


_SEASON_PREP = re.compile(r"\b(?:in|during|by|over|until|till|before|through)\s+$", re.I)
_YEAR_NAMED = re.compile(r"(?<![A-Za-z-])(?:1[89]|20)[0-9]{2}\b")  # not a budget's label ("FY2023")
_PAST_PLAN = re.compile(r"\b(?:had|was|were)\s+(?:been\s+)?(?:due|expected|scheduled|planned|slated|going)\b", re.I)


def _h_sns(m, ctx):
    """ "in the autumn" in a sentence about the future: the next such season after publication (the
    one under way if publication falls in it). A past or undated one is left alone: its year is
    the narrative's, not the reader's."""
    pub = ctx.pub
    if (not pub or len(pub) < 7 or _head_noun_follows(ctx.text, m.end())
            or not _SEASON_PREP.search(ctx.text, max(0, m.start() - 8), m.start()) or not _future_at(ctx.text, m.start())):
        return None
    sentence, lo = _sentence_at(ctx.text, m.start(), with_start=True)
    if _PAST_PLAN.search(sentence[:m.start() - lo]):
        return None  # "the visit he had been due to make in the spring": a plan in a past narrative
    if any(int(y[0]) > int(pub[:4]) for y in _YEAR_NAMED.finditer(ctx.text, max(0, lo - 200), m.start())):
        return None  # "host the summit in 2025, and preparations will start in the summer": that year's, not the next
    lo, hi = _PART_OF_YEAR[m["sns_s"].lower()]
    y, mo = int(pub[:4]), int(pub[5:7])
    if lo == 12 and mo <= 2:  # in January: this winter began last December
        y -= 1
    elif mo > hi:
        y += 1
    return _A(m.start(), m.end(), "part_of_year", *_months(y, lo, hi), "month", f"published:{pub}")


def _h_ano(m, ctx):
    """ "that March" (the antecedent's year), "the following March" (the next March after it);
    likewise "that autumn", "the following spring" (the season's months)."""
    k = _MONTH_OF_YEAR[re.sub(r"\s+", " ", m["ano_w"].lower())]
    if m["ano_s"]:  # not "that summer programme" (a noun follows)
        if _head_noun_follows(ctx.text, m.end()):
            return None
        lo, hi = _PART_OF_YEAR[m["ano_s"].lower()]
        return _A(m.start(), m.end(), "anaphoric", info=("season_of" if k == 0 else "season_next", k, "end", lo, hi))
    if m["ano_m"][0].islower():  # "that may", "the next march"
        return None
    end = _month_end(m, "ano_m")  # "March." ends the sentence
    return _A(m.start(), end, "anaphoric", info=("month_of" if k == 0 else "month_next", k, "end", _mon(m["ano_m"])))


def _h_ans(m, ctx):
    return _A(m.start(), m.end(), "anaphoric", info=("since", 0, "end"))


def _h_ant(m, ctx):
    """ "these years", "those five years": the antecedent itself (k: the number of years stated, or 0)."""
    n = re.match(rf"(?i)\w+\s+({_NUM})\s", m[0])
    k = 0 if not n else _num(n[1])[0] * (10 if m["ant_u"].lower() == "decades" else 1)
    if (m["ant_the"] and not re.match(r"\s*(?:[.,;:!?)]|$)", ctx.text[m.end():])
            and not re.search(r"\b(?:during|through|throughout|across|over|in|for)\s+$", ctx.text[max(0, m.start() - 12):m.start()], re.I)):
        return None  # "During the same years Pakistan ...", not "a chart of the same years split into ..."
    if m["ant_the"]:  # "for the six years.": only a range of exactly that many years before it
        return _A(m.start(), m.end(), "anaphoric", info=("these", k, "both", "exact"))
    return _A(m.start(), m.end(), "anaphoric", info=("these", k, "both"))


def _unresolved(m, kind="relative", prec="year") -> _A:
    return _A(m.start(), m.end(), kind, "", "", prec, "unresolved")


def _week(d: _dt.date, k: int) -> tuple[str, str]:
    mon = d - _dt.timedelta(days=d.weekday()) + _dt.timedelta(days=7 * k)
    return mon.isoformat(), (mon + _dt.timedelta(days=6)).isoformat()


def _h_ery(m, ctx):
    """ "by the end of this year", "the start of last year": that part of the publication year, or of
    the year before or after it."""
    if not ctx.pub:
        return _unresolved(m, prec="month")
    lo_m, hi_m = _PART_OF_YEAR[m["ery_p"].lower()]
    y = int(ctx.pub[:4]) + _REL_YEAR[m["ery_w"].lower()]
    return _A(m.start(), m.end(), "relative", _ym(y, lo_m), _ym(y, hi_m), "month", f"published:{ctx.pub}")


def _h_eoy(m, ctx):
    """ "hand the channels over by the end of the year": that part of the publication year (the next
    one's once the part is past) when the sentence is about the future and names no year of its
    own; in a narrative, or beside another year, which year is meant is not known: not tagged."""
    if not ctx.pub or len(ctx.pub) < 7 or re.match(r"\s+(?:of\s+)?(?:19|20)[0-9]{2}\b", ctx.text[m.end():m.end() + 9]):
        return None  # "by the end of the year 2026": the year's own expression
    sentence, lo = _sentence_at(ctx.text, m.start(), with_start=True)
    if _ANY_YEAR.search(sentence):
        return None  # "The 2009 plan was shelved by the end of the year", "$500m in 2026, the rest by the end of the year"
    head = sentence[:m.start() - lo]
    if not (_future_at(ctx.text, m.start()) or (_PLAN_TO.search(head) and not _WAS.search(sentence))):
        return None  # "... plan to hand the last lined channels over by the end of the year": a plan
    lo_m, hi_m = _PART_OF_YEAR[m["eoy_p"].lower()]
    y = int(ctx.pub[:4]) + (int(ctx.pub[5:7]) > hi_m)  # "at the start of the year" in November: the next
    return _A(m.start(), m.end(), "relative", _ym(y, lo_m), _ym(y, hi_m), "month", f"published:{ctx.pub}")


_ANY_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)[0-9]{2}(?![\d/])")
# a plan stated by a verb ("USAID and the government plan to hand ..."), not the noun ("the Marshall Plan to")
_PLAN_TO = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
                      r"\b(?:plans?|intends?|aims?)\s+to\b")
_WAS = re.compile(r"\b(?:was|were|had)\b", re.I)


def _fiscal_relative(m, ctx, k: int, to_date: bool = False) -> _A:
    """The fiscal year the publication date falls in (k = 0), or the one before (-1) or after:
    October-September (US), July-June where the text counts in Pakistan's budget years
    (`_Ctx.pk_budget`) or says "financial year" (Pakistan's term; the US says "fiscal"), labelled
    by its end year; `to_date`: its first day to publication."""
    pub, anchor = ctx.pub, f"published:{ctx.pub}"
    july = _july_june(m, ctx.pk_budget())
    first_month = 7 if july else 10
    y = int(pub[:4]) + k + (int(pub[5:7]) >= first_month)
    if to_date and len(pub) == 10:  # "earlier this fiscal year"
        return _A(m.start(), m.end(), "relative", f"{y - 1:04d}-{first_month:02d}-01", pub, "day", anchor)
    return _A(m.start(), m.end(), "relative", f"{y - july:04d}", f"{y:04d}", "year", anchor)


def _h_rla(m, ctx):
    pub, w, u = ctx.pub, re.sub(r"\s+", " ", m["rla_w"].lower()), m["rla_u"].lower()
    fiscal = u != "year" and u.endswith("year")  # "the current fiscal year"
    u = "year" if fiscal else u
    k = -1 if w in ("last", "this past") else (1 if w in ("next", "this coming", "the coming", "the upcoming", "the next")
                                               else 0)  # "the current": 0
    need = {"year": 7 if fiscal else 4, "month": 7, "week": 10}[u]
    if not pub or len(pub) < need:
        return _unresolved(m, prec={"year": "year", "month": "month", "week": "day"}[u])
    anchor = f"published:{pub}"
    if fiscal:  # the fiscal year the publication date falls in: October-September (US), July-June
        return _fiscal_relative(m, ctx, k, w == "earlier this")
    if w == "earlier this":  # from the start of the unit to publication ("later this": the unit itself)
        if len(pub) < 10:
            return _unresolved(m, prec="day")
        first = {"week": _week(_dt.date.fromisoformat(pub), 0)[0], "month": pub[:8] + "01", "year": pub[:5] + "01-01"}[u]
        return _A(m.start(), m.end(), "relative", first, pub, "day", anchor)
    if u == "year":
        v = f"{int(pub[:4]) + k:04d}"
        return _A(m.start(), m.end(), "relative", v, v, "year", anchor)
    if u == "month":
        v = _ym(*_add_months(int(pub[:4]), int(pub[5:7]), k))
        return _A(m.start(), m.end(), "relative", v, v, "month", anchor)
    a, b = _week(_dt.date.fromisoformat(pub), k)
    return _A(m.start(), m.end(), "relative", a, b, "day", anchor)


NEW_YEAR_AHEAD_FROM = 10  # "the new year" written in October or later is the next year; in January-February, this one


def _h_rny(m, ctx):
    """ "can do so in the new year": the coming calendar year from a publication date late in a year, the
    current one in its first two months; unresolved otherwise (no month known, or mid-year, when another
    calendar's new year may be meant)."""
    pub = ctx.pub
    if not pub or len(pub) < 7 or 2 < int(pub[5:7]) < NEW_YEAR_AHEAD_FROM:
        return _unresolved(m)
    y = f"{int(pub[:4]) + (int(pub[5:7]) >= NEW_YEAR_AHEAD_FROM):04d}"
    return _A(m.start(), m.end(), "relative", y, y, "year", f"published:{pub}")


_AUGUST_BODY = re.compile(r"\s+(?:house|assembly|body|chamber|forum|gathering|parliament|senate|institution|company)\b", re.I)


def _h_rlm(m, ctx):
    """ "last August": the latest August before the publication month; "next March": the first after;
    "this May": the May of the publication year."""
    if m["rlm_m"][0].islower():  # "last may", "next march": not months
        return None
    if m["rlm_w"].lower() == "this" and (re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 3])
                                         or (m["rlm_m"].lower() == "august" and _AUGUST_BODY.match(ctx.text, m.end()))):
        return None  # "this August House", "this august assembly", "This May Day rally": not a month
    if not ctx.pub or len(ctx.pub) < 7:
        return _unresolved(m, prec="month")
    y, mo, target = int(ctx.pub[:4]), int(ctx.pub[5:7]), _mon(m["rlm_m"])
    w = m["rlm_w"].lower()
    if w.startswith(("last", "this past")):
        y -= target >= mo
    elif w != "this":  # "This May marks seventy years": the month of the publication year
        y += target <= mo
    v = _ym(y, target)
    return _A(m.start(), _month_end(m, "rlm_m"), "relative", v, v, "month", f"published:{ctx.pub}")


def _h_rlt(m, ctx):
    """ "Last term you studied ...": a school calendar's term, unresolved however the text is dated
    (GUIDELINES 8.9); not "his last term" in office."""
    if _TERM_OWNER.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None
    return _unresolved(m, prec="vague")


def _h_rls(m, ctx):
    """ "last summer": the latest summer over before the publication month; "next spring": the first
    to begin after it; "this winter": the one under way, else the publication year's."""
    if _head_noun_follows(ctx.text, m.end()):  # "this summer programme"
        return None
    if not ctx.pub or len(ctx.pub) < 7:
        return _unresolved(m, prec="month")
    lo, hi = _PART_OF_YEAR[m["rls_s"].lower()]
    now = int(ctx.pub[:4]) * 12 + int(ctx.pub[5:7]) - 1  # months since year 0
    w = re.sub(r"\s+", " ", m["rls_w"].lower())
    year = int(ctx.pub[:4])
    if w in ("last", "this past"):
        year = max(y for y in (year - 2, year - 1, year) if y * 12 + hi - 1 < now)
    elif w in ("next", "this coming"):
        year = min(y for y in (year - 1, year, year + 1) if y * 12 + lo - 1 > now)
    else:
        year = next((y for y in (year - 1, year) if y * 12 + lo - 1 <= now <= y * 12 + hi - 1), year)
    return _A(m.start(), m.end(), "relative", *_months(year, lo, hi), "month", f"published:{ctx.pub}")


def _h_rsy(m, ctx):
    """ "the spring of this year": that season of the publication year; "of last year", "of next
    year": of the year before or after it."""
    if not ctx.pub:
        return _unresolved(m, prec="month")
    lo, hi = _PART_OF_YEAR[m["rsy_s"].lower()]
    year = int(ctx.pub[:4]) + {"last": -1, "next": 1}.get(m["rsy_w"].lower(), 0)
    return _A(m.start(), m.end(), "relative", *_months(year, lo, hi), "month", f"published:{ctx.pub}")


_FULL_MONTHS = frozenset(calendar.month_name[1:])


def _month_end(m, group: str) -> int:
    """End of a match ending in a month name, without a full stop that ends the sentence ("last August.")."""
    name = m[group]
    return m.end() - (name.endswith(".") and name[:-1].capitalize() in _FULL_MONTHS)


def _title_line(text: str, pos: int) -> bool:
    """Is the line around `pos` a short title in capitals (at most five words, no lower case, no
    sentence punctuation), not a cable written all in capitals?"""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)].strip()
    return not any(c.islower() for c in line) and len(line.split()) <= 5 and not re.search(r"[.!?;,]", line)


_MOST_BEFORE = re.compile(r"\bmost\s+$", re.I)
# a time later in the same clause ("most recently in 2019", "... in the First Committee last year")
_TIME_AHEAD = re.compile(r"[^.;!?\n]{0,80}?(?:\b(?:1[89]|20)[0-9]{2}\b|\b(?i:yesterday|today)\b"
                         r"|\b(?i:last|this|next)\s+(?i:year|month|week|spring|summer|autumn|fall|winter|session)\b"
                         r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)")


# "as recently as the nineteen-thirties": the comparison's time is the time that follows it
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
_AS_RECENTLY = re.compile(r"\s+as\s+(?:(?i:the|in|on|last|yesterday)\b|[0-9'’‘]|(?:January|February|March|April|May|June|July"
                          r"|August|September|October|November|December)\b)")  # not "as recently as you might think"


def _h_rlb(m, ctx):
    pub, w = ctx.pub, re.sub(r"\s+", " ", m["rlb_w"].lower())
    if m.group(0).isupper() and _title_line(ctx.text, m.start()):
        return None  # "WORLD DESK TONIGHT", "PAKISTAN TODAY": a programme's or paper's name in a title line
    if w == "recently" and _MOST_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) \
            and _TIME_AHEAD.match(ctx.text, m.end()):
        return None  # "most recently in the First Committee last year": the time that follows (GUIDELINES 8.15)
    if (w == "recently" and _AS_RECENTLY.match(ctx.text, m.end()) and _AS_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
            ):
        return None  # "as recently as the nineteen-thirties": the time that follows (GUIDELINES 8.24)
    if not pub:
        return _unresolved(m, prec="vague" if w == "recently" else "day")
    anchor = f"published:{pub}"
    if w == "recently":
        y, mo = int(pub[:4]), int(pub[5:7]) if len(pub) >= 7 else 1
        start = _shift_day(pub, "month", -6) if len(pub) == 10 else _ym(*_add_months(y, mo, -6))
        return _A(m.start(), m.end(), "relative", start, pub, "vague", anchor)
    k = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(w, 0)
    if k and len(pub) < 10:
        return _unresolved(m, prec="day")
    v, prec = _shift(pub, "day", k) if k else (pub, _prec_of(pub))
    return _A(m.start(), m.end(), "relative", v, v, prec, anchor)


def _shift_day(v: str, unit: str, k: int) -> str:
    """Shift the day ``v`` (YYYY-MM-DD) by ``k`` units, keeping the day (clamped to the month's length)."""
    d = _dt.date.fromisoformat(v)
    if unit in ("day", "week"):
        return (d + _dt.timedelta(days=k * (7 if unit == "week" else 1))).isoformat()
    months = k * {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit]
    y, mo = _add_months(d.year, d.month, months)
    return _ymd(y, mo, min(d.day, calendar.monthrange(y, mo)[1])) if 1 <= y <= 9999 else v


def _h_rld(m, ctx):
    n, vague = _num(m["rld_n"])
    unit, pub = _unit(m["rld_u"]), ctx.pub
    if m["rld_t"]:  # "twenty years ago tomorrow": a day, counted back from the day named
        if vague or not pub or len(pub) < 10:
            return _unresolved(m, prec="day")
        day = _shift(pub, "day", {"today": 0, "tomorrow": 1, "yesterday": -1}[m["rld_t"].lower()])[0]
        v = _shift_day(day, unit, n if m["rld_f"] else -n)
        return _A(m.start(), m.end(), "relative", v, v, "day", f"published:{pub}")
    if m["rld_m"]:  # "four years ago this month": the month, counted back from the publication's
        if vague or not pub or len(pub) < 7 or unit not in ("year", "decade", "century"):
            return _unresolved(m, prec="month")
        y, mo = _add_months(int(pub[:4]), int(pub[5:7]), -n * {"year": 12, "decade": 120, "century": 1200}[unit])
        v = _ym(y, mo)
        return _A(m.start(), m.end(), "relative", v, v, "month", f"published:{pub}")
    need = {"month": 7, "week": 10, "day": 10}.get(unit, 4)
    if vague or not pub or len(pub) < need:
        return _unresolved(m, prec={"month": "month", "week": "day", "day": "day"}.get(unit, "year"))
    base = pub[:need] if need < 10 else pub
    v, prec = _shift(base, unit, n if m["rld_f"] else -n)
    return _A(m.start(), m.end(), "relative", v, v, prec, f"published:{pub}")


# a weekday as the subject of a present or future verb ("Thursday marks the 75th anniversary"):
# the coming one, or the day itself
_WEEKDAY_SUBJECT = re.compile(r"\s+(?:marks|is|will|brings|sees|begins|opens|starts)\b")
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;,]\s+|\n|\band\s+|\bbut\s+)$")  # not "The deal signed Monday is"
_EVERY = re.compile(r"\b(?:every|each)\s+(?:other\s+|second\s+)?$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_TITLE_WORD = re.compile(r"\s+(?:Times|Review|Post|Mail|Telegraph|Herald|Express|Journal|Magazine|Edition|Special"
                         r"|Sermon|Prayers?|Show|Club|Market|Bazaar|Briefing|Digest|Supplement)\b")


def _h_rlc(m, ctx):
    if _EVERY.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # "every other Monday": a frequency, not a day
    if _weekly(ctx.text, m) or (_NTH_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
                                and _OF_EACH_MONTH.match(ctx.text, m.end())):
        return None  # "open Monday through Friday, 9 a.m. to 5 p.m.", "on the first Tuesday of each month": a schedule
    if (not m["rlc_w"] and not m["rlc_post"] and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
            and _TITLE_WORD.match(ctx.text, m.end())):
        return None  # "the Friday Times", "the Friday Review": a title, not a day
    if (not m["rlc_w"] and not m["rlc_post"] and _A_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
            and _NOUN_AFTER.match(ctx.text, m.end())):
        return None  # "a Sunday talk show", "a Friday prayer": a kind of thing, not a day
    pub = ctx.pub
    if not pub or len(pub) < 10:
        return _unresolved(m, prec="day")
    d = _dt.date.fromisoformat(pub)
    target = _WEEKDAYS.index(m["rlc_d"].lower())
    w = re.sub(r"\s+", " ", (m["rlc_w"] or m["rlc_post"] or "").lower())  # "Saturday last": last Saturday
    since = re.search(r"\bsince\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I)
    deadline = (_DEADLINE.search(ctx.text, max(0, m.start() - 8), m.start())
                and not _PAST_PREDICATE.search(_sentence_at(ctx.text, m.start()))
                and not _PAST_WAIT.search(ctx.text, max(0, m.start() - 80), m.start()))
    subject = (not w and _WEEKDAY_SUBJECT.match(ctx.text, m.end())
               and _CLAUSE_OPENS.search(ctx.text, max(0, m.start() - 6), m.start()))
    scheduled = (_SCHEDULED.search(ctx.text, max(0, m.start() - 40), m.start())
                 or _MODAL_DAY.search(ctx.text, max(0, m.start() - 40), m.start())
                 or (_IS_ON_DAY.search(ctx.text, max(0, m.start() - 16), m.start())
                     and not _POSSESSIVE.match(ctx.text, m.end())))  # not "the reason is Monday's attack"
    if subject:
        delta = (target - d.weekday()) % 7  # "Monday is a holiday" on a Monday: that day
    elif w in ("next", "this coming") or (not w and not since and (deadline or scheduled or _future_at(ctx.text, m.start()))):
        delta = (target - d.weekday()) % 7 or 7  # "talks will resume on Thursday": the next one
    else:
        delta = -((d.weekday() - target) % 7)
        if w in ("last", "this past") and delta == 0:
            delta = -7
    v = (d + _dt.timedelta(days=delta)).isoformat()
    return _A(m.start(), m.end(), "relative", v, v, "day", f"published:{pub}")


# days of the week as a schedule: a run of weekdays, the nth weekday of every month
_NTH_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last)\s+$", re.I)
_OF_EACH_MONTH = re.compile(r"\s+(?:of\s+)?(?:each|every)\s+month\b", re.I)
_WEEKDAY_SPAN_AFTER = re.compile(rf"\s*(?:through|thru|to|until|till|[-–])\s*(?i:{_WD})\b")
_WEEKDAY_SPAN_BEFORE = re.compile(rf"(?<!from )(?<!between )\b(?i:{_WD})\s*(?:through|thru|to|until|till|[-–])\s*$", re.I)
_SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)  # "talks ran from Monday to Wednesday": days
# a run of weekdays is a schedule when "open", "closed" or "hours" leads into it or clock times follow it
_HOURS_BEFORE = re.compile(r"\b(?:open|opens|closed|hours|available)\s+(?:(?:from|on)\s+)?$", re.I)
_CLOCK_AFTER = re.compile(r"[,\s]*(?:from\s+|between\s+)?[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:a\.?m\b|p\.?m\b)", re.I)


def _weekly(text: str, m) -> bool:
    """Is the weekday `m` one end of a run of weekdays that is a schedule ("open Monday through
    Friday", "Monday–Friday, 9 a.m. to 5 p.m.")?"""
    if (after := _WEEKDAY_SPAN_AFTER.match(text, m.end())) and not _SPAN_FROM.search(text, max(0, m.start() - 9), m.start()):
        first, last = m.start(), after.end()
    elif before := _WEEKDAY_SPAN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        first, last = before.start(), m.end()
    else:
        return False
    return bool(_HOURS_BEFORE.search(text, max(0, first - 20), first) or _CLOCK_AFTER.match(text, last))


# "no later than 31 December of each year": a recurring date, not a time (GUIDELINES 8.12)
_RECURRING = re.compile(r"\s+(?:of\s+)?(?:each|every)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year\b(?!['’]s|\s+of\b)|\s+annually\b", re.I)
_RECURRING_BEFORE = re.compile(r"\b(?:each|every)\s+year\s+(?:on|by|before|until|from)\s+(?:the\s+)?$", re.I)


# "the fiscal year ... ending on 30 June", "US fiscal years run from 1 October to 30 September": the day a
# fiscal year starts or ends, said of every year (present tense), not a time; "ended on June 30" is one
_FY_GAP = r"\b(?:fiscal|financial|budget)\s+years?\b[^.;!?,]{0,40}?(?:,\s+which\s+)?\b"
_FY_BOUNDARY = _FY_GAP + r"(?:runs?|begins?|starts?|ends?|closes?)\s+(?:on\s+|from\s+|in\s+)?"  # said of every year
_FY_BOUNDARY_PART = _FY_GAP + r"(?:running|beginning|starting|ending|closing)\s+(?:on\s+|from\s+|in\s+)?"  # ... if "of that year" follows
_FY_BOUNDARY_BEFORE = re.compile(_FY_BOUNDARY + r"(?:(?:the\s+)?[0-9A-Za-z ]{3,20}?\s*(?:to|through|until|[-–—])\s+)?(?:the\s+)?$", re.I)
_FY_PART_BEFORE = re.compile(_FY_BOUNDARY_PART + r"$", re.I)
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|each|every|the\s+same)\s+year\b", re.I)
# "... ending on 30 June of that year": the year of that definition, not an antecedent's
_FY_BOUNDARY_OF = re.compile(r"(?:" + _FY_BOUNDARY + "|" + _FY_BOUNDARY_PART + r")(?:[0-9]{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[0-9]{1,2})\s+of\s+$", re.I)


def _recurring(m, ctx) -> bool:
    """ "31 December of each year", "marked each year on March 23", a fiscal year's first or last
    day ("the fiscal year ending on 30 June"): a recurring day, not a time."""
    return bool(_RECURRING.match(ctx.text, m.end()) or _RECURRING_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
                or _FY_BOUNDARY_BEFORE.search(ctx.text, max(0, m.start() - 100), m.start())
                or bool(_OF_THAT_YEAR.match(ctx.text, m.end()) and _FY_PART_BEFORE.search(ctx.text, max(0, m.start() - 100), m.start())))


_EVERYDAY_MONTHS = ("may", "march", "mar", "august", "sept")  # month names that are also everyday words
_ON_BEFORE = re.compile(r"\b(?:on|by)\s+$", re.I)


def _month_word(text: str, m, group: str) -> bool:
    """Is the month name of a day-and-month date a month? Capitalised, or written in lower case in
    an informal text (a chat's "salala on 26 nov"), but the everyday words ("may", "mar", "sept" ...)
    in lower case only after "on" or "by" ("abbottabad on may 2", not "it may 5 times")."""
    word = m[group]
    return (word[0].isupper() or word.lower() not in _EVERYDAY_MONTHS
            or bool(_ON_BEFORE.search(text, max(0, m.start() - 8), m.start())))


def _h_mdn(m, ctx):
    mo, d = _mon(m["mdn_m"]), int(m["mdn_d"])
    if d > calendar.monthrange(2000, mo)[1] or not _month_word(ctx.text, m, "mdn_m") or _recurring(m, ctx):
        return None  # "it may 5 times"; "by June 30 each year"
    return _A(m.start(), m.end(), "date", "", "", "day", "", info=(mo, d))


def _h_dmn(m, ctx):
    mo, d = _mon(m["dmn_m"]), int(m["dmn_d"])
    if d > calendar.monthrange(2000, mo)[1] or not _month_word(ctx.text, m, "dmn_m") or _recurring(m, ctx):
        return None
    e = m.end()
    if ctx.text[e - 1] == "." and _SENTENCE_AFTER.match(ctx.text, e):
        e -= 1  # "suspended 4 Jan." ending its sentence: the full stop is the sentence's
    return _A(m.start(), e, "date", "", "", "day", "", info=(mo, d))


_SENTENCE_AFTER = re.compile(r"\s*$|\s*\n|\s+[\"“(]?[A-Z]")


_PRE_MOB = re.compile(r"\b(?:(?P<w>in|since|until|till|by|from|between|during|before|after|through|throughout|the)"
                      r"|(?P<a>a|an)\s+[a-z]+)\s+$", re.I)
# the second month of a year-less range ("between August and December", "from May to July")
_MOB_SECOND = re.compile(r"\b(?:between|from)\s+(?-i:[A-Z])[a-z]+\s+(?:and|to|through|until|till)\s+$", re.I)
_PREP_THE = re.compile(r"\b(?:since|in|during|after|before|until|till|by)\s+the\s+$", re.I)
_MONTH_WORD = re.compile(r"(?i)january|february|march|april|may|june|july|august|september|october|november|december")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_TIME_PREPS = ("in", "since", "until", "till", "during", "through", "throughout")


# a line that opens with a month, or a run of months, and a colon: the label of a month's entry
# in a chronicle ("May: Abbottabad", "October–November: Memogate and Salala")
_MONTH_LABEL = re.compile(rf"(?=(?-i:[A-Z]))(?:{_MON})(?:\s*[-–—/&]\s*(?=(?-i:[A-Z]))(?:{_MON}))?:\s", re.I)


# "July-June fiscal years", "a July-to-June year": a fiscal-year convention, not a time
_FY_CONVENTION = re.compile(rf"\s*(?:[-–—]|\bto\b)\s*{_m('m')}\s+(?:fiscal|financial|budget)\s+years?\b", re.I)


def _h_mob(m, ctx):
    """A capitalised month alone, after a preposition, "the" or "a" and an adjective ("since August",
    "the September meeting", "a busy July"), alone in parentheses ("1971: Kissinger flies to
    Beijing (July)"), or as an entry's label at the head of a line ("May: Abbottabad")."""
    if _FY_CONVENTION.match(ctx.text, m.end()):
        return None  # "counts in July-June fiscal years"
    if ctx.text[m.start() - 1:m.start()] == "(" and ctx.text[m.end():m.end() + 1] == ")":
        return _A(m.start(), m.end(), "month", "", "", "month", "", info=("M", _mon(m["mob_m"])))  # "(July)"
    label = _MONTH_LABEL.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1)
    if label and m.end() < label.end():
        return _A(m.start(), m.end(), "month", "", "", "month", "", info=("M", _mon(m["mob_m"])))  # "May: Abbottabad"
    second = _MOB_SECOND.search(ctx.text, max(0, m.start() - 30), m.start())
    if second and _MONTH_WORD.fullmatch(second.group(0).split()[1]):
        return _A(m.start(), m.end(), "month", "", "", "month", "", info=("M", _mon(m["mob_m"])))
    pre = _PRE_MOB.search(ctx.text, max(0, m.start() - 24), m.start())
    if m["mob_m"][0].islower() and (pre is None or (pre["w"] or "").lower() not in _TIME_PREPS):
        return None  # a lower-case month alone only after a time preposition: a chat's "starts in september"
    if pre is None or ((pre["w"] or "").lower() == "the" and m["mob_m"].lower() in ("may", "march")
                       and not (_PREP_THE.search(ctx.text, max(0, pre.start() - 12), pre.start() + 4)
                                and _head_noun_follows(ctx.text, m.end()))):
        return None  # "the March began", "the May fair", but "since the May crisis"
    if _NAME_AFTER.match(ctx.text, m.end()) and (pre["w"] or "").lower() not in _TIME_PREPS:
        return None  # "a letter by April Smith", "a young June Lee"; but "in June President Trump"
    return _A(m.start(), m.end(), "month", "", "", "month", "", info=("M", _mon(m["mob_m"])))


def _h_yr(m, ctx):
    if _is_number_not_year(ctx.text, m.start(), m.end()):
        return None
    v = m["yr_y"]
    return _A(m.start(), m.end(), "year", v, v, "year")


_HANDLERS = {name[3:]: fn for name, fn in globals().items() if name.startswith("_h_")}


# --------------------------------------------------------------------------
# Combination of atoms with surrounding words
# --------------------------------------------------------------------------

_PRE_PART = re.compile(r"\bthe\s+(?P<w>end|close|beginning|start|onset|outbreak|dawn|middle|height)\s+of\s+$", re.I)
_PRE_POSTPRE = re.compile(r"\b(?P<w>post|pre)(?:\s?[-–—‐]\s?|\s)$", re.I)
_GAP = re.compile(r"(?P<comma>,)?\s*(?:(?P<dash>[-–—])|(?P<w>to|until|till|through|thru|and))\s*", re.I)
_FISCAL_WORDS = re.compile(r"(?i)(?:(?-i:U\.S\.|US)\s+)?(?:fiscal|financial)")  # "(U.S.) fiscal year 2010", not "FY2010"
_PRE_RANGE = re.compile(r"\b(?P<p>between|from)\s+(?P<the>the\s+)?$", re.I)  # "the" only before a fiscal year
_PRE_SINCE = re.compile(
    r"(?:\bever\s+)?\bsince\s+(?:at\s+least\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?(?P<what>days|time|start|"
    r"beginning|end|outbreak|onset)\s+of\s+|(?P<the>the\s+))?$", re.I)  # not "since the events of X": "since" governs an event
_SUF_ONWARD = re.compile(
    r"(?:\s*,)?\s*(?:and\s+)?(?:onwards?\b|on(?=\s*[,.;:)])|to\s+date\b|till\s+date\b|until\s+date\b|"
    r"to\s+the\s+present(?:\s+day)?\b|to\s+present\b|until\s+(?:now|today|the\s+present(?:\s+day)?)\b|"
    r"[-–—]\s*(?:present|now|to\s+date|till\s+date|date|today)\b)", re.I)
_PRE_FROM = re.compile(r"\bfrom\s+$", re.I)
_FROM_NOUN_IN = re.compile(r"\bfrom\s+(?:[\w’'-]+\s+){1,4}?(?:in|of)\s+$", re.I)  # "from independence in 1947"
_CLAUSE_END = re.compile(r"\s*(?:[;:]|\.(?:\s|$)|$)")  # nothing follows in the clause: no end, no "onward"
# "carried out under it from fiscal year 2010", "provided from 2011": a run of activity from then on (not "the
# data come from 2018", "a letter from 1954", "rose 12% from 2022", "suspended aid from 2018")
_RUN_FROM = re.compile(r"\b(?:carried\s+out|implemented|run|operated|continued|provided|funded|financed|disbursed|"
                       r"delivered|available|in\s+(?:force|effect|operation))\b(?:\s+[\w’'-]+){0,5}\s+from\s+$", re.I)
_UNTIL_NOW = re.compile(r"(?:\s*,)?\s*(?:and\s+)?(?:to|till|until)\b", re.I)
_WORD_CONN = re.compile(r"\s(?:to|through|thru)\s", re.I)
_LOOKBACK = 60


def _before(text: str, a: _A, floor: int, rx: re.Pattern):
    """Match ``rx`` (anchored with $) against the text just before atom ``a`` but after ``floor``."""
    return rx.search(text, max(floor, a.s - _LOOKBACK), a.s)


def _combine(text: str, atoms: list[_A], dct: "_Dct") -> list[_A]:
    """Grow atoms with modifiers and merge pairs into ranges and open ranges."""
    out: list[_A] = []
    # 1. the end of X / post-X / pre-X
    for a in atoms:
        floor = out[-1].e if out else 0
        if a.kind in ("named_period", "decade", "century"):
            m = _before(text, a, floor, _PRE_PART)
            if m:
                w = m["w"].lower()
                if a.kind == "named_period" and w not in ("middle", "height"):
                    v = a.ve if w in ("end", "close") else a.vs
                    a = _A(m.start(), a.e, "named_period", v, v, _prec_of(v), a.anchor)
                elif a.kind in ("decade", "century") and w != "height" and a.prec in ("decade", "century"):
                    lo, hi = _THIRD_OF_DECADE[w if w in _THIRD_OF_DECADE else "early"]
                    d, k = int(a.vs), (1 if a.kind == "decade" else 10)
                    a = _A(m.start(), a.e, "part_of_decade" if k == 1 else "century",
                           f"{d + lo * k:04d}", f"{d + hi * k + k - 1:04d}", "year")
        if a.kind in ("named_period", "year", "decade", "date", "month") and a.vs and not text.startswith("the", a.s):
            m = _before(text, a, floor, _PRE_POSTPRE)
            if m:
                e, s = a.e, m.start()  # "the post-9/11 years": "the" goes with "years", a head noun
                if m["w"].lower() == "post":
                    start, pub = a.ve or a.vs, dct.at(s)
                    a = _A(s, e, "named_period", start, pub or "", a.prec, dct.label(s))
                else:
                    a = _A(s, e, "named_period", "", a.vs, a.prec, "")
        out.append(a)
    # 2. ranges: between A and B / from A to B / A - B
    atoms, out = out, []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and ((a.kind in _RANGE_ENDS or _YEAR_LABEL.fullmatch(text, a.s, a.e))
                              and (b.kind in _RANGE_ENDS or _YEAR_LABEL.fullmatch(text, b.s, b.e))):
            # (also "2019-20 to 2024-25", "the financial years 2001-02 and 2010-11": from the first
            # label's start to the last one's end)
            g = _GAP.fullmatch(text, a.e, b.s)
            r = _range(text, a, b, g, out[-1].e if out else 0) if g else None
            if r is not None:
                out.append(r)
                i += 2
                continue
        if a.kind == "fiscal_year" and a.vs != a.ve and _WORD_CONN.search(text, a.s, a.e):
            fr = _before(text, a, out[-1].e if out else 0, _PRE_FROM)  # "From FY2002 to FY2016"
            if fr:
                a = _A(fr.start(), a.e, a.kind, a.vs, a.ve, a.prec, a.anchor)
        out.append(a)
        i += 1
    # 3. since A / A onward / A to date
    atoms, out = out, []
    for a in atoms:
        floor = out[-1].e if out else 0
        yearless = not a.vs and a.info is not None and a.kind in ("date", "month")  # resolved in _resolve
        if (a.vs or yearless) and a.kind not in ("anaphoric", "span", "range", "open_range") \
                and a.anchor != "unresolved":
            m = _before(text, a, floor, _PRE_SINCE)
            if m and m["the"] and not (a.kind == "fiscal_year" and _FISCAL_WORDS.match(text, a.s, a.e)):
                m = None  # "since the financial year 2001-02", not "since the 2011 raid"
            pub = dct.at(a.s)
            if m:
                start = a.ve if (m["what"] or "").lower() == "end" else a.vs
                a = _A(m.start(), a.e, "open_range", start, pub or "", a.prec if a.prec != "decade" else "year",
                       dct.label(a.s), a.info if yearless else None)
            else:
                suf = _SUF_ONWARD.match(text, a.e)
                if suf and _UNTIL_NOW.match(suf.group()) and _FROM_NOUN_IN.search(text, max(0, a.s - 60), a.s):
                    suf = None  # "from independence in 1947 to the present": "from" governs another noun
                # "programmes carried out under it from fiscal year 2010;": from X, no end (GUIDELINES 8.12)
                open_from = (not suf and a.kind in ("year", "month", "fiscal_year", "date") and _CLAUSE_END.match(text, a.e)
                             and _before(text, a, floor, _PRE_FROM) and _RUN_FROM.search(text, max(0, a.s - 60), a.s)
                             and not (pub and a.vs > pub[:len(a.vs)]))
                if (suf or open_from) and a.kind != "relative":
                    fr = _before(text, a, floor, _PRE_FROM)
                    s = fr.start() if fr else a.s
                    a = _A(s, suf.end() if suf else a.e, "open_range", a.vs, pub or "", a.prec if a.prec != "decade" else "year",
                           dct.label(a.s), a.info if yearless else None)
        out.append(a)
    return out


def _range(text: str, a: _A, b: _A, g, floor: int) -> _A | None:
    """Merge two point atoms separated by a range connector, or None if they do not form a range."""
    if a.info is not None and b.info is not None:
        return None
    if a.info is not None:  # "July 24 to August 3, 2025": borrow the year
        a = _with_year(a, b.vs[:4])
    elif b.info is not None:
        b = _with_year(b, a.ve[:4])
    if a is None or b is None or not a.vs or not b.ve:
        return None
    k = min(len(a.vs), len(b.ve))
    if a.vs[:k] > b.ve[:k]:
        return None
    p = _before(text, a, floor, _PRE_RANGE)
    if p and p["the"] and a.kind != "fiscal_year":
        p = None  # "between the fiscal years 2002 and 2018", not "between the 2002 and 2018 budgets"
    word = (g["w"] or "").lower()
    if word == "and" and not (p and p["p"].lower() == "between"):
        return None
    if g["comma"] and not (p and word):  # "from October 1, 2009, through March 31, 2012"
        return None
    if any(x.kind == "named_period" and (x.prec != "day" or x.vs != x.ve) for x in (a, b)):
        return None  # "from the early Cold War to the end of the Soviet–Afghan war": two periods, no range
        # (GUIDELINES 8.13); a one-day event ("from 9/11 to 2011") is an endpoint like a date
    s = p.start() if p else a.s
    prec = max(a.prec, b.prec, key=_PREC_RANK.__getitem__)
    kind = "fiscal_year" if a.kind == b.kind == "fiscal_year" else "range"
    return _A(s, b.e, kind, a.vs, b.ve, prec)


def _yearless_ranges(text: str, atoms: list[_A]) -> list[_A]:
    """Merge two year-less dates or months joined as a range ("from 29 August to 2 September",
    "12–14 March" aside) once `_resolve` has given each its year; the end moves into the next
    year when it would come before the start ("from 28 December to 3 January")."""
    out: list[_A] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if (b is not None and a.kind == b.kind and a.kind in ("date", "month") and a.info is not None
                and b.info is not None and a.vs and b.ve and (g := _GAP.fullmatch(text, a.e, b.s))):
            p = _before(text, a, out[-1].e if out else 0, _PRE_RANGE)
            p = None if p and p["the"] else p
            word = (g["w"] or "").lower()
            if (p or not (word or g["comma"])) and (word != "and" or (p and p["p"].lower() == "between")):
                ve = b.ve
                if ve < a.vs:
                    ve = f"{int(ve[:4]) + 1:04d}{ve[4:]}"
                out.append(_A(p.start() if p else a.s, b.e, "range", a.vs, ve, a.prec, a.anchor))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _with_year(a: _A, year: str) -> _A | None:
    if not year:
        return None
    if a.info[0] == "M" and len(a.info) == 4:  # "mid-March" in "from mid-March to 15 April 2011"
        y, mo, lo, hi = int(year), *a.info[1:]
        return _A(a.s, a.e, "month", _ymd(y, mo, lo), _ymd(y, mo, min(hi, calendar.monthrange(y, mo)[1])), "day")
    if a.info[0] == "M":  # a month named alone
        v = _ym(int(year), a.info[1])
        return _A(a.s, a.e, "month", v, v, "month")
    mo, d = a.info
    v = _ymd(int(year), mo, d)
    return _A(a.s, a.e, "date", v, v, "day") if v else None


# --------------------------------------------------------------------------
# Final pass: anaphora and year-less dates
# --------------------------------------------------------------------------

# author-year citations are references, not dates: "(Kux 2001; Markey 2013, 64)", "Kux (2001, 63–67)"
_CITE_NAME = (r"(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter"
              r"|Fiscal|Financial|Calendar|Year|Early|Mid|Late)\b)"
              r"[A-Z][a-z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’-]*|\s+et\s+al\.?"
              r"|(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w'’-]*){1,3})?"  # a body as author: "(Government of Pakistan 2011, 214)"
              r"|(?!(?:[A-Z]{0,3}Y|Q[1-4]|H[12]|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\b)[A-Z]{2,6}\b)")
# (or by its initials: "(GAO 2008)", "(CRS 2019, 12)"; not a month or a fiscal, school or tax year: "(SEPT 2019)", "(FY 2019)")
_CITE_YEAR = r"(?:1[5-9][0-9]{2}|20[0-9]{2})[a-z]?"
_CITE_PAGES = r",\s*(?:pp?\.\s*)?[0-9]+(?:\s*[–-]\s*[0-9]+)?"
_CITATION = re.compile(
    rf"\({_CITE_NAME},?\s+{_CITE_YEAR}(?:{_CITE_PAGES})?(?:;\s*{_CITE_NAME},?\s+{_CITE_YEAR}(?:{_CITE_PAGES})?)*\)"
    rf"|\b{_CITE_NAME}\s+\({_CITE_YEAR}{_CITE_PAGES}\)")
# a cited work's year: before a chapter or page number ("Ghost Wars (2004), ch. 3–4."), or closing a
# reference line that opens with an author or publisher and a comma and names a quoted or italic
# title ('CRS, "Direct Overt U.S. Aid ..." (2019).')
_WORK_YEAR = re.compile(r"\((?:[A-Z][^()\n]{0,40},\s*)?[0-9]{4}\)(?=,\s*(?:ch|chs|chap|chapter|pp?|vol|no)\.?\s*[0-9])")
_REF_LINE_YEAR = re.compile(r"(?m)^(?:[-*•★]\s*)?[A-Z][\w.'’ -]{1,40},[^\n]*?[\"“”*_][^\n]*?"
                            r"(\((?:[A-Z][^()\n]{0,40},\s*)?[0-9]{4}\))\.?[*_]*[ \t]*$")
# a cited book as a line of its own, author, title and year ("Kux, Disenchanted Allies (2001)" over
# reading notes, a note's "[[Kux]] — Disenchanted Allies (2001)"): the year it came out, not a time the notes speak of
_WORK_LINE_YEAR = re.compile(r"(?m)^(?:[A-Z][\w.'’-]+(?: (?:&|and) [A-Z][\w.'’-]+)?,|\[\[[A-Z][\w.'’ -]{0,40}\]\] [—–-]) (?P<title>[A-Z][^()\n,.;:!?]{2,80}) "
                             r"(?P<year>\((?:1[89]|20)[0-9]{2}\))[ \t]*$")


def _titled(title: str) -> bool:
    """A book's title in title case: no lower-case word of four or more letters bar a few function words."""
    return not any(w.lower() not in ("from", "with", "into", "over", "upon", "than", "that", "this", "under", "between")
                   for w in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]{3,}", title))
# the date a cited document came out, in brackets after its title ("Sovereign Rating Criteria (pub.
# 4 April 2024)")
# the press a digest's item was compiled from, in brackets after it ("(Dawn, Karachi, May 29-31, 1998;
# The Nation, Lahore, May 29; FT, May 29 and June 1; Reuters)"): its dates are the sources' issues
_SOURCE_LIST = re.compile(r"\((?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
                          r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3},[^();\n]{1,60}(?:;\s*[A-Z][^();\n]{0,60}){2,}\)"
                          r"(?=[ \t]*(?:\n|$))")  # closing its paragraph, where a digest puts it
# the year in a UN resolution's symbol ("resolution 1267 (1999)"): part of the symbol (GUIDELINES 8.22)
_RESOLUTION_YEAR = re.compile(r"\b[Rr]esolutions?\s+[0-9]{1,4}\s*(\((?:19|20)[0-9]{2}\))")
# a law report's or statute's citation, and a case's or act's number: its year is part of the
# reference (GUIDELINES 8.24). Each pattern runs only on a text holding one of its hint strings: these
# are rare, and a scan of every word for them would cost more than the rest of `_apparatus`.
_LAW_CITATIONS = (
    # a report, its year, court and page: "PLD 2013 SC 1", "AIR 1973 SC 1461", "PLJ 2010 SC 25"
    (("PLD", "AIR ", "PLJ"), re.compile(r"\b(?:PLD|AIR|PLJ)\s+(?:1[89]|20)[0-9]{2}\s+[A-Z][A-Za-z.]*\s+[0-9]+")),
    # a year, a report, a page: "2014 SCMR 1234", "1999 CLC 45", "2003 PCr.LJ 12"
    (("SCMR", "CLC", "YLR", "PLC", "MLD", "CLD", "PTD", "LJ", "SCC", "SCR", "MLR"),
     re.compile(r"\b(?:1[89]|20)[0-9]{2}\s+(?:SCMR|CLC|YLR|PLC|MLD|CLD|PTD|P\s?Cr\.?\s?L\.?\s?J|Cr\.?\s?LJ|SCC|SCR|MLR)\s+[0-9]+")),
    # a year in brackets, a volume, a report: "(1973) 4 SCC 225"; "[2001] UKHL 23", "[1998] 1 WLR 100"
    (("SCC", "SCR", "WLR", "ER ", "QB", "AC ", "KB "),
     re.compile(r"\((?:1[89]|20)[0-9]{2}\)\s+[0-9]+\s+(?:SCC|SCR|WLR|All\s?ER|QB|AC|KB)\s+[0-9]+")),
    (("] ",), re.compile(r"\[(?:1[89]|20)[0-9]{2}\]\s+(?:[0-9]+\s+)?[A-Z][A-Za-z]+\s+[0-9]+")),
)
# found from their years (a literal start the scanner jumps to), then checked behind: a US report
# or the Statutes at Large, the year in brackets ("505 U.S. 1 (1992)", "99 Stat. 190, 268 (1985)"),
# and a case's, act's or order's number ("Constitution Petition No. 41 of 2013", "C.M.A. No. 2877
# of 2014", "Act No. XXVII of 1997", "Act XLV of 1860")
_BRACKET_YEAR = re.compile(r"\((?:[^()0-9\n]{1,30}\s)?(?:1[89]|20)[0-9]{2}\)")
_REPORTED_BEFORE = re.compile(r"\b[0-9]+\s+(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp\.(?:\s?[23]d)?)?|Stat\.)"
                              r"\s+[0-9]+(?:,\s*[0-9]+)*\s*$")
_OF_YEAR = (re.compile(r" of (?:1[89]|20)[0-9]{2}\b"), re.compile(r" OF (?:1[89]|20)[0-9]{2}\b"))
_NUMBERED_BEFORE = re.compile(r"\b(?i:petition|appeal|application|case|suit|reference|act|ordinance|order|writ|revision"
                              r"|c\.?m\.?a\.?|[cw]\.?p\.?|crl\.?|misc\.?)\s+(?:(?i:nos?)\.?\s*(?:[0-9]+|[IVXLC]+)"
                              r"(?:\s*(?:&|and|,)\s*[0-9]+)*|[IVXLC]+)$")


def _law_spans(text: str) -> list[tuple[int, int]]:
    """Law citations (`_LAW_CITATIONS`), reported cases and statutes, and numbered cases and acts."""
    spans = _guarded_spans(text, _LAW_CITATIONS)
    spans += [m.span() for m in _BRACKET_YEAR.finditer(text) if _REPORTED_BEFORE.search(text, max(0, m.start() - 60), m.start())]
    spans += [(b.start(), m.end()) for rx in _OF_YEAR for m in rx.finditer(text)
              if (b := _NUMBERED_BEFORE.search(text, max(0, m.start() - 60), m.start()))]
    return spans
# an archive's or transcriber's stamp ("Transcribed by K. Farooqi, 9 March 2021", "(catalogued
# 2021)", "The text ... was scanned in 2008 from the printed edition") and an accession number
# ("accession 1978-114"): the copy's history, not a time the text speaks of; a cable's reference
# ("REF: A. 15 ISLAMABAD 2231 / B. 18 ISLAMABAD 1874": year, post, serial) (GUIDELINES 8.24)
_STAMP_VERB = r"(?:[Tt]ranscribed|[Dd]igiti[sz]ed|[Ss]canned|[Cc]atalogu?ed|[Aa]ccessioned)"
_STAMP_DATE = (r"(?:on\s+|in\s+)?(?:[0-9]{1,2}\s+[A-Z][a-z]+\.?\s+|[A-Z][a-z]+\.?\s+[0-9]{1,2},?\s+|[A-Z][a-z]+\s+)?"
               r"(?:1[89]|20)[0-9]{2}\b")
_ARCHIVE_STAMPS = (
    (("ranscribed", "igitised", "igitized", "canned", "atalogued", "ataloged", "ccessioned"),
     re.compile(rf"\b{_STAMP_VERB}\s+by\s+[^,;()\n]{{1,40}},\s+{_STAMP_DATE}"  # "Transcribed by K. Farooqi, 9 March 2021"
                rf"|\({_STAMP_VERB}\s+{_STAMP_DATE}\)"  # "(catalogued 2021)"
                rf"|\b(?:[Tt]ext|[Dd]ocument|[Vv]olume|[Pp]age|[Cc]opy|[Rr]ecording|[Ff]ilm|[Rr]eel|[Pp]rint|[Ii]mage"
                rf"|[Tt]ranscript)s?\b[^.;\n]{{0,40}}?\b(?:was|were|has\s+been|have\s+been)\s+{_STAMP_VERB.lower()}\s+{_STAMP_DATE}")),
    (("ccession", "CCESSION", "acc.", "Acc."),
     re.compile(r"\b(?i:accession|acc\.)\s+(?i:no\.?\s*)?(?:1[89]|20)[0-9]{2}[-./][0-9]+")),
    (("REF",), re.compile(r"(?:\bREF(?:TEL)?S?:?[ \t]*(?:[A-Z]\.[ \t]+)?|(?m:^)[ \t]*[A-Z]\.[ \t]+)[0-9]{2}[ \t]+[A-Z]{4,}"
                          r"(?:[ \t][A-Z]{4,})?[ \t]+[0-9]{3,6}\b")),
)


def _guarded_spans(text: str, guarded) -> list[tuple[int, int]]:
    """Spans of each (hints, pattern) whose pattern is run, on a text holding one of its hints."""
    return [m.span() for hints, rx in guarded if any(h in text for h in hints) for m in rx.finditer(text)]


_PUBLISHED_NOTE = re.compile(r"\((?:pub\.|publ\.|published)\s+[^()\n]{4,30}\)")
# a copyright notice's year ("Copyright (c) 2018 Meridian", "© 2019–2024", a line opening "(c) 2019
# Meridian Wire"): the page's, not a time the text speaks of; not a list's "(c)" label
_COPYRIGHT = re.compile(r"(?i:\bcopyright\b)\s*(?:\(c\)|©)?\s*(?:[0-9]{4}\s*[-–]\s*)?[0-9]{4}\b"
                        r"|©\s*(?:[0-9]{4}\s*[-–]\s*)?[0-9]{4}\b|(?m:^)\((?i:c)\)\s*[0-9]{4}\b")
# the date stamp of a notice appended to an article ("Correction (September 9, 2022): An earlier
# version ..."): metadata like an update line, not a time the text speaks of
_NOTICE_STAMP = re.compile(r"(?im)^[\[(*_]*(?:corrections?|clarifications?|updates?|updated|editor['’]s\s+note)"
                           r"(?:\s*\([^()\n]{4,40}\)|,\s+[^:\n]{4,40})[*_]*\s*:")  # also "[Editor's note, 2024: ...]"
# a wire dateline opening a paragraph ("WASHINGTON/ISLAMABAD, Sept 8 (Meridian Wire) -"): its date
# is the dispatch's metadata, like a byline date
# (a place in capitals, perhaps its country, "KARACHI, Pakistan,", then the month and day)
_DATELINE_HEAD = (r"(?m)^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?)?,\s+"
                  r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?")
_WIRE_DATELINE = re.compile(_DATELINE_HEAD + r"\s+\([^()\n]{2,40}\)\s*[-–—]")
# an old paper's dateline with a double hyphen and no agency ("KARACHI, Pakistan, Dec. 7--President ..."):
# apparatus when it is the text's only one (a run of them, "ISLAMABAD, May 6 – ...", is a digest's content)
_DASH_DATELINE = re.compile(_DATELINE_HEAD + r"\s*(?:--|–)(?=\s?[A-Z])")
STORY_MIN_PARAGRAPHS = 3  # paragraph breaks between two stories' datelines (a digest's items have one)
# a handout's "ISLAMABAD, July 16:" opening its first paragraph: apparatus when it is the text's only
# one (a run of them, "PAKISTAN, May 2: ...", is a chronology whose dates are content)
_COLON_DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                             r"(?:\s+\([^()\n]{2,40}\))?:")


# a Markdown code span: an identifier or a sample value ("values such as `2021-22`", `relief_2022.csv`)
_CODE_SPAN = re.compile(r"(?<!`)`[^`'’\n]{1,80}`(?!`)")  # not a TeX or Usenet quotation, "`a betrayal' in 1990"
# a note's wiki link target named with an ISO date ("[[Trump tweet 2018-01-01]]"): a file name, an
# identifier; a target in words ("[[1954 Mutual Defense Assistance Agreement]]") reads as prose
_WIKI_TARGET = re.compile(r"\[\[(?!\s*\d{4}-\d{2}-\d{2}\s*(?:\||\]\]))[^\[\]|\n]{0,120}?\b\d{4}-\d{2}-\d{2}\b"
                          r"[^\[\]|\n]{0,120}(?=\||\]\])")  # (a bare date, "[[2024-03-12]]", is a daily note: that day)


def _apparatus(text: str) -> list[tuple[int, int]]:
    """Spans whose dates are not times the text speaks of: author-year citations, notice stamps,
    wire datelines and full-date lead datelines, copyright notices, cited works' years, code spans,
    wiki link targets."""
    spans = [m.span() for rx in (_CITATION, _NOTICE_STAMP, _WIRE_DATELINE, _COPYRIGHT, _WORK_YEAR, _CODE_SPAN, _WIKI_TARGET)
             for m in rx.finditer(text)]
    leads = list(itertools.islice(LEAD_DATELINE.finditer(text), 2))
    if len(leads) == 1:  # one story's dateline; a run of them is a chronology whose dates are content
        end = text.find("\n", leads[0].start())
        if lead_dateline(text[leads[0].start():end if end >= 0 else len(text)]):
            spans.append(leads[0].span())
    spans += [m.span(1) for m in _REF_LINE_YEAR.finditer(text)]
    spans += [m.span("year") for m in _WORK_LINE_YEAR.finditer(text) if _titled(m["title"])]
    spans += [m.span() for rx in (_PUBLISHED_NOTE, _SOURCE_LIST) for m in rx.finditer(text)]
    spans += _law_spans(text) + _guarded_spans(text, _ARCHIVE_STAMPS)
    spans += [m.span(1) for m in _RESOLUTION_YEAR.finditer(text)]
    colon = list(_COLON_DATELINE.finditer(text))
    spans += [colon[0].span()] if len(colon) == 1 else []
    dashed = list(_DASH_DATELINE.finditer(text))
    spans += [m.span() for m in dashed] if len(dashed) == 1 or _story_datelines(text, dashed) else []
    return sorted(spans)


def _story_datelines(text: str, found: list) -> bool:
    """Do several dash datelines each open a story of its own (a database export's stories, each
    under its headline: more than one paragraph between them), not a digest's run of dated items?"""
    return len(found) > 1 and all(text.count("\n\n", a.end(), b.start()) >= STORY_MIN_PARAGRAPHS
                                  for a, b in zip(found, found[1:]))


_FUTURE_CUE = re.compile(r"\b(?:will|shall|expected|due|scheduled|planned|next|upcoming|ahead)\b", re.I)
# "set for" right before the time ("the election set for February 8", "the vote is set for Monday"):
# not a past "was set for a clash; in January ..."
_SET_FOR = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bset\s+for\s+(?:the\s+)?$", re.I)
_DEADLINE = re.compile(r"\b(?:by|before|till|until)\s+$", re.I)  # "redo the shares before Thursday", "hold it till Monday"
# ... but "did not comment until Monday", "had waited till Friday": a past wait, not a deadline
_PAST_WAIT = re.compile(r"\b(?:did|didn['’]t|had|hadn['’]t|was|were|wasn['’]t|weren['’]t)\b[^.;]{0,60}\b(?:till|until)\s+$", re.I)
_SUBORDINATE = re.compile(r"\s(?:before|after|until|when|while|because|since|once)\s", re.I)
# a scheduled happening in the present tense just before a weekday ("When Pompeo arrives on Wednesday")
_SCHEDULED = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\bour )(?<!\btheir )"
                        r"\b(?:arrive|leave|visit|meet|travel|land|depart|return|begin|start|open|resume"
                        r"|convene|fly|head)s?\s+(?:[\w'’-]+\s+){0,3}?(?:on\s+)?$", re.I)
_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_POSSESSIVE = re.compile(r"['’]s\b")
_NOUN_AFTER = re.compile(r"\s+(?!(?:in|of|at|on|and|or|when|after|before|morning|afternoon|evening|night)\b)[a-z]")
# a modal of ability, duty or proposal a few words before a weekday ("we can talk on Monday", "let's meet Friday")
# (not a past modal, "should have responded on Monday", nor a clause it opens, "I can confirm that on Monday ...")
_MODAL_DAY = re.compile(r"\b(?:can|should|must|let['’]s|going\s+to)\s+(?!have\b)"
                        r"(?:(?!(?:that|when|if|whether|what|how|why)\b)[\w'’-]+\s+){1,3}?(?:on\s+)?$", re.I)
# a happening set for a weekday with "is": "the exam is Thursday", "the vote is on Friday" (not "today is")
_IS_ON_DAY = re.compile(r"(?<!\btoday )(?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bwhich )\b(?:is|are)\s+(?:on\s+)?$", re.I)
# a verb in the past tense (not a participle of plans, nor a word that only ends in -ed)
_PAST_FORM = (r"\b(?!(?:expected|scheduled|planned|slated|timed|proposed|united|based|related|limited|need|indeed"
              r"|speed|feed|seed|hundred|bed|red|shed|wed)\b)(?:[a-z]+ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")")
# just before the time ("began on 1 May", "said on Thursday it would"): the time belongs to a
# past happening whatever the rest of the sentence says
_PAST_VERB_BEFORE = re.compile(
    _PAST_FORM + r"\s+(?:(?:on|in|at|by|since|until|till|from|during|early|late|last)\s+){0,2}(?:the\s+)?$")
# anywhere in a clause ("In September Washington approved the sale")
_PAST_VERB = re.compile(_PAST_FORM + r"\b")
# ... and not a participle used as an adjective after a determiner ("Send her the revised section by Friday")
_PAST_PREDICATE = re.compile(r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Hh]er )(?<!\b[Hh]is )(?<!\b[Ii]ts )"
                             r"(?<!\b[Oo]ur )(?<!\b[Tt]heir )(?<!\b[Mm]y )(?<!\b[Yy]our )(?<!\bbe )(?<!\bis )(?<!\bare )"
                             + _PAST_FORM + r"\b")
# where the next clause begins; reported content ("told X on Tuesday that ... will") starts anew
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|although|though|as)\b|;|\s[–—]\s|\s(?:that|whether)\s")


_REL_OPEN = re.compile(r",\s+(?:who|which)\s")  # a non-restrictive relative clause opens


def _future_at(text: str, pos: int) -> bool:
    """Is the time at `pos` about the future: a future cue in its sentence before it or in its
    own clause after it ("the ceasefire of May 10, and Islamabad will ..." is not), and no
    past-tense verb right before it?"""
    if ((before := _PAST_VERB_BEFORE.search(text, max(0, pos - 40), pos))
            and not _PASSIVE_BE.search(text, max(0, before.start() - _PASSIVE_REACH), before.start())):
        return False  # "approved on May 7", not "will be held on May 7"
    if _SET_FOR.search(text, max(0, pos - 30), pos):
        return True
    sentence, lo = _sentence_at(text, pos, with_start=True)
    head, tail = sentence[:pos - lo], sentence[pos - lo:]
    cues = list(_FUTURE_CUE.finditer(head))
    if cues and not any(not _PASSIVE_BE.search(head, max(0, m.start() - _PASSIVE_REACH), m.start())  # "will be presented"
                        for m in _PAST_VERB.finditer(head, cues[-1].end())):  # not "before X is due, Y announced ... Monday's"
        return True
    rel = [m.end() for m in _REL_OPEN.finditer(head)]
    if rel and "," not in head[rel[-1]:] and _PAST_VERB.search(head, rel[-1]):
        return False  # "Kissinger, who arrived on Thursday, is due to leave": the past relative clause's time
    nxt = _NEXT_CLAUSE.search(tail)
    own = tail[:nxt.start()] if nxt else tail
    sub = _SUBORDINATE.search(own)  # "On Saturday, days before X is due": the cue is another clause's
    return bool(_FUTURE_CUE.search(own[:sub.start()] if sub else own))


_PASSIVE_BE = re.compile(r"\b(?:be|been|being)\s+$", re.I)  # a participle after it is no past tense
_PASSIVE_REACH = 12  # characters before a participle searched for "be", "been", "being"


_CLAUSE_EDGE = re.compile(r"[,;:]\s|\s[–—]\s|\s(?:that|before|after|when|until|unless|if|while|because)\s")


def _clause_at(text: str, pos: int) -> str:
    """The clause of `text` around `pos`: its sentence cut at commas, dashes and subordinators."""
    sentence, lo = _sentence_at(text, pos, with_start=True)
    cuts = [0, *(m.end() for m in _CLAUSE_EDGE.finditer(sentence)), len(sentence)]
    i = bisect.bisect_right(cuts, pos - lo) - 1
    a = cuts[i]
    b = next((m.start() for m in _CLAUSE_EDGE.finditer(sentence, pos - lo)), len(sentence))
    return sentence[a:b]


_RELATIVE_CUT = re.compile(r",|\b(?:which|who|whom|whose|that|what|where|when)\b")


# "a nine-month, $3 billion Stand-By Arrangement in": an article, one adjective, a comma, an amount, up to the time
_AMOUNT_COMMA = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+[\w-]+,\s*(?:[$£€]|US\$|Rs\.?\s?|PKR\s?)[0-9][^,;:.!?]*$", re.I)
_NOT_PAST = re.compile(r"\b(?:will|would|shall|may|might|could|should|must|can|is|are|am|has|have|be|to|if|once|unless"
                       r"|expects?|plans?|due|next|now|when|which|who|remains?)\b", re.I)


_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|am|remains?)\s+(?:now\s+|still\s+|already\s+)?[a-z]+ed\b")


def _past_at(text: str, pos: int) -> bool:
    """Is the time at `pos` told in the past tense: its clause has a past verb, or an amount's comma
    cut the clause from the past verb before it ("approved a nine-month, $3 billion SBA in July"),
    or it is a bare fronted adverbial ("On July 17, the police arrested ...") whose sentence has one?"""
    clause = _PRESENT_PASSIVE.sub(" ", _clause_at(text, pos))  # "Funding for the workshop in early May is confirmed"
    if _PAST_VERB.search(clause):
        return True
    sentence, lo = _sentence_at(text, pos, with_start=True)
    cut = _AMOUNT_COMMA.search(sentence, 0, max(0, pos - lo))
    if cut and not _NOT_PAST.search(clause):
        # a comma inside a noun phrase ("approved a nine-month, $3 billion SBA in July") cuts the
        # clause from its verb: the verb of the clause before the comma decides
        head = sentence[:cut.start()]
        if _PAST_VERB.search(re.split(r"[,;:]\s", head)[-1]):
            return True
    if len(clause.split()) > 4:
        return False
    edge = _CLAUSE_EDGE.search(sentence, pos - lo)  # the comma after "On July 17"
    main = sentence[edge.end():] if edge else ""
    cut = _RELATIVE_CUT.search(main)  # not "the committee, which was created in 2009, meets"
    return bool(_PAST_VERB.search(main[:cut.start()] if cut else main))


# an editor's bracketed note inside a dated letter or diary entry ("[Ed.: Walter flew home as planned.
# On 1 September ...]"): written later, so its past tense does not put a month before the entry's date
_EDITORS_NOTE = re.compile(r"\[\s*(?:ed(?:itor)?(?:['’]s)?\.?(?:\s+note)?|editorial\s+note|note|translator['’]s\s+note)\s*[:.]", re.I)


def _in_editors_note(text: str, pos: int) -> bool:
    """Does `pos` lie inside an editor's bracketed note of its paragraph?"""
    lo = text.rfind("[", text.rfind("\n", 0, pos) + 1, pos)
    return lo >= 0 and "]" not in text[lo:pos] and bool(_EDITORS_NOTE.match(text, lo))


def _inside(a: _A, spans: list[tuple[int, int]]) -> bool:
    """Does atom `a` lie inside one of the sorted, non-overlapping `spans`?"""
    i = bisect.bisect_right(spans, (a.s, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= a.s and a.e <= spans[i][1]


def _sentence_at(text: str, pos: int, with_start: bool = False):
    """The sentence of `text` around `pos` (bounded by sentence ends or line breaks), and with
    `with_start` its offset too."""
    starts = [m.end() for m in _SENT_END.finditer(text, max(0, pos - 400), pos)]
    lo = max(starts[-1] if starts else max(0, pos - 400), text.rfind("\n", 0, pos) + 1)
    m = _SENT_END.search(text, pos)
    hi = min(m.start() if m else len(text), (text.find("\n", pos) + 1 or len(text) + 1) - 1)
    return (text[lo:hi], lo) if with_start else text[lo:hi]


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|un|ught|ld))\b")
_AFTER_CLAUSE = re.compile(r",? (?:after|following) ")  # the happening it names came before the antecedent
_BACKWARD = re.compile(r"\b(?:had|earlier|before|previously|prior|in\s+between|meanwhile)\b", re.I)  # narrative goes back
_PREP_BEFORE = re.compile(r"\b(?:in|on|by|during|since|until|from|through)\s+(?:early\s+|mid-?|late\s+)?$", re.I)
# a year the previous sentence is about: "Then came 2011, the year everything broke. In January, ..."
_TOPIC_BEFORE = re.compile(r"\b(?:came|arrived)\s+$", re.I)
_TOPIC_AFTER = re.compile(r",?\s+(?:was\s+)?(?:the|a)\s+year\b", re.I)
# a date labelling its sentence: "1 Jan 2018: Pakistan gave us ... . Security aid suspended 4 Jan."
_LABEL_AFTER = re.compile(r"\s*:\s|\s+[-–—]\s")
# what may stand before a chronology entry's date label: bullets, quotes, a portion marking "(C)"
_LABEL_LEAD = re.compile(r"[ *•\-\"“]*(?:\((?:U|C|S|TS)(?://[A-Z]{1,8})*\)\s*)?")
# (and a declassified document's portion marking, "(C)", "(S//NF)")
_LEAD_IN = re.compile(r"(?:[*•#>\-–]+\s*)?(?:[0-9]+[.)]\s*)?(?:\((?:U|C|S|TS)(?://[A-Z]{1,8})*\)\s*)?[\"“‘(]?\s*(?:[A-Z][a-z]*\s+){0,2}")


# a sentence that is only a year, after any speaker label ("FARAH: 2011."): the passage's topic
_TOPIC_YEAR = re.compile(r"(?:.*:\s+)?\d{4}[.!]?")


# a past participle after a noun, not after an auxiliary ("the Facility agreed in July 2019 lapsed"):
# the time modifies the noun, not the main clause that follows
_REDUCED_RELATIVE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|had|has|have|it|he|she|they|we|who|which|that)\b)"
                               r"[a-z][\w-]*\s+(?!(?:was|were|had|has|have|said|stated)\b)[a-z]+ed\s+(?:in|on)\s+$", re.I)
_VERB_NEXT = re.compile(r"\s+(?:[a-z]+ly\s+)?" + _PAST_FORM + r"\b")  # the main verb right after the time


_WEEKDAY_AT = re.compile(rf"(?i)\b(?P<wd>{_WD})\b")


def _weekday_year(span: str, v: str | None, y: int, info: tuple) -> str | None:
    """A year-less date that names its weekday ("Tuesday, November 12") in the year next to `y`
    where that weekday falls, when it does not fall on it in `y`; else None."""
    m = _WEEKDAY_AT.match(span)
    if not m or v is None:
        return None
    want = _WEEKDAYS.index(m["wd"].lower())
    if _dt.date.fromisoformat(v).weekday() == want:
        return None
    for cand in (y + 1, y - 1):
        w = _ymd(cand, *info)
        if w and _dt.date.fromisoformat(w).weekday() == want:
            return w
    return None


# the next of two coordinated items under the same preposition, with no verb of its own
_PARALLEL_ITEM = re.compile(r",?\s+(?:and|or)\s+(?![^,;]*\b(?:[a-z]+ed|said|says|was|were|is|are|has|had|have|will|would)\b)"
                            r"[^,;:()–—\d]{0,40}?\s+(?P<prep>in|on|by|until|from)\s+")
# the next item of a list of dated happenings: ", Abbottabad in " (a short noun phrase, no verb or clause)
_LIST_NEXT_ITEM = re.compile(r",\s+(?:and\s+)?(?:the\s+)?(?![^,;]*\b(?:[a-z]+ed|said|says|was|were|is|are|has|had|have|told"
                             r"|met|made|went|came|gave|took|left|began|will|would)\b)[A-Z][^,;:()–—\d]{0,40}?\s+(?:in|on)\s+")


# a happening a few days from the dated one before it: "..., days after", "a week before", "shortly after"
_DAYS_FROM = re.compile(r"\b(?:(?:a few |some |two |three |several )?(?:days|weeks)|a (?:day|week)|shortly|soon|just|only days)"
                        r"\s+(?:after|before)\b[^,;:()–—.!?]*$", re.I)


def _scopes(text: str, year: _A, a: _A) -> bool:
    """Does the dated expression `year` set the year of the year-less `a` after it: in the same
    clause ("in March 2019 and again on 5 December"), introducing a list ("2011 — the shooting in
    January, the raid in May"), framing a when-clause ("in 1999, when Clinton pressed Sharif on
    July 4") or an after-clause (whose date is never rolled into the next year), or opening the sentence ("In 2019, talks resumed on 5 December"), dating the
    happening of the previous sentence ("Floods hit in 2010. In August, aid arrived."), or
    standing alone as a sentence at the head of the paragraph ("2011. Davis in January."), or
    dating a past clause that a coordinated past clause continues ("began on 27 January 2011, and
    he left in mid-March"), heading a list after a parenthesis ("Key dates 2011 (pin this): 27 Jan"),
    or dating a happening a few days from this one ("on January 4, 2018, ..., days after his New
    Year's Day tweet")? Not from another clause ("a facility agreed in 2019, expired
    on June 30") nor from a date modifying a noun ("the August 26, 2021, bombing"): those take
    the year of the publication date."""
    between = text[year.e:a.s]
    if "\n" in between:
        return _list_item_of(text, year, a)
    ends = list(_SENT_END.finditer(between))
    if ends and year.kind == "year" and _TOPIC_YEAR.fullmatch(_sentence_at(text, year.s)):
        return True  # "2011. Raymond Davis in January, Abbottabad in May.": the year heads its paragraph
    if len(ends) == 1:  # the previous sentence: a time that dates its happening ("Floods hit in 2010."),
        # unless that sentence speaks of the present ("Since ... August 2021, Washington has leaned")
        prev, prev_start = _sentence_at(text, year.s + 1, with_start=True)  # (+1: a sentence that opens with it)
        topic = (_TOPIC_BEFORE.search(text, max(0, year.s - 12), year.s) or _TOPIC_AFTER.match(text, year.e)
                 or (_LABEL_AFTER.match(text, year.e) and prev[_LABEL_LEAD.match(prev).end():].startswith(text[year.s:year.e]))
                 or (not text[prev_start:year.s].strip() and text.startswith(",", year.e)))  # "That year, ..." fronted
        own = text[ends[0].end() + year.e:a.s]  # "Since then, attacks have risen, and in June ...": back to the present
        return (bool(topic or _PREP_BEFORE.search(text, max(0, year.s - 12), year.s))
                and not _PRESENT_PERFECT.search(prev) and not _PRESENT_PERFECT.search(own))
    if ends:
        return False
    pb = _PREP_BEFORE.search(text, max(0, year.s - 12), year.s)
    if year.kind in ("date", "month") and _LIST_NEXT_ITEM.fullmatch(between) and pb:
        return True  # "the Davis shooting in January 2011, Abbottabad in May and Salala in November": a list
    if (pb and year.kind in ("date", "month") and (par := _PARALLEL_ITEM.fullmatch(between))
            and par["prep"].lower() == pb.group(0).split()[0].lower()):
        return True  # "back on the grid by June 30, 2012, and the other two by December": a parallel item
    if (_REDUCED_RELATIVE.search(text, max(0, year.s - 40), year.s)
            and _VERB_NEXT.match(between)):  # "the facility agreed in July 2019 lapsed on 30 June"
        return False
    if not re.search(r"[,;:()–—]", between) or re.match(r"\)?(?::| —)", between):  # "in 2011: ... in January"
        return True
    if re.match(r"[*_]{0,3}\s*\([^()\n]{1,30}\)\s*:", between):  # "**Key dates 2011** (pin this): ... 27 Jan"
        return True
    if _DAYS_FROM.search(between) and year.kind == "date":
        return True  # "on January 4, 2018, ... suspended aid, days after Trump's New Year's Day tweet": days apart
    if year.kind == "year" and re.match(r",\s+with\s+[^,;:()–—]*$", between):
        return True  # "the terrible year of 2011, with the Abbottabad raid in May": the happenings of that year
    if re.match(r",? (?:when|after|following) [^,;:()–—]*$", between):
        return True  # "the war of 1999, when Clinton pressed Sharif on July 4"; "suspended in January 2018, after his New Year's Day tweet"
    if (re.match(r",?\s+(?:and|but)\s+(?:then\s+)?[^,;:()–—]*$", between) and _PAST_VERB.search(between)
            and not _PRESENT_PERFECT.search(between)
            and _PREP_BEFORE.search(text, max(0, year.s - 12), year.s)):  # "began on 27 January 2011, and he left in mid-March"
        return True  # (not "the Simla Agreement of 1972, and talks collapsed in March")
    starts = [m.end() for m in _SENT_END.finditer(text, max(0, year.s - 400), year.s)]
    sent_start = max([text.rfind("\n", 0, year.s) + 1, *starts])
    if (re.match(r",\s+[^,;:()–—]*$", between) and _ANY_YEAR.search(text, year.s, year.e)
            and _WHEN_CLAUSE.fullmatch(text, sent_start, year.s)):  # the clause the sentence opens with frames
        return True  # its main clause: "When floods hit in the summer of 2022, the US sent aid between August and December"
    return bool(_LEAD_IN.fullmatch(text[sent_start:year.s]))


# a clause opening the sentence that tells when its happening took place ("When floods hit in the
# summer of 2022, ..."): not "When asked about ...", "When compared with 2019", "After a slump that began in 2019"
_WHEN_CLAUSE = re.compile(r"\s*(?:when|after|once|as\s+soon\s+as)\s+(?!(?-i:[a-z]+ed)\b)(?!(?:asked|compared|seen|taken|viewed)\b)"
                          r"(?![^,;:()–—]*\b(?:that|which|who|whom|whose)\s)[^,;:()–—]*\b(?:in|on|during)\s+", re.I)


_PARAGRAPH_OPENER = re.compile(r"(?:[*•>\-–]+\s*)?(?:(?:on|in|by|since|from|during)\s+)?", re.I)


def _opens_paragraph(text: str, a: _A) -> bool:
    """Does `a` open its paragraph, after at most a preposition ("On April 12, ...")?"""
    return bool(_PARAGRAPH_OPENER.fullmatch(text, text.rfind("\n", 0, a.s) + 1, a.s))


HEADING_MAX_WORDS = 8  # a heading a year names is this short
_ITEM_LABEL = re.compile(r"\s*[:–—-]\s")  # a dated item's label ends with a colon or a dash


def _list_item_of(text: str, year: _A, a: _A) -> bool:
    """Is `a` the opening date of a list item whose list an introduction ending in a colon dates
    ("2019 incidents: ... Notable incidents included:" / "On April 12, ..." / "On May 11, ..."):
    the item right below the introduction, or the next item after a dated one?"""
    rest, gap, _ = text[year.e:a.s].rpartition("\n\n")
    if not gap or "\n" in rest or not _opens_paragraph(text, a):
        return False
    if rest.rstrip().endswith(":"):
        return True  # the year's paragraph introduces the list
    if (year.kind == "year" and _opens_paragraph(text, year) and not _SENT_END.search(rest)
            and len(rest.split()) <= HEADING_MAX_WORDS and _ITEM_LABEL.match(text, a.e)):
        return True  # a heading named by the year ("2011: the year everything broke") over dated items ("27 January: ...")
    return year.anchor.startswith("previous:") and _opens_paragraph(text, year)


def _chained(text: str, prev: _A, a: _A) -> bool:
    """Is `a` the next year-less date of a sentence's list whose first took its year from the
    sentence ("in 2011: ... in January, ... on 2 May, and ... in November"), or of a sentence
    whose anaphor was resolved ("Four months later, on 17 August, ...")?"""
    between = text[prev.e:a.s]
    return (prev.kind in ("date", "month", "anaphoric") and prev.anchor.startswith("previous:")
            and "\n" not in between and not _SENT_END.search(between))


_THIS_YEAR = re.compile(r"\b(?:this|the\s+current)\s+year\b", re.I)


_COARSE_UNITS = ("year", "decade", "decade_cal", "these", "month_of", "month_next", "season_of", "season_next")
NEWS_DAY_MAX = 7  # days from publication within which a weekday or "yesterday" is the report's own news day


def _news_day(a: _A, pub: str | None) -> bool:
    """A relative day within a week of publication ("on Wednesday", "yesterday"): when the report
    was made, not a time the story's years are counted from."""
    if a.kind != "relative" or a.prec != "day" or len(a.vs) != 10 or not pub or len(pub) != 10:
        return False
    return abs((_dt.date.fromisoformat(a.vs) - _dt.date.fromisoformat(pub)).days) <= NEWS_DAY_MAX


# an annual report's title naming the year it reports on ("2023 Country Reports on Human Rights
# Practices: Pakistan", "Annual Report 2023"): its year-less dates fall in that year
_REPORT_TITLE = re.compile(r"(?i)(?:\b(?P<a>(?:19|20)\d\d)\b[^\n.]{0,60}?\b(?:reports?|review|yearbook|survey)\b"
                           r"|\b(?:annual\s+report|yearbook|year\s+in\s+review)\b[^\n.]{0,30}?\b(?P<b>(?:19|20)\d\d)\b)")


def _report_year(text: str, pub: str | None) -> str:
    """The year an annual report reports on, from a title in its first line, when it was published
    in the year after (else "")."""
    m = _REPORT_TITLE.search(text, 0, max(0, text.find("\n")) or len(text))
    year = (m["a"] or m["b"]) if m else ""
    return year if year and pub and len(pub) >= 4 and int(pub[:4]) == int(year) + 1 else ""


def _resolve(atoms: list[_A], dct: "_Dct", text: str = "") -> None:
    """Resolve anaphora and year-less dates against the last explicit expression, in text order.

    Explicit anchors are dates, months, years, ranges (end for "later", start for "earlier"),
    open ranges (their start), parts of years, fiscal years, one-day named events and resolved
    relative expressions other than the publication day ("this summer", not "today"). A date or
    month without a year ("on 5 December", "since August") takes its year from a date, month or
    year that dates it (`_scopes`; in narrative order, so "September 2024 … in May" is May 2025),
    else from the publication date (the occurrence nearest to it, or the next one in a sentence
    about the future), else from any earlier explicit expression.
    """
    last: _A | None = None
    last_day: _A | None = None  # the last antecedent at day precision
    last_fine: _A | None = None  # the last antecedent at month or day precision
    last_dated: _A | None = None  # the last date, month, year or part of a year
    last_far: _A | None = None  # the last antecedent that is no news day ("the Pentagon said on Wednesday")
    last_span: _A | None = None  # the last antecedent running over several years ("from 1953 to 1956")
    last_decade: _A | None = None  # the last decade named ("the 1980s"), for "that decade"
    entry = -1  # the dated entry heading the current atom sits under (index into dct.marks)
    report_year = _report_year(text, dct.at(0))
    for a in atoms:
        pub = dct.at(a.s)
        if dct.marks and (k := dct.index(a.s)) != entry:
            entry = k  # a diary entry's heading ("Monday, 11 July 2011") is what its anaphora count from;
            if k >= 0 and dct.marks[k][1]:  # its year-less dates take the entry's date as publication
                s, d = dct.marks[k]
                last = _A(s, s, "entry", d, d, _prec_of(d), f"entry:{d}")
        if last is not None and last.prec == "day" and last.vs:
            last_day = last
        if last is not None and last.prec in ("day", "month") and last.vs and last.kind != "entry":
            last_fine = last
        if last is not None and last.kind in ("date", "month", "year", "part_of_year") and last.vs:
            last_dated = last
        if last is not None and last.vs and last.ve and last.ve[:4] > last.vs[:4] and last.kind != "anaphoric":
            last_span = last
        if (a.kind == "span" and a.anchor.startswith(("published:", "entry:")) and last_day is not None and last is last_day
                and last_day.kind == "date" and not _SENT_END.search(text, last_day.e, a.s)
                and "\n" not in text[last_day.e:a.s]
                and (_REPORTED_THAT.match(text, last_day.e, a.s) or (_SAYING_ON.search(text, max(0, last_day.s - 60), last_day.s)
                                                                     and _THAT_AFTER.match(text, last_day.e, a.s)))):
            _respan(a, last_day.vs)  # a span in what a dated statement says counts from the statement
        if a.kind == "anaphoric":
            unit, k, side, *month = a.info  # month anaphors carry the month named, "the six years" "exact"
            if (unit in _COARSE_UNITS and (k == 0 or unit == "these") and last is not None
                    and last is not last_far and last_far is not None):
                last = last_far  # "... for fiscal year 2015, the Pentagon said on Wednesday ... for that year": 2015
                # (a shift, "Two years earlier", may count from the news day: "confirmed yesterday ...")
            if unit == "decade_cal" and last_decade is not None and (last is None or last_decade.s > last.s):
                last = last_decade  # "in December 1978, and for the whole of the 1980s ... All through that decade"
            if last is None:
                a.anchor = "unresolved"
                continue
            if unit in ("day", "week_cal") and last.prec != "day" and (
                    k == 0 or (last_day and last.kind in ("range", "fiscal_year", "span", "open_range")
                               and text.count("\n\n", last_day.e, a.s) <= (unit == "week_cal"))):
                # "that day", "that week" need a day: skip a nearer, coarser time; with none before it
                # the phrase names no calendar time ("before that week's seminar"). "Three days later",
                # "the following week" skip only a range or fiscal years named since a day of the same
                # paragraph (of the one before, for a week)
                if last_day is None:
                    a.anchor = "misfit"
                    continue
                last = last_day
            elif (unit == "month" and k and last.kind == "fiscal_year" and last_fine is not None
                  and "\n" not in text[last_fine.e:a.s]):
                last = last_fine  # "In October 2011, ... its FY 2012 plan. The following month": a month's
            v = last.vs if (side == "start" or last.kind == "open_range" or not last.ve) else last.ve
            if unit == "since":  # "since then": from the antecedent to publication (or the entry's date)
                a.vs, a.ve, a.prec = v, pub or "", _prec_of(v)
            elif unit == "these":  # "these years": the antecedent itself
                span = int(last.ve[:4]) - int(last.vs[:4]) + 1 if last.vs and last.ve else 0
                exact = month == ["exact"]  # "the six years": a range of exactly that many years
                if (exact and not k and last_span is not None and last_span is not last
                        and text.count("\n\n", last_span.e, a.s) <= 1):
                    last = last_span  # "from 1953 to 1956 ... signed on 19 May 1955. // During the same years": the range
                    span = int(last.ve[:4]) - int(last.vs[:4]) + 1
                elif (not k and span <= 1 and last_span is not None and last_span is not last and last.vs
                      and "\n\n" not in text[last_span.e:a.s] and re.search(r"years\b", text[a.s:a.e], re.I)
                      and last_span.vs[:4] <= last.vs[:4] <= (last_span.ve or last_span.vs)[:4]):
                    last = last_span  # "Since 2002, ... At the peak, in fiscal year 2010, ... in those years": years, the span
                    span = int(last.ve[:4]) - int(last.vs[:4]) + 1 if last.ve else 0
                if (k and not (span and abs(span - k) <= max(1, k // 10))) or (exact and not (span > 1 and span == (k or span))):
                    a.anchor = "misfit"  # "these four decades" after "October 1990": not an anaphor of it
                    continue
                v = last.vs
                a.vs, a.ve, a.prec = last.vs, last.ve, last.prec
            elif unit in ("month_of", "month_next"):  # "September of that year", "the following March"
                y, mo = int(v[:4]), month[0]
                if unit == "month_of":
                    y += k
                else:  # the next (or previous) such month after the antecedent's month
                    am = int(v[5:7]) if len(v) >= 7 else None
                    y += (1 if am is None or mo <= am else 0) if k > 0 else -(1 if am is None or mo >= am else 0)
                a.vs = a.ve = _ym(y, mo)
                a.prec = "month"
                if len(month) > 1 and unit == "month_of":  # "November 26 of that year"
                    try:
                        a.vs = a.ve = _dt.date(y, mo, month[1]).isoformat()
                        a.prec = "day"
                    except ValueError:
                        pass
            elif unit in ("season_of", "season_next"):  # "that autumn", "the following spring"
                y, (lo, hi) = int(v[:4]), month
                if unit == "season_of":
                    y += k
                elif k > 0:  # the next such season after the antecedent's month
                    am = int(v[5:7]) if len(v) >= 7 else None
                    y += 1 if am is None or lo <= am else 0
                else:  # "the previous summer" after "in January 2012": the one before its month
                    am = int(v[5:7]) if len(v) >= 7 else None
                    y -= 1 if am is None or hi >= am else 0
                a.vs, a.ve = _months(y, lo, hi)
                a.prec = "month"
            elif unit == "week_cal" and len(v) == 10:  # "the following week": the Monday–Sunday week
                a.vs, a.ve = _week(_dt.date.fromisoformat(v), k)
                a.prec = "day"
            elif unit == "decade_cal" and k == 0 and last_decade is None and last_span is not None \
                    and last is last_span and 5 <= int(last.ve[:4]) - int(last.vs[:4]) <= 12:
                # "that decade" after "Between 2002 and 2011" with no decade named: that range (GUIDELINES 8.22)
                a.vs, a.ve, a.prec = last.vs, last.ve, last.prec
            elif unit == "decade_cal":  # "the following decade": a calendar decade
                d = int(v[:4]) // 10 * 10 + 10 * k
                a.vs, a.ve, a.prec = str(d), str(d + 9), "decade"
            else:  # a week before a day-precision antecedent is seven days
                val, a.prec = _shift(v, unit.removesuffix("_cal"), k)
                a.vs = a.ve = val
            a.anchor = f"entry:{v}" if last.kind == "entry" else f"previous:{v}@{last.s}"
            if unit in ("year", "month", "week", "week_cal", "day", "decade", "month_of", "month_next",
                        "season_of", "season_next"):
                last = last_far = a  # "A decade later ... That same year ... The following year": a chain
            continue
        if a.info is not None and not a.vs and a.kind in ("date", "month", "open_range"):
            month_only = a.info[0] == "M"
            src = anchor = None
            future = bool(pub) and _future_at(text, a.s)
            ante = last  # the antecedent; past a named day back to the chronology label that scopes it
            if (last is not None and last.kind == "named_period" and last_dated is not None and not future
                    and "\n" not in text[last_dated.e:a.s] and _scopes(text, last_dated, a)):
                ante = last_dated  # "September 2001 — After 9/11, ... waives the sanctions on 22 September"
            near = (ante is not None and (ante.kind in ("date", "month", "year", "part_of_year", "relative", "anaphoric")
                                          or ante.kind == "range" and ante.vs[:4] == ante.ve[:4] != "")  # "June 6-9, 1989"
                    and not future and (_scopes(text, ante, a) or _chained(text, ante, a))
                    and not (pub and _THIS_YEAR.search(_sentence_at(text, a.s))))  # "on 26 September, his second visit this year"
            if ante is not None and (not pub or near):
                src = (ante.vs if ante.kind == "open_range" else ante.ve) or ante.vs
                anchor = f"previous:{src}@{ante.s}"
                month = a.info[1] if month_only else a.info[0]
                if (len(src) >= 7 and month < int(src[5:7]) and ante.kind != "anaphoric"  # "Six months later, in June": its year
                        and not _BACKWARD.search(text, ante.e, a.s)
                        and not _AFTER_CLAUSE.match(text, ante.e, a.s)  # "in December 2011, following the attack on 26 November"
                        and (not pub or f"{int(src[:4]) + 1:04d}-{month:02d}" <= pub[:7])):
                    src = f"{int(src[:4]) + 1:04d}"  # "approved in September 2024 and added ... in May": May 2025
            elif pub:
                src, anchor = pub, dct.label(a.s)
                if len(pub) >= 7:  # the occurrence nearest the publication date, or the next one if future
                    y, mo = int(pub[:4]), int(pub[5:7])
                    ahead = (a.info[1] if month_only else a.info[0]) - mo
                    if future:
                        y += ahead < 0  # "the next review is due in March" (published in August)
                    elif ahead > 6 or (ahead > 0 and _past_at(text, a.s) and not _in_editors_note(text, a.s)):
                        y -= 1  # "in November" in a February article, "approved in June" in March: the last one
                    if report_year and not future and entry < 0:
                        y = int(report_year)  # an annual report on the year before its publication
                    src = f"{y:04d}"
            v_end = None
            if not src:
                v = None
            elif month_only and len(a.info) == 4:  # "late September": the days of that part
                y, mo, lo, hi = int(src[:4]), *a.info[1:]
                v, v_end = _ymd(y, mo, lo), _ymd(y, mo, min(hi, calendar.monthrange(y, mo)[1]))
            elif month_only:
                v = _ym(int(src[:4]), a.info[1])
            else:
                v = _ymd(int(src[:4]), *a.info)
                v = _weekday_year(text[a.s:a.e], v, int(src[:4]), a.info) or v
            if v is None:
                a.anchor = "unresolved"
            elif a.kind == "open_range":
                a.vs = v
            else:
                a.vs, a.ve, a.anchor = v, v_end or v, anchor
        if a.kind == "decade" and a.vs:
            last_decade = a
        if a.vs and (a.kind in _EXPLICIT_KINDS or (a.kind == "relative" and a.vs != pub)  # not "today"
                     or (a.kind == "named_period" and a.prec == "day" and a.vs == a.ve)):
            last = a  # a one-day named event (9/11) is as good as a date
            if not _news_day(a, pub):
                last_far = a


# --------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------

_DCT_HANDLERS = frozenset({_h_eoy, _h_ery, _h_rla, _h_rlb, _h_rlc, _h_rld, _h_rlm, _h_rls, _h_rsy, _h_spa, _h_spb, _h_mry, _h_pyr, _h_pmr, _h_rny})
# a sentence end, not a middle initial after a name ("George W. Bush"); "the U.S. On Monday" still ends
_SENT_END = re.compile(r"(?<![a-z] [A-Z])[.!?][”’\"')\]]*\s+(?=[A-Z“\"‘'(])")
_SINGLE_OPEN = re.compile(r"(?<![\w'‘’])['‘](?=[^\W\d])")  # not an apostrophe ("Pakistan's", "the '90s")
SINGLE_QUOTE_REACH = 600  # a quotation in single marks is looked for this far back
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?![\w'‘’])")
_QUOTE_DATE_KINDS = ("date", "month")  # a bare year ("from 2018") rarely dates a quotation


def _quote_date(text: str, atoms: list[_A], a: _A) -> str | None:
    """The date stated for the quotation that holds ``a`` ("In a tweet on 1 January 2018, X said “...”").

    ``a`` must sit inside an open quotation of its paragraph; the date is the last explicit date
    or month of the same sentence before the opening quotation mark.
    """
    para = text.rfind("\n", 0, a.s) + 1
    seg = text[para:a.s]
    q = seg.rfind("“")
    if q < 0 or q < seg.rfind("”"):
        q = seg.rfind('"') if seg.count('"') % 2 else -1
    if q < 0:  # a quotation in single marks ("the US had 'foolishly given Pakistan ... over the last 15 years'")
        lo = max(0, len(seg) - SINGLE_QUOTE_REACH)
        opens = [k.start() for k in _SINGLE_OPEN.finditer(seg, lo)]
        q = opens[-1] if opens and not _SINGLE_CLOSE.search(seg, opens[-1] + 1) else -1
    if q < 0:
        return None
    q += para
    sent = para
    for m in _SENT_END.finditer(text, para, q):
        sent = m.end()
    best = None
    for b in atoms:
        if b.s >= q:
            break
        if b.s >= sent and b.kind in _QUOTE_DATE_KINDS and b.vs and b.vs == b.ve:
            best = b.vs
    return best


def _reanchor_quotes(text: str, atoms: list[_A], relative, alias_map) -> None:
    """Resolve relative expressions inside a dated quotation against the quotation's date."""
    for i, d, handler in relative:
        when = _quote_date(text, atoms, atoms[i])
        if when:
            a = handler(d, _Ctx(text, when, alias_map))
            if a is not None:
                a.anchor = a.anchor.replace("published:", "quoted:")
                atoms[i] = a


def _reanchor_open_ranges(text: str, atoms: list[_A]) -> None:
    """An open range inside a dated quotation ("wrote in November 2018 that aid was “$20 bn since
    2001”") runs to the quotation's date, not to publication."""
    for a in atoms:
        if a.kind == "open_range" and a.vs and (when := _quote_date(text, atoms, a)):
            a.ve, a.anchor = when, f"quoted:{when}"


class _Dct:
    """The publication date, or the date of the dated entry heading a position sits under."""

    __slots__ = ("pub", "marks", "_starts")

    def __init__(self, pub: str | None, anchors: Sequence[tuple[int, str]] = ()):
        self.pub = pub
        # a blank date ends an entry: from there on, times count from publication again
        self.marks = sorted(((s, _parse_published(d) if d else None) for s, d in anchors),
                            key=lambda m: m[0])
        self._starts = [s for s, _ in self.marks]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> str | None:
        k = self.index(pos) if self.marks else -1
        return self.marks[k][1] if k >= 0 and self.marks[k][1] else self.pub

    def label(self, pos: int) -> str:
        """The `anchor` text for a time counted from the date at `pos` ("" when there is none)."""
        v = self.at(pos)
        return "" if not v else (f"entry:{v}" if v != self.pub else f"published:{v}")


class _Ctx:
    __slots__ = ("text", "pub", "alias_map", "july_fy", "july_fy_defined", "_order", "_pk_budget")

    def __init__(self, text, pub, alias_map):
        self.text, self.pub, self.alias_map = text, pub, alias_map
        labelled = "FY" in text  # the July-June tests look for FY labels: none, nothing to test
        self.july_fy_defined = labelled and bool(_JULY_FY_DEFINED.search(text))
        self.july_fy = self.july_fy_defined or (labelled and bool(_JULY_FY_GLOSS.search(text) or _JULY_FY_NOTE.search(text)
                                                                  or any(map(_july_only, _FY_MONTHS.finditer(text)))))
        self._order = ""
        self._pk_budget = None

    def pk_budget(self) -> bool:
        """Does the text count in Pakistan's budget years: a glossed July-June year, or a paragraph
        with a budget-year label ("2023-24", the second year the next) beside a rupee amount or a
        budget named by one ("Federal Budget 2024-25")? Then "the current fiscal year" is
        Pakistan's (GUIDELINES 8.11)."""
        if self._pk_budget is None:
            self._pk_budget = self.july_fy or any(
                _RUPEES_OR_BUDGET.search(para) and any(int(m[2]) == (int(m[1]) + 1) % 100 for m in _YEAR_LABEL_IN_TEXT.finditer(para))
                for para in self.text.split("\n\n"))
        return self._pk_budget

    def numeric_order(self) -> str | None:
        """How the text writes its all-numeric dates ('dmy', 'mdy' or None), found once."""
        if self._order == "":
            self._order = numeric_order(self.text)
        return self._order


# Pakistan's budget years (`_Ctx.pk_budget`): a label "2023-24" and a rupee amount or "Budget 2024-25"
_YEAR_LABEL_IN_TEXT = re.compile(r"(?<![\d-])((?:19|20)[0-9]{2})-([0-9]{2})(?![\d-])")
_RUPEES_OR_BUDGET = re.compile(r"\bRs\.?\s?[0-9]|[0-9]\s*(?:(?:million|billion|trillion|crore|lakh)\s+)?rupees\b"
                               r"|\bPKR\s?[0-9]|\bbudget\s+(?:speech\s+|statement\s+|estimates\s+)?(?:for\s+)?(?:19|20)[0-9]{2}-[0-9]{2}\b",
                               re.I)  # an amount in rupees, or a budget named by its year ("Budget Speech 2019-20")
# a data sheet's field saying the fiscal year runs July to June ("FISCAL YEAR" / "July 1 - June 30"), at a
# line's start: not a sentence about one country's fiscal year in a text that also counts another's
_JULY_FY_NOTE = re.compile(r"(?im)^\s*fiscal\s+year\b[\s:]*(?:\(FY\)\s*)?(?:runs\s+|begins\s+(?:on\s+)?)?(?:from\s+)?"
                           r"(?:1\s+July|July\s+1(?:st)?)\s*(?:[-–—]|to|through)\s*(?:30\s+June|June\s+30(?:th)?)")
# the text defines its "FY" labels as years ending in June ('"FY" followed by a year means the fiscal
# year ... ending on 30 June of that year', "FY2023, the fiscal year ended 30 June 2023"): every FY label
# it writes, four-digit ones too, runs July to June (a US fiscal year it names as such stays US)
_JULY_FY_DEFINED = re.compile(
    r"\bFY\b[\"”’']?\s+(?:followed\s+by\s+a\s+year\s+|and\s+a\s+year\s+)?(?:means|refers\s+to|denotes|stands\s+for)\b[^.;]{0,100}?"
    r"\b(?:ending|ends)\s+(?:on\s+)?(?:30\s+June|June\s+30(?:th)?)\b"
    r"|\bFY\s?(?P<y>(?:19|20)[0-9]{2}),\s+(?:i\.e\.,?\s+)?the\s+(?:fiscal|financial)\s+year\s+(?:ended|ending)\s+(?:on\s+)?"
    r"(?:30\s+June,?|June\s+30,)\s+(?P=y)\b")
# a run of months labelled with a fiscal year ("July-November FY25", "Jul-Mar FY24"): when the run
# cannot lie inside an October-September year but can inside a July-June one, the text counts in
# July-June years (Pakistan's), as SBP statements and the Economic Survey do
_FY_MONTHS = re.compile(rf"{_m('a')}{_DASH}{_m('b')},?\s+FY\s?-?[0-9]{{2}}(?:[0-9]{{2}})?\b", re.I)


def _july_only(m) -> bool:
    """Can the run of months `m` lie inside a July-June year but not inside an October-September one?"""
    a, b = _mon(m["a"]), _mon(m["b"])
    return _run_fits(a, b, 7) and not _run_fits(a, b, 10)


# a two-digit fiscal label glossed as July to June ("FY24 (July 2023-June 2024)"): the text counts
# in Pakistan's fiscal year, so its other two-digit labels ("in FY24") run July to June too
_JULY_FY_GLOSS = re.compile(r"\bFY\s?-?(?P<yy>[0-9]{2})\s*\(\s*Jul(?:y|\.)?\s+(?P<a>(?:19|20)[0-9]{2})\s*"
                            r"(?:[-–—/]|\bto\b)\s*June?\.?\s+(?P<b>(?:19|20)[0-9]{2})\s*\)")


# How a branch's match can begin: D a digit, A an apostrophe before a digit ('90s), L a word.
_GROUPS = {
    "iso": "D", "num": "D", "dra": "L", "drb": "L", "drc": "DL", "drd": "DL", "mra": "L", "mfy": "L", "fy": "L",
    "yra": "D", "mdy": "L", "dmy": "DL", "dwy": "L", "pda": "L", "pdb": "L", "pma": "L", "pmb": "L", "pmc": "L", "pmn": "L", "pfq": "L", "pfe": "L", "pfp": "DL", "fyl": "D",
    "mry": "DL", "pyr": "L", "pmr": "L", "pya": "L", "pyb": "L", "pyc": "L", "pyd": "DL", "pyg": "L", "pye": "L", "pyf": "L", "mon": "L",
    "npc": "L", "np": "DL", "dec": "DAL", "ded": "L", "deb": "D", "dew": "L", "cen": "DL", "spa": "L", "spb": "L",
    "anp": "L", "ana": "L", "anb": "L", "anc": "L", "anz": "L", "ane": "DL", "rla": "L",
    "eoy": "L", "ery": "L", "rny": "L", "rlb": "L", "rld": "DL", "rlc": "L", "mdn": "L", "dmn": "DL", "yr": "D", "ans": "L", "ant": "L", "anm": "DL", "ano": "L", "sns": "L",
    "mob": "L", "moa": "L", "hol": "L", "rlm": "L", "rls": "L", "rsy": "L", "rlt": "L", "yap": "A",
    "dtg": "D", "mil": "D", "pmw": "L",
}
_UNIT_RX = r"(?:year|month|week|day|decade|centur)"
_WD_RX = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MON_RX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_SEASON_RX = r"(?:spring|summer|autumn|fall|winter)"
_TERM_RX = r"(?:(?:school\s+)?(?:term|semester))"
_TERM_OWNER = re.compile(r"(?:\b(?:his|her|their|its|my|our|your|the|a|second|first)|['’]s)\s+$", re.I)  # "his last term"
# Trigger words of group O with the context that must follow them (checked only after the word).
_SEASON_NEXT = r"(?i:\s+(?:of\s+)?(?:[0-9'’‘]|(?:this|last|next)\s+year\b(?!['’]s)))"  # "spring 2019", "spring of this year"
_OTHER_WORDS = {
    "between": rf"(?i:\s+(?:[0-9]|{_MON_RX}))", "from": rf"(?i:\s+(?:[0-9]|{_MON_RX}))",
    "fiscal": r"(?i:\s+(?:years?\s+)?(?:\(FY\)\s*)?['’‘]?[0-9])", "financial": r"(?i:\s+years?\s+(?:\(FY\)\s*)?[0-9])", "early": "", "mid": "", "late": "", "final": "",
    "end": rf"\s*[-–]\s*(?i:{_MON_RX})",
    "closing": "", "first": r"(?i:\s+quarter)", "second": r"(?i:\s+quarter)",
    "third": r"(?i:\s+quarter)", "fourth": r"(?i:\s+(?:quarter|of\s+july\b))",
    "last": rf"(?i:\s+(?:(?:fiscal|financial)\s+year|{_UNIT_RX}|{_WD_RX}|night|quarter|{_MON_RX}|{_SEASON_RX}|{_TERM_RX}))",
    "next": rf"(?i:\s+(?:(?:fiscal|financial)\s+year|{_UNIT_RX}|{_WD_RX}|{_MON_RX}|{_SEASON_RX}|{_TERM_RX}))",
    "this": rf"(?i:\s+(?:past\s+|coming\s+)?(?:(?:fiscal|financial)\s+year|{_UNIT_RX}|{_WD_RX}|morning|afternoon|evening|{_MON_RX}|{_SEASON_RX}|{_TERM_RX}))",
    "that": rf"(?i:\s+(?:same\s+|very\s+)?(?:fiscal\s+|financial\s+)?(?:{_UNIT_RX}|night|morning|evening|afternoon|period|{_MON_RX}|{_SEASON_RX}))",
    "new": r"(?:(?i:\s+year['’]s\s+(?:day|eve)\b)|\s+Year\s+[a-z])", "christmas": r"(?i:\s+(?:day|eve|(?:of\s+)?(?:1[89]|20)[0-9][0-9])\b)",
    "later": r"(?i:\s+(?:(?:in\s+)?th(?:at|is)|today|tonight)\b)",
    "earlier": r"(?i:\s+(?:(?:in\s+)?th(?:at|is)|today|tonight)\b)",
    "over": r"(?i:\s+the\b)",
    "spring": _SEASON_NEXT, "summer": _SEASON_NEXT,
    "autumn": _SEASON_NEXT, "fall": _SEASON_NEXT,
    "winter": _SEASON_NEXT, "twenty": r"(?i:[\s-]+(?:first|second)\s+century)",
    "since": r"(?i:\s+th(?:en|at)\b)", "ever": r"(?i:\s+since\s+th(?:en|at)\b)",
    "these": r"(?i:\s+(?:[\w-]+\s+)?(?:years|yrs|decades)\b)", "those": r"(?i:\s+(?:[\w-]+\s+)?(?:years|yrs|decades)\b)",
    "recently": "", "today": "", "yesterday": "", "tomorrow": "", "tonight": "",
    "twentieth": "", "nineteenth": "", "eighteenth": "", "seventeenth": "", "sixteenth": "",
    "fifteenth": "", "U.S.": r"\s+(?i:fiscal|financial)\s", "US": r"\s+(?i:fiscal|financial)\s",
}
# a day in words starts with one of these, and is followed by its month ("twelfth of October", "twenty-second of September")
_DAY_WORD_HEADS = sorted({k.split("-")[0] for k in _DAY_ORDINALS})
_DAY_WORD_TAIL = rf"(?i:[\s-]+(?:\w+[\s-]+)?of\s+{_MON_RX})"
_NUM_WORDS = ("a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
              "eighty ninety hundred couple").split()
_UNIT_WORDS = "year years month months week weeks day days decade decades century centuries".split()
_AFTER_THE = (
    "early mid late final closing end close beginning start middle first second third fourth last "
    "latter spring summer autumn fall winter past next coming upcoming new same following previous preceding "
    "prior subsequent current year month week day twenty twentieth nineteenth eighteenth seventeenth "
    "sixteenth fifteenth nineteen twenties thirties forties fifties sixties seventies eighties nineties").split()
_MONTH_WORDS = ("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sept sep oct nov dec").split() + list(_MISSPELT_MONTHS)


def _master(branches, periods) -> re.Pattern:
    """The fast scanner: a separator, a cheap guard on the first word, then the branches.

    Compiled case-sensitively so the guard (one trie of every word that can begin or trigger
    an expression, with the context some need) rejects most words on their first letter;
    branch bodies carry their own (?i:...) and drop inner groups (a hit is re-parsed).
    """
    aliases = {a for p in periods for a in p.aliases}
    heads = _heads(aliases)
    firsts = {re.split(r"[\s\-–—‐'’.]+", a.strip())[0] for a in aliases | set(heads)}
    after_the = _trie({w for w in set(_AFTER_THE + _MONTH_WORDS + _NUM_WORDS) | firsts if w and not w[0].isdigit()})
    words = [(w, "") for w in _MONTH_WORDS + list(_WEEKDAYS) + sorted(aliases)]
    words += list(_OTHER_WORDS.items()) + [(w, _DAY_WORD_TAIL) for w in _DAY_WORD_HEADS]
    words += [(h, r"\s+(?i:and)\b") for h in heads]
    num_tail = r"\s+(?:(?:[Cc]ouple\s+of|[Hh]undred)\s+)?" + _trie(_UNIT_WORDS)
    words += [(w, num_tail) for w in _NUM_WORDS] + [("the", rf"\s+(?:[0-9'’]|{after_the})")]
    words += [(w, rf"[-\s](?i:{_DIGIT_WORDS})" + num_tail) for w in _TENS_WORDS]  # "seventy-six years"
    merged: dict = {}
    for w, tail in words:
        old = merged.get(w)
        merged[w] = tail if old is None else ("" if "" in (old, tail) else f"(?:{old}|{tail})")
    guards = [("D", "[0-9]"), ("A", "['’‘][0-9]"), ("L", f"(?:{_trie(merged)}|[Ff][Yy]|[QqHh][1-4])")]
    alts = []
    for g, guard in guards:
        members = [f"(?i:{re.sub(r'[(][?]P<[a-z_0-9]+>', '(?:', p)})(?P<{n}__{g}>)"
                   for n, p in branches if g in _GROUPS[n]]
        alts.append(f"(?={guard})(?:{'|'.join(members)})")
    return re.compile(r"[^\w](?:" + "|".join(alts) + ")")


_COMPILED: dict = {}


def _compiled(periods: tuple[NamedPeriod, ...]):
    """Scanner, detail regexes, handlers and alias map for a codebook (cached per codebook)."""
    hit = _COMPILED.get(id(periods))  # fast path: the same tuple object again
    if hit is None or hit[0] is not periods:
        hit = _COMPILED.get(periods)
    if hit is not None:
        return hit[1:]
    branches = _branches(periods)
    master = _master(branches, periods)
    detail = {n: re.compile(p, re.IGNORECASE) for n, p in branches}
    route = {f"{n}__{g}": (detail[n], _HANDLERS[n]) for n, _ in branches for g in _GROUPS[n]}
    alias_map = {}
    for p in periods:
        for a in p.aliases:
            alias_map.setdefault(_alias_key(a), p)
    if len(_COMPILED) > 32:
        _COMPILED.clear()
    _COMPILED[id(periods)] = _COMPILED[periods] = (periods, master, route, alias_map)
    return master, route, alias_map


@functools.lru_cache(maxsize=8)
def _era_keys(periods: tuple[NamedPeriod, ...]) -> frozenset[str]:
    """Lookup keys of the aliases of eras (presidencies, regimes) in a codebook."""
    return frozenset(_alias_key(a) for p in periods if p.kind == "era" for a in p.aliases)


def _is_era(span: str, keys: frozenset[str]) -> bool:
    key = f" {_alias_key(span)} "
    return key.endswith(" administrations ") or any(f" {k} " in key for k in keys)


def tag(text: str, published: str | None = None,
        periods: Sequence[NamedPeriod] | None = None, eras: bool = False,
        anchors: Sequence[tuple[int, str]] = ()) -> list[Timex]:
    """Tag every time expression in ``text``; sorted, non-overlapping, values resolved where possible.

    ``anchors`` are dated entry headings dropped by cleaning, as (offset, ISO date): after each
    offset, relative expressions count from that date and anaphora may refer to it (a diary's
    "yesterday" under "Monday, 11 July 2011"), as `corpus.Document.anchors` gives them.

    Presidencies and regimes ("the Obama administration", "the Zia era": codebook rows of kind
    ``era``) have no calendar value in the text, so they are not time expressions; with
    ``eras=True`` they are returned too, with kind ``era``, for checking a stated date against
    the era named beside it ("In 2016, the Trump administration ...").
    """
    if periods is None:
        periods = _default_periods()
    elif not isinstance(periods, tuple):
        periods = tuple(periods)
    master, route, alias_map = _compiled(periods)
    shown, text = text, typeset.plain(text)  # "28~May 1998", "1998--2001" read as typeset
    pub = _parse_published(published)
    dct = _Dct(pub, anchors)
    ctx = _Ctx(text, pub, alias_map)
    atoms = []
    relative = []  # (index, match, handler) of expressions counted from the publication date
    apparatus = _apparatus(text)  # citations, stamps, datelines, copyright: dates the text does not speak of
    for m in master.finditer(" " + text):  # the leading space is the first separator
        rx, handler = route[m.lastgroup]
        d = rx.fullmatch(text, m.start(), m.end() - 1)
        if dct.marks:
            ctx.pub = dct.at(m.start())
        a = handler(d, ctx) if d is not None else None
        if a is not None and dct.marks and ctx.pub != pub:
            a.anchor = a.anchor.replace("published:", "entry:")
        if a is not None and apparatus and _inside(a, apparatus):
            continue  # the year of an author-year citation, "(Kux 2001, 116)", or a notice's stamp
        if a is not None:
            if handler in _DCT_HANDLERS:
                relative.append((len(atoms), d, handler))
            atoms.append(a)
    if relative and ("“" in text or '"' in text or "'" in text or "‘" in text):
        _reanchor_quotes(text, atoms, relative, alias_map)
    atoms = _combine(text, atoms, dct)
    if "“" in text or '"' in text:
        _reanchor_open_ranges(text, atoms)
    _resolve(atoms, dct, text)
    atoms = _yearless_ranges(text, atoms)
    keys = _era_keys(periods)
    out = []
    for a in atoms:
        # an era, alone or as the start of "since the Trump administration", is no calendar time
        kind = "era" if a.kind in ("named_period", "open_range") and _is_era(text[a.s:a.e], keys) else a.kind
        if (kind != "era" or eras) and a.anchor != "misfit":
            out.append(Timex(a.s, a.e, shown[a.s:a.e], kind, a.vs, a.ve, a.prec, a.anchor))
    return out

