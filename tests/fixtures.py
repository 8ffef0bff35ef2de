"""Small synthetic source files in the documented layouts, written by the tests themselves."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

MEMBERS_2022 = ["PAKISTAN", "INDIA", "CHINA", "UNITED STATES", "RUSSIAN FEDERATION", "BELARUS", "FRANCE"]


def unxml_record(symbol: str, date: str, yes: list[str], no: list[str], abstain: list[str], title: str = "A test") -> dict:
    return {
        "symbol": symbol, "resolution_number": symbol.split("/")[-1] + ".", "title": title,
        "session": "Eleventh emergency special session", "adoption_meeting": "1st plenary meeting",
        "adoption_date": date, "agenda_item": "Agenda item 5", "agenda_item_name": "Ukraine",
        "adoption_type": "By a recorded vote", "MS_in_favour_count": str(len(yes)) if yes else "N.A.",
        "MS_against_count": str(len(no)) if no else "N.A.", "MS_abstaining_count": str(len(abstain)) if abstain else "None",
        "pv": "A/ES-11/PV.5", "MS_in_favour": yes, "MS_against": no, "MS_abstaining": abstain,
        "subjects": [["UKRAINE", "UNBIS Thesaurus"]],
    }


def write_unxml(folder: Path, name: str, records: list[dict]) -> Path:
    target = folder / "unxml_gares"
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def small_sources(folder: Path) -> Path:
    """A sources folder with one emergency-session file of two recorded votes and one adopted without a vote."""
    write_unxml(folder, "ES-11.json", [
        unxml_record("A/RES/ES-11/1", "2\u00a0March 2022", ["UNITED STATES", "FRANCE", "TÜRKIYE"],
                     ["RUSSIAN FEDERATION", "BELARUS"], ["PAKISTAN", "INDIA", "CHINA"], "Aggression against Ukraine"),
        unxml_record("A/RES/ES-11/2", "24 March 2022", ["UNITED STATES", "FRANCE", "PAKISTAN"],
                     ["RUSSIAN FEDERATION"], ["INDIA", "CHINA"], "Humanitarian consequences"),
        {**unxml_record("A/RES/ES-11/9", "1 April 2022", [], [], []), "adoption_type": "Without a vote"},
    ])
    return folder


STATES_77 = ["UNITED STATES", "FRANCE", "PAKISTAN", "INDIA", "CHINA", "RUSSIAN FEDERATION", "BELARUS"]


def session_77(n: int) -> list[dict]:
    """n recorded votes of session 77, each with its own split of seven states."""
    return [unxml_record(f"A/RES/77/{i}", f"{3 + i % 20} November 2022", STATES_77[: 2 + i % 4],
                         STATES_77[2 + i % 4: 5], STATES_77[5:], f"Resolution {i}") for i in range(1, n + 1)]


def session_77_store(folder: Path, n: int) -> Path:
    """small_sources plus n recorded votes of session 77 (one file, 77.json), built into UNGA_HOME's store."""
    from unga import api

    small_sources(folder)
    write_unxml(folder, "77.json", session_77(n))
    api.build(folder)
    return folder


def checked_claims(text: str, published=None) -> list[dict]:
    """The claims `unga check` finds in text (published: the text's date), without the sentences that make none."""
    from unga import api

    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def claim_rows(text: str, published=None) -> list[tuple]:
    """checked_claims as (kind, state, asserted, verdict), the shape most claim tests compare."""
    return [(c["kind"], c.get("state"), c["asserted"], c["verdict"]) for c in checked_claims(text, published)]


# The vote of 2 March 2022 (ES-11/1, 141-5-35) as a lead before a sentence of a test's own, and what is read after it
ES11_1_DAY = date(2022, 3, 3)
ES11_1_LEAD = "On 2 March 2022 the General Assembly adopted resolution A/RES/ES-11/1 on the aggression against Ukraine. "


def claims_after(lead: str, sentence: str, kind: str, published=ES11_1_DAY) -> list[dict]:
    """The claims of one kind `unga check` reads in the sentence, not in the lead before it."""
    from unga import api

    return [c for c in api.check_text(lead + sentence, published=published).claims
            if c["kind"] == kind and c["span"][0] >= len(lead) - 1]


def positions_after(lead: str, sentence: str, published=ES11_1_DAY) -> dict[str, tuple[str, str]]:
    """state -> (vote, verdict) for the positions read in the sentence after the lead."""
    return {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in claims_after(lead, sentence, "position", published)}


def run_unga(*args: str, home=None, env_extra=None) -> subprocess.CompletedProcess:
    """The real `unga` entry point in a subprocess, with UNGA_HOME pointing at home when given."""
    env = {**os.environ, "COLUMNS": "200", **(env_extra or {})}
    if home is not None:
        env["UNGA_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "unga", *args], capture_output=True, text=True, env=env, timeout=120)


def cli(*argv: str) -> tuple[int, str, str]:
    """The `unga` entry point in this process: (exit code, stdout, stderr)."""
    from unga.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


# a lead that tells the 2020 moratorium vote (A/RES/75/183, 16 December 2020, 123-38-24) in each language the change
# readings know: the language tests of changes of vote (rounds 26 and 27) judge their sentences after it
MORATORIUM_LEADS = {"es": "La Asamblea General aprobó el 16 de diciembre de 2020 una resolución a favor de una moratoria de la "
               "pena de muerte, por 123 votos a favor, 38 en contra y 24 abstenciones. ",
         "fr": "L'Assemblée générale a adopté le 16 décembre 2020 un texte appelant à suspendre les exécutions "
               "capitales, par 123 voix contre 38 et 24 abstentions. ",
         "pt": "A Assembleia Geral aprovou em 16 de dezembro de 2020 uma resolução por uma moratória da pena de morte, "
               "com 123 votos a favor, 38 contra e 24 abstenções. ",
         "ru": "Генеральная Ассамблея 16 декабря 2020 года приняла резолюцию о моратории на смертную казнь: 123 "
               "голоса «за», 38 «против», 24 воздержались. ",
         "de": "Die Generalversammlung hat am 16. Dezember 2020 eine Resolution für ein Moratorium der Todesstrafe mit "
               "123 Stimmen bei 38 Gegenstimmen und 24 Enthaltungen angenommen. "}


def normalised_url(url: str) -> str:
    """A URL compared without its scheme, `www.`, case or trailing slash."""
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip().lower()).rstrip("/")


def hunt_urls_against_the_rest(hunt: int) -> tuple[int, int, set[str]]:
    """The false-alarm hunt fahunt<hunt>'s vetted texts, its distinct URLs, and the URLs it shares with any labelled
    set, any earlier hunt or ../shared/news (when present)."""
    reference = Path(__file__).parent / "reference"
    folder = lambda n: "news_fahunt" if n == 1 else f"news_fahunt{n}"  # noqa: E731
    vetted = json.loads((reference / folder(hunt) / "contradictions.json").read_text())["texts"]
    ours = {normalised_url(t["url"]) for t in vetted.values()}
    theirs = set()
    for labels in reference.glob("news_*/labels.json"):
        theirs |= {normalised_url(u) for u in re.findall(r'"url": "([^"]+)"', labels.read_text())}
    for earlier in range(1, hunt):
        theirs |= {normalised_url(t["url"]) for t in
                   json.loads((reference / folder(earlier) / "contradictions.json").read_text())["texts"].values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {normalised_url(a["url"]) for a in json.loads(gold.read_text())["articles"].values()}
    return len(vetted), len(ours), ours & theirs
