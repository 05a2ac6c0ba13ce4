"""Read a raw article file into text: UTF-8 (with or without BOM), HTML through trafilatura.

Anything that is not UTF-8 text is refused with a message naming the file and what to do;
we never guess an encoding silently. The one exception is an HTML page that declares its own
encoding (`<meta charset="windows-1252">`): it is decoded as declared, strictly.
Files that are really something else under a text name (a PDF, an image, a Word document, an
HTML page saved as `.txt`) are recognised by their first bytes and refused with what to do.
"""
from __future__ import annotations

import bisect
import itertools

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from . import asciidoc, bbcode, bibtex, boilerplate, captions, columns, dokuwiki, edgar, exports, fountain, frontmatter, gutenberg, latex, mbox, orgmode, restructured, sqldump, structured, typst, warc
from .errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm")

_CONVERT = ("Convert it to text first (e.g. rename it to {stem}.pdf and run `pdftotext {stem}.pdf {stem}.txt`), "
            "then put only the .txt in the corpus folder")
_OCR = "Convert it to text first (OCR or re-type the article), or remove it from the corpus folder"
_OFFICE = ("Convert it to text first (open it in its program and save it as plain text, UTF-8, or run `pandoc` on it "
           "under its real suffix), then put only the .txt in the corpus folder")
_ARCHIVE = "Unpack it and put the article files themselves (.txt, .md, .html) in the corpus folder"

# (leading bytes, what the file looks like, what to do); checked after a UTF-8 BOM and leading whitespace
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", _CONVERT),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _OCR),
    (b"\xff\xd8\xff", "a JPEG image", _OCR),
    (b"GIF87a", "a GIF image", _OCR),
    (b"GIF89a", "a GIF image", _OCR),
    (b"II*\x00", "a TIFF image", _OCR),
    (b"MM\x00*", "a TIFF image", _OCR),
    (b"PK\x03\x04", "a ZIP archive or an Office document (DOCX, ODT, EPUB, XLSX)", _OFFICE),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC, XLS)", _OFFICE),
    (b"{\\rtf", "an RTF document", _OFFICE),
    (b"\x1f\x8b", "a gzip archive", _ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", _ARCHIVE),
    (b"Rar!\x1a\x07", "a RAR archive", _ARCHIVE),
)
_HTML_START = re.compile(r"(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


@dataclass(frozen=True)
class RawText:
    """Decoded text of one input file, with what the decoder learned on the way."""

    text: str
    fmt: str  # txt / md / html
    had_bom: bool
    html_meta: dict  # title/author/date found by the HTML extractor ({} for text files)
    # an HTML page's paragraphs the extractor left out (outside navigation, header, footer and
    # sidebars): a print credit under the article may date it when nothing else does
    left_out: tuple[str, ...] = ()
    # the paragraphs of its <footer>: an update stamp there ("Listings last updated Monday 11 March
    # 2024") dates the page when nothing else does (GUIDELINES 8.1)
    footer: tuple[str, ...] = ()
    # its page-date table fields the extractor left out, as "Label: value" ("Vote Date: September 22,
    # 2012"): such a field dates the page when nothing else does (GUIDELINES 8.18)
    fields: tuple[str, ...] = ()
    # its dated entries whose date lines the extractor left out, as (ISO date, first paragraph, last
    # paragraph): each entry's relative times count from its own date (`dated_entries`)
    entries: tuple[tuple[str, str, str], ...] = ()


def sniff(data: bytes) -> tuple[str, str] | None:
    """(what it looks like, what to do) when `data` starts like a known binary format, else None."""
    head = data[:64]
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    head = head.lstrip(b" \t\r\n")
    for magic, what, fix in _MAGIC:
        if head.startswith(magic):
            return what, fix
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image", _OCR
    if head[4:8] == b"ftyp":
        return "an image or video (HEIC, MP4, MOV)", _OCR
    return None


def _line_of(data: bytes, pos: int) -> int:
    return data.count(b"\n", 0, pos) + 1


def _utf16_without_bom(data: bytes) -> str | None:
    """'UTF-16LE' / 'UTF-16BE' when NUL bytes sit in every other position (ASCII text as UTF-16)."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "UTF-16LE"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "UTF-16BE"
    return None


def _looks_binary(data: bytes) -> bool:
    """Many control characters (other than tab, newline, form feed, carriage return): not text."""
    head = data[:4096]
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v" or b == 0x7f)
    return controls > max(2, len(head) // 20)


def _legacy_encoding_hint(data: bytes) -> tuple[str, str]:
    """(description, iconv name) for bytes that are not UTF-8: Windows-1252 if it decodes, else Latin-1."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "Latin-1 (ISO-8859-1) or another legacy encoding", "LATIN1"
    return "Windows-1252 or Latin-1 (Western European)", "WINDOWS-1252"


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_bytes(data: bytes, path: str | Path, html: bool = False) -> tuple[str, bool]:
    """Decode UTF-8 bytes (BOM allowed); refuse binary and non-UTF-8 input with a clear error.

    With `html`, a page that is not UTF-8 but declares its charset in a <meta> tag is decoded
    with that charset (strictly: a byte the charset does not define is still refused).
    """
    name = Path(path).name
    had_bom = data.startswith(codecs.BOM_UTF8)
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(path, "is UTF-32 encoded, not UTF-8",
                         f"Re-save it as UTF-8 (e.g. `iconv -f UTF-32 -t UTF-8 {name} > utf8-{name}`) and run again")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(path, "is UTF-16 encoded (it starts with a UTF-16 byte-order mark), not UTF-8",
                         f"Re-save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8 {name} > utf8-{name}`) and run again")
    kind = sniff(data)
    if kind:
        what, fix = kind
        nul = ", and it contains NUL bytes" if b"\x00" in data else ""
        raise InputError(path, f"looks like {what}, not text (judging by its first bytes{nul})",
                         fix.format(name=name, stem=Path(path).stem))
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise InputError(path, f"looks like {utf16} text without a byte-order mark, not UTF-8",
                             f"Re-save it as UTF-8 (e.g. `iconv -f {utf16} -t UTF-8 {name} > utf8-{name}`) and run again")
        n_nul = data.count(b"\x00")
        first = data.index(b"\x00")
        rest = data.replace(b"\x00", b"")
        try:
            rest.decode("utf-8-sig")
            is_text = not _looks_binary(rest) and n_nul <= max(1, len(data) // 100)
        except UnicodeDecodeError:
            is_text = False
        if is_text:
            raise InputError(path, f"contains {n_nul} NUL byte(s) (the first on line {_line_of(data, first)}), "
                                   "which plain text never has",
                             f"Remove them (e.g. `tr -d '\\000' < {name} > clean-{name}`) or export the text again")
        raise InputError(path, "contains NUL bytes: it looks like a binary file (PDF, image, word-processor file), not text",
                         "Convert it to plain text or HTML first, or remove it from the corpus folder")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _looks_binary(data):
            raise InputError(path, "is not text: it looks like a binary file (many control bytes, not valid UTF-8)",
                             "Convert it to plain text or HTML first, or remove it from the corpus folder") from None
        declared = _declared_charset(data) if html else None
        if declared and declared != "utf-8":
            try:
                text = data.decode(declared)
            except UnicodeDecodeError as exc2:
                raise InputError(path, f"declares charset {declared} but byte {exc2.start} "
                                       f"(line {_line_of(data, exc2.start)}) is not valid {declared}",
                                 f"Re-save it as UTF-8 (e.g. `iconv -f {declared} -t UTF-8 {name} > utf8-{name}`)") from None
        else:
            desc, iconv = _legacy_encoding_hint(data)
            bad = data[exc.start]
            raise InputError(path, f"is not valid UTF-8 (line {_line_of(data, exc.start)}, byte 0x{bad:02x}); "
                                   f"it is probably {desc}",
                             f"Re-save it as UTF-8 (e.g. `iconv -f {iconv} -t UTF-8 {name} > utf8-{name}`, "
                             "or 'Save As… UTF-8' in an editor) and run again") from None
    if not text.strip():
        raise InputError(path, "is empty (no text)" if not text else "is empty (only spaces and line breaks)",
                         "Remove it from the corpus folder or replace it with the article text")
    return text, had_bom


def extract_html(html: str, path: str | Path) -> tuple[str, dict]:
    """Main text and metadata of an HTML page via trafilatura (scripts, styles, navigation dropped)."""
    import trafilatura  # imported lazily: slow to import and only needed for HTML

    html, wiki_diff = _diff_view(html)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    if text.strip():
        text = add_thread_answer(html, text)
        text = restore_blocks(html, text)
    if wiki_diff:  # the added lines of a wiki diff are page source: their visible text
        text = "\n".join(wiki_fragment(line) for line in text.split("\n"))
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


def page_tree(html: str):
    """The page parsed once (lxml), without its scripts, styles and templates, for the readers
    below that look for what the extractor left out; None if it cannot be parsed."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    return tree


_OUTSIDE_FURNITURE = "not(ancestor::nav or ancestor::header or ancestor::footer or ancestor::aside)"


def left_out_paragraphs(tree, text: str) -> tuple[str, ...]:
    """The page's <p> paragraphs outside navigation, header, footer and sidebars that are not in
    the extracted `text` (a print credit under a truncated article, "A version of this article
    appears in print on ..."), in page order. `tree` is the page's `page_tree`."""
    bare = re.sub(r"\s+", "", text)
    out = []
    for p in tree.xpath(f"//p[{_OUTSIDE_FURNITURE}]"):
        s = _squash(p.text_content())
        if s and re.sub(r"\s+", "", s) not in bare:
            out.append(s)
    return tuple(out)


ENTRY_META_MAX_WORDS = 15  # an entry's date line ("January 10, 2023 · by Sana Qureshi, Organizer") is short
_META_SPLIT = re.compile(r"\s+[·|•—–-]\s+|,\s+(?=by\b)")


def dated_entries(tree, text: str) -> tuple[tuple[str, str, str], ...]:
    """The dated entries of a page whose date lines the extractor left out (a fundraiser's updates,
    each an <article> opened by "January 10, 2023 · by Sana Qureshi, Organizer"): per entry, (ISO
    date, its first paragraph, its last paragraph) as they stand in the extracted `text`, in page
    order; none unless at least two entries are found (GUIDELINES 8.1: a dated entry heading
    dates its own text). `tree` is the page's `page_tree`."""
    bare = re.sub(r"\s+", "", text)
    out = []
    for box in tree.xpath(f"//*[self::article or self::div or self::li or self::section][{_OUTSIDE_FURNITURE}]"):
        kids = [k for k in box if isinstance(k.tag, str) and _squash(k.text_content())]
        if len(kids) < 2:
            continue
        head = _squash(kids[0].text_content())
        if len(head.split()) > ENTRY_META_MAX_WORDS or re.sub(r"\s+", "", head) in bare:
            continue
        day = boilerplate.parse_date(_META_SPLIT.split(head)[0])
        if not day or len(day) != 10:
            continue
        paras = [_squash(k.text_content()) for k in kids[1:] if k.tag == "p"]
        paras = [p for p in paras if re.sub(r"\s+", "", p) in bare]
        if paras:
            out.append((day, paras[0], paras[-1]))
    return tuple(out) if len(out) >= boilerplate.ENTRY_MIN_HEADINGS else ()


# the labels of a field that dates the page itself: "Date:", a vote's, a post's or a message's date;
# not "Date of birth:", "Expiry date:", "Next hearing date:"
_PAGE_DATE_LABEL = re.compile(r"(?:(?:vote|publication|published|release|issue|issued|post|posted|message|sent"
                              r"|meeting|decision|letter)\s+)?date\s*:", re.IGNORECASE)


def field_rows(tree, text: str) -> tuple[str, ...]:
    """The page-date fields of its table rows outside navigation, header, footer and sidebars
    ("<td><b>Date:</b></td><td>Thu Mar  6 14:22:10 EST 2014</td>", "Vote Date: ...") that are not in
    the extracted `text`, as "Label: value", in page order: a vote page's or a list archive's
    header fields the extractor dropped. `tree` is the page's `page_tree`."""
    bare = re.sub(r"\s+", "", text)
    out = []
    for row in tree.xpath(f"//tr[{_OUTSIDE_FURNITURE}]"):
        cells = [_squash(c.text_content()) for c in row if c.tag in ("td", "th")]
        for label, value in zip(cells[::2], cells[1::2]):
            if _PAGE_DATE_LABEL.fullmatch(label) and value and re.sub(r"\s+", "", value) not in bare:
                out.append(f"{label} {value}")
    return tuple(out)


PRE_MIN_SHARE = 0.8  # the share of the extracted text a <pre> block must hold to be the page's text


def preformatted_text(tree, text: str) -> str | None:
    """The text of the page's one <pre> block, line breaks and blank lines as written, when the
    extracted `text` opens with it and holds little else (a mail archive's message: the extractor
    keeps its hard-wrapped lines but not the blank lines between paragraphs, and adds the list's
    links); else None. A code sample (<code> inside) or a page with text above the block is not one."""
    blocks = tree.xpath(f"//pre[{_OUTSIDE_FURNITURE}]")
    if len(blocks) != 1 or blocks[0].xpath(".//code"):
        return None
    pre = blocks[0].text_content()
    bare_pre, bare_text = re.sub(r"\s+", "", pre), re.sub(r"\s+", "", text)
    if bare_pre and bare_text.startswith(bare_pre) and len(bare_pre) >= PRE_MIN_SHARE * len(bare_text):
        return pre.strip("\n") + "\n"
    return None


_FOOTER_BLOCKS = frozenset({"p", "div", "li", "small", "address"})


_LINE_BLOCKS = ("p", "div", "li", "tr", "table", "center", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                "blockquote", "address", "pre", "hr", "td")
_NOT_THE_PAGES = " or ".join(f"contains(concat(' ', @class, ' ', @id, ' '), '{w}')"
                            for w in ("comment", "related", "share", "sidebar", "reply", "disqus", "widget"))
FOOTER_TAIL_LINES = 8  # a page with no <footer>: its last lines after its text, at most this many


def closing_lines(tree, text: str) -> tuple[str, ...]:
    """The last visible lines of the page (at most `FOOTER_TAIL_LINES`) after the last line of the
    extracted `text`, as lines break at <br> and blocks: a hand-made page's footer, which has no
    <footer> element ("Last updated: March 7, 1999<br>" in a <font> block the extractor skipped)."""
    import copy

    body = copy.deepcopy(next(iter(tree.xpath("//body")), tree))
    for el in body.xpath("//aside|//nav|//*[" + _NOT_THE_PAGES + "]"):
        el.drop_tree()  # readers' comments, related stories, share bars: dated, but not the page
    for el in body.iter("br", *_LINE_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = [s for s in (_squash(line) for line in body.text_content().split("\n")) if s]
    kept = {_squash(line) for line in text.splitlines() if line.strip()}
    last = max((i for i, line in enumerate(lines) if line in kept), default=None)
    return () if last is None else tuple(lines[last + 1:][-FOOTER_TAIL_LINES:])


def footer_paragraphs(tree, text: str = "") -> tuple[str, ...]:
    """The text of each innermost block of the page's own <footer> (or of the footer itself, if it
    has none); footers inside an article, aside, quotation, list item or section are not the page's.
    A page with no <footer> gives its `closing_lines` after the extracted `text`.
    `tree` is the page's `page_tree`."""
    out = []
    # the page's own footer, not a comment's, a quotation's or a related story's card
    for footer in tree.xpath("//footer[not(ancestor::article or ancestor::aside or ancestor::blockquote"
                             " or ancestor::li or ancestor::section)]"):
        for el in footer.iter():  # each innermost block ("<div>Last updated: ...</div><p>Contact us</p>")
            if el.tag in _FOOTER_BLOCKS and not any(c.tag in _FOOTER_BLOCKS for c in el.iterdescendants()):
                if s := _squash(el.text_content()):
                    out.append(s)
        if not any(el.tag in _FOOTER_BLOCKS for el in footer.iterdescendants()) and (s := _squash(footer.text_content())):
            out.append(s)
    if not out and text and not tree.xpath("//footer"):
        return closing_lines(tree, text)
    return tuple(out)


_DIFF_FURNITURE = frozenset({"diff-deletedline", "diff-marker", "diff-lineno", "diff-empty"})
_DIFF_TEXT = frozenset({"diff-addedline", "diff-context"})


def _diff_view(html: str) -> tuple[str, bool]:
    """A page showing the difference between two revisions (a wiki's diff view: a table of
    deleted, added and context lines) as the newer revision reads: deleted lines, the older
    side's copy of each context line, line numbers and +/− markers taken out (GUIDELINES 8.13:
    in a diff only the added text is the page's). Returns the page (unchanged if it shows no
    diff) and whether it did."""
    if "diff-addedline" not in html and "diff-deletedline" not in html:
        return html, False
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html, False
    cells = [td for td in tree.iter("td") if _classes(td) & _DIFF_FURNITURE]
    for row in tree.iter("tr"):  # a context line shows on both sides: keep the newer side's
        cells += [td for td in row.iterchildren("td") if "diff-context" in _classes(td)][:-1]
    if not cells:
        return html, False
    for td in cells:
        td.drop_tree()
    for table in [t for t in tree.iter("table") if any(_classes(td) & _DIFF_TEXT for td in t.iter("td"))]:
        div = lxml.html.Element("div")  # the lines as paragraphs: an extractor may leave tables out
        for td in table.iter("td"):
            if (line := _squash(td.text_content())):
                p = lxml.html.Element("p")
                p.text = line
                div.append(p)
        div.tail = table.tail
        table.getparent().replace(table, div)
    return lxml.html.tostring(tree, encoding="unicode"), True


_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "dt", "dd", "pre")
_RESTORE = ("h1", "h2", "h3", "h4", "h5", "h6", "li")


def _squash(s: str) -> str:
    return " ".join(s.split())


# a box that is not the article's own matter even when it sits inside the article
_OTHER_BOX = re.compile(r"\b(?:related|recommended|popular|trending|latest|more|see also|read|about|newsletter|share|tags|promo"
                        r"|author|authors|bio|contributors?)\b", re.I)
FACT_BOX_MAX_LINK_SHARE = 0.5  # a box whose text is mostly links is a "Related" or promotion box


def _is_fact_box(aside) -> bool:
    """An aside set inside the article ("FACT BOX", "Key dates"): in an <article> or <main>, mostly
    text rather than links, and not named (class or first heading) as a box of related stories or
    about the publisher, so related-story and promotion boxes stay out."""
    if not aside.xpath("ancestor::article|ancestor::main"):
        return False
    heads = aside.xpath(".//h1|.//h2|.//h3|.//h4")
    if _OTHER_BOX.search((aside.get("class") or "").replace("-", " ") + " " + (_squash(heads[0].text_content()) if heads else "")):
        return False
    text = len(_squash(aside.text_content()))
    links = sum(len(_squash(a.text_content())) for a in aside.iter("a"))
    return text > 0 and links <= FACT_BOX_MAX_LINK_SHARE * text


_COMMENT_CLASS = frozenset({"comment", "reply", "answer"})
_META_CLASS = re.compile(r"meta|author|user|vote|action|stamp|byline|flair|signature", re.I)
_PROFILE_HREF = re.compile(r"/(?:u|user|users|members?|profile|people)/", re.I)


def _classes(el) -> set[str]:
    return set((el.get("class") or "").lower().split())


_AUTHOR_CLASS = frozenset({"author", "username", "user", "op", "submitter", "poster"})


def _is_author_mark(el) -> bool:
    """A user name: a link to a profile page, or an element classed as the author (a thread's
    original poster is often marked "op" or "submitter")."""
    return bool(el.tag == "a" and _PROFILE_HREF.search(el.get("href") or "") or _classes(el) & _AUTHOR_CLASS)


def _poster(tree, is_block) -> str:
    """The user name in the thread's opening post: the first author mark in a meta line outside
    every comment block ("Posted by u/name · 3 yr. ago"), or "" when there is none."""
    for el in tree.iter():
        if (isinstance(el.tag, str) and _is_author_mark(el)
                and not any(is_block(a) for a in el.iterancestors())
                and any(_META_CLASS.search(a.get("class") or "") for a in [el, *el.iterancestors()])):
            return _squash(el.text or el.text_content())
    return ""


def _comment_parts(block, is_block) -> tuple[str, list[tuple[str, str]]]:
    """(author, [(tag, text)…]) of one comment block, leaving out the replies nested in it."""
    author = ""
    body = []
    for el in block.iter():
        if el is block or not isinstance(el.tag, str):
            continue
        owner = next((a for a in el.iterancestors() if is_block(a)), None)
        if owner is not block or is_block(el):
            continue
        in_meta = any(_META_CLASS.search(a.get("class") or "") for a in [el, *el.iterancestors()]
                      if a is not block and block in a.iterancestors())
        if not author and _is_author_mark(el):
            author = _squash(el.text or el.text_content())
        if in_meta or el.tag not in _BLOCKS or el.xpath("ancestor::li") and el.tag != "li":
            continue
        s = _squash(el.text_content())
        if s:
            body.append((el.tag, s))
    return author, body


def add_thread_answer(html: str, text: str) -> str:
    """On a question-and-answer thread, add the answering author's own comments to the question.

    The HTML extractor leaves comments out, which is right for an article with reader comments
    but loses the answer on a forum thread, whose question is short. GUIDELINES: the question
    and the answering author's text (the answer and that author's follow-ups) are the source,
    other replies are reader comments. A page counts as a thread when the text extracted asks a
    question and its longest comment (its own paragraphs, replies nested in it left out) is longer
    than that text; that comment's author's comments are then appended in page order. When the
    opening post names its author and that author's comments together outweigh the post (an
    ask-me-anything, whose post asks nothing; not a blog author's short thanks under an article),
    the poster's own comments are appended instead.
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text

    def is_block(el) -> bool:
        return isinstance(el.tag, str) and bool(_classes(el) & _COMMENT_CLASS)

    blocks = [el for el in tree.iter() if is_block(el)]
    if not blocks:
        return text
    parts = [_comment_parts(b, is_block) for b in blocks]
    size = [sum(len(s) for _, s in body) for _, body in parts]
    best = max(range(len(blocks)), key=size.__getitem__)
    author = parts[best][0]
    poster = _poster(tree, is_block)
    hosted = sum(n for (a, _), n in zip(parts, size) if a == poster)
    if poster and hosted > len(_squash(text)):
        author = poster  # the host of an ask-me-anything, whose answers outweigh the post
    elif size[best] <= len(_squash(text)) or not author or "?" not in text:
        return text  # an article with reader comments, not a question and its answer
    lines = [("- " if tag == "li" else "") + s
             for a, body in parts if a == author for tag, s in body]
    return text.rstrip("\n") + "\n" + "\n".join(lines)


META_LINE_MAX_WORDS = 15  # an item's meta line ("Dawn · 9 Feb 2024 · 2 min read"), not a paragraph
META_MIN_ITEMS = 2  # sibling <article> items that make a page a list of dated items


def _meta_lines(tree) -> list:
    """The short lines that carry a <time> element outside any text block, each in one of several
    sibling <article> items (a feed, index or results page): each item's "Source · date" line,
    which dates it. Not a caption's time, a lone related-story card or a line of links."""
    out = []
    for t in tree.iter("time"):
        el = t.getparent()
        while el is not None and el.tag in _INLINE:
            el = el.getparent()
        if el is not None and el.tag == "article":
            el = t  # the item's own <time> line, set straight inside it
        if (el is None or el.tag in _BLOCKS or el.xpath("ancestor-or-self::*[self::p or self::li or self::h1 or "
                                                       "self::h2 or self::h3 or self::blockquote or self::figure]")):
            continue
        if not _listed_item(next(iter(el.xpath("ancestor::article[1]")), None)):
            continue
        text = _squash(el.text_content())
        links = sum(len(_squash(a.text_content())) for a in el.iter("a"))
        if text and len(text.split()) <= META_LINE_MAX_WORDS and links <= FACT_BOX_MAX_LINK_SHARE * len(text) and el not in out:
            out.append(el)
    return out


_INLINE = ("span", "a", "small", "em", "strong", "b", "i", "time", "abbr")


def _listed_item(el) -> bool:
    """Is `el` an <article> among at least META_MIN_ITEMS sibling <article> items (a feed, an alerts page)?"""
    return (el is not None and el.tag == "article" and el.getparent() is not None
            and len(el.getparent().findall("article")) >= META_MIN_ITEMS)


_CITE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3})\]")  # "...dispute.[1]"
_EMPTY_CELL = re.compile(r"[-–—]?")


def _cells(row) -> list:
    return list(row.iterchildren("td", "th"))  # in document order


def _prose_cell(td) -> bool:
    """Is `td` a cell that narrates in sentences (a list article's "Notes" column) in a row of a
    real table (at least boilerplate.TABLE_MIN_CELLS cells, like a neighbouring row), not of a data
    row and not a layout table's cell holding paragraphs?"""
    row = td.getparent()
    if row is None or row.tag != "tr" or td.xpath(".//p|.//li|.//div|.//table|.//br"):
        return False
    cells = [_squash(c.text_content()) for c in _cells(row)]
    if (len(cells) < boilerplate.TABLE_MIN_CELLS
            or boilerplate.is_data_row(tuple(c for c in cells if not _EMPTY_CELL.fullmatch(c)))):
        return False
    near = [next(row.itersiblings("tr", preceding=True), None), next(row.itersiblings("tr"), None)]
    if not any(r is not None and len(_cells(r)) >= boilerplate.TABLE_MIN_CELLS for r in near):
        return False
    return boilerplate.is_prose_cell(_CITE_MARK.sub("", _squash(td.text_content())))


def restore_blocks(html: str, text: str) -> str:
    """Put back the headings and list items inside the article that the extractor dropped, each
    item's dated meta line (`_meta_lines`), and the page's dated updates after its text (`_dated_item`).

    trafilatura sometimes drops section headings and lists that sit among the article's own
    paragraphs (table-based newsletter layouts, for example). A heading or list item is restored
    when a block before it and a block after it are both in the extracted text, so navigation
    and sidebars (outside the extracted run of paragraphs) stay out; it goes on its own line
    just before the next extracted block. The first item's heading on a page of <article> items
    needs only its own paragraph after it. A fact box (an aside inside the article that is not
    a box of links) counts as the article's own, its paragraphs too.
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text
    for bad in tree.xpath("//script|//style|//noscript|//template|//nav|//header|//footer|//aside"):
        if bad.tag != "aside" or not _is_fact_box(bad):
            bad.drop_tree()
    for br in tree.iter("br"):
        br.tail = " " + (br.tail or "")
    metas = _meta_lines(tree)  # the elements themselves: lxml keeps one proxy per live element
    blocks = []
    for el in tree.iter():
        if any(el is m for m in metas):
            blocks.append(("meta", _squash(el.text_content()), None, el.getparent()))
            continue
        if el.tag == "td" and _prose_cell(el):
            blocks.append(("td", _squash(el.text_content()), None, el.getparent()))
            continue
        if el.tag not in _BLOCKS or el.tag in ("p", "blockquote", "dd", "pre") and el.xpath("ancestor::li"):
            continue
        s = _squash(el.text_content())
        if s and not any(_squash(c.text_content()) == s for c in el.iterchildren(*_BLOCKS)):
            links = sum(len(_squash(a.text_content())) for a in el.iter("a"))
            box = next(iter(el.xpath("ancestor::aside")), None)  # a fact box: the others were dropped above
            blocks.append((el.tag, s, box if links <= FACT_BOX_MAX_LINK_SHARE * len(s) else None, el.getparent()))
    lines = text.split("\n")
    flat = [_squash(x) for x in lines]
    joined = " ".join(flat)
    bare = re.sub(r"\s+", "", joined)  # blocks are found however their inline elements were spaced ("2 November 2023Saadia.R")
    bare_starts = list(itertools.accumulate([0] + [len(re.sub(r"\s+", "", x)) for x in flat[:-1]]))

    def line_of(s: str) -> int:
        return bisect.bisect_right(bare_starts, bare.find(re.sub(r"\s+", "", s))) - 1

    inserts: dict[int, list[str]] = {}
    tail: list[str] = []  # a fact box closing the article ("Previous advisories"), not its links
    updates: list[str] = []  # dated updates under the article (a petition's "Update | December 2, 2023" items)
    present = [re.sub(r"\s+", "", b[1]) in bare for b in blocks]
    following: list = [None] * len(blocks)  # the next block the extracted text holds, after each block
    for k in range(len(blocks) - 2, -1, -1):
        following[k] = blocks[k + 1] if present[k + 1] else following[k + 1]
    seen_before = False
    for k, (tag, s, boxed, parent) in enumerate(blocks):
        if present[k]:
            seen_before = True
            continue
        nxt_block = following[k]
        if nxt_block is None and seen_before and tag in ("meta", "p", "h2", "h3", "h4") and _dated_item(parent):
            updates.append(s)
            continue
        # the first item's heading on a page of items (an alerts page's first <article>), its paragraph next to it
        heads_next = tag[0] == "h" and nxt_block is not None and nxt_block[3] is parent and _listed_item(parent)
        if not (tag == "meta" or tag == "td" and seen_before
                or len(s) <= 300 and (tag in _RESTORE and (seen_before or heads_next) or tag == "p" and boxed is not None)):
            continue
        nxt = line_of(nxt_block[1]) if nxt_block is not None else None
        if nxt is not None:
            inserts.setdefault(nxt, []).append(("- " if tag == "li" else "") + s)
        elif boxed is not None:
            tail.append((boxed, tag, ("- " if tag == "li" else "") + s))
    items = {id(box) for box, tag, _ in tail if tag == "li"}
    tail = [s for box, tag, s in tail if id(box) in items]  # not a heading whose box lost its items
    if not inserts and not tail and not updates:
        return text
    out = []
    for i, line in enumerate(lines):
        out += inserts.get(i, [])
        out.append(line)
    return "\n".join(out + tail + updates)


_UPDATES_HEAD = re.compile(r"\bupdates?\b", re.I)


def _dated_item(el) -> bool:
    """Is `el` one of several sibling <article> items, each opened by a heading or <time> line with
    a full date ("Update | December 2, 2023"), not links, under a heading (the nearest before them)
    that names no box of other stories unless it names updates? Those items are the page's own dated
    updates, which the extractor leaves out after the article's text."""
    from .dates import search_date

    if not _listed_item(el):
        return False
    items = el.getparent().findall("article")
    head = items[0].xpath("preceding::*[self::h1 or self::h2 or self::h3][1]")
    label = _squash(head[0].text_content()) if head else ""
    if _OTHER_BOX.search(label) and not _UPDATES_HEAD.search(label):
        return False
    for item in items:
        dated = item.xpath("./time|./h2|./h3|./h4")
        if not dated or not search_date(_squash(dated[0].text_content())):
            return False
        text = len(_squash(item.text_content()))
        if sum(len(_squash(a.text_content())) for a in item.iter("a")) > FACT_BOX_MAX_LINK_SHARE * text:
            return False
    return True


def read(path: str | Path) -> RawText:
    """Read and decode one corpus file according to its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(path, f"has an unsupported suffix {suffix!r}", f"Use one of {', '.join(SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})",
                         "Check that it is a readable file (e.g. `chmod a+r`), or remove it from the corpus folder") from None
    is_html = suffix in (".html", ".htm")
    text, had_bom = decode_bytes(data, path, html=is_html)
    saved = saved_page_html(text) if suffix == ".txt" or is_html else None
    if saved is None and suffix == ".txt" and warc.is_warc(text):
        saved = warc.page_html(text)  # a web-archive capture: the page it archived
        if saved is None:
            raise InputError(path, "is a web-archive (WARC) capture that holds no readable HTML page (no successful, "
                             "uncompressed text/html response)", "Save the archived page itself (e.g. from the "
                             "Wayback Machine or `warcio extract`) as .html, or remove the file from the corpus folder")
    if saved is None and suffix == ".txt" and (xhtml := _XHTML_START.match(text)):
        saved = text[max(xhtml.end("decl"), 0):]  # an e-book's XHTML content file: a page, without its XML declaration
    if is_html or saved is not None:  # (a web page saved as MHTML, or archived: its HTML, as a page)
        html = text if saved is None else saved
        text, meta = extract_html(html, path)
        tree = page_tree(html)  # parsed once for the readers of what the extractor left out
        if tree is None:
            return RawText(text, "html", had_bom, meta)
        extras = (left_out_paragraphs(tree, text), footer_paragraphs(tree, text), field_rows(tree, text),
                  dated_entries(tree, text))
        if pre := preformatted_text(tree, text):  # a list archive's message: hard-wrapped plain text
            return RawText(pre, "txt", had_bom, meta, *extras)
        return RawText(text, "html", had_bom, meta, *extras)
    if _HTML_START.match(text.lstrip()):
        raise InputError(path, f"looks like an HTML page (it starts with {text.lstrip()[:15]!r}) but is named {suffix}",
                         f"Rename it to {path.stem}.html so that its article text is extracted "
                         "(scripts, styles and menus dropped)")
    if suffix == ".txt" and edgar.is_edgar(text) and (filing := edgar.read(text)):  # an SEC submission: its documents
        return RawText(filing.text, "txt", had_bom, {"markup": "edgar", **({"date": filing.date} if filing.date else {})},
                       entries=filing.entries)
    if suffix == ".txt" and exports.is_export(text) and (db := exports.read(text)):  # a news database's export: its stories
        return RawText(db.text, "txt", had_bom, {"markup": db.kind, **({"date": db.date} if db.date else {})},
                       entries=db.entries)
    if suffix == ".txt" and fountain.is_fountain(text):  # a screenplay in Fountain: as the script reads, scenes dated by cards
        script = fountain.read(text)
        return RawText(script.text, "txt", had_bom, {"markup": "fountain", **({"date": script.date} if script.date else {})},
                       entries=script.entries)
    if suffix == ".txt" and gutenberg.is_gutenberg(text):  # a Project Gutenberg e-book: the book, not the project's wrapper
        book = gutenberg.read(text)
        return RawText(book.text, "txt", had_bom, {"markup": "gutenberg", **({"title": book.title} if book.title else {})})
    if suffix == ".txt" and dokuwiki.is_dokuwiki(text):  # a DokuWiki page's source: as the page reads
        page = dokuwiki.read(text)
        return RawText(page.text, "txt", had_bom, {"markup": "dokuwiki", **({"date": page.date} if page.date else {})})
    if suffix == ".txt" and captions.is_json3(text) and (cap := captions.read_json3(text)):  # YouTube's timed text
        return RawText(cap.text, "txt", had_bom, {"markup": "json3", **({"date": cap.date} if cap.date else {})})
    if suffix == ".txt" and sqldump.is_dump(text):  # a database dump: its records, not its SQL
        if (rows := sqldump.read(text)) is None:
            raise InputError(path, "is a database dump in which no row with text could be read",
                             "Export the table that holds the articles as CSV or JSON instead, or remove the file "
                             "from the corpus folder")
        return RawText(rows.text, "txt", had_bom, {"markup": "sql", **({"date": rows.date} if rows.date else {})},
                       entries=rows.entries)
    if suffix == ".txt" and (data_text := structured.read(text)):  # a feed, TEI, JSON, a CSV/TSV sheet, YAML data
        meta = {"markup": data_text.kind, **({"date": data_text.date} if data_text.date else {})}
        fmt = "md" if data_text.kind == "ipynb" else "txt"  # a notebook's cells are Markdown
        return RawText(data_text.text, fmt, had_bom, meta, entries=data_text.entries)
    if suffix == ".txt" and (mbox.is_mbox(text) or mbox.is_eml(text)) and (box := mbox.read(text)):  # a mailbox, or one
        # raw multipart message: bodies dated by their headers
        return RawText(box.text, "txt", had_bom, {"markup": "mbox"}, entries=box.entries)
    if suffix == ".txt" and bbcode.is_bbcode(text) and (topic := bbcode.read(text)):  # a forum topic's BBCode: its posts
        return RawText(topic.text, "txt", had_bom, {"markup": "bbcode"}, entries=topic.entries)
    if suffix == ".txt" and captions.is_webvtt(text):  # a caption file: the words spoken, by speaker
        vtt = captions.read(text)
        return RawText(vtt.text, "txt", had_bom, {"markup": "webvtt", **({"date": vtt.date} if vtt.date else {})})
    if suffix == ".txt" and captions.is_ass(text):  # a film's subtitle script: the words spoken, its cards
        ass = captions.read_ass(text)
        return RawText(ass.text, "txt", had_bom, {"markup": "ass", **({"date": ass.date} if ass.date else {})},
                       entries=ass.entries)
    if suffix in (".md", ".txt") and (page := frontmatter.read(text)):  # a site's source: front matter, shortcodes
        meta = {k: v for k, v in (("title", page.title), ("date", page.date), ("markup", "front_matter")) if v}
        return RawText(page.text, "md", had_bom, meta)  # (its body is Markdown, whatever the file's suffix)
    if suffix == ".txt" and bibtex.is_bibtex(text) and (bib := bibtex.bib_text(text)):  # a BibTeX export's prose
        return RawText(bib.text, "txt", had_bom, {"markup": "bibtex", **({"date": bib.date} if bib.date else {})},
                       entries=bib.entries)
    if suffix == ".txt" and orgmode.is_org(text):  # Emacs Org notes: keywords, planning lines, drawers
        org = orgmode.org_text(text)
        return RawText(org.text, "txt", had_bom, {"markup": "org", **({"date": org.date} if org.date else {})},
                       entries=org.entries)
    if suffix == ".txt" and restructured.is_rst(text):  # a reStructuredText source: its rendered text
        rst = restructured.rst_text(text)
        return RawText(rst.text, "txt", had_bom, {"markup": "rst", **({"date": rst.date} if rst.date else {})})
    if suffix == ".txt" and asciidoc.is_asciidoc(text) and not is_wikitext(text):  # an AsciiDoc source: its rendered text
        adoc = asciidoc.asciidoc_text(text)
        return RawText(adoc.text, "txt", had_bom, {"markup": "asciidoc", **({"date": adoc.date} if adoc.date else {})})
    if suffix == ".txt" and typst.is_typst(text):  # a Typst source: markup kept, rules, notes and figures out
        typ = typst.read(text)
        return RawText(typ.text, "txt", had_bom, {"markup": "typst", **({"date": typ.date} if typ.date else {})})
    if suffix == ".txt" and latex.is_latex(text):  # a LaTeX source: markup kept, notes and comments out
        tex = latex.read(text)
        return RawText(tex.text, "txt", had_bom, {"markup": "latex", **({"date": tex.date} if tex.date else {})})
    if suffix == ".txt" and is_wikitext(text):
        return RawText(wiki_text(text), "txt", had_bom, {"markup": "wikitext"})
    if suffix == ".txt" and (unfolded := columns.unfold(text)) is not None:  # a PDF's two columns, side by side
        return RawText(unfolded, "txt", had_bom, {"markup": "two_columns"})
    return RawText(text, suffix.lstrip("."), had_bom, {})


# an XHTML document (an EPUB's chapter file): an XML declaration, then an <html> in the XHTML namespace
_XHTML_START = re.compile(r"\ufeff?\s*(?P<decl><\?xml[^>]*\?>)?\s*(?:<!DOCTYPE[^>]*>\s*)?"
                          r"<html\b[^>]*\bxmlns=[\"']http://www\.w3\.org/1999/xhtml[\"']")
_MHTML_HEAD = re.compile(r"(?is)\A(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){1,40}")  # the header block
# a browser's saved page, not an e-mail: its snapshot's address, or "From: <Saved by Blink>"
_MHTML_MARKS = re.compile(r"(?im)^(?:Snapshot-Content-Location:|From:\s*<Saved by )")


def saved_page_html(text: str) -> str | None:
    """The HTML of a web page a browser saved as one MHTML file (a MIME message with the page and its
    resources as parts, the HTML quoted-printable encoded), decoded; None for anything else."""
    import email
    import email.policy

    head = _MHTML_HEAD.match(text.replace("\r\n", "\n"))
    if not head or not _MHTML_MARKS.search(head.group()) or not re.search(r"(?im)^MIME-Version:", head.group()):
        return None
    try:
        message = email.message_from_string(text, policy=email.policy.default)
        for part in message.walk():
            if part.get_content_type() == "text/html":  # (its bytes in the charset it declares, else UTF-8)
                data = part.get_payload(decode=True) or b""
                declared = part.get_content_charset() or _declared_charset(data) or "utf-8"
                return data.decode(declared, errors="replace")
    except (LookupError, ValueError, TypeError):
        return None
    return None


_WIKI_LINK = re.compile(r"\[\[[^\[\]\n]+\]\]")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]*(?:\||\}\})")
_WIKI_HEADING = re.compile(r"(?m)^(={2,6})[^=\n]+\1[ \t]*$")
WIKI_MIN_LINKS = 3  # a page source has at least this many [[links]], and templates or == headings ==
_WIKI_NAMESPACE = re.compile(r"\s*:?\s*(?P<ns>category|file|image)\s*:", re.I)
_WIKI_IMAGE_OPTION = re.compile(r"thumb(?:nail)?|frame(?:d|less)?|border|upright(?:=[\d.]+)?|left|right|center|centre|none|"
                                r"\d*x?\d+px|(?:alt|link|page|lang|class)=.*|baseline|middle|sub|super|top|text-top|bottom|text-bottom",
                                re.I)
_WIKI_MARK = re.compile(r"\[\[|\{\{|''|<ref|^=")


def is_wikitext(text: str) -> bool:
    """A page's raw wiki markup (an encyclopedia article's source, pasted as text): several
    [[links]] and a {{template}} or a == heading ==, which no prose or Markdown carries."""
    return (len(_WIKI_LINK.findall(text)) >= WIKI_MIN_LINKS
            and bool(_WIKI_TEMPLATE.search(text) or _WIKI_HEADING.search(text)))


def wiki_text(text: str) -> str:
    """The visible text of wiki markup, as the rendered page reads (mwparserfromhell): links as
    their labels, bold and italics unmarked, headings as lines, formatting, currency and date
    templates as the words they show (`_template_text`), an image as its caption; other templates
    (infobox, citations, maintenance tags), references and categories left out."""
    import mwparserfromhell

    code = mwparserfromhell.parse(text)
    for tpl in code.filter_templates(recursive=True):
        shown = _template_text(tpl)
        if shown is not None and code.contains(tpl):
            code.replace(tpl, shown)  # "{{nowrap|$1.5 billion}}", "{{US$|7.5 billion}}": the words it shows
    for link in code.filter_wikilinks(recursive=False):
        kind = _WIKI_NAMESPACE.match(str(link.title))
        if kind and kind["ns"].lower() == "category":
            code.remove(link)  # a page's categories show no text in it
        elif kind:  # an image shows its caption, the last of its fields that is not a layout option
            fields = [f.strip() for f in _top_level_fields(str(link.text or ""))]
            caption = next((f for f in reversed(fields) if f and not _WIKI_IMAGE_OPTION.fullmatch(f)), "")
            code.replace(link, mwparserfromhell.parse(caption).strip_code(normalize=True))
    visible = code.strip_code(normalize=True, collapse=True)
    lines = [line.strip() for line in visible.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


# templates that show their argument in the text: formatting, language, currency and date templates
_SHOWN_ARG = {"nowrap": 1, "nobr": 1, "small": 1, "big": 1, "lang": 2, "transl": 2,
              "circa": 1, "c.": 1, "us$": 1, "usd": 1, "as of": 1, "abbr": 1}
_DATE_TEMPLATES = frozenset({"start date", "end date", "start date and age", "end date and age", "date"})


def _template_text(tpl) -> str | None:
    """What a formatting template shows ("{{nowrap|$1.5 billion}}" → "$1.5 billion", "{{US$|7.5
    billion}}" → "US$7.5 billion", "{{start date|2009|10|15}}" → "15 October 2009"), or None for
    templates that show no running text (infoboxes, citations, maintenance tags)."""
    import calendar

    name = str(tpl.name).strip().lower()
    args = [str(p.value).strip() for p in tpl.params if not p.showkey]
    if name in _DATE_TEMPLATES and args and args[0].isdigit():
        y, mo, d = (args + ["", ""])[:3]
        month = calendar.month_name[int(mo)] if mo.isdigit() and 1 <= int(mo) <= 12 else ""
        return " ".join(x for x in (d.lstrip("0") if month and d.isdigit() else "", month, y) if x)
    k = _SHOWN_ARG.get(name)
    if not k or len(args) < k:
        return None
    shown = args[k - 1]
    prefix = {"us$": "US$", "usd": "US$", "circa": "c. ", "c.": "c. ", "as of": "As of "}.get(name, "")
    return prefix + shown


def _top_level_fields(s: str) -> list[str]:
    """Split an image link's text on the pipes outside nested [[links]] and {{templates}}."""
    out, depth, cur = [], 0, ""
    for i, ch in enumerate(s):
        two = s[i:i + 2]
        if two in ("[[", "{{"):
            depth += 1
        elif two in ("]]", "}}") and depth:
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


def wiki_fragment(text: str) -> str:
    """`wiki_text` of a piece of a line (an annotator's context quoted from the page source)."""
    return " ".join(wiki_text(text).split()) if _WIKI_MARK.search(text) else text
