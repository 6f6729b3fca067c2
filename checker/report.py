"""Stage 9: a Report as JSON, Markdown for an editor, or text for the terminal."""
from __future__ import annotations

import json

from .corpus import SENTENCE_END
from .schema import Claim, Evidence, Report

TYPE_COLOURS = {
    "fact": "blue", "statement": "green", "allegation": "red", "denial": "magenta", "opinion": "yellow",
    "none": "bright_black",
}


def to_json(report: Report) -> str:
    """The schema's JSON: document, claims, summary."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _source_line(claim: Claim) -> str:
    if claim.source_kind == "none":
        # Only worth saying where an editor cares: an accusation or opinion nobody is quoted making.
        return "outlet's own voice" if claim.type in ("allegation", "opinion") else ""
    cue = f" ({claim.cue})" if claim.cue else ""
    return f"{source_name(claim) or '?'} [{claim.source_kind}]{cue}"


def source_name(claim: Claim) -> str | None:
    """The source as written, with whom a pronoun stands for: "he → Vladimir Putin"."""
    if claim.source and claim.source_refers_to:
        return f"{claim.source} → {claim.source_refers_to}"
    return claim.source


def excerpt(evidence: Evidence, width: int = 200) -> str:
    """The passage's sentence that matches the claim, cut to about `width` characters around the match."""
    passage = evidence.passage
    start, end = evidence.match_start or 0, evidence.match_end or 0
    if not 0 <= start < end <= len(passage):
        start, end = 0, 0
    ends = [m.end() for m in SENTENCE_END.finditer(passage)]
    first = max((e for e in ends if e <= start), default=0)
    last = min((e for e in ends if e > end), default=len(passage))
    cut_front = cut_back = False
    if last - first > width:  # a long sentence: keep the match in view, a little before it and what fits
        if start - width // 5 > first:
            first, cut_front = start - width // 5, True
        if first + width < last:
            last, cut_back = first + width, True
    text = passage[first:last].strip()
    if cut_front:
        text = "…" + text.split(" ", 1)[-1]
    if cut_back:
        text = text.rsplit(" ", 1)[0] + "…"
    return " ".join(text.split())


def _evidence_lines(claim: Claim, limit: int = 3) -> list[tuple[str, str]]:
    """(what the passage is and how it bears on the claim, the passage's matching sentence) per item."""
    lines = []
    for ev in claim.evidence[:limit]:
        where = ", ".join(x for x in (ev.publisher, ev.published) if x)
        lines.append((f"{ev.stance}: {ev.title or ev.doc_id}" + (f" ({where})" if where else "")
                      + (f" — {ev.why}" if ev.why else ""), excerpt(ev)))
    return lines


def count(n: int, noun: str) -> str:
    """'1 claim', '2 claims'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def to_markdown(report: Report) -> str:
    """A report an editor reads: summary, then every claim in order with its flags and reasons."""
    doc, summary = report.document, report.summary
    out = [f"# Claimcheck report: {doc.title or doc.source}", ""]
    meta = [f"Source: {doc.source}"]
    if doc.published:
        meta.append(f"Published: {doc.published.isoformat()}")
    out += [" · ".join(meta), ""]
    out.append(f"**Sourcing score: {summary.score}/100** · {count(summary.claims, 'claim')} · "
               + ", ".join(f"{n} {t}" for t, n in summary.by_type.items() if n))
    flagged = {f: n for f, n in summary.flags.items() if n}
    if flagged:
        out.append("")
        out.append("Flags: " + ", ".join(f"`{f}` × {n}" for f, n in flagged.items()))
    out.append("")
    for claim in report.claims:
        if claim.type == "none":
            continue
        out.append(f"## {claim.id} · {claim.type} ({claim.confidence:.0%})")
        out.append("")
        out.append(f"> {claim.text}")
        out.append("")
        source = _source_line(claim)
        if source:
            out.append(f"- Source: {source}")
        for flag in claim.flags:
            out.append(f"- ⚑ `{flag.name}`: {flag.reason}")
        for line, passage in _evidence_lines(claim):
            out.append(f"- Evidence, {line}")
            out.append(f"  > {passage}")
        out.append("")
    skipped = [c for c in report.claims if c.type == "none"]
    if skipped:
        out.append(f"Not checked ({len(skipped)}): " + "; ".join(f"“{c.text[:60]}”" for c in skipped))
        out.append("")
    return "\n".join(out)


def to_text(report: Report, colour: bool = False) -> str:
    """The terminal report: one block per claim, flags with their reasons."""
    import click

    def style(text: str, **kw) -> str:
        return click.style(text, **kw) if colour else text

    doc, summary = report.document, report.summary
    lines = [style(doc.title or doc.source, bold=True)]
    if doc.published:
        lines.append(f"Published {doc.published.isoformat()} · {doc.source}")
    lines.append(f"Sourcing score {style(str(summary.score), bold=True)}/100 · {count(summary.claims, 'claim')}: "
                 + ", ".join(f"{n} {t}" for t, n in summary.by_type.items() if n))
    lines.append("")
    for claim in report.claims:
        label = style(f"{claim.type:<10}", fg=TYPE_COLOURS.get(claim.type), bold=True)
        lines.append(f"{claim.id:>4} {label} {claim.text}")
        source = _source_line(claim)
        if source:
            lines.append(f"     {'':<10} source: {source}")
        if claim.why_type and claim.type != "none":
            lines.append(f"     {'':<10} why: {'; '.join(claim.why_type[:3])}")
        for flag in claim.flags:
            lines.append(f"     {'':<10} " + style(f"⚑ {flag.name}", fg="red") + f": {flag.reason}")
        for line, passage in _evidence_lines(claim):
            lines.append(f"     {'':<10} evidence {line}")
            lines.append(f"     {'':<10}   “{passage}”")
    return "\n".join(lines) + "\n"


def render(report: Report, fmt: str, colour: bool = False) -> str:
    """The report in `fmt`: json, markdown or text."""
    if fmt == "json":
        return to_json(report)
    if fmt == "markdown":
        return to_markdown(report)
    return to_text(report, colour=colour)
