"""Readable text out of structured data saved as a .txt file: an RSS or Atom feed, a TEI-encoded
document, a mind map, a JSON response of a news API (or a data export such as a Twitter archive's
tweets.js), an XML export of records (a phone's SMS backup, a Stack Exchange dump), a spreadsheet
exported as CSV or TSV, a YAML data file, a Roam Research graph; office and publishing XML (Word,
Excel 2003, DocBook, an ALTO page) and any other XML document (a bill, a debate, a wiki page in
Confluence's storage format) are handed to `xmldocs`.

A reader of such a file reads its items, not its markup: each feed item or JSON record becomes
a heading and paragraphs, dated by its own publication stamp (GUIDELINES 8.19: an item's
`pubDate`/`publishedAt` dates that item alone); a TEI document's header is metadata and its
dateline's `when` date dates it; a sheet's heading and text cells are read row by row, its date,
media and type cells are table matter (GUIDELINES 8.19); an XML record's attributes are read as a
JSON record's fields are. Links, identifiers, bylines and the stamps themselves are left out, as a
browser showing the feed would leave them out. Anything else is not touched.
"""
from __future__ import annotations

import copy
import datetime as dt
import email.utils
import html
import json
import re
from dataclasses import dataclass

from .dates import parse_date

ENTRY_MIN = 2  # a feed or a response holds at least this many dated items


@dataclass(frozen=True)
class Structured:
    """The text a reader sees, its dated items and what dates the whole."""

    text: str  # paragraphs separated by blank lines
    kind: str  # rss / atom / tei / opml / jats / mindmap / enex / json / roam / ipynb / csv / yaml / xml / alto ...
    # each item as (ISO date, first paragraph, last paragraph), as `decode.RawText.entries`
    entries: tuple[tuple[str, str, str], ...] = ()
    date: str = ""  # the document's own date (a TEI dateline's `when`), ISO


# declarations, processing instructions, comments and a doctype before the root (each alternative
# starts differently and a comment cannot run past its own end: no backtracking between them)
_XML_START = re.compile(r"(?:<\?[^>]*\?>\s*|<!--(?:(?!-->).)*-->\s*|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>\s*)*"
                        r"<(?:[\w-]+:)?([A-Za-z][\w.-]*)\b", re.S)  # (the root's name, read below)
_JSON_START = re.compile(r"[\[{]")
# a data export's JSON behind a script assignment ("window.YTD.tweets.part0 = [", "var data = {"):
# a Twitter archive's tweets.js; the assignment and a closing semicolon are not data
_JS_ASSIGNMENT = re.compile(r"(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*=\s*(?=[\[{])")
# a news API's truncation mark at the end of an item's content ("… [+2143 chars]")
_TRUNCATED = re.compile(r"\s*\[\+\d+ chars\]\s*$")
# JSON keys whose values are not read as text: links, ids, names, tags, stamps
_NOT_TEXT_KEY = re.compile(r"(?i)url|link|image|thumb|icon|^id$|_id$|guid|slug|author|byline|creator|source|name$|"
                           r"^(?:from|to|actor|sender|forwarded_from|saved_from|via_bot)$|address|service_center|phone|"
                           r"categor|tags?$|keywords|lang|status|type$|date|time|published|updated|created|modified|licen[cs]e")
_DATE_KEY = re.compile(r"(?i)^(?:(?:web_?|first_?)?(?:published|publication|pub)(?:_?at|_?date|_?time)?|date_?published|date|"
                       r"created(?:_?(?:at|utc|timestamp(?:_?usec)?))?|creation_?date|datetime|timestamp|issued|ts)$")  # (a Slack message's "ts", a Reddit item's "created_utc": epoch seconds)
_TITLE_KEY = re.compile(r"(?i)^(?:headline|title)s?$")  # a title given as an object ({"main": "...", "kicker": ...})
# a list of a record's own parts (a Facebook post's "data": [{"post": "..."}]), read as its fields; not
# (besides the links, media and side subtrees `_NOT_TEXT_KEY`, `_MEDIA_KEY` and `_BESIDE_KEY` name) its
# attachments, link embeds, reactions or mentions (a link card repeats a headline: furniture)
_SIDE_LIST_KEY = re.compile(r"(?i)attach|embed|reaction|mention|sticker|file|award|crosspost|flair|preview|gallery|poll|"
                            r"label|tag")
# a social export's activity line as an item's title ("The Frontier Ledger updated their status.",
# "X shared a link."): the platform's words about the post, not the post's (a headline has no full stop)
_ACTIVITY_TITLE = re.compile(r"[^.!?\n]{1,120}\b(?:posted|updated (?:their|his|her) status|shared (?:a|an|\w+['’]s) \w+|"
                             r"added (?:a|an|\d+) (?:new )?\w+|wrote on [^.!?\n]{1,80}|is with [^.!?\n]{1,80}|was live)\.")
_TEI_NS = "{http://www.tei-c.org/ns/1.0}"
# elements read as a paragraph of their own, whatever they hold (an inline <quote> or <list> inside
# a <p> stays in its paragraph); others are walked into
_TEI_BLOCKS = {"head", "p", "ab", "item", "closer", "opener", "salute", "signed", "byline", "trailer", "l", "quote", "cit",
               "speaker", "titlePart", "docAuthor"}
_TEI_SKIP = {"note", "teiHeader", "dateline", "fw", "figDesc"}
_TEI_CHOICE = ("expan", "corr", "reg")  # of <choice>'s readings, the one a reader sees
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not allowed in XML text: a PDF's form feed
_MEDIA_NS = "{http://search.yahoo.com/mrss/}"
# an item's own date, in order of preference (an Atom entry's <updated> is a later edit)
# (a WordPress export's draft has a placeholder pubDate, "Mon, 30 Nov -0001", and its <wp:post_date>)
_ITEM_DATES = ("published", "pubDate", "date", "issued", "created", "updated", "post_date")


def _squash(s: str) -> str:
    return " ".join(s.split())


def iso_day(stamp: str) -> str:
    """The calendar day a feed or API stamp shows ("Wed, 05 Jun 2024 09:00:00 +0000",
    "2018-01-05T00:41:12Z", "2018-01-05", "20180105"), as written, not moved to another zone; "" if none."""
    stamp = stamp.strip()
    if re.fullmatch(r"1[0-9]{9}\.[0-9]{6}", stamp):  # epoch seconds and microseconds (a Slack "ts"): the UTC day
        return dt.datetime.fromtimestamp(int(stamp.split(".")[0]), dt.timezone.utc).date().isoformat()
    if re.fullmatch(r"1[0-9]{12}|1[0-9]{15}", stamp):  # epoch milliseconds (a phone backup's "date") or
        return _epoch_day(int(stamp))  # microseconds (a Google Takeout note's): the UTC day
    if re.fullmatch(r"(1[89]|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", stamp):  # "20240215": a filing's, a bill's
        stamp = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:]}"
    if not re.search(r"\b(?:1[0-9]|2[0-9])[0-9]{2}\b", stamp):
        return ""  # "Tue, 1 Jan 0000": no real year
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})(?=$|[T ])", stamp):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return ""
    try:
        return email.utils.parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _utc_day(stamp: str) -> str:
    """The UTC day of an ISO stamp with an offset ("2024-05-14T01:10:00+05:00" is 13 May in UTC);
    "" if it has none."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})", stamp.strip()):
        return ""
    try:
        moment = dt.datetime.fromisoformat(stamp.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    return moment.astimezone(dt.timezone.utc).date().isoformat()


def _stamp_day(key: str, value, utc: bool = False) -> str:
    """The day a record's stamp field gives: a date string (`iso_day`; with `utc`, a chat message's
    stamp, its UTC day, GUIDELINES 8.26) or epoch seconds as a number (a Reddit item's
    "created_utc": 1704812345.0), the UTC day; "" if it is not a stamp."""
    if not _DATE_KEY.match(key):
        return ""
    if isinstance(value, str):
        return (utc and _utc_day(value)) or iso_day(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch_day(value)  # (a Takeout note's "createdTimestampUsec": microseconds)
    return ""


def _epoch_day(value: float) -> str:
    """The UTC day of an epoch stamp in seconds, milliseconds or microseconds; "" if none of them
    falls between 2001 and 2039."""
    seconds = next((value / scale for scale in (1, 1e3, 1e6) if 1e9 <= value / scale < 2.2e9), None)
    return "" if seconds is None else dt.datetime.fromtimestamp(int(seconds), dt.timezone.utc).date().isoformat()


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of an HTML fragment (a feed item's escaped description): one per block."""
    import lxml.html

    fragment = _CONTROL.sub(" ", fragment)
    if "<" not in fragment:  # text, but still HTML: its entities are shown as what they stand for ("&#8217;")
        return [p for p in (_squash(html.unescape(x)) for x in re.split(r"\n\s*\n", fragment)) if p]
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
        for bad in root.xpath(".//script|.//style"):
            bad.drop_tree()
        for br in root.xpath(".//br"):
            br.tail = "\n\n" + (br.tail or "")
        for row in root.xpath(".//tr"):  # a table's row on a line of its own, its cells apart: table matter
            cells = [_squash(cell.text_content()) for cell in row.xpath("./td|./th")]
            tail = row.tail
            for child in list(row):
                row.remove(child)  # (a cell's own paragraphs are the cell's text, not paragraphs of the page)
            row.text, row.tail = ("| " + " | ".join(cells) + " |" if cells else ""), "\n\n" + (tail or "")
        for block in root.xpath(".//p|.//li|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//blockquote|.//div"):
            block.tail = "\n\n" + (block.tail or "")
            block.text = "\n\n" + (block.text or "")
        text = root.text_content()
    except (ValueError, lxml.etree.ParserError):
        text = re.sub(r"<[^>]+>", " ", fragment)
    return [p for p in (_squash(x) for x in re.split(r"\n\s*\n", text)) if p]


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el, *names: str) -> str:
    """The text of `el`'s first child named (in order of preference) one of `names`, as markup if
    it holds elements (Atom's type="xhtml" content); not a media extension's <media:content>."""
    import lxml.etree

    for name in names:
        for child in el:
            if (_local(child.tag) == name and not child.tag.startswith(_MEDIA_NS)
                    and (child.text and child.text.strip() or len(child))):
                if len(child):
                    return (child.text or "") + "".join(lxml.etree.tostring(c, encoding="unicode", method="html")
                                                        for c in child)
                return child.text
    return ""


def _feed(root, kind: str) -> Structured | None:
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    paragraphs, entries = [], []
    for item in items:
        day = next((d for name in _ITEM_DATES if (d := iso_day(_child_text(item, name)))), "")
        body = [_squash(re.sub(r"<[^>]+>", " ", _child_text(item, "title")))]
        # the full text if the item carries it, else its excerpt: not both (the excerpt repeats it)
        body += html_paragraphs(_child_text(item, "encoded", "content") or _child_text(item, "description", "summary"))
        body = [p for p in body if p]
        if not body:
            continue
        paragraphs += body
        if day:
            entries.append((day, body[0], body[-1]))
    if len(entries) < ENTRY_MIN:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", kind, tuple(entries))


def _tei_block_text(el) -> str:
    """An element's text without its notes (footnotes, source notes) and comments, the tails
    kept; of a <choice>, the reading shown (the expansion, the correction)."""
    parts = [el.text or ""]
    for child in el:
        name = _local(child.tag)
        if name == "choice":
            readings = [c for c in child if _local(c.tag)]
            shown = next((c for n in _TEI_CHOICE for c in readings if _local(c.tag) == n), readings[0] if readings else None)
            parts.append(_tei_block_text(shown) if shown is not None else "")
        elif name and name not in _TEI_SKIP:  # not a comment or processing instruction
            parts.append(" " if name in ("lb", "pb", "cb") else
                         f" {_tei_block_text(child)} " if name in _TEI_BLOCKS or name == "list" else _tei_block_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _when(el) -> str:
    """The day an element's dateline (or docDate) gives by its `when` attribute, "" if none."""
    for dl in el.iter(f"{_TEI_NS}dateline", f"{_TEI_NS}docDate", "dateline", "docDate"):
        whens = [dl.get("when", "")] + [d.get("when", "") for d in dl.iter(f"{_TEI_NS}date", "date")]
        if day := next(filter(None, map(iso_day, filter(None, whens))), ""):
            return day
    return ""


def _tei(root) -> Structured | None:
    text_el = next((el for el in root.iter(f"{_TEI_NS}text", "text")), None)
    if text_el is None:
        return None
    paragraphs: list[str] = []
    starts: list[tuple[int, str]] = []  # (first paragraph, day or "") of each document of a volume

    def walk(el):
        name = _local(el.tag)
        if not name or name in _TEI_SKIP:
            return
        if name in _TEI_BLOCKS:
            if p := _squash(_tei_block_text(el)):
                paragraphs.append(p)
            return
        if name == "div" and el.get("type") == "document":
            starts.append((len(paragraphs), _when(el)))
        for child in el:
            walk(child)

    walk(text_el)
    if not paragraphs:
        return None
    text = "\n\n".join(paragraphs) + "\n"
    if sum(bool(day) for _, day in starts) < ENTRY_MIN:  # one document: its dateline dates the text
        return Structured(text, "tei", (), _when(text_el))
    # each dated document is an entry up to the next document, dated or not (an editorial note)
    ends = [k for k, _ in starts[1:]] + [len(paragraphs)]
    entries = tuple((day, paragraphs[k], paragraphs[e - 1]) for (k, day), e in zip(starts, ends) if day and e > k)
    return Structured(text, "tei", entries)


def _link_outline(el) -> bool:
    """An outline node that is a link (a feed subscription, a bookmark), not a note."""
    return bool(el.get("xmlUrl") or el.get("url") or el.get("type", "").lower() in ("rss", "link", "include"))


def _opml(root) -> Structured | None:
    """An OPML outline (notes exported from an outliner): each node's text, and its note, as a
    paragraph in outline order; the head (title, owner, expansion state) is metadata, and its
    `dateCreated` dates the file (GUIDELINES 8.21: the creation date, not the last change)."""
    paragraphs = [p for el in root.iter() if _local(el.tag) == "outline" and not _link_outline(el)
                  for t in (el.get("text", ""), el.get("_note", "")) for p in html_paragraphs(t)]
    if not paragraphs:
        return None  # a feed reader's list of subscriptions: links, no text
    head = next((el for el in root if _local(el.tag) == "head"), None)
    # (the last change dates it only when its creation is not given, as an update line does)
    day = iso_day(_child_text(head, "dateCreated") or _child_text(head, "dateModified")) if head is not None else ""
    return Structured("\n\n".join(paragraphs) + "\n", "opml", (), day)


def _mind_map(root) -> Structured | None:
    """A FreeMind or Freeplane mind map: each node's text, then its note (a `richcontent` of type
    NOTE or DETAILS, in HTML), as paragraphs in map order; styles, icons and the nodes' CREATED and
    MODIFIED stamps are file metadata, and nothing dates the map (GUIDELINES 8.24, 8.25)."""
    if root.get("version") is None or not any(_local(el.tag) == "node" for el in root):
        return None
    paragraphs = []
    for el in root.iter():
        if _local(el.tag) == "node":
            paragraphs += html_paragraphs(el.get("TEXT", ""))
        elif _local(el.tag) == "richcontent" and el.getparent() is not None and _local(el.getparent().tag) == "node":
            html_part = "".join(_xml_string(child) for child in el)
            paragraphs += html_paragraphs(html_part)
    return Structured("\n\n".join(paragraphs) + "\n", "mindmap") if paragraphs else None


def _enex_day(stamp: str) -> str:
    """An Evernote stamp ("20180312T101500Z") as its ISO day, or ""."""
    m = re.fullmatch(r"\s*(\d{4})(\d{2})(\d{2})T\d{6}Z?\s*", stamp or "")
    return iso_day(f"{m[1]}-{m[2]}-{m[3]}") if m else ""


def _evernote(root) -> Structured | None:
    """An Evernote export (ENEX): each note's title and content (ENML, HTML-like) as paragraphs, a
    dated entry of the note's own `created` stamp; tags, attributes and the export's date are
    metadata (GUIDELINES 8.26)."""
    paragraphs, entries = [], []
    for note in (el for el in root if _local(el.tag) == "note"):
        body = html_paragraphs(_child_text(note, "title")) + html_paragraphs(
            re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", _child_text(note, "content")))
        if body:
            paragraphs += body
            entries.append((_enex_day(_child_text(note, "created")), body[0], body[-1]))
    if not paragraphs:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "enex", tuple(entries) if len(entries) >= ENTRY_MIN else ())


def _xml_string(el) -> str:
    """An element as XML text, without its tail."""
    import lxml.etree
    return lxml.etree.tostring(el, encoding="unicode", with_tail=False)


_JATS_SKIP = {"table-wrap", "fig", "ref-list", "fn-group", "fn", "disp-formula", "supplementary-material", "back"}
# the front matter's metadata (journal, ids, authors, dates, keywords, funding): not read
_JATS_META = {"journal-meta", "article-id", "article-categories", "contrib-group", "aff", "author-notes", "pub-date",
              "volume", "issue", "fpage", "lpage", "elocation-id", "history", "permissions", "kwd-group",
              "funding-group", "counts", "self-uri", "custom-meta-group", "trans-abstract", "notes"}


def text_without(el, names: set[str], sep: str = "") -> str:
    """An element's text without the elements named `names` set inside it (a paragraph's
    footnotes, tables, remarks), their tails kept after `sep`; whitespace squashed."""
    el = copy.deepcopy(el)
    for bad in [d for d in el.iter() if d is not el and _local(d.tag) in names]:
        parent, prev = bad.getparent(), bad.getprevious()
        if parent is None:
            continue
        if bad.tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + sep + bad.tail
            else:
                parent.text = (parent.text or "") + sep + bad.tail
        parent.remove(bad)
    return _squash("".join(el.itertext()))


def _jats(root) -> Structured | None:
    """A journal article's JATS XML: its title, the abstract's and the body's section titles and
    paragraphs as text (tables, figures, formulas and the references left out); its first
    electronic publication date (else its first `pub-date`) dates it (GUIDELINES 8.22)."""
    front = next((el for el in root if _local(el.tag) == "front"), None)
    if front is None:
        return None
    paragraphs = []

    def text_of(el) -> str:
        """The paragraph's text without the tables, figures and notes set inside it (their tails kept)."""
        return text_without(el, _JATS_SKIP, " ")

    def walk(el):
        for child in el:
            name = _local(child.tag)
            if not isinstance(child.tag, str) or name in _JATS_SKIP or name in _JATS_META:
                continue
            if name in ("p", "title", "article-title") and (t := text_of(child)):
                paragraphs.append(t)
            else:
                walk(child)  # sections, lists, quotations, definition lists, boxed text

    walk(front)
    walk(next((el for el in root if _local(el.tag) == "body"), root.makeelement("body")))
    if not paragraphs:
        return None
    dates = [el for el in root.iter() if _local(el.tag) == "pub-date"]
    dates.sort(key=lambda el: not (el.get("pub-type") in ("epub", "epub-ppub") or el.get("publication-format") == "electronic"))
    day = ""
    for el in dates:
        parts = {_local(c.tag): (c.text or "").strip() for c in el}
        if parts.get("year", "").isdigit() and parts.get("month", "").isdigit() and parts.get("day", "").isdigit():
            day = iso_day(f"{int(parts['year']):04d}-{int(parts['month']):02d}-{int(parts['day']):02d}")
        if day:
            break
    return Structured("\n\n".join(paragraphs) + "\n", "jats", (), day)


# Confluence's storage format (XHTML with `ac:` macros and `ri:` resources), saved as it is stored:
# a fragment without a root, its prefixes undeclared, HTML's named entities in it
_STORAGE_FORMAT = re.compile(r"<(?:ac|ri):[\w-]+")
STORAGE_REACH = 20000  # its first macro or link stands this near the top
_STORAGE_ROOT = ('<page xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier" '
                 'xmlns:at="http://atlassian.com/template">')
_HTML_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]{1,31};")


def _read_xml(text: str) -> Structured | None:
    import lxml.etree

    m = _XML_START.match(text)
    if not m:
        return None
    parser = lxml.etree.XMLParser(encoding="utf-8", resolve_entities=False, no_network=True, huge_tree=False)
    if _STORAGE_FORMAT.search(text, 0, STORAGE_REACH) and not re.search(r"\sxmlns:ac=", text[:STORAGE_REACH]):
        # a wiki page's storage format: a fragment, its prefixes undeclared
        text = _STORAGE_ROOT + _HTML_ENTITY.sub(lambda e: html.unescape(e[0]), text) + "</page>"
    try:  # the text is already decoded: its declared encoding no longer applies; a form feed is a space
        root = lxml.etree.fromstring(_CONTROL.sub(" ", text).encode("utf-8"), parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None
    if m[1] == "TEI":
        return _tei(root)
    if m[1] == "opml":
        return _opml(root)
    if m[1] == "article" and not root.tag.startswith("{http://docbook.org/"):
        return _jats(root)
    if m[1] == "map":
        return _mind_map(root)
    if m[1] == "en-export":
        return _evernote(root)
    if m[1] in ("rss", "feed", "RDF"):
        return _feed(root, "atom" if m[1] == "feed" else "rss")
    from . import xmldocs  # (imports this module: not at the top)
    return xmldocs.read(root, _read_csv) or _xml_records(root) or xmldocs.document_text(root)


def _texts(rec: dict, nested: bool = True) -> list[str]:
    """A record's text values, in key order: not links, ids, names, tags or stamps, nor a bare
    token ("A", "Foreign", "nyt://..."); a title object gives its first string, an object of
    fields (a Guardian result's "fields") its text values."""
    out = []
    for k, v in rec.items():
        if isinstance(v, list) and k.lower() == "text" and v and all(_is_part(x) for x in v):
            # a Telegram message's text as a list of formatted parts; a list of strings, paragraphs
            v = _joined_parts(v) if any(isinstance(x, dict) for x in v) else "\n\n".join(v)
        if isinstance(v, dict) and _TITLE_KEY.match(k):
            v = next((x for x in v.values() if isinstance(x, str) and x.strip()), None)
        elif isinstance(v, dict) and nested and not _NOT_TEXT_KEY.search(k):
            out += _texts(v, nested=False)
            continue
        elif (isinstance(v, list) and nested and v and all(isinstance(x, dict) for x in v)
              and not any(rx.search(k) for rx in (_NOT_TEXT_KEY, _MEDIA_KEY, _BESIDE_KEY, _SIDE_LIST_KEY))
              and k != "children"):  # (a post's replies: records of their own)
            out += [t for x in v for t in _texts(x, nested=False)]
            continue
        if (isinstance(v, str) and _TITLE_KEY.match(k) and isinstance(rec.get("data"), list)
                and _ACTIVITY_TITLE.fullmatch(v.strip())):
            continue  # (a Facebook export's item: its post in "data", its title the platform's activity line)
        if (isinstance(v, str) and not _NOT_TEXT_KEY.search(k) and " " in v.strip()
                and not re.match(r"\s*https?://", v)):
            out.append(_TRUNCATED.sub("", v))
    return out


# a record's flag that it was deleted or sent to the bin ("isTrashed": true)
_BINNED_KEY = re.compile(r"(?i)(?:is_?)?(?:trashed|deleted|binned)")
# a line of a plain-text note that is a list item ("• MDAA signed 19 May 1954", "- Read Kux")
_BULLET_LINE = re.compile(r"(?m)^[ \t]*[•◦▪‣→*-][ \t]+\S")
NOTE_MIN_BULLETS = 2
_MD_HEADING_LINE = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+(?=\S)")


def _note_lines(value: str) -> list[str]:
    """A plain-text note written as a list (two or more bulleted lines, or a Markdown heading over
    bullets, as a Canvas card's text): each line a paragraph, as the note shows them, a heading
    without its marks; any other value whole (its line breaks are wrapping)."""
    bullets = len(_BULLET_LINE.findall(value))
    if "<" in value or bullets < NOTE_MIN_BULLETS and not (bullets and _MD_HEADING_LINE.search(value)):
        return [value]
    return [_MD_HEADING_LINE.sub("", line) for line in value.split("\n") if line.strip()]


def _is_part(x) -> bool:
    return isinstance(x, str) or (isinstance(x, dict) and isinstance(x.get("text"), str) and "type" in x)


def _joined_parts(parts: list) -> str:
    """A message text written as formatted parts ("plain ", {"type": "bold", "text": "BREAKING"},
    {"type": "link", "text": "https://..."}) as the app shows it; a bare link is not prose."""
    return "".join(x if isinstance(x, str) else "" if x["type"] in ("link", "url") else x["text"] for x in parts)


def _quoted_passages(value) -> list[str]:
    """The passages a web annotation highlights (W3C/Hypothesis `TextQuoteSelector` "exact" under
    its "target"), in order: shown above the reader's note, which comments on them."""
    out: list[str] = []
    if isinstance(value, dict):
        if value.get("type") == "TextQuoteSelector" and isinstance(value.get("exact"), str):
            return [value["exact"]]
        for v in value.values():
            out += _quoted_passages(v)
    elif isinstance(value, list):
        for v in value:
            out += _quoted_passages(v)
    return out


_REPLY_KEY = ("parent_id", "in_reply_to_id", "in_reply_to")
_AUTHOR_ID = ("did", "handle", "id", "username", "name")  # an author given as an object: who it is


def _authors(value, out: dict[int, str], inherited: str = "") -> dict[int, str]:
    """Who wrote each JSON object: its own "author" (a name, or an object's id or handle), else
    the author of the object holding it (a Bluesky post's record beside the post's author)."""
    if isinstance(value, dict):
        who = value.get("author")
        if isinstance(who, dict):
            who = next((who[k] for k in _AUTHOR_ID if isinstance(who.get(k), str) and who[k]), "")
        inherited = who if isinstance(who, str) and who else inherited
        out[id(value)] = inherited
        for v in value.values():
            _authors(v, out, inherited)
    elif isinstance(value, list):
        for v in value:
            _authors(v, out, inherited)
    return out


def _reader_reply(rec: dict, root: dict, threaded: set[int], authors: dict[int, str]) -> bool:
    """A reply in a thread (it names its parent, or stands under a post's "replies" or "comments")
    by someone other than the thread's author: a reader comment, not the source's text
    (GUIDELINES 8.1 forum threads)."""
    author = authors.get(id(root), "")
    return (rec is not root and bool(author) and (any(rec.get(k) for k in _REPLY_KEY) or id(rec) in threaded)
            and authors.get(id(rec), "") != author)


# the posts answering a post (not "children": an API's list of items, a Reddit listing's posts)
_THREAD_KEY = re.compile(r"(?i)^(?:replies|comments)$")


def _records(value, out: list, threaded: set[int] | None = None, in_thread: bool = False) -> None:
    """Every JSON object that carries a publication stamp and text of its own, depth first, in
    file order; an object holding two or more such records is not one itself (a response's own
    stamp and query, beside its list of articles). Replies under a post's "replies" come after
    it, as a thread shows them, and do not count against it; their ids go into `threaded`."""
    threaded = set() if threaded is None else threaded
    children: list = []
    replies: list = []
    # a stamped post's "children" are its replies (a Hacker News item's comments), not items of a listing
    stamped = isinstance(value, dict) and any(_stamp_day(k, v) for k, v in value.items()) and bool(_texts(value))
    for k, v in (value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()):
        if k == "parent" and isinstance(value, dict) and "post" in value and "replies" in value:
            continue  # a thread view's parent chain: the posts it answers, not the thread (Bluesky's getPostThread)
        thread = isinstance(k, str) and bool(_THREAD_KEY.match(k) or (stamped and k == "children"))
        _records(v, replies if thread else children, threaded, in_thread or thread)
    if (isinstance(value, dict) and len(children) < ENTRY_MIN and _texts(value)
            and any(_stamp_day(k, v) for k, v in value.items())):
        out.append(value)
        if in_thread:
            threaded.add(id(value))
    else:
        out += children
    out += replies


# a chat export's markup in a message's text (Slack's "<https://x.org/a|label>" links, "<@U04A7MRKX2P>"
# mentions, "&gt;" quote marks): a link shows its label, a mention stays as written, not as an HTML tag
_CHAT_LINK = re.compile(r"<((?:https?|mailto):[^<>|\s]{1,2000})(?:\|([^<>]{0,500}))?>")
_CHAT_MENTION = re.compile(r"<((?:[@#]|!(?!--))[^<>\s]{1,200})>")
_QUOTE_MARK = re.compile(r"(?m)^&gt;\s?")


def _chat_markup(value: str) -> str:
    """A message's text with its chat markup resolved to what the app shows."""
    if "<" not in value and "&gt;" not in value:
        return value
    value = _CHAT_LINK.sub(lambda m: m[2] if m[2] is not None else "", value)
    value = _CHAT_MENTION.sub(r"&lt;\1&gt;", value)
    return _QUOTE_MARK.sub("", value)


def _notebook(data) -> Structured | None:
    """A Jupyter notebook saved as raw JSON: its Markdown cells, as Markdown text; code cells and
    their outputs (tables, tracebacks) are not prose (GUIDELINES 8.22). A notebook has no DCT."""
    cells = data.get("cells") if isinstance(data, dict) and "nbformat" in data else None
    if not isinstance(cells, list):
        return None
    parts = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            src = cell.get("source", "")
            parts.append("".join(x for x in src if isinstance(x, str)) if isinstance(src, list)
                         else src if isinstance(src, str) else "")
    text = "\n\n".join(p.strip("\n") for p in parts if p.strip())
    return Structured(text + "\n", "ipynb") if text else None


# UTF-8 bytes read as Latin-1 code points ("Pakistan\u00e2\u0080\u0099s" for "Pakistan’s"): a lead byte, then
# continuation bytes, as a Facebook "Download your information" export writes every non-ASCII character
_MANGLED = re.compile(r"[\xc2-\xf4][\x80-\xbf]+")


def _unmangled(value):
    """A JSON value with every string whose non-ASCII characters are UTF-8 bytes written as Latin-1
    code points read as the characters meant (GUIDELINES 8.29); any other string as it is."""
    if isinstance(value, str):
        if not _MANGLED.search(value):
            return value
        try:
            return value.encode("latin-1").decode("utf-8")
        except UnicodeError:  # (a character above U+00FF, or bytes that are not UTF-8: written as meant)
            return value
    if isinstance(value, list):
        return [_unmangled(v) for v in value]
    if isinstance(value, dict):
        return {k: _unmangled(v) for k, v in value.items()}
    return value


INVERTED_MIN_WORDS = 3


def _reassembled(value):
    """A JSON value with every inverted index of a text (word → the positions it stands at, as
    OpenAlex gives an abstract: {"This": [0], "article": [1, 14]}) read as the text it indexes, its
    words in position order (GUIDELINES 8.31); anything else as it is."""
    if isinstance(value, list):
        return [_reassembled(v) for v in value]
    if not isinstance(value, dict):
        return value
    if list(value) == ["*"] and isinstance(value["*"], str):
        return value["*"]  # (MediaWiki's API gives content as {"*": "..."} in its original JSON format)
    if len(value) >= INVERTED_MIN_WORDS and all(
            isinstance(v, list) and v and all(isinstance(i, int) and not isinstance(i, bool) and i >= 0 for i in v)
            for v in value.values()):
        placed = sorted((i, word) for word, at in value.items() for i in at)
        if [i for i, _ in placed] == list(range(len(placed))):  # (every position 0..n-1 one word's: a text,
            return " ".join(word for _, word in placed)         # not a table of counts or of paragraph ids)
    # an index read as its text takes the text's name ("abstract_inverted_index" is the abstract)
    return {_INDEX_SUFFIX.sub("", k) or k if isinstance(v, dict) else k: _reassembled(v) for k, v in value.items()}


_INDEX_SUFFIX = re.compile(r"(?i)[_ -]?inverted[_ -]?index$")


_OUTLINE_ATTRIBUTE = re.compile(r"[^\s:][^:\n]{0,40}::(?:\s|$)")  # a Roam block "signed:: [[October 15th, 2009]]"


def _outline_blocks(blocks, out: list[str]) -> None:
    for block in blocks if isinstance(blocks, list) else ():
        if not isinstance(block, dict):
            continue
        line = block.get("string")
        if isinstance(line, str) and line.strip() and not _OUTLINE_ATTRIBUTE.match(line.strip()):
            out.append(line.strip())
        _outline_blocks(block.get("children"), out)


def _outliner(data) -> Structured | None:
    """A Roam Research graph exported as JSON (pages with a "title" and nested "children" blocks,
    each block's text in "string"): each page's title as its heading and its blocks in outline
    order, one paragraph each. A daily-note page (its title a date, "March 5th, 2024") dates its
    blocks and is not shown as text; a topic page is undated; the create/edit stamps are the
    tool's metadata, and `attribute:: value` blocks are a page's fields, not prose (GUIDELINES 8.29)."""
    if not (isinstance(data, list) and data and all(isinstance(p, dict) and isinstance(p.get("title"), str) for p in data)
            and any(isinstance(b, dict) and "string" in b for p in data for b in p.get("children") or ())):
        return None
    paragraphs, entries = [], []
    for page in data:
        blocks: list[str] = []
        _outline_blocks(page.get("children"), blocks)
        if day := parse_date(page["title"].strip()):
            if blocks:
                entries.append((day, blocks[0], blocks[-1]))
        elif page["title"].strip():
            blocks.insert(0, page["title"].strip())
        paragraphs += blocks
    return Structured("\n\n".join(paragraphs) + "\n", "roam", tuple(entries)) if paragraphs else None


def _read_json(text: str) -> Structured | None:
    if m := _JS_ASSIGNMENT.match(text):
        text = text[m.end():].rstrip().removesuffix(";")
    if not _JSON_START.match(text):
        return None
    try:
        data = _reassembled(_unmangled(json.loads(text)))
    except (ValueError, RecursionError):
        return None
    return read_data(data)


def _card_paragraphs(value: str) -> list[str]:
    """A card's or comment's text (Markdown or HTML) as the paragraphs it shows."""
    return [p for part in _note_lines(value) for p in html_paragraphs(part)]


def _trello(data) -> Structured | None:
    """A Trello board's JSON export: the board's description, then each card in board order (its
    list's, then its own position; archived cards and lists left out), its name (a heading), its
    description (Markdown) and checklist items, and the comments on it, oldest first. A card's
    description is dated by the action that created it, a comment by its own date; ids, lists,
    labels, due dates and the card names repeated in the actions are metadata (GUIDELINES 8.31)."""
    if not (isinstance(data, dict) and all(isinstance(data.get(k), list) for k in ("cards", "actions", "lists"))):
        return None

    def text(value) -> str:
        return value if isinstance(value, str) else ""

    def card_of(action) -> str:
        card = action["data"].get("card")
        return text(card.get("id")) if isinstance(card, dict) else ""

    def position(item, k: int) -> tuple:
        pos = item.get("pos")
        return (0, float(pos), k) if isinstance(pos, (int, float)) and not isinstance(pos, bool) else (1, 0.0, k)
    actions = [a for a in data["actions"] if isinstance(a, dict) and isinstance(a.get("data"), dict)]
    created = {card_of(a): iso_day(text(a.get("date"))) for a in actions if a.get("type") == "createCard"}
    lists = [x for x in data["lists"] if isinstance(x, dict)]
    ordered = [x for _, x in sorted(enumerate(lists), key=lambda kx: position(kx[1], kx[0]))]
    open_lists = {text(x.get("id")): n for n, x in enumerate(ordered) if not x.get("closed")}
    cards = [c for c in data["cards"] if isinstance(c, dict) and not c.get("closed")
             and (not lists or text(c.get("idList")) in open_lists)]
    cards = sorted(enumerate(cards), key=lambda kc: (open_lists.get(text(kc[1].get("idList")), 0), *position(kc[1], kc[0])))
    paragraphs, entries = [], []
    paragraphs += _card_paragraphs(text(data.get("desc")))
    for _, card in cards:
        if name := _squash(text(card.get("name"))):
            paragraphs.append(name)
        body = _card_paragraphs(text(card.get("desc")))
        for checklist in data.get("checklists") or []:
            if isinstance(checklist, dict) and checklist.get("idCard") == card.get("id"):
                body += [_squash(i["name"]) for i in checklist.get("checkItems") or []
                         if isinstance(i, dict) and text(i.get("name")).strip()]
        if body:
            paragraphs += body
            if day := created.get(text(card.get("id")), ""):
                entries.append((day, body[0], body[-1]))
        comments = sorted((a for a in actions if a.get("type") == "commentCard" and card_of(a) == card.get("id")),
                          key=lambda a: text(a.get("date")))
        for comment in comments:
            said = _card_paragraphs(text(comment["data"].get("text")))
            if said:
                paragraphs += said
                if day := _utc_day(text(comment.get("date"))):
                    entries.append((day, said[0], said[-1]))
    if not paragraphs:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "trello", tuple(entries))


def read_data(data, kind: str = "json") -> Structured | None:
    """The readable text of parsed data (JSON's, or a database dump's tables as lists of rows):
    its stamped records as dated entries, else its prose values (`_plain_json`)."""
    try:
        if (nb := _notebook(data) or _outliner(data) or _trello(data)) is not None:
            return nb
        records: list[dict] = []
        threaded: set[int] = set()
        _records(data, records, threaded)
    except (ValueError, RecursionError):
        return None
    authors = _authors(data, {})
    kept = [rec for rec in records if not _reader_reply(rec, records[0], threaded, authors)] if records else []
    minimum = 1 if len(kept) < len(records) else ENTRY_MIN  # a thread's post alone, its readers' replies left out
    if len(kept) < minimum:
        return _plain_json(data, records)
    # a chat export (its messages under "messages": Discord, Telegram, Slack): each message dated in UTC
    chat_export = isinstance(data, dict) and isinstance(data.get("messages"), list)
    paragraphs, entries = [], []
    for rec in kept:
        if any(_BINNED_KEY.match(k) and v is True for k, v in rec.items()):
            continue  # a note its author sent to the bin: not among the notes kept (GUIDELINES 8.30)
        day = next(d for k, v in rec.items() if (d := _stamp_day(k, v, chat_export)))
        chat = "ts" in rec and rec.get("type") == "message"  # a Slack message: its markup resolved
        texts = _quoted_passages(rec.get("target")) + _texts(rec)
        body = [p for v in texts for part in _note_lines(v) for p in html_paragraphs(_chat_markup(part) if chat else part)]
        if body:
            paragraphs += body
            entries.append((day, body[0], body[-1]))
    if len(entries) < minimum:
        return _plain_json(data, records)
    return Structured("\n\n".join(paragraphs) + "\n", kind, tuple(entries))


# a data file's media objects (a picture's link, caption and credit) and the subtrees a page's JSON
# carries beside its article (related items, reader comments, navigation): furniture (GUIDELINES 8.24)
_MEDIA_KEY = re.compile(r"(?i)media|photo|picture|caption|credit|alt(?:_?text)?$")
_BESIDE_KEY = re.compile(r"(?i)related|comments?$|replies|recommend|^more|nav|menu|footer|sidebar|config|settings")


def _prose(value, out: list[str], key: str = "") -> None:
    """The prose values of a JSON value, depth first in file order: strings under a text key
    (`_is_text_column`: "headline", "text", "body", "summary" ...) that are not links or stamps;
    no links, ids, names, tags or stamps (`_NOT_TEXT_KEY`), media objects or side subtrees."""
    if isinstance(value, dict):
        for k, v in value.items():
            if not (_NOT_TEXT_KEY.search(k) or _MEDIA_KEY.search(k) or _BESIDE_KEY.search(k)):
                _prose(v, out, k)
    elif isinstance(value, list):
        for v in value:
            _prose(v, out, key)
    elif (isinstance(value, str) and _is_text_column(key) and " " in value.strip()
          and not re.match(r"\s*https?://", value) and not iso_day(value)):
        out.append(value)


def _plain_json(data, records: list[dict]) -> Structured | None:
    """A JSON data file without a list of stamped records (a TimelineJS file, one article): its
    text values in file order, as paragraphs; its dates are table matter (GUIDELINES 8.24), and
    one stamped record dates the file."""
    texts: list[str] = []
    _prose(data, texts)
    paragraphs = [p for v in texts for part in _note_lines(v) for p in html_paragraphs(part)]
    if not paragraphs:
        return None
    day = next((d for rec in records[:1] for k, v in rec.items() if (d := _stamp_day(k, v))), "")
    return Structured("\n\n".join(paragraphs) + "\n", "json", date=day if len(records) == 1 else "")


# a sheet's columns that hold text to read (the rest are dates, links, credits, types, ids), by the
# head noun of their names (`_is_text_column`: "Summary", "?itemLabel", "item_description")
_TEXT_COLUMN = re.compile(r"(?i)\s*(?:headline|title|heading|text|description|summary|abstract|body|content|caption|notes?|"
                          r"comments?|details|event|narrative|label)\s*")
_NOT_TEXT_WORD = re.compile(r"dates?|numbers?|no|counts?|ids?|years?|amounts?|totals?|times?|urls?|links?")
_OTHER_COLUMN = re.compile(r"(?i)type|class|kind|instance|categor|status|lang|country|unit|currency|format|source")
SHEET_MIN_ROWS = 3  # a sheet has a header row and at least this many rows of its width
SHEET_MIN_COLUMNS = 4
# a comment line above or below a data export ("# SELECT ...", "# exported 2024-02-18T16:40:12Z from ...")
_EXPORT_COMMENT = re.compile(r"#[^\n]*")
_EXPORT_STAMP = re.compile(r"(?i)#.*?\b(?:exported|generated|retrieved|downloaded|extracted|queried|(?:last\s+)?updated)(?:\s+(?:on|at))?\s*:?\s*"
                           r"(?P<stamp>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?)")
# a SPARQL result cell (W3C SPARQL 1.1 TSV): a literal with a language tag or a datatype, or an IRI
# an export stamp in a note under a sheet ("project tracking database (export 03.07.2017)", "Exported from
# the desk tracker on 14 June 2023")
_NOTE_STAMP = re.compile(r"(?i)\b(?:exported|export|generated|retrieved|downloaded|extracted)"
                         r"(?:\s+from\s+[^.;:\n]{1,40}?)?(?:\s+(?:on|at))?\s*:?\s*"
                         r"(?P<stamp>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}"
                         r"|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})")
_RDF_LITERAL = re.compile(r'"(?P<text>(?:[^"\\]|\\.)*)"(?:@[A-Za-z-]+|\^\^<[^<>]*>|\^\^[\w:]+)?')
_IRI = re.compile(r"<[^<>\s]*>")


# a date column that says when a row's text was seen or said (not a bare "date" of the events listed)
_DATE_COLUMN = re.compile(r"(?i)(?:date|day)[ _-]?(?:seen|published|posted|reported|claimed|of[ _-](?:claim|post))"
                          r"|(?:seen|published|posted|reported|claimed)[ _-]?(?:on|at|date)?")
_NOTES_COLUMN = re.compile(r"(?i)(?:checker['’]?s?[ _-])?(?:notes?|comments?|corrections?|verdict[ _-]notes?)")


def _is_text_column(name: str) -> bool:
    """A column of text by its name's head noun: "Summary", "?itemLabel", "item_description", not
    "Date of event", "Number of comments", "typeLabel"."""
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", name.strip().lstrip("?$")).replace("_", " ").split()
    lower = [w.lower() for w in words]
    head = words[lower.index("of") - 1] if "of" in lower[1:] else words[-1] if words else ""
    return (bool(_TEXT_COLUMN.fullmatch(head)) and not any(_OTHER_COLUMN.match(w) for w in words)
            and not any(_NOT_TEXT_WORD.fullmatch(w) for w in lower))


def _cell_text(cell: str) -> str:
    """A cell as a reader sees it: a SPARQL literal without its quotes and tag; an IRI is no text."""
    if m := _RDF_LITERAL.fullmatch(cell.strip()):
        return re.sub(r"\\(.)", lambda e: {"t": "\t", "n": "\n"}.get(e[1], e[1]), m["text"])
    return "" if _IRI.fullmatch(cell.strip()) else cell


SHEET_TITLE_ROWS = 3  # a sheet may have this many title rows above its header


def _first_only(row: list[str]) -> bool:
    """A row whose only text is in its first cell: a title above the header, a note under the rows."""
    return bool(row and row[0].strip()) and not any(c.strip() for c in row[1:])


def _read_csv(text: str, min_columns: int = SHEET_MIN_COLUMNS, delimiters: tuple[str, ...] = ("\t", ";", ",")) -> Structured | None:
    """A sheet saved as text: comma-separated (RFC 4180) or tab-separated (a SPARQL result's TSV),
    with "#" comment lines above and below it (an export's query and stamp: not read, but a stamp
    "exported 2024-02-18..." dates the sheet)."""
    import csv
    import io

    lines = text.split("\n")
    top = 0
    while top < len(lines) and (_EXPORT_COMMENT.fullmatch(lines[top].strip()) or not lines[top].strip()):
        top += 1
    bottom = len(lines)
    while bottom > top and (_EXPORT_COMMENT.fullmatch(lines[bottom - 1].strip()) or not lines[bottom - 1].strip()):
        bottom -= 1
    first = lines[top] if top < len(lines) else ""
    # the delimiter: tabs, or a European spreadsheet's semicolons, or commas (the most frequent in
    # the first row that has enough of them: a title row above the header may have none)
    delim = max(delimiters, key=first.count)
    for line in lines[top:top + SHEET_TITLE_ROWS + 1]:
        if max(line.count(d) for d in delimiters) >= min_columns - 1:
            first, delim = line, max(delimiters, key=line.count)
            break
    tabbed = delim == "\t"
    if first.count(delim) < min_columns - 1 or delim == "," and '"' in first and first.count('"') % 2:
        return None
    sheet = "\n".join(lines[top:bottom])
    if tabbed and first.lstrip().startswith("?"):  # a SPARQL result (W3C TSV): nothing quoted, tabs and breaks escaped
        rows = [[_cell_text(c) for c in line.rstrip("\r").split("\t")] for line in sheet.split("\n") if line.strip()]
    else:  # a spreadsheet's CSV or TSV, a cell with a line break in quotes
        try:
            rows = [r for r in csv.reader(io.StringIO(sheet, newline=""), delimiter=delim, strict=True)
                    if any(c.strip() for c in r)]
        except csv.Error:
            return None
    # title lines above the header, their text in the first cell only ("US-funded projects, FY2010–FY2016;;;;"):
    # headings of the sheet, read; notes under it, outside the columns ("Source: ... (export 03.07.2017)"): apparatus
    titles = []
    while rows and len(titles) < SHEET_TITLE_ROWS and _first_only(rows[0]):
        titles.append(_squash(rows.pop(0)[0]))
    notes = []
    while rows and _first_only(rows[-1]):
        notes.append(rows.pop()[0])
    if len(rows) <= SHEET_MIN_ROWS:
        return None
    header, body = rows[0], rows[1:]
    if (len(header) < min_columns or not all(h.strip() and len(h.split()) <= 4 for h in header)
            or sum(len(r) == len(header) for r in body) < max(SHEET_MIN_ROWS, 0.8 * len(body))):
        return None
    keep = [k for k, h in enumerate(header) if _is_text_column(h)]
    if not keep:
        return None
    # a tracker's rows dated by a date column ("date_seen"): each row's text an entry of that date, its
    # notes columns speaking from the sheet's own date (GUIDELINES 8.26)
    day_col = next((k for k, h in enumerate(header) if _DATE_COLUMN.fullmatch(h.strip())), None)
    paragraphs, entries = [], []
    for row in body:
        day = iso_day(row[day_col]) if day_col is not None and day_col < len(row) else ""
        for k in keep:
            if k < len(row) and row[k].strip() and not re.match(r"\s*https?://", row[k]):
                cell = html_paragraphs(row[k])
                paragraphs += cell
                if cell:
                    entries.append(("" if _NOTES_COLUMN.fullmatch(header[k].strip()) else day, cell[0], cell[-1]))
    if not paragraphs:
        return None
    if sum(1 for d, _, _ in entries if d) < ENTRY_MIN:
        entries = []
    stamps = [iso_day(m["stamp"]) for line in lines[:top] + lines[bottom:] if (m := _EXPORT_STAMP.match(line.strip()))]
    stamps += [parse_date(m["stamp"]) or iso_day(m["stamp"]) for note in notes for m in _NOTE_STAMP.finditer(note)]
    kind = "tsv" if tabbed else "csv"
    return Structured("\n\n".join(titles + paragraphs) + "\n", kind, tuple(entries), date=next(filter(None, stamps), ""))


YAML_MIN_ITEMS = 3  # a data file holds a list of at least this many records with text of their own
# a YAML document's start: a "---" marker, a comment, or a top-level "key:" line
_YAML_START = re.compile(r"(?:---[ \t]*\n|#[^\n]*\n|[A-Za-z_][\w-]*:[ \t\n])")


def _yaml_texts(rec: dict) -> list[str]:
    """A YAML record's text values: its title and prose fields (`_is_text_column`), in key order."""
    return [v for k, v in rec.items() if isinstance(k, str) and isinstance(v, str) and v.strip() and _is_text_column(k)]


def _read_yaml(text: str) -> Structured | None:
    """A static site's data file in YAML (front matter, then a list of records): the records' titles
    and prose fields, read in order; their dates, actors and sources are table matter, and the
    front matter's `date` dates the file (GUIDELINES 8.21). Comments are not shown."""
    import yaml

    if not _YAML_START.match(text):
        return None
    try:
        docs = [d for d in yaml.load_all(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) if d is not None]
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    # the longest list of records with text, and the mapping that holds it (or the file's first mapping)
    holders = [(v, d) for d in docs if isinstance(d, dict) for v in d.values() if isinstance(v, list)]
    holders += [(d, None) for d in docs if isinstance(d, list)]
    items, holder = max(holders, key=lambda h: sum(isinstance(r, dict) and bool(_yaml_texts(r)) for r in h[0]),
                        default=([], None))
    records = [r for r in items if isinstance(r, dict) and _yaml_texts(r)]
    if len(records) < YAML_MIN_ITEMS or len(records) < 0.8 * len(items):
        return None
    maps = [d for d in docs if isinstance(d, dict)]
    head = maps[0] if maps and maps[0] is not holder else holder or {}
    head = {k: v for k, v in head.items() if v is not items}
    paragraphs = [p for v in _yaml_texts(head) for p in html_paragraphs(v)]
    for rec in records:
        paragraphs += [p for v in _yaml_texts(rec) for p in html_paragraphs(v)]
    stamp = head.get("date") or head.get("published") or ""
    if isinstance(stamp, (dt.date, dt.datetime)):
        day = stamp.isoformat()[:10]
    else:
        day = iso_day(str(stamp)) or parse_date(str(stamp)) or ""
    return Structured("\n\n".join(paragraphs) + "\n", "yaml", date=day if len(day) == 10 else "")


def _xml_records(root) -> Structured | None:
    """A data export written as XML records, one element per item with its fields as attributes
    (a phone's SMS backup `<sms date=... body=... />`, a Stack Exchange dump's `<row CreationDate=...
    Title=... Body=... />`): read as a JSON export's records are, each dated by its own stamp; a
    title comes before the body it heads."""
    rows = [dict(el.attrib) for el in root if isinstance(el.tag, str) and len(el.attrib) >= 2 and not len(el)]
    if len(rows) < ENTRY_MIN:
        return None
    records = [{k: rec[k] for k in sorted(rec, key=lambda k: not _TITLE_KEY.match(k))} for rec in rows]
    paragraphs, entries = [], []
    for rec in records:
        day = next((d for k, v in rec.items() if (d := _stamp_day(k, v))), "")
        # a plain-text body's line breaks are the sender's: each line a paragraph ("Fwd: Dawn, May 19, 2023:" over the item)
        body = [p for v in _texts(rec) for part in ([v] if "<" in v else v.split("\n")) for p in html_paragraphs(part)]
        if body and day:
            paragraphs += body
            entries.append((day, body[0], body[-1]))
    if len(entries) < ENTRY_MIN:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "xml_records", tuple(entries))


# an XML part's start inside a file of several (an office file's parts saved one after another, each
# with its declaration, a comment naming it before it)
_PART_START = re.compile(r"(?m)^<\?xml\b")
_COMMENTS = re.compile(r"(?:\s*<!--(?:(?!-->).)*-->)+\s*", re.S)
_TRAILING_COMMENTS = re.compile(_COMMENTS.pattern + r"\Z", re.S)  # (a comment naming the next part)


def _xml_parts(text: str) -> Structured | None:
    """Several XML documents saved in one file (a presentation's slide and notes parts, one after
    another): each read as it would be alone, in file order; the first date found dates the whole."""
    starts = [m.start() for m in _PART_START.finditer(text)]
    if len(starts) < 2 or text[:starts[0]].strip() and not _COMMENTS.fullmatch(text, 0, starts[0]):
        return None
    read = [_read_xml(_TRAILING_COMMENTS.sub("", text[a:b]).strip()) for a, b in zip(starts, starts[1:] + [len(text)])]
    read = [r for r in read if r is not None and r.text.strip()]  # (a part without text: a relationships file, empty notes)
    if not read:
        return None
    return Structured("\n\n".join(r.text.strip("\n") for r in read) + "\n", read[0].kind, tuple(e for r in read for e in r.entries),
                      next((r.date for r in read if r.date), ""))


def read(text: str) -> Structured | None:
    """The readable text of a feed, a TEI document, a JSON response, a CSV or TSV sheet or a YAML
    data file; None for anything else (or for one that does not parse: it is then read as the plain
    text it also is)."""
    start = text.lstrip("\ufeff \t\r\n")
    return _xml_parts(start) or _read_xml(start) or _read_json(start) or _read_csv(start) or _read_yaml(start)
