"""The thirty-third round, the lead: two false alarms found when the rebuilt texts were scored (issue 9).
- An exclusive list after a sentence that counts a named group's states ("… 21 EU states abstained. Only A and B
  voted against") is that group's part: it implies no count of the whole vote (`only.COUNTED_GROUP`).
- A count whose sentence, or whose neighbour's, holds a number it did not read ("A and 157 others voted for it")
  gives no fingerprint across sentences: the tally is told there in part (`widen._unread_number`).
Sentences are our own (never the articles')."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import extract, widen

CHAGOS = ("In June 2017 the General Assembly asked the International Court of Justice for an advisory opinion on the "
          "Chagos Archipelago by 94 votes to 15, with 65 abstentions. ")
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


def count(sentence: str, index: int, field: str, value: int) -> extract.Claim:
    return extract.Claim("count", sentence, (0, len(sentence)), {"field": field, "op": "=", "value": value},
                         sentence=index)


def test_counts_beside_an_unread_number_take_no_fingerprint_across_sentences():
    # "France and 157 others" left unread (as it is in some languages): the 9 and the next sentence's 13 would fit a
    # vote of 132-9-13 and leave out the 158
    told_in_part = count("France and 157 other states voted for it, 9 against, the United States among them.", 1,
                         "no", 9)
    after = count("A further 13 abstained.", 2, "abstain", 13)
    assert widen.told_across(after, [told_in_part, after]) == {}
    assert widen.told_across(told_in_part, [told_in_part, after]) == {}


def test_trap_a_tally_told_across_two_sentences_still_gives_its_fingerprint():
    yes = count("The draft drew 132 votes in favour.", 1, "yes", 132)
    no = count("Nine states voted against it.", 2, "no", 9)
    assert widen.told_across(no, [yes, no]) == {"yes": 132}
    assert widen.told_across(yes, [yes, no]) == {"no": 9}
