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


def test_names_in_other_languages_inflected_and_digits_of_other_scripts_fit():
    assert restore_texts.says({"kind": "position", "state": "ROU"}, "României")
    assert restore_texts.says({"kind": "position", "state": "ESP"}, "España")
    assert restore_texts.says({"kind": "count", "value": 119}, "১১৯টি দেশ")
    assert restore_texts.says({"kind": "tally", "yes": 90, "no": 10, "abstain": 39}, "noventa a favor, diez en contra")
    assert not restore_texts.says({"kind": "position", "state": "ESP"}, "Portugal")


def test_of_two_placements_that_both_fit_the_one_that_cuts_no_word_wins():
    excerpt = "A vote was held on the report today in the hall.\nIt passed by 84 votes, with 30 abstaining and none against.\n"
    lost = f"URL: {URL} | DATE: 2020-01-01 | The Evening Chronicle\n" + excerpt.splitlines(keepends=True)[1]
    phrase = "84 votes, with 30 abstaining and none against"
    at = lost.index(phrase)
    entry = {"url": URL, "date": "2020-01-01", "sha256": "0" * 64,
             "claims": [{"kind": "tally", "yes": 84, "no": 0, "abstain": 30, "span": [at, at + len(phrase)]}]}
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, excerpt)
    assert status.startswith("aligned: 1 of 1")
def test_a_lone_tally_span_lands_on_the_whole_phrase_not_just_near_its_numbers():
    # One tally's numbers fit at many offsets; the labeller's span was a whole phrase in one sentence.
    lost = "URL: https://example.org/x | DATE: 2020-01-01 | The Evening Chronicle of Somewhere\n" \
           "Delegates met for hours. It was adopted by 120 to 9, with 30 abstentions. Few expected that.\n"
    phrase = "It was adopted by 120 to 9, with 30 abstentions"
    at = lost.index(phrase)
    entry = {"url": "https://example.org/x", "date": "2020-01-01", "sha256": "unknown",
             "claims": [{"kind": "tally", "yes": 120, "no": 9, "abstain": 30, "span": [at, at + len(phrase)]}]}
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, lost.split("\n", 1)[1])
    assert status.startswith("aligned: 1 of 1 spans fit")
    assert text[at + moved["shift"]:at + len(phrase) + moved["shift"]] == phrase
def test_a_tally_lands_on_its_words_when_the_lost_file_had_dropped_a_blank_line():
    # The excerpt has blank lines between its paragraphs; the lost file had none. A tally fits by half its numbers,
    # so "20 to 9, with 30 abstentions" one character off would fit too: only the word edges tell them apart.
    spaced = "Assembly backs the text\n\nThe resolution passed 120 to 9, with 30 abstentions.\n\n" \
             "Norway and Chile voted in favour while Ghana abstained.\n"
    lost = f"URL: {URL} | DATE: 2020-01-01 | The Evening Chronicle of Somewhere\n" + spaced.replace("\n\n", "\n")
    entry = _entry(lost)
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, spaced)
    assert status.startswith("aligned: 4 of 4 spans fit")
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


def test_a_month_only_date_the_lost_file_had_dropped_is_dropped_again():
    lost = _lost("example.org", [0, 1, 2, 3])
    status, text, _ = restore_texts.restore("corpus", "zz99.txt", _entry(lost), " date 2020-01 " + EXCERPT)
    assert (status, text) == ("exact", lost)


def test_an_implied_count_is_not_nudged_onto_the_tally_beside_it():
    body = "It passed 120 to 9, with 30 abstentions. Chile joined 29 others in abstaining.\n"
    lost = f"URL: {URL} | DATE: 2020-01-01 | The Evening Chronicle of Somewhere\n" + body
    tally, implied = "120 to 9, with 30 abstentions", "joined 29 others in abstaining"
    spans = [[lost.index(p), lost.index(p) + len(p)] for p in (tally, implied)]
    entry = {"url": URL, "date": "2020-01-01", "sha256": "unknown",
             "claims": [{"kind": "tally", "yes": 120, "no": 9, "abstain": 30, "span": spans[0]},
                        {"kind": "count", "field": "abstain", "op": "=", "value": 30, "span": spans[1]}]}
    status, text, moved = restore_texts.restore("corpus", "zz99.txt", entry, body)
    assert moved["nudges"] == {}
    a, b = spans[1]
    assert text[a + moved["shift"]:b + moved["shift"]] == implied


def test_a_word_of_a_script_without_capitals_is_name_shaped():
    text = "ভারত ও নেপাল"
    assert restore_texts.name_shaped(text, 0, 4)
    assert not restore_texts.name_shaped(" voted", 0, 6)  # starts on a space
    assert not restore_texts.name_shaped("voted by india", 9, 14)
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
