"""The record's doubts read in the twenty-first round (branch rec22; docs/data.md, "Doubts settled in the twenty-first
round"). The votes only Voeten's data hold are dated from their neighbours in his sequence (store/dates.py,
between_dated_neighbours), which dates the fifth emergency special session's drafts 4 July 1967; the adjournment
paragraph of that session is dated from its verbatim record; Viet Nam's resolution of 1976 takes Chile's and China's
votes from Voeten's list and a US Mission telegram; 31/9 and 3539 (XXX) stay as the sources give them. These tests
assert the values on the store built from the real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

from unga import api

NEIGHBOUR_RULE = "only Voeten's data date this vote%"


def _dates(con, rcids: tuple[int, ...]) -> dict[int, str]:
    return dict(con.execute(f"""SELECT rcid, CAST(date AS VARCHAR) FROM roll_calls
                                WHERE rcid IN ({','.join(map(str, rcids))})""").fetchall())


def test_the_neighbour_rule_dates_338_votes_only_voeten_holds(con):
    """Each move is an integrity row `date repaired` naming both neighbours; every old date is a day 1-7 (his defect).
    336 in branch rec22; 338 since branch rec24 dated the admissions of 14 December 1955 (rcids 438-453), an anchor for
    the two paragraph votes that follow them (454, 455: 15 December)."""
    moved = con.execute("""SELECT rcid, value, other_value, rule FROM integrity WHERE "check" = 'date repaired'
                           AND rule LIKE ?""", [NEIGHBOUR_RULE]).df()
    # branch rec25 adds the month's shift, 53 more under its own wording (56 before rec33; tests/test_record_doubts25.py)
    by_month = moved["rule"].str.contains("vote(s) of his", regex=False)
    assert (~by_month).sum() == 338 and by_month.sum() == 53
    moved = moved[~by_month]
    assert moved["other_value"].str[-2:].astype(int).between(1, 7).all()
    rule = moved.set_index("rcid").at[9051, "rule"]
    assert "rcid 9049 (1967-07-04, dated by an official text)" in rule
    assert "rcid 9052 (1967-07-04, dated by a final-vote source)" in rule


def test_the_drafts_of_the_fifth_emergency_special_session_are_dated_4_july_1967(con):
    """The amendments and the non-aligned draft (9042-9044) come before the USSR draft's votes (9045-9049, 4 July by
    UNISPAL), the Albanian and Latin American drafts (9050, 9051) between those and 2252 (ES-V) (9052, 4 July by the
    Digital Library); Voeten gives all of them Sunday 2 July. Counts unchanged."""
    assert _dates(con, (9042, 9043, 9044, 9050, 9051)) == dict.fromkeys((9042, 9043, 9044, 9050, 9051), "1967-07-04")
    non_aligned, latin = api.tally("rcid:9044"), api.tally("rcid:9051")
    assert [non_aligned.counts[v] for v in ("yes", "no", "abstain")] == [53, 46, 20]
    assert [latin.counts[v] for v in ("yes", "no", "abstain")] == [57, 43, 20]
    assert (latin.votes["USA"], latin.votes["FRA"], latin.votes["ISR"]) == ("yes", "abstain", "abstain")


def test_the_adjournment_paragraph_is_dated_21_july_1967(con):
    """rcid 9055: A/PV.1559 says the draft A/L.529 was proposed on 21 July 1967 (1558th meeting); Voeten's 5 July
    allows 14 or 21 July (the neighbour rule leaves it), the draft's proposal only the 21st (official_dates.csv)."""
    assert _dates(con, (9055, 9056)) == {9055: "1967-07-21", 9056: "1967-07-21"}
    logged = con.execute("""SELECT other_value, rule FROM integrity WHERE rcid = 9055
                            AND "check" = 'date replaced by the official date'""").fetchall()
    assert logged[0][0] == "1967-07-05" and "auto-insert-179467" in logged[0][1]


def test_doubts_of_earlier_rounds_the_rule_dates(con):
    """The rule agrees with what earlier rounds found without settling: rcid 664 (18 December 1960, the day of the SWA
    resolutions), the China votes of 28 November 1967 (982-984), the Oman decision of 7 October 1971 (1182), the rival
    Middle East draft of 13 December 1971 (1240), the Development Strategy text of 14 December 1971 (1245), the
    University decision of 6 December 1973 (1444), the Spanish paragraph of 4 November 1950 (253, FRUS d691) and
    ES-II's paragraph votes on the five-power draft adopted as 1005 (ES-II) on 9 November 1956 (9026-9035)."""
    assert _dates(con, (664, 982, 983, 984, 1182, 1240, 1245, 1444, 253, 9026, 9035)) == {
        664: "1960-12-18", 982: "1967-11-28", 983: "1967-11-28", 984: "1967-11-28", 1182: "1971-10-07",
        1240: "1971-12-13", 1245: "1971-12-14", 1444: "1973-12-06", 253: "1950-11-04", 9026: "1956-11-09",
        9035: "1956-11-09"}
    assert _dates(con, (980, 1120, 137)) == {980: "1967-11-06", 1120: "1970-11-06", 137: "1949-04-02"}  # not one day


def test_viet_nams_resolution_of_1976_has_chile_absent_and_china_in_favour(con):
    """A/RES/31/21: USUN 5683 names Chile among the absentees and China among the speakers for the text; Voeten's list
    agrees; the Digital Library's swaps the two adjacent rows. Count 124-1-3 either way."""
    vietnam = api.tally("31/21")
    assert [vietnam.counts[v] for v in ("yes", "no", "abstain")] == [124, 1, 3]
    assert (vietnam.votes["CHL"], vietnam.votes["CHN"], vietnam.votes["USA"]) == ("absent", "yes", "no")
    assert sorted(s for s, v in vietnam.votes.items() if v == "abstain") == ["DEU", "GBR", "ISR"]
    logged = dict(con.execute("""SELECT iso3, other_value FROM integrity WHERE rcid = 1664
                                 AND "check" = 'vote corrected by unga'""").fetchall())
    assert logged == {"CHL": "yes", "CHN": "absent"}


def test_non_use_of_force_1976_stays_as_recorded(con):
    """A/RES/31/9: USUN 5106 says Kenya voted in favour and Cameroon was absent, but gives 88-2-31, the count of the
    record's list, which both sources give with Kenya absent and Cameroon abstaining (either change alone breaks it)."""
    force = api.tally("31/9")
    assert [force.counts[v] for v in ("yes", "no", "abstain")] == [88, 2, 31]
    assert (force.votes["KEN"], force.votes["CMR"], force.votes["CRI"], force.votes["LUX"]) == (
        "absent", "abstain", "absent", "absent")


def test_the_budget_of_1976_77_keeps_two_roll_calls(con):
    """3539 (XXX): part A (rcid 1648, 113-9-5) and the Digital Library's record of parts A-C (116-9-5, the count
    USUN 6893 gives for the budget); their lists differ on five states (Afghanistan; Burundi, Costa Rica, Mali, the
    UAE), so they are not one vote stored twice. Left as two roll calls."""
    rows = con.execute("""SELECT rcid, symbol, yes, no, abstain FROM roll_calls WHERE symbol LIKE 'A/RES/3539(XXX)%'
                          ORDER BY rcid""").fetchall()
    assert rows == [(1648, "A/RES/3539(XXX)[A]", 113, 9, 5), (1649, "A/RES/3539(XXX)[C]", 119, 9, 3),
                    (66917043, "A/RES/3539(XXX)[A-C]", 116, 9, 5)]


def test_claims_on_the_repaired_votes(built_store):
    """Sentences of our own: the Latin American draft's defeat on 4 July 1967 and Chile's absence on 26 November 1976."""
    latin = checked_claims("On 4 July 1967 the General Assembly rejected the Latin American draft resolution on the "
                           "Middle East by 57 votes to 43, with 20 abstentions, short of the two-thirds majority.",
                           date(1967, 7, 5))
    assert [(c["resolution"], c["verdict"]) for c in latin if c["kind"] == "tally"] == [("rcid:9051", "supported")]
    chile = checked_claims("Chile was absent when the General Assembly voted on 26 November 1976 to ask the Security "
                           "Council to reconsider the application of Viet Nam, by 124 votes to 1 with 3 abstentions.",
                           date(1976, 11, 27))
    assert [(c["state"], c["verdict"]) for c in chile if c["kind"] == "position"] == [("CHL", "supported")]
