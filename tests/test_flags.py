"""Stage 5: attribution-gap flags, each with a reason."""
from __future__ import annotations

import pytest

import checker
from checker.classify import RuleTyper

from .conftest import claim_with


def flags_of(text, fragment):
    report = checker.check(text, typer=RuleTyper())
    return {f.name: f.reason for f in claim_with(report, fragment).flags}


DATELINE = "Tuesday, April 16, 2024\n\n"


@pytest.mark.parametrize("text, fragment, flag", [
    ("Critics say the law will hurt small businesses in the region.", "Critics", "vague_source"),
    ("Officials who asked not to be named said the deal was close to being signed.", "Officials",
     "anonymous_source"),
    ("A source close to the Kremlin said Putin would not travel to the summit.", "source close", "anonymous_source"),
    ("Mr Hale was charged with fraud after an audit of the charity's accounts.", "charged", "unattributed_allegation"),
    ("The council's reckless decision is a disastrous blow to the town's future.", "reckless",
     "unattributed_opinion"),
    ("Prosecutors accused Mr Hale of stealing $2m from the charity he ran for a decade.", "accused",
     "no_right_of_reply"),
    ("The summit took place in the capital on Thursday with twelve leaders present.", "summit", "stale_date"),
])
def test_flag_is_raised_with_a_reason(text, fragment, flag):
    found = flags_of(text, fragment)
    assert flag in found
    assert found[flag] and "\n" not in found[flag]


@pytest.mark.parametrize("text, fragment, flag", [
    ("Prosecutors accused Mr Hale of stealing $2m from the charity. Mr Hale denied the allegations.", "accused",
     "no_right_of_reply"),
    ("Prosecutors accused Mr Hale of stealing $2m from the charity. Hale declined to comment on the case.",
     "accused", "no_right_of_reply"),
    ("The mayor said the council approved the budget on Monday after a long debate.", "mayor", "vague_source"),
    (DATELINE + "The summit took place in the capital on Thursday with twelve leaders present.", "summit",
     "stale_date"),
    ("The river burst its banks, flooding 200 homes in the valley.", "river", "unattributed_opinion"),
])
def test_flag_is_not_raised(text, fragment, flag):
    assert flag not in flags_of(text, fragment)


@pytest.mark.parametrize("text, fragment, target", [
    # the name in apposition to a title, which the parse attaches elsewhere
    (("Two backbench MPs, who asked not to be named, accused the chief whip, Simon Greer, of ignoring earlier "
      "warnings about her behaviour. The minister resigned on Wednesday."), "backbench", "Simon Greer"),
    # "the 58-year-old" is the person the sentences before were about
    (("Council leader Derek Hanley spent £4,300 of public money on a hot tub. "
      "The 58-year-old also stole £640 from the charity he chairs."), "58-year-old", "Derek Hanley"),
    # ... or the person the article gave that age
    (("Tom Smith, 24, and Ian Jones, 26, were arrested outside the club. "
      "The 26-year-old also stole £640 from the charity he chairs."), "26-year-old", "Ian Jones"),
    # sharing only a common word of names ("Rail") is not being the same body
    (("Campaigners accused Southway Rail of ignoring repeated warnings from its engineers. "
      "The Rail Infrastructure Agency said it would publish a report within six weeks."), "Campaigners",
     "Southway Rail"),
    # another body, named by what it is, does not answer for the accused one
    (("Observers accused the election commission of falsifying results in 11 regions. "
      "The interior ministry did not respond to a request for comment."), "Observers", "the election commission"),
    # a reply that shares only the words of the target's description is not the target's
    (("Kasmar accused the Tolvanian navy commander, Admiral Piet Hallor, of ordering the boarding. "
      "In Tolvania's capital, a foreign ministry spokesman rejected the claims as baseless."), "Kasmar",
     "the Tolvanian navy commander, Admiral Piet Hallor"),
    # "the firm" refers back: it cannot be a body the article names only after it
    (("Customers accused Ledgerline of playing down the outage. A spokesperson for the firm rejected any "
      "suggestion that it had hidden the problem. Several clients also blamed the Payroll Standards Board for "
      "renewing Ledgerline's accreditation."), "Several clients", "the Payroll Standards Board"),
    # "the university" does not answer for a professor the article never places there
    (("A former member of the group accused Professor Alan Mercer of pressing students to find the result. "
      "The university rejected the claims and said its inquiry had been thorough."),
     "former member", "Professor Alan Mercer"),
])
def test_no_right_of_reply_names_the_accused(text, fragment, target):
    reason = flags_of(text, fragment)["no_right_of_reply"]
    assert f"from {target} to this accusation" in reason


@pytest.mark.parametrize("text, fragment", [
    (("Trust chair Helen Marsh accused the council of refusing to meet trustees. "
      "A council spokesperson said the building needed £1.6m of urgent repairs."), "Helen Marsh"),
    (("Prosecutors accused Southway Rail of ignoring warnings from its engineers. "
      "Southway Rail said in a statement that safety was its first concern."), "Prosecutors"),
    # "the company" is the software provider the article named before, and "would not comment" is a reply
    (("Customers accused payroll provider Ledgerline of hiding the outage. A spokesperson for the company "
      "rejected any suggestion that it had hidden the problem."), "Customers"),
    (("Residents accused Hallingvik municipality of ignoring warnings about the flood wall. A spokeswoman for "
      "the municipality said it would not comment while the rescue was under way."), "Residents"),
    # the professor the university employs, as the article says
    (("A former student said Professor Alan Mercer, who leads a team at the university, had pressed students to "
      "find the result. The university rejected the claims and said the work had been checked."),
     "former student"),
])
def test_a_reply_from_the_accused_body(text, fragment):
    assert "no_right_of_reply" not in flags_of(text, fragment)


@pytest.mark.parametrize("text, first, second", [
    (("Premier League winger Jaden Kross was at the centre of a brawl on Sunday. The 24-year-old threw the "
      "first punch at a bouncer. Team-mates had to drag the 26-year-old away before police arrived."),
     "24-year-old", "26-year-old"),
    (("Jean Moffat, 74, of Little Marden, said the bus was her only link to the town. "
      "The 76-year-old said she would join the protest."), "Jean Moffat", "76-year-old"),
], ids=["two age nouns", "age after the name"])
def test_internal_conflict_on_a_persons_age(text, first, second):
    report = checker.check(text, typer=RuleTyper())
    for fragment in (first, second):
        assert "internal_conflict" in claim_with(report, fragment).flag_names


@pytest.mark.parametrize("text", [
    ("Lee Garvey, 37, was charged with fraud on Friday. Garvey persuaded the 84-year-old victim to hand over "
     "£23,000 in cash."),
    "Jean Moffat, 74, said the bus was her only link to the town. Her neighbour Tom Reed, 80, said the same.",
    "Jean Moffat, 74, said the bus was her only link to the town. The 74-year-old said she would protest.",
    # the age noun names whoever was given that age
    ("Tom Smith, 24, and Ian Jones, 26, were arrested outside the club on Sunday. "
     "The 26-year-old was released without charge."),
])
def test_no_age_conflict_between_two_people_or_one_age(text):
    report = checker.check(text, typer=RuleTyper())
    assert not any("internal_conflict" in c.flag_names for c in report.claims)


def test_internal_conflict_on_a_key_term():
    text = ("The court issued an arrest warrant for the former minister Karl Benz in March. "
            "Benz has not left the country since the court issued a search warrant for him.")
    report = checker.check(text, typer=RuleTyper())
    first, second = claim_with(report, "arrest warrant"), claim_with(report, "search warrant")
    assert "internal_conflict" in first.flag_names and "internal_conflict" in second.flag_names
    reason = {f.name: f.reason for f in first.flags}["internal_conflict"]
    assert "arrest" in reason and "search" in reason and second.id in reason


@pytest.mark.parametrize("text, first, second", [
    ("Four Kyrgyz companies fell under US sanctions in July for re-exporting electronics to Russia. "
     "The three Kyrgyz companies under US sanctions deny re-exporting anything to Russia.",
     "Four Kyrgyz", "three Kyrgyz"),
    ("Councillor Maria Lopez said the bus route would close in May after the budget vote. "
     "Councillor Maria Lopes told residents the decision had not been taken lightly by the council.", "Lopez", "Lopes"),
], ids=["number", "title-holder's name"])
def test_internal_conflict_flags_both_claims(text, first, second):
    report = checker.check(text, typer=RuleTyper())
    assert "internal_conflict" in claim_with(report, first).flag_names
    assert "internal_conflict" in claim_with(report, second).flag_names


@pytest.mark.parametrize("text, fragment, flagged", [
    ("The store chain had 186 shops when it collapsed into administration. "
     "The administrators said all 168 shops would keep trading while they looked for a buyer.", "186", True),
    ("The company was founded in 2011 in Dublin by two engineers from Acme. "
     "Acme has built rugged laptops since its founding in 2013, the company said.", "2011", True),
])
def test_internal_conflict_on_numbers_and_dates(text, fragment, flagged):
    report = checker.check(text, typer=RuleTyper())
    assert ("internal_conflict" in claim_with(report, fragment).flag_names) is flagged


@pytest.mark.parametrize("text, fragment", [
    ("Hallam council approved a £40m budget for the new Hallam bridge on Monday. "
     "The £45m budget for the Hallam bridge was approved after a long debate.", "£40m"),
    ("Turnout in Norvia's election reached 61% on Sunday, officials said. "
     "Norvia's election turnout of 67% was the highest in a decade.", "61%"),
    ("The council approved the northern route for the Hallam bypass on Monday. "
     "The southern route for the Hallam bypass was approved by the council after a vote.", "northern"),
    # one person, two first names
    ("Daniel Ashcombe denies six counts of fraud. David Ashcombe listened from the dock with his eyes closed.",
     "listened"),
    # the surname alone, spelt differently from the full name
    ("Actress Jessica Parr smashed the windscreen of a car, prosecutors told the court. "
     "Parry spoke only to confirm her name and address.", "confirm"),
    # one person, two posts
    ("Chief executive Martin Roe said demand had fallen. Brennock chairman Martin Roe has closed two sites.",
     "closed two sites"),
    # a post given beside the name with a comma, before it or after it
    ("The board's medical director, Dr Ifeoma Stack, told the committee in 2023 that its lists were accurate. "
     "Dr Stack, the board's chief executive since 2020, will appear before the committee in June.", "since 2020"),
    # the same digits in another order
    ("The tram extension will cost £4.2bn, according to the audit report. "
     "Ministers face questions about how a £2.4bn project went off course.", "Ministers"),
    # the same verb counting the same people, the second referring back
    ("Police detained 210 people on Friday night as protests spread. "
     "The 120 people detained on Friday will appear before magistrates on Monday.", "magistrates"),
    ("The landslide killed nine people and injured 14, the emergency office said. "
     "The 12 injured were taken to the regional hospital in Varden.", "regional hospital"),
    # a date two prepositions from its verb ("will open ... for the first time on 10 March")
    ("The Harbour Library will open on 3 March after repairs, the council said. "
     "Its doors will open to readers for the first time on 10 March.", "for the first time"),
    # a ban or a sentence referred back to ("the four-year suspension") at another length
    ("Sprinter Kira Lind has been banned for two years for a doping violation. "
     "The four-year suspension rules her out of the Olympics.", "rules her out"),
    ("A former mayor of Vensby was sentenced to nine years in prison on Friday. "
     "His lawyer said he would appeal against the seven-year sentence.", "appeal"),
])
def test_internal_conflict_on_amounts_kinds_people_posts_and_counts(text, fragment):
    report = checker.check(text, typer=RuleTyper())
    assert "internal_conflict" in claim_with(report, fragment).flag_names


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin met Kyrgyz President Sadyr Japarov in Bishkek on a state visit.",
    "Researchers filmed a snailfish at a depth of 8,410 metres in the Kermadec Trench. "
    "Snailfish have been recorded at depths of more than 8,000 metres in several trenches.",
    "A magnitude 6.4 earthquake struck the province on Thursday, killing nine people. "
    "The province was hit by a magnitude 5.8 earthquake in 2016 that killed four people.",
    "The tram line will open to passengers on 23 March. The line was originally due to open in 2023.",
    "Four people died in the fire. Emergency crews rescued three people from the roof of the building.",
    "The bank raised its main rate. The central bank of Kenya cut its rate on the same day.",
    "Kyrgyz President Sadyr Japarov met the delegation. Former Kyrgyz President Almazbek Atambayev was not there.",
    "Coverage in Calvera stood at 81% last year. The World Health Organization says coverage of 95% is needed.",
    "Ann Roe said the shop had closed. Her husband, Peter Roe, said they would reopen in May.",
    "Police detained 30 people in Vorsk. Police detained 12 people in Talin.",
    "Organisers said 36,912 runners crossed the line. Medics said 212 runners were treated on the course.",
    # a light verb still says what was done to them: the treated are not the ones taken to hospital
    "Medics said 212 runners had been treated by medical teams on the course. Dr Ian Pryce said nine runners "
    "had been taken to hospital from the course by medical teams.",
    "Rescuers said 40 miners had been brought to the surface at the Kolva mine. Officials said six miners had "
    "been taken to hospital from the Kolva mine.",
    "Former chairman Martin Roe left in 2020. Chief executive Martin Roe said demand had fallen.",
    "Dr Ifeoma Stack, the board's director, spoke first. Dr Stack, the director, said the lists were accurate.",
    # two people's sentences, and "the seven-year sentence" is the one already given
    "A former mayor was sentenced to nine years in prison. His co-accused, Jan Berg, was jailed for seven years. "
    "Berg's lawyer said he would appeal against the seven-year sentence.",
    # a ban and a prison term are two things
    "The coach was banned for two years by the federation. The five-year prison sentence was suspended.",
])
def test_no_internal_conflict_between_different_things(text):
    report = checker.check(text, typer=RuleTyper())
    assert not any("internal_conflict" in c.flag_names for c in report.claims)


@pytest.mark.parametrize("text, expected", [
    (DATELINE + "The summit will be held last week in Bishkek, officials said on the record.", True),
    (DATELINE + "The talks took place on Thursday, April 12, 2024, in the capital.", True),
    (DATELINE + "The summit will be held in Bishkek on Friday.", False),
    ("The summit will be held in Bishkek on Friday.", True),
    (DATELINE + "In July, four Kyrgyz companies fell under US sanctions.", False),
    # each date in the tense of its own verb: the hiring is to come, though the saying is past
    (DATELINE + "The company said on Monday it would hire 300 workers next year.", False),
    (DATELINE + "The council said on Friday that the bridge is due to open next month.", False),
    (DATELINE + "The minister said the vote was held next Tuesday.", True),
    (DATELINE + "The council said the warehouse had been due to be demolished next year.", False),
    # seasons and months named as "last March" are relative dates too
    ("The pair split last summer after a two-year romance.", True),
    (DATELINE + "The pair split last summer after a two-year romance.", False),
    ("The company suffered a similar outage last March.", True),
])
def test_stale_date(text, expected):
    report = checker.check(text, typer=RuleTyper())
    claim = [c for c in report.claims if c.type != "none"][-1]
    assert ("stale_date" in claim.flag_names) is expected


def test_seed_flags(seed_rules_report):
    report = seed_rules_report
    assert "vague_source" in claim_with(report, "Some Western analysts").flag_names
    assert "internal_conflict" in claim_with(report, "search warrant").flag_names
    assert "internal_conflict" in claim_with(report, "had issued an arrest warrant").flag_names
    # The ICC's accusation is answered by "Russia denies the allegations against Putin."
    assert "no_right_of_reply" not in claim_with(report, "accusing him").flag_names


@pytest.mark.parametrize("target, named", [
    ("Halvern Water", True),
    ("Mr Cole", True),
    ("the council", True),
    ("the mayor", True),
    ("the chipmaker", True),
    ("the returning officer", True),
    ("The plan", False),
    ("The money", False),
    ("the answer", False),
    ("several runners", False),
    ("a 15-year-old boy", False),
    ("the arrest warrant executed at the Reigate offices", False),
    ("instruments on the Fjell-2 probe", False),
    ("One", False),
    ("Several runners", False),
    ("the chief whip, Simon Greer", True),
    ("Everyone on the shift", False),
])
def test_who_can_be_asked_for_comment(target, named):
    from checker.flags import _is_named

    assert _is_named(target) is named


@pytest.mark.parametrize("text, value", [
    ("3,000", 3000.0), ("12.5", 12.5), ("seven", 7.0), ("Forty-two", 42.0), ("3bn", 3e9), ("2.5m", 2.5e6),
    ("40k", 40000.0),
    # words float() would take, one of them a name
    ("Nan", None), ("infinity", None), ("inf", None), ("1e5", None), ("forty-", None), ("ten-year", None),
])
def test_number_value(text, value):
    from checker.flags import number_value

    assert number_value(text) == value
