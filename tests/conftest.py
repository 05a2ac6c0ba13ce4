"""Shared fixtures: paths to the committed test corpus and the project's raw corpus."""
from pathlib import Path

import pytest

from usp_research.paths import ROOT

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_corpus() -> Path:
    return FIXTURES / "corpus"


@pytest.fixture
def raw_corpus() -> Path:
    return ROOT / "data" / "raw" / "corpus"
