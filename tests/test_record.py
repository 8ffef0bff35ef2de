"""The vote record built from the real files in ../shared/data: published tallies, votes and integrity."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from unga import api


def test_es_11_1_matches_the_official_tally(built_store):
    t = api.tally("ES-11/1")
    assert t.roll_call.symbol == "A/RES/ES-11/1"
    assert str(t.roll_call.date) == "2022-03-02"
    assert t.roll_call.title == "Aggression against Ukraine"
    assert t.counts == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}
    assert t.published["yes"] == 141 and t.published["no"] == 5 and t.published["abstain"] == 35
    assert {"PAK", "IND", "CHN"} <= set(t.voters("abstain"))
    assert t.voters("no") == ["BLR", "ERI", "PRK", "RUS", "SYR"]
    assert t.votes["USA"] == "yes"
    assert len(t.votes) == 193


@pytest.mark.parametrize("spelling", ["ES-11/1", "A/RES/ES-11/1", "a/res/es-11/1", " A/RES/ES-11/1. "])
def test_any_spelling_of_a_symbol_finds_the_roll_call(built_store, spelling):
    assert api.tally(spelling).roll_call.symbol == "A/RES/ES-11/1"


def test_68_262_crimea(built_store):
    for spelling in ("68/262", "R/68/262", "A/RES/68/262"):
        t = api.tally(spelling)
        assert t.counts == {"yes": 100, "no": 11, "abstain": 58, "absent": 24}
        assert t.votes["ISR"] == "absent"
        assert t.votes["ARM"] == "no"
        assert t.roll_call.rcid == 5309  # Voeten's id is kept


@pytest.mark.parametrize("symbol, counts", [
    ("ES-11/2", (140, 5, 38)), ("ES-11/3", (93, 24, 58)), ("ES-11/4", (143, 5, 35)),
    ("ES-11/5", (94, 14, 73)), ("ES-11/6", (141, 7, 32)),
    ("ES-10/19", (128, 9, 35)),  # unvotes is one yes short; the Digital Library supplies it
])
def test_other_published_tallies(built_store, symbol, counts):
    t = api.tally(symbol)
    assert (t.counts["yes"], t.counts["no"], t.counts["abstain"]) == counts


def test_a_range_symbol_is_one_roll_call(built_store):
    for spelling in ("75/254 A-C", "A/RES/75/254A", "75/254"):
        t = api.tally(spelling)
        assert t.roll_call.symbol == "A/RES/75/254A-C"
        assert (t.counts["yes"], t.counts["no"]) == (168, 2)  # votes from the scrape, the UN lists are empty


def test_recorded_votes_per_year(con):
    per_year = dict(con.execute("SELECT year, count(*) FROM roll_calls GROUP BY year").fetchall())
    # SOURCES.md, unxml_gares: the years it alone covers
    # 2025: the UN extract's 205 lines less 21 repeated lines (A/RES/79/266 …); the rest is real: in session 80
    # the United States called votes on texts usually adopted without one (test_2025_is_session_80s_votes)
    assert {y: per_year[y] for y in (2022, 2023, 2024, 2025, 2026)} == {2022: 89, 2023: 88, 2024: 92, 2025: 184, 2026: 11}
    # 2019: unxml's 90 plus 10 session-73 votes only the Digital Library scrape has = the State Department's 100
    assert per_year[2019] == 100
    assert per_year[2020] >= 91 and per_year[2021] >= 86
    empty = [y for y in range(1946, 2026) if per_year.get(y, 0) == 0]
    assert empty == [1964]  # the Assembly recorded no votes in 1964


def test_non_members_have_no_row_and_members_are_absent(con):
    # South Sudan joined on 2011-07-14; Yugoslavia's seat was non-voting 1992-2000
    assert con.execute("SELECT count(*) FROM votes JOIN roll_calls USING (rcid) "
                       "WHERE iso3 = 'SSD' AND date < DATE '2011-07-14'").fetchone()[0] == 0
    assert con.execute("SELECT DISTINCT vote::VARCHAR FROM votes JOIN roll_calls USING (rcid) "
                       "WHERE iso3 = 'YUG' AND year BETWEEN 1993 AND 1999").fetchall() == [("absent",)]


def test_every_roll_call_matches_its_published_counts_or_is_in_integrity(con):
    unexplained = con.execute("""
        SELECT rcid FROM roll_calls
        WHERE pub_yes IS NOT NULL AND (yes, no, abstain) <> (pub_yes, pub_no, pub_abstain)
          AND rcid NOT IN (SELECT rcid FROM integrity WHERE "check" = 'stored votes differ from published counts')
    """).fetchall()
    assert unexplained == []
    checked = con.execute("SELECT count(*) FROM roll_calls WHERE pub_yes IS NOT NULL").fetchone()[0]
    assert checked > 6500


@pytest.mark.parametrize("symbol, check", [
    ("A/RES/ES-10/19", "source lists differ from published counts"),   # unvotes 127 yes vs 128
    ("A/RES/75/254A-C", "source lists differ from published counts"),  # the UN extract's empty lists
    ("A/RES/75/290A", "states listed more than once"),                 # the UN extract's doubled lists
    ("A/RES/77/293", "source lists differ from published counts"),    # 58 abstentions listed vs 59
    ("A/RES/77/293", "vote corrected by unga"),
])
def test_known_defects_are_in_integrity(con, symbol, check):
    rows = con.execute('SELECT value, other_value FROM integrity JOIN roll_calls USING (rcid) '
                       'WHERE symbol = ? AND "check" = ?', [symbol, check]).fetchall()
    assert rows, f"{symbol}: no '{check}' row"


def test_known_defect_values(con):
    def row(symbol, check, source):
        return con.execute('SELECT value, other_value FROM integrity JOIN roll_calls USING (rcid) '
                           'WHERE symbol = ? AND "check" = ? AND source = ?', [symbol, check, source]).fetchone()
    assert row("A/RES/ES-10/19", "source lists differ from published counts", "unvotes") == ("127/9/35", "128/9/35")
    assert row("A/RES/75/254A-C", "source lists differ from published counts", "unxml") == ("0/0/0", "168/2/0")
    assert row("A/RES/75/290A", "states listed more than once", "unxml") == ("180/0/94", "90/0/47")
    assert row("A/RES/77/293", "source lists differ from published counts", "unxml") == ("100/9/58", "100/9/59")


def test_every_source_row_is_accounted_for(con):
    prov = con.execute("SELECT source, rows_read, roll_calls, roll_calls_leading, roll_calls_merged, rows_rejected, "
                       "rejected_reasons FROM provenance WHERE rows_read IS NOT NULL").df()
    scrape = prov[prov["source"] == "undl_scrape"].iloc[0]
    # 7,855 rows: 2,617 Security Council and 2 undated rows rejected, and (branch rec33) the 3 rows whose every member
    # is non-voting (39/28 A and B, 43/62: no vote cast); every other row a roll call
    assert scrape["rows_read"] == 7855 and scrape["rows_rejected"] == 2622
    assert scrape["roll_calls"] == 7855 - 2622
    assert (prov["roll_calls"] == prov["roll_calls_leading"] + prov["roll_calls_merged"]).all()
    unxml = prov[prov["source"] == "unxml"]
    assert unxml["roll_calls"].sum() == 752  # SOURCES.md: 752 adopted by recorded vote
    assert unxml["rows_read"].sum() == 2232  # ... of 2,232 resolutions; the rest adopted without a vote
    assert (unxml["rows_read"] == unxml["roll_calls"] + unxml["rows_rejected"]).all()
    links = con.execute("SELECT count(*) FROM links").fetchone()[0]
    assert links == prov["roll_calls"].sum()


def _statedept(con, year: int) -> pd.DataFrame:
    ours = con.execute("""
        WITH us AS (SELECT rcid, vote FROM votes JOIN roll_calls USING (rcid) WHERE year = ? AND iso3 = 'USA')
        SELECT v.iso3 AS ISO,
               count(*) FILTER (WHERE v.vote = us.vote AND v.vote <> 'absent') AS same,
               count(*) FILTER (WHERE v.vote IN ('yes', 'no') AND us.vote IN ('yes', 'no') AND v.vote <> us.vote) AS oppose,
               count(*) FILTER (WHERE (v.vote = 'abstain') <> (us.vote = 'abstain')
                                AND v.vote <> 'absent' AND us.vote <> 'absent') AS partial,
               count(*) FILTER (WHERE v.vote = 'absent') AS absent
        FROM votes v JOIN us USING (rcid) WHERE v.iso3 <> 'USA' GROUP BY v.iso3""", [year]).df()
    return ours.set_index("ISO")


def _published(shared_data, year: int) -> pd.DataFrame:
    frame = pd.read_csv(shared_data / "statedept_coincidence" / f"un-coincidence-{year}.csv", encoding="utf-8-sig")
    return frame.rename(columns={"OPPOSITE": "OPPOSE"}).set_index("ISO")


@pytest.mark.parametrize("year", [2022, 2023])
def test_state_department_counts_reproduced_for_every_state(con, shared_data, year):
    joined = _published(shared_data, year).join(_statedept(con, year))
    assert len(joined) == 192
    for theirs, ours in (("SAME", "same"), ("OPPOSE", "oppose"), ("PARTIAL", "partial"), ("ABSENT", "absent")):
        wrong = joined[joined[theirs] != joined[ours]]
        assert wrong.empty, f"{year} {theirs}: {wrong[[theirs, ours]].to_dict('index')}"


def test_state_department_2019_and_2020_reported(con, shared_data):
    """2019 and 2020 are not reproduced for every state; the test states how many are and why."""
    report = {}
    for year in (2019, 2020):
        joined = _published(shared_data, year).join(_statedept(con, year))
        match = ((joined["SAME"] == joined["same"]) & (joined["OPPOSE"] == joined["oppose"])
                 & (joined["PARTIAL"] == joined["partial"]) & (joined["ABSENT"] == joined["absent"]))
        theirs = (joined[["SAME", "OPPOSE", "PARTIAL", "ABSENT"]].sum(axis=1)).mode()[0]
        ours = (joined[["same", "oppose", "partial", "absent"]].sum(axis=1)).mode()[0]
        report[year] = (int(match.sum()), int(theirs), int(ours))
    print("State Department reproduction (states matching, report's votes, ours):", report)
    # 2019: both count 100 votes; 140 of 192 states match as printed; the rest are the report's own errors
    # (five lists read in the old order of North Macedonia, misprinted rows) or single votes (docs/statedept.md).
    assert report[2019][1:] == (100, 100) and report[2019][0] >= 140
    # 2020: the report counts 100 votes against the record's 97 because it counts the one budget vote
    # 75/254 A-C four times; with that (and its PARTIAL for an absence) every state matches: test_statedept_tables.
    assert report[2020][1:] == (100, 97)


def test_no_vote_is_stored_twice(con):
    """No two final-vote roll calls share a symbol, a day and an identical list (Voeten's paragraph and
    amendment votes on one symbol can: they are separate votes with the same majority)."""
    twice = con.execute("""
        WITH h AS (SELECT rcid, md5(string_agg(iso3 || vote::VARCHAR, ',' ORDER BY iso3)) AS list
                   FROM votes WHERE vote <> 'absent' GROUP BY rcid)
        SELECT a.rcid, b.rcid FROM roll_calls a JOIN h ha ON ha.rcid = a.rcid, roll_calls b JOIN h hb ON hb.rcid = b.rcid
        WHERE a.rcid < b.rcid AND a.symbol = b.symbol AND a.date = b.date AND ha.list = hb.list
          AND (a.kind IN ('resolution', 'separate') OR b.kind IN ('resolution', 'separate'))""").fetchall()
    assert twice == []  # 61/128 B, which Voeten also names "A and B" (R/61/128AB), is merged
    merged = con.execute("""SELECT split_part(rule, ')', 1), count(*) FROM integrity
                            WHERE "check" = 'same roll call stored twice' GROUP BY 1""").fetchall()
    # 77 -> 76 symbol-less merges (branch recordaudit7): with 1012 (XI) stored once (official_resolutions.csv, rcid 496),
    # the Digital Library's row of 1118 (XI) (Ghana's admission, 76-0-0, 8 March 1957) links to Voeten's rcid 503 by
    # its list at once instead of being merged into it afterwards; the stored roll call is the same
    # 25 -> 22 whole-and-part merges (branch recordaudit8): with Voeten's rcids 1033, 1174 and 1471 named 2422 (XXIII),
    # 2726 (XXV) and 3165 (XXVIII) (official_resolutions.csv), the Digital Library's rows of 2425 (XXIII), 2725 (XXV)
    # and 3164 (XXVIII) link to Voeten's roll calls of those numbers at once; the stored roll calls are the same
    # 22 -> 21 whole-and-part merges (branch recordaudit10): with the rows of 3261 (XXIX) linked by the symbols
    # official_resolutions.csv gives Voeten's rcids 1509, 1516 and 1519, the Digital Library's row of 3263 (XXIX) links
    # to his rcid 1522 at once instead of being merged into it afterwards; the stored roll call is the same
    # 21 -> 20 whole-and-part merges (branch recordaudit12): with Voeten's rcid 147 named 272 (III) (official_resolutions.csv),
    # the Digital Library's row links to it at once instead of being merged into his paragraph vote, rcid 146; and one
    # merge from official_same_votes.csv: Voeten's second row of 61/232 (rcid 5804) into rcid 4749
    assert dict(merged) == {"merged (same symbol": 58, "merged (whole and part": 20, "merged (symbol-less": 76,
                            "merged (official_same_votes.csv": 1}


@pytest.mark.parametrize("symbol, draft", [("76/10", "A/76/L.14"), ("79/266", None), ("79/267", None),
                                           ("998(ES-I)", None), ("2256(ES-V)", None), ("2145(XXI)", None),
                                           ("1654(XVI)", None), ("65/206", None), ("57/59", None)])
def test_votes_recorded_twice_are_one_roll_call(built_store, symbol, draft):
    t = api.tally(symbol)
    assert t.other_roll_calls == []
    if draft:
        assert api.tally(draft).roll_call.rcid == t.roll_call.rcid


def test_76_10_once(con):
    assert con.execute("SELECT count(*) FROM roll_calls WHERE symbol = 'A/RES/76/10' OR draft = 'A/76/L.14' "
                       "OR source_symbol = 'A/76/L.14'").fetchone()[0] == 1


def test_parts_stay_separate_and_the_whole_joins_one(con):
    rows = con.execute("SELECT symbol, yes, no, abstain FROM roll_calls WHERE symbol LIKE 'A/RES/42/70%' "
                       "ORDER BY symbol").fetchall()
    assert rows == [("A/RES/42/70A", 94, 3, 5), ("A/RES/42/70B", 94, 3, 5)]


def test_the_1946_trusteeship_agreements_once_each(con):
    rows = con.execute("SELECT rcid, title FROM roll_calls WHERE title LIKE 'Approval of Trusteeship Agreements%' "
                       "ORDER BY rcid").fetchall()
    assert [r for r, _ in rows] == list(range(27, 35))  # Voeten's eight rows, each with its Digital Library row
    assert rows[0][1].endswith("[New Guinea]") and rows[1][1].endswith("[Ruanda-Urundi]")


def test_uniting_for_peace_is_377_v(built_store, con):
    t = api.tally("377(V)")
    assert t.roll_call.symbol == "A/RES/377(V)[A-C]" and t.roll_call.rcid == 252
    assert (t.counts["yes"], t.counts["no"], t.counts["abstain"]) == (52, 5, 2)
    assert con.execute("SELECT count(*) FROM roll_calls WHERE symbol = 'A/RES/347(V)'").fetchone()[0] == 0
    demoted = con.execute("""SELECT count(DISTINCT rcid) FROM integrity
                             WHERE "check" = 'symbol outside its session''s range'""").fetchone()[0]
    assert 700 < demoted < 900


def test_a_draft_symbol_finds_the_vote_on_it(built_store):
    assert api.tally("A/ES-11/L.1").roll_call.symbol == "A/RES/ES-11/1"
    assert api.tally("a/es-11/l.1").counts["yes"] == 141


def test_es_10_6_is_flagged(built_store, con):
    """The only source (the Digital Library) lists and counts 172 yes where the UN's press release gives
    115-2-5; three of the states it lists were not members on 9 Feb 1999. The official tally is stored as the
    published counts (src/unga/data/official_counts.csv, with its URL); no source has the right list, so the
    roll call is flagged."""
    t = api.tally("ES-10/6")
    assert (t.counts["yes"], t.counts["no"], t.counts["abstain"]) == (172, 2, 5)
    assert (t.published["yes"], t.published["no"], t.published["abstain"], t.published_source) == (115, 2, 5, "official")
    assert t.voters("no") == ["ISR", "USA"]  # the press release's two against and five abstaining agree
    assert t.voters("abstain") == ["AUS", "BHS", "CMR", "ROU", "SWZ"]
    assert con.execute("SELECT flags FROM roll_calls WHERE symbol = 'A/RES/ES-10/6'").fetchone()[0] == "admission; counts"
    outsiders = con.execute("""SELECT other_value FROM integrity JOIN roll_calls USING (rcid)
                               WHERE symbol = 'A/RES/ES-10/6' AND "check" = 'votes before a state''s admission'""")
    assert outsiders.fetchone()[0] == "KIR,NRU,TON"


def test_voeten_motions_that_are_resolutions(built_store):
    t = api.tally("2145(XXI)")  # Voeten's blank unres read as a motion; the Digital Library names the resolution
    assert t.roll_call.kind == "resolution" and (t.counts["yes"], t.counts["no"]) == (114, 2)


def test_adoption_votes_voeten_flags_as_amendments_or_paragraphs(built_store, con):
    """A final-vote source records one row per adopted resolution: where it records a roll call Voeten flags as an
    amendment or paragraph vote, and no other roll call of that symbol, the roll call is the adoption vote."""
    udhr = api.tally("217 (III) A")  # the Universal Declaration, 48-0-8: Voeten's paragraph flag
    assert udhr.roll_call.kind == "resolution" and [udhr.counts[k] for k in ("yes", "no", "abstain")] == [48, 0, 8]
    unef = api.tally("1001 (ES-I)")  # the emergency force, 64-0-12: Voeten's amendment flag
    assert unef.roll_call.kind == "resolution" and unef.counts["yes"] == 64
    repaired = dict(con.execute("""SELECT symbol, other_value FROM integrity JOIN roll_calls USING (rcid)
                                   WHERE "check" = 'kind repaired' AND symbol IN ('A/RES/217(III)[A]', 'A/RES/1001(ES-I)')
                                   """).fetchall())
    assert repaired == {"A/RES/217(III)[A]": "paragraph", "A/RES/1001(ES-I)": "amendment"}
    # 2298 (XXII): the amendment stays one; the adoption is the resolution. Both are of 12 December: Voeten's
    # 1 December for the amendment is repaired to its text's adoption day (src/unga/store/dates.py).
    kinds = con.execute("SELECT rcid, date::VARCHAR, kind FROM roll_calls WHERE symbol = 'A/RES/2298(XXII)' "
                        "ORDER BY rcid").fetchall()
    assert kinds == [(989, "1967-12-12", "amendment"), (991, "1967-12-12", "resolution")]
    # Sections of one resolution, each recorded by the Digital Library, keep Voeten's kinds.
    sections = con.execute("SELECT count(*), count(*) FILTER (WHERE kind = 'paragraph') FROM roll_calls "
                           "WHERE symbol = 'A/RES/34/233'").fetchone()
    assert sections == (2, 1)


def test_votes_on_procedural_motions_are_motions(con):
    """A roll call whose description names it the vote on a procedural motion is a motion whatever Voeten's code:
    2758 (XXVI) "[A]" is Saudi Arabia's motion to postpone (53-56-19), not the seating of the People's Republic."""
    kinds = dict(con.execute("SELECT symbol, kind FROM roll_calls WHERE symbol LIKE 'A/RES/2758(XXVI)%'").fetchall())
    assert kinds["A/RES/2758(XXVI)[A]"] == kinds["A/RES/2758(XXVI)[B]"] == kinds["A/RES/2758(XXVI)[F]"] == "motion"
    assert kinds["A/RES/2758(XXVI)"] == "resolution"
    # Russia's no-action motion of 7 September 2010 on the text on displaced persons from Abkhazia and South Ossetia
    on_64_296 = dict(con.execute("SELECT kind, yes FROM roll_calls WHERE symbol = 'A/RES/64/296'").fetchall())
    assert on_64_296 == {"resolution": 50, "motion": 33}
    # the motion's announced result (32-67-54) is its published count; its list, one vote apart, is flagged
    published = con.execute("SELECT pub_yes, pub_no, pub_abstain, counts_source FROM roll_calls WHERE rcid = 5866").fetchone()
    assert published == (32, 67, 54, "official")
    repaired = dict(con.execute("""SELECT other_value, count(*) FROM integrity WHERE "check" = 'kind repaired'
                                   AND value = 'motion' GROUP BY ALL""").fetchall())
    # 17 -> 18 coded resolution (branch recordaudit9): rcid 5888, Angola's motion to defer the Libyan credentials (2011),
    # whose verbatim title glues "putto the vote the motion" (tests/test_record_doubts15b.py)
    # 18 -> 20 coded resolution (branch recordaudit11, official_kinds.csv): rcid 1527, the priority motion for the
    # Cambodian draft adopted as 3238 (XXIX), and rcid 1358, the terrorism item's agenda vote of 1972
    assert repaired == {"resolution": 20, "separate": 10, "paragraph": 13, "amendment": 3}


def test_a_motion_is_read_from_the_description_not_from_an_amendment_to_it():
    from unga.store.kinds import motion_kinds

    titles = ["CONGO — TO ADOPT GHANA MOTION FOR ADJOURNMENT OF THE DEBATE.",
              "SYRIA — TO ADOPT SYRIAN AMENDMENT (TO PARAGUAY MOTION) FOR ADJOURNMENT OF DEBATE.",
              "The President: I shall now put to the vote the motion submitted by the representative of X.",
              "Promotion of the international flow of private capital"]
    frame = pd.DataFrame({"rcid": [1, 2, 3, 4], "title": titles, "kind": ["resolution", "amendment", "separate",
                                                                          "resolution"], "sources": "unvotes"})
    repaired, log = motion_kinds(frame)
    assert repaired["kind"].tolist() == ["motion", "amendment", "motion", "resolution"]
    assert log["rcid"].tolist() == [1, 3] and log["other_value"].tolist() == ["resolution", "separate"]


def test_dates_outside_their_session(con):
    dates = dict(con.execute("SELECT symbol, date::VARCHAR FROM roll_calls WHERE symbol IN "
                             "('A/RES/37/46', 'A/RES/37/84')").fetchall())
    assert dates == {"A/RES/37/46": "1982-12-02", "A/RES/37/84": "1982-12-01"}  # Voeten's month, the session's
    # A resumed session's last votes fall in September of the next year: 1133 (XI) of 14 Sep 1957 is not moved.
    assert con.execute("SELECT date::VARCHAR FROM roll_calls WHERE symbol = 'A/RES/1133(XI)'").fetchone()[0] == "1957-09-14"
    left = con.execute("""SELECT count(*) FROM roll_calls r WHERE symbol LIKE 'A/RES/%' AND flags LIKE '%date%'""")
    assert left.fetchone()[0] == 0  # R/677/46 (a typo for 67/46, dated 2012) is no longer read as a symbol


def test_an_official_date_replaces_what_every_source_has_wrong(built_store, con):
    """37/9 (Falklands) was adopted on 4 November 1982; the scrape says 28 October and Voeten 6 November.
    src/unga/data/official_dates.csv gives the date with its evidence; the replacement is logged."""
    assert str(api.tally("37/9").roll_call.date) == "1982-11-04"
    row = con.execute("""SELECT value, other_value, rule FROM integrity JOIN roll_calls USING (rcid)
                         WHERE symbol = 'A/RES/37/9' AND "check" = 'date replaced by the official date'""").fetchone()
    assert row[:2] == ("1982-11-04", "1982-10-28") and "https://" in row[2]
    others = dict(con.execute("""SELECT symbol, date::VARCHAR FROM roll_calls
                                 WHERE symbol IN ('A/RES/1889(XVIII)', 'A/RES/34/30', 'A/RES/ES-7/2')""").fetchall())
    assert others == {"A/RES/1889(XVIII)": "1963-11-06", "A/RES/34/30": "1979-11-20", "A/RES/ES-7/2": "1980-07-29"}


def test_an_official_date_leaves_other_votes_under_the_symbol_alone():
    """The official date is the adoption's: an amendment vote filed under the same symbol keeps its own date."""
    import pandas as pd

    from unga.store.repairs import official_dates
    roll_calls = pd.DataFrame({"rcid": [1, 2], "symbol": ["A/RES/9/1", "A/RES/9/1"], "sources": ["unvotes", "undl_scrape"],
                               "date": pd.to_datetime(["1954-11-01", "1954-11-05"]), "year": [1954, 1954]})
    official = pd.DataFrame({"symbol": ["A/RES/9/1"], "date": pd.to_datetime(["1954-11-06"]), "evidence": ["a URL"]})
    redated, log = official_dates(roll_calls, official, final={2})
    assert redated["date"].dt.strftime("%m-%d").tolist() == ["11-01", "11-06"]
    assert log["rcid"].tolist() == [2] and log["other_value"].tolist() == ["1954-11-05"]


def test_votes_dated_before_their_emergency_special_session_are_flagged(con):
    """Voeten dates the second emergency special session's paragraph votes on Hungary 3 November 1956; the session
    opened on the 4th. They were flagged (date) until branch rec22: they lie in his sequence between 1004 (ES-II) of
    the 4th and 1005 (ES-II) of the 9th, whose draft they are, and the neighbour rule dates them on the 9th (he gives
    1005 the same day as them). The one an official fact dates (the three-power amendments ESS/2/80A, 9 November per
    FRUS: src/unga/data/official_dates.csv) is moved, not flagged. ES-IV's paragraph vote stays flagged."""
    rows = dict(con.execute("""SELECT r.source_symbol, r.flags FROM integrity i JOIN roll_calls r USING (rcid)
                               WHERE "check" = 'date before its emergency special session'""").fetchall())
    assert list(rows) == ["ESS/4/102A"]  # ES-IV opened 17 Sep 1960
    assert str(con.execute("SELECT date FROM roll_calls WHERE source_symbol = 'ESS/2/79B'").fetchone()[0]) == "1956-11-09"
    assert "ESS/2/80A" not in rows
    assert str(con.execute("SELECT date FROM roll_calls WHERE source_symbol = 'ESS/2/80A'").fetchone()[0]) == "1956-11-09"
    assert con.execute("""SELECT count(*) FROM integrity JOIN roll_calls USING (rcid) WHERE symbol = 'A/RES/1004(ES-II)'
                          AND "check" = 'date before its emergency special session'""").fetchone()[0] == 0


def test_emergency_sessions_are_read_from_symbols_and_voeten_numbers(tmp_path):
    from unga.errors import SourceError
    from unga.sources import corrections
    from unga.store.checks import emergency_session
    assert [emergency_session(*pair) for pair in [("A/RES/997(ES-I)", None), ("A/RES/ES-11/1", None),
                                                   (None, "ESS/2/80A"), ("A/RES/77/1", "R/77/1")]] == [1, 11, 2, None]
    assert corrections.read_emergency_sessions().set_index("session").loc[2, "opened"].strftime("%Y-%m-%d") == "1956-11-04"
    path = tmp_path / "emergency_sessions.csv"
    path.write_text("session,opened,evidence\n1,1956-11-01,a URL\nII,1956-11-04,a URL\n")
    with pytest.raises(SourceError, match="row 3"):
        corrections.read_emergency_sessions(path)


def test_an_official_date_without_evidence_is_refused(tmp_path):
    from unga.errors import SourceError
    from unga.sources import corrections
    path = tmp_path / "official_dates.csv"
    path.write_text("symbol,date,evidence\nA/RES/37/9,1982-11-04,a URL\nA/RES/37/10,1982-11-31,a URL\n")
    with pytest.raises(SourceError, match="row 3"):
        corrections.read_dates(path)


def test_2025_is_session_80s_votes(con):
    us_alone = con.execute("""SELECT count(*) FROM roll_calls r JOIN votes v ON v.rcid = r.rcid AND v.iso3 = 'USA'
                              WHERE r.year = 2025 AND r.session = 80 AND v.vote = 'no' AND r.no <= 3""").fetchone()[0]
    assert us_alone == 89  # of session 80's 155 roll calls of 2025


def test_tally_warns_where_the_record_is_flagged(built_store):
    flagged = api.tally("ES-10/6")
    assert flagged.warnings[0].startswith("the listed votes (172/2/5) differ from the published tally (115/2/5")
    assert any("KIR,NRU,TON" in w for w in flagged.warnings)
    assert flagged.to_json()["warnings"] == flagged.warnings
    assert f"warning: {flagged.warnings[0]}" in str(flagged).splitlines()
    assert api.tally("ES-11/1").warnings == []  # 141-5-35, listed and published alike


def test_the_congo_drafts_of_december_1960_carry_no_admission_symbol(built_store, con):
    """rcid 671 and 672: the eight-power draft rejected 28-42-27 and the US-British draft short of two thirds at
    43-22-32, voted on 20 December 1960 (FRUS 1958-60 XIV, d289). Voeten gives them 1478 (XV) and 1479 (XV), the
    admissions of the Malagasy Republic and Somalia, adopted by acclamation on 20 September (official_resolutions.csv)."""
    rows = con.execute("""SELECT rcid, symbol, source_symbol, strftime(date, '%Y-%m-%d'), yes, no, abstain
                          FROM roll_calls WHERE rcid IN (671, 672) ORDER BY rcid""").fetchall()
    assert rows == [(671, None, "R/15/1478", "1960-12-20", 28, 42, 27), (672, None, "R/15/1479", "1960-12-20", 43, 22, 32)]
    why = con.execute("""SELECT rcid, other_value, rule FROM integrity WHERE rcid IN (671, 672)
                         AND "check" = 'symbol outside its session''s range' ORDER BY rcid, source""").fetchall()
    assert len(why) == 4 and all(r.startswith("not stored as the symbol") for _, _, r in why)
    assert why[0][1].startswith("the number of resolution A/RES/1478(XV), Admission of the Malagasy Republic")
    assert why[2][1].startswith("the number of resolution A/RES/1479(XV), Admission of the Republic of Somalia")
    dated = con.execute("""SELECT count(*) FROM integrity WHERE rcid IN (671, 672)
                           AND "check" = 'date replaced by the official date' AND value = '1960-12-20'""").fetchone()[0]
    assert dated == 2
    from unga.errors import UnknownResolution
    with pytest.raises(UnknownResolution):
        api.tally("1478 (XV)")  # the admission had no recorded vote
    assert api.tally("rcid:672").counts["yes"] == 43


def test_an_official_resolution_demotes_only_votes_of_another_time():
    """A source row under a symbol official_resolutions.csv dates more than 31 days away loses it; a vote on the
    day (or a separate vote a few days off, Reconciliation 9a) keeps it."""
    from unga.store import checks
    from unga.sources.base import SourceTable
    known = pd.DataFrame({"symbol": ["A/RES/1478(XV)"], "date": pd.to_datetime(["1960-09-20"]),
                          "title": ["Admission of the Malagasy Republic"], "evidence": ["a URL"]})
    rc = pd.DataFrame({"key": ["a", "b", "c"], "symbol": ["A/RES/1478(XV)", "A/RES/1478(XV)", "A/RES/1500(XV)"],
                       "date": pd.to_datetime(["1960-12-07", "1960-09-25", "1960-12-07"])})
    ranges = pd.DataFrame({"low": [1476], "high": [1620], "first": [1476], "last": [1620]}, index=[15])
    table = SourceTable(source="unvotes", path=Path("x"), roll_calls=rc,
                        votes=pd.DataFrame(columns=["key", "iso3", "vote"]), rows_read=3)
    out, log = checks.demote_symbols(table, ranges, {}, known)
    assert [s if isinstance(s, str) else None for s in out.roll_calls["symbol"]] == \
        [None, "A/RES/1478(XV)", "A/RES/1500(XV)"]
    assert log["key"].tolist() == ["a"] and "adopted on 1960-09-20" in log["other_value"].iloc[0]


def test_an_official_resolution_without_a_date_is_refused(tmp_path):
    from unga.errors import SourceError
    from unga.sources import corrections
    path = tmp_path / "official_resolutions.csv"
    path.write_text("symbol,date,title,evidence\nA/RES/1478(XV),1960-09-20,Admission,a URL\nA/RES/1479(XV),,Admission,a URL\n")
    with pytest.raises(SourceError, match="row 3"):
        corrections.read_resolutions(path)


def test_the_test_ban_paragraph_vote_of_2009_has_the_official_count(built_store, con):
    """rcid 5861, operative paragraph 5 of 64/69: GA/10898 gives 169-1-6; the only list (Voeten's) has 170 in favour,
    so the roll call is flagged and `unga tally` quotes the official count."""
    row = con.execute("SELECT yes, no, abstain, pub_yes, pub_no, pub_abstain, counts_source, flags FROM roll_calls "
                      "WHERE rcid = 5861").fetchone()
    assert row == (170, 1, 6, 169, 1, 6, "official", "counts")
    assert api.tally("rcid:5861").warnings[0].startswith("the listed votes (170/1/6) differ from the published tally "
                                                         "(169/1/6, official)")


def test_72_93_is_the_specialized_agencies_text(con):
    """GA/11987 puts 128-7-40 beside the specialized-agencies title; the UN's Digital Library (the record's counts)
    and every other year's pair say the specialized-agencies text is the one with two against (docs/data.md)."""
    rows = con.execute("""SELECT symbol, yes, no, abstain FROM roll_calls WHERE symbol IN ('A/RES/72/93', 'A/RES/72/111')
                          ORDER BY symbol""").fetchall()
    assert rows == [("A/RES/72/111", 128, 7, 40), ("A/RES/72/93", 118, 2, 54)]
    title = con.execute("SELECT title FROM roll_calls WHERE symbol = 'A/RES/72/93'").fetchone()[0]
    assert "by the specialized agencies" in title
