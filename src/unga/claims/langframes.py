"""Two frames a vote phrase stands in, alike in Spanish, French, Portuguese, German, Italian and Dutch (thirty-fifth
round), as patterns `langphrases` builds its vote phrases with:

- a time told between the verb and its side: "a voté mercredi pour", "votó el 2 de marzo en contra", "stimmte am
  Mittwoch dagegen", "ha votato ieri a favore". The day and month names are CLDR's (babel), so each language reads
  every weekday, month and date the same way instead of the few each table had typed;
- a verb of choosing before the vote's infinitive: "a décidé de s'abstenir", "decidió abstenerse", "ha scelto di
  votare contro". The choice told in the past is the vote cast ("decided not to" is a negation the tables hold apart).
"""

from __future__ import annotations

from functools import lru_cache

from babel.dates import get_day_names, get_month_names

LANGS = ("es", "fr", "pt", "de", "it", "nl")
DAY_WORDS = {"fr": r"hier|aujourd['’]hui", "es": r"ayer|hoy", "pt": r"ontem|hoje", "it": r"ieri|oggi",
             "de": r"gestern|heute", "nl": r"gisteren|vandaag"}
ON_DAY = {"fr": r"le", "es": r"el", "pt": r"n[oa]|em|no\s+dia", "it": r"il|l['’]", "de": r"am", "nl": r"op"}
IN_MONTH = {"fr": r"en|au\s+mois\s+de", "es": r"en", "pt": r"em", "it": r"in|a|nel\s+mese\s+di", "de": r"im",
            "nl": r"in"}
LAST = {"fr": r"dernier", "es": r"pasado", "pt": r"passad[oa]", "it": r"scors[oa]", "de": r"(?!)",
        "nl": r"jongstleden|afgelopen"}
OF = {"es": r"(?:de\s+)?", "pt": r"(?:de\s+)?"}  # "el 2 de marzo de 2022"


@lru_cache(maxsize=None)
def time_between(lang: str) -> str:
    """A time between a vote's verb and its side, with its commas, as an optional pattern (to be used with re.I) that
    begins with the space after the verb and ends before the space that precedes the side."""
    days = "|".join(get_day_names("wide", locale=lang).values())
    months = "|".join(get_month_names("wide", locale=lang).values())
    of = OF.get(lang, "")
    date = rf"\d{{1,2}}(?:er|\.)?\s+{of}(?:{months})(?:\s+{of}\d{{4}})?"
    on_day = rf"(?:(?:{ON_DAY[lang]})\s+)?(?:(?:{days})(?:\s+(?:{LAST[lang]}))?(?:\s+{date})?|{date}(?:\s+(?:{LAST[lang]}))?)"
    in_month = rf"(?:{IN_MONTH[lang]})\s+(?:(?:{months})(?:\s+{of}\d{{4}})?|\d{{4}})"
    return rf"(?:\s*,?\s+(?:{DAY_WORDS[lang]}|{on_day}|{in_month})(?:\s*,)?)?"


# a verb of choosing in the past, then what comes before the infinitive
CHOSE = {"fr": r"(?:a|ont|avait|avaient)\s+(?:(?:décidé|choisi)\s+(?:de\s+|d['’]\s*)|préféré\s+)",
         "es": r"(?:decidi(?:ó|eron)|prefiri(?:ó|eron)|eligi(?:ó|eron)|(?:ha|han)\s+(?:decidido|preferido))\s+",
         "pt": r"(?:decidi(?:u|ram)|preferi(?:u|ram)|escolh(?:eu|eram))\s+",
         "it": r"(?:ha|hanno|aveva|avevano)\s+(?:deciso|scelto|preferito)\s+di\s+"}
# the infinitive of each side after it
INFINITIVE = {"fr": {"yes": r"voter\s+(?:pour|en\s+faveur)\b", "no": r"voter\s+contre\b", "abstain": r"s['’]abstenir\b"},
              "es": {"yes": r"votar\s+a\s+favor\b", "no": r"votar\s+en\s+contra\b", "abstain": r"abstenerse\b"},
              "pt": {"yes": r"votar\s+a\s+favor\b", "no": r"votar\s+contra\b", "abstain": r"(?:abster-se|se\s+abster)\b"},
              "it": {"yes": r"votare\s+a\s+favore\b", "no": r"votare\s+contro\b", "abstain": r"astenersi\b"}}


def chose(lang: str) -> list[tuple[str, str]]:
    """(pattern, vote) of a choice told before the vote's infinitive, for the languages that have one."""
    return [(CHOSE[lang] + infinitive, vote) for vote, infinitive in INFINITIVE.get(lang, {}).items()]
