"""The record's doubts read in the twenty-third round (branch rec24; docs/data.md, "Doubts settled in the twenty-third
round"). Voeten's votes of the second part of the third session that he dates 2-4 May 1949 (Franco Spain, the former
Italian colonies, the Eisler ruling) were held on 16-18 May, after Israel's admission; the agenda and China-seat votes
of September 1957 and 1959 he dates before their session opened were held on the days FRUS gives the General Committee's
recommendation its plenary. The values on the store built from the real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims


def _dates(con, rcids) -> dict[int, str]:
    return dict(con.execute("SELECT rcid, CAST(date AS VARCHAR) FROM roll_calls WHERE rcid IN (SELECT unnest(?))",
                            [list(rcids)]).fetchall())


def test_the_votes_of_may_1949_are_dated_16_to_18_may(con):
    """New Zealand's delegation report dates the plenary's vote on Iraq's amendment (23-27-9, New Zealand against)
    17 May 1949 and the session's end 18 May; Voeten's day of that month is the true day modulo 7."""
    dated = _dates(con, range(151, 175))
    assert {r: dated[r] for r in (151, 158)} == {151: "1949-05-16", 158: "1949-05-16"}  # Franco Spain, his 2
    assert {dated[r] for r in range(159, 173)} == {"1949-05-17"}  # the former Italian colonies, his 3
    assert dated[173] == dated[174] == "1949-05-18"  # the Interim Committee draft, the Eisler ruling, his 4
    iraq = con.execute("SELECT yes, no, abstain FROM roll_calls WHERE rcid = 159").fetchone()
    assert iraq == (23, 27, 9)
    assert con.execute("SELECT vote FROM votes WHERE rcid = 159 AND iso3 = 'NZL'").fetchone() == ("no",)
    logged = con.execute("""SELECT value, other_value FROM integrity WHERE rcid = 159
                            AND "check" = 'date replaced by the official date'""").fetchall()
    assert logged == [("1949-05-17", "1949-05-03")]
    # Israel, admitted on 11 May, voted on all of them: none of its votes is outside its membership any more
    outside = con.execute("""SELECT count(*) FROM integrity WHERE iso3 = 'ISR'
                             AND "check" = 'vote from a state not a member that day'""").fetchone()[0]
    assert outside == 0
    assert con.execute("SELECT vote FROM votes WHERE rcid = 173 AND iso3 = 'ISR'").fetchone() == ("no",)


def test_a_claim_on_the_iraqi_amendment_is_placed_by_its_day(built_store):
    claims = checked_claims("On 17 May 1949 the General Assembly rejected Iraq's amendment calling for the immediate "
                            "independence of Libya, with 23 votes in favour, 27 against and 9 abstentions.",
                            date(1949, 5, 18))
    assert [(c["resolution"], c["asserted"], c["verdict"]) for c in claims] == [
        ("rcid:159", {"yes": 23, "no": 27, "abstain": 9}, "supported")]


def test_the_first_committees_vote_of_may_1949_is_not_in_the_record(built_store):
    """holdout24's x29 reports the First Committee's votes of 13 May 1949 (34-16-7): a committee's vote, which the
    Assembly's roll-call sources rightly lack; the checker says so instead of judging it."""
    claims = checked_claims("In the First Committee on 13 May 1949 the plan for the former Italian colonies was "
                            "approved by 34 votes to 16, with 7 abstentions. New Zealand voted in favour.",
                            date(1949, 5, 14))
    assert {c["verdict"] for c in claims} == {"unverifiable"} and not [c for c in claims if c["resolution"]]
    assert any("First Committee" in str(c["evidence"].get("record")) for c in claims)


def test_the_china_seat_and_agenda_votes_of_1957_and_1959(con):
    """FRUS: the General Committee recommended on 19 September 1957, the plenary adopted 1135 (XII) on the 24th; the
    Committee's moratorium of 17 September 1959 was adopted as 1351 (XIV) on the 22nd."""
    dated = _dates(con, (506, 507, 508, 509, 510, 511, 512, 573, 574, 575, 576, 577))
    assert dated == {506: "1957-09-20", 507: "1957-09-20", 508: "1957-09-20", 509: "1957-09-23", 510: "1957-09-24",
                     511: "1957-09-24", 512: "1957-09-24", 573: "1959-09-22", 574: "1959-09-22", 575: "1959-09-22",
                     576: "1959-09-22", 577: "1959-09-22"}
    malaya = con.execute("""SELECT count(*) FROM integrity WHERE iso3 = 'MYS'
                            AND "check" = 'vote from a state not a member that day'""").fetchone()[0]
    assert malaya == 0  # admitted on 17 September 1957: its votes of the 20th and 24th are a member's
    nepal = con.execute("SELECT yes, no, abstain, kind FROM roll_calls WHERE rcid = 573").fetchone()
    assert nepal == (30, 41, 11, "amendment")


def test_the_admissions_of_14_december_1955(con):
    """Voeten dates his sixteen admission votes 1 December 1955; the UN's admission day of each of the sixteen is the
    14th (memberships.csv), and his day code of that month (918 (X) of the 8th, 945 (X) of the 15th) allows only it.
    The two Netherlands Antilles paragraph votes that follow them are then dated the 15th by the neighbour rule."""
    dated = _dates(con, range(437, 457))
    assert dated[437] == "1955-12-08" and {dated[r] for r in range(438, 454)} == {"1955-12-14"}
    assert dated[454] == dated[455] == dated[456] == "1955-12-15"
    albania = con.execute("SELECT yes, no, abstain FROM roll_calls WHERE rcid = 438").fetchone()
    assert albania == (48, 3, 5)
    # the states being admitted are absent members that day (a seat's first day is the state's, as for Israel on 273
    # (III)); on the 15th Hungary and Romania voted on the operative paragraph as members
    assert con.execute("SELECT vote FROM votes WHERE rcid = 438 AND iso3 = 'ALB'").fetchone() == ("absent",)
    assert con.execute("SELECT iso3, vote FROM votes WHERE rcid = 455 AND iso3 IN ('HUN', 'ROU') ORDER BY iso3"
                       ).fetchall() == [("HUN", "no"), ("ROU", "no")]
    outside = con.execute("""SELECT count(*) FROM integrity WHERE rcid IN (454, 455)
                             AND "check" = 'vote from a state not a member that day'""").fetchone()[0]
    assert outside == 0


def test_the_amendments_of_12_december_2023_are_not_in_the_record(built_store, con):
    """The record holds final votes only from 2019 on: Austria's amendment to ES-10/22 (rejected, short of two thirds)
    is a plenary recorded vote no source holds, and no UN page of that day with its count is stored, so it is not in
    official_recorded_votes either; the checker says it is not in the record."""
    claims = checked_claims("On 12 December 2023 the General Assembly rejected an amendment proposed by Austria to "
                            "the ceasefire resolution ES-10/22 by 89 votes in favour, 61 against and 20 abstentions, "
                            "short of the two-thirds majority required.", date(2023, 12, 13))
    assert [(c["kind"], c["resolution"], c["verdict"]) for c in claims] == [("tally", None, "unverifiable")]
    assert "not in the record" in claims[0]["evidence"]["record"]
    day = con.execute("SELECT symbol, kind FROM roll_calls WHERE date = '2023-12-12'").fetchall()
    assert day == [("A/RES/ES-10/22", "resolution")]
