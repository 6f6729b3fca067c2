"""The trained claim-type model: features, training, evaluation, and a safe file format.

The model sees a claim through `classify.symbolic_features` (reporting cue and its class, the
source's kind and entity type, negation, modality, hedges, evaluation, tense, quotation,
position) plus word and character n-grams of the claim, and a subjectivity score from a
separate opinion-vs-rest model that is also trained on public subjectivity data. It is a
calibrated logistic regression, saved with skops (no pickle), with its format version and a
hash of its training data; a file from another feature version is refused with a clear error.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import scipy.sparse as sp

from .attribute import find_attribution
from .classify import ClaimContext, TypeDecision, describe_feature, symbolic_features
from .errors import InputError, ModelError
from .ngrams import WordNgramCounts, tfidf
from .schema import SOURCE_KINDS, TYPES

FORMAT = "claimcheck-claim-type"
FEATURES_VERSION = 2
SHIPPED_PATH = Path(__file__).resolve().parent / "models" / "claim_type.skops"
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")
OPINION = TYPES.index("opinion")
CHAR_NGRAMS = (2, 4)
# How much a sentence known only to be subjective or not weighs beside a typed claim in the subjectivity
# model: chosen by cross-validation on NewsSD train + val (scripts/tune_subjectivity.py).
SUBJECTIVITY_WEIGHT = 3.0
# The regularisation the dev split chose for the shipped model (scripts/build_model.py); retraining starts there.
SHIPPED_C = 8.0


@dataclass(frozen=True)
class LabelledClaim:
    """One training or evaluation example: a claim in its sentence, with its gold type."""

    text: str
    type: str | None  # None when only the subjectivity label is known
    sentence: str = ""
    context: str = ""
    position: float = 0.0
    source_kind: str | None = None
    article: str = ""
    origin: str = ""
    id: str = ""
    opinion: bool | None = None  # the subjective-or-not label of subjectivity corpora (NewsSD), when known

    @property
    def is_opinion(self) -> bool:
        return self.type == "opinion" if self.type is not None else bool(self.opinion)

    def is_subjective(self, attributed_kind: str) -> bool:
        """Opinion in the writer's own voice, as subjectivity corpora label it: reported opinion is objective.

        `attributed_kind` is the source kind the pipeline found, used when the record has no gold one."""
        if self.opinion is not None:
            return self.opinion
        return self.type == "opinion" and (self.source_kind or attributed_kind) == "none"


def data_hash(records: Sequence[LabelledClaim]) -> str:
    """A stable hash of the training examples (their text and labels)."""
    digest = hashlib.sha256()
    for r in records:
        digest.update(json.dumps([r.text, r.sentence, r.context, r.type, r.opinion], ensure_ascii=False).encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------------------------------------
# Reading labelled data


def read_labelled(path: str | Path) -> list[LabelledClaim]:
    """Labelled claims from a JSONL file (schema fields) or a CSV (`text,type` or NewsSD's `Sentence,Label`)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path} does not exist.")
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path} is not valid UTF-8 text.") from None
    except OSError as exc:
        raise InputError(f"{path} cannot be read: {exc.strerror}.") from None
    if path.suffix.lower() == ".csv":
        return _read_csv(raw, path)
    from .storage import json_lines

    records = [_record(item, path, number) for number, item in json_lines(raw, str(path), InputError)]
    if not records:
        raise InputError(f"{path} has no labelled claims.")
    return records


def _record(item: dict, path: Path, number: int) -> LabelledClaim:
    text = item.get("text")
    kind = item.get("type")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{path}, line {number}: 'text' is missing or empty.")
    if kind not in TYPES:
        raise InputError(f"{path}, line {number}: 'type' must be one of {', '.join(TYPES)}, not {kind!r}.")
    sentence = item.get("sentence") or text
    if text not in sentence:
        raise InputError(f"{path}, line {number}: 'text' is not part of its 'sentence'.")
    source_kind = item.get("source_kind")
    if source_kind is not None and source_kind not in SOURCE_KINDS:
        raise InputError(f"{path}, line {number}: 'source_kind' must be one of {', '.join(SOURCE_KINDS)}.")
    total = item.get("article_sentences") or 0
    index = item.get("sentence_index") or 0
    return LabelledClaim(
        text=text, type=kind, sentence=sentence, context=item.get("context") or "",
        position=index / total if total else float(item.get("position") or 0.0),
        source_kind=source_kind, article=str(item.get("article") or ""), origin=str(item.get("origin") or ""),
        id=str(item.get("id") or f"{path.name}:{number}"),
    )


def _read_csv(raw: str, path: Path) -> list[LabelledClaim]:
    reader = csv.DictReader(io.StringIO(raw))
    fields = set(reader.fieldnames or [])
    records = []
    if {"Sentence", "Label"} <= fields:  # NewsSD: subjective (opinion) or objective (not opinion)
        for number, row in enumerate(reader, 2):
            label = (row.get("Label") or "").strip()
            if label not in ("SUBJ", "OBJ"):
                raise InputError(f"{path}, line {number}: 'Label' must be SUBJ or OBJ.")
            text = (row.get("Sentence") or "").strip()
            records.append(LabelledClaim(text=text, type=None, sentence=text,
                                         opinion=label == "SUBJ", origin=f"subjectivity:{path.stem}",
                                         article=(row.get("Article") or "").strip(), id=f"{path.stem}:{number}"))
        return records
    if not {"text", "type"} <= fields:
        raise InputError(f"{path} needs columns 'text' and 'type' (or NewsSD's 'Sentence' and 'Label').")
    for number, row in enumerate(reader, 2):
        records.append(_record(row, path, number))
    if not records:
        raise InputError(f"{path} has no labelled claims.")
    return records


# ---------------------------------------------------------------------------------------------------------
# From labelled records to the contexts the pipeline would build


def contexts_for(records: Sequence[LabelledClaim], nlp=None, batch_size: int = 16) -> list[ClaimContext]:
    """Parse each example as the pipeline would, and attribute the claim.

    The claims of one article are parsed together, in one text of its sentences in order, as the
    pipeline parses a whole article; an example with no article (or whose article's order is
    unknown) is parsed with its context and sentence only."""
    from .nlp import load_pipeline

    nlp = nlp or load_pipeline()
    groups = _article_groups(records)
    layouts = [_article_layout([records[i] for i in group]) for group in groups]
    contexts: list = [None] * len(records)
    for group, (text, starts), doc in zip(groups, layouts,
                                          nlp.pipe((text for text, _ in layouts), batch_size=batch_size)):
        for i in group:
            record = records[i]
            place = _place(record)
            sentence_text = place[1]
            offset = starts[place]
            at = sentence_text.find(record.text)
            span = doc.char_span(offset + at, offset + at + len(record.text), alignment_mode="expand")
            sentence = doc.char_span(offset, offset + len(sentence_text), alignment_mode="expand")
            if span is None or sentence is None:
                span = sentence = doc[:]
            contexts[i] = ClaimContext(span, sentence, find_attribution(span), record.position, "body")
    return contexts


def _place(record: LabelledClaim) -> tuple[float, str]:
    """Where an example's sentence stands in its article, and the sentence (a claim made in code may leave
    its sentence out)."""
    return record.position, record.sentence or record.text


def _article_groups(records: Sequence[LabelledClaim]) -> list[list[int]]:
    """Indices of the examples to parse together: one article's, or one example alone.

    An article is parsed whole only when its sentences' positions put them in one order."""
    by_article: dict[str, list[int]] = {}
    groups = []
    for i, record in enumerate(records):
        if record.article:
            by_article.setdefault(record.article, []).append(i)
        else:
            groups.append([i])
    for members in by_article.values():
        sentences = {_place(records[i]) for i in members}
        if len({position for position, _ in sentences}) == len(sentences):
            groups.append(members)
        else:  # sentences without their place in the article (a subjectivity corpus)
            groups += [[i] for i in members]
    return groups


def _article_layout(records: Sequence[LabelledClaim]) -> tuple[str, dict]:
    """The text to parse for these examples, and where each (position, sentence) starts in it.

    A sentence whose context (the sentence before it) is not the previous one here, because the
    examples leave sentences out, gets its context in front of it."""
    contexts = {_place(r): r.context for r in records}
    text, previous, starts = "", None, {}
    for key in sorted(contexts):
        if contexts[key] and contexts[key] != previous:
            text += contexts[key] + "\n"
        starts[key] = len(text)
        text += key[1] + "\n"
        previous = key[1]
    return text[:-1], starts


# ---------------------------------------------------------------------------------------------------------
# The model


@dataclass
class TrainedTyper:
    """A calibrated claim-type classifier over symbolic, word, character and subjectivity features."""

    vectorizers: dict
    subjectivity: object
    classifier: object
    meta: dict = field(default_factory=dict)
    name: str = "trained model"

    def features(self, contexts: Sequence[ClaimContext]):
        base = sp.hstack([self._transform(name, inputs)
                          for name, inputs in _inputs(contexts, self.vectorizers).items()]).tocsr()
        subjective = self.subjectivity.predict_proba(base)[:, 1:2]
        return sp.hstack([base, sp.csr_matrix(subjective)]).tocsr()

    def _transform(self, name: str, inputs):
        if name == "chars":  # the same matrix as the vectorizer's, counted word by word
            return tfidf(self._char_counts.counts(inputs), self.vectorizers[name])
        return self.vectorizers[name].transform(inputs)

    @functools.cached_property
    def _char_counts(self) -> WordNgramCounts:
        return WordNgramCounts(self.vectorizers["chars"])

    def feature_names(self) -> list[str]:
        names = []
        for name, vectorizer in self.vectorizers.items():
            label = FEATURE_LABELS[name]
            names += [label.format(describe_feature(n) if name == "symbolic" else n)
                      for n in vectorizer.get_feature_names_out()]
        return names + [describe_feature("subjectivity")]

    def predict(self, contexts: Sequence[ClaimContext]) -> list[TypeDecision]:
        if not contexts:
            return []
        from .classify import furniture_reason

        X = self.features(contexts)
        probabilities = self.classifier.predict_proba(X)
        labels = [str(label) for label in self.classifier.classes_]  # plain str, not numpy scalars, in reports
        decisions = []
        for i, ctx in enumerate(contexts):
            furniture = furniture_reason(ctx.span, ctx.role)
            if ctx.role in ("dateline", "title"):
                decisions.append(TypeDecision("none", 1.0, (furniture,)))
                continue
            best = int(np.argmax(probabilities[i]))
            lo, hi = X.indptr[i], X.indptr[i + 1]  # the row's features, without slicing a sparse matrix
            decisions.append(TypeDecision(labels[best], float(probabilities[i, best]),
                                          self.explain((X.indices[lo:hi], X.data[lo:hi]), labels[best])))
        return decisions

    def explain(self, row: tuple[np.ndarray, np.ndarray], label: str, top: int = 4) -> tuple[str, ...]:
        """The features that pushed this claim most towards `label` rather than the other types.

        `row` is one claim's features as (column indices, values)."""
        indices, values = row
        margin = self._margins[label]
        contributions = values * margin[indices]
        order = np.argsort(-contributions)
        names = self._names()
        why = []
        for j in order[:top * 3]:
            if contributions[j] <= 0:
                break
            why.append(f"{names[indices[j]]} (+{contributions[j]:.2f})")
            if len(why) == top:
                break
        return tuple(why)

    @functools.cached_property
    def _margins(self) -> dict[str, np.ndarray]:
        """Per type, how much each feature favours it over the other types on average."""
        estimator = _base_estimator(self.classifier)
        coef = estimator.coef_
        return {label: coef[k] - np.delete(coef, k, axis=0).mean(axis=0)
                for k, label in enumerate(estimator.classes_)}

    @functools.cached_property
    def _names_cache(self) -> list[str]:
        return self.feature_names()

    def _names(self) -> list[str]:
        return self._names_cache


FEATURE_LABELS = {"symbolic": "{}", "words": "word '{}'", "chars": "chars '{}'", "content": "reported '{}'"}


def _inputs(contexts: Sequence[ClaimContext], vectorizers: dict) -> dict:
    """What each vectorizer reads: named features, the claim's text, and the content it reports."""
    from .attribute import reported_content
    from .nlp import span_text

    texts = [span_text(c.span) for c in contexts]
    inputs = {"symbolic": [symbolic_features(c) for c in contexts], "words": texts, "chars": texts}
    if "content" in vectorizers:
        inputs["content"] = [reported_content(c.span, c.attribution) for c in contexts]
    return {name: inputs[name] for name in vectorizers}


def _base_estimator(classifier):
    calibrated = getattr(classifier, "calibrated_classifiers_", None)
    return calibrated[0].estimator if calibrated else classifier


def train(records: Sequence[LabelledClaim], *, C: float = 2.0, subjectivity_C: float = 1.0, nlp=None,
          contexts: Sequence[ClaimContext] | None = None, seed: int = 0,
          opinion_only_use: str = "subjectivity", subjectivity_weight: float = SUBJECTIVITY_WEIGHT) -> TrainedTyper:
    """Fit the subjectivity model, then the type model on the typed examples.

    The subjectivity model learns the writer's own voice: typed examples count as subjective
    only when they are opinion with no source. Examples with a subjectivity label (NewsSD) go to
    the subjectivity model with that label, weighted by `subjectivity_weight`, and to the type
    model only if they also have a type. Those with no type go to the subjectivity model alone
    (`opinion_only_use="subjectivity"`), to both models (`"both"`: subjective ones as `opinion`
    in the type model too), or nowhere (`"none"`).
    """
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    if contexts is None:
        contexts = contexts_for(records, nlp)
    if opinion_only_use == "none":
        keep = [i for i, r in enumerate(records) if r.type is not None]
        records, contexts = [records[i] for i in keep], [contexts[i] for i in keep]
    types = [r.type or ("opinion" if r.opinion and opinion_only_use == "both" else None) for r in records]
    typed = [i for i, t in enumerate(types) if t is not None]
    labels = sorted({types[i] for i in typed})
    if len(labels) < 2:
        raise InputError("Training needs examples of at least two claim types.")
    vectorizers = {
        "symbolic": DictVectorizer(),
        "words": TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=20000,
                                 lowercase=True),
        "chars": TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=3, sublinear_tf=True,
                                 max_features=30000),
        "content": TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=15000),
    }
    base = sp.hstack([vectorizers[name].fit_transform(inputs)
                      for name, inputs in _inputs(contexts, vectorizers).items()]).tocsr()
    is_subjective = np.array([r.is_subjective(c.attribution.kind) for r, c in zip(records, contexts)])
    if min(is_subjective.sum(), (~is_subjective).sum()) < 2:  # a small file without own-voice opinion
        is_subjective = np.array([r.is_opinion for r in records])
    weights = np.array([1.0 if r.opinion is None else subjectivity_weight for r in records])
    subjectivity = LogisticRegression(C=subjectivity_C, class_weight="balanced", max_iter=5000, random_state=seed)
    # Out-of-fold scores, so the type model learns how far to trust the subjectivity model on unseen text.
    folds = StratifiedKFold(5, shuffle=True, random_state=seed) \
        if min(is_subjective.sum(), (~is_subjective).sum()) >= 5 else 2
    oof = cross_val_predict(subjectivity, base, is_subjective, cv=folds, method="predict_proba",
                            params={"sample_weight": weights})[:, 1:2]
    subjectivity.fit(base, is_subjective, sample_weight=weights)
    X = sp.hstack([base, sp.csr_matrix(oof)]).tocsr()[typed]
    y = np.array([types[i] for i in typed])
    estimator = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=seed)
    smallest = min(int((y == label).sum()) for label in labels)
    if smallest >= 3:
        classifier = CalibratedClassifierCV(estimator, method="sigmoid", cv=min(5, smallest), ensemble=False)
    else:
        classifier = estimator
    classifier.fit(X, y)
    meta = {
        "format": FORMAT,
        "features_version": FEATURES_VERSION,
        "claimcheck_version": _version(),
        "labels": [str(label) for label in classifier.classes_],
        "data_hash": data_hash(records),
        "examples": len(records),
        "typed_examples": len(typed),
        "C": C,
        "subjectivity_C": subjectivity_C,
        "subjectivity_weight": subjectivity_weight,
        "opinion_only_use": opinion_only_use,
    }
    return TrainedTyper(vectorizers=vectorizers, subjectivity=subjectivity, classifier=classifier, meta=meta)


def _version() -> str:
    from . import __version__

    return __version__


# ---------------------------------------------------------------------------------------------------------
# Saving and loading, without pickle


def save_model(typer: TrainedTyper, path: str | Path) -> None:
    """Write the model with skops, atomically."""
    from skops.io import dumps

    from .storage import write_atomic

    for vectorizer in typer.vectorizers.values():
        # Plain ints keep the vocabulary in one JSON table instead of one array file per word.
        vectorizer.vocabulary_ = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
        if hasattr(vectorizer, "stop_words_"):
            del vectorizer.stop_words_  # only needed for introspection, and large
    payload = {"meta": dict(typer.meta), "vectorizers": typer.vectorizers, "subjectivity": typer.subjectivity,
               "classifier": typer.classifier}
    write_atomic(path, dumps(payload, compression=zipfile.ZIP_DEFLATED, compresslevel=9))


def load_model(path: str | Path) -> TrainedTyper:
    """Read a model file, refusing damaged files, foreign objects and other feature versions."""
    from skops.io import get_untrusted_types, loads

    path = Path(path)
    if not path.exists():
        raise ModelError(f"No model at {path}; make one with: claimcheck train DATA --out {path}")
    try:
        data = path.read_bytes()
        untrusted = get_untrusted_types(data=data)
    except Exception:  # noqa: BLE001 - any failure to read the archive means a damaged file
        raise ModelError(f"{path} is not a Claimcheck model file (it is damaged or in another format).") from None
    foreign = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
    if foreign:
        raise ModelError(f"{path} holds object types Claimcheck does not trust ({', '.join(foreign[:3])}); "
                         "it was not made by `claimcheck train`.")
    try:
        payload = loads(data, trusted=untrusted)
    except Exception:  # noqa: BLE001
        raise ModelError(f"{path} is not a Claimcheck model file (it is damaged or in another format).") from None
    meta = payload.get("meta", {}) if isinstance(payload, dict) else {}
    if meta.get("format") != FORMAT:
        raise ModelError(f"{path} is not a Claimcheck claim-type model.")
    if meta.get("features_version") != FEATURES_VERSION:
        raise ModelError(
            f"{path} was made by claimcheck {meta.get('claimcheck_version', '?')} with features "
            f"v{meta.get('features_version')}; this claimcheck uses v{FEATURES_VERSION}: retrain it with "
            "`claimcheck train`.")
    return TrainedTyper(vectorizers=payload["vectorizers"], subjectivity=payload["subjectivity"],
                        classifier=payload["classifier"], meta=meta, name=f"model {path.name}")


@functools.lru_cache(maxsize=1)
def shipped_model() -> TrainedTyper | None:
    """The model shipped inside the package, loaded once; None if it is not installed."""
    if not SHIPPED_PATH.exists():
        return None
    typer = load_model(SHIPPED_PATH)
    typer.name = "shipped model"
    return typer


# ---------------------------------------------------------------------------------------------------------
# Evaluation


def evaluate(typer, records: Sequence[LabelledClaim], contexts: Sequence[ClaimContext] | None = None) -> dict:
    """Per-type precision/recall/F1, macro-F1 and the confusion matrix on typed examples."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    typed = [i for i, r in enumerate(records) if r.type is not None]
    if contexts is None:
        contexts = contexts_for([records[i] for i in typed])
    else:
        contexts = [contexts[i] for i in typed]
    gold = [records[i].type for i in typed]
    predicted = [d.type for d in typer.predict(contexts)]
    p, r, f, s = precision_recall_fscore_support(gold, predicted, labels=list(TYPES), zero_division=0)
    return {
        "per_type": {t: {"precision": float(p[k]), "recall": float(r[k]), "f1": float(f[k]), "support": int(s[k])}
                     for k, t in enumerate(TYPES)},
        "macro_f1": float(np.mean([f[k] for k, t in enumerate(TYPES) if s[k] > 0])),
        "accuracy": float(np.mean([g == q for g, q in zip(gold, predicted)])),
        "confusion": {"labels": list(TYPES), "matrix": confusion_matrix(gold, predicted, labels=list(TYPES)).tolist()},
    }


def evaluate_subjectivity(decisions: Sequence[TypeDecision], contexts: Sequence[ClaimContext],
                          subjective: Sequence[bool]) -> dict:
    """Macro-F1 over subjective/objective of the `opinion` decisions, and of own-voice `opinion` only.

    Subjectivity corpora (NewsSD) call an opinion subjective only in the writer's own voice."""
    from sklearn.metrics import f1_score

    opinion = [d.type == "opinion" for d in decisions]
    own_voice = [o and c.attribution.kind == "none" for o, c in zip(opinion, contexts)]
    return {"opinion_vs_rest_macro_f1": float(f1_score(subjective, opinion, average="macro")),
            "own_voice_opinion_macro_f1": float(f1_score(subjective, own_voice, average="macro"))}


def split_of(article: str) -> str:
    """The fixed split of an article id when no split file lists it: 70/15/15 by a stable hash."""
    bucket = int(hashlib.sha256(article.encode()).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def load_many(paths: Iterable[str | Path]) -> list[LabelledClaim]:
    records: list[LabelledClaim] = []
    for path in paths:
        records.extend(read_labelled(path))
    return records


def holdout_split(records: Sequence[LabelledClaim], fraction: float = 0.2
                  ) -> tuple[list[LabelledClaim], list[LabelledClaim]]:
    """Train and held-out parts by a stable hash of each example's article (or id when it has none)."""
    train_part, held_out = [], []
    for r in records:
        key = r.article or r.id or r.text
        bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 1000
        (held_out if r.type is not None and bucket < fraction * 1000 else train_part).append(r)
    return train_part, held_out


def train_with_report(records: Sequence[LabelledClaim], *, C: float = SHIPPED_C, holdout: float = 0.2,
                      refit: bool = True) -> tuple[TrainedTyper, dict]:
    """Train on all but a held-out part, report it beside the shipped model, then refit on everything."""
    train_part, held_out = holdout_split(records, holdout)
    if not held_out or not train_part:
        raise InputError("Too few labelled claims to hold some out for evaluation; add more data.")
    contexts = contexts_for(list(records))
    index = {id(r): i for i, r in enumerate(records)}
    train_contexts = [contexts[index[id(r)]] for r in train_part]
    held_contexts = [contexts[index[id(r)]] for r in held_out]
    typer = train(train_part, C=C, contexts=train_contexts)
    report = {"held_out": len(held_out), "trained_on": len(train_part),
              "new": evaluate(typer, held_out, held_contexts)}
    shipped = shipped_model()
    if shipped is not None:
        report["shipped"] = evaluate(shipped, held_out, held_contexts)
    from .classify import RuleTyper

    report["rules"] = evaluate(RuleTyper(), held_out, held_contexts)
    if refit:
        typer = train(records, C=C, contexts=contexts)
        report["refitted_on"] = len(records)
    return typer, report


def format_report(report: dict) -> str:
    """The held-out comparison as a table a person reads."""
    columns = [name for name in ("new", "shipped", "rules") if name in report]
    lines = [f"held-out claims: {report['held_out']} (trained on {report['trained_on']})", ""]
    header = f"{'type':<12}" + "".join(f"{name + ' P/R/F1':>24}" for name in columns) + f"{'n':>6}"
    lines.append(header)
    for t in TYPES:
        row = f"{t:<12}"
        for name in columns:
            m = report[name]["per_type"][t]
            row += f"{m['precision']:>10.2f}{m['recall']:>7.2f}{m['f1']:>7.2f}"
        lines.append(row + f"{report[columns[0]]['per_type'][t]['support']:>6}")
    lines.append(f"{'macro-F1':<12}" + "".join(f"{report[name]['macro_f1']:>24.3f}" for name in columns))
    if "refitted_on" in report:
        lines += ["", f"the saved model is refitted on all {report['refitted_on']} examples"]
    return "\n".join(lines)
