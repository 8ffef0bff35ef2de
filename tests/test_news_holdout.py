"""The holdout set's labels (tests/reference/news_holdout) and how the news scorer loads a third set.

The texts themselves live outside the repository; these tests read only the committed labels and texts of our own.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_news  # noqa: E402

LABELS = Path(__file__).resolve().parent / "reference" / "news_holdout" / "labels.json"


def _articles() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))["articles"]


def test_the_holdout_is_big_enough_and_well_formed():
    articles = _articles()
    claims = [c for a in articles.values() for c in a["claims"]]
    assert len(articles) >= 25 and len(claims) >= 250
    assert sum(c["truth"] == "false" for c in claims) >= 5  # real reporting errors are in it
    for name, article in articles.items():
        assert name.startswith("h") and len(article["sha256"]) == 64 and article["url"].startswith("http")
        assert sum(c["kind"] == "position" for c in article["claims"]) <= 30, name
        for claim in article["claims"]:
            assert claim["truth"] in ("true", "false", "not_in_store")
            assert claim["kind"] in ("tally", "count", "position")
            start, end = claim["span"]
            assert 0 <= start < end


def test_the_holdout_shares_no_url_with_the_development_sets():
    root = Path(__file__).resolve().parents[1]
    corpus = json.loads((root / "tests" / "reference" / "news_corpus" / "labels.json").read_text())["articles"]
    developed = {a["url"] for a in corpus.values()}
    shared = root.parent / "shared" / "news" / "gold.json"
    if shared.exists():
        developed |= {a["url"] for a in json.loads(shared.read_text())["articles"].values()}
    assert not developed & {a["url"] for a in _articles().values()}


def test_known_labels_hold_the_records_truth():
    claims = {(n, c["kind"], c["resolution"], c.get("state")): c for n, a in _articles().items() for c in a["claims"]}
    # Canada abstained on ES-10/19; a list of the nine states against that names it is false
    assert claims[("h48.txt", "position", "A/RES/ES-10/19", "CAN")]["truth"] == "false"
    # the 1947 partition vote: 33-13 with ten abstentions, not two
    tally = claims[("h45.txt", "tally", "A/RES/181(II)[A]", None)]
    assert (tally["yes"], tally["no"], tally["abstain"], tally["truth"]) == (33, 13, 2, "false")


def test_a_missing_holdout_is_skipped_with_a_message(tmp_path):
    message = bench_news.load_corpus(tmp_path, LABELS, "UNGA_NEWS_HOLDOUT or pass --holdout")
    assert isinstance(message, str) and "UNGA_NEWS_HOLDOUT" in message


def test_a_holdout_folder_loads_with_its_spans(tmp_path):
    text = "URL: https://example.org/x | DATE: 2022-03-02 | test\nRuritania voted against the text, 141 to 5.\n"
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "h01.txt").write_text(text, encoding="utf-8")
    start = text.index("Ruritania")
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"articles": {"h01.txt": {
        "url": "https://example.org/x", "date": "2022-03-02",
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "claims": [{"kind": "position", "resolution": "A/RES/ES-11/1", "state": "RUR", "vote": "no",
                    "span": [start, start + 9], "truth": "false"}]}}}))
    [article] = bench_news.load_corpus(tmp_path, labels)
    assert article.published.isoformat() == "2022-03-02"
    assert article.text[slice(*article.gold[0]["loc"])] == "Ruritania"
