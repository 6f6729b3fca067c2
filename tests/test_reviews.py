"""The review store: append-only, WAL, concurrent reviewers, and clear errors that lose nothing."""
from __future__ import annotations

import contextlib
import sqlite3
import threading

import pytest

from checker.errors import ReviewStoreError
from checker.reviews import Review, ReviewStore, article_hash, claim_setting, review_for


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
    store.save(review_for(key, other, "Ben", verdict="supported", position=0.5))
    examples = {e.text: (e.type, e.position) for e in store.labelled_claims()}
    assert examples == {claim.text: ("opinion", 0.0), other.text: ("denial", 0.5)}  # the latest review of each


def test_review_for_records_only_real_corrections(seed_report):
    claim = seed_report.claims[3]
    same = review_for("k", claim, "Ann", verdict="supported", corrected_type=claim.type,
                      corrected_source_kind=claim.source_kind)
    assert same.corrected_type is None and same.corrected_source_kind is None
    assert same.model_type == claim.type


V1_TABLE = """CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, article TEXT NOT NULL,
    claim_start INTEGER NOT NULL, claim_end INTEGER NOT NULL, claim_text TEXT NOT NULL, sentence TEXT, context TEXT,
    model_type TEXT, model_source_kind TEXT, verdict TEXT, corrected_type TEXT, corrected_source_kind TEXT, note TEXT,
    reviewer TEXT NOT NULL, created TEXT NOT NULL)"""


def _old_file(path, version):
    with sqlite3.connect(path) as db:
        db.execute(V1_TABLE)
        db.execute("INSERT INTO reviews (article, claim_start, claim_end, claim_text, verdict, reviewer, created) "
                   "VALUES ('k', 0, 5, 'Hello', 'supported', 'Ann', '2026-01-01T00:00:00+00:00')")
        db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_a_file_of_the_first_schema_is_upgraded_and_keeps_its_reviews(tmp_path):
    _old_file(tmp_path / "old.db", 1)
    store = ReviewStore(tmp_path / "old.db")
    (old,) = store.history("k")
    assert (old.claim_text, old.verdict, old.position) == ("Hello", "supported", None)
    store.save(Review(article="k", claim_start=6, claim_end=9, claim_text="You", reviewer="Ben", verdict="disputed",
                      position=0.25))
    assert [r.position for r in ReviewStore(tmp_path / "old.db").history("k")] == [None, 0.25]
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_file_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    _old_file(tmp_path / "new.db", 3)
    with pytest.raises(ReviewStoreError, match="newer version of Claimcheck"):
        ReviewStore(tmp_path / "new.db")
    with sqlite3.connect(tmp_path / "new.db") as db:
        assert db.execute("SELECT claim_text FROM reviews").fetchall() == [("Hello",)]
        assert "position" not in {row[1] for row in db.execute("PRAGMA table_info(reviews)")}


def test_claim_setting_is_what_the_pipeline_typed(seed_document, seed_report, nlp):
    from checker.nlp import span_text
    from checker.pipeline import claim_contexts

    contexts = claim_contexts(seed_document, nlp(seed_document.text))
    sentences = list(dict.fromkeys(span_text(c.sentence) for c in contexts))
    for claim, ctx in zip(seed_report.claims, contexts, strict=True):
        sentence, before, position = claim_setting(seed_report, claim)
        assert sentence == span_text(ctx.sentence) and position == ctx.position
        assert before == (sentences[sentences.index(sentence) - 1] if sentence != sentences[0] else "")
