"""Other bodies' votes and yearless dates kept off the Assembly's roll calls (branch bodies; fahunt14's misreadings,
tests/reference/news_fahunt14/README.md): a council named as the subject of the sentence before the vote, a council's
text told in the passive, the former Commission on Human Rights, an Assembly vote only foretold inside a committee's
stretch, and a day and month without a year in a text that names another year. Each beside an Assembly claim of the
same form, which is kept. Sentences are our own (never the articles').

The record used: A/RES/499(V) of 20 March 1951 (place of meeting of the sixth session, 24-17-12)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import scope


def verdicts(text: str, published: date | None = None) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["asserted"], c["resolution"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


# --- a council named as the subject of the sentence before: the next sentence's tally is the council's ---

def test_a_councils_tally_told_after_the_sentence_naming_it_is_held(built_store):
    text = ("The Economic and Social Council this week chose members for several organs and passed a batch of "
            "decisions. Carried with 24 votes in favour, 17 against and 12 abstentions, one decision "
            "gave status to nine groups.")
    assert verdicts(text) == [("unverifiable", "tally", {"yes": 24, "no": 17, "abstain": 12}, None)]


def test_the_same_tally_after_a_sentence_on_the_assembly_is_still_placed(built_store):
    text = ("The General Assembly met in 1951 to choose where its next session would sit. Carried with 24 "
            "votes in favour, 17 against and 12 abstentions, the text settled the matter.")
    assert verdicts(text) == [("supported", "tally", {"yes": 24, "no": 17, "abstain": 12}, "A/RES/499(V)")]


def test_a_council_as_a_sentences_subject_makes_a_council_text():
    assert scope.council_text(["The Economic and Social Council this week chose members for seven organs and passed "
                               "a batch of decisions.", "Nine groups were given status."])
    assert scope.council_text(["The Human Rights Commission in Geneva blocked the text on the country.",
                               "Eleven states abstained."])


def test_trap_a_vote_to_suspend_a_state_from_the_council_is_no_council_text():
    assert not scope.council_text(["93 states voted to suspend Russia's seat on the Human Rights Council.",
                                   "24 voted against and 58 abstained."])


# --- a council's text passed, told in the passive ---

def test_a_text_of_the_council_was_passed_is_the_councils_vote():
    assert scope.scope_of("The text tabled at the close of the session of the Human Rights Council in Geneva was "
                          "passed by 20 votes.") == "other body"
    assert scope.council_text(["The text tabled at the session of the Human Rights Council was passed.",
                               "Twenty countries abstained."])


def test_trap_a_resolution_suspending_a_state_from_the_council_is_the_assemblys():
    sentence = "The resolution suspending Russia's seat on the Human Rights Council was adopted by 93 votes to 24."
    assert scope.scope_of(sentence) == "assembly"
    assert not scope.council_text([sentence])


# --- the former Commission on Human Rights ---

def test_a_vote_in_the_commissions_meeting_is_another_bodys():
    assert scope.scope_of("Twelve states abstained in the vote, which came during the commission's annual "
                          "meeting.") == "other body"
    assert scope.scope_of("In the Commission on Human Rights, twelve states abstained.") == "other body"


def test_trap_a_council_that_replaced_the_commission_is_no_commission_vote():
    assert scope.scope_of("The Human Rights Council, which replaced the Commission on Human Rights, was created by "
                          "a vote of 170 to 4.") == "assembly"


# --- an Assembly vote foretold does not end a committee's stretch ---

def test_an_assembly_vote_foretold_keeps_the_narration_in_the_committee():
    sentences = ["The U.N. First Committee on Thursday backed a text on disarmament.",
                 "The General Assembly is expected to take the text up next month.",
                 "In all, 160 states backed it."]
    assert scope.in_committee(sentences, set()) == {0, 1, 2}
    for foretold in ("The General Assembly will consider it in December.",
                     "The Assembly would take it up later in the year."):
        assert scope.in_committee([sentences[0], foretold, sentences[2]], set()) == {0, 1, 2}


def test_trap_an_assembly_that_voted_still_ends_the_committees_stretch():
    sentences = ["The U.N. First Committee on Thursday backed a text on disarmament.",
                 "The General Assembly adopted it a month later.",
                 "In all, 160 states backed it."]
    assert scope.in_committee(sentences, set()) == {0}
    able = [sentences[0], "The General Assembly was able to adopt it a month later.", sentences[2]]
    assert scope.in_committee(able, set()) == {0}


# --- a day and month without a year ---

def test_a_yearless_day_in_a_text_naming_another_year_is_no_vote_decades_off(built_store):
    text = "The board met in 1990. The vote came on March 20. Seventeen countries voted against it."
    assert verdicts(text) == [("unverifiable", "count", {"field": "no", "op": "=", "value": 17}, None)]


def test_the_same_yearless_day_in_a_text_of_the_votes_year_is_placed(built_store):
    text = "The vote came on March 20. Seventeen countries voted against it."
    assert verdicts(text, date(1951, 3, 22)) == [("supported", "count", {"field": "no", "op": "=", "value": 17},
                                                  "A/RES/499(V)")]
