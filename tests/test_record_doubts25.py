"""The record's doubts read in the twenty-fourth round (branch rec25; docs/data.md, "Doubts settled in the twenty-fourth
round"). holdout25's Western Sahara texts are of 2004: the plenary's vote is 59/131, in the record; the Fourth
Committee's vote of October 2004 and the other committee votes behind its `not_in_store` labels are not, and the
checker says so. Voeten's votes whose neighbours share no day of his are dated by the month's shift (Reconciliation
9b). The values on the store built from the real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

MONTH_RULE = "%on each of the % vote(s) of his % that a UN source or an official text dates%"


def test_the_western_sahara_vote_of_december_2004_is_in_the_record(con, built_store):
    """GA/SPD/293 dates the Fourth Committee's 52-0-89 18 October 2004 (the Secretary-General's decision of 11 June
    2004 to replace Baker with de Soto); the plenary adopted the text as 59/131 on 10 December 2004, 50-0-100."""
    row = con.execute("SELECT rcid, CAST(date AS VARCHAR), yes, no, abstain FROM roll_calls "
                      "WHERE symbol = 'A/RES/59/131'").fetchone()
    assert row == (4548, "2004-12-10", 50, 0, 100)
    votes = dict(con.execute("SELECT iso3, vote FROM votes WHERE rcid = 4548 AND iso3 IN ('ESP', 'MAR', 'DZA')"
                             ).fetchall())
    assert votes == {"ESP": "abstain", "MAR": "abstain", "DZA": "yes"}
    assert con.execute("SELECT count(*) FROM roll_calls WHERE symbol LIKE 'A/RES/58/109%'").fetchone() == (0,)
    claims = checked_claims("On 10 December 2004 the General Assembly adopted the resolution on the question of "
                            "Western Sahara by 50 votes in favour, none against and 100 abstentions. Spain abstained.",
                            date(2004, 12, 11))
    assert [(c["kind"], c["resolution"], c["verdict"]) for c in claims] == [
        ("tally", "A/RES/59/131", "supported"), ("position", "A/RES/59/131", "supported")]


def test_the_fourth_committees_vote_of_october_2004_is_not_in_the_record(built_store):
    claims = checked_claims("On 18 October 2004 the Fourth Committee approved the draft resolution on Western Sahara "
                            "by 52 votes to none, with 89 abstentions. Morocco abstained.", date(2004, 10, 19))
    assert [(c["kind"], c["resolution"], c["verdict"]) for c in claims] == [
        ("tally", None, "unverifiable"), ("position", None, "unverifiable")]
    assert "Fourth Committee" in claims[1]["evidence"]["record"]
    assert "not in the record" in claims[0]["evidence"]["record"]


def test_the_third_committees_moratorium_vote_of_2020_is_not_in_the_record(built_store):
    """holdout25's y27 reports the Third Committee's 120-39-24 of 17 November 2020 (the plenary's 75/183 was
    123-38-24): a committee's vote, which the checker must not judge against the plenary's."""
    for text in ("On 17 November 2020 the Third Committee approved the draft resolution calling for a moratorium on "
                 "the use of the death penalty by 120 votes in favour, 39 against and 24 abstentions.",
                 "Le 17 novembre 2020, la Troisième Commission a approuvé le projet de résolution sur le moratoire "
                 "par 120 voix pour, 39 contre et 24 abstentions."):
        claims = checked_claims(text, date(2020, 11, 18))
        assert [(c["kind"], c["resolution"], c["verdict"]) for c in claims] == [("tally", None, "unverifiable")]
        assert "not in the record" in claims[0]["evidence"]["record"]


def test_the_postponement_of_18_may_1949_is_no_roll_call_of_the_record(con, built_store):
    """La Stampa's 50-0-6 (holdout25's y33): no source holds a roll call on the postponement of the former Italian
    colonies; that day's roll calls are the Interim Committee draft (rcid 173) and the Eisler ruling (174)."""
    day = con.execute("SELECT rcid, yes, no, abstain FROM roll_calls WHERE date = '1949-05-18' ORDER BY rcid").fetchall()
    assert day == [(173, 21, 27, 11), (174, 2, 43, 10)]
    claims = checked_claims("On 18 May 1949 the General Assembly decided, by 50 votes to none with 6 abstentions, to "
                            "postpone the question of the former Italian colonies to its fourth regular session.",
                            date(1949, 5, 19))
    assert [(c["kind"], c["verdict"]) for c in claims] == [("tally", "unverifiable")]


def test_the_korean_agenda_vote_of_1969_keeps_voetens_count_and_day(con, built_store):
    """rcid 1066: JoongAng Ilbo gives 76-26-15 on 20 September 1969; no official text was found, so the record keeps
    Voeten's list (77-26-15) and day, and the month's shift has no dated vote of his September 1969 to go by."""
    assert con.execute("SELECT CAST(date AS VARCHAR), yes, no, abstain, kind FROM roll_calls WHERE rcid = 1066"
                       ).fetchone() == ("1969-09-01", 77, 26, 15, "motion")
    claims = checked_claims("On 20 September 1969 the General Assembly decided by 77 votes to 26, with 15 abstentions, "
                            "to include the Korean question in its agenda.", date(1969, 9, 21))
    assert [(c["resolution"], c["verdict"]) for c in claims] == [("rcid:1066", "supported")]


def test_the_months_shift_dates_53_votes_only_voeten_holds(con):
    """Rule 9b with the month's shift: the agenda votes of September 1971 (China's seat 24 September, the Korean items
    the 25th; Bahrain, Bhutan and Qatar, admitted on the 21st, members) and of September 1962 (Hungary, the 24th).
    56 until the twenty-ninth round: rec33 found rcid 365 to be 706 (VII) of April 1953, no December 1952 vote, so
    the shift it anchored no longer moves 342-344 (now dates in doubt, tests/test_dates_out_of_sequence.py)."""
    moved = con.execute("""SELECT rcid, value, other_value FROM integrity WHERE "check" = 'date repaired'
                           AND rule LIKE ?""", [MONTH_RULE]).fetchall()
    assert len(moved) == 53
    by_rcid = {r: (new, old) for r, new, old in moved}
    assert by_rcid[1179] == ("1971-09-24", "1971-09-02") and by_rcid[1181] == ("1971-09-25", "1971-09-03")
    assert by_rcid[806] == ("1962-09-24", "1962-09-01")
    assert con.execute("SELECT yes, no, abstain FROM roll_calls WHERE rcid = 1179").fetchone() == (65, 47, 15)
    outside = con.execute("""SELECT count(*) FROM integrity WHERE rcid IN (1179, 1180, 1181)
                             AND "check" = 'vote from a state not a member that day'""").fetchone()[0]
    assert outside == 0
    # Voeten's 6 February 1946 (rcid 12): the month's shift allows only Sunday the 10th, so it is left
    assert 12 not in by_rcid
    assert con.execute("SELECT CAST(date AS VARCHAR) FROM roll_calls WHERE rcid = 12").fetchone() == ("1946-02-06",)
