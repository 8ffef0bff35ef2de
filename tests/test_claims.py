"""Reading claims out of text, one short test per way reporters write a vote (sentences written for the tests)."""

from __future__ import annotations

import time

import pytest

from unga.claims.extract import extract, scope_of, state_list
from unga.claims.digits import in_digits
from unga.claims.numbers import tallies
from unga.claims.text import plain, sentences


def claims_of(text: str) -> set:
    return {(c.kind, c.state, tuple(sorted(c.asserted.items()))) for c in extract(text, sentences(text))}


def positions(vote: str, *states: str) -> set:
    return {("position", s, (("vote", vote),)) for s in states}


def tally(**fields) -> tuple:
    return ("tally", None, tuple(sorted(fields.items())))


def count(field: str, value: int, op: str = "=") -> tuple:
    return ("count", None, (("field", field), ("op", op), ("value", value)))


PATTERNS = [
    # labelled numbers and tallies
    ("The resolution passed with 141 votes in favour, 5 against and 35 abstentions.", {tally(yes=141, no=5, abstain=35)}),
    ("It was adopted by 93 votes to 24, with 58 abstentions.", {tally(yes=93, no=24, abstain=58)}),
    ("The text was approved 93-24-58 in the Assembly.", {tally(yes=93, no=24, abstain=58)}),
    ("The vote was 141-5, with 35 abstentions.", {tally(yes=141, no=5, abstain=35)}),            # N-M, with K
    ("The vote was 185 to 3, with 2 abstentions.", {tally(yes=185, no=3, abstain=2)}),
    ("The vote was 77 in favour, 74 abstentions and six against.", {tally(yes=77, no=6, abstain=74)}),  # any order
    ("The motion failed by 100 votes against, 35 in favour, with 42 abstentions.", {tally(yes=35, no=100, abstain=42)}),
    ("The Assembly defeated the draft by 57 votes to 46, with 17 abstentions.", {tally(yes=46, no=57, abstain=17)}),
    ("It passed by a vote of 128 against nine, with 35 abstentions.", {tally(yes=128, no=9, abstain=35)}),
    ("The measure passed with 159 votes in favour.", {count("yes", 159)}),
    ("One hundred and forty-one countries voted in favour.", {count("yes", 141)}),               # numbers in words
    ("It was supported by 149 countries and opposed by 12.", {tally(yes=149, no=12)}),
    ("China and 64 other countries abstained.", {count("abstain", 65)} | positions("abstain", "CHN")),
    ("There were 29 abstentions.", {count("abstain", 29)}),
    ("Fewer than 100 states backed it.", {count("yes", 100, "<")}),
    ("More than 140 countries condemned the invasion.", {count("yes", 140, ">")}),
    # lists that are not the subject
    ("The following countries voted against: Belarus, Eritrea and Syria.", positions("no", "BLR", "ERI", "SYR")),
    ("Those abstaining were China, India and Pakistan.", positions("abstain", "CHN", "IND", "PAK")),
    ('"No" votes came from Russia and Belarus.', positions("no", "RUS", "BLR")),
    ("In favour: Albania, Andorra; Against: Belarus, Russia; Abstaining: China, India.",
     positions("yes", "ALB", "AND") | positions("no", "BLR", "RUS") | positions("abstain", "CHN", "IND")),
    ("Four states joined Russia in voting against it – Belarus, Eritrea, North Korea and Syria.",
     positions("no", "RUS", "BLR", "ERI", "PRK", "SYR") | {count("no", 5)}),  # the four and Russia
    ("It was adopted by 114 in favour to 5 against (Belize, Gambia, Oman), with 36 abstentions.",
     {tally(yes=114, no=5, abstain=36)} | positions("no", "BLZ", "GMB", "OMN")),
    # states hung on a tally or a participle
    ("It passed 141-5, with 35 abstentions, including China and India.",
     {tally(yes=141, no=5, abstain=35)} | positions("abstain", "CHN", "IND")),
    ("The text was adopted with the US and Israel opposed and Ukraine abstaining.",
     positions("no", "USA", "ISR") | positions("abstain", "UKR")),
    ("Nine – among them Israel and the United States – voted no.", positions("no", "ISR", "USA") | {count("no", 9)}),
    ("Thirteen, including China, abstained.", {count("abstain", 13)} | positions("abstain", "CHN")),
    # lists broken by joined by / along with / as well as / a modifier; so did, as did
    ("Russia voted against, joined by Belarus and Syria.", positions("no", "RUS", "BLR", "SYR")),
    ("Belarus voted against along with Syria.", positions("no", "BLR", "SYR")),
    ("Belarus, as well as Syria, voted against.", positions("no", "BLR", "SYR")),
    ("The Pacific states of Palau and Nauru voted against.", positions("no", "PLW", "NRU")),
    ("Russia voted against, and so did Belarus.", positions("no", "RUS", "BLR")),
    ("Brazil backed the resolution, as did Mexico.", positions("yes", "BRA", "MEX")),
    ("Nicaragua joined Russia, Belarus and Syria in voting against the text.",
     positions("no", "NIC", "RUS", "BLR", "SYR")),
    # quoted labels, subjects, relative clauses, passives
    ("Serbia voted “yes”.", positions("yes", "SRB")),
    ("India, China and Pakistan abstained.", positions("abstain", "IND", "CHN", "PAK")),
    ("South Africa, which voted in favour of the text, spoke first.", positions("yes", "ZAF")),
    ("The compact was rejected by the United States, Hungary and Israel.", positions("no", "USA", "HUN", "ISR")),
    ("Four countries did not vote -- El Salvador, Iraq, Morocco and Nicaragua.",
     {count("absent", 4)} | positions("absent", "SLV", "IRQ", "MAR", "NIC")),
    ("Russia, Cuba and others voted against the document.", positions("no", "RUS", "CUB")),
    ("Five countries – Eritrea, Syria and of course Russia – voted against it.",
     {count("no", 5)} | positions("no", "ERI", "SYR", "RUS")),
    ("Eleven states, including Egypt, which recognises Israel, and Kuwait and China, did not take part.",
     {count("absent", 11)} | positions("not_taking_part", "EGY", "KWT", "CHN")),  # no side from the aside; away or abstaining
    ("The United States was one of the six countries that voted against.", {count("no", 6)} | positions("no", "USA")),
]


@pytest.mark.parametrize("sentence, expected", PATTERNS, ids=[p[0][:40] for p in PATTERNS])
def test_patterns(sentence, expected):
    assert claims_of(sentence) == expected


def test_a_vote_for_or_against_a_state_is_kept_apart_for_the_resolution_about_it():
    # "voted against Myanmar" is a side on the resolution about Myanmar: read against its title when judged
    assert claims_of("China and Russia voted in Myanmar's favour.") == positions("for:MMR", "CHN", "RUS")
    assert claims_of("A total of 130 countries voted against Myanmar, including Kenya.") == positions("against:MMR", "KEN")


def test_a_comparison_with_an_earlier_vote_is_its_own_claim():
    found = extract(text := "This year 141 countries backed it, up from 100 in 2014.", sentences(text))
    assert [(c.asserted["value"], c.when) for c in found] == [(141, "this"), (100, "2014")]


def test_sentences_read_as_one_after_the_other():
    text = "The countries voting against included China and Cuba. Others were Iran and Syria."
    assert claims_of(text) == positions("no", "CHN", "CUB", "IRN", "SYR")


@pytest.mark.parametrize("sentence", [
    "Pakistan's neighbour and rival also abstained from the vote.",      # a possessive is not the subject
    "As reported by the Times of India, the debate went on for hours.",  # a newspaper is not a state
    "The heads of 22 foreign missions sent a joint letter to Islamabad.",
    "The prime minister visited Moscow for two days.",
    "Russian forces entered Ukraine on 24 February.",
    "China abstained from criticising the invasion.",
    "Speaker after speaker in the debate opposed the U.S. sanctions.",   # a state after a plain verb: no voters
    "The talks run from March 27 to 31 in New York.",                     # a date range is not a tally
    "It has not had the support of five countries.",
])
def test_sentences_that_are_not_claims(sentence):
    assert {c for c in claims_of(sentence) if c[0] != "count" or c[2][0][1] != "no"} == set()


def test_numbers_in_words():
    assert in_digits("one hundred and fifty-eight states") == "158 states"
    assert in_digits("Sixty-two member countries") == "62 member countries"
    assert in_digits("one ambassador said") == "one ambassador said"  # a pronoun, not a number
    assert [g.fields for g in tallies(in_digits("Thirty-nine nations abstained"))] == [{"abstain": 39}]


def test_scope_of_a_sentence():
    assert scope_of("Russia vetoed the Security Council draft on Tuesday, with China and India abstaining.") \
        == "other body"
    assert scope_of("In the Third Committee, 80 states voted in favour.") == "other body"
    assert scope_of("An amendment proposed by Russia was rejected by 20 votes to 90.") == "procedural"
    assert scope_of("The General Assembly voted to suspend Russia from the Human Rights Council.") == "assembly"


def test_state_lists():
    assert state_list("both Pakistan and India") == ["PAK", "IND"]
    assert state_list("As detailed by the Times of India") is None
    assert state_list("Côte d'Ivoire and the Democratic People's Republic of Korea") == ["CIV", "PRK"]


def test_html_furniture_is_stripped():
    page = ("<html><head><script>var s = '9 against';</script></head><body><nav>12 countries voted against</nav>"
            "<p>India abstained.</p><footer>100 countries backed us</footer></body></html>")
    assert plain(page).strip() == "India abstained."


def test_html_article_through_the_main_content_extractor():
    body = " ".join(["The General Assembly met in New York to consider the draft on the question before it."] * 4)
    page = (f"<html><body><nav><a href='/'>Home</a> | 12 countries voted against</nav><article><h1>Vote</h1>"
            f"<p>{body}</p><p>India, China and Pakistan abstained.</p></article>"
            "<aside>Related: 100 countries backed us</aside><footer>Subscribe</footer></body></html>")
    text = plain(page)
    assert "India, China and Pakistan abstained." in text
    assert "12 countries" not in text and "Subscribe" not in text


def test_extraction_is_linear_in_the_length_of_a_sentence():
    run = "India, China and Pakistan abstained and Brazil voted in favour with 141 votes to 5 "
    timings = []
    for n in (20_000, 80_000):
        text = (run * (n // len(run) + 1))[:n]
        start = time.perf_counter()
        extract(text, sentences(text))
        timings.append(time.perf_counter() - start)
    assert timings[1] < 8 * timings[0] + 0.5  # four times the text: about four times the time, not sixteen
