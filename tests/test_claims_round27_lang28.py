"""Twenty-seventh round (issue 9, branch lang28): the families of holdout28's misses in other languages.
Italian "assieme a" companions, "sono invece" after a list opener, a count with its side and a copula before the list
("i 35 astenuti sono A", with a "besides" aside: "oltre a A e B, sono C"), the bare participle of a headline ("Cina e
India astenute"), "5 contrari (tra cui A)"; German "dagegen 5, darunter A", "darunter auch A", "Zu den Ländern, die …
stimmten, gehörten A", "Zu den Enthaltungen gehören A"; Portuguese "N contrários" as a tally's label; Greek number
words, "negative votes" and "declared abstention" with its count before the list; French "se sont prononcés en faveur
de" the text, "ont, …, soutenu" it with an aside; Turkish (a new language of the
word table: quoted labels, "N'e karşı M oyla", vote phrases); Polish "expressed support" and "came out against".
Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; abstaining among
others China, India, Iran, Mozambique, Pakistan; Brazil, Mexico and Ukraine voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after


def _all(vote: str, verdict: str, *iso3s: str) -> dict[str, tuple[str, str]]:
    return {iso3: (vote, verdict) for iso3 in iso3s}


@pytest.mark.parametrize("sentence, expected", [
    # Italian
    ("La Cina si è astenuta, assieme ad India, Iran e Mozambico.", _all("abstain", "supported", "CHN", "IND", "IRN", "MOZ")),
    ("I cinque paesi che hanno votato contro sono invece Russia, Bielorussia, Siria, Eritrea e Corea del Nord.",
     _all("no", "supported", "RUS", "BLR", "SYR", "ERI", "PRK")),
    ("I 5 paesi contrari, oltre a Russia e Siria, sono Bielorussia, Eritrea e Corea del Nord.",
     _all("no", "supported", "RUS", "SYR", "BLR", "ERI", "PRK")),
    ("Mentre i 35 astenuti sono Cina, India e Pakistan.", _all("abstain", "supported", "CHN", "IND", "PAK")),
    ("Cina e India astenute, sì del Brasile.", _all("abstain", "supported", "CHN", "IND")),
    ("Il testo ha ottenuto 141 voti a favore, 5 contrari (tra cui Russia e Siria) e 35 astenuti.",
     _all("no", "supported", "RUS", "SYR")),
    # German
    ("Für die Resolution stimmten 141 Staaten, dagegen 5, darunter Russland, Syrien und Eritrea.",
     _all("no", "supported", "RUS", "SYR", "ERI")),
    ("35 Länder enthielten sich, darunter auch China und Indien.", _all("abstain", "supported", "CHN", "IND")),
    ("Zu den Ländern, die gegen den Entwurf stimmten, gehörten ebenfalls Eritrea und Syrien.", _all("no", "supported", "SYR", "ERI")),
    ("Zu den Enthaltungen gehören China, Indien und andere.", _all("abstain", "supported", "CHN", "IND")),
    # Greek: the count and its noun between the phrase and the list
    ("Αποχή δήλωσαν 35 χώρες, η Κίνα, η Ινδία, το Ιράν και άλλες.", _all("abstain", "supported", "CHN", "IND", "IRN")),
    ("Κατά ψήφισαν πέντε χώρες, η Ρωσία, η Συρία και η Ερυθραία.", _all("no", "supported", "RUS", "SYR", "ERI")),
    # Turkish: the topic particle between a name and its phrase
    ("Rusya ve Suriye karşı oy kullandı, Çin ise çekimser kaldı.",
     {**_all("no", "supported", "RUS", "SYR"), **_all("abstain", "supported", "CHN")}),
    # French: a stance on the text as its vote, and "soutenu" with an aside before it
    ("Le Brésil et le Mexique se sont prononcés en faveur du texte.", _all("yes", "supported", "MEX", "BRA")),
    ("La Syrie s'est prononcée contre, la Chine s'est abstenue.",
     {**_all("no", "supported", "SYR"), **_all("abstain", "supported", "CHN")}),
    ("L'Ukraine et le Mexique ont, comme prévu, de nouveau soutenu le texte.", _all("yes", "supported", "MEX", "UKR")),
    # false statements caught: Brazil voted yes
    ("Zu den Enthaltungen gehörte auch Brasilien.", _all("abstain", "contradicted", "BRA")),
    ("Il Messico si è astenuto, assieme al Brasile.", _all("abstain", "contradicted", "MEX", "BRA")),
])
def test_positions(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # traps: a copula with no list, a sponsors' clause, a count with no side, the subject of a text
    "I 5 paesi contrari sono stati criticati dalla Francia.",
    "I 35 astenuti sono un segnale per la Cina.",
    "Zu den Ländern, die die Resolution einbrachten, gehörten Frankreich und Mexiko.",
    "I 40 paesi, oltre a Francia e Messico, sono Brasile e Cile.",
    "Le Brésil et le Mexique se sont prononcés contre la guerre.",
    "Le Brésil a soutenu le projet de l'Union africaine.",
])
def test_traps_read_no_position(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}


@pytest.mark.parametrize("sentence, expected, verdict", [
    ("141 États se sont prononcés en faveur du texte, alors que 5 ont voté contre et 35 se sont abstenus.",
     {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("O texto recebeu 141 votos favoráveis, 5 contrários e 35 abstenções.", {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("O texto recebeu 141 votos favoráveis, 7 contrários e 35 abstenções.", {"yes": 141, "no": 7, "abstain": 35}, "contradicted"),
    ("Υπήρξαν 141 ψήφοι υπέρ, πέντε αρνητικές ψήφοι και 35 αποχές.", {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("Oylamada 141 üye ülke 'evet', 5 üye ülke 'hayır' oyu verdi; 35 üye ülke de 'çekimser' oy kullandı.",
     {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("Karar 5'e karşı 141 oyla kabul edildi.", {"yes": 141, "no": 5}, "supported"),
    ("Karar 7'ye karşı 141 oyla kabul edildi.", {"yes": 141, "no": 7}, "contradicted"),
])
def test_tallies(built_store, sentence, expected, verdict):
    (tally,) = claims_after(ES11_1_LEAD, sentence, "tally")
    assert (tally["asserted"], tally["verdict"]) == (expected, verdict)


@pytest.mark.parametrize("sentence, expected", [
    ("W głosowaniu 141 państw członkowskich wyraziło poparcie dla tej rezolucji.", [("yes", 141, "supported")]),
    ("Pięć państw wystąpiło przeciwko rezolucji.", [("no", 5, "supported")]),
    ("Siedem państw wystąpiło przeciwko rezolucji.", [("no", 7, "contradicted")]),
])
def test_counts(built_store, sentence, expected):
    got = [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "count")]
    assert got == expected


@pytest.mark.parametrize("sentence, expected", [
    # the Assembly rejected the text: the larger number is the no
    ("Die Vollversammlung lehnte den Antrag mit 35 zu 12 Stimmen ab.", {"yes": 12, "no": 35}),
    ("Am Montag lehnte die Versammlung den Entwurf mit 40 gegen 20 Stimmen ab.", {"yes": 20, "no": 40}),
    # a side's count rejecting the text is no defeat
    ("Mit 141 zu 5 Stimmen: fünf Staaten lehnten den Text ab.", {"yes": 141, "no": 5}),
])
def test_german_rejection_by_the_assembly(sentence, expected):
    from unga.claims import languages

    (tally,) = [asserted for kind, asserted, _, _ in languages.read(sentence)[1] if kind == "tally"]
    assert tally == expected


def test_polish_overwhelming_majority_is_the_yes(built_store):
    got = [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
           for c in claims_after(ES11_1_LEAD, "Rezolucję poparła ogromna większość 140 państw.", "count")]
    assert got == [("yes", 140, "contradicted")]  # 141 voted yes
    # "most of the 35 states that abstained": a share of a side, no count of the yes
    assert claims_after(ES11_1_LEAD, "Zdecydowana większość 35 państw, które wstrzymały się od głosu, pochodzi z Afryki.",
                        "count") == []
