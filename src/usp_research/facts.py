"""Key numbers a paper quotes, exported so the paper can include them instead of copying.

Each notebook writes `facts/<notebook>.json`; `merge` combines them into `facts.json`.
"""
from __future__ import annotations

import json
from pathlib import Path

from .atomic import write_json


def write(derived_dir: str | Path, notebook: str, facts: dict) -> Path:
    """Save one notebook's facts (plain JSON values) under `<derived>/facts/<notebook>.json`."""
    from .paths import resolve

    path = resolve(derived_dir) / "facts" / f"{notebook}.json"
    write_json(path, facts, if_changed=True)
    return path


def merge(parts: list[Path], output: Path) -> None:
    """Combine per-notebook facts into one object keyed by notebook name."""
    merged = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(parts)}
    write_json(output, merged)
