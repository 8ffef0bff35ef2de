"""Paraphrase rows in French, Spanish, German and Portuguese (the thirty-fifth round, branch langs35): the two frames
of `unga.claims.langframes`, in sentences of our own written from each language's grammar (never copied from an
article). A time told between a state's vote verb and its side (a weekday, "yesterday", the day of the vote), and a
verb of choosing before the vote's infinitive ("a choisi de s'abstenir", "prefirió votar en contra"). The lead, the
names and the votes are those of make_paraphrases_langs.py, passed in.
"""

from __future__ import annotations

import random

from babel.dates import format_date
from paraphrase_votes import Vote, _pick, _wrong_state, claim_position, lang_rows

LANGS = ("fr", "es", "de", "pt")
SEED = 7151
PER_CONSTRUCTION = 8
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"], "es": ["el lunes", "el martes", "el miércoles", "el jueves"],
        "de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag"], "pt": ["ontem", "na quarta-feira", "hoje"]}
YESTERDAY = {"fr": "hier", "es": "ayer", "de": "gestern", "pt": "ontem"}
# (language, vote, plural subject): the verb and its side, "{t}" where the time stands
TIMED = {("fr", "yes", False): "a voté{t} pour la résolution", ("fr", "yes", True): "ont voté{t} en faveur du texte",
         ("fr", "no", False): "a voté{t} contre", ("fr", "no", True): "ont voté{t} contre la résolution",
         ("es", "yes", False): "votó{t} a favor de la resolución", ("es", "yes", True): "votaron{t} a favor",
         ("es", "no", False): "votó{t} en contra", ("es", "no", True): "votaron{t} en contra del texto",
         ("de", "yes", False): "stimmte{t} dafür", ("de", "yes", True): "stimmten{t} dafür",
         ("de", "no", False): "stimmte{t} dagegen", ("de", "no", True): "stimmten{t} dagegen",
         ("pt", "yes", False): "votou{t} a favor", ("pt", "yes", True): "votaram{t} a favor da resolução",
         ("pt", "no", False): "votou{t} contra", ("pt", "no", True): "votaram{t} contra"}
# (language, plural subject): the verbs of choosing, then (vote → the infinitive after it)
CHOSE = {("fr", False): ["a décidé de", "a choisi de", "a préféré"], ("fr", True): ["ont décidé de", "ont choisi de"],
         ("es", False): ["decidió", "prefirió"], ("es", True): ["decidieron", "prefirieron"],
         ("pt", False): ["decidiu", "preferiu"], ("pt", True): ["decidiram", "preferiram"]}
INFINITIVE = {"fr": {"yes": "voter pour", "no": "voter contre", "abstain": "s'abstenir"},
              "es": {"yes": "votar a favor", "no": "votar en contra", "abstain": "abstenerse"},
              "pt": {"yes": "votar a favor", "no": "votar contra", "abstain": "abster-se"}}


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _time(lang: str, v: Vote, rng: random.Random) -> str:
    """A time between the verb and its side: a weekday, "yesterday", or the vote's own day in the language."""
    kind = rng.choice(["day", "yesterday", "date"])
    if kind == "day":
        return " " + rng.choice(DAYS[lang])
    if kind == "yesterday":
        return " " + YESTERDAY[lang]
    day = format_date(v.day, "d 'de' MMMM" if lang in ("es", "pt") else "d MMMM", locale=lang)  # "2 mars", "2 de marzo", "2. März", "2 de março"
    return {"fr": f", le {day},", "es": f", el {day},", "de": f" am {day}", "pt": f", no dia {day},"}[lang]


def _subject(v: Vote, rng: random.Random, vote: str, false: bool) -> str | None:
    if not (pick := _pick(v, rng, vote, 1)):
        return None
    return _wrong_state(v, rng, vote) if false else pick[0]


def timed(lang, v, rng, false=False):
    vote = rng.choice(["yes", "no"])
    if (state := _subject(v, rng, vote, false)) is None:
        return None
    name, agreement = v.names[state]
    verb = TIMED[lang, vote, agreement == "p"].format(t=_time(lang, v, rng))
    return f"{cap(name)} {verb}.", [claim_position(v, state, vote)]


def chose(lang, v, rng, false=False):
    if lang not in INFINITIVE:
        return None
    vote = rng.choice(["yes", "no", "abstain", "abstain"])
    if (state := _subject(v, rng, vote, false)) is None:
        return None
    name, agreement = v.names[state]
    verb = rng.choice(CHOSE[lang, agreement == "p"])
    return f"{cap(name)} {verb} {INFINITIVE[lang][vote]}.", [claim_position(v, state, vote)]


CONSTRUCTIONS = {"a time between a vote's verb and its side": timed,
                 "a verb of choosing before the vote's infinitive": chose}


def make_rows(rows: list[dict], names, lead, topics, seed: int = SEED) -> None:
    """Append the rows of each construction in each language to `rows`, ids going on from theirs; `names(lang)`,
    `lead(lang, v, rng)` and `topics` are make_paraphrases_langs'."""
    lang_rows(rows, random.Random(seed), LANGS, CONSTRUCTIONS, names, lead, topics, PER_CONSTRUCTION)
