"""Score the extractors against the hand-made gold set in `tests/gold/` (`make eval`).

Gold rows locate themselves by a verbatim `context` from the raw file; we clean each gold file
with the corpus pipeline, find the context in the cleaned text (after the same NFC, whitespace
and doubled-word repairs), and then the annotated `text` inside it. Scores:

- time expressions: a hit needs the exact span and the same `value_start` and `value_end`;
- events: a hit needs a predicted event in the gold sentence with the same dates;
- money: a hit needs the exact span, amount, `per` and period.

- aid-claim verdicts: accuracy of the pipeline's verdict on the claims whose span it found,
  against verdicts computed by hand from the reference (`verdicts.csv`).

Scores are reported per split (the gold rows' `split` column; every folder of `tests/gold/`
with a same-named CSV is read): `dev` (the corpus), `heldout` and `dev2`–`dev22` (texts written for
the project whose errors were examined while improving the rules), `heldout2` (never examined) and
any later `heldoutN` (written in new genres, measured once before anyone looks at its errors, then
examined and renamed `devN`). docs/evaluation.md says what was looked at when.
"""
from __future__ import annotations

import csv
import html
import inspect
import re

import pandas as pd
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import boilerplate, corpus, decode, repair, segment
from .errors import InputError
from .paths import ROOT

GOLD = ROOT / "tests" / "gold"


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return f"{name:<28} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def split_key(split: str) -> tuple:
    """Report order: dev splits, then held-out splits, each by number ("heldout2" before "heldout10")."""
    m = re.fullmatch(r"([a-z]+?)(\d*)", split)
    name, n = (m.group(1), int(m.group(2) or 1)) if m else (split, 0)
    return (name != "dev", name, n, split)


def read_gold(name: str) -> list[dict[str, str]]:
    """Rows of one gold table: the main file plus the same-named file of every gold-set folder."""
    rows = []
    for path in (GOLD / name, *sorted(GOLD.glob(f"*/{name}"))):
        if path.exists():
            with open(path, encoding="utf-8", newline="") as fh:
                rows += list(csv.DictReader(fh))
    return rows


#: gold files the pipeline refused (file -> its error): scored as documents with no text, so every
#: gold row in them is a miss, and named in the report rather than stopping it
REFUSED: dict[str, str] = {}


@lru_cache(maxsize=None)
def clean_doc(file: str) -> corpus.Document:
    """The gold file cleaned exactly as the pipeline cleans corpus files (an empty document if the
    pipeline refuses it: `REFUSED`)."""
    try:
        return corpus.build_document(ROOT / file, None, boilerplate.load_rules(), repair.load_ok_doubles(),
                                     segment.load_abbreviations())
    except InputError as exc:
        REFUSED[file] = str(exc)
        return corpus.Document(doc_id=Path(file).stem, file=Path(file).name, sha256="", title="", author="",
                               publisher="", published="", url="", text="", sentences=(), n_paragraphs=0, log=())


def _norm(s: str) -> str:
    s = " ".join(unicodedata.normalize("NFC", s).split())
    return repair.fix_doubled_words(s, repair.load_ok_doubles())[0]


_MARGIN_NUMBER = re.compile(r"\n[ \t]{0,8}[0-9]{1,2}(?=[ \t]|$)", re.M)
_TIME_CODE_LINE = re.compile(r"(?m)^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]*(?:\n|$)")


def _variants(context: str) -> list[str]:
    """The context as cleaned text would hold it: as written, with a word broken at a line end
    rejoined ("disburse-\nment"), without a leading list number ("2. The making of ..."),
    Markdown markup ("**$397 million**: ...", or half of it), a transcript's margin line numbers,
    wiki markup ("[[Pakistan]]"), caption time codes on their own lines ("0:06"), a feed's
    escaped HTML ("&#8217;"), a CSV cell's doubled quotes or a JSON string's escaped ones, a
    subtitle script's line break codes ("\\N")."""
    out = [_norm(context)]
    uncoded = _TIME_CODE_LINE.sub("", context)
    if uncoded != context:
        out.append(_norm(uncoded))
    unmarked = repair.strip_markup(context, "md")[0]
    if unmarked != context:
        out.append(_norm(unmarked))
    if "*" in unmarked:  # a context cut inside an emphasis ("Pakistan* (Lahore: Sang-e-Meel, 2021)")
        out.append(_norm(re.sub(r"\*+", "", unmarked)))
    shown = decode.wiki_fragment(context)  # "[[Pakistan]]" in a context quoted from wiki markup
    if shown != context:
        out.append(_norm(shown))
    unnumbered = _MARGIN_NUMBER.sub("\n", context)  # a transcript's margin line numbers, which cleaning removes
    if unnumbered != context:
        out.append(_norm(unnumbered))
    unescaped = html.unescape(html.unescape(context))  # a feed item's escaped HTML ("Pakistan&#8217;s", "&lt;p&gt;")
    if unescaped != context:
        out.append(_norm(re.sub(r"<[^<>]*>", "", unescaped)))
    if '""' in context:  # a spreadsheet cell's doubled quotes, which reading the sheet undoes
        out.append(_norm(context.replace('""', '"')))
    if re.search(r'\\["\\/]', context):  # a JSON string's escaped quotes ("\"foreign conspiracy\""), which reading the JSON undoes
        out.append(_norm(re.sub(r'\\(["\\/])', r"\1", context)))
    if "\\N" in context:  # a subtitle script's line break code ("itself\NAmerica's"), which reading the script undoes
        out.append(_norm(context.replace("\\N", " ")))
    joined = re.sub(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])", "", context)
    if joined != context:
        out.append(_norm(joined))
    out += [re.sub(r"^(?:\d+[.)]|[-*•])\s+", "", v) for v in out if re.match(r"(?:\d+[.)]|[-*•])\s", v)]
    out += [v[:-1] for v in out if re.search(r"[a-z]-$", v)]  # cut at a broken word: "security-related pro-"
    return out


def _spaced(s: str) -> str:
    """A pattern for `s` (whitespace normalised) that lets any run of whitespace stand for a space:
    a context copied from one OCR'd or wrapped line may span a paragraph break the cleaner made."""
    return r"\s+".join(re.escape(w) for w in s.split(" "))


def locate(doc: corpus.Document, context: str, text: str | None = None) -> tuple[int, int] | None:
    """Offsets in the cleaned text of `text` inside `context` (or of the context itself)."""
    for ctx in _variants(context):
        at = doc.text.find(ctx)
        if at >= 0:
            m0, m1 = at, at + len(ctx)
            break
        m = re.search(_spaced(ctx), doc.text) or re.search(_spaced(ctx), doc.text, re.I)
        if m:
            m0, m1 = m.span()
            break
    else:
        return None
    if text is None:
        return m0, m1
    for t in _variants(text):  # "Febru-\nary 25" is "February 25" in the cleaned text
        m = re.compile(_spaced(t)).search(doc.text, m0, m1)
        if m:
            return m.span()
    return None


def score_sets(gold: set, pred: set) -> Scores:
    return Scores(len(gold & pred), len(pred - gold), len(gold - pred))


def timex_gold() -> tuple[dict[str, set], list[str]]:
    """Gold time expressions per split as (file, start, end, value_start, value_end); unlocated rows."""
    out: dict[str, set] = defaultdict(set)
    missing = []
    for r in read_gold("timex.csv"):
        loc = locate(clean_doc(r["file"]), r["context"], r["text"])
        if loc is None:
            missing.append(f"{r['file']}: {r['text']!r} in {r['context'][:60]!r}")
            out[r["split"]].add((r["file"], -1, -1, r["value_start"], r["value_end"], r["text"]))
            continue
        out[r["split"]].add((r["file"], *loc, r["value_start"], r["value_end"]))
    return out, missing


def gold_files(name: str) -> dict[str, str]:
    """file -> split for the files of one gold table."""
    return {r["file"]: r["split"] for r in read_gold(name)}


def timex_predictions(tagger) -> dict[str, set]:
    """Predicted (file, start, end, value_start, value_end) per split, from `tagger(text, published)`;
    a tagger with an `anchors` parameter also gets the dated entry headings cleaning found."""
    out: dict[str, set] = defaultdict(set)
    takes_anchors = "anchors" in inspect.signature(tagger).parameters
    for file, split in gold_files("timex.csv").items():
        doc = clean_doc(file)
        extra = {"anchors": [(s, d) for s, d, _ in doc.anchors]} if takes_anchors else {}
        for t in tagger(doc.text, doc.published or None, **extra):
            out[split].add((file, t.start, t.end, t.value_start, t.value_end))
    return out


def evaluate_timex(tagger=None) -> dict[str, Scores]:
    """P/R/F1 of a time-expression tagger on both splits (default: usp_research.timex)."""
    if tagger is None:
        from . import timex
        periods = timex.load_periods()
        tagger = lambda text, pub, anchors=(): timex.tag(text, pub, periods, anchors=anchors)  # noqa: E731
    gold, _ = timex_gold()
    pred = timex_predictions(tagger)
    return {split: score_sets(gold[split], pred[split]) for split in sorted(gold, key=split_key)}


def event_predictions() -> dict[str, list[tuple[str, int, int, str, str]]]:
    """Predicted events per split as (file, sentence start, sentence end, date_start, date_end)."""
    from . import annotate
    out: dict[str, list] = defaultdict(list)
    for file, split in gold_files("events.csv").items():
        doc = clean_doc(file)
        for e in annotate.document_events(doc):
            out[split].append((file, e.start, e.end, e.date_start, e.date_end))
    return out


def evaluate_events() -> dict[str, Scores]:
    """An event hit: a predicted event in the gold sentence with the same dates (each used once)."""
    pred = event_predictions()
    result = {}
    gold_by_split: dict[str, list] = defaultdict(list)
    for r in read_gold("events.csv"):
        gold_by_split[r["split"]].append(r)
    for split, rows in sorted(gold_by_split.items(), key=lambda kv: split_key(kv[0])):
        unused = list(pred[split])
        tp = fn = 0
        for r in rows:
            loc = locate(clean_doc(r["file"]), r["context"])
            hit = None
            if loc:
                for p in unused:
                    if p[0] == r["file"] and p[1] < loc[1] and loc[0] < p[2] and (p[3], p[4]) == (r["date_start"], r["date_end"]):
                        hit = p
                        break
            if hit:
                unused.remove(hit)
                tp += 1
            else:
                fn += 1
        result[split] = Scores(tp, len(unused), fn)
    return result


def _num(x) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def evaluate_money() -> dict[str, dict]:
    """Amounts: P/R/F1 (hit = span, amount, per and period) and category accuracy on span matches."""
    from . import money
    gold: dict[str, dict] = defaultdict(dict)
    for r in read_gold("money.csv"):
        loc = locate(clean_doc(r["file"]), r["context"], r["text"])
        key = (r["file"], *(loc or (-1, -1)))
        gold[r["split"]][key] = r
    out = {}
    for split, rows in sorted(gold.items(), key=lambda kv: split_key(kv[0])):
        pred = {}
        for file in sorted({k[0] for k in rows}):
            doc = clean_doc(file)
            spans = [(x.start, x.end) for x in doc.sentences]
            from . import annotate
            for m in money.extract_money(doc.text, spans, annotate.document_timexes(doc), doc.published or None):
                pred[(file, m.start, m.end)] = m
        tp = fp = 0
        cat_ok = cat_n = 0
        for key, m in pred.items():
            g = rows.get(key)
            if g is None:
                fp += 1
                continue
            cat_n += 1
            cat_ok += g["category"] == m.category
            same = (_num(g["amount"]) == m.amount and g["per"] == m.per
                    and (g["period_start"], g["period_end"]) == (m.period_start, m.period_end))
            tp += same
            fp += not same
        out[split] = {"scores": Scores(tp, fp, len(rows) - tp), "category_accuracy": cat_ok / cat_n if cat_n else 0.0,
                      "category_n": cat_n}
    return out


def evaluate_verdicts() -> dict[str, dict]:
    """Aid-claim verdicts end to end: the pipeline's verdict (extraction + `aidcheck`) for each
    claim whose span it found, against the verdict computed by hand (`verdicts.csv`)."""
    from collections import Counter

    from . import aidref, annotate
    gold: dict[str, dict] = defaultdict(dict)
    for r in read_gold("verdicts.csv"):
        loc = locate(clean_doc(r["file"]), r["context"], r["text"])
        gold[r["split"]][(r["file"], *(loc or (-1, -1)))] = r["verdict"]
    ref = aidref.load()
    out = {}
    for split, rows in sorted(gold.items(), key=lambda kv: split_key(kv[0])):
        files = sorted({k[0] for k in rows})
        docs = [clean_doc(f) for f in files]
        mon, sha = annotate.money_tables(docs)
        checked = annotate.check_claims(mon, sha, ref) if len(mon) + len(sha) else pd.DataFrame()
        file_of = {d.doc_id: f for d, f in zip(docs, files)}
        confusion: Counter = Counter()
        for row in checked.itertuples():
            want = rows.get((file_of[row.doc_id], int(row.start), int(row.end)))
            if want is not None:
                confusion[(want, row.verdict)] += 1
        n = sum(confusion.values())
        ok = sum(v for (g, p), v in confusion.items() if g == p)
        out[split] = {"accuracy": ok / n if n else 0.0, "n": n, "gold_n": len(rows), "confusion": confusion}
    return out


def evaluate_themes() -> dict[str, pd.DataFrame]:
    """Per-theme precision, recall and Cohen's kappa of the dictionary coder against the hand coding."""
    from . import annotate, themes
    theme_rows, indicators = themes.load_codebook()
    ids = [t.theme for t in theme_rows]
    out = {}
    for split, gold_name, folder in (("dev", "paragraphs.csv", None), ("heldout", "heldout_paragraphs.csv", "heldout")):
        gold = pd.read_csv(GOLD / "themes" / gold_name, keep_default_na=False)
        codes = {}
        for doc_id in sorted(gold["doc_id"].unique()):
            if folder:
                path = GOLD / "themes" / folder / f"{doc_id}.txt"
                doc = corpus.build_document(path, None, boilerplate.load_rules(), repair.load_ok_doubles(),
                                            segment.load_abbreviations())
            else:
                doc = next(d for d in annotate.read_corpus(ROOT / "data" / "derived") if d.doc_id == doc_id)
            paras = annotate.paragraphs(doc)
            codes[doc_id] = themes.code_paragraphs(doc.text, [(p[0], p[2], p[3]) for p in paras], indicators)
        pred = themes.to_wide(codes, gold[["doc_id", "para_id"]], ids)
        out[split] = themes.agreement(gold, pred, ids)
    return out


def main() -> int:
    """Print the evaluation report."""
    print("Time expressions (hit = exact span and value)")
    for split, s in evaluate_timex().items():
        print("  " + s.row(split))
    _, missing = timex_gold()
    if missing:
        print(f"  ({len(missing)} gold rows could not be located in the cleaned text and count as misses)")
    for file, error in sorted(REFUSED.items()):
        print(f"  (refused by the pipeline, every gold row in it a miss: {error})")
    print("Events (hit = right sentence and right dates)")
    for split, s in evaluate_events().items():
        print("  " + s.row(split))
    print("Money amounts (hit = span, amount, per and period)")
    for split, r in evaluate_money().items():
        print("  " + r["scores"].row(split) + f"  category accuracy {r['category_accuracy']:.3f} on {r['category_n']} span matches")
    print("Aid-claim verdicts (pipeline verdict vs hand-computed verdict, on claims whose span was found)")
    for split, r in evaluate_verdicts().items():
        wrong = ", ".join(f"{g}->{p} {v}" for (g, p), v in sorted(r["confusion"].items()) if g != p)
        print(f"  {split:<28} accuracy={r['accuracy']:.3f}  ({r['n']} of {r['gold_n']} claims found)"
              + (f"  errors: {wrong}" if wrong else ""))
    print("Themes (paragraph level; per theme and pooled)")
    for split, table in evaluate_themes().items():
        tp, fp, fn = (int(table[c].sum()) for c in ("tp", "fp", "fn"))
        pooled = Scores(tp, fp, fn)
        kappas = ", ".join(f"{r.theme} {r.kappa:.2f}" for r in table.itertuples())
        print("  " + pooled.row(split) + f"\n    kappa per theme: {kappas}")
    return 0
