"""The annotation stages: read the derived corpus, run the annotators, write their tables.

Pure logic lives in the annotator modules (`timex`, `actors`, `events`, ...); this module only
loads cleaned documents, maps offsets to sentences and writes CSVs in a fixed order. Every row
carries doc_id, sent_id, start, end and text (`text == clean[start:end]`).
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import corpus
from .atomic import write_csv
from .paths import resolve

TIMEX_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "kind", "value_start", "value_end", "precision", "anchor"]
EVENT_COLUMNS = ["event_id", "doc_id", "sent_id", "start", "end", "text", "date_start", "date_end", "precision",
                 "actors", "event_type", "label", "reference_id", "date_check", "timeline_id",
                 "timex_text", "date_source", "trigger", "quote", "persons", "date_difference", "consistency",
                 "link_method"]


def read_corpus(derived_dir: str | Path) -> list[corpus.Document]:
    """The cleaned documents with their sentences, read back from `<derived>/corpus/`."""
    base = resolve(derived_dir) / "corpus"
    docs = pd.read_csv(base / "documents.csv", keep_default_na=False, dtype=str)
    sents = pd.read_csv(base / "sentences.csv", keep_default_na=False, dtype={"text": str})
    texts = corpus.load_clean(base)
    anchors: dict[str, list[tuple[int, str, int]]] = {}  # dated entry headings (times count from them)
    for a in pd.read_csv(base / "anchors.csv", keep_default_na=False, dtype=str).itertuples():
        anchors.setdefault(a.doc_id, []).append((int(a.start), a.date, int(a.line_no)))
    by_doc: dict[str, list[corpus.Sentence]] = {}
    for doc_id, para_id, sent_id, start, end in zip(sents["doc_id"], sents["para_id"], sents["sent_id"],
                                                    sents["start"], sents["end"]):
        by_doc.setdefault(doc_id, []).append(corpus.Sentence(int(para_id), int(sent_id), int(start), int(end)))
    return [corpus.Document(d.doc_id, d.file, d.sha256, d.title, d.author, d.publisher, d.published, "",
                            texts[d.doc_id], tuple(by_doc.get(d.doc_id, ())), int(d.n_paragraphs), (),
                            tuple(anchors.get(d.doc_id, ())))
            for d in docs.itertuples()]


def progress(docs: list[corpus.Document], stage: str):
    """Iterate over documents with a progress bar on stderr (shown on a terminal, silent in logs)."""
    import sys

    from tqdm import tqdm
    return tqdm(docs, desc=stage, unit="doc", file=sys.stderr, disable=None, mininterval=1.0)


def sentence_of(doc: corpus.Document, offset: int) -> corpus.Sentence:
    """The sentence containing character `offset` (or the one just before it)."""
    starts = [s.start for s in doc.sentences]
    return doc.sentences[max(0, bisect.bisect_right(starts, offset) - 1)]


@lru_cache(maxsize=1)
def _periods():
    from . import timex
    return timex.load_periods()


@lru_cache(maxsize=1)
def _codebook():
    from . import actors
    return actors.load_codebook()


def document_timexes(doc: corpus.Document, eras: bool = False):
    """Time expressions of one document; with `eras`, presidencies and regimes too (kind `era`)."""
    from . import timex
    return timex.tag(doc.text, doc.published or None, _periods(), eras=eras,
                     anchors=[(s, date) for s, date, _ in doc.anchors])


def document_mentions(doc: corpus.Document):
    from . import actors
    return actors.find_mentions(doc.text, _codebook())


def document_events(doc: corpus.Document):
    """Events of one cleaned document (used by the events stage and by `make eval`)."""
    from . import events
    book = _codebook()
    acts_for = {a.actor_id: a.acts_for for a in book.values() if a.acts_for}
    persons = frozenset(a.actor_id for a in book.values() if a.type == "person")
    states = frozenset(a.actor_id for a in book.values() if a.type == "state")
    sents = [(s.sent_id, s.start, s.end) for s in doc.sentences]
    return events.extract(doc.text, sents, document_timexes(doc, eras=True), document_mentions(doc), acts_for, persons, states,
                          document_quotes(doc), published=doc.published or None,
                          anchors=[(a, d) for a, d, _ in doc.anchors])


def document_quotes(doc: corpus.Document):
    from . import quotes
    return quotes.find_quotes(doc.text, [(s.start, s.end) for s in doc.sentences], document_mentions(doc), _codebook())


def timex_table(docs: list[corpus.Document]) -> pd.DataFrame:
    rows = []
    for doc in progress(docs, "timex"):
        for t in document_timexes(doc):
            rows.append({"doc_id": doc.doc_id, "sent_id": sentence_of(doc, t.start).sent_id, "start": t.start,
                         "end": t.end, "text": t.text, "kind": t.kind, "value_start": t.value_start,
                         "value_end": t.value_end, "precision": t.precision, "anchor": t.anchor})
    return pd.DataFrame(rows, columns=TIMEX_COLUMNS).sort_values(["doc_id", "start", "end"], kind="stable")


def event_tables(docs: list[corpus.Document]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """events.csv (with reference links and timeline ids) and the merged timeline."""
    from . import chronology, timeline
    refs = chronology.load()
    states = frozenset(a.actor_id for a in _codebook().values() if a.type == "state")
    rows = []
    for doc in progress(docs, "event"):
        for n, e in enumerate(document_events(doc), start=1):
            sentence = doc.text[e.start:e.end]
            ln = chronology.link(sentence, e.quote, e.event_type, e.actors, e.date_start, e.date_end, refs, states)
            check, diff = chronology.date_check(e.date_start, e.date_end, ln.ref if ln else None)
            rows.append({
                "event_id": f"{doc.doc_id}:{e.sent_id}:{n}", "doc_id": doc.doc_id, "sent_id": e.sent_id,
                "start": e.start, "end": e.end, "text": sentence, "date_start": e.date_start, "date_end": e.date_end,
                "precision": e.precision, "actors": ";".join(e.actors), "event_type": e.event_type,
                "label": e.label, "reference_id": ln.ref.ref_id if ln else "", "date_check": check,
                "timex_text": e.timex_text, "date_source": e.date_source, "trigger": e.trigger, "quote": e.quote, "persons": ";".join(e.persons),
                "date_difference": diff, "consistency": e.consistency, "link_method": ln.how if ln else ""})
    ev = pd.DataFrame(rows, columns=[c for c in EVENT_COLUMNS if c != "timeline_id"])
    ev = ev.sort_values(["doc_id", "sent_id", "event_id"], kind="stable").reset_index(drop=True)
    table, tid = timeline.merge(ev, {r.ref_id: r for r in refs})
    ev["timeline_id"] = tid.values if len(tid) else []
    return ev[EVENT_COLUMNS], table


MONEY_COLUMNS = ["money_id", "doc_id", "sent_id", "start", "end", "text", "amount", "amount_high", "currency",
                 "amount_usd", "qualifier", "per", "period_start", "period_end", "category", "flow", "donor",
                 "recipient", "part_of"]
SHARE_COLUMNS = ["share_id", "doc_id", "sent_id", "start", "end", "text", "share", "qualifier", "of_what",
                 "period_start", "period_end", "category", "donor", "recipient"]


def money_tables(docs: list[corpus.Document]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """money.csv and shares.csv: every amount and share claim, with ids; `part_of` names a money_id."""
    from . import money
    m_rows, s_rows = [], []
    for doc in progress(docs, "money"):
        spans = [(s.start, s.end) for s in doc.sentences]
        txs = document_timexes(doc)
        found = money.extract_money(doc.text, spans, txs, doc.published or None)
        ids = [f"{doc.doc_id}:m{i + 1}" for i in range(len(found))]
        for mid, m in zip(ids, found):
            m_rows.append({"money_id": mid, "doc_id": doc.doc_id, "sent_id": sentence_of(doc, m.start).sent_id,
                           "start": m.start, "end": m.end, "text": m.text, "amount": m.amount,
                           "amount_high": m.amount_high, "currency": m.currency, "amount_usd": m.amount_usd,
                           "qualifier": m.qualifier, "per": m.per, "period_start": m.period_start,
                           "period_end": m.period_end, "category": m.category, "flow": m.flow, "donor": m.donor,
                           "recipient": m.recipient, "part_of": ids[m.part_of] if m.part_of is not None else ""})
        for i, sh in enumerate(money.extract_shares(doc.text, spans, txs, doc.published or None), start=1):
            s_rows.append({"share_id": f"{doc.doc_id}:s{i}", "doc_id": doc.doc_id,
                           "sent_id": sentence_of(doc, sh.start).sent_id, "start": sh.start, "end": sh.end,
                           "text": sh.text, "share": sh.share, "qualifier": sh.qualifier, "of_what": sh.of_what,
                           "period_start": sh.period_start, "period_end": sh.period_end, "category": sh.category,
                           "donor": sh.donor, "recipient": sh.recipient})
    mon = pd.DataFrame(m_rows, columns=MONEY_COLUMNS).sort_values(["doc_id", "start"], kind="stable")
    sha = pd.DataFrame(s_rows, columns=SHARE_COLUMNS).sort_values(["doc_id", "start"], kind="stable")
    return mon, sha


def aid_tables(money_csv: Path, shares_csv: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """aid_reference.csv (the tidy official record) and aid_claims.csv (every claim checked against it)."""
    from . import aidref
    ref = aidref.load()
    mon = pd.read_csv(money_csv, keep_default_na=False, na_values={"amount_usd": [""], "amount_high": [""]})
    sha = pd.read_csv(shares_csv, keep_default_na=False)
    return ref, check_claims(mon, sha, ref)


def check_claims(mon: pd.DataFrame, sha: pd.DataFrame, ref: pd.DataFrame) -> pd.DataFrame:
    """Money and share rows (as in money.csv / shares.csv) checked against the record, one row per claim."""
    from . import aidcheck
    claims = pd.concat([mon.assign(claim_id=mon["money_id"], kind="amount"),
                        sha.assign(claim_id=sha["share_id"], kind="share")], ignore_index=True)
    lead = ["claim_id", "kind", "doc_id", "sent_id", "start", "end", "text"]
    claims = claims[lead + [c for c in claims.columns if c not in lead + ["money_id", "share_id"]]]
    claims = claims.astype(object).where(claims.notna(), None)
    checked = aidcheck.check(claims, ref) if len(claims) else claims
    return checked.sort_values(["doc_id", "start", "claim_id"], kind="stable")


ACTOR_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "actor_id"]
UNKNOWN_COLUMNS = ["doc_id", "sent_id", "start", "end", "text"]
QUOTE_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "speaker", "speaker_actor_id", "attribution_text",
                 "confidence", "attribution_start", "attribution_end"]


def actor_tables(docs: list[corpus.Document]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """actors.csv (every codebook actor mention) and unknown_names.csv (proper names not in the codebook)."""
    from . import actors
    m_rows, u_rows = [], []
    for doc in progress(docs, "actor"):
        mentions = document_mentions(doc)
        m_rows += [{"doc_id": doc.doc_id, "sent_id": sentence_of(doc, m.start).sent_id, "start": m.start, "end": m.end,
                    "text": m.text, "actor_id": m.actor_id} for m in mentions]
        spans = [(s.start, s.end) for s in doc.sentences]
        u_rows += [{"doc_id": doc.doc_id, "sent_id": sentence_of(doc, u.start).sent_id, "start": u.start, "end": u.end,
                    "text": u.text} for u in actors.unknown_names(doc.text, mentions, spans)]
    return (pd.DataFrame(m_rows, columns=ACTOR_COLUMNS).sort_values(["doc_id", "start"], kind="stable"),
            pd.DataFrame(u_rows, columns=UNKNOWN_COLUMNS).sort_values(["doc_id", "start"], kind="stable"))


def quote_table(docs: list[corpus.Document]) -> pd.DataFrame:
    """quotes.csv: direct quotations with speaker, attribution and confidence."""
    rows = []
    for doc in progress(docs, "quote"):
        for q in document_quotes(doc):
            rows.append({"doc_id": doc.doc_id, "sent_id": sentence_of(doc, q.start).sent_id, "start": q.start,
                         "end": q.end, "text": q.text, "speaker": q.speaker, "speaker_actor_id": q.speaker_actor_id,
                         "attribution_text": q.attribution_text, "confidence": q.confidence,
                         "attribution_start": q.attribution_start, "attribution_end": q.attribution_end})
    return pd.DataFrame(rows, columns=QUOTE_COLUMNS).sort_values(["doc_id", "start"], kind="stable")


THEME_COLUMNS = ["doc_id", "para_id", "theme", "score", "evidence", "sent_id", "start", "end", "text"]


def paragraphs(doc: corpus.Document) -> list[tuple[int, int, int, int]]:
    """(para_id, first sent_id, start, end) of each paragraph of a document."""
    out: dict[int, list] = {}
    for s in doc.sentences:
        p = out.setdefault(s.para_id, [s.para_id, s.sent_id, s.start, s.end])
        p[3] = s.end
    return [tuple(v) for _, v in sorted(out.items())]


def theme_table(docs: list[corpus.Document]) -> pd.DataFrame:
    """themes.csv: one row per coded (paragraph, theme) with the score and the evidence that triggered it."""
    from . import themes
    _, indicators = themes.load_codebook()
    rows = []
    for doc in progress(docs, "theme"):
        paras = paragraphs(doc)
        where = {p[0]: p for p in paras}
        for c in themes.code_paragraphs(doc.text, [(p[0], p[2], p[3]) for p in paras], indicators):
            _, sent_id, start, end = where[c.para_id]
            rows.append({"doc_id": doc.doc_id, "para_id": c.para_id, "theme": c.theme, "score": c.score,
                         "evidence": c.evidence, "sent_id": sent_id, "start": start, "end": end,
                         "text": doc.text[start:end]})
    return pd.DataFrame(rows, columns=THEME_COLUMNS).sort_values(["doc_id", "para_id", "theme"], kind="stable")


def run(stage: str, derived_dir: str | Path) -> None:
    """Run one annotation stage over the derived corpus and write its tables."""
    d = resolve(derived_dir)
    docs = read_corpus(d)
    if stage == "timex":
        write_csv(d / "annotations" / "timex.csv", timex_table(docs))
    elif stage == "events":
        ev, table = event_tables(docs)
        write_csv(d / "annotations" / "events.csv", ev)
        write_csv(d / "tables" / "timeline.csv", table)
    elif stage == "actors":
        men, unk = actor_tables(docs)
        write_csv(d / "annotations" / "actors.csv", men)
        write_csv(d / "annotations" / "unknown_names.csv", unk)
    elif stage == "quotes":
        write_csv(d / "annotations" / "quotes.csv", quote_table(docs))
    elif stage == "themes":
        write_csv(d / "annotations" / "themes.csv", theme_table(docs))
    elif stage == "money":
        mon, sha = money_tables(docs)
        write_csv(d / "annotations" / "money.csv", mon)
        write_csv(d / "annotations" / "shares.csv", sha)
    elif stage == "aid":
        ref, claims = aid_tables(d / "annotations" / "money.csv", d / "annotations" / "shares.csv")
        write_csv(d / "tables" / "aid_reference.csv", ref)
        write_csv(d / "tables" / "aid_claims.csv", claims)
    else:
        raise ValueError(f"unknown stage {stage!r}")
