"""Dictionary theme coder: matching rules, thresholds, headings, agreement statistics, codebooks."""
import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from usp_research import themes as T
from usp_research.errors import InputError
from usp_research.paths import ROOT

I = T.Indicator
THEMES, INDICATORS = T.load_codebook()
NAMES = [t.theme for t in THEMES]


def spans(text):
    """(para_id, start, end) of the blank-line-separated paragraphs of a test text."""
    return [(i, m.start(), m.end()) for i, m in enumerate(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text), start=1)]


def at(text, phrase, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return f"{phrase} ({start}-{start + len(phrase)})"


# --- term matching ---------------------------------------------------------------------------

@pytest.mark.parametrize("term, text, found", [
    ("drone strike", "Two drone strikes hit.", ["drone strikes"]),
    ("drone strike", "a drone-strike campaign", ["drone-strike"]),
    ("drone strike", "the drone–strike’s toll", ["drone–strike’s"]),
    ("counter-terrorism", "counterterrorism, counter terrorism and Counter–Terrorism", ["counterterrorism", "counter terrorism", "Counter–Terrorism"]),
    ("militant", "the militants' hideouts and a militant’s gun", ["militants'", "militant’s"]),
    ("militant", "militantly and antimilitant", []),
    ("policy", "US policies", ["policies"]),
    ("A.Q. Khan", "the A.Q. Khan network", ["A.Q. Khan"]),
    ("trust", "neither trusts the other; mistrust; trustworthy", ["trusts"]),
])
def test_term_variants(term, text, found):
    ms = T.find_matches(text, [I("x", term, "term", 1.0)])
    assert [m.text for m in ms] == found
    assert all(text[m.start:m.end] == m.text for m in ms)


def test_regex_is_case_insensitive_unless_scoped():
    text = "The TTP struck; let them talk. LeT was named."
    assert [m.text for m in T.find_matches(text, [I("x", r"\b(?-i:LeT)\b", "regex", 3)])] == ["LeT"]
    assert [m.text for m in T.find_matches(text, [I("x", r"\bttp\b", "regex", 3)])] == ["TTP"]


def test_overlaps_within_a_theme_are_leftmost_longest_and_across_themes_kept():
    inds = [I("ct", "terror", "term", 2), I("ct", "War on Terror", "term", 1), I("hr", "war", "term", 1)]
    ms = T.find_matches("during the War on Terror", inds)
    assert [(m.theme, m.text) for m in ms] == [("ct", "War on Terror"), ("hr", "War")]


def test_matches_never_cross_a_line_break():
    assert T.find_matches("drone\nstrikes", [I("x", "drone strike", "term", 2)]) == []


# --- paragraph coding ------------------------------------------------------------------------

def test_drone_paragraph_is_counter_terrorism_with_evidence_offsets():
    text = ("Drones over the Tribal Areas\n\n"
            "In 2009 American drone strikes killed a militant commander in Waziristan. "
            "Islamabad protested in public but shared intelligence.\n")
    codes = T.code_paragraphs(text, spans(text), INDICATORS)
    ct = [c for c in codes if c.theme == "counter_terrorism"]
    assert len(ct) == 1
    assert ct[0].para_id == 2  # the heading gets nothing
    assert ct[0].score == 4.0  # drone strikes (2) + militant (2)
    assert ct[0].evidence == f"{at(text, 'drone strikes')}; {at(text, 'militant')}"
    for word, s, e in T.parse_evidence(ct[0].evidence):
        assert text[s:e] == word
    assert all(c.para_id == 2 for c in codes)


def test_heading_gets_no_code():
    inds = [I("ct", "counterterrorism", "term", 3), I("ct", "militancy", "term", 2)]
    text = "Counterterrorism and Militancy\n\nCounterterrorism matters.\n\nCounterterrorism, militancy and the long road ahead for both of these two countries"
    codes = T.code_paragraphs(text, spans(text), inds)
    assert [(c.para_id, c.score) for c in codes] == [(2, 3.0), (3, 5.0)]  # 1: short, no final stop; 3: 12+ words
    assert T.is_heading("What's Happening") and not T.is_heading("What's Happening?")
    assert not T.is_heading("“They are a phenomenal partner.”")


def test_threshold():
    inds = [I("afghanistan", "Afghanistan", "term", 1), I("afghanistan", "Taliban", "term", 1)]
    one = "Militants crossed from Afghanistan last year."
    two = "The Taliban took Afghanistan in August 2021."
    assert T.code_paragraphs(one, spans(one), inds) == []  # 1 < 2.0
    assert [c.score for c in T.code_paragraphs(one, spans(one), inds, threshold=1.0)] == [1.0]
    [code] = T.code_paragraphs(two, spans(two), inds)  # 1 + 1 reaches 2.0 exactly
    assert (code.theme, code.score, code.evidence) == ("afghanistan", 2.0, "Taliban (4-11); Afghanistan (17-28)")
    assert T.code_paragraphs(two, spans(two), inds, threshold=2.5) == []


def test_codebook_rules_a_dictionary_can_follow():
    def coded(text):
        return {c.theme for c in T.code_paragraphs(text, spans(text), INDICATORS)}
    # the Pakistani Taliban is counter-terrorism, not Afghanistan
    assert coded("The Tehreek-i-Taliban Pakistan attacked a police post in the north.") == {"counter_terrorism"}
    # a period label alone is not counter-terrorism; a role in the War on Terror is
    assert "counter_terrorism" not in coded("During the War on Terror, trade grew slowly.")
    assert "counter_terrorism" in coded("Pakistan became a frontline ally in the War on Terror.")
    # 'diplomatic coup' is not a military coup
    assert "civil_military" not in coded("The visit was a diplomatic coup for the foreign office.")
    assert "civil_military" in coded("The 1999 coup brought General Musharraf to power.")
    # a single 'transactional' is not trust, mistrust is
    assert "trust" not in coded("The relationship remained transactional.")
    assert "trust" in coded("The relationship remained transactional and marked by deep mistrust.")


def test_span_outside_text_is_refused():
    with pytest.raises(ValueError):
        T.code_paragraphs("short", [(1, 0, 99)], INDICATORS)


# --- hypothesis: never raises, evidence slices back -----------------------------------------

WORDS = ["drone", "strikes", "militant", "Taliban", "Pakistan", "Afghanistan", "trust", "mis", "IMF",
         "China-Pakistan", "Economic", "Corridor", "War", "on", "Terror", "U.S.", "aid", "the", "’s", "s'"]
pieces = st.one_of(st.sampled_from(WORDS), st.text(max_size=6),
                   st.sampled_from([" ", " ", "-", "–", ".", "\n", "\n\n", ",", "(", "“"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, max_size=60), st.data())
def test_any_text_codes_and_evidence_slices_back(parts, data):
    text = "".join(parts)
    paras = spans(text)
    if text and data.draw(st.booleans()):  # arbitrary (possibly overlapping, empty) spans too
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        paras = paras + [(99, a, b)]
    codes = T.code_paragraphs(text, paras, INDICATORS, threshold=data.draw(st.sampled_from([0.5, 1.0, 2.0, 3.0])))
    by_id = {p: (s, e) for p, s, e in paras}
    for code in codes:
        s0, e0 = by_id[code.para_id]
        ev = T.parse_evidence(code.evidence)
        assert ev and T.format_evidence(T.Match(s, e, w, "", "", 0) for w, s, e in ev) == code.evidence
        weights = 0.0
        for word, s, e in ev:
            assert text[s:e] == word and s0 <= s < e <= e0
            hits = [i for i in INDICATORS if i.theme == code.theme
                    and any(m.start() == s and m.end() == e for m in T._compile(i).finditer(text))]
            assert hits, (code.theme, word)
            weights += max(i.weight for i in hits)
        assert code.score == pytest.approx(weights)


# --- codebooks -------------------------------------------------------------------------------

def test_codebook_loads():
    assert NAMES == ["afghanistan", "china_cpec", "civil_military", "counter_terrorism", "economy_aid",
                     "great_power", "human_rights", "imf_debt", "india_kashmir", "nuclear",
                     "regional_diplomacy", "sovereignty_opinion", "trust"]
    assert {i.theme for i in INDICATORS} == set(NAMES)
    assert all(i.weight > 0 and i.kind in ("term", "regex") for i in INDICATORS)


INDICATOR_HEADER = "theme,indicator,kind,weight,notes\n"


@pytest.mark.parametrize("rows, problem", [
    ("trust,mistrust,word,2,\n", "kind"),
    ("trust,mistrust,term,-1,\n", "not positive"),
    ("trust,mistrust,term,heavy,\n", "not a number"),
    ("trsut,mistrust,term,2,\n", "not in the theme codebook"),
    ("trust,(unclosed,regex,2,\n", "invalid regex"),
    ("trust,a*,regex,2,\n", "empty string"),
    ("trust, mistrust,term,2,\n", "padded"),
    ("trust,mistrust,term,2,\ntrust,Mistrust,term,3,\n", "duplicate"),
    ("trust,mistrust,term,2,x,y\n", "fields"),
])
def test_malformed_indicator_rows(tmp_path, rows, problem):
    themes = tmp_path / "themes.csv"
    themes.write_text("theme,label,definition,include,exclude,citation\ntrust,Trust,Mistrust.,,,\n", encoding="utf-8")
    inds = tmp_path / "ind.csv"
    inds.write_text(INDICATOR_HEADER + rows, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as err:
        T.load_codebook(themes, inds)
    assert err.value.path == str(inds) and err.value.fix


def test_malformed_theme_codebook(tmp_path):
    inds = tmp_path / "ind.csv"
    inds.write_text(INDICATOR_HEADER + "trust,mistrust,term,2,\n", encoding="utf-8")
    bad = tmp_path / "themes.csv"
    bad.write_text("theme,label,definition\ntrust,Trust,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        T.load_codebook(bad, inds)
    bad.write_text("theme,label,definition,include,exclude\nTrust!,Trust,x,,\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad theme id"):
        T.load_codebook(bad, inds)
    bad.write_text("theme,label,definition,include,exclude\ntrust,Trust,x,,\nnuclear,Nuclear,y,,\n", encoding="utf-8")
    with pytest.raises(InputError, match="no indicators for theme"):
        T.load_codebook(bad, inds)
    with pytest.raises(InputError, match="not found"):
        T.load_codebook(tmp_path / "nope.csv", inds)


# --- corpus helpers, wide tables, agreement --------------------------------------------------

def test_paragraph_spans():
    s = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "para_id": [2, 1, 2, 1], "sent_id": [3, 1, 2, 1],
                      "start": [30, 0, 12, 0], "end": [50, 10, 29, 5], "text": ["", "", "", ""]})
    assert T.paragraph_spans(s, "a") == [(1, 0, 10), (2, 12, 50)]
    with pytest.raises(InputError):
        T.paragraph_spans(s, "zzz")


def test_to_wide():
    codes = {"a": [T.Code(1, "trust", 3.0, "mistrust (0-8)"), T.Code(3, "nuclear", 2.0, ""), T.Code(1, "other", 9, "")]}
    units = pd.DataFrame({"doc_id": ["a", "a", "b"], "para_id": [1, 2, 1]})
    wide = T.to_wide(codes, units, ["nuclear", "trust"])
    assert wide.to_dict("list") == {"doc_id": ["a", "a", "b"], "para_id": [1, 2, 1], "nuclear": [0, 0, 0], "trust": [1, 0, 0]}


def test_agreement_hand_computed():
    # 10 paragraphs; theme x: tp=2, fn=1, fp=1, tn=6.
    # p_o = 8/10 = 0.8; p_e = (3*3 + 7*7)/100 = 0.58; kappa = (0.8-0.58)/(1-0.58) = 0.22/0.42 = 0.5238
    gold = pd.DataFrame({"doc_id": ["d"] * 10, "para_id": range(1, 11),
                         "x": [1, 1, 1, 0, 0, 0, 0, 0, 0, 0], "y": [0] * 10, "z": [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]})
    pred = pd.DataFrame({"doc_id": ["d"] * 9, "para_id": range(1, 10),  # para 10 missing -> 0
                         "x": [1, 1, 0, 1, 0, 0, 0, 0, 0], "y": [0] * 9, "z": [1, 0, 0, 0, 0, 0, 0, 0, 0]})
    a = T.agreement(gold, pred, ["x", "y", "z"]).set_index("theme")
    x = a.loc["x"]
    assert (x.n, x.gold_pos, x.pred_pos, x.tp, x.fp, x.fn) == (10, 3, 3, 2, 1, 1)
    assert x.precision == pytest.approx(2 / 3) and x.recall == pytest.approx(2 / 3) and x.f1 == pytest.approx(2 / 3)
    assert x.kappa == pytest.approx(0.22 / 0.42) and round(x.kappa, 4) == 0.5238
    y = a.loc["y"]  # no positives anywhere: precision, recall, f1, kappa undefined
    assert (y.tp, y.fp, y.fn) == (0, 0, 0) and all(math.isnan(y[c]) for c in ("precision", "recall", "f1", "kappa"))
    assert a.loc["z"].kappa == 1.0


def test_dev_sample_agreement_does_not_regress():
    """The DEV gold sample (tests/gold/themes/paragraphs.csv): pooled kappa of the shipped codebook."""
    gold = pd.read_csv(ROOT / "tests" / "gold" / "themes" / "paragraphs.csv")
    sentences = pd.read_csv(ROOT / "data" / "derived" / "corpus" / "sentences.csv")
    for doc_id, rows in gold.groupby("doc_id"):
        text = (ROOT / "data" / "derived" / "corpus" / "clean" / f"{doc_id}.txt").read_text(encoding="utf-8")
        paras = dict((p, (s, e)) for p, s, e in T.paragraph_spans(sentences, doc_id))
        for pid, first in zip(rows.para_id, rows.first_words):  # the gold units are our paragraphs
            s, e = paras[pid]
            assert " ".join(text[s:e].split()[:8]) == first
    pred = T.to_wide(T.code_corpus(), gold, THEMES)
    a = T.agreement(gold, pred, THEMES)
    tp, fp, fn, n = a.tp.sum(), a.fp.sum(), a.fn.sum(), a.n.sum()
    tn = n - tp - fp - fn
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n ** 2
    assert (po - pe) / (1 - pe) > 0.9
    assert (a.kappa.fillna(1) > 0.75).all(), a[["theme", "kappa"]]
