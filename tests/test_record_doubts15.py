"""The likely duplicates of the audit's advisory rule "possible duplicate" (docs/data.md, "Doubts settled in the
fifteenth round", branch recordaudit8): Voeten's roll call under one number beside the Digital Library's under
another, identical lists. Where the rule of evidence stated there holds, official_resolutions.csv names Voeten's rcid
as the adoption of the UN's symbol; these tests assert, on the store built from the real files, that each such vote is
one roll call with the official symbol, day and counts, and that the pairs the evidence does not settle stay flagged."""

from __future__ import annotations

from unga import api

# rcid: (symbol, day, counts, Voeten's symbol as his data file it, the Digital Library's former own rcid)
REPAIRED = {
    197: ("A/RES/289(IV)[A]", "1949-11-21", (48, 1, 9), "A/RES/302(IV)", 26240024),
    194: ("A/RES/289(IV)[AA]", "1949-11-21", (49, 0, 9), "A/RES/302(IV)[B]", 84113638),
    876: ("A/RES/1990(XVIII)", "1963-12-17", (111, 0, 0), "A/RES/1991(XVIII)", 91690262),
    877: ("A/RES/1991(XVIII)[A]", "1963-12-17", (97, 11, 4), "A/RES/1992(XVIII)[A]", 23072036),
    878: ("A/RES/1991(XVIII)[B]", "1963-12-17", (96, 11, 5), "A/RES/1992(XVIII)[B]", 24863594),
    1033: ("A/RES/2422(XXIII)", "1968-12-18", (87, 4, 16), "A/RES/2425(XXIII)[A]", 13751628),
    1174: ("A/RES/2726(XXV)", "1970-12-15", (106, 0, 10), "A/RES/2725(XXV)[C]", 86223716),
    1462: ("A/RES/3102(XXVIII)", "1973-12-12", (107, 0, 6), "A/RES/3117(XXVIII)[A]", 60047794),
    1471: ("A/RES/3165(XXVIII)", "1973-12-14", (121, 2, 6), "A/RES/3163(XXVIII)", 14677330),
    1505: ("A/RES/3199(XXVIII)", "1973-12-18", (117, 0, 9), "A/RES/3198(XXVIII)[D]", 93675324),
    1565: ("A/RES/3329(XXIX)", "1974-12-16", (129, 0, 0), "A/RES/3328(XXIX)[B]", 89319772),
    1499: ("A/RES/3195(XXVIII)[C]", "1973-12-18", (113, 0, 11), "A/RES/3195(XXVIII)[B]", 41333168),
    1563: ("A/RES/3299(XXIX)", "1974-12-13", (118, 0, 13), "A/RES/3300(XXIX)", 92210105),
    1380: ("A/RES/2923(XXVII)[A]", "1972-11-15", (121, 1, 1), "A/RES/2922(XXVII)[A]", 15536226),
    1383: ("A/RES/2923(XXVII)[D]", "1972-11-15", (119, 1, 5), "A/RES/2922(XXVII)[D]", 21375089),
    1828: ("A/RES/32/212I", "1977-12-21", (126, 10, 0), "A/RES/32/212A", 15212566),
    1829: ("A/RES/32/212IV", "1977-12-21", (123, 12, 0), "A/RES/32/212D", 87070142),
}
# the Digital Library's roll call of each pair left flagged, and Voeten's rcid beside it
# (branch recordlink added 2825 C / 2825 B and 2826 / 2827 B (XXVI); branch recordaudit10 settled 386 (V), 3261 E
# (XXIX), 2825 C and 2826 through official_resolutions.csv: tests/test_record_doubts16.py)
LEFT = {16832500: 976, 56191848: 1245}
# Voeten's R/27/2922 A-D and R/27/2923 A-B are, part for part, the UN's 2923 (XXVII) A-F (rcids 1380-1385)
APARTHEID_1972 = {"A": (1380, "1972-11-15", (121, 1, 1)), "B": (1381, "1972-11-15", (122, 1, 1)),
                  "C": (1382, "1972-11-15", (115, 2, 8)), "D": (1383, "1972-11-15", (119, 1, 5)),
                  "E": (1384, "1972-11-15", (100, 4, 21)), "F": (1385, "1972-12-13", (105, 2, 6))}


def test_each_repaired_vote_is_one_roll_call_with_the_official_symbol_day_and_counts(con):
    for rcid, (symbol, day, counts, voeten, gone) in REPAIRED.items():
        rows = con.execute("""SELECT rcid, CAST(date AS VARCHAR), yes, no, abstain, pub_yes, pub_no, pub_abstain, kind,
                              sources FROM roll_calls WHERE symbol = ? OR rcid IN (?, ?)""", [symbol, rcid, gone]).fetchall()
        assert rows == [(rcid, day, *counts, *counts, "resolution", "undl_scrape,unvotes,voeten2017")], symbol
        logged = con.execute("""SELECT DISTINCT value, other_value, rule LIKE '%' || ? || '%' FROM integrity
                                WHERE rcid = ? AND "check" = 'symbol replaced by the official symbol'""",
                             [str(rcid), rcid]).fetchall()
        assert logged == [(symbol, voeten, True)], symbol  # the evidence names the roll call it repairs


def test_voeten_numbers_are_no_longer_stored_on_these_votes(con):
    """302 (IV) is the Palestine refugees resolution of 8 December 1949 (FRUS); no roll call of 1949 keeps the number
    on an Italian-colonies vote but the Polish amendment (rcid 193), which is not one of the pairs."""
    held = con.execute("SELECT rcid FROM roll_calls WHERE symbol LIKE 'A/RES/302(IV)%' ORDER BY rcid").fetchall()
    assert held == [(193,)]
    # 1992 (XVIII) is the Digital Library's other roll call of 17 December 1963 (ECOSOC's committees, 96-0-11)
    other = con.execute("SELECT yes, no, abstain FROM roll_calls WHERE symbol LIKE 'A/RES/1992(XVIII)%'").fetchall()
    assert other == [(96, 0, 11)]


def test_the_official_lists_of_the_repaired_votes(con):
    """FRUS names Ethiopia as the one vote against 289 (IV) A; New Zealand's report names the nine abstaining on its
    Libya section; the Security Council's enlargement had France and the Soviet Union against, the United States and
    the United Kingdom abstaining (Brazil's foreign ministry)."""
    libya = api.tally("rcid:194").votes
    assert sorted(s for s, v in libya.items() if v == "abstain") == [
        "BLR", "CSK", "FRA", "NZL", "POL", "SUN", "SWE", "UKR", "YUG"]
    assert [s for s, v in api.tally("rcid:197").votes.items() if v == "no"] == ["ETH"]
    council = api.tally("1991 (XVIII) A")
    assert council.roll_call.rcid == 877
    assert (council.votes["FRA"], council.votes["SUN"], council.votes["USA"], council.votes["GBR"]) == (
        "no", "no", "abstain", "abstain")


def test_kenya_and_zanzibar_are_members_on_the_day_1990_xviii_is_dated(con):
    """Dated 17 December 1963 (the Digital Library's day) instead of Voeten's 3 December, resolution 1990 (XVIII) falls
    after the admissions of Kenya and Zanzibar (16 December): both are listed as not voting."""
    rows = con.execute("SELECT iso3, vote FROM votes WHERE rcid = 876 AND iso3 IN ('KEN', 'ZAN') ORDER BY iso3").fetchall()
    assert rows == [("KEN", "absent"), ("ZAN", "absent")]


def test_2661_c_links_to_voeten_by_its_list_once_2726_no_longer_competes(con):
    """Voeten's rcid 1127 (R/25/2664, 106-0-10) and 1174 had one list; so had the Digital Library's 2661 C and 2726, so
    the record's list rule (one candidate only) linked neither. With 1174 named 2726 (XXV), the Digital Library's 2661
    C links to 1127 by its list, logged as a symbol that differs between sources; 2664 (XXV) itself is not identified."""
    row = con.execute("SELECT symbol, CAST(date AS VARCHAR), yes, no, abstain, sources FROM roll_calls "
                      "WHERE rcid = 1127").fetchone()
    assert row == ("A/RES/2661(XXV)[C]", "1970-12-07", 106, 0, 10, "undl_scrape,unvotes,voeten2017")
    assert not con.execute("SELECT count(*) FROM roll_calls WHERE rcid = 72313206").fetchone()[0]
    logged = con.execute("""SELECT DISTINCT value, other_value FROM integrity WHERE rcid = 1127
                            AND "check" = 'symbol differs between sources'""").fetchall()
    assert logged == [("A/RES/2661(XXV)[C]", "A/RES/2664(XXV)")]


def test_the_pairs_the_evidence_does_not_settle_stay_flagged(built_store):
    """The pairs left stay two roll calls and the audit still lists them as doubts for an official text to settle."""
    rule = next(r for r in api.audit(examples=20).rules if r["rule"] == "possible duplicate")
    assert rule["status"] == "doubt" and rule["found"] == len(LEFT)
    found = {e["rcid"]: e["detail"] for e in rule["examples"]}
    assert set(found) == set(LEFT)
    assert all(f"as rcid {voeten} " in found[rcid] for rcid, voeten in LEFT.items())


def test_the_six_parts_of_2923_xxvii_are_one_roll_call_each(con):
    """Before, the record held 2923 A and D twice (Voeten's 2922 A and D beside the Digital Library's rows) and had put
    the Digital Library's lists of B and F on Voeten's rows of F and D (rcids 1385, 1383). Now each part is one roll
    call, with the UN's list, day and counts; the three lists a part's subject names are checked by state."""
    rows = con.execute("""SELECT symbol, rcid, CAST(date AS VARCHAR), yes, no, abstain, kind FROM roll_calls
                          WHERE symbol LIKE 'A/RES/2922(XXVII)%' OR symbol LIKE 'A/RES/2923(XXVII)%' ORDER BY symbol""").fetchall()
    assert rows == [(f"A/RES/2923(XXVII)[{part}]", rcid, day, *counts, "resolution")
                    for part, (rcid, day, counts) in APARTHEID_1972.items()]
    assert not con.execute("SELECT count(*) FROM roll_calls WHERE rcid IN (15536226, 21375089, 30085089)").fetchone()[0]
    trade_unions = api.tally("2923 (XXVII) F")
    assert trade_unions.roll_call.rcid == 1385
    assert [trade_unions.counts[k] for k in ("yes", "no", "abstain")] == [105, 2, 6]


def test_india_s_amendment_of_1957_is_dated_the_day_frus_gives(con):
    """FRUS 1955-57 vol. XI, doc. 263: the plenary took up the China recommendation on 23 September 1957 and rejected
    India's amendment 43-29-9 that day; 1135 (XII) followed on the 24th. Voeten's 3 September preceded the session; on
    the 23rd the Federation of Malaya (admitted on the 17th) was a member, and its vote is no longer outside it."""
    assert con.execute("SELECT CAST(date AS VARCHAR), yes, no, abstain FROM roll_calls WHERE rcid = 509").fetchone() == (
        "1957-09-23", 29, 43, 9)
    assert con.execute("SELECT vote FROM votes WHERE rcid = 509 AND iso3 = 'MYS'").fetchone() == ("no",)
    outside = con.execute("""SELECT count(*) FROM integrity WHERE rcid = 509
                             AND "check" = 'vote from a state not a member that day'""").fetchone()[0]
    assert outside == 0
    # the paragraph votes (rcids 510, 511) are dated the 24th, the day of the resolution, in branch rec24 (Voeten's day
    # code of that month gives them the 17th or the 24th, and the General Committee reported only on the 19th)
    assert [d for (d,) in con.execute("SELECT CAST(date AS VARCHAR) FROM roll_calls WHERE rcid IN (510, 511)").fetchall()] == [
        "1957-09-24", "1957-09-24"]
