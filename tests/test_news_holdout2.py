"""The second holdout set's labels (tests/reference/news_holdout2) and how the news scorer finds it.

The texts themselves live outside the repository; these tests read only the committed labels.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_news  # noqa: E402

REFERENCE = Path(__file__).resolve().parent / "reference"
LABELS = REFERENCE / "news_holdout2" / "labels.json"


def _articles(path: Path = LABELS) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["articles"]


def test_the_second_holdout_is_big_enough_and_well_formed():
    articles = _articles()
    claims = [c for a in articles.values() for c in a["claims"]]
    assert len(articles) >= 30 and len(claims) >= 300
    assert sum(c["truth"] == "false" for c in claims) >= 4  # real reporting errors are in it
    assert {c["kind"] for c in claims} == {"tally", "count", "position"}
    for name, article in articles.items():
        assert name.startswith("g") and len(article["sha256"]) == 64 and article["url"].startswith("http")
        assert sum(c["kind"] == "position" for c in article["claims"]) <= 30, name
        for claim in article["claims"]:
            assert claim["truth"] in ("true", "false", "not_in_store")
            start, end = claim["span"]
            assert 0 <= start < end


def test_the_second_holdout_shares_no_url_with_the_other_sets():
    others = set()
    for folder in ("news_corpus", "news_holdout"):
        others |= {a["url"] for a in _articles(REFERENCE / folder / "labels.json").values()}
    shared = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if shared.exists():
        others |= {a["url"] for a in json.loads(shared.read_text())["articles"].values()}
    assert not others & {a["url"] for a in _articles().values()}


def test_known_labels_hold_the_records_truth():
    claims = {(n, c["resolution"], c.get("state"), c["kind"]): c for n, a in _articles().items() for c in a["claims"]}
    # Tuvalu voted yes on ES-10/15 (2004); a list of the six against that names it is false
    assert claims[("g23.txt", "A/RES/ES-10/15", "TUV", "position")]["truth"] == "false"
    # Ukraine did not vote on the 2018 Cuba resolution, so "abstained for a second consecutive year" is false
    assert claims[("g61.txt", "A/RES/73/8", "UKR", "position")]["truth"] == "false"
    # a committee vote is not the plenary vote: not in the record, even where the plenary vote agrees
    assert claims[("g18.txt", "A/RES/72/190", "CHN", "position")]["truth"] == "not_in_store"
    # the 2024 membership vote (ES-10/23) is missing from the record
    assert claims[("g59.txt", "A/RES/ES-10/23", "USA", "position")]["truth"] == "not_in_store"


def test_the_scorer_offers_the_second_holdout_and_skips_it_when_absent(tmp_path):
    assert bench_news.HOLDOUT2_LABELS == LABELS
    message = bench_news.load_corpus(tmp_path, LABELS, "UNGA_NEWS_HOLDOUT2 or pass --holdout2")
    assert isinstance(message, str) and "UNGA_NEWS_HOLDOUT2" in message
