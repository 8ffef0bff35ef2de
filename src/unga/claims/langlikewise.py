"""A list that takes the vote just stated, after "as did" in the languages `languages` reads: "México votó a favor,
al igual que Argentina y Brasil", "Le Sénégal s'est abstenu, tout comme l'Algérie", "O Brasil votou a favor, assim como
a Argentina", "China enthielt sich, ebenso wie Indien", "La Cina si è astenuta, come l'India", "Belgium stemde voor,
net als Nederland".

Read only right after a vote phrase (its object, "the resolution", may stand between) and a comma, when the states
before that phrase are its subject; the list must close its clause. The companion then cast the same vote, as English
"as did" says (`objects.AS_DID`).
"""

from __future__ import annotations

import re

from unga.claims import wordnames
from unga.claims.foreign_names import ARTICLE, JOINER

LIKEWISE = {
    "es": r"al\s+igual\s+que|lo\s+mismo\s+que|igual\s+que|como\s+(?:también|lo\s+hizo|lo\s+hicieron)|como",
    "fr": r"tout\s+comme|de\s+même\s+que|comme",
    "pt": r"assim\s+como|tal\s+como|(?:bem\s+)?como\s+(?:também|fez|fizeram)|como",
    "de": r"ebenso\s+wie|genau\s+wie|genauso\s+wie|wie\s+auch|gleich\s+wie|wie",
    "it": r"così\s+come|al\s+pari\s+d(?:i|el|ella|ell['’]|ei|egli)|come\s+(?:anche|pure)|come",
    "nl": r"net\s+als|evenals|zoals\s+ook|zoals",
}
# the text voted on, between the vote phrase and the comma: "votó a favor de la resolución, al igual que …"
OBJECT = (r"(?:\s+(?:de|d['’]|do|da|del|della|dell['’]|für|gegen|voor|tegen|a|à|al|au)?\s*(?:la|le|el|l['’]|o|a|die|den"
          r"|das|il|lo|het|de|dem)?\s*(?:resolución|résolution|resolução|Resolution|risoluzione|resolutie|texto|texte"
          r"|Text|testo|tekst|proyecto|projet|projeto|Entwurf|progetto|ontwerp)\w*)?")


def likewise(sentence: str, lang: str, found: list, phrases: list[tuple[int, int, str]],
             out: list[tuple[str, str, str, int]]) -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, where) of each state listed after "as did" that follows a vote phrase whose
    subject `out` already holds."""
    if lang not in LIKEWISE:
        return []
    seen = {p[0] for p in out}
    added: list[tuple[str, str, str, int]] = []
    for start, end, vote in phrases:
        if not any(p[1] == vote and p[3] < start for p in out):
            continue  # no state before the phrase casts its vote: "votó a favor, como X" with an unnamed subject
        mark = re.compile(OBJECT + r"\s*,\s*(?:" + LIKEWISE[lang] + r")\s+" + ARTICLE + r"$", re.I)
        after = [f for f in found if f[0] >= end]
        if not after or not mark.match(sentence[end:after[0][0]]):
            continue
        joint = re.compile(r"^\s*(?:,|,?\s*(?:" + JOINER[lang] + r"))\s*" + ARTICLE + r"$", re.I)
        run = wordnames.chained(sentence, after, joint)
        if not re.match(r"\s*(?:[.;)]|,\s*(?:" + JOINER[lang] + r")\s|$)", sentence[run[-1][1]:]):
            continue  # the list goes on into another clause ("…, como Argentina, que votó en contra"): left unread
        added += [(iso3, vote, sentence[a:b], start) for a, b, iso3 in run if iso3 not in seen]
        seen.update(iso3 for _, _, iso3 in run)
    return added
