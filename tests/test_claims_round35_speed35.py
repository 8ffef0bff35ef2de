"""Thirty-fifth round, speed35: the checker's caches (docs/claims.md, "Thirty-fifth round: the time of real texts").
Each is bounded, safe from several threads, and never answers from a store that a build has replaced; the readings
it keeps are the same as those it would make again."""

from __future__ import annotations

import threading

from unga import api
from unga.claims import cues, languages, memo, names, vote_reads
from unga.store import query
from fixtures import small_sources, unxml_record, write_unxml


class Reader:
    """A stand-in for the store: roll call r has one vote per state, 'yes' for even r; counts the roll calls read."""

    def __init__(self) -> None:
        self.read: list[int] = []
        self.lock = threading.Lock()

    def __call__(self, rcids: list[int]) -> dict[int, list[tuple[str, str]]]:
        with self.lock:
            self.read += rcids
        return {r: [("FRA", "yes" if r % 2 == 0 else "no"), ("PAK", "abstain")] for r in rcids}


def test_store_votes_keep_no_more_than_their_bound():
    reader = Reader()
    votes = vote_reads.StoreVotes(reader, size=2)
    assert votes(4) == {"FRA": "yes", "PAK": "abstain"}
    votes.many([5, 6])  # 4 is the oldest of three: let go
    assert len(votes._held) == 2 and 4 not in votes._held
    votes(6)
    votes(4)
    assert reader.read == [4, 5, 6, 4]


def test_store_votes_give_each_caller_its_own_dict():
    votes = vote_reads.StoreVotes(Reader(), size=8)
    first = votes(3)
    first["FRA"] = "yes"
    assert votes(3)["FRA"] == "no"


def test_store_votes_from_eight_threads_answer_like_one():
    votes = vote_reads.StoreVotes(Reader(), size=5)  # smaller than what the threads ask for: entries come and go
    failures: list[str] = []
    start = threading.Barrier(8)

    def worker(k: int) -> None:
        start.wait()
        for i in range(300):
            rcids = [(k * 7 + i + j) % 23 for j in range(3)]
            got = votes.many(rcids)
            if any(got[r]["FRA"] != ("yes" if r % 2 == 0 else "no") for r in rcids) or list(got) != list(dict.fromkeys(rcids)):
                failures.append(f"thread {k}, call {i}: {got}")

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == [] and len(votes._held) <= 5


def test_text_votes_read_ahead_once():
    class Index:
        rcids = [10, 11, 12]

    reader = Reader()
    votes = vote_reads.TextVotes(Index(), vote_reads.StoreVotes(reader, size=8))
    votes.ahead([0, 2, 0])
    assert votes(2) == {"FRA": "yes", "PAK": "abstain"} and votes(1)["FRA"] == "no"
    assert reader.read == [10, 12, 11]


def test_a_sentence_read_again_gives_the_same_fresh_names():
    sentence = "Chile and the Philippines voted in favour, while Belarus voted against."
    first = names.mentions(sentence)
    first[0].iso3 = "XXX"
    first.append(first[0])
    again = names.mentions(sentence)
    assert [m.iso3 for m in again] == ["CHL", "PHL", "BLR"]
    assert names._mentions.cache_info().maxsize == memo.SENTENCES


def test_a_sentence_read_again_gives_the_same_vote_phrases():
    sentence = "Norway abstained and Kenya voted yes."
    first = cues.cues(sentence)
    first.clear()
    assert [c[2] for c in cues.cues(sentence)] == ["abstain", "yes"]
    assert cues._cues.cache_info().maxsize == memo.SENTENCES


def test_a_sentence_past_the_longest_is_read_but_not_held():
    sentence = "Fiji, " * (memo.LONGEST // 6) + "and Tonga voted yes."
    before = names._mentions.cache_info().currsize
    assert [m.iso3 for m in names.mentions(sentence)][-2:] == ["FJI", "TON"]
    assert names._mentions.cache_info().currsize == before


def test_language_of_spares_only_what_cannot_win():
    assert languages.language_of("The delegation of Peru said it would abstain on the draft next week.") is None
    assert languages.language_of("Francia y Chile votaron a favor de la resolución.") == "es"
    assert languages.language_of("Le Mali s'est abstenu lors du vote.") == "fr"


def test_votes_of_many_equals_votes_of_each(tmp_path, empty_home):
    api.build(small_sources(tmp_path / "sources"))
    con = api._con()
    rcids = [r for (r,) in query.rows(con, "SELECT rcid FROM roll_calls ORDER BY rcid")]
    many = query.votes_of_many(con, rcids + [10 ** 9])
    assert many == {**{r: query.votes_of(con, r) for r in rcids}, 10 ** 9: []}


def test_a_rebuilt_store_is_never_answered_from_the_votes_read_before(tmp_path, empty_home):
    sources = small_sources(tmp_path / "sources")
    api.build(sources)
    text = "On 2 March 2022 the General Assembly adopted resolution ES-11/1. Pakistan abstained."
    verdicts = lambda: [c["verdict"] for c in api.check_text(text).claims if c["kind"] == "position"]  # noqa: E731
    assert verdicts() == ["supported"]
    held = api._claim_sources()[3]
    write_unxml(sources, "ES-11.json", [
        unxml_record("A/RES/ES-11/1", "2 March 2022", ["UNITED STATES", "FRANCE", "PAKISTAN"],
                     ["RUSSIAN FEDERATION", "BELARUS"], ["INDIA", "CHINA"], "Aggression against Ukraine"),
    ])
    api.build(sources, allow_shrink=True)
    assert api._claim_sources()[3] is not held
    assert verdicts() == ["contradicted"]
