"""Repairs: exact before/after for doubled words, markup and broken lines."""
from usp_research import repair

OK = repair.load_ok_doubles()


def test_doubled_words_keep_first_case_and_are_logged():
    text, log = repair.fix_doubled_words("The the United States and the the Taliban.", OK)
    assert text == "The United States and the Taliban."
    assert [(r.before, r.after) for r in log] == [("The the", "The"), ("the the", "the")]


def test_grammatical_doubles_are_left_alone():
    text, log = repair.fix_doubled_words("She had had enough; he said that that was wrong.", OK)
    assert log == [] and text == "She had had enough; he said that that was wrong."


def test_no_false_doubles_across_words():
    assert repair.fix_doubled_words("the theory of the thesis", OK) == ("the theory of the thesis", [])


def test_bullets_and_markdown():
    assert repair.strip_markup("• Political Dependency", "txt")[0] == "Political Dependency"
    text, log = repair.strip_markup("## The **1954** pact, see [SEATO](http://x.org) and *CENTO*", "md")
    assert text == "The 1954 pact, see SEATO and CENTO"
    assert [r.reason for r in log][0] == "Markdown heading marker removed"
    assert repair.strip_markup("3 * 4 and snake_case_name", "md")[0] == "3 * 4 and snake_case_name"


def test_broken_line_continues_only_mid_sentence():
    long = ("The United States has renewed its engagement with Pakistan. The resurgence of militant groups "
            "like the Tehreek-e-Taliban Pakistan (TTP) has positioned")
    assert repair.continues(long, "Pakistan as a critical player in counterterrorism efforts.")
    assert not repair.continues(long + ".", "Pakistan as a critical player.")
    assert not repair.continues("Why the Relationship With Washington Still Matters to Islamabad Today", "The aid flowed.")


def test_hard_wrapped_lines_of_a_pdf_extract_join():
    assert repair.continues("Over the past two decades the United States has given Pakistan", "more than $34 billion.")
    assert repair.continues("Most of the money was tied to", "Pakistan's role in the War on Terror.")
    assert repair.continues("CSF alone made up about 42 percent of", "the total.")
    assert repair.continues("The Pentagon has withheld part of it and then", "$300 million in FY2016 went back.")
    assert repair.continues("The decline was steepest between 2013 and", "2016. After the floods, aid rose.")
    assert not repair.continues("Rebalancing the Ledger:", "US Assistance to Pakistan since 2001")
    assert not repair.continues("ATLANTIC-INDUS POLICY FORUM", "Research Report No. 9 | March 2021")
    assert not repair.continues("The aid programme has several parts", "2. THE SCALE OF ASSISTANCE")


def test_words_broken_by_a_hyphen_at_a_line_end():
    assert repair.dehyphenate("security-related pro-", "grammes and nearly $11.3 billion") == (
        "security-related programmes and nearly $11.3 billion")
    assert repair.dehyphenate("a well-", "known figure") == "a well-known figure"
    assert repair.dehyphenate("the pro-", "Western camp") is None  # capital: a real hyphen
    assert repair.dehyphenate("1998-", "99 budget") is None


def test_a_hard_wrapped_text_rejoins_lines_that_stopped_only_at_the_margin():
    raw = ["    (1) AMOUNT.—Of the funds appropriated by title VIII of this Act,",
           "  $850,000,000 shall be made available for the Pakistan Counterinsurgency",
           "  Capability Fund for fiscal year 2012, to remain available until",
           "  September 30, 2013, of which not less than $50,000,000 shall be made",
           "  available to train and equip the Frontier Corps.",
           "    (2) LIMITATION.—Funds made available under paragraph (1) may not be",
           "  used to reimburse the Government of Pakistan for logistical support,",
           "  which shall remain a charge to the Coalition Support Fund.",
           "    (3) REPORT.—The Secretary of State shall report to the Committees on",
           "  Appropriations on the uses of these funds within ninety days."]
    soft = repair.soft_breaks(raw)
    assert {1, 2, 3, 4, 6, 7, 9} <= soft and not {5, 8} & soft  # a deeper indent opens a paragraph
    # a text written one paragraph per line is not hard-wrapped
    assert repair.soft_breaks(["A short line.", "A much longer paragraph " * 8] * 5) == frozenset()


def test_inline_html_in_markdown_is_removed_and_a_talk_page_signature_is_found():
    line, fixes = repair.strip_markup("<sub>Exported from Assistant · 14 May 2024</sub>", "md")
    assert line == "Exported from Assistant · 14 May 2024" and len(fixes) == 2
    assert repair.strip_markup("a <b>x</b> < y", "txt")[0] == "a <b>x</b> < y"  # only Markdown
    line = "Any objections? — Kharian_reader (talk) 09:14, 12 June 2023 (UTC)"
    assert repair.comment_signature(line) == (15, "2023-06-12")
    assert repair.comment_signature("Agreed. Ayesha.q (talk · contribs) 17:02, 3 July 2023 (UTC)") == (7, "2023-07-03")
    assert repair.comment_signature("He spoke at 09:14, 12 June 2023 (UTC), in Kabul.") is None
    # without a dash the user name is one to three words after a sentence end, never the comment's words
    line = "I think the figure in the lead is wrong and should go. Ayesha.q (talk) 17:02, 3 July 2023 (UTC)"
    assert line[:repair.comment_signature(line)[0]] == "I think the figure in the lead is wrong and should go."
    assert repair.comment_signature("the total and counts Coalition Support Fund (talk) 17:02, 3 July 2023 (UTC)") is None
    # a <br> reads as a space and a superscript footnote mark goes with its tags
    assert repair.strip_markup("2012.<br>Pakistan in 2011<sup>4</sup> and $800 million<sup>5</sup>", "md")[0] == \
        "2012. Pakistan in 2011 and $800 million"
