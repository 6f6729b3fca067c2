"""The records of claim-schema v1: small frozen dataclasses shared by every stage."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

TYPES = ("fact", "statement", "allegation", "denial", "opinion", "none")
CHECKABLE_TYPES = ("fact", "statement", "allegation", "denial")
SOURCE_KINDS = ("named", "vague", "anonymous", "none")
GAP_FLAGS = (
    "vague_source",
    "anonymous_source",
    "unattributed_allegation",
    "unattributed_opinion",
    "no_right_of_reply",
    "internal_conflict",
    "stale_date",
)
EVIDENCE_FLAGS = ("corroborated", "uncorroborated", "contradicted")
FLAGS = GAP_FLAGS + EVIDENCE_FLAGS
STANCES = ("supports", "contradicts", "related")


@dataclass(frozen=True)
class Document:
    """A cleaned article: `text` is the normalised text every offset points into."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str = "<text>"

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
        }


@dataclass(frozen=True)
class Flag:
    """An attribution-gap or evidence flag with the one-line reason an editor reads."""

    name: str
    reason: str

    def to_dict(self) -> dict:
        return {"flag": self.name, "reason": self.reason}


@dataclass(frozen=True)
class Evidence:
    """A reference passage and how it bears on a claim."""

    doc_id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    passage: str
    score: float
    stance: str = "related"
    why: str = ""
    match_start: int | None = None  # the span of `passage` that best matches the claim
    match_end: int | None = None

    def to_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published,
            "passage": self.passage,
            "score": round(self.score, 4),
            "stance": self.stance,
            "why": self.why,
            "match_start": self.match_start,
            "match_end": self.match_end,
        }


@dataclass(frozen=True)
class Claim:
    """One checkable assertion with its type, attribution, flags and evidence."""

    id: str
    text: str
    start: int
    end: int
    sentence: int
    type: str
    confidence: float
    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_kind: str = "none"
    cue: str | None = None
    flags: tuple[Flag, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    why_type: tuple[str, ...] = ()
    source_refers_to: str | None = None  # whom a pronoun source stands for: "Vladimir Putin" for "he"

    @property
    def flag_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.flags)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "type": self.type,
            "confidence": round(self.confidence, 4),
            "source": self.source,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "source_kind": self.source_kind,
            "source_refers_to": self.source_refers_to,
            "cue": self.cue,
            "flags": [f.to_dict() for f in self.flags],
            "evidence": [e.to_dict() for e in self.evidence],
            "why_type": list(self.why_type),
        }


@dataclass(frozen=True)
class Summary:
    """Counts and the 0-100 sourcing score of one report."""

    claims: int
    by_type: dict = field(default_factory=dict)
    flags: dict = field(default_factory=dict)
    score: int = 100

    def to_dict(self) -> dict:
        return {"claims": self.claims, "by_type": dict(self.by_type), "flags": dict(self.flags), "score": self.score}


@dataclass(frozen=True)
class Report:
    """What `checker.check` returns: the document, its claims and a summary."""

    document: Document
    claims: tuple[Claim, ...]
    summary: Summary

    def to_dict(self) -> dict:
        return {
            "document": self.document.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "summary": self.summary.to_dict(),
        }
