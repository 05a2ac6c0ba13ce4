"""Parse a full calendar date written as a whole line or a metadata field ("24 July 2025",
"September 19, 2025", "2025-07-24"), for publication dates. Running text goes through `timex`."""
from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?(?:the )?"
# a clock time and zone after the date ("September 8, 2022 3:47 PM GMT+5", an e-mail's
# "Fri, 20 Aug 2021 07:15:03 -0400", a meeting's "Tuesday, April 16, 2019 - 7:00 p.m."): the line is still one date
_CLOCK = (r"(?:(?:,? (?:at )?| [-–—|·] )(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m(?:\.|(?![a-z])))"
          r"(?: \(?(?:[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{4})\)?)?)?")  # also a meeting's "10 a.m."
_PATTERNS = [
    re.compile(rf"{_WEEKDAY}{_DAY}(?: day)? (?:of )?{_MONTH},? {_YEAR}{_CLOCK}", re.I),  # also "27th day of March, 2023"
    re.compile(rf"{_WEEKDAY}{_MONTH} {_DAY},? {_YEAR}{_CLOCK}", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ]\d[\d:.+Z-]*)?"),
    # the C library's and a mail archive's date ("Thu Mar  6 14:22:10 EST 2014"): weekday, month, day,
    # clock time, zone, then the year
    re.compile(rf"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? {_MONTH} {_DAY},? \d{{1,2}}:\d{{2}}(?::\d{{2}})?"
               r"(?: [a-z]{2,5})? (?P<year>\d{4})", re.I),
    # a military or diplomatic date-time group ("R 281130Z JAN 10": precedence, day, hour and
    # minute in UTC, month, year)
    re.compile(rf"(?:[A-Z] )?(?P<day>\d{{2}})\d{{4}}Z {_MONTH} (?P<year>\d{{4}}|\d{{2}})", re.I),
]
# a monitoring service's source date, the month abbreviated and the year in two digits ("1500 GMT
# 27 Jun 89"): read only as a whole field, never searched for in a line ("on 5 May 20 people")
_SHORT_YEAR = re.compile(rf"(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{2}})", re.I)
TWO_DIGIT_PIVOT = 50  # a two-digit year below this is 20xx, else 19xx ("JAN 10" -> 2010)


def century(yy: int) -> int:
    """A two-digit year with no other clue as a four-digit one (10 -> 2010, 98 -> 1998)."""
    return yy + (2000 if yy < TWO_DIGIT_PIVOT else 1900)


_MONTH_YEAR = re.compile(rf"{_MONTH},? {_YEAR}", re.I)
# an all-numeric date ("22-07-2019", "7/22/2019"): day-first or month-first by `numeric_order`
_NUMERIC = re.compile(rf"{_WEEKDAY}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep){_YEAR}{_CLOCK}", re.I)
_NUMERIC_IN_TEXT = re.compile(r"(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2\d{4}(?![\d/-]|\.\d)")


# a date written out, month first ("March 24, 2004") or day first ("24 March 2004")
_WRITTEN_MDY = re.compile(rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}}\b", re.I)
_WRITTEN_DMY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? \d{{4}}\b", re.I)


def numeric_order(text: str) -> str | None:
    """'dmy' or 'mdy' when the all-numeric dates in `text` show their order (a first number above
    12 is a day: "22-07-2019"), else 'dmy' when every date it writes out puts the day first ("22
    May 2024"); None when nothing shows it or the clues contradict each other. (A text that writes
    "May 22, 2024" may still write its numbers day first, as Pakistani papers do: no clue.)"""
    day_first = month_first = False
    for m in _NUMERIC_IN_TEXT.finditer(text):
        a, b = int(m[1]), int(m[3])
        day_first |= 12 < a <= 31 and b <= 12
        month_first |= 12 < b <= 31 and a <= 12
    if day_first != month_first:
        return "dmy" if day_first else "mdy"
    if day_first:
        return None
    return "dmy" if _WRITTEN_DMY.search(text) and not _WRITTEN_MDY.search(text) else None


def parse_date(text: str, month_ok: bool = False, order: str | None = None, short_year: bool = False) -> str | None:
    """ISO date if `text` (stripped) is exactly one full date, else None; with `month_ok`, a
    month and year ("June 2022") gives YYYY-MM. An all-numeric date is read in `order` ('dmy' or
    'mdy', see `numeric_order`), or without one only when the date itself shows it: a number
    above 12 is the day, equal numbers read either way, and a dotted date ("04.11.2023") is day
    first, as the places that write dates with dots do. With `short_year`, a monitoring service's
    "27 Jun 89" is read too (only where a source line's pattern has shown that it is a date)."""
    s = " ".join(text.strip().split())
    if month_ok:
        m = _MONTH_YEAR.fullmatch(s)
        month_no = MONTHS.get(m["month"].lower().rstrip(".")) if m else None
        if month_no:
            return f"{int(m['year']):04d}-{month_no:02d}"
    for pat in (*_PATTERNS, _SHORT_YEAR) if short_year else _PATTERNS:
        m = pat.fullmatch(s)
        if m:
            month = m["month"]
            month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            if month_no is None:  # a look-alike letter matched case-insensitively ("Auguſt")
                return None
            try:
                year = int(m["year"]) if len(m["year"]) == 4 else century(int(m["year"]))
                return dt.date(year, month_no, int(m["day"])).isoformat()
            except ValueError:
                return None
    if m := _NUMERIC.fullmatch(s):
        a, b = int(m["a"]), int(m["b"])
        order = order or ("dmy" if a > 12 or a == b else "mdy" if b > 12 else "dmy" if m["sep"] == "." else None)
        if order:
            day, month = (a, b) if order == "dmy" else (b, a)
            try:
                return dt.date(int(m["year"]), month, day).isoformat()
            except ValueError:
                return None
    return None


def is_iso_date(text: str) -> bool:
    """True for a valid ISO date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD)."""
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _full_dates(text: str) -> list[tuple[int, str]]:
    """(end offset in the space-normalised text, ISO date) of each full date written in `text`."""
    s = " ".join(text.split())
    found = []
    for pat in _PATTERNS:
        for m in pat.finditer(s):
            if (m.start() == 0 or not s[m.start() - 1].isalnum()) and (m.end() == len(s) or not s[m.end()].isalnum()):
                iso = parse_date(m.group(0))
                if iso:
                    found.append((m.end(), iso))
    return found


def search_date(text: str) -> str | None:
    """The last full date written anywhere in `text` ("Published in The Daily X, July 13th, 2023"), or None."""
    found = _full_dates(text)
    return max(found)[1] if found else None


def first_date(text: str) -> str | None:
    """The first full date written in `text` ("Recorded Jan. 5, 2024 ... Posted 2 April 2024"), or None."""
    found = _full_dates(text)
    return min(found)[1] if found else None


# a dateline opening a story's first paragraph with the full date ("Singapore, 31 July 2024 --
# Astra Sovereign Ratings has upgraded ...", "KARACHI, March 3, 2024 (Wire) — ..."): place, date,
# an agency in brackets at most, then a dash
LEAD_DATELINE = re.compile(
    r"(?m)^[A-Z][\w.'’-]+(?:[ /][A-Z][\w.'’-]+){0,3},\s+(?:[A-Z][\w.]{1,6},\s+)?"  # (a state: "TUCSON, Ariz.,")
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
    r"\s*(?:\([^()\n]{2,40}\)\s*|/[A-Za-z][\w -]{1,40}/\s*)?(?:--|[-–—])\s+(?=[A-Z“\"‘'])"  # the story's first sentence
    # after the dash (a wire's name between slashes before it: "Feb. 12, 2024 /PRNewswire-FirstCall/ --"),
    r"|^[A-Z][\w.'’-]+(?:[ /][A-Z][\w.'’-]+){0,3},?\s+(?:[A-Z][\w.]{1,6}\s*)?--\((?:BUSINESS WIRE|GLOBE NEWSWIRE|[A-Z][\w ]{1,30})\)--\s*"
    r"(?P<date2>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\s*--\s*")  # or a wire's name before it ("TUCSON, Ariz.--(BUSINESS WIRE)--Feb. 12, 2031--")


LEAD_MIN_WORDS = 12  # a lead dateline opens a paragraph of prose, not a heading ("Dhaka, 16 December 1971 — Surrender")


def lead_dateline(line: str) -> str | None:
    """The ISO date of a dateline opening `line`, a paragraph of prose ("Singapore, 31 July 2024 --
    Astra Sovereign Ratings has upgraded ..."), or None."""
    m = LEAD_DATELINE.match(line.strip())
    return parse_date(m["date"] or m["date2"]) if m and len(line.split()) >= LEAD_MIN_WORDS else None

