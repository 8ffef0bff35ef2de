"""Thirty-second round (branch lang33): holdout33's texts in other languages, each family in sentences of our own.
The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35; Russia, Belarus, North Korea, Eritrea and Syria against;
China, India, Iran, Iraq, South Africa, Pakistan, El Salvador, Bolivia and Cuba abstaining; France, Brazil, Chile and
Germany for) and A/RES/73/27 of 5 December 2018 (119-46-14; the United States, Georgia and Ukraine against)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import cjk, languages, russian, wordlangs

UKRAINE = date(2022, 3, 3)
LEADS = {"es": "El 2 de marzo de 2022 la Asamblea General aprobó la resolución sobre Ucrania por 141 votos contra 5.",
         "fr": "Le 2 mars 2022, l'Assemblée générale a adopté la résolution sur l'Ukraine par 141 voix contre 5.",
         "it": "Il 2 marzo 2022 l'Assemblea generale ha approvato la risoluzione sull'Ucraina con 141 voti a favore e 5 contrari.",
         "pt": "Em 2 de março de 2022 a Assembleia Geral aprovou a resolução sobre a Ucrânia com 141 votos a favor e 5 contra.",
         "nl": "Op 2 maart 2022 nam de Algemene Vergadering de resolutie over Oekraïne aan met 141 stemmen voor en 5 tegen.",
         "ar": "اعتمدت الجمعية العامة في 2 مارس 2022 القرار بشأن أوكرانيا بأغلبية 141 صوتا مقابل 5.",
         "ru": "Генассамблея ООН 2 марта 2022 года приняла резолюцию по Украине: 141 голос «за», 5 «против».",
         "en": "On 2 March 2022 the General Assembly adopted the resolution on Ukraine by 141 votes to 5."}


def claims(lang: str, text: str, published: date = UKRAINE) -> list[tuple]:
    """(kind, state, asserted, verdict) of each claim told after the lead of `lang`."""
    lead = LEADS[lang]
    return [(c["kind"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(lead + ("\n" if "\n" in text else " ") + text, published=published).claims
            if c["kind"] != "other" and c["span"][0] > len(lead)]


def verdicts(found: list[tuple]) -> dict:
    return {(state, asserted.get("vote")): verdict for kind, state, asserted, verdict in found if kind == "position"}


def counts(found: list[tuple]) -> dict:
    return {tuple(sorted(asserted.items())): verdict for kind, _, asserted, verdict in found if kind in ("count", "tally")}


# ---------------------------------------------------------------- an aside between a voter and its vote phrase


def test_aside_between_the_voter_and_its_vote(built_store):
    assert verdicts(claims("es", "Rusia, por su parte, votó en contra.")) == {("RUS", "no"): "supported"}
    assert verdicts(claims("es", "China, como se esperaba, se abstuvo.")) == {("CHN", "abstain"): "supported"}
    assert verdicts(claims("fr", "La Chine, de son côté, s'est abstenue.")) == {("CHN", "abstain"): "supported"}
    assert verdicts(claims("fr", "Le Brésil, il faut le noter, a voté pour.")) == {("BRA", "yes"): "supported"}
    assert verdicts(claims("it", "L'India, invece, si è astenuta.")) == {("IND", "abstain"): "supported"}
    assert verdicts(claims("nl", "China, echter, onthield zich.")) == {("CHN", "abstain"): "supported"}


def test_aside_keeps_a_false_vote_false(built_store):
    assert verdicts(claims("es", "Rusia, por su parte, votó a favor.")) == {("RUS", "yes"): "contradicted"}
    assert verdicts(claims("fr", "La Russie, pour sa part, s'est abstenue.")) == {("RUS", "abstain"): "contradicted"}


def test_aside_then_a_verb_that_is_no_vote():
    # "se apoyó en" (relied on) is no vote, with an aside before it or not
    for sentence in ("Francia, por su parte, se apoyó en el derecho internacional.",
                     "Chile se apoyó en el principio de no intervención.", "Los dos países apoyaron en la sesión el debate."):
        assert languages.read(sentence)[1] == []


def test_aside_is_no_relative_clause_naming_another_state():
    # the aside holds no name: a relative clause naming a state still ends the list before it
    found = languages.read("Cuba, que apoyó a Rusia, se abstuvo.")[1]
    assert [(iso3, a["vote"]) for kind, a, iso3, _ in found if kind == "position"] == [("CUB", "abstain")]


# ---------------------------------------------------------------- a side told by an adverb


def test_side_told_by_an_adverb(built_store):
    assert verdicts(claims("es", "Los países que votaron negativamente fueron Rusia, Siria y Eritrea.")) == {
        ("RUS", "no"): "supported", ("SYR", "no"): "supported", ("ERI", "no"): "supported"}
    assert verdicts(claims("es", "Chile votó favorablemente.")) == {("CHL", "yes"): "supported"}
    assert verdicts(claims("fr", "L'Allemagne a voté favorablement.")) == {("DEU", "yes"): "supported"}
    assert verdicts(claims("pt", "A Bielorrússia votou negativamente.")) == {("BLR", "no"): "supported"}


def test_side_told_by_an_adverb_false(built_store):
    assert verdicts(claims("es", "Cuba votó negativamente.")) == {("CUB", "no"): "contradicted"}
    assert verdicts(claims("fr", "La Syrie a voté positivement.")) == {("SYR", "yes"): "contradicted"}


# ---------------------------------------------------------------- the text passed by a count of states


def test_text_passed_by_a_count_of_states(built_store):
    text = "Le 2 mars 2022, la résolution sur l'Ukraine a été adoptée par 141 pays, parmi lesquels la France et le Brésil."
    found = [(c["kind"], c.get("state"), c["asserted"], c["verdict"])
             for c in api.check_text(text, published=UKRAINE).claims if c["kind"] != "other"]
    assert counts(found) == {(("field", "yes"), ("op", "="), ("value", 141)): "supported"}
    assert verdicts(found) == {("FRA", "yes"): "supported", ("BRA", "yes"): "supported"}
    text = "Le 2 mars 2022, le texte sur l'Ukraine est voté par 141 pays, parmi lesquels on trouve le Japon et le Chili."
    assert verdicts([(c["kind"], c.get("state"), c["asserted"], c["verdict"]) for c in api.check_text(
        text, published=UKRAINE).claims]) == {("JPN", "yes"): "supported", ("CHL", "yes"): "supported"}
    found = api.check_text("El 2 de marzo de 2022 la resolución sobre Ucrania fue aprobada por una amplia mayoría de "
                           "139 países.", published=UKRAINE).claims
    assert [(c["asserted"], c["verdict"]) for c in found if c["kind"] == "count"] == [
        ({"field": "yes", "op": "=", "value": 139}, "contradicted")]


def test_text_passed_by_a_count_reads_only_the_passers():
    assert languages.read("Il 2 marzo la risoluzione sulla guerra è stata approvata da 120 paesi.")[1] == [
        ("count", {"field": "yes", "op": "=", "value": 120}, None, "")]
    # a sponsor list is no vote: "presentata da 40 paesi"
    assert languages.read("Il 2 marzo la risoluzione sulla guerra, presentata da 40 paesi, è stata discussa.")[1] == []


# ---------------------------------------------------------------- Arabic


def test_arabic_among_the_states_that_took_a_side(built_store):
    assert verdicts(claims("ar", "وكانت الصين والهند من الدول التي امتنعت عن التصويت.")) == {
        ("CHN", "abstain"): "supported", ("IND", "abstain"): "supported"}
    assert verdicts(claims("ar", "وكانت روسيا وسوريا من أبرز الدول المعارضة للقرار.")) == {
        ("RUS", "no"): "supported", ("SYR", "no"): "supported"}
    assert verdicts(claims("ar", "وكانت فرنسا وبريطانيا من بين الدول المؤيدة للقرار.")) == {
        ("FRA", "yes"): "supported", ("GBR", "yes"): "supported"}
    assert verdicts(claims("ar", "وكانت إيران من الدول التي صوتت ضد القرار.")) == {("IRN", "no"): "contradicted"}


def test_arabic_dotless_yeh_at_a_words_end():
    plain = wordlangs.read("وكانت الصين من الدول التي امتنعت عن التصويت.")[1]
    dotless = wordlangs.read("وكانت الصين من الدول التى امتنعت عن التصويت.")[1]
    assert plain == dotless and [(iso3, a["vote"]) for _, a, iso3, _ in dotless] == [("CHN", "abstain")]


def test_arabic_opposing_a_war_is_no_vote():
    assert wordlangs.read("وكانت الصين من الدول المعارضة للحرب.")[1] == []


# ---------------------------------------------------------------- Russian


def test_russian_votes_given_to_a_side_and_a_verb_before_its_number(built_store):
    text = "Генассамблея ООН 5 декабря 2018 года приняла резолюцию о кибербезопасности."
    found = api.check_text(text + " «За» отдали голоса 119 государств, «против» — 46, воздержались 14.",
                           published=date(2018, 12, 6)).claims
    assert [(c["asserted"], c["verdict"]) for c in found if c["kind"] == "tally"] == [
        ({"yes": 119, "no": 46, "abstain": 14}, "supported")]
    found = api.check_text(text + " Резолюцию поддержали 119 стран, против выступили 46, воздержались 16.",
                           published=date(2018, 12, 6)).claims
    assert [(c["asserted"], c["verdict"]) for c in found if c["kind"] == "tally"] == [
        ({"yes": 119, "no": 46, "abstain": 16}, "contradicted")]


def test_russian_quoted_side_before_a_bracketed_list():
    found = russian.read("«Против» — 46 (в том числе США, Грузия и Украина), воздержались 14.")[1]
    assert [(iso3, a["vote"]) for kind, a, iso3, _ in found if kind == "position"] == [
        ("USA", "no"), ("GEO", "no"), ("UKR", "no")]


def test_russian_count_before_a_dashed_list(built_store):
    found = claims("ru", "Пять стран — Россия, Белоруссия, КНДР, Эритрея и Сирия — голосовали против.")
    assert counts(found) == {(("field", "no"), ("op", "="), ("value", 5)): "supported"}
    found = claims("ru", "Шесть государств — Россия, Сирия и КНДР — проголосовали против.")
    assert counts(found) == {(("field", "no"), ("op", "="), ("value", 6)): "contradicted"}


# ---------------------------------------------------------------- Japanese


def test_japanese_count_after_the_change_from_the_year_before():
    assert cjk.read("反対は2カ国増えて6カ国、棄権は31カ国だった。")[1] == [("tally", {"no": 6, "abstain": 31}, None, "")]
    assert cjk.read("反対は1カ国減って4カ国だった。")[1] == [("count", {"field": "no", "op": "=", "value": 4}, None, "")]
    # a number is not given the label of the clause after it
    assert cjk.read("反対は6カ国、棄権は31カ国。")[1] == [("tally", {"no": 6, "abstain": 31}, None, "")]


def test_japanese_one_state_alone_on_a_side():
    found = cjk.read("反対は北朝鮮のみだった。")[1]
    assert ("count", {"field": "no", "op": "=", "value": 1}, None, "") in found
    found = cjk.read("棄権したのはインドだけ。")[1]
    assert ("count", {"field": "abstain", "op": "=", "value": 1}, None, "") in found
    # two states are no "only one"
    assert not any(kind == "count" for kind, *_ in cjk.read("反対はロシアと北朝鮮のみ。")[1])


# ---------------------------------------------------------------- a label's list in another language


def test_label_list_over_a_list_in_spanish(built_store):
    found = claims("en", "Abstentions list:\nBolivia, Rep. Centroafricana, Cuba, El Salvador, Sudáfrica y Pakistán.")
    # "Rep. Centroafricana" is read by quoted_names (the Central African Republic abstained)
    assert verdicts(found) == {("BOL", "abstain"): "supported", ("CAF", "abstain"): "supported",
                               ("CUB", "abstain"): "supported", ("SLV", "abstain"): "supported",
                               ("ZAF", "abstain"): "supported", ("PAK", "abstain"): "supported"}
    found = claims("es", "Lista de abstenciones: China, Irak y Chile.")
    assert verdicts(found)[("CHL", "abstain")] == "contradicted"
