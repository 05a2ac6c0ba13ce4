"""Read a raw article file into text: UTF-8 (with or without BOM), HTML through trafilatura.

Anything that is not UTF-8 text is refused with a message naming the file and what to do;
we never guess an encoding silently.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass(frozen=True)
class RawText:
    """Decoded text of one input file, with what the decoder learned on the way."""

    text: str
    fmt: str  # txt / md / html
    had_bom: bool
    html_meta: dict  # title/author/date found by the HTML extractor ({} for text files)


def decode_bytes(data: bytes, path: str | Path) -> tuple[str, bool]:
    """Decode UTF-8 bytes (BOM allowed); refuse binary and non-UTF-8 input with a clear error."""
    had_bom = data.startswith(codecs.BOM_UTF8)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(path, "is UTF-16/UTF-32 encoded, not UTF-8",
                         "Re-save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and run again")
    if b"\x00" in data:
        raise InputError(path, "contains NUL bytes: it looks like a binary file (PDF, image, word-processor file), not text",
                         "Convert it to plain text or HTML first, or remove it from the corpus folder")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})",
                         "Re-save it as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`) and run again") from None
    if not text.strip():
        raise InputError(path, "is empty (no text)", "Remove it from the corpus folder or replace it with the article text")
    return text, had_bom


def extract_html(html: str, path: str | Path) -> tuple[str, dict]:
    """Main text and metadata of an HTML page via trafilatura (scripts, styles, navigation dropped)."""
    import trafilatura  # imported lazily: slow to import and only needed for HTML

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise InputError(path, "is an HTML page in which no article text was found",
                         "Save the article's own page (not an index or login page), or paste its text into a .txt file")
    meta = {}
    if doc is not None:
        for key in ("title", "author", "date", "sitename"):
            value = getattr(doc, key, None)
            if value:
                meta[key] = str(value)
    return text, meta


def read(path: str | Path) -> RawText:
    """Read and decode one corpus file according to its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"has an unsupported suffix {suffix!r}", f"Use one of {', '.join(SUFFIXES)}")
    text, had_bom = decode_bytes(path.read_bytes(), path)
    if suffix in (".html", ".htm"):
        text, meta = extract_html(text, path)
        return RawText(text, "html", had_bom, meta)
    return RawText(text, suffix.lstrip("."), had_bom, {})
