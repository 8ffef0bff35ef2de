"""The learned reading of positions (benchmarks/learned.py, benchmarks/learn_positions.py), measured but not
integrated (docs/claims.md, tenth round): the candidates and features on sentences of our own, and the model's fit."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import learn_positions

from unga.claims import learned


def _of(cands, iso3, vote):
    return next(c for c in cands if (c.iso3, c.vote) == (iso3, vote))


def test_a_list_after_a_tally_is_a_candidate_of_the_tally_vote():
    sentence = "The text passed 120 to 9, with 40 abstentions; Chile, Peru and Norway were among the abstainers."
    cands = learned.candidates(sentence, {})
    assert {(c.iso3, c.vote) for c in cands} >= {("CHL", "abstain"), ("PER", "abstain"), ("NOR", "abstain")}
    chile = _of(cands, "CHL", "abstain")
    assert chile.features["in_list"] == 1.0 and chile.features["run_first"] == 1.0
    assert chile.features["nearest_cue_is_vote"] == 1.0
    assert chile.features["semicolon"] == 1.0  # the nearest abstention phrase before Chile is the tally's label
    assert chile.features["cue_after"] == 0.0


def test_what_the_rules_read_is_a_feature_of_the_other_states_of_the_list():
    sentence = "Fiji, Tonga and Samoa, like several other Pacific states, voted against it."
    cands = learned.candidates(sentence, {"FJI": "no"})
    tonga = _of(cands, "TON", "no")
    assert tonga.features["run_read_same"] == 1.0 and tonga.features["run_read_other"] == 1.0


def test_no_vote_phrase_no_candidate():
    assert learned.candidates("Chile and Peru signed a trade pact in Lima on Monday.", {}) == []


def test_an_intention_and_a_sponsor_are_only_weak_cues():
    sentence = "France said it would support the draft, which Germany had co-sponsored."
    cands = learned.candidates(sentence, {})
    france = _of(cands, "FRA", "yes")
    assert france.features["kind=weak"] == 1.0 and france.features["only_weak_cues"] == 1.0
    assert france.features["sponsors"] == 1.0


def _row(key, vote, label, strong):
    return {"key": key, "vote": vote, "label": label, "read": False,
            "features": {"bias": 1.0, "kind=label": float(strong), "kind=weak": float(not strong)}}


def test_the_fit_learns_the_cue_kind_and_keeps_one_vote_per_state():
    rows = [_row(("s", "t", k, "CHL"), "no", 1, True) for k in range(20)] \
        + [_row(("s", "t", k, "CHL"), "yes", 0, False) for k in range(20)] \
        + [_row(("s", "t", k + 20, "PER"), "abstain", 0, False) for k in range(20)]
    model = learn_positions.fit(rows, 1.0)
    assert model["weights"]["kind=label"] > 1.0 > model["weights"]["kind=weak"]
    best = learn_positions.predict(rows, model)
    assert len(best) == 40  # one per (text, sentence, state)
    assert learn_positions.added(best, 0.5) == (20, 20)  # the 20 label-cued states, all right
    assert learn_positions.sentences_of(best, 0.5) == 20


def test_the_threshold_is_chosen_on_the_training_sets_only():
    data = {name: {"rows": [dict(_row((name, "t", k, "CHL"), "no", int(k % 4 != 0), True), across=False)
                            for k in range(40)]} for name in ("a", "b", "c")}

    def options(target):
        return argparse.Namespace(c=1.0, target=target, with_read=False, across=False, trees=False, inner=6)
    assert learn_positions.choose(data, ["a", "b", "c"], options(0.7)) <= 0.75  # 75% right: reached
    assert learn_positions.choose(data, ["a", "b", "c"], options(0.9)) == 1.01  # never reached
