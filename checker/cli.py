"""The `claimcheck` command: a thin layer over the Python API.

Exit status: 0 ok, 1 bad input or other error (one sentence on stderr), 2 usage error,
3 a draft scored below `--fail-under` (`claimcheck score`).
"""
from __future__ import annotations

import os
import sys

import click

from .errors import CheckerError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
FORMATS = click.Choice(["text", "json", "markdown"])


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="claimcheck", prog_name="claimcheck")
def cli() -> None:
    """Claimcheck: typed, attributed claims, attribution gaps and evidence for news articles."""


@cli.command(context_settings=CONTEXT)
@click.argument("article")
@click.option("--format", "fmt", type=FORMATS, default="text", show_default=True, help="Output format.")
@click.option("--corpus", "corpus_path", metavar="PATH",
              help="A reference corpus: an index file, or a folder/file of sources indexed on the fly.")
@click.option("--model", "model_path", metavar="PATH", help="A claim-type model made by `claimcheck train`.")
@click.option("--rules", is_flag=True, help="Type claims with the cue-based rules instead of the trained model.")
@click.option("--allow-private-hosts", is_flag=True,
              help="Allow fetching URLs on loopback or private networks (e.g. an intranet CMS).")
@click.option("-o", "--out", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
def check(article: str, fmt: str, corpus_path: str | None, model_path: str | None, rules: bool,
          allow_private_hosts: bool, out: str | None) -> None:
    """Check ARTICLE: a .txt/.md/.html file, an http(s) URL, or - for stdin."""
    from . import pipeline
    from .ingest import read
    from .report import render

    document = read(article, allow_private_hosts=allow_private_hosts)
    typer = _typer(model_path, rules)
    corpus = _corpus(corpus_path)
    report = pipeline.check(document, corpus, typer=typer)
    colour = fmt == "text" and out is None and sys.stdout.isatty()
    _write(render(report, fmt, colour=colour), out)


@cli.command(context_settings=CONTEXT)
@click.argument("data", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Where to write the new model.")
@click.option("--from-reviews", "reviews", type=click.Path(dir_okay=False),
              help="Also learn from reviewers' corrected types in this review database.")
@click.option("-C", "--regularisation", "C", type=float, default=8.0, show_default=True,
              help="Inverse regularisation strength of the classifier (8 is what the dev split chose "
                   "for the shipped model).")
@click.option("--holdout", type=click.FloatRange(0.05, 0.5), default=0.2, show_default=True,
              help="Share of articles held out to compare the new model with the shipped one.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def train(data: tuple[str, ...], out: str, reviews: str | None, C: float, holdout: float, fmt: str) -> None:
    """Train a claim-type model on labelled DATA (JSONL or CSV) and compare it with the shipped one.

    JSONL lines need `text` and `type` (optionally `sentence`, `context`, `article`, `source_kind`);
    CSV files need `text,type` columns, or NewsSD's `Sentence,Label` (SUBJ or OBJ, optionally
    `Article`) for sentences known only to be subjective or not in the writer's voice. Use the model
    with `claimcheck check --model OUT`.
    """
    import json

    from . import model

    records = model.load_many(data)
    if reviews:
        from .reviews import ReviewStore

        records += ReviewStore(reviews).labelled_claims()
    if not records:
        raise click.UsageError("Give labelled data files or --from-reviews.")
    typer, report = model.train_with_report(records, C=C, holdout=holdout)
    model.save_model(typer, out)
    if fmt == "json":
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(model.format_report(report))
        click.echo(f"wrote {out}")


@cli.group(context_settings=CONTEXT)
def corpus() -> None:
    """Build, extend and search a reference corpus index."""


def _report_skipped(skipped: list[str]) -> None:
    from .report import count

    for line in skipped:
        click.echo(f"claimcheck: warning: {line}", err=True)
    if skipped:
        click.echo(f"claimcheck: skipped {count(len(skipped), 'file')}.", err=True)


@corpus.command("build", context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True)
@click.option("--out", required=True, type=click.Path(), help="The index folder to write (e.g. corpus.idx).")
@click.option("--allow-private-hosts", is_flag=True, help="Allow source URLs on loopback or private networks.")
def corpus_build(sources: tuple[str, ...], out: str, allow_private_hosts: bool) -> None:
    """Index SOURCES: folders of .md/.txt/.html, JSONL, CSV, ClaimReview JSON, or URLs."""
    from .corpus import CorpusIndex, read_sources
    from .report import count

    report = read_sources(sources, allow_private_hosts=allow_private_hosts)
    _report_skipped(report.skipped)
    index = CorpusIndex.build(report.documents, out)
    click.echo(f"indexed {count(index.documents, 'document')} ({count(len(index), 'passage')}) into {out}")


@corpus.command("add", context_settings=CONTEXT)
@click.argument("index_path", metavar="INDEX")
@click.argument("sources", nargs=-1, required=True)
@click.option("--allow-private-hosts", is_flag=True, help="Allow source URLs on loopback or private networks.")
def corpus_add(index_path: str, sources: tuple[str, ...], allow_private_hosts: bool) -> None:
    """Add documents from SOURCES (files, folders or URLs) to INDEX."""
    from .corpus import CorpusIndex, read_sources
    from .report import count

    index = CorpusIndex.load(index_path)
    report = read_sources(sources, allow_private_hosts=allow_private_hosts)
    _report_skipped(report.skipped)
    if not report.documents:
        raise CheckerError("No documents to add.")
    updated = index.add(report.documents)
    index.store.close()
    updated.save(index_path)
    click.echo(f"added {count(len(report.documents), 'document')}; {index_path} now has "
               f"{count(updated.documents, 'document')} ({count(len(updated), 'passage')})")


@corpus.command("search", context_settings=CONTEXT)
@click.argument("index_path", metavar="INDEX")
@click.argument("query")
@click.option("--top", "k", type=click.IntRange(1, 100), default=5, show_default=True, help="How many passages.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def corpus_search(index_path: str, query: str, k: int, fmt: str) -> None:
    """The passages of INDEX most relevant to QUERY (an index folder, or sources indexed on the fly)."""
    import json

    from .corpus import load_corpus

    corpus = load_corpus(index_path)
    _report_skipped(corpus.skipped)
    results = corpus.search(query, k=k)
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in results], ensure_ascii=False, indent=2))
        return
    if not results:
        click.echo("no passages match")
    for rank, e in enumerate(results, 1):
        where = ", ".join(x for x in (e.publisher, e.published) if x)
        click.echo(f"{rank}. [{e.score:.2f}] {e.title or e.doc_id}" + (f" ({where})" if where else ""))
        if e.url:
            click.echo(f"   {e.url}")
        click.echo(f"   {e.passage[:300]}{'…' if len(e.passage) > 300 else ''}")


@corpus.command("info", context_settings=CONTEXT)
@click.argument("index_path", metavar="INDEX")
def corpus_info(index_path: str) -> None:
    """What INDEX holds and which claimcheck built it."""
    import json

    from .corpus import CorpusIndex

    click.echo(json.dumps(CorpusIndex.load(index_path).manifest, indent=2))


@cli.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--corpus", "corpus_path", metavar="PATH", help="Reference corpus (index or sources) for evidence.")
@click.option("-o", "--out", type=click.Path(dir_okay=False), help="Output file; .csv, .jsonl or .html.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "html"]),
              help="Output format (default: from --out's extension, else csv).")
@click.option("--fail-under", type=float, metavar="SCORE", help="Exit 3 if any draft scores below SCORE.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes on this machine.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on a Dask cluster (tcp://host:8786) instead.")
@click.option("--resume", is_flag=True, help="Skip drafts already in --out (by content hash).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def score(inputs: tuple[str, ...], corpus_path: str | None, out: str | None, fmt: str | None,
          fail_under: float | None, workers: int, scheduler: str | None, resume: bool, quiet: bool) -> None:
    """Score many drafts: INPUTS are folders, files, globs, JSONL/CSV of drafts (id,text), or - for paths on stdin.

    \b
    Exit status: 0 all scored; 1 some drafts could not be scored (their rows say why) or another error;
    3 a draft scored below --fail-under.
    """
    from . import batch
    from .report import count

    if resume and not out:
        raise click.UsageError("--resume needs --out: the file to resume.")
    drafts = batch.collect(inputs)
    if not drafts:
        raise CheckerError("No drafts found in the inputs.")
    fmt = batch.output_format(out, fmt)
    show = not quiet and sys.stderr.isatty()
    from tqdm import tqdm

    with tqdm(total=len(drafts), unit="draft", disable=not show, file=sys.stderr) as bar:
        outcome = batch.score(drafts, corpus_path=corpus_path, workers=workers, scheduler=scheduler, out=out,
                              fmt=fmt, resume=resume, fail_under=fail_under, progress=bar.update)
    if not out:
        click.echo(batch.render(outcome.rows, fmt), nl=False)
    if outcome.failed:
        click.echo(f"claimcheck: {outcome.failed} of {count(len(drafts), 'draft')} could not be scored; "
                   "see the error column.", err=True)
        raise SystemExit(1)
    if outcome.below:
        click.echo(f"claimcheck: {outcome.below} of {count(len(drafts), 'draft')} scored below {fail_under:g}.",
                   err=True)
        raise SystemExit(3)


def _typer(model_path: str | None, rules: bool):
    if rules:
        from .classify import RuleTyper

        return RuleTyper()
    if model_path:
        from .model import load_model

        return load_model(model_path)
    return None


def _corpus(corpus_path: str | None):
    if not corpus_path:
        return None
    from .corpus import load_corpus

    corpus = load_corpus(corpus_path)
    _report_skipped(corpus.skipped)
    return corpus


def _write(text: str, out: str | None) -> None:
    if out:
        from .storage import write_atomic

        try:
            write_atomic(out, text.encode("utf-8"))
        except OSError as exc:
            raise CheckerError(f"Cannot write the report to {out}: {exc.strerror or exc}.") from None
    else:
        click.echo(text, nl=False)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; library errors become one sentence on stderr and exit status 1."""
    try:
        cli.main(args=argv, prog_name="claimcheck", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("claimcheck: interrupted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    except CheckerError as exc:
        click.echo(f"claimcheck: {exc}", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("claimcheck: interrupted.", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - a person gets a sentence, a developer can ask for the traceback
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        click.echo(f"claimcheck: internal error ({type(exc).__name__}: {exc}); "
                   "set CLAIMCHECK_DEBUG=1 to see the traceback.", err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
