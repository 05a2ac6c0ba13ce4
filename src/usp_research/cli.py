"""Command line for the pipeline stages that make calls: `python -m usp_research <stage> ...`.

Each stage reads its inputs, writes its outputs atomically, and on bad input prints one line
naming the file and what to do, then exits with status 2.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import InputError
from .paths import resolve


def _corpus(args: argparse.Namespace) -> None:
    from . import corpus
    docs = corpus.build_corpus(resolve(args.corpus_dir))
    corpus.write(docs, resolve(args.derived_dir) / "corpus")


def _annotate(args: argparse.Namespace) -> None:
    from . import annotate
    annotate.run(args.stage_name, args.derived_dir)


def _eval(args: argparse.Namespace) -> None:
    from . import evaluate
    evaluate.main()


def _notebook(args: argparse.Namespace) -> None:
    from . import nbrun
    bad = [p for p in args.param if "=" not in p]
    if bad:
        raise InputError(args.notebook, f"parameter {bad[0]!r} has no value", "Write it as -p NAME=VALUE")
    nbrun.run(resolve(args.notebook), resolve(args.output), dict(p.split("=", 1) for p in args.param))


def _facts(args: argparse.Namespace) -> None:
    from . import facts
    facts.merge([resolve(p) for p in args.parts], resolve(args.output))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="usp-research", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="stage", required=True)
    p = sub.add_parser("corpus", help="clean the articles of a corpus folder into derived corpus tables")
    p.add_argument("--corpus-dir", required=True)
    p.add_argument("--derived-dir", required=True)
    p.set_defaults(func=_corpus)
    p = sub.add_parser("annotate", help="run one annotation stage over the derived corpus")
    p.add_argument("stage_name", choices=["timex", "actors", "quotes", "events", "money", "aid", "themes"])
    p.add_argument("--derived-dir", required=True)
    p.set_defaults(func=_annotate)
    p = sub.add_parser("eval", help="score the extractors against the hand-made gold set in tests/gold")
    p.set_defaults(func=_eval)
    p = sub.add_parser("notebook", help="execute a notebook with papermill, scrub it, render HTML")
    p.add_argument("notebook")
    p.add_argument("output")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE")
    p.set_defaults(func=_notebook)
    p = sub.add_parser("facts", help="merge per-notebook facts into one facts.json")
    p.add_argument("output")
    p.add_argument("parts", nargs="+")
    p.set_defaults(func=_facts)
    args = parser.parse_args(argv)
    try:
        args.func(args)
    except InputError as exc:
        print(f"usp-research {args.stage}: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
