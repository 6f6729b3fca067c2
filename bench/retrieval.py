"""Retrieval quality on CheckThat! 2021 task 2A (tweets against 13,825 Snopes-verified claims).

    python bench/retrieval.py            # MAP@1, MAP@5, Recall@5 on train and dev, beside plain bm25s
    python bench/retrieval.py --tune     # grid-search the fusion weights on the TRAIN split only

Data: ../shared/data/checkthat-2021-2a (Shaar et al., CLEF 2021 CheckThat! lab, CEUR-WS Vol-2936),
"free for general research use". Each verified claim is indexed as one document (claim text, with
its Snopes title as the title). `corpus.search` is Claimcheck's retrieval; "plain bm25s" is bm25s
with its own tokenizer and English stop words, with and without the Snowball stemmer, run on the
same documents in the same process.
"""
from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from checker import retrieve
from checker.corpus import CorpusIndex, SourceDocument

SHARED = Path(os.environ.get("CLAIMCHECK_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
DATA = SHARED / "data" / "checkthat-2021-2a"


def load_claims(path: Path = DATA) -> list[SourceDocument]:
    csv.field_size_limit(10**7)
    with (path / "verified_claims.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quotechar='"'))
    return [SourceDocument(id=r["vclaim_id"], text=r["vclaim"], title=r["title"]) for r in rows]


def load_queries(split: str, path: Path = DATA) -> tuple[dict[str, str], dict[str, set[str]]]:
    with (path / f"{split}_queries.tsv").open(encoding="utf-8", newline="") as handle:
        queries = {r["tweet_id"]: r["tweet_text"] for r in csv.DictReader(handle, delimiter="\t", quotechar='"')}
    qrels: dict[str, set[str]] = defaultdict(set)
    for line in (path / f"{split}_qrels.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[3] != "0":
            qrels[parts[0]].add(parts[2])
    return queries, qrels


def average_precision(ranked: list[str], relevant: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:k], 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / min(len(relevant), k) if relevant else 0.0


def metrics(rankings: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    ids = [q for q in qrels]
    return {
        "MAP@1": float(np.mean([average_precision(rankings.get(q, []), qrels[q], 1) for q in ids])),
        "MAP@5": float(np.mean([average_precision(rankings.get(q, []), qrels[q], 5) for q in ids])),
        "Recall@5": float(np.mean([len(set(rankings.get(q, [])[:5]) & qrels[q]) / len(qrels[q]) for q in ids])),
    }


def plain_bm25s(claims: list[SourceDocument], queries: dict[str, str], stem: bool) -> dict[str, list[str]]:
    import bm25s
    import Stemmer

    stemmer = Stemmer.Stemmer("english") if stem else None
    corpus_tokens = bm25s.tokenize([f"{c.title} {c.text}" for c in claims], stopwords="en", stemmer=stemmer,
                                   show_progress=False)
    model = bm25s.BM25()
    model.index(corpus_tokens, show_progress=False)
    ids = list(queries)
    query_tokens = bm25s.tokenize([queries[q] for q in ids], stopwords="en", stemmer=stemmer, show_progress=False)
    results, _ = model.retrieve(query_tokens, k=5, show_progress=False)
    return {q: [claims[j].id for j in row] for q, row in zip(ids, results)}


def ours(index: CorpusIndex, queries: dict[str, str], **options) -> dict[str, list[str]]:
    rankings = {}
    for q, text in queries.items():
        ranked = retrieve.rank(index, text, k=5, **options)
        rankings[q] = [p.doc_id for p in index.passages([s.passage_id for s in ranked])]
    return rankings


def candidate_features(index: CorpusIndex, queries: dict[str, str]) -> dict[str, list[tuple[str, dict]]]:
    """Every query's candidates with their features, so weight grids need no second retrieval."""
    table = {}
    for q, text in queries.items():
        ranked = retrieve.rank(index, text, k=retrieve.CANDIDATES, min_coverage=0.0)
        docs = index.passages([s.passage_id for s in ranked])
        table[q] = [(d.doc_id, s.features) for d, s in zip(docs, ranked)]
    return table


def tune(index: CorpusIndex, queries, qrels) -> dict[str, float]:
    """Coordinate ascent on MAP@5 over the fusion weights, on the train split only."""
    table = candidate_features(index, queries)

    def score(weights):
        rankings = {q: [d for d, _ in sorted(rows, key=lambda r: -retrieve.fuse(r[1], weights))][:5]
                    for q, rows in table.items()}
        return metrics(rankings, qrels)["MAP@5"]

    weights = {name: 0.0 for name in retrieve.WEIGHTS}
    weights["bm25"] = 1.0
    best = score(weights)
    for _ in range(3):
        for name in weights:
            for value in (0.0, 0.1, 0.25, 0.5, 1.0, 2.0):
                trial = dict(weights, **{name: value})
                if sum(trial.values()) == 0:
                    continue
                trial_score = score(trial)
                if trial_score > best + 1e-9:
                    best, weights = trial_score, trial
    total = sum(weights.values())
    weights = {name: round(value / total, 4) for name, value in weights.items()}
    print(f"best weights on train: {weights} (train MAP@5 {best:.4f})")
    return weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="grid-search fusion weights on the train split")
    args = parser.parse_args(argv)
    claims = load_claims()
    start = time.perf_counter()
    index = CorpusIndex.build(claims)
    print(f"indexed {len(claims)} verified claims in {time.perf_counter() - start:.1f} s")
    splits = {split: load_queries(split) for split in ("train", "dev")}
    if args.tune:
        tune(index, *splits["train"])
        return 0
    print(f"\n{'split':<6}{'system':<34}{'MAP@1':>8}{'MAP@5':>8}{'Recall@5':>10}")
    for split, (queries, qrels) in splits.items():
        systems = {
            "plain bm25s": plain_bm25s(claims, queries, stem=False),
            "plain bm25s + stemming": plain_bm25s(claims, queries, stem=True),
            "claimcheck corpus.search": ours(index, queries),
        }
        for name, rankings in systems.items():
            m = metrics(rankings, qrels)
            print(f"{split:<6}{name:<34}{m['MAP@1']:>8.3f}{m['MAP@5']:>8.3f}{m['Recall@5']:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
