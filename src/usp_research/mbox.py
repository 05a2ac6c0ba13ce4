"""Read a mailbox file (mbox: a mailing list's thread or an archive saved as text) as its messages'
bodies, each dated by its own `Date:` header (GUIDELINES 8.17: a message is dated by its header).
The `From ` separator lines and the header blocks are furniture; a body sent quoted-printable or
base64 is decoded, as a mail reader shows it (one sent as it stands keeps the file's own decoded
characters, whatever charset it declares); of a multipart message the plain-text part is read,
else the HTML part's paragraphs.
Quoted lines, attribution lines and signatures stay for the cleaning rules that know them.
"""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

from .structured import html_paragraphs, iso_day

# an mbox separator line: "From sender@example.org Tue Mar  5 09:12:44 2024", header lines under it
_SEPARATOR = re.compile(r"(?m)^From \S+ +(?:[A-Z][a-z]{2} +){2}\d{1,2} +\d{1,2}:\d{2}(?::\d{2})? +(?:\S+ +)?\d{4}[ \t]*\n"
                        r"(?=[A-Za-z][\w-]*:)")
MIN_MESSAGES = 1
# the line opening a forwarded message's header block ("---------- Forwarded message ---------",
# "Begin forwarded message:", "-----Original Message-----")
_FORWARDED = re.compile(r"(?i)\s*(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)")


@dataclass(frozen=True)
class Mailbox:
    """The bodies as paragraphs, and each message as (ISO date, first paragraph, last paragraph)."""

    text: str
    entries: tuple[tuple[str, str, str], ...]


# a raw message saved as a .eml file: a header block with transport headers and a multipart content type
_HEADER_BLOCK = re.compile(r"\A(?:[A-Za-z][\w-]*:[^\n]*\n(?:[ \t][^\n]*\n)*){3,}?\n")
_RAW_MIME = re.compile(r"(?im)^Content-Type:\s*multipart/")
_TRANSPORT = re.compile(r"(?im)^(?:Received|Message-ID|DKIM-Signature|Return-Path):")


def is_mbox(text: str) -> bool:
    """An mbox file: it opens with a separator line and a header block."""
    return bool(_SEPARATOR.match(text.lstrip("\ufeff")))


def is_eml(text: str) -> bool:
    """One raw multipart e-mail message (a .eml file): a header block with transport headers and a
    multipart content type, then its parts; read as a one-message mailbox (GUIDELINES 8.29: its
    plain and HTML parts carry the same text, which a reader sees once). A single-part message is
    read as the text it is (dev49's gold reads a quoted-printable body as written)."""
    head = _HEADER_BLOCK.match(text.lstrip("\ufeff").replace("\r\n", "\n"))
    return bool(head and _RAW_MIME.search(head[0]) and _TRANSPORT.search(head[0]))


def _body(message) -> str:
    """The message's plain-text part, else its HTML part's paragraphs."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        if str(part.get("Content-Transfer-Encoding", "")).strip().lower() in ("quoted-printable", "base64"):
            data = part.get_payload(decode=True) or b""
            try:  # its bytes in the charset it declares, else UTF-8
                content = data.decode(part.get_content_charset() or "utf-8", errors="replace")
            except LookupError:
                content = data.decode("utf-8", errors="replace")
        else:  # sent as it stands (7bit, 8bit): the file's own decoded text
            content = part.get_payload()
            content = content if isinstance(content, str) else ""
    except (ValueError, TypeError, AttributeError):
        return ""
    if part.get_content_subtype() == "html":
        return "\n\n".join(html_paragraphs(content))
    return content


def _own_prose(paragraph: str) -> bool:
    lines = paragraph.strip().split("\n")
    return (len(paragraph.split()) >= 4 and not any(line.lstrip().startswith(">") for line in lines)
            and not lines[-1].rstrip().endswith(":"))


def read(text: str) -> Mailbox | None:
    """The messages' bodies in file order (of an mbox, or of one raw message), each entry dated by
    its `Date:` header."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    starts = [m.end() for m in _SEPARATOR.finditer(text)]
    ends = [m.start() for m in _SEPARATOR.finditer(text)][1:] + [len(text)]
    if not starts and is_eml(text):  # one raw message: a mailbox of one
        starts, ends = [0], [len(text)]
    if len(starts) < MIN_MESSAGES:
        return None
    paragraphs: list[str] = []
    entries: list[tuple[str, str, str]] = []
    for start, end in zip(starts, ends):
        # mboxrd/mboxo escape a body line starting "From " as ">From ": shown without the mark
        raw = re.sub(r"(?m)^>(>*From )", r"\1", text[start:end])
        message = email.message_from_string(raw, policy=email.policy.default)
        body = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", _body(message).replace("\r\n", "\n")) if p.strip()]
        if not body:
            continue
        paragraphs += body
        # the entry is found by its first paragraph of the writer's own prose (not a quoted reply
        # or its attribution line, which the cleaning rules drop or split off)
        first = next((p for p in body if _own_prose(p)), body[0])
        # a forwarded message inside it is dated by its own header block, not by this message's
        own = body[:next((k for k, p in enumerate(body) if k and _FORWARDED.match(p)), len(body))]
        entries.append((iso_day(str(message.get("Date", "") or "")), " ".join(first.split()), " ".join(own[-1].split())))
    if not paragraphs:
        return None
    return Mailbox("\n\n".join(paragraphs) + "\n", tuple(entries))
