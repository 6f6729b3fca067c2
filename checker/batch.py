"""Batch scoring: many drafts through `checker.check`, on local processes or a Dask cluster.

Rows come out in input order whatever the number of workers, so the same inputs give
byte-identical CSV/JSONL. Finished rows are appended to a `.partial` file as they arrive; the
output itself is only ever replaced whole, and `--resume` skips drafts (by content hash) found in
either.
"""
from __future__ import annotations

import contextlib
import csv
import functools
import gc
import glob
import hashlib
import html
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .errors import CheckerError, InputError
from .schema import FLAGS, TYPES
from .storage import json_lines, write_atomic

DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".csv")
BATCH_SIZE = 16  # drafts per task: enough for spaCy's nlp.pipe to batch, small enough to spread over workers
ISSUE_WORDS = {
    "contradicted": ("claim the reference corpus contradicts", "claims the reference corpus contradicts"),
    "unattributed_allegation": ("accusation nobody is quoted making", "accusations nobody is quoted making"),
    "internal_conflict": ("claim that disagrees with another in the draft",
                          "claims that disagree with others in the draft"),
    "no_right_of_reply": ("accusation with no response from its target", "accusations with no response from their targets"),
    "anonymous_source": ("anonymous source", "anonymous sources"),
    "vague_source": ("vague source (\"critics\", \"experts\")", "vague sources (\"critics\", \"experts\")"),
    "unattributed_opinion": ("opinion in the outlet's own voice", "opinions in the outlet's own voice"),
    "stale_date": ("relative date that cannot be anchored", "relative dates that cannot be anchored"),
    "uncorroborated": ("checkable claim the corpus does not support", "checkable claims the corpus does not support"),
}
FIELDS = (["id", "hash", "words", "claims"] + [f"type_{t}" for t in TYPES] + [f"flag_{f}" for f in FLAGS]
          + ["score", "top_issues", "error"])


@dataclass(frozen=True)
class DraftInput:
    """One draft to score: where it came from, its raw content, and its content hash."""

    id: str
    data: bytes
    kind: str = "text"  # "text", "html" or "markdown"
    hash: str = ""
    error: str = ""  # why the draft could not even be read

    @staticmethod
    def make(draft_id: str, data: bytes, kind: str = "text", error: str = "") -> "DraftInput":
        return DraftInput(draft_id, data, kind, hashlib.sha256(data + error.encode()).hexdigest()[:16], error)


@dataclass
class Row:
    """The scores of one draft, or the sentence saying why it could not be scored."""

    id: str
    hash: str
    words: int = 0
    claims: int = 0
    by_type: dict = field(default_factory=dict)
    flags: dict = field(default_factory=dict)
    score: int | None = None
    top_issues: str = ""
    error: str = ""

    def to_dict(self) -> dict:
        data = {"id": self.id, "hash": self.hash, "words": self.words, "claims": self.claims}
        data.update({f"type_{t}": self.by_type.get(t, 0) for t in TYPES})
        data.update({f"flag_{f}": self.flags.get(f, 0) for f in FLAGS})
        data.update({"score": self.score, "top_issues": self.top_issues, "error": self.error})
        return data

    @staticmethod
    def from_dict(data: dict) -> "Row":
        return Row(id=data["id"], hash=data["hash"], words=int(data["words"] or 0), claims=int(data["claims"] or 0),
                   by_type={t: int(data.get(f"type_{t}") or 0) for t in TYPES},
                   flags={f: int(data.get(f"flag_{f}") or 0) for f in FLAGS},
                   score=None if data.get("score") in (None, "") else int(data["score"]),
                   top_issues=data.get("top_issues") or "", error=data.get("error") or "")


# ---------------------------------------------------------------------------------------------------------
# Collecting drafts


def collect(inputs: Sequence[str], stdin: io.TextIOBase | None = None) -> list[DraftInput]:
    """Drafts from folders (recursive), files, glob patterns, JSONL/CSV tables of drafts, or '-' (paths on stdin)."""
    drafts: list[DraftInput] = []
    for item in inputs:
        if item == "-":
            paths = [line.strip() for line in (stdin or sys.stdin) if line.strip()]
            drafts.extend(collect(paths))
            continue
        path = Path(item)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DRAFT_SUFFIXES
                               and not any(part.startswith(".") for part in p.relative_to(path).parts)):
                drafts.append(_file_draft(file))
        elif path.is_file() and path.suffix.lower() in TABLE_SUFFIXES:
            drafts.extend(_table_drafts(path))
        elif path.is_file():
            drafts.append(_file_draft(path))
        elif glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise InputError(f"No drafts match {item}.")
            drafts.extend(collect(matches))
        else:
            raise InputError(f"{item} does not exist.")
    seen: dict[str, int] = {}
    for draft in drafts:
        seen[draft.id] = seen.get(draft.id, 0) + 1
    duplicated = [d for d, n in seen.items() if n > 1]
    if duplicated:
        raise InputError(f"Draft id '{duplicated[0]}' is given more than once; ids must be unique.")
    return drafts


def _file_draft(path: Path) -> DraftInput:
    kind = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}.get(path.suffix.lower(), "text")
    from .ingest import MAX_BYTES

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return DraftInput.make(str(path), b"", kind, error=f"{path} cannot be read: {exc.strerror}.")
    return DraftInput.make(str(path), data, kind)


def _table_drafts(path: Path) -> list[DraftInput]:
    """A JSONL or CSV of drafts: `id` and `text` (other fields are ignored); a bad line is an error."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not valid UTF-8.") from None
    rows: list[tuple[int, dict]] = []
    if path.suffix.lower() == ".jsonl":
        rows = list(json_lines(raw, str(path), InputError))
    else:
        reader = csv.DictReader(io.StringIO(raw))
        if not {"id", "text"} <= set(reader.fieldnames or []):
            raise InputError(f"{path} needs 'id' and 'text' columns.")
        rows = [(reader.line_num, row) for row in reader]
    drafts = []
    for number, item in rows:
        if item.get("id") in (None, "") or not isinstance(item.get("text"), str):
            raise InputError(f"{path}, line {number}: a draft needs an 'id' and a 'text'.")
        drafts.append(DraftInput.make(str(item["id"]), item["text"].encode("utf-8")))
    return drafts


# ---------------------------------------------------------------------------------------------------------
# Scoring


def top_issues(flags: dict, limit: int = 3) -> str:
    """The draft's worst problems, in words an editor reads ("2 accusations nobody is quoted making")."""
    from .score import WEIGHTS

    ranked = sorted((f for f in ISSUE_WORDS if flags.get(f)), key=lambda f: (-WEIGHTS[f] * flags[f], f))
    return "; ".join(f"{flags[f]} {ISSUE_WORDS[f][flags[f] > 1]}" for f in ranked[:limit])


def row_for(draft: DraftInput, report) -> Row:
    summary = report.summary
    return Row(id=draft.id, hash=draft.hash, words=len(report.document.text.split()), claims=summary.claims,
               by_type=dict(summary.by_type), flags=dict(summary.flags), score=summary.score,
               top_issues=top_issues(summary.flags))


def score_batch(drafts: Sequence[DraftInput], corpus_path: str | None = None) -> list[Row]:
    """Score drafts in one process: bad drafts get an error row, good ones go through `check_many` together."""
    from . import ingest
    from .pipeline import check_many

    rows: dict[int, Row] = {}
    documents, positions = [], []
    for i, draft in enumerate(drafts):
        if draft.error:
            rows[i] = Row(id=draft.id, hash=draft.hash, error=draft.error)
            continue
        try:
            documents.append(ingest.from_bytes(draft.data, name=draft.id, html=draft.kind == "html" or None,
                                               markdown=draft.kind == "markdown"))
            positions.append(i)
        except CheckerError as exc:
            rows[i] = Row(id=draft.id, hash=draft.hash, error=str(exc))
    corpus = _corpus(corpus_path) if corpus_path else None
    for i, report in zip(positions, check_many(documents, corpus)):
        rows[i] = row_for(drafts[i], report)
    return [rows[i] for i in range(len(drafts))]


@functools.lru_cache(maxsize=4)
def _corpus(path: str):
    """The corpus, loaded once per worker process."""
    from .corpus import load_corpus

    return load_corpus(path)


def _init_worker(corpus_path: str | None, freeze: bool = False) -> None:
    """Load spaCy, the model and the corpus once when a worker process starts.

    `freeze` only in a process of our own (a pool worker): what was loaded then lives as long as the
    process, and freezing it spares every full garbage collection a scan of a few hundred thousand
    objects (about 5 % of the work after the parse).
    """
    from .classify import default_typer
    from .nlp import load_pipeline

    load_pipeline()
    default_typer()
    if corpus_path:
        _corpus(corpus_path)
    if freeze:
        gc.collect()
        gc.freeze()


def batches(drafts: Sequence[DraftInput], size: int = BATCH_SIZE) -> list[list[DraftInput]]:
    return [list(drafts[i:i + size]) for i in range(0, len(drafts), size)]


@contextlib.contextmanager
def _frozen_for_the_run():
    """The same saving in the caller's process, for the run only: its objects are unfrozen afterwards."""
    already = gc.get_freeze_count()
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        if not already:  # a caller that froze objects of its own keeps them frozen
            gc.unfreeze()


def run_local(drafts: Sequence[DraftInput], corpus_path: str | None, workers: int) -> Iterator[list[Row]]:
    """Batches of rows as they finish, on this process (1 worker) or a pool of processes."""
    if workers <= 1:
        _init_worker(corpus_path)
        with _frozen_for_the_run():
            for batch in batches(drafts):
                yield score_batch(batch, corpus_path)
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(corpus_path, True)) as pool:
        yield from pool.imap_unordered(functools.partial(score_batch, corpus_path=corpus_path), batches(drafts))


def run_dask(drafts: Sequence[DraftInput], corpus_path: str | None, scheduler: str) -> Iterator[list[Row]]:
    """Batches of rows from a Dask distributed cluster; each worker loads the pipeline and the index once."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise CheckerError("--scheduler needs Dask: pip install 'claimcheck[dask]'") from None
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise CheckerError(f"Cannot reach the Dask scheduler at {scheduler} ({exc}).") from None
    try:
        client.run(_init_worker, corpus_path)
        futures = client.map(score_batch, batches(drafts), corpus_path=corpus_path, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()


# ---------------------------------------------------------------------------------------------------------
# Output


def output_format(path: str | None, explicit: str | None) -> str:
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower() if path else ".csv"
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".html": "html", ".htm": "html"}.get(suffix, "csv")


def render(rows: Sequence[Row], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=False) + "\n" for r in rows)
    if fmt == "html":
        return render_html(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({k: "" if v is None else v for k, v in r.to_dict().items()})
    return out.getvalue()


def read_rows(path: Path) -> list[Row]:
    """Rows already written (CSV or JSONL output, or a .partial file); unreadable lines are ignored."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8", errors="replace")
    rows = []
    if path.suffix.lower() == ".csv":
        for item in csv.DictReader(io.StringIO(text)):
            try:
                rows.append(Row.from_dict(item))
            except (KeyError, ValueError):
                continue
        return rows
    for line in text.split("\n"):
        try:
            rows.append(Row.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash
    return rows


def render_html(rows: Sequence[Row]) -> str:
    """A self-contained page: a sortable table and a chart of scores and flags, no server needed."""
    from .report import count

    data = json.dumps([r.to_dict() for r in rows], ensure_ascii=False).replace("</", "<\\/")
    scored = [r for r in rows if r.score is not None]
    flag_totals = {f: sum(r.flags.get(f, 0) for r in scored) for f in FLAGS if f != "corroborated"}
    bars = "".join(
        f'<div class="bar"><span>{html.escape(f)}</span><div style="width:{4 * n}px"></div><b>{n}</b></div>'
        for f, n in sorted(flag_totals.items(), key=lambda kv: -kv[1]))
    buckets = [sum(1 for r in scored if lo <= r.score < lo + 10 or (lo == 90 and r.score == 100))
               for lo in range(0, 100, 10)]
    histogram = "".join(f'<div class="col" title="{lo}-{lo + 9}: {n}"><div style="height:{6 * n}px"></div>'
                        f"<span>{lo}</span></div>" for lo, n in zip(range(0, 100, 10), buckets))
    head = "".join(f'<th data-key="{k}">{html.escape(k.replace("type_", "").replace("flag_", ""))}</th>'
                   for k in FIELDS if k != "hash")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Claimcheck scores</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}} table{{border-collapse:collapse;font-size:13px}}
th,td{{border:1px solid #ddd;padding:4px 6px;text-align:right}} td:first-child,td:nth-last-child(-n+2){{text-align:left}}
th{{background:#f3f3f3;cursor:pointer;position:sticky;top:0}} tr.low td{{background:#fde8e8}}
.charts{{display:flex;gap:3rem;margin:1rem 0 2rem}} .bar{{display:flex;align-items:center;gap:6px;font-size:13px}}
.bar span{{width:190px}} .bar div{{background:#c0392b;height:12px}} .hist{{display:flex;align-items:flex-end;gap:4px;height:200px}}
.col{{display:flex;flex-direction:column;align-items:center;font-size:11px}} .col div{{width:26px;background:#2c7fb8}}
</style></head><body>
<h1>Claimcheck scores</h1>
<p>{count(len(rows), "draft")}, {len(scored)} scored, {len(rows) - len(scored)} could not be scored.
Click a column heading to sort.</p>
<div class="charts"><div><h3>Scores</h3><div class="hist">{histogram}</div></div>
<div><h3>Flags over all drafts</h3>{bars}</div></div>
<table id="scores"><thead><tr>{head}</tr></thead><tbody></tbody></table>
<script>
const rows = {data};
const keys = [...document.querySelectorAll("th")].map(th => th.dataset.key);
let sortKey = "score", ascending = true;
function draw() {{
  const body = document.querySelector("tbody");
  body.innerHTML = "";
  const sorted = [...rows].sort((a, b) => {{
    const x = a[sortKey], y = b[sortKey];
    if (x === y) return 0;
    if (x === null || x === "") return 1;
    if (y === null || y === "") return -1;
    return (x < y ? -1 : 1) * (ascending ? 1 : -1);
  }});
  for (const row of sorted) {{
    const tr = document.createElement("tr");
    if (row.score !== null && row.score < 60) tr.className = "low";
    for (const key of keys) {{
      const td = document.createElement("td");
      td.textContent = row[key] === null ? "" : row[key];
      tr.appendChild(td);
    }}
    body.appendChild(tr);
  }}
}}
document.querySelectorAll("th").forEach(th => th.addEventListener("click", () => {{
  ascending = sortKey === th.dataset.key ? !ascending : true;
  sortKey = th.dataset.key;
  draw();
}}));
draw();
</script></body></html>
"""


# ---------------------------------------------------------------------------------------------------------
# The whole run


@dataclass
class Outcome:
    rows: list[Row]
    failed: int
    below: int


def score(drafts: Sequence[DraftInput], *, corpus_path: str | None = None, workers: int = 1,
          scheduler: str | None = None, out: str | None = None, fmt: str = "csv", resume: bool = False,
          fail_under: float | None = None, progress: Callable[[int], None] | None = None) -> Outcome:
    """Score every draft and write the output whole (atomically); with `resume`, skip drafts already done."""
    partial = Path(f"{out}.partial") if out else None
    done: dict[str, Row] = {}
    if resume and out:
        for row in read_rows(Path(out)) if fmt != "html" else []:
            done[row.hash] = row
        for row in read_rows(partial):
            done[row.hash] = row
    elif partial is not None and partial.exists():
        partial.unlink()
    todo = [d for d in drafts if d.hash not in done]
    if progress:
        progress(len(drafts) - len(todo))
    runner = run_dask(todo, corpus_path, scheduler) if scheduler else run_local(todo, corpus_path, workers)
    sink = partial.open("a", encoding="utf-8") if partial is not None else None
    try:
        for batch in runner:
            for row in batch:
                done[row.hash] = row
                if sink is not None:
                    sink.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
            if sink is not None:
                sink.flush()  # survives the process being killed; the finished output is fsynced whole
            if progress:
                progress(len(batch))
    finally:
        if sink is not None:
            sink.close()
    # Input order, and each row under the id this run gave its draft, whatever order batches finished in.
    rows = [Row(**{**done[d.hash].__dict__, "id": d.id}) for d in drafts]
    if out:
        write_atomic(out, render(rows, fmt).encode("utf-8"))
        if partial is not None and partial.exists():
            partial.unlink()
    failed = sum(1 for r in rows if r.error)
    below = sum(1 for r in rows if fail_under is not None and r.score is not None and r.score < fail_under)
    return Outcome(rows, failed, below)
