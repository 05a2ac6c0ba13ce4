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


# Property tests are reproducible by default (fixed seeds, no deadline on a busy machine);
# HYPOTHESIS_PROFILE=explore runs them with fresh random examples.
import os  # noqa: E402

from hypothesis import settings  # noqa: E402

settings.register_profile("repro", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repro"))
