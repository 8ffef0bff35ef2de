"""The record's doubts read in the twenty-second round (branch rec23; docs/data.md, "Doubts settled in the
twenty-second round"). The Apartheid Convention's adoption (3068 (XXVIII), 30 November 1973), a recorded vote no
source's roll calls hold, is answered from the UN Office of Legal Affairs' note (official_recorded_votes.csv); 292 (IV)
stays without a vote on the whole, its two paragraph votes dated by FRUS. The values on the store built from the real files; the claims are sentences of
our own."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import checked_claims

from unga import api
from unga.errors import NotInRecord
from unga.results import OfficialTally


def test_the_apartheid_convention_is_answered_from_the_un_note(built_store, con):
    convention = api.tally("3068 (XXVIII)")
    assert isinstance(convention, OfficialTally) and str(convention.date) == "1973-11-30"
    assert convention.counts == {"yes": 91, "no": 4, "abstain": 26}
    assert convention.votes == {"PRT": "no", "ZAF": "no", "GBR": "no", "USA": "no"} and convention.complete == ["no"]
    assert "legal.un.org" in convention.provenance
    # the record itself is unchanged: no roll call of that day, none under the number
    assert con.execute("SELECT count(*) FROM roll_calls WHERE date = '1973-11-30' OR symbol = 'A/RES/3068(XXVIII)'"
                       ).fetchone()[0] == 0


def test_claims_on_the_convention_are_judged_on_the_note(built_store):
    claims = checked_claims("On 30 November 1973 the General Assembly adopted the convention against the crime of "
                            "apartheid by 91 votes to 4, with 26 abstentions. Portugal, South Africa, the United "
                            "Kingdom and the United States voted against. France abstained.", date(1973, 12, 1))
    judged = {(c["kind"], c.get("state")): c["verdict"] for c in claims}
    assert judged[("tally", None)] == "supported"
    assert {judged[("position", s)] for s in ("PRT", "ZAF", "GBR", "USA")} == {"supported"}
    assert judged[("position", "FRA")] == "unverifiable"  # the note names the four against only


def test_292_iv_has_no_vote_on_the_whole_and_its_paragraph_votes_are_dated_8_december_1949(built_store, con):
    """New Zealand's report gives the whole text 32-5-17; the record holds only the two paragraph votes on the First
    Committee's draft II (rcids 225, 226), and no text read says the whole vote was a roll call. FRUS dates the
    plenary's adoption of both China drafts 8 December 1949; Voeten's "2" is that day in his December 1949 code."""
    rows = con.execute("SELECT rcid, yes, no, abstain, kind, CAST(date AS VARCHAR) FROM roll_calls "
                       "WHERE rcid IN (225, 226) ORDER BY rcid").fetchall()
    assert rows == [(225, 25, 4, 16, "paragraph", "1949-12-08"), (226, 29, 7, 20, "paragraph", "1949-12-08")]
    logged = con.execute("""SELECT rcid, value, other_value FROM integrity WHERE rcid IN (225, 226)
                            AND "check" = 'date replaced by the official date' ORDER BY rcid""").fetchall()
    assert logged == [(225, "1949-12-08", "1949-12-02"), (226, "1949-12-08", "1949-12-02")]
    with pytest.raises(NotInRecord):
        api.tally("292 (IV)")
