"""The official record of US aid to Pakistan as one tidy table.

Inputs (``data/raw/reference/aid/``, see its README.md):

* ``aid_reference.csv`` - figures transcribed from CRS tables, Foreign Aid Explorer files and
  press cross-checks (copied byte for byte from the shared reference folder);
* ``sources.csv`` - full citations of the 23 sources;
* ``series_map.csv`` - what each ``series`` is: category, program, measure, role;
* ``canonical.csv`` - which edition wins for each fiscal-year column (precedence rules).

Output columns of :func:`load` (one row per transcribed cell, nothing computed or interpolated):

``fiscal_year``  the source's column: "2010" or an aggregate such as "2002-2007"
``fy_start``, ``fy_end``  first and last US fiscal year covered (ints)
``category``     security, economic, csf, grand_total, all_agencies (FAE, no split),
                 total_excl_csf, security_incl_csf (cross-checks only)
``program``      CRS program account ("FMF", "ESF", ...) or "" for a category total
``measure``      appropriation, obligation, disbursement or reimbursement (CSF). The CRS
                 grand total mixes appropriations and CSF reimbursements; it is labelled
                 appropriation, the table's framing
``dollars``      current, constant-FY2022, constant-FY2020 (never mix constant bases)
``amount_usd``   dollars (float), i.e. ``amount_usd_millions`` x 1e6
``source_id``, ``citation`` (title and URL from sources.csv)
``status``       enacted (an actual figure), estimate ("est." or a total including one) or
                 request ("req.")
``canonical``    True for the row chosen by the precedence rules: record rows (not cross-
                 checks), enacted, from the edition ``canonical.csv`` names for that column.
                 Canonical rows *overlap* (the FY2002-2013 aggregate and the FY2009-2013
                 singles are both canonical): sum a non-overlapping set only (see aidcheck)
``series``, ``role`` (record / crosscheck), ``note`` - kept from the source files

Rows are sorted by fy_start, fy_end, category, program, measure, dollars, source_id, series.
"""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pandas as pd

from .paths import REFERENCE

DEFAULT_DIR = REFERENCE / "aid"

COLUMNS = [
    "fiscal_year", "fy_start", "fy_end", "category", "program", "measure", "dollars", "amount_usd",
    "source_id", "citation", "status", "canonical", "series", "role", "note",
]
_SORT = ["fy_start", "fy_end", "category", "program", "measure", "dollars", "source_id", "series"]


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _years(label: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*", label)
    if not m:
        raise ValueError(f"unreadable fiscal_year {label!r}")
    return int(m.group(1)), int(m.group(2) or m.group(1))


def status_of(series: str, note: str) -> str:
    """enacted / estimate / request from the series name and the transcriber's note."""
    if series.endswith("_request") or re.search(r'labelled "req\."', note):
        return "request"
    if re.search(r'labelled "est\."|incl\. FY\d{4} est\.|partly estimated', note):
        return "estimate"
    return "enacted"


def _family(series: str) -> str:
    return series.split("_", 1)[0]


def load(path_dir: str | Path | None = None) -> pd.DataFrame:
    """Tidy reference table (columns documented in the module docstring)."""
    d = Path(path_dir) if path_dir else DEFAULT_DIR
    ref = _read(d / "aid_reference.csv")
    sources = _read(d / "sources.csv").set_index("source_id")
    smap = _read(d / "series_map.csv").set_index("series")
    rules = _read(d / "canonical.csv")

    unknown = sorted(set(ref["series"]) - set(smap.index))
    if unknown:
        raise ValueError(f"series not in series_map.csv: {unknown}")
    missing = sorted(set(ref["source_id"]) - set(sources.index))
    if missing:
        raise ValueError(f"source_id not in sources.csv: {missing}")

    winners = {(r.family, r.fiscal_year): r.source_id for r in rules.itertuples()}
    rows = []
    for r in ref.itertuples(index=False):
        fy_start, fy_end = _years(r.fiscal_year)
        m = smap.loc[r.series]
        src = sources.loc[r.source_id]
        status = status_of(r.series, r.note)
        fam = _family(r.series)
        winner = winners.get((fam, r.fiscal_year), winners.get((fam, "*")))
        rows.append({
            "fiscal_year": r.fiscal_year, "fy_start": fy_start, "fy_end": fy_end,
            "category": m["category"], "program": m["program"], "measure": m["measure"],
            "dollars": r.dollars, "amount_usd": float(Decimal(r.amount_usd_millions) * 1_000_000),
            "source_id": r.source_id, "citation": f"{src['title']}. {src['url_or_repo_path']}",
            "status": status,
            "canonical": bool(m["role"] == "record" and status == "enacted" and winner == r.source_id),
            "series": r.series, "role": m["role"], "note": r.note,
        })
    out = pd.DataFrame(rows, columns=COLUMNS)
    dup = out[out["canonical"]].duplicated(["fiscal_year", "series", "dollars"], keep=False)
    if dup.any():
        raise ValueError("more than one canonical row for a cell:\n" + out[out["canonical"]][dup].to_string())
    return out.sort_values(_SORT, kind="mergesort").reset_index(drop=True)
