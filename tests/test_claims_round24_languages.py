"""Twenty-fourth round (issue 9, branch lang9): Romanian, Swahili, Swedish, Norwegian and Tagalog read from the table of
words (data/vote_words.csv), with their number words; a count of several sides ("the 40 states that opposed,
abstained or were absent") and a count of one region's states ("17 African states") read as no count of the vote;
"N states voted against, among them A and B"; Japanese: a line ending in 。 ends its paragraph, "反対はA、B",
"AやBなど…国が棄権", "棄権は35". Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; abstaining among
others China, India, Iran, Mozambique; absent among others Uzbekistan and Guinea-Bissau; Brazil, Mexico and Ukraine
voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import cjk, text


def _all(vote: str, verdict: str, *iso3s: str) -> dict[str, tuple[str, str]]:
    return {iso3: (vote, verdict) for iso3 in iso3s}


def _tally(sentence: str) -> tuple[dict, str]:
    (tally,) = claims_after(ES11_1_LEAD, sentence, "tally")
    return tally["asserted"], tally["verdict"]


def _counts(sentence: str) -> list[tuple[str, int, str]]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "count")]


@pytest.mark.parametrize("sentence", [
    "Rezoluția a fost adoptată cu 141 de voturi pentru, 5 voturi împotrivă și 35 de abțineri.",
    # the cedilla forms of ș and ț, a number in words, the favourable vote before its number
    "Rezoluţia a fost adoptată cu votul favorabil a 141 de ţări membre, cinci voturi împotrivă şi 35 de abţineri.",
    "Azimio hilo liliungwa mkono na nchi 141 huku 35 zikijizuia na tano kupiga kura dhidi yake.",
    "Denne gangen stemte 141 land ja, 35 avsto og 5 stemte nei.",
    "Resolutionen antogs med 141 röster för, 5 emot och 35 nedlagda röster.",
])
def test_tallies(built_store, sentence):
    assert _tally(sentence) == ({"yes": 141, "no": 5, "abstain": 35}, "supported")


@pytest.mark.parametrize("sentence, expected", [
    # Romanian: the list before its vote phrase, the list after "the countries that voted against … are"
    ("Rusia, Belarus și Siria au votat împotrivă, iar China și India s-au abținut.",
     {**_all("no", "supported", "RUS", "BLR", "SYR"), **_all("abstain", "supported", "CHN", "IND")}),
    ("Statele care au votat împotriva rezoluției sunt: Belarus, Coreea de Nord, Eritreea, Rusia și Siria.",
     _all("no", "supported", "BLR", "PRK", "ERI", "RUS", "SYR")),
    ("Brazilia și Ucraina s-au abținut.",  # both voted yes: false statements caught
     _all("abstain", "contradicted", "BRA", "UKR")),
    # Swahili: the verb's prefixes (zi-li-ji-zuia, ha-zi-ku-shiriki), a relative clause after "ni mataifa ambayo"
    ("Urusi, Belarusi, Siria na Eritrea zilipiga kura ya kupinga.", _all("no", "supported", "RUS", "BLR", "SYR", "ERI")),
    ("China, India na Msumbiji zilijizuia kupiga kura.", _all("abstain", "supported", "CHN", "IND", "MOZ")),
    ("Uzbekistan na Guinea-Bissau hazikushiriki katika kura hiyo.", _all("absent", "supported", "UZB", "GNB")),
    ("Urusi na Siria ni mataifa ambayo yalipiga kura kupinga azimio hilo.", _all("no", "supported", "RUS", "SYR")),
    # Swedish: the verb second, before its subjects; the list after a counted side and "bland dem"
    ("I går röstade Brasilien och Mexiko för resolutionen.", _all("yes", "supported", "BRA", "MEX")),
    ("Kina och Indien avstod.", _all("abstain", "supported", "CHN", "IND")),
    ("Endast fem stater röstade emot, bland dem Ryssland och Syrien.", _all("no", "supported", "RUS", "SYR")),
    # Norwegian: "was among those who"
    ("Ukraina var blant dem som stemte ja, Russland stemte nei, mens Kina avsto.",
     {"UKR": ("yes", "supported"), "RUS": ("no", "supported"), "CHN": ("abstain", "supported")}),
    # Tagalog: the verb first, "ang" before the subject; the side after the verb when the subjects follow
    ("Bumoto ang Brazil pabor sa resolusyon.", {"BRA": ("yes", "supported")}),
    ("Bumoto pabor ang Mexico at Ukraine, habang nag-abstain naman ang China at India.",
     {**_all("yes", "supported", "MEX", "UKR"), **_all("abstain", "supported", "CHN", "IND")}),
    # French, Spanish, German: a count, its vote phrase, then the list in brackets
    ("Cinq pays ont voté contre (la Biélorussie, la Corée du Nord, la Russie et la Syrie), 35 se sont abstenus.",
     _all("no", "supported", "BLR", "PRK", "RUS", "SYR")),
    ("Cinco países votaron en contra (Rusia, Siria y Eritrea).", _all("no", "supported", "RUS", "SYR", "ERI")),
    ("Fünf Staaten stimmten dagegen (Russland, Syrien und Belarus).", _all("no", "supported", "RUS", "SYR", "BLR")),
    # the capital after a hyphen in lower case, "les USA"; the count nearest an inclusion marker gives its side
    ("La résolution a recueilli 141 voix, avec 35 abstentions et seulement cinq voix contre, dont la Russie, la "
     "Biélorussie et la Corée du Nord.", _all("no", "supported", "RUS", "BLR", "PRK")),
    ("La Chine s'est abstenue tandis que les USA et le Royaume-uni ont voté pour.",
     {"CHN": ("abstain", "supported"), "USA": ("yes", "supported"), "GBR": ("yes", "supported")}),
    # Arabic: a list set off by dashes after "the following:", a name whose hamza's seat is written bare ("ايران"),
    # the list in quotes after "the states that opposed the resolution are"
    ("وشملت الدول الممتنعة عن التصويت ما يلي: الصين - الهند - الجزائر.", _all("abstain", "supported", "CHN", "IND", "DZA")),
    ("الدول التي امتنعت عن التصويت هي: الصين، الهند، ايران.", _all("abstain", "supported", "CHN", "IND", "IRN")),
    ("والدول التي عارضت القرار هي: “روسيا، سوريا”.", _all("no", "supported", "RUS", "SYR")),
    # Portuguese "se posicionaram a favor", in a partitive
    ("O Brasil foi um dos 141 países que se posicionaram a favor do projeto.", {"BRA": ("yes", "supported")}),
])
def test_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Cinq pays ont voté contre la Russie (la Syrie, Cuba).",  # the phrase takes an object: no list of its side
    "Deux pays ont voté contre (la Syrie, Cuba et la Russie).",  # more names than the count
    "Ucraina nu a votat împotrivă.",  # negated
    "Hindi bumoto pabor ang Russia.",  # negated
    "Mexico ilituma ujumbe kwa Urusi na Siria kabla ya kura.",  # no vote phrase
])
def test_trap_no_position(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}


def test_counts_and_their_traps(built_store):
    assert _counts("Endast fem stater röstade emot, bland dem Ryssland och Syrien.") == [("no", 5, "supported")]
    # Persian: the absent ("were absent in this vote")
    assert _counts("همچنین ۱۲ کشور در این رأی‌گیری غایب بودند.") == [("absent", 12, "supported")]
    # "o nouă rezoluție" is a new resolution, not nine
    assert _counts("Adunarea a adoptat o nouă rezoluție cu 141 de voturi pentru.") == [("yes", 141, "supported")]
    # the 40 states that opposed, abstained or were absent: no count of one side
    assert _counts("Balozi aliyashukuru mataifa 40 yaliyopinga azimio hilo, yaliyojizuia au hayakuwepo.") == []
    # one region's states, not the Assembly's
    assert _counts("Nchi 17 za Afrika zilijizuia kupiga kura, huku 28 zikiunga mkono.") == []
    assert _counts("Tre afrikanska länder röstade emot.") == []


@pytest.mark.parametrize("sentence, expected", [
    # the side's word and は, then its list; a list, "など" and a noun phrase of states, then が
    ("決議案は賛成141、反対5、棄権35で採択され、反対はロシア、ベラルーシ、シリア。", _all("no", "supported", "RUS", "BLR", "SYR")),
    ("決議案は賛成141、反対5、棄権35で採択され、中国やインドなどアジアの主要国が棄権した。",
     _all("abstain", "supported", "CHN", "IND")),
])
def test_japanese_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD + "\n\n", sentence) == expected


def test_japanese_count_with_wa(built_store):
    (tally,) = claims_after(ES11_1_LEAD + "\n\n", "決議案は賛成141で採択され、反対は5、棄権は35だった。", "tally")
    assert tally["asserted"] == {"yes": 141, "no": 5, "abstain": 35} and tally["verdict"] == "supported"


def test_japanese_count_after_the_list():
    assert cjk.tally("棄権したのは、中国、イスラエル、キューバの3か国。", "ja") == {"abstain": 3}


def test_japanese_line_ends_its_paragraph():
    body = "決議案は賛成141、反対5、棄権35で採択された。\n一方、別の決議案も採択された。日本は反対した。"
    # (and 。 ends a sentence, branch study25)
    assert [s for _, _, s in text.sentences(body)] == ["決議案は賛成141、反対5、棄権35で採択された。",
                                                      "一方、別の決議案も採択された。", "日本は反対した。"]
