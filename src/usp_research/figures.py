"""Save matplotlib figures for papers as SVG and PNG with fixed metadata (byte-reproducible)."""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

from .atomic import write_bytes
from .paths import resolve

matplotlib.rcParams["svg.hashsalt"] = "usp-research"  # fixed ids inside SVG files


def setup() -> None:
    """Deterministic, paper-friendly matplotlib defaults (call once at the top of a notebook)."""
    matplotlib.rcParams.update({"svg.hashsalt": "usp-research", "figure.dpi": 100, "savefig.dpi": 150,
                                "font.size": 9, "axes.spines.top": False, "axes.spines.right": False})


def save(fig, derived_dir: str | Path, name: str) -> list[Path]:
    """Write `<derived>/figures/<name>.svg` and `.png` atomically, without dates or versions."""
    out = []
    for fmt, meta in (("svg", {"Date": None, "Creator": None}), ("png", {"Software": None})):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, metadata=meta, bbox_inches="tight")
        path = resolve(derived_dir) / "figures" / f"{name}.{fmt}"
        write_bytes(path, buf.getvalue(), if_changed=True)
        out.append(path)
    return out
