"""Property tests (hypothesis) for the corpus-stage parts that had none: segmentation, cleaning,
boilerplate detection and doubled-word repair must never crash on arbitrary text and must keep
their offset and length invariants."""
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usp_research import boilerplate, corpus, repair, segment
from usp_research.errors import InputError

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

RULES = boilerplate.load_rules()
OK = repair.load_ok_doubles()
ABBREV = segment.load_abbreviations()

# Arbitrary Unicode (surrogates excluded: they cannot be written as UTF-8), mixed with the
# characters the rules care about so that abbreviations, initials, quotes and dates turn up.
_PIECES = st.sampled_from([
    "U.S.", "A.Q. Khan", "Gen.", "Mr.", "No. 5", "Jan. 2011", "e.g.", "the the", "The", "It",
    ". ", "! ", "? ", "… ", "...", "\u201c", "\u201d", "\u2019", "(", ")", "[", "]", "\"", "'",
    "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u200b", "\u00ad", "\ufeff", "#", "*", "- ", "• ",
    "24 July 2025", "2025-07-24", "By Sara Malik", "Subscribe to our newsletter", "Explore Now!",
    "Share on Facebook", "Pakistan", "United States", " ", "ſ", "İ", "ß", "K", "\u0301", "١٢",
])
TEXT = st.lists(st.one_of(st.text(st.characters(exclude_categories=("Cs",)), max_size=12), _PIECES),
                max_size=40).map("".join)
LINES = st.lists(st.one_of(TEXT, _PIECES), max_size=25)


def check_spans(text, spans):
    prev_end = 0
    for s, e in spans:
        assert 0 <= prev_end <= s < e <= len(text)
        piece = text[s:e]
        assert piece and piece == piece.strip()
        prev_end = e


@SETTINGS
@given(TEXT)
def test_split_sentences_offsets_are_sorted_disjoint_and_trimmed(text):
    check_spans(text, segment.split_sentences(text, ABBREV))


@SETTINGS
@given(TEXT)
def test_split_sentences_covers_every_visible_character(text):
    spans = segment.split_sentences(text, ABBREV)
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@SETTINGS
@given(TEXT, st.sampled_from(["txt", "md", "html"]))
def test_clean_lines_never_raises_and_keeps_no_empty_paragraph(text, fmt):
    paragraphs, log, found, entries = corpus.clean_lines(text, fmt, RULES, OK)
    assert all(p and p == p.strip() and "\n" not in p for p in paragraphs)
    assert all(e.action in ("drop", "repair") and e.line_no >= 1 for e in log)


@SETTINGS
@given(TEXT, st.sampled_from([".txt", ".md"]))
def test_build_document_on_arbitrary_text_raises_only_input_error(text, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(text.encode("utf-8"))
        try:
            doc = corpus.build_document(path, None, RULES, OK, ABBREV)
        except InputError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)
            return
    assert doc.text.endswith("\n") and doc.sentences
    ends = [0]
    for s in doc.sentences:
        piece = doc.sentence_text(s)
        assert piece and piece == piece.strip()
        assert s.start >= ends[-1]
        ends.append(s.end)
    assert [s.sent_id for s in doc.sentences] == list(range(1, len(doc.sentences) + 1))


BYTES = st.tuples(st.sampled_from([b"", b"%PDF-1.4\n", b"\xef\xbb\xbf", b"\xff\xfe", b"PK\x03\x04", b"<html>",
                                    b"\x89PNG\r\n\x1a\n", b"{\\rtf1 "]),
                   st.binary(max_size=200), TEXT.map(lambda t: t.encode("utf-8"))).map(lambda t: b"".join(t))


@SETTINGS
@given(BYTES, st.sampled_from([".txt", ".md"]))
def test_build_document_on_arbitrary_bytes_raises_only_a_one_line_input_error(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        try:
            doc = corpus.build_document(path, None, RULES, OK, ABBREV)
        except InputError as exc:
            message = str(exc)
            assert message.startswith(f"{path}: ") and "\n" not in message
            assert exc.problem and exc.fix
            return
    assert all(doc.sentence_text(s) == doc.sentence_text(s).strip() != "" for s in doc.sentences)


@SETTINGS
@given(LINES)
def test_boilerplate_find_never_raises_and_drops_valid_lines(lines):
    lines = [corpus.normalise_line(ln) for ln in lines]
    found = boilerplate.find(lines, RULES)
    assert all(isinstance(i, int) and 0 <= i < len(lines) and lines[i] for i in found.drops)
    assert all(isinstance(r, str) and r for r in found.drops.values())


@SETTINGS
@given(TEXT)
def test_fix_doubled_words_never_lengthens_and_logs_each_change(line):
    fixed, repairs = repair.fix_doubled_words(line, OK)
    assert len(fixed) <= len(line)
    assert len(line) - len(fixed) == sum(len(r.before) - len(r.after) for r in repairs)
    assert len(repair.fix_doubled_words(line, frozenset())[0]) <= len(line)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["In 2011,", "the US", "signed", "a deal", "later that year", "May 1954",
                                   "Pakistan", "since 2002", "will", "“quoted words here”", ".", "\n\n", "9/11",
                                   "between 2002 and 2009", "Trump said"]), max_size=40).map(" ".join))
def test_events_never_raise_and_stay_inside_their_sentence(text):
    from usp_research import events, timex
    from usp_research.segment import split_sentences

    sents = [(i, s, e) for i, (s, e) in enumerate(split_sentences(text), start=1)]
    found = events.extract(text, sents, timex.tag(text), [], {}, frozenset(), frozenset())
    bounds = {(s, e) for _, s, e in sents}
    for ev in found:
        assert (ev.start, ev.end) in bounds
        assert ev.date_start and (not ev.date_end or ev.date_start[:4] <= ev.date_end[:4])
