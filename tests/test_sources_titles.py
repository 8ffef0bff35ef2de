"""Voeten's titles read plain (sources/rdata.py; docs/data.md, "Titles"): the source's escaped quotation marks become
plain quotes, cells that leaked into a title are cut off, and a footnote after a title's tab is dropped, each repair a
note for the integrity table. Fixtures are synthetic files in the documented layouts, with words of our own."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from fixtures import unxml_record, write_unxml
from unga.sources import rdata, unxml
from unga.sources.rdata import LEAKED_CELLS_REMOVED, QUOTES_MADE_PLAIN, plain_quotes

# Our own texts, escaped the way the source writes them.
ONE_QUOTE = 'TO ADOPT A PROPOSAL TO ADD AN ITEM ON \\THE FUTURE OF THE HARBOUR.\\\\"'
TWO_QUOTES = 'TO REPLACE THE WORD \\TEN\\\\ WITH \\\\"TWELVE\\\\" IN PARAGRAPH 2.\\""'
CUT_SHORT = 'TO ADD THE WORDS \\IN GOOD TIME\\\\ AFTER \\\\"THE PARTIES\\\\". THE DRAFT WOULD ALSO REQUEST A REPO"'


@pytest.mark.parametrize("raw, plain", [
    (ONE_QUOTE, 'TO ADOPT A PROPOSAL TO ADD AN ITEM ON "THE FUTURE OF THE HARBOUR."'),
    (TWO_QUOTES, 'TO REPLACE THE WORD "TEN" WITH "TWELVE" IN PARAGRAPH 2.'),
    (CUT_SHORT, 'TO ADD THE WORDS "IN GOOD TIME" AFTER "THE PARTIES". THE DRAFT WOULD ALSO REQUEST A REPO'),
    ('TO QUOTE \\A SHORT WORD\\\\ ONLY', 'TO QUOTE "A SHORT WORD" ONLY'),
    ('A TITLE WITH "PLAIN QUOTES" STAYS AS IT IS "', 'A TITLE WITH "PLAIN QUOTES" STAYS AS IT IS "'),
])
def test_escaped_quotes_become_plain(raw: str, plain: str) -> None:
    assert plain_quotes(raw) == plain


def _write_unvotes(folder: Path, rolls: pd.DataFrame) -> Path:
    pyreadr = pytest.importorskip("pyreadr")
    votes = pd.DataFrame({"rcid": [float(r) for r in rolls["rcid"]], "country": ["France"] * len(rolls),
                          "country_code": ["FR"] * len(rolls), "vote": ["yes"] * len(rolls)})
    pyreadr.write_rdata(str(folder / "un_votes.rda"), votes, df_name="un_votes")
    pyreadr.write_rdata(str(folder / "un_roll_calls.rda"), rolls, df_name="un_roll_calls")
    return folder / "un_votes.rda"


def test_unvotes_titles_lose_leaked_cells_and_escapes(tmp_path: Path) -> None:
    rolls = pd.DataFrame({
        "rcid": [7001.0, 7002.0, 7003.0], "session": [2.0, 2.0, 2.0], "importantvote": [0.0, 0.0, 0.0],
        "date": ["1947-05-01", "1947-05-02", "1947-05-03"], "unres": ["", "", ""],
        "amend": [0.0, 1.0, 0.0], "para": [0.0, 0.0, 0.0],
        "short": ["HARBOUR", "HARBOUR, \\PILOTS\\\\\"\tTO ADOPT PARAGRAPH 3 ON \\PILOTS\\\\\".\\\"\"", "FISHERIES"],
        "descr": [ONE_QUOTE + "\t1\t0\t0\t0\t0\t0", "0", "TO ADOPT THE DRAFT ON FISHING SEASONS."],
    })
    table = rdata.parse_unvotes(_write_unvotes(tmp_path, rolls))
    titles = table.roll_calls.set_index("rcid")["title"]
    assert titles[7001] == 'HARBOUR — TO ADOPT A PROPOSAL TO ADD AN ITEM ON "THE FUTURE OF THE HARBOUR."'
    assert titles[7002] == 'HARBOUR, "PILOTS" — TO ADOPT PARAGRAPH 3 ON "PILOTS".'
    assert titles[7003] == "FISHERIES — TO ADOPT THE DRAFT ON FISHING SEASONS."
    notes = {(key, check) for key, check, *_ in table.notes}
    assert notes == {("7001", LEAKED_CELLS_REMOVED), ("7001", QUOTES_MADE_PLAIN),
                     ("7002", LEAKED_CELLS_REMOVED), ("7002", QUOTES_MADE_PLAIN)}
    leaked = next(n for n in table.notes if n[:2] == ("7001", LEAKED_CELLS_REMOVED))
    assert leaked[3].endswith("\t1\t0\t0\t0\t0\t0") and "\t" not in leaked[2]


def test_descriptions_titles_end_at_the_description(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In the descriptions spreadsheet the leaked cells are issue flags; they leave the title and are not read."""
    sheet = pd.DataFrame({
        "session": [2, 2, 2], "rcid": [7001, 7002, 7003], "abstain": [1, 2, 3], "yes": [10, 11, 12], "no": [4, 5, 6],
        "importantvote": [0, 0, 0], "date": ["", "", ""], "unres": ["", "", ""], "amend": [0, 1, 0], "para": [0, 0, 0],
        "short": ["HARBOUR", "HARBOUR, \\PILOTS\\\\\"\tTO ADOPT PARAGRAPH 3 ON \\PILOTS\\\\\".\\\"\"", "FISHERIES"],
        "descr": [ONE_QUOTE + "\t1\t0\t0\t0\t0\t0", "0", "TO ADOPT THE DRAFT ON FISHING SEASONS."],
        "me": [None, 0.0, 0.0], "nu": [None, 0.0, 0.0], "di": [None, 0.0, 0.0], "hr": [None, 1.0, 0.0],
        "co": [None, 0.0, 0.0], "ec": [None, None, 1.0],
    })
    monkeypatch.setattr(rdata.pd, "read_excel", lambda *a, **k: sheet.copy())
    path = tmp_path / "descriptions1-70latestversion.xls"
    path.write_bytes(b"")
    desc, notes = rdata._read_descriptions(path)
    desc = desc.set_index("rcid")
    assert desc.at[7001, "title"] == 'HARBOUR — TO ADOPT A PROPOSAL TO ADD AN ITEM ON "THE FUTURE OF THE HARBOUR."'
    assert desc.at[7002, "title"] == 'HARBOUR, "PILOTS" — TO ADOPT PARAGRAPH 3 ON "PILOTS".'
    assert desc.at[7003, "title"] == "FISHERIES — TO ADOPT THE DRAFT ON FISHING SEASONS."
    assert pd.isna(desc.at[7001, "subjects"]) and desc.at[7003, "subjects"] == "Economic development"
    assert {n[:2] for n in notes} == {("7001", LEAKED_CELLS_REMOVED), ("7001", QUOTES_MADE_PLAIN),
                                      ("7002", LEAKED_CELLS_REMOVED), ("7002", QUOTES_MADE_PLAIN)}


def title_of(con, symbol: str) -> str:
    return con.execute("SELECT title FROM roll_calls WHERE symbol = ?", [symbol]).fetchone()[0]


def test_unxml_title_loses_its_footnote(tmp_path: Path) -> None:
    titled = unxml_record("A/RES/ES-11/9", "2 March 2022", ["FRANCE"], [], [],
                          title="Safety of the harbour\t \tThe harbour named here includes its outer basin")
    plain = unxml_record("A/RES/ES-11/8", "2 March 2022", ["FRANCE"], [], [], title="Pilots of the harbour")
    table = unxml.parse(write_unxml(tmp_path, "ES-11", [titled, plain]))
    titles = table.roll_calls.set_index("key")["title"]
    assert titles["A/RES/ES-11/9"] == "Safety of the harbour"
    assert titles["A/RES/ES-11/8"] == "Pilots of the harbour"
    assert [n[:3] for n in table.notes] == [("A/RES/ES-11/9", "footnote removed from title", "Safety of the harbour")]


def test_real_titles_read_plain(con) -> None:
    title = dict(con.execute("SELECT rcid, title FROM roll_calls WHERE rcid IN (5, 160, 610, 9001)").fetchall())
    assert title[9001].endswith('"THE TERMINATION OF THE MANDATE OVER PALESTINE AND THE DECLARATION OF ITS INDEPENDENCE."')
    assert title[5].endswith('TOTAL NUMBER OF "MEMBERS PRESENT AND VOTING", IN CALCULATING THE MAJORITY VOTE.')
    assert title[160].endswith("IN OPERATIVE PARAGRAPH 1.")
    assert title[610].startswith('ALGERIA, "POURPARLERS" — TO ADOPT 3RD PREAMBULAR PARAGRAPH')
    assert title_of(con, "A/RES/ES-10/24").endswith("Occupied Palestinian Territory")
    left = con.execute("SELECT count(*) FROM roll_calls WHERE title LIKE '%\\%' OR title LIKE '%' || chr(9) || '%'")
    assert left.fetchone()[0] == 0
    logged = dict(con.execute('SELECT "check", count(DISTINCT rcid) FROM integrity WHERE "check" IN (?, ?) GROUP BY 1',
                              [QUOTES_MADE_PLAIN, LEAKED_CELLS_REMOVED]).fetchall())
    assert logged[LEAKED_CELLS_REMOVED] >= 30 and logged[QUOTES_MADE_PLAIN] >= 180
