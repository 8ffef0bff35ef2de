"""Twenty-fifth round (issue 9, branch bounds): a count said with a bound ("more than 30", "plus de 30", "más de 30",
"более 30", "超过30", "30か国以上") takes its op (>, >=, <, <=) in every language the checker reads; a round figure
("nearly 140", "environ 140", "rund 140", "около 140", "约140", "약 140") is supported within a tenth of the record (at
least 2) and unverifiable otherwise, never contradicted (data/bound_words.csv, claims/bounds.py). Session numbers in
words ("the seventy-seventh session", "la soixante-dix-septième session") name the session as "77th session" does.
Sentences of our own.

The record: ES-11/1 of 2 March 2022 (141-5-35)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import bounds, sessions

LEAD = ES11_1_LEAD + "\n\n"  # a paragraph of its own: a sentence in Chinese or Japanese is not run into the lead


def _counts(sentence: str) -> list[tuple[str, str, int, str]]:
    return [(c["asserted"]["field"], c["asserted"]["op"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(LEAD, sentence, "count")]


@pytest.mark.parametrize("sentence, expected", [
    # English: the bound words around the number
    ("Upwards of 130 countries voted in favour.", ("yes", ">=", 130, "supported")),
    ("Just over 140 countries voted in favour.", ("yes", ">", 140, "supported")),
    ("Well over a hundred countries voted in favour.", ("yes", ">", 100, "supported")),
    ("A little under 150 countries voted in favour.", ("yes", "<", 150, "supported")),
    ("Fewer than 30 countries abstained.", ("abstain", "<", 30, "contradicted")),  # 35 abstained: a false statement
    # English round figures: within a tenth of the record supported, further off unverifiable, never contradicted
    ("Nearly 140 countries voted in favour.", ("yes", "~", 140, "supported")),
    ("Close to 140 countries voted in favour.", ("yes", "~", 140, "supported")),
    ("About 140 countries voted in favour.", ("yes", "~", 140, "supported")),
    ("Nearly 40 countries abstained.", ("abstain", "~", 40, "unverifiable")),
    # French, Spanish, Portuguese, German, Italian, Dutch
    ("Plus de 30 pays se sont abstenus.", ("abstain", ">", 30, "supported")),
    ("Pas moins de 35 pays se sont abstenus.", ("abstain", ">=", 35, "supported")),
    ("Moins de 30 pays se sont abstenus.", ("abstain", "<", 30, "contradicted")),
    ("Environ 140 pays ont voté pour.", ("yes", "~", 140, "supported")),
    ("Environ 100 pays ont voté pour.", ("yes", "~", 100, "unverifiable")),
    ("Más de 30 países se abstuvieron.", ("abstain", ">", 30, "supported")),
    ("Casi 140 países votaron a favor.", ("yes", "~", 140, "supported")),
    ("Mais de 30 países se abstiveram.", ("abstain", ">", 30, "supported")),
    ("Cerca de 140 países votaram a favor.", ("yes", "~", 140, "supported")),
    ("Mehr als 30 Staaten enthielten sich.", ("abstain", ">", 30, "supported")),
    ("Rund 140 Staaten stimmten dafür.", ("yes", "~", 140, "supported")),
    ("Più di 30 paesi si sono astenuti.", ("abstain", ">", 30, "supported")),
    ("Circa 140 paesi hanno votato a favore.", ("yes", "~", 140, "supported")),
    ("Meer dan 30 landen onthielden zich.", ("abstain", ">", 30, "supported")),
    ("Ongeveer 140 landen stemden voor.", ("yes", "~", 140, "supported")),
    # Russian
    ("Более 30 стран воздержались.", ("abstain", ">", 30, "supported")),
    ("Около 140 стран проголосовали за.", ("yes", "~", 140, "supported")),
    # the languages of the table of words
    ("Ponad 30 państw wstrzymało się od głosu.", ("abstain", ">", 30, "supported")),
    ("Peste 30 de țări s-au abținut.", ("abstain", ">", 30, "supported")),
    ("Mer än 30 länder avstod.", ("abstain", ">", 30, "supported")),
    ("Mer enn 30 land avsto.", ("abstain", ">", 30, "supported")),
    ("Mahigit 30 bansa ang nag-abstain.", ("abstain", ">", 30, "supported")),
    ("Zaidi ya nchi 30 zilijizuia kupiga kura.", ("abstain", ">", 30, "supported")),
    ("أكثر من 30 دولة امتنعت عن التصويت.", ("abstain", ">", 30, "supported")),
    ("بیش از ۳۰ کشور رأی ممتنع دادند.", ("abstain", ">", 30, "supported")),
    ("Περισσότερες από 30 χώρες απείχαν.", ("abstain", ">", 30, "supported")),
    ("Više od 30 zemalja je bilo suzdržano.", ("abstain", ">", 30, "supported")),
    ("Hơn 30 quốc gia bỏ phiếu trắng.", ("abstain", ">", 30, "supported")),
    ("Sekitar 140 negara memberikan suara mendukung.", ("yes", "~", 140, "supported")),
    # Chinese, Japanese, Korean: the words before the number, or after it and its counter
    ("超过30个国家弃权。", ("abstain", ">", 30, "supported")),
    ("近140个国家投赞成票。", ("yes", "~", 140, "supported")),
    ("140多个国家投赞成票。", ("yes", ">", 140, "supported")),
    ("30か国以上が棄権した。", ("abstain", ">=", 30, "supported")),
    ("約140か国が賛成した。", ("yes", "~", 140, "supported")),
    ("140여 개국이 찬성했다.", ("yes", ">", 140, "supported")),
    ("약 140개국이 찬성했다.", ("yes", "~", 140, "supported")),
])
def test_bounds_and_round_figures(built_store, sentence, expected):
    assert _counts(sentence) == [expected]


def test_a_tally_with_a_round_figure_is_read_as_counts(built_store):
    assert _counts("Environ 140 voix pour, 5 contre et 35 abstentions.") == [
        ("yes", "~", 140, "supported"), ("no", "=", 5, "supported"), ("abstain", "=", 35, "supported")]


def test_a_tally_with_a_bound_is_never_called_false(built_store):
    (tally,) = claims_after(LEAD, "It was adopted by more than 140 votes to 5.", "tally")
    assert tally["verdict"] == "unverifiable"


def test_a_share_said_nearly_is_no_count(built_store):
    assert _counts("Nearly two-thirds of the 193 member states voted in favour.") == []


def test_the_tolerance_of_a_round_figure():
    # what rounding to the figure's own precision covers, at most a tenth of it
    assert [bounds.near(actual, 140) for actual in (134, 135, 141, 145, 146)] == [False, True, True, True, False]
    assert [bounds.near(actual, 145) for actual in (141, 143, 147, 148)] == [False, True, True, False]
    assert [bounds.near(actual, 141) for actual in (139, 140, 142, 143)] == [False, True, True, False]
    assert [bounds.near(actual, 100) for actual in (89, 90, 110, 111)] == [False, True, True, False]
    assert [bounds.near(actual, 10) for actual in (7, 8, 12, 13)] == [False, True, True, False]


# the Cuba embargo passed 187-2 in both 2023 (78/7) and 2024 (79/7): only the session the text names tells them apart
@pytest.mark.parametrize("text, resolution", [
    ("At its 78th session the General Assembly again called for an end to the US embargo against Cuba, by 187 votes "
     "to 2.", "A/RES/78/7"),
    ("At its seventy-eighth session the General Assembly again called for an end to the US embargo against Cuba, by "
     "187 votes to 2.", "A/RES/78/7"),
    ("At its seventy-ninth session the General Assembly again called for an end to the US embargo against Cuba, by "
     "187 votes to 2.", "A/RES/79/7"),
    ("Lors de sa soixante-dix-huitième session, l'Assemblée générale a de nouveau demandé la levée de l'embargo "
     "américain contre Cuba, par 187 voix contre 2.", "A/RES/78/7"),
])
def test_a_session_in_words_names_the_vote(built_store, text, resolution):
    from datetime import date

    from unga import api
    (tally,) = [c for c in api.check_text(text, published=date(2025, 6, 1)).claims if c["kind"] == "tally"]
    assert (tally["resolution"], tally["verdict"]) == (resolution, "supported")


@pytest.mark.parametrize("text, expected", [
    ("the 77th session of the General Assembly", {77}), ("the seventy-seventh session", {77}), ("the 77th UNGA", {77}),
    ("the eighty-first UN General Assembly", {81}), ("at its sixteenth session", {16}), ("the seventieth session", {70}),
    ("la soixante-dix-septième session", {77}), ("la 77e session", {77}), ("la vingt et unième session", {21}),
    ("la quatre-vingtième session", {80}), ("el septuagésimo séptimo período de sesiones", {77}),
    ("el 77.º período de sesiones", {77}), ("a septuagésima sétima sessão", {77}), ("die 77. Tagung", {77}),
    ("на 77-й сессии", {77}), ("第77届联大", {77}), ("第77回国連総会", {77}), ("제77차 유엔총회", {77}),
    # not a regular session's number
    ("the last session", set()), ("the 2022 session", set()), ("la dixième session extraordinaire d'urgence", set()),
    ("the 10th emergency special session", set()),
])
def test_session_numbers(text, expected):
    assert sessions.named(text) == expected
