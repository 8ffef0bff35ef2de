"""Camps and stance: hand-made matrices, then the real record."""

from __future__ import annotations

import numpy as np
import pytest

from unga.analysis import agreement, stance
from unga.analysis.camps import classical_scaling, find_camps
from unga.analysis.votematrix import VoteMatrix

Y, A, N, B, X = 1, 2, 3, 4, 0


def matrix(states: list[str], rows: list[list[int]], periods: list[int] | None = None) -> VoteMatrix:
    codes = np.array(rows, dtype=np.int8)
    return VoteMatrix(tuple(states), np.arange(codes.shape[1]),
                      np.array(periods or [0] * codes.shape[1], dtype=np.int64), codes)


def test_two_blocs_and_a_state_between():
    # USA and GBR always together; CHN and RUS always together; PAK half with each side
    votes = [[Y, N] * 10, [Y, N] * 10, [N, Y] * 10, [N, Y] * 10, [Y, Y] * 10]
    m = matrix(["USA", "GBR", "CHN", "RUS", "PAK"], votes)
    agree, n = agreement.full_matrix(m, "agree")
    camps = find_camps(0, m.states, agree, np.diag(n), k=2)
    camp = dict(zip(camps.states, camps.camp))
    assert camp["USA"] == camp["GBR"] == "USA" and camp["CHN"] == camp["RUS"] == "CHN"
    assert camps.between == ["PAK"]  # equally far from both: silhouette 0
    assert camps.strength[camps.states.index("USA")] > 0.5


def test_k_is_chosen_by_silhouette_and_is_deterministic():
    rng = np.random.default_rng(1)
    base = rng.choice([Y, N], size=40)
    rows = [base.tolist()] * 4 + [np.where(base == Y, N, Y).tolist()] * 4
    m = matrix([f"S{i}" for i in range(8)], rows)
    agree, n = agreement.full_matrix(m, "agree")
    first = find_camps(0, m.states, agree, np.diag(n))
    again = find_camps(0, m.states, agree, np.diag(n))
    assert len(set(first.camp)) == 2 and first.camp == again.camp
    assert first.candidates[2] == max(first.candidates.values())


def test_classical_scaling_recovers_distances():
    points = np.array([[0, 0], [3, 0], [0, 4], [3, 4.0]])
    d = np.linalg.norm(points[:, None] - points[None], axis=-1)
    xy = classical_scaling(d)
    assert np.allclose(np.linalg.norm(xy[:, None] - xy[None], axis=-1), d, atol=1e-9)


def test_stance_by_hand():
    #            split Y/N   split Y/N   split Y/A   poles agree
    usa = [Y, Y, Y, Y]
    rus = [N, N, A, Y]
    pak = [Y, A, A, N]  # +1, 0, -1 (with the negative pole), not split
    m = matrix(["USA", "RUS", "PAK"], [usa, rus, pak])
    t, split = stance.positions(m, "PAK", ["USA"], ["RUS"])
    assert split.tolist() == [True, True, True, False]
    assert t[:3].tolist() == [1.0, 0.0, -1.0] and np.isnan(t[3])
    table = stance.stance_table(m, "PAK", ["USA"], ["RUS"], n_boot=200)
    row = table.iloc[0]
    assert row["position"] == pytest.approx(0.0) and row["split"] == 3 and row["voted"] == 3
    assert row["abstained_or_absent"] == pytest.approx(2 / 3)
    assert -1 <= row["lower"] <= row["position"] <= row["upper"] <= 1


def test_pole_of_several_states_needs_them_to_agree():
    m = matrix(["USA", "RUS", "CHN", "PAK"], [[Y, Y], [N, N], [N, A], [N, Y]])
    assert stance.pole_votes(m, ["RUS", "CHN"]).tolist()[0] == -1.0
    assert np.isnan(stance.pole_votes(m, ["RUS", "CHN"])[1])


def test_identical_voters():
    m = matrix(["PAK", "IND", "CHN"], [[A, A, B], [A, A, B], [A, Y, B]])
    assert stance.identical_voters(m, "PAK") == ["IND"]


# --- the real record ----------------------------------------------------------------------------------------

def test_camps_2022_on_the_record(built_store):
    from unga import api

    result = api.camps(year=2022)
    members = result.members(2022)
    assert {"USA", "GBR", "FRA", "DEU", "UKR", "ISR", "JPN"} <= set(members["USA"])
    assert {"CHN", "RUS", "IND", "PAK", "BRA", "ZAF"} <= set(members["CHN"])
    strength = result.table.set_index("state")["strength"]
    assert strength["USA"] > 0.3 and strength.between(-1, 1).all()


def test_stance_pakistan_on_ukraine_and_over_time(built_store):
    from unga import api

    ukraine = api.stance("PAK", positive="USA", negative="RUS", resolutions=["ES-11/*", "68/262"], by="all")
    row = ukraine.table.iloc[0]
    assert (row["split"], row["voted"], row["position"]) == (7, 7, 0.0)  # abstained on all seven: between the poles
    assert "IND" in ukraine.alike  # India voted exactly like Pakistan on each of them
    yearly = api.stance("Pakistan", start=2014, end=2023)
    assert len(yearly.table) == 10
    assert (yearly.table["position"] < 0).all()  # closer to Russia and China than to the US in every year
    assert (yearly.table["lower"] <= yearly.table["position"]).all()
