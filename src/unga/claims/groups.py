"""Groups named inside a list of states: blanked so that the list reads through them (issue 9, fifteenth round).

Older diplomatic prose, and reporters of every decade, write a side as states and groups mixed: "Abstentions included
China and France, Scandinavian countries, India and Chile"; "the countries abstaining included the nine members of the
European Economic Community, Japan, Portugal and Austria"; "Those abstaining were Finland and nine Afro-Asians
(Afghanistan, Burma, Ceylon)"; "the administering powers except New Zealand, who abstained, Canada, Greece and
Peru". A group's states are not named, so the group gives no claim; but it broke the list, and the states after it
(or before it) lost their vote.

`masked(sentence)` returns the sentence with each such group description turned into spaces (offsets hold): the
group ("Scandinavian countries", "four Scandinavians", "the nine members of the European Economic Community",
"majority of Western Union", "other members of the Western bloc"), with a bracket that opens on its members (its
members stay: they are the list), and with an exception that follows it ("except New Zealand, who abstained": the
excepted states are *not* on the list's side, so they are blanked too, and keep only a vote the sentence gives them
elsewhere). A group is blanked only where it stands in a list: a state on one side of it with nothing but a list
joint between ("," ";" "and" "as well as" a bracket). Numbers are read from the sentence as written; only the
reading of positions sees the blanks.
"""

from __future__ import annotations

import re

from unga.claims.names import mentions

QUANT = (r"(?:(?i:the|all|all\s+the|most|most\s+of\s+the|many|some|several|other|the\s+other|(?:a\s+)?majority\s+of"
         r"(?:\s+the)?|(?:most|many|some|all)\s+of|its|their|[A-Z][\w.]+['’]s|a\s+few|few|a\s+number\s+of|a\s+handful\s+of|various|certain|fellow|sister|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)*")
REGION = (r"(?:Scandinavian|Nordic|Arab|African|Asian|Afro-Asian|Latin[\s-]American|Western|Eastern|West(?:ern)?\s+European"
          r"|East(?:ern)?\s+European|European|Soviet|Communist|Commonwealth|[Nn]on-[Aa]ligned|Islamic|Muslim|Pacific"
          r"|Caribbean|Baltic|Central\s+American|South\s+American|Gulf|Benelux|NATO|administering|nuclear|near-nuclear"
          r"|neutralist|Third\s+World|EU|EEC|OAS|ASEAN|G-?77)")
HEAD = r"(?i:countries|states|nations|members|member\s+states|delegations|powers|governments|bloc|group|allies|partners)"
BODY = (r"(?:the\s+)?(?:European\s+Economic\s+Community|EEC|European\s+Union|EU|Western\s+Union|Warsaw\s+Pact|NATO"
        r"|Commonwealth|Arab\s+League|Soviet\s+(?:bloc|[Gg]roup)|Western\s+bloc|Eastern\s+bloc|Non-Aligned\s+Movement)")
PEOPLE = r"(?:Scandinavians|Nordics|Arabs|Afro-Asians|Latin\s+Americans|Africans|Asians|Europeans)"
# "fellow Pacific island nations A and B": a region's islands
GROUP = re.compile(rf"\b{QUANT}(?:{REGION}(?:\s+{REGION})*(?:\s+(?i:small\s+)?(?i:island))?\s+{HEAD}(?:\s+{HEAD})?"
                   rf"(?:\s+of\s+{BODY})?|{HEAD}\s+of\s+{BODY}"
                   rf"|{BODY}|{PEOPLE}|other\s+{HEAD})\b")
COUNTED_OTHERS = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+other\b", re.I)
JOINT_AHEAD = re.compile(r"\s*(?:,|;|\band\b|\bas\s+well\s+as\b)\s*(?:and\s+)?")
EXCEPT = re.compile(r",?\s*except(?:\s+for)?\s+(?:the\s+)?")
LIST_JOINT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?")
MEMBERS_OF = re.compile(r"\s+of\s+")  # "the Pacific states of Palau and Nauru": the members follow
TIES = re.compile(r"(?:allies|partners)$")  # "the Western allies of Ukraine": the state after "of" is no member
RELATIVE = re.compile(r",?\s*(?:who|which|that)\s+[^,;().]*")
OWN_VOTE = re.compile(r"\b(?:vot\w+|abstain\w*|opposed|supported|favou?r|against|not\s+(?:take|taking)\s+part"
                      r"|participat\w+)\b", re.I)


def masked(sentence: str) -> str:
    """The sentence with every group description that stands inside a list of states blanked (same length)."""
    found = mentions(sentence)
    if not found:
        return sentence
    out = sentence
    for _ in range(3):  # "Arabs, Soviet Group, majority of Western Union, France": a group next to a blanked one
        again = _blanked(out, sentence, found)
        if again == out:
            break
        out = again
    for remark in (*REMARK_BEFORE_LIST.finditer(out), *EXPECTED_BEFORE_LIST.finditer(out)):
        if not any(remark.start() < m.start < remark.end() for m in found):
            out = out[:remark.start()] + " " * len(remark.group()) + out[remark.end():]
    return out


# a remark in brackets on a side's count, between its vote phrase and the colon that opens its list ("seven voted in
# favour (up from the six that voted for it last year): A, B"): its own vote words would take the list
REMARK_BEFORE_LIST = re.compile(r"(?<=\w)\s*\([^()]{1,120}\)(?=\s*:\s*(?:the\s+)?[A-Z])")
# what the states of a side's list had been expected to do, between the side's noun and the list ("the abstentions
# took in several states once thought likely to vote yes, such as A, B"): an expectation,
# whose vote words would take the list from the side it is told on
EXPECTED_BEFORE_LIST = re.compile(r"\b(?:who|that|which)\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                                  r"(?:\w+ly\s+)?(?:(?:thought|considered|seen\s+as|judged)\s+)?(?:expected|thought|predicted|tipped|forecast|likely)\s+to\s+"
                                  r"[^,;:.()]{1,80}"
                                  r"(?=,\s*(?:such\s+as|including|notably|among\s+them)\s)", re.I)


def _blanked(current: str, sentence: str, found: list) -> str:
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    out = list(current)
    for group in GROUP.finditer(current):
        if any(m.start < group.end() and group.start() < m.end for m in found):
            continue  # a state's own name ("the Soviet Union", "the United Arab Emirates") is no group
        if COUNTED_OTHERS.search(group.group(0)):
            continue  # "A and 40 other countries": a count of A's side, read by the count rules as written
        end, bracket = _excepted(sentence, group.end(), found), None
        if end < 0:
            continue
        opening = re.compile(r"\s?\(").match(current, end)
        members = MEMBERS_OF.match(current, end)
        if members and _next_is_state(current, members.end(), starts) and not TIES.search(group.group(0)):
            end = members.end()  # "A and the Pacific states of B and C": the group's members are the list's
        elif members and _next_is_state(current, members.end(), starts):
            # "A and other allies of B abstained": B, the state the tie names, goes with the group (no voter)
            end = next(m.end for m in found if m.start >= members.end())
        elif opening:
            close = current.find(")", opening.end())
            if close > 0 and _next_is_state(current, opening.end(), starts):
                end, bracket = opening.end(), close
        start = group.start()
        if bracket is None:
            ahead = _state_after(current, end, starts)
            back = None if ahead else _state_before(current, start, ends)
            if ahead is None and back is None:
                continue
            # the joint that tied the group to the list goes with it: "A, B and the Nordic countries voted" reads
            # "A, B voted", "included the EEC's members, A and B" reads "included A and B"
            end, start = ahead if ahead is not None else end, back if back is not None else start
        for i in range(start, end):
            out[i] = " "
        if bracket is not None:
            out[bracket] = ","
    return "".join(out)


def _excepted(sentence: str, at: int, found: list) -> int:
    """Where the group ends once "except A and B, who abstained," after it is taken in."""
    exception = EXCEPT.match(sentence, at)
    if not exception:
        return at
    end = exception.end()
    for mention in sorted(found, key=lambda m: m.start):
        if mention.start == end:
            end = mention.end
            joint = LIST_JOINT.match(sentence, end)
            if joint and any(m.start == joint.end() for m in found):
                end = joint.end()
    if end == exception.end():
        return at  # "except that …": no state excepted
    relative = RELATIVE.match(sentence, end)
    if relative and OWN_VOTE.search(relative.group(0)):
        return -1  # "except France, which abstained": the excepted state's own vote, read as written
    return relative.end() if relative else end


# a companion ("India, along with several other nations, chose not to vote") is an aside, not a list joint: the group
# is left as written (roles.py reads companions)
JOINT_BACK = re.compile(r"(?:,|;|\band|\bas\s+well\s+as)[\s,;]*$")


def _state_before(current: str, at: int, ends: set[int]) -> int | None:
    """Where the list joint starts when a state, then only the joint (and blanks), come before `at`; else None."""
    joint = JOINT_BACK.search(current, max(0, at - 40), at)
    if not joint:
        return None
    before = current[:joint.start()].rstrip(" ,;")
    return len(before) if len(before) in ends else None


def _state_after(current: str, at: int, starts: set[int]) -> int | None:
    """Where the next state starts when only a list joint (and blanks) stand between `at` and it; else None."""
    joint = JOINT_AHEAD.match(current, at)
    if not joint or joint.end() == at:
        return None
    rest = joint.end() + len(current[joint.end():]) - len(current[joint.end():].lstrip(" ,;"))
    return rest if _next_is_state(current, rest, starts) else None


def _next_is_state(current: str, at: int, starts: set[int]) -> bool:
    rest = at + len(current[at:]) - len(current[at:].lstrip(" ,;"))
    return rest in starts or (current.startswith("the ", rest) and rest + 4 in starts)
