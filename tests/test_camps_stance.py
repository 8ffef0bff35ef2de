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
    assert camp["USA"] == camp["GBR"] and camp["CHN"] == camp["RUS"] and camp["USA"] != camp["CHN"]
    assert camps.between == ["PAK"]  # equally far from both: silhouette 0
    assert camps.strength[camps.states.index("USA")] > 0.5
    # lettered by size, never after a state: the camp PAK joined has three members and is A
    assert sorted(set(camps.camp)) == ["A", "B"] and camp["PAK"] == "A"
    # USA and GBR are equally central (PAK is half-way out); a tie goes to the first; a camp of two has no centre
    assert camps.centre["A"] == "USA" and camps.centre["B"] == ""


def test_camps_are_lettered_by_size_and_centred_on_their_medoid():
    # four states vote alike, S3 sits in the middle of them; two others vote the opposite way
    base = np.array([Y, N] * 10)
    rows = [base.copy() for _ in range(4)] + [np.where(base == Y, N, Y)] * 2
    rows[0][:4] = A  # S0, S1 and S2 each differ from S3 on a few votes, and more from each other
    rows[1][4:8] = A
    rows[2][8:12] = A
    m = matrix(["S0", "S1", "S2", "S3", "T0", "T1"], [r.tolist() for r in rows])
    agree, n = agreement.full_matrix(m, "agree")
    camps = find_camps(0, m.states, agree, np.diag(n), k=2)
    camp = dict(zip(camps.states, camps.camp))
    assert [camp[s] for s in m.states] == ["A"] * 4 + ["B"] * 2
    assert camps.centre == {"A": "S3", "B": ""}


def test_a_state_that_rarely_voted_is_not_the_most_central():
    # R voted only on the first 10 roll calls, like everyone in its camp there: it agrees fully with each of them
    base = np.array([Y, N, Y, Y, N] * 8)
    rows = [base.copy() for _ in range(4)] + [np.where(base == Y, N, Y)] * 3
    rows[0][10:14] = A
    rows[1][14:18] = A
    rows[2][18:22] = A
    rare = base.copy()
    rare[10:] = B
    m = matrix(["S0", "S1", "S2", "S3", "T0", "T1", "T2", "R"], [r.tolist() for r in rows] + [rare.tolist()])
    agree, n = agreement.full_matrix(m, "agree")
    camps = find_camps(0, m.states, agree, np.diag(n), k=2)
    assert dict(zip(camps.states, camps.camp))["R"] == "A"
    assert camps.centre["A"] == "S3"  # without the rule, R (distance 0 to all) would be the medoid


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
    west, rest = members[result.camp_of("USA", 2022)], members[result.camp_of("CHN", 2022)]
    assert {"USA", "GBR", "FRA", "DEU", "UKR", "ISR", "JPN"} <= set(west)
    assert {"CHN", "RUS", "IND", "PAK", "BRA", "ZAF"} <= set(rest)
    assert sorted(members) == ["A", "B"] and (len(members["A"]), len(members["B"])) == (137, 54)
    assert members["B"] == west  # the smaller camp is B: letters follow size, not who is in it
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
