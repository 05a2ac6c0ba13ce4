"""Tests for usp_research.aidref and usp_research.aidcheck.

Expected values are computed by hand from the canonical rows (current $M) listed in
data/raw/reference/aid/README.md.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import namedtuple
from pathlib import Path

import pandas as pd
import pytest

from usp_research import aidcheck, aidref
from usp_research import money as M

ROOT = Path(__file__).resolve().parents[1]
REF_DIR = ROOT / "data" / "raw" / "reference" / "aid"
FIX = Path(__file__).resolve().parent / "fixtures" / "money"


@pytest.fixture(scope="module")
def ref() -> pd.DataFrame:
    return aidref.load(REF_DIR)


# --------------------------------------------------------------------------- aidref


def test_copies_match_documented_checksums():
    readme = (REF_DIR / "README.md").read_text(encoding="utf-8")
    for name in ("aid_reference.csv", "sources.csv", "SOURCE_README.md"):
        digest = hashlib.sha256((REF_DIR / name).read_bytes()).hexdigest()
        assert f"{digest}  {name}" in readme


def test_load_shape_columns_and_order(ref):
    assert list(ref.columns) == aidref.COLUMNS
    assert len(ref) == 517
    assert ref["fy_start"].dtype.kind == "i" and ref["fy_end"].dtype.kind == "i"
    again = aidref.load(REF_DIR)
    pd.testing.assert_frame_equal(ref, again)
    keys = list(zip(ref.fy_start, ref.fy_end, ref.category, ref.program, ref.measure, ref.dollars, ref.source_id, ref.series))
    assert keys == sorted(keys)
    assert set(ref["category"]) == {"security", "economic", "csf", "grand_total", "all_agencies", "total_excl_csf",
                                    "security_incl_csf"}
    assert set(ref["measure"]) == {"appropriation", "obligation", "disbursement", "reimbursement"}
    assert set(ref["status"]) == {"enacted", "estimate", "request"}


def test_amounts_and_citations(ref):
    row = ref[(ref.series == "crs_grand_total") & (ref.fiscal_year == "2010") & (ref.source_id == "CRS_2014")].iloc[0]
    assert row.amount_usd == 4_504_000_000.0
    assert row.citation.startswith("Direct Overt U.S. Aid Appropriations for and Military Reimbursements to Pakistan, FY2002-FY2015")
    assert row.citation.endswith("https://www.everycrsreport.com/reports/7-6678.html")
    fae = ref[(ref.series == "fae_obligations_total") & (ref.fiscal_year == "2010") & (ref.source_id == "FAE_2026")
              & (ref.dollars == "current")].iloc[0]
    assert fae.amount_usd == 2_681_067_000.0
    assert (ref["citation"] != "").all()


def test_status_labels(ref):
    def status(series, fy, src):
        return ref[(ref.series == series) & (ref.fiscal_year == fy) & (ref.source_id == src)].iloc[0].status
    assert status("crs_economic_related_total", "2013", "CRS_2013") == "estimate"
    assert status("crs_economic_related_total", "2013", "CRS_2014") == "enacted"
    assert status("crs_security_related_total", "2014", "CRS_2013") == "request"
    assert status("crs_grand_total", "2020", "CRS_2019") == "request"
    assert status("crs_grand_total", "2002-2013", "CRS_2013") == "estimate"  # total includes FY2013 est.
    assert status("xcheck_total_incl_csf_request", "2011", "FAS_2011") == "request"


def test_canonical_series_matches_readme(ref):
    c = ref[ref.canonical & ref.series.str.startswith("crs_") & (ref.program == "")]
    got = {(r.fiscal_year, r.category): (r.amount_usd / 1e6, r.source_id) for r in c.itertuples()}
    expected = {  # FY: (security, economic, csf, grand total, edition)
        "2002-2007": (1691, 2728, 5678, 10097, "CRS_2013"), "2008": (517, 507, 1019, 2043, "CRS_2013"),
        "2009": (989, 1366, 685, 3040, "CRS_2014"), "2010": (1236, 1769, 1499, 4504, "CRS_2014"),
        "2011": (1277, 1186, 1118, 3581, "CRS_2014"), "2012": (849, 1067, 688, 2604, "CRS_2014"),
        "2013": (361, 834, 353, 1548, "CRS_2014"), "2014": (371, 608, 1198, 2177, "CRS_2019"),
        "2015": (343, 561, 700, 1604, "CRS_2019"), "2016": (322, 331, 550, 1203, "CRS_2019"),
        "2017": (305, 285, None, 590, "CRS_2019"), "2018": (23, 84, None, 108, "CRS_2019"),
        "2002-2013": (6920, 9457, 12125, 28502, "CRS_2019"), "2002-2018": (8284, 11326, 14573, 34183, "CRS_2019"),
    }
    want = {}
    for fy, (sec, eco, csf, grand, src) in expected.items():
        for cat, v in (("security", sec), ("economic", eco), ("csf", csf), ("grand_total", grand)):
            if v is not None:
                want[(fy, cat)] = (float(v), src)
    assert got == want


def test_canonical_rules(ref):
    canon = ref[ref.canonical]
    assert (canon.role == "record").all() and (canon.status == "enacted").all()
    assert set(canon.source_id) == {"CRS_2013", "CRS_2014", "CRS_2019", "FAE_2026"}
    assert set(canon[canon.dollars != "current"].dollars) == {"constant-FY2022"}
    assert not canon.duplicated(["fiscal_year", "series", "dollars"]).any()


# --------------------------------------------------------------------------- composition


def test_compose_tiles_with_fewest_pieces(ref):
    assert [p.fiscal_year for p in aidcheck.compose(ref, 2002, 2009).pieces] == ["2002-2007", "2008", "2009"]
    assert [p.fiscal_year for p in aidcheck.compose(ref, 2002, 2018).pieces] == ["2002-2018"]
    c = aidcheck.compose(ref, 2002, 2016)
    assert [p.fiscal_year for p in c.pieces] == ["2002-2013", "2014", "2015", "2016"]
    assert c.total(("security", "economic", "csf")) == 28502 + 2177 + 1604 + 1203
    # the revised CRS_2019 aggregate, not the sum of singles (CSF 12,125 vs 11,040)
    assert aidcheck.compose(ref, 2002, 2013).total(("csf",)) == 12125


def test_compose_prorates_and_clips(ref):
    c = aidcheck.compose(ref, 2005, 2009)
    assert c.approximate and [(p.fiscal_year, p.k) for p in c.pieces] == [("2002-2007", 3), ("2008", 0), ("2009", 0)]
    assert c.total(("security", "economic")) == pytest.approx(4419 / 2 + 1024 + 2355)
    c = aidcheck.compose(ref, 2015, 2030)
    assert (c.first, c.last) == (2015, 2018)
    assert c.total(("csf",)) == 700 + 550  # FY2017-18 CSF cells are "none"
    assert aidcheck.compose(ref, 1980, 1989) is None


# --------------------------------------------------------------------------- claims

def claim(text="", amount=0.0, currency="USD", qualifier="exact", per="total", period=("", ""),
          category="unspecified", donor="USA", recipient="PAK", flow="aid", **kw) -> dict:
    row = dict(doc_id="d", sent_id=0, start=0, end=len(text), text=text, amount=amount, currency=currency,
               amount_usd=amount if currency == "USD" else None, qualifier=qualifier, per=per,
               period_start=period[0], period_end=period[1], category=category, donor=donor,
               recipient=recipient, part_of=None, amount_high=None, flow=flow)
    row.update(kw)
    return row


def run(ref, *rows) -> pd.DataFrame:
    return aidcheck.check(pd.DataFrame(list(rows)), ref)


def test_corpus_claim_annual_military_and_economic(ref):
    out = run(ref, claim("over $1 billion", 1e9, qualifier="over", per="annual", period=("2002", "2009"),
                         category="mixed", donor="")).iloc[0]
    assert out.reference_usd == pytest.approx(7798 / 8 * 1e6)  # 974.75 $M a year
    assert out.reference_usd_alt == pytest.approx(15180 / 8 * 1e6)  # 1,897.5 $M a year
    assert out.arithmetic.startswith(
        "[security+economic excl. CSF] CRS_2013 2002-2007 security+economic 4,419 + CRS_2013 2008 "
        "security+economic 1,024 + CRS_2014 2009 security+economic 2,355 = 7,798 $M; per year 974.8 (8 years)")
    assert "by year: 2002-2007 avg 736.5 (aggregate only), 2008 1,024, 2009 2,355" in out.arithmetic
    assert "security+economic+csf 10,097" in out.arithmetic and "= 15,180 $M; per year 1,897.5" in out.arithmetic
    assert out.verdict == "depends_on_definition"
    assert "True only if CSF reimbursements count as aid" in out.reason
    assert "assumed United States" in out.reason


def test_corpus_claim_total_since_2002(ref):
    out = run(ref, claim("over $33 billion", 33e9, qualifier="over", period=("2002", "2025"), recipient="")).iloc[0]
    assert (out.reference_usd, out.reference_usd_alt) == (19_610e6, 34_183e6)
    assert out.arithmetic == ("[security+economic excl. CSF] CRS_2019 2002-2018 security+economic 19,610 = 19,610 $M | "
                              "[security+economic+csf] CRS_2019 2002-2018 security+economic+csf 34,183 = 34,183 $M")
    assert out.verdict == "depends_on_definition"
    assert "Consistent only if CSF reimbursements count as aid" in out.reason
    assert "FY2025 not yet in any series" in out.reason
    assert "FY2019-FY2024 not in the CRS table" in out.reason and "1,419.9 $M" in out.reason
    assert "do not change the verdict" in out.reason


def test_corpus_share_over_70_percent_security(ref):
    out = run(ref, {**claim("over 70%", qualifier="over", period=("2002", "2011"), category="security"),
                    "share": 0.70, "of_what": "US assistance to Pakistan"}).iloc[0]
    assert out.reference_share == pytest.approx(5710 / 13266)  # 43.0%
    assert out.reference_share_alt == pytest.approx(15709 / 23265)  # 67.5%
    assert "share 5,710 / 13,266 = 43.0%" in out.arithmetic and "share 15,709 / 23,265 = 67.5%" in out.arithmetic
    assert out.verdict == "overstated"


@pytest.mark.parametrize("kw, verdict, ref_usd, ref_alt", [
    # economic FY2010 = 1,769
    (dict(amount=1.77e9, period=("2010", "2010"), category="economic"), "consistent", 1769e6, None),
    (dict(amount=5e9, period=("2010", "2010"), category="economic"), "overstated", 1769e6, None),
    (dict(amount=100e6, period=("2010", "2010"), category="economic"), "understated", 1769e6, None),
    # CSF FY2002-2018 = 14,573
    (dict(amount=14.6e9, period=("2002", "2018"), category="csf"), "consistent", 14573e6, None),
    # security FY2011: 1,277 excl. CSF, 2,395 incl.
    (dict(amount=1.2e9, qualifier="about", period=("2011", "2011"), category="security"), "depends_on_definition", 1277e6, 2395e6),
    # "US aid" FY2010: 3,005 excl. CSF, 4,504 incl.
    (dict(amount=4.5e9, period=("2010", "2010")), "depends_on_definition", 3005e6, 4504e6),
    # FY2002-2016 (TRIB_2017's $33.4bn): 18,913 excl. CSF, 33,486 incl.
    (dict(amount=33.4e9, period=("2002", "2016"), category="mixed"), "depends_on_definition", 18913e6, 33486e6),
    # both definitions agree
    (dict(amount=50e9, qualifier="more_than", period=("2002", "2018")), "overstated", 19610e6, 34183e6),
    (dict(amount=1e9, qualifier="at_least", period=("2002", "2018")), "understated", 19610e6, 34183e6),
    (dict(amount=40e9, qualifier="less_than", period=("2002", "2018")), "depends_on_definition", 19610e6, 34183e6),
    (dict(amount=35e9, qualifier="nearly", period=("2002", "2018")), "depends_on_definition", 19610e6, 34183e6),
    (dict(amount=5e9, qualifier="up_to", period=("2010", "2010"), category="economic"), "overstated", 1769e6, None),
])
def test_verdicts(ref, kw, verdict, ref_usd, ref_alt):
    out = run(ref, claim("x", **kw)).iloc[0]
    assert out.verdict == verdict, out.reason
    assert out.reference_usd == pytest.approx(ref_usd)
    assert (out.reference_usd_alt is None or pd.isna(out.reference_usd_alt)) if ref_alt is None \
        else out.reference_usd_alt == pytest.approx(ref_alt)


def test_range_claim(ref):
    out = run(ref, claim("$2-3 billion", 2e9, qualifier="between", period=("2010", "2010"), amount_high=3e9)).iloc[0]
    # band 1,900-3,150: 3,005 consistent; 4,504 above
    assert out.verdict == "depends_on_definition"
    assert "Consistent only if CSF reimbursements are NOT counted" in out.reason


def test_annual_claim_over_part_of_an_aggregate_is_prorated(ref):
    out = run(ref, claim("about $1 billion", 1e9, qualifier="about", per="annual", period=("2005", "2009"),
                         category="mixed")).iloc[0]
    assert out.reference_usd == pytest.approx((4419 * 3 / 6 + 1024 + 2355) / 5 * 1e6)  # 1,117.7
    assert out.reference_usd_alt == pytest.approx((10097 * 3 / 6 + 2043 + 3040) / 5 * 1e6)  # 2,026.3
    assert "CRS_2013 2002-2007 security+economic 4,419 x 3/6" in out.arithmetic
    assert out.verdict == "understated"
    assert "approximate" in out.reason.lower()


def test_open_period_runs_to_last_year(ref):
    out = run(ref, claim("over $30 billion", 30e9, qualifier="over", period=("2002", ""))).iloc[0]
    assert out.reference_usd_alt == 34183e6
    assert out.verdict == "depends_on_definition"
    assert "open period: taken to fy2018" in out.reason.lower()


def test_missing_recent_years_that_could_change_the_verdict(ref):
    # FY2015-2022 security+economic: 904 + 653 + 590 + 107 = 2,254 in CRS; FAE FY2019-2022 adds 1,254.7
    out = run(ref, claim("about $3 billion", 3e9, qualifier="about", period=("2015", "2022"))).iloc[0]
    assert out.verdict == "not_checkable"
    assert "verdict changes" in out.reason


@pytest.mark.parametrize("kw, reason", [
    (dict(currency="PKR", amount=5e11), "no exchange-rate series"),
    (dict(donor="IMF", flow="loan"), "donor is IMF"),
    (dict(donor="USA", recipient="AFG"), "recipient is AFG"),
    (dict(flow="investment"), "not aid (flow: investment)"),
    (dict(flow="", recipient=""), "not marked as aid"),
    (dict(donor="", recipient="", flow=""), "not marked as aid"),
    (dict(donor="", recipient="", category="unspecified", flow="other"), "not aid (flow: other)"),
    (dict(flow="authorisation"), "an authorisation"),
    (dict(flow="request"), "a budget request"),
    (dict(flow="withheld"), "withheld"),
    (dict(category="humanitarian"), "humanitarian aid has no total"),
    (dict(period=("", "")), "no period stated"),
    (dict(period=("1980", "1989")), "outside the record"),
    (dict(period=("1990", "2005")), "outside every series"),
])
def test_not_checkable(ref, kw, reason):
    base = dict(amount=1e9, period=("2010", "2010"), category="mixed")
    base.update(kw)
    out = run(ref, claim("x", **base)).iloc[0]
    assert out.verdict == "not_checkable"
    assert reason in out.reason


def test_fae_measure(ref):
    out = run(ref, claim("about $2.7 billion", 2.7e9, qualifier="about", period=("2010", "2010"),
                         measure="obligation")).iloc[0]
    assert out.reference_usd == pytest.approx(2681.067e6)
    assert out.verdict == "consistent"
    assert out.definition == "all agencies obligations (FAE_2026)"
    out = run(ref, claim("x", 1e9, period=("2010", "2010"), category="security", measure="obligation")).iloc[0]
    assert out.verdict == "not_checkable"


def test_shares(ref):
    two_thirds = {**claim("about two-thirds", qualifier="exact", period=("2002", "2010"), category="security"),
                  "share": 2 / 3}
    out = run(ref, two_thirds).iloc[0]
    assert out.reference_share == pytest.approx(4433 / 10803)
    assert out.reference_share_alt == pytest.approx(13314 / 19684)  # 67.6%: GAO's "about two-thirds" incl. CSF
    assert out.verdict == "depends_on_definition"
    third = {**claim("about a third", qualifier="about", period=("2002", "2011"), category="economic"), "share": 1 / 3}
    out = run(ref, third).iloc[0]
    assert (out.reference_share, out.reference_share_alt) == (pytest.approx(7556 / 13266), pytest.approx(7556 / 23265))
    assert out.verdict == "depends_on_definition"
    mixed = {**claim("half", period=("2002", "2011"), category="mixed"), "share": 0.5}
    assert run(ref, mixed).iloc[0].verdict == "not_checkable"


def test_output_keeps_claims_and_adds_columns(ref):
    rows = [claim("a", 1e9, period=("2010", "2010")), claim("b", 1e9, currency="PKR", period=("2010", "2010"))]
    out = run(ref, *rows)
    assert list(out.columns) == list(pd.DataFrame(rows).columns) + aidcheck.OUTPUT_COLUMNS
    assert list(out.text) == ["a", "b"] and len(out) == 2
    empty = aidcheck.check(pd.DataFrame(columns=list(rows[0])), ref)
    assert len(empty) == 0 and set(aidcheck.OUTPUT_COLUMNS) <= set(empty.columns)


# --------------------------------------------------------------------------- end to end on the corpus

Timex = namedtuple("Timex", "start end kind value_start value_end precision")


def _sentences(text):
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.?!])\s+", text):
        spans.append((start, m.start()))
        start = m.end()
    return spans + [(start, len(text))]


def _tx(text, phrase, kind, vs, ve):
    i = text.index(phrase)
    return Timex(i, i + len(phrase), kind, vs, ve, "year")


def test_corpus_end_to_end(ref):
    aliases = M.load_aliases(FIX / "actors.csv")
    rows = []
    for name, timexes, published in [
        ("001_741f5d2b25e69178.txt", [("between 2002 and 2009", "range", "2002", "2009")], None),
        ("003_338bdb97e1fa7eb4.txt", [("since 2002", "open_range", "2002", ""),
                                      ("between 2002 and 2011", "range", "2002", "2011")], "2025-09-19"),
    ]:
        text = (ROOT / "data" / "raw" / "corpus" / name).read_text(encoding="utf-8")
        t = [_tx(text, *x) for x in timexes]
        for rec in (M.extract_money(text, _sentences(text), t, published, aliases=aliases)
                    + M.extract_shares(text, _sentences(text), t, published, aliases=aliases)):
            rows.append({"doc_id": name[:3], "sent_id": None, **dataclasses.asdict(rec)})
    out = aidcheck.check(pd.DataFrame(rows), ref)
    assert list(zip(out.doc_id, out.text, out.verdict)) == [
        ("001", "over $1 billion", "depends_on_definition"),
        ("003", "over $33 billion", "depends_on_definition"),
        ("003", "over 70%", "overstated"),
    ]


def test_press_passage_end_to_end(ref):
    text = (FIX / "press_passage.txt").read_text(encoding="utf-8")
    aliases = M.load_aliases(FIX / "actors.csv")
    t = [_tx(text, "Since 2002", "open_range", "2002", ""), _tx(text, "in September", "month", "2025-09", "2025-09")]
    recs = M.extract_money(text, _sentences(text), t, "2025-06-10", aliases=aliases)
    out = aidcheck.check(pd.DataFrame([dataclasses.asdict(r) for r in recs]), ref)
    assert list(zip(out.text, out.verdict)) == [
        ("Rs 1.2 trillion", "not_checkable"),
        # incl. CSF: 34,183 (FY2002-2018) is within 5% of 33,400, but 34,183 + 1,419.9 (FAE FY2019-2024) is not
        ("$33.4 billion", "not_checkable"),
        ("$14.57 billion", "consistent"),  # CSF FY2002-2018 = 14,573; nothing added for CSF after FY2018
        # security excl. CSF: 8,284 is within 10% of 7,960, but 8,284 + 1,419.9 is not
        ("about $7.96 billion", "not_checkable"),
        ("$7 billion", "not_checkable"),
        ("$4 billion", "not_checkable"),
        ("$100 million", "not_checkable"),
    ]


def test_aid_with_neither_party_stated_is_assumed_us_aid_to_pakistan(ref):
    out = run(ref, claim("$1.5 billion", 1.5e9, donor="", recipient="", category="csf",
                         period=("2010", "2010"))).iloc[0]
    assert out.verdict == "consistent"  # CSF FY2010: 1,499
    assert "assumed US aid to Pakistan" in out.reason


def test_aid_of_unspecified_category_with_neither_party_stated_is_assumed_us_aid(ref):
    """ "the $34.2bn appropriated between FY2002 and FY2018": an aid word, no donor or recipient."""
    out = run(ref, claim("$34.2bn", 34.2e9, donor="", recipient="", category="unspecified", flow="aid",
                         period=("2002", "2018"))).iloc[0]
    assert out.verdict != "not_checkable" and "assumed US aid to Pakistan" in out.reason
    out = run(ref, claim("$34.2bn", 34.2e9, donor="", recipient="", category="unspecified", flow="",
                         period=("2002", "2018"))).iloc[0]
    assert out.verdict == "not_checkable"


def test_a_period_cutting_an_aggregate_prorates_the_fewest_years():
    ref = aidref.load()
    comp = aidcheck.compose(ref, 2003, 2018)  # FY2002-2018 total x 16/17, not FY2002-07 x 5/6 + 11 singles
    assert [(p.fiscal_year, p.k) for p in comp.pieces] == [("2002-2018", 16)] and comp.approximate
    comp = aidcheck.compose(ref, 2004, 2009)  # FY2002-07 x 4/6 + FY2008 + FY2009: two years prorated away
    assert [(p.fiscal_year, p.k) for p in comp.pieces] == [("2002-2007", 4), ("2008", 0), ("2009", 0)]
    comp = aidcheck.compose(ref, 2002, 2009)  # exact: no proration
    assert [p.k for p in comp.pieces] == [0, 0, 0] and not comp.approximate
