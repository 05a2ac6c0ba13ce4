"""Read a Typst source (a report written in Typst markup, saved as text) as the annotators read it
(GUIDELINES 8.29, as LaTeX under 8.17): the markup of the running text stays as written (`\\$`,
`--`, `*strong*`, `@citations`), but what the typeset document does not show in its running
text is left out: comments, the `#set`/`#show`/`#let`/`#import` rules, footnotes (notes), figures
and tables (table matter), spacing and rules, the bibliography. A function applied to content
(`#align(center)[...]`, `#text(size: 19pt)[...]`, a `#callout[...]`) shows its content; a
`#quote(attribution: [...])[...]` shows its quotation as a block quote with the attribution on the
line after it, a source line that dates the quotation. `#set document(date: datetime(...))` dates the text.
Removed markup leaves its line breaks, so that line numbers still point into the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .brackets import close, statement_end

_RULE = re.compile(r"(?m)^[ \t]*#(?:set|show|let|import)\b")
MIN_RULES = 2  # a Typst source has at least this many lines opening with a rule
_HEADING = re.compile(r"(?m)^=+ \S")
_CALL = re.compile(r"#([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)")
_STATEMENT = {"set", "show", "let", "import", "include"}  # up to the end of the line (brackets balanced)
_BREAK = {"linebreak", "parbreak"}
_HIDDEN = {"footnote", "figure", "table", "bibliography", "v", "h", "pagebreak", "colbreak", "line", "image",
           "outline", "place", "metadata", "label"}
_DOC_DATE = re.compile(r"#set\s+document\s*\((?:[^()]|\([^()]*\))*?\bdate\s*:\s*datetime\s*\(\s*year\s*:\s*(\d{4})\s*,"
                       r"\s*month\s*:\s*(\d{1,2})\s*,\s*day\s*:\s*(\d{1,2})\s*\)", re.S)
_LABEL = re.compile(r"(?<=[\s\])])<[\w:.-]+>")  # a label for cross-references ("<tab-aid>"): not shown
_COMMENT = re.compile(r"(?m)(?<![:/\\])//[^\n]*|/\*.*?\*/", re.S)


@dataclass(frozen=True)
class TypstText:
    """What the reader sees, and the date `#set document` gives (ISO, or "")."""

    text: str
    date: str


def is_typst(text: str) -> bool:
    """A Typst source: rule lines (`#set`, `#let` ...) and `=` headings or a `#set document(...)`
    (a Markdown heading needs a space after its `#`)."""
    rules = _RULE.findall(text[:20000])
    return len(rules) >= MIN_RULES and (bool(_HEADING.search(text)) or "#set document" in text[:20000])


def _content_args(args: str) -> list[str]:
    """The content blocks passed as arguments ("center, text(17pt)[Title]", "[a], [b]"): each
    outermost `[...]`, strings skipped."""
    out, k = [], 0
    while k < len(args):
        c = args[k]
        if c == '"':
            k = args.find('"', k + 1) + 1 or len(args)
        elif c == "[":
            end = close(args, k)
            out.append(args[k + 1:end - 1])
            k = end
        else:
            k += 1
    return out


def _blank(s: str) -> str:
    return "\n" * s.count("\n")


def _render(text: str) -> str:
    out, i = [], 0
    while (m := _CALL.search(text, i)) is not None:
        if m.start() and text[m.start() - 1] == "\\":  # "\#": a hash sign
            out.append(text[i:m.end()])
            i = m.end()
            continue
        out.append(text[i:m.start()])
        name, k = m[1].split(".")[0], m.end()
        args, blocks = "", []
        if k < len(text) and text[k] == "(":
            end = close(text, k)
            args, k = text[k + 1:end - 1], end
        while k < len(text) and text[k] == "[":
            end = close(text, k)
            blocks.append(text[k + 1:end - 1])
            k = end
        if name in _STATEMENT:
            k = statement_end(text, m.end())
            out.append(_blank(text[m.start():k]))
        elif name in _HIDDEN:
            out.append(_blank(text[m.start():k]))
        elif name == "quote" and blocks:
            who = re.search(r"attribution\s*:\s*\[", args)
            body = "\n".join("> " + line.strip() for line in _render(blocks[-1]).strip("\n").split("\n"))
            source = _render(args[who.end():close(args, who.end() - 1) - 1]) if who else ""
            shown = body + (f"\n— {source}" if source else "")
            out.append(shown + "\n" * max(text[m.start():k].count("\n") - shown.count("\n"), 0))
        elif name in _BREAK:
            out.append("\n" + _blank(text[m.start():k]))
        elif name == "link" and not blocks:  # a bare link shows its address
            url = re.match(r'\s*"([^"]*)"', args)
            out.append((url[1] if url else "") + _blank(text[m.start():k]))
        elif blocks or args:  # a function over content: the content (passed in brackets or in its arguments)
            shown = "\n".join([_render(b) for b in _content_args(args)] + ["".join(_render(b) for b in blocks)] * bool(blocks))
            out.append(shown + "\n" * max(text[m.start():k].count("\n") - shown.count("\n"), 0))
        else:
            out.append(text[m.start():k])  # "#ipf": as written
        i = k
    out.append(text[i:])
    return "".join(out)


def read(text: str) -> TypstText:
    """The running text of a Typst source and its document date."""
    day = ""
    if m := _DOC_DATE.search(text):
        day = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    body = _COMMENT.sub(lambda c: _blank(c[0]), text)
    try:
        return TypstText(_LABEL.sub("", _render(body)), day)
    except RecursionError:  # (content nested hundreds deep: left as written, rules and all)
        return TypstText(body, day)
