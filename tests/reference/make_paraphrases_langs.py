"""Writes tests/reference/paraphrases_langs.jsonl: the paraphrase set's main constructions written in French, Spanish,
German, Portuguese and Russian, each row tagged with its language.

    PYTHONPATH=src UNGA_HOME=… python tests/reference/make_paraphrases_langs.py

Every sentence is ours, written from each language's grammar for this set (never copied from an article): a lead that
names the vote as a reporter of that language would (the date in that language, "la résolution ES-11/1", "la Asamblea
General aprobó el 2 de marzo de 2022 …"), then one sentence in one construction: a tally, a counted side, a list of
states on one side, one state's vote. The counts and the states' votes come from the store, so each claim's truth is
the record's; one row in four is false (a count a few off, a state put on a side it did not take). State names are
written here with the article and the agreement each language gives them (a verb agrees with "les États-Unis" in the
plural, with "Россия" in the feminine), for the states that most often stand on the smaller sides.
"""

from __future__ import annotations

import json
import random
import re
from functools import partial
from pathlib import Path

import paraphrase_da_sk_cs_pl
import paraphrase_lang32
import paraphrase_lang33
import paraphrase_lang34
import paraphrase_langs35
import paraphrase_nl_fi
from paraphrase_failed import told_by_the_winners_abroad
from paraphrase_months import month_alone
from paraphrase_votes import (Vote, _moved_state, _pick, _wrong_state, bounded_value, claim_count, claim_position, claim_tally,
                              lang_rows, round_figure)

OUT = Path(__file__).with_name("paraphrases_langs.jsonl")
LANGS = ("fr", "es", "de", "pt", "ru")

# symbol → what the resolution does, in each language, as it follows "la résolution ES-11/1," in a lead
TOPICS = {
    "ES-11/1": {"fr": "qui exige le retrait des troupes russes d'Ukraine",
                "es": "que exige la retirada de las tropas rusas de Ucrania",
                "de": "die den Abzug der russischen Truppen aus der Ukraine fordert",
                "pt": "que exige a retirada das tropas russas da Ucrânia",
                "ru": "требующую вывода российских войск с территории Украины"},
    "ES-11/4": {"fr": "qui condamne l'annexion de quatre régions ukrainiennes",
                "es": "que condena la anexión de cuatro regiones ucranianas",
                "de": "die die Annexion von vier ukrainischen Regionen verurteilt",
                "pt": "que condena a anexação de quatro regiões ucranianas",
                "ru": "осуждающую аннексию четырёх украинских регионов"},
    "ES-10/21": {"fr": "qui appelle à une trêve humanitaire à Gaza",
                 "es": "que pide una tregua humanitaria en Gaza",
                 "de": "die eine humanitäre Waffenruhe im Gazastreifen fordert",
                 "pt": "que pede uma trégua humanitária em Gaza",
                 "ru": "призывающую к гуманитарному перемирию в секторе Газа"},
    "ES-10/22": {"fr": "qui exige un cessez-le-feu humanitaire immédiat à Gaza",
                 "es": "que exige un alto el fuego humanitario inmediato en Gaza",
                 "de": "die eine sofortige humanitäre Waffenruhe in Gaza verlangt",
                 "pt": "que exige um cessar-fogo humanitário imediato em Gaza",
                 "ru": "требующую немедленного прекращения огня в Газе"},
    "68/262": {"fr": "sur l'intégrité territoriale de l'Ukraine",
               "es": "sobre la integridad territorial de Ucrania",
               "de": "die die territoriale Integrität der Ukraine bekräftigt",
               "pt": "sobre a integridade territorial da Ucrânia",
               "ru": "подтверждающую территориальную целостность Украины"},
    "67/19": {"fr": "qui accorde à la Palestine le statut d'État observateur non membre",
              "es": "que concede a Palestina el estatus de Estado observador no miembro",
              "de": "die Palästina den Status eines Beobachterstaates verleiht",
              "pt": "que concede à Palestina o estatuto de Estado observador não membro",
              "ru": "предоставляющую Палестине статус государства-наблюдателя"},
    "62/149": {"fr": "qui appelle à un moratoire sur la peine de mort",
               "es": "que pide una moratoria de la pena de muerte",
               "de": "die ein Moratorium für die Todesstrafe fordert",
               "pt": "que pede uma moratória da pena de morte",
               "ru": "призывающую к мораторию на смертную казнь"},
    "77/7": {"fr": "qui condamne l'embargo américain contre Cuba",
             "es": "que condena el embargo de Estados Unidos contra Cuba",
             "de": "die das US-Embargo gegen Kuba verurteilt",
             "pt": "que condena o embargo norte-americano contra Cuba",
             "ru": "осуждающую американское эмбарго против Кубы"},
    "78/7": {"fr": "qui condamne l'embargo américain contre Cuba",
             "es": "que condena el embargo de Estados Unidos contra Cuba",
             "de": "die das US-Embargo gegen Kuba verurteilt",
             "pt": "que condena o embargo norte-americano contra Cuba",
             "ru": "осуждающую американское эмбарго против Кубы"},
    "71/258": {"fr": "qui lance les négociations d'un traité d'interdiction des armes nucléaires",
               "es": "que convoca negociaciones sobre un tratado de prohibición de las armas nucleares",
               "de": "die Verhandlungen über ein Atomwaffenverbot einleitet",
               "pt": "que convoca negociações sobre um tratado de proibição das armas nucleares",
               "ru": "открывающую переговоры о договоре о запрещении ядерного оружия"},
    "ES-10/19": {"fr": "sur le statut de Jérusalem",
                 "es": "sobre el estatus de Jerusalén",
                 "de": "die den Status Jerusalems betrifft",
                 "pt": "sobre o estatuto de Jerusalém",
                 "ru": "касающуюся статуса Иерусалима"},
    "77/247": {"fr": "qui demande un avis à la Cour internationale de justice sur l'occupation israélienne",
               "es": "que pide una opinión a la Corte Internacional de Justicia sobre la ocupación israelí",
               "de": "die ein Gutachten des Internationalen Gerichtshofs zur israelischen Besatzung anfordert",
               "pt": "que pede um parecer ao Tribunal Internacional de Justiça sobre a ocupação israelense",
               "ru": "запрашивающую консультативное заключение Международного суда об израильской оккупации"},
}

# ISO3 → the name as the subject of a sentence, and its agreement: m, f, n (neuter) or p (plural)
NAMES = {
    "fr": "USA les États-Unis p|RUS la Russie f|ISR Israël m|PRK la Corée du Nord f|SYR la Syrie f|BLR le Bélarus m|"
          "NIC le Nicaragua m|CHN la Chine f|IND l'Inde f|IRN l'Iran m|CUB Cuba f|VEN le Venezuela m|PAK le Pakistan m|"
          "ZAF l'Afrique du Sud f|BRA le Brésil m|MEX le Mexique m|DEU l'Allemagne f|FRA la France f|"
          "GBR le Royaume-Uni m|JPN le Japon m|CAN le Canada m|AUS l'Australie f|HUN la Hongrie f|UKR l'Ukraine f|"
          "ARG l'Argentine f|EGY l'Égypte f|SAU l'Arabie saoudite f|IDN l'Indonésie f|NGA le Nigeria m|KEN le Kenya m|"
          "VNM le Vietnam m|BOL la Bolivie f|KAZ le Kazakhstan m|ERI l'Érythrée f|MLI le Mali m|DZA l'Algérie f",
    "es": "USA Estados Unidos m|RUS Rusia f|ISR Israel m|PRK Corea del Norte f|SYR Siria f|BLR Bielorrusia f|"
          "NIC Nicaragua f|CHN China f|IND la India f|IRN Irán m|CUB Cuba f|VEN Venezuela f|PAK Pakistán m|"
          "ZAF Sudáfrica f|BRA Brasil m|MEX México m|DEU Alemania f|FRA Francia f|GBR el Reino Unido m|JPN Japón m|"
          "CAN Canadá m|AUS Australia f|HUN Hungría f|UKR Ucrania f|ARG Argentina f|EGY Egipto m|"
          "SAU Arabia Saudí f|IDN Indonesia f|NGA Nigeria f|KEN Kenia f|VNM Vietnam m|BOL Bolivia f|"
          "KAZ Kazajistán m|ERI Eritrea f|MLI Malí m|DZA Argelia f",
    "de": "USA die USA p|RUS Russland n|ISR Israel n|PRK Nordkorea n|SYR Syrien n|BLR Belarus n|NIC Nicaragua n|"
          "CHN China n|IND Indien n|IRN der Iran m|CUB Kuba n|VEN Venezuela n|PAK Pakistan n|ZAF Südafrika n|"
          "BRA Brasilien n|MEX Mexiko n|DEU Deutschland n|FRA Frankreich n|GBR Großbritannien n|JPN Japan n|"
          "CAN Kanada n|AUS Australien n|HUN Ungarn n|UKR die Ukraine f|ARG Argentinien n|EGY Ägypten n|"
          "SAU Saudi-Arabien n|IDN Indonesien n|NGA Nigeria n|KEN Kenia n|VNM Vietnam n|BOL Bolivien n|"
          "KAZ Kasachstan n|ERI Eritrea n|MLI Mali n|DZA Algerien n",
    "pt": "USA os Estados Unidos p|RUS a Rússia f|ISR Israel m|PRK a Coreia do Norte f|SYR a Síria f|"
          "BLR a Bielorrússia f|NIC a Nicarágua f|CHN a China f|IND a Índia f|IRN o Irã m|CUB Cuba f|"
          "VEN a Venezuela f|PAK o Paquistão m|ZAF a África do Sul f|BRA o Brasil m|MEX o México m|"
          "DEU a Alemanha f|FRA a França f|GBR o Reino Unido m|JPN o Japão m|CAN o Canadá m|AUS a Austrália f|"
          "HUN a Hungria f|UKR a Ucrânia f|ARG a Argentina f|EGY o Egito m|SAU a Arábia Saudita f|"
          "IDN a Indonésia f|NGA a Nigéria f|KEN o Quênia m|VNM o Vietnã m|BOL a Bolívia f|KAZ o Cazaquistão m|"
          "ERI a Eritreia f|MLI o Mali m|DZA a Argélia f",
    "ru": "USA США p|RUS Россия f|ISR Израиль m|PRK КНДР f|SYR Сирия f|BLR Белоруссия f|NIC Никарагуа f|CHN Китай m|"
          "IND Индия f|IRN Иран m|CUB Куба f|VEN Венесуэла f|PAK Пакистан m|ZAF ЮАР f|BRA Бразилия f|MEX Мексика f|"
          "DEU Германия f|FRA Франция f|GBR Великобритания f|JPN Япония f|CAN Канада f|AUS Австралия f|"
          "HUN Венгрия f|UKR Украина f|ARG Аргентина f|EGY Египет m|SAU Саудовская Аравия f|IDN Индонезия f|"
          "NGA Нигерия f|KEN Кения f|VNM Вьетнам m|BOL Боливия f|KAZ Казахстан m|ERI Эритрея f|MLI Мали n|"
          "DZA Алжир m",
}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
# 2 to 19 in words (Russian with a neuter noun: "два государства")
SMALL = {
    "fr": "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit "
          "dix-neuf",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
          "dieciocho diecinueve",
    "de": "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
          "achtzehn neunzehn",
    "pt": "dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito "
          "dezenove",
    "ru": "два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать четырнадцать "
          "пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
}


def names(lang: str) -> dict[str, tuple[str, str]]:
    out = {}
    for item in NAMES[lang].split("|"):
        iso3, rest = item.split(" ", 1)
        name, agreement = rest.rsplit(" ", 1)
        out[iso3] = (name, agreement)
    return out


def in_words(lang: str, n: int) -> str | None:
    return SMALL[lang].split()[n - 2] if 2 <= n <= 19 else None


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def ru_noun(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun after a number: 1, 21 → one; 2–4, 22–24 → few; else many."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many


def lead(lang: str, v: Vote, rng: random.Random) -> str:
    d, m, y = v.day.day, MONTHS[lang].split()[v.day.month - 1], v.day.year
    t, s = TOPICS[v.symbol][lang], v.symbol
    return rng.choice({
        "fr": [f"L'Assemblée générale des Nations unies a adopté le {d} {m} {y} la résolution {s}, {t}.",
               f"Le {d} {m} {y}, l'Assemblée générale de l'ONU a adopté la résolution {s}, {t}.",
               f"Les États membres de l'Assemblée générale ont voté le {d} {m} {y} sur la résolution {s}, {t}."],
        "es": [f"La Asamblea General de la ONU aprobó el {d} de {m} de {y} la resolución {s}, {t}.",
               f"El {d} de {m} de {y}, la Asamblea General de las Naciones Unidas votó la resolución {s}, {t}.",
               f"La resolución {s}, {t}, fue sometida a votación en la Asamblea General el {d} de {m} de {y}."],
        "de": [f"Die UN-Vollversammlung hat am {d}. {m} {y} die Resolution {s} angenommen, {t}.",
               f"Am {d}. {m} {y} stimmte die Generalversammlung der Vereinten Nationen über die Resolution {s} ab, "
               f"{t}.",
               f"Die Generalversammlung der UN verabschiedete am {d}. {m} {y} die Resolution {s}, {t}."],
        "pt": [f"A Assembleia Geral da ONU aprovou em {d} de {m} de {y} a resolução {s}, {t}.",
               f"Em {d} de {m} de {y}, a Assembleia Geral das Nações Unidas votou a resolução {s}, {t}.",
               f"A resolução {s}, {t}, foi votada na Assembleia Geral no dia {d} de {m} de {y}."],
        "ru": [f"Генеральная Ассамблея ООН {d} {m} {y} года приняла резолюцию {s}, {t}.",
               f"{d} {m} {y} года Генассамблея ООН одобрила резолюцию {s}, {t}."],
    }[lang])


# ---------------------------------------------------------------- the constructions, each in five languages


def tally(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 2:
        return None
    if false:
        a += rng.choice([2, 3])
    forms = {
        "fr": [f"La résolution a été adoptée par {y} voix contre {n}, avec {a} abstentions.",
               f"Le texte a recueilli {y} voix pour, {n} contre et {a} abstentions.",
               f"{y} pays ont voté pour, {n} contre et {a} se sont abstenus.",
               f"Adoptée par {y} voix pour, {n} voix contre et {a} abstentions, la résolution n'est pas contraignante."],
        "es": [f"La resolución fue aprobada por {y} votos a favor, {n} en contra y {a} abstenciones.",
               f"El texto obtuvo {y} votos a favor, {n} en contra y {a} abstenciones.",
               f"{y} países votaron a favor, {n} en contra y {a} se abstuvieron.",
               f"Con {y} votos a favor, {n} en contra y {a} abstenciones, la Asamblea aprobó el texto."],
        "de": [f"Die Resolution wurde mit {y} Ja-Stimmen bei {n} Gegenstimmen und {a} Enthaltungen angenommen.",
               f"{y} Staaten stimmten dafür, {n} dagegen, {a} enthielten sich.",
               f"Für den Text stimmten {y} Länder, {n} stimmten dagegen, {a} enthielten sich der Stimme.",
               f"Das Ergebnis: {y} Ja-Stimmen, {n} Nein-Stimmen und {a} Enthaltungen."],
        "pt": [f"A resolução foi aprovada com {y} votos a favor, {n} contra e {a} abstenções.",
               f"O texto recebeu {y} votos favoráveis, {n} contrários e {a} abstenções.",
               f"{y} países votaram a favor, {n} contra e {a} se abstiveram.",
               f"Foram {y} votos a favor, {n} contra e {a} abstenções."],
        "ru": [f"Резолюция была принята {y} {ru_noun(y, 'голосом', 'голосами', 'голосами')} «за» при {n} «против» "
               f"и {a} воздержавшихся.",
               f"За резолюцию проголосовали {y} {ru_noun(y, 'государство', 'государства', 'государств')}, "
               f"против — {n}, воздержались {a}.",
               f"Итоги голосования: {y} — «за», {n} — «против», {a} — «воздержались».",
               f"«За» высказались {y} {ru_noun(y, 'страна', 'страны', 'стран')}, «против» — {n}, ещё {a} "
               f"воздержались."],
    }[lang]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def counted(lang, v, rng, false=False):
    field = rng.choice([f for f in ("no", "abstain", "yes") if v.counts[f] >= 2])
    value = v.counts[field] + (rng.choice([1, 2]) if false else 0)
    w = in_words(lang, value)
    forms = {
        "fr": {"no": ["{} pays ont voté contre.", "Seuls {} États ont voté contre le texte.",
                      "Le texte a été rejeté par {} pays."],
               "abstain": ["{} pays se sont abstenus.", "On a compté {} abstentions.",
                           "{} États membres ont choisi de s'abstenir."],
               "yes": ["{} pays ont voté pour.", "{} États ont voté en faveur de la résolution."]},
        "es": {"no": ["{} países votaron en contra.", "Solo {} Estados se opusieron al texto.",
                      "Hubo {} votos en contra."],
               "abstain": ["{} países se abstuvieron.", "Hubo {} abstenciones.", "Otros {} Estados se abstuvieron."],
               "yes": ["{} países votaron a favor.", "La resolución recibió el apoyo de {} países."]},
        "de": {"no": ["{} Staaten stimmten dagegen.", "Nur {} Länder stimmten gegen die Resolution.",
                      "Es gab {} Gegenstimmen."],
               "abstain": ["{} Länder enthielten sich.", "Es gab {} Enthaltungen.",
                           "{} Staaten enthielten sich der Stimme."],
               "yes": ["{} Staaten stimmten für die Resolution.", "{} Länder stimmten dafür."]},
        "pt": {"no": ["{} países votaram contra.", "Apenas {} Estados votaram contra o texto.",
                      "Houve {} votos contrários."],
               "abstain": ["{} países se abstiveram.", "Houve {} abstenções.", "Outros {} países abstiveram-se."],
               "yes": ["{} países votaram a favor.", "A resolução teve o apoio de {} países."]},
        "ru": {"no": ["Против проголосовали {} {s}.", "{} {s} выступили против резолюции."],
               "abstain": ["{} {s} воздержались.", "Воздержались {} {s}."],
               "yes": ["За резолюцию проголосовали {} {s}.", "Резолюцию поддержали {} {s}."]},
    }[lang][field]
    form = rng.choice(forms)
    number = w if w and rng.random() < 0.4 else str(value)
    if form.startswith("{}"):
        number = cap(number)
    s = ru_noun(value, "государство", "государства", "государств")
    return form.format(number, s=s), [claim_count(v, field, value, "false" if false else "true")]


def _verb(lang: str, vote: str, agreement: str, rng: random.Random) -> str:
    """A vote phrase agreeing with its subject: one state ("m", "f", "n") or several or a plural name ("p")."""
    p = agreement == "p"
    return rng.choice({
        "fr": {"yes": ["ont voté pour" if p else "a voté pour", "ont voté en faveur du texte" if p
                       else "a voté en faveur du texte", "ont soutenu la résolution" if p else "a soutenu la résolution"],
               "no": ["ont voté contre" if p else "a voté contre", "ont voté contre la résolution" if p
                      else "a voté contre la résolution"],
               "abstain": ["se sont abstenus" if p else "s'est abstenue" if agreement == "f" else "s'est abstenu",
                           "ont choisi de s'abstenir" if p else "a choisi de s'abstenir"]},
        "es": {"yes": ["votaron a favor" if p else "votó a favor", "apoyaron la resolución" if p
                       else "apoyó la resolución"],
               "no": ["votaron en contra" if p else "votó en contra", "se opusieron al texto" if p
                      else "se opuso al texto"],
               "abstain": ["se abstuvieron" if p else "se abstuvo",
                           "optaron por la abstención" if p else "optó por la abstención"]},
        "de": {"yes": ["stimmten dafür" if p else "stimmte dafür", "stimmten für die Resolution" if p
                       else "stimmte für die Resolution"],
               "no": ["stimmten dagegen" if p else "stimmte dagegen", "stimmten gegen den Text" if p
                      else "stimmte gegen den Text"],
               "abstain": ["enthielten sich" if p else "enthielt sich",
                           "enthielten sich der Stimme" if p else "enthielt sich der Stimme"]},
        "pt": {"yes": ["votaram a favor" if p else "votou a favor", "apoiaram a resolução" if p
                       else "apoiou a resolução"],
               "no": ["votaram contra" if p else "votou contra", "votaram contra o texto" if p
                      else "votou contra o texto"],
               "abstain": ["se abstiveram" if p else "se absteve", "abstiveram-se" if p else "absteve-se"]},
        "ru": {"yes": ["проголосовал{} за резолюцию", "поддержал{} резолюцию"],
               "no": ["проголосовал{} против", "выступил{} против резолюции"],
               "abstain": ["воздержал{}"]},
    }[lang][vote]).format({"m": "", "f": "а", "n": "о", "p": "и"}[agreement] if vote != "abstain" or lang != "ru"
                          else {"m": "ся", "f": "ась", "n": "ось", "p": "ись"}[agreement])


def listed(lang: str, items: list[str]) -> str:
    return ", ".join(items[:-1]) + {"fr": " et ", "es": " y ", "de": " und ", "pt": " e ", "ru": " и "}[lang] + items[-1]


def side_list(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    states = listed(lang, [v.names[s][0] for s in pick])
    verb = _verb(lang, vote, "p", rng)
    fronted = {
        "fr": {"no": ["Ont voté contre : ", "Parmi les pays qui ont voté contre figurent "],
               "abstain": ["Se sont abstenus : ", "Parmi les pays qui se sont abstenus figurent "]},
        "es": {"no": ["Votaron en contra ", "Entre los que votaron en contra estaban "],
               "abstain": ["Se abstuvieron ", "Entre los países que se abstuvieron figuran "]},
        "de": {"no": ["Dagegen stimmten ", "Gegen die Resolution stimmten "],
               "abstain": ["Der Stimme enthielten sich ", "Enthalten haben sich "]},
        "pt": {"no": ["Votaram contra ", "Entre os que votaram contra estavam "],
               "abstain": ["Abstiveram-se ", "Entre os países que se abstiveram estão "]},
        "ru": {"no": ["Против проголосовали ", "Против резолюции выступили "],
               "abstain": ["Воздержались ", "При голосовании воздержались "]},
    }[lang][vote]
    forms = [f"{cap(states)} {verb}.", rng.choice(fronted) + states + "."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def one_state(lang, v, rng, false=False):
    vote = rng.choice(["yes", "no", "abstain"])
    pick = _pick(v, rng, vote, 1)
    if not pick:
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    name, agreement = v.names[state]
    return f"{cap(name)} {_verb(lang, vote, agreement, rng)}.", [claim_position(v, state, vote)]


# (op, form, field, shift): a count said with a bound ("plus de", "más de", "mehr als", "более") or as a round figure
# ("près de", "cerca de", "rund", "около"; op "~"); shift puts a bound's number on the side of the record that makes it true
BOUNDED = {
    "fr": [(">", "Plus de {} pays se sont abstenus.", "abstain", -2), (">=", "Au moins {} pays ont voté pour.", "yes", -3),
           ("<", "Moins de {} pays ont voté contre.", "no", 3), ("~", "Près de {} pays ont voté pour.", "yes", 0),
           ("~", "Environ {} pays se sont abstenus.", "abstain", 0)],
    "es": [(">", "Más de {} países se abstuvieron.", "abstain", -2), (">=", "Al menos {} países votaron a favor.", "yes", -3),
           ("<", "Menos de {} países votaron en contra.", "no", 3), ("~", "Cerca de {} países votaron a favor.", "yes", 0),
           ("~", "Casi {} países se abstuvieron.", "abstain", 0)],
    "de": [(">", "Mehr als {} Staaten enthielten sich.", "abstain", -2), (">=", "Mindestens {} Länder stimmten dafür.", "yes", -3),
           ("<", "Weniger als {} Staaten stimmten dagegen.", "no", 3), ("~", "Rund {} Staaten stimmten dafür.", "yes", 0),
           ("~", "Knapp {} Länder enthielten sich.", "abstain", 0)],
    "pt": [(">", "Mais de {} países se abstiveram.", "abstain", -2), (">=", "Pelo menos {} países votaram a favor.", "yes", -3),
           ("<", "Menos de {} países votaram contra.", "no", 3), ("~", "Cerca de {} países votaram a favor.", "yes", 0),
           ("~", "Quase {} países se abstiveram.", "abstain", 0)],
    "ru": [(">", "Более {} стран воздержались.", "abstain", -2), (">=", "Не менее {} стран проголосовали за.", "yes", -3),
           ("<", "Менее {} стран проголосовали против.", "no", 3), ("~", "Около {} стран проголосовали за.", "yes", 0),
           ("~", "Почти {} стран воздержались.", "abstain", 0)],
}


def bounded(lang, v, rng, false=False):
    """A count with a bound or a round figure; a false variant only with a bound (a round figure near the record is
    never called false)."""
    op, form, field, shift = rng.choice([f for f in BOUNDED[lang] if not (false and f[0] == "~")])
    if op == "~":
        rough = round_figure(v.counts[field])
        return None if v.counts[field] < 5 else (form.format(rough), [dict(claim_count(v, field, rough), op="~")])
    value = bounded_value(op, v.counts[field], shift, false)
    return None if value is None else (form.format(value), [dict(claim_count(v, field, value, "false" if false else "true"), op=op)])


# the tie's noun as each language agrees it with the state it describes, and "of" joined to the tied state's article
TIE_NOUN = {"fr": {"m": "allié", "f": "alliée", "p": "alliés"}, "es": {"m": "aliado", "f": "aliada", "p": "aliados"},
            "pt": {"m": "aliado", "f": "aliada", "p": "aliados"}, "de": {"m": "ein Partner", "f": "eine Partnerin",
                                                                        "n": "ein Partner", "p": "Partner"}}
OF = {"fr": [("le ", "du "), ("les ", "des "), ("la ", "de la "), ("l'", "de l'"), ("", "de ")],
      "es": [("el ", "del "), ("la ", "de la "), ("", "de ")],
      "pt": [("a ", "da "), ("o ", "do "), ("os ", "dos "), ("", "de ")],
      "de": [("die USA", "von den USA"), ("die ", "von der "), ("der ", "vom "), ("", "von ")]}


def _of(lang: str, name: str) -> str:
    article, joined = next((a, j) for a, j in OF[lang] if name.startswith(a))
    if lang == "fr" and not article and name[0] in "AEIOUÉ":
        joined = "d'"  # "d'Israël"
    return joined + name[len(article):]


def tie_apposition(lang, v, rng, false=False):
    """'A China, aliada da Rússia, absteve-se': a state of another side named in the voter's apposition casts no vote
    (twenty-fifth round, branch rusfa)."""
    vote = rng.choice(["yes", "no", "abstain"])
    pick = _pick(v, rng, vote, 1)
    tied = [s for s in v.names if v.votes.get(s) not in (None, vote, "absent")]
    if lang not in TIE_NOUN or not pick or not tied:
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    name, agreement = v.names[state]
    noun = TIE_NOUN[lang].get(agreement, TIE_NOUN[lang]["m"])
    tie = f"{noun} {_of(lang, v.names[rng.choice(tied)][0])}"
    return f"{cap(name)}, {tie}, {_verb(lang, vote, agreement, rng)}.", [claim_position(v, state, vote)]


# "A, B et cinq autres pays", "A, B и еще пять стран": the named states and N others, the side's count N + 2
OTHERS = {"fr": "{} autres pays", "es": "otros {} países", "de": "{} weitere Staaten", "pt": "outros {} países",
          "ru": "еще {} стран"}


def others_named(lang, v, rng, false=False):
    n, a = v.counts["no"], v.counts["abstain"]
    pick = _pick(v, rng, "no", 2)
    if not pick or not 7 <= n <= 22 or a < 2:  # "еще N стран": N from five to twenty, the genitive plural
        return None
    others = n - 2 + (1 if false else 0)
    states = listed(lang, [v.names[s][0] for s in pick] + [OTHERS[lang].format(others)])
    verb = _verb(lang, "no", "p", rng)
    tail = {"fr": f"et {a} se sont abstenus", "es": f"y {a} se abstuvieron", "de": f"und {a} enthielten sich",
            "pt": f"e {a} se abstiveram", "ru": f"а {a} воздержались"}[lang]
    # the named states' votes are claims too (labelled from round 26, when Russian began to read them)
    return f"{cap(states)} {verb}, {tail}.", [claim_tally(v, "false" if false else "true", no=others + 2, abstain=a)] + [
        claim_position(v, s, "no") for s in pick]
# round 25 (hunt25): a side taken with or against a party, beside a count of the vote ("A voted against us, but 141
# voted for"; "only 9 supported the US decision, and 35 abstained"), and a count after the year it opens with
AGAINST_US = {"fr": "{name} a voté contre nous, mais {n} pays ont voté pour.",
              "es": "{name} votó en contra de nosotros, pero {n} países votaron a favor.",
              "de": "{name} stimmte gegen uns, doch {n} Staaten stimmten dafür.",
              "pt": "{name} votou contra nós, mas {n} países votaram a favor.",
              "ru": "{name} проголосовал{end} против нас, но {n} {s} проголосовали за."}
SIDED_WITH_US = {"fr": "Seuls {no} pays ont soutenu la position des États-Unis, et {n} se sont abstenus.",
                 "es": "Solo {no} países apoyaron la decisión de Estados Unidos, y {n} se abstuvieron.",
                 "de": "Nur {no} Staaten unterstützten die Haltung der USA, {n} Länder enthielten sich.",
                 "pt": "Apenas {no} países apoiaram a posição dos Estados Unidos, e {n} se abstiveram.",
                 "ru": "Лишь {no} {sno} поддержали решение США, {n} {s} воздержались."}
YEAR_FIRST = {"fr": "En {y}, {n} pays ont voté pour.", "es": "En {y}, {n} países votaron a favor.",
              "de": "Im Jahr {y} stimmten {n} Staaten dafür.", "pt": "Em {y}, {n} países votaram a favor.",
              "ru": "В {y} году резолюцию поддержали {n} {s}."}


def states_word(n: int) -> str:
    return ru_noun(n, "государство", "государства", "государств")


def party_side(lang, v, rng, false=False):
    """A yes voter said to have voted against "us", or the US's no side said to support its decision, beside a
    count of the vote: only the count is a claim."""
    yes = _pick(v, rng, "yes", 1)
    if rng.random() < 0.5 and yes:
        name, agreement = v.names[yes[0]]
        n = v.counts["yes"] + (2 if false else 0)
        return AGAINST_US[lang].format(name=cap(name), n=n, s=states_word(n), end={"m": "", "f": "а", "n": "о",
                                       "p": "и"}[agreement]), [claim_count(v, "yes", n, "false" if false else "true")]
    if v.votes.get("USA") != "no" or v.counts["abstain"] < 2:
        return None
    n = v.counts["abstain"] + (2 if false else 0)
    return (SIDED_WITH_US[lang].format(no=v.counts["no"], sno=states_word(v.counts["no"]), n=n, s=states_word(n)),
            [claim_count(v, "abstain", n, "false" if false else "true")])


def year_first(lang, v, rng, false=False):
    n = v.counts["yes"] + (2 if false else 0)
    return YEAR_FIRST[lang].format(y=v.day.year, n=n, s=states_word(n)), [claim_count(v, "yes", n, "false" if false
                                                                                      else "true")]
# "all but A and B voted in favour" (the excepted take no vote from the clause), then another state's abstention
EXCEPT_FORMS = {
    "fr": ["Tous les pays sauf {} ont voté pour", "Tous les États membres, excepté {}, ont voté en faveur du texte"],
    "es": ["Todos los países excepto {} votaron a favor", "Todos los miembros, salvo {}, apoyaron la resolución"],
    "de": ["Bis auf {} stimmten alle Staaten dafür", "Alle Länder außer {} stimmten für die Resolution"],
    "pt": ["Todos os países, exceto {}, votaram a favor", "Todos os membros, salvo {}, apoiaram a resolução"],
    "ru": ["Все страны, кроме {}, проголосовали за резолюцию", "Все государства, за исключением {}, поддержали резолюцию"],
}
# the names after "außer" (dative) and "кроме" (genitive) where they differ from the nominative
DE_DATIVE = {"USA": "den USA", "IRN": "dem Iran", "UKR": "der Ukraine"}
RU_GENITIVE = {"RUS": "России", "ISR": "Израиля", "SYR": "Сирии", "BLR": "Белоруссии", "CHN": "Китая", "IRN": "Ирана",
               "CUB": "Кубы", "VEN": "Венесуэлы", "ERI": "Эритреи", "USA": "США", "PRK": "КНДР", "NIC": "Никарагуа",
               "MLI": "Мали", "HUN": "Венгрии", "UKR": "Украины", "IND": "Индии", "PAK": "Пакистана"}


def all_but(lang, v, rng, false=False):
    """'All but A and B voted in favour; C abstained': A and B voted against, and are read with no vote."""
    excepted, abstained = _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 1)
    if not excepted or not abstained:
        return None
    form = rng.choice(EXCEPT_FORMS[lang])
    spelled = {"ru": lambda s: RU_GENITIVE.get(s), "de": lambda s: DE_DATIVE.get(s, v.names[s][0]) if "außer" in form
               else v.names[s][0]}.get(lang, lambda s: v.names[s][0])
    if None in (names := [spelled(s) for s in excepted]):
        return None
    state = _wrong_state(v, rng, "abstain") if false else abstained[0]
    name, agreement = v.names[state]
    return (form.format(listed(lang, names)) + f"; {name} {_verb(lang, 'abstain', agreement, rng)}.",
            [claim_position(v, state, "abstain")])


# round 26 (branch changes): a change of vote between this vote and the series' vote before, its sides as nouns
CHANGE_SIDES = {"es": ({"yes": "del voto a favor", "no": "del voto en contra", "abstain": "de la abstención"},
                       {"yes": "al voto a favor", "no": "al voto en contra", "abstain": "a la abstención"}),
                "fr": ({"yes": "du vote pour", "no": "du vote contre", "abstain": "de l'abstention"},
                       {"yes": "au vote pour", "no": "au vote contre", "abstain": "à l'abstention"}),
                "pt": ({"yes": "do voto a favor", "no": "do voto contra", "abstain": "da abstenção"},
                       {"yes": "para o voto a favor", "no": "para o voto contra", "abstain": "para a abstenção"}),
                "de": ({"yes": "einem Ja", "no": "einem Nein", "abstain": "der Enthaltung"},
                       {"yes": "zu einem Ja", "no": "zu einem Nein", "abstain": "zur Enthaltung"}),
                "ru": ({"yes": "от голосования «за»", "no": "от голосования «против»", "abstain": "от воздержания"},
                       {"yes": "к голосованию «за»", "no": "к голосованию «против»", "abstain": "к воздержанию"})}
CHANGE_FORMS = {"es": ["En esta votación, {n} pasó {a} {b}, como se esperaba.",
                       "Con respecto a la votación anterior, {n} cambió su {o} por {t} en esta ocasión."],
                "fr": ["Dans ce scrutin, {n} {passed} {a} {b}.", "Dans ce scrutin, {n} a changé son {o} en {t}."],
                "pt": ["Nesta votação, {n} passou {a} {b} da resolução.",
                       "Desta vez, {n} trocou {o} por {t} da resolução."],
                "de": ["Bei der Abstimmung wechselte {n} von {a} {b}.", "{N} wechselte bei der Abstimmung von {a} {b}."],
                "ru": ["В этом голосовании {n} {ru_passed} {a} {b}.", "{N} на этот раз {ru_passed} {a} {b}."]}
# the earlier side as the verb's object ("cambió su abstención por …"), and the side it went to after it
CHANGE_OBJECTS = {"es": ({"yes": "voto a favor", "no": "voto en contra", "abstain": "abstención"},
                         {"yes": "un voto a favor", "no": "un voto en contra", "abstain": "la abstención"}),
                  "fr": ({"yes": "vote pour", "no": "vote contre", "abstain": "abstention"},
                         {"yes": "vote pour", "no": "vote contre", "abstain": "abstention"}),
                  "pt": ({"yes": "o seu voto a favor", "no": "o seu voto contra", "abstain": "a sua abstenção"},
                         {"yes": "um voto a favor", "no": "um voto contra", "abstain": "a abstenção"}),
                  "de": ({}, {}), "ru": ({}, {})}


def changed(lang, v, rng, false=False):
    found = _moved_state(v, rng, false) if lang in CHANGE_FORMS else None
    if not found:
        return None
    state, _, then, old, said_now = found
    name, agreement = v.names[state]
    passed = {"p": "sont passés", "f": "est passée"}.get(agreement, "est passé")
    sides, objects = CHANGE_SIDES[lang], CHANGE_OBJECTS[lang]
    form = rng.choice(CHANGE_FORMS[lang])
    if lang == "fr" and "{o}" in form and then == "abstain":
        form = form.replace("son {o}", "son abstention")  # "son abstention": the possessive before a vowel
    ru_passed = {"m": "перешел", "f": "перешла", "n": "перешло", "p": "перешли"}[agreement]
    return (form.format(n=name, N=cap(name), passed=passed, ru_passed=ru_passed, a=sides[0][then], b=sides[1][said_now],
                        o=objects[0].get(then), t=objects[1].get(said_now)),
            [claim_position(v, state, said_now), claim_position(old, state, then)])
# round 27 (branch changes2): "for the first time" between the state (or the auxiliary) and the vote phrase
FIRST_TIME = {"es": "por primera vez", "pt": "pela primeira vez", "ru": "впервые"}


def first_time(lang, v, rng, false=False):
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, _, _, _, said_now = found
    name, agreement = v.names[state]
    # the verbs of voting only ("apoiou a resolução", "a soutenu la résolution" are read nowhere, with or without the time)
    verb = next(v for v in (_verb(lang, said_now, agreement, rng) for _ in range(50))
                if re.search(r"vot|stimm|abst|enthiel|голос|воздерж", v))
    if lang == "fr":
        inside = re.sub(r"^(a|ont|s'est|se sont)\s+(?=voté|abstenu)", r"\1 pour la première fois ", verb)
        sentence = f"{cap(name)} {inside}." if inside != verb else f"Pour la première fois, {name} {verb}."
    elif lang == "de":
        timed = re.sub(r"^(stimmten|stimmte|enthielten sich|enthielt sich)", r"\1 zum ersten Mal", verb)
        sentence = f"{cap(name)} {timed}."
    else:
        sentence = f"{cap(name)} {FIRST_TIME[lang]} {verb}."
    return sentence, [claim_position(v, state, said_now)]


# round 26 (lang27): the vote as a noun owned by its states ("con la oposición de A y B y la abstención de C"), a list
# after a dash that ends the sentence, an adverb inside the French compound verb, and absences in the language's words
OWNED = {"es": "La resolución fue aprobada con la oposición {} y la abstención {}.",
         "pt": "A resolução foi aprovada com a oposição {} e a abstenção {}."}
DASHED = {"fr": "Seuls {n} pays ont voté contre - {states}.", "es": "Solo {n} países votaron en contra - {states}.",
          "pt": "Apenas {n} países votaram contra - {states}.", "de": "Nur {n} Staaten stimmten dagegen - {states}."}
ABSENT_FORMS = {"fr": "{} étaient absents lors du vote.", "es": "{} decidieron no participar en la votación.",
                "pt": "{} ficaram ausentes da votação."}


def owned_vote(lang, v, rng, false=False):
    against, abstained = _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 1)
    if lang not in OWNED or not against or not abstained:
        return None
    state = _wrong_state(v, rng, "abstain") if false else abstained[0]
    if state in against:
        return None
    text = OWNED[lang].format(listed(lang, [_of(lang, v.names[s][0]) for s in against]), _of(lang, v.names[state][0]))
    return text, [claim_position(v, s, "no") for s in against] + [claim_position(v, state, "abstain")]


def dashed_list(lang, v, rng, false=False):
    n = v.counts["no"]
    pick = _pick(v, rng, "no", 3)
    if lang not in DASHED or not pick or not 3 <= n <= 9:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, "no")
    return (DASHED[lang].format(n=n, states=listed(lang, [v.names[s][0] for s in pick])),
            [claim_count(v, "no", n)] + [claim_position(v, s, "no") for s in pick])


def adverb_inside(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 2)
    if lang != "fr" or not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    verb = {"no": rng.choice(["ont aussi voté contre", "ont également voté contre"]),
            "abstain": rng.choice(["se sont aussi abstenus", "se sont également abstenus"])}[vote]
    return f"{cap(listed(lang, [v.names[s][0] for s in pick]))} {verb}.", [claim_position(v, s, vote) for s in pick]


def absent_named(lang, v, rng, false=False):
    pick = _pick(v, rng, "absent", 2)
    if lang not in ABSENT_FORMS or not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, "absent")
    return (ABSENT_FORMS[lang].format(cap(listed(lang, [v.names[s][0] for s in pick]))),
            [claim_position(v, s, "absent") for s in pick])


# the twenty-eighth round (branch absent): "did not take part" in each language, read as in English (away, or maybe
# abstaining: held for an abstainer), so a true row names states away and a false row a state that voted yes or no
NO_PART_FORMS = {"fr": "{} n'ont pas pris part au vote.", "es": "{} no participaron en la votación.",
                 "pt": "{} não participaram da votação.", "de": "{} nahmen an der Abstimmung nicht teil.",
                 "ru": "{} не участвовали в голосовании."}


def took_no_part(lang, v, rng, false=False):
    pick = _pick(v, rng, "absent", 2)
    if lang not in NO_PART_FORMS or not pick:
        return None
    truths = ["true", "true"]
    if false:
        voted = _pick(v, rng, rng.choice(["yes", "no"]), 1)
        if not voted:
            return None
        pick[1], truths[1] = voted[0], "false"
    return (NO_PART_FORMS[lang].format(cap(listed(lang, [v.names[s][0] for s in pick]))),
            [dict(claim_position(v, s, "absent"), truth=t) for s, t in zip(pick, truths)])


def verb_second(lang, v, rng, false=False):
    """'Am Ende stimmten auch A und B dagegen': the German verb second, its subjects, then its side."""
    vote = rng.choice(["yes", "no"])
    pick = _pick(v, rng, vote, 2)
    if lang != "de" or not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    side = rng.choice({"yes": ["dafür", "für die Resolution"], "no": ["dagegen", "gegen die Resolution"]}[vote])
    opener = rng.choice(["Am Ende stimmten auch", "Dabei stimmten", "In New York stimmten"])
    return f"{opener} {listed(lang, [v.names[s][0] for s in pick])} {side}.", [claim_position(v, s, vote) for s in pick]
# round 26 (script27): Russian supporters after the text ("Резолюцию поддержали A, B и C"), and a side's states in
# brackets after its count ("против — 5 (A и B)")
SUPPORTED_BY = ["Резолюцию поддержали {}.", "Проект резолюции поддержали {}.", "Этот документ поддержали {}."]


def supporters_after(lang, v, rng, false=False):
    if lang != "ru" or not (pick := _pick(v, rng, "yes", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "yes")
    return (rng.choice(SUPPORTED_BY).format(listed(lang, [v.names[s][0] for s in pick])),
            [claim_position(v, s, "yes") for s in pick])


def bracketed_side(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    if lang != "ru" or n < 3 or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    states = listed(lang, [v.names[s][0] for s in pick])
    label = {"no": "против", "abstain": "воздержались"}[vote]
    yes = v.counts["yes"]
    return (f"За резолюцию проголосовали {yes} {states_word(yes)}, {label} — {n} ({states}).",
            [claim_tally(v, "true", yes=yes, **{vote: n})] + [claim_position(v, s, vote) for s in pick])


# round 27 (lang28): a side's states after its count ("dagegen 5, darunter A"), under "zu den … gehören", after a count,
# its side and a copula ("Os 5 países contrários foram A"), and "N contrários" as a tally's label
AMONG_FORMS = {"no": ["Für die Resolution stimmten {yes} Staaten, dagegen {n}, darunter {states}.",
                      "Zu den Ländern, die gegen den Entwurf stimmten, gehörten ebenfalls {states}."],
               "abstain": ["{n} Länder enthielten sich, darunter auch {states}.", "Zu den Enthaltungen gehören {states}."]}
COPULA_FORMS = {"fr": "Les {n} pays contre sont {states}.", "es": "Los {n} países en contra fueron {states}.",
                "pt": "Os {n} países contrários foram {states}."}


def among_de(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    if lang != "de" or v.counts[vote] < 3 or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    form = rng.choice(AMONG_FORMS[vote])
    text = form.format(yes=v.counts["yes"], n=v.counts[vote], states=listed(lang, [v.names[s][0] for s in pick]))
    said = ([claim_tally(v, yes=v.counts["yes"], no=v.counts["no"])] if "{yes}" in form
            else [claim_count(v, vote, v.counts[vote])] if "{n}" in form else [])
    return text, said + [claim_position(v, s, vote) for s in pick]


def count_copula(lang, v, rng, false=False):
    n = v.counts["no"]
    if lang not in COPULA_FORMS or not 3 <= n <= 14 or not (pick := _pick(v, rng, "no", 3)):
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, "no")
    return (COPULA_FORMS[lang].format(n=n, states=listed(lang, [v.names[s][0] for s in pick])),
            [claim_count(v, "no", n)] + [claim_position(v, s, "no") for s in pick])


def contrary_label(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang != "pt" or n < 2 or a < 2:
        return None
    n += rng.choice([2, 3]) if false else 0
    return (f"O texto recebeu {y} votos favoráveis, {n} contrários e {a} abstenções.",
            [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)])


def stance_fr(lang, v, rng, false=False):
    """'A et B se sont prononcés en faveur du texte': a French stance on the text as its vote."""
    vote = rng.choice(["yes", "no"])
    if lang != "fr" or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    side = {"yes": "en faveur du texte", "no": "contre le texte"}[vote]
    return (f"{cap(listed(lang, [v.names[s][0] for s in pick]))} se sont prononcés {side}.",
            [claim_position(v, s, vote) for s in pick])


# round 28 (lang29): a line headed by a side's label and count, its states after "außerdem"; Russian disagreement
# stated, companions counted ("наряду с N другими"), not taking part; a copula between a tally's label and its number
HEADED = {"yes": "Dafür", "no": "Dagegen", "abstain": "Enthaltungen"}
COPULA_LABEL = {"es": "Los votos a favor fueron {y}, {a} abstenciones y {n} en contra.",
                "pt": "Os votos favoráveis foram {y}, com {n} contra e {a} abstenções."}


def headed_line(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    if lang != "de" or n < 3 or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    groups = rng.choice(["mehrere Staaten Afrikas und Asiens", "einige Verbündete der USA", "viele Länder Europas"])
    return (f"{HEADED[vote]}: {n} – und zwar: {groups}, außerdem {listed(lang, [v.names[s][0] for s in pick])}.",
            [claim_count(v, vote, n)] + [claim_position(v, s, vote) for s in pick])


def disagreement_ru(lang, v, rng, false=False):
    if lang != "ru" or not (pick := _pick(v, rng, "no", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "no")
    opener = rng.choice(["Несогласие с документом выразили", "Свое несогласие с резолюцией выразили"])
    return f"{opener} {listed(lang, [v.names[s][0] for s in pick])}.", [claim_position(v, s, "no") for s in pick]


def along_with_others_ru(lang, v, rng, false=False):
    vote = "abstain"
    n = v.counts[vote]
    if lang != "ru" or n < 3 or not (pick := _pick(v, rng, vote, 1)):
        return None
    shown = n + rng.choice([2, 3]) if false else n
    name, agreement = v.names[pick[0]]
    return (f"{cap(name)} {_verb(lang, vote, agreement, rng)} при голосовании наряду с {shown - 1} другими государствами.",
            [claim_count(v, vote, shown, "false" if false else "true")] + [claim_position(v, pick[0], vote)])


def absent_ru(lang, v, rng, false=False):
    pick = _pick(v, rng, "absent", 2)
    if lang != "ru" or not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, "absent")
    return (f"{cap(listed(lang, [v.names[s][0] for s in pick]))} не участвовали в голосовании.",
            [claim_position(v, s, "absent") for s in pick])


def copula_label(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang not in COPULA_LABEL or n < 2 or a < 2:
        return None
    y += rng.choice([2, 3]) if false else 0
    return (COPULA_LABEL[lang].format(y=y, n=n, a=a), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)])


def joined_as_well(lang, v, rng, false=False):
    """A French list after its side's colon, its last state joined by "as well as" or "or else", or a group of states
    before a colon opening the list's last stretch (twenty-eighth round, branch langleft)."""
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if lang != "fr" or not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    a, b, c = (v.names[s][0] for s in pick)
    side = {"no": "ont voté contre", "abstain": "se sont abstenus"}[vote]
    tail = rng.choice([f"{b} ainsi que {c}", f"{b}, tout comme {c}", f"{b} ou encore {c}",
                       f"tout comme plusieurs autres pays : {b} et {c}"])
    return f"Plusieurs pays {side} : {a}, {tail}.", [claim_position(v, s, vote) for s in pick]


# round 29 (lang30): the choice of abstaining ("optaron por abstenerse"), the French present of a headline ("votent
# contre"), a Russian list "including" its states after the vote phrase, a Russian side's number before a dash
OPTED = {"es": "optaron por abstenerse", "pt": "optaram por se abster"}


def opted_to_abstain(lang, v, rng, false=False):
    if lang not in OPTED or not (pick := _pick(v, rng, "abstain", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "abstain")
    return (f"{cap(listed(lang, [v.names[s][0] for s in pick]))} {OPTED[lang]}.",
            [claim_position(v, s, "abstain") for s in pick])


def present_fr(lang, v, rng, false=False):
    if lang != "fr" or not (pick := _pick(v, rng, "no", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "no")
    return f"{cap(listed(lang, [v.names[s][0] for s in pick]))} votent contre.", [claim_position(v, s, "no") for s in pick]


def including_ru(lang, v, rng, false=False):
    if lang != "ru" or not (pick := _pick(v, rng, "no", 3)):
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, "no")
    return (f"Против принятия документа проголосовали в том числе {listed(lang, [v.names[s][0] for s in pick])}.",
            [claim_position(v, s, "no") for s in pick])


def dashed_count_ru(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang != "ru" or n < 5 or a < 5:
        return None
    n += rng.choice([2, 3]) if false else 0
    return (f"За принятие резолюции проголосовали {y} {ru_noun(y, 'страна', 'страны', 'стран')}, {n} - против, "
            f"{a} воздержались.", [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)])


BRACKETED_VERB = {"es": {"no": "votaron en contra", "abstain": "se abstuvieron"},
                  "pt": {"no": "votaram contra", "abstain": "abstiveram-se"},
                  "fr": {"no": "ont voté contre", "abstain": "se sont abstenus"}}
COUNTRIES = {"es": "países", "pt": "países", "fr": "pays"}


def bracketed_before_verb(lang, v, rng, false=False):
    """A small side's count, all its states in brackets, then its vote phrase: "dos países (A y B) se abstuvieron"."""
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    if lang not in BRACKETED_VERB or not 2 <= n <= 3 or not (pick := _pick(v, rng, vote, n)):
        return None
    if false:
        pick[rng.randrange(n)] = _wrong_state(v, rng, vote)
    return (f"{cap(in_words(lang, n))} {COUNTRIES[lang]} ({listed(lang, [v.names[s][0] for s in pick])}) "
            f"{BRACKETED_VERB[lang][vote]}.", [claim_count(v, vote, n)] + [claim_position(v, s, vote) for s in pick])


WERE_AGAINST = {"es": "estuvieron en contra de la resolución", "pt": "foram contra a resolução"}


def were_against(lang, v, rng, false=False):
    if lang not in WERE_AGAINST or not (pick := _pick(v, rng, "no", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "no")
    return (f"{cap(listed(lang, [v.names[s][0] for s in pick]))} {WERE_AGAINST[lang]}.",
            [claim_position(v, s, "no") for s in pick])


# round 30 (lang31b): a Portuguese list after its verb with the emphatic "própria" and "e ainda", a vote kept from the
# vote before ("manteve a abstenção", "mantuvo su abstención"), an absence closing its clause ("esteve ausente", "nunca
# esteve presente"), a time between "votou" and its side, and the Spanish perfect ("han votado en contra")
OWN_PT = {"m": "o próprio", "f": "a própria", "p": "os próprios", "n": "o próprio"}
KEPT_FORMS = {"pt": {"abstain": "manteve a abstenção", "no": "manteve o seu voto contra", "yes": "manteve o voto a favor"},
              "es": {"abstain": "mantuvo su abstención", "no": "mantuvo su voto en contra", "yes": "mantuvo su voto a favor"}}
PT_WEEKDAYS = "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split()


def own_and_also(lang, v, rng, false=False):
    if lang != "pt" or not (pick := _pick(v, rng, "no", 3)):
        return None
    if false:
        pick[rng.randrange(1, 3)] = _wrong_state(v, rng, "no")
    first, agreement = v.names[pick[0]]
    own = OWN_PT[agreement] + " " + re.sub(r"^(?:o|a|os|as) ", "", first)
    others = listed(lang, [v.names[s][0] for s in pick[1:]])
    return f"Votaram contra {own} e ainda {others}.", [claim_position(v, s, "no") for s in pick]


def kept_vote(lang, v, rng, false=False):
    vote = rng.choice(["abstain", "no"])
    if lang not in KEPT_FORMS or not (pick := _pick(v, rng, vote, 1)):
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    return f"{cap(v.names[state][0])} {KEPT_FORMS[lang][vote]}.", [claim_position(v, state, vote)]


def absent_closing(lang, v, rng, false=False):
    if lang != "pt" or not (pick := _pick(v, rng, "absent", 1)):
        return None
    state = _wrong_state(v, rng, "absent") if false else pick[0]
    name, agreement = v.names[state]
    said = rng.choice([("esteve ausente", "estiveram ausentes"), ("nunca esteve presente", "nunca estiveram presentes")])
    return f"{cap(name)} {said[agreement == 'p']}.", [claim_position(v, state, "absent")]


def time_inside(lang, v, rng, false=False):
    vote = rng.choice(["yes", "no"])
    if lang != "pt" or not (pick := _pick(v, rng, vote, 1)):
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    name, agreement = v.names[state]
    when = rng.choice([f", {PT_WEEKDAYS[v.day.weekday()]}, {v.day.day},", " ontem"])
    verb = "votaram" if agreement == "p" else "votou"
    side = {"yes": "a favor", "no": "contra"}[vote]
    return f"{cap(name)} {verb}{when} {side} da resolução.", [claim_position(v, state, vote)]


def perfect_es(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    if lang != "es" or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    verb = {"no": "han votado en contra", "abstain": "se han abstenido"}[vote]
    return f"{cap(listed(lang, [v.names[s][0] for s in pick]))} {verb}.", [claim_position(v, s, vote) for s in pick]


ABSENCES = {"es": "La resolución fue aprobada por {y} votos a favor, {n} en contra, {a} abstenciones y {ab} ausencias.",
            "pt": "A resolução foi aprovada com {y} votos a favor, {n} contra, {a} abstenções e {ab} ausências."}
ES_SIDES = {"yes": "votaron a favor", "no": "votaron en contra", "abstain": "se abstuvieron"}


def absences_label(lang, v, rng, false=False):
    y, n, a, ab = (v.counts[f] for f in ("yes", "no", "abstain", "absent"))
    if lang not in ABSENCES or min(n, a, ab) < 2:
        return None
    ab += rng.choice([2, 3]) if false else 0
    return (ABSENCES[lang].format(y=y, n=n, a=a, ab=ab),
            [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a, absent=ab)])


def including_one_es(lang, v, rng, false=False):
    vote = rng.choice(["yes", "no", "abstain"])
    if lang != "es" or not (pick := _pick(v, rng, vote, 1)):
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    name, agreement = v.names[state]
    including = {"m": "incluido", "f": "incluida", "p": "incluidos"}[agreement]
    return f"Varios países {ES_SIDES[vote]}, {including} {name}.", [claim_position(v, state, vote)]


def led_by_de(lang, v, rng, false=False):
    """The thirty-first round (branch lang32b): German tallies whose no is counted past "angeführt von A und B", a
    count said with "sprachen sich für die Resolution aus", labels "Jastimmen" and "Stimmenthaltungen", "A und B
    stimmten erneut dagegen"."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang != "de" or n < 3 or a < 2 or not (pick := _pick(v, rng, "no", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "no")
    states = listed(lang, [v.names[s][0] for s in pick])
    form = rng.randrange(4)
    if form == 0:
        return (f"Der Text erhielt {y} Stimmen dafür; {n} Staaten, angeführt von {states}, stimmten dagegen, und {a} "
                f"enthielten sich.", [claim_tally(v, yes=y, no=n, abstain=a)]
                + [claim_position(v, s, "no") for s in pick])
    if form == 1:
        return f"{y} Länder sprachen sich für die Resolution aus.", [claim_count(v, "yes", y)]
    if form == 2:
        return (f"Der Text erhielt {y} Jastimmen, {n} Gegenstimmen und {a} Stimmenthaltungen.",
                [claim_tally(v, yes=y, no=n, abstain=a)])
    return f"{states} stimmten erneut dagegen.", [claim_position(v, s, "no") for s in pick]


CONSTRUCTIONS = {"tally": tally, "counted side": counted, "list on a side": side_list, "one state's vote": one_state}
# the twenty-fifth round's constructions, made after the others with their own seed, so that those rows stay as they were
LATER = {"bound or round figure": (bounded, 25), "a state named by its tie in the voter's apposition": (tie_apposition, 2501),
         "named states and N others": (others_named, 2502), "side on a party": (party_side, 251),
         "year first": (year_first, 252), "all but a side": (all_but, 26),
         "change of vote": (changed, 2626), "vote noun owned by its states": (owned_vote, 2601),
         "list after a dash": (dashed_list, 2602), "adverb inside the compound verb": (adverb_inside, 2603),
         "absent in words": (absent_named, 2604), "verb second": (verb_second, 2605),
         "supporters after the text": (supporters_after, 2601), "a side's states in brackets": (bracketed_side, 2602),
         # the twenty-sixth round (branch declined): a failed roll call with a lead of its own
         "failed vote told by the side that won": (partial(told_by_the_winners_abroad, months=MONTHS), 261),
         "side's states among a count or under 'zu den'": (among_de, 2701), "count, side, copula, list": (count_copula, 2702),
         "'contrários' as a tally label": (contrary_label, 2703), "a French stance on the text": (stance_fr, 2704),
         # the twenty-seventh round (branch changes2)
         "for the first time before the vote phrase": (first_time, 2705),
         # the twenty-eighth round (branch absent)
         "did not take part": (took_no_part, 2801),
         # the twenty-eighth round (branch lang29)
         "a line headed by a side's label, its states after 'außerdem'": (headed_line, 2811),
         "disagreement with the text stated": (disagreement_ru, 2812),
         "one state with N other states": (along_with_others_ru, 2813), "not taking part": (absent_ru, 2814),
         "a copula between a tally's label and its number": (copula_label, 2815),
         # the twenty-eighth round (branch false12)
         "a vote recalled by its month alone": (partial(month_alone, months=MONTHS, topics=TOPICS), 2821),
         # the twenty-eighth round (branch langleft)
         "a list's last state after 'as well as' or a group's colon": (joined_as_well, 2831),
         # the twenty-ninth round (branch lang30)
         "the choice of abstaining": (opted_to_abstain, 2901), "a French headline's present": (present_fr, 2902),
         "a Russian list 'including' its states": (including_ru, 2903),
         "a Russian side's number before a dash": (dashed_count_ru, 2904),
         "a small side's states in brackets before its verb": (bracketed_before_verb, 2905),
         "were against the text": (were_against, 2906),
         # the thirtieth round (branch lang31b)
         "a list after its verb with 'a própria' and 'e ainda'": (own_and_also, 3001),
         "a vote kept from the vote before": (kept_vote, 3002), "an absence closing its clause": (absent_closing, 3003),
         "a time between 'votou' and its side": (time_inside, 3004), "the Spanish perfect": (perfect_es, 3005),
         "absences as a tally's label": (absences_label, 3007),
         "a Spanish 'incluida' after the vote phrase": (including_one_es, 3008)}
# the thirty-first round (branch lang32b), made after the Dutch and Finnish rows so that theirs keep their ids
THIRTY_FIRST = {"German: led by, 'sprachen sich … aus', Jastimmen, 'erneut dagegen'": (led_by_de, 3101)}
PER_CONSTRUCTION = 10


def make() -> list[dict]:
    rows: list[dict] = []
    _make(rows, random.Random(24), CONSTRUCTIONS)
    for construction, (maker, seed) in LATER.items():
        _make(rows, random.Random(seed), {construction: maker})
    paraphrase_nl_fi.make_rows(rows)  # the thirtieth round (branch lang31): Dutch and Finnish, after every other row
    for construction, (maker, seed) in THIRTY_FIRST.items():
        _make(rows, random.Random(seed), {construction: maker})
    paraphrase_nl_fi.make_rows(rows, 3102, paraphrase_nl_fi.LATER, ("nl",))  # the thirty-first round (branch lang32b)
    paraphrase_da_sk_cs_pl.make_rows(rows)  # the thirty-first round (branch lang32b): Danish, Slovak, Czech, Polish
    paraphrase_lang32.make_rows(rows, names, lead, TOPICS)  # the thirty-first round (branch lang32), after those
    paraphrase_lang33.make_rows(rows, names, lead, TOPICS)  # the thirty-second round (branch lang33), after those
    paraphrase_lang34.make_rows(rows)  # the thirty-third round (branch lang34): Swedish, Persian, Swahili, Indonesian
    paraphrase_langs35.make_rows(rows, names, lead, TOPICS)  # the thirty-fifth round (branch langs35), after those
    return rows


def _make(rows: list[dict], rng: random.Random, constructions: dict) -> None:
    lang_rows(rows, rng, LANGS, constructions, names, lead, TOPICS, PER_CONSTRUCTION)


def main() -> None:
    rows = make()
    header = {"about": "Paraphrases of vote claims in French, Spanish, German, Portuguese and Russian (and, from the "
                       "thirtieth round, Dutch and Finnish): every sentence "
                       "is ours (written for this set from templates in tests/reference/make_paraphrases_langs.py, "
                       "never copied from an article); each claim's truth is the record's.",
              "rows": len(rows), "languages": list(LANGS) + list(paraphrase_nl_fi.LANGS)
              + list(paraphrase_da_sk_cs_pl.LANGS) + list(paraphrase_lang34.LANGS)}
    with OUT.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"header": header}, ensure_ascii=False) + "\n")
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences in {len(LANGS)} languages → {OUT}")


if __name__ == "__main__":
    main()
