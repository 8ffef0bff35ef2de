"""Twenty-first round, branch false5: the false statements not caught (docs/claims-misses.md, "False statements not
caught (twenty-first round, branch false5)"). No guard was loosened: these are traps, of our own sentences, where a
guard that holds back a false statement of the sets also keeps a true one from being called false, and a reading
that would make a true statement false today. Also the one reading of the committee a text reports (check.py asks
`lacking.committee_of` once per text)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import check, lacking

# The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35; Chad voted yes, Morocco and
# Ethiopia did not vote, Cameroon did not vote).
AGGRESSION = ("The General Assembly on Wednesday adopted resolution ES-11/1, demanding that Russia withdraw its forces "
              "from Ukraine, by 141 votes to 5, with 35 abstentions.")
NEXT_DAY = date(2022, 3, 3)


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["state"], c["asserted"], c["resolution"], c["verdict"], c["evidence"].get("record") or "")
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_the_text_is_asked_once_which_committee_it_reports(built_store, monkeypatch):
    seen, real = [], lacking.committee_of

    def counted(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(check, "committee_of", counted)
    monkeypatch.setattr(lacking, "committee_of", counted)
    body = ("The Third Committee approved the draft on Tuesday by 116 votes to 54, with 12 abstentions.\n\n"
            "It will come before the General Assembly next month.")
    result = api.check_text(body, published=date(2021, 11, 18))
    assert seen.count(result.text) == 1
    [tally] = [c for c in result.claims if c["kind"] == "tally"]
    assert (tally["asserted"], tally["verdict"]) == ({"yes": 116, "no": 54, "abstain": 12}, "unverifiable")
    assert lacking.committee_only(result.text, real(result.text)) == "Third Committee"  # a text of that vote alone


def test_a_state_given_two_votes_in_one_sentence_is_not_called_false(built_store):
    # "in earlier years" is no time the checker reads: both of Chad's votes stand untimed on ES-11/1, and only one can
    # be that vote's; the one the record bears out is supported, the other is held back (doubt.torn), not called false
    claims = judged("Chad, which had abstained in earlier years, voted in favour this time. " + AGGRESSION, NEXT_DAY)
    chad = {c[2]["vote"]: c for c in claims if c[1] == "TCD"}
    assert chad["yes"][3:5] == ("A/RES/ES-11/1", "supported")
    assert chad["abstain"][3:5] == ("A/RES/ES-11/1", "unverifiable")
    assert "two different votes" in chad["abstain"][5]


def test_states_from_which_no_vote_was_recorded_are_not_said_to_vote_no(built_store):
    """Was a strict xfail (holdout22 d40's wording read as votes against); ident6's reading in attach.py, merged in
    the same round, takes 'no vote was recorded from' for absence."""
    claims = judged(AGGRESSION + " No vote was recorded from 12 countries, including Morocco, Ethiopia and Cameroon.",
                    NEXT_DAY)
    assert not [c for c in claims if c[4] == "contradicted"]
    assert {(c[1], c[2]["vote"], c[3], c[4]) for c in claims if c[0] == "position"} == {
        (state, "absent", "A/RES/ES-11/1", "supported") for state in ("MAR", "ETH", "CMR")}
