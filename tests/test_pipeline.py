"""The public pipeline: `check_many` (one corpus search for a chunk of articles) says what `check` says."""
from __future__ import annotations

from pathlib import Path

import pytest

import checker
from checker.report import to_json

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("batch_size", [1, 3])
def test_check_many_gives_each_article_the_report_check_gives(seed_document, sample_corpus, batch_size):
    articles = [
        seed_document,
        checker.read(ROOT / "examples" / "sample-article.txt"),
        "The Kremlin said on Friday that Putin would visit Bishkek. Critics called the trip reckless.",
    ]
    alone = [checker.check(article, sample_corpus) for article in articles]
    together = list(checker.check_many(articles, sample_corpus, batch_size=batch_size))
    assert [to_json(r) for r in together] == [to_json(r) for r in alone]
    assert sum(bool(c.evidence) for r in together for c in r.claims) >= 5  # the corpus was searched, not skipped
