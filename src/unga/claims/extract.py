"""Find the claims about recorded votes in a text: tallies, counts and comparisons, and states' positions.

Numbers are read by `numbers` (words to digits, vote numbers grouped into tallies), positions by `positions`
(state lists attached to the vote phrase of their clause). Each claim keeps the time its clause names ("in
2019", "last year") and the body that voted: a sentence about the Security Council, a veto or a committee
is not about an Assembly vote, and a sentence about an amendment or a motion is not about a resolution's vote.
A missed claim is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unga.claims import (anaphora, blocks, bounds, candidates, changes, companions, continued, coref, council, digits,
                         earlier, either, languages, langchanges, likeness, langcontinued, langlines, nominal, not_counts, numberof,
                         numbers, only, participation, positions, roles, shifts, speaker, stance, tables as grids, won_over,
                         year_table)
from unga.claims.groups import masked as through_groups
from unga.claims.names import mentions
from unga.claims.phrases import TIGHT
from unga.claims.position_time import foreign_years, lead_time, time_near
from unga.claims.scope import RESOLUTION, clause_scope, numbers_scope, scope_of
from unga.claims.targets import targeted_spans
from unga.claims.text import blanked, one_paragraph

# "ten countries, including A and B, opposed it", "ten countries including the US opposed it": the aside is skipped
COUNT_ASIDE = (r"(?:\s*(?:,|--|—|–)\s*(?:including|among(?:st)?\s+them|such\s+as|mostly|mainly|largely|notably)\b[^.;:]{1,160}?(?:,|--|—|–)"
               r"|\s+including\s+(?:the\s+)?(?-i:[A-Z])[^.;:,]{1,80}?(?=\s+(?:voted|opposed|abstained|backed|supported|did\s+not)\b))?")
COUNT = re.compile(r"(?:\b(" + bounds.before_words("en") + r"|only|just)\s+)?\b(\d{1,3})"
                   r"\s+(?:other\s+)?(?:countries|states|nations|member (?:states|countries|nations)|members|governments|delegations)\b"
                   + COUNT_ASIDE + r"(?:,)?\s*(?:that\s+|which\s+|who\s+|had\s+|have\s+)?(?:also\s+|simply\s+)?"
                   r"(voted in favou?r|voted for|voted yes|backed|supported|endorsed|condemned|approved"
                   r"|abstained|(?:refused|declined) to vote(?!\s+[\"“'‘]?(?:yes|in\s+favou?r|for|no|against)\b)|voted against|voted no|opposed|rejected"
                   r"|did not cast a vote|did(?: not|n['’]t) participate|did(?: not|n['’]t) take part|were absent|were not present)", re.I)
COUNT_FIELD = {"abstained": "abstain", "refused to vote": "abstain", "declined to vote": "abstain",
               "voted against": "no", "voted no": "no", "opposed": "no", "rejected": "no",
               "did not cast a vote": "absent", "did not participate": "absent", "did not take part": "absent",
               "didn't participate": "absent", "didn’t participate": "absent", "didn't take part": "absent",
               "didn’t take part": "absent",
               "were absent": "absent", "were not present": "absent"}
@dataclass
class Claim:
    kind: str                 # tally | count | position | other
    text: str                 # the sentence
    span: tuple[int, int]     # the sentence's characters in the text
    asserted: dict
    state: str | None = None
    sentence: int = 0
    notes: list[str] = field(default_factory=list)
    when: str | None = None   # a year, "last" or "this": the time the claim's clause names
    scope: str = "assembly"   # assembly | procedural (amendment, motion, paragraph) | other body
    name: str = ""            # the state's name as written


# a vote phrase right after an amendment or motion, in its own noun phrase ("an amendment backed by", "the motion,
# supported by"): the states it names voted on the amendment or motion
BACKERS_NOTE = "named as backing or opposing an amendment or motion: a vote on it, not on the resolution"
BACKERS_OF = re.compile(r"\b(?:amendments?|motions?)(?:\s+(?:that\s+was|which\s+was|proposed\s+by\s+[^,;.]{1,40}?))?"
                        r"[\s,]*$", re.I)


def _grid_claims(grid, raw: str, span: tuple[int, int], index: int, scope: str, when) -> list[Claim]:
    """A roll-call table's cells, and its tally when it gives one."""
    return [Claim("position", raw, span, {"vote": vote}, state=iso3, sentence=index, scope=scope, when=when, name=name,
                  notes=[grids.TABLE_NOTE]) for iso3, vote, name, span in grid.cells] + (
        [Claim("tally", raw, span, grid.tally, sentence=index, scope=scope, when=when)] if grid.tally else [])


def extract(text: str, spans: list[tuple[int, int, str]]) -> list[Claim]:
    claims: list[Claim] = []
    previous: str | None = None
    carried = False
    listing: tuple | None = None  # (vote, time, a list paragraph may follow) of a list heading "… voted against:"
    recent: list[list[str]] = []  # the lists of states of the paragraph so far, for "both countries"
    before: str | None = None  # the sentence before, in the same paragraph
    open_end = None  # (vote, time, comma) of the list the sentence before ends with: its rest may follow
    tables = blocks.count_tables(text)  # "For: 90" / "Against: 12" / "Abstentions: 52", a count a line
    laid_grids = grids.by_sentence(text, spans)  # "For Against Abstain" and the names in columns below
    by_year = year_table.rows(text)  # "Year | For | Against | Abstentions" and a row of numbers a year below
    in_digits_before = ""  # the sentence before, its numbers in digits (read once, by the loop's turn before)
    for index, (start, end, raw) in enumerate(spans):
        claims += [Claim("tally", text[s:e], (s, e), fields, sentence=index, when=str(year), notes=[year_table.NOTE])
                   for year, fields, s, e in by_year if start <= s < end]
        sentence = digits.in_digits(raw)
        previous_in_digits, in_digits_before = in_digits_before, sentence
        same_paragraph = bool(index) and one_paragraph(text, spans[index - 1][1], start)
        if index and not same_paragraph and not _pointing_paragraph(text, spans, index, raw):
            recent, before = [], None
        prior = before  # the sentence before, in the same paragraph
        cut_from, open_end = open_end, None
        before_claims = [c for c in claims if c.sentence == index - 1] if index else []
        if listed := langcontinued.read(raw, spans[index - 1][2] if index else "",
                                         [(c.kind, c.asserted, c.state) for c in before_claims]):
            source = next(c for c in before_claims if c.kind in ("count", "position"))  # "Wśród nich …": goes on
            claims += [Claim("position", raw, (start, end), {"vote": vote}, state=iso3, name=name, sentence=index,
                             scope=source.scope, when=source.when, notes=[langcontinued.NOTE])
                       for iso3, vote, name in listed]
            recent, before, listing = [], None, None
            continue
        if (foreign := languages.read(raw)) is not None:  # Spanish, French, …: languages.py reads it
            lead = lead_time(raw)
            years = (None if lead else foreign_years(raw)) or [lead]  # "se abstuvieron en el 2000 y en el 2001"
            claims += [Claim(kind, raw, (start, end), asserted, state=iso3, name=name, sentence=index,
                             scope=foreign[0], when=when) for kind, asserted, iso3, name in foreign[1]
                       for when in (years if kind == "position" else [lead])]
            read = {(iso3, asserted.get("vote")) for _, asserted, iso3, _ in foreign[1]}
            claims += [Claim("position", raw, (start, end), {"vote": vote}, state=iso3, name=name, sentence=index,
                             scope=foreign[0], when=when or lead_time(raw))  # "A pasó de la abstención al voto a favor"
                       for iso3, vote, when, name in langchanges.read(raw) if when or (iso3, vote) not in read]
            if (opened := langlines.heading(raw)) is not None:  # "Os países que votaram contra foram:" then a name a line
                claims += [Claim("position", spans[n][2], spans[n][:2], {"vote": vote}, state=iso3, name=name, sentence=n,
                                 scope=foreign[0], when=lead_time(raw), notes=[langlines.NOTE])
                           for iso3, vote, name, n in langlines.under(text, spans, index, *opened)]
            if (grid := laid_grids.get(index)) is not None:  # "賛成41", read as a count, heads a block of names
                claims += _grid_claims(grid, raw, (start, end), index, foreign[0], lead_time(raw))
            recent, before, listing = [], None, None
            continue
        scope = scope_of(sentence, before)
        carried_in = False  # procedural because the sentence before was
        if scope == "assembly" and carried and same_paragraph and not RESOLUTION.search(sentence):
            scope, carried_in = "procedural", True  # "… a procedural vote. The proposal had received 107 votes …"
        carried = scope == "procedural"
        lead = lead_time(sentence)
        first = len(claims)

        def make(kind: str, asserted: dict, group: numbers.Group | None = None, **extra) -> Claim:
            own = scope if carried_in or group is None else \
                numbers_scope(sentence, group.start, group.end, group.fields, scope)  # the numbers' own clause
            return Claim(kind, raw, (start, end), asserted, sentence=index, scope=own, **extra)

        if (grid := laid_grids.get(index)) is not None:  # a roll-call table's cells; the prose around it read below
            claims += _grid_claims(grid, raw, (start, end), index, scope, lead)
            if not (raw := grid.prose(raw)).strip():
                continue
            sentence = digits.in_digits(raw)
        laid_out = blocks.block_positions(sentence, listing, lead)
        if laid_out is not None:  # a list item under its heading, a table row, a list paragraph under "OPPOSED: 29"
            claims += [make("position", {"vote": vote}, state=iso3, when=when, name=name, notes=notes)
                       for iso3, vote, when, name, notes in laid_out[0]]
            listing = laid_out[1]
            continue
        listing = None

        masked = coref.without_anaphors(council.without_seats(_without_targets(sentence), scope), recent)
        table = [t for t in tables if t[0] < end and start < t[1]]
        groups = [] if table else numbers.tallies(masked)  # a table's numbers are read by its lines, below
        sides = companions.with_a_state(masked)
        claims += [Claim("tally", text[t[0]:t[1]], (t[0], t[1]), t[2], sentence=index, scope=scope, when=lead)
                   for t in table if t[0] >= start]
        for number, group in enumerate(groups):
            clause = groups[number - 1].end if number else 0
            compared = earlier.blank(changes.blank(sentence))  # "83, down from 86 in 2013": 2013 is the 86's time
            when = time_near(compared, group.start, group.end, back_to=clause) or lead
            hedge = [HEDGED] if group.hedged else []
            if len(group.fields) >= 2 and ({"yes", "no"} & set(group.fields)):
                fields = _with_named_others(sentence, masked, group) | numberof.completing(sentence, group)
                if len(fields) >= 2:
                    claims.append(make("tally", fields, group, when=when, notes=list(hedge)))
            else:
                others, side = named_others(sentence, group.start), _side_of(sides, group)
                if others == 0 and _others_of_the_same_side(sentence, group, before):
                    others = None  # "The UK abstained. Fourteen other countries abstained": 15, or more
                if side is not None:  # "backed by 140 states voting with Ukraine": Ukraine's side, with it or not
                    others, hedge = 1, hedge + ([] if side[3] else [companions.WITH_OR_WITHOUT, DERIVED])
                elif others == 0 and companions.unsaid(masked, group.start):  # "Kenya, along with 140 countries,"
                    others, hedge = 1, hedge + [companions.WITH_OR_WITHOUT, DERIVED]
                for key, value in group.fields.items() if others is not None else ():
                    value += others
                    op = bounds.APPROXIMATE if group.hedged else "="  # "some 111 nations", "about 140"
                    claims.append(make("count", {"field": key, "op": op, "value": value}, group, when=when,
                                       notes=list(hedge)))
        given = {(k, v) for g in groups for k, v in (g.fields | numberof.completing(sentence, g)).items()}
        read = given | {(c.asserted["field"], c.asserted["value"]) for c in claims[first:] if c.kind == "count"}
        claims += [make("count", asserted, when=lead, notes=notes)
                   for asserted, notes in _comparisons(masked, sentence)
                   if (asserted["field"], asserted["value"]) not in read]
        claims += [make("count", asserted, when=when, notes=[changes.NOTE] if when else [])  # None: this vote's
                   for asserted, when in earlier.compared(sentence, masked, before, groups, given)]
        listed = through_groups(sentence)  # "China, Scandinavian countries, India": the list reads through the group
        referents = coref.referents(sentence, recent, before) + speaker.we(sentence, text[max(0, start - speaker.WINDOW):start])
        stated, previous = positions.positions(listed, previous, referents)
        stated += nominal.owned_votes(sentence, stated)  # "Peru's abstention", "Explaining its decision to abstain, Peru"
        stated += shifts.read(sentence, stated)  # a shift table: "Belgium (yes to abstain); Ireland (abstain to no)"
        stated += won_over.read(sentence, stated)  # "X secured support from A and B to vote against"
        again = None if stated else coref.named_again(sentence, before) or \
            coref.part_named(sentence, spans[index - 1][2] if index else None)
        if again:  # "Two countries voted against. The two countries were A and B."
            stated = [positions.Position(m.iso3, again[0], lead, sentence[m.start:m.end], 0) for m in again[1]]
        stated = roles.read(listed, stated, before)  # lists read by their role: label, count, companion
        stated = either.joined(sentence, stated)  # "abstained or was absent": one claim of the two votes
        stated = participation.against_abstention(stated)  # "A, which had abstained, chose not to vote this year"
        stated = stance.read(listed, stated)  # "despite the opposition of A", "N voted no, including A"
        cut = [] if stated or not index else continued.rest(sentence, cut_from, text[spans[index - 1][1]:start])
        stated = stated or [positions.Position(m.iso3, cut_from[0], cut_from[1], sentence[m.start:m.end], 0)
                            for m in cut]
        open_end = continued.open_end(sentence, stated)
        recent, before = (recent + coref.runs_of(sentence))[-4:], sentence
        claims += [_position(p, raw, sentence, (start, end), index,
                             scope if carried_in else clause_scope(sentence, p.at, scope, prior)) for p in stated]
        for claim in claims[len(claims) - len(stated):] if cut else ():
            claim.notes.append(continued.NOTE)
        if stated and re.search(r":\s*\n", sentence):
            listing = (stated[-1].vote, stated[-1].when, sentence.rstrip().endswith(":"))
        elif (heading := blocks.HEADING.search(sentence)) is not None:
            listing = (blocks.heading_vote(heading["label"]), lead, True)
        elif not stated and (asked := blocks.question_heading(sentence) or blocks.title_heading(sentence)) is not None:
            listing = (asked, lead, True)  # "Which countries voted against?" then a paragraph of states
        elif not stated and index and (pointed := coref.pointing_heading(
                sentence, previous_in_digits)) is not None:
            listing = (pointed, lead, True)  # "32 countries abstained." then "These are:" and the list below
            items = [blocks.list_item(line) for line in sentence.split("\n")[1:] if line.strip()]
            claims += [make("position", {"vote": pointed}, state=item.iso3, when=lead, name=item.name,
                            notes=[LIST_ITEM_NOTE]) for item in items if item is not None]
        elif not stated and (opened := blocks.colon_heading(sentence)) is not None:  # "… voted in favour:" then a line each
            listing = (opened[0], lead, blocks.opens_a_paragraph(sentence))  # or a paragraph of states below
            claims += [make("position", {"vote": opened[0]}, state=item.iso3, when=lead, name=item.name,
                            notes=[LIST_ITEM_NOTE]) for item in opened[1:] if item is not None]
        claims += [make("count", asserted, when=lead, notes=[DERIVED, *notes])
                   for asserted, notes in _joined_counts(sentence, stated) + [(c, []) for c in numberof.present(sentence)]
                   if (asserted["field"], asserted["value"]) not in given]
        said = given | {(c.asserted["field"], c.asserted["value"]) for c in claims[first:] if c.kind == "count"}
        claims += [make("count", asserted, when=lead, notes=[DERIVED, *notes])
                   for asserted, notes in companions.side_counts(sentence, stated, prior and before_claims)
                   + companions.as_many(sentence, stated)
                   if (asserted["field"], asserted["value"]) not in said]
        said = given | {(c.asserted["field"], c.asserted["value"]) for c in claims[first:] if c.kind == "count"}
        claims += [make("count", asserted, when=lead) for asserted in numberof.one_of(sentence) + numberof.counts(sentence)
                   + numberof.unrecorded(sentence) + blocks.answered_count(sentence, previous_in_digits)
                   if (asserted["field"], asserted["value"]) not in said]
        claims += [make("count", asserted, when=when, notes=[only.NOTE])
                   for asserted, when in only.exclusive_counts(sentence, stated, prior)
                   if (asserted["field"], asserted["value"]) not in given]
        for claim in claims[first:] if carried_in else ():
            claim.notes.append(CARRIED_NOTE)
        for claim in claims[first:] if not_counts.CHANGERS.search(sentence) else ():
            if claim.kind == "count":
                claim.notes.append(not_counts.CHANGERS_NOTE)
    return claims


def _position(p: positions.Position, raw: str, sentence: str, span: tuple[int, int], index: int, scope: str) -> Claim:
    """A position claim (p.at indexes `sentence`, the raw text in digits), noted when its state's name is read by
    likeness (never called false on it)."""
    claim = _position_of(p, raw, sentence, span, index, scope)
    if likeness.state_of(p.name) == p.iso3 and p.iso3 not in {m.iso3 for m in mentions(p.name)}:
        claim.notes.append(likeness.NOTE)  # not a name the reader knows with its bracket or title ("Ukrainian S.S.R.")
    return claim


def _position_of(p: positions.Position, raw: str, sentence: str, span: tuple[int, int], index: int, scope: str) -> Claim:
    """A veto is a Security Council no, never an Assembly vote."""
    if p.vote == "veto":
        return Claim("position", raw, span, {"vote": "no"}, state=p.iso3, sentence=index, when=p.when,
                     scope="other body", name=p.name, notes=[VETO_NOTE])
    if p.vote == "not_yes":  # "did not support": against, abstained or away
        return Claim("position", raw, span, {"vote": "no"}, state=p.iso3, sentence=index, when=p.when, scope=scope,
                     name=p.name, notes=[LOOSE])
    if BACKERS_OF.search(sentence, max(0, p.at - 80), p.at):  # "an amendment backed by A"
        return Claim("position", raw, span, {"vote": p.vote}, state=p.iso3, sentence=index, when=p.when,
                     scope="procedural", name=p.name, notes=[BACKERS_NOTE])
    return Claim("position", raw, span, {"vote": p.vote}, state=p.iso3, sentence=index, when=p.when, scope=scope,
                 name=p.name)


LIST_ITEM_NOTE = blocks.LIST_ITEM_NOTE
LOOSE = "'did not support' may mean against, abstained or absent: read as against, never called false"
def _pointing_paragraph(text: str, spans: list, index: int, raw: str) -> bool:
    """A paragraph that is only a list pointing back ("These included A, B and C"): the sentence before it, the last
    of the paragraph before, is the one it points at (copy that gives each sentence a paragraph of its own)."""
    last = index + 1 == len(spans) or not one_paragraph(text, spans[index][1], spans[index + 1][0])
    return last and anaphora.HEAD.match(raw) is not None


CARRIED_NOTE = "procedural only because the sentence before speaks of an amendment or motion"
VETO_NOTE = "a veto: a Security Council vote, not in the record"
# "141 out of 193 member states voted yes", "141 votes out of 193", "141 of the 193 members", "out of the 193",
# "more than half the 193 members": the membership, not a count
# "N of all M UN members", "N states out of M", "out of M members, N": the membership a count is taken
# out of, blanked with the body's name that stands between it and the members ("UN", "assembly"); never under 51 (the
# Assembly's first membership): "13 out of 15" is a part, or another body's vote
MEMBERS_AHEAD = r"(?=\s+(?:U\.?N\.?\s+)?(?:member\s+states|members|member\s+nations|member\s+countries|states|countries|nations)\b)"
TOTAL = re.compile(r"(?<=\d)(?:\s+(?:countries|states|nations|members|member\s+states|votes))?(?P<total>\s+(?:out\s+)?of\s+"
                   r"(?:the\s+|all\s+|its\s+|the\s+(?:UN|U\.N\.|United\s+Nations|Assembly)['’]s\s+)?(?:[5-9]\d|1\d\d)\b(?!\s*(?:-|–|to)\s*\d)(?:\s+(?:UN|U\.N\.|United\s+Nations|assembly"
                   r"|General\s+Assembly)(?=\s+(?:member|members|states|countries|nations)\b))?)"
                   r"|\b(?:out\s+of|of\s+(?:the|all|its|the\s+(?:UN|U\.N\.|United\s+Nations|Assembly)['’]s))\s+(?:[5-9]\d|1\d\d)\b"
                   + MEMBERS_AHEAD +  # a membership: the Assembly's first had 51; "the list of the 15 countries" is no membership
                   # "more than half the 193 member states", "two-thirds of the 193 members": a share of the membership
                   r"|\b(?:half|a\s+third|one[\s-]third|two[\s-]thirds|three[\s-]quarters|(?:a|the)\s+majority|most)\s+(?:of\s+)?"
                   r"(?:the\s+|all\s+|its\s+)?\d{2,3}\b" + MEMBERS_AHEAD, re.I)
# "N states, of the M in the UN, backed it": the membership in an aside between commas, blanked with
# both commas so that the count before it reaches its verb
TOTAL_ASIDE = re.compile(r"(?<=\d)(?:\s+(?:countries|states|nations|members|member\s+(?:states|countries|nations)))?"
                         r"(?P<total>\s*,\s*(?:out\s+of|of)\s+(?:the\s+|all\s+|a\s+possible\s+)?(?:[5-9]\d|1\d\d)\b"
                         r"(?!\s*(?:-|–|to)\s*\d)[^,.;:\d]{0,50},)", re.I)


# "14 countries supported Israel's offensive": a side taken with a state's deed, not a count of the vote — unless
# what is backed is the state's text ("supported Israel's draft")
SIDE_VERB = re.compile(r"\b(?:supported|backed|opposed|sided\s+with|stood\s+(?:by|with))\s+(?:the\s+)?", re.I)
OWN_TEXT = re.compile(r"[’']s?\s+(?:\w+\s+)?(?:resolution|draft|text|proposal|motion|amendment|bid|admission|application"
                      r"|membership|candidacy)\b", re.I)


def _sides_taken(sentence: str) -> list[tuple[int, int]]:
    out = []
    for verb in SIDE_VERB.finditer(sentence):
        after = sentence[verb.end():verb.end() + 60]
        named = mentions(re.sub(r"[’']s\b", "  ", after))  # "Israel's offensive": the state, as possessor
        if named and named[0].start == 0 and re.match(r"[’']s?\b", after[named[0].end:]) \
                and not OWN_TEXT.match(after, named[0].end):
            out.append(verb.span())
    return out


def _without_targets(sentence: str) -> str:
    """The sentence with vote phrases aimed at a state ("voted against Myanmar"), the membership a count is taken
    out of ("141 out of 193"), a side taken with a state's deed and the votes a candidate received blanked: their
    numbers are not the resolution's yes or no."""
    spans = targeted_spans(sentence) + [m.span("total") if m["total"] else m.span() for m in TOTAL.finditer(sentence)
                                        if m["total"] or not not_counts.majority_in(sentence, m)] \
        + [m.span("total") for m in TOTAL_ASIDE.finditer(sentence)] \
        + _sides_taken(sentence) + companions.support_of_a_state(sentence) + candidates.candidates_votes(sentence)
    return blanked(sentence, spans)


named_others = companions.named_others


SIDE_WORDS = {"abstain": r"\babstain|\babstention", "no": r"\bagainst\b|\bopposed\b|\brejected\b|\bvoted\s+no\b",
              "yes": r"\bin\s+favou?r\b|\bvoted\s+(?:for|yes)\b|\bsupported\b|\bbacked\b"}


def _side_of(sides: list, group: numbers.Group) -> tuple | None:
    return next((s for s in sides if s[0] < group.end and group.start < s[1]), None)


def _others_of_the_same_side(sentence: str, group: numbers.Group, before: str | None) -> bool:
    """'N other countries' opening its sentence, after a sentence whose named states took the same side: other than
    those, so N is not the count ("35 other nations abstained" after the states against is the abstentions' count)."""
    if not before or len(group.fields) != 1 or not re.match(r"\d+\s+other\b", sentence[group.start:]):
        return False
    side = SIDE_WORDS.get(next(iter(group.fields)))
    return bool(side and re.search(side, before, re.I) and mentions(before))


def _with_named_others(sentence: str, masked: str, group: numbers.Group) -> dict[str, int]:
    """A tally's fields with the states named beside "N other countries" counted in ("Together with Japan, 140
    other countries voted yes": 141); a field whose other states are not known is left out."""
    fields = dict(group.fields)
    for m in re.finditer(r"(?<![\d.])\d{1,3}(?=\s+others?\b)", masked[group.start:group.end]):  # "A and 6 others"
        value, others = int(m.group(0)), named_others(sentence, group.start + m.start())
        key = next((k for k, v in fields.items() if v == value), None)
        if key is not None and others != 0:
            fields = {k: v for k, v in fields.items() if k != key} if others is None else {**fields, key: value + others}
    for m in re.finditer(r"(?<![\d.])\d{1,3}\b", masked[group.start:group.end]):  # "A, along with 140 states, voted
        if companions.unsaid(masked, group.start + m.start()):  # yes and 5 no": the 140 may or may not count A
            fields = {k: v for k, v in fields.items() if v != int(m.group(0))}
    return fields


DERIVED = "counted from the states the sentence names"
HEDGED = "a round figure ('some 111', 'about 140'): not called false"
JOINED_BY_N = re.compile(r"\b(?P<n>\d{1,3})\s+(?P<other>other\s+)?(?:countries|states|nations|member states|members|delegations)"
                        r"(?:\s*(?:--|—|–)[^—–.;]{1,300}?(?:--|—|–)|\s*,[^—–.;:]{1,300}?(?=\s+(?:also\s+)?join(?:ed|ing)\s))?"
                        r"\s+(?:that\s+|which\s+|who\s+)?(?:also\s+|only\s+)?"
                        r"(?:join(?:ed|ing)\s+(?:with\s+)?|(?P<with>voted\s+(?:along\s+)?with\s+|voted\s+alongside\s+)"
                        r"|(?:(?:along|together)\s+with|alongside|apart\s+from|aside\s+from|besides|in\s+addition\s+to)\s+)",
                        re.I)  # "6 countries joining A in voting against", "7 countries aside from A and B to vote against", "Only
# six countries, A, B, C, D, E and F, joined G in voting against" (the states between commas, as many as the count)
ONLY_JOINED = re.compile(r"\bonly\s+(?=(?:the\s+)?[A-Z])", re.I)
# "The only country that joined A in voting against it was B": A and B, and no one else
THE_ONLY = re.compile(r"\bthe\s+only\s+(?:other\s+)?(?:country|state|nation|member(?:\s+state)?|government)\s+(?:that|which|to)\s+"
                      r"(?:also\s+)?join(?:ed)?\s+(?:with\s+)?(?=(?:the\s+)?[A-Z])", re.I)


# "A and B were joined in opposing the resolution by eight countries": the eight and A and B, 10 against
JOINED_IN_BY = re.compile(r"\s+(?:was|were)\s+joined\s+in\s+(?:opposing|supporting|abstaining|voting\s+(?:against|for|in\s+favou?r)"
                          r"|(?:its|their)\s+(?:opposition|abstention|support))(?:\s+(?:it|the\s+(?:resolution|text|draft|measure)))?"
                          r"\s+by\s+(?P<n>\d{1,3})\s+(?:other\s+)?(?:countries|states|nations|member states|members|delegations)\b",
                          re.I)


def _joined_counts(sentence: str, stated: list) -> list[tuple[dict, list[str]]]:
    """Counts implied by 'joined': "9 countries joined A and B in voting against" is 11 no votes; "only A joined B
    and C in voting against" is 3. The vote is the one the sentence gives those states; nothing when they differ."""
    votes = {p.iso3: p.vote for p in stated}
    found = mentions(sentence)
    runs = positions.lists(sentence, found)
    out = []
    for match in JOINED_BY_N.finditer(sentence):
        run = next((r for r in runs if r[0].start - match.end() in range(0, 5)), None)
        named = [m for m in found if match.start() < m.start < match.end()]  # "Seven countries – A, B … – joined"
        count = int(match["n"])
        if run and len(named) in (0, count) and _alone(sentence, found, named + run, count) \
                and _one_vote(votes, named + run):
            unsure = [companions.WITH_OR_WITHOUT] if match["with"] and not match["other"] else []
            out.append(({"field": votes[run[0].iso3], "op": "=", "value": int(match["n"]) + len(run)}, unsure))
    for run in runs:
        match = JOINED_IN_BY.match(sentence, run[-1].end)
        others = [m for m in found if m.iso3 not in {r.iso3 for r in run}] if match else []
        if match and _one_vote(votes, run) and (not others or len(others) <= int(match["n"]) and re.match(
                r"\s*(?:--|—|–|:)", sentence[match.end():others[0].start]) and others[0].start > match.end()):
            out.append(({"field": votes[run[0].iso3], "op": "=", "value": int(match["n"]) + len(run)}, []))
    for match in ONLY_JOINED.finditer(sentence):
        first = next((k for k, r in enumerate(runs) if r[0].start - match.end() in range(0, 5)), None)
        if first is None or first + 1 >= len(runs) or not re.fullmatch(
                r"\s+(?:also\s+)?joined\s+(?:with\s+)?", sentence[runs[first][-1].end:runs[first + 1][0].start]):
            continue
        both = runs[first] + runs[first + 1]
        if _alone(sentence, found, both) and _one_vote(votes, both):
            out.append(({"field": votes[both[0].iso3], "op": "=", "value": len({m.iso3 for m in both})}, []))
    for match in THE_ONLY.finditer(sentence):
        joined = next((k for k, r in enumerate(runs) if r[0].start - match.end() in range(0, 5)), None)
        if joined is None or joined + 1 != len(runs) - 1 or not re.search(
                r"\b(?:was|is)\s+(?:the\s+)?$", sentence[:runs[-1][0].start]):
            continue  # exactly two lists: the one joined, and the one after "was" that ends the sentence
        both = runs[-1] + runs[joined]  # the joined list last: its clause goes on with the vote
        if len(runs[-1]) == 1 and _alone(sentence, found, both) and _one_vote(votes, both):
            out.append(({"field": votes[both[0].iso3], "op": "=", "value": len({m.iso3 for m in both})}, []))
    return out


def _one_vote(votes: dict, named: list) -> bool:
    return len({votes.get(m.iso3) for m in named}) == 1 and votes.get(named[0].iso3) in ("yes", "no", "abstain")


def _alone(sentence: str, found: list, named: list, listed: int = 0) -> bool:
    """The named states are all the sentence names, and the clause goes on with the vote ("… in voting against it"):
    nothing ("with Russia", "and others") adds to the count. A list of up to `listed` states after a dash, a colon or
    "were" ("four countries joined Russia in voting against – A, B, C and D") names the same states again."""
    clause = re.match(r"\s+(?:in\s+\w+ing|against|in\s+favou?r|in\s+opposition|to\s+(?:vote|oppose|support|back|abstain))\b(?:(?!\b(?:were|are|include[sd]?|including)\b)[^,;:()–—])*",
                      sentence[named[-1].end:])
    if not clause:
        return False
    ids = {m.iso3 for m in named}
    others = [m for m in found if m.iso3 not in ids]  # "Russian President …" again: no new state
    end = named[-1].end + clause.end()
    return not others or (0 < len(others) <= listed and others[0].start > end
                          and bool(re.match(r"\s*(?:--|—|–|:|(?:were|are|include[sd]?|including)\b)", sentence[end:])))


# "supported by 149 countries, opposed by 12": the number after "by" has its label before it; the verb after the comma
# is the next clause's, with its own number ("endorsed by the vote of 143 states that voted in favour" is one clause)
AGENT_BEFORE = re.compile(r"(?:\bby|\b(?:support|backing|approval|votes?)\s+(?:of|from))\s+(?:about\s+)?" + numbers.COUNT_MODIFIER
                          + r"$", re.I)


def _comparisons(sentence: str, raw: str = "") -> list[tuple[dict, list[str]]]:
    """'more than 140 countries condemned', 'fewer than 100 states backed it', '35 countries that refused to vote'."""
    out = []
    for match in COUNT.finditer(sentence):
        after = sentence[match.end():match.end() + 60]
        if not_counts.AGGREGATE_AFTER.match(after) or not_counts.OFFICIALLY_AFTER.match(after) \
                or not_counts.subgroup_before(sentence[max(0, match.start() - 80):match.start()]) \
                or not_counts.not_the_votes_count(sentence, match.start(2), match.end(2)) or AGENT_BEFORE.search(sentence, 0, match.start(2)) and "," in sentence[match.end(2):match.start(3)] \
                or re.search(r"\d\s*/\s*$", sentence[:match.start(2)]):
            continue  # "65 states voted against, abstained or did not vote"; "of the Arab states, 3 opposed"; "63 (officially 62)"; "3/4 of the 193" (numbers.shares)
        before = sentence[max(0, match.start() - 8):match.start()]
        op = "=" if not match[1] else numbers.comparison(match[1], before) or (
            "=" if match[1].lower() in ("only", "just") and not numbers.NEGATED.search(before) else None)
        if op is None:
            continue  # "no fewer than" is at least; "not only 35" says no number of the side
        verb = match[3].lower()
        field_ = COUNT_FIELD.get(verb, "yes")
        others = named_others(sentence, match.start(2))  # "Russia and 4 other states opposed it": 5
        if others is None:
            continue
        notes = [f"'{verb}' read as {field_}"] if verb in COUNT_FIELD else []
        if others == 0 and companions.unsaid(sentence, match.start(2)):  # "Kenya, along with 121 countries, voted"
            others, notes = 1, notes + [companions.WITH_OR_WITHOUT, DERIVED]
        out.append(({"field": field_, "op": op, "value": int(match[2]) + others}, notes))
    said = {c["value"] for c, _ in out}
    return out + [(c, []) for c in numbers.compared(sentence) if c["value"] not in said] \
        + [(c, [numbers.SHARE_NOTE]) for c in numbers.shares(raw or sentence)]


def state_list(text: str) -> list[str] | None:
    """The states of a phrase made only of state names and connectors ('Pakistan, India and China'), else None."""
    found = mentions(text)
    if not found:
        return None
    covered = TIGHT.match(text[:found[0].start]) and TIGHT.match(text[found[-1].end:])
    runs = positions.lists(text, found)
    return list(dict.fromkeys(m.iso3 for m in found)) if covered and len(runs) == 1 else None


def mentions_a_vote(sentence: str) -> bool:
    """A sentence about a vote or resolution that yielded no checkable claim (reported as kind 'other')."""
    return bool(re.search(r"\b(vot(?:e|ed|es|ing)|abstain\w*|resolution)\b", sentence, re.I))
