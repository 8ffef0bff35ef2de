"""Twenty-ninth round, holdout30's wrong roll calls (branch idrc30): a resolution a text names only as the one its
vote refers to ("repealing Resolution 3379", "in conformity with resolution 1514 (XV)") is not the vote its claims
are about. Sentences are our own."""

from __future__ import annotations

from datetime import date

from unga.claims import cited, identify


def test_a_bare_number_the_vote_repeals_is_not_the_texts_resolution():
    text = ("The Assembly voted on Monday to repeal an old text on racism.\n\n"
            "Support for repealing Resolution 3379 came from every region. Four Gulf states stayed away.")
    assert identify.read_context(text, date(1991, 12, 17)).bare == ()
    # trap: the resolution the sentence reports by its bare number is still the text's own
    assert identify.read_context("Sweden voted in favour of Resolution 3379 in 1975.", date(2009, 11, 9)).bare \
        == ((3379, None),)


def test_a_resolution_the_vote_conforms_to_is_not_the_vote():
    assert cited.symbols_in("The committee adopted a text on the island, in conformity with the 1960 General "
                            "Assembly resolution 1514 (XV), by 12 votes to none.") == []
    assert cited.symbols_in("It acted in accordance with resolution 2625 (XXV) when it voted.") == []
    # trap: the resolution the sentence reports is still its vote
    assert cited.symbols_in("The Assembly adopted resolution 1514 (XV) by 89 votes to none.") == ["A/RES/1514(XV)"]


def test_a_symbol_in_brackets_after_the_resolution_its_sentence_describes():
    assert cited.bracketed_symbols("On a text about fishing on the high seas (61/105), only one state voted no.") \
        == ["A/RES/61/105"]
    # traps: a bracketed pair with no resolution named before it may be a day; one the vote recalls is not the vote;
    # and the text's other sentences never borrow it (symbols_in, read by read_context, does not hold it)
    assert cited.bracketed_symbols("The session closed late (30/11) and the hall emptied.") == []
    assert cited.bracketed_symbols("The draft was in conformity with an earlier text (68/262).") == []
    assert cited.symbols_in("The earlier resolution (68/262) was adopted in 2014.") == []
