"""Twenty-eighth round (issue 9, branch langleft): language shapes lang29 left. Romanian typed with the cedilla letters
("Franţa" where the catalogue writes "Franța"); French lists whose last state follows "ainsi que", "tout comme" or
"ou encore", or a group of states before a colon ("et de nombreux pays africains : A, B"); Arabic names as the
Egyptian press writes them (a foreign g with jeem: "باراجواي", "السنجال") and shortened ("البوسنة"). Sentences of our
own, true and false, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; abstaining among
others China, India, Mozambique, Angola, Algeria, Senegal; France, Germany, Paraguay, Guatemala, Portugal, Bosnia,
Latvia, Malawi and Brazil voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, positions_after


def _all(vote: str, verdict: str, *iso3s: str) -> dict[str, tuple[str, str]]:
    return {iso3: (vote, verdict) for iso3 in iso3s}


@pytest.mark.parametrize("sentence, expected", [
    # Romanian: the cedilla letters read as the comma ones
    ("Franţa şi Germania au votat pentru rezoluţie.", _all("yes", "supported", "FRA", "DEU")),
    ("Franţa a votat împotriva rezoluţiei.", _all("no", "contradicted", "FRA")),
    # French: the list's last state after "as well as" or "or else"
    ("Plusieurs pays se sont abstenus : la Chine, l'Inde ainsi que le Mozambique.",
     _all("abstain", "supported", "CHN", "IND", "MOZ")),
    ("Trois pays se sont abstenus : la Chine, tout comme l'Inde et le Mozambique.",
     _all("abstain", "supported", "CHN", "IND", "MOZ")),
    ("Cinq pays ont voté contre : la Russie, la Syrie ou encore l'Érythrée.", _all("no", "supported", "RUS", "SYR", "ERI")),
    ("La Chine et l'Inde, ainsi que le Mozambique, se sont abstenues.", _all("abstain", "supported", "CHN", "IND", "MOZ")),
    # a group of states before a colon opens the list's last stretch
    ("Plusieurs pays se sont abstenus : la Chine et de nombreux pays africains : l'Angola, l'Algérie et le Mozambique.",
     _all("abstain", "supported", "CHN", "AGO", "DZA", "MOZ")),
    # not a group when a side's label or a verb follows its noun: that is another side's list
    ("Se sont abstenus : la Chine, l'Inde et trois pays contre : la Russie et la Syrie.",
     {**_all("abstain", "supported", "CHN", "IND"), **_all("no", "supported", "RUS", "SYR")}),
    ("Se sont abstenus : la Chine, l'Inde et deux pays ont voté : la Russie.", _all("abstain", "supported", "CHN", "IND")),
    # false: Brazil voted yes
    ("Plusieurs pays se sont abstenus : la Chine, l'Inde ainsi que le Brésil.",
     {**_all("abstain", "supported", "CHN", "IND"), "BRA": ("abstain", "contradicted")}),
    # traps: "ainsi que" before a clause, "tout comme" before a time, no state after them
    ("La Russie a voté contre, ainsi que l'avait annoncé la Chine.", _all("no", "supported", "RUS")),
    ("La Chine s'est abstenue, tout comme lors du vote précédent.", _all("abstain", "supported", "CHN")),
    # Arabic: a foreign g written with jeem, and the press's short names
    ("صوتت باراجواي وجواتيمالا والبرتجال لصالح القرار.", _all("yes", "supported", "PRY", "GTM", "PRT")),
    ("امتنعت السنجال عن التصويت على القرار.", _all("abstain", "supported", "SEN")),
    ("صوتت السنجال ضد القرار.", _all("no", "contradicted", "SEN")),
    ("صوتت البوسنة ولاتيفيا ومالاوي لصالح القرار.", _all("yes", "supported", "BIH", "LVA", "MWI")),
    ("امتنعت البوسنة عن التصويت.", _all("abstain", "contradicted", "BIH")),
])
def test_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_moroccos_ghain_gives_no_word_a_state():
    from unga.claims.wordnames import names

    assert names("ar").get("المجرب") is None and names("ar")["باراجواي"] == "PRY"
