"""Word lists the stages share: reporting cues by class, vague and anonymous sources, hedges."""
from __future__ import annotations

import re

# Reporting-verb lemmas by the claim type they signal.
CUE_CLASSES: dict[str, frozenset[str]] = {
    "denial": frozenset(
        "deny reject dismiss refute rebuff repudiate dispute contest disavow rebut counter decry".split()
    ),
    "allegation": frozenset(
        "accuse allege charge blame indict sue implicate condemn denounce fault incriminate complain "
        "slam blast".split()
    ),
    "opinion": frozenset(
        "believe argue expect predict think fear hope suspect speculate suggest forecast doubt assume "
        "reckon feel worry consider anticipate estimate guess imagine contend hail praise criticise criticize "
        "welcome applaud question".split()
    ),
    "statement": frozenset(
        "say tell announce state add confirm report note emphasise emphasize stress explain write "
        "insist promise pledge warn declare reveal disclose acknowledge admit testify reply respond "
        "comment describe indicate mention remark tweet post recall agree vow assert affirm clarify "
        "concede observe point answer brief inform show find conclude claim maintain caution plead "
        "recount urge fume".split()
    ),
}
# "The court heard that ...": evidence given before these bodies is reported through them.
HEARING_BODIES = frozenset("court jury tribunal inquest inquiry hearing magistrate committee".split())
# Verbs that report only in one construction: naming ("called the plan reckless", "branded it a
# disgrace", a verdict, so an opinion cue) and demanding ("called for an inquiry"; "called on both
# sides to ...", a statement cue). Elsewhere they are events: "called the police", "a man called Smith".
NAMING_CUES = frozenset("call brand label dub term".split())
# Lemmas that only count as a cue with a clause or quotation after them ("found that ...").
CLAUSE_ONLY_CUES = frozenset(
    "find show conclude point indicate consider maintain feel claim report write recall add".split()
)
CUE_CLASS = {lemma: kind for kind, lemmas in CUE_CLASSES.items() for lemma in lemmas}

# Nouns that carry the same signal as the verbs ("the allegations", "in a denial").
CUE_NOUNS = {
    "allegation": "allegation", "accusation": "allegation", "charge": "allegation", "claim": "allegation",
    "denial": "denial", "rejection": "denial",
    "statement": "statement", "announcement": "statement",
}

# Sources nobody can be held to.
VAGUE_HEADS = frozenset(
    "analyst critic expert observer commentator official insider people many some others resident "
    "witness scientist economist researcher diplomat politician campaigner activist voter investor "
    "trader source report reports rumour rumor speculation media onlooker fan supporter opponent "
    "lawmaker legislator doctor academic several few most".split()
)
VAGUE_PHRASES = (
    "many believe", "it is thought", "it is believed", "it is understood", "it is said", "it is claimed",
    "it is alleged", "it is feared", "it is expected", "it is widely", "some say", "some believe",
    "some argue", "some have", "many say", "many have", "others say", "there are fears", "there are concerns",
    "there is speculation", "rumours", "reports suggest", "widely believed", "widely expected",
    "widely seen", "widely thought", "is understood to", "are understood to", "is thought to",
    "are thought to", "is believed to", "are believed to", "is expected to", "are expected to",
    "is said to", "are said to", "was said to", "were said to", "widely regarded", "widely considered",
    "is alleged to", "are alleged to", "is feared", "are feared",
    "is tipped", "are tipped", "is rumoured", "is rumored", "according to reports", "according to media",
)
# Quantifiers that make a plural group vague ("some analysts", "several experts").
VAGUE_DETERMINERS = frozenset("some many several various numerous few most other others certain".split())
# Specific but unnamed sources.
ANONYMOUS_PHRASES = (
    "a source", "sources close to", "a source close to", "sources familiar", "a person familiar",
    "people familiar", "one person familiar", "persons familiar", "who asked not to be named",
    "who declined to be named", "who did not want to be named", "who spoke on condition of anonymity",
    "on condition of anonymity", "speaking anonymously", "spoke anonymously", "requested anonymity",
    "asked not to be identified", "not authorised to speak", "not authorized to speak", "an insider",
    "a senior official", "a senior source", "a government source", "a senior government source",
    "an official who", "a spokesperson who", "a diplomat who", "a person with knowledge",
    "people with knowledge", "a person briefed", "people briefed", "a well-placed source", "a senior figure",
    "an aide", "a close aide", "a senior aide", "a senior member", "one official", "one source",
    "a whistleblower", "a second source", "a third source", "two sources", "three sources",
    "one of the people", "another person", "familiar with", "cannot be named", "could not be named",
    "can not be named", "not be named", "not be identified", "who spoke anonymously", "insiders",
    "speaking privately", "spoke privately",
)
# Unnamed people placed by whom they are close to or what they know: "two people close to the minister",
# "a person with direct knowledge of the talks", "officials briefed on the plan".
ANONYMOUS_PLACING = re.compile(
    r"\b(?:people|persons?|sources?|officials?|aides?|figures?|executives?|staff|members?) "
    r"(?:close to|familiar with|with (?:\w+ )?knowledge|briefed on|involved in)\b"
)
# A people's word for its country that is not the country's name with an ending ("Russian" holds "Russia",
# "French" does not hold "France", nor "Slovak" "Slovakia"): a passage on "the Lao government" names Laos, one on
# "Greek shipowners" Greece.
DEMONYMS = {demonym: country for country, demonyms in (
    ("france", "french"), ("spain", "spanish"), ("netherlands", "dutch"), ("switzerland", "swiss"),
    ("wales", "welsh"), ("ireland", "irish"), ("denmark", "danish"), ("finland", "finnish"),
    ("poland", "polish"), ("laos", "lao laotian"), ("philippines", "filipino filipina"), ("madagascar", "malagasy"),
    ("emirates", "emirati"), ("scotland", "scottish scots"), ("england", "english"), ("myanmar", "burmese"),
    ("lesotho", "basotho"), ("monaco", "monegasque"), ("botswana", "motswana batswana"), ("cambodia", "khmer"),
    ("greece", "greek"), ("sweden", "swedish swede"), ("norway", "norwegian"), ("turkey", "turkish"),
    ("portugal", "portuguese"), ("china", "chinese"), ("lebanon", "lebanese"), ("malta", "maltese"),
    ("belgium", "belgian"), ("britain", "british briton"), ("cyprus", "cypriot"), ("slovakia", "slovak"),
    ("czechia", "czech"), ("croatia", "croat"), ("serbia", "serb"), ("slovenia", "slovene"), ("azerbaijan", "azeri"),
    ("iceland", "icelandic icelander"), ("argentina", "argentine"), ("germany", "german"), ("honduras", "honduran"),
    ("mauritius", "mauritian"), ("luxembourg", "luxembourgish"), ("kosovo", "kosovar"), ("montenegro", "montenegrin"),
    ("mozambique", "mozambican"),
) for demonym in demonyms.split()}

# Countries and continents, lower-cased: a passage naming one the claim does not name is about somewhere else.
COUNTRIES = frozenset(
    "afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas "
    "bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei "
    "bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba "
    "cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland "
    "france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary "
    "iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati "
    "kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg "
    "madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco "
    "mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria "
    "norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia "
    "rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden "
    "switzerland syria taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkmenistan "
    "tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england "
    "scotland wales europe africa asia america oceania".split()) | {
    "burkina faso", "cape verde", "central african republic", "costa rica", "dominican republic", "east timor",
    "el salvador", "equatorial guinea", "ivory coast", "marshall islands", "new zealand", "north korea",
    "north macedonia", "papua new guinea", "saudi arabia", "sierra leone", "solomon islands", "south africa",
    "south korea", "south sudan", "sri lanka", "united kingdom", "united states", "united arab emirates"}

# Numbers written as words; "forty-two" is read from its parts.
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {
    w: 10 * i for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), start=3)}

# Small counts of unnamed people are particular people, not a crowd: "two aides", "eleven parents".
SMALL_COUNTS = frozenset(word for word, n in NUMBER_WORDS.items() if 2 <= n <= 12)
# Places a "who" can be hung on by the parse but cannot speak ("parents on the island, who say ...").
PLACE_NOUNS = frozenset("country island city town village region area state county district estate "
                        "street world public".split())
# Groups that are institutions a reader can contact, so never vague on their own.
NAMED_GROUPS = frozenset("police prosecutor prosecution defence defense court judge jury government ministry "
                         "council authority".split())  # lemmas
# Unnamed-looking heads that stand for a named body or document ("a council spokesperson", "a joint statement").
NAMED_HEADS = frozenset("spokesperson spokesman spokeswoman statement report document filing letter ruling "
                        "judgment judgement study survey audit review inquiry indictment complaint lawsuit "
                        "website release investigation analysis panel committee database".split())
# Figures and records are as named as whoever keeps them: "figures from the statistics office", "council
# records" and "official figures" can be looked up; "industry estimates" and "figures from analysts" cannot.
# Word forms, not lemmas: "a senior government figure" is a person.
DATA_HEADS = frozenset("figures data records papers statistics estimates numbers minutes".split())
UNACCOUNTABLE_KEEPERS = frozenset("industry market sector unofficial leaked".split())
OFFICIAL_ADJECTIVES = frozenset("official government governmental federal national municipal judicial "
                                "parliamentary public".split())

# Words a passage may use for a claim's, in news copy's commonest pairs ("detained" for "arrested", "staff" for
# "employees"): each string one sense. Only for how much of a claim a passage holds, never for what it must name.
SAME_SENSE = (
    "arrest detain", "employee staff workforce", "passenger traveller traveler", "resident inhabitant",
    "family household", "home house", "company firm", "wildfire blaze bushfire", "earthquake quake tremor",
    "compulsory mandatory obligatory", "ban prohibit outlaw", "buy acquire purchase", "jail imprison prison",
    "court judges tribunal", "doctor physician", "car vehicle", "ship vessel boat ferry",
    "plane aircraft airplane jet", "medicine drug", "pupil student", "rise increase grow climb",
    "fall decrease decline drop", "cut reduce lower", "raise hike", "begin start commence", "die dead death",
    "injure hurt wound", "win victory winner", "beat defeat", "deal agreement pact", "salary wage pay", "close shut",
    "cancel scrap", "postpone defer", "resign quit", "dismiss sack oust", "build construct", "hire recruit",
    "job post position", "tourist visitor", "lawmaker legislator mp", "troops soldiers", "rebel insurgent",
    "protest demonstration demonstrator protester", "poll survey", "client customer", "excavate unearth",
    "council councillor", "illegal unlawful illicit unlicensed", "licence license", "rule regulation",
    "breach break violate", "prize award", "explosion blast", "strike walkout stoppage", "programming coding",
    "title crown", "vaccine jab", "important vital crucial essential key strategic", "appeal appellate",
    "kidnap abduct", "unemployment jobless", "farmer grower", "truck lorry", "defraud cheat swindle", "depositor saver",
    "final decider",
)

# Outcomes that exclude each other: a passage that says an officer was suspended contradicts a claim that he
# was fired. Each row is one matter, each string one outcome's words. Only words whose commoner senses stay in
# the matter: "win"/"lose" are left out ("A beat B" is "B lost to A"), as is "majority" (its stem is "major").
RIVAL_OUTCOMES = (
    # how someone left a post, or did not; how a licence was taken away, for a time or for good
    ("fire dismiss sack oust expel terminate", "suspend", "resign quit", "revoke deregister", "warn reprimand censure",
     "fine"),
    ("rise increase grow climb", "fall decrease decline drop shrink"),  # which way a figure moved
    ("raise hike", "cut lower reduce"),  # what was done to a rate, price or tax
    ("approve", "reject veto block"),
    ("unanimous unanimously", "split"),  # a decision, a vote, a verdict
    ("gold", "silver", "bronze"),  # which medal
    ("temporary temporarily loan renovation refurbishment", "permanent permanently"),  # a closure, a ban, a job cut
    ("full unconditional", "conditional provisional"),  # an approval, a licence
    ("strike walkout stoppage", "work-to-rule go-slow"),  # industrial action
    ("annul overturn quash unconstitutional", "uphold"),  # a court's ruling on a sale, a law, a sentence
    ("cancel scrap", "postpone defer delay"),  # an event, a season, a procession, a game's release
    ("buy purchase", "lease rent"),  # aircraft, ships, buildings
    ("donate", "sell"),  # books, land, equipment: given away or sold
    ("acquit", "convict"),  # a verdict: cleared of the charge or found guilty of it
    ("pardon", "commute"),  # what was done to prisoners' sentences: wiped out or shortened
    ("grant", "refuse deny"),  # bail, asylum, a licence, leave to appeal
    ("lift", "keep maintain retain extend"),  # a ban, restrictions, an order
    ("cocaine", "heroin", "cannabis marijuana", "methamphetamine", "ketamine", "fentanyl"),  # which drug was seized
)

# Irregular verb forms a suffix stemmer cannot bring home ("grew" and "grown" are "grow"), so a passage that
# says "trade grew" is matched with a claim that "trade has grown". Only forms with no commoner other sense.
IRREGULAR_VERBS = {
    form: base for base, forms in {
        "grow": "grew grown", "rise": "rose risen", "fall": "fell fallen", "win": "won", "lose": "lost",
        "pay": "paid", "sell": "sold", "buy": "bought", "meet": "met", "take": "took taken", "give": "gave given",
        "make": "made", "beat": "beaten", "say": "said", "tell": "told", "hold": "held", "bring": "brought",
        "build": "built",
        "spend": "spent", "send": "sent", "begin": "began begun", "break": "broke broken",
        "choose": "chose chosen", "drive": "drove driven", "fly": "flew flown", "freeze": "froze frozen",
        "hide": "hid hidden", "keep": "kept", "run": "ran", "see": "saw seen", "steal": "stole stolen",
        "strike": "struck stricken", "swear": "swore sworn", "throw": "threw thrown", "go": "went gone",
        "write": "wrote written", "fight": "fought", "catch": "caught", "teach": "taught", "think": "thought",
        "seek": "sought", "deal": "dealt", "feel": "felt", "know": "knew known", "come": "came",
        "become": "became", "speak": "spoke spoken", "shake": "shook shaken", "forbid": "forbade forbidden",
        "sink": "sank sunk", "shrink": "shrank shrunk", "swim": "swam swum", "sing": "sang sung",
        "draw": "drew drawn", "eat": "ate eaten", "forget": "forgot forgotten", "get": "got gotten",
        "lend": "lent", "mean": "meant", "leave": "left", "lead": "led", "stand": "stood", "understand": "understood",
        "wake": "woke woken", "wear": "wore worn", "tear": "tore torn", "bear": "borne", "bite": "bitten",
        "ride": "rode ridden", "slide": "slid", "flee": "fled", "feed": "fed", "bleed": "bled", "breed": "bred",
        "hang": "hung", "dig": "dug", "spin": "spun", "stick": "stuck", "sting": "stung", "swing": "swung",
        "withdraw": "withdrew withdrawn", "uphold": "upheld", "overthrow": "overthrew overthrown",
        "undertake": "undertook undertaken",
    }.items() for form in forms.split()
} | {  # nouns of an event the stemmer leaves apart from their verb ("the sale" is "sold", "its closure" "closed")
    form: base for base, forms in {
        "discover": "discovery discoveries", "close": "closure closures", "sell": "sale sales",
        "die": "death deaths", "grow": "growth", "lose": "loss losses", "pay": "payment payments",
        "acquire": "acquisition acquisitions", "decide": "decision decisions", "fail": "failure failures",
        "injure": "injury injuries", "suspend": "suspension suspensions", "seize": "seizure seizures",
        "agree": "agreement agreements",
    }.items() for form in forms.split()
}

# Words that make an own-voice sentence evaluative or speculative.
EVALUATIVE = frozenset(
    "important strategically-important significant crucial vital key critical major controversial notorious "
    "disastrous shocking stunning outrageous brilliant remarkable extraordinary unprecedented historic "
    "alarming worrying troubling dangerous reckless shameful disgraceful appalling excellent impressive "
    "staggering dramatic damning embarrassing humiliating bold brave courageous foolish absurd ridiculous "
    "incompetent corrupt failed failing weak strong powerful influential ambitious misguided flawed "
    "baseless unfair unjust fair welcome welcomed long-overdue overdue badly poorly well-deserved "
    "deserved best worst great terrible awful horrific tragic devastating catastrophic heroic iconic "
    "beloved infamous troubled embattled beleaguered much-needed landmark game-changing groundbreaking "
    "questionable dubious suspicious worrisome grim bleak rosy promising hopeful encouraging disappointing "
    "hapless lacklustre lackluster dismal woeful sensational superb spectacular masterful".split()
)
HEDGES = frozenset(
    "may might could perhaps possibly probably likely unlikely apparently seemingly reportedly "
    "allegedly arguably presumably supposedly seem seems seemed appear appears appeared suggest "
    "suggests signal signals".split()
)
NEGATIONS = frozenset("not n't no never neither nor none nobody nothing without".split())

# Verbs of wrongdoing that make an own-voice sentence an allegation ("He stole $2m").
WRONGDOING = frozenset(
    "steal embezzle bribe defraud launder smuggle rig cheat abuse assault torture extort fabricate "
    "falsify plagiarise plagiarize harass kidnap murder rape loot sabotage swindle dope".split()
)
# Looser verbs of wrongdoing: evidence for the model, too ambiguous for the rules on their own.
MISCONDUCT_VERBS = frozenset(
    "punch hurl bully fiddle pocket leak bury flog dump ignore hide conceal overcharge mislead lie falsify "
    "inflate overstate divert siphon misuse mistreat neglect exploit evade dodge stalk threaten blackmail "
    "vandalise vandalize trick con scam shell attack bomb loot fix cover".split()
)
WRONGDOING_PASSIVE = frozenset("accuse charge suspect allege indict implicate convict arrest sue blame".split())

# Questions and calls to action that have nothing to check.
CALL_TO_ACTION = (
    "sign up", "subscribe", "click here", "read more", "follow us", "share this", "download our",
    "listen to", "watch:", "watch the", "get in touch", "contact us", "send us", "tell us",
    "join our", "register now", "log in",
)

# Nouns and phrases of wrongdoing that make reported content an accusation.
WRONGDOING_NOUNS = frozenset(
    "fraud corruption bribery bribe negligence manslaughter homicide murder theft misconduct abuse cover-up "
    "coverup cartel doping laundering embezzlement harassment assault torture kidnapping smuggling trafficking "
    "extortion racketeering plagiarism fabrication falsification deception misrepresentation collusion "
    "match-fixing rigging intimidation discrimination exploitation malpractice wrongdoing crime crimes offence "
    "offences violation violations breach breaches lie lies misleading cheating entrapment scam racism".split()
)
# What a party says when it rejects an accusation.
DENIAL_PHRASES = (
    "not guilty", "nothing wrong", "no wrongdoing", "wrongly accused", "falsely accused", "baseless", "unfounded",
    "untrue", "false", "fiction", "fabricated", "categorically", "without merit", "no evidence", "innocent",
    "innocence", "clear his name", "clear her name", "clearing his name", "clearing her name", "vigorously",
    "strenuously", "not a single", "did not", "never", "no basis", "smear", "politically motivated", "witch hunt",
    "not true", "rejects", "denies", "disputes", "will appeal", "intends to appeal", "complied with",
    "fully complied", "acted lawfully", "acted properly", "within the law", "stands by", "stand by", "stand behind",
)
# Words that intensify an evaluation.
INTENSIFIERS = frozenset(
    "very extremely deeply highly truly utterly totally completely incredibly remarkably hugely vastly "
    "so too far much really absolutely entirely fundamentally badly sorely gravely seriously arguably".split()
)
