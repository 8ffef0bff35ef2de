"""The families of the paraphrase set's constructions (make_paraphrases.py): each construction in the other wordings
reporters use for it, written for the twenty-third round (branch widen) and the twenty-fourth (branch widen2).
"""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import (VOTED, VOTING, WEEKDAYS, _moved_state, _one_state, _pick, _wrong_state, bounded_value, claim_count,
                              claim_position, claim_tally, listed, round_figure, words)

from unga import api

def side_states(v, rng, vote, k, false, usable=True):
    """k states that took `vote`, drawn at random, the last swapped in a false row for one that did not; None when
    fewer than k took it or the row is not `usable` (judged before the swap, which draws from rng)."""
    states = _pick(v, rng, vote, k)
    if not states or not usable:
        return None
    return states[:-1] + [_wrong_state(v, rng, vote)] if false else states


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
    if form.startswith(("Some", "As many as")):  # a round figure (twenty-fifth round, bounds): within a tenth of the
        return form.format(value), [dict(claim_count(v, field, value), op="~")]  # record, or 2, it is true
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
    verb = VOTED[vote]
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
    pick = side_states(v, rng, vote, 2, false)
    if not pick:
        return None
    a, b = v.name(pick[0], cap=True), v.name(pick[1])
    bc = b[0].upper() + b[1:]
    verb = VOTED[vote]
    noun = {"no": "voting against", "abstain": "abstaining", "yes": "voting in favour"}[vote]
    forms = [f"{a} {verb}, joined by {b}.", f"{a} {rng.choice(['–', '—'])} joined by {b} {rng.choice(['–', '—'])} {verb}.",
             f"{a} {verb}, and {b} did the same.", f"Like {a.replace('The ', 'the ')}, {b} {verb}.",
             f"{bc} followed {a.replace('The ', 'the ')} in {noun}.", f"{a} and {b} both {verb}.",
             f"{bc}, like {a.replace('The ', 'the ')}, {verb}.", f"{a} {verb}; {b} followed suit."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def changed_family(v, rng, false=False):
    """A change of vote between this vote and the series' vote the year before, in the other wordings of it."""
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, now, then, old, said_now = found
    verb, gerund = VOTED, VOTING
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
    pick = side_states(v, rng, "yes", 2, false)
    if not pick:
        return None
    names = listed([v.name(s) for s in pick])
    form = rng.choice([f"It was endorsed by {names}.", f"The resolution was endorsed by {names}.",
                       f"The text, endorsed by {names}, passed easily."])
    return form, [claim_position(v, s, "yes") for s in pick]


def changed_participle(v, rng, false=False):
    """A change of vote told in a participle clause that opens the sentence."""
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, now, then, old, said_now = found
    verb, gerund = VOTED, VOTING
    nl = v.name(state)
    form = rng.choice([f"After {gerund[then]} last year, {nl} {verb[said_now]} this year.",
                       f"Having {verb[then]} last year, {nl} {verb[said_now]} this time.",
                       f"After having {verb[then]} a year earlier, {nl} {verb[said_now]}."])
    return form, [claim_position(v, state, said_now), claim_position(old, state, then)]


# ---------------------------------------------------------------- bounds and round figures (twenty-fifth round, bounds)
def bounded_counts(v, rng, false=False):
    """A count said with a bound ("more than 30", "upwards of 130", "fewer than 10") or as a round figure ("nearly 140",
    "close to 140"); a false variant only with a bound, since a round figure near the record is never called false."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    below = [("abstain", "More than {} countries abstained.", ">", a, -2), ("yes", "Well over {} countries voted in favour.", ">", y, -5),
             ("yes", "Upwards of {} countries voted in favour.", ">=", y, -3), ("abstain", "At least {} countries abstained.", ">=", a, 0)]
    above = [("no", "Fewer than {} countries voted against.", "<", n, 3), ("abstain", "A little under {} countries abstained.", "<", a, 2)]
    rough = [("yes", "Nearly {} countries voted in favour.", y), ("yes", "Close to {} states backed the resolution.", y),
             ("abstain", "Almost {} countries abstained.", a)]
    kind = rng.choice(["below", "above"] if false else ["below", "above", "rough"])
    if kind == "rough":
        field, form, actual = rng.choice(rough)
        return (form.format(round_figure(actual)), [dict(claim_count(v, field, round_figure(actual)), op="~")]) if actual >= 5 else None
    field, form, op, actual, shift = rng.choice(below if kind == "below" else above)
    value = bounded_value(op, actual, shift, false)
    return None if value is None else (form.format(value), [dict(claim_count(v, field, value, "false" if false else "true"), op=op)])


# ---------------------------------------------------------------- a state and its companions (twenty-fifth round, false9)
def companion_counts(v, rng, false=False):
    """A count told through one state and the others beside it ("A abstained along with 40 other countries": 41),
    or through the votes not recorded ("No vote was recorded from 12 countries")."""
    if rng.random() < 0.3:
        absent = v.counts["absent"] + (2 if false else 0)
        if absent < 2:
            return None
        form = rng.choice(["No vote was recorded from {} countries.", "No votes were recorded for {} member states."])
        return form.format(absent), [claim_count(v, "absent", absent, "false" if false else "true")]
    vote = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, vote, 1)
    if not pick or v.counts[vote] < 3:
        return None
    total = v.counts[vote] + (2 if false else 0)
    name = v.name(pick[0], cap=True)
    verb = VOTED[vote]
    form = rng.choice([f"{name} {verb} along with {total - 1} other countries.",
                       f"{name} {verb} together with {total - 1} other states.",
                       f"{name}, along with {total - 1} other nations, {verb}."])
    return form, [claim_position(v, pick[0], vote), claim_count(v, vote, total, "false" if false else "true")]
# ---------------------------------------------------------------- the twenty-fifth round (branch widen3)
def denied_list(v, rng, false=False):
    """A state's vote beside a list whose vote is denied ("neither B nor C did", "none of B, C or D"): the denial
    names no side, so only the affirmed state is a claim; reading the denied states as voters is a false alarm."""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    others = [s for s in v.names if v.votes.get(s) in ("yes", "no", "abstain") and v.votes[s] != vote and s != state]
    if len(others) < 3:
        return None
    b, c, d = (v.name(s) for s in rng.sample(others, 3))
    a = v.name(state, cap=True)
    verb = VOTED[vote]
    forms = [f"{a} {verb}, but neither {b} nor {c} did.", f"{a} {verb}; neither {b} nor {c} did so.",
             f"{a} {verb}, while none of {b}, {c} or {d} did.",
             f"{a} {verb}. Neither {b} nor {c} {verb}.",
             f"{a} {verb}, although neither {b} nor {c} {verb}."]
    return rng.choice(forms), [claim_position(v, state, vote)]


def cast_a_vote(v, rng, false=False):
    """The side as the object of "cast": "cast a yes vote", "cast its 'no' vote", "cast an abstention"."""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state, cap=True)
    said = {"yes": ["cast a yes vote", "cast a \"yes\" vote", "cast its yes vote", "cast an affirmative vote"],
            "no": ["cast a no vote", "cast its \"no\" vote", "cast a negative vote", "cast its lone no vote"],
            "abstain": ["cast an abstention", "cast its abstention"]}[vote]
    form = rng.choice([f"{n} {rng.choice(said)}.", f"{n} {rng.choice(said)} on the text.",
                       f"In the end, {n.replace('The ', 'the ')} {rng.choice(said)}."])
    return form, [claim_position(v, state, vote)]


def group_share(v, rng, false=False):
    """States as a share of a side's group: "two of the five states that voted against", "among the text's nine
    opponents", "two of the 35 abstainers", "among the resolution's supporters"."""
    vote = rng.choice(["no", "abstain", "yes"])
    pick = side_states(v, rng, vote, 2, false)
    if not pick:
        return None
    names = listed([v.name(s) for s in pick])
    names = names[0].upper() + names[1:]
    n = v.counts[vote]
    said = words(n) if rng.random() < 0.5 else str(n)
    noun = {"no": ["opponents", "dissenters"], "abstain": ["abstainers"], "yes": ["supporters", "backers"]}[vote]
    verb = VOTED[vote]
    forms = [f"{names} were two of the {said} states that {verb}.", f"{names} were two of the {said} {rng.choice(noun)}.",
             f"{names} were among the text's {said} {rng.choice(noun)}.",
             f"{names} were among the resolution's {rng.choice(noun)}.",
             f"{names}, two of the {said} {rng.choice(noun)}, did not speak in the debate."]
    form = rng.choice(forms)
    counted = [claim_count(v, vote, n)] if said in form else []  # the group's size is a count of the side
    return form, [claim_position(v, s, vote) for s in pick] + counted


def verb_phrase_then_vote(v, rng, false=False):
    """A verb phrase of the state's own before its vote ("broke ranks and voted in favour"), one with a companion
    ("sided with B and voted against": B on the same side), or an aside with its own time before the vote ("A, after
    abstaining last year, voted in favour")."""
    found = _moved_state(v, rng, false) if rng.random() < 0.3 else None
    if found:
        state, now, then, old, said_now = found
        nl = v.name(state, cap=True)
        form = rng.choice([f"{nl}, after {VOTING[then]} last year, {VOTED[said_now]} this year.",
                           f"{nl}, having {VOTED[then]} a year earlier, {VOTED[said_now]} this time."])
        return form, [claim_position(v, state, said_now), claim_position(old, state, then)]
    vote = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, vote, 2)
    if not pick:
        return None
    if false:
        pick[0] = _wrong_state(v, rng, vote)
    a, b = v.name(pick[0], cap=True), v.name(pick[1])
    verb = VOTED[vote]
    if rng.random() < 0.5:
        return f"{a} sided with {b} and {verb}.", [claim_position(v, s, vote) for s in pick]
    phrase = rng.choice(["broke ranks", "broke with its neighbours", "kept its own counsel", "stayed on the fence until the end"
                         if vote == "abstain" else "made up its mind late", "chose its own course"])
    return f"{a} {phrase} and {verb}.", [claim_position(v, pick[0], vote)]


def explained_vote(v, rng, false=False):
    """A UN press release's explanation of vote: the state's representative says how the delegation voted."""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n, nl = v.name(state, cap=True), v.name(state)
    verb = {"yes": ["voted in favour", "had voted in favour"], "no": ["voted against", "had voted against the text"],
            "abstain": ["abstained", "had abstained"]}[vote]
    who = rng.choice([f"the representative of {nl}", f"{nl}'s delegate", f"{nl}'s ambassador"])
    whose = rng.choice(["his", "her"])
    forms = [f"Speaking after the vote, {who} said {whose} delegation {rng.choice(verb)}.",
             f"{who[0].upper() + who[1:]} explained that {whose} country {rng.choice(verb)}.",
             f"In explanation of vote, {who} said {whose} delegation {rng.choice(verb)} because the text was unbalanced.",
             f"{n} explained that it {rng.choice(verb)}."]
    return rng.choice(forms), [claim_position(v, state, vote)]
# ---------------------------------------------------------------- the twenty-fifth round (branch rusfa)
# A state of another side named beside the voters by the tie that describes them: "allies of A such as B", "B, a close
# partner of A", "B and other allies of A"; and "A, B and N others" inside a tally. A must take no vote from the phrase;
# N must count the named states too.

TIE_LABELS = {"yes": ("Those voting in favour included", "voted in favour"),
              "no": ("Those voting against included", "voted against"),
              "abstain": ("Among those abstaining were", "abstained")}


def tie_beside_a_side(v, rng, false=False):
    vote = rng.choice(["yes", "no", "abstain"])
    tied = [s for s in v.names if v.votes.get(s) not in (None, vote, "absent")]
    pick = side_states(v, rng, vote, 2, false, usable=bool(tied))
    if not pick:
        return None
    a, b, t = v.name(pick[0]), v.name(pick[1]), v.name(rng.choice(tied))
    label, verb = TIE_LABELS[vote]
    forms = [(f"{label} allies of {t} such as {a} and {b}.", pick),
             (f"{label} close partners of {t} like {a} and {b}.", pick),
             (f"{label} {a}, {b} and other partners of {t}.", pick),
             (f"{v.name(pick[1], cap=True)}, a close partner of {t}, {verb}.", pick[1:]),
             (f"{v.name(pick[1], cap=True)} and other allies of {t} {verb}.", pick[1:])]
    sentence, states = rng.choice(forms)
    return sentence, [claim_position(v, s, vote) for s in states]


def others_in_a_tally(v, rng, false=False):
    """The named states are on the side, so a false variant puts the abstentions off (a wrong N would also give a
    wrong count beside the tally, a claim of its own)."""
    n, a = v.counts["no"], v.counts["abstain"]
    pick = _pick(v, rng, "no", 2)
    if not pick or n < 4 or a < 2:
        return None
    others, a = n - 2, a + (2 if false else 0)
    x, y = v.name(pick[0], cap=True), v.name(pick[1])
    forms = [f"{x}, {y} and {words(others)} others voted against, while {a} countries abstained.",
             f"In all {a} countries abstained, while {v.name(pick[0])}, {y} and {others} others voted no.",
             f"{x}, {y} and {others} other states opposed the text; {a} abstained."]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", no=n, abstain=a),
                               *(claim_position(v, s, "no") for s in pick)]


def clause_of_another_deed(v, rng, false=False):
    """A state of another side named in a relative clause, a participle or the clause before a semicolon, between the
    voters and their vote: "A, which has refused to condemn B, abstained"; B casts no vote."""
    vote = rng.choice(["yes", "no", "abstain"])
    pick = _pick(v, rng, vote, 2)
    tied = [s for s in v.names if v.votes.get(s) not in (None, vote, "absent")]
    if not pick or not tied:
        return None
    if false:
        pick[0] = _wrong_state(v, rng, vote)
    a, b, t = v.name(pick[0], cap=True), v.name(pick[1]), v.name(rng.choice(tied))
    verb = VOTED[vote]
    forms = [(f"{a}, which has refused to condemn {t}, {verb}.", pick[:1]),
             (f"{a} and {b}, both of which have close ties with {t}, {verb}.", pick),
             (f"{a} and {b} — both of which have criticised {t} — {verb}.", pick),
             (f"{a}, holding talks with {t} this month, {verb}.", pick[:1]),
             (f"{t[0].upper() + t[1:]} found few friends; {a.replace('The ', 'the ')} and {b} {verb}.", pick)]
    sentence, states = rng.choice(forms)
    return sentence, [claim_position(v, s, vote) for s in states]
# ---------------------------------------------------------------- holdout26's families (twenty-fifth round, study26)
def apposed_and_predicated(v, rng, false=False):
    """A side's whole list after its count and a comma ("two abstentions, A and B"); the states as the votes
    themselves ("A and B were the two votes against"); a day or the text's object before a bracketed list; "one of N
    that voted yes, with K abstentions and M against" as one tally. The lists first, when the vote has a short side."""
    listed_first = [k for k in rng.sample(["apposed", "predicated"], 2)]
    others = [k for k in rng.sample(["bracketed", "one of"], 2)]
    for kind in (listed_first + others if rng.random() < 0.6 else others + listed_first):
        got = _one_family_row(v, rng, false, kind)
        if got:
            return got
    return None


def _one_family_row(v, rng, false, kind):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if kind == "one of":
        pick = _pick(v, rng, "yes", 1)
        if not pick or a < 2 or n < 1:
            return None
        a2 = a + 2 if false else a
        name = v.name(pick[0], cap=True)
        form = rng.choice([f"{name} was one of {y} countries that voted in favour, with {a2} abstentions and {n} against.",
                           f"{name} was one of {y} states that voted yes, with {a2} abstentions and {n} against."])
        return form, [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a2),
                      claim_position(v, pick[0], "yes")]
    vote = "yes" if kind == "bracketed" else rng.choice(["no", "abstain"])
    k = 3 if kind == "bracketed" else v.counts[vote]
    pick = _pick(v, rng, vote, k) if 2 <= k <= 9 else None
    if not pick:
        return None
    if false:
        pick[rng.randrange(len(pick))] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    names_up = names[0].upper() + names[1:]
    if kind == "apposed":
        noun = {"no": "votes against", "abstain": "abstentions"}[vote]
        form = rng.choice([f"The text passed with {y} in favour and {words(k)} {noun}, {names}.",
                           f"It was adopted with {k} {noun}, {names}."])
    elif kind == "predicated":
        if vote == "no":
            form = rng.choice([f"{names_up} were the {words(k)} votes against.", f"{names_up} cast the {words(k)} votes against.",
                               f"{names_up} were the only no votes.", f"{names_up} cast the only votes against."])
        else:
            form = rng.choice([f"{names_up} were the {words(k)} abstentions.", f"{names_up} were the only abstentions."])
    else:
        day = WEEKDAYS[v.day.weekday()]
        form = rng.choice([f"Several states voted on {day} in favour of the resolution ({names}).",
                           f"{names_up} voted on {day} in favour of it."])
    counted = kind == "apposed" or (kind == "predicated" and " only " not in form)  # the count is the record's
    return form, [claim_position(v, s, vote) for s in pick] + ([claim_count(v, vote, k)] if counted else [])
def all_but(v, rng, false=False):
    """'Everyone but A and B voted in favour; C abstained': the excepted (two states that voted against) take no vote
    from the clause, and the state after it is read as before."""
    excepted, abstained = _pick(v, rng, "no", 2), _pick(v, rng, "abstain", 1)
    if not excepted or not abstained:
        return None
    state = _wrong_state(v, rng, "abstain") if false else abstained[0]
    names = listed([v.names[s] for s in excepted])
    form = rng.choice(["Everyone but {} voted in favour; {} abstained.",
                       "Every country but {} backed the resolution, while {} abstained.",
                       "All members except {} voted yes; {} abstained.",
                       "With the exception of {}, all member states voted in favour; {} abstained.",
                       "Apart from {}, every country voted for the text; {} abstained."])
    return form.format(names, v.names[state]), [claim_position(v, state, "abstain")]


# ---------------------------------------------------------------- the twenty-sixth round (branch false10)
def adoption_beside_amendments(v, rng, false=False):
    """The tally an adoption phrase introduces with "by", in a sentence that tells of amendments too: the resolution's
    vote ("Before adopting the text by 120 votes to 5, the Assembly rejected two amendments")."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:
        return None
    if false:
        y += 2
    forms = [f"Before adopting the text by {y} votes to {n}, with {a} abstentions, the Assembly rejected two amendments.",
             f"Prior to adopting the resolution, as orally revised, by a recorded vote of {y} in favour to {n} against, "
             f"with {a} abstentions, the Assembly turned down an amendment.",
             f"Delegates threw out one amendment before passing the draft by a vote of {y}-{n} with {a} abstentions."]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def count_after_a_side_listed(v, rng, false=False):
    """A side listed in full, then in the next sentence another side's count through one of its states ("A, B and C
    voted against. D and 30 other countries abstained."): the list identifies the vote the count is judged on."""
    against, abstained = v.side("no"), _pick(v, rng, "abstain", 1)
    a = v.counts["abstain"]
    if not v.complete or not 3 <= len(against) <= 9 or len(against) != v.counts["no"] or not abstained or a < 3:
        return None
    told = a + 3 if false else a
    order = rng.sample(against, len(against))
    names = listed([v.name(s) for s in order])
    state = v.name(abstained[0], cap=True)
    only = rng.random() < 0.5
    form = f"Only {names} opposed the text. {state} abstained, as did {told - 1} other states." if only else \
        f"{names[0].upper() + names[1:]} voted against. {state} and {told - 1} other countries abstained."
    return form, [*(claim_position(v, s, "no") for s in order), claim_position(v, abstained[0], "abstain"),
                  *([claim_count(v, "no", len(order))] if only else []),
                  claim_count(v, "abstain", told, "false" if false else "true")]
# ---------------------------------------------------------------- the twenty-sixth round (branch ident)
def at_the_time(v, rng, false=False):
    """'At the time, A and B voted against': a sentence that points back at the vote the one before tells."""
    vote = rng.choice(["no", "abstain"])
    pick = side_states(v, rng, vote, 2, false)
    if not pick:
        return None
    verb = {"no": rng.choice(["voted against", "opposed it"]), "abstain": rng.choice(["abstained", "abstained on it"])}
    opener = rng.choice(["At the time", "At that time", "Back then"])
    return f"{opener}, {listed([v.name(s) for s in pick])} {verb[vote]}.", [claim_position(v, s, vote) for s in pick]
# ---------------------------------------------------------------- holdout27's English families (twenty-sixth round, study27)
def object_then_joined(v, rng, false=False):
    """A state of another side as the object of a verb before the voters ("voted to condemn T and A was among the K
    abstainers": T casts no vote), and a count through "joined" ("only N countries joined A in voting against",
    "A was joined by N other countries in voting against": N + 1)."""
    n = v.counts["no"]
    pick = _pick(v, rng, "no", 1)
    if rng.random() < 0.5 or not pick or n < 3:
        vote = rng.choice(["abstain", "no"])
        pick = _pick(v, rng, vote, 1)
        tied = [s for s in v.names if v.votes.get(s) not in (None, vote, "absent")]
        if not pick or not tied or v.counts[vote] < 2:
            return None
        state = _wrong_state(v, rng, vote) if false else pick[0]
        a, t, k = v.name(state), v.name(rng.choice(tied)), v.counts[vote]
        noun = {"abstain": "abstained", "no": "voted against"}[vote]
        form = rng.choice([f"Most members voted to condemn {t} and {a} was among the {k} countries that {noun}.",
                           f"The Assembly voted to censure {t}, and {a} was one of {k} states that {noun}."])
        return form, [claim_position(v, state, vote), claim_count(v, vote, k)]
    a, others = v.name(pick[0]), n - 1 + (2 if false else 0)
    form = rng.choice([f"Only {words(others)} countries joined {a} in voting against.",
                       f"{a[0].upper() + a[1:]} was joined by {others} other countries in voting against.",
                       f"Just {others} states joined {a} in voting against the text."])
    return form, [claim_position(v, pick[0], "no"), claim_count(v, "no", others + 1, "false" if false else "true")]


ADJECTIVES = {"USA": "U.S.", "ISR": "Israeli", "RUS": "Russian", "CHN": "Chinese", "GBR": "British", "FRA": "French",
              "SYR": "Syrian", "IRN": "Iranian", "CUB": "Cuban", "BLR": "Belarusian", "VEN": "Venezuelan", "IND": "Indian",
              "PAK": "Pakistani", "NIC": "Nicaraguan", "AUS": "Australian", "CAN": "Canadian", "JPN": "Japanese",
              "HUN": "Hungarian", "ZWE": "Zimbabwean", "EGY": "Egyptian", "BRA": "Brazilian", "MEX": "Mexican"}


def adjective_opposition(v, rng, false=False):
    """'adopted over U.S. and Israeli opposition': the owners of the opposition as adjectives before the noun (a no,
    an abstention or an absence; false only for a state that voted yes)."""
    side = "yes" if false else "no"
    named = [s for s in v.side(side) if s in ADJECTIVES] if v.complete else []
    if not named:
        return None
    pick = rng.sample(named, min(len(named), rng.choice([1, 2])))
    owners = " and ".join(ADJECTIVES[s] for s in pick)
    form = rng.choice([f"The Assembly adopted the text over {owners} opposition.",
                       f"The resolution passed despite {owners} objections.",
                       f"It was approved over strong {owners} opposition."])
    return form, [dict(claim_position(v, s, "no"), truth="false" if false else "true") for s in pick]


def absent_words(v, rng, false=False):
    """A state away from the vote: 'did not even vote', 'did not vote as the Assembly adopted it' (a time, not a
    manner), "A's non-voting drew criticism"; and 'N countries did not even vote'."""
    k = v.counts.get("absent") or 0
    pick = _pick(v, rng, "absent", 1)
    if not pick or k < 2:
        return None
    if rng.random() < 0.3:
        value = k + (2 if false else 0)
        return f"In all, {value} countries did not even vote.", [claim_count(v, "absent", value, "false" if false else "true")]
    state = _wrong_state(v, rng, "absent") if false else pick[0]
    a = v.name(state, cap=True)
    form = rng.choice([f"{a} did not even vote.", f"{a} did not vote as the Assembly adopted the text.",
                       f"{a}'s non-voting drew criticism at home."])
    return form, [claim_position(v, state, "absent")]


def membership_and_adverb(v, rng, false=False):
    """'N of the UN member states backed the text' (the membership counted), and a sentence adverb before a list
    counted with its companions ('However, A and B opposed the text, along with N others')."""
    y, n = v.counts["yes"], v.counts["no"]
    pick = _pick(v, rng, "no", 2)
    if pick and n >= 4 and rng.random() < 0.5:
        others = n - 2 + (2 if false else 0)
        adverb = rng.choice(["However", "In turn", "Predictably", "Once again"])
        form = f"{adverb}, {v.name(pick[0])} and {v.name(pick[1])} opposed the text, along with {words(others)} others."
        return form, [claim_position(v, s, "no") for s in pick] + [claim_count(v, "no", others + 2, "false" if false else "true")]
    value = y + (2 if false else 0)
    form = rng.choice([f"In the end, {value} of the UN member states backed the text.",
                       f"Some way short of unanimity, {value} of the UN's member states backed the text."])
    return form, [claim_count(v, "yes", value, "false" if false else "true")]
# ---------------------------------------------------------------- changes of vote and habits (twenty-sixth round)
def changed_nouns_or_habit(v, rng, false=False):
    """A change of vote told between vote nouns ("went from a vote against to an abstention", "changed its abstention
    to a vote in favour"), its earlier side with its year, or an earlier vote told as a habit ("which usually votes
    against"): this vote and the series' vote before."""
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, now, then, old, said_now = found
    noun = {"yes": "a vote in favour", "no": "a vote against", "abstain": rng.choice(["an abstention", "abstention"])}
    own = {"yes": "vote in favour", "no": "vote against", "abstain": "abstention"}
    gerund = {"yes": "voting yes", "no": "voting no", "abstain": "abstaining"}
    habit = {"yes": "votes in favour", "no": "votes against", "abstain": "abstains"}
    n = v.name(state, cap=True)
    forms = [f"{n} went from {noun[then]} to {noun[said_now]}.",
             f"{n} changed its {own[then]} to {noun[said_now]}.",
             f"{n} switched from {gerund[then]} to {gerund[said_now]}.",
             f"{n} moved from {noun[then]} in {old.day.year} to {noun[said_now]}.",
             f"{n}, which usually {habit[then]}, {VOTED[said_now]}."]
    return rng.choice(forms), [claim_position(v, state, said_now), claim_position(old, state, then)]


def first_time_or_bracketed(v, rng, false=False):
    """This vote said with "for the first time" or "this time" between the state and its verb ("did so for the first
    time" after the side), or after a bracketed
    relative clause with the series' vote before ("A (which abstained last year) voted in favour"), or with a habit
    over the run before ("having abstained in all previous votes"): this vote, and the vote before where it is said."""
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, now, then, old, said_now = found
    n = v.name(state, cap=True)
    which = "who" if rng.random() < 0.3 else "which"
    forms = [(f"{n} for the first time {VOTED[said_now]}.", False),
             (f"{n} this time {VOTED[said_now]}.", False),
             (f"Of the countries that {VOTED[said_now]}, {n.replace('The ', 'the ')} did so for the first time.", False),
             (f"{n} ({which} {VOTED[then]} last year) {VOTED[said_now]} this time.", True),
             (f"{n} ({which} {VOTED[then]} last time) {VOTED[said_now]}.", True),
             (f"{n} {VOTED[said_now]}, having {VOTED[then]} in all previous votes.", True)]
    form, earlier = rng.choice(forms)
    return form, [claim_position(v, state, said_now)] + ([claim_position(old, state, then)] if earlier else [])


# a two-part name written with a space alone, as wire copy sometimes prints it (fahunt11)
SPACED_NAMES = {"BIH": "Bosnia Herzegovina", "TTO": "Trinidad Tobago", "ATG": "Antigua Barbuda",
                "KNA": "St Kitts Nevis", "STP": "Sao Tome Principe"}


def excepted_before_the_verb(v, rng, false=False):
    """'Most states, except A, Trinidad Tobago and B, abstained; C voted against': the exception word governs the
    whole list before the verb, the two-part name written with a space included (one state, not its first part and a
    word that cuts the list in two), and the state after the semicolon is read as before."""
    spaced = [s for s in SPACED_NAMES if v.votes.get(s) == "yes"]
    yes, against = _pick(v, rng, "yes", 2), _pick(v, rng, "no", 1)
    if not spaced or not yes or not against or v.counts["abstain"] < 2 or set(yes) & set(spaced):
        return None
    state = _wrong_state(v, rng, "no") if false else against[0]
    names = listed([v.name(yes[0]), SPACED_NAMES[rng.choice(spaced)], v.name(yes[1])])
    form = rng.choice(["Most states, except {}, abstained; {} voted against.",
                       "Many delegations, with the exception of {}, abstained, while {} voted no.",
                       "Most countries, except {}, abstained; {} opposed the text."])
    return form.format(names, v.name(state)), [claim_position(v, state, "no")]


# ---------------------------------------------------------------- the twenty-seventh round (branch weak)
ON_THE = {"yes": "voted in favour of", "no": "voted against", "abstain": "abstained on"}
SIBLING_DAYS = 31  # two votes of one session's weeks, told one after the other


def _sibling(v):
    """The vote of VOTES held within SIBLING_DAYS after v (v is then "the first" of the two), or None."""
    from paraphrase_votes import VOTES, Vote
    later = [Vote(s, v.names) for s in VOTES if s != v.symbol]
    later = [w for w in later if 0 < (w.day - v.day).days <= SIBLING_DAYS and w.complete]
    return min(later, key=lambda w: w.day) if later else None


def ordinal_of_two(v, rng, false=False):
    """Two votes of one session's weeks told with their tallies, then 'A abstained on the first resolution and B
    voted against the second': each state's vote is on the vote the text told in that order (the claims: both
    tallies and the two states' votes)."""
    w = _sibling(v)
    if w is None or not v.complete or min(v.counts["abstain"], w.counts["abstain"]) < 3:
        return None
    # states whose votes on the two differ, so that the order decides
    moved = [s for s in v.names if v.votes.get(s) in ON_THE and w.votes.get(s) in ON_THE
             and v.votes[s] != w.votes[s] and v.votes[s] != "yes"]
    if len(moved) < 2:
        return None
    one, two = rng.sample(moved, 2)
    first, second = v.votes[one], w.votes[two]
    if false:  # the second state said to have voted on the second as it did on the first
        second = v.votes[two] if v.votes[two] != w.votes[two] else next(x for x in ON_THE if x != w.votes[two])
    uk = lambda x: f"{x.day.day} {x.day:%B %Y}"
    lead = "The General Assembly adopted two texts within weeks."  # no claim: the tallies are the rows' own
    told = (f"One, {v.topic}, passed on {uk(v)} by {v.counts['yes']} votes to {v.counts['no']} with "
            f"{v.counts['abstain']} abstentions; the other, {w.topic}, passed on {uk(w)} by {w.counts['yes']} to "
            f"{w.counts['no']} with {w.counts['abstain']} abstentions. ")
    form = rng.choice(["{a} {v1} the first resolution and {b} {v2} the second.",
                       "{a} {v1} the first text, while {b} {v2} the second one.",
                       "On the first resolution {a} {v1_bare}; {b} {v2} the second."])
    bare = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
    sentence = told + form.format(a=v.name(one, cap=True), b=v.name(two), v1=ON_THE[first], v2=ON_THE[second],
                                  v1_bare=bare[first])
    published = w.day + timedelta(days=1)
    tallies = [claim_tally(x, yes=x.counts["yes"], no=x.counts["no"], abstain=x.counts["abstain"]) for x in (v, w)]
    return sentence, [*tallies, claim_position(v, one, first), claim_position(w, two, second)], (lead, published)
# ---------------------------------------------------------------- holdout28's English families (study28)

def opposed_the_proposition(v, rng, false=False):
    """A bare verb of opposition whose object is "the proposition", or a treaty in a sentence that speaks of the vote;
    a list after "Besides A," before it."""
    pick = side_states(v, rng, "no", 2, false, usable=v.counts["abstain"] >= 2)
    if not pick:
        return None
    a, b, k = v.name(pick[0], cap=True), v.name(pick[1]), v.counts["abstain"]
    form = rng.choice([f"{a} and {b} opposed the proposition.", f"Besides {a.replace('The ', 'the ')}, {b} opposed the proposition.",
                       f"{a} and {b} opposed the pact, while {k} states abstained.",
                       f"Among the opponents, {a.replace('The ', 'the ')} and {b} opposed the accord as {k} others abstained."])
    claims = [claim_position(v, pick[0], "no"), claim_position(v, pick[1], "no")]
    return form, claims + ([claim_count(v, "abstain", k)] if str(k) in form else [])


def committee_then_plenary(v, rng, false=False):
    """A committee's motion told after the text turns to the committee (its states never judged on the plenary's vote:
    they are on its other side here, so reading them there would be a misreading), then the plenary again."""
    chosen = _one_state(v, rng, false, sides=("no", "abstain"))
    others = _pick(v, rng, "no", 2)
    if not chosen or not others:
        return None
    vote, state = chosen
    a, b, c = v.name(others[0]), v.name(others[1]), v.name(state, cap=True)
    form = rng.choice([
        f"The General Committee was then called together again to settle who could speak. A motion backed only by {a} "
        f"and {b} was turned down. The Assembly then took up the text; {c.replace('The ', 'the ')} {VOTED[vote]}.",
        f"Later that day, in the Steering Committee, only {a} and {b} backed a proposal to hear a group of lawyers. "
        f"In the plenary, {c.replace('The ', 'the ')} {VOTED[vote]}."])
    motion = "A/BUR/(a committee's motion)"  # a vote the record lacks: read, and placed on no roll call
    lacking = [{"kind": "position", "resolution": motion, "state": iso3, "vote": "yes", "truth": "not_in_store"}
               for iso3 in others] + [{"kind": "count", "resolution": motion, "field": "yes", "op": "=", "value": 2,
                                       "truth": "not_in_store"}]
    return form, [claim_position(v, state, vote)] + lacking


def group_not_voting(v, rng, false=False):
    """States named among a group that did not vote: 'A and B were among those that did not vote', 'A was one of the
    N members that didn't vote' (the twenty-eighth round, branch absent). The reading is loose (an abstainer is held,
    never called false), so a true row names states away, and a false row a state that voted yes or no."""
    k = v.counts.get("absent") or 0
    side = rng.choice(["yes", "no"]) if false else "absent"
    pick = _pick(v, rng, side, 1 if false or rng.random() < 0.5 else 2)
    if not pick or k < 2:
        return None
    names = listed([v.name(s) for s in pick])
    names = names[0].upper() + names[1:]
    form = rng.choice([f"{names} {'were' if len(pick) > 1 else 'was'} among those that did not vote.",
                       f"{names} {'were' if len(pick) > 1 else 'was'} among the {k} countries that didn't vote.",
                       f"{names} {'were' if len(pick) > 1 else 'was'} among the nations who did not vote on the text."])
    if len(pick) == 1 and rng.random() < 0.5:
        form = f"{names} was one of the {words(k)} members that did not vote."
    return form, [dict(claim_position(v, s, "absent"), truth="false" if false else "true") for s in pick]
# ---------------------------------------------------------------- the twenty-eighth round (branch wrongrc)
MONTH_SIDE = {"no": ("voted against", "were against it"), "abstain": ("abstained", "abstained")}


def month_dated_list(v, rng, false=False):
    """A text dated to the month alone (its page gives "2023-02", no day of its own), whose lead names neither the
    resolution nor a day: the count of a minority side and four of its states choose the vote among that month's
    votes (the claims: the count and the four states' votes)."""
    side = rng.choice(list(MONTH_SIDE))
    pick = side_states(v, rng, side, 4, false, usable=v.counts[side] >= 5)
    if not pick:
        return None
    k, (verb, predicate) = v.counts[side], MONTH_SIDE[side]
    names = listed([v.name(s) for s in pick])
    sentence = rng.choice([f"{k} states {verb}, among them {names}.",
                           f"{names[0].upper() + names[1:]} were among the {k} countries that {verb}.",
                           f"Of the {k} members that {predicate}, four stood out: {names}."])
    published = api.publication_date(f"{v.day:%Y-%m}")  # the page's month, read as the bench reads it
    lead = "The General Assembly voted on the draft after a long debate."
    return sentence, [claim_count(v, side, k), *[claim_position(v, s, side) for s in pick]], (lead, published)
# ---------------------------------------------------------------- the twenty-ninth round (branch idrc30)


def bracketed_symbol(v, rng, false=False):
    """A report of several votes, each resolution described and then given its number in brackets alone: "On a
    resolution on X (NN/NNN), A voted against." The lead names no symbol and no day; only the bracket tells the vote
    (the claim: the state's vote)."""
    if "/" not in v.symbol or v.symbol.startswith("ES") or not v.symbol.split("/")[1].isdigit():
        return None
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    name = v.name(state)
    sentence = rng.choice([f"On a resolution {v.topic} ({v.symbol}), {name} {VOTED[vote]}.",
                           f"On the text {v.topic} ({v.symbol}), {name} {VOTED[vote]}.",
                           f"Take the resolution {v.topic} ({v.symbol}): {name} {VOTED[vote]}."])
    lead = "The Assembly's votes of that session are set out below, one by one."
    return sentence, [claim_position(v, state, vote)], (lead, v.day + timedelta(days=200))


def beside_another_body(v, rng, false=False):
    """The Assembly's tally told beside another body's vote on the same subject (the council named as a sentence's
    subject, in the passive, or the former Commission on Human Rights): the Assembly's claim is kept (the claim: the
    tally)."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:
        return None
    if false:
        a = a + rng.choice([2, 3]) if a > 3 else a + 2
    other = rng.choice(["The Human Rights Council in Geneva had approved a text of its own on the matter earlier.",
                        "A text of the Human Rights Council on the same matter was passed the year before.",
                        "The Commission on Human Rights had voted on the question in an earlier year.",
                        "The Economic and Social Council, meeting in the spring, adopted a decision on it."])
    own = rng.choice([f"In the General Assembly, the resolution was adopted by {y} votes to {n}, with {a} abstentions.",
                      f"The General Assembly then passed it {y}-{n}-{a}.",
                      f"The Assembly's own vote was {y} in favour, {n} against and {a} abstaining."])
    return other + " " + own, [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]
