"""Why a claim's vote is not in the record, when the text says so itself: a vote of one of the Assembly's Main
Committees (the record holds the plenary's votes only). Run after every placement and the releases (check.check):
it changes no verdict, only the reason given for a claim left unplaced ("could be A/RES/72/190 or A/RES/72/191"
becomes "not in the record: a vote of the Third Committee …" when its paragraph reports that committee's vote; "an
amendment, motion or paragraph vote that is not in the record" is not said of a text that names no procedure). And
(thirty-fourth round) the reasons that name the vote the record lacks: the body a claim's sentence gives the vote to
("a vote of the Security Council, not in the record"), the procedure it names ("not in the record: a vote on an
amendment")."""

from __future__ import annotations

import re

from unga.claims import extract, loose_motion
from unga.claims.scope import (AGENDA, AGENCY_ORGAN_VOTED, ASSEMBLY_COMMITTEE, HUMAN_RIGHTS_COMMISSION, LEGISLATURE_VOTED,
                               OTHER_ASSEMBLY_VOTED)
from unga.claims.text import PARAGRAPH_BREAK, paragraph_around, rough_sentences

# the Main Committees (and the early sessions' Political and Ad Hoc Political Committees) by their names, in English
# and by their ordinals in the languages the checker reads ("der Dritte Ausschuss", "la Troisième Commission")
COMMITTEE = re.compile(r"\b(?:(?:First|Second|Third|Fourth|Fifth|Sixth)|(?:Special|Ad\s+Hoc)\s+Political"
                       r"(?:\s+and\s+Decolonization)?|Political|Disarmament\s+and\s+International\s+Security"
                       r"|Social,\s+Humanitarian\s+and\s+Cultural)\s+Committee\b"
                       r"|\b(?:erste|zweite|dritte|vierte|fünfte|sechste)[nrs]?\s+Ausschuss"
                       r"|\b(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)\s+Commission\b"
                       r"|\b(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\s+Comisión\b"
                       r"|\b(?:Primeira|Segunda|Terceira|Quarta|Quinta|Sexta)\s+Comissão\b"
                       r"|\b(?:Prima|Seconda|Terza|Quarta|Quinta|Sesta)\s+Commissione\b"
                       r"|(?<!\w)(?:Перв|Втор|Трет|Четв[её]рт|Пят|Шест)\w*\s+комитет\w*"
                       r"|\bAssembly['’]s\s+main\s+committee\b|\bmain\s+committee\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?"
                       r"General\s+Assembly\b", re.I)
ORDINALS = {"first": ("first", "erste", "première", "primera", "primeira", "prima", "перв"),
            "second": ("second", "zweite", "deuxième", "segunda", "seconda", "втор"),
            "third": ("third", "dritte", "troisième", "tercera", "terceira", "terza", "трет"),
            "fourth": ("fourth", "vierte", "quatrième", "cuarta", "quarta", "четв"),
            "fifth": ("fifth", "fünfte", "cinquième", "quinta", "пят"),
            "sixth": ("sixth", "sechste", "sixième", "sexta", "sesta", "шест")}
VOTE_WORD = re.compile(r"\b(?:vot\w*|approv\w*|adopt\w*|passed|recorded|abstain\w*|in\s+favou?r|verabschied\w*"
                       r"|stimmt\w*|abgestimmt|angenommen|aprob\w*|vota\w*|approuv\w*|принял\w*|одобрил\w*"
                       r"|голосова\w*|проголосова\w*)\b", re.I)
# the plenary said to vote: the committee's vote is then not the only one the paragraph reports
PLENARY = re.compile(r"\bplenary\b|\b(?:General\s+)?Assembly\s+(?:then\s+|later\s+|itself\s+)?(?:adopted|approved|voted"
                     r"|passed|endorsed)\b|\b(?:adopted|approved|endorsed)\s+by\s+the\s+(?:UN\s+)?(?:General\s+)?"
                     r"Assembly\b", re.I)
# the Assembly's vote as a noun, told as held: a heading "General Assembly vote" over its numbers, "the vote in the
# General Assembly was 165 to 7"; not one to come ("ahead of the General Assembly vote", "awaits a plenary vote")
ASSEMBLY_VOTE = re.compile(r"\bGeneral\s+Assembly(?:['’]s)?\s+vot(?:e|ing)\b"
                           r"|\bvot(?:e|ing)\s+(?:in|of|at|by)\s+the\s+(?:UN\s+)?General\s+Assembly\b", re.I)
TO_COME = re.compile(r"\b(?:ahead\s+of|before|prior\s+to|pending|await\w*|upcoming|next|for|to)\s+(?:the\s+|an?\s+)?"
                     r"(?:(?:final\s+)?vot(?:e|ing)\s+(?:in|of|at|by)\s+the\s+)?(?:UN\s+)?General\s+Assembly"
                     r"|\b(?:next|later\s+this|coming)\s+(?:week|month|year|session)\b", re.I)
# "the Committee's session", "the Committee approved": the committee the passage names elsewhere, by its bare title
# (capital C; not "the Committee on …", another body's full name)
BARE = re.compile(r"\bthe\s+Committee(?![\w-])(?!\s+(?:on|of|for|against|to)\b)")
# a vote on a draft: a committee's stage, when the text names one committee and no plenary vote
DRAFT = re.compile(r"\bdraft\b", re.I)
UNPLACED = "the roll call could not be identified with confidence"
PROCEDURAL = "an amendment, motion or paragraph vote that is not in the record"  # when the sentence names none of them
LOOSE_MOTION = ("the text says \"motion\" but names no procedure (no amendment, no-action motion, adjournment or "
                "paragraph), so it may mean the resolution itself, which it does not identify: not judged")


def committee_of(text: str) -> str | None:
    """The one Main Committee a passage reports a vote of (its name in a sentence that speaks of voting, or the one
    committee it names when that sentence calls it "the Committee"), when the passage does not also report the
    plenary's vote."""
    sentences = rough_sentences(text)
    # not "the Third Committee of the General Assembly approved"; not "it goes to the plenary next month"; a blank
    # line ends a sentence here (a quotation's last words, '… will be …”', do not run on into the plenary's paragraph)
    if any((PLENARY.search(ASSEMBLY_COMMITTEE.sub(" ", s)) or (ASSEMBLY_VOTE.search(s) and not TO_COME.search(s)))
           and not FUTURE.search(s) for s in (part for s in sentences for part in PARAGRAPH_BREAK.split(s))):
        return None
    names = {_name(m[0]) for s in sentences if VOTE_WORD.search(s)
             for m in COMMITTEE.finditer(s)}
    if not names and any(VOTE_WORD.search(s) and (BARE.search(s) or DRAFT.search(s)) for s in sentences):
        # "the Committee" of the vote (fahunt6 e70); a vote on "the draft", the committee's stage (fahunt10 ae38)
        names = {_name(m[0]) for m in COMMITTEE.finditer(text)}
    if len(names) > 1:
        names.discard("Main Committee")  # "the Assembly's main committee", named elsewhere by its number
    return names.pop() if len(names) == 1 else None


# a sentence of what is still to come ("it will come up in the Assembly next month") or of the draft's terms ("by which
# the Assembly would …"): it reports no plenary vote
FUTURE = re.compile(r"\b(?:will|would|shall|(?:is|are)\s+(?:expected|due|scheduled|set)\s+to)\b", re.I)
# the Assembly itself acting: "the General Assembly decided on Wednesday", "the General Assembly of the United Nations
# did not ratify"
ASSEMBLY_ACTS = re.compile(r"\bAssembly\b(?:\s+of\s+the\s+United\s+Nations)?\s+(?:\w+\s+){0,2}?(?:did|has|had|was|voted"
                           r"|rejected|refused|ratif\w*|decided|failed|adopted|approved|passed|endorsed)\b", re.I)
# the Assembly or its plenary named, in the languages the committees are read in
ASSEMBLY_NAMED = re.compile(r"\bAssembly\b|\bplenary\b|\bUNGA\b|\bG\.\s?A\.|Generalversammlung|Vollversammlung"
                            r"|Assembl[ée]e|Asamblea|Assembleia|Assemblea|Ассамбле", re.I)


def committee_only(text: str, committee: str | None) -> str | None:
    """The one Main Committee whose vote a text reports, when it names the Assembly only in the sentences that name
    the committee ("the Third Committee of the General Assembly approved …"): a text of that committee's vote alone.
    `committee` is the text's `committee_of`, computed once by the caller (explain_unrecorded uses it too)."""
    if committee is None or ASSEMBLY_ACTS.search(ASSEMBLY_COMMITTEE.sub(" ", text)):
        return None
    rest = " ".join(ASSEMBLY_COMMITTEE.sub(" ", s) for s in rough_sentences(text)
                    if not COMMITTEE.search(s) and not FUTURE.search(s))
    return None if ASSEMBLY_NAMED.search(rest) else committee


def _name(found: str) -> str:
    """The committee's English name ("dritten Ausschuss" → "Third Committee")."""
    if "main" in found.lower().split():
        return "Main Committee"
    if found.split()[-1].lower() != "committee":
        first = found.split()[0].lower()
        english = next(e for e, forms in ORDINALS.items() if first.startswith(forms))
        return f"{english.capitalize()} Committee"
    return " ".join(w if w.lower() in ("and", "hoc") else w.capitalize() for w in found.split())


def explain_unrecorded(out: list[dict], found: list[extract.Claim], body: str, whole: str | None) -> None:
    """In place: an unplaced claim (of the Assembly's scope) whose paragraph reports a Main Committee's vote, and not
    the plenary's, is about a vote the record lacks: its reason says so. Where only another paragraph does, the
    reason adds that the text reports such a vote (`whole`: the body's `committee_of`)."""
    procedure = loose_motion.NAMED_PROCEDURE.search(body)
    for entry, claim in zip(out, found):
        record = str(entry["evidence"].get("record", ""))
        if procedural(record) and not procedure:  # "supported the motion" in a text that names no procedure
            entry["evidence"]["record"] = LOOSE_MOTION
            continue
        if entry["resolution"] is not None or entry["verdict"] != "unverifiable" or not record.startswith(UNPLACED):
            continue
        own = committee_of(paragraph_around(body, claim.span))
        if own:
            entry["evidence"]["record"] = (f"not in the record: a vote of the {own} (the record holds the Assembly's "
                                           f"plenary votes); {record}")
        elif whole:
            entry["evidence"]["record"] = f"{record}; the text reports a vote of the {whole}, which the record lacks"


HOLDS = "it holds the General Assembly's votes"
REASON_OTHER_BODY = ("a vote of another body (Security Council, a committee, a council or a legislature), not in the "
                     f"record: {HOLDS}")
# the bodies a sentence of another body's vote names, most particular first: the first that matches is the vote's
BODIES = (("the Security Council", re.compile(r"\bSecurity\s+Council\b|\bUNSC\b|\bU\.N\.S\.C\.|\bveto", re.I)),
          ("the Human Rights Council", re.compile(r"\bHuman\s+Rights\s+Council\b", re.I)),
          ("the Commission on Human Rights", re.compile(HUMAN_RIGHTS_COMMISSION, re.I)),
          ("the General Committee", re.compile(r"\bGeneral\s+Committee\b")),
          ("the Credentials Committee", re.compile(r"\bCredentials\s+Committee\b")),
          ("the Trusteeship Committee", re.compile(r"\bTrusteeship\s+Committee\b")),
          ("the Economic and Social Council", re.compile(r"\bEconomic\s+and\s+Social\s+Council\b|\bECOSOC\b")),
          ("a national legislature", re.compile(LEGISLATURE_VOTED, re.I)),
          ("another organisation's assembly", re.compile(OTHER_ASSEMBLY_VOTED, re.I)),
          ("an agency's governing organ", re.compile(AGENCY_ORGAN_VOTED, re.I)),
          ("a committee", re.compile(r"\bcommittee\b", re.I)))
# "Committee 4": a Main Committee by its number
NUMBERED = re.compile(r"\bCommittee\s+(?:No\.?\s*)?([1-6])\b")


def other_body_reason(sentence: str) -> str:
    """Why a claim of another body's vote is not checked, naming that body when its sentence names one: a Main
    Committee by its name, else the first of BODIES; the general reason otherwise."""
    committee, numbered = COMMITTEE.search(sentence), NUMBERED.search(sentence)
    named = _name(committee[0]) if committee else \
        f"{list(ORDINALS)[int(numbered[1]) - 1].capitalize()} Committee" if numbered else None
    body = f"the {named}" if named and named != "Main Committee" else next(
        (name for name, pattern in BODIES if pattern.search(sentence)), None)
    return f"a vote of another body ({body}), not in the record: {HOLDS}" if body else REASON_OTHER_BODY


# the procedures a sentence may name (scope.PROCEDURAL): the one it names is the vote the record lacks
PROCEDURES = (("a vote on the agenda", re.compile(AGENDA, re.I)),
              ("a vote on an amendment", re.compile(r"\bamendments?\b", re.I)),
              ("a vote on a procedural motion", re.compile(r"\bno[- ]action\b|\badjourn\w*|\bclosure\s+of\b"
                                                           r"|\bmotions?\s+(?:to|for|of|on)\b", re.I)),
              ("a separate vote on part of a text", re.compile(r"\bparagraphs?\b|\bvot(?:es?|ing)\s+on\s+(?:\w+\s+){0,2}?"
                                                               r"(?:sections?|parts?)\s+of\b", re.I)))


def agenda_vote(sentence: str) -> bool:
    """The sentence tells a vote on the agenda (scope.AGENDA), a procedural vote the record lacks."""
    return bool(PROCEDURES[0][1].search(sentence))


def procedural_reason(sentence: str) -> str:
    """Why a claim of a procedural vote the record has no candidate for is not checked: the procedure its sentence
    names, when it names one only ("not in the record: a vote on an amendment"), else the general reason."""
    named = [name for name, pattern in PROCEDURES if pattern.search(sentence)]
    if len(named) != 1:
        return PROCEDURAL
    return (f"not in the record: {named[0]} (the record holds the Assembly's votes on its resolutions and few "
            "procedural ones)")


def procedural(record: str) -> bool:
    """The reason is one procedural_reason gives."""
    return record == PROCEDURAL or any(record.startswith(f"not in the record: {name} ") for name, _ in PROCEDURES)
