"""Second-round patterns of reporters' phrasing, each in a sentence of our own, checked on the real record
(Crimea, A/RES/68/262 of 27 March 2014: 100 in favour, 11 against, 58 abstentions, 24 absent; Armenia, Belarus
and Cuba against)."""

from __future__ import annotations

from unga import api
from unga.claims import digits, numbers, positions
from unga.claims.names import mentions
from unga.claims.position_time import lead_time

CRIMEA = "The General Assembly adopted the resolution on Crimea on 27 March 2014 by 100 votes to 11. "


def claims(text: str):
    return [c for c in api.check_text(text).claims if c["kind"] != "other"]


def found(text: str):
    return {(c["kind"], c["state"], c["resolution"], c["verdict"],
             c["asserted"].get("field"), c["asserted"].get("value")) for c in claims(text)}


def test_abstained_from_the_vote_takes_the_list_that_follows():
    got = positions.positions("The countries that abstained from the Monday vote include Chile, Peru and Mexico.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CHL", "abstain"), ("PER", "abstain"), ("MEX", "abstain")]
    got = positions.positions("Forty states abstained from voting, including Chile and Peru.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CHL", "abstain"), ("PER", "abstain")]


def test_a_label_with_a_comma_before_its_count_heads_a_roll_call_list():
    got = positions.positions("Against, (3): Chile, Peru and Mexico.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CHL", "no"), ("PER", "no"), ("MEX", "no")]


def test_quoted_no_votes_with_a_dash_list_and_the_subject_counted(built_store):
    got = found(CRIMEA + 'Russia could only muster 10 other "no" votes -- Armenia, Belarus and Cuba among them.')
    assert ("count", None, "A/RES/68/262", "supported", "no", 11) in got  # the 10 others and Russia
    for state in ("ARM", "BLR", "CUB"):
        assert ("position", state, "A/RES/68/262", "supported", None, None) in got
    got = found(CRIMEA + 'Moscow could only muster 10 other "no" votes.')  # a capital: the count is not known
    assert not [g for g in got if g[0] == "count"]


def test_of_the_members_and_not_present_are_read(built_store):
    got = found(CRIMEA + "Of the 193 U.N. member states, 58 abstained from the vote, while 24 were not present.")
    assert ("count", None, "A/RES/68/262", "supported", "abstain", 58) in got
    assert ("count", None, "A/RES/68/262", "supported", "absent", 24) in got


def test_a_hoped_for_number_is_not_a_claim_about_the_vote(built_store):
    got = found(CRIMEA + 'Its sponsors had hoped for 110 "yes" votes, and it needed 97 votes to pass.')
    assert {g[4:] for g in got if g[0] == "count"} == set()
    assert numbers.tallies("They had hoped for 120 votes in favour.") == []


UKRAINE = "On 2 March 2022 the General Assembly demanded that Russia leave Ukraine. "  # ES-11/1: 141-5-35


def test_counts_implied_by_joined(built_store):
    got = found(UKRAINE + "Only 3 countries joined Russia and Belarus in voting against it.")
    assert ("count", None, "A/RES/ES-11/1", "supported", "no", 5) in got
    got = found(UKRAINE + "The resolution passed 141-5. Only Eritrea joined Syria in voting against, with Russia.")
    assert not [g for g in got if g[0] == "count"]  # "with Russia" breaks the pair: no count is made up
    got = found("Only Israel joined the United States in opposing the text on 12 November 1987.")
    assert [g for g in got if g[0] == "count"] in ([], [("count", None, "A/RES/42/18", "supported", "no", 2)])


def test_a_count_added_up_from_names_is_marked_so_that_it_pins_no_roll_call():
    from unga.claims import extract
    text = "Only Israel joined the United States in voting against it."
    found_claims = extract.extract(text, [(0, len(text), text)])
    assert [(c.kind, c.asserted["value"], c.notes) for c in found_claims if c.kind == "count"] == \
        [("count", 2, [extract.DERIVED])]


def test_adopted_by_n_votes_is_the_yes_count():
    assert [g.fields for g in numbers.tallies("The text was adopted by 120 votes, while 45 abstained.")] == \
        [{"yes": 120, "abstain": 45}]
    assert [g.fields for g in numbers.tallies("The resolution won 128 votes.")] == [{"yes": 128}]
    assert [g.fields for g in numbers.tallies("It was approved by 120 votes to 14.")] == [{"yes": 120, "no": 14}]


def test_adopted_by_n_votes_is_checked(built_store):
    assert ("count", None, "A/RES/ES-11/1", "supported", "yes", 141) in found(UKRAINE + "It was adopted by 141 votes.")


def test_hyphenated_wire_names_are_states():
    got = mentions("Abstaining: Antigua-Barbuda, Saint Kitts-Nevis, Sao Tome-Principe, Bosnia-Herzegovina, "
                             "Saint Vincent-Grenadines and Guinea-Bissau.")
    assert [m.iso3 for m in got] == ["ATG", "KNA", "STP", "BIH", "VCT", "GNB"]


def test_a_passive_cue_with_a_described_group_then_including():
    got = positions.positions("The draft was opposed by the largest military powers, including Chile and Peru.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CHL", "no"), ("PER", "no")]
    got = positions.positions("It was opposed by Cuba and its friends including Iran and Syria.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CUB", "no"), ("IRN", "no"), ("SYR", "no")]
    got = positions.positions("It was backed by many and opposed by Cuba, which argued, including in a note by Iran.")[0]
    assert [(p.iso3, p.vote) for p in got] == [("CUB", "no")]


def test_a_dash_apposition_before_joined(built_store):
    text = ("On 2 March 2022 the General Assembly demanded that Russia leave Ukraine. Three states -- Belarus, Eritrea "
            "and Syria -- joined Russia and North Korea in voting against the text.")
    got = found(text)
    assert ("count", None, "A/RES/ES-11/1", "supported", "no", 5) in got
    for state in ("BLR", "ERI", "SYR", "RUS", "PRK"):
        assert ("position", state, "A/RES/ES-11/1", "supported", None, None) in got


def test_yes_counts_far_from_the_verb_and_member_states_in_favour():
    assert [g.fields for g in numbers.tallies("The Assembly adopted a text on the war in the region by 153 votes.")] == \
        [{"yes": 153}]
    assert [g.fields for g in numbers.tallies("It was adopted on 27 October with 121 votes.")] == [{"yes": 121}]
    assert [g.fields for g in numbers.tallies("It was adopted with 111 UN member states in favor.")] == [{"yes": 111}]
    assert [g.fields for g in numbers.tallies("In all, 111 nations voted to repeal the old text.")] == [{"yes": 111}]
    assert [g.fields for g in numbers.tallies("The amendment was rejected by 57 votes.")] == [{"no": 57}]


def test_a_descriptive_aside_between_number_and_vote():
    got = numbers.tallies("It passed, with 25 nations, mostly small island states, voting against.")
    assert [g.fields for g in got] == [{"no": 25}]


def test_a_vote_missing_from_a_covered_period_is_said_to_be_not_in_the_record(built_store):
    text = "On 14 July 1999 the General Assembly voted 120 to 10 on a text about fisheries."
    [claim] = claims(text)
    assert claim["verdict"] == "unverifiable"
    assert claim["evidence"]["record"].startswith("not in the record: the record has no Assembly vote within 3 days "
                                                  "of 1999-07-14")
    [claim] = claims("Resolution 77/999 was adopted by 120 votes to 10 in the General Assembly.")
    assert claim["verdict"] == "unverifiable" and "no recorded vote on A/RES/77/999" in claim["evidence"]["record"]


def test_a_state_speaking_through_its_envoy_or_delegation():
    cases = {
        "Chile's ambassador, who voted against the text, called it unbalanced.": [("CHL", "no")],
        "Peru's UN envoy Ana Soto voted in favour.": [("PER", "yes")],
        "The Peruvian delegation abstained.": [("PER", "abstain")],
        "Peru's ambassador to the UN abstained.": [("PER", "abstain")],
        "Chile's envoy said that Peru voted against.": [("PER", "no")],          # the envoy only speaks
        "Chile's envoy criticised those who voted against.": [],
        "Chile's neighbour abstained.": [],                                      # no state
    }
    for sentence, expected in cases.items():
        assert [(p.iso3, p.vote) for p in positions.positions(sentence)[0]] == expected, sentence


def test_a_us_administration_is_the_united_states(built_store):
    from unga import countries
    assert countries.lookup("the Reagan administration") == "USA"
    got = found("On 2 March 2022 the General Assembly voted 141-5 to demand that Russia leave Ukraine. "
                "The Biden administration voted in favour.")
    assert ("position", "USA", "A/RES/ES-11/1", "supported", None, None) in got


def test_switched_from_gives_the_earlier_vote_with_its_year():
    got = positions.positions("Chile switched from against in 2019 to support.")[0]
    # the side it went to is this year's, not 2019's (twenty-sixth round: the clause's year had placed it on 2019)
    assert [(p.iso3, p.vote, p.when) for p in got] == [("CHL", "yes", "this"), ("CHL", "no", "2019")]
    # no year: the series' vote before the one reported (round 10: placed only there, never on the reported vote)
    got = positions.positions("Chile switched from abstention to support.")[0]
    assert [(p.iso3, p.vote, p.when) for p in got] == [("CHL", "yes", None), ("CHL", "abstain", "before")]


def test_previously_voted_is_an_earlier_vote_never_the_one_reported(built_store):
    got = positions.positions("Peru, which previously voted in favour, abstained.")[0]
    # the series' vote before the one reported (nineteenth round; it was read as last year's)
    assert [(p.iso3, p.vote, p.when) for p in got] == [("PER", "yes", "before"), ("PER", "abstain", None)]
    text = UKRAINE + "It passed 141-5, with 35 abstentions. India, which previously voted in favour, abstained."
    got = claims(text)
    assert not [c for c in got if c["verdict"] == "contradicted"]
    assert [c["verdict"] for c in got if c["state"] == "IND" and c["asserted"]["vote"] == "abstain"] == ["supported"]


def test_members_present_give_the_absent_count(built_store):
    text = (CRIMEA + "Only 168 out of 193 UN member states were present.")  # 169 voted: 24 absent
    assert ("count", None, "A/RES/68/262", "contradicted", "absent", 25) in found(text)
    assert ("count", None, "A/RES/68/262", "supported", "absent", 24) in found(CRIMEA + "169 of the 193 members took part.")


def test_n_countries_that_voted_with_x_count_x_too():
    from unga.claims import extract
    text = "Among the 12 countries that voted with Chile against the text were Peru and Ecuador."
    got = [(c.kind, c.asserted) for c in extract.extract(text, [(0, len(text), text)]) if c.kind == "count"]
    assert got == [("count", {"field": "no", "op": "=", "value": 13})]


def test_label_first_tallies_with_a_year_heading():
    got = numbers.tallies(digits.in_digits("In favor, 88; against, four; abstentions, 57; absences, 35."))
    assert [g.fields for g in got] == [{"yes": 88, "no": 4, "abstain": 57, "absent": 35}]
    assert numbers.tallies("They voted against, 3 of them loudly.") == []  # one label-first number alone is not read
    assert lead_time("-> 1993: In favor, 88; against, 4.") == "1993"


def test_a_list_goes_with_the_tally_of_the_sentence_before(built_store):
    text = ("On 27 March 2014 the General Assembly adopted a resolution on Crimea. The result: in favour, 100; "
            "against, 11; abstentions, 58. Voting against: Armenia, Belarus and Chile.")
    got = found(text)
    assert ("tally", None, "A/RES/68/262", "supported", None, None) in got
    assert ("position", "ARM", "A/RES/68/262", "supported", None, None) in got
    assert ("position", "CHL", "A/RES/68/262", "contradicted", None, None) in got  # Chile voted in favour


def test_a_text_naming_no_year_speaks_of_recent_votes(built_store):
    from datetime import date
    text = ("The Assembly again demanded that Moscow withdraw its forces from Ukraine. India and China were among the "
            "32 nations that abstained while 141 voted in favour. Seven voted against it.")
    got = api.check_text(text, published=date(2023, 2, 24)).claims
    assert {c["resolution"] for c in got if c["kind"] == "count"} == {"A/RES/ES-11/6"}  # 23 Feb 2023, not March 2022
    assert all(c["verdict"] == "supported" for c in got if c["kind"] == "count")


def test_last_january_names_a_year():
    from datetime import date
    from unga.claims import clues
    assert clues.read_context("A similar text was adopted last January.", date(1980, 11, 24)).years == {1980}
    assert clues.read_context("It passed last year.", date(1980, 11, 24)).years == {1979}


def test_roll_call_headings_quoted_votes_and_joining():
    cases = {
        "For the U.S. resolution: Chile, Peru and Mexico.": [("CHL", "yes"), ("PER", "yes"), ("MEX", "yes")],
        'Joining Chile in voting "no" were Peru and Mexico.': [("CHL", "no"), ("PER", "no"), ("MEX", "no")],
        'It passed 150-3, with Chile and Peru voting "no" and Mexico abstaining.':
            [("CHL", "no"), ("PER", "no"), ("MEX", "abstain")],
        "Chile and Peru were among those voting affirmatively.": [("CHL", "yes"), ("PER", "yes")],
        "For its part, Chile voted against.": [("CHL", "no")],
        "For years, Chile: a friend.": [],
    }
    for sentence, expected in cases.items():
        assert [(p.iso3, p.vote) for p in positions.positions(sentence)[0]] == expected, sentence


def test_a_numbered_list_one_state_a_line_under_a_heading(built_store):
    text = (CRIMEA + "Here is the list of the countries that voted against the resolution:\n\n(1) Armenia\n\n"
            "(2) Belarus\n\n3. Chile\n\nYour gift helps us keep reporting.\n\nPeru")
    got = found(text)
    assert ("position", "ARM", "A/RES/68/262", "supported", None, None) in got
    assert ("position", "BLR", "A/RES/68/262", "supported", None, None) in got
    assert ("position", "CHL", "A/RES/68/262", "contradicted", None, None) in got  # Chile voted in favour
    assert not [g for g in got if g[1] == "PER"]  # the list ended with the line that is not a state
