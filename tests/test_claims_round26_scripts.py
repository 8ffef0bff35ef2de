"""Twenty-sixth round (issue 9, branch script27): the languages in other scripts. Russian: supporters after "the
resolution was supported by" ("Резолюцию поддержали A и B"), named states joined to a count of the others ("A, B и еще
N стран воздержались"), a side's states in brackets after its count ("против — 5 (A, B)"), a count of the delegates
("поддержали представители N стран"), the object's topic, a misspelt name in a list. Bulgarian and Bengali, read from
the table of words. Japanese roll calls in headed blocks; Arabic, Persian and Korean tallies and lists. Sentences of
our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; abstaining among
others China, India, Iran; Brazil, Mexico and Ukraine voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after


def _all(vote: str, verdict: str, *iso3s: str) -> dict[str, tuple[str, str]]:
    return {iso3: (vote, verdict) for iso3 in iso3s}


def _numbers(sentence: str) -> list[tuple[str, dict, str]]:
    return [(c["kind"], c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "tally")
            + claims_after(ES11_1_LEAD, sentence, "count")]


@pytest.mark.parametrize("sentence, expected", [
    # Russian: the text before its verb, the supporters after it; a state before the verb is the subject
    ("Резолюцию поддержали Бразилия, Мексика и Украина.", _all("yes", "supported", "BRA", "MEX", "UKR")),
    ("Проект резолюции поддержала Индия.", _all("yes", "contradicted", "IND")),  # India abstained
    ("Россия эту резолюцию не поддержала.", {}),
    # named states and a count of the others: the named take the side
    ("Китай, Индия и еще 33 страны воздержались.", _all("abstain", "supported", "CHN", "IND")),
    ("Сирия, Белоруссия и еще три государства проголосовали против.", _all("no", "supported", "SYR", "BLR")),
    ("Мексика и еще 10 стран воздержались.", _all("abstain", "contradicted", "MEX")),
    # the states in brackets after a side's count; an item that is no state may come first
    ("За резолюцию проголосовали 141 государство (страны ЕС, Бразилия и Мексика), против — 5 (Россия, Белоруссия, "
     "Сирия, КНДР и Эритрея).", {**_all("yes", "supported", "BRA", "MEX"),
                                 **_all("no", "supported", "RUS", "BLR", "SYR", "PRK", "ERI")}),
    ("Воздержались 35 государств (Китай, Индия и другие).", _all("abstain", "supported", "CHN", "IND")),
    # traps: more states in the brackets than the count; brackets that say something else
    ("Против — 2 (Россия, Белоруссия, Сирия).", {}),
    ("Против проголосовали 5 стран (Россия и Белоруссия в их числе).", {}),
])
def test_russian_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_russian_delegates_count(built_store):
    assert _numbers("Документ поддержали представители 141 страны, против проголосовали 5 стран.") == [
        ("tally", {"yes": 141, "no": 5}, "supported")]


@pytest.mark.parametrize("sentence, expected", [
    # Bulgarian, read from the table of words: its own words tell it from Russian
    ("Сред държавите, гласували „против“, са: Беларус, Северна Корея, Еритрея, Русия и Сирия.",
     _all("no", "supported", "BLR", "PRK", "ERI", "RUS", "SYR")),
    ("Китай и Индия се въздържаха.", _all("abstain", "supported", "CHN", "IND")),
    ("Против гласуваха Русия, Беларус и Сирия.", _all("no", "supported", "RUS", "BLR", "SYR")),
    ("Бразилия и Мексико гласуваха „за“, а Иран се въздържа.",
     {**_all("yes", "supported", "BRA", "MEX"), **_all("abstain", "supported", "IRN")}),
    ("Украйна се въздържа при гласуването.", _all("abstain", "contradicted", "UKR")),  # Ukraine voted yes
    ("Русия не гласува „за“.", {}),
])
def test_bulgarian_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a side's label before its number: the next side's label after a comma starts the next side
    ("Съобщава се, че „за“ резолюцията са гласували 141 държави, „против“ – 5, а 35 са се въздържали.",
     [("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")]),
    ("Съобщава се, че „за“ резолюцията са гласували 140 държави, „против“ – 5, а 35 са се въздържали.",
     [("tally", {"yes": 140, "no": 5, "abstain": 35}, "contradicted")]),
])
def test_bulgarian_tally(built_store, sentence, expected):
    assert _numbers(sentence) == expected


def test_russian_is_not_bulgarian():
    from unga.claims import wordtable

    assert wordtable.script_of("Против резолюции проголосовали Россия, Белоруссия и Сирия, что было ожидаемо.") is None


JA_BLOCKS = ("2022年3月2日、国連総会はウクライナ侵攻を非難する決議A/RES/ES-11/1を採択した。\n\n"
             "賛成141\n\nブラジル、メキシコ、ウクライナ\n\n"
             "反対5\n\nロシア、ベラルーシ、シリア、エリトリア、北朝鮮\n\n"
             "棄権35\n\n中国、インド、ダホメ、イラン\n")


def test_japanese_headed_blocks(built_store):
    """A roll call in headed blocks under Japanese labels: the names in katakana or kanji between 、, a name the
    tables do not know (ダホメ) passed over; each label with its number a count."""
    got = positions_after("", JA_BLOCKS)
    assert got == {**_all("yes", "supported", "BRA", "MEX", "UKR"), **_all("no", "supported", "RUS", "BLR", "SYR", "ERI", "PRK"),
                   **_all("abstain", "supported", "CHN", "IND", "IRN")}
    counts = {c["asserted"]["field"]: (c["asserted"]["value"], c["verdict"]) for c in claims_after("", JA_BLOCKS, "count")}
    assert counts == {"yes": (141, "supported"), "no": (5, "supported"), "abstain": (35, "supported")}


def test_japanese_label_prose_is_no_block(built_store):
    """A label heading prose, not names: no block."""
    text = ("2022年3月2日、国連総会は決議A/RES/ES-11/1を採択した。\n\n賛成141\n\n"
            "ブラジルの代表は演説で戦争の終結を求めた。\n\n反対5\n\nロシアの代表は反論した。\n")
    assert positions_after("", text) == {}


@pytest.mark.parametrize("sentence, expected", [
    # Persian: the text voted on between the list and its vote phrase, up to six words ("به قطعنامه … رأی منفی دادند")
    ("کشورهایی مانند روسیه، بلاروس، سوریه و اریتره به قطعنامه مجمع عمومی درباره اوکراین رأی منفی دادند.",
     _all("no", "supported", "RUS", "BLR", "SYR", "ERI")),
    ("چین و هند نیز به این قطعنامه، رأی ممتنع دادند.", _all("abstain", "supported", "CHN", "IND")),
    ("برزیل به قطعنامه سازمان ملل درباره جنگ رأی منفی داد.", _all("no", "contradicted", "BRA")),  # Brazil voted yes
    ("روسیه به قطعنامه رأی منفی نداد.", {}),
])
def test_persian_object_before_vote(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Arabic: the vote verb, its counted subjects (an aside "بما في ذلك A وB" between commas), then the side's word
    ("صوتت 141 دولة، بما في ذلك البرازيل والمكسيك، لصالح القرار، بينما صوتت 5 دول ضده، وامتنعت 35 دولة عن التصويت.",
     ([("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")], _all("yes", "supported", "BRA", "MEX"))),
    ("صوتت 141 دولة، بما في ذلك روسيا، لصالح القرار.",  # Russia voted against
     ([("count", {"field": "yes", "op": "=", "value": 141}, "supported")], _all("yes", "contradicted", "RUS"))),
    # the count is only the verb's: a number with no side's word after it gives nothing
    ("صوتت 141 دولة في الجلسة.", ([], {})),
])
def test_arabic_verb_count_side(built_store, sentence, expected):
    assert (_numbers(sentence), positions_after(ES11_1_LEAD, sentence)) == expected


def test_arabic_long_name_of_the_united_states(built_store):
    assert positions_after(ES11_1_LEAD, "والدول التي رفضت القرار هي: سوريا، روسيا، الولايات المتحدة الأمريكية.") == {
        **_all("no", "contradicted", "USA"), **_all("no", "supported", "RUS", "SYR")}


@pytest.mark.parametrize("sentence, expected", [
    # Arabic-Indic digits read as digits; "بموافقة" labels the yes side; "اثني عشر" is twelve
    ("وتبنت الجمعية العامة القرار بموافقة ١٤١ صوتا مقابل رفض خمسة أصوات وامتناع خمسة وثلاثين عضوا.",
     [("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")]),
    ("وتبنت الجمعية العامة القرار بموافقة ١٤١ صوتا مقابل رفض اثني عشر صوتا.",
     [("tally", {"yes": 141, "no": 12}, "contradicted")]),
    # Persian: the text voted on before the label, "از رای دادن امتناع کردند" for the abstentions
    ("141 کشور به این قطعنامه رای مثبت و 5 کشور رای منفی دادند و 35 کشور دیگر از رای دادن امتناع کردند.",
     [("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")]),
])
def test_arabic_script_tallies(built_store, sentence, expected):
    assert _numbers(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Russian: the text's topic ("по Украине") and "предложения" in the object before a verb-last phrase
    ("За принятие резолюции по Украине проголосовали 141 страна, в том числе Бразилия и Мексика.",
     _all("yes", "supported", "BRA", "MEX")),
    ("Против предложения выступили Россия, Белоруссия, Сирия и другие.", _all("no", "supported", "RUS", "BLR", "SYR")),
    ("Против резолюции по Сирии проголосовали Россия и Китай.",  # Syria is the topic, not a voter; China abstained
     {**_all("no", "supported", "RUS"), **_all("no", "contradicted", "CHN")}),
])
def test_russian_object_with_its_topic(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Russian: a misspelt name inside a list after its phrase is passed over, the list goes on
    ("Против голосовали: Россия, Белоруссия, Камбоджиа, Сирия, КНДР и Эритрея.",
     _all("no", "supported", "RUS", "BLR", "SYR", "PRK", "ERI")),
    # but not a noun with its owner, nor a list before its phrase
    ("Против проголосовали Россия, Сирия, Белоруссия, Правительство Индии и Китай.", _all("no", "supported", "RUS", "SYR", "BLR")),
    ("Индия, Камбоджиа, Китай воздержались.", _all("abstain", "supported", "CHN")),
])
def test_russian_unknown_item_in_a_list(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Korean: the tally's labels cut to one syllable ("찬", "반"), in a tally only
    ("총회는 결의안을 찬141 반5 기권35로 채택했다.", [("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")]),
    ("총회는 결의안을 찬140·반5·기권35로 채택했다.", [("tally", {"yes": 140, "no": 5, "abstain": 35}, "contradicted")]),
    ("그는 찬반 토론에 5분을 썼다.", []),
])
def test_korean_short_labels(built_store, sentence, expected):
    assert _numbers(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Persian: the list "among the countries voting yes/no"; the press's "آمریکا" and "انگلیس"
    ("همچنین مکزیک، اوکراین و برزیل در میان کشورهای رأی‌دهنده مثبت قرار داشتند.",
     _all("yes", "supported", "BRA", "MEX", "UKR")),
    ("روسیه و چین در میان کشورهای رای دهنده مثبت بودند.", _all("yes", "contradicted", "RUS", "CHN")),
    ("آمریکا و انگلیس در میان کشورهای رأی‌دهنده منفی نبودند.", {}),  # not a vote phrase: the negation is after it
])
def test_persian_among_the_voters(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Bengali, read from the table of words: a name ends where its letters end (a case ending on it makes it no
    # voter), or before "সহ" (including); the danda ends a sentence
    ("ভোটদানে বিরত ছিল চীন, ভারত, ইরানসহ ৩৫টি দেশ।", _all("abstain", "supported", "CHN", "IND", "IRN")),
    ("এবারও বিপক্ষে ভোট দিয়েছে সিরিয়া, রাশিয়া ও বেলারুশ।", _all("no", "supported", "RUS", "BLR", "SYR")),
    ("ব্রাজিল ভোটদানে বিরত ছিল।", _all("abstain", "contradicted", "BRA")),  # Brazil voted yes
    ("রাশিয়ার বিপক্ষে ভোট দিয়েছে ব্রাজিল।", _all("no", "contradicted", "BRA")),  # "Russia's": the object, not a voter
    ("বাংলাদেশ এবার খসড়াটির পক্ষে ভোট দেয়নি।", {}),
])
def test_bengali_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_bengali_tally(built_store):
    assert _numbers("খসড়াটির পক্ষে ভোট পড়ে ১৪১টি, বিপক্ষে ৫টি।") == [("tally", {"yes": 141, "no": 5}, "supported")]
