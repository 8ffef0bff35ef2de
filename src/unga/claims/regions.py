"""A count or an exclusive list scoped to one region's or group's states: "In Latin America, nineteen countries voted
in favour", "Fourteen countries in the Middle East and North Africa voted for it", "One country in the region voted
against it, one abstained", "From the ASEAN region, A, B and C took part. … with only C abstaining". The number counts
the region's states, not the Assembly's vote; it is no count of the vote (the states' own votes are still read).
"""

from __future__ import annotations

import re

from unga.claims.names import mentions

_POINT = r"(?:South|North|East|West|Central|Southeast|South-East|Southern|Northern|Eastern|Western|Sub-Saharan|Latin)"
# a region by its name ("Latin America", "the Middle East and North Africa", "Southeast Asia", "the Caribbean")
_PLACE = (r"(?:(?:the\s+)?(?-i:Middle\s+East|Caribbean|Pacific|Balkans|Gulf|Sahel|Maghreb|Levant|Caucasus|Americas"
          r"|Arab\s+world|Horn\s+of\s+Africa)|(?:" + _POINT + r"[\s-]+)?(?-i:Africa|America|Asia|Europe|Oceania|Scandinavia))")
# …or by a word for one ("the region", "the ASEAN region", "the Arab world", "the African Group", "the EU bloc")
REGION = (r"(?:" + _PLACE + r"(?:\s*(?:,|and)\s+" + _PLACE + r")*"
          r"|(?:the|its|their|this)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?:region|sub-?region|group|bloc)\b)")
# …or an organisation of states, by its initials or its name ("ASEAN", "the EU", "the African Union", "the Arab
# League", "the Non-Aligned Movement"); not the UN's own initials (a state's are refused by `_opened`)
ORGANISATION = (r"(?:the\s+)?(?-i:(?!(?:UN|UNGA|UNSC)\b)[A-Z]{2,7})\b(?![.'’-])"
                r"|the\s+(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?-i:Union|League|Movement|Community|Forum|Alliance|Commonwealth)\b")
# the sentence opens with the region its numbers are taken from: "In Latin America, …", "From the ASEAN region, …",
# "Within ASEAN, …"
OPENED = re.compile(r"^\W*(?:In|From|Among|Amongst|Within|Across)\s+(?P<region>" + REGION + "|" + ORGANISATION
                    + r")\s*,", re.I)
# states of a region: "countries in the region", "states from Southeast Asia", "one country in the Middle East"
# (lower-case nouns: "the United States of America" is no region's states)
_STATES = r"(?-i:countr(?:y|ies)|states?|nations?|members?|governments?|delegations?)"
STATES_OF = re.compile(r"\b" + _STATES + r"\s+(?:in|from|of|across)\s+" + REGION, re.I)
# a number of them named before another number: "One country in the region voted against it, one abstained"
COUNTED_BEFORE = re.compile(r"\b\d{1,3}\s+(?:other\s+)?" + STATES_OF.pattern, re.I)
NUMBER = re.compile(r"\b\d{1,3}\b")


def counted_in_a_region(sentence: str, at: int, end: int) -> bool:
    """The number at `at`..`end` counts a region's states: the sentence opens with the region, the number's noun is
    followed by one ("14 countries in the Middle East"), or a number of a region's states was given before it in the
    sentence ("One country in the region voted against it, one abstained")."""
    opened = _opened(sentence)
    if opened is not None and opened.end() <= at:
        return True
    own = STATES_OF.match(sentence, _noun_at(sentence, end))
    return own is not None or COUNTED_BEFORE.search(sentence, 0, at) is not None


def _opened(sentence: str) -> re.Match | None:
    """The opening "In <region>," of the sentence, unless what it names is a state ("In the UK, …")."""
    opened = OPENED.match(sentence)
    return opened if opened is not None and not mentions(opened["region"]) else None


def _noun_at(sentence: str, end: int) -> int:
    gap = re.match(r"\s+(?:other\s+)?", sentence[end:])
    return end + (gap.end() if gap else 0)


def carried_from(before: str | None, sentence: str) -> bool:
    """The sentence goes on about the region the sentence before opened with, giving no number of its own: "From the
    ASEAN region, A, B and C took part. The majority voted in favour, with only C abstaining." """
    return bool(before) and _opened(before) is not None and not NUMBER.search(sentence)



# The same in the other languages: the words between a count's noun and its vote phrase name a group or a region
# ("once países de la comunidad caribeña respaldaron", "neuf pays africains ont voté contre", "otto paesi dell'Unione
# europea hanno votato"): the number counts the group's states, not the Assembly's vote. Names of regions and groups,
# not any capitalised word (German capitalises every noun; "in New York" is no group).
_GROUP_NAME = (r"(?:Améri|Ameri|Afri|Áfri|Europ|Asi|Ási|Azi|Carib|Caraïb|Karib|Oriente|Orient|Moyen-Orient|Nahost|Naher"
               r"|Golf|Pac[ií]fi|Pazifi|Balkan|Balcan|Magreb|Maghreb|Sahel|Oce[aâ]n|Océan|Ozean|UE|EU|CARICOM|ASEAN"
               r"|OTAN|NATO|Mercosur|OEA|OCI|OIC|SADC|ECOWAS|CEDEAO|Commonwealth|Lig[au]e?\s+[ÁA]rabe"
               r"|Arabische\s+Liga)")
_GROUP_NOUN = (r"(?:comunidad|communauté|comunidade|comunità|gemeinschaft|gemeenschap|unión|union|união|unione|unie"
               r"|región|région|região|regione|regio|grupo|groupe|gruppo|gruppe|groep|bloque|bloc|blocco|continente?"
               r"|kontinent)\b")
_OF_A_GROUP = (r"\b(?:de|del|des|du|da|do|das|dos|di|dell['’]|della|delle|dei|degli|von|van|aus|en|in|au|na|no|nel|nella"
               r"|im|dans)\s+(?:(?:la|las|los|le|les|el|il|lo|der|die|den|dem|het|o|a|os|as)\s+|l['’]\s*)?(?:(?-i:"
               + _GROUP_NAME + r")|" + _GROUP_NOUN + ")")
_REGION_ADJECTIVE = (r"\b(?:afri[ck]an|africain|afrikan|europe[oa]|europée?n|europeu|europei|europäisch|europe[eè]s|asiátic"
                     r"|asiatic|asiatiqu|asiatisch|aziatisch|latinoameric|latino-?améric|latino-?americ|lateinamerikan"
                     r"|árabe|arabe|arabisch|arab[io]\b|caribeñ|caribéen|caribenh|caraib|karibisch|caribisch|islámic"
                     r"|islamiqu|islâmic|islamisch|musulm|nórdic|nordiqu|nordisch|balcán|balkan|sudameric|suramerican"
                     r"|sud-?améric|südamerikan|zuid-?amerikaan|centroameric|pacífic|pacifiqu|magreb|maghréb|sahélien)\w*")
_GROUP_WORDS = re.compile(_OF_A_GROUP + "|" + _REGION_ADJECTIVE, re.I)


def counted_in_a_group(words_between: str) -> bool:
    """The words between a count's noun and its vote phrase, in another language, name a group or a region."""
    return _GROUP_WORDS.search(words_between) is not None
