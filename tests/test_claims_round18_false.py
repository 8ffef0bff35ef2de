"""Eighteenth round, branch false2: false statements held back by a guard that did not apply (issue 9, "every false
statement about a vote in the record caught"; docs/claims-misses.md, "False statements not caught (eighteenth round,
branch false2)"). Sentences of our own; for each loosened guard a trap where it must still hold.

The record used: A/RES/73/295 of 22 May 2019 (the Chagos Archipelago, 116-6-56); A/RES/77/26 of 30 November 2022
(the Syrian Golan, 92-9-65; the United States against); ES-11/1 of 2 March 2022 (141-5-35; Serbia
in favour)."""

from __future__ import annotations

from datetime import date

from unga import api

CHAGOS = date(2019, 5, 23)
GOLAN = date(2022, 12, 1)
UKRAINE = date(2022, 3, 3)


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"], c["evidence"].get("record") or "")
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date) -> list[tuple]:
    return [c[:4] for c in judged(text, published) if c[4] == "contradicted"]


# --- a year a later sentence of the paragraph names is that sentence's event, not the claim's vote ---

def test_a_year_named_after_the_tally_does_not_hold_its_contradiction_back(built_store):
    said = ("On Wednesday the General Assembly backed a resolution on the Chagos Archipelago and Mauritius.\n\n"
            "The resolution won 116 votes, with five against and 56 abstentions. Mauritius became independent in 1968.")
    assert contradicted(said, CHAGOS) == [("tally", "A/RES/73/295", None, {"yes": 116, "no": 5, "abstain": 56})]


def test_trap_a_year_named_before_the_tally_in_its_paragraph_still_holds_it_back(built_store):
    said = ("On Wednesday the General Assembly backed a resolution on the Chagos Archipelago and Mauritius.\n\n"
            "Mauritius became independent in 1968. The resolution won 116 votes, with five against and 56 abstentions.")
    [(kind, resolution, _, _, verdict, record)] = judged(said, CHAGOS)
    assert (kind, resolution, verdict) == ("tally", "A/RES/73/295", "unverifiable")
    assert "names another resolution, session or year" in record


def test_trap_a_state_after_a_sentence_on_another_year_is_not_called_false(built_store):
    # the United States voted against in 2022; "abstained" may be said of the 2016 vote the sentence before names
    said = ("On Wednesday the Assembly adopted the resolution on the Syrian Golan by 92 votes to 9, with 65 "
            "abstentions.\n\nIn 2016 the Assembly had voted on the same question. The United States abstained.")
    assert contradicted(said, GOLAN) == []


# --- "voted against it" where "it" may be the state the sentence names (fahunt4 d94) ---

def test_voting_against_it_beside_a_state_and_no_resolution_is_not_called_false(built_store):
    said = ("The Assembly's vote on Wednesday, 141 to 5, deepened Moscow's isolation. Even Serbia, a traditional ally "
            "of Russia, voted against it.")
    [position] = [c for c in judged(said, UKRAINE) if c[0] == "position"]
    assert position[:5] == ("position", "A/RES/ES-11/1", "SRB", {"vote": "no"}, "unverifiable")
    assert "'it' may be that state" in position[5]


def test_trap_voting_against_it_after_the_resolution_is_named_stays_contradicted(built_store):
    said = ("The Assembly adopted the resolution on Wednesday by 141 votes to 5. Even Serbia, a traditional ally of "
            "Russia, voted against it.")
    assert contradicted(said, UKRAINE) == [("position", "A/RES/ES-11/1", "SRB", {"vote": "no"})]


def test_trap_voting_against_it_with_no_other_state_named_stays_contradicted(built_store):
    said = "The Assembly's vote on Wednesday, 141 to 5, deepened Moscow's isolation. Even Serbia voted against it."
    assert contradicted(said, UKRAINE) == [("position", "A/RES/ES-11/1", "SRB", {"vote": "no"})]


def test_voting_against_it_beside_a_possessive_state_after_plural_resolutions_is_not_called_false(built_store):
    said = ("While Assembly resolutions are not binding, the vote on Wednesday, 141 to 5, was a victory for Kyiv and "
            "deepened Moscow's isolation. Even Russia's old ally Serbia voted against it.")
    [position] = [c for c in judged(said, UKRAINE) if c[0] == "position"]
    assert position[:5] == ("position", "A/RES/ES-11/1", "SRB", {"vote": "no"}, "unverifiable")


# --- a count said beside states named apart may leave them out (holdout18 a18: "As well as Russia, four …") ---

ANNEXATION = date(2022, 10, 13)  # ES-11/4 of 12 October 2022: 143-5-35 (Russia, Belarus, North Korea, Syria, Nicaragua)
ANNEXATION_VOTE = ("On Wednesday the Assembly condemned the annexation of four Ukrainian regions by 143 votes in favour, "
                   "with 35 abstentions. ")


def test_a_count_beside_a_state_named_apart_is_read_with_it_and_never_called_false(built_store):
    # read with the state ("as well as Russia, four" is five: supported); where that reading does not fit, the
    # reporter may have counted the state in ("as well as Russia, five" of a five-vote side): unverifiable, not false
    said = ANNEXATION_VOTE + "As well as Russia, four countries rejected the text: Belarus, North Korea, Syria and Nicaragua."
    [count] = [c for c in judged(said, ANNEXATION) if c[0] == "count" and c[3]["field"] == "no"]
    assert count[:5] == ("count", "A/RES/ES-11/4", None, {"field": "no", "op": "=", "value": 5}, "supported")
    said = ANNEXATION_VOTE + "As well as Russia, five countries rejected the text."
    [count] = [c for c in judged(said, ANNEXATION) if c[0] == "count" and c[3]["field"] == "no"]
    assert count[:5] == ("count", "A/RES/ES-11/4", None, {"field": "no", "op": "=", "value": 6}, "unverifiable")
    assert "beside states named apart" in count[5]


def test_trap_the_same_count_without_a_state_named_apart_stays_contradicted(built_store):
    said = ANNEXATION_VOTE + "Four countries rejected the text: Belarus, North Korea, Syria and Nicaragua."
    assert ("count", "A/RES/ES-11/4", None, {"field": "no", "op": "=", "value": 4}) in contradicted(said, ANNEXATION)


def test_trap_as_well_as_a_thing_not_a_state_stays_contradicted(built_store):
    said = ANNEXATION_VOTE + "As well as that, four countries rejected the text."
    assert ("count", "A/RES/ES-11/4", None, {"field": "no", "op": "=", "value": 4}) in contradicted(said, ANNEXATION)
