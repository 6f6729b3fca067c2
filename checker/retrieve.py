"""Stage 6b: retrieval. BM25 with stemming (bm25s) finds candidates; pure scoring functions re-rank them.

The fused relevance of a passage to a claim, 0..1, is a weighted sum of:
- `bm25`: the BM25 score relative to the best candidate's,
- `coverage`: the share of the claim's term weight (idf) that the passage contains,
- `chars`: TF-IDF cosine over character 3-5-grams (forgiving of spelling, hashtags and word forms),
- `words`: TF-IDF cosine over word unigrams and bigrams,
- `title`: the share of the claim's terms found in the passage's document title.
The weights were tuned on the CheckThat! 2021 2A training split (`python bench/retrieval.py --tune`)
and are reported on its dev split.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from .schema import Evidence

WEIGHTS = {"bm25": 0.1, "coverage": 0.05, "chars": 0.4, "words": 0.4, "title": 0.05}
CANDIDATES = 20
MIN_COVERAGE = 0.05  # below this a passage shares too little of the claim to show
IDF_SAMPLE = 100_000  # character and word idf are estimated on at most this many passages
TOKEN = re.compile(r"(?u)\b\w\w+\b")
URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|www\.\S+")
ANCHOR = re.compile(r"\b(?:\d[\d,.]*\d|\d)\b|\b[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*")


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@functools.lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed word tokens without stop words: the vocabulary of the index."""
    words = [w for w in TOKEN.findall(text.lower()) if w not in _stopwords()]
    return _stemmer().stemWords(words)


@functools.lru_cache(maxsize=1)
def _vectorizers() -> dict:
    """Stateless hashing vectorizers; their idf is fitted per index and stored with it."""
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": 2 ** 20, "alternate_sign": False, "norm": None, "dtype": np.float32}
    return {
        "chars": HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common),
        "words": HashingVectorizer(ngram_range=(1, 2), stop_words="english", **common),
    }


def _fit_idf(vectorizer, texts: Sequence[str]) -> np.ndarray:
    counts = vectorizer.transform(texts)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.log((1 + len(texts)) / (1 + df)).astype(np.float32) + 1


class Retriever:
    """A bm25s index over passage title and text, with the idf of terms, characters and words to re-rank."""

    def __init__(self, bm25, vocab: dict[str, int], idf: dict[str, np.ndarray], path: Path | None = None):
        self.bm25 = bm25
        self.vocab = vocab
        self.idf = idf
        self.path = path

    @property
    def size(self) -> int:
        return int(self.bm25.scores["num_docs"])

    @classmethod
    def build(cls, texts: Sequence[str], titles: Sequence[str]) -> "Retriever":
        import bm25s

        vocab: dict[str, int] = {}
        corpus_ids = []
        for text, title in zip(texts, titles):
            ids = []
            for term in terms(f"{title} {text}" if title else text):
                ids.append(vocab.setdefault(term, len(vocab)))
            corpus_ids.append(ids)
        bm25 = bm25s.BM25()
        bm25.index((corpus_ids, vocab), show_progress=False)
        step = max(1, len(texts) // IDF_SAMPLE)
        sample = [f"{title} {text}" for text, title in list(zip(texts, titles))[::step]]
        idf = {name: _fit_idf(vectorizer, sample) for name, vectorizer in _vectorizers().items()}
        return cls(bm25, vocab, idf)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.bm25.save(str(folder), show_progress=False)
        (folder / "terms.json").write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        for name, values in self.idf.items():
            np.save(folder / f"idf.{name}.npy", values)

    @classmethod
    def load(cls, folder: Path) -> "Retriever":
        import bm25s

        bm25 = bm25s.BM25.load(str(folder), mmap=True, load_vocab=False, show_progress=False)
        vocab = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
        idf = {name: np.load(folder / f"idf.{name}.npy", mmap_mode="r") for name in _vectorizers()}
        return cls(bm25, vocab, idf, folder)

    def cosines(self, text: str, passages: Sequence[str]) -> dict[str, np.ndarray]:
        """TF-IDF cosine of `text` with each passage, over character n-grams and over words."""
        found = {}
        for name, vectorizer in _vectorizers().items():
            matrix = vectorizer.transform([text, *passages])
            # sublinear tf times idf, on the stored values only (the matrix is 2**20 columns wide)
            matrix.data = (1 + np.log(matrix.data)) * np.asarray(self.idf[name])[matrix.indices]
            squares = np.add.reduceat(matrix.data ** 2, matrix.indptr[:-1]) if matrix.nnz else np.zeros(1)
            squares[np.diff(matrix.indptr) == 0] = 0
            norms = np.sqrt(squares)
            norms[norms == 0] = 1.0
            dots = (matrix[1:] @ matrix[0].T).toarray().ravel()
            found[name] = dots / (norms[1:] * norms[0])
        return found

    @functools.cached_property
    def document_frequency(self) -> np.ndarray:
        indptr = np.asarray(self.bm25.scores["indptr"])
        return np.diff(indptr)

    def term_idf(self, term_ids: Sequence[int]) -> np.ndarray:
        n = self.size
        df = self.document_frequency[np.asarray(term_ids, dtype=np.int64)]
        return np.log(1 + (n - df + 0.5) / (df + 0.5))

    def candidates(self, query_terms: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
        """Passage ids and BM25 scores of the top `n` passages for already-stemmed query terms."""
        ids = [self.vocab[t] for t in query_terms if t in self.vocab]
        if not ids:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        scores = self.bm25.get_scores_from_ids(ids)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[scores[top] > 0]
        order = np.argsort(-scores[top], kind="stable")
        return top[order], scores[top][order]


# ---------------------------------------------------------------------------------------------------------
# Pure scoring functions: each takes the claim and a passage, returns 0..1.


def coverage(query_terms: Sequence[str], passage_terms: set[str], weights: dict[str, float]) -> float:
    """The idf-weighted share of the claim's terms that the passage contains."""
    total = sum(weights.get(t, 0.0) for t in set(query_terms))
    if total == 0:
        return 0.0
    return sum(weights.get(t, 0.0) for t in set(query_terms) if t in passage_terms) / total


def title_match(query_terms: Sequence[str], title: str | None) -> float:
    if not title or not query_terms:
        return 0.0
    title_terms = set(terms(title))
    return len(set(query_terms) & title_terms) / len(set(query_terms))


def anchors(text: str) -> set[str]:
    """Numbers and capitalised names: the words a near-miss gets wrong."""
    found = set()
    for match in ANCHOR.finditer(text):
        value = match.group(0).replace(",", "")
        if value[0].isupper() and value.split()[0].lower() in _stopwords():
            value = " ".join(value.split()[1:])
        if value:
            found.add(value.lower())
    return found


def anchor_overlap(claim: str, passage: str) -> float:
    wanted = anchors(claim)
    if not wanted:
        return 0.0
    passage_lower = passage.lower().replace(",", "")
    return sum(1 for a in wanted if a in passage_lower) / len(wanted)


def alignment(claim: str, passage: str) -> tuple[int, int]:
    """The span of `passage` that best matches `claim` (rapidfuzz partial alignment), snapped to words."""
    result = fuzz.partial_ratio_alignment(claim, passage, processor=str.lower)
    if result is None:
        return 0, len(passage)
    start, end = result.dest_start, result.dest_end
    while start > 0 and not passage[start - 1].isspace():
        start -= 1
    while end < len(passage) and not passage[end].isspace():
        end += 1
    return start, end


def fuse(features: dict[str, float], weights: dict[str, float] = WEIGHTS) -> float:
    return sum(weights[name] * features.get(name, 0.0) for name in weights)


@dataclass(frozen=True)
class Scored:
    """A candidate passage with its features and fused relevance."""

    passage_id: int
    relevance: float
    features: dict


def rank(index, text: str, k: int = 5, weights: dict[str, float] = WEIGHTS,
         n_candidates: int = CANDIDATES, min_coverage: float = MIN_COVERAGE) -> list[Scored]:
    """Candidates from BM25, re-ranked by the fused features; nothing for stop-word or unknown-word queries."""
    retriever: Retriever = index.retriever
    text = URL.sub(" ", text)
    query_terms = terms(text)
    ids, scores = retriever.candidates(query_terms, n_candidates)
    if len(ids) == 0:
        return []
    known = [t for t in set(query_terms) if t in retriever.vocab]
    idf = dict(zip(known, retriever.term_idf([retriever.vocab[t] for t in known]).tolist()))
    passages = index.passages([int(i) for i in ids])
    best = float(scores[0]) or 1.0
    full = [f"{p.title or ''} {p.text}" for p in passages]
    cosines = retriever.cosines(text, full)
    scored = []
    for i, (passage, score) in enumerate(zip(passages, scores)):
        features = {
            "bm25": float(score) / best,
            "coverage": coverage(query_terms, set(terms(full[i])), idf),
            "chars": float(cosines["chars"][i]),
            "words": float(cosines["words"][i]),
            "title": title_match(query_terms, passage.title),
        }
        if features["coverage"] < min_coverage:
            continue
        scored.append(Scored(passage.id, fuse(features, weights), features))
    scored.sort(key=lambda s: (-s.relevance, s.passage_id))
    return scored[:k]


def search(index, text: str, k: int = 5) -> list[Evidence]:
    """The `k` most relevant passages as Evidence, with the best-matching span of each."""
    ranked = rank(index, text, k=k)
    passages = {p.id: p for p in index.passages([s.passage_id for s in ranked])}
    found = []
    for item in ranked:
        passage = passages[item.passage_id]
        start, end = alignment(text, passage.text)
        found.append(Evidence(doc_id=passage.doc_id, title=passage.title, url=passage.url,
                              publisher=passage.publisher, published=passage.published, passage=passage.text,
                              score=round(min(1.0, max(0.0, item.relevance)), 4), stance="related", why="",
                              match_start=start, match_end=end))
    return found
