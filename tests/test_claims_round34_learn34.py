"""Thirty-fourth round (learn34): the learned reading of positions on every open labelled set, with features across
sentences (the sentence before, the title) and of a list item. Measured in benchmarks/ (docs/claims.md,
"Thirty-fourth round: a learned reading of positions on every open set"); sentences of our own."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_news
import learn_positions

from unga.claims import learned


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
