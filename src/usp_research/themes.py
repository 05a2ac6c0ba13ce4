"""Themes of Pakistan–US relations coded per paragraph with a weighted dictionary.

Method
------
Two codebooks drive the coder:

* ``data/raw/codebooks/themes.csv`` (``theme,label,definition,include,exclude,citation``) says
  what each of the 13 themes means; it is the coding manual that the hand-coded gold sample
  (``tests/gold/themes/``) follows.
* ``data/raw/codebooks/theme_indicators.csv`` (``theme,indicator,kind,weight,notes``) lists the
  words and phrases that signal a theme, each with a positive weight: strong, nearly unambiguous
  indicators 2–3 (``counterterrorism``, ``CPEC``, ``mistrust``, ``Kashmir``), weak or ambiguous
  ones 1 (``Afghanistan`` as a place name, ``China``, ``War on Terror`` as a period label,
  ``transactional``).

``kind = term``: matched case-insensitively as a whole word or phrase (no letter, digit or
underscore directly before or after). The words of a term may be joined by a space, a hyphen,
an en dash or nothing ("counter-terrorism" also finds "counter terrorism", "counter–terrorism"
and "counterterrorism"); the last word takes a simple plural ("-s", "-es", "-y" -> "-ies") and
a possessive ("’s", "'s", "s’"); straight and curly apostrophes are interchangeable.
``kind = regex``: a Python regular expression searched case-insensitively (scope ``(?-i:...)``
for case-sensitive parts such as ``(?-i:LeT)``); used for constructions a word list cannot
express ("ties with China", "role in the War on Terror", Taliban not followed by "Pakistan").
A match never crosses a line break, so it never crosses a paragraph.

Scoring (``code_paragraphs``): the document's text is scanned once per indicator; within one theme
overlapping matches are resolved leftmost-longest (so "War on Terror", weight 1, absorbs
"terror", weight 2; "trust deficit" absorbs "trust"). Every occurrence counts. A paragraph's
score for a theme is the summed weight of the theme's matches lying inside it, and the theme is
coded when the score reaches ``threshold`` (default 2.0: one strong indicator, or two weak
ones). Themes are coded independently (multi-coding allowed); the same words may count for
several themes ("drone strikes" for counter-terrorism; "civilian casualties" for human rights).
Headings — paragraphs with fewer than 12 words that do not end in sentence-final punctuation
(``.``, ``!``, ``?``, ``…``, possibly followed by closing quotes/brackets) — get no codes, as in
the gold standard. ``Code.evidence`` lists the matched spans, ``"militant (812-820); drone
strikes (901-914)"``: the text as written, then ``[start-end)`` offsets into the document's
clean text, so ``text[start:end]`` gives the matched words back (``parse_evidence``).

Tuning (DEV sample, ``tests/gold/themes/paragraphs.csv``, 79 paragraphs of the 5 corpus
documents). A first list was written from the codebook's definition/include lists and general
vocabulary of each theme (155 indicators, terms only). Its DEV misses were then read and the
list extended where they showed a missing *kind* of expression, never a phrase of one article:
constructions ("ties with / tilt toward China", "role/ally in the War on Terror", "economic
cooperation/concessions", "US aid/investment", "conflict with India", "the army controls ...",
"priorities change quickly"), the codebook's exclusions where a pattern can express them (the
Pakistani Taliban is not ``afghanistan``; "diplomatic coup"; "the establishment of"; economic
ties *with a third country*), and general vocabulary of each theme the corpus happens not to
use (IS-K, EFF, Pahalgam, press freedom, erratic, broken promises, ...). The weights follow one
rule (2–3 strong, 1 weak or ambiguous). Thresholds 1, 2 and 3 were compared (with integer
weights any threshold in (1, 2] codes the same): pooled kappa 0.82, **0.95**, 0.75; 2.0 is the
default. Counting each indicator once per paragraph instead of every occurrence gave 0.95 too.

DEV agreement with the hand coding at threshold 2 (P = precision, R = recall, k = Cohen's kappa;
first list -> final list):

===================  ====  ================  ================
theme                gold  first P/R/k       final P/R/k
===================  ====  ================  ================
afghanistan             6  .75/.50/.57       1.00/1.00/1.00
china_cpec              8  1.00/.50/.64      1.00/1.00/1.00
civil_military         12  .80/.67/.68       .86/1.00/.91
counter_terrorism      22  .95/.91/.90       .96/1.00/.97
economy_aid            17  1.00/.76/.84      .94/1.00/.96
great_power            15  1.00/.60/.71      .93/.93/.92
human_rights            2  1.00/1.00/1.00    1.00/1.00/1.00
imf_debt                2  1.00/1.00/1.00    1.00/1.00/1.00
india_kashmir           7  1.00/.43/.58      1.00/.86/.92
nuclear                 7  1.00/.57/.71      1.00/1.00/1.00
regional_diplomacy      1  1.00/1.00/1.00    1.00/1.00/1.00
sovereignty_opinion     7  .86/.86/.84       .88/1.00/.93
trust                  28  .94/.57/.61       .96/.93/.92
pooled (1027 cells)   134  .94/.68/.76       .95/.97/.95
===================  ====  ================  ================

These DEV figures are optimistic by construction: the list (now 482 indicators) was refined
on these paragraphs, and they come close to the annotator's own intra-coder agreement (pooled
kappa 0.97 on 20 paragraphs), which a word list cannot be expected to reach on new text.
Generalisation is measured on the held-out sample (``tests/gold/themes/heldout*``), which was
never looked at while writing the list.

Limits
------
A dictionary sees words, not claims. It cannot apply the codebook's clause-level rules: a period
label ("during the Cold War"), a place name ("threats emanating from Afghanistan"), an epithet
("a responsible nuclear power"), an adjunct ("supporting Pakistan's democratic progress"), a
third party's agenda ("a trilateral forum discussing counterterrorism") or a timing phrase ("in
the aftermath of the withdrawal") score like a substantive claim when their words are strong, and
a claim carried by words outside the list (a trust judgement put as "the US turning to Pakistan
only when interests overlap") is missed. Negation is ignored ("no mistrust" scores as
mistrust). Weak indicators are tuned to need support from a second word, which fails on short
paragraphs (one-line quotations). Rare themes (regional diplomacy, human rights, IMF/debt have
1–2 DEV positives) have unreliable DEV estimates. Trust, the most frequent and most evaluative
theme, is the least dictionary-friendly. Treat the codes as a screening device to be read with
their evidence, and report agreement with the hand coding alongside any count.

Conventions: spans are ``[start, end)`` character offsets; ``para_id`` is 1-based as in
``data/derived/corpus/sentences.csv``.
"""
from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import pandas as pd

from .errors import InputError
from .paths import CODEBOOKS, DEFAULT_DERIVED

THEME_COLUMNS = ("theme", "label", "definition", "include", "exclude")
INDICATOR_COLUMNS = ("theme", "indicator", "kind", "weight", "notes")
KINDS = frozenset({"term", "regex"})
DEFAULT_THRESHOLD = 2.0
HEADING_MAX_WORDS = 12  # a heading has fewer words than this and no sentence-final punctuation

_THEME_ID = re.compile(r"[a-z][a-z0-9_]*")
_SEP = "[ \u00a0\\-\u2010\u2011\u2013]?"  # space, no-break space, hyphen(s), en dash, or nothing
_APOS = "['\u2019]"
_FINAL = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]\u00bb]*$")
_EVIDENCE = re.compile(r"(.+?) \((\d+)-(\d+)\)(?:; |$)", re.S)


@dataclass(frozen=True)
class Theme:
    """One row of ``themes.csv``."""

    theme: str
    label: str
    definition: str
    include: str
    exclude: str


@dataclass(frozen=True)
class Indicator:
    """One row of ``theme_indicators.csv``: a term or regex that signals ``theme``."""

    theme: str
    indicator: str
    kind: str  # "term" or "regex"
    weight: float


@dataclass(frozen=True)
class Code:
    """A theme coded in a paragraph, with its score and the matched spans as evidence."""

    para_id: int
    theme: str
    score: float
    evidence: str  # "militant (812-820); drone strikes (901-914)": offsets into the clean text


@dataclass(frozen=True)
class Match:
    """One indicator occurrence: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    theme: str
    indicator: str
    weight: float


# --- codebooks -------------------------------------------------------------------------------

def _read_csv(p: Path, columns: Sequence[str], what: str) -> list[tuple[int, dict]]:
    try:
        with open(p, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(p, f"missing column(s) {', '.join(missing)}",
                                 f"Use a header with the columns {','.join(columns)}")
            rows = [(reader.line_num, row) for row in reader]
    except FileNotFoundError:
        raise InputError(p, f"{what} not found", f"Create it or pass the path of a {what}") from None
    except UnicodeDecodeError:
        raise InputError(p, "not UTF-8", "Save the file as UTF-8") from None
    for line, row in rows:
        if None in row or any(row.get(c) is None for c in columns):
            raise InputError(p, f"line {line}: wrong number of fields", "Quote fields that contain commas")
    return rows


def _load_themes(p: Path) -> tuple[Theme, ...]:
    out: list[Theme] = []
    seen: set[str] = set()
    for line, row in _read_csv(p, THEME_COLUMNS, "theme codebook"):
        theme = row["theme"]
        if not _THEME_ID.fullmatch(theme):
            raise InputError(p, f"line {line}: bad theme id {theme!r}",
                             "Use lower-case letters, digits and _ (e.g. counter_terrorism)")
        if theme in seen:
            raise InputError(p, f"line {line}: duplicate theme {theme!r}", "Give every theme one row")
        for col in ("label", "definition"):
            if not row[col].strip():
                raise InputError(p, f"line {line}: empty {col} of {theme}", f"Fill in the {col}")
        seen.add(theme)
        out.append(Theme(theme, row["label"].strip(), row["definition"].strip(),
                         row["include"].strip(), row["exclude"].strip()))
    if not out:
        raise InputError(p, "no themes", "Add one row per theme")
    return tuple(out)


def _load_indicators(p: Path, themes: Iterable[str]) -> tuple[Indicator, ...]:
    known = set(themes)
    out: list[Indicator] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, row in _read_csv(p, INDICATOR_COLUMNS, "indicator list"):
        theme, ind, kind, raw_w = row["theme"], row["indicator"], row["kind"], row["weight"]
        where = f"line {line}"
        if theme not in known:
            raise InputError(p, f"{where}: theme {theme!r} is not in the theme codebook",
                             "Use a theme id from themes.csv")
        if kind not in KINDS:
            raise InputError(p, f"{where}: kind {kind!r}", "Use 'term' or 'regex'")
        if not ind or ind != ind.strip():
            raise InputError(p, f"{where}: empty or padded indicator", "Write the indicator without outer spaces")
        try:
            weight = float(raw_w)
        except ValueError:
            raise InputError(p, f"{where}: weight {raw_w!r} is not a number", "Use a positive number such as 1 or 2.5") from None
        if not (math.isfinite(weight) and weight > 0):
            raise InputError(p, f"{where}: weight {raw_w!r} is not positive", "Use a positive number such as 1 or 2.5")
        if kind == "term" and not re.search(r"\w", ind):
            raise InputError(p, f"{where}: term {ind!r} has no letter or digit", "Write a word or phrase")
        try:
            pattern = _compile(Indicator(theme, ind, kind, weight))
        except re.error as exc:
            raise InputError(p, f"{where}: invalid regex {ind!r} ({exc})", "Fix the regular expression") from None
        if pattern.search("") is not None:
            raise InputError(p, f"{where}: indicator {ind!r} matches the empty string",
                             "Make the pattern require at least one character")
        key = (theme, ind.lower() if kind == "term" else ind, kind)
        if key in seen:
            raise InputError(p, f"{where}: duplicate indicator {ind!r} of {theme} (line {seen[key]})",
                             "List each indicator once per theme")
        seen[key] = line
        out.append(Indicator(theme, ind, kind, weight))
    have = {i.theme for i in out}
    empty = [t for t in themes if t not in have]
    if empty:
        raise InputError(p, f"no indicators for theme(s) {', '.join(empty)}",
                         "Add at least one indicator per theme (a theme without indicators is never coded)")
    return tuple(out)


def load_codebook(themes_path: str | Path | None = None,
                  indicators_path: str | Path | None = None) -> tuple[tuple[Theme, ...], tuple[Indicator, ...]]:
    """Themes and indicators from the two codebooks; a malformed row raises InputError naming its line."""
    tp = Path(themes_path) if themes_path else CODEBOOKS / "themes.csv"
    ip = Path(indicators_path) if indicators_path else CODEBOOKS / "theme_indicators.csv"
    themes = _load_themes(tp)
    return themes, _load_indicators(ip, [t.theme for t in themes])


# --- matching --------------------------------------------------------------------------------

def term_pattern(term: str) -> str:
    """Regex source for a term: whole words, space/hyphen/en-dash/no joins, plural and possessive."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", term.strip()) if w]
    parts = [re.escape(w).replace("'", _APOS).replace("\u2019", _APOS) for w in words]
    last = words[-1]
    if re.search(r"[^aeiou\W\d_]y$", last, re.I):  # policy -> policies
        parts[-1] = parts[-1][:-1] + "(?:y|ies)"
    elif re.search(r"[^\W\d_]$", last):
        parts[-1] += "(?:s|es)?"
    body = _SEP.join(parts)
    return rf"(?<!\w)(?:{body})(?:{_APOS}s|(?<=s){_APOS})?(?!\w)"


@lru_cache(maxsize=4096)
def _compile(ind: Indicator) -> re.Pattern:
    source = term_pattern(ind.indicator) if ind.kind == "term" else ind.indicator
    return re.compile(source, re.IGNORECASE)


@lru_cache(maxsize=4096)
def _literal_key(ind: Indicator) -> str:
    """Text every match of a term indicator contains (casefolded), or "" when there is none to rely on."""
    if ind.kind != "term":
        return ""
    words = [w for w in re.split(r"[\s\-\u2010\u2011\u2013]+", ind.indicator.strip()) if w]
    if not words:
        return ""
    first = re.split(r"['\u2019]", words[0])[0]
    if len(words) == 1 and re.search(r"[^aeiou\W\d_]y$", first, re.I):
        first = first[:-1]  # policy / policies
    return first.casefold() if len(first) >= 2 else ""


def find_matches(text: str, indicators: Iterable[Indicator]) -> list[Match]:
    """All indicator matches in ``text``; within a theme overlaps are resolved leftmost-longest.

    Sorted by (start, theme). A match never contains a line break; empty matches are ignored.
    """
    by_theme: dict[str, list[Match]] = {}
    folded = text.casefold()
    for ind in indicators:
        key = _literal_key(ind)
        if key and key not in folded:
            continue  # the term's first word is absent: its regex cannot match (a cheap prefilter)
        for m in _compile(ind).finditer(text):
            if m.end() > m.start() and "\n" not in m[0] and "\r" not in m[0]:
                by_theme.setdefault(ind.theme, []).append(
                    Match(m.start(), m.end(), m[0], ind.theme, ind.indicator, ind.weight))
    out: list[Match] = []
    for theme, found in by_theme.items():
        found.sort(key=lambda x: (x.start, -(x.end - x.start), -x.weight, x.indicator))
        last_end = -1
        for mt in found:
            if mt.start >= last_end:
                out.append(mt)
                last_end = mt.end
    out.sort(key=lambda x: (x.start, x.theme, x.end))
    return out


def is_heading(paragraph: str) -> bool:
    """Fewer than 12 words and no sentence-final punctuation (titles, section headings, stubs)."""
    p = paragraph.strip()
    return len(p.split()) < HEADING_MAX_WORDS and not _FINAL.search(p)


def format_evidence(matches: Iterable[Match]) -> str:
    return "; ".join(f"{m.text} ({m.start}-{m.end})" for m in matches)


def parse_evidence(evidence: str) -> list[tuple[str, int, int]]:
    """``"militant (812-820); drone strikes (901-914)"`` -> ``[("militant", 812, 820), ...]``."""
    return [(m[1], int(m[2]), int(m[3])) for m in _EVIDENCE.finditer(evidence)]


def code_paragraphs(text: str, paragraphs: Sequence[tuple[int, int, int]], indicators: Iterable[Indicator],
                    threshold: float = DEFAULT_THRESHOLD) -> list[Code]:
    """Codes for the paragraphs ``(para_id, start, end)`` of ``text``, sorted by para_id then theme.

    A theme is coded when the summed weight of its matches inside the paragraph reaches
    ``threshold``; headings get no codes.
    """
    n = len(text)
    spans = []
    for para_id, start, end in paragraphs:
        start, end = int(start), int(end)
        if not 0 <= start <= end <= n:
            raise ValueError(f"paragraph {para_id}: span ({start}, {end}) outside a text of {n} characters")
        spans.append((int(para_id), start, end))
    matches = find_matches(text, tuple(indicators))
    out: list[Code] = []
    for para_id, start, end in spans:
        if is_heading(text[start:end]):
            continue
        inside: dict[str, list[Match]] = {}
        for m in matches:
            if m.start >= start and m.end <= end:
                inside.setdefault(m.theme, []).append(m)
        for theme in sorted(inside):
            score = round(sum(m.weight for m in inside[theme]), 6)
            if score >= threshold:
                out.append(Code(para_id, theme, score, format_evidence(inside[theme])))
    out.sort(key=lambda c: (c.para_id, c.theme))
    return out


# --- corpus helpers --------------------------------------------------------------------------

def paragraph_spans(sentences: pd.DataFrame, doc_id: str) -> list[tuple[int, int, int]]:
    """``(para_id, start, end)`` per paragraph of ``doc_id`` from ``sentences.csv`` rows, by para_id."""
    missing = [c for c in ("doc_id", "para_id", "start", "end") if c not in sentences.columns]
    if missing:
        raise InputError("sentences.csv", f"missing column(s) {', '.join(missing)}",
                         "Pass the table written by the corpus stage (doc_id, para_id, sent_id, start, end, text)")
    rows = sentences[sentences["doc_id"] == doc_id]
    if rows.empty:
        raise InputError("sentences.csv", f"no sentences for doc_id {doc_id!r}",
                         "Check the doc_id or re-run the corpus stage")
    g = rows.groupby("para_id").agg(start=("start", "min"), end=("end", "max")).sort_index()
    return [(int(p), int(s), int(e)) for p, (s, e) in zip(g.index, g.itertuples(index=False))]


def code_corpus(derived: str | Path | None = None, indicators: Iterable[Indicator] | None = None,
                threshold: float = DEFAULT_THRESHOLD) -> dict[str, list[Code]]:
    """Code every document of the corpus stage output (``<derived>/corpus``): doc_id -> codes."""
    base = Path(derived) if derived else DEFAULT_DERIVED
    sentences = pd.read_csv(base / "corpus" / "sentences.csv")
    inds = tuple(indicators) if indicators is not None else load_codebook()[1]
    out: dict[str, list[Code]] = {}
    for doc_id in sorted(sentences["doc_id"].unique()):
        path = base / "corpus" / "clean" / f"{doc_id}.txt"
        text = path.read_text(encoding="utf-8")
        out[doc_id] = code_paragraphs(text, paragraph_spans(sentences, doc_id), inds, threshold)
    return out


def to_wide(codes_by_doc: Mapping[str, Sequence[Code]], units: pd.DataFrame, themes: Iterable) -> pd.DataFrame:
    """Wide 0/1 table (doc_id, para_id, one int column per theme) for the given (doc_id, para_id) units.

    ``themes`` are ids or Theme objects; codes of themes not listed and of units not listed are
    dropped, listed units without codes (or of documents not in ``codes_by_doc``) are all 0.
    """
    names = [t.theme if isinstance(t, Theme) else str(t) for t in themes]
    coded = {(doc, c.para_id, c.theme) for doc, codes in codes_by_doc.items() for c in codes}
    base = units[["doc_id", "para_id"]].copy().reset_index(drop=True)
    base["para_id"] = base["para_id"].astype(int)
    for t in names:
        base[t] = [int((d, p, t) in coded) for d, p in zip(base["doc_id"], base["para_id"])]
    return base


def _ratio(num: float, den: float) -> float:
    return num / den if den else float("nan")


def agreement(gold: pd.DataFrame, pred: pd.DataFrame, themes: Sequence) -> pd.DataFrame:
    """Per-theme agreement of ``pred`` with ``gold`` on the gold paragraph set.

    Both tables are wide 0/1 (doc_id, para_id, one column per theme). Units missing from
    ``pred`` count as 0 (not coded). Columns: theme, n, gold_pos, pred_pos, tp, fp, fn,
    precision, recall, f1, kappa (Cohen 1960). Undefined ratios (no predicted positives for
    precision, no gold positives for recall, chance agreement 1 for kappa) are NaN; F1 is 0
    when there are positives but no true positives.
    """
    names = [t.theme if isinstance(t, Theme) else str(t) for t in themes]
    keys = ["doc_id", "para_id"]
    for label, df in (("gold", gold), ("pred", pred)):
        missing = [c for c in keys + names if c not in df.columns]
        if missing:
            raise ValueError(f"{label} table lacks column(s) {', '.join(missing)}")
    if gold.duplicated(keys).any() or pred.duplicated(keys).any():
        raise ValueError("duplicate (doc_id, para_id) rows")
    g = gold[keys + names].copy()
    p = pred[keys + names].copy()
    for df in (g, p):
        df["para_id"] = df["para_id"].astype(int)
    merged = g.merge(p, on=keys, how="left", suffixes=("_gold", "_pred"))
    rows = []
    for t in names:
        gv = merged[f"{t}_gold"].fillna(0).astype(int).clip(0, 1).to_numpy()
        pv = merged[f"{t}_pred"].fillna(0).astype(int).clip(0, 1).to_numpy()
        n = len(gv)
        tp = int(((gv == 1) & (pv == 1)).sum())
        fp = int(((gv == 0) & (pv == 1)).sum())
        fn = int(((gv == 1) & (pv == 0)).sum())
        tn = n - tp - fp - fn
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = _ratio(2 * tp, 2 * tp + fp + fn)
        if n:
            po = (tp + tn) / n
            pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
            kappa = (po - pe) / (1 - pe) if pe < 1 else float("nan")
        else:
            kappa = float("nan")
        rows.append({"theme": t, "n": n, "gold_pos": tp + fn, "pred_pos": tp + fp, "tp": tp, "fp": fp,
                     "fn": fn, "precision": precision, "recall": recall, "f1": f1, "kappa": kappa})
    return pd.DataFrame(rows, columns=["theme", "n", "gold_pos", "pred_pos", "tp", "fp", "fn",
                                       "precision", "recall", "f1", "kappa"])
