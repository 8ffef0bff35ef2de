"""Thirty-sixth round, branch parse36: the reading of positions by grammar that was measured and not taken into the
checker (benchmarks/grammar_reader.py; docs/claims.md, "Thirty-sixth round: …"). Our own sentences, each with a
parse written by hand in the parser's shape (word spans, links), so the walk is tested without a parser installed;
with link grammar or spaCy installed, the same sentences are parsed for real."""

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import grammar_reader  # noqa: E402


@dataclass
class Cue:
    start: int
    end: int
    vote: str


def parsed(sentence: str, links: list[tuple[str, str, str]]):
    """A hand-written parse: each word's span, and links between words named by their text ("by#2": the second)."""
    spans, at, index = [], 0, {}
    for word in sentence.replace(",", " ,").replace(".", " .").split():
        at = sentence.index(word, at)
        spans.append((at, at + len(word)))
        at += len(word)
        seen = sum(1 for name in index if name.split("#")[0] == word)
        index[word if not seen else f"{word}#{seen + 1}"] = len(spans) - 1
    return tuple(spans), tuple((index[a], index[b], label) for a, b, label in links)


def cue(sentence: str, words: str, vote: str) -> Cue:
    at = sentence.index(words)
    return Cue(at, at + len(words), vote)


def vote_of(sentence: str, links, state: str, cues: list[Cue]) -> str | None:
    at = sentence.index(state)
    return grammar_reader.attach(sentence, parsed(sentence, links), at, at + len(state), cues)


def test_subject_and_its_conjuncts_take_the_verb_s_vote():
    s = "Peru and Chile abstained."
    links = [("and", "Peru", "SJls"), ("and", "Chile", "SJrs"), ("and", "abstained", "Spx")]
    assert vote_of(s, links, "Chile", [cue(s, "abstained", "abstain")]) == "abstain"
    assert vote_of(s, links, "Peru", [cue(s, "abstained", "abstain")]) == "abstain"


def test_the_object_of_the_vote_s_preposition_is_what_it_was_about():
    s = "Norway voted against Chile."
    links = [("Norway", "voted", "Ss"), ("voted", "against", "MVp"), ("against", "Chile", "Js")]
    cues = [cue(s, "voted against", "no")]
    assert vote_of(s, links, "Norway", cues) == "no"
    assert vote_of(s, links, "Chile", cues) is None


def test_a_sponsor_named_by_by_is_no_voter_but_a_vote_s_agent_is():
    s = "A text sponsored by Fiji was opposed by Peru."
    links = [("text", "sponsored", "Mv"), ("sponsored", "by", "MVp"), ("by", "Fiji", "Js"), ("text", "was", "Ss"),
             ("was", "opposed", "Pv"), ("opposed", "by#2", "MVp"), ("by#2", "Peru", "Js")]
    cues = [cue(s, "opposed", "no")]
    assert vote_of(s, links, "Peru", cues) == "no"
    assert vote_of(s, links, "Fiji", cues) is None

def test_including_names_members_of_the_counted_side():
    s = "Ten states abstained, including Oman."
    links = [("states", "abstained", "Sp"), ("abstained", "including", "MVg"), ("including", "Oman", "Os")]
    assert vote_of(s, links, "Oman", [cue(s, "abstained", "abstain")]) == "abstain"


def test_two_votes_equally_near_give_no_reading():
    s = "Mali backed and opposed texts."
    links = [("Mali", "backed", "Ss"), ("Mali", "opposed", "Ss")]
    assert vote_of(s, links, "Mali", [cue(s, "backed", "yes"), cue(s, "opposed", "no")]) is None


@pytest.mark.skipif(not grammar_reader.available(), reason="no parser installed (link grammar or spaCy)")
@pytest.mark.parametrize("sentence, expected", [
    ("Norway, Iceland and Chile voted against the draft, while Peru abstained.",
     {"NOR": "no", "ISL": "no", "CHL": "no", "PER": "abstain"}),
    ("The draft passed with thirty abstentions, including Peru and Chile.", {"PER": "abstain", "CHL": "abstain"}),
    ("Peru had abstained on the text that Norway voted against.", {}),
])
def test_parsed_for_real(sentence, expected):
    got = {iso3: vote for iso3, (vote, _, _) in grammar_reader.readings(sentence, {"NOR", "ISL", "CHL", "PER"}).items()}
    assert {k: v for k, v in got.items() if k in expected} == expected
