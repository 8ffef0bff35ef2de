"""The news scorer (benchmarks/bench_news.py): how gold claims and the checker's claims are paired and counted.

Synthetic claims on a sentence of our own; no store is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_news  # noqa: E402

TEXT = ("URL: x | DATE: 2022-03-02 | test\n"
        "The Assembly adopted the text by 141 votes to 5, with 35 abstentions. Ruritania abstained. "
        "Elbonia voted against it. A later amendment failed 40 to 60.")


def _at(phrase: str) -> list[int]:
    start = TEXT.index(phrase)
    return [start, start + len(phrase)]


def _gold(**claim) -> dict:
    return dict(claim, loc=claim.pop("span"))


def _emitted(kind, resolution, asserted, verdict, phrase, state=None) -> dict:
    sentence = next(s for s in TEXT.split(". ") if phrase in s)
    return {"kind": kind, "resolution": resolution, "state": state, "asserted": asserted, "verdict": verdict,
            "loc": _at(sentence), "evidence": {}}


ARTICLE = bench_news.Article("t.txt", TEXT, TEXT.index("\n") + 1, None, [
    _gold(kind="tally", resolution="A/RES/ES-11/1", yes=141, no=5, abstain=35, truth="true", span=_at("141 votes")),
    _gold(kind="position", resolution="A/RES/ES-11/1", state="RUR", vote="abstain", truth="false",
          span=_at("Ruritania")),
    _gold(kind="position", resolution="A/RES/ES-11/1", state="ELB", vote="no", truth="true", span=_at("Elbonia")),
    _gold(kind="tally", resolution="A/RES/ES-11/1", yes=40, no=60, truth="not_in_store", span=_at("40 to 60")),
])


def test_pairs_by_statement_and_roll_call_and_judges_the_verdict():
    emitted = [
        _emitted("tally", "A/RES/ES-11/1", {"yes": 141, "no": 5, "abstain": 35}, "supported", "141 votes"),
        _emitted("position", "A/RES/ES-11/1", {"vote": "abstain"}, "contradicted", "Ruritania", state="RUR"),
        _emitted("position", "A/RES/ES-11/2", {"vote": "no"}, "contradicted", "Elbonia", state="ELB"),
        _emitted("tally", None, {"yes": 40, "no": 60}, "unverifiable", "40 to 60"),
    ]
    gold, out = bench_news.match(ARTICLE, emitted)
    assert [g["status"] for g in gold] == ["right", "right", "wrong roll call", "right"]
    score = bench_news.Score(1, 30, 0.01, gold, out)
    figures = bench_news.figures(score)
    assert figures["recall"] == {"n": 3, "of": 4, "value": 0.75}
    assert figures["precision"] == {"n": 3, "of": 4, "value": 0.75}
    assert figures["false_statements_caught"] == 1 and figures["false_statements"] == 1
    assert [a["claim"].split()[1] for a in figures["false_alarms"]] == ["A/RES/ES-11/2"]  # true, called contradicted


def test_a_tally_must_state_every_gold_number_and_a_misreading_is_a_false_alarm():
    emitted = [_emitted("tally", "A/RES/ES-11/1", {"yes": 141, "abstain": 35}, "supported", "141 votes"),
               _emitted("tally", "A/RES/ES-11/1", {"no": 141, "abstain": 5}, "contradicted", "141 votes")]
    gold, out = bench_news.match(ARTICLE, emitted)
    assert gold[0]["status"] == "missed"  # recall needs every number the text states
    assert [e["status"] for e in out] == ["partial", "misread"]  # the partial claim is still a correct one
    figures = bench_news.figures(bench_news.Score(1, 30, 0.0, gold, out))
    assert len(figures["false_alarms"]) == 1
    assert figures["precision"] == {"n": 1, "of": 2, "value": 0.5}


def test_positions_inside_a_list_labelled_by_sample_are_not_scored():
    article = bench_news.Article("t.txt", TEXT, ARTICLE.body_start, None, ARTICLE.gold, [_at("Elbonia voted")])
    emitted = [_emitted("position", "A/RES/ES-11/1", {"vote": "no"}, "supported", "Elbonia", state="SYL"),
               _emitted("position", "A/RES/ES-11/1", {"vote": "yes"}, "supported", "Ruritania", state="SYL")]
    _, out = bench_news.match(article, emitted)
    assert [e["status"] for e in out] == ["unscored", "unlabelled"]


def test_a_count_with_equals_pairs_with_a_one_number_tally():
    gold = _gold(kind="count", resolution="A/RES/ES-11/1", field="abstain", op="=", value=35, truth="true",
                 span=_at("35 abstentions"))
    tally = {"kind": "tally", "asserted": {"abstain": 35}}
    assert bench_news.same_statement(gold, tally)
    assert not bench_news.same_statement(gold, {"kind": "count", "asserted": {"field": "abstain", "op": ">",
                                                                             "value": 35}})


def test_quotes_with_a_cue_and_an_ellipsis_are_located():
    assert bench_news._quote_loc(TEXT, "by 141 votes … Elbonia") == [TEXT.index("by 141"), TEXT.index(" voted against")]
    assert bench_news._quote_loc(TEXT, "not in this text") is None


def test_a_gold_count_split_from_a_tally_is_found_inside_the_emitted_tally_unless_it_is_contradicted():
    article = bench_news.Article("t.txt", TEXT, TEXT.index("\n") + 1, None, [
        _gold(kind="tally", resolution="A/RES/ES-11/1", yes=141, no=5, truth="true", span=_at("141 votes")),
        _gold(kind="count", resolution="A/RES/ES-11/1", field="abstain", op="=", value=35, truth="true",
              span=_at("35 abstentions"))])
    tally = {"yes": 141, "no": 5, "abstain": 35}
    gold, _ = bench_news.match(article, [_emitted("tally", "A/RES/ES-11/1", tally, "supported", "141 votes")])
    assert [g["status"] for g in gold] == ["right", "right"] and gold[1].get("inside_tally")
    assert bench_news.figures(bench_news.Score(1, 10, 0.1, gold, []))["right_inside_a_tally"] == 1
    gold, out = bench_news.match(article, [_emitted("tally", "A/RES/ES-11/1", tally, "contradicted", "141 votes")])
    assert [g["status"] for g in gold] == ["missed", "missed"] and out[0]["status"] == "misread"  # every number true
    gold, _ = bench_news.match(article, [_emitted("tally", "A/RES/ES-11/2", tally, "supported", "141 votes")])
    assert gold[1]["status"] == "missed"  # another roll call: not found


def test_a_false_count_split_from_a_tally_is_caught_inside_a_contradicted_tally_only_where_the_record_differs():
    article = bench_news.Article("t.txt", TEXT, TEXT.index("\n") + 1, None, [
        _gold(kind="tally", resolution="A/RES/ES-11/1", yes=141, no=5, truth="false", span=_at("141 votes")),
        _gold(kind="count", resolution="A/RES/ES-11/1", field="abstain", op="=", value=35, truth="false",
              span=_at("35 abstentions"))])
    tally = _emitted("tally", "A/RES/ES-11/1", {"yes": 141, "no": 5, "abstain": 35}, "contradicted", "141 votes")
    tally["evidence"] = {"counts": {"yes": 141, "no": 4, "abstain": 36, "absent": 12}}
    gold, _ = bench_news.match(article, [tally])
    assert [g["status"] for g in gold] == ["right", "right"] and gold[1].get("inside_tally")
    tally["evidence"] = {"counts": {"yes": 141, "no": 4, "abstain": 35, "absent": 13}}  # the 35 is the record's
    gold, _ = bench_news.match(article, [tally])
    assert gold[1]["status"] == "missed"
    tally["evidence"] = {}  # no record counts given: the verdict alone does not say which number is wrong
    gold, _ = bench_news.match(article, [tally])
    assert gold[1]["status"] == "missed"


def test_a_contradicted_tally_pairs_with_the_false_tally_it_reads_not_with_a_true_count_of_one_of_its_numbers():
    text = ("URL: x | DATE: 2022-10-12 | test\n"
            "Ruritania and 142 others backed it. The text passed with 143 votes, 15 abstentions and 5 against.")
    at = lambda phrase: [text.index(phrase), text.index(phrase) + len(phrase)]  # noqa: E731
    article = bench_news.Article("t.txt", text, text.index("\n") + 1, None, [
        _gold(kind="count", resolution="A/RES/ES-11/4", field="yes", op="=", value=143, truth="true",
              span=at("Ruritania and 142 others")),
        _gold(kind="tally", resolution="A/RES/ES-11/4", yes=143, abstain=15, no=5, truth="false",
              span=at("143 votes, 15 abstentions and 5 against"))])
    sentence = at("The text passed with 143 votes, 15 abstentions and 5 against")
    read_in_part = {"kind": "tally", "resolution": "A/RES/ES-11/4", "state": None, "verdict": "contradicted",
                    "asserted": {"yes": 143, "abstain": 15}, "loc": sentence, "evidence": {}}
    gold, out = bench_news.match(article, [read_in_part])
    assert [g["status"] for g in gold] == ["missed", "right"]  # the false tally caught, though its 5 went unread
    figures = bench_news.figures(bench_news.Score(1, 20, 0.01, gold, out))
    assert figures["false_alarms"] == [] and figures["false_statements_caught"] == 1
