"""Batch scoring speed: drafts/s of `claimcheck score` beside spaCy's own `nlp.pipe`, at 1 and 2 workers.

    python bench/batch_speed.py [--drafts 1000] [--workers 1 2]

The drafts are generated deterministically from the labelled sentences in data/claim_types
(600-1,200 words each, a dateline and a headline on top) and scored with the embedded sample
corpus, so every claim is also retrieved and judged against reference passages. The baseline is
spaCy's English pipeline over the same texts with `nlp.pipe(n_process=workers)`, measured in the
same run. Ratios: checker / spaCy at equal workers (target >= 0.8), and 2 workers / 1 worker for
each (target >= 1.7).
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
    args = parser.parse_args(argv)
    texts = generate(args.drafts)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "drafts"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"draft-{i:04d}.txt").write_text(text, encoding="utf-8")
        spacy_seconds(texts[:4], 1)  # load models before timing
        results = {}
        for workers in args.workers:
            results[("spacy", workers)] = spacy_seconds(texts, workers)
            results[("checker", workers)] = checker_seconds(folder, workers, Path(tmp) / f"scores-{workers}.csv")
        outputs = {w: (Path(tmp) / f"scores-{w}.csv").read_bytes() for w in args.workers}
    print(f"{len(texts)} drafts, {words:,} words ({words / len(texts):.0f} per draft), sample corpus")
    print(f"{'system':<28}{'workers':>8}{'seconds':>10}{'drafts/s':>10}{'words/s':>10}")
    for (system, workers), seconds in results.items():
        name = "spaCy nlp.pipe" if system == "spacy" else "claimcheck score"
        print(f"{name:<28}{workers:>8}{seconds:>10.1f}{len(texts) / seconds:>10.2f}{words / seconds:>10,.0f}")
    for workers in args.workers:
        print(f"checker / spaCy at {workers} worker(s): {results[('spacy', workers)] / results[('checker', workers)]:.2f}")
    if 1 in args.workers and 2 in args.workers:
        for system in ("spacy", "checker"):
            print(f"{system}: 2 workers / 1 worker: {results[(system, 1)] / results[(system, 2)]:.2f}")
        print("identical output at 1 and 2 workers:", outputs[1] == outputs[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
