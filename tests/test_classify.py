"""Stage 4: claim types from the transparent cue-based typer (the trained model has its own tests)."""
from __future__ import annotations

import pytest

import checker
from checker.classify import RuleTyper, describe_feature, furniture_reason


def types_of(text):
    return [c.type for c in checker.check(text, typer=RuleTyper()).claims]


@pytest.mark.parametrize("text, expected", [
    ("Russia denies the allegations against Putin.", "denial"),
    ("The company rejected the claims as baseless.", "denial"),
    ("Prosecutors accused Mr Hale of stealing $2m from the charity.", "allegation"),
    ("Mr Hale was charged with fraud on Monday.", "allegation"),
    ("He stole $2m from the charity, prosecutors said.", "allegation"),
    ("Some Western analysts believe that this growth is due to the lifting of sanctions.", "opinion"),
    ("Economists expect the bank to raise rates in June.", "opinion"),
    ("The reforms are likely to fail within a year.", "opinion"),
    ("Putin said that Russia intended to further develop cooperation with Kyrgyzstan.", "statement"),
    ("The ministry announced that 400 new teachers would be hired.", "statement"),
    ("The firm declined to comment.", "statement"),
    ("Neither Kyrgyzstan nor China are members of the ICC.", "fact"),
    ("The Russian President is scheduled to visit China next week.", "fact"),
    ("The organisation was created to prosecute war crimes.", "fact"),
])
def test_rule_typer(text, expected):
    assert types_of(text)[-1] == expected


@pytest.mark.parametrize("line, reason", [
    ("By Jane Okafor, Political Editor", "byline"),
    ("Photo: Reuters", "picture or source credit"),
    ("Sign up for our morning newsletter", "call to action"),
    ("What happens next?", "question"),
    ("Related coverage", "no verb: a label or heading"),
])
def test_furniture_kept_in_text_is_typed_none(nlp, line, reason):
    doc = nlp(line)
    assert furniture_reason(doc[:]) == reason
    report = checker.check(f"{line}\n\nThe council approved the budget on Monday after a long debate.",
                           typer=RuleTyper())
    assert report.claims[0].type == "none"


def test_every_decision_explains_itself(seed_rules_report):
    for claim in seed_rules_report.claims:
        assert claim.why_type, claim.text
        assert 0 < claim.confidence <= 1


@pytest.mark.parametrize("name, words", [
    ("cue_lemma=deny", "reporting cue 'deny'"),
    ("cue_class=denial", "denial cue"),
    ("cue_class=none", "no reporting cue"),
    ("source_kind=vague", "vague source"),
    ("source_kind=none", "no source: the outlet's voice"),
    ("source_ent=ORG", "source is an organisation"),
    ("source_ent=WORK_OF_ART", "source is work of art"),
    ("root_tag=VBD", "main verb in the past tense"),
    ("root_tag=NN", "main word tagged NN"),
    ("furniture=byline", "page furniture (byline)"),
    ("denial_phrase", "denial wording"),
    ("length", "length of the claim"),
    ("something_new", "something_new"),  # a name it does not know is shown as it is
])
def test_features_are_explained_in_words(name, words):
    assert describe_feature(name) == words


def test_every_named_feature_of_the_shipped_model_reads_as_words():
    from checker.model import shipped_model

    typer = shipped_model()
    named = list(typer.vectorizers["symbolic"].get_feature_names_out()) + ["subjectivity"]
    unread = [n for n in named if "=" in describe_feature(n) or "_" in describe_feature(n)]
    assert not unread
    assert "reporting cue 'deny'" in typer.feature_names()
