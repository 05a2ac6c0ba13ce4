"""Views for notebook 03: theme shares by source, co-occurrence, themes over time, quotes, actors."""
from __future__ import annotations

import pandas as pd


def units(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every (doc_id, para_id) paragraph of the corpus."""
    return sentences[["doc_id", "para_id"]].drop_duplicates().sort_values(["doc_id", "para_id"]).reset_index(drop=True)


def wide(codes: pd.DataFrame, paras: pd.DataFrame, themes: list[str]) -> pd.DataFrame:
    """Paragraph × theme 0/1 table (uncoded paragraphs are all 0)."""
    w = codes.assign(v=1).pivot_table(index=["doc_id", "para_id"], columns="theme", values="v", aggfunc="max")
    w = paras.set_index(["doc_id", "para_id"]).join(w).fillna(0).astype(int)
    for t in themes:
        if t not in w.columns:
            w[t] = 0
    return w[themes]


def share_by_source(w: pd.DataFrame, unit: str = "paragraph") -> pd.DataFrame:
    """Share of each source's paragraphs coded with each theme (unit=paragraph), or 0/1 per document."""
    g = w.groupby(level="doc_id")
    return (g.mean() if unit == "paragraph" else g.max()).round(3)


def cooccurrence(w: pd.DataFrame) -> pd.DataFrame:
    """Paragraphs coded with both themes (diagonal: paragraphs coded with the theme)."""
    m = w.T.dot(w)
    return m.loc[w.columns, w.columns]


def over_time(w: pd.DataFrame, events: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Theme counts by decade, placing each paragraph at the dates of the events it contains."""
    para = sentences.set_index(["doc_id", "sent_id"])["para_id"]
    ev = events.assign(sent_id=events["sent_id"].astype(int))
    ev["para_id"] = [para.get((d, s)) for d, s in zip(ev["doc_id"], ev["sent_id"])]
    ev["decade"] = ev["date_start"].str[:3] + "0s"
    placed = ev[["doc_id", "para_id", "decade"]].drop_duplicates()
    joined = placed.join(w, on=["doc_id", "para_id"])
    return joined.groupby("decade")[list(w.columns)].sum().astype(int).sort_index()


def top_evidence(codes: pd.DataFrame, per_theme: int = 3) -> pd.DataFrame:
    """The highest-scoring paragraphs for each theme, with document, sentence and the triggering evidence."""
    c = codes.sort_values(["theme", "score", "doc_id", "para_id"], ascending=[True, False, True, True])
    return c.groupby("theme").head(per_theme)[["theme", "score", "doc_id", "para_id", "sent_id", "evidence", "text"]]


def quoted(quotes: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted in which source: number of quotations per speaker and source."""
    if quotes.empty:
        return pd.DataFrame()
    q = quotes.assign(speaker=quotes["speaker"].where(quotes["speaker"] != "", "(unattributed)"))
    return pd.crosstab(q["speaker"], q["doc_id"])


def top_actors(mentions: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The most-mentioned actors in each source."""
    c = mentions.groupby(["doc_id", "actor_id"]).size().rename("mentions").reset_index()
    c = c.sort_values(["doc_id", "mentions", "actor_id"], ascending=[True, False, True])
    return c.groupby("doc_id").head(n).reset_index(drop=True)


def heatmap(table: pd.DataFrame, title: str, max_rows: int = 40):
    """A labelled heatmap of a small numeric table (the `max_rows` rows with the largest sums)."""
    import matplotlib.pyplot as plt

    if len(table) > max_rows:
        keep = table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:max_rows]
        title = f"{title} ({max_rows} of {len(table)} rows: largest totals)"
        table = table.loc[sorted(keep)]
    fig, ax = plt.subplots(figsize=(0.55 * len(table.columns) + 2.5, 0.4 * len(table) + 1.6))
    im = ax.imshow(table.values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(table.columns)), table.columns, rotation=60, ha="right")
    ax.set_yticks(range(len(table.index)), table.index)
    for (i, j), v in pd.DataFrame(table.values).stack().items():
        ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=6)
    ax.set_title(title)
    fig.colorbar(im, ax=ax, fraction=0.03)
    return fig
