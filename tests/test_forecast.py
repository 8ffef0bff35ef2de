"""unga forecast on the real store: drafts like earlier votes, repeated annual texts, the backtest, bad input;
and the model's pieces on tiny hand-made cases."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import pytest
from fixtures import cli

from unga import api
from unga.errors import BadInput, UnknownResolution, UnknownState
from unga.estimators.forecast import History, fit_item, fit_weights, mix, ordered_probs
from unga.estimators.forecast_result import tally_distribution


@pytest.fixture(scope="module")
def ukraine(built_store):
    # ES-11/6 was voted on 2023-02-23 (141-7-32): forecast it from the two earlier texts it resembles
    return api.forecast(["ES-11/1", "ES-11/4"], title="Aggression against Ukraine", date=date(2023, 2, 23))


@pytest.fixture(scope="module")
def cuba(built_store):
    # the embargo resolution of session 80 (A/RES/80/4), forecast from its earlier versions found by title alone
    tally = api.tally("80/4")
    return tally, api.forecast(title=tally.roll_call.title, date=tally.roll_call.date)


def test_a_later_ukraine_text_russia_no_usa_yes(ukraine):
    p = ukraine.to_dict()
    assert p["RUS"]["no"] > 0.8 and p["BLR"]["no"] > 0.8  # the ideal dimension alone puts Russia mid-way
    assert p["USA"]["yes"] > 0.9 and p["UKR"]["yes"] > 0.9
    assert p["CHN"]["abstain"] > 0.7
    assert ukraine.group == "repeated"
    assert {e["symbol"] for e in ukraine.evidence if e["why"] == "same text"} == {"A/RES/ES-11/1", "A/RES/ES-11/4"}
    # the real vote was 141-7-32: the expected tally is near it and the 90% intervals are real ranges
    e, i = ukraine.expected, ukraine.intervals
    assert 125 <= e["yes"] <= 150 and 2 <= e["no"] <= 10 and 25 <= e["abstain"] <= 40
    assert i["yes"][0] < e["yes"] < i["yes"][1]
    assert abs(sum(e.values()) - 193) < 0.5  # every member on the date, nobody else
    assert ukraine.p_adopted > 0.99


def test_persuadable_states_are_ranked_by_margin_with_what_moves_them(ukraine):
    top = ukraine.persuadable(10)
    assert list(top["margin"]) == sorted(top["margin"])
    assert (top["margin"].head(5) < 0.5).all()  # five states within a coin flip or so of changing
    row = top.iloc[0]
    assert f"P({row['runner_up']})" in row["mover"]
    assert any(w in row["mover"] for w in ("same text", "similar votes", "no vote"))


def test_to_dict_and_json(ukraine):
    p = ukraine.to_dict()
    assert len(p) == 193 and "PAK" in p
    assert all(abs(v["yes"] + v["no"] + v["abstain"] - 1) < 1e-9 for v in p.values())
    data = json.loads(ukraine.dumps())
    pak = next(s for s in data["states"] if s["iso3"] == "PAK")
    assert "abstain" in pak["same_text"]  # Pakistan abstained on ES-11/1
    assert data["item"]["beta"] != 0 and len(data["persuadable"]) == 15


def test_repeated_annual_text_cuba_embargo(cuba):
    tally, result = cuba
    p = result.to_dict()
    assert result.group == "repeated"
    same = [e for e in result.evidence if e["why"] == "same text"]
    assert same and all(e["date"] < tally.roll_call.date for e in same)
    assert p["USA"]["no"] > 0.8 and p["ISR"]["no"] > 0.8
    assert p["CUB"]["yes"] > 0.95 and p["MEX"]["yes"] > 0.9
    assert tally.votes["USA"] == "no" and tally.votes["ISR"] == "no"
    assert result.expected["yes"] > 160


def test_announced_positions_and_sponsors_override(built_store):
    r = api.forecast(["ES-11/1"], announced="USA=abstain", sponsors="UKR", date=date(2022, 3, 24))
    p = r.to_dict()
    assert p["USA"]["abstain"] > 0.9 and p["UKR"]["yes"] > 0.95
    assert "USA" not in set(r.persuadable(193)["iso3"])


def test_backtest_one_session_beats_both_baselines(real, tmp_path):
    code, out, err = cli("forecast", "--backtest", "--sessions", "79", "--training", "1", "--json",
                         "--plot", str(tmp_path / "reliability.png"))
    assert code == 0, err
    s = json.loads(out)
    for method in ("model", "last_year", "most_common"):
        assert set(s[method]) >= {"log_loss", "accuracy", "count_error"}
    assert s["model"]["roll_calls"] == 114 and s["model"]["votes"] > 15_000
    assert s["model"]["log_loss"] < s["last_year"]["log_loss"]
    assert s["model"]["log_loss"] < s["most_common"]["log_loss"]
    assert s["model"]["accuracy"] > 0.85
    assert set(s["detail"]["by_text"]) == {"repeated", "new"}
    assert sum(b["n"] for b in s["detail"]["calibration"]) == 3 * s["model"]["votes"]
    assert (tmp_path / "reliability.png").stat().st_size > 10_000


def test_cli_forecast_table_json_and_chart(real, tmp_path):
    code, out, err = cli("forecast", "--like", "ES-11/1", "--date", "2022-03-24", "--top", "5",
                         "--plot", str(tmp_path / "p.png"))
    assert code == 0, err
    assert "193 members on 2022-03-24" in out and "closest to changing" in out and "A/RES/ES-11/1" in out
    assert (tmp_path / "p.png").stat().st_size > 10_000


def test_bad_input(built_store):
    with pytest.raises(BadInput, match="no basis for a forecast"):
        api.forecast(topic="zyxxy quolp", date=date(2024, 1, 1))
    with pytest.raises(UnknownResolution):
        api.forecast(["ES-11/1", "ES-11/77x"])
    with pytest.raises(UnknownState):
        api.forecast(["ES-11/1"], announced="Atlantis=no")
    with pytest.raises(BadInput, match="yes, no or abstain"):
        api.forecast(["ES-11/1"], announced="USA=maybe")
    with pytest.raises(BadInput, match="not before the forecast's date"):
        api.forecast(["ES-11/4"], date=date(2022, 3, 1))
    with pytest.raises(BadInput, match="describe the draft"):
        api.forecast()
    with pytest.raises(BadInput, match="--sessions"):
        api.forecast_backtest((80, 75))


def test_cli_errors_are_one_line_exit_2(real):
    code, out, err = cli("forecast", "--topic", "zyxxy quolp")
    assert code == 2 and err.startswith("unga: error: no basis for a forecast") and err.count("\n") == 1
    code, _, err = cli("forecast", "--like", "ES-11/1", "--announced", "USA")
    assert code == 2 and "STATE=VOTE" in err
    code, _, err = cli("forecast", "--backtest", "--sessions", "75-x")
    assert code == 2 and "--sessions" in err
    code, _, err = cli("forecast", "--like", "ES-11/1", "--date", "2022-13-01")
    assert code == 2 and "YYYY-MM-DD" in err


# ----------------------------------------------------------------------------- the pieces, by hand


def test_ordered_probit_probabilities():
    p = ordered_probs(np.array([0.0]), 1.0, -1.0, 1.0)[0]
    # P(no) = Phi(-1) = 0.1587, P(yes) = 1 - Phi(1) = 0.1587, P(abstain) = 0.6827
    assert p == pytest.approx([0.158655, 0.158655, 0.682689], abs=1e-5)


def test_fit_item_orders_states_on_the_right_side():
    x = np.r_[np.linspace(-2, -0.5, 40), np.linspace(0.5, 2, 40)]
    y = np.r_[np.full(40, 1), np.full(40, 0)]  # the low half votes no, the high half yes
    beta, c1, c2 = fit_item(x, y, np.ones(80))
    assert beta > 0.5 and c1 <= c2
    assert ordered_probs(np.array([2.0]), beta, c1, c2)[0, 0] > 0.9


def test_log_pool_weights_sharpen_a_component_that_is_right():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 600)
    good = np.full((600, 3), 0.2)
    good[np.arange(600), y] = 0.6  # right every time, but only 0.6 sure
    noise = rng.dirichlet([1, 1, 1], 600)
    w = fit_weights(np.stack([good, noise], axis=1), y)
    assert w[0] > 1.5 and w[1] < 0.3
    assert mix(np.stack([good, noise], axis=1), w)[np.arange(600), y].mean() > 0.8


def test_tally_distribution_is_the_exact_convolution():
    q = np.array([[0.5, 0.5], [0.5, 0.5]])
    yes = tally_distribution(q)[0]
    assert yes == pytest.approx([0.25, 0.5, 0.25])


def test_history_and_evidence_on_a_tiny_record():
    rc = pd.DataFrame({"rcid": [1, 2, 3], "date": ["2020-10-01", "2021-10-01", "2022-10-01"], "session": [75, 76, 77],
                       "symbol": ["A/RES/75/1", "A/RES/76/1", "A/RES/77/1"], "kind": "resolution",
                       "title": ["Embargo against Freedonia"] * 2 + ["Whales"], "agenda_item": None, "subjects": None})
    iso3 = np.array(["AAA", "BBB"] * 3)
    rcid = np.repeat([1, 2, 3], 2)
    vote = np.array(["yes", "no", "yes", "no", "no", "yes"])
    h = History(rc, iso3, rcid, vote)
    from unga.estimators.forecast import Draft, Settings, find_evidence

    ev = find_evidence(h, Draft(date(2023, 10, 1), 78, "Embargo against Freedonia", text="Embargo Freedonia"), Settings())
    assert [h.rc["rcid"].iloc[c] for c in ev.same] == [1, 2] and ev.repeated
    assert ev.same_weight[1] > ev.same_weight[0]  # the newer version counts more
    ev = find_evidence(h, Draft(date(2021, 10, 1), 76, "Embargo against Freedonia"), Settings())
    assert [h.rc["rcid"].iloc[c] for c in ev.same] == [1]  # nothing from its own day or later
