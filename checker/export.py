"""Exports of a reviewed article: CSV and JSON of claims with reviews, Markdown for the editor,
and schema.org ClaimReview JSON-LD for the claims a reviewer gave a verdict."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

from .report import to_markdown
from .reviews import Review
from .schema import Report

RATINGS = {"supported": 4, "needs source": 2, "disputed": 1}  # on a 1-4 scale; "not checkable" has no value
CSV_FIELDS = ("id", "text", "start", "end", "type", "confidence", "source", "source_kind", "source_refers_to", "cue",
              "flags", "evidence", "verdict", "corrected_type", "corrected_source_kind", "note", "reviewer", "reviewed")

Reviews = dict[tuple[int, int], list[Review]]


def _latest(reviews: Reviews, claim) -> Review | None:
    found = reviews.get((claim.start, claim.end)) or []
    return found[0] if found else None


def to_json(report: Report, reviews: Reviews) -> str:
    """The report's JSON with each claim's reviews (latest per reviewer) under `reviews`."""
    data = report.to_dict()
    for claim, item in zip(report.claims, data["claims"]):
        item["reviews"] = [r.to_dict() for r in reviews.get((claim.start, claim.end), [])]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def to_csv(report: Report, reviews: Reviews) -> str:
    """One row per claim with its latest review."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in report.claims:
        review = _latest(reviews, claim)
        writer.writerow({
            "id": claim.id, "text": claim.text, "start": claim.start, "end": claim.end, "type": claim.type,
            "confidence": f"{claim.confidence:.3f}", "source": claim.source or "", "source_kind": claim.source_kind,
            "source_refers_to": claim.source_refers_to or "", "cue": claim.cue or "",
            "flags": ";".join(claim.flag_names),
            "evidence": ";".join(f"{e.stance}:{e.doc_id}" for e in claim.evidence),
            "verdict": review.verdict if review else "", "corrected_type": review.corrected_type if review else "",
            "corrected_source_kind": review.corrected_source_kind if review else "",
            "note": review.note if review else "", "reviewer": review.reviewer if review else "",
            "reviewed": review.created if review else "",
        })
    return out.getvalue()


def to_editor_markdown(report: Report, reviews: Reviews) -> str:
    """The Markdown report with each claim's review decisions after it."""
    text = to_markdown(report)
    by_id = {c.id: c for c in report.claims}
    decided = []
    for claim in report.claims:
        for review in reviews.get((claim.start, claim.end), []):
            bits = [f"**{review.verdict}**" if review.verdict else "no verdict"]
            if review.corrected_type:
                bits.append(f"type corrected to `{review.corrected_type}`")
            if review.corrected_source_kind:
                bits.append(f"source kind corrected to `{review.corrected_source_kind}`")
            if review.note:
                bits.append(f"note: {review.note}")
            decided.append(f"- {claim.id} ({by_id[claim.id].type}) — {review.reviewer}: {', '.join(bits)}")
    if decided:
        text += "\n## Review decisions\n\n" + "\n".join(decided) + "\n"
    return text


def to_claimreview(report: Report, reviews: Reviews, *, publisher: str = "Claimcheck review") -> str:
    """schema.org ClaimReview JSON-LD, one item per claim with a verdict."""
    items = []
    doc = report.document
    for claim in report.claims:
        review = _latest(reviews, claim)
        if review is None or not review.verdict:
            continue
        rating = {"@type": "Rating", "alternateName": review.verdict}
        if review.verdict in RATINGS:
            rating.update(ratingValue=RATINGS[review.verdict], bestRating=4, worstRating=1)
        appearance = {"@type": "CreativeWork", "headline": doc.title}
        if doc.source.startswith(("http://", "https://")):
            appearance["url"] = doc.source
        claimant = claim.source if claim.source_kind == "named" else (doc.title and "the article") or None
        item = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.text,
            "datePublished": (review.created or dt.date.today().isoformat())[:10],
            "author": {"@type": "Organization", "name": publisher},
            "reviewRating": rating,
            "itemReviewed": {"@type": "Claim", "appearance": appearance,
                             **({"author": {"@type": "Thing", "name": claimant}} if claimant else {}),
                             **({"datePublished": doc.published.isoformat()} if doc.published else {})},
        }
        if review.note:
            item["reviewBody"] = review.note
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
