"""Actor codebook, alias mentions and unknown names: exact spans, refusals, properties."""
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usp_research.actors import (Actor, Mention, UnknownName, find_mentions, load_codebook, sentence_spans,
                                 unknown_names)
from usp_research.errors import InputError
from usp_research.paths import ROOT

CLEAN = ROOT / "data" / "derived" / "corpus" / "clean"
HEADER = "actor_id,type,name,aliases,acts_for,role,notes\n"


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


def mentions(text, codebook):
    return [(m.text, m.actor_id) for m in find_mentions(text, codebook)]


# --- codebook ---------------------------------------------------------------------------------

def test_default_codebook(codebook):
    trump = codebook["P_TRUMP"]
    assert trump == Actor("P_TRUMP", "person", "Donald Trump", ("Donald J. Trump", "Donald Trump", "President Trump",
                                                                   "Trump"), "USA", "US President 2017–2021, 2025–")
    assert codebook["USA"].type == "state" and codebook["USA"].acts_for == ""
    aliases = [a for actor in codebook.values() for a in actor.aliases]
    assert len(aliases) == len(set(aliases))
    assert all(a.acts_for in codebook for a in codebook.values() if a.acts_for)
    for surname in ("Munir", "Kurilla", "Trump"):
        assert any(surname in a.aliases for a in codebook.values())


def test_small_codebook_from_path(tmp_path):
    p = tmp_path / "actors.csv"
    p.write_text(HEADER + "USA,state,United States,United States;US,,,\n"
                          "P_X,person,Jane Roe,Jane Roe;Roe,USA,Envoy,\"Note, with comma\"\n", encoding="utf-8")
    cb = load_codebook(p)
    assert list(cb) == ["USA", "P_X"]
    assert cb["P_X"].aliases == ("Jane Roe", "Roe") and cb["P_X"].acts_for == "USA"
    assert mentions("Roe met US officials.", cb) == [("Roe", "P_X"), ("US", "USA")]


@pytest.mark.parametrize("rows, expected", [
    ("USA,country,United States,US,,,\n", "line 2: type 'country'"),
    ("USA,state,United States,US;;America,,,\n", "line 2: empty or padded alias"),
    ("USA,state,United States,US; America,,,\n", "line 2: empty or padded alias"),
    ("USA,state,United States,US,,,\nUSA,state,America,America,,,\n", "line 3: duplicate actor_id 'USA'"),
    ("USA,state,United States,US,,,\nPAK,state,Pakistan,Pakistan;US,,,\n",
     "line 3: alias 'US' of PAK is already an alias of USA (line 2)"),
    ("P_X,person,Jane Roe,Roe,XYZ,,\n", "line 2: acts_for 'XYZ' of P_X is not an actor_id"),
    ("USA,state,United States,US,,,,extra\n", "line 2: expected 7 fields"),
    ("USA,state,United States,US\n", "line 2: expected 7 fields"),
    ("usa,state,United States,US,,,\n", "line 2: bad actor_id 'usa'"),
    ("USA,state,,US,,,\n", "line 2: empty or padded name"),
    ("USA,state,United States,US;US,,,\n", "line 2: repeated alias"),
])
def test_malformed_rows_name_the_line(tmp_path, rows, expected):
    p = tmp_path / "actors.csv"
    p.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_codebook(p)
    assert expected in str(err.value)
    assert str(p) in str(err.value)


def test_missing_columns_and_file(tmp_path):
    p = tmp_path / "actors.csv"
    p.write_text("actor_id,type,name\nUSA,state,United States\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        load_codebook(p)
    with pytest.raises(InputError, match="not found"):
        load_codebook(tmp_path / "none.csv")


# --- mentions ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Relations with the United States soured.", [("United States", "USA")]),
    ("Pakistan’s army and Washington's demands.", [("Pakistan", "PAK"), ("Washington", "USA")]),
    ("the US-led war, Pakistan–US ties and US-Pakistan talks",
     [("US", "USA"), ("Pakistan", "PAK"), ("US", "USA"), ("US", "USA"), ("Pakistan", "PAK")]),
    ("Let us talk about the US and USAID.", [("US", "USA"), ("USAID", "USAID")]),
    ("A loan of US$2 billion to Pakistan.", [("Pakistan", "PAK")]),
    ("the United States Central Command and US Central Command (CENTCOM)",
     [("United States Central Command", "CENTCOM"), ("US Central Command", "CENTCOM"), ("CENTCOM", "CENTCOM")]),
    ("The Pakistani Taliban and the Tehreek-i-Taliban Pakistan (TTP) differ from the Taliban.",
     [("Pakistani Taliban", "TTP"), ("Tehreek-i-Taliban Pakistan", "TTP"), ("TTP", "TTP"), ("Taliban", "AFG_TALIBAN")]),
    ("General Michael E. Kurilla met Munir; Kurilla and Trump agreed.",
     [("Michael E. Kurilla", "P_KURILLA"), ("Munir", "P_MUNIR"), ("Kurilla", "P_KURILLA"), ("Trump", "P_TRUMP")]),
    ("Trumpism, Pakistani pride and Americans", []),
    ("U.S.-led forces left; the U.S. withdrew.", [("U.S.", "USA"), ("U.S.", "USA")]),
    ("the A.Q. Khan network’s customers", [("A.Q. Khan", "P_AQ_KHAN")]),
    ("Islamic State – Khorasan Province and the Taliban-led state", [
        ("Islamic State – Khorasan Province", "ISKP"), ("Taliban", "AFG_TALIBAN")]),
])
def test_find_mentions(codebook, text, expected):
    assert mentions(text, codebook) == expected


def test_mention_spans_exact(codebook):
    text = "Ties between the United States and Pakistan’s army."
    assert find_mentions(text, codebook) == [Mention(17, 30, "United States", "USA"),
                                             Mention(35, 43, "Pakistan", "PAK")]


def test_corpus_mentions(codebook):
    text = (CLEAN / "shifting-sands.txt").read_text(encoding="utf-8")
    ms = find_mentions(text, codebook)
    people = {m.text: m.actor_id for m in ms if m.actor_id.startswith("P_")}
    assert people == {"Donald Trump": "P_TRUMP", "Trump": "P_TRUMP", "General Asim Munir": "P_MUNIR",
                      "Munir": "P_MUNIR", "Michael E. Kurilla": "P_KURILLA", "Kurilla": "P_KURILLA",
                      "Marvin Weinbaum": "P_WEINBAUM", "Raza Ahmad Rumi": "P_RUMI"}
    assert all(text[m.start:m.end] == m.text for m in ms)


def test_mentions_are_fast(codebook):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CLEAN.glob("*.txt"))) * 10
    find_mentions(text, codebook)
    t0 = time.perf_counter()
    ms = find_mentions(text, codebook)
    assert len(ms) > 3000
    assert time.perf_counter() - t0 < 2.0  # ~360 KB; typically well under 0.2 s


# --- unknown names ----------------------------------------------------------------------------

def names(text, codebook):
    return [u.text for u in unknown_names(text, find_mentions(text, codebook), sentence_spans(text))]


@pytest.mark.parametrize("text, expected", [
    ("Officials met in Abbottabad on Monday in May.", ["Abbottabad"]),
    ("Pakistani and American officials met. Security was tight.", []),
    ("He cited the Kerry-Lugar-Berman Act and the Bureau of Investigative Journalism.",
     ["Kerry-Lugar-Berman Act", "Bureau of Investigative Journalism"]),
    ("the China-Pakistan Economic Corridor and US Navy SEALs’ raid",
     ["China-Pakistan Economic Corridor", "US Navy SEALs"]),
    ("President Musharraf and Prime Minister Imran Khan met US President Donald Trump.", []),
    ("Marvin Smith, an analyst, spoke. Smith said it was over, Smith added.", ["Marvin Smith", "Smith"]),
    ("Accusing Pakistan of bad faith, Washington cut aid.", []),
    ("Recent Pakistani talks failed. It was the US-led War on Terror.", ["War on Terror"]),
    ("Shifting Sands: The New Dynamics of US-Pakistan Relations\n\nIt was said by I and you.", []),
    ("He went to “White House talks” at the White House.", ["White House", "White House"]),
    ("Supporters rallied for Khan in Lahore.", ["Khan", "Lahore"]),
    ("Khan’s supporters rallied.", []),  # sentence-initial single word: no evidence
])
def test_unknown_names(codebook, text, expected):
    assert names(text, codebook) == expected


def test_unknown_name_spans_exact(codebook):
    text = "Troops reached Abbottabad. The Cold War ended."
    assert unknown_names(text, find_mentions(text, codebook), sentence_spans(text)) == [
        UnknownName(15, 25, "Abbottabad"), UnknownName(31, 39, "Cold War")]


def test_unknown_names_in_corpus(codebook):
    sents = pd.read_csv(ROOT / "data" / "derived" / "corpus" / "sentences.csv")
    found = {}
    for p in sorted(CLEAN.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        spans = [(r.start, r.end) for r in sents[sents.doc_id == p.stem].itertuples()]
        found[p.stem] = [u.text for u in unknown_names(text, find_mentions(text, codebook), spans)]
    assert found["shifting-sands"] == ["Cold War", "White House", "Cold War"]
    assert found["shifting-dynamics"] == ["War on Terror", "War on Terror", "Cold War", "Pressler Amendment",
                                          "Cold War", "Kerry-Lugar Bill", "US Navy SEALs", "Abbottabad", "Murree",
                                          "Kashmir", "South Asia"]
    assert found["renewed-engagement"] == ["Kashmir", "South Asia", "Central Asia", "Middle East", "Asia", "Reko Diq",
                                           "China-Pakistan Economic Corridor", "Indo-Pacific"]
    assert "Khan" in found["pakistan-us-tightrope"]  # "Khan’s political base": bare Khan is not an alias
    assert "Kerry-Lugar-Berman Act" in found["political-security-repercussions"]


def test_sentence_spans_match_corpus_stage():
    sents = pd.read_csv(ROOT / "data" / "derived" / "corpus" / "sentences.csv")
    for p in sorted(CLEAN.glob("*.txt")):
        expected = [(r.start, r.end) for r in sents[sents.doc_id == p.stem].itertuples()]
        assert sentence_spans(p.read_text(encoding="utf-8")) == expected


# --- properties -------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list(" \n.,’'-–“”\"UuSAPakistnTrmpWhoe"))),
                max_size=300)
_WORDS = st.lists(st.sampled_from(["US", "us", "Pakistan", "Pakistan’s", "US-led", "the", "United", "States", "Trump",
                                   "Cold", "War", "of", "on", "Terror", "said", ".", ",", "\n\n", "–", "Kurilla",
                                   "White", "House", "A.Q.", "Khan", "U.S.", "“", "”", "’s"]), max_size=60)


def _check(text, codebook):
    ms = find_mentions(text, codebook)
    for found in (ms, unknown_names(text, ms, sentence_spans(text))):
        assert all(text[x.start:x.end] == x.text and x.start < x.end for x in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_arbitrary_text(text):
    _check(text, load_codebook())


@settings(max_examples=200, deadline=None)
@given(_WORDS)
def test_arbitrary_word_soup(words):
    _check(" ".join(words), load_codebook())
