"""The thirty-third round, the lead: a false alarm found when the rebuilt texts were scored (issue 9).
- An exclusive list after a sentence that counts a named group's states ("… 21 EU states abstained. Only A and B
  voted against") is that group's part: it implies no count of the whole vote (`only.COUNTED_GROUP`).
Sentences are our own (never the articles')."""

from __future__ import annotations

from datetime import date

from unga import api

CHAGOS = ("By 94 votes to 15, with 65 abstentions, the Assembly in June 2017 put a request to the International Court "
          "of Justice for its advisory opinion about the Chagos Archipelago. ")
CHAGOS_DAY = date(2017, 6, 23)


def judged(text: str, published: date, kind: str) -> list[tuple]:
    return [(c["verdict"], c.get("resolution"), c["asserted"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == kind]


def test_an_exclusive_list_after_a_counted_group_implies_no_count_of_the_vote(built_store):
    text = CHAGOS + ("Britain found little backing among the 27 other EU members. Malta backed the request while 21 EU "
                     "states, France among them, abstained. Only Hungary and Croatia voted against it.")
    assert judged(text, CHAGOS_DAY, "count") == []
    assert ("supported", "A/RES/71/292", {"vote": "no"}) in judged(text, CHAGOS_DAY, "position")


def test_trap_an_exclusive_list_with_no_group_before_it_is_still_counted_and_caught(built_store):
    text = CHAGOS + "Only Hungary and Croatia voted against it."
    assert judged(text, CHAGOS_DAY, "count") == [("contradicted", "A/RES/71/292",
                                                  {"field": "no", "op": "=", "value": 2})]
