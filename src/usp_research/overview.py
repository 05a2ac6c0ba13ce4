"""Corpus overview for notebook 00: the corpus tables read back, summaries and key facts."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .paths import resolve


def load_tables(derived_dir: str | Path) -> dict[str, pd.DataFrame]:
    """documents, sentences and cleaning_log as DataFrames (empty strings kept as '')."""
    corpus = resolve(derived_dir) / "corpus"
    return {name: pd.read_csv(corpus / f"{name}.csv", keep_default_na=False, dtype={"published": str})
            for name in ("documents", "sentences", "cleaning_log")}


def reason_kind(reason: str) -> str:
    """A cleaning reason without its specifics (quoted text, line numbers): groupable."""
    reason = re.sub(r" '[^']*'", "", reason)
    reason = re.sub(r" to line \d+", "", reason)
    return reason.strip()


def cleaning_summary(log: pd.DataFrame) -> pd.DataFrame:
    """Count of drops and repairs per document and reason, sorted."""
    if log.empty:
        return pd.DataFrame(columns=["doc_id", "action", "reason", "lines"])
    df = log.assign(reason=log["reason"].map(reason_kind))
    out = df.groupby(["doc_id", "action", "reason"], sort=True).size().rename("lines").reset_index()
    return out


def corpus_facts(documents: pd.DataFrame) -> dict:
    """Numbers a paper would quote about the corpus."""
    return {
        "n_documents": int(len(documents)),
        "n_sentences": int(documents["n_sentences"].sum()),
        "n_words": int(documents["n_words"].sum()),
        "n_lines_dropped": int(documents["n_lines_dropped"].sum()),
        "n_repairs": int(documents["n_repairs"].sum()),
        "documents_with_publication_date": int((documents["published"] != "").sum()),
    }


def plot_sizes(documents: pd.DataFrame, top: int = 30):
    """Words after cleaning and lines dropped, per document (the `top` largest when there are more)."""
    import matplotlib.pyplot as plt

    d = documents.set_index("doc_id").sort_values("n_words", ascending=False).head(top).sort_index()
    fig, ax = plt.subplots(figsize=(6, 0.3 * len(d) + 1.2))
    ax.barh(d.index, d["n_words"], color="#4c72b0")
    for i, (w, dropped) in enumerate(zip(d["n_words"], d["n_lines_dropped"])):
        ax.text(w, i, f"  {dropped} lines dropped", va="center", fontsize=8)
    ax.set_xlabel("words after cleaning")
    ax.invert_yaxis()
    shown = f" (the {top} largest of {len(documents)})" if len(documents) > top else ""
    ax.set_title(f"Corpus size by document{shown}")
    return fig
