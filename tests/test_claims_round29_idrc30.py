"""Twenty-ninth round, holdout30's wrong roll calls (branch idrc30): a resolution a text names only as the one its
vote refers to ("repealing Resolution 3379", "in conformity with resolution 1514 (XV)") is not the vote its claims
are about. Sentences are our own."""

from __future__ import annotations

from datetime import date

from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import cited, clues, extract, ties


def test_a_bare_number_the_vote_repeals_is_not_the_texts_resolution():
    text = ("The Assembly voted on Monday to repeal an old text on racism.\n\n"
            "Support for repealing Resolution 3379 came from every region. Four Gulf states stayed away.")
    assert clues.read_context(text, date(1991, 12, 17)).bare == ()
    # trap: the resolution the sentence reports by its bare number is still the text's own
    assert clues.read_context("Sweden voted in favour of Resolution 3379 in 1975.", date(2009, 11, 9)).bare \
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



class _TwoVotes:
    """Two same-day votes (rows 1 and 2) of 6-4-2 and 4-6-2, as identify.Index answers for them."""
    counts = {1: {"yes": 6, "no": 4, "abstain": 2}, 2: {"yes": 4, "no": 6, "abstain": 2}}

    def agrees_all(self, row, numbers):
        return all(self.counts[row].get(k) == v for k, v in numbers.items())

    def topic(self, row, words):
        return 0.0  # the sentences name no title word


def _claims(next_sentence: str, numbers: dict) -> list:
    said = "Israel voted no today on a resolution that would have seated another delegation."
    return [extract.Claim("position", said, (0, len(said)), {"vote": "no"}, state="ISR", sentence=0),
            extract.Claim("tally", next_sentence, (0, len(next_sentence)), numbers, sentence=1)]


def test_a_tie_of_one_day_broken_by_the_tally_of_the_next_sentence_that_names_the_resolution():
    claims = _claims("The resolution received 4 votes in favour, 6 against and 2 abstentions.",
                     {"yes": 4, "no": 6, "abstain": 2})
    assert ties.decide(_TwoVotes(), claims[0], [1, 2], claims, [None, 2], lambda n: n, lambda r: {}) == 2
    assert claims[0].notes[-1].endswith("the tally of the next sentence, which names the same resolution")
    # traps: a next sentence that does not name the resolution again, or whose numbers fit neither vote, tells
    # nothing (the claim stays "could be A or B")
    for sentence, numbers in (("Another vote received 4 votes in favour, 6 against and 2 abstentions.",
                               {"yes": 4, "no": 6, "abstain": 2}),
                              ("The resolution received 5 votes in favour, 5 against and 2 abstentions.",
                               {"yes": 5, "no": 5, "abstain": 2})):
        claims = _claims(sentence, numbers)
        assert ties._by_next(_TwoVotes(), claims[0], [1, 2], claims, [None, None], lambda n: 0) in (None, ties.NONE)


def _two_subjects(folder):
    """Two votes of one day: human rights in Myanmar (France voted yes) and in Crimea (France voted no)."""
    states = ["UNITED STATES", "JAPAN", "BRAZIL", "INDIA", "CHINA", "CUBA", "ISRAEL", "MALI", "CHILE"]
    # each adopted by more yes than no: a count that cannot adopt keeps no number (store.kinds.failed_adoptions)
    write_unxml(folder, "73.json", [
        unxml_record("A/RES/73/264", "22 December 2018", states[:6] + ["FRANCE"], states[6:], [],
                     "Situation of human rights in Myanmar"),
        unxml_record("A/RES/73/263", "22 December 2018", states[:7], states[7:] + ["FRANCE"], [],
                     "Situation of human rights in the Autonomous Republic of Crimea, Ukraine"),
    ])
    api.build(folder)


def _placed(text: str) -> set[tuple]:
    return {(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=date(2018, 12, 23)).claims
            if c["kind"] == "position"}


MYANMAR = ("Human rights in Myanmar were the subject of the Assembly's vote yesterday, and the rights of the "
           "Rohingya people in Myanmar were its centre. ")


def test_a_sentence_that_names_the_subject_of_another_vote_of_those_days_moves_there(empty_home, tmp_path):
    _two_subjects(tmp_path / "sources")
    assert _placed(MYANMAR + "But Paris also voted against a resolution on human rights abuses in Crimea.") == {
        ("FRA", "A/RES/73/263", "supported")}
    # traps: a sentence on the text's own subject stays; a state named as the voter names no subject
    assert _placed(MYANMAR + "France voted for the resolution on the rights of people in Myanmar.") == {
        ("FRA", "A/RES/73/264", "supported")}
    assert _placed(MYANMAR + "Ukraine voted for it.") != {("UKR", "A/RES/73/263", "supported")}


def test_a_subject_named_never_makes_a_contradiction(empty_home, tmp_path):
    _two_subjects(tmp_path / "sources")
    got = _placed(MYANMAR + "But Paris also voted for a resolution on human rights abuses in Crimea.")
    assert got == {("FRA", "A/RES/73/263", "unverifiable")}


def test_the_subjects_a_sentence_must_name():
    from unga.claims import named_subject
    said = {frozenset(s) for s, _ in named_subject.subjects()}
    assert frozenset({"crimea"}) in said and frozenset({"death", "penalt"}) in said
    # traps: a state's name is no subject (named as voter or bystander), nor is one word of a two-word subject
    assert frozenset({"israel"}) not in said and frozenset({"death"}) not in said
