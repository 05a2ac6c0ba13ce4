"""Keyness (Dunning G², log ratio) on tiny corpora computed by hand."""
import math

import pandas as pd
import pytest

from usp_research.keyness import COLUMNS, g2, keyness, log_ratio, terms, tokens


def test_two_documents_by_hand():
    # A: drones drones drones peace   (N1 = 4 tokens)   B: peace peace trade trade   (N2 = 4)
    # A/"drones": a=3, b=0; E1 = E2 = 4*3/8 = 1.5; G2 = 2*(3 ln(3/1.5)) = 6 ln 2 = 4.1589;
    #             log ratio = log2((3/4)/(0.5/4)) = log2 6 = 2.5850 (zero count -> 0.5)
    # A/"drones drones": a=2, b=0; E1 = 1; G2 = 2*(2 ln 2) = 4 ln 2 = 2.7726; log2(2/0.5) = 2
    # A/"peace": 1 < min_count, and less frequent than in B anyway; "drones peace": count 1
    # B/"trade": a=2, b=0 -> 4 ln 2 = 2.7726, log ratio 2
    # B/"peace": a=2, b=1; E1 = E2 = 1.5; G2 = 2*(2 ln(2/1.5) + 1 ln(1/1.5)) = 0.3398; log2(2/1) = 1
    out = keyness({"B": "Peace, peace; trade trade.", "A": "Drones drones drones peace."}, min_count=2)
    assert list(out.columns) == COLUMNS
    expected = pd.DataFrame([
        ["A", "drones", 3, 0, 7500.0, 0.0, 4.1589, 2.585],
        ["A", "drones drones", 2, 0, 5000.0, 0.0, 2.7726, 2.0],
        ["B", "trade", 2, 0, 5000.0, 0.0, 2.7726, 2.0],
        ["B", "peace", 2, 1, 5000.0, 2500.0, 0.3398, 1.0],
    ], columns=COLUMNS)
    pd.testing.assert_frame_equal(out, expected, check_dtype=False)
    assert round(6 * math.log(2), 4) == 4.1589
    assert round(2 * (2 * math.log(2 / 1.5) + math.log(1 / 1.5)), 4) == 0.3398
    # "peace peace" is not a bigram: a comma stands between the two words


def test_g2_and_log_ratio_helpers():
    assert g2(3, 0, 4, 4) == pytest.approx(6 * math.log(2))
    assert g2(5, 5, 100, 100) == pytest.approx(0.0)
    assert g2(0, 0, 10, 10) == 0.0
    assert log_ratio(3, 0, 4, 4) == pytest.approx(math.log2(6))


def test_tokens_and_terms():
    text = "The US and the U.S. joined Pakistan’s counter-terrorism drive; let us see. In 2011 the War on Terror..."
    toks = [t for t, _, _ in tokens(text)]
    assert toks == ["the", "u.s.", "and", "the", "u.s.", "joined", "pakistan", "counter-terrorism", "drive",
                    "let", "us", "see", "in", "the", "war", "on", "terror"]
    counts, n = terms(text)
    assert n == len(toks)
    assert counts["u.s."] == 2 and "us" not in counts  # the pronoun is a stopword, the country is not
    assert counts["pakistan counter-terrorism"] == 1 and counts["counter-terrorism drive"] == 1
    assert "drive let" not in counts  # no bigram across punctuation
    assert "war on" not in counts and "on terror" not in counts and "the war" not in counts  # stopword edges
    assert "2011" not in counts


def test_positive_only_top_and_min_count():
    # commas: no bigrams. c: aid 2/4 = rest 5/10, trust 2/4 = rest 5/10 -> not more frequent, not key
    texts = {"a": "aid, aid, aid, aid, trust", "b": "trust, trust, trust, trust, aid", "c": "trust, trust, aid, aid"}
    out = keyness(texts, min_count=1, top=1)
    assert list(out.doc_id) == ["a", "b"]
    assert list(out.term) == ["aid", "trust"]
    assert (out.per_10k > out.per_10k_rest).all()
    assert keyness(texts, min_count=5).empty


def test_degenerate_inputs():
    assert keyness({}).empty
    assert keyness({"only": "drones drones drones"}).empty  # nothing to compare with
    out = keyness({"empty": "", "a": "drones drones", "b": "peace peace"})
    assert set(out.doc_id) == {"a", "b"}
    with pytest.raises(ValueError):
        keyness({"a": "x"}, top=-1)


def test_deterministic_regardless_of_input_order():
    texts = {"x": "Drone strikes drone strikes trust deficit. Trust deficit!", "y": "IMF loans, IMF loans and aid.",
             "z": "Kashmir Kashmir ceasefire ceasefire drone strikes."}
    a = keyness(texts)
    b = keyness(dict(reversed(list(texts.items()))))
    pd.testing.assert_frame_equal(a, b)
    assert list(a.doc_id) == sorted(a.doc_id)
    for _, g in a.groupby("doc_id"):
        keys = list(zip(-g.log_likelihood, g.term))
        assert keys == sorted(keys)
