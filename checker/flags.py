"""Stage 5: attribution gaps an editor must fix, each with a one-line reason.

Every function takes the article's claims as `Draft`s (claim span, type, attribution) and
returns flags by claim index, so the stage reads as a list of independent rules.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.tokens import Span, Token

from . import dates
from .attribute import Attribution
from .lexicon import EVALUATIVE, IRREGULAR_VERBS, NUMBER_WORDS
from .nlp import doc_text, entities, entities_before, remembered, span_text, token_table
from .schema import Flag

TITLES = frozenset("president prime minister chancellor king queen ceo chairman chairwoman chair director "
                   "governor mayor secretary spokesman spokeswoman spokesperson coach manager captain judge "
                   "general commander leader chief head ambassador senator minister councillor councilor "
                   "councilman councilwoman alderman sheriff inspector superintendent commissioner professor "
                   "coach striker midfielder defender goalkeeper executive founder owner boss editor "
                   "prosecutor detective constable sergeant officer representative congressman congresswoman "
                   "mp deputy speaker premier treasurer".split())
GENERIC_HEADS = frozenset("year day time week month people thing way part number percent cent % point".split())
# Things that happen once: any two years given for them disagree ("founded in 2011" / "its founding in 2013").
# ("will open on 9 June" is a date like any other: only a plan said to have moved explains two dates)
FUTURE_OR_PLANNED = re.compile(r"\b(?:would|due to|expected|scheduled|plans?|planned|originally|set to)\b",
                               re.IGNORECASE)
LIGHT_VERBS = frozenset("take hold happen occur be come".split())
COUNTING_VERBS = frozenset("say tell add have give make get put include total number reach rise fall increase "
                           "decrease grow drop climb".split())  # figures that change or are reported, not events
KINSHIP = re.compile(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father|parents?|family|cousin|widow\w*|"
                     r"uncle|aunt|nephew|niece|grand\w+|twin|relatives?|married|mrs?)\b", re.IGNORECASE)
POST_CHANGE = re.compile(r"\b(?:became|become|becomes|appoint\w*|promot\w*|succeed\w*|replac\w*|elect\w*|"
                         r"took over|take over|stepp?\w* down|resign\w*|retir\w*|until|named as)\b", re.IGNORECASE)
TEMPORARY_POSTS = frozenset("former acting interim ex caretaker".split())
RANKS = frozenset("deputy vice assistant junior senior".split())
ONE_TIME_EVENTS = frozenset("found establish open launch incorpor born die creat inaugur".split())


@dataclass(frozen=True)
class Draft:
    """A claim before it is frozen into the report: span, type and attribution."""

    span: Span
    type: str
    attribution: Attribution


def attribution_flags(drafts: list[Draft], published: dt.date | None) -> list[list[Flag]]:
    """Every attribution-gap flag of every claim, in claim order."""
    flags: list[list[Flag]] = [[] for _ in drafts]
    for i, draft in enumerate(drafts):
        flags[i].extend(source_flags(draft))
    for rule in (no_right_of_reply, internal_conflicts):
        for i, flag in rule(drafts):
            if flag.name not in {f.name for f in flags[i]}:
                flags[i].append(flag)
    for i, draft in enumerate(drafts):
        flags[i].extend(stale_dates(draft, published))
    return flags


def source_flags(draft: Draft) -> list[Flag]:
    """vague_source, anonymous_source, unattributed_allegation and unattributed_opinion."""
    att, kind = draft.attribution, draft.type
    if kind == "none":
        return []
    found = []
    if att.kind == "vague" and kind != "fact":
        found.append(Flag("vague_source", f"'{att.source}' is a group nobody can be held to; name who says this."))
    if att.kind == "anonymous" and kind != "fact":
        found.append(Flag("anonymous_source", f"'{att.source}' is not named; say why the source is anonymous "
                                              "and how the outlet knows they are in a position to know."))
    if kind == "allegation" and att.kind == "none":
        found.append(Flag("unattributed_allegation", "An accusation in the outlet's own voice; say who makes it."))
    if kind == "opinion" and att.kind == "none":
        found.append(Flag("unattributed_opinion", "An evaluation or speculation in the outlet's own voice; "
                                                  "attribute it or make it a checkable statement."))
    return found


def no_right_of_reply(drafts: list[Draft]) -> list[tuple[int, Flag]]:
    """An allegation against a named target with no denial or response from that target."""
    found = []
    allegations = [(i, d, _named_as(d.attribution.target, drafts[:i + 1])) for i, d in enumerate(drafts)
                   if d.type == "allegation" and d.attribution.target]
    allegations = [(i, d, target) for i, d, target in allegations if _is_named(target)]
    if not allegations:
        return found
    said = [_Reply.of(d) for d in drafts]
    replies = [(j, said[j]) for j, d in enumerate(drafts) if d.type not in ("none", "fact")
               or said[j].responds]
    for i, _draft, target in allegations:
        party = _party_of(target)
        target_words = _party_words(party)
        naming = [j for j, claim in enumerate(said) if _share_a_name(claim.text_words, target_words)]
        described = frozenset().union(*(said[j].plain_words for j in naming)) | _plain_words(party)
        first = min(naming, default=i)
        if not any(reply.answers(party, target_words, before=j < i, known=j > first, described=described)
                   for j, reply in replies if j != i):
            found.append((i, Flag("no_right_of_reply", f"No denial or response from {_as_shown(target)} to this "
                                                       "accusation; ask for comment.")))
    return found


RESPONSE = re.compile(r"\b(declin\w* to comment|refus\w* to comment|(?:would|will|could) not comment|no comment|"
                      r"did not (?:immediately )?respond|"
                      r"(?:has|have) not (?:yet )?(?:responded|commented)|no immediate response|could not be reached|"
                      r"responded|in response|in a statement|done nothing wrong|innocen\w+|not guilty|"
                      r"accept\w* the (?:findings|ruling|decision|fine)|apologi[sz]\w*)\b", re.IGNORECASE)
ANAPHORIC = re.compile(r"\b(?:the|these|those|such|this|that|all)\s+(?:\w+\s+)?(?:accusations?|allegations?|claims?|"
                       r"charges?|criticism|report|reports|findings|suggestions?|characterisation|characterization)\b",
                       re.IGNORECASE)


def _as_shown(target: str) -> str:
    """The target as a reason names it: 'the election commission', not '... of falsifying results', nor
    'Lee Garvey, 37'."""
    target = re.split(r"\s(?:of|for|over)\s+\w+ing\b", target)[0]
    return re.sub(r",\s*\d{1,3}\b,?", "", target.strip()).strip(" ,")


def _party_of(target: str) -> str:
    """The name in a target given with a description: 'the state rail operator, Nordbana' is Nordbana, and
    'the Payroll Standards Board, the industry's accreditation body' the board; a reply that shares only the
    description's words ('Tolvania's foreign ministry') is not theirs."""
    parts = [part.strip() for part in target.split(",") if _party_words(part)]
    if len(parts) < 2:
        return target
    names = [part for part in parts if part.split()[0].lower() not in DETERMINERS]
    return ", ".join(names) if names else parts[0]


# "the 58-year-old": a person the article named before ("the 58-year-old Derek Hanley" names them here)
AGE_NOUN = re.compile(r"\b[Tt]he\s+(\d{1,3})-year-old\b(?!\s+[A-Z])")


def _named_as(target: str, earlier: list[Draft]) -> str:
    """'the bank' as the article named it before ('Harbourline Bank'), 'the 58-year-old' as the person
    the sentences before were about, or the target as it stands."""
    age = AGE_NOUN.match(target.strip())
    if age:
        return (_person_aged(age.group(1), [d.span for d in earlier[:-1]])
                or _person_before([d.span for d in earlier[-4:-1]]) or target)
    if _party_words(target):
        return target
    if earlier:  # "the chief whip, Simon Greer, ...": the name in apposition, which the parse can miss
        claim = earlier[-1].span
        at = span_text(claim).find(f"{target}, ")
        if at >= 0:
            name_at = claim.start_char + at + len(target) + 2
            name = next((e for e in entities(claim) if e.start_char == name_at and e.label_ in ("PERSON", "ORG")),
                        None)
            if name is not None:
                return name.text
    head = target.split()[-1].lower()
    for draft in reversed(earlier):
        for ent in reversed(entities(draft.span)):
            if ent.label_ in ("ORG", "PERSON", "GPE", "FAC") and ent.text.split()[-1].lower() == head:
                return ent.text
    return target


def _full_name_known(ent: Span) -> bool:
    """A full name, or a surname the article gave in full before ('Kross'; not 'Rovers' tagged a person)."""
    return len(ent) >= 2 or any(e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ == ent[-1].lower_
                                for e in entities_before(ent.doc, ent.start))


def _person_aged(age: str, spans: list[Span]) -> str | None:
    """The person the article gave this age with their name ('Ian Jones, 26'), the latest first."""
    for span in reversed(spans):
        for ent in reversed(entities(span)):
            if ent.label_ == "PERSON" and age in _ages_given(ent):
                return ent.text
    return None


def _person_before(spans: list[Span]) -> str | None:
    """The person the last claims before were about: the subject of a clause, else the last named."""
    people = []
    for span in reversed(spans):
        people += [e for e in reversed(entities(span)) if e.label_ == "PERSON" and _full_name_known(e)]
    subject = next((e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")), None)
    chosen = subject or (people[0] if people else None)
    return chosen.text if chosen is not None else None


PARTIES = frozenset("council mayor company firm club ministry government department police force bank board school "
                    "university hospital trust authority agency party union commission committee operator airline "
                    "municipality carrier retailer chain group charity minister president chairman chairwoman chair "
                    "executive owner manager coach landlord insurer utility regulator army military regime state "
                    "administration federation league association team network broadcaster newspaper publisher "
                    "developer contractor supplier provider platform employer mp senator governor officials "
                    "official director founder boss leader tycoon business businesses".split())


AGENT_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "ship", "tee")
THINGS = frozenset("answer number paper order water matter letter power border centre center winter summer "
                   "quarter chapter register meter error factor sector mirror minor floor door cover filter "
                   "document event statement payment agreement settlement investment equipment government "
                   "department element moment component comment judgement judgment treatment development "
                   "relationship ownership partnership membership leadership hardship championship internship "
                   "warrant grant plant".split())


DETERMINERS = frozenset("the a an this that these those its his her their one two three some many several most "
                        "all both each other others few".split())


NOBODY_IN_PARTICULAR = frozenset("everyone everybody anyone anybody someone somebody nobody".split())


def _is_named(target: str) -> bool:
    """A party who could be asked for comment: a name ('Halvern Water', 'Mr Cole') or a body or office
    ('the council', 'the mayor'); not a thing ('the plan') or an unnamed group ('several runners')."""
    words = _core_words(target)
    if words and words[0].lower() in NOBODY_IN_PARTICULAR:
        return False  # "Everyone on the shift"
    if words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if any(w[:1].isupper() for w in words):
        return True
    if not words or not target.lower().startswith("the "):
        return False
    head = _head_word(target)
    # Bodies and offices, and the nouns for people by what they do ('the chipmaker', 'the officer')
    return head in PARTIES or head.rstrip("s") in PARTIES or (head.endswith(AGENT_ENDINGS) and head not in THINGS)


@dataclass(frozen=True)
class _Reply:
    """What a claim could answer an accusation with: who speaks, whom it names, how it responds."""

    is_denial: bool
    speaker: str
    speaker_words: frozenset
    text: str
    text_words: frozenset
    responds: bool
    anaphoric: bool
    plain_words: frozenset  # every word of the claim, lower-cased: what it says a party is
    speaker_bodies: frozenset  # the kinds of body the speaker names itself by ("the firm", "a council spokesman")

    @staticmethod
    def of(draft: Draft) -> _Reply:
        text = span_text(draft.span)
        speaker = " ".join(x for x in (draft.attribution.resolved, draft.attribution.source) if x)
        return _Reply(draft.type == "denial", speaker, frozenset(_party_words(speaker)), text,
                      frozenset(_party_words(text)), bool(RESPONSE.search(text)), bool(ANAPHORIC.search(text)),
                      frozenset(_plain_words(text)), frozenset(_plain_words(speaker) & PARTIES))

    def answers(self, target: str, target_words: set[str], before: bool, known: bool,
                described: frozenset) -> bool:
        """A denial by or about the target, anything the target says, or a denial answering 'the accusation'.

        `known`: the article named the target before this reply; `described`: the words of the claims that
        name the target, which say what it is."""
        by_target = bool(self.speaker) and (_share_a_name(self.speaker_words, target_words)
                                            if self.speaker_words and target_words else
                                            same_party(self.speaker, target))
        if by_target:
            return True
        names_target = (_share_a_name(self.text_words, target_words) if target_words
                        else target.lower() in self.text.lower())
        # A speaker with no name of their own ("his lawyer", "a spokesperson", "the company") speaks for
        # whoever the article is about: their denial or "declined to comment" counts as the reply. Not so
        # for another body named by its office: "the interior ministry" does not answer for "the commission".
        # A named target must be one "the firm" or "the university" can refer back to, and be that kind of
        # body: "a spokesperson for the firm" does not answer for the accreditation board named after it,
        # nor "the university" for a professor the article never places there.
        unnamed = bool(self.speaker) and not self.speaker_words and not _other_body(self.speaker, target)
        if unnamed and target_words and not (known and _fits(self.speaker_bodies, described)):
            return names_target and (self.is_denial or self.responds)  # another body, which speaks for itself
        if self.is_denial:
            return names_target or unnamed or (not before and self.anaphoric)
        return self.responds and (names_target or unnamed)


TITLE_WORDS = frozenset("mr mrs ms miss dr sir lord lady the a an of and his her its their".split())


def _party_words(text: str) -> set[str]:
    """Stems of the capitalised words of a name ('Dalvania's ministry' and 'Dalvanian troops' share 'dalvan')."""
    words = re.findall(r"[A-Z][\w'’-]+", text)
    return {w.lower()[:6] for w in words if w.lower() not in TITLE_WORDS and len(w) > 2}


# Words many names share ('Southway Rail', 'the Rail Infrastructure Agency'): sharing only these is no match.
GENERIC_NAME_WORDS = frozenset(w[:6] for w in (
    "rail railway water energy power bank council party agency ministry department office authority trust group "
    "company university hospital service services union association commission committee police court health "
    "national international royal federal state city county government institute foundation school airlines "
    "news media united new north south east west central democratic republic people defence defense foreign "
    "finance justice interior public general holdings capital "
    # places and occasions: "Glacier" alone is not the Mellizo Glacier, nor "Cup" the World Cup
    "glacier river lake mountain island park bay port airport station stadium festival prize award cup league "
    "championship games museum library bridge street road square market rally marathon race tour classic "
    "open").split())
SPOKES = frozenset("spokesperson spokesman spokeswoman spokespeople representative lawyer lawyers solicitor "
                   "attorney attorneys barrister counsel statement".split())


# One kind of body under many words: "the firm" can be the "software provider" or "the company".
COMPANY_WORDS = frozenset("company firm business group chain retailer operator provider maker developer contractor "
                          "supplier insurer airline carrier broadcaster publisher platform employer utility "
                          "consultancy lender bank chipmaker manufacturer".split())


def _plain_words(text: str) -> set[str]:
    """The lower-cased words of a text, without possessives: "The minister's office" gives 'minister'."""
    return {_without_possessive(w) for w in re.findall(r"[a-z][\w'’-]*", text.lower())}


def _without_possessive(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _fits(bodies: frozenset, described: frozenset) -> bool:
    """Whether a speaker named only by what it is ('the council') is the kind of body the target is."""
    if not bodies:
        return True  # "a spokesperson", "his lawyer": whoever the article is about
    return bool(bodies & described) or bool(bodies & COMPANY_WORDS and described & COMPANY_WORDS)


def _share_a_name(a: frozenset | set, b: frozenset | set) -> bool:
    return bool((a & b) - GENERIC_NAME_WORDS)


def _core_words(phrase: str) -> list[str]:
    """The words of a noun phrase's core: "the arrest warrant executed at the Reigate offices" is about a
    warrant, "a spokesperson for the council" is a spokesperson."""
    return re.split(r"\s(?:of|at|in|on|for|with|from|by|who|which|that|whose)\s|\s\w+ed\s", phrase + " ")[0].split()


def _head_word(phrase: str) -> str:
    """The core's last word, lower-cased, without a possessive: 'the council's' → 'council'."""
    words = _core_words(phrase)
    return _without_possessive(words[-1].lower().strip(".,;:")) if words else ""


def _other_body(speaker: str, target: str) -> bool:
    """A body named by what it is ('the interior ministry') other than the unnamed target ('the commission')."""
    if _party_words(target):
        return False
    head, target_head = _head_word(speaker), _head_word(target)
    return head in PARTIES and target_head in PARTIES and head != target_head


def same_party(a: str | None, b: str | None) -> bool:
    """Two mentions of the same person or organisation, by their names or, without names, their words
    ('a council spokesperson' speaks for 'the council')."""
    if not a or not b:
        return False
    words_a, words_b = _party_words(a), _party_words(b)
    if words_a and words_b:
        return _share_a_name(words_a, words_b)
    if not words_a and not words_b:
        head_a, head_b = _head_word(a), _head_word(b)
        if head_a == head_b or (head_a in SPOKES and head_b in a.lower().split()):
            return True
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 90


# ---------------------------------------------------------------------------------------------------------
# Internal conflicts: the same thing given two values in one article


@dataclass(frozen=True)
class Mention:
    """A value an article gives for something: a key term, a number, a date or a title-holder's name."""

    claim: int
    kind: str  # "term", "number", "date" or "name"
    key: str  # what the value is of: a head noun's stem, an event's stem, an office
    value: str  # normalised, for comparing
    shown: str  # as written, for the reason
    context: frozenset  # stems of the claim's content words and its named entities


def internal_conflicts(drafts: list[Draft]) -> list[tuple[int, Flag]]:
    """Two claims that give different values for the same thing; both get the flag."""
    mentions: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for i, draft in enumerate(drafts):
        if draft.type == "none":
            continue
        for mention in _mentions_in(i, draft.span):
            mentions[(mention.kind, mention.key)].append(mention)
    _add_transpositions(drafts, mentions)
    _add_ages(drafts, mentions)
    found, seen = [], set()
    for group in mentions.values():
        if group[0].kind == "penalty":  # "the seven-year sentence" refers to whichever seven years were given
            group = [m for m in group if "#definite" not in m.context
                     or not any(o.value == m.value and o.claim != m.claim for o in group)]
        for a in range(len(group)):
            for b in range(a + 1, len(group)):
                x, y = group[a], group[b]
                if x.claim == y.claim or x.value == y.value or (x.claim, y.claim, x.key) in seen:
                    continue
                if (x.claim, y.claim, frozenset((x.value, y.value))) in seen or not _conflict(x, y, drafts):
                    continue
                seen.add((x.claim, y.claim, x.key))
                seen.add((x.claim, y.claim, frozenset((x.value, y.value))))  # one reason per disagreement
                pair = f"'{x.shown}' vs '{y.shown}'"
                found.append((x.claim, Flag("internal_conflict", f"Says '{x.shown}' here but '{y.shown}' in "
                                                                 f"c{y.claim + 1} ({pair}); which is right?")))
                found.append((y.claim, Flag("internal_conflict", f"Says '{y.shown}' here but '{x.shown}' in "
                                                                 f"c{x.claim + 1} ({pair}); which is right?")))
    return found


def _add_transpositions(drafts: list[Draft], mentions: dict) -> None:
    """Numbers of four digits or more whose digits are a permutation of each other (1974 / 1947,
    £23,000 / £32,000) in claims that share a content word: almost always one typo, whatever they count."""
    numbers = []
    for i, draft in enumerate(drafts):
        if draft.type == "none":
            continue
        context = _context(draft.span)
        tokens = token_table(draft.span.doc)
        for t in range(draft.span.start, draft.span.end):
            if not tokens.like_num[t]:
                continue
            digits = re.sub(r"\D", "", tokens.text[t])
            if len(digits.lstrip("0")) >= 4:
                numbers.append((i, tokens.text[t], "".join(sorted(digits)), context))
    for a in range(len(numbers)):
        for b in range(a + 1, len(numbers)):
            i, shown_i, key_i, context_i = numbers[a]
            j, shown_j, key_j, context_j = numbers[b]
            if i != j and key_i == key_j and shown_i != shown_j and {w for w in context_i & context_j
                                                                        if not w.startswith("@")}:
                group = mentions[("number", f"digits {key_i}")]
                group.append(Mention(i, "number", f"digits {key_i}", shown_i, shown_i, context_i))
                group.append(Mention(j, "number", f"digits {key_j}", shown_j, shown_j, context_j))


AGE_AFTER_NAME = re.compile(r"^,\s*(\d{1,3}),")  # "Jean Moffat, 74, of Little Marden"
AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old\s+$")  # "24-year-old Kane Doyle"


def _ages_given(ent: Span) -> list[str]:
    """The ages the text gives with a name, after it ('Jean Moffat, 74,') or before it ('24-year-old Kane')."""
    text = doc_text(ent.doc)
    found = (AGE_AFTER_NAME.match(text[ent.end_char:ent.end_char + 8]),
             AGE_BEFORE_NAME.search(text[max(0, ent.start_char - 16):ent.start_char]))
    return [m.group(1) for m in found if m and 0 < int(m.group(1)) < 120]


def _add_ages(drafts: list[Draft], mentions: dict) -> None:
    """A person's age, given twice ('Jean Moffat, 74' ... 'the 76-year-old'): one of them is wrong.
    'The 24-year-old' is the person the claims before were about."""
    given = set()  # the ages given with names so far: "the 26-year-old" after "Ian Jones, 26" is Jones
    for i, draft in enumerate(drafts):
        if draft.type == "none":
            continue
        span, context = draft.span, _context(draft.span)
        for ent in entities(span):
            for age in _ages_given(ent) if ent.label_ == "PERSON" else ():
                given.add(age)
                mentions[("age", ent[-1].lower_)].append(
                    Mention(i, "age", ent[-1].lower_, age, f"{ent.text}, {age}", context))
        text = span_text(span)
        for found in AGE_NOUN.finditer(text):
            age = span.doc.char_span(span.start_char + found.start(), span.start_char + found.end(),
                                     alignment_mode="expand")
            if age is None or age[-1].dep_ == "amod" or found.group(1) in given:
                continue  # "the 84-year-old victim": somebody else, described; or whoever was given that age
            lead = span.doc.char_span(span.start_char, span.start_char + found.start(), alignment_mode="contract")
            person = _person_before([d.span for d in drafts[max(0, i - 3):i]] + ([lead] if lead else []))
            if person and 0 < int(found.group(1)) < 120:
                last = person.split()[-1].lower()
                mentions[("age", last)].append(Mention(i, "age", last, found.group(1), found.group(0), context))


def _conflict(x: Mention, y: Mention, drafts: list[Draft]) -> bool:
    if x.kind == "age":
        return True
    if x.kind == "penalty":
        # "the four-year suspension" refers back to the ban already given; two people may get two sentences
        return "#definite" in x.context | y.context
    shared = x.context & y.context
    names_shared = {w for w in shared if w.startswith("@")}
    if x.kind == "term":
        return bool(names_shared)
    if x.kind == "amount" and _permuted(x.value, y.value):
        return True  # "£4.2bn" and "£2.4bn": the same digits in another order, almost always a typo
    if x.kind in ("amount", "kind"):
        return bool(names_shared) and _overlap(x.context, y.context) >= 0.34
    if x.kind == "name":
        return True
    if x.kind == "spelling":  # near-identical spellings only: two people may share a first name
        if fuzz.ratio(x.value.lower(), y.value.lower()) >= 70:
            return True
        # Two first names for one surname: relatives are introduced as such ("his wife, Ann Roe"), and
        # two people named together in one claim are two people.
        return (x.key.startswith("last|") and len(x.value) > 2 and len(y.value) > 2
                and not any(KINSHIP.search(drafts[m.claim].span.sent.text) for m in (x, y))
                and not any(m.value in drafts[n.claim].span.text for m, n in ((x, y), (y, x))))
    if x.kind == "surname":  # one mention is the surname alone, spelt a little differently
        return ("#full" in x.context) != ("#full" in y.context) and fuzz.ratio(x.value, y.value) >= 80
    if x.kind == "post":
        changes = any(POST_CHANGE.search(drafts[m.claim].span.sent.text) for m in (x, y))
        temporary = any(w in TEMPORARY_POSTS for m in (x, y) for w in m.value.split())
        return not changes and not temporary
    if x.kind == "count":
        # The same verb counting the same thing ("detained 210 people" / "the 120 people detained"),
        # unless the two happened on different days or in different places; a bare number ("injuring
        # 14") only when the other refers back to it ("the 12 injured").
        definite = any(m.shown.lower().startswith("the ") for m in (x, y))
        if _years(drafts[x.claim].span) != _years(drafts[y.claim].span):
            return False  # the quake of 2016 and this week's
        for prefix in ("%date:", "%place:"):
            a = {w for w in x.context if w.startswith(prefix)}
            b = {w for w in y.context if w.startswith(prefix)}
            if a and b and not a & b and not (definite and prefix == "%place:"):
                return False
        return not x.key.endswith("|") or definite
    verbs = [{w for w in m.context if w.startswith("%verb:")} for m in (x, y)]
    if verbs[0] and verbs[1] and not verbs[0] & verbs[1]:
        return False  # "36,912 runners crossed the line" and "212 runners were treated": two counts
    if _permuted(x.value, y.value):  # 186 vs 168, 1974 vs 1947: the mark of a typo
        return True
    span_x, span_y = drafts[x.claim].span, drafts[y.claim].span
    if x.kind == "date":
        # Something that happens once has one date, unless a plan was moved ("was due to open in 2023").
        planned = any(FUTURE_OR_PLANNED.search(sp.text) for sp in (span_x, span_y))
        return bool(names_shared) or len(shared) >= 2 or (x.key.split("|")[0] in ONE_TIME_EVENTS and not planned)
    when_x, when_y = _when(span_x), _when(span_y)
    years = [_years(span_x), _years(span_y)]
    if when_x and when_y and (years[0] or years[1]) and years[0] != years[1]:
        return False  # counts for different years are of different things (an earthquake in 2016)
    # A count of the same thing: the claims share a name and another word, or two other words.
    others = shared - names_shared - {x.key}
    return len(others) >= 2 or (bool(names_shared) and len(others) >= 1)


def _mentions_in(i: int, span: Span):
    context = _context(span)
    tokens = token_table(span.doc)
    for t in range(span.start, span.end):
        if tokens.pos[t] == "NOUN" and tokens.lemma[t].lower() not in GENERIC_HEADS:
            lefts = [c for c in tokens.children(t) if c < t]  # the modifiers before the noun
            compounds = [c for c in lefts if tokens.dep[c] == "compound" and tokens.pos[c] == "NOUN"]
            if compounds:
                value = " ".join(tokens.lower[c] for c in compounds)
                yield Mention(i, "term", stem(tokens.lemma[t]), value, f"{value} {tokens.text[t]}", context)
            adjectives = [c for c in lefts if tokens.dep[c] == "amod" and tokens.pos[c] == "ADJ"
                          and tokens.lower[c] not in EVALUATIVE and tokens.lower[c] not in COMMON_ADJECTIVES]
            for adjective in adjectives:  # "the northern bypass" / "the southern bypass"
                yield Mention(i, "kind", stem(tokens.lemma[t]), tokens.lower[adjective],
                              f"{tokens.text[adjective]} {tokens.text[t]}", context)
        if tokens.like_num[t] and tokens.dep[t] == "nummod":
            penalty = _penalty(span.doc[t])
            if penalty is not None:
                kind, days, shown, definite = penalty
                yield Mention(i, "penalty", kind, days, shown, context | ({"#definite"} if definite else set()))
        if not tokens.like_num[t] or tokens.ent_type[t] in ("DATE", "TIME", "ORDINAL"):
            continue
        token = span.doc[t]
        if not _approximate(token):
            value = _number(token)
            key = _counted(token)
            event = _count_event(token) if value is not None and token.ent_type_ != "MONEY" else None
            if value is not None and key:
                shown = span.doc[token.left_edge.i:token.i + 1].text if token.ent_type_ == "MONEY" else token.text
                # what the number's verb does to them, light verbs too: "nine runners had been taken to hospital"
                # counts others than "212 runners had been treated"
                doing = None if event else _counting_verb(token)[2]
                verb = {f"%verb:{event[0].split('|')[0]}"} if event else (
                    {f"%verb:{stem(doing.lemma_)}"} if doing is not None and doing.pos_ == "VERB"
                    and doing.lemma_ not in COUNTING_VERBS else set())
                yield Mention(i, "number", key, value, f"{shown} {key}", context | verb)
            if event is not None:
                yield Mention(i, "count", event[0], value, event[1], event[2])
    for surname, title, shown in _apposed_posts(span):
        yield Mention(i, "post", surname, title, shown, context)
    for ent in entities(span):
        if ent.label_ in ("MONEY", "PERCENT") and not _approximate(ent[0]):
            # An amount for the same matter: grouped by unit, compared when the claims say the same thing.
            value = _number(next((t for t in ent if t.like_num), ent[0]))
            if value is not None:
                yield Mention(i, "amount", ent.label_, value + ent.text.lower().lstrip("£$€0123456789.,")[:3],
                              ent.text, context)
        if ent.label_ == "DATE":
            value = _date_value(ent)
            for event in _events(ent) if value else ():
                # Only dates of one precision compare: "23 March" and "2023" do not disagree.
                precision = "day" if " " in value else "weekday" if value.isalpha() else "year"
                yield Mention(i, "date", f"{event}|{precision}", value, ent.text, context)
        elif ent.label_ == "PERSON" and len(ent) >= 2:
            office = _office(ent, span)
            first, last = ent[0].text, ent[-1].text
            if office:
                yield Mention(i, "name", f"{office}|{first}", last, f"{office} {ent.text}", context)
                yield Mention(i, "name", f"{office}|{last}", first, f"{office} {ent.text}", context)
            # "Lena Kovač" and "Lena Kovar": one person, spelt two ways
            yield Mention(i, "spelling", f"first|{first}", last, ent.text, context)
            yield Mention(i, "spelling", f"last|{last}", first, ent.text, context)
            if last.isalpha() and len(last) > 2:
                yield Mention(i, "surname", last[:3].lower(), last, ent.text, context | {"#full"})
            title = _title_words(ent, span)
            if title:  # "Chief executive Martin Roe" / "chairman Martin Roe": one person, two posts
                yield Mention(i, "post", last.lower(), " ".join(title), f"{' '.join(title)} {ent.text}", context)
        elif (len(ent) == 1 and ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and ent[0].text.isalpha()
              and len(ent[0].text) > 2 and ent[0].pos_ == "PROPN"):
            # A surname on its own, checked against the full names given earlier ("Jessica Parr" ... "Parry")
            yield Mention(i, "surname", ent[0].text[:3].lower(), ent[0].text, ent.text, context)


# The words that make a length of time a sentence or a ban: "nine years in prison", "a two-year ban"
PENALTIES = {word: kind for kind, words in (
    ("prison", "sentence jail prison imprisonment imprison custody detention"),
    ("ban", "ban suspension suspend disqualification disqualify")) for word in words.split()}
APPROXIMATE = frozenset("more over under least most up about around nearly almost roughly some fewer less "
                        "approximately estimated than".split())


COMMON_ADJECTIVES = frozenset("new old first last next other same such many several own main major former current "
                              "recent previous early late further total full whole local national big small large "
                              "little high low long short good bad public".split())


def _overlap(a: frozenset, b: frozenset) -> float:
    """Jaccard overlap of two claims' content words: high when they speak of the same thing."""
    a = {w for w in a if not w.startswith("@")}
    b = {w for w in b if not w.startswith("@")}
    return len(a & b) / max(1, len(a | b))


def _approximate(token: Token) -> bool:
    """'more than 8,000', 'about 40': a bound or an estimate does not contradict an exact figure."""
    doc = token.doc
    before = {doc[i].lower_ for i in range(max(0, token.i - 2), token.i)}
    return bool(before & APPROXIMATE) or any(c.dep_ in ("quantmod", "advmod") for c in token.children)


def _count_event(token: Token) -> tuple[str, str, frozenset] | None:
    """What a number counts and the verb that counts it, as (key, shown, dates and places of the verb).

    'detained 210 people' and 'the 120 people detained' are both ('detain|peopl', ...); 'injuring 14' and
    'the 12 injured' are ('injur|', ...); 'leaders of 27 countries signed' is ('sign|countri', ...).
    """
    noun, phrase, verb = _counting_verb(token)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in LIGHT_VERBS or verb.lemma_ in COUNTING_VERBS:
        return None
    doc = token.doc
    left = min(phrase.left_edge.i, token.i)
    shown = doc[left:max(phrase.i, token.i) + 1].text
    if verb.i > phrase.i and verb.head == phrase:
        shown = doc[left:verb.i + 1].text  # "the 12 injured"
    key = f"{stem(verb.lemma_)}|{stem(noun.lemma_) if noun is not None else ''}"
    around = frozenset(
        [f"%date:{w.lower_}" for w in verb.subtree if w.ent_type_ in ("DATE", "TIME") and w.is_alpha
         and not w.is_stop and w.lower_ not in ("night", "morning", "afternoon", "evening")] +
        [f"%place:{w.lower_}" for w in verb.subtree if w.ent_type_ in ("GPE", "LOC", "FAC")])
    return key, shown, around


def _penalty(token: Token) -> tuple[str, str, str, bool] | None:
    """A prison sentence or a ban a number gives the length of ("jailed for nine years", "the four-year
    suspension"), as (which, days, as written, whether it refers back with 'the'); None for any other number."""
    unit = token.head
    if unit.lemma_.lower() not in dates.DAYS_IN or _approximate(token):
        return None
    near = [unit.head, *unit.children, *(c for child in unit.children for c in child.children)]
    if unit.head.dep_ == "prep":  # "banned for two years", "sentenced to nine years"
        near.append(unit.head.head)
    kind = next((PENALTIES[t.lemma_.lower()] for t in near if t.lemma_.lower() in PENALTIES), None)
    if kind is None:
        return None
    value = number_value(token.lower_)
    if value is None:
        return None
    doc = token.doc
    phrase = doc[token.i:unit.head.i + 1] if unit.dep_ in ("compound", "amod") else doc[token.i:unit.i + 1]
    definite = unit.dep_ in ("compound", "amod") and any(
        t.lower_ in ("the", "his", "her", "their", "its") for t in doc[max(0, token.i - 2):token.i])
    return kind, str(round(value * dates.DAYS_IN[unit.lemma_.lower()])), phrase.text, definite


def _counting_verb(token: Token) -> tuple:
    """(the noun a number counts or None, the number's phrase, the verb that phrase hangs on or None):
    'detained 210 people', 'the 120 people detained', 'leaders of 27 countries signed'."""
    noun = token.head if token.dep_ == "nummod" and token.head.pos_ == "NOUN" else None
    phrase = noun if noun is not None else token
    verb = next((c for c in phrase.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
    if verb is None and phrase.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = phrase.head
    elif verb is None and phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.dep_ in (
            "nsubj", "nsubjpass", "dobj"):
        verb = phrase.head.head.head
    return noun, phrase, verb


def _permuted(a: str, b: str) -> bool:
    """The same digits in another order ('186' / '168', '4200000000bn' / '2400000000bn')."""
    return sorted(a) == sorted(b) and len(a) >= 3


def _apposed_posts(span: Span):
    """Names given a post beside them with a comma, as (surname, title words, as written): "the board's medical
    director, Dr Ifeoma Stack" and "Dr Stack, the board's chief executive"."""
    for token in span:
        if token.pos_ != "PROPN" or token.dep_ == "compound" or not token.is_title:
            continue
        nouns = [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.lower_ in TITLES and span.start <= noun.i < span.end:
                words = [c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound") and _is_post_word(c.lower_)]
                yield token.lower_, " ".join([*words, noun.lower_]), f"{token.text}, {' '.join([*words, noun.text])}"


def _is_post_word(word: str) -> bool:
    """A word of a post's title: 'chief', 'executive', 'acting', 'deputy'."""
    return word in TITLES or word in TEMPORARY_POSTS or word in RANKS


def _title_words(ent: Span, span: Span) -> tuple[str, ...]:
    """The post written before a name ('Chief executive', 'Deputy Finance Minister'), as its title words."""
    words = []
    for i in range(ent.start - 1, max(span.start, ent.start - 4) - 1, -1):
        token = span.doc[i]
        if _is_post_word(token.lower_):
            words.append(token.lower_)
        elif not (token.is_title and token.pos_ == "PROPN"):  # "Finance" in "Finance Minister" is passed over
            break
    return tuple(reversed(words))


def _years(span: Span) -> set[str]:
    """The years a claim's dates name."""
    return set(dates.YEAR.findall(" ".join(_when(span))))


def _when(span: Span) -> set[str]:
    """The dates a claim gives, as written (lower-cased)."""
    return {e.text.lower() for e in entities(span) if e.label_ == "DATE"}


def _context(span: Span) -> frozenset:
    """Stems of a claim's content words, and its names marked '@' (remembered per claim)."""
    return remembered(span, "flag-context", _compute_context)


def _compute_context(span: Span) -> frozenset:
    tokens = token_table(span.doc)
    window = range(span.start, span.end)
    words = {stem(tokens.lemma[i]) for i in window
             if tokens.pos[i] in ("NOUN", "VERB", "PROPN") and not tokens.is_stop[i]}
    names = {"@" + stem(e.root.text) for e in entities(span)
             if e.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT", "LOC", "PRODUCT")}
    names |= {"@" + stem(tokens.text[i]) for i in window
              if tokens.pos[i] == "PROPN" and tokens.ent_type[i] not in ("DATE", "TIME")}
    return frozenset(words | names)


def _counted(token: Token) -> str | None:
    """What a number counts: the noun it modifies or, for money, the noun it is spent on."""
    head = token.head
    if token.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in ("£", "$", "€"):
            head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() not in GENERIC_HEADS:
            return stem(head.lemma_)
    if token.ent_type_ == "MONEY":
        money_head = token.head if token.head.ent_type_ == "MONEY" else token
        for child in money_head.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN":
                    return stem(pobj.lemma_)
    return None


def _date_value(ent: Span) -> str | None:
    weekday = re.fullmatch(r"(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?",
                           ent.text.lower())
    if weekday:
        return weekday.group(1)
    years = dates.YEAR.findall(ent.text)
    days = re.findall(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(dates.MONTHS) + r")\b|\b("
                      + "|".join(dates.MONTHS) + r")\s+(\d{1,2})\b", ent.text.lower())
    if days:
        d = days[0]
        return f"{d[1] or d[2]} {d[0] or d[3]}"
    if years:
        return years[0]
    return None


def _events(ent: Span) -> set[str]:
    """Stems of what a date dates: its verb or noun, and the verb's subject and object
    ('founded in 2011', 'its founding in 2013', 'the 1947 dam', 'the vote took place on Tuesday')."""
    token = ent.root
    for _ in range(4):  # "open ... for the first time on 9 June": up through two prepositions
        token = token.head
        if token.pos_ in ("VERB", "NOUN") and token.lemma_.lower() not in GENERIC_HEADS:
            if token.pos_ == "VERB" and token.lemma_ in LIGHT_VERBS:
                # "the vote took place on Tuesday": the event is the vote, not the taking place
                return {stem(c.lemma_) for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.pos_ == "NOUN"} or {stem(token.lemma_)}
            return {stem(token.lemma_)}
        if token.head.i == token.i:  # a root is its own head (Token objects are new on every access)
            break
    return set()


def _office(ent: Span, span: Span) -> str | None:
    """The title word just before a name ('mayor', 'president'), or None.

    A title-holder's name only conflicts with another under the same title sharing a first or a last
    name (the mention keys), so two countries' presidents never clash.
    """
    before = span.doc[max(span.start, ent.start - 3):ent.start]
    titles = [t for t in before if t.lower_ in TITLES]
    return titles[-1].lower_ if titles else None


_STEMMER = None


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A word's Snowball stem, lower-cased, irregular verb forms first taken to their base ('grew' is 'grow');
    each distinct word is stemmed once."""
    global _STEMMER
    if _STEMMER is None:
        import Stemmer

        _STEMMER = Stemmer.Stemmer("english")
    lower = word.lower()
    return _STEMMER.stemWord(IRREGULAR_VERBS.get(lower, lower))


def number_value(text: str) -> float | None:
    """The figure a word gives, in digits ("3,000"), words ("forty-two") or with a scale ("3bn"), or None."""
    lower = text.lower().replace(",", "")
    if lower in NUMBER_WORDS:
        return float(NUMBER_WORDS[lower])
    tens, _, unit = lower.partition("-")
    if tens.endswith("ty") and tens in NUMBER_WORDS and 0 < NUMBER_WORDS.get(unit, 0) < 10:
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])  # "forty-two"
    multiplier = 1
    for suffix, factor in (("bn", 1e9), ("m", 1e6), ("k", 1e3)):
        if lower.endswith(suffix) and lower[:-len(suffix)].replace(".", "", 1).isdigit():
            lower, multiplier = lower[:-len(suffix)], factor
    # digits only: float() would also take "nan" and "infinity", which are words (and a name, "Nan")
    if not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", lower):
        return None
    return float(lower) * multiplier


def _number(token: Token) -> str | None:
    value = number_value(token.lower_)
    return None if value is None else str(value).removesuffix(".0")


def stale_dates(draft: Draft, published: dt.date | None) -> list[Flag]:
    """Relative dates that cannot be anchored or that disagree with the dateline."""
    if draft.type == "none":
        return []
    text = span_text(draft.span)
    relative = dates.relative_dates_of(draft.span, published)
    problems = dates.explicit_weekday_mismatches(text, published)
    if relative and published is None:
        words = ", ".join(f"'{r.text}'" for r in relative)
        return [Flag("stale_date", f"{words} cannot be anchored: the article has no dateline; give the date.")]
    for rel in relative:
        if dates.contradicts_tense(rel, published):
            problems.append(f"'{rel.text}' under the {published.isoformat()} dateline is {rel.describe()}, "
                            f"which the {rel.tense} tense contradicts")
    if problems:
        return [Flag("stale_date", "; ".join(problems) + ".")]
    return []
