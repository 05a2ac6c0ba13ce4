"""Read a screenplay in Fountain markup (a docudrama's script, saved as text) as the script reads.

The title page's `Title:` is the first paragraph; its other keys (credit, author, source, draft
date, contact, notes) are the page's furniture. Scene headings (`INT.`, `EXT.`, `I/E`, a forced
`.HEADING`), action and dialogue are the text: a character cue and its dialogue are one paragraph,
"NAME: what is said", the cue's extension and the parentheticals left out, as a transcript names
its speaker. On-screen text (`SUPER: "Islamabad, 21 November 1979"`) is shown to the audience: a
paragraph of its own as the script writes it, label and quotes (a card, not a story's dateline). Notes (`[[…]]`), the boneyard (`/* … */`),
synopses (`= …`), sections (`# …`), page breaks (`===`), transitions (`CUT TO:`, `FADE OUT.`, a
forced `> …`) and centred markers in capitals (`> THE END <`) are not shown when the script is
rendered (GUIDELINES 8.26). Emphasis marks go, an escaped `\\*` stays a star. The script is dated
by the title page's draft date; a place-and-date card, or a scene heading with a date, dates the
scenes under it up to the next dated one, across undated scene headings (GUIDELINES 8.17, 8.18).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import first_date, parse_date
from .structured import iso_day

_TITLE_KEYS = frozenset({"title", "credit", "author", "authors", "source", "draft date", "date", "contact",
                         "contact info", "notes", "copyright", "revision", "watermark", "font", "tl", "tc", "tr",
                         "cc", "bl", "br", "episode", "series"})
_KEY_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,29}):[ \t]*(?P<value>.*)")
_CONTINUATION = re.compile(r"(?:\t| {3,})\S")  # an indented value line under its key
_HEADING = re.compile(r"(?i)(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E)[. ]")
_HEADING_DETECT = re.compile(r"(?m)(?:\A|\n[ \t]*\n)[ \t]*(?:(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E)[. ]"
                             r"[^\n]*[A-Za-z][^\n]*|\.[A-Za-z0-9][^\n]*)(?=\n[ \t]*(?:\n|\Z)|[ \t]*\Z)")
_FORCED_HEADING = re.compile(r"\.(?=[A-Za-z0-9])")
_SCENE_NUMBER = re.compile(r"\s*#[^#\s]*#\s*$")
_TRANSITION = re.compile(r"[^a-z]*\bTO:|(?:FADE|CUT) TO BLACK[:.]?|INTERCUT\b[^a-z]*|(?:FADE|IRIS) (?:IN|OUT)\b[^a-z]*")
_FADE = re.compile(r"(?:FADE OUT|(?:FADE|CUT) TO BLACK|THE END|END)\.?")  # the picture's end, before an afterword
_CENTRED = re.compile(r">\s*(?P<text>.*?)\s*<")
_CUE = re.compile(r"(?P<name>[^a-z()]*[A-Z][^a-z()]*?)\s*(?:\([^()]*\)\s*)*\^?")  # NAME (V.O.) (CONT'D)
CUE_MAX_WORDS = 5
_PARENTHETICAL = re.compile(r"\(.*\)")
# on-screen text a script writes into its action: superimposed titles, cards, captions, chyrons
_CARD = re.compile(r"(?i)(?:SUPER(?:IMPOSE[DS]?)?|TITLE(?: CARD)?|CARD|CAPTION|CHYRON|LOWER THIRD|SUBTITLE|"
                   r"ON[- ]SCREEN(?: TEXT)?|TEXT ON SCREEN|INTERTITLE)\s*:\s*(?P<text>.+)")
_BONEYARD = re.compile(r"/\*.*?\*/", re.S)
_NOTE = re.compile(r"\[\[(?:(?!\n\n).)*?\]\]", re.S)  # (a note may run over lines, not over a blank one)
_YEAR = re.compile(r"(?:1[0-9]|20|21)[0-9]{2}")
_PART_SEP = re.compile(r"\s*,\s*|\s+[-–—]+\s+|\s*[–—]\s*|\s*--\s*")
CARD_MAX_WORDS = 10  # a place-and-date card is this short
MIN_HEADINGS = 2  # scene headings that make a text a screenplay
MIN_CUES = 2  # character cues with dialogue under them, when there is no title page


@dataclass(frozen=True)
class Script:
    """The script's rendered text, its draft date (ISO, or ""), and its dated stretches as
    (ISO date, month or year; first paragraph; last paragraph), as `decode.RawText.entries`."""

    text: str
    date: str
    entries: tuple[tuple[str, str, str], ...] = ()


def _title_page(text: str) -> tuple[dict[str, list[str]], str]:
    """The title page's keys (lower-cased) with their value lines, and the script after it."""
    lines = text.split("\n")
    first = _KEY_LINE.fullmatch(lines[0].rstrip()) if lines else None
    if first is None or first["key"].strip().lower() not in _TITLE_KEYS:
        return {}, text
    keys: dict[str, list[str]] = {}
    current = None
    n = 0
    for n, line in enumerate(lines):
        if not line.strip():
            break
        m = _KEY_LINE.fullmatch(line.rstrip())
        if m and not line[:1].isspace():
            current = m["key"].strip().lower()
            keys[current] = [m["value"].strip()] if m["value"].strip() else []
        elif current is not None and (_CONTINUATION.match(line) or line[:1].isspace()):
            keys[current].append(line.strip())
        else:
            return {}, text  # not a title page after all
    else:
        n = len(lines)
    return keys, "\n".join(lines[n:])


def _is_heading(line: str, alone: bool = True) -> bool:
    """A scene heading; one written in small letters ("int. kitchen - day") only on a line of its own."""
    return bool(_FORCED_HEADING.match(line) or ((m := _HEADING.match(line)) and (alone or m[0].isupper())))


def _is_cue(line: str) -> bool:
    if line.startswith("@"):
        return len(line) > 1
    m = _CUE.fullmatch(line)
    return (m is not None and not line.endswith(":") and not _is_heading(line) and not _CARD.match(line)
            and len(m["name"].split()) <= CUE_MAX_WORDS and not _TRANSITION.fullmatch(line))


def _cue_name(line: str) -> str:
    name = re.sub(r"\([^()]*\)", "", line.lstrip("@")).rstrip("^ \t")
    return " ".join(name.split())


def is_fountain(text: str) -> bool:
    """A Fountain screenplay: at least two scene headings standing alone (`INT. …`, `EXT. …`,
    `I/E …`, or a forced `.HEADING` beside one of those), and a title page with a `Title:` key or character cues with
    dialogue under them."""
    text = text[:200000].replace("\r\n", "\n").lstrip("\ufeff \t\n")
    headings = [h.strip() for h in _HEADING_DETECT.findall(text)]
    if len(headings) < MIN_HEADINGS or all(h.startswith(".") for h in headings):
        return False  # (a forced ".HEADING" counts only beside a real INT./EXT. one: ".bashrc" is no scene)
    keys, _ = _title_page(text)
    if "title" in keys:
        return True
    cues = 0
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) >= 2 and not lines[0].startswith("@") and _is_cue(lines[0]) and re.search(r"[a-z]", lines[1]):
            cues += 1
    return cues >= MIN_CUES


def _plain(line: str) -> str:
    """A line as rendered: emphasis marks off, escaped marks kept as the characters."""
    line = line.replace("\\*", "\x01").replace("\\_", "\x02").replace("\\\\", "\x03")
    for stars in ("***", "**", "*"):
        line = re.sub(rf"{re.escape(stars)}(?=\S)(.+?)(?<=\S){re.escape(stars)}", r"\1", line)
    line = re.sub(r"(?<![A-Za-z0-9_])_(?=\S)(.+?)(?<=\S)_(?![A-Za-z0-9_])", r"\1", line)
    return line.replace("\x01", "*").replace("\x02", "_").replace("\x03", "\\")


def _unquote(s: str) -> str:
    s = s.strip()
    if len(s) >= 2 and s[0] in "\"“'" and s[-1] in "\"”'":
        return s[1:-1].strip()
    return s


def _stamp(s: str, year_ok: bool = True) -> str:
    """The date, month or year a card or a scene heading gives ("Islamabad, 21 November 1979",
    "EXT. CHAGAI - MAY 28, 1998", "Lahore, 1947"): the longest run of its comma- or dash-separated
    parts that is one date, or "". A bare year only on a card (`year_ok`): a heading's "- 1800" is
    its hour."""
    s = _unquote(s).rstrip(".;: ")
    if len(s.split()) > CARD_MAX_WORDS:
        return ""
    seps = list(_PART_SEP.finditer(s))
    bounds = [0] + [m.end() for m in seps]
    ends = [m.start() for m in seps] + [len(s)]
    best = ""
    best_len = 0
    for i in range(len(bounds)):
        for j in range(i, len(ends)):
            part = s[bounds[i]:ends[j]].strip()
            if len(part) <= best_len:
                continue
            value = parse_date(part, month_ok=True) or (part if year_ok and _YEAR.fullmatch(part) else "")
            if value:
                best, best_len = value, len(part)
    return best


def read(text: str) -> Script:
    """The script's text, its draft date ("" if the title page gives none) and the stretches its
    dated cards and scene headings date."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").lstrip("\n")
    text = _NOTE.sub("", _BONEYARD.sub("", text))
    keys, body = _title_page(text)
    paragraphs: list[tuple[str, str, str]] = []  # (kind, text, the date it carries)
    title = [_plain(v) for v in keys.get("title", []) if v]
    if title:
        paragraphs.append(("title", "\n".join(title), ""))
    day = ""
    for key in ("draft date", "date"):
        if value := " ".join(keys.get(key, [])):
            day = parse_date(value) or iso_day(value) or first_date(value) or ""
            if day:
                break

    lines = [line for line in body.split("\n")
             if not re.match(r"[ \t]*(?:#|=(?!==)|={3,}[ \t]*$)", line)]  # sections, synopses, page breaks
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])

    def action(block: list[str]) -> None:
        run: list[str] = []

        def flush() -> None:
            if run:
                paragraphs.append(("action", "\n".join(run), ""))
                run.clear()
        k = 0
        while k < len(block):
            line = block[k]
            card = _CARD.match(line)
            if card:
                flush()
                shown = card["text"].strip()
                while shown[:1] and shown[0] in "\"“" and not re.search(r"[\"”]\s*\.?$", shown[1:]) and k + 1 < len(block):
                    k += 1  # a quoted card running on over lines
                    shown += " " + block[k]
                if _plain(_unquote(shown)):  # (as the script writes it, label and quotes: a card, not a story's dateline)
                    label = " ".join(line[:card.start("text")].split())
                    paragraphs.append(("card", f"{label} {_plain(shown)}", _stamp(_plain(_unquote(shown)))))
            else:
                if line.startswith(("!", "~")):  # forced action, a lyric
                    line = line[1:]
                if line.strip():
                    run.append(_plain(line.strip()))
            k += 1
        flush()

    def element(block: list[str]) -> None:
        while block:
            first = block[0]
            if _is_heading(first, len(block) == 1):
                heading = _plain(_SCENE_NUMBER.sub("", first[1:] if _FORCED_HEADING.match(first) else first).strip())
                place = _HEADING.sub("", heading, count=1)
                paragraphs.append(("heading", heading, _stamp(place, year_ok=False)))
                block = block[1:]
                continue
            centred = _CENTRED.fullmatch(first)
            if centred:  # centred text: a marker in capitals ("THE END") is layout, words are shown
                if _FADE.fullmatch(centred["text"]):
                    fades.append(len(paragraphs))
                if re.search(r"[a-z]", centred["text"]):
                    paragraphs.append(("action", _plain(centred["text"]), ""))
                block = block[1:]
                continue
            end_mark = len(block) == 1 and _FADE.fullmatch(first)  # "THE END" on a line of its own
            if first.startswith(">") or end_mark or (_TRANSITION.fullmatch(first) and not re.search(r"[a-z]", first)):
                if _FADE.fullmatch(first.lstrip("> ")):
                    fades.append(len(paragraphs))
                block = block[1:]  # a transition
                continue
            if len(block) > 1 and _is_cue(first):
                said = [_plain(line.lstrip("~").strip()) for line in block[1:] if not _PARENTHETICAL.fullmatch(line)]
                said = [s for s in said if s]
                if said:
                    paragraphs.append(("dialogue", f"{_cue_name(first)}: " + " ".join(said), ""))
                return
            action(block)
            return

    fades: list[int] = []  # where the picture fades out
    for block in blocks:
        element(block)

    out = [re.sub(r"[ \t]{2,}", " ", p).strip() for _, p, _ in paragraphs]  # (a note's or boneyard's gap closed)
    dated = [n for n, (kind, _, stamp) in enumerate(paragraphs) if stamp and kind in ("card", "heading")]
    # after the last fade-out, with no scene after it, the closing cards are an afterword: they speak
    # from the script's own date, not from the last scene's (GUIDELINES 8.18)
    last_scene = max((n for n, (kind, _, _) in enumerate(paragraphs) if kind == "heading"), default=-1)
    epilogue = min((f for f in fades if f > last_scene), default=len(paragraphs))
    entries = []
    for n, nxt in zip(dated, dated[1:] + [len(paragraphs)]):
        last = min(nxt, epilogue) - 1 if n < epilogue else nxt - 1
        if nxt < len(paragraphs) and paragraphs[nxt][0] == "card" and paragraphs[last][0] == "heading" and last > n:
            last -= 1  # the next card's own scene heading belongs to its scene
        if last > n:
            entries.append((paragraphs[n][2], out[n + 1], out[last]))
    return Script("\n\n".join(out) + "\n" if out else "", day, tuple(entries))
