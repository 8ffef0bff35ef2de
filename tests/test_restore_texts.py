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


def test_spans_that_fit_a_few_characters_off_are_placed_on_word_edges():
    # each tally's numbers also "fit" five characters on (the next tally starts there), where the header guess
    # (the host, five characters shorter than the lost site) would put them
    body = ("Three texts were voted on.\n"
            "They passed 61 to 5, with 33 abstentions; 45 to 3, with 49 abstentions; "
            "and 60 to 16, with 23 abstentions, all on one day.\n")
    lost = f"URL: {URL} | DATE: 2020-01-01 | example.org (US)\n" + body

    def tally(yes: int, no: int, abstain: int) -> dict:
        phrase = f"{yes} to {no}, with {abstain} abstentions"
        at = lost.index(phrase)
        return {"kind": "tally", "yes": yes, "no": no, "abstain": abstain, "span": [at, at + len(phrase)]}
    entry = {"url": URL, "date": "2020-01-01", "sha256": "0" * 64,
             "claims": [tally(61, 5, 33), tally(45, 3, 49), tally(60, 16, 23)]}
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, body)
    assert status.startswith("aligned: 3 of 3 spans fit")
    for claim in entry["claims"]:
        a, b = claim["span"]
        assert text[a + moved["shift"]:b + moved["shift"]] == lost[a:b]


def test_a_state_named_in_a_language_no_name_list_holds_still_places_its_span():
    # our own Korean sentence: "Russia and China voted against the resolution."
    body = "결의안에 러시아와 중국이 반대했다.\n"
    lost = f"URL: {URL} | DATE: 2020-01-01 | 어느 신문\n" + body
    at = lost.index("러시아")
    entry = {"url": URL, "date": "2020-01-01", "sha256": "0" * 64,
             "claims": [{"kind": "position", "state": "RUS", "vote": "no", "span": [at, at + 3]},
                        {"kind": "position", "state": "CHN", "vote": "no", "span": [at + 5, at + 7]}]}
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, body)
    assert status.startswith("aligned: 2 of 2 spans fit")
    assert text[at + moved["shift"]:at + moved["shift"] + 3] == "러시아"
