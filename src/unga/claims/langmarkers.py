"""The words `langroles` reads lists by, per language (Spanish, French, Portuguese, German, Italian, Dutch): the
markers of each role (`MARKERS`: inclusion, partitive, companion, relative), the nouns a count counts, the vote
labels and the side each gives, and a count in digits or in the language's number words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga.claims import langnumbers


YES, NO, ABSTAIN = "yes", "no", "abstain"

# the text a German side takes ("für die Resolution", "gegen das Dokument"), not a party ("gegen die USA")
DE_OBJECT = r"(?:die|den|das|diese|diesen|dieses)\s+(?:Resolution|Entschließung|Text|Entwurf|Resolutionsentwurf|Dokument|Beschluss|Vorlage)\w*"
# per language: inclusion markers ("among which"), partitive bridges ("are some of the"), companion markers
# ("together with", "accompanied by"), the nouns a count counts, and the vote-label nouns with their side
MARKERS = {
    "es": {"include": r"entre\s+(?:ellos|ellas|los\s+cuales|las\s+cuales|los\s+que|las\s+que)(?:\s+(?:destaca[nb]?|destacaban"
                      r"|figura[nb]?|figuraban|se\s+encuentra[nb]?|se\s+encontraban))?|incluid[oa]s?|incluyendo|como",
           "partitive": r"(?:son|eran|fueron|es|era|fue)\s+(?:algun[oa]s\s+de|un[oa]\s+de|parte\s+de|de)|(?:son|eran|fueron|(?:han|habían)\s+sido)(?=\s+l[oa]s\s)"
                        r"|(?:(?:estuv|estab|est[áa]|se\s+encontr|figur)[a-zó]*|(?:formó|forma|formaron|forman)\s+parte)"
                        r"\s+(?:entre|de)",
           "companion": r"junto\s+(?:con|a|al)(?!\w)|acompañad[oa]s?\s+(?:[\wáéíóúñ]+\s+){0,4}?por",
           "relative": r"que",
           # "A y B se unieron a C y D para oponerse a la medida": the joiners and the joined, the purpose's side
           "joined": r"se\s+(?:unieron|unió|sumaron|sumó)\s+a",
           "purpose": r"(?:para|en)\s+(?:oponerse|votar\s+en\s+contra|rechazar|votar\s+a\s+favor|apoyar|respaldar|abstenerse)"},
    "fr": {"include": r"dont|parmi\s+(?:lesquels|lesquelles|eux|elles)(?:\s+on\s+(?:compte|trouve|retrouve|note))?|notamment|y\s+compris|comme",
           "partitive": r"(?:sont|étaient|furent|est|était|fut)\s+(?:parmi|(?:quelques-uns|certains|l['’]un|l['’]une)\s+d)"
                        r"|figur[a-z]*\s+parmi|(?:fait|font|faisait|faisaient|a\s+fait|ont\s+fait)\s+partie\s+d",
           "companion": r"avec|(?:aux\s+côtés\s+d|accompagnée?s?\s+(?:[\wéèêàç]+\s+){0,4}?(?:par|d))e?",
           "relative": r"qui",
           "joined": r"(?:se\s+sont|s['’]est|s['’]étaient|s['’]était)\s+(?:joint|rallié|associé)[a-z]*\s+(?:à|aux?)",
           "purpose": r"pour\s+(?:voter\s+contre|s['’]opposer|rejeter|voter\s+pour|soutenir|appuyer|s['’]abstenir)"},
    "pt": {"include": r"entre\s+(?:eles|elas|os\s+quais|as\s+quais)|incluindo|inclusive|como",
           "partitive": r"(?:são|eram|foram|é|era|foi)\s+(?:alguns\s+d|algumas\s+d|um\s+d|uma\s+d|parte\s+d|d)|(?:são|eram|foram|(?:têm|tinham)\s+sido)(?=\s+[oa]s\s)"
                        r"|(?:estev|estav|est[áã]|figur)[a-z]*\s+entre|(?:faz|fazia|fez|fizeram|fazem)\s+parte\s+d",
           "companion": r"junto\s+com|acompanhad[oa]s?\s+(?:[\wáéíóúãõç]+\s+){0,4}?(?:por|pel[oa]s?)",
           "relative": r"que",
           "joined": r"(?:juntaram|juntou|uniram|uniu|somaram|somou)-se\s+a",
           "purpose": r"(?:para|em)\s+(?:se\s+opor|votar\s+contra|rejeitar|votar\s+a\s+favor|apoiar|se\s+abster)"},
    "de": {"include": r"darunter|unter\s+ihnen|einschließlich|wie|angeführt\s+von",
           "partitive": r"(?:sind|waren|ist|war)\s+(?:einige\s+|eines\s+|einer\s+)?(?:der|von\s+den|unter\s+den)",
           "companion": r"zusammen\s+mit|gemeinsam\s+mit|begleitet\s+von",
           "relative": r"die|welche",
           # the verb second, its subjects, then the side: "Am Mittwoch stimmten auch A und B gegen die Resolution"
           "verb_first": r"(?:stimmt|votiert)(?:e|en)(?:\s+(?:auch|ebenfalls|nur|schließlich|erneut|wieder))?",
           "then": {YES: r"dafür|mit\s+Ja|für\s+" + DE_OBJECT, NO: r"dagegen|mit\s+Nein|gegen\s+" + DE_OBJECT}},
    "it": {"include": r"tra\s+cui|fra\s+cui|tra\s+(?:i|le)\s+quali|tra\s+questi|inclus[oaie]|compres[oaie]|come",
           "partitive": r"(?:sono|erano|furono|è|era|fu)\s+(?:alcuni\s+|alcune\s+|uno\s+|una\s+|parte\s+)?(?:tra|fra|de|d)",
           "companion": r"(?:insieme|assieme)\s+(?:ad?|al|alla|allo|ai|agli|alle|con)|accompagnat[oaie]\s+(?:[\wàèéìòù]+\s+){0,4}?da",
           "relative": r"che"},
    # the reflexive verb split around its subjects: "onthielden A en B zich", its "zich" after them
    "nl": {"verb_first": r"(?:stemde(?:n)?|onthield(?:en)?)(?:\s+(?:ook|eveneens|alleen))?", "besides": r"naast",
           "then": {YES: r"v[oó]{2}r(?=\s*[.,;]|\s*$|\s+(?:de|het)\s+(?:resolutie|tekst|ontwerp))",
                    NO: r"tegen(?=\s*[.,;]|\s*$|\s+(?:de|het)\s+(?:resolutie|tekst|ontwerp))",
                    ABSTAIN: r"zich(?=\s*[.,;]|\s*$|\s+(?:van\s+(?:de\s+)?stemm(?:ing|en)|samen\s+met)\b)"},
           "include": r"waaronder|onder\s+wie|onder\s+meer|inclusief|zoals",
           "partitive": r"(?:zijn|waren|is|was)\s+(?:enkele\s+|een\s+)?(?:van\s+de|onder\s+de)",
           "companion": r"samen\s+met|tezamen\s+met|vergezeld\s+door",
           "relative": r"die|dat"},
}
# the nouns a count may count, and the vote-label nouns that give the side
STATES = (r"(?:otros\s+|otras\s+|autres\s+|outros\s+|outras\s+|andere\s+|weitere\s+|altri\s+|altre\s+|únic[oa]s\s+|unici\s+|uniche\s+)?"
          r"(?:países|naciones|estados|pays|États|Etats|nations|nações|Staaten|Länder|paesi|Stati|nazioni"
          r"|delegaciones|délégations|delegações|Delegationen|delegazioni|landen|lidstaten)")
LABEL_SIDE = [(re.compile(r"absten|abstenç|Enthaltung|astensi|astenut|onthoud", re.I), ABSTAIN),
              (re.compile(r"contra|contrár|contre|contro|Gegenstimm|Nein|dagegen|gegen|tegen", re.I), NO),
              (re.compile(r"favor|pour\b|Ja-Stimm|dafür|v[oó]{2}r", re.I), YES)]
LABEL = (r"(?:abstenciones|abstenções|abstentions|Enthaltungen|astensioni|astenuti|onthoudingen|abstención|abstenção|abstention|Enthaltung|astensione|votos?\s+(?:en\s+)?contra|voix\s+contre"
         r"|Gegenstimmen|Nein-Stimmen|vot[oi]\s+contrari[oi]?|votos?\s+a\s+favor|voix\s+pour|Ja-Stimmen|voti\s+a\s+favore"
         r"|stemmen\s+(?:tegen|v[oó]{2}r))")
# the side a count's noun may leave out: "cinco en contra (A, B)", "zes landen tegen: A", "sept pays pour"
BARE_SIDE = (r"(?:en\s+contra|a\s+favor|contre|pour|contra|contro|a\s+favore|dagegen|dafür|tegen|v[oó]{2}r"
             r"|contrari|favorevoli|contrári[oa]s|favoráveis)(?![\w-])"
             r"(?!\s+(?:de|del|la|le|les|el|los|las|l['’]|die|der|den|il|i|o|a|os|as|het|\d)\b)")
# the side a label right before a count gives it: "votos contra 12", "Abstenções haviam sido 9", "dagegen 54"
LABEL_BEFORE = re.compile(r"(?:" + LABEL + r"|(?:votos|voix|voti|Stimmen|stemmen)\s+(?:contra|contre|contro|gegen|tegen)"
                          r"|dagegen|dafür)"
                          r"\s*:?\s+(?:de\s+)?(?:(?:haviam\s+sido|han\s+sido|fueron|foram|eram|sont|étaient|ont\s+été|waren|sind"
                          r"|sono\s+state|erano|zijn)\s+)?$", re.I)


@lru_cache(maxsize=None)
def count_pattern(lang: str) -> str:
    """A count in digits or in the language's words ("trente-cinq", "treinta y ocho", "zes"), as group n."""
    return r"(?<![\w-])(?P<n>\d{1,3}|" + langnumbers.pattern(lang).pattern + ")"


def count_value(n: str, lang: str) -> int | None:
    return int(n) if n.isdigit() else langnumbers.value(n, lang)


ARTICLES = (r"(?:(?:las|los|les|as|os|die|den|der|gli|le|la|el|il|i|o|al|a)\s+|l['’]\s*)?"
            r"(?:(?:de|dos|das|del|des|von)\s+|d['’]\s*)?")
