"""Balanced brackets in source markup (Typst, MDX): where a bracketed group or a statement whose
brackets run over several lines ends, so that the readers drop or keep it whole.
"""
from __future__ import annotations


def close(text: str, i: int) -> int:
    """The index after the bracket that closes the one at `i`, brackets of all three kinds nesting
    (strings in double quotes skipped; in square-bracketed markup a backslash escapes the next
    character); len(text) if none."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[text[i]]]
    k = i + 1
    while k < len(text) and stack:
        c = text[k]
        if c == '"' and stack[-1] != "]":  # a string in code
            k += 1
            while k < len(text) and text[k] != '"':
                k += 2 if text[k] == "\\" else 1
        elif c == "\\" and stack[-1] == "]":
            k += 1  # an escape in markup ("\$", "\]")
        elif c in pairs:
            stack.append(pairs[c])
        elif c == stack[-1]:
            stack.pop()
        k += 1
    return k


def statement_end(text: str, i: int) -> int:
    """The end of a statement starting at `i`: its line, run on over every bracket opened on it and
    closed on a later line (Typst's "#show heading: it => [" ... "]", MDX's "export const meta = {"
    ... "};"); the index of the line break that ends it, or len(text)."""
    k = i
    while k < len(text) and text[k] != "\n":
        if text[k] in "([{":
            k = close(text, k)
            continue
        if text[k] == '"':
            k = text.find('"', k + 1) + 1 or len(text)
            continue
        k += 1
    return k
