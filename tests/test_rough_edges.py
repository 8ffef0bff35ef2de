"""Issue 15, the first hour of a new user: each rough edge they hit, with a test that fails if it comes back."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fixtures import cli

import unga
from unga import api, plots
from unga.analysis.agreement import METHODS
from unga.results import NAMING

ROOT = Path(__file__).resolve().parents[1]






# --- export: a Parquet file unga writes opens in pandas with unga's own dependencies ----------------------------

def test_pandas_parquet_engine_is_a_dependency():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(re.match(r"pyarrow\b", d) for d in deps)


def test_exported_parquet_opens_in_pandas(real, tmp_path):
    out = tmp_path / "v.parquet"
    code, said, _ = cli("export", "votes", "--out", str(out))
    assert code == 0 and said.startswith("wrote ")
    votes = pd.read_parquet(out)
    rcid = unga.tally("ES-11/1").roll_call.rcid
    es11 = votes[votes["rcid"] == rcid].set_index("iso3")["vote"]
    assert es11["PAK"] == "abstain" and es11.value_counts().to_dict() == {"yes": 141, "abstain": 35, "absent": 12,
                                                                           "no": 5}
    assert cli("export", "roll_calls", "--out", str(tmp_path / "r.parquet"))[0] == 0
    roll_calls = pd.read_parquet(tmp_path / "r.parquet").set_index("rcid")
    assert len(roll_calls) > 6000 and roll_calls.loc[rcid, "symbol"] == "A/RES/ES-11/1"


# --- labels ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_index_is_named_once_on_axis_and_title(real, method):
    result = api.agreement("PAK", "USA,IND", method=method, start=2021, end=2022)
    ax = plots.agreement_figure(result).axes[0]
    assert ax.get_ylabel() == result.index_name != method
    for text in (ax.get_ylabel(), ax.get_title(), result.headline, str(result).splitlines()[0]):
        assert not re.search(r"\b(\w+) \1\b", text), text  # never "agree agreement"
        assert "agree agreement" not in text and "kappa agreement" not in text
    code, out, _ = cli("agreement", "PAK", "--with", "USA,IND", "--method", method, "--from", "2021", "--to", "2022")
    assert code == 0 and out.splitlines()[0].startswith(f"Pakistan: {result.index_name}, by year, 2021–2022")


def test_method_help_lists_every_choice(real):
    code, out, _ = cli("agreement", "--help")
    flat = " ".join(out.split())
    assert code == 0 and all(m in flat for m in METHODS)


def test_agreement_by_all_is_labelled_all(real):
    code, out, _ = cli("agreement", "PAK", "--with", "USA,IND", "--resolutions", "ES-11/*", "--by", "all")
    rows = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    assert code == 0 and [r[1].strip() for r in rows] == ["all", "all"]
    assert "all selected roll calls in one" in out.splitlines()[0]


# --- str() of every result reads like the CLI --------------------------------------------------------------------

def test_str_of_a_tally(real):
    text = str(unga.tally("ES-11/1"))
    lines = text.splitlines()
    assert lines[0] == "A/RES/ES-11/1 (2022-03-02): 141 yes, 5 no, 35 abstain, 12 absent"
    assert "Aggression against Ukraine" in lines[1]
    assert "no (5): Belarus, Eritrea, North Korea, Russia, Syria" in lines
    abstain = next(line for line in lines if line.startswith("abstain (35): "))
    assert "Pakistan" in abstain and "India" in abstain and "China" in abstain
    assert any(line.startswith("absent (12): ") for line in lines) and any(line.startswith("yes (141): ") for line in lines)


def test_str_of_a_state_record(real):
    text = str(unga.state_record("PAK", start=2022, end=2022))
    lines = text.splitlines()
    assert re.match(r"Pakistan \(PAK\): \d+ roll calls — \d+ yes", lines[0])
    assert lines[1].startswith("rates: yes ") and "%" in lines[1]
    assert "the last 10" in text and len(lines) >= 13 and "2022-12" in text


def test_str_of_a_stance(real):
    text = str(unga.stance("PAK", positive="USA", negative="RUS", resolutions=["ES-11/*", "68/262"], by="all"))
    lines = text.splitlines()
    assert lines[0] == "Pakistan between USA (+1) and RUS (−1)"
    row = next(line.split() for line in lines if line.lstrip().startswith("all"))
    assert row[:4] == ["all", "7", "7", "7"] and float(row[5]) == 0.0  # 7 split roll calls, all abstentions
    assert "voted exactly like Pakistan on every selected roll call: India" in text


def test_str_of_an_agreement(real):
    text = str(unga.agreement("PAK", "USA,IND", year=2022))
    assert text.splitlines()[0] == "Pakistan: Voeten's agreement, by year, 2022"
    ind = next(line for line in text.splitlines() if "India (IND)" in line)
    assert "0.882" in ind and " 89 " in ind  # 2022: 71 same, 3 opposite, 15 partial of 89
    long = str(unga.agreement("PAK", "all", year=2022))
    assert "more rows (to_frame() has them all)" in long and len(long.splitlines()) < 30


def test_str_of_camps(real):
    text = str(unga.camps(year=2022))
    assert text.splitlines()[0] == NAMING
    assert "2022: 2 camps" in text and "camp A: 137 states, most central Senegal " in text
    assert "camp B: 54 states, most central Monaco " in text
    assert "between camps: " in text and "Pakistan +" in text


def test_str_of_ideal_points(real):
    text = str(unga.ideal_points(start=2025))
    lines = text.splitlines()
    assert lines[0].startswith("ideal points by year (final votes): ") and "posterior mean of 300 Gibbs sweeps" in lines[0]
    assert "split R-hat" in lines[0]  # the default sampler says how well it mixed; the mode says it converged
    assert "converged" in str(unga.ideal_points(start=2025, method="mode")).splitlines()[0]
    assert lines[1].startswith("year 2025, highest to lowest") and "2026 left out: too few votes so far" in lines[1]
    assert "United States" in lines[3]  # the highest in 2025


def test_str_of_a_check(real):
    text = str(unga.check_text("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5, with 35 "
                               "abstentions. Pakistan voted against it."))
    lines = text.splitlines()
    assert lines[-1].startswith("2 claims: 1 supported, 1 contradicted")
    assert any(line.startswith("1. supported — tally") for line in lines)
    assert any(line.startswith("2. contradicted — position PAK") and "abstained" in line for line in lines)


# --- camps: neutral names, said how they were chosen; a map that says what its axes are ---------------------------

def test_camps_are_never_named_after_a_state(real):
    result = unga.camps(year=2016)
    assert set(result.table["camp"]) == {"A", "B", "C"}
    code, out, _ = cli("camps", "--year", "2016")
    assert code == 0 and NAMING in " ".join(out.split())
    assert not re.search(r"\b(China|Russia|United States) camp\b", out)
    assert "camp C: 2 states (membership strength after each name): Russia +0.13, South Sudan +0.07" in out
    assert "Belarus (A→C, +0.09)" in out
    methods = (ROOT / "docs" / "methods.md").read_text()
    assert "lettered by size" in methods and "medoid" in methods


def test_camps_map_axes_and_labels(real, tmp_path):
    result = unga.camps(year=2022)
    fig = plots.camps_figure(result, 2022, label=["PAK", "IND"])
    ax = fig.axes[0]
    assert "classical scaling of disagreement" in ax.get_xlabel() and ax.get_ylabel() == "dimension 2"
    named = [t.get_text() for t in ax.texts]
    assert {"PAK", "IND", "USA"} <= set(named) and len(named) <= 2 + plots.MAX_LABELS
    rows = result.table[result.table["period"] == 2022].set_index("state")
    xy = rows.loc[[n for n in named if n not in ("PAK", "IND")], ["x", "y"]].to_numpy()
    span = np.ptp(rows[["x", "y"]].to_numpy(), axis=0)
    gaps = np.abs(xy[:, None] - xy[None]) / span
    apart = (gaps >= plots.LABEL_GAP).any(axis=2) | np.eye(len(xy), dtype=bool)
    assert apart.all()  # no two chosen labels overlap
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[0].startswith("camp A: 137 states, most central ")
    assert plots.camps_map(result, 2022, tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"


def test_camps_label_option_is_checked_before_the_work(real, tmp_path):
    code, _, err = cli("camps", "--year", "2022", "--label", "Atlantis", "--plot", str(tmp_path / "c.png"))
    assert code == 2 and "Atlantis" in err and not (tmp_path / "c.png").exists()


# --- files and the README ------------------------------------------------------------------------------------------

def test_virtual_environments_are_ignored():
    assert ".venv/" in (ROOT / ".gitignore").read_text().split()


def test_readme_first_steps_answer_the_three_questions(real):
    readme = (ROOT / "README.md").read_text()
    steps = readme.split("## First steps", 1)[1].split("\n## ", 1)[0]
    for command in ("unga tally ES-11/1", "unga agreement PAK --with IND", "unga check"):
        assert command in steps
    code, out, _ = cli("tally", "ES-11/1")
    assert code == 0 and all(line in steps for line in out.splitlines()[:4])  # the answer shown is the command's
    assert "141 yes  5 no  35 abstain  12 absent" in steps and "Pakistan abstained" in steps
    pak_ind = unga.agreement("PAK", "IND", year=2022).table["value"].iloc[0]
    assert f"{pak_ind:.3f}" in steps  # the figure quoted is the store's


def test_str_of_a_search(real):
    text = str(unga.search(["nuclear"], year=2022))
    lines = text.splitlines()
    assert lines[0] == "18 roll calls match 'nuclear'" and len(lines) == 20  # the headline, a header, 18 rows
    assert any("A/RES/77/54" in line and " 119 " in line and " 44 " in line for line in lines)  # the ban treaty
