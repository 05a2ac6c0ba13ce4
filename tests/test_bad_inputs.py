"""What happens to whatever a researcher drops into the corpus folder (see docs/bad_inputs.md).

Every case in CASES is one row of the table in docs/bad_inputs.md: a corpus folder and its
documented behaviour — processed (exit 0) or refused (exit 2 with ONE stderr line that names
the file, says what is wrong and what to do). For every case, and both with an empty derived
folder and with one holding the outputs of an earlier good run, we check that

- the exit status and the message are as documented,
- the corpus folder is byte-for-byte unchanged (content hashes and mtimes, the folder's too),
- a refusal writes nothing: no derived folder at all, or the earlier outputs exactly as they were,
- no temporary file (`.*.tmp`) is left anywhere.

The codebooks the corpus stage reads, the notebook runner's parameters and, at the end, a whole
`make all` run on a folder with a bad file are checked the same way.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import shutil
import struct
import subprocess
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest

from usp_research import boilerplate, chronology, cli, corpus, events, repair, segment
from usp_research.errors import InputError
from usp_research.paths import CODEBOOKS, REFERENCE, ROOT

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"
WIRE = (FIXTURE_CORPUS / "wire_report.txt").read_bytes()
ARTICLE = ("Pakistan and the United States signed a mutual defence agreement in May 1954. "
           "The agreement brought military aid, and Pakistan joined SEATO later that year.\n\n"
           "Relations cooled after the 1965 war, when Washington suspended aid to both sides.\n")
HEADER = "doc_id,file,title,author,publisher,published,url,licence,notes\n"


# --- realistic bad files ----------------------------------------------------------------------

def tiny_pdf(with_nul: bool) -> bytes:
    """A small but well-formed one-page PDF (header, objects, a content stream, xref, trailer)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Pakistan-US relations) Tj ET"
    if with_nul:
        stream += b"\n\x00\x01\x02\x00\xff\xfe binary"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" if with_nul else b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def tiny_png() -> bytes:
    """A valid 1x1 white PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def tiny_docx() -> bytes:
    """A ZIP holding word/document.xml, as a .docx is."""
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:t>Pakistan and the United States</w:t></w:document>")
    return buf.getvalue()


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(64) + b"\xff\xd9"
HTML = ("<!DOCTYPE html>\n<html><head><title>Aid and alliances | Example Review</title>\n"
        "<style>.promo { color: red; }</style>\n<script>var trackingPixel = 'xyz';</script></head>\n"
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>\n<article><h1>Aid and alliances</h1>\n"
        + "".join(f"<p>{p}</p>\n" for p in ARTICLE.split("\n\n"))
        + "</article>\n<script>document.write('popupBanner');</script></body></html>\n")


# --- the table --------------------------------------------------------------------------------

@dataclass
class Case:
    """One input and its documented behaviour (docs/bad_inputs.md)."""

    id: str
    files: dict  # name in the corpus folder -> bytes or str (UTF-8)
    status: int  # 0 processed, 2 refused
    culprit: str = ""  # the file the message names ("." for the corpus folder itself)
    words: tuple = ()  # what the message says: problem and fix
    clean: dict = field(default_factory=dict)  # processed: doc_id -> (must contain, must not contain)
    meta: dict = field(default_factory=dict)  # processed: doc_id -> {column: value} in documents.csv


def article(**more) -> dict:
    return {"article.txt": ARTICLE, **more}


CASES = [
    # processed
    Case("good-article", article(), 0, clean={"article": (["SEATO"], [])}),
    Case("utf8-with-bom", {"article.txt": codecs.BOM_UTF8 + ARTICLE.encode()}, 0,
         clean={"article": (["Pakistan and the United States"], ["\ufeff"])}),
    Case("crlf-line-ends", {"article.txt": ARTICLE.replace("\n", "\r\n")}, 0, clean={"article": (["SEATO"], ["\r"])}),
    Case("html-with-scripts-and-styles", {"page.html": HTML}, 0,
         clean={"page": (["SEATO", "1965 war"], ["trackingPixel", "color: red", "popupBanner", "promo"])},
         meta={"page": {"title": "Aid and alliances"}}),
    Case("html-declaring-windows-1252", {"page.html": HTML.replace("<head>", '<head><meta charset="windows-1252">')
                                         .replace("defence", "d\u00e9fense \u201caccord\u201d").encode("cp1252")}, 0,
         clean={"page": (["d\u00e9fense \u201caccord\u201d"], [])}),
    Case("no-sources-csv-metadata-from-text", {"wire_report.txt": WIRE}, 0,
         meta={"wire_report": {"title": "Pakistan and US Hold Talks on Aid", "author": "Sara Malik",
                               "published": "2024-03-14"}}),
    Case("sources-csv-good", article(**{"sources.csv": HEADER + "alliance-1954,article.txt,The 1954 pact,A. Writer,"
                                                                 "Example Review,1954-05-19,,,\n,,,,,,,,\n"}), 0,
         meta={"alliance-1954": {"title": "The 1954 pact", "author": "A. Writer", "published": "1954-05-19"}}),
    Case("sources-csv-only-some-columns", article(**{"sources.csv": "file,doc_id\narticle.txt,pact\n"}), 0,
         meta={"pact": {"file": "article.txt"}}),
    Case("invisible-and-control-characters", {"article.txt": ARTICLE.replace("Pakistan", "Paki\u00adstan\u200b", 1)
                                              .replace("SEATO", "SEATO\x07")}, 0,
         clean={"article": (["Pakistan and", "SEATO later"], ["\u00ad", "\u200b", "\x07"])}),
    # refused: not text at all
    Case("empty-file", article(**{"empty.txt": b""}), 2, "empty.txt", ("is empty", "Remove it")),
    Case("whitespace-only", article(**{"blank.txt": " \n\t \r\n\u00a0\n"}), 2, "blank.txt",
         ("is empty", "Remove it")),
    Case("invisible-characters-only", article(**{"zw.txt": "\u200b\u200b\n\u00ad\n"}), 2, "zw.txt",
         ("no visible text", "replace it with the article text")),
    Case("pdf-renamed-txt", article(**{"report.txt": tiny_pdf(with_nul=True)}), 2, "report.txt",
         ("looks like a PDF document", "Convert it to text first", "pdftotext report.pdf report.txt")),
    Case("pdf-without-nul-renamed-txt", article(**{"report.txt": tiny_pdf(with_nul=False)}), 2, "report.txt",
         ("looks like a PDF document", "Convert it to text first")),
    Case("pdf-renamed-html", article(**{"report.html": tiny_pdf(with_nul=False)}), 2, "report.html",
         ("looks like a PDF document", "Convert it to text first")),
    Case("png-renamed-txt", article(**{"scan.txt": tiny_png()}), 2, "scan.txt",
         ("looks like a PNG image", "Convert it to text first")),
    Case("jpeg-renamed-txt", article(**{"photo.txt": JPEG}), 2, "photo.txt",
         ("looks like a JPEG image", "Convert it to text first")),
    Case("gif-renamed-md", article(**{"chart.md": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff;"}), 2, "chart.md",
         ("looks like a GIF image", "Convert it to text first")),
    Case("docx-renamed-txt", article(**{"draft.txt": tiny_docx()}), 2, "draft.txt",
         ("looks like a ZIP archive or an Office document", "Convert it to text first")),
    Case("rtf-renamed-txt", article(**{"memo.txt": "{\\rtf1\\ansi Pakistan and the United States}"}), 2, "memo.txt",
         ("looks like an RTF document", "Convert it to text first")),
    Case("nul-byte-in-text", article(**{"stray.txt": ARTICLE.encode() + b"\x00"}), 2, "stray.txt",
         ("1 NUL byte(s)", "line 4", "Remove them")),
    Case("binary-garbage", article(**{"blob.txt": bytes(range(1, 256)) * 8}), 2, "blob.txt",
         ("looks like a binary file", "Convert it to plain text")),
    # refused: text in the wrong encoding or format
    Case("utf16-with-bom", article(**{"u16.txt": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")}), 2, "u16.txt",
         ("UTF-16", "Re-save it as UTF-8", "iconv -f UTF-16 -t UTF-8")),
    Case("utf16-without-bom", article(**{"u16.txt": ARTICLE.encode("utf-16-le")}), 2, "u16.txt",
         ("UTF-16LE text without a byte-order mark", "Re-save it as UTF-8")),
    Case("windows-1252", article(**{"cp.txt": ("Caf\u00e9 talks \u2014 \u201cquoted\u201d.\n" + ARTICLE).encode("cp1252")}),
         2, "cp.txt", ("not valid UTF-8", "line 1", "Windows-1252", "Re-save it as UTF-8", "iconv -f WINDOWS-1252")),
    Case("latin-1", article(**{"l1.txt": (ARTICLE + "Na\u00efve \u00b1 r\u00e9sum\u00e9.\n").encode("latin-1")}), 2, "l1.txt",
         ("not valid UTF-8", "line 4", "Latin-1", "Re-save it as UTF-8")),
    Case("html-saved-as-txt", article(**{"page.txt": HTML}), 2, "page.txt",
         ("looks like an HTML page", "Rename it to page.html")),
    Case("html-without-article", article(**{"login.html": "<html><body><form><input></form></body></html>"}), 2,
         "login.html", ("no article text was found", "Save the article's own page")),
    Case("all-boilerplate", article(**{"promo.txt": "Subscribe to our newsletter\nShare on Facebook\nTwitter\n"
                                                    "Home | World | Asia\n"}), 2, "promo.txt",
         ("no article text left after boilerplate removal", "boilerplate.csv")),
    Case("unsupported-suffix", article(**{"report.pdf": tiny_pdf(with_nul=True)}), 2, "report.pdf",
         ("unsupported suffix '.pdf'", "move other files elsewhere")),
    Case("newline-in-file-name", article(**{"bad\nname.txt": b""}), 2, "bad\\nname.txt", ("is empty",)),
    Case("empty-folder", {}, 2, ".", ("holds no article files", "Put .txt, .md or .html articles in it")),
    # refused: sources.csv
    Case("sources-missing-column", article(**{"sources.csv": "doc_id,title\nx,T\n"}), 2, "sources.csv",
         ("lacks the column(s) file", "Give it the header row doc_id,file,")),
    Case("sources-semicolons", article(**{"sources.csv": "doc_id;file;title\nx;article.txt;T\n"}), 2, "sources.csv",
         ("separated by ';'", "CSV UTF-8 (Comma delimited)")),
    Case("sources-unknown-column", article(**{"sources.csv": "doc_id,file,colour\nx,article.txt,red\n"}), 2,
         "sources.csv", ("unknown column(s) colour", "Use only doc_id,file,")),
    Case("sources-unknown-file", article(**{"sources.csv": HEADER + "x,missing.txt,,,,,,,\n"}), 2, "sources.csv",
         ("row 2 (missing.txt): no such file", "Fix the file name or remove the row")),
    Case("sources-bad-date", article(**{"sources.csv": HEADER + "x,article.txt,,,,24 July 2025,,,\n"}), 2,
         "sources.csv", ("'24 July 2025' is not an ISO date", "Write it as YYYY-MM-DD")),
    Case("sources-two-rows-one-file", article(**{"sources.csv": HEADER + "x,article.txt,,,,,,,\ny,article.txt,,,,,,,\n"}),
         2, "sources.csv", ("row 3 (article.txt): a second row for the same file", "Keep one row per file")),
    Case("sources-doc-id-twice", article(**{"b.txt": ARTICLE, "sources.csv": HEADER + "x,article.txt,,,,,,,\n"
                                                                              "x,b.txt,,,,,,,\n"}),
         2, "sources.csv", ("doc_id 'x' already used in row 2", "Give every document its own doc_id")),
    Case("sources-bad-doc-id", article(**{"sources.csv": HEADER + "My Doc,article.txt,,,,,,,\n"}), 2, "sources.csv",
         ("'My Doc' is not a slug", "Use lower-case letters")),
    Case("sources-unquoted-comma", article(**{"sources.csv": HEADER + "x,article.txt,Aid, alliances,,,,,,\n"}), 2,
         "sources.csv", ("line 2 has 10 fields but the header has 9", "Put quotes around values that contain commas")),
    Case("sources-windows-1252", article(**{"sources.csv": (HEADER + "x,article.txt,Caf\u00e9,,,,,,\n").encode("cp1252")}),
         2, "sources.csv", ("not valid UTF-8", "Re-save it as UTF-8")),
    Case("sources-utf16", article(**{"sources.csv": codecs.BOM_UTF16_LE + (HEADER + "x,article.txt,,,,,,,\n")
                                     .encode("utf-16-le")}), 2, "sources.csv", ("UTF-16", "Re-save it as UTF-8")),
    Case("sources-xlsx", article(**{"sources.csv": tiny_docx()}), 2, "sources.csv",
         ("looks like a ZIP archive or an Office document", "CSV UTF-8 (Comma delimited)")),
    Case("sources-empty", article(**{"sources.csv": ""}), 2, "sources.csv",
         ("is empty", "Give it the header row")),
    # refused: two documents, one doc_id
    Case("same-doc-id-two-suffixes", {"report.txt": ARTICLE, "report.md": ARTICLE}, 2, "report.txt",
         ("same doc_id 'report' as report.md", "Give one of them its own doc_id in sources.csv, or rename it")),
    Case("same-doc-id-case", {"Report.txt": ARTICLE, "report.txt": ARTICLE}, 2, "report.txt",
         ("same doc_id 'report' as Report.txt", "Give one of them its own doc_id")),
    Case("same-doc-id-from-sources", {"a.txt": ARTICLE, "b.txt": ARTICLE, "sources.csv": HEADER + "b,a.txt,,,,,,,\n"}, 2,
         "b.txt", ("same doc_id 'b' as a.txt", "Give one of them its own doc_id")),
]


# --- helpers ----------------------------------------------------------------------------------

def snapshot(folder: Path) -> dict:
    """Every file and folder under `folder`: content hash (files) and mtime, the folder's own too."""
    if not folder.exists():
        return {}
    state = {".": ("dir", folder.stat().st_mtime_ns)}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_dir():
            state[rel] = ("dir", p.stat().st_mtime_ns)
        else:
            state[rel] = (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
    return state


def temp_leftovers(folder: Path) -> list[str]:
    return sorted(p.as_posix() for p in folder.rglob(".*") if p.name.endswith(".tmp") or ".old" in p.name)


def make_corpus(folder: Path, files: dict) -> Path:
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    # backdate everything, so that a rewrite in place would show in the mtimes
    for p in [*folder.iterdir(), folder]:
        os.utime(p, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return folder


def check_one_line(err: str, stage: str, named: str, words) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one stderr line, got {lines!r}"
    line = lines[0]
    assert line.startswith(f"usp-research {stage}: error: {named}: "), line
    message = line[len(f"usp-research {stage}: error: {named}: "):]
    problem, _, fix = message.partition(". ")
    assert problem and fix, f"no fix after the problem: {line}"
    for w in words:
        assert w in message, f"{w!r} not in {message!r}"
    return line


@pytest.fixture(scope="module")
def good_outputs(tmp_path_factory) -> Path:
    """Derived outputs of a good run, to pre-populate the derived folder."""
    base = tmp_path_factory.mktemp("good")
    make_corpus(base / "corpus", {"earlier.txt": ARTICLE})
    assert cli.main(["corpus", "--corpus-dir", str(base / "corpus"), "--derived-dir", str(base / "derived")]) == 0
    return base / "derived"


# --- the corpus stage on every case -----------------------------------------------------------

@pytest.mark.parametrize("derived_before", ["none", "good-run"])
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_corpus_stage(case: Case, derived_before: str, tmp_path, capsys, good_outputs):
    corpus_dir = make_corpus(tmp_path / "in", case.files)
    derived = tmp_path / "out"
    if derived_before == "good-run":
        shutil.copytree(good_outputs, derived)
    in_before, out_before = snapshot(corpus_dir), snapshot(derived)

    status = cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(derived)])
    captured = capsys.readouterr()

    assert status == case.status, captured.err
    assert snapshot(corpus_dir) == in_before, "the corpus folder was modified"
    assert temp_leftovers(tmp_path) == []
    assert captured.out == ""
    if case.status == 2:
        named = str(corpus_dir) if case.culprit == "." else f"{corpus_dir}/{case.culprit}"
        check_one_line(captured.err, "corpus", named, case.words)
        assert snapshot(derived) == out_before, "a refused run changed the derived folder"
        return
    assert captured.err == ""
    docs = pd.read_csv(derived / "corpus" / "documents.csv", keep_default_na=False, dtype=str)
    assert sorted(p.name for p in (derived / "corpus").iterdir()) == [
        "anchors.csv", "clean", "cleaning_log.csv", "documents.csv", "sentences.csv"]
    assert sorted(p.stem for p in (derived / "corpus" / "clean").iterdir()) == sorted(docs.doc_id)
    for doc_id, (present, absent) in case.clean.items():
        text = (derived / "corpus" / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
        assert all(s in text for s in present) and not any(s in text for s in absent), text
    for doc_id, values in case.meta.items():
        row = docs.set_index("doc_id").loc[doc_id]
        assert {k: row[k] for k in values} == values
    sents = pd.read_csv(derived / "corpus" / "sentences.csv", keep_default_na=False)
    for r in sents.itertuples():
        clean = (derived / "corpus" / "clean" / f"{r.doc_id}.txt").read_text(encoding="utf-8")
        assert clean[r.start:r.end] == r.text != ""


def test_a_few_cases_as_a_real_process(tmp_path):
    """The same through `python -m usp_research`: nothing else reaches stderr (no warnings, no progress bar)."""
    by_id = {c.id: c for c in CASES}
    for cid in ("pdf-without-nul-renamed-txt", "windows-1252", "sources-bad-date", "html-with-scripts-and-styles"):
        case = by_id[cid]
        corpus_dir = make_corpus(tmp_path / cid / "in", case.files)
        before = snapshot(corpus_dir)
        proc = subprocess.run([sys.executable, "-m", "usp_research", "corpus", "--corpus-dir", str(corpus_dir),
                               "--derived-dir", str(tmp_path / cid / "out")],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert proc.returncode == case.status, proc.stderr
        assert snapshot(corpus_dir) == before
        if case.status:
            check_one_line(proc.stderr, "corpus", f"{corpus_dir}/{case.culprit}", case.words)
            assert not (tmp_path / cid / "out").exists()
        else:
            assert proc.stderr == ""


@pytest.mark.parametrize("line", ["Auguſt 5, 2020", "5 Aprıl 2020"])
def test_month_name_with_a_look_alike_letter(line, tmp_path, capsys):
    corpus_dir = make_corpus(tmp_path / "in", {"article.txt": f"{line}\n\n{ARTICLE}"})
    assert cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(tmp_path / "out")]) == 0


# --- outputs are replaced whole, or not at all -------------------------------------------------

def test_failure_while_writing_keeps_the_previous_outputs(tmp_path, capsys, good_outputs, monkeypatch):
    corpus_dir = make_corpus(tmp_path / "in", article())
    derived = tmp_path / "out"
    shutil.copytree(good_outputs, derived)
    before = snapshot(derived / "corpus")  # (derived itself gets a new mtime: the temp folder came and went)
    calls = []

    def failing_write_csv(path, df, columns=None):
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write_csv(path, df, columns)

    real_write_csv = corpus.write_csv
    monkeypatch.setattr(corpus, "write_csv", failing_write_csv)
    with pytest.raises(OSError):
        cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(derived)])
    assert len(calls) == 2
    assert snapshot(derived / "corpus") == before and temp_leftovers(tmp_path) == []
    assert sorted(p.name for p in derived.iterdir()) == ["corpus"]


def test_derived_corpus_folder_with_foreign_files_is_refused(tmp_path, capsys):
    corpus_dir = make_corpus(tmp_path / "in", article())
    mine = tmp_path / "out" / "corpus"
    mine.mkdir(parents=True)
    (mine / "my_notes.docx").write_bytes(b"precious")
    before = snapshot(tmp_path / "out")
    assert cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(tmp_path / "out")]) == 2
    check_one_line(capsys.readouterr().err, "corpus", str(mine),
                   ("holds files the corpus stage did not make (my_notes.docx)", "choose an empty DERIVED_DIR"))
    assert snapshot(tmp_path / "out") == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path, capsys):
    corpus_dir = make_corpus(tmp_path / "in", article(**{"locked.txt": ARTICLE}))
    (corpus_dir / "locked.txt").chmod(0)
    try:
        assert cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(tmp_path / "out")]) == 2
        check_one_line(capsys.readouterr().err, "corpus", f"{corpus_dir}/locked.txt", ("cannot be read", "chmod"))
    finally:
        (corpus_dir / "locked.txt").chmod(0o644)
    assert not (tmp_path / "out").exists()


# --- the corpus stage's codebooks, through the command line -----------------------------------

BOILERPLATE_HEADER = "rule_id,scope,pattern,reason,example\n"
CODEBOOK_CASES = [
    ("boilerplate-short-row", "boilerplate.csv", BOILERPLATE_HEADER + "promo,line\n",
     ("line 2 has 2 fields but the header has 5", "Put quotes around values")),
    ("boilerplate-bad-regex", "boilerplate.csv", BOILERPLATE_HEADER + "promo,line,(unclosed,a promotion,\n",
     ("row 2: bad regular expression", "Fix the pattern")),
    ("boilerplate-unknown-scope", "boilerplate.csv", BOILERPLATE_HEADER + "promo,page,Subscribe,a promotion,\n",
     ("row 2: unknown scope 'page'", "Use one of line, byline")),
    ("boilerplate-missing-column", "boilerplate.csv", "rule_id,scope,reason\npromo,line,x\n",
     ("lacks the column(s) pattern", "Give it the header row")),
    ("boilerplate-windows-1252", "boilerplate.csv", (BOILERPLATE_HEADER + "promo,line,Caf\u00e9,x,\n").encode("cp1252"),
     ("not valid UTF-8", "Re-save it as UTF-8")),
    ("abbreviations-unknown-kind", "abbreviations.csv", "abbreviation,kind,notes\nGen,titel,\n",
     ("line 2: unknown kind 'titel' for 'Gen'", "Use one of title, number, month, always")),
    ("abbreviations-short-row", "abbreviations.csv", "abbreviation,kind,notes\nGen\n",
     ("line 2 has 1 fields but the header has 3", "Put quotes")),
    ("abbreviations-final-period", "abbreviations.csv", "abbreviation,kind,notes\nGen.,title,\n",
     ("line 2: abbreviation 'Gen.' is not a word", "without its final period")),
    ("abbreviations-twice", "abbreviations.csv", "abbreviation,kind,notes\nGen,title,\ngen,title,\n",
     ("line 3: 'gen' is already listed on line 2", "List each abbreviation once")),
    ("ok-doubles-two-words", "doubled_words_ok.txt", "# grammatical doubles\nhad had\n",
     ("line 2: 'had had' is not a single word", "Write one word per line")),
    ("ok-doubles-utf16", "doubled_words_ok.txt", codecs.BOM_UTF16_LE + "had\n".encode("utf-16-le"),
     ("UTF-16", "Re-save it as UTF-8")),
]


@pytest.mark.parametrize("name, data, words", [c[1:] for c in CODEBOOK_CASES], ids=[c[0] for c in CODEBOOK_CASES])
def test_corpus_codebook_with_a_malformed_row(name, data, words, tmp_path, capsys, monkeypatch):
    books = tmp_path / "codebooks"
    books.mkdir()
    for f in corpus.CODEBOOK_FILES.values():
        shutil.copy(CODEBOOKS / f, books / f)
    (books / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    monkeypatch.setattr(corpus, "CODEBOOKS", books)
    corpus_dir = make_corpus(tmp_path / "in", article())
    before = snapshot(tmp_path / "in"), snapshot(books)
    assert cli.main(["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(tmp_path / "out")]) == 2
    check_one_line(capsys.readouterr().err, "corpus", str(books / name), words)
    assert (snapshot(tmp_path / "in"), snapshot(books)) == before
    assert not (tmp_path / "out").exists()


def test_the_project_codebooks_load_through_the_checks():
    rules, ok, abbrev = corpus.load_codebooks()
    assert rules and "had" in ok and abbrev["gen"] == "title"


# --- every codebook loader on a malformed row ---------------------------------------------------

def header_of(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0] + "\n"


LOADER_CASES = [
    pytest.param(boilerplate.load_rules, "boilerplate.csv", BOILERPLATE_HEADER + "promo,line,(x,r,\n",
                 ("bad regular expression", "Fix the pattern"), id="boilerplate.load_rules-bad-regex"),
    pytest.param(boilerplate.load_rules, "boilerplate.csv", BOILERPLATE_HEADER + "promo,line\n", ("line 2",),
                 id="boilerplate.load_rules-short-row"),
    pytest.param(lambda p: events.load_event_types(str(p)), "event_types.csv",
                 header_of(CODEBOOKS / "event_types.csv") + "agreement,,,\n",
                 ("row 2 lacks event_type or triggers", "Fill both columns"), id="events.load_event_types-empty"),
    pytest.param(lambda p: events.load_event_types(str(p)), "event_types.csv", "event_type,triggers\nagreement,deal\n",
                 ("definition",), id="events.load_event_types-missing-column"),
    pytest.param(lambda p: chronology.load(str(p)), "chronology.csv",
                 header_of(REFERENCE / "chronology.csv") + "x,2001-13-01,2001,year,l,aid,,,,t,u,n\n",
                 ("bad dates", "Use ISO dates"), id="chronology.load-bad-date"),
    pytest.param(lambda p: chronology.load(str(p)), "chronology.csv",
                 header_of(REFERENCE / "chronology.csv") + "x,2001\n", ("line 2",), id="chronology.load-short-row"),
    pytest.param("actors", "actors.csv", header_of(CODEBOOKS / "actors.csv") + "USA,state\n",
                 ("line 2: expected 7 fields", "Quote fields"), id="actors.load_codebook-short-row"),
    pytest.param("themes", "themes.csv", header_of(CODEBOOKS / "themes.csv") + "x,y\n",
                 ("line 2: wrong number of fields", "Quote fields"), id="themes.load_codebook-short-row"),
    pytest.param(lambda p: segment.load_abbreviations(str(p)), "abbreviations.csv", "abbreviation,kind\nMr,titel\n",
                 ("unknown kind 'titel'", "Use one of"), id="segment.load_abbreviations-bad-kind"),
    pytest.param(lambda p: segment.load_abbreviations(str(p)), "abbreviations.csv", "abbrev,kind\nMr,title\n",
                 ("lacks the column(s) abbreviation", "Give it the header row"),
                 id="segment.load_abbreviations-missing-column"),
    pytest.param(repair.load_ok_doubles, "doubled_words_ok.txt", "had had\n", ("not a single word", "one word per line"),
                 id="repair.load_ok_doubles-two-words"),
    pytest.param(repair.load_ok_doubles, "doubled_words_ok.txt", "caf\u00e9\n".encode("cp1252"),
                 ("not valid UTF-8", "Re-save it as UTF-8"), id="repair.load_ok_doubles-windows-1252"),
    pytest.param("timex", "named_periods.csv", header_of(CODEBOOKS / "named_periods.csv")
                 + "cold_war,Cold War,19x7,1991,year,c,n,period\n", ("cold_war",), id="timex.load_periods-bad-value"),
    pytest.param("timex", "named_periods.csv", header_of(CODEBOOKS / "named_periods.csv")
                 + "cold_war,Cold War,1947,1991,year,c,n,epoch\n", ("epoch", "era"), id="timex.load_periods-bad-kind"),
    pytest.param("timex", "named_periods.csv", header_of(CODEBOOKS / "named_periods.csv") + "cold_war,Cold War\n",
                 ("line 2",), id="timex.load_periods-short-row"),
]


@pytest.mark.parametrize("loader, name, data, words", LOADER_CASES)
def test_codebook_loader_refuses_a_malformed_row(loader, name, data, words, tmp_path):
    if loader == "actors":
        from usp_research import actors
        loader = actors.load_codebook
    elif loader == "themes":
        from usp_research import themes
        loader = lambda p: themes.load_codebook(p, CODEBOOKS / "theme_indicators.csv")  # noqa: E731
    elif loader == "timex":
        from usp_research import timex
        loader = timex.load_periods
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    with pytest.raises(InputError) as err:
        loader(path)
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    problem, _, fix = message[len(f"{path}: "):].partition(". ")
    assert problem and fix
    assert all(w in message for w in words), message


# --- the notebook runner's parameters ---------------------------------------------------------

NOTEBOOK = ROOT / "notebooks" / "00_corpus.ipynb"


def test_unknown_notebook_parameter(tmp_path, capsys):
    before = snapshot(NOTEBOOK.parent)
    out = tmp_path / "out" / "notebooks" / "00_corpus.ipynb"
    status = cli.main(["notebook", str(NOTEBOOK), str(out), "-p", "corpus_dir=data/raw/corpus", "-p", "colour=red"])
    assert status == 2
    check_one_line(capsys.readouterr().err, "notebook", str(NOTEBOOK),
                   ("has no parameter(s) colour", "Use one of: corpus_dir, derived_dir"))
    assert snapshot(NOTEBOOK.parent) == before
    assert not out.exists() and not out.with_suffix(".html").exists()
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.*"))


def test_notebook_parameter_without_a_value(tmp_path, capsys):
    status = cli.main(["notebook", str(NOTEBOOK), str(tmp_path / "nb.ipynb"), "-p", "colour"])
    assert status == 2 and len(capsys.readouterr().err.splitlines()) == 1


# --- end to end: make all on a folder with a bad file -----------------------------------------

@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_all_stops_with_one_line_and_no_partial_output(tmp_path):
    corpus_dir = make_corpus(tmp_path / "articles", {"good.txt": ARTICLE, "scan.txt": tiny_pdf(with_nul=False)})
    derived = tmp_path / "out"
    before = snapshot(corpus_dir)
    # `-o .venv/.installed`: never rebuild the project's virtualenv from inside a test, whatever the mtimes
    proc = subprocess.run(["make", "-o", ".venv/.installed", "all", f"CORPUS_DIR={corpus_dir}", f"DERIVED_DIR={derived}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    ours = [ln for ln in proc.stderr.splitlines() if not ln.startswith("make")]
    assert len(ours) == 1, proc.stderr
    assert ours[0].startswith(f"usp-research corpus: error: {corpus_dir}/scan.txt: looks like a PDF document")
    assert "Convert it to text first" in ours[0]
    assert snapshot(corpus_dir) == before
    left = sorted(p.relative_to(derived).as_posix() for p in derived.rglob("*")) if derived.exists() else []
    assert left == [], left
