"""make_labels.py (tests/reference/news_corpus): the truth it computes for claims on votes the record knows only from
a UN release (src/unga/data/official_recorded_votes.csv), and the name it gives them, on the real store."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "reference" / "news_corpus" / "make_labels.py"


@pytest.fixture(scope="module")
def labels(built_store):
    spec = importlib.util.spec_from_file_location("make_labels", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def truth(labels, resolution: str, kind: str, **claim) -> str:
    return labels.store_truth({"resolution": labels._name(resolution), "kind": kind, **claim})


def test_a_tally_or_count_is_judged_on_the_announced_counts(labels):
    assert truth(labels, "A/RES/ES-10/23", "tally", yes=143, no=9, abstain=25) == "true"
    assert truth(labels, "A/RES/ES-10/23", "tally", yes=143, no=9, abstain=26) == "false"
    assert truth(labels, "A/ES-10/L.33", "count", field="yes", op="=", value=158) == "true"
    assert truth(labels, "A/ES-10/L.33", "count", field="yes", op="=", value=159) == "false"  # 159 is L.32's
    assert truth(labels, "A/ES-10/L.32", "count", field="abstain", op="<", value=12) == "true"


def test_a_stated_absent_count_is_not_known_from_a_release(labels):
    assert truth(labels, "A/RES/ES-10/23", "count", field="absent", op="=", value=16) == "not_in_store"
    assert truth(labels, "A/RES/ES-10/23", "tally", yes=143, no=9, absent=16) == "not_in_store"
    assert truth(labels, "A/RES/ES-10/23", "tally", yes=140, absent=16) == "false"  # a wrong count is wrong anyway


def test_a_position_is_judged_for_named_states_and_on_complete_lists(labels):
    assert truth(labels, "A/RES/ES-10/23", "position", state="USA", vote="no") == "true"
    assert truth(labels, "A/RES/ES-10/23", "position", state="USA", vote="yes") == "false"
    # the release names all nine against: a tenth state's "no" is false, its "yes" unknown
    assert truth(labels, "A/RES/ES-10/23", "position", state="KEN", vote="no") == "false"
    assert truth(labels, "A/RES/ES-10/23", "position", state="KEN", vote="yes") == "not_in_store"
    assert truth(labels, "A/80/L.1/Rev.1", "position", state="IRL", vote="no") == "false"
    # the stored copy of L.32's release breaks off after seven of the nine against: Tonga's vote is unknown
    assert truth(labels, "A/ES-10/L.32", "position", state="TON", vote="no") == "not_in_store"
    assert truth(labels, "A/ES-10/L.32", "position", state="PRY", vote="no") == "true"


def test_a_release_vote_is_labelled_with_the_checkers_name_and_unconfirmed_numbers_stay_unknown(labels):
    assert labels._name("A/ES-10/L.30/Rev.1") == "A/RES/ES-10/23"
    assert labels._name("A/80/L.1/Rev.1") == "A/80/L.1/REV.1"
    assert labels._name("A/RES/ES-10/22") == "A/RES/ES-10/22"
    assert truth(labels, "A/RES/ES-10/26", "tally", yes=158, no=9, abstain=13) == "not_in_store"
    assert str(labels._day("A/ES-10/L.33")) == "2024-12-11"
