"""Writes tests/reference/paraphrases.jsonl: sentences of our own (never article text) about real votes, each with
its claims and their truth taken from the record.

    PYTHONPATH=src UNGA_HOME=… python tests/reference/make_paraphrases.py

Every construction the checker must read (issue 9's list, docs/claims.md) has a handful of templates, written as a
reporter might vary them (tense, word order, hedges, clause position, apposition, the date before or after, British or
American spelling, numbers in words). Each template is filled with real votes: the counts and the states' votes come
from the store, so each sentence's truth is the record's. False variants change one thing (a count one or a few off, a
state put on the wrong side, a state that did not vote said to vote against).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from unga import api

OUT = Path(__file__).with_name("paraphrases.jsonl")

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


# ---------------------------------------------------------------- the constructions
# Each maker takes a vote and a random generator and returns (sentence, claims) or None when the vote does not fit.


def tally_digits(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        a = a + rng.choice([2, 3]) if a > 3 else a + 2
    forms = [
        f"It was adopted by {y} votes to {n}, with {a} abstentions.",
        f"The text passed {y}-{n}-{a}.",
        f"The measure was approved with {y} votes in favour, {n} against and {a} abstentions.",
        f"The vote was {y} in favor, {n} opposed and {a} abstaining.",
        f"By a vote of {y} to {n}, with {a} abstentions, the Assembly adopted the text.",
        f"The final count showed {y} countries in favour, {n} against and {a} abstaining.",
        f"The resolution, which passed {y} to {n} with {a} abstentions, is not legally binding.",
        f"Delegates approved it by a tally of {y}-{n}, with {a} nations abstaining.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def tally_words(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        y = y - rng.choice([1, 2])
    british = rng.random() < 0.5
    yw, nw, aw = words(y, british), words(n, british), words(a, british)
    forms = [
        f"It was adopted by {yw} votes to {nw}, with {aw} abstentions.",
        f"{yw.capitalize()} countries voted in favour, {nw} against and {aw} abstained.",
        f"The resolution won {yw} votes, with {nw} against and {aw} abstentions.",
        f"The tally was {yw} in favor to {nw} against, while {aw} delegations abstained.",
        f"Some {yw} states backed it, {nw} opposed it and {aw} abstained.",
    ]
    if n == 0:
        return None
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def n_m_with_k(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        a = a + 3
    forms = [
        f"The resolution passed {y}-{n}, with {a} abstentions.",
        f"Adopted {y}-{n} with {a} abstentions, the text calls on all states to comply.",
        f"The Assembly backed it {y}-{n}, with {a} countries abstaining.",
        f"The vote, {y}-{n} with {a} abstentions, was closer than its sponsors had hoped.",
        f"It carried {y} to {n}, with {a} abstentions.",
        f"The vote was {y} to {n}, with {a} abstentions.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def passed_with(v, rng, false=False):
    y = v.counts["yes"] + (rng.choice([-2, 2]) if false else 0)
    forms = [
        f"The resolution passed with {y} votes in favour.",
        f"It was adopted with the support of {y} member states.",
        f"The text garnered {y} votes in favor.",
        f"{y} countries voted for the resolution.",
        f"The measure won the backing of {y} nations.",
        f"It received {y} yes votes.",
        f"A total of {y} states voted in favour of the text.",
    ]
    return rng.choice(forms), [claim_count(v, "yes", y, "false" if false else "true")]


def supported_opposed(v, rng, false=False):
    y, n = v.counts["yes"], v.counts["no"]
    if n == 0:
        return None
    if false:
        n = n + 2
    forms = [
        f"The text was supported by {y} countries and opposed by {n}.",
        f"It was backed by {y} states and opposed by {n}.",
        f"Supported by {y} nations and opposed by {n}, the resolution is non-binding.",
        f"The resolution, supported by {y} member states and opposed by {n}, was adopted.",
        f"It was endorsed by {y} members, while {n} voted against it.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n)]


def counts_abstained(v, rng, false=False):
    field = rng.choice(["abstain", "no"]) if v.counts["no"] > 1 else "abstain"
    value = v.counts[field]
    if value < 2:
        return None
    if false:
        value += rng.choice([1, 2])
    if field == "abstain":
        forms = [f"{value} countries abstained.", f"Another {value} nations abstained from the vote.",
                 f"{words(value).capitalize()} member states abstained.", f"There were {value} abstentions.",
                 f"{value} delegations chose to abstain.", f"Abstaining were {value} countries."]
    else:
        forms = [f"{value} countries voted against.", f"{words(value).capitalize()} nations voted no.",
                 f"Only {value} states opposed it.", f"{value} member states voted against the text.",
                 f"It was opposed by {value} countries."]
    return rng.choice(forms), [claim_count(v, field, value, "false" if false else "true")]


def and_others(v, rng, false=False):
    field = rng.choice(["abstain", "no"])
    side = v.side(field)
    if v.counts[field] < 4 or not side:
        return None
    if not v.complete:
        return None
    state = rng.choice(side)
    others = v.counts[field] - 1 + (2 if false else 0)
    verb = {"abstain": rng.choice(["abstained", "abstained from the vote", "chose to abstain"]),
            "no": rng.choice(["voted against", "opposed the text", "voted no"])}[field]
    name = v.name(state, cap=True)
    forms = [f"{name} and {others} other countries {verb}.", f"{name} and {others} others {verb}.",
             f"{name}, along with {others} other nations, {verb}.",
             f"{name} was among {others + 1} countries that {verb}.",
             f"{name} and {others} other member states {verb}."]
    return rng.choice(forms), [claim_count(v, field, others + 1, "false" if false else "true"),
                               claim_position(v, state, field)]


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


def single_active(v, rng, false=False):
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state, cap=True)
    phrase = {"yes": ["voted in favour of the resolution", "voted for the text", "backed the resolution",
                      "supported the measure", "voted yes"],
              "no": ["voted against the resolution", "opposed the text", "voted no", "cast a no vote",
                     "rejected the resolution"],
              "abstain": ["abstained", "abstained in the vote", "chose to abstain", "abstained on the text",
                          "did not take sides, abstaining"]}[vote]
    forms = [f"{n} {rng.choice(phrase)}.", f"In the vote, {n.replace('The ', 'the ')} {rng.choice(phrase)}.",
             f"{n}, as expected, {rng.choice(phrase)}.", f"{n} {rng.choice(phrase)} on {WEEKDAYS[v.day.weekday()]}.",
             f"{n} has {rng.choice(phrase).replace('voted', 'voted', 1)}.".replace("has voted", "voted")]
    return rng.choice(forms), [claim_position(v, state, vote)]


def single_passive(v, rng, false=False):
    chosen = _one_state(v, rng, false, sides=("yes", "no"))
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state)
    verb = {"yes": ["supported", "backed", "endorsed"], "no": ["opposed", "rejected", "opposed"]}[vote]
    forms = [f"The resolution was {rng.choice(verb)} by {n}.",
             f"The text, {rng.choice(verb)} by {n}, was nonetheless adopted.",
             f"It was {rng.choice(verb)} by {n}, among others.",
             f"The measure was {rng.choice(verb)} by {n} in the vote."]
    return rng.choice(forms), [claim_position(v, state, vote)]


def list_subject(v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    names = [v.name(s) for s in pick]
    names[0] = names[0][0].upper() + names[0][1:]
    verb = {"no": ["voted against", "opposed the resolution", "voted no", "were among those voting against"],
            "abstain": ["abstained", "were among the abstainers", "abstained from voting", "chose to abstain"]}[vote]
    forms = [f"{listed(names)} {rng.choice(verb)}.", f"{listed(names)} all {rng.choice(verb)}.",
             f"{listed(names, 'as well as')} {rng.choice(verb)}."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def list_colon(v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    label = {"no": ["The countries that voted against were: ", "Voting against: ", "Those voting no were ",
                    "'No' votes came from ", "Among the no votes were "],
             "abstain": ["The abstainers included: ", "Abstaining: ", "Those abstaining were ",
                         "Among the countries that abstained were ", "Abstentions came from "]}[vote]
    return rng.choice(label) + names + ".", [claim_position(v, s, vote) for s in pick]


def list_brackets(v, rng, false=False):
    vote = "no"
    n = v.counts["no"]
    pick = _pick(v, rng, vote, 2)
    if not pick or n < 2:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    y, a = v.counts["yes"], v.counts["abstain"]
    names = [v.name(s) for s in pick]
    forms = [(f"It passed by {y} votes to {n} (among them {listed(names)}), with {a} abstentions.", True),
             (f"The vote was {y} in favour, {n} against (including {listed(names)}) and {a} abstentions.", True),
             (f"{y} countries voted yes and {n} voted no (among them {listed(names)}).", False),
             (f"The text was adopted {y}-{n} -- {listed(names)} were among the no votes -- with {a} abstentions.", True)]
    form, with_abstentions = rng.choice(forms)
    return form, [claim_tally(v, yes=y, no=n, **({"abstain": a} if with_abstentions else {}))] + \
        [claim_position(v, s, vote) for s in pick]


def list_including(v, rng, false=False):
    vote = rng.choice(["abstain", "no"])
    n = v.counts[vote]
    pick = _pick(v, rng, vote, 2)
    if not pick or n < 3:
        return None
    if false:
        pick[0] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    word = {"abstain": "abstentions", "no": "votes against"}[vote]
    forms = [f"It was adopted with {n} {word}, including {names}.",
             f"There were {n} {word}, {names} among them.",
             f"{n} countries, including {names}, {'abstained' if vote == 'abstain' else 'voted against'}.",
             f"{n.__str__()} states {'abstained' if vote == 'abstain' else 'voted no'}, including {names}.",
             f"Among the {n} countries that {'abstained' if vote == 'abstain' else 'voted against'} were {names}."]
    return rng.choice(forms), [claim_count(v, vote, n)] + [claim_position(v, s, vote) for s in pick]


def joined(v, rng, false=False):
    vote = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, vote, 2)
    if not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    a, b = v.name(pick[0], cap=True), v.name(pick[1])
    verb = {"no": "voted against", "abstain": "abstained", "yes": "voted in favour"}[vote]
    noun = {"no": "voting against", "abstain": "abstaining", "yes": "voting for the text"}[vote]
    forms = [f"{a}, joined by {b}, {verb}.", f"{a} {verb}, along with {b}.", f"{a} {verb}, as did {b}.",
             f"{a} {verb}. {b[0].upper() + b[1:]} too {verb}.", f"{b[0].upper() + b[1:]} joined {a.replace('The ', 'the ')} in {noun}.",
             f"{b[0].upper() + b[1:]} sided with {a.replace('The ', 'the ')} and {verb}.",
             f"{a} {verb}; so did {b}."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def _moved_state(v, rng):
    """A state whose vote changed between this vote and the series' vote the year before, with its votes now and
    then and the vote before; None when the series has no vote before or no state moved."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    moved = [s for s in v.names if s in v.votes and s in old.votes and v.votes[s] != old.votes[s]
             and {v.votes[s], old.votes[s]} <= {"yes", "no", "abstain"}]
    if not moved:
        return None
    state = rng.choice(moved)
    return state, v.votes[state], old.votes[state], old


def changed(v, rng, false=False):
    """A change of vote between this vote and the series' vote the year before (Cuba's series)."""
    found = _moved_state(v, rng)
    if not found:
        return None
    state, now, then, old = found
    said_now = now if not false else next(x for x in ("yes", "no", "abstain") if x not in (now, then))
    word = {"yes": "in favour", "no": "against", "abstain": "abstained"}
    verb = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
    n = v.name(state, cap=True)
    forms = [f"{n}, which had voted {word[then] if then != 'abstain' else 'to abstain'} last year, {verb[said_now]} this time.",
             f"{n} {verb[said_now]} this year, after it {verb[then]} last year.",
             f"This year {n.replace('The ', 'the ')} {verb[said_now]}; last year it {verb[then]}.",
             f"{n} switched: it {verb[said_now]} this year, having {verb[then].replace('voted', 'voted')} a year earlier."]
    return rng.choice(forms), [claim_position(v, state, said_now), claim_position(old, state, then)]


PREVIOUS = {"73/8": "72/4", "74/7": "73/8", "77/7": "75/289", "78/7": "77/7", "79/7": "78/7", "80/4": "79/7",
            "72/4": "71/5"}


def headline(v, rng, false=False):
    y, n = v.counts["yes"], v.counts["no"]
    if false:
        y -= 3
    forms = [f"UN Assembly votes {y}-{n} for resolution {v.topic}",
             f"General Assembly backs text {v.topic}, {y} to {n}",
             f"UN General Assembly, by {y} votes to {n}, adopts resolution {v.topic}",
             f"{y} nations back UN resolution {v.topic}; {n} oppose"]
    return rng.choice(forms) + "\n\n", [claim_tally(v, "false" if false else "true", yes=y, no=n)]


def series(v, rng, false=False):
    number = CUBA_ORDINAL.get(v.symbol)
    if not number:
        return None
    y, n = v.counts["yes"], v.counts["no"]
    if false:
        y += 2
    forms = [f"For the {ordinal(number)} consecutive year, the Assembly condemned the embargo, by {y} votes to {n}.",
             f"It was the {ordinal(number)} year in a row that the resolution passed, this time {y}-{n}.",
             f"The {ordinal(number)} such resolution since 1992 won {y} votes, with {n} against.",
             f"As in every year since 1992, the text passed easily: {y} in favour and {n} against."]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n)]

# ---------------------------------------------------------------- the families (twenty-third round, branch widen)
# Each construction above in the other wordings reporters use for it: the punctuation around it, the optional words,
# the orders, the verbs of support and opposition. A reading written for one surface form misses the next text's
# variant; these rows measure whether the reading holds for the family.

DASHES = ["-", "–", "—"]


def tally_punctuation(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 1:
        return None
    if false:
        a += 2
    d = rng.choice(DASHES)
    forms = [
        f"It was adopted by {y} votes to {n} {rng.choice(['–', '—', '--'])} with {a} abstentions.",
        f"The vote: {y} in favour, {n} against, {a} abstentions.",
        f"The result ({y} for, {n} against, {a} abstaining) surprised no one.",
        f"The text passed {y}{d}{n}{d}{a}.",
        f"In favour: {y}; against: {n}; abstentions: {a}.",
        f"The resolution was adopted ({y}{d}{n}{d}{a}).",
        f"The tally {rng.choice(['–', '—', '--'])} {y} in favour, {n} against and {a} abstaining "
        f"{rng.choice(['–', '—', '--'])} was much as expected.",
        f"It passed with {y} votes in favour; {n} against; and {a} abstentions.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def count_modifiers(v, rng, false=False):
    n, a = v.counts["no"], v.counts["abstain"]
    forms = []
    if n >= 2:
        forms += [("no", "Only {} countries voted against."), ("no", "Just {} states opposed the resolution."),
                  ("no", "The text was opposed by only {} states."), ("no", "A mere {} countries voted against it."),
                  ("no", "Just {w} nations voted no.")]
    if a >= 2:
        forms += [("abstain", "A total of {} nations abstained."), ("abstain", "Some {} countries abstained."),
                  ("abstain", "As many as {} countries abstained."), ("abstain", "Only {} member states abstained.")]
    forms += [("yes", "An overwhelming {} countries voted in favour."),
              ("yes", "The resolution won the support of an overwhelming {} member states."),
              ("yes", "A total of {} countries backed the text."), ("yes", "Some {} nations voted for it.")]
    field, form = rng.choice(forms)
    value = v.counts[field] + (rng.choice([1, 2]) if false else 0)
    return form.format(value, w=words(value)), [claim_count(v, field, value, "false" if false else "true")]


def time_between(v, rng, false=False):
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state, cap=True)
    weekday = WEEKDAYS[v.day.weekday()]
    verb = {"yes": ["voted in favour of the resolution", "voted for the text", "voted in favour"],
            "no": ["voted against the resolution", "voted against", "voted no"],
            "abstain": ["abstained", "abstained in the vote", "abstained on the text"]}[vote]
    adverb = rng.choice([f"on {weekday}", f", on {weekday},", "once again", "again", "this week", "yesterday",
                         f"on {v.day.day} {v.day:%B}", "also", "ultimately", ", for its part,", "in the end"])
    return f"{n}{'' if adverb.startswith(',') else ' '}{adverb} {rng.choice(verb)}.", [claim_position(v, state, vote)]


def inverted(v, rng, false=False):
    vote = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, vote, 2)
    if not pick:
        return None
    if false:
        pick[rng.randrange(2)] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    label = {"no": ["Voting against were", "Against the resolution were", "Opposing it were",
                    "Also voting against were", "Among those voting no were", "Voting no were"],
             "abstain": ["Abstaining were", "Among those abstaining were", "Abstaining on the text were",
                         "Also abstaining were", "Abstaining in the vote were"],
             "yes": ["Voting in favour were", "Among those voting for it were", "Voting for the text were",
                     "Supporting the resolution were"]}[vote]
    return f"{rng.choice(label)} {names}.", [claim_position(v, s, vote) for s in pick]


def n_to_m_abstaining(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2 or n < 1:
        return None
    if false:
        n += 2
    british = rng.random() < 0.5
    forms = [
        f"The resolution passed {y} to {n} with {a} abstaining.",
        f"It was approved {y} to {words(n, british)}, with {words(a, british)} abstentions.",
        f"The vote was {y}-{n}, {a} abstaining.",
        f"It passed by a vote of {y}-{n}-{a}.",
        f"It passed by a margin of {y} to {n}, with {a} countries abstaining.",
        f"Adopted by a recorded vote of {y} in favour to {n} against, with {a} abstentions, the text is not binding.",
        f"With {a} abstentions, the text passed {y} to {n}.",
        f"The result was {y} votes to {n}, and {a} abstentions.",
        f"The Assembly approved it by {y} votes in favour and {n} against, with {a} abstentions.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def telegraphese(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    forms = []
    if a >= 2 and n >= 1:
        forms.append(("tally", f"UN adopts resolution {v.topic}, {y}-{n}-{a}"))
    forms.append(("count", f"UN General Assembly backs resolution {v.topic} by {y} votes"))
    nos, abst = _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 1)
    if nos:
        forms.append(("noes", f"{{}} vote no as UN passes resolution {v.topic}"))
    if abst:
        forms.append(("abst", f"{{}} abstains as UN Assembly backs resolution {v.topic}"))
    kind, form = rng.choice(forms)
    truth = "false" if false else "true"
    if kind == "tally":
        a2 = a + 2 if false else a
        return form.replace(f"-{a}", f"-{a2}") + "\n\n", [claim_tally(v, truth, yes=y, no=n, abstain=a2)]
    if kind == "count":
        y2 = y - 3 if false else y
        return form.replace(f"by {y} votes", f"by {y2} votes") + "\n\n", [claim_count(v, "yes", y2, truth)]
    if kind == "noes":
        if false:
            nos[1] = _wrong_state(v, rng, "no")
        names = [v.name(s, cap=True) for s in nos]
        return form.format(", ".join(names)) + "\n\n", [claim_position(v, s, "no") for s in nos]
    state = _wrong_state(v, rng, "abstain") if false else abst[0]
    return form.format(v.name(state, cap=True)) + "\n\n", [claim_position(v, state, "abstain")]


def relative_apposition(v, rng, false=False):
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    other = rng.choice([s for s in v.names if s != state])  # named in an apposition, with no vote said
    a, b = v.name(state, cap=True), v.name(other)
    verb = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}[vote]
    forms = [f"{a}, which {verb}, said the text was one-sided.",
             f"{a}, which had lobbied hard before the vote, {verb}.",
             f"{a}, a close ally of {b}, {verb}.",
             f"{a}, whose delegate spoke before the vote, {verb}.",
             f"{a} – a neighbour of {b} – {verb}.",
             f"{a}, which {verb}, later explained its position.",
             f"{a} (whose envoy had called for a delay) {verb}."]
    return rng.choice(forms), [claim_position(v, state, vote)]


def verbs_of_stance(v, rng, false=False):
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state, cap=True)
    verb = {"yes": ["backed the resolution", "supported the text", "threw its weight behind the resolution",
                    "voted to adopt the text", "sided with the majority and backed the text"],
            "no": ["rejected the resolution", "opposed it", "sided against the resolution", "came out against the text",
                   "voted to reject the text"],
            "abstain": ["stayed neutral, abstaining", "declined to take sides and abstained",
                        "chose to abstain", "opted to abstain", "refrained from voting either way, abstaining"]}[vote]
    form = rng.choice([f"{n} {rng.choice(verb)}.", f"{n} {rng.choice(verb)} on {WEEKDAYS[v.day.weekday()]}.",
                       f"In the end, {n.replace('The ', 'the ')} {rng.choice(verb)}."])
    return form, [claim_position(v, state, vote)]


def joined_family(v, rng, false=False):
    vote = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, vote, 2)
    if not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    a, b = v.name(pick[0], cap=True), v.name(pick[1])
    bc = b[0].upper() + b[1:]
    verb = {"no": "voted against", "abstain": "abstained", "yes": "voted in favour"}[vote]
    noun = {"no": "voting against", "abstain": "abstaining", "yes": "voting in favour"}[vote]
    forms = [f"{a} {verb}, joined by {b}.", f"{a} {rng.choice(['–', '—'])} joined by {b} {rng.choice(['–', '—'])} {verb}.",
             f"{a} {verb}, and {b} did the same.", f"Like {a.replace('The ', 'the ')}, {b} {verb}.",
             f"{bc} followed {a.replace('The ', 'the ')} in {noun}.", f"{a} and {b} both {verb}.",
             f"{bc}, like {a.replace('The ', 'the ')}, {verb}.", f"{a} {verb}; {b} followed suit."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def changed_family(v, rng, false=False):
    """A change of vote between this vote and the series' vote the year before, in the other wordings of it."""
    found = _moved_state(v, rng)
    if not found:
        return None
    state, now, then, old = found
    said_now = now if not false else next(x for x in ("yes", "no", "abstain") if x not in (now, then))
    verb = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
    gerund = {"yes": "voting in favour", "no": "voting against", "abstain": "abstaining"}
    noun = {"yes": "a yes vote", "no": "a no vote", "abstain": "an abstention"}
    n = v.name(state, cap=True)
    nl = n.replace("The ", "the ")
    forms = [f"{n} switched from {gerund[then]} last year to {gerund[said_now]} this year.",
             f"{n}, which {verb[then]} last year, {verb[said_now]} this time.",
             f"After {gerund[then]} last year, {nl} {verb[said_now]} this year.",
             f"{n} {verb[said_now]} this year; a year earlier it had {verb[then]}.",
             f"Last year {nl} {verb[then]}; this year it {verb[said_now]}.",
             f"{n} moved from {noun[then]} last year to {noun[said_now]} this year.",
             f"{n} {verb[said_now]}, having {verb[then]} last year."]
    return rng.choice(forms), [claim_position(v, state, said_now), claim_position(old, state, then)]


# ---------------------------------------------------------------- the families left (twenty-fourth round, widen2)
ASIDES = ["whose delegate spoke before the vote", "a founding member of the UN", "long a critic of the text",
          "which had lobbied hard before the vote"]


def list_family(v, rng, false=False):
    """A list with an aside inside it, the side counted before its copula, a sentence adverb before the copula."""
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    pick = _pick(v, rng, vote, n) if 3 <= n <= 6 and rng.random() < 0.4 else _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(len(pick))] = _wrong_state(v, rng, vote)
    names = [v.name(s) for s in pick]
    aside = rng.choice(ASIDES)
    verb = {"no": "voted against", "abstain": "abstained"}[vote]
    side = {"no": rng.choice(["Voting against", "Those voting against", "Those opposed"]),
            "abstain": rng.choice(["Abstaining", "Those abstaining", "The abstainers"])}[vote]
    with_aside = names[:1] + [f"{names[1]} ({aside})"] + names[2:]
    with_commas = names[:1] + [f"{names[1]}, {aside},"] + names[2:]
    def up(text):
        return text[0].upper() + text[1:]
    forms = [f"{side} were {listed(with_aside)}.", up(f"{listed(with_aside)} {verb}."), up(f"{listed(with_commas)} {verb}."),
             f"{side}, {rng.choice(['however', 'as expected', 'predictably'])}, were {listed(names)}.",
             f"The number of {'no votes' if vote == 'no' else 'abstentions'} was {rng.choice(['small', 'higher than expected'])}"
             f", with {listed(names)} {'voting against' if vote == 'no' else 'abstaining'}."]
    if len(pick) == n:
        said = words(n) if rng.random() < 0.5 else str(n)
        forms.append(f"The {said} {'opposed' if vote == 'no' else 'abstaining'} were {listed(names)}.")
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def fronted_or_endorsed(v, rng, false=False):
    """The abstentions fronted before the pair they complete; "endorsed by" with the text as its subject."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if rng.random() < 0.5 and a >= 2 and n >= 1:
        a2 = a + 2 if false else a
        aw = words(a2) if rng.random() < 0.4 else str(a2)
        form = rng.choice([f"With {aw} abstentions, the text passed {y} to {n}.",
                           f"With {aw} countries abstaining, it was adopted by {y} votes to {n}.",
                           f"With {aw} abstentions, the Assembly approved it {y}-{n}."])
        return form, [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a2)]
    pick = _pick(v, rng, "yes", 2)
    if not pick:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, "yes")
    names = listed([v.name(s) for s in pick])
    form = rng.choice([f"It was endorsed by {names}.", f"The resolution was endorsed by {names}.",
                       f"The text, endorsed by {names}, passed easily."])
    return form, [claim_position(v, s, "yes") for s in pick]


def changed_participle(v, rng, false=False):
    """A change of vote told in a participle clause that opens the sentence."""
    found = _moved_state(v, rng)
    if not found:
        return None
    state, now, then, old = found
    said_now = now if not false else next(x for x in ("yes", "no", "abstain") if x not in (now, then))
    verb = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
    gerund = {"yes": "voting in favour", "no": "voting against", "abstain": "abstaining"}
    nl = v.name(state)
    form = rng.choice([f"After {gerund[then]} last year, {nl} {verb[said_now]} this year.",
                       f"Having {verb[then]} last year, {nl} {verb[said_now]} this time.",
                       f"After having {verb[then]} a year earlier, {nl} {verb[said_now]}."])
    return form, [claim_position(v, state, said_now), claim_position(old, state, then)]


CONSTRUCTIONS = {
    "tally in digits": tally_digits, "tally in words": tally_words, "N-M, with K abstentions": n_m_with_k,
    "passed with N votes": passed_with, "supported by N and opposed by M": supported_opposed,
    "N countries abstained": counts_abstained, "A and N others": and_others, "one state, active": single_active,
    "one state, passive": single_passive, "list as subject": list_subject, "list after a colon or label": list_colon,
    "list in brackets or dashes": list_brackets, "list after including": list_including,
    "joined by / along with / as did / too / sided with": joined, "change of vote": changed, "headline": headline,
    "ordinal and series": series,
    # the families (twenty-third round): after the constructions above, so that their rows stay as they were
    "tally: dashes, colons, semicolons, brackets": tally_punctuation,
    "count with only / just / a total of / some / as many as": count_modifiers,
    "one state, a time adverb before the verb": time_between, "inverted: Voting against were A and B": inverted,
    "N to M with K abstaining, digits and words": n_to_m_abstaining, "headline telegraphese": telegraphese,
    "relative clause or apposition after the state": relative_apposition,
    "backed / rejected / sided against / stayed neutral": verbs_of_stance,
    "joined by / did the same / like A / followed suit": joined_family, "change of vote, other wordings": changed_family,
    # the families left (twenty-fourth round): after the others, so that their rows stay as they were
    "list: an aside inside, the N opposed were, however were, was …, with": list_family,
    "fronted abstentions; endorsed by A and B": fronted_or_endorsed,
    "change of vote in an opening participle": changed_participle,
}


def make() -> list[dict]:
    rng = random.Random(20)
    names = state_names()
    votes = [Vote(s, names) for s in VOTES]
    rows = []
    for construction, maker in CONSTRUCTIONS.items():
        made = 0
        rounds = 2 if construction.startswith("change of vote") else 1  # few votes of a yearly series have a change
        for v in rng.sample(votes, len(votes)) * rounds:
            if made >= 16:
                break
            false = made % 4 == 3  # one in four a false variant
            got = maker(v, rng, false)
            if got is None:
                continue
            sentence, claims = got
            lead, published = leads(v, rng)
            text = sentence + lead if sentence.endswith("\n\n") else lead + " " + sentence
            start = text.find(sentence.strip())
            for c in claims:
                c["span"] = [start, start + len(sentence.strip())]
            rows.append({"id": f"p{len(rows) + 1:03d}", "construction": construction, "vote": v.resolution,
                         "published": published.isoformat(), "text": text, "claims": claims})
            made += 1
    return rows


def main() -> None:
    rows = make()
    header = {"about": "Paraphrases of vote claims: every sentence is ours (written for this set from templates in "
                       "tests/reference/make_paraphrases.py, never copied from an article); each claim's truth is the "
                       "record's (counts and states' votes read from the store when the file was made).",
              "rows": len(rows), "votes": len({r['vote'] for r in rows})}
    with OUT.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"header": header}, ensure_ascii=False) + "\n")
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences about {header['votes']} votes → {OUT}")


if __name__ == "__main__":
    main()
