"""Character n-gram counts of a fitted scikit-learn `char_wb` vectorizer, computed once per distinct word.

scikit-learn builds and looks up every n-gram of every word in Python, which is most of the cost of
typing claims and of vectorising search queries. `char_wb` n-grams never cross a word boundary, so a
text's counts are the sum of its words' counts; news text repeats its words, so each distinct word is
analysed once and its counts reused. The matrices are exactly those scikit-learn's `transform` gives
(tests/test_ngrams.py compares them).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

MAX_WORDS = 200_000  # distinct words kept before the cache starts over (about 30 MB)


class WordNgramCounts:
    """Counts of a fitted `char_wb` CountVectorizer, TfidfVectorizer or HashingVectorizer, word by word."""

    def __init__(self, vectorizer, max_words: int = MAX_WORDS):
        if vectorizer.analyzer != "char_wb":
            raise ValueError("WordNgramCounts needs a vectorizer with analyzer='char_wb'")
        self.vectorizer = vectorizer
        self.max_words = max_words
        self._preprocess = vectorizer.build_preprocessor()
        self._words: dict[str, bytes] = {}
        self._hashing = not hasattr(vectorizer, "vocabulary_")
        if self._hashing and (vectorizer.norm is not None or vectorizer.binary):
            raise ValueError("WordNgramCounts needs a HashingVectorizer with norm=None and binary=False")
        self._dtype = vectorizer.dtype if self._hashing else np.float64
        self._width = vectorizer.n_features if self._hashing else len(vectorizer.vocabulary_)

    def counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The n-gram count matrix of `texts`, one row per text, columns as the vectorizer's."""
        words_of = [self._preprocess(text).split() for text in texts]
        if len(self._words) > self.max_words:
            self._words.clear()
        known = self._words
        missing = list(dict.fromkeys(w for words in words_of for w in words if w not in known))
        if missing:
            known.update(zip(missing, self._word_columns(missing)))
        rows = [b"".join([known[w] for w in words]) for words in words_of]
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(row) // 4 for row in rows])
        indices = np.frombuffer(b"".join(rows), dtype=np.int32)
        # One entry per n-gram occurrence; adding up the duplicates gives the counts, in sorted columns.
        matrix = sp.csr_matrix((np.ones(len(indices), dtype=self._dtype), indices.copy(), indptr),
                               shape=(len(texts), self._width))
        matrix.sum_duplicates()
        return matrix

    def _word_columns(self, words: list[str]) -> list[bytes]:
        """Each word's n-gram columns, one per occurrence, as packed int32 (compact to keep many words)."""
        if self._hashing:
            matrix = self.vectorizer.transform(words)
            return [np.repeat(matrix.indices[lo:hi], matrix.data[lo:hi].astype(np.int64)).astype(np.int32).tobytes()
                    for lo, hi in zip(matrix.indptr[:-1], matrix.indptr[1:])]
        analyse, vocabulary = self.vectorizer.build_analyzer(), self.vectorizer.vocabulary_
        return [np.array([vocabulary[g] for g in analyse(word) if g in vocabulary], dtype=np.int32).tobytes()
                for word in words]


def tfidf(counts: sp.csr_matrix, vectorizer) -> sp.csr_matrix:
    """What a fitted TfidfVectorizer makes of a count matrix: its tf scaling, idf and norm, in its order."""
    matrix = counts.astype(np.float64)
    if vectorizer.sublinear_tf:
        np.log(matrix.data, matrix.data)
        matrix.data += 1.0
    if vectorizer.use_idf:
        matrix.data *= vectorizer.idf_[matrix.indices]
    if vectorizer.norm is not None:
        matrix = normalize(matrix, norm=vectorizer.norm, copy=False)
    return matrix
