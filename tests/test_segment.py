"""Sentence splitting: exact spans; no breaks inside abbreviations, initials or acronyms."""
import pytest

from usp_research.segment import split_sentences


def sents(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("The A.Q. Khan network was exposed. Gen. Musharraf denied it.",
     ["The A.Q. Khan network was exposed.", "Gen. Musharraf denied it."]),
    ("Mr. Smith went to the U.S. The next day he left.",
     ["Mr. Smith went to the U.S.", "The next day he left."]),
    ("U.S. officials met No. 5 of the delegation. They agreed.",
     ["U.S. officials met No. 5 of the delegation.", "They agreed."]),
    ("General Michael E. Kurilla spoke. He praised Pakistan.",
     ["General Michael E. Kurilla spoke.", "He praised Pakistan."]),
    ("He called Pakistan “one of the most dangerous countries.” This new engagement arrives.",
     ["He called Pakistan “one of the most dangerous countries.”", "This new engagement arrives."]),
    ("Was it worth it? Critics say no! Others (e.g. Dr. Rumi) disagree.",
     ["Was it worth it?", "Critics say no!", "Others (e.g. Dr. Rumi) disagree."]),
    ("It fell in Jan. 2011 and rose by Sept. 2012.", ["It fell in Jan. 2011 and rose by Sept. 2012."]),
    ("Heading without a stop", ["Heading without a stop"]),
])
def test_sentences(text, expected):
    assert sents(text) == expected


def test_offsets_are_exact_and_trimmed():
    text = "  One.   Two?  "
    assert split_sentences(text) == [(2, 6), (9, 13)]


def test_incl_and_excl_do_not_end_a_sentence():
    assert len(sents("CRS total for FY02-18, incl. Coalition Support Fund (CSF): ~$34bn. Excl. CSF it is less.")) == 2


def test_a_reference_mark_after_the_full_stop_still_ends_the_sentence():
    t = "It was $31 billion.[4] The Act followed. He said so.³ Then aid fell. See [5] below."
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "It was $31 billion.[4]", "The Act followed.", "He said so.³", "Then aid fell.", "See [5] below."]
