"""restore_texts.py rebuilds a lost labelled text from a saved excerpt: which passages were kept, how long the
header was, and whether the rebuilt file is the lost one (sha256). Sentences are our own."""

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "reference" / "news_corpus"))
import restore_texts  # noqa: E402

URL = "https://example.org/news/assembly-vote"
EXCERPT = ("Assembly backs the text\n"
           "Menu Home Sport Weather\n"
           "The resolution passed 120 to 9, with 30 abstentions.\n"
           "Norway and Chile voted in favour while Ghana abstained.\n"
           "Subscribe to our newsletter.\n")


def _lost(site: str, keep: list[int]) -> str:
    lines = EXCERPT.splitlines(keepends=True)
    return f"URL: {URL} | DATE: 2020-01-01 | {site}\n" + "".join(lines[i] for i in keep).rstrip() + "\n"


def _entry(lost: str) -> dict:
    def span(phrase: str) -> list[int]:
        at = lost.index(phrase)
        return [at, at + len(phrase)]
    claims = [{"kind": "tally", "yes": 120, "no": 9, "abstain": 30, "span": span("120 to 9, with 30 abstentions")},
              {"kind": "position", "state": "NOR", "vote": "yes", "span": span("Norway")},
              {"kind": "position", "state": "CHL", "vote": "yes", "span": span("Chile")},
              {"kind": "position", "state": "GHA", "vote": "abstain", "span": span("Ghana")}]
    return {"url": URL, "date": "2020-01-01", "sha256": hashlib.sha256(lost.encode()).hexdigest(), "claims": claims}


def test_a_cut_excerpt_with_the_host_as_site_is_rebuilt_exactly():
    lost = _lost("example.org", [0, 2, 3])  # the menu and the newsletter line were cut
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", _entry(lost), " " + EXCERPT)
    assert (status, text, moved) == ("exact", lost, None)


def test_an_unknown_site_gives_a_text_whose_moved_spans_name_the_same_words():
    lost = _lost("The Evening Chronicle of Somewhere", [0, 2, 3])
    entry = _entry(lost)
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, EXCERPT)
    assert status.startswith("aligned: 4 of 4 spans fit")
    for claim in entry["claims"]:
        a, b = claim["span"]
        assert text[a + moved["shift"]:b + moved["shift"]] == lost[a:b]


def test_another_page_fails_and_writes_nothing():
    entry = _entry(_lost("example.org", [0, 2, 3]))
    status, text, _ = restore_texts.restore("corpus", "zz99.txt", entry, "An unrelated page about the weather.\n")
    assert status.startswith("failed") and text is None


def test_digits_of_any_script_are_read_as_numbers():
    claim = {"kind": "tally", "yes": 120, "no": 9}
    assert restore_texts.says(claim, "১২০ পক্ষে, ৯ বিপক্ষে", every_number=True)  # Bengali digits


def test_a_word_of_a_script_without_capitals_is_name_shaped():
    text = "ভারত ও নেপাল"
    assert restore_texts.name_shaped(text, 0, 4)
    assert not restore_texts.name_shaped(text, 0, 3)  # cuts the word
    assert not restore_texts.name_shaped("voted by india", 9, 14)
