"""Nineteenth round, the lead's review: a two-letter code that is also another state's initials names neither state.
"SA" is Saudi Arabia's ISO code and how South African papers write South Africa; "SL" is Sierra Leone's code and Sri
Lanka's initials. Read as the code, "SA abstained" was judged as Saudi Arabia's vote. Sentences are our own; the record
is the real one (built_store): on A/RES/ES-11/1 (2 March 2022, 141-5-35) Saudi Arabia and Sierra Leone voted yes,
South Africa and Sri Lanka abstained."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import names
from tests.fixtures import ES11_1_LEAD


def states_judged(text: str) -> dict[str, str]:
    out = api.check_text(ES11_1_LEAD + text, published=date(2022, 3, 3)).claims
    return {c["state"]: c["verdict"] for c in out if c["kind"] == "position"}


def test_the_ambiguous_codes_are_those_that_are_also_another_states_initials():
    codes = names.ambiguous_codes()
    assert {"SA", "SL", "SK"} <= codes
    assert not {"US", "NZ", "CR"} & codes  # the United States', New Zealand's, Costa Rica's own initials


def test_initials_shared_with_another_states_code_name_neither(built_store):
    # was: SA read as Saudi Arabia (yes) and called contradicted; SL as Sierra Leone (yes), likewise
    assert states_judged("SA abstained, and so did SL.") == {}
    assert states_judged("The SA government abstained.") == {}


def test_a_code_of_no_other_state_and_the_full_names_are_still_read(built_store):
    out = states_judged("South Africa and Sri Lanka abstained, and NZ voted in favour.")
    assert out == {"ZAF": "supported", "LKA": "supported", "NZL": "supported"}
