"""Tests for usp_research.money: exact spans and values on hand-written and corpus text."""
from __future__ import annotations

import csv
import re
from collections import namedtuple
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usp_research import money as M

ROOT = Path(__file__).resolve().parents[1]
FIX = Path(__file__).resolve().parent / "fixtures" / "money"
CORPUS = ROOT / "data" / "raw" / "corpus"
ALIASES = M.load_aliases(FIX / "actors.csv")

Timex = namedtuple("Timex", "start end kind value_start value_end precision")


def sentences(text: str) -> list[tuple[int, int]]:
    """Test-local splitter: after . ? ! followed by whitespace (enough for these texts)."""
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.?!])\s+", text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def tx(text: str, phrase: str, kind: str, vs: str, ve: str, precision: str = "year", occurrence: int = 0) -> Timex:
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(phrase, i + 1)
    return Timex(i, i + len(phrase), kind, vs, ve, precision)


def money(text, timexes=(), published=None):
    return M.extract_money(text, sentences(text), timexes, published, aliases=ALIASES)


def shares(text, timexes=(), published=None):
    return M.extract_shares(text, sentences(text), timexes, published, aliases=ALIASES)


def one(text, **kw):
    found = money(text, **kw)
    assert len(found) == 1, found
    m = found[0]
    assert m.text == text[m.start:m.end]
    return m


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize("text, span, amount, currency", [
    ("The US gave $1 billion.", "$1 billion", 1e9, "USD"),
    ("It was $1.1 bn in all.", "$1.1 bn", 1.1e9, "USD"),
    ("A US$2.5bn package.", "US$2.5bn", 2.5e9, "USD"),
    ("A US $2.5bn package.", "US $2.5bn", 2.5e9, "USD"),
    ("Only U.S.$40 million came.", "U.S.$40 million", 40e6, "USD"),
    ("Approved USD 3 billion.", "USD 3 billion", 3e9, "USD"),
    ("It gave 33 billion dollars.", "33 billion dollars", 33e9, "USD"),
    ("It gave 33 billion US dollars.", "33 billion US dollars", 33e9, "USD"),
    ("A $650m grant.", "$650m", 650e6, "USD"),
    ("A $650 million grant.", "$650 million", 650e6, "USD"),
    ("A $4.5bn deal.", "$4.5bn", 4.5e9, "USD"),
    ("A $1-billion loan.", "$1-billion", 1e9, "USD"),
    ("Only $20,000 was spent.", "$20,000", 20000.0, "USD"),
    ("Nearly $1,250,000.50 in fees.", "Nearly $1,250,000.50", 1250000.5, "USD"),
    ("A grant of Rs 500 million.", "Rs 500 million", 500e6, "PKR"),
    ("A budget of Rs. 1.2 trillion.", "Rs. 1.2 trillion", 1.2e12, "PKR"),
    ("A budget of Rs1.2tr.", "Rs1.2tr", 1.2e12, "PKR"),
    ("Raised PKR 3bn.", "PKR 3bn", 3e9, "PKR"),
    ("Paid ₨ 40,000 each.", "₨ 40,000", 40000.0, "PKR"),
    ("Paid Rs 5 crore.", "Rs 5 crore", 5e7, "PKR"),
    ("Paid Rs 10 lakh.", "Rs 10 lakh", 1e6, "PKR"),
    ("It cost 500 million rupees.", "500 million rupees", 500e6, "PKR"),
    ("Britain gave £5m.", "£5m", 5e6, "GBP"),
    ("The EU gave €3 billion.", "€3 billion", 3e9, "EUR"),
    ("India spent ₹100 crore.", "₹100 crore", 1e9, "INR"),
    ("Canada gave C$10 million.", "C$10 million", 10e6, "CAD"),
    ("A 2 billion yuan loan.", "2 billion yuan", 2e9, "CNY"),
    ("Half a billion dollars went missing.", "Half a billion dollars", 0.5e9, "USD"),
    ("Two billion dollars went missing.", "Two billion dollars", 2e9, "USD"),
])
def test_formats(text, span, amount, currency):
    m = one(text)
    assert (m.text, m.start, m.amount, m.currency) == (span, text.index(span), amount, currency)
    assert m.amount_usd == (amount if currency == "USD" else None)
    assert m.amount_high is None


def test_exact_spans_in_a_list():
    text = "Sums: $1 billion, $1.1 bn, US$2.5bn, USD 3 billion, 33 billion dollars and Rs 500 million."
    got = [(m.start, m.end, m.text, m.amount, m.currency) for m in money(text)]
    assert got == [
        (6, 16, "$1 billion", 1e9, "USD"),
        (18, 25, "$1.1 bn", 1.1e9, "USD"),
        (27, 35, "US$2.5bn", 2.5e9, "USD"),
        (37, 50, "USD 3 billion", 3e9, "USD"),
        (52, 70, "33 billion dollars", 33e9, "USD"),
        (75, 89, "Rs 500 million", 500e6, "PKR"),
    ]


@pytest.mark.parametrize("text", [
    "Pakistan's 1998 nuclear tests changed everything.",
    "A NATO strike killed 24 Pakistani soldiers in 2011.",
    "Cssprepforum helps 70,000+ aspirants monthly.",
    "Over 70% of the population lives in rural areas.",
    "The relationship in the 2020s is ambiguous.",
    "This resulted in billions of dollars in aid.",
    "Hundreds of millions of dollars were spent.",
    "Figures are in constant 2022 dollars.",
    "The plan covers 2002 to 2009 and 15 years.",
    "Pakistan has 240 million people and 5 provinces.",
])
def test_negatives(text):
    assert money(text) == []


# --------------------------------------------------------------------------- qualifiers, per, ranges


@pytest.mark.parametrize("phrase, qualifier", [
    ("over", "over"), ("more than", "more_than"), ("a little more than", "more_than"), ("about", "about"),
    ("around", "about"), ("roughly", "about"), ("approximately", "about"), ("some", "about"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("up to", "up_to"),
    ("as much as", "up_to"), ("at least", "at_least"), ("no less than", "at_least"),
    ("less than", "less_than"), ("under", "less_than"), ("just over", "over"), ("in excess of", "over"),
])
def test_qualifiers(phrase, qualifier):
    text = f"The US gave Pakistan {phrase} $2 billion."
    m = one(text)
    assert m.text == f"{phrase} $2 billion"
    assert m.start == text.index(phrase)
    assert m.qualifier == qualifier


def test_qualifier_word_inside_another_word_is_ignored():
    m = one("Moreover $2 billion was given.")
    assert (m.text, m.qualifier) == ("$2 billion", "exact")


@pytest.mark.parametrize("text", [
    "The US gave Pakistan $1.5 billion annually.",
    "The US gave Pakistan $1.5 billion a year in aid.",
    "The US gave Pakistan $1.5 billion per year.",
    "The US gave Pakistan $1.5 billion each year.",
    "The US gave Pakistan $1.5 billion per annum.",
    "The US gave Pakistan $1.5 billion a year on average.",
    "The US gave Pakistan $1.5 billion in economic aid every year.",
    "The annual aid of $1.5 billion was cut.",
    "It authorizes $1.5 billion for each of the fiscal years 2010 through 2014.",
    "Counter-narcotics grants were worth perhaps $50 million in a good year.",
    "The programme disbursed about $40 million in a typical year.",
])
def test_per_annual(text):
    assert one(text).per == "annual"


def test_a_one_off_amount_in_a_bad_year_for_someone_is_a_total():
    assert one("Washington pledged $500 million in a bad year for the Pakistani economy.").per == "total"


@pytest.mark.parametrize("text", [
    "The US gave Pakistan $1.5 billion in 2010.",
    "The US gave Pakistan $1.5 billion; a year later it stopped.",
    "The US released $1.5 billion a year later.",
    "The US pledged $1.5 billion within a year.",
    "The US gave $1.5 billion for each of the two programmes.",
])
def test_per_total(text):
    assert one(text).per == "total"


@pytest.mark.parametrize("text, span, low, high", [
    ("Pakistan needs $2–3 billion.", "$2–3 billion", 2e9, 3e9),
    ("Pakistan needs $2-3bn.", "$2-3bn", 2e9, 3e9),
    ("Pakistan needs $2 billion to $3 billion.", "$2 billion to $3 billion", 2e9, 3e9),
    ("Pakistan needs $2bn-$3bn.", "$2bn-$3bn", 2e9, 3e9),
    ("Pakistan needs between $2bn and $3bn.", "between $2bn and $3bn", 2e9, 3e9),
    ("Pakistan needs between $2 and $3 billion.", "between $2 and $3 billion", 2e9, 3e9),
    ("Pakistan needs 2 to 3 billion dollars.", "2 to 3 billion dollars", 2e9, 3e9),
    ("Pakistan needs $500 million to $1.2 billion.", "$500 million to $1.2 billion", 500e6, 1.2e9),
])
def test_ranges_give_one_record(text, span, low, high):
    m = one(text)
    assert (m.text, m.amount, m.amount_high, m.qualifier) == (span, low, high, "between")
    assert m.amount_usd == low


def test_amount_to_a_count_is_not_a_range():
    text = "The US gave $500 million to 2,000 families."
    m = one(text)
    assert (m.text, m.amount, m.amount_high, m.qualifier) == ("$500 million", 500e6, None, "exact")


# --------------------------------------------------------------------------- category and flow


@pytest.mark.parametrize("text, category, flow", [
    ("The US gave $300 million in military aid.", "security", "aid"),
    ("The US gave $300 million in Foreign Military Financing.", "security", "aid"),
    ("The US gave $300 million in defence assistance.", "security", "aid"),
    ("Pakistan was reimbursed $1.1 billion from Coalition Support Funds.", "csf", "aid"),
    ("Pakistan got $1.1 billion in CSF reimbursements.", "csf", "aid"),
    ("The US gave $300 million in civilian assistance.", "economic", "aid"),
    ("The US gave $300 million in ESF.", "economic", "aid"),
    ("The US gave $300 million in development aid.", "economic", "aid"),
    ("The US gave $300 million for flood relief.", "humanitarian", "aid"),
    ("The US gave $300 million after the earthquake.", "humanitarian", "aid"),
    ("The US gave $300 million in military and economic aid.", "mixed", "aid"),
    ("The US gave $300 million in aid.", "unspecified", "aid"),
    # guidelines section 3: economic includes IMF loans (flow stays loan: not aid)
    ("The IMF approved a loan of $3 billion.", "economic", "loan"),
    ("China announced a $60 billion CPEC investment.", "unspecified", "investment"),
    ("Pakistan's defence budget is Rs 2 trillion.", "unspecified", "budget"),
    ("Exports reached $30 billion.", "unspecified", "trade"),
    ("The war cost Pakistan $150 billion in losses.", "unspecified", "other"),
    ("Officials counted $300 million.", "unspecified", ""),
])
def test_category_and_flow(text, category, flow):
    m = one(text)
    assert (m.category, m.flow) == (category, flow)


def test_category_terms_nearer_another_amount_are_not_used():
    text = "The US gave $300 million in military aid and $200 million in economic aid."
    a, b = money(text)
    assert (a.category, b.category) == ("security", "economic")


def test_category_from_sentence_when_clause_has_none():
    text = "Under the civilian aid programme, the US disbursed $1.2 billion."
    assert one(text).category == "economic"


# --------------------------------------------------------------------------- donor and recipient


@pytest.mark.parametrize("text, donor, recipient", [
    ("US aid to Pakistan reached $2 billion.", "USA", "PAK"),
    ("Pakistan received $2 billion.", "", "PAK"),
    ("Washington provided Islamabad $2 billion.", "USA", "PAK"),
    ("Pakistan secured $3 billion from the IMF.", "IMF", "PAK"),
    ("Chinese loans of $2 billion were rolled over.", "CHN", ""),
    ("The IMF loan of $7 billion and Chinese loans of $2 billion were due.", "IMF", ""),
    ("The United States has given Pakistan more than $33 billion.", "USA", "PAK"),
    ("The Pentagon reimbursed $1 billion to Pakistan.", "USA", "PAK"),
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", "SAU", ""),
    ("Pakistan was given $1 billion by the US in 2010.", "USA", "PAK"),
    ("The US gave $1bn in 2009, $1.5bn in 2010 and $2bn in 2011.", "USA", ""),
    ("America's $1.5 billion aid package for Pakistan was approved.", "USA", "PAK"),
    ("$1 billion in aid was given to Afghanistan by the US.", "USA", "AFG"),
])
def test_donor_recipient(text, donor, recipient):
    m = money(text)[0]
    assert (m.donor, m.recipient) == (donor, recipient)


def test_list_of_amounts_shares_the_subject():
    text = "The US gave Pakistan $1bn in 2009, $1.5bn in 2010 and $2bn in 2011."
    assert [(m.donor, m.recipient) for m in money(text)] == [("USA", "PAK")] * 3


def test_actor_of_another_amount_is_not_borrowed():
    text = "The flood damage was estimated at $30 billion, and the US pledged $100 million in humanitarian aid."
    a, b = money(text)
    assert (a.donor, a.flow, b.donor, b.category) == ("", "other", "USA", "humanitarian")


def test_phrasal_over_is_not_a_qualifier():
    text = "Beijing has rolled over $4 billion in loans."
    m = one(text)
    assert (m.text, m.qualifier, m.donor, m.flow) == ("$4 billion", "exact", "CHN", "loan")


def test_clause_with_generic_aid_keeps_category_unspecified():
    text = "The US has provided more than $30 billion in direct aid to Pakistan since 2002 - nearly half of it in military aid."
    m = one(text)
    assert (m.category, m.flow, m.donor, m.recipient) == ("unspecified", "aid", "USA", "PAK")


def test_second_amount_takes_its_own_donor():
    text = "The IMF loan of $7 billion and Chinese loans of $2 billion were due."
    a, b = money(text)
    assert (a.donor, a.flow, a.category) == ("IMF", "loan", "economic")
    assert (b.donor, b.flow) == ("CHN", "loan")


def test_non_aid_amounts_are_extracted_with_donor():
    text = "China has pledged a $60 billion CPEC investment, and the IMF loan of $7 billion is on track."
    a, b = money(text)
    assert (a.text, a.donor, a.category, a.flow) == ("$60 billion", "CHN", "unspecified", "investment")
    assert (b.text, b.donor, b.category, b.flow) == ("$7 billion", "IMF", "economic", "loan")


def test_aliases_loader_maps_acts_for():
    assert ALIASES["Pentagon"] == "USA"
    assert ALIASES["Washington"] == "USA"
    assert ALIASES["IMF"] == "IMF"
    assert M.load_aliases(FIX / "does_not_exist.csv") == {}


def test_no_aliases_gives_blank_actors():
    text = "US aid to Pakistan reached $2 billion."
    m = M.extract_money(text, sentences(text), aliases={})[0]
    assert (m.donor, m.recipient) == ("", "")


# --------------------------------------------------------------------------- part_of


def test_of_which_links_components_to_total():
    text = ("US aid to Pakistan totalled $33 billion since 2002, of which $14.6 billion was Coalition "
            "Support Funds and $8 billion economic aid.")
    t = [tx(text, "since 2002", "open_range", "2002", "2017-12-31")]
    a, b, c = money(text, timexes=t)
    assert (a.text, a.part_of, a.category) == ("$33 billion", None, "unspecified")
    assert (b.text, b.part_of, b.category) == ("$14.6 billion", 0, "csf")
    assert (c.text, c.part_of, c.category) == ("$8 billion", 0, "economic")
    # components inherit donor, recipient and period from the total
    assert (b.donor, b.recipient, b.period_start, b.period_end) == ("USA", "PAK", "2002", "2017")


def test_including_links_annual_component():
    text = "Kerry-Lugar authorised $7.5 billion over five years, including $1.5 billion a year for civilian aid."
    a, b = money(text)
    assert (a.per, a.part_of) == ("total", None)
    assert (b.per, b.part_of) == ("annual", 0)


def test_y_of_the_x():
    text = "Of the $20 billion, $9 billion in CSF out of the $20 billion total was reimbursement."
    found = money(text)
    assert [m.text for m in found] == ["$20 billion", "$9 billion", "$20 billion"]
    assert found[1].part_of == 2


def test_next_sentence_of_this():
    text = "The US gave Pakistan $20.7 billion. Of this, $8.9 billion was CSF. Separately, China lent $5 billion."
    a, b, c = money(text)
    assert (b.part_of, c.part_of) == (0, None)


def test_instead_of_is_not_part_of():
    text = "The US gave $500 million instead of $1 billion."
    a, b = money(text)
    assert (a.part_of, b.part_of) == (None, None)


def test_component_larger_than_total_is_not_linked():
    text = "The US gave $1 billion, including $3 billion in loans."
    assert [m.part_of for m in money(text)] == [None, None]


# --------------------------------------------------------------------------- periods from timexes


def test_range_period():
    text = "Pakistan received over $1 billion annually in military and economic aid between 2002 and 2009."
    m = one(text, timexes=[tx(text, "between 2002 and 2009", "range", "2002", "2009")])
    assert (m.period_start, m.period_end) == ("2002", "2009")


def test_open_range_ends_at_publication():
    text = "The US has given over $33 billion in aid since 2002."
    t = [tx(text, "since 2002", "open_range", "2002", "")]
    m = one(text, timexes=t, published="2025-09-19")
    assert (m.period_start, m.period_end) == ("2002", "2025")
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("2002", "")
    m = one(text, timexes=[tx(text, "since 2002", "open_range", "2002", "2018-01-01")])
    assert (m.period_start, m.period_end) == ("2002", "2018")


def test_span_period():
    text = "The US has foolishly given Pakistan more than 33 billion dollars in aid over the last 15 years."
    m = one(text, timexes=[tx(text, "over the last 15 years", "span", "2003-01-01", "2018-01-01")])
    assert (m.text, m.qualifier, m.period_start, m.period_end) == ("more than 33 billion dollars", "more_than", "2003", "2018")


def test_fiscal_year_named_by_end_year():
    text = "In FY2010 the US gave Pakistan $4.5 billion."
    m = one(text, timexes=[tx(text, "FY2010", "fiscal_year", "2009-10-01", "2010-09-30", "day")])
    assert (m.period_start, m.period_end) == ("2010", "2010")
    text = "From FY2002 to FY2009 the US gave Pakistan $15 billion."
    m = one(text, timexes=[tx(text, "From FY2002 to FY2009", "range", "2001-10-01", "2009-09-30", "day")])
    assert (m.period_start, m.period_end) == ("2002", "2009")


def test_range_preferred_over_point_and_unresolved_skipped():
    text = "The raid in 2011, despite over $33 billion in US aid since 2002, strained ties."
    t = [tx(text, "2011", "year", "2011", "2011"), tx(text, "since 2002", "open_range", "2002", "2025-09-19")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("2002", "2025")
    # a multi-year amount is not the year of its decision (guidelines: "$7.5 bn ... over 5 yrs" is blank)
    text = "The US gave $7.5 billion over five years in 2009."
    t = [tx(text, "over five years", "span", "", ""), tx(text, "2009", "year", "2009", "2009")]
    assert (one(text, timexes=t).period_start, one(text, timexes=t).period_end) == ("", "")


def test_timex_of_another_amount_is_not_used():
    text = "Pakistan received $2 billion in 2010 and $3 billion in 2011."
    t = [tx(text, "2010", "year", "2010", "2010"), tx(text, "2011", "year", "2011", "2011")]
    a, b = money(text, timexes=t)
    assert (a.period_start, b.period_start) == ("2010", "2011")


def test_leading_range_applies_to_all_amounts():
    text = "Between 2002 and 2011, the US gave $5 billion in military aid and $6 billion in economic aid."
    a, b = money(text, timexes=[tx(text, "Between 2002 and 2011", "range", "2002", "2011")])
    assert (a.period_start, a.period_end, b.period_start, b.period_end) == ("2002", "2011", "2002", "2011")


def test_timex_in_another_sentence_is_not_used():
    text = "Relations soured in 2011. The US gave $2 billion."
    assert one(text, timexes=[tx(text, "2011", "year", "2011", "2011")]).period_start == ""


# --------------------------------------------------------------------------- shares


def test_share_corpus_style():
    text = ("For instance, between 2002 and 2011, over 70% of US assistance to Pakistan was directed towards "
            "military and security-related programs, sidelining democratic development.")
    s = shares(text, timexes=[tx(text, "between 2002 and 2011", "range", "2002", "2011")])
    assert s == [M.Share(start=37, end=45, text="over 70%", share=0.7, qualifier="over",
                         of_what="US assistance to Pakistan", period_start="2002", period_end="2011",
                         category="security", donor="USA", recipient="PAK")]


@pytest.mark.parametrize("text, span, value, qualifier, of_what", [
    ("About two-thirds of US aid went to the military.", "About two-thirds", 2 / 3, "about", "US aid"),
    ("Roughly 60 percent of the aid was economic.", "Roughly 60 percent", 0.6, "about", "the aid"),
    ("A third of the funding went to health.", "A third", 1 / 3, "exact", "the funding"),
    ("Half of the $7.5 billion was spent.", "Half", 0.5, "exact", "the $7.5 billion"),
    ("More than 44 per cent of the total was CSF, some $14.6 billion.", "More than 44 per cent", 0.44, "more_than", "the total"),
    ("Nearly three quarters of Pakistan's budget goes to debt service.", "Nearly three quarters", 0.75, "nearly", "Pakistan's budget"),
])
def test_share_styles(text, span, value, qualifier, of_what):
    (s,) = shares(text)
    assert (s.text, s.start, s.qualifier, s.of_what) == (span, text.index(span), qualifier, of_what)
    assert s.share == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Over 70% of the population lives in villages.",
    "Half of the country was flooded.",
    "In the first half of 2010 talks resumed.",
    "Two-thirds of Pakistanis view the US unfavourably.",
    "Aid fell 62% over five years.",
])
def test_share_negatives(text):
    assert shares(text) == []


# --------------------------------------------------------------------------- corpus


def _corpus(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def test_corpus_001_annual_military_and_economic():
    text = _corpus("001_741f5d2b25e69178.txt")
    phrase = "between 2002 and 2009"
    found = money(text, timexes=[tx(text, phrase, "range", "2002", "2009")])
    assert found == [M.Money(
        start=2633, end=2648, text="over $1 billion", amount=1e9, currency="USD", amount_usd=1e9,
        qualifier="over", per="annual", period_start="2002", period_end="2009", category="mixed",
        donor="", recipient="PAK", part_of=None, amount_high=None, flow="aid")]
    assert shares(text) == []


def test_corpus_003_total_since_2002_and_share():
    text = _corpus("003_338bdb97e1fa7eb4.txt")
    t = [
        tx(text, "in 2011, despite", "year", "2011", "2011"),
        tx(text, "since 2002", "open_range", "2002", ""),
        tx(text, "between 2002 and 2011", "range", "2002", "2011"),
    ]
    found = money(text, timexes=t, published="2025-09-19")
    assert found == [M.Money(
        start=3143, end=3159, text="over $33 billion", amount=33e9, currency="USD", amount_usd=33e9,
        qualifier="over", per="total", period_start="2002", period_end="2025", category="unspecified",
        donor="USA", recipient="", part_of=None, amount_high=None, flow="aid")]
    (s,) = shares(text, timexes=t, published="2025-09-19")
    assert (s.start, s.end, s.text, s.share, s.qualifier) == (5147, 5155, "over 70%", 0.7, "over")
    assert (s.of_what, s.category, s.period_start, s.period_end) == ("US assistance to Pakistan", "security", "2002", "2011")


@pytest.mark.parametrize("name", ["000_326cc924450e4eb8.txt", "002_e8471627771a8799.txt", "004_5117c29aba42f0e3.txt"])
def test_corpus_without_amounts(name):
    text = _corpus(name)
    assert money(text) == [] and shares(text) == []


# --------------------------------------------------------------------------- instruments and robustness


def test_codebook_categories_are_known():
    with open(M.CATEGORY_CODEBOOK, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and set(rows[0]) == {"category", "term", "notes"}
    known = set(M.AID_CATEGORIES) | set(M.NON_AID_FLOWS) | {"aid", "money"}
    assert {r["category"] for r in rows} <= known
    assert all(r["term"].strip() and r["notes"].strip() for r in rows)
    assert len({r["term"].lower() for r in rows}) == len(rows)


def test_sentences_may_be_empty_or_partial():
    text = "Pakistan received $2 billion. The US gave $1 billion."
    assert [m.text for m in M.extract_money(text, [], aliases=ALIASES)] == ["$2 billion", "$1 billion"]
    assert [m.text for m in M.extract_money(text, [(0, 29)], aliases=ALIASES)] == ["$2 billion", "$1 billion"]


_ALPHABET = st.sampled_from(list("0123456789$₨£€%.,-–— ;:()\n") + [
    "Rs", "PKR", "US$", "USD", "bn", "m", "billion", "million", "dollars", "rupees", "over ", "about ",
    "between ", " and ", " to ", "of which ", "including ", "aid", "military", "US", "Pakistan", "IMF",
    "a year", "annually", "percent", "two-thirds", " of ", "half", "Of this, ", "x", "é",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_property_never_raises_and_spans_match(text, data):
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=4)))
    sents = [(a, b) for a, b in zip([0] + cuts, cuts + [len(text)]) if b > a]
    timexes = []
    if text:
        s = data.draw(st.integers(0, len(text) - 1))
        e = data.draw(st.integers(s + 1, len(text)))
        timexes.append(Timex(s, e, data.draw(st.sampled_from(["range", "year", "open_range", "span"])),
                             data.draw(st.sampled_from(["", "2002", "2010-10-01"])), "", "year"))
    found = M.extract_money(text, sents, timexes, "2025-01-01", aliases=ALIASES)
    for k, m in enumerate(found):
        assert m.text == text[m.start:m.end] and m.start < m.end
        assert m.amount >= 0 and m.currency
        assert m.part_of is None or (0 <= m.part_of < len(found) and m.part_of != k)
        assert m.per in ("annual", "total")
    assert [m.start for m in found] == sorted(m.start for m in found)
    for s in M.extract_shares(text, sents, timexes, "2025-01-01", aliases=ALIASES):
        assert s.text == text[s.start:s.end] and 0 <= s.share


def test_long_text_is_fast():
    import time

    para = ("In return, Pakistan received over $1 billion annually in military and economic aid between 2002 "
            "and 2009, of which $400 million was CSF. Over 70% of US assistance went to the military. ") * 400
    t0 = time.perf_counter()
    found = M.extract_money(para, sentences(para), aliases=ALIASES)
    M.extract_shares(para, sentences(para), aliases=ALIASES)
    assert len(found) == 800
    assert time.perf_counter() - t0 < 10


# --------------------------------------------------------------------------- committed passage fixture


def _passage():
    text = (FIX / "press_passage.txt").read_text(encoding="utf-8")
    with open(FIX / "press_passage.timexes.csv", newline="", encoding="utf-8") as fh:
        timexes = [tx(text, r["text"], r["kind"], r["value_start"], r["value_end"], r["precision"])
                   for r in csv.DictReader(fh)]
    return text, timexes


def test_press_passage_matches_expected_records():
    text, timexes = _passage()
    got = money(text, timexes=timexes, published="2025-06-10")
    with open(FIX / "press_passage.expected.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    conv = {"start": int, "end": int, "part_of": int, "amount": float, "amount_usd": float, "amount_high": float}
    expected = [M.Money(**{k: (conv[k](v) if k in conv and v != "" else (None if k in conv else v))
                           for k, v in r.items()}) for r in rows]
    assert got == expected
    assert all(m.text == text[m.start:m.end] for m in got)


def test_press_passage_share_and_negatives():
    text, timexes = _passage()
    (s,) = shares(text, timexes=timexes, published="2025-06-10")
    assert (s.text, s.share, s.qualifier, s.of_what, s.period_start, s.donor) == (
        "roughly 5 percent", 0.05, "about", "the aid", "2010", "USA")
    assert "billions of dollars" not in [m.text for m in money(text)]


# --------------------------------------------------------------------------- passage rules (gold-set error review)


@pytest.mark.parametrize("text, span, qualifier", [
    ("Reimbursements alone came to ≈ $2.1 bn; the rest was economic.", "≈ $2.1 bn", "about"),
    ("The fund paid ~$40m in 2012.", "~$40m", "about"),
    ("The total was ~$34bn by then.", "~$34bn", "about"),
    ("US relief was >$200m in all.", ">$200m", "more_than"),
    ("Obligations were <$150m a year.", "<$150m", "less_than"),
])
def test_sign_qualifiers(text, span, qualifier):
    m = one(text)
    assert (m.text, m.qualifier) == (span, qualifier)


def test_presidency_is_not_a_period():
    text = "Under the Obama administration the US pledged $2 billion in 2012."
    t = [tx(text, "the Obama administration", "named_period", "2009", "2017"), tx(text, "2012", "year", "2012", "2012")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("2012", "2012")


def test_relative_span_in_dated_quotation_uses_the_quotation_date():
    text = "In a speech on 5 March 2015, the senator said Washington had “wasted $20 billion in aid over the past decade”."
    date = tx(text, "5 March 2015", "date", "2015-03-05", "2015-03-05", "day")
    for vs, ve in (("", ""), ("2014", "2024-06-01")):  # unresolved, or resolved against the publication date
        m = one(text, timexes=[date, tx(text, "over the past decade", "span", vs, ve)], published="2024-06-01")
        assert (m.period_start, m.period_end) == ("2005", "2015")


def test_after_an_event_opens_a_period_without_end():
    text = "The US gave $50 million in relief after the 2010 floods."
    m = one(text, timexes=[tx(text, "2010", "year", "2010", "2010")], published="2013-05-01")
    assert (m.period_start, m.period_end) == ("2010", "")
    text = "The US has given $50 million in relief since the 2010 floods."
    m = one(text, timexes=[tx(text, "2010", "year", "2010", "2010")], published="2013-05-01")
    assert (m.period_start, m.period_end) == ("2010", "2013")


def test_multi_year_amount_takes_a_range_of_that_length_from_the_next_sentence():
    text = ("In 2016 Congress authorised $3 billion in civilian aid over three years. "
            "Funds were budgeted for FY2017–FY2019 and partly spent.")
    t = [tx(text, "2016", "year", "2016", "2016"), tx(text, "FY2017–FY2019", "fiscal_year", "2017", "2019")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("2017", "2019")


def test_multi_year_amount_without_its_years_has_no_period():
    text = "In 1990 the two sides agreed a four-year package of $4 billion during the 1990s."
    t = [tx(text, "1990", "year", "1990", "1990"), tx(text, "the 1990s", "decade", "1990", "1999")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("", "")


@pytest.mark.parametrize("text, category", [
    ("Congress appropriated $2 billion in grants and military reimbursements.", "mixed"),
    ("In 2012 appropriations and reimbursements came to $2 billion.", "mixed"),
    ("Congress appropriated $2 billion in security assistance.", "security"),
    ("The US gave $2 billion in humanitarian and development aid.", "humanitarian"),
])
def test_coordination_spanning_security_and_other_aid_is_mixed(text, category):
    assert one(text).category == category


def test_bracket_of_category_words_labels_the_amount():
    assert one("The 1990 package of $1.2 billion (security + civilian) was frozen.").category == "mixed"
    assert one("The 1990 package of $1.2 billion (military) was frozen.").category == "security"
    # a bracket with other words is a comment, not a label
    assert one("The US gave roughly $9 bn (official figure, incl. CSF) to Pakistan.").category == "unspecified"


def test_definite_repeat_takes_the_earlier_mention():
    text = "Officials said the US had spent $12 billion in aid since 2005. Half of the $12 billion went to military programmes."
    a, b = money(text, timexes=[tx(text, "since 2005", "open_range", "2005", "")], published="2011-01-01")
    assert (a.period_start, a.period_end, a.category) == ("2005", "2011", "unspecified")
    assert (b.period_start, b.period_end, b.category) == ("2005", "2011", "unspecified")


def test_divided_between_links_components_and_covering_split_is_mixed():
    text = "The $900 million deal was divided equally between $450 million in economic aid and $450 million in military aid."
    a, b, c = money(text)
    assert (b.part_of, c.part_of) == (0, 0)
    assert (a.category, b.category, c.category) == ("mixed", "economic", "security")


def test_partial_split_does_not_make_the_total_mixed():
    text = "US aid reached $10 billion, of which $2 billion was CSF and $1 billion economic aid."
    a, b, c = money(text)
    assert (b.part_of, c.part_of, a.category) == (0, 0, "unspecified")


def test_siblings_across_an_abbreviation():
    text = ("The US provided $10 billion in 2002–2010. Of this, $5 billion paid for U.S.-led operations, "
            "$3 billion funded security programs and $2 billion funded economic programs.")
    a, b, c, d = money(text, timexes=[tx(text, "2002–2010", "range", "2002", "2010")])
    assert [m.part_of for m in (b, c, d)] == [0, 0, 0]
    assert all((m.period_start, m.period_end) == ("2002", "2010") for m in (b, c, d))
    assert a.category == "mixed"


def test_annual_rate_of_a_multi_year_total():
    text = "The act authorised $5 billion in economic aid for FY2011–FY2015, or $1 billion annually."
    a, b = money(text, timexes=[tx(text, "FY2011–FY2015", "fiscal_year", "2011", "2015")])
    assert (b.per, b.part_of, b.period_start, b.period_end, b.category) == ("annual", 0, "2011", "2015", "economic")
    text = "In March 2013 Congress approved $6 billion in aid over three years ($2 billion a year)."
    a, b = money(text, timexes=[tx(text, "March 2013", "month", "2013-03", "2013-03")])
    assert (a.period_start, b.part_of, b.period_start, b.period_end) == ("", 0, "", "")


def test_tranche_of_an_earlier_programme():
    text = "The IMF approved a $6 billion loan in 2019. A review would unlock $500 million, the next tranche of that loan."
    a, b = money(text, timexes=[tx(text, "2019", "year", "2019", "2019")])
    assert (b.part_of, b.category, b.donor, a.category) == (0, "economic", "IMF", "economic")


@pytest.mark.parametrize("second", [
    "Reimbursements alone made up $6 billion.",
    "Military programmes received $5 billion, or 42 percent of the total.",
])
def test_component_of_the_previous_sentence_total(second):
    text = "Between 2003 and 2010 the US gave Pakistan $12 billion in aid. " + second
    a, b = money(text, timexes=[tx(text, "Between 2003 and 2010", "range", "2003", "2010")])
    assert (b.part_of, b.period_start, b.period_end) == (0, "2003", "2010")


def test_single_years_of_a_multi_year_total_in_the_paragraph():
    text = ("From FY2005 to FY2012, Pakistan was paid $9 billion in CSF reimbursements. "
            "Payments reached $1.2 billion in FY2009.\n\nThe embassy spent $1 billion in FY2010.")
    t = [tx(text, "From FY2005 to FY2012", "range", "2005", "2012"), tx(text, "FY2009", "fiscal_year", "2009", "2009"),
         tx(text, "FY2010", "fiscal_year", "2010", "2010")]
    a, b, c = money(text, timexes=t)
    assert (b.part_of, b.category, b.period_start, b.period_end) == (0, "csf", "2009", "2009")
    assert (c.part_of, c.category) == (None, "unspecified")  # another paragraph


def test_programme_period_runs_to_its_expiry():
    text = "The IMF approved a $2 billion loan in 2021. Pakistan hopes to draw the rest before the programme expires in 2023."
    t = [tx(text, "2021", "year", "2021", "2021"), tx(text, "2023", "year", "2023", "2023")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("2021", "2023")
    text = "The US gave $1 billion in aid in 1990. The war ended in 2001."
    t = [tx(text, "1990", "year", "1990", "1990"), tx(text, "2001", "year", "2001", "2001")]
    m = one(text, timexes=t)
    assert (m.period_start, m.period_end) == ("1990", "1990")


def test_both_ends_of_a_change_are_the_same_money():
    a, b = money("Military aid fell from $300 million in 2011 to $50 million in 2016.")
    assert (a.category, b.category) == ("security", "security")


def test_another_amount_is_of_the_kind_last_mentioned():
    text = "In 2016, $200 million in CSF was withheld.\n\nIn 2017, the Pentagon held back another $200 million."
    a, b = money(text)
    assert (a.category, b.category, a.flow, b.flow) == ("csf", "csf", "withheld", "withheld")


def test_amount_without_money_words_takes_the_passage_kind():
    text = "The US gave $300 million in flood relief in 2011. By 2012 the figure had reached $500 million."
    a, b = money(text)
    assert (a.category, b.category) == ("humanitarian", "humanitarian")
    text = "The US gave $300 million in flood relief in 2011.\n\nOfficials counted $500 million."
    assert money(text)[1].category == "unspecified"


def test_total_of_a_backward_link_is_not_its_own_sibling():
    # "Y of X": Y is linked forward to X, so X must not become a sibling of Y (and of itself)
    assert [m.part_of for m in money("The US paid $10 million of $5 billion in aid.")] == [1, None]


@pytest.mark.parametrize("sentence, flows", [
    ("The Act authorized $7.5 billion in civilian assistance for FY2010–FY2014, or $1.5 billion annually.",
     ["authorisation", "authorisation"]),
    ("The administration requested $800 million in security aid for FY2013.", ["request"]),
    ("In 2018, $300 million in CSF was reprogrammed.", ["withheld"]),
    ("In September 2018 the Pentagon said it would reprogramme $300 million in Coalition Support Funds.", ["withheld"]),
    ("The administration is holding back about $800 million of military aid.", ["withheld"]),
    ("The CSF money that has been held up since last winter, some $1.1 billion, is to be released.", ["withheld"]),
    ("In 2010, the US provided $1.5 billion in CSF reimbursements.", ["aid"]),
])
def test_aid_authorised_requested_or_withheld_is_not_aid_given(sentence, flows):
    assert [m.flow for m in money(sentence)] == flows


def test_the_indirect_object_of_giving_is_the_recipient():
    (m,) = money("Trump said the US had given Pakistan more than 33 billion dollars in aid over 15 years.")
    assert (m.donor, m.recipient) == ("USA", "PAK")


# --------------------------------------------------------------------------- third round (dev3 errors)

@pytest.mark.parametrize("text, span, amount", [
    ("Aid rose to one and a half billion dollars a year.", "one and a half billion dollars", 1.5e9),
    ("It paid around two point four million dollars in fees.", "around two point four million dollars", 2.4e6),
    ("It makes up some fourteen and a half billion dollars.", "some fourteen and a half billion dollars", 14.5e9),
    ("It cost twenty-five million dollars.", "twenty-five million dollars", 25e6),
    ("They sent a hundred million dollars.", "a hundred million dollars", 1e8),
])
def test_spelled_out_numbers(text, span, amount):
    m = one(text)
    assert (m.text, m.amount) == (span, amount)


def test_us_the_pronoun_is_not_a_currency():
    m = one("The Americans say they have given us $20 billion since then.")
    assert (m.text, m.currency) == ("$20 billion", "USD")


def test_since_and_by_make_one_cumulative_period():
    text = "The US has provided large sums since 2001, roughly $34 billion in appropriations by FY2018."
    m = one(text, timexes=[tx(text, "since 2001", "open_range", "2001", "2024-02-07"),
                           tx(text, "FY2018", "fiscal_year", "2018", "2018")], published="2024-02-07")
    assert (m.period_start, m.period_end) == ("2001", "2018")


def test_a_parenthetical_restatement_is_not_the_period():
    text = "In fiscal year 2017 (October 2016 to September 2017), the NGO spent $11.2 million."
    m = one(text, timexes=[tx(text, "fiscal year 2017", "fiscal_year", "2017", "2017"),
                           tx(text, "October 2016 to September 2017", "range", "2016-10", "2017-09", "month")])
    assert (m.period_start, m.period_end) == ("2017", "2017")


def test_a_range_opening_the_sentence_dates_every_amount():
    text = ("Between 1954 and 1965 the United States gave Pakistan about $2.5 billion in economic assistance "
            "and roughly $700 million in military grants.")
    ms = money(text, timexes=[tx(text, "Between 1954 and 1965", "range", "1954", "1965")])
    assert [(m.text, m.period_start, m.period_end) for m in ms] == [
        ("about $2.5 billion", "1954", "1965"), ("roughly $700 million", "1954", "1965")]


# --------------------------------------------------------------------------- fourth round (dev4 errors)

def test_a_total_that_includes_csf_is_not_csf():
    m = one("The total, including Coalition Support Fund (CSF) reimbursements, was ~$34bn.")
    assert m.category == "unspecified"


def test_the_whole_does_not_take_its_part_category():
    ms = money("The Coalition Support Fund accounted for $14.6bn of the $34.2bn appropriated.")
    assert [(m.text, m.category) for m in ms] == [("$14.6bn", "csf"), ("$34.2bn", "unspecified")]
    assert ms[0].part_of == 1


def test_a_two_year_fiscal_label_covers_both_years():
    text = "Compare that with more than $4bn a year in FY2010-11, when civilian money peaked."
    m = one(text, timexes=[tx(text, "FY2010-11", "fiscal_year", "2010", "2011")])
    assert (m.per, m.period_start, m.period_end) == ("annual", "2010", "2011")


# --------------------------------------------------------------------------- fifth round


def test_a_category_word_and_its_money_noun_are_one_phrase():
    """ "military assistance came to $8.3 billion and civilian aid to $11.3 billion": "civilian
    aid" belongs to the second amount, though "civilian" alone is nearer the first."""
    out = money("Military assistance came to $8.3 billion and civilian aid to $11.3 billion.")
    assert [m.category for m in out] == ["security", "economic"]


def test_a_time_that_opens_a_list_of_amounts_dates_each():
    t = "From FY2002 through FY2009 Washington paid some $7.4 billion under CSF while appropriating $7.8 billion in aid."
    out = money(t, [tx(t, "From FY2002 through FY2009", "range", "2002", "2009")])
    assert [(m.period_start, m.period_end) for m in out] == [("2002", "2009")] * 2


def test_the_only_time_of_a_sentence_dates_the_amounts_coordinated_with_it():
    t = "Congress gave $7.3 billion in security aid and $10.1 billion in economic aid between FY2002 and FY2014."
    out = money(t, [tx(t, "between FY2002 and FY2014", "range", "2002", "2014")])
    assert [(m.period_start, m.period_end) for m in out] == [("2002", "2014")] * 2
    t = "The IMF approved a $7 billion loan in 2025, while China has rolled over $4 billion in deposits."
    assert [m.period_start for m in money(t, [tx(t, "2025", "year", "2025", "2025")])] == ["2025", ""]


def test_a_time_before_the_noun_of_an_amount_is_its_own():
    t = "The FY 2014 estimate of $1,003.2 million and the FY 2015 request of $881.6 million reflect cuts."
    out = money(t, [tx(t, "FY 2014", "fiscal_year", "2014", "2014"), tx(t, "FY 2015", "fiscal_year", "2015", "2015")])
    assert [m.period_start for m in out] == ["2014", "2015"]


def test_a_share_of_something_other_than_money_does_not_block_a_time():
    t = "When floods covered a third of the country in 2022, the United States pledged $66 million in relief."
    assert one(t, timexes=[tx(t, "2022", "year", "2022", "2022")]).period_start == "2022"


@pytest.mark.parametrize("text", [
    "Total aid was $34.2 billion, Coalition Support Fund reimbursements included.",
    "Aid averaged $2 billion, counting the Pentagon's CSF payments.",
    "It ran at $200 million, most of it civilian.",
])
def test_what_an_amount_includes_is_not_its_category(text):
    assert money(text)[0].category == "unspecified"


def test_averaged_is_an_annual_rate_and_annual_for_one_year_is_a_total():
    assert one("Over FY2019-23 it averaged under $200 million.").per == "annual"
    t = "Annual appropriations reached $4.5 billion in FY2010."
    assert one(t, timexes=[tx(t, "FY2010", "fiscal_year", "2010", "2010")]).per == "total"


def test_a_duration_adjective_before_a_comma_leaves_a_package_undated():
    t = "In 1981 the administration agreed a six-year, $3.2 billion package of aid."
    assert one(t, timexes=[tx(t, "1981", "year", "1981", "1981")]).period_start == ""


# --------------------------------------------------------------------------- sixth round (dev7, dev8 errors)

def test_a_total_with_csf_is_unspecified_and_the_rest_without_it_is_mixed():
    t = "The single biggest year was FY2010: around $4.5 billion with CSF, or about $3 billion without it."
    assert [m.category for m in money(t)] == ["unspecified", "mixed"]
    t = "Take out the $14.6 billion in Coalition Support Fund reimbursements and you are left with $19.6 billion."
    found = money(t)
    assert [m.category for m in found] == ["csf", "mixed"]


def test_taking_out_a_part_links_it_and_the_remainder_to_the_total_before():
    t = ("From FY2002 to FY2018 the CRS table adds up to about $34 billion. Take out the $14.6 billion in "
         "Coalition Support Fund reimbursements, and you are left with less than $20 billion.")
    found = money(t, timexes=[tx(t, "FY2002 to FY2018", "range", "2002", "2018")])
    assert [(m.part_of, m.period_start, m.period_end) for m in found] == [
        (None, "2002", "2018"), (0, "2002", "2018"), (0, "2002", "2018")]


def test_a_category_word_opening_the_next_item_belongs_to_the_next_amount():
    t = "In FY2018, economic appropriations fell to $84 million and security-related ones to $23 million."
    assert [m.category for m in money(t)] == ["economic", "security"]
    t = "Z stood at $20 billion, of which the economic side was a bit more than half."
    assert money(t)[0].category == "unspecified"


def test_from_x_to_y_shares_the_kind_of_money():
    t = ("The Act promised a generation of civilian investment, yet economic appropriations fell from $1.77 billion "
         "in FY2010 to $285 million in FY2017.")
    assert [m.category for m in money(t)] == ["economic", "economic"]


@pytest.mark.parametrize("text, category", [
    ("Washington released a first tranche of budget support worth $600 million.", "economic"),
    ("Blinken announced a further $10 million in food assistance.", "humanitarian"),
])
def test_budget_support_and_food_assistance_are_aid_categories(text, category):
    assert one(text).category == category


def test_csf_money_is_paid_by_the_united_states_whoever_incurred_the_expenses():
    t = "Nearly $14.6 billion were Coalition Support Fund reimbursements for expenses incurred by Pakistan's armed forces."
    m = one(t)
    assert (m.category, m.donor, m.recipient) == ("csf", "USA", "PAK")


def test_a_share_of_an_anaphoric_total_takes_the_totals_years():
    t = ("Total US aid to Pakistan between 2002 and 2018 came to roughly $34 billion, and close to 43 percent "
         "of it was CSF.")
    s = shares(t, timexes=[tx(t, "between 2002 and 2018", "range", "2002", "2018")])
    assert [(x.text, x.period_start, x.period_end) for x in s] == [("close to 43 percent", "2002", "2018")]
    t = ("Between 2002 and 2018 the United States provided US$ 34 billion to Pakistan. On these figures the "
         "reimbursements made up over 40 percent of the total, and economic aid averaged under US$ 700 million a year.")
    s = shares(t, timexes=[tx(t, "Between 2002 and 2018", "range", "2002", "2018")])
    assert [(x.period_start, x.period_end) for x in s] == [("2002", "2018")]


# --------------------------------------------------------------------------- seventh round (dev9, dev10 errors)
def test_a_spaced_m_and_the_imf_rupee_prefix_are_amounts():
    assert (one("Aid fell to $108 m by the end.").amount, one("Aid fell to $108 m by the end.").currency) == (108e6, "USD")
    m = one("The budget adds revenue measures of PRs 215 billion.")
    assert (m.text, m.amount, m.currency) == ("PRs 215 billion", 215e9, "PKR")


def test_money_after_a_one_day_named_event_is_open_ended():
    t = "Whoever says we handed Pakistan $50 billion after 9/11 has never opened a CRS table."
    m = one(t, timexes=[tx(t, "9/11", "named_period", "2001-09-11", "2001-09-11", "day")])
    assert (m.period_start, m.period_end) == ("2001", "")


def test_a_category_label_names_the_amount_after_its_colon():
    t = "Security-related aid: $8.3 bn; economic: $11.3 bn."
    assert [(m.text, m.category) for m in money(t)] == [("$8.3 bn", "security"), ("$11.3 bn", "economic")]


# --------------------------------------------------------------------------- eighth round (dev11, dev12 errors)
def test_lakh_crore_and_a_little_over():
    m = one("That is about Rs4.2 lakh crore.")
    assert (m.text, m.amount, m.currency) == ("about Rs4.2 lakh crore", 4.2e12, "PKR")
    m = one("It comes to a little over $1.1 billion.")
    assert (m.text, m.qualifier) == ("a little over $1.1 billion", "over")


def test_a_conversion_shares_the_category_and_period_and_a_rate_date_is_no_period():
    t = ("The Pentagon withheld $300 million in Coalition Support Fund money for FY2018 — roughly Rs3,700 crore "
         "at Monday’s interbank rate.")
    out = money(t, timexes=[tx(t, "FY2018", "fiscal_year", "2018", "2018"),
                            tx(t, "Monday", "relative", "2018-09-03", "2018-09-03", "day")])
    assert [(m.category, m.period_start, m.period_end) for m in out] == [("csf", "2018", "2018")] * 2
    assert out[1].part_of is None


def test_of_that_and_strip_it_out_are_parts_of_the_earlier_total():
    t = ("Washington provided roughly $34 billion in aid between FY2002 and FY2018. Some $14.6 billion of that was "
         "Coalition Support Fund money. Strip it out and about $19.6 billion remains for every security and development "
         "programme combined, or a little over $1.1 billion a year.")
    out = money(t, timexes=[tx(t, "between FY2002 and FY2018", "range", "2002", "2018")])
    assert [(m.part_of, m.category, m.period_start, m.period_end) for m in out[1:]] == [
        (0, "csf", "2002", "2018"), (0, "mixed", "2002", "2018"), (2, "mixed", "2002", "2018")]
    assert out[3].per == "annual"


def test_an_of_this_item_is_part_of_the_previous_list_item():
    t = "CRS total for FY2002–18: about $34.2 bn.\n\nOf this, CSF reimbursements were $14.57 bn."
    out = money(t, timexes=[tx(t, "FY2002–18", "fiscal_year", "2002", "2018")])
    assert (out[1].part_of, out[1].period_start, out[1].period_end) == (0, "2002", "2018")


def test_a_when_clause_after_since_is_that_year_and_a_list_head_dates_its_item():
    t = "Economic aid has fallen every year since FY2010, when it peaked at roughly $1.8 billion."
    m = one(t, timexes=[tx(t, "since FY2010", "open_range", "2010", "2017")])
    assert (m.period_start, m.period_end) == ("2010", "2010")
    t = "FY2010 – Aid reaches its post-9/11 peak, some $4.5 billion."
    m = one(t, timexes=[tx(t, "FY2010", "fiscal_year", "2010", "2010"), tx(t, "post-9/11", "named_period", "2001-09-11", "2022")])
    assert (m.period_start, m.period_end) == ("2010", "2010")


def test_packages_in_a_sentence_about_a_multi_year_package_have_no_period():
    t = "A six-year, $3.2 bn package was agreed in 1981, and a second package of $4.02 bn followed in 1986."
    out = money(t, timexes=[tx(t, "1981", "year", "1981", "1981"), tx(t, "1986", "year", "1986", "1986")])
    assert [(m.period_start, m.period_end) for m in out] == [("", ""), ("", "")]


def test_a_category_word_in_the_predicate_before_a_colon_is_not_a_label():
    assert one("Some $14.6 billion of that was Coalition Support Fund money: costs Pakistan bore.").category == "csf"


# Ninth round (dev13, dev14 errors)

def test_a_deadline_is_not_the_period_of_the_money():
    t = ("$850,000,000 shall be made available for the Fund for fiscal year 2012, to remain available until "
         "September 30, 2013.")
    m = one(t, timexes=[tx(t, "fiscal year 2012", "fiscal_year", "2012", "2012"),
                        tx(t, "September 30, 2013", "date", "2013-09-30", "2013-09-30", "day")])
    assert (m.period_start, m.period_end) == ("2012", "2012")


def test_of_what_remains_takes_parts_of_the_total_past_a_sentence_naming_another_part():
    t = ("The total for fiscal 2002 to 2018 was roughly $34 billion. Nearly $15 billion of that was CSF. "
         "Of what remains, military aid came to just over $8 billion and civilian aid to less than $5 billion.")
    out = money(t, timexes=[tx(t, "fiscal 2002 to 2018", "range", "2002", "2018")])
    assert [(m.part_of, m.period_start, m.period_end) for m in out[2:]] == [(0, "2002", "2018"), (0, "2002", "2018")]


def test_of_the_total_skips_an_amount_given_for_comparison_and_a_time_behind_a_semicolon():
    t = ("During 2022-23, inflows of $8.1 billion were disbursed, against $12.2 billion in 2021-22. "
         "Multilateral partners accounted for $4.4 billion of the total.")
    out = money(t, timexes=[tx(t, "2022-23", "fiscal_year", "2022", "2023"), tx(t, "2021-22", "fiscal_year", "2021", "2022")])
    assert (out[2].part_of, out[2].period_start, out[2].period_end) == (0, "2022", "2023")
    t = "Aid averaged $150 million a year, a fraction of the War on Terror era; in FY2010 alone, Congress gave more than $4 billion."
    out = money(t, timexes=[tx(t, "War on Terror", "named_period", "2001", "2021"), tx(t, "FY2010", "fiscal_year", "2010", "2010")])
    assert (out[1].period_start, out[1].period_end) == ("2010", "2010")


@pytest.mark.parametrize("text,qual", [("of which not more than $800 million could be paid", "up_to"),
                                       ("no more than $5 million was paid", "up_to"),
                                       ("a sum not to exceed $3 million", "up_to")])
def test_ceilings_worded_as_negated_comparisons_are_up_to(text, qual):
    (m,) = M.extract_money(text, [(0, len(text))], [], None)
    assert m.text.startswith(("not", "no")) and m.qualifier == qual


@pytest.mark.parametrize("text", [
    "From 2002 to 2013 the United States appropriated or reimbursed about $28.5 billion for Pakistan.",
    "Appropriations for Pakistan, including security assistance and Coalition Support Fund reimbursements, "
    "came to about $34 billion.",
])
def test_a_total_that_holds_csf_with_other_aid_is_not_csf(text):
    (m,) = M.extract_money(text, [(0, len(text))], [], None)
    assert m.category != "csf"


def test_a_heading_amount_takes_the_period_of_its_item_body():
    from usp_research import timex
    text = ("## 6. $4.5 billion: the peak year\n\nIn FY2010 American appropriations reached their highest level.\n\n"
            "## 7. A longer heading line that mentions $9 billion: and then goes on to say much more than a heading would\n\n"
            "In 2012 nothing happened.")
    sents = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    got = {m.text: (m.period_start, m.period_end) for m in M.extract_money(text, sents, timex.tag(text), None)}
    assert got["$4.5 billion"] == ("2010", "2010")
    assert got["$9 billion"] == ("", "")


def test_each_amount_of_a_list_takes_the_time_of_its_own_item():
    from usp_research import timex
    text = ("Since 2019 Pakistan has leaned on three IMF programmes: a $6 billion Extended Fund Facility approved in "
            "July 2019, a $3 billion Stand-By Arrangement in July 2023 and a $7 billion EFF in September 2024.")
    got = {m.text: (m.period_start, m.period_end)
           for m in M.extract_money(text, [(0, len(text))], timex.tag(text, "2024-11-04"), "2024-11-04")}
    assert got == {"$6 billion": ("2019", "2019"), "$3 billion": ("2023", "2023"), "$7 billion": ("2024", "2024")}


def test_a_heading_amount_is_aid_or_an_authorisation_as_its_body_says():
    from usp_research import timex
    text = ("## 6. $4.5 billion: the peak year\n\nIn FY2010 American appropriations and reimbursements peaked.\n\n"
            "## 7. $7.5 billion: the promise\n\nThe Act, signed in October 2009, authorised $1.5 billion a year.")
    sents = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    got = {m.text: m.flow for m in M.extract_money(text, sents, timex.tag(text), None)}
    assert got["$4.5 billion"] == "aid" and got["$7.5 billion"] == "authorisation"


@pytest.mark.parametrize("text,flows", [
    ("Pakistan received $1.5 billion in 2013, $1.2 billion in 2014, and $900 million in 2015, before Congress "
     "withheld the rest.", ["", "", ""]),
    ("The $7.5 billion package, held up as a model of civilian aid, was disbursed slowly.", ["aid"]),
    ("$7.5 billion: civilian aid authorised for FY2010-14.", ["authorisation"]),
])
def test_a_status_word_reaches_only_an_amount_standing_alone_in_its_clause(text, flows):
    assert [m.flow for m in M.extract_money(text, [(0, len(text))], [], None)] == flows


@pytest.mark.parametrize("text,category", [
    ("The Pentagon delayed and reimbursed $700 million in 2012.", "csf"),
    ("Coalition Support Fund reimbursements came to $14 billion, not including economic aid.", "csf"),
])
def test_csf_stays_csf_outside_a_total_that_holds_it(text, category):
    (m,) = M.extract_money(text, [(0, len(text))], [], None)
    assert m.category == category


# --------------------------------------------------------------------------- eleventh round


def test_amounts_listed_with_their_own_years_and_a_stated_sum_that_covers_them():
    from usp_research.timex import tag
    text = ("Congress appropriated approximately $1.8 billion in economic-related assistance for Pakistan in "
            "FY 2010 and $1.19 billion in FY 2011, a total of almost $3 billion.")
    got = M.extract_money(text, sentences(text), tag(text, "2012-05-15"), "2012-05-15", aliases=ALIASES)
    assert [(m.period_start, m.period_end, m.category) for m in got] == [
        ("2010", "2010", "economic"), ("2011", "2011", "economic"), ("2010", "2011", "economic")]
    assert [m.part_of for m in got] == [2, 2, None]


def test_a_stated_sum_far_from_the_listed_amounts_is_not_their_total():
    from usp_research.timex import tag
    text = "It gave $1 billion in FY 2010 and $1 billion in FY 2011, a total of $9 billion since 2002."
    got = M.extract_money(text, sentences(text), tag(text, "2012-05-15"), "2012-05-15", aliases=ALIASES)
    assert got[2].part_of is None and got[0].part_of is None


@pytest.mark.parametrize("phrase, qualifier", [("something like", "about"), ("a bit under", "less_than")])
def test_more_qualifier_spellings(phrase, qualifier):
    assert one(f"Pakistan was getting {phrase} $600 million a year.").qualifier == qualifier


def test_a_usaid_reimbursement_agreement_is_economic_not_csf():
    assert one("The mission signed a fixed amount reimbursement agreement with WAPDA for $16.5 million.").category == "economic"
    assert one("The Pentagon reimbursed Pakistan $300 million for its operations.").category == "csf"


def test_a_stated_sum_takes_only_the_run_of_amounts_that_adds_up_to_it():
    from usp_research.timex import tag
    text = ("After a $7.5 billion package approved in 2009, the US gave $1.8 billion in FY 2010 and $1.19 billion "
            "in FY 2011, a total of almost $3 billion.")
    got = M.extract_money(text, sentences(text), tag(text), None, aliases=ALIASES)
    assert [m.part_of for m in got] == [None, 3, 3, None] and (got[3].period_start, got[3].period_end) == ("2010", "2011")


def test_a_quote_mark_before_an_amount_is_not_a_qualifier_but_a_touching_sign_is():
    got = money("In the end the United States disbursed to Pakistan > $1.2 billion in security aid. It gave >$1bn.")
    assert [(m.text, m.qualifier) for m in got] == [("$1.2 billion", "exact"), (">$1bn", "more_than")]


@pytest.mark.parametrize("phrase, qualifier", [("well under", "less_than"), ("well below", "less_than"),
                                               ("barely above", "over"), ("just above", "over")])
def test_qualifiers_settled_for_the_twelfth_round(phrase, qualifier):
    got = one(f"Pakistan was getting {phrase} $200 million a year.")
    assert got.qualifier == qualifier and got.text == f"{phrase} $200 million"


@pytest.mark.parametrize("text, amount", [("about one hundred million dollars", 10**8),
                                          ("two hundred million rupees", 2 * 10**8),
                                          ("a hundred million dollars", 10**8),
                                          ("One Hundred Twenty-Five Million United States Dollars", 125 * 10**6),
                                          ("two hundred and fifty million rupees", 250 * 10**6),
                                          ("a hundred and fifty million dollars", 150 * 10**6)])
def test_hundreds_spelled_out(text, amount):
    got = one(f"By FY2018 it was {text}.")
    assert got.amount == amount and got.text == text


def test_undated_amounts_right_after_a_dated_total_that_add_up_to_it_are_its_breakdown():
    text = ("US appropriations for Pakistan came to roughly $34.2 billion over FY2002–FY2018. That figure mixes three "
            "kinds of money:\n\nCoalition Support Funds: about $14.6 billion.\n\nEconomic aid: about $11.3 billion, "
            "covering health.\n\nSecurity aid: roughly $8.3 billion, mostly FMF.")
    got = money(text, [tx(text, "FY2002–FY2018", "range", "2002", "2018")])
    assert [(g.part_of, g.period_start, g.period_end) for g in got[1:]] == [(0, "2002", "2018")] * 3
    # amounts that do not add up to the total are not its breakdown
    text = text.replace("$8.3 billion", "$3.3 billion")
    got = money(text, [tx(text, "FY2002–FY2018", "range", "2002", "2018")])
    assert [g.part_of for g in got[1:]] == [None] * 3 and not got[1].period_start


def test_perhaps_and_a_half_after_digits():
    got = one("They gave perhaps $700 million in military grants.")
    assert got.qualifier == "about" and got.text == "perhaps $700 million"
    got = one("The CSF alone was about 14 and a half billion dollars.")
    assert got.amount == 14_500_000_000 and got.text == "about 14 and a half billion dollars"


def test_amounts_in_later_paragraphs_or_without_a_breakdown_cue_are_not_parts():
    text = ("Aid totalled $2 billion over FY2019–FY2021.\n\nExports to the US reached $1.2 billion.\n\n"
            "Remittances were $800 million.")
    got = money(text, [tx(text, "FY2019–FY2021", "range", "2019", "2021")])
    assert [g.part_of for g in got] == [None] * 3
    text = "The Fund disbursed $1.2 billion over 2019–2021. Pakistan needs $600 million for imports and $600 million for debt."
    got = money(text, [tx(text, "2019–2021", "range", "2019", "2021")])
    assert [g.part_of for g in got] == [None] * 3


def test_an_amount_for_each_of_a_range_of_fiscal_years_is_annual_over_that_range():
    text = "Authorizes appropriations of $1.5 billion for each of FY2010-FY2014 for such assistance."
    m = one(text, timexes=[tx(text, "FY2010-FY2014", "range", "2010", "2014")])
    assert (m.per, m.period_start, m.period_end) == ("annual", "2010", "2014")


@pytest.mark.parametrize("text, per", [
    ("It gave $7.5 billion over five years with a certification required for each fiscal year.", "total"),
    ("It gave $2 billion in each of the last three years.", "annual"),
])
def test_for_each_is_the_amounts_rate_only_right_after_it(text, per):
    assert one(text).per == per


def _periods(text, published=None):
    from usp_research import segment, timex
    sents = [(s, e) for s, e in segment.split_sentences(text)]
    return {m.text: (m.period_start, m.period_end)
            for m in M.extract_money(text, sents, timex.tag(text, published), published)}


def test_an_amount_of_a_named_budget_year_takes_that_year_not_the_entrys_label():
    assert _periods("2016: Carter refuses the certification, so $300m of the FY2015 money is withheld.") == {
        "$300m": ("2015", "2015")}
    assert _periods("2017: Mattis does the same with $350m of FY2016 CSF.") == {"$350m": ("2016", "2016")}


def test_a_comparisons_base_year_is_not_the_amounts_period():
    got = _periods("By 2018, total American assistance had fallen to less than $110 million, a drop of 97 percent "
                   "from the FY2011 level.")
    assert got == {"less than $110 million": ("2018", "2018")}
    got = _periods("Total appropriations in FY2017 were just $590 million, against $4.5bn at the FY2010 peak.")
    assert got == {"$590 million": ("2017", "2017"), "$4.5bn": ("2010", "2010")}


def test_a_list_after_a_range_and_a_weekday_takes_the_range():
    got = _periods("Bilal re-ran the FY2002–FY2018 totals on Monday, and they now match: $34.2 billion including "
                   "CSF, $19.6 billion without it.", "2025-02-27")
    assert got == {"$34.2 billion": ("2002", "2018"), "$19.6 billion": ("2002", "2018")}


def test_an_average_over_seventeen_years_takes_the_seventeen_year_range_of_the_sentence_before():
    got = _periods("Between FY2002 and FY2018 the United States gave $34 billion. Counting reimbursements, that "
                   "is an average of roughly $2 billion a year over seventeen years.")
    assert got["roughly $2 billion"] == ("2002", "2018")


def test_review_fixes_for_comparison_bases_and_list_times():
    assert _periods("Aid in 2011 was $1.2 billion, down from the 2010 level of $2 billion.") == {
        "$1.2 billion": ("2011", "2011"), "$2 billion": ("2010", "2010")}
    assert _periods("In FY2002-FY2010 Pakistan received $10bn in CSF, and in FY2011, $1.5bn, then $1.2bn.") == {
        "$10bn": ("2002", "2010"), "$1.5bn": ("2011", "2011"), "$1.2bn": ("2011", "2011")}
    got = _periods("Civilian aid has fallen from a post-9/11 peak of about $1.8 billion in FY2010 to $561 million.")
    assert got["about $1.8 billion"] == ("2010", "2010")


def test_coalition_funds_in_a_headline_is_csf():
    (m,) = M.extract_money("Pentagon withholds $300m in coalition funds from Pakistan", [(0, 56)], [], None)
    assert m.category == "csf"
    (m,) = M.extract_money("The Pentagon withholds $300m from the coalition fund-raiser.", [(0, 60)], [], None)
    assert m.category != "csf"


def test_the_year_in_a_laws_name_is_not_the_moneys_period():
    got = _periods("Under section 634A of the Foreign Assistance Act of 1961, USAID will reprogram $72,500,000 in "
                   "Economic Support Funds for Pakistan.")
    assert got["$72,500,000"] == ("", "")
    assert _periods("In 1961 the United States gave $150 million.")["$150 million"] == ("1961", "1961")


def test_review_fix_a_laws_name_without_of():
    assert _periods("Under the Anti-Terrorism Act 1997, Pakistan spent Rs 5 billion.")["Rs 5 billion"] == ("", "")


def test_a_latex_sources_escaped_dollar_and_tie_are_read_as_typeset_and_kept_in_the_span():
    t = "Congress appropriated roughly \\$7.5 billion, and the Pentagon reimbursed about \\$1.5~billion in FY2010."
    got = [(m.text, m.amount) for m in M.extract_money(t, [(0, len(t))])]
    assert got == [("roughly \\$7.5 billion", 7.5e9), ("about \\$1.5~billion", 1.5e9)]
    # "~$34bn" in plain text is "about $34bn": the tilde is no tie
    assert [(m.text, m.qualifier) for m in M.extract_money("Total: ~$34bn.", [(0, 14)])] == [("~$34bn", "about")]


def test_a_latex_sources_escaped_percent_is_read_as_typeset_and_kept_in_the_share():
    t = "Some 30\\% of US aid went to the military."
    assert [(s.text, s.share) for s in M.extract_shares(t, [(0, len(t))])] == [("Some 30\\%", 0.3)]
