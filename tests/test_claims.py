"""Checking news text: extraction on its own, then verdicts on the real record, with articles written for the tests."""

from __future__ import annotations

import pytest

from unga.claims.extract import extract, state_list
from unga.claims.text import plain, sentences


def claims_of(text: str):
    return [(c.kind, c.state, c.asserted) for c in extract(text, sentences(text))]


@pytest.mark.parametrize("sentence, expected", [
    ("The resolution passed with 141 votes in favour, 5 against and 35 abstentions.",
     [("tally", None, {"yes": 141, "no": 5, "abstain": 35})]),
    ("It was adopted by 93 votes to 24, with 58 abstentions.", [("tally", None, {"yes": 93, "no": 24, "abstain": 58})]),
    ("There were 143 in favour, 5 against and 35 abstaining.", [("tally", None, {"yes": 143, "no": 5, "abstain": 35})]),
    ("The text was approved 93-24-58.", [("tally", None, {"yes": 93, "no": 24, "abstain": 58})]),
    ("Fewer than 100 states backed it.", [("count", None, {"field": "yes", "op": "<", "value": 100})]),
    ("More than 140 countries condemned the invasion.", [("count", None, {"field": "yes", "op": ">", "value": 140})]),
    ("India, China and Pakistan abstained.", [("position", s, {"vote": "abstain"}) for s in ("IND", "CHN", "PAK")]),
    ("North Korea voted against.", [("position", "PRK", {"vote": "no"})]),
    ("Brazil backed the resolution, as did Mexico.", [("position", s, {"vote": "yes"}) for s in ("BRA", "MEX")]),
    ("Nicaragua joined Russia, Belarus and Syria in voting against the text.",
     [("position", s, {"vote": "no"}) for s in ("NIC", "RUS", "BLR", "SYR")]),
    ("The US and the UK voted in favour, while Russia voted against.",
     [("position", "RUS", {"vote": "no"}), ("position", "USA", {"vote": "yes"}), ("position", "GBR", {"vote": "yes"})]),
    ("Türkiye, Vietnam and the Republic of Korea voted for the text.",
     [("position", s, {"vote": "yes"}) for s in ("TUR", "VNM", "KOR")]),
])
def test_phrasings(sentence, expected):
    assert claims_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Pakistan's neighbour and rival also abstained from the vote.",      # a possessive is not the subject
    "As reported by the Times of India, the debate went on for hours.",  # a newspaper is not a state
    "The heads of 22 foreign missions sent a joint letter to Islamabad.",
    "The prime minister visited Moscow for two days.",
    "Russian forces entered Ukraine on 24 February.",
])
def test_sentences_that_are_not_claims(sentence):
    assert claims_of(sentence) == []


def test_state_lists():
    assert state_list("both Pakistan and India") == ["PAK", "IND"]
    assert state_list("As detailed by the Times of India") is None
    assert state_list("Côte d'Ivoire and the Democratic People's Republic of Korea") == ["CIV", "PRK"]


def test_html_furniture_is_stripped():
    page = ("<html><head><script>var s = '9 against';</script></head><body><nav>12 countries voted against</nav>"
            "<p>India abstained.</p><footer>100 countries backed us</footer></body></html>")
    assert plain(page).strip() == "India abstained."


# --- verdicts on the real record --------------------------------------------------------------------------------

def verdicts(text: str, **kwargs):
    from unga import api

    return [(c["kind"], c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, **kwargs).claims
            if c["kind"] != "other"]


def test_the_news_report(built_store, shared_data):
    from unga import api

    text = (shared_data.parent / "examples" / "000_4e3df99f7810b932.txt").read_text(encoding="utf-8")
    result = api.check_text(text)
    found = {(c["kind"], c["state"]): c for c in result.claims}
    for state in ("PAK", "IND", "CHN"):
        claim = found[("position", state)]
        assert (claim["resolution"], claim["verdict"]) == ("A/RES/ES-11/1", "supported")
        assert claim["evidence"]["vote"] == "abstain"
    count = found[("count", None)]
    assert (count["resolution"], count["verdict"], count["asserted"]["value"]) == ("A/RES/ES-11/1", "supported", 35)
    for claim in result.claims:  # the letter from 22 heads of mission and the visit to Moscow
        if "22 foreign" in claim["text"] or "Moscow" in claim["text"]:
            assert claim["verdict"] == "unverifiable"
    assert result.counts()["contradicted"] == 0


MARCH_2022 = (
    "UNITED NATIONS, March 2, 2022 - The General Assembly on Wednesday demanded that Moscow pull its troops out of "
    "Ukraine. The resolution passed with 141 votes in favour, 5 against and 35 abstentions. Russia voted against, as "
    "did Belarus. Nicaragua joined Russia, Belarus and Syria in voting against the text. India, China and Pakistan "
    "abstained. Venezuela voted against the resolution. Brazil backed the resolution. India voted against it."
)


def test_traps_on_the_march_2022_vote(built_store):
    got = verdicts(MARCH_2022)
    assert ("tally", None, "A/RES/ES-11/1", "supported") in got
    assert ("position", "BLR", "A/RES/ES-11/1", "supported") in got        # "as did"
    assert ("position", "NIC", "A/RES/ES-11/1", "contradicted") in got     # Nicaragua abstained
    assert ("position", "VEN", "A/RES/ES-11/1", "contradicted") in got     # absent: not a no
    assert ("position", "IND", "A/RES/ES-11/1", "contradicted") in got     # an abstention is not a no
    assert ("position", "BRA", "A/RES/ES-11/1", "supported") in got


def test_absent_is_not_a_no_and_says_so(built_store):
    from unga import api

    venezuela = [c for c in api.check_text(MARCH_2022).claims if c["state"] == "VEN"][0]
    assert venezuela["evidence"]["vote"] == "absent"
    assert "did not vote" in venezuela["evidence"]["record"] and "not a no" in venezuela["evidence"]["record"]


def test_wrong_tally_is_contradicted(built_store):
    text = ("NEW YORK, April 7, 2022 - Members voted to suspend Russia from the Human Rights Council. "
            "It was adopted by 93 votes to 24, with 48 abstentions.")
    assert verdicts(text) == [("tally", None, "A/RES/ES-11/3", "contradicted")]


def test_a_date_that_points_at_another_roll_call(built_store):
    # 141 backed the 2022 resolution; in March 2014 (Crimea) it was 100
    text = ("In March 2014 the Assembly affirmed Ukraine's territorial integrity after the annexation of Crimea. "
            "141 countries backed the resolution, and Armenia voted against it. Israel voted in favour.")
    assert verdicts(text) == [("count", None, "A/RES/68/262", "contradicted"),
                              ("position", "ARM", "A/RES/68/262", "supported"),
                              ("position", "ISR", "A/RES/68/262", "contradicted")]  # Israel was absent


def test_two_resolutions_in_one_text(built_store):
    text = ("Two votes on Ukraine in 2022 split the Assembly. On 2 March 2022, resolution ES-11/1 passed by 141 votes "
            "to 5, with 35 abstentions; India abstained. On 7 April 2022, resolution ES-11/3 suspending Russia from "
            "the Human Rights Council was adopted 93-24-58, and India abstained again while China voted against.")
    assert verdicts(text) == [("tally", None, "A/RES/ES-11/1", "supported"),
                              ("position", "IND", "A/RES/ES-11/1", "supported"),
                              ("tally", None, "A/RES/ES-11/3", "supported"),
                              ("position", "IND", "A/RES/ES-11/3", "supported"),
                              ("position", "CHN", "A/RES/ES-11/3", "supported")]


def test_html_page_and_comparisons(built_store):
    page = ("<html><body><nav>Home | 12 countries voted against</nav><article><p>October 12, 2022 - The General "
            "Assembly condemned Russia's attempted annexation of four Ukrainian regions.</p><p>There were 143 in "
            "favour, 5 against and 35 abstaining. North Korea, Syria and Nicaragua voted against. Fewer than 100 "
            "states backed it.</p></article><footer>Subscribe</footer></body></html>")
    assert verdicts(page) == [("tally", None, "A/RES/ES-11/4", "supported"),
                              ("position", "PRK", "A/RES/ES-11/4", "supported"),
                              ("position", "SYR", "A/RES/ES-11/4", "supported"),
                              ("position", "NIC", "A/RES/ES-11/4", "supported"),
                              ("count", None, "A/RES/ES-11/4", "contradicted")]


def test_unidentifiable_claims_stay_unverifiable(built_store):
    from unga import api

    result = api.check_text("India abstained on the resolution.")
    claim = result.claims[0]
    assert (claim["kind"], claim["verdict"], claim["resolution"]) == ("position", "unverifiable", None)
    assert "could not be identified" in claim["evidence"]["record"]
