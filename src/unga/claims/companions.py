"""The states a count is said together with: "China and 64 other countries abstained" counts 65, "Peru, alongside
152 other countries, voted yes" 153, "Laos voted against, as did nine other countries" 10; and the count of a
state's side, "N states voting with Russia", which may or may not count Russia.

Two readings are wrong and were made before: the bare N of "A and N others" (it is N plus the states named), and N
in favour for "N states voting with A" (it counts A's side, whatever A voted, with A or without it: the text does
not say which, so such a count is read as N + 1 and never called false).
"""

from __future__ import annotations

import re

from unga.claims import phrases, positions, roles
from unga.claims.names import mentions
from unga.claims.side_words import vote_of
from unga.claims.targets import OWNED

# the sentence before may tell the state's vote on another text than the count's: read, never called false
SIDE_BEFORE = "the state's side is its vote in the sentence before, which may be on another text; never called false"
WITH_OR_WITHOUT = ("'N states voting with A', 'A, along with N countries': N may count A or not; read as N + 1, never "
                   "called false")

# "Russia could muster only 10 other no votes", "Israel was joined by 4 other states": the subject counts too
GATHERED = re.compile(r"\s*(?:was|were|could|had|has)?\s*(?:only\s+|just\s+)?(?:able\s+to\s+)?(?:only\s+|just\s+)?"
                      r"(?:muster(?:ed)?|dr[ae]w|got|won|gained|attracted|garnered|joined(?:\s+by|\s+with)?|joins|joining"
                      r"|alongside|along\s+with|together\s+with)\s+(?:only\s+|just\s+)?")
# "Together with Japan, 140 other countries …", "Apart from Russia, four other countries …", "Like Peru, 140 others":
# the named states besides
COMPANION_BEFORE = re.compile(r"\b(?:(?:along|together)\s+with|alongside|apart\s+from|aside\s+from|besides|in\s+addition\s+to|like"
                              r"|as\s+well\s+as)\s+(?:the\s+)?$", re.I)
# "As well as Russia, four countries voted against": these words leave the named states out of the N even without
# "other" (5 against); "Along with Russia, four countries" does not say, and is left to the "other" reading
BESIDES_BEFORE = re.compile(r"\b(?:apart\s+from|aside\s+from|besides|in\s+addition\s+to|as\s+well\s+as)\s+(?:the\s+)?$", re.I)
# "Kenya voted with 142 other countries", "Peru, alongside 152 other countries,", "Chad voted against, as did nine
# other countries", "Malta voted against it together with 12 other countries": a companion word after the states,
# perhaps after their vote (a few words, no comma but the one that opens the companion)
_COMPANION = (r"(?:(?:\s*,\s*|\s+)(?:along\s+with|alongside|together\s+with|joined\s+by|in\s+company\s+with|joining"
              r"|(?P<with>with))"
              r"|\s+(?:voted|votes|voting|vote|sided|stood)\s+(?:along\s+)?with|\s*,?\s+(?:as|so)\s+did"
              r"|\s+(?:joined|joins|joining))\s+(?:only\s+|just\s+)?(?:the\s+)?$")
COMPANION_AFTER_VOTE = re.compile(r"^,?(?:\s+(?:(?-i:[a-z])[\w'’-]*)){0,6}?" + _COMPANION, re.I)
VOTE_VERB = re.compile(r"\b(?:vot\w+|oppos\w+|abstain\w*|back\w*|support\w*|reject\w*|join\w*)\b", re.I)
OTHER = re.compile(r"\d+\s+others?\b")
# "Brazil and other 72 countries": the word order some writers use for "72 other countries"
OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)
# a capitalised word and a comma before the list: a name the record does not know ("Ruritania, B and 29 others"), not
# a sentence adverb opening the sentence ("Meanwhile, A and B voted against, along with eight others")
UNKNOWN_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?i:" + phrases.SENTENCE_ADVERB + r")\s*,)(?-i:[A-Z])[\w'’.-]*\s*,\s*$")


def named_others(sentence: str, at: int) -> int | None:
    """How many named states a count at `at` leaves out and the text counts in: 'China and 64 other countries
    abstained' (1), 'Peru, alongside 152 other countries' (1), 'A, along with B, voted against together with 12
    other countries' (2). 0 when none; None when a subject that is no state we know stands beside "N other"
    ("Moscow and 10 other capitals"), or when "A and 57 countries" leaves open whether A is among the 57."""
    named = named_states(sentence, at)
    return None if named is None else len(named)  # a name written twice was counted twice by its writer


# "Nigeria, along with 140 countries, voted yes": a companion word with no "other" leaves open whether the named
# state is among the N, as "Ghana and 57 countries" does; read as N + 1, never called false (WITH_OR_WITHOUT); "Russia
# was joined by six countries in voting against" alike (with its gerund: the clause is the joined states' vote)
UNSAID = re.compile(r"\s*,?\s*(?:(?:along|together)\s+with|alongside|(?P<was>(?:was|were|has\s+been|had\s+been)\s+)?joined\s+by|in\s+(?:the\s+)?company\s+(?:of|with)"
                    r"|(?:voted|votes|voting|sided|stood)\s+(?:along\s+)?with)\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?$",
                    re.I)
FRONTED_WITH = re.compile(r"(?:^|[,;:(]\s*|\s)(?:(?:along|together)\s+with|alongside|like)\s+(?:the\s+)?$", re.I)
STATES_COUNTED = re.compile(r"\d{1,3}\s+(?:[\w-]+\s+){0,2}?(?:countries|states|nations|members|governments|delegations)\b", re.I)


def unsaid(sentence: str, at: int) -> bool:
    """A state and a companion word right before a count at `at` that does not say "other" ("Kenya, along with 140
    countries"): the N may or may not count the state."""
    if _other(sentence, at) or not STATES_COUNTED.match(sentence, at) \
            or re.match(r"\d+\s+(?:more|additional)\b", sentence[at:]):
        return False  # "with 140 other countries" says it; "along with 140 votes" counts votes, not companions
    head = sentence[max(0, at - 80):at]
    named = mentions(head)
    if named and re.fullmatch(r"\s*,\s*", head[named[-1].end:]) and FRONTED_WITH.search(head[:named[-1].start]):
        return True  # "Along with Russia, four countries voted against": four others, or four in all
    said = UNSAID.fullmatch(head[named[-1].end:]) if named else None
    counted = STATES_COUNTED.match(sentence, at)
    return bool(said) and (not said["was"] or bool(JOINING_GERUND.match(sentence, counted.end())))


JOINING_GERUND = re.compile(r"\s+in\s+(?:voting|opposing|supporting|backing|rejecting|abstaining)\b", re.I)


TAKEN_WITH = re.compile(r"\b(?:supported|backed|opposed|sided\s+with|stood\s+(?:by|with))\s+(?:the\s+)?$", re.I)
APPOSED = re.compile(r"\b(?:including|among\s+them|among\s+which|such\s+as|namely)\s+(?:the\s+)?$", re.I)


def _other(sentence: str, at: int) -> re.Match | None:
    """'other' said of the count at `at`, after it ("72 other countries") or before it ("other 72 countries")."""
    before = OTHER_BEFORE.search(sentence, max(0, at - 8), at)
    return OTHER.match(sentence, at) or (before if before and STATES_COUNTED.match(sentence, at) else None)


def named_states(sentence: str, at: int) -> list | None:
    """The states named beside a count at `at` (see named_others): [] when none, None when not known."""
    other = _other(sentence, at)
    head = sentence[:other.start() if other and other.start() < at else at]
    if not other:
        runs = positions.lists(head, mentions(head))
        if runs and BESIDES_BEFORE.search(head[:runs[-1][0].start]) and re.fullmatch(r"\s*,\s*", head[runs[-1][-1].end:]):
            return runs[-1]
        window = sentence[max(0, at - 60):at]
        named = mentions(window)
        between = window[named[-1].end:] if named else ""
        # "Eight countries backed Myanmar and 31 abstained": the state a side was taken with is no voter beside the 31
        return None if named and re.fullmatch(r"\s*and\s*", between) \
            and not TAKEN_WITH.search(window, 0, named[-1].start) else []
    found = mentions(head)
    runs = positions.lists(head, found)
    if runs and _with_their_own_side(sentence, at, head, runs[-1]):
        return []  # "A voted no, with 137 other countries in favour": the others' own side, without A
    if runs and (re.fullmatch(r"\s*(?:,\s*)?and(?:\s+the)?\s*", head[runs[-1][-1].end:], re.I) or GATHERED.fullmatch(head[runs[-1][-1].end:])
                 or _companion(head, runs[-1]) or _headline_list(head, runs[-1])):
        named = _chained(head, runs)
        if APPOSED.search(head, 0, named[0].start):
            return None  # "N abstained, among them A and B, and 14 other states voted against": A and B are the N's
        # "A, Ruritania, B and 29 others": a name the record does not know is in the list, and not counted
        unknown = UNKNOWN_BEFORE.search(head, 0, named[0].start) or any(
            re.search(r"(?-i:[A-Z])", head[a.end:b.start]) for a, b in zip(named, named[1:]) if b.start - a.end < 40)
        return None if unknown else named
    if runs and COMPANION_BEFORE.search(head[:runs[-1][0].start]) \
            and re.fullmatch(r"\s*,\s*", head[runs[-1][-1].end:]):
        return runs[-1]  # "Together with Japan, 140 other countries voted yes": 141; "Apart from A, 4 other": 5
    subject = re.search(r"(?:\band|\b(?:muster(?:ed)?|dr[ae]w|got|won|gained|attracted|garnered|joined(?:\s+by)?|joins"
                        r"|joining|alongside|along\s+with|together\s+with|as\s+did|so\s+did)"
                        r"(?:\s+(?:only|just))?)\s*$", head)
    companion = re.search(COMPANION_BEFORE.pattern[:-1] + r"[^,;.]{1,60},\s*$", head, re.I)  # "Apart from Moscow, 4 other"
    return None if subject or companion else []  # "Moscow and 10 other capitals": not known; "17 other nations": 17


def _headline_list(head: str, run: list) -> bool:
    """'Singapore, 140 others vote for …': a headline's list without its "and", the states opening the clause."""
    return bool(re.fullmatch(r"\s*,\s*", head[run[-1].end:]) and re.fullmatch(r"[\s\"“‘']*(?:the\s+)?", head[:run[0].start], re.I))


def _companion(head: str, run: list) -> bool:
    """The run is followed by a companion word, perhaps after its vote ("voted against it together with")."""
    gap = head[run[-1].end:]
    match = COMPANION_AFTER_VOTE.match(gap)
    return bool(match) and (len(gap.split()) <= 3 or bool(VOTE_VERB.search(gap)))


# a side said right after "with N other countries": the others' own vote ("with 137 other states voting yes")
OWN_SIDE_AFTER = re.compile(r"\s+(?:voting|in\s+favou?r|against|abstaining|backing|supporting|opposing|rejecting|for|yes|no"
                            r"|not\s+voting|absent)\b", re.I)


def _with_their_own_side(sentence: str, at: int, head: str, run: list) -> bool:
    """A plain "with" before "N other countries" that give their own side after: an absolute clause, not company."""
    match = COMPANION_AFTER_VOTE.match(head[run[-1].end:])
    counted = STATES_COUNTED.match(sentence, at)
    return bool(match and match["with"] and counted and OWN_SIDE_AFTER.match(sentence, counted.end()))


def _chained(head: str, runs: list) -> list:
    """The states of the run before the count, and of the runs it is chained to by a companion word ("Fiji,
    alongside the United States and 12 other nations": 2)."""
    named, at = list(runs[-1]), len(runs) - 1
    while at > 0 and len(named) < 12 and _companion(head[:runs[at][0].start], runs[at - 1]):
        at -= 1
        named = runs[at] + named
    return named


OTHERS_COUNT = re.compile(r"\b(?P<n>\d{1,3})\s+others?\b(?:\s+(?:U\.?N\.?\s+|United\s+Nations\s+)?(?:member\s+)?(?:countries|states"
                          r"|nations|members|delegations|governments)\b)?", re.I)


# "Alongside 137 other nations, Kenya voted yes", "With eight others, A and B voted against": the company said first
FRONTED_OTHERS = re.compile(r"(?:^|[;:(]\s*)[\"“‘']?(?:along\s+with|alongside|together\s+with|with|like|joining)\s+$", re.I)


def fronted(sentence: str, match: re.Match) -> list:
    """The states that open the clause after a fronted company of N others and its comma: [] when none."""
    comma = re.match(r"\s*,\s*(?:the\s+)?", sentence[match.end():])
    if not FRONTED_OTHERS.search(sentence[:match.start()]) or not comma:
        return []
    tail = sentence[match.end() + comma.end():]
    runs = positions.lists(tail, mentions(tail))
    return runs[0] if runs and runs[0][0].start == 0 else []


OWN_VERB = re.compile(r"\s+(?:(?:that|which|who)\s+)?(?:(?:also|had|have|all)\s+)*(?P<verb>" + roles.VERB + ")", re.I)


def as_many(sentence: str, stated: list) -> list[tuple[dict, list[str]]]:
    """'Chad voted against, as did nine other countries', 'Kenya joined 144 other member states in supporting it':
    the named states' vote, as the sentence gives it to them, and their number with the others (N + k)."""
    votes = {p.iso3: p.vote for p in stated}
    out = []
    for match in OTHERS_COUNT.finditer(sentence):
        named = named_states(sentence, match.start()) or fronted(sentence, match)
        sides = {votes.get(m.iso3) for m in named}
        own = OWN_VERB.match(sentence, match.end())  # "A abstained, and 14 other states voted against": not A's side
        if named and len(sides) == 1 and (side := sides.pop()) in ("yes", "no", "abstain") \
                and (own is None or vote_of(own["verb"]) in (None, side)):
            out.append(({"field": side, "op": "=", "value": int(match["n"]) + len(named)}, []))
    return out


# "N states voting with Russia", "N countries that voted along with A", "N countries backed Russia", "the only two
# countries to vote with A": A's side
WITH_A_STATE = re.compile(r"\b(?P<n>\d{1,3})\s+(?P<other>other\s+|more\s+)?(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations"
                          r"|members|delegations|governments|others)\s+(?:(?:that|which|who|to)\s+)?(?:(?:had|have|also|only)\s+)*"
                          r"(?:(?:voted|voting|vote|sided|siding|side|stood|standing|stand)\s+(?:(?:in\s+favou?r|for|against|yes|no)\s+)?"
                          r"(?:along\s+with|alongside|together\s+with|with)|backed|supported)\s+(?:the\s+)?", re.I)
# "Two states, A and B, joined the United States in opposition": the state joined is not among the N (N + 1)
JOINED_A_STATE = re.compile(r"\b(?P<n>\d{1,3})\s+(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members"
                            r"|delegations|governments|others)\s*(?:,[^,;()]{3,80},|\s\([^()]{3,80}\))?\s*"
                            r"(?:(?:had|have|also|only)\s+)*joined\s+(?:the\s+)?", re.I)
NO_POSSESSIVE = re.compile(r"(?![’']s?\b)")
CAPITAL = re.compile(r"(?:" + "|".join(re.escape(c) for c in sorted(phrases.METONYMS, key=len, reverse=True)) + r")\b")


# "voted with Burma in opposing it", "voting with Russia against", "sided with the US to abstain": the side said after
SIDE_AFTER = re.compile(r"\s*,?\s*(?:in\s+(?:voting\s+|casting\s+)?|to\s+(?:vote\s+)?)?(?P<side>against|opposing|oppose|reject\w*"
                        r"|in\s+favou?r|support\w*|back\w*|abstain\w*)\b", re.I)
SIDES = {"agai": "no", "oppo": "no", "reje": "no", "favo": "yes", "supp": "yes", "back": "yes", "abst": "abstain"}


def state_at(sentence: str, at: int) -> tuple[str, int] | None:
    """The state named right at `at`, by its name or its capital ("voting with Moscow"), and where it ends."""
    named = mentions(sentence[at:at + 60])
    if named and named[0].start == 0:
        return named[0].iso3, at + named[0].end
    capital = CAPITAL.match(sentence, at)
    return (phrases.METONYMS[capital.group(0)], capital.end()) if capital else None


def with_a_state(sentence: str) -> list[tuple[int, int, int, bool, str]]:
    """Counts of a state's side: (start, end, N, exact, iso3). exact when the text says "other" ("N other states
    voting with A": N + 1); else the text does not say whether A is among the N."""
    out = []
    for match in [*WITH_A_STATE.finditer(sentence), *JOINED_A_STATE.finditer(sentence)]:
        state = state_at(sentence, match.end())
        if state is None or not NO_POSSESSIVE.match(sentence, state[1]):
            continue  # "14 countries supported Israel's offensive": a deed, not a side
        exact = match.re is JOINED_A_STATE or bool(match["other"])
        out.append((match.start(), state[1], int(match["n"]), exact, state[0]))
    return out


def side_counts(sentence: str, stated: list, said_before: list | None = None) -> list[tuple[dict, list[str]]]:
    """Counts of a state's side whose vote the sentence gives that state ("Russia voted no, with five states voting
    with it" has no state after "with"; "Twenty countries voted with Burma in opposing it": Burma no, 21), or the
    sentence before in its paragraph does ("Burma voted no. Twenty countries sided with Burma": said_before, the
    claims of that sentence)."""
    sides = ("yes", "no", "abstain")
    before = {c.state: c.asserted.get("vote") for c in said_before or () if c.kind == "position"}
    own = {p.iso3: p.vote for p in stated if p.vote in sides}
    out = []
    for start, end, n, exact, iso3 in with_a_state(sentence):
        said = SIDE_AFTER.match(sentence, end)
        told = own.get(iso3) or (said and SIDES[said["side"].split()[-1].lower()[:4]])
        field = told or (before.get(iso3) if before.get(iso3) in sides else None)
        if field:
            notes = ([] if exact else [WITH_OR_WITHOUT]) + ([] if told else [SIDE_BEFORE])
            out.append(({"field": field, "op": "=", "value": n + 1}, notes))
    return out


def inside(spans: list, at: int) -> bool:
    return any(start <= at < end for start, end, *_ in spans)


# "5 countries voted in support of Russia": a side taken with a state, as "voted in favour of the United Kingdom" is
# (targeted_spans), not a yes on the text — unless the state owns what is supported ("of Japan's draft")
IN_SUPPORT_OF = re.compile(r"\bin\s+support\s+of\s+(?:the\s+)?", re.I)


def support_of_a_state(sentence: str) -> list[tuple[int, int]]:
    out = []
    for match in IN_SUPPORT_OF.finditer(sentence):
        state = state_at(sentence, match.end())  # by its name or its capital ("in support of Moscow")
        if state and not OWNED.match(sentence, state[1]):
            out.append(match.span())
    return out
