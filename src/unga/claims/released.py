"""Claims about a recorded vote the record lacks but a UN release reports (the store's official_recorded_votes,
store/official.py): judged against the release's counts and the states it names, where the text identifies the vote.

Only claims the checker left unverifiable are looked at: unplaced ones ("not in the record", "could not be
identified"), and placed ones only when their own sentence names the release's symbol or states its whole tally. The vote is identified
- by its symbol or draft in the claim's sentence ("symbol"), or
- by a tally in the claim's sentence whose every number (two at least) is the release's, in a text published within
  release_place.WINDOW days after the vote or naming its day ("tally"), or
- by the tally of the sentence just before, in the same paragraph, that identifies the release by its symbol or its
  numbers ("before"), for an unplaced claim whose own sentence names no tally, time, day, symbol or earlier vote
  ("142 voted for, 10 against and 12 abstained. Among those against were A, B and C."); for a position, up to three
  sentences of positions alike may stand between ("… 12 abstained. A and B voted for. C and D voted against."), or
- for the other claims of a text, by the one release the text identifies those ways ("text"); never where the text
  identifies two, nor where the release has a sibling of the same day (the two resolutions of 11 December 2024),
  nor for a claim naming another symbol or an earlier vote.
A tally or count is judged against the announced counts. A contradiction (of any kind of claim) needs the symbol or
the tally in the claim's own sentence, or the tally of the sentence just before it ("before").
A position is judged only for a state the release names, for a side whose list is complete (a state said to be against
that a complete list of states against lacks), or when all three lists are complete; otherwise it stays
unverifiable and says why. Every verdict names the release and its URL as the evidence.
"""

from __future__ import annotations

import re
from datetime import date

from unga import symbols
from unga.claims import cited, clues, extract, participation, release_place
from unga.claims.text import one_paragraph
from unga.claims.when import OWN_TIME
from unga.claims import verdict as check_verdict
from unga.results import OfficialTally
from unga.types import OFFICIAL_LISTS

UNPLACED = ("not in the record", "the roll call could not be identified")  # not another body's, not a motion's
DRAFT = re.compile(r"\bA/(?:ES-\d+/|\d+/)?L\.\s?\d+(?:/Rev\.\s?\d+)?", re.IGNORECASE)
# words that put a vote before the one reported: "had voted in favour under earlier governments", "previously",
# "used to abstain" (the sentence after a tally may speak of the state's past votes, not of the tally's vote)
EARLIER = re.compile(r"\b(?:had\s+(?:\w+ly\s+)?(?:voted|abstained|backed|supported|opposed|rejected|joined|been)|"
                     r"previous(?:ly)?|earlier|formerly|once|in\s+the\s+past|historically|traditionally|used\s+to|"
                     r"until|since|ago|before)\b", re.IGNORECASE)
# "A second text, on UNRWA, was opposed by A": the sentence after the tally speaks of another vote
ANOTHER_TEXT = re.compile(r"\b(?:another|second|third|separate|other|later|next)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:resolutions?|texts?|drafts?|votes?|motions?|amendments?|measures?|decisions?)\b",
                          re.IGNORECASE)


def judge(entries: list[dict], claims: list[extract.Claim], releases: list[OfficialTally], published: date | None,
          body: str = "", matched: dict | None = None, sentences: list[str] | None = None) -> None:
    """Judge, in place, the entries (one per claim, same order) the record could not place, against the releases
    (releases_of the store's rows). body: the text the claims' spans index into (a blank line in it ends a
    paragraph). matched: {claim number: the one release of the text's days its numbers fit} (release_place.unplace);
    sentences: the text's sentences, which the claims' `sentence` numbers index."""
    unplaced = {n for n, e in enumerate(entries[:len(claims)]) if e["verdict"] == "unverifiable"
                and e["resolution"] is None and str(e["evidence"].get("record", "")).startswith(UNPLACED)}
    # placed on a roll call but not judged (its numbers do not all match it): only its own sentence can move it
    doubtful = {n for n, e in enumerate(entries[:len(claims)]) if e["verdict"] == "unverifiable"
                and e["resolution"] is not None and claims[n].scope == "assembly"}
    open_ = sorted(unplaced | doubtful)
    if not releases or not open_:
        return
    own = {n: _named(claims[n].text, releases) for n in open_}
    tallied = {n: _tallied(claims[n], claims, releases, published) for n in open_}
    found = {id(r): r for n in open_ for r in (own[n], tallied[n]) if r is not None}  # what the text identifies
    only = next(iter(found.values())) if len(found) == 1 else None
    if only is not None and sum(r.date == only.date for r in releases) > 1:
        only = None  # two votes that day (a ceasefire and UNRWA): the text's other claims may be about either
    matched = matched or {}
    after = release_place.preceding(claims, entries, _told(claims, releases, published, matched), sentences or [],
                                    published)
    for n in open_:
        claim = claims[n]
        before = _tally_before(claim, claims, releases, published, body) if n in unplaced else None
        if own[n] is not None:
            release, how = own[n], "symbol"
        elif tallied[n] is not None:
            release, how = tallied[n], "tally"
        elif before is not None:
            release, how = before, "before"
        elif n in matched:
            release, how = matched[n], "numbers"
        elif n in unplaced and n in after:
            release, how = after[n], "preceding"
        elif n in unplaced and only is not None and claim.when != "before" and not cited.symbols_in(claim.text):
            release, how = only, "text"
        else:
            continue
        judge_on(entries[n], claim, release, how)
    _release_only(entries, claims, unplaced, found | {id(r): r for r in matched.values()})


def _told(claims: list[extract.Claim], releases: list[OfficialTally], published: date | None,
          matched: dict) -> dict[int, list[OfficialTally]]:
    """{sentence: the releases its claims identify, by a symbol or draft, a whole tally, or numbers only one fits}."""
    told: dict[int, list[OfficialTally]] = {}
    for n, claim in enumerate(claims):
        for release in (_named(claim.text, releases), _tallied(claim, claims, releases, published), matched.get(n)):
            if release is not None:
                told.setdefault(claim.sentence, []).append(release)
    return told


RELEASE_ONLY = ("; the text reports {labels}, in the record only as a release count, and this sentence does not say "
                "which vote it is about")


def _release_only(entries: list[dict], claims: list[extract.Claim], unplaced: set[int], found: dict) -> None:
    """Say, on the claims left unplaced, that the votes the text reports are known only from UN releases."""
    if not found:
        return
    labels = " and ".join(sorted({r.label for r in found.values()}))
    for n in sorted(unplaced):
        if entries[n]["resolution"] is None and entries[n]["verdict"] == "unverifiable" and claims[n].when is None:
            entries[n]["evidence"]["record"] = str(entries[n]["evidence"].get("record", "")) + \
                RELEASE_ONLY.format(labels=labels)


def _named(text: str, releases: list[OfficialTally]) -> OfficialTally | None:
    """The release whose symbol or draft the sentence names."""
    named = set(cited.symbols_in(text)) | {symbols.draft(d) for d in DRAFT.findall(text)}
    hits = [r for r in releases if (r.symbol and r.symbol in named) or (r.draft and r.draft in named)]
    return hits[0] if len(hits) == 1 else None


def _tallied(claim: extract.Claim, claims: list[extract.Claim], releases: list[OfficialTally],
             published: date | None) -> OfficialTally | None:
    """The release whose counts every number of the sentence's tally states (two at least), on a day that fits."""
    sentence = [c for c in claims if c.sentence == claim.sentence]
    tallies = [c for c in sentence if c.kind == "tally"] if claim.kind != "tally" else [claim]
    if len({tuple(sorted(t.asserted.items())) for t in tallies}) > 1:
        return None  # two votes told in one sentence: which one a position or count is about is not said
    if tallies:
        numbers = dict(tallies[0].asserted)
    else:
        numbers = {c.asserted["field"]: c.asserted["value"] for c in sentence
                   if c.kind == "count" and c.asserted.get("op") == "="}
    numbers = {k: v for k, v in numbers.items() if k in OFFICIAL_LISTS}
    if len(numbers) < 2:
        return None
    days = set(clues.days_named(claim.text, published))
    hits = release_place.fitting(numbers, release_place.of_the_days(releases, days, published))
    return hits[0] if len(hits) == 1 else None


def _tally_before(claim: extract.Claim, claims: list[extract.Claim], releases: list[OfficialTally],
                  published: date | None, body: str) -> OfficialTally | None:
    """The release identified by the tally of the sentence just before the claim's, in the same paragraph, when the
    claim's own sentence names no tally, time, day, symbol or earlier vote: the sentence goes on with that vote. For a
    position, sentences of positions that go on alike may stand between (a list of those for, then those against)."""
    if claim.kind == "tally" or claim.sentence == 0 or not _goes_on(claim, claims, published):
        return None
    sentence = claim.sentence - 1  # back over lists of the same kind: "142 voted for. A and B voted for. C against."
    while claim.kind == "position" and claim.sentence - sentence <= LISTS_BETWEEN:
        between = [c for c in claims if c.sentence == sentence]
        if not between or not all(c.kind == "position" and _goes_on(c, claims, published) for c in between):
            break
        sentence -= 1
    prior = [c for c in claims if c.sentence == sentence and c.kind == "tally"]
    if len({tuple(sorted(c.asserted.items())) for c in prior}) != 1 \
            or (body and not one_paragraph(body, prior[0].span[1], claim.span[0])):
        return None  # none, or two votes told in the sentence before: which one the claim goes on with is not said
    return _named(prior[0].text, releases) or _tallied(prior[0], claims, releases, published)


LISTS_BETWEEN = 3  # sentences of positions that may stand between a list and the tally it goes on with


def _goes_on(claim: extract.Claim, claims: list[extract.Claim], published: date | None) -> bool:
    """The claim's sentence names no tally, time, day, symbol, earlier or other vote of its own: it goes on with the
    vote told before it ("both resolutions" speaks of more votes than the tally's)."""
    return claim.when is None and claim.scope == "assembly" \
        and not any(c.kind == "tally" for c in claims if c.sentence == claim.sentence) \
        and not (cited.symbols_in(claim.text) or DRAFT.search(claim.text) or clues.days_named(claim.text, published)
                 or OWN_TIME.search(claim.text) or EARLIER.search(claim.text) or ANOTHER_TEXT.search(claim.text)
                 or release_place.ELSEWHERE.search(claim.text))


def releases_of(rows: list[dict]) -> list[OfficialTally]:
    return [OfficialTally.from_row(r, {}) for r in rows]


def judge_on(entry: dict, claim: extract.Claim, release: OfficialTally, how: str) -> None:
    """Judge one claim, in place, on the release identified by `how` (here, or by claims/alternatives.release_agrees)."""
    counts = dict(release.counts)
    if claim.kind in ("tally", "count"):
        if claim.kind == "count" and claim.asserted.get("field") not in OFFICIAL_LISTS:
            verdict, said = "unverifiable", "the release gives no number of states that did not vote"
        else:
            verdict, said = check_verdict.judge(claim.kind, claim.asserted, None, counts, {})
    elif claim.kind == "position":
        verdict, said = _position(claim, release)
    else:
        return
    if verdict == "contradicted" and how in ("text", "preceding"):  # "had voted in favour under previous governments"
        verdict, said = "unverifiable", (said + "; the vote is identified by the text, not by this sentence's symbol "
                                         "or tally, so the claim is not called false")
    entry.update(resolution=release.symbol or release.draft, verdict=verdict)
    entry["evidence"].update(record=f"{said}; {release.provenance}", release={
        "resolution": release.symbol, "draft": release.draft, "date": release.date, "counts": counts,
        "release": release.release, "url": release.url, "identified_by": how,
        "lists": {v: release.voters(v) for v in OFFICIAL_LISTS if release.voters(v)}, "complete_lists": release.complete})


def _position(claim: extract.Claim, release: OfficialTally) -> tuple[str, str]:
    named, complete = release.votes, release.complete
    wanted, state = claim.asserted.get("vote", ""), claim.state or ""
    if ":" in wanted:
        return "unverifiable", "a vote for or against a state: the release's lists are of sides on the text"
    if state in named:
        vote = named[state]
        ok = participation.holds(wanted, vote)
        if ok is None:
            return "unverifiable", participation.AMBIGUOUS.format(name=state)
        return ("supported" if ok else "contradicted"), f"the release names {state} as {check_verdict.SAID[vote]}"
    if len(complete) == len(OFFICIAL_LISTS):
        ok = participation.holds(wanted, "absent")
        return ("supported" if ok else "contradicted"), f"the release names every vote cast; {state} is not among them"
    if wanted in complete:  # "Ireland voted against", where the release names every state against
        return "contradicted", (f"the release names all the states {SIDE[wanted]} "
                                f"({', '.join(release.voters(wanted))}), and {state} is not among them")
    listed = ", ".join(f"the {len(release.voters(v))} {SIDE[v]}" for v in OFFICIAL_LISTS if release.voters(v))
    named = f"names only {listed}" if listed else "names no state's vote"
    return "unverifiable", f"the release {named}; {state or 'the state'}'s vote is unknown"


SIDE = {"yes": "in favour", "no": "against", "abstain": "abstaining"}

