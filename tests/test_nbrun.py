"""Notebook runner: unknown parameters refused; run-specific metadata scrubbed."""
import nbformat
import pytest

from usp_research import nbrun
from usp_research.errors import InputError
from usp_research.paths import ROOT

NB = ROOT / "notebooks" / "00_corpus.ipynb"


def test_unknown_parameter_is_an_error():
    with pytest.raises(InputError, match="has no parameter"):
        nbrun.check_parameters(NB, {"derived_dir": "x", "colour": "red"})
    nbrun.check_parameters(NB, {"derived_dir": "x", "corpus_dir": "y"})


def test_parse_value():
    assert nbrun.parse_value("3") == 3 and nbrun.parse_value('["a"]') == ["a"]
    assert nbrun.parse_value("true") is True and nbrun.parse_value("data/raw") == "data/raw"


def test_scrub_removes_timestamps_ids_and_paths():
    nb = nbformat.v4.new_notebook()
    nb.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.0}
    cell = nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["injected-parameters"], "papermill": {"duration": 2},
                                                          "execution": {"iopub.execute_input": "2026"}})
    cell.outputs = [nbformat.v4.new_output("stream", name="stderr", text=f"warning in {ROOT}/src/x.py")]
    nb.cells.append(cell)
    nbrun.scrub(nb)
    assert "papermill" not in nb.metadata
    c = nb.cells[0]
    assert c.id == "injected-parameters" and "papermill" not in c.metadata and "execution" not in c.metadata
    assert c.outputs[0]["text"] == "warning in ./src/x.py"


def test_committed_notebooks_are_scrubbed():
    for path in sorted((ROOT / "data" / "derived" / "notebooks").glob("*.ipynb")):
        text = path.read_text(encoding="utf-8")
        assert '"papermill"' not in text and '"iopub.' not in text and str(ROOT) not in text, path.name
        html = path.with_suffix(".html").read_text(encoding="utf-8")
        assert str(ROOT) not in html
