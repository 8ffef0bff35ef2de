"""State names as the press writes them in other languages (data/foreign_names.csv: "EE.UU.", "Rusia", "URSS", "美國",
"США", with the dates they name a state), read by `languages`, `cjk` and `russian`; and the words that join names
into a list in the languages `languages` reads, used by it and by `langroles`."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

# the words allowed between two names of one list, and between the list and its vote phrase
JOINER = {"es": r"y|e|así\s+como", "fr": r"et", "pt": r"e", "de": r"und|sowie", "it": r"e|ed", "nl": r"en|evenals"}
ARTICLE = r"(?:(?:de|pel[oa]s?)\s+)?(?:(?:el|la|los|las|le|les|l['’]|o|os|a|as|die|der|den|il|lo|gli|do|da|dos|das|de|del|du|des|het)\s*)?"


@lru_cache(maxsize=1)
def press_names() -> tuple[dict, ...]:
    """Every row of data/foreign_names.csv (language, name, iso3, and the dates it names the state), read once."""
    with resources.files("unga.data").joinpath("foreign_names.csv").open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))
