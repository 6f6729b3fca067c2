"""Exports of a reviewed article: the CSV an editor opens in a spreadsheet."""
from __future__ import annotations

import csv
import io

from checker.export import CSV_FIELDS, to_csv
from checker.reviews import Review


def test_the_csv_has_a_row_per_claim_with_its_source_and_latest_review(seed_report):
    he = next(c for c in seed_report.claims if c.source == "He")
    review = Review(article="a", claim_start=he.start, claim_end=he.end, claim_text=he.text, reviewer="Ann",
                    verdict="supported", note="checked against the Kremlin readout", created="2026-11-29T10:00:00")
    rows = list(csv.DictReader(io.StringIO(to_csv(seed_report, {(he.start, he.end): [review]}))))
    assert tuple(rows[0]) == CSV_FIELDS and len(rows) == len(seed_report.claims)
    row = next(r for r in rows if r["id"] == he.id)
    assert (row["source"], row["source_refers_to"], row["source_kind"]) == ("He", "Vladimir Putin", "named")
    assert (row["verdict"], row["reviewer"], row["note"]) == ("supported", "Ann", "checked against the Kremlin readout")
    assert all(r["verdict"] == "" for r in rows if r["id"] != he.id)
