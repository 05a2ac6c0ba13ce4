"""Readable text of documents written in office and publishing XML vocabularies, saved as .txt:
a Word file's `word/document.xml` (WordprocessingML), an Excel 2003 XML workbook (SpreadsheetML),
a DocBook article or chapter, an OCR'd page in ALTO; and of any other XML document (a bill in
congress.gov's XML, an Akoma Ntoso debate, a Confluence page), read as its visible text.

A reader of such a file sees the document, not its markup: a Word paragraph's runs joined as
one line (a word split over two runs reads whole), deleted text of a tracked change left out,
tables and captions as table matter; a workbook's sheets read as sheets (`structured` reads
their rows as it reads a CSV file's); a DocBook text's titles and paragraphs, without its
footnotes, editorial remarks, revision history, authors and tables, dated by its `pubdate`
(GUIDELINES 8.28).
"""
from __future__ import annotations

import csv
import io
import re

from .dates import first_date, parse_date
from .structured import Structured, _local, _squash, iso_day, text_without

WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
DOCBOOK_NS = "http://docbook.org/ns/docbook"
SHEET_MIN_COLUMNS = 2  # a workbook's sheet is a sheet however narrow (a text file needs more columns to be one)

# a Word paragraph style that is not the text: a table's or figure's caption, a table of contents
_APPARATUS_STYLE = re.compile(r"(?i)caption|toc\s*\d|tableofcontents|footer|header")
# inside a paragraph: deleted or moved-away text (a tracked change), fields' instructions, notes' marks,
# a drawing's fallback copy (its text box is read once, from the choice)
_WORD_HIDDEN = {"del", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference",
                "commentReference", "annotationRef", "pPr", "rPr", "Fallback"}


def _ns(el) -> str:
    return el.tag[1:].split("}", 1)[0] if isinstance(el.tag, str) and el.tag.startswith("{") else ""


def _hidden_run(run) -> bool:
    """A run formatted as hidden text (`<w:vanish/>`): not shown."""
    props = next((c for c in run if _local(c.tag) == "rPr"), None)
    return props is not None and any(_local(c.tag) == "vanish" and c.get(f"{{{WORD_NS}}}val", "true") not in ("0", "false")
                                     for c in props)


def _word_text(el, boxes: list) -> str:
    """A Word paragraph's visible text: its runs' text joined, a tab as a tab, a break as a line
    break; the paragraphs of a text box inside it go to `boxes`, to be read after it."""
    out = []
    for child in el:
        name = _local(child.tag)
        if not name or name in _WORD_HIDDEN or (name == "r" and _hidden_run(child)):
            continue
        if name == "txbxContent":
            boxes += [p for p in child if _local(p.tag) == "p"]  # (a box inside one of them: read from it)
            continue
        if name == "t":
            out.append(child.text or "")
        elif name == "tab":
            out.append("\t")
        elif name in ("br", "cr"):
            out.append("\n")
        elif name == "noBreakHyphen":
            out.append("-")
        else:
            out.append(_word_text(child, boxes))
    return "".join(out)


def _style(p) -> str:
    ppr = next((c for c in p if _local(c.tag) == "pPr"), None)
    style = next((c for c in ppr if _local(c.tag) == "pStyle"), None) if ppr is not None else None
    return style.get(f"{{{WORD_NS}}}val", "") if style is not None else ""


def wordprocessing(root) -> Structured | None:
    """A Word document's body: its paragraphs in order, a text box's after the paragraph that
    holds it; tables and captions are table matter and left out."""
    body = next((c for c in root if _local(c.tag) == "body"), None)
    if body is None:
        return None
    paragraphs = []

    def paragraph(p):
        boxes: list = []
        text = "\n".join(line.strip() for line in _word_text(p, boxes).split("\n")).strip()
        if text and not _APPARATUS_STYLE.search(_style(p)):
            paragraphs.append(text)
        for box in boxes:
            paragraph(box)

    def walk(el):
        for child in el:
            name = _local(child.tag)
            if name == "p":
                paragraph(child)
            elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"):
                walk(child)  # content controls and tracked insertions hold paragraphs
    walk(body)
    if not paragraphs:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "docx")


def spreadsheet(root, read_sheet) -> Structured | None:
    """An Excel 2003 XML workbook: each worksheet's rows written out as a tab-separated sheet and
    read by `read_sheet` (the CSV reader); cell comments are reviewers' notes, not cells."""
    texts, entries, date = [], [], ""
    for sheet in (el for el in root if _local(el.tag) == "Worksheet"):
        rows = []
        for row in (el for el in sheet.iter() if _local(el.tag) == "Row"):
            cells: list[str] = []
            for cell in (c for c in row if _local(c.tag) == "Cell"):
                index = cell.get(f"{{{SHEET_NS}}}Index")
                if index and index.isdigit():
                    cells += [""] * max(0, int(index) - 1 - len(cells))
                data = next((d for d in cell if _local(d.tag) == "Data"), None)
                cells.append(_squash("".join(data.itertext())) if data is not None else "")
                merged = cell.get(f"{{{SHEET_NS}}}MergeAcross")
                if merged and merged.isdigit():
                    cells += [""] * int(merged)  # a cell spread over the next columns: they hold nothing
            rows.append(cells)
        out = io.StringIO()
        csv.writer(out, delimiter="\t", lineterminator="\n").writerows(rows)
        read = read_sheet(out.getvalue(), min_columns=SHEET_MIN_COLUMNS, delimiters=("\t",))
        if read is not None:
            texts.append(read.text)
            entries += read.entries
            date = date or read.date
    if not texts:
        return None
    return Structured("\n\n".join(t.strip("\n") for t in texts) + "\n", "xlsx_xml", tuple(entries), date)  # (a blank line between sheets)


# DocBook elements that are not the text wherever they stand: notes, editors' remarks, the revision
# history, index terms, tables and figures (table matter), programme listings
_DOCBOOK_SKIP = {"footnote", "remark", "revhistory", "indexterm", "informaltable", "table", "figure", "informalfigure",
                 "mediaobject", "inlinemediaobject", "programlisting", "screen", "annotation", "keywordset",
                 "subjectset", "biblioid", "bibliography", "bibliolist", "titleabbrev", "alt"}
# ... and, as blocks of the front matter (not inline in a paragraph, "The <orgname>…</orgname> paid"),
# the credits and the publication's own particulars
_DOCBOOK_META = {"author", "authorgroup", "editor", "othercredit", "pubdate", "copyright", "legalnotice", "releaseinfo",
                 "date", "edition", "publisher", "orgname", "affiliation", "address"}
# elements read as a paragraph of their own
_DOCBOOK_BLOCKS = {"title", "subtitle", "para", "simpara", "term", "attribution", "literallayout", "bridgehead"}


def docbook(root) -> Structured | None:
    """A DocBook 5 document: titles, paragraphs, list terms and items as paragraphs, in order;
    its `pubdate` (else its info's `date`) dates it."""
    paragraphs = []

    def walk(el):
        for child in el:
            name = _local(child.tag)
            if not name or name in _DOCBOOK_SKIP or name in _DOCBOOK_META:
                continue
            if name in _DOCBOOK_BLOCKS:
                if text := text_without(child, _DOCBOOK_SKIP):  # (a paragraph's notes and remarks left out)
                    paragraphs.append(text)
            else:
                walk(child)  # sections, lists, quotations, the info's abstract
    walk(root)
    if not paragraphs:
        return None
    info = next((c for c in root if _local(c.tag) == "info"), None)
    day = ""
    if info is not None:
        for name in ("pubdate", "date"):
            el = next((c for c in info if _local(c.tag) == name), None)
            if el is not None and (day := iso_day(_squash("".join(el.itertext())))):
                break
    return Structured("\n\n".join(paragraphs) + "\n", "docbook", (), day)


ALTO_NS = re.compile(r"http://(?:www\.loc\.gov/standards/alto|schema\.ccs-gmbh\.com/ALTO)")
MASTHEAD_BLOCKS = 3  # an OCR page's date is printed in its first blocks (running head, masthead)


def alto(root) -> Structured | None:
    """An OCR'd page in ALTO XML (a digitised newspaper): each text line its words' `CONTENT` in
    order, a line's closing hyphen (`<HYP>`) kept as printed, each text block a paragraph; the OCR
    description is metadata. The page is dated by the first full date in its first blocks (its
    running head or masthead), not by the OCR's processing date (GUIDELINES 8.29)."""
    blocks = []
    for block in root.iter():
        if _local(block.tag) != "TextBlock":
            continue
        lines = []
        for line in block:
            if _local(line.tag) != "TextLine":
                continue
            words = []
            for el in line:
                name = _local(el.tag)
                if name == "String" and el.get("CONTENT"):
                    words.append(el.get("CONTENT"))
                elif name == "HYP" and words:
                    words[-1] += el.get("CONTENT") or "-"
            if words:
                lines.append(" ".join(words))
        if lines:
            blocks.append("\n".join(lines))
    if not blocks:
        return None
    day = next(filter(None, (first_date(b) for b in blocks[:MASTHEAD_BLOCKS])), "") or ""
    return Structured("\n\n".join(blocks) + "\n", "alto", (), day)


MEDIAWIKI_NS = re.compile(r"http://www\.mediawiki\.org/xml/export-")


def mediawiki(root) -> Structured | None:
    """A wiki's Special:Export dump: each page's title and its latest revision's wikitext as the
    rendered page reads (`decode.wiki_text`); the site's own particulars (namespaces, generator)
    and a revision's contributor and edit summary are not text. Dated by the last revision's
    timestamp when one page is exported (an update stamp: nothing else dates a wiki page)."""
    from .decode import wiki_text  # (imports this module's package readers: not at the top)

    paragraphs, stamps = [], []
    for page in (el for el in root if _local(el.tag) == "page"):
        ns = next((_squash(c.text or "") for c in page if _local(c.tag) == "ns"), "0")
        if ns != "0":
            continue  # a template, category or talk page exported with the article: not the article
        latest = [r for r in page if _local(r.tag) == "revision"][-1:]
        fields = {_local(c.tag): c.text or "" for el in [page, *latest] for c in el if isinstance(c.tag, str)}
        if title := _squash(fields.get("title", "")):
            paragraphs.append(title)
        if (body := fields.get("text", "")).strip():
            paragraphs += [p for p in wiki_text(body).split("\n\n") if p.strip()]
        if latest and "timestamp" in fields:
            stamps.append(iso_day(fields["timestamp"]))
    if not paragraphs:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "mediawiki", (), stamps[0] if len(stamps) == 1 else "")


def xliff(root) -> Structured | None:
    """A translation file (XLIFF 1.2 or 2): each unit's (XLIFF 2: each segment's) translation, as
    the translated text reads, or its source where it has none yet; the source language, translators'
    notes, alternative translations, inline codes and the tool's header are not the text, nor is the
    file's date (the translation's, not the text's)."""
    def text_of(el) -> str:
        out: list[str] = []

        def walk(e):
            if _local(e.tag) in ("ph", "bpt", "ept", "it", "x", "bx", "ex", "note", "alt-trans"):
                out.append(e.tail or "")
                return
            out.append(e.text or "")
            for c in e:
                walk(c)
            out.append(e.tail or "")
        out.append(el.text or "")
        for c in el:
            walk(c)
        return _squash("".join(out))

    paragraphs = []
    for unit in root.iter():
        if _local(unit.tag) not in ("trans-unit", "unit"):
            continue
        pieces = [c for c in unit.iter() if _local(c.tag) == "segment"] or [unit]
        texts = []
        for piece in pieces:
            own = [c for c in piece if _local(c.tag) in ("target", "source")]  # (not an alt-trans's)
            target = next((t for t in (text_of(c) for c in own if _local(c.tag) == "target") if t), "")
            texts.append(target or next((t for t in (text_of(c) for c in own if _local(c.tag) == "source") if t), ""))
        if text := " ".join(filter(None, texts)):
            paragraphs.append(text)
    return Structured("\n\n".join(paragraphs) + "\n", "xliff") if paragraphs else None


NEWSML_NS = "http://iptc.org/std/nar/2006-10-01/"


def newsml(root, body_reader) -> Structured | None:
    """A wire item in IPTC NewsML-G2: its headline, its summary (a standfirst) and its body (the
    inline XHTML or NITF, read by `body_reader`); the item's and content's metadata (subjects,
    keywords, slugline, credits, rights) are not text. Dated by the item's first publication."""
    def first(name):
        return next((el for el in root.iter() if _local(el.tag) == name), None)
    paragraphs = []
    for name in ("headline", "description"):
        el = first(name)
        if el is not None and (text := _squash("".join(el.itertext()))):
            paragraphs.append(text)
    for inline in (el for el in root.iter() if _local(el.tag) in ("inlineXML", "inlineData")):
        inner = next((c for c in inline if isinstance(c.tag, str)), None)
        if inner is not None and _local(inner.tag) == "nitf":  # a NITF story: its body's content, not its head
            inner = next((c for c in inner.iter() if _local(c.tag) == "body.content"), inner)
        read = body_reader(inner) if inner is not None else None
        if read is not None:
            paragraphs += [p for p in read.text.split("\n\n") if p.strip()]
        elif text := _squash("".join(inline.itertext())):
            paragraphs.append(text)
    stamp = first("firstCreated")
    stamp = stamp if stamp is not None else first("versionCreated")
    day = iso_day(stamp.text or "") if stamp is not None else ""
    return Structured("\n\n".join(paragraphs) + "\n", "newsml", (), day) if paragraphs else None


PRESENTATION_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
# a slide's placeholders that are furniture: footer, date, slide number, header, the notes page's slide image
_FURNITURE_PLACEHOLDER = {"ftr", "dt", "sldNum", "hdr", "sldImg"}


def _drawing_paragraph(p) -> str:
    """A DrawingML paragraph's text: its runs and fields joined (a word split over two runs reads
    whole), a line break as a space; a slide-number or date field is furniture."""
    out = []
    for el in p:
        name = _local(el.tag)
        if name in ("r", "fld") and not (name == "fld" and (el.get("type") or "").startswith(("slidenum", "datetime"))):
            out += [t.text or "" for t in el if _local(t.tag) == "t"]
        elif name == "br":
            out.append(" ")
    return _squash("".join(out))


def presentation(root) -> Structured | None:
    """A PowerPoint slide or notes page (PresentationML): each shape's paragraphs in order, a
    table's rows as `a | b` (table matter), footer, date and number placeholders left out; dated
    by its footer or date placeholder's date (a deck's event and day, printed on every slide)."""
    paragraphs, furniture = [], []

    def shape(el):
        ph = next((x for x in el.iter() if _local(x.tag) == "ph"), None)
        kind = ph.get("type", "") if ph is not None else ""
        texts = [t for body in el if _local(body.tag) == "txBody" for t in map(_drawing_paragraph, (p for p in body if _local(p.tag) == "p")) if t]
        (furniture if kind in _FURNITURE_PLACEHOLDER else paragraphs).extend(texts)

    def walk(el):
        for child in el:
            name = _local(child.tag)
            if name == "Fallback":
                continue  # an alternate content's fallback copy: its choice is read
            if name == "sp":
                shape(child)
            elif name == "tr":
                cells = [" ".join(filter(None, map(_drawing_paragraph, (p for p in c.iter() if _local(p.tag) == "p"))))
                         for c in child if _local(c.tag) == "tc"]
                if any(cells):
                    paragraphs.append(" | ".join(cells))
            else:
                walk(child)
    walk(root)
    day = next(filter(None, (first_date(f) for f in furniture)), "") or ""
    # (a slide or notes page without text: nothing shown, not its furniture read as a document)
    return Structured("\n\n".join(paragraphs) + "\n" if paragraphs else "", "pptx", (), day)


TTML_NS = "http://www.w3.org/ns/ttml"


def ttml(root) -> Structured | None:
    """A TTML (DFXP) caption file: its captions as `document_text` reads them (one per `<p>`, a
    line break a space, the head's styling and layout out), dated by the date its metadata's title
    or description gives (a programme's first broadcast: "First broadcast on Sunday 2 May 2021")."""
    read = document_text(root)
    if read is None:
        return None
    head = next((c for c in root if _local(c.tag) == "head"), None)
    described = [_squash("".join(el.itertext())) for el in (head.iter() if head is not None else ())
                 if _local(el.tag) in ("title", "desc") and _ns(el).startswith(TTML_NS)]
    day = next(filter(None, (first_date(d) for d in described)), "") or read.date
    return Structured(read.text, "ttml", (), day)

# subtrees that are a document's metadata or layout, not its text, in any XML vocabulary: Dublin
# Core and Akoma Ntoso metadata, HTML/TTML heads, OCR descriptions, a wiki macro's parameters
# a header property naming the recording's date ("recording_date", "Interview date", "session date")
_RECORDING_DATE = re.compile(r"(?i)(?:record|interview|session|conversation).*date|date.*(?:record|interview|session)")


def elan(root) -> Structured | None:
    """An ELAN transcription (.eaf): its utterances in time order across the independent tiers (the
    interviewer's and the narrator's turns interleaved, as the recording runs), one paragraph each;
    dependent tiers (a transcriber's notes, translations, glosses on another tier's annotations),
    the header's properties and the time line are apparatus. Dated by a header property naming the
    recording's date, not the file's save date (GUIDELINES 8.31)."""
    slots, at = {}, 0  # (the slots are listed in time order: an unaligned one takes the time before it)
    for el in (el for el in root.iter() if _local(el.tag) == "TIME_SLOT"):
        value = el.get("TIME_VALUE") or ""
        at = int(value) if value.isdigit() else at
        slots[el.get("TIME_SLOT_ID")] = at
    said = []
    for order, tier in enumerate(el for el in root if _local(el.tag) == "TIER"):
        if tier.get("PARENT_REF"):
            continue
        for ann in (el for el in tier.iter() if _local(el.tag) == "ALIGNABLE_ANNOTATION"):
            start = slots.get(ann.get("TIME_SLOT_REF1"))
            value = next((el for el in ann if _local(el.tag) == "ANNOTATION_VALUE"), None)
            if value is not None and (text := _squash("".join(value.itertext()))):
                said.append((start if start is not None else 0, order, len(said), text))
    if not said:
        return None
    day = ""
    for prop in (el for el in root.iter() if _local(el.tag) == "PROPERTY"):
        value = prop.text or ""
        if _RECORDING_DATE.search(prop.get("NAME", "")) and (day := iso_day(value) or parse_date(value.strip())
                                                            or first_date(value) or ""):
            break
    return Structured("\n\n".join(text for *_, text in sorted(said)) + "\n", "elan", (), day)


MARC_NS = "http://www.loc.gov/MARC21/slim"
# a general note that only dates the item ('"Updated March 12, 2019."', '"April 2020"--Cover.')
_MARC_DATE_NOTE = re.compile(r"(?i)\W*(?:(?:updated|revised|issued|published|dated)\s+)?(?P<day>[^\"“”]+?)[.\s]*[\"”]?"
                             r"(?:\s*--\s*[\w ]{1,20})?[.\s]*")
_MARC_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")  # (a copyright year "c2011", "[2013]")


def marc(root) -> Structured | None:
    """A library catalogue's MARCXML records: each record's summary (field 520) is its prose; the
    leader, control fields, titles, imprints, extents, contents notes and subject headings are the
    catalogue's data (GUIDELINES 8.31). Each summary is dated by its item's publication: the imprint
    year (264 or 260 $c), made finer by a general note (500) that is only a date of that year."""
    paragraphs, entries = [], []
    for record in (el for el in root.iter() if _local(el.tag) == "record"):
        fields: dict[str, list[dict[str, str]]] = {}
        for field in (el for el in record if _local(el.tag) == "datafield"):
            subfields = {}
            for sub in (el for el in field if _local(el.tag) == "subfield"):
                subfields.setdefault(sub.get("code", ""), _squash("".join(sub.itertext())))
            fields.setdefault(field.get("tag", ""), []).append(subfields)
        summary = [f["a"] for f in fields.get("520", []) if f.get("a")]
        if not summary:
            continue
        imprint = next((m.group() for tag in ("264", "260") for f in fields.get(tag, [])
                        if (m := _MARC_YEAR.search(f.get("c", "")))), "")
        noted = (parse_date(m["day"], month_ok=True) for f in fields.get("500", [])
                 if (m := _MARC_DATE_NOTE.fullmatch(f.get("a", ""))))
        day = next((d for d in noted if d and (not imprint or d[:4] == imprint)), None) or imprint
        paragraphs += summary
        if day:
            entries.append((day, summary[0], summary[-1]))
    if not paragraphs:
        return None
    return Structured("\n\n".join(paragraphs) + "\n", "marc", tuple(entries))


_META_SUBTREE = {"meta", "metadata", "head", "Description", "Styles", "teiHeader", "dublinCore", "identification",
                 "references", "proprietary", "lifecycle", "analysis", "parameter", "placeholder", "styling", "layout",
                 "script", "style", "task-id", "task-uuid", "task-status",
                 # an OpenDocument's tracked deletions, notes' bodies (their citation mark stays), declarations
                 "tracked-changes", "note-body", "sequence-decls", "automatic-styles", "font-face-decls", "annotation"}
CONFLUENCE_NS = "http://atlassian.com/"
CONFLUENCE_RI = "http://atlassian.com/resource/identifier"
# inside a paragraph, elements that break or bound a line: read as a space, never gluing words
_SPACED = {"br", "eol", "eop", "lb", "p", "li", "td", "th", "div", "tr", "item", "h1", "h2", "h3", "h4", "h5", "h6",
           "tab", "line-break"}  # (an OpenDocument's tab and line break)
ODF_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TITLED_MACRO = {"expand", "panel", "info", "note", "warning", "tip", "details"}  # its "title" parameter is shown
_NUMBER = {"enum", "num"}  # a section's or question's number: read on one line with what it numbers
_TABLE_ROW = {"tr", "row", "table-row"}
_TASK = {"task", "task-body"}  # a wiki page's task list item
# a page-properties row naming the page's date ("Date | 2024-04-02")
_DATE_FIELD = re.compile(r"(?i)(?:date|published|publication date|created)\s*:?")


def _is_meta(el) -> bool:
    """A metadata or layout subtree (a Confluence page's `<ac:layout>` is its body, not TTML's layout)."""
    name = _local(el.tag)
    return name in _META_SUBTREE and not (name == "layout" and _ns(el).startswith(CONFLUENCE_NS))


def _shown(el, out: list[str]) -> None:
    """The text a reader sees in `el`: its text and its children's, metadata subtrees out; an empty
    `<time datetime="2024-04-02"/>` shows its date (a wiki page renders it from the attribute), a
    wiki link to a page or file its title or name; a line break or a block inside is a space."""
    name = _local(el.tag)
    if not isinstance(el.tag, str) or _is_meta(el):
        return
    if name in _SPACED or (name == "s" and _ns(el) == ODF_TEXT_NS):  # (an OpenDocument's run of spaces)
        out.append(" ")
    if name == "time" and not (el.text or "").strip() and not len(el) and el.get("datetime"):
        if not any(_local(a.tag) in _TASK for a in el.iterancestors()):  # (a task's due date: planning, not text)
            out.append(el.get("datetime"))
    if name in ("page", "attachment") and _ns(el).startswith(CONFLUENCE_NS) and not any(
            _local(c.tag).endswith("link-body") for c in el.getparent()):
        out.append(el.get(f"{{{CONFLUENCE_RI}}}content-title") or el.get(f"{{{CONFLUENCE_RI}}}filename") or "")
    if name == "note-citation" and "".join(out).rstrip(" ")[-1:].isdigit():
        return  # a note's mark after a number ("in May 1954¹"): written out it would change the number
    out.append(el.text or "")
    for child in el:
        _shown(child, out)
        out.append(child.tail or "")
    if name in _SPACED:
        out.append(" ")


def _is_block(el) -> bool:
    """An element read as one paragraph: it holds text of its own (mixed content), or only text."""
    if (el.text or "").strip() or any((c.tail or "").strip() for c in el):
        return True
    return not len(el) and (bool((el.text or "").strip()) or (_local(el.tag) == "time" and bool(el.get("datetime"))))


def document_text(root) -> Structured | None:
    """Any other XML document (a bill in congress.gov's bill DTD or USLM, an Akoma Ntoso debate, a
    wiki page in Confluence storage format): its visible text, one paragraph per element holding
    text of its own, in document order; metadata subtrees out; a number element read with the
    element after it; a table row's cells on one line between bars, as table matter is written;
    dated by its own date in its metadata (GUIDELINES 8.29)."""
    paragraphs: list[str] = []

    def text_of(el) -> str:
        out: list[str] = []
        _shown(el, out)
        return _squash("".join(out))

    def walk(el) -> None:
        number = ""
        for child in el:
            name = _local(child.tag)
            if not name or _is_meta(child):
                continue
            if name == "structured-macro" and child.get(f"{{{CONFLUENCE_NS}content}}name") in _TITLED_MACRO:
                title = next((p for p in child if _local(p.tag) == "parameter"
                              and p.get(f"{{{CONFLUENCE_NS}content}}name") == "title"), None)
                if title is not None and (heading := _squash("".join(title.itertext()))):
                    paragraphs.append(heading)  # an expand or panel macro's title: shown as its heading
            if name in _NUMBER and _is_block(child):
                number = text_of(child)
                continue
            if name in _TABLE_ROW:
                cells = [text_of(c) for c in child if not _is_meta(c)]
                if any(cells):
                    paragraphs.append(" | ".join(cells))
                continue
            if _is_block(child):
                if text := text_of(child):
                    paragraphs.append(f"{number} {text}".strip())
                    number = ""
            else:
                if number:
                    paragraphs.append(number)
                    number = ""
                walk(child)
        if number:
            paragraphs.append(number)
    walk(root)
    if not paragraphs:
        return None
    fields = [iso_day(row.split(" | ", 1)[1]) for row in paragraphs
              if " | " in row and _DATE_FIELD.fullmatch(row.split(" | ", 1)[0].strip())]
    return Structured("\n\n".join(paragraphs) + "\n", "xml", (), _own_date(root) or next(filter(None, fields), ""))


def _own_date(root) -> str:
    """A document's own date in its metadata: an Akoma Ntoso `docDate` (else its work's FRBRdate), a
    bill's first action date, a Dublin Core `date`, an OpenDocument's date field; "" if none (nor
    one inside a tracked change's record or a note: the edit's date, not the document's)."""
    found: dict[str, str] = {}
    for el in root.iter():
        name = _local(el.tag)
        if name in found or not isinstance(el.tag, str):
            continue
        if any(_local(a.tag) in ("tracked-changes", "note-body", "annotation") for a in el.iterancestors()):
            continue
        if name == "date" and _ns(el) == ODF_TEXT_NS:
            if day := iso_day(el.get(f"{{{ODF_TEXT_NS}}}date-value") or ""):
                found["date-field"] = day
            continue
        stamp = (el.get("date") or el.text or "").strip()
        if name == "FRBRdate" and _local(el.getparent().tag) != "FRBRWork":
            continue
        if name in ("docDate", "FRBRdate", "action-date") or (name == "date" and _ns(el) == "http://purl.org/dc/elements/1.1/"):
            if day := iso_day(stamp):  # (a bill's action date is written "20230615")
                found[name] = day
    return next((found[k] for k in ("docDate", "FRBRdate", "action-date", "date", "date-field") if k in found), "")


def read(root, read_sheet) -> Structured | None:
    """The text of a parsed Word, Excel 2003 or DocBook XML document, or an ALTO page; None for
    other vocabularies (`document_text` reads those that are documents)."""
    ns, name = _ns(root), _local(root.tag)
    if ns == WORD_NS and name == "document":
        return wordprocessing(root)
    if ns == SHEET_NS and name == "Workbook":
        return spreadsheet(root, read_sheet)
    if ns == DOCBOOK_NS:
        return docbook(root)
    if ALTO_NS.match(ns) or (not ns and name == "alto"):  # (an ALTO file written without its namespace)
        return alto(root)
    if MEDIAWIKI_NS.match(ns) and name == "mediawiki":
        return mediawiki(root)
    if name == "xliff":
        return xliff(root)
    if ns == TTML_NS and name == "tt":
        return ttml(root)
    if ns == NEWSML_NS and name == "newsItem":
        return newsml(root, document_text)
    if ns == PRESENTATION_NS and name in ("sld", "notes"):
        return presentation(root)
    if name == "ANNOTATION_DOCUMENT":
        return elan(root)
    if ns == MARC_NS and name in ("collection", "record"):
        return marc(root)
    return None
