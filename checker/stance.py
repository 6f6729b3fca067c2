"""Stage 7: how each retrieved passage bears on a claim: `supports`, `contradicts` or `related`, and why.

A passage supports a claim when it speaks of the same matter (a shared name and shared content
words), contains most of the claim's content, and agrees on every number, date, name, key term and
negation it shares with the claim. It contradicts when it speaks of the same matter but disagrees on
one of them ("four vs three", "2024-04-11 vs 2023-10-12", "search warrant vs arrest warrant", a
negation, read clause by clause), gives another outcome of the same event ("fired" vs "suspended"), or
gives an event with one winner to somebody else. Anything else is related. A near miss (the same words
with another country, number, year, office or thing in one place, or the event only planned) is therefore
never shown as support. Relative dates in the claim are resolved against the article's dateline first.
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import functools
import itertools
import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from . import dates
from .flags import GENERIC_HEADS, GENERIC_NAME_WORDS, TITLES, Draft, number_value, stem
from .lexicon import (
    COUNTRIES,
    CUE_CLASS,
    DEMONYMS,
    EVALUATIVE,
    IRREGULAR_VERBS,
    NUMBER_WORDS,
    RIVAL_OUTCOMES,
    SAME_SENSE,
)
from .nlp import entities, span_text, token_table
from .retrieve import alignment
from .schema import CHECKABLE_TYPES, Document, Evidence, Flag

EVIDENCE_PER_CLAIM = 3
# Words before a title that make it another holder's: a former president is not a rival of the present one.
OTHER_HOLDERS = frozenset("former ex late then outgoing incoming previous future vice deputy acting interim "
                          "assistant".split())
# "Justice" is a judge's title only before a name, as here; in the article's own conflict checks it would make
# "Justice Ann Ray" and "Judge Ann Ray" two posts of one person.
ROLE_TITLES = TITLES | {"justice"}
# words of names every country has: "Kenya's High Court", "the Supreme Court", "the Premier League"
SHARED_NAME_WORDS = frozenset("high supreme constitutional appeal appeals premier first second super".split())
TITLE_STEMS = frozenset(stem(title) for title in ROLE_TITLES)
BACKGROUND = re.compile(r"\b(?:amid|amidst|despite)\b", re.IGNORECASE)  # what a claim gives as its background
CIRCUMSTANCE = frozenset("amid amidst despite after before while as since following ahead during".split())
NAME_LABELS = frozenset("PERSON ORG GPE NORP FAC LOC EVENT".split())  # entities a passage must name alike
# Dates this many years apart are two events of one kind (last month's recall and one in 2019, another
# season's final), not one event dated twice: the passage is a near miss, related, not a contradiction
ANOTHER_EVENT_YEARS = 3
MIN_RELEVANCE = 0.2  # weaker passages are not shown at all
SUPPORT_COVERAGE = 0.5  # share of the claim's content words a supporting passage must contain
# A passage sentence that follows the claim's own wording this far (its share of the claim's words, in order)
# and has other words in one place is a near miss ("won the women's downhill" against "won the women's super-G"),
# not a paraphrase, which rewords more of it ("retained his title" against "held on to his belt")
FOLLOWS_WORDING = 0.6
MONTHS = dates.MONTHS
ACCUSING = re.compile(r"\b(?:accus|alleg|charg|blam)\w*", re.IGNORECASE)
DENYING = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing))\b", re.IGNORECASE)
# what a court or body is asked for, whose refusal denies no accusation: "rejected prosecutors' request to arrest"
ASKED_FOR = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+"
                       r"(?:requests?|applications?|appeals?|bids?|motions?|petitions?|bail)\b", re.IGNORECASE)
REJECTING = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial)|reject|refut|rebu[tf]|disput|repudiat|disavow|dismiss|"
                       r"contest)\w*", re.IGNORECASE)  # the denial cues' words, for a passage that reports one
# An accusation in other words: a passage that says someone is suspected, indicted or responsible reports one
CHARGED = re.compile(r"\b(?:suspect|indict|responsib|warrant|guilt|wrongdoing)\w*", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|none|unable|fail(?:s|ed|ing)?|acquit(?:s|ted|ting)?|"
                      r"rul(?:ed|es|ing) out)\b|" + DENYING.pattern, re.IGNORECASE)  # "tests ruled out cholera"
# Verbs that say no: "denied that it had signed" disagrees with "confirmed that it had signed" as "did not"
# does with "did", and agrees with "no contract was signed".
SAYING_NO = frozenset("deny reject refuse fail acquit".split())
# Clauses of a passage sentence, for where a negation reaches: "Profits rose, but the company did not comment";
# the speaker is not what they negate ("Putin said | the two did not contradict each other")
# ("neither of which is a party" is one clause: its negation is what the "which" clause says)
# (a condition keeps its "if": it says nothing is so, "would strike if the government refused to negotiate")
CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:but|while|whereas|although|though|after|before|because|when|as|since|"
                          r"until|unless)\s+|\s+(?=if\s)|(?<!\bof)\s+(?:which|who)\s+|(?<=\bsaid)\s+|"
                          r"(?<=\bsays)\s+|(?<=\btold)\s+")
CONDITION = re.compile(r"if\b", re.IGNORECASE)
HYPOTHETICAL = frozenset({"would", "could", "might"})
# Negations that say nothing against the claim: "no fewer than 40", and news withheld ("No opening date was
# given", "It did not say when"), which leaves the claim unconfirmed rather than denied
# ("No bigger radio galaxy has been found" is a superlative, the claim's "the largest yet found")
# (nor a word made with "no", "a no-hitter", "a no-confidence vote", nor "left it no choice")
NOT_NEGATING = re.compile(r"\b(?:no|not)\s+(?:fewer|more|less|later|earlier|only|least)\b|"
                          r"\bno-(?!one\b)\w+|\bno\s+(?:choice|alternative|option|doubt)\b|"
                          r"\bno\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|"  # "a bicycle at no charge" is free
                          r"\b(?:a|an|the|its|their|his|her)\s+failed\b|"  # "after a failed migration" denies nothing
                          # a record told as what nobody did better: "No one had ever run the route faster"
                          r"\b(?:no one|no-one|nobody)\b(?:\s+[\w'’-]+){1,9}?\s+(?:faster|quicker|higher|further|"
                          r"farther|longer|better)\b|"
                          r"\bno\s+(?:bigger|larger|greater|higher|taller|older|faster|deeper|heavier|stronger|wider|"
                          r"brighter|hotter|colder|better|worse)\b|"
                          r"\b(?:no|not|yet)\b.*\b(?:given|announced|disclosed|released|revealed|say|said|decided)\b",
                          re.IGNORECASE)
PREPOSITIONS = frozenset("by in at on with from for of to into".split())
_A_DAY = rf"(?:\d{{1,2}}\s+(?:{'|'.join(MONTHS)})|(?:{'|'.join(MONTHS)})\s+\d{{1,2}}|(?:{'|'.join(dates.WEEKDAYS)}))"
SAID_ON = re.compile(rf"\b(?:said|says|announced|told|confirmed|reported|stated)\s+(?:late\s+|early\s+)?on\s+{_A_DAY}|"
                     rf"^On\s+{_A_DAY}\b", re.IGNORECASE)  # a date that is the saying's
BARE_MONTH = re.compile(rf"\b(?:in|during|for|since|by)\s+({'|'.join(MONTHS)})\b(?!,?\s+\d)", re.IGNORECASE)
FAILURES = re.compile(r"\bfailures?\b", re.IGNORECASE)
# what a claim says someone came through, which a failed attempt against them tells: "survived a no-confidence vote"
WITHSTOOD = re.compile(r"\b(?:surviv(?:e|ed|es|ing)|withst(?:and|ood|ands|anding)|fended off|saw off)\b",
                       re.IGNORECASE)
FAILED = re.compile(r"\bfail(?:s|ed|ing)?\b(?!\s+to\b)", re.IGNORECASE)  # (not a failing to do: "failed to file")
PLEA = re.compile(r"\bplead(?:s|ed|ing)?\s+not\s+guilty\b", re.IGNORECASE)
PLEADING = re.compile(r"\bplead", re.IGNORECASE)  # a claim that tells a plea, which a plea may gainsay
# what a claim says was done without: "without bottled oxygen in May", "without a licence"
WITHOUT_THING = re.compile(r"\bwithout\s+(?:(?:a|an|the|any)\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]+)"
                           r"(?=\s+(?:in|on|at|for|to|from|by|after|before|during|and|or|but)\b|[,.;]|$)")
CHARGING = re.compile(r"\b(?:charged|charges?|indicted|(?:stand|stands|stood|on|face|faces|faced) trial|"
                      r"trial (?:opened|began|begins))\b", re.IGNORECASE)  # a prosecution, which is no verdict
# a claim that bans, which a passage tells by what may no longer be done ("may no longer be hooked up")
PROHIBITING = re.compile(r"\b(?:ban|bans|banned|banning|bar|bars|barred|barring|prohibit\w*|forb[ia]d\w*|outlaw\w*)\b",
                         re.IGNORECASE)
STILL_ALLOWED = re.compile(r"\b(?:(?:remains?|remained|is still|are still|still)\s+(?:allowed|permitted|legal)|"
                           r"(?:may|can|could)\s+still)\b", re.IGNORECASE)
PERMITTED = re.compile(r"\b(?:allowed|permitted|may|can|cannot|able|longer)\b", re.IGNORECASE)
NEGATING_PREFIXES = ("un", "in", "il", "im", "ir", "dis", "non-", "non")  # "unlawful", "illegal", "non-binding"
# a first place or record, and a lower place in its stead: "the most on record" / "the second-highest on record"
FIRST_PLACE = re.compile(r"\b(?:record|most|highest|largest|biggest|best|lowest|smallest|worst|busiest|hottest|"
                         r"warmest|coldest|wettest|driest|deadliest|strongest|fastest|longest|tallest|oldest)\b")
LOWER_PLACE = re.compile(r"\b(?:second|third|fourth|fifth)[- ](?:most|[a-z]+est)\b", re.IGNORECASE)
# a distance that names a race ("the women's 100 metres", "the 200m butterfly"): another distance is another race
_STROKES = "freestyle|butterfly|backstroke|breaststroke|hurdles|medley|individual medley|steeplechase|relay"
RACE = re.compile(rf"\b(?:men's|women's|mixed)\s+(?:\w+\s+)?(\d[\d,.]*)\s*(?:metres|meters|m|km|kilometres)\b|"
                  rf"\b(\d[\d,.]*)\s*-?\s*(?:metres?|meters?|m|km|kilometres?|miles?)\s+(?:{_STROKES})\b",
                  re.IGNORECASE)
# words that say the other way, in the claim's place: "up 9 percent" / "down 9 percent"
OPPOSITE_WAYS = {frozenset(pair.split()) for pair in ("up down", "higher lower", "above below", "more fewer",
                                                       "more less", "highest lowest", "most fewest", "most least")}
PEOPLE_OF = ("at", "from", "using", "with", "of")  # "Scientists at ...": the people of the body named next
# How often: a claim that something seldom or repeatedly happens needs a passage that says how often
FREQUENCY = frozenset("seldom rarely often frequently repeatedly regularly occasionally usually routinely "
                      "constantly sometimes always".split())
# Words setting aside what follows ("rather than the landslide first reported", "short of the European record"),
# or a whole clause ("the bribery charge had been dropped", "he was cleared of smuggling")
FORMERLY = re.compile(r"\b(?:instead of|rather than|down from|up from|compared with|compared to|"
                      r"from(?=\s+(?:[^,;.]|[,.](?=\d)){1,30}?\s+to\s))\s", re.IGNORECASE)  # "down from 41 percent"
SETTING_ASIDE = re.compile(r"\b(?:rather than|instead of|short of|unlike)\b")
# ... and a record or a mark a time was "outside" (only for a qualified thing: one leaves a capital "outside" it)
SETTING_ASIDE_MARK = re.compile(rf"{SETTING_ASIDE.pattern}|\boutside\b")
# ... and, for a qualifier given alone just after it, a "not" ("hybrid buses, not fully electric ones")
SETTING_ASIDE_QUALIFIER = re.compile(rf"{SETTING_ASIDE.pattern}|\bnot\b")
SETTING_ASIDE_CLAUSE = re.compile(r"\b(?:(?:was|were|been|be) "
                                  r"(?:dropped|withdrawn(?! from (?:sale|the market|shelves))|"
                                  r"wrong|mistaken|unfounded)|"
                                  r"cleared of|dropped the (?:\w+ ){0,2}(?:charges?|counts?|case)|"
                                  r"(?:stayed|remained|was|were|is|are) (?:out of reach|left untouched)|"
                                  r"still stands|left (?:[\w-]+ ){1,3}in place)\b",
                                  re.IGNORECASE)
# Words saying something did not happen after all: put off, stopped, voted down, lost, left as it was
UNDONE = re.compile(r"\b(?:postpon\w*|cancell?ed|put off|shelv\w*|voted down|(?:was|were|been) defeated|deferr\w*|"
                    r"called off|scrapp\w*|abandon\w*|turned down|fell (?:\w+ ){0,3}short|did not go ahead|"
                    r"(?:proposals?|plans?|bids?|requests?) (?:was|were|had been) (?:rejected|refused|withdrawn)|"
                    r"(?:stay|stayed|remain|remained|remains|kept) "
                    r"(?:open|closed|shut|in force|unchanged|loss-making|idle|unfinished|incomplete|missing)|"
                    r"(?:kept|left) (?:[\w'’-]+ ){1,8}unchanged|lost the (?:final|vote|"
                    r"match|race)|(?:was|were) beaten|declined to|without an agreement|pushed back|"
                    r"dropped (?:its |the |their )?(?:plans?|attempts?|bids?|moves?)|"
                    r"(?:kept|keeps|prevented|prevents|stopped|stops) (?:\w+ ){0,2}from \w+ing|"
                    r"voted(?: (?:by )?\d+(?: votes)? to \d+| unanimously| overwhelmingly)? against|"
                    r"(?:keep|keeps|kept|will keep) (?:\w+ ){0,3}"
                    r"(?:running|open|going)|rejected (?:[\w'’]+ ){0,3}(?:request|application|bid) to)\b",
                    re.IGNORECASE)
# ... and a claim that says something was undone is not gainsaid by them ("was cancelled", "order was lifted")
UNDOING = re.compile(rf"{UNDONE.pattern}|\b(?:cancel|lift|revok|withdr)\w*", re.IGNORECASE)
# what a contract, licence or permit is for: "the contract to build", "a licence to export"
PURPOSE = re.compile(r"\b(contracts?|licen[cs]es?|permits?)\s+to\s+([a-z]+)\b", re.IGNORECASE)
# what was called off, in a claim, and what went ahead, in a passage
CALLED_OFF = re.compile(r"\b(?:cancell?ed|called off|scrapped|abandoned)\b", re.IGNORECASE)
WENT_AHEAD = re.compile(r"\b(?:went ahead|(?:took place|(?:was|were) held|went on) as (?:planned|scheduled))\b",
                        re.IGNORECASE)
# a claim that something ended or stopped is told, not undone, by "called off"; only its going on gainsays it
ENDING = frozenset(stem(verb) for verb in "end halt stop".split())
KEEPING = frozenset(stem(verb) for verb in "uphold maintain keep retain freeze hold confirm leave".split())
GOING_ON_STILL = re.compile(r"(?:stay|stayed|remain|remained|remains|kept|keeps?|will keep|left)\b", re.IGNORECASE)
# What is planned, asked for or in prospect, not done: a passage that says only this does not say it happened
PENDING = re.compile(r"\b(?:plans?|planned|proposals?|proposed|appl(?:ied|ies|ication)|threaten(?:ed|s)?|"
                     r"shortlist(?:ed)?|finalists?|reached the final|lead into the final|nominated|linked with|"
                     r"due to|expected to|will go before|hopes? to|aims? to|"
                     r"intends? to|seeks? to|considering|under consideration|pending|not yet|(?:is|are) standing for|"
                     r"set (?:itself )?a target|booked on|seeking|competing for|in competition for|could be announced|"
                     r"no decision|on trial|trial of|submitted its|reviewing|under review|for review|fears?|"
                     r"that (?:it|they|he|she|we) would)\b",  # what was said would be done: "announced that it would"
                     re.IGNORECASE)
INTENDING = frozenset(stem(verb) for verb in "want intend plan hope aim seek wish expect".split())
SAYING_NO_STEMS = frozenset(stem(lemma) for lemma in SAYING_NO)
SQUARE_KILOMETRE = "km2"  # "8 square kilometres", "8 sq km", "8 km2": 800 hectares
UNITS = {"%": "percent", "km": "kilometr", "kms": "kilometr", "kilometer": "kilometr", "kilometers": "kilometr",
         "kg": "kilogram", "kgs": "kilogram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
         "kilo": "kilogram", "kilos": "kilogram", "liter": "litr", "liters": "litr",
         "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "km2": SQUARE_KILOMETRE, "km²": SQUARE_KILOMETRE}
WATTS = frozenset({"kilowatt", "megawatt", "gigawatt", "terawatt"})  # "52 gigawatt hours" is "52 GWh"
UNIT_STEMS = frozenset(UNITS.values()) | WATTS  # the units a count may be given in, in any of their forms
# "three hundred and twenty", from the number words: a digit's, a teen's, a ten's ("forty-two" too)
_DIGITS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)
_TEENS = "|".join(w for w, n in NUMBER_WORDS.items() if 10 <= n <= 19)
_TENS = "|".join(w for w, n in NUMBER_WORDS.items() if n >= 20)
HUNDREDS = re.compile(rf"\b({_DIGITS}|{_TEENS}) hundred(?:\s+and)?"
                      rf"(?:\s+((?:{_TENS})(?:-(?:{_DIGITS}))?|{_DIGITS}|{_TEENS}))?\b",
                      re.IGNORECASE)
# "210 thousand", "twenty thousand", "two thousand 500" (after HUNDREDS)
THOUSANDS = re.compile(rf"(?<![\d.,])\b(\d{{1,3}}(?:\.\d)?|(?:{_TENS})(?:-(?:{_DIGITS}))?|{_DIGITS}|{_TEENS})"
                       rf"\s+thousand"
                       rf"(?:\s+(?:and\s+)?(\d{{1,3}})\b)?\b", re.IGNORECASE)
# "nine million four hundred thousand" (by now "nine million 400000") as "9400000" (after THOUSANDS)
MILLIONS = re.compile(rf"\b({_DIGITS}|{_TEENS}|(?:{_TENS})(?:-(?:{_DIGITS}))?) (million|billion)(?:\s+and)?"
                      rf"\s+(?!(?:19|20)\d\d\b)(\d{{4,9}})\b", re.IGNORECASE)  # (not a year after it)
# "the sixth century", "2nd-century", "the 19th century": which century (a date, though no dated day)
SPLIT_YEAR = re.compile(r"(?:19|20)\d\d/\d\d")  # a year across two, as budgets and seasons are: "2025/26"
ACRONYM_UNIT = re.compile(r"[A-Z]{2,4}")  # a unit the tagger takes for a name: "TEU", "MWh" is not one
AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
LARGE_SCALES = {"million": 10 ** 6, "billion": 10 ** 9, "lakh": 10 ** 5, "crore": 10 ** 7}
FIRST_WORDS = frozenset({"maiden", "inaugural"})  # "first" in other words
GROUPS = {"pair": "two", "trio": "three", "quartet": "four"}
GROUP_OF = re.compile(rf"\b((?:an?|the)(?:\s+first|\s+new)?)\s+({'|'.join(GROUPS)})\s+of\b", re.IGNORECASE)
_FIGURE = rf"(?:\d[\d.,]*\d|\d|{_DIGITS}|{_TEENS}|{_TENS})"
DOZENS = re.compile(rf"\b(?:an?|one|({_FIGURE}))\s+dozen\b(?:\s+of\b)?", re.IGNORECASE)
YEARS_AND_MONTHS = re.compile(rf"\b({_FIGURE})\s+years?\s+and\s+({_FIGURE})\s+months?\b", re.IGNORECASE)
FROM_TO = re.compile(rf"\bfrom\s+{_FIGURE}\s+([a-z]+)\s+to\s+{_FIGURE}(?=[,;]|\.(?!\d)|$)", re.IGNORECASE)
WORDS_OF_A_DATE = frozenset({"yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "earlier", "later",
                             "week", "month", "year", "on", *dates.WEEKDAYS, *MONTHS})
DATE_STEMS = frozenset(stem(w) for w in WORDS_OF_A_DATE)
CURRENCY_WORDS = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₦": "naira"}
_SIGNS = re.escape("".join(CURRENCY_WORDS))
_CURRENCY_NAMES = "|".join(f"{word.removesuffix('s')}s?" for word in CURRENCY_WORDS.values())
SIGNED_AMOUNT = re.compile(rf"(?<![\w{_SIGNS}])(?:[A-Z]{{1,3}})?(?P<sign>[{_SIGNS}])\s?"
                           r"(\d(?:[\d.,]*\d)?(?:\s?(?:bn|m|million|billion|trillion)\b)?)"
                           rf"(?![\d.,]*\s*(?:{_CURRENCY_NAMES})\b)")  # (not "$5 dollars" twice over)
SIGN = re.compile(rf"[A-Z]{{0,3}}([{_SIGNS}])")  # a currency's sign as a token of its own: "$", "C$"
SIGNED = re.compile(rf"[A-Z]{{1,3}}([{_SIGNS}])(\d(?:[\d.,]*\d)?)")  # the tokenizer keeps "NZ$14.20" whole
PRICE_REACHED = re.compile(rf"\bto\s+([{_SIGNS}])\s?(\d[\d.,]*\d|\d)\b")  # "cut the price ... to £1.35"
_NUMBERED = r"\d+(?:st|nd|rd|th)"  # an ordinal in figures: "50th"
NUMBERED = re.compile(rf"\b{_NUMBERED}\b")
ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
NTH_TIME = re.compile(rf"\bfor\s+(?:the|a)\s+({'|'.join(ORDINAL_WORDS)}|{_NUMBERED})\s+"
                      r"(?:time|straight|consecutive|successive|year|season)\b", re.IGNORECASE)
CENTURY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)[\s-]+century\b|\b({'|'.join(ORDINAL_WORDS)})[\s-]+century\b",
                     re.IGNORECASE)
YEAR_BC = re.compile(r"\b(\d{1,2},?\d{3}|\d{2,3})\s*(?:BC|BCE|B\.C\.)(?!\w)")  # "3500 BC", "8,000 BCE", "400 BC"
# a share in words: "a third", "two-thirds", "three quarters", "half", "halved"
# (not an ordinal before its noun: "won a third term")
FRACTION = re.compile(r"\b(?:(a|one|two|three|four)[\s-]+(third|quarter|fifth|tenth)s?|(half|halved))\b"
                      r"(?=\s*(?:[^\w\s]|$)|\s+(?:of|in|to|from|by|on|over|since|between|after|and|than|last|this|"
                      r"the|its|their|his|her|at|for|as|compared)\b)", re.IGNORECASE)
PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
# "seven and a half million", "two and a half years"
HALVES = re.compile(rf"\b(\d{{1,3}}|{_DIGITS}|{_TEENS}|{_TENS})\s+and\s+a\s+half\b", re.IGNORECASE)
# whom an age describes as a person ("a 34-year-old man"), whose age is no count of years
PEOPLE = frozenset("man woman boy girl child teenager youth person driver rider cyclist motorcyclist pedestrian "
                   "student pupil worker resident mother father son daughter victim suspect patient runner player "
                   "swimmer footballer nurse doctor teacher soldier officer passenger tourist hiker climber farmer "
                   "fisherman defendant accused".split())
PEOPLE_STEMS = frozenset(stem(word) for word in PEOPLE)
BODIES = frozenset("agency ministry department office authority council court commission committee board union service "
                   "institute trust".split())
# an audience or a crowd is counted as people ("24,000 people attended" is a count of visitors); not a group of
# people whose count may be another's ("1,200 soldiers" against "300,000 people" hit by a flood)
PERSONS = frozenset({stem("people"), stem("person"), stem("persons")})
AUDIENCES = frozenset(stem(w) for w in "visitor attendee spectator participant pilgrim fan tourist".split())
# scales whose word comes before the number: "a magnitude 6.1 earthquake", "a Category 4 storm"
SCALE_BEFORE = frozenset({"magnitude", "category", "aged"})  # (and an age: "residents aged 65 and over")
SCALE_OF = {"magnitude": "magnitude", "category": "category", "age": "aged"}  # "a magnitude of 5.4", "the age of 84"
# a unit's stem -> (another unit's stem, what one of it is in that unit)
CONVERSIONS = {"kilogram": (("tonn", 0.001),), "tonn": (("kilogram", 1000),),
               "metr": (("kilometr", 0.001),), "kilometr": (("metr", 1000),),
               "minut": (("hour", 1 / 60),), "hour": (("minut", 60), ("day", 1 / 24)),
               "day": (("hour", 24), ("week", 1 / 7)), "week": (("day", 7),),
               "month": (("year", 1 / 12),), "year": (("month", 12), ("decad", 0.1)), "decad": (("year", 10),),
               "kilowatt": (("megawatt", 0.001),), "megawatt": (("kilowatt", 1000), ("gigawatt", 0.001)),
               "gigawatt": (("megawatt", 1000),), "kwh": (("mwh", 0.001),), "mwh": (("kwh", 1000), ("gwh", 0.001)),
               "gwh": (("mwh", 1000),), SQUARE_KILOMETRE: (("hectar", 100),), "hectar": ((SQUARE_KILOMETRE, 0.01),)}
# a vote, a score, a range or bowling figures: "14 to 9", "fourteen votes to eleven", "2-1", "two goals to one",
# "seven for 38"
_SMALL = rf"(?:\d{{1,3}}|{_DIGITS}|{_TEENS}|(?:{_TENS})(?:-(?:{_DIGITS}))?)"
# (a hyphen joins only figures: "forty-one" is one number, not a score of 40-1)
TALLY = re.compile(rf"\b({_SMALL})\s*(?:(?:votes?|goals?|points?|sets?|games?|frames?)\s+)?(?:to|for)\s*"
                   rf"({_SMALL}|nil)\b|\b(\d{{1,3}})\s*[-–]\s*(\d{{1,3}})\b", re.IGNORECASE)
# a share given as a part of a whole: "one in every three hectares", "nine out of ten"
SHARE_IN = re.compile(rf"\b({_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?({_SMALL})\b(?![.,]\d)", re.IGNORECASE)
PERCENT = re.compile(r"\s*%|\s+per\s+cent\b", re.IGNORECASE)
# Events with one winner or holder: if the passage gives one to somebody else, it was not the claim's person's
VERDICTS = frozenset({"acquit", "convict"})  # lemmas of a court's verdict on a person
UNTIL_A_TIME = re.compile(r"\b(?:until|till|before|prior to)\s+(?:the\s+)?(?:\d{4}|[A-Z]\w+\s+\d{4})\b",
                          re.IGNORECASE)
# what a figure is given per: "per hectare", "a month", "each week"
RATE_UNIT = (r"(?:per|a|an|each)\s+(hectare|acre|kilogram|kilo|kg|pound|tonne|ton|litre|liter|gallon|day|week|month|"
             r"year|hour|person|head|household|student|pupil|worker|employee|passenger|patient)s?\b")
SERVED = re.compile(r"\b(?:in prison|in jail|behind bars|jailed|imprisoned)\b", re.IGNORECASE)  # a sentence to serve
# whom an outcome is for, where it is not the ones the claim names: "convicted the other five"
FOR_THE_OTHERS = re.compile(r"\s+(?:all\s+)?the\s+(?:other|rest|remaining)\b", re.IGNORECASE)
PARTITIVE = ("of them", "of those")  # a count of things the passage counted before: "two of them"
# how often, in a period: "twice a week", "three days a week", "four times a year", "twice-weekly"
HOW_OFTEN = re.compile(r"\b(once|twice|thrice|[a-z]+|\d+)(?:\s+(?:times|days))?(?:\s+(?:a|an|per|each|every)\s+|-)"
                       r"(day|week|month|year)(?:ly)?\b", re.IGNORECASE)
TIMES = {"once": 1, "twice": 2, "thrice": 3}
SUSPENDED_SENTENCE = re.compile(r"\b(?:sentences?|terms?)\b,?\s+(?:\w+\s+){0,3}?suspended\b|"
                                r"\bsuspended\s+(?:\w+[\s-]+){0,2}?(?:sentences?|terms?|jail|prison)\b", re.IGNORECASE)
NEARBY = frozenset("neighbouring neighboring nearby adjacent adjoining".split())  # "the neighbouring X"
PRONOUN_ONES = frozenset({"one", "ones"})  # "electric ones", "the old one"
ONE_HOLDER = frozenset(stem(verb) for verb in "elect appoint win clinch score name choose select crown swear pick "
                                               "award install become".split())
AT_THE_VERB = re.compile(r"(?:has|have|had|was|were|is|are|will|would)\b")  # a clause whose subject came before
# words bounding a count: at least, at most, or about so many ("more than 6,000", "up to 30", "some 4,000")
BOUND_WORDS = (("min", r"more than|greater than|over|above|at least|in excess of|upwards of"),
               ("max", r"fewer than|less than|under|below|up to|at most"),
               ("about", r"about|around|some|roughly|approximately|nearly|almost|close to|an estimated"))
# Words that place another thing by a name: "40 km north of Kaldhavn", "a rival of Atlântica Air", "Tamarack Air's
# main competitor", "on the same avenue as La Esquina de Boedo"
COMPASS = r"north|south|east|west|north-east|north-west|south-east|south-west|downstream|upstream"
BESIDE_BEFORE = re.compile(rf"\b(?:(?:{COMPASS})\s+of|near|outside|close to|next to|beside|"
                           r"(?:kilometres|km|miles|metres)\s+from|"
                           r"(?:rival|competitor|neighbour|subsidiary|sister company)s?\s+of|same\s+\w+\s+as)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
POSITION = (rf"(?:(?:[a-z]+\s+)?(?:{COMPASS}|inland|offshore)\s+(?:of|from)|"
            r"(?:km|kilometres?|kilometers?|miles?|metres?|meters?)\s+(?:from|away)|"
            r"(?:[a-z]+\s+)?(?:above|below) sea level)\b")
POSITIONED = re.compile(rf"(?<![\w.,])([\w.,]*\w)\s*-?\s*{POSITION}", re.IGNORECASE)  # the figure before it
BESIDE_QUALIFIERS = frozenset("s former main chief biggest closest nearest".split())
VICINITY = frozenset("near outside close next beside".split())
BESIDE_AFTER = re.compile(r"['’]s\s+(?:former\s+|main\s+|chief\s+|biggest\s+|closest\s+|nearest\s+)?"
                          r"(?:rival|competitor|neighbour|deputy|sister|subsidiary)\b", re.IGNORECASE)
# Words before a term's noun that say how big, good, new or official it is, not what kind it is ("national water
# utility", "standard nets", "sudden flooding"): no rival of the claim's kind ("drinking water", "bed nets")
NOT_A_KIND = frozenset("national standard sudden free main local regional international official overall same other "
                       "total average annual full final public private general special current previous former latest "
                       "major minor first last million billion thousand lakh crore fastest largest biggest highest "
                       "longest oldest newest best worst earliest lowest smallest "
                       # (nor how many more: "200 extra drivers" are "200 more drivers", "lower fees" any fees)
                       "extra more additional further fewer less lower higher cheaper new".split())
GOING_ON = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)  # "is stepping down": what is coming
POSSESSIVES = ("its", "their", "his", "her")
NOUN_BEFORE = ("the", "a", "an", *POSSESSIVES)  # words that make the next one a noun: "the launch"
# the top posts of a body, and words giving one as what its holder will do
TOP_POSTS = frozenset(stem(w) for w in "director president chief head chair chairman chairwoman leader boss".split())
LEADING = re.compile(r"\bto (?:head|lead|run)\b|\bin charge of\b|\bat the helm\b", re.IGNORECASE)
# a court's word for its verdict or sentence, those whose offence follows "of" ("convicted of"; "jailed for"), the
# offence (up to five words, to a comma or the next phrase) and the words that say how long instead ("for life")
SENTENCING = re.compile(r"\b(?:convicted|guilty|acquitted|cleared|jailed|sentenced|fined|imprisoned)\b", re.IGNORECASE)
CONVICTED_OF = ("convicted", "guilty", "acquitted", "cleared")
OFFENCE = re.compile(r"\b(?:of|for)\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                     r"(?=[,.;]|\s+(?:and|after|at|in|on|of|for|by the)\b|$)")
# what was attempted: "attempting to rob", "attempted murder"
ATTEMPT = re.compile(r"\battempt(?:ed|ing|s)?\s+(?:to\s+)?([a-z]+)", re.IGNORECASE)
NOT_AN_OFFENCE = frozenset("life years months weeks days year month prison jail".split())
NO_ONE = ("nobody", "no-one", "none", "nothing")
FOUND_NONE = frozenset("report record confirm find".split())  # "no injuries were reported"
DEMANDED = re.compile(r"\b(?:demand(?:ed|ing|s)?|sought|seeking|calls? for|called for|asked for|had hoped|turning down|"
                      r"rejecting|(?:had )?feared|offered|proposed|proposing|(?:had )?requested|reserve price)\b",
                      re.IGNORECASE)  # a figure wanted, offered or feared, not the one decided
URGING = re.compile(r"\b(?:call(?:ed|s|ing)? on|call(?:ed|s|ing)? for|urg(?:e|ed|es|ing)|press(?:ed|es|ing)?|"
                    r"ask(?:ed|s|ing)?|demand(?:ed|s|ing)?)\b", re.IGNORECASE)  # "called on the minister to resign"
AIMED = re.compile(r"\b(?:aims?|targets?|goals?|ambitions?)\b", re.IGNORECASE)  # "Its target is to hold plasma ..."
FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is set to|are set to|plans? to|planned|scheduled|"
                    r"to be)\b", re.IGNORECASE)
TO_COME = re.compile(r"\b(?:will|(?:is|are) (?:set|due) to)\b", re.IGNORECASE)  # what is yet to happen, said plainly
# a place behind the winner: "came second", "was placed third", "finished runner-up"
# (not "the third novel")
PLACES_BEHIND = (r"(?:came|finished|placed|was placed|ranked|was ranked|ended|ended up|was|were|became|is|remains)\s+"
                 r"(?:only\s+|just\s+)?(?:among\s+)?(?:the\s+)?"
                 r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|runners?-up)"
                 r"(?=\s*(?:[.,;:]|$)|\s+(?:place|overall|in|at|with|behind|after|on|to|by|and|but)\b)")
# where one finished, in the claim: "finished third"
FINISHED_IN = re.compile(rf"\b(?:finished|came|placed|ranked|ended|ended up|was placed)\s+"
                         rf"({'|'.join(ORDINAL_WORDS)})\b", re.IGNORECASE)
MEDAL_FOR = {"first": stem("gold"), "second": stem("silver"), "third": stem("bronze")}
MEDAL_BEHIND = re.compile(r"\b(?:silver|bronze)\b", re.IGNORECASE)  # a medal that places its winner behind others
# a medal behind the winner's, taken: "took the bronze medal", "settled for silver"
MEDAL_TAKEN = r"(?:took|won|claimed|earned|collected|picked up|settled for)\s+(?:the\s+|a\s+)?(?:silver|bronze)\b"
BEATING = (r"(?:defeating|beating|ahead of|passing over|passed over|edging(?: out)?|edged(?: out)?|beat|defeated|"
           r"ousting|outsprint(?:ing|ed)|outpac(?:ing|ed)|pipping|pipped|holding off|held off)")
# Verbs that give someone a post, each another's word for it: "named Henrik Møller chief executive" gives the post
# "appointed Karen Dahl as chief executive" does; "became" only gives a post the claim names by its title
POSTING = frozenset(stem(verb) for verb in "elect appoint name choose select crown swear pick install become".split())
BECOME = stem("become")
SET = stem("set")
WIN = stem("win")
WINNING = frozenset({WIN, stem("clinch")})
CLAIM = stem("claim")
GIVEN_TO = re.compile(r"\b(?:awarded|given|presented|went)\s+to\b|"  # "the Chair was awarded to ..."
                      r"\b(?:took|takes|taking)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:title|crown|gold|prize|trophy|cup)\b",
                      re.IGNORECASE)  # "took the overall title"
RECEIVED = re.compile(r"\b(?:received|receives|accepted)\b", re.IGNORECASE)  # a prize, an award, a medal
# "a scribe named Meryptahsen at Saqqara in March 2024": the date is the sentence's, not the naming's
NAMING_PARTICIPLES = frozenset("name call dub title".split())
NOT_A_NAME = ROLE_TITLES | STOP_WORDS | set(MONTHS) | set(dates.WEEKDAYS)  # capitalised words that name nobody
# a people's word made from its country's name: "nepali", "canadian", "sri lankan", "kenyan", "peruvian"; or the
# country's name without its "land" or "stan": "thai", "kazakh"
PEOPLES_WORD = re.compile("|".join(rf"{re.escape(country.rstrip('aeiouy'))}(?:an|ian|ese|i|n|ean)|"
                                   rf"{re.escape(country)}(?:n|an|ian|nian|vian)"
                                   for country in sorted(COUNTRIES)))
PEOPLES_PREFIXES = frozenset(country[:-len(end)] for country in COUNTRIES for end in ("land", "stan", "istan")
                             if country.endswith(end))
AGE_GROUP = re.compile(r"(?:under|u)-?\d\d|juniors?|youth|cadets?")  # a name's word that makes another competition
PLACE_SUFFIXES = frozenset("province region district county prefecture state oblast governorate island".split())
DURATIONS = frozenset("second minute hour day night week fortnight month year decade century".split())
# "an hour and a half", "a year and a half": one and a half of the unit
UNIT_AND_A_HALF = re.compile(rf"\b(?:an?|one)\s+({'|'.join(sorted(DURATIONS))}|mile|kilometre|metre|litre|tonne)"
                             rf"\s+and\s+a\s+half\b", re.IGNORECASE)
HALF_OF = {"year": "six months", "day": "12 hours", "hour": "30 minutes", "decade": "five years", "century": "50 years"}
ANOTHER_DISTANCE = 1.25  # a time this many times another's is another distance's, not the same race told otherwise
# a time over a course, with hours or hundredths: "2:26:10", "1:59.42" (not a clock's "14:30")
RACE_TIME = re.compile(r"(?<![\d:.])(?:\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?|\d{1,2}:\d{2}\.\d{1,3})(?![\d:])")
HALF_A = re.compile(rf"\bhalf an? ({'|'.join(HALF_OF)})\b", re.IGNORECASE)
TIME_WORDS = frozenset(stem(w) for w in "year time day week month".split())
SCALES = frozenset("thousand million billion trillion bn m".split())
SCALE_WORDS = SCALES | LARGE_SCALES.keys()  # words that scale a number, which say nothing of what it counts
# what an amount with nothing after its scale word counts (as `_unit` writes it)
BARE_AMOUNTS = frozenset(UNITS.get(scale, stem(scale)) for scale in SCALES)
# Capitals and letters beyond ASCII: "Łódź", "Évora" and "Mendonça" are names and words like any other
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
LETTER = r"[^\W\d_]"
# a capitalised word inside a sentence and a whole number after it: "ATR 72", "Route 66" (see _in_a_name)
# (not a time after a name, which is a count: "gave Arben Kola 14 years in prison")
MODEL_NUMBER = re.compile(rf"(?<=\w\s)([{UPPER}][\w'’-]*[^\W\d_])\s+(\d+)\b(?![.,]\d|\s+(?:thousand|million|billion|"
                          rf"trillion|bn|m|(?:{'|'.join(DURATIONS)})s?)\b)")
# a capitalised word and a number joined by a hyphen: "Sagarmatha-2", "Falcon-9"
HYPHEN_NUMBER = re.compile(rf"(?<![\w'’-])([{UPPER}][\w'’]*[^\W\d_])-(\d+)\b(?![.,]\d|-)")
WOMEN = re.compile(r"\b(?:wom[ae]n|girls?|ladies|female|she|her|hers|herself)\b", re.IGNORECASE)
WOMENS_SIDE = re.compile(r"\b(?:women|girls|ladies)['’]s?\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:team|side|squad|league|section|division|club|cup)\b", re.IGNORECASE)
LETTERED = re.compile(r"\b([a-z]{4,})\s+([A-Z])\b(?![\w'’-]|\.\w|\s+[A-Z])")  # "hepatitis B", "haemophilia A"
# Capitalised words in a row, joined by "of", "and" and the like: "the Department of Health", "Belt and Road
# Forum" ("Kyrgyzstan and China" is one run, which still holds each name for `name_found`)
# a name given only to say whose kin or sister another is ("Arben Kola's younger brother", "the dam's sister reservoir")
KIN_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|"
                    r"nephew|niece|uncle|aunt|widow|widower|grandson|granddaughter|grandfather|grandmother)s?\b")
PASSAGE_NAME = re.compile(rf"\b[{UPPER}][\w'’-]+(?:(?:\s+(?:of|for|and|&|de|del|la|the))*\s+[{UPPER}][\w'’-]+)*")
# A sentence ends at a stop (or a stop and a closing quote) before a space and anything but a lower-case word;
# "7.0" has no space, and no text is ever left out ("… 'The Lagoon House'. 'Monsoon Ledger' was …")
# (not after a title's abbreviation: "appointed Dr. Kavita Raman as its director" is one sentence)
ABBREVIATED_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gen", "Col", "Capt", "Lt", "Sgt", "Gov", "Sen", "Rep",
                      "Rev", "Fr", "Sr", "Jr", "Mt")
TITLE_ABBREVIATIONS = frozenset(t.lower() for t in ABBREVIATED_TITLES if t not in ("St", "Mt", "Jr", "Sr"))
SENTENCE_BREAK = re.compile("".join(rf"(?<!\b{title}\.)" for title in ABBREVIATED_TITLES)
                            + r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[^\sa-z])")
# a name after "by", a few lower-case words between: "by divers from the Coral Sea Conservation Alliance"
AGENT_BY = re.compile(rf"\bby\s+((?:[a-z][\w'’-]*\s+){{0,4}}?)((?:(?:{'|'.join(ABBREVIATED_TITLES)})\.?\s+)?"
                      rf"[{UPPER}][\w'’-]*(?:\s+(?:(?:of|for|de|del|da|do|la|the|and|&)\s+)?[{UPPER}][\w'’-]*)+)")
BEFORE_A_NAME = re.compile(rf"^(?:The|A|An|(?:{'|'.join(ABBREVIATED_TITLES)})\.?)\s+")  # "Dr Thandeka Mkhize"
NOT_AFFILIATION = frozenset("near in into on outside across through during over under around along after before since "
                            "until between".split())  # words before a place or time, not whose they are
WORD = re.compile(rf"{LETTER}(?:{LETTER}|['’-])*|\d[\d,.]*\d|\d")
DATE_TEXT = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>" + "|".join(MONTHS) + r")(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<m2>" + "|".join(MONTHS) + r")\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{4}))?"
    r"|(?P<m3>" + "|".join(MONTHS) + r")\s+(?P<y3>\d{4})"
    r"|(?P<y4>(?:1[89]|20)\d\d))\b", re.IGNORECASE)
# stem -> (matter, outcome): "suspended" is outcome 1 of matter 0, "fired" outcome 0
OUTCOME_OF = {stem(word): (matter, outcome) for matter, row in enumerate(RIVAL_OUTCOMES)
              for outcome, words in enumerate(row) for word in words.split()}
SENSE_OF = {stem(word): stem(words.split()[0]) for words in SAME_SENSE for word in words.split()}
REPORTING = frozenset(stem(lemma) for lemma in CUE_CLASS)  # passages rarely repeat the claim's reporting verb
STOP = frozenset("the a an of in on at to for by with from and or but as is are was were be been has have had "
                 "its it his her their this that which who said says will would".split())


@dataclass(frozen=True)
class When:
    """A date at the precision the text gives: a day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None
    days: tuple = ()  # the first and last day of a span the text gives ("last week"), within its month or year

    def agrees(self, other: "When") -> bool:
        if self.days and other.day is not None:  # a day in the span: "last week" is not 14 February
            return self.days[0] <= dt.date(other.year, other.month, other.day) <= self.days[1]
        if self.year != other.year:
            return False
        if self.month is None or other.month is None:
            return True
        if self.month != other.month:
            return False
        return self.day is None or other.day is None or self.day == other.day

    def after(self, day: dt.date) -> bool:
        """Wholly after `day` (a month or year that starts after it)."""
        return dt.date(self.year, self.month or 1, self.day or 1) > day

    def __str__(self) -> str:
        if self.days:
            return f"{self.days[0].isoformat()} to {self.days[1].isoformat()}"
        if self.day:
            return dt.date(self.year, self.month, self.day).isoformat()
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)


@dataclass(frozen=True)
class Facts:
    """What a claim or passage sentence says that can agree or disagree: the checkable anchors."""

    content: frozenset  # stems of content words
    names: frozenset  # lower-cased capitalised names
    numbers: tuple  # (value, stem of the counted word, as written)
    dates: tuple  # (When, stems of the event it dates) for claims; (When, frozenset()) for passages
    terms: tuple  # (modifier, head stem, as written): "search warrant"
    negated: bool
    roles: tuple = ()  # (office word, name, qualifier): ("president", "sadyr japarov", {"kyrgy"})
    ordinals: frozenset = frozenset()  # "third" (Belt and Road Forum): another ordinal is another event
    accuses: bool = False  # the claim reports an accusation ("accusing him of ...")
    rejects: bool = False  # the claim reports a denial ("The Kremlin rejects the accusations")
    denies: bool = False  # the passage sentence denies or rejects something
    reports_accusation: bool = False  # the passage sentence reports one too ("accused ..., a charge he rejected")
    # the claim's words in RIVAL_OUTCOMES ("fired", "bronze"): (stem, as written, stems of who or what it is about)
    outcomes: tuple = ()  # ("fire", "fired", {"polic", "delaney", ...})
    verbs: frozenset = frozenset()  # stems of the claim's verbs: what it says happened
    nouns: tuple = ()  # (stem, as written) of the claim's common nouns: what it says it was
    qualified: tuple = ()  # (modifier's stem, noun's stem, as written) of a qualified noun: "European record"
    yearless: tuple = ()  # (month, day, weekday) of a passage's days without a year: "on Monday, 28 October"
    bounds: tuple = ()  # (value, "min" | "max" | "about") of a count the claim bounds: "more than 6,000"
    future: bool = False  # the claim says what will happen: "will raise household water tariffs"
    how_often: str = ""  # what the claim says of how often, with its verb: "seldom left"
    words: frozenset = frozenset()  # the claim's own words, lower-cased, for what qualifies them
    # the verb that says what happened, and who did it or had it done: ("elect", "elected", "meera deshpande")
    event: tuple = ()
    measured: tuple = ()  # (stem, as written) of what a count measures: "cocain" of "2.3 tonnes of cocaine"
    negated_verbs: tuple = ()  # (stem, as written) of what the claim says did not happen: "attend" of "did not attend"
    text: str = ""  # the claim as written, to quote its names in the reasons
    describing: frozenset = frozenset()  # names of countries and nationalities that only describe another name
    placing: frozenset = frozenset()  # of those, the ones whose name says which already ("Turkish airline AnatolJet")
    broader: frozenset = frozenset()  # countries, states and nationalities that say where: "Bolivia's health ministry"
    # (When, stems of the name) for a year in an event's name: another year is another edition, a near miss
    editions: tuple = ()
    proper: frozenset = frozenset()  # the claim's proper nouns, lower-cased: "agadir"
    actors: frozenset = frozenset()  # names of the people and bodies the claim names, lower-cased: "julián berrocal"
    evaluation: tuple = ()  # (stem, as written) of an own-voice opinion's evaluative words: "vital" (a vital outpost)
    agents: frozenset = frozenset()  # of the actors, those who did or said it: "narmada public health foundation"
    # (name, stems of what the claim says they are) of its people: ("octavio ruelas", {"mayor"})
    posts: tuple = ()


# ---------------------------------------------------------------------------------------------------------
# Reading the anchors


def claim_facts(span: Span, published: dt.date | None, context_names: tuple[str, ...] = (),
                opinion: bool = False) -> Facts:
    """The anchors of a claim, from its parse; relative dates resolved against the dateline.

    `context_names` adds who the claim is about when the clause itself does not name them
    (its source, the people its pronouns stand for). `opinion`: the claim is an opinion in the outlet's own
    voice, so its evaluative words are its point ("a vital outpost").
    """
    text = span_text(span)
    # Surface forms, stemmed like the passages' words ("children" and "children", not "child").
    tokens = token_table(span.doc)
    window = range(span.start, span.end)
    content = frozenset(stem(tokens.text[i]) for i in window if tokens.is_alpha[i] and not tokens.is_stop[i]
                        and tokens.pos[i] in ("NOUN", "VERB", "PROPN", "ADJ", "NUM"))
    # a score or number the tagger took into a name is no part of it ("Kilcar 2-0", "Ntabeni United 3–1")
    # (nor the lower-case words it took in after the name: "Kwelanga magistrate" is Kwelanga)
    names = {_name(re.sub(r"(?:\s+[a-z][a-z'’-]*)+$", "", re.sub(r"[\s\d.,:–—-]+$", "",
                                                                 _with_capitals_before(e, span.start))))
             for e in entities(span) if e.label_ in NAME_LABELS and not e.text.islower()}
    names.discard("")  # (nor is a lower-case phrase the tagger took for a body: "health ministry")
    # only the capitalised words of a source: "Kyrgyzstan's central bank" is found as Kyrgyzstan
    names |= {_name(m.group(0)) for n in context_names if n for m in PASSAGE_NAME.finditer(n)}
    names |= _untagged_names(span)
    peoples = _untagged_peoples(span)
    names |= {_name(p.text) for p in peoples}
    names = {n for n in names if len(n) > 1}  # (nor a letter alone, which says which one of nothing: "hepatitis C")
    # a country or nationality that only describes ("Brazil's health regulator", "Kenyan runner Faith Chepngeno")
    places = [e for e in entities(span) if e.label_ in ("GPE", "NORP")] + peoples
    describers = [e for e in places if e.root.dep_ in ("poss", "amod", "compound", "nmod")]
    describing = frozenset(_name(e.text) for e in describers)
    placing = frozenset(_name(e.text) for e in describers if _places_a_name(e))
    # of them, with the places they stand beside, those that only say where something is ("Bolivia's health
    # ministry", "the Chilean town of Puerto Almendra", "Pueblo Verde, Arizona"), not a place's own name
    # ("Potosí department")
    broader = frozenset(_name(e.text) for e in [*entities(span), *peoples] if _says_where(e, span))
    numbers, measured, bounds, editions = [], [], [], []
    for i in window:
        if SPLIT_YEAR.fullmatch(tokens.text[i]) and tokens.ent_type[i] != "DATE" and tokens.dep[i] == "pobj":
            # one year's round of a yearly thing: "a budget for 2025/26" (the tagger leaves it undated)
            noun = tokens.head[tokens.head[i]]  # (what "for" hangs on: the budget)
            editions.append((When(int(tokens.text[i][:4])), frozenset({stem(tokens.text[noun])})))
            continue
        if signed := SIGNED.fullmatch(tokens.text[i]):  # ("HK$3.6 billion" is counted in billions, as "$3.6 billion")
            scale = tokens.lower[i + 1] if i + 1 < span.end and tokens.lower[i + 1] in SCALES else None
            numbers.append((_number(signed.group(2)), _unit(scale or CURRENCY_WORDS[signed.group(1)]),
                            span.doc[i:i + 2].text if scale else tokens.text[i]))
            continue
        if tokens.lower[i] == "zero" and i + 2 < span.end and tokens.text[i + 1] == "-" \
                and not tokens.whitespace[i]:
            continue  # "zero" joined to a word counts nothing: "a zero-emission truck"
        if tokens.like_num[i] and (tokens.ent_type[i] not in ("DATE", "TIME", "ORDINAL") or _duration(i, tokens)
                                   or _scale_before(tokens.lower[max(span.start, i - 2):i])):
            value = _number(tokens.text[i])
            if value is not None and tokens.lower[tokens.head[i]] == "thousand":
                value = _scaled(value, 1000)  # "five thousand people" are "5,000 people"
            if value is not None and tokens.lower[tokens.head[i]] in LARGE_SCALES:
                value = _at_scale(value, tokens.lower[tokens.head[i]])
            elif value is not None and i + 1 < span.end and tokens.lower[i + 1] in LARGE_SCALES:
                value = _at_scale(value, tokens.lower[i + 1])  # a scale the parse hangs beside it: "25 lakh rupees"
            before = span.doc[max(span.start, i - 4):i].text.lower()
            bound = next((kind for kind, words in BOUND_WORDS
                          if re.search(rf"\b(?:{words})\s*[$€£¥₱]?$", before)), None)
            if value is not None and bound:
                bounds.append((value, bound))
            if i > span.start and tokens.pos[i - 1] == "PROPN" and tokens.lower[i - 1] not in SCALE_BEFORE \
                    and tokens.text[i].isdigit() and tokens.ent_type[i] not in ("DATE", "TIME") \
                    and not (i + 1 < span.end and tokens.lower[i + 1] in SCALES):
                continue  # part of a name, not a count: "two ATR 72 aircraft", "Route 66"
            if i >= span.start + 2 and tokens.lower[i - 1] == "in" and tokens.like_num[i - 2] or (
                    i >= span.start + 3 and tokens.lower[i - 2:i] == ["out", "of"] and tokens.like_num[i - 3]):
                continue  # a share, not a count: "nine in ten children", "nine out of ten patients"
            if value is not None and (scale_word := _scale_before(tokens.lower[max(span.start, i - 2):i])):
                start = i - 2 if tokens.lower[i - 1] == "of" else i - 1
                numbers.append((value, stem(scale_word), span.doc[start:i + 1].text))
            part = _part_of(i, span)
            if value is not None and part is not None:  # "three of its seven libraries": a count of a part
                numbers.append((value, f"of {_unit(part.lemma_)}", span.doc[i:part.i + 1].text))
            counted = _counted_noun(i, tokens)
            scale = tokens.head[i]
            if value is not None and counted is None and tokens.dep[i] == "pobj" \
                    and tokens.lower[scale] in ("to", "at") \
                    and not (tokens.like_num[scale - 1] and tokens.ent_type[scale - 1] != "DATE"):  # (nor "31 to 17")
                # a figure reached: "rose 22 percent in 2024 to 310,000"; in the unit of the one it came from ("from
                # eight years to five")
                start = tokens.head[scale]
                if tokens.lower[start] == "from":  # ("to" hung on "from" itself, or on its noun)
                    start = next((c for c in tokens.children(start) if tokens.dep[c] == "pobj"), start)
                if tokens.lower[scale] == "to" and tokens.pos[start] == "NOUN" \
                        and tokens.lower[tokens.head[start]] == "from" and any(
                        tokens.dep[c] == "nummod" for c in tokens.children(start)):
                    numbers.append((value, _unit(tokens.lower[start]), f"{tokens.text[i]} {tokens.text[start]}"))
                else:
                    numbers.append((value, "", tokens.text[i]))
            if value is not None and i > span.start and (sign := SIGN.fullmatch(tokens.text[i - 1])) \
                    and not (i + 1 < span.end and tokens.lower[i + 1] in SCALES):
                # an amount in its currency, with no scale word to count it by: "stole $180,000", "at C$4,999"
                numbers.append((value, _unit(CURRENCY_WORDS[sign.group(1)]), span.doc[i - 1:i + 1].text))
            if value is not None and counted is None and tokens.dep[i] == "compound" and tokens.lower[scale] in SCALES:
                # an amount with nothing after its scale word, as money often is: "ordered to pay $63 million"
                numbers.append((value, _unit(tokens.lower[scale]), f"{tokens.text[i]} {tokens.text[scale]}"))
            if counted is not None and dates.YEAR.fullmatch(tokens.text[i]) and tokens.tag[counted] in ("NN", "NNP"):
                # a year, not a count: "a 2023 camera-trap survey" is one survey, and another year's is another;
                # so is "the 2024 Harlow Medal" one year's medal
                named = _name_stems(span.doc[counted]) if tokens.tag[counted] == "NNP" else {stem(tokens.text[counted])}
                editions.append((When(int(tokens.text[i])), frozenset(named)))
                continue
            if value is not None and counted is not None and (tokens.pos[counted] == "NOUN" or (
                    tokens.pos[counted] == "PROPN" and tokens.text[counted].islower())  # "1.1 billion naira"
                    or tokens.pos[counted] == "PROPN" and ACRONYM_UNIT.fullmatch(tokens.text[counted])):  # "4.1m TEU"
                written = span.doc[i:counted + 1].text if 0 < counted - i <= 3 else \
                    f"{tokens.text[i]} {tokens.text[counted]}"  # "212 million euros" in full
                # (a hyphenated noun whole, as a passage reads it: "142 call-outs"; not "40-megawatt", "ten-year")
                joined = counted >= 2 and tokens.text[counted - 1] == "-" and tokens.is_alpha[counted - 2] \
                    and not tokens.like_num[counted - 2]
                unit = "percent" if tokens.lower[counted] == "cent" and tokens.lower[counted - 1] == "per" \
                    else _hyphenated(span.doc[counted]) if joined else tokens.lower[counted]  # "children", not "child"
                # a person's age is no length of time: "a 34-year-old man" against "the five-year average"; it counts
                # whom it describes (not "a 52-year-old motorcyclist" in the same crash); a thing's is its years too
                # ("a 3,000-year-old statue" against "about 2,300 years ago")
                if counted + 2 < span.end and tokens.text[counted + 1] == "-" and tokens.lower[counted + 2] == "old":
                    unit, written = tokens.lower[tokens.head[counted + 2]], span.doc[i:counted + 3].text
                    if tokens.lemma[tokens.head[counted + 2]] not in PEOPLE:
                        numbers.append((value, _unit(tokens.lower[counted]), written))
                numbers.append((value, _unit(unit, tokens.lower[counted - 1]), written))
                # (what the counted word describes, a noun just after it, is counted too: "3.1 million peak concurrent
                # viewers" counts viewers)
                head = tokens.head[counted]
                if tokens.dep[counted] == "nmod" and tokens.pos[head] == "NOUN" and i < counted < head <= counted + 2:
                    numbers.append((value, _unit(tokens.lower[head]), span.doc[i:head + 1].text))
                measured += [(stem(p.text), f"{written} of {p.text}") for c in span.doc[counted].children
                             if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                             if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    found_dates = []
    for ent in entities(span):
        if ent.label_ == "DATE" and len(ent) == 1 and dates.YEAR.fullmatch(ent.text) \
                and ent.root.dep_ in ("nummod", "compound") and ent.root.head.tag_ == "NNP":
            # the year of a named thing, one round of it: "the 2022 Arbela Prize" (as when left undated, above)
            editions.append((When(int(ent.text)), _name_stems(ent.root.head)))
        elif ent.label_ == "DATE":
            for when in _dates_in(ent.text):
                found_dates.append((when, _event_of(ent.root)))
    for ent in entities(span):  # a year in a name dates it: "the 2024 Tour of Lake Kivu"
        words = [t for t in ent if t.lower_ != "the"]
        if ent.label_ in NAME_LABELS and words and dates.YEAR.fullmatch(words[0].text):
            editions.append((When(int(words[0].text)),
                             frozenset(stem(t.text) for t in words[1:] if t.is_alpha and not t.is_stop)))
    if published is not None:
        # each in the tense of its own verb: "announced on Monday that it will build": Monday is past
        for rel in dates.relative_dates_of(span, published):
            anchor = span.doc.char_span(span.start_char + rel.start, span.start_char + rel.end,
                                        alignment_mode="expand")
            when = None
            if rel.first is not None and rel.first == rel.last:
                when = When(rel.first.year, rel.first.month, rel.first.day)
            elif rel.first is not None and (rel.first.year, rel.first.month) == (rel.last.year, rel.last.month):
                when = When(rel.first.year, rel.first.month, days=_week_of(rel))
            elif rel.first is not None and (rel.first.month, rel.first.day, rel.last.month, rel.last.day) == (
                    1, 1, 12, 31) and rel.first.year == rel.last.year:
                when = When(rel.first.year)  # "this year", "last year"
            elif rel.first is not None and rel.first.year == rel.last.year:
                when = When(rel.first.year, days=_week_of(rel))  # "last week" across two months: its year
            if when is not None and anchor is not None:
                # a passage that names the weekday dates the same event ("unveiled ... on Tuesday 27 August")
                weekdays = {stem(t.text) for t in anchor if t.lower_ in dates.WEEKDAYS}
                found_dates.append((when, _event_of(anchor.root) | weekdays))
    terms = []
    for i in window:
        # (not a noun that only says what a name is: "garment maker" of "Dhaka garment maker Rupali Textiles")
        if tokens.pos[i] == "NOUN" and not _describes_a_name(span.doc[i]):
            for child in tokens.children(i):
                if tokens.dep[child] == "compound" and tokens.pos[child] == "NOUN" and child < i \
                        and len(tokens.text[child]) >= 3 and not _in_an_amount(child, tokens) \
                        and "-" not in (tokens.text[child - 1], tokens.text[child + 1]):  # "deep-sea", "run-off"
                    terms.append((stem(tokens.text[child]), stem(tokens.lemma[i]),  # "data", not its lemma "datum"
                                  f"{tokens.text[child]} {tokens.text[i]}"))
                elif tokens.dep[child] == "compound" and child < i and child >= 2 and tokens.text[child - 1] == "-" \
                        and tokens.text[child - 2].isalpha() and tokens.dep[child - 2] != "nummod" \
                        and tokens.text[child][0].islower() and tokens.text[i][0].islower():  # "Valmont-sur-Loire"
                    whole = f"{tokens.text[child - 2]}-{tokens.text[child]}"  # "pike-perch population"
                    terms.append((stem(whole), stem(tokens.lemma[i]), f"{whole} {tokens.text[i]}"))
    negated = any(tokens.dep[i] == "neg" or tokens.lower[i] in ("neither", "nor", "never", "unable")
                  or (tokens.lower[i] == "no" and tokens.dep[i] == "det" and not _hyphen_after(span.doc[i]))
                  or (tokens.lower[i] in NO_ONE and tokens.dep[i] in ("nsubj", "nsubjpass"))  # "Nobody was injured"
                  # (not what only describes a thing: "after a failed data-centre migration")
                  or (tokens.lemma[i] in SAYING_NO and tokens.pos[i] == "VERB"
                      and not (tokens.dep[i] == "amod" and i > span.start and tokens.pos[i - 1] == "DET"))
                  for i in window)
    roles = []
    for ent in entities(span):
        if ent.label_ == "PERSON" and len(ent) >= 2:
            before = span.doc[max(span.start, ent.start - 2):ent.start]
            office = next((t for t in reversed(before) if t.lower_ in ROLE_TITLES), None)
            if office is not None:
                words = [t.text for t in reversed(span.doc[max(span.start, office.i - 3):office.i])]
                qualifier = _role_qualifier(words)
                if qualifier is not None:
                    roles.append((office.lower_, ent.text.lower(), qualifier))
    # ("a third" is a share, not an ordinal: `_missing_anchors` asks for it as one)
    shares = [range(m.start(), m.end()) for m in FRACTION.finditer(span.text)]
    ordinals = frozenset(tokens.lower[i] for i in window if tokens.ent_type[i] == "ORDINAL"
                         and (tokens.is_alpha[i] or NUMBERED.fullmatch(tokens.lower[i]))  # "50th anniversary"
                         and not any(span.doc[i].idx - span.start_char in share for share in shares))
    accuses = any(CUE_CLASS.get(tokens.lemma[i]) == "allegation" and tokens.pos[i] == "VERB" for i in window)
    outcomes = tuple((stem(t.text), t.text, _parties(t)) for t in span
                     if t.pos_ in ("VERB", "ADJ", "ADV", "NOUN") and stem(t.text) in OUTCOME_OF
                     and not (t.pos_ == "NOUN" and t.lemma_ == "fire"))  # (a fire is a blaze, not a dismissal)
    negated_verbs = tuple((stem(t.text), t.text) for t in span if t.pos_ == "VERB" and (
        any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children)
        or (t.dep_ == "xcomp" and t.head.lemma_ in SAYING_NO)  # "failed to slow"
        # "no one was hurt"; "no tsunami warning was issued", whose "no" the tagger may hang on "tsunami"
        or any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NO_ONE or any(
            d.lower_ == "no" and d.dep_ == "det" and not _hyphen_after(d) for d in c.subtree if d.i < c.i))
            for c in t.children)))
    # what was reported not to have happened: "no injuries were reported" says no one was injured
    negated_verbs += tuple((stem(c.text), c.text) for t in span if t.lemma_ in FOUND_NONE for c in t.children
                           if c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "no" for d in c.children))
    if in_months := _in_months(text):  # (its parts are no figures of their own: "seven years" of "seven years and")
        numbers = [n for n in numbers if not any(n[2] in whole for _, _, whole in in_months)] + in_months
    return Facts(content, frozenset(names), tuple(numbers), tuple(found_dates), tuple(terms), negated, tuple(roles),
                 ordinals, accuses=accuses, outcomes=outcomes, negated_verbs=negated_verbs, bounds=tuple(bounds),
                 future=dates.tense_of(span) == "future",
                 # (not a participle that only describes a thing: "cured vanilla"; one with a subject of its own
                 # is the parser's slip: "Armenia banned gambling advertising")
                 verbs=frozenset(stem(tokens.text[i]) for i in window if tokens.pos[i] == "VERB"
                                 and (tokens.dep[i] != "amod" or any(c.dep_ == "nsubj" for c in span.doc[i].children))),
                 nouns=tuple(dict.fromkeys((stem(t.text), t.text) for t in span if t.pos_ == "NOUN" and t.is_alpha
                                           and not _describes_a_name(t))),
                 qualified=tuple((stem(t.nbor(-1).text), stem(t.text), f"{t.nbor(-1).text} {t.text}") for t in span
                                 if t.pos_ == "NOUN" and t.i > span.start and t.nbor(-1).head == t
                                 and t.nbor(-1).dep_ in ("amod", "compound") and t.nbor(-1).is_alpha),
                 words=frozenset(tokens.lower[i] for i in window) | frozenset(WORD.findall(text.lower())),
                 event=_event_verb(span), measured=tuple(measured), how_often=_how_often(span),
                 rejects=CUE_CLASS.get(span.root.lemma_) == "denial", text=text, describing=describing, placing=placing,
                 broader=broader,
                 editions=tuple(editions),
                 proper=frozenset(tokens.lower[i] for i in window if tokens.pos[i] == "PROPN"),
                 actors=frozenset(_name(e.text) for e in entities(span) if e.label_ in ("PERSON", "ORG")),
                 agents=frozenset(_name(e.text) for e in entities(span) if e.label_ in ("PERSON", "ORG")
                                  and len(e) >= 2 and _is_agent(e.root)),
                 posts=tuple((_name(e.text), posts) for e in entities(span) if e.label_ == "PERSON" and len(e) >= 2
                             and (posts := _posts_of(e, span))),
                 evaluation=tuple(dict.fromkeys((stem(tokens.text[i]), tokens.text[i]) for i in window
                                                if opinion and tokens.lower[i] in EVALUATIVE)))


def _posts_of(person: Span, span: Span) -> frozenset:
    """What the claim says a person is, as stems: the noun beside their name ("Octavio Ruelas, mayor of ...",
    "branch manager Yeon Tae-hoon")."""
    posts = {stem(c.text) for c in person.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    if person.root.dep_ == "appos":  # "its principal, Siobhan Ni Dhalaigh,"; "the rector of X, Ignacio Araya,"
        head = person.root.head
        while head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of":
            head = head.head.head
        if head.pos_ == "NOUN":
            posts.add(stem(head.text))
    before = person.start  # (past a title: "health commissioner Dr Halima Yusuf")
    while before > span.start and span.doc[before - 1].text.rstrip(".") in ABBREVIATED_TITLES:
        before -= 1
    if before > span.start and span.doc[before - 1].pos_ == "NOUN":
        posts.add(stem(span.doc[before - 1].text))
    return frozenset(posts - REPORTING)


def _is_agent(token) -> bool:
    """Whether a name's head word is who did or said what the claim says: a subject ("the Instituto Carvalho Pinto
    reported"), a passive's agent ("was led by Priya Ashworth"), or whose the subject is ("A survey by the Narmada
    Public Health Foundation found", "Researchers from the Nusantara Institute of Technology")."""
    if token.dep_ == "nsubj":
        return True
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    return preposition.dep_ == "agent" or (preposition.lower_ in ("by", "from", "at")
                                           and preposition.head.dep_ == "nsubj")


def _main_verb(span: Span, parts: tuple[str, ...] = ("VERB",)):
    """The claim's main verb, or what a reporting verb reports ("signed" of "said it had signed") when that is
    one of `parts` of speech."""
    verb = span.root
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in parts]
    return reported[0] if verb.lemma_ in CUE_CLASS and reported else verb


def _how_often(span: Span) -> str:
    """The claim's main verb with a word saying how often ("seldom left", "repeatedly denied"), or ""."""
    verb = _main_verb(span, ("VERB", "AUX"))  # "said he had seldom been abroad"
    often = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in FREQUENCY), None)
    return f"{often.text} {verb.text}" if often is not None else ""


def _describes_a_name(token) -> bool:
    """Whether a noun only says what a name is: "developer" of "property developer Arjun Mehta"."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:  # (Tokens are new on each access)
        token = token.head
        if token.pos_ == "PROPN":
            return True
    return False


def _event_verb(span: Span) -> tuple:
    """The verb that says what happened, when the claim says it did: the main verb, or what a reporting verb
    reports ("said it had signed"); () for what will or would happen."""
    verb = _main_verb(span)
    done = verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "to")
                                                  for c in verb.children)
    if not (done and verb.pos_ == "VERB" and verb.lemma_ not in CUE_CLASS):
        return ()
    target = stem(verb.text)
    # who holds it: the subject; whom a body elects, appoints or names ("the Chamber elected Claude Weis"),
    # or who is elected ("Lucía Ferrándiz was elected mayor")
    roles = ("nsubj", "nsubjpass")
    if target in POSTING and target != BECOME:
        roles = ("nsubjpass",) if any(c.dep_ == "nsubjpass" for c in verb.children) else ("dobj",)
    # a person, or a club or band that wins a title ("Morvant Silver Chimes won the large band title"); the tagger
    # calls some people organisations ("Lucía Ferrándiz")
    holders = ("PERSON", "ORG") if target in WINNING | POSTING else ("PERSON",)
    # (or named beside what it is: "Indonesian pair Rizky Pratama and Dimas Saputra")
    named = [c for c in verb.children if c.dep_ in roles]
    named += [a for c in named if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos"]
    doers = [e.text for c in named for e in entities(span)
             if e.label_ in holders and e.start <= c.i < e.end and len(e) >= 2]
    if not doers and target in WINNING | POSTING:  # a name the tagger missed: the run of proper nouns that ends it
        runs = [list(itertools.takewhile(lambda t: t.pos_ == "PROPN", reversed(span.doc[c.left_edge.i:c.i + 1])))
                for c in verb.children if c.dep_ in roles]
        doers = [" ".join(t.text for t in reversed(run)) for run in runs if len(run) >= 2]
    return target, verb.text, _name(doers[0]) if doers else None


def _week_of(rel) -> tuple:
    """The first and last day of a relative date that spans a week or less ("last week", "this weekend"), else ()."""
    return (rel.first, rel.last) if (rel.last - rel.first).days < 7 else ()


def _untagged_peoples(span: Span) -> list[Span]:
    """The people's words of countries the entity tagger passed over ("Slovak trade unions", "Lao customs
    officers"), each a span of its own; not the first word of a name ("Lao Airlines")."""
    tagged = {t.i for e in entities(span) for t in e}
    return [span.doc[t.i:t.i + 1] for t in span
            if t.i not in tagged and t.is_alpha and t.text[0].isupper() and _a_country(t.lower_)
            and not (t.i + 1 < span.end and span.doc[t.i + 1].pos_ == "PROPN" and span.doc[t.i + 1].text[0].isupper())]


def _untagged_names(span: Span) -> set[str]:
    """Runs of proper nouns the entity tagger passed over ("the shipyard Nordvik Verft", "GPS"), except a
    title's qualifier ("Energy" of "Energy Minister") and a lone first word ("Trade between ...")."""
    # Passed over: the entities already named, and dates and numbers, which are anchors of their own. Products,
    # works and laws are left to this ("the shipyard Nordvik Verft" is tagged a product).
    tagged = {t.i for e in entities(span) if e.label_ not in ("PRODUCT", "WORK_OF_ART", "LAW") for t in e}

    def is_name_word(t) -> bool:
        return (t.pos_ == "PROPN" and t.is_alpha and t.text[0].isupper() and t.i not in tagged
                and t.lower_ not in ROLE_TITLES | TITLE_ABBREVIATIONS)  # (and some lower-case words: "naira")

    def joins_a_name(t) -> bool:  # the hyphen of "Kwa-Lindela" or "Ofori-Dankwa", which is one name as written
        return (t.text == "-" and not t.whitespace_ and span.start < t.i < span.end - 1
                and not span.doc[t.i - 1].whitespace_ and is_name_word(span.doc[t.i - 1])
                and is_name_word(span.doc[t.i + 1]))

    found = set()
    for is_name, group in itertools.groupby(span, key=lambda t: is_name_word(t) or joins_a_name(t)):
        run = list(group)
        after = run[-1].i + 1
        # (nor a generic word alone, the end of a name the tagger cut short: "Court" of "Stellenbosch Magistrate's
        # Court")
        if not is_name or (len(run) == 1 and (run[0].is_sent_start or run[0].lower_[:6] in GENERIC_NAME_WORDS)) \
                or (after < span.end and span.doc[after].lower_ in ROLE_TITLES):
            continue
        found.add(_name(span.doc[run[0].i:after].text))
    return found


def _name_stems(head) -> frozenset:
    """Stems of a name's head and the words compounded with it: "harlow" and "medal" of "the 2024 Harlow Medal"."""
    return frozenset(stem(t.text) for t in [head, *head.children] if t is head or t.dep_ == "compound")


def _in_an_amount(i: int, tokens) -> bool:
    """Whether a noun is an amount's scale or unit, no kind of what it qualifies: "crore" and "rupee" of "a 300 crore
    rupee grant"."""
    return tokens.ent_type[i] in AMOUNTS or tokens.lower[i] in LARGE_SCALES or i > 0 and tokens.lower[i - 1] in (
        "lakh", "crore")  # (which the tagger calls nouns, as it does "rupee" after them)


def _duration(i: int, tokens) -> bool:
    """Whether a number in a date or time counts a length of time ("50 minutes", "90 nights a year"), which is
    an amount like any other, not a date or a clock time."""
    counted = _counted_noun(i, tokens)  # (not the year of "the 2026-27 school year")
    return counted is not None and tokens.lemma[counted] in DURATIONS and not dates.YEAR.fullmatch(tokens.text[i])


def _part_of(i: int, span: Span):
    """The noun a number is a part of ("libraries" of "three of its seven libraries"), or None. It is kept
    apart from what numbers count, so that "seven" is no rival of "three"."""
    token = span.doc[i]
    return next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i < span.end), None)


def _counted_noun(i: int, tokens) -> int | None:
    """What a number counts: its noun ("four companies"), also through a scale word ("212 million euros").
    ("three of its seven libraries" is a part, `_part_of`.)"""
    if tokens.dep[i] == "compound" and tokens.lower[tokens.head[i]] in SCALES:
        i = tokens.head[i]  # "212" of "212 million euros" counts what "million" counts
    return tokens.head[i] if tokens.dep[i] in ("nummod", "quantmod") else None


def _parties(token) -> frozenset:
    """Stems of who or what an outcome is about: a verb's subject and object, a modifier's noun, each with its
    compounds and "of" phrase ("prices of rice" rose; "Constable Mark Delaney" was fired; a "unanimous" decision)."""
    if token.pos_ == "VERB":
        # (a verdict is about whom it clears or convicts, whichever court gave it: "A Santo Domingo court acquitted")
        judged = ("nsubjpass", "dobj") if token.lemma_ in VERDICTS else ()
        heads = [c for c in token.children if c.dep_ in (judged or ("nsubj", "nsubjpass", "dobj"))]
    else:
        heads = [token.head] if token.head.pos_ in ("NOUN", "PROPN") else []
    words = set()
    for head in heads:
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for noun in [head, *of]:  # (not what only says what a name is: "orchestra" of "tango orchestra Sur")
            # (a hyphenated word whole, as a passage reads it: "KwaZulu-Natal")
            words |= {stem(_hyphenated(t) if t.i and t.nbor(-1).text == "-" else t.text) for t in [noun, *noun.children]
                      if (t is noun or t.dep_ == "compound") and t.pos_ in ("NOUN", "PROPN") and t.is_alpha
                      and not (t.text.islower() and _describes_a_name(t)) and not _hyphen_after(t)}
    return frozenset(words)


def _hyphen_after(token) -> bool:
    """Whether a hyphen joins the token to the next word ("no" of "a no-confidence motion")."""
    return token.i + 1 < len(token.doc) and token.nbor(1).text == "-" and not token.whitespace_


def _hyphenated(token) -> str:
    """The whole word a token is the last part of, as a passage reads it: "run-off" for "off"."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:token.i + 1].text if i < token.i else token.lemma_


def _event_of(token) -> frozenset:
    """Stems of what a date dates: its verb and that verb's subject and object ('issued ... warrant'), or the
    noun it is hung on ('the invasion of Ukraine in 2022' dates the invasion, not a verb further up)."""
    start = token.i
    for _ in range(5):
        if token.head.i == token.i:  # a root is its own head
            break
        if token.pos_ in ("VERB", "AUX") and not (token.dep_ == "acl" and token.lemma_ in NAMING_PARTICIPLES):
            break
        if token.i != start and token.pos_ == "NOUN" and token.lemma_.lower() not in GENERIC_HEADS:
            return frozenset({stem(_hyphenated(token))})
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return frozenset({stem(token.lemma_)})
    words = {stem(token.lemma_)}
    # (a noun as a passage's words give it: "buses", not its lemma "bus", whose stem is another)
    words |= {stem(c.text) for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr") and c.pos_ == "NOUN"}
    return frozenset(words)


@functools.lru_cache(maxsize=65536)
def passage_facts(sentence: str) -> Facts:
    """The anchors of a passage sentence, read without a parse (passages are many and short); cached."""
    # "a six-year jail term" counts years as "six years" does; "12%" and "12 per cent" are "12 percent"
    sentence = FROM_TO.sub(r"\g<0> \1", sentence)  # "from eight years to six" is to six years
    # an amount after its currency's sign is in that currency: "HK$3.6 billion" is 3.6 billion dollars
    sentence = SIGNED_AMOUNT.sub(lambda m: f"{m.group(2)} {CURRENCY_WORDS[m.group('sign')]}", sentence)
    sentence = GROUP_OF.sub(lambda m: f"{m.group(1)} {GROUPS[m.group(2).lower()]}", sentence)  # "a trio of"
    sentence = DOZENS.sub(_dozens, sentence)  # "a dozen suspects" are 12, "five dozen of its vehicles" 60
    sentence = UNIT_AND_A_HALF.sub(lambda m: f"1.5 {m.group(1)}s", HALVES.sub(_and_a_half, sentence))
    sentence = HALF_A.sub(lambda m: HALF_OF[m.group(1).lower()], sentence)  # "half a year" is six months
    sentence = THOUSANDS.sub(_thousands, HUNDREDS.sub(_hundreds, PERCENT.sub(" percent", sentence)))
    sentence = MILLIONS.sub(_millions, sentence)
    # a number after a capitalised word is part of a name, not a count ("two ATR 72 aircraft", "Route 66")
    in_names = {(m.group(1), m.group(2)) for m in MODEL_NUMBER.finditer(sentence) if _in_a_name(m)}
    words, uncounted = [], set()
    for word in WORD.findall(sentence):
        parts = word.split("-", 1) if word.split("-")[0].lower() in NUMBER_WORDS and _number(word) is None \
            else [word]  # but "forty-two" is one number
        if len(parts) == 2 and parts[0].lower() == "zero":
            uncounted.add(len(words))  # "zero" joined to a word counts nothing: "a zero-emission truck"
        words += parts
    content = frozenset(stem(w) for w in words if w.lower() not in STOP and not w[0].isdigit())
    # (not a name given only to say whose kin another is: "Gent Kola, Arben Kola's younger brother")
    names = frozenset(_name(m.group(0)) for m in PASSAGE_NAME.finditer(sentence) if not _kin_only(m))
    numbers = []
    for i, w in enumerate(words):
        value = _number(w)
        if value is not None and words[i + 1:i + 2] and words[i + 1].lower() in LARGE_SCALES:
            value = _at_scale(value, words[i + 1].lower())
        if value is None or i in uncounted or dates.YEAR.fullmatch(w) or (i and (words[i - 1], w) in in_names) \
                or i and words[i - 1][0].isupper() and words[i - 1].endswith("-") \
                or w[0].isdigit() and re.search(rf"[^\W\d_]{re.escape(w)}(?!(?:bn|m|k|tn)\b)[^\W\d_]", sentence):
            continue  # a model's number: "Halcón T-9", "A321neo" (not an amount's: "VND280bn", "M6.4")
        if scale_word := _scale_before([word.lower() for word in words[max(0, i - 2):i]]):
            numbers.append((value, stem(scale_word), " ".join(words[i - 2 if words[i - 1] == "of" else i - 1:i + 1])))
        if i + 1 == len(words):
            numbers.append((value, "", w))  # "passenger journeys came to 3,000,000."
        if words[i + 1:i + 2] == ["of"]:  # "four of the area's seven libraries": a part, whose noun comes later
            numbers += [(value, f"of {_unit(later)}", " ".join(words[i:j + 1]))
                        for j, later in enumerate(words[i + 2:i + 7], start=i + 2)]
            if words[i + 2:i + 3] and words[i + 2].lower() in POSSESSIVES:
                # "90 of his woodblock prints" are 90 prints (the whole, if given, is a number of its own)
                numbers += [(value, _unit(later), " ".join(words[i:j + 1]))
                            for j, later in enumerate(words[i + 3:i + 6], start=i + 3)]
        for at, following in enumerate(words[i + 1:i + 4], start=i + 1):  # "four Kyrgyzstan-based companies"
            if at > i + 1 and words[at - 1].lower() in ("a", "an", "per", "each", "every"):
                break  # a rate's time is not what is counted: "600,000 passengers a year"
            written = f"{w} {' '.join(words[i + 1:words.index(following, i + 1) + 1])}"
            unit = _unit(following, words[words.index(following, i + 1) - 1])
            numbers.append((value, unit, written))
            # the same amount in another unit: "2,300 kg" is "2.3 tonnes"
            # (in millions where it comes to a million or more, as `_number` counts: 121,000 km2 is 12.1 million ha)
            numbers += [(_number(_scaled(value, factor)) or _scaled(value, factor), other, written)
                        for other, factor in CONVERSIONS.get(unit, ())]
    numbers += _in_months(sentence)
    found_dates = tuple((when, frozenset()) for when in _dates_in(sentence))
    roles = []
    # a title before a two-word name, or before it and a comma ("chief executive, Peter Kamau")
    for m in re.finditer(rf"(?=\b([A-Za-z]+),?\s+([{UPPER}][\w'’-]+\s+[{UPPER}][\w'’-]+))", sentence):
        if m.group(1).lower() in ROLE_TITLES:
            qualifier = _role_qualifier(re.findall(r"[\w'’.-]+", sentence[:m.start()])[-3:][::-1])
            if qualifier is not None:
                roles.append((m.group(1).lower(), m.group(2).lower(), qualifier))
    return Facts(content, names, tuple(numbers), found_dates, (), bool(NEGATION.search(sentence)), tuple(roles),
                 denies=any(not ASKED_FOR.match(sentence, m.end()) for m in DENYING.finditer(sentence)),
                 reports_accusation=bool(ACCUSING.search(sentence)),
                 yearless=tuple(_days_without_year(sentence)), text=sentence)


def _in_another_post(name: str, office: str, qualifier: frozenset, passage: str) -> bool:
    """Whether the passage gives the claim's person, beside their name, the office of another body than the claim
    gives them ("Kaarel Vahtra, then rural affairs minister" against "Economy Minister Kaarel Vahtra")."""
    given = re.search(rf"\b{re.escape(name)},\s+(?:then\s+|now\s+|formerly\s+)?(?:the\s+)?((?:[\w'’-]+\s+){{1,3}})"
                      rf"{re.escape(office)}\b", passage, re.IGNORECASE)
    return bool(given and qualifier and not {w.lower()[:5] for w in given.group(1).split()} & qualifier)


def _role_qualifier(words_before: list[str]) -> frozenset | None:
    """Who a title belongs to, from the capitalised words before it, nearest first ('Kyrgyz', 'Foreign'):
    two presidents conflict only when these agree. None for a title another holder bears ('former')."""
    found = set()
    for word in words_before:
        word = re.sub(r"['’]s$", "", word.strip("-.'’"))
        if not word:
            continue  # the possessive of "Russia's President"
        if word.lower() in OTHER_HOLDERS:
            return None
        if not word[0].isupper() or word.lower() in STOP:
            break
        found.add(word.lower()[:5])  # "Russia" and "Russian", "Kyrgyz" and "Kyrgyzstan" agree
    return frozenset(found)


def _scale_before(before: list[str]) -> str:
    """The scale a number is read on, from the words before it ("magnitude 6.1", "a magnitude of 5.4", "aged 87",
    "at the age of 84"), as `SCALE_BEFORE` writes it; or ""."""
    if before and before[-1] in SCALE_BEFORE:
        return before[-1]
    return SCALE_OF.get(before[0], "") if before[-2:-1] and before[-1] == "of" else ""


def _name_numbers(text: str) -> list[re.Match]:
    """The numbers that are part of a name, each after its word: "ATR 72", "Sagarmatha-2"."""
    return [m for pattern in (MODEL_NUMBER, HYPHEN_NUMBER) for m in pattern.finditer(text) if _in_a_name(m)]


def _in_a_name(match: re.Match) -> bool:
    """Whether "ATR 72" is a name with its number; not a month's or weekday's day, nor a magnitude's figure."""
    word = match.group(1).lower()
    return word not in MONTHS and word not in dates.WEEKDAYS and word not in SCALE_BEFORE


def _thousands(match: re.Match) -> str:
    """ "two hundred and ten thousand" (by now "210 thousand") as "210000"."""
    value = number_value(match.group(1))
    if value is None:
        return match.group(0)
    return str(int(round(value * 1000)) + int(match.group(2) or 0))  # ("1.5 thousand", from "one and a half", is 1500)


def _millions(match: re.Match) -> str:
    """ "nine million 400000" as "9400000"; left as written where the rest is no part of a million."""
    scale = LARGE_SCALES[match.group(2).lower()]
    rest = int(match.group(3))
    return str(int(_number(match.group(1))) * scale + rest) if rest < scale else match.group(0)


def _and_a_half(match: re.Match) -> str:
    """ "seven and a half" as "7.5"."""
    return f"{int(number_value(match.group(1)))}.5"


def _hundreds(match: re.Match) -> str:
    """ "three hundred and twenty" as "320"."""
    rest = _number(match.group(2).replace(" ", "")) if match.group(2) else "0"
    return str(100 * int(_number(match.group(1))) + int(rest))


def _unit(word: str, before: str = "") -> str:
    """The stem a count is compared by, with a unit's short and long forms made one ("km", "kilometres";
    "gigawatt hours", `before` "gigawatt", and "GWh")."""
    if stem(word) == "hour" and before.lower() in WATTS:
        return f"{before[0].lower()}wh"
    unit = UNITS.get(word.lower(), stem(word))
    return SQUARE_KILOMETRE if unit == "kilometr" and before.lower() in ("square", "sq") else unit


def _with_capitals_before(entity: Span, first: int) -> str:
    """An event's name with the capitalised words just before it that the tagger left out of it or took for a
    language ("European Under-23 Championships", tagged "European" and "Championships"), from token `first` on."""
    if entity.label_ != "EVENT":
        return entity.text
    start = entity.start
    while start > first and entity.doc[start - 1].pos_ == "PROPN" \
            and entity.doc[start - 1].ent_type_ in ("", "LANGUAGE") and entity.doc[start - 1].text[:1].isupper():
        start -= 1
    return entity.doc[start:entity.end].text


def _name(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"['’]s$", "", text).rstrip("'’").lower()  # "Rotich's", "'Harbour Lights'"


def _in_months(text: str) -> list[tuple[str, str, str]]:
    """Years and months given together, as months: "seven years and eight months" is 92 months."""
    return [(_scaled(str(float(years) * 12 + float(months)), 1), "month", m.group(0))
            for m in YEARS_AND_MONTHS.finditer(text)
            if (years := _number(m.group(1))) is not None and (months := _number(m.group(2))) is not None]


def _dozens(m: re.Match) -> str:
    """"a dozen" as 12, "five dozen" as 60."""
    count = _number(m.group(1)) if m.group(1) else "1"
    return _scaled(count, 12) if count is not None else m.group(0)


def _scaled(value: str, factor: float) -> str:
    """A number read by `_number`, times `factor`, written as `_number` writes it."""
    return str(round(float(value) * factor, 6)).removesuffix(".0")


def _at_scale(value: str, scale: str) -> str:
    """A number read by `_number` before a scale word, as `_number` reads the whole amount: "2,500 million" is
    "2.5 billion", "500 crore" is "5 billion", "3 million" stays 3."""
    return _number(str(float(value) * LARGE_SCALES[scale])) or value


def _number(text: str) -> str | None:
    value = number_value(text)
    if value is None:
        return None
    # counted in millions or billions as "3 million" is: "3,000,000" is 3 as "three million" is
    scale = next((scale for scale in (10 ** 9, 10 ** 6) if value >= scale), 1)
    return _scaled(str(value), 1 / scale)


def _dates_in(text: str):
    for m in DATE_TEXT.finditer(text):
        month_name = m.group("m1") or m.group("m2") or m.group("m3")
        year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
        day = m.group("d1") or m.group("d2")
        if year is None:
            continue  # "12 October" with no year cannot be compared safely
        month = MONTHS.index(month_name.lower()) + 1 if month_name else None
        try:
            if day:
                dt.date(int(year), month, int(day))
        except ValueError:
            continue
        yield When(int(year), month, int(day) if day else None)
        first = re.search(r"\b(\d{1,2})\s*(?:and|&|-|–|to)\s*$", text[:m.start()]) if m.group("d1") else None
        if first and 1 <= int(first.group(1)) < int(day):  # "on 12 and 13 July 2025": the 12th too
            yield When(int(year), month, int(first.group(1)))


def _days_without_year(text: str):
    """(month, day, weekday or None) of each day a text gives without its year ("on May 27", "Monday, 28
    October": weekday 0)."""
    for m in DATE_TEXT.finditer(text):
        day, month_name = m.group("d1") or m.group("d2"), m.group("m1") or m.group("m2")
        if day and month_name and not (m.group("y1") or m.group("y2")) and 1 <= int(day) <= 31:
            named = re.search(r"\b([a-z]+),?\s*$", text[:m.start()].lower())
            weekday = dates.WEEKDAYS.index(named.group(1)) if named and named.group(1) in dates.WEEKDAYS else None
            yield MONTHS.index(month_name.lower()) + 1, int(day), weekday


def _days_given(sentence: Facts, when: When) -> list[When]:
    """A passage sentence's dates and its days without a year: read in the year of its dated day where it gives one
    ("began on 29 April 2024 and ended on 7 May"), else in the claim's (a year alone is another thing's: "said on 13
    January that it will close the faculty in 2027")."""
    given = [p for p, _ in sentence.dates]
    days = [p for p in given if p.day is not None]
    if days:
        return given + _months_before(sentence, given) + _in_the_year_of(sentence.yearless, days[0])
    return given + _in_the_year_of(sentence.yearless, when)


def _months_before(sentence: Facts, given: list[When]) -> list[When]:
    """Months a sentence names alone, in the year its dated day puts them ("said on 3 February 2025 that traffic
    rose 14 percent in January" is January 2025)."""
    day = max((p for p in given if p.day is not None), key=lambda p: (p.year, p.month, p.day))
    named = {MONTHS.index(m.group(1).lower()) + 1 for m in BARE_MONTH.finditer(sentence.text)}
    return [When(day.year if month <= day.month else day.year - 1, month) for month in sorted(named)
            if month != day.month]


def _in_the_year_of(yearless: tuple, when: When) -> list[When]:
    """Days given without a year, read in the year that brings each nearest the claim's date (a passage on the
    claim's event says "on 28 October" of the claim's own October); none for a claim dated by its year alone.
    Only for a sentence that gives no full day: one that does says which year it speaks of. A weekday given with
    the day says the year ("Friday 13 October" of 2023, not 2024)."""
    if when.month is None:
        return []
    claimed = dt.date(when.year, when.month, when.day or 15)
    placed = []
    for month, day, weekday in yearless:
        options = [dt.date(year, month, day) for year in (when.year - 1, when.year, when.year + 1)
                   if day <= calendar.monthrange(year, month)[1]
                   and (weekday is None or dt.date(year, month, day).weekday() == weekday)]
        if options:
            nearest = min(options, key=lambda option: abs(option - claimed))
            placed.append(When(nearest.year, nearest.month, nearest.day))
    return placed


# ---------------------------------------------------------------------------------------------------------
# Judging


@functools.lru_cache(maxsize=16384)
def _words(passage: str) -> tuple[str, ...]:
    """The passage's words, lower-cased, a hyphenated word whole ("semi-final"); read once per passage."""
    return tuple(WORD.findall(passage.lower()))


@functools.lru_cache(maxsize=16384)
def _sentences(passage: str) -> list[str]:
    return [s.strip() for s in SENTENCE_BREAK.split(passage) if s.strip()] or [passage]


def best_sentence(claim: Facts, passage: str) -> str:
    """The passage sentence that shares most content words and names with the claim."""
    return max(_sentences(passage), key=lambda s: _overlap(claim, passage_facts(s)))


def _overlap(a: Facts, b: Facts) -> float:
    return len(a.content & b.content) + 2 * len(_shared_names(a, b))


def _places_a_name(country: Span) -> bool:
    """Whether a describing country or nationality places a distinctive name, which says which one without it
    ("Jamaican sprinter Tameka Rowe", "Tajikistan's Shirinobod plant"); not a generic name ("Kenya's High
    Court"), a title ("Russian President") or a thing with no name ("Brazil's health regulator")."""
    head = country.root.head
    phrase = [head, *head.children]
    if head.dep_ in ("compound", "appos", "nmod", "amod") or head.head.dep_ == "appos":
        phrase += [head.head, *head.head.children]
    return any(t.pos_ == "PROPN" and not country.start <= t.i < country.end and t.ent_type_ not in ("GPE", "NORP")
               and t.lower_[:6] not in GENERIC_NAME_WORDS and t.lower_ not in ROLE_TITLES | SHARED_NAME_WORDS
               for t in phrase)


def _unplaced(placing: frozenset, whole: Facts) -> frozenset:
    """Stems of the claim's placing countries that the passage leaves out ("jamaican" of "Jamaican sprinter Tameka
    Rowe")."""
    return frozenset({stem(w) for name in placing for w in name.split()} - whole.content)


def _placed_by_the_rest(claim: Facts, whole: Facts) -> frozenset:
    """The claim's countries, states and nationalities that only say where (`Facts.broader`) which the passage
    leaves out, when it gives all the claim's other names, a distinctive one among them: a ministry's report on
    Potosí need not say it is Bolivia's."""
    given = _shared_names(claim, whole)
    left_out = claim.broader - given
    rest = claim.names - claim.broader
    if not left_out or not rest or not rest <= given:
        return frozenset()
    if not any(w[:6] not in GENERIC_NAME_WORDS and w not in SHARED_NAME_WORDS for n in rest for w in n.split()):
        return frozenset()
    # (not where the passage names another country: "Bangladesh's drug regulator has approved ...")
    elsewhere = {other for other in whole.names if not any(name_found(n, other) for n in claim.names)}
    if any(name_found(country, other) for other in elsewhere for country in COUNTRIES):
        return frozenset()
    return left_out


def _shared_names(claim: Facts, passage: Facts) -> set[str]:
    return {name for name in claim.names if any(name_found(name, other) for other in passage.names)}


def _names_everyone(claim: Facts, passage: Facts) -> bool:
    """Whether the passage names everyone and everything the claim names, but a country that only describes or
    says where ("Red Mesa, Nevada")."""
    return _shared_names(claim, passage) >= claim.names - claim.describing - claim.broader


def _country_of(word: str) -> str:
    """The country a people's word names ("greek" and "greek-owned" are Greece), else the word itself."""
    return DEMONYMS.get(word) or DEMONYMS.get(word.split("-")[0], word)


def _says_where(place: Span, span: Span) -> bool:
    """Whether a country, state or people's word of the claim only says where another thing is: "Bolivia's health
    ministry", "Kenyan runner", "Pueblo Verde, Arizona", "near Chimoio in central Mozambique" (after a place the
    claim names); a country the tagger takes for a person too ("Nepal's tourism department", "Sri Lankan tea
    exporter")."""
    root, tagged = place.root, place.label_ in ("GPE", "NORP")
    if not (tagged or _a_country(_name(place.text))):
        return False
    return (root.dep_ in ("poss", "amod") or root.dep_ == "appos" and root.head.pos_ == "PROPN"
            or root.dep_ == "compound" and root.head.pos_ == "NOUN" and not tagged
            or root.dep_ == "pobj" and root.head.lower_ == "in" and _name(place.text) in COUNTRIES
            and any(o.label_ in ("GPE", "LOC", "FAC") and o.end <= place.start for o in entities(span))
            # (a town after the body it says where is: "Teatar Lastovica in Skopje")
            or root.dep_ == "pobj" and root.head.lower_ == "in" and place.label_ == "GPE"
            and any(o.label_ in ("ORG", "FAC") and o.end == place.start - 1 for o in entities(span)))


def _a_country(name: str) -> bool:
    """Whether a name is a country or its people's word ("nepali", "sri lankan", "thai"), which a tagger may take
    for a person."""
    return _country_of(name) in COUNTRIES or bool(PEOPLES_WORD.fullmatch(name)) or name in PEOPLES_PREFIXES


@functools.lru_cache(maxsize=65536)  # (asked of the same two names many times over a claim's passages)
def name_found(claim_name: str, passage_name: str) -> bool:
    """Whether a name in the passage is the claim's: it holds the claim's name ('US' in 'US Treasury',
    'Russia' in 'Russian', 'Kyrgyz' in 'Kyrgyzstan'), or is a short form of it that keeps the word saying
    which one ('Putin' for 'Vladimir Putin'). 'Philippines' is not the Philippine Senate, 'University'
    not the University of Tromsø, and a capitalised 'In' or 'A' is no name at all."""
    wanted = [_country_of(w) for w in claim_name.split() if w not in STOP]  # "Lao" is Laos
    found = [_country_of(re.sub(r"['’]s$", "", w)) for w in passage_name.split() if w not in STOP]  # "Uganda's"
    # (and the words after a hyphen: "Ndara" of "Kasigau-Ndara")
    parts = [part for w in passage_name.split() if "-" in w for part in w.split("-")[1:] if part]
    if not wanted or not found:
        return False
    if any(AGE_GROUP.fullmatch(w) for w in found) and not any(AGE_GROUP.fullmatch(w) for w in wanted):
        return False  # another age's competition: the "European Under-23 Championships" are not the European ones

    def among(word: str, words: list[str]) -> bool:
        return any(word == w or (min(len(word), len(w)) >= 4 and (w.startswith(word) or word.startswith(w)))
                   for w in words)

    if all(among(w, found + parts) for w in wanted):
        return True
    if _abbreviates(claim_name, found) or _abbreviates(passage_name, wanted):
        return True  # "ICC" is the International Criminal Court, and the other way round
    if len(wanted) > 1 and wanted[-1] in PLACE_SUFFIXES and all(among(w, found) for w in wanted[:-1]):
        return True  # "Chiang Mai" is Chiang Mai Province
    distinctive = any(w[:6] not in GENERIC_NAME_WORDS for w in found)
    return distinctive and among(wanted[-1], found) and all(among(w, wanted) for w in found)


def _only_beside(name: str, claim: Facts, whole: Facts, passage: str) -> str | None:
    """How the passage places another thing by the claim's name, when it names it only so ("Lake Akgöl, a few
    kilometres from Sarıgöl", "Ibérica Sur, a rival of Atlântica Air", "Kostka's former deputy"): the passage is
    about that other thing. None when the passage names it plainly too, or the claim places its own thing the same
    way ("near the town of Wattle Creek", "in east Iceland")."""
    found = _occurrences([n for n in whole.names if name_found(name, n)], passage)
    beside = [_beside_at(m, passage) for m in found]
    if not found or not all(beside):
        return None
    # ("near" is "outside" and "close to"; "former deputy" is placed by "deputy")
    placing = {w for phrase in beside for w in _words(phrase)} - STOP - BESIDE_QUALIFIERS
    claim_words = set(_words(claim.text))
    claim_words |= VICINITY if claim_words & VICINITY else set()
    claim_words |= {w.removesuffix("ern") for w in claim_words}  # "northern Kenya" is "the north of Kenya"
    return None if placing & claim_words else beside[0]


def _occurrences(names: list[str], text: str) -> list[re.Match]:
    return [m for n in names for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE)]


def _beside_at(found: re.Match, text: str) -> str | None:
    """The words placing another thing by a name at `found` ("40 km north of", "a rival of", "'s neighbour")."""
    before = BESIDE_BEFORE.search(text[:found.start()])
    after = BESIDE_AFTER.match(text[found.end():])
    return before.group(0).strip() if before else after.group(0).strip() if after else None


def _a_first_common_word(name: str, claim_text: str, passage: str) -> bool:
    """Whether a one-word name is only the claim's first word, capitalised as the first, which the passage writes as a
    common word ("Customs officers at the port ..." against "customs agents in Douala's port")."""
    return " " not in name and claim_text.lower().startswith(f"{name} ") \
        and bool(re.search(rf"\b{re.escape(name)}\b", passage))  # (in lower case)


def _named_in_words(name: str, passage: str) -> bool:
    """Whether the passage writes a name of several words that it does not give as a name: in a run of words ("Deir
    el-Shalaby", "Series B"), or what it is before where it is ("the provincial hospital in Tazrouft" for Tazrouft
    Provincial Hospital); not with other words between ("the Liechtenstein youth cup")."""
    pattern = _written_out(name)  # (nor to say whose kin another is: "Arben Kola's younger brother")
    return pattern is not None and any(not _kin_only(m) for m in pattern.finditer(passage))


def _kin_only(name: re.Match) -> bool:
    """Whether a name found in a text is there only to say whose kin or sister another is ("Arben Kola's younger
    brother")."""
    end = name.end() - 2 if name.group(0).endswith(("'s", "’s")) else name.end()
    return bool(KIN_OF.match(name.string, end))


@functools.lru_cache(maxsize=4096)
def _written_out(name: str) -> re.Pattern | None:
    """The ways `_named_in_words` finds a name of several words, as one pattern (built once per name)."""
    words = [re.escape(w) for w in name.split()]
    if len(words) < 2:
        return None

    def run(part: list[str]) -> str:
        return r"[\s-]+".join(part)

    # (what it is as a passage words it: "Councillors in Invercairn" for Invercairn Council)
    patterns = [run(words)] + [rf"{run(words[k:])}\w*\s+(?:in|of|at)\s+(?:the\s+)?{run(words[:k])}"
                               for k in range(1, len(words))]
    return re.compile("|".join(rf"(?<!\w)(?:{pattern})(?!\w)" for pattern in patterns), re.IGNORECASE)


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether a one-word name is the initials of the other name's words, or of a run of them for three or more
    letters ("icc" of "rome statute of the international criminal court")."""
    initials = "".join(w[0] for w in words)
    if " " in short or len(words) < 2 or not 2 <= len(short) <= 6:
        return False
    return short == initials or (len(short) >= 3 and short in initials)


def past_limit(span: Span, published: dt.date | None) -> dt.date | None:
    """The article's date for a claim about the past (the `past_before` of `judge`), else None."""
    return published if dates.tense_of(span) == "past" else None


def judge(claim: Facts, passage: str, title: str | None = None, past_before: dt.date | None = None,
          published: str | None = None) -> tuple[str, str]:
    """`supports`, `contradicts` or `related`, with the reason in words.

    `past_before`: for a claim about the past, the article's date; passages dated after it speak of
    a later event and cannot contradict the claim's dates.
    `published`: the date of the passage's document (ISO), which dates a passage that gives no date of its own.
    """
    sentence = best_sentence(claim, passage)
    here = passage_facts(sentence)
    whole = passage_facts(f"{title}. {passage}" if title else passage)
    names = _shared_names(claim, whole) | {name for name in claim.names if _named_in_words(name, passage)}
    name_words = {stem(w) for n in names for w in n.split()}
    shown = [_written(n, claim.text, title or "", passage) for n in sorted(names)[:4]]
    shown += [_as_written(claim, s) for s in sorted((claim.content & whole.content) - name_words)[:4]]
    told = f"{title or ''} {passage}"
    shown += [f"'{_as_written(claim, s)}' as '{_in_passage(s, told)}'"
              for s in sorted(_held(claim.content, whole.content) - whole.content)[:2]]
    shares = f"shares {', '.join(shown)}" if shown else "shares little"
    # a passage that follows the claim's own wording need not say where its distinctive name is from, nor which
    # country or state its other names are in
    follows = bool(claim.placing or claim.broader) and bool(_following(claim, passage))
    placed = (claim.placing | _placed_by_the_rest(claim, whole)) if follows else frozenset()
    content = claim.content - REPORTING - _unplaced(placed, whole)
    coverage = len(_held(content, whole.content)) / max(1, len(content))
    if claim.names:
        same_matter = bool(names) and len(claim.content & whole.content) >= 2
    else:  # "The organisation was created to ...": no name to share, so more of the words must match
        same_matter = len(content & whole.content) >= 3 and coverage >= 0.6
    if not same_matter:
        return "related", shares
    conflicts = _conflicts(claim, sentence, whole, passage, past_before)
    if conflicts:
        return "contradicts", f"{shares}; disagrees: {'; '.join(conflicts)}"
    missing = _missing_anchors(claim, whole, passage, title, placed, _date_of(published))
    if _answers(claim, here):
        return "related", f"{shares}; the passage is a denial of the accusation"
    # a passage with the claim's names (and their titles) and no word of what it says of them is another story
    # about them
    # all of the claim but who did it, which the passage says another did, or a person in the post the claim gives
    # its person ("the mayor of San Jerónimo del Valle, Héctor Villaseñor"): another holder of the claim's act
    # (the name may be missing twice over: lacking, and replaced in the claim's words by another)
    if coverage >= SUPPORT_COVERAGE and missing and all(
            m == missing[0] or m.startswith(f"'{missing[0]}' (the passage: ") for m in missing):
        lacking = _name(missing[0])
        other = (_another_agent(claim, passage) if lacking in claim.agents else None) or _another_in_the_post(
            claim, passage, lacking) or _another_side_beaten(claim, missing)
        if other:
            return "contradicts", f"{shares}; disagrees: '{missing[0]}' vs '{other}'"
    if coverage >= SUPPORT_COVERAGE and (other := _another_offence(claim, whole, passage, missing)):
        return "contradicts", f"{shares}; disagrees: {other}"
    if coverage >= SUPPORT_COVERAGE and not missing:
        # (a word of time says nothing of them: "for the third year in a row" against "in this year's championships")
        said_of_them = content - {stem(w) for n in claim.names for w in n.split()} - TITLE_STEMS - TIME_WORDS
        said_too = _held(said_of_them, whole.content) or (
            {v for v, _, _ in claim.numbers} & {v for v, _, _ in whole.numbers}) or (
            len(_untold_tallies(claim, whole, told)) < len(_tallies(claim.text)))  # "by three goals to one"
        if len(said_of_them) >= 2 and not said_too:
            return "related", f"{shares}; but only the names and titles, nothing the claim says of them"
        return "supports", shares
    if missing:
        return "related", f"{shares}; but not {', '.join(missing)}"
    return "related", shares


def _another_side_beaten(claim: Facts, missing: list[str]) -> str | None:
    """The side the passage says was beaten, in the claim's own words, in place of the claim's ("beat Rangitoto
    Falcons 24-19 in the final" against "beat Harbour Albatross 24-19 ..."): a match has one opponent."""
    written = missing[0]
    if not re.search(rf"\b{BEATING}\s+(?:the\s+)?{re.escape(written)}\b", claim.text, re.IGNORECASE):
        return None
    return next((m.group(1) for given in missing[1:]
                 if (m := re.fullmatch(rf"'{re.escape(written)}' \(the passage: '(.+)'\)", given))), None)


def _another_agent(claim: Facts, passage: str) -> str | None:
    """A name of two words or more that the passage says did it, after "by" ("The survey ... was carried out by the
    Vindhya Health Research Trust", "found by divers from the Coral Sea Conservation Alliance"), that the claim does
    not name and that is no country, people or month."""
    for m in AGENT_BY.finditer(passage):
        # (a title before the name is no part of it: "by Justice Yaw Boateng", "by Prof. Gareth Lloyd-Evans")
        words = list(itertools.dropwhile(lambda w: w.lower().rstrip(".") in ROLE_TITLES | TITLE_ABBREVIATIONS,
                                         m.group(2).split()))
        other = " ".join(words)
        if len(words) < 2 or set(m.group(1).split()) & NOT_AFFILIATION or words[0].lower() in NOT_A_NAME \
                or _a_country(_name(other)) or _named_by_claim(claim, _name(other)):
            continue
        return other
    return None


def _another_in_the_post(claim: Facts, passage: str, person: str) -> str | None:
    """Another person's name of two words or more that a passage sentence gives next to the post the claim gives its
    person (within a few words either side), which names nothing the claim names and no body, in a sentence that gives
    no other year than the claim's."""
    posts = next((posts for name, posts in claim.posts if name == person), frozenset())
    years = {when.year for when, _ in claim.dates}
    for sentence in _sentences(passage) if posts else ():
        if {when.year for when, _ in passage_facts(sentence).dates} - years:
            continue  # another year's holder is another event's, a near miss ("In 2020 ... the tug operator")
        at = [m.start() for m in WORD.finditer(sentence)  # (and a post's last part: "vice-chancellor")
              if {stem(m.group(0).lower()), stem(m.group(0).lower().rsplit("-", 1)[-1])} & posts]
        for m in PASSAGE_NAME.finditer(sentence):
            other = BEFORE_A_NAME.sub("", m.group(0))
            words = _name(other).split()
            # (not the place or body the post is of: "the municipal president of Santa Rosa Xaltepec")
            if len(words) >= 2 and not {w[:6] for w in words} & GENERIC_NAME_WORDS and not _a_country(_name(other)) \
                    and not re.search(r"\b(?:of|in|at|from|for|to)\s+(?:the\s+)?$", sentence[:m.start()]) \
                    and not _named_by_claim(claim, _name(other)) \
                    and any(-60 <= m.start() - position <= 60 for position in at):
                return other
    return None


def _held(words: frozenset, passage_words: frozenset) -> frozenset:
    """The claim's words a passage holds, itself or in a word of the same sense ("detained" for "arrested")."""
    senses = {_sense(w) for w in passage_words}
    return frozenset(w for w in words if w in passage_words or _sense(w) in senses)


def _sense(stemmed: str) -> str:
    """The word a stem's group of same-sense words goes by ("detain" for "arrest"), else the stem itself."""
    return SENSE_OF.get(stemmed, stemmed)


def _in_passage(stemmed: str, passage: str) -> str:
    """The passage's word for a claim's word it gives in another ("staff" for "employees")."""
    return next((w for w in _words(passage) if SENSE_OF.get(stem(w)) == SENSE_OF[stemmed]), stemmed)


def _as_written(claim: Facts, stemmed: str) -> str:
    """A stem shown as the claim writes it ("president", not "presid"): reasons are read by people."""
    word = min((w for w in claim.words if stem(w) == stemmed), key=lambda w: (len(w), w), default=stemmed)
    return _written(word, claim.text, default=word)


def _written(name: str, *texts: str, default: str | None = None) -> str:
    """A lower-cased name or word as the first text that has it writes it ("ICC", "McAllister"), else `default`
    (a name in title case)."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    found = next(filter(None, (re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE) for text in texts)), None)
    return found.group(0) if found else default or name.title()


def _conflicts(claim: Facts, sentence: str, whole: Facts, passage: str, after: dt.date | None) -> list[str]:
    found = []
    here = passage_facts(sentence)
    passage_stems = whole.content
    # (another kind of thing from another doer is another event: "taxi app Ryda" against "delivery app Snelbox")
    for modifier, head, written in claim.terms if _names_everyone(claim, whole) else ():
        if modifier in passage_stems or "-" in modifier:
            continue  # the passage uses the claim's own term somewhere (or a part of "heart-valve" is no rival)
        # (a capitalised word is part of a name: "the Marsa Group operator" is no rival of "resort operator")
        before_head = re.compile(rf"\b([a-z]+)\s+{re.escape(head[:5])}\w*", re.IGNORECASE)
        # (nor a word that only rates or counts it, "national", "fastest", "million", nor the claim's in other words)
        # (nor the subject of a verb with the head's stem: "homes supplied by" is no rival of "household supply")
        rivals = sorted({m.group(1) for m in before_head.finditer(passage)
                         if m.group(1).lower() not in STOP_WORDS | NOT_A_KIND and len(m.group(1)) > 3
                         and not (m.group(0).endswith("ed") and not head.endswith("ed"))
                         and stem(m.group(1)) not in claim.content  # "commuter line" for "commuter rail line"
                         and m.group(1).islower() and not m.group(1).endswith(("ed", "ly", "ing"))
                         and not _verb_and_object(m.group(1), m.group(0))
                         and _number(m.group(1)) is None and _sense(stem(m.group(1))) != _sense(modifier)})
        if rivals:
            found.append(f"'{written}' vs '{rivals[0]} {written.split()[-1]}'")
    # another year's figure is a near miss, whatever its numbers and dates; so are another race's ("won the men's 200
    # metres ... in 20.91 seconds")
    another_period = _another_period(claim, here)
    races, given_races = _races(claim.text), _races(sentence)
    another_race = bool(races and given_races and not races.keys() & given_races.keys())
    # (another number for another name is another event, a near miss: "pardoned 2,100 prisoners on Union Day" against
    # "3,500 prisoners on Independence Day")
    # (a country left out says nothing of which: "38 people died in the Philippines" against "killed 26 people"; nor
    # does a capitalised first word the passage writes as a word: "Flash floods", "House rents")
    # (nor a name only in the claim's background: "... on Friday amid signs that Russia's influence in parts of the
    # Soviet Union ... is under pressure")
    unnamed = claim.names - claim.describing - claim.broader - _shared_names(claim, whole)
    unnamed_too = any(not _a_country(name) and not _named_in_words(name, passage) and not _in_background(name, claim)
                      and not (" " not in name and stem(name) in whole.content) for name in unnamed)
    for value, counted, written in () if another_period or another_race else claim.numbers:
        if not counted:
            # a bare figure ("rose to 310,000") is the claim's to find, but what it counts is unknown; unless both give
            # it as a price reached in one currency ("cut the price ... to £1.35" against "reduced it to £1.45")
            found += _other_price_reached(written, claim.text, sentence, whole)
            continue
        if value in races:
            continue  # which race, not how far: another distance is another race, a near miss
        if counted in BARE_AMOUNTS and not _names_everyone(claim, whole):
            continue  # an amount with no noun ("$22 million") is the claim's only where the passage names its parties
        # (shown in the claim's unit where the passage gives it so: "70 minutes" before "two hours")
        # (a count of the same things in another word: "24 jets" against "42 narrow-body aircraft")
        # (not a figure only asked for: "10 percent, less than the 15 percent that students had demanded")
        # (nor what it was before: "an hour and a half instead of nearly four hours", unless the claim gives that too:
        # "from 21 percent to 19 percent")
        if f"from {written} to " in claim.text and any(_fits(claim, value, v) for v, _, _ in whole.numbers):
            continue  # what the claim says it came from, which the passage gives ("down from the eight imposed")
        before = _figures_before(sentence)
        # (unless the claim's figure is itself one asked for or offered: "offered 2 billion crowns")
        asked = {v for clause in _clauses(sentence) if DEMANDED.search(clause) and not DEMANDED.search(claim.text)
                 for v, _, _ in passage_facts(clause).numbers} | (
            before if not any(_fits(claim, value, v) for v in before) else set())
        # (not where a place lies, unless the claim says where: "200 km south of Ulaanbaatar", "2,200 metres above
        # sea level" against a telescope's "1.5-metre")
        placed = set() if _a_position(written, claim.text) else {w for _, _, w in here.numbers
                                                                  if _a_position(w, sentence)}
        # ("two of them", where the passage counts the claim's things: "Five icons were taken ... police recovered two
        # of them"; the claim's own figure so given is the claim's: "took five icons ... returned three of them")
        counted_before = any(_same_count(c, counted.removeprefix("of ")) for _, c, _ in whole.numbers)
        if counted_before and any(_fits(claim, value, v) for v, c, _ in whole.numbers if c in PARTITIVE):
            continue
        partitive = {v for v, c, _ in here.numbers if c in PARTITIVE} if counted_before else set()
        # (nor another figure the claim gives itself: "by 55 votes to 38" against "55 members ..., against 38, voted")
        others = {v for v, _, _ in claim.numbers} - {value}
        same = sorted(((v, w) for v, c, w in here.numbers if (_same_count(c, counted) or v in partitive)
                       and v not in asked | others and w not in placed),
                      key=lambda given: _unit(given[1].split()[-1]) != counted)
        if not same and not any(_fits(claim, value, v) for v, c, _ in whole.numbers if _same_count(c, counted)):
            same = _counted_elsewhere(claim, counted, sentence, passage)  # "In March 2025 it stood at 29 percent"
        if same and not any(_fits(claim, value, v) for v, _ in same):
            found.append(f"'{written}' vs '{same[0][1]}'")
    if found and unnamed_too:
        return []  # another number for another name: another event, a near miss, whatever its dates
    # (and the sentence's reporting verb where the date is the saying's: "said on 3 February", "On 13 November, ...
    # officials said"; a claim dated by when it was said)
    # (any reporting verb is the saying's: "said on Tuesday" / "announced on Tuesday 3 September")
    told_here = here.content | (REPORTING if SAID_ON.search(sentence) and REPORTING & _verbs_in(sentence)
                                else frozenset())
    # (a prize won is a prize given or received: "was presented to Irina Dobrescu ... on Thursday 7 November",
    # "Khady Thiam received it in 2019")
    if claim.verbs & WINNING and (GIVEN_TO.search(sentence) or RECEIVED.search(sentence)):
        told_here |= WINNING
    dated = sorted(((len(event & told_here), when) for when, event in claim.dates
                    if event & told_here and not another_period), key=lambda pair: -pair[0])
    # (a first happens once: a sentence that tells of the same first dates it, whatever its verb: "won the Albanian
    # Cup for the first time in 2023" / "lifted the Albanian Cup for the first time in 2021")
    same_first = "first" in claim.ordinals and bool(_firsts(claim.text) & _firsts(sentence))
    if not dated and same_first and not another_period:
        dated = [(0, when) for when, _ in claim.dates]
    when = dated[0][1] if dated else None
    passage_dates = _days_given(here, when) if when else [p for p, _ in here.dates]
    if found and when is None and claim.dates and passage_dates \
            and all(p.year != claimed.year for claimed, _ in claim.dates for p in passage_dates):
        return []  # another figure in another year, though the passage dates another step of it: a near miss
    if _only_intended(claim, sentence):
        passage_dates = []  # "In 2021 the cooperative applied for certification": the date of another step
    if after is not None:  # a later event cannot be the one a past-tense claim reports
        passage_dates = [p for p in passage_dates if not p.after(after)]
    if when and when.day is not None and any(p.day is not None for p in passage_dates):
        # (a bare year beside a day says less of it: "The 2024 Lumina Lină Prize ... on Thursday 7 November 2024")
        passage_dates = [p for p in passage_dates if p.month is not None]
    if when and passage_dates:
        if found and not any(when.agrees(p) for p in passage_dates) and any(p.year != when.year for p in passage_dates):
            return []  # another figure or kind, in another year: another event, a near miss
        near = [p for p in passage_dates if abs(p.year - when.year) < ANOTHER_EVENT_YEARS]
        if (when.day is not None or when.days) and not claim.ordinals:
            # a claim dated to the day or week ("on Sunday", "last week") against another year is another occasion,
            # unless a first, or a day of the same weekday (the claim's "Thursday" is the passage's, its year wrong)
            near = [p for p in near if p.year == when.year or p.day is not None and when.day is not None
                    and _weekday(p) == _weekday(when)]
        # the same month of another year is another round of what comes yearly: a price rise "in March 2023", the
        # 2023 festival "in February"; but not of the same first ("the first Khujand Marathon")
        near = [p for p in near if p.year == when.year or p.month is None or p.month != when.month or same_first]
        if near and not any(when.agrees(p) for p in passage_dates) and not _year_of_a_name_untold(claim, when, whole):
            if found or unnamed_too and _named_otherwise(claim, passage):
                return []  # another date and another kind, figure or name too: another event, a near miss
            precise = [p for p in near if (p.day is not None) >= (when.day is not None)] or near
            found.append(f"{when} vs {precise[0]}")
    elif not found and not _only_urged(claim, sentence) and _names_everyone(claim, whole) \
            and _has_the_rest(claim, whole, frozenset()):
        found += _dated_otherwise(claim, here, sentence, after) or _dated_elsewhere(claim, sentence, passage, after)
    if not another_period and _has_the_rest(claim, whole, frozenset()):
        found += _other_share(claim, here, sentence) + _other_rate(claim, here, sentence) + _other_frequency(
            claim, sentence)
        if _names_everyone(claim, whole):
            found += _other_time(claim.text, sentence)
    # another century for what the claim dates by its century ("mosaic floors dated to the fourth century AD")
    centuries, given = _centuries(claim.text), _centuries(sentence)
    if centuries and given and not centuries.keys() & given.keys():
        found.append(f"'{next(iter(centuries.values()))}' vs '{next(iter(given.values()))}'")
    # and another year before Christ for what the claim dates so, the passage giving the claim's nowhere ("the lowest
    # layer ... to around 3500 BC")
    eras, given = _years_bc(claim.text), _years_bc(passage)
    if eras and given and not eras.keys() & given.keys():
        found.append(f"'{next(iter(eras.values()))}' vs '{next(iter(given.values()))}'")
    # (another year's holder of the post is another event's, a near miss: "In 2019 a Santo Domingo court acquitted
    # clinic owner Héctor Lamarche" against "on Wednesday acquitted clinic owner Maribel Otañez")
    years = {when.year for when, _ in claim.dates}
    for office, name, qualifier in () if _of_other_years(years, whole) else claim.roles:
        rivals = [other for role, other, whose in whole.roles
                  if role == office and other != name and not any(n == other or n in other.split() for n in claim.names)
                  and (whose <= qualifier or qualifier <= whose)]
        if rivals and (name not in passage.lower() or _in_another_post(name, office, qualifier, passage)):
            found.append(f"'{_written(name, claim.text)}' vs '{_written(rivals[0], passage)}' as {office}")
    if _names_everyone(claim, whole):  # not another court's "2-1", nor another runner's time
        found += _other_tally(claim.text, passage) + _other_race_time(claim.text, passage)
    found += _rival_outcomes(claim, here, whole, passage) + _other_purpose(claim, whole, passage)
    if _names_everyone(claim, whole) and _has_the_rest(claim, whole, frozenset()):
        found += _suspended_instead(claim, passage)
    found += _set_aside(claim, whole, passage)
    doer = _another_doer(claim, passage)
    if doer:
        found.append(doer)
    overlap = len(claim.content & here.content) / max(1, len(claim.content))
    before_a_first = _before_a_first(claim, passage)
    negated_here = any(_negated(clause, claim) and _event_words(claim) & passage_facts(clause).content
                       and clause not in before_a_first
                       for clause in _clauses(sentence))  # not "..., but the company did not comment"
    # ("Nobody was injured" against "... fought the fire for six hours. No one was hurt.")
    if claim.negated and not negated_here:
        negated_here = any(_negated(clause, claim) and _held(_event_words(claim), passage_facts(clause).content)
                           for clause in _clauses(passage))
    # (not a sentence of another year than the claim's: "was convicted ... in 2021" against "acquitted ... in March
    # 2024", an earlier step)
    if claim.negated != negated_here and overlap >= 0.6 and not found and not _denies_it(claim, here) \
            and not _of_other_years(years, here):
        found.append("a negation: the claim says " + ("it is not so" if claim.negated else "it is so")
                     + ", the passage the opposite")
    affirmed = None if found or _denies_it(claim, here) else _affirmed(claim, whole, passage)
    if affirmed:
        found.append(f"a negation: the claim says '{affirmed}' did not happen, the passage that it did")
    gainsaid = None if found or claim.negated or _denies_it(claim, here) else _gainsaid(claim, whole, passage)
    if gainsaid:
        found.append(f"a negation: the passage says '{gainsaid}'")
    undone = None if found or claim.negated or claim.accuses or claim.rejects else _undone(claim, whole, passage)
    if undone:
        found.append(f"the passage says it did not happen: '{undone}'")
    held = None if found or claim.negated else _went_ahead(claim, whole, passage)
    if held:
        found.append(f"the passage says it went ahead: '{held}'")
    opposite = None if found else _said_opposite(claim, whole, passage)
    if opposite:
        found.append(f"a negation: '{opposite[0]}' vs '{opposite[1]}'")
    place = None if found else _other_place(claim, whole, passage)
    if place:
        found.append(f"'{place[0]}' vs '{place[1]}'")
    used = None if found else _used_after_all(claim, whole, passage)
    if used:
        found.append(f"a negation: the claim says without '{used[0]}', the passage '{used[1]}'")
    below = None if found else _ranked_below(claim, whole, passage)
    if below:
        found.append(below)
    behind = None if found else _placed_behind(claim, passage)
    if behind:
        found.append(behind)
    actor = None if found else _another_actor(claim, passage)
    if actor:
        found.append(actor)
    return found


def _verb_and_object(word: str, phrase: str) -> bool:
    """Whether a word before a plural noun is a verb's third person, not a kind of the noun: "runs shelters",
    "builds ferries" (a kind is singular before a plural: "migrant shelters")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and phrase.endswith("s")


def _undone(claim: Facts, whole: Facts, passage: str) -> str | None:
    """What the claim says was done, which the passage says was stopped, put off or voted down ("has shelved
    its plans for a direct route" against "launched a direct route"), when it has the rest of the claim and
    every name in it and never says the claim's verb was done."""
    # (what it says will be done, too: "will close six front counters")
    verbs = {claim.event[0]} if claim.event else claim.verbs - REPORTING
    if not verbs or not _names_everyone(claim, whole) or UNDOING.search(claim.text):
        return None  # (a claim that something was called off is not gainsaid by its being put off)
    if not _has_the_rest(claim, whole, verbs):
        return None
    clauses = _clauses(passage)
    senses = {_sense(verb) for verb in verbs}
    stopping = [(c, m) for c in clauses for m in [UNDONE.search(c)] if m
                and not (verbs & ENDING and not GOING_ON_STILL.match(m.group(0)))
                # (what the claim says was kept is told by its being left unchanged: "upheld the sentence")
                and not (verbs & KEEPING and m.group(0).lower().endswith("unchanged"))
                # (nor the claim's own act told in the passive: "were beaten by three goals to one" for "beat")
                and not (re.match(r"(?:was|were|been)\s", m.group(0), re.IGNORECASE)
                         and _sense(stem(m.group(0).split()[-1])) in senses)
                # (nor what someone only called for, or keeping something going as an aim: "called for the cap to be
                # scrapped", "the money the city pays to keep its buses running")
                and not URGING.search(c[:m.start()])
                and not (GOING_ON_STILL.match(m.group(0)) and re.search(r"\bto\s+$", c[:m.start()]))]
    if not stopping:
        return None
    # the claim's verb done somewhere, in a clause that stops nothing and is not an aim ("to reopen")
    # (not its noun: "The launch of the water taxi service, planned for April, was postponed")
    # (nor what is only to be done: "proposed that the daily minimum ... be raised")
    words = _words(passage)
    done = [i for i, w in enumerate(words)
            if stem(w) in verbs and not _a_noun(words, i) and not (i and words[i - 1] in ("to", "be"))]
    plain = [c for c in clauses if not UNDONE.search(c) and not _negated(c)]
    if done and any(verbs & _verbs_in(c) for c in plain):
        return None
    return stopping[0][1].group(0)


def _verbs_in(clause: str) -> frozenset:
    """Stems of a clause's words, but those a determiner makes nouns ("the launch", "its opening")."""
    words = _words(clause)
    return frozenset(stem(w) for i, w in enumerate(words) if not _a_noun(words, i))


def _a_noun(words: list[str], i: int) -> bool:
    """Whether a determiner or a preposition before the word at `i` makes it a noun ("the launch", "an order", "for
    approval"), not a verb ("to approve", "by approving")."""
    return i > 0 and (words[i - 1] in NOUN_BEFORE or words[i - 1] in PREPOSITIONS - {"to"}
                      and not words[i].endswith(("ed", "ing")))


def _firsts(text: str) -> set[str]:
    """The words a text says are first: "for the first time" gives "time", "the first Khujand Marathon" "khujand"."""
    return {following.lower() for word, following in itertools.pairwise(_words(text)) if word.lower() == "first"}


def _dated_otherwise(claim: Facts, here: Facts, sentence: str, after: dt.date | None) -> list[str]:
    """The claim's day or month against another in the same year, in a passage sentence that words the event
    otherwise ("struck ... on 14 August 2023" against "shook Taungbo-Sin ... on 4 August 2023"), of a passage with
    every name and the rest of the claim: another date for the same event; not the date of an aim ("In May 2023 the
    board said it intended to list")."""
    words = _words(sentence)
    if any(stem(w) in INTENDING and following == "to" for w, following in itertools.pairwise(words)):
        return []
    for when, _ in claim.dates:
        given = [p for p in _days_given(here, when) if p.month is not None and not (after and p.after(after))]
        same_year = [p for p in given if p.year == when.year and (p.day is not None) >= (when.day is not None)]
        if when.month is not None and same_year and not any(when.agrees(p) for p in given):
            return [f"{when} vs {same_year[0]}"]
    return []


def _dated_elsewhere(claim: Facts, sentence: str, passage: str, after: dt.date | None) -> list[str]:
    """The claim's date against another as precise, near it, in the passage's other sentences on the same event,
    none of which gives the claim's ("Ecuador suffered months of power cuts. The ministry ended them on 6 January
    2025" against "ended ... on 20 December 2024"): another date for the same event."""
    for when, event in claim.dates:
        given = [p for other in _sentences(passage) if other != sentence and event & passage_facts(other).content
                 and not _only_intended(claim, other)
                 for p in _days_given(passage_facts(other), when) if not (after and p.after(after))]
        near = [p for p in given if abs(p.year - when.year) < ANOTHER_EVENT_YEARS
                and (p.day is not None) >= (when.day is not None) and (p.month is not None) >= (when.month is not None)]
        if near and not any(when.agrees(p) for p in given):
            return [f"{when} vs {near[0]}"]
    return []


def _weekday(when: When) -> int:
    return dt.date(when.year, when.month, when.day).weekday()


def _figures_before(sentence: str) -> set[str]:
    """The figures a sentence gives as what was before, which a claim of what is now cannot be: "takes an hour and a
    half instead of nearly four hours", "down from 41 percent", "rose from 3,100 to 3,600"."""
    return {v for m in FORMERLY.finditer(sentence)
            for v, _, _ in passage_facts(re.split(r",(?!\d)|[;:]|\s+to\s+", sentence[m.end():])[0]).numbers}


def _counted_elsewhere(claim: Facts, counted: str, sentence: str, passage: str) -> list[tuple[str, str]]:
    """(value, as written) of the claim's count of `counted` given in another passage sentence on the same matter
    (two more of the claim's words), not of another year, of an aim, or of now against what will be: the figure
    the passage puts in the claim's place."""
    found, years = [], {when.year for when, _ in claim.dates}
    for other in _sentences(passage):
        facts = passage_facts(other)
        if other == sentence or len(_held(claim.content, facts.content) - {counted}) < 2 \
                or years and {when.year for when, _ in facts.dates} - years or _only_intended(claim, other) \
                or PENDING.search(other) or AIMED.search(other) or claim.future and not FUTURE.search(other):
            continue
        asked = {v for clause in _clauses(other) if DEMANDED.search(clause) and not DEMANDED.search(claim.text)
                 for v, _, _ in passage_facts(clause).numbers}
        found += [(v, w) for v, c, w in facts.numbers if _sense(c) == _sense(counted) and v not in asked]
    return found


def _fractions(text: str) -> dict[float, str]:
    """The shares a text gives in words, as percentages, with how it writes them: {33.3: "a third"}; "one in every
    three" and "nine out of ten" too."""
    found = {}
    for m in SHARE_IN.finditer(text):
        part, whole = float(_number(m.group(1)) or 0), float(_number(m.group(2)) or 0)
        if 0 < part < whole:
            found[round(100 * part / whole, 1)] = m.group(0)
    for m in FRACTION.finditer(text):
        if m.group(3):
            found[50.0] = m.group(0)
        else:
            count = 1 if m.group(1).lower() in ("a", "one") else NUMBER_WORDS[m.group(1).lower()]
            found[round(100 * count / PARTS[m.group(2).lower()], 1)] = m.group(0)
    return found


def _other_share(claim: Facts, here: Facts, sentence: str) -> list[str]:
    """A share the claim gives, in words or as a percentage, against another the passage sentence gives ("fell by a
    third" against "roughly halved", "three quarters" against "41 percent"), where one of them is in words (the
    counts compare two percentages): as each writes it. Shares within five points are the same ("a third" is 33
    percent), and so is what is left of the whole ("three-fifths of their usual water" is a cut of 40 percent)."""
    ours, theirs = _fractions(claim.text), _fractions(sentence)
    if not ours and not theirs or not _held(claim.verbs - REPORTING, here.content):
        return []  # (a share of something else: "exports half its output" against "orders fell by a quarter")
    ours |= {float(v): w for v, c, w in claim.numbers if c == "percent"}
    theirs |= {float(v): w for v, c, w in here.numbers if c == "percent"}
    if not ours or not theirs or any(_same_share(a, b) for a in ours for b in theirs):
        return []
    return [f"'{next(iter(ours.values()))}' vs '{next(iter(theirs.values()))}'"]


def _other_rate(claim: Facts, here: Facts, sentence: str) -> list[str]:
    """The claim's figure, which the passage sentence gives per another unit ("25,000 rupees per hectare" against
    "25,000 rupees per acre", "1,200 pesos a month" against "1,200 pesos a week"): as each writes it."""
    for value, _, written in claim.numbers:
        ours = re.search(rf"{re.escape(written)}\s+{RATE_UNIT}", claim.text, re.IGNORECASE)
        for given, _, theirs_written in here.numbers if ours else ():
            theirs = re.search(rf"{re.escape(theirs_written)}\s+{RATE_UNIT}", sentence, re.IGNORECASE)
            # (the same unit in another form is no other: "per kg" is "per kilogram", "a kilo" too)
            if given == value and theirs and _unit(theirs.group(1)) != _unit(ours.group(1)):
                return [f"'{ours.group(0)}' vs '{theirs.group(0)}'"]
    return []


def _times_in_a_period(text: str) -> dict[tuple[float, str], str]:
    """How often a text says a thing happens in a period, with how it writes it: {(2, "week"): "twice a week"}
    ("three days a week", "twice-weekly" and "two times a week" too)."""
    found = {}
    for m in HOW_OFTEN.finditer(text):
        word = m.group(1).lower()
        count = TIMES.get(word) or (_number(word) if re.search(r"\s(?:times|days)\s", m.group(0)) else None)
        if count is not None:
            found[(float(count), m.group(2).lower())] = m.group(0)
    return found


def _other_frequency(claim: Facts, sentence: str) -> list[str]:
    """How often the claim says a thing happens, against another count in the same period in the passage sentence
    ("twice a week" against "three days a week"): as each writes it."""
    ours, theirs = _times_in_a_period(claim.text), _times_in_a_period(sentence)
    for (count, period), written in ours.items():
        rivals = [w for (c, p), w in theirs.items() if p == period and c != count]
        if rivals and (count, period) not in theirs:
            return [f"'{written}' vs '{rivals[0]}'"]
    return []


def _other_purpose(claim: Facts, whole: Facts, passage: str) -> list[str]:
    """A contract, licence or permit the claim says is for one thing, which the passage gives for another and never
    for the claim's ("won the contract to design ... construction will be tendered separately" against "the contract
    to build"): as each writes it."""
    found = []
    for noun, purpose, written in _purposes(claim.text):
        given = [(p, w) for n, p, w in _purposes(passage) if n == noun]
        if given and not any(p == purpose for p, _ in given) and _has_the_rest(claim, whole, {stem(purpose)}):
            found.append(f"'{written}' vs '{given[0][1]}'")
    return found


def _purposes(text: str) -> list[tuple[str, str, str]]:
    """(the thing's stem, what it is for, as written) of each contract, licence or permit a text gives a purpose:
    "the contract to build"; not whom it went to ("the contract to Orsk Build", "the contract to the consortium")."""
    return [(stem(m.group(1).lower()), m.group(2), m.group(0)) for m in PURPOSE.finditer(text)
            if m.group(2).islower() and m.group(2) not in STOP]


def _suspended_instead(claim: Facts, passage: str) -> list[str]:
    """A prison sentence the claim says was served or imposed to be served ("sentenced ... to seven years in
    prison"), which the passage gives as suspended: as each writes it."""
    served = SERVED.search(claim.text)
    if not served or "suspend" in claim.text.lower() or any(  # (not where it gives one served too: "his deputy ...")
            SERVED.search(c) and "suspend" not in c.lower() for c in _clauses(passage)):
        return []
    suspended = SUSPENDED_SENTENCE.search(passage)
    return [f"'{served.group(0)}' vs '{suspended.group(0)}'"] if suspended else []


def _same_share(a: float, b: float) -> bool:
    """Two percentages within five points of each other, or of what the other leaves of the whole (a cut of 40
    percent is "three-fifths of their usual water")."""
    return min(abs(a - b), abs(a + b - 100)) <= 5


def _years_bc(text: str) -> dict[int, str]:
    """The years before Christ a text names, with how it writes them: {3500: "3500 BC"}."""
    return {int(m.group(1).replace(",", "")): m.group(0) for m in YEAR_BC.finditer(text)}


def _centuries(text: str) -> dict[int, str]:
    """The centuries a text names, with how it writes them: {6: "sixth century"}."""
    return {int(m.group(1)) if m.group(1) else ORDINAL_WORDS.index(m.group(2).lower()) + 1: m.group(0)
            for m in CENTURY.finditer(text)}


def _another_period(claim: Facts, here: Facts) -> bool:
    """A claim that counts something over a year ("handled 1.9 million containers in 2023") against a passage
    sentence that gives another year only: the same kind of figure for another period, not the claim's."""
    years = {when.year for when, _ in claim.dates}
    if not claim.numbers or not years or claim.ordinals or any(when.month for when, _ in claim.dates):
        return False
    passage_years = {when.year for when, _ in here.dates}
    return bool(passage_years) and not passage_years & years


def _shares_of(passage: Facts) -> set[str]:
    """The percentages a passage's figures make, one of another or as a change from it ("48,000 of the 120,000
    tonnes" is 40 percent, "3,410 cases against 2,390" a rise of 43 percent), to a tenth of a point and to the whole
    one; of the figures of 100 or more it writes, not years."""
    figures = {float(v) for v, _, written in passage.numbers  # (as written: "1,950 cases", not a conversion of it)
               if float(v) >= 100 and _number(written.split()[0]) == v and not dates.YEAR.fullmatch(written.split()[0])}
    shares = [share for a, b in itertools.permutations(figures, 2) for share in (a / b * 100, abs(a - b) / b * 100)]
    return {f"{rounded:g}" for share in shares for rounded in (round(share, 1), round(share))}


def _same_count(given: str, counted: str) -> bool:
    """Whether a passage's count counts what the claim's does: the same thing in any word of its sense, or people
    for an audience ("24,000 people attended" against "42,000 visitors")."""
    return _sense(given) == _sense(counted) or given in PERSONS and counted in AUDIENCES


def _fits(claim: Facts, value: str, given: str) -> bool:
    """Whether a passage's figure is the claim's count, as the claim bounds it: "more than 6,000" is 6,400 (up to
    half as much again), "about 3,000" is within a tenth of it, "fewer than 30" is 15 to 29; unbounded, the same."""
    if given == value:
        return True
    bound = next((kind for v, kind in claim.bounds if v == value), None)
    claimed, found = float(value), float(given)
    if bound == "min":
        return claimed < found <= claimed * 1.5
    if bound == "max":
        return claimed * 0.5 <= found < claimed
    return bound == "about" and abs(found - claimed) <= claimed / 10


def _year_of_a_name_untold(claim: Facts, when: When, whole: Facts) -> bool:
    """Whether the claim's year is that of a name the passage does not give ("the 2026 Winter Olympics" against "the
    2025 World Championships"): another year there is another event's, a near miss."""
    given = re.search(rf"\b{when.year}\s+([{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)*)", claim.text)
    return bool(given) and not any(name_found(_name(given.group(1)), other) for other in whole.names)


def _a_position(written: str, text: str) -> bool:
    """Whether a figure says where a place lies, not how big a thing is ("200 km south of", "2,200 metres above sea
    level", "30 kilometres from")."""
    return written.split()[0].lower() in _positions(text)


@functools.lru_cache(maxsize=4096)
def _positions(text: str) -> frozenset:
    """The figures of a text that say where a place lies, lower-cased as written ("200" of "200 km south of")."""
    return frozenset(m.group(1).lower() for m in POSITIONED.finditer(text))


def _tallies(text: str) -> dict:
    """Votes, scores and ranges in a text, as their two numbers in order, with how the text writes them."""
    return {tuple(sorted(0.0 if n.lower() == "nil" else float(_number(n)) for n in m.groups() if n)): m.group(0)
            for m in TALLY.finditer(text)}  # ("four goals to nil" is 4-0)


def _untold_tallies(claim: Facts, whole: Facts, told: str) -> list[str]:
    """The claim's scores and votes, as written, that the passage gives neither as a tally nor as its two numbers."""
    given, values = _tallies(told), {float(v) for v, _, _ in whole.numbers}
    return [written for tally, written in _tallies(claim.text).items()
            if tally not in given and not set(tally) <= values]


def _other_tally(claim_text: str, passage: str) -> list[str]:
    """The passage gives a tally and never the claim's ("voted 14 to 9" against "by fourteen votes to eleven")."""
    claimed, given = _tallies(claim_text), _tallies(passage)
    if not claimed or not given or set(claimed) & set(given):
        return []
    return [f"'{next(iter(claimed.values()))}' vs '{next(iter(given.values()))}'"]


def _in_background(name: str, claim: Facts) -> bool:
    """Whether a name of the claim is only in what it gives as background, after "amid" or "despite"."""
    background = BACKGROUND.search(claim.text)
    return bool(background) and _written(name, claim.text).lower() not in claim.text[:background.start()].lower()


def _other_race_time(claim_text: str, passage: str) -> list[str]:
    """The passage gives a race time and never the claim's ("in 2:29:40" against "in 2:26:10"); not one so far from
    it that it is another distance's ("1:01:30" for a half marathon against a marathon's "2:08:14")."""
    claimed, given = RACE_TIME.findall(claim_text), RACE_TIME.findall(passage)
    if not claimed or not given or set(claimed) & set(given):
        return []
    ours, theirs = _seconds(claimed[0]), _seconds(given[0])
    if max(ours, theirs) > ANOTHER_DISTANCE * min(ours, theirs):
        return []
    return [f"'{claimed[0]}' vs '{given[0]}'"]


def _seconds(time: str) -> float:
    """A race time in seconds: "2:26:10" is 8,770, "1:59.42" is 119.42."""
    return functools.reduce(lambda total, part: total * 60 + float(part), time.split(":"), 0.0)


def _clauses(passage: str) -> list[str]:
    """The passage's clauses: a negation reaches no further ("Profits rose, but the company did not comment")."""
    return [c.strip() for s in _sentences(passage) for c in CLAUSE_BREAK.split(s) if c.strip()]


def _negated(clause: str, claim: Facts | None = None) -> bool:
    """Whether a clause says something is not so; against a `claim` that speaks of no plea, a plea of not guilty
    says nothing (a trial's start says nothing of its verdict)."""
    if CONDITION.match(clause):
        return False  # a condition: "if the government refused to negotiate" says it has not refused
    if claim is not None and not PLEADING.search(claim.text):
        clause = PLEA.sub("", clause)
    # a failing the claim tells too: "failures in its controls" / "had failed"; or what failed against the claim's
    # survivor: "survived a no-confidence vote" / "The opposition's attempt to bring down ... failed"
    if claim is not None and (FAILURES.search(claim.text) or WITHSTOOD.search(claim.text)):
        clause = FAILED.sub("", clause)
    if claim is not None and not claim.negated and PROHIBITING.search(claim.text):
        if STILL_ALLOWED.search(clause):
            return True  # what may still be done was not banned: "licensed divers may still harvest it"
        if PERMITTED.search(clause):
            return False  # a ban is told by what may no longer be done: "may no longer be hooked up to the gas network"
    return bool(NEGATION.search(NOT_NEGATING.sub("", clause)))


def _gainsaid(claim: Facts, whole: Facts, passage: str) -> str | None:
    """A clause of the passage that negates a word of the claim the passage uses nowhere else ("No fine was
    imposed" against "was fined", "Harbourline Ventures did not take part" against "led by Harbourline
    Ventures"), in a passage that has the rest of the claim and every name in it (the same event)."""
    clauses = _clauses(passage)
    before_a_first = _before_a_first(claim, passage)
    negated = [c for c in clauses if _negated(c, claim) and c not in before_a_first]
    if not negated or not _names_everyone(claim, whole) or not _has_the_rest(claim, whole, frozenset()):
        return None
    plain = set().union(*(passage_facts(c).content for c in clauses if c not in negated))
    wanted = _event_words(claim)
    return next((c.rstrip(".") for c in negated if wanted & passage_facts(c).content - plain), None)


def _of_other_years(years: set[int], given: Facts) -> bool:
    """Whether a passage or sentence dates what it tells only to years other than the claim's `years` (an earlier
    or later step, another event), where both give years."""
    return bool(years and given.dates and not years & {p.year for p, _ in given.dates})


def _before_a_first(claim: Facts, passage: str) -> set[str]:
    """For a claim of a first, the clauses of passage sentences that say how things stood until a time, no later than
    the claim's year: what there was none of then came before the first ("Until 2022 Ecuador had no legal limit", "No
    electric bus had ever carried passengers before 2023", against "set its first legal limit")."""
    if "first" not in claim.ordinals:
        return set()
    years = {when.year for when, _ in claim.dates}  # (not "had no metro until 2023" against "its first line in 2020")
    return {c for s in _sentences(passage) if (until := UNTIL_A_TIME.search(s))
            and not any(int(until.group(0)[-4:]) > year for year in years) for c in _clauses(s)}


def _said_opposite(claim: Facts, whole: Facts, passage: str) -> tuple[str, str] | None:
    """(the claim's word, the passage's) where a passage following the claim's wording puts the word's opposite by
    its prefix in its place ("unlawful" / "lawful", "legal" / "illegal"), or the other way ("up" / "down"), and has
    the rest of the claim."""
    for ours, theirs, _ in _put_in_place(claim, passage):
        if len(ours) != 1 or not _has_the_rest(claim, whole, {stem(ours[0])}):
            continue
        a, b = ours[0].lower(), theirs[0].lower()
        if any(a == p + b or b == p + a for p in NEGATING_PREFIXES) and len(min(a, b, key=len)) >= 4 \
                or len(theirs) == 1 and frozenset((a, b)) in OPPOSITE_WAYS:
            return ours[0], theirs[0]
    return None


def _other_place(claim: Facts, whole: Facts, passage: str) -> tuple[str, str] | None:
    """(the claim's place, the passage's) where a passage following the claim's wording puts another in its place
    ("finished third" / "finished fifth"), and has the rest of the claim; not another thing's number ("her second
    novel" is another novel, a near miss)."""
    places = {m.group(1).lower() for m in FINISHED_IN.finditer(claim.text)}
    if not places:
        return None
    for ours, theirs, _ in _put_in_place(claim, passage):
        if len(ours) == len(theirs) == 1 and ours[0].lower() in places and theirs[0].lower() in ORDINAL_WORDS \
                and _has_the_rest(claim, whole, {stem(ours[0])}):
            return ours[0], theirs[0]
    # (or says the claim's person finished in another place, in other words around it: "Her teammate Mireya Cango
    # finished ninth after struggling in the heat" against "Mireya Cango finished fourth in the women's marathon")
    for name in claim.names:
        ours = re.search(rf"\b{re.escape(name)}\s+{FINISHED_IN.pattern}", claim.text, re.IGNORECASE)
        for sentence in _sentences(passage) if ours else ():
            theirs = re.search(rf"\b{re.escape(name)}\s+{FINISHED_IN.pattern}", sentence, re.IGNORECASE)
            if theirs and not {w.lower() for w in _words(sentence)} & places \
                    and _has_the_rest(claim, whole, {stem(p) for p in places}):
                return ours.group(1), theirs.group(1)
    return None


def _races(text: str) -> dict[str, str]:
    """The distances that name races in a text ("the women's 100 metres", "the 200m butterfly"), as written."""
    return {_number(m.group(1) or m.group(2)): m.group(0) for m in RACE.finditer(text)}


def _ranked_below(claim: Facts, whole: Facts, passage: str) -> str | None:
    """The claim's first place or record, which a passage with the rest of the claim gives a lower place ("the most
    on record" against "the second-highest volume on record", "the highest level" against "the second-highest")."""
    firsts = FIRST_PLACE.findall(claim.text.lower())
    lower = LOWER_PLACE.search(passage)
    if not firsts or not lower or LOWER_PLACE.search(claim.text) \
            or not _has_the_rest(claim, whole, {stem(w) for w in firsts}):
        return None
    # (not where the passage gives the first place too, and the lower one to another thing: "Denmark's third-busiest
    # port ... It handled a record 14.2 million tonnes"; "on record" only says among what)
    rest = re.sub(r"\bon record\b", "", LOWER_PLACE.sub("", passage.lower()))
    if any(re.search(rf"\b{w}\b", rest) for w in firsts):
        return None
    return f"'{firsts[0]}' vs '{lower.group(0)}'"


def _used_after_all(claim: Facts, whole: Facts, passage: str) -> tuple[str, str] | None:
    """(the thing, the passage's words) where the claim says it was done without a thing and the passage that it
    was done with it ("without bottled oxygen" against "using bottled oxygen"), in a passage with the rest of the
    claim and every name in it."""
    things = list(WITHOUT_THING.finditer(claim.text))
    if not things or not _names_everyone(claim, whole) or not _has_the_rest(claim, whole, frozenset()):
        return None
    for m in things:
        head = m.group(1).split()[-1]
        used = re.search(rf"\b(?:with|using|used|uses|aided by|the help of)\s+(?:(?:a|an|the|some|its|their)\s+)?"
                         rf"(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\b", passage, re.IGNORECASE)
        if used and not re.search(rf"\bwithout\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b", passage, re.IGNORECASE):
            return m.group(1), used.group(0)
    return None


def _event_words(claim: Facts) -> frozenset:
    """What a negation must touch to deny the claim: what happened, who took part, and "first" (a stop word, so
    not among the content); not the words around them ("not involved in sanctions evasion" does not gainsay
    "fell under US sanctions")."""
    return (claim.verbs | {stem(w) for n in claim.names for w in n.split()} | claim.ordinals) - REPORTING


def _went_ahead(claim: Facts, whole: Facts, passage: str) -> str | None:
    """A clause of the passage saying that what the claim says was called off went ahead ("the 2023 Korvaj Sky Ultra
    went ahead on 24 September" against "Organisers cancelled the ... Ultra"), in a passage with the rest of the
    claim and all its names."""
    called_off = CALLED_OFF.search(claim.text)
    if not called_off or not _names_everyone(claim, whole) \
            or not _has_the_rest(claim, whole, {stem(w) for w in called_off.group(0).split()}):
        return None
    # (not another year's edition: "The 2023 race went ahead")
    years = {when.year for when, _ in claim.dates + claim.editions}
    return next((c.strip().rstrip(".") for c in _clauses(passage) if WENT_AHEAD.search(c) and not _negated(c)
                 and not _of_other_years(years, passage_facts(c))), None)


def _affirmed(claim: Facts, whole: Facts, passage: str) -> str | None:
    """A verb the claim negates that the passage uses only without a negation ("did not attend" against
    "attended the ceremony"), in a passage that has the rest of the claim; as the claim writes it."""
    if not _has_the_rest(claim, whole, SAYING_NO_STEMS | {word for word, _ in claim.negated_verbs}):
        return None
    for verb, written in claim.negated_verbs:
        using = [c for c in _clauses(passage) if verb in passage_facts(c).content]
        if using and not any(_negated(c) for c in using):
            return written
    return None


def _another_doer(claim: Facts, passage: str) -> str | None:
    """The passage gives the claim's event, in the claim's other words, to another person, and never to the
    claim's ("Sunil Patwardhan was elected mayor of Pune ..." against "Meera Deshpande was elected ...")."""
    # (and a record set: "set a target" or "set a date" has many holders)
    if not claim.event or not claim.event[2] or not (
            claim.event[0] in ONE_HOLDER or claim.event[0] == SET and stem("record") in claim.content):
        return None
    if claim.event[0] == BECOME and not claim.content & TITLE_STEMS:
        return None  # "became a member": only a post named by its title has one holder
    target, _, doer = claim.event
    # (a country or nationality that only describes them need not be repeated: "Swiss skier Noemi Baumgartner")
    rest = claim.content - REPORTING - {stem(w) for n in (doer, *claim.describing) for w in n.split()} - {target}
    # clauses with the event, each with its sentence, which must hold much of the rest of the claim ("The women's 200
    # metres at the Kingston Grand Prix, held on 17 May, was won by Shenelle Barrett")
    # ("claimed the cup" is a win in a passage, though a claim's "claimed" is its reporting verb)
    family = POSTING if target in POSTING else WINNING | {CLAIM} if target in WINNING else {target}
    telling = [(c, s) for s in _sentences(passage) for c in _with_subject(CLAUSE_BREAK.split(s)) if c.strip()
               and (family & passage_facts(c).content
                    or (target in WINNING and GIVEN_TO.search(c)))]  # "the Chair was awarded to Dafydd ap Rhys"
    # the claim's person named there, even by one name alone ("Pornthip won bronze"); not as whose a thing after the
    # verb is ("ending Mantas Vaitkus's run of two straight wins"; but "EC Araquari's men's side won" names them)
    named = [name for c, _ in telling for name in passage_facts(c).names
             if not (("'s" in c or "’s" in c) and re.search(rf"\S.*\b{re.escape(name)}['’]s\b", c, re.IGNORECASE))]
    # whom the claim's winner beat, who may be the passage's winner ("Real Ceiba won ..., beating Deportivo Copán")
    beaten = _beaten(claim.names, claim.text, r"beat|beating|defeat\w*|ahead of") if target in WINNING else set()
    doer_words = {w for w in doer.split() if len(w) >= 4 and w[:6] not in GENERIC_NAME_WORDS}  # not "FC"
    # (one word of theirs is them alone, not in another name: "Sligo Rowing Club" is not Galway Rowing Club)
    if not rest or any(name_found(doer, name) or doer_words & set(name.split()) and " " not in name
                       for name in named):
        return None
    whole = passage_facts(passage)
    if any(_only_beside(name, claim, whole, passage) for name in claim.names):
        return None  # another place's winner: "In Zemo Ubani, 40 km from Mtisdziri, Nodar Kiknadze won"
    for clause, sentence in telling:
        # a person's name: two words or more, none a function word or month, not after a title that makes
        # it another post's ("Former President Almazbek Atambayev"); "Diego Ferreyra of Ecuador" and "Sweden's Elin
        # Dahl" are Diego Ferreyra and Elin Dahl
        # (in the order the clause names them: "went to Tomas Lind for 'Harbour Lights'" names Tomas Lind first)
        others = sorted((n for n in (re.split(r" of | for ", re.sub(r"^.*['’]s\s+", "", n))[0]
                                     for n in passage_facts(clause).names)
                         if len(n.split()) >= 2 and not set(n.split()) & (STOP | set(MONTHS))
                         and n.split()[0] not in ROLE_TITLES | OTHER_HOLDERS
                         and not any(name_found(m, n) for m in claim.names - beaten)
                         and not (_written_in(n, claim.text) and not any(name_found(b, n) for b in beaten))),
                        key=lambda n: (clause.lower().find(n), n))
        # (or the passage holds it and the sentence half as much: the prize named once, the book in another)
        # (the words of its date count as given: the date is checked on its own, "on Sunday" against "on 19 January")
        if others and len(rest & (_content_and_parts(passage) | DATE_STEMS)) / len(rest) >= 0.6 \
                and len(rest & (_content_and_parts(sentence) | DATE_STEMS)) / len(rest) >= 0.3:
            return f"'{_written(doer, claim.text)}' vs '{_written(others[0], passage)}'"
    return None


def _beaten(names: frozenset, claim_text: str, beating: str) -> set[str]:
    """The names the claim gives as whom its winner beat, after one of the words of `beating` ("Real Ceiba won ...,
    beating Deportivo Copán")."""
    return {name for name in names
            if re.search(rf"\b(?:{beating})\b[^.,;]{{0,40}}?\b{re.escape(name)}\b", claim_text.lower())}


def _with_subject(clauses: list[str]) -> list[str]:
    """A sentence's clauses, one that starts at its verb given the sentence's first clause, its subject ("Rachel
    Dunmore, currently a deputy chief executive in Hamilton, has been appointed chief executive")."""
    return [f"{clauses[0]} {c}" if i and AT_THE_VERB.match(c) else c for i, c in enumerate(clauses)]


def _another_actor(claim: Facts, passage: str) -> str | None:
    """A passage sentence that follows the claim's wording with another person in the place of the claim's
    ("sacked head coach Julián Berrocal after" against "sacked head coach Andoni Zubiaur after"), in a passage
    that names the claim's person too (in another part) and gives no other year than the claim's (another
    year's is another event, a near miss): as the claim and passage write them."""
    years = {when.year for when, _ in claim.dates}
    named = passage_facts(passage).names
    for ours, theirs, sentence in _put_in_place(claim, passage):
        person = " ".join(ours).lower()
        if not all(w[0].isupper() for w in ours) or not any(name_found(p, person) for p in claim.actors):
            continue
        if not any(name_found(person, n) for n in named):
            continue  # the claim's person not in the passage at all: another's like event, a near miss
        if _another_name(claim, theirs) and not {when.year for when, _ in passage_facts(sentence).dates} - years:
            return f"'{' '.join(ours)}' vs '{' '.join(theirs)}'"
    return None


def _placed_behind(claim: Facts, passage: str) -> str | None:
    """The claim gives its person a win, a post or a first, and the passage places them behind another ("Andrea
    Fuentes came second", "defeating Obed Malvatu", "passing over ... Carolina Pizarro"): as the passage writes it."""
    if not (claim.verbs & ONE_HOLDER or "first" in claim.ordinals):
        return None
    if re.search(PLACES_BEHIND, claim.text, re.IGNORECASE) or MEDAL_BEHIND.search(claim.text):
        return None  # the claim places them itself ("won bronze" is third)
    holders = {claim.event[2]} if claim.event and claim.event[2] else claim.actors
    beaten = _beaten(claim.actors, claim.text, rf"{BEATING}|against|over")
    years = {when.year for when, _ in claim.dates}
    for holder, sentence in itertools.product(sorted(holders - beaten), _sentences(passage)):
        if years and {when.year for when, _ in passage_facts(sentence).dates} - years:
            continue  # "Baumgartner's best result of 2023 was second": another year's race
        words = holder.split()
        for name in [holder] + ([words[-1]] if len(words) > 1 and len(words[-1]) >= 4 else []):
            # (not where another person stands between: "Anton Reel won ..., while Ivo Sarn took the bronze")
            said = next((m for m in re.finditer(rf"\b{re.escape(name)}\b(?:['’]s)?[^.;]{{0,60}}?\b{PLACES_BEHIND}"
                                                rf"|\b{BEATING}\b[^.;]{{0,40}}?\b{re.escape(name)}\b"
                                                rf"|\b{re.escape(name)}\b[^.;]{{0,60}}?\b{MEDAL_TAKEN}",
                                                sentence, re.IGNORECASE)
                         if not _another_person_in(claim, m.group(0))), None)
            if said:
                return f"'{_written(holder, claim.text)}' placed behind another: '{said.group(0)}'"
        # (or by "he" or "she" in a sentence naming no one else, the passage naming them: "she took the bronze medal")
        said = re.search(rf"\b(?:he|she)\b[^.;]{{0,60}}?\b{MEDAL_TAKEN}", sentence, re.IGNORECASE)
        if said and re.search(rf"\b{re.escape(words[-1])}\b", passage, re.IGNORECASE) and all(
                n in ("he", "she") or n in STOP or _named_by_claim(claim, n) or _a_country(n)
                for n in passage_facts(sentence).names):
            return f"'{_written(holder, claim.text)}' placed behind another: '{said.group(0)}'"
    return None


def _another_person_in(claim: Facts, text: str) -> bool:
    """Whether a stretch of passage text names a person of two words or more whom the claim does not name."""
    return any(len(m.group(0).split()) >= 2 and not _named_by_claim(claim, _name(m.group(0)))
               and not _a_country(_name(m.group(0))) for m in PASSAGE_NAME.finditer(text))


def _content_and_parts(text: str) -> frozenset:
    """A passage's content words and the parts of its hyphenated ones, as a claim's parse has them
    ("Crans-Montana" gives "crans" and "montana")."""
    return passage_facts(text).content | {stem(part) for word in _words(text) if "-" in word
                                          for part in word.split("-") if part.isalpha() and part not in STOP}


def _rival_outcomes(claim: Facts, here: Facts, whole: Facts, passage: str) -> list[str]:
    """The passage sentence gives another outcome of the same matter ("suspended" against the claim's "fired"),
    and the passage never gives the claim's own; the rest of the claim must be there, so it is the same event."""
    found = []
    kinds = {OUTCOME_OF[word] for word, _, _ in claim.outcomes}
    years = {when.year for when, _ in claim.dates}
    if not _has_the_rest(claim, whole, {word for word, _, _ in claim.outcomes}):
        return found
    for word, written, parties in claim.outcomes:
        matter, outcome = OUTCOME_OF[word]
        if any(m == matter and o != outcome for m, o in kinds):
            continue  # the claim itself names two ("resigned after being suspended")
        if not parties <= whole.content:
            continue  # the passage is about another thing's rise or another man's dismissal
        if any(OUTCOME_OF.get(w) == (matter, outcome) for c in _clauses(passage) if not _negated(c)
               for w in passage_facts(c).content):
            continue  # the passage gives the claim's outcome somewhere (not "he had not been dismissed")
        # (in the sentence most like the claim, or one that names what the outcome is about: "Gorno Krushevo is a
        # village known for its folk gathering. ... the Velichka Folk Gathering was postponed")
        # (not one of another year: "was convicted ... in 2021" against "acquitted ... in November 2023", an earlier
        # verdict)
        told = frozenset().union(*(facts.content for facts in (here, *map(passage_facts, _sentences(passage)))
                                   if (facts is here or parties and parties <= facts.content)
                                   and not _of_other_years(years, facts)))
        # (another outcome: "rejected" is not the rival of "rejected"; nor one for the others: "acquitted four of the
        # nine ... and convicted the other five")
        rivals = [m.group(0) for m in WORD.finditer(passage)
                  if stem(m.group(0)) in told and OUTCOME_OF.get(stem(m.group(0)), (-1, outcome))[0] == matter
                  and OUTCOME_OF[stem(m.group(0))][1] != outcome and not FOR_THE_OTHERS.match(passage, m.end())]
        if rivals:
            found.append(f"'{written}' vs '{rivals[0]}'")
    return found


def _set_aside(claim: Facts, whole: Facts, passage: str) -> list[str]:
    """What the claim says a thing was, which the passage gives only to deny it ("a full tsunami warning was
    not needed", "rather than a fresh election", "short of the European record", "the bribery charge had been
    dropped"), while it has the rest of the claim: the passage says it was something else."""
    # (a denial answers an accusation rather than gainsays it, and another place's refusal is another matter)
    # (an accusation is gainsaid by what the passage sets aside itself, "charged with causing a fire through
    # negligence, not arson", not by a denial)
    if claim.negated or claim.accuses and DENYING.search(passage) or claim.rejects or not _names_everyone(claim, whole):
        return []
    # every use of every word in the passage, with whether it is set aside there
    # (a clause denying the claim's event itself is the negation rule's: "no one had been arrested")
    uses, pairs, qualifiers = [], [], []
    for clause in _clauses(passage):
        words = _words(clause)
        denied_here = (_negated(clause, claim) and not _event_words(claim) & passage_facts(clause).content
                       or bool(SETTING_ASIDE_CLAUSE.search(clause)))
        uses += [(stem(word), denied_here or marked) for word, marked in zip(words, _marked(words, SETTING_ASIDE))]
        # (a qualified thing's own qualifiers may stand between: "short of the Qatari national junior record")
        pairs += [((stem(first), stem(word)), denied_here or marked)
                  for first, word, marked in zip(words, words[1:], _marked(words, SETTING_ASIDE_MARK, reach=6))]
        # (a hyphenated qualifier set aside sets its parts aside: "rather than battery-electric ones" sets "electric"
        # aside; "diesel-electric buses" is no plain use of "electric", nor "did not stage the one-day strike" a "day")
        marks = zip(_marked(words, SETTING_ASIDE_QUALIFIER, reach=3), _marked(words, SETTING_ASIDE, reach=3))
        qualifiers += [(stem(part), marked) for word, (marked, aside) in zip(words, marks)
                       for part in dict.fromkeys([word, *(word.split("-") if aside else ())]) if part]
    claim_words = _words(claim.text)  # not what the claim itself sets aside: "wine from outside the region"
    aside_in_claim = {stem(word) for word, marked in zip(claim_words, _marked(claim_words, SETTING_ASIDE)) if marked}
    qualifiers_aside = {stem(word) for word, marked
                        in zip(claim_words, _marked(claim_words, SETTING_ASIDE_MARK, reach=6)) if marked}
    # a qualified thing given only to deny it, though its noun is given plainly elsewhere ("a new Italian record,
    # though still short of the European record")
    for modifier, noun, written in claim.qualified:
        # (or, where the passage never pairs them but has the thing, its qualifier alone, just after a mark: "hybrid
        # buses, not fully electric ones", "full approval, rather than the accelerated pathway")
        aside = [set_aside for pair, set_aside in pairs if pair == (modifier, noun)] or [
            set_aside for word, set_aside in qualifiers if word == modifier and noun in whole.content]
        if aside and all(aside) and modifier not in qualifiers_aside and _has_the_rest(claim, whole, {modifier}):
            return [f"'{written}' only in what the passage says it was not"]
    # (what it says was done too: "voted to ban" against "stopping short of an outright ban")
    done = [(verb, _as_written(claim, verb)) for verb in sorted(claim.verbs - REPORTING)]
    # (and a record it calls something, though the tagger may take "record" for an adjective: "a record 95,000")
    called = [("record", "record")] if "record" in claim.words else []
    for target, written in dict.fromkeys([*claim.nouns, *done, *called]):
        if target in aside_in_claim:
            continue
        aside = [set_aside for word, set_aside in uses if word == target]
        if aside and all(aside) and _has_the_rest(claim, whole, {target}):
            return [f"'{written}' only in what the passage says it was not"]
    return []


def _marked(words: list[str], marks: re.Pattern, reach: int = 4) -> list[bool]:
    """For each word, whether one of `marks` stands within `reach` words before it ("short of the record"); a "not"
    with a preposition after it does not reach (in "could not pay by card" the "not" is the paying's)."""
    found = []
    for i in range(len(words)):
        before = " ".join(words[max(0, i - reach):i])
        last = ([None] + list(marks.finditer(before)))[-1]
        found.append(last is not None and not (last.group(0).lower() == "not"
                                               and PREPOSITIONS & set(before[last.end():].lower().split())))
    return found


def _has_the_rest(claim: Facts, whole: Facts, left_out: set | frozenset) -> bool:
    """Whether the passage has most of the claim's content words besides `left_out` (the words it disagrees on)."""
    rest = claim.content - REPORTING - left_out - _unplaced(claim.placing, whole)
    return bool(rest) and len(_held(rest, whole.content)) / len(rest) >= SUPPORT_COVERAGE


def _denies_it(claim: Facts, here: Facts) -> bool:
    """The passage sentence denies the accusation the claim reports: a reply, never the claim's negation."""
    return claim.accuses and here.denies and not claim.negated


def _answers(claim: Facts, here: Facts) -> bool:
    """Only the accused's denial, without the accusation: it neither confirms nor contradicts that it was made."""
    return _denies_it(claim, here) and not here.reports_accusation


def _missing_anchors(claim: Facts, whole: Facts, passage: str, title: str | None = None,
                     placed: frozenset = frozenset(), published: When | None = None) -> list[str]:
    """Numbers, dates and names of the claim that the passage does not give (a near miss is not support);
    `placed`: countries placing a name that the passage need not give; `published`: the day of the passage's
    document."""
    missing = []
    # A denial or an accusation is the claim's point: the passage must report one, not only name the parties
    told = f"{title or ''} {passage}"
    if claim.rejects and not REJECTING.search(told) and not NEGATION.search(told):  # "said it had never signed"
        missing.append("a denial")
    if claim.accuses and not (ACCUSING.search(told) or CHARGED.search(told)):
        missing.append("an accusation")
    # (a race the passage names by another distance, however often it gives the claim's figure: "broke the record in
    # the women's 100m butterfly ... She will swim the 200m later")
    races, given_races = _races(claim.text), _races(told)
    other_races = {value: written for value, written in races.items() if given_races and value not in given_races}
    missing += [f"'{written}'" for written in other_races.values()]
    for value, counted, written in claim.numbers:
        if value in other_races:
            continue
        # (a percentage the passage gives as a share in words: "half the price" is the claim's "50 percent")
        given = {v for v, _, _ in whole.numbers} | (
            _shares_of(whole) | {f"{share:g}" for share in _fractions(passage)} if counted == "percent" else set())
        if not any(_fits(claim, value, v) for v in given):
            missing.append(f"'{written}'")
    for when, event in claim.dates + claim.editions:
        # Only dates in sentences about the same event count: a passage may date other things too.
        dated = [p for sentence in _sentences(passage) if event & passage_facts(sentence).content
                 for p in _days_given(passage_facts(sentence), when)]
        if not dated:  # no sentence on the event dates it: a date near the claim's in the closest one must be it,
            # unless the passage gives the claim's date somewhere ("founded in 2022" is another thing's date)
            closest = _days_given(passage_facts(best_sentence(claim, passage)), when)
            # (a date as precise as the claim's, years away, is another time of the same: "in March 2017")
            dated = [p for p in closest if abs(p.year - when.year) < ANOTHER_EVENT_YEARS
                     or (p.month is not None) >= (when.month is not None)] + [
                p for p, _ in whole.dates if when.agrees(p)]
        if when.day is not None and any(p.day is not None for p in dated):
            dated = [p for p in dated if p.day is not None]  # "in late 2024 ... ended them on 6 January 2025"
        # a dated claim needs its date: a passage with none, or only others, tells of the matter, not of the event
        # ("Marisol Ortega was named superintendent in 2016" for "announced her retirement yesterday"); not the
        # date a comparison starts from ("the highest since records began in 1981")
        undated = not dated and not re.search(rf"\bsince\b[^.;]*\b{when.year}\b", claim.text) \
            and not _gives_a_date(when, passage, published)
        if dated and not any(when.agrees(p) for p in dated) or undated:
            missing.append(str(when))
    for name in sorted(claim.names - placed):  # sorted: a set's order changes from one process to the next
        if not any(name_found(name, other) for other in whole.names) and not _named_in_words(name, passage) \
                and not _a_first_common_word(name, claim.text, passage):
            missing.append(_written(name, claim.text, passage) if name.islower() else name)
        elif beside := _only_beside(name, claim, whole, passage):
            missing.append(f"{_written(name, claim.text, passage)} (the passage: '{beside}')")
    # a name's number says which one: "Song Lam 2" is another plant than "Song Lam 3", "Eve 2026" another night
    given_numbers = {(m.group(1).lower(), m.group(2)) for m in _name_numbers(told)}
    missing += [f"'{m.group(0)}'" for m in _name_numbers(claim.text)
                if (m.group(1).lower(), m.group(2)) not in given_numbers
                and any(word == m.group(1).lower() for word, _ in given_numbers)]
    # a women's side is another than the one a claim names without saying so ("Mongolia's ice hockey league" against
    # "Mongolia's women's ice hockey league"), unless the claim speaks of women itself
    if not WOMEN.search(claim.text):
        missing += [f"the claim's side (the passage: '{m.group(0)}')" for m in WOMENS_SIDE.finditer(passage)][:1]
    # so does a letter after a thing's word: "haemophilia B" is another disease than "haemophilia A"
    given_letters = {(m.group(1).lower(), m.group(2)) for m in LETTERED.finditer(told)}
    missing += [f"'{m.group(0)}'" for m in LETTERED.finditer(claim.text)
                if (m.group(1).lower(), m.group(2)) not in given_letters
                and any(word == m.group(1).lower() for word, _ in given_letters)]
    words = set(_words(passage))
    words |= {part for word in words for part in word.split("-")}  # "second" in "second-busiest"
    words |= set(NUMBERED.findall(passage.lower()))
    if words & FIRST_WORDS:
        words.add("first")  # "on its maiden launch"
    missing += [f"'{ordinal}'" for ordinal in sorted(claim.ordinals) if ordinal not in words]
    # a share in words is a count: the passage gives it in words or as a percentage within five points, or what is
    # left of the whole ("cut admissions by a third" as "admitted about 33 percent less often")
    shares = _fractions(claim.text)
    if shares:  # (the passage's shares only where the claim gives one: working them out costs)
        given = set(_fractions(told)) | {float(v) for v, c, _ in whole.numbers if c == "percent"} | {
            float(v) for v in _shares_of(whole)}
        missing += [f"'{written}'" for share, written in shares.items()
                    if not any(_same_share(share, g) for g in given)]
    # A key term whose qualifying word the passage never uses ("property taxes" against a passage on water
    # charges, "league title" against one on the cup) is another matter, unless the passage has its head alone
    # (a term in a count is the count's to find, the unit of "52 gigawatt hours" in any of its forms; but not where
    # the passage counts another kind: "240 hunting rifles" against "240 assault rifles")
    # (a medal is the place it is given for: "finished second" is silver)
    medals = {MEDAL_FOR[m.group(1).lower()] for m in FINISHED_IN.finditer(passage) if m.group(1).lower() in MEDAL_FOR}
    missing += [f"'{written}'" for modifier, head, written in claim.terms
                if not _held(frozenset({modifier}), whole.content | medals) and not _bare(head, passage)
                and (not any(written in count for _, _, count in claim.numbers)
                     or modifier not in UNIT_STEMS and _another_kind_counted(claim, modifier, head, whole))]
    missing += [f"'{written}'" for word, written in claim.measured if word not in whole.content]
    # what the claim says did not happen is its point: a passage that neither speaks of it nor says that anything
    # did not happen or was called off does not tell it ("had not been accessed" may tell "were not exposed")
    if not any(_negated(clause) or UNDONE.search(clause) for clause in _clauses(passage)):
        missing += [f"'{written}'" for word, written in claim.negated_verbs
                    if not _held(frozenset({word}), whole.content)]
    # an opinion is supported by a passage that makes its evaluation, not by one that only tells of its matter
    # ("a vital outpost for Moscow in the region" against a paragraph on the base's troops)
    missing += [f"'{written}' (the evaluation)" for word, written in claim.evaluation
                if not _held(frozenset({word}), whole.content)]
    # a score or a vote is a count too ("beat Ntabeni United 3–1"), given as a tally or as its two numbers ("forty-one
    # deputies voted for him, nineteen against")
    missing += [f"'{written}'" for written in _untold_tallies(claim, whole, told)]
    missing += [f"'{time}'" for time in RACE_TIME.findall(claim.text) if time not in RACE_TIME.findall(told)]
    if claim.how_often and not {stem(w) for w in claim.how_often.split()} & whole.content \
            and not FREQUENCY & set(_words(passage)):
        missing.append(f"'{claim.how_often}'")  # "Putin has seldom left Russia" against a passage on the war
    missing += _done_before(claim, passage) + _still_to_come(claim, passage)
    # a verdict is not told by a plea ("pleaded not guilty" against "found guilty"), unless the claim tells a plea
    # nor by a charge or a trial ("charged with homicide" against "convicted of homicide")
    if SENTENCING.search(claim.text) and not PLEADING.search(claim.text) \
            and not SENTENCING.search(PLEA.sub("", told)):
        if PLEA.search(told):
            missing.append("a verdict (the passage: a plea)")
        elif CHARGING.search(told) and not CHARGING.search(claim.text):
            missing.append("a verdict (the passage: a charge)")
    # the offence someone was convicted, jailed or fined for is the claim's point
    missing += [f"'{offence}' (the offence)" for offence in _other_offences(claim, told)]
    # the post a claim's person is given is its point: "elected to the regional council" is no "elected mayor"
    # (a top post may be given as what they will do: "appointed Katrin Oberländer to lead the regional court")
    # (after the verb: "The mayor of San Martín named a retired colonel as police chief" gives no one "mayor")
    if claim.event and claim.event[0] in POSTING:
        given_at = claim.text.lower().find(claim.event[1].lower())
        missing += [f"'{written}'" for post in sorted(claim.content & TITLE_STEMS)
                    if claim.text.lower().find((written := _as_written(claim, post)).lower()) > given_at
                    and not _held(frozenset({post}), whole.content)
                    and not (post in TOP_POSTS and LEADING.search(told))]
    missing += _qualified_otherwise(claim, passage)
    missing += _kind_added(claim, passage)
    missing += _only_intended(claim, passage)
    missing += _put_otherwise(claim, whole, passage)
    missing += _named_otherwise(claim, passage)
    return missing


def _gives_a_date(when: When, passage: str, published: When | None = None) -> bool:
    """Whether the passage gives a date that agrees with the claim's, or, for a claim dated by its year alone, a day
    without its year, which cannot be read against it. (A relative date, "on Thursday", says no date without the
    passage's own.) Failing that, its document's day, `published`, dates it: a paragraph of a report of 20 July
    2023 tells of July 2023. (Only where no sentence on the event gives another date: `_missing_anchors`.)"""
    for sentence in _sentences(passage):
        facts = passage_facts(sentence)
        if any(when.agrees(p) for p in _days_given(facts, when)) or (when.month is None and facts.yearless):
            return True
    return published is not None and when.agrees(published)


def _date_of(published: str | None) -> When | None:
    """A document's ISO date as a day, or None when it has none that can be read."""
    try:
        day = dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return When(day.year, day.month, day.day)


def _other_offences(claim: Facts, told: str) -> list[str]:
    """What the claim says someone was convicted, jailed or fined for, against a passage that names another offence
    ("embezzling harbour funds" is no "taking bribes"): each word of it but an opening verb, in any form ("bribery"
    is "accepting bribes", "fraud" "defrauding"), must be in the passage's offence or said plainly elsewhere
    ("reducing the charge to culpable homicide"; not "never charged with bribery"). A passage that names no
    offence (on the inquiry, say) need not. An attempt at the claim's offence is another ("attempting to kidnap" is no
    "kidnapping")."""
    offences = _offences(claim.text)
    attempted = {stem(m.group(1)) for m in ATTEMPT.finditer(told)}
    tried = [offence for offence in offences if not offence.startswith("attempt")
             and _held(frozenset({stem(offence.split()[0])}), attempted)]
    named = " ".join(_offences(told))
    if not named:
        return tried
    named += " " + " ".join(w for c in _clauses(told) if not _negated(c) for w in _words(c))
    stems = frozenset(map(stem, named.split()))
    return tried + [offence for offence in offences if offence not in tried
                    and not all(word[:5] in named or _held(frozenset({stem(word)}), stems)
                                for word in offence.split()[offence.split()[0].endswith("ing"):])]


REPLACED_WORDS = re.compile(r"'([^']+)' \(the passage: ")  # a missing item the passage puts other words in place of


def _another_offence(claim: Facts, whole: Facts, passage: str, missing: list[str]) -> str | None:
    """The passage convicts, sentences, jails or fines the claim's person for another offence, and lacks nothing else
    of the claim but the offence's own words ("convicted of murder" against "convicted of manslaughter"), in a passage
    that names everyone and gives no other year than the claim's: the claim's offence against the passage's."""
    offences = [m.removesuffix(" (the offence)").strip("'") for m in missing if m.endswith(" (the offence)")]
    given = _offences(passage)
    if not offences or not given or not _names_everyone(claim, whole) \
            or {when.year for when, _ in whole.dates} - {when.year for when, _ in claim.dates}:
        return None
    words = {w for offence in offences for w in offence.split()}
    if not all(m.endswith(" (the offence)") or (replaced := REPLACED_WORDS.match(m))
               and set(replaced.group(1).lower().split()) <= words for m in missing):
        return None  # something else of the claim is lacking, beyond the offence's own words
    if offences[0][:5] in given[0]:
        return None  # the same offence in other words ("causing damage to a conveyor" for "damaging a conveyor belt")
    return f"'{_offence_written(offences[0], claim.text)}' vs '{_offence_written(given[0], passage)}'"


def _offence_written(offence: str, text: str) -> str:
    """An offence as the text writes it ("taking bribes from hauliers", not "taking bribes hauliers")."""
    return next((m.group(1) for m in OFFENCE.finditer(text) if m.group(1).lower().startswith(offence.split()[0])),
                offence)


def _offences(text: str) -> list[str]:
    """What a claim says someone was convicted, jailed, fined or charged for ("of taking bribes", "for causing
    death by dangerous driving"), not how long ("for four years")."""
    found = []
    for verb in SENTENCING.finditer(text):
        # (of what one is convicted, for what one is jailed: not "a former head of the land registry")
        for m in OFFENCE.finditer(text, verb.end()):
            if (m.group(0).split()[0].lower() == "of") != (verb.group(0).lower() in CONVICTED_OF):
                continue
            if m.group(1)[0].isupper():
                continue  # of a place, not of an offence: "convicted Ivan Kostka, the former mayor of Zvolen, of ..."
            words = [w for w in _words(m.group(1)) if w not in STOP | STOP_WORDS and not w[0].isdigit()]
            if words and _number(words[0]) is None and words[0] not in NOT_AN_OFFENCE:
                found.append(" ".join(words))
                break
    return list(dict.fromkeys(found))


def _done_before(claim: Facts, passage: str) -> list[str]:
    """A claim of what will happen against a passage that does not tell it: one that neither does what the claim
    says will be done nor speaks of what will be ("the factory is the largest employer" against "will close its
    factory"; "is stepping down" does speak of it), or, for an undated claim, one that tells it as done in a year it
    gives ("In 2019 Agua de Cerro Alto raised ..." against "will raise household water tariffs by 8 percent")."""
    if not claim.future:
        return []
    # (what will not be done may be told as called off; what was to be done when the claim says may be told as done
    # then: "is due to travel to Beijing next week" against "attended the forum in Beijing on 17 and 18 October")
    done = claim.verbs - REPORTING
    given = passage_facts(passage)
    if any(when.agrees(p) for when, _ in claim.dates for p, _ in given.dates):
        done = frozenset()
    if done and not _held(done, given.content) and not FUTURE.search(passage) \
            and not PENDING.search(passage) and not GOING_ON.search(passage) \
            and not (claim.negated and UNDONE.search(passage)):
        return ["what will happen (the passage tells what is)"]
    if claim.dates or claim.editions:
        return []
    sentence = best_sentence(claim, passage)
    given = passage_facts(sentence).dates
    if given and not FUTURE.search(sentence):
        return [f"what will happen (the passage: {given[0][0]})"]
    return []


def _still_to_come(claim: Facts, passage: str) -> list[str]:
    """A claim of what was done against a passage that tells it as still to come and never tells it done ("will face
    Orły Tarnowo in the final" against "won the championship")."""
    if not claim.event or _held(frozenset({claim.event[0]}), passage_facts(passage).content):
        return []
    sentence = best_sentence(claim, passage)
    # (not a sentence that tells something done too: "Joseph Kiprono, who once ran procurement, will spend ...")
    told_done = any(w.endswith("ed") or w in IRREGULAR_VERBS or w in ("was", "were", "had")
                    for w in _words(sentence.lower()))
    return ["what happened (the passage tells what will)"] if TO_COME.search(sentence) and not told_done else []


def _only_intended(claim: Facts, passage: str) -> list[str]:
    """The claim's event the passage gives only as an aim ("wanted to sign", "permission to raise fares") or on a
    condition ("would strike if"), which is not that it happened."""
    if not claim.event or claim.event[0] in INTENDING:  # "wanted closer ties" is an aim too
        return []
    written = claim.event[1]
    words = _words(passage)
    uses = _event_uses(claim, words)
    if uses and all(i and words[i - 1] == "to" for i in uses):
        return [f"'{written}' (the passage: 'to {words[uses[0]]}')"]
    # (nor what would be done on a condition: "would stage a one-day strike if the council refused")
    if uses and all(i and words[i - 1] in HYPOTHETICAL for i in uses) and "if" in words:
        return [f"'{written}' (the passage: '{words[uses[0] - 1]} {words[uses[0]]}', if)"]
    pending = PENDING.search(passage)
    if not uses and pending:  # "threatened a strike", "shortlisted for the prize", "due to vote next month"
        return [f"'{written}' (the passage: '{pending.group(0)}')"]
    return []


def _event_uses(claim: Facts, words: tuple[str, ...]) -> list[int]:
    """Where the claim's event verb stands in a passage's words as a verb (its noun is no use of it: "an order for up
    to 24 aircraft could be announced")."""
    return [i for i, w in enumerate(words) if stem(w) == claim.event[0] and not _a_noun(words, i)]


def _only_urged(claim: Facts, sentence: str) -> bool:
    """Whether a sentence gives the claim's event only as what someone was urged to do ("called on the minister to
    resign on 3 March"): its date is the call's."""
    if not claim.event:
        return False
    words = _words(sentence)
    uses = _event_uses(claim, words)
    return bool(uses) and all(i >= 2 and words[i - 1] == "to" and URGING.search(" ".join(words[max(0, i - 10):i - 1]))
                              for i in uses)


def _other_price_reached(written: str, claim_text: str, sentence: str, whole: Facts) -> list[str]:
    """Another price a passage sentence says was reached, in the claim's currency, where the passage gives the claim's
    nowhere: "to £1.45" against "to £1.35"."""
    ours = PRICE_REACHED.search(claim_text)
    ours = ours if ours and _number(ours.group(2)) == _number(written) else None
    theirs = next((m for m in PRICE_REACHED.finditer(sentence) if m.group(1) == ours.group(1)), None) if ours else None
    if not theirs or _number(theirs.group(2)) == _number(written) \
            or _number(written) in {v for v, _, _ in whole.numbers}:
        return []
    return [f"'{ours.group(0)[3:]}' vs '{theirs.group(0)[3:]}'"]


def _other_time(claim_text: str, sentence: str) -> list[str]:
    """Another count of times for the same thing ("for a fourth time" against "for the third time", "for a second
    straight season" against "for the third consecutive season"), as each writes it."""
    ours, theirs = NTH_TIME.search(claim_text), NTH_TIME.search(sentence)
    if ours and theirs and ours.group(1).lower() != theirs.group(1).lower():
        return [f"'{ours.group(0)}' vs '{theirs.group(0)}'"]
    return []


def _put_otherwise(claim: Facts, whole: Facts, passage: str) -> list[str]:
    """Words of the claim that a passage sentence following the claim's wording replaces with others ("50
    metres freestyle at the" against "50 metres butterfly at the", "laptops to 400,000 pupils" against "tablets to
    400,000 pupils"), when the passage uses them nowhere: the same words about another thing."""
    wanted = claim.content - REPORTING
    first = next(iter(WORD.findall(claim.text)), "")
    # (a word the passage has only where it says it is not so is not had: "no flood damage was reported")
    said = ". ".join(c for c in _clauses(passage) if not _negated(c, claim))
    for ours, theirs, sentence in _put_in_place(claim, passage):
        # (the claim's first word is capitalised as the first: "Burglaries in ..." / "Car thefts in ...")
        # (but not the people of a body it names next, which the passage names as the doer: "Scientists at the
        # Leuven Institute" / "A team at the Leuven Institute", "Astronomers using the Karoo Deep Array"; unless they
        # are people of a trade, which others are not: "Nurses at the Shkalla hospital" / "Doctors at ...")
        if ours and ours[0] == first and claim.text.lstrip().startswith(first) and _name(first) not in claim.proper \
                and ours[-1].lower() not in PEOPLE_OF:
            after = re.search(r"\b" + r"\W+".join(map(re.escape, ours)) + r"\W+(\w+)", claim.text)
            if not (after and after.group(1) in PEOPLE_OF) or stem(ours[-1]) in PEOPLE_STEMS:
                ours = [first.lower(), *ours[1:]]
                # (and so is the passage's first word, where it puts people of another trade: "Junior doctors in
                # ..." / "Nurses in ...")
                if theirs and sentence.lstrip().startswith(theirs[0]) and stem(ours[-1]) in PEOPLE_STEMS \
                        and stem(theirs[-1].lower()) in PEOPLE_STEMS:
                    theirs = [theirs[0].lower(), *theirs[1:]]
        # (a date the passage adds after its own word is the date rules': "as its first female archdeacon in 2018")
        while len(theirs) > 2 and theirs[-2].lower() in ("in", "on", "since") and theirs[-1].isdigit():
            theirs = theirs[:-2]
        # common words on both sides (names, numbers and dates are their own rules'), the claim's its own
        # and found nowhere in the passage, the passage's not the claim's
        # (the passage's may hold a name beside a word of its own: "Mauritius kestrels" for "pink pigeons")
        if all(w.lower() in WORDS_OF_A_DATE for w in ours):
            continue  # a date in other words is the date rules' ("yesterday" / "on Wednesday")
        if not _common_words(ours) or not (_common_words(theirs) or all(w.isalpha() for w in theirs) and any(
                w[:1].islower() and w not in STOP_WORDS for w in theirs)):
            continue
        ours, theirs = [_unpossessed(w) for w in ours], [_unpossessed(w) for w in theirs]
        # (a word the passage has only in a name is not had: "opera" in "Astana Opera")
        # (one it lacks is enough, but not a verb alone: "radio galaxy spanning" / "galaxy whose radio lobes stretch")
        content = frozenset(stem(w) for w in ours if w.lower() not in STOP_WORDS)
        lacking = content - _held(content, _plain_words(said))
        if not lacking or lacking <= claim.verbs or not any(
                stem(w) in wanted or w.lower() not in STOP_WORDS and stem(w) not in REPORTING for w in ours):
            continue  # (the passage has them, or says them in words of the same sense: "drug" for "medicines")
        if any(stem(w) in REPORTING for w in ours):
            continue  # who said it ("the city's transit agency said"), which a passage need not repeat
        if all(stem(w) in claim.verbs for w in ours if w not in STOP_WORDS):
            continue  # a verb is often said another way ("beat" / "defeated"): rival outcomes are the lexicon's
        if any(len(w) >= 3 and w not in STOP_WORDS and stem(w) not in claim.content for w in theirs):
            return [f"'{' '.join(ours)}' (the passage: '{' '.join(theirs)}')"]
    return []


def _kind_added(claim: Facts, passage: str) -> list[str]:
    """A noun of the claim that a passage sentence following the claim's wording gives with a word of its own before
    it, which makes it another kind ("annual inflation rate" / "annual food inflation rate", "best actress prize" /
    "best supporting actress prize"): the same words about another thing, a near miss."""
    said = WORD.findall(claim.text)
    lower = [w.lower() for w in said]
    nouns = {noun for noun, _ in claim.nouns}
    for _, given, steps in _following(claim, passage):
        for k, (step, i1, i2, j1, j2) in enumerate(steps):
            # (after a word of the claim that already says which kind: not "a ruling" / "a lower-court ruling"; nor a
            # body, whose name may be given in full: "disaster risk agency" / "disaster risk management agency")
            if step != "insert" or not 0 < k < len(steps) - 1 or j2 - j1 > 2 or steps[k - 1][0] != "equal" \
                    or steps[k + 1][0] != "equal" or stem(lower[i1]) not in nouns or lower[i1] in BODIES \
                    or not said[i1 - 1].isalpha() or not said[i1 - 1].islower() or lower[i1 - 1] in STOP_WORDS:
                continue
            if all(w.replace("-", "").isalpha() and w.islower() and w not in STOP_WORDS | NOT_A_KIND
                   and stem(w) not in claim.content and not w.endswith("ly") for w in given[j1:j2]):
                return [f"'{said[i1 - 1]} {said[i1]}' (the passage: '{' '.join(given[j1 - 1:j2 + 1])}')"]
    return []


def _plain_words(passage: str) -> frozenset:
    """Stems of the passage's words outside names: written lower-case, or first in their sentence."""
    return frozenset(stem(w) for sentence in _sentences(passage) for i, w in enumerate(WORD.findall(sentence))
                     if (i == 0 or not w[0].isupper()) and w.lower() not in STOP)


def _following(claim: Facts, passage: str) -> tuple:
    """(sentence, its words, the steps from the claim's words to them) for each passage sentence that follows the
    claim's wording: holds FOLLOWS_WORDING of the claim's words, in order."""
    return _aligned(claim.text, passage)


@functools.lru_cache(maxsize=4096)
def _aligned(claim_text: str, passage: str) -> tuple:
    """`_following`, worked out once for a claim and a passage (four rules ask)."""
    lower = [w.lower() for w in WORD.findall(claim_text)]
    found = []
    for sentence in _sentences(passage) if lower else ():  # (facts read without the claim's text have none)
        given = WORD.findall(sentence)
        matcher = difflib.SequenceMatcher(None, lower, [w.lower() for w in given], autojunk=False)
        if sum(block.size for block in matcher.get_matching_blocks()) >= FOLLOWS_WORDING * len(lower):
            found.append((sentence, tuple(given), tuple(matcher.get_opcodes())))
    return tuple(found)


def _put_in_place(claim: Facts, passage: str):
    """(the claim's words, the passage's words in their place, the sentence) for each place where a passage
    sentence that follows the claim's wording (FOLLOWS_WORDING) puts up to four other words, between the same
    three words or more (one of them no stop word; counted past other changes), or where both begin or end."""
    said = WORD.findall(claim.text)
    lower = [w.lower() for w in said]
    for sentence, given, steps in _following(claim, passage):
        for k, (step, i1, i2, j1, j2) in enumerate(steps):
            # (or the words both sentences begin or end with: "Agadir's planned tram line" / "Marrakech's ...",
            # "approved the drug for arthritis" / "for psoriasis")
            before = steps[k - 1] if k else ("equal", 0, 0, 0, 0)
            after = steps[k + 1] if k + 1 < len(steps) else ("equal", i2, i2, j2, j2)
            # (longer where both end with them: "imposing a curfew for minors" / "banning the sale of alcohol ...")
            longest = 8 if k + 1 == len(steps) else 4
            if step != "replace" or i2 - i1 > longest or j2 - j1 > longest or before[0] != "equal" \
                    or after[0] != "equal":
                continue
            # (the words around may run on past other changes: "voted 8-3 to ban barbecues on the town's beaches" /
            # "voted 8-3 to raise parking charges at the harbour car park")
            kept_before = [w for kept in steps[:k] if kept[0] == "equal" for w in lower[kept[1]:kept[2]]][-3:]
            kept_after = [w for kept in steps[k + 1:] if kept[0] == "equal" for w in lower[kept[1]:kept[2]]][:3]
            around = kept_before + kept_after
            if len(around) >= 3 and not all(w in STOP_WORDS for w in around):
                yield said[i1:i2], list(given[j1:j2]), sentence


def _named_otherwise(claim: Facts, passage: str) -> list[str]:
    """A name of the claim that a passage sentence following the claim's wording replaces with another
    ("Agadir's planned tram line" against "Marrakech's planned tram line"): the same words about another place or
    body, a near miss. (Another person in a passage that names the claim's too contradicts: `_another_actor`.)"""
    for ours, theirs, _ in _put_in_place(claim, passage):
        # (what only says it is near is no part of the name: "the neighbouring Sahidpur municipality")
        theirs = list(itertools.dropwhile(lambda w: w.lower() in NEARBY | {"the", "a", "an"}, theirs))
        # (nor as many common words before a name on each side: "chief Edgar Cuxil" / "deputy Rosa Xicay")
        titles = list(itertools.takewhile(str.islower, ours))
        if titles and len(titles) < len(ours) and len(list(itertools.takewhile(str.islower, theirs))) == len(titles) \
                and len(theirs) > len(titles):
            ours, theirs = ours[len(titles):], theirs[len(titles):]
        # (a name with a figure in it, which the tagger may miss: "K2")
        glued = "".join(ours)
        numbered = glued[:1].isupper() and any(c.isdigit() for c in glued) and re.search(
            rf"\b{re.escape(glued)}\b", claim.text)
        # (a capitalised word past the claim's first is a name the tagger may miss: "the Thimphu–Phuentsholing
        # highway")
        if (numbered or all(_name(w) in claim.proper or _capitalised_inside(w, claim.text) for w in ours)) and theirs \
                and _another_name(claim, theirs):
            return [f"'{glued if numbered else ' '.join(ours)}' (the passage: '{' '.join(theirs)}')"]
    return []


def _capitalised_inside(word: str, text: str) -> bool:
    """Whether a capitalised word that is no title, month or weekday stands in a text past its first word."""
    return word[:1].isupper() and word.lower() not in NOT_A_NAME and any(
        text[:m.start()].strip() and text[:m.start()].rstrip()[-1] not in ".!?\"“'‘"
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _another_name(claim: Facts, words: list[str]) -> bool:
    """Whether words a passage puts in a name's place are a name, and not one the claim gives: capitalised, with no
    title, function word, month or weekday among them ("She", "President", "On Monday" are none)."""
    if not all(w[0].isupper() for w in words) or {w.lower() for w in words} & NOT_A_NAME:
        return False
    return not _named_by_claim(claim, " ".join(_name(w) for w in words))


def _named_by_claim(claim: Facts, name: str) -> bool:
    """Whether a lower-cased passage name is one the claim gives, or holds one, or is held by one, or one the claim
    writes out though its tagger split it ("European Under-23 Championships" as "European" and "Championships")."""
    return any(name_found(n, name) or name_found(name, n) for n in claim.names) or _written_in(name, claim.text)


def _written_in(name: str, text: str) -> bool:
    """Whether a lower-cased name of two words or more stands in a text as it is."""
    return " " in name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


def _common_words(words: list[str]) -> bool:
    """Whether words are all lower-case words, one of them no stop word (not a name, number or date); a possessive
    or a hyphenated part in capitals counts too ("women's", "super-G")."""
    bare = [_unpossessed(w) for w in words]
    # (nor only "ones", which stands for a noun given before it: "with electric ones" / "with electric models")
    return all(w[:1].islower() and w.replace("-", "").isalpha() for w in bare) and any(
        w not in STOP_WORDS | PRONOUN_ONES for w in bare)


def _unpossessed(word: str) -> str:
    """A word without its possessive ending: "women's" is "women", "nurses'" is "nurses"."""
    return re.sub(r"['’]s$|(?<=s)['’]$", "", word)


def _another_kind_counted(claim: Facts, modifier: str, head: str, whole: Facts) -> bool:
    """Whether the passage gives the claim's count of a kind as a count of another kind of the same thing, with
    other words between the number and the thing ("240 hunting rifles" against "240 assault rifles")."""
    values = {value for value, counted, _ in claim.numbers if counted == head}
    for value, counted, written in whole.numbers:
        between = {stem(w) for w in written.split()[1:-1] if w.lower() not in SCALE_WORDS} - STOP
        if counted == head and value in values and between and not _held(frozenset({modifier}), between):
            return True
    return False


def _bare(head: str, passage: str) -> bool:
    """Whether the passage uses a term's head with no other word qualifying it ("disclosed a breach" for the
    claim's "data breach"): less precise, but not another thing."""
    # (a sentence's first word has nothing before it: "... in the Grauberg valley. Rescuers located him")
    return any(stem(w) == head and (i == 0 or words[i - 1] in STOP_WORDS)
               for words in map(_words, _sentences(passage)) for i, w in enumerate(words))


def _qualified_otherwise(claim: Facts, passage: str) -> list[str]:
    """Words of the claim the passage gives only as another thing: a deputy mayor is not the mayor, a
    semi-final not the final, a light-flyweight title not the flyweight one."""
    found = []
    words = _words(passage)
    tails = {w.rpartition("-")[2] for w in claim.words if "-" in w}
    for word in sorted(claim.words):
        if not word.isalpha() or word in STOP_WORDS or len(word) < 4 or word in tails:
            continue  # "insurance" of the claim's own "car-insurance" is qualified there too
        target = stem(word)
        uses = []  # (qualified, as written) for each use in the passage
        for i, w in enumerate(words):
            head, _, tail = w.rpartition("-")
            if stem(w) == target:
                before = words[i - 1] if i else ""
                uses.append((before in OTHER_HOLDERS and before not in claim.words, f"{before} {w}"))
            # (a count or scale before it qualifies nothing, "three-year", "30-million-euro"; "ex-" is "former")
            elif head and stem(tail) == target and _number(head.split("-")[0]) is None \
                    and head.split("-")[0].lower() not in SCALE_WORDS \
                    and not (head.lower() == "ex" and "former" in claim.words):
                uses.append((True, w))
        if uses and all(qualified for qualified, _ in uses):
            found.append(f"'{word}' (the passage: '{uses[0][1]}')")
    return found


# ---------------------------------------------------------------------------------------------------------
# Evidence for a whole article


def evidence_for_many(articles: list[tuple[list[Draft], Document]], corpus, k: int = EVIDENCE_PER_CLAIM):
    """Per article, every claim's judged evidence and evidence flags (corroborated, uncorroborated, contradicted).

    The claims of all the articles are searched in the corpus together, which costs less per claim."""
    plans = []  # (article, draft index, context names)
    for a, (drafts, _) in enumerate(articles):
        for n, draft in enumerate(drafts):
            if draft.type != "none":
                plans.append((a, n, _context_names(draft)))
    # One query per claim: its main clause when long subordinate clauses would drown the event.
    texts = [" ".join([*context, core_of(articles[a][0][n].span)]) for a, n, context in plans]
    results = iter(corpus.search_many(texts, k=k * 2, align=False, candidates=k * 2) if texts else [])
    found_all = [([() for _ in drafts], [[] for _ in drafts]) for drafts, _ in articles]
    for a, n, context in plans:
        drafts, document = articles[a]
        all_evidence, all_flags = found_all[a]
        found: dict[tuple[str, str], Evidence] = {}
        for evidence in next(results):
            key = (evidence.doc_id, evidence.passage)
            if key not in found or found[key].score < evidence.score:
                found[key] = evidence
        relevant = [e for e in sorted(found.values(), key=lambda e: -e.score)[:k * 2] if e.score >= MIN_RELEVANCE]
        if not relevant:
            all_flags[n] = evidence_flags(drafts[n].type, [])
            continue
        span = drafts[n].span
        # (only for claims with passages to judge; an evaluation in the outlet's own voice has no other backer, so
        # a passage must make it: one that reports a speaker's figures backs what the speaker is said to stress)
        own_opinion = drafts[n].type == "opinion" and drafts[n].attribution.kind == "none"
        facts = claim_facts(span, document.published, context, opinion=own_opinion)
        past_before = past_limit(span, document.published)
        judged = []
        for evidence in relevant:
            stance, why = judge(facts, evidence.passage, evidence.title, past_before=past_before,
                                published=evidence.published)
            judged.append(replace(evidence, stance=stance, why=why))
        order = {"contradicts": 0, "supports": 1, "related": 2}
        judged.sort(key=lambda e: (order[e.stance], -e.score))
        judged = [replace(e, match_start=start, match_end=end) for e in judged[:k]
                  for start, end in [alignment(span_text(drafts[n].span), e.passage)]]
        all_evidence[n] = tuple(judged)
        all_flags[n] = evidence_flags(drafts[n].type, judged)
    return found_all


def core_of(span: Span) -> str:
    """The claim without long subordinate clauses ('... amid signs that ...'), to retrieve its main event."""
    tokens = token_table(span.doc)
    drop = set()
    for child in tokens.children(span.root.i):
        circumstantial = tokens.dep[child] == "advcl" or (tokens.dep[child] == "prep"
                                                          and tokens.lower[child] in CIRCUMSTANCE)
        if not circumstantial:
            continue
        subtree = tokens.subtree(child)
        if len(subtree) > 6 and any(tokens.pos[t] in ("VERB", "AUX") for t in subtree):
            drop.update(subtree)
    kept = [i for i in range(span.start, span.end) if i not in drop]
    if drop and sum(tokens.is_alpha[i] for i in kept) >= 6:
        text = "".join(tokens.text[i] + tokens.whitespace[i] for i in kept)
    else:
        text = span_text(span)
    return text.strip().rstrip(".,;: ")


def _context_names(draft: Draft) -> tuple[str, ...]:
    """Who a clause is about when it does not say: its source, and what its pronouns stand for."""
    from .attribute import antecedent_of

    names = []
    if draft.attribution.kind == "named":
        names.append(draft.attribution.resolved or draft.attribution.source or "")
    doc = draft.span.doc
    tokens = token_table(doc)
    has_subject = False
    for i in range(draft.span.start, draft.span.end):
        if tokens.pos[i] == "PRON":
            antecedent = antecedent_of(doc[i])
            if antecedent is not None and antecedent.text not in names:
                names.append(antecedent.text)
        if tokens.dep[i] in ("nsubj", "nsubjpass"):
            has_subject = True
    if not has_subject:  # a clause like "is not known to have left Russia": its subject stands before it
        i = draft.span.start - 1
        while i >= 0:
            if tokens.dep[i] in ("nsubj", "nsubjpass") and tokens.ent_type[i]:
                names.append(tokens.text[i])
                break
            if doc[i].is_sent_start:
                break
            i -= 1
    return tuple(n for n in names if n)


def evidence_flags(claim_type: str, evidence: list[Evidence]) -> list[Flag]:
    flags = []
    supports = [e for e in evidence if e.stance == "supports"]
    contradicts = [e for e in evidence if e.stance == "contradicts"]
    if supports:
        flags.append(Flag("corroborated", f"Supported by {_where(supports[0])}."))
    if contradicts:
        reason = contradicts[0].why.split("disagrees: ")[-1]
        flags.append(Flag("contradicted", f"{_where(contradicts[0])} disagrees: {reason}."))
    if claim_type in CHECKABLE_TYPES and not supports:
        flags.append(Flag("uncorroborated", "No passage in the reference corpus supports this claim."))
    return flags


def _where(evidence: Evidence) -> str:
    title = evidence.title or evidence.doc_id
    return f"'{title}'" + (f" ({evidence.publisher})" if evidence.publisher else "")
