"""Readable text of a forum topic saved as its BBCode source (a phpBB "Post by user » date" export).

A reader of the topic sees its posts, not their markup: `[b]`, `[i]`, `[url=…]label[/url]` show
as their text, a `[list]`'s `[*]` items as lines. What the topic's text is follows GUIDELINES 8.1
(forum threads): the question (the topic starter's posts) and the answering author's own text
(the first other poster's posts); other users' replies are reader comments, left out. Quoted
copies of earlier posts (`[quote=…]…[/quote]`), signatures under the `____` rule, "Last edited
by" stamps and the board's navigation and footer are furniture. Each post is dated by its header.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import parse_date

# "Post by ahmed_k » Tue Mar 05, 2024 9:12 pm" (phpBB 3), "by ahmed_k » 05 Mar 2024, 21:12"
_HEADER = re.compile(r"(?:Post\s+)?by\s+(?P<user>[^»\n]{1,60}?)\s+»\s+(?P<stamp>[^\n]{6,60}?)\s*$")  # (names may hold spaces)
_CLOCK = re.compile(r",?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*$", re.I)
_TAG = re.compile(r"\[/?(?:b|i|u|s|em|strong|color|size|font|center|left|right|sup|sub|highlight|spoiler|hr|\*)"
                  r"(?:=[^\]\n]{0,60})?\]", re.I)
_URL = re.compile(r"\[url=[^\]\n]{1,500}\](.*?)\[/url\]|\[url\](.*?)\[/url\]", re.I | re.S)
_DROPPED = re.compile(r"\[(img|code|attachment|youtube|media)(?:=[^\]\n]*)?\].*?\[/\1\]", re.I | re.S)
_QUOTE_OPEN = re.compile(r"\[quote(?:=[^\]\n]{0,80})?\]", re.I)
_QUOTE_CLOSE = re.compile(r"\[/quote\]", re.I)
_LIST = re.compile(r"\[/?list(?:=[^\]\n]{0,10})?\]", re.I)
_ITEM = re.compile(r"\[\*\]\s*")
_SIGNATURE_RULE = re.compile(r"_{10,}")
_EDITED = re.compile(r"Last edited by \S+ on [^\n]*", re.I)
# the board's furniture below the last post (phpBB's own wording)
_FOOTER = re.compile(r"(?i)(?:Display posts from previous|Page \d+ of \d+|Return to |Jump to|Who is online|Users browsing"
                     r"|Powered by phpBB|Board index|All times are|Post a reply|Search this topic)")
MIN_POSTS = 2  # a topic export has at least this many post headers
MIN_TAGS = 2  # and this many BBCode tags


@dataclass(frozen=True)
class Topic:
    """The text a reader sees, and each kept post as (ISO day, first paragraph, last paragraph)."""

    text: str
    entries: tuple[tuple[str, str, str], ...]


def is_bbcode(text: str) -> bool:
    """A forum topic's BBCode source: post headers and BBCode tags."""
    headers = sum(1 for line in text.split("\n") if _HEADER.fullmatch(line.strip()))
    tags = len(_TAG.findall(text)) + len(_QUOTE_OPEN.findall(text)) + len(_URL.findall(text)) + len(_LIST.findall(text))
    return headers >= MIN_POSTS and tags >= MIN_TAGS


def _without_quotes(text: str) -> str:
    """The text with its quoted posts removed, nested quotes included; if a quote is left open,
    only the quote tags (the rest of the post is not swallowed)."""
    out, depth, pos = [], 0, 0
    for m in sorted([*_QUOTE_OPEN.finditer(text), *_QUOTE_CLOSE.finditer(text)], key=lambda m: m.start()):
        if depth == 0:
            out.append(text[pos:m.start()])
        depth = depth + 1 if m[0][1] != "/" else max(0, depth - 1)
        pos = m.end()
    if depth:
        return _QUOTE_CLOSE.sub("", _QUOTE_OPEN.sub("", text))
    out.append(text[pos:])
    return "".join(out)


def _rendered(body: str) -> list[str]:
    """A post's paragraphs as shown: markup resolved, a list's items one per line."""
    body = _DROPPED.sub("", _without_quotes(body))
    body = _URL.sub(lambda m: m[1] if m[1] is not None else m[2], body)
    body = _TAG.sub("", _LIST.sub("\n\n", _ITEM.sub("\n\n", body)))  # (items first: "[/*]" is a tag)
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]


def read(text: str) -> Topic | None:
    """The topic's title, then the question's and the answering author's posts, each dated by its header."""
    lines = text.split("\n")
    heads = [(i, m) for i, line in enumerate(lines) if (m := _HEADER.fullmatch(line.strip()))]
    if len(heads) < MIN_POSTS:
        return None
    title = next((lines[i].strip() for i in range(heads[0][0] - 1, -1, -1) if lines[i].strip()), "")
    title = "" if _FOOTER.search(title) else _TAG.sub("", title)
    starter = heads[0][1]["user"]
    answerer = next((m["user"] for _, m in heads if m["user"] != starter), None)
    paragraphs, entries = ([title] if title else []), []
    for n, (i, m) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        if n + 1 < len(heads):  # the next post's subject line above its header ("Re: <title>"): furniture
            above = next((j for j in range(end - 1, i, -1) if lines[j].strip()), None)
            if above is not None and (lines[above].strip().startswith("Re:") or _TAG.sub("", lines[above].strip()) == title):
                end = above
        body_lines = []
        for line in lines[i + 1:end]:
            if _SIGNATURE_RULE.fullmatch(line.strip()):
                break  # the signature runs to the next post
            if _EDITED.fullmatch(line.strip()) or (n + 1 == len(heads) and _FOOTER.match(line.strip())):
                continue
            body_lines.append(line)
        if m["user"] not in (starter, answerer):
            continue  # another user's reply: a reader comment
        body = _rendered("\n".join(body_lines))
        day = parse_date(_CLOCK.sub("", m["stamp"]))
        if body:
            paragraphs += body
            if day:
                entries.append((day, body[0], body[-1]))
    return Topic("\n\n".join(paragraphs) + "\n", tuple(entries)) if entries else None
