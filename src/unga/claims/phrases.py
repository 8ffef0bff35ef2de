"""The words of a vote, as reporters write them: vote phrases ("cues") with their vote, and the gaps that may stand
between a list of states and its vote phrase (a subject's, an object's, a joined list's). `positions` reads a sentence
with them.
"""

import re

from unga.claims.calendar_words import MONTH_NAMES

WORD = re.compile(r"[A-Za-zÀ-ÿ](?:[\w’'.]|-(?!-))*|\(\d+\)|[^\w\s]", re.U)
SMALL = {"and", "or", "nor", "the", "of", "as", "well", "with", "along", "plus", "both", "also", "too", "itself",
         "in", "a", "an", "to", "for", "by", "on", "at", "its", "their", "all", "other", "others", "countries",
         "states", "nations", "members", "yes", "no", "for", "against", "absent", "while", "but"}
# "voted for the first time against", "voted for the eighth time in favour": a time between the verb and its side,
# never "voted for"
NTH = (r"(?:the|a)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))"
       r"\s+(?:consecutive\s+|straight\s+)?(?:time|year)\b")
NTH_TIME = r"for\s+" + NTH + r"(?:\s+in\s+a\s+row)?\s+"
# the day between the verb and its side: "voted today in favour", "voted on Monday against", "voted last Friday against"
# take a party: "voted on Wednesday for Ukraine to regain its land"); a date, a year or "again" as well: "voted on 1st
# November against", "voted, on 3 December, against", "voted in 1960 against", "voted once more against", "voted last
# night in favour" (thirty-third round)
_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
VOTE_DAY = (r",?\s*(?:today|yesterday|(?:on|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            r"|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|on\s+" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
            r"|(?:once\s+)?again|once\s+more|(?:earlier\s+)?(?:last|this)\s+(?:week|month|night|morning|afternoon|evening)"
            r"|in\s+(?:" + _MONTH + r"\s+)?(?:19[4-9]\d|20[0-4]\d))(?:,?\s+(?:19[4-9]\d|20[0-4]\d))?\s*,?\s+")

# Not voting yes or no (participation.py reads them): "refrained from voting" (abstaining or away: a disjunction of
# votes as claims/either.py writes them), "did not take part" (away, or maybe abstaining)
NOT_YES_OR_NO = "abstain or absent"
NOT_TAKING_PART = "not_taking_part"

# "declined to vote against", "refrained from voting for": not voting one way, which says nothing of abstaining
_NOT_ONE_SIDE = r"(?!\s+(?:in\s+favou?r|for|yes|against|no)\b)"
# "chose not to vote" too: the press writes it of abstainers as often as of states away ("36 chose not to vote; and 7
# were absent"), unless the sentence sets it against an abstention of another time (participation.against_abstention)
REFRAINED = (r"(?:(?:refused|declined)\s+to|(?:chose|opted|decided|elected)\s+not\s+to)\s+vote\b" + _NOT_ONE_SIDE +
             r"|refrain(?:ed|s)?(?:\s+from\s+(?:the\s+)?vot(?:e|ing)\b" + _NOT_ONE_SIDE + r"|(?=\s*(?:[,.;]|$)))")
# "A and B were among those that did not vote", "A was one of the 45 members that didn't vote": a group's "did not
# vote" is loose in the labelled sets (the group is often the abstainers), unlike "A did not vote" (strictly absent);
# read as "did not take part" (docs/claims.md, "did not vote: the policy")
AMONG_NOT_VOTING = (r"(?:among(?:st)?|one\s+of)\s+(?:the\s+|those\s+|some\s+)?(?:\d{1,3}\s+|[a-z]+(?:-[a-z]+)?\s+)?"
                    r"(?:other\s+)?(?:(?:UN\s+|U\.N\.\s+)?(?:member\s+)?(?:countries|states|nations|members|delegations"
                    r"|governments)\s+)?(?:(?:that|who|which)\s+(?:did\s+not|didn['’]t)\s+(?:even\s+)?vote\b(?!\s+(?:in\s+"
                    r"favou?r|for|yes|against|no|with|alongside|along\s+with|like|the\s+same\s+way)\b)"
                    # "was among 12 nations not participating in the ballot"
                    r"|not\s+(?:participating|taking\s+part)\s+in\s+the\s+(?:vote|voting|ballot)\b)")
# "take part in" something that is not the vote ("the debate", "the negotiations"): a preposition whose object names
# no vote within a few words ("in the vote", "in Thursday's vote", "in a 141 to 7 vote", "in voting on it", "in it"
# are votes)
_IN_THE_VOTE = (r"(?!\s+(?:in|at|during|on|to|with)\s+(?!(?:it|this|that|them)\b|(?:(?!(?:and|but|or|while|then)\b)"
                r"[\w'’-]+\s+){0,4}?(?:vot(?:e|es|ing)|ballots?|roll[\s-]calls?|resolutions?|proceedings)\b))")
TOOK_NO_PART = (r"(?:(?:refused|declined)\s+to\s+(?:take\s+part|participate)"
                r"|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:take\s+part|participate))\b" + _IN_THE_VOTE +
                r"|(?:chose|opted|decided|elected)\s+not\s+to\s+(?:take\s+part|participate)\s+in\s+the\s+(?:vote|voting)\b"
                # "showed their displeasure by not participating in the 1990 General Assembly voting"
                r"|(?<=\bby\s)not\s+(?:participating|taking\s+part)\s+in\s+the\s+(?:[\w-]+\s+){0,3}?(?:vote|voting)\b")

# a sentence adverb set off by commas between a side and its copula ("Those abstaining, however, were A and B")
SENTENCE_ADVERB = (r"(?:however|though|meanwhile|moreover|notably|predictably|as\s+expected|in\s+turn|in\s+the\s+end|in\s+fact"
                   r"|in\s+contrast|by\s+contrast|once\s+again|again|also|too|for\s+(?:their|its)\s+part|on\s+the\s+other\s+hand"
                   r"|in\s+the\s+meantime|interestingly|tellingly|unsurprisingly|(?:perhaps\s+)?surprisingly)")
# "among the opponents", "two of the five dissenters", "among the resolution's 141 supporters": a share of the side's
# group, its owner the text voted on
_FEW = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
GROUP_SHARE = (r"(?:among|" + _FEW + r"\s+of)\s+(?:the\s+(?:(?:resolution|text|draft|measure)['’]s\s+)?)?(?:" + _FEW
               + r"\s+)?")
# up to three words before a side's noun that say how, not whether: "the most vocal", "high profile" (a hedge or another
# time is not the vote: "potential", "traditional", "former")
_HOW = (r"(?:(?!(?:potential|possible|likely|would-be|former|traditional|usual|long-?time|erstwhile|past|early"
        r"|other|of)\b)(?-i:[a-z][\w-]*)\s+){0,3}?")

# the object of a verb of support or opposition that makes it a vote: the text itself ("it", "the draft resolution")
_THE_TEXT = (r"(?=\s+(?:it\b|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolutions?|texts?|drafts?|measures?|motions?"
             r"|proposals?|documents?)\b))")

# the text as the object of a verb of rejecting, not after its adoption
_TEXT_NOT_ADOPTED = (r"(?=\s+(?:it\b|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolutions?|texts?|drafts?|measures?|proposals?)\b"
                     r"(?!\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:adopted|approved|passed)\b)))")

# a side named as the object of a change of vote: "changed their abstention to …", "changed its no vote to …"
_CHANGE_SIDE = r"abstentions?|support|opposition|(?:no|yes|negative|affirmative)\s+votes?|in\s+favou?r|against"

# a side's noun with its members in apposition: ", including A", " - including A", " (among them A"
_SIDE_APPOSITION = r"\s*(?:,|\s(?:--|—|–|-)|\()\s*(?:including|among\s+them)\s"

CUES = [  # (pattern, vote); patterns are tried in order, the first wins at a position
    (r"(?:in favou?r|yes|affirmative)(?:\s+(?:voted|were|was))?\s*,?\s*(?:\(\d+\)\s*)?:", "yes"),
    (r"(?:against|no|negative)(?:\s+(?:voted|were|was))?\s*,?\s*(?:\(\d+\)\s*)?:", "no"),
    (r"(?:abstain(?:ing|ed)?|abstentions?)(?:\s+(?:were|was))?\s*,?\s*(?:\(\d+\)\s*)?:", "abstain"),
    (r"(?:absent|not voting|non-voting)(?:\s+(?:were|was))?\s*,?\s*(?:\(\d+\)\s*)?:", "absent"),
    (r"(?:^|(?<=\n))For\s[^:;\n]{1,80}?,?\s*(?:\(\d+\)\s*)?:(?=\s*(?:the\s+)?[A-Z])", "yes"),  # "For the U.S. resolution: A, B"
    (r"(?:in\s+favou?r|for|yes)\s*\(\d+\)\s*(?:--|—|–|-)", "yes"),  # a roll call's block: "For (33) - A, B"
    (r"(?:against|no)\s*\(\d+\)\s*(?:--|—|–|-)", "no"),
    (r"(?:abstentions?|abstaining)\s*\(\d+\)\s*(?:--|—|–|-)", "abstain"),
    (r"(?<=[\"“‘'])no[\"”’']\s+votes?(?=\s*(?:--|—|–|:|\())", "no"),
    (r"(?<=[\"“‘'])yes[\"”’']\s+votes?(?=\s*(?:--|—|–|:|\())", "yes"),
    (r"(?<=\d )(?:votes?\s+)?(?P<lab>in\s+favou?r|against|abstentions?|abstaining|absent)(?=\s*(?:\(|--|—|–|-\s))", "lab"),
    # a companion's side named by a vote noun: "A sided with B in a no vote", "A joined B in their 'yes' votes"
    (r"in\s+(?:a|an|its|their|the)\s+[\"“‘']?(?P<nv>no|yes|negative|affirmative|dissenting)[\"”’']?\s+votes?\b", "nv"),
    # "A was joined in its opposition by B and C", "A was joined in its 'no' vote by B": both sides of the phrase
    # "were joined in opposing the resolution by B and C" too
    (r"(?:was|were)\s+joined\s+in\s+(?:(?:its|their)\s+(?:[\"“‘']?(?P<jb>no|yes|negative|affirmative)[\"”’']?\s+votes?"
     r"|(?P<jb2>opposition|abstention|support))|(?P<jb3>opposing|supporting|abstaining|voting\s+(?:against|for|in\s+favou?r))"
     r"(?:\s+(?:it|the\s+(?:resolution|text|draft|measure)))?)\s+by\b", "jb"),
    (r"vot(?:ed|ing)\s+in\s+(?P<poss>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s?\s+favou?r", "poss"),
    (r"(?:voted,?|voting|votes|(?<=to\s)vote)\s+(?:along\s+with|alongside|together\s+with|with)\s+(?P<mid>[^.;]{1,200}?),?\s+(?:among\s+others\s+)?"
     r"(?P<dir>against|for|in\s+favou?r|in\s+support)\b", "dir"),
    # "switched from against in 2019 to support", "changed their vote from against to for", "changed from voting in
    # favour to abstaining": a change from one year's vote to the next (a bare "changed its vote" is left: a change
    # announced after the vote is a note in the record, not the roll call)
    # the sides may be nouns ("shifted from a vote against to a yes vote", "from a no vote to a yes vote"), and the
    # earlier side the object of the verb ("changed their abstention to a vote against": no "from")
    (r"(?:(?:switched|moved|went|(?:changed|shifted)(?:\s+(?:its|their)\s+(?:votes?|positions?))?)\s+from\s+"
     r"(?:voting\s+|(?:an?|the|its|their)\s+)?"
     r"|(?:changed|switched|shifted|turned)\s+(?:its|their)\s+"
     r"(?=(?:votes?\s+)?(?:" + _CHANGE_SIDE + r")\b[^.;]{0,30}?\bto\b))"
     r"[\"“‘']?(?:votes?\s+)?(?P<from>in\s+favou?r|\w+)[\"”’']?(?:\s+votes?)?"
     # "from opposition to the ban in 2012 to abstention": the earlier side's object, when a year follows it
     r"(?:\s+(?:to|of|on)\s+the\s+[\w-]+(?=\s+in\s+(?:19[4-9]\d|20[0-4]\d)\s+to\b))?"
     r"(?:\s+in\s+(?P<fy>19[4-9]\d|20[0-4]\d)|\s+(?P<fl>last\s+year))?"
     r"\s+to\s+(?:voting\s+|(?:an?|the)\s+)?[\"“‘']?(?:votes?\s+)?"
     r"(?P<to>support|supporting|abstention|abstaining|against|opposition|opposing|in\s+favou?r|favou?r|for\b|yes|no"
     r"|negative|affirmative|favou?rable)(?=[\"”’']?(?:\s+votes?)?\b)", "to"),
    (r"(?:rejected|opposed)(?:\s+only)?\s+by(?:\s+(?:only|just|mainly|mostly))?(?=\s+(?:the\s+)?[A-Z]"
     r"|[^.;:]{1,60}?\b(?:including|such\s+as|among\s+them)\b)", "pno"),
    (r"(?:supported|backed)(?:\s+only)?\s+by(?:\s+(?:only|just|mainly|mostly))?(?=\s+(?:the\s+)?[A-Z]"
     r"|[^.;:]{1,60}?\b(?:including|such\s+as|among\s+them)\b)", "pyes"),
    # "endorsed by" is a sponsor's word as often as a voter's: a side only when the text voted on is its subject ("The
    # resolution was endorsed by A and B", "It was endorsed by A", "the draft, endorsed by A,")
    (r"(?<![\w-])(?:(?:resolution|text|draft|measure)\s*,?|(?<![,;]\s)\b(?-i:[Ii]t))\s+(?:(?:was|had\s+been|has\s+been)\s+)?"
     r"endorsed(?:\s+only)?\s+by(?:\s+(?:only|just|mainly|mostly))?(?=\s+(?:the\s+)?[A-Z])", "pyes"),
    # "the no votes were cast by", "all votes against the draft were cast largely by": the voters follow
    (r"(?:(?:no|nay|negative|dissenting)\s+votes?|votes?\s+against)(?:\s+(?:the|this|that)\s+(?:resolution|text|draft|measure))?"
     r"\s+(?:were|was)\s+cast\s+(?:only\s+|mostly\s+|mainly\s+|largely\s+)?by\b", "pno"),
    # "won with contrary ballots cast by A and B alone", "went through with sole objections by A and B": the voters
    # against follow
    (r"(?:(?:no|nay|negative|dissenting|contrary)\s+(?:votes|ballots)|votes\s+against)\s+cast\s+(?:only\s+)?by\b"
     r"|\bwith\s+(?:the\s+)?(?:sole|only|lone)\s+objections?\s+(?:by|from|of)\b"
     r"|(?<=[\"“‘'])no[\"”’']\s+votes?\s+(?:from|by)\b", "pno"),  # 'with "no" votes from A and B' (quoted: not zero votes)
    (r"(?:(?:yes|aye|affirmative)\s+votes?|votes?\s+in\s+favou?r)(?:\s+(?:of\s+)?(?:the|this|that)\s+(?:resolution|text|draft|measure))?"
     r"\s+(?:were|was)\s+cast\s+(?:only\s+|mostly\s+|mainly\s+|largely\s+)?by\b", "pyes"),
    # "changed its vote" is left out: a change announced after the vote is a note in the record, not the roll call
    (r"(?:switched|shifted)\s+(?:its|their)\s+(?:vote|position)\s+(?:from\s+(?:[\w-]+\s+){1,2}?)?to\s+"
     r"(?P<chg>support|abstention|abstain|against|opposition|favou?r|yes|no)\b", "chg"),
    # "drew abstentions from A and B", "encouraging abstentions by A, B and C": the abstainers follow
    # (not "no abstentions from A", "without abstentions by A"; "no" is read as the count 0 before cues are sought)
    (r"(?<!\bno\s)(?<!\b0\s)(?<!\bany\s)(?<!\bwithout\s)abstentions\s+(?:by|from)(?=\s+(?:the\s+)?[A-Z])", "pabstain"),
    (r"veto(?:e[sd])?\s+by(?=\s+(?:the\s+)?[A-Z])", "pveto"),  # a veto is a Security Council no: never checked as an Assembly vote
    (r"(?:vetoe[sd]|vetoing|cast\s+(?:a|its|their|the)\s+vetoe?s?)", "veto"),
    # "cast the only votes against", "cast the four votes against", "were the only no votes", "were the 4 votes against"
    (r"(?:cast(?:s|ing)?\s+(?:their\s+|its\s+|the\s+)?(?:a\s+)?(?:only\s+|lone\s+|sole\s+)?(?:\d{1,3}\s+)?votes?\s+against"
     r"|(?:were|was)\s+the\s+(?:only\s+|lone\s+|sole\s+)?(?:\d{1,3}\s+)?(?:(?:no|negative|dissenting)\s+votes?|votes?\s+against)\b|(?:were|was)\s+(?:only|lone|sole)\s+(?:(?:no|negative|dissenting)\s+votes?|votes?\s+against)\b|(?:lone|sole|only)\s+dissenters?|cast(?:ing|s)?\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:lone\s+|sole\s+|only\s+|two\s+)?(?:dissenting|negative)\s+(?:votes?|ballots?|opinion)|vot(?:ed|ing|es?)\s+(?:" + NTH_TIME + r"|" + VOTE_DAY + r")?(?:against|no|nay)\b(?!\s+(?:an?|its|their|his|her|one)\s+(?:[\w-]+\s+)?(?:ally|allies|friends?|partners?|neighbou?rs?)\b)|vot(?:ed|ing)\s+[\"“‘']?no[\"”’']?|vot(?:ed|ing|es?)\s+(?:negatively|adversely|contra|in\s+the\s+negative)|oppos(?:e|es)(?=\s+(?:the|it|this|that)\b)"
     # a headline's present tense: "A, B oppose UN resolution on …", "…, A votes against", "A and B Oppose"
     r"|oppos(?:e|es)(?=[.!]?\s*$|\s+(?:(?:UN|UNGA|U\.N\.)\s+|(?:the\s+)?(?:General\s+)?Assembly\s+)?(?:resolutions?|texts?|drafts?|measures?)\b)"
     r"|(?:were|was|are|is)\s+against(?=\s+(?:it|the\s+(?:resolution|text|draft|measure|document))\b)"
     r"|opposing(?!\s+votes?\s+(?:came|were|was)\b)|opposed(?!\s+(?:by|to)\b)|(?:countries|states|nations|ones)\s+opposed\s+to(?=\s+(?:it|the\s+(?:resolution|text|draft|measure))\b)|in\s+opposition|rejected\s+(?:the|it)\b|switched\s+to\s+(?:against|opposition))",
     "no"),
    # "voted in support of the resolution" as "in favour of" (a state after "of" is the target: targets.target_of)
    (r"(?:vot(?:ed|ing|es?)\s+(?:(?:" + NTH_TIME + r")?(?:in\s+favou?r|in\s+support|for(?!\s+" + NTH + r")|yes)|" + VOTE_DAY
     + r"(?:in\s+favou?r|in\s+support|yes))\b|vot(?:ed|ing)\s+[\"“‘']?yes[\"”’']?|vot(?:ed|ing|es?)\s+(?:affirmatively|pro|in\s+the\s+affirmative)|(?<!-)(?:backed|supported|endorsed)(?!\s+by\b)"
     # "A and B sided with the US on the resolution": the side the state it sided with took (targets.target_of makes
     # it "for:USA"; "sided with A to vote against" and "sided with A in a no vote" are JOINED's and the vote noun's)
     r"|sided\s+with(?=\s+(?:the\s+)?(?-i:[A-Z]))(?![^.;]{0,60}?\b(?:in|to|and)\s+(?:vot|oppos|abstain|support|back|reject"
     r"|(?:a|an|its|their|the)\s+[\"“‘']?(?:no|yes|negative|affirmative|dissenting)\b))"
     r"|switched\s+to\s+(?:support|favou?r|yes)"
     # the absolute "with A and B supporting and C opposing": "supporting" paired with the other side's participle
     r"|(?<=\s)supporting(?=\s*,?\s+and\s+[^.;]{1,80}?\b(?:opposing|abstaining|voting\s+against)\b)"
     # a headline's present tense: "A backs UN resolution on …", "A approves UN resolution condemning …"
     r"|(?:back|support|endorse|approve)s?(?=\s+(?:(?:UN|UNGA|U\.N\.)\s+|(?:the\s+)?(?:General\s+)?Assembly\s+)?(?:resolution"
     r"|text|draft)\b))", "yes"),
    (r"(?:no[\"”’']?|opposing)\s+votes\s+came\s+from|(?:negative|dissenting|opposing)\s+votes?(?=\s+(?:were|was|came))", "no"),
    # the voters named by their side: "Opponents of the resolution included A", "The nine nay-sayers were: A",
    # "Supporters include A" (not "supporters of Putin", "treaty supporters sought a vote"); an apposition after the
    # vote's own noun: "Opponents of the draft, including A and B, said …", "Backers of the text – among them A –"
    (r"(?:opponents|nay-?sayers|dissenters)(?:\s+of\s+(?:the|this|that)\s+(?:resolution|text|draft|measure))?"
     r"(?=\s+(?:were|included|include|are)\b|\s*:|" + _SIDE_APPOSITION + ")", "no"),
    (r"(?:supporters|backers)(?:\s+of\s+(?:the|this|that)\s+(?:resolution|text|draft|measure))?"
     r"(?=\s+(?:were|included|include|are)\b|\s*:|" + _SIDE_APPOSITION + ")", "yes"),
    # the voters named by a side word after "those" or a count: "Those against were A", "The five in favour
    # included A", "The six opposed were A" (a bare verb, read so only here), "The nine countries against, however, were
    # A", "Those in abstention included A" ("those abstaining were" is the participle's)
    (r"(?:those|the\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:other\s+)?"
     r"(?:countries|states|nations|members|delegations))?|the\s+(?:countries|states|nations|members|delegations))\s+"
     r"(?P<side>against|in\s+favou?r|opposed|in\s+abstention)(?=\s*(?:,\s*" + SENTENCE_ADVERB + r"\s*,\s*)?(?:were|was|are|included|include)\b"
     # not a copula that opens a predicate of its own: "The five opposed were not swayed by A"
     r"(?!\s+(?:not|never|no\s+longer)\b|\s+(?-i:[a-z]+)(?:ed|en)\s+by\b)|\s*:)",
     "side"),
    # the side as the predicate: "A and B were among the opponents", "A was among the nine dissenters" (not "among the
    # opponents of the war": only the vote's own noun may follow); "among the most vocal opponents", "among high profile
    # opponents": words that say how, not a hedge ("potential", "traditional")
    (GROUP_SHARE + _HOW + r"(?:opponents|nay-?sayers|dissenters)(?:\s+of\s+(?:the|this|that)\s+(?:resolution|text"
     r"|draft|measure))?(?=\s*(?:[,.;)]|$))", "no"),
    # … or counted as votes: "A and B were among the no votes", "A was among the 35 abstentions" reads as abstainers
    (r"among\s+(?:the\s+)?(?:\d{1,3}\s+)?(?:no|negative|dissenting)\s+votes(?=\s*(?:[,.;)]|--|—|–|$))", "no"),
    (r"among\s+(?:the\s+)?(?:\d{1,3}\s+)?(?:yes|affirmative)\s+votes(?=\s*(?:[,.;)]|--|—|–|$))", "yes"),
    (GROUP_SHARE + _HOW + r"(?:supporters|backers)(?:\s+of\s+(?:the|this|that)\s+(?:resolution|text|draft"
     r"|measure))?(?=\s*(?:[,.;)]|$))", "yes"),
    (r"(?:affirmative|positive)\s+votes?(?=\s+(?:were|was|came))", "yes"),
    (r"yes[\"”’']?\s+votes\s+came\s+from", "yes"),
    # a vote noun as the predicate: "A was the only abstention", "A and B were among the absentees", "A, B and 180
    # others are in favour" (of the text, not "in favour of talks")
    (r"(?:only|sole|lone|single)\s+(?:abstention|abstainer)\b", "abstain"),
    (r"absentees", "absent"),
    (r"(?:is|are|was|were)\s+in\s+favou?r(?=\s*(?:[,.;)]|$)|\s+of\s+(?:the|it|this|that)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:resolution|text|draft|motion|measure|proposal)\b)", "yes"),
    # "abstained from a UN General Assembly resolution condemning …", "abstains from UN General Assembly vote",
    # "abstained from the Thursday's vote", "abstained from casting a vote": a noun phrase of the vote after "from"
    (r"(?:abstainers|abstainees|abstentions(?!\s+came)|abstain(?:ed|ing|s)?\s+from\s+(?:(?:the|a|an|this|that|its|their)\s+)?"
     r"(?:(?!(?:on|in|at|about|of|for|to|with)\s|[\w’'.]+ing\s)[\w’'.-]+\s+){0,5}?"  # no verb ("non-binding" is no verb), no clause
     r"(?:vote|voting|ballot|resolution|text|draft|(?:UN\s+|U\.N\.\s+)?General\s+Assembly)\b"
     r"|abstain(?:ed|ing|s)?\s+from\s+casting\s+(?:a|its|their|any)\s+votes?\b"
     # "abstained from backing the resolution", "abstains from supporting a UN text": an abstention on it
     r"|abstain(?:ed|ing|s)?\s+from\s+(?:backing|supporting|endorsing)\s+(?:(?:the|a|an|this|that|its)\s+)?"
     r"(?:(?:UN|U\.N\.|General\s+Assembly|draft|non-binding)\s+){0,2}(?:resolution|text|draft|measure|motion)s?\b"
     r"|abstain(?:ed|ing|s)?(?!\s+from\s+(?!vot|the\s+vot|the\s+ballot|the\s+(?:resolution|text|draft)\b|it\b)[a-z])|abstentions\s+came\s+from"
     r"|switched\s+to\s+abstention)", "abstain"),
    # "did not support": against, or abstained, or away; read as against but never called false (extract.LOOSE)
    # "did not vote in favour": against, abstaining or away, as "did not support" (never "did not vote")
    (r"(?:did\s+not|didn['’]t|failed\s+to|refused\s+to|declined\s+to)\s+(?:support|back|endorse|vote\s+(?:in\s+favou?r|for|yes))",
     "not_yes"),
    (REFRAINED, NOT_YES_OR_NO),  # "refrained from voting": not yes or no (participation.holds)
    (TOOK_NO_PART, NOT_TAKING_PART),  # "did not take part": away, or maybe abstaining
    (AMONG_NOT_VOTING, NOT_TAKING_PART),  # "among those that did not vote": away, or maybe abstaining
    # translated copy puts the vote first: "Against the resolution voted A and B", "Abstained A, B and C"
    # … and the English inversion with a copula: "Against the resolution were A and B", "In favour of it were C and D"
    (r"(?:^|(?<=[.;]\s))against(?:\s+(?:of\s+)?(?:it|(?:the|this|that)\s+(?:resolution|text|draft|document)))?\s+(?:voted|were|was)"
     r"(?=\s+(?:the\s+)?(?-i:[A-Z]))", "no"),
    (r"(?:^|(?<=[.;]\s))(?:in\s+favou?r|for)(?:\s+(?:of\s+)?(?:it|(?:the|this|that)\s+(?:resolution|text|draft|document)))?"
     r"\s+(?:voted|were|was)(?=\s+(?:the\s+)?(?-i:[A-Z]))", "yes"),
    (r"(?:^|(?<=[.;]\s))abstained(?=\s+(?:the\s+)?(?-i:[A-Z]))", "abstain"),
    (r"(?:gave|cast)\s+(?:its|their|a)\s+votes?\s+(?:in\s+favou?r|for)"
     r"|cast(?:ing|s)?\s+(?:an\s+|the\s+|its\s+|their\s+)?(?:affirmative|positive)\s+(?:votes?|ballots?)", "yes"),
    (r"gave\s+(?:its|their|a)\s+votes?\s+against", "no"),
    # "cast a yes vote", "cast its 'no' vote", "cast an abstention"; never the bare "cast no votes" (it voted not at all)
    (r"cast(?:ing|s)?\s+(?:(?:a|its|their|the(?=\s+(?:lone|sole|only)\s))\s+(?:lone\s+|sole\s+|only\s+)?[\"“‘']?|(?:its\s+|their\s+)?[\"“‘'])"
     r"(?P<cast>yes|no)[\"”’']?\s+(?:votes?|ballots?)\b", "cast"),
    (r"cast(?:ing|s)?\s+(?:an|its|their)\s+(?:abstentions?\b|[\"“‘']?abstain(?:ing)?[\"”’']?\s+(?:votes?|ballots?)\b)",
     "abstain"),  # "cast an abstention", "casting an abstain vote"
    # the side said by a verb of support or opposition whose object is the text: "voted to adopt the text", "came out
    # against the resolution", "sided against it", "threw its weight behind the draft" (not "sided against the US",
    # "voted to reject the amendment" is the amendment's: scope.py)
    (r"(?:vot(?:ed|ing|es?)\s+to\s+(?:reject|oppose|block|defeat)|(?:came|coming|comes|stood|standing|sided|siding)"
     r"\s+(?:out\s+)?against)" + _THE_TEXT, "no"),
    # a verb of rejecting, in the past, whose object is the text: "turned down the draft", "said no to the text",
    # "voted down the resolution" ("rejected the" is read above). Not the present ("Israel rejects this resolution" is
    # a reaction), not a text with an indefinite article ("rejected a resolution on the Golan": another text), never a
    # text already adopted ("turned down the resolution adopted on Friday")
    (r"(?:turned\s+down|voted\s+down|said\s+no\s+to)" + _TEXT_NOT_ADOPTED, "no"),
    (r"(?:vot(?:ed|ing|es?)\s+to\s+(?:adopt|approve|pass|endorse|support|back)|(?:came|coming|comes)\s+out\s+in\s+"
     r"(?:favou?r|support)\s+of|(?:threw|throwing|throws)\s+(?:its|their)\s+(?:weight|support)\s+behind)" + _THE_TEXT,
     "yes"),
    # "failed to either vote or abstain", "neither voted nor abstained": away (not a choice between the two)
    (r"(?:did\s+not|didn['’]t|failed\s+to)\s+(?:either\s+)?vote\s+or\s+abstain\b|neither\s+voted\s+nor\s+abstained",
     "absent"),
    # "did not vote with Russia": a side not shared, not an absence
    # ("did not even vote"; "did not vote as the Assembly adopted …": a time, not "as Russia did")
    (r"(?:did\s+not|didn't|failed\s+to)\s+(?:even\s+)?(?:vote(?!\s+(?:in\s+favou?r|for|yes|against|no|with|alongside|along\s+with|like"
     r"|the\s+same\s+way|as(?!\s+(?:the\s+)?(?:(?:UN|U\.N\.|UNGA|United\s+Nations)\s+)?(?:General\s+Assembly|Assembly|world\s+body"
     r"|resolution|text)\b))\b)"
     r"|show\s+up|indicate\s+any\s+position|(?:issue|cast|register|record)\s+(?:a|any|its|their)\s+(?:vote|ballot)s?"
     r"(?!\s+(?:in\s+favou?r|for|yes|against|no)\b))"
     r"|(?:not\s+allowed\s+to\s+vote)|(?:was|were|being)\s+(?:absent|not\s+present)|\babsent\b|skipped\s+the\s+(?:vote|meeting)|stayed\s+away(?:\s+from\s+the\s+(?:vote|voting|meeting|session))?", "absent"),
]
VOTE_WORD = {"in favour": "yes", "in favor": "yes", "in support": "yes", "for": "yes", "support": "yes", "favour": "yes", "favor": "yes",
             "against": "no", "opposition": "no", "abstention": "abstain", "abstentions": "abstain",
             "abstaining": "abstain", "absent": "absent", "abstain": "abstain", "yes": "yes", "no": "no",
             "negative": "no", "dissenting": "no", "affirmative": "yes", "opposing": "no", "supporting": "yes",
             "voting against": "no", "opposed": "no", "voting for": "yes", "voting in favour": "yes", "voting in favor": "yes",
             "favourable": "yes", "favorable": "yes", "in abstention": "abstain"}
CUE = re.compile("|".join(f"(?P<c{i}>\\b{p}(?!\\w))" for i, (p, _) in enumerate(CUES)), re.I)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + "|".join(MONTH_NAMES) + r")|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?"
# "on Thursday", "on Friday (New York time)", "on Friday, October 27", "on 3 March 2022", "yesterday": when, not who;
# the day alone as reporters write it ("the countries that Tuesday voted against")
_TIME_ADVERB = (r"(?:(?:on|late|early|last)\s+(?:" + _DAY + r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+" + _DATE
                + r")?|" + _DATE + r")|(?-i:" + _DAY + r")|yesterday|today|earlier\s+today|(?:earlier\s+)?(?:last|this)\s+(?:week|month|night|morning|afternoon|evening)"
                r"|overnight)(?:\s*\([^()]{1,25}\))?")
# the asides read between commas ("A, in the end, abstained"), written without them: "A in the end abstained", "A once
# again voted against", "A as expected voted no", "A for its part backed it"
_PHRASE_ADVERB = (r"(?:once|yet)\s+(?:again|more)|in\s+(?:the\s+end|turn|contrast|response|the\s+vote|the\s+voting)"
                  r"|as\s+(?:expected|usual|before|(?:in|with)\s+(?:previous|past|earlier|other)\s+years"
                  r"|(?:it|they)\s+(?:has|have|had|did)(?:\s+done)?\s+(?:before|in\s+the\s+past|every\s+year))"
                  r"|for\s+(?:its|their)\s+part|by\s+contrast|at\s+the\s+(?:vote|end)|this\s+time"
                  # "A for the first time voted in favour", "A for a third time abstained" (this vote's side)
                  r"|for\s+" + NTH + r"(?:\s+(?:in\s+(?:\d{1,3}|[a-z]+)\s+(?:years?|decades?)|since\s+\d{4}|ever))?")
# an earlier time right after the state's name, read as the vote's own (position_time.previously): "A last year
# abstained", "A in 2018 had voted no"
EARLIER_TIME_AFTER_NAME = r"(?:\s+(?:last\s+year|a\s+year\s+(?:earlier|before)|in\s+(?:19[4-9]\d|20[0-4]\d))(?=\s))?"
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SUBJECT_GAP = re.compile(
    # "the A government was among a few states abstaining": the state's government or delegation
    # before the "one of", "among" that make it a member of the side
    r"^(?:(?:['’]s)?\s+(?:government|delegation)(?=\s+(?:is|was)\s+(?:one\s+of|among)\s))?" + EARLIER_TIME_AFTER_NAME + r"\s*(?:--|—|–|\)|-(?=\s))?\s*,?\s*(?:the\s+following\s+(?:countries|states|nations|members)\s+)?(?:(?:(?:and|among)\s+(?:\d+\s+)?others?(?:\s+(?:countries|states|nations))?|and\s+(?:its|their)\s+(?:[a-z]+\s+)?allies)\s*,?\s*)?"
    r"(?:(?:which|who|that)\s+)?"
    r"(?:(?:all|both|also|still)\s+)?"  # "A, B and C all were among those voting against", "A also was among the 12 …"
    r"(?:(?:(?:were|was)\s+|(?=among(?:st)?\s+those\b))(?:among(?:st)?\s+(?:those|(?:the\s+)?(?:\d+\s+)?(?:countries|states|nations))(?:\s+(?:at|in|of)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+General\s+Assembly)?|General\s+Assembly))?(?:\s+(?:that|which|who|to))?"
    r"|" + _FEW + r"\s+of\s+(?:the\s+)?(?:(?:only|just)\s+)?(?:\d+\s+)?(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+\((?:UN|U\.N\.)\))?\s+(?:member\s+)?|[\w-]+\s+)?(?:countries|states|nations|members)(?:\s+(?:at|in|of)\s+the\s+(?:(?:UN|U\.N\.|United\s+Nations)(?:\s+General\s+Assembly)?|General\s+Assembly))?(?:\s+(?:that|which|who|to))?)\s+)?"
    # "were among the dozen nations that", "is among the member states which", "was the only country to"
    r"(?:(?:(?:is|are|was|were|remain(?:s|ed)?)\s+(?:also\s+)?(?:among\s+)?|(?:(?:is|are|was|were)\s+)?" + _FEW + r"\s+of\s+)"
    r"(?:the\s+(?:(?:resolution|text|draft|measure)['’]s\s+)?)?(?:(?:only|sole|lone)\s+)?(?:\d+\s+)?(?=$)"
    r"|(?:(?:is|are|was|were|remain(?:s|ed)?)\s+|(?<=,\s)(?=one\s+of\s))(?:(?:also|too)\s+)?(?:among(?:st)?\s+(?:only\s+)?(?:the\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
    # "was in a minority of countries which", "is one of a handful of states that", "A, one of the nations that"
    r"|(?:one\s+of|in|part\s+of)\s+(?:only\s+)?(?:the\s+|those\s+|a\s+)?(?:(?:small|tiny|narrow)\s+)?(?:(?:minority|handful|group"
    r"|number|bloc)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?"
    r"|the\s+(?:(?:only|sole|lone)\s+)?(?:other\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?)"
    r"(?:countries|states|nations|members|member\s+states|governments|delegations|ones|country|state|nation|member|one)"
    # "among 5 states (listed at the end) that voted"; "the sole country voting against", "the only 2 countries in
    # opposition": the vote may follow the noun with no relative word
    r"(?:\s*\([^()]{0,40}\))?\s+(?:(?:that|which|who|to)\s+)?"
    # "were among the states that sided with X to vote against", "… that joined X in opposing"
    r"(?:(?:sided\s+with|joined|stood\s+with|voted\s+with)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*\s+){1,3}(?:in|to)\s+)?)?"
    r"(?:(?:have|has|had|also|all|both|too|each|then|again|only|themselves|itself|each|later|eventually|were|was|still"
    r"|simply|reportedly|ultimately|finally|instead|even|alone"
    # any adverb of manner or habit: "A and B traditionally voted against", "A has consistently voted yes" (not a
    # hedge, a first vote later changed or an earlier vote: "likely", "nearly", "initially", "previously")
    r"|(?!(?:likely|unlikely|possibly|probably|presumably|supposedly|allegedly|apparently|nearly|almost|initially"
    r"|originally|previously|formerly|ally|family)\b)[a-z]{2,}ly"
    # a time between a subject and its verb: "India on Thursday abstained", "A, B and C on 3 March voted against"
    r"|" + _TIME_ADVERB + r"|" + _PHRASE_ADVERB +
    # a counted companion: "Chad and 57 countries abstained", "A alongside 119 other countries voted in favour"
    # (no comma before it: "a coup in X, and 34 states abstained" is another clause)
    # ("A and other 43 countries abstained": the word order some writers use, as companions.OTHER_BEFORE reads it)
    r"|(?<![,;]\s)(?:and|alongside|along\s+with|together\s+with)\s+(?:some\s+|about\s+|nearly\s+)?(?:\d{1,3}\s+other|other\s+\d{1,3})\s+(?:member\s+states|countries|states|nations|members)"
    # "Russia and four allies voted no", "A and two others abstained"
    r"|(?<![,;]\s)and\s+(?:\d{1,3}|" + _NUMBER_WORD + r")\s+(?:of\s+(?:its|their)\s+)?(?:allies|others|partners)"
    # … or set off by commas, an aside that ends before the verb: "A, along with 4 other nations, voted against"
    r"|(?<=,\s)(?:alongside|along\s+with|together\s+with)\s+(?:some\s+|about\s+|nearly\s+)?\d{1,3}\s+other\s+"
    r"(?:member\s+states|countries|states|nations|members)(?=,)"
    # … or a named group: "A, along with all other EU states, voted against", "A, along with most of European states,",
    # "A, along with other Nordic countries," (not a vague one: "A, along with several other nations, chose not to vote")
    r"|(?<=,\s)(?:alongside|along\s+with|together\s+with)\s+(?:(?:all|most|(?:nearly|almost)\s+all)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:other\s+|fellow\s+)?(?:(?-i:[A-Z][\w-]*)\s+){0,2}|(?:the\s+)?(?:other|fellow)\s+(?:(?-i:[A-Z][\w-]*)\s+){1,2})"
    r"(?:member\s+states|countries|states|nations|allies)(?=,)"
    r"|(?<![,;]\s)and\s+\d{1,3}\s+(?:countries|states|nations)"
    # a headline's counted companion after a comma: "A, 140 others vote for UN resolution"
    r"|\d{1,3}\s+others"
    # a vague remainder ends the list: "A, B and many others abstained", "and most other allies voted yes"
    r"|(?:and|as\s+well\s+as)\s+(?:many|some|several|most|a\s+few|a\s+number\s+of|numerous|various|dozens\s+of)\s+"
    r"(?:other\s+)?(?:others|countries|states|nations|allies|members|governments)"
    # … or a group named by its region or body: "A, B and West European countries voted against", "A and other East
    # European states", "the UK and almost all other European Union member countries" (the group is not read as states)
    r"|(?:and|as\s+well\s+as)\s+(?:(?:most|almost\s+all|nearly\s+all|all|the)\s+)?(?:other\s+)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+){1,3}(?:member\s+)?(?:countries|states|nations|allies|members|governments)"
    r"|(?:expressed|registered|signall?ed|showed)\s+(?:its\s+|their\s+)?(?:support|opposition|position|disapproval"
    r"|displeasure|protest)\s+by"
    # "joined 144 other member states on Saturday in voting for", "joined most countries worldwide in voting"
    r"|join(?:ed|s)\s+(?:(?:most|many|\d{1,3})\s+)?(?:other\s+)?(?:(?!in\b|to\b|and\b)[\w-]+\s+){0,3}?"
    r"(?:countries|states|nations|members|governments)(?:\s+(?:worldwide|around\s+the\s+world|" + _TIME_ADVERB + r"))?"
    r"\s+(?:and|in|to)"
    r"|joined\s+the\s+(?:other\s+)?(?:dissenters|opponents|abstainers|majority|rest)\s+in"
    # a sponsor's act joined to the vote: "A co-sponsored and voted in favour of it", "A drafted and then backed it"
    r"|(?:co-?sponsored|sponsored|drafted|tabled|introduced|presented)\s+and(?:\s+then)?"
    r"|(?:decided|chose|opted|elected|preferred|felt\s+obliged|went\s+on|moved|voted)\s+to|voted(?=\s+[\"“‘]?$)"
    # the means of another deed: "A stayed neutral by abstaining", "A broke with its allies by voting against", "A,
    # by abstaining, …"; "A joined the abstainers", "A cast one of the five votes against"
    r"|(?:[a-z]+ed|sat|broke|took|kept|stood|held|went|split|made|threw|hedged)\s+(?:[\w'’-]+\s+){0,5}?by(?=\s+$)"
    r"|(?<=,\s)by(?=\s+$)|joined(?:\s+the)?(?:\s+(?:other|fellow))?(?=\s+[\"“‘]?$)"
    r"|cast\s+one\s+of\s+(?:the\s+)?(?:only\s+)?(?:\d{1,3}|" + _NUMBER_WORD + r")?(?=\s+[\"“‘]?$)"
    # "with A and B both choosing to abstain" (not an aside: "A, choosing to abstain on procedure, later voted yes")
    r"|(?<![,(]\s)(?<![,(])(?:deciding|choosing|opting|electing)\s+to"
    r"|delegations?|representatives?|governments?|ambassadors?|envoys?|delegates?"
    # where the envoy sits: "The Algerian representative at the United Nations abstained"
    r"|(?:at|to)\s+the\s+(?:United\s+Nations|UN|U\.N\.|world\s+body)(?:\s+General\s+Assembly)?|in\s+New\s+York"
    # "A and B stood alone in voting against", "… stood alone as the only two nations to oppose it"
    r"|stood\s+alone\s+(?:in|as\s+the\s+(?:only|sole|lone)\s+(?:[\w-]+\s+)?(?:countries|states|nations|members|country"
    r"|state|nation|member|ones?)\s+to)"
    # the state's own word on its vote: "A said it abstained", "A's representative said his delegation voted against",
    # "A's ambassador explained that his country abstained" (never "said they": another subject may be meant)
    r"|(?:said|says|stated|confirmed|announced|explained|noted|recalled|stressed|added)\s+(?:that\s+)?(?:it"
    r"|(?:its|his|her)\s+(?:delegation|country|government))"
    r"|(?:UN|U\.N\.)),?\s+)*"
    # the quote that opens the state's own words on its vote: 'A "abstained with regret" on the text'
    r"[\"“‘]?$", re.I)
# "A and B, allies of C,", "A, B, all neighbours of C,", "A and B - old allies of C -", "A – a neighbour of C –": a
# noun of a tie to a state, plural or singular, in apposition to a list or a state; the state it names is the noun's
# complement, never a voter
RELATIONAL = (r"(?:(?-i:all|both|each|some|several|many|two|three|four|five|six|seven|eight|nine|ten|a|an|the|its|their)\s+)?"
              r"(?:(?-i:[a-z][a-z-]*)\s+){0,2}?(?-i:all(?:y|ies)|neighbou?rs?|friends?|partners?|members?|supporters?"
              r"|backers?|critics?|rivals?|enem(?:y|ies)|foes?|colon(?:y|ies)|clients?|satellites?|protectorates?"
              r"|dependenc(?:y|ies)|signator(?:y|ies)|co-chairs?|cosponsors?|co-sponsors?)\s+of")
# "Micronesia, also in the South Pacific, abstained", "India, a close partner of Russia, abstained", "Sri Lanka,
# formerly Ceylon, abstained" (a state's former name: the same voter): an aside
# between a state and its vote phrase; a state named in it takes no side
_ASIDE = (r",\s*(?:also\s+|too\s+)?(?:(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}['’]s|in|for|from|on|among|both|mostly|mainly|largely|a|an|another|one\s+of|the|its|their|once|long|now|formerly|previously|however"
          r"|meanwhile|likewise|with|despite|like|unlike|as(?!\s+well\s+as)|represented\s+by|where|whose|" + RELATIONAL
          # a participle of another deed: "South Africa, holding naval drills with Russia this month, abstained"
          + r"|(?!(?:including|excluding|joining|following|siding|voting|abstaining|backing|supporting|opposing|rejecting"
            r"|endorsing)\b)(?-i:[a-z]{2,}ing)"
          r")\b(?:[^,;.:()\d\"“”]|\d+-(?=[a-z])|\d+(?:st|nd|rd|th)\b|(?-i:(?<=\b[A-Z])\.(?=[A-Z,]))){0,80},")  # "the U.N.,"
APPOSITIVE = re.compile(r"^\s*" + _ASIDE, re.I)
APPOSITION_SPAN = re.compile(_ASIDE, re.I)
# the same in brackets: "A (whose envoy had asked for a delay) voted against", "A (a close ally of B) abstained"
BRACKETED_ASIDE = re.compile(r"\s*\(\s*(?:which|who|whose|where|a|an|its|their|one\s+of|once|long|now|itself|themselves|"
                             + RELATIONAL + r")\b[^()\d]{1,80}\)", re.I)
# the same between dashes, spaced hyphens included: "A and B - old allies of C - voted against"
# a relative clause about another deed than the vote: "which has refused to condemn C", "both of which buy C's oil" (not
# "which voted against", "which refused to back the text", "which did not vote": the state's own vote)
_OWN_VOTE_VERB = r"(?:vot|abstain|back|support|oppos|reject|endors|join|take\s+part|participat)"
OTHER_DEED_RELATIVE = (r"(?:(?:both|all|each|some|most|many|none|one|two|three|four)\s+of\s+)?(?:which|who|whom|that)\s+"
                       r"(?!(?:also\s+|had\s+|have\s+|has\s+)?(?:vot|abstain|back|support|oppos|reject|switched|includ"
                       r"|(?:did\s+not|didn['’]t|refused|declined)\s+(?:to\s+)?" + _OWN_VOTE_VERB + r"))")
# … and such a relative clause: "A and B — both of which have refused to condemn C — abstained"
DASHED_RELATIONAL = re.compile(r"\s*(?:--|—|–|\s-)\s*(?:" + RELATIONAL + r"\b|" + OTHER_DEED_RELATIVE + r")"
                               r"[^–—\n;:.]{1,80}?\s(?:--|—|–|-)(?=\s)", re.I)
# ", which had", " which ", " (which": a relative clause gives its state a vote even in a list read already ("in favour
# were the Gulf states, except Oman which abstained"; "except for A (which voted no)")
# after the clause, an adverb that sets the main verb's vote apart from the clause's: "A, which had abstained in 2010,
# for the first time voted in favour", "B, which in the past had voted yes, this time abstained"
THIS_TIME = r"(?:for\s+the\s+first\s+time|this\s+time|this\s+year|now|instead|in\s+the\s+end)"
# … or a participle with its own time: "A, after abstaining last year, voted in favour", "A, having opposed it in 2019,"
RELATIVE = re.compile(r"^\s*,?\s*\(?(?:which|who|that|after(?:\s+having)?|having)\s(?:[^,;.()]|\.(?=\S|\s+[a-z]))*?,?\s*(?:" + THIS_TIME + r"\s*,?\s*)?"
                      r"(?:(?:had|have|has|also|then)\s+)*$", re.I)
# "After abstaining last year, A voted …", "Having voted against in 2018, A …": a participle opening the sentence, its
# clause the subject's own earlier vote (the state after its comma is the subject of both)
OPENING_PARTICIPLE = re.compile(r"^[\W\d]*(?P<part>after(?:\s+having)?|having)\s+$", re.I)
# "A was one of a handful of nations to join B in …", "A and C were among the few states that joined B …"
_ONE_OF_THOSE = (r"(?:(?:is|are|was|were)\s+(?:one\s+of|among)\s+(?:a|the)\s+(?:(?:handful|few|dozen|small\s+number|number|group)"
                 r"\s+(?:of\s+)?)?(?:other\s+)?(?:countries|states|nations)\s+(?:to|that|which|who)\s+(?=join))?")
JOINED = re.compile(r"^\s*(?:--|—|–)?\s*,?\s*(?:also\s+|only\s+)?" + _ONE_OF_THOSE + r"(?:join(?:ed|ing|s)?\s+(?:with\s+)?|sided\s+with\s+|followed\s+"
                    r"|band(?:ed|ing)\s+(?:together\s+)?with\s+|(?:was|were)\s+joined\s+by\s+)(?:the\s+likes\s+of\s+"
                    # "A joined 13 other countries, including B and C, to vote against": the counted group's examples
                    r"|\d{1,3}\s+other\s+(?:countries|states|nations|members)\s*,?\s*(?:including|among\s+them|such\s+as)\s+)?$",
                    re.I)
# "joined A in voting against", "sided with A to vote against", "sided with A and voted against", "joined the likes of A
# in voting against", "joined A on Wednesday to vote against"
JOINED_TAIL = re.compile(r"^\s*(?:,?\s*and\s+(?:\d+\s+)?other\s+(?:[a-z-]+\s+){0,2}?(?:countries|states|nations|regimes|governments|allies)\s*)?(?:,\s*)?"
                         r"(?:" + _TIME_ADVERB + r"\s*,?\s*)?(?:(?:in|to|on|and)\s*)?(?:as\s+the\s+only\s+(?:other\s+)?(?:[\w-]+\s+)?)?$",
                         re.I)
STOPS_OBJECT = re.compile(r"\b(?:while|whereas|but|although|which|who|because|after|before|said|says)\b|[.;:]", re.I)
# "Belarus, a neighbour of Ukraine": an apposition describing the state before; the state in it is no voter
APPOSITION = re.compile(r"\s*(?:,|--|—|–)\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}?(?:of|to|with)\s+(?:the\s+)?$")
LOOSE = re.compile(r"^(?!" + APPOSITION.pattern + r")(?:[\s,;]*(?:(?:and|or|nor|as well as|along with|together with|plus|&|the|both|also|itself|too|then|[-–—()])"
                   r"[\s,;]*)*$|^[\s,;]*(?:and\s+|as well as\s+|the\s+)?(?:[a-z][\w-]*\s+|Soviet\s+|Arab\s+){1,5}$"
                   # "and the South Pacific nations of the Marshall Islands": a region's group, then its members
                   r"|^[\s,;]*(?:and\s+|as well as\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+\s+)?(?:nations|states"
                   r"|countries|republics|islands|neighbou?rs|allies)\s+of\s+(?:the\s+)?$)")
TIGHT = re.compile(r"^[\s,;]*(?:(?:and|or|nor|as well as|along with|together with|joined by|plus|&|the|both|also|itself|too|of course"
                   # "the US and its ally Israel": a state named by its tie to the one before is in the same list
                   r"|(?:its|their)\s+(?:(?:close|closest|main|key|chief|staunch|long-?time)\s+)?(?:ally|allies|partner|neighbou?r))"
                   r"[\s,;]*)*$", re.I)
# a counted group whose members follow: "and 3 Asian states – A, B", "with 3 Nordic member-states – A, B –"
_COUNTED = (r"(?:(?:just|only)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:other\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:countries|states|nations|members|member-states)")
_GROUP = _COUNTED + r"\s*(?:–|—|--|:|\()\s*(?:the\s+)?$"
# … after a counted group named by its kind only: "B, three Caribbean island states and just two Nordic countries —
# C, D" (the three are not named; the two are)
SUBGROUP_IN_LIST = re.compile(r"^[\s,;]*(?:" + _COUNTED + r"\s*,?\s+)?(?:and\s+|as\s+well\s+as\s+|plus\s+)?" + _GROUP, re.I)
SUBGROUP_OPENER = re.compile(r"(?:,\s*|\s+)(?:with|including|among\s+them)\s+" + _GROUP, re.I)
# "A, which …, B and C": an aside inside a list, between commas, in brackets or between dashes ("A, B (whose envoy …)
# and C", "A, B, a close ally of D, and C", "A, B – long a critic of the text – and C"), set off as a subject's aside is
# (BRACKETED_ASIDE, DASHED_RELATIONAL); one naming a state is not matched here (the gap to that state is not the whole
# aside)
_LIST_ASIDE_OPENS = r"(?:which|who|whose|where|a|an|one\s+of|its|their|once|long|now|" + RELATIONAL + r")\b"
ASIDE_IN_LIST = re.compile(r"^\s*(?:,\s*(?:which|who|whose|where)\s[^,;.]{1,80},|,\s*" + _LIST_ASIDE_OPENS + r"[^,;.()\d]{1,80},"
                           # the writer's comment in brackets, whatever its first word ("A (said it had erred), B"); a
                           # vote word in it ends the list (lists() checks CUE)
                           r"|\s*\([^()\d\n]{1,100}\)\s*,?"
                           r"|\s*(?:--|—|–)\s*" + _LIST_ASIDE_OPENS + r"[^–—;.\d]{1,80}(?:--|—|–)\s*,?"
                           r"|" + BRACKETED_ASIDE.pattern + r"\s*,?|" + DASHED_RELATIONAL.pattern + r"\s*,?)\s*(?:and\s+)?$", re.I)
WHEN = re.compile(r"\b(?:in\s+(?:(?:early|mid|late)[\s-]+)?(?P<mname>" + "|".join(MONTH_NAMES) + r")\s+(?:of\s+)?(?P<myear>19[4-9]\d|20[0-4]\d)"
                  r"|in\s+(?P<year>19[4-9]\d|20[0-4]\d)|last\s+(?P<month>" + "|".join(MONTH_NAMES) + r")"
                  r"|(?P<lastmonth>last\s+month|the\s+month\s+before)|(?P<last>last\s+year|the\s+year\s+before|previously|a\s+year\s+"
                  r"(?:earlier|ago)|in\s+the\s+past)|(?P<this>this\s+year|this\s+time)"
                  # "voted against the 2018 resolution": the vote of that year
                  r"|the\s+(?P<ofyear>19[4-9]\d|20[0-4]\d)\s+(?:vote|voting|resolution|text|ballot|tally|session))\b", re.I)
# "all but A and B voted yes", "everyone but A", "except A": the list is excluded from the vote, its own vote unknown
EXCEPT = re.compile(r"(?:\b(?:all|every(?:one|body)?|each)(?:\s+(?:the\s+)?(?:other\s+)?(?:member\s+)?(?:states?|countr(?:y|ies)"
                    r"|nations?|members?|delegations?|governments?))?\s+but|\bexcept(?:\s+for)?|\bwith\s+the\s+exception\s+of"
                    r"|\bsave\s+for|\bexcluding|\bother\s+than|\bapart\s+from|\baside\s+from|\bbesides|\bbut\s+not|\bnot\s+including)\s+(?:the\s+)?$", re.I)
# "Besides the US, A and B voted against", "other than A, B backed it": the list is added to the clause's voters, not
# taken out of them, unless the clause speaks of all ("All besides A and B voted yes", "Apart from A, everyone …")
BESIDES = re.compile(r"(?:\bbesides|\bapart\s+from|\baside\s+from|\bother\s+than|\bin\s+addition\s+to)\s+(?:the\s+)?$", re.I)
UNIVERSAL = re.compile(r"\b(?:all|every\w*|each|any\w*|the\s+rest|unanimous\w*|whole|entire)\b", re.I)
# capitals that stand for their governments in reporters' copy ("Moscow and Minsk voted against")
METONYMS = {"Washington": "USA", "Moscow": "RUS", "Beijing": "CHN", "Peking": "CHN", "London": "GBR", "Paris": "FRA",
            "Tokyo": "JPN", "New Delhi": "IND", "Tehran": "IRN", "Teheran": "IRN", "Damascus": "SYR", "Pyongyang": "PRK",
            "Minsk": "BLR", "Havana": "CUB", "Caracas": "VEN", "Kyiv": "UKR", "Kiev": "UKR", "Tel Aviv": "ISR",
            "Ankara": "TUR", "Ottawa": "CAN", "Canberra": "AUS", "Brasilia": "BRA", "Pretoria": "ZAF", "Islamabad": "PAK",
            "Riyadh": "SAU", "Cairo": "EGY", "Managua": "NIC", "Asmara": "ERI", "Hanoi": "VNM", "Seoul": "KOR",
            "Warsaw": "POL", "Budapest": "HUN", "Belgrade": "SRB", "Baghdad": "IRQ", "Kabul": "AFG"}
# a vote word set in quotes after the word it goes with: voted "against", those who 'abstained', voted in 'favour',
# voted "no," joined by …; its quotes are read as spaces (offsets hold). Not a quoted title or a label
# ('"no" votes —')
# ('Serbia and Armenia "abstained" this time': a verb in quotes after its subject's name)
QUOTED_VOTE = re.compile(r"\b(?P<head>(?:voted|voting|votes|vote|who|which|that|those|were|was|countries|states|nations"
                         r"|in)\s+|(?-i:[A-Z])[\w.]*\s+(?=[\"“‘']abstained[\"”’']))"
                         r"[\"“‘'](?P<word>against|in\s+favou?r|favou?r|for|abstain(?:ed|ing|s)?|abstentions?|yes|no)"
                         r"(?P<mark>[,.]?)[\"”’'](?!\s*votes?\b)", re.I)


def unquoted(sentence: str) -> str:
    """The sentence with the quotes around a vote word read as spaces: 'voted "against"' reads as 'voted  against '."""
    return QUOTED_VOTE.sub(lambda m: m["head"] + " " + m["word"] + m["mark"] + " ", sentence)


# "B and C followed suit", "Others that followed suit were B and C", "B took a similar position", "B did too", "So did
# B" (opening the sentence): the vote of the
# sentence before, said again (read only when that sentence gives one vote; `positions.positions`). The empty group
# keeps the shape of a cue's match.
ECHO = re.compile(r"^\W*(?:and\s+)?(?:so|as)\s+did(?=\s+(?:the\s+)?(?-i:[A-Z]))|\b(?:followed\s+suit|did\s+(?:the\s+same|likewise|too|so\s+too|as\s+well|so(?=\s+for\s+" + NTH + r"))|(?:took|adopted)\s+(?:a|the)\s+(?:similar|same)\s+"
                  r"(?:position|stance|line)|voted\s+(?:likewise|similarly|the\s+same\s+way))\b(?P<mid>(?!))?", re.I)

