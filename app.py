"""Claimcheck review UI: a fact-checker works through an article claim by claim.

    streamlit run app.py

Everything the page shows comes from the `checker` package; this file only lays it out.
Settings by environment: CLAIMCHECK_REVIEWS (the review database, default .claimcheck/reviews.db),
CLAIMCHECK_CORPUS (an index or source folder used as "Sample corpus", default corpus/).
"""
from __future__ import annotations

import hashlib
import html
import os
from pathlib import Path

import streamlit as st

import checker
from checker import export
from checker.errors import CheckerError
from checker.reviews import (
    VERDICTS,
    ReviewStore,
    article_hash,
    claim_setting,
    review_for,
)
from checker.report import source_name
from checker.schema import FLAGS, SOURCE_KINDS, TYPES

ROOT = Path(__file__).resolve().parent
SAMPLE_ARTICLE = ROOT / "examples" / "sample-article.txt"
SAMPLE_CORPUS = Path(os.environ.get("CLAIMCHECK_CORPUS", ROOT / "corpus"))
REVIEWS = Path(os.environ.get("CLAIMCHECK_REVIEWS", ROOT / ".claimcheck" / "reviews.db"))
COLOURS = {"fact": "#cfe2ff", "statement": "#d1e7dd", "allegation": "#f8d7da", "denial": "#e2d9f3",
           "opinion": "#fff3cd", "none": "#e9ecef"}
EVIDENCE_STATUS = ("corroborated", "uncorroborated", "contradicted", "no evidence flag")

st.set_page_config(page_title="Claimcheck review", page_icon="🔎", layout="wide")


# ---------------------------------------------------------------------------------------------------------
# Cached resources and results: the pipeline runs once per article and corpus, never on a click.


@st.cache_resource(show_spinner="Loading the language pipeline and the claim-type model…")
def pipeline_ready() -> bool:
    from checker.classify import default_typer
    from checker.nlp import load_pipeline

    load_pipeline()
    default_typer()
    return True


@st.cache_resource(show_spinner="Loading the reference corpus…")
def corpus_from_path(path: str):
    return checker.load_corpus(path)


@st.cache_resource(show_spinner="Indexing the uploaded corpus…")
def corpus_from_upload(name: str, digest: str, data: bytes):
    import tempfile

    from checker.corpus import CorpusIndex, read_sources

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        report = read_sources([path])
        return CorpusIndex.build(report.documents)


@st.cache_data(show_spinner="Checking the article…", max_entries=32)
def run_check(text: str, title: str | None, published: str | None, source: str, corpus_key: str):
    """The report for one article and corpus; cached, so opening a claim never recomputes it."""
    import datetime as dt

    document = checker.Document(text=text, title=title, source=source,
                                 published=dt.date.fromisoformat(published) if published else None)
    return checker.check(document, _corpus_for(corpus_key))


def _corpus_for(key: str):
    if key == "none":
        return None
    kind, _, value = key.partition(":")
    if kind == "path":
        return corpus_from_path(value)
    return st.session_state["uploaded_corpus"]


# ---------------------------------------------------------------------------------------------------------
# Input


def read_input(choice: str):
    """The Document the user asked for, or None with the reason shown in the page."""
    if choice == "Sample article":
        return checker.read(SAMPLE_ARTICLE)
    if choice == "Paste text":
        text = st.session_state.get("pasted", "")
        if not text.strip():
            st.info("Paste an article in the sidebar and press **Check**.")
            return None
        return checker.ingest.from_text(text, source="pasted text")
    if choice == "Upload a file":
        upload = st.session_state.get("upload")
        if upload is None:
            st.info("Upload a .txt, .md or .html file in the sidebar.")
            return None
        suffix = Path(upload.name).suffix.lower()
        return checker.ingest.from_bytes(upload.getvalue(), name=upload.name,
                                         html=suffix in (".html", ".htm") or None, markdown=suffix == ".md")
    url = st.session_state.get("url", "").strip()
    if not url:
        st.info("Enter a URL in the sidebar.")
        return None
    return checker.read(url)


def corpus_key(choice: str) -> str:
    if choice == "Sample corpus":
        return f"path:{SAMPLE_CORPUS}"
    if choice == "Index or folder path":
        path = st.session_state.get("corpus_path", "").strip()
        return f"path:{path}" if path else "none"
    if choice == "Upload a corpus file":
        upload = st.session_state.get("corpus_upload")
        if upload is None:
            return "none"
        data = upload.getvalue()
        digest = hashlib.sha256(data).hexdigest()
        st.session_state["uploaded_corpus"] = corpus_from_upload(upload.name, digest, data)
        return f"upload:{digest}"
    return "none"


def sidebar() -> tuple[str, str]:
    with st.sidebar:
        st.header("Article")
        source = st.radio("Article", ["Sample article", "Paste text", "Upload a file", "URL"], key="source",
                          label_visibility="collapsed")
        if source == "Paste text":
            st.text_area("Article text", key="pasted", height=220)
        elif source == "Upload a file":
            st.file_uploader("Article file", type=["txt", "md", "html", "htm"], key="upload")
        elif source == "URL":
            st.text_input("URL", key="url", placeholder="https://…")
        st.header("Reference corpus")
        corpus = st.radio("Corpus", ["Sample corpus", "Index or folder path", "Upload a corpus file", "No corpus"],
                          key="corpus_choice", label_visibility="collapsed")
        if corpus == "Index or folder path":
            st.text_input("Index or source folder", key="corpus_path")
        elif corpus == "Upload a corpus file":
            st.file_uploader("Corpus file (JSONL, CSV, ClaimReview JSON, .md)",
                             type=["jsonl", "csv", "json", "jsonld", "md", "txt"], key="corpus_upload")
        st.header("Reviewer")
        st.text_input("Your name", key="reviewer", placeholder="e.g. A. Fact-checker")
        st.text_input("Review database", key="reviews_path", value=str(REVIEWS))
    return source, corpus


# ---------------------------------------------------------------------------------------------------------
# The article, highlighted


def highlighted(report, shown: set[str], selected: str | None) -> str:
    """The article text with every claim marked in place, coloured by type; flags marked ⚑."""
    text = report.document.text
    parts, cursor = [], 0
    for claim in report.claims:
        if claim.start < cursor:
            continue
        parts.append(html.escape(text[cursor:claim.start]))
        body = html.escape(text[claim.start:claim.end])
        if claim.id in shown:
            flags = [f.name for f in claim.flags if f.name != "corroborated"]
            tip = html.escape(f"{claim.id} · {claim.type}" + (f" · {', '.join(flags)}" if flags else ""), quote=True)
            border = "2px solid #d63384" if claim.id == selected else ("1px dashed #842029" if flags else "none")
            mark = "⚑" if flags else ""
            parts.append(f'<mark class="claim claim-{claim.type}" data-claim="{claim.id}" title="{tip}" '
                         f'style="background:{COLOURS[claim.type]};border:{border};padding:1px 2px;'
                         f'border-radius:3px"><sup style="color:#555">{claim.id}{mark}</sup> {body}</mark>')
        else:
            parts.append(body)
        cursor = claim.end
    parts.append(html.escape(text[cursor:]))
    body = "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>")
    return f'<div class="article" style="line-height:1.7;font-size:1.02rem"><p>{body}</p></div>'


def legend() -> str:
    return " ".join(f'<span style="background:{COLOURS[t]};padding:2px 8px;border-radius:3px;margin-right:4px">'
                    f"{t}</span>" for t in TYPES) + " &nbsp; ⚑ flagged"


def evidence_status(claim) -> str:
    names = claim.flag_names
    for status in ("contradicted", "corroborated", "uncorroborated"):
        if status in names:
            return status
    return "no evidence flag"


def passage_html(evidence) -> str:
    passage = evidence.passage
    start, end = evidence.match_start or 0, evidence.match_end or 0
    if 0 <= start < end <= len(passage):
        return (html.escape(passage[:start]) + "<mark>" + html.escape(passage[start:end]) + "</mark>"
                + html.escape(passage[end:]))
    return html.escape(passage)


# ---------------------------------------------------------------------------------------------------------
# The page


def claim_panel(report, claim, store: ReviewStore | None, key: str) -> None:
    st.subheader(f"{claim.id} · {claim.type}")
    st.markdown(f"> {claim.text}")
    source = f"{source_name(claim)} ({claim.source_kind})" if claim.source else claim.source_kind
    st.markdown(f"**Type:** {claim.type} ({claim.confidence:.0%} sure) · **Source:** {source}"
                + (f" · **Cue:** *{claim.cue}*" if claim.cue else "") + f" · **Evidence:** {evidence_status(claim)}")
    if claim.why_type:
        st.caption("Why this type: " + "; ".join(claim.why_type))
    for flag in claim.flags:
        (st.success if flag.name == "corroborated" else st.warning)(f"**{flag.name}** — {flag.reason}")
    if claim.evidence:
        st.markdown("**Evidence**")
    for e in claim.evidence:
        meta = " · ".join(x for x in (e.publisher, e.published) if x)
        link = f" · [source]({e.url})" if e.url else ""
        st.markdown(f"**{e.stance}** · {e.title or e.doc_id} ({meta}){link} · relevance {e.score:.2f}")
        st.markdown(f'<div style="font-size:0.92rem;border-left:3px solid #ccc;padding-left:8px">'
                    f"{passage_html(e)}</div>", unsafe_allow_html=True)
        st.caption(e.why)
    review_form(report, claim, store, key)


def review_form(report, claim, store: ReviewStore | None, key: str) -> None:
    st.markdown("**Review**")
    if store is None:
        st.info("Reviews cannot be saved until the review database opens (see the message above).")
        return
    with st.form(f"review-{key}-{claim.id}", clear_on_submit=False):
        verdict = st.radio("Verdict", VERDICTS, horizontal=True, key=f"verdict-{key}-{claim.id}")
        cols = st.columns(2)
        corrected_type = cols[0].selectbox("Type (correct it if the model was wrong)", TYPES,
                                           index=TYPES.index(claim.type), key=f"type-{key}-{claim.id}")
        corrected_kind = cols[1].selectbox("Source kind", SOURCE_KINDS, index=SOURCE_KINDS.index(claim.source_kind),
                                           key=f"kind-{key}-{claim.id}")
        note = st.text_area("Note", key=f"note-{key}-{claim.id}", height=80)
        submitted = st.form_submit_button("Save review", type="primary")
    if submitted:
        reviewer = st.session_state.get("reviewer", "").strip()
        if not reviewer:
            st.error("Enter your name in the sidebar before saving a review.")
        else:
            sentence, context, position = claim_setting(report, claim)  # what a retrained model will see
            try:
                saved = store.save(review_for(key, claim, reviewer, verdict=verdict, corrected_type=corrected_type,
                                              corrected_source_kind=corrected_kind, note=note, sentence=sentence,
                                              context=context, position=position))
                st.success(f"Review saved ({saved.verdict}, by {saved.reviewer}).")
            except CheckerError as exc:
                st.error(f"The review was not saved: {exc} Your entries are still in the form.")
    try:
        earlier = store.latest(key).get((claim.start, claim.end), [])
    except CheckerError as exc:
        st.error(str(exc))
        earlier = []
    for review in earlier:
        extra = []
        if review.corrected_type:
            extra.append(f"type → {review.corrected_type}")
        if review.corrected_source_kind:
            extra.append(f"source kind → {review.corrected_source_kind}")
        st.markdown(f"🗒 **{review.verdict or 'no verdict'}** by {review.reviewer} ({review.created})"
                    + (f" · {', '.join(extra)}" if extra else "") + (f" — {review.note}" if review.note else ""))


def exports(report, store: ReviewStore | None, key: str) -> None:
    reviews = {}
    if store is not None:
        try:
            reviews = store.latest(key)
        except CheckerError as exc:
            st.error(str(exc))
    stem = Path(report.document.source).stem or "article"
    cols = st.columns(4)
    cols[0].download_button("CSV", export.to_csv(report, reviews), f"{stem}-claims.csv", "text/csv",
                            key="export-csv")
    cols[1].download_button("JSON", export.to_json(report, reviews), f"{stem}-claims.json", "application/json",
                            key="export-json")
    cols[2].download_button("Markdown report", export.to_editor_markdown(report, reviews), f"{stem}-report.md",
                            "text/markdown", key="export-md")
    cols[3].download_button("ClaimReview JSON-LD", export.to_claimreview(report, reviews),
                            f"{stem}-claimreview.jsonld", "application/ld+json", key="export-claimreview")


def open_store() -> ReviewStore | None:
    path = st.session_state.get("reviews_path") or str(REVIEWS)
    try:
        return ReviewStore(path)
    except CheckerError as exc:
        st.error(f"{exc} Reviews cannot be saved; everything already saved there is untouched.")
        return None


def main() -> None:
    st.title("Claimcheck review")
    source, corpus_choice = sidebar()
    try:
        pipeline_ready()
        document = read_input(source)
        if document is None:
            return
        key_for_corpus = "none" if corpus_choice == "No corpus" else corpus_key(corpus_choice)
        report = run_check(document.text, document.title, document.published.isoformat() if document.published
                           else None, document.source, key_for_corpus)
    except CheckerError as exc:
        st.error(str(exc))
        return
    key = article_hash(report.document.text)
    store = open_store()

    summary = report.summary
    st.markdown(f"#### {report.document.title or report.document.source}")
    cols = st.columns(5)
    cols[0].metric("Sourcing score", f"{summary.score}/100")
    cols[1].metric("Claims", summary.claims)
    cols[2].metric("Flags", sum(n for f, n in summary.flags.items() if f != "corroborated"))
    cols[3].metric("Contradicted", summary.flags["contradicted"])
    cols[4].metric("Corroborated", summary.flags["corroborated"])
    with st.expander("Claims by type and flags", expanded=False):
        chart_cols = st.columns(2)
        chart_cols[0].bar_chart({"claims": summary.by_type}, horizontal=True)
        chart_cols[1].bar_chart({"flags": {f: n for f, n in summary.flags.items() if n}}, horizontal=True)

    filters = st.columns(3)
    types = filters[0].multiselect("Types", TYPES, default=[t for t in TYPES if t != "none"], key="filter-types")
    flags = filters[1].multiselect("Flags (any of)", FLAGS, key="filter-flags")
    statuses = filters[2].multiselect("Evidence", EVIDENCE_STATUS, key="filter-evidence")
    shown = [c for c in report.claims if c.type in types
             and (not flags or set(flags) & set(c.flag_names))
             and (not statuses or evidence_status(c) in statuses)]

    left, right = st.columns([3, 2])
    with right:
        options = [c.id for c in shown]
        labels = {c.id: f"{c.id} · {c.type}{' ⚑' if any(f != 'corroborated' for f in c.flag_names) else ''} · "
                        f"{c.text[:60]}" for c in report.claims}
        selected = st.selectbox("Open a claim", options, format_func=labels.get, key=f"claim-{key}",
                                index=0 if options else None, placeholder="No claim matches the filters")
        claim = next((c for c in report.claims if c.id == selected), None)
        if claim is not None:
            claim_panel(report, claim, store, key)
    with left:
        st.markdown(legend(), unsafe_allow_html=True)
        st.markdown(highlighted(report, {c.id for c in shown}, selected), unsafe_allow_html=True)
        st.markdown("**Export the reviewed article**")
        exports(report, store, key)


try:
    main()
except Exception as exc:  # noqa: BLE001 - the page shows a sentence, never a traceback
    st.error(f"Something went wrong ({type(exc).__name__}: {exc}). Nothing already saved was lost.")
