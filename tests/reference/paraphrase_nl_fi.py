"""Paraphrase rows in Dutch and Finnish (the thirtieth round, branch lang31): the constructions the round taught the
checker, in sentences of our own written from each language's grammar (never copied from an article).

Dutch: the reflexive verb last in a subordinate clause ("terwijl N landen zich van stemming onthielden"), a tally's
third number past an inclusion aside, the side's own group opening its list ("Onder de tegenstemmers waren A en B",
"Onder de lidstaten die zich van stemming onthielden bevonden zich A en B"), the reflexive split around its subjects
("Daarnaast onthielden A en B zich van stemming"), "naast A stemde ook B tegen". Finnish: tallies and counts
("N maata äänesti päätöslauselman puolesta ja M sitä vastaan"), lists on a side with the text as the verb's object,
an inclusion after a count ("N maata, mukaan lukien A ja B, …") and a side taken with Russia ("asettuivat Venäjän
puolelle"), read against the roll call.
"""

from __future__ import annotations

import random

from paraphrase_votes import Vote, _pick, _wrong_state, claim_count, claim_position, claim_tally, lang_rows

LANGS = ("nl", "fi")
NAMES = {
    "nl": "USA de Verenigde Staten|RUS Rusland|ISR Israël|PRK Noord-Korea|SYR Syrië|BLR Wit-Rusland|NIC Nicaragua|"
          "CHN China|IND India|IRN Iran|CUB Cuba|VEN Venezuela|PAK Pakistan|ZAF Zuid-Afrika|BRA Brazilië|MEX Mexico|"
          "DEU Duitsland|FRA Frankrijk|JPN Japan|CAN Canada|AUS Australië|HUN Hongarije|UKR Oekraïne|"
          "ARG Argentinië|EGY Egypte|IDN Indonesië|NGA Nigeria|KEN Kenia|VNM Vietnam|BOL Bolivia|KAZ Kazachstan|"
          "ERI Eritrea|MLI Mali|DZA Algerije|NLD Nederland|BEL België|AUT Oostenrijk|ITA Italië",
    "fi": "USA Yhdysvallat|RUS Venäjä|ISR Israel|PRK Pohjois-Korea|SYR Syyria|BLR Valko-Venäjä|NIC Nicaragua|"
          "CHN Kiina|IND Intia|IRN Iran|CUB Kuuba|VEN Venezuela|PAK Pakistan|BRA Brasilia|MEX Meksiko|DEU Saksa|"
          "FRA Ranska|JPN Japani|CAN Kanada|AUS Australia|HUN Unkari|UKR Ukraina|EGY Egypti|IDN Indonesia|"
          "NGA Nigeria|KEN Kenia|VNM Vietnam|BOL Bolivia|KAZ Kazakstan|ERI Eritrea|MLI Mali|DZA Algeria|FIN Suomi|"
          "SWE Ruotsi|NOR Norja|DNK Tanska|ITA Italia",
}
TOPICS = {
    "ES-11/1": {"nl": "die de terugtrekking van de Russische troepen uit Oekraïne eist",
                "fi": "joka vaatii Venäjää vetämään joukkonsa Ukrainasta"},
    "ES-11/4": {"nl": "die de annexatie van vier Oekraïense regio's veroordeelt",
                "fi": "joka tuomitsee neljän Ukrainan alueen liittämisen Venäjään"},
    "ES-10/21": {"nl": "die oproept tot een humanitair bestand in Gaza", "fi": "joka vaatii humanitaarista tulitaukoa Gazaan"},
    "ES-10/22": {"nl": "die een onmiddellijk staakt-het-vuren in Gaza eist",
                 "fi": "joka vaatii välitöntä tulitaukoa Gazaan"},
    "77/7": {"nl": "die het Amerikaanse embargo tegen Cuba veroordeelt",
             "fi": "joka tuomitsee Yhdysvaltojen Kuubaa vastaan asettaman kauppasaarron"},
}
MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober november december",
          "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
                "lokakuuta marraskuuta joulukuuta"}
JOIN = {"nl": "en", "fi": "ja"}


def names(lang: str) -> dict[str, tuple[str, str]]:
    return {item.split(" ", 1)[0]: (item.split(" ", 1)[1], "") for item in NAMES[lang].split("|")}


def listed(lang: str, v: Vote, states: list[str]) -> str:
    items = [v.names[s][0] for s in states]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {JOIN[lang]} " + items[-1]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def lead(lang: str, v: Vote, rng: random.Random) -> str:
    d, m, y = v.day.day, MONTHS[lang].split()[v.day.month - 1], v.day.year
    t, s = TOPICS[v.symbol][lang], v.symbol
    return rng.choice({
        "nl": [f"De Algemene Vergadering van de VN nam op {d} {m} {y} resolutie {s} aan, {t}.",
               f"Op {d} {m} {y} stemde de Algemene Vergadering van de Verenigde Naties over resolutie {s}, {t}."],
        "fi": [f"YK:n yleiskokous hyväksyi {d}. {m} {y} päätöslauselman {s}, {t}.",
               f"YK:n yleiskokous äänesti {d}. {m} {y} päätöslauselmasta {s}, {t}."],
    }[lang])


def tally(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 2:
        return None
    a += rng.choice([2, 3]) if false else 0
    forms = {"nl": [f"{y} landen stemden vóór, {n} tegen, terwijl {a} landen zich van stemming onthielden.",
                    f"De resolutie kreeg {y} stemmen vóór en {n} tegen, terwijl {a} landen zich onthielden."],
             "fi": [f"{y} maata äänesti päätöslauselman puolesta ja {n} sitä vastaan, ja {a} maata pidättäytyi äänestämästä.",
                    f"Äänestyksen tulos oli {y} ääntä puolesta, {n} vastaan ja {a} tyhjää."]}[lang]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def counted(lang, v, rng, false=False):
    field = rng.choice([f for f in ("no", "abstain") if v.counts[f] >= 2])
    value = v.counts[field] + (rng.choice([1, 2]) if false else 0)
    forms = {("nl", "no"): [f"Slechts {value} landen stemden tegen de resolutie."],
             ("nl", "abstain"): [f"De tekst werd aangenomen, terwijl {value} landen zich van stemming onthielden."],
             ("fi", "no"): [f"Päätöslauselmaa vastaan äänesti {value} maata.", f"{value} maata äänesti sitä vastaan."],
             ("fi", "abstain"): [f"{value} maata pidättäytyi äänestämästä.", f"{value} maata äänesti tyhjää."]}
    return rng.choice(forms[lang, field]), [claim_count(v, field, value, "false" if false else "true")]


def side_list(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    if not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    states = listed(lang, v, pick)
    forms = {("nl", "no"): [f"Onder de tegenstemmers waren {states}.", f"Naast {v.names[pick[0]][0]} stemde ook "
                            f"{v.names[pick[1]][0]} tegen."],
             ("nl", "abstain"): [f"Onder de lidstaten die zich van stemming onthielden bevonden zich {states}.",
                                 f"Daarnaast onthielden {states} zich van stemming."],
             ("fi", "no"): [f"Päätöslauselmaa vastaan äänestivät muun muassa {states}.",
                            f"{cap(states)} äänestivät päätöslauselmaa vastaan."],
             ("fi", "abstain"): [f"{cap(states)} pidättäytyivät äänestämästä.", f"{cap(states)} äänestivät tyhjää."]}
    return rng.choice(forms[lang, vote]), [claim_position(v, s, vote) for s in pick]


def included(lang, v, rng, false=False):
    """A count, then its states after an inclusion marker: in Dutch as the tally's third number."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    vote = "abstain" if lang == "nl" else rng.choice(["no", "abstain"])
    if v.counts[vote] < 3 or not (pick := _pick(v, rng, vote, 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    states, count = listed(lang, v, pick), v.counts[vote]
    if lang == "nl":
        return (f"{y} landen stemden vóór, {n} tegen en {a} landen, waaronder {states}, onthielden zich van stemming.",
                [claim_tally(v, "true", yes=y, no=n, abstain=a)] + [claim_position(v, s, vote) for s in pick])
    said = "äänesti päätöslauselmaa vastaan" if vote == "no" else "pidättäytyi äänestämästä"
    return (f"{count} maata, mukaan lukien {states}, {said}.",
            [claim_count(v, vote, count)] + [claim_position(v, s, vote) for s in pick])


def sided_with_russia(lang, v, rng, false=False):
    """'A ja B asettuivat Venäjän puolelle' on a text against Russia: a no."""
    if lang != "fi" or v.symbol not in ("ES-11/1", "ES-11/4") or not (pick := _pick(v, rng, "no", 2)):
        return None
    pick = [s for s in pick if s != "RUS"]
    if len(pick) < 2:
        return None
    if false:
        pick[rng.randrange(2)] = rng.choice(v.side("yes"))
    return f"{cap(listed(lang, v, pick))} asettuivat Venäjän puolelle.", [claim_position(v, s, "no") for s in pick]


CONSTRUCTIONS = {"Dutch and Finnish: tally": tally, "Dutch and Finnish: counted side": counted,
                 "Dutch and Finnish: list on a side": side_list, "Dutch and Finnish: count with an inclusion": included,
                 "Finnish: sided with Russia": sided_with_russia}
PER_CONSTRUCTION = 8


def verb_first(lang, v, rng, false=False):
    """The thirty-first round (branch lang32b): "stemden N staten voor en M tegen" (the verb before its count), "N van
    de 193 lidstaten stemden na een lang debat voor de tekst" (words between the verb and its side)."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang != "nl" or n < 2 or a < 2:
        return None
    a += rng.choice([2, 3]) if false else 0
    return rng.choice([f"Donderdag stemden {y} staten voor en {n} tegen; {a} onthielden zich.",
                       f"{y} van de 193 lidstaten stemden na een lang debat voor de tekst, {n} stemden tegen en {a} "
                       f"onthielden zich."]), \
        [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def instead(lang, v, rng, false=False):
    """A list, the vote it did not cast, then the vote it cast: "A en B in plaats van tegen te stemmen zich
    onthielden"."""
    if lang != "nl" or not (pick := _pick(v, rng, "abstain", 2)):
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, "abstain")
    return (f"Het valt op dat {listed(lang, v, pick)} in plaats van tegen te stemmen zich onthielden.",
            [claim_position(v, s, "abstain") for s in pick])


LATER = {"Dutch: the verb before its count, a place before its side": verb_first,
         "Dutch: a vote cast instead of another": instead}


def make_rows(rows: list[dict], seed: int = 3001, constructions: dict | None = None, langs: tuple = LANGS) -> None:
    """Append the rows of each construction in each language to `rows`, ids going on from theirs."""
    lang_rows(rows, random.Random(seed), langs, constructions or CONSTRUCTIONS, names, lead, TOPICS, PER_CONSTRUCTION)
