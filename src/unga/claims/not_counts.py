"""Numbers in a vote sentence that are not the count of the Assembly's vote (numbers.py reads the counts): a
threshold ("fell 3 votes short"), a group's share or size ("4 of the 10 ASEAN members", "two nuclear powers"), an
aggregate of fields ("65 voted no, abstained or did not vote"), a difference ("four more countries"), the text's own
correction, a quantity the vote is compared with; and the sentences that speak of states changing their vote.
"""

from __future__ import annotations

import re

from unga.claims import regions
from unga.claims.names import mentions


# "fell 3 votes short", "a two-thirds majority of 97", "97 votes needed": a threshold or a gap, not a tally
THRESHOLD_AFTER = re.compile(r"\s*(?:votes?\s+)?(?:short\b|shy\b|needed\b|required\b|necessary\b|to\s+pass\b|"
                             r"to\s+win\b|more\s+than\s+needed\b)", re.I)
THRESHOLD_BEFORE = re.compile(r"\b(?:majority\s+of|threshold\s+of|minimum\s+of|quorum\s+of|short\s+(?:by|of))\s*$"
                              r"|\b(?:fell|falling|falls|was|were)\s+(?:just\s+|only\s+)?$", re.I)
# "4 of the 10 ASEAN members abstained", "of the Arab states, 3 voted no", "Among EU members, 5 abstained": a group's
# share, not the Assembly's count (the whole membership, "of the 193 member states", is at least 150)
SUBGROUP_BEFORE = re.compile(r"\b(?i:of|among|within)\s+(?:the\s+|its\s+|their\s+)?(?:\d{1,3}\s+)?(?:[A-Z][\w.-]*\s+)+"
                             r"(?:member\s+)?(?i:states|countries|nations|members|group|bloc|delegations)\b[^.;]{0,30}$")
SUBGROUP_IN = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?(?P<t>\d{1,3})\s", re.I)
# "4 Arab states" (a group's share), not "141 UN members", "141 U.N. member states", "150 UNGA members" (the Assembly's count)
QUALIFIED_NOUN = re.compile(r"\s+(?!(?:UNGA|UN|U\.N\.|United\s+Nations|General\s+Assembly|Assembly|Member)\s+(?:member\s+)?"
                            r"(?:countries|states|nations|members)\b)"
                            r"(?:[A-Z][\w.-]*\s+){1,3}(?:countries|states|nations|members|governments)\b")
# "65 states voted no, abstained or did not vote", "65 did not vote yes": more than one field, or the negation of one
# (after a comma, an "or" must follow: "with 28 abstentions, in favour of the resolution" is no aggregate)
_FIELD_AFTER = (r"(?:(?:voted\s+)?(?:against|no|yes|for|in\s+favou?r)|abstain\w*|did\s+not\s+vote|were\s+absent|absent"
                r"|not\s+voting|stayed\s+away)\b")
AGGREGATE_AFTER = re.compile(r"\s*(?:\s+or\s+|\s+and/or\s+)" + _FIELD_AFTER + r"|\s*,\s*" + _FIELD_AFTER + r"[^.;]{0,40}?\bor\b",
                             re.I)
NEGATED = re.compile(r"\s+(?:yes|in\s+favou?r|for\s+(?:it|the)|against|no)\b", re.I)  # "65 did not vote yes"


def subgroup_before(before: str) -> bool:
    """The text before a number names a group of states other than the whole membership ("of the Arab states,")."""
    match = SUBGROUP_BEFORE.search(before)
    if not match:
        return False
    group = match.group(0)
    if re.search(r"United\s+Nations\s*$", group[:group.rfind("ations") + 6] if "ations" in group else ""):
        return False  # "the General Assembly of the United Nations ratified today with …"
    total = re.search(r"\d{1,3}", group)
    return not (total and int(total.group(0)) >= 150) and not re.search(
        r"\b(?:UN|UNGA|U\.N\.|United\s+Nations|General\s+Assembly|Assembly|Member)\s+(?:member\s+)?(?i:states|countries|nations"
        r"|members)", group)


GROUP_BEFORE = re.compile(r"\b(?:among|of|in|within|from)\s+(?:the\s+|its\s+|their\s+)?[\w\s'’-]{0,40}?"
                          r"(?:group|bloc|region|members|states|countries|nations|delegations|neighbou?rs)\b[^.;]{0,60}$", re.I)


# "adopted by the overwhelming majority of 52 votes to 5", "approved by a simple majority of 84 votes": the result
WON_BY_MAJORITY = re.compile(r"\b(?:adopted|approved|passed|carried)\b[^.;:]{0,60}?\b(?:by|with)\s+(?:a|an|the)\s+"
                             r"(?:[\w-]+\s+)?majority\s+of\s*$", re.I)


# "by a majority of 144 states in favour", "with a significant majority of 116 member states voting in favour": the size
# of the side that carried the vote, said by its own label after the number (a threshold is "needed" or "required", and
# "a majority of 193 members voted for it" is a share: a finite verb, not the side's label)
MAJORITY_SIDE = re.compile(r"\s+(?:(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members|member\s+states)\s+)?"
                           r"(?:voting\s+)?in\s+favou?r\b(?!\s*(?:was|is|were|are)?\s*(?:needed|required|necessary))"
                           r"|\s+(?:(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members|member\s+states)\s+)?"
                           r"voting\s+(?:for|yes)\b", re.I)
UNMET = re.compile(r"\b(?:need\w*|requir\w*|short|fell|fail\w*|must|would|could|will|target\w*|threshold|hop\w*)\b", re.I)


def majority_side(sentence: str, number_at: int, number_end: int) -> bool:
    """The number after "a majority of" is the count of the side that carried the vote: its label follows it, and the
    words before it speak of no threshold to meet."""
    before = sentence[max(0, number_at - 80):number_at]
    return bool(re.search(r"\bmajority\s+of\s*$", before, re.I) and MAJORITY_SIDE.match(sentence, number_end)
                and not UNMET.search(before))


# "adopted by a majority of 68 members with 13 opposing": the rest of the tally follows the majority's states
OTHERS_AFTER = re.compile(r"\s+(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members)\s*,?\s+with\s+\d{1,3}\b", re.I)


def majority_in(sentence: str, match: re.Match) -> bool:
    """The number of a span that reads as a share of the membership ("a majority of 144 states") is the side's count
    ("… in favour"), or the majority that adopted the text, the other sides counted after it."""
    number = re.search(r"\d{2,3}", match.group(0))
    if number is None:
        return False
    at, end = match.start() + number.start(), match.start() + number.end()
    return majority_side(sentence, at, end) or bool(WON_BY_MAJORITY.search(sentence[:at]) and OTHERS_AFTER.match(sentence, end))


# "four more countries voted in favour", "two fewer states abstained": a change from another vote, not a count
MORE_OR_FEWER_AFTER = re.compile(r"\s+(?:more|fewer|additional|extra)\s+(?:U\.?N\.?\s+)?(?:member\s+)?"
                              r"(?:votes?|countries|states|nations|members|delegations|governments)\b", re.I)

# "an additional ten states voted in favour": the same change, its word before the number
ADDITIONAL_BEFORE = re.compile(r"\ban?\s+(?:additional|extra)\s+$", re.I)

# "spearheaded by A and B … and backed by 70 countries", "drafted by A and supported by 94 other states": support joined
# to the text's named authors by "and" is co-sponsorship, not the vote ("co-sponsored by 90 nations and supported by
# 111" counts the sponsors apart: the 111 is the vote)
SPONSORS_BEFORE = re.compile(r"\b(?:(?:co-?)?sponsored|spearheaded|drafted|tabled|introduced|presented|submitted|proposed"
                             r"|authored|initiated|put\s+forward)\s+by\s+(?!(?:some\s+|about\s+|a\s+total\s+of\s+)?\d)"
                             r"[^.;:\d]{0,120}?\band\s+(?:was\s+|is\s+)?$", re.I)


OFFICIALLY_AFTER = re.compile(r"[^.;()]{0,40}?\(\s*(?:but\s+|though\s+)?(?:officially|formally|on\s+the\s+record)\b", re.I)


# "two of the 5 states that voted against": the states said are a share of the side, and the definite description the
# whole side (its number is the count, not a group's size)
SHARE_OF = re.compile(r"\b\d{1,3}\s+of\s+$")
# "A and B — one against, one abstaining — split", "one voted against and the other abstained": the named states'
# votes shared out between them, not a count of the Assembly's vote
_SIDE = r"(?:[a-z]+\s+){0,2}?(?:against|in\s+favou?r|abstaining|abstained)\b[^.;\d]{0,20}?(?:,|;|\band\b)\s*"
SPLIT_AFTER = re.compile(r"\s*" + _SIDE + r"(?:and\s+)?(?:1|one|the\s+other)\s", re.I)
SPLIT_BEFORE = re.compile(r"\b(?:1|one)\s+" + _SIDE + r"(?:and\s+)?$", re.I)


def not_a_count(sentence: str, match: re.Match) -> str | None:
    """Why a vote number is no count of the whole Assembly's vote (a threshold, a subgroup's share, an aggregate of
    fields, the votes of two named states shared out), or None."""
    before = sentence[max(0, match.start() - 80):match.start()]
    after = sentence[match.end():match.end() + 60]
    one = re.match(r"\D*?\b(1|one)\b", match.group(0), re.I)
    if one and len(mentions(before)) >= 2 and (SPLIT_AFTER.match(sentence, match.start() + one.end())
                                              or SPLIT_BEFORE.search(before + match.group(0)[:one.start(1)])):
        return "split"
    if THRESHOLD_BEFORE.search(before) and THRESHOLD_AFTER.match(sentence, match.end()) \
            or re.search(r"\b(?:majority|threshold|quorum|minimum)\s+of\s*$", before, re.I) \
            and not WON_BY_MAJORITY.search(sentence[:match.start()]) \
            and not (match["labelled"] and majority_side(sentence, match.start("n"), match.end("n"))) \
            or THRESHOLD_AFTER.match(after):
        return "threshold"
    if (match["sole"] or match["only"]) and (subgroup_before(before) or GROUP_BEFORE.search(before)):
        return "subgroup"  # "Among the Arab states, A cast the sole negative vote"
    if match["support"] and SPONSORS_BEFORE.search(sentence, max(0, match.start() - 160), match.start()):
        return "sponsors"
    if match["labelled"] or match["support"] or match["agents"] or match["definite"]:
        number = next(g for g in ("n", "s", "ag", "dn") if match[g])
        number_at = match.start(number)
        if OFFICIALLY_AFTER.match(sentence, match.end()):
            return "corrected"  # "63 voted in favour (officially 62, one vote being miscast)": the text's own correction
        if (MORE_OR_FEWER_AFTER.match(sentence, match.end(number)) or ADDITIONAL_BEFORE.search(sentence, 0, number_at)) \
                and not re.search(r"\band\s*$", sentence[:number_at], re.I):
            return "difference"  # "four more countries voted in favour this year", not "China and 64 more abstained"
        # "4 of the 10 ASEAN members", "the support of 6 of the 10 …", not the "of" of "the support of 111"
        total = SUBGROUP_IN.search(sentence[:match.end() + 25], number_at)
        if total and int(total["t"]) < 150 or subgroup_before(before) \
                or QUALIFIED_NOUN.match(sentence, match.end(number) if number != "s" else match.end()) \
                or _after_a_subgroup(sentence, number_at) or not_the_votes_count(sentence, number_at, match.end(number)) \
                and not (match["definite"] and SHARE_OF.search(sentence, 0, match.start())):
            return "subgroup"
        negated = match["label"] and re.match(r"(?:did not|didn't) vote|not voting", match["label"], re.I)
        if AGGREGATE_AFTER.match(after) or negated and NEGATED.match(after):
            return "aggregate"
    return None


# "Fifteen African countries abstained and 28 supported", "11 Caribbean nations voted yes, with one country, A, voting
# against": a bare number joined to a group's count is the group's too
SUBGROUP_THEN = re.compile(r"(?<![\d,.])\d{1,3}" + QUALIFIED_NOUN.pattern + r"[^.;:]{0,80}?\b(?:and|while|whereas|with)\s+$")


def _after_a_subgroup(sentence: str, at: int) -> bool:
    return not re.match(r"\d+\s+(?:other\s+)?(?:countries|states|nations|members)\b", sentence[at:], re.I) \
        and bool(SUBGROUP_THEN.search(sentence[max(0, at - 140):at]))


# "of the EU's 27 member states", "ASEAN's ten members", "the bloc's eight other members", "24 of the 27": a group's
# size or a share of it, or a number taken out of one
GROUP_SIZE_BEFORE = re.compile(r"(?:\b(?!(?:Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                               r"|Assembly|Year)\b)(?-i:[A-Z])[\w.&-]*['’]s?|\b\d{1,3}\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
                               r"|\b(?i:the|its|their)\s+(?i:grouping|bloc|group|alliance|union|caucus|club)['’]s?)\s*$")
_NOT_A_KIND = (r"(?:vot\w*|abstain\w*|abstention\w*|yes|no|ayes?|nays?|among|including|such|mostly|mainly|largely|as|while|but|out"
               r"|in|for|against|favou?r|of|the|to|and|or|with|by|were|was|are|had|have|has|did|not|also"
               r"|all|only|just|from|on|at|that|which|who|backed|supported|opposed|rejected|endorsed)\b")
# "A and B were two of 11 states that voted against": after a copula, the larger number is the side the relative
# clause gives (not "24 of the EU's 27 voted for", a group's share)
SHARE_OF_THE_SIDE = re.compile(r"\b(?:were|was|are|is)\s+(?:just\s+|only\s+)?\d{1,3}\s+of\s+(?:the\s+)?$", re.I)
SIDE_CLAUSE = re.compile(r"\s+(?:other\s+)?(?:countries|states|nations|members|member\s+states)\s+(?:that|which|who)\s+", re.I)
# "two nuclear powers", "five permanent members", "three Pacific island states": a kind of state, not the vote's side
# ("35 mostly African countries" is the side, said with what most of it is)
KIND_OF_STATE = re.compile(r"\s+(?:other\s+)?(?!(?:mostly|mainly|largely|chiefly|predominantly|other|more|UNGA|UN|U\.N\.|United|General|Assembly|member"
                           r"|voting|participating|countries|states|nations|members|votes)(?![\w.]))(?:(?!" + _NOT_A_KIND + r")[\w.-]+\s+){1,3}?"
                           r"(?:powers|countries|states|nations|members|governments|allies|neighbou?rs|democracies|monarchies"
                           r"|republics|partners|economies)\b", re.I)
# "Of the ten members of ASEAN who took part, only four abstained", "Among the 27 EU states, …": the sentence opens
# with the group its numbers are taken from
OPENED_BY_A_GROUP = re.compile(r"^\W*(?:Of|Among|Within)\s+(?:the\s+|its\s+|their\s+)?(?P<group>[^,;:]{3,200}?),", re.I)


# "lower than the 164 countries that approved it at the conference": a determiner after "than" makes the number
# another quantity the vote is compared with, not the vote's count ("more than 100 voted" is a bound: OP_BEFORE)
COMPARED_WITH = re.compile(r"\bthan\s+(?:the|its|their|a|an|those|that|last\s+year['’]s)\s+$", re.I)


# "Three countries supported it for the first time", "four states switched to yes": the count may be of the states
# that changed, not of a side; such a count is judged when it agrees, never called false (doubt.doubt)
CHANGERS = re.compile(r"\b(?:for\s+the\s+first\s+time|newly|switch(?:ed|ing)|chang(?:ed|ing)\s+(?:(?:its|their)\s+)?"
                      r"(?:votes?|sides?|positions?)|moved\s+from)\b"
                      # "five states which supported the resolution last year abstained this time"
                      r"|\b(?:which|that|who)\s+(?:had\s+)?(?:supported|opposed|backed|rejected|abstained|voted)\b[^,.;]{0,60}?"
                      r"\b(?:last|the\s+previous)\s+(?:year|time|session)\b", re.I)
CHANGERS_NOTE = "the sentence speaks of states changing their vote: its count may be of those states, not of a side"


# "As well as Russia, four countries rejected it", "Besides the US, 13 states voted no": a count said beside states
# named apart may leave them out (4 and Russia are the vote's 5)
BESIDE_NAMED = re.compile(r"\b(?:as\s+well\s+as|besides|in\s+addition\s+to|apart\s+from|aside\s+from|other\s+than"
                          r"|along\s+with|alongside|together\s+with)\s+(?P<named>[^,;:.]{2,80}),", re.I)


def not_the_votes_count(sentence: str, at: int, end: int) -> bool:
    """The number at `at` counts something other than the Assembly's vote: a group of states, or the quantity a
    comparison measures the vote against."""
    return part_of_a_group(sentence, at, end) or bool(COMPARED_WITH.search(sentence, 0, at))


def part_of_a_group(sentence: str, at: int, end: int) -> bool:
    """The number at `at` counts a group of states, not the Assembly's vote: a group's size or a share of one ("24 of
    the EU's 27"), a kind of state ("two nuclear powers"), a sentence that opens with the group ("Of the ten members
    of ASEAN …, only four abstained")."""
    if GROUP_SIZE_BEFORE.search(sentence, 0, at) and not re.search(
            r"(?:UN|UNGA|U\.N\.|United\s+Nations|Assembly|Organi[sz]ation)['’]s?\s*$", sentence[:at]) \
            and not (SHARE_OF_THE_SIDE.search(sentence, 0, at) and SIDE_CLAUSE.match(sentence, end)) \
            or KIND_OF_STATE.match(sentence, end) or regions.counted_in_a_region(sentence, at, end):
        return True
    opened = OPENED_BY_A_GROUP.match(sentence)
    if opened is None or opened.end() > at:
        return False
    group = opened["group"]
    size = re.search(r"\b\d{1,3}\b", group)
    named = re.search(r"(?-i:[A-Z])", group) and not re.search(r"\b(?:UN|U\.N\.|United\s+Nations|General\s+Assembly)\b", group)
    return bool(re.search(r"\b(?:states|countries|nations|members|group|bloc)\b", group, re.I)) and (
        bool(size) and int(size.group(0)) < 150 or not size and bool(named))


# the same group's share in the languages `languages` reads: "entre los países del grupo de no alineados, 56 países
# votaron a favor", "parmi les membres de l'UE, 5 se sont abstenus", "unter den EU-Staaten enthielten sich 5" (a
# number of states within the group after "among the …"; the whole membership, 150 or more or the UN's, is no group)
AMONG_GROUP = {
    "es": r"entre\s+(?:los|las|sus)", "pt": r"(?:entre|dentre)\s+(?:os|as|seus|suas)", "fr": r"parmi\s+(?:les|ses|leurs)",
    "it": r"(?:tra|fra)\s+(?:i|gli|le|i\s+suoi)", "de": r"unter\s+(?:den|seinen|ihren)", "nl": r"(?:onder|van)\s+de",
}
GROUP_NOUN = (r"(?:países|estados|naciones|nações|miembros|membros|socios|grupo|bloque|bloco|delegaciones|delegações|pays"
              r"|États|nations|membres|groupe|bloc|délégations|paesi|stati|nazioni|membri|gruppo|blocco|delegazioni|Ländern"
              r"|Staaten|Nationen|Mitgliedern|Mitgliedstaaten|Mitgliedsstaaten|Gruppe|Block|Delegationen|landen|staten"
              r"|lidstaten|leden|groep|blok)")
WHOLE_MEMBERSHIP = re.compile(r"\b(?:ONU|UNO|VN|Naciones\s+Unidas|Nações\s+Unidas|Nations\s+unies|Vereinten\s+Nationen"
                              r"|Nazioni\s+Unite|Verenigde\s+Naties|Asamblea|Assembleia|Assemblée|Generalversammlung"
                              r"|Vollversammlung|Assemblea|Algemene\s+Vergadering)\b", re.I)


def group_shares_masked(sentence: str, lang: str) -> str:
    """The sentence with each number that counts states within a group named after "among the …" blanked out."""
    pattern = re.compile(r"(?<!\w)(?:" + AMONG_GROUP.get(lang, "(?!)") + r")\s+(?:(?P<total>\d{1,3})\s+)?(?P<group>[^.;:\d]{0,60}?"
                         r"(?<!\w)" + GROUP_NOUN + r"(?!\w)[^.;:\d]{0,40}?)(?P<n>\d{1,3})(?![\d.,]*\d)", re.I)
    out = sentence
    for m in pattern.finditer(sentence):
        if (m["total"] and int(m["total"]) >= 150) or WHOLE_MEMBERSHIP.search(m["group"]):
            continue  # "entre los 193 miembros, 141 votaron a favor": the Assembly's count
        out = out[:m.start("n")] + "#" * len(m["n"]) + out[m.end("n"):]
    return out
