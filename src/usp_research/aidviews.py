"""Views of the official aid record for notebook 02: series by fiscal year, period totals, plots.

Only canonical rows of `aidref.load()` are used (one value per fiscal year, category and source
choice; see data/raw/reference/aid/README.md). A multi-year aggregate (the CRS FY2002–2007
column) is shown as its yearly average and marked `averaged`, never as invented single years.
"""
from __future__ import annotations

import pandas as pd

CRS_CATEGORIES = ("security", "economic", "csf")


def annual_series(ref: pd.DataFrame, fy_from: int, fy_to: int, categories=CRS_CATEGORIES,
                  measure: str = "appropriation", dollars: str = "current") -> pd.DataFrame:
    """Fiscal year × category (US$) from the CRS rows; aggregates spread as yearly averages.

    `measure` selects appropriations (CRS security/economic, with CSF reimbursements) — the only
    measure with a category split; `dollars` must be `current` for CRS data.
    """
    r = ref[ref["canonical"] & (ref["program"].fillna("") == "") & ref["category"].isin(categories)
            & (ref["dollars"] == dollars) & ref["source_id"].str.startswith("CRS")
            & ref["status"].eq("enacted")]
    rows = []
    for x in r.itertuples():
        n = x.fy_end - x.fy_start + 1
        if n > 6 and (x.fy_start, x.fy_end) != (2002, 2007):
            continue  # long cumulative totals overlap the single years; skip them
        for fy in range(x.fy_start, x.fy_end + 1):
            if fy_from <= fy <= fy_to:
                rows.append({"fiscal_year": fy, "category": x.category, "amount_usd": x.amount_usd / n,
                             "averaged": n > 1, "source_id": x.source_id})
    df = pd.DataFrame(rows, columns=["fiscal_year", "category", "amount_usd", "averaged", "source_id"])
    single = df[~df["averaged"]][["fiscal_year", "category"]].drop_duplicates()
    df = df.merge(single.assign(has_single=True), on=["fiscal_year", "category"], how="left")
    df = df[~(df["averaged"] & df["has_single"].fillna(False).astype(bool))].drop(columns="has_single")
    return df.sort_values(["fiscal_year", "category"]).reset_index(drop=True)


def wide(series: pd.DataFrame) -> pd.DataFrame:
    """The series as a fiscal-year × category table in US$ millions, with a total column."""
    w = series.pivot_table(index="fiscal_year", columns="category", values="amount_usd", aggfunc="sum") / 1e6
    w["total"] = w.sum(axis=1)
    w["averaged"] = series.groupby("fiscal_year")["averaged"].any()
    return w.round(1)


def period_totals(series: pd.DataFrame, periods: list[tuple[int, int]]) -> pd.DataFrame:
    """Totals (US$ millions) and category shares for each (first, last) fiscal-year period."""
    rows = []
    for a, b in sorted(set(periods)):
        s = series[(series["fiscal_year"] >= a) & (series["fiscal_year"] <= b)]
        by = s.groupby("category")["amount_usd"].sum() / 1e6
        total = by.sum()
        row = {"period": f"FY{a}–FY{b}", "years_in_record": int(s["fiscal_year"].nunique()), "total_musd": round(total, 1)}
        for c, v in by.items():
            row[f"{c}_musd"] = round(v, 1)
            row[f"{c}_share"] = round(v / total, 3) if total else None
        rows.append(row)
    return pd.DataFrame(rows)


def load_history(path=None) -> pd.DataFrame:
    """The FY1948–FY2010 all-agency series (`data/raw/reference/aid_history/`), primary source rows only."""
    from .paths import REFERENCE
    p = path or REFERENCE / "aid_history" / "aid_history.csv"
    h = pd.read_csv(p, keep_default_na=False, dtype={"fiscal_year": str})
    return h[(h["source_id"] == "FAE_2026") & (h["fiscal_year"].str.fullmatch(r"\d{4}"))]


def long_view(ref: pd.DataFrame, measure: str = "obligation", dollars: str = "current",
              history: pd.DataFrame | None = None) -> pd.DataFrame:
    """All-agency US aid to Pakistan by fiscal year (Foreign Aid Explorer), US$ millions, FY1948 on.

    Years before FY2000 come from the long series of the same data release (FAE_2026), which
    matches the FY2000+ rows exactly where both exist; the 1976 transition quarter is left out.
    """
    r = ref[ref["canonical"] & (ref["category"] == "all_agencies") & (ref["measure"] == measure)]
    r = r[r["dollars"] == dollars] if dollars == "current" else r[r["dollars"].str.startswith("constant")]
    out = r[["fy_start", "amount_usd", "dollars", "source_id"]].rename(columns={"fy_start": "fiscal_year"})
    if history is not None:
        h = history[history["measure"] == measure]
        h = h[h["dollars"] == dollars] if dollars == "current" else h[h["dollars"].str.startswith("constant")]
        h = h.assign(fiscal_year=h["fiscal_year"].astype(int))
        h = h[h["fiscal_year"] < int(out["fiscal_year"].min()) if len(out) else True]
        out = pd.concat([h[["fiscal_year", "amount_usd", "dollars", "source_id"]], out])
    out = out.assign(amount_musd=(out["amount_usd"].astype(float) / 1e6).round(1)).drop(columns="amount_usd")
    return out.sort_values("fiscal_year").reset_index(drop=True)


def plot_stacked(series: pd.DataFrame, claims: pd.DataFrame):
    """Stacked bars of aid by fiscal year and category, annual claims drawn over them."""
    import matplotlib.pyplot as plt

    w = wide(series)
    cats = [c for c in CRS_CATEGORIES if c in w.columns]
    colors = {"security": "#c44e52", "economic": "#4c72b0", "csf": "#dd8452"}
    names = {"security": "security-related", "economic": "economic-related", "csf": "Coalition Support Fund reimbursements"}
    fig, ax = plt.subplots(figsize=(8, 3.6))
    bottom = pd.Series(0.0, index=w.index)
    for c in cats:
        hatch = ["//" if a else "" for a in w["averaged"]]
        bars = ax.bar(w.index, w[c].fillna(0), bottom=bottom, color=colors[c], label=names[c], width=0.8)
        for b, h in zip(bars, hatch):
            b.set_hatch(h)
        bottom += w[c].fillna(0)
    annual = claims[(claims["kind"] == "amount") & (claims["per"] == "annual") & (claims["period_start"] != "")]
    for r in annual.itertuples():
        a, b = int(r.period_start), int(r.period_end or r.period_start)
        ax.hlines(float(r.amount_usd) / 1e6, a - 0.4, b + 0.4, colors="black", linestyles="--")
        ax.annotate(f"claim: {r.text} a year ({r.doc_id})", (a - 0.4, float(r.amount_usd) / 1e6),
                    textcoords="offset points", xytext=(0, 4), fontsize=7)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("US fiscal year (hatched: yearly average of a multi-year CRS total)")
    ax.set_ylabel("US$ millions (current)")
    ax.set_title("US aid to Pakistan by category (CRS) and the articles' annual claims")
    ax.legend(fontsize=7, frameon=False, loc="upper right")
    return fig


def plot_long_view(long: pd.DataFrame):
    """Line chart of all-agency aid by fiscal year."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 2.8))
    for dollars, g in long.groupby("dollars"):
        ax.plot(g["fiscal_year"], g["amount_musd"], marker="o", ms=3, label=f"{dollars} dollars")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("US fiscal year")
    ax.set_ylabel("US$ millions")
    ax.set_title("Total US aid to Pakistan, all agencies (Foreign Aid Explorer obligations)")
    ax.legend(fontsize=7, frameon=False)
    return fig
