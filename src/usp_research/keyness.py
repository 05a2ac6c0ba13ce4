"""Keyness: the words and two-word phrases that set each source apart from the others.

Method
------
Each document is compared with the rest of the corpus (all other documents pooled), term by
term, with Dunning's (1993) log-likelihood statistic G² and Hardie's (2014) log ratio.

Tokens. Word tokens are runs of letters/digits that may contain inner apostrophes, hyphens or
en dashes ("Pakistan’s", "counter-terrorism", "US–India" are one token each); they are
lower-cased, curly apostrophes become straight ones, en dashes and other hyphen characters
become "-", and a final possessive "'s" / "'" is dropped ("Pakistan’s" -> "pakistan"). Tokens
without a letter (years, figures) are dropped. The country abbreviation — "US" written in capitals, or "U.S." —
becomes the token "u.s.", so it is not lost as the stopword "us" and is the same term in both
spellings.

Terms. Unigrams that are not stopwords, and bigrams of two adjacent tokens separated only by
whitespace (not across punctuation, so never across a sentence or clause boundary) whose first
and last word are not stopwords. The stop list (``STOPWORDS``) is a small list of English
function words plus a few reporting verbs ("said", "according") and titles ("mr", "dr").

Statistics, for a term with ``a`` occurrences in a document of ``N1`` tokens and ``b`` in the
rest of ``N2`` tokens (token counts = all word tokens, stopwords included, the same base for
unigrams and bigrams):

* ``per_10k = 10000·a/N1``, ``per_10k_rest = 10000·b/N2``;
* ``log_likelihood`` = G² = 2·Σ O·ln(O/E) over the two cells, with ``E1 = N1·(a+b)/(N1+N2)``,
  ``E2 = N2·(a+b)/(N1+N2)`` and 0·ln 0 = 0;
* ``log_ratio`` = log2((a/N1)/(b/N2)), with a zero count replaced by 0.5 so that terms absent
  from the rest get a finite value.

Only positive keyness is reported (``per_10k > per_10k_rest``) and only terms with
``count >= min_count``; for each document the ``top`` terms by G² (ties by term). Floats are
rounded to 4 decimals, and the ordering uses the rounded values, so the output is deterministic.
G² ≥ 3.84 is the usual p < 0.05 cut-off (1 d.f.), but with five short documents and many
terms tested it is a ranking device, not a significance test.

Limits: bag-of-words; one article's quirks of wording (a name quoted five times) rank high;
no lemmatisation ("militant"/"militants" are different terms).

References: Dunning, T. (1993). Accurate methods for the statistics of surprise and
coincidence. Computational Linguistics 19(1), 61–74. Hardie, A. (2014). Log Ratio — an
informal introduction. ESRC Centre for Corpus Approaches to Social Science (CASS).
"""
from __future__ import annotations

import math
import re
from collections import Counter
from typing import Mapping

import pandas as pd

COLUMNS = ["doc_id", "term", "count", "count_rest", "per_10k", "per_10k_rest", "log_likelihood", "log_ratio"]

STOPWORDS = frozenset("""
a about above across after again against all almost along already also although always am among an
and another any anyone anything are around as at away be became because become becomes been before
being below between beyond both but by can cannot could did do does doing done down during each
either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like may me might more most
much must my myself neither no nor not now of off often on once one only onto or other others
otherwise our ours ourselves out over own per perhaps rather same several shall she should since so
some such than that the their theirs them themselves then there therefore these they this those
though through thus to too toward towards under until up upon us very via was we were what whatever
when where whether which while who whom whose why will with within without would yet you your
yours yourself mr ms dr said says say according s t
""".split())

_TOKEN = re.compile(r"U\.S\.(?:A\.)?|[^\W_](?:[^\W_]|['\u2019\-\u2010\u2011\u2013](?=[^\W_]))*")
_DASHES = str.maketrans({"\u2019": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` for the word tokens of ``text`` (normalised as described above)."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        raw = m[0]
        if raw in ("US", "U.S.", "U.S.A.", "USA"):
            out.append(("u.s.", m.start(), m.end()))
            continue
        tok = raw.lower().translate(_DASHES)
        if tok.endswith("'s"):
            tok = tok[:-2]
        tok = tok.rstrip("'")
        if tok and any(ch.isalpha() for ch in tok):
            out.append((tok, m.start(), m.end()))
    return out


def terms(text: str) -> tuple[Counter, int]:
    """Counts of unigram and bigram terms of ``text`` and its number of word tokens."""
    toks = tokens(text)
    counts: Counter = Counter()
    for tok, _, _ in toks:
        if tok not in STOPWORDS:
            counts[tok] += 1
    for (t1, _, e1), (t2, s2, _) in zip(toks, toks[1:]):
        if t1 in STOPWORDS or t2 in STOPWORDS or text[e1:s2].strip():
            continue
        counts[f"{t1} {t2}"] += 1
    return counts, len(toks)


def _xlnx(o: float, e: float) -> float:
    return o * math.log(o / e) if o > 0 else 0.0


def g2(a: int, b: int, n1: int, n2: int) -> float:
    """Dunning's log-likelihood G² for ``a`` of ``n1`` tokens against ``b`` of ``n2`` tokens."""
    total = n1 + n2
    if total == 0 or a + b == 0:
        return 0.0
    e1 = n1 * (a + b) / total
    e2 = n2 * (a + b) / total
    return 2.0 * (_xlnx(a, e1) + _xlnx(b, e2))


def log_ratio(a: int, b: int, n1: int, n2: int) -> float:
    """log2 of the ratio of relative frequencies; a zero count counts as 0.5."""
    return math.log2((max(a, 0.5) / n1) / (max(b, 0.5) / n2))


def keyness(texts: Mapping[str, str], min_count: int = 2, top: int = 15) -> pd.DataFrame:
    """Positive key terms of each document against the rest of ``texts`` (doc_id -> text).

    Columns: doc_id, term, count, count_rest, per_10k, per_10k_rest, log_likelihood,
    log_ratio; sorted by doc_id, then log_likelihood descending, then term. A document with
    no tokens, or a corpus with a single non-empty document, gives no rows.
    """
    if top < 0 or min_count < 1:
        raise ValueError("top must be >= 0 and min_count >= 1")
    total_counts: Counter = Counter()
    total_tokens = 0
    for text in texts.values():  # two passes: per-document counts are never all held in memory
        c, n = terms(text)
        total_counts.update(c)
        total_tokens += n
    rows = []
    for doc in sorted(texts):
        c, n1 = terms(texts[doc])
        n2 = total_tokens - n1
        if n1 == 0 or n2 == 0:
            continue
        doc_rows = []
        for term, a in c.items():
            if a < min_count:
                continue
            b = total_counts[term] - a
            if a / n1 <= b / n2:
                continue
            doc_rows.append({
                "doc_id": doc, "term": term, "count": a, "count_rest": b,
                "per_10k": round(10000 * a / n1, 4), "per_10k_rest": round(10000 * b / n2, 4),
                "log_likelihood": round(g2(a, b, n1, n2), 4), "log_ratio": round(log_ratio(a, b, n1, n2), 4),
            })
        doc_rows.sort(key=lambda r: (-r["log_likelihood"], r["term"]))
        rows.extend(doc_rows[:top])
    return pd.DataFrame(rows, columns=COLUMNS)
