"""Read a static site's Markdown source (Hugo, Jekyll, Eleventy) as its page reads: the front matter
(`---` YAML or `+++` TOML at the top) is metadata, whose `date` dates the page and whose `title` the
page shows as its heading; a shortcode shows only its caption (`{{< figure ... caption="..." >}}`),
and the other shortcodes and template tags (an embedded tweet's `{{< tweet ... >}}`, Jekyll's
`{% include ... %}`) show nothing of the text's own (GUIDELINES 8.25)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import is_iso_date, parse_date

# the opening fence, and the closing one (YAML may close with "..." too)
_FENCE = {"---": re.compile(r"(?m)^(?:---|\.\.\.)[ \t]*\r?$"), "+++": re.compile(r"(?m)^\+\+\+[ \t]*\r?$")}
# a field of YAML ("date: 2023-08-14") or TOML ("date = 2023-08-14T09:30:00+05:00") front matter
_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*(?::|=)(?:[ \t]+(?P<value>.*)|[ \t]*)")
# what else a front matter's unindented lines may be: a YAML list item or comment, a TOML table header
_OTHER_LINE = re.compile(r"-[ \t].*|-|#.*|\[\[?[\w.-]+\]\]?")
# keys a site generator's front matter has (one of them, so that prose between two rules is not taken for it)
_KNOWN_KEY = re.compile(r"(?i)title|date|layout|draft|tags|categories|slug|author|authors|description|summary"
                        r"|permalink|lastmod|publishdate|weight|type|aliases|excerpt|published")
_DATE_KEYS = ("date", "publishdate", "published", "pubdate")  # the first found dates the page; not "lastmod"
FIELDS_MIN = 2  # front matter has at least this many fields (a `---` rule under a line of text is not one)
_SHORTCODE = re.compile(r"\{\{[<%]-?[ \t\n]*/?(?P<name>[\w/-]{1,60})(?P<args>(?:\"[^\"]{0,1000}\"|[^\"<>%}]){0,2000})[>%]\}\}"
                        r"|\{%[^%]{0,500}(?:%(?!\})[^%]{0,500}){0,20}%\}")
_CAPTION = re.compile(r"\b(?:caption|title)\s*=\s*\"(?P<text>[^\"]*)\"")


@dataclass(frozen=True)
class Page:
    """What the reader sees of a site source, and the front matter's title and date (ISO, or "")."""

    text: str
    title: str
    date: str


def _unquote(value: str) -> str:
    value = value.strip()
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value


def _shortcode(m: re.Match) -> str:
    """A figure's caption; nothing for other shortcodes; the lines it spanned kept as line breaks."""
    caption = _CAPTION.search(m["args"] or "")
    shown = caption["text"] if caption and (m["name"] or "").lower() == "figure" else ""
    return shown + "\n" * m[0].count("\n")


def read(text: str) -> Page | None:
    """The page of a Markdown source that opens with front matter, or None."""
    body = text.lstrip("\ufeff")
    fence = body[:3]
    if fence not in _FENCE or not _FENCE[fence].match(body):
        return None
    end = _FENCE[fence].search(body, 4)
    if end is None:
        return None
    fields = {}
    for line in body[4:end.start()].splitlines():
        if not line.strip() or line[:1] in (" ", "\t"):
            continue  # (a nested value's lines)
        if f := _FIELD.fullmatch(line.rstrip()):
            fields[f["key"].lower()] = _unquote(f["value"] or "")
        elif not _OTHER_LINE.fullmatch(line.rstrip()):
            return None  # a line of prose: text between two rules, not front matter
    if len(fields) < FIELDS_MIN or not any(_KNOWN_KEY.fullmatch(k) for k in fields):
        return None
    date = ""
    for key in _DATE_KEYS:
        if value := fields.get(key, ""):
            date = value[:10] if is_iso_date(value[:10]) else parse_date(value) or ""
            if len(date) == 10:
                break
            date = ""
    rest = _SHORTCODE.sub(_shortcode, body[end.end():])
    # the front matter's lines are left blank, so that line numbers still point into the file; the
    # title stands on its own line, as the page shows it above the text (unless the text repeats it)
    lines = [""] * body.count("\n", 0, end.end())
    title = fields.get("title", "")
    if title and title not in rest:
        k = next((i for i, line in enumerate(body[:end.end()].split("\n")) if re.match(r"title\s*[:=]", line, re.I)), 0)
        lines[k] = title
    return Page("\n".join(lines) + "\n" + rest, title, date)
