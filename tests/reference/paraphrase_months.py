"""A vote recalled weeks later by its month alone, after the language's word for "in" ("En octobre, …", "Im Oktober
…", "В октябре …"), its tally in the same sentence: the month places the vote (calendars.in_english), so a tally
two or three off is called false on it (twenty-eighth round, branch false12). Our own sentences."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import claim_tally

# the months after "в": the prepositional case, which CLDR does not list
RU_IN = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
# an opening that names no vote, day or subject
OPENING = {"fr": "Les débats ont repris à New York.", "es": "Los debates se reanudaron en Nueva York.",
           "de": "In New York gingen die Beratungen weiter.", "pt": "Os debates recomeçaram em Nova Iorque.",
           "ru": "В Нью-Йорке возобновились прения."}


def month_alone(lang, v, rng, false=False, months=None, topics=None):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 2:
        return None
    if false:
        a += rng.choice([2, 3])
    m = RU_IN[v.day.month - 1] if lang == "ru" else months[lang].split()[v.day.month - 1]
    t = topics[v.symbol][lang]
    form = {
        "fr": f"En {m}, l'Assemblée générale avait adopté une résolution {t} par {y} voix contre {n}, avec {a} "
              "abstentions.",
        "es": f"En {m}, la Asamblea General había aprobado una resolución {t} por {y} votos a favor, {n} en contra y "
              f"{a} abstenciones.",
        "de": f"Im {m} hatte die Generalversammlung eine Resolution, {t}, mit {y} Ja-Stimmen bei {n} Gegenstimmen und "
              f"{a} Enthaltungen angenommen.",
        "pt": f"Em {m}, a Assembleia Geral aprovou uma resolução {t} com {y} votos a favor, {n} contra e {a} "
              "abstenções.",
        "ru": f"В {m} Генассамблея приняла резолюцию, {t}, при {y} «за», {n} «против» и {a} воздержавшихся.",
    }[lang]
    claim = claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)
    return form, [claim], (OPENING[lang], v.day + timedelta(days=40))
