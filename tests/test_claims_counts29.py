"""Twenty-ninth round (branch counts): counts as reporters give them, in sentences of our own. An exclusive list said
with its verb first ("was only opposed by A, B and C") or by its votes ("A and B cast the only negative votes"), and
a count whose list follows the noun with no comma ("Three countries A, B and C voted against"). The record used:
A/RES/78/7 of 2 November 2023 (187-2-1; the United States and Israel against) and A/RES/61/295 of 13 September
2007 (144-4-11; Canada, the United States, Australia and New Zealand against)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import extract
from unga.claims.text import sentences

EMBARGO_2023 = "The Assembly adopted resolution 78/7 on the embargo against Cuba on 2 November 2023."
INDIGENOUS_2007 = "The Assembly adopted resolution 61/295, the declaration on the rights of indigenous peoples, " \
                  "on 13 September 2007."


def counts(text: str) -> list[dict]:
    return [c.asserted for c in extract.extract(text, sentences(text)) if c.kind == "count"]


def checked(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def no(value: int) -> dict:
    return {"field": "no", "op": "=", "value": value}


def test_an_exclusive_list_with_its_verb_first_or_said_by_its_votes_is_counted():
    assert no(3) in counts("The text was only opposed by Chad, Peru and Fiji.")
    assert no(2) in counts("It passed easily, with Chad and Peru casting the only negative votes.")
    assert no(2) in counts("Chad and Peru cast the only votes against the text.")
    assert {"field": "abstain", "op": "=", "value": 1} in counts("Fiji cast the only abstention on the text.")


def test_trap_an_exclusive_list_that_goes_on_or_is_denied_gives_no_count():
    assert counts("The text was only opposed by Chad, Peru and others.") == []
    assert counts("The text was not only opposed by Chad and Peru.") == []


def test_a_count_with_its_list_right_after_the_noun_is_read():
    assert no(3) in counts("Three countries Chad, Peru and Fiji voted against.")
    assert no(2) in counts("Two states the United States and Israel voted against.")
    assert no(3) in counts("Three nations Chad, the Marshall Islands and Fiji voted against.")


def test_trap_a_lowercase_clause_after_the_noun_is_no_list():
    assert counts("Five countries which Chad and Peru lobbied voted against it.") == []


def test_exclusive_lists_true_and_false_on_the_record(built_store):
    after = date(2023, 11, 3)
    got = checked(EMBARGO_2023 + " It was only opposed by the United States and Israel.", after)
    assert ("count", "A/RES/78/7", None, no(2), "supported") in got
    got = checked(EMBARGO_2023 + " The United States and Israel cast the only negative votes.", after)
    assert ("count", "A/RES/78/7", None, no(2), "supported") in got
    # a state that voted yes put in the exclusive list: it and the list's count are false, the others true
    got = checked(EMBARGO_2023 + " It was only opposed by the United States, Israel and Georgia.", after)
    assert ("position", "A/RES/78/7", "GEO", {"vote": "no"}, "contradicted") in got
    assert ("count", "A/RES/78/7", None, no(3), "contradicted") in got
    assert ("position", "A/RES/78/7", "USA", {"vote": "no"}, "supported") in got


def test_a_count_with_its_bare_list_true_and_false_on_the_record(built_store):
    after = date(2007, 9, 14)
    got = checked(INDIGENOUS_2007 + " Four countries Canada, the United States, Australia and New Zealand voted "
                                    "against.", after)
    assert ("count", "A/RES/61/295", None, no(4), "supported") in got
    got = checked(INDIGENOUS_2007 + " Five countries Canada, the United States, Australia and New Zealand voted "
                                    "against.", after)
    assert ("count", "A/RES/61/295", None, no(5), "contradicted") in got
    assert all(g[4] == "supported" for g in got if g[0] == "position")
