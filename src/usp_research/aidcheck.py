"""Check every money or share claim about US aid to Pakistan against the official record.

Method
------
For each claim (a row with the fields of :class:`usp_research.money.Money` or
:class:`~usp_research.money.Share`, plus ``doc_id``/``sent_id``) the reference value for the
same period, category and measure is *composed* from the canonical rows of
:func:`usp_research.aidref.load` (current dollars, enacted, CRS table):

* **Period.** Claim years are compared with US fiscal years of the same number (an
  approximation: FY2010 = Oct 2009 - Sep 2010). An open period ("since 2002", or
  ``period_end`` "") runs to the last fiscal year in the record (FY2018) and the reason says
  so. Years outside the CRS record (before FY2002, after FY2018) are dropped from the sum;
  when FAE obligations cover them, the verdict is recomputed with them added (an upper
  bound for security and economic aid: all agencies, another measure; nothing is added for
  CSF, which has no series after FY2018) and the definition's verdict becomes
  ``not_checkable`` if that changes it. Years after the last year of every series (the
  publication year, typically) are dropped with a note; years before the first year of every
  series make the claim ``not_checkable``.
* **Composition without double counting.** The period is tiled by canonical CRS columns with
  the fewest pieces (so FY2002-2018 is CRS_2019's total; FY2002-2009 is (FY2002-2007
  aggregate) + FY2008 + FY2009). When a period cuts through an aggregate (single years
  FY2002-FY2007 do not exist) the aggregate is prorated evenly, written "x k/n" in the
  arithmetic, and the reason says "approximate"; the tiling that prorates the fewest years
  away wins, then the one with the fewest columns (FY2003-FY2018 is the revised FY2002-2018
  total x 16/17). A cell the source leaves empty (CSF FY2017,
  FY2018: "none") counts as 0.
* **Annual claims** ("$1 billion a year") are compared with the mean per year over the
  period; the arithmetic lists each year (or the aggregate's average where the record has
  only a multi-year column). **Totals** are compared with the sum.
* **Definitions.** CSF reimbursements are aid in some sources and not in others
  (SOURCE_README.md, discrepancy 9), so a claim is compared under two definitions where it
  matters: ``security`` with security-related (excl. CSF) and with security + CSF;
  ``mixed`` ("military and economic") and ``unspecified`` ("US aid") with security +
  economic and with the grand total incl. CSF; ``economic`` and ``csf`` have one definition;
  ``humanitarian`` has no total in the record (not_checkable). ``reference_usd`` is the first
  definition, ``reference_usd_alt`` the second. Claims with a ``measure`` column saying
  obligation or disbursement are compared with FAE all-agency totals instead (unspecified
  or mixed only: FAE has no category split).
* **Shares** compare the share of the claimed category in the total over the period: security
  share = security / (security + economic), alternatively (security + CSF) / grand total;
  economic likewise; csf = CSF / grand total.

Tolerances (``TOLERANCE``, ``SHARE_TOLERANCE``) by qualifier, for claimed X and record R:
exact R within +-5% of X; about and nearly +-10%; over, more_than, at_least X <= R <= 1.5 X
(R above 1.5 X: the claim is true but ``understated``); up_to, less_than X/1.5 <= R <= X;
between low - 5% <= R <= high + 5%. For shares (percentage points): exact +-3, about and nearly
+-5, over/more_than/at_least [X, X + 15], up_to/less_than [X - 15, X].

Verdicts: R below the band -> ``overstated``; above -> ``understated``; inside ->
``consistent``. With two definitions: the same verdict under both -> that verdict; consistent
under only one, or overstated under one and understated under the other ->
``depends_on_definition``. Claims that are not in US dollars, not by the US (donor set and not
USA), not to Pakistan (recipient set and not PAK), not aid (``flow`` loan, investment, ...),
without a period, or outside the record -> ``not_checkable`` with the reason. A blank donor
with recipient Pakistan and an aid category, donor US with a blank recipient, or aid (an aid word,
of any category) with neither stated (a fact sheet's "CSF reimbursements totalled ...", "the $34.2bn
appropriated between FY2002 and FY2018") is assumed to be US aid to
Pakistan, the subject of the corpus, and the reason says so.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd

from .money import AID_CATEGORIES

TOLERANCE = {
    "exact": (0.95, 1.05),
    "about": (0.90, 1.10),
    "nearly": (0.90, 1.10),
    "over": (1.0, 1.5),
    "more_than": (1.0, 1.5),
    "at_least": (1.0, 1.5),
    "up_to": (1 / 1.5, 1.0),
    "less_than": (1 / 1.5, 1.0),
}
SHARE_TOLERANCE = {  # percentage points as fractions: (below, above) around the claimed share
    "exact": (0.03, 0.03),
    "about": (0.05, 0.05),
    "nearly": (0.05, 0.05),
    "over": (0.0, 0.15),
    "more_than": (0.0, 0.15),
    "at_least": (0.0, 0.15),
    "up_to": (0.15, 0.0),
    "less_than": (0.15, 0.0),
}
#: aid that was not given (money.STATUS_FLOWS) cannot be checked against what was appropriated
_STATUS_REASONS = {
    "authorisation": "an authorisation (a ceiling for future appropriations), not aid given",
    "request": "a budget request, not aid appropriated",
    "withheld": "money withheld, suspended or reprogrammed, not aid given",
}
_LOWER_BOUND_QUALIFIERS = ("over", "more_than", "at_least")

#: claim category -> [(label, reference categories)]; the first is the primary definition
DEFINITIONS = {
    "security": [("security excl. CSF", ("security",)), ("security+csf", ("security", "csf"))],
    "csf": [("csf", ("csf",))],
    "economic": [("economic", ("economic",))],
    "mixed": [("security+economic excl. CSF", ("security", "economic")),
              ("security+economic+csf", ("security", "economic", "csf"))],
    "unspecified": [("security+economic excl. CSF", ("security", "economic")),
                    ("security+economic+csf", ("security", "economic", "csf"))],
}
#: share category -> [(label, part categories, whole categories)]
SHARE_DEFINITIONS = {
    "security": [("security / security+economic (excl. CSF)", ("security",), ("security", "economic")),
                 ("security+csf / security+economic+csf", ("security", "csf"), ("security", "economic", "csf"))],
    "economic": [("economic / security+economic (excl. CSF)", ("economic",), ("security", "economic")),
                 ("economic / security+economic+csf", ("economic",), ("security", "economic", "csf"))],
    "csf": [("csf / security+economic+csf", ("csf",), ("security", "economic", "csf"))],
}
_CRS_CATEGORIES = ("security", "economic", "csf")
OUTPUT_COLUMNS = [
    "reference_usd", "reference_usd_alt", "reference_share", "reference_share_alt",
    "definition", "definition_alt", "arithmetic", "verdict", "reason",
]


# --------------------------------------------------------------------------- composition


@dataclass(frozen=True)
class Piece:
    """One canonical column (or a prorated part of it) used in a sum."""

    fiscal_year: str
    fy_start: int
    fy_end: int
    source_id: str
    values: dict  # category -> $M (full column value; None when the cell is empty)
    k: int = 0  # years of the column used when prorated (0 = the whole column)

    @property
    def n(self) -> int:
        return self.fy_end - self.fy_start + 1

    @property
    def fraction(self) -> float:
        return self.k / self.n if self.k else 1.0

    def value(self, cats) -> float:
        return sum((self.values.get(c) or 0.0) for c in cats) * self.fraction


@dataclass
class Composition:
    pieces: list
    first: int
    last: int
    approximate: bool = False
    notes: list = field(default_factory=list)

    @property
    def years(self) -> int:
        return self.last - self.first + 1

    def total(self, cats) -> float:
        return sum(p.value(cats) for p in self.pieces)


def _columns(reference: pd.DataFrame) -> tuple[list[tuple], dict]:
    """Canonical CRS columns (fiscal_year, fy_start, fy_end, source_id) and their cells in $M."""
    crs = reference[
        reference["canonical"] & reference["series"].str.startswith("crs_") & (reference["program"] == "")
        & (reference["dollars"] == "current")
    ]
    cols = sorted({(r.fiscal_year, int(r.fy_start), int(r.fy_end), r.source_id)
                   for r in crs[crs["category"] == "grand_total"].itertuples()}, key=lambda c: (c[1], -c[2]))
    cells = {(r.fiscal_year, r.category): r.amount_usd / 1e6 for r in crs.itertuples()
             if r.category in _CRS_CATEGORIES}
    return cols, cells


def compose(reference: pd.DataFrame, first: int, last: int) -> Composition | None:
    """Non-overlapping canonical CRS columns covering FY ``first``..``last`` (clipped to the record)."""
    cols, cells = _columns(reference)
    if not cols:
        return None
    lo, hi = max(first, min(c[1] for c in cols)), min(last, max(c[2] for c in cols))
    if lo > hi:
        return None

    def piece(c, k=0):
        return Piece(c[0], c[1], c[2], c[3], {cat: cells.get((c[0], cat)) for cat in _CRS_CATEGORIES}, k)

    # tiling by dynamic programming over years: a column is used whole, or cut at the period's
    # first or last year (its remaining years prorated evenly); the best tiling prorates the
    # fewest years away, then uses the fewest columns (so FY2003-FY2018 is the revised
    # FY2002-2018 total x 16/17, not the FY2002-2007 aggregate x 5/6 plus eleven single years)
    best: dict[int, tuple[tuple[int, int], list]] = {lo: ((0, 0), [])}
    for y in range(lo, hi + 1):
        if y not in best:
            continue
        (cut, n), used = best[y]
        for c in cols:
            if not (c[1] == y or (y == lo and c[1] < y <= c[2])):
                continue
            end = min(c[2], hi)
            removed = (y - c[1]) + (c[2] - end)
            cand = ((cut + removed, n + 1), used + [(c, end - y + 1 if removed else 0)])
            if end + 1 not in best or cand[0] < best[end + 1][0]:
                best[end + 1] = cand
    if hi + 1 not in best:
        return None
    pieces = [piece(c, k) for c, k in best[hi + 1][1]]
    return Composition(pieces, lo, hi, approximate=any(p.k for p in pieces))


def _fae_years(reference: pd.DataFrame, measure: str = "obligation") -> dict[int, tuple[float, str]]:
    fae = reference[
        reference["canonical"] & (reference["category"] == "all_agencies") & (reference["measure"] == measure)
        & (reference["dollars"] == "current") & (reference["fy_start"] == reference["fy_end"])
    ]
    return {int(r.fy_start): (r.amount_usd / 1e6, r.source_id) for r in fae.itertuples()}


# --------------------------------------------------------------------------- formatting


def _yrs(a: int, b: int) -> str:
    return f"FY{a}" if a == b else f"FY{a}-FY{b}"


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.1f}"


def _fy(p: Piece) -> str:
    return p.fiscal_year


def _cats_label(cats) -> str:
    return "+".join(cats)


def _arith(comp: Composition, cats, annual: bool) -> tuple[float, str]:
    parts = []
    for p in comp.pieces:
        full = sum((p.values.get(c) or 0.0) for c in cats)
        empty = [c for c in cats if p.values.get(c) is None]
        s = f"{p.source_id} {_fy(p)} {_cats_label(cats)} {_fmt(full)}"
        if empty:
            s += f" ({'/'.join(empty)} none)"
        if p.k:
            s += f" x {p.k}/{p.n}"
        parts.append(s)
    total = comp.total(cats)
    text = " + ".join(parts) + f" = {_fmt(total)} $M"
    if annual:
        mean = total / comp.years
        text += f"; per year {mean:,.1f} ({comp.years} years)"
        by_year = []
        for p in comp.pieces:
            full = sum((p.values.get(c) or 0.0) for c in cats)
            if p.n == 1:
                by_year.append(f"{p.fy_start} {_fmt(full)}")
            else:
                by_year.append(f"{p.fiscal_year} avg {full / p.n:,.1f} (aggregate only)")
        if len(by_year) > 1:
            text += "; by year: " + ", ".join(by_year)
        return mean, text
    return total, text


# --------------------------------------------------------------------------- verdicts


def _band(qualifier: str, x: float, high: float | None) -> tuple[float, float]:
    if qualifier == "between" and high is not None:
        return x * 0.95, high * 1.05
    lo, hi = TOLERANCE.get(qualifier, TOLERANCE["exact"])
    return x * lo, x * hi


def _share_band(qualifier: str, x: float) -> tuple[float, float]:
    below, above = SHARE_TOLERANCE.get(qualifier, SHARE_TOLERANCE["exact"])
    return x - below, x + above


def _verdict(ref: float, band: tuple[float, float]) -> str:
    if ref < band[0] - 1e-9:
        return "overstated"
    if ref > band[1] + 1e-9:
        return "understated"
    return "consistent"


def _combine(verdicts: list[str]) -> str:
    if len(set(verdicts)) == 1:
        return verdicts[0]
    if "not_checkable" in verdicts:
        return "not_checkable"
    return "depends_on_definition"


def _describe(label: str, ref: float, verdict: str, qualifier: str, x: float, unit: str, share: bool) -> str:
    f = (lambda v: f"{v * 100:.1f}%") if share else (lambda v: f"{v:,.1f} {unit}")
    rel = ""
    if not share and x:
        rel = f", {ref / x:.2f}x the figure"
    elif share:
        rel = f", {100 * (ref - x):+.1f} points"
    text = f"{label}: record {f(ref)} vs claimed {qualifier} {f(x)}{rel} -> {verdict}"
    if verdict == "understated" and qualifier in _LOWER_BOUND_QUALIFIERS:
        text += " (literally true, but the record is far above the figure)"
    return text


def _definition_note(claim_category: str, verdicts: list[str], qualifier: str) -> str:
    if len(verdicts) != 2 or verdicts[0] == verdicts[1] or "not_checkable" in verdicts:
        return ""
    as_what = " (as security aid)" if claim_category == "security" else ""
    if verdicts[1] == "consistent":
        return f"Consistent only if CSF reimbursements count as aid{as_what}."
    if verdicts[0] == "consistent":
        return "Consistent only if CSF reimbursements are NOT counted."
    if verdicts == ["overstated", "understated"] and qualifier in _LOWER_BOUND_QUALIFIERS:
        return (f"True only if CSF reimbursements count as aid{as_what}, and then the record is far above "
                "the figure; without CSF the figure is not reached.")
    return "The figure lies between the record without and with CSF reimbursements."


# --------------------------------------------------------------------------- claims


def _get(row, name, default=""):
    v = row.get(name, default)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return default
    return v


def _period(row) -> tuple[int | None, int | None, list[str]]:
    ps, pe = str(_get(row, "period_start")), str(_get(row, "period_end"))
    notes = []
    if not ps and not pe:
        return None, None, notes
    if not pe:
        return int(ps[:4]), None, notes
    if not ps:
        return int(pe[:4]), int(pe[:4]), notes
    return int(ps[:4]), int(pe[:4]), notes


def _scope(row, is_share: bool) -> tuple[str | None, list[str]]:
    """Reason for not checking (or None) and notes on assumptions."""
    notes = []
    donor, recipient = str(_get(row, "donor")), str(_get(row, "recipient"))
    flow = str(_get(row, "flow"))
    category = str(_get(row, "category", "unspecified")) or "unspecified"
    if donor and donor != "USA":
        return f"donor is {donor}, not the United States", notes
    if recipient and recipient != "PAK":
        return f"recipient is {recipient}, not Pakistan", notes
    if not is_share:
        if str(_get(row, "currency", "USD")) != "USD":
            return f"amount in {_get(row, 'currency')}; no exchange-rate series in the record", notes
        if flow in _STATUS_REASONS:
            return _STATUS_REASONS[flow], notes
        if flow and flow != "aid":
            return f"not aid (flow: {flow})", notes
        if not flow and not (donor == "USA" and recipient == "PAK"):
            return "not marked as aid and donor/recipient not both stated", notes
    if not donor and not recipient:
        if (is_share and category not in AID_CATEGORIES) or (not is_share and flow != "aid"):
            return "neither donor nor recipient stated", notes
        notes.append("neither donor nor recipient stated in the sentence: assumed US aid to Pakistan "
                      "(the subject of the corpus)")
        return None, notes
    if not donor:
        if category not in AID_CATEGORIES and flow != "aid":
            return "donor not stated and not marked as aid", notes
        notes.append("donor not stated in the sentence: assumed United States")
    if not recipient:
        notes.append("recipient not stated in the sentence: assumed Pakistan")
    return None, notes


def _out(reason: str, verdict: str = "not_checkable", **kw) -> dict:
    row = {c: None for c in OUTPUT_COLUMNS}
    row.update(arithmetic="", verdict=verdict, reason=reason, definition="", definition_alt="")
    row.update(kw)
    return row


def _years_window(row, reference, notes) -> tuple[Composition | None, int, int, str | None]:
    first, last, _ = _period(row)
    if first is None:
        return None, 0, 0, "no period stated"
    cols, _ = _columns(reference)
    rec_first, rec_last = min(c[1] for c in cols), max(c[2] for c in cols)
    if last is None:
        last = rec_last
        notes.append(f"open period: taken to FY{rec_last}, the last year in the record")
    if last < first:
        return None, first, last, "period ends before it starts"
    comp = compose(reference, first, last)
    if comp is None:
        return None, first, last, f"period {_yrs(first, last)} is outside the record ({_yrs(rec_first, rec_last)})"
    if comp.approximate:
        notes.append("approximate: part of a multi-year aggregate prorated evenly (no single-year figures)")
    return comp, first, last, None


def _missing_years(first: int, last: int, comp: Composition) -> list[int]:
    return [y for y in range(first, last + 1) if not comp.first <= y <= comp.last]


def _check_money(row, reference) -> dict:
    why, notes = _scope(row, is_share=False)
    if why:
        return _out(why)
    category = str(_get(row, "category", "unspecified")) or "unspecified"
    measure = str(_get(row, "measure", "appropriation")) or "appropriation"
    qualifier = str(_get(row, "qualifier", "exact")) or "exact"
    annual = str(_get(row, "per", "total")) == "annual"
    x = float(_get(row, "amount_usd", None) or _get(row, "amount", 0.0)) / 1e6
    high = _get(row, "amount_high", None)
    high = float(high) / 1e6 if high not in (None, "") else None
    band = _band(qualifier, x, high)

    if measure in ("obligation", "disbursement"):
        return _check_fae(row, reference, measure, category, qualifier, annual, x, band, notes)
    if category == "humanitarian":
        return _out("humanitarian aid has no total in the record (Food Aid, IDA, MRA are rows of economic-related)")
    if category not in DEFINITIONS:
        return _out(f"category {category!r} has no reference series")

    comp, first, last, why = _years_window(row, reference, notes)
    if why:
        return _out(why)
    missing = _missing_years(first, last, comp)
    fae = _fae_years(reference)
    recent = [y for y in missing if fae and y > max(fae)]
    if recent:
        notes.append(f"{_yrs(recent[0], recent[-1])} not yet in any series of the record (dropped)")
        missing = [y for y in missing if y not in recent]
    unknown = [y for y in missing if y not in fae]
    if unknown:
        return _out(f"{_yrs(unknown[0], unknown[-1])} outside every series of the record")

    verdicts, refs, texts, descr = [], [], [], []
    for label, cats in DEFINITIONS[category]:
        ref, text = _arith(comp, cats, annual)
        v = _verdict(ref, band)
        if missing:
            # FAE (all agencies, no CSF) bounds security/economic aid in years outside the CRS table
            extra = sum(fae[y][0] for y in missing) if set(cats) & {"security", "economic"} else 0.0
            n_all = comp.years + len(missing)
            ref_hi = (ref * comp.years + extra) / n_all if annual else ref + extra
            v_hi = _verdict(ref_hi, band)
            if v_hi != v:
                v = "not_checkable"
                descr.append(f"{label}: verdict changes from {_verdict(ref, band)} to {v_hi} when "
                             f"{_yrs(missing[0], missing[-1])} (not in the CRS table) are added from FAE obligations")
        refs.append(ref)
        verdicts.append(v)
        texts.append(f"[{label}] {text}")
        if v != "not_checkable":
            descr.append(_describe(label, ref, v, qualifier, x, "$M/yr" if annual else "$M", share=False))
    if missing:
        extra = sum(fae[y][0] for y in missing)
        srcs = sorted({fae[y][1] for y in missing})
        unchanged = "not_checkable" not in verdicts
        notes.append(f"{_yrs(missing[0], missing[-1])} not in the CRS table ({_yrs(comp.first, comp.last)} used); "
                     f"{'/'.join(srcs)} obligations for them, {_fmt(extra)} $M (all agencies, excl. CSF), were added "
                     "as an upper bound to definitions with security or economic aid"
                     + (" and do not change the verdict" if unchanged else ""))
    verdict = _combine(verdicts)
    reason = "; ".join(descr)
    dn = _definition_note(category, verdicts, qualifier)
    reason = " ".join(s for s in [reason + ".", dn, " ".join(n[0].upper() + n[1:] + "." for n in notes)] if s).strip()
    if annual:
        reason = "Annual claim compared with the mean per year over the period. " + reason
    defs = DEFINITIONS[category]
    return _out(
        reason, verdict,
        reference_usd=refs[0] * 1e6, reference_usd_alt=(refs[1] * 1e6 if len(refs) > 1 else None),
        definition=defs[0][0], definition_alt=defs[1][0] if len(defs) > 1 else "",
        arithmetic=" | ".join(texts),
    )


def _check_fae(row, reference, measure, category, qualifier, annual, x, band, notes) -> dict:
    if category not in ("unspecified", "mixed"):
        return _out(f"FAE {measure}s have no category split; cannot check a {category} claim")
    first, last, _ = _period(row)
    if first is None:
        return _out("no period stated")
    fae = _fae_years(reference, measure)
    if last is None:
        last = max(fae)
        notes.append(f"open period: taken to FY{last}, the last year in FAE (recent years provisional)")
    years = list(range(first, last + 1))
    if any(y not in fae for y in years):
        return _out(f"FAE {measure}s do not cover FY{first}-FY{last}")
    total = sum(fae[y][0] for y in years)
    src = fae[years[0]][1]
    text = " + ".join(f"{fae[y][1]} {y} {_fmt(fae[y][0])}" for y in years) + f" = {total:,.1f} $M"
    ref = total / len(years) if annual else total
    if annual:
        text += f"; per year {ref:,.1f}"
    v = _verdict(ref, band)
    label = f"all agencies {measure}s ({src})"
    reason = _describe(label, ref, v, qualifier, x, "$M", share=False) + "."
    if notes:
        reason += " " + " ".join(n[0].upper() + n[1:] + "." for n in notes)
    return _out(reason, v, reference_usd=ref * 1e6, definition=label, arithmetic=f"[{label}] {text}")


def _check_share(row, reference) -> dict:
    why, notes = _scope(row, is_share=True)
    if why:
        return _out(why)
    category = str(_get(row, "category", "unspecified")) or "unspecified"
    if category not in SHARE_DEFINITIONS:
        return _out(f"no reference split for a share of category {category!r}")
    qualifier = str(_get(row, "qualifier", "exact")) or "exact"
    x = float(_get(row, "share", 0.0))
    comp, first, last, why = _years_window(row, reference, notes)
    if why:
        return _out(why)
    missing = _missing_years(first, last, comp)
    if missing:
        notes.append(f"{_yrs(missing[0], missing[-1])} not in the record: share computed over "
                     f"{_yrs(comp.first, comp.last)}")
    band = _share_band(qualifier, x)
    verdicts, refs, texts, descr = [], [], [], []
    for label, part, whole in SHARE_DEFINITIONS[category]:
        p, pt = _arith(comp, part, annual=False)
        w, wt = _arith(comp, whole, annual=False)
        ref = p / w if w else float("nan")
        v = _verdict(ref, band)
        refs.append(ref)
        verdicts.append(v)
        texts.append(f"[{label}] part: {pt}; whole: {wt}; share {_fmt(p)} / {_fmt(w)} = {ref * 100:.1f}%")
        descr.append(_describe(label, ref, v, qualifier, x, "", share=True))
    verdict = _combine(verdicts)
    if missing and verdict != "not_checkable":
        notes.append("years outside the record could change the share")
    dn = _definition_note(category, verdicts, qualifier)
    reason = " ".join(s for s in ["; ".join(descr) + ".", dn, " ".join(n[0].upper() + n[1:] + "." for n in notes)] if s)
    defs = SHARE_DEFINITIONS[category]
    return _out(
        reason, verdict, reference_share=refs[0], reference_share_alt=refs[1] if len(refs) > 1 else None,
        definition=defs[0][0], definition_alt=defs[1][0] if len(defs) > 1 else "",
        arithmetic=" | ".join(texts),
    )


def check(claims: pd.DataFrame, reference: pd.DataFrame) -> pd.DataFrame:
    """The claims with ``reference_usd``/``_alt``, ``reference_share``/``_alt``, ``definition``/
    ``_alt``, ``arithmetic``, ``verdict`` and ``reason`` appended (one output row per claim).

    A row is a share claim when it has a non-null ``share``, otherwise a money claim.
    ``reference_usd`` is in dollars (per year for annual claims).
    """
    results = []
    for _, row in claims.iterrows():
        r = row.to_dict()
        is_share = "share" in r and r["share"] is not None and not (isinstance(r["share"], float) and math.isnan(r["share"]))
        results.append(_check_share(r, reference) if is_share else _check_money(r, reference))
    out = claims.reset_index(drop=True).copy()
    res = pd.DataFrame(results, columns=OUTPUT_COLUMNS)
    for c in OUTPUT_COLUMNS:
        out[c] = res[c].values if len(res) else pd.Series(dtype=object)
    return out
