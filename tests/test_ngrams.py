"""Word-by-word character n-gram counts give exactly the matrices scikit-learn's vectorizers give."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, HashingVectorizer

from checker.classify import default_typer
from checker.ngrams import WordNgramCounts, tfidf
from checker.retrieve import _vectorizers

TEXTS = [
    "The council approved the northern bypass on Tuesday, officials said.",
    "  Leading\tand trailing\n\nwhitespace   runs  ",
    "",
    "\n\t ",
    "İstanbul, ÉCOLE and naïve café: “quoted” — dashes… and emoji 🙂",
    "a\x1cb\u2003c\u00a0d e",
    "12,000 people (4.5%) at £3.2bn; 1974 vs 1947",
    "x",
    "The the THE tHe repeated repeated words words words.",
]


def same(a, b) -> None:
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.indptr, b.indptr)
    assert np.array_equal(a.indices, b.indices)
    assert np.array_equal(a.data, b.data)


def test_the_type_models_character_features_are_scikit_learns():
    vectorizer = default_typer().vectorizers["chars"]
    same(tfidf(WordNgramCounts(vectorizer).counts(TEXTS), vectorizer), vectorizer.transform(TEXTS))


def test_the_query_vectors_character_counts_are_scikit_learns():
    vectorizer = _vectorizers()["chars"]
    same(WordNgramCounts(vectorizer).counts(TEXTS), vectorizer.transform(TEXTS))


@pytest.mark.parametrize("max_words", [0, 3, 10_000])
def test_counts_do_not_depend_on_what_the_cache_holds(max_words):
    vectorizer = CountVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(TEXTS)
    counts = WordNgramCounts(vectorizer, max_words=max_words)
    first = counts.counts(TEXTS)
    again = counts.counts(list(reversed(TEXTS)))  # words seen before, in another order
    same(first, vectorizer.transform(TEXTS).astype(np.float64))
    same(again, vectorizer.transform(list(reversed(TEXTS))).astype(np.float64))


@pytest.mark.parametrize("vectorizer", [
    CountVectorizer(analyzer="word"),
    HashingVectorizer(analyzer="char"),
    HashingVectorizer(analyzer="char_wb"),  # norm="l2" by default: counts would not add up word by word
])
def test_vectorizers_whose_counts_do_not_add_up_by_word_are_refused(vectorizer):
    with pytest.raises(ValueError):
        WordNgramCounts(vectorizer)


def test_no_texts_give_an_empty_matrix_of_the_right_width():
    vectorizer = _vectorizers()["chars"]  # scikit-learn's own transform refuses an empty list
    matrix = WordNgramCounts(vectorizer).counts([])
    assert matrix.shape == (0, vectorizer.n_features) and matrix.nnz == 0
