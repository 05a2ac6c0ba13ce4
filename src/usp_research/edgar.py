"""Read an SEC EDGAR full-text submission (a company's 8-K or 10-K as EDGAR serves it, saved as
text) as the documents a reader opens, not the submission's wrapping.

The SGML header (accession number, filer data, addresses, `FILED AS OF DATE`) is metadata; each
`<DOCUMENT>` is read from its `<TEXT>` (HTML through the page extractor, plain text as it is), its
graphics and XBRL data files left out. A form's cover page (everything before its first "Item"
heading: the check boxes, file numbers and the Exchange Act citation) and its signature block are
form matter; so are a press release exhibit's closing sections (the company's "About" paragraph,
its forward-looking-statements notice, media contacts). The signature's date dates the form, a
press release exhibit's lead dateline dates the exhibit (GUIDELINES 8.29).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import lead_dateline, parse_date
from .structured import iso_day

_START = re.compile(r"\ufeff?\s*<SEC-(?:DOCUMENT|HEADER)>")
_DOCUMENT = re.compile(r"<DOCUMENT>\s*<TYPE>([^\n<]*)(.*?)</DOCUMENT>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_FILED = re.compile(r"(?m)^FILED AS OF DATE:\s*(\d{8})\s*$")
_COMPANY = re.compile(r"(?m)^\s*COMPANY CONFORMED NAME:\s*(.+?)\s*$")
# an inline-XBRL document's wrapping (`<XBRL>`, an XML declaration) and comments before its HTML
_WRAPPING = re.compile(r"(?is)\A(?:\s*(?:</?XBRL>|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>))+")
_HTML = re.compile(r"(?i)<(?:html|body|div|p|table|font|title|br|span|b|center)\b")
# an old plain-text filing's SGML layout tags (`<PAGE>`, a table's `<S>`/`<C>` column marks): not text
_SGML_LAYOUT = re.compile(r"(?im)^\s*</?(?:PAGE|TABLE|CAPTION|S|C|FN)>[ \t]*$|</?(?:PAGE|CAPTION|FN)>")
# exhibits that are not prose: XBRL instance and schema files, graphics, archives, the cover page's data
_NOT_PROSE = re.compile(r"(?i)GRAPHIC|ZIP|EXCEL|PDF|XML|JSON|EX-10[01]|EX-104")
# a form's first item heading ("Item 8.01 Other Events", "ITEM 1. BUSINESS", "PART I"): the cover page ends
_ITEM = re.compile(r"(?im)^(?:Item\s+\d{1,2}[A-C]?(?:\.\d{2})?\b|PART\s+I\b)")
_SIGNATURES = re.compile(r"(?m)^SIGNATURES?\s*$")
_SIGNED_DATE = re.compile(r"(?m)^Date:\s*(.+?)\s*$")
# a press release's closing sections, company boilerplate and legal notice ("About Northbridge Aerospace"
# for a filer named NORTHBRIDGE AEROSPACE HOLDINGS, "Forward-Looking Statements", "Media contact:"): from
# the first such heading to its end
_CLOSING = re.compile(r"(?i)(?:about (?P<name>[A-Z][\w.&,' -]{1,60})|forward[- ]looking statements?|safe harbou?r(?: statement)?|"
                      r"cautionary (?:note|statement)s?(?: regarding forward[- ]looking statements?)?|(?:media|investor|press) contacts?:?)")
_FORM = re.compile(r"(?i)\s*(?:8-K|10-K|10-Q|6-K|20-F|40-F|S-1|DEF 14A)(?:/A)?\b")


@dataclass(frozen=True)
class Filing:
    """The documents' text, each document as a dated entry, and the filing date."""

    text: str
    entries: tuple[tuple[str, str, str], ...]
    date: str


def is_edgar(text: str) -> bool:
    """An EDGAR submission: it opens with its SGML header."""
    return bool(_START.match(text))


def _form_body(text: str) -> tuple[str, str]:
    """A form's text between its cover page and its signature block (the last "SIGNATURES" line: a
    table of contents may list one), and the signature's date."""
    if m := _ITEM.search(text):
        text = text[m.start():]
    day = ""
    if signatures := list(_SIGNATURES.finditer(text)):
        m = signatures[-1]
        signed = _SIGNED_DATE.search(text, m.end())
        day = parse_date(signed[1]) or "" if signed else ""
        text = text[:m.start()]
    return text, day


def _closes(paragraph: str, company: set[str]) -> bool:
    """A press release's closing heading: its legal notice or contacts, or "About" the filer itself."""
    m = _CLOSING.fullmatch(paragraph)
    return bool(m) and (not m["name"] or bool(company & set(m["name"].lower().split())))


def read(text: str) -> Filing | None:
    """The submission's documents as paragraphs; None if it holds no readable document."""
    from .decode import extract_html  # (decode imports this module)

    filed = _FILED.search(text)
    filing_day = iso_day(filed[1]) if filed else ""
    company = {w for m in _COMPANY.finditer(text) for w in m[1].lower().split()
               if len(w) > 3 and w.strip(",.") not in ("inc", "corp", "holdings", "company", "group", "limited")}
    paragraphs: list[str] = []
    entries = []
    for doc in _DOCUMENT.finditer(text):
        kind, body = doc[1].strip(), _TEXT.search(doc[2])
        if body is None or _NOT_PROSE.search(kind):
            continue
        content = _WRAPPING.sub("", body[1]).strip()
        html = bool(_HTML.search(content[:2000]))
        if html:  # (its paragraphs one per line)
            content = extract_html(content, f"{kind}.html")[0]
        else:  # a plain-text document: paragraphs between blank lines, its layout tags out
            content = _SGML_LAYOUT.sub("", content)
        day = ""
        if _FORM.fullmatch(kind):
            content, day = _form_body(content)
        paras = [p.strip() for p in re.split(r"\n\s*\n|\n" if html else r"\n\s*\n", content) if p.strip()]
        if kind.upper().startswith("EX-99"):  # a press release: its closing boilerplate is not its text
            paras = paras[:next((k for k, p in enumerate(paras) if k and _closes(p, company)), len(paras))]
        if not paras:
            continue
        day = day or next(filter(None, (lead_dateline(p) for p in paras[:5])), "") or filing_day
        paragraphs += paras
        entries.append((day, paras[0], paras[-1]))
    if not paragraphs:
        return None
    return Filing("\n\n".join(paragraphs) + "\n", tuple(entries), filing_day)
