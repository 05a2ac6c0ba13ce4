"""Repair plain textual defects in kept lines, logging each one.

Repairs are deliberately few and mechanical: a doubled word ("the the United States"),
a paragraph broken in mid-sentence by a hard line break, list bullets and Markdown markup.
Legitimate doubles ("that that", "had had") are listed in `codebooks/doubled_words_ok.txt`.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from .paths import CODEBOOKS

_DOUBLED = re.compile(r"\b([^\W\d_]+)(\s+)(\1)\b", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•·▪◦●■►‣*+-]|\d{1,2}[.)])\s+(?=\S)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# inline HTML a Markdown renderer passes through and the reader never sees ("<sub>Exported ...</sub>")
# a footnote mark set as a superscript ("in 2011<sup>4</sup>"): the mark goes with its tags
_MD_FOOTNOTE_SUP = re.compile(r"<sup\b[^<>]*>\s*(?:\d{1,3}|[*†‡§]+|\[\d{1,3}\])\s*</sup>", re.IGNORECASE)
_MD_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a line break inside a Markdown line reads as a space
_MD_INLINE_TAG = re.compile(r"</?(?:sub|sup|small|span|b|i|u|em|strong|mark|kbd|abbr|ins|del|s|font)\b[^<>]*>",
                            re.IGNORECASE)
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


_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)  # an HTML comment in a Markdown file: not shown
# a draft's tracked changes in CriticMarkup: insertions, deletions, substitutions, comments, highlights
_CRITIC = re.compile(r"\{\+\+(?P<ins>(?:(?!\+\+\}).)*)\+\+\}|\{--(?P<del>(?:(?!--\}).)*)--\}"
                     r"|\{~~(?P<old>(?:(?!~>|~~\}).)*)~>(?P<new>(?:(?!~~\}).)*)~~\}"
                     r"|\{>>(?P<note>(?:(?!<<\}).)*)<<\}|\{==(?P<mark>(?:(?!==\}).)*)==\}", re.S)


def _accepted(m: re.Match) -> Repair:
    """A tracked change accepted: insertions and the new side of substitutions kept, deletions and
    reviewers' comments dropped, highlights unmarked (GUIDELINES 8.8, 8.15)."""
    keep = next((m[g] for g in ("ins", "new", "mark") if m[g] is not None), "")
    return Repair(m[0], keep, "tracked change accepted" if m["note"] is None
                  else "reviewer's comment on a tracked draft removed")


def accept_changes(line: str, repairs: list[Repair] | None = None) -> str:
    """The line with its tracked changes accepted (`_accepted`)."""
    def sub(m: re.Match) -> str:
        fix = _accepted(m)
        if repairs is not None:
            repairs.append(fix)
        return fix.after
    out = _CRITIC.sub(sub, line)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", out) if out != line else out  # no double space where a change was


def multiline_markup(text: str, fmt: str) -> tuple[str, list[tuple[int, Repair]]]:
    """Tracked changes (and, in Markdown, HTML comments) that span line breaks, accepted or removed
    over the whole text, with their 1-based first lines; each removed line break is put back after
    what is kept, so that every later line keeps its number. One-line ones are left to `strip_markup`."""
    if fmt == "html" or ("{" not in text and "<!--" not in text):
        return text, []
    fixes: list[tuple[int, Repair]] = []

    def sub(m: re.Match) -> str:
        if "\n" not in m[0]:
            return m[0]
        fix = Repair(m[0], "", "HTML comment removed") if m[0].startswith("<!--") else _accepted(m)
        fixes.append((text.count("\n", 0, m.start()) + 1, fix))
        return fix.after + "\n" * (m[0].count("\n") - fix.after.count("\n"))

    text = _CRITIC.sub(sub, text)
    if fmt == "md":
        text = _MD_COMMENT.sub(sub, text)
    return text, fixes


def strip_markup(line: str, fmt: str) -> tuple[str, list[Repair]]:
    """Accept a draft's tracked changes (text files), remove list bullets (any format) and Markdown
    heading/emphasis/link markup and inline HTML tags (.md files)."""
    repairs: list[Repair] = []
    m = _BULLET.match(line)
    if m:
        repairs.append(Repair(m[0], "", "list marker removed"))
        line = line[m.end():]
    if fmt != "html" and "{" in line:
        line = accept_changes(line, repairs)
    if fmt == "md":
        m = _MD_HEADING.match(line)
        if m:
            repairs.append(Repair(m[0], "", "Markdown heading marker removed"))
            line = line[m.end():]
        for pat, reason in ((_MD_COMMENT, "HTML comment removed"),
                            (_MD_FOOTNOTE_SUP, "superscript footnote mark removed"), (_MD_BREAK, "inline line break read as a space"),
                            (_MD_INLINE_TAG, "inline HTML tag removed"), (_MD_LINK, "Markdown link reduced to its text"),
                            (_MD_EMPHASIS, "Markdown emphasis removed")):
            def sub(mm: re.Match, pat=pat, reason=reason) -> str:
                keep = ("" if pat in (_MD_INLINE_TAG, _MD_FOOTNOTE_SUP, _MD_COMMENT) else " " if pat is _MD_BREAK
                        else mm[1] if pat is _MD_LINK else mm[2])
                repairs.append(Repair(mm[0], keep, reason))
                return keep
            line = pat.sub(sub, line)
    return line, repairs


_OPEN_WORDS = (r"the|a|an|of|to|in|on|for|and|or|nor|but|with|by|from|at|as|that|than|into|onto|"
               r"its|their|his|her|our|this|these|those|which|who|whose|was|were|is|are|had|has|have")
# ... also capitalised as a new sentence's first word ("... the strategic dialogue. In" / "October 2009 ...")
_OPEN_END = re.compile(rf"\b(?:{_OPEN_WORDS})$|(?<=[.!?] )(?i:{_OPEN_WORDS})$")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_LIST_START = re.compile(r"(?:\d{1,3}|[a-z])[.)]\s")
JOIN_MIN_WORDS_SOFT = 5  # a shorter line joins only when the break is unmistakable (see `continues`)


_QUOTE_MARK = re.compile(r"(?:>\s?)+")  # the quotation marks of a reply's quoted lines


def continues(line: str, nxt: str) -> bool:
    """True when `line` stops mid-sentence and `nxt` (the very next line) carries it on: a long
    prose line ending on a lower-case word, or (hard-wrapped text, PDF extracts) a line of a few
    words ending on a word that cannot end a sentence ("to", "the", "of") or followed by a line
    that starts in lower case, with a number or a currency sign ("... has given Pakistan / more
    than $34 billion")."""
    from .boilerplate import words
    q, ql = _QUOTE_MARK.match(nxt), _QUOTE_MARK.match(line)
    if q and ql:  # an e-mail's quoted paragraph ("> ... aid" / "> numbers before then?"), judged without the
        if q.group(0).replace(" ", "") != ql.group(0).replace(" ", ""):  # marks; not across quote depths
            return False
        nxt = nxt[q.end():]
    if not nxt or _LIST_START.match(nxt) or not re.match(r"[^\W_]|[$£€]", nxt):
        return False
    if (words(line) >= JOIN_MIN_WORDS and words(nxt) >= 3 and re.search(r"(?:^|\s)[a-z][\w'’-]*$", line)
            and re.match(r"[^\W\d_]", nxt)):
        return True
    if words(line) < JOIN_MIN_WORDS_SOFT or ends_sentence(line):
        return False
    return bool(_OPEN_END.search(line) or re.match(r"[a-z0-9$£€]", nxt))


_LINE_NUMBER = re.compile(r"^([ \t]{0,8})([0-9]{1,2})(?=[ \t]|$)")
LINE_NUMBER_MIN_RUN = 5        # a transcript page: at least this many lines numbered n, n+1, n+2, ...
LINE_NUMBER_MIN_LINES = 20     # ... at least this many numbered lines in such runs in the text,
LINE_NUMBER_MIN_SHARE = 0.5    # ... making up at least this share of its non-blank lines,
LINE_NUMBER_MIN_CARRIED = 0.1  # ... this share of them carrying a sentence on in lower case


def line_numbers(raw_lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines of a line-numbered transcript (a deposition, a court hearing, pleading paper) with
    each page's margin numbers blanked out, and the (first, last) line index of each numbered run.

    A margin number is not text: left in, it makes every line a table row and splits sentences
    ("14 October 2009 Congress ..."). Runs of consecutive numbers on consecutive lines are
    required, and sentences carried over line ends, so that a list of days or a numbered list
    ("1. ...") is left alone. The number becomes spaces, so indents and widths are unchanged."""
    every: list[tuple[int, int, int]] = []  # (first, last line index, first number) of each numbered run
    start, first_n, last = None, None, None
    for i, raw in enumerate(raw_lines + [""]):
        m = _LINE_NUMBER.match(raw) if raw.strip() else None
        n = int(m.group(2)) if m else None
        if start is not None and n is not None and last is not None and n == last + 1:
            last = n
            continue
        if start is not None:
            every.append((start, i - 1, first_n))
        start, first_n, last = (i, n, n) if n is not None else (None, None, None)
    runs = [(a, b) for a, b, _ in every if b - a + 1 >= LINE_NUMBER_MIN_RUN]
    numbered = sum(b - a + 1 for a, b in runs)
    body = sum(1 for ln in raw_lines if ln.strip())
    if numbered < LINE_NUMBER_MIN_LINES or numbered < LINE_NUMBER_MIN_SHARE * body:
        return raw_lines, []
    rest = [raw_lines[i][_LINE_NUMBER.match(raw_lines[i]).end():].strip() for a, b in runs for i in range(a, b + 1)]
    rest = [r for r in rest if r]
    if sum(bool(re.match(r"[a-z]", r)) for r in rest) < LINE_NUMBER_MIN_CARRIED * len(rest):
        return raw_lines, []
    # the text is line-numbered: a short page counts too (a last page of four lines), if it starts at 1
    runs = sorted(set(runs) | {(a, b) for a, b, n0 in every if n0 == 1 and b > a})
    out = list(raw_lines)
    for a, b in runs:
        for i in range(a, b + 1):
            m = _LINE_NUMBER.match(out[i])
            out[i] = " " * m.end() + out[i][m.end():]
    return out, runs


WRAP_MIN_LINES = 8       # a text is hard-wrapped when at least this many lines ...
WRAP_FULL_SHARE = 0.5    # ... and this share of its lines run close to one right margin
WRAP_SLACK = 15          # "close": within this many characters of the margin
WRAP_MAX_WIDTH = 100     # wider "lines" are paragraphs written on one line


def soft_breaks(raw_lines: list[str]) -> frozenset[int]:
    """Lines of a hard-wrapped text (a slip law, an e-mail, a PDF extract at a fixed width) that
    carry on the line before: the line before stopped only because this line's first word would not
    fit in the margin, and this line is indented no deeper (a deeper indent opens a paragraph).
    The usual reflow test; it joins "... the Pakistan Counterinsurgency" / "Capability Fund ...",
    which `continues` cannot tell from a heading followed by a paragraph."""
    lines = [ln.expandtabs().rstrip() for ln in raw_lines]
    widths = sorted(len(ln) for ln in lines if ln.strip())
    if len(widths) < WRAP_MIN_LINES:
        return frozenset()
    margin = widths[int(0.9 * (len(widths) - 1))]
    if margin > WRAP_MAX_WIDTH or sum(w >= margin - WRAP_SLACK for w in widths if w <= margin) < WRAP_FULL_SHARE * len(widths):
        return frozenset()
    out = set()
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if not prev.strip() or not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        first_word = line.split()[0]
        if indent <= len(prev) - len(prev.lstrip()) and len(prev) + 1 + len(first_word) > margin:
            out.add(i)
    return frozenset(out)


def is_list_item(line: str) -> bool:
    """True when `line` begins with a list bullet or number (before `strip_markup` removes it)."""
    return bool(_BULLET.match(line))


def ends_sentence(line: str) -> bool:
    """True when `line` ends with sentence-final punctuation (possibly inside closing quotes)."""
    return bool(_SENTENCE_END.search(line.rstrip()))


#: a word broken by a hyphen at a line end ("assis-" / "tance"); kept for real compounds ("well-known")
_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]{2,})-$")
_COMPOUND_PREFIX = frozenset("self well non ex anti post pre co cross multi semi all half mid so long short high "
                             "low us".split())


def dehyphenate(line: str, nxt: str) -> str | None:
    """The joined text when `line` ends with a word broken across the line break ("assis-" /
    "tance" -> "assistance"; "well-" / "known" -> "well-known"), else None."""
    m = _BROKEN_WORD.search(line)
    if not m or not re.match(r"[a-z]", nxt):
        return None
    return line + nxt if m[1].lower() in _COMPOUND_PREFIX else line[:-1] + nxt


# a wiki talk page's signature closing a comment: "— Kharian_reader (talk) 09:14, 12 June 2023 (UTC)",
# "Agreed. Ayesha.q (talk · contribs) 17:02, 3 July 2023 (UTC)": a user name of one to three words
# after a dash, a sentence end or the line start (never a run of the comment's own words)
_SIGNATURE = re.compile(r"(?:^\s*|(?<=[.!?”\")])\s+|\s*[—–~-]{1,2}\s*)(?P<user>[^\s()!?—–]*[^\s().!?—–](?: [^\s()!?—–]*[^\s().!?—–]){0,2})\s*"
                        r"\((?:talk|contribs|talk\s*[·|•]\s*contribs|t\s*[·|•]\s*c)\)\s*"
                        r"\d{1,2}:\d{2},?\s+(?P<date>\d{1,2} [A-Za-z]+ \d{4})\s*\(UTC\)\s*$")


def comment_signature(line: str) -> tuple[int, str] | None:
    """(where the signature starts, ISO day it gives) for a line that a talk-page signature closes;
    the signature is metadata that dates the comment above it, not prose."""
    from .dates import parse_date
    m = _SIGNATURE.search(line)
    if not m:
        return None
    day = parse_date(m["date"])
    return (m.start(), day) if day else None


# a row of a wiki page's revision history: "17:40, 2 November 2023 Saadia.R (talk | contribs) 58,114 bytes
# (+2,306) →2020s: new subsection ... (undo | thank)": a timestamp, an editor, a size and the section's
# link before the edit summary, and links after it
_REVISION = re.compile(r"(?:\((?:cur|prev)\)\s*)*\d{1,2}:\d{2},\s*(?P<date>\d{1,2} [A-Za-z]+ \d{4})\s*"
                       r"[^()\n]{1,60}?\s*\((?:talk|contribs|talk\s*[·|•]\s*contribs)\)[\s.‎]*(?:m\s+)?"
                       r"\(?[0-9,]+ bytes\)?[\s.‎]*\([+−–-]?[0-9,]+\)[\s.‎]*(?:→\s*[^:\n]{1,60}?(?::\s*|$))?(?P<summary>.*?)"
                       r"(?:\s*\((?:undo|thank|rollback|restore)(?:\s*[|·]\s*(?:undo|thank|rollback|restore))*\))*\s*$")


def revision_row(line: str) -> tuple[str, str] | None:
    """(edit summary, ISO day) for a row of a revision history; the timestamp, editor and size are
    metadata that date the summary, like a talk-page signature (GUIDELINES 8.13)."""
    from .dates import parse_date
    m = _REVISION.fullmatch(line.strip())
    if not m:
        return None
    day = parse_date(m["date"])
    return (m["summary"], day) if day else None


# a messaging app's message stamp, bracketed "[12/03/2024, 21:14]" or dashed "12/03/2024, 21:14 -"
_CLOCK_RX = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_CHAT_STAMP = (rf"\u200e?(?:\[(?P<d1>\d{{1,2}}/\d{{1,2}}/\d{{2,4}}),?\s+{_CLOCK_RX}\]"
               rf"|(?P<d2>\d{{1,2}}/\d{{1,2}}/\d{{2,4}}),?\s+{_CLOCK_RX}\s+[-–])\s+")
# an IRC or Matrix log's stamp: "[2024-03-05 21:02]" with the day, or irssi's "[21:02]" / "21:02" under a
# "--- Day changed Wed Mar 06 2024" or "--- Log opened Tue Mar 05 20:58:41 2024" line that gives it
_IRC_STAMP = rf"(?:\[(?:(?P<d3>\d{{4}}-\d{{2}}-\d{{2}})[ T])?{_CLOCK_RX}\]|{_CLOCK_RX})\s+"
_IRC_DAY = re.compile(r"-{2,3}\s+(?:day\s+changed|log\s+(?:opened|closed))\s+(?P<date>.+)", re.I)
# an exported chat's line: the stamp and the sender before the text ("[12/03/2024, 21:14] Sana: text",
# an IRC log's "[2024-03-05 21:02] <hina_r> text" or "* hina_r waves", an action)
_CHAT_LINE = re.compile(_CHAT_STAMP + r"(?P<sender>[^:\n]{1,60}?):\s+(?P<text>\S.*)"
                        r"|" + _IRC_STAMP + r"(?:<[ @+%~&]?(?P<nick>[^<>\s]{1,40})>\s+(?P<said>\S.*)|\*\s+(?P<act>[^\s*]{1,40}\s+\S.*))")
# an exported chat's notice line, stamped but with no sender ("12/03/2024, 21:13 - Tariq added Sana", an
# IRC log's "[2024-03-05 20:58] -!- hina_r has joined #channel")
_CHAT_NOTICE = re.compile(_CHAT_STAMP + r"(?P<text>\S.*)|" + _IRC_STAMP + r"(?:-!-|\*{3}|<?-->?|<--)\s.*")
CHAT_MIN_SHARE = 0.5  # an exported chat: most of its non-blank lines are stamped messages or notices


def chat_notices(lines: list[str], messages: dict[int, tuple[str, str]]) -> list[int]:
    """The stamped lines of an exported chat that have no sender (the app's notices): furniture."""
    return [i for i, line in enumerate(lines) if messages and i not in messages and line
            and _CHAT_NOTICE.fullmatch(line.strip())]


def chat_messages(lines: list[str]) -> dict[int, tuple[str, str]]:
    """{line: (message text, ISO day or "")} for the lines of an exported chat (at least two messages,
    and stamped lines the most of its lines: not a few chat lines quoted in an article); the stamp
    dates its message and the lines under it until the next stamp (GUIDELINES 8.21). Day and month
    are read in the order the export's own stamps show (a first number above 12 is a day); when
    none shows it the stamps date nothing."""
    from . import dates

    found = {i: m for i, line in enumerate(lines) if line and (m := _CHAT_LINE.fullmatch(line.strip()))}
    stamped = sum(1 for i, line in enumerate(lines) if line and (i in found or _CHAT_NOTICE.fullmatch(line.strip())
                                                                 or _IRC_DAY.fullmatch(line.strip())))
    if len(found) < 2 or stamped < CHAT_MIN_SHARE * sum(1 for line in lines if line.strip()):
        return {}
    # (the stamps' day and month, with a stand-in year, since "3/14/24" has two digits)
    order = dates.numeric_order(" ".join((m["d1"] or m["d2"]).rsplit("/", 1)[0] + "/2000"
                                         for m in found.values() if m["d1"] or m["d2"]))
    out = {}
    log_day = ""  # an IRC log's day, from its last "--- Day changed ..." line
    for i, line in enumerate(lines):
        if day_line := _IRC_DAY.fullmatch(line.strip()):
            log_day = dates.parse_date(re.sub(r"\s\d{1,2}:\d{2}(?::\d{2})?\b", "", day_line["date"])) or ""
            continue
        if (m := found.get(i)) is None:
            continue
        if m["said"] is not None or m["act"] is not None:  # an IRC line (an action keeps its actor): its own day, or the log's
            out[i] = (m["said"] or m["act"], m["d3"] if m["d3"] and dates.is_iso_date(m["d3"]) else log_day if len(log_day) == 10 else "")
            continue
        day, month, year = ((m["d1"] or m["d2"]).split("/")[k] for k in ((0, 1, 2) if order == "dmy" else (1, 0, 2)))
        try:
            iso = datetime.date(int(year) if len(year) == 4 else dates.century(int(year)), int(month),
                                int(day)).isoformat() if order else ""
        except ValueError:
            iso = ""
        out[i] = (m["text"], iso)
    return out


def chat_day_lines(lines: list[str], messages: dict[int, tuple[str, str]]) -> list[int]:
    """An IRC log's "--- Log opened ...", "--- Day changed ..." lines: furniture once the day is read."""
    return [i for i, line in enumerate(lines) if messages and line and _IRC_DAY.fullmatch(line.strip())]


# a search result's or feed's snippet: a full date, a dash, then an excerpt cut off with an ellipsis
# ("Jul 10, 2011 — The White House chief of staff said on Sunday that ... ..."); a chronology's
# items ("October 12, 1999 – Musharraf seizes power.") end their sentence and are not snippets
_DATED_EXCERPT = re.compile(r"(?P<date>[^—–\n]{5,32}?)\s+(?:—|–|--|-)\s+(?P<excerpt>\S.*?(?:\.\.\.|…))\s*")


def dated_excerpt(line: str) -> tuple[str, str] | None:
    """(excerpt, ISO day) for a dated snippet line; the date is the item's metadata and dates only
    its own excerpt (GUIDELINES 8.15: a results page's dated snippets)."""
    from .dates import parse_date
    m = _DATED_EXCERPT.fullmatch(line.strip())
    if not m:
        return None
    day = parse_date(m["date"])
    return (m["excerpt"], day) if day and len(day) == 10 else None


# a reference manager's RIS export: "TY  - BOOK" / "AU  - Kux, Dennis" / ... / "ER  - " per record
_INLINE_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")  # a Zotero note's "<p>", "<strong>"
_RIS_LINE = re.compile(r"(?P<tag>[A-Z][A-Z0-9])\s{1,2}-(?:\s(?P<value>.*))?")
_RIS_DATE = re.compile(r"(?P<y>\d{4})(?:[/-](?P<m>\d{2})?(?:[/-](?P<d>\d{2}))?)?[/-]?(?:\S*)")
RIS_PROSE_TAGS = frozenset({"AB", "N1", "N2"})  # abstract and notes: prose (GUIDELINES 8.15)
RIS_NOTE_TAGS = frozenset({"N1"})  # the user's own notes: not dated by the record
RIS_DATE_TAGS = ("DA", "PY", "Y1")  # the record's date, most precise first


def ris_records(lines: list[str]) -> list[list[tuple[int, str, str]]]:
    """The records of an RIS export as lists of (line, tag, value), or [] for any other text: two
    or more records, each from a "TY  - " line to its "ER  - " line (a note's inline HTML removed)."""
    records: list[list[tuple[int, str, str]]] = []
    open_record: list[tuple[int, str, str]] | None = None
    for i, s in enumerate(lines):
        m = _RIS_LINE.fullmatch(s.strip())
        if not m:
            continue
        if m["tag"] == "TY":
            open_record = []
        if open_record is not None:
            open_record.append((i, m["tag"], _INLINE_TAG.sub("", m["value"] or "").strip()))
            if m["tag"] == "ER":
                records.append(open_record)
                open_record = None
    return records if len(records) >= 2 else []


def ris_date(record: list[tuple[int, str, str]]) -> str:
    """The record's date (ISO day, month or year) from its DA, PY or Y1 field, or ""."""
    for want in RIS_DATE_TAGS:
        for _, tag, value in record:
            if tag == want and (m := _RIS_DATE.fullmatch(value)):
                y, mo, d = m["y"], m["m"] if m["m"] not in (None, "00") else None, m["d"]
                d = d if mo and d not in (None, "00") else None
                try:  # "2013/00/00" is a year, "2013/13/45" no date
                    datetime.date(int(y), int(mo or 1), int(d or 1))
                except ValueError:
                    continue
                return "-".join(p for p in (y, mo, d) if p)
    return ""
