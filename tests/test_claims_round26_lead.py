"""Twenty-sixth round (issue 9, the lead): a council's vote told with where or when between the council and its verb
is that council's; a clause's own words between them are not (sentences of our own)."""
import pytest

from unga.claims import scope


@pytest.mark.parametrize("sentence", [
    "The Human Rights Council in Geneva adopted a text on Burundi by 21 votes to 9.",
    "The Human Rights Council in Geneva on Friday adopted a text on Burundi.",
    "The UN Human Rights Council on Thursday has adopted a text on Eritrea.",
])
def test_a_council_with_where_or_when_before_its_verb_is_another_body(sentence):
    assert scope.scope_of(sentence) == "other body"
    assert scope.council_text([sentence, "Fiji and Peru were among the 9 that voted no."])


@pytest.mark.parametrize("sentence", [
    "Russia lost its Human Rights Council seat once 93 states voted for it.",
    "The General Assembly voted to elect Fiji to a Human Rights Council seat.",
])
def test_trap_a_clause_between_the_council_and_a_verb_keeps_the_assembly(sentence):
    assert scope.scope_of(sentence) == "assembly"
    assert not scope.council_text([sentence])
