"""A LaTeX source's typesetting marks read as the characters they print, keeping every offset:
a tie "28~May 1998" is a space, "1998--2001" an en dash, "\\$7.5 billion" a dollar sign
(GUIDELINES 8.17: the marks stay verbatim in spans, so the taggers read this copy, not the text)."""
from __future__ import annotations

import re

# a tie between two words ("~$34bn" in plain text is "about"), a double hyphen, an escaped $ or %
_MARKS = re.compile(r"(?<=\w)~(?=[\w\\])|(?<![-\w])--(?!-)|(?<=\w)--(?=\w)|\\[$%]")
_PRINTED = {"~": " ", "--": "– ", "\\$": "$ ", "\\%": " %"}


def plain(text: str) -> str:
    """`text` with each typesetting mark replaced by what it prints, padded to the same length."""
    if "~" not in text and "--" not in text and "\\" not in text:
        return text
    return _MARKS.sub(lambda m: _PRINTED[m[0]], text)
