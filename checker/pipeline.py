"""The one public pipeline: `check(text_or_document, corpus) -> Report`, read top to bottom."""
from __future__ import annotations

import dataclasses
import itertools
from typing import Iterable, Iterator

from spacy.tokens import Doc

from . import attribute, classify, flags, ingest, segment
from .attribute import NO_ATTRIBUTION, Attribution
from .classify import ClaimContext, Typer
from .nlp import load_pipeline, span_text
from .schema import Claim, Document, Report
from .score import summarise


def as_document(text_or_document: str | Document) -> Document:
    """A Document as is; a string as plain article text (not a path: use `checker.read` for files)."""
    if isinstance(text_or_document, Document):
        return text_or_document
    if not isinstance(text_or_document, str):
        raise TypeError("check() takes article text (str) or a checker.Document")
    if not text_or_document.strip():
        raise ingest.InputError("The article text is empty.")
    return ingest.from_text(text_or_document)


def check(text_or_document: str | Document, corpus=None, *, typer: Typer | None = None) -> Report:
    """Check one article: claims, their types, sources, flags and (with a corpus) evidence."""
    document = as_document(text_or_document)
    return analyse(document, load_pipeline()(document.text), corpus, typer)


def check_many(documents: Iterable[str | Document], corpus=None, *, typer: Typer | None = None,
               batch_size: int = 8) -> Iterator[Report]:
    """Check many articles, parsing them in batches with spaCy's `nlp.pipe`."""
    docs = [as_document(d) for d in documents]
    parsed = load_pipeline().pipe((d.text for d in docs), batch_size=batch_size)
    pairs = zip(docs, parsed)
    while chunk := list(itertools.islice(pairs, batch_size)):
        # Typing the claims of several articles in one call saves the vectorisers' per-call cost.
        contexts = [claim_contexts(document, spacy_doc) for document, spacy_doc in chunk]
        decisions = classify.type_claims([c for group in contexts for c in group], typer)
        starts = list(itertools.accumulate((len(group) for group in contexts), initial=0))
        yield from finish_many([(document, group, decisions[start:start + len(group)])
                                for (document, _), group, start in zip(chunk, contexts, starts)], corpus)


def claim_contexts(document: Document, spacy_doc: Doc) -> list[ClaimContext]:
    """Segment and attribute: every claim with its sentence, attribution and role in the article."""
    sentences = segment.sentences(spacy_doc)
    title = _title_range(document)
    contexts = []
    for index, sentence in enumerate(sentences):
        role = _role(sentence, index, title)
        parts = [sentence] if role != "body" else segment.split_claims(sentence)
        for part in parts:
            attribution = attribute.find_attribution(part) if role == "body" else NO_ATTRIBUTION
            contexts.append(ClaimContext(part, sentence, attribution, index / max(1, len(sentences)), role))
    return contexts


def analyse(document: Document, spacy_doc: Doc, corpus=None, typer: Typer | None = None) -> Report:
    """The stages after parsing: claims, types, attribution flags, evidence, summary."""
    contexts = claim_contexts(document, spacy_doc)
    return finish(document, contexts, classify.type_claims(contexts, typer), corpus)


def finish(document: Document, contexts: list[ClaimContext], decisions: list, corpus=None) -> Report:
    """From typed claims to the report: attribution flags, evidence, summary."""
    return finish_many([(document, contexts, decisions)], corpus)[0]


def finish_many(articles: list[tuple[Document, list[ClaimContext], list]], corpus=None) -> list[Report]:
    """`finish` for several articles; their claims are searched in the corpus together."""
    all_drafts = [[flags.Draft(ctx.span, d.type, _attribution_for(d.type, ctx.attribution, ctx.span))
                   for ctx, d in zip(contexts, decisions)] for _, contexts, decisions in articles]
    if corpus is not None:
        from . import stance

        found = stance.evidence_for_many([(drafts, document) for drafts, (document, _, _)
                                          in zip(all_drafts, articles)], corpus)
    else:
        found = [([()] * len(drafts), [[] for _ in drafts]) for drafts in all_drafts]
    return [_report(document, contexts, decisions, drafts, evidence, evidence_flags)
            for (document, contexts, decisions), drafts, (evidence, evidence_flags)
            in zip(articles, all_drafts, found)]


def _report(document: Document, contexts: list[ClaimContext], decisions: list, drafts: list,
            evidence: list, evidence_flags: list) -> Report:
    gap_flags = flags.attribution_flags(drafts, document.published)
    sentence_numbers: dict[tuple[int, int], int] = {}
    for ctx in contexts:
        sentence_numbers.setdefault((ctx.sentence.start, ctx.sentence.end), len(sentence_numbers))
    claims = []
    for i, (ctx, decision, draft) in enumerate(zip(contexts, decisions, drafts)):
        att = draft.attribution
        claims.append(Claim(
            id=f"c{i + 1}",
            text=span_text(ctx.span),
            start=ctx.span.start_char,
            end=ctx.span.end_char,
            sentence=sentence_numbers[(ctx.sentence.start, ctx.sentence.end)],
            type=decision.type,
            confidence=decision.confidence,
            source=att.source,
            source_start=att.source_start,
            source_end=att.source_end,
            source_kind=att.kind,
            source_refers_to=attribute.refers_to(att),
            cue=att.cue,
            flags=tuple(gap_flags[i]) + tuple(evidence_flags[i]),
            evidence=tuple(evidence[i]),
            why_type=tuple(w for w in decision.why if w),
        ))
    return Report(document=document, claims=tuple(claims), summary=summarise(claims))


def _title_range(document: Document) -> tuple[int, int] | None:
    """Where the headline stands in the text, if the cleaner found one near the top."""
    if not document.title:
        return None
    at = document.text.find(document.title, 0, 600)
    return (at, at + len(document.title)) if at >= 0 else None


def _role(sentence, index: int, title: tuple[int, int] | None) -> str:
    if index < 4 and ingest.DATELINE.match(span_text(sentence)):
        return "dateline"
    if title and title[0] <= sentence.start_char and sentence.end_char <= title[1]:
        return "title"
    return "body"


def _attribution_for(claim_type: str, attribution: Attribution, span) -> Attribution:
    """Facts and furniture are in the outlet's voice: they carry no source (schema).

    An accusation with no target from its cue is taken to be against its main verb's subject.
    """
    if claim_type in ("fact", "none"):
        return Attribution(target=attribution.target)
    if claim_type == "allegation" and not attribution.target:
        return dataclasses.replace(attribution, target=attribute.accused_in(span))
    return attribution
