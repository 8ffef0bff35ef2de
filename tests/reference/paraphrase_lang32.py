"""Paraphrase rows in Spanish and Portuguese (the thirty-first round, branch lang32): the constructions the round taught
the checker, in sentences of our own written from each language's grammar (never copied from an article).

"Entre los Estados que se han posicionado en contra están, además de A, B y C" (the side's own group, then a "besides"
aside whose states are of the side too), "A y B apoyaron a C al votar contra la resolución" (a party backed by voting
on the text: the vote is the text's, C takes none), "A y B fueron los dos únicos Estados que votaron en contra" (the
only states of a side, counted), and a tally cut by an ellipsis after a comma ("N votos a favor, ... M en contra").
The lead, the names and the votes are those of make_paraphrases_langs.py, passed in.
"""

from __future__ import annotations

import random

from paraphrase_votes import Vote, _pick, _wrong_state, claim_count, claim_position, claim_tally, lang_rows

LANGS = ("es", "pt")
JOIN = {"es": "y", "pt": "e"}
NUMBER = {"es": "dos tres cuatro", "pt": "dois três quatro"}
AMONG = {("es", "no"): "Entre los Estados que se han posicionado en contra están, además {of}, {rest}.",
         ("es", "abstain"): "Entre los Estados que se han abstenido están, además {of}, {rest}.",
         ("pt", "no"): "Entre os países que votaram contra estão, além {of}, {rest}.",
         ("pt", "abstain"): "Entre os países que se abstiveram estão, além {of}, {rest}."}
BACKED = {("es", "no"): "{states} apoyaron a {party} al votar contra la resolución.",
          ("es", "yes"): "{states} respaldaron a {party} al votar a favor de la resolución.",
          ("pt", "no"): "{states} apoiaram {party} ao votar contra a resolução.",
          ("pt", "yes"): "{states} apoiaram {party} ao votar a favor da resolução."}
ONLY = {("es", "no"): ["{states} fueron los {n} únicos países que votaron en contra.",
                       "{states} han sido los {n} únicos Estados que votaron en contra."],
        ("es", "abstain"): ["{states} fueron los {n} únicos países que se abstuvieron."],
        ("pt", "no"): ["{states} foram os {n} únicos países que votaram contra."],
        ("pt", "abstain"): ["{states} foram os {n} únicos países que se abstiveram."]}
CUT_TALLY = {"es": "La resolución fue aprobada por {y} votos a favor, ... {n} en contra y {a} abstenciones.",
             "pt": "A resolução foi aprovada com {y} votos a favor, ... {n} contra e {a} abstenções."}


def listed(lang: str, v: Vote, states: list[str]) -> str:
    items = [v.names[s][0] for s in states]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {JOIN[lang]} " + items[-1]


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def of(lang: str, name: str) -> str:
    """"de" with the name's article: "del Reino Unido", "de la India", "da Rússia"."""
    if lang == "es":
        return "del " + name[3:] if name.startswith("el ") else "de " + name
    for article, contracted in (("os ", "dos "), ("as ", "das "), ("o ", "do "), ("a ", "da ")):
        if name.startswith(article):
            return contracted + name[len(article):]
    return "de " + name


def besides_among(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    if not (pick := _pick(v, rng, vote, 3)):
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    sentence = AMONG[lang, vote].format(of=of(lang, v.names[pick[0]][0]), rest=listed(lang, v, pick[1:]))
    return sentence, [claim_position(v, s, vote) for s in pick]


def backed_by_voting(lang, v, rng, false=False):
    vote = rng.choice(["no", "yes"])
    if not (pick := _pick(v, rng, vote, 3)):
        return None
    party, pick = pick[0], pick[1:]
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    sentence = BACKED[lang, vote].format(states=cap(listed(lang, v, pick)), party=v.names[party][0])
    sentence = sentence.replace(" a el ", " al ")  # "a" + "el Reino Unido": "al Reino Unido"
    return sentence, [claim_position(v, s, vote) for s in pick]


def only_states(lang, v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    if not 2 <= n <= 4 or len(v.side(vote)) != n:
        return None
    pick = list(v.side(vote))
    if false:
        pick[rng.randrange(n)] = _wrong_state(v, rng, vote)
    form = rng.choice(ONLY[lang, vote])
    sentence = form.format(states=cap(listed(lang, v, pick)), n=NUMBER[lang].split()[n - 2])
    return sentence, [claim_count(v, vote, n)] + [claim_position(v, s, vote) for s in pick]


def cut_tally(lang, v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 2:
        return None
    a += rng.choice([2, 3]) if false else 0
    return (CUT_TALLY[lang].format(y=y, n=n, a=a),
            [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)])


CONSTRUCTIONS = {"the side's group, then a 'besides' aside and its list": besides_among,
                 "a party backed by voting on the text": backed_by_voting,
                 "the only states of a side, counted": only_states,
                 "a tally cut by an ellipsis after a comma": cut_tally}
PER_CONSTRUCTION = 8


def make_rows(rows: list[dict], names, lead, topics, seed: int = 3101) -> None:
    """Append the rows of each construction in each language to `rows`, ids going on from theirs; `names(lang)`,
    `lead(lang, v, rng)` and `topics` are make_paraphrases_langs'."""
    lang_rows(rows, random.Random(seed), LANGS, CONSTRUCTIONS, names, lead, topics, PER_CONSTRUCTION)
