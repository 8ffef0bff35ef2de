"""The record's doubts read in the twentieth round (branch rec21; docs/data.md, "Doubts settled in the twentieth round").
holdout21's three: the ruling of 1974 is redated from a US Mission telegram, 73/151 and 78/21 are settled as recorded
(UN pages and the day's reports agree with the UN's own voting record). The Cuba no-action motion of 2006 takes the
count the UN's French release gives, which is its list's. These tests assert the values on the store built from the
real files; the claims are sentences of our own."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

from unga import api


def _row(con, rcid: int) -> tuple:
    return con.execute("""SELECT CAST(date AS VARCHAR), kind, yes, no, abstain, pub_yes, pub_no, pub_abstain, counts_source,
                          flags FROM roll_calls WHERE rcid = ?""", [rcid]).fetchone()


def test_the_ruling_barring_south_africa_is_dated_12_november_1974(con):
    """rcid 1570: USUN 5046 reports the plenary debate of 12 November 1974 that suspended the South African delegation;
    the ruling's text is A/PV.2281 of that day. Voeten's 1 November is his day-of-the-month defect; the count stays."""
    assert _row(con, 1570) == ("1974-11-12", "motion", 91, 22, 19, 91, 22, 19, "voeten2017", None)
    logged = con.execute("""SELECT value, other_value, rule FROM integrity WHERE rcid = 1570
                            AND "check" = 'date replaced by the official date'""").fetchall()
    assert [(v, o) for v, o, _ in logged] == [("1974-11-12", "1974-11-01")]
    assert "1974USUNN05046" in logged[0][2]
    ruling = api.tally("rcid:1570")
    assert (ruling.votes["USA"], ruling.votes["DZA"], ruling.votes["JPN"], ruling.votes["ZAF"]) == (
        "no", "yes", "abstain", "absent")


def test_a_claim_on_the_ruling_of_12_november_1974_is_supported(built_store):
    claims = checked_claims("On 12 November 1974 the General Assembly upheld the ruling of its President barring the "
                            "delegation of South Africa by 91 votes to 22, with 19 abstentions.", date(1974, 11, 13))
    assert [(c["resolution"], c["verdict"]) for c in claims if c["kind"] == "tally"] == [("rcid:1570", "supported")]


def test_the_cuba_no_action_motion_of_2006_publishes_the_french_releases_count(con):
    """rcid 5783: AG/10529 gives 127-50-5 for Cuba's no-action motion on Australia's amendment, which is Voeten's list;
    the published count, absent before, is now that official count, and nothing is flagged (the two agree)."""
    assert _row(con, 5783) == ("2006-11-08", "motion", 127, 50, 5, 127, 50, 5, "official", None)
    logged = con.execute("""SELECT value, other_value, rule FROM integrity WHERE rcid = 5783
                            AND "check" = 'published counts replaced by the official tally'""").fetchall()
    assert [(v, o) for v, o, _ in logged] == [("127/50/5", None)]
    assert "press.un.org/fr/2006/ag10529" in logged[0][2]
    motion = api.tally("rcid:5783")
    assert (motion.votes["CUB"], motion.votes["AUS"], motion.votes["USA"]) == ("yes", "no", "no")
    assert motion.warnings == []


def test_claims_on_the_cuba_motion_follow_the_official_count(built_store):
    """The release's count is supported; AP's 126-51-5, one vote moved from yes to no, is contradicted."""
    text = "On 8 November 2006 the General Assembly adopted the no-action motion moved by Cuba on the Australian " \
           "amendment by {} votes to {}, with 5 abstentions."
    official = checked_claims(text.format(127, 50), date(2006, 11, 9))
    agency = checked_claims(text.format(126, 51), date(2006, 11, 9))
    assert [(c["asserted"]["yes"], c["verdict"]) for c in official if c["kind"] == "tally"] == [(127, "supported")]
    assert [(c["asserted"]["yes"], c["verdict"]) for c in agency if c["kind"] == "tally"] == [(126, "contradicted")]


def test_the_unhcr_resolution_of_2018_keeps_the_dominican_republic_abstaining(con):
    """A/RES/73/151: the UN's voting record, UN News (in French) and AP name the Dominican Republic, Eritrea and Libya
    abstaining; the meetings coverage GA/12107's "Liberia" is its slip. Settled as recorded."""
    unhcr = api.tally("73/151")
    assert [unhcr.counts[v] for v in ("yes", "no", "abstain")] == [181, 2, 3]
    assert sorted(s for s, v in unhcr.votes.items() if v == "abstain") == ["DOM", "ERI", "LBY"]
    assert sorted(s for s, v in unhcr.votes.items() if v == "no") == ["HUN", "USA"]
    assert unhcr.votes["LBR"] == "yes"


def test_no_first_placement_of_2023_is_127_51_6(con):
    """A/RES/78/21: the UN's extract gives 127-51-6 in its totals and its list, as RIA Novosti did on the day; the
    127-50-6 of a TASS-based copy is its slip. Settled as recorded."""
    space = api.tally("78/21")
    assert [space.counts[v] for v in ("yes", "no", "abstain")] == [127, 51, 6]
    assert [space.published[v] for v in ("yes", "no", "abstain")] == [127, 51, 6]
    assert sorted(s for s, v in space.votes.items() if v == "abstain") == ["CHE", "CIV", "PNG", "SSD", "SYC", "TUR"]
    assert space.votes["USA"] == "no" and space.votes["GEO"] == "no"


def test_the_credentials_votes_of_december_1973_are_dated_from_us_telegrams(con):
    """Found beside the doubts: Voeten dates Liberia's motion deferring the Khmer item 3 December 1973 (FRUS 1969-76
    vol. E-14 part 1, d61: 5 December, 53-50-21) and the two amendments to the Credentials Committee's second report
    1 December 1973 (USUN 5672: 17 December; the pro-Sihanouk amendment 50-55-17, the Portuguese one 93-15-21 in the
    telegram, 93-14-21 in Voeten's list, which is kept)."""
    dated = {rcid: _row(con, rcid)[:5] for rcid in (1425, 1428, 1429)}
    assert dated == {1425: ("1973-12-05", "motion", 53, 50, 21), 1428: ("1973-12-17", "paragraph", 93, 14, 21),
                     1429: ("1973-12-17", "amendment", 50, 55, 17)}
    logged = dict(con.execute("""SELECT rcid, other_value FROM integrity WHERE rcid IN (1425, 1428, 1429)
                                 AND "check" = 'date replaced by the official date'""").fetchall())
    assert logged == {1425: "1973-12-03", 1428: "1973-12-01", 1429: "1973-12-01"}
    assert api.tally("rcid:1428").votes["USA"] == "no"
