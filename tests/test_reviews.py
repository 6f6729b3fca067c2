"""The review store: append-only, WAL, concurrent reviewers, and clear errors that lose nothing."""
from __future__ import annotations

import contextlib
import sqlite3
import threading

import pytest

from checker.errors import ReviewStoreError
from checker.reviews import Review, ReviewStore, article_hash, review_for


def review(reviewer="Ann", verdict="supported", start=0, end=10, **extra):
    return Review(article="a" * 64, claim_start=start, claim_end=end, claim_text="The claim.", reviewer=reviewer,
                  verdict=verdict, **extra)


def test_saved_reviews_survive_a_new_store_object(tmp_path):
    path = tmp_path / "reviews.db"
    saved = ReviewStore(path).save(review(note="checked with the ministry"))
    assert saved.id == 1 and saved.created
    again = ReviewStore(path).latest("a" * 64)
    assert [(r.reviewer, r.verdict, r.note) for r in again[(0, 10)]] == [("Ann", "supported", "checked with the ministry")]


def test_database_uses_wal(tmp_path):
    path = tmp_path / "reviews.db"
    ReviewStore(path).save(review())
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_latest_keeps_each_reviewer_and_history_keeps_everything(tmp_path):
    store = ReviewStore(tmp_path / "r.db")
    store.save(review("Ann", "disputed"))
    store.save(review("Ben", "supported"))
    store.save(review("Ann", "needs source"))
    latest = store.latest("a" * 64)[(0, 10)]
    assert [(r.reviewer, r.verdict) for r in latest] == [("Ann", "needs source"), ("Ben", "supported")]
    assert len(store.history("a" * 64)) == 3


def test_two_reviewers_writing_at_once_both_keep_their_reviews(tmp_path):
    path = tmp_path / "r.db"
    ReviewStore(path)
    errors = []

    def write(name):
        try:
            store = ReviewStore(path)
            for i in range(40):
                store.save(review(name, "supported", start=i, end=i + 5))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("Ann", "Ben")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    history = ReviewStore(path).history("a" * 64)
    assert len(history) == 80
    assert {r.reviewer for r in history} == {"Ann", "Ben"}


@pytest.mark.parametrize("bad, message", [
    ({"verdict": "maybe"}, "not a verdict"),
    ({"corrected_type": "rumour"}, "not a claim type"),
    ({"corrected_source_kind": "secret"}, "not a source kind"),
    ({"reviewer": "  "}, "reviewer's name"),
])
def test_invalid_reviews_are_refused(tmp_path, bad, message):
    fields = {"reviewer": "Ann", "verdict": "supported", **bad}
    with pytest.raises(ReviewStoreError, match=message):
        ReviewStore(tmp_path / "r.db").save(Review(article="x", claim_start=0, claim_end=1, claim_text="c",
                                                   **fields))


def test_corrupt_file_is_a_clear_error(tmp_path):
    path = tmp_path / "r.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ReviewStoreError, match="not a Claimcheck review database or is damaged"):
        ReviewStore(path)
    assert path.read_bytes().startswith(b"this is not a database")  # nothing overwritten


class ReadOnlyStore(ReviewStore):
    """The store as a read-only mount would give it: SQLite opens the file read-only."""

    @contextlib.contextmanager
    def _connect(self):
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
        try:
            yield db
        finally:
            db.close()


def test_read_only_database_is_a_clear_error_and_keeps_its_reviews(tmp_path):
    path = tmp_path / "r.db"
    ReviewStore(path).save(review())
    read_only = ReadOnlyStore(path)
    assert len(read_only.history("a" * 64)) == 1  # reading still works
    with pytest.raises(ReviewStoreError, match="read-only"):
        read_only.save(review("Ben"))
    assert [r.reviewer for r in ReviewStore(path).history("a" * 64)] == ["Ann"]


def test_locked_database_is_a_clear_error_and_loses_nothing(tmp_path):
    path = tmp_path / "r.db"
    store = ReviewStore(path)
    store.save(review())
    store.timeout = 0.2
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ReviewStoreError, match="locked"):
            store.save(review("Ben"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert [r.reviewer for r in store.history("a" * 64)] == ["Ann"]


def test_reviews_become_training_examples(tmp_path, seed_report):
    store = ReviewStore(tmp_path / "r.db")
    key = article_hash(seed_report.document.text)
    claim = next(c for c in seed_report.claims if c.type == "fact")
    store.save(review_for(key, claim, "Ann", verdict="disputed", corrected_type="opinion", sentence=claim.text))
    other = next(c for c in seed_report.claims if c.type == "denial")
    store.save(review_for(key, other, "Ann", verdict="supported", sentence=other.text))
    examples = {e.text: e.type for e in store.labelled_claims()}
    assert examples == {claim.text: "opinion", other.text: "denial"}


def test_review_for_records_only_real_corrections(seed_report):
    claim = seed_report.claims[3]
    same = review_for("k", claim, "Ann", verdict="supported", corrected_type=claim.type,
                      corrected_source_kind=claim.source_kind)
    assert same.corrected_type is None and same.corrected_source_kind is None
    assert same.model_type == claim.type
