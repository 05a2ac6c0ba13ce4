"""Execute a notebook with papermill, scrub run-specific metadata, render HTML — atomically.

Scrubbing makes executed notebooks reproducible to the byte: papermill's timestamps and
durations, execution timings, the random id of the injected-parameters cell and absolute
paths in outputs are removed. Unknown parameters are an error (papermill only warns).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from .atomic import write_text
from .errors import InputError
from .paths import ROOT

KERNEL = "usp-research"


def parse_value(text: str):
    """A command-line parameter value: JSON when it parses (numbers, lists, true/false), else a string."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def check_parameters(notebook: Path, params: dict) -> None:
    """Refuse parameters the notebook's `parameters` cell does not define."""
    import papermill

    known = papermill.inspect_notebook(str(notebook))
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise InputError(notebook, f"has no parameter(s) {', '.join(unknown)}",
                         f"Use one of: {', '.join(sorted(known)) or '(none)'}")


def scrub(nb) -> None:
    """Remove run-specific metadata in place (timestamps, durations, random ids, local paths)."""
    nb.metadata.pop("papermill", None)
    nb.metadata.pop("widgets", None)
    root = str(ROOT)
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"
        for out in cell.get("outputs", []):
            if "text" in out:
                out["text"] = out["text"].replace(root, ".")
            for key, val in out.get("data", {}).items():
                if key.startswith("text/") and isinstance(val, str):
                    out["data"][key] = val.replace(root, ".")


def render_html(nb) -> str:
    """Static HTML of an executed notebook, with nothing run-specific in it."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    return re.sub(r"[ \t]+$", "", body, flags=re.M)


def run(notebook: Path, output: Path, params: dict[str, str]) -> None:
    """Execute `notebook` into `output` (.ipynb) and write the rendered `.html` beside it."""
    import nbformat
    import papermill
    import tempfile

    values = {k: parse_value(v) for k, v in params.items()}
    check_parameters(notebook, values)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".nbrun.") as tmp:
        tmp_out = Path(tmp) / output.name
        try:
            papermill.execute_notebook(
                str(notebook), str(tmp_out), parameters=values, kernel_name=KERNEL,
                cwd=str(notebook.parent), progress_bar=False, log_output=False)
        except papermill.PapermillExecutionError as exc:
            raise InputError(notebook, f"failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue}",
                             "Fix the input it names, or open the notebook with `make lab` to see the error in context") from None
        nb = nbformat.read(str(tmp_out), as_version=4)
    scrub(nb)
    write_text(output, nbformat.writes(nb) + "\n")
    write_text(output.with_suffix(".html"), render_html(nb))
