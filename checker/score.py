"""Stage 8: the summary of a report and its 0-100 sourcing score.

Each claim that has something to check (type other than `none`) loses up to one point, by
the weights below, summed over its flags and capped at 1:

    score = round(100 * (1 - sum(min(1, sum(WEIGHTS[f] for f in claim.flags))) / checkable_claims))

An article with nothing to check scores 100. The weights say how much an editor must do:
an unowned accusation, a contradiction or an internal conflict cost a whole claim; a missing
right of reply three quarters; vague, anonymous, opinion-in-own-voice and date problems half;
a claim the reference corpus cannot corroborate a quarter.
"""
from __future__ import annotations

from collections import Counter

from .schema import FLAGS, TYPES, Claim, Summary

WEIGHTS = {
    "unattributed_allegation": 1.0,
    "internal_conflict": 1.0,
    "contradicted": 1.0,
    "no_right_of_reply": 0.75,
    "anonymous_source": 0.5,
    "vague_source": 0.5,
    "unattributed_opinion": 0.5,
    "stale_date": 0.5,
    "uncorroborated": 0.25,
    "corroborated": 0.0,
}


def claim_penalty(claim: Claim) -> float:
    """How much of a point one claim loses, 0..1."""
    return min(1.0, sum(WEIGHTS.get(name, 0.0) for name in claim.flag_names))


def sourcing_score(claims: tuple[Claim, ...] | list[Claim]) -> int:
    """0-100: how well sourced the article is (100 = nothing for an editor to fix)."""
    checkable = [c for c in claims if c.type != "none"]
    if not checkable:
        return 100
    lost = sum(claim_penalty(c) for c in checkable)
    return round(100 * (1 - lost / len(checkable)))


def summarise(claims: tuple[Claim, ...] | list[Claim]) -> Summary:
    """Claims by type, flag counts (every type and flag listed, zeros included) and the score."""
    by_type = Counter(c.type for c in claims)
    flags = Counter(name for c in claims for name in c.flag_names)
    return Summary(
        claims=len(claims),
        by_type={t: by_type.get(t, 0) for t in TYPES},
        flags={f: flags.get(f, 0) for f in FLAGS},
        score=sourcing_score(claims),
    )
