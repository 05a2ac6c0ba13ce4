"""Where things live: the project root and the default input/output folders.

Relative paths given to the library (and to notebook parameters) are resolved against the
project root, so the same notebook runs from JupyterLab (cwd = notebooks/) and from make.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent.parent
RAW = ROOT / "data" / "raw"
CODEBOOKS = RAW / "codebooks"
REFERENCE = RAW / "reference"
DEFAULT_CORPUS = RAW / "corpus"
DEFAULT_DERIVED = ROOT / "data" / "derived"


def resolve(path: str | Path) -> Path:
    """Return `path` as an absolute path, relative paths taken from the project root."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else (ROOT / p)


def display(path: str | Path) -> str:
    """Path as shown in outputs: relative to the project root when inside it (no absolute paths)."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name
