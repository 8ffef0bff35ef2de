"""Numbers as reporters write them: words to digits, and the labelled numbers of a vote grouped into tallies.

Numbers in words are digits first (`digits.in_digits`). `tallies` finds the
vote numbers of a sentence — "141 in favour, 5 against and 35 abstentions", "by 93 votes to 24, with 58
abstentions", "182-4, with 1 abstention", "35 -- including X and Y -- voted against", "100 against, 35 in
favor" — and groups them, in order, into one group per vote: a number for a field the current group already
has, or a new "N to M", starts the next group ("182-4 … than last year's 179-4").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unga.claims import bounds, phrases
from unga.claims.calendar_words import MONTH_OR_ABBREVIATION, PREFIXES
from unga.claims.cues import DENIED_PASSIVE
from unga.claims.digits import in_digits
from unga.claims.headed import LABEL as HEADING_LABEL, label_vote
from unga.claims.names import mentions
from unga.claims.not_counts import not_a_count

N = r"(?P<{}>\d{{1,3}})(?![\d,.]?\d)"
# "143 – 4 (A, B, C, D) – 11", "38 votes (including A) to 6": the states a number lists, inside a tally
LISTED = r"(?:\s*\([^()\d]{1,200}\))?"
# "48-50-(US)-33": a cable's state mark after the dash that follows its number
DASHED_LISTED = r"(?:\s*[-–—]?\s*\([^()\d]{1,200}\))?"
MONTHS_RE = PREFIXES
# "In favor, 88; against, 4; abstentions, 57": the label first, read only when a sentence has two or more of them
# a roll-call summary "No: 9; Yes: 138; Abstained: 41": these labels only before a colon
# "Yes - 151, No - 2, Abstain - 20": a spaced dash after the label does as a colon; "in favor 76, opposed 35, abstention
# 17", "In favour 72, Against 10, Abstaining 43": labels before numbers, read only when two or more are in the sentence
COLON_LABELS = r"(?:yes|no|ayes?|nays?|affirmative|negative|abstained|abstaining|abstain)(?=\s*:|\s+[-–—]\s+\d)"
# "Yes: 120, No: 6, Abstentions: 20, Non-voting: 9": the states present that did not vote are the record's absent
FIRST_LABELS = r"in\s+favou?r|against|opposed|abstentions?|abstaining|absences?|absent|non-voting|not\s+voting|" + COLON_LABELS
# a translated copy's inverted order, the side first at a clause's start: "Against were N", "In favour voted N
# countries", "Abstentions numbered N", "Abstentions totalled N" (read alone, without a second label: the copula says
# the number is the side's count)
COPULA = (r"(?P<cop>\s+(?:(?:it|(?:the|this)\s+(?:resolution|text|draft))\s+)?(?:were|was|voted|numbered|totall?ed"
          r"|stood\s+at|came\s+to|amounted\s+to))"
          r"(?=\s+\d{1,3}(?:\s+(?:countries|states|nations|delegations|members))?\s*(?:[,.;]|and\b|$))")
LABEL_FIRST = re.compile(r"\b(?:" + FIRST_LABELS + r")\s*(?:[,:]|\s[-–—])?\s*\d{1,3}\b", re.I)
# a roll call's heading on a line of its own, with its count, before the list of states: "For (33) - A, B",
# "No - 9:", "Voted yes: (72)", "OPPOSED: 29", or its states in a bracket to the line's end ("Against: 4 (A, B, C, D)")
# (every label a block's heading takes, headed.VOTES_OF_LABELS: "Abstained (45):" as "Abstaining (45)")
HEADING_COUNT = (r"(?P<heading>(?:^|(?<=\n))[ \t]*(?:voted\s+)?(?P<hlabel>" + HEADING_LABEL + r")[ \t]*(?:\(\s*(?P<h1>\d{1,3})\s*\)|[-–—:][ \t]*\(?(?P<h2>\d{1,3})\)?(?![\d.,]?\d))"
                 r"(?=[ \t]*(?:[-–—:]|$|\n)|[ \t]+(?-i:[A-Z])|[ \t]*\([^()\d\n]{3,}\)[ \t]*(?:$|\n)))")
# the body may stand before the noun ("150 UNGA members", "140 U.N. members") or after it, as the place or the membership
# the count is of ("120 countries in the 193-nation assembly", "180 member countries of the organization", "90 countries
# from all regions of the world", "112 states at the General Assembly")
BODY = r"(?:UNGA|U\.?N\.?|United\s+Nations)"
OF_THE_BODY = (r"\s+(?:of|at|in)\s+(?:the\s+)?(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+General\s+Assembly)?|General\s+Assembly)"
               r"|\s+(?:in|of|at)\s+the\s+(?:\d{2,3}[-\s](?:nation|member|country|strong)\s+)?(?:" + BODY + r"\s+)?"
               r"(?:General\s+Assembly|[Aa]ssembly|body|organi[sz]ation|world\s+body)\b"
               r"|\s+from\s+all\s+(?:regions|parts|corners)\s+of\s+the\s+(?:world|globe)")
NOUN = r"(?:(?:other\s+|more\s+)?(?:" + BODY + r"\s+)?(?:member\s+)?(?:votes?|countries|states|nations|members|member states|delegations|delegates|governments|others|(?<=\b1\s)(?:country|state|nation|member(?:\s+state)?|delegation|government))" \
       r"(?:" + OF_THE_BODY + r")?)"
LABEL = {"in favour": "yes", "in favor": "yes", "for": "yes", "yes": "yes", "against": "no", "no": "no",
         "opposed": "no", "abstentions": "abstain", "abstention": "abstain", "abstaining": "abstain",
         "abstained": "abstain", "abstain": "abstain", "abstainers": "abstain", "absent": "absent", "absentees": "absent",
         "did not vote": "absent", "not present": "absent", "didn't vote": "absent", "skipped": "absent", "backed": "yes",
         "supported": "yes", "endorsed": "yes", "approved": "yes", "in": "yes", "to": "yes", "supporting": "yes", "opposing": "no",
         "favoring": "yes", "favouring": "yes", "approving": "yes", "in opposition": "no",
         "oppose": "no", "back": "yes", "support": "yes", "endorse": "yes", "aye": "yes", "ayes": "yes", "nay": "no", "nays": "no"}
# "116 yes, 20 no, and 53 abstentions", "124 yes, 42 abstentions, 0 no!": a bare "no" after a number is a label only in
# a list of labelled numbers (not "Vol. 188 No. 8"), or before the states it counts, ending its line ("- 6 No (A, B)")
BARE_NO = r"(?<=\d\s)no(?=\s*[,;!]|\.(?!\s*\d)|\s+and\s|\s*$|\s+\([^()\d]{1,300}\)\s*$)"
# "65 countries voted in support", "voted affirmatively", "voted pro / contra", "voted in the negative", "43 voted to abstain", "chose to abstain",
# "83 refrained from voting": the vote in other words (the verb before "to abstain" is the state's own choice; a
# number hoped for or urged is dropped by HOPED)
OTHER_WORDS = (r"in\s+support(?!\s+of\s+(?:the\s+)?(?:sponsors?|co-?sponsors?|draft(?:ing)?\s+group))|affirmatively"
               r"|(?<=voted\s)(?:pro|contra|negatively|in\s+the\s+(?:negative|affirmative))\b|(?:(?:voted|opted|chose|decided|preferred|elected|choosing|opting|deciding)\s+)to\s+abstain"
               r"|refrained\s+from\s+(?:voting|the\s+vote)")


def other_words(label: str) -> str | None:
    """The field of a vote said in other words, or None."""
    word = label.lower()
    if "abstain" in word or word.startswith("refrained"):
        return "abstain"
    if "contra" in word or "negativ" in word:
        return "no"
    return "yes" if "support" in word or "affirm" in word or "positiv" in word or word == "pro" or "favo" in word else None


_LABELS = (r"in favou?r|in\s+its\s+favou?r|in\s+opposition|for(?!\s+(?:the\s+)?(?:first|second|\d))|yes|against|no(?=\s+votes?)|(?:negative|affirmative|favou?rable|positive|contrary)(?=\s+(?:votes?|ballots?)\b)|" + BARE_NO + r"|(?<=voted\s)no\b|(?<=voted\s)yes\b|(?<=voted\s[\"“‘'])(?:no|yes)\b|(?<=voted\s\s)(?:no|yes)\b|(?<=[\"“‘'])(?:no|yes)(?=[\"”’']\s+votes?)|opposed|oppose|ayes?|nays?|abstentions?|abstaining"
           r"|abstained|abstain|abstainers|absentees|(?:were\s+)?absent(?:\s+or\s+not\s+voting)?|absences?|(?:were\s+)?not\s+present|did not (?:even\s+)?vote|didn't (?:even\s+)?vote"
           r"|did not (?:indicate any position|take part|show up)|(?<=voted )to(?=\s+(?:adopt|approve|pass|repeal|revoke|condemn|demand|back|support|endorse|admit|suspend)\b)|not voting|skipped|backed|supported|endorsed|approved(?=\s+(?:it|the|this|that)\b)|in(?=\s+(?:and|,))"
           # a headline's present tense: "141 nations back UN resolution on …"
           r"|(?:back|support|endorse)(?=\s+(?:(?:the\s+)?(?:UN|U\.N\.|UNGA|(?:UN\s+)?General\s+Assembly)\s+)?(?:resolution|text|draft|motion|measure)\b)"
           r"|(?<=\s)(?:supporting|opposing|favou?ring|approving)(?=\s+(?:it|the|a|this|that)\b|\s*,|\s+and\s|\s*\()|" + OTHER_WORDS)
# "Three countries A, B and C voted against": the list right after the noun, with no comma, ended by "and" and a
# name before the vote verb
BARE_LIST = (r"\s+(?:the\s+)?(?-i:[A-Z])[^.;:()\d,]{0,40}(?:,\s*(?:the\s+)?(?-i:[A-Z])[^.;:()\d,]{0,40})*\s+and\s+(?:the\s+)?(?-i:[A-Z])[^.;:()\d,]{0,40}?"
             r"(?=\s+(?:voted|opposed|abstained)\b)")
ASIDE = r"(?:\s*\(\s*[+\-−–]\s*\d{1,3}\s*\)|\s+in\s+(?:total|all)\s*(?:--|—|–|,)|\s*(?:--|—|–|,|\(|\s-(?=\s))\s*(?:including|among them|among which|such as|led by|mostly|mainly|largely|chiefly)\b[^.;()]{0,160}?(?:--|—|–|,|\)|\s-(?=\s))" \
        r"|,?\s+(?:including|such\s+as)\s+(?:the\s+)?(?-i:[A-Z])[^.;:()\d]{0,80}?(?=\s+(?:did\s+not|didn't|were|voted|abstained|opposed|backed|supported|voting|abstaining|opposing|supporting)\b)" \
        r"|\s*[–—-]\s*\([^.;()\d]{1,200}\)\s*[–—-](?=\s*[a-z])|\s*(?:--|—|–)\s*[^.;()–—]{1,160}?(?:--|—|–)|\s-\s(?:[^.;()\d–—-]|-(?=\S)){1,160}?\s-(?=\s)|\s*\([^.;()\d]{1,200}\)|(?:(?<=\b1\scountry)|(?<=\b1\snation))\s*,\s*(?-i:[A-Z])[^.;:,()\d]{1,40}," \
        r"|(?:(?<=countries)|(?<=nations)|(?<=states))\s*,\s*(?-i:[A-Z])[^.;:()\d]{1,160}?,(?=\s*(?:voted|opposed|abstained)\b)" \
        r"|(?:(?<=countries)|(?<=nations)|(?<=states))" + BARE_LIST + r")?"  # "N (-5) states voted against": the change since the last vote (earlier.py reads it); "seven countries (A, B, …) were absent", "five states - A, B - voted no" (spaced hyphens around no number: "13 - against, 74 - abstained" is two labels)
# ("Three countries, A, B and C, opposed it": the states between commas, when a vote verb follows them; "member states
# – 138 in total – had voted yes": the number's own aside closing the dashes)
# "with the overwhelming support of 122 countries", "won the broad backing of 140": how the support is said (not "the
# lack of support of", "the hoped-for support")
SUPPORT_SAID = r"(?:(?!(?:lack|absence|loss|withdrawal|need|hope[ds]?|hoped-for|expected|promised|prospect|possible)\b)[a-z][\w-]*\s+)?"
# "opposed by only 5 states", "the support of an overwhelming 141 member states", "backed by a total of 120": a word
# between the agent's preposition and its number that says how many, not whether
COUNT_MODIFIER = (r"(?:(?:only|just|some|a\s+total\s+of|as\s+many\s+as|(?:a|an)\s+(?:overwhelming|whopping|mere|resounding"
                  r"|massive|total\s+of))\s+)?")
# "128 members voted on Thursday for", "119 other countries on Friday voted in favour": the day between count and vote
DAY = r"(?:,?\s+(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+night)?,?|\s+yesterday|\s+today|\s+(?:last|this)\s+(?:night|morning|afternoon|evening))?"
# "Kenya joins 142 other countries to vote in favour" (not "urged 100 countries to vote": only after "N other …")
OTHERS_TO_VOTE = r"(?:(?<=other countries )|(?<=other states )|(?<=other nations )|(?<=other members ))to\s+vote"
# "153 of the 193 member states", "153 of the UN member states", "… of the UN's member states": the membership counted
FILLER = r"(?:\s+other(?=\s+[\"“‘']?(?:no|yes)\b))?(?:\s+(?:of the (?:\d{1,3}\s+(?:[\w.-]+\s+){0,3}?|(?:UN|U\.N\.|United\s+Nations)['’]s\s+" \
         r"|(?=(?:UN|U\.N\.|United\s+Nations)\s+member\b)))?" + NOUN + r")?(?:\s+(?:were|are|had|have|has|all|also|then|only))*" \
         + DAY + r"(?:(?:\s+|(?<=[–—]))(?:in\s+)?(?:voted|voting|vote|cast\s+votes?|cast)|\s+" + OTHERS_TO_VOTE + r")?" + DAY + r"\s*[-–—:]?\s*[\"“‘']?"
# a side counted in states, not a group's share ("opposition from seven members of the Pacific Islands Forum")
_STATES = r"(?:other\s+)?(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members|delegations|governments)\b(?!\s+(?:of|in|from)\b)"
# "A cast its lone no vote": the state's one vote, not the vote's only no (the sole readings below)
_NOT_ITS = "".join(rf"(?<!\b{owner}\s{word}\s)" for owner in ("its", "their") for word in ("sole", "only", "lone", "single"))
TOKEN = re.compile(
    r"(?P<triple>(?<![\d/.,:–-])\b\d{1,3}" + DASHED_LISTED + r"\s*[-–—]\s*\d{1,3}" + DASHED_LISTED + r"\s*[-–—]\s*\d{1,3}\b(?!\s*[-–—/]?\s*\d))"
    r"|(?P<pair>(?<![\d/.,:–-])\b" + N.format("a") + r"\s*(?:votes?\s+)?" + LISTED + r"\s*(?:in favou?r\s+)?(?:to|[-–—]to[-–—]|[-–—]|against(?=\s+\d))\s*" + N.format("b")
    + r"(?:\s+against)?(?!\s*[-–—/]\s*\d)(?!\s*(?:percent|per cent|%|p\.\s?m|a\.\s?m|years?|months?|days?)))"
    r"|(?P<only>\b(?:the\s+)?only\s+(?:(?P<on>\d{1,3})\s+)?(?:other\s+)?(?P<onoun>countries|country|states|state|nations|nation"
    r"|members?|member\s+states?|delegations?)(?:\s+of\s+the\s+(?:UN\s+|U\.N\.\s+)?General\s+Assembly)?\s+(?:(?:that|which|who)\s+)?"
    r"(?:to\s+vote\s+|voted\s+|voting\s+|to\s+)?(?P<olabel>against|no|oppose[sd]?|opposing|in\s+opposition|abstain(?:ed|ing)?)\b)"
    r"|(?P<labelled>(?<![\d/.,])\b" + N.format("n") + r"(?:\s+" + NOUN + r"(?=\s*[,(–—-]|\s+(?:including|such\s+as)\s|" + BARE_LIST + r"))?" + ASIDE + FILLER + r"(?P<label>" + _LABELS + r")\b)"
    r"|" + HEADING_COUNT +
    r"|(?P<lf>\b(?P<lflabel>" + FIRST_LABELS + r")\s*(?:[,:]|\s[-–—]|" + COPULA + r")?\s*" + N.format("f")
    + r"(?!\s*[-–—/]\s*\d)(?!\s+(?:" + MONTHS_RE + r"))(?![.,]?\d|\s*(?:times|resolutions?|texts?|drafts?|of\b|per|%)))"
    # the translated "(For) the resolution voted N countries": the number after the verb, the text before it
    r"|(?P<fronted>(?:(?<=\bresolution\s)|(?<=\btext\s)|(?<=\bdraft\s))voted\s+" + N.format("fv") + r"(?=\s+(?:countries|states|nations|delegations)\b))"
    # (a headline's present tense too: "UN Assembly backs resolution on … by 187 votes")
    r"|(?P<won>\b(?:(?:adopted|passed|approved|carried|adopts|passes|approves|backs|endorses)\b[^.;:]{0,80}?\b(?:with|by)\s+"
    r"(?:(?P<maj>(?:a|an)\s+(?:[\w-]+\s+)?majority\s+of\s+)|the\s+(?:[\w-]+\s+)?majority\s+of\s+)?"
    r"|(?:adopted|passed|approved|carried|won|received|garnered|drew|gained|secured|obtained)\s+(?:with\s+|by\s+)?)"
    # "approved by a strong majority of 164 member states, with eight voting against" (or "… 68 members with 13
    # opposing"): the states of the majority
    r"(?:only\s+|just\s+)?" + N.format("w") + r"\s+(?:votes?\b|(?(maj)(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations"
    r"|members)\b(?=\s*[,.;]|\s+with\s+\d)"
    # "approved … on 10 December 1948, by 48 nations with eight abstentions": the states, when the other side follows
    r"|(?:countries|states|nations|members)\b(?=\s+with\s+\d{1,3}\s+(?:abstentions?|votes?\s+against|against)\b)))(?!\s*(?:to|against|in\s+favou?r|in\s+opposition|for|from|[-–—]|\()))"
    r"|(?P<support>\b(?:(?P<neg>not\s+(?:\w+\s+){0,2})?(?:with\s+)?the\s+" + SUPPORT_SAID + r"support\s+of|supported\s+by|backed\s+by"
    r"|(?:dr[ae]w|drawing|garner\w*|won|gain\w*|got|receiv\w*)\s+(?:the\s+)?" + SUPPORT_SAID + r"(?:support|backing)\s+(?:of|from)"
    r"|(?:receiv\w*|won|winning|gain\w*|with)\s+(?:the\s+)?approval\s+(?:of|from)"
    # "over opposition from five countries", "with abstentions from 41 countries": the side named by its noun
    r"|(?P<opp>opposed\s+by|rejected\s+by|opposition\s+(?:from|of)(?=\s+\d{1,3}\s+" + _STATES + r"))"
    r"|(?P<abs>abstentions?\s+(?:from|by)(?=\s+\d{1,3}\s+" + _STATES + r")))\s+" + COUNT_MODIFIER + N.format("s")
    + r"(?!\s+(?:votes?\s+)?(?:to|against)\s+\d|\s*[-–—]\s*\d)(?:\s+" + NOUN + r")?)"
    # "A was among the 32 countries to abstain", "among 23 countries (full list below) to abstain", "among the 35
    # countries that had abstained": the count of the side A took
    # "the 15 countries that voted against", "the 9 states voting no": a definite description is the whole side (not
    # "the two countries which had voted in favour for the first time": a part of it, said by another vote)
    # … or by the side's own noun: "the text's 5 opponents", "the 35 abstainers" (not "the 40 opponents of the war")
    r"|(?P<definite>\bthe\s+(?:(?:resolution|text|draft|measure)['’]s\s+)?(?P<dn>\d{1,3})\s+(?:(?P<dnoun>opponents|dissenters"
    r"|abstainers|supporters|backers)\b(?!\s+of\s+(?!(?:the|this|that)\s+(?:resolution|text|draft|measure)\b))|(?:other\s+)?(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members"
    r"|delegations)\s+(?:(?:that|which|who)\s+(?:also\s+)?(?P<drel>abstained|voted\s+(?:against|no|in\s+(?:favou?r|support)|for|yes)|opposed"
    r"|backed|supported)|(?P<dpart>voting\s+(?:against|no|in\s+(?:favou?r|support)|for|yes)|abstaining)))\b(?!\s+(?:for\s+the\s+first\s+time"
    r"|previously|before|earlier|in\s+the\s+past|last\s+year|this\s+time|(?:in\s+)?(?:19|20)\d\d)\b))"
    # "The five voting 'no' were A, B, …", "the six opposed were": the same description, its noun left out, naming
    # the side's states
    r"|(?P<elided>\bthe\s+(?P<en>\d{1,3})\s+(?P<epart>voting\s+[\"“‘']?(?:against|no|in\s+favou?r|for|yes)\b[\"”’']?"
    r"|abstaining|opposed)(?=\s+(?:were|are|included|include)\b|\s*:))"
    r"|(?P<among>\bamong\s+(?:the\s+)?(?P<am>\d{1,3})\s+(?:other\s+)?(?:countries|states|nations|members|member\s+states|delegations)"
    r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:that|which|who)\s+(?:had\s+|have\s+)?(?:also\s+)?"
    r"(?:(?:chose|decided|opted|preferred|elected)\s+to\s+)?|to\s+)(?P<amlabel>abstain(?:ed)?"
    r"|vote(?:d)?\s+(?:against|no|in\s+(?:favou?r|support)|for|yes)|oppose[ds]?|opposing|support(?:ed)?|back(?:ed)?)\b"
    # "A was among 12 nations not participating in the ballot": the participle after the count
    r"|\bamong\s+(?:the\s+)?(?P<amn>\d{1,3})\s+(?:other\s+)?(?:countries|states|nations|members|member\s+states|delegations)"
    r"\s+not\s+(?:participating|taking\s+part)\s+in\s+the\s+(?:vote|voting|ballot)\b)"
    # "approved by 119 countries", "the backing of 138 states": states, not votes ("approved by 143 votes in favour")
    r"|(?P<agents>\b(?:(?:approved|endorsed)\s+by|(?:with\s+)?the\s+backing\s+of)\s+" + COUNT_MODIFIER + r"(?P<ag>\d{1,3})(?=\s+(?:other\s+)?"
    r"(?:U\.?N\.?\s+)?(?:member\s+)?(?:countries|states|nations|members|governments)\b))"
    r"|(?P<sole>\b(?:sole|only|lone|single)\s+(?:(?:negative|dissenting)\s+vote|" + _NOT_ITS + r"(?:no\s+vote|vote\s+against)|(?:country|state|nation|member|delegation)"
    r"\s+(?:voting|to\s+vote)\s+(?:against|no)|abstention|abstainer|dissenter)\b(?!s)(?!\s+(?:among|of|from|within)\b)"
    # "the only dissenter in the region" is a part of the side; "in the 118-1 vote", "in Friday's vote" is the vote
    r"(?!\s+in\b(?!\s+(?:the|a|an|this|that|[\w’']+['’]s)\s+(?:[\w’'-]+\s+){0,2}?(?:vote|voting|ballot)\b)))", re.I)
# "cast the sole negative vote": one against (not "the only dissenting vote among its neighbours")
# a refusal to act ("declined, by 24 votes to 15, to include", "refused to adopt"; not "declined to vote"): a sign of
# a vote, and a verb of defeat (SWAPPED)
_REFUSED_TO = (r"(?:declined|refused)(?:\s+to\s+(?:adopt|include|approve|accept|endorse|consider|take\s+up|amend|delete"
               r"|insert|add|retain|defer|postpone|adjourn|admit|grant|uphold|reopen|suspend|seat)\w*|(?=\s*,\s*by\b))")
VOTE_CONTEXT = re.compile(r"\b(vot(?:e|ed|es|ing)|passed|adopted|approved|tally|margin|defeated|rejected|carried|"
                          r"failed|fell\s+short|turned\s+down|lost\s+by|" + _REFUSED_TO + r"|"
                          r"majority|abstain\w*|abstention\w*|resolution|motion|amendment|backed|backing|backs|supported|support|endorsed|did not|"
                          r"retained|upheld|sustained|overruled|overturned|opposed\s+by(?=\s+" + COUNT_MODIFIER + r"\d)"
                          r"|(?:text|draft|measure)['’]s\s+(?:\d{1,3}\s+)?(?:opponents|dissenters|abstainers|supporters|backers))\b", re.I)  # "the paragraph was retained 34-19-7"
# a verb of defeat before a pair, a few plain words between (no second verb; a comma only right after the verb or
# before the pair): the side that won is the no, the larger number whichever the writer gave first ("defeated by 57
# votes to 46", "failed 50 to 55", "killed the proposal on Tuesday by a 52-40 vote", "lost by 15 votes to 24"); a
# refusal to act is one too ("declined, by 24 votes to 15, to include", "refused to adopt the amendment, 24 to 15");
# not "blocked" (a blocking motion's own yes), "declined to vote" nor a majority short of two-thirds
_NO_SECOND_VERB = r"(?!(?:and|but|then|adopt\w*|pass\w*|approv\w*|carr\w*|won|win\w*)\b)"
SWAPPED = re.compile(r"\b(?:defeated|rejected|failed|turned\s+down|voted\s+(?:it\s+|them\s+)?down|(?:knocked|shot)\s+down|killed|thrown\s+out|threw\s+out|lost\s+by"
                     r"|fell\s+short|" + _REFUSED_TO + r")\s*,?\s+"
                     r"(?:" + _NO_SECOND_VERB + r"\w+\s+){0,8}(?:" + _NO_SECOND_VERB + r"\w+,\s+)?$", re.I)
TWO_THIRDS = re.compile(r"\btwo[\s-]thirds\b|\b2/3\b", re.I)


def defeated(sentence: str, at: int) -> bool:
    """The pair of numbers at `at` follows a verb of defeat (SWAPPED): its larger number is the votes against."""
    return bool(SWAPPED.search(sentence, max(0, at - 80), at)) and not TWO_THIRDS.search(sentence)


# the same in the languages whose pairs `languages` and `russian` read ("rejeté par 24 voix contre 15", "rechazada por
# 24 votos contra 15", "mit 24 zu 15 Stimmen abgelehnt", "отклонила 24 голосами против 15"); not beside a word of
# adoption or of votes won ("la Russie a rejeté le texte, adopté par 141 voix contre 5", "… que obtuvo 141 votos
# contra 5": the text's own yes first)
FOREIGN_DEFEAT = re.compile(r"(?<!\w)(?:rejet(?:é|ée|és|ées|ait|aient|a|èrent)|repouss[ée]\w*|rechaz\w*|rejeit\w*"
                            r"|abgelehnt|zurückgewiesen|verworfen|respint\w*|отклон\w*|отверг\w*|провал\w*"
                            # the separable verb with the Assembly as its subject: "Die Vollversammlung lehnte den
                            # Antrag mit 60 zu 40 Stimmen ab" (not "fünf Staaten lehnten ihn ab": a side's count)
                            r"|(?:Vollversammlung|Generalversammlung|Versammlung|Ausschuss)\s+lehnte\s+[^.;]{1,80}?\sab"
                            r"|lehnte\s+(?:die\s+(?:Vollversammlung|Generalversammlung|Versammlung)|der\s+Ausschuss)\s+[^.;]{1,80}?\sab)(?!\w)",
                            re.I)
FOREIGN_ADOPTED = re.compile(r"(?<!\w)(?:adopt\w*|approuv\w*|aprob\w*|aprova\w*|angenommen|verabschiedet|approvat\w*"
                             r"|recueilli\w*|obtuv\w*|obtev\w*|erhielt\w*|принят\w*|принял\w*|одобр\w*|поддержал\w*"
                             r"|получил\w*|набрал\w*)", re.I)


def defeated_abroad(sentence: str) -> bool:
    """A sentence of another language whose pair of numbers is told by the side that won: its larger is the no."""
    return bool(FOREIGN_DEFEAT.search(sentence)) and not FOREIGN_ADOPTED.search(sentence) \
        and not TWO_THIRDS.search(sentence) and not re.search(r"(?<!\w)(?:deux\s+tiers|dos\s+tercios|dois\s+terços"
                                                             r"|Zweidrittel\w*|двух\s+третей)", sentence, re.I)


def sides_assumed(sentence: str) -> bool:
    """The sentence's pair was read by the side that won, not by labels: which of its numbers is the yes is assumed
    ("defeated by a vote of 45 to 60" may give the proposal's yes first or last)."""
    sentence = in_digits(sentence)
    return defeated_abroad(sentence) or any(
        (m["triple"] or m["pair"] and not re.search(r"in\s+favou?r|against", m["pair"], re.I))
        and defeated(sentence, m.start())
        for m in TOKEN.finditer(sentence))
ABSTAINING_AFTER = re.compile(r"\s+(?:abstentions?|abstaining|abstainers|abstained)\b", re.I)
MONTH_BEFORE = re.compile(r"(?:" + MONTH_OR_ABBREVIATION + r")\.?\s*$", re.I)


HEDGE = re.compile(r"\b(?:some|about|around|roughly|approximately|an\s+estimated|as\s+many\s+as)\s*$", re.I)
# a number hoped for, aimed at or missed: "had hoped for 100 yes votes", "passed its goal of 100 votes", "failed to get
# 120 votes, the target", or a count that should have been ("the right count would have been 50 yes") are not what the
# vote was ("failed by 100 votes against" is)
HOPED = re.compile(r"\b(?:hop(?:ed|ing|es?)|expect(?:ed|ing|s)?|need(?:ed|ing|s)?|want(?:ed|s)?|aim(?:ed|ing|s)?|sought"
                   r"|seek(?:ing|s)?|target(?:ed|ing)?|requir(?:ed|es?|ing)|predict(?:ed|ing|s)?|forecast|projected|would"
                   r"|could|might|may|will|should)\b(?:\s+(?:for|to|get|have|win|reach|be|been|by|about|around|at\s+least|only|just)){0,3}\s*$"
                   r"|\bfail(?:ed|ing|s)?\s+to\s+(?:get|win|reach|secure|garner|muster|obtain|attract|gain)\s*$"
                   r"|\b(?:goal|target|objective|aim)\s+of\s*$", re.I)


@dataclass
class Group:
    """The numbers of one vote in a sentence, in the sentence's own order."""

    fields: dict[str, int]
    start: int
    end: int
    strong: bool = False   # given as a tally ("93-24", "by 93 votes to 24"), not only as labelled numbers
    hedged: bool = False   # a round figure ("some 111 nations", "about 140"): never called false


# "169 in favour to 7 against (A, B, …, G), with 5 abstentions": the states a count lists do not part it from the next
BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")


# a law's number ("Public Law 101-246", "P.L. 108-447"), which a report cites before its votes
LAW_NUMBER = re.compile(r"\b(?:Public\s+Law|P\.\s?L\.)\s*$", re.I)
# "138-9(U.S.)-41", "9(US)-8-7": a state named inside three numbers is a vote's tally with no other word of voting
# (a report's or a cable's table line)
STATE_IN_TRIPLE = re.compile(r"(?<![\d/.,:–-])\b\d{1,3}(?:\s*[-–—]\s*\d{1,3}){0,2}\s*[-–—]?\s*\((?P<inside>[^()\d]{1,200})\)\s*[-–—]\s*\d"
                             r"|(?<![\d/.,:–-])\b\d{1,3}\s*[-–—]\s*\d{1,3}\s*[-–—]\s*\d{1,3}\s*\((?P<after>[^()\d]{1,200})\)")


# "- 163 Yes (A, B, C)", a line of a list of votes: a count of the states in its brackets, with no other word of voting
COUNT_OF_STATES_LINE = re.compile(r"[-•*–\s]*\d{1,3}\s+(?:yes|no|in\s+favou?r|against)\s+\((?P<states>[^()\d]{1,300})\)\s*$",
                                  re.I)


def _count_of_states_line(sentence: str) -> bool:
    line = COUNT_OF_STATES_LINE.match(sentence)
    return bool(line and mentions(line["states"]))


def _state_in_triple(sentence: str) -> bool:
    return any(mentions(m["inside"] or m["after"]) for m in STATE_IN_TRIPLE.finditer(sentence)
               if (token := TOKEN.search(sentence, m.start())) and token["triple"])


def tallies(sentence: str) -> list[Group]:
    """The groups of vote numbers in one sentence (already in digits)."""
    sentence = phrases.unquoted(sentence)  # 'the 12 countries that voted "no."': the quotes are spaces (offsets hold)
    if not VOTE_CONTEXT.search(sentence) and not re.search(HEADING_COUNT, sentence, re.I) \
            and not _state_in_triple(sentence) and not _count_of_states_line(sentence):
        return []
    groups: list[Group] = []
    current: Group | None = None
    label_first = len(LABEL_FIRST.findall(sentence)) >= 2
    for match in TOKEN.finditer(sentence):
        if match["lf"] and not label_first and not (match["cop"] is not None and _clause_start(sentence, match.start())):
            continue
        found, pair = _fields(sentence, match)
        if not found:
            continue
        if pair and _fronted(sentence, current, match, found):
            current.strong, current.fields = True, {**found, **current.fields}  # "With 35 abstentions, … 141 to 5": one tally
        elif current is None or pair or any(k in current.fields for k in found) \
                or len(BRACKETED.sub("", sentence[current.end:match.start()])) > 120:
            current = Group({}, match.start(), match.end(), strong=pair)
            groups.append(current)
        current.fields.update(found)
        current.end = match.end()
        current.hedged = current.hedged or bool(HEDGE.search(sentence[max(0, match.start() - 20):match.start()])) \
            or bool(pair and OP_BEFORE.search(sentence[max(0, match.start() - 40):match.start()]))  # "by more than 140 votes to 5"
    told_no = {g.fields["no"] for g in groups if "no" in g.fields}
    # "141 to 5; A cast the sole negative vote of its region": one against, where the sentence gives another
    # number against, is no count of the vote ("the lone dissenter in the 99-1 vote" agrees with its tally)
    return [g for g in groups if g.fields and not (g.fields == {"no": 1} and told_no - {1} and SOLE.search(
        sentence, g.start, g.end))]


SOLE = re.compile(r"\b(?:sole|only|lone|single)\s", re.I)
# "With 35 abstentions, the text passed 141 to 5", "With 35 countries abstaining, it was adopted by 141 votes to 5": the
# abstentions fronted before the pair they complete
FRONTED_WITH = re.compile(r"(?:^|[.;:]\s*|\n)\W*with\s+(?:only\s+|just\s+|a\s+further\s+|another\s+)?$", re.I)


def _fronted(sentence: str, current: Group | None, match: re.Match, found: dict) -> bool:
    """Whether a pair completes the abstentions a "with" opening the sentence gave just before it."""
    return current is not None and not current.strong and set(current.fields) == {"abstain"} and "abstain" not in found \
        and bool(FRONTED_WITH.search(sentence[:current.start])) and len(sentence[current.end:match.start()]) <= 80 \
        and not re.search(r"[.;:\d]", sentence[current.end:match.start()])



# the bound words (data/bound_words.csv): "more than 30" is over 30, "nearly 140" is roughly 140 (bounds.APPROXIMATE)
OP_BEFORE = re.compile(r"\b(?P<op>" + bounds.before_words("en") + r")\s*$", re.I)
# "no fewer than 35 abstained", "not more than ten": the comparison turned over (at least 35, at most ten)
NEGATED = re.compile(r"\b(?:no|not)\s+$", re.I)
NEGATED_OPS = {"fewer than": ">=", "less than": ">=", "more than": "<="}


def comparison(word: str, before: str) -> str | None:
    """The op of a comparison word given the text before it; None for a negated one that says no bound."""
    word = re.sub(r"\s+", " ", word.lower())
    return NEGATED_OPS.get(word) if NEGATED.search(before) else bounds.op_of_word(word)


def compared(sentence: str) -> list[dict]:
    """Counts said with a comparison ("more than 20 did not vote", "nearly 60 countries, including A, abstained",
    "over 100 states voted in favour"): {field, op, value}. The op is the verdict's to apply ("nearly 60" is fewer
    than 60)."""
    out = []
    for match in TOKEN.finditer(sentence) if VOTE_CONTEXT.search(sentence) else ():
        op = OP_BEFORE.search(sentence[max(0, match.start() - 40):match.start()])
        if not match["labelled"] or op is None or HOPED.search(sentence[max(0, op.start() - 40 + match.start()):match.start()]) \
                or not_a_count(sentence, match):
            continue
        label = re.sub(r"^were\s+", "", match["label"].lower())
        start = max(0, match.start() - 40) + op.start()
        if label in ("supporting", "opposing", "in", "to") or comparison(op["op"], sentence[max(0, start - 8):start]) is None:
            continue
        out.append({"field": LABEL.get(label) or other_words(label) or "absent",
                    "op": comparison(op["op"], sentence[max(0, start - 8):start]),
                    "value": int(match["n"])})
    return out


# "more than half the 193 UN member states supported it", "fewer than a third of the 193 members voted against": a share
# of a membership the text states, read as a bound on the count ("more than half of 193" is more than 96). "Nearly" and
# "almost" give no bound that can be called false ("nearly two-thirds" may be a little over), so they are not read
SHARE = re.compile(r"\b(?P<op>more\s+than|over|at\s+least|fewer\s+than|less\s+than|under)\s+(?P<frac>half|a\s+third|(?:one|1)[\s-]third"
                   r"|(?:two|2)[\s-]thirds|(?:three|3)[\s-]quarters|a\s+quarter|[12]/[23]|[13]/4)\s+(?:of\s+)?(?:the\s+|all\s+)?(?P<total>\d{2,3})\s+(?:U\.?N\.?\s+"
                   r"|United\s+Nations\s+)?(?:member\s+)?(?:states|countries|nations|members)\b\s+(?:(?:had|have|all)\s+)?"
                   r"(?P<label>voted\s+(?:in\s+favou?r|for|yes|against|no)|supported|backed|endorsed|opposed|abstained)\b", re.I)
SHARE_NOTE = "a share of the membership the text gives, read as a bound on the count"
FRACTIONS = {"half": (1, 2), "third": (1, 3), "thirds": (2, 3), "quarters": (3, 4), "quarter": (1, 4)}


def shares(sentence: str) -> list[dict]:
    """Counts said as a share of the membership the sentence gives: {field, op, value}, the share's bound in states."""
    out = []
    for match in SHARE.finditer(sentence):
        frac = match["frac"]  # "three quarters", or in figures, "3/4"
        top, bottom = tuple(map(int, frac.split("/"))) if "/" in frac else FRACTIONS[re.split(r"[\s-]", frac)[-1].lower()]
        exact, op = int(match["total"]) * top / bottom, re.sub(r"\s+", " ", match["op"].lower())
        label = match["label"].lower()
        field = "abstain" if "abstain" in label else "no" if re.search(r"against|\bno\b|opposed", label) else "yes"
        if op in ("more than", "over"):
            out.append({"field": field, "op": ">", "value": int(exact)})  # more than 96.5 is more than 96
        elif op == "at least":
            out.append({"field": field, "op": ">=", "value": -int(-exact // 1)})
        else:
            out.append({"field": field, "op": "<", "value": -int(-exact // 1)})  # fewer than 96.5 is fewer than 97
    return out


# "with 141 voting in favour, 35 abstaining and five opposing": a tally that "with" opened, its last number next
WITH_TALLY = re.compile(r"\bwith\s+\d{1,3}\b[^.;:]{0,100}?\b(?:voting|abstaining|supporting|opposing|in\s+favou?r"
                        r"|against)\b[^.;:]{0,40}?[,\s](?:and\s+)?$", re.I)


# "The tally: 95 nations favoring the text, 0 opposing": numbers a tally's label opened, read as its fields
TALLY_SAID = re.compile(r"\b(?:tally|vote|count|result|breakdown)(?:\s+(?:in|of|on)\s+[^.;:\d]{0,30}?\d{0,4})?\s*"
                        r"(?::|\b(?:was|showed|shows|saw)\b)\s*(?:\d{1,3}\b[^.;:]{0,100}?[,\s])?$", re.I)
OTHER_LABELS = re.compile(r"\d{1,3}\s+(?:votes?\s+)?(?:yes|in\s+favou?r|abstentions?|abstaining|abstained)\b", re.I)


def token_fields(sentence: str, match: re.Match) -> tuple[dict[str, int], bool]:
    """The fields one TOKEN match gives (none for a threshold, a subgroup, a hope), and whether it is a tally form."""
    return _fields(sentence, match)


def _clause_start(sentence: str, at: int) -> bool:
    """Whether `at` opens the sentence or a clause after a semicolon or comma ("the" may stand first: "The
    abstentions numbered 34")."""
    return bool(re.search(r"(?:^|[.;,]\s*)(?:the\s+)?$", sentence[:at], re.I))


def _fields(sentence: str, match: re.Match) -> tuple[dict[str, int], bool]:
    before = sentence[max(0, match.start() - 40):match.start()]  # what is read before a number: a few words only
    if HOPED.search(before) or not_a_count(sentence, match):
        return {}, False  # "had hoped for 100 yes votes", "needed 97 votes": not what the vote was
    if match["triple"]:
        yes, no, abstain = (int(x) for x in re.findall(r"\d+", match["triple"]))
        if defeated(sentence, match.start()):  # "voted down A-B-C": B in favour, as for a pair
            yes, no = min(yes, no), max(yes, no)
        return {"yes": yes, "no": no, "abstain": abstain}, True
    if match["pair"]:
        if MONTH_BEFORE.search(before) or re.search(r"\b(?:from|between|aged)\s*$", before, re.I) \
                or LAW_NUMBER.search(before):
            return {}, False  # "March 27 to 31", "from 1982 to 1985", "Public Law 101-246"
        first, second = int(match["a"]), int(match["b"])
        # "defeated by 57 votes to 46": 46 in favour (not "rejected by 29 votes in favour to 53 against": labelled)
        if defeated(sentence, match.start()) and not re.search(r"in\s+favou?r|against", match["pair"], re.I):
            return {"yes": min(first, second), "no": max(first, second)}, True
        if ABSTAINING_AFTER.match(sentence, match.end()):  # "by 115 votes to 44 abstentions": no number against
            return {"yes": first, "abstain": second}, True
        return {"yes": first, "no": second}, True
    if match["labelled"]:
        if MONTH_BEFORE.search(before):
            return {}, False  # "voted on November 2 in favour": the day of a date
        if OP_BEFORE.search(before):
            return {}, False  # a comparison, read by `compared`
        label = re.sub(r"^were\s+", "", match["label"].lower())
        if label == "no" and re.search(r"\d\s$", sentence[:match.start("label")]) and not OTHER_LABELS.search(sentence) \
                and not _count_of_states_line(sentence):
            return {}, False  # "20 no," alone: no list of labelled numbers around it, nor the states it counts
        if label in ("supporting", "opposing", "favoring", "favouring", "approving") \
                and not re.search(r"\b(?:with|saw|sees|showed|shows)\s*$", before, re.I) \
                and not WITH_TALLY.search(sentence[:match.start()]) and not TALLY_SAID.search(sentence[:match.start()]):
            return {}, False  # only "with 143 countries supporting it", "the vote saw 143 …", "The tally: 118 states
            # favoring it, 0 opposing": "50 countries supporting the text" may be its sponsors
        return {LABEL.get(label) or other_words(label) or "absent": int(match["n"])}, False
    if match["heading"]:
        return {label_vote(match["hlabel"]): int(match["h1"] or match["h2"])}, False
    if match["lf"]:
        label = match["lflabel"].lower()
        return {label_vote(label): int(match["f"])}, False
    if match["fronted"]:
        return {"yes": int(match["fv"])}, False
    if match["won"]:  # "adopted by 120 votes", "won 128 votes": the votes in favour
        return {"yes": int(match["w"])}, False
    if match["sole"]:
        return {("abstain" if re.search(r"abstention|abstainer", match["sole"], re.I) else "no"): 1}, False
    if match["only"]:  # "the only two countries to vote against", "the only country to oppose it"
        singular = not match["onoun"].lower().endswith("s")
        count = int(match["on"]) if match["on"] else 1 if singular else None
        if count is None or singular and count != 1:
            return {}, False  # "the only countries to vote no": how many is not said
        return {("abstain" if "abst" in match["olabel"].lower() else "no"): count}, False
    if match["definite"]:
        label = (match["drel"] or match["dpart"] or match["dnoun"]).lower()
        field = "abstain" if label.startswith("abstain") else "no" if re.search(r"against|no$|oppo|dissent", label) else "yes"
        return {field: int(match["dn"])}, False
    if match["elided"]:
        label = match["epart"].lower()
        field = "abstain" if label.startswith("abstain") else "no" if re.search(r"against|no\b|oppos", label) else "yes"
        return {field: int(match["en"])}, False
    if match["among"]:
        if match["amn"]:  # not taking part: away, or maybe abstaining (participation.UNSURE_WORDS notes it)
            return {"absent": int(match["amn"])}, False
        label = match["amlabel"].lower()
        field = "abstain" if label.startswith("abstain") else "no" if re.search(r"against|no$|oppos", label) else "yes"
        return {field: int(match["am"])}, False
    if match["agents"]:
        return {"yes": int(match["ag"])}, False
    # "was not supported by nine countries": the count of a side not named (against, abstaining or away)
    if match["support"] and not match["neg"] and not DENIED_PASSIVE.search(sentence[max(0, match.start() - 30):match.start()]):
        return {("no" if match["opp"] else "abstain" if match["abs"] else "yes"): int(match["s"])}, False
    return {}, False
