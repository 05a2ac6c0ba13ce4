"""Dated events: statements that something happened at a stated or inferable time.

Method. A sentence yields an event for each time expression in it that dates an occurrence:
points (day, month, year, fiscal year, part of a year), bounded ranges of at most
`MAX_RANGE_YEARS`, resolved anaphora ("later that year") and relative dates, and named periods
that are a single day ("9/11"). Expressions that only frame a period — decades, centuries,
open ranges ("since 2001"), anchored spans, multi-year named periods ("the Cold War") — do not
(unless an action in the clause happens over it: "In the 1990s, assistance was cut off"),
nor do sentences about the future or hypotheticals, nor times after the publication date, nor
title-case headings, statistics other than aid (trade, remittances, war costs), sentences that
only split the total before them, or the years an amount covers ("for fiscal years 2010 through
2014" beside the date it was authorised). A sum of money over a long range is an aid level
("between 2002 and 2018 ... sent $33 billion"). "Since X, when ..." dates the happening to X.
"After X" / "following X" / "post-X",
with X the time expression itself, give an open end (date_end blank). A sentence with no time
expression that continues a dated event of the same paragraph — past tense, a trigger word,
and a person or organisation (not only states) as actor — inherits its date (`date_source` =
inferred). A time standing alone as a paragraph (a slide's "1954 🤝", a "## 2011" heading) dates
the happening stated in the paragraph right under it (`date_source` = label).

The event type comes from the trigger words of `codebooks/event_types.csv`: the first in the
clause of the time expression, else the nearest in the sentence (`other` if none). Actors are
the codebook actors mentioned in the sentence, people with the state they act for. A sentence
that pairs an explicit date with a named period that excludes it ("In 2016, the Trump
administration ...") is flagged as internally inconsistent.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .errors import InputError
from .money import FOR_YEARS, RATE_DATE_AFTER, comparison_base, names_budget
from .paths import CODEBOOKS

MAX_RANGE_YEARS = 10
POINT_KINDS = {"date", "month", "year", "fiscal_year", "range", "part_of_year", "anaphoric", "relative"}
FRAME_KINDS = {"decade", "century", "part_of_decade", "open_range", "span", "named_period"}
_FUTURE = re.compile(r"\b(?:will|would|could|might|may(?!\s+\d)|should|must|shall|(?:is|are) (?:likely|expected) to|"
                     r"plans? to|aims? to|hopes? to|intends? to)\b"  # lower case: "May 1954" is a month
                     r"|(?<=[A-Za-z])['’]ll\b")  # "I'll pull the FY2023 numbers tomorrow"
#: where a reported or relative clause begins: its modal verbs are not the main clause's ("told reporters
#: yesterday that the programme would be ...", "said the talks would resume"); and a coordinated clause with a
#: subject and modal of its own ("the waiver was signed on 22 September 2001 and the sentence should give the date")
_SUBCLAUSE = re.compile(r";|,\s+when\b|\b(?:which|who|whom|whose|because|although|though|whereas)\b"
                        r"|,?\s+(?:but|and)\s+(?=(?:the|this|that|its|our|their|his|her)\s+\w+\s+(?:should|must|would|will|could|may|might)\b)"
                        r"|\b(?:saying|warning|arguing|adding|noting|claiming|insisting|stating|predicting)\b"  # "..., warning that it would"
                        r"|\b(?:(?:said|says|announced|stated|warned|noted|added|argued|"
                        r"reported|claimed|insisted|confirmed|agreed|answered|replied|testified|declared|tweeted|wrote|notified"
                        r"|(?:gave|served|issued)\s+(?:formal\s+|written\s+)?notice"
                        r"|(?:believed|thought|hoped|expected|feared|assumed)(?!\s+to\b))"
                        r"|(?:told|assured|informed|warned|promised)(?:\s+[\w’'-]+){1,6}?(?=\s+that\b))"
                        r"(?:(?:\s+[\w’'-]+,?){0,5}?\s+that\b|(?=\s))")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+(?:\w+ly\s+)?)?(?:[a-z]+ed|given|made|taken|sent|paid|"
                      r"spent|held|brought|sought|grown|risen|fallen|built|won|lost|fought|kept|met)\b")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# "before X", "until X": the time bounds a happening that came earlier, not when it happened; but
# "it took until December 1998 to settle", "not until 2001 did": the happening came at X
_BEFORE = re.compile(r"\b(?:before|prior to|(?<!\btook )(?<!\btakes )(?<!\btake )(?<!\bnot )(?:until|till))\s+(?:the\s+)?$", re.I)
_AFTER_PHRASE = re.compile(r"\b(?:after|following|since|in the (?:wake|aftermath) of"
                           r"|within (?:(?:a few|a couple of|several|two|three|four|five|six|\d+) )?(?:hours|days|weeks|months) of"
                           r"|followed(?=\s+(?!(?:in|on|at|during|by|suit|soon|shortly|quickly|later)\b)))\s", re.I)
# "closed until July 3, 2012, when Pakistan reopened them": the when-clause happened at the bound
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)
_UNTIL = re.compile(r"\b(?<!\btook )(?<!\bnot )(?:until|till)\s+(?:the\s+)?$", re.I)


def _when_trigger(text: str, s0: int, s1: int, t, triggers) -> tuple | None:
    """The first trigger of the when-clause right after an "until" time ("closed until July 3, 2012,
    when Pakistan reopened them"): that happening came at the time; None if there is no such clause
    or it tells of no past happening."""
    if not (_UNTIL.search(text[s0:t.start]) and (m := _WHEN_AFTER.match(text, t.end))):
        return None
    stop = next((b.start() + m.end() for b in re.finditer(r"[;:]", text[m.end():s1])), s1)
    found = next((tr for tr in triggers if m.end() <= tr[0] < stop), None)
    if found is None and _PAST.search(text[m.end():stop]):
        found = (m.end(), "", "other")  # a past happening the typology has no word for
    return found


_PHRASE_END = re.compile(r"[,;:!?)]|\.\s|\b(?:when|while|before|until|but)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]\s|,\s(?=(?:and|but|while|whereas|which|who|when|where)\b)|\s[—–]\s")
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|met|took|made|became|began|came|went|gave|left|saw|said|told|led|"
                   r"won|fell|rose|brought|sought|held|kept|struck|sold|paid|sent|spent|shut|cut|put|set|hit|got|"
                   r"drew|grew|knew|threw|flew|wrote|spoke|broke|chose|stood|ran|found|lost|fought|bought|built|"
                   r"froze|withdrew|withheld|upheld|overthrew|undertook|swore|shook|drove|rode|fled|dealt|"
                   r"lent|hid|laid|sank|tore|caught|taught|swept)\b")
_COPULA = r"(?:was|were|had|remained|seemed|appeared|looked|stayed|felt|became\s+(?:more|less|increasingly))"
#: a past-tense verb of action (not a copula or a verb of state) in a clause
_ACTION = re.compile(rf"\b(?!{_COPULA}\b)(?:[a-z]{{3,}}ed|became|began|came|went|gave|took|made|left|led|won|fell|"
                     r"rose|brought|sought|struck|sold|paid|sent|spent|shut|cut|hit|drew|threw|flew|wrote|spoke|"
                     r"broke|chose|ran|found|lost|fought|bought|built|froze|withdrew|withheld|overthrew|fled|swore)\b")
_PRESENT_BE = re.compile(r"\b(?:is|are|am|remains?|stays?)\s+(?:being\s+)?(?:\w+ly\s+)?$", re.I)


def _past_verb(clause: str) -> bool:
    """A past-tense verb in the clause, not a participle after a present "is" ("is closed to visitors",
    "is being expanded")."""
    return any(not _PRESENT_BE.search(clause, max(0, m.start() - 30), m.start()) for m in _PAST.finditer(clause))


#: "this year", "next month": a present or future period dates a happening only in a past-tense
#: sentence ("Launch a review this year" is a recommendation)
_PRESENT_OR_FUTURE = re.compile(r"\b(?:this|next|coming|current|today|tonight)\b", re.I)
#: a time ahead of publication whatever the tense ("takes effect later this month")
_AHEAD = re.compile(r"\b(?:later\s+this|next|coming|upcoming|tomorrow)\b", re.I)
#: the years an amount covers, not when anything happened ("authorised $7.5 billion ... for fiscal years 2010
#: through 2014"); a time expression that itself says "fiscal years" carries the words in its span
_COVERED = FOR_YEARS  # "for the", "for each of fiscal years 2010 through 2014"
_AUTHORISED = re.compile(r"\bauthori[sz]ed\s+for\s+(?:the\s+)?$", re.I)  # an authorisation's years (GUIDELINES 8.9)
#: what a report or a data set covers ("It covers the period from 2 to 8 September 2022")
_SCOPE = re.compile(r"\bcover(?:s|ed|ing)?\s+(?:the\s+)?(?:period|years?|months?|weeks?|days?)\s+$", re.I)
# what a collection holds, in a sentence about the collection: "Added 14,220 articles published between
# July 2022 and December 2023", "articles from 2001–2011 make up 40% of the corpus": the documents'
# dates (GUIDELINES 8.24); not "Documents published in June 1971 revealed the US tilt"
_HOLDS = re.compile(r"\b(?:articles|documents|records|stories|texts|tweets|cables|reports)\s+(?:(?:published|dated|written"
                    r"|filed|issued|collected)(?:\s+(?:from|between|in|during|since))?|from|between)\s+(?:the\s+)?$", re.I)
_COLLECTION = re.compile(r"\b(?:corpus|data\s?set|sample|collection|archive|database|make\s+up|makes\s+up|comprises?"
                         r"|consists?\s+of|add(?:s|ed)?|includes?|included)\b", re.I)
#: a title or heading: a short line without a verb-like word or closing punctuation ("The making of
#: an alliance, 1953–1959"); with no trigger it names a topic, not a happening
_HEADING = re.compile(r"[^.!?;]{1,120}(?<![.!?;:\"”’'])")
#: a sentence that splits the amount of the sentence before (GUIDELINES 8.4: no row of its own)
_SPLIT_OF_TOTAL = re.compile(r"\s*(?:of|out of)\s+(?:this|that|the|these|those)\s+(?:total|amount|sum|money|figures?|"
                             r"funds?|aid|assistance)\b", re.I)
#: statistics other than aid (GUIDELINES 8.4: no row) when no event trigger is in the sentence
_STATISTIC = re.compile(r"\b(?:exports?|imports?|trade|remittances?|inflation|reserves|GDP|growth rate|deficit|"
                        r"exchange rate|unemployment|goods|market|primary surplus|"
                        r"the current[- ]account\s+(?:surplus|deficit|balance|recorded|posted|showed|registered)|"
                        r"(?:growth|inflation|revenue) (?:projections?|forecasts?))\b", re.I)
_MONEY = re.compile(r"(?:US\s?\$|\$|USD\s?)\s?\d|\b\d[\d,.]*\s*(?:billion|million|bn|mn)\b(?!\s+(?:people|Pakistanis|"
                    r"refugees|barrels|tons|tonnes))", re.I)
_WAR_COST = re.compile(r"\b(?:loss(?:es)?|lost|costs?|damages?)\b", re.I)
_HAD_DONE = re.compile(r"\bhad\s+(?!been\b)[a-z]+(?:ed|en|wn|ne|ft|lt|nt|ught|ook|ade|ame|ent)\b")  # "had withdrawn"
# "was at its highest", "was indeed a frontline ally", "were tense": a state (a passive "was added" is a happening)
_STATE_WHEN = re.compile(r"\b(?:was|were)\s+(?:indeed\s+|still\s+|very\s+|so\s+)?(?:at|in|a|an|the|[a-z]+(?:ful|ous|ive|al|ic|ent|se))\b")
_WHEN_CLAUSE = re.compile(r"\s*,\s*when\s+(?P<clause>[^,;.]{0,80})")
# a main clause that enters a new condition, not a happening ("entered a quieter phase")
_STATE_CHANGE = re.compile(r"\bentered\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:phase|period|era|stage|chapter)\b", re.I)
# a change named by its extent alone ("After 9/11 everything changed", "9/11 flips everything")
_VAGUE_CHANGE = re.compile(r"\beverything\s+(?:changed|shifted|changes|shifts)\b|"
                           r"\b(?:changed|changes|flip(?:s|ped)?|transformed|transforms|upended|upends)\s+everything\b", re.I)
_OCCURS = re.compile(r"\b(?:happen(?:s|ed)?|occur(?:s|red)?|struck|strikes|hits?)\b", re.I)  # "9/11 happens and everything changes"
_FUNCTION_WORDS = frozenset("then and so but on in at after since with for of the a an it this that by when".split())


def _vague_change(sentence: str, time_text: str) -> bool:
    """Does the sentence say only that everything changed at its time ("Then, on 11 September 2001,
    everything changed.", "Then 9/11 flips everything."), naming no happening of its own ("The 1971
    war with India changed everything" names the war; "9/11 happens and everything changes")?"""
    if not _VAGUE_CHANGE.search(sentence) or _OCCURS.search(sentence):
        return False
    rest = _VAGUE_CHANGE.sub(" ", sentence.replace(time_text, " "))
    rest = re.sub(r"^\s*[A-Z][A-Z .'-]{1,40}:", " ", rest)  # a speaker's label ("NARRATOR:")
    return all(w.lower() in _FUNCTION_WORDS for w in re.findall(r"[A-Za-z]+", rest))


# a participle or adjective after these states a condition ("remained flooded", "seemed worried"); after
# "was" it may be a passive happening ("sanctions were waived")
_AFTER_COPULA = re.compile(r"\b(?:seemed|seems|remained|remains|looked|looks|felt|feels|grew|stayed)\s+(?:\w+ly\s+)?$", re.I)
# "became the conduit", "became America's key ally": a role taken on, not a state ("became tense")
_ROLE_AFTER = re.compile(r"\s+(?:again\s+|once\s+more\s+)?(?:(?:a|an|the|its|their|his|her|one|part)\b|[A-Z][\w.-]*['’]s\s)")


def _happening(clause: str) -> bool:
    """Does the clause state a happening: an action verb that is no participle after a copula, and a
    "became" that takes on a role ("became the conduit"), not a state ("became tense")?"""
    if _STATE_CHANGE.search(clause):
        return False
    clause = _VAGUE_CHANGE.sub(" ", clause)  # "everything changed": no happening named (GUIDELINES 8.12)
    for m in _ACTION.finditer(clause):
        if _AFTER_COPULA.search(clause, max(0, m.start() - 30), m.start()):
            continue
        if m.group(0).lower() == "became" and not _ROLE_AFTER.match(clause, m.end()):
            continue
        return True
    return False
_TITLE_LOWER = frozenset("from into over with after before under between against during without about amid "
                         "than that this versus upon onto toward towards since until across through within beyond "
                         "behind along amongst among".split())
# a run of years named as a label ("FY2010–FY2016" in a sheet's title), not an ISO date ("2025-01-20")
_LABEL_RANGE = re.compile(r"(?<![0-9-])(?:1[89]|20)[0-9]{2}\s*(?:[-–—]|to|through)\s*(?:FY\s?)?(?:[0-9]{4}|[0-9]{2})(?![0-9-])")
_INITIAL_DOT = re.compile(r"\b([A-Z])\.(?=[A-Z ])")  # "U.S. Aid" is still a heading
_SECTION_NO = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")  # "5.2 Aid, reimbursement and leverage, 2001–2018"
# "B. The 1998 nuclear tests.": a memo's lettered section heading, its time a modifier; not a lettered
# chronology item, whose time follows a preposition ("A. Pakistan tests nuclear devices in May 1998.")
_LETTERED = re.compile(r"^(?:[A-H]|[IVX]{1,5})\.\s+(?=[A-Z])")
_TIME_PREPOSITION = re.compile(r"\b(?:in|on|at|during|since|by|from|until|after|before)\s+(?:the\s+)?$", re.I)
_LINKED = re.compile(r"\b(?:to|until|till|through|and|from|between|before|after|since|by|or)\b", re.I)


@dataclass(frozen=True)
class EventType:
    event_type: str
    definition: str
    triggers: tuple[str, ...]


@dataclass(frozen=True)
class Event:
    """One dated event stated in one sentence."""

    sent_id: int
    start: int          # sentence span in the cleaned text
    end: int
    timex_text: str
    timex_start: int
    date_start: str
    date_end: str
    precision: str
    actors: tuple[str, ...]
    persons: tuple[str, ...]
    event_type: str
    trigger: str
    label: str
    quote: str
    consistency: str    # "" or a note on a date the sentence itself contradicts
    date_source: str    # stated (a time expression in the sentence) / inferred (from the previous sentence)
    #                     / label (from a time standing alone on the line above: a slide's "1954 🤝")


@lru_cache(maxsize=2)
def load_event_types(path: str | None = None) -> tuple[EventType, ...]:
    """The event typology with its trigger words (a data file, editable); malformed rows are refused."""
    from .sources import read_csv
    p = Path(path) if path else CODEBOOKS / "event_types.csv"
    out = []
    for n, row in read_csv(p, ["event_type", "definition", "triggers"], what="event typology"):
        triggers = tuple(t.strip().lower() for t in row["triggers"].split(";") if t.strip())
        if not row["event_type"].strip() or not triggers:
            raise InputError(p, f"row {n} lacks event_type or triggers", "Fill both columns")
        out.append(EventType(row["event_type"].strip(), row["definition"], triggers))
    return tuple(out)


def _key(trigger: str) -> str:
    return re.sub(r"[\s-]+", " ", trigger.lower())


@lru_cache(maxsize=2)
def _trigger_regex(types: tuple[EventType, ...]) -> tuple[re.Pattern, dict[str, str]]:
    owner = {}
    for et in types:
        for t in et.triggers:
            owner.setdefault(_key(t), et.event_type)
    alts = sorted(owner, key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a).replace(r"\ ", r"[\s-]+") for a in alts) + r")(?![\w-])", re.I)
    return rx, owner


def _year(v: str) -> int:
    return int(v[:4])


def dates_event(tx) -> bool:
    """True when a time expression dates an occurrence rather than framing a period."""
    if not tx.value_start or not tx.value_end:
        return False
    if tx.kind == "named_period":
        return tx.precision == "day" and tx.value_start == tx.value_end
    if tx.kind not in POINT_KINDS:
        return False
    return _year(tx.value_end) - _year(tx.value_start) <= MAX_RANGE_YEARS


def _overlaps(a0: str, a1: str, b0: str, b1: str) -> bool:
    """Do two ISO intervals overlap, each end compared at the coarser precision?"""
    def lo(x, y):
        n = min(len(x), len(y))
        return x[:n], y[:n]
    s, e = lo(a0, b1)
    s2, e2 = lo(b0, a1)
    return s <= e and s2 <= e2


def _clause(sentence: str, pos: int, max_words: int = 12) -> str:
    """The clause of `sentence` around character `pos`, trimmed to `max_words` words."""
    bounds = [m.end() for m in re.finditer(r"[,;:—–(]\s|\s[—–]\s", sentence) if m.end() <= pos]
    start = bounds[-1] if bounds else 0
    end_m = re.compile(r"[,;:.!?)]|\s[—–]\s").search(sentence, pos)
    end = end_m.start() if end_m else len(sentence)
    words = sentence[start:end].split()
    return " ".join(words[:max_words]).strip(" “”\"'")


def _trigger_in_clause(text: str, triggers, t) -> list:
    """Triggers with no clause break between them and the time expression `t`."""
    return [x for x in triggers if not re.search(r"[;:.]|,\s", text[min(x[0], t.start):max(x[0], t.start)])]


# a sum paid out since a time ("has spent more than $30 billion"; an aid total that "totals Rs 36.4 billion"),
# not "has failed to spend", "has not received", "has invested" or a debt that "has totalled"
_SUM_VERB = re.compile(r"\b(?:has|have)\s+(?:(?:already|so\s+far|now|together)\s+)?(?:spent|given|paid|sent|lent|provided|"
                       r"disbursed|delivered|poured|contributed|transferred|granted|channell?ed)\b", re.I)
_AID_TOTAL = re.compile(r"\b(?:aid|assistance|funds?|grants?|counterpart|reimbursements?)\b[^.;]{0,60}\btotal(?:s|led|ed)\b",
                        re.I)


def _dated_by_action(text: str, s0: int, s1: int, t, triggers, alone: bool = True) -> bool:
    """An open range with a present-perfect verb and a trigger ("since 2009, US assistance has
    helped ...") or a long range with a trigger ("in FY2002–FY2018, Congress appropriated ... in
    assistance") dates an event too: a cumulative action, not a frame."""
    if not t.value_start:
        return False
    if t.kind == "open_range":  # or, its sentence's only time, a sum paid since then ("Since 2001 the US has
        # spent more than $30 billion", "generated since 2010 totals Rs 36.4 billion")
        return (bool(_PERFECT.search(text[s0:s1])) and bool(triggers) or _since_when(text, t)
                or alone and _aid_level(text[s0:s1]) and bool(_SUM_VERB.search(text, s0, s1) or _AID_TOTAL.search(text, s0, s1)))
    if t.kind in ("range", "fiscal_year") and t.value_end:  # or a sum of money over it ("sent Pakistan $33 billion")
        return bool(triggers) or _aid_level(text[s0:s1])
    if t.kind in ("decade", "part_of_decade"):  # "In the 1990s, assistance was cut off": a happening of the decade
        return _decade_action(text, s0, s1, t, triggers)
    return False


_IN_DECADE = re.compile(r"\b(?:in|during|throughout)\s+(?:the\s+)?$", re.I)
_CLAUSE_EDGE = re.compile(r"[;:]|,\s")
_HARD_EDGE = re.compile(r"[;:]")


def _decade_action(text: str, s0: int, s1: int, t, triggers) -> bool:
    """ "In the 1990s, assistance was cut off", "grain ships docked throughout the 1960s": a decade
    after in/during/throughout whose clause has a trigger and an action verb (not "In the 1990s we
    were under sanctions", nor a list "(the 1950s, the 1980s)")."""
    if not _IN_DECADE.search(text, max(s0, t.start - 16), t.start):
        return False
    # the clause: from the last break before the decade to the next after it; a decade opening the
    # sentence ("In the 1990s, ...") reaches past its comma into the main clause
    opens = re.fullmatch(r"\W*(?:in|during|throughout)(?:\s+the)?\s*", text[s0:t.start], re.I)
    lo = max([s0] + [m.end() for m in _CLAUSE_EDGE.finditer(text, s0, t.start)])
    nxt = (_HARD_EDGE if opens else _CLAUSE_EDGE).search(text, t.end, s1)
    hi = nxt.start() if nxt else s1
    return any(lo <= x[0] < hi for x in triggers) and bool(_ACTION.search(text[lo:t.start] + text[t.end:hi]))


# a happening coordinated after a dated one and placed soon after it without a date of its own ("...
# on 28 May 1999, and Washington imposed sanctions within days"; "..., and days later his administration
# suspended aid"; "the Salala attack on 26 November, after which Pakistan closed the routes"): from
# then on, an open row (GUIDELINES 2.4, 8.7)
_SOON_CUE = re.compile(r"\bwithin\s+(?:(?:a\s+few|a\s+couple\s+of|several|some)\s+(?:hours|days|weeks)"
                       r"|(?:a|an|one|two|three|four|[0-9]{1,2})\s+(?:hours?|days?|weeks?)|hours|days|weeks)\b(?!\s+of\b)"
                       r"|(?:\band\s+|,\s+|\bthen\s+)(?:(?:a\s+few|several|some)\s+)?(?:hours|days|weeks)\s+later\b"
                       r"|,\s+after\s+which\b", re.I)  # (not "shortly afterwards": one row with its antecedent)
_HABITUAL = re.compile(r"\b(?:each|every)\s+(?:year|month|week|day|time)\b|\b(?:is|are|am)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
_DUE = re.compile(r"\b(?:due|expected|scheduled|planned|required|obliged|must)\b[^,;]*$", re.I)  # "elections due within 90 days"
_NEGATED = re.compile(r"\b(?:no|none|never|not|nothing)\b|n['’]t\b", re.I)
_COORDINATED = re.compile(r",?\s+(?:and|but)\s+|,\s+after\s+which\b|;\s+", re.I)
_ASIDE_END = re.compile(r",|[;:]\s|\s[—–]\s")  # where an "after which" aside ends


def _soon_after(text: str, s1: int, t, txs, triggers) -> tuple | None:
    """The trigger (or the cue, for an action without one) of a happening placed "within days" of,
    "days later" than or "after which" the dated happening at `t`, in a clause coordinated after it."""
    if t.kind in _STRETCH_KINDS or t.value_start[:4] != t.value_end[:4]:
        return None  # "between FY2002 and FY2016, after which none were paid": after a stretch, no point
    nxt = min((u.start for u in txs if u.start >= t.end), default=s1)
    cue = _SOON_CUE.search(text, t.end, nxt)
    if cue is None or any(u.start <= cue.start() < u.end for u in txs):
        return None
    joins = list(_COORDINATED.finditer(text, t.end, cue.end()))
    if not joins:
        return None  # "which had obligated $150 million in FY2023, stopped work within days": not a new clause
    lo = joins[-1].start()
    # its clause ends at the next break (an "after which" aside at its closing comma)
    edge = (_ASIDE_END if "which" in cue.group().lower() else _CLAUSE_BREAK).search(text, cue.end(), s1)
    hi = edge.start() if edge else s1
    clause = text[lo:hi]
    if (not _PAST.search(clause) or _FUTURE.search(clause) or _NEGATED.search(clause) or _HABITUAL.search(clause)
            or _DUE.search(text, lo, cue.start())):
        return None  # "about $1.2 billion would reach the State Bank within days"; "after which none were paid";
        # "the report is filed within days each year": a habit
    inner = [x for x in triggers if lo <= x[0] < hi]
    if inner:
        return inner[0]
    return (cue.start(), "", "other") if _ACTION.search(clause) else None


def _ahead_or_covered(text: str, s0: int, s1: int, t, txs) -> bool:
    """A plan whatever the tense ("takes effect later this month"; not "twenty years ago tomorrow"), or
    the years an amount covers beside the date of the decision ("authorised in October 2009 ... for
    fiscal years 2010 through 2014")."""
    if t.kind == "relative" and _AHEAD.search(t.text) and "ago" not in t.text:
        return True
    if _SCOPE.search(text, max(s0, t.start - 30), t.start):
        return True  # "It covers the period from 2 to 8 September 2022": what a report covers
    if _HOLDS.search(text, max(s0, t.start - 45), t.start) and _COLLECTION.search(text, s0, s1):
        return True
    covered = t.value_start[:4] != t.value_end[:4] and bool(_COVERED.search(text, max(s0, t.start - 20), t.start))
    return covered and (any(u is not t and u.kind in POINT_KINDS - {"range"} for u in txs)
                        or bool(_AUTHORISED.search(text, max(s0, t.start - 40), t.start)))  # "$7.5 billion authorised for FY2010–FY2014"


# a change of a level ("have fallen every year since 2013", "fell by more than 90% between FY2011 and
# FY2018"): over a stretch of time it is a trend, not a happening (GUIDELINES 8.13)
_TREND = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|grow(?:s|n|ing)?|grew|declin(?:e|es|ed|ing)"
                    r"|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|dropp?(?:s|ed|ing)?|climb(?:s|ed|ing)?"
                    r"|shr[iau]nk|shrinks|doubled|tripled|halved|dwindled|soared|plunged|plummeted)\b", re.I)
_STRETCH_KINDS = frozenset({"open_range", "range", "span"})
_NOT_A_LEVEL = re.compile(r"\s+(?:to\s+(?:the\s+)?(?-i:[A-Z])|to\s+power\b|out\b|through\b|into\b|from\s+power\b)", re.I)
# what a level is of: a quantity, a sum, a count
_LEVEL = re.compile(r"[%$£€0-9]|\b(?:percent|per\s+cent|aid|assistance|appropriations?|spending|budgets?|numbers?|counts?"
                    r"|exports?|imports?|trade|remittances|inflation|reserves|prices?|rates?|levels?|shares?|totals?"
                    r"|strikes|attacks|casualties|deaths|figures?|funding|disbursements?|obligations?)\b", re.I)
_STRETCH_LEAD = re.compile(r"\b(?:since|between|from|over|during|throughout)\s+(?:the\s+)?$", re.I)
_ADJECTIVE_BEFORE = re.compile(r"\b(?:under|with|of|for|an?|the|its|their)\s+$", re.I)  # "under increased monitoring"


def _trend(text: str, s0: int, s1: int, t) -> bool:
    """Is `t` a stretch of time over which a level changes ("Strike numbers have fallen every year
    since 2013", "fell by 90% between FY2011 and FY2018"): a change verb before it in its clause,
    and the time a stretch ("since", "between", "over" ...) that no "when" clause dates?"""
    several = t.kind == "fiscal_year" and bool(re.search(r"\s(?:and|to|through)\s|[–—-]\s?(?:FY)?\s?[0-9]{4}", t.text))
    if not (t.kind in _STRETCH_KINDS or several) or _since_when(text, t):  # (or "between FY2011 and FY2018")
        return False
    lead = text[max(s0, t.start - 12):t.start]
    if not (_STRETCH_LEAD.search(lead) or re.match(r"(?i)since|between|from|over\b", t.text)):
        return False
    head = text[s0:t.start]
    head = head[max([0] + [m.end() for m in _CLAUSE_BREAK.finditer(head)]):]  # its own clause, up to the time
    verbs = [m for m in _TREND.finditer(head) if not _ADJECTIVE_BEFORE.search(head, 0, m.start())]
    if not verbs or _NOT_A_LEVEL.match(head, verbs[-1].end()):
        return False  # "Kabul fell to the Taliban", "dropped out of SEATO": no level changes
    after = head[verbs[-1].end():]
    return not _ACTION.search(after) and bool(_LEVEL.search(head))  # the change is the clause's last verb


# a share of a whole over a stretch of years ("over 40% of everything appropriated between FY2002 and
# FY2018 was CSF", "CSF accounted for about 43 percent of all US assistance"): what the money was made of,
# a share row, not a happening (GUIDELINES 8.24, 8.25)
_SHARE_OF = re.compile(r"(?:(?<![\d.,])\d[\d.,]{0,20}\s*(?:%|percent\b|per\s+cent\b)|\b(?:(?:a|one|two)[- ](?:third|quarter|fifth)s?"
                       r"|half|three[- ]quarters))\s+of\b", re.I)
# (not a passive happening: "a third of all US assistance was frozen", "40% of the funds were delivered")
_MAKES_UP = re.compile(r"\b(?:(?:was|were)(?!\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|paid|spent|sent|cut|made|held|withheld|lost|given|shown)\b)"
                       r"|accounted\s+for|accounts\s+for|made\s+up|makes\s+up|came\s+to|represented|comprised|constituted)\b", re.I)
_AMOUNT = re.compile(r"[$£€]\s?\d|\b(?:US\$|Rs\.?|PKR|USD)\s?\d|\d\s*(?:million|billion|bn|dollars)\b", re.I)  # a sum named


def _share_of_whole(text: str, s0: int, s1: int, t) -> bool:
    """Is `t` the stretch of years over which its clause states what share of a whole something was,
    with no amount in its sentence (an amount and its share are a sum that flowed)?"""
    several = t.kind == "fiscal_year" and bool(re.search(r"\s(?:and|to|through)\s|[–—-]\s?(?:FY)?\s?[0-9]{4}", t.text))
    if not (t.kind in _STRETCH_KINDS or several):
        return False
    clause = _clause_at(text, s0, s1, t)
    return bool(_SHARE_OF.search(clause) and _MAKES_UP.search(clause)) and not _AMOUNT.search(text, s0, s1)


# a request made, not granted ("SAAP submitted a FOIA request to State", "filed an administrative
# appeal"): like a budget request or an aid appeal, no happening of the relationship (GUIDELINES 8.4)
_REQUEST = re.compile(r"\b(?:submitted|filed|lodged|sent)\s+(?:a|an|its|their|his|her|the)\s+"
                      r"(?:(?!(?:at|of|to|in|on|for|by|from|with|the|a|an)\b)[\w-]+\s+){0,3}?"
                      r"(?:request|appeal|application|requisition)s?\b", re.I)
# the year in an act's short title ("the Enhanced Partnership with Pakistan Act of 2009"): part of its
# name, when the sentence also dates the act
_ACT_OF = re.compile(r"\bAct(?:\s+of|,)\s+$")  # (an appropriations act's "Act, 2000", signed in 1999)


def _clause_at(text: str, s0: int, s1: int, t) -> str:
    """The clause of the sentence that holds time expression `t`: between the clause breaks around it."""
    head = text[s0:t.start]
    lo = s0 + max([0] + [m.end() for m in _CLAUSE_BREAK.finditer(head)])
    tail = _CLAUSE_BREAK.search(text, t.end, s1)
    return text[lo:tail.start() if tail else s1]


# a clause that says a happening did not take place, its verb right before the time: "No CSF was
# appropriated in FY2017", "the money was never disbursed in 2012", "the US paid no CSF in 2018"
# (GUIDELINES 8.4: a denied happening gives no row; not "did not certify in 1991", a refusal that is
# itself the happening, nor "suffered no casualties in the raid on 2 May 2011", where the time dates the raid)
_DENIED = re.compile(r"(?:^\W*(?:[Nn]o|[Nn]either|[Nn]one\s+of)\s[^,;:]{0,60}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]+"
                     r"|\b[Nn]othing\s+(?:was|were|has\s+been|had\s+been)\s+[a-z]+"  # "nothing was paid for FY2017"
                     r"|\bnever\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+"
                     r"|\b(?:[a-z]+ed|paid|gave|got|made|sent|had|took|won)\s+no\s+(?!longer\b|later\b|more\s+than\b|fewer\b|less\b)"
                     r"[\w-]+(?:\s+(?!(?:in|on|at|for|during|since|after|from|of|to|the|a|an)\b)[\w-]+){0,4}?)"
                     r"(?:\s+(?:off|out|up|back|down))?(?:\s+(?:in|on|for|during|since|after|from)(?:\s+the(?:\s+(?:period|years?))?)?)?"
                     r"\s+(?:(?:fiscal\s+years?\s+|FY\s?)?[\w-]+\s+(?:or|and)\s+)?$")  # (right before the time it denies, or its "since")


# a time a correction sets aside ("dates from 2005, not 2004", "on the 4th, not the 5th"): no happening of its own
_CORRECTED = re.compile(r"\bnot\s+(?:in\s+|on\s+|from\s+)?(?:the\s+)?$", re.I)
DENIAL_REACH = 80  # characters before a time searched for the denial of its happening
_DENIAL_BREAK = re.compile(r"[,;:]\s|\s(?:but|yet|when|while)\s")


def _denied(text: str, s0: int, s1: int, t) -> bool:
    """Does the clause of time `t` deny the happening it dates, before the time and near it ("No CSF
    was appropriated in FY2017"; not "not only ... but", "not until 2001 did", nor a denial after
    the time, "passed in 1985, ... that Pakistan did not possess")?"""
    lo = s0 + max([0] + [m.end() for m in _CLAUSE_BREAK.finditer(text[s0:t.start])])  # where its clause starts
    lo = max([lo] + [m.end() for m in _DENIAL_BREAK.finditer(text, lo, t.start)])  # "... never been lifted, yet in 2022"
    head = text[max(lo, t.start - DENIAL_REACH):t.start]
    if t.start - lo > DENIAL_REACH:
        head = "… " + head  # mid-clause: not a clause opening "No ..."
    return bool(_DENIED.search(head)) and not re.search(r"\bnot\s+(?:only|just|until|before|since|least)\b", head)


def _title_case(sentence: str) -> bool:
    """ "The January 2018 Suspension": every word of four or more letters capitalised, bar a few function words."""
    return not any(w not in _TITLE_LOWER for w in re.findall(r"(?<![\w’'-])[a-z][a-z’'-]{3,}", sentence))


def _since_when(text: str, t) -> bool:
    """ "Since January 4, when the Administration suspended ...": the clause dates a happening to the start."""
    m = _WHEN_CLAUSE.match(text, t.end) if t.kind == "open_range" else None
    # a happening ("froze", "had withdrawn"), not a state ("Since September 2022, when the water was at its
    # highest, members have sent ...", "when relations were strained")
    return bool(m and (_ACTION.search(m["clause"]) or _HAD_DONE.search(m["clause"]))
                and not _STATE_WHEN.search(m["clause"]))


def _aid_level(sentence: str) -> bool:
    """Does the sentence state a sum of money that is not another statistic (GUIDELINES 8.4 "aid levels")?"""
    return bool(_MONEY.search(sentence)) and not _STATISTIC.search(sentence) and not _WAR_COST.search(sentence)


_YES_NO = re.compile(r"[\"“‘'(]?\s*(?:will|did|was|were|is|are|has|have|had|does|do|can|could|should|would|shall"
                     r"|may|might|must)\b", re.I)


#: what may precede the question itself: a time cue, a speaker label, a vocative or a discourse word
#: ("[00:02:19] AMNA QURESHI (HOST): Rebecca, did Washington turn the tap off in 2018?"), a forum
#: topic's status tag ("[Solved] Did the US really cut off all aid in 2018?")
_ASK_LEAD = re.compile(r"(?:\[[\d:.]+\]\s*|\[(?:solved|resolved|answered|closed|question|help)\]\s*)?(?:(?-i:[A-Z])[\w .'’-]{1,40}(?:\s*\([^)]{1,30}\))?:\s+)?"
                       r"(?:(?:so|and|but|well|now|okay|ok|(?-i:[A-Z])[a-z]+),\s+|(?:and|but|so)\s+)?", re.I)


def _asks_only(sentence: str) -> bool:
    """A yes/no question ("Did the US cut off all aid in 2011?") presupposes no happening; a
    wh-question ("Why did Pakistan join SEATO in 1954?") does (GUIDELINES 8.4)."""
    s = sentence.strip()
    return s.rstrip("”\"’') ").endswith("?") and bool(_YES_NO.match(s, _ASK_LEAD.match(s).end()))


def _within(items: Sequence, starts: list[int], s0: int, s1: int) -> list:
    """The items (sorted by start, with `starts` their start offsets) lying inside [s0, s1)."""
    lo = bisect.bisect_left(starts, s0)
    hi = bisect.bisect_left(starts, s1)
    return [x for x in items[lo:hi] if x.end <= s1]


# a dated item's dash and its text ("October 5, 2022 – Level 3: Reconsider Travel"), not a
# masthead's name, place or clock time ("17 October 2022 — Sana Rauf", "- 10:45 PKT")
_ENTRY_DASH = re.compile(r"\s+[–—-]\s+(?:(?:[^\s:]+\s+){3}\S|[^:\n]{1,40}:\s+[A-Za-z])")
# "the Green Alliance| of |2022", "an agreement| signed here on |Wednesday": the time dates the named thing
_OF_BEFORE_TIME = re.compile(r"\s+of\s+|\s+(?!(?:expected|planned|scheduled|slated|proposed|intended|due)\b)"
                             r"(?:[a-z]+ed|made|held|struck|won)\s+(?:[\w’'-]+\s+){0,4}?(?:on|in)\s+(?:the\s+)?")


def _hypothetical(text: str, s0: int, s1: int, t, triggers: Sequence[tuple[int, str, str]] = ()) -> bool:
    """A modal verb ("will", "could", "may") in the part of the sentence that holds the time expression,
    unless the time dates a happening its trigger names ("We will build on the Green Alliance of 2022",
    "the Abbottabad raid of 2 May": a dated past thing inside a plan)."""
    if t.kind in ("year", "date", "relative") and any(_OF_BEFORE_TIME.fullmatch(text, pos + len(word), t.start)
                                          for pos, word, _ in triggers):
        return False
    cuts = [s0] + [m.end() + s0 for m in _SUBCLAUSE.finditer(text[s0:s1])] + [s1]
    for a, b in zip(cuts, cuts[1:]):
        if a <= t.start < b:
            return bool(_FUTURE.search(text[a:b]))
    return False


def _own_clause(text: str, s0: int, s1: int, t) -> str:
    """The part of the sentence between the semicolons around time expression `t` ("...; that
    suspension remains in place today": a present state, whatever the tense before the semicolon)."""
    lo = text.rfind(";", s0, t.start)
    hi = text.find(";", t.end, s1)
    return text[lo + 1 if lo >= 0 else s0:hi if hi >= 0 else s1]


_ITS_ATTACKS = re.compile(r"[ \t]+attacks?\b")


def _extent(text: str, t) -> int:
    """Where time expression `t` ends for finding triggers: a named day's own noun goes with it
    ("the September 11 attacks" is the time 9/11, not an attack the sentence reports)."""
    m = _ITS_ATTACKS.match(text, t.end) if t.kind == "named_period" else None
    return m.end() if m else t.end


def _after_phrase(text: str, clause_start: int, sent_end: int, t) -> tuple[int, int, bool] | None:
    """The "after X" / "following X" / "since X" / "post-X" phrase holding time expression `t`:
    (phrase start, phrase end, direct), `direct` when X is the time itself ("after 2011",
    "following 9/11") rather than a dated happening ("after the 2022 floods")."""
    if t.text.lower().startswith("post"):
        return t.start, t.end, True
    lead = text[clause_start:t.start]
    opener = None
    for opener in _AFTER_PHRASE.finditer(lead):
        pass
    if opener is None or _PHRASE_END.search(lead[opener.end():]):
        return None
    between = lead[opener.end():].strip().lower()
    if opener.group(0).lower().startswith("followed") and not between and t.kind != "named_period":
        return None  # "membership of SEATO followed that September": the time of the happening itself ("the
        # years that followed 9/11" are after it)
    # "after the 2022 floods", "following the 2011 Abbottabad operation": X is the happening;
    # "after 2011", "after the events of 9/11", "after the 1980s,": X is the time itself
    own_end = _extent(text, t)  # past "attacks" after 9/11's date
    noun_follows = re.match(r"[ \t]+[A-Za-z]", text[own_end:own_end + 2]) is not None
    direct = between in ("", "the events of", "events of") or (between == "the" and not noun_follows)
    end = _PHRASE_END.search(text, t.end, sent_end)
    return clause_start + opener.start(), (end.start() if end else sent_end), direct


def _entry_text(text: str, s0: int, s1: int, t, t_starts: list[int]) -> tuple[int, int] | None:
    """(start, end) of a chronology entry's first sentence after its date, when the sentence at
    s0-s1 is only the date ("14 August 1947.") opening its paragraph and the next sentence of the
    paragraph has no time of its own in its first clause and is not a letter's salutation ("Dear
    Ambassador,"), else None."""
    para = text.rfind("\n", 0, s0) + 1
    if text[para:s0].strip() or text[s0:s1].strip().rstrip(".:") != text[t.start:t.end]:
        return None
    stop = text.find("\n", s1)
    stop = len(text) if stop < 0 else stop
    m = _ENTRY_END.search(text, s1, stop)
    end = m.end() if m else stop
    body = text[s1:end].strip()
    cut = _ENTRY_CLAUSE.search(text, s1, end)  # its first clause must have no time of its own
    if not body or body.startswith("Dear ") or bisect.bisect_left(t_starts, s1) < bisect.bisect_left(t_starts, cut.start() if cut else end):
        return None
    return s1, end


_ENTRY_END = re.compile(r"(?<!\b[A-Z])[.!?](?=\s|$)")  # not "George W. Bush"
_ENTRY_CLAUSE = re.compile(r"[;:]|\s[—–]\s|,\s+(?:and|but|while)\b")


def _label(sentence: str, pos: int, trig: str) -> str:
    """A short label: the clause around the trigger, or the sentence's first words."""
    return _clause(sentence, pos) if trig else " ".join(sentence.split()[:12])


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _paragraph(text: str, s0: int, s1: int) -> bool:
    """Is the sentence text[s0:s1] a paragraph of its own (only spaces between it and the line breaks around it)?"""
    before, after = text.rfind("\n", 0, s0), text.find("\n", s1)
    return not text[before + 1:s0].strip(" ") and not text[s1:after if after >= 0 else len(text)].strip(" ")


def _ahead(value: str, now: str | None) -> bool:
    """Is the time `value` (ISO, any precision) after `now`, when the text was written: a plan or
    forecast? Compared at the coarser of the two precisions (a digest dated "May 1998" reports
    May 28)."""
    n = min(len(value), len(now or ""))
    return bool(now) and value[:n] > now[:n]


def _frame_note(text: str, t, frames: Sequence) -> str:
    """A note when `t` lies outside a named period or era of the same sentence ("In 2016, the
    Trump administration ..."), unless the two are linked as the ends of one span."""
    note = ""
    for f in frames:
        between = text[min(t.end, f.end):max(t.start, f.start)]
        if _LINKED.search(between):
            continue  # "from 9/11 to the Trump administration": two ends, not a contradiction
        if not _overlaps(t.value_start, t.value_end, f.value_start, f.value_end):
            note = f"{t.text} lies outside {f.text} ({f.value_start}–{f.value_end}) named in the same sentence"
    return note


# between a scoping year and its finer date: another clause ("In 1954, X signed ..., and in
# September ...") or a date of another happening ("..., months after the aid freeze of 4 January")
_NEXT_CLAUSE = re.compile(r"[;,]|\b(?:after|before|since|until|till|when|which|who|following)\b", re.I)
_YEAR_OPENER = re.compile(r"\W*(?:(?:in|during|by)\s+|(?:[\w’'.-]+\s+){1,3}[—–-]\s+)?", re.I)


# a with-phrase listing a year's happenings after its own clause ("2011, with the raid in May and ...")
_WITH_LIST = re.compile(r"[^.;:!?]*?,\s+with\s+[^;]*", re.S)
_PRESENTATIONAL = re.compile(r"\b(?:then|there|next)\s+came\b", re.I)  # "Then came the year of 2011": presents it


def _scope_only(text: str, s0: int, t, dated: Sequence) -> bool:
    """Is the year `t`, opening its sentence, only the scope of a finer date in the same clause,
    which either takes its year from it ("In 2011, talks resumed on 5 December") or falls in the
    year `t` labels ("Marker 6 — 1998: Pakistan tests nuclear weapons on 28 May")? Not "1954:
    Mutual Defense Agreement; Pakistan joins SEATO (Sept 1954)", whose label year has its own item,
    nor "In 2018, Pakistan was grey-listed, months after the freeze of 4 January" (another clause)."""
    if t.precision != "year" or t.value_start != t.value_end:
        return False
    if not _happening(_PRESENTATIONAL.sub(" ", text[s0:t.start])) and any(
            u is not t and u.precision in ("month", "day") and u.anchor.endswith(f"@{t.start}")
            and _WITH_LIST.fullmatch(text, t.end, u.start) for u in dated):
        return True  # "the terrible year of 2011, with the Abbottabad raid in May and ...": its happenings are listed
    if not _YEAR_OPENER.fullmatch(text, s0, t.start):
        return False
    label = text.startswith(":", t.end)
    return any(u is not t and u.precision in ("month", "day") and u.value_start[:4] == t.value_start
               and (u.anchor.endswith(f"@{t.start}") or label)
               and not (";" in text[t.end:u.start] if label else _NEXT_CLAUSE.search(text[t.end:u.start].lstrip(" ,")))
               for u in dated)


def extract(text: str, sentences: Sequence[tuple[int, int, int]], timexes: Sequence, mentions: Sequence,
            acts_for: dict[str, str], person_ids: frozenset[str] = frozenset(), states: frozenset[str] = frozenset(),
            quotes: Sequence = (), types: tuple[EventType, ...] | None = None,
            published: str | None = None, anchors: Sequence[tuple[int, str]] = ()) -> list[Event]:
    """Events of one document.

    `sentences` are (sent_id, start, end); `mentions` have start, end, actor_id; `quotes` (from
    `usp_research.quotes`) have start, end, text, speaker_actor_id — a quoted sentence's event
    carries the quotation and its speaker, so the timeline can match the same words across sources.
    A time after the `published` date (ISO) is a plan or forecast, not a happening; `anchors`
    (start, ISO day) are dated entries, and one dated after publication (a petition's later update)
    is what the times of its own text are measured against.
    """
    anchors = sorted((a, d) for a, d in anchors if d)
    a_starts = [a for a, _ in anchors]
    types = types or load_event_types()
    trig_rx, owner = _trigger_regex(types)
    events: list[Event] = []
    timexes, mentions, quotes = (sorted(x, key=lambda o: o.start) for x in (timexes, mentions, quotes))
    t_starts, m_starts, q_starts = ([o.start for o in x] for x in (timexes, mentions, quotes))
    previous: Event | None = None  # the last event of the current paragraph, for inferred dates
    prev_end = 0
    entry_end = 0  # where the last chronology entry's text ends (its sentence is that entry's event)
    label = None  # a time standing alone as a paragraph, dating the paragraph right under it
    paragraph = 0
    for sent_id, s0, s1 in sentences:
        if "\n\n" in text[prev_end:s0]:
            previous = None
            paragraph += 1
            if label is not None and paragraph > label[1]:
                label = None
        prev_end = s1
        sentence = text[s0:s1]
        txs = _within(timexes, t_starts, s0, s1)
        if len(txs) == 1 and _paragraph(text, s0, s1) and not _LETTER_OR_DIGIT.search(sentence.replace(txs[0].text, "")):
            # "1954 🤝", "## 2011": a label over the line below it (GUIDELINES 8.13), if it is a time
            # that dates a happening (not "Post-9/11", nor "The Cold War")
            label = (txs[0], paragraph + 1) if dates_event(txs[0]) else None
            continue
        triggers = [(m.start() + s0, m.group(0), owner[_key(m.group(0))]) for m in trig_rx.finditer(sentence)
                    if not any(t.start <= m.start() + s0 < _extent(text, t) for t in txs)]
        past = bool(_PAST.search(sentence))
        k = bisect.bisect_right(a_starts, s0) - 1
        now = max(published or "", anchors[k][1] if k >= 0 else "") or None  # when this part was written
        if _asks_only(sentence):
            continue  # "Was all aid cut off in 2011?": a yes/no question asserts nothing
        dated = [t for t in txs if (dates_event(t) or _dated_by_action(text, s0, s1, t, triggers, len(txs) == 1))
                 and not _hypothetical(text, s0, s1, t, triggers)
                 and not (_BEFORE.search(text[s0:t.start]) and _when_trigger(text, s0, s1, t, triggers) is None)
                 and not (_PRESENT_OR_FUTURE.search(t.text) and not (past and _past_verb(_own_clause(text, s0, s1, t))))
                 and not _ahead_or_covered(text, s0, s1, t, txs)
                 and not _trend(text, s0, s1, t)
                 and not _share_of_whole(text, s0, s1, t)
                 and not _REQUEST.search(_clause_at(text, s0, s1, t))
                 and not _denied(text, s0, s1, t)
                 and not _CORRECTED.search(text, max(s0, t.start - 12), t.start)
                 and not _ahead(t.value_start, now)
                 and not RATE_DATE_AFTER.match(text, t.end)]  # "at today’s rate": when money was converted
        if len(dated) > 1:  # "On October 15, 2009, the President signed the ... Act of 2009": its name's year is no second time
            dated = [t for t in dated if not (_ACT_OF.search(text, max(s0, t.start - 8), t.start) and any(
                u.kind in ("date", "month") and 0 <= int(t.value_start[:4]) - int(u.value_start[:4]) <= 1 for u in dated))]
        if len(dated) > 1:  # "Two years earlier, in March 1959, ...": the anaphor and the date it restates, one time
            dated = [t for t in dated if not (t.kind == "anaphoric" and any(
                u is not t and u.kind in ("date", "month") and u.value_start[:4] == t.value_start[:4]
                and 0 <= u.start - t.end <= 6 for u in dated))]
        if len(dated) > 1:  # "2016: ... $300m of the FY2015 money is withheld": a budget's name, not a time of it
            dated = [t for t in dated if not (t.kind == "fiscal_year" and names_budget(text, t.start, t.end))
                     and not comparison_base(text, t.start, t.end)] or dated  # nor "from the FY2011 level"
        ms = _within(mentions, m_starts, s0, s1)
        actor_set = {m.actor_id for m in ms} | {acts_for[m.actor_id] for m in ms if acts_for.get(m.actor_id)}
        persons = tuple(sorted({m.actor_id for m in ms if m.actor_id in person_ids}))
        qs = [q for q in _within(quotes, q_starts, s0, s1 + 10**9) if q.start < s1]
        quote = qs[0].text.strip("“”\"‘’") if qs else ""
        if qs and qs[0].speaker_actor_id:
            persons = (qs[0].speaker_actor_id,)
        agents = [m for m in ms if m.actor_id not in states]
        if not txs and previous is not None and triggers and past and agents and s0 >= entry_end and not _FUTURE.search(sentence) \
                and not _SPLIT_OF_TOTAL.match(sentence):  # "Of this total, $8.3 billion was ...": no new happening
            pos, trig, etype = triggers[0]
            events.append(Event(sent_id, s0, s1, "", -1, previous.date_start, previous.date_end, previous.precision,
                                tuple(sorted(actor_set)), persons, etype, trig, _clause(sentence, pos - s0), quote, "",
                                "inferred"))
            continue
        if (not txs and label is not None and triggers and not _FUTURE.search(sentence)
                and not _SPLIT_OF_TOTAL.match(sentence)
                and not _ahead(label[0].value_start, now)):  # a plan
            pos, trig, etype = triggers[0]  # "1954 🤝" / "Pakistan signs a mutual defence deal with the US ..."
            t = label[0]
            events.append(Event(sent_id, s0, s1, t.text, t.start, t.value_start, t.value_end, t.precision,
                                tuple(sorted(actor_set)), persons, etype, trig, _label(sentence, pos - s0, trig),
                                quote, "", "label"))
            continue
        frames = [t for t in txs if t.kind in ("named_period", "era") and t not in dated and t.value_start and t.value_end]
        seen: set[tuple[str, str]] = set()
        breaks = list(_CLAUSE_BREAK.finditer(sentence)) if dated else []
        bare_line = bool(_HEADING.fullmatch(_INITIAL_DOT.sub(r"\1", _SECTION_NO.sub("", sentence.strip()))))
        lettered = (not past and bool(_LETTERED.match(sentence.strip())) and _paragraph(text, s0, s1)
                    and len(sentence.split()) <= 10 and sentence.strip().endswith(".")
                    and bool(_HEADING.fullmatch(_LETTERED.sub("", sentence.strip())[:-1]))
                    and not any(_TIME_PREPOSITION.search(text, max(s0, t.start - 8), t.start) for t in txs))
        if lettered:
            dated = []  # "B. The 1998 nuclear tests.": a memo's lettered section heading (GUIDELINES 8.4)
        heading = not past and bare_line
        for t in dated:
            if _scope_only(text, s0, t, dated):
                continue  # "In 2011, talks resumed on 5 December", "Marker 6 — 1998: ... on 28 May": one happening
            if bare_line and _LABEL_RANGE.search(t.text) and not _PAST.search(re.sub(r"-[a-z]+ed\b", "", sentence)):
                continue  # "US-funded development projects in Pakistan, FY2010–FY2016": a sheet's title
            if heading and (t.kind == "range" or (_title_case(sentence)
                                                  and t.start > s0 + len(sentence) - len(sentence.lstrip()))):
                continue  # "The making of an alliance, 1953–1959", "The January 2018 Suspension": a title
                # (a KEY DATES line starts with its date: "October 1954 - Mutual Defense Agreement")
            if (t.kind == "month" and not re.search(r"\d", t.text) and text.startswith(":", t.end)
                    and _HEADING.fullmatch(sentence.strip()) and len(sentence.split()) <= 12):
                continue  # "May: Abbottabad": a chronicle's section label; its paragraphs state the happenings
            same_clause = _trigger_in_clause(text, triggers, t)
            entry = None
            if (when := _when_trigger(text, s0, s1, t, triggers)) is not None:
                pos, trig, etype = when  # "closed until July 3, 2012, when Pakistan reopened them": the reopening
            elif same_clause:
                pos, trig, etype = same_clause[0]
            elif triggers:
                pos, trig, etype = min(triggers, key=lambda x: (abs(x[0] - t.start), x[0]))
            elif _STATISTIC.search(sentence) and re.search(r"\d", sentence.replace(t.text, "")):
                continue  # "Pakistan sold the United States $5 billion of goods last year": a statistic
            elif _vague_change(sentence, t.text):
                continue  # "Then, on 11 September 2001, everything changed.": no happening named (GUIDELINES 8.12)
            elif past or len(_LOWER_WORD.findall(sentence)) >= 2 or (
                    t.start == s0 + len(sentence) - len(sentence.lstrip()) and _ENTRY_DASH.match(text, t.end)):
                # (a chronology item: "October 5, 2022 – Level 3: Reconsider Travel.")
                pos, trig, etype = t.start, "", "aid" if _aid_level(sentence) else "other"
            elif (entry := _entry_text(text, s0, s1, t, t_starts)) is not None:
                entry_end = entry[1]
                # a chronology entry whose date is its own sentence: "14 August 1947. Pakistan becomes
                # independent." The entry's first trigger names the happening
                first = next(((m.start() + entry[0], m.group(0), owner[_key(m.group(0))])
                              for m in trig_rx.finditer(text, entry[0], entry[1])), None)
                pos, trig, etype = first or (t.start, "", "other")
            else:
                continue  # no trigger and no clause around the date: a dateline or masthead, not an event
            bounds = [m.end() + s0 for m in breaks if m.end() + s0 <= t.start]
            phrase = _after_phrase(text, bounds[-1] if bounds else s0, s1, t)
            rows = [(pos, trig, etype, t.value_start, t.value_start if _since_when(text, t) else t.value_end)]
            if phrase is not None:
                # "after X, <main clause>": X itself happened at t (unless X is the time itself), and
                # the main clause's happening - if it has a trigger - happened from then on
                p0, p1, direct = phrase
                inner = [x for x in triggers if p0 <= x[0] < p1]
                rows = [] if direct else [(*inner[0], t.value_start, t.value_end)] if inner else rows
                lo = max([s0] + [m.end() + s0 for m in breaks if m.end() + s0 <= p0])
                hi = min([s1] + [m.start() + s0 for m in breaks if m.start() + s0 >= p1])
                main = [x for x in triggers if lo <= x[0] < hi and not p0 <= x[0] < p1]
                opens = p0 <= s0 + len(sentence) - len(sentence.lstrip()) + 1 and text[p0:p0 + 5].lower() != "since"
                if not main and (direct or opens):
                    # "Following 9/11, Pakistan became a frontline ally"; "After Soviet troops entered
                    # Afghanistan in December 1979, Pakistan became the conduit ...": from then on (not
                    # a state: "Pakistan again became indispensable", "entered a quieter phase")
                    rest = text[lo:p0] + " " + text[p1:hi]
                    main = [(t.start, "", "other")] if (_ACTION.search(rest) if direct else _happening(rest)) else []
                if main:
                    m0 = min(main, key=lambda x: abs(x[0] - t.start))
                    rows.append((*m0, t.value_start, ""))
            if (follow := _soon_after(text, s1, t, txs, triggers)) is not None:
                rows.append((*follow, t.value_start, ""))
            for pos, trig, etype, d0, d1 in rows:
                if (d0, d1) in seen:
                    continue
                seen.add((d0, d1))
                previous = Event(sent_id, s0, s1, t.text, t.start, d0, d1, t.precision, tuple(sorted(actor_set)),
                                 persons, etype, trig, _label(text[entry[0]:entry[1]].strip(), max(0, pos - entry[0]), trig)
                                 if entry else _label(sentence, pos - s0, trig), quote,
                                 _frame_note(text, t, frames), "stated")
                events.append(previous)
    return events
