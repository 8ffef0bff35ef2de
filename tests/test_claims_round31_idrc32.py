"""Thirty-first round, holdout32's wrong roll calls (branch idrc32): a day written with a month's abbreviation, the
day of a resolution a text only cites, an amendment conceded, and another body's assembly. Sentences are our own."""

from __future__ import annotations

from datetime import date

from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import calendars, clues, scope

STATES = ["UNITED STATES", "FRANCE", "JAPAN", "BRAZIL", "MALI", "CUBA", "INDIA", "CHINA", "ISRAEL", "CHILE"]


def _positions(text: str, published) -> set[tuple]:
    return {(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


def _series_store(folder, symbols_and_days: list[tuple[str, str]], title: str):
    """Votes of one series, under one title: Japan and Israel against, Brazil abstaining, the others for."""
    write_unxml(folder, "votes.json", [
        unxml_record(symbol, day, [s for s in STATES if s not in ("JAPAN", "ISRAEL", "BRAZIL")], ["JAPAN", "ISRAEL"],
                     ["BRAZIL"], title) for symbol, day in symbols_and_days])
    api.build(folder)


def test_a_day_written_with_an_abbreviated_month_is_a_day_the_text_names():
    assert clues.read_context("The vote was held on Dec. 18, 2008, in New York.", None).days == [date(2008, 12, 18)]
    assert clues.read_context("It passed on 7 Sept. 2019.", None).days == [date(2019, 9, 7)]
    assert clues.read_context("On Thursday (Nov. 7), the text passed.", None).month_days == [(11, 7)]
    # a dateline's day stays read with the month's full name only: "Channel X, 1 Dec 2012" on a page dated to the
    # month made its publication day, and the day before it (the day's other votes) outscored the vote two days before
    assert calendars.dateline("Wire, 1 Dec 2012. The Assembly voted.") is None
    assert calendars.dateline("Wire, 1 December 2012. The Assembly voted.") == date(2012, 12, 1)
    # traps: a lower-case word that is also an abbreviation ("mar", "dec") is no month
    assert clues.read_context("the ships at sea mar 3 beaches", None).month_days == []


def test_an_abbreviated_day_places_a_vote_of_a_text_dated_to_the_month(empty_home, tmp_path):
    _series_store(tmp_path / "sources", [("A/RES/47/19", "24 November 1992"), ("A/RES/74/7", "7 November 2019")],
                  "Necessity of ending the embargo against Cuba")
    text = ("On Thursday (Nov. 7), Japan voted against the resolution on ending the embargo against Cuba. "
            "The Assembly first voted on the embargo in 1992.")
    assert _positions(text, calendars.Month(2019, 11)) == {("JPN", "A/RES/74/7", "supported")}


def test_the_day_of_a_resolution_a_text_only_cites_is_no_day_of_its_votes():
    assert clues.read_context("The draft reaffirms resolution 62/149 of 18 December 2007 in full.",
                                 None).days == []
    assert clues.read_context("Recalling resolution 377 (V) of 3 November 1950, the states voted.", None).days == []
    # traps: a resolution adopted on the day named, and a day after a referring word with no resolution cited
    assert clues.read_context("The Assembly adopted resolution 62/149 of 18 December 2007 by 104 votes.",
                                 None).days == [date(2007, 12, 18)]
    assert clues.read_context("The vote, held under pressure on 18 December 2007, went 104 to 54.",
                                 None).days == [date(2007, 12, 18)]


def test_a_text_citing_the_first_vote_of_its_series_keeps_its_own_days_vote(empty_home, tmp_path):
    _series_store(tmp_path / "sources", [("A/RES/62/149", "18 December 2007"), ("A/RES/65/206", "21 December 2010")],
                  "Moratorium on the use of the death penalty")
    text = ("The Assembly adopted its third text on a moratorium on the death penalty. It reaffirms resolution 62/149 "
            "of 18 December 2007 on the moratorium. Japan again voted against this third resolution on the death "
            "penalty.")
    assert _positions(text, date(2010, 12, 21)) == {("JPN", "A/RES/65/206", "supported")}


def test_an_amendment_conceded_leaves_the_sentences_vote_the_texts():
    assert scope.scope_of("Japan and Israel opposed the text despite an added amendment on the war.") == "assembly"
    assert scope.scope_of("Several states backed it even after two amendments were rejected.") == "assembly"
    # traps: a vote on the amendment itself stays procedural
    assert scope.scope_of("The amendment was rejected by 50 votes to 60.") == "procedural"
    assert scope.scope_of("Japan voted against the amendment despite its new wording.") == "procedural"


def test_the_votes_on_a_texts_parts_are_paragraph_votes():
    # a day now read in the agencies' style ("NEW YORK, Nov. 3.") must not put a part's tally on the whole text's vote
    assert scope.scope_of("The votes on other sections of the new security plan were as follows.") == "procedural"
    assert scope.scope_of("In the voting on parts of the draft, the preamble passed 50 to 2.") == "procedural"
    # traps: a separate vote on another resolution, and a text's section named without a vote on it
    assert scope.scope_of("In a separate vote, the Assembly adopted the second text by 120 to 5.") == "assembly"
    assert scope.scope_of("Its last section asks the Secretary-General to report; it passed 120 to 5.") == "assembly"


def test_another_bodys_assembly_is_not_the_general_assembly():
    for sentence in ("At the Interpol General Assembly, 80 countries voted in favour of the new member.",
                     "The General Assembly of the Organization of American States adopted a text by 20 votes.",
                     "The country's National Assembly voted 120 to 3 to approve the treaty.",
                     "The OAS General Assembly approved the declaration by 22 votes."):
        assert scope.scope_of(sentence) == "other body", sentence
        assert not scope.names_the_assembly(sentence)
    # traps: the United Nations' own Assembly however it is written
    for sentence in ("The UN General Assembly voted 141 to 5.", "The United Nations General Assembly adopted it.",
                     "The December General Assembly vote was 120 to 10.", "The Assembly voted 100 to 2.",
                     "The General Assembly of the United Nations passed it by 100 votes.",
                     "The Seventy-fifth General Assembly voted 120 to 3.", "The 193-member General Assembly voted 143 to 5.",
                     "In General Assembly resolution 377, the states agreed."):
        assert scope.scope_of(sentence) == "assembly", sentence
        assert scope.names_the_assembly(sentence), sentence
    # a national assembly named without its vote does not move the Assembly's own vote
    assert scope.scope_of("Kenya, whose National Assembly met on Monday, voted for the General Assembly's text.") \
        == "assembly"


def test_a_text_of_another_assemblys_vote_is_held_whole():
    sentences = ["The police organisation admitted a new member on Wednesday.",
                 "In a secret ballot, 80 countries voted in favour and 20 against.",
                 "The Interpol General Assembly has also approved a motion on later bids."]
    assert scope.council_text(sentences)
    sentences = ["The regional body's Permanent Council of the Organization of States approved a resolution.",
                 "It passed with 18 votes in favour and 9 against.",
                 "It accepted an envoy of the country's National Assembly."]
    assert not scope.council_text(sentences)  # "The regional body's …" is no council as the sentence's subject
    sentences[0] = "The Permanent Council of the OAS (the Organization of American States) on Friday passed a motion."
    assert scope.council_text(sentences)
    # trap: a text that also names the UN General Assembly is not held whole
    assert not scope.council_text(sentences + ["The UN General Assembly will take the matter up next."])


def test_an_interpol_vote_is_not_placed_on_an_assembly_roll_call(empty_home, tmp_path):
    _series_store(tmp_path / "sources", [("A/RES/72/1", "20 September 2017")], "Admission of Palestine to the police")
    text = ("The police organisation admitted Palestine on Wednesday. Japan and Israel voted against its admission. "
            "In a secret ballot, 80 countries voted in favour of adding Palestine and 20 opposed. "
            "The Interpol General Assembly also adopted a text on future applications.")
    assert {r for _, r, _ in _positions(text, date(2017, 9, 28))} == {None}


def test_the_year_of_a_cited_resolution_is_no_time_of_the_next_sentence(empty_home, tmp_path):
    _series_store(tmp_path / "sources", [("A/RES/77/7", "3 November 2022"), ("A/RES/78/7", "2 November 2023")],
                  "Necessity of ending the embargo against Cuba")
    text = ("The General Assembly adopted its resolution on ending the embargo against Cuba today. The new text "
            "reaffirms resolution 77/7 of 3 November 2022. Japan and Israel voted against this new resolution.")
    assert _positions(text, date(2023, 11, 2)) == {("JPN", "A/RES/78/7", "supported"),
                                                    ("ISR", "A/RES/78/7", "supported")}
    # trap: a year the sentence before gives to a vote it tells is still the next sentence's time
    text = ("The General Assembly adopted its resolution on ending the embargo against Cuba today. In 2022, the "
            "Assembly adopted a text on ending the embargo against Cuba by 185 votes. Japan and Israel voted against.")
    assert {r for _, r, _ in _positions(text, date(2023, 11, 2))} == {"A/RES/77/7"}
