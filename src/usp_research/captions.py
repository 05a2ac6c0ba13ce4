r"""Read a caption file, WebVTT or ASS/SSA (a recorded talk's or a film's subtitles, saved as text), as the words spoken:
cue identifiers, timings, the header and its NOTE, STYLE and REGION blocks are furniture; a cue's
markup (`<v Speaker>`, `<i>`, `<c.yellow>`, inline timestamps) is not shown. A speaker's run of
cues is one paragraph headed by the speaker's name, so that a sentence split over cues reads
whole. A NOTE block's recording date dates the text (spoken text is dated by when it was spoken,
GUIDELINES 8.1); a posting date does so only when no recording date is given. An ASS script's
`Dialogue:` lines are read the same way (its `Comment:` lines are not shown, nor its override
tags; `\N` is a line break), its comment lines' release date dates it, and a place-and-date card
("{\an8}Islamabad, March 2011") heads what is said under it, as a dated heading does (GUIDELINES 8.28).
YouTube's json3 timed text is its segments' words joined, a line per caption line, sound cues
("[Music]") out, dated by a date the speaker gives for today in the opening lines (GUIDELINES 8.29).
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

from .dates import first_date, parse_date

_HEADER = re.compile(r"\ufeff?WEBVTT(?:[ \t][^\n]*)?\n")
_TIMING = re.compile(r"(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}(?:[ \t].*)?")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>]+)>")
_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,2}(?::\d{2}){1,2}\.\d{3}>")
# a NOTE's recording date ("Recorded 14 March 2024", "Recording date: 2024-03-14") and, failing
# that, its posting date ("Posted 2 April 2024", "Published: ...")
_RECORDED = re.compile(r"(?i)\b(?:recorded|recording date|date recorded)\b")
_POSTED = re.compile(r"(?i)\b(?:posted|published|uploaded)\b")
NOTE_DATE_REACH = 120  # characters after "Recorded" searched for its date
_SPEAKER_CHANGE = re.compile(r"\s*(?:-|–|>>)\s")  # a cue opening with a dash or ">>": another voice


@dataclass(frozen=True)
class Captions:
    """The spoken text, and the date its notes give (ISO, or "")."""

    text: str
    date: str
    # a card's dated clip as (ISO date or month, first paragraph, last paragraph), as `decode.RawText.entries`
    entries: tuple[tuple[str, str, str], ...] = ()


def is_webvtt(text: str) -> bool:
    """A WebVTT file: its first line is "WEBVTT" and it has timed cues."""
    return bool(_HEADER.match(text.replace("\r\n", "\n"))) and bool(_TIMING.search(text))


_RELEASED = re.compile(r"(?i)\b(?:release date|released)\b")  # a film's subtitles: its release date


def _note_date(notes: list[str], patterns=(_RECORDED, _POSTED)) -> str:
    """The first full date after "Recorded" in the notes (across a line break), else after "Posted"."""
    text = "\n".join(notes)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if day := first_date(text[m.end():m.end() + NOTE_DATE_REACH]):
                return day
    return ""


def read(text: str) -> Captions:
    """The cues' words by speaker run; the notes' recording (else posting) date."""
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").lstrip("\ufeff"))
    notes: list[str] = []
    runs: list[tuple[str, list[str]]] = []  # (speaker, cue texts)
    previous = ""  # the last line of the cue before
    for k, block in enumerate(blocks):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if k == 0 and lines[0].startswith("WEBVTT"):
            continue  # the header and its "Kind:" / "Language:" lines
        if re.match(r"NOTE(?:\s|$)", lines[0]):
            notes.append("\n".join([lines[0][4:]] + lines[1:]).strip())
            continue
        if lines[0].strip() in ("STYLE", "REGION"):
            continue
        at = next((i for i, line in enumerate(lines) if _TIMING.fullmatch(line.strip())), None)
        if at is None:
            continue  # not a cue
        cue_lines = [" ".join(html.unescape(_TAG.sub("", line)).split()) for line in lines[at + 1:]]
        if previous and cue_lines and cue_lines[0] == previous:
            cue_lines = cue_lines[1:]  # a roll-up caption repeats the line shown before it
        if not any(cue_lines):
            continue
        previous = cue_lines[-1]
        cue = " ".join(lines[at + 1:])
        voice = _VOICE.search(cue)
        carried = runs[-1][0] if runs and not _SPEAKER_CHANGE.match(cue_lines[0]) else ""
        speaker = voice["name"].strip() if voice else carried
        words = " ".join(x for x in cue_lines if x)
        if runs and runs[-1][0] == speaker:
            runs[-1][1].append(words)
        else:
            runs.append((speaker, [words]))
    paragraphs = [(f"{who}: " if who else "") + " ".join(said) for who, said in runs]
    return Captions("\n\n".join(paragraphs) + "\n" if paragraphs else "", _note_date(notes))


_ASS_EVENTS = re.compile(r"(?m)^\[Events\][ \t]*\r?$")
_ASS_LINE = re.compile(r"(?m)^(Dialogue|Comment):[ \t]*(.*)$")
_ASS_OVERRIDE = re.compile(r"\{[^{}\n]*\}")
_ASS_TOP = re.compile(r"\{[^{}\n]*\\an?[789][^{}\n]*\}")  # a line set at the top of the picture: a card
_CARD_STYLE = re.compile(r"(?i)(?:signs?|titles?|captions?|cards?|locations?|places?|credits?)\b")  # a style's name
CARD_MAX_WORDS = 8  # a place-and-date card or a title card is this short


def is_ass(text: str) -> bool:
    """An ASS/SSA subtitle script: a [Script Info] section, an [Events] section and dialogue lines."""
    head = text.lstrip("\ufeff")[:200]
    return head.startswith("[Script Info]") and bool(_ASS_EVENTS.search(text)) and "Dialogue:" in text


def _card_date(card: str) -> str:
    """The date or month a place-and-date card gives ("Washington, D.C., June 2021" -> 2021-06), or ""."""
    last = card.rsplit(",", 1)[-1] if "," in card else card
    return parse_date(last, month_ok=True) or ""


def read_ass(text: str) -> Captions:
    """An ASS script's dialogue by speaker run (cards on lines of their own), its comments' release
    date, and each dated card's entry: what is said under it, up to the next card."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    events_at = _ASS_EVENTS.search(text)
    if events_at is None:
        return Captions("", "")
    info = text[:events_at.start()]
    comments = [line.lstrip("; ").strip() for line in info.split("\n") if line.startswith(";")]
    # the Events section's own field order (SSA v4 has "Marked" where ASS has "Layer"), Text last
    declared = re.search(r"(?m)^Format:[ \t]*(.*)$", text[events_at.end():])
    fields = ([f.strip() for f in declared[1].split(",")] if declared and declared[1].rstrip().endswith("Text")
              else ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"])
    runs: list[tuple[tuple[str, str], list[str]]] = []  # ((style, speaker) or ("card", ""), texts)
    for m in _ASS_LINE.finditer(text, events_at.end()):
        if m[1] == "Comment":
            continue  # not shown on screen
        parts = m[2].split(",", len(fields) - 1)
        if len(parts) < len(fields):
            continue
        row = dict(zip(fields, parts))
        raw = row["Text"]
        style, name = row.get("Style", "").strip(), row.get("Name", row.get("Actor", "")).strip()
        said = " ".join(_ASS_OVERRIDE.sub("", raw).replace("\\N", " ").replace("\\n", " ").replace("\\h", " ").split())
        if not said:
            continue
        card = (bool(_ASS_TOP.search(raw)) or bool(_CARD_STYLE.match(style))) and len(said.split()) <= CARD_MAX_WORDS
        key = ("card", "") if card else (style, name)
        if runs and runs[-1][0] == key and not card:
            runs[-1][1].append(said)
        else:
            runs.append((key, [said]))
    paragraphs = [(f"{who}: " if who else "") + " ".join(said) for (_, who), said in runs]
    cards = [n for n, ((style, _), _) in enumerate(runs) if style == "card"]
    entries = []  # a dated card heads what is said under it, up to the next card
    for n, nxt in zip(cards, cards[1:] + [len(runs)]):
        if (day := _card_date(runs[n][1][0])) and nxt > n + 1:
            entries.append((day, paragraphs[n + 1], paragraphs[nxt - 1]))
    return Captions("\n\n".join(paragraphs) + "\n" if paragraphs else "", _note_date(comments, (_RELEASED, _RECORDED, _POSTED)),
                    tuple(entries))


_JSON3_START = re.compile(r'\{\s*"(?:wireMagic|events)"\s*:')
_SOUND_CUE = re.compile(r"\[[^\[\]\n]{1,40}\]")  # "[Music]", "[Applause]": not speech
# the speaker saying what day it is ("so today is thursday the 19th of october 2023")
_SPOKEN_TODAY = re.compile(r"(?i)\btoday(?:['’]s date)? is\b")
SPOKEN_DATE_LINES = 5  # the opening caption lines searched for it


def is_json3(text: str) -> bool:
    """YouTube's json3 timed text: a JSON object of caption events with text segments."""
    return bool(_JSON3_START.match(text.lstrip("\ufeff \t\r\n"))) and '"segs"' in text


def read_json3(text: str) -> Captions | None:
    """The captions' words: every event's segments joined in order, each caption line a paragraph
    (an appended newline event is a line break; without such events, as a manual caption file is
    written, each event is a line), sound cues out; dated by the day the speaker says it is in the
    opening lines (a lecture's "today is ..."); None if the file does not parse as such."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return None
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, list):
        return None
    cues = [ev for ev in events if isinstance(ev, dict) and ev.get("segs")]
    # automatic captions roll on, their line breaks sent as appended events; manual ones are a cue per event
    rolling = any(ev.get("aAppend") for ev in cues)
    words = ("" if rolling else "\n").join(
        "".join(seg["utf8"] for seg in ev["segs"] if isinstance(seg, dict) and isinstance(seg.get("utf8"), str))
        for ev in cues)
    lines = [" ".join(_SOUND_CUE.sub("", line).split()) for line in words.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return None
    day = _note_date(lines[:SPOKEN_DATE_LINES], (_SPOKEN_TODAY,))  # (searched as a NOTE's "Recorded" is)
    return Captions("\n\n".join(lines) + "\n", day)
