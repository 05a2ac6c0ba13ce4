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
