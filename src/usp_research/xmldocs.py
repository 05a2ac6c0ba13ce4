"""Readable text of documents written in office and publishing XML vocabularies, saved as .txt:
a Word file's `word/document.xml` (WordprocessingML), an Excel 2003 XML workbook (SpreadsheetML),
a DocBook article or chapter.

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


def read(root, read_sheet) -> Structured | None:
    """The text of a parsed Word, Excel 2003 or DocBook XML document; None for other vocabularies."""
    ns, name = _ns(root), _local(root.tag)
    if ns == WORD_NS and name == "document":
        return wordprocessing(root)
    if ns == SHEET_NS and name == "Workbook":
        return spreadsheet(root, read_sheet)
    if ns == DOCBOOK_NS:
        return docbook(root)
    return None
