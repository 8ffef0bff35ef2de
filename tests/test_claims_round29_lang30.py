"""Twenty-ninth round (branch lang30): holdout30's texts in other languages. Sentences of our own; the record used is
the Cuba embargo series: A/RES/71/5 of 26 October 2016 (191-0-2), A/RES/62/3 of 2007 (184 yes), A/RES/64/6 of 2009
(187 yes)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims.position_time import lead_time

LEADS = {
    "es": "La Asamblea General condenó el embargo contra Cuba el 26 de octubre de 2016 con 191 votos a favor y ninguno "
          "en contra.",
    "pt": "A Assembleia Geral condenou o embargo contra Cuba em 26 de outubro de 2016 por 191 votos a favor e nenhum "
          "contra.",
    "en": "The Assembly condemned the embargo against Cuba on 26 October 2016 by 191 votes to none.",
}


def later_claims(lang: str, lines: str) -> list[tuple]:
    """The claims told after the text's own vote: (resolution, asserted, verdict)."""
    lead = LEADS[lang]
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(lead + "\n\n" + lines, published=date(2016, 10, 28)).claims
            if c["kind"] != "other" and c["span"][0] > len(lead)]


def yes(value: int) -> dict:
    return {"field": "yes", "op": "=", "value": value}


def test_a_list_item_opens_with_its_own_year_in_lower_case():
    assert lead_time("– en el 2007, hubo 184 votos a favor;") == "2007"
    assert lead_time("- En el año 2009, 187 países votaron a favor.") == "2009"
    assert lead_time("– em 2007, foram 184 votos a favor;") == "2007"
    assert lead_time("• in 2009, 187 voted yes.") == "2009"
    assert lead_time("No ano de 2009, 187 países votaram a favor.") == "2009"
    # not a year: a list item that opens with a number of votes, or a span of years
    assert lead_time("– 184 votos a favor en total.") is None
    assert lead_time("– en el 2007-2008 hubo menos votos.") is None


def test_spanish_list_of_yearly_counts_goes_to_each_year_s_vote(built_store):
    # the list items' counts were judged on the 2016 vote (191 yes): 184 and 187 called false there
    got = later_claims("es", "Antes el apoyo era menor:\n– en el 2007, hubo 184 votos a favor;\n"
                             "– en el 2009, se contaron 187 votos a favor.")
    assert got == [("A/RES/62/3", yes(184), "supported"), ("A/RES/64/6", yes(187), "supported")]


def test_spanish_wrong_count_of_another_year_is_never_judged_on_the_text_s_vote(built_store):
    got = later_claims("es", "Antes el apoyo era menor:\n– en el 2009, hubo 180 votos a favor.")
    assert got and all(r != "A/RES/71/5" and v != "contradicted" for r, _, v in got)


def test_portuguese_list_of_yearly_counts(built_store):
    got = later_claims("pt", "O apoio cresceu:\n– em 2007, foram 184 votos a favor;\n– em 2009, foram 180 votos a favor.")
    assert got[0] == ("A/RES/62/3", yes(184), "supported")
    assert got[1][0] != "A/RES/71/5" and got[1][2] != "contradicted"


def test_english_list_of_yearly_counts(built_store):
    got = later_claims("en", "Support grew over the years:\n- in 2007, 184 countries voted in favour;\n"
                             "- in 2009, 180 countries voted in favour.")
    assert got[0] == ("A/RES/62/3", yes(184), "supported")
    assert got[1][0] != "A/RES/71/5" and got[1][2] != "contradicted"


def claims_of(text: str, day: date) -> list[tuple]:
    """(kind, resolution, state, asserted, verdict) of each claim of the text."""
    return [(c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=day).claims if c["kind"] != "other"]


def verdicts(text: str, day: date, kind: str = "position") -> dict:
    return {c[2] if kind == "position" else json_key(c[3]): (c[1], c[4]) for c in claims_of(text, day) if c[0] == kind}


def json_key(asserted: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(asserted.items()))


# ---- a table of a series' yearly tallies (aj06): a year label and vote labels, then a row a year

def test_yearly_table_in_cells_a_line_each_spanish(built_store):
    text = (LEADS["es"] + "\n\nAño\nA favor\nEn contra\nAbstenciones\n2007\n184\n4\n1\n2009\n187\n3\n2\n")
    got = verdicts(text, date(2016, 10, 28), "tally")
    assert got["abstain=1,no=4,yes=184"] == ("A/RES/62/3", "supported")
    assert got["abstain=2,no=3,yes=187"] == ("A/RES/64/6", "supported")


def test_yearly_table_split_by_tabs_english_and_a_wrong_row(built_store):
    text = LEADS["en"] + "\n\nYear\tFor\tAgainst\tAbstain\n2007\t184\t4\t1\n2010\t187\t2\t5\n"
    got = verdicts(text, date(2016, 10, 28), "tally")
    assert got["abstain=1,no=4,yes=184"] == ("A/RES/62/3", "supported")
    # 2010 was 187-2-3: never judged on the text's own vote of 2016
    assert got["abstain=5,no=2,yes=187"][0] != "A/RES/71/5" and got["abstain=5,no=2,yes=187"][1] != "supported"


def test_yearly_table_split_by_bars_portuguese(built_store):
    text = LEADS["pt"] + "\n\nAno | A favor | Contra\n2007 | 184 | 4\n2009 | 187 | 3\n"
    got = verdicts(text, date(2016, 10, 28), "tally")
    assert got == {"no=0,yes=191": ("A/RES/71/5", "supported"), "no=4,yes=184": ("A/RES/62/3", "supported"),
                   "no=3,yes=187": ("A/RES/64/6", "supported")}


def test_trap_a_table_whose_first_column_is_no_year_is_no_yearly_table():
    from unga.claims.year_table import rows
    assert rows("Year\tFor\tAgainst\nTotal\t184\t4\n") == []
    assert rows("Year\tSponsors\tCountries\n2007\t12\t4\n2009\t14\t2\n") == []  # no vote labels
    found = rows("Año\nA favor\nEn contra\n2007\n184\n4\n2009\n187\n3\n2010\n187")
    assert [row[:2] for row in found] == [(2007, {"yes": 184, "no": 4}), (2009, {"yes": 187, "no": 3})]  # cut row
    assert rows("Año\nA favor\nEn contra\n2007\n184\n4\n2009\n187") == []  # one whole row is no table


# ---- Spanish, Portuguese, French vote phrases (aj07, aj01)

def test_spanish_the_choice_of_abstaining(built_store):
    got = verdicts(LEADS["es"] + " Esta vez, Israel y Estados Unidos optaron por abstenerse.", date(2016, 10, 28))
    assert got == {"USA": ("A/RES/71/5", "supported"), "ISR": ("A/RES/71/5", "supported")}
    got = verdicts(LEADS["es"] + " Israel y México optaron por abstenerse.", date(2016, 10, 28))
    assert got["MEX"] == ("A/RES/71/5", "contradicted")


def test_portuguese_the_choice_of_abstaining(built_store):
    got = verdicts(LEADS["pt"] + " Os Estados Unidos e Israel optaram por se abster.", date(2016, 10, 28))
    assert got == {"USA": ("A/RES/71/5", "supported"), "ISR": ("A/RES/71/5", "supported")}


def test_spanish_none_against_beside_the_yes_count(built_store):
    lead = "La Asamblea General votó el 26 de octubre de 2016 sobre el embargo contra Cuba."
    assert verdicts(lead + " Hubo 191 votos a favor, ninguno en contra.", date(2016, 10, 28), "tally") == {
        "no=0,yes=191": ("A/RES/71/5", "supported")}
    lead = "La Asamblea General votó el 2 de noviembre de 2023 sobre el embargo contra Cuba."
    got = verdicts(lead + " Hubo 187 votos a favor, ninguno en contra.", date(2023, 11, 3), "tally")
    assert got == {"no=0,yes=187": ("A/RES/78/7", "contradicted")}  # two against: the United States and Israel


def test_french_present_of_a_headline(built_store):
    lead = "L'Assemblée générale a condamné le 2 novembre 2023 l'embargo contre Cuba par 187 voix contre 2."
    got = verdicts(lead + " Les États-Unis et Israël votent contre.", date(2023, 11, 3))
    assert got == {"USA": ("A/RES/78/7", "supported"), "ISR": ("A/RES/78/7", "supported")}
    got = verdicts(lead + " Le Mexique et Israël votent contre.", date(2023, 11, 3))
    assert got["MEX"] == ("A/RES/78/7", "contradicted")


# ---- Japanese: a side's count, a colon, its list (aj03); the record: ES-10/19 of 21 December 2017, 128-9-35

JA_LEAD = "国連総会は2017年12月21日、エルサレムの地位に関する決議を賛成128、反対9、棄権35で採択した。"


def test_japanese_side_count_colon_list(built_store):
    got = verdicts(JA_LEAD + "\n\n反対9:グアテマラ、ホンジュラス、イスラエル、米国\n\n棄権35:カナダ、豪州、メキシコ", date(2017, 12, 22))
    assert got == {s: ("A/RES/ES-10/19", "supported") for s in ("GTM", "HND", "ISR", "USA", "CAN", "AUS", "MEX")}


def test_japanese_side_count_colon_list_false(built_store):
    got = verdicts(JA_LEAD + "\n\n反対9:イスラエル、日本\n\n決議に法的拘束力はない。", date(2017, 12, 22))
    assert got == {"ISR": ("A/RES/ES-10/19", "supported"), "JPN": ("A/RES/ES-10/19", "contradicted")}


# ---- Russian (aj31); the record: A/RES/71/205 of 19 December 2016 on Crimea, 70-26-77

RU_LEAD = "Генеральная Ассамблея ООН 19 декабря 2016 года приняла резолюцию о правах человека в Крыму."
RU_TALLY = " За резолюцию проголосовали 70 государств, 26 - против, 77 воздержались."


def test_russian_side_number_before_a_dash(built_store):
    got = verdicts(RU_LEAD + " За резолюцию проголосовали 70 государств, 26 - против, 77 воздержались.",
                   date(2016, 12, 20), "tally")
    assert got == {"abstain=77,no=26,yes=70": ("A/RES/71/205", "supported")}
    got = verdicts(RU_LEAD + " За резолюцию проголосовали 70 государств, 36 - против, 77 воздержались.",
                   date(2016, 12, 20), "tally")
    assert got["abstain=77,no=36,yes=70"][1] != "supported"  # (one number off of three: held back, never true)


def test_russian_list_including_after_against_the_adoption(built_store):
    text = RU_LEAD + RU_TALLY + " Против принятия документа проголосовали в том числе Армения, Коморские острова и Китай."
    got = verdicts(text, date(2016, 12, 20))
    assert got == {s: ("A/RES/71/205", "supported") for s in ("ARM", "COM", "CHN")}
    got = verdicts(RU_LEAD + RU_TALLY + " Против принятия документа проголосовали в том числе Армения и Украина.",
                   date(2016, 12, 20))
    assert got == {"ARM": ("A/RES/71/205", "supported"), "UKR": ("A/RES/71/205", "contradicted")}


# ---- a small side's states in brackets before its vote phrase (aj07); the record: A/RES/78/7 of 2023, 187-2-1

ES_2023 = "La Asamblea General condenó el 2 de noviembre de 2023 el embargo contra Cuba con 187 votos a favor."


def test_spanish_count_then_its_states_in_brackets_then_the_verb(built_store):
    got = verdicts(ES_2023 + " Dos países (Estados Unidos e Israel) votaron en contra, y uno (Ucrania) se abstuvo.",
                   date(2023, 11, 3))
    assert got == {"USA": ("A/RES/78/7", "supported"), "ISR": ("A/RES/78/7", "supported"),
                   "UKR": ("A/RES/78/7", "supported")}
    got = verdicts(ES_2023 + " Dos países (Estados Unidos y México) votaron en contra.", date(2023, 11, 3))
    assert got == {"USA": ("A/RES/78/7", "supported"), "MEX": ("A/RES/78/7", "contradicted")}


def test_trap_more_states_in_brackets_than_the_count_or_a_verb_with_an_object():
    from unga.claims import languages
    assert languages.read("Un país (Micronesia, Palau) se abstuvo.") == ("assembly", [])
    assert languages.read("Uno (Palau) votó en contra de Cuba.") == ("assembly", [])


def test_japanese_absence_as_a_side(built_store):
    text = JA_LEAD.replace("棄権35で", "棄権35、欠席21で")
    assert verdicts(text, date(2017, 12, 22), "tally") == {
        "absent=21,abstain=35,no=9,yes=128": ("A/RES/ES-10/19", "supported")}
    got = verdicts(JA_LEAD + "\n\n棄権した35カ国、欠席した24カ国は米国に招かれた。", date(2017, 12, 22), "count")
    assert got["field=absent,op==,value=24"] == ("A/RES/ES-10/19", "contradicted")


# ---- "foram contra", "estuvieron en contra": a side taken on the text (aj38)

PT_2023 = "A Assembleia Geral condenou em 2 de novembro de 2023 o embargo contra Cuba com 187 votos a favor."


def test_portuguese_were_against(built_store):
    got = verdicts(PT_2023 + " Ao todo, dois países foram contra, incluindo os Estados Unidos e Israel.", date(2023, 11, 3))
    assert got == {"USA": ("A/RES/78/7", "supported"), "ISR": ("A/RES/78/7", "supported")}
    got = verdicts(PT_2023 + " O México e Israel foram contra a resolução.", date(2023, 11, 3))
    assert got == {"MEX": ("A/RES/78/7", "contradicted"), "ISR": ("A/RES/78/7", "supported")}


def test_spanish_were_against(built_store):
    got = verdicts(ES_2023 + " Estados Unidos e Israel estuvieron en contra de la resolución.", date(2023, 11, 3))
    assert got == {"USA": ("A/RES/78/7", "supported"), "ISR": ("A/RES/78/7", "supported")}


def test_trap_against_something_else_is_no_vote():
    from unga.claims import languages
    assert languages.read("A Rússia e a China foram contra a guerra no Irã.") == ("assembly", [])
    assert languages.read("Rusia estuvo en contra de la guerra.") == ("assembly", [])
