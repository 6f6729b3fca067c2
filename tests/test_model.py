"""The trained claim-type model: shipped in the package, deterministic, explainable, retrainable, safe to load."""
from __future__ import annotations

import json
import zipfile

import pytest

import checker
from checker import ingest, model
from checker.cli import main
from checker.errors import InputError, ModelError
from checker.pipeline import claim_contexts

from .conftest import SEED


@pytest.fixture(scope="session")
def shipped():
    return model.shipped_model()


def test_the_model_ships_inside_the_package(shipped):
    assert model.SHIPPED_PATH.is_relative_to(model.Path(checker.__file__).parent)
    assert shipped is not None and shipped.meta["format"] == model.FORMAT
    assert shipped.meta["features_version"] == model.FEATURES_VERSION
    assert len(shipped.meta["data_hash"]) == 16 and shipped.meta["labels"] == sorted(model.TYPES)
    assert model.SHIPPED_PATH.stat().st_size < 5_000_000


def test_the_default_typer_is_the_shipped_model(seed_report):
    assert all(c.why_type for c in seed_report.claims)
    assert any("(+" in w for c in seed_report.claims for w in c.why_type)  # feature contributions, not rules


def test_predictions_are_deterministic(shipped, nlp, seed_document):
    contexts = claim_contexts(seed_document, nlp(seed_document.text))
    first = shipped.predict(contexts)
    again = model.load_model(model.SHIPPED_PATH).predict(contexts)
    assert [(d.type, round(d.confidence, 6), d.why) for d in first] == \
           [(d.type, round(d.confidence, 6), d.why) for d in again]


def test_confidences_are_probabilities(shipped, nlp, seed_document):
    contexts = claim_contexts(seed_document, nlp(seed_document.text))
    for decision in shipped.predict(contexts):
        assert 0 < decision.confidence <= 1
        assert type(decision.type) is str and type(decision.confidence) is float  # no numpy scalars
        assert decision.why


LABELLED = [
    ("Prosecutors accused the mayor of taking bribes from a developer.", "allegation"),
    ("Police charged two men with fraud after a raid on Tuesday.", "allegation"),
    ("The council blamed the contractor for the flooding.", "allegation"),
    ("Critics accused the minister of misleading parliament.", "allegation"),
    ("The company denied any wrongdoing.", "denial"),
    ("The mayor rejected the claims as baseless.", "denial"),
    ("The club dismissed the reports as untrue.", "denial"),
    ("The minister denied misleading parliament.", "denial"),
    ("Analysts believe the bank will cut rates in June.", "opinion"),
    ("The plan is a reckless gamble with public money.", "opinion"),
    ("Economists expect growth to slow next year.", "opinion"),
    ("This was a shameful decision by the board.", "opinion"),
    ("The ministry said 400 teachers would be hired.", "statement"),
    ("The mayor told reporters the budget was balanced.", "statement"),
    ("A spokesman said the talks would resume on Monday.", "statement"),
    ("The agency announced new rules for drones.", "statement"),
    ("The bridge opened in 1998 and carries 40,000 cars a day.", "fact"),
    ("The river burst its banks on Sunday night.", "fact"),
    ("The company employs 2,000 people in three countries.", "fact"),
    ("The summit will be held in Vienna next month.", "fact"),
    ("Share this article", "none"),
    ("Sign up for our newsletter", "none"),
    ("By Jane Okafor, Political Editor", "none"),
    ("What happens next?", "none"),
]


def labelled_file(tmp_path, copies=2):
    path = tmp_path / "labels.jsonl"
    lines = []
    for n in range(copies):
        for i, (text, kind) in enumerate(LABELLED):
            lines.append(json.dumps({"id": f"a{n}-{i}", "article": f"art-{n}-{i % 6}", "text": text,
                                     "sentence": text, "type": kind}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_train_command_defaults_to_the_regularisation_the_shipped_model_was_chosen_with():
    from checker.cli import train

    option = next(p for p in train.params if p.name == "C")
    chosen = model.shipped_model().meta["selection"]["chosen_C"]
    assert option.default == model.SHIPPED_C == chosen


def test_retraining_on_a_small_file_works_end_to_end(tmp_path, capsys):
    out = tmp_path / "house.skops"
    code = main(["train", str(labelled_file(tmp_path)), "--out", str(out), "-C", "4"])
    printed = capsys.readouterr().out
    assert code == 0 and out.exists()
    assert "held-out claims" in printed and "new P/R/F1" in printed and "shipped P/R/F1" in printed
    assert "rules P/R/F1" in printed and "macro-F1" in printed
    trained = model.load_model(out)
    assert trained.meta["examples"] == len(LABELLED) * 2
    code = main(["check", str(SEED), "--model", str(out), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and {c["type"] for c in report["claims"]} <= set(model.TYPES)


def test_train_from_reviews(tmp_path, capsys, seed_report):
    from checker.reviews import ReviewStore, article_hash, review_for

    store = ReviewStore(tmp_path / "reviews.db")
    key = article_hash(seed_report.document.text)
    for claim in seed_report.claims:
        corrected = "opinion" if claim.type == "fact" else None
        store.save(review_for(key, claim, "Ann", verdict="supported", corrected_type=corrected, sentence=claim.text))
    code = main(["train", str(labelled_file(tmp_path)), "--from-reviews", str(tmp_path / "reviews.db"),
                 "--out", str(tmp_path / "m.skops")])
    assert code == 0
    assert model.load_model(tmp_path / "m.skops").meta["examples"] == len(LABELLED) * 2 + len(seed_report.claims)
    capsys.readouterr()


@pytest.mark.parametrize("content, message", [
    (b"not a zip file at all", "not a Claimcheck model file"),
    (b"PK\x03\x04 truncated zip", "not a Claimcheck model file"),
])
def test_damaged_model_files_are_refused(tmp_path, content, message):
    path = tmp_path / "bad.skops"
    path.write_bytes(content)
    with pytest.raises(ModelError, match=message):
        model.load_model(path)


def test_missing_model_file(tmp_path):
    with pytest.raises(ModelError, match="claimcheck train"):
        model.load_model(tmp_path / "nothing.skops")


def test_a_model_from_another_version_is_refused(tmp_path, shipped):
    path = tmp_path / "old.skops"
    old = model.TrainedTyper(shipped.vectorizers, shipped.subjectivity, shipped.classifier,
                             {**shipped.meta, "features_version": 0, "claimcheck_version": "0.0.1"})
    model.save_model(old, path)
    with pytest.raises(ModelError, match="v0; this claimcheck uses v"):
        model.load_model(path)


def test_a_foreign_skops_file_is_refused(tmp_path):
    from skops.io import dump

    path = tmp_path / "foreign.skops"
    dump({"meta": {"format": "something-else"}}, path)
    with pytest.raises(ModelError, match="not a Claimcheck claim-type model"):
        model.load_model(path)


def test_untrusted_object_types_are_refused_without_loading(tmp_path, shipped):
    path = tmp_path / "evil.skops"
    model.save_model(shipped, path)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    schema = json.loads(files["schema.json"])
    schema["__module__"], schema["__class__"] = "os", "system"
    files["schema.json"] = json.dumps(schema).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    with pytest.raises(ModelError, match="does not trust|not a Claimcheck"):
        model.load_model(path)


def test_cli_model_errors_are_one_sentence(tmp_path, capsys):
    bad = tmp_path / "bad.skops"
    bad.write_bytes(b"junk")
    assert main(["check", str(SEED), "--model", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("claimcheck: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("content, message", [
    ('{"text": "A claim.", "type": "rumour"}\n', "'type' must be one of"),
    ('{"text": "", "type": "fact"}\n', "'text' is missing"),
    ('{"text": "A claim.", "type": "fact"\n', "line 1: not valid JSON"),
    ('{"text": "A claim.", "type": "fact", "sentence": "Another sentence."}\n', "not part of its 'sentence'"),
])
def test_bad_labelled_data_names_the_line(tmp_path, content, message):
    path = tmp_path / "labels.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        model.read_labelled(path)


def test_newssd_csv_reads_as_opinion_or_not(tmp_path):
    path = tmp_path / "newssd.csv"
    path.write_text('Sentence,Label,Solved conflict\n"It is a disgrace.",SUBJ,False\n"Rates rose.",OBJ,False\n',
                    encoding="utf-8")
    subj, obj = model.read_labelled(path)
    assert (subj.type, subj.opinion, subj.is_opinion) == (None, True, True)  # only its subjectivity is known
    assert (obj.type, obj.opinion, obj.is_opinion) == (None, False, False)


def test_subjectivity_sentences_teach_the_type_model_only_when_typed(nlp):
    from checker.model import LabelledClaim

    claims = [LabelledClaim(text, kind) for text, kind in LABELLED]
    sentences = [LabelledClaim("What a disgrace this budget is.", None, opinion=True),
                 LabelledClaim("Critics call the budget a disgrace.", "statement", source_kind="vague", opinion=False),
                 LabelledClaim("A shameful, cowardly budget.", "opinion", source_kind="none", opinion=True)]
    typer = model.train(claims + sentences, nlp=nlp)
    assert typer.meta["examples"] == len(claims) + 3
    assert typer.meta["typed_examples"] == len(claims) + 2
    only_subjectivity = model.train(claims + sentences, nlp=nlp, opinion_only_use="none")
    assert only_subjectivity.meta["examples"] == len(claims) + 2  # the untyped sentence goes nowhere


def test_subjectivity_csv_keeps_its_article(tmp_path):
    path = tmp_path / "written.csv"
    path.write_text('Sentence,Label,Article,Style\n"Few will mourn it.",SUBJ,subj-a-01,oped\n', encoding="utf-8")
    (record,) = model.read_labelled(path)
    assert (record.article, record.origin, record.opinion) == ("subj-a-01", "subjectivity:written", True)


# The subjectivity model learns the writer's own voice: reported opinion is objective, as NewsSD labels it.
@pytest.mark.parametrize("record, found_kind, subjective", [
    (model.LabelledClaim("A disgrace.", "opinion", source_kind="none"), "named", True),  # gold kind wins
    (model.LabelledClaim("He called it a disgrace.", "opinion", source_kind="named"), "none", False),
    (model.LabelledClaim("It is a disgrace, critics say.", "opinion"), "vague", False),  # no gold: the found kind
    (model.LabelledClaim("A disgrace.", "opinion"), "none", True),
    (model.LabelledClaim("Rates rose.", "fact", source_kind="none"), "none", False),
    (model.LabelledClaim("He said so.", None, opinion=True), "named", True),  # subjectivity data: its own label
    (model.LabelledClaim("Rates rose.", None, opinion=False), "none", False),
])
def test_subjective_means_opinion_in_the_writers_voice(record, found_kind, subjective):
    assert record.is_subjective(found_kind) is subjective


def test_subjectivity_scores_count_reported_opinion_only_in_the_first_figure():
    from types import SimpleNamespace

    from checker.classify import TypeDecision

    def ctx(kind):
        return SimpleNamespace(attribution=SimpleNamespace(kind=kind))

    decisions = [TypeDecision(t, 0.9, ()) for t in ("opinion", "opinion", "fact", "fact")]
    contexts = [ctx("none"), ctx("named"), ctx("none"), ctx("none")]
    scores = model.evaluate_subjectivity(decisions, contexts, [True, False, False, True])
    # opinion vs rest: [T, T, F, F] against [T, F, F, T] (2 of 4 right); own voice: [T, F, F, F] (3 of 4 right)
    assert scores == {"opinion_vs_rest_macro_f1": pytest.approx(0.5),
                      "own_voice_opinion_macro_f1": pytest.approx((2 / 3 + 0.8) / 2)}


ARTICLE = ("Councillor Jane Doe was accused on Monday of taking bribes from a developer.",
           "The complaint was lodged with the standards board last week.",
           "She said the claims were false.")


def _article_records(article: str = "a1", positions=(0.0, 1 / 3, 2 / 3)) -> list:
    return [model.LabelledClaim(s, "fact", sentence=s, position=p, article=article, context=ARTICLE[i - 1] if i else "")
            for i, (s, p) in enumerate(zip(ARTICLE, positions))]


def test_the_claims_of_one_article_are_parsed_together_in_order(nlp):
    records = _article_records()[::-1]  # file order does not matter, position does
    contexts = model.contexts_for(records, nlp)
    assert len({id(c.span.doc) for c in contexts}) == 1
    assert contexts[0].span.doc.text == "\n".join(ARTICLE)
    assert [c.span.text for c in contexts] == [r.text for r in records]
    assert [c.sentence.text for c in contexts] == [r.sentence for r in records]


def test_training_sees_the_attribution_the_pipeline_finds(nlp):
    # "She" is the councillor two sentences back: with only the previous sentence for context it was unresolved.
    document = ingest.from_text(" ".join(ARTICLE))
    pipeline = claim_contexts(document, nlp(document.text))
    trained = model.contexts_for(_article_records(), nlp)
    assert [c.attribution.resolved for c in trained] == [c.attribution.resolved for c in pipeline]
    assert trained[2].attribution.resolved == "Councillor Jane Doe"
    alone = model.contexts_for(_article_records(article=""), nlp)  # no article: its context sentence only
    assert alone[2].attribution.resolved is None


def test_a_sentence_left_out_of_an_article_comes_back_as_the_next_ones_context(nlp):
    first, _, last = _article_records()  # the middle sentence is not labelled; the last one's context is it
    contexts = model.contexts_for([last, first], nlp)
    assert contexts[0].span.doc is contexts[1].span.doc
    assert contexts[0].span.doc.text == "\n".join(ARTICLE)
    assert contexts[0].attribution.resolved == "Councillor Jane Doe"


def test_sentences_with_no_place_in_their_article_are_parsed_alone(nlp):
    contexts = model.contexts_for(_article_records(positions=(0.0, 0.0, 0.0)), nlp)  # a subjectivity corpus
    assert len({id(c.span.doc) for c in contexts}) == 3
    assert contexts[2].span.doc.text == f"{ARTICLE[1]}\n{ARTICLE[2]}"  # with the context its record carries


def test_labelled_files_with_sentence_places_are_parsed_as_whole_articles(tmp_path, nlp):
    path = tmp_path / "house.jsonl"
    rows = [{"text": s, "type": "fact", "article": "a1", "sentence_index": i, "article_sentences": 3,
             "context": ARTICLE[i - 1] if i else ""} for i, s in enumerate(ARTICLE)]
    rows.append({"text": "Rates rose.", "type": "fact", "article": "a2"})  # no place: parsed alone
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    contexts = model.contexts_for(model.read_labelled(path), nlp)
    assert len({id(c.span.doc) for c in contexts[:3]}) == 1 and contexts[3].span.doc.text == "Rates rose."
    assert contexts[2].attribution.resolved == "Councillor Jane Doe"
