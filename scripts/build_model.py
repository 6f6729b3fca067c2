"""Rebuild the claim-type model shipped in the package (checker/models/claim_type.skops).

    python scripts/build_model.py [--shared ../shared]

Data: our own labelled claims (data/claim_types/written-*.jsonl) with the fixed article split
in data/claim_types/split.json, our own subjectivity sentences (data/subjectivity/written-*.csv),
and the NewsSD subjectivity sentences (train and val only; the NewsSD test split is kept for
evaluation). The regularisation strength C is chosen by macro-F1 on the dev split; the shipped
model is then refitted on train + dev. The weight of the subjectivity sentences was chosen by
cross-validation on NewsSD train + val (scripts/tune_subjectivity.py). The test split is never
read here.

--newssd-types builds the variant that also trains the type model on the NewsSD sentences whose
type by our guide (data/claim_types/newssd-typed.jsonl) agrees with NewsSD's label. It types
opinion writing better and our own test split and NewsSD slightly worse; the README has the
figures, and it is not the shipped model.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker import model  # noqa: E402

GRID = (1.0, 2.0, 4.0, 8.0, 16.0)
C_FOR_TUNING = 4.0  # the C the subjectivity weight was tuned with (the dev split's choice before that)


def own_records(split: str) -> list[model.LabelledClaim]:
    """Our labelled claims of one split ('train', 'dev' or 'test')."""
    articles = set(json.loads((ROOT / "data" / "claim_types" / "split.json").read_text())[split])
    records = []
    for path in sorted((ROOT / "data" / "claim_types").glob("written-*.jsonl")):
        records += [r for r in model.read_labelled(path) if r.article in articles]
    return records


def written_subjectivity() -> list[model.LabelledClaim]:
    """Our own sentences labelled subjective or objective in the writer's voice (all used for training)."""
    return [r for path in sorted((ROOT / "data" / "subjectivity").glob("written-*.csv"))
            for r in model.read_labelled(path)]


def guide_typing(split: str) -> list[dict]:
    """Our guide's typing of the NewsSD sentences of one split ('train' or 'val'), in row order."""
    path = ROOT / "data" / "claim_types" / "newssd-typed.jsonl"
    typing = [t for t in map(json.loads, path.open(encoding="utf-8")) if t["split"] == split]
    return sorted(typing, key=lambda t: t["row"])


def newssd_records(shared: Path, split: str, typed_where_agreed: bool = False) -> list[model.LabelledClaim]:
    """NewsSD sentences of one split ('train' or 'val'), with their subjectivity label.

    With `typed_where_agreed`, a sentence NewsSD calls subjective that our guide types `opinion`, or
    objective that it types anything else, is also a typed example of published prose. Where the two
    disagree (the schema's `opinion` is not NewsSD's SUBJ: see the README) it keeps its label only.
    """
    records = model.read_labelled(shared / "data" / "subjectivity-newssd" / f"{split}.csv")
    if not typed_where_agreed:
        return records
    typed = []
    for record, t in zip(records, guide_typing(split), strict=True):
        if (t["type"] == "opinion") == record.opinion:
            record = dataclasses.replace(record, type=t["type"], source_kind=t["source_kind"])
        typed.append(record)
    return typed


def training_groups(shared: Path, newssd_types: bool = False) -> dict[str, list[model.LabelledClaim]]:
    """The shipped model's training data by part, in the order it is trained on (the test split is not one)."""
    return {"train": own_records("train"), "dev": own_records("dev"), "written": written_subjectivity(),
            "news_train": newssd_records(shared, "train", newssd_types),
            "news_val": newssd_records(shared, "val", newssd_types)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--out", default=str(model.SHIPPED_PATH))
    parser.add_argument("--newssd-types", action="store_true",
                        help="also train the type model on NewsSD sentences where our guide agrees with NewsSD")
    args = parser.parse_args(argv)
    if args.newssd_types and Path(args.out).resolve() == model.SHIPPED_PATH:
        parser.error("--newssd-types builds a variant, not the shipped model: give it --out FILE")
    groups = training_groups(Path(args.shared), args.newssd_types)
    contexts = {name: model.contexts_for(records) for name, records in groups.items()}
    tuning = ("train", "written", "news_train")  # everything but the dev split and NewsSD val
    scores = {}
    for C in GRID:
        typer = model.train([r for name in tuning for r in groups[name]], C=C,
                            contexts=[c for name in tuning for c in contexts[name]])
        scores[C] = model.evaluate(typer, groups["dev"], contexts["dev"])["macro_f1"]
        print(f"C={C:<5} dev macro-F1 {scores[C]:.3f}", flush=True)
    best = max(GRID, key=lambda C: (round(scores[C], 3), -C))
    print(f"chosen C={best}")
    final = model.train([r for records in groups.values() for r in records], C=best,
                        contexts=[c for name in groups for c in contexts[name]])
    final.meta["selection"] = {"grid": list(GRID), "dev_macro_f1": {str(C): round(s, 4) for C, s in scores.items()},
                               "chosen_C": best}
    final.meta["trained_on"] = ["data/claim_types/written-*.jsonl (train+dev articles of split.json)",
                                "data/subjectivity/written-*.csv",
                                "NewsSD-ENG train.csv + val.csv (CC BY 4.0)"]
    if args.newssd_types:
        final.meta["trained_on"].append("data/claim_types/newssd-typed.jsonl (where it agrees with NewsSD's label)")
    model.save_model(final, args.out)
    size = Path(args.out).stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.1f} MB), data hash {final.meta['data_hash']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
