"""Continuing seats (unga.seats) on the concordance and the real record, and the plots that draw them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from unga import api, plots, seats
from unga.analysis.votematrix import VoteMatrix
from unga.results import IdealPoints


def test_lines_follow_the_concordance() -> None:
    russia = seats.line("RUS")
    assert russia.seats == ("SUN", "RUS")
    assert russia.changes == [(date(1991, 12, 24), "Soviet Union until 1991-12-24")]
    assert russia.label == "Russia (Soviet Union until 1991-12-24)"
    assert seats.line("CZE").seats == ("CSK", "CZE") and "1993-01-19" in seats.line("CZE").note
    assert seats.line("SRB").seats == ("YUG", "SRB")
    assert seats.line("SVK").seats == ("SVK",)
    assert seats.line("RUS", alone=True).seats == ("RUS",) and "left out" in seats.line("RUS", alone=True).note


def test_merged_seats_and_namesakes_stay_apart() -> None:
    germany, yemen, tanzania = seats.line("DEU"), seats.line("YEM"), seats.line("TZA")
    assert germany.seats == ("DEU",) and "East Germany (DDR) merged into it on 1990-10-03" in germany.note
    assert yemen.seats == ("YEM",) and "YMD" in yemen.note and tanzania.seats == ("TZA",) and "ZAN" in tanzania.note
    assert seats.merged_into("DEU") == ["DDR"] and "merged into Germany" in seats.line("DDR").note
    china = seats.line("CHN")
    assert china.seats == ("CHN",) and "Republic of China (TWN" in china.note
    # the seat passed on the night of 1971-10-25; the handover day is the outgoing delegation's (memberships.csv)
    assert china.label == "China (from 1971-10-26; Republic of China before: a seat apart)"
    assert seats.line("TWN").label.endswith("(until 1971-10-26; China after: a seat apart)")


def test_join_rows_makes_one_row_of_a_line() -> None:
    m = VoteMatrix(("RUS", "SUN", "USA"), np.array([1, 2, 3]), np.array([1990, 1991, 1992]),
                   np.array([[0, 0, 3], [1, 2, 0], [1, 3, 3]], np.int8))
    joined = m.merge_rows(seats.line("RUS").seats, "RUS")
    assert joined.states == ("RUS", "USA")
    assert joined.codes[joined.row("RUS")].tolist() == [1, 2, 3]
    assert joined.codes[joined.row("USA")].tolist() == [1, 3, 3]
    assert m.merge_rows(seats.line("USA").seats, "USA") is m


def test_state_records_over_time(built_store: Path) -> None:
    czechia = api.state_record("Czechia", start=1980, end=1995)
    assert czechia.seats == ("CSK", "CZE") and czechia.votes["date"].min().year == 1980
    assert set(czechia.votes["seat"]) == {"CSK", "CZE"} and "Czechoslovakia" in czechia.note
    assert api.state_record("Czechia", start=1980, end=1995, alone=True).votes["date"].min().year == 1993
    china = api.state_record("China", start=1960, end=1980)
    assert china.seats == ("CHN",) and china.votes["date"].min() == pd.Timestamp("1971-11-03")  # its first roll call as a member
    assert "TWN" in china.note and "not joined" in china.note
    germany = api.state_record("Germany", start=1980, end=1995)
    assert germany.seats == ("DEU",) and "DDR" in germany.note and "seat" not in germany.votes.columns


def test_agreement_and_stance_through_the_ussr(built_store: Path) -> None:
    joined = api.agreement("Russia", "USA", start=1985, end=1995)
    assert sorted(joined.table["period"]) == list(range(1985, 1996)) and joined.line.seats == ("SUN", "RUS")
    assert joined.headline.startswith("Russia (Soviet Union until 1991-12-24)")
    assert round(float(joined.table.loc[joined.table["period"] == 1985, "value"].iloc[0]), 3) == 0.252
    alone = api.agreement("Russia", "USA", start=1985, end=1995, alone=True)
    assert sorted(alone.table["period"]) == list(range(1992, 1996))
    partner = api.agreement("USA", "Russia", start=1985, end=1990)
    assert set(partner.table["other"]) == {"RUS"} and partner.partner_lines["RUS"].seats == ("SUN", "RUS")
    stance = api.stance("India", positive="USA", negative="RUS", start=1985, end=1995)
    assert stance.table["position"].notna().sum() == 11 and stance.pole_lines["RUS"].seats == ("SUN", "RUS")


def test_ideal_point_series_through_the_ussr(built_store: Path) -> None:
    result = api.ideal_points(start=1980, end=1994)
    russia = result.series("RUS").set_index("period")
    assert russia.index.tolist() == list(range(1980, 1995))
    assert russia.loc[1980, "seat"] == "SUN" and russia.loc[1991, "seat"] == "SUN" and russia.loc[1992, "seat"] == "RUS"
    assert result.line("RUS").changes == [(date(1991, 12, 24), "Soviet Union until 1991-12-24")]
    assert result.series("RUS", alone=True)["period"].min() == 1992
    assert result.diagnostics["reference"] == "USA" and result.diagnostics["under_way"] == 2026
    assert result.series("CHN")["seat"].unique().tolist() == ["CHN"]
    seats_said = result.to_json()["seats"]
    assert seats_said["RUS"]["seats"] == ["SUN", "RUS"] and "USA" not in seats_said


def _synthetic() -> IdealPoints:
    rows = [("SUN", p, -2.0) for p in (1989, 1990, 1991)] + [("RUS", p, 0.5) for p in (1992, 1993, 1994)] + \
        [("USA", p, 3.0) for p in range(1989, 1995)] + [("DDR", 1989, -1.5), ("DEU", 1989, 1.0), ("DEU", 1994, 1.2)]
    table = pd.DataFrame(rows, columns=["iso3", "period", "ideal_point"])
    table = table.assign(lower=table["ideal_point"] - 0.3, upper=table["ideal_point"] + 0.3,
                         n_votes=np.where(table["period"] == 1994, 6, 80))
    table["few_votes"] = table["n_votes"] < 10
    codes = sorted(set(table["iso3"]))
    return IdealPoints(table, "year", "final", {"reference": "USA"}, {"reference": "USA", "under_way": 1994},
                       {"USA": "United States"}, seats.lines(codes), seats.lines(codes, alone=True))


def test_ideal_points_figure_says_what_a_reader_needs() -> None:
    fig = plots.ideal_points_figure(_synthetic(), ["USA", "RUS", "DEU"])
    ax = fig.axes[0]
    assert "higher: toward the side of United States (USA)" in ax.get_ylabel()
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Russia (Soviet Union until 1991-12-24)" in legend
    assert "1994 (hollow, dashed): 6 votes so far, still under way when the record ends" in legend
    russia = next(line for line in ax.get_lines() if line.get_label() == "Russia (Soviet Union until 1991-12-24)")
    assert russia.get_xdata().tolist() == [1989, 1990, 1991, 1992, 1993]  # one line through both seats, 1994 apart
    diamonds = [line for line in ax.get_lines() if line.get_marker() == "D"]
    assert len(diamonds) == 1 and diamonds[0].get_xdata().tolist() == [1991]
    assert any(t.get_text() == "Soviet Union until 1991-12-24" for t in ax.texts)
    hollow = [line for line in ax.get_lines() if line.get_markerfacecolor() == "white" and line.get_xdata().tolist()]
    assert sorted(h.get_xdata().tolist()[0] for h in hollow) == [1994, 1994, 1994]
    germany = next(line for line in ax.get_lines()
                   if line.get_label() == "Germany (East Germany merged into it 1990-10-03: apart)")
    assert np.isnan(germany.get_ydata()[1:5]).all()  # East Germany's 1989 is not drawn as Germany's; gap to 1994
    assert len(ax.collections) >= 3  # the intervals as bands
    named = [line.get_label() for line in ax.get_lines() if not line.get_label().startswith("_")]
    assert len(named) == 4  # one line per state (Russia's two seats in one), and the key of the period under way


def test_agreement_and_stance_figures_mark_the_change(built_store: Path) -> None:
    agreement = plots.agreement_figure(api.agreement("Russia", "USA,IND", start=1985))
    ax = agreement.axes[0]
    assert any(t.get_text() == "RUS: Soviet Union until 1991-12-24" for t in ax.texts)
    assert any(t.get_text().startswith("2026 (hollow, dashed):") and "roll calls so far" in t.get_text()
               for t in ax.get_legend().get_texts())
    assert ax.get_title().startswith("Russia (Soviet Union until 1991-12-24)")
    stance = plots.stance_figure(api.stance("India", positive="USA", negative="RUS", start=1985))
    assert any(t.get_text() == "RUS: Soviet Union until 1991-12-24" for t in stance.axes[0].texts)
    assert stance.axes[0].get_ylabel().startswith("−1 = RUS (Soviet Union until 1991-12-24)   ·   +1 = USA")


def test_cli_alone(real: Path, capsys: pytest.CaptureFixture) -> None:
    from unga.cli.main import main

    assert main(["agreement", "Russia", "--with", "USA", "--from", "1990", "--to", "1993", "--alone"]) in (0, None)
    out = capsys.readouterr().out
    assert "left out: asked for Russia alone" in out and "│ 1991" not in out and "│ 1992" in out
    assert main(["agreement", "Russia", "--with", "USA", "--from", "1990", "--to", "1993"]) in (0, None)
    out = capsys.readouterr().out
    assert "Russia (Soviet Union until 1991-12-24)" in out and "│ 1990" in out
