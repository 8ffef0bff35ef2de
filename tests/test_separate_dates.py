"""Separate votes dated as the adoption vote of their text (src/unga/store/dates.py; docs/data.md, Reconciliation 9a)."""

from __future__ import annotations

import duckdb
import pandas as pd

from unga.store import dates


def _rc(rcid, date, symbol, kind, sources, session=28, source_symbol=None):
    return {"rcid": rcid, "date": pd.Timestamp(date), "symbol": symbol, "kind": kind, "sources": sources,
            "session": session, "source_symbol": source_symbol}


def _frames(rows):
    roll_calls = pd.DataFrame(rows)
    all_rc = pd.DataFrame([{"rcid": r["rcid"], "source": s, "symbol": r["symbol"], "source_symbol": r["source_symbol"]}
                           for r in rows for s in r["sources"].split(",")])
    return roll_calls, all_rc


def test_separate_votes_take_the_day_of_their_texts_adoption():
    rows = [_rc(1, "1973-12-12", "A/RES/3111(XXVIII)", "resolution", "undl_scrape,unvotes"),  # adoption vote
            _rc(2, "1973-12-03", "A/RES/3111(XXVIII)", "paragraph", "unvotes,voeten2017"),   # 9 days before: moved
            _rc(3, "1973-10-01", "A/RES/3111(XXVIII)", "amendment", "unvotes"),               # 72 days: left
            _rc(4, "1973-12-05", "A/RES/3111(XXVIII)", "amendment", "undl_scrape,unvotes"),   # a UN source dates it
            _rc(5, "1973-12-05", None, "amendment", "unvotes", source_symbol="R/28/3111"),    # Voeten's spelling
            _rc(6, "1973-12-01", "A/RES/3112(XXVIII)[B]", "paragraph", "unvotes"),           # parts all on one day
            _rc(7, "1973-12-14", "A/RES/3112(XXVIII)[A]", "resolution", "undl_scrape"),
            _rc(8, "1973-12-14", "A/RES/3112(XXVIII)[C]", "resolution", "undl_scrape"),
            _rc(9, "1973-12-01", "A/RES/3113(XXVIII)[B]", "paragraph", "unvotes"),           # parts on two days: left
            _rc(10, "1973-12-14", "A/RES/3113(XXVIII)[A]", "resolution", "undl_scrape"),
            _rc(11, "1973-12-17", "A/RES/3113(XXVIII)[C]", "resolution", "undl_scrape"),
            _rc(12, "1973-12-04", "A/RES/3111(XXVIII)", "paragraph", "unvotes")]              # an official date: left
    roll_calls, all_rc = _frames(rows)
    final = {1, 7, 8, 10, 11}  # rcid 4: a list the Digital Library holds, not its adoption row
    out, log = dates.same_day_as_adoption(roll_calls, all_rc, final, fixed={12})
    day = dict(zip(out["rcid"], out["date"].dt.strftime("%Y-%m-%d")))
    assert day[2] == "1973-12-12" and day[5] == "1973-12-12" and day[6] == "1973-12-14"
    assert day[3] == "1973-10-01" and day[4] == "1973-12-05" and day[9] == "1973-12-01" and day[12] == "1973-12-04"
    assert sorted(log["rcid"]) == [2, 5, 6]
    row = log.set_index("rcid").loc[2]
    assert (row["check"], row["value"], row["other_value"]) == ("date repaired", "1973-12-12", "1973-12-03")
    assert "rcid 1" in row["rule"] and "only Voeten's data date this vote" in row["rule"]


def test_a_repair_never_moves_a_vote_outside_its_states_membership():
    """Grenada was admitted on 17 September 1974: a vote it cast, dated the 20th, is not moved to the 10th."""
    rows = [_rc(1, "1974-09-10", "A/RES/3200(XXIX)", "resolution", "undl_scrape", session=29),
            _rc(2, "1974-09-20", "A/RES/3200(XXIX)", "amendment", "unvotes", session=29),
            _rc(3, "1974-09-21", "A/RES/3200(XXIX)", "paragraph", "unvotes", session=29)]
    roll_calls, all_rc = _frames(rows)
    voters = pd.DataFrame({"rcid": [2, 2, 3], "iso3": ["GRD", "FRA", "FRA"]})
    out, log = dates.same_day_as_adoption(roll_calls, all_rc, {1}, set(), voters)
    assert list(log["rcid"]) == [3]
    assert out.set_index("rcid").loc[2, "date"] == pd.Timestamp("1974-09-20")


def test_real_record(built_store):
    """On the real record: 112 separate votes redated; the UAE's votes on the Middle East amendments of
    13 December 1971 (Voeten: 5 December, before its admission on the 9th) now fall inside its membership."""
    con = duckdb.connect(str(built_store), read_only=True)
    repaired = con.execute("""SELECT rcid, value, other_value FROM integrity WHERE "check" = 'date repaired'
                              AND rule LIKE 'a paragraph or amendment vote%'""").df()
    # 112 before branch recordaudit8: official_resolutions.csv names rcids 877, 878 (Voeten's amendments "1992 A, B") and
    # 1471 (his separate vote "3163") the adoptions of 1991 (XVIII) A, B and 3165 (XXVIII), dated by the Digital Library
    # 109 -> 111 after branch recordlink's linking fix (docs/data.md, "A linking defect"): Voeten's rcids 1251, 1261
    # and 1512, no longer carrying the Digital Library's row, are separate votes dated as their text's adoption; 1203,
    # now the adoption of 2775 (XXVI) G, is dated by the Digital Library
    # 111 -> 109 after branch recordaudit10: rcids 1251 and 1261 are the adoptions of 2825 (XXVI) C and 2827 (XXVI) A
    # (official_resolutions.csv), dated by the Digital Library, no longer separate votes
    # 109 -> 110 after branch recordaudit12: rcid 146, Voeten's vote on the remaining paragraphs of 272 (III), no longer
    # carries the Digital Library's row (rcid 147 is the adoption): a paragraph vote dated as its text's adoption
    assert len(repaired) == 110
    assert repaired[repaired["rcid"] == 146][["value", "other_value"]].values.tolist() == [["1949-04-30", "1949-04-05"]]
    assert 1512 in set(repaired["rcid"]) and not {1203, 1251, 1261} & set(repaired["rcid"])
    assert ("1971-12-13", "1971-12-05") in set(zip(repaired["value"], repaired["other_value"]))
    moved = set(repaired["rcid"])
    assert {1231, 1237, 1488} <= moved and not {877, 878, 1471} & moved
    assert con.execute("SELECT CAST(date AS VARCHAR) FROM roll_calls WHERE rcid = 1231").fetchone()[0] == "1971-12-13"
    assert con.execute("SELECT vote FROM votes WHERE rcid = 1231 AND iso3 = 'ARE'").fetchone()[0] == "no"
    outside = con.execute("""SELECT DISTINCT rcid FROM integrity WHERE "check" = 'vote from a state not a member that day'
                             """).df()["rcid"]
    assert not moved & set(outside)  # no repair moves a vote outside its state's membership
    # the six Korea amendments Voeten dates 6 December 1966 have no symbol: official_dates.csv moves them to the
    # sitting of 19 December that adopted 2224 (XXI) (the Press, 21 December 1966); the main one failed 21-66-30
    korea = con.execute("SELECT CAST(date AS VARCHAR), yes, no, abstain FROM roll_calls WHERE rcid = 959").fetchone()
    assert korea == ("1966-12-19", 21, 66, 30)
    # 26: the two Congo drafts of 20 December 1960 (rcids 671, 672; FRUS) were added by branch recordaudit4; 27: the
    # referral of Israel's application of 13 April 1949 (rcid 138), 28: the Albanian draft of 11 November 1969 (rcid
    # 1069, FRUS), both branch recordaudit5; 33: the five administrative-unions paragraphs of 18 November 1948 (rcids
    # 88-92, Voeten's 6 November is the Fourth Committee's day), branch recordaudit6; 41: the agenda votes of 1954 and
    # 1955 (rcids 395, 396, 424, 425) and the Congo's credentials motions of November 1960 (648, 650-652), recordaudit7
    # 42: India's amendment on China's representation of 23 September 1957 (rcid 509, FRUS), branch recordaudit8;
    # 45: the Puerto Rico votes of 27 November 1953 (rcids 378, 379) and the Cyprus draft of 14 December 1957 (538),
    # recordaudit9 (FRUS); 46: the Indian draft on China's representation of 19 September 1950 (rcid 239, FRUS),
    # recordaudit10; 49: the West Irian draft of 28 February 1957 (rcid 502), the Cambodian priority motion of
    # 29 November 1974 (1527) and the vote on article 3 of 3281 (XXIX) of 12 December 1974 (1550), recordaudit11;
    # 54: the five votes on the USSR draft A/L.519 of 4 July 1967 (rcids 9045-9049, UNISPAL), recordaudit13; 55: the
    # ruling that barred South Africa's delegation, 12 November 1974 (rcid 1570, USUN 5046), 58: the Khmer deferral of
    # 5 December 1973 (1425, FRUS) and the credentials amendments of 17 December 1973 (1428, 1429, USUN 5672), rec21;
    # 59: the adjournment paragraph of the fifth emergency special session, 21 July 1967 (rcid 9055, A/PV.1559), rec22;
    # 61: the two paragraph votes on the China draft II of 8 December 1949 (rcids 225, 226, FRUS 1949 II d153), rec23;
    # 94: Voeten's votes of 16-18 May 1949 (rcids 151-174, New Zealand's report), of 20 and 24 September 1957 (506-508,
    # 510, 511, FRUS 1955-57 XI d263) and of 22 September 1959 (573-576, FRUS 1958-60 II d95), rec24; 110: the
    # sixteen admissions of 14 December 1955 (rcids 438-453, the UN's admission days), rec24; 111: the agenda vote on
    # the Arab States' item of 1 May 1947 (rcid 9001, the meeting record), rec27
    official = con.execute("""SELECT count(*) FROM integrity WHERE "check" = 'date replaced by the official date'""")
    assert official.fetchone()[0] == 111
    # the official dates keep precedence: the China-seat votes are not redated by the rule
    assert not moved & {756, 758, 759, 760, 808, 855, 930, 1184, 1185, 1186, 1187, 1188, 1189, 9037}


def _seq(rcid, true_day, own_day, sources):
    """A roll call of Voeten's sequence: its stored day (the UN's, for a final-vote source) and his own day."""
    return {"rcid": rcid, "date": pd.Timestamp(true_day), "sources": sources, "own": pd.Timestamp(own_day)}


def _neighbour_frames(rows):
    roll_calls = pd.DataFrame([{k: v for k, v in r.items() if k != "own"} for r in rows])
    all_rc = pd.DataFrame([{"rcid": r["rcid"], "source": s, "date": r["own"]}
                           for r in rows for s in r["sources"].split(",")])
    return roll_calls, all_rc


def test_a_vote_only_voeten_dates_takes_the_one_day_its_neighbours_allow():
    """July 1967: Voeten gives the 4th day 2, the 14th and the 21st day 5 (his day is the true day plus one constant
    of the month, modulo 7). rcid 3 lies between two votes of the 4th; rcid 1 has only a later neighbour, but of the
    days of July up to the 4th only the 4th is 0, 7, 14… days from it; rcid 6 lies between the 14th and the 21st,
    both of which he dates as it: two days fit, so it is left; rcid 8 (his 3rd) lies between the 21st and the 28th,
    neither of which he dates as it, but every vote of his July a final-vote source dates is 2 days after his day
    (month_shifts, branch rec25), and of that span only the 26th is so placed."""
    rows = [_seq(1, "1967-07-02", "1967-07-02", "unvotes,voeten2017"),   # -> 4 July (one-sided)
            _seq(2, "1967-07-04", "1967-07-02", "undl_scrape,voeten2017"),
            _seq(3, "1967-07-02", "1967-07-02", "voeten2017"),           # -> 4 July (between two of the 4th)
            _seq(4, "1967-07-04", "1967-07-02", "undl_scrape,voeten2017"),
            _seq(5, "1967-07-14", "1967-07-05", "undl_scrape,voeten2017"),
            _seq(6, "1967-07-05", "1967-07-05", "voeten2017"),           # 14 or 21 July: left
            _seq(7, "1967-07-21", "1967-07-05", "undl_scrape,voeten2017"),
            _seq(8, "1967-07-03", "1967-07-03", "voeten2017"),           # -> 26 July (the month's shift)
            _seq(9, "1967-07-28", "1967-07-05", "undl_scrape,voeten2017")]
    roll_calls, all_rc = _neighbour_frames(rows)
    out, log = dates.between_dated_neighbours(roll_calls, all_rc, final={2, 4, 5, 7, 9}, official=set(), repaired=set())
    day = dict(zip(out["rcid"], out["date"].dt.strftime("%Y-%m-%d")))
    assert day == {1: "1967-07-04", 2: "1967-07-04", 3: "1967-07-04", 4: "1967-07-04", 5: "1967-07-14",
                   6: "1967-07-05", 7: "1967-07-21", 8: "1967-07-26", 9: "1967-07-28"}
    assert sorted(log["rcid"]) == [1, 3, 8] and set(log["check"]) == {"date repaired"}
    assert list(log["other_value"]) == ["1967-07-02", "1967-07-02", "1967-07-03"]
    assert "rcid 2 (1967-07-04, dated by a final-vote source)" in log.loc[log["rcid"] == 3, "rule"].iloc[0]
    assert "on each of the 5 vote(s) of his July 1967 that a UN source or an official text dates, his day plus 2" in \
        log.loc[log["rcid"] == 8, "rule"].iloc[0]


def test_the_months_shift_needs_every_dated_vote_of_the_month_to_agree_and_never_gives_a_sunday():
    """Where one dated vote of the month shows another shift than the rest, no shift is the month's and the vote is
    left; where the one day the month's shift allows is a Sunday, it is left too (Voeten's 6 February 1946, rcid 12)."""
    rows = [_seq(1, "1967-07-04", "1967-07-02", "undl_scrape,voeten2017"),
            _seq(2, "1967-07-03", "1967-07-03", "voeten2017"),           # between the 4th and the 11th: the 5th
            _seq(3, "1967-07-11", "1967-07-02", "undl_scrape,voeten2017")]
    roll_calls, all_rc = _neighbour_frames(rows)
    out, log = dates.between_dated_neighbours(roll_calls, all_rc, final={1, 3}, official=set(), repaired=set())
    assert list(log["rcid"]) == [2] and list(log["value"]) == ["1967-07-05"]
    odd = rows + [_seq(4, "1967-07-20", "1967-07-06", "undl_scrape,voeten2017")]   # a shift of 0: the month disagrees
    roll_calls, all_rc = _neighbour_frames(odd)
    out, log = dates.between_dated_neighbours(roll_calls, all_rc, final={1, 3, 4}, official=set(), repaired=set())
    assert log.empty
    sunday = [_seq(1, "1946-02-09", "1946-02-05", "undl_scrape,voeten2017"),
              _seq(2, "1946-02-06", "1946-02-06", "voeten2017"),           # the 10th, a Sunday, is the one day: left
              _seq(3, "1946-02-14", "1946-02-03", "undl_scrape,voeten2017")]
    roll_calls, all_rc = _neighbour_frames(sunday)
    out, log = dates.between_dated_neighbours(roll_calls, all_rc, final={1, 3}, official=set(), repaired=set())
    assert log.empty


def test_the_neighbour_rule_leaves_votes_an_official_text_or_the_adoption_rule_dated():
    rows = [_seq(1, "1967-07-04", "1967-07-02", "undl_scrape,voeten2017"),
            _seq(2, "1967-07-09", "1967-07-02", "voeten2017"),   # dated by an official text: an anchor, not moved
            _seq(3, "1967-07-02", "1967-07-02", "voeten2017"),   # dated by same_day_as_adoption: not moved
            _seq(4, "1967-07-04", "1967-07-02", "undl_scrape,voeten2017")]
    roll_calls, all_rc = _neighbour_frames(rows)
    out, log = dates.between_dated_neighbours(roll_calls, all_rc, final={1, 4}, official={2}, repaired={3})
    assert log.empty and list(out["date"].dt.day) == [4, 9, 2, 4]
