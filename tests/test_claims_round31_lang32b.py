"""Thirty-first round (branch lang32b): holdout32's texts in Danish, Slovak, Czech, Polish, German and Dutch.
Sentences of our own, true and false variants side by side. The record used: A/RES/ES-11/6 of 23 February 2023 (peace
in Ukraine, 141-7-32: Belarus, Eritrea, Mali, Nicaragua, North Korea, Russia and Syria against; China, India, Iran,
Pakistan and South Africa abstained), A/RES/ES-10/22 of 12 December 2023 (a ceasefire in Gaza, 153-10-23: Austria,
Czechia, Guatemala, Israel, Liberia, Micronesia, Nauru, Papua New Guinea, Paraguay and the United States against;
Germany, Hungary, Italy and Slovakia abstained), A/RES/ES-11/2 of 24 March 2022 (140-5-38), A/RES/72/4 of 1 November
2017 (the Cuba embargo, 191-2-0), A/RES/80/72 of 2 December 2025 (Palestine, 151-11-11, Israel and the United States
against, Canada for) and A/RES/67/176 of 20 December 2012 (the death-penalty moratorium, 111-41-34: Liberia, Niger,
Papua New Guinea and Suriname abstained)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import langlines, wordlangs


def claims(text: str, published: date) -> list[tuple]:
    """(resolution, state, asserted, verdict) of each claim that is not 'other'."""
    return [(c["resolution"], c["state"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def count(field: str, value: int) -> dict:
    return {"field": field, "op": "=", "value": value}


DA_LEAD = "FN's Generalforsamling krævede torsdag, at Rusland trækker sine tropper ud af Ukraine. "
PEACE = "A/RES/ES-11/6"


def test_danish_is_read_from_its_own_rows():
    assert wordlangs.language_of("I alt syv stater inklusive Hviderusland stemte imod.") == "da"
    assert wordlangs.language_of("Kun Norge og Island stemte imot, mens Sverige avsto fra å stemme.") == "nb"


def test_danish_counts_with_their_states_and_a_side_taken_with_russia(built_store):
    said = ("I alt stemte 141 stater for. I alt syv stater inklusive Hviderusland stemte imod. Yderligere 32 stater - "
            "heriblandt Indien og Kina - undlod at stemme. De lande, der stemte sammen med Rusland, var Syrien, Mali og "
            "Eritrea. Også Danmark stemte for.")
    got = claims(DA_LEAD + said, date(2023, 2, 24))
    assert got == [(PEACE, None, count("yes", 141), "supported"), (PEACE, None, count("no", 7), "supported"),
                   (PEACE, "BLR", {"vote": "no"}, "supported"), (PEACE, None, count("abstain", 32), "supported"),
                   (PEACE, "IND", {"vote": "abstain"}, "supported"), (PEACE, "CHN", {"vote": "abstain"}, "supported"),
                   (PEACE, "SYR", {"vote": "no"}, "supported"), (PEACE, "MLI", {"vote": "no"}, "supported"),
                   (PEACE, "ERI", {"vote": "no"}, "supported"), (PEACE, "DNK", {"vote": "yes"}, "supported")]


def test_danish_false_variants_are_contradicted(built_store):
    said = "I alt syv stater inklusive Kina stemte imod. De lande, der stemte sammen med Rusland, var Syrien og " \
           "Eritrea. Også Danmark undlod at stemme."
    got = {(state, verdict) for _, state, _, verdict in claims(DA_LEAD + said, date(2023, 2, 24))}
    assert ("CHN", "contradicted") in got and ("DNK", "contradicted") in got
    assert ("SYR", "supported") in got and ("ERI", "supported") in got


def test_trap_danish_did_not_vote_is_no_abstention(built_store):
    # "N lande, der ikke stemte" may be the absent or the abstainers: its number is not read
    got = claims(DA_LEAD + "Resolutionen fik 141 stemmer for og 7 imod, mens 45 stater, der ikke stemte, blev talt "
                 "for sig.", date(2023, 2, 24))
    assert got == [(PEACE, None, {"yes": 141, "no": 7}, "supported")]


SK_LEAD = "Valné zhromaždenie OSN v utorok žiadalo prímerie v Gaze. "
GAZA = "A/RES/ES-10/22"


def test_slovak_tally_and_a_list_one_state_a_line(built_store):
    said = ("Rezolúciu podporilo 153 štátov, proti hlasovalo 10 a 23 sa zdržalo.\n"
            "Hlasovali proti:\nIzrael\nRak?sko\nParaguaj\nUSA\nNemecko, Taliansko a ďalšie štáty sa zdržali.")
    got = claims(SK_LEAD + said, date(2023, 12, 13))
    assert got == [(GAZA, None, {"yes": 153, "no": 10, "abstain": 23}, "supported"),
                   (GAZA, "ISR", {"vote": "no"}, "supported"), (GAZA, "PRY", {"vote": "no"}, "supported"),
                   (GAZA, "USA", {"vote": "no"}, "supported"), (GAZA, "DEU", {"vote": "abstain"}, "supported"),
                   (GAZA, "ITA", {"vote": "abstain"}, "supported")]
    said = ("Rezolúciu podporilo 153 štátov, proti hlasovalo 10 a 23 sa zdržalo.\n"
            "Hlasovali proti:\nIzrael\nMaďarsko\nUSA\nNemecko, Francúzsko a ďalšie štáty sa zdržali.")
    got = {(state, verdict) for _, state, _, verdict in claims(SK_LEAD + said, date(2023, 12, 13))}
    assert got == {(None, "supported"), ("ISR", "supported"), ("HUN", "contradicted"), ("USA", "supported"),
                   ("DEU", "supported"), ("FRA", "contradicted")}


def test_a_line_whose_letter_the_page_lost_is_passed_over():
    assert langlines.lost("Rak?sko") and langlines.lost("?ierna Hora\ufffd")
    assert not langlines.lost("Rakúsko") and not langlines.lost("Kto hlasoval proti?") and not langlines.lost("12 ?ok")


CS_LEAD = "Valné shromáždění OSN ve čtvrtek vyzvalo Rusko k odchodu z Ukrajiny. "


def test_czech_tally_said_with_supported_and_the_list_that_stood_against(built_store):
    said = "Rezoluci podpořilo 141 států; proti bylo sedm států, zatímco 32 států se zdrželo. Vedle Moskvy se proti " \
           "textu postavily také Sýrie, {} a Eritrea."
    got = claims(CS_LEAD + said.format("Mali"), date(2023, 2, 24))
    assert got == [(PEACE, None, {"yes": 141, "no": 7, "abstain": 32}, "supported"),
                   (PEACE, "SYR", {"vote": "no"}, "supported"), (PEACE, "MLI", {"vote": "no"}, "supported"),
                   (PEACE, "ERI", {"vote": "no"}, "supported")]
    got = claims(CS_LEAD + said.format("Indie"), date(2023, 2, 24))
    assert (PEACE, "IND", {"vote": "no"}, "contradicted") in got


def test_trap_czech_abstention_phrase_takes_no_number_of_another_clause(built_store):
    # "sedm států a 32 se zdrželo": the 7 is the no, the 32 the abstentions
    got = claims(CS_LEAD + "Proti němu bylo sedm států a 32 států se zdrželo.", date(2023, 2, 24))
    assert got == [(PEACE, None, {"no": 7, "abstain": 32}, "supported")]


PL_LEAD = "Zgromadzenie Ogólne ONZ przyjęło w czwartek rezolucję o pomocy humanitarnej dla Ukrainy. "


def test_polish_count_with_its_states_in_brackets_before_spoke_against(built_store):
    said = "Rezolucję poparło 140 państw. Pięć (Białoruś, Rosja, {} i Syria) wypowiedziało się przeciwko, a 38 " \
           "wstrzymało się."
    got = claims(PL_LEAD + said.format("Erytrea"), date(2022, 3, 25))
    humanitarian = "A/RES/ES-11/2"
    assert got == [(humanitarian, None, count("yes", 140), "supported"),
                   (humanitarian, None, {"no": 5, "abstain": 38}, "supported")] + [
        (humanitarian, state, {"vote": "no"}, "supported") for state in ("BLR", "RUS", "ERI", "SYR")]
    got = claims(PL_LEAD + said.format("Chiny"), date(2022, 3, 25))
    assert (humanitarian, "CHN", {"vote": "no"}, "contradicted") in got


DE_CUBA = "Die UN-Vollversammlung hat am Mittwoch erneut ein Ende der US-Blockade gegen Kuba gefordert. "


def test_german_separable_verb_again_against_and_compound_labels(built_store):
    said = ("191 Länder sprachen sich für die Resolution aus. Israel und die USA stimmten abermals dagegen. Der Text "
            "erhielt 191 Jastimmen, 2 Neinstimmen und 0 Stimmenthaltungen.")
    got = claims(DE_CUBA + said, date(2017, 11, 2))
    assert got == [("A/RES/72/4", None, count("yes", 191), "supported"), ("A/RES/72/4", "ISR", {"vote": "no"}, "supported"),
                   ("A/RES/72/4", "USA", {"vote": "no"}, "supported"),
                   ("A/RES/72/4", None, {"yes": 191, "no": 2, "abstain": 0}, "supported")]
    got = claims(DE_CUBA + "Der Text erhielt 189 Jastimmen, 2 Neinstimmen und 0 Stimmenthaltungen.", date(2017, 11, 2))
    assert got == [("A/RES/72/4", None, {"yes": 189, "no": 2, "abstain": 0}, "contradicted")]


def test_german_no_counted_past_led_by(built_store):
    lead = "Die Vollversammlung verabschiedete am Dienstag eine Resolution zur Palästina-Frage. "
    said = "Der Text erhielt 151 Stimmen dafür; 11 Staaten, angeführt von den USA und {}, stimmten dagegen, und 11 " \
           "enthielten sich."
    got = claims(lead + said.format("Israel"), date(2025, 12, 3))
    assert got == [("A/RES/80/72", None, {"yes": 151, "abstain": 11, "no": 11}, "supported"),
                   ("A/RES/80/72", "USA", {"vote": "no"}, "supported"), ("A/RES/80/72", "ISR", {"vote": "no"}, "supported")]
    got = claims(lead + said.format("Kanada"), date(2025, 12, 3))
    assert ("A/RES/80/72", "CAN", {"vote": "no"}, "contradicted") in got


NL_LEAD = "De Algemene Vergadering van de VN nam donderdag een resolutie aan over een moratorium op de doodstraf. "
MORATORIUM = "A/RES/67/176"


def test_dutch_verb_before_its_count_and_a_place_before_its_side(built_store):
    said = "{} van de 193 lidstaten stemden na een lang debat voor de tekst, 41 stemden tegen en 34 onthielden zich."
    assert claims(NL_LEAD + said.format(111), date(2012, 12, 21)) == [
        (MORATORIUM, None, {"no": 41, "yes": 111, "abstain": 34}, "supported")]
    assert claims(NL_LEAD + said.format(115), date(2012, 12, 21)) == [
        (MORATORIUM, None, {"no": 41, "yes": 115, "abstain": 34}, "contradicted")]
    got = claims(NL_LEAD + "Donderdag stemden 111 staten voor en 41 tegen.", date(2012, 12, 21))
    assert got == [(MORATORIUM, None, {"no": 41, "yes": 111}, "supported")]


def test_dutch_a_list_with_the_vote_it_did_not_cast(built_store):
    said = "Onder de landen die zich onthielden waren Suriname, de Fiji-eilanden en Niger. Het valt op dat Liberia en " \
           "{} in plaats van tegen te stemmen zich onthielden."
    got = claims(NL_LEAD + said.format("Papoea-Nieuw-Guinea"), date(2012, 12, 21))
    assert {(state, verdict) for _, state, _, verdict in got} == {
        (state, "supported") for state in ("FJI", "NER", "SUR", "LBR", "PNG")}
    got = claims(NL_LEAD + "Donderdag stemden 111 staten voor en 41 tegen. " + said.format("China"), date(2012, 12, 21))
    assert (MORATORIUM, "CHN", {"vote": "abstain"}, "contradicted") in got


def test_vietnamese_share_of_the_membership_in_digits_is_a_bound(built_store):
    # A/RES/ES-11/4 of 12 October 2022: 143 yes of 193 members, more than two thirds (128.7), under three quarters
    lead = "Hôm 12/10, Đại hội đồng Liên Hợp Quốc lên án việc Nga sáp nhập bốn vùng của Ukraine, khi hơn {} trong số " \
           "193 quốc gia thành viên bỏ phiếu thuận."
    assert claims(lead.format("2/3"), date(2022, 10, 13)) == [
        ("A/RES/ES-11/4", None, {"field": "yes", "op": ">", "value": 128}, "supported")]
    got = claims(lead.format("3/4"), date(2022, 10, 13))
    assert got == [("A/RES/ES-11/4", None, {"field": "yes", "op": ">", "value": 144}, got[0][3])]
    assert got[0][3] != "supported"
