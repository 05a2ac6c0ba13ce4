"""Read a LaTeX source (a paper, a chapter or a Beamer slide deck saved as text) as the annotators
read it (GUIDELINES 8.17): the markup stays verbatim in the text, ties and escapes included, but
what the typeset document does not show in its running text is left out: comments, footnotes
(notes, GUIDELINES 8.1), a table's small-type source note (apparatus), a slide deck's `\\section`
lines (they show only in its navigation) and the preamble's `\\date`, which dates the document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .bibtex import braced
from .dates import parse_date, search_date

_COMMAND = re.compile(r"(?m)^[ \t]*\\(?:documentclass|usepackage|section|subsection|subsubsection|chapter"
                      r"|paragraph|begin|end|label|caption)\*?[\[{]")
MIN_COMMANDS = 3  # a LaTeX source has at least this many lines opening with a structural command
# a comment: a % after an even number of backslashes ("\\%" escapes it, "\\\\%" ends a line and
# starts one), outside a URL's argument ("\\url{...?q=a%20b}")
_COMMENT = re.compile(r"(?:\\(?:url|href)\{[^{}]*\}|\\\\|\\%|[^%\\]|\\(?![\\%]))*")
_VERBATIM = re.compile(r"\\(begin|end)\{(verbatim|lstlisting|minted|comment)\*?\}")
_BEAMER = re.compile(r"\\documentclass(?:\[[^\]]*\])?\{beamer\}|\\begin\{frame\}")
# a deck's section lines: its navigation and table of contents, not a slide's text
_DECK_SECTION = re.compile(r"(?m)^[ \t]*\\(?:section|subsection|subsubsection)\*?(?:\[[^\]]*\])?\{[^\n]*\}[ \t]*\n")
_FRAME_TITLE = re.compile(r"(?m)^(?P<indent>[ \t]*)(?P<open>\\begin\{frame\}(?:<[^>\n]*>)?(?:\[[^\]\n]*\])?)"
                          r"\{(?P<title>[^{}\n]+)\}[ \t]*\n|^(?P<indent2>[ \t]*)\\frametitle\{(?P<title2>[^{}\n]+)\}[ \t]*\n")
_DATE = re.compile(r"(?m)^[ \t]*\\date(?:\[[^\]]*\])?\{(?P<date>[^{}\n]*)\}[ \t]*\n")
# inline notes whose text is not the sentence's: a footnote (its braces balanced below)
_FOOTNOTE = re.compile(r"\\footnote(?:text)?(?:\[[^\]]*\])?\{")
# a table's or figure's source note in small type ("{\footnotesize Source: CRS, ...}")
_SOURCE_NOTE = re.compile(r"\{\\(?:footnotesize|scriptsize|small|tiny)\s+(?=(?:\\\w+\{)?(?:Sources?|Notes?)\}?\s*[:.])")


@dataclass(frozen=True)
class LatexText:
    """What the reader sees, and the date the preamble's `\\date` gives (ISO, or "")."""

    text: str
    date: str


def is_latex(text: str) -> bool:
    """A LaTeX source saved as text: several lines open with \\section{, \\begin{, \\label{ ..."""
    return len(_COMMAND.findall(text)) >= MIN_COMMANDS


def strip_comments(text: str) -> str:
    """The source without its comments (an unescaped % to the end of the line; a line that is
    only a comment goes), which a reader of the typeset paper never sees (GUIDELINES 8.17)."""
    out = []
    verbatim = False  # inside a verbatim environment a % is text
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if m := _VERBATIM.search(body):
            verbatim = m[1] == "begin" and "\\end{" + m[2] not in body[m.end():]
        kept = body if verbatim or m else _COMMENT.match(body).group(0)
        if kept == body:
            out.append(line)
        elif kept.strip():
            out.append(kept.rstrip() + line[len(body):])
    return "".join(out)


def _drop_groups(text: str, opener: re.Pattern) -> str:
    """`text` without each group `opener` starts, braces balanced (an unclosed one stays)."""
    out, pos = [], 0
    while m := opener.search(text, pos):
        try:
            _, end = braced(text, m.end(), "}")  # (the same brace counting as a BibTeX value's)
        except ValueError:
            break
        out.append(text[pos:m.start()])
        pos = end
    return "".join(out) + text[pos:]


def _title_line(m: re.Match) -> str:
    if m["title2"] is not None:  # "\frametitle{...}"
        return f"{m['indent2']}{m['title2'].strip()}\n"
    return f"{m['indent']}{m['open']}\n{m['indent']}{m['title'].strip()}\n"


def read(text: str) -> LatexText:
    """The text a reader of the typeset document sees, markup kept (GUIDELINES 8.17)."""
    text = strip_comments(text)
    date = ""
    body = text.find("\\begin{document}")  # the preamble's \date (not one quoted in a listing)
    if m := _DATE.search(text, 0, body if body >= 0 else len(text)):
        stated = m["date"].replace("~", " ")
        date = parse_date(stated) or search_date(stated) or ""  # "Draft of 14 March 2024"
        text = text[:m.start()] + text[m.end():]
    text = _drop_groups(text, _FOOTNOTE)
    text = _drop_groups(text, _SOURCE_NOTE)
    if _BEAMER.search(text):
        text = _DECK_SECTION.sub("", text)
        # a slide's title is its heading, on a line of its own ("\begin{frame}{2011: the worst year}")
        text = _FRAME_TITLE.sub(_title_line, text)
    return LatexText(text, date)
