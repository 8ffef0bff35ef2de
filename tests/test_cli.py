"""The `unga` command through its real entry point (a subprocess), on the store built from the real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fixtures import run_unga


run = run_unga


@pytest.fixture(scope="module")
def home(built_store):
    return built_store.parent


def test_tally_json_has_the_contract_fields(home):
    out = run("tally", "ES-11/1", "--json", home=home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["resolution"] == "A/RES/ES-11/1" and data["date"] == "2022-03-02"
    assert data["title"] == "Aggression against Ukraine"
    assert data["counts"] == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}
    assert data["published"]["yes"] == 141 and data["published"]["source"] == "unxml"
    assert data["votes"]["PAK"] == "abstain" and data["votes"]["IND"] == "abstain" and data["votes"]["CHN"] == "abstain"
    assert data["sources"] == ["unxml"]


def test_tally_table_names_the_no_voters(home):
    out = run("tally", "A/RES/ES-11/1", home=home)
    assert out.returncode == 0
    assert "141 yes" in out.stdout and "35 abstain" in out.stdout and "12 absent" in out.stdout
    assert "no (5): Belarus, Eritrea, North Korea, Russia, Syria" in out.stdout


def test_tally_csv(home):
    out = run("tally", "68/262", "--csv", home=home)
    lines = out.stdout.splitlines()
    assert lines[0] == "iso3,state,vote"
    assert "ISR,Israel,absent" in lines and "ARM,Armenia,no" in lines


def test_unknown_symbol_is_one_line_exit_2(home):
    out = run("tally", "ES-11/99", home=home)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "did you mean" in out.stderr and "A/RES/ES-11/" in out.stderr


ES11 = [f"A/RES/ES-11/{n}" for n in range(1, 7)]


def test_state_pakistan_on_ukraine(home):
    out = run("state", "PAK", "--from", "2014", "--json", home=home)
    assert out.returncode == 0
    data = json.loads(out.stdout)
    votes = {v["symbol"]: v["vote"] for v in data["votes"]}
    # Pakistan abstained on 68/262 (March 2014) and on all six resolutions of the eleventh emergency session
    assert [votes[s] for s in ["A/RES/68/262", *ES11]] == ["abstain"] * 7
    assert min(v["date"] for v in data["votes"])[:4] == "2014" and data["from"] == 2014
    topic = run("state", "Pakistan", "--from", "2014", "--topic", "Ukraine", home=home)
    assert topic.returncode == 0
    rows = {line.split("│")[2].strip(): line for line in topic.stdout.splitlines() if "│ A/RES/" in line}
    assert all("abstain" in rows[s] for s in ["A/RES/68/262", *ES11])
    assert "A/RES/ES-10/21" not in topic.stdout  # the Gaza vote of 2023 does not mention Ukraine


def test_unknown_state_is_exit_2_with_suggestion(home):
    out = run("state", "Pakistn", home=home)
    assert out.returncode == 2 and "Pakistan" in out.stderr


def test_bad_year_range_is_exit_2(home):
    out = run("state", "India", "--from", "2020", "--to", "2010", home=home)
    assert out.returncode == 2 and "--from 2020 is after --to 2010" in out.stderr


def test_search(home):
    out = run("search", "territorial", "integrity", "Ukraine", "--json", home=home)
    data = json.loads(out.stdout)
    symbols = {r["symbol"] for r in data["roll_calls"]}
    assert {"A/RES/68/262", "A/RES/ES-11/4"} <= symbols
    lines = run("search", "nuclear", "--year", "2022", "--csv", home=home).stdout.splitlines()
    assert lines[0] == "rcid,date,session,symbol,kind,title,yes,no,abstain,absent" and len(lines) == 1 + 18
    assert all(",2022-" in line for line in lines[1:])


def test_export(home, tmp_path):
    target = tmp_path / "roll_calls.parquet"
    out = run("export", "roll_calls", "--out", str(target), home=home)
    assert out.returncode == 0 and out.stdout == f"wrote {target}\n"
    import duckdb

    rows, es11 = duckdb.execute(f"SELECT count(*), count(*) FILTER (WHERE symbol LIKE 'A/RES/ES-11/%') "
                                f"FROM '{target}'").fetchone()
    with duckdb.connect(str(home / "unga.duckdb"), read_only=True) as store:
        assert rows == store.execute("SELECT count(*) FROM roll_calls").fetchone()[0] and es11 == 6
    bad = run("export", "roll_call", "--out", str(tmp_path / "x.csv"), home=home)
    assert bad.returncode == 2 and "roll_calls" in bad.stderr


def test_no_store_is_a_clear_error(tmp_path):
    out = run("tally", "ES-11/1", home=tmp_path / "empty")
    assert out.returncode == 1 and "unga build" in out.stderr


def test_build_wrong_sources_is_exit_2(tmp_path):
    out = run("build", "--sources", str(tmp_path / "nowhere"), home=tmp_path)
    assert out.returncode == 2 and "nowhere" in out.stderr and out.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["build", "tally", "search", "state", "export", "agreement", "camps", "stance", "check", "ideal"])
def test_every_command_has_help(command):
    out = run(command, "--help")
    assert out.returncode == 0 and "usage: unga" in out.stdout


def test_agreement_json_with_evidence(home):
    out = run("agreement", "PAK", "--with", "USA,RUS,CHN,IND", "--by", "year", "--from", "2021", "--to", "2022",
              "--json", home=home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    rows = {(r["other"], r["period"]): r for r in data["rows"]}
    assert set(rows) == {(o, y) for o in ("USA", "RUS", "CHN", "IND") for y in (2021, 2022)}
    r = rows[("USA", 2022)]
    assert r["n"] == r["same"] + r["oppose"] + r["partial"]
    assert r["value"] == pytest.approx((r["same"] + r["partial"] / 2) / r["n"])
    assert len(data["roll_calls"]["2022"]) == 89


def test_agreement_statedept_with_all(home):
    out = run("agreement", "USA", "--with", "all", "--year", "2022", "--method", "statedept2022", "--json", home=home)
    rows = {r["other"]: r for r in json.loads(out.stdout)["rows"]}
    assert len(rows) == 192
    assert (rows["RUS"]["same"], rows["RUS"]["oppose"], rows["RUS"]["partial"], rows["RUS"]["absent"]) == (17, 52, 20, 0)


def test_agreement_top_and_plot(home, tmp_path):
    plot = tmp_path / "pak.png"
    out = run("agreement", "PAK", "--top", "5", "--year", "2022", "--plot", str(plot), home=home)
    assert out.returncode == 0 and "voted most like PAK" in out.stdout
    least = [line for line in out.stdout.split("voted least like PAK")[1].splitlines() if line.startswith("│")]
    assert len(least) == 5 and "United States (USA)" in least[0]  # in 2022 Pakistan voted least like the US
    assert plot.read_bytes()[:4] == b"\x89PNG"


def test_agreement_bad_method_suggests(home):
    out = run("agreement", "PAK", "--method", "kapa", home=home)
    assert out.returncode == 2 and "kappa" in out.stderr


def test_camps_and_plot(home, tmp_path):
    plot = tmp_path / "camps.svg"
    out = run("camps", "--year", "2022", "--plot", str(plot), home=home)
    assert out.returncode == 0 and "camp B: 54 states" in out.stdout and "between camps" in out.stdout
    assert b"<svg" in plot.read_bytes()[:500]
    assert run("camps", home=home).returncode == 2  # a year is required


def test_stance_on_ukraine_votes(home):
    out = run("stance", "PAK", "--poles", "USA:RUS", "--resolutions", "ES-11/*,68/262", "--by", "all", home=home)
    assert out.returncode == 0, out.stderr
    assert "voted exactly like Pakistan on every selected roll call: India" in out.stdout
    bad = run("stance", "PAK", "--poles", "USA", home=home)
    assert bad.returncode == 2 and "POSITIVE:NEGATIVE" in bad.stderr


def test_check_json_shape(home, shared_data):
    path = shared_data.parent / "examples" / "000_4e3df99f7810b932.txt"
    out = run("check", str(path), "--json", home=home)
    assert out.returncode == 0, out.stderr
    claims = json.loads(out.stdout)["claims"]
    keys = {"kind", "text", "span", "resolution", "state", "asserted", "verdict", "evidence"}
    assert all(keys <= set(c) for c in claims)
    pak = [c for c in claims if c["state"] == "PAK"][0]
    assert (pak["kind"], pak["resolution"], pak["asserted"], pak["verdict"]) == (
        "position", "A/RES/ES-11/1", {"vote": "abstain"}, "supported")
    text = path.read_text(encoding="utf-8")
    start, end = pak["span"]
    assert "Pakistan" in text[start:end]


def test_check_reads_standard_input(home):
    env = {**os.environ, "UNGA_HOME": str(home)}
    text = "UNITED NATIONS, March 2, 2022 - The resolution on Ukraine passed with 141 votes in favour, 5 against and 35 abstentions."
    out = subprocess.run([sys.executable, "-m", "unga", "check", "-"], input=text, capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "supported" in out.stdout and "A/RES/ES-11/1" in out.stdout


def test_check_missing_file_is_exit_2(home, tmp_path):
    out = run("check", str(tmp_path / "nope.txt"), home=home)
    assert out.returncode == 2 and "no such file" in out.stderr


def test_ideal_points_csv_and_plot(home, tmp_path):
    out_csv, plot = tmp_path / "ideal.csv", tmp_path / "ideal.png"
    out = run("ideal", "--period", "year", "--votes", "final", "--from", "2016", "--to", "2023", "--out", str(out_csv),
              "--plot", str(plot), "--states", "USA,RUS,CHN,PAK", home=home)
    assert out.returncode == 0, out.stderr
    import pandas as pd

    table = pd.read_csv(out_csv)
    assert list(table.columns) == ["iso3", "period", "ideal_point", "lower", "upper", "n_votes"]
    assert set(table["period"]) == set(range(2016, 2024))
    latest = table[table["period"] == 2023].set_index("iso3")
    assert latest.loc["USA", "ideal_point"] > 0 > latest.loc["RUS", "ideal_point"]  # the United States fixes the sign
    assert (table["lower"] <= table["ideal_point"]).all() and (table["ideal_point"] <= table["upper"]).all()
    assert plot.read_bytes()[:4] == b"\x89PNG"
    assert run("ideal", "--period", "decade", home=home).returncode == 2
