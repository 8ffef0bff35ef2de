"""Forty-sixth round, read46: vote phrases a reporter writes that the checker left unread (docs/claims.md,
"Forty-sixth round"): an echo opening its own sentence ("So did B."), "B did too", "voted to abstain", a quoted
"abstain" after "voted", a vote that is the means of another deed ("stayed neutral by abstaining"), "joined the
abstainers", "cast one of the five votes against", "A and four allies", and not voting said in Spanish, French,
Italian and German. Our own sentences, on the vote of 2 March 2022 (A/RES/ES-11/1: Russia, Belarus and Syria
against; China, India and Kazakhstan abstaining; Venezuela and Morocco not voting), with traps that must read
nothing."""

from __future__ import annotations

import pytest

from unga import api
from unga.claims import positions

pytestmark = pytest.mark.usefixtures("built_store")

LEAD = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 on Ukraine. "


def _positions(text: str) -> set:
    claims = api.check_text(text, published="2022-03-03").claims
    return {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims if c["kind"] == "position"}


@pytest.mark.parametrize("said, read", [
    ("Russia voted against. So did Belarus and Syria.", {("RUS", "no"), ("BLR", "no"), ("SYR", "no")}),
    ("Russia voted against. As did Belarus.", {("RUS", "no"), ("BLR", "no")}),
    ("Russia voted against. Belarus did too.", {("RUS", "no"), ("BLR", "no")}),
    ("China abstained. India did as well.", {("CHN", "abstain"), ("IND", "abstain")}),
])
def test_an_echo_of_the_sentence_before(said, read):
    assert _positions(LEAD + said) == {(iso3, vote, "supported") for iso3, vote in read}


def test_an_echo_after_two_sides_reads_nothing():
    # the sentence before gives two votes: "So did India" could echo either
    assert ("IND", "abstain", "supported") not in _positions(LEAD + "China abstained while the US voted yes. So did India.")
    assert not any(iso3 == "IND" for iso3, _, _ in _positions(LEAD + "China abstained while the US voted yes. So did India."))


def test_a_false_echo_is_called_false():
    # India abstained on ES-11/1: said to have voted against like Russia, the claim is contradicted
    assert ("IND", "no", "contradicted") in _positions(LEAD + "Russia voted against. So did India.")


@pytest.mark.parametrize("said, iso3, vote", [
    ("India voted to abstain.", "IND", "abstain"),
    ("India, however, voted to abstain on the resolution.", "IND", "abstain"),
    ("Kazakhstan voted to oppose the text.", "KAZ", "no"),
    ('India voted "abstain".', "IND", "abstain"),
    ("India voted “abstain” on the text.", "IND", "abstain"),
    ("Kazakhstan stayed neutral by abstaining.", "KAZ", "abstain"),
    ("India, by abstaining, signalled its unease.", "IND", "abstain"),
    ("India sat on the fence by abstaining.", "IND", "abstain"),
    ("Belarus broke with its neighbours by voting against.", "BLR", "no"),
    ("India joined the abstainers.", "IND", "abstain"),
    ("Syria cast one of the five votes against.", "SYR", "no"),
    ("Russia and four allies voted no.", "RUS", "no"),
])
def test_a_vote_phrase_of_the_press(said, iso3, vote):
    assert positions.positions(said)[0] and {(p.iso3, p.vote) for p in positions.positions(said)[0]} == {(iso3, vote)}


def test_traps_read_nothing():
    assert positions.positions("The Assembly voted to adopt the resolution.")[0] == []
    assert positions.positions("The text was adopted by voting.")[0] == []
    # the state of the means clause is the one whose vote it is
    assert {(p.iso3, p.vote) for p in positions.positions("India was angered by the US voting against.")[0]} \
        == {("USA", "no")}


@pytest.mark.parametrize("text, read", [
    ("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. Venezuela y Marruecos no votaron, "
     "y Bolivia se abstuvo.", {("VEN", "absent"), ("MAR", "absent"), ("BOL", "abstain")}),
    ("Le 2 mars 2022, l'Assemblée générale a adopté la résolution ES-11/1. Le Venezuela n'a pas voté.",
     {("VEN", "absent")}),
    ("Il 2 marzo 2022 l'Assemblea generale ha approvato la risoluzione ES-11/1. Il Marocco era assente.",
     {("MAR", "absent")}),
    ("Am 2. März 2022 verabschiedete die Generalversammlung die Resolution ES-11/1. Venezuela war abwesend, "
     "Marokko stimmte nicht ab.", {("VEN", "absent"), ("MAR", "absent")}),
])
def test_not_voting_in_other_languages(text, read):
    assert _positions(text) == {(iso3, vote, "supported") for iso3, vote in read}


@pytest.mark.parametrize("text", [
    "El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. Venezuela no votó a favor.",
    "Le 2 mars 2022, l'Assemblée générale a adopté la résolution ES-11/1. Le Venezuela n'a pas voté pour.",
])
def test_not_voting_for_a_side_is_no_absence(text):
    assert _positions(text) == set()


# Ukrainian, read from the table of words (data/vote_words.csv) as Bulgarian is: our own sentences
UK_LEAD = "Генеральна Асамблея ООН 2 березня 2022 року ухвалила резолюцію ES-11/1. "


def _claims(text: str, published: str | None = "2022-03-03") -> set:
    claims = api.check_text(text, published=published).claims
    return {(c["kind"], c["resolution"], c["state"], tuple(sorted(c["asserted"].items())), c["verdict"])
            for c in claims if c["kind"] != "other"}


def test_ukrainian_tally_and_lists():
    said = _claims(UK_LEAD + "За резолюцію проголосували 141 держава, проти — п'ять, ще 35 утрималися. Китай та Індія "
                   "утрималися, а Білорусь і КНДР проголосували проти.")
    es = "A/RES/ES-11/1"
    assert said == {("tally", es, None, (("abstain", 35), ("no", 5), ("yes", 141)), "supported"),
                    ("position", es, "CHN", (("vote", "abstain"),), "supported"),
                    ("position", es, "IND", (("vote", "abstain"),), "supported"),
                    ("position", es, "BLR", (("vote", "no"),), "supported"),
                    ("position", es, "PRK", (("vote", "no"),), "supported")}


def test_ukrainian_labels_dates_and_a_false_vote():
    said = _claims("27 березня 2014 року Генеральна Асамблея ООН ухвалила резолюцію про територіальну цілісність "
                   "України: 100 держав проголосували «за», 11 — «проти», 58 утрималися. Вірменія утрималася.",
                   published=None)
    assert ("tally", "A/RES/68/262", None, (("abstain", 58), ("no", 11), ("yes", 100)), "supported") in said
    assert ("position", "A/RES/68/262", "ARM", (("vote", "abstain"),), "contradicted") in said  # Armenia voted no


def test_ukrainian_not_voting_and_other_bodies():
    assert _claims(UK_LEAD + "Венесуела не брала участі в голосуванні.") == {
        ("position", "A/RES/ES-11/1", "VEN", (("vote", "absent"),), "supported")}
    # a Security Council veto is not an Assembly vote
    assert not any(kind == "position" and verdict == "contradicted" for kind, _, _, _, verdict in
                   _claims(UK_LEAD + "Рада Безпеки не змогла ухвалити резолюцію через вето Росії."))


def test_an_apostrophe_word_is_no_number():
    from unga.claims import langnumbers
    assert langnumbers.in_digits("сім'я, п’ять «проти», сім держав", "uk") == "сім'я, 5 «проти», 7 держав"


# "as did" in the languages `languages` and `russian` read (claims/langlikewise.py, russian.LIKE)
LIKEWISE = [
    ("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. México votó a favor de la resolución, al "
     "igual que Argentina y Brasil.", {("MEX", "yes"), ("ARG", "yes"), ("BRA", "yes")}),
    ("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. Bolivia se abstuvo, lo mismo que Cuba.",
     {("BOL", "abstain"), ("CUB", "abstain")}),
    ("Le 2 mars 2022, l'Assemblée générale a adopté la résolution ES-11/1. Le Sénégal s'est abstenu, tout comme "
     "l'Algérie.", {("SEN", "abstain"), ("DZA", "abstain")}),
    ("Em 2 de março de 2022, a Assembleia Geral aprovou a resolução ES-11/1. O Brasil votou a favor, assim como a "
     "Argentina.", {("BRA", "yes"), ("ARG", "yes")}),
    ("Am 2. März 2022 hat die Generalversammlung die Resolution ES-11/1 angenommen. Indien enthielt sich, ebenso wie "
     "China.", {("IND", "abstain"), ("CHN", "abstain")}),
    ("De Algemene Vergadering nam op 2 maart 2022 resolutie ES-11/1 aan. België stemde voor, net als Nederland.",
     {("BEL", "yes"), ("NLD", "yes")}),
    ("2 марта 2022 года Генеральная Ассамблея ООН приняла резолюцию ES-11/1. Китай воздержался при голосовании, как и "
     "Индия и Пакистан.", {("CHN", "abstain"), ("IND", "abstain"), ("PAK", "abstain")}),
]


@pytest.mark.parametrize("text, read", LIKEWISE)
def test_as_did_in_other_languages(text, read):
    assert _positions(text) == {(iso3, vote, "supported") for iso3, vote in read}


def test_a_false_companion_is_called_false():
    # Mexico voted for ES-11/1; said to have abstained like Bolivia, the claim is contradicted
    said = _positions("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. Bolivia se abstuvo, al "
                      "igual que México.")
    assert ("MEX", "abstain", "contradicted") in said


@pytest.mark.parametrize("text", [
    # the companion list runs into a clause of its own: left unread
    "El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. México votó a favor, como Argentina, "
    "que luego cambió de posición.",
    "2 марта 2022 года Генеральная Ассамблея ООН приняла резолюцию ES-11/1. Китай воздержался, как и Индия, которая "
    "голосовала за.",
])
def test_a_companion_with_a_clause_of_its_own_reads_nothing_more(text):
    assert not {"ARG", "IND"} & {iso3 for iso3, _, _ in _positions(text)}


def test_as_expected_is_no_companion():
    said = _positions("2 марта 2022 года Генеральная Ассамблея ООН приняла резолюцию ES-11/1. Россия проголосовала "
                      "против, как и ожидалось.")
    assert said == {("RUS", "no", "supported")}


@pytest.mark.parametrize("text, read", [
    ("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. India, que se abstuvo en la votación, "
     "pidió diálogo.", {("IND", "abstain", "supported")}),
    ("Le 2 mars 2022, l'Assemblée générale a adopté la résolution ES-11/1. La Chine, qui s'est abstenue, a appelé au "
     "dialogue.", {("CHN", "abstain", "supported")}),
    # a false vote in the relative is called false (Cuba abstained)
    ("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. Estados Unidos criticó a Cuba, que votó "
     "en contra.", {("CUB", "no", "contradicted")}),
])
def test_a_relative_clause_that_is_the_states_vote(text, read):
    assert _positions(text) == read


def test_a_pluperfect_or_dated_relative_is_not_this_vote():
    said = _positions("Le 2 mars 2022, l'Assemblée générale a adopté la résolution ES-11/1. L'Inde, qui s'était "
                      "abstenue, a appelé au dialogue.")
    assert said == set()
    said = _positions("El 2 de marzo de 2022 la Asamblea General aprobó la resolución ES-11/1. India, que se abstuvo "
                      "en 2014, pidió diálogo.")
    assert said == set()


@pytest.mark.parametrize("lang, sentence, read", [
    ("es", "Israel, Canadá y otros 7 países votaron en contra.", {("ISR", "no"), ("CAN", "no")}),
    ("fr", "Israël, les États-Unis et 12 autres pays ont voté contre.", {("ISR", "no"), ("USA", "no")}),
    ("pt", "Israel, os Estados Unidos e outros 7 países votaram contra.", {("ISR", "no"), ("USA", "no")}),
    ("de", "Ungarn, die USA und 12 weitere Staaten stimmten dagegen, und 45 enthielten sich.", {("HUN", "no"), ("USA", "no")}),
    # German "die" as the article of names on a list, not a relative pronoun
    ("de", "Kanada, die USA und Israel stimmten dagegen, und 45 enthielten sich.",
     {("CAN", "no"), ("USA", "no"), ("ISR", "no")}),
])
def test_named_states_and_n_others_and_articles_on_a_list(lang, sentence, read):
    from unga.claims import languages
    assert {(iso3, vote) for iso3, vote, _, _ in languages.positions(sentence, lang)} == read


def test_a_german_relative_clause_is_still_one():
    from unga.claims import languages
    assert languages.positions("Die Resolution, die die USA und Israel ablehnten, wurde angenommen.", "de") == []
    assert {p[0] for p in languages.positions("Deutschland, das die USA unterstützt, enthielt sich.", "de")} == {"DEU"}


@pytest.mark.parametrize("sentence, read", [
    ("Tra i paesi astenuti figurano Cina e India.", {("CHN", "abstain"), ("IND", "abstain")}),
    ("Fra gli stati contrari, Bielorussia e Siria.", {("BLR", "no"), ("SYR", "no")}),
])
def test_italian_group_noun_before_its_side(sentence, read):
    lead = "Il 2 marzo 2022 l'Assemblea generale dell'ONU ha approvato la risoluzione ES-11/1 sull'Ucraina. "
    assert _positions(lead + sentence) == {(iso3, vote, "supported") for iso3, vote in read}


@pytest.mark.parametrize("sentence, value, verdict", [
    ("Abstentions numbered 35.", 35, "supported"),
    ("Abstentions totalled 35.", 35, "supported"),
    ("The abstentions numbered 34.", 34, "contradicted"),
])
def test_a_side_first_then_its_total(sentence, value, verdict):
    claims = api.check_text(LEAD + sentence, published="2022-03-03").claims
    assert [(c["asserted"], c["verdict"]) for c in claims if c["kind"] == "count"] == [
        ({"field": "abstain", "op": "=", "value": value}, verdict)]


@pytest.mark.parametrize("said, read", [
    ("India has close ties with Moscow. It abstained.", {("IND", "abstain", "supported")}),
    ("India has close ties with Moscow. The country abstained.", {("IND", "abstain", "supported")}),
    ("India has close ties with Moscow, but it abstained.", {("IND", "abstain", "supported")}),
    ("India has ties with Moscow. It voted in favour.", {("IND", "yes", "contradicted")}),
])
def test_it_or_the_country_for_the_one_state_before(said, read):
    assert _positions(LEAD + said) == read


@pytest.mark.parametrize("said", [
    "India and China have close ties with Moscow. It abstained.",  # two states before: either
    "Critics said India would back Russia. It abstained.",
    "India has close ties with Moscow.\n\nIt abstained.",  # another paragraph
])
def test_it_with_no_single_referent_reads_nothing(said):
    assert _positions(LEAD + said) == set()


def test_a_hundred_and_its_parts():
    from unga.claims.digits import in_digits
    assert in_digits("a hundred and forty-one states voted yes") == "141 states voted yes"
    claims = api.check_text(LEAD + "A hundred and forty-one countries backed it.", published="2022-03-03").claims
    assert [(c["asserted"], c["verdict"]) for c in claims if c["kind"] == "count"] == [
        ({"field": "yes", "op": "=", "value": 141}, "supported")]


def test_a_headlines_list_among_n_nations_to_abstain():
    claims = api.check_text("India, China among 35 nations to abstain on UN vote against Russia",
                            published="2022-03-03").claims
    assert {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims if c["kind"] == "position"} == {
        ("IND", "abstain", "supported"), ("CHN", "abstain", "supported")}


# Hebrew, read from the table of words: "and" written on the name it joins ("ופקיסטן")
HE_LEAD = "ב-2 במרץ 2022 אימצה העצרת הכללית של האו\"ם את החלטה ES-11/1 על אוקראינה. "


def test_hebrew_tally_lists_and_a_false_vote():
    said = _claims(HE_LEAD + "141 מדינות הצביעו בעד, 5 נגד ו-35 נמנעו. סין, הודו ופקיסטן נמנעו, ואילו בלארוס וסוריה "
                   "הצביעו נגד.")
    es = "A/RES/ES-11/1"
    assert ("tally", es, None, (("abstain", 35), ("no", 5), ("yes", 141)), "supported") in said
    assert {(iso3, vote, verdict) for kind, _, iso3, vote, verdict in said if kind == "position"} == {
        ("CHN", (("vote", "abstain"),), "supported"), ("IND", (("vote", "abstain"),), "supported"),
        ("PAK", (("vote", "abstain"),), "supported"), ("BLR", (("vote", "no"),), "supported"),
        ("SYR", (("vote", "no"),), "supported")}
    assert ("position", es, "IND", (("vote", "no"),), "contradicted") in _claims(HE_LEAD + "הודו הצביעה נגד ההחלטה.")


def test_hebrew_prefixes_other_than_and_name_no_voter():
    # "supported Israel" (a preposition on the name) is no vote; the Security Council's veto is not the Assembly's
    assert not any(kind == "position" for kind, *_ in _claims(HE_LEAD + "ארה\"ב תמכה בישראל."))
    assert not any(kind == "position" for kind, *_ in _claims(HE_LEAD + "מועצת הביטחון לא הצליחה לקבל החלטה בשל וטו רוסי."))


# Hindi (Devanagari), read from the table of words
HI_LEAD = "संयुक्त राष्ट्र महासभा ने 2 मार्च 2022 को यूक्रेन पर प्रस्ताव ES-11/1 पारित किया। "


def test_hindi_tally_lists_and_a_false_vote():
    said = _claims(HI_LEAD + "141 देशों ने पक्ष में मतदान किया, 5 ने विरोध में मतदान किया और 35 देशों ने मतदान से परहेज "
                   "किया। भारत, चीन और पाकिस्तान ने मतदान से परहेज किया। रूस और सीरिया ने प्रस्ताव के खिलाफ मतदान किया।")
    es = "A/RES/ES-11/1"
    assert ("tally", es, None, (("abstain", 35), ("no", 5), ("yes", 141)), "supported") in said
    assert {(iso3, vote) for kind, _, iso3, vote, verdict in said if kind == "position" and verdict == "supported"} == {
        ("IND", (("vote", "abstain"),)), ("CHN", (("vote", "abstain"),)), ("PAK", (("vote", "abstain"),)),
        ("RUS", (("vote", "no"),)), ("SYR", (("vote", "no"),))}
    assert ("position", es, "IND", (("vote", "yes"),), "contradicted") in _claims(
        HI_LEAD + "भारत ने प्रस्ताव के पक्ष में मतदान किया।")


@pytest.mark.parametrize("sentence", [
    "भारत ने रूस के खिलाफ मतदान किया।",  # against Russia: Russia is the target, not a voter
    "भारत ने मतदान से परहेज नहीं किया।",  # a denial
    "सुरक्षा परिषद में रूस ने वीटो किया।",  # the Security Council's veto
])
def test_hindi_traps_read_no_position(sentence):
    assert not any(kind == "position" for kind, *_ in _claims(HI_LEAD + sentence))


def test_turkish_converb_while_voting():
    text = ("BM Genel Kurulu 2 Mart 2022 tarihinde ES-11/1 sayılı kararı kabul etti. Türkiye lehte oy kullanırken Çin "
            "çekimser kaldı; Hindistan çekimser kalırken Rusya aleyhte oy kullandı.")
    assert _positions(text) == {("TUR", "yes", "supported"), ("CHN", "abstain", "supported"),
                                ("IND", "abstain", "supported"), ("RUS", "no", "supported")}


def test_ukrainian_count_out_of_the_membership():
    # "143 of the 193 member countries voted for": the membership counted is not the side (a hunt's text read 193)
    said = _claims("Генеральна Асамблея ООН 12 жовтня 2022 року ухвалила резолюцію ES-11/4. 143 із 193 країн-членів "
                   "проголосували за резолюцію.", published="2022-10-13")
    assert said == {("count", "A/RES/ES-11/4", None, (("field", "yes"), ("op", "="), ("value", 143)), "supported")}
