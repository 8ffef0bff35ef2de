"""Paraphrase rows in Danish, Slovak, Czech and Polish (the thirty-first round, branch lang32b): the constructions the
round taught the checker, in sentences of our own written from each language's grammar (never copied from an article).

Danish (new to the checker): tallies and counts ("Der stemte N lande for", "N stemmer for og M imod"), a count with
its states after "inklusive" or between dashes after "heriblandt", "A undlod at stemme", the states that voted with
Russia ("De lande, der stemte sammen med Rusland, var A og B"). Slovak (new): a tally ("Rezolúciu podporilo N štátov,
proti hlasovalo M a K sa zdržalo"), a list one state a line under "Hlasovali proti:", a list before "sa zdržali
hlasovania". Czech: "podpořilo N států; proti bylo M států", a list after "se proti rezoluci postavily také". Polish:
a count with its states in brackets before "wypowiedziało się przeciwko".
"""

from __future__ import annotations

import random

from paraphrase_votes import Vote, _pick, _wrong_state, claim_count, claim_position, claim_tally, lang_rows

LANGS = ("da", "sk", "cs", "pl")
NAMES = {
    "da": "USA USA|RUS Rusland|ISR Israel|PRK Nordkorea|SYR Syrien|BLR Hviderusland|NIC Nicaragua|CHN Kina|IND Indien|"
          "IRN Iran|CUB Cuba|VEN Venezuela|PAK Pakistan|ZAF Sydafrika|BRA Brasilien|MEX Mexico|DEU Tyskland|"
          "FRA Frankrig|JPN Japan|CAN Canada|AUS Australien|HUN Ungarn|UKR Ukraine|ARG Argentina|EGY Egypten|"
          "IDN Indonesien|NGA Nigeria|KEN Kenya|VNM Vietnam|BOL Bolivia|ERI Eritrea|MLI Mali|DZA Algeriet|AUT Østrig|"
          "ITA Italien|NOR Norge|SWE Sverige|DNK Danmark|GTM Guatemala|PRY Paraguay",
    "sk": "USA USA|RUS Rusko|ISR Izrael|PRK Severná Kórea|SYR Sýria|BLR Bielorusko|NIC Nikaragua|CHN Čína|IND India|"
          "IRN Irán|CUB Kuba|VEN Venezuela|PAK Pakistan|ZAF Južná Afrika|BRA Brazília|MEX Mexiko|DEU Nemecko|"
          "FRA Francúzsko|JPN Japonsko|CAN Kanada|AUS Austrália|HUN Maďarsko|UKR Ukrajina|ARG Argentína|EGY Egypt|"
          "IDN Indonézia|NGA Nigéria|KEN Keňa|VNM Vietnam|BOL Bolívia|ERI Eritrea|MLI Mali|DZA Alžírsko|AUT Rakúsko|"
          "ITA Taliansko|NOR Nórsko|SWE Švédsko|POL Poľsko|CZE Česko|SVK Slovensko|GTM Guatemala|PRY Paraguaj",
    "cs": "USA USA|RUS Rusko|ISR Izrael|PRK Severní Korea|SYR Sýrie|BLR Bělorusko|NIC Nikaragua|CHN Čína|IND Indie|"
          "IRN Írán|CUB Kuba|VEN Venezuela|PAK Pákistán|BRA Brazílie|MEX Mexiko|DEU Německo|FRA Francie|JPN Japonsko|"
          "CAN Kanada|AUS Austrálie|HUN Maďarsko|UKR Ukrajina|ARG Argentina|EGY Egypt|IDN Indonésie|NGA Nigérie|"
          "KEN Keňa|VNM Vietnam|BOL Bolívie|ERI Eritrea|MLI Mali|DZA Alžírsko|AUT Rakousko|ITA Itálie|NOR Norsko|"
          "SWE Švédsko|POL Polsko|SVK Slovensko|GTM Guatemala|PRY Paraguay",
    "pl": "USA USA|RUS Rosja|ISR Izrael|PRK Korea Północna|SYR Syria|BLR Białoruś|NIC Nikaragua|CHN Chiny|IND Indie|"
          "IRN Iran|CUB Kuba|VEN Wenezuela|PAK Pakistan|BRA Brazylia|MEX Meksyk|DEU Niemcy|FRA Francja|JPN Japonia|"
          "CAN Kanada|AUS Australia|HUN Węgry|UKR Ukraina|ARG Argentyna|EGY Egipt|IDN Indonezja|NGA Nigeria|"
          "KEN Kenia|VNM Wietnam|BOL Boliwia|ERI Erytrea|MLI Mali|DZA Algieria|AUT Austria|ITA Włochy|NOR Norwegia|"
          "SWE Szwecja|CZE Czechy|SVK Słowacja|GTM Gwatemala|PRY Paragwaj",
}
TOPICS = {
    "ES-11/1": {"da": "som kræver, at Rusland trækker sine tropper ud af Ukraine",
                "sk": "ktorá žiada stiahnutie ruských vojsk z Ukrajiny",
                "cs": "která žádá stažení ruských vojsk z Ukrajiny",
                "pl": "wzywającą do wycofania wojsk rosyjskich z Ukrainy"},
    "ES-11/4": {"da": "som fordømmer annekteringen af fire ukrainske regioner",
                "sk": "ktorá odsudzuje anexiu štyroch ukrajinských regiónov",
                "cs": "která odsuzuje anexi čtyř ukrajinských regionů",
                "pl": "potępiającą aneksję czterech regionów Ukrainy"},
    "ES-10/21": {"da": "som kræver en humanitær våbenhvile i Gaza", "sk": "ktorá žiada humanitárne prímerie v Gaze",
                 "cs": "která žádá humanitární příměří v Gaze", "pl": "wzywającą do humanitarnego rozejmu w Strefie Gazy"},
    "ES-10/22": {"da": "som kræver en øjeblikkelig våbenhvile i Gaza", "sk": "ktorá žiada okamžité prímerie v Gaze",
                 "cs": "která žádá okamžité příměří v Gaze", "pl": "żądającą natychmiastowego zawieszenia broni w Gazie"},
}
MONTHS = {"da": "januar februar marts april maj juni juli august september oktober november december",
          "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
          "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
          "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"}
JOIN = {"da": "og", "sk": "a", "cs": "a", "pl": "i"}


def names(lang: str) -> dict[str, tuple[str, str]]:
    return {item.split(" ", 1)[0]: (item.split(" ", 1)[1], "") for item in NAMES[lang].split("|")}


def listed(lang: str, v: Vote, states: list[str]) -> str:
    items = [v.names[s][0] for s in states]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {JOIN[lang]} " + items[-1]


def lead(lang: str, v: Vote, rng: random.Random) -> str:
    d, m, y = v.day.day, MONTHS[lang].split()[v.day.month - 1], v.day.year
    t, s = TOPICS[v.symbol][lang], v.symbol
    return rng.choice({
        "da": [f"FN's Generalforsamling vedtog den {d}. {m} {y} resolution {s}, {t}."],
        "sk": [f"Valné zhromaždenie OSN prijalo {d}. {m} {y} rezolúciu {s}, {t}."],
        "cs": [f"Valné shromáždění OSN přijalo {d}. {m} {y} rezoluci {s}, {t}."],
        "pl": [f"Zgromadzenie Ogólne ONZ przyjęło {d} {m} {y} r. rezolucję {s}, {t}."],
    }[lang])


def tally(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 2:
        return None
    a += rng.choice([2, 3]) if false else 0
    forms = {"da": [f"Der stemte {y} lande for, {n} stemte imod, og {a} lande undlod at stemme.",
                    f"Resolutionen fik {y} stemmer for og {n} imod, mens {a} lande undlod at stemme."],
             "sk": [f"Rezolúciu podporilo {y} štátov, proti hlasovalo {n} a {a} sa zdržalo."],
             "cs": [f"Rezoluci podpořilo {y} států; proti bylo {n} států, zatímco {a} států se zdrželo."],
             "pl": [f"Za rezolucją głosowało {y} państw; {n} państw wypowiedziało się przeciwko, {a} wstrzymało się."]}
    return rng.choice(forms[lang]), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def included(lang, v, rng, false=False):
    """A count, then some of its states: after "inklusive", between dashes after "heriblandt", in brackets."""
    vote = rng.choice(["no", "abstain"]) if lang == "da" else "no"
    if v.counts[vote] < 3 or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    states, count = listed(lang, v, pick), v.counts[vote]
    forms = {("da", "no"): [f"I alt {count} stater inklusive {states} stemte imod."],
             ("da", "abstain"): [f"I alt {count} stater - heriblandt {states} - undlod at stemme."],
             ("pl", "no"): [f"{count} państw ({states}) wypowiedziało się przeciwko tekstowi."]}
    if (lang, vote) not in forms:
        return None
    return rng.choice(forms[lang, vote]), [claim_count(v, vote, count)] + [claim_position(v, s, vote) for s in pick]


def side_list(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    if not (pick := _pick(v, rng, vote, 3)):
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    states = listed(lang, v, pick)
    lines = "\n".join(v.names[s][0] for s in pick)
    forms = {("da", "no"): [f"{states} stemte imod resolutionen."],
             ("da", "abstain"): [f"{states} undlod at stemme."],
             ("sk", "no"): [f"Hlasovali proti:\n{lines}"],
             ("sk", "abstain"): [f"{states} sa zdržali hlasovania."],
             ("cs", "no"): [f"Spolu s dalšími zeměmi se proti rezoluci postavily také {states}."],
             ("pl", "abstain"): [f"{states} wstrzymały się od głosu."]}
    if (lang, vote) not in forms:
        return None
    return rng.choice(forms[lang, vote]), [claim_position(v, s, vote) for s in pick]


def sided_with_russia(lang, v, rng, false=False):
    """'De lande, der stemte sammen med Rusland, var A og B' on a text against Russia: a no."""
    if lang != "da" or v.symbol not in ("ES-11/1", "ES-11/4") or not (pick := _pick(v, rng, "no", 3)):
        return None
    pick = [s for s in pick if s != "RUS"][:2]
    if len(pick) < 2:
        return None
    if false:
        pick[rng.randrange(2)] = rng.choice(v.side("yes"))
    return (f"De lande, der stemte sammen med Rusland, var {listed(lang, v, pick)}.",
            [claim_position(v, s, "no") for s in pick])


CONSTRUCTIONS = {"Danish, Slovak, Czech and Polish: tally": tally,
                 "Danish and Polish: count with its states": included,
                 "Danish, Slovak, Czech and Polish: list on a side": side_list,
                 "Danish: voted with Russia": sided_with_russia}
PER_CONSTRUCTION = 8


def make_rows(rows: list[dict], seed: int = 3101) -> None:
    """Append the rows of each construction in each language to `rows`, ids going on from theirs."""
    lang_rows(rows, random.Random(seed), LANGS, CONSTRUCTIONS, names, lead, TOPICS, PER_CONSTRUCTION)
