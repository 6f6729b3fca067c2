"""Stage 3: sources, source kinds, cues and accusation targets from the parse and the lexicons."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from checker import segment
from checker.attribute import find_attribution, refers_to


def attributions(nlp, text):
    doc = nlp(text)
    return [find_attribution(part) for s in segment.sentences(doc) for part in segment.split_claims(s)]


# (text, source, kind, cue) for the last claim of the text.
CASES = [
    ('"We will not back down," she said.', "she", "named", "said"),
    ('"We will not back down," said Maria Lopez, the party\'s leader.', "Maria Lopez, the party's leader", "named",
     "said"),
    ("Russia denies the allegations against Putin.", "Russia", "named", "denies"),
    ("Some Western analysts believe that this growth is due to the lifting of sanctions.", "Some Western analysts",
     "vague", "believe"),
    ("Officials who asked not to be named said the deal was close.", "Officials who asked not to be named",
     "anonymous", "said"),
    ("A source close to the Kremlin said Putin would not travel.", "A source close to the Kremlin", "anonymous",
     "said"),
    ("A senior official told the BBC that the decision had been made.", "A senior official", "anonymous", "told"),
    ("According to the central bank, inflation rose to 7% in March.", "the central bank", "named", "according to"),
    ("Inflation rose to 7% in March, according to the statistics office.", "the statistics office", "named",
     "according to"),
    ("Critics say the law will hurt small businesses.", "Critics", "vague", "say"),
    ("It is thought that the company lost $3m.", "It is thought", "vague", "thought"),
    ("Many believe the election was rigged.", "Many", "vague", "believe"),
    ("The bank is widely expected to raise rates next month.", "widely expected", "vague", "expected"),
    ("The A7 is widely regarded as the most efficient aircraft in its class.", "widely regarded", "vague",
     "regarded"),
    ('Brannigan was said to be "livid" about the new segment.', "was said to", "vague", "said"),
    ("Prosecutors accused Mr Hale of stealing $2m from the charity.", "Prosecutors", "named", "accused"),
    ("The company denied any wrongdoing.", "The company", "named", "denied"),
    ("The firm declined to comment.", "The firm", "named", "declined"),
    ("Residents blamed the council for the flooding.", "Residents", "vague", "blamed"),
    ("The report found that emissions had fallen by 12%.", "The report", "named", "found"),
    ("Analysts at Goldman Sachs predict a recession next year.", "Analysts at Goldman Sachs", "named", "predict"),
    ("He stole $2m from the charity, prosecutors said.", "prosecutors", "named", "said"),
    ("Scientists believe the virus jumped from bats.", "Scientists", "vague", "believe"),
    ("Vladimir Putin met officials. He said he would also attend a ceremony.", "He", "named", "said"),
    ("The minister, speaking on condition of anonymity, said the talks had stalled.", None, "anonymous", "said"),
    ("The river burst its banks on Monday.", None, "none", None),
    # one somebody out of a group, or a source at a named place, is anonymous
    ("Two MPs spoke to us. One said concerns had been raised twice.", "One", "anonymous", "said"),
    ("One clubber told us that he had thrown the first punch.", "One clubber", "anonymous", "told"),
    ("A Harbour Lane source said bosses were standing by her.", "A Harbour Lane source", "anonymous", "said"),
    ("Several said they had complained to the company about cracks.", "Several", "vague", "said"),
    # two subjects the parse gives one verb: one phrase split at a hyphen, or a fronted phrase and the speaker
    ("Another ex-staffer told the Globe that £150 had been taken from her wages.", "Another ex-staffer",
     "anonymous", "told"),
    ('Outside court, her lawyer, Fiona Greig, said her client "looks forward to clearing her name".',
     "her lawyer, Fiona Greig", "named", "said"),
    # the parse gives "said" no subject: the name the sentence opens with, before a phrase set off by commas
    (("Dr Imran Sayed, a consultant psychiatrist who advised on the project, said early help could stop "
      "problems becoming crises."), "Dr Imran Sayed", "named", "said"),
    # a reporting clause set off by a comma speaks for the phrase it follows; a restrictive one reports nothing
    ("The mill was fined by the safety watchdog, which alleges it ignored two warnings.", "the safety watchdog",
     "named", "alleges"),
    ("The ferry route is a worry for parents on the island, who say the crossings are unsafe.",
     "parents on the island", "vague", "say"),
    ("The bridge was shut after a complaint from the Harbour Users Group, which accused the port of neglect.",
     "the Harbour Users Group", "named", "accused"),
    ("The mayor, who insists the cuts are unavoidable, said the decision was final.", None, "named", "said"),
    ("Anyone who believes they were overcharged should contact the bank.", None, "none", None),
    ("The closure drew anger from commuters on the estate, who say the line is unreliable.", "commuters on the estate",
     "vague", "say"),
    ("The film's music is by the Welsh composer Idris Pugh, who also wrote the score for Tidewater.", None,
     "none", None),
    ("Ticket prices doubled overnight for the final, which tells you all you need to know.", None, "none", None),
    ("The minister shelved the inspectors' report, which warned that the dam could fail.", None, "none", None),
    # a group named only by what its members are is vague, possessor and all
    ("Tenants' associations say the rent rise is unaffordable.", "Tenants' associations", "vague", "say"),
    ("The tenants' lawyers said the eviction was unlawful.", "The tenants' lawyers", "named", "said"),
    # particular people left unnamed are anonymous: counted, placed by whom they know, or of a named body
    ("Three former drivers told us the brakes had been faulty for months.", "Three former drivers", "anonymous",
     "told"),
    ("Two people close to the mayor said she would not stand again.", "Two people close to the mayor", "anonymous",
     "said"),
    ("Officials briefed on the inquiry say it will blame the contractor.", "Officials briefed on the inquiry",
     "anonymous", "say"),
    ("A former Tesco pharmacist said the shortages began in May.", "A former Tesco pharmacist", "anonymous", "said"),
    ("Senior Labour figures, speaking privately, concede the vote was lost.", "Senior Labour figures", "anonymous",
     "concede"),
    ("A lawyer acting for the family, Ruth Adeyemi, said they would appeal.",
     "A lawyer acting for the family, Ruth Adeyemi", "named", "said"),
    ("An investigation by the ombudsman found that the council had lost the files.",
     "An investigation by the ombudsman", "named", "found"),
    ("Thousands of residents say the new bins are too small.", None, "vague", "say"),
    # evidence before a court is reported through it; a stranger hearing something is not a source
    ("The jury heard that the lorry had no working brakes.", "The jury", "named", "heard"),
    ("A tribunal heard the nurse had been sacked by text message.", "A tribunal", "named", "heard"),
    ("We heard that the band had split.", None, "none", None),
    # tabloid speech verbs, and the speaker the parse takes for their object after a quotation
    ('"It is daylight robbery," fumed shopkeeper Ann Pryce.', "shopkeeper Ann Pryce", "named", "fumed"),
    # report, write, recall and add report only a clause, or as a tag after the clause they report
    ("Corvan reported pre-tax profits of £212 million last year.", None, "none", None),
    ("Lydia Frost writes about business and consumer affairs.", None, "none", None),
    ("The carmaker recalled 12,000 vehicles over a seatbelt fault.", None, "none", None),
    ("The EU added 27 tankers to its sanctions list in May.", None, "none", None),
    ("A man was hurt when a wall collapsed in the old town, the mayor wrote on Facebook.", "the mayor", "named",
     "wrote"),
    ("She recalled that the lights had gone out an hour earlier.", "She", "named", "recalled"),
    ('"We will appeal," he added.', "he", "named", "added"),
    # figures and records are as named as whoever keeps them
    ("Unemployment rose to 5.1% in March, according to figures from the national statistics office.",
     "figures from the national statistics office", "named", "according to"),
    ("Figures released by Millbrook Water show the site used 1.1 million litres a day.",
     "Figures released by Millbrook Water", "named", "show"),
    ("Council records show that inspectors served two notices on the block.", "Council records", "named", "show"),
    ("Knife crime rose by 20 percent last year, according to official figures.", "official figures", "named",
     "according to"),
    ("Investment in the sector rose by a fifth, according to industry data.", "industry data", "vague",
     "according to"),
    ("The rate will rise again, according to figures from analysts at two banks.",
     "figures from analysts at two banks", "vague", "according to"),
    ("New figures show petrol prices rose 9p in six weeks.", "New figures", "vague", "show"),
    # a senior figure is a person
    ("One senior government figure said the episode was deeply embarrassing.", "One senior government figure",
     "anonymous", "said"),
]


@pytest.mark.parametrize("text, source, kind, cue", CASES)
def test_attribution(nlp, text, source, kind, cue):
    found = attributions(nlp, text)[-1]
    if source is not None:
        assert found.source == source
    assert found.kind == kind
    assert found.cue == cue


@pytest.mark.xfail(strict=True, reason="known miss: the parse hangs 'who' on 'a night shift', a thing, so the "
                                       "clause's speaker is not taken rather than risk 'a night shift' as source")
def test_who_hung_on_a_thing(nlp):
    text = "Among the passengers delayed was a nurse on her way to a night shift, who told us she was two hours late."
    found = attributions(nlp, text)[-1]
    assert (found.source, found.cue) == ("a nurse on her way to a night shift", "told")


# Naming and demanding verbs report only in one construction; elsewhere they are events.
@pytest.mark.parametrize("text, source, kind, cue, cue_class", [
    ("Critics called the plan reckless.", "Critics", "vague", "called", "opinion"),
    ('Local MP Derek Oduya branded the service "a national embarrassment".', "Local MP Derek Oduya", "named",
     "branded", "opinion"),
    ('Voltara called the lawsuit "meritless".', "Voltara", "named", "called", "opinion"),
    ("Opponents labelled the scheme a disaster.", "Opponents", "vague", "labelled", "opinion"),
    ("The minister termed the report misleading.", "The minister", "named", "termed", "opinion"),
    ("The European Union's delegation called for Tesh's immediate release.", "The European Union's delegation",
     "named", "called", "opinion"),
    ("The United Nations called on both sides to exercise restraint.", "The United Nations", "named", "called",
     "statement"),
    ("Detective Sergeant Alison Crane urged residents never to hand cash to callers.",
     "Detective Sergeant Alison Crane", "named", "urged", "statement"),
    ("Fire crews were called to the High Street shortly after 2am.", None, "none", None, None),
    ("A man called John Smith lives next door.", None, "none", None, None),
    ("She called the police.", None, "none", None, None),
    ("The council called an emergency meeting.", None, "none", None, None),
    ("The so-called experts met on Monday.", None, "none", None, None),
    ("The opposition has called protests in the capital for Tuesday evening.", None, "none", None, None),
])
def test_naming_and_demanding_verbs(nlp, text, source, kind, cue, cue_class):
    found = attributions(nlp, text)[-1]
    assert (found.source, found.kind, found.cue, found.cue_class) == (source, kind, cue, cue_class)


# Every clause of a quotation is the words of the speaker named outside the quotation marks, and a
# reporting verb inside the marks is not the attribution. (claim text, source) for each claim.
@pytest.mark.parametrize("text, expected", [
    ('"Our customers asked for more computing power, and we delivered," said chief executive Rhea Sandoval.',
     [('"Our customers asked for more computing power', "chief executive Rhea Sandoval"),
      ('we delivered," said chief executive Rhea Sandoval.', "chief executive Rhea Sandoval")]),
    ("\u201cWe were promised planes in January, but they will not come until the autumn,\u201d she said.",
     [("\u201cWe were promised planes in January", "she"),
      ("they will not come until the autumn,\u201d she said.", "she")]),
    ('"We have had to tell crews that the planes will not be here until the autumn," she said.',
     [('"We have had to tell crews that the planes will not be here until the autumn," she said.', "she")]),
    ('She said: "We warned them, and they ignored us."',
     [('She said: "We warned them', "She"), ('they ignored us."', "She")]),
    ('"He said he would resign," she told reporters.', [('"He said he would resign," she told reporters.', "she")]),
    ('It is not over, and we deny everything," he said.', [("It is not over", "he"),
                                                           ('we deny everything," he said.', "he")]),
    ('"We will fight on. Nobody asked us," he said.', [('"We will fight on.', "he"), ('Nobody asked us," he said.', "he")]),
    ('"The plan is a disgrace. Nobody asked us. We will go to court," said resident Anna Petrova.',
     [('"The plan is a disgrace.', "resident Anna Petrova"), ("Nobody asked us.", "resident Anna Petrova"),
      ('We will go to court," said resident Anna Petrova.', "resident Anna Petrova")]),
    ('The unit was rated "requires improvement" in 2020, and campaigners said nothing had changed.',
     [('The unit was rated "requires improvement" in 2020', None),
      ("campaigners said nothing had changed.", "campaigners")]),
    ('The mayor said the plan was sound. "We listened to residents. Nobody was ignored."',
     [("The mayor said the plan was sound.", "The mayor"), ('"We listened to residents.', "The mayor"),
      ('Nobody was ignored."', "The mayor")]),
    ('"We will fight on," the mayor said. "The plan is reckless."',
     [('"We will fight on," the mayor said.', "the mayor"), ('"The plan is reckless."', "the mayor")]),
    ('The council approved the plan on Monday. "It is a scandal."',
     [("The council approved the plan on Monday.", None), ('"It is a scandal."', None)]),
    ('The minister said the plan was sound, and critics called it "a disaster".',
     [("The minister said the plan was sound", "The minister"), ('critics called it "a disaster".', "critics")]),
    # a straight mark after a colon opens a quotation that runs on into the next sentence
    ('She said: "Residents are being told there is no money. This is a slap in the face."',
     [('She said: "Residents are being told there is no money.', "She"), ('This is a slap in the face."', "She")]),
])
def test_quotation_takes_its_speaker(nlp, text, expected):
    doc = nlp(text)
    parts = [part for s in segment.sentences(doc) for part in segment.split_claims(s)]
    assert [(part.text, find_attribution(part).source) for part in parts] == expected


def test_participle_accusation_is_attributed_to_the_clause_subject(nlp):
    text = ("Vladimir Putin is not known to have left Russia since the ICC issued a search warrant for him, "
            "accusing him of overseeing the illegal deportation of children from Ukraine.")
    found = attributions(nlp, text)[-1]
    assert (found.source, found.kind, found.cue, found.cue_class) == ("the ICC", "named", "accusing", "allegation")
    assert found.target == "Vladimir Putin"


@pytest.mark.parametrize("text, target", [
    ("Prosecutors accused Mr Hale of stealing $2m from the charity.", "Mr Hale"),
    ("Mr Hale was charged with fraud on Monday.", "Mr Hale"),
    ("Residents blamed the council for the flooding.", "the council"),
    ("Regulators said Acme Corp had hidden the defect from buyers.", "Acme Corp"),
    ("Residents said the mayor ignored warnings about the dam.", "the mayor"),
    ('"This is a scandal," blasted Leroy Mills.', "This"),  # the speaker after the quotation is not the target
])
def test_accusation_target(nlp, text, target):
    assert attributions(nlp, text)[-1].target == target


def test_pronoun_source_resolves_to_the_last_person(nlp):
    found = attributions(nlp, "Vladimir Putin met officials. He said he would also attend a ceremony.")[-1]
    assert found.resolved == "Vladimir Putin"
    assert refers_to(found) == "Vladimir Putin"


@pytest.mark.parametrize("text, shown", [
    ("Critics attacked the plan in Berlin. They said it would cost jobs.", "Critics"),
    ("Vladimir Putin met officials. His office said the visit had gone well.", None),  # no lone pronoun
    ("Vladimir Putin met officials. Putin said the visit had gone well.", None),
    ("The visit had gone well, officials said.", None),
])
def test_only_a_pronoun_source_is_shown_with_whom_it_stands_for(nlp, text, shown):
    assert refers_to(attributions(nlp, text)[-1]) == shown


def test_source_offsets_point_into_the_text(nlp):
    text = "In Paris, the foreign minister said the talks would resume."
    found = attributions(nlp, text)[-1]
    assert text[found.source_start:found.source_end] == found.source == "the foreign minister"


@pytest.mark.parametrize("text, kind", [
    # "They" is the group the sentence before was about, not the last place or body named there
    ("Critics attacked the plan in Berlin. They said it would cost jobs.", "vague"),
    ("Two people with knowledge of the talks said the deal was close after trustees met. They said it was signed.",
     "anonymous"),
    ("Siemens and Bosch posted results on Monday. They said demand had fallen.", "named"),
])
def test_pronoun_after_a_group(nlp, text, kind):
    assert attributions(nlp, text)[-1].kind == kind


@pytest.mark.parametrize("text, source", [
    # "X said A, and that B": B is reported by X too, whichever way the parse attaches it
    (("Fire chief Rosa Medina said crews had stopped the fire spreading west of Highway 9, but that strong winds "
      "could push it towards the town."), "Fire chief Rosa Medina"),
    ("The mayor said the budget was balanced, and that taxes would not rise.", "The mayor"),
    (("Wendham University said it had appointed an independent panel, and that it would be inappropriate to "
      "comment further."), "Wendham University"),
    # a demonstrative "that" is no reported clause
    ("The council approved the plan, and that decision was final.", None),
])
def test_a_second_reported_clause_keeps_its_speaker(nlp, text, source):
    assert attributions(nlp, text)[-1].source == source


@pytest.mark.parametrize("text, accused", [
    # the subject of the clause a reporting verb reports, not the reporter
    (("Harbourline Bank has been fined £14.2m after failing to check high-risk customers, the Financial "
      "Conduct Authority said."), "Harbourline Bank"),
    ("Executive producer Carl Finch bullied junior staff throughout the last series.",
     "Executive producer Carl Finch"),
    # a bare plural is nobody to ask for comment; a surname met before is somebody
    ('She said: "Residents are being told there is no money for libraries."', None),
    ("Hotshot striker Rico Danes punched a bouncer. Danes then hurled a glass at a doorman.", "Danes"),
])
def test_accused_when_the_cue_names_nobody(nlp, text, accused):
    from checker.attribute import accused_in

    doc = nlp(text)
    assert accused_in(list(doc.sents)[-1]) == accused



def test_a_trailing_tag_the_parse_coordinates_still_reports(nlp):
    # The parse sometimes takes "..., the governor wrote on Telegram." as a second clause joined to the first
    # rather than as the verb that reports it; built by hand so the test does not hang on one parse.
    words = ["Two", "died", ",", "the", "governor", "wrote", "on", "Telegram", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 5, 1, 5, 6, 1],
              deps=["nsubj", "ROOT", "punct", "det", "nsubj", "conj", "prep", "pobj", "punct"],
              pos=["NUM", "VERB", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
              tags=["CD", "VBD", ",", "DT", "NN", "VBD", "IN", "NNP", "."],
              lemmas=["two", "die", ",", "the", "governor", "write", "on", "Telegram", "."],
              sent_starts=[True] + [False] * 8)
    found = find_attribution(doc[:])
    assert (found.source, found.kind, found.cue) == ("the governor", "named", "wrote")
