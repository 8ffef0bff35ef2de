"""A family of the paraphrase set (make_paraphrases.py), twenty-sixth round (branch declined): proposals the Assembly
turned down, their tally told by the side that won ("declined, by 24 votes to 15, to …", "defeated 60-45", "lost by
15 votes to 24"). The votes are failed roll calls of the record (yes < no), each with a lead of our own that names
its day and subject; the numbers come from the store."""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import lru_cache

from unga import api

# rcid → what was proposed, as a reporter would put it after "voted on"
FAILED = {
    1069: "a draft to seat the People's Republic of China in the United Nations",
    855: "a two-power draft to seat the People's Republic of China in place of the Nationalist delegation",
    1070: "Ghana's motion to adjourn the debate on West Irian",
    1016: "a Soviet proposal to delete the Korean unification commission's report from the agenda",
    1115: "a Portuguese proposal for a separate vote on one paragraph of the declaration on colonial territories",
    879: "an Albanian appeal against the President's ruling on its voting procedure",
    992: "an amendment to the draft on an atomic energy conference",
    5888: "Angola's motion to defer action on Libya's credentials",
}


@lru_cache(maxsize=None)
def failed_votes() -> tuple[dict, ...]:
    out = []
    for rcid, topic in FAILED.items():
        data = api.tally(f"rcid:{rcid}").to_json()
        data = json.loads(data) if isinstance(data, str) else data
        out.append({"resolution": f"rcid:{rcid}", "topic": topic, "day": data["date"],
                    "counts": {k: data["counts"].get(k, 0) for k in ("yes", "no", "abstain")}})
    return tuple(out)


def told_by_the_winners(v, rng, false=False):
    """(sentence, claims, (lead, published)): a failed vote's tally after a verb of defeat, in either order. The vote
    drawn (v, an adopted resolution) is not used: a failed roll call is drawn instead, with a lead of its own."""
    failed = rng.choice(failed_votes())
    y, n, a = failed["counts"]["yes"], failed["counts"]["no"], failed["counts"]["abstain"]
    if false:
        n += rng.choice([2, 3])
    forms = [
        (f"The Assembly declined, by {n} votes to {y}, to adopt it.", False),
        (f"It was rejected by {n} votes to {y}, with {a} abstentions.", True),
        (f"The proposal was defeated {n}-{y}.", False),
        (f"Delegates voted it down by {n} to {y}.", False),
        (f"The Assembly refused, by a vote of {n} to {y}, to accept it.", False),
        (f"The proposal was turned down {n}-{y}, with {a} abstentions.", True),
        (f"It fell short, {y} for and {n} against.", False),
        (f"The Assembly declined to adopt it, {n} to {y}.", False),
        (f"The proposal lost by {y} votes to {n}.", False),
        (f"It was defeated by a vote of {y} to {n}.", False),
    ]
    sentence, with_abstentions = rng.choice(forms)
    numbers = {"yes": y, "no": n, **({"abstain": a} if with_abstentions else {})}
    day = date.fromisoformat(failed["day"])
    lead = f"On {day.day} {day:%B %Y}, the General Assembly voted on {failed['topic']}."
    claim = {"kind": "tally", "resolution": failed["resolution"], **numbers, "truth": "false" if false else "true"}
    return sentence, [claim], (lead, day + timedelta(days=1))


# the same in the languages of make_paraphrases_langs.py, on the two failed votes to seat the People's Republic of China
CHINA = {"fr": "le projet visant à donner le siège de la Chine à la République populaire de Chine",
         "es": "el proyecto para dar el puesto de China a la República Popular China",
         "de": "den Entwurf zum Sitz Chinas für die Volksrepublik China",
         "pt": "o projeto para dar o assento da China à República Popular da China",
         "ru": "проекту о передаче места Китая Китайской Народной Республике"}
LEADS = {"fr": "Le {d} {m} {y}, l'Assemblée générale a voté sur {t}.", "es": "El {d} de {m} de {y}, la Asamblea General votó {t}.",
         "de": "Am {d}. {m} {y} stimmte die Generalversammlung über {t} ab.",
         "pt": "Em {d} de {m} de {y}, a Assembleia Geral votou {t}.", "ru": "{d} {m} {y} года Генеральная Ассамблея голосовала по {t}."}
DEFEATS = {"fr": ["L'Assemblée a rejeté le projet par {n} voix contre {y}.", "Le projet a été rejeté par {n} voix contre {y}, avec {a} abstentions."],
           "es": ["La Asamblea rechazó el proyecto por {n} votos contra {y}.", "El proyecto fue rechazado por {n} votos contra {y} y {a} abstenciones."],
           "de": ["Der Entwurf wurde mit {n} zu {y} Stimmen abgelehnt.", "Die Versammlung hat den Entwurf mit {n} gegen {y} Stimmen abgelehnt."],
           "pt": ["A Assembleia rejeitou o projeto por {n} votos contra {y}.", "O projeto foi rejeitado por {n} votos a {y}, com {a} abstenções."],
           "ru": ["Ассамблея отклонила проект {n} голосами против {y}.", "Проект был отклонён {n} голосами против {y}."]}
LANG_FAILED = (1069, 855)


def told_by_the_winners_abroad(lang, v, rng, false=False, months=None):
    """(sentence, claims, (lead, published)) in `lang`: a failed vote to seat the People's Republic of China, its pair
    after a verb of defeat with the larger number first. The vote drawn (v) is not used."""
    chosen = f"rcid:{rng.choice(LANG_FAILED)}"
    failed = next(f for f in failed_votes() if f["resolution"] == chosen)
    y, n, a = failed["counts"]["yes"], failed["counts"]["no"], failed["counts"]["abstain"]
    if false:
        n += rng.choice([2, 3])
    form = rng.choice(DEFEATS[lang])
    day = date.fromisoformat(failed["day"])
    lead = LEADS[lang].format(d=day.day, m=months[lang].split()[day.month - 1], y=day.year,
                              t=CHINA[lang] if lang != "es" else "sobre " + CHINA[lang])
    if lang == "pt":
        lead = lead.replace("votou o", "votou sobre o")
    numbers = {"yes": y, "no": n, **({"abstain": a} if "{a}" in form else {})}
    claim = {"kind": "tally", "resolution": failed["resolution"], **numbers, "truth": "false" if false else "true"}
    return form.format(n=n, y=y, a=a), [claim], (lead, day + timedelta(days=1))
