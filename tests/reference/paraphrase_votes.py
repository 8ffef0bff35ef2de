"""What the paraphrase sets are written from (make_paraphrases.py, paraphrase_families.py, make_paraphrases_langs.py):
the votes and what each resolution does, the states' names, numbers in words, the claims with their truth, and the
picking of states on a side; the counts and the states' votes come from the store, so each sentence's truth is the
record's.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from unga import api

# symbol → what the resolution does, as a reporter would put it after "a resolution"
VOTES = {
    "ES-11/1": "demanding that Russia withdraw its troops from Ukraine",
    "ES-11/2": "on the humanitarian consequences of the war in Ukraine",
    "ES-11/3": "suspending Russia's membership rights in the UN's human rights body",
    "ES-11/4": "condemning Russia's attempted annexation of four regions of Ukraine",
    "ES-11/5": "calling on Russia to pay reparations to Ukraine",
    "ES-11/6": "calling for a just and lasting peace in Ukraine",
    "68/262": "affirming Ukraine's territorial integrity after the annexation of Crimea",
    "ES-10/19": "rejecting the US recognition of Jerusalem as Israel's capital",
    "ES-10/21": "calling for a humanitarian truce in Gaza",
    "ES-10/22": "demanding an immediate humanitarian ceasefire in Gaza",
    "ES-10/23": "backing the Palestinian bid for full UN membership",
    "ES-10/24": "demanding that Israel end its presence in the occupied Palestinian territory",
    "67/19": "upgrading Palestine to a non-member observer state",
    "77/247": "asking the World Court for an opinion on Israel's occupation of Palestinian land",
    "2758": "seating the People's Republic of China in the United Nations",
    "3379": "determining that Zionism is a form of racism",
    "46/86": "revoking the determination that Zionism is a form of racism",
    "38/7": "deploring the armed intervention in Grenada",
    "44/240": "deploring the United States' military intervention in Panama",
    "ES-6/2": "calling for the withdrawal of foreign troops from Afghanistan",
    "62/149": "calling for a moratorium on the death penalty",
    "60/251": "creating a new human rights body to replace the discredited commission",
    "61/295": "adopting a declaration on the rights of indigenous peoples",
    "63/3": "seeking a World Court opinion on Kosovo's declaration of independence",
    "64/292": "recognising access to clean water and sanitation as a human right",
    "66/253A": "condemning the crackdown by the Syrian government",
    "71/258": "launching talks on a treaty banning nuclear weapons",
    "67/234B": "adopting the Arms Trade Treaty",
    "72/248": "condemning the abuses against the Rohingya in Myanmar",
    "47/19": "calling for an end to the US embargo against Cuba",
    "71/5": "calling for an end to the US embargo against Cuba",
    "72/4": "calling for an end to the US embargo against Cuba",
    "73/8": "calling for an end to the US embargo against Cuba",
    "74/7": "calling for an end to the US embargo against Cuba",
    "75/289": "calling for an end to the US embargo against Cuba",
    "77/7": "calling for an end to the US embargo against Cuba",
    "78/7": "calling for an end to the US embargo against Cuba",
    "79/7": "calling for an end to the US embargo against Cuba",
    "80/4": "calling for an end to the US embargo against Cuba",
    "1761": "calling for sanctions against South Africa over apartheid",
    "1514": "declaring that colonialism must be brought to an end",
    "181": "partitioning Palestine into an Arab and a Jewish state",
    "377": "letting the Assembly act when the Security Council is deadlocked",
}
CUBA_ORDINAL = {"72/4": 26, "73/8": 27, "74/7": 28, "75/289": 29, "77/7": 30, "78/7": 31, "79/7": 32, "80/4": 33}
# names whose form changed over the years or that a reporter rarely writes as the record does
SKIP = {"SWZ", "MKD", "COD", "COG", "TWN", "CZE", "TUR", "CIV", "CPV", "TLS", "MMR", "YUG", "SUN", "YMD", "YAR",
        "DDR", "CSK", "ZAR", "FSM", "VCT", "KNA", "LCA", "STP", "BIH", "PSE"}
THE = ("United ", "Central African", "Dominican Republic", "Philippines", "Netherlands", "Marshall", "Solomon",
       "Bahamas", "Gambia", "Comoros", "Maldives", "Soviet")
UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def words(n: int, british: bool = True) -> str:
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")
    rest = n % 100
    return UNITS[n // 100] + " hundred" + ((" and " if british else " ") + words(rest) if rest else "")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class Vote:
    def __init__(self, symbol: str, names: dict[str, str]):
        data = api.tally(symbol).to_json()
        data = json.loads(data) if isinstance(data, str) else data
        self.symbol, self.resolution, self.topic = symbol, data["resolution"], VOTES[symbol]
        self.day = date.fromisoformat(data["date"])
        self.counts = {k: data["counts"].get(k, 0) for k in ("yes", "no", "abstain", "absent")}
        self.votes = data["votes"]
        self.complete = len(self.votes) >= sum(self.counts.values())  # some votes are known by their counts only
        self.names = names

    def side(self, vote: str) -> list[str]:
        return sorted(s for s, v in self.votes.items() if v == vote and s in self.names)

    def name(self, iso3: str, cap: bool = False) -> str:
        name = self.names[iso3]
        if name.startswith(THE):
            name = ("The " if cap else "the ") + name
        return name


def state_names() -> dict[str, str]:
    return {k: v for k, v in api._names().items() if k not in SKIP and "(" not in v}


def listed(names: list[str], last: str = "and") -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {last} " + names[-1]


def claim_tally(v: Vote, truth: str = "true", **numbers) -> dict:
    return {"kind": "tally", "resolution": v.resolution, **numbers, "truth": truth}


def claim_count(v: Vote, field: str, value: int, truth: str = "true") -> dict:
    return {"kind": "count", "resolution": v.resolution, "field": field, "op": "=", "value": value, "truth": truth}


def round_figure(n: int) -> int:
    """The round ten a writer gives for n when it is within the checker's tolerance of n (a tenth, at least 2), else n."""
    rounded = round(n, -1)
    return rounded if rounded and abs(rounded - n) <= max(2, round(rounded / 10)) else n


def bounded_value(op: str, actual: int, shift: int, false: bool) -> int | None:
    """The number a bound of `op` names for the record's `actual`: `shift` off it on the side that makes it true, or
    2 off on the other side for a false variant; None for a count too small to bound."""
    if actual < 3:
        return None
    return (actual + 2 if op.startswith(">") else actual - 2) if false else actual + shift


def claim_position(v: Vote, iso3: str, vote: str) -> dict:
    return {"kind": "position", "resolution": v.resolution, "state": iso3, "vote": vote,
            "truth": "true" if v.votes.get(iso3) == vote else "false"}


def leads(v: Vote, rng: random.Random) -> tuple[str, date]:
    """A first sentence without claims that names the vote (by its symbol or by its subject and day), and the day
    the text appears."""
    published = v.day + timedelta(days=1)
    weekday = WEEKDAYS[v.day.weekday()]
    uk, us = f"{v.day.day} {v.day:%B %Y}", f"{v.day:%B} {v.day.day}, {v.day.year}"
    short = v.symbol.replace("A", "") if v.symbol.endswith("A") else v.symbol
    # every lead names the resolution by its number: the subject and the weekday alone leave several votes of a day
    # (47/19 and 47/23, 377 (V) and 386 (V)) that the checker rightly declines to choose between, and the set is to
    # measure the reading of the sentence after the lead, not the identification of the vote (the twentieth round's
    # 42 claims "on the wrong roll call" were all such leads)
    choices = [
        f"The UN General Assembly on {weekday} adopted resolution {short}, {v.topic}.",
        f"On {uk}, the General Assembly adopted resolution {short}, {v.topic}.",
        f"The General Assembly voted on {us} on resolution {short}, {v.topic}.",
        f"Member states of the General Assembly gathered on {weekday} to vote on resolution {short}, a text {v.topic}.",
        f"Resolution {short}, {v.topic}, was put to a recorded vote in the General Assembly on {uk}.",
    ]
    return rng.choice(choices), published


def _pick(v, rng, vote, k):
    side = v.side(vote)
    return rng.sample(side, k) if v.complete and len(side) >= k else None


def _wrong_state(v, rng, vote):
    """A state whose record is not vote: one of another side, or one that did not vote at all."""
    others = [s for s in v.names if s in v.votes and v.votes[s] != vote]
    absent = [s for s in others if v.votes[s] == "absent"]
    return rng.choice(absent if absent and rng.random() < 0.4 else others)


def _one_state(v, rng, false, sides=("yes", "no", "abstain")):
    """A side and one state said to be on it: a state that was (or, for a false row, was not); None when no state
    took that side."""
    vote = rng.choice(list(sides))
    pick = _pick(v, rng, vote, 1)
    if not pick:
        return None
    return vote, _wrong_state(v, rng, vote) if false else pick[0]


VOTED = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
VOTING = {"yes": "voting in favour", "no": "voting against", "abstain": "abstaining"}


def _moved_state(v, rng, false=False):
    """A state whose vote changed between this vote and the series' vote the year before, with its votes now and
    then, the vote before and the vote now as said (the third vote when `false`); None when the series has no vote
    before or no state moved."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    moved = [s for s in v.names if s in v.votes and s in old.votes and v.votes[s] != old.votes[s]
             and {v.votes[s], old.votes[s]} <= {"yes", "no", "abstain"}]
    if not moved:
        return None
    state = rng.choice(moved)
    now, then = v.votes[state], old.votes[state]
    said_now = now if not false else next(x for x in ("yes", "no", "abstain") if x not in (now, then))
    return state, now, then, old, said_now


PREVIOUS = {"73/8": "72/4", "74/7": "73/8", "77/7": "75/289", "78/7": "77/7", "79/7": "78/7", "80/4": "79/7",
            "72/4": "71/5"}


def lang_rows(rows: list[dict], rng: random.Random, langs, constructions: dict, names, lead, topics,
              per_construction: int) -> None:
    """Append up to per_construction rows of each construction in each language to `rows`, ids going on from theirs
    (make_paraphrases_langs and the language modules of later rounds): `names(lang)` gives the states' names,
    `lead(lang, v, rng)` the sentence before, `topics` the votes. A maker gives (sentence, claims), or (sentence,
    claims, (lead, published)) for a vote outside `topics`; every fourth row of a construction is asked false."""
    for lang in langs:
        local = names(lang)
        votes = [v for v in (Vote(s, local) for s in topics) if v.complete]
        for construction, maker in constructions.items():
            made = 0
            for v in rng.sample(votes, len(votes)) * 3:
                if made >= per_construction:
                    break
                got = maker(lang, v, rng, made % 4 == 3)
                if got is None:
                    continue
                sentence, claims, *own = got
                text = (own[0][0] if own else lead(lang, v, rng)) + " " + sentence
                start = text.find(sentence)
                for c in claims:
                    c["span"] = [start, start + len(sentence)]
                rows.append({"id": f"l{len(rows) + 1:03d}", "lang": lang, "construction": construction,
                             "vote": claims[0]["resolution"] if own else v.resolution,
                             "published": (own[0][1] if own else v.day + timedelta(days=1)).isoformat(), "text": text,
                             "claims": claims})
                made += 1
