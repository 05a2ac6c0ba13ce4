"""Find page boilerplate in an article's lines: promotions, share buttons, bylines, footers.

Method (documented in docs/cleaning.md): line rules from the editable pattern file
`data/raw/codebooks/boilerplate.csv`, each with a scope —

- ``line``: drop the matching line;
- ``byline`` / ``dateline``: drop it, and keep the author / date it names as metadata;
- ``stamp``: a publication or update stamp ("Last updated 21 Feb 2024."): like ``dateline``, and
  also when it is one sentence of a short line of page notes ("Live coverage by our desks. Last
  updated 25 September 2025, 23:40 PKT. All times are PKT.");
- ``cta``: a call to action ("Explore Now!"): drop it and the promotion block just above it
  (up to three lines that use promotional wording (``promo_term``) or are short headings);
- ``footer``: once the article body has begun, a footer marker ("Was this Article helpful?")
  drops everything after it, provided at most one long paragraph follows (a marker that recurs
  after each item of a digest, "Read more: ...", only drops its own lines);
- ``section``: a heading of a section that is page matter, not article prose ("Guests",
  "About the author"): drops it and its lines up to the next heading;
- ``record``: a field line of a database record ("Publication info: ..."), dropped only inside a
  record of an export whose records are headed "Document 2 of 4";

plus structural rules that need no pattern: lines without a single letter (separators, view
counts), lines that are only a date or a clock time, a month line or a place-and-date line above
the body ("July 2023", "New York, 22 September 2023"), a masthead line with a date (or with the
run of an event), a navigation bar of short link labels, table rows (Markdown, plain-text
columns split by wide gaps, or runs of two-cell rows ending in a figure; a masthead set in
columns still dates the text, and a line set in columns above the body is read cell by cell: a
masthead if a cell is a date or a place and a date, else a header if its cells are short), an
infobox (four or more "Label: value" lines above the body) and its caption, a "This page was
last edited on ..." stamp under the references (it dates the page), the few short lines after a closing separator, short lines
repeated three or more times (running headers of a PDF extract), the author's name and bio
near a byline or closing the page, the title repeated as a heading, truncated teasers and
duplicated paragraphs, a back-of-book index (`index_entries`), other users' replies in a thread
(`_replies`). Post and comment headers (MESSAGE_STAMP_RULES) date their messages, not the page.
The earliest line that states a date gives the publication date.
Every drop carries its reason; nothing is removed silently.
"""
from __future__ import annotations

import bisect
import collections
import csv
import datetime as _dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .dates import lead_dateline, numeric_order, parse_date, search_date
from .errors import InputError
from .paths import CODEBOOKS
from .repair import ends_sentence
from .segment import split_sentences

SCOPES = ("line", "byline", "dateline", "stamp", "cta", "footer", "section", "promo_term", "record")
LINE_SCOPES = SCOPES[:7]          # scopes whose rule matches a whole line
DATE_SCOPES = ("dateline", "stamp")
CLOSING_MAX_LINES = 2      # short lines after a closing separator ("---") that are page footer
CREDIT_TAIL_LINES = 3      # last kept lines of a page searched for a closing credit (bio, print footer after it)
BODY_MIN_WORDS = 25        # a line this long with sentence punctuation is article prose
HEADING_MAX_WORDS = 20     # a title or heading is at most this long
PROMO_LOOKBACK = 3         # lines above a call to action that may belong to its promotion
FOOTER_MAX_BODY_AFTER = 1  # long paragraphs allowed after a footer marker
CLOSING_SIGNATORY_MAX_WORDS = 8  # a signatory's line between a letter's last paragraph and its date
LEAD_DATELINE_LINES = 3    # a story's lead dateline stands in one of its first kept lines
ENTRY_MIN_HEADINGS = 2     # full-date lines in the body that make a diary of dated entries
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*$")
_NAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.? )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}")


@dataclass(frozen=True)
class Rule:
    """One pattern from the boilerplate file."""

    rule_id: str
    scope: str
    regex: re.Pattern
    reason: str


@dataclass
class Findings:
    """Lines to drop (0-based index -> reason) and metadata read off dropped lines."""

    drops: dict[int, str] = field(default_factory=dict)
    author: str | None = None
    author_line: int | None = None
    date: str | None = None
    title: str | None = None
    title_line: int | None = None
    # dated entry headings inside the body (line -> ISO day): the full-date lines of a diary (two or
    # more), a second story's "Published: 14 March 2024 | Updated: ..." line; each anchors what follows
    anchors: dict[int, str] = field(default_factory=dict)
    # an entry dated by a line below its start (a note's closing "Islamabad, 3 July 2012", a comment's
    # signature): anchor key line -> the line that dates it, for provenance
    dated_by: dict[int, int] = field(default_factory=dict)
    # the dates of a results page's dated snippets: an item's date, never the page's own
    item_dates: frozenset[str] = frozenset()


_MASTHEAD_SPLIT = re.compile(r"\s+[|·•]\s+|(?<=\S)\s+>\s+")  # also a breadcrumb: "Home > Commons > 12 January 2023"
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs?|h))?(?:\s+[A-Z]{2,5})?", re.IGNORECASE)
_SEPARATOR = re.compile(r"[-—–_*=~•· ]{1,80}")
# a day divider of a chat export: a date between rules ("──── Monday, March 3rd, 2025 ────", "--- 4 May 2024 ---")
_RULE_CHARS = "-—–_=~─━═┄┈·•*"
_TABLE_ROW = re.compile(r"\|.*\|.*\|")  # a Markdown table row: starts and ends with |, one | inside
_RANGE_SPLIT = re.compile(r"\s+(?:[-–—]|to|until)\s+")
_STAMP_LABEL = re.compile(r"(?:\d+(?:st|nd|rd|th) )?(?:update[ds]?|posted|published|edited|revised|added|correction)", re.I)
_DATE_FIRST = re.compile(r"(?:[A-Z][a-z]+day,? )?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)")


RELATED_RULE = "related_section"  # a box of other stories' headlines: dropped up to the next blank line
HEADLINE_BOX_RULES = frozenset({"related"})  # footer markers that head such a box when they stand mid-page
# apparatus sections whose lines look like headings: a catalogue record ("Names: ...", "Classification:
# LCC ...") is one block, dropped up to the next blank line; a list of abbreviations ("CRS
# Congressional Research Service") runs as long as its lines are entries
BLOCK_SECTION_RULES = frozenset({"cip_section"})
LIST_SECTION_RULES = frozenset({"abbreviations_section"})


def _abbreviation_entry(line: str) -> bool:
    """A line of a list of abbreviations: a short token written mostly in capitals, then what it
    stands for, a name ("CRS   Congressional Research Service", "DoD - Department of Defense"),
    not a sentence ("US aid to Pakistan began in 1954, ...") nor a heading ("CHAPTER ONE")."""
    m = re.match(r"\s*([^\s:]{2,10}):?(?:\s+[-–—=]\s+|\s+)([A-Z(].*)", line)
    if not m or sum(c.isupper() for c in m[1]) < 2 or sum(c.islower() for c in m[1]) > 2:
        return False
    rest = m[2].strip()
    return (bool(re.search(r"[a-z]", rest)) and len(rest.split()) <= 14 and not rest.endswith((".", "!", "?", ":"))
            and not is_body(line))


def _drop_headlines(lines: list[str], i: int, n: int, drop, rule_id: str) -> None:
    """Drop the headline lines right under a related-stories heading at line i, up to a blank line
    or the first line that is no heading (prose goes on)."""
    for j in range(i + 1, n):
        if not lines[j].strip() or not is_heading(lines[j]):
            break
        drop(j, f"a headline in the box '{lines[i].strip()}' [{rule_id}]")


READ_TIME_RULE = "minutes_read"  # the codebook rule for "3 min read" (a test checks the codebook has every id named here)


def _is_rule(rules: tuple[Rule, ...], rule_id: str, text: str) -> bool:
    return any(r.rule_id == rule_id and r.regex.fullmatch(text) for r in rules)


def masthead_date(line: str, rules: tuple[Rule, ...], cells: tuple[str, ...] = ()) -> tuple[str, bool] | None:
    """The date in a masthead line such as "Policy Brief No. 27 | June 2022", "Backgrounder |
    Updated: 10 January 2024" or "Recorded 2 October 2023 · Released 9 October 2023" (short parts
    split by |, · or •, none ending a sentence; a part is a date or a `dateline` rule's line),
    and whether a label, a byline or a reading time names it (such a line is a masthead anywhere, not only above the body),
    or None; the first date wins. A part that is a range of dates (an event's run) makes a
    masthead without a publication date (""). `cells` are the line's parts when it was set in
    columns ("No. 104/2023        Islamabad, 8 March 2023"). After a labelled date in the first part,
    the other parts may be longer (a credit line's "Guest editors: ..." names)."""
    parts = [p.strip(" *_") for p in (cells or _MASTHEAD_SPLIT.split(line.strip()))]
    stamped = len(parts) >= 2 and _match(rules, parts[0], DATE_SCOPES)  # "Posted 18 November 2024 by ... · Guest editors: ..."
    if (len(parts) < 2 or len(line.split()) > 25
            or any(len(p.split()) > 12 and not (stamped and _NAMES_PART.match(p)) or p.endswith(".") for p in parts)):
        return None
    # "By Jane Doe · 18 April 2023"; an item's "Arab News · 30 Aug 2022 · 3 min read" on a feed page
    # and an alert's or entry's "9 Sep 2022 · 21:15 PKT": a clock time beside the date stamps the item
    # and a petition's "Update | December 2, 2023": a part that only labels the date as an update or a post
    bylined = any(_match(rules, part, ("byline",)) or _is_rule(rules, READ_TIME_RULE, part) or _CLOCK.fullmatch(part)
                  or _STAMP_LABEL.fullmatch(part) for part in parts)
    for part in parts:
        hit = _match(rules, part, DATE_SCOPES)
        stated = hit[1].groupdict().get("date") if hit else None
        if stated and (found := parse_date(stated, month_ok=True) or search_date(stated)):
            return found, True  # "Published: Thursday 14 March 2024": a label names it
        if found := parse_date(part, month_ok=True) or _place_date(part):
            return found, bylined
    for part in parts:  # the run of an exhibition or event ("20 October 2022 – 26 February 2023")
        ends = _RANGE_SPLIT.split(part)
        if len(ends) == 2 and all(parse_date(e, month_ok=True) for e in ends):
            return "", False
    return None


SHORT_YEAR_RULES = frozenset({"broadcast_source_line"})  # their dates may write the year in two digits ("27 Jun 89")
# a forwarded post's or news item's line ("[Forwarded from X · originally posted 02.05.2023]", "Fwd: Dawn,
# May 19, 2023:"): several of them each date their own item, none the page
FORWARDED_RULES = frozenset({"forwarded_from", "forwarded_item"})
MESSAGE_HEADER_RULES = frozenset({"chat_header", "broadcast_source_line"}) | FORWARDED_RULES  # they date the message or item under them wherever they stand
# a post's or comment's header in a thread (a social-media post, an issue tracker's comment): it dates
# the message under it, however many there are, but not the page (a quoted post's date is not the page's)
POST_RULE = "post_header"  # a social-media post: its entry ends at the post's first blank line
EMAIL_RULE = "email_wrote"  # an e-mail's "On Tue, 4 Mar 2014, X wrote:" over the message it quotes
MESSAGE_STAMP_RULES = frozenset({POST_RULE, "issue_event", EMAIL_RULE})
COMMUNITY_NOTE_RULE = "community_note"  # its block runs to the first blank line
# messages whose entry ends at their first blank line: a post, an e-mail's quoted message ("> " lines)
BLOCK_MESSAGE_RULES = frozenset({POST_RULE, EMAIL_RULE})
REPLYING_RULE = "replying_to"  # "Replying to @author" over a reply
_HANDLE = re.compile(r"@(\w{1,30})")  # the first in a post header is the poster's, in a reply line the addressee's
_AGO_UNIT = re.compile(r"(\d{1,2})\s?([smhd])", re.IGNORECASE)  # "14m", "2h", "3d" ago


def _thread_author(lines: list[str], nonblank: list[int], handles: dict[int, str], replying: set[int]) -> str | None:
    """The handle a thread's replies answer most often ("Replying to @amina_s"), else the page's
    first handle (the main post's own "@amina_s" line or header)."""
    targets = collections.Counter(m[1].lower() for i in replying if (m := _HANDLE.search(lines[i])))
    if targets:
        return targets.most_common(1)[0][0]
    first = next((m[1].lower() for i in nonblank for m in [re.fullmatch(r"@(\w{1,30})", lines[i].strip())] if m), None)
    return first or (handles[min(handles)] if handles else None)


def _replies(lines: list[str], nonblank: list[int], messages: dict[int, tuple[str, str]],
             replying: set[int]) -> dict[int, list[int]]:
    """Replies by other users in a social-media thread: a post header whose handle is not the
    thread author's (`_thread_author`), over a "Replying to @..." line (`replying`, the codebook's
    REPLYING_RULE lines). Each maps to its lines (the reply line and the message, up to the first
    blank line): reader comments, not the source's text (GUIDELINES 8.1, forum threads)."""
    handles = {i: m[1].lower() for i, (rule_id, _) in messages.items()
               if rule_id == POST_RULE and (m := _HANDLE.search(lines[i]))}
    author = _thread_author(lines, nonblank, handles, replying)
    out: dict[int, list[int]] = {}
    for i, handle in handles.items():
        j = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if handle == author or j not in replying:
            continue
        body = [j]
        k = j + 1
        while k < len(lines) and lines[k].strip() and k not in messages:
            body.append(k)
            k += 1
        out[i] = body
    return out


def _post_day(stated: str, page: str | None, order: str | None) -> str | None:
    """The day a post header states: a full date; a date without a year in the year that puts it
    nearest the page's date ("Jan 1" on a page of 31 December 2023 is 2024-01-01); "2h", "14m" ago
    the page's day, "3d" ago three days before it."""
    day = parse_date(stated, order=order) if stated else None
    if day or not (page and len(page) == 10 and stated):
        return day
    when = _dt.date.fromisoformat(page)
    if m := _AGO_UNIT.fullmatch(stated):
        return (when - _dt.timedelta(days=int(m[1]) if m[2].lower() == "d" else 0)).isoformat()
    found = [parse_date(f"{stated} {when.year + k}", order=order) for k in (-1, 0, 1)]
    found = [d for d in found if d and len(d) == 10]
    return min(found, key=lambda d: abs((_dt.date.fromisoformat(d) - when).days)) if found else None


_NAMES_PART = re.compile(r"[\w ]{1,30}:\s")  # a credit line's labelled part: "Guest editors: Dr A (X) and Dr B (Y)"
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")


_FIELD_WORD = re.compile(r"(?:date|dates|time|day|when|where|venue|deadline)", re.IGNORECASE)  # a form's labels, no place


def _signed_place(lines: list[str], nonblank: list[int], i: int) -> bool:
    """Is the line above date line `i` a signature's place ("Company Secretary" / "Karachi" / "August
    28, 2024"): a short capitalised place that is no form label ("Date"), under a signatory's line?"""
    k = nonblank.index(i)
    if k < 2:
        return False
    place, above = lines[nonblank[k - 1]].strip(), lines[nonblank[k - 2]].strip()
    return (bool(_PLACE.fullmatch(place)) and not _FIELD_WORD.fullmatch(place)
            and words(above) <= CLOSING_SIGNATORY_MAX_WORDS and not re.search(r"[.!?:]$", above))


_SPEAKER = re.compile(r"([A-Z][A-Z .'’-]{1,30}):\s")  # "CAPTION: ", "KISSINGER: "
SPEAKER_MIN_LINES = 3  # a label that opens this many lines is a script's speaker or caption label
SPEAKER_MIN_LABELS = 2  # ... when at least this many labels do
_LIST_LABEL = re.compile(r"(?:copy|copies)(?: \w+){0,2}:|cc:|c\.c\.:|distribution:|encl(?:osures?|s?\.)?:", re.IGNORECASE)


_TIME_OF_DAY = r"(?:(?:early|late) )?(?:morning|afternoon|evening|night|dawn|dusk|midnight|noon|midday)"
_SETTING_PART = re.compile(rf"(?:{_TIME_OF_DAY}|{_CLOCK.pattern})", re.IGNORECASE)  # ", late afternoon", "3:30 a.m."
_NOT_PLACE = re.compile(r"(?:yes|no|well|so|and|but|then|now|oh|ok|okay)\b", re.IGNORECASE)  # "Yes, 4 May 2011."
SETTING_MAX_WORDS = 12  # a setting is a short sentence


def setting_date(sentence: str) -> str | None:
    """The day a script's setting states ("The evening of 8 July 1971.", "Chaklala air base, 3:30
    a.m., 9 July 1971.", "16 December 1971, late afternoon.", "Rawalpindi, July 8, 1971."): a
    sentence that is only up to two place parts, times of day and a full date; else None."""
    s = sentence.strip(" *_").rstrip(".").strip()
    if len(s.split()) > SETTING_MAX_WORDS:
        return None
    s = re.sub(rf"^(?:the )?{_TIME_OF_DAY} of ", "", s, flags=re.IGNORECASE)
    parts = [p for p in s.split(", ") if not _SETTING_PART.fullmatch(p.strip())]
    for k in range(min(len(parts), 3)):  # the place parts before the date
        if any(not p[:1].isupper() or _NOT_PLACE.match(p) for p in parts[:k]):
            break
        if (day := parse_date(", ".join(parts[k:]))) and len(day) == 10:
            return day
    return None


def script_content(line: str) -> str:
    """A script line without its speaker or caption label ("CAPTION: ..." -> "...")."""
    m = _SPEAKER.match(line.strip(" *_"))
    return line.strip(" *_")[m.end():] if m else line


def is_script_line(paragraph: str, labels: set[str]) -> bool:
    """Does the paragraph open with one of a script's speaker or caption labels (`speakers`)?"""
    return bool((m := _SPEAKER.match(paragraph.strip(" *_"))) and m[1] in labels)


def speakers(lines: list[str]) -> set[str]:
    """A script's speaker and caption labels ("KISSINGER:", "CAPTION:"): those that open at least
    SPEAKER_MIN_LINES lines, when at least SPEAKER_MIN_LABELS do (a news brief's repeated
    "ISLAMABAD:" dateline makes no script); else none."""
    counts = collections.Counter(m[1] for line in lines if (m := _SPEAKER.match(line.strip(" *_"))))
    labels = {label for label, k in counts.items() if k >= SPEAKER_MIN_LINES}
    return labels if len(labels) >= SPEAKER_MIN_LABELS else set()


def _place_date(line: str) -> str | None:
    """The date of a place-and-date line ("New York, 22 September 2023", "LAHORE, THURSDAY, MAY
    20, 1954", "ISLAMABAD: Tuesday, September 4, 2018"): a short capitalised place, a comma or
    colon, then nothing but a full date; else None. A signature's "Sana Rehman, Lahore. 4 June 2023"
    (a full stop before the date) reads the same."""
    line = re.sub(r"^([^:,]+): ", r"\1, ", line.strip(" *_"))
    cuts = [m.start() for m in re.finditer(r"\. ", line)]
    if (cut := next((c for c in cuts if parse_date(line[c + 2:].rstrip(" ."))), -1)) > 0:
        line = line[:cut] + ", " + line[cut + 2:]  # the first full stop after which a whole date follows ("Sept. 4, 2023")
    parts = line.split(", ")
    for k in range(1, min(len(parts), 3)):  # "Washington, D.C., 3 March 2015": a place in two parts
        if not _PLACE.fullmatch(parts[k - 1]):
            break
        if found := parse_date(", ".join(parts[k:]).rstrip(" .—–-")):
            return found
    return None


_PAGE_STAMP = re.compile(r"(?:this |the )?(?:page|article|story|post|entry)\b", re.IGNORECASE)


FINISHED_RULES = frozenset({"responses_received"})  # their date is the DCT when later than the header's
HEADER_ONLY_RULES = frozenset({"issue_line", "meeting_held"})  # dating lines only above the body
# an attribution line names who said the quotation or post above it; a run of such lines is a list
QUOTE_ATTRIBUTION_RULES = frozenset({"attribution_years"})
_DASH_ITEM = re.compile(r"\s*(?:>\s*)?[—―]")
# a speech's delivery date, a presidential document's signing date: its DCT, before a later release
# or Federal Register issue date (GUIDELINES 8.15, 8.20)
SPOKEN_RULES = frozenset({"delivered_on", "presidential_document"})
# stamps that name the document itself, trusted in a closing credit however long the credit is
_CREDIT_STAMPS = frozenset({"transcript_from", "disseminated_on", "mailed_on", "first_appeared", "issued_on",
                            "print_edition"})
# stamps that date the copy in hand, trusted in any page matter (a footer under the sources)
_COPY_STAMPS = frozenset({"exported_on"})


_FOOTNOTE_RULE = re.compile(r"_{5,40}")  # the short rule a printed page sets above its footnotes
# a note's number or sign, then its text (not a date: "2 May 2011 - Bin Laden was killed")
_FOOTNOTE_START = re.compile(r"(?P<mark>\d{1,3}|[*†‡])\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)\S", re.I)
FOOTNOTE_MAX_LINES = 12  # a page's footnotes under their rule
NOTE_MARK_LOOKBACK = 80  # lines above the rule searched for the note's mark


def _marked_above(lines: list[str], i: int, mark: str) -> bool:
    """The note mark `mark` follows a word or a stop in the text above line `i` ("holds.2", "2011.4")."""
    pattern = re.compile(r"(?<=[^\W\d_]|[.,;:)\]”\"’])" + re.escape(mark) + r"(?!\d)")
    return any(pattern.search(lines[j]) for j in range(max(0, i - NOTE_MARK_LOOKBACK), i))


# a quotation's source line: under a block quote, a dash, the source and a full date ("> — Dawn,
# editorial, 14 February 2024"); over one, a line ending in the date and a colon ("From X's column in
# The Friday Times, 2 March 2024:")
_QUOTE_SOURCE_AFTER = re.compile(r"(?:>\s*)*[—―–]{1,2}\s*\S[^\n]{0,120}?,\s*(?P<date>[^,\n]{6,30}?)\.?")
_QUOTE_SOURCE_BEFORE = re.compile(r"[^>\s][^\n]{4,150}?,\s*(?P<date>[^,\n]{6,30}?):")


def _quote_sources(lines: list[str], drops) -> list[tuple[int, str, list[int]]]:
    """(source line, its date, the quoted lines) for each dated source line of a block quote."""
    out = []
    for i, line in enumerate(lines):
        s = line.strip()
        if i in drops or not s:
            continue
        if (m := _QUOTE_SOURCE_AFTER.fullmatch(s)) and (day := parse_date(m["date"])):
            block = list(itertools.takewhile(lambda j: lines[j].strip().startswith(">") and j not in drops,
                                             range(i - 1, -1, -1)))[::-1]
        elif (m := _QUOTE_SOURCE_BEFORE.fullmatch(s)) and (day := parse_date(m["date"])):
            start = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), len(lines))
            block = list(itertools.takewhile(lambda j: lines[j].strip().startswith(">"), range(start, len(lines))))
        else:
            continue
        if block and len(day) == 10:
            out.append((i, day, block))
    return out


def _between_rules(lines: list[str], nonblank: list[int], i: int) -> bool:
    """Line `i` has a separator rule right above and right below it (blank lines aside)."""
    k = bisect.bisect_left(nonblank, i)
    return (0 < k < len(nonblank) - 1 and nonblank[k] == i
            and all(_SEPARATOR.fullmatch(lines[nonblank[j]].strip()) for j in (k - 1, k + 1)))


def _stamp_date(line: str, rules: tuple[Rule, ...], any_length: bool = False,
                only: frozenset[str] | None = None, exact: bool = False) -> str | None:
    """The date of a `stamp` sentence inside a short line of page notes (any line of page matter
    with `any_length`: a disclaimer paragraph), or None; with `only`, just those rules' stamps;
    with `exact`, only a stamp whose date is all that follows it ("Last edited 9 March 2023.")."""
    if words(line) >= BODY_MIN_WORDS and not any_length:
        return None
    line = line.strip(" *_")
    for a, b in split_sentences(line):
        hit = _match(rules, line[a:b].strip(" *_"), ("stamp",))
        if hit and only is not None and hit[0].rule_id not in only:
            continue
        stated = hit[1].groupdict().get("date") if hit else None
        if stated and _DATE_FIRST.match(stated):  # "Updated figures came out on 3 May" is prose
            if found := (parse_date(stated.rstrip(" .")) or (None if exact else search_date(stated))
                         or parse_date(stated.rstrip(" ."), month_ok=True)):  # "in the April 2019 print edition"
                return found
    return None


_VOTED_SIGNATURE = re.compile(r"[—–-]{1,2}\s*@?[\w.@-]{2,40}\s*[·|•]\s*[▲△⬆↑]\s*\d[\d,.]*[kK]?")
_ANNOTATION_LABEL = re.compile(r"\[\d{1,3}\]\s*[\"“‘'].{1,200}[\"”’']")
_NOTE_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:\"”’])\((\d{1,2})\)")  # "Reagan(1)", "a token.(2)"
_NOTE_LINE = re.compile(r"\((\d{1,2})\)\s+\S")
NOTE_MIN_LINES = 2  # numbered notes that make a list of footnotes


def _footnotes(lines: list[str], nonblank: list[int]) -> list[int]:
    """The text's closing run of notes "(1) ...", "(2) ..." numbered from 1 like the references in
    its text ("President Reagan(1)"), with no prose after them; not a numbered list in the body."""
    marks = {m[1] for i in nonblank for m in _NOTE_MARK.finditer(lines[i])}
    run: list[int] = []
    for i in nonblank:
        s = lines[i].strip()
        if (m := _NOTE_LINE.match(s)) and m[1] in marks and int(m[1]) == len(run) + 1:
            run.append(i)
        elif (m := _NOTE_LINE.match(s)) and m[1] == "1" and m[1] in marks:
            run = [i]  # a later list starts afresh
        elif run and words(s) >= BODY_MIN_WORDS and re.search(r"[.!?][\"”’)]?$", s):
            run = []  # prose after the list: it was in the body
    return run if len(run) >= NOTE_MIN_LINES else []


_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUPERSCRIPT_MARK = re.compile(r"(?<=[^\W\d_]|[.,;:\"”’)])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")  # not a power ("km²")
_PAGE_NOTE = re.compile(r"(\d{1,3})\.\s+\S")
_NOTE_RULE = re.compile(r"[_—–-]{5,40}")  # the short rule over a page's notes in a print extract
# or a heading over them ("### Glosses" under a poem, "Notes")
_NOTES_HEAD = re.compile(r"(?:#{1,6}\s*)?[*_]*(?:notes|end ?notes|foot ?notes|glosses|editor['’]s notes)[*_]*:?", re.I)


_LOCATOR = r"(?:\d{1,3}(?:[–-]\d{1,3})?(?:n\.?\s?\d{1,3})?|[ivxl]{1,6}(?:[–-][ivxl]{1,6})?)"
_INDEX_ENTRY = re.compile(rf"[^.!?]{{1,120}}?(?:,\s*{_LOCATOR})+\.?")  # "arms embargo (1965), 112–16"
_CROSS_REF = re.compile(r"[^.!?]{1,80}?\.\s+see(?: also)?\s+[^.!?]{1,80}", re.IGNORECASE)  # "Pressler sanctions. See ..."
_PAGE_SPAN = re.compile(r",\s*\d{1,3}[–-]\d{1,3}|,\s*\d{1,3}(?:n\d{1,3})?,\s*\d{1,3}")  # "41–58", "206, 212"
INDEX_MIN_ENTRIES = 5  # a run of index entries (terms with page numbers) this long is a book's index


def index_entries(lines: list[str], nonblank: list[int]) -> list[int]:
    """A back-of-book index: runs of entries that end in page numbers ("Pressler Amendment (1985),
    198–207, 212"), with their cross-references and sub-entry headings ("Pakistan (cont.)"), at
    least INDEX_MIN_ENTRIES entries long. Apparatus, like a contents list (GUIDELINES 8.1)."""
    out: list[int] = []
    run: list[int] = []
    entries = paged = 0
    for i in [*nonblank, None]:
        s = lines[i].strip() if i is not None else ""
        entry = bool(s) and words(s) <= HEADING_MAX_WORDS and bool(_INDEX_ENTRY.fullmatch(s) or _CROSS_REF.fullmatch(s))
        if entry or (s and run and is_heading(s) and not ends_sentence(s) and i == run[-1] + 1):
            run.append(i)
            entries += entry
            paged += entry and bool(_PAGE_SPAN.search(s))
            continue
        # page structure, not a list of names with ages or tolls ("Imran Khan, 71"): at least half
        # the entries point to a page range or to several pages
        if entries >= INDEX_MIN_ENTRIES and 2 * paged >= entries:
            out += run
        run, entries, paged = [], 0, 0
    return out


PAGE_NOTE_REASON = "a note under a printed page's rule: its number is a superscript mark in the text (apparatus)"


def page_notes(lines: list[str]) -> list[int]:
    """A printed page's notes under a short rule ("______") or a notes heading whose numbers ("14. Kux, ...") are
    superscript marks in the text ("... since October 1990.¹⁴"), with the lines that carry each
    note on up to a blank line: apparatus (GUIDELINES 8.1). Read before list numbers are stripped."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    marks = {m[0].translate(_SUPERSCRIPT) for i in nonblank for m in _SUPERSCRIPT_MARK.finditer(lines[i])}
    out: list[int] = []
    for i in nonblank:
        if not (_NOTE_RULE.fullmatch(lines[i].strip()) and not (i > 0 and lines[i - 1].strip())
                or _NOTES_HEAD.fullmatch(lines[i].strip())):
            continue  # (a rule right under a line is a Markdown heading's underline)
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        while j < len(lines) and (m := _PAGE_NOTE.match(lines[j].strip())) and m[1] in marks:
            out.append(j)
            j += 1
            while (j < len(lines) and lines[j].strip() and not _PAGE_NOTE.match(lines[j].strip())
                   and not lines[j].startswith("\f") and not lines[j - 1].rstrip().endswith(".")):
                out.append(j)  # the note carried on to the next line (not past its full stop or a page break)
                j += 1
            while j < len(lines) and not lines[j].strip() and j + 1 < len(lines) and _PAGE_NOTE.match(lines[j + 1].strip()):
                j += 1
    return out


OPENING_MAX_HEAD_LINES = 3  # short lines (a subject, a salutation) between a memo's date line and its prose


def _opens_memo(lines: list[str], nonblank: list[int], drops: dict[int, str], i: int) -> bool:
    """Does the place-and-date line `i` ("Washington, June 8, 1981", not a label's "ON-SCREEN
    TEXT: September 11, 2001") open what follows: at most a few short lines without a date (a
    subject line, a salutation), then a paragraph of prose?"""
    if ":" in lines[i].split(",")[0]:
        return False
    below = [j for j in nonblank if j > i]
    seen = 0
    for j in below:
        s = lines[j].strip()
        if _SEPARATOR.fullmatch(s):
            return False  # a closing's seal, then the next note after a separator
        if j in drops:
            continue
        seen += 1
        if seen > OPENING_MAX_HEAD_LINES + 1:
            return False
        if words(s) >= BODY_MIN_WORDS and re.search(r"[.!?][\"”’)]?(?:\(\d+\))?$", s):
            return True
        if words(s) > CLOSING_SIGNATORY_MAX_WORDS or _place_date(s) or parse_date(s, month_ok=True):
            return False
    return False


REFERENCES_RULE = "references"
# a reference list's heading (not "Notes": a meeting's notes are prose)
_SOURCES_HEAD = re.compile(r"(?:references|sources?|bibliography|further reading|works cited|select(?:ed)? bibliography)", re.I)
# a citation's year: in brackets ("Ghost Wars (2004)", "(accessed 2019)") or closing the line ("various editions, 1989-1992.")
_CITED_YEAR = re.compile(r"\((?:[^()]{0,60}?\b)?(?:1[5-9][0-9]{2}|20[0-9]{2})[a-z]?\)|\b(?:1[5-9][0-9]{2}|20[0-9]{2})[a-z]?\.\s*$")
_RECORD_HEAD = re.compile(r"(?:document|record|item|result)\s+\d{1,4}\s+of\s+\d{1,5}", re.I)
_RECORD_DATE = re.compile(r"(?:publication date|date of publication|publication info|published|pub date|date)\s*:\s*(?P<value>.+)", re.I)
OTHER_SCRIPT_MAX_LATIN = 0.2  # a line whose letters are less than this share Latin is in another script
_LATIN_END = "\u0250"  # letters before it are Latin (basic, supplement, extended A and B)


def _latin_share(line: str) -> float | None:
    """The share of a line's letters that are Latin (None for a line without letters)."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return None
    return sum(1 for c in letters if c < _LATIN_END) / len(letters)


def _undivided(s: str) -> str:
    """The line without the rules (three or more rule characters) at either end of a day divider."""
    if len(s) - len(s.lstrip(_RULE_CHARS)) >= 3:
        s = s.lstrip(_RULE_CHARS).lstrip()
    if len(s) - len(s.rstrip(_RULE_CHARS)) >= 3:
        s = s.rstrip(_RULE_CHARS).rstrip()
    return s


def credit_date(paragraph: str, rules: tuple[Rule, ...]) -> str | None:
    """The date of a closing credit's publication stamp in a paragraph ("A version of this article
    appears in print on Aug. 10, 2023, Section A ..."), or None."""
    return _stamp_date(paragraph, rules, any_length=True, only=_CREDIT_STAMPS)


def footer_date(paragraph: str, rules: tuple[Rule, ...]) -> str | None:
    """The full date of a publication or update stamp in a page footer's paragraph ("Programme times
    may change. Listings last updated Monday 11 March 2024, 09:00 GMT."), or None."""
    found = _stamp_date(paragraph, rules, any_length=True)
    return found if found and len(found) == 10 else None


def field_date(field: str, rules: tuple[Rule, ...]) -> str | None:
    """The full date of a labelled date field ("Vote Date: September 22, 2012, 12:41 AM", a list
    archive's "Date: Thu Mar  6 14:22:10 EST 2014"), or None."""
    hit = _match(rules, field, ("dateline",))
    stated = hit[1].groupdict().get("date") if hit else None
    found = parse_date(stated) or search_date(stated) if stated else None
    return found if found and len(found) == 10 else None


def _is_menu(line: str) -> bool:
    """A navigation bar: three or more parts of at most four words split by |, · or • ("Programme
    | Speakers | Videos | Register for IPF 2026"); a Markdown table row (starting with |) is not."""
    parts = [p.strip(" *_") for p in _MASTHEAD_SPLIT.split(line.strip())]
    numbers = [m[1] if (m := re.match(r"(?:[^:]{1,40}:\s*)?(\d{1,2})\s", p)) else "" for p in parts]
    if all(numbers) and numbers == [str(int(numbers[0]) + k) for k in range(len(parts))]:
        return False  # an answer key's numbered answers ("Activity 9.1: 1 1954 · 2 India · 3 Afghanistan")
    return (not line.lstrip().startswith("|") and len(parts) >= 3
            and all(0 < len(p.split()) <= 4 and not p.endswith((".", "?", "!", ":", ";")) for p in parts))


# what "{DATE}" in a pattern of the codebook stands for: a full date, weekday optional, in either
# order or ISO ("Thursday, March 14, 2024", "the 27th day of March, 2023", "2024-03-14"), as `date`
DATE_PLACEHOLDER = "{DATE}"
DATE_FIELD = (r"(?P<date>(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,? )?"
              r"(?:\d{1,2}(?:st|nd|rd|th)?(?: day of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,? \d{4}"
              r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
              r"|\d{4}-\d\d-\d\d))")


def load_rules(path: str | Path | None = None) -> tuple[Rule, ...]:
    """Read and compile the pattern file ("{DATE}" in a pattern stands for `DATE_FIELD`); a
    malformed row is an error naming file and row."""
    from .sources import read_csv
    path = Path(path) if path else CODEBOOKS / "boilerplate.csv"
    rules = []
    for n, row in read_csv(path, ["rule_id", "scope", "pattern", "reason"], what="boilerplate pattern file"):
        if row["scope"] not in SCOPES:
            raise InputError(path, f"row {n}: unknown scope {row['scope']!r}", f"Use one of {', '.join(SCOPES)}")
        if not row["pattern"].strip():
            raise InputError(path, f"row {n}: empty pattern", "Write a regular expression, or delete the row")
        try:
            regex = re.compile(row["pattern"].replace(DATE_PLACEHOLDER, DATE_FIELD), re.IGNORECASE)
        except re.error as exc:
            raise InputError(path, f"row {n}: bad regular expression ({exc})", "Fix the pattern") from None
        rules.append(Rule(row["rule_id"], row["scope"], regex, row["reason"]))
    return tuple(rules)


HEADER_MAX_WORDS = 12  # a running header or footer is at most this long
RUNNING_HEADER_MIN_REPEATS = 3
# a printed page's running head set in columns (a PDF or OCR text keeps the gaps): the page number or
# a guide word (the page's first headword) beside the book's title in capitals, "18      WHO'S WHO
# 2016", "MCALLISTER-SANDOVAL      WHO'S WHO 2016", "THE COLD WAR YEARS      47"
_PAGE_NUMBER_CELL = re.compile(r"(?:[Pp]age\s+|p\.\s*)?(?:\d{1,3}|[ivxlc]{1,6})")
# a title cell ending in its edition's year ("WHO'S WHO 2016"; not a chapter's "THE LOST DECADE, 1990–2001")
_HEAD_YEAR = re.compile(r"(?<![-–—/,]\s)(?<![-–—/,])(?<!\b(?:OF|IN|TO) )(?<!\bAND )(?<!\bFROM )(?<!\bSINCE )(?<!\bAFTER )(?<!\bUNTIL )"
                        r"\b((?:1[89]|20)\d\d)$")  # (not a chapter's subject, "THE WAR OF 1971")
HEAD_YEAR_MIN = 2  # running heads that give the same year, for it to be the edition's


# a serial publication's title before its edition year ("THE GLOBAL ALMANAC 2012", "YEARBOOK 2016")
_SERIAL_TITLE = re.compile(r"\b(?:WHO['’]S\s+WHO|ALMANA[CH]K?|YEAR\s?BOOK|ANNUAL(?:\s+REPORT)?|DIRECTORY|REGISTER|HANDBOOK"
                           r"|GAZETTEER|ENCYCLOPA?EDIA|DICTIONARY)\b[^0-9]{0,60}\b(?:1[89]|20)\d\d$")


# a labelled field inside a run of key facts: "Population: 187,342,721. Urban: 36%. Head of govt.: ..."
_FACT_LABEL = re.compile(r"(?:^|(?<=[.;:]\s))[A-Z][\w'’()/%.-]{0,30}(?:\s[\w'’()/%.-]{1,30}){0,3}:\s")
FACT_MIN_LABELS = 3  # a key-facts paragraph has at least this many labels
FACT_MAX_WORDS = 20  # and no value longer than this (prose runs longer)


def _fact_line(line: str) -> bool:
    """A paragraph of key facts set as labelled fields, each value short (GUIDELINES 8.19, 8.26); not
    a chronology's date labels ("Jan. 1: ..."), a transcript's speakers ("CHAIRMAN: ...") nor a
    glossary's abbreviations ("CSF: ...")."""
    if line.count(":") < FACT_MIN_LABELS:
        return False
    labels = [m.group().rstrip(": ") for m in _FACT_LABEL.finditer(line)]
    nouns = [w for w in labels if not w.isupper() and not parse_date(w, month_ok=True) and not re.search(r"\d", w)]
    return len(nouns) >= FACT_MIN_LABELS and all(len(part.split()) <= FACT_MAX_WORDS for part in _FACT_LABEL.split(line))


def _page_margin(line: str) -> bool:
    """A line that can stand next to a running head: blank, a page number on its own, or a rule."""
    return not line.strip() or bool(_PAGE_NUMBER_CELL.fullmatch(line.strip()) or _SEPARATOR.fullmatch(line.strip()))


def _page_head(line: str, cells: tuple[str, ...]) -> bool:
    """A running head of a printed page: two or three cells set apart by wide gaps, no sentence nor
    date, a page number at one end or a guide word beside the title, in capitals (the caller checks
    that it stands alone between blank lines or page numbers)."""
    if not 2 <= len(cells) <= 3 or words(line) > HEADER_MAX_WORDS or re.search(r"[.!?,;:]$", line):
        return False
    titles = [c for c in cells if not _PAGE_NUMBER_CELL.fullmatch(c)]
    numbered = len(titles) < len(cells) and (_PAGE_NUMBER_CELL.fullmatch(cells[0]) or _PAGE_NUMBER_CELL.fullmatch(cells[-1]))
    capitals = all(re.search(r"[A-Z]", c) and not re.search(r"[a-z]", c) for c in titles)
    dated = any(parse_date(c, month_ok=True) for c in titles)  # "THE WHITE HOUSE      DECEMBER 7, 1982": a masthead
    return bool(titles) and capitals and not dated and (numbered or len(titles) >= 2 and any(words(c) >= 2 for c in titles))


def words(line: str) -> int:
    """Number of words (letter-initial tokens) in a line."""
    return len(_WORD.findall(line))


def is_body(line: str) -> bool:
    """Article prose: long and with sentence punctuation."""
    return words(line) >= BODY_MIN_WORDS and bool(re.search(r"[.!?;:,]", line))


# a page number closing a running header ("... Q3 7", "... ii", a print footer's "1/3", "Page 2 of 5")
_PAGE_NO_END = re.compile(r"\s+(?:(?:page\s+)?[0-9]{1,3}(?:\s*(?:/|of)\s*[0-9]{1,3})?|[ivxlc]{1,6})\s*$", re.I)
# a year or a span of years on a line of its own, perhaps with an emoji or a mark after it (a CV's or
# timeline's "2002 – 2005", a slide's "1954 🤝"): a label dating the lines under it (GUIDELINES 8.13), not a counter
_YEAR_LABEL = re.compile(r"[*_]*(?:1[89]|20)\d\d(?:\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d))?[*_]*(?:\s*[^\w\s©])*")
_YEAR_ENDS_SENTENCE = re.compile(r"\d{3,4}[.;,)]")  # "...the Agreement of March 5," / "1959;"
_LABEL_DAY = re.compile(r"(?P<label>[^:|—–]{1,40}?)\s*(?::|\s[—–-])\s*(?P<date>[^:|—–]{6,40})")
LABEL_MAX_WORDS = 5  # "From the archives, 50 years ago"
_DAY_LABEL = re.compile(r"(?P<date>[^:|—–]{6,40}?)\s*(?::|\s[—–])\s*(?P<label>[^:|—–\d]{2,40})")  # (a dash with spaces, not a hyphen)
# a label that places its item in a series ("Day 3", "50 YEARS AGO", "Entry 12"), not a fact line ("Expires:")
_SERIES_LABEL = re.compile(r"\d|\b(?:ago|day|entry|week|part|dispatch|letter|episode|update|session)\b", re.I)
# a release's version number heading a changelog's or release notes' entry ("[2.3.0]", "v1.2", "Version 3.1.4")
_VERSION_LABEL = re.compile(r"(?i)\[?(?:v|version\s|release\s)?\d+(?:\.\d+){1,3}(?:-[\w.]+)?\]?")


def _labelled_day(line: str, order: str | None) -> str | None:
    """The full date of a heading made of a short label and a date ("50 YEARS AGO: NOVEMBER 1,
    1974", "Day 3 — 12 March 2024", a changelog's "[2.3.0] - 2024-05-14"), or of a date and what
    happened that day (meeting notes' "12 March 2024 — weekly call"), or None."""
    if (m := _DAY_LABEL.fullmatch(line.strip(" *_#"))) and len(m["label"].split()) <= LABEL_MAX_WORDS and is_heading(line):
        day = parse_date(m["date"], order=order)
        if day and len(day) == 10:
            return day
    m = _LABEL_DAY.fullmatch(line.strip(" *_#"))
    if (not m or len(m["label"].split()) > LABEL_MAX_WORDS or not _SERIES_LABEL.search(m["label"])
            or not (is_heading(line) or _VERSION_LABEL.fullmatch(m["label"]))):
        return None
    day = parse_date(m["date"], order=order)
    return day if day and len(day) == 10 else None


def _wraps_on(lines: list[str], i: int) -> bool:
    """Line `i` is a piece of a hard-wrapped paragraph, not a heading: it starts in lower case, holds
    a sentence end, ends in a hyphen, or the next line carries on its sentence (starts in lower case)."""
    s = lines[i].strip()
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return bool(s) and (s[0].islower() or s.endswith("-") or bool(re.search(r"[a-z]{3}[.!?;]\s+[A-Z]", s))
                        or (bool(nxt) and nxt[0].islower()))


_CONTENTS_HEAD = re.compile(r"(?:today['’]s topics|in this (?:issue|edition|digest|newsletter)|(?:table of )?contents)\s*:?", re.I)
CONTENTS_MIN_ITEMS = 2  # a list of contents has at least this many short entries, one per line


def is_heading(line: str) -> bool:
    """Short line without closing sentence punctuation (a title or section heading)."""
    s = line.strip()
    return 0 < words(s) <= HEADING_MAX_WORDS and not re.search(r"[.!?…:;,]$", s)


def _match(rules: tuple[Rule, ...], line: str, scopes: tuple[str, ...]) -> tuple[Rule, re.Match] | None:
    for rule in rules:
        if rule.scope in scopes:
            m = rule.regex.fullmatch(line)
            if m:
                return rule, m
    return None


def _norm(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.lower()))


TABLE_NOTE_RULE = "table_note"  # "1/ ..." is a note only under a table
TABLE_NOTE_LOOKBACK = 3  # a table row among this many lines above it (source lines; earlier notes not counted)


def _under_table(lines: list[str], nonblank: list[int], i: int, columns: set[int] | frozenset[int], note: Rule) -> bool:
    """Is line `i` under a table: a table row among the `TABLE_NOTE_LOOKBACK` lines above it,
    earlier notes of the same kind ("1/ ...", "2/ ...") not counted?"""
    above = nonblank[:bisect.bisect_left(nonblank, i)][::-1]
    seen = 0
    for j in above:
        s = lines[j].strip()
        if j in columns or _TABLE_ROW.fullmatch(s):
            return True
        if note.regex.fullmatch(s):
            continue
        seen += 1
        if seen >= TABLE_NOTE_LOOKBACK:
            return False
    return False


_COLUMN_GAP = re.compile(r"\t+| {3,}")
TABLE_MIN_CELLS = 3  # a plain-text table row has at least this many cells


def is_column_row(raw: str) -> bool:
    """A row of a plain-text table: cells separated by tabs or runs of three or more spaces
    ("TOTAL      1,195,600      1,003,200      881,600"); judged on the line before whitespace
    is normalised."""
    return len(_COLUMN_GAP.split(raw.strip())) >= TABLE_MIN_CELLS


_FIGURE_CELL = re.compile(r"[-–(]?[$€£]?[0-9][0-9.,]*%?\)?|[-–—]|n\.?a\.?", re.IGNORECASE)
TABLE_MIN_RUN = 3  # two-cell rows with a figure in the last cell make a table when this many run together


# (a language, or R Markdown's and Quarto's chunk options in braces: "```{r load-data, echo=FALSE}")
_FENCE = re.compile(r"[ ]{0,3}(`{3,}|~{3,})(?P<info>[ \t]*(?:[A-Za-z][\w+-]*|\{[^{}\n]{1,200}\}))?[ \t]*$")


def code_blocks(raw_lines: list[str]) -> list[int]:
    """The lines of fenced code blocks (a README's ```python ... ``` or BibTeX block), fences
    included: code, not prose. A fence left open drops nothing (it may be a stray line of ticks);
    tildes open a block only with a language after them ("~~~ python"): a bare "~~~" is as often
    a scene break between paragraphs."""
    out: list[int] = []
    i, n = 0, len(raw_lines)
    while i < n:
        m = _FENCE.match(raw_lines[i])
        if m and (m[1][0] == "`" or m["info"]):
            close = next((j for j in range(i + 1, n) if raw_lines[j].strip().startswith(m[1][0] * len(m[1]))
                          and not raw_lines[j].strip().strip(m[1][0])), None)
            if close is not None:
                out += range(i, close + 1)
                i = close + 1
                continue
        i += 1
    return out


def column_cells(raw_lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The cells of every line set in columns (two or more cells split by a tab or three spaces)."""
    out = {}
    for i, raw in enumerate(raw_lines):
        if _COLUMN_GAP.search(raw.strip()):
            out[i] = tuple(c.strip() for c in _COLUMN_GAP.split(raw.strip()))
    return out


def column_rows(raw_lines: list[str], cells: dict[int, tuple[str, ...]] | None = None) -> set[int]:
    """Rows of plain-text tables: lines with three or more cells, and runs of at least three
    consecutive two-cell lines whose last cell is a figure ("Saudi Arabia (SBP deposit)     2.0").
    `cells` are the lines' `column_cells`, when already split."""
    cells = column_cells(raw_lines) if cells is None else cells
    rows: set[int] = set()
    run: list[int] = []
    for i in range(len(raw_lines) + 1):
        row = cells.get(i, ())
        if len(row) >= TABLE_MIN_CELLS:
            rows.add(i)
        elif len(row) == 2 and _FIGURE_CELL.fullmatch(row[-1]):
            run.append(i)
            continue
        if len(run) >= TABLE_MIN_RUN:
            rows.update(run)
        run = []
    return rows


PROSE_CELL_MIN_WORDS = 8  # a cell this long that holds a sentence is prose set in a table
# a cell ends a sentence (not "the U.S. Department of Defense"): at its end, or before a capital
_SENTENCE_END = re.compile(r"[a-z0-9)\]\"”’'!?][.!?]+[\"”’')]*(?:$|\s+(?=[A-Z\"“(]))")
_YEAR_CELL = re.compile(r"(?:1[89]|20)[0-9]{2}")  # a chronology's label column, not a figure
_AMOUNT_CELL = re.compile(r"(?:US)?[$€£]\s?[0-9][0-9.,]*(?:\s*(?:million|billion|m|bn))?|[0-9][0-9.,]*\s*(?:million|billion)", re.I)


_CHOICE = re.compile(r"\(?([a-h])\)\s+\S.*", re.I)


def _choice_row(cells: tuple[str, ...]) -> bool:
    """A question's answer options set in columns ("(a) 1947   (b) 1951   (c) 1954"): each cell
    opened by the next letter; a worksheet line, not a table (GUIDELINES 8.11)."""
    letters = [m[1].lower() if (m := _CHOICE.fullmatch(c)) else "" for c in cells]
    return len(cells) >= 2 and all(letters) and letters == [chr(ord(letters[0]) + k) for k in range(len(letters))]


def is_prose_cell(cell: str) -> bool:
    """A table cell that narrates in sentences: long enough, and a sentence ends in it."""
    return words(cell) >= PROSE_CELL_MIN_WORDS and bool(_SENTENCE_END.search(cell))


def is_data_row(cells: tuple[str, ...]) -> bool:
    """A row with an amount or figure cell (not a year, nor a leading row number): a row of a data table."""
    if cells and re.fullmatch(r"\d{1,4}\.?", cells[0]):
        cells = cells[1:]
    return any(_AMOUNT_CELL.fullmatch(c) or _FIGURE_CELL.fullmatch(c) and not _YEAR_CELL.fullmatch(c) for c in cells)


def pipe_cells(line: str) -> tuple[str, ...]:
    """The cells of a Markdown table row ("| a | b |"), or () for any other line."""
    return tuple(c.strip() for c in line.strip().strip("|").split("|")) if _TABLE_ROW.fullmatch(line.strip()) else ()


def _prose_row(line: str, cells: tuple[str, ...] | None, tabbed: bool = False) -> bool:
    """A table row one of whose cells narrates in sentences (a flashcard deck's answer, a
    chronology table's description): prose set in columns, annotated like any text (GUIDELINES
    §8.1: a key-dates list whose items narrate happenings in sentences is prose). A data row's
    description is prose only in a tab-separated export, whose cells are split apart (8.14), or
    as the row's last cell, a notes column; elsewhere the row stays a table ("... power sector
    reforms." | $45,000,000)."""
    parts = cells or list(pipe_cells(line))
    if not tabbed and is_data_row(tuple(parts)) and not (parts and is_prose_cell(parts[-1])):
        return False  # (a notes column closing the row is prose: GUIDELINES 8.16, a table's notes column)
    return any(is_prose_cell(c) for c in parts)


_INFOBOX_ROW = re.compile(r"(?![\d(])(?P<label>[^:]{1,40}):\s+(?P<value>\S.*)")
INFOBOX_MIN_ROWS = 4  # an infobox has at least this many consecutive "Label: value" lines


def _date_field_runs(lines: list[str], rows: set[int]) -> list[list[int]]:
    """Runs of infobox rows (`infobox_rows`) most of whose values are dates: a key-dates block of
    form fields (deadlines, a schedule), a table wherever it stands (GUIDELINES 8.8)."""
    runs: list[list[int]] = []
    for i in sorted(rows):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    def dated(i: int) -> bool:
        return _is_date_value(_INFOBOX_ROW.fullmatch(lines[i].strip())["value"], bare_year=False)

    return [r for r in runs if 2 * sum(map(dated, r)) > len(r)]


def _field_row(line: str) -> re.Match | None:
    """A "Label: value" line (`_INFOBOX_ROW`) whose value ends no sentence: a field, not prose (not
    a script's caption, "ON-SCREEN TEXT: ...", nor a stage direction, "[SCENE 5: ...]")."""
    m = _INFOBOX_ROW.fullmatch(line.strip())
    ok = bool(m and _short_field(m, line) and m["label"][0].isalpha() and m["label"] != m["label"].upper())
    return m if ok else None


def _short_field(m: re.Match, line: str) -> bool:
    """Is the `_INFOBOX_ROW` match `m` of `line` a field: a short label that is no date ("1954: ..."
    starts a KEY DATES item), a short line, a value that ends no sentence?"""
    return (words(m["label"]) <= 5 and words(line) <= 20 and not re.search(r"[.!?]$", m["value"])
            and not parse_date(m["label"], month_ok=True))


def _date_fields(lines: list[str], nonblank: list[int]) -> list[int]:
    """The date fields of a record set as paragraphs ("point in time: 19 May 1954" over "location:
    Karachi", "start time: 2001" over "end time: 2016"): in a run of two or more field lines
    (blank lines between them allowed) that is a record, not a pair of facts in the body
    ("Approved: 12 July 2023" / "Expires: 11 April 2024"), because it also has a field that is
    no date or names its fields in lower case as a database does, the rows whose value is a date
    and nothing else. A run that names a field twice is a dialogue ("Bilal: 2 May 2011"), not a record."""
    out: list[int] = []
    run: list[int] = []
    fields: list[re.Match] = []
    for i in [*nonblank, -1]:
        if i >= 0 and (field := _field_row(lines[i]) or _bare_date_field(lines[i])):
            run.append(i)
            fields.append(field)
            continue
        dated = [j for j, m in zip(run, fields) if _is_date_value(m["value"])]
        labels = [m["label"].strip().lower() for m in fields]
        if len(run) >= 2 and dated and len(set(labels)) == len(labels) and (len(dated) < len(run) or all(m["label"][0].islower() for m in fields)):
            out += dated
        run, fields = [], []
    return out


# a field written without its colon: a one-word label, then a full date ("Opened Feb 10, 2025", "Closes
# Jun 30, 2025" over "Forecasters: 312" on a question page); not "Monday 2 May 2011" nor "On 2 May 2011"
_BARE_DATE_FIELD = re.compile(r"(?!(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|on|in|at|by|from|since|until|till|and|the|of|to"
                              r"|for|as|before|after|during)\s)(?P<label>[A-Z][a-z]{2,15})\s+(?P<value>[^\s:].{4,40})")


def _bare_date_field(line: str) -> re.Match | None:
    """A `_BARE_DATE_FIELD` line whose value is a full date, as a field match ("label", "value")."""
    m = _BARE_DATE_FIELD.fullmatch(line.strip(" *_"))
    return m if m and (day := parse_date(m["value"])) and len(day) == 10 else None


def _is_date_value(value: str, bare_year: bool = True) -> bool:
    """Is a field's value a date and nothing else (a month or a day; a bare year with `bare_year`)?"""
    value = value.strip(" *_")
    return bool(bare_year and re.fullmatch(r"(?:1[5-9]|20)[0-9]{2}", value) or parse_date(value, month_ok=True))


def infobox_rows(lines: list[str]) -> tuple[set[int], set[int]]:
    """An infobox or key-value table rendered as lines ("Introduced: S. 1707, September 24, 2009",
    "Signed into law: October 15, 2009"): runs of consecutive short lines of a label (not a
    date: "1954: ..." starts a KEY DATES item) and a value that ends no sentence; and the short
    caption line just above each run. Returns (rows, captions)."""
    rows: set[int] = set()
    captions: set[int] = set()
    run: list[int] = []
    for i in [*range(len(lines)), -1]:
        m = _INFOBOX_ROW.fullmatch(lines[i].strip()) if i >= 0 else None
        ok = bool(m and _short_field(m, lines[i]))
        if ok and run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= INFOBOX_MIN_ROWS:
            rows.update(run)
            above = [j for j in range(run[0] - 1, -1, -1) if lines[j].strip()][:2]
            if len(above) == 2 and is_heading(lines[above[0]]):  # not the page's first line (its title)
                captions.add(above[0])
        run = [i] if ok else []
    return rows, captions


def find(lines: list[str], rules: tuple[Rule, ...], columns: set[int] | frozenset[int] = frozenset(),
         cells: dict[int, tuple[str, ...]] | None = None, tabbed: set[int] | frozenset[int] = frozenset(),
         apparatus: dict[int, str] | None = None) -> Findings:
    """Decide which (whitespace-normalised) lines are boilerplate; see the module docstring.
    `columns` are the lines that were rows of a plain-text table before normalisation, `cells`
    the cells of every line that was set in columns, `tabbed` the rows split by tabs, `apparatus`
    lines already known to be metadata, with the reason (a data export's "#" header and notes, a
    reference record's fields): dropped, their stamps still date the text."""
    cells = cells or {}
    f = Findings()
    n = len(lines)
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    nonblank_set = set(nonblank)  # as the page came, before any line is dropped
    promo_terms = [r.regex for r in rules if r.scope == "promo_term"]

    def drop(i: int, reason: str) -> None:
        f.drops.setdefault(i, reason)

    for i, reason in sorted((apparatus or {}).items()):
        drop(i, reason)

    # 1. pattern rules, line by line
    dates: dict[int, str] = {}  # line -> date it states; the first line's date is the document's
    body = [i for i in nonblank if is_body(lines[i]) and not _match(rules, lines[i], LINE_SCOPES)]
    first_body = body[0] if body else n
    # the first body line that ends a sentence: a long title with commas has not begun the article
    first_prose = next((i for i in body if re.search(r"[.!?][\"”’)]?$", lines[i].strip())), n)
    # the first line that ends a sentence: in a hard-wrapped text no line is long enough for `body`
    first_text = next((i for i in nonblank if words(lines[i]) >= 5 and re.search(r"[.!?][\"”’)]?$", lines[i].strip())), n)
    first_text = min(first_text, first_body)
    item_markers: set[str] = set()  # footer rules already matched inside the body
    entry_days: dict[int, str] = {}  # full-date lines inside the body
    forwarded: list[int] = []  # forwarded items' date lines (FORWARDED_RULES)
    order = numeric_order("\n".join(lines))  # how the document writes all-numeric dates
    labels = speakers(lines)  # a script's speaker and caption labels
    head_years: dict[int, str] = {}  # line -> the edition year in a printed page's running head
    serial_heads: set[int] = set()  # running heads naming a serial (an almanac, a yearbook) before the year
    labelled_days: dict[int, str] = {}  # "Day 3 — 12 March 2024" lines inside the body
    in_section: set[int] = set()  # lines of a page-matter section (a disclaimer, speakers' bios)
    closings: dict[int, str] = {}  # place-and-date lines below the first prose
    footer_lines: list[int] = []  # lines a footer marker dropped (a stamp there dates the page when nothing else does)
    finished: list[int] = []  # lines saying when the text was completed ("Responses received: ...")
    spoken: list[int] = []  # lines saying when a speech was given ("as delivered on ...")
    messages: dict[int, tuple[str, str]] = {}  # post and comment headers -> (rule, the date they state)
    replying: set[int] = set()  # "Replying to @..." lines
    for i in nonblank:
        hit = _match(rules, lines[i].strip(), LINE_SCOPES)
        if not hit:
            continue
        rule, m = hit
        if rule.rule_id in HEADER_ONLY_RULES and i >= first_body:
            continue  # "Asian Survey, Vol. 59, No. 3 (15 May 2019)" cited in the body dates nothing
        if rule.rule_id in QUOTE_ATTRIBUTION_RULES and any(
                k is not None and _DASH_ITEM.match(lines[k]) for k in (
                    next((j for j in reversed(nonblank) if j < i and re.search(r"\w", lines[j])), None),
                    next((j for j in nonblank if j > i and re.search(r"\w", lines[j])), None))):
            continue  # "— Nuclear tests and new sanctions, 1998" among others: a list's item, not who said a quotation
        if rule.rule_id == TABLE_NOTE_RULE and not _under_table(lines, nonblank, i, columns, rule):
            continue  # "1/ The $3 billion ..." opening a thread is not a note under a table
        if rule.rule_id == COMMUNITY_NOTE_RULE:  # "Readers added context ...": its block, up to a blank line,
            drop(i, f"{rule.reason} [{rule.rule_id}]")  # is written by other users (GUIDELINES 8.16)
            for j in itertools.takewhile(lambda j: lines[j].strip(), range(i + 1, n)):
                drop(j, "a community note under a post: written by other users, like a comment")
            continue
        if rule.rule_id == RELATED_RULE:
            if is_heading(lines[i].rstrip().rstrip(":")):  # "Also Read:", then its headlines, up to a blank line
                drop(i, f"{rule.reason} [{rule.rule_id}]")
                _drop_headlines(lines, i, n, drop, rule.rule_id)
            continue
        if rule.scope == "section":
            if is_heading(lines[i]):
                drop(i, f"{rule.reason} [{rule.rule_id}]")
                for j in nonblank:
                    if j > i:
                        if rule.rule_id in BLOCK_SECTION_RULES:
                            if j - 1 not in nonblank_set:
                                break
                        elif rule.rule_id in LIST_SECTION_RULES:
                            # an entry ("CRS   Congressional Research Service") or its continuation
                            # ("          (Kerry-Lugar-Berman)" under one): anything else ends the list
                            if not (_abbreviation_entry(lines[j]) or (j - 1 in nonblank_set and j - 1 in f.drops
                                                                      and (lines[j][:1].isspace() or lines[j].lstrip().startswith("(")))):
                                break
                        elif (is_heading(lines[j]) and not _wraps_on(lines, j)) or _SEPARATOR.fullmatch(lines[j].strip()):
                            break  # the next heading, or a rule ("---"), ends the section
                        drop(j, f"in the section '{lines[i].strip()}' [{rule.rule_id}]")
                        in_section.add(j)
            continue
        if rule.scope == "footer":
            if i < first_body:
                drop(i, f"{rule.reason} [{rule.rule_id}]")
                continue
            body_after = len(body) - bisect.bisect_right(body, i)
            # a marker that already closed an item higher up ("Read more: ..." after each story of
            # a digest) separates items; it does not start the page footer
            if body_after <= FOOTER_MAX_BODY_AFTER and rule.rule_id not in item_markers:
                for j in nonblank:
                    if j >= i:
                        drop(j, f"page footer after '{lines[i].strip()}' [{rule.rule_id}]")
                        footer_lines.append(j)
                break
            drop(i, f"{rule.reason} [{rule.rule_id}]")
            if rule.rule_id == REFERENCES_RULE and _SOURCES_HEAD.fullmatch(lines[i].strip(" #*_:")) and is_heading(lines[i]):
                # a "Sources" heading in mid-page (an atlas plate's sources note, then the editor's
                # commentary): its lines that cite a year, up to the next heading, are apparatus (GUIDELINES 8.1)
                for j in nonblank:
                    if j > i:
                        cited = len(_CITED_YEAR.findall(lines[j]))
                        heading = is_heading(lines[j]) and not lines[j].rstrip().endswith(".")  # a citation ends in "."
                        if heading or not cited or (is_body(lines[j]) and cited < 2):
                            break  # the next heading, a line that cites nothing (a reply below the list), prose
                        drop(j, f"in the section '{lines[i].strip()}' [{rule.rule_id}]")
            item_markers.add(rule.rule_id)
            if rule.rule_id in HEADLINE_BOX_RULES and is_heading(lines[i].rstrip().rstrip(":")):
                _drop_headlines(lines, i, n, drop, rule.rule_id)  # "Related stories:" in mid-page: its headlines too
            continue
        drop(i, f"{rule.reason} [{rule.rule_id}]")
        groups = m.groupdict()
        if groups.get("author") and f.author is None:
            f.author, f.author_line = groups["author"], i
        stated = (groups.get("date") or "").rstrip(" .")  # "Guide published October 2022."
        if rule.rule_id == REPLYING_RULE:
            replying.add(i)
        if rule.rule_id in MESSAGE_STAMP_RULES:
            messages[i] = (rule.rule_id, stated)  # dated below, once the page's own date (and year) is known
            continue
        if stated and (found := parse_date(stated, order=order, short_year=rule.rule_id in SHORT_YEAR_RULES)
                       or search_date(stated) or parse_date(stated, month_ok=True)):
            dates.setdefault(i, found)
            if rule.rule_id in FORWARDED_RULES:
                forwarded.append(i)
            if rule.rule_id in FINISHED_RULES:
                finished.append(i)
            if rule.rule_id in SPOKEN_RULES:
                spoken.append(i)
            if rule.scope == "dateline" and (i > first_body or rule.rule_id in MESSAGE_HEADER_RULES) and len(found) == 10:
                entry_days[i] = found  # "Caption date: 22-07-2019" over each item of a package
        if rule.scope == "cta":
            above = [j for j in nonblank if j < i][::-1][:PROMO_LOOKBACK]
            for j in above:
                s = lines[j].strip()
                if j in f.drops or any(t.search(s) for t in promo_terms) or is_heading(s):
                    drop(j, f"promotion above the call to action '{lines[i].strip()}' [{rule.rule_id}]")
                else:
                    break

    # 2. structural rules
    for i in nonblank:  # a page's footnotes under a short rule ("____________" / "1 Interview with ..."): notes
        if _FOOTNOTE_RULE.fullmatch(lines[i].strip()):
            block = list(itertools.takewhile(lambda j: lines[j].strip(), range(i + 1, n)))[:FOOTNOTE_MAX_LINES + 1]
            if (0 < len(block) <= FOOTNOTE_MAX_LINES and (m := _FOOTNOTE_START.match(lines[block[0]].strip()))
                    and _marked_above(lines, i, m["mark"])):  # its note's mark stands in the text above
                for j in [i, *block]:
                    drop(j, "footnotes under a footnote rule: notes, not the text (GUIDELINES 8.1)")
    for i in nonblank:  # a digest's or newsletter's list of contents: its items are page matter
        if _CONTENTS_HEAD.fullmatch(lines[i].strip(" *_#")):
            j = next((j for j in nonblank if j > i), n)
            items: list[int] = []  # one short entry per line, after blank lines under the heading at most
            while j < n and lines[j].strip() and is_heading(lines[j]):
                items.append(j)
                j += 1
            # in the body, only a page's own contents: each entry is a heading further down
            later = {lines[k].strip(" *_#") for k in nonblank if k > (items[-1] if items else i)}
            if len(items) >= CONTENTS_MIN_ITEMS and (i < first_body or all(lines[k].strip() in later for k in items)):
                for j in [i, *items]:
                    drop(j, f"list of contents under '{lines[i].strip()}'")
    # a community annotation under a text (Genius-style): quoted notes signed with a contributor and
    # a vote count ("— sindhi_historian · ▲ 37"), under the fragment they annotate ("[1] "…""):
    # readers' contributions, like comments (GUIDELINES 8.14)
    for i in nonblank:
        if _VOTED_SIGNATURE.fullmatch(lines[i].strip()):
            drop(i, "a community annotation's contributor and votes: a reader's contribution")
            for j in reversed([j for j in nonblank if j < i]):
                s = lines[j].strip()
                if s.startswith(">"):
                    drop(j, "a community annotation: a reader's contribution, like a comment")
                    continue
                if _ANNOTATION_LABEL.fullmatch(s):
                    drop(j, "a community annotation's label (the fragment it annotates)")
                break
    # a parallel translation in another script (the Urdu paragraphs of a bilingual release) in a
    # text written mostly in Latin script: the English is annotated once (GUIDELINES 8.15)
    letters = [c for i in nonblank for c in lines[i] if c.isalpha()]
    if letters and sum(1 for c in letters if c < _LATIN_END) > len(letters) / 2:  # by letters, not lines
        for i in nonblank:
            share = _latin_share(lines[i])
            if share is not None and share < OTHER_SCRIPT_MAX_LATIN:
                drop(i, "a parallel translation in another script: the text is annotated in its main script")
    # a database export of several records ("Document 2 of 4" over each): each record is an entry
    # dated by its own publication date field ("Publication date: Nov 28, 2011")
    heads = [i for i in nonblank if _RECORD_HEAD.fullmatch(lines[i].strip())]
    if len(heads) >= ENTRY_MIN_HEADINGS:
        for k, head in enumerate(heads):
            end = heads[k + 1] if k + 1 < len(heads) else n
            drop(head, "a database record's number: it heads the record")
            for j in range(head, end):
                entry_days.pop(j, None)  # its date fields date the record, not entries of their own
            for j in (j for j in nonblank if head < j < end):
                if hit := _match(rules, lines[j].strip(), ("record",)):  # "Publication info: ...", "Subject: ..."
                    drop(j, f"{hit[0].reason} [{hit[0].rule_id}]")
                if (m := _RECORD_DATE.fullmatch(lines[j].strip())) and (day := search_date(m["value"])) \
                        and head not in f.anchors:
                    f.anchors[head] = day
                    f.dated_by[head] = j
    # numbered notes whose numbers mark references in the text ("... to President Reagan(1)" /
    # "(1) Reagan initialed the Approve option on June 10."): footnotes, apparatus (GUIDELINES 8.1)
    for i in _footnotes(lines, nonblank):
        drop(i, "a footnote: its number marks a reference in the text (apparatus)")
    for i in index_entries(lines, nonblank):
        drop(i, "an index entry: a term and its page numbers (apparatus)")
    infobox, captions = infobox_rows(lines)
    for i in sorted(infobox | captions):
        if i < first_body:
            drop(i, "infobox: label and value lines (a table, not prose)" if i in infobox else "infobox caption")
    for run in _date_field_runs(lines, infobox):
        for i in run:  # in the body too: "Abstract deadline: 31 January 2025" / "Notification of authors: 7 March 2025"
            drop(i, "field list of dates: label and date lines (a table, not prose)")
    for i in _date_fields(lines, nonblank):  # "point in time: 19 May 1954" / "location: Karachi"
        drop(i, "a record's date field: label and date (a table, not prose)")
    replies = _replies(lines, nonblank, messages, replying)
    for i, reply in replies.items():
        for j in reply:
            drop(j, "a reply by another user under a post: a reader comment, not the source's text")
    for i in nonblank:
        if i in messages:
            continue  # a post's date is not the page's
        s = lines[i].strip()
        masthead = masthead_date(s, rules, cells.get(i, ()))
        masthead = masthead if masthead and (i < first_body or masthead[1]) else None
        if masthead and masthead[0]:
            dates.setdefault(i, masthead[0])  # also from a line another rule dropped ("Source: Daily X | Editorial of …")
        if i in f.drops:
            if masthead and masthead[1] and i >= first_body and len(masthead[0]) == 10 and _STAMP_LABEL.match(s):
                f.anchors[i] = masthead[0]  # an update's "Update | December 2, 2023" heading, dropped as a stamp
            if ((_PAGE_STAMP.match(s) and (found := _stamp_date(s, rules)))
                    or (found := _stamp_date(s, rules, only=_COPY_STAMPS))):
                dates.setdefault(i, found)  # "This page was last edited on ...", "Exported from ... · 14 May 2024"
            elif i in in_section and (i - 1 not in in_section or not lines[i - 1].strip()):
                para = list(itertools.takewhile(lambda k: k in in_section and lines[k].strip(), range(i, n)))
                if found := _stamp_date(" ".join(lines[k].strip() for k in para), rules, any_length=True):
                    dates.setdefault(i, found)  # "Report completed and first disseminated on ..." in a disclaimer
            continue
        if (not re.search(r"[^\W\d_]", s) and not parse_date(s, order=order) and not _YEAR_LABEL.fullmatch(s)
                and not (i > first_text and _labelled_day(s, order))):  # not a changelog's "[2.3.0] - 2024-05-14"
            if not (_YEAR_ENDS_SENTENCE.fullmatch(s) and i > 0 and re.search(r"[\w,]$", lines[i - 1].strip())):
                drop(i, "page furniture: no words (separator, counter)")  # not "1959;" ending a wrapped sentence
        elif day := parse_date(s, order=order) or parse_date(_undivided(s), order=order):
            drop(i, "dateline: a line that is only a date")
            if i < first_body:
                dates.setdefault(i, day)
            elif len(day) == 10 and _signed_place(lines, nonblank, i):
                closings[i] = day  # a signature's place, then its date on a line of its own ("Karachi" / "August 28, 2024")
            if len(day) == 10 and (i >= first_body or i > first_text or (i == min(dates) and _undivided(s) != s)):
                entry_days[i] = day  # a diary entry's heading, if there are several (under notes' short lines too)
        elif i > first_text and (day := _labelled_day(s, order)):
            labelled_days[i] = day  # "50 YEARS AGO: NOVEMBER 1, 1974": an entry's heading, if there are several
        elif i < first_prose and not is_script_line(s, labels) and (found := parse_date(s, month_ok=True) or _place_date(s)):
            drop(i, "dateline: a line that is only a month, or a place and a date, above the body")
            dates.setdefault(i, found)
        elif (found := _place_date(s)) and len(found) == 10:
            closings[i] = found  # "Islamabad, 3 July 2012" under a note: checked below
        elif _CLOCK.fullmatch(s):
            drop(i, "timestamp: a line that is only a clock time (a live-blog entry)")
        elif (_page_head(s, cells.get(i, ())) and _page_margin(lines[i - 1] if i else "")
              and _page_margin(lines[i + 1] if i + 1 < n else "")):  # alone: not a numbered paragraph's first line
            drop(i, "running head of a printed page: a page number or guide word beside the book's title")
            if year := next((m[1] for c in cells[i] if (m := _HEAD_YEAR.search(c))), None):
                head_years.setdefault(i, year)  # "WHO'S WHO 2016": the edition's year, if nothing else dates the text
                if any(_SERIAL_TITLE.search(c) for c in cells[i]):
                    serial_heads.add(i)  # a serial's edition year: one head is enough
        elif _fact_line(s):
            drop(i, "key facts set as labelled fields (an almanac's \"Government: Type: ...; Head of state: ...\"): table matter")
        elif _choice_row(cells.get(i, ())):
            pass  # a question's answer options set in columns: kept
        elif (_TABLE_ROW.fullmatch(s) or i in columns) and not _prose_row(s, cells.get(i), i in tabbed):
            drop(i, "table row: a table is not prose")
            if i < first_body and i in columns and (found := search_date(s)):
                dates.setdefault(i, found)  # a masthead set in columns ("Vol. VII   LAHORE, THURSDAY, MAY 20, 1954")
        elif masthead:
            drop(i, "masthead: a line of short parts, one of them a date")
            if i >= first_body and len(masthead[0]) == 10:
                f.anchors[i] = masthead[0]  # a second story's "Published: ... | Updated: ..." line
        elif i < first_body and len(cells.get(i, ())) >= 2 and all(words(c) <= 5 for c in cells[i]) \
                and not re.search(r"[.!?]$", s):
            drop(i, "header set in columns: short parts, no sentence")  # "36-412 PDF      WASHINGTON : 2020"
        elif found := _stamp_date(s, rules):
            drop(i, "page notes with a publication or update stamp")
            dates.setdefault(i, found)
        elif _is_menu(s):
            drop(i, "navigation: a line of short link labels")
    # a letter's or note's closing place and date ("Islamabad, 3 July 2012" under its last
    # paragraph, then only short lines: seal, addressee): it dates the text above it, back to the
    # previous separator or closing date, and the first dates the page if nothing above it does.
    # Not a schedule's dates ("Upcoming rounds:" / "Washington, 12 June 2024"), nor, on a page dated
    # elsewhere, a closing later than that date or one whose text runs from the top of the page
    if not dates and head_years:
        year, count = collections.Counter(head_years.values()).most_common(1)[0]
        if count >= HEAD_YEAR_MIN or any(head_years[i] == year for i in serial_heads):
            dates[min(i for i, y in head_years.items() if y == year)] = year
    if len(forwarded) >= ENTRY_MIN_HEADINGS:  # items forwarded into messages: each dates its item, none the page
        for i in forwarded:
            dates.pop(i, None)
    published = dates[min(dates)] if dates else None
    start = -1
    closing_entries: dict[int, str] = {}  # line the note starts after -> its closing date

    def opening(i: int, day: str) -> None:
        # not a closing, but a memo's or letter's opening date line in the body, its subject and then
        # prose below ("Washington, June 8, 1981" / "SUBJECT" / ...): it dates the text below it
        if _opens_memo(lines, nonblank, f.drops, i):
            drop(i, "opening place and date of a letter or memo: it dates the text below it")
            f.anchors[i] = day

    body_set = set(body)
    signed_in_issue = "closing place and date of a letter or note: the day it was signed, its page dated by its issue"

    def _next_is_body(j: int) -> bool:
        return next((k for k in nonblank if k > j), None) in body_set

    for i, day in sorted(closings.items()):
        if _between_rules(lines, nonblank, i):  # "-----" / "Paris, 29 June 2018" / "-----": a dated heading
            drop(i, "place and date set between rules: a dated heading, it dates the text below it")
            f.anchors[i] = day
            continue
        above = [j for j in nonblank if start < j < i and j not in f.drops]
        # up to a separator, or a distribution list's label ("Copy to:", "cc:") under the signature
        below = list(itertools.takewhile(lambda j: not _SEPARATOR.fullmatch(lines[j].strip())
                                         and not _LIST_LABEL.fullmatch(lines[j].strip()),
                                         (j for j in nonblank if j > i)))
        # right under it, an attachment's title over its prose ("Justification for Waiver ..."): the
        # signature of a memorandum in a dated issue, dropped below (it never dates the text itself)
        attached = bool(below and is_heading(head := lines[below[0]].strip()) and ":" not in head
                        and not search_date(head) and _next_is_body(below[0]))
        prose = [j for j in above if re.search(r"[.!?][\"”’)]?$", lines[j].strip())]
        signatory = [j for j in above if prose and j > prose[-1]]
        signed = bool(prose) and not any(words(lines[j]) > CLOSING_SIGNATORY_MAX_WORDS or lines[j].rstrip().endswith(":")
                                         for j in signatory)
        if attached and signed and published and day <= published[:len(day)] and start < 0:
            drop(i, signed_in_issue)
            continue
        if not signed or any(j in body or j in closings for j in below):
            if not signed:  # (under a note's prose and its signatory, a date closes that note, not the next)
                opening(i, day)
            continue  # prose, at most a signatory's short lines, the date, then nothing but short lines
        seps = [j for j in nonblank if start < j < prose[0] and _SEPARATOR.fullmatch(lines[j].strip())]
        key = seps[-1] if seps else start
        if published and day > published[:len(day)]:
            continue
        if published and key < 0:  # a signed memorandum in a dated issue ("THE WHITE HOUSE, / Washington, March 24, 2004.")
            drop(i, signed_in_issue)
            continue
        drop(i, "closing place and date of a letter or note: it dates the text above it")
        closing_entries[key] = day
        f.dated_by[key] = i
        dates.setdefault(i, day)
        start = i
    # a diary: each entry's date heads it (an e-mail's quoted message, dated by its own header, counts)
    quoted = sum(rule_id == EMAIL_RULE for rule_id, _ in messages.values())
    if len(entry_days) + len(labelled_days) + quoted >= ENTRY_MIN_HEADINGS:
        for i in labelled_days:
            drop(i, "dated entry heading: a short label and a full date")
        f.anchors.update(entry_days)
        f.anchors.update(labelled_days)
    # the few lines after a closing separator ("---", "—"): a closing credit whose publication stamp
    # dates the text however long the line is ("This transcript was prepared from the live broadcast
    # of Tuesday, September 4, 2018, ..."), and otherwise the page footer (below)
    closing = [i for i in nonblank if i > first_body and _SEPARATOR.fullmatch(lines[i].strip())]
    after = [j for j in nonblank if closing and j > closing[-1]]
    # without a separator, the text's last lines of text may hold the credit ("... This issue was
    # mailed to members on Sunday, 6 October 2024.", or a print edition's credit above a bio line)
    tail = [j for j in nonblank if j not in f.drops and j > first_body][-CREDIT_TAIL_LINES:]
    credit = after if 0 < len(after) <= CLOSING_MAX_LINES else (tail or nonblank[-1:]) if not after else []
    if credit:
        for j in credit:
            if j not in f.drops and (found := _stamp_date(lines[j], rules, any_length=True, only=_CREDIT_STAMPS)):
                dates.setdefault(j, found)
                drop(j, "closing credit with a publication stamp")
    if not dates and first_text < n and first_text not in f.drops:
        # nothing else dates the page: a stamp sentence in its first line of text, an "about this
        # page" note however long ("Made by ... for PS-312. Last edited 9 March 2023. Cards are ...")
        if found := _stamp_date(lines[first_text], rules, any_length=True, exact=True):
            dates[first_text] = found
    if not dates:
        # ... or a dateline opening the first paragraph ("Singapore, 31 July 2024 -- Astra ... has
        # upgraded ..."): the story's date, though the line is its text
        for i in [i for i in nonblank if i not in f.drops][:LEAD_DATELINE_LINES]:  # under a masthead and headline
            if found := lead_dateline(lines[i]):
                dates[i] = found
                break
    if not dates:
        # ... or, last, a mailing or update stamp in the page footer the text ends with ("You are
        # receiving this email because ... This email was sent on Monday, July 1, 2024."), as an
        # HTML page's <footer> does (GUIDELINES 8.1), or in the page notes that close the page after
        # its last separator ("This page is maintained by ... Last revised 3 June 2023. Photos ...")
        last_kept = [j for j in nonblank if j not in f.drops][-2:]  # page notes close the page
        for j in footer_lines + [j for j in after if j not in f.drops and j in last_kept
                                 and all(not is_body(lines[k]) for k in last_kept if k > j)]:
            if (found := _stamp_date(lines[j], rules, any_length=True, exact=True)) and len(found) == 10:
                dates[j] = found  # a stamp sentence that ends with its date ("Last revised 3 June 2023."),
                drop(j, "page notes with an update stamp: it dates the page")  # not "Released on ..., it sold well"
                break
    if dates:
        first = min(dates)
        # the text was finished when its written answers came in, after the hearing its header names
        # (GUIDELINES 8.13: of two metadata dates, the later one)
        f.date = max([dates[first]] + [dates[i] for i in finished])
        issued = [day for key, day in closing_entries.items() if key < first and day < f.date]
        if issued:  # a programme signed "Islamabad, 17 July 2019" under its "SATURDAY, 20 JULY 2019" days:
            f.date = min(issued)  # issued before the days it schedules, which do not date it (GUIDELINES 8.1)
        if spoken and dates[spoken[0]] <= f.date:  # "today" in a speech is the day it was given
            f.date = dates[spoken[0]]  # (GUIDELINES 8.15), not the later day it was released
        if not (first >= first_body and first in f.anchors and _STAMP_LABEL.match(lines[first].strip(" *_#"))):
            f.anchors.pop(first, None)  # the publication line itself anchors the whole text
            # (not a dated update under the body, "Update | December 2, 2023", which anchors its own text)
    f.anchors.update(closing_entries)
    for i, (rule_id, stated) in messages.items():  # each post or comment is dated by its own header
        if i in replies:
            continue
        day = _post_day(stated, f.date, order)
        f.anchors[i] = day if day and len(day) == 10 else ""
        if rule_id in BLOCK_MESSAGE_RULES:  # a post ends at its first blank line: the page's text resumes
            post = next((j for j in range(i + 1, n) if lines[j].strip() and j not in f.drops), n)
            blank = next((j for j in range(post, n) if not lines[j].strip()), n)
            # the next kept line (past replies and furniture); another post's header dates its own post
            resume = next((j for j in range(blank, n) if lines[j].strip()
                           and (j not in f.drops or j in messages and j not in replies)), None)
            if resume is not None and resume not in messages:
                f.anchors.setdefault(blank, "")
    resumed: list[int] = []  # where the text around a quotation resumes its own date
    for i, day, block in _quote_sources(lines, f.drops):
        # a block quote's source line with its date, under it ("> — Dawn, editorial, 14 February 2024")
        # or over it ("From X's column in The Friday Times, 2 March 2024:"): apparatus that dates the
        # quotation (GUIDELINES 8.17), after which the text around it resumes its own date
        drop(i, "a quotation's source line with its date: it dates the quotation")
        enclosing = [k for k in f.anchors if k < block[0]]
        resume = f.anchors[max(enclosing)] if enclosing else ""
        for r in [r for r in resumed if all(not lines[j].strip() or j in f.drops for j in range(r + 1, block[0]))]:
            f.anchors.pop(r, None)  # nothing of the text between two quotations: no resuming there
            resumed.remove(r)
        f.anchors[block[0] - 1] = day  # (an anchor is a heading's line: its entry starts below it)
        if max(block[-1], i) not in f.anchors:
            f.anchors[max(block[-1], i)] = resume
            resumed.append(max(block[-1], i))

    if 0 < len(after) <= CLOSING_MAX_LINES and not any(j in body for j in after):
        for j in after:  # short lines after the closing separator are the page footer
            drop(j, f"page footer after the closing separator '{lines[closing[-1]].strip()}'")

    # running headers and footers of a paginated text (PDF extracts): a short line repeated on
    # three or more pages is page furniture, every copy of it, also when each copy ends in its
    # own page number ("Quarterly Progress Report - FY2016 Q3 7", "... Q3 ii")
    counts: dict[str, list[int]] = {}
    for i in nonblank:
        if i not in f.drops and 0 < words(lines[i]) <= HEADER_MAX_WORDS:
            counts.setdefault(_norm(_PAGE_NO_END.sub("", lines[i])), []).append(i)
    for key, where in counts.items():
        if key and len(where) >= RUNNING_HEADER_MIN_REPEATS:
            for i in where:
                drop(i, f"running header or footer repeated on {len(where)} pages")

    # 3. author name and bio near a byline (header zone only)
    kept = [i for i in nonblank if i not in f.drops]
    if f.author is None:
        for i in kept:
            if i >= first_body:
                break
            s = lines[i].strip()
            if not _NAME.fullmatch(s):
                continue
            later = [j for j in nonblank if j > i][:2]
            bio = any(lines[j].strip().startswith(s + ",") for j in later)
            linked = any(j in f.drops and "byline" in f.drops[j] for j in later)
            if bio or linked:
                f.author, f.author_line = s, i
                break
    if f.author:
        last_kept = max((i for i in nonblank if i not in f.drops), default=-1)  # above the footer dropped already
        for i in nonblank:
            s = lines[i].strip()
            if i in f.drops:
                continue
            if s == f.author and (f.author_line is None or i == f.author_line or i < first_body):
                drop(i, "byline: author name")
            elif s.startswith(f.author) and re.match(r"[,’']| is | has ", s[len(f.author):]) and words(s) <= 40 and i < first_body:
                drop(i, "byline: author bio")
            elif (i == last_kept and i != f.author_line and s.startswith(f.author + " ")
                  and re.match(r" [a-z]", s[len(f.author):]) and words(s) <= 60):
                drop(i, "byline: author bio closing the page")

    # 4. title and its repeats
    kept = [i for i in nonblank if i not in f.drops]
    norms = {i: _norm(lines[i]) for i in kept}
    last_seen = {norms[i]: i for i in kept}
    for i in kept:
        if i >= first_body:
            break
        s = lines[i].strip()
        if not is_heading(s):
            continue
        repeated = last_seen[norms[i]] > i
        followed_by_blank = i + 1 >= n or not lines[i + 1].strip()
        if repeated or followed_by_blank:
            f.title, f.title_line = s, i
            break
    if f.title_line is not None:
        for j in kept:
            if j > f.title_line and norms[j] == norms[f.title_line]:
                drop(j, "title repeated as a heading")

    # 5. truncated teasers and duplicated paragraphs
    kept = [i for i in nonblank if i not in f.drops]
    by_opening: dict[str, list[int]] = {}  # first eight words -> kept lines that start with them
    for i in kept:
        by_opening.setdefault(" ".join((norms.get(i) or _norm(lines[i])).split()[:8]), []).append(i)
    seen: set[str] = set()
    for i in kept:
        s = lines[i].strip()
        # cut with an ellipsis, or mid-sentence (an e-reader's first, shorter highlight of a passage)
        if _ELLIPSIS.search(s) or (not ends_sentence(s) and i != f.title_line  # not a headline its lede repeats
                                   and (i + 1 == n or not lines[i + 1].strip() or i + 1 in f.drops)):
            stem = _norm(_ELLIPSIS.sub("", s))
            later = [j for j in by_opening.get(" ".join(stem.split()[:8]), []) if j > i]
            if words(stem) >= 8 and any((norms.get(j) or _norm(lines[j])).startswith(stem) for j in later):
                drop(i, "truncated teaser repeating a later paragraph")
                continue
        key = norms.get(i) or _norm(s)
        if words(s) >= 6 and key in seen:
            drop(i, "duplicate of an earlier paragraph")
        seen.add(key)
    return f
