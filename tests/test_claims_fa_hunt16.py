"""The sixteenth hunt (fahunt16, issue 9; tests/reference/news_fahunt16/README.md): 102 texts nobody had read, 58 in
English and 44 in 12 other languages, run through the checker of main. Main called two claims contradicted, both
false alarms of one text, both fixed here:
- aq27: an undated report of the Cuba embargo vote of 2023 (187 yes, Ukraine abstaining) recalls that the Assembly's
  resolutions on the embargo date back to 1992 and gives the first of them in brackets (resolution 47/19). That
  symbol was taken as a vote the text reports: the count and the list borrowed the 1992 roll call (59-3-71), and the
  187 and Ukraine's abstention were called false. A symbol given in brackets after plural "resolutions" and a year
  is one of a series the text recalls, not a vote it reports (cited.REFERRED).
Sentences are our own (never the articles')."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api
from unga.claims import cited

REFERENCE = Path(__file__).parent / "reference"


def verdicts(text: str, published: date | None = None) -> list[tuple]:
    return [(c["verdict"], c["kind"], c.get("resolution"), c.get("state"), c["asserted"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


# --- aq27: the first resolution of a series, cited in brackets, is no vote the text reports ---

SERIES_EN = ("The embargo vote\nA total of 187 states backed the text, which Cuba has tabled every year since 1992. Only "
             "the United States and Israel cast a no, with Ukraine abstaining.\nThe Assembly again voiced concern that, in spite "
             "of its resolutions dating back to 1992 (resolution 47/19), the embargo is still in force.")
SERIES_ES = ("El voto anual sobre Cuba\nEl texto, que La Habana lleva a la Asamblea cada año desde 1992, reunió 187 apoyos. "
             "Washington e Israel se opusieron, y Ucrania optó por abstenerse.\nSegún el texto, el bloqueo sigue pese a "
             "las resoluciones aprobadas desde 1992 (resolución 47/19).")


def test_the_first_resolution_of_a_series_does_not_pin_the_texts_vote(built_store):
    for text in (SERIES_EN, SERIES_ES):
        got = verdicts(text)
        assert got and all(v[0] == "unverifiable" for v in got), got
        assert all(v[2] != "A/RES/47/19" for v in got), got


def test_a_symbol_after_plural_resolutions_and_their_year_is_recalled_in_several_languages():
    for sentence in ["Its resolutions since 1992 (resolution 47/19) have all passed.",
                     "Ses résolutions depuis 1992 (résolution 47/19) ont toutes été adoptées.",
                     "Las resoluciones aprobadas desde 1992 (resolución 47/19) no se cumplen.",
                     "As resoluções desde 1992 (resolução 47/19) foram ignoradas.",
                     "Le risoluzioni dal 1992 (risoluzione 47/19) sono state ignorate.",
                     "The resolutions of 1992 and every year since (resolution 47/19 the first of them) went unheeded."]:
        assert cited.symbols_in(sentence) == [], sentence


def test_trap_a_symbol_after_one_resolution_or_its_own_year_is_still_the_vote():
    assert cited.symbols_in("The 1992 resolution (resolution 47/19) won 59 votes.") == ["A/RES/47/19"]
    assert cited.symbols_in("The text of 2023 (resolution 78/7) passed by 187 votes.") == ["A/RES/78/7"]
    assert cited.symbols_in("Resolution 78/7 passed by 187 votes to 2.") == ["A/RES/78/7"]


def test_trap_the_series_first_vote_told_by_its_symbol_is_still_judged(built_store):
    text = "In 1992 the Assembly adopted resolution 47/19 by 59 votes to 3, with 71 abstentions."
    assert verdicts(text) == [("supported", "tally", "A/RES/47/19", None, {"yes": 59, "no": 3, "abstain": 71})]


# --- the sixteenth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt16_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(16)
    assert texts == urls == 102 and not shared


def test_the_fahunt16_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt16" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "votaron a favor" not in vetted and "datan de" not in vetted
    decided = [c for entry in json.loads(vetted)["texts"].values() for c in entry["contradicted"]]
    assert [c["decision"] for c in decided] == ["false_alarm", "false_alarm"]
