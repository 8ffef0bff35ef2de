"""Which body a sentence's vote belongs to: the General Assembly's plenary, a procedural vote of it (amendment, motion,
paragraph), or another body (the Security Council, a committee, the Human Rights Council; or a count out of a council's
membership, council.py). The record holds the plenary's votes only, so a claim of another body is never checked
against it."""

from __future__ import annotations

import re

from unga.claims.council import counts_its_members

# the words that may stand between a council and its verb, where and when: "the Human Rights Council in Geneva on
# Friday adopted"; never a clause's own words ("lost its Council seat once 93 states voted" is the Assembly's)
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
WHERE_OR_WHEN = (r"(?:(?:(?:in|at)\s+Geneva|(?:on\s+)?" + WEEKDAY + r"|today|yesterday|also"
                 r"|again|this\s+week|last\s+week|earlier|unanimously),?\s+){0,3}")
# the former Commission on Human Rights (to 2006), by name, or as the body whose meeting a vote came in ("a vote taken
# during the commission's yearly session")
COMMISSION = r"(?:Commission\s+on\s+Human\s+Rights|Human\s+Rights\s+Commission)\b"
HUMAN_RIGHTS_COMMISSION = (r"\bin\s+the\s+(?:UN\s+|U\.N\.\s+)?" + COMMISSION + r"|\b" + COMMISSION + r"\s+" + WHERE_OR_WHEN
                           + r"(?:has\s+|had\s+)?(?:voted|adopted|passed|approved|rejected)\b"
                           r"|\b(?:during|at|in)\s+the\s+(?:UN\s+|U\.N\.\s+)?[Cc]ommission(?:['’]s)?\s+(?:\w+\s+)?(?:meeting|session)\b")
# a council's text passed, told in the passive: "the resolution presented at the session of the Human Rights Council
# was passed"; not a text about the Council ("the text that suspended Russia's seat on the Human Rights Council was adopted")
PASSED_BY_COUNCIL = (r"\b(?:of|at|by|before)\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?"
                     r"(?:Human\s+Rights|Economic\s+and\s+Social|Security)\s+Council\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been)\s+"
                     r"(?:passed|adopted|approved)\b")
# a country's legislature, or its members, voting ("deputies vote 60-2 to pass a bill", "the Senate ratified the
# Charter by 89 to 2"); and a bill passed, which is a legislature's text, never the Assembly's
LEGISLATURE = (r"\b(?:lawmakers|legislators|MPs|parliamentarians|senators|congressmen|Knesset|Bundestag|Duma|Sejm|Congress"
               r"|Senate|House\s+of\s+(?:Representatives|Commons|Lords)|(?-i:[Pp]arliament)|legislature)\b")
LEGISLATURE_VOTED = (LEGISLATURE + r"[^.;]{0,40}?\b(?:voted|votes?\s+\d|passed|approved|ratified|adopted)\b"
                     r"|\b(?:approv|pass|adopt|back|reject|ratif)\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?-i:bills?)\b")
# another body's assembly: "the Interpol General Assembly", "the OAS General Assembly", "Venezuela's National
# Assembly", "the General Assembly of the Organization of American States", "the Assembly of States Parties"; never
# the United Nations' own however it is written ("the UN General Assembly", "the United Nations General Assembly",
# "the December General Assembly vote", "the Seventy-fifth General Assembly", "The General Assembly")
NOT_A_BODY = (r"(?:(?:General|United|Nations|UN|UNO|UNGA|Plenary|Emergency|Special|Whole|Full|Entire|World|Same"
              r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
              r")\w*\b|\w+(?:th|st|nd|rd)\b)")
OTHER_ASSEMBLY = (r"(?:\b(?:the|its|an?)\s+|['’]s\s+)(?:(?!" + NOT_A_BODY + r")(?-i:[A-Z][A-Za-z]+)\s+){1,2}"
                  r"(?-i:(?:General\s+)?Assembly)\b"
                  r"|\b(?-i:General\s+Assembly)\s+of\s+(?:the\s+)?(?!United\b|UN\b|U\.N\.)(?-i:[A-Z])"
                  r"|\bAssembly\s+of\s+States\s+Parties\b")
ANOTHER_ASSEMBLY = re.compile(OTHER_ASSEMBLY, re.I)
# that assembly voting, or a vote held at it ("at the Interpol General Assembly, 75 states voted in favour")
OTHER_ASSEMBLY_VOTED = (r"(?:" + OTHER_ASSEMBLY + r")[^.;]{0,40}?\b(?:voted|votes?\s+\d|passed|approved|adopted"
                        r"|rejected|elected|admitted)\b")
# a specialised agency's own organ ("the IAEA Board of Governors", "UNESCO's executive board", "the agency's 35-member
# board", "the General Conference", "the IAEA BoG"), voting or deciding: that organ's vote, which the record lacks
# (fahunt17: the IAEA Board's 20-2-12 of 2024, UNESCO's board choosing a Director-General by 30 to 28)
AGENCY_ORGAN = (r"(?:\b(?:Board\s+of\s+Governors|Executive\s+Board|General\s+Conference|Governing\s+Body)\b|\b(?-i:BoG)\b"
                r"|\b(?:(?-i:IAEA|UNESCO|UNICEF|WFP|ILO|FAO|WHO)|agency|watchdog)(?:['’]s)?\s+(?:\d+-member\s+)?board\b)")
AGENCY_ORGAN_VOTED = (AGENCY_ORGAN + r"[^.;]{0,80}?\b(?:vot\w*|adopt\w*|pass(?:ed|es)|approv\w*|reject\w*|censur\w*"
                      r"|rebuk\w*|condemn\w*|elect\w*|nominat\w*|cho(?:se|sen)|selected)\b")
# "recommendations proposed by the committee on …": a committee that wrote the text, not one that voted on it
NOT_AUTHORED = "".join(rf"(?<!\b{verb}\s)" for verb in ("proposed", "recommended", "prepared", "drafted", "submitted",
                                                       "requested", "established", "created", "made"))
# a committee named by its title voting, as its sentence's subject: "the General Committee approved the draft by 9 to
# 4", "the Ad Hoc Political Committee on Monday adopted", "Committee 4 today adopted" (thirty-fourth round; the First
# to Sixth are named in OTHER_BODY below): a committee's vote, which the record lacks
NAMED_COMMITTEE_VOTED = (r"(?:\b(?:the|its|a|UN|U\.N\.)\s+(?:(?-i:[A-Z][\w-]*)\s+){1,3}(?-i:Committee)|\b(?-i:Committee)\s+"
                         r"(?:No\.?\s*)?[1-6]\b)\s+(?:(?:(?:on\s+)?" + WEEKDAY + r"|today|yesterday|then|later|also|again|on\s+\w+\s+\d{1,2}"
                         r"|on\s+\d{1,2}\s+\w+),?\s+){0,2}(?:(?:has|had)\s+)?(?:approved|adopted|voted|rejected|passed|recommended)\b")
OTHER_BODY = re.compile(LEGISLATURE_VOTED + r"|" + OTHER_ASSEMBLY_VOTED + r"|" + AGENCY_ORGAN_VOTED + r"|(?:\bSecurity Council\b|\bUNSC\b|\bU\.N\.S\.C\.)[^.;]{0,80}?\b(?:vot|veto|adopt|resolution|abstain)|\bvetoe?d?\b|\bvetoes\b|\b(?:First|Second|Third|Fourth|Fifth|Sixth|Special)"
                        r"\s+Committee\b|(?<!participation\s)(?<!membership\s)(?<!seat\s)\bin\s+(?:the\s+)?(?:UN\s+|U\.N\.\s+)?Human Rights Council\b"
                        r"|\bHuman Rights Council\s+" + WHERE_OR_WHEN + r"(?:has\s+|had\s+)?(?:voted|adopted|passed)|\bmembers\s+of\s+the\s+(?:UN\s+|U\.N\.\s+)?Human Rights Council\b|\b(?:the|a|UN|U\.N\.)\s+[Cc]ommittee\s+(?:\w+\s+)?"
                        r"(?:approved|adopted|voted|rejected|passed)|" + NAMED_COMMITTEE_VOTED + r"|" + NOT_AUTHORED
                        + r"\b(?:in|by)\s+(?:the\s+|its\s+|a\s+)?(?:UN\s+)?"
                        r"(?:(?-i:[A-Z][\w-]*)\s+){0,3}[Cc]ommittee\b"  # "in the Special Political Committee"
                        r"|" + HUMAN_RIGHTS_COMMISSION + r"|" + PASSED_BY_COUNCIL, re.I)
# the Assembly, or its plenary ("those who had abstained with us in the committee were absent from plenary")
ASSEMBLY = re.compile(r"\bAssembly\b|\bUNGA\b|\bplenary\b", re.I)


def names_the_assembly(sentence: str) -> bool:
    """The sentence names the General Assembly (or its plenary), not only another body's assembly."""
    return bool(ASSEMBLY.search(ANOTHER_ASSEMBLY.sub(" ", sentence)))


RESOLUTION = re.compile(r"\bresolutions?\b|\badopted\b|\bdraft\b", re.I)
# a vote on the Assembly's agenda, which the record lacks: an item included in it ("voted against including the item on
# the agenda", "opposed the inclusion of the question in the provisional agenda", "to place the issue on its agenda"),
# or the agenda adopted; not a resolution adopted under an agenda item ("under agenda item 31"). Not PROCEDURAL: the
# record holds some agenda votes of the early sessions, as roll calls without a symbol (check.check keeps such a claim
# off the resolutions only)
AGENDA = (r"\b(?:inclu(?:de[sd]?|ding|sion\s+of)|plac(?:e[sd]?|ing)|put(?:ting|s)?|add(?:ed|ing|s)?)\s+"
          r"(?:(?:an?|the|this|that|its|their)\s+)?(?:[\w“”\"'’-]+\s+){0,6}?(?:sub-)?(?:items?|questions?|issues?|topics?)\b"
          r"[^.;]{0,60}?\b(?:on|in|onto)\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,4}?agenda\b"
          r"|\badopt(?:ion\s+of|ed|ing|s)?\s+(?:the|its)\s+(?:provisional\s+)?agenda\b|\bagenda\s+vote\b"
          r"|\bvot(?:e|ed|ing)\s+on\s+(?:the|its)\s+(?:provisional\s+)?agenda\b")
# the votes on a text's parts, as a text lists them ("The votes on other sections of the plan were: 1. …") are
# paragraph votes too
PROCEDURAL = re.compile(r"\bamendments?\b|\bmotions?\b|\bno-action\b|\bparagraphs?\b|\bprocedural\b|\badjourn"
                        r"|\bvot(?:es?|ing)\s+on\s+(?:\w+\s+){0,2}?(?:sections?|parts?)\s+of\b", re.I)


# "a General Assembly committee", "the Assembly's Third Committee", "the Third Committee of the UN General Assembly":
# a committee, not the plenary (not "a resolution called up from the Assembly's Trusteeship Committee": the plenary's
# vote on a committee's draft)
ASSEMBLY_COMMITTEE = re.compile(r"(?<!\bfrom\s)(?<!\bfrom\sthe\s)"
                                r"\b(?:General\s+)?Assembly(?:['’]s)?\s+(?:(?:[A-Z][\w-]*|main)\s+)?[Cc]ommittee\b"
                                r"|\b[Cc]ommittee\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?General\s+Assembly\b"
                                r"(?:\s+of\s+the\s+United\s+Nations\b)?")


# an aside between the subject and its verb, between commas, dashes or brackets, that is not a relative clause about
# the subject ("The resolution, similar to one X vetoed in the Security Council on 4 May, received 137 votes"; "The
# vote, clearing the way for a debate in the Security Council, was 93 to 6"): a council named only there is not the
# body of the sentence's vote ("On Tuesday, X vetoed a Security Council draft, with …" has no subject before it)
SUBJECT_ASIDE = re.compile(r"\s*(?:The|This|That|Its|Their|A|An)\s+[^,;:()\-–—]{1,40}?(?P<aside>,(?!\s*(?:which|who|whom|whose|that)\b)"
                           r"[^,;]{8,160},|\s(?:--|—|–)\s[^;—–]{8,160}?\s(?:--|—|–)\s|\s\([^()]{8,160}\))")
OWN_VOTE = re.compile(r"\b\d{1,3}\s*(?:votes?\s+)?(?:to|-|–|against)\s*\d{1,3}\b|\b\d{1,3}\s+votes?\b|\bvot(?:ed|es?|ing)\b"
                      r"|\babstain", re.I)


# a sentence that tells where the narration stands: a committee as its subject, meeting or voting ("Later, the General
# Committee was called together again to hear …", "In the First Committee, …"), or the plenary ("The Assembly then …",
# "At the plenary meeting two days on, …"); a phrase or two set off by commas may come first
FRONTED = r"^\W*(?:[^,;.]{1,40},\s*){0,2}?"
COMMITTEE_TURN = re.compile(FRONTED + r"(?:(?:in|at|when|while)\s+)?(?:the\s+)?(?:U\.N\.\s+|UN\s+)?"
                            r"(?:(?-i:[A-Z])[\w-]*\s+){1,3}Committee\b"
                            # not "the Committee on …", a body's full name ("the First Committee on Monday" is a day)
                            r"(?!['’]s|\s+(?:on(?!\s+" + WEEKDAY + r")|of|for|to|against)\b)"
                            r"(?:\s*,|[^,;.]{0,30}?\b(?:was|were|had|has|met|took|began|\w+ed)\b)", re.I)
# a heading, at the start of any line of its sentence, that opens a committee's figures ("Committee vote:", "In the
# Third Committee:", "Vote in committee:"), as a text setting the committee's vote beside the plenary's ("Plenary
# vote:", a PLENARY_TURN) writes it
COMMITTEE_HEADING = re.compile(r"^[^\w\n]*(?:(?:vote|voting)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[\w-]*\s+){0,3}committee"
                               r"(?:\s+(?:vote|voting|stage|result|tally))?s?\s*(?::|$)", re.I | re.M)
# the Assembly's vote foretold, which does not bring the narration back from a committee ("The Assembly is set to
# consider the proposal next month", "… will take it up", "… would vote on it in December")
FORETOLD = (r"\s+(?:(?:is|are|was|were)\s+(?:(?:\w+ly\s+|now\s+)?(?:set|expected|due|scheduled|likely|slated|poised)\s+)?to\b"
            r"|(?:will|would|shall)\b)")
PLENARY_TURN = re.compile(FRONTED + r"(?:(?:in|at|before|when|while)\s+)?(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?"
                          r"(?:General\s+)?(?:Assembly|plenary)\b(?!['’]s\s+(?:\w+\s+){0,2}Committee)(?!" + FORETOLD + ")", re.I)


IN_COMMITTEE = ("told after the text turns to a committee's meeting and before it comes back to the plenary: the "
                "committee's vote, which the record lacks, not the plenary vote the text pins down elsewhere")


def in_committee(sentences: list[str], plenary: set[int]) -> set[int]:
    """The sentences told after the narration turned to a committee's meeting and before it came back to the plenary
    (a sentence that opens on the Assembly, or one in `plenary`, whose tally pins down a plenary vote): their votes
    are the committee's, which the record lacks, whatever plenary vote the text pins down elsewhere."""
    inside, out = False, set()
    for number, sentence in enumerate(sentences):
        if number in plenary or PLENARY_TURN.match(sentence):
            inside = False
        elif COMMITTEE_TURN.match(sentence) or COMMITTEE_HEADING.search(sentence):
            inside = True
        if inside:
            out.add(number)
    return out


# "After an earlier vote in the First Committee, ten more states voted in favour": the fronted phrase sets the
# committee's vote apart, before the sentence's own vote
EARLIER_FRONTED = re.compile(r"^\W*(?:Following|After)\s+(?:an?|the|its)\s+(?:earlier|previous|prior|first)\s+"
                             r"(?:vote|voting|ballot|approval|adoption)\b[^,;.]{0,120},", re.I)


# "the Committee approved a text, by which the Assembly would deplore …", "… which provided that the General Assembly
# would endorse …": the draft's terms (what the Assembly would do), to the sentence's end, not the Assembly's vote
DRAFT_TERMS = re.compile(r"\b(?:(?:by|under|through|in)\s+which|that)\s+(?:the\s+)?(?:General\s+)?Assembly\s+would\b.*"
                         # the Assembly as the one a council's vote recommends to ("the Council voted 13-0-1 to
                         # recommend to the General Assembly that A be admitted"): not the body voting
                         r"|\b(?:recommend|refer|submit|transmit)\w*\s+(?:it\s+|them\s+|(?:its|the)\s+\w+\s+)?to\s+the\s+"
                         r"(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?General\s+Assembly\b",
                         re.I | re.S)


# a council's own vote, as a text about it reports it: "the Economic and Social Council has adopted a text"
COUNCIL_VOTED = re.compile(r"\b(?:Security|Human\s+Rights|Economic\s+and\s+Social|Permanent)\s+Council\s+(?:members\s+)?"
                           + WHERE_OR_WHEN + r"(?:has\s+|had\s+)?(?:voted|adopted|passed|approved)\b|\bECOSOC\s+(?:has\s+)?(?:voted|adopted|passed)\b"
                           r"|\bUNSC\s+(?:has\s+)?(?:voted|adopted|passed)\b"
                           # the council as its sentence's subject, its verb a clause on: "The Economic and Social
                           # Council today elected members to seven bodies and approved several decisions"
                           r"|^\W*(?:The\s+)?(?:UN\s+|U\.N\.\s+)?(?:(?:Security|Human\s+Rights|Economic\s+and\s+Social|Permanent)\s+Council\b|"
                           + COMMISSION + r")\s+(?:[^.;]{0,80}?\s)?(?:voted|adopted|passed|approved|rejected|blocked)\b"
                           r"|" + HUMAN_RIGHTS_COMMISSION + r"|" + PASSED_BY_COUNCIL + r"|(?i:" + LEGISLATURE_VOTED + "|" + OTHER_ASSEMBLY_VOTED
                           + "|" + AGENCY_ORGAN_VOTED + ")")


def council_text(sentences: list[str]) -> bool:
    """The text reports a council's vote and names the General Assembly nowhere: its votes are that council's, not
    the Assembly's, even in the sentences that name no body ("Malaysia was one of the 8 that abstained")."""
    return any(COUNCIL_VOTED.search(s) for s in sentences) and not any(names_the_assembly(s) for s in sentences)


# an amendment conceded, not voted on: "opposed the text despite an added amendment on the war", "even after two
# amendments": the sentence's vote is the text's
CONCEDED = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding|even\s+(?:with|after))\s+(?:an?|the|its|two|three"
                      r"|several)?\s*(?:[\w-]+\s+){0,2}?amendments?\b", re.I)


def scope_of(sentence: str, before: str | None = None) -> str:
    """"other body", "procedural" or "assembly": the body whose vote the sentence reports. before: the sentence before
    it in the paragraph, where a council a count out of its seats is taken from may be named ("13 out of 15 members");
    both with their numbers in digits (a count in words is not read as one)."""
    if counts_its_members(sentence, before) or _another_body(sentence):
        return "other body"
    return "procedural" if PROCEDURAL.search(CONCEDED.sub(" ", sentence)) else "assembly"


def _another_body(sentence: str) -> bool:
    """The sentence names another body's vote, and not only in an aside between its subject and verb."""
    if not OTHER_BODY.search(sentence) or names_the_assembly(DRAFT_TERMS.sub(" ", ASSEMBLY_COMMITTEE.sub(" ", sentence))):
        return False
    fronted = EARLIER_FRONTED.match(sentence)
    if fronted and not OTHER_BODY.search(sentence, fronted.end()) and OWN_VOTE.search(sentence, fronted.end()):
        return False
    aside = SUBJECT_ASIDE.match(sentence)
    if aside is None or not re.search(r"\bSecurity\s+Council\b|\bUNSC\b", aside["aside"]) \
            or not OTHER_BODY.search(aside["aside"]):
        return True
    rest = sentence[:aside.start("aside")] + " " + sentence[aside.end("aside"):]
    return bool(OTHER_BODY.search(rest) or re.search(r"\bCouncil\b|\bUNSC\b|\bveto", rest, re.I) or not OWN_VOTE.search(rest))


# "Prior to adopting the resolution, entitled …, by a vote of 113 to none, the Assembly rejected two amendments"; "…
# turned down two amendments before passing the draft by a vote of 97-3": the numbers the adoption phrase introduces
# with "by" are the resolution's vote, though the sentence names amendments (UN meeting coverage writes it so)
ADOPTING = re.compile(r"\b(?:adopting|passing|approving|adoption\s+of)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:resolution|text|draft)\b(?!\s+amendments?\b)", re.I)
BY = re.compile(r"\bby\s+(?:a\s+)?(?:recorded\s+)?(?:vote\s+of\s+)?$", re.I)
# between the adoption phrase and its numbers: another clause's subject or vote verb
ANOTHER_VERB = re.compile(r"\bAssembly\b|\b(?:rejected|adopted|voted|approved|accepted|defeated|passed|carried|failed|"
                          r"turned)\b|;", re.I)
# the main clause after numbers set off by commas: a proposal turned down, which more votes for cannot have been
REJECTION_AFTER = re.compile(r"\W*(?:[\w-]+\s+){0,4}?(?:rejected|voted\s+down|turned\s+down|defeated)\b", re.I)


def numbers_scope(sentence: str, at: int, end: int, numbers: dict[str, int], scope: str) -> str:
    """The scope of a tally or count (sentence[at:end]): the sentence's, or the Assembly's when the sentence is
    procedural but the numbers are the ones an adoption of the whole text introduces ("adopting the text as amended
    by 120 votes to 5"), with no amendment, paragraph, motion or other vote verb between the two. Numbers
    set off by a comma ("Before adopting the text, by 50 votes to 60, the Assembly rejected an amendment") may be the
    main clause's vote: they are the adoption's only when that clause rejects something and they have more votes for
    than against, which no rejected proposal had."""
    if scope != "procedural":
        return scope
    for adopting in ADOPTING.finditer(sentence, 0, at):
        between = sentence[adopting.end():at]
        if len(between) <= 120 and BY.search(between) and not PROCEDURAL.search(between) \
                and not ANOTHER_VERB.search(between) and ("," not in between or (
                    numbers.get("yes", 0) > numbers.get("no", 0) and REJECTION_AFTER.match(sentence, end))):
            return "assembly"
    return scope


# ", which had proposed an amendment", ", who abstained in the Security Council": a clause about its antecedent
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|where)\b[^,;:]*", re.I)


# a contrast that divides a sentence between two votes: "…, the UAE abstained, but in the vote on March 2 …"
CONTRAST = re.compile(r"[,;]\s*(?:but|while|whereas|yet)\b|;", re.I)


def clause_scope(sentence: str, at: int, scope: str, before: str | None = None) -> str:
    """The scope of the clause a vote phrase at `at` stands in. Outside the relative clauses, the sentence without
    them ("Canada, which had proposed an amendment, abstained" is about the resolution); inside one, the sentence's
    scope, or another body's when the relative clause speaks of one ("The UAE, which abstained in the Security
    Council, voted yes": the abstention is the Council's). A sentence a contrast divides gives each part its body:
    "When the Security Council voted on it on 25 February, the UAE abstained, but in the General Assembly's vote on
    2 March it joined the condemnation" — the abstention is the Council's, though the sentence names the Assembly.
    before: as for scope_of."""
    if at < 0:
        return scope
    inside = [m for m in RELATIVE_CLAUSE.finditer(sentence)]
    own = next((m for m in inside if m.start() <= at < m.end()), None)
    if own is not None:
        return "other body" if OTHER_BODY.search(own.group(0)) else scope
    scope = scope_of(RELATIVE_CLAUSE.sub(",", sentence), before) if inside else scope
    bare = RELATIVE_CLAUSE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), sentence)  # offsets hold
    return "other body" if scope != "other body" and _another_body(_contrast_part(bare, at)) else scope


def _contrast_part(sentence: str, at: int) -> str:
    """The part, between contrastive joints (", but", ", while", ", whereas", ", yet", ";"), that the offset `at`
    stands in (the whole sentence when none divides it)."""
    cuts = [0, *(m.start() for m in CONTRAST.finditer(sentence)), len(sentence)]
    return sentence[max(c for c in cuts if c <= at):min((c for c in cuts if c > at), default=len(sentence))]
