"""Write outputs atomically: to a temporary file in the same folder, then rename.

A crash or a refused input never leaves a half-written table behind.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd


def write_bytes(path: str | Path, data: bytes, if_changed: bool = False) -> None:
    """Write `data` to `path` via a temporary file and an atomic rename.

    With `if_changed`, an identical existing file is left alone (its mtime too), so re-running
    a notebook under nbval does not make `make` think its outputs are new.
    """
    path = Path(path)
    if if_changed and path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str, if_changed: bool = False) -> None:
    """Write UTF-8 text (Unix newlines) atomically."""
    write_bytes(path, text.encode("utf-8"), if_changed)


def write_json(path: str | Path, obj: Any, if_changed: bool = False) -> None:
    """Write JSON with sorted keys and a trailing newline, atomically."""
    write_text(path, json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n", if_changed)


def write_csv(path: str | Path, df: pd.DataFrame, columns: list[str] | None = None) -> None:
    """Write a DataFrame as UTF-8 CSV with a header, `\\n` line ends and fixed float format."""
    if columns is not None:
        missing = [c for c in columns if c not in df.columns]
        if missing:
            raise ValueError(f"{path}: missing columns {missing}")
        df = df[columns]
    text = df.to_csv(index=False, lineterminator="\n", float_format="%.15g")
    write_text(path, text)


def replace_dir(path: str | Path, files: dict[str, str]) -> None:
    """Replace the folder `path` by one holding exactly `files` (name -> text), atomically swapped."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        for name, text in sorted(files.items()):
            (tmp / name).write_bytes(text.encode("utf-8"))
            os.chmod(tmp / name, 0o644)
        os.chmod(tmp, 0o755)
        old = None
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            if old.exists():
                shutil.rmtree(old)
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
