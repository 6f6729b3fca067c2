"""Stage 3: who each claim is attributed to, through which reporting cue, and whom it accuses."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import (
    ANONYMOUS_PHRASES,
    ANONYMOUS_PLACING,
    CLAUSE_ONLY_CUES,
    CUE_CLASS,
    CUE_NOUNS,
    DATA_HEADS,
    HEARING_BODIES,
    NAMED_GROUPS,
    NAMED_HEADS,
    NAMING_CUES,
    OFFICIAL_ADJECTIVES,
    PLACE_NOUNS,
    SMALL_COUNTS,
    UNACCOUNTABLE_KEEPERS,
    VAGUE_DETERMINERS,
    VAGUE_HEADS,
    VAGUE_PHRASES,
    WRONGDOING,
    WRONGDOING_PASSIVE,
)
from .nlp import (
    entities,
    entities_before,
    remembered,
    sentence_bounds,
    sentence_starts_between,
    span_text,
    token_table,
)

NAMED_ENTITIES = frozenset("PERSON ORG GPE NORP FAC LOC PRODUCT EVENT LAW WORK_OF_ART".split())
PERSON_PRONOUNS = frozenset("he him his she her i me we us".split())
GROUP_PRONOUNS = frozenset("it its they them their".split())
CLAUSE_DEPS = frozenset("ccomp xcomp dobj parataxis".split())
MAX_SOURCE_TOKENS = 12
SPEAKER_NOUNS = VAGUE_HEADS | NAMED_HEADS | NAMED_GROUPS  # nouns for people or bodies that can speak
BODY_HEADS = NAMED_GROUPS | NAMED_HEADS  # institutions and documents: "two councils" are not two people
ON_RECORD_HEADS = NAMED_HEADS | HEARING_BODIES  # "a court heard", "a joint statement": named, not anonymous
NO_COMMENT = frozenset("comment respond answer confirm discuss elaborate say speak".split())


@dataclass(frozen=True)
class Attribution:
    """The source of a claim, its kind, the reporting cue, and the target of an accusation."""

    source: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    kind: str = "none"
    cue: str | None = None
    cue_lemma: str | None = None
    cue_class: str | None = None
    passive: bool = False
    target: str | None = None  # whom an accusation is against, for the right-of-reply check
    resolved: str | None = None  # what a pronoun source refers to


NO_ATTRIBUTION = Attribution()


def refers_to(attribution: Attribution) -> str | None:
    """Whom a pronoun source stands for, for the reader ("Vladimir Putin" for "he"); None for any other source."""
    source, resolved = attribution.source, attribution.resolved
    if source and resolved and len(source.split()) == 1 and resolved.lower() != source.lower():
        return resolved
    return None


def find_attribution(claim: Span) -> Attribution:
    """The attribution of one claim (a sentence or a clause), from the parse and the lexicons."""
    cue = find_cue(claim)
    quoted = _quoted_tokens(claim)
    words = [t.i for t in claim if not t.is_punct]
    if quoted and (cue is None or cue.i in quoted) and words and (words[0] in quoted or words[-1] in quoted):
        # A clause of a quotation whose speaker is named outside the marks: '"..., and we delivered,"
        # said Rhea Sandoval' gives both clauses her words, and '"We will fight on. It is not over," he
        # said.' both sentences his. (A quoted term inside a clause, 'was rated "requires improvement"
        # by ...', does not make the clause a quotation.)
        speaker = _speaker_sentence(claim)
        if speaker is not None:
            return find_attribution(speaker)
        if all(i in quoted for i in words):
            # A quotation standing alone after a sentence that names its speaker goes on in their words:
            # 'The mayor said the plan was sound. "We have listened to residents."'
            before = _attributed_sentence_before(claim)
            if before is not None:
                return find_attribution(before)
    according = _according_to(claim)
    if according is not None and (cue is None or cue.lemma_ not in CUE_CLASS or CUE_CLASS[cue.lemma_] == "statement"):
        return _attribution_from_span(according, cue=None, cue_text="according to", cue_class="statement",
                                      claim=claim)
    vague = _vague_phrase(claim)
    if cue is None:
        if vague is not None:
            return vague
        reporting = _clause_reported_before(claim)
        if reporting is not None:
            return find_attribution(reporting)
        return _own_voice(claim)
    cue_class = cue_class_of(cue)
    if _is_passive(cue):
        agent = _agent(cue)
        target = _span_text(_noun_phrase(_child(cue, "nsubjpass")))
        if agent is not None:
            return _attribution_from_span(agent, cue=cue, cue_class=cue_class, claim=claim, passive=True,
                                          target=target)
        if vague is not None:
            return vague
        if cue_class in ("allegation", "opinion", "denial") or cue.lemma_ in WRONGDOING_PASSIVE:
            # "He was charged with fraud": an accusation nobody in the article owns.
            kind_class = "allegation" if cue.lemma_ in WRONGDOING_PASSIVE else cue_class
            return Attribution(cue=cue.text, cue_lemma=cue.lemma_, cue_class=kind_class, passive=True, target=target)
        return Attribution(cue=cue.text, cue_lemma=cue.lemma_, cue_class=cue_class, passive=True)
    subject = _subject_of(cue, claim) or _name_set_off_before(cue)
    if subject is None:
        if vague is not None:
            return vague
        return Attribution(cue=cue.text, cue_lemma=cue.lemma_, cue_class=cue_class, target=_target(cue, claim))
    return _attribution_from_span(subject, cue=cue, cue_class=cue_class, claim=claim, target=_target(cue, claim))


def _clause_reported_before(claim: Span) -> Span | None:
    """For 'and that B' in 'X said A, and that B': the part of the sentence whose cue reports B too."""
    first = next((t for t in claim if not t.is_punct and t.dep_ != "cc"), None)
    if first is None or first.lower_ != "that" or first.dep_ != "mark":
        return None
    tokens, verb = token_table(claim.doc), first.head
    for _ in range(4):  # up through the coordination ('but that ... could push' is a conjunct of 'stopped')
        head = verb.head
        if verb.dep_ in ("ccomp", "conj") and head.i < claim.start and _reports(head.i, tokens, claim.doc):
            return claim.doc[max(head.sent.start, head.left_edge.i):claim.start]
        if head.i == verb.i:
            return None
        verb = head
    return None


def find_cue(claim: Span) -> Token | None:
    """The reporting word of the claim: its first cue verb or participle cue, else a passive or denial noun.

    The first, not the highest in the parse: taking the highest was measured no better (flags on the
    tuning articles 0.882 and 0.726 against 0.882 and 0.725; claim types on dev 0.867 against 0.868).
    A cue inside quotation marks is the speaker's own words ('"We had to tell crews ...," she said'), so
    one outside them comes first.
    """
    doc, tokens = claim.doc, token_table(claim.doc)
    cues = [i for i in range(claim.start, claim.end) if _reports(i, tokens, doc)]
    if cues:
        # A cue outside quotation marks before one inside them; a main clause's before a relative clause's
        # ("The mayor, who insists the cuts are unavoidable, said ...").
        quoted = _quoted_tokens(claim)
        return doc[min(cues, key=lambda i: (i in quoted, _relative_speaker(doc[i]) is not None))]
    # Agentless passives of wrongdoing ("was charged with") and denial nouns are handled as cues too.
    window = range(claim.start, claim.end)
    for i in window:
        if tokens.lemma[i] in WRONGDOING_PASSIVE and tokens.tag[i] == "VBN" and _is_passive(doc[i]):
            return doc[i]
    for i in window:
        if tokens.pos[i] == "NOUN" and CUE_NOUNS.get(tokens.lemma[i]) in ("denial",) \
                and tokens.dep[i] in ("nsubj", "dobj"):
            return doc[i]
    return None


def _reports(i: int, tokens, doc) -> bool:
    """Token i is a reporting word by its lemma and its place in the parse."""
    lemma = tokens.lemma[i]
    if lemma in ("decline", "refuse"):
        # "declined to comment" is the party's response
        return any(tokens.dep[c] == "xcomp" and tokens.lemma[c] in NO_COMMENT for c in tokens.children(i))
    if lemma in NAMING_CUES:
        return tokens.pos[i] == "VERB" and _names_or_demands(doc[i])
    if lemma == "hear":
        children = tokens.children(i)
        return any(tokens.dep[c] == "nsubj" and tokens.lemma[c] in HEARING_BODIES for c in children) and any(
            tokens.dep[c] == "ccomp" for c in children)
    if lemma not in CUE_CLASS or tokens.pos[i] not in ("VERB", "AUX"):
        return False
    token, dep = doc[i], tokens.dep[i]
    child_deps = [tokens.dep[c] for c in tokens.children(i)]
    if dep in ("amod", "compound", "relcl", "acl", "pcomp", "pobj") and not _is_participle_cue(token) \
            and not _has_own_subject(token) and _relative_speaker(token) is None:
        return False
    has_clause = any(d in CLAUSE_DEPS or d == "ccomp" for d in child_deps)
    if lemma in CLAUSE_ONLY_CUES and not any(d in ("ccomp", "xcomp") for d in child_deps) \
            and not _is_trailing_tag(token):
        return False
    if not has_clause and not _is_participle_cue(token) and dep not in ("ROOT", "conj", "parataxis"):
        return False
    return has_clause or _is_participle_cue(token) or CUE_CLASS[lemma] != "opinion" \
        or any(d in ("dobj", "prep") for d in child_deps)


OPENING_QUOTES = frozenset({"“", "«", "``"})
CLOSING_QUOTES = frozenset({"”", "»", "''"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | {'"'}  # a straight mark opens or closes by its place


def _quoted_tokens(span: Span) -> frozenset[int]:
    """The tokens of the span's sentence that stand inside quotation marks (the marks themselves do not)."""
    return _sentence_quotation(span.doc[slice(*sentence_bounds(span))])[0]


def _sentence_quotation(sentence: Span) -> tuple[frozenset[int], bool]:
    """`_quotation` of a whole sentence, guessing how it starts; worked out once per sentence (every claim
    of the sentence and its neighbours' quotations ask for it)."""
    return remembered(sentence, "quotation", lambda s: _quotation(s.doc, s.start, s.end))


def _quotation(doc, start: int, end: int, inside: bool | None = None) -> tuple[frozenset[int], bool]:
    """The quoted tokens of doc[start:end] and whether a quotation is still open at its end. `inside` says
    whether it starts inside one; None guesses from its marks."""
    tokens = token_table(doc)
    marks = [i for i in range(start, end) if tokens.text[i] in QUOTE_MARKS]
    if not marks:
        if inside is None:
            inside = _open_before(doc, start)
        return frozenset(range(start, end)) if inside else frozenset(), inside
    if inside is None:
        # A quotation carried over from the sentence before opens with no mark: '... it is over," he said.'
        # ('She said: "Residents ...' opens one: the mark is set apart from the colon before it.)
        inside = len(marks) % 2 == 1 and tokens.text[marks[0]] not in OPENING_QUOTES and (
            tokens.text[marks[0]] in CLOSING_QUOTES or marks[0] > start and tokens.is_punct[marks[0] - 1]
            and not tokens.whitespace[marks[0] - 1])
    found = []
    for i in range(start, end):
        text = tokens.text[i]
        if text in QUOTE_MARKS:
            inside = text in OPENING_QUOTES or (text not in CLOSING_QUOTES and not inside)
        elif inside:
            found.append(i)
    return frozenset(found), inside


def _sentence_before(doc, start: int) -> Span | None:
    """The sentence that ends where doc[start] begins, or None at the start of the doc."""
    return doc[sentence_bounds(doc[start - 1:start])[0]:start] if start > 0 else None


def _open_before(doc, start: int) -> bool:
    """Whether a quotation opened in the three sentences before doc[start] is still open there."""
    tokens = token_table(doc)
    for _ in range(3):
        before = _sentence_before(doc, start)
        if before is None:
            return False
        if any(tokens.text[i] in QUOTE_MARKS for i in range(before.start, before.end)):
            return _sentence_quotation(before)[1]
        start = before.start
    return False


def _speaker_sentence(claim: Span) -> Span | None:
    """The sentence whose reporting cue, outside the quotation marks, gives the quoted claim its speaker:
    the claim's own sentence, or one of the next three when the quotation runs on into them."""
    doc = claim.doc
    start, end = sentence_bounds(claim)
    quoted, still_open = _sentence_quotation(doc[start:end])
    if (start, end) != (claim.start, claim.end):
        cue = find_cue(doc[start:end])
        if cue is not None and cue.i not in quoted and not claim.start <= cue.i < claim.end:
            return doc[start:end]
    for _ in range(3):
        if not still_open or end >= len(doc):
            return None
        start, end = sentence_bounds(doc[end:end + 1])
        # This sentence starts inside the quotation, whatever its own marks would suggest.
        closing_quoted, still_open = _quotation(doc, start, end, inside=True)
        if not still_open:
            cue = find_cue(doc[start:end])
            return doc[start:end] if cue is not None and cue.i not in closing_quoted else None
    return None


def _attributed_sentence_before(claim: Span) -> Span | None:
    """The sentence before the claim's quotation, when a reporting cue outside quotation marks gives it a
    speaker ('The mayor said the plan was sound. "We listened. Nobody was ignored."')."""
    start = sentence_bounds(claim)[0]
    for _ in range(3):
        before = _sentence_before(claim.doc, start)
        if before is None:
            return None
        cue = find_cue(before)
        quoted, still_open = _sentence_quotation(before)
        if cue is not None and cue.i not in quoted:
            return before
        if not still_open:  # the sentence before is not part of the same quotation
            return None
        start = before.start
    return None


def cue_class_of(cue: Token) -> str:
    """The claim type a reporting word signals: 'accused' allegation, 'called ... reckless' opinion."""
    if cue.lemma_ in NAMING_CUES:
        return "statement" if _preposition(cue, "on") is not None else "opinion"
    return CUE_CLASS.get(cue.lemma_) or CUE_NOUNS.get(cue.lemma_) or "statement"


def _names_or_demands(token: Token) -> bool:
    """'called the plan reckless', 'branded it "a disgrace"', 'called for an inquiry', 'called on X to ...';
    not 'called the police', 'a man called Smith' or an agentless 'were called to the scene'."""
    tokens = token_table(token.doc)
    deps = [tokens.dep[c] for c in tokens.children(token.i)]
    if tokens.dep[token.i] in ("amod", "acl", "compound") or (_is_passive(token) and "agent" not in deps):
        return False
    if "oprd" in deps or deps.count("dobj") >= 2:
        return True
    return token.lemma_ == "call" and any(_preposition(token, word) is not None for word in ("for", "on"))


def _preposition(token: Token, word: str) -> Token | None:
    """The token's prepositional child 'for' or 'on', right after it and with an object ('called for an
    inquiry'; not 'called protests in the capital for Tuesday')."""
    tokens = token_table(token.doc)
    for c in tokens.children(token.i):
        if c == token.i + 1 and tokens.dep[c] == "prep" and tokens.lower[c] == word and any(
                tokens.dep[g] == "pobj" for g in tokens.children(c)):
            return token.doc[c]
    return None


RELATIVE_PRONOUNS = frozenset("who whom which that whose".split())


def _has_own_subject(token: Token) -> bool:
    """A clause verb with a real subject ('whom the EU accuses', or a parse that buried the main verb)."""
    subject = _child(token, "nsubj")
    return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS


def _is_trailing_tag(token: Token) -> bool:
    """'..., the regional governor wrote on Telegram.': a reporting verb after the clause it reports, which
    the parse can coordinate with that clause instead of taking it as the verb's object."""
    subject = _child(token, "nsubj")
    return token.dep_ in ("conj", "parataxis") and token.head.i < token.i and _child(token, "dobj") is None \
        and subject is not None and subject.left_edge.i > 0 and token.doc[subject.left_edge.i - 1].text == ","


def _relative_speaker(token: Token) -> Span | None:
    """For a cue in a clause set off by a comma ('the regulator, which alleges he misled the auditors'), the
    noun phrase the clause is about; None for a restrictive clause ('anyone who believes they ...')."""
    if token.dep_ != "relcl":
        return None
    pronoun = _child(token, "nsubj")
    if pronoun is None or pronoun.lower_ not in ("who", "which") or pronoun.i == 0 \
            or token.doc[pronoun.i - 1].text != ",":
        return None
    if CUE_CLASS.get(token.lemma_) not in ("allegation", "denial") and not any(
            c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None  # "the composer, who also wrote the score", "..., which tells you everything"
    head = token.head
    if pronoun.lower_ == "who":
        head = _who_is_meant(head)
        if head.dep_ == "pobj" and not _is_person_or_group(head):
            return None  # "was a nurse on her way to a night shift, who told us ...": the parse's "who" is lost
    end = pronoun.i - 1
    start = max(head.left_edge.i, end - MAX_SOURCE_TOKENS)
    if head.pos_ not in ("NOUN", "PROPN") or start >= end:
        return None
    if head.dep_ == "dobj":
        # "Ms Sorley buried the assessment, which warned ...": the sentence is about what was done to the
        # phrase, in the outlet's voice; "a complaint from the regulator, which alleges ..." is the regulator's
        return None
    return token.doc[start:end]


def _who_is_meant(head: Token) -> Token:
    """The person or group a 'who' is hung on by the parse, up a chain of nouns and prepositions: the parse
    hangs it on the last noun, a place or thing ('parents on the island', 'a paramedic on her way to a shift')."""
    while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
        place = head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_ in PLACE_NOUNS
        if not place and _is_person_or_group(head):
            break
        head = head.head.head
    return head


def _is_person_or_group(token: Token) -> bool:
    """A noun that can be a 'who': a person or nationality, a plural, a speaker noun, or named in apposition."""
    return token.ent_type_ in ("PERSON", "NORP") or token.tag_ in ("NNS", "NNPS") \
        or token.lemma_ in SPEAKER_NOUNS \
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def _is_participle_cue(token: Token) -> bool:
    tokens = token_table(token.doc)
    return tokens.tag[token.i] == "VBG" and token.i > 0 and tokens.text[token.i - 1] == ","


def _is_passive(token: Token) -> bool:
    tokens = token_table(token.doc)
    return any(tokens.dep[c] in ("auxpass", "nsubjpass") for c in tokens.children(token.i))


def _child(token: Token, dep: str) -> Token | None:
    """The token's first child with that dependency, or None."""
    tokens = token_table(token.doc)
    found = next((c for c in tokens.children(token.i) if tokens.dep[c] == dep), None)
    return token.doc[found] if found is not None else None


def _agent(token: Token) -> Span | None:
    """The 'by X' of a passive, when X can speak (a name or a determined noun, not 'by false representation')."""
    agent = _child(token, "agent")
    if agent is None:
        return None
    pobj = _child(agent, "pobj")
    if pobj is None:
        return None
    can_speak = pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_ in NAMED_ENTITIES or any(
        c.dep_ in ("det", "poss") for c in pobj.children) or pobj.lemma_.lower() in NAMED_GROUPS
    return _noun_phrase(pobj) if can_speak else None


def _subject_of(cue: Token, claim: Span) -> Span | None:
    """The speaker: the cue's subject, its coordinated head's, or for a trailing participle the clause's."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    relative = _relative_speaker(cue)
    if relative is not None:
        return relative
    if subjects:
        # Two subjects of one verb are a misparse: one phrase split in two ("One ex-waitress", "Chair of the
        # bench Margaret Ives"), or a fronted phrase and the speaker ("Outside court, her lawyer ... said").
        before = [c for c in subjects if c.i < cue.i]
        if not before:
            return _noun_phrase(subjects[0])
        nearest = _noun_phrase(before[-1])
        start = nearest.start
        for other in reversed(before[:-1]):
            if any(t.text not in ("-", "–") for t in cue.doc[other.right_edge.i + 1:start]):
                break  # not one phrase: a fronted "Outside court," before the speaker
            start = other.left_edge.i
        return cue.doc[start:nearest.end]
    spoken_by = _speaker_taken_for_object(cue)
    if spoken_by is not None:
        return _noun_phrase(spoken_by)
    if cue.dep_ == "conj":
        head_subject = _child(cue.head, "nsubj")
        if head_subject is not None:
            return _noun_phrase(head_subject)
    if _is_participle_cue(cue):
        # "..., since the ICC issued a warrant, accusing him of ...": the nearest clause subject before it.
        sentence = cue.sent
        for token in reversed(sentence.doc[sentence.start:cue.i]):
            if token.pos_ in ("VERB", "AUX"):
                subject = _child(token, "nsubj")
                if subject is not None and subject.lower_ not in ("which", "that", "who"):
                    return _noun_phrase(subject)
    return None


def _speaker_taken_for_object(cue: Token) -> Token | None:
    """'"That was the worst refereeing I have seen," fumed Danvers': after a quotation, the parse can take the
    speaker of an unusual reporting verb for its object."""
    if cue.i == 0 or cue.doc[cue.i - 1].text not in QUOTE_MARKS or not any(
            c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
        return None
    spoken_by = _child(cue, "dobj")
    return spoken_by if spoken_by is not None and spoken_by.i > cue.i else None


def _name_set_off_before(cue: Token) -> Span | None:
    """'Dr Imran Sayed, a psychiatrist who advised on the project, said ...', parsed with no subject for
    'said': the name that opens the sentence, when only a phrase set off by commas stands between."""
    sentence = cue.sent
    first = next((e for e in entities(sentence) if e.label_ in ("PERSON", "ORG")), None)
    if first is None or first.start > sentence.start + 1 or first.end >= cue.i:
        return None
    between = cue.doc[first.end:cue.i]
    if between[0].text != "," or between[-1].text != "," or any(t.text in (".", ";", ":", '"', "“", "”")
                                                                 for t in between):
        return None
    return cue.doc[sentence.start:first.end]  # with a title or article before the name ("Dr", "The")


def _noun_phrase(token: Token | None) -> Span | None:
    """The subtree of a noun, cut at a comma or a long relative clause so it reads as a name."""
    if token is None:
        return None
    doc, tokens = token.doc, token_table(token.doc)
    start, end = token.left_edge.i, token.right_edge.i + 1
    if end - start > MAX_SOURCE_TOKENS:
        stop = next((i for i in range(token.i, end) if tokens.text[i] in (",", "(", "—")), end)
        end = min(stop, token.i + MAX_SOURCE_TOKENS)
        start = max(start, token.i - MAX_SOURCE_TOKENS)
    while end > start and tokens.is_punct[end - 1]:
        end -= 1
    return doc[start:end]


def _noun_phrase_head_only(token: Token) -> Span:
    """A noun with its left modifiers only ('the militia commander Yuri Barsk')."""
    return token.doc[token.left_edge.i:token.i + 1]


def _span_text(span: Span | None) -> str | None:
    return span_text(span) if span is not None else None


def _according_to(claim: Span) -> Span | None:
    tokens = token_table(claim.doc)
    for i in range(claim.start, claim.end):
        if tokens.lower[i] == "according":
            token = claim.doc[i]
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
                to = token.doc[token.i + 1]
            if to is None:
                continue
            pobj = _child(to, "pobj")
            if pobj is not None:
                return _noun_phrase(pobj)
    return None


def _vague_phrase(claim: Span) -> Attribution | None:
    """'It is thought', 'many believe', 'is widely expected to': a vague source with no speaker."""
    lower = span_text(claim).lower()
    for phrase in VAGUE_PHRASES:
        at = lower.find(phrase)
        if at < 0:
            continue
        start = claim.start_char + at
        span = claim.doc.char_span(start, start + len(phrase), alignment_mode="expand")
        if span is None:
            continue
        cue = next((t for t in span if t.pos_ == "VERB" or t.lemma_ in CUE_CLASS), None)
        cue_class = CUE_CLASS.get(cue.lemma_) if cue is not None else "opinion"
        return Attribution(source=span_text(span), source_start=span.start_char, source_end=span.end_char,
                           kind="vague",
                           cue=cue.text if cue is not None else None, cue_lemma=cue.lemma_ if cue is not None else None,
                           cue_class=cue_class or "opinion", passive=True)
    return None


def _own_voice(claim: Span) -> Attribution:
    """No reporting cue: the outlet's voice, with the target of any wrongdoing it asserts."""
    tokens = token_table(claim.doc)
    for i in range(claim.start, claim.end):
        if tokens.lemma[i] in WRONGDOING and tokens.pos[i] == "VERB":
            subject = _child(claim.doc[i], "nsubj")
            return Attribution(cue_class="allegation", target=_span_text(_noun_phrase(subject)))
    return NO_ATTRIBUTION


def _target(cue: Token, claim: Span) -> str | None:
    """Whom an accusation is against: 'accusing him', 'blamed the company', 'said he stole'."""
    if CUE_CLASS.get(cue.lemma_) == "allegation" and _speaker_taken_for_object(cue) is None:
        target = _child(cue, "dobj") or _child(cue, "nsubjpass")
        if target is not None and target.lower_ in RELATIVE_PRONOUNS and cue.dep_ == "relcl":
            return _span_text(_noun_phrase_head_only(cue.head))  # "Yuri Barsk, whom the EU accuses"
        if target is not None:
            return resolve(target)
    doc, tokens = cue.doc, token_table(cue.doc)
    for i in tokens.subtree(cue.i):
        if tokens.lemma[i] in WRONGDOING and tokens.pos[i] == "VERB":
            subject = _child(doc[i], "nsubj")
            if subject is not None:
                return resolve(subject)
    content = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    if content is not None and _child(content, "nsubj") is not None:
        # "Regulators said Acme had hidden the defect": if this is an accusation, it is against Acme.
        return resolve(_child(content, "nsubj"))
    for i in range(claim.start, claim.end):
        if tokens.lemma[i] in ("allegation", "accusation", "charge") and tokens.pos[i] == "NOUN":
            against = next((c for c in doc[i].children if c.lower_ == "against"), None)
            if against is not None and _child(against, "pobj") is not None:
                return resolve(_child(against, "pobj"))
    return None


def resolve(token: Token) -> str:
    """A pronoun's most recent antecedent in the article (a simple, recency-based guess)."""
    antecedent = antecedent_of(token)
    if antecedent is not None:
        return antecedent.text
    phrase = _noun_phrase(token)
    return phrase.text if phrase is not None else token.text


def _plural_subject_before(token: Token) -> Span | None:
    """The last plural subject in the pronoun's sentence or the one before ('Critics' for 'They')."""
    doc, tokens = token.doc, token_table(token.doc)
    start = sentence_bounds(doc[token.i:token.i + 1])[0]
    before = _sentence_before(doc, start)
    first = before.start if before is not None else start
    for i in range(token.i - 1, first - 1, -1):
        head = tokens.head[i]
        if tokens.dep[i] in ("nsubj", "nsubjpass") and tokens.tag[i] in ("NNS", "NNPS") and (
                tokens.dep[head] == "ROOT" or _reports(head, tokens, doc)):  # a main clause's, or a speaker
            return _noun_phrase(doc[i])
    return None


def antecedent_of(token: Token) -> Span | None:
    """The named entity a pronoun most likely refers to, looking back up to three sentences."""
    lower = token.lower_
    if lower in PERSON_PRONOUNS:
        wanted = ("PERSON",)
    elif lower in GROUP_PRONOUNS:
        wanted = ("ORG", "GPE", "NORP")
    else:
        return None
    doc = token.doc
    for ent in reversed(entities_before(doc, token.i)):
        if ent.end > token.i:
            continue
        if ent.label_ in wanted:
            return ent
        if sentence_starts_between(doc, ent.end, token.i) > 3:
            break
    return None


def _attribution_from_span(span: Span, *, cue: Token | None, cue_class: str | None, claim: Span,
                           cue_text: str | None = None, passive: bool = False,
                           target: str | None = None) -> Attribution:
    kind, resolved = source_kind(span, claim)
    return Attribution(source=span_text(span), source_start=span.start_char, source_end=span.end_char, kind=kind,
                       cue=cue_text or (cue.text if cue is not None else None),
                       cue_lemma=cue.lemma_ if cue is not None else cue_text, cue_class=cue_class, passive=passive,
                       target=target, resolved=resolved)


def _sentence_text(span: Span) -> str:
    """The lower-cased sentence around a span, found from its first token (Span.sent is slow)."""
    start, end = sentence_bounds(span)
    return span_text(span.doc[start:end]).lower()


# The anonymous phrases that say so anywhere in the source's sentence ("..., who asked not to be named").
ANONYMITY_CLAUSES = tuple(phrase for phrase in ANONYMOUS_PHRASES if phrase.startswith(
    ("who ", "on condition", "speaking", "spoke", "requested", "asked", "not auth")))


def source_kind(span: Span, claim: Span) -> tuple[str, str | None]:
    """`named`, `vague` or `anonymous` for a source span, and what a pronoun resolves to."""
    lower = span_text(span).lower()
    sentence = _sentence_text(span)
    if any(phrase in lower for phrase in ANONYMOUS_PHRASES) or any(phrase in sentence for phrase in ANONYMITY_CLAUSES) \
            or ANONYMOUS_PLACING.search(lower):
        return "anonymous", None
    head, tokens = span.root, token_table(span.doc)
    if head.tag_ in ("NNS", "NNPS") and span[0].lower_ in SMALL_COUNTS and tokens.head[span.start] == head.i \
            and head.lemma_.lower() not in BODY_HEADS:
        return "anonymous", None  # "Two former executives told me": particular people, unnamed
    head_children = tokens.children(head.i)
    possessive = next((c for c in head_children if tokens.dep[c] == "poss" and tokens.pos[c] == "PRON"), None)
    if possessive is not None:  # "Her office": the office of whoever "her" is
        antecedent = antecedent_of(span.doc[possessive])
        if antecedent is not None:
            return "named", f"{antecedent.text} {span_text(span)}"
    if head.pos_ == "PRON":
        antecedent = antecedent_of(head)
        group = _plural_subject_before(head) if head.lower_ in ("they", "them") else None
        if group is not None and (antecedent is None or group.start >= antecedent.end
                                  or antecedent.root.dep_ not in ("nsubj", "nsubjpass")):
            # "Critics attacked the plan in Berlin. They said ...": the critics, not Berlin
            kind, _ = source_kind(group, claim)
            return kind, span_text(group)
        if antecedent is not None:
            kind, _ = source_kind(antecedent, claim)
            return kind, antecedent.text
        if head.lower_ in ("many", "some", "others", "few", "several", "most"):
            return "vague", None
        if head.lower_ in ("one", "another"):  # "One said ...": somebody particular, unnamed
            return "anonymous", None
        return "named", None
    window = range(span.start, span.end)
    tied = any(tokens.ent_type[i] in ("ORG", "PERSON", "FAC") for i in window if i != head.i)
    if head.lemma_.lower() in ON_RECORD_HEADS:  # "a court heard": the court is on the record
        return "named", None
    if head.lemma_.lower() in ("source", "insider") and span[0].lower_ in ("a", "an", "one", "another"):
        return "anonymous", None  # "a Harbour Lane source": the show is named, the source is not
    if head.lemma_.lower() in VAGUE_HEADS or head.lower_ in VAGUE_HEADS:
        if tied:
            return "named", None
        first = span[0].lower_
        singular = head.tag_ in ("NN", "NNP")
        if singular and first in ("a", "an", "one", "another"):
            return "anonymous", None
        if singular and first == "the" and head.lemma_ in ("report", "source", "official"):
            return ("named", None) if head.lemma_ == "report" else ("anonymous", None)
        return "vague", None
    if any(word in VAGUE_DETERMINERS for word in tokens.lower[span.start:span.end][:2]) \
            and head.tag_ in ("NNS", "NNPS"):
        return "vague", None
    if head.lower_ in DATA_HEADS:
        kept_by = _keeper_kind(head, claim)
        if kept_by is not None:
            return kept_by, None
    if head.tag_ == "NNS" and not tied and head.lemma_.lower() not in NAMED_GROUPS and not any(
            tokens.dep[c] == "det" or (tokens.dep[c] == "poss" and not _bare_plural(c, tokens))
            for c in head_children):
        return "vague", None  # a bare plural group: "Parents say", "Fellow MPs said", "Buyers' groups say"
    if span[0].lower_ in ("a", "an", "one", "another"):
        if not any(tokens.ent_type[i] in NAMED_ENTITIES for i in window):
            return "anonymous", None
        if head.tag_ == "NN" and not tokens.ent_type[head.i] and "PERSON" not in tokens.ent_type[span.start:span.end] \
                and any(tokens.ent_type[i] in ("ORG", "NORP", "GPE") for i in range(span.start, head.i)):
            return "anonymous", None  # "A former Freshway buyer", "One senior IOC official": of a named body, unnamed
    return "named", None


def _keeper_kind(head: Token, claim: Span) -> str | None:
    """The kind of whoever keeps these figures or records, when the phrase says; None when it does not."""
    children = list(head.children)
    for child in children:
        keeper = None
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):  # "figures from the statistics office"
            keeper = _child(child, "pobj")
        elif child.dep_ in ("acl", "relcl") and child.lemma_ not in ("see", "obtain", "review", "examine"):
            agent = _child(child, "agent")  # "figures released by Millbrook Water", "figures it published"
            keeper = _child(agent, "pobj") if agent is not None else _child(child, "nsubj")
        if keeper is not None and keeper.pos_ in ("NOUN", "PROPN", "PRON"):
            return source_kind(_noun_phrase(keeper), claim)[0]
    modifiers = [c for c in children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(c.lower_ in UNACCOUNTABLE_KEEPERS for c in modifiers):
        return "vague"  # "industry estimates": nobody in particular keeps them
    if any(c.lower_ in OFFICIAL_ADJECTIVES or c.dep_ != "amod" and c.pos_ in ("NOUN", "PROPN") for c in modifiers):
        return "named"  # "council records", "Home Office figures", "official figures"
    return None


def _bare_plural(i: int, tokens) -> bool:
    """A plural common noun with no determiner of its own ('buyers'' in "buyers' groups")."""
    return tokens.tag[i] == "NNS" and not tokens.ent_type[i] and not any(
        tokens.dep[c] in ("det", "poss") for c in tokens.children(i))


def accused_in(claim: Span) -> str | None:
    """Whom an accusation is against when its cue names nobody: the subject of the claim's main verb, or
    of the clause a reporting verb reports ('Harbourline Bank has been fined ..., the regulator said')."""
    root = claim.root
    reported = next((c for c in root.children if c.dep_ == "ccomp"), None) if root.lemma_ in CUE_CLASS else None
    clause = reported if reported is not None else root
    subject = _child(clause, "nsubj") or _child(clause, "nsubjpass")
    if subject is None:
        return None
    if (subject.pos_ == "NOUN" and not subject.ent_type_
            and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in subject.children)
            and not any(subject.text in e.text.split() for e in entities_before(subject.doc, subject.i))):
        return None  # a bare plural ("Residents are being told ..."), not a name ("Danes") met before
    return resolve(subject) if subject.pos_ == "PRON" else _span_text(_noun_phrase(subject))


def reported_content(claim: Span, attribution: Attribution) -> str:
    """What the source is reported to say: the clause under the cue, or the whole claim without a cue."""
    if attribution.cue and attribution.cue != "according to":
        tokens = token_table(claim.doc)
        at = next((i for i in range(claim.start, claim.end) if tokens.text[i] == attribution.cue), None)
        if at is not None:
            cue = claim.doc[at]
            parts = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "oprd", "parataxis")
                     and c.i > cue.i]
            if parts:
                start = min(p.left_edge.i for p in parts)
                end = max(p.right_edge.i for p in parts) + 1
                return span_text(claim.doc[max(start, claim.start):min(end, claim.end)])
            before = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i]
            if before:
                return span_text(claim.doc[max(before[0].left_edge.i, claim.start):before[0].right_edge.i + 1])
    if attribution.source_start is not None and claim.start_char <= attribution.source_start < claim.end_char:
        text = span_text(claim)
        cut_start = attribution.source_start - claim.start_char
        cut_end = attribution.source_end - claim.start_char
        return (text[:cut_start] + text[cut_end:]).strip()
    return span_text(claim)
