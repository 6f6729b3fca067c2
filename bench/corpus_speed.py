"""Corpus speed and memory: Claimcheck's CorpusIndex beside plain bm25s at 10k, 100k and 1M passages.

    python bench/corpus_speed.py [--sizes 10000 100000 1000000] [--queries 200]

For each size, N synthetic news-like passages are generated once, deterministically (fixed seed), and
written as JSONL (`id,title,text`, one document of 1-5 passages a line, passages separated by a blank
line; 40-80 words a passage: English function words, ~50k Zipf-distributed pseudo-words, 400
capitalised names and numbers) under --workdir (default /tmp/corpus_speed/); both systems read that
same file. Then, each in a fresh subprocess so that peak RSS belongs to one phase only:

  build   Claimcheck: `read_sources([jsonl])` then `CorpusIndex.build(documents, path)` (saved index).
          bm25s: read the JSONL, `bm25s.tokenize(title + passage, stopwords="en", stemmer=PyStemmer
          english)`, `BM25().index`, `save`.
  load    Claimcheck: `CorpusIndex.load(path)`; bm25s: `BM25.load(path, mmap=True)`, in a new process
          (after importing `checker` / `bm25s`, so lazy imports done inside `load` count as load time).
          The first (warm-up) query's latency is recorded too: an import left out of `load` lands there.
  query   in the process that loaded: 10 warm-up queries, then --queries claims (8-20 words, part of
          them copied from a random passage) through `index.search(q, k=5)` / `bm25s.tokenize` +
          `retrieve(k=5)` one query at a time; p50 and p95 latency and the process's peak RSS.

Peak RSS is the child's own VmHWM (not ru_maxrss, which keeps the parent's RSS across fork and exec);
"load RSS" is its RSS right after loading. A phase is stopped past --timeout s or --rss-limit MB. Files are in the
page cache when they are loaded (the build just wrote them): load is "cold process, warm disk".
Other processes on the machine skew timings: the 1-minute load average before and after each phase
is recorded with it. The table and the Claimcheck/bm25s ratios (load time, query p50) are printed
and written to bench/out/corpus_speed.json. Targets (issue 4) at 1M passages: query p50 <= 7 ms, load <= 1 s,
RSS <= 2 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "corpus_speed.json"
SEED = 20240416
GENERATOR_VERSION = 2  # bump when the generator changes, so cached JSONL files are regenerated
WARMUP = 10
K = 5

# ---------------------------------------------------------------------------------------------------------
# Synthetic data

FUNCTION_WORDS = (
    "the of and to a in that is was for on with as by at from it his her their said has have had were be been "
    "are not but an which who will would after this more than its also about over into new last year two three "
    "first one they he she we up out when there could before while against under between during since some "
    "other all people government officials told percent million week month report according"
).split()
ONSETS = "b c d f g h k l m n p r s t v w z br tr st ch sh pl gr th".split()
VOWELS = "a e i o u ea ou".split()
CODAS = ["", "n", "r", "s", "l", "t", "m", "nd", "st"]
NAME_ENDINGS = ["ov", "ez", "ani", "sson", "berg", "ia", "ek", "ova", "ard", "ini"]
N_CONTENT = 50_000
N_NAMES = 400


def vocabulary(rng):
    """(tokens, probabilities): function words, capitalised names, numbers and Zipf pseudo-words.

    Pseudo-words have 1-3 syllables, and the frequent ones are the short ones, as in English."""
    import numpy as np

    syllables = [o + v + c for o in ONSETS for v in VOWELS for c in CODAS]
    reserved = set(FUNCTION_WORDS)
    from bm25s.stopwords import STOPWORDS_EN
    reserved |= set(STOPWORDS_EN)
    content: dict[str, None] = {}
    while len(content) < N_CONTENT:
        parts = rng.integers(0, len(syllables), size=(4096, 3))
        lengths = rng.choice([1, 2, 3], size=4096, p=[0.15, 0.55, 0.30])
        for row, n in zip(parts, lengths):
            word = "".join(syllables[i] for i in row[:n])
            if word not in reserved:
                content.setdefault(word)
            if len(content) == N_CONTENT:
                break
    content_words = list(content)
    jitter = rng.normal(0, 2.0, size=len(content_words))
    content_words = [content_words[i] for i in np.argsort([len(w) + j for w, j in zip(content_words, jitter)],
                                                          kind="stable")]
    names: dict[str, None] = {}
    while len(names) < N_NAMES:
        a, b = rng.integers(0, len(syllables), size=2)
        name = (syllables[a] + syllables[b] + NAME_ENDINGS[rng.integers(0, len(NAME_ENDINGS))]).capitalize()
        names.setdefault(name)
    name_list = list(names)
    rng.shuffle(name_list)
    numbers = ([str(y) for y in range(1990, 2026)] + [str(i) for i in range(2, 101)]
               + [f"{i:,}" for i in range(1_000, 51_000, 1_000)] + [f"{i / 10:.1f}" for i in range(11, 100, 3)])
    rng.shuffle(numbers)

    def zipf(n, s, offset=0):
        weights = 1.0 / (np.arange(1, n + 1) + offset) ** s
        return weights / weights.sum()

    # Function words in their English order of frequency take the first ranks (about 45% of the tokens);
    # content words continue the same Zipf law after them (Zipf-Mandelbrot, offset = the function words),
    # so the most frequent content word is in a few percent of passages, as "said" or "year" in news,
    # not in nearly all of them. Names and numbers have their own, flatter, Zipf laws.
    groups = [(FUNCTION_WORDS, 0.42, 1.0, 0), (name_list, 0.04, 0.9, 0), (numbers, 0.02, 0.7, 0),
              (content_words, 0.52, 1.0, len(FUNCTION_WORDS))]
    tokens = [w for words, _, _, _ in groups for w in words]
    p = np.concatenate([mass * zipf(len(words), s, offset) for words, mass, s, offset in groups])
    return np.array(tokens, dtype=object), p / p.sum()


def _sentences(words: list[str], rng) -> str:
    out, i = [], 0
    while i < len(words):
        n = int(rng.integers(8, 21))
        chunk = words[i:i + n]
        if len(words) - (i + n) < 5:  # no tiny last sentence
            chunk = words[i:]
        i += len(chunk)
        chunk[0] = chunk[0][:1].upper() + chunk[0][1:]
        if len(chunk) > 10 and rng.random() < 0.5:
            cut = int(rng.integers(4, len(chunk) - 3))
            chunk[cut] += ","
        out.append(" ".join(chunk) + ".")
    return " ".join(out)


def data_paths(workdir: Path, size: int) -> tuple[Path, Path]:
    return workdir / f"passages-{size}.jsonl", workdir / f"queries-{size}.json"


def generate(workdir: Path, size: int, n_queries: int) -> tuple[Path, Path]:
    """Write N passages (as documents of 1-5) and n_queries + WARMUP claims; reuse them if already there."""
    import numpy as np

    corpus_file, query_file = data_paths(workdir, size)
    meta = {"generator": GENERATOR_VERSION, "seed": SEED, "passages": size, "queries": n_queries + WARMUP}
    meta_file = corpus_file.with_suffix(".meta.json")
    if (corpus_file.exists() and query_file.exists() and meta_file.exists()
            and json.loads(meta_file.read_text()) == meta):
        return corpus_file, query_file
    workdir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(SEED)
    tokens, p = vocabulary(rng)
    query_rng = np.random.default_rng(SEED + size)
    targets = set(query_rng.choice(size, size=min(size, n_queries + WARMUP), replace=False).tolist())
    target_passages: dict[int, tuple[str, str, list[str]]] = {}
    started = time.perf_counter()
    tmp = corpus_file.with_suffix(".tmp")
    written, doc = 0, 0
    with tmp.open("w", encoding="utf-8") as out:
        while written < size:
            batch_docs = min(20_000, size - written)  # at least one passage per document
            n_passages = rng.integers(1, 6, size=batch_docs)
            n_passages = n_passages[: int(np.searchsorted(np.cumsum(n_passages), size - written, side="left")) + 1]
            overflow = int(n_passages.sum()) - (size - written)
            if overflow > 0:
                n_passages[-1] -= overflow
            lengths = rng.integers(40, 81, size=int(n_passages.sum()))
            title_lengths = rng.integers(4, 11, size=len(n_passages))
            words = tokens[rng.choice(len(tokens), size=int(lengths.sum() + title_lengths.sum()), p=p)].tolist()
            pos, passage_index = 0, 0
            for count, title_length in zip(n_passages.tolist(), title_lengths.tolist()):
                title = " ".join(w[:1].upper() + w[1:] for w in words[pos:pos + title_length])
                pos += title_length
                passages = []
                for _ in range(count):
                    n = int(lengths[passage_index])
                    passage = _sentences(words[pos:pos + n], rng)
                    if written in targets:
                        target_passages[written] = (f"d{doc:07d}", passage, words[pos:pos + n])
                    pos += n
                    passage_index += 1
                    written += 1
                    passages.append(passage)
                out.write(json.dumps({"id": f"d{doc:07d}", "title": title, "text": "\n\n".join(passages)},
                                     ensure_ascii=False) + "\n")
                doc += 1
    os.replace(tmp, corpus_file)
    queries = []
    for index in sorted(target_passages, key=lambda _: query_rng.random()):
        doc_id, passage, source = target_passages[index]
        length = int(query_rng.integers(8, 21))
        copied = max(3, round(length * query_rng.uniform(0.3, 0.6)))
        start = int(query_rng.integers(0, len(source) - copied + 1))
        span = source[start:start + copied]
        filler = tokens[query_rng.choice(len(tokens), size=length - copied, p=p)].tolist()
        at = int(query_rng.integers(0, len(filler) + 1))
        words = filler[:at] + span + filler[at:]
        words[0] = words[0][:1].upper() + words[0][1:]
        queries.append({"text": " ".join(words) + ".", "passage": index, "doc_id": doc_id, "passage_text": passage})
    query_file.write_text(json.dumps(queries, ensure_ascii=False, indent=0), encoding="utf-8")
    meta_file.write_text(json.dumps(meta))
    print(f"  generated {size:,} passages in {doc:,} documents and {len(queries)} queries "
          f"in {time.perf_counter() - started:.1f} s ({corpus_file.stat().st_size / 2 ** 20:.0f} MB)", flush=True)
    return corpus_file, query_file


# ---------------------------------------------------------------------------------------------------------
# Phases, each run in a fresh subprocess


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM belongs to the address space created by exec, so unlike
    getrusage's ru_maxrss (kept across execve) it does not include the parent's RSS at fork time."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2 ** 20


def _percentile(values: list[float], q: float) -> float:
    import numpy as np

    return float(np.percentile(np.asarray(values), q))


def phase_build_claimcheck(corpus_file: Path, index_path: Path) -> dict:
    started = time.perf_counter()
    from checker.corpus import CorpusIndex, read_sources
    imported = time.perf_counter()
    report = read_sources([corpus_file])
    read = time.perf_counter()
    index = CorpusIndex.build(report.documents, index_path)
    done = time.perf_counter()
    return {"import_s": imported - started, "read_s": read - imported, "index_s": done - read,
            "build_s": done - imported, "build_rss_mb": _peak_rss_mb(), "documents": index.documents,
            "passages": len(index), "disk_mb": _du_mb(index_path)}


def _bm25s_passages(corpus_file: Path) -> list[str]:
    texts = []
    with corpus_file.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            title = record.get("title") or ""
            for passage in record["text"].split("\n\n"):
                passage = passage.strip()
                if passage:
                    texts.append(f"{title} {passage}" if title else passage)
    return texts


def phase_build_bm25s(corpus_file: Path, index_path: Path) -> dict:
    started = time.perf_counter()
    import bm25s
    import Stemmer
    imported = time.perf_counter()
    texts = _bm25s_passages(corpus_file)
    read = time.perf_counter()
    tokens = bm25s.tokenize(texts, stopwords="en", stemmer=Stemmer.Stemmer("english"), show_progress=False)
    model = bm25s.BM25()
    model.index(tokens, show_progress=False)
    if index_path.exists():
        shutil.rmtree(index_path)
    model.save(str(index_path))
    done = time.perf_counter()
    return {"import_s": imported - started, "read_s": read - imported, "index_s": done - read,
            "build_s": done - imported, "build_rss_mb": _peak_rss_mb(), "passages": len(texts),
            "disk_mb": _du_mb(index_path)}


def phase_query_claimcheck(index_path: Path, query_file: Path) -> dict:
    queries = json.loads(query_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    from checker.corpus import CorpusIndex
    imported = time.perf_counter()
    rss_imported = _rss_mb()
    index = CorpusIndex.load(index_path)
    loaded = time.perf_counter()
    result = {"import_s": imported - started, "load_s": loaded - imported, "load_rss_mb": _rss_mb(),
              "import_rss_mb": rss_imported}
    again = time.perf_counter()
    CorpusIndex.load(index_path).store.close()  # the same load with every lazy import already done
    result["reload_s"] = time.perf_counter() - again
    t0 = time.perf_counter()
    for query in queries[:WARMUP]:
        index.search(query["text"], k=K)
        result.setdefault("first_query_ms", (time.perf_counter() - t0) * 1000)  # pays any import left to it
    latencies, hits, empty = [], 0, 0
    for query in queries[WARMUP:]:
        t0 = time.perf_counter()
        found = index.search(query["text"], k=K)
        latencies.append((time.perf_counter() - t0) * 1000)
        hits += any(e.doc_id == query["doc_id"] and e.passage == query["passage_text"] for e in found)
        empty += not found
    result.update(_latency_summary(latencies), hit_at_5=hits / max(1, len(latencies)), empty=empty,
                  query_rss_mb=_peak_rss_mb())
    return result


def phase_query_bm25s(index_path: Path, query_file: Path) -> dict:
    queries = json.loads(query_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    import bm25s
    import Stemmer
    imported = time.perf_counter()
    rss_imported = _rss_mb()
    model = bm25s.BM25.load(str(index_path), mmap=True, show_progress=False)
    stemmer = Stemmer.Stemmer("english")
    loaded = time.perf_counter()
    result = {"import_s": imported - started, "load_s": loaded - imported, "load_rss_mb": _rss_mb(),
              "import_rss_mb": rss_imported}
    again = time.perf_counter()
    bm25s.BM25.load(str(index_path), mmap=True, show_progress=False)
    result["reload_s"] = time.perf_counter() - again

    def search(text):
        tokens = bm25s.tokenize(text, stopwords="en", stemmer=stemmer, show_progress=False)
        return model.retrieve(tokens, k=K, show_progress=False)

    t0 = time.perf_counter()
    for query in queries[:WARMUP]:
        search(query["text"])
        result.setdefault("first_query_ms", (time.perf_counter() - t0) * 1000)
    latencies, hits, scoring = [], 0, []
    for query in queries[WARMUP:]:
        t0 = time.perf_counter()
        ids, _ = search(query["text"])
        latencies.append((time.perf_counter() - t0) * 1000)
        hits += query["passage"] in ids[0].tolist()
    for query in queries[WARMUP:]:  # the same queries without the top-k selection, to show where time goes
        t0 = time.perf_counter()
        words = bm25s.tokenize(query["text"], stopwords="en", stemmer=stemmer, return_ids=False,
                               show_progress=False)[0]
        if words:
            model.get_scores(words)
        scoring.append((time.perf_counter() - t0) * 1000)
    result.update(_latency_summary(latencies), hit_at_5=hits / max(1, len(latencies)), empty=0,
                  query_rss_mb=_peak_rss_mb(), tokenize_and_score_p50_ms=_percentile(scoring, 50))
    return result


def _latency_summary(latencies: list[float]) -> dict:
    return {"queries": len(latencies), "query_p50_ms": _percentile(latencies, 50),
            "query_p95_ms": _percentile(latencies, 95), "query_mean_ms": sum(latencies) / max(1, len(latencies)),
            "query_max_ms": max(latencies, default=0.0)}


def _du_mb(path: Path) -> float:
    path = Path(path)
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(f.stat().st_size for f in files) / 2 ** 20


PHASES = {("build", "claimcheck"): phase_build_claimcheck, ("build", "bm25s"): phase_build_bm25s,
          ("query", "claimcheck"): phase_query_claimcheck, ("query", "bm25s"): phase_query_bm25s}


def run_phase(args) -> int:
    if args.phase == "generate":
        generate(args.workdir, args.size, args.queries)
        return 0
    corpus_file, query_file = data_paths(args.workdir, args.size)
    index_path = index_dir(args.workdir, args.system, args.size)
    if args.phase == "build":
        result = PHASES["build", args.system](corpus_file, index_path)
    else:
        result = PHASES["query", args.system](index_path, query_file)
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")
    return 0


def index_dir(workdir: Path, system: str, size: int) -> Path:
    return workdir / f"{system}-{size}.idx"


# ---------------------------------------------------------------------------------------------------------
# The driver


def spawn(args, phase: str, system: str, size: int) -> dict:
    """Run one phase in a new interpreter; kill it past --timeout seconds or --rss-limit MB."""
    import psutil

    result_file = args.workdir / f"result-{phase}-{system}-{size}.json"
    result_file.unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", phase, "--system", system,
               "--size", str(size), "--workdir", str(args.workdir), "--result", str(result_file)]
    env = dict(os.environ, PYTHONHASHSEED="0")
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env)
    watched = psutil.Process(child.pid)
    seen_rss, aborted = 0.0, None
    while child.poll() is None:
        try:
            seen_rss = max(seen_rss, watched.memory_info().rss / 2 ** 20)
        except psutil.NoSuchProcess:
            break
        elapsed = time.perf_counter() - started
        if elapsed > args.timeout:
            aborted = f"stopped after {elapsed:.0f} s (limit {args.timeout:.0f} s)"
        elif seen_rss > args.rss_limit:
            aborted = f"stopped at {seen_rss:.0f} MB RSS (limit {args.rss_limit:.0f} MB)"
        if aborted:
            child.kill()
            child.wait()
            break
        time.sleep(0.2)
    wall = time.perf_counter() - started
    load = {"loadavg_1min_before": round(load_before, 2), "loadavg_1min_after": round(os.getloadavg()[0], 2)}
    if aborted or child.returncode != 0 or not result_file.exists():
        reason = aborted or f"exit code {child.returncode}"
        print(f"  {system} {phase} at {size:,}: FAILED ({reason})", flush=True)
        return {"error": reason, "wall_s": wall, "watched_rss_mb": seen_rss, **load}
    result = json.loads(result_file.read_text(encoding="utf-8"))
    result.update(wall_s=wall, watched_rss_mb=seen_rss, **load)
    return result


COLUMNS = [("size", "size", 9, "{:,}"), ("system", "system", 10, "{}"), ("build s", "build_s", 8, "{:.1f}"),
           ("build RSS MB", "build_rss_mb", 12, "{:.0f}"), ("load s", "load_s", 7, "{:.3f}"),
           ("load RSS MB", "load_rss_mb", 11, "{:.0f}"), ("1st query ms", "first_query_ms", 12, "{:.0f}"),
           ("query p50 ms", "query_p50_ms", 12, "{:.2f}"),
           ("query p95 ms", "query_p95_ms", 12, "{:.2f}"), ("query RSS MB", "query_rss_mb", 12, "{:.0f}"),
           ("hit@5", "hit_at_5", 5, "{:.2f}")]
KEYS = [key for _, key, _, _ in COLUMNS]


def header() -> str:
    return "  ".join(name.ljust(width) if key == "system" else name.rjust(width) for name, key, width, _ in COLUMNS)


def format_row(row: dict) -> str:
    cells = []
    for _, key, width, fmt in COLUMNS:
        value = row.get(key)
        text = "-" if value is None else fmt.format(value)
        cells.append(text.ljust(width) if key == "system" else text.rjust(width))
    return "  ".join(cells)


def machine() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    import psutil

    versions = {}
    for package in ("claimcheck", "bm25s", "PyStemmer", "numpy", "scikit-learn"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:  # pragma: no cover
            versions[package] = "?"
    import hashlib

    # the code measured, in case it changes between runs: a short hash of the index and retrieval modules
    sources = {name: hashlib.sha256((ROOT / "checker" / name).read_bytes()).hexdigest()[:12]
               for name in ("corpus.py", "retrieve.py") if (ROOT / "checker" / name).exists()}
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2 ** 30, 1), **versions, "sources_sha256": sources}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000],
                        help="numbers of passages (default 10000 100000 1000000)")
    parser.add_argument("--queries", type=int, default=200, help="timed queries per system and size (default 200)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/corpus_speed"),
                        help="where the JSONL data and the indexes go (default /tmp/corpus_speed)")
    parser.add_argument("--timeout", type=float, default=1800, help="stop a phase after this many s (default 1800)")
    parser.add_argument("--rss-limit", type=float, default=12 * 1024,
                        help="stop a phase above this RSS in MB (default 12288)")
    parser.add_argument("--systems", nargs="+", default=["claimcheck", "bm25s"], choices=["claimcheck", "bm25s"])
    parser.add_argument("--out", type=Path, default=OUT, help="JSON output (default bench/out/corpus_speed.json)")
    parser.add_argument("--phase", choices=["generate", "build", "query"], help=argparse.SUPPRESS)
    parser.add_argument("--system", choices=["claimcheck", "bm25s"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.workdir = args.workdir.resolve()
    if args.phase:
        return run_phase(args)

    run_started = time.perf_counter()
    print(f"corpus_speed: sizes {args.sizes}, {args.queries} queries (+{WARMUP} warm-up), workdir {args.workdir}",
          flush=True)
    rows: list[dict] = []
    ratios: list[dict] = []
    report = {"command": " ".join([Path(sys.executable).name, *sys.argv]), "machine": machine(),
              "seed": SEED, "queries": args.queries, "warmup": WARMUP, "k": K,
              "targets_at_1M": {"query_p50_ms": 7, "load_s": 1, "rss_mb": 2048}, "rows": rows, "ratios": ratios}
    for size in args.sizes:
        print(f"\n== {size:,} passages", flush=True)
        # in a child too, so that this driver stays small (it is the parent of every measured process)
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--phase", "generate", "--size", str(size),
                        "--queries", str(args.queries), "--workdir", str(args.workdir)], cwd=ROOT, check=True)
        by_system = {}
        for system in args.systems:
            index_path = index_dir(args.workdir, system, size)
            if index_path.exists():
                shutil.rmtree(index_path)
            build = spawn(args, "build", system, size)
            row = {"size": size, "system": system, "build": build}
            if "error" not in build:
                print(f"  {system} build: {build['build_s']:.1f} s (read {build['read_s']:.1f} s, "
                      f"index+save {build['index_s']:.1f} s), peak RSS {build['build_rss_mb']:.0f} MB, "
                      f"{build['disk_mb']:.0f} MB on disk; load average {build['loadavg_1min_before']:.1f}", flush=True)
                query = spawn(args, "query", system, size)
                row["query"] = query
                if "error" not in query:
                    if "tokenize_and_score_p50_ms" in query:
                        print(f"  {system} query without top-k selection (tokenize + get_scores): p50 "
                              f"{query['tokenize_and_score_p50_ms']:.2f} ms", flush=True)
                    print(f"  {system} load: {query['load_s']:.3f} s (again in the same process "
                          f"{query['reload_s']:.3f} s; first query {query['first_query_ms']:.0f} ms), RSS {query['load_rss_mb']:.0f} MB; query p50 "
                          f"{query['query_p50_ms']:.2f} ms, p95 {query['query_p95_ms']:.2f} ms, hit@5 "
                          f"{query['hit_at_5']:.2f}, peak RSS {query['query_rss_mb']:.0f} MB; load average "
                          f"{query['loadavg_1min_before']:.1f}", flush=True)
            flat = {"size": size, "system": system}
            for part in ("build", "query"):
                for key, value in row.get(part, {}).items():
                    if key in KEYS or key == "error":
                        flat[key] = value
            row.update(flat)
            rows.append(row)
            by_system[system] = row
        ours, theirs = by_system.get("claimcheck", {}), by_system.get("bm25s", {})
        ratio = {"size": size}
        for key in ("build_s", "load_s", "query_p50_ms", "query_p95_ms", "query_rss_mb"):
            if ours.get(key) and theirs.get(key):
                ratio[key] = ours[key] / theirs[key]
        ratios.append(ratio)
        report["total_s"] = time.perf_counter() - run_started
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")  # after each size: partial results

    print("\n" + header())
    for row in rows:
        print(format_row(row) + (f"   ({row['error']})" if row.get("error") else ""))
    print("\nclaimcheck / bm25s, same run:")
    for ratio in ratios:
        parts = [f"{name} x{ratio[key]:.2f}" for key, name in (("load_s", "load time"), ("query_p50_ms", "query p50"),
                                                                ("query_p95_ms", "query p95"), ("build_s", "build time"),
                                                                ("query_rss_mb", "query RSS")) if key in ratio]
        print(f"  {ratio['size']:>9,}: " + (", ".join(parts) or "n/a"))
    big = [r for r in rows if r["system"] == "claimcheck" and r["size"] == 1_000_000 and "error" not in r]
    for row in big:
        print(f"\ntargets at 1M (claimcheck): query p50 {row.get('query_p50_ms', float('nan')):.2f} ms (<= 7), "
              f"load {row.get('load_s', float('nan')):.3f} s (<= 1), peak RSS {row.get('query_rss_mb', 0):.0f} MB "
              f"querying, {row.get('build_rss_mb', 0):.0f} MB building (<= 2048)")
    total = time.perf_counter() - run_started
    report["total_s"] = total
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(f"\ntotal {total / 60:.1f} min; written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
