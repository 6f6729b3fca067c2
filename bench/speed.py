"""Pipeline speed: words/s of `checker.check_many` against spaCy's own `nlp.pipe` on the same texts.

    python bench/speed.py [--repeat 5] [--rounds 3]

Both run in this process, on one core, over the same articles (the held-out attribution set and the
sample article, repeated); each is timed `--rounds` times, alternating, and the best round counts.
The ratio is checker / spaCy: 1.0 means the pipeline costs nothing beyond the parse.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import checker
from checker import ingest
from checker.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent


def texts(repeat: int) -> list[str]:
    articles = [json.loads(line)["text"] for line in
                (ROOT / "bench" / "data" / "attribution" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    articles.append((ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8"))
    return articles * repeat


def words(items: list[str]) -> int:
    return sum(len(t.split()) for t in items)


def time_spacy(nlp, items: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(items, batch_size=8):
        pass
    return time.perf_counter() - start


def time_checker(items: list[str], typer=None) -> float:
    start = time.perf_counter()
    documents = [ingest.from_text(t) for t in items]
    for _ in checker.check_many(documents, typer=typer):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="copies of the article set (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each (default 3)")
    args = parser.parse_args(argv)
    items = texts(args.repeat)
    n_words = words(items)
    pipeline = load_pipeline()
    time_checker(items[:3])  # warm-up: loads the models
    spacy_times, checker_times = [], []
    for _ in range(args.rounds):
        # spaCy's own pipeline, as a user would load it: without Claimcheck's paragraph-break component.
        with pipeline.select_pipes(disable=["paragraph_breaks"]):
            spacy_times.append(time_spacy(pipeline, items))
        checker_times.append(time_checker(items))
    spacy_wps = n_words / min(spacy_times)
    checker_wps = n_words / min(checker_times)
    print(f"{len(items)} articles, {n_words} words, best of {args.rounds} rounds, 1 process")
    print(f"spaCy nlp.pipe        {spacy_wps:10,.0f} words/s")
    print(f"checker.check_many    {checker_wps:10,.0f} words/s")
    print(f"ratio checker/spaCy   {checker_wps / spacy_wps:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
