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
                             "– en el 2009, fueron 187 votos a favor.")
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
