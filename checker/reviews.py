"""The review store: fact-checkers' decisions on claims, kept in SQLite and never lost.

Every review is one INSERT in its own transaction (an append-only log), so two reviewers on the
same article at the same time both keep their work, and an earlier decision is history, not
overwritten. Reviews are keyed by the article's content hash and the claim's offsets, so the same
article opened later, in another tab or after a restart, shows them again. WAL mode lets readers
and one writer work at once.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import ReviewStoreError
from .schema import SOURCE_KINDS, TYPES, Claim

VERDICTS = ("supported", "disputed", "needs source", "not checkable")
SCHEMA_VERSION = 2  # v2 added `position`; a v1 file is upgraded in place when opened
SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article TEXT NOT NULL,          -- sha256 of the article's normalised text
    claim_start INTEGER NOT NULL,
    claim_end INTEGER NOT NULL,
    claim_text TEXT NOT NULL,
    sentence TEXT,
    context TEXT,
    position REAL,                  -- the claim's sentence index / sentences in the article
    model_type TEXT,
    model_source_kind TEXT,
    verdict TEXT,
    corrected_type TEXT,
    corrected_source_kind TEXT,
    note TEXT,
    reviewer TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_by_article ON reviews (article, claim_start, claim_end);
"""


def article_hash(text: str) -> str:
    """The key of an article in the store: a hash of its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Review:
    """One reviewer's decision on one claim."""

    article: str
    claim_start: int
    claim_end: int
    claim_text: str
    reviewer: str
    verdict: str | None = None
    corrected_type: str | None = None
    corrected_source_kind: str | None = None
    note: str = ""
    model_type: str | None = None
    model_source_kind: str | None = None
    sentence: str = ""
    context: str = ""
    position: float | None = None  # None for reviews saved before it was recorded
    created: str = ""
    id: int | None = None

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in ("reviewer", "verdict", "corrected_type", "corrected_source_kind",
                                              "note", "created")}


class ReviewStore:
    """Reviews in one SQLite file (path configurable); errors become one ReviewStoreError sentence."""

    def __init__(self, path: str | Path, *, timeout: float = 5.0):
        self.path = Path(path)
        self.timeout = timeout
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            with self._connect() as db:
                db.executescript(SCHEMA)
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise ReviewStoreError(f"{self.path} was written by a newer version of Claimcheck "
                                           f"(review schema v{version}, this one reads v{SCHEMA_VERSION}).")
                if version < SCHEMA_VERSION:
                    _upgrade(db)
        except sqlite3.DatabaseError as exc:
            raise ReviewStoreError(self._explain(exc)) from None
        except OSError as exc:
            raise ReviewStoreError(f"Cannot open the review database {self.path}: {exc.strerror}.") from None

    @contextlib.contextmanager
    def _connect(self):
        """One connection per operation, closed after it (autocommit: each INSERT is its own transaction)."""
        db = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
            db.execute("PRAGMA journal_mode = WAL")
            yield db
        finally:
            db.close()

    def _explain(self, exc: Exception) -> str:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return f"The review database {self.path} is locked by another program; try again in a moment."
        if "readonly" in text or "read-only" in text or "attempt to write" in text:
            return f"The review database {self.path} is read-only; reviews cannot be saved there."
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return f"{self.path} is not a Claimcheck review database or is damaged."
        if "unable to open" in text:
            return f"Cannot open the review database {self.path}."
        return f"The review database {self.path} failed: {exc}."

    def save(self, review: Review) -> Review:
        """Append one review in its own transaction; returns it with its id and time."""
        if review.verdict is not None and review.verdict not in VERDICTS:
            raise ReviewStoreError(f"'{review.verdict}' is not a verdict ({', '.join(VERDICTS)}).")
        if review.corrected_type is not None and review.corrected_type not in TYPES:
            raise ReviewStoreError(f"'{review.corrected_type}' is not a claim type.")
        if review.corrected_source_kind is not None and review.corrected_source_kind not in SOURCE_KINDS:
            raise ReviewStoreError(f"'{review.corrected_source_kind}' is not a source kind.")
        if not review.reviewer.strip():
            raise ReviewStoreError("A review needs the reviewer's name.")
        created = review.created or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            with self._connect() as db:
                cursor = db.execute(
                    "INSERT INTO reviews (article, claim_start, claim_end, claim_text, sentence, context, position, "
                    "model_type, model_source_kind, verdict, corrected_type, corrected_source_kind, note, reviewer, "
                    "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (review.article, review.claim_start, review.claim_end, review.claim_text, review.sentence,
                     review.context, review.position, review.model_type, review.model_source_kind, review.verdict,
                     review.corrected_type, review.corrected_source_kind, review.note, review.reviewer.strip(),
                     created))
                new_id = cursor.lastrowid
        except sqlite3.DatabaseError as exc:
            raise ReviewStoreError(self._explain(exc)) from None
        except OSError as exc:
            raise ReviewStoreError(f"Cannot write the review database {self.path}: {exc.strerror}.") from None
        return Review(**{**review.__dict__, "created": created, "id": new_id})

    def _rows(self, where: str = "", args: tuple = ()) -> list[Review]:
        try:
            with self._connect() as db:
                rows = db.execute(
                    "SELECT id, article, claim_start, claim_end, claim_text, sentence, context, model_type, "
                    "model_source_kind, verdict, corrected_type, corrected_source_kind, note, reviewer, created, "
                    f"position FROM reviews {where} ORDER BY id", args).fetchall()
        except sqlite3.DatabaseError as exc:
            raise ReviewStoreError(self._explain(exc)) from None
        return [Review(id=r[0], article=r[1], claim_start=r[2], claim_end=r[3], claim_text=r[4], sentence=r[5] or "",
                       context=r[6] or "", model_type=r[7], model_source_kind=r[8], verdict=r[9], corrected_type=r[10],
                       corrected_source_kind=r[11], note=r[12] or "", reviewer=r[13], created=r[14], position=r[15])
                for r in rows]

    def history(self, article: str) -> list[Review]:
        """Every review of an article, oldest first."""
        return self._rows("WHERE article = ?", (article,))

    def latest(self, article: str) -> dict[tuple[int, int], list[Review]]:
        """For each claim (by offsets), the latest review of each reviewer, newest first."""
        by_claim: dict[tuple[int, int], dict[str, Review]] = {}
        for review in self.history(article):
            by_claim.setdefault((review.claim_start, review.claim_end), {})[review.reviewer] = review
        return {key: sorted(per.values(), key=lambda r: r.id, reverse=True) for key, per in by_claim.items()}

    def labelled_claims(self):
        """Reviewed claims as training examples: the corrected type, or the model's type a reviewer kept."""
        from .model import LabelledClaim

        latest: dict[tuple, Review] = {}
        for review in self._rows():
            latest[(review.article, review.claim_start, review.claim_end)] = review
        examples = []
        for review in latest.values():
            claim_type = review.corrected_type or (review.model_type if review.verdict else None)
            if claim_type not in TYPES:
                continue
            sentence = review.sentence if review.claim_text in (review.sentence or "") else review.claim_text
            examples.append(LabelledClaim(text=review.claim_text, type=claim_type, sentence=sentence,
                                          context=review.context, article=review.article[:16],
                                          position=review.position or 0.0,
                                          source_kind=review.corrected_source_kind or review.model_source_kind,
                                          origin="review", id=f"review:{review.id}"))
        return examples


def review_for(article: str, claim: Claim, reviewer: str, *, verdict: str | None = None,
               corrected_type: str | None = None, corrected_source_kind: str | None = None, note: str = "",
               sentence: str = "", context: str = "", position: float | None = None) -> Review:
    """A Review of `claim` ready to save, recording what the model said beside the correction."""
    return Review(article=article, claim_start=claim.start, claim_end=claim.end, claim_text=claim.text,
                  reviewer=reviewer, verdict=verdict,
                  corrected_type=corrected_type if corrected_type and corrected_type != claim.type else None,
                  corrected_source_kind=corrected_source_kind
                  if corrected_source_kind and corrected_source_kind != claim.source_kind else None,
                  note=note, model_type=claim.type, model_source_kind=claim.source_kind, sentence=sentence,
                  context=context, position=position)


def _upgrade(db: sqlite3.Connection) -> None:
    """Bring a review file of an older schema (or a new, empty one) to this one, keeping every review."""
    db.execute("BEGIN IMMEDIATE")  # two processes opening an old file at once upgrade it once
    try:
        columns = {row[1] for row in db.execute("PRAGMA table_info(reviews)")}
        if "position" not in columns:
            db.execute("ALTER TABLE reviews ADD COLUMN position REAL")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def claim_setting(report, claim: Claim) -> tuple[str, str, float]:
    """The claim's sentence, the sentence before it and its place in the article, as the typer saw them.

    A review keeps them so that a model retrained on it sees the claim as the pipeline did."""
    bounds: dict[int, tuple[int, int]] = {}
    for c in report.claims:  # every sentence of the article gives at least one claim, in order
        start, end = bounds.get(c.sentence, (c.start, c.end))
        bounds[c.sentence] = (min(start, c.start), max(end, c.end))
    text = report.document.text

    def sentence(number: int) -> str:
        if number not in bounds:
            return ""
        start, end = bounds[number]
        end += len(re.match(r"[.!?…\"”’')]*", text[end:]).group())  # the full stop a claim leaves out
        return text[start:end]

    return sentence(claim.sentence), sentence(claim.sentence - 1), claim.sentence / max(1, len(bounds))
