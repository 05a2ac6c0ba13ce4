"""The committed derived tables keep their contract: columns, order, offsets into saved text."""
import json

import pandas as pd

from usp_research import corpus
from usp_research.paths import DEFAULT_DERIVED, RAW
from usp_research.provenance import sha256

C = DEFAULT_DERIVED / "corpus"


def read(name):
    return pd.read_csv(C / f"{name}.csv", keep_default_na=False, dtype={"published": str})


def test_columns_and_row_order():
    assert list(read("documents").columns) == corpus.DOCUMENT_COLUMNS
    assert list(read("sentences").columns) == corpus.SENTENCE_COLUMNS
    assert list(read("cleaning_log").columns) == corpus.LOG_COLUMNS
    s = read("sentences")
    assert s.equals(s.sort_values(["doc_id", "sent_id"], kind="stable").reset_index(drop=True))


def test_sentence_text_is_the_saved_clean_text_slice():
    clean = corpus.load_clean(C)
    for row in read("sentences").itertuples():
        assert clean[row.doc_id][row.start:row.end] == row.text


def test_documents_checksums_match_raw_files():
    for row in read("documents").itertuples():
        assert sha256(RAW / "corpus" / row.file) == row.sha256


def test_facts_json_has_the_corpus_numbers():
    facts = json.loads((DEFAULT_DERIVED / "facts.json").read_text())
    docs = read("documents")
    assert facts["00_corpus"]["n_documents"] == len(docs)
    assert facts["00_corpus"]["n_sentences"] == docs["n_sentences"].sum()
