"""Actors (states, organisations, armed groups, people) named in cleaned article text.

Method
------
The actor codebook ``data/raw/codebooks/actors.csv`` (``actor_id,type,name,aliases,acts_for,
role,notes``) lists every actor with its ``;``-separated aliases: the exact, case-sensitive
surface forms to look for ("US" the country, never "us"; "Trump" and "Munir" as surnames).
``find_mentions`` compiles all aliases of a codebook into **one** alternation, longest alias
first, so at any position the longest alias wins ("United States Central Command" over "United
States", "Pakistani Taliban" over "Taliban") and a scan is a single regular-expression pass.
A match must be a whole word: no letter, digit or underscore directly before or after it.
Hence

* possessives end a mention: "Pakistan’s", "Washington's" -> "Pakistan", "Washington";
* hyphenated and dashed compounds give one mention per part: "US-led" -> US; "Pakistan–US",
  "US-Pakistan", "China-Pakistan" -> both actors;
* articles stay outside: "the United States" -> "United States" (no alias starts with "the");
* "US$" is a currency code, not the country (no mention when "$" follows).

The codebook decides what a bare surname means: it is listed only where it is unambiguous
("Kurilla", "Munir"; not "Clinton", "Bush", "Sharif", "Khan"). ``load_codebook`` refuses a
row (InputError naming its line) with a bad or duplicate ``actor_id``, a ``type`` other than
state/organisation/armed_group/person, an empty name, an empty, padded or repeated alias, an
alias already used by another actor, or an ``acts_for`` that is not an actor id.

``unknown_names`` reports the capitalised names that no alias covers, for the curator to add
to the codebook (it never changes the mentions). A *name* is a run of capitalised words
joined by single spaces, optionally through the connectors ``of, on, for, bin, ibn, al, ul,
ud, de, van, von, der`` ("Bureau of Investigative Journalism", "War on Terror"); a connector
joins only words that are no stop words ("Abbottabad on Monday" gives "Abbottabad"). A
possessive ends a run; a hyphenated word is one word ("Kerry-Lugar-Berman"), and one whose
last part is lower case is no name word ("US-led"). A run is reported, trimmed of leading
function words, when at least one of its words is neither covered by a mention nor a stop
word. The stop lists are the constants below: function words, months, weekdays, titles and
title words ("President", "General", "Secretary of State"), nationality adjectives
("Pakistani", "American") and compass words. Decisions:

* sentence-initial words (first word of a sentence, or right after an opening quote mark or
  bracket) carry no evidence: a one-word run there is skipped; in a longer run the first word
  is kept only if it is no stop word and either a connector follows it ("War on Terror") or
  the rest of the run holds an unknown word and the word never appears in lower case in the
  text ("Marvin Weinbaum said" keeps "Marvin"; "Recent Pakistani talks", "Accusing Pakistan"
  drop it);
* headings are skipped: a line of at most 15 words in title case (every word except function
  words capitalised) not ending in "." carries no capitalisation evidence;
* names that overlap mentions are reported whole ("China-Pakistan Economic Corridor", "US Navy
  SEALs"), since the unknown thing is the whole name; acronyms are never stop words ("US").

Conventions: spans are ``[start, end)`` offsets into the text and ``text == source[start:end]``;
lists are sorted by ``start`` and never overlap. ``sentence_spans`` are ``(start, end)`` pairs
(or objects with ``start``/``end``) such as the rows of ``sentences.csv``; ``sentence_spans(text)``
recomputes them for a cleaned text exactly as the corpus stage does.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from .errors import InputError
from .paths import CODEBOOKS
from .segment import OPENERS, split_sentences

COLUMNS = ("actor_id", "type", "name", "aliases", "acts_for", "role", "notes")
TYPES = frozenset({"state", "organisation", "armed_group", "person"})
_ID = re.compile(r"[A-Z][A-Z0-9_]*")


@dataclass(frozen=True)
class Actor:
    """One codebook row: aliases are exact, case-sensitive surface forms."""

    actor_id: str
    type: str  # state / organisation / armed_group / person
    name: str
    aliases: tuple[str, ...]
    acts_for: str  # actor_id this actor acts for ("" if none)
    role: str


@dataclass(frozen=True)
class Mention:
    """An alias found in text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    actor_id: str


@dataclass(frozen=True)
class UnknownName:
    """A capitalised name no codebook alias covers."""

    start: int
    end: int
    text: str


def load_codebook(path: str | Path | None = None) -> dict[str, Actor]:
    """Actor id -> Actor from ``actors.csv``; a malformed row raises InputError naming its line."""
    p = Path(path) if path else CODEBOOKS / "actors.csv"
    try:
        with open(p, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(p, f"missing column(s) {', '.join(missing)}",
                                 f"Use the header {','.join(COLUMNS)}")
            rows = [(reader.line_num, row) for row in reader]
    except FileNotFoundError:
        raise InputError(p, "actor codebook not found", "Create it or pass the path of an actors.csv") from None
    except UnicodeDecodeError:
        raise InputError(p, "not UTF-8", "Save the codebook as UTF-8") from None
    out: dict[str, Actor] = {}
    owner: dict[str, tuple[str, int]] = {}
    for line, row in rows:
        out_actor = _parse_row(p, line, row)
        if out_actor.actor_id in out:
            raise InputError(p, f"line {line}: duplicate actor_id {out_actor.actor_id!r}",
                             "Give every actor a unique id")
        for alias in out_actor.aliases:
            if alias in owner:
                other, other_line = owner[alias]
                raise InputError(p, f"line {line}: alias {alias!r} of {out_actor.actor_id} is already an alias of "
                                    f"{other} (line {other_line})", "Keep each alias under one actor only")
            owner[alias] = (out_actor.actor_id, line)
        out[out_actor.actor_id] = out_actor
    for line, row in rows:
        acts_for = (row.get("acts_for") or "").strip()
        if acts_for and acts_for not in out:
            raise InputError(p, f"line {line}: acts_for {acts_for!r} of {row['actor_id']} is not an actor_id",
                             "Use the id of another row, or leave acts_for empty")
    return out


def _parse_row(p: Path, line: int, row: dict) -> Actor:
    where = f"line {line}"
    if None in row or any(row.get(c) is None for c in COLUMNS):
        raise InputError(p, f"{where}: expected {len(COLUMNS)} fields", "Quote fields that contain commas")
    actor_id, typ, name = row["actor_id"], row["type"], row["name"]
    if not _ID.fullmatch(actor_id):
        raise InputError(p, f"{where}: bad actor_id {actor_id!r}",
                         "Use upper-case letters, digits and _ (e.g. P_TRUMP)")
    if typ not in TYPES:
        raise InputError(p, f"{where}: type {typ!r} of {actor_id}", f"Use one of {', '.join(sorted(TYPES))}")
    if not name.strip() or name != name.strip():
        raise InputError(p, f"{where}: empty or padded name of {actor_id}",
                         "Give the canonical name without outer spaces")
    aliases = tuple(row["aliases"].split(";"))
    bad = [a for a in aliases if not a or a != a.strip()]
    if bad:
        raise InputError(p, f"{where}: empty or padded alias in {row['aliases']!r} of {actor_id}",
                         "Separate aliases with ';' and no spaces around them; drop empty ones")
    if len(set(aliases)) != len(aliases):
        raise InputError(p, f"{where}: repeated alias in {actor_id}", "List each alias once")
    return Actor(actor_id, typ, name, aliases, row["acts_for"].strip(), row["role"].strip())


@lru_cache(maxsize=8)
def _matcher(actors: tuple[Actor, ...]) -> tuple[re.Pattern | None, dict[str, str]]:
    lookup: dict[str, str] = {}
    for a in actors:
        for alias in a.aliases:
            lookup.setdefault(alias, a.actor_id)
    if not lookup:
        return None, {}
    alternation = "|".join(re.escape(a) for a in sorted(lookup, key=lambda s: (-len(s), s)))
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?![\w$])"), lookup


def _actors(codebook: Mapping[str, Actor] | None) -> tuple[Actor, ...]:
    return tuple((codebook if codebook is not None else _default_codebook()).values())


@lru_cache(maxsize=1)
def _default_codebook() -> dict[str, Actor]:
    return load_codebook()


def find_mentions(text: str, codebook: Mapping[str, Actor] | None = None) -> list[Mention]:
    """Mentions of codebook aliases in ``text``: whole words, case-sensitive, longest alias wins."""
    regex, lookup = _matcher(_actors(codebook))
    if regex is None:
        return []
    return [Mention(m.start(), m.end(), m[0], lookup[m[0]]) for m in regex.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of a cleaned text (one paragraph per line), as the corpus stage."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        out.extend((line.start() + s, line.start() + e) for s, e in split_sentences(line[0]))
    return out


def spans_of(spans: Iterable) -> list[tuple[int, int]]:
    """Normalise ``(start, end)`` pairs or objects with ``start``/``end`` to sorted int pairs."""
    out = [(int(s.start), int(s.end)) if hasattr(s, "start") and not isinstance(s, tuple) else (int(s[0]), int(s[1]))
           for s in spans]
    return sorted(out)


# --- unknown names ---------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_](?:\w|[’'.](?=\w)|[-–](?=\w))*\.?")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")
_OPENING = "“\"‘'([{"
CONNECTORS = frozenset("of on for bin ibn al ul ud de van von der".split())
FUNCTION_WORDS = OPENERS | frozenset("""
i me my mine your yours us we our ours him hers them theirs itself himself herself themselves
is are was were be been being do does did done have has had will would shall should can could
may might must not nor upon into onto within without about above below across against along
among around behind beneath beside besides between beyond down inside near off out outside
over past through throughout toward towards under underneath until unlike up via whether
where whose whom whatever whenever wherever whichever whoever just very much more less least
few several any either neither own same than too again once now ago already always never ever
often sometimes soon later early mr mrs ms dr sir
""".split())
MONTHS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TITLES = frozenset("""president vice prime minister premier general gen lt col colonel major field
marshal admiral adm secretary senator sen rep representative ambassador chief deputy foreign
commander chairman chairwoman governor justice judge king queen prince sheikh mullah ayatollah
maulana dr prof professor mr mrs ms sir lord lady captain capt sergeant envoy spokesman
spokeswoman spokesperson state defense defence staff army chiefs""".split())
DEMONYMS = frozenset("""pakistani pakistanis american americans afghan afghans afghani indian
indians chinese soviet soviets russian russians iranian iranians saudi saudis british english
western westerners eastern muslim muslims islamic baloch baluch pashtun pashtuns punjabi sindhi
kashmiri kashmiris arab arabs asian asians european europeans african africans korean koreans
japanese turkish israeli israelis qatari emirati bangladeshi uyghur uighur sikh hindu hindus
christian christians jewish sunni shia shiite""".split())
COMPASS = frozenset("north south east west northern southern eastern western northeast northwest "
                    "southeast southwest".split())
STOP = FUNCTION_WORDS | MONTHS | WEEKDAYS | TITLES | DEMONYMS | COMPASS


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    possessive: bool


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        s, tok = m.start(), m[0]
        if tok.endswith(".") and not _INITIALS.fullmatch(tok):
            tok = tok[:-1]
        poss = tok[-2:] in ("’s", "'s") and len(tok) > 2
        if poss:
            tok = tok[:-2]
        out.append(_Tok(s, s + len(tok), tok, poss))
    return out


def _key(word: str) -> str:
    """Lower-cased word for the stop lists; acronyms ("US", "IT") never match them."""
    return word.lower() if len(word) == 1 or not word.isupper() else word


def _is_heading(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w’'-]*", line)
    if not words or len(words) > 15 or line.rstrip().endswith("."):
        return False
    return all(w[0].isupper() or w.lower() in FUNCTION_WORDS for w in words)


def _initial_positions(text: str, spans: list[tuple[int, int]]) -> set[int]:
    starts = set()
    for s, e in spans:
        i = s
        while i < e and (text[i] in _OPENING or text[i].isspace()):
            i += 1
        starts.add(i)
    for m in re.finditer(r"[“\"‘(\[]\s*(?=[^\W_])", text):
        starts.add(m.end())
    return starts


def unknown_names(text: str, mentions: Iterable[Mention], sentence_spans: Iterable) -> list[UnknownName]:
    """Capitalised names not covered by a mention (see the module docstring for the rules)."""
    covered = bytearray(len(text) + 1)
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    headings = bytearray(len(text) + 1)
    for line in re.finditer(r"[^\n]+", text):
        if _is_heading(line[0]):
            headings[line.start():line.end()] = b"\x01" * (line.end() - line.start())
    initial = _initial_positions(text, spans_of(sentence_spans))
    toks = [t for t in _tokens(text) if not headings[t.start]]
    lower_words = {t.text for t in toks if t.text[0].islower()}

    def is_cap(t: _Tok) -> bool:
        return t.text[0].isupper() and not re.split(r"[-–]", t.text)[-1][:1].islower()

    def content(t: _Tok) -> bool:
        if _key(t.text) in STOP:
            return False
        parts = [(t.start + p.start(), t.start + p.end()) for p in re.finditer(r"[^-–]+", t.text) if p[0][0].isupper()]
        return any(not all(covered[s:e]) for s, e in parts)

    runs: list[list[_Tok]] = []
    i = 0
    while i < len(toks):
        if not is_cap(toks[i]):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks) and not run[-1].possessive:
            gap = text[run[-1].end:toks[j].start]
            if gap == " " and is_cap(toks[j]):
                run.append(toks[j])
                j += 1
                continue
            if (gap == " " and toks[j].text in CONNECTORS and j + 1 < len(toks)
                    and text[toks[j].end:toks[j + 1].start] == " " and is_cap(toks[j + 1])
                    and _key(toks[j + 1].text) not in STOP):
                run += [toks[j], toks[j + 1]]
                j += 2
                continue
            break
        runs.append(run)
        i = j
    out = []
    for run in runs:
        if run[0].start in initial:
            first, rest = run[0], run[1:]
            named_on = bool(rest) and rest[0].text in CONNECTORS
            keep = _key(first.text) not in STOP and (named_on or any(content(t) for t in rest)
                                                     and first.text.lower() not in lower_words)
            if not keep:
                run = rest
        while run and (_key(run[0].text) in FUNCTION_WORDS or run[0].text in CONNECTORS):
            run = run[1:]
        if run and any(content(t) for t in run):
            out.append(UnknownName(run[0].start, run[-1].end, text[run[0].start:run[-1].end]))
    return out
