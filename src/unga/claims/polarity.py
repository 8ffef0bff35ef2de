"""A vote for or against a STATE ("voted in support of Russia", "sided with Israel", "backed Kyiv", "voted against
Myanmar"): one rule, in one place.

Such a phrase gives a side on the resolution only when the state is a party the resolution is about and the direction
is plain:
- the party and its role come from the roll call's title ("human rights in Myanmar", "imposed by the United States":
  the state whose conduct the text judges; "aggression against Ukraine", "territorial integrity of Ukraine", "admission
  of Palestine": the state it stands for), else from the text's own description of the resolution ("a resolution
  demanding that Russia withdraw", "condemning Israel"; "a resolution in support of Ukraine");
- a vote for (with, in support of, backing, siding with) the judged party is a no, against it a yes; for the party the
  text stands for a yes, against it a no;
- a state named with both roles, or with none, gives no side from the resolution (then `by_own_vote` reads the side
  from that state's own vote on the roll call, never called false); nor does a vote "for the UK to relinquish …" (the
  object is a proposition, not the state) or a possessive ("backed Russia's draft").
`positions` reads names after a vote phrase as targets ("for:MMR"); `targets` here adds what it misses: a capital for
its government ("voted in favour of Moscow", read before as a plain yes) and the verbs of siding ("backed Kyiv",
"sided with Israel"), for the states of the list right before the phrase.
"""

from __future__ import annotations

import re

from unga import countries
from unga.claims import bare_verbs, companions, extract, phrases, positions, scope
from unga.claims.names import mentions
from unga.claims.position_time import lead_time
from unga.claims.side_words import vote_of
from unga.claims.targets import OWNED
from unga.claims.text import rough_sentences

NOTE = "a vote for or against a state, read against the resolution's parties"
PROPOSITION = "a vote for a state to do something: a side on a proposal, not on the state"

# a vote phrase whose object is a state: "voted in favour of", "voted with", "backed", "sided with", "stood by"
PHRASE = re.compile(r"\b(?P<verb>vot(?:ed|ing|es?)\s+(?:(?:in\s+favou?r|in\s+support)\s+of|for|against|with)"
                    r"|cast\s+(?:its|their)\s+votes?\s+(?:(?:in\s+favou?r|in\s+support)\s+of|for|against|with)"
                    r"|backed|backing|supported|supporting|sided\s+with|siding\s+with|stood\s+(?:by|with)"
                    r"|opposed|opposing)\s+(?:the\s+)?$", re.I)
AGAINST = re.compile(r"against|oppos", re.I)
# "for the UK to relinquish", "in favour of the United Kingdom (UK) to keep", "against Palestine to be admitted": the
# state is the subject of a proposal voted on, not a side. Only after the words that make it the vote's object, never
# "with" ("voted with Russia to block the text": the infinitive is what the two voted for); and "to" then a verb, not a
# determiner or a pronoun ("in favour of Ukraine to the surprise of many", "to its credit")
PROPOSED_AFTER = re.compile(r"(?:\bfor|\bin\s+favou?r\s+of|\bin\s+support\s+of|\bagainst|\bback(?:ed|ing)|\bsupport(?:ed|ing)"
                            r"|\boppos(?:ed|ing))\s+(?:the\s+)?$", re.I)
PROPOSAL = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+to\s+(?!(?:the|a|an|it|its|their|his|her|this|that|these|those|us|them"
                      r"|him|me|whom|which|what|one|some|any|all|every|each|no)\b)[a-z]{2,}\b")


def proposition(sentence: str, start: int, end: int) -> bool:
    """The state named at start..end is the subject of a proposal voted on (see PROPOSED_AFTER)."""
    return bool(PROPOSED_AFTER.search(sentence, max(0, start - 25), start) and PROPOSAL.match(sentence, end))


def proposes(sentence: str, target: str) -> bool:
    """Some naming of the state in the sentence makes it the subject of a proposal."""
    return any(m.iso3 == target and proposition(sentence, m.start, m.end)
               for m in mentions(sentence, metonyms=True))


def objects(sentence: str) -> list[tuple[int, int, str, str, bool]]:
    """(where the phrase starts, where its state ends, "for" or "against", ISO3, whether the state is the subject of a
    proposal) for each vote phrase of the sentence whose object is a state, by its name or its capital; a possessive
    ("backed Russia's draft") is no object."""
    out = []
    for at in range(len(sentence)):
        if sentence[at].isupper() and (at == 0 or not sentence[at - 1].isalnum()):
            match = PHRASE.search(sentence[max(0, at - 60):at])
            state = companions.state_at(sentence, at) if match else None
            bare = match is not None and not match["verb"].lower().startswith(("vot", "cast"))
            if bare and not bare_verbs.SPEAKS_OF_A_VOTE.search(sentence):
                continue  # "A backed Kyiv" alone is politics; said of a vote ("backed Kyiv in the vote") it is a side
            start = max(0, at - 60) + match.start() if match else 0
            if any(a < start < b for a, b in (r.span() for r in positions.RELATIVE_SPAN.finditer(sentence))):
                continue  # "B, which A accused of siding with C, voted yes": a deed in a relative clause
            if state and not OWNED.match(sentence, state[1]):
                out.append((start, state[1], "against" if AGAINST.search(match["verb"]) else "for", state[0],
                            proposition(sentence, at, state[1])))
    return out


def targets(found: list[extract.Claim], spans: list[tuple[int, int, str]]) -> list[extract.Claim]:
    """The claims with the sides on states `positions` misses: a plain yes or no read off "voted in favour of Moscow"
    becomes for:RUS; the states of a list right before "backed Kyiv" or "sided with Israel" are added with that side;
    a vote for a state to do something is marked (never a side)."""
    out = list(found)
    by_sentence: dict[int, list[extract.Claim]] = {}
    for claim in found:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    for number, (start_at, end_at, sentence) in enumerate(spans):
        found_objects = objects(sentence) if PHRASE_WORD.search(sentence) and not HABIT.search(sentence) else []
        claims = [c for c in by_sentence.get(number, []) if c.kind == "position"]
        if found_objects and any(c.scope == "other body" for c in by_sentence.get(number, [])):
            continue
        for start, end, direction, target, proposed in found_objects:
            if proposed:
                for claim in claims:
                    if claim.asserted["vote"] == f"{direction}:{target}":
                        claim.notes.append(PROPOSITION)
                continue
            plain = "no" if direction == "against" else "yes"
            for claim in claims:  # the voter's name before the phrase, with nothing but fillers between
                at = sentence.find(claim.name) if claim.name else -1
                if claim.asserted["vote"] == plain and claim.state != target and 0 <= at < start \
                        and _voter_before(sentence, at + len(claim.name), start):
                    claim.asserted = {"vote": f"{direction}:{target}"}
                    claim.notes.append(NOTE)
            added = _list_before(sentence, (start_at, end_at), number, claims, (start, end), direction, target)
            claims += added
            out += added
    return sorted(out, key=lambda c: c.sentence)  # a new claim goes with its sentence's


# "has voted with the US more often than any other": a habit over many votes, not a side on this one
HABIT = re.compile(r"\b(?:times|often|usually|consistently|always|regularly|routinely|generally|traditionally|percent|per\s+cent"
                   r"|record|history|habit\w*|years?\s+(?:after|on\s+end))\b|%", re.I)
PHRASE_WORD = re.compile(r"\b(?:vot|cast|back|support|sid|stood|oppos)", re.I)


def _voter_before(sentence: str, end: int, start: int) -> bool:
    """Only fillers between the voter and its phrase ("A voted in favour of Moscow", "A, too, backed Kyiv")."""
    return bool(FILLERS.fullmatch(sentence[end:start]))


# a list that opens its clause ("but A and B sided with C"), not a preposition's object ("Next to A, B voted with C")
CLAUSE_HEAD = re.compile(r"(?:^|[.;:,]|\b(?:and|but|while|whereas|only|also)\b)[\s\W]*(?:(?:and|but|only)\s+)?(?:the\s+)?$", re.I)
# fillers, after at most one noun apposition ("A, a long-time ally of B, voted against Moscow")
FILLERS = re.compile(r"(?:\s*,\s*(?:an?|the|its|one|long)\b[^,;:()]{1,60},)?"
                     r"[\s,]*(?:(?:also|too|both|all|each|again|once\s+again|openly|then|had|has|have)[\s,]+)*", re.I)


# "A stood by Russia and abstained": the voters' own vote, said right after the side they took
OWN_VOTE_AFTER = re.compile(r"\s*,?\s*(?:and|but|yet)\s+(?:then\s+|still\s+|simply\s+|instead\s+|only\s+)?"
                            r"(?P<verb>abstained|voted\s+(?:against|no|in\s+favou?r|for|yes))\b", re.I)


def _list_before(sentence: str, span: tuple[int, int], number: int, claims: list[extract.Claim],
                 phrase: tuple[int, int], direction: str, target: str) -> list[extract.Claim]:
    """'A and B backed Kyiv': the list that ends right before the phrase, when `positions` read none of its states;
    their own vote when a verb of theirs follows ("A stood by Russia and abstained")."""
    start, end = phrase
    own = OWN_VOTE_AFTER.match(sentence, end)
    vote = vote_of(own["verb"]) if own else f"{direction}:{target}"
    runs = [run for run in positions.lists(sentence, mentions(sentence)) if run[-1].end <= start
            and FILLERS.fullmatch(sentence[run[-1].end:start]) and CLAUSE_HEAD.search(sentence[:run[0].start])]
    if not runs or any(c.state in {m.iso3 for m in runs[-1]} for c in claims):
        return []
    when = lead_time(sentence)
    return [extract.Claim("position", sentence, span, {"vote": vote}, state=m.iso3, sentence=number,
                          notes=[] if own else [NOTE], when=when, scope=scope.scope_of(sentence), name=sentence[m.start:m.end])
            for m in runs[-1] if m.iso3 != target]


# the state's role in a title or a description, by the words right before its name
JUDGED = re.compile(r"(?:human\s+rights\s+(?:situation\s+)?in|situation\s+of\s+human\s+rights\s+in|(?:imposed|committed|"
                    r"perpetrated|carried\s+out|occupied)\s+by|condemn\w*|deplor\w*|censur\w*|denounc\w*|demand\w*(?:\s+that)?"
                    r"|call\w*\s+(?:on|upon)|urg\w*)\s+(?:the\s+)?$", re.I)
STOOD_FOR = re.compile(r"(?:aggression\s+against|(?:territorial\s+)?integrity\s+of|sovereignty\s+of|independence"
                       r"\s+of|admission\s+of|assistance\s+to|solidarity\s+with|(?:in\s+)?support\s+(?:of|for|to)|supporting"
                       r"|people\s+of|(?:reconstruction|recovery)\s+of)\s+(?:the\s+)?$", re.I)
AGAINST_IN_TITLE = re.compile(r"against\s+(?:the\s+)?$", re.I)  # "… imposed by A against B": B is the one it stands for
AGAINST_IN_TEXT = re.compile(r"(?:resolutions?|texts?|drafts?|measures?)\s+against\s+(?:the\s+)?$", re.I)  # "a resolution against A"
HUMAN_RIGHTS = re.compile(r"\bhuman\s+rights\b", re.I)  # "human rights of … minorities in Myanmar": judged
ABOUT_A_TEXT = re.compile(r"\b(?:resolutions?|texts?|drafts?|measures?)\b", re.I)


def role(text: str, target: str, title: bool = True) -> str | None:
    """"judged", "stood for" or None: the role the words give the state (by its names) in a title or description
    ("against A" is the state a title stands for, "a resolution against A" the one a description says it judges)."""
    state = countries.state(target)
    names = {n for n in (state.short_name, state.un_name) if n}
    names |= {c for c, iso3 in phrases.METONYMS.items() if iso3 == target}
    found = set()
    for name in names:
        for match in re.finditer(r"\b" + re.escape(name) + r"\b", text, re.I):
            before = text[max(0, match.start() - 50):match.start()]
            if JUDGED.search(before) or (not title and AGAINST_IN_TEXT.search(before)) \
                    or (title and HUMAN_RIGHTS.search(text) and re.search(r"\bin\s+(?:the\s+)?$", before)):
                found.add("judged")
            elif STOOD_FOR.search(before) or (title and AGAINST_IN_TITLE.search(before)):
                found.add("stood for")
    return found.pop() if len(found) == 1 else None


def described(body: str, target: str) -> str | None:
    """The state's role in the text's own description of the resolution: the sentences that speak of a resolution."""
    sentences = [s for s in rough_sentences(body) if ABOUT_A_TEXT.search(s)]
    roles = {r for r in (role(s, target, title=False) for s in sentences) if r}
    return roles.pop() if len(roles) == 1 else None


def side(title: str, body: str, claim: extract.Claim) -> str | None:
    """The side ("yes" or "no") a vote for or against a state says on the resolution, or None."""
    if PROPOSITION in claim.notes:
        return None
    direction, target = claim.asserted["vote"].split(":")
    found = role(title, target) or described(body, target)
    if found is None:
        return None
    return "no" if (direction == "for") == (found == "judged") else "yes"


# Where neither the title nor the text makes the state a party, the state's own vote on the roll call still tells which
# side the writer means: "A and B backed Russia" is the side Russia voted, "A voted against Russia" the other one (on
# ES-11/1, Russia no, that is a yes); "for the UK" on the Chagos opinion (the UK voted no) is no. Never a side when the
# state abstained, was absent or is no voter, or when "for X to …" makes X the subject of a proposal; and never
# called false: the reading rests on the writer naming the sides by one state (branch fix17).
OWN_VOTE_NOTE = "a vote for or against a state, read as that state's side (or the other side) on this roll call: {side}"
OWN_VOTE_REFUSED = ("the side was read from the vote of the state it is taken for or against, and the writer may mean "
                    "another vote or side: not called false")
OPPOSITE_SIDE = {"yes": "no", "no": "yes"}


def by_own_vote(asserted_vote: str, sentence: str, found: dict) -> str | None:
    """'for:RUS' -> Russia's vote, 'against:RUS' -> the other side, when Russia voted yes or no; else None."""
    side, _, target = asserted_vote.partition(":")
    own = found.get(target)
    if own not in OPPOSITE_SIDE or proposes(sentence, target):
        return None
    return own if side == "for" else OPPOSITE_SIDE[own]


# "voted against it", "backed it": a side whose object is the pronoun
PRONOUN_SIDE = re.compile(r"\b(?:vot(?:ed|ing|es?)\s+(?:(?:in\s+favou?r|in\s+support)\s+of|for|against)|backed"
                          r"|supported|opposed|rejected|endorsed)\s+it\b", re.I)
# a thing voted on, which "it" may stand for (one: "it" is not "resolutions are non-binding")
VOTED_ON = re.compile(r"\b(?:resolution|text|draft|measure|motion|proposal|declaration|document|amendment|decision"
                      r"|initiative|bill|report)\b", re.I)
POSSESSIVE = re.compile(r"[’']s\b")


def pronoun_of_a_state(claims: list, spans: list) -> dict[int, str]:
    """{claim: why} for the sides said with "it" where neither the sentence nor the one before names a thing voted on,
    and the sentence names a state beside its voters, its own or another's ("… deepened Moscow's isolation. Even
    Russia's ally Serbia voted against it."): "it" may be that state, so the side is not one sure to be on the
    resolution."""
    out = {}
    for n, claim in enumerate(claims):
        if claim.kind != "position" or not PRONOUN_SIDE.search(claim.text):
            continue
        before = spans[claim.sentence - 1][2] if claim.sentence > 0 else ""
        if VOTED_ON.search(before) or VOTED_ON.search(claim.text):
            continue
        voters = {c.state for c in claims if c.sentence == claim.sentence and c.kind == "position"}
        beside = sorted({m.iso3 for m in mentions(POSSESSIVE.sub("", claim.text))} - voters)
        if beside:
            out[n] = (f"the sentence says '… it' and names {', '.join(beside)} beside the voters, and no resolution or "
                      "text: 'it' may be that state")
    return out
