"""Fifteenth round, issue 9: votes written in Russian (claims/russian.py) and Dutch (the tables of languages.py).
Sentences are our own; each language has cases read in several wordings, a case checked against the record, and
traps. The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35 with 12 absent; Russia, Belarus, Eritrea, North
Korea and Syria against; Pakistan, China and India abstaining; the United States in favour)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import languages, russian, russian_names

ON = date(2022, 3, 3)


def ru(sentence: str) -> list[tuple[str, str]]:
    return [(iso3, vote) for iso3, vote, _, _ in russian.positions(sentence)]


def nl(sentence: str) -> list[tuple[str, str]]:
    assert languages.language_of(sentence) == "nl"
    return [(iso3, vote) for iso3, vote, _, _ in languages.positions(sentence, "nl")]


# --- Russian: names and their cases ---

def test_russian_names_are_declined_with_their_cases():
    table = russian_names.names()
    assert table["Германию"] == ("DEU", frozenset({"acc"}))
    assert table["Польшей"][0] == "POL" and "ins" in table["Польшей"][1]
    assert table["Российской Федерации"][0] == "RUS" and "gen" in table["Российской Федерации"][1]
    assert table["Соединенных Штатов Америки"] == ("USA", frozenset({"gen"}))
    assert table["Республики Корея"] == ("KOR", frozenset({"gen"}))  # the apposition stays nominative
    assert table["США"][1] == russian_names.ALL  # an abbreviation does not decline


def test_russian_stems_that_collide_name_the_right_state():
    # Нигер / Нигерия, Гвинея / Гвинея-Бисау / Экваториальная Гвинея, Судан / Южный Судан
    assert [m[2] for m in russian_names.mentions("Нигерии, Нигера, Гвинеи-Бисау, Экваториальной Гвинеи, Гвинеи")] == [
        "NGA", "NER", "GNB", "GNQ", "GIN"]
    assert [m[2] for m in russian_names.mentions("Южного Судана и Судана")] == ["SSD", "SDN"]


def test_russian_language_is_told_from_other_cyrillic_languages():
    assert russian.is_russian("Китай и Индия воздержались при голосовании.")
    assert not russian.is_russian("Китай і Індія утрималися під час голосування.")  # Ukrainian
    assert russian.read("China abstained.") is None


# --- Russian: positions ---

def test_russian_subject_lists_before_the_vote_phrase():
    assert ru("Россия, Белоруссия и Сирия проголосовали против резолюции.") == [
        ("RUS", "no"), ("BLR", "no"), ("SYR", "no")]
    assert ru("Китай и Индия вновь воздержались.") == [("CHN", "abstain"), ("IND", "abstain")]
    assert ru("Соединенные Штаты поддержали документ.") == [("USA", "yes")]
    assert ru("Эритрея тоже выступила против.") == [("ERI", "no")]


def test_russian_lists_after_a_verb_last_phrase():
    assert ru("Против проголосовали Россия, КНДР и Эритрея.") == [("RUS", "no"), ("PRK", "no"), ("ERI", "no")]
    assert ru("Воздержались Китай, Индия и Пакистан.") == [("CHN", "abstain"), ("IND", "abstain"), ("PAK", "abstain")]
    assert ru("За резолюцию проголосовали Япония и Канада.") == [("JPN", "yes"), ("CAN", "yes")]
    # the list after a phrase ends before a name with a vote phrase of its own
    assert ru("Против проголосовали США и Израиль, Украина воздержалась.") == [
        ("USA", "no"), ("ISR", "no"), ("UKR", "abstain")]


def test_russian_inclusions_take_the_markers_case():
    assert ru("Еще сорок стран, включая Германию, Польшу и Францию, воздержались.") == [
        ("DEU", "abstain"), ("POL", "abstain"), ("FRA", "abstain")]
    assert ru("Воздержались 35 государств, в том числе Китай и Индия.") == [("CHN", "abstain"), ("IND", "abstain")]
    # never more states than the count
    assert ru("Воздержались 2 государства, в том числе Китай, Индия и Пакистан.") == []


def test_russian_traps_objects_sponsors_and_negations():
    assert ru("Резолюцию против Израиля и США поддержали.") == []  # the objects of "против"
    assert ru("Документ, внесенный Украиной, поддержали.") == []  # a sponsor, in the instrumental
    # the accusative object is not read; since round 26 the subject after "Резолюцию … поддержала" is
    assert ru("Резолюцию, осуждающую Россию, поддержала Франция.") == [("FRA", "yes")]
    assert ru("Мексика не проголосовала против.") == []
    assert ru("Предложение делегации Кубы поддержали.") == []  # the draft's owner, in the genitive
    assert ru("Германию и Польшу воздержались.") == []  # accusative names cannot be the subject


# --- Russian: tallies and counts ---

def test_russian_tallies_in_several_wordings():
    assert russian.tally("Резолюция принята 141 голосом «за», 5 «против» при 35 воздержавшихся.") == {
        "yes": 141, "no": 5, "abstain": 35}
    assert russian.tally("За документ проголосовали 141 государство, 5 выступили против и 35 воздержались.") == {
        "yes": 141, "no": 5, "abstain": 35}
    assert russian.tally("Итоги: «за» — 141, «против» — 5, «воздержались» — 35.") == {
        "yes": 141, "no": 5, "abstain": 35}
    assert russian.tally("Сто сорок одна страна проголосовала за, пять стран выступили против.") == {
        "yes": 141, "no": 5}
    assert russian.tally("Резолюция принята 141 голосом против 5.") == {"yes": 141, "no": 5}
    assert russian.tally("Свои голоса за документ отдали 133 государства.") == {"yes": 133}


def test_russian_number_words():
    assert russian.in_digits("сто сорок одна страна") == "141 страна"
    assert russian.in_digits("тридцати пяти государств") == "35 государств"
    assert russian.in_digits("одна из стран") == "одна из стран"  # "one of" is not a count


def test_russian_claims_are_checked(built_store):
    got = claim_rows("Генеральная Ассамблея 2 марта приняла резолюцию ES-11/1: 141 голос «за», 5 «против», "
                     "35 воздержались. Против проголосовали Россия, Белоруссия и Сирия. Китай и Индия "
                     "воздержались. Соединенные Штаты проголосовали против.", ON)
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("RUS", "no", "supported"), ("BLR", "no", "supported"), ("SYR", "no", "supported"),
        ("CHN", "abstain", "supported"), ("IND", "abstain", "supported"), ("USA", "no", "contradicted")]


def test_russian_security_council_and_amendments_are_not_assembly_votes():
    assert russian.read("В Совете Безопасности Россия проголосовала против.")[0] == "other body"
    assert russian.read("Поправку поддержали 20 стран.")[0] == "procedural"


# --- Dutch ---

def test_dutch_positions_in_several_wordings():
    assert nl("Rusland, Wit-Rusland en Syrië stemden tegen de resolutie.") == [("RUS", "no"), ("BLR", "no"), ("SYR", "no")]
    assert nl("China en India onthielden zich van stemming.") == [("CHN", "abstain"), ("IND", "abstain")]
    assert nl("Tegen stemden de VS, Israël en Nauru.") == [("USA", "no"), ("ISR", "no"), ("NRU", "no")]
    assert nl("Nederland heeft voor gestemd.") == [("NLD", "yes")]
    assert nl("Nederland stemt tegen de resolutie.") == [("NLD", "no")]  # the present tense
    assert nl("De VS en Israël stemmen tegen.") == [("USA", "no"), ("ISR", "no")]
    assert nl("België en Nederland onthouden zich.") == [("BEL", "abstain"), ("NLD", "abstain")]


def test_dutch_traps():
    assert nl("De resolutie tegen Rusland werd door de Verenigde Staten ingediend en zij stemden voor.") == []
    assert nl("Hongarije heeft zich niet onthouden en stemde niet tegen.") == []


def test_dutch_tallies():
    assert languages.tally("Het besluit werd genomen met 127 stemmen vóór, 6 tegen en 26 onthoudingen.", "nl") == {
        "yes": 127, "no": 6, "abstain": 26}
    assert languages.tally("De resolutie werd aangenomen met 141 tegen 5 stemmen.", "nl") == {"yes": 141, "no": 5}


def test_dutch_claims_are_checked(built_store):
    got = claim_rows("De Algemene Vergadering nam op 2 maart resolutie ES-11/1 aan met 141 stemmen vóór, 5 tegen en "
                     "35 onthoudingen. Rusland en Syrië stemden tegen. Pakistan stemde voor.", ON)
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("RUS", "no", "supported"), ("SYR", "no", "supported"), ("PAK", "yes", "contradicted")]


# --- Chinese and Japanese (claims/cjk.py) ---

def cjk(sentence: str) -> list[tuple[str, str]]:
    lang = cjk_module.language_of(sentence)
    return [(iso3, vote) for iso3, vote, _, _ in cjk_module.positions(sentence, lang)] if lang else []


from unga.claims import cjk as cjk_module  # noqa: E402


def test_chinese_positions_in_several_wordings():
    assert cjk("中国和印度投了弃权票。") == [("CHN", "abstain"), ("IND", "abstain")]
    assert cjk("俄罗斯、白俄罗斯、叙利亚等国投了反对票。") == [("RUS", "no"), ("BLR", "no"), ("SYR", "no")]
    assert cjk("投反对票的国家有：美国、以色列和瑙鲁。") == [("USA", "no"), ("ISR", "no"), ("NRU", "no")]
    assert cjk("巴基斯坦在表决中投了弃权票。") == [("PAK", "abstain")]


def test_chinese_traps():
    assert cjk("俄罗斯没有投反对票。") == []  # a negation
    assert cjk("印度洋沿岸国家投了赞成票。") == []  # the Indian Ocean is not India
    assert cjk("日本批评了朝鲜，并投了赞成票。") == []  # a name separated from the phrase by a clause


def test_japanese_positions_and_traps():
    assert cjk("日本は賛成した。") == [("JPN", "yes")]
    assert cjk("中国とインドは棄権した。") == [("CHN", "abstain"), ("IND", "abstain")]
    assert cjk("反対9\nハンガリー、ポーランド、ソ連") == [("HUN", "no"), ("POL", "no"), ("SUN", "no")]
    assert cjk("米国は反対しなかった。") == []  # a negation after the verb
    assert cjk("タイトルは賛成です。") == []  # "タイ" inside a longer katakana word


def test_cjk_tallies_and_numerals():
    assert cjk_module.tally("该决议以一百四十一票赞成、五票反对、三十五票弃权获得通过。", "zh") == {
        "yes": 141, "no": 5, "abstain": 35}
    assert cjk_module.tally("赞成141票，反对5票，弃权35票。", "zh") == {"yes": 141, "no": 5, "abstain": 35}
    assert cjk_module.tally("決議は賛成141、反対5、棄権35で採択された。", "ja") == {"yes": 141, "no": 5, "abstain": 35}
    assert cjk_module.tally("决议以141票对5票通过。", "zh") == {"yes": 141, "no": 5}
    assert cjk_module.in_digits("一百一十一票") == "111票"


def test_chinese_claims_are_checked(built_store):
    got = claim_rows("联合国大会2022年3月2日以141票赞成、5票反对、35票弃权通过ES-11/1号决议。"
                     "俄罗斯、叙利亚投了反对票，巴基斯坦投了赞成票。", ON)
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("RUS", "no", "supported"), ("SYR", "no", "supported"), ("PAK", "yes", "contradicted")]
    # a paragraph of its own names no roll call: the same false claim is not called false there
    apart = claim_rows("联合国大会2022年3月2日以141票赞成、5票反对、35票弃权通过ES-11/1号决议。\n\n巴基斯坦投了赞成票。", ON)
    assert [(s, v) for k, s, a, v in apart if k == "position"] == [("PAK", "unverifiable")]


def test_security_council_in_chinese_and_japanese_is_another_body():
    assert cjk_module.read("俄罗斯在安理会投了反对票。")[0] == "other body"
    assert cjk_module.read("ロシアは安保理で拒否権を行使し、反対した。")[0] == "other body"
