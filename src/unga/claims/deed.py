"""A vote said to be against (or for) a deed rather than a text: "128 countries voted against the leader's decision",
"Mexico voted against the blockade". The resolution usually condemns the deed, so "against" it is most often a yes
on the text, but the record holds no reading of what a resolution does: the claim's side on the roll call is not
known, and it is never judged (issue 9, holdout6: a count of states against a decision read as that many no votes).
"""

from __future__ import annotations

import re

from unga.claims import digits

# what a resolution condemns or calls to end: an act, a policy, a state of affairs — never the text voted on
DEED = (r"decisions?|annexation|blockade|embargo|occupation|invasion|aggression|recognition|move|attacks?|offensive|war"
        r"|sanctions|polic(?:y|ies)|plans?|actions|coup|incursions?|intervention|settlements?|wall|barrier|deployment"
        r"|tests?|testing|bombings?|strikes|killings?|abuses|violations|crackdown|persecution|apartheid|regime"
        r"|siege|takeover|seizure|withdrawal|expulsion|executions?|detention|relocation|transfer|referendum"
        r"|country|nation|government")  # "116 countries voted against the country": a side on a state
# the text voted on, or a pronoun standing for it: "against it", "against the draft", "against the measure"
TEXT_WORD = (r"resolutions?|drafts?|texts?|motions?|amendments?|proposals?|measures?|bill|document|it|them|this|that"
             r"|calls?|demands?|appeals?")
# "the embargo resolution", "the sanctions draft": the deed names the text
NOUN_OF_TEXT = r"resolutions?|drafts?|texts?|motions?|amendments?|proposals?|measures?|bill|vote"
# the words between the vote word and the deed: articles, possessives, names and adjectives; not a verb in -ing
# ("in favour of ending the embargo" is the text's own aim) and not the text itself ("against the resolution on the
# annexation")
# the text's aim named as a noun before the deed ("against the end of the embargo", "against U.N. condemnation of the
# embargo", "for the lifting of the sanctions"): a side on the text, as "against ending the embargo" is
AIM = r"end|lifting|removal|condemnation|repeal|cessation|termination|suspension|reversal"
FILLER = r"(?:(?!(?:" + TEXT_WORD + r"|" + AIM + r")\b)(?!(?!ongoing\b)\w+ing\b)[\w.’'-]+\s+){0,4}?"
AGAINST = r"voted\s+against|votes?\s+against|voting\s+against|against|opposed|opposing|oppose|rejected|rejecting"
FOR = r"voted\s+for|voting\s+for|in\s+favou?r\s+of|supported|supporting|backed|backing|endorsed"
SIDE_ON_DEED = re.compile(r"\b(?:(?P<no>" + AGAINST + r")|(?P<yes>" + FOR + r"))\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                          + FILLER + r"(?P<deed>" + DEED + r")\b(?!\s+(?:" + NOUN_OF_TEXT + r")\b)", re.I)
ANY_SIDE = re.compile(r"\b(?:" + AGAINST + r"|" + FOR + r"|in\s+favou?r|abstain\w*|abstention\w*|did\s+not\s+vote)\b",
                      re.I)
NOTE = ("a vote {side} the {deed}, not {side} a text: which side of the roll call that is needs what the resolution "
        "does, which the record does not hold")


def _anchor(claim, text: str) -> int | None:
    """Where the claim's own words begin in its sentence: the number of a count, the state of a position."""
    if claim.kind == "count":
        found = re.search(rf"(?<![\d.,]){claim.asserted['value']}(?![\d.,]?\d)", text)
        return found.start() if found else None
    if claim.kind == "position" and claim.name:
        at = text.find(claim.name)
        return at if at >= 0 else None
    return None


def side_on_deed(claim) -> str | None:
    """Why a count or position is about a deed, not the text voted on, or None. The vote word that follows the
    claim's own number or state (within its clause) must take the deed as its object."""
    if claim.kind == "tally":
        return _tally_on_deed(claim)
    if claim.kind not in ("count", "position"):
        return None
    side = claim.asserted.get("field") if claim.kind == "count" else claim.asserted.get("vote")
    if side not in ("yes", "no"):
        return None
    text = digits.in_digits(claim.text)
    at = _anchor(claim, text)
    if at is None:
        return None
    word = ANY_SIDE.search(text, at)
    if word is None or re.search(r"[;.]", text[at:word.start()]):
        return None
    found = SIDE_ON_DEED.match(text, word.start())
    if found is None or (side == "no") != bool(found["no"]):
        return None
    # "against the move to upgrade its status", "against the decision to suspend it": the text's own aim, unless
    # someone's ("the leader's decision to move the embassy")
    if re.match(r"\s+to\s+[a-z]", text[found.end():]) and not re.search(r"\w[’']s\b", found.group(0)):
        return None
    return NOTE.format(side="against" if found["no"] else "for", deed=found["deed"].lower())


# a number, then a few words ("187 countries voting", "three states"), then a side taken on a deed
COUNTED_SIDE = re.compile(r"(?<![\d,.])\d{1,3}\s+(?:[\w.’'-]+\s+){0,3}?$")  # a count of states, not a year


def _tally_on_deed(claim) -> str | None:
    """A tally one of whose numbers is a count of states for or against a deed ("187 countries voting against the
    blockade, three for, and two abstentions"): its other sides are the deed's too, so none is read as the text's."""
    text = digits.in_digits(claim.text)
    for found in SIDE_ON_DEED.finditer(text):
        if COUNTED_SIDE.search(text[max(0, found.start() - 60):found.start()]):
            return NOTE.format(side="against" if found["no"] else "for", deed=found["deed"].lower())
    return None
