"""Thirty-fourth round (learn34): the learned reading of positions, trained on every open labelled set, with features
across sentences (the sentence before, the title) and of a list item, applied by claims/learned.py and never called
false (docs/claims.md, "Thirty-fourth round: a learned reading of positions on every open set"); sentences of our
own. The record used: ES-11/1 of 2 March 2022 (141-5-35; Belarus and Eritrea against, Pakistan abstained)."""

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_news
import learn_positions

from unga import api
from unga.claims import extract, learned
from unga.claims.doubt import never_false_noted
from unga.claims import text as claim_text


def _of(cands, iso3, vote):
    return next(c for c in cands if (c.iso3, c.vote) == (iso3, vote))


def test_every_open_set_is_developed_on_and_no_blind_one():
    assert "holdout33" in learn_positions.DEVELOPED_ON and "corpus" in learn_positions.DEVELOPED_ON
    assert all(not bench_news.SETS[n].default.startswith("/work/blind/") for n in learn_positions.DEVELOPED_ON)
    assert "holdout34" not in learn_positions.DEVELOPED_ON


def test_a_pronoun_sentence_takes_the_vote_of_the_sentence_before():
    before = "Eleven delegations abstained when the text came up on Tuesday."
    cands = learned.candidates("They included Chile, Peru and Norway.", {}, learned.Context(before, borrow=True))
    chile = _of(cands, "CHL", "abstain")
    assert chile.features["borrowed"] == 1.0 and chile.features["before_vote"] == 1.0
    assert chile.features["continuation"] == 1.0 and chile.features["before_only_vote"] == 1.0


def test_a_bare_list_after_a_colon_line_is_a_list_of_line_items():
    before = "The states that opposed the draft were:"
    cands = learned.candidates("• Hungary\n• Israel\n• Nauru", {}, learned.Context(before, borrow=True))
    israel = _of(cands, "ISR", "no")
    assert israel.features["bare_list"] == 1.0 and israel.features["line_item"] == 1.0


def test_without_borrowing_a_sentence_with_no_vote_phrase_gives_nothing():
    before = "Ghana and Kenya voted in favour of the draft last year."
    assert learned.candidates("Ghana later hosted a summit on trade.", {}, learned.Context(before)) == []


def test_the_title_and_the_rules_reading_of_the_sentence_before_are_features():
    context = learned.Context("Mali and Niger voted no.", "Sahel trio speaks out at the Assembly", ("no",), borrow=True)
    chad = _of(learned.candidates("Chad did likewise, its envoy told reporters.", {}, context), "TCD", "no")
    assert chad.features["before_read_same"] == 1.0 and chad.features["continuation"] == 0.0
    assert chad.features["title_vote"] == 0.0
    titled = learned.Context("Mali and Niger voted no.", "Mali and Niger vote against Assembly text", ("no",), borrow=True)
    assert _of(learned.candidates("So did Chad.", {}, titled), "TCD", "no").features["title_vote"] == 1.0


def test_the_inner_folds_are_whole_sets():
    names = [f"s{k}" for k in range(7)]
    groups = learn_positions.folds(names, 3)
    assert sorted(n for g in groups for n in g) == sorted(names) and len(groups) == 3
    assert learn_positions.folds(names[:2], 6) == [["s0"], ["s1"]]


def _readings(said: str) -> set[tuple[str, str]]:
    spans = claim_text.sentences(said)
    return {(c.state, c.asserted["vote"]) for c in learned.read(spans, extract.extract(said, spans))}


def test_the_model_file_is_trained_on_open_sets_only():
    model = learned.model()
    assert model is not None and 0.5 < model["threshold"] <= 1.0
    assert set(model["trained_on"]) == set(learn_positions.DEVELOPED_ON) | {"shared"}
    stored = json.loads(learn_positions.MODEL.read_text(encoding="utf-8"))
    assert stored["weights"] == model["weights"]


def test_a_list_whose_vote_follows_in_a_relative_clause_is_read_by_the_model():
    said = "The text was adopted by 120 votes to 6. They included Cuba, Iran and Nicaragua, all of which voted against it."
    assert _readings(said) == {("CUB", "no"), ("IRN", "no"), ("NIC", "no")}
    said = "Few opposed the draft. Among them were Cuba, Iran and Nicaragua, each of which voted no on Friday."
    assert _readings(said) == {("CUB", "no"), ("IRN", "no"), ("NIC", "no")}


def test_what_the_rules_read_the_model_leaves_alone():
    assert _readings("Cuba, Iran and Nicaragua voted against the text on Friday.") == set()
    assert _readings("Iceland and Norway were on the side of the majority, while Mali sided with the rest.") == set()


def test_a_reading_of_the_model_is_never_called_false():
    claim = extract.Claim("position", "s", (0, 1), {"vote": "no"}, state="PAK", notes=[learned.NOTE])
    rule = extract.Claim("position", "s", (0, 1), {"vote": "no"}, state="PAK")
    out = [{"verdict": "contradicted", "evidence": {"record": "PAK: abstain"}} for _ in range(2)]
    never_false_noted(out, [claim, rule], learned.NOTE, learned.UNCERTAIN)
    assert out[0]["verdict"] == "unverifiable" and learned.UNCERTAIN in out[0]["evidence"]["record"]
    assert out[1]["verdict"] == "contradicted"


def test_checked_against_the_record_right_readings_hold_and_a_wrong_one_is_unverifiable(built_store):
    said = ("The Assembly adopted resolution ES-11/1 on 2 March 2022 by 141 votes to 5, with 35 abstentions. "
            "They included Belarus, Eritrea and Pakistan, all of which voted against the text.")
    got = {c["state"]: c for c in api.check_text(said, published=date(2022, 3, 3)).claims if c["kind"] == "position"}
    assert got["BLR"]["verdict"] == "supported" and got["ERI"]["verdict"] == "supported"
    assert got["PAK"]["verdict"] == "unverifiable" and learned.UNCERTAIN in got["PAK"]["evidence"]["record"]
