"""Nineteenth round (issue 9, branch lang4): Persian read from data/vote_words.csv, Arabic lists a name a line under a
heading, the Arabic verb before its subjects ("وصوتت A وB ضد القرار"), an Arabic tally whose numbers face each other
("أيد القرار 141 مقابل معارضة 5"), names CLDR gives (Babel's locale data), and an Arabic-script list item the tables
do not know passed over. Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India, Iran,
Iraq and Pakistan abstained; Morocco did not vote)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import foreign_names, wordlangs, wordnames, wordtable

NO5 = {iso3: ("no", "supported") for iso3 in ("RUS", "BLR", "SYR", "ERI", "PRK")}


def test_persian_is_told_from_arabic_by_its_letters():
    assert wordlangs.language_of("این قطعنامه با ۱۴۱ رأی موافق به تصویب رسید و چین رأی ممتنع داد.") == "fa"
    assert wordlangs.language_of("واعتمدت الجمعية العامة القرار بأغلبية 141 صوتا لصالح مقابل رفض 5 دول.") == "ar"


def test_cldr_gives_the_short_names_the_press_writes():
    names = dict(foreign_names.cldr_names("fa"))
    assert names["روسیه"] == "RUS" and names["کرهٔ شمالی"] == "PRK"
    assert wordnames.names("ar")["بيلاروس"] == "BLR"  # the ISO catalogue has only "روسيا البيضاء"


@pytest.mark.parametrize("sentence, said, verdict", [
    ("این قطعنامه با ۱۴۱ رأی موافق، ۵ رأی مخالف و ۳۵ رأی ممتنع به تصویب رسید.", {"yes": 141, "no": 5, "abstain": 35},
     "supported"),
    ("این قطعنامه با ۱۴۱ رأی موافق، ۹ رأی مخالف و ۳۵ رأی ممتنع به تصویب رسید.", {"yes": 141, "no": 9, "abstain": 35},
     "contradicted"),
    ("وأيد القرار 141 مقابل معارضة 5 أعضاء وامتناع 35 عضوا عن التصويت.", {"yes": 141, "no": 5, "abstain": 35},
     "supported"),
    ("وأيد القرار 141 مقابل معارضة 9 أعضاء وامتناع 35 عضوا عن التصويت.", {"yes": 141, "no": 9, "abstain": 35},
     "contradicted"),
])
def test_a_tally_in_persian_and_an_arabic_tally_face_to_face(built_store, sentence, said, verdict):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [(said, verdict)]


def test_a_persian_list_before_countries_that_opposed():
    sentence = "روسیه، بلاروس، سوریه، اریتره و کره شمالی کشورهایی بودند که با این قطعنامه مخالفت کردند."
    assert positions_after(ES11_1_LEAD, sentence) == NO5


def test_a_persian_list_with_an_unknown_spelling_passed_over(built_store):
    # "پاکستانن" is our own misspelling: the list goes on past it, and it is not read
    sentence = "چین، هند، پاکستانن، ایران و عراق برخی از کشورهایی هستند که به قطعنامه رأی ممتنع دادند."
    assert positions_after(ES11_1_LEAD, sentence) == {iso3: ("abstain", "supported")
                                                      for iso3 in ("CHN", "IND", "IRN", "IRQ")}


def test_trap_prose_between_commas_ends_an_arabic_script_list():
    # "که در آن روز" holds function words: not a name the tables lack, so China is not in the list
    sentence = wordtable.normalised("چین، که در آن روز، هند و ایران رأی ممتنع دادند.", "fa")
    assert {iso3 for iso3, _, _ in wordlangs.positions(sentence, "fa")} == {"IND", "IRN"}


def test_the_arabic_verb_before_its_subjects(built_store):
    sentence = "وصوتت روسيا وسوريا ضد القرار فيما تغيبت المغرب عن جلسة التصويت."
    assert positions_after(ES11_1_LEAD, sentence) == {"RUS": ("no", "supported"), "SYR": ("no", "supported"),
                                                      "MAR": ("absent", "supported")}


def test_trap_an_arabic_verb_with_no_side_after_its_subjects():
    sentence = wordtable.normalised("وصوتت روسيا وسوريا على القرار في الجلسة.", "ar")
    assert wordlangs.positions(sentence, "ar") == []


def test_an_arabic_list_a_name_a_line_under_its_heading(built_store):
    text = ("وفي ما يلي قائمة الدول التي صوتت ضد القرار:\n– روسيا\n– بيلاروس\n– سيريا\n– إريتريا\n"
            "– كوريا الشمالية\n\nوكانت الجلسة طويلة.")
    # "سيريا" is our own spelling the tables lack: passed over, the list goes on
    assert positions_after(ES11_1_LEAD, text) == {iso3: NO5[iso3] for iso3 in ("RUS", "BLR", "ERI", "PRK")}


@pytest.mark.parametrize("sentence, said", [
    ("러시아·북한·벨라루스·시리아·에리트레아 반대표 던져", NO5),
    ("반면 북한을 비롯해 러시아, 벨라루스, 시리아, 에리트레아는 반대했다.", NO5),
    ("미국을 비롯해 프랑스, 인도네시아 등 여러 국가도 찬성했다.",
     {"USA": ("yes", "supported"), "FRA": ("yes", "supported"), "IDN": ("yes", "supported")}),
    ("중국과 인도는 이번 표결에서 기권했다.", {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}),
    # both abstained: "did not take part in the vote" is false of them
    ("중국과 인도는 표결에 참여하지 않았다.", {"CHN": ("absent", "contradicted"), "IND": ("absent", "contradicted")}),
])
def test_a_korean_list_with_its_particles(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, said, verdict", [
    ("결의안은 찬성 141표, 반대 5표, 기권 35표로 채택됐다.", {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("결의안은 찬성 141표, 반대 9표, 기권 35표로 채택됐다.", {"yes": 141, "no": 9, "abstain": 35}, "contradicted"),
])
def test_a_korean_tally(built_store, sentence, said, verdict):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [(said, verdict)]


def test_trap_a_korean_name_inside_a_longer_word_and_a_negated_vote():
    from unga.claims import cjk

    assert [iso3 for _, _, iso3 in cjk.mentions("인도적 지원과 인도네시아", "ko")] == ["IDN"]
    assert cjk.positions("러시아는 찬성하지 않았다.", "ko") == []
    assert cjk.read("제3위원회에서 찬성 97표, 반대 23표로 통과했다.")[0] == "other body"
