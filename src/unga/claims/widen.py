"""Tenth-round readings that widen where a claim is placed or judged (issue 9): a claim of a headline that two
sentences place on the one recent vote, a count that retells the text's own tally, a list that chooses its vote among
the day's. Split from check.py, which calls them (a text that says "motion" for its resolution is loose_motion.py);
each keeps every guard against calling a true statement false.
"""

from __future__ import annotations

import re

import numpy as np

from unga.claims import cited, clues, coref, digits, extract, fingerprint, identify, series, when
from unga.claims.doubt import hold_back, numbers_of


RECENT_TOGETHER = "placed on the one vote of the days before the text, which two or more of its sentences point at"
NEAR_MIN, ALONE_LEAD = identify.MIN_SCORE - 1.5, 2.5


def recent_and_alone(scorer, ranked: list) -> bool:
    """The best candidate is the one vote of the days before the text (date +4 or more), shares a word of the
    sentence's subject and has no other vote near it (a lead of 2.5), but falls short of MIN_SCORE (by 1.5 at
    most). Such claims are placed only when two sentences or more of the text point at it alike."""
    score, row, _ = ranked[0]
    if score >= identify.MIN_SCORE or score < NEAR_MIN or scorer.dates[row] < 4.0 or scorer.topic[row] <= 0:
        return False
    return len(ranked) < 2 or (score - ranked[1][0] >= ALONE_LEAD and scorer.dates[ranked[1][1]] < 3.0)


def recent_together(found: list, ranked: list, scorer) -> list:
    """"<State> abstains from UN resolution calling for ceasefire" above a body that says little more of the vote:
    claims just short of MIN_SCORE whose best candidate is the one vote of the days before the text, with no other
    near (recent_and_alone), are placed on it when claims of two sentences or more point at it so; a
    sentence alone is not enough. Nothing is called false on this alone (the roll call is not pinned down)."""
    near = {n: cand[0][1] for n, (c, (row, cand)) in enumerate(zip(found, ranked))
            if row is None and cand and c.scope == "assembly" and not numbers_of(c)
            and recent_and_alone(scorer, cand)}
    sentences: dict[int, set] = {}
    for n, row in near.items():
        sentences.setdefault(row, set()).add(found[n].sentence)
    for claim, (row, _) in zip(found, ranked):  # a sentence already placed on that vote points at it too
        if row in sentences:
            sentences[row].add(claim.sentence)
    out = list(ranked)
    for n, row in near.items():
        if len(sentences[row]) >= 2:
            found[n].notes.append(RECENT_TOGETHER)
            out[n] = (row, ranked[n][1])
    return out


def told_in_tally(index: identify.Index, found: list, rows: list, likely_rows) -> set[tuple[int, str, int]]:
    """(roll call, field, number) of the tallies that two or more equal numbers place on their roll call ("141 for,
    5 against and 34 abstained"): a count that retells one of their numbers ("among the 34 that abstained") is as
    surely about that roll call as the tally is."""
    likely = likely_rows(index, found, rows)
    return {(row, field, value) for c, row in zip(found, rows) if row in likely and c.kind == "tally"
            for field, value in c.asserted.items()}


def retells(claim: extract.Claim, row: int, told: set | None) -> bool:
    return bool(told) and claim.kind == "count" and claim.asserted.get("op") == "=" \
        and (row, claim.asserted["field"], claim.asserted["value"]) in told


LIST_CHOSE = ("placed on the one roll call, among those the text's words and dates fit alike, on which every state the "
              "sentence names voted as said (the states chose it; nothing is called false on that alone)")
LIST_MIN = 3  # states of one sentence with their votes: fewer may fit any vote of the day
LIST_GAP = 2  # states every rival must miss: one state misread or misreported does not choose
LIST_FLOOR = identify.MIN_SCORE - 1.5  # the text's own words and dates must point near the candidates
LIST_SIDES = ("yes", "no", "abstain")
LIST_RANKED = 400  # candidates ranked for a list: every vote of a busy month (a session's last weeks hold hundreds)


def list_chooses(index: identify.Index, found: list, ranked: list, votes, rank_all, appeared=None,
                 scorer=None) -> list:
    """"States that voted against the resolution on Crimea: A, B, C, …", "A and B abstained, while C opposed it", left
    unplaced between votes that the text's words fit alike: the states a sentence names with their votes (of the same
    time) are a fingerprint as a tally is. The roll call on which every one of them voted as said is taken when each
    other candidate the words fit nearly as well (within twice the margin) misses two of them or more; three states are needed, the candidates are all the close ones
    (`rank_all(claim)`: the claim's ranking, not cut to five), and a vote held after the text appeared is none. The
    claims so placed are not anchored: nothing is called false on this choice alone (a false statement cannot choose
    its own roll call)."""
    groups: dict[tuple, list[int]] = {}
    for n, (claim, (row, cand)) in enumerate(zip(found, ranked)):
        if row is None and cand and claim.kind == "position" and claim.scope == "assembly" and claim.state \
                and claim.when in (None, "this") and claim.asserted.get("vote") in (*LIST_SIDES, "absent"):
            groups.setdefault((claim.sentence, claim.when), []).append(n)
    out = list(ranked)
    for members in groups.values():
        said = {found[n].state: found[n].asserted["vote"] for n in members}
        if len(said) < LIST_MIN or len({(found[n].state, found[n].asserted["vote"]) for n in members}) > len(said) \
                or any(ranked[n][1] != ranked[members[0]][1] for n in members):
            continue  # too few states, a state given two votes, or claims ranked apart
        cand = rank_all(found[members[0]])
        row, note = _list_fits(index, said, cand, votes, appeared, _named_in_full(found, members, said)), LIST_CHOSE
        if row is None and scorer is not None:
            row, note = _list_recent(index, scorer, said, cand, votes, appeared), LIST_RECENT
        if row is None:
            continue
        for n in members:
            found[n].notes.append(note)
            out[n] = (row, ranked[n][1])
    return out


LIST_RECENT = ("placed on the one vote of the days before the text, just short of the score needed, on which every state "
               "the sentence names voted as said and no vote near it in score or date does (nothing is called false on "
               "that alone)")


def _list_recent(index: identify.Index, scorer, said: dict[str, str], cand: list, votes, appeared) -> int | None:
    """"The resolution was opposed only by A and B, while C and D abstained", in a text that says little else of the
    vote: the best candidate falls just short of MIN_SCORE, but it is a vote of the days before the text (date +4 or
    more) that shares a word of the subject, and every state named (three or more) voted on it as said. Taken when
    each rival — a vote within ALONE_LEAD of it, another vote of the text's days, or a vote whose subject the words
    clearly name (topic STRONG_TOPIC or more, above the best's: "voted against the resolution on the territorial
    integrity of Ukraine" a year on) — misses LIST_GAP states or more (the states, not the words, tell it from the
    rest); a vote held after the text appeared is no rival and no choice."""
    cand = [c for c in cand if not identify.held_after(index, c[1], appeared)]
    if not cand:
        return None
    best, row, _ = cand[0]
    if not NEAR_MIN <= best < identify.MIN_SCORE or scorer.dates[row] < 4.0 or scorer.topic[row] <= 0:
        return None
    if len(cand) >= LIST_RANKED and cand[-1][0] >= 3.0:
        return None  # rivals the ranking left out
    if any(votes(row).get(s) != v for s, v in said.items()):
        return None
    rivals = [i for score, i, _ in cand[1:] if score >= best - ALONE_LEAD or scorer.dates[i] >= 3.0
              or scorer.topic[i] >= max(identify.STRONG_TOPIC, scorer.topic[row])]
    fits = (sum(votes(i).get(s) == v for s, v in said.items()) for i in rivals)
    return row if all(f <= len(said) - LIST_GAP for f in fits) else None


def _named_in_full(found: list, members: list[int], said: dict[str, str]) -> set[str]:
    """The sides the sentence names in full: its count of that side, of the list's time, is the number of states it
    names for it ("Only five states voted no: A, B, C, D and E")."""
    listed = found[members[0]]
    return {c.asserted["field"] for c in found if c.kind == "count" and c.sentence == listed.sentence
            and c.when == listed.when and c.asserted.get("op") == "=" and c.asserted.get("field") in LIST_SIDES
            and c.asserted.get("value") == sum(v == c.asserted["field"] for v in said.values())}


def _misses(votes: dict[str, str], said: dict[str, str], whole: set[str]) -> int:
    """The states named that voted otherwise, and, for a side named in full, the states of that side not named."""
    return sum(votes.get(s) != v for s, v in said.items()) \
        + sum(v in whole and s not in said for s, v in votes.items())


def _list_fits(index: identify.Index, said: dict[str, str], cand: list, votes, appeared,
               whole: set[str] = frozenset()) -> int | None:
    """The close candidate every state fits (a side named in full, exactly), all others missing LIST_GAP states or
    more (for a side named in full, a state of theirs left out is a miss too) or, when the words and dates alone
    score the chosen vote MIN_SCORE, falling MARGIN behind it (the same list a year before, told apart by the text's
    date as identify would); else None."""
    best = cand[0][0]
    close = [i for score, i, _ in cand if score >= best - identify.MARGIN]
    if best < LIST_FLOOR or (len(cand) >= LIST_RANKED and cand[-1][0] >= best - 2 * identify.MARGIN):
        return None  # too weak a match, or close candidates the ranking left out
    close = [i for i in close if not identify.held_after(index, i, appeared)]
    # rivals: the votes the text's words and dates fit nearly as well (older votes of a series, far behind, are not)
    rivals = [i for score, i, _ in cand if score >= best - 2 * identify.MARGIN]
    votes.ahead(rivals)
    misses = {i: _misses(votes(i), said, whole) for i in rivals}
    fitting = [i for i in close if misses[i] == 0]
    if len(fitting) != 1:
        return None
    chosen = fitting[0]
    scores = {i: score for score, i, _ in cand}
    sure = scores[chosen] >= identify.MIN_SCORE
    return chosen if all(misses[i] >= LIST_GAP or (sure and scores[i] <= scores[chosen] - identify.MARGIN)
                          for i in misses if i != chosen) else None


LINE_MAX = 40  # a line of a laid-out tally holds one number and its label ("• 153 voted for", "Abstentions: 23")
# a longer line of one: a list item, or a line led by its label ("In favour: 53 – namely …"), its count first
HEADED_LINE = re.compile(r"\s*(?:[•●▪◦‣∙·*-]\s+\D{0,40}?|[^\W\d][^\d:.]{0,30}:\s*)(\d+)")


def laid_out(claim: extract.Claim, claims: list[extract.Claim]) -> dict[str, int]:
    """The numbers of a tally laid out a line per number ("Voting summary / • 153 voted for / • 10 voted against /
    • 23 abstained"), for a count on one of its lines: the run of such lines around it (each a short sentence with
    one count and nothing else, of the same time), cut into blocks read from the top, a field seen again starting the
    next block (another vote's); the numbers of the claim's block."""
    if not _line(claim, claims):
        return {}
    by_sentence = {c.sentence: c for c in claims if _line(c, claims) and c.when == claim.when}
    first = claim.sentence
    while first - 1 in by_sentence:
        first -= 1
    block: dict[str, int] = {}
    at = first
    while at in by_sentence:
        stated = numbers_of(by_sentence[at])
        if stated.keys() & block.keys():
            if at > claim.sentence:
                break
            block = {}
        block.update(stated)
        at += 1
    return block


def _line(claim: extract.Claim, claims: list[extract.Claim]) -> bool:
    """A sentence whose one count ("=") is its only number, or the first number of a list item or of a line led by
    its label, which may go on to name or break down what it counts ("• 18 abstained: A, B, …", "Against: 46 –
    namely 25 American states, …"); no other count or tally in it."""
    if claim.kind != "count" or len(numbers_of(claim)) != 1 \
            or sum(c.sentence == claim.sentence and c.kind in ("tally", "count") for c in claims) != 1:
        return False
    if len(claim.text.strip()) <= LINE_MAX and len(re.findall(r"\d+", claim.text)) == 1 \
            and sum(c.sentence == claim.sentence for c in claims) == 1:
        return True
    headed = HEADED_LINE.match(claim.text)
    return bool(headed) and int(headed[1]) in numbers_of(claim).values()


TALLY_ROW = ("placed on the roll call of its sentence's tally, whose numbers are far from those of the vote its words "
             "fit")
OFF_TALLY = ("its sentence gives a tally for the same vote that does not fit the roll call found (its numbers are far "
             "from that vote's), so the list is about another vote, which the record may lack")


def off_their_tally(index: identify.Index, found: list, rows: list) -> list:
    """"adopted with 158 votes in favour to 9 against (A, B, C …), with 13 abstentions": the states hung on a tally are
    about the tally's vote. A position placed on a roll call (not by a symbol of its sentence) whose sentence gives a
    tally of two numbers or more for the same time, fewer than two of them near that roll call's (within 3 or 5%), is
    on the wrong vote: it goes to the one roll call the tally was placed on with two of its numbers equal ("167 to 4,
    17 abstaining" of a 167-4-16 vote), or one equal and every other near ("153 to 11, 25 abstaining" of 153-10-23),
    else it is left unplaced. A sentence with another tally that does fit keeps
    it."""
    tallies: dict[tuple, list[dict]] = {}
    placed: dict[tuple, set[int]] = {}
    for claim, row in zip(found, rows):
        stated = {k: v for k, v in claim.asserted.items() if k in index.count_arrays} if claim.kind == "tally" else {}
        if len(stated) >= 2:
            tallies.setdefault(_time_of_sentence(claim), []).append(stated)
            equal = 0 if row is None else sum(int(index.count_arrays[k][row]) == v for k, v in stated.items())
            if equal >= 2 or (equal and all(_near(index, {k: v}, row, 1) for k, v in stated.items())):
                placed.setdefault(_time_of_sentence(claim), set()).add(row)
    out = list(rows)
    for n, (claim, row) in enumerate(zip(found, rows)):
        told = tallies.get(_time_of_sentence(claim))
        if claim.kind != "position" or row is None or not told or cited.symbols_in(claim.text):
            continue
        if not any(_near(index, stated, row) for stated in told):
            own = placed.get((claim.sentence, claim.when), set())
            out[n] = next(iter(own)) if len(own) == 1 else None
            claim.notes.append(TALLY_ROW if len(own) == 1 else OFF_TALLY)
    return out


PENALTY_PLACED = ("its sentence's tally leads on this roll call only because its numbers are far from the rivals' "
                  "counts (two of them equal, no clear fit of its own): the vote may be one the record lacks")
PENALTY_UNPLACED = ("the roll call could not be identified with confidence: {name} leads only because the tally's "
                    "numbers are far from its rivals' counts (two of them equal, no clear fit of its own), and the "
                    "vote may be one the record lacks")


def penalty_placed(out: list[dict], found: list, rows: list, ranked: list, index: identify.Index, votes,
                   published=None) -> None:
    """A tally (or a line of a laid-out one) whose roll call won only by the far-numbers penalty (identify.FAR_WON) is
    reported unidentified, and the claims of its sentence placed on that roll call (the states hung on it) are never
    called false there: the tally may be of a vote the record lacks that shares two numbers with one of those days
    (holdout14 u10). Not when the tally's sentence names one side of that roll call in full (`fingerprint.side_in_full`):
    its states identify the vote."""
    placed = {(claim.sentence, row) for claim, row, (_, candidates) in zip(found, rows, ranked)
              if claim.kind in ("tally", "count") and row is not None and candidates and candidates[0][1] == row
              and identify.FAR_WON in candidates[0][2]
              and not (claim.kind == "tally" and fingerprint.side_in_full(index, claim, row, found, rows, votes,
                                                                          published))}
    for entry, claim, row in zip(out, found, rows):
        if (claim.sentence, row) not in placed:
            continue
        if claim.kind in ("tally", "count"):  # a count: a line of a laid-out tally, ranked by the whole tally
            for key in ("rcid", "date", "kind", "counts", "tally", "vote"):
                entry["evidence"].pop(key, None)
            entry.update(resolution=None, verdict="unverifiable")
            entry["evidence"]["record"] = PENALTY_UNPLACED.format(name=index.name(row))
        elif entry["verdict"] == "contradicted":
            hold_back(entry, PENALTY_PLACED)


SIBLING = ("placed on the vote of the text's days that the text pins down, a sibling of the older vote its words fit "
           "(one series); never called false there, for the sentence may be about ")


def to_pinned_sibling(index: identify.Index, found: list, rows: list, anchored: set[int], published,
                      timed=lambda claim: False) -> list:
    """"Ghana voted for the resolution demanding that Russia leave Ukraine", in a text on the vote of the day before
    (ES-11/6, pinned down by its tally): a position that names no time, symbol or number of its own, placed by the
    text's words on an older vote of the same series (ES-11/1, a year before, whose title the text's words fit
    better) is about the vote of the text's days, unless its own sentence names the older vote's subject
    (clues.stems, OWN_TOPIC) or takes a time from the sentence before (`timed`: "… an October resolution. A and B
    voted against that resolution"). Noted; a contradiction there is held back (`sibling_doubt`)."""
    pinned = when.newest_pinned(index, anchored, published)
    if pinned is None:
        return rows
    out = list(rows)
    for n, (claim, row) in enumerate(zip(found, rows)):
        if claim.kind != "position" or row is None or row == pinned or row in anchored \
                or not when.far_from(published, claim, index.dates[row]) \
                or when.time_of(claim, published) != (None, None) or timed(claim) \
                or not series.siblings(index, row, pinned):
            continue
        own = clues.stems(claim.text)
        if index.topic(row, own) >= OWN_TOPIC and index.topic(row, own) > index.topic(pinned, own):
            continue
        out[n] = pinned
        claim.notes.append(SIBLING + index.name(row))
    return out


OWN_TOPIC = 2.0  # check.OWN_TOPIC: the share of a roll call's title a sentence must name to identify it itself


def sibling_doubt(out: list[dict], found: list) -> None:
    """A claim moved to the pinned sibling (`to_pinned_sibling`) is never called false there."""
    for entry, claim in zip(out, found):
        note = next((n for n in claim.notes if n.startswith(SIBLING)), None)
        if note and entry["verdict"] == "contradicted":
            hold_back(entry, "the sentence may be about " + note[len(SIBLING):])


NAMED_AGAIN = "the states of the count in the sentence before, named again: placed on that sentence's vote"


def named_again(found: list, rows: list, sentences: list[str]) -> list:
    """"… 10 abstained. These were A, B, … and J.": states that only name, one for one, the count of the sentence
    before (coref.named_again, which gave them its vote) are that count's vote, when the claims of the sentence
    before all stand on one roll call, whatever their own ranking left open (the words of a list of states rank the
    day's votes alike). Never called false there (`named_again_doubt`): the sentence before may be placed weakly."""
    out = list(rows)
    for n, claim in enumerate(found):
        if rows[n] is not None or claim.kind != "position" or claim.when is not None or claim.scope != "assembly" \
                or not claim.sentence:
            continue
        text, before = (digits.in_digits(sentences[k]) for k in (claim.sentence, claim.sentence - 1))
        again = coref.named_again(text, before)
        if again is None or claim.state not in {m.iso3 for m in again[1]}:
            continue
        prior = {rows[k] for k, c in enumerate(found) if c.sentence == claim.sentence - 1}
        if len(prior) == 1 and None not in prior:
            out[n] = prior.pop()
            claim.notes.append(NAMED_AGAIN)
    return out


def named_again_doubt(out: list[dict], found: list) -> None:
    """A claim placed by `named_again` is never called false there."""
    for entry, claim in zip(out, found):
        if NAMED_AGAIN in claim.notes and entry["verdict"] == "contradicted":
            hold_back(entry, "placed with the count of the sentence before, which its states only name")


def _near(index: identify.Index, stated: dict[str, int], row: int, least: int = 2) -> bool:
    """Two of the tally's numbers or more (`least`) within 3 (or 5%) of the roll call's: "33 to 13 with two
    abstentions" of a 33-13-10 vote is that vote, misreported; one number near (7 against of 8) is chance."""
    return sum(abs(int(index.count_arrays[k][row]) - v) <= max(3, 0.05 * int(index.count_arrays[k][row]))
               for k, v in stated.items()) >= least


def _time_of_sentence(claim: extract.Claim) -> tuple:
    """The claim's sentence and time; "this time" is the vote reported, as a claim of no time is."""
    return claim.sentence, None if claim.when == "this" else claim.when


BORROWED = "placed on the roll call the text pins down"  # together.place_together's note for a borrowed placement
DAY_FIT = ("moved to the vote of the same day on which every state the sentence names voted as said: the list does not "
           "fit the vote the text pins down, so it reports another vote of that day (nothing is called false on that "
           "alone)")


def other_vote_of_the_day(index: identify.Index, found: list, rows: list, votes) -> list:
    """"The United States, Canada, Costa Rica and Israel voted against the resolution" in a text whose tally pins down
    one of several votes of a day: the list borrowed that vote for want of its own, but its states (three or more, of
    one sentence and time) did not all vote so on it. When exactly one other vote of the same day (a resolution, as
    the claims are) has every one of them as said, the list is about that vote and moves to it. The moved claims are
    not anchored (check._anchored was computed before), so nothing is called false on this choice alone."""
    groups: dict[tuple, list[int]] = {}
    for n, (claim, row) in enumerate(zip(found, rows)):
        if row is not None and claim.kind == "position" and claim.scope == "assembly" and claim.state \
                and claim.asserted.get("vote") in LIST_SIDES and any(note.startswith(BORROWED) for note in claim.notes):
            groups.setdefault((claim.sentence, claim.when, row), []).append(n)
    out = list(rows)
    for (_, _, row), members in groups.items():
        said = {found[n].state: found[n].asserted["vote"] for n in members}
        if len(said) < LIST_MIN or len(said) < len(members) \
                or all(votes(row).get(s) == v for s, v in said.items()):
            continue  # too few states, a state given two votes, or the list fits the vote it borrowed
        day = index.day_numbers[row]
        same_day = [int(i) for i in np.flatnonzero(index.day_numbers == day)
                    if int(i) != row and index.kinds[int(i)] == "resolution"]
        # a whole roll call (a table) may name a state the record holds no vote of, one in twenty at most
        unknown = len(said) // 20
        whole = [i for i in same_day if all(votes(i).get(s) in (v, None) for s, v in said.items())
                 and sum(votes(i).get(s) is None for s in said) <= unknown]
        if len(whole) != 1:
            continue
        for n in members:
            found[n].notes.append(DAY_FIT)
            out[n] = whole[0]
    return out


# the President announcing the next vote in a verbatim record: "The Assembly will now vote on draft resolution …",
# "We turn now to draft resolution B", "I now put draft resolution C to the vote"
NEXT_VOTE = re.compile(r"\b(?:will|shall)\s+now\s+(?:proceed\s+to\s+)?(?:vote|take\s+(?:a\s+)?(?:decision|action))\s+on\b"
                       r"|\b(?:now\s+)?(?:proceed|turn)\s+(?:now\s+)?to\s+(?:the\s+)?(?:vote\s+on|voting\s+on|draft)\b"
                       r"|\bput\s+(?:the\s+)?draft\s+[^.;]{0,60}?\bto\s+the\s+vote\b", re.I)
ANNOUNCED = ("the list follows the announcement of the next vote, which the text does not identify: it is not about "
             "the vote adopted before the announcement")


def announced_next(index: identify.Index, found: list, rows: list, anchored: set[int], spans: list) -> list:
    """A verbatim record's list printed after the President announces the next vote ("The Assembly will now vote on
    the draft resolution entitled … A recorded vote was taken. In favour: A, B …") belongs to that vote, not to the one
    adopted before the announcement. Its claims go to the vote the record's next adoption line names (its own symbol,
    or a tally that pins it down), else to the draft the announcement names by symbol, else to none (unplaced, with
    the reason): never to a vote placed before the announcement."""
    announces = [n for n, (_, _, sentence) in enumerate(spans) if NEXT_VOTE.search(sentence)]
    rows = list(rows)
    for at, announce in enumerate(announces):
        stop = announces[at + 1] if at + 1 < len(announces) else len(spans)
        after = [n for n, c in enumerate(found) if announce < c.sentence < stop]
        closing = next((n for n in after if found[n].kind == "tally" or cited.symbols_in(found[n].text)), None)
        named = [r for s in cited.symbols_in(spans[announce][2]) for r in index.by_symbol.get(s, ())]
        if closing is not None and rows[closing] is not None and (
                rows[closing] in anchored or cited.symbols_in(found[closing].text)):
            target = rows[closing]
        else:
            target = named[0] if len(set(named)) == 1 else None
        for n in after:
            claim = found[n]
            if closing is not None and claim.sentence >= found[closing].sentence:
                break
            if claim.kind == "tally" or cited.symbols_in(claim.text) or rows[n] == target:
                continue
            rows[n] = target
            claim.notes.append(ANNOUNCED if target is None else
                               "placed on the vote announced before it (the adoption that follows names it)")
    return rows
