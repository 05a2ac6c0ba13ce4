"""The archived page inside a web-archive capture (a WARC file saved as text).

A WARC file holds a crawl's records: `warcinfo` (the crawler's settings), the HTTP `request`,
the `response` (HTTP headers, then the page as served), `metadata` (outlinks). What a reader of
the capture sees is the page, so the first successful HTML response's body is read as a saved web
page (a redirect or error page is not the page); the crawl's dates (`WARC-Date`, the HTTP `Date`) are when it was archived, not when it was written.
"""
from __future__ import annotations

import re

_START = re.compile(r"\A\ufeff?\s*WARC/1\.[01]\r?\n")
_RECORD = re.compile(r"(?m)^WARC/1\.[01]\r?$")  # a record's version line opens it
_BLANK = re.compile(r"\r?\n\r?\n")


def is_warc(text: str) -> bool:
    """A WARC file: it opens with a record's version line (`WARC/1.1`)."""
    return bool(_START.match(text))


def _fields(block: str) -> dict[str, str]:
    out = {}
    for line in block.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip() and " " not in name.strip():
            out.setdefault(name.strip().lower(), value.strip())
    return out


_STATUS = re.compile(r"HTTP/[\d.]+\s+(?P<code>\d{3})")
_CHUNK_SIZE = re.compile(r"(?P<size>[0-9A-Fa-f]{1,8})(?:;[^\r\n]*)?\r?\n")
_SIZE_LINE = re.compile(r"(?:\A|\r?\n)[0-9A-Fa-f]{1,8}(?:;[^\r\n]*)?\r?\n")


def _dechunked(body: str) -> str:
    """A chunked HTTP body (`Transfer-Encoding: chunked`, as a WARC keeps the payload) joined. A
    capture saved or edited by hand may miscount its chunks: then each size line (and the line
    break closing the chunk before it) is taken out wherever it stands."""
    data, out, at = body.encode("utf-8"), [], 0
    octets = data.decode("latin-1")  # (one character per byte: chunk sizes count bytes)
    while (m := _CHUNK_SIZE.match(octets, at)) is not None:
        size = int(m["size"], 16)
        if size == 0:
            return b"".join(out).decode("utf-8", errors="replace")
        out.append(data[m.end():m.end() + size])
        at = m.end() + size
        if data[at:at + 2] == b"\r\n":
            at += 2
        elif data[at:at + 1] == b"\n":
            at += 1
        else:
            break  # (a miscounted chunk)
    return _SIZE_LINE.sub("", body)


def page_html(text: str) -> str | None:
    """The HTML body of the capture's first successful page response (`WARC-Type: response` with a
    2xx status, or `resource`, whose content is text/html), de-chunked; None when it archived no
    readable page (a redirect or error page is not the page; a compressed body cannot be read as
    text). Record lengths are not trusted: a record runs to the next version line."""
    starts = [m.start() for m in _RECORD.finditer(text)] + [len(text)]
    for a, b in zip(starts, starts[1:]):
        record = text[a:b]
        head_end = _BLANK.search(record)
        if head_end is None:
            continue
        head, block = _fields(record[:head_end.start()]), record[head_end.end():]
        kind = head.get("warc-type", "")
        if kind == "response" and block.startswith("HTTP/"):
            http_end = _BLANK.search(block)
            status = _STATUS.match(block)
            if http_end is None or status is None or not status["code"].startswith("2"):
                continue
            http = _fields(block[:http_end.start()])
            content_type, block = http.get("content-type", ""), block[http_end.end():]
            if http.get("content-encoding", "identity").lower() not in ("", "identity"):
                continue
            if "chunked" in http.get("transfer-encoding", "").lower():
                block = _dechunked(block)
        elif kind == "resource":
            content_type = head.get("content-type", "")
        else:
            continue
        if "html" in content_type.lower() and block.strip():
            return block
    return None
