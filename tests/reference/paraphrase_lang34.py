"""Paraphrase rows in Swedish, Persian, Swahili and Indonesian (the thirty-third round, branch lang34): a side's list
called "the only states" that voted so ("A och B var de enda länderna som röstade emot", "A و B تنها کشورهایی بودند
که با این طرح مخالفت کردند", "A na B zilikuwa nchi pekee zilizopiga kura ya kupinga", "A dan B adalah
satu-satunya negara yang menolak"), after a lead of our own that gives the vote's tally in the language. Every sentence is ours,
written from each language's grammar (never copied from an article); the votes come from the store, and one row in
four puts a state that voted otherwise on the list.
"""

from __future__ import annotations

import random
from datetime import timedelta

from paraphrase_votes import VOTES, Vote, claim_position

LANGS = ("sv", "fa", "sw", "id")
# the states that most often make a small side, in each language's press form
NAMES = {
    "sv": {"USA": "USA", "ISR": "Israel", "HUN": "Ungern", "RUS": "Ryssland", "PRK": "Nordkorea", "SYR": "Syrien",
           "NIC": "Nicaragua", "ERI": "Eritrea", "MLI": "Mali", "CZE": "Tjeckien", "AUT": "Österrike",
           "PRY": "Paraguay", "GTM": "Guatemala", "ARG": "Argentina", "CAN": "Kanada", "AUS": "Australien"},
    "fa": {"USA": "ایالات متحده", "ISR": "اسرائیل", "HUN": "مجارستان", "RUS": "روسیه", "PRK": "کره شمالی",
           "SYR": "سوریه", "NIC": "نیکاراگوئه", "ERI": "اریتره", "MLI": "مالی", "AUT": "اتریش", "PRY": "پاراگوئه",
           "GTM": "گواتمالا", "ARG": "آرژانتین", "CAN": "کانادا", "AUS": "استرالیا"},
    "sw": {"USA": "Marekani", "ISR": "Israeli", "HUN": "Hungaria", "RUS": "Urusi", "PRK": "Korea Kaskazini",
           "SYR": "Syria", "NIC": "Nicaragua", "ERI": "Eritrea", "MLI": "Mali", "AUT": "Austria", "PRY": "Paraguay",
           "GTM": "Guatemala", "ARG": "Argentina", "CAN": "Kanada", "AUS": "Australia"},
    "id": {"USA": "Amerika Serikat", "ISR": "Israel", "HUN": "Hungaria", "RUS": "Rusia", "PRK": "Korea Utara",
           "SYR": "Suriah", "NIC": "Nikaragua", "ERI": "Eritrea", "MLI": "Mali", "CZE": "Ceko", "AUT": "Austria",
           "PRY": "Paraguay", "GTM": "Guatemala", "ARG": "Argentina", "CAN": "Kanada", "AUS": "Australia"},
}
AND = {"sv": "och", "fa": "و", "sw": "na", "id": "dan"}
LEADS = {
    "sv": "FN:s generalförsamling antog resolution {s} med {y} röster för, {n} emot och {a} nedlagda röster.",
    "fa": "مجمع عمومی سازمان ملل قطعنامه {s} را با {y} رای موافق، {n} رای مخالف و {a} رای ممتنع تصویب کرد.",
    "sw": "Baraza Kuu la Umoja wa Mataifa limepitisha azimio {s} kwa kura {y} za ndiyo, {n} za hapana na {a} za kujizuia.",
    "id": "Majelis Umum PBB mengesahkan resolusi {s} dengan {y} suara mendukung, {n} menolak dan {a} abstain.",
}
ONLY = {
    "sv": ["{states} var de enda länderna som röstade emot.", "{states} var de enda staterna som röstade emot resolutionen."],
    "fa": ["{states} تنها کشورهایی بودند که با این طرح مخالفت کردند."],
    "sw": ["{states} zilikuwa nchi pekee zilizopiga kura ya kupinga azimio hilo.",
           "{states} zilikuwa nchi pekee zilizopinga azimio hilo."],
    "id": ["{states} adalah satu-satunya negara yang menolak resolusi tersebut.",
           "{states} merupakan satu-satunya negara yang menolak resolusi itu."],
}
CONSTRUCTION = "a side's list called the only states that voted so (Swedish, Persian, Swahili, Indonesian)"
PER_LANGUAGE = 8
SEED = 6031


def _listed(lang: str, names: list[str]) -> str:
    if lang == "fa":
        return "، ".join(names[:-1]) + " و " + names[-1] if len(names) > 1 else names[0]
    return ", ".join(names[:-1]) + f" {AND[lang]} " + names[-1]


def _only(lang: str, v: Vote, rng: random.Random, false: bool):
    against = v.side("no")
    if not 2 <= len(against) <= 4 or len(against) != v.counts["no"] or v.counts["abstain"] < 1:
        return None
    states = list(against)
    if false:
        others = sorted(s for s in v.names if v.votes.get(s) in ("yes", "abstain"))
        if not others:
            return None
        states[rng.randrange(len(states))] = rng.choice(others)
    sentence = rng.choice(ONLY[lang]).format(states=_listed(lang, [v.names[s] for s in states]))
    claims = [dict(claim_position(v, s, "no"), truth="true" if s in against else "false") for s in states]
    lead = LEADS[lang].format(s=v.resolution.removeprefix("A/RES/"), y=v.counts["yes"], n=v.counts["no"],
                              a=v.counts["abstain"])
    return sentence, claims, lead


def make_rows(rows: list[dict], seed: int = SEED) -> None:
    """Append PER_LANGUAGE rows in each language to `rows`, ids going on from theirs."""
    rng = random.Random(seed)
    for lang in LANGS:
        votes = [v for v in (Vote(s, NAMES[lang]) for s in VOTES) if v.complete]
        made = 0
        for v in rng.sample(votes, len(votes)):
            if made >= PER_LANGUAGE:
                break
            if (got := _only(lang, v, rng, made % 4 == 3)) is None:
                continue
            sentence, claims, lead = got
            text = lead + " " + sentence
            for c in claims:
                c["span"] = [len(lead) + 1, len(text)]
            rows.append({"id": f"l{len(rows) + 1:03d}", "lang": lang, "construction": CONSTRUCTION,
                         "vote": v.resolution, "published": (v.day + timedelta(days=1)).isoformat(), "text": text,
                         "claims": claims})
            made += 1
