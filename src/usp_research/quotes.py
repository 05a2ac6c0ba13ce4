"""Direct quotations in cleaned article text and who is quoted.

Method
------
1. **Candidates.** Curly double quotes “...”, straight double quotes "..." (an opening mark
   not after a letter or digit, a closing mark not before one) and curly single quotes ‘...’
   (an apostrophe followed by a letter, as in "Pakistan’s", does not close them), each within
   one paragraph (line). Quote marks nested in an earlier candidate are part of it.
2. **Attribution**, searched in this order (the first found in each position is used):

   * *trailing* (right after the closing mark, in the same paragraph):
     a dash attribution ``“...” – Donald Trump`` (hyphen, en or em dash, then a capitalised
     name ending the line or followed by ``,``/``.``/``(``); or, when the quotation ends in
     ``, ? !`` or a comma follows it, a clause ``Trump said`` / ``said Trump`` / ``he said`` /
     ``the minister told reporters`` / ``according to X`` whose speech verb is among its first
     ten words (the clause ends at the end of the sentence, the next quote mark or the line);
   * *interrupted*: ``“Our partnership,” Blinken said, “is strong.”`` is **one** quote spanning
     both parts, attributed to the middle clause (it must hold a speech verb and end in ``,``);
   * *leading* (before the opening mark, in the same sentence): a speech verb at most five
     words before the mark (eight when the gap ends in "that", ":" or ","), as in
     ``Trump said: “``, ``He stated, “``, ``called Pakistan “``, ``accused Pakistan of giving
     “``; ``according to X, “``; a transcript line ``Blinken: “...”``. A quotation that opens a
     paragraph takes the leading attribution of the previous paragraph when that paragraph
     ends in ``,`` or ``:`` ("He stated," + new paragraph; confidence at most medium).
   * *continuation*: a quotation with no attribution of its own that follows an attributed
     one in the same paragraph, with nothing in between but the rest of that one's
     attribution sentence (``“A,” Dar told reporters. “B.”``), inherits its speaker (medium).

   When both a trailing and a leading attribution exist, the trailing one is used (see 4).

   Speech verbs: say, tell, state, add, note, argue, warn, call, accuse, tweet, write, declare,
   remark, insist, label/labell, ask, reply, explain, stress, assert, claim, announce, caution
   (forms in -s, -ed/irregular past, -ing; "say"/"tell" also bare), and "put it" ("As one
   analyst put it, “...”"). A verb followed by of/about/against/on/over names a topic, not
   the quoted words ("warned of a “debt trap”"), except "accused X of".
3. **Speaker.** In the subject before a leading or trailing verb (the clause chunk right
   before the verb; for ``X, <appositive>, said`` the chunk before the appositive), or after
   the verb (``said X``), the first found of: a person mention (or he/she, whichever is
   nearer to the verb); another codebook mention when it *is* the subject (an institution:
   "the State Department said", "Washington has warned"; not "a senior US official"); a
   capitalised name not in the codebook (kept as written; its id is that of the one person
   mentioned earlier with this surname, "Ishaq Dar ... Dar told", with a note, else "");
   they/it/we (unresolved); a short noun phrase ("a senior US official", id "", medium). A
   lone sentence-initial word that is the whole subject is a name ("Khan told") unless it is
   a common speaker noun ("Officials said") or occurs in lower case in the text. ``speaker``
   is the name as written (for a pronoun: its antecedent's mention), ``speaker_actor_id``
   the mention's actor id.

   *Pronouns* he/she take the most recent person mention (outside quotations) from the start
   of the sentence two before the pronoun's sentence up to the pronoun. One person ->
   medium; two or more different people -> the most recent one with confidence low and a
   note; none -> speaker "" and low.
4. **Conflicts.** When a trailing (explicit) attribution and a leading one name different
   speakers, the trailing one wins, confidence is low and ``attribution_text`` carries a note
   (shifting-sands: "Kurilla ... He stated," before a quotation signed "– Donald Trump").
5. **Quote or scare quote.** A candidate of fewer than four words is a quotation only when it
   has an attribution whose speaker is *named* (a mention, a capitalised name, or he/she
   resolved to a person) and the mark is not introduced as a term ("what it calls “...”",
   "so-called “...”"): ``“War on Terror,”``, ``“debt trap.”``, ``“strategic autonomy”`` are not
   quotations; ``Trump called the deal “a disaster.”`` is. A ‘single-quoted’
   candidate is a quotation only with four or more words and an attribution. Every other
   candidate of four or more words is a quotation; without attribution its speaker is "" and
   its confidence low.

Confidence: **high** an explicit named attribution (dash, adjacent speech verb with a named
subject, according to, transcript label, or leading and trailing agreeing); **medium** a
pronoun with one candidate, an unnamed noun-phrase speaker, a cross-paragraph attribution or
a continuation; **low** no speaker, unresolved or ambiguous pronoun, conflicting attributions.

Conventions: spans are ``[start, end)`` offsets into the text; ``text == source[start:end]``
and includes the quote marks. ``attribution_text`` is ``source[attribution_start:
attribution_end]`` (the attribution clause, e.g. "– Donald Trump", "Trump accused Pakistan of
giving", "he said"), followed by `` [note]`` when there is something to flag; with no
attribution the span is empty at ``start`` and the text is the note alone. Mentions inside
quotations are never speakers. Results are sorted by ``start`` and never overlap.
``find_quotes`` computes ``sentence_spans`` (as the corpus stage), ``mentions`` and the
codebook (the project's) when they are ``None``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterable, Mapping, Sequence

from .actors import FUNCTION_WORDS, MONTHS, STOP, WEEKDAYS, Actor, Mention, _key, find_mentions, load_codebook
from .actors import sentence_spans as _split_sentences
from .actors import spans_of

_VERBS = ("say says said saying tell tells told telling states stated stating adds added adding "
          "notes noted noting argues argued arguing warns warned warning calls called calling "
          "accuses accused accusing tweets tweeted tweeting writes wrote writing declares declared "
          "declaring remarks remarked remarking insists insisted insisting labels labelled labeled "
          "labelling labeling asks asked asking replies replied replying explains explained "
          "explaining stresses stressed stressing asserts asserted asserting claims claimed "
          "claiming announces announced announcing cautions cautioned cautioning")
SPEECH_VERB = re.compile(r"(?<![\w’'-])(?:put it|" + "|".join(_VERBS.split()) + r")(?![\w’'-])")
_CANDIDATE = re.compile(
    r"“[^“”\n]*”"
    r"|(?<![\w\"])\"(?=[^\s\"])[^\"\n]*?(?<=[^\s\"])\"(?![\w\"])"
    r"|(?<!\w)‘(?=\S)(?:[^‘’\n]|’(?=\w))*?(?<=\S)’(?!\w)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DASH = re.compile(r"[,.]?[ \t]*[-–—][ \t]*")
_ACCORDING = re.compile(r"(?<!\w)[Aa]ccording to\s+")
_TERM = re.compile(r"(?:\bwhat\s+(?:\S+\s+){1,3}?call(?:s|ed)?|\bso-called|\bdubbed|\btermed|\bknown as)\s*$")
_HE_SHE = re.compile(r"(?<!\w)(?:[Hh]e|[Ss]he)(?!\w)")
_OTHER_PRONOUN = re.compile(r"(?<!\w)(?:[Tt]hey|[Ii]t|[Ww]e|I)(?!\w)")
_NAME_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_LEAD_JUNK = re.compile(r"^(?:(?:and|but|as|while|in|which|who|whom|that|where|when|then|also|later|"
                        r"yet|so|because|after|before|with|for)\s+)+", re.I)
_SPEAKER_NOUNS = frozenset("""official officials source sources analyst analysts critic critics expert
experts diplomat diplomats observer observers witness witnesses resident residents spokesman spokeswoman
spokesperson minister ministers officer officers aide aides lawmaker lawmakers leader leaders
report reports statement people others many some""".split())
_TRAILING_AUX = re.compile(r"(?:\s+(?:has|have|had|will|would|could|should|may|might|must|did|does|do|"
                           r"was|were|is|are|been|also|once|then|later|again|further|keeps|kept|"
                           r"\w+ly))+$")
_TOPIC = re.compile(r"\s*(?:of|about|against|on|over)\b")
_CLAUSE_END = re.compile(r"[,;:(]|[.!?](?=\s|$)(?<!\b[A-Z]\.)")
_DETERMINER = re.compile(r"^(?:the|The)\s+")
_CONNECT = frozenset("of bin ibn al ul ud de van von".split())
_NOT_NAME = FUNCTION_WORDS | MONTHS | WEEKDAYS


@dataclass(frozen=True)
class Quote:
    """A direct quotation with its speaker; ``text == source[start:end]`` includes the marks."""

    start: int
    end: int
    text: str
    speaker: str
    speaker_actor_id: str
    attribution_text: str
    attribution_start: int
    attribution_end: int
    confidence: str  # high / medium / low


@dataclass(frozen=True)
class _Speaker:
    text: str
    actor_id: str
    kind: str  # person / actor / name / pronoun / unresolved / np
    confidence: str
    note: str = ""
    candidates: tuple[str, ...] = ()  # actor ids a pronoun could refer to

    @property
    def named(self) -> bool:
        return self.kind in ("person", "actor", "name") or self.kind == "pronoun" and bool(self.text)


@dataclass(frozen=True)
class _Attribution:
    start: int
    end: int
    speaker: _Speaker
    where: str  # trailing / leading / interrupted / previous-paragraph


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _rank(conf: str) -> int:
    return {"low": 0, "medium": 1, "high": 2}[conf]


def _lower(conf: str, cap: str) -> str:
    return conf if _rank(conf) <= _rank(cap) else cap


class _Doc:
    """One text with its sentences, mentions and quotation spans, for attribution look-ups."""

    def __init__(self, text: str, spans: list[tuple[int, int]], mentions: Sequence[Mention],
                 codebook: Mapping[str, Actor], quotes: list[tuple[int, int]]):
        self.text, self.spans, self.codebook = text, spans, codebook
        self.starts = [s for s, _ in spans]
        self.ends = sorted(e for _, e in spans)
        qstarts = [s for s, _ in quotes]

        def inside(m: Mention) -> bool:  # candidates are sorted and disjoint
            i = bisect.bisect_left(qstarts, m.end) - 1
            return i >= 0 and quotes[i][1] > m.start

        self.mentions = sorted((m for m in mentions if 0 <= m.start < m.end <= len(text) and not inside(m)),
                               key=lambda m: m.start)
        self.mstarts = [m.start for m in self.mentions]
        self.lower_words = set(re.findall(r"(?<!\w)[a-z][\w’'-]*", text))
        self.alias_to_id = {a: act.actor_id for act in codebook.values() for a in act.aliases}

    def is_person(self, actor_id: str) -> bool:
        actor = self.codebook.get(actor_id)
        return actor is not None and actor.type == "person"

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def sentence_start(self, pos: int) -> int:
        if not self.spans:
            return self.text.rfind("\n", 0, pos) + 1
        i = self.sentence_index(pos)
        s, e = self.spans[i]
        line_start = self.text.rfind("\n", 0, pos) + 1
        return max(s, line_start) if s <= pos else line_start

    def sentence_end(self, pos: int) -> int:
        """End of the first sentence ending after ``pos``, not beyond the end of the line."""
        line_end = self.text.find("\n", pos)
        line_end = len(self.text) if line_end < 0 else line_end
        i = bisect.bisect_right(self.ends, pos)
        return min(self.ends[i], line_end) if i < len(self.ends) else line_end

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        i = bisect.bisect_left(self.mstarts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].end <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    # --- speakers -------------------------------------------------------------------------

    def resolve(self, pos: int, pronoun: str) -> _Speaker:
        """he/she at ``pos`` -> most recent person mention from two sentences back."""
        k = self.sentence_index(pos)
        lo = self.spans[max(k - 2, 0)][0] if self.spans else 0
        people = [m for m in self.mentions_in(lo, pos) if self.is_person(m.actor_id)]
        if not people:
            return _Speaker("", "", "unresolved", "low",
                            f"pronoun '{pronoun}' has no person antecedent in the two preceding sentences")
        last = people[-1]
        ids = tuple(dict.fromkeys(m.actor_id for m in reversed(people)))
        if len(ids) > 1:
            names = " or ".join(f"{self._name_of(i, people)} ({i})" for i in ids)
            return _Speaker(last.text, last.actor_id, "pronoun", "low",
                            f"pronoun '{pronoun}' is ambiguous: {names}", ids)
        return _Speaker(last.text, last.actor_id, "pronoun", "medium", "", ids)

    @staticmethod
    def _name_of(actor_id: str, people: list[Mention]) -> str:
        return next(m.text for m in reversed(people) if m.actor_id == actor_id)

    def speaker_in(self, lo: int, hi: int, nearest_end: bool) -> tuple[_Speaker, int, int] | None:
        """Speaker named in text[lo:hi]; ``nearest_end`` prefers the last candidate, else the first."""
        pick = (lambda xs: xs[-1]) if nearest_end else (lambda xs: xs[0])  # noqa: E731
        ms = self.mentions_in(lo, hi)
        people = [(m.start, m.end, "m", m) for m in ms if self.is_person(m.actor_id)]
        prons = [(p.start(), p.end(), "p", p[0]) for p in _HE_SHE.finditer(self.text, lo, hi)]
        cands = sorted(people + prons)
        if cands:
            s, e, kind, obj = pick(cands)
            if kind == "m":
                return _Speaker(obj.text, obj.actor_id, "person", "high"), s, e
            return self.resolve(s, obj), s, e
        core = _core(self.text[lo:hi])
        for m in ms:
            if m.text == core:
                return _Speaker(m.text, m.actor_id, "actor", "high"), m.start, m.end
        covered = {i for m in ms for i in range(m.start, m.end)}
        names = [(s, e) for s, e in self.names(lo, hi) if not all(i in covered for i in range(s, e))]
        if names:
            s, e = pick(names)
            return self.named(s, e), s, e
        p = list(_OTHER_PRONOUN.finditer(self.text, lo, hi))
        if p:
            m = pick(p)
            return _Speaker("", "", "unresolved", "low", f"pronoun '{m[0]}' is not resolved"), m.start(), m.end()
        chunk = self.text[lo:hi]
        stripped = _LEAD_JUNK.sub("", chunk.strip())
        if stripped and _words(stripped) <= 8 and stripped[0].isalpha() and not SPEECH_VERB.search(stripped):
            s = lo + chunk.index(stripped)
            return _Speaker(stripped, "", "np", "medium", "unnamed speaker"), s, s + len(stripped)
        return None

    def names(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Capitalised names in text[lo:hi] (titles allowed), holding a word that is no stop word;
        a one-word name must not open its sentence."""
        out, run = [], []
        for w in list(_NAME_WORD.finditer(self.text, lo, hi)) + [None]:
            word = w[0].rstrip(".") if w is not None else ""
            joined = bool(run) and w is not None and self.text[run[-1].end():w.start()] == " " \
                and not run[-1][0].endswith(("’s", "'s"))
            if w is not None and word[:1].isupper() and _key(word) not in _NOT_NAME and (not run or joined):
                run.append(w)
                continue
            if joined and word in _CONNECT:
                run.append(w)
                continue
            while run and run[-1][0] in _CONNECT:
                run.pop()
            if run and any(_key(r[0].rstrip(".").removesuffix("’s").removesuffix("'s")) not in STOP for r in run):
                s, e = run[0].start(), run[-1].end()
                if self.text[s:e].endswith(("’s", "'s")):
                    e -= 2
                if self.text[s:e].endswith(".") and not re.search(r"(?:^|[\s.])[^\W\d_]\.$", self.text[s:e]):
                    e -= 1
                if len(run) > 1 or s != self.sentence_start(s) or self._lone_subject(s, e, lo, hi):
                    out.append((s, e))
            run = [w] if w is not None and word[:1].isupper() and _key(word) not in _NOT_NAME else []
        return out

    def named(self, s: int, e: int) -> _Speaker:
        """A capitalised name not matched as a mention: an exact alias, or the surname of exactly
        one person mentioned earlier in the text ("Ishaq Dar ... Dar said"), else unknown."""
        name = self.text[s:e]
        if name in self.alias_to_id:
            return _Speaker(name, self.alias_to_id[name], "name", "high")
        ids = {m.actor_id for m in self.mentions if m.end <= s and self.is_person(m.actor_id)
               and m.text.split()[-1] == name and " " in m.text}
        if len(ids) == 1:
            (actor_id,) = ids
            return _Speaker(name, actor_id, "name", "high", f"surname of {self.codebook[actor_id].name} named earlier")
        return _Speaker(name, "", "name", "high")

    def _lone_subject(self, s: int, e: int, lo: int, hi: int) -> bool:
        """A sentence-initial word that is the whole chunk ("Khan told ...") is a name unless it is
        a common speaker noun ("Officials said") or occurs in lower case in the text."""
        word = self.text[s:e]
        return (s, e) == (lo, hi) and word.lower() not in _SPEAKER_NOUNS and word.lower() not in self.lower_words

    def subject(self, lo: int, verb: int) -> tuple[_Speaker, int, int] | None:
        """Speaker of a speech verb at ``verb`` from the clause chunks of text[lo:verb]."""
        chunks = _chunks(self.text, lo, verb)
        if not chunks:
            return None
        s, e = chunks[-1]
        if s == e and len(chunks) >= 3:  # "X, <appositive>, said"
            s, e = chunks[-3]
        if s == e:
            return None
        return self.speaker_in(s, e, nearest_end=True)


def _core(chunk: str) -> str:
    """A subject chunk without leading conjunctions/articles, trailing auxiliaries/adverbs and 's."""
    core = _LEAD_JUNK.sub("", re.sub(r"^[^\w]+", "", chunk.strip()))
    core = _DETERMINER.sub("", core)
    core = _TRAILING_AUX.sub("", core)
    return core.removesuffix("’s").removesuffix("'s")


def _chunks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clause chunks of text[lo:hi] split at , ; : and dashes; bracketed parts left out; trimmed."""
    out, start, depth = [], lo, 0
    for i in range(lo, hi):
        c = text[i]
        if c in "([":
            if depth == 0:
                out.append((start, i))
            depth += 1
        elif c in ")]" and depth:
            depth -= 1
            if depth == 0:
                start = i + 1
        elif depth == 0 and (c in ",;:–—" or c == "-" and text[i - 1:i] == " "):
            out.append((start, i))
            start = i + 1
    if depth == 0:
        out.append((start, hi))
    trimmed = []
    for s, e in out:
        seg = text[s:e]
        ls = len(seg) - len(seg.lstrip())
        rs = len(seg.rstrip())
        trimmed.append((s + ls, s + rs) if rs > ls else (s + ls, s + ls))
    merged: list[tuple[int, int]] = []
    for s, e in trimmed:  # "(CENTCOM)" leaves an empty chunk between two commas: drop it
        if merged and s == e and merged[-1][0] == merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


# --- attribution finders ---------------------------------------------------------------------

def _trailing(doc: _Doc, q: tuple[int, int]) -> _Attribution | None:
    text = doc.text
    line_end = text.find("\n", q[1])
    line_end = len(text) if line_end < 0 else line_end
    dash = _DASH.match(text, q[1], line_end)
    if dash and dash.end() < line_end and text[dash.end()].isupper():
        names = doc.names(dash.end(), line_end)
        if names and names[0][0] == dash.end():
            s, e = names[0]
            tail = text[e:line_end]
            if re.match(r"\s*(?:$|[,;.(])", tail):
                sp = doc.speaker_in(s, e, nearest_end=False)
                if sp is not None:
                    at = next(k for k in range(dash.start(), dash.end()) if text[k] in "-–—")
                    return _Attribution(at, e, sp[0], "trailing")
    inner = text[q[0] + 1:q[1] - 1].rstrip()
    after = text[q[1]:q[1] + 1]
    if not (inner[-1:] in (",", "?", "!") or after == ","):
        return None
    lo = q[1] + (1 if after == "," else 0)
    hi = min(doc.sentence_end(lo), line_end)
    for mark in "“\"‘":
        k = text.find(mark, lo, hi)
        if k >= 0:
            hi = k
    hi = max(hi, lo)
    clause = text[lo:hi]
    body = len(clause) - len(clause.lstrip())
    acc = _ACCORDING.match(text, lo + body, hi)
    if acc:
        end = _clause_end(text, acc.end(), hi)
        sp = doc.speaker_in(acc.end(), end, nearest_end=False)
        if sp:
            return _Attribution(lo + body, end, sp[0], "trailing")
        return None
    verb = SPEECH_VERB.search(text, lo, hi)
    if not verb or _words(text[lo:verb.start()]) > 10:
        return None
    pre_s, pre_e = lo + body, verb.start()
    pre = text[pre_s:pre_e].strip(" ,")
    if pre:
        first = pre.split()[0]
        if first.lower() in ("which", "that", "who", "whom", "where", "when", "and", "but", "while", "as"):
            return None
        sp = doc.subject(pre_s, verb.start())
        if sp is None:
            return None
        return _Attribution(pre_s, verb.end(), sp[0], "trailing")
    end = _clause_end(text, verb.end(), hi)
    sp = doc.speaker_in(verb.end(), end, nearest_end=False)
    if sp is None:
        return None
    return _Attribution(pre_s, max(sp[2], verb.end()), sp[0], "trailing")


def _clause_end(text: str, lo: int, hi: int) -> int:
    """End of the clause starting at ``lo``: before the first , ; : ( or sentence end."""
    m = _CLAUSE_END.search(text, lo, hi)
    end = m.start() if m else hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end


def _leading(doc: _Doc, q: tuple[int, int]) -> _Attribution | None:
    text = doc.text
    line_start = text.rfind("\n", 0, q[0]) + 1
    where = "leading"
    if not text[line_start:q[0]].strip():
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1].isspace():
            prev_end -= 1
        if prev_end <= 0 or text[prev_end - 1] not in ",:":
            return None
        lo, hi, where = doc.sentence_start(prev_end - 1), prev_end, "previous-paragraph"
        lo = max(lo, text.rfind("\n", 0, prev_end) + 1)
    else:
        lo, hi = max(doc.sentence_start(q[0]), line_start), q[0]
        label = re.fullmatch(r"\s*([^\W\d_][\w’'. -]{0,60}?)\s*:\s*", text[line_start:q[0]])
        if label and lo == line_start and all(w[0].isupper() or w in _CONNECT for w in label[1].split()):
            s = line_start + label.start(1)
            sp = doc.speaker_in(s, line_start + label.end(1), nearest_end=True)
            e = line_start + label.end(1)
            if sp and sp[0].kind in ("person", "actor", "name"):
                return _Attribution(s, e, sp[0], "leading")
            if text[s].isupper() and _words(text[s:e]) <= 4:
                return _Attribution(s, e, doc.named(s, e), "leading")
    pre = text[lo:hi]
    if _TERM.search(pre):
        return _Attribution(hi, hi, _Speaker("", "", "term", "low", "introduced as a term"), where)
    acc = None
    for acc in _ACCORDING.finditer(text, lo, hi):
        pass
    if acc and re.fullmatch(r"[^,;.]{1,80},\s*", text[acc.end():hi]):
        end = text.rindex(",", acc.end(), hi)
        sp = doc.speaker_in(acc.end(), end, nearest_end=False)
        if sp:
            return _Attribution(acc.start(), end, sp[0], where)
    verbs = list(SPEECH_VERB.finditer(text, lo, hi))
    for verb in reversed(verbs):
        gap = text[verb.end():hi]
        n = _words(gap)
        loose = re.search(r"(?:\bthat|[:,])\s*$", gap)
        if re.search(r"[.;!?“”\"]", gap) or n > (8 if loose else 5):
            continue
        if _TOPIC.match(gap) and not verb[0].startswith("accus"):  # "warned of a “debt trap”": a topic
            continue
        sp = doc.subject(lo, verb.start())
        if sp is None:
            return None
        end = hi
        while end > verb.end() and (text[end - 1].isspace() or text[end - 1] in ",:"):
            end -= 1
        return _Attribution(sp[1], end, sp[0], where)
    return None


def _interrupted(doc: _Doc, q1: tuple[int, int], q2: tuple[int, int]) -> _Attribution | None:
    text = doc.text
    inner = text[q1[0] + 1:q1[1] - 1].rstrip()
    between = text[q1[1]:q2[0]]
    if "\n" in between or not (inner.endswith(",") or between.startswith(",")):
        return None
    if not re.fullmatch(r",?\s+[^.;!?“”\"]{1,120},\s*", between):
        return None
    lo = q1[1] + (1 if between.startswith(",") else 0)
    hi = text.rindex(",", q1[1], q2[0])
    verb = SPEECH_VERB.search(text, lo, hi)
    if not verb or _words(text[lo:hi]) > 10:
        return None
    body = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    if text[body:verb.start()].strip():
        sp = doc.subject(body, verb.start())
    else:
        sp = doc.speaker_in(verb.end(), hi, nearest_end=False)
    if sp is None:
        return None
    return _Attribution(body, hi, sp[0], "interrupted")


# --- main ------------------------------------------------------------------------------------

def _candidates(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CANDIDATE.finditer(text)]


def _same(a: _Speaker, b: _Speaker) -> bool:
    if a.actor_id and (a.actor_id == b.actor_id or a.actor_id in b.candidates):
        return True
    return bool(a.text) and a.text == b.text


def _note(text: str, note: str) -> str:
    return f"{text} [{note}]" if text and note else (f"[{note}]" if note else text)


def find_quotes(text: str, sentence_spans: Iterable | None = None, mentions: Sequence[Mention] | None = None,
                codebook: Mapping[str, Actor] | None = None) -> list[Quote]:
    """Direct quotations in ``text`` with speaker and attribution (rules in the module docstring)."""
    codebook = codebook if codebook is not None else load_codebook()
    spans = spans_of(sentence_spans) if sentence_spans is not None else _split_sentences(text)
    mentions = list(mentions) if mentions is not None else find_mentions(text, codebook)
    cands = _candidates(text)
    doc = _Doc(text, spans, mentions, codebook, cands)
    out: list[Quote] = []
    i = 0
    while i < len(cands):
        q = cands[i]
        merged = None
        if i + 1 < len(cands):
            merged = _interrupted(doc, q, cands[i + 1])
        if merged:
            span = (q[0], cands[i + 1][1])
            i += 2
            quote = _decide(doc, span, merged, None, single=False)
        else:
            i += 1
            single = text[q[0]] == "‘"
            quote = _decide(doc, q, _trailing(doc, q), _leading(doc, q), single)
        if quote is None:
            continue
        if not quote.speaker and not quote.attribution_end > quote.attribution_start and out:
            quote = _continuation(doc, out[-1], quote) or quote
        out.append(quote)
    return out


def _decide(doc: _Doc, span: tuple[int, int], trail: _Attribution | None, lead: _Attribution | None,
            single: bool) -> Quote | None:
    text = doc.text
    words = _words(text[span[0]:span[1]])
    term = lead is not None and lead.speaker.kind == "term"
    if term:
        lead = None
    chosen, conf, note = trail or lead, "low", ""
    if chosen is not None:
        sp = chosen.speaker
        conf, note = sp.confidence, sp.note
        if chosen.where == "previous-paragraph":
            conf = _lower(conf, "medium")
        if trail is not None and lead is not None and lead.speaker.kind != "unresolved":
            if _same(trail.speaker, lead.speaker) or _same(lead.speaker, trail.speaker):
                conf = "high" if _rank(trail.speaker.confidence) == 2 or _rank(lead.speaker.confidence) == 2 else conf
            elif trail.speaker.text or trail.speaker.actor_id:
                lead_txt = text[lead.start:lead.end]
                who = lead.speaker.text or "nobody"
                ids = f" ({lead.speaker.actor_id})" if lead.speaker.actor_id else ""
                conf = "low"
                conflict = (f"conflict: preceding attribution '{lead_txt}' points to {who}{ids}; "
                            "the explicit trailing attribution is used")
                note = "; ".join(x for x in (note, conflict) if x)
    named = chosen is not None and chosen.speaker.named
    if single and (words < 4 or chosen is None):
        return None
    if words < 4 and (not named or term):
        return None
    if words == 0:
        return None
    if chosen is None:
        return Quote(span[0], span[1], text[span[0]:span[1]], "", "", _note("", "no attribution found"),
                     span[0], span[0], "low")
    sp = chosen.speaker
    if not sp.text:
        conf = "low"
    return Quote(span[0], span[1], text[span[0]:span[1]], sp.text, sp.actor_id,
                 _note(text[chosen.start:chosen.end], note), chosen.start, chosen.end, conf)


def _continuation(doc: _Doc, prev: Quote, quote: Quote) -> Quote | None:
    """Inherit the previous quotation's speaker when nothing but its attribution sentence separates them."""
    text = doc.text
    if not prev.speaker or "\n" in text[prev.end:quote.start]:
        return None
    gap_from = max(prev.end, prev.attribution_end)
    if any(gap_from < s < quote.start for s in doc.starts):
        return None
    if re.search(r"[“”\"‘]", text[gap_from:quote.start]):
        return None
    if prev.attribution_end <= prev.start and not re.fullmatch(r"[\s.,;:]*", text[gap_from:quote.start]):
        return None
    return replace(quote, speaker=prev.speaker, speaker_actor_id=prev.speaker_actor_id,
                   attribution_text=f"[continues the quotation at {prev.start}]", confidence="medium")
