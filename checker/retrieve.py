"""Stage 6b: retrieval. BM25 with stemming (bm25s) finds candidates; pure scoring functions re-rank them.

The fused relevance of a passage to a claim, 0..1, is a weighted sum of:
- `bm25`: the BM25 score relative to the best candidate's,
- `coverage`: the share of the claim's term weight (idf) that the passage contains,
- `chars`: TF-IDF cosine over character 3-4-grams (forgiving of spelling, hashtags and word forms),
- `words`: TF-IDF cosine over word unigrams and bigrams,
- `title`: the share of the claim's terms found in the passage's document title.
The weights were tuned on the CheckThat! 2021 2A training split (`python bench/retrieval.py --tune`)
and are reported on its dev split.
"""
from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
from rapidfuzz import fuzz

from .schema import Evidence

WEIGHTS = {"bm25": 0.1, "coverage": 0.1, "chars": 0.39, "words": 0.39, "title": 0.02}
CANDIDATES = 10
MIN_COVERAGE = 0.05  # below this a passage shares too little of the claim to show
IDF_SAMPLE = 30_000  # character and word idf are estimated on about this many passages
PRUNE_SHARE = 0.05  # in a large index, terms in more than this share of passages do not pick candidates
PRUNE_FROM = 100_000  # passages: below this every query term picks candidates
PASSAGE_CACHE = 50_000  # passages kept vectorised in memory between queries
VECTORS = ("chars", "words")  # the re-ranking vector spaces, named without importing scikit-learn
TOKEN = re.compile(r"(?u)\b\w\w+\b")
URL = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|www\.\S+")


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
    return [stem for stem in map(_term, TOKEN.findall(text.lower())) if stem]


@functools.lru_cache(maxsize=500_000)
def _term(word: str) -> str:
    """A word's stem, or "" for a stop word; each distinct word is stemmed once."""
    return "" if word in _stopwords() else _stemmer().stemWord(word)


@functools.lru_cache(maxsize=1)
def _vectorizers() -> dict:
    """Stateless hashing vectorizers; their idf is fitted per index and stored with it."""
    from sklearn.feature_extraction.text import HashingVectorizer

    common = {"n_features": 2 ** 20, "alternate_sign": False, "norm": None, "dtype": np.float32}
    return {
        "chars": HashingVectorizer(analyzer="char_wb", ngram_range=(3, 4), **common),
        "words": HashingVectorizer(ngram_range=(1, 2), stop_words="english", **common),
    }


@functools.lru_cache(maxsize=1)
def _char_counts():
    """The character vectorizer's counts, word by word (the same matrix, several times faster)."""
    from .ngrams import WordNgramCounts

    return WordNgramCounts(_vectorizers()["chars"])


def _counts(name: str, texts: Sequence[str]):
    return _char_counts().counts(texts) if name == "chars" else _vectorizers()[name].transform(texts)


def _fit_idf(vectorizer, texts: Sequence[str], chunk: int = 5_000) -> np.ndarray:
    """Smoothed idf over hashed features, counted a chunk at a time so memory stays small."""
    df = np.zeros(vectorizer.n_features, dtype=np.int64)
    for start in range(0, len(texts), chunk):
        counts = vectorizer.transform(texts[start:start + chunk])
        df += np.bincount(counts.indices, minlength=vectorizer.n_features)
    return np.log((1 + len(texts)) / (1 + df)).astype(np.float32) + 1


class Retriever:
    """A bm25s index over passage title and text, with the idf of terms, characters and words to re-rank."""

    def __init__(self, bm25, vocab: dict[str, int], idf: dict[str, np.ndarray], path: Path | None = None):
        self.bm25 = bm25
        self.vocab = vocab
        self.idf = idf
        self.path = path
        self._cache: dict[int, PassageInfo] = {}
        self._scores: np.ndarray | None = None  # scratch scores, one per passage, zero between queries

    @property
    def size(self) -> int:
        return int(self.bm25.scores["num_docs"])

    @classmethod
    def build(cls, texts: Sequence[str], titles: Sequence[str]) -> "Retriever":
        import bm25s

        vocab: dict[str, int] = {}
        corpus_ids = []
        for text, title in zip(texts, titles):
            corpus_ids.append(np.fromiter((vocab.setdefault(term, len(vocab)) for term in
                                           terms(f"{title} {text}" if title else text)), dtype=np.int32))
        bm25 = bm25s.BM25()
        bm25.index((corpus_ids, vocab), show_progress=False)
        step = max(1, len(texts) // IDF_SAMPLE)
        sample = [f"{titles[i]} {texts[i]}" for i in range(0, len(texts), step)]
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

        threading.Thread(target=_vectorizers, daemon=True).start()  # import scikit-learn while the caller works
        bm25 = bm25s.BM25.load(str(folder), mmap=True, load_vocab=False, show_progress=False)
        vocab = json.loads((folder / "terms.json").read_text(encoding="utf-8"))
        idf = {name: np.load(folder / f"idf.{name}.npy", mmap_mode="r") for name in VECTORS}
        return cls(bm25, vocab, idf, folder)

    def vectors(self, texts: Sequence[str]) -> dict[str, list[tuple[np.ndarray, np.ndarray]]]:
        """Unit TF-IDF vectors (indices, values) of texts, over character n-grams and over words; one call each."""
        found = {}
        for name in _vectorizers():
            matrix = _counts(name, texts)
            # sublinear tf times idf, on the stored values only (the matrix is 2**20 columns wide)
            matrix.data = (1 + np.log(matrix.data)) * np.asarray(self.idf[name])[matrix.indices]
            rows = []
            for row in range(matrix.shape[0]):
                lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
                values = matrix.data[lo:hi]
                norm = float(np.sqrt(values @ values)) or 1.0
                rows.append((matrix.indices[lo:hi].copy(), values / norm))
            found[name] = rows
        return found

    def passage_info(self, index, ids: Sequence[int]) -> list["PassageInfo"]:
        """Passages with their vectors and terms, from a cache so a passage is only vectorised once."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._cache]
        if missing:
            passages = index.passages(missing)
            texts = [f"{p.title or ''} {p.text}" for p in passages]
            vectors = self.vectors(texts)
            if len(self._cache) + len(passages) > PASSAGE_CACHE:
                self._cache.clear()
            for n, passage in enumerate(passages):
                self._cache[passage.id] = PassageInfo(passage, set(terms(texts[n])),
                                                      {name: rows[n] for name, rows in vectors.items()},
                                                      set(terms(passage.title or "")))
        return [self._cache[i] for i in ids if i in self._cache]

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
        if self.size >= PRUNE_FROM:
            # Very common terms touch a large share of passages and decide little: leave them out of
            # candidate generation (they still count when the candidates are re-ranked).
            rare = [i for i in ids if self.document_frequency[i] <= PRUNE_SHARE * self.size]
            ids = rare or ids
        # BM25 from the index's postings, touching only the passages that contain a query term (no pass
        # over all N scores, which is what costs at a million passages).
        postings = self.bm25.scores
        data, indices, indptr = postings["data"], postings["indices"], postings["indptr"]
        if self._scores is None:
            self._scores = np.zeros(self.size, dtype=np.float32)
        buffer = self._scores
        touched = []
        for term in ids:
            lo, hi = int(indptr[term]), int(indptr[term + 1])
            docs = np.asarray(indices[lo:hi])
            buffer[docs] += data[lo:hi]
            touched.append(docs)
        docs = np.concatenate(touched)
        values = buffer[docs]
        buffer[docs] = 0.0
        if len(docs) > n * len(ids):  # a passage appears once per query term it holds: keep enough to dedupe
            keep = np.argpartition(-values, n * len(ids) - 1)[:n * len(ids)]
            docs, values = docs[keep], values[keep]
        docs, first = np.unique(docs, return_index=True)
        values = values[first]
        if len(docs) > n:
            keep = np.argpartition(-values, n - 1)[:n]
            docs, values = docs[keep], values[keep]
        order = np.lexsort((docs, -values))
        return docs[order], values[order]


# ---------------------------------------------------------------------------------------------------------
# Pure scoring functions: each takes the claim and a passage, returns 0..1.


def coverage(weights: dict[str, float], passage_terms: set[str]) -> float:
    """The idf-weighted share of the claim's terms (`weights`: each term's idf) that the passage contains."""
    total = sum(weights.values())
    if total == 0:
        return 0.0
    return sum(w for t, w in weights.items() if t in passage_terms) / total


def title_match(query_terms: Sequence[str], title_terms: set[str]) -> float:
    """The share of the claim's terms found in the document's title."""
    if not title_terms or not query_terms:
        return 0.0
    return len(set(query_terms) & title_terms) / len(set(query_terms))


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


@dataclass(frozen=True)
class PassageInfo:
    """A passage with what re-ranking needs: its stemmed terms and unit TF-IDF vectors."""

    passage: object
    terms: set
    vectors: dict
    title_terms: set


def rank_many(index, texts: Sequence[str], k: int = 5, weights: dict[str, float] = WEIGHTS,
              n_candidates: int = CANDIDATES, min_coverage: float = MIN_COVERAGE) -> list[list[Scored]]:
    """For each text, candidates from BM25 re-ranked by the fused features; nothing for stop-word queries.

    All texts are vectorised together and each candidate passage only once, which is what makes
    checking a whole article (dozens of claims) cheap.
    """
    retriever: Retriever = index.retriever
    texts = [URL.sub(" ", t) for t in texts]
    query_terms = [terms(t) for t in texts]
    candidates = [retriever.candidates(q, n_candidates) for q in query_terms]
    wanted = [int(i) for ids, _ in candidates for i in ids]
    info = {item.passage.id: item for item in retriever.passage_info(index, wanted)}
    # Only texts with candidates are vectorised; `row_of` says where each one's vector is.
    row_of = {n: r for r, n in enumerate(n for n, (ids, _) in enumerate(candidates) if len(ids))}
    queries = retriever.vectors([texts[n] for n in row_of]) if wanted else {}
    # Every claim against every candidate passage in one sparse product per vector kind.
    columns = {pid: j for j, pid in enumerate(dict.fromkeys(wanted))}
    cosines = {name: _cosine_table(rows, [info[pid].vectors[name] for pid in columns])
               for name, rows in queries.items()}
    results = []
    for n, (ids, scores) in enumerate(candidates):
        if len(ids) == 0:
            results.append([])
            continue
        query_set = set(query_terms[n])
        known = [t for t in query_set if t in retriever.vocab]
        idf = dict(zip(known, retriever.term_idf([retriever.vocab[t] for t in known]).tolist()))
        ids, scores = ids.tolist(), scores.tolist()  # plain ints and floats: numpy scalars are slow one by one
        cosine = {name: table[row_of[n], [columns[i] for i in ids]].tolist() for name, table in cosines.items()}
        best = scores[0] or 1.0
        scored = []
        for passage_id, score, chars, words in zip(ids, scores, cosine["chars"], cosine["words"]):
            item = info[passage_id]
            features = {
                "bm25": score / best,
                "coverage": coverage(idf, item.terms),
                "chars": chars,
                "words": words,
                "title": title_match(query_set, item.title_terms),
            }
            if features["coverage"] < min_coverage:
                continue
            scored.append(Scored(item.passage.id, fuse(features, weights), features))
        scored.sort(key=lambda x: (-x.relevance, x.passage_id))
        results.append(scored[:k])
    return results


def _cosine_table(queries: list, passages: list) -> np.ndarray:
    """Dot products of unit query vectors with unit passage vectors, all given as (indices, values).

    One sparse product over the hashed columns that occur (the full width is 2**20). Query values go
    through float32 as they always have, so scores do not move in their last digits.
    """
    from scipy import sparse

    if not queries or not passages:
        return np.zeros((len(queries), len(passages)))
    columns = np.unique(np.concatenate([i for i, _ in queries] + [i for i, _ in passages]))

    def stack(rows, dtype):
        indptr = np.concatenate([[0], np.cumsum([len(i) for i, _ in rows])])
        indices = np.searchsorted(columns, np.concatenate([i for i, _ in rows]))
        values = np.concatenate([v for _, v in rows]).astype(dtype).astype(np.float64)
        return sparse.csr_matrix((values, indices, indptr), shape=(len(rows), len(columns)))

    return (stack(queries, np.float32) @ stack(passages, np.float64).T).toarray()


def rank(index, text: str, k: int = 5, **options) -> list[Scored]:
    """`rank_many` for one text."""
    return rank_many(index, [text], k=k, **options)[0]


def search_many(index, texts: Sequence[str], k: int = 5, align: bool = True,
                n_candidates: int = CANDIDATES) -> list[list[Evidence]]:
    """For each text, the `k` most relevant passages as Evidence, with the best-matching span of each.

    `align=False` leaves the span to the caller (who may keep only some of the passages).
    """
    found = []
    ranked_all = rank_many(index, texts, k=k, n_candidates=max(k, n_candidates))
    ids = [item.passage_id for ranked in ranked_all for item in ranked]
    passages = {info.passage.id: info.passage for info in index.retriever.passage_info(index, ids)}
    for text, ranked in zip(texts, ranked_all):
        evidence = []
        for item in ranked:
            passage = passages[item.passage_id]
            start, end = alignment(text, passage.text) if align else (None, None)
            evidence.append(Evidence(doc_id=passage.doc_id, title=passage.title, url=passage.url,
                                     publisher=passage.publisher, published=passage.published, passage=passage.text,
                                     score=round(min(1.0, max(0.0, item.relevance)), 4), stance="related", why="",
                                     match_start=start, match_end=end))
        found.append(evidence)
    return found


def search(index, text: str, k: int = 5) -> list[Evidence]:
    """The `k` most relevant passages to one text as Evidence."""
    return search_many(index, [text], k=k)[0]
