"""bench/stance.py scores a pair file given with --file as it scores the splits."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "stance.py"

PAIRS = [
    {"id": "dev-9001", "claim": "The Olmo cooperative exported 20,000 tonnes of olive oil to Jordan in 2024.",
     "published": None, "title": "Olmo exports",
     "passage": "In 2024 the Olmo cooperative shipped twenty thousand tonnes of olive oil to Jordan.",
     "stance": "supports", "kind": "support-paraphrase", "note": "same export"},
    {"id": "dev-9002", "claim": "The Olmo cooperative exported 20,000 tonnes of olive oil to Jordan in 2024.",
     "published": None, "title": "Olmo exports",
     "passage": "In 2024 the Olmo cooperative shipped 12,000 tonnes of olive oil to Jordan.",
     "stance": "contradicts", "kind": "contradict-number", "note": "12,000, not 20,000"},
    {"id": "dev-9003", "claim": "The Olmo cooperative exported 20,000 tonnes of olive oil to Jordan in 2024.",
     "published": None, "title": "Rainfall", "passage": "Rain fell across the north of the country on Monday.",
     "stance": "related", "kind": "unrelated", "note": "another topic"},
]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_stance", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_a_pair_file_is_scored_like_a_split(tmp_path, capsys):
    bench = _bench()
    pairs = tmp_path / "batch.jsonl"
    pairs.write_text("".join(json.dumps(p) + "\n" for p in PAIRS), encoding="utf-8")
    out = tmp_path / "figures.json"
    assert bench.main(["--file", str(pairs), "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))[str(pairs)]["shipped stance"]
    assert {label: figures["per_label"][label]["n"] for label in bench.LABELS} == {
        "supports": 1, "contradicts": 1, "related": 1}
    assert figures["macro_f1"] == 1.0  # three plain cases, each judged right
    assert sum(map(sum, figures["confusion"])) == 3
    assert f"{pairs}: 3 pairs" in capsys.readouterr().out


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    (b"\xff\xfe not text", "not UTF-8 text"),
    (b"", "holds no pairs"),
    (b'{"claim": "x", "passage": "y", "stance": "supports"}\n{"claim": "x", "passage"\n', "line 2: not JSON"),
    (b'{"claim": "x", "passage": "y", "stance": "agrees"}\n', "line 1: not a pair"),
    (b'["claim", "passage"]\n', "line 1: not a pair"),
])
def test_a_bad_pair_file_stops_the_run_with_one_line_and_exit_1(tmp_path, capsys, content, message):
    path = tmp_path / "batch.jsonl"
    if content is not None:
        path.write_bytes(content)
    assert _bench().main(["--file", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
