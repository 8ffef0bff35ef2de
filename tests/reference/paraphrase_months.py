"""The twenty-eighth round's families (branch false12), in our own sentences: a vote recalled weeks later by its month
alone, after the language's word for "in" ("En octobre, …", "Im Oktober …", "В октябре …"), its tally in the same
sentence, which the month places (calendars.in_english); and a list said of an earlier year's vote of a series, the
year in figures, in a text on this year's vote (when.year_said)."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import PREVIOUS, Vote, claim_position, claim_tally, listed

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


def list_of_a_year_before(v, rng, false=False):
    """A list said of the series' vote of an earlier year, the year in figures, after this year's tally: every state
    of the list voted so this year too; in the false variant one of them did not in that year (English)."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    for side in rng.sample(["no", "abstain", "yes"], 3):
        both = [s for s in v.side(side) if old.votes.get(s) == side]
        moved = [s for s in v.side(side) if s in old.votes and old.votes[s] != side]
        if len(both) >= (2 if false else 3) and (moved or not false):
            break
    else:
        return None
    pick = rng.sample(both, 2) + [rng.choice(moved)] if false else rng.sample(both, 3)
    names = listed([v.name(s, cap=n == 0) for n, s in enumerate(pick)])
    year = old.day.year
    said = {"no": "voted against {}", "yes": "voted for {}", "abstain": "abstained on {}"}[side]
    form = rng.choice([f"{names} had {said.format('the resolution')} in {year} too.",
                       f"In {year}, {names} {said.format('the resolution')} as well.",
                       f"{names} {said.format('a similar resolution')} in {year} as well."])
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]  # this year's tally pins this year's vote
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."  # no symbol: a
    # paragraph that names this year's resolution names another one than the list's, and nothing is called false
    return (f"It passed by {y} votes to {n}, with {a} abstentions. {form}",
            [claim_tally(v, yes=y, no=n, abstain=a)] + [claim_position(old, s, side) for s in pick],
            (lead, v.day + timedelta(days=1)))


def tally_of_a_year_before(v, rng, false=False):
    """A tally said of the series' vote of an earlier year (the year in figures, or "the year before"), after this
    year's tally (series: series_place.own_year). The false variant gives the earlier year this year's tally, where the two
    differ: it must never be judged on this year's vote, where it is true (English)."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    oy, on = old.counts["yes"], old.counts["no"]
    if (oy, on) == (y, n) or old.day.year == v.day.year:
        return None
    said_y, said_n = (y, n) if false else (oy, on)
    year = old.day.year
    when = f"in {year}" if v.day.year - year > 1 else rng.choice([f"in {year}", "last year"])
    form = rng.choice([f"The {year} vote on the same text was {said_y} to {said_n}.",
                       f"{when[0].upper()}{when[1:]}, the resolution had passed by {said_y} votes to {said_n}.",
                       f"It had won {said_y} votes to {said_n} {when}."])
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."
    return (f"It passed by {y} votes to {n}, with {a} abstentions. {form}",
            [claim_tally(v, yes=y, no=n, abstain=a), claim_tally(old, "false" if false else "true", yes=said_y,
                                                                 no=said_n)],
            (lead, v.day + timedelta(days=1)))
