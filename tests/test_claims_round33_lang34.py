"""Thirty-third round (branch lang34): holdout25's families in the languages read from a table of words. Sentences of
our own, true and false variants side by side. The record used: the Cuba embargo vote of 2024 (79/7, 187-2-1: the
United States and Israel against, Moldova abstaining) and the Gaza ceasefire vote of 12 December 2023 (ES-10/22,
153-10-23: the United States, Austria, Czechia, Guatemala, Israel, Liberia, Micronesia, Nauru, Papua New Guinea and
Paraguay against)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import arabic_skeletons, wordlangs
from unga.claims.wordnames import names

CUBA = "A/RES/79/7"
OCTOBER_2024 = date(2024, 10, 31)
CEASEFIRE = "A/RES/ES-10/22"
DECEMBER_2023 = date(2023, 12, 13)


def positions(text: str, published: date, after: int = 0) -> dict[tuple, tuple[str, str]]:
    """{(resolution, state): (vote, verdict)} of the position claims from `after` on."""
    return {(c["resolution"], c["state"]): (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "position" and c["span"][0] >= after}


@pytest.mark.parametrize("text", [
    # Swedish: the copula and "the only" between the list and its vote phrase
    "FN:s generalförsamling antog i går med 187 röster för, 2 emot och 1 nedlagd röst en resolution mot USA:s embargo "
    "mot Kuba. USA och Israel var de enda länderna som röstade emot.",
    # Persian: "only" before "the states that were", the vote phrase after the text voted on
    "مجمع عمومی سازمان ملل روز چهارشنبه با ۱۸۷ رای موافق، ۲ رای مخالف و ۱ رای ممتنع خواستار پایان تحریم کوبا شد. "
    "ایالات متحده و اسرائیل تنها کشورهایی بودند که با این طرح مخالفت کردند.",
    # Swahili: the copula and the noun before "pekee", a relative verb after it
    "Baraza Kuu la Umoja wa Mataifa limepitisha azimio kuhusu vikwazo dhidi ya Cuba kwa kura 187 za ndiyo, 2 za "
    "hapana na 1 ya kujizuia. Marekani na Israeli zilikuwa nchi pekee zilizopiga kura ya kupinga azimio hilo.",
    # Indonesian: "adalah satu-satunya negara yang …"
    "Majelis Umum PBB kembali menuntut diakhirinya embargo AS terhadap Kuba dengan 187 suara mendukung, 2 menolak dan 1 "
    "abstain. Amerika Serikat dan Israel adalah satu-satunya negara yang menolak resolusi tersebut.",
])
def test_a_list_called_the_only_states_takes_the_vote_phrase_after_it(built_store, text):
    got = positions(text, OCTOBER_2024)
    assert got[(CUBA, "USA")] == ("no", "supported") and got[(CUBA, "ISR")] == ("no", "supported")


def test_the_only_states_false_and_refused_variants(built_store):
    # false: Hungary voted for the text; the list is read all the same and the record contradicts it
    said = ("FN:s generalförsamling krävde i går med 187 röster för, 2 emot och 1 nedlagd röst ett slut på USA:s embargo "
            "mot Kuba. Ungern och Israel var de två enda staterna som röstade emot.")
    got = positions(said, OCTOBER_2024)
    assert got[(CUBA, "HUN")] == ("no", "contradicted") and got[(CUBA, "ISR")] == ("no", "supported")
    # a negation between "the only" and the vote phrase gives nothing
    assert wordlangs.read("USA och Israel var de två enda länderna som inte röstade emot.")[1] == []
    # another vote phrase between them: the list takes that one's side, not the later one's
    assert sorted(wordlangs.read("Kina var det enda landet som avstod, medan Ryssland röstade emot.")[1],
                  key=lambda p: p[2]) == [
        ("position", {"vote": "abstain"}, "CHN", "Kina"), ("position", {"vote": "no"}, "RUS", "Ryssland")]
    # a digit between them (another count's clause) gives nothing
    assert not [p for p in wordlangs.read("Eritrea na Mali zilikuwa nchi pekee kati ya 7 zilizopiga kura ya kupinga.")[1]
                if p[2] in ("ERI", "MLI")]


OPENING = "طالبت الجمعية العامة للأمم المتحدة بوقف فوري لإطلاق النار في غزة، وأيدت القرار 153 دولة مقابل 10 دول وامتناع 23 دولة. "


def test_a_list_item_in_arabic_letters_is_read_by_its_consonants(built_store):
    # "غواتاميلا" for غواتيمالا, "براغوي" for باراغواي: the long vowels the press writes or leaves out
    said = "والدول التي صوتت ضد القرار هي: الولايات المتحدة، النمسا، غواتاميلا، إسرائيل، براغوي، ليبيريا."
    got = positions(OPENING + said, DECEMBER_2023, len(OPENING))
    assert {s for (_, s), (vote, verdict) in got.items() if vote == "no" and verdict == "supported"} == {
        "USA", "AUT", "GTM", "ISR", "PRY", "LBR"}
    # false: "بورندي" is Burundi (بوروندي), which voted for the text
    said = "والدول التي صوتت ضد القرار هي: الولايات المتحدة، النمسا، بورندي، إسرائيل."
    assert positions(OPENING + said, DECEMBER_2023, len(OPENING))[(CEASEFIRE, "BDI")] == ("no", "contradicted")


def test_a_skeleton_two_states_share_is_never_guessed():
    states = arabic_skeletons._states_by_skeleton("ar", names)
    # Niger and Nigeria, Mali and Malawi: one skeleton each pair, so neither is read from it
    assert arabic_skeletons.skeleton("نيجيريا") == arabic_skeletons.skeleton("نيجر") not in states
    assert arabic_skeletons.skeleton("مالاوي") == arabic_skeletons.skeleton("مالي") not in states
    # outside a list (no state on both sides) a misspelt name is not read
    assert not [p for p in wordlangs.read("وصوتت غواتاميلا ضد القرار.")[1] if p[2] == "GTM"]


def test_every_only_row_is_one_pattern():
    # a comma inside a pattern splits its row unless the row is quoted (the Vietnamese row was, at first)
    import re

    from unga.claims.wordtable import table
    rows = {lang: words["only"] for lang, words in table().items() if "only" in words}
    assert {"sv", "fa", "sw", "id", "vi"} <= set(rows)
    for pattern in rows.values():
        re.compile(pattern)
    assert wordlangs.read("Mỹ và Israel là hai nước duy nhất bỏ phiếu chống nghị quyết.")[1] == [
        ("position", {"vote": "no"}, "USA", "Mỹ"), ("position", {"vote": "no"}, "ISR", "Israel")]
