"""Recorded votes the sources lack, known from UN releases (src/unga/data/official_recorded_votes.csv).

They live in their own table, never in roll_calls; `unga tally` answers with the announced counts and the states
the release names, marked as not in the sources' roll calls. A source's roll call of the same vote wins.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from fixtures import run_unga

from unga import api
from unga.errors import NotInRecord, SourceError
from unga.results import OfficialTally
from unga.store import official

HEADER = ",".join(official.COLUMNS)
GOOD = ("A/RES/ES-99/1,A/ES-99/L.1,2030-01-02,1st meeting,A made-up text,5,2,1,,USA;ISR,CAN,no,"
        "press release GA/99999,https://press.un.org/en/2030/ga99999.doc.htm,")


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "official_recorded_votes.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_es_10_23_answers_with_the_release(built_store: Path) -> None:
    result = api.tally("ES-10/23")
    assert isinstance(result, OfficialTally)
    assert result.counts == {"yes": 143, "no": 9, "abstain": 25} and str(result.date) == "2024-05-10"
    assert result.votes["USA"] == "no" and result.votes["ISR"] == "no" and result.votes["CZE"] == "no"
    assert sorted(result.voters("no")) == ["ARG", "CZE", "FSM", "HUN", "ISR", "NRU", "PLW", "PNG", "USA"]
    assert result.complete == ["no"] and "PAK" not in result.votes  # abstainers are not named: unknown
    assert "not in the sources' roll calls" in result.provenance and "press.un.org/en/2024/ga12600" in result.provenance
    assert "9 of the 177 states that voted" in result.unknown and "unknown" in result.unknown


def test_a_draft_symbol_finds_the_vote_and_the_record_does_not_move(built_store: Path) -> None:
    ceasefire = api.tally("A/ES-10/L.33")
    assert ceasefire.counts == {"yes": 158, "no": 9, "abstain": 13} and ceasefire.votes["TON"] == "no"
    unrwa = api.tally("A/ES-10/L.32")
    assert unrwa.counts == {"yes": 159, "no": 9, "abstain": 11} and unrwa.complete == []
    assert "7 of 9 no" in unrwa.unknown
    con = api._con()
    # seven: 3068 (XXVIII) of 1973 joined in the twenty-second round (tests/test_record_doubts23.py), the return of
    # Ukrainian children of December 2025 in the twenty-fifth (tests/test_record_doubts26.py)
    assert con.execute("SELECT count(*) FROM official_recorded_votes WHERE rcid IS NULL").fetchone()[0] == 7
    assert con.execute("SELECT count(*) FROM roll_calls WHERE date IN ('2024-05-10', '2024-12-11')").fetchone()[0] == 0
    prov = con.execute("SELECT rows_read FROM provenance WHERE source = 'official_recorded_votes'").fetchone()
    assert prov == (7,)
    with pytest.raises(NotInRecord):
        api.tally("ES-11/7")  # no UN release stored for it: still "not in the record"


def test_the_resumed_es_10_vote_of_june_2025_answers_by_draft(built_store: Path) -> None:
    # UN News (on ungeneva.org): 149-12-19, Israel and the United States among the 12 against; no resolution number
    result = api.tally("A/ES-10/L.34/Rev.1")
    assert isinstance(result, OfficialTally) and str(result.date) == "2025-06-12"
    assert result.counts == {"yes": 149, "no": 12, "abstain": 19}
    assert result.votes == {"ISR": "no", "USA": "no"} and result.complete == []
    assert "2 of 12 no" in result.unknown and "ungeneva.org" in result.provenance
    con = api._con()
    assert con.execute("SELECT count(*) FROM roll_calls WHERE date = '2025-06-12'").fetchone()[0] == 0
    with pytest.raises(NotInRecord):
        api.tally("ES-10/25")  # no UN page in the store gives the June draft (or either December one) a number


def test_cli_text_json_and_exit_code(built_store: Path) -> None:
    out = run_unga("tally", "ES-10/23", home=built_store.parent)
    assert out.returncode == 0, out.stderr
    assert "143 yes" in out.stdout and "not in the sources' roll calls" in out.stdout
    assert "United States" in out.stdout and "unknown" in out.stdout
    out = run_unga("tally", "ES-10/23", "--json", home=built_store.parent)
    data = json.loads(out.stdout)
    assert out.returncode == 0 and data["in_record"] is False and data["counts"]["no"] == 9
    assert data["votes"]["USA"] == "no" and data["source"]["url"].startswith("https://press.un.org/")
    out = run_unga("tally", "ES-11/7", home=built_store.parent)
    assert out.returncode == 2 and "not in the record" in out.stderr


def _synthetic_record() -> tuple[pd.DataFrame, pd.DataFrame]:
    roll_calls = pd.DataFrame([{"rcid": 7, "symbol": "A/RES/ES-99/1", "draft": "A/ES-99/L.1", "kind": "resolution",
                                "yes": 5, "no": 3, "abstain": 0, "pub_yes": None, "pub_no": None, "pub_abstain": None,
                                "sources": "unxml"}])
    votes = pd.DataFrame({"rcid": [7] * 8, "iso3": ["FRA", "DEU", "GBR", "ITA", "ESP", "USA", "CAN", "AUS"],
                          "vote": ["yes"] * 5 + ["no"] * 3})
    return roll_calls, votes


def test_a_source_roll_call_wins_and_the_release_becomes_a_cross_check(tmp_path: Path) -> None:
    rows = official.read(_file(tmp_path, GOOD))
    roll_calls, votes = _synthetic_record()
    stored, integrity = official.table(rows, roll_calls, votes)
    assert stored["rcid"].tolist() == [7]  # the source's roll call holds the vote: no answer from the release
    found = {(r.iso3 if isinstance(r.iso3, str) else None, r.value, r.other_value) for r in integrity.itertuples()}
    # the release says 2 against and 1 abstaining; the source lists 3 against; Israel is not in its list
    assert (None, "no 3", "no 2") in found and (None, "abstain 0", "abstain 1") in found
    assert ("ISR", "not listed", "no") in found and ("CAN", "no", "abstain") in found
    assert ("USA", "no", "no") not in found
    assert set(integrity["check"]) == {official.CHECK} and (integrity["rcid"] == 7).all()
    unmatched = rows.assign(symbol="A/RES/ES-99/2", draft="A/ES-99/L.2")
    stored, integrity = official.table(unmatched, roll_calls, votes)
    assert stored["rcid"].isna().all() and integrity.empty


@pytest.mark.parametrize("row, problem", [
    (GOOD.replace(",5,2,1,", ",5,two,1,"), "row 2: no count 'two' is not a whole number"),
    (GOOD.replace("USA;ISR", "USA;XXX"), "row 2: against names unknown ISO3 codes ['XXX']"),
    (GOOD.replace("https://press.un.org/en/2030/ga99999.doc.htm", "https://example.com/x"), "is not a UN page"),
    (GOOD.replace("2030-01-02", "2 January"), "row 2: date '2 January' is not a date"),
    (GOOD.replace(",no,press", ",yes,press"), "row 2: complete names ['yes']"),
])
def test_a_bad_row_is_one_line_naming_file_and_row(tmp_path: Path, row: str, problem: str) -> None:
    path = _file(tmp_path, row)
    with pytest.raises(SourceError) as err:
        official.read(path)
    message = str(err.value)
    assert str(path) in message and problem in message and "\n" not in message
    assert err.value.exit_code == 2


def test_the_shipped_file_reads_and_cites_only_un_pages() -> None:
    rows = official.read()
    assert len(rows) >= 4 and rows["url"].str.startswith(official.UN_HOSTS).all()
    assert "A/RES/ES-10/23" in set(rows["symbol"]) and {"A/ES-10/L.32", "A/ES-10/L.33"} <= set(rows["draft"])
    # GA/12667 names the drafts only: which became ES-10/25 and which ES-10/26 is no fact of a stored UN page
    assert (rows.loc[rows["draft"].isin(["A/ES-10/L.32", "A/ES-10/L.33"]), "symbol"] == "").all()


def _verdicts(text: str, day: str) -> list[tuple]:
    from datetime import date

    claims = api.check_text(text, published=date.fromisoformat(day)).claims
    return [(c["kind"], c.get("state"), c["verdict"], c["resolution"], c["evidence"].get("release", {}).get("identified_by"))
            for c in claims]


def test_the_checker_judges_claims_on_the_release(built_store: Path) -> None:
    found = _verdicts("On Friday the Assembly backed resolution ES-10/23 by 143 votes to 9, with 25 abstentions. "
                      "The United States voted against, and Canada abstained.", "2024-05-11")
    assert ("tally", None, "supported", "A/RES/ES-10/23", "symbol") in found
    # the sentence right after the tally goes on with its vote (released.judge, "before")
    assert ("position", "USA", "supported", "A/RES/ES-10/23", "before") in found
    assert ("position", "CAN", "unverifiable", "A/RES/ES-10/23", "before") in found  # abstainers are not named
    claims = api.check_text("The Assembly adopted resolution ES-10/23 by 143 to 9. Argentina voted in favour of "
                            "resolution ES-10/23.", published=None).claims
    wrong = [c for c in claims if c.get("state") == "ARG"][0]
    assert wrong["verdict"] == "contradicted" and "ga12600" in wrong["evidence"]["record"]


def test_the_checker_never_contradicts_on_the_text_alone(built_store: Path) -> None:
    found = _verdicts("The Assembly voted 143 to 9 with 25 abstentions on Friday to back Palestine's bid. "
                      "Argentina had voted in favour of Palestine under earlier governments.", "2024-05-11")
    assert ("position", "ARG", "unverifiable", "A/RES/ES-10/23", "text") in found
    # two votes of one day: a position the sentence does not tie to one of them is not judged on either
    found = _verdicts("On Wednesday the Assembly demanded a ceasefire by 158 to 9 with 13 abstentions and backed "
                      "UNRWA by 159 to 9 with 11 abstentions. Nauru voted against.", "2024-12-12")
    assert ("tally", None, "supported", "A/ES-10/L.33", "tally") in found
    assert ("tally", None, "supported", "A/ES-10/L.32", "tally") in found
    assert not [f for f in found if f[1] == "NRU" and f[2] != "unverifiable"]


def test_a_complete_list_of_states_against_contradicts_a_state_it_lacks(built_store: Path) -> None:
    # GA/12600 names all nine states against ES-10/23; Ireland is not among them (it voted in favour)
    claims = api.check_text("On 10 May 2024 the Assembly adopted resolution ES-10/23 by 143 votes to 9, with 25 "
                            "abstentions; Ireland voted against it, as did Israel.").claims
    got = {c["state"]: c["verdict"] for c in claims if c["kind"] == "position"}
    assert got == {"IRL": "contradicted", "ISR": "supported"}
    # the abstaining are not listed: "Ireland abstained" cannot be judged
    claims = api.check_text("On 10 May 2024 the Assembly adopted resolution ES-10/23 by 143 votes to 9, with 25 "
                            "abstentions; Ireland abstained.").claims
    assert [c["verdict"] for c in claims if c["kind"] == "position"] == ["unverifiable"]
