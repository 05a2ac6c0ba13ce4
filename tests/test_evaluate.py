"""The scoring harness: where a hand-copied gold context is found in the cleaned text."""
from types import SimpleNamespace

from usp_research import evaluate as ev


def doc(text):
    return SimpleNamespace(text=text)


def test_a_context_is_found_as_written_without_markup_or_with_a_broken_word_rejoined():
    d = doc("Intro.\n\nThe agreement was signed on February 25, when he told newsmen.")
    assert ev.locate(d, "signed on Febru-\nary 25, when he", "Febru-\nary 25") == (
        d.text.index("February 25"), d.text.index("February 25") + len("February 25"))
    d = doc("$397 million: the FY2014 figure.")
    assert ev.locate(d, "**$397 million**: the FY2014 figure.", "$397 million") == (0, 12)


def test_a_context_copied_from_one_wrapped_line_may_span_a_paragraph_break():
    d = doc("ANKARA.-The Turkish Grand National\n\nAssembly on Tuesday ratified the pact.")
    assert ev.locate(d, "The Turkish Grand National\nAssembly on Tuesday ratified", "Tuesday") == (
        d.text.index("Tuesday"), d.text.index("Tuesday") + 7)
    assert ev.locate(d, "The Turkish Grand National Assembly on Monday") is None


def test_splits_are_reported_dev_first_then_held_out_by_number():
    splits = ["heldout10", "dev", "heldout2", "dev8", "heldout", "dev10", "heldout9"]
    assert sorted(splits, key=ev.split_key) == ["dev", "dev8", "dev10", "heldout", "heldout2", "heldout9", "heldout10"]


def test_a_gold_context_with_caption_time_codes_matches_the_cleaned_captions():
    assert ev._norm("thank you for coming in thank you") in ev._variants("0:10\nthank you for coming in\n0:14\nthank you")


def test_a_gold_context_quoted_from_a_feed_or_a_sheet_matches_the_text_read_from_it():
    assert ev._norm("Pakistan’s report asks what & why.") in ev._variants("&lt;p&gt;Pakistan&#8217;s report asks what &amp;amp; why.")
    assert ev._norm('a lack of "decisive action"') in ev._variants('a lack of ""decisive action""')


def test_a_gold_context_quoted_from_wiki_markup_matches_the_visible_text():
    d = doc("Intro.\n\nIt became a frontline partner in the War on Terror after the attacks of 11 September 2001.")
    ctx = "It became a frontline partner in the [[War on Terror]] after the [[September 11 attacks|attacks of 11 September 2001]]."
    at = d.text.index("attacks of")
    assert ev.locate(d, ctx, "attacks of 11 September 2001") == (at, at + len("attacks of 11 September 2001"))
    assert ev.locate(d, "the [[Cold War]] years") is None  # markup is read, not skipped: the words must be there


def test_a_context_cut_inside_markdown_emphasis_is_still_located():
    from usp_research import corpus, evaluate
    doc = corpus.Document.__new__(corpus.Document)
    object.__setattr__(doc, "text", "Paying the Ally: Coalition Support Funds and Pakistan (Lahore: Sang-e-Meel, 2021).")
    at = evaluate.locate(doc, "Pakistan* (Lahore: Sang-e-Meel, 2021)", "2021")
    assert at is not None and doc.text[at[0]:at[1]] == "2021"


def test_a_context_copied_with_a_transcripts_margin_numbers_is_located():
    d = doc("A. That came out of the strategic dialogue. In October 2009 Congress had passed it.")
    assert ev.locate(d, "In\n14    October 2009 Congress had passed it.") is not None


def test_a_gold_file_the_pipeline_refuses_scores_as_all_misses_and_is_named(tmp_path):
    p = tmp_path / "all_table.txt"
    p.write_text("------\n\n======\n", encoding="utf-8")
    doc = ev.clean_doc(str(p))  # an absolute path: ROOT / path is the path itself
    assert doc.text == "" and doc.sentences == ()
    assert "no article text left" in ev.REFUSED[str(p)]
    assert ev.locate(doc, "any context") is None  # so its gold rows are unlocated: misses
