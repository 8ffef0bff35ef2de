"""Bad input, through the real entry point (in-process) and the API: one line, exit 2 (1 for the environment),
nothing written before the input is known to be good; limits that bound the work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures import cli

import unga
from unga import api
from unga.errors import BadInput, UnknownResolution, printable






LAST = "2026-06-04"  # the last vote in ../shared/data


@pytest.mark.parametrize("argv, says", [
    (["search", "nuclear", "--limit", "-1"], "--limit -1: choose between 1 and 10,000"),
    (["search", "nuclear", "--limit", "0"], "--limit 0: choose between 1 and 10,000"),
    (["search", "nuclear", "--limit", "10001"], "--limit 10001"),
    (["search", *[f"w{i}" for i in range(51)]], "51 search words: at most 50"),
    (["search", "x" * 101], "a word of 101 characters"),
    (["search", "nuclear", "--session", "81"], "'--session 81' is not in the record: the sources end on"),
    (["search", "nuclear", "--session", "99"], "--session 99: choose between 1 and 80"),
    (["search", "nuclear", "--year", "1945"], f"--year 1945: the record covers 1946 to {LAST}"),
    (["agreement", "PAK", "--with", ""], "--with is empty"),
    (["agreement", "PAK", "--with", " , ,"], "--with is empty"),
    (["agreement", "PAK", "--top", "0", "--year", "2022"], "--top 0: choose between 1 and 250"),
    (["agreement", "PAK", "--top", "-3", "--year", "2022"], "--top -3"),
    (["agreement", "PAK", "--year", "2022", "--from", "2010"], "give --year, or --from/--to, not both"),
    (["agreement", "PAK", "--with", "SUN", "--year", "2022"], "none of SUN has a vote in the selection"),
    (["stance", "PAK", "--year", "2022", "--from", "2010"], "give --year, or --from/--to, not both"),
    (["stance", "PAK", "--poles", "USA:"], "the negative pole is empty"),
    (["stance", "PAK", "--resolutions", ""], "a symbol in --resolutions is empty"),
    (["state", "PAK", "--from", "3000"], f"--from 3000: the record covers 1946 to {LAST}"),
    (["state", "PAK", "--from", "1900"], f"--from 1900: the record covers 1946 to {LAST}"),
    (["state", "PAK", "--to", "1900"], f"--to 1900: the record covers 1946 to {LAST}"),
    (["state", ""], "the state is empty"),
    (["state", "   "], "the state is empty"),
    (["tally", ""], "the resolution symbol is empty"),
    (["tally"], "the following arguments are required: symbol (see `unga tally --help`)"),
    (["tally", "ES-11/1", "--json", "--csv"], "not allowed with argument"),
    (["camps", "--year", "2022", "--k", "1"], "--k 1: choose between 2 and 12"),
    (["camps", "--year", "2022", "--issue", "Ukraine"], "fewer than 3 states cast 10 or more votes"),
    (["ideal", "--period", "decade"], "invalid choice: 'decade'"),
    (["nonsense"], "invalid choice: 'nonsense'"),
    (["state", "PAK", "--from", "twenty"], "invalid int value: 'twenty'"),
])
def test_bad_input_is_one_line_and_exit_2(real, argv, says):
    code, out, err = cli(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("unga: error: ") and says in err


def test_a_state_named_twice_counts_once(real):
    twice = unga.agreement("PAK", "USA,United States,the US", year=2022)
    assert twice.table["other"].tolist() == ["USA"]
    assert twice.to_json()["rows"] == unga.agreement("PAK", "USA", year=2022).to_json()["rows"]
    assert api.resolve_states("usa, RUS ,United States,Russia") == ["USA", "RUS"]


def test_top_shows_exactly_n_states(real):
    code, out, _ = cli("agreement", "PAK", "--top", "3", "--year", "2022")
    assert code == 0
    most = out.split("voted most like PAK")[1].split("voted least like PAK")[0]
    assert sum(1 for line in most.splitlines() if line.startswith("│")) == 3


@pytest.mark.parametrize("call, says", [
    (lambda: unga.tally(None), "the resolution symbol must be text such as 'ES-11/1', not NoneType"),
    (lambda: unga.tally(5309), "write 'rcid:5309' for the roll call with that id"),
    (lambda: unga.tally(""), "the resolution symbol is empty"),
    (lambda: unga.tally(" \t"), "the resolution symbol is empty"),
    (lambda: unga.tally("x" * 101), "101 characters long"),
    (lambda: unga.state_record(""), "the state is empty"),
    (lambda: unga.state_record(None), "the state must be text"),
    (lambda: unga.state_record("PAK", start=2022.5), "--from 2022.5: the record covers 1946"),
    (lambda: unga.agreement("PAK", ""), "--with is empty"),
    (lambda: unga.agreement("PAK", ["USA", 3]), "--with must be comma-separated state names"),
    (lambda: unga.stance("PAK", n_boot=0), "n_boot (bootstrap draws) 0: choose between 100 and 10,000"),
    (lambda: unga.stance("PAK", n_boot=10**9), "n_boot (bootstrap draws) 1000000000"),
    (lambda: unga.search("nuclear", limit=True), "--limit must be a whole number"),
    (lambda: unga.search(["nuclear", None]), "search words must be text or a list of texts"),
    (lambda: unga.camps(year=2022, k=2.5), "--k must be a whole number"),
    (lambda: unga.ideal_points(start=3000), "--from 3000: the record covers 1946"),
    (lambda: unga.export("votes", Path("/nonexistent-folder/v.csv")), "the folder /nonexistent-folder does not exist"),
])
def test_api_refuses_bad_arguments(real, call, says):
    with pytest.raises(BadInput) as caught:
        call()
    assert says in str(caught.value)


def test_api_accepts_the_rcid_the_hint_names(real):
    assert unga.tally("rcid:5309").roll_call.symbol == "A/RES/68/262"
    assert unga.tally("rcid:5309").counts == {"yes": 100, "no": 11, "abstain": 58, "absent": 24}


def test_search_words_are_literal_and_deduplicated(real):
    every = api._con().execute("SELECT lower(concat_ws(' ', symbol, title, agenda_item, subjects)) FROM roll_calls").fetchall()
    with_underscore = sum("_" in text for (text,) in every)
    assert 0 < with_underscore < 1000  # as a LIKE pattern, "_" would have matched every roll call (7,166)
    assert len(unga.search("_", limit=10_000).roll_calls) == with_underscore
    assert unga.search("Nuclear nuclear NUCLEAR", year=2022).words == ["Nuclear"]
    assert unga.search("nuclear", year=2022).to_json()["roll_calls"] == unga.search("NUCLEAR nuclear", year=2022).to_json()["roll_calls"]
    assert len(unga.search(["the"] * 50 + [f"w{i}" for i in range(49)]).roll_calls) == 0


@pytest.mark.parametrize("option", ["--plot", "--out"])
def test_output_into_a_missing_folder_or_onto_a_folder_is_refused(real, tmp_path, option):
    command = ["agreement", "PAK", "--with", "USA", "--year", "2022"] if option == "--plot" else ["export", "votes"]
    suffix = ".png" if option == "--plot" else ".csv"
    for target, says in ((tmp_path / "missing" / f"x{suffix}", "does not exist; create it first"),
                         (tmp_path, "is a folder; give a file name")):
        code, out, err = cli(*command, option, str(target))
        assert code == 2 and says in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_export_writes_the_table_whole(real, tmp_path):
    code, out, _ = cli("export", "integrity", "--out", str(tmp_path / "integrity.csv"))
    assert code == 0 and out.startswith("wrote ")
    import pandas as pd

    frame = pd.read_csv(tmp_path / "integrity.csv")
    assert len(frame) == api._con().execute("SELECT count(*) FROM integrity").fetchone()[0]
    assert [p.name for p in tmp_path.iterdir()] == ["integrity.csv"]  # no temporary file left


def test_ideal_checks_its_arguments_before_the_fit(real, tmp_path, monkeypatch):
    def no_fit(**kwargs):
        raise AssertionError("the fit started before the arguments were checked")

    monkeypatch.setattr(api, "ideal_points", no_fit)
    for argv, says in ((["--states", "USA,Atlantis"], "unknown state 'Atlantis'"),
                       (["--states", ""], "--states is empty"),
                       (["--plot", str(tmp_path / "ideal.txt")], "choose a .png, .svg or .pdf file name"),
                       (["--plot", str(tmp_path / "no" / "ideal.png")], "does not exist"),
                       (["--out", str(tmp_path / "ideal.parquet")], "choose a .csv file name"),
                       (["--out", str(tmp_path)], "is a folder")):
        code, _, err = cli("ideal", *argv)
        assert code == 2 and says in err, err


def test_ideal_leaves_no_csv_when_the_plot_fails(real, tmp_path, monkeypatch):
    from unga import plots

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "ideal.png"))

    monkeypatch.setattr(plots, "ideal_points_over_time", full_disk)
    code, _, err = cli("ideal", "--from", "2022", "--to", "2023", "--out", str(tmp_path / "ideal.csv"),
                       "--plot", str(tmp_path / "ideal.png"))
    assert code == 1 and err == f"unga: error: No space left on device ({tmp_path / 'ideal.png'})\n"
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_is_one_line(real, monkeypatch):
    def interrupted(symbol):
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "tally", interrupted)
    assert cli("tally", "ES-11/1") == (130, "", "unga: error: interrupted\n")


def test_a_bug_is_one_line_without_debug(real, monkeypatch):
    monkeypatch.delenv("UNGA_DEBUG")
    monkeypatch.setattr(api, "tally", lambda symbol: {}["missing"])
    code, _, err = cli("tally", "ES-11/1")
    assert code == 1 and err.count("\n") == 1 and "internal error KeyError" in err and "UNGA_DEBUG=1" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this platform")
@pytest.mark.parametrize("args", [["tally", "ES-11/1"], ["tally", "ES-11/1", "--json"], ["state", "PAK", "--csv"]])
def test_stdout_on_a_full_disk_is_one_line_exit_1(real, args):
    env = {**os.environ, "UNGA_HOME": str(real.parent)}
    env.pop("UNGA_DEBUG", None)
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "unga", *args], stdout=full, stderr=subprocess.PIPE, text=True,
                              env=env, timeout=120)
    assert done.returncode == 1 and done.stderr == "unga: error: No space left on device\n"


def test_control_characters_are_never_echoed(real):
    code, _, err = cli("tally", "ES\x1b[2J-11/99\n\u202e")
    assert code == 2 and err.count("\n") == 1
    assert "\x1b" not in err and "\u202e" not in err and "ES\\x1b[2J-11/99\\n\\u202e" in err
    code, out, err = cli("search", "\x1b]0;pwned\x07", "[/bold]", "--year", "2022")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "[/bold]" in out
    assert printable("tab\there\udcff") == "tab\\there\\udcff"


def test_arguments_that_are_not_utf8_are_refused(real):
    code, _, err = cli("state", "Pak\udcffistan")
    assert code == 2 and "argument 2 (Pak\\udcffistan) is not valid UTF-8 text" in err


def test_unknown_name_quotes_a_huge_argument_shortly(real):
    code, _, err = cli("tally", "Z" * 100)
    assert code == 2 and len(err) < 300 and "unknown resolution 'ZZZ" in err


def test_version_and_help_texts(real):
    assert cli("--version") == (0, f"unga {__import__('importlib.metadata').metadata.version('unga')}\n", "")
    code, out, _ = cli("stance", "--help")
    assert code == 0 and "95% bootstrap" in out and "95%%" not in out
    code, out, _ = cli("agreement", "--help")
    assert "agree, S, kappa" in " ".join(out.split()) or "kappa" in out
    for option in ("--year", "--from", "--to", "--method", "--top"):
        line = next(line for line in out.splitlines() if line.strip().startswith(option))
        assert len(line.split()) > 2, f"{option} has no help text"
    code, out, _ = cli("search", "--help")
    assert "1 to 10,000" in " ".join(out.split())


def test_piped_tables_are_full_width(real):
    code, out, _ = cli("state", "PAK", "--from", "2022", "--to", "2022")
    assert code == 0
    row = next(line for line in out.splitlines() if "A/RES/ES-11/1 " in line)
    assert "Aggression against Ukraine" in row and "abstain" in row  # one line per roll call, not folded cells
    code, out, _ = cli("tally", "ES-11/1")
    assert next(line for line in out.splitlines() if line.startswith("abstain (35):")).endswith("Zimbabwe")


def test_years_inside_the_record_still_answer(real):
    record = unga.state_record("PAK", start=1946, end=2026)
    every = unga.state_record("PAK").votes  # the first and last years of the record lose nothing
    assert len(record.votes) == len(every) > 6850 and record.counts["abstain"] == (every["vote"] == "abstain").sum()
    with pytest.raises(UnknownResolution):
        unga.tally("ES-11/99")


def test_camps_list_members_by_name_with_their_strength(real):
    code, out, _ = cli("camps", "--year", "2022")
    assert code == 0
    line = next(line for line in out.splitlines() if "camp B: 54 states" in line)
    members = line.split("): ", 1)[1].split(", ")
    names = [m.rsplit(" ", 1)[0] for m in members]
    assert names == sorted(names) and "United States" in names and "United Kingdom" in names
    assert all(-1 <= float(m.rsplit(" ", 1)[1]) <= 1 for m in members)


def test_one_period_for_all_is_labelled_all(real):
    code, out, _ = cli("stance", "PAK", "--poles", "USA:RUS", "--resolutions", "ES-11/*,68/262", "--by", "all")
    row = next(line for line in out.splitlines() if line.startswith("│"))
    assert code == 0 and row.split("│")[1].strip() == "all" and row.split("│")[3].strip() == "7"  # 7 split roll calls


def test_ideal_summary_leaves_out_the_period_under_way(real):
    code, out, _ = cli("ideal", "--from", "2024", "--to", "2026", "--states", "USA,PAK")
    assert code == 0 and "2026 left out: too few votes so far" in out
    rows = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    assert sorted((r[1].strip(), r[2].strip()) for r in rows) == [("PAK", "2025"), ("USA", "2025")]


def test_a_reader_that_goes_away_is_not_an_error(real):
    """unga state PAK | head -1: the rest of the output has nowhere to go; exit 0, nothing on stderr."""
    env = {**os.environ, "UNGA_HOME": str(real.parent)}
    done = subprocess.Popen([sys.executable, "-m", "unga", "state", "PAK"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert re.search(r"Pakistan \(PAK\): \d{4} roll calls", done.stdout.readline().decode())
    done.stdout.close()
    assert done.wait(timeout=120) == 0 and done.stderr.read() == b""


@pytest.mark.parametrize("columns", ["0", "abc", ""])
def test_a_useless_columns_setting_is_ignored(real, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    code, out, _ = cli("tally", "ES-11/1")
    assert code == 0 and "141 yes" in out and "no (5): Belarus, Eritrea, North Korea, Russia, Syria" in out


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc to see when the command is waiting")
def test_ctrl_c_of_a_real_process_is_one_line(real):
    """SIGINT while `unga check -` waits for its text: `unga: error: interrupted`, exit 130, no traceback."""
    import signal
    import time

    env = {**os.environ, "UNGA_HOME": str(real.parent)}
    env.pop("UNGA_DEBUG", None)
    # A shell's background job ignores SIGINT and its children inherit that: give the command a terminal's default.
    done = subprocess.Popen([sys.executable, "-m", "unga", "check", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # started (the store library loaded) and asleep on its input
        maps = Path(f"/proc/{done.pid}/maps").read_text()
        if "duckdb" in maps and Path(f"/proc/{done.pid}/stat").read_text().split(") ")[1][0] == "S":
            break
        time.sleep(0.1)
    time.sleep(0.5)
    done.send_signal(signal.SIGINT)
    _, err = done.communicate(timeout=60)
    assert done.returncode == 130 and err == b"unga: error: interrupted\n"


def test_an_output_encoding_that_cannot_show_a_name_is_one_line(real):
    env = {**os.environ, "UNGA_HOME": str(real.parent), "PYTHONIOENCODING": "ascii"}
    env.pop("UNGA_DEBUG", None)
    done = subprocess.run([sys.executable, "-m", "unga", "tally", "ES-11/1"], capture_output=True, env=env, timeout=120)
    assert done.returncode == 1
    assert done.stderr.decode() == ("unga: error: the output's encoding (ascii) cannot show '\\xf4'; "
                                    "set PYTHONIOENCODING=utf-8\n")


def test_check_reads_a_text_stream_put_in_place_of_standard_input(real, capsys, monkeypatch):
    # an embedding program or a test may put a text stream (no binary buffer) in place of sys.stdin
    import io

    from unga.cli.main import main

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["check", "-"]) == 2
    assert "standard input: the file is empty" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("On 2 March 2022 the Assembly adopted ES-11/1 by 141 votes to 5, "
                                                  "with 35 abstentions."))
    assert main(["check", "-"]) in (0, None)
    assert "1 supported" in capsys.readouterr().out
