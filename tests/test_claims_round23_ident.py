"""Twenty-third round, identification (issue 9, branch ident8): the time a sentence takes from the one before it, and
each part of a contrast keeping its own body. Sentences are our own; the record is the real one (built_store).

The record used: A/RES/69/5 of 28 October 2014 and A/RES/70/5 of 27 October 2015, the yearly call to end the embargo
against Cuba (188-2-3 and 191-2-0: the United States and Israel against both years; the Marshall Islands, Micronesia
and Palau abstaining in 2014 and voting in favour in 2015)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import when


def placed(text: str, published: date | None = None) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_last_year_opening_the_sentence_tells_last_year_s_vote():
    assert when._last_year_told("Last year, 188 members backed the call.")
    assert when._last_year_told("In last year's vote, 188 members backed the call.")
    # a comparison that closes the clause, or a second time, tells this year's vote
    assert not when._last_year_told("This time 191 members backed the call, up from 188 last year.")
    assert not when._last_year_told("The call was backed by 191 members, three more than last year.")
    assert not when._last_year_told("Last year two abstained, while this year none did.")


EMBARGO = ("For the twenty-fourth year the General Assembly called for the end of the embargo on Cuba, and 191 of its "
           "193 members voted in favour. {before} While Washington and Israel voted against it, three Pacific states, "
           "Palau, Micronesia and the Marshall Islands, abstained.")
DAY_AFTER = date(2015, 10, 28)


def test_a_sentence_after_last_year_s_count_is_about_last_year_s_vote(built_store):
    # "Last year, 188 …" tells of 2014's vote; the sentence after it, with no time of its own, speaks of that vote too
    # (its abstainers abstained in 2014 and voted yes in 2015), though the text's 191 pins this year's vote down
    out = placed(EMBARGO.format(before="Last year, 188 members voted for the same call."), DAY_AFTER)
    for state in ("PLW", "FSM", "MHL"):
        assert ("position", state, "A/RES/69/5", "supported") in out
        assert ("position", state, "A/RES/70/5", "contradicted") not in out
    assert ("position", "USA", "A/RES/69/5", "supported") in out


def test_trap_last_year_as_a_comparison_lends_no_time(built_store):
    # "up from 188 last year" compares: the sentence after it is this year's vote, as before (where the three
    # Pacific states voted yes: their abstention is called false there)
    for before in ("The support grew, up from 188 last year.", "That was three votes more than last year."):
        out = placed(EMBARGO.format(before=before), DAY_AFTER)
        assert not any(res == "A/RES/69/5" and kind == "position" for kind, _, res, _ in out)
        assert ("position", "PLW", "A/RES/70/5", "contradicted") in out


def test_one_contrast_check_gives_each_part_its_body():
    # the two contrast checks of clause_scope folded into one: each part of a sentence a contrast divides has its own
    # body, the relative clauses blanked first (offsets kept)
    from unga.claims.scope import clause_scope, scope_of

    sentence = ("When the Security Council took up the draft in February, Kenya abstained, but in the General Assembly "
                "a week later Kenya, which had spoken for the text, voted in favour.")
    scope = scope_of(sentence)
    assert scope == "assembly"
    assert clause_scope(sentence, sentence.index("abstained"), scope) == "other body"
    assert clause_scope(sentence, sentence.index("voted in favour"), scope) == "assembly"
    assert clause_scope(sentence, -1, scope) == "assembly"
    after = "Kenya voted in favour in the General Assembly; in the Security Council, Kenya had voted against"
    assert clause_scope(after, after.index("had voted against"), scope_of(after)) == "other body"
    assert clause_scope(after, after.index("voted in favour"), scope_of(after)) == "assembly"
