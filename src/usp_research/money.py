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
  Further rules: a coordination of aid terms that spans security (or CSF) and other aid is
  ``mixed`` ("assistance and military reimbursements", "appropriations and reimbursements");
  a bracket of category words right after the amount labels it ("$3.2 billion (economic +
  military)"); IMF loans are ``economic`` (flow stays ``loan``); the base of a share ("two-thirds
  of the $33 billion went to security") takes only the terms of its of-phrase; a total split
  into components of at least two categories that cover >= 90% of it is ``mixed``; the second
  end of a change ("fell from $849 million (security) to $23 million") and "another $300
  million" take the kind of the amount they continue; an amount whose sentence has no money
  word at all takes the kind of the previous amount of its paragraph. A term opening the next
  item ("X and security-related ones to Y") or a part ("Z, of which the economic side ...")
  is not the amount's. What a total holds ("with CSF", "including ...") is not its category;
  what is left after taking CSF out ("$3 billion without it", "left with Z") is ``mixed``.
* **period** comes from the time expressions (``timexes``) of the colleague's tagger, never
  parsed here: same clause first (nearest), else a clause without amounts; ranges are
  preferred over points ("since 2002" over "in 2011"). Years are the ISO years of
  ``value_start``/``value_end``; a ``fiscal_year`` (or a range whose text says FY/fiscal) is
  named by the year in which it ends. An open range ("since 2002") without an end value ends
  in the publication year when ``published`` is given; otherwise ``period_end`` is "" and
  means *open*. A point right after "after"/"following" ("after the 2022 floods") opens a
  period with no end; after "since" it runs to the publication year. Presidencies and eras
  ("the Reagan administration", "Reagan-era") are no period. A relative expression inside a
  quotation ("over the last 15 years") is re-resolved by the tagger against the date of the
  quotation given in its sentence. An amount with a stated duration of several years ("over
  five years", "a six-year package") takes only a range of that many years, from its sentence
  or else the next or previous sentence of its paragraph, and is otherwise left blank (a point
  is then the date of the decision, not the period). A programme whose expiry is stated in the
  same or next sentence ("before it expires next month") runs from its point to the expiry.
  A definite repeat ("the $33 billion") takes the period (and, if it has none, the category)
  of the nearest earlier mention of the same amount.
* **per** is ``annual`` when "annually", "a year" ("a yr"), "in a good year", "per year", "each year", "every year",
  "for each of FY…", "per annum", "yearly" follows the amount in its clause (before the next amount), or
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
  2010 and $2bn in 2011"); never across a semicolon. CSF money always comes from the United
  States ("expenses incurred by Pakistan's army" names the recipient). A share of an anaphoric
  total ("43 percent of it", "of the total") takes the years of its sentence, else of the
  range in the sentence before.
* **part_of** links a component to its total in the same passage: "X, of which/including/
  comprising/...: Y [and Z]", "Y of/out of (the) X", and a sentence opening "Of this/that/the
  total, Y" or "Take out / Excluding Y ..., and you are left with Z" (Y and Z linked to the
  largest earlier amount of the previous sentence). The component
  must not exceed the total (same currency) and siblings must not sum above it. Also linked:
  "X, divided/split between Y and Z"; the annual rate of a total ("X ..., or Y annually", "X
  over 5 yrs (Y per year)" when X/Y is a whole number); "Y, the last tranche/part/share of that
  ..." (to the nearest larger amount of the sentence or the previous one); "CSF alone ... Y" or
  "Y, or 44 percent of the total" opening a sentence (to the largest amount of the previous
  sentence of the paragraph); the undated amounts right after a dated total that add up to it
  (within 3%), when the text announces a breakdown ("mixes three kinds of money:") and each part
  sits in the total's paragraph or on a label line below it ("CSF: about $14.6 billion"); a single-year amount within the years of an earlier multi-year
  total of the same paragraph; "Y of that ..." and "Strip it out and Y remains" (past a
  sentence that only names another part of the total); an annual amount right after a
  multi-year total when the years multiply out (within 15%). Components inherit donor,
  recipient, period and (if unspecified) category from the total; an annual rate always takes
  the total's period.
* **Conversions** ("$34 billion ..., or about Rs4.2 lakh crore at today's rate") are not
  ``part_of``: they take the category and period of the amount they restate (GUIDELINES 8.5).
  A time that only dates an exchange rate ("at Monday's interbank rate") is no period.

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
  "" when no money term is near; authorisation, request or withheld for aid that was not given,
  from a status word in the amount's clause, ``codebooks/aid_status.csv``; lets aidcheck tell
  aid given from other money), ``Share.donor`` and
  ``Share.recipient``.
* Qualifiers: over (over, above, exceeding, in excess of, upwards of, just/well/a little over),
  more_than (more than, a little more than), about (about, around, roughly, approximately,
  some, an estimated, something like, perhaps, maybe, ≈, ~), nearly (nearly, almost, close to, just under),
  up_to (up to, as much as, not more than, no more than, not exceeding, not to exceed, a/the
  maximum of, maximum), at_least (at least, no less than, not less than, a minimum of, minimum),
  less_than (less than, under, below, a little less than, a bit under, well under), between (ranges), exact
  (none). "over" after a verb it belongs to ("rolled over", "handed over") is not a qualifier;
  ">" and "<" are qualifiers only touching the figure ("> $1.2 billion" is a quoted e-mail line).
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

from . import typeset
from .paths import CODEBOOKS

CATEGORY_CODEBOOK = CODEBOOKS / "aid_categories.csv"
ACTORS_CODEBOOK = CODEBOOKS / "actors.csv"

AID_CATEGORIES = ("security", "csf", "economic", "humanitarian", "mixed")
NON_AID_FLOWS = ("loan", "investment", "trade", "budget", "debt", "other")
#: what was done with aid money that was not given: its flow says so (codebooks/aid_status.csv)
STATUS_FLOWS = ("authorisation", "request", "withheld")
STATUS_CODEBOOK = CODEBOOKS / "aid_status.csv"
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
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "zero": 0,
}
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SIMPLE_WORDNUM = "|".join(sorted((w for w in _WORDNUMS if w not in ("half a", "zero")), key=len, reverse=True))
# "one and a half", "two point four", "twenty-five": spelled-out numbers as speech transcripts write them
_WORDNUM = (rf"(?:half\s+a|(?:(?:a|{_DIGIT_WORD})\s+hundred(?:\s+(?:and\s+)?(?:{_TENS_WORD}[\s-]+{_DIGIT_WORD}|{_SIMPLE_WORDNUM}))?"
            rf"|{_TENS_WORD}[\s-]+{_DIGIT_WORD}|{_SIMPLE_WORDNUM})"
            rf"(?:\s+and\s+a\s+half|\s+point(?:\s+{_DIGIT_WORD})+)?)")
_SCALES = {
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "arab": 10**9,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "m": 10**6,
    "thousand": 10**3, "k": 10**3,
    "crore": 10**7, "crores": 10**7, "cr": 10**7,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
    "lakhcrore": 10**12, "lakhcrores": 10**12,  # "Rs4.2 lakh crore": a lakh of crores
}
_SCALE = (
    r"(?:\s*-?\s*(?:trillion|billion|million|thousand|lakh\s+crores?|crores?|lakhs?|lacs?|arab|bn|bln|mn|mln|tn|trn|cr|mil)"
    r"|(?:tr|b|m|k)|\sm)(?![A-Za-z0-9])"  # "$650m"; "$108 m" (a spaced m)
)
_CUR_PRE = (
    r"(?:(?<![A-Za-z])(?:(?-i:U\.S\.|US)\s?\$|HK\$|NZ\$|C\$|A\$|S\$|USD\s?|PKR\s?|P?Rs\.?\s?|GBP\s?|EUR\s?|INR\s?|RMB\s?|CNY\s?)"
    r"|\$|₨\s?|£\s?|€\s?|₹\s?)"
)
_CUR_SUF = (
    r"(?:(?:US|U\.S\.|United\s+States|American)\s+dollars?|dollars?|USD|Indian\s+rupees|(?:Pakistani\s+)?rupees?|PKR|INR"
    r"|(?:British\s+)?pounds(?:\s+sterling)?|sterling|euros?|yuan|renminbi|(?:Saudi\s+)?riyals?|dirhams?)(?![A-Za-z])"
)
_QUALS = {
    "a little more than": "more_than", "slightly more than": "more_than", "more than": "more_than",
    "just over": "over", "well over": "over", "a little over": "over", "slightly over": "over", "over": "over",
    "above": "over", "barely above": "over", "just above": "over", "well above": "over", "barely over": "over",
    "exceeding": "over", "in excess of": "over", "upwards of": "over",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "approx.": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "something like": "about", "perhaps": "about", "maybe": "about",
    "up to": "up_to", "as much as": "up_to", "not more than": "up_to", "no more than": "up_to",
    "not exceeding": "up_to", "not to exceed": "up_to", "a maximum of": "up_to", "the maximum of": "up_to", "maximum": "up_to",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least", "a minimum of": "at_least",
    "minimum": "at_least",
    "less than": "less_than", "a little less than": "less_than", "slightly less than": "less_than",
    "a little under": "less_than", "a bit under": "less_than", "well under": "less_than", "well below": "less_than",
    "under": "less_than", "below": "less_than", "fewer than": "less_than",
    "between": "between",
    "≈": "about", "~": "about", ">": "more_than", "<": "less_than", "≥": "at_least", "≤": "up_to",
}
_QUAL = (
    r"(?:(?<![A-Za-z])(?P<{name}>"
    + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(_QUALS, key=len, reverse=True))
    + r")(?:(?<=[≈~≥≤])\s*|(?<=[<>])|(?<![<>])\s+))?"  # ">$1bn" touches its figure; "> $1.2 billion" is a quote mark
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
    + r"(?<![\w.,])(?P<m1>(?:" + _NUM + r")(?:\s+and\s+a\s+half)?|" + _WORDNUM + r")"
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
    r"|(?:a\s+(?:year|yr\.?)|per\s+yr\.?)(?!\s+(?:later|earlier|ago|after|before))|in\s+(?:an?|any)\s+(?:good|bad|typical|average|normal|given|lean)\s+year(?!\s+(?:for|of|when|in|that)\b))"
    r"(?![A-Za-z])|/\s?(?:year|yr)\b"
    r"|\b(?:for|in)\s+each(?=\s+(?:of\s+)?(?:the\s+)?(?:(?:last|next|first|past|following)\s+\w+\s+)?(?:(?:fiscal\s+)?years?\b|FY))",
    re.IGNORECASE,
)
_PER_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?:annual|annually|yearly|per-year|averag(?:ed|es|ing))(?![A-Za-z])",
                            re.IGNORECASE)
_NOT_PER_PRECEDING = re.compile(r"(?:\bin|\bwithin|\bfor|\bafter|\bover|\bnearly|\balmost)\s+$", re.IGNORECASE)

_CLAUSE_RE = re.compile(r",\s|;|:\s|\s[–—-]\s|—|\(|\)|\b(?:but|while|whereas)\b", re.IGNORECASE)

_LIST_BREAK_RE = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.IGNORECASE)
_SOFT_BARRIER_RE = re.compile(r",|\band\b|\bplus\b", re.IGNORECASE)
BREAKDOWN_MAX_PARTS = 6  # amounts after a total that may be its breakdown
# words that announce a breakdown between a total and its last part, or a colon ending a line
_BREAKDOWN_CUE_RE = re.compile(r":\s*(?:\n|$)|\b(?:mix(?:es|ed)?|breaks?\s+down|broken\s+down|breakdown|split|divided|consists?|consisted"
                               r"|compris(?:es|ed|ing)|made\s+up|of\s+which|components?|kinds|categories|types|parts"
                               r"|tranches?|instal(?:l)?ments?|remaining|the\s+rest|the\s+balance)\b", re.I | re.M)
_LABEL_LINE_RE = re.compile(r"^[^\n.!?]{2,80}:\s*[^\n]{0,80}$", re.M)  # "Coalition Support Funds (CSF): about "
_RANGE_KINDS = frozenset({"range", "open_range", "span", "decade", "century", "part_of_decade", "named_period"})
_FISCAL_TEXT = re.compile(r"\bFY|fiscal", re.IGNORECASE)

_PART_FORWARD_RE = re.compile(
    r"\b(?:of\s+which|out\s+of\s+which|including|includes|included|which\s+included|of\s+this|of\s+that"
    r"|of\s+these|of\s+it|comprising|comprised\s+of|consisting\s+of|among\s+which"
    r"|(?:divided|split)\s+(?:[\w-]+\s+){0,2}?(?:between|among|into)|broken\s+down\s+into)\b|^\s*:\s*",
    re.IGNORECASE,
)
# a stated sum of the amounts just listed ("..., a total of almost $3 billion", "— in all, $5 billion")
_SUM_BEFORE_RE = re.compile(r"(?:,|\band\b|[—–])\s*(?:(?:for\s+)?a\s+(?:combined\s+|grand\s+)?total\s+of|in\s+all,?|"
                            r"altogether,?|all\s+told,?|together,?|combined,?)\s*$", re.IGNORECASE)
_PART_BACKWARD_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:out\s+)?of\s+(?:(?:the|a|an|its|that|this)\s+)?(?:total\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "Take CSF out", "strip it out", "set the reimbursements aside": what follows is the rest of a total
_TAKE_OUT = (r"(?:take|leave|strip|set|carve)\s+(?:(?:it|them|this|that|(?-i:[A-Z]{2,6})|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
             r"(?:out|aside|away)\b")
_PART_NEXT_SENTENCE_RE = re.compile(
    r"^\W*(?:(?:of|out\s+of)\s+(?:this|that|these|it|which"
    r"|the\s+(?:new\s+|overall\s+|whole\s+|entire\s+|same\s+)?(?:total|amount|sum|package|programme|program)"
    r"|what\s+(?:remains|remained|is\s+left|was\s+left)|the\s+(?:remainder|rest))\b"
    r"|" + _TAKE_OUT +
    r"|(?:excluding|exclude|subtract|deduct|minus|remove)\b)",
    re.IGNORECASE
)  # "Of this total, Y"; "Of what remains, Y"; "Take out the Y in CSF ..., and you are left with Z": parts of the sentence before
# "X in 2022-23, against Y in 2021-22": Y is a comparison, not the total a later "of the total" means
_COMPARATOR_RE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from)\s+(?:about\s+|some\s+)?$",
                            re.IGNORECASE)


def _compared(text: str, raw) -> bool:
    """Is the amount given for comparison ("against $12.2 billion in 2021-22")?"""
    return bool(_COMPARATOR_RE.search(text, max(0, raw.start - 25), raw.start))


_NOT_PART_RE = re.compile(r"\b(?:instead|rather|short|compared|versus|vs)\b", re.IGNORECASE)
# a full stop inside one sentence is an abbreviation ("U.S.-led"), unless no sentences were given
_SIBLING_BREAK_RE = re.compile(r";|(?<![A-Z])\.(?=\s)|\b(?:while|whereas|but|besides|also)\b", re.IGNORECASE)
# "Y, the last tranche of that programme": Y is a component of an earlier amount
_PART_APPOSITION_RE = re.compile(
    r"^\s*,?\s*(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:tranches?|instal+ments?|portions?|parts?|shares?|slices?"
    r"|components?)\s+of\s+(?:the|that|this|these|those|its|their)\b",
    re.IGNORECASE,
)
# "CSF alone accounted for Y", "Y, or 44 percent of the total": Y is a component of an earlier total
_PART_ALONE_RE = re.compile(r"\balone\b", re.IGNORECASE)
_PART_OF_TOTAL_RE = re.compile(
    r"^[^;]*?\b(?:of|out\s+of)\s+(?:the|this|that)\s+(?:total|sum|whole|overall\s+[\w-]+)\b"
    r"|^\s+(?:of|out\s+of)\s+(?:that|this|it)\b", re.IGNORECASE  # "Some $14.6 billion of that was CSF"
)
# "X ..., or Y annually", "X over 5 years (Y per year)": Y is the annual rate of X
_RATE_LINK_RE = re.compile(
    r"(?:,\s*(?:or|i\.\s?e\.,?|that\s+is,?|which\s+(?:is|was|means)|amounting\s+to)|\(|:|\s[–—-]\s|—)\s*$",
    re.IGNORECASE,
)
_FROM_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_TO_GAP_RE = re.compile(r"^[^;]{0,80}?\bto\s+$", re.IGNORECASE)
# "the $33 billion" repeating an earlier amount; "another $300 million" of the same kind
_DEFINITE_RE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:(?:same|entire|whole|full|headline|oft-cited|often-cited)\s+)?$", re.IGNORECASE
)
_ANOTHER_RE = re.compile(r"\b(?:another|a\s+further|an\s+additional|additional)\s+$", re.IGNORECASE)
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n")

_DUR_NUM = (r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            r"|sixteen|seventeen|eighteen|nineteen|twenty)")
#: a stated duration of several years ("over five years", "over 5 yrs", "a six-year package")
_DURATION_RE = re.compile(
    r"(?<![\w-])(?:(?:over|for|during|across|within|spanning|spread\s+over)\s+"
    r"(?:the\s+(?:next|following|coming)\s+|a\s+(?:period|span)\s+of\s+)?(?P<n>" + _DUR_NUM + r")\s+(?:years?|yrs?)"
    r"|(?P<m>" + _DUR_NUM + r")[-‐‑](?:years?|yrs?)(?![-‐‑]old)(?!\s+(?:high|low|record|ago)))(?![\w])",
    re.IGNORECASE,
)
#: a time modifying the noun of an amount: "the FY 2015 request of $881.6 million"
_TIME_NOUN_OF_RE = re.compile(r"(?:\s+[a-z-]+){1,3}\s+of\s+")
_DURATION_LEAD_RE = re.compile(_DUR_NUM + r"[-‐‑]years?,\s*$", re.IGNORECASE)
#: presidencies and eras have no calendar value of their own (guidelines 1.2): not a money period
_ERA_TEXT = re.compile(r"\badministrations?\b|\bera\b|\bpresidenc(?:y|ies)\b|\bregimes?\b|\bgovernments?\b", re.IGNORECASE)
#: "after/following the 2022 floods" opens a period with no stated end
_OPEN_AFTER_RE = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.IGNORECASE)
_SINCE_RE = re.compile(r"\b(?:since|ever\s+since)\s+(?:the\s+)?$", re.IGNORECASE)
#: "... before it expires next month": a programme's period ends when it expires (the subject is
#: "it" or a programme noun, so "the war ended in 2001" is no expiry)
_EXPIRY_RE = re.compile(
    r"\b(?:it|(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}?(?:programmes?|programs?|arrangements?|facility|facilities"
    r"|agreements?|deals?|packages?|loans?|authori[sz]ations?|schemes?|pledges?|commitments?))"
    r"\s+(?:(?:will|would|is\s+due\s+to|was\s+due\s+to)\s+)?"
    r"(?:expires?|expired|expiring|lapses?|lapsed|runs\s+out|ran\s+out)\s+(?:in\s+|on\s+|at\s+the\s+end\s+of\s+|by\s+)?$",
    re.IGNORECASE,
)
_QUOTE_RE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_DCT_RELATIVE_KINDS = frozenset({"span", "open_range", "relative"})
_POINT_KINDS = frozenset({"date", "month", "year", "relative"})

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
#: the indirect object of a giving verb is the recipient: "(has) given Pakistan $33 billion"
_GIVEN_OBJECT_RE = re.compile(r"\b(?:give|gives|gave|given|giving|grant|grants|granted|hand|handed|pay|paid|send|sent|"
                              r"offer|offered|promise|promised|lend|lent|loan|loaned|owe|owes|owed|award|awarded)"
                              r"\s+$", re.IGNORECASE)


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
    return _lexicon(rows)


def _lexicon(rows: list[tuple[str, str]]) -> _Lexicon:
    """One regex over the terms of (value, term) rows; all-capital terms match case-sensitively."""
    cats = {_norm(t): c for c, t in rows}
    pat = _alternation((t for _, t in rows), lambda t: t.isupper())
    return _Lexicon(re.compile(r"(?<![\w])(?:" + pat + r")(?![\w])", re.IGNORECASE), cats)


@lru_cache(maxsize=8)
def load_status_codebook(path: str | Path | None = None) -> _Lexicon:
    """Compile the status codebook (``status,term,notes``: authorised, requested, withheld ...)."""
    from .sources import read_csv

    path = Path(path) if path else STATUS_CODEBOOK
    rows = [(r["status"].strip(), r["term"].strip()) for _, r in read_csv(path, ["status", "term"], what="aid status codebook")
            if r["term"].strip()]
    for status, term in rows:
        if status not in STATUS_FLOWS:
            from .errors import InputError
            raise InputError(path, f"unknown status {status!r} for {term!r}", f"Use one of {', '.join(STATUS_FLOWS)}")
    return _lexicon(rows)


def load_aliases(path: str | Path | None = None) -> dict[str, str]:
    """Alias -> actor id from the actor codebook (name, id and aliases; ``acts_for`` wins).

    Read through `usp_research.actors.load_codebook`, so a malformed codebook is refused the same
    way everywhere. Returns an empty mapping when the file does not exist (donor/recipient stay "").
    """
    from .actors import load_codebook

    path = Path(path) if path else ACTORS_CODEBOOK
    if not path.exists():
        return {}
    out: dict[str, str] = {}
    for actor in load_codebook(path).values():
        for name in (actor.name, actor.actor_id, *actor.aliases):
            if name and name not in out:
                out[name] = actor.acts_for or actor.actor_id
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
    news_day: bool = False  # a relative day ("on Monday", "yesterday"): when something was reported


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
            semi = ";" in self.between(it, span)  # a time behind a semicolon dates another statement
            return (semi, (not it.is_range) if prefer_ranges else False, soft, d[0], d[1], it.start)

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
    token = re.sub(r"\s+", " ", token.strip().lower())
    if token in _WORDNUMS:
        return Decimal(str(_WORDNUMS[token]))
    if token[:1].isalpha():  # "one and a half", "two point four", "twenty-five"
        head, _, decimals = token.partition(" point ")
        half = head.endswith(" and a half")
        head = head.removesuffix(" and a half")
        hundreds, _, head = head.partition(" hundred") if " hundred" in head else ("", "", head)
        value = Decimal(sum(_WORDNUMS[w] for w in re.split(r"[\s-]+", hundreds))) * 100 if hundreds else Decimal(0)
        value += Decimal(sum(_WORDNUMS[w] for w in re.split(r"[\s-]+", head.removeprefix(" and").strip()) if w))
        if decimals:
            value += Decimal("0." + "".join(str(_WORDNUMS[w]) for w in decimals.split()))
        return value + (Decimal("0.5") if half else 0)
    if token.endswith(" and a half"):  # "14 and a half billion dollars", as speakers say it
        return Decimal(token.removesuffix(" and a half").replace(",", "")) + Decimal("0.5")
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
        if t in ("RS", "PRS", "PKR", "₨") or t.startswith(("PAKISTANIRUPEE", "RUPEE")):
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


def _quotation_of(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    return next((q for q in quotes if q[0] < start and end <= q[1]), None)


@lru_cache(maxsize=256)
def _retag(phrase: str, anchor: str) -> tuple[str, str] | None:
    """Values of a time expression re-resolved by the colleague's tagger against another date."""
    from . import timex
    for t in timex.tag(phrase, anchor):
        if t.start == 0 and t.end == len(phrase) and (t.value_start or t.value_end):
            return str(t.value_start or ""), str(t.value_end or "")
    return None


def _timex_items(text: str, timexes: Sequence, published: str | None, blocked: list[tuple[int, int]],
                 sentences: Sequence[tuple[int, int]] = ()) -> list[_Item]:
    raw = []
    for t in timexes:
        try:
            start, end, kind = int(t.start), int(t.end), str(t.kind)
            vs, ve = str(t.value_start or ""), str(t.value_end or "")
            day = kind == "relative" and str(getattr(t, "precision", "")) == "day"
        except (AttributeError, TypeError, ValueError):
            continue
        if any(start < b and end > a for a, b in blocked):
            continue
        if kind == "named_period" and _ERA_TEXT.search(text[start:end]):
            continue  # "the Reagan administration", "Reagan-era": no calendar value of their own
        if RATE_DATE_AFTER.match(text, end):
            continue  # "at today’s rate", "at Monday’s interbank rate": when money was converted, not its period
        if _DEADLINE_BEFORE.search(text, max(0, start - 40), start):
            continue  # "to remain available until September 30, 2013": a deadline, not the money's period
        if kind == "year" and _LAW_NAME_BEFORE.search(text, max(0, start - 16), start):
            continue  # "section 634A of the Foreign Assistance Act of 1961": a law's name, not the money's year
        raw.append([start, end, kind, vs, ve, day])
    # a relative expression inside a dated quotation is resolved against the quotation's date
    # ("over the last 15 years" in a tweet of 1 January 2018 -> 2003-2018), not the publication date
    quotes = [m.span() for m in _QUOTE_RE.finditer(text)] if raw else []
    if quotes:
        spans = _sentence_spans(text, sentences)
        for r in raw:
            q = _quotation_of(quotes, r[0], r[1]) if r[2] in _DCT_RELATIVE_KINDS else None
            if q is None:
                continue
            sent = next((sp for sp in spans if sp[0] <= q[0] < sp[1]), (0, len(text)))
            dates = [d for d in raw if d[2] in _POINT_KINDS and d[3] and sent[0] <= d[0] < sent[1]
                     and _quotation_of(quotes, d[0], d[1]) is None]
            if not dates:
                continue
            anchor = min(dates, key=lambda d: min(abs(d[0] - q[1]), abs(q[0] - d[1])))
            vals = _retag(text[r[0]:r[1]], anchor[3])
            if vals:
                r[3], r[4] = vals
    items = []
    for start, end, kind, vs, ve, day in raw:
        # fiscal_year values are already fiscal-year labels ("FY2002–FY2018" -> 2002, 2018); a
        # calendar date in a fiscal context starts the next fiscal year from July on
        # (a run of months shorter than a year, "July-November FY25", "Q1-FY25": calendar months, GUIDELINES 8.20)
        fiscal = (kind != "fiscal_year" and bool(_FISCAL_TEXT.search(text[start:end]))
                  and not (kind in ("range", "part_of_year") and len(vs) == len(ve) == 7
                           and 12 * int(ve[:4]) + int(ve[5:7]) - 12 * int(vs[:4]) - int(vs[5:7]) < 12))
        ys = _fy_start_year(vs) if fiscal else _year(vs)
        ye = _year(ve)
        if kind == "fiscal_year" and ys and ye:
            if len(vs) > 4:
                ys = ye  # one fiscal year given by its calendar dates: named by its end year
        if kind == "open_range" and not ye:
            ye = _year(published)
        if not ys and not ye:
            continue
        if kind != "open_range":
            ys, ye = ys or ye, ye or ys
        is_range = kind in _RANGE_KINDS or (bool(ys) and bool(ye) and ys != ye)
        if ys == ye and (not is_range or kind == "named_period"):  # "after 9/11": one day
            before = text[max(0, start - 20):start]
            if _OPEN_AFTER_RE.search(before):
                ye, is_range = "", True  # "after the 2022 floods": open, no end stated
            elif _SINCE_RE.search(before):
                ye, is_range = _year(published), True  # "since the 2010 floods": to the publication
        prev = items[-1] if items else None
        if prev is not None and re.fullmatch(r",?\s*\(", text[prev.end:start]) and is_range:
            continue  # "in fiscal year 2017 (October 2016 to September 2017)": a restatement
        if (prev is not None and prev.is_range and kind != "open_range" and _BY_RE.search(text[max(0, start - 4):start])
                and re.fullmatch(r"[^.;!?]{0,80}", text[prev.end:start]) and prev.value[0] and ye):
            # "since 2001, roughly $34 billion ... by FY2018": one cumulative period
            items.append(_Item(start, end, (prev.value[0], ye), True))
            continue
        items.append(_Item(start, end, (ys, ye), is_range, day))
    return items


_BY_RE = re.compile(r"\bby\s+$", re.I)
_OWN_TIME_AFTER_RE = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,6}?\s+(?:(?:approved|agreed|signed|announced)\s+)?(?:in|on)\s+")
# the next item of the list: "..., and a $7 billion EFF", "... in FY 2010 and $1.19 billion in FY 2011"
_LIST_ITEM_AFTER_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?an?\s|\s+and\s+an?\s|,?\s+and\s+(?:US)?\$\s?[0-9])")
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:,|\band)\s+an?\s+$")  # "..., and a $7 billion EFF in September 2024"
HEADING_AMOUNT_MAX_WORDS = 12  # "6. $4.5 billion: the peak year" is a heading; a longer line is prose
#: words before a time that make it a deadline on the money, not the years it covers
_LAW_NAME_BEFORE = re.compile(r"\b(?-i:Act|Acts|Ordinance|Law|Code)(?:\s+of|,)?\s+$", re.I)  # also "the Anti-Terrorism Act 1997"
_DEADLINE_BEFORE = re.compile(r"\b(?:available\s+until|(?:not|no)\s+later\s+than|expires?\s+on|deadline\s+of)\s+$", re.I)
_WHEN_CLAUSE_RE = re.compile(r",\s+when\s+[^,;:()]{0,80}")
# a time naming the base a figure is compared with ("from the FY2011 level", "their 2010 peak")
_COMPARISON_BASE_RE = re.compile(r"[’']?s?\s+(?:levels?|peaks?|highs?|lows?|figures?)\b", re.I)
_YEAR_TEXT_RE = re.compile(r"(?:FY\s?|fiscal\s+(?:year\s+)?)?(?:19|20)[0-9]{2}", re.I)
_LEVEL_OF_AMOUNT_RE = re.compile(r"\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?(?:US\s?\$|\$|Rs\.?\s?|PKR)", re.I)
_AMOUNT_AT_RE = re.compile(r"(?:\d|bn|mn|million|billion)\s+(?:at|in)\s+(?:the|its|their)\s+$", re.I)
_AMOUNT_OF_RE = re.compile(r"(?:\d(?:bn|mn|m)?|\b(?:million|billion))\s+(?:of|from)\s+(?:the\s+)?$", re.I)  # "$300m of the "


def names_budget(text: str, start: int, end: int) -> bool:
    """Is the fiscal year at start-end the name of the budget an amount comes from ("$300m of the
    FY2015 money", "$350m of FY2016 CSF"), not a time something happened?"""
    return bool(_BUDGET_NOUN_RE.match(text, end) and _AMOUNT_OF_RE.search(text, max(0, start - 40), start))


def comparison_base(text: str, start: int, end: int) -> bool:
    """Does the time at start-end name a level a figure is compared with ("a drop of 97 percent from
    the FY2011 level"), not the figure's own time ("$4.5bn at the FY2010 peak")?"""
    base = _COMPARISON_BASE_RE.match(text, end)
    return bool(base) and not _AMOUNT_AT_RE.search(text, max(0, start - 30), start) \
        and not (_YEAR_TEXT_RE.fullmatch(text, start, end)  # "the 2010 level of $2 billion": its own figure
                 and _LEVEL_OF_AMOUNT_RE.match(text, base.end()))  # (not "a post-9/11 peak of $1.8 billion in FY2010")


# "authorized $7.5 billion ..., or $1.5 billion annually for each of fiscal years 2010 through 2014":
# the years an amount is given for, after it in its clause, are its period (not the act's date)
FOR_YEARS = re.compile(r"\bfor\s+(?:each\s+of\s+)?(?:the\s+)?$", re.I)  # (also what `events` reads as years covered)
# in the amount's own phrase, or its restatement after ", or" ("$7.5 billion ..., or $1.5 billion annually
# for ..."); not "$1.2 billion, more than it got for the 2008–2010 period"
_FOR_YEARS_GAP_RE = re.compile(r"(?:[^,;:.!?]|(?<=[0-9])[,.](?=[0-9])){0,80}(?:,\s+or\s+(?:[^,;:.!?]|(?<=[0-9])[,.](?=[0-9])){0,60})?")
_OF_BUDGET_GAP_RE = re.compile(r"\s+(?:of|from|in)\s+(?:the\s+|its\s+|that\s+)?", re.I)  # "$300m of the |FY2015| money"
# a fiscal year used as a budget's name ("FY2015 money", "FY2016 CSF", "FY2017 allocation"): the year
# the money belongs to, not when something happened to it
_BUDGET_NOUN_RE = re.compile(r"\s+(?:(?:US|U\.S\.|American|security|economic|military|civilian)\s+)?(?:money|funds?"
                             r"|funding|CSF|tranche|allocations?|appropriations?|budget|aid|assistance|reimbursements?"
                             r"|claims?|request)\b")
_ITEM_HEAD_RE = re.compile(r"\W{0,3}")  # the time opens the sentence or list item
_HEAD_DASH_RE = re.compile(r"\s*(?:[–—]|-(?=\s)|:)\s")
_PACKAGE_RE = re.compile(r"\b(?:package|programme|program|deal|plan)\b", re.I)
#: what follows a time that only dates an exchange rate ("at today’s rate", "at Monday’s interbank
#: rate"): the time is when money was converted, neither the money's period nor an event's date
RATE_DATE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:exchange\s+|interbank\s+|market\s+)?rates?\b", re.I)
# an amount in another currency restating the one before it ("$34 billion ..., or about Rs4.2 lakh
# crore at today's rate", "$300 million ... — roughly Rs3,700 crore at Monday's rate", "(Rs 72 billion)")
_CONVERSION_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:or|i\.\s?e\.,?|equivalent\s+to|\(|[—–])?\s*", re.I)
_CONVERSION_END_RE = re.compile(r"(?:[—–(]|,\s*or|,)\s*$")
_AT_RATE_RE = re.compile(r"\s+at\s+[^.;]{0,40}?\brates?\b", re.I)
_OPENER_RE = re.compile(r"\s*(?:[A-Z][a-z]*\s+){0,2}(?:the\s+)?")  # "Between ", "In ", "During the "


def _term_items(text: str, lex: _Lexicon, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[_Item]:
    out = []
    skipped = None
    holds = False  # the last skipped term was what a total holds ("including ..."), not what it leaves out
    for m in lex.regex.finditer(text, lo, hi):
        if any(m.start() < b and m.end() > a for a, b in blocked):
            continue
        cat = lex.category.get(_norm(m.group(0)))
        if (cat == "security" and _OPERATIONS_AFTER_RE.match(text, m.end())
                and _CSF_WORDING_RE.search(text, max(lo, m.start() - 80), m.start())):
            continue  # "reimbursements for military operations": what CSF pays for, not security aid
        incl = _INCLUSION_RE.search(text, max(lo, m.start() - 40), m.start())
        if cat in AID_CATEGORIES and (incl
                                      or _INCLUDED_AFTER_RE.match(text, m.end(), hi)
                                      or (cat == "csf" and _VERB_PAIR_RE.search(text, max(lo, m.start() - 30), m.start()))
                                      or (skipped is not None and (_SAME_PHRASE_RE.fullmatch(text, skipped, m.start())
                                                                   or (cat == "csf" and holds
                                                                       and _LIST_JOIN_RE.fullmatch(text, skipped, m.start()))))):
            if incl:
                holds = bool(_HOLDS_RE.match(incl.group()))
            skipped = m.end()  # "a total incl. Coalition Support Fund (CSF)", "excluding CSF",
            continue           # "reimbursements included", "including security assistance and CSF
            # reimbursements", "appropriated or reimbursed": what a total holds, not what it is
        if cat:
            out.append(_Item(m.start(), m.end(), cat))
    return out


_OPERATIONS_AFTER_RE = re.compile(r"\s+(?:and\s+\w+\s+)?operations?\b(?!\s+(?:aid|assistance|funds?|funding)\b)", re.I)
_CSF_WORDING_RE = re.compile(r"reimburs|coalition\s+support|\bCSF\b", re.I)
_LIST_JOIN_RE = re.compile(r"(?:\s+[a-z]+)?\s+(?:and|or)\s+(?:the\s+)?")  # "including security assistance and CSF"
# "appropriated or reimbursed $34 billion": a total of both
_VERB_PAIR_RE = re.compile(r"\b(?:appropriated|obligated|disbursed|provided|gave|given|spent|allocated)\s+(?:or|and)\s+$")
_HOLDS_RE = re.compile(r"\b(?:incl\.|including|inclusive|with|plus|counting)\b", re.I)  # what a total holds
_SAME_PHRASE_RE = re.compile(r"\)?\s*\(?|\s*\([^()]{1,12}\)\s*")  # "Coalition Support Fund (CSF) reimbursements"
_INCLUDED_AFTER_RE = re.compile(r"(?:\s+\(?[A-Za-z-]+\)?){0,2}?\s+(?:included|excluded|aside|left\s+out)\b",
                                re.IGNORECASE)  # "Coalition Support Fund reimbursements included"
_NEXT_ITEM_RE = re.compile(r"\s*(?:,\s*)?(?:and|while|but|whereas|plus)\s+(?:the\s+)?$", re.IGNORECASE)
_LABEL_COLON_RE = re.compile(r"[ \t]*:")
_OF_WHICH_RE = re.compile(r",\s*(?:of\s+which|of\s+this|of\s+that|among\s+them)\b", re.IGNORECASE)
#: "$3 billion without it", "$19.6bn excluding the CSF payments", "left with Z": what is left after taking CSF out
_LEFT_WITH_RE = re.compile(r"\b(?:left\s+with|leaves|leaving|remaining|the\s+rest(?:\s+of\s+it)?,?)\s+(?:[\w~]+\s+){0,2}$",
                           re.IGNORECASE)
_TAKE_OUT_RE = re.compile(r"\W*" + _TAKE_OUT, re.IGNORECASE)
_CURRENCY_MARK_RE = re.compile(r"[$€£]|\b(?:USD|US\$|Rs\.?|PKR)\b")
_WITHOUT_CSF_RE = re.compile(r"\s*,?\s*(?:without|excluding|excl\.|minus|net\s+of|leaving\s+out)\s+(?:it|them|the\s+)?",
                             re.IGNORECASE)
_INCLUSION_RE = re.compile(r"\b(?:incl\.|including|inclusive\s+of|excl\.|excluding|exclusive\s+of|net\s+of|counting"
                           r"|with|without|minus|plus"
                           r"|if\s+you\s+count|(?:most|much|half|part|some)\s+of\s+(?:it|which|this|that))"
                           r"\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?$",
                           re.IGNORECASE)


def _names_csf(text: str, lex: _Lexicon, lo: int, hi: int) -> bool:
    """Does text[lo:hi] name the Coalition Support Fund (a codebook term of category csf), whatever
    role it plays there ("without CSF" is no category term of its amount)?"""
    return any(lex.category.get(_norm(m.group(0))) == "csf" for m in lex.regex.finditer(text, lo, hi))


def _with_nouns(text: str, terms: list[_Item]) -> list[_Item]:
    """The category terms, each spanning the money noun right after it ("civilian aid", "military
    assistance"), so that distances to amounts are measured from the whole phrase."""
    out = []
    for i, t in enumerate(terms):
        if t.value not in AID_CATEGORIES:
            continue
        nxt = terms[i + 1] if i + 1 < len(terms) else None
        if nxt is not None and nxt.value not in AID_CATEGORIES and re.fullmatch(r"[\s-]*", text[t.end:nxt.start]):
            t = replace(t, end=nxt.end)
        out.append(t)
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
        role = "recipient" if _GIVEN_OBJECT_RE.search(before) else None
        # "<A> aid", "<A>'s loans", "<A> military assistance": a donor noun within three words
        for t in ([] if role else terms):
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


# "revised the aggregate from $11.04 billion to $12.125 billion", "aid fell from $4.5bn to $1bn": the two
# ends of a change are two amounts, not a range (a verb of change, not a noun: "estimates of the increase
# range from $2bn to $3bn", "cuts, which vary from ...", "packages from $1bn to $1.5bn" stay ranges)
_CHANGE_FROM_RE = re.compile(
    r"\b(?:rose|risen|rising|fell|fallen|falling|increased|increasing|decreased|decreasing|raised|revised|revising"
    r"|climbed|dropped|grew|grown|jumped|declined|declining|reduced|reducing|slashed|shrank|shrunk|doubled|tripled"
    r"|changed|boosted|trimmed|lowered|corrected|amended|adjusted)\b"
    r"(?:(?!\b(?:rang\w*|var(?:y|ies|ied|ying)|between|estimat\w*|with|worth)\b)[^.;:$]){0,40}?\bfrom\s+$", re.IGNORECASE)


def _scan_money(text: str) -> list[_Raw]:
    out: list[_Raw] = []
    pos = 0
    while m := _MONEY_RE.search(text, pos):
        pos = m.end()
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
                if m.group("cur2") and _CHANGE_FROM_RE.search(text[max(0, start - 60):start]):
                    valid = False  # the change's second end is scanned on its own
                    pos = m.start("cur2")
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


PER_EACH_MAX_GAP = 25  # "for each of FY2010-FY2014" is the amount's rate only this close after it ...
# ... or after the amount's own noun phrase ("$1,500,000,000 in nonmilitary assistance for each of ...")
_OWN_NOUN_GAP = re.compile(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|funding|grants?|support)\s+", re.I)


def _per(text: str, raw: _Raw, clause: tuple[int, int], prev_end: int, next_start: int) -> tuple[str, tuple[int, int] | None]:
    hi = min(clause[1], next_start, raw.end + 80)
    m = _PER_AFTER_RE.search(text, raw.end, max(raw.end, hi))
    if (m and re.match(r"(?:for|in)\s", m[0], re.I) and m.start() - raw.end > PER_EACH_MAX_GAP
            and not _OWN_NOUN_GAP.fullmatch(text, raw.end, m.start())):  # (not "$1.5 billion in nonmilitary assistance for each of")
        m = None  # "... over five years with a certification required for each fiscal year"
    if m and not _NOT_PER_PRECEDING.search(text[max(raw.end, m.start() - 10):m.start()]):
        return "annual", (m.start(), m.end())
    lo = max(clause[0], prev_end, raw.start - 40)
    m = None
    for m in _PER_BEFORE_RE.finditer(text, lo, max(lo, raw.start)):
        pass
    if m:
        return "annual", (m.start(), m.end())
    return "total", None


def _same_paragraph(text: str, a: int, b: int) -> bool:
    return not _PARAGRAPH_BREAK_RE.search(text, min(a, b), max(a, b))


def _passage_before(text: str, owners: list[tuple[int, int]], j: int) -> list[int]:
    """Amounts before j in its sentence and in the previous sentence with amounts (same paragraph)."""
    same = [k for k in range(j) if owners[k] == owners[j]]
    prev = [k for k in range(j) if owners[k][1] <= owners[j][0]]
    if prev and _same_paragraph(text, owners[prev[-1]][1], owners[j][0]):
        same = [k for k in prev if owners[k] == owners[prev[-1]]] + same
    return same


def _link_parts(text: str, raws: list[_Raw], owners: list[tuple[int, int]],
                pers: Sequence[str] | None = None) -> tuple[list[int | None], set[int]]:
    """Index of the total each amount is a component of (see module docstring), or None.

    Also returns the components that are the annual rate of their total ("$7.5 billion over five
    years, or $1.5 billion annually"): they share the total's period.
    """
    n = len(raws)
    pers = list(pers) if pers is not None else ["total"] * n
    parent: list[int | None] = [None] * n
    rates: set[int] = set()
    for j, b in enumerate(raws):
        i = j - 1
        if i >= 0 and owners[i] == owners[j]:
            a = raws[i]
            between = text[a.end:b.start]
            if _PART_FORWARD_RE.search(between):
                if a.currency == b.currency and b.amount <= a.amount and (parent[i] is None or _OF_WHICH_RE.match(between)):
                    parent[j] = i  # (and a part of what is left of a total: "falls to $19.6 billion, of which ...")
            elif parent[i] is not None and parent[i] < i and not _SIBLING_BREAK_RE.search(between):
                p = parent[i]
                siblings = sum((raws[k].amount for k in range(j) if parent[k] == p), Decimal(0))
                if raws[p].currency == b.currency and siblings + b.amount <= raws[p].amount * Decimal("1.01"):
                    parent[j] = p
            if (parent[j] is None and parent[i] is None and pers[j] == "annual" and pers[i] == "total"
                    and a.currency == b.currency and 0 < b.amount < a.amount and ";" not in between
                    and _RATE_LINK_RE.search(between)):
                ratio = a.amount / b.amount
                if 2 <= ratio <= 50 and abs(ratio - ratio.to_integral_value()) <= ratio * Decimal("0.02"):
                    parent[j] = i  # the annual rate of a multi-year total
                    rates.add(j)
        if parent[j] is None and j + 1 < n and owners[j + 1] == owners[j]:
            x = raws[j + 1]
            between = text[b.end:x.start]
            if (_PART_BACKWARD_RE.match(between) and not _NOT_PART_RE.search(between)
                    and x.currency == b.currency and b.amount < x.amount):
                parent[j] = j + 1
        first = all(owners[k] != owners[j] for k in range(j))
        if (parent[j] is None and not first and parent[j - 1] is not None and owners[j - 1] == owners[j]
                and owners[parent[j - 1]] != owners[j] and _LEFT_WITH_RE.search(text, max(raws[j - 1].end, b.start - 40), b.start)
                and raws[parent[j - 1]].currency == b.currency and b.amount <= raws[parent[j - 1]].amount):
            parent[j] = parent[j - 1]  # "..., and you are left with Z": the rest of the same total
        if parent[j] is None and first:
            s_start = owners[j][0]
            if hit := _PART_NEXT_SENTENCE_RE.match(text[s_start:b.start]):
                prev = [k for k in range(j) if owners[k][1] <= s_start]
                # "Of this, ..." may open the next paragraph or list item; "Take out ..." stays in one
                explicit = re.match(r"\W*(?:of|out)\b", hit.group(0), re.IGNORECASE)
                if prev and (explicit or text.count("\n\n", owners[prev[-1]][1], s_start) <= _item_break(text, s_start)):
                    # the previous sentence's total; past a sentence that only names a part of it
                    # ("$34 billion ... Some $14.6 billion of that was CSF. Strip it out and $19.6 billion remains")
                    for sent in dict.fromkeys(owners[k] for k in reversed(prev)):
                        cands = [k for k in prev if owners[k] == sent and raws[k].currency == b.currency
                                 and raws[k].amount >= b.amount and parent[k] is None
                                 and not _compared(text, raws[k])]
                        if cands:
                            parent[j] = max(cands, key=lambda k: (raws[k].amount, -k))
                        if cands or not any(owners[k] == sent and parent[k] is not None for k in prev) \
                                or "\n\n" in text[sent[1]:s_start]:
                            break
        if parent[j] is None:
            nxt = next((raws[k].start for k in range(j + 1, n) if owners[k] == owners[j]), owners[j][1])
            cands = [k for k in _passage_before(text, owners, j)
                     if raws[k].currency == b.currency and raws[k].amount > b.amount and parent[k] is None]
            if cands and _PART_APPOSITION_RE.match(text[b.end:nxt]):
                parent[j] = cands[-1]  # "Y, the last tranche of that programme": the nearest larger amount
            elif cands and first and (_PART_ALONE_RE.search(text, owners[j][0], b.start)
                                      or _PART_OF_TOTAL_RE.match(text[b.end:nxt])):
                # "CSF alone accounted for Y", "Y, or 44 percent of the total": the previous sentence's total
                prev_sent = [k for k in cands if owners[k] != owners[j]
                             and not _compared(text, raws[k])]
                if prev_sent:
                    parent[j] = max(prev_sent, key=lambda k: (raws[k].amount, -k))
    return parent, rates


_RELATIVE_AFTER_RE = re.compile(r"[^,;.]{0,40}?,\s+(?:which|that)\s")  # a relative clause on the amount
_COORD_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")  # the next coordinated clause
_BEGINNING_RE = re.compile(r",?\s+(?:beginning|starting|commencing)\s+(?:in\s+|with\s+)?", re.I)


def _duration_years(text: str, lo: int, hi: int) -> int | None:
    """A stated duration of several years in text[lo:hi] ("over five years", "a six-year package")."""
    m = _DURATION_RE.search(text, lo, max(lo, hi))
    if not m:
        return None
    n = int(_number(m.group("n") or m.group("m")))
    return n if n >= 2 else None


def _fits_duration(item: _Item, years: int) -> bool:
    ys, ye = item.value
    if not (ys.isdigit() and ye.isdigit()):
        return False
    return int(ye) - int(ys) + 1 == years or int(ye) - int(ys) == years


def _coordinated_mixed(text: str, terms: Sequence[_Item], item: _Item | None) -> bool:
    """True when ``item`` is in a coordination of aid terms that spans security and non-security
    money: "assistance and military reimbursements", "appropriations and reimbursements"."""
    if item is None or item not in terms:
        return False
    i = terms.index(item)
    lo = hi = i
    joins = {}
    while lo > 0:
        gap = text[terms[lo - 1].end:terms[lo].start]
        if not _COORD_GAP_RE.fullmatch(gap):
            break
        joins[lo - 1] = bool(_COORDINATOR_RE.search(gap))
        lo -= 1
    while hi + 1 < len(terms):
        gap = text[terms[hi].end:terms[hi + 1].start]
        if not _COORD_GAP_RE.fullmatch(gap):
            break
        joins[hi] = bool(_COORDINATOR_RE.search(gap))
        hi += 1
    conjuncts, cur = [], []
    for k in range(lo, hi + 1):
        cur.append(terms[k])
        if joins.get(k) or k == hi:
            conjuncts.append(cur)
            cur = []
    if len(conjuncts) < 2:
        return False
    values = set()
    for conj in conjuncts:
        cats = [t.value for t in conj if t.value in AID_CATEGORIES]
        if cats:
            values.add(cats[-1])
        elif any(t.value == "aid" for t in conj):
            values.add("aid")
        else:
            return False  # "loans and grants": not all aid
    return bool(values & {"aid", "economic"}) and bool(values & {"security", "csf"})


_LABEL_RE = re.compile(r"[^(),;.\n]{0,40}?\(([^()\n]{1,80})\)")
_LABEL_REST_RE = re.compile(r"[\s,&+/\-–—]*(?:(?:and|or|plus)[\s,&+/\-–—]*)*", re.IGNORECASE)
_COORD_GAP_RE = re.compile(r"[\s\-‐‑–—]*(?:(?:,\s*)?(?:and|&|\+|plus|as\s+well\s+as)[\s\-]*|,\s*)?", re.IGNORECASE)
_COORDINATOR_RE = re.compile(r",|\band\b|&|\+|\bplus\b|\bas\s+well\s+as\b", re.IGNORECASE)


# a number written the continental way: a decimal comma before a scale word ("USD 1,77 billion"),
# thousands dots before a decimal comma ("1.267.200.000,00") or in twos ("USD 1.500.000"); and the
# same shapes written the English way
_CONTINENTAL = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?(?:million|billion|bn|mn)\b"
                          r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])", re.I)
_ENGLISH = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}\s?(?:million|billion|bn|mn)\b"
                      r"|(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{1,2}(?![\d.,])|(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])", re.I)
_NUMBER_TOKEN = re.compile(r"\d[\d.,]*\d")
_SWAP_MARKS = str.maketrans(".,", ",.")


NOTE_MAX_WORDS = 25  # a list item read as a paragraph of its own is at most this long


def _item_break(text: str, pos: int) -> int:
    """1 when the paragraph at `pos` and the one before it are short notes (a list's items, each a
    paragraph: "Grand total FY2002-FY2018: about $34.2bn." / "Take CSF out and it is just under
    $20bn."), so that the one may go on from the other; else 0."""
    start = text.rfind("\n\n", 0, pos)
    if start < 0:
        return 0
    before = text.rfind("\n\n", 0, start)
    end = text.find("\n\n", pos)
    paras = (text[before + 2 if before >= 0 else 0:start], text[start + 2:end if end >= 0 else len(text)])
    return int(all(len(p.split()) <= NOTE_MAX_WORDS and "\n" not in p.strip() for p in paras))



def english_numbers(text: str) -> str:
    """`text` with the decimal comma and the thousands dot swapped in every number when it writes
    its numbers the continental way and never the English way ("USD 1,77 billion", "PKR 1.250
    million", "PKR 20.000" -> "1.77", "1,250", "20,000"); otherwise `text` itself. Offsets are kept."""
    if not _CONTINENTAL.search(text) or _ENGLISH.search(text):
        return text
    return _NUMBER_TOKEN.sub(lambda m: m[0].translate(_SWAP_MARKS), text)


def extract_money(text: str, sentences: Sequence[tuple[int, int]], timexes: Sequence = (),
                  published: str | None = None, *, aliases: Mapping[str, str] | None = None,
                  codebook: str | Path | None = None) -> list[Money]:
    """All currency amounts in ``text`` as :class:`Money` records, in text order.

    ``aliases`` maps actor names to actor ids; ``None`` loads ``data/raw/codebooks/actors.csv``
    (if present). ``codebook`` overrides the category codebook path.
    """
    shown, text = text, english_numbers(typeset.plain(text))  # LaTeX's "\$7.5 billion"; "USD 1,77 billion"
    lex = load_codebook(str(codebook) if codebook else None)
    alex = _actor_lexicon(tuple(sorted((aliases if aliases is not None else load_aliases()).items())))
    raws = _scan_money(text)
    if not raws:
        return []
    spans = [(r.start, r.end) for r in raws]
    owners = _group_by_sentence(text, sentences, spans)
    all_sents = _sentence_spans(text, sentences)
    # shares are anchors too: a clause about a share does not lend its terms or dates to an amount
    share_matches = [m for m in _SHARE_RE.finditer(text) if _about_money(text, m, lex, spans)]
    share_spans = [m.span() for m in share_matches]
    # the base of a share ("two-thirds of the $33 billion went to security"): the rest of the
    # sentence describes the share, so the amount's own terms are those of the of-phrase
    share_bases = []
    for m in share_matches:
        w = _OF_WHAT_RE.match(text, m.end())
        if w:
            share_bases.append((w.start("what"), w.end("what")))
    anchors = sorted(set(spans) | set(share_spans))
    share_set = frozenset(share_spans) - frozenset(spans)
    sents: dict[tuple[int, int], _Sentence] = {}
    for o in owners:
        if o not in sents:
            sents[o] = _Sentence(text, o[0], o[1], [a for a in anchors if o[0] <= a[0] < o[1]])

    pers, windows = [], []
    for k, r in enumerate(raws):
        s = sents[owners[k]]
        clause = s.clauses[s.clause_of(r.start)]
        prev_end = raws[k - 1].end if k > 0 and owners[k - 1] == owners[k] else s.start
        next_start = raws[k + 1].start if k + 1 < len(raws) and owners[k + 1] == owners[k] else s.end
        pers.append(_per(text, r, clause, prev_end, next_start))
        windows.append((max(clause[0], prev_end), min(clause[1], next_start)))
    blocked = spans + [p[1] for p in pers if p[1]]
    tx = _timex_items(text, timexes, published, blocked, sentences)

    per_sentence: dict[tuple[int, int], tuple] = {}
    records = []
    for k, r in enumerate(raws):
        s = sents[owners[k]]
        if owners[k] not in per_sentence:
            terms = _term_items(text, lex, s.start, s.end, spans)
            per_sentence[owners[k]] = (
                terms,
                [x for x in tx if s.contains(x)],
                _actor_items(text, alex, lex, s.start, s.end, spans),
            )
        terms, s_tx, (donors, recips) = per_sentence[owners[k]]
        base = next(((lo, hi) for lo, hi in share_bases if lo <= r.start < hi), None)
        if base is not None:
            terms = [t for t in terms if base[0] <= t.start < base[1]]
        cat_terms = _with_nouns(text, terms)
        span = spans[k]
        flow_item = s.pick(span, terms)
        # a clause with its own money term ("in direct aid") decides the category on its own
        own_clause = flow_item is not None and s.clause_of(flow_item.start) == s.clause_of(span[0])
        cat_item = s.pick(span, cat_terms, clause_only=own_clause)
        prev_end = max((a[1] for a in s.anchors if a[1] <= span[0]), default=None)
        lead = [t for t in cat_terms if prev_end is not None and prev_end <= t.start and t.end <= span[0]
                and _NEXT_ITEM_RE.match(text, prev_end, t.start) and not _CLAUSE_RE.search(text, t.end, span[0])]
        if lead:  # "X and security-related ones to Y": the term opening Y's item is Y's
            cat_item = lead[-1]
        elif cat_item is not None and cat_item.start >= span[1] and (
                _OF_WHICH_RE.search(text, span[1], cat_item.start)
                or (_NEXT_ITEM_RE.match(text, span[1], cat_item.start)
                    and any(a[0] >= cat_item.end and not _CLAUSE_RE.search(text, cat_item.end, a[0])
                            for a in s.anchors))):
            # "Z, of which the economic side was half", "X and security-related ones to Y": the next one's
            cat_item = s.pick(span, [t for t in cat_terms if t.end <= span[0]], clause_only=True)
        elif (cat_item is not None and cat_item.start >= span[1] and _LABEL_COLON_RE.match(text, cat_item.end)
              and re.search(r"[;,]", text[span[1]:cat_item.start])):  # not "$14.6 billion of that was CSF money:"
            # "Security-related aid: $8.3 bn; economic: $11.3 bn": a label names the amount after its colon
            cat_item = s.pick(span, [t for t in cat_terms if t.end <= span[0]])
        flow = ""
        if flow_item is not None:
            v = flow_item.value
            flow = "aid" if v in AID_CATEGORIES or v == "aid" else ("" if v == "money" else v)
        if cat_item is not None and flow == "":
            flow = "aid"
        if cat_item is None and flow in ("", "aid"):
            # "a package of $3.2 billion (economic + military)": a bracket of category words labels it
            lab = _LABEL_RE.match(text, r.end, s.end)
            if lab:
                inside = [t for t in terms if lab.start(1) <= t.start and t.end <= lab.end(1)]
                rest = list(text[lab.start(1):lab.end(1)])
                for t in inside:
                    rest[t.start - lab.start(1):t.end - lab.start(1)] = " " * (t.end - t.start)
                if any(t.value in AID_CATEGORIES for t in inside) and _LABEL_REST_RE.fullmatch("".join(rest)):
                    cat_item = [t for t in inside if t.value in AID_CATEGORIES][0]
                    flow = "aid"
        category = cat_item.value if (cat_item is not None and flow == "aid") else "unspecified"
        if flow == "aid" and category != "mixed" and (_coordinated_mixed(text, terms, cat_item)
                                                      or _coordinated_mixed(text, terms, flow_item)):
            category = "mixed"
        if ((_WITHOUT_CSF_RE.match(text, r.end, s.end) or _LEFT_WITH_RE.search(text, max(s.start, r.start - 40), r.start)
             or ((took := _TAKE_OUT_RE.match(text, s.start, r.start)) and _names_csf(text, lex, s.start, took.end())
                 and not _CURRENCY_MARK_RE.search(text, s.start, r.start)))  # "Take CSF out and it is just under $20bn"
                and _names_csf(text, lex, s.start, s.end)):
            category, flow = "mixed", "aid"  # "about $3 billion without it [CSF]": the rest (GUIDELINES 8.5)
        period = _period_of(text, s, span, s_tx, windows[k], all_sents, owners[k], tx, share_set)
        d = s.pick(span, donors, exclusive=False)
        rc = s.pick(span, recips, exclusive=False)
        donor = d.value if d else ""
        recipient = rc.value if rc else ""
        if recipient == donor:
            recipient = ""
        if category == "csf" and donor in ("", "PAK"):  # the Coalition Support Fund is the Pentagon's: "expenses
            donor, recipient = "USA", recipient or donor  # incurred by Pakistan's army", "Pakistan saw CSF money"
        if flow == "loan" and category == "unspecified":
            category = "economic"  # loans (IMF programmes, deposits) are economic support, not military
        amount = float(r.amount)
        per = pers[k][0]
        if per == "annual" and pers[k][1][1] <= r.start and period[0] and period[0] == period[1]:
            per = "total"  # "annual appropriations ... $4.5 billion in FY2010": one year's total
        records.append(Money(
            start=r.start, end=r.end, text=text[r.start:r.end], amount=amount, currency=r.currency,
            amount_usd=amount if r.currency == "USD" else None, qualifier=r.qualifier, per=per,
            period_start=period[0], period_end=period[1], category=category, donor=donor,
            recipient=recipient, part_of=None, amount_high=float(r.high) if r.high is not None else None,
            flow=flow,
        ))

    # a heading's amount ("## 6. $4.5 billion: the peak year") takes the period of its item's body,
    # the first time expression of the first sentence below it (GUIDELINES 8.6, heading amounts)
    for k, rec in enumerate(records):
        o = owners[k]
        if rec.period_start or rec.period_end or o not in all_sents or not _LABEL_COLON_RE.match(text, raws[k].end):
            continue
        line = text[text.rfind("\n", 0, o[0]) + 1:(text.find("\n", o[1]) + 1 or len(text) + 1) - 1]
        if len(line.split()) > HEADING_AMOUNT_MAX_WORDS or re.search(r"[.!?]\W*$", line):
            continue  # not a heading, a sentence
        i = all_sents.index(o)
        if i + 1 < len(all_sents) and "\n\n" in text[o[1]:all_sents[i + 1][0]]:
            body = all_sents[i + 1]
            x = next((x for x in tx if body[0] <= x.start < body[1]), None)
            if x is not None:
                rec = replace(rec, period_start=x.value[0] or "", period_end=x.value[1] or "")
            if rec.flow == "" and rec.category == "unspecified":  # aid, if its body speaks of aid
                status = _term_items(text, load_status_codebook(), body[0], body[1], spans)
                kinds = {it.value for it in _term_items(text, lex, body[0], body[1], spans)}
                if status:
                    rec = replace(rec, flow=status[0].value)  # "authorised $1.5 billion a year"
                elif kinds & (set(AID_CATEGORIES) | {"aid"}):
                    rec = replace(rec, flow="aid")
            records[k] = rec

    # a definite repeat ("two-thirds of the $33 billion") is the earlier mention of that amount
    for k, r in enumerate(raws):
        if not _DEFINITE_RE.search(text[max(0, r.start - 40):r.start]):
            continue
        ante = next((i for i in range(k - 1, -1, -1) if (raws[i].amount, raws[i].high, raws[i].currency)
                     == (r.amount, r.high, r.currency)), None)
        if ante is not None:
            records[k] = _inherit(records[k], records[ante], period=True, category=True)

    parents, rates = _link_parts(text, raws, owners, [p[0] for p in pers])

    # "$1.8 billion in FY 2010 and $1.19 billion in FY 2011, a total of almost $3 billion": the dated
    # amounts before a stated sum that they add up to (within 15%) are its parts; it covers their years
    for k, rec in enumerate(records):
        if (rec.per != "total" or rec.period_start or rec.period_end or k in parents or parents[k] is not None
                or not _SUM_BEFORE_RE.search(text, max(owners[k][0], raws[k].start - 40), raws[k].start)):
            continue
        run = [i for i in range(k) if owners[i] == owners[k] and parents[i] is None and i not in parents
               and raws[i].currency == raws[k].currency and records[i].per == "total"]
        # the longest run of dated amounts just before the sum that adds up to it
        parts = next((run[j:] for j in range(len(run) - 1)
                      if all(records[i].period_start for i in run[j:])
                      and abs(sum(raws[i].amount for i in run[j:]) - raws[k].amount) <= raws[k].amount * Decimal("0.15")), [])
        if parts:
            for i in parts:
                parents[i] = k
            cats = {records[i].category for i in parts} - {"unspecified"}
            if len(cats) == 1:
                rec = _inherit(rec, next(records[i] for i in parts if records[i].category in cats), category=True)
            records[k] = replace(rec, period_start=min(records[i].period_start for i in parts),
                                 period_end=max(records[i].period_end or records[i].period_start for i in parts))

    # "roughly $34.2 billion over FY2002-FY2018. That figure mixes three kinds of money: CSF: about
    # $14.6 billion ... Economic: about $11.3 billion ... Security: roughly $8.3 billion": the undated
    # amounts right after a total, which add up to it (within 3%), are its breakdown
    for p, tot in enumerate(records):
        if tot.per != "total" or not tot.period_start or parents[p] is not None:
            continue
        run: list[int] = []
        for k in range(p + 1, min(len(records), p + 1 + BREAKDOWN_MAX_PARTS)):
            rec = records[k]
            if parents[k] == p and not run:
                continue  # "Take CSF out and it is just under $20bn": what is left of it, before its breakdown
            if (parents[k] is not None or k in parents or rec.per != "total" or rec.period_start or rec.period_end
                    or raws[k].currency != raws[p].currency or raws[k].amount >= raws[p].amount
                    or not (_same_paragraph(text, raws[p].end, raws[k].start)
                            or _LABEL_LINE_RE.search(text, text.rfind("\n", 0, raws[k].start) + 1, raws[k].start))):
                break  # a part sits in the total's paragraph or on a label line below it ("CSF: about $14.6 billion")
            run.append(k)
            total = sum(raws[i].amount for i in run)
            if (len(run) >= 2 and abs(total - raws[p].amount) <= raws[p].amount * Decimal("0.03")
                    and _BREAKDOWN_CUE_RE.search(text, raws[p].end, raws[k].start)):  # the text says it breaks the total down
                for i in run:
                    parents[i] = p
                break
            if total > raws[p].amount:
                break

    # a programme runs from its approval to its expiry ("... before it expires next month")
    for k, rec in enumerate(records):
        if parents[k] is not None or rec.per != "total" or not rec.period_start or rec.period_start != rec.period_end:
            continue
        i = all_sents.index(owners[k]) if owners[k] in all_sents else -1
        zone_end = owners[k][1]
        if 0 <= i < len(all_sents) - 1 and _same_paragraph(text, owners[k][1], all_sents[i + 1][0]):
            zone_end = all_sents[i + 1][1]
        for x in tx:
            if raws[k].end <= x.start < zone_end and not x.is_range and _EXPIRY_RE.search(text[max(0, x.start - 80):x.start]):
                if rec.period_start < x.value[1]:
                    records[k] = replace(rec, period_end=x.value[1])
                break

    # single years of a multi-year total in the same paragraph are its components
    for k, rec in enumerate(records):
        if parents[k] is not None or k in parents or rec.per != "total":
            continue
        if not rec.period_start or rec.period_start != rec.period_end:
            continue
        for p in range(k - 1, -1, -1):
            tot = records[p]
            if not _same_paragraph(text, raws[p].end, raws[k].start):
                break
            if (parents[p] is None and tot.per == "total" and raws[p].currency == raws[k].currency
                    and raws[p].amount > raws[k].amount and tot.period_start and tot.period_end
                    and tot.period_start < tot.period_end and tot.period_start <= rec.period_start <= tot.period_end
                    and rec.flow in ("", tot.flow) and rec.category in ("unspecified", tot.category)):
                siblings = sum((raws[i].amount for i in range(k) if parents[i] == p), Decimal(0))
                if siblings + raws[k].amount <= raws[p].amount:
                    parents[k] = p
                break

    # components inherit from their total; a total whose components cover it with several
    # categories is mixed
    own_category = [rec.category for rec in records]
    for k, p in enumerate(parents):
        if p is None:
            continue
        tot = records[p]
        rec = _inherit(records[k], tot, period=True, category=True, actors=True)
        if k in rates:  # the annual rate of a multi-year total covers the same years
            rec = replace(rec, period_start=tot.period_start, period_end=tot.period_end)
        records[k] = replace(rec, part_of=p)
    # "about $19.6 billion (FY2002-18) ..., or a little over $1.1 billion a year": an annual amount
    # right after a multi-year total is its rate when the arithmetic says so (within 15%)
    for k in range(1, len(raws)):
        tot, rec = records[k - 1], records[k]
        if (parents[k] is None and owners[k - 1] == owners[k] and rec.per == "annual" and not (rec.period_start or rec.period_end)
                and tot.per == "total" and tot.period_start.isdigit() and tot.period_end.isdigit()
                and raws[k - 1].currency == raws[k].currency and ";" not in text[raws[k - 1].end:raws[k].start]
                and _RATE_LINK_RE.search(text, raws[k - 1].end, raws[k].start)):
            n_years = int(tot.period_end) - int(tot.period_start) + 1
            if n_years >= 2 and abs(raws[k].amount * n_years - raws[k - 1].amount) <= raws[k - 1].amount * Decimal("0.15"):
                parents[k] = k - 1
                rates.add(k)
                records[k] = replace(_inherit(rec, tot, period=True, category=True), part_of=k - 1)
    for p in set(x for x in parents if x is not None):
        comps = [k for k, x in enumerate(parents) if x == p and k not in rates]
        cats = {own_category[k] for k in comps} & {"security", "csf", "economic", "humanitarian"}
        covered = sum((raws[k].amount for k in comps), Decimal(0)) >= raws[p].amount * Decimal("0.9")
        if len(cats) >= 2 and covered and records[p].flow in ("", "aid"):
            records[p] = replace(records[p], category="mixed", flow="aid")

    # a conversion restates the money before it in another currency: same category and period
    # (GUIDELINES 8.5: its own row, not part_of)
    for k in range(1, len(raws)):
        a, b = raws[k - 1], raws[k]
        if owners[k - 1] != owners[k] or a.currency == b.currency or parents[k] is not None:
            continue
        between = text[a.end:b.start]
        if _CONVERSION_GAP_RE.fullmatch(between) or (_CONVERSION_END_RE.search(between) and _AT_RATE_RE.match(text, b.end)):
            records[k] = _inherit(records[k], records[k - 1], period=True, category=True, actors=False)

    # "fell from $849 million (security) to $23 million": both ends of a change are the same money;
    # "another $300 million": more money of the kind last mentioned
    for k, r in enumerate(raws):
        rec = records[k]
        if rec.category != "unspecified":
            continue
        src, change = None, False
        if (k > 0 and owners[k - 1] == owners[k] and _FROM_RE.search(text[max(0, raws[k - 1].start - 10):raws[k - 1].start])
                and _FROM_TO_GAP_RE.match(text[raws[k - 1].end:r.start])):
            src, change = k - 1, True  # whatever other money word is nearer ("civilian investment, yet ...")
        elif _ANOTHER_RE.search(text[max(0, r.start - 20):r.start]):
            src = next((i for i in range(k - 1, -1, -1) if raws[i].currency == r.currency), None)
        elif rec.flow == "" and parents[k] is None:
            # no money word in the sentence at all: the passage's last amount says what money it is
            # (unless it is a part of this one: "$14.6bn of the $34.2bn")
            prev = k - 1
            if (prev >= 0 and _same_paragraph(text, raws[prev].end, r.start) and raws[prev].currency == r.currency
                    and parents[prev] != k):
                src = prev
        if src is not None and (change or rec.flow in ("", records[src].flow)):
            records[k] = replace(rec, category=records[src].category, flow=records[src].flow)
    records = _statuses(text, records, sents, owners, spans, parents)
    return records if shown is text else [replace(r, text=shown[r.start:r.end]) for r in records]


_HELD_UP_AS_RE = re.compile(r"held\s+up\s+as\b", re.I)


def _statuses(text: str, records: list[Money], sents: dict, owners: list, spans: list, parents: list) -> list[Money]:
    """Aid that was authorised, requested or withheld rather than given ("authorized $7.5 billion",
    "$300 million in CSF was withheld"): a status word in the amount's clause sets its flow; an
    annual rate or component of such a total shares it."""
    status_lex = load_status_codebook()
    out = list(records)
    for k, rec in enumerate(records):
        if rec.flow not in ("", "aid"):
            continue
        s = sents[owners[k]]
        items = [it for it in _term_items(text, status_lex, s.start, s.end, spans)
                 if not _HELD_UP_AS_RE.match(text, it.start)]  # "held up as a model" is praise
        hit = s.pick(spans[k], items, clause_only=True)
        lo, hi = s.clauses[s.clause_of(spans[k][0])]
        if hit is None and not re.search(r"[A-Za-z0-9]", text[lo:spans[k][0]] + text[spans[k][1]:hi]):
            # a clause that is only the amount: an appositive ("... held up since last winter, some
            # $1.1 billion, is to be released") or a label ("$7.5 billion: civilian aid authorised ...")
            hit = s.pick(spans[k], items)
        if hit is not None:
            out[k] = replace(rec, flow=hit.value)
    for k, p in enumerate(parents):
        if p is not None and out[p].flow in STATUS_FLOWS and out[k].flow in ("", "aid"):
            out[k] = replace(out[k], flow=out[p].flow)
    return out


def _inherit(rec: Money, src: Money, *, period: bool = False, category: bool = False, actors: bool = True) -> Money:
    """Fill what ``rec`` leaves open from ``src`` (the same money, or the total it is part of)."""
    upd = {}
    if period and not (rec.period_start or rec.period_end):
        upd.update(period_start=src.period_start, period_end=src.period_end)
    if category and rec.category == "unspecified" and rec.flow in ("", "aid", src.flow):
        upd.update(category=src.category, flow=rec.flow or src.flow)
    if actors:
        donor = rec.donor or src.donor
        recipient = rec.recipient or src.recipient
        upd.update(donor=donor, recipient="" if recipient == donor else recipient)
    return replace(rec, **upd) if upd else rec


def _list_time(text: str, s: _Sentence, span: tuple[int, int], s_tx: list[_Item]) -> _Item | None:
    """The sentence's last time (not a news day) before ``span`` if an earlier amount stands between
    them (and no semicolon does): the time that opens a list of amounts."""
    before = [x for x in s_tx if s.contains(x) and x.end <= span[0]]
    # a news day is when the list was reported, not its period ("re-ran the FY2002-FY2018 totals on
    # Monday: $34.2 billion with CSF, $19.6 billion without it")
    before = [x for x in before if not x.news_day] or before
    if not before:
        return None
    x = max(before, key=lambda it: it.end)
    if ";" in text[x.end:span[0]] or not any(x.end <= a[0] and a[1] <= span[0] for a in s.anchors if a != span):
        return None
    if not x.is_range and _duration_years(text, s.start, s.end) is not None:
        return None  # "In 1981 ... a six-year package of $3.2 billion": the year of the decision only
    return x


def _about_money(text: str, m: re.Match, lex: _Lexicon, money_spans: list[tuple[int, int]]) -> bool:
    """Is the share ``m`` a share of money ("43% of the total aid"), not of something else ("a third
    of the country")? Its of-phrase holds a money term or an amount, or is "the total", "it"."""
    w = _OF_WHAT_RE.match(text, m.end())
    if not w:
        return False
    lo, hi = w.start("what"), w.end("what")
    return (bool(_term_items(text, lex, lo, hi, [])) or any(lo <= a < hi for a, _ in money_spans)
            or w.group("what").strip().lower() in _ANAPHORIC_TOTALS)


_PRESENT_STATE = re.compile(r"\b(?:is|are|am|has|have)\b", re.I)


def _period_of(text: str, s: _Sentence, span: tuple[int, int], s_tx: list[_Item], window: tuple[int, int],
               all_sents: list[tuple[int, int]], owner: tuple[int, int], tx: list[_Item],
               shares: frozenset[tuple[int, int]] = frozenset()) -> tuple[str, str]:
    """The period of one amount (see module docstring)."""
    # a news day before a colon is when the words after it were said ("hit back this morning: ... US
    # aid was a minuscule $20 bn"), not the period of the past amounts they name; a present state
    # they report is that day's ("confirmed yesterday: the administration is holding back $800 million")
    s_tx = [x for x in s_tx if not (x.news_day and x.end <= span[0] and ":" in text[x.end:span[0]]
                                    and not _PRESENT_STATE.search(text, text.index(":", x.end), span[0]))]
    if len(s_tx) > 1:  # "..., a drop of 97 percent from the FY2011 level": a comparison's base, not its time
        s_tx = [x for x in s_tx if not comparison_base(text, x.start, x.end)] or s_tx
    years = _duration_years(text, *window)
    if years is None:  # "a six-year, $3.2 billion package": the duration is an adjective before the comma
        lead = _DURATION_LEAD_RE.search(text, max(s.start, span[0] - 30), span[0])
        years = _duration_years(text, lead.start(), lead.end()) if lead else None
    if years is None:
        # "since FY2010, when they peaked at $1.8 billion": the when-clause is that time's
        t = next((x for x in s_tx if x.end <= span[0] and _WHEN_CLAUSE_RE.fullmatch(text, x.end, span[0])), None)
        if t is not None:
            since = re.match(r"(?:ever\s+)?since\b", text[t.start:t.end], re.I) or _SINCE_RE.search(text, max(0, t.start - 8), t.start)
            return (t.value[0], t.value[0]) if since or not t.value[1] else t.value
        # "2016: ... $300m of the FY2015 money is withheld": the budget year the amount belongs to
        t = next((x for x in s_tx if x.start >= span[1] and _OF_BUDGET_GAP_RE.fullmatch(text, span[1], x.start)
                  and _FISCAL_TEXT.search(text, x.start, x.end) and _BUDGET_NOUN_RE.match(text, x.end)), None)
        if t is not None:
            return t.value
        t = next((x for x in s_tx if x.start >= span[1]), None)
        if (t is not None and t.is_range and FOR_YEARS.search(text, max(span[1], t.start - 20), t.start)
                and _FOR_YEARS_GAP_RE.fullmatch(text, span[1], t.start)):
            return t.value
        # "FY2010 – ... reaches its post-9/11 peak, some $4.5 billion": a list item's head dates it
        head = next((x for x in s_tx if _ITEM_HEAD_RE.fullmatch(text, s.start, x.start)
                     and _HEAD_DASH_RE.match(text, x.end)), None)
        if head is not None and head.end <= span[0] and not any(
                x is not head and x.is_range and text[x.start:x.end][:1].isdigit() and s.clause_of(x.start) == s.clause_of(span[0])
                for x in s_tx):
            return head.value
        # "a $3 billion Stand-By Arrangement in July 2023 and a $7 billion EFF in September 2024": the
        # time right after the amount's noun, before the next item of a list, is its own
        t = next((x for x in s_tx if x.start >= span[1] and _OWN_TIME_AFTER_RE.fullmatch(text, span[1], x.start)
                  and not any(span[1] <= a[0] < x.start for a in s.anchors)), None)
        if t is not None and (_LIST_ITEM_AFTER_RE.match(text, t.end)
                              or _LIST_ITEM_BEFORE_RE.search(text, max(s.start, span[0] - 12), span[0])):
            return t.value
        t = next((x for x in s_tx if x.end <= span[0] and _TIME_NOUN_OF_RE.fullmatch(text, x.end, span[0])), None)
        if t is None:  # not "the FY 2014 estimate of $1,003.2 million" (that time is its own)
            t = s.pick(span, s_tx, prefer_ranges=True, clause_only=True)
        if t is None:  # "from FY2002 through FY2009 it paid $7.4 billion ... while appropriating $7.8
            # billion": the time before an earlier amount of the sentence dates the list it opens
            t = _list_time(text, s, span, s_tx)
        multi_year = _duration_years(text, s.start, s.end) is not None  # "a six-year package": a point is its date
        if t is None:  # "In fiscal year 2018, the most recent year ..., appropriations totaled $107 million, and
            # ... no CSF payments after fiscal year 2016": a fronted time dates the amount it leads to
            rel = _RELATIVE_AFTER_RE.match(text, span[1])  # "$7.5 billion, which was disbursed during 2010-2014"
            own_range = rel is not None and any(y.is_range and y.start >= rel.end() and s.contains(y)
                                                and not _COORD_BREAK_RE.search(text, span[1], y.start) for y in s_tx)
            t = next((x for x in s_tx if s.contains(x) and x.start < span[0] and (x.is_range or not multi_year)
                      and _OPENER_RE.fullmatch(text[s.start:x.start]) and text.startswith(",", x.end)
                      and not any(x.end <= y.start < span[0] for y in s_tx)), None) if not own_range else None
        if t is None:
            t = s.pick(span, s_tx, prefer_ranges=True)
        if t is not None and multi_year and not t.is_range and _PACKAGE_RE.search(text, max(s.start, span[0] - 25), min(s.end, span[1] + 12)):
            return ("", "")  # "a six-year package ..., and a second package of $4.02 bn followed in 1986" (GUIDELINES 8.5)
        if t is None:  # "Between 1954 and 1965 the US gave $2.5 billion ... and $700 million ...": a
            # time that opens the sentence dates every amount in it
            t = next((x for x in s_tx if s.contains(x) and (x.is_range or not multi_year) and x.start < span[0]
                      and _OPENER_RE.fullmatch(text[s.start:x.start])), None)
        if t is None:  # "Congress appropriated $7.3 billion ... and $10.1 billion ... between FY2002 and
            # FY2014": the sentence's only time dates the amounts coordinated with it (not across
            # "while", "but" or a semicolon: "a loan in September, while China rolled over $4 billion")
            only = [x for x in s_tx if s.contains(x)]
            lo, hi = (min(only[0].end, span[1]), max(only[0].start, span[0])) if only else (0, 0)
            if (len(only) == 1 and not _LIST_BREAK_RE.search(text, lo, hi)
                    and not any(lo <= a[0] < hi for a in s.anchors if a in shares)):  # nor a share's time
                t = only[0]
        if t is not None and not t.is_range:  # "$2 billion a year in FY2011 and FY2012": both years
            t2 = next((x for x in s_tx if x.start > t.end and re.fullmatch(r"\s+and\s+", text[t.end:x.start])
                       and not x.is_range and len(x.value[0]) == len(t.value[0]) == 4 and x.value[0] > t.value[0]), None)
            if t2 is not None:
                return t.value[0], t2.value[1] or t2.value[0]
        return t.value if t is not None else ("", "")
    # "US$7.5bn over five years": only a range of that many years is its period (in the sentence,
    # else in the next or previous sentence of the paragraph); a point is the date of the decision
    # "$3 billion over five years beginning in fiscal year 2005": the stated start and length (2005-2009)
    dur = _DURATION_RE.search(text, span[1], s.end)  # the amount's own: the first duration after it
    begin = (_BEGINNING_RE.match(text, dur.end()) if dur and re.fullmatch(r"[^$;]{0,40}", text[span[1]:dur.start()])
             else None)
    start = next((x for x in s_tx if begin and x.start == begin.end() and not x.is_range and x.value[0].isdigit()), None)
    if start is not None:  # "beginning in October 2004": five years to September 2009
        first, n = int(start.value[0]), int(_number(dur.group("n") or dur.group("m")))
        later_month = re.match(r"(?i)(?:the\s+)?(?:feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", text[start.start:start.end])
        return str(first), str(first + n - 1 + bool(later_month))
    fits = [x for x in s_tx if _fits_duration(x, years)]
    if fits:
        return min(fits, key=lambda x: s.distance(x, span)).value
    i = all_sents.index(owner) if owner in all_sents else -1
    if i >= 0:
        for j in (i + 1, i - 1):
            if 0 <= j < len(all_sents) and _same_paragraph(text, min(owner[0], all_sents[j][0]), max(owner[1], all_sents[j][1]) - 1):
                nb = [x for x in tx if all_sents[j][0] <= x.start < all_sents[j][1] and _fits_duration(x, years)]
                if nb:
                    return nb[0].value
    return ("", "")


# --------------------------------------------------------------------------- shares


def extract_shares(text: str, sentences: Sequence[tuple[int, int]], timexes: Sequence = (),
                   published: str | None = None, *, aliases: Mapping[str, str] | None = None,
                   codebook: str | Path | None = None) -> list[Share]:
    """Share claims about money ("over 70% of US assistance ...") as :class:`Share` records."""
    shown, text = text, english_numbers(typeset.plain(text))  # a LaTeX source's "30\%" read as typeset
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
    tx = _timex_items(text, timexes, published, anchors_all, sentences)

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
        if t is None and what.lower() in _ANAPHORIC_TOTALS:  # "43 percent of it", "of the total": the total's years
            t = s.pick(span, [x for x in tx if s.contains(x)], exclusive=False, prefer_ranges=True)
            if t is None:
                prev = max((o for o in sentences if o[1] <= s.start), default=None)  # the sentence before
                before = [x for x in tx if prev and x.is_range and prev[0] <= x.start < prev[1]
                          and _same_paragraph(text, x.start, s.start)]
                t = before[-1] if before else None
        period = t.value if t is not None else ("", "")
        donors, recips = _actor_items(text, alex, lex, s.start, s.end, anchors_all)
        d = s.pick(span, donors, exclusive=False)
        rc = s.pick(span, recips, exclusive=False)
        donor, recipient = (d.value if d else ""), (rc.value if rc else "")
        out.append(Share(
            start=m.start(), end=m.end(), text=shown[m.start():m.end()], share=value,
            qualifier=_qualifier(m.group("qual")), of_what=what,
            period_start=period[0], period_end=period[1],
            category=cat_item.value if cat_item is not None else "unspecified",
            donor=donor, recipient="" if recipient == donor else recipient,
        ))
    return out
