"""The record read in the thirtieth round (the lead; docs/data.md, "Doubts of holdout32"). Two of holdout32's record
notes: 69/186 (the death-penalty moratorium, 18 December 2014), whose only list counts 37 against with the United
States not voting while the NGOs that followed the vote give 38, keeps its list, its count in doubt
(src/unga/data/vote_doubts.csv); 73/151 (UNHCR, 17 December 2018) keeps the Dominican Republic abstaining, as the
Digital Library's list and the agency reports of the day have it, against a UN release that names Liberia (cleared,
no doubt filed). The values on the store built from the real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

from unga import api

MORATORIUM = "On 18 December 2014 the General Assembly adopted resolution 69/186 on a moratorium on the death penalty"


def _claims(text: str, day: date) -> list[dict]:
    return [c for c in api.check_text(text, published=day).claims if c["kind"] != "other"]


def test_69_186_keeps_its_list_with_the_united_states_not_voting(built_store):
    moratorium = api.tally("69/186")
    assert moratorium.counts == {"yes": 117, "no": 37, "abstain": 34, "absent": 5}
    assert moratorium.votes["USA"] == "absent"
    assert any("117-38-34" in w for w in moratorium.warnings)


def test_a_count_of_69_186_either_way_is_unverifiable_naming_both(built_store):
    for said in ("by 117 votes to 38, with 34 abstentions", "by 117 votes to 37, with 34 abstentions"):
        tally = [c for c in _claims(f"{MORATORIUM} {said}.", date(2014, 12, 19)) if c["kind"] == "tally"]
        assert [c["verdict"] for c in tally] == ["unverifiable"]
    wrong = [c for c in _claims(f"{MORATORIUM} by 117 votes to 45, with 34 abstentions.", date(2014, 12, 19))
             if c["kind"] == "tally"]
    assert [c["verdict"] for c in wrong] == ["contradicted"]


def test_73_151_keeps_the_dominican_republic_abstaining(built_store):
    refugees = api.tally("73/151")
    assert refugees.counts == {"yes": 181, "no": 2, "abstain": 3, "absent": 7}
    assert sorted(i for i, v in refugees.votes.items() if v == "abstain") == ["DOM", "ERI", "LBY"]
    assert refugees.votes["LBR"] == "yes"
