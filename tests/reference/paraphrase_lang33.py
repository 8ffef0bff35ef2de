"""Paraphrase rows in French, Spanish, Portuguese and Russian (the thirty-second round, branch lang33): the
constructions the round taught the checker, in sentences of our own written from each language's grammar (never copied
from an article).

An aside between a state and its vote ("Rusia, por su parte, votó en contra", "la Chine, de son côté, s'est
abstenue"), a side told by an adverb ("votaron negativamente", "a voté favorablement"), a text passed by a count of
states with some of them ("a été adoptée par 141 pays, dont A et B"), and in Russian the votes given to a side
("«За» отдали голоса N государств, «против» — M, воздержались K") and a count before a dashed list of its states
("5 стран — A, B и C — проголосовали против"). The lead, the names and the votes are those of
make_paraphrases_langs.py, passed in.
"""

from __future__ import annotations

import random

from paraphrase_votes import Vote, _pick, _wrong_state, claim_count, claim_position, claim_tally, lang_rows

LANGS = ("fr", "es", "pt", "ru")
JOIN = {"fr": "et", "es": "y", "pt": "e", "ru": "и"}
ASIDES = {"fr": ["pour sa part", "de son côté", "comme prévu", "il faut le souligner"],
          "es": ["por su parte", "como se esperaba", "en cambio", "hay que decirlo"],
          "pt": ["por sua vez", "como se esperava", "no entanto", "é preciso dizer"]}
# (language, vote, agreement): the verb after the aside; "p" a plural subject, "f" a feminine one
VERB = {("fr", "yes", "m"): "a voté pour", ("fr", "yes", "f"): "a voté pour", ("fr", "no", "m"): "a voté contre",
        ("fr", "no", "f"): "a voté contre", ("fr", "abstain", "m"): "s'est abstenu", ("fr", "abstain", "f"): "s'est abstenue",
        ("es", "yes", ""): "votó a favor", ("es", "no", ""): "votó en contra", ("es", "abstain", ""): "se abstuvo",
        ("pt", "yes", ""): "votou a favor", ("pt", "no", ""): "votou contra", ("pt", "abstain", ""): "se absteve",
        ("pt", "yes", "p"): "votaram a favor", ("pt", "no", "p"): "votaram contra", ("pt", "abstain", "p"): "se abstiveram"}
ADVERB = {("fr", "yes"): "a voté favorablement", ("fr", "no"): "a voté défavorablement",
          ("es", "yes"): "votó favorablemente", ("es", "no"): "votó negativamente",
          ("pt", "yes"): "votou favoravelmente", ("pt", "no"): "votou negativamente"}
ADVERB_LIST = {"fr": "Les pays qui ont voté négativement sont {states}.",
               "es": "Los países que votaron negativamente fueron {states}.",
               "pt": "Os países que votaram negativamente foram {states}."}
PASSED = {"fr": ["La résolution a été adoptée par {n} pays, dont {states}.",
                 "Le texte est voté par une large majorité de {n} pays, parmi lesquels {states}."],
          "es": ["La resolución fue aprobada por {n} países, entre ellos {states}.",
                 "El texto fue aprobado por una amplia mayoría de {n} países, entre ellos {states}."],
          "pt": ["A resolução foi aprovada por {n} países, entre eles {states}."]}
RU_GIVEN = "«За» отдали голоса {y} государств, «против» — {n}, воздержались {a}."
RU_DASHED = "{n} стран — {states} — проголосовали против."


def listed(lang: str, v: Vote, states: list[str]) -> str:
    items = [v.names[s][0] for s in states]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {JOIN[lang]} " + items[-1]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _agreement(lang: str, v: Vote, state: str) -> str | None:
    """The key of VERB for the state's name, None where the language's verb would need a form not written here."""
    agreement = v.names[state][1]
    if lang == "fr":
        return None if agreement == "p" else agreement
    return "p" if lang == "pt" and agreement == "p" else ""


def aside(lang, v, rng, false=False):
    if lang == "ru":
        return None
    vote = rng.choice(["yes", "no", "abstain"])
    if not (pick := _pick(v, rng, vote, 1)):
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    if (agreement := _agreement(lang, v, state)) is None:
        return None
    sentence = f"{cap(v.names[state][0])}, {rng.choice(ASIDES[lang])}, {VERB[lang, vote, agreement]}."
    return sentence, [claim_position(v, state, vote)]


def adverb(lang, v, rng, false=False):
    if lang == "ru":
        return None
    vote = rng.choice(["yes", "no"])
    if vote == "no" and rng.random() < 0.5:  # the list after "the countries that voted negatively were"
        if not (pick := _pick(v, rng, "no", 3)):
            return None
        if false:
            pick[rng.randrange(3)] = _wrong_state(v, rng, "no")
        return ADVERB_LIST[lang].format(states=listed(lang, v, pick)), [claim_position(v, s, "no") for s in pick]
    if not (pick := _pick(v, rng, vote, 1)):
        return None
    state = _wrong_state(v, rng, vote) if false else pick[0]
    if _agreement(lang, v, state) in (None, "p"):  # one verb form: a singular subject only
        return None
    return f"{cap(v.names[state][0])} {ADVERB[lang, vote]}.", [claim_position(v, state, vote)]


def passed_by(lang, v, rng, false=False):
    if lang == "ru" or not (pick := _pick(v, rng, "yes", 2)):
        return None
    n = v.counts["yes"] + (rng.choice([-3, 4, 5]) if false else 0)
    n += 1 if false and n % 10 == 0 else 0  # a round figure may stand for a near count: not false for sure
    sentence = rng.choice(PASSED[lang]).format(n=n, states=listed(lang, v, pick))
    return sentence, [claim_count(v, "yes", n, "false" if false else "true")] + [claim_position(v, s, "yes") for s in pick]


def given_votes_ru(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if lang != "ru" or n < 2 or a < 2:
        return None
    a += rng.choice([2, 3]) if false else 0
    return RU_GIVEN.format(y=y, n=n, a=a), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def dashed_ru(lang, v, rng, false=False):
    count = v.counts["no"]
    if lang != "ru" or not 3 <= count <= 12 or not (pick := _pick(v, rng, "no", 3)):
        return None
    told = count + (rng.choice([1, 2]) if false else 0)
    return (RU_DASHED.format(n=told, states=listed(lang, v, pick)),
            [claim_count(v, "no", told, "false" if false else "true")] + [claim_position(v, s, "no") for s in pick])


CONSTRUCTIONS = {"an aside between a state and its vote": aside, "a side told by an adverb": adverb,
                 "a text passed by a count of states, some named": passed_by,
                 "Russian: the votes given to each side": given_votes_ru,
                 "Russian: a count before a dashed list of its states": dashed_ru}
PER_CONSTRUCTION = 8


def make_rows(rows: list[dict], names, lead, topics, seed: int = 3201) -> None:
    """Append the rows of each construction in each language to `rows`, ids going on from theirs; `names(lang)`,
    `lead(lang, v, rng)` and `topics` are make_paraphrases_langs'."""
    lang_rows(rows, random.Random(seed), LANGS, CONSTRUCTIONS, names, lead, topics, PER_CONSTRUCTION)
