"""Read a WebVTT caption file (a recorded talk's transcript, saved as text) as the words spoken:
cue identifiers, timings, the header and its NOTE, STYLE and REGION blocks are furniture; a cue's
markup (`<v Speaker>`, `<i>`, `<c.yellow>`, inline timestamps) is not shown. A speaker's run of
cues is one paragraph headed by the speaker's name, so that a sentence split over cues reads
whole. A NOTE block's recording date dates the text (spoken text is dated by when it was spoken,
GUIDELINES 8.1); a posting date does so only when no recording date is given.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .dates import first_date

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


def is_webvtt(text: str) -> bool:
    """A WebVTT file: its first line is "WEBVTT" and it has timed cues."""
    return bool(_HEADER.match(text.replace("\r\n", "\n"))) and bool(_TIMING.search(text))


def _note_date(notes: list[str]) -> str:
    """The first full date after "Recorded" in the notes (across a line break), else after "Posted"."""
    text = "\n".join(notes)
    for pattern in (_RECORDED, _POSTED):
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
