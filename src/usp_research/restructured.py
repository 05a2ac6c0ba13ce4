"""Read a reStructuredText source (a report written in reST, saved as text) as its rendered page
reads: section titles without their underlines, the docinfo fields (`:date:`, `:authors:` …) as
metadata with `:date:` dating the text, admonitions (`.. note::`) as their text, and the
apparatus left out (footnote definitions and their `[#]_` marks, substitution definitions, the
contents directive and directive options); a substitution such as `|copy|` shows what it
stands for."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import is_iso_date, parse_date

RST_MIN_MARKS = 3  # a reST source has at least this many title underlines, docinfo fields or directives

_UNDERLINE = re.compile(r"([=\-~^\"'`#*+:.])\1{2,}[ \t]*")
_FIELD = re.compile(r":(?P<name>[A-Za-z][\w -]{0,30}):(?:[ \t]+(?P<value>.*))?")
# the docinfo fields reST knows, and those reports add ("organisation", "report-no", "status")
_DOCINFO = re.compile(r"(?i)authors?|organi[sz]ation|address|contact|version|revision|status|date|published|created"
                      r"|updated|copyright|dedication|abstract|report[ -]?(?:no|number)|series|keywords|institution")
_SHOWN_FIELDS = ("abstract", "dedication")  # fields whose value the rendered page shows as text
_DIRECTIVE = re.compile(r"\.\.[ \t]+(?P<name>[\w:-]+)::[ \t]*(?P<arg>.*)")
_FOOTNOTE = re.compile(r"\.\.[ \t]+\[(?:#[\w-]*|\d+|\*)\][ \t].*")  # ".. [#] The package covered ..."
_SUBSTITUTION_DEF = re.compile(r"\.\.[ \t]+\|[^|]+\|[ \t]+\w+::.*")
_COMMENT = re.compile(r"\.\.(?:[ \t].*)?")  # ".. a comment" (a line no directive, footnote or target matched)
_ITEM = re.compile(r"(?:[-*+•]|#\.|\d{1,2}[.)])[ \t]+")
_FOOTNOTE_MARK = re.compile(r"(?<![ \t])[ \t]*\[(?:#[\w-]*|\d+|\*)\]_")  # (the lookbehind keeps it linear)
_ROLE = re.compile(r":[\w-]+:`([^`]+)`")
_LINK = re.compile(r"`([^`<]+)<[^`>]+>`__?")
_MARKUP = re.compile(r"\*\*([^*]+)\*\*|\*([^*]+)\*|``([^`]+)``|`([^`]+)`_{0,2}")
_SUBSTITUTIONS = {"copy": "©", "reg": "®", "trade": "™", "nbsp": " ", "mdash": "—", "ndash": "–"}
# directives whose body is text a reader sees
_TEXT_DIRECTIVES = frozenset({"note", "tip", "important", "warning", "caution", "attention", "hint", "danger",
                              "error", "admonition", "topic", "sidebar", "epigraph", "highlights", "pull-quote",
                              "rubric", "container"})


@dataclass(frozen=True)
class RstText:
    """What the reader sees, and the `:date:` field (ISO, or "")."""

    text: str
    date: str


def is_rst(text: str) -> bool:
    """A reST source: several title underlines that match their titles, docinfo fields at the
    top or `.. directive::` lines, and at least one directive or field (plain text and Markdown
    have neither)."""
    lines = text.splitlines()
    underlines = sum(1 for k in range(1, len(lines)) if _UNDERLINE.fullmatch(lines[k]) and lines[k - 1].strip()
                     and len(lines[k].rstrip()) >= len(lines[k - 1].rstrip()) and not _UNDERLINE.fullmatch(lines[k - 1]))
    special = sum(bool(_DIRECTIVE.fullmatch(l.strip()) or _FOOTNOTE.fullmatch(l.strip())) for l in lines)
    fields = sum(bool((f := _FIELD.fullmatch(l.strip())) and _DOCINFO.fullmatch(f["name"].strip())) for l in lines[:40])
    return special + fields >= 1 and underlines + special + fields >= RST_MIN_MARKS


def _inline(line: str) -> str:
    line = _FOOTNOTE_MARK.sub("", line)
    line = re.sub(r"\|([\w-]+)\|", lambda m: _SUBSTITUTIONS.get(m[1].lower(), m[1]), line)
    line = _ROLE.sub(r"\1", line)
    line = _LINK.sub(lambda m: m[1].rstrip(), line)
    return _MARKUP.sub(lambda m: next(g for g in m.groups() if g is not None), line)


def rst_text(text: str) -> RstText:
    """The source as its rendered page reads (see the module docstring), a blank line between blocks."""
    lines = text.splitlines()
    out: list[str] = []
    date = ""
    skip_indented = False  # inside a directive whose body is apparatus (contents, an image's options)
    in_docinfo = True  # docinfo fields stand before the first paragraph of text
    for k, raw in enumerate(lines):
        line = raw.strip()
        indented = raw[:1] in (" ", "\t")
        if skip_indented:
            if not line or indented:
                continue
            skip_indented = False
        if not line:
            out.append("")
            continue
        if _UNDERLINE.fullmatch(line):
            continue  # a title's under- or overline
        if in_docinfo and (f := _FIELD.fullmatch(line)) and not indented and _DOCINFO.fullmatch(f["name"].strip()):
            value = (f["value"] or "").strip()
            if f["name"].lower() in ("date", "published", "created") and value:
                found = value[:10] if is_iso_date(value[:10]) else parse_date(value) or ""
                date = date or found
            elif f["name"].lower() in _SHOWN_FIELDS and value:
                out += ["", _inline(value), ""]
            continue
        if (d := _DIRECTIVE.fullmatch(line)) and not indented:
            name = d["name"].lower()
            if name in _TEXT_DIRECTIVES:
                if d["arg"] and name in ("rubric", "topic", "sidebar", "admonition"):
                    out += ["", _inline(d["arg"]), ""]  # its title, as a heading
                continue  # its indented body follows as text
            skip_indented = True  # contents, image, figure options, raw, code: not the page's text
            continue
        if _FOOTNOTE.fullmatch(line) or _SUBSTITUTION_DEF.fullmatch(line) or _COMMENT.fullmatch(line):
            skip_indented = True  # (and its continuation lines)
            continue
        if indented and _FIELD.fullmatch(line):
            continue  # a directive's option (":local:", ":depth: 1")
        if not (k + 1 < len(lines) and _UNDERLINE.fullmatch(lines[k + 1].strip())):
            in_docinfo = False  # (the title stands above the docinfo fields)
        if item := _ITEM.match(line):  # each list item is a paragraph of its own, without its bullet
            out += ["", _inline(line[item.end():])]
            continue
        out.append(_inline(line))
    paragraphs, block = [], []
    for line in out + [""]:
        if line:
            block.append(line)
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return RstText("\n\n".join(paragraphs) + "\n", date)
