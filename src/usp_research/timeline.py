"""Merge events across sources into one row per real-world event, and flag disagreements.

Events are grouped when they link to the same reference event, or when they quote the same words
(four or more in common), or when they share event type, a specific actor and the same dates.
A row is flagged `sources disagree` when its sources state dates that do not overlap or attribute
the same quotation to different people; `disagrees with the reference` when a source's date differs
from the reference; `internally inconsistent` when a sentence contradicts itself (a date outside a
named period it names).
"""
from __future__ import annotations

import re

import pandas as pd

from .chronology import GENERIC_ACTORS, MIN_QUOTE_WORDS, quote_overlap, year_distance

TIMELINE_COLUMNS = ["timeline_id", "date_start", "date_end", "precision", "label", "event_type", "actors",
                    "reference_id", "reference_date", "n_sources", "sources", "stated_dates", "speakers",
                    "agreement", "flags", "event_ids", "citation"]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _blocks(rows: list[dict]) -> dict[tuple, list[int]]:
    """Events that may be the same one share a key: reference id, a 4-word run of a quotation,
    or (type, dates, specific actor)."""
    blocks: dict[tuple, list[int]] = {}
    for i, r in enumerate(rows):
        keys = []
        if r["reference_id"]:
            keys.append(("ref", r["reference_id"]))
        words = re.findall(r"[a-z0-9]+", r["quote"].lower().replace("’", "'"))
        keys += [("quote", *words[k:k + MIN_QUOTE_WORDS]) for k in range(len(words) - MIN_QUOTE_WORDS + 1)]
        for actor in set(r["actors"].split(";")) - GENERIC_ACTORS - {""}:
            keys.append(("actor", r["event_type"], r["date_start"], r["date_end"], actor))
        for k in keys:
            blocks.setdefault(k, []).append(i)
    return blocks


def _same_event(a: dict, b: dict) -> bool:
    if a["reference_id"] and b["reference_id"]:
        return a["reference_id"] == b["reference_id"]
    if a["quote"] and b["quote"] and quote_overlap(a["quote"], b["quote"]) >= MIN_QUOTE_WORDS:
        return True
    if a["event_type"] != b["event_type"] or a["event_type"] == "other":
        return False
    specific = (set(a["actors"].split(";")) & set(b["actors"].split(";"))) - GENERIC_ACTORS - {""}
    return bool(specific) and (a["date_start"], a["date_end"]) == (b["date_start"], b["date_end"])


def merge(events: pd.DataFrame, refs: dict) -> tuple[pd.DataFrame, pd.Series]:
    """The timeline table and, for each event row, its timeline_id."""
    ev = events.reset_index(drop=True)
    uf = _UnionFind(len(ev))
    rows = ev.to_dict("records")
    for members in _blocks(rows).values():  # candidate pairs share a block: linear, not quadratic
        for a, b in zip(members, members[1:]):
            if _same_event(rows[a], rows[b]):
                uf.union(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(ev)):
        groups.setdefault(uf.find(i), []).append(i)
    rows = []
    for members in groups.values():
        g = ev.iloc[members]
        ref_ids = sorted(set(g["reference_id"]) - {""})
        ref = refs.get(ref_ids[0]) if ref_ids else None
        stated = sorted({(r.doc_id, r.date_start if r.date_start == r.date_end else f"{r.date_start}/{r.date_end or '…'}")
                         for r in g.itertuples()})
        docs = sorted(set(g["doc_id"]))
        speakers = sorted({(r.doc_id, r.persons) for r in g.itertuples() if r.quote and r.persons})
        flags = []
        by_doc = {d: g[g["doc_id"] == d] for d in docs}
        if len(docs) > 1:
            firsts = [(x.iloc[0]["date_start"], x.iloc[0]["date_end"]) for x in by_doc.values()]
            clash = any(year_distance(a0, a1, b0, b1) != 0 or (len(a0) == len(b0) and a0 != b0 and a1 != b1)
                        for k, (a0, a1) in enumerate(firsts) for (b0, b1) in firsts[k + 1:])
            speaker_sets = {p for _, p in speakers}
            if clash or len(speaker_sets) > 1:
                flags.append("sources disagree")
        if (g["date_check"] == "differs").any():
            flags.append("disagrees with the reference")
        if (g["consistency"] != "").any():
            flags.append("internally inconsistent")
        agreement = "; ".join(flags) if flags else ("sources agree" if len(docs) > 1 else "single source")
        first = g.sort_values(["date_start", "doc_id", "sent_id"]).iloc[0]
        actors = sorted(set(";".join(g["actors"]).split(";")) - {""})
        rows.append({
            "date_start": ref.date_start if ref else first["date_start"],
            "date_end": ref.date_end if ref else first["date_end"],
            "precision": ref.precision if ref else first["precision"],
            "label": ref.label if ref else first["label"],
            "event_type": ref.event_type if ref else g["event_type"].mode().sort_values().iloc[0],
            "actors": ";".join(actors),
            "reference_id": ";".join(ref_ids),
            "reference_date": (ref.date_start if ref.date_start == ref.date_end else f"{ref.date_start}/{ref.date_end}") if ref else "",
            "n_sources": len(docs),
            "sources": ";".join(docs),
            "stated_dates": "; ".join(f"{d}: {s}" for d, s in stated),
            "speakers": "; ".join(f"{d}: {p}" for d, p in speakers),
            "agreement": agreement,
            "flags": ";".join(f.replace(" ", "_") for f in flags),
            "event_ids": ";".join(sorted(g["event_id"])),
            "citation": ref.citation if ref else "",
            "_members": members,
        })
    table = pd.DataFrame(rows)
    if table.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS), pd.Series([], dtype=str)
    table = table.sort_values(["date_start", "date_end", "label", "event_ids"], kind="stable").reset_index(drop=True)
    table.insert(0, "timeline_id", [f"T{i + 1:04d}" for i in range(len(table))])
    tid = pd.Series([""] * len(ev))
    for t, members in zip(table["timeline_id"], table["_members"]):
        for m in members:
            tid[m] = t
    return table[TIMELINE_COLUMNS], tid


def select(table: pd.DataFrame, year_from: int, year_to: int, sources: list[str], min_sources: int,
           check_reference: bool) -> pd.DataFrame:
    """Timeline rows within the years, stated by at least `min_sources` of the chosen sources."""
    t = table.copy()
    years = t["date_start"].str[:4].astype(int)
    keep = (years >= year_from) & (years <= year_to)
    if sources:
        keep &= t["sources"].map(lambda s: bool(set(s.split(";")) & set(sources)))
    keep &= t["n_sources"] >= min_sources
    t = t[keep]
    if not check_reference:
        t = t.assign(agreement=t["agreement"].str.replace("disagrees with the reference", "", regex=False)
                     .str.strip("; ").replace("", "single source"))
    return t.reset_index(drop=True)


def discrepancies(events: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """For every flagged timeline row, each source sentence beside the reference date."""
    flagged = table[table["flags"] != ""]
    ev = events.merge(flagged[["timeline_id", "label", "reference_date", "agreement"]]
                      .rename(columns={"label": "event"}), on="timeline_id")
    cols = ["timeline_id", "event", "agreement", "reference_date", "doc_id", "sent_id", "date_start", "date_end",
            "date_check", "date_difference", "consistency", "persons", "text"]
    return ev[cols].sort_values(["timeline_id", "doc_id", "sent_id"], kind="stable").reset_index(drop=True)


def coverage_by_decade(events: pd.DataFrame) -> pd.DataFrame:
    """Number of events each source dates to each decade (rows: sources; columns: decades)."""
    if events.empty:
        return pd.DataFrame()
    dec = (events["date_start"].str[:3] + "0s")
    return pd.crosstab(events["doc_id"], dec).sort_index(axis=0).sort_index(axis=1)


def plot(table: pd.DataFrame, rows: str = "event_type"):
    """Events along the years, one row per event type (or per source); disagreements in red."""
    import matplotlib.pyplot as plt

    t = table.copy()
    t["year"] = t["date_start"].str[:4].astype(int) + t["date_start"].str[5:7].replace("", "6").astype(int).sub(1) / 12
    if rows == "sources":
        t = t.assign(row=t["sources"].str.split(";")).explode("row")
    else:
        t["row"] = t[rows]
    cats = sorted(t["row"].unique())
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(cats) + 1.2))
    y = t["row"].map({c: i for i, c in enumerate(cats)})
    bad = t["flags"] != ""
    ax.scatter(t.loc[~bad, "year"], y[~bad], s=18 + 10 * t.loc[~bad, "n_sources"], color="#4c72b0", label="consistent")
    ax.scatter(t.loc[bad, "year"], y[bad], s=18 + 10 * t.loc[bad, "n_sources"], color="#c44e52", marker="D",
               label="flagged (sources disagree / differs from reference)")
    ax.set_yticks(range(len(cats)), cats)
    ax.set_xlabel("year")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(loc="upper left", fontsize=7, frameon=False)
    ax.set_title("Pakistan–US events stated in the corpus (marker size: number of sources)")
    return fig
