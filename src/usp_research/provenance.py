"""How to cite a rendered notebook: project version, code fingerprint, input checksums.

The fingerprint hashes the library sources and the notebook itself (not the git commit, so
committed outputs do not depend on their own commit).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from . import __version__
from .paths import PACKAGE_DIR, ROOT, display, resolve


def sha256(path: str | Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def code_fingerprint(notebook: str) -> str:
    """SHA-256 over the library's .py files and the notebook source, by relative path."""
    files = sorted(PACKAGE_DIR.glob("*.py")) + [ROOT / "notebooks" / f"{notebook}.ipynb"]
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(ROOT).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def inputs_table(paths: list[str | Path]) -> pd.DataFrame:
    """One row per input file: its path (project-relative) and SHA-256."""
    files: list[Path] = []
    for p in paths:
        p = resolve(p)
        files += sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p]
    return pd.DataFrame({"input": [display(f) for f in files], "sha256": [sha256(f) for f in files]})


def citation_markdown(notebook: str, title: str) -> str:
    """The opening text of a rendered notebook: what it is and how to cite it."""
    return (f"**{title}** — usp-research {__version__}, notebook `{notebook}`, "
            f"code fingerprint `{code_fingerprint(notebook)[:16]}`.\n\n"
            f"Cite as: *usp-research contributors, \"{title}\", usp-research v{__version__}, "
            f"notebook {notebook} (code fingerprint {code_fingerprint(notebook)[:16]}). "
            f"Derived data CC BY 4.0.* The inputs it read and their SHA-256 checksums follow.")
