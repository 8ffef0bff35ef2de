"""Thirtieth round (branch lang31): Dutch and Finnish, in sentences of our own. The record used: A/RES/ES-11/3 of 7 April
2022 (93-24-58; China, Iran, Cuba, Laos and Mali against, India abstaining, Sweden and France for), A/RES/ES-10/21 of
27 October 2023 (120-14-45; Finland and Sweden abstaining, Norway for) and A/RES/ES-10/22 of 12 December 2023
(153-10-23; Israel, the US, Austria and the Czech Republic against, Germany, Hungary, Italy and Ukraine abstaining,
France for)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import languages

FI_LEADS = {"ES-11/3": ("YK:n yleiskokous äänesti 7. huhtikuuta 2022 päätöslauselmasta ES-11/3.", date(2022, 4, 8)),
            "ES-10/21": ("YK:n yleiskokous hyväksyi päätöslauselman ES-10/21 lokakuussa 2023.", date(2023, 10, 28))}
NL_LEAD = ("De Algemene Vergadering van de VN nam op 12 december 2023 resolutie ES-10/22 aan.", date(2023, 12, 13))


def claims(lead: tuple[str, date], text: str) -> list[tuple]:
    """(kind, state, asserted, verdict) of each claim told after the lead, in the lead's paragraph (a vote is called
    false only where its own paragraph names it)."""
    return [(c["kind"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(lead[0] + ("\n" if "\n" in text else " ") + text, published=lead[1]).claims
            if c["kind"] != "other" and c["span"][0] > len(lead[0])]


def verdicts(found: list[tuple]) -> dict:
    return {(state, asserted.get("vote")): verdict for kind, state, asserted, verdict in found if kind == "position"}


def tally(found: list[tuple]) -> tuple:
    return next((asserted, verdict) for kind, _, asserted, verdict in found if kind == "tally")


# ---------------------------------------------------------------- Finnish


def test_finnish_tally_with_the_text_as_the_verbs_object(built_store):
    got = claims(FI_LEADS["ES-11/3"], "Päätöslauselman puolesta äänesti 93 maata ja sitä vastaan 24, ja 58 maata "
                                      "pidättäytyi äänestämästä.")
    assert tally(got) == ({"yes": 93, "no": 24, "abstain": 58}, "supported")
    got = claims(FI_LEADS["ES-11/3"], "Erottamisen puolesta äänesti 93 maata ja vastaan 27.")
    assert tally(got) == ({"yes": 93, "no": 27}, "contradicted")


def test_finnish_number_before_and_belongs_to_its_own_clause():
    # "97 maata ja vastaan 21": 97 is the yes, not the no
    assert languages.read("Päätöslauselman puolesta äänesti 97 maata ja vastaan 21.")[1] == [
        ("tally", {"yes": 97, "no": 21}, None, "")]


def test_finnish_list_after_the_side_with_the_text_first(built_store):
    assert verdicts(claims(FI_LEADS["ES-11/3"], "Päätöslauselmaa vastaan äänestivät muun muassa Kiina ja Iran.")) == {
        ("CHN", "no"): "supported", ("IRN", "no"): "supported"}
    assert verdicts(claims(FI_LEADS["ES-11/3"], "Kiina ja Intia äänestivät päätöslauselmaa vastaan.")) == {
        ("CHN", "no"): "supported", ("IND", "no"): "contradicted"}


def test_finnish_heading_in_capitals_with_its_first_name_on_its_line(built_store):
    got = verdicts(claims(FI_LEADS["ES-11/3"], "NÄMÄ MAAT ÄÄNESTIVÄT PÄÄTÖSLAUSELMAA VASTAAN Kuuba\nLaos\nMali"))
    assert got == {("CUB", "no"): "supported", ("LAO", "no"): "supported", ("MLI", "no"): "supported"}
    # a line of the list is its own paragraph: a wrong name is read, but not called false
    got = verdicts(claims(FI_LEADS["ES-11/3"], "NÄMÄ MAAT ÄÄNESTIVÄT PÄÄTÖSLAUSELMAA VASTAAN Kuuba\nRanska"))
    assert got == {("CUB", "no"): "supported", ("FRA", "no"): "unverifiable"}


def test_finnish_state_included_in_a_group_before_the_vote(built_store):
    got = claims(FI_LEADS["ES-11/3"], "Lähes kaikki Euroopan maat, mukaan lukien Ruotsi, äänestivät erottamisen puolesta.")
    assert verdicts(got) == {("SWE", "yes"): "supported"}


def test_finnish_side_taken_with_the_state_the_text_judges(built_store):
    # "asettuivat Venäjän puolelle" (sided with Russia) on a text suspending Russia: a no
    got = claims(FI_LEADS["ES-11/3"], "Kiina ja Kuuba asettuivat Venäjän puolelle.")
    assert [(s, v) for _, s, _, v in got] == [("CHN", "supported"), ("CUB", "supported")]
    # the side is read from Russia's own vote on the roll call (its title names no party): never called false
    got = claims(FI_LEADS["ES-11/3"], "Venäjän puolelle asettuivat muun muassa Iran ja Ranska.")
    assert [(s, v) for _, s, _, v in got] == [("IRN", "supported"), ("FRA", "unverifiable")]


def test_finnish_owned_decision_to_abstain(built_store):
    assert verdicts(claims(FI_LEADS["ES-10/21"], "Suomen päätös pidättäytyä äänestämästä herätti keskustelua.")) == {
        ("FIN", "abstain"): "supported"}
    assert verdicts(claims(FI_LEADS["ES-10/21"], "Norjan päätös pidättäytyä äänestämästä herätti keskustelua.")) == {
        ("NOR", "abstain"): "contradicted"}


def test_finnish_traps():
    # a vote "for Russia" is no yes; "against Russia" is no count of the no side; a conditional is no vote
    for sentence in ("Syyria ja Kiina äänestivät Venäjän puolesta yleiskokouksessa.",
                     "Venäjää vastaan äänesti 93 maata ja Venäjän puolesta 24.",
                     "Suomi olisi äänestänyt päätöslauselman puolesta, jos siinä olisi tuomittu isku."):
        read = languages.read(sentence)
        assert not read or all(asserted.get("vote") not in ("yes", "no") and kind == "position"
                               for kind, asserted, _, _ in read[1]), sentence


# ---------------------------------------------------------------- Dutch


def test_dutch_reflexive_verb_last_gives_the_tally_s_third_number(built_store):
    got = claims(NL_LEAD, "De resolutie werd aangenomen met 153 stemmen vóór en 10 tegen, terwijl 23 landen zich van "
                          "stemming onthielden.")
    assert tally(got) == ({"yes": 153, "no": 10, "abstain": 23}, "supported")
    got = claims(NL_LEAD, "De resolutie werd aangenomen met 153 stemmen vóór en 10 tegen, terwijl 26 landen zich van "
                          "stemming onthielden.")
    assert tally(got) == ({"yes": 153, "no": 10, "abstain": 26}, "contradicted")


def test_dutch_third_number_past_an_inclusion_aside(built_store):
    got = claims(NL_LEAD, "Uiteindelijk: 153 landen stemden vóór, tien tegen en 23 landen, waaronder Italië, "
                          "onthielden zich van stemming.")
    assert tally(got) == ({"yes": 153, "no": 10, "abstain": 23}, "supported")
    assert verdicts(got) == {("ITA", "abstain"): "supported"}
    # alone, a count past an aside is not read (it once placed a text on another vote)
    read = languages.read("Daarbij onthielden 23 landen, waaronder Italië, zich van stemming.")
    assert not any(kind == "count" for kind, *_ in read[1])


def test_dutch_side_s_own_group_opens_the_list(built_store):
    assert verdicts(claims(NL_LEAD, "Onder de tegenstemmers waren Oostenrijk en Frankrijk.")) == {
        ("AUT", "no"): "supported", ("FRA", "no"): "contradicted"}
    got = claims(NL_LEAD, "Onder de lidstaten die zich van stemming onthielden waren naast Duitsland nog twee Europese "
                          "landen – Hongarije en Italië.")
    assert verdicts(got) == {("DEU", "abstain"): "supported", ("HUN", "abstain"): "supported",
                             ("ITA", "abstain"): "supported"}
    got = claims(NL_LEAD, "Onder de lidstaten die zich van stemming onthielden, bevonden zich Duitsland en Frankrijk.")
    assert verdicts(got) == {("DEU", "abstain"): "supported", ("FRA", "abstain"): "contradicted"}


def test_dutch_reflexive_split_around_its_subjects(built_store):
    got = claims(NL_LEAD, "Daarnaast onthielden Duitsland en Italië, twee grote EU-landen, zich, samen met Oekraïne.")
    assert verdicts(got) == {("DEU", "abstain"): "supported", ("ITA", "abstain"): "supported",
                             ("UKR", "abstain"): "supported"}


def test_dutch_besides_and_the_perfect_with_the_text(built_store):
    assert verdicts(claims(NL_LEAD, "Naast de VS stemde ook Israël tegen.")) == {
        ("ISR", "no"): "supported", ("USA", "no"): "supported"}
    assert verdicts(claims(NL_LEAD, "Frankrijk heeft gisteren tegen de resolutie gestemd.")) == {
        ("FRA", "no"): "contradicted"}
    assert verdicts(claims(NL_LEAD, "Het land dat tegenstemde was Oostenrijk.")) == {("AUT", "no"): "supported"}
    # "naast" inside a clause (next to) opens nothing
    assert languages.read("Het land naast Duitsland stemde alleen tegen.")[1] == []
