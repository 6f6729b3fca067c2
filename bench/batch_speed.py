"""Batch scoring speed: drafts/s of `claimcheck score` beside spaCy's own `nlp.pipe`, at 1 and 2 workers.

    python bench/batch_speed.py [--drafts 1000] [--workers 1 2] [--rounds 4]

The drafts are generated deterministically from the labelled sentences in data/claim_types
(600-1,200 words each, a dateline and a headline on top) and scored with the embedded sample
corpus, so every claim is also retrieved and judged against reference passages. The baseline is
spaCy's English pipeline over the same texts with `nlp.pipe(n_process=workers)`, measured in the
same run: the drafts are cut into rounds, and in each round spaCy and Claimcheck run in turn on the
same slice at each worker count. Ratios: checker / spaCy at equal workers (target >= 0.8, also shown
per round), and 2 workers / 1 worker for each (target >= 1.7).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sentences_by_article() -> list[list[str]]:
    articles: dict[str, list[tuple[int, str]]] = {}
    for path in sorted((ROOT / "data" / "claim_types").glob("written-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            articles.setdefault(record["article"], []).append((record["sentence_index"], record["sentence"]))
    return [[s for _, s in sorted(set(items))] for _, items in sorted(articles.items())]


def generate(n: int, seed: int = 7) -> list[str]:
    """Drafts of 600-1,200 words made of whole labelled articles' sentences, in paragraphs."""
    rng = random.Random(seed)
    pool = sentences_by_article()
    drafts = []
    for i in range(n):
        target = rng.randint(600, 1200)
        words, paragraphs = 0, []
        while words < target:
            article = rng.choice(pool)
            start = rng.randrange(len(article))
            chunk = article[start:start + rng.randint(2, 4)]
            paragraphs.append(" ".join(chunk))
            words += sum(len(s.split()) for s in chunk)
        day = 1 + i % 28
        drafts.append(f"Monday, {day} April 2024\n\nDraft {i}: {paragraphs[0][:60]}\n\n" + "\n\n".join(paragraphs))
    return drafts


def spacy_seconds(texts: list[str], workers: int) -> float:
    from checker.nlp import load_pipeline

    nlp = load_pipeline()
    start = time.perf_counter()
    with nlp.select_pipes(disable=["paragraph_breaks"]):
        for _ in nlp.pipe(texts, batch_size=8, n_process=workers):
            pass
    return time.perf_counter() - start


def checker_seconds(folder: Path, workers: int, out: Path) -> float:
    from checker import batch

    drafts = batch.collect([str(folder)])
    start = time.perf_counter()
    outcome = batch.score(drafts, corpus_path=str(ROOT / "corpus"), workers=workers, out=str(out), fmt="csv")
    elapsed = time.perf_counter() - start
    assert outcome.failed == 0, "a generated draft failed"
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=4,
                        help="measure spaCy and Claimcheck in turn on this many slices of the drafts")
    args = parser.parse_args(argv)
    texts = generate(args.drafts)
    words = sum(len(t.split()) for t in texts)
    size = -(-len(texts) // args.rounds)
    slices = [range(start, min(start + size, len(texts))) for start in range(0, len(texts), size)]
    results = {(system, w): 0.0 for w in args.workers for system in ("spacy", "checker")}
    round_ratios: dict[int, list[float]] = {w: [] for w in args.workers}
    outputs: dict[int, bytes] = {w: b"" for w in args.workers}
    with tempfile.TemporaryDirectory() as tmp:
        spacy_seconds(texts[:4], 1)  # load the models and the corpus before timing, on both sides
        warm = Path(tmp) / "warm-up"
        warm.mkdir()
        for i in range(4):
            (warm / f"draft-{i}.txt").write_text(texts[i], encoding="utf-8")
        checker_seconds(warm, 1, Path(tmp) / "warm-up.csv")
        for n, part in enumerate(slices):
            folder = Path(tmp) / f"drafts-{n}"
            folder.mkdir()
            for i in part:
                (folder / f"draft-{i:04d}.txt").write_text(texts[i], encoding="utf-8")
            # spaCy and Claimcheck take turns on the same slice, so a slow spell on a shared machine
            # falls on both rather than on whichever happened to run then.
            for workers in args.workers:
                spacy = spacy_seconds([texts[i] for i in part], workers)
                out = Path(tmp) / f"scores-{n}-{workers}.csv"
                checker = checker_seconds(folder, workers, out)
                results[("spacy", workers)] += spacy
                results[("checker", workers)] += checker
                round_ratios[workers].append(spacy / checker)
                lines = out.read_bytes().splitlines(keepends=True)
                outputs[workers] += b"".join(lines if n == 0 else lines[1:])  # one header
    print(f"{len(texts)} drafts, {words:,} words ({words / len(texts):.0f} per draft), sample corpus, "
          f"{len(slices)} rounds")
    print(f"{'system':<28}{'workers':>8}{'seconds':>10}{'drafts/s':>10}{'words/s':>10}")
    for (system, workers), seconds in sorted(results.items(), key=lambda item: (item[0][1], item[0][0] != "spacy")):
        name = "spaCy nlp.pipe" if system == "spacy" else "claimcheck score"
        print(f"{name:<28}{workers:>8}{seconds:>10.1f}{len(texts) / seconds:>10.2f}{words / seconds:>10,.0f}")
    for workers in args.workers:
        ratios = " ".join(f"{r:.2f}" for r in round_ratios[workers])
        print(f"checker / spaCy at {workers} worker(s): {results[('spacy', workers)] / results[('checker', workers)]:.2f}"
              f"  (rounds: {ratios})")
    if 1 in args.workers and 2 in args.workers:
        for system in ("spacy", "checker"):
            print(f"{system}: 2 workers / 1 worker: {results[(system, 1)] / results[(system, 2)]:.2f}")
        print("identical output at 1 and 2 workers:", outputs[1] == outputs[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
