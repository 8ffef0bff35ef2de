"""The vote phrases of Spanish, French, Portuguese, German, Italian and Dutch, as tables `languages` reads a
sentence with: the phrases of each side (VOTES, LIST_AFTER, OWNED_VOTE), the words that keep a named state from being a
voter (TRAPS, TIE, NEGATION, NOT_EVEN, IN_A_RELATIVE) and the names of other bodies and procedures."""

from __future__ import annotations

import re

from unga.claims.langframes import chose, time_between

YES, NO, ABSTAIN, ABSENT = "yes", "no", "abstain", "absent"
# the text voted on as a German object: "stimmten gegen die Resolution", "für den Entwurf" ("gegen die USA" is a side)
DE_TEXT = (r"(?:die|den|das|diese|diesen|dieses)\s+(?:[\w-]+\s+){0,2}?(?:Resolution|Entschließung|Text|Entwurf"
           r"|Resolutionsentwurf|Dokument|Beschluss|Vorlage|Antrag|Anträge)\w*\b")
# not voting, the negation the phrase's own: "no votó en la votación", "estaban ausentes": away (as English "did not
# vote", "absent"); "no participó en la votación", "n'a pas pris part au vote": not taking part, which the press also
# writes of abstainers (as English "did not take part": phrases.NOT_TAKING_PART, docs/claims.md "did not vote: the
# policy"); a session or sitting missed ("n'ont pas participé à la session") is being away
ABSENT_PHRASES = {
    "es": r"no\s+(?:se\s+present(?:ó|aron)|vot(?:ó|aron))\s+(?:en|a)\s+la\s+votación\b"
          r"|estuv(?:o|ieron)\s+ausentes?\s+(?:en|de)\s+la\s+votación\b"
          # "no votó", "estuvo ausente" closing their clause: no side after them
          r"|no\s+vot(?:ó|aron)(?=\s*[;,.)]|\s*$|\s+y\s)|estuv(?:o|ieron)\s+ausentes?(?=\s*[;,.)]|\s*$)",
    "fr": r"n['’]\s*(?:a|ont|avait|avaient)\s+pas\s+(?:participé|pris\s+part)\s+à\s+la\s+(?:session|séance)\b"
          r"|(?:était|étaient)\s+absente?s?(?=\s*[,.;]|\s+(?:lors|au|pour|à)\b)"
          r"|n['’]\s*(?:a|ont|avait|avaient)\s+pas\s+voté(?=\s*[;,.)]|\s*$|\s+et\s)",
    "it": r"non\s+(?:ha|hanno|aveva|avevano)\s+votato(?=\s*[;,.)]|\s*$|\s+e\s)"
          r"|(?:era|erano)\s+assent[ei](?=\s*[;,.)]|\s*$|\s+(?:al|durante)\b)",
    "de": r"(?:war|waren)\s+(?:bei\s+der\s+Abstimmung\s+)?abwesend\b|stimmten?\s+nicht\s+ab\b",
    "pt": r"não\s+vot(?:ou|aram)\s+(?:n|d)a\s+votação\b"
          r"|(?:esteve|estiveram|ficou|ficaram)\s+ausentes?\s+(?:n|d)a\s+votação\b"
          r"|não\s+vot(?:ou|aram)(?=\s*[;,.)]|\s*$|\s+e\s)"  # "não votou" closing its clause: no side after it
          # "esteve ausente" closing its clause, "nunca esteve presente": away from the vote
          r"|(?:esteve|estiveram)\s+ausentes?(?=\s*[;,.)]|\s*$)|(?:não|nunca)\s+(?:esteve|estiveram)\s+presentes?(?=\s*[;,.)]|\s*$)",
    "nl": r"(?:was|waren)\s+afwezig(?=\s*[,.;]|\s*$|\s+(?:bij|toen|tijdens)\b)",
}
NO_PART_PHRASES = {
    "es": r"no\s+particip(?:ó|aron|aba|aban)\s+(?:en|a)\s+la\s+votación\b|decidi(?:ó|eron)\s+no\s+participar\s+en\s+la\s+votación\b",
    "fr": r"n['’]\s*(?:a|ont|avait|avaient)\s+pas\s+(?:participé|pris\s+part)\s+au\s+(?:vote|scrutin)\b",
    "pt": r"não\s+particip(?:ou|aram)\s+(?:n|d)a\s+votação\b",
    "de": r"nahm(?:en)?\s+(?:an\s+der\s+Abstimmung\s+)?nicht\s+(?:an\s+der\s+Abstimmung\s+)?teil\b",
    "it": r"non\s+(?:ha|hanno|aveva|avevano)\s+(?:partecipato|preso\s+parte)\s+al\s+voto\b",
    "nl": r"(?:nam|namen)\s+niet\s+deel\s+aan\s+de\s+stemming\b",
}
# an adverb between the auxiliary and its participle: "se sont aussi abstenues", "ont elles aussi voté contre"
FR_ADVERB = (r"(?:\s+(?:aussi|également|encore|déjà|finalement|alors|tou(?:te)?s|(?:eux|elles?|lui)\s+aussi|à\s+nouveau"
             r"|de\s+nouveau|pour\s+la\s+première\s+fois|cette\s+fois(?:-ci)?))?")
# the text voted on, with what may follow it up to the participle: "tegen de resolutie van de VN gestemd"
NL_TEXT = r"(?:de|het|deze|dit)\s+(?:[\w-]+\s+)?(?:resolutie|tekst|ontwerp(?:resolutie)?|VN-resolutie)(?:\s+[^\d.;,:]{1,50}?)??"
IT_TEXT = r"(?:della\s+risoluzione|del\s+(?:testo|documento|progetto))"  # the text voted on, after its side
IT_AMONG = r"(?:\s+(?:figurano|figuravano|c['’]erano|ci\s+sono|anche))?\s*[:,]?"  # "tra gli astenuti (figurano)"
IT_ADVERB = r"(?:\s+(?:invece|quindi|dunque|poi|infine|inoltre))?"
FR_TEXT = r"\s+(?:(?:de\s+la\s+|la\s+)résolution|(?:du|le)\s+texte|(?:du|le)\s+projet\s+de\s+résolution)\b"  # the text voted on
# "stimmte zum ersten Mal dafür", "stimmten diesmal dagegen": a time between the verb and its side
# the vote not cast, between a list and the vote cast: "A en B in plaats van tegen te stemmen zich onthielden"
INSTEAD = (r"(?:in\s+plaats\s+van\s+(?:voor|tegen)\s+te\s+stemmen|(?:an)?statt\s+(?:dafür|dagegen)\s+zu\s+stimmen"
           r"|en\s+(?:lugar|vez)\s+de\s+votar\s+(?:a\s+favor|en\s+contra)|em\s+vez\s+de\s+votar\s+(?:a\s+favor|contra)"
           r"|au\s+lieu\s+de\s+voter\s+(?:pour|contre)|invece\s+di\s+votare\s+(?:a\s+favore|contro))\s*,?\s*")
DE_TIME = r"(?:(?:zum\s+ersten\s+Mal|erstmals|erstmalig|diesmal|dieses\s+Mal|erneut|wieder|wiederum|abermals)\s+)?"
# "votou agora a favor", "votou, sexta-feira, 27, a favor": a time between the verb and its side
PT_TIME = (r"(?:\s+(?:agora|hoje|ontem|novamente|desta\s+vez|pela\s+primeira\s+vez)|\s*,\s*(?:(?:na|nesta|nessa)\s+)?"
           r"(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|ontem|hoje)(?:\s*,\s*(?:dia\s+)?\d{1,2})?\s*,)?")
# a vote kept from the vote before: "manteve a abstenção", "mantuvo su voto en contra"
KEPT = {"pt": r"mant(?:eve|iveram)\s+(?:a\s+|o\s+)?(?:sua\s+|seu\s+|mesma\s+|mesmo\s+)?",
        "es": r"mantuv(?:o|ieron)\s+(?:la\s+|el\s+|su\s+)(?:misma\s+|mismo\s+)?"}
# a side told by an adverb, in Spanish and Portuguese alike: "votaron negativamente", "votou favoravelmente"
ES_ADVERB = {YES: r"positivamente|favorablemente|favoravelmente|afirmativamente|por\s+la\s+afirmativa",
             NO: r"negativamente|desfavorablemente|desfavoravelmente|por\s+la\s+negativa"}
# the Spanish verb, in the perfect too ("han votado a favor", as Spain's press writes the day's news)
ES_VOTED = r"(?:vot(?:ó|aron|aba|aban|an|a)|(?:ha|han|había|habían)\s+votado)"
# a party backed by voting on the text: "A y B apoyaron a X al votar en contra del texto", "apoiaram X ao
# votar contra o texto" (the vote is the verb after "al"/"ao"; against the text or at the clause's end, not "contra Rusia")
ES_TEXT_OR_END = (r"(?=\s*[,.;]|\s*$|\s+(?:de\s+)?(?:la\s+(?:resolución|medida|propuesta)|el\s+(?:texto|proyecto)"
                  r"|del\s+(?:texto|proyecto))\b)")
PT_TEXT_OR_END = r"(?=\s*[,.;]|\s*$|\s+(?:d?a\s+(?:resolução|medida|proposta)|d?o\s+(?:texto|projeto))\b)"
ES_BACKED = r"(?:apoy|respald|defend|secund)(?:ó|aron|ió|ieron)\s+(?:a|al)\s+[^,.;:]{1,40}?\s+al\s+votar\s+"
PT_BACKED = r"(?:apoi|defend|respald)(?:ou|aram|eu|eram)\s+(?:(?:a|o)\s+)?[^,.;:]{1,40}?\s+ao\s+votar\s+"
# an aside set off by commas between a voter and its vote phrase: "Rusia, por su parte, votó en contra", "la Chine, de
# son côté, s'est abstenue", "a França, é preciso dizer, votou contra" (a sentence adverb or a remark of the writer's)
ASIDE = (r"por\s+su\s+parte|por\s+su\s+lado|a\s+su\s+vez|en\s+cambio|sin\s+embargo|como\s+(?:se\s+)?esperaba|como\s+era\s+de\s+esperar"
         r"|(?:hay|cabe)\s+(?:que\s+)?(?:decirlo|señalarlo|subrayarlo|destacarlo|recordarlo)|pour\s+sa\s+part|de\s+son\s+côté"
         r"|en\s+revanche|cependant|toutefois|pourtant|comme\s+prévu|(?:il\s+faut|faut-il)\s+le\s+(?:souligner|dire|noter|rappeler)"
         r"|por\s+sua\s+vez|por\s+seu\s+lado|por\s+outro\s+lado|no\s+entanto|contudo|como\s+(?:se\s+)?esperava"
         r"|é\s+preciso\s+(?:dizer|sublinhar|lembrar)|dal\s+canto\s+suo|da\s+parte\s+sua|a\s+sua\s+volta|invece|tuttavia"
         r"|come\s+previsto|va\s+(?:detto|sottolineato|ricordato)|ihrerseits|seinerseits|jedoch|allerdings|wie\s+erwartet"
         r"|erwartungsgemäß|op\s+(?:haar|zijn)\s+beurt|van\s+(?:haar|zijn)\s+kant|echter|daarentegen|zoals\s+verwacht")
# the text passed by its supporters, a majority of them maybe: "adoptée par 141 pays", "votée par une majorité absolue de
# 72 pays", "fue aprobada por 141 países", "aprovada pela maioria de 141 países", "approvata da 141 Stati"
PASSED_BY = (r"(?:adopt|approuv|vot|aprob|aprov|adott|approvat)\w*\s+(?:par|por|pela|pelo|da)(?:\s+(?:une|la|una|uma|a|un[a']?)\s*"
             r"(?:(?:large|écrasante|amplia|ampla|grande|larga)\s+)?(?:majorité|mayoría|maioria|maggioranza)"
             r"(?:\s+(?:absolue|écrasante|absoluta|amplia|ampla|assoluta))?\s+(?:de|di))?")
PASSED_BEFORE = re.compile(PASSED_BY + r"\s+$", re.I)  # right before a count: "adoptée par 72 pays, dont A" (langroles)
# the word "list" between a side's label and the colon before its list: "Abstentions list:" (langroles._label)
LIST_NOUN = r"(?:\s+(?:list|lista|liste|elenco|lijst)\b)?"
# vote phrases: (pattern, vote); a phrase ending in ":" or a form of "were"/"came from" opens a list after it
VOTES = {
    "es": [(ES_VOTED + time_between("es") + r"\s+(?:a\s+favor|por\s+el\s+sí|sí|" + ES_ADVERB[YES] + r")\b", YES),
           # not "apoyaron a Moscú", "respaldó al Gobierno": a personal "a" names the party supported, not the text; nor
           # "se apoyó en el principio" (relied on)
           (r"(?<!\bse\s)(?:apoy|respald)(?:ó|aron)\b(?!\s+(?:a|al|en)\s)", YES),
           (ES_VOTED + time_between("es") + r"\s+(?:en\s+contra|" + ES_ADVERB[NO] + r")\b", NO), (r"se\s+opus(?:o|ieron)\b", NO),
           (r"se\s+(?:(?:ha|han|había|habían)\s+)?(?:pronunci|posicion)(?:ó|aron|ado)\s+en\s+contra\b", NO),
           (r"(?:estuvo|estuvieron)\s+en\s+contra(?=\s*(?:[,.;:)]|$)|\s+de\s+la\s+(?:resolución|propuesta|medida)\b"
            r"|\s+del\s+(?:texto|proyecto)\b)", NO),  # "28 países estuvieron en contra, entre ellos A"
           (r"se\s+(?:(?:ha|han|había|habían)\s+)?(?:pronunci|posicion)(?:ó|aron|ado)\s+a\s+favor\b", YES),
           (ES_BACKED + r"(?:en\s+)?contra" + ES_TEXT_OR_END, NO), (ES_BACKED + r"a\s+favor" + ES_TEXT_OR_END, YES),
           (r"se\s+abst(?:uvo|uvieron|iene|ienen)\b|se\s+(?:ha|han|había|habían)\s+abstenido\b", ABSTAIN),
           (KEPT["es"] + r"abstención\b", ABSTAIN), (KEPT["es"] + r"voto\s+(?:a\s+favor|favorable)\b", YES),
           (KEPT["es"] + r"voto\s+(?:en\s+contra|contrario)\b", NO),
           # "optaron esta vez por abstenerse": the choice, maybe with its time, of abstention or of abstaining
           (r"opt(?:ó|aron)\s+(?:(?:esta|esa)\s+vez\s+|nuevamente\s+|de\s+nuevo\s+)?por\s+(?:la\s+abstención|abstenerse)\b",
            ABSTAIN)] + chose("es"),
    "fr": [(r"(?:a|ont|avait|avaient|ayant)" + FR_ADVERB + r"\s+voté" + time_between("fr") + r"\s+(?:pour|en\s+faveur|favorablement|positivement)\b"
            r"|vot(?:ait|aient|ent)\s+pour\b", YES),
           (r"(?:a|ont|avait|avaient|ayant)" + FR_ADVERB + r"\s+voté" + time_between("fr") + r"\s+(?:contre|défavorablement|négativement)\b"
            r"|vot(?:ait|aient|ent)\s+contre\b", NO),  # "votent contre": a headline's present
           (r"(?:s['’]est|se\s+sont|s['’]était|s['’]étaient)" + FR_ADVERB + r"\s+abstenu(?:e|s|es)?\b|s['’]abstien(?:t|nent)\b"
            r"|(?:a|ont|avait|avaient)\s+(?:choisi|opté\s+pour)\s+l['’]abstention\b", ABSTAIN),
           # a stance on the text as its vote: "A et B se sont prononcés en faveur du texte", "ont, comme prévu, de
           # nouveau soutenu le texte" (not "se sont prononcés contre la guerre": the text or the clause's end only)
           (r"(?:s['’]est|se\s+sont)\s+prononcée?s?\s+(?:en\s+faveur|pour)(?:" + FR_TEXT + r"|(?=\s*[,.;]))"
            r"|(?:a|ont|avait|avaient)(?:\s*,[^,.;]{1,30},)?" + FR_ADVERB + r"\s+soutenu" + FR_TEXT, YES),
           (r"(?:s['’]est|se\s+sont)\s+prononcée?s?\s+contre(?:\s+(?:la\s+résolution|le\s+texte|le\s+projet\s+de\s+résolution)\b|(?=\s*[,.;]))", NO)] + chose("fr"),
    "pt": [(r"vot(?:ou|aram)" + PT_TIME + time_between("pt") + r"\s+(?:a\s+favor|" + ES_ADVERB[YES] + r")\b", YES),
           (r"vot(?:ou|aram)" + PT_TIME + time_between("pt") + r"\s+(?:contra|" + ES_ADVERB[NO] + r")\b", NO),
           (KEPT["pt"] + r"abstenção\b", ABSTAIN), (KEPT["pt"] + r"voto\s+(?:a\s+favor|favorável)\b", YES),
           (KEPT["pt"] + r"voto\s+(?:contra|contrário)\b", NO),
           # "28 países foram contra, incluindo A": a side taken on the text, at the clause's end only (not "foram
           # contra a guerra")
           (r"(?:foi|foram|ficou|ficaram)\s+contra(?=\s*(?:[,.;:)]|$)|\s+(?:a|à)\s+(?:resolução|proposta|medida)\b"
            r"|\s+o\s+(?:texto|projeto)\b)", NO),
           (PT_BACKED + r"contra" + PT_TEXT_OR_END, NO), (PT_BACKED + r"a\s+favor" + PT_TEXT_OR_END, YES),
           (r"(?:se\s+)?posicion(?:ou|aram)(?:-se)?\s+a\s+favor\b", YES), (r"(?:se\s+)?posicion(?:ou|aram)(?:-se)?\s+contra\b", NO),
           (r"vot(?:ou|aram)\s+[\"“«]?(?:sim)[\"”»]?(?!\w)", YES), (r"vot(?:ou|aram)\s+[\"“«]?(?:não)[\"”»]?(?!\w)", NO),
           (r"abst(?:eve|iveram)-se\b|se\s+abst(?:eve|iveram)\b"
            r"|opt(?:ou|aram)\s+(?:(?:desta|dessa)\s+vez\s+|novamente\s+)?(?:pela\s+abstenção|por\s+se\s+abster|por\s+abster-se)\b",
            ABSTAIN)] + chose("pt"),
    # a place or a time may stand between the verb and "für" ("stimmten in New York für einen Waffenstillstand"), and
    # "für" takes any object brought in by "ein" ("für eine Feuerpause"); "gegen" only the text ("gegen die USA": a side)
    "de": [(r"(?:stimmt|votiert)(?:e|en)" + time_between("de") + r"\s+" + DE_TIME + r"(?:dafür|mit\s+Ja|(?:[^\d.;,:]{1,60}?\s)??für\s+(?:" + DE_TEXT
            + r"|(?:einen|eine|ein)\s))|(?<!\w)(?:war|waren)\s+dafür\b|(?<!\w)mit\s+Ja\s+(?:stimmt|votiert)(?:e|en)\b"
            r"|(?:hat|haben|hatte|hatten)\s+sich\s+dafür\s+ausgesprochen\b"
            # the perfect, its participle last: "haben in New York für eine Resolution gestimmt"
            r"|(?:hat|haben|hatte|hatten)\s+(?:[^\d.;,:]{1,60}?\s)??(?:dafür|für\s+(?:" + DE_TEXT
            + r"|(?:einen|eine|ein)\s+[^\d.;,:]{1,40}?))\s+gestimmt\b", YES),
           (r"(?:stimmt|votiert)(?:e|en)" + time_between("de") + r"\s+" + DE_TIME + r"(?:dagegen|mit\s+Nein|gegen\s+" + DE_TEXT + r")|(?<!\w)(?:war|waren)\s+dagegen\b"
            r"|(?<!\w)mit\s+Nein\s+(?:stimmt|votiert)(?:e|en)\b"
            r"|(?:hat|haben|hatte|hatten)\s+sich\s+dagegen\s+ausgesprochen\b"
            r"|(?:hat|haben|hatte|hatten)\s+(?:[^\d.;,:]{1,60}?\s)??(?:dagegen|gegen\s+" + DE_TEXT + r")\s+gestimmt\b", NO),
           # the separable verb: "sprachen sich für den Antrag aus", "gegen den Entwurf aus"
           (r"(?:sprach|sprachen)\s+sich\s+" + DE_TIME + r"für\s+" + DE_TEXT + r"(?:\s+[^\d.;,:]{1,30}?)??\s+aus\b", YES),
           (r"(?:sprach|sprachen)\s+sich\s+" + DE_TIME + r"gegen\s+" + DE_TEXT + r"(?:\s+[^\d.;,:]{1,30}?)??\s+aus\b", NO),
           (r"enthielt(?:en)?\s+sich\b|(?:hat|haben|hatte|hatten)\s+sich\s+(?:[^\d.;,:]{1,40}?\s)??(?:der\s+Stimme\s+)?"
            r"enthalten\b", ABSTAIN),
           # a subordinate clause puts the verb last: "während sich 13 Länder der Stimme enthielten."
           (r"(?:der\s+Stimme\s+)?enthielten(?=\s*[.,;)]|\s*$)", ABSTAIN),
           (r"lehnt(?:e|en)\s+(?:" + DE_TEXT + r"|sie|ihn|es)\s+ab\b", NO), (r"unterstützt(?:e|en)\s+" + DE_TEXT, YES)],
    "it": [(r"(?:ha|hanno|aveva|avevano)\s+votato" + time_between("it") + r"\s+(?:a\s+favore|favorevolmente|positivamente)\b", YES),
           (r"(?:ha|hanno|aveva|avevano)\s+votato" + time_between("it") + r"\s+(?:contro|negativamente|sfavorevolmente)\b", NO),
           (r"(?:si\s+(?:è|sono|era|erano)\s+astenut[oaie])\b", ABSTAIN),
           # the participle alone closing its clause, as headlines write it: "Italia e Spagna astenute, …"
           (r"(?<=\w\s)astenut[oaie](?=\s*[,.;:]|\s*$)", ABSTAIN),
           # a vote of a series taken again or joined: "è tornato al voto a favore", "si sono aggiunti nel voto a favore"
           (r"(?:è|sono)\s+tornat[oaie]\s+al\s+voto\s+a\s+favore\b|si\s+(?:è|sono)\s+aggiunt[oaie]\s+(?:nel|al)\s+voto\s+a\s+favore\b", YES),
           (r"(?:è|sono)\s+tornat[oaie]\s+all['’]astensione\b", ABSTAIN),
           (r"(?:è|sono)\s+tornat[oaie]\s+al\s+voto\s+contr(?:ario|o)\b", NO),
           # "hanno espresso voto contrario", "si sono schierati contro" (not "contro la Russia": a side, not a vote)
           (r"(?:ha|hanno|aveva|avevano)\s+espresso\s+(?:un\s+)?voto\s+(?:contrario|negativo)\b", NO),
           (r"(?:ha|hanno|aveva|avevano)\s+espresso\s+(?:un\s+)?voto\s+favorevole\b", YES),
           (r"si\s+(?:è|sono|era|erano)\s+schierat[oaie]\s+contro(?=\s*(?:[,.;]|$|insieme|assieme)|\s+(?:la|il)\s+"
            r"(?:risoluzione|testo|documento|bozza)\b)", NO),
           (r"si\s+(?:è|sono|era|erano)\s+schierat[oaie]\s+a\s+favore(?=\s*(?:[,.;]|$|insieme|assieme)|\s+(?:della|del)\s+"
            r"(?:risoluzione|testo|documento|bozza)\b)", YES)] + chose("it"),
    # "stemmen" after a number is the noun ("127 stemmen vóór"), else the verb ("A en B stemmen tegen")
    # the perfect may put a time and the text between the auxiliary and its participle: "hebben vandaag tegen de
    # resolutie gestemd"; "zich achter de resolutie scharen" (to rally behind it) is a vote for it
    "nl": [(r"(?:stemde(?:n)?|stemt|(?<!\d\s)stemmen)" + time_between("nl") + r"\s+(?:v[oó]{2}r|ja)\b"
            r"|(?:heeft|hebben|had|hadden)\s+(?:v[oó]{2}r|ja)\s+gestemd\b"
            r"|(?:heeft|hebben|had|hadden)\s+(?:[^\d.;,:]{1,40}?\s)??v[oó]{2}r\s+" + NL_TEXT + r"\s+gestemd\b"
            r"|zich\s+achter\s+" + NL_TEXT + r"\s+schaarde(?:n)?\b|schaarde(?:n)?\s+zich\s+achter\s+" + NL_TEXT
            # the verb, a place or time, then the side and its text: "stemden tijdens de zitting voor de resolutie"
            + r"|(?:stemde(?:n)?|stemt)\s+(?:[^\d.;,:]{1,90}?\s)??v[oó]{2}r\s+" + NL_TEXT, YES),
           (r"(?:stemde(?:n)?|stemt|(?<!\d\s)stemmen)" + time_between("nl") + r"\s+(?:tegen|nee)\b(?!\s+\d)"
            r"|(?:heeft|hebben|had|hadden)\s+(?:tegen|nee)\s+gestemd\b"
            r"|(?:heeft|hebben|had|hadden)\s+(?:[^\d.;,:]{1,40}?\s)??tegen\s+" + NL_TEXT + r"\s+gestemd\b"
            r"|(?:stemde(?:n)?|stemt)\s+(?:[^\d.;,:]{1,90}?\s)??tegen\s+" + NL_TEXT, NO),
           (r"(?:onthield(?:en)?|onthoudt|onthouden)\s+zich\b|(?:heeft|hebben|had|hadden)\s+zich\s+(?:van\s+stemming\s+)?"
            r"onthouden\b", ABSTAIN),
           # a subordinate clause puts the verb last: "terwijl 14 landen zich van stemming onthielden."
           (r"zich\s+(?:van\s+(?:de\s+)?stemm(?:ing|en)\s+)?onthield(?:en)?(?:\s+van\s+(?:de\s+)?stemm(?:ing|en))?"
            r"(?=\s*[.,;)]|\s*$|\s+(?:waren|zijn|bevonden|bevinden)\b)", ABSTAIN)],
}
# a vote phrase followed by the states it lists: "votaron en contra: A, B", "Los votos en contra fueron de A"
LIST_AFTER = {
    "es": [(r"votos?\s+(?:a\s+favor|en\s+contra)\s+(?:fueron|vinieron|llegaron)\s+de", None),
           # the verb after its side, its subjects after it: "En contra de la resolución votaron A y B"
           (r"(?<!\w)(?:en\s+contra|a\s+favor)\s+(?:de\s+la\s+resolución|del\s+(?:texto|proyecto))\s+votaron", None),
           (r"(?:países|estados|naciones)\s+que\s+(?:optaron\s+por\s+la\s+abstención|se\s+abstuvieron)\s+(?:fueron|son)\s*:?", ABSTAIN),
           (r"(?:países|estados|naciones)\s+que\s+votaron\s+(?:en\s+contra|a\s+favor)\s+(?:fueron|son)\s*:?", None),
           # "Entre las abstenciones estuvieron A y B", "Entre los votos en contra figuran A" (an aside between commas)
           (r"\bentre\s+las\s+abstenciones\s*(?:,[^,.;:\d]{1,40},\s*)?(?:estuvieron|estaban?|estuvo|figura(?:n|ba|ban)?|figuraron|se\s+encuentran|están)(?:\s*,[^,.;:\d]{1,40},)?\s*:?",
            ABSTAIN),
           (r"\bentre\s+los\s+votos\s+(?:en\s+contra|a\s+favor)\s*(?:,[^,.;:\d]{1,40},\s*)?(?:estuvieron|estaban|figuran"
            r"|figuraron|se\s+encuentran|están)\s*:?", None)],
    "fr": [(r"(?:ont\s+)?voté\s+(?:pour|contre)\s*:", None),
           (r"(?:pays|[ÉE]tats|nations)\s+qui\s+(?:ont|avaient)\s+voté\s+(?:pour|contre)\s+(?:sont|étaient|furent)\s*:?", None),
           (r"(?:pays|[ÉE]tats|nations)\s+qui\s+se\s+sont\s+abstenus\s+(?:sont|étaient|furent)\s*:?", ABSTAIN)],
    "pt": [(r"votos?\s+(?:a\s+favor|contra|contrários|favoráveis)\s+foram\s+d(?:e|os|as|o|a)", None),
           (r"abstenç(?:ões|ão)\s+foram\s+d(?:e|os|as|o|a)", ABSTAIN),
           (r"(?:países|estados|nações)\s+que\s+votaram\s+(?:contra|a\s+favor)\s+(?:foram|são|eram)\s*:?", None),
           (r"(?:países|estados|nações)\s+que\s+se\s+abstiveram\s+(?:foram|são|eram)\s*:?", ABSTAIN)],
    # "Dagegen stimmten: A, B", "Gegen die Resolution stimmten A und B" (the verb second, its subjects after it)
    "de": [(r"(?:dagegen|dafür)\s+stimmten\s*:?", None), (r"(?:Gegen|Für)\s+" + DE_TEXT + r"\s+stimmten\s*:?", None),
           (r"(?:der\s+Stimme\s+enthielten\s+sich|Enthaltungen\s+kamen\s+von)\s*:?", ABSTAIN)],
    "it": [(r"hanno\s+votato\s+(?:a\s+favore|contro)\s*:", None),
           (r"(?:ha|hanno)\s+espresso\s+(?:un\s+)?voto\s+(?:contrario|favorevole)(?:\s+(?:alla|al)\s+(?:risoluzione|testo"
            r"|documento|bozza))?\s*:", None),
           # an adverb may follow the copula: "I paesi che hanno votato contro sono invece A e B"
           (r"(?:paesi|stati|nazioni)\s+che\s+hanno\s+votato\s+(?:a\s+favore|contro)\s+(?:sono|erano|furono)" + IT_ADVERB + r"\s*:?", None),
           (r"(?:paesi|stati|nazioni)\s+che\s+si\s+sono\s+astenuti\s+(?:sono|erano|furono)" + IT_ADVERB + r"\s*:?", ABSTAIN),
           # the verb after its side, its subjects after it: "A favore della risoluzione hanno votato A e B"
           (r"(?<!\w)a\s+favore\s+" + IT_TEXT + r"\s+hanno\s+votato", YES),
           (r"(?<!\w)contro\s+" + IT_TEXT + r"\s+hanno\s+votato", NO),
           # "tra gli astenuti A e B", "fra i contrari A": the side's own group, its members after it
           # "tra i paesi astenuti", "fra gli stati contrari": the group's noun before its side
           (r"(?<!\w)(?:tra|fra)\s+(?:gli|i)\s+(?:(?:paesi|stati|nazioni)\s+)?astenuti" + IT_AMONG, ABSTAIN),
           (r"(?<!\w)(?:tra|fra)\s+(?:i|gli)\s+(?:(?:paesi|stati|nazioni)\s+)?contrari" + IT_AMONG, NO),
           (r"(?<!\w)(?:tra|fra)\s+(?:i|gli)\s+(?:(?:paesi|stati|nazioni)\s+)?favorevoli" + IT_AMONG, YES)],
    "nl": [(r"(?:tegen|v[oó]{2}r)\s+stemden\s*:?", None), (r"onthielden\s+zich\s*:", ABSTAIN),
           # "Het land dat tegenstemde was A", "De landen die voorstemden waren A en B"
           (r"(?:land|landen|staten)\s+(?:dat|die)\s+(?:tegen|v[oó]{2}r)\s*stemde(?:n)?\s+(?:was|waren)\s*:?", None)],
}
# the vote as a noun owned by the states after it, in a "with" frame: "con el voto en contra de A y B", "com a abstenção
# de A", "avec les voix contre de A", "mit den Gegenstimmen von A" (a vote noun only: "con el apoyo de" may be a
# sponsor's support; without the frame "el voto en contra de Rusia" is a vote against Russia)
WITH = {"es": r"\bcon\s+(?:el|los|la|las)\s+", "pt": r"\bcom\s+(?:o|os|a|as)\s+", "fr": r"\bavec\s+(?:le|les|la|l['’])\s*",
        "it": r"\bcon\s+(?:il|i|l['’]|la)\s*", "de": r"\b(?:mit|gegen|bei|trotz)\s+(?:den|die|der)?\s*", "nl": ""}
OWNED_VOTE = {
    "es": [(WITH["es"] + r"votos?\s+en\s+contra(?=\s+de\s)", NO), (WITH["es"] + r"votos?\s+a\s+favor(?=\s+de\s)", YES),
           (r"(?:" + WITH["es"] + r"|\by\s+la\s+)abstenci(?:ón|ones)(?=\s+del?\s)", ABSTAIN),
           (r"(?:" + WITH["es"] + r"|\by\s+la\s+)oposición(?=\s+del?\s)", NO)],
    "pt": [(WITH["pt"] + r"votos?\s+contra(?=\s+d[eoa]s?\s)", NO), (WITH["pt"] + r"votos?\s+a\s+favor(?=\s+d[eoa]s?\s)", YES),
           (r"(?:" + WITH["pt"] + r"|\be\s+a\s+)abstenç(?:ão|ões)(?=\s+d[eoa]s?\s)", ABSTAIN),
           (r"(?:" + WITH["pt"] + r"|\be\s+a\s+)oposição(?=\s+d[eoa]s?\s)", NO)],
    "fr": [(WITH["fr"] + r"(?:votes?|voix)\s+contre(?=\s+(?:de|d['’]|du|des)\s*)", NO),
           (WITH["fr"] + r"(?:votes?|voix)\s+pour(?=\s+(?:de|d['’]|du|des)\s*)", YES),
           (WITH["fr"] + r"abstentions?(?=\s+(?:de|d['’]|du|des)\s*)", ABSTAIN)],
    "it": [(WITH["it"] + r"vot[oi]\s+contrari[oi](?=\s+d[ie]\s)", NO), (WITH["it"] + r"vot[oi]\s+a\s+favore(?=\s+d[ie]\s)", YES),
           (r"(?:" + WITH["it"] + r"|\be\s+l['’]\s*)astensione(?=\s+d(?:i|ell['’]|ella|ello|egli|ei|el)\s*)", ABSTAIN),
           (r"(?:" + WITH["it"] + r"|\be\s+l['’]\s*)opposizione(?=\s+d(?:i|ell['’]|ella|ello|egli|ei|el)\s*)", NO)],
    "de": [(WITH["de"] + r"Gegenstimmen(?=\s+(?:von|der|des)\s)", NO), (WITH["de"] + r"Enthaltungen?(?=\s+(?:von|der|des)\s)", ABSTAIN)],
    "nl": [],
}
# a tie's noun, then the state it names, which is no voter: "aliada de Rusia", "alliés de la Russie", "parceiros da
# Rússia", "Verbündete von Russland", "alleati della Russia"
TIE_NOUN = (r"(?:(?:aliad|soci|amig|vecin|parceir|vizinh)[oa]s?|(?:alliée?|partenaire|amie?|voisine?)s?"
            r"|Verbündete[nrm]?|Partner[ns]?|Freunde[ns]?|Nachbar(?:n|staaten)?|(?:alleat|amic|vicin)[oaie]?|partner)\b")
TIE = re.compile(TIE_NOUN + r"(?:\s+[\w-]+){0,2}?\s+(?:de|del|d['’]\s*|du|des|da|do|das|dos|von|di|della|dell['’]\s*)\s*"
                 r"(?:la\s+|le\s+|el\s+|a\s+|o\s+|die\s+|den\s+|der\s+|l['’]\s*)?$", re.I)
# a state named inside a relative clause set off by a comma is no voter: "China, que se ha negado a condenar a Rusia, se
# abstuvo", "L'Inde, qui achète du pétrole à la Russie, s'est abstenue" (the clause's own state is the one before it);
# not "dont", which after a count opens its examples ("35 pays, dont la Chine")
IN_A_RELATIVE = {lang: re.compile(r",\s*(?:" + words + r")\s[^,;:.()]*$", re.I) for lang, words in {
    "es": r"que|quien|quienes|cuy[oa]s?|(?:el|la|los|las)\s+cual(?:es)?", "pt": r"que|(?:o|a|os|as)\s+qua(?:l|is)|cuj[oa]s?",
    "fr": r"qui|que|qu['’]|lequel|laquelle|lesquel(?:le)?s", "de": r"der|die|das|dem|den|dessen|deren|welche[rsnm]?",
    "it": r"che|cui|(?:il|la|i|le)\s+qual[ei]", "nl": r"die|dat|wiens|wier"}.items()}



# a state named here is not a voter: the subject of the text, its sponsor, a negated vote
TRAPS = {
    "es": r"\b(?:contra|condena|condenó|sobre|patrocinad[ao]s?\s+por|presentad[ao]s?\s+por|propuest[ao]s?\s+por)\s+(?:a\s+)?(?:la\s+|el\s+|los\s+)?$",
    "fr": r"\b(?:contre|condamne|condamnant|sur|parrainée?s?\s+par|présentée?s?\s+par|proposée?s?\s+par"
          r"|en\s+faveur\s+(?:de|d['’]|du|des))\s*(?:l['’]\s*|la\s+|le\s+|les\s+)?$",
    "pt": r"\b(?:contra|condena|sobre|patrocinad[ao]s?\s+por|apresentad[ao]s?\s+por|propost[ao]s?\s+por|pel[oa]s?)\s+(?:a\s+|o\s+|os\s+)?$",
    "de": r"\b(?:gegen|verurteilt|über|eingebracht\s+von|vorgelegt\s+von)\s+(?:die\s+|den\s+|das\s+)?$",
    "it": r"\b(?:contro|condanna|sulla|sul|presentat[ao]\s+da|propost[ao]\s+da)\s+(?:la\s+|il\s+|l['’]\s*)?$",
    "nl": r"\b(?:tegen|veroordeelt|veroordeelde|over|van|ingediend\s+door|voorgesteld\s+door)\s+(?:de\s+|het\s+)?$",
}
NEGATION = {"es": r"\bno\s+(?:se\s+)?$", "fr": r"\bn['’]?\s*(?:a|ont|s['’]est|se\s+sont)?\s*$|\bne\s+$",
            "pt": r"\bnão\s+(?:se\s+)?$", "de": r"\bnicht\s+$", "it": r"\bnon\s+(?:si\s+)?$", "nl": r"\b(?:niet|geen)\s+$"}
# "not even" (or "nor") opening the list's clause denies its vote: "nem mesmo aliados como A e B votaram contra", "ni
# siquiera A votó en contra", "nicht einmal A stimmte dagegen", "neanche A ha votato contro"
NOT_EVEN = {"es": r"\bni(?:\s+siquiera)?\s", "pt": r"\bnem(?:\s+(?:mesmo|sequer))?\s", "fr": r"\b(?:même\s+pas|pas\s+même|ni)\s",
            "de": r"\b(?:nicht\s+einmal|nicht\s+mal|weder)\s", "it": r"\b(?:neanche|nemmeno|neppure|né)\s",
            "nl": r"\b(?:zelfs\s+niet|niet\s+eens|noch)\s"}
NEGATED_AFTER = {"es": r"^\s*no\b", "fr": r"^\s*(?:ne|n['’])", "pt": r"^\s*não\b", "de": r"^[^.;,]{0,30}\bnicht\b",
                 "it": r"^\s*non\b", "nl": r"^[^.;,]{0,30}\bniet\b"}
OTHER_BODY = re.compile(r"Consejo\s+de\s+Seguridad|Conseil\s+de\s+sécurité|Conselho\s+de\s+Segurança|Sicherheitsrat"
                        r"|Consiglio\s+di\s+sicurezza|Veiligheidsraad|Mensenrechtenraad|Consejo\s+de\s+Derechos\s+Humanos|Conseil\s+des\s+droits"
                        r"|Conselho\s+de\s+Direitos|Menschenrechtsrat|Consiglio\s+per\s+i\s+diritti|\bveto\b"
                        # a country's legislature or its members: "471 Abgeordnete", "339 députés", "319 diputados"
                        r"|\bBundestag|\bAbgeordnete[nr]?\b|\bKnesset\b|\bdiputad[oa]s\b|\bdéputés\b|\bdeputati\b"
                        r"|\bdeputados\b|\bKamerleden\b|\bsenador[ae]s\b|\bsénateurs\b|\bsenatori\b"
                        r"|\bAssemblée\s+nationale\b|\bCamera\s+dei\s+deputati\b|\bAssembleia\s+da\s+República\b", re.I)
PROCEDURAL = re.compile(r"\benmiendas?\b|\bamendements?\b|\bemendas?\b|\bÄnderungsantr|\bemendament|\bmoción\b"
                        r"|\bmotion\b|\bmoção\b|\bmozione\b|\bpárrafo\b|\bparagraphe\b|\bparágrafo\b|\bparagrafo\b"
                        r"|\bamendement\b|\bmotie\b|\bparagraaf\b", re.I)
# the votes the text (not a state: "Brasil recibió 180 votos" is an election) received, as its yes: "la risoluzione …
# ha avuto 117 voti", "el texto obtuvo 120 votos", "a resolução recebeu 134 votos" (not "… votos contra 5")
RECEIVED_VOTES = re.compile(r"\b(?:texte|texto|résolution|resolución|resolução|risoluzione|testo|documento|projet|proyecto"
                            r"|projeto|progetto|moratoria|moratória)\b[^.;:]{0,40}?\b(?:a\s+recueilli|a\s+obtenu|recibió|obtuvo"
                            r"|ha\s+(?:obtenido|recibido|ottenuto|avuto|raccolto)|recebeu|obteve|teve)\s+(\d{1,3})\s+"
                            r"(?:votos|voix|voti)\b(?!\s+(?:en\s+)?(?:contra|contre|contro|contrari|a\s+(?:favor|favore)?\s*\d))", re.I)
