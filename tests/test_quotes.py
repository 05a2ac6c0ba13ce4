"""Direct quotations and their speakers: attribution patterns, scare quotes, corpus cases, properties."""
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usp_research.actors import find_mentions, load_codebook, sentence_spans
from usp_research.paths import ROOT
from usp_research.quotes import Quote, find_quotes

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
CLEAN = ROOT / "data" / "derived" / "corpus" / "clean"
CODEBOOK = load_codebook()


def quotes(text):
    return find_quotes(text, sentence_spans(text), find_mentions(text, CODEBOOK), CODEBOOK)


def summary(text):
    return [(q.text, q.speaker, q.speaker_actor_id, q.confidence, q.attribution_text) for q in quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # after the quote
    ("“We will not accept this,” Trump said.",
     [("“We will not accept this,”", "Trump", "P_TRUMP", "high", "Trump said")]),
    ("“We will not accept this,” said Trump.",
     [("“We will not accept this,”", "Trump", "P_TRUMP", "high", "said Trump")]),
    ("Ishaq Dar met reporters. “The talks were very productive,” he said.",
     [("“The talks were very productive,”", "Ishaq Dar", "P_DAR", "medium", "he said")]),
    ("“Why should we trust them again?” Imran Khan asked.",
     [("“Why should we trust them again?”", "Imran Khan", "P_IMRAN_KHAN", "high", "Imran Khan asked")]),
    ("“Pakistan remains a key partner in the region,” according to Marco Rubio.",
     [("“Pakistan remains a key partner in the region,”", "Marco Rubio", "P_RUBIO", "high",
       "according to Marco Rubio")]),
    ("“We have no interest in a new war here” - Marvin Weinbaum",
     [("“We have no interest in a new war here”", "Marvin Weinbaum", "P_WEINBAUM", "high", "- Marvin Weinbaum")]),
    ("“We have no interest in a new war here” — Kurilla, CENTCOM commander",
     [("“We have no interest in a new war here”", "Kurilla", "P_KURILLA", "high", "— Kurilla")]),
    # before the quote
    ("Trump said: “Pakistan has been a great partner.”",
     [("“Pakistan has been a great partner.”", "Trump", "P_TRUMP", "high", "Trump said")]),
    ("Blinken arrived late. He stated, “The partnership is strong.”",
     [("“The partnership is strong.”", "Blinken", "P_BLINKEN", "medium", "He stated")]),
    ("According to Blinken, “the relationship is at a turning point.”",
     [("“the relationship is at a turning point.”", "Blinken", "P_BLINKEN", "high", "According to Blinken")]),
    ("Kurilla praised the army. He stated,\n\n“Pakistan has been a phenomenal partner in this fight.”",
     [("“Pakistan has been a phenomenal partner in this fight.”", "Kurilla", "P_KURILLA", "medium", "He stated")]),
    ("Trump stated,\n\n“These two very smart people decided not to keep going.” – Donald Trump",
     [("“These two very smart people decided not to keep going.”", "Donald Trump", "P_TRUMP", "high",
       "– Donald Trump")]),
    # inside the quote: one quotation
    ("“Our partnership,” Blinken said, “is strong and growing.”",
     [("“Our partnership,” Blinken said, “is strong and growing.”", "Blinken", "P_BLINKEN", "high", "Blinken said")]),
    ("“Our partnership,” said Antony Blinken, “is strong and growing.”",
     [("“Our partnership,” said Antony Blinken, “is strong and growing.”", "Antony Blinken", "P_BLINKEN", "high",
       "said Antony Blinken")]),
    # verb with an object before a (short) fragment: the caller is the speaker
    ("In a 2018 tweet, Trump accused Pakistan of giving “safe haven to the terrorists we hunt.”",
     [("“safe haven to the terrorists we hunt.”", "Trump", "P_TRUMP", "high", "Trump accused Pakistan of giving")]),
    ("Trump called the deal “a disaster.”", [("“a disaster.”", "Trump", "P_TRUMP", "high", "Trump called the deal")]),
    ("Biden labelled Pakistan “dangerous” in 2022.",
     [("“dangerous”", "Biden", "P_BIDEN", "high", "Biden labelled Pakistan")]),
    # pronouns
    ("Trump met Munir in Washington. He said, “We had a very good meeting today.”",
     [("“We had a very good meeting today.”", "Munir", "P_MUNIR", "low",
       "He said [pronoun 'He' is ambiguous: Munir (P_MUNIR) or Trump (P_TRUMP)]")]),
    ("“We are committed to this fight,” she said.",
     [("“We are committed to this fight,”", "", "", "low",
       "she said [pronoun 'she' has no person antecedent in the two preceding sentences]")]),
    # unknown and unnamed speakers
    ("“The aid cuts will hurt ordinary people,” said Ayesha Siddiqa, a Pakistani analyst.",
     [("“The aid cuts will hurt ordinary people,”", "Ayesha Siddiqa", "", "high", "said Ayesha Siddiqa")]),
    ('"We are ready to help," a senior US official told reporters.',
     [('"We are ready to help,"', "a senior US official", "", "medium",
       "a senior US official told [unnamed speaker]")]),
    ("The White House said in a statement that “the president values the partnership.”",
     [("“the president values the partnership.”", "White House", "", "high",
       "White House said in a statement that")]),
    # single quotes: only a full clause with an attribution
    ("Khan told the rally: ‘We will not be anyone’s slave.’ The ‘establishment’ denies it.",
     [("‘We will not be anyone’s slave.’", "Khan", "", "high", "Khan told the rally")]),
    ("“He told me ‘never again’ and he meant it,” Dar said.",
     [("“He told me ‘never again’ and he meant it,”", "Dar", "", "high", "Dar said")]),
    # continuation and no attribution
    ("“We are committed to this,” Munir said. “There is no other way forward.”",
     [("“We are committed to this,”", "Munir", "P_MUNIR", "high", "Munir said"),
      ("“There is no other way forward.”", "Munir", "P_MUNIR", "medium", "[continues the quotation at 0]")]),
    ("The report ended: “the partnership has never been more fragile than now.”",
     [("“the partnership has never been more fragile than now.”", "", "", "low", "[no attribution found]")]),
])
def test_attribution_patterns(text, expected):
    assert summary(text) == expected


def test_conflict_is_flagged_not_resolved():
    text = ("Munir spoke next about the border. He said,\n\n"
            "“We will always defend our borders against anyone.” – Shehbaz Sharif")
    (q,) = quotes(text)
    assert (q.speaker, q.speaker_actor_id, q.confidence) == ("Shehbaz Sharif", "P_SHEHBAZ", "low")
    assert q.attribution_text == ("– Shehbaz Sharif [conflict: preceding attribution 'He said' points to Munir "
                                  "(P_MUNIR); the explicit trailing attribution is used]")
    assert text[q.attribution_start:q.attribution_end] == "– Shehbaz Sharif"


def test_exact_record():
    text = "ISLAMABAD — “Our partnership,” Blinken said, “is strong.” He added that talks would go on."
    assert quotes(text) == [Quote(12, 57, "“Our partnership,” Blinken said, “is strong.”", "Blinken", "P_BLINKEN",
                                  "Blinken said", 31, 43, "high")]


@pytest.mark.parametrize("text", [
    "Following 9/11, Pakistan became a frontline ally in the US-led “War on Terror,” marking a new chapter.",
    "Washington has warned Pakistan about the potential risks of falling into a “debt trap.”",
    "Washington keeps warning of a “debt trap.”",
    "Yet, Islamabad continues to pursue what it calls “strategic autonomy” a foreign policy approach.",
    "Finally, the reputational cost of being portrayed as a “duplicitous ally” has damaged Pakistan.",
    "Otherwise, it is destined to be lumped in with all the other “tactical romances.”",
    "The so-called “strategic partnership” remains elusive; critics call it a “transactional marriage.”",
    "The minister said the “door remains open.”",
    "“We will see,” they said.",
    "Pakistan’s ‘establishment’ and the Haqqanis’ ‘network’ of ‘safe havens’ remain.",
    "A quote with nothing inside: “” and an unclosed “ mark.",
])
def test_scare_quotes_are_not_quotations(text):
    assert quotes(text) == []


@pytest.mark.parametrize("name", ["wire_report.txt", "op_ed.txt", "transcript.txt"])
def test_fixture_texts(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    expected = pd.read_csv(FIXTURES / "expected.csv", keep_default_na=False, dtype=str)
    expected = expected[expected.file == name]
    got = [(str(q.start), str(q.end), q.speaker, q.speaker_actor_id, q.confidence, str(q.attribution_start),
            str(q.attribution_end), q.attribution_text) for q in quotes(text)]
    assert got == [tuple(r[1:]) for r in expected.itertuples(index=False)]
    assert all(q.text[0] in "“\"‘" for q in quotes(text))


def test_op_ed_scare_quotes_skipped():
    text = (FIXTURES / "op_ed.txt").read_text(encoding="utf-8")
    found = " ".join(q.text for q in quotes(text))
    for scare in ("betrayal", "transactional marriage", "strategic autonomy", "debt trap", "War on Terror",
                  "distant memory"):
        assert scare not in found


# --- the project corpus -----------------------------------------------------------------------

def corpus_quotes(doc_id):
    text = (CLEAN / f"{doc_id}.txt").read_text(encoding="utf-8")
    sents = pd.read_csv(ROOT / "data" / "derived" / "corpus" / "sentences.csv")
    spans = [(r.start, r.end) for r in sents[sents.doc_id == doc_id].itertuples()]
    return text, find_quotes(text, spans, find_mentions(text, CODEBOOK), CODEBOOK)


def test_shifting_sands():
    text, found = corpus_quotes("shifting-sands")
    assert [(q.start, q.end, q.speaker, q.speaker_actor_id, q.confidence) for q in found] == [
        (1045, 1083, "Trump", "P_TRUMP", "medium"),             # Trump’s ... criticism, in which he called Pakistan “…”
        (3947, 4045, "Donald Trump", "P_TRUMP", "high"),
        (4724, 4825, "Donald Trump", "P_TRUMP", "low"),         # "He stated," (Kurilla) vs "– Donald Trump"
        (5007, 5145, "Kurilla", "P_KURILLA", "high"),
        (5598, 5672, "Marvin Weinbaum", "P_WEINBAUM", "high"),
        (5820, 5902, "Marvin Weinbaum", "P_WEINBAUM", "high"),
        (6425, 6553, "Raza Ahmad Rumi", "P_RUMI", "high"),
    ]
    assert found[0].text == "“one of the most dangerous countries.”"
    assert found[0].attribution_text == "he called Pakistan"
    assert found[1].text.startswith("“The reason I had him here") and found[1].attribution_text == "– Donald Trump"
    assert found[2].attribution_text == ("– Donald Trump [conflict: preceding attribution 'He stated' points to "
                                         "Michael E. Kurilla (P_KURILLA); the explicit trailing attribution is used]")
    assert "“tactical romances.”" in text and not any("tactical romances." in q.text for q in found)


def test_shifting_dynamics():
    text, found = corpus_quotes("shifting-dynamics")
    assert [(q.text, q.speaker, q.speaker_actor_id, q.confidence, q.attribution_text) for q in found] == [
        ("“safe haven to the terrorists we hunt in Afghanistan, with little help in return.”", "Trump", "P_TRUMP",
         "high", "Trump accused Pakistan of giving"),
        ("“one of the most dangerous countries”", "President Biden", "P_BIDEN", "high",
         "President Biden’s comment in 2022 labeling Pakistan"),
    ]
    assert "“War on Terror,”" in text


@pytest.mark.parametrize("doc_id", ["pakistan-us-tightrope", "political-security-repercussions",
                                    "renewed-engagement"])
def test_corpus_documents_without_quotations(doc_id):
    assert corpus_quotes(doc_id)[1] == []  # only scare quotes: “debt trap.”, “strategic autonomy”, “duplicitous ally”


# --- properties -------------------------------------------------------------------------------

_PIECES = ["“", "”", "‘", "’", '"', "'", " – ", " - ", "—", ",", ".", ":", "?", "\n", "\n\n", " ", " said ",
           " he ", " she ", "He stated,", " according to ", "Trump", "Donald Trump", "Kurilla", "Munir", "US",
           "Pakistan", "the", "called", "accused", "of", "what it calls", "Blinken said", "We are here", "[", "]",
           "(", ")", "Marvin Weinbaum", "they", "Officials", "’s"]
_SOUP = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=4)), max_size=80).map("".join)


def _check(text, sentence_spans_arg):
    found = find_quotes(text, sentence_spans_arg, None, CODEBOOK)
    for q in found:
        assert text[q.start:q.end] == q.text and q.start < q.end
        assert q.confidence in ("high", "medium", "low")
        assert 0 <= q.attribution_start <= q.attribution_end <= len(text)
        assert q.attribution_text.startswith(text[q.attribution_start:q.attribution_end])
        assert q.speaker or q.confidence == "low"
        assert not q.speaker_actor_id or q.speaker_actor_id in CODEBOOK
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=300, deadline=None)
@given(_SOUP)
def test_quote_soup_never_raises(text):
    _check(text, sentence_spans(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    _check(text, sentence_spans(text))


@settings(max_examples=100, deadline=None)
@given(_SOUP, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=8))
def test_arbitrary_sentence_spans_never_raise(text, spans):
    _check(text, spans)
