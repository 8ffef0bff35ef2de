"""The record read in the twenty-seventh round (branch rec28; docs/data.md, "Doubts read in the twenty-seventh
round"). Three counts in doubt (src/unga/data/vote_doubts.csv, rows with no state): the Soviet draft's paragraph 2
of 4 July 1967 (rcid 9047: 44-47-23 stored, 45-49-21 in a reprint; filed by rec29, which withdrew 1135 (XII): FRUS's
48-27-6 counts Pakistan's change of the next day, tests/test_record_doubts29.py), 1723 (XVI) (56-10-29 stored,
56-11-29 on the Tibet sites, the stored list having Czechoslovakia not voting) and 38/12 (87-9-54 stored, 89-9-54 in
the UN Chronicle). The counts and lists stay; a tally giving either count is neither supported nor contradicted. The
values on the store built from the real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

DOUBTS = [("rcid:9047", 9047, "44-47-23", "45-49-21"), ("A/RES/1723(XVI)", 39642667, "56-10-29", "56-11-29"),
          ("A/RES/38/12", 2495, "87-9-54", "89-9-54")]


def _verdicts(text: str, day: date) -> list[tuple]:
    return [(c["kind"], c["asserted"], c["verdict"]) for c in api.check_text(text, published=day).claims
            if c["kind"] in ("tally", "count")]


@pytest.mark.parametrize("symbol, rcid, stored, other", DOUBTS)
def test_each_count_in_doubt_keeps_the_stored_count_and_names_the_other(con, built_store, symbol, rcid, stored, other):
    row = con.execute("SELECT pub_yes, pub_no, pub_abstain FROM roll_calls WHERE rcid = ?", [rcid]).fetchone()
    assert "-".join(map(str, row)) == stored
    logged = con.execute("""SELECT value, other_value FROM integrity WHERE rcid = ? AND "check" = 'count in doubt'""",
                         [rcid]).fetchall()
    assert logged == [(stored, other)]
    assert any(w.startswith(f"the count is in doubt: the record has {stored};") and w.endswith(f"gives {other}")
               for w in api.tally(symbol).warnings)


def test_the_tibet_resolution_of_1961_is_judged_on_neither_count(built_store):
    day = date(1961, 12, 21)
    found = _verdicts("On 20 December 1961 the General Assembly adopted resolution 1723 (XVI) on Tibet by 56 votes to "
                      "11, with 29 abstentions.", day)
    assert found == [("tally", {"yes": 56, "no": 11, "abstain": 29}, "unverifiable")]
    assert _verdicts("The Assembly's resolution 1723 (XVI) of 20 December 1961 on Tibet was carried by 56 votes to 10, "
                     "with 29 abstentions.", day) == [("tally", {"yes": 56, "no": 10, "abstain": 29}, "unverifiable")]
    assert _verdicts("On 20 December 1961 the Assembly adopted resolution 1723 (XVI) on Tibet by 50 votes to 11, with "
                     "29 abstentions.", day)[0][2] == "contradicted"  # neither count: judged as before


def test_the_falklands_vote_of_1983_is_in_doubt_only_where_the_counts_differ(built_store):
    claims = api.check_text("On 16 November 1983 the General Assembly adopted resolution 38/12 on the Falkland Islands "
                            "by 89 votes to 9, with 54 abstentions.", published=date(1983, 11, 17)).claims
    tally = next(c for c in claims if c["kind"] == "tally")
    assert tally["verdict"] == "unverifiable"
    assert tally["evidence"]["record"].startswith("the record has 87-9-54; UN Chronicle (vLex copy) says 89-9-54: in "
                                                  "doubt (was contradicted")
