"""Money amounts and share claims in cleaned article text.

Method
------
One pass of a precompiled regular expression finds every currency amount ("$1 billion",
"US$2.5bn", "USD 3 billion", "33 billion dollars", "Rs. 1.2 trillion", "PKR 3bn", "£5m", ...)
with an optional qualifier word in front ("over", "more than", "about", ...). A second pattern
finds shares ("over 70%", "two-thirds", "half") that are followed by "of <something>". Every
other attribute is read from the *sentence* the amount sits in, using the sentence spans given
by the caller, and within it from the *clause* (text between ", ", ";", ": ", dashes, brackets,
"but", "while", "whereas") first:

* **category** and **flow** come from the codebook ``data/raw/codebooks/aid_categories.csv``
  (``category,term,notes``). Terms of the aid categories (security, csf, economic,
  humanitarian, mixed) give the category; the term category ``aid`` marks aid of unspecified
  category; ``loan, investment, trade, budget, debt, other`` mark non-aid money (category stays
  ``unspecified``; ``flow`` says which); ``money`` marks generic money words. The longest term
  wins ("military and economic" over "military", "defence budget" over "defence"). The
  nearest term to the amount in its clause is used, counting only terms nearer to it than to
  any other amount of that clause; failing that (and only if the clause has no money term at
  all: "$30 billion in direct aid" stays unspecified), a term of a clause of the same sentence
  that holds no amount. ``flow`` is ``aid`` when the nearest term of any kind is an aid term.
* **period** comes from the time expressions (``timexes``) of the colleague's tagger, never
  parsed here: same clause first (nearest), else a clause without amounts; ranges are
  preferred over points ("since 2002" over "in 2011"). Years are the ISO years of
  ``value_start``/``value_end``; a ``fiscal_year`` (or a range whose text says FY/fiscal) is
  named by the year in which it ends. An open range ("since 2002") without an end value ends
  in the publication year when ``published`` is given; otherwise ``period_end`` is "" and
  means *open*.
* **per** is ``annual`` when "annually", "a year", "per year", "each year", "every year",
  "per annum", "yearly" follows the amount in its clause (before the next amount), or
  "annual"/"yearly" precedes it; else ``total``.
* **donor/recipient** come from actor names (alias table: ``data/raw/codebooks/actors.csv``,
  columns ``actor_id,type,name,aliases,acts_for,...``; aliases ``;``-separated; an alias maps
  to ``acts_for`` when set, else to ``actor_id``; or an explicit ``aliases`` mapping) in a
  role-giving pattern: "<A> aid/loans/investment" (an aid, loan, investment or CSF term within
  five tokens after the actor: "China's $60 billion investment"), "from/by <A>", "<A>
  provided/gave/pledged/... [<B>]" are donors; "to/for <B>", "<B> received/got/secured/was
  given ..." are recipients. The nearest in the clause (preferring one not across "and" or a
  comma), else one in another clause of the sentence that is nearer to this amount than to any
  other, or that is the subject of a list of amounts ("The US gave $1bn in 2009, $1.5bn in
  2010 and $2bn in 2011"); never across a semicolon.
* **part_of** links a component to its total in the same passage: "X, of which/including/
  comprising/...: Y [and Z]", "Y of/out of (the) X", and a sentence opening "Of this/that/the
  total, Y" (linked to the largest earlier amount of the previous sentence). The component
  must not exceed the total (same currency) and siblings must not sum above it. Components
  inherit donor, recipient, period and (if unspecified) category from the total.

Conventions
-----------
* Spans are ``[start, end)`` offsets into ``text`` and ``text == source[start:end]``; the span
  includes the qualifier word(s) ("over $1 billion") but not the per-phrase or the category.
* ``amount`` is in units of the currency; ``amount_usd`` equals it for USD and is ``None``
  otherwise (no exchange-rate series yet). "$" alone is USD (US dollars in this corpus);
  "C$", "A$", "HK$", "NZ$", "S$" are not.
* Ranges of amounts ("$2-3 billion", "$2 billion to $3 billion", "between $2bn and $3bn",
  "2 to 3 billion dollars") give **one** record spanning the whole range: ``amount`` is the
  lower bound, ``amount_high`` the upper bound and ``qualifier`` is ``between``.
  (``amount_high`` is ``None`` for single amounts.)
* Fields beyond the brief, with defaults so records can be built without them: ``Money.amount_high``
  (upper bound of a range), ``Money.flow`` (aid, loan, investment, trade, budget, debt, other or
  "" when no money term is near; lets aidcheck tell aid from other money), ``Share.donor`` and
  ``Share.recipient``.
* Qualifiers: over (over, above, exceeding, in excess of, upwards of, just/well over),
  more_than (more than, a little more than), about (about, around, roughly, approximately,
  some, an estimated), nearly (nearly, almost, close to, just under), up_to (up to, as much
  as), at_least (at least, no less than), less_than (less than, under, below), between
  (ranges), exact (none). "over" after a verb it belongs to ("rolled over", "handed over") is
  not a qualifier.
* Counts, years and percentages are never money: an amount needs a currency symbol, code or
  word. Figures without a number ("billions of dollars") are skipped. A bare year before
  "dollars" ("constant 2022 dollars") is not an amount.
* Shares are kept only when what they are a share *of* is about money: it contains a codebook
  term or an amount, or is "the total"/"this"/"that"/"it" in a sentence with an amount.
  ``share`` is a fraction (0.70 for 70%). Share ``category`` is that of the part (the
  destination: "... directed towards military programs" -> security).
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .paths import CODEBOOKS

CATEGORY_CODEBOOK = CODEBOOKS / "aid_categories.csv"
ACTORS_CODEBOOK = CODEBOOKS / "actors.csv"

AID_CATEGORIES = ("security", "csf", "economic", "humanitarian", "mixed")
NON_AID_FLOWS = ("loan", "investment", "trade", "budget", "debt", "other")
#: codebook categories whose terms make the actor just before them a donor ("US aid")
_DONOR_NOUN_CATEGORIES = frozenset({"aid", "loan", "investment", "csf"})


@dataclass(frozen=True)
class Money:
    """One currency amount found in the text (see module docstring for each field)."""

    start: int
    end: int
    text: str
    amount: float
    currency: str
    amount_usd: float | None
    qualifier: str
    per: str
    period_start: str
    period_end: str
    category: str
    donor: str
    recipient: str
    part_of: int | None
    amount_high: float | None = None
    flow: str = ""


@dataclass(frozen=True)
class Share:
    """One share claim ("over 70% of US assistance") about money."""

    start: int
    end: int
    text: str
    share: float
    qualifier: str
    of_what: str
    period_start: str
    period_end: str
    category: str
    donor: str = ""
    recipient: str = ""


# --------------------------------------------------------------------------- patterns

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_WORDNUMS = {
    "half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}
_WORDNUM = r"(?:half\s+a|" + "|".join(sorted((w for w in _WORDNUMS if w != "half a"), key=len, reverse=True)) + r")"
_SCALES = {
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "arab": 10**9,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "m": 10**6,
    "thousand": 10**3, "k": 10**3,
    "crore": 10**7, "crores": 10**7, "cr": 10**7,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
}
_SCALE = (
    r"(?:\s*-?\s*(?:trillion|billion|million|thousand|crores?|lakhs?|lacs?|arab|bn|bln|mn|mln|tn|trn|cr|mil)"
    r"|(?:tr|b|m|k))(?![A-Za-z0-9])"
)
_CUR_PRE = (
    r"(?:(?<![A-Za-z])(?:U\.S\.\s?\$|US\s?\$|HK\$|NZ\$|C\$|A\$|S\$|USD\s?|PKR\s?|Rs\.?\s?|GBP\s?|EUR\s?|INR\s?|RMB\s?|CNY\s?)"
    r"|\$|₨\s?|£\s?|€\s?|₹\s?)"
)
_CUR_SUF = (
    r"(?:(?:US|U\.S\.|American)\s+dollars?|dollars?|USD|Indian\s+rupees|(?:Pakistani\s+)?rupees?|PKR|INR"
    r"|(?:British\s+)?pounds(?:\s+sterling)?|sterling|euros?|yuan|renminbi|(?:Saudi\s+)?riyals?|dirhams?)(?![A-Za-z])"
)
_QUALS = {
    "a little more than": "more_than", "slightly more than": "more_than", "more than": "more_than",
    "just over": "over", "well over": "over", "over": "over", "above": "over", "exceeding": "over",
    "in excess of": "over", "upwards of": "over",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "up to": "up_to", "as much as": "up_to",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "less than": "less_than", "under": "less_than", "below": "less_than", "fewer than": "less_than",
    "between": "between",
}
_QUAL = (
    r"(?:(?<![A-Za-z])(?P<{name}>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALS, key=len, reverse=True))
    + r")\s+)?"
)
_PHRASAL_OVER_RE = re.compile(
    r"\b(?:roll|rolls|rolled|rolling|hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taking"
    r"|pass|passes|passed|passing|sign|signs|signed|fork|forks|forked|forking|carry|carries|carried|carrying)\s+$",
    re.IGNORECASE,
)
_SEP = r"\s*(?:-|–|—|to(?=\s))\s*"

_MONEY_RE = re.compile(
    _QUAL.format(name="qual")
    + r"(?:"
    # prefix form: $2.5bn, US$ 2-3 billion, Rs. 1.2 trillion, $2bn to $3bn
    + r"(?P<cur>" + _CUR_PRE + r")\s?(?P<n1>" + _NUM + r")(?P<s1>" + _SCALE + r")?"
    + r"(?:(?P<sep>" + _SEP + r")(?P<cur2>" + _CUR_PRE + r")?\s?(?P<n2>" + _NUM + r")(?P<s2>" + _SCALE + r")?)?"
    + r"(?:\s+(?P<suf>" + _CUR_SUF + r"))?"
    + r"|"
    # suffix form: 33 billion dollars, 2 to 3 billion US dollars, 500 million rupees
    + r"(?<![\w.,])(?P<m1>" + _NUM + r"|" + _WORDNUM + r")"
    + r"(?:(?P<sepb>" + _SEP + r")(?P<m2>" + _NUM + r"|" + _WORDNUM + r"))?"
    + r"(?P<t1>" + _SCALE.replace(r"|(?:tr|b|m|k)", "") + r")?\s+(?P<sufb>" + _CUR_SUF + r")"
    + r")",
    re.IGNORECASE,
)

_PCT = r"(?P<pct>" + _NUM + r")\s*(?:%|percent\b|per\s+cent\b|per-cent\b|pc\b)"
_FRACS = {
    "half": 0.5, "one half": 0.5, "a half": 0.5,
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "two fifths": 0.4, "three fifths": 0.6, "four fifths": 0.8,
    "a tenth": 0.1, "one tenth": 0.1,
}
_FRAC = r"(?P<frac>" + "|".join(
    re.escape(f).replace(r"\ ", r"[\s-]+") for f in sorted(_FRACS, key=len, reverse=True)
) + r")"
_SHARE_RE = re.compile(
    _QUAL.format(name="qual") + r"(?<![\w.])(?:" + _PCT + r"|" + _FRAC + r")(?=\s+of\s)",
    re.IGNORECASE,
)
_OF_WHAT_RE = re.compile(
    r"\s+of\s+(?P<what>(?:(?!\b(?:was|were|is|are|has|had|have|went|goes|go|will|would|could|came|comes"
    r"|flowed|flows|been|being|which|that|who|while|but)\b)(?:\.(?=\S)|[^,;:.()—\n]))+)",
    re.IGNORECASE,
)
_ANAPHORIC_TOTALS = frozenset({"the total", "total", "this", "that", "it", "these", "the sum"})

_PER_AFTER_RE = re.compile(
    r"(?<![A-Za-z])(?:annually|per\s+annum|per\s+year|each\s+year|every\s+year|yearly|per-year|p\.\s?a\."
    r"|a\s+year(?!\s+(?:later|earlier|ago|after|before)))(?![A-Za-z])|/\s?(?:year|yr)\b",
    re.IGNORECASE,
)
_PER_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:annual|annually|yearly|per-year)(?![A-Za-z])", re.IGNORECASE)
_NOT_PER_PRECEDING = re.compile(r"(?:\bin|\bwithin|\bfor|\bafter|\bover|\bnearly|\balmost)\s+$", re.IGNORECASE)

_CLAUSE_RE = re.compile(r",\s|;|:\s|\s[–—-]\s|—|\(|\)|\b(?:but|while|whereas)\b", re.IGNORECASE)

_LIST_BREAK_RE = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)
_SOFT_BARRIER_RE = re.compile(r",|\band\b|\bplus\b", re.IGNORECASE)
_RANGE_KINDS = frozenset({"range", "open_range", "span", "decade", "century", "part_of_decade", "named_period"})
_FISCAL_TEXT = re.compile(r"\bFY|fiscal", re.IGNORECASE)

_PART_FORWARD_RE = re.compile(
    r"\b(?:of\s+which|out\s+of\s+which|including|includes|included|which\s+included|of\s+this|of\s+that"
    r"|of\s+these|of\s+it|comprising|comprised\s+of|consisting\s+of|among\s+which)\b|^\s*:\s*",
    re.IGNORECASE,
)
_PART_BACKWARD_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:out\s+)?of\s+(?:(?:the|a|an|its|that|this)\s+)?(?:total\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
_PART_NEXT_SENTENCE_RE = re.compile(
    r"^\W*(?:of|out\s+of)\s+(?:this|that|these|it|which|the\s+total|the\s+amount|the\s+sum)\b", re.IGNORECASE
)
_NOT_PART_RE = re.compile(r"\b(?:instead|rather|short|compared|versus|vs)\b", re.IGNORECASE)
_SIBLING_BREAK_RE = re.compile(r"[;.]|\b(?:while|whereas|but|besides|also)\b", re.IGNORECASE)

_ROLE_PREFIX = r"(?:['’]s?)?\s*(?:,\s*(?:which|who|that)\s+)?(?:(?:has|had|have|was|were|is|are|also|reportedly|then)\s+)*"
_RECIPIENT_VERB_RE = re.compile(
    r"^(?:['’]s?)?\s*(?:,\s*(?:which|who|that)\s+)?(?:(?:has|had|have|also|reportedly|then)\s+)*"
    r"(?:received|receives|receive|receiving|got|gets|obtained|obtains|secured|secures|sought|seeks|won|accepted"
    r"|(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:given|granted|provided|awarded|promised|offered|lent))\b",
    re.IGNORECASE,
)
_DONOR_VERB_RE = re.compile(
    "^" + _ROLE_PREFIX + r"(?:provided|provides|provide|providing|gave|gives|give|given|pledged|pledges|granted|grants"
    r"|disbursed|disburses|approved|approves|extended|extends|committed|commits|offered|offers|allocated"
    r"|allocates|spent|spends|released|releases|lent|lends|loaned|invested|invests|transferred|paid|pays"
    r"|reimbursed|announced|announces|sent|sends|poured|funnel+ed|channel+ed|handed|delivered|earmarked"
    r"|awarded|donated|donates|deposited|deposits|rolled\s+over|rolls\s+over)\b(?:\s+(?:to\s+)?)?",
    re.IGNORECASE,
)
_NOT_DONOR_GAP_RE = re.compile(
    r"needs?|needed|seeks?|sought|wants?|wanted|asks?|asked|requests?|requested|requires?|required|receives?"
    r"|received|gets?|got|obtain(?:s|ed)?|secured?|secures|to|for|from",
    re.IGNORECASE,
)
_DONOR_PREP_RE = re.compile(r"(?:\bfrom|\bby)\s+(?:the\s+)?$", re.IGNORECASE)
_RECIPIENT_PREP_RE = re.compile(r"(?:\bto|\bfor|\btowards)\s+(?:the\s+)?$", re.IGNORECASE)


# --------------------------------------------------------------------------- instruments


def _norm(term: str) -> str:
    return re.sub(r"[\s\-‐‑–—]+", " ", term.strip().lower())


def _alternation(terms: Iterable[str], case_sensitive: Callable[[str], bool]) -> str:
    parts = []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        pat = re.escape(term)
        pat = re.sub(r"(?:\\\s|\\-|-| )+", r"[\\s\\-‐‑–—]+", pat)
        parts.append(f"(?-i:{pat})" if case_sensitive(term) else pat)
    return "|".join(parts)


@dataclass(frozen=True)
class _Lexicon:
    regex: re.Pattern
    category: Mapping[str, str]  # normalised term -> codebook category


@lru_cache(maxsize=8)
def load_codebook(path: str | Path | None = None) -> _Lexicon:
    """Compile the category codebook (``category,term,notes``) into one regex."""
    path = Path(path) if path else CATEGORY_CODEBOOK
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [(r["category"].strip(), r["term"].strip()) for r in csv.DictReader(fh) if r.get("term", "").strip()]
    cats = {_norm(t): c for c, t in rows}
    pat = _alternation((t for _, t in rows), lambda t: t.isupper())
    return _Lexicon(re.compile(r"(?<![\w])(?:" + pat + r")(?![\w])", re.IGNORECASE), cats)


def load_aliases(path: str | Path | None = None) -> dict[str, str]:
    """Alias -> actor id from ``actors.csv`` (name and ``;``-separated aliases; ``acts_for`` wins).

    Returns an empty mapping when the file does not exist (donor/recipient then stay "").
    """
    path = Path(path) if path else ACTORS_CODEBOOK
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            actor = (row.get("acts_for") or "").strip() or (row.get("actor_id") or "").strip()
            if not actor:
                continue
            names = [row.get("name") or "", row.get("actor_id") or ""] + (row.get("aliases") or "").split(";")
            for name in names:
                name = name.strip()
                if name and name not in out:
                    out[name] = actor
    return out


@dataclass(frozen=True)
class _ActorLexicon:
    regex: re.Pattern | None
    actor: Mapping[str, str]


@lru_cache(maxsize=8)
def _actor_lexicon(items: tuple[tuple[str, str], ...]) -> _ActorLexicon:
    if not items:
        return _ActorLexicon(None, {})
    lookup: dict[str, str] = {}
    for alias, actor in items:
        key = alias if (alias.isupper() or len(alias) <= 3) else _norm(alias)
        lookup.setdefault(key, actor)
    pat = _alternation((a for a, _ in items), lambda a: a.isupper() or len(a) <= 3)
    return _ActorLexicon(re.compile(r"(?<![\w.])(?:" + pat + r")(?![\w])", re.IGNORECASE), lookup)


def _actor_of(lex: _ActorLexicon, matched: str) -> str:
    return lex.actor.get(matched) or lex.actor.get(_norm(matched)) or lex.actor.get(matched.upper(), "")


# --------------------------------------------------------------------------- context


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    value: object
    is_range: bool = False


class _Sentence:
    """A sentence split into clauses, with the anchors (amounts, shares) it holds."""

    def __init__(self, text: str, start: int, end: int, anchors: list[tuple[int, int]]):
        self.text = text
        self.start, self.end = start, end
        bounds, cur = [], start
        for m in _CLAUSE_RE.finditer(text, start, end):
            if m.start() > cur:
                bounds.append((cur, m.start()))
            cur = m.end()
        bounds.append((cur, max(cur, end)))
        self.clauses = bounds
        self._starts = [b[0] for b in bounds]
        self.anchors = anchors
        self.anchor_clauses = {self.clause_of(a[0]) for a in anchors}

    def clause_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def contains(self, item: _Item) -> bool:
        return self.start <= item.start < self.end

    @staticmethod
    def distance(item: _Item, span: tuple[int, int]) -> tuple[int, int]:
        if item.end <= span[0]:
            return (span[0] - item.end, 1)
        if item.start >= span[1]:
            return (item.start - span[1], 0)
        return (0, 0)

    def between(self, item: _Item, span: tuple[int, int]) -> str:
        return self.text[item.end:span[0]] if item.end <= span[0] else self.text[span[1]:item.start]

    def pick(self, span: tuple[int, int], items: Sequence[_Item], exclusive: bool = True,
             prefer_ranges: bool = False, clause_only: bool = False) -> _Item | None:
        """Nearest item in the anchor's clause, else in an amount-free clause.

        Exclusive picks (terms, timexes) only take items nearer to this anchor than to any other
        anchor of the clause. Non-exclusive picks (actors) take any item of the clause, else an
        item of another clause (not behind a semicolon) that is nearer to this anchor than to
        any other anchor of the sentence; they prefer items not separated from the anchor by
        "and", "plus" or a comma. ``clause_only`` stops after the clause.
        """
        cands = [it for it in items if self.contains(it) and (it.end <= span[0] or it.start >= span[1])]
        if not exclusive:
            cands = [it for it in cands if ";" not in self.between(it, span)]
        clause = self.clause_of(span[0])
        others = [a for a in self.anchors if a != span and self.clause_of(a[0]) == clause]

        def key(it: _Item):
            d = self.distance(it, span)
            soft = (not exclusive) and bool(_SOFT_BARRIER_RE.search(self.between(it, span)))
            return ((not it.is_range) if prefer_ranges else False, soft, d[0], d[1], it.start)

        stage1 = [it for it in cands if self.clause_of(it.start) == clause]
        if exclusive:
            stage1 = [it for it in stage1 if all(self.distance(it, span)[0] <= self.distance(it, o)[0] for o in others)]
        if stage1 or clause_only:
            return min(stage1, key=key) if stage1 else None
        if exclusive:
            stage2 = [it for it in cands if self.clause_of(it.start) not in self.anchor_clauses]
        else:
            rest = [a for a in self.anchors if a != span]
            stage2 = [it for it in cands
                      if all(self.distance(it, span)[0] <= self.distance(it, o)[0] for o in rest)
                      # or the subject of a list: "The US gave $1bn in 2009, $1.5bn in 2010 and $2bn in 2011"
                      or (it.end <= span[0] and not _LIST_BREAK_RE.search(self.between(it, span))
                          and not any(it.end <= o.start and o.end <= span[0] for o in cands))]
        return min(stage2, key=key) if stage2 else None


def _sentence_spans(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted((max(0, int(s)), min(len(text), int(e))) for s, e in sentences if e > s)
    return spans or [(0, len(text))]


def _group_by_sentence(text, sentences, anchor_spans):
    """Map each anchor to the sentence span holding its start (falling back to the whole text)."""
    spans = _sentence_spans(text, sentences)
    starts = [s for s, _ in spans]
    owner = []
    for pos, _ in anchor_spans:
        i = bisect.bisect_right(starts, pos) - 1
        owner.append(spans[i] if i >= 0 and spans[i][0] <= pos < spans[i][1] else (0, len(text)))
    return owner


# --------------------------------------------------------------------------- parsing helpers


def _number(token: str) -> Decimal:
    token = token.strip().lower()
    if token in _WORDNUMS or re.sub(r"\s+", " ", token) in _WORDNUMS:
        return Decimal(str(_WORDNUMS[re.sub(r"\s+", " ", token)]))
    return Decimal(token.replace(",", ""))


def _scale(token: str | None) -> int:
    if not token:
        return 1
    return _SCALES[re.sub(r"[\s-]+", "", token).lower()]


def _currency(prefix: str | None, suffix: str | None) -> str:
    for tok in (prefix, suffix):
        if not tok:
            continue
        t = re.sub(r"[\s.]+", "", tok).upper()
        if t in ("$", "US$", "USD") or "DOLLAR" in t and not t.startswith(("HK", "NZ", "CANAD", "AUSTRAL", "SINGAP")):
            return "USD"
        if t in ("RS", "PKR", "₨") or t.startswith(("PAKISTANIRUPEE", "RUPEE")):
            return "PKR"
        if t in ("INR", "₹") or t.startswith("INDIANRUPEE"):
            return "INR"
        if t in ("£", "GBP") or "POUND" in t or t == "STERLING":
            return "GBP"
        if t in ("€", "EUR") or t.startswith("EURO"):
            return "EUR"
        if t in ("RMB", "CNY") or t in ("YUAN", "RENMINBI"):
            return "CNY"
        if "RIYAL" in t:
            return "SAR"
        if "DIRHAM" in t:
            return "AED"
        return {"HK$": "HKD", "NZ$": "NZD", "C$": "CAD", "A$": "AUD", "S$": "SGD"}.get(t, "")
    return ""


def _qualifier(token: str | None) -> str:
    if not token:
        return "exact"
    return _QUALS.get(re.sub(r"\s+", " ", token.lower()), "exact")


def _year(iso: str | None) -> str:
    iso = (iso or "").strip()
    return iso[:4] if len(iso) >= 4 and iso[:4].isdigit() else ""


def _fy_start_year(iso: str) -> str:
    """Fiscal year named by its end year: a start date in Jul-Dec begins next year's FY."""
    y = _year(iso)
    if y and len(iso) >= 7 and iso[5:7].isdigit() and int(iso[5:7]) >= 7:
        return str(int(y) + 1)
    return y


_ONE_FY = re.compile(r"\d{4}\s*[-–/]\s*\d{2}(?!\d)")


def _timex_items(text: str, timexes: Sequence, published: str | None, blocked: list[tuple[int, int]]) -> list[_Item]:
    items = []
    for t in timexes:
        try:
            start, end, kind = int(t.start), int(t.end), str(t.kind)
            vs, ve = str(t.value_start or ""), str(t.value_end or "")
        except (AttributeError, TypeError, ValueError):
            continue
        if any(start < b and end > a for a, b in blocked):
            continue
        # fiscal_year values are already fiscal-year labels ("FY2002–FY2018" -> 2002, 2018); a
        # calendar date in a fiscal context starts the next fiscal year from July on
        fiscal = kind != "fiscal_year" and bool(_FISCAL_TEXT.search(text[start:end]))
        ys = _fy_start_year(vs) if fiscal else _year(vs)
        ye = _year(ve)
        if kind == "fiscal_year" and ys and ye:
            if len(vs) > 4 or (int(ye) == int(ys) + 1 and _ONE_FY.search(text[start:end])):
                ys = ye  # one fiscal year given by its calendar dates, or written "2025-26": named by its end
        if kind == "open_range" and not ye:
            ye = _year(published)
        if not ys and not ye:
            continue
        if kind != "open_range":
            ys, ye = ys or ye, ye or ys
        is_range = kind in _RANGE_KINDS or (bool(ys) and bool(ye) and ys != ye)
        items.append(_Item(start, end, (ys, ye), is_range))
    return items


def _term_items(text: str, lex: _Lexicon, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[_Item]:
    out = []
    for m in lex.regex.finditer(text, lo, hi):
        if any(m.start() < b and m.end() > a for a, b in blocked):
            continue
        cat = lex.category.get(_norm(m.group(0)))
        if cat:
            out.append(_Item(m.start(), m.end(), cat))
    return out


def _gap_words(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[str]:
    """Words between lo and hi outside the amounts (an amount counts as no words)."""
    chars = list(text[lo:hi])
    for a, b in blocked:
        for i in range(max(a, lo), min(b, hi)):
            chars[i - lo] = " "
    return re.findall(r"[\w$.,–-]+", "".join(chars).replace("'s", " ").replace("’s", " "))


def _actor_items(text: str, alex: _ActorLexicon, lex: _Lexicon, lo: int, hi: int,
                 blocked: list[tuple[int, int]]) -> tuple[list[_Item], list[_Item]]:
    """Actors with a role in [lo, hi): (donors, recipients)."""
    if alex.regex is None:
        return [], []
    found = [m for m in alex.regex.finditer(text, lo, hi) if not any(m.start() < b and m.end() > a for a, b in blocked)]
    terms = [m for m in lex.regex.finditer(text, lo, hi)]
    donors, recips = [], []
    for i, m in enumerate(found):
        actor = _actor_of(alex, m.group(0))
        if not actor:
            continue
        after = text[m.end():hi]
        before = text[max(lo, m.start() - 20):m.start()]
        nxt_actor = found[i + 1].start() if i + 1 < len(found) else hi
        role = None
        # "<A> aid", "<A>'s loans", "<A> military assistance": a donor noun within three words
        for t in terms:
            if t.start() < m.end():
                continue
            if t.start() > nxt_actor or t.start() - m.end() > 60:
                break
            gap = text[m.end():t.start()]
            words = _gap_words(text, m.end(), t.start(), blocked)
            if (re.fullmatch(r"(?:['’]s)?(?:\s+[\w$.,–-]+)*\s+", gap) and len(words) <= 4
                    and not _CLAUSE_RE.search(gap) and not any(_NOT_DONOR_GAP_RE.fullmatch(w) for w in words)):
                if lex.category.get(_norm(t.group(0))) in _DONOR_NOUN_CATEGORIES:
                    role = "donor"
                    break
        if role is None and _DONOR_PREP_RE.search(before):
            role = "donor"
        if role is None and _RECIPIENT_PREP_RE.search(before):
            role = "recipient"
        if role is None and _RECIPIENT_VERB_RE.match(after):
            role = "recipient"
        if role is None:
            v = _DONOR_VERB_RE.match(after)
            if v:
                role = "donor"
                # "Washington provided Islamabad $1 billion"
                if i + 1 < len(found) and found[i + 1].start() == m.end() + v.end():
                    nxt = _actor_of(alex, found[i + 1].group(0))
                    if nxt and nxt != actor:
                        recips.append(_Item(found[i + 1].start(), found[i + 1].end(), nxt))
        if role == "donor":
            donors.append(_Item(m.start(), m.end(), actor))
        elif role == "recipient" and not any(r.start == m.start() for r in recips):
            recips.append(_Item(m.start(), m.end(), actor))
    return donors, recips


# --------------------------------------------------------------------------- money


@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    amount: Decimal
    high: Decimal | None
    currency: str
    qualifier: str
    scale: int  # scale of the last figure (1 when none: "$2" in "between $2 and $3 billion")


def _scan_money(text: str) -> list[_Raw]:
    out: list[_Raw] = []
    for m in _MONEY_RE.finditer(text):
        qual = m.group("qual")
        qual_start = m.start("qual")
        if qual and qual.lower() == "over" and _PHRASAL_OVER_RE.search(text, max(0, qual_start - 12), qual_start):
            qual = None  # "rolled over $4 billion", "handed over $5 million": a verb particle
        start = qual_start if qual else (m.start("cur") if m.group("cur") is not None else m.start("m1"))
        if m.group("cur") is not None:
            cur = _currency(m.group("cur"), m.group("suf"))
            n1, s1 = _number(m.group("n1")), m.group("s1")
            end = m.end()
            high = None
            if m.group("n2") is not None:
                n2, s2 = _number(m.group("n2")), m.group("s2")
                valid = bool(m.group("cur2")) or bool(s2) or not s1
                lo = n1 * _scale(s1 or s2)
                hi = n2 * _scale(s2 or s1)
                if valid and hi > lo:
                    low, high = lo, hi
                else:
                    end = m.end("s1") if s1 else m.end("n1")
                    low = n1 * _scale(s1)
            else:
                low = n1 * _scale(s1)
                if m.group("suf") is None:
                    end = m.end("s1") if s1 else m.end("n1")
            scale = _scale(m.group("s2") or s1) if high is not None else _scale(s1)
        else:
            cur = _currency(None, m.group("sufb"))
            n1, t1 = _number(m.group("m1")), m.group("t1")
            if not t1 and re.fullmatch(r"(?:19|20)\d\d", m.group("m1")):
                continue  # "constant 2022 dollars", "2009 dollars"
            if not t1 and not m.group("m1")[0].isdigit():
                continue  # "a dollars" / "two dollars" word forms without scale: skip
            end = m.end()
            high = None
            low = n1 * _scale(t1)
            if m.group("m2") is not None:
                hi = _number(m.group("m2")) * _scale(t1)
                if hi > low:
                    high = hi
                else:
                    continue
            scale = _scale(t1)
        if not cur:
            continue
        qualifier = _qualifier(qual)
        if high is not None:
            qualifier = "between"
        out.append(_Raw(start, end, low, high, cur, qualifier, scale))
    return _merge_between(text, out)


def _merge_between(text: str, raws: list[_Raw]) -> list[_Raw]:
    """"between $2bn and $3bn" -> one range record; a lone "between" becomes exact."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        r = raws[i]
        if r.qualifier == "between" and r.high is None:
            nxt = raws[i + 1] if i + 1 < len(raws) else None
            if nxt and nxt.currency == r.currency and re.fullmatch(r"\s+and\s+", text[r.end:nxt.start]) and nxt.high is None:
                # "between $2 and $3 billion": the first figure takes the second's scale
                low = r.amount * nxt.scale if r.scale == 1 else r.amount
                if nxt.amount > low:
                    out.append(replace(r, end=nxt.end, amount=low, high=nxt.amount))
                    i += 2
                    continue
            r = replace(r, qualifier="exact", start=r.start + len(re.match(r"between\s+", text[r.start:], re.I).group(0)))
        out.append(r)
        i += 1
    return out


def _per(text: str, raw: _Raw, clause: tuple[int, int], prev_end: int, next_start: int) -> tuple[str, tuple[int, int] | None]:
    hi = min(clause[1], next_start, raw.end + 80)
    m = _PER_AFTER_RE.search(text, raw.end, max(raw.end, hi))
    if m and not _NOT_PER_PRECEDING.search(text[max(raw.end, m.start() - 10):m.start()]):
        return "annual", (m.start(), m.end())
    lo = max(clause[0], prev_end, raw.start - 40)
    m = None
    for m in _PER_BEFORE_RE.finditer(text, lo, max(lo, raw.start)):
        pass
    if m:
        return "annual", (m.start(), m.end())
    return "total", None


def _link_parts(text: str, raws: list[_Raw], owners: list[tuple[int, int]]) -> list[int | None]:
    """Index of the total each amount is a component of (see module docstring), or None."""
    n = len(raws)
    parent: list[int | None] = [None] * n
    for j, b in enumerate(raws):
        i = j - 1
        if i >= 0 and owners[i] == owners[j]:
            a = raws[i]
            between = text[a.end:b.start]
            if _PART_FORWARD_RE.search(between):
                if a.currency == b.currency and b.amount <= a.amount and parent[i] is None:
                    parent[j] = i
            elif parent[i] is not None and not _SIBLING_BREAK_RE.search(between):
                p = parent[i]
                siblings = sum((raws[k].amount for k in range(j) if parent[k] == p), Decimal(0))
                if raws[p].currency == b.currency and siblings + b.amount <= raws[p].amount * Decimal("1.01"):
                    parent[j] = p
        if parent[j] is None and j + 1 < n and owners[j + 1] == owners[j]:
            x = raws[j + 1]
            between = text[b.end:x.start]
            if (_PART_BACKWARD_RE.match(between) and not _NOT_PART_RE.search(between)
                    and x.currency == b.currency and b.amount < x.amount):
                parent[j] = j + 1
        if parent[j] is None and all(owners[k] != owners[j] for k in range(j)):
            s_start = owners[j][0]
            if _PART_NEXT_SENTENCE_RE.match(text[s_start:b.start]):
                prev = [k for k in range(j) if owners[k][1] <= s_start]
                if prev and "\n\n" not in text[owners[prev[-1]][1]:s_start]:
                    cands = [k for k in prev if owners[k] == owners[prev[-1]] and raws[k].currency == b.currency
                             and raws[k].amount >= b.amount and parent[k] is None]
                    if cands:
                        parent[j] = max(cands, key=lambda k: (raws[k].amount, -k))
    return parent


def extract_money(text: str, sentences: Sequence[tuple[int, int]], timexes: Sequence = (),
                  published: str | None = None, *, aliases: Mapping[str, str] | None = None,
                  codebook: str | Path | None = None) -> list[Money]:
    """All currency amounts in ``text`` as :class:`Money` records, in text order.

    ``aliases`` maps actor names to actor ids; ``None`` loads ``data/raw/codebooks/actors.csv``
    (if present). ``codebook`` overrides the category codebook path.
    """
    lex = load_codebook(str(codebook) if codebook else None)
    alex = _actor_lexicon(tuple(sorted((aliases if aliases is not None else load_aliases()).items())))
    raws = _scan_money(text)
    if not raws:
        return []
    spans = [(r.start, r.end) for r in raws]
    owners = _group_by_sentence(text, sentences, spans)
    # shares are anchors too: a clause about a share does not lend its terms or dates to an amount
    share_spans = [m.span() for m in _SHARE_RE.finditer(text)]
    anchors = sorted(set(spans) | set(share_spans))
    sents: dict[tuple[int, int], _Sentence] = {}
    for o in owners:
        if o not in sents:
            sents[o] = _Sentence(text, o[0], o[1], [a for a in anchors if o[0] <= a[0] < o[1]])

    pers = []
    for k, r in enumerate(raws):
        s = sents[owners[k]]
        clause = s.clauses[s.clause_of(r.start)]
        prev_end = raws[k - 1].end if k > 0 and owners[k - 1] == owners[k] else s.start
        next_start = raws[k + 1].start if k + 1 < len(raws) and owners[k + 1] == owners[k] else s.end
        pers.append(_per(text, r, clause, prev_end, next_start))
    blocked = spans + [p[1] for p in pers if p[1]]
    tx = _timex_items(text, timexes, published, blocked)

    per_sentence: dict[tuple[int, int], tuple] = {}
    records = []
    for k, r in enumerate(raws):
        s = sents[owners[k]]
        if owners[k] not in per_sentence:
            terms = _term_items(text, lex, s.start, s.end, spans)
            per_sentence[owners[k]] = (
                terms,
                [t for t in terms if t.value in AID_CATEGORIES],
                [x for x in tx if s.contains(x)],
                _actor_items(text, alex, lex, s.start, s.end, spans),
            )
        terms, cat_terms, s_tx, (donors, recips) = per_sentence[owners[k]]
        span = spans[k]
        flow_item = s.pick(span, terms)
        # a clause with its own money term ("in direct aid") decides the category on its own
        own_clause = flow_item is not None and s.clause_of(flow_item.start) == s.clause_of(span[0])
        cat_item = s.pick(span, cat_terms, clause_only=own_clause)
        flow = ""
        if flow_item is not None:
            v = flow_item.value
            flow = "aid" if v in AID_CATEGORIES or v == "aid" else ("" if v == "money" else v)
        if cat_item is not None and flow == "":
            flow = "aid"
        category = cat_item.value if (cat_item is not None and flow == "aid") else "unspecified"
        t = s.pick(span, s_tx, prefer_ranges=True)
        period = t.value if t is not None else ("", "")
        d = s.pick(span, donors, exclusive=False)
        rc = s.pick(span, recips, exclusive=False)
        donor = d.value if d else ""
        recipient = rc.value if rc else ""
        if recipient == donor:
            recipient = ""
        amount = float(r.amount)
        records.append(Money(
            start=r.start, end=r.end, text=text[r.start:r.end], amount=amount, currency=r.currency,
            amount_usd=amount if r.currency == "USD" else None, qualifier=r.qualifier, per=pers[k][0],
            period_start=period[0], period_end=period[1], category=category, donor=donor,
            recipient=recipient, part_of=None, amount_high=float(r.high) if r.high is not None else None,
            flow=flow,
        ))

    parents = _link_parts(text, raws, owners)
    out = []
    for k, rec in enumerate(records):
        p = parents[k]
        if p is not None:
            tot = records[p]
            own_period = bool(rec.period_start or rec.period_end)
            rec = replace(
                rec, part_of=p,
                donor=rec.donor or tot.donor,
                recipient=rec.recipient or (tot.recipient if tot.recipient != (rec.donor or tot.donor) else ""),
                period_start=rec.period_start if own_period else tot.period_start,
                period_end=rec.period_end if own_period else tot.period_end,
                category=tot.category if rec.category == "unspecified" and rec.flow in ("", "aid") else rec.category,
                flow=rec.flow or tot.flow,
            )
        out.append(rec)
    return out


# --------------------------------------------------------------------------- shares


def extract_shares(text: str, sentences: Sequence[tuple[int, int]], timexes: Sequence = (),
                   published: str | None = None, *, aliases: Mapping[str, str] | None = None,
                   codebook: str | Path | None = None) -> list[Share]:
    """Share claims about money ("over 70% of US assistance ...") as :class:`Share` records."""
    lex = load_codebook(str(codebook) if codebook else None)
    alex = _actor_lexicon(tuple(sorted((aliases if aliases is not None else load_aliases()).items())))
    money_spans = [(r.start, r.end) for r in _scan_money(text)]
    found = []
    for m in _SHARE_RE.finditer(text):
        w = _OF_WHAT_RE.match(text, m.end())
        if not w:
            continue
        what = w.group("what")
        cut = re.search(r"\s(?:it|they|he|she|we|you|I)\s", what)
        what = (what[:cut.start()] if cut else what).strip()
        if not what:
            continue
        if m.group("pct") is not None:
            value = float(_number(m.group("pct")) / 100)
        else:
            value = _FRACS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
        found.append((m, w, what, value))
    if not found:
        return []
    spans = [(m.start(), m.end()) for m, *_ in found]
    anchors_all = sorted(spans + money_spans)
    owners = _group_by_sentence(text, sentences, spans)
    sents: dict[tuple[int, int], _Sentence] = {}
    for o in set(owners):
        sents[o] = _Sentence(text, o[0], o[1], [a for a in anchors_all if o[0] <= a[0] < o[1]])
    tx = _timex_items(text, timexes, published, anchors_all)

    out = []
    for k, (m, w, what, value) in enumerate(found):
        s = sents[owners[k]]
        w_lo, w_hi = w.start("what"), w.start("what") + len(what)
        in_what_terms = _term_items(text, lex, w_lo, w_hi, [])
        has_amount = any(w_lo <= a < w_hi for a, _ in money_spans)
        sentence_has_money = any(s.start <= a < s.end for a, _ in money_spans)
        if not (in_what_terms or has_amount or (what.lower() in _ANAPHORIC_TOTALS and sentence_has_money)):
            continue
        span = spans[k]
        terms = _term_items(text, lex, s.start, s.end, anchors_all)
        cat_item = s.pick(span, [t for t in terms if t.value in AID_CATEGORIES])
        t = s.pick(span, [x for x in tx if s.contains(x)], prefer_ranges=True)
        period = t.value if t is not None else ("", "")
        donors, recips = _actor_items(text, alex, lex, s.start, s.end, anchors_all)
        d = s.pick(span, donors, exclusive=False)
        rc = s.pick(span, recips, exclusive=False)
        donor, recipient = (d.value if d else ""), (rc.value if rc else "")
        out.append(Share(
            start=m.start(), end=m.end(), text=text[m.start():m.end()], share=value,
            qualifier=_qualifier(m.group("qual")), of_what=what,
            period_start=period[0], period_end=period[1],
            category=cat_item.value if cat_item is not None else "unspecified",
            donor=donor, recipient="" if recipient == donor else recipient,
        ))
    return out
