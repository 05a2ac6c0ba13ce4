"""Read a static site's Markdown source (Hugo, Jekyll, Eleventy) as its page reads: the front matter
(`---` YAML or `+++` TOML at the top) is metadata, whose `date` dates the page and whose `title` the
page shows as its heading; a shortcode shows only its caption (`{{< figure ... caption="..." >}}`),
and the other shortcodes and template tags (an embedded tweet's `{{< tweet ... >}}`, Jekyll's
`{% include ... %}`) show nothing of the text's own (GUIDELINES 8.25)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .brackets import statement_end
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


# MDX (Markdown with JSX, a Docusaurus or Next.js post): module lines, `{/* comments */}`, and a component's
# tag (`<Timeline items={[...]} />`, `<Callout type="warning" title="...">`, `</Callout>`), props and all
_MDX_MODULE = re.compile(r"(?m)^(?:import\s+(?:[\w$*{}, \t\n]+?\s+from\s+)?['\"][^'\"\n]+['\"]"  # import X from '...'
                         r"|export\s+(?:const|let|var|function|default|async)\b[^\n]*)")  # export const meta = {...}
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
_JSX_TAG = re.compile(r"</?[A-Z][\w.]*(?P<props>(?:\s+[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}))?)*)\s*/?>")
_SHOWN_PROP = re.compile(r"\b(?:caption|title|alt)=(?:\"(?P<d>[^\"]*)\"|'(?P<s>[^']*)')")


def _jsx_tag(m: re.Match) -> str:
    """A component's caption or title, on a line of its own, as the page shows it; its other props
    (data for a chart or a timeline, a picture's path and credit) are not text."""
    shown = [x for p in _SHOWN_PROP.finditer(m["props"] or "") if (x := p["d"] if p["d"] is not None else p["s"]).strip()]
    lines = m[0].count("\n")
    if not shown:
        return "\n" * lines
    tail = "\n" * max(lines - len(shown) + 1, 0)
    if not tail and not m.string.startswith("\n", m.end()):
        tail = "\n"  # (text after the tag on its line: the title stands on a line of its own)
    return "\n".join(shown) + tail


def _without_modules(body: str) -> str:
    """The body with its import and export statements blanked, each to the end of its line or, when
    its brackets open there, to the line of the bracket that closes them ("export const meta = {"
    ... "};"); line breaks kept."""
    out, pos = [], 0
    for m in _MDX_MODULE.finditer(body):
        if m.start() < pos:
            continue
        end = statement_end(body, m.start())
        out += [body[pos:m.start()], "\n" * body.count("\n", m.start(), end)]
        pos = end
    return "".join(out) + body[pos:]


def _jsx(body: str) -> str:
    """An MDX body as its page shows it: module lines, comments and components' markup out, the
    Markdown and a component's shown caption or title kept; the lines they spanned kept as line
    breaks. A body with no import line or component is returned as it is."""
    if not (_MDX_MODULE.search(body) or re.search(r"(?m)^[ \t]*<[A-Z]", body)):
        return body
    body = _without_modules(body)
    body = _MDX_COMMENT.sub(lambda m: "\n" * m[0].count("\n"), body)
    return _JSX_TAG.sub(_jsx_tag, body)


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
    rest = _jsx(_SHORTCODE.sub(_shortcode, body[end.end():]))
    # the front matter's lines are left blank, so that line numbers still point into the file; the
    # title stands on its own line, as the page shows it above the text (unless the text repeats it)
    lines = [""] * body.count("\n", 0, end.end())
    title = fields.get("title", "")
    if title and title not in rest:
        k = next((i for i, line in enumerate(body[:end.end()].split("\n")) if re.match(r"title\s*[:=]", line, re.I)), 0)
        lines[k] = title
    return Page("\n".join(lines) + "\n" + rest, title, date)
