"""Why the rules miss gold positions: every gold position no rule reads in its sentence, sorted into classes by what
stands in its sentence, counted per set (the twelfth round's table, docs/claims.md "Twelfth round: positions").

Run on demand (needs the labelled texts outside the repository; reads only learn_positions.DEVELOPED_ON):
    python benchmarks/position_causes.py [--show CLASS]

The classes are a first sort by patterns, not a reading: each is checked by reading its sentences (--show), and a
sentence that fits two classes counts in the first that matches, in the order below. A mechanism is worth building
when its class holds positions in three sets or more.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_positions as lp

FOREIGN = re.compile(r"\b(?:votó|votaron|se\s+opusieron|abstenus|abstuvieron|abstuvo|abstención|ont\s+voté|en\s+contra|stimmten"
                     r"|votos|voto|hlasoval\w*|proti|astensione|a\s+favore|optaron)\b", re.I)
NOT_LATIN = re.compile(r"[\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]")  # Greek, Cyrillic, Japanese, Chinese
CLASSES = [  # (class, pattern on the sentence); the learn_positions cause decides the first ones
    ("another body named in the sentence", re.compile(r"^(?!.*(?:General\s+Assembly|UNGA)).*(?:Security\s+Council|veto"
                                                      r"|committee|Human\s+Rights\s+Council)", re.I | re.S)),
    ("quoted vote word", re.compile(r"vot\w*\s+['\"“‘](?:against|for|in\s+favou?r|favou?r|abstain\w*|yes|no)"
                                    r"|['\"“‘](?:abstained|against|favou?r)['\"”’]", re.I)),
    ("bracketed list after a number", re.compile(r"\d+\s*(?:votes?\s+)?(?:in\s+favou?r|against|to|towards|abstentions?|-)?"
                                                 r"\s*(?:\w+\s+)?\(\s*[A-Z]")),
    ("vote stated in the sentence before (followed suit, joining, the N were, bare list)",
     re.compile(r"followed\s+suit|did\s+the\s+same|did\s+so|similar\s+position|same\s+position|^\W*Joining\b"
                r"|\bwere\s+(?:also\s+)?joined\s+by\b|^\W*(?:The\s+)?(?:two|three|nine|\d+)\s+(?:countries|nations|states)?\s*"
                r"(?:were|are)|\bWho\s+were\b|^[^a-z]*$", re.I)),
    ("vote of a companion (voted with X, joined X in …)", re.compile(
        r"\b(?:voted|voting|vote)\s+(?:with|alongside|along\s+with)\b|\bsided\s+with\b|\bjoined\b[^.]{0,80}\bin\s+"
        r"(?:voting|opposing|abstaining|backing|supporting)|\bjoin(?:ed|ing)\s+(?:the\s+)?[A-Z]", re.I)),
    ("long subject: 'the states that voted X … were A'", re.compile(
        r"(?:that|who|which)\s+(?:voted|abstained|opposed|backed|supported)\b[^.;:]{10,160}\b(?:were|are|included|include)\b",
        re.I)),
    ("besides / in addition to / other than", re.compile(r"\b(?:besides|in\s+addition\s+to|apart\s+from|other\s+than)\b",
                                                         re.I)),
]


def classify(o: dict) -> str:
    cause, sentence = o["cause"], o["sentence"]
    if cause == "in a list labelled by sample":
        return "in a list labelled by sample (not scored)"
    if FOREIGN.search(sentence) or len(NOT_LATIN.findall(sentence)) > 10:
        return "copy in another language"
    if cause == "state not recognised":
        if "Flag of" in sentence:
            return "not recognised: glued table cells"
        if "•" in sentence or re.search(r"\b\d{4}\s+on\b", sentence):
            return "not recognised: resolution numbers listed under a state"
        return "not recognised: other (pronoun, spelling, group)"
    if cause == "read with another vote":
        return "read with another vote"
    found = next((name for name, pattern in CLASSES if pattern.search(sentence)), None)
    if found:
        return found
    if not re.search(r"[.!?\"”’)]\s*$", sentence.strip()) and len(sentence) < 200:
        return "headline or fragment"
    if cause == "no vote word in its sentence":
        return "no vote word: narrative"
    if cause == "no phrase of its vote in its sentence":
        return "no phrase of its vote: other wording"
    return "a candidate: other construction"


def missed(sets: dict) -> list[dict]:
    out = []
    for name, articles in sets.items():
        for article in articles:
            spans, claims, locs = lp.read_text(article)
            for g in (g for g in article.gold if g["kind"] == "position" and g.get("loc")):
                cause = lp._cause(g, article, spans, claims, locs)
                if cause is not None:
                    mine = [k for k, loc in enumerate(locs) if lp._overlaps(g["loc"], loc)]
                    out.append({"set": name, "text": article.name, "state": g["state"], "vote": g["vote"], "cause": cause,
                                "sentence": " ".join(spans[k][2] for k in mine)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", help="print the sentences of one class")
    args = parser.parse_args(argv)
    sets = lp.load_sets()
    rows = missed(sets)
    table: dict[str, Counter] = defaultdict(Counter)
    for o in rows:
        table[classify(o)][o["set"]] += 1
    names = list(sets)
    print("| class | all | sets | " + " | ".join(names) + " |")
    for name, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {name} | {sum(counts.values())} | {sum(1 for s in names if counts[s])} | "
              + " | ".join(str(counts[s]) for s in names) + " |")
    print(f"| all | {len(rows)} | | " + " | ".join(str(sum(1 for o in rows if o['set'] == s)) for s in names) + " |")
    seen = set()
    for o in (o for o in rows if args.show and classify(o) == args.show and o["sentence"] not in seen):
        seen.add(o["sentence"])
        print(o["set"], o["text"], o["state"], o["vote"], "|", o["sentence"][:300].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
