"""Bounded work in `unga check` (issue 9; docs/limits.md): texts of shapes that make a regular expression backtrack —
a vote list in capitals as diplomatic cables print it, long runs of names, brackets, dashes, numbers — are read in
seconds, not hung on. A list in capitals once hung the checker for good (when.LIST_THEN_RELATIVE, twentieth round).

The shapes run in a child process with a time limit: a hang fails the test naming the shape, instead of stopping CI.
The limit is generous (each shape takes about a second); it guards termination, it is not a speed figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# our own cable, in capitals, about A/RES/ES-11/1 (2 March 2022; 141-5-35)
CABLE = ("NEW YORK, 3 MARCH 2022. THE GENERAL ASSEMBLY ADOPTED RESOLUTION ES-11/1 ON 2 MARCH BY A VOTE OF 141-5-35.\n\n"
         "VOTING AGAINST: BELARUS, ERITREA, NORTH KOREA, RUSSIA AND SYRIA, WHICH VOTED NO.\n\n"
         "ABSTAINING: ALGERIA, ANGOLA, ARMENIA, BANGLADESH, BOLIVIA, BURUNDI, CHINA, CONGO, CUBA, EL SALVADOR, "
         "EQUATORIAL GUINEA, INDIA, IRAN, IRAQ, KAZAKHSTAN, KYRGYZSTAN, LAOS, MADAGASCAR, MALI, MONGOLIA, MOZAMBIQUE, "
         "NAMIBIA, NICARAGUA, PAKISTAN, SENEGAL, SOUTH AFRICA, SRI LANKA, SOUTH SUDAN, SUDAN, TAJIKISTAN, UGANDA, "
         "TANZANIA, VIETNAM AND ZIMBABWE.")

NAMES = ["Algeria", "Argentina", "Bangladesh", "Bolivia", "Brazil", "Chile", "China", "Cuba", "Egypt", "Ghana",
         "India", "Jamaica", "Kenya", "Mexico", "Nepal", "Peru", "Syria", "Yemen", "United Kingdom", "United States",
         "Russian Federation", "Côte d'Ivoire", "Democratic Republic of the Congo", "Saint Vincent and the Grenadines"]
CAPS = [n.upper() for n in NAMES]

SHAPES = {
    "cable": CABLE,
    "capitals, repeated": ("THE FOLLOWING VOTED YES: " + ", ".join(CAPS * 2) + " AND ALGERIA.\n") * 3,
    "capitals joined by AND": " AND ".join(CAPS * 4) + ", WHICH VOTED AGAINST",
    "names then which": ", ".join(NAMES * 4) + ", which voted against",
    "names without spaces": ",".join(NAMES * 5),
    "names in brackets": " ".join(f"({n})" for n in NAMES * 5) + " voted against",
    "nested brackets": "(" * 200 + "India" + ")" * 200 + " abstained",
    "names between dashes": " — ".join(NAMES * 5) + " — abstained",
    "quoted names": " ".join(f'"{n}"' for n in NAMES * 5) + " voted yes",
    "numbers": ", ".join(str(i) for i in range(600)) + " votes",
    "numbers by hyphens": "-".join(str(i) for i in range(400)),
    "one long word": "A" * 20000 + " abstained",
    "sides after colons": "; ".join(f"In favour: {n}" for n in NAMES * 4),
    "possessives": "'s ".join(NAMES * 5) + " voted",
}

CHILD = """
import json, sys, time
from datetime import date
from unga import api
shapes = json.loads(sys.stdin.read())
api.check_text("India abstained.")  # the index of roll calls, built once per process
for name, text in shapes.items():
    print(json.dumps({"start": name}), flush=True)
    start = time.perf_counter()
    result = api.check_text(text, published=date(2022, 3, 3))
    claims = [[c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"]] for c in result.claims]
    print(json.dumps({"name": name, "seconds": time.perf_counter() - start, "claims": claims}), flush=True)
"""


@pytest.fixture(scope="module")
def outcomes(built_store: Path) -> dict:
    env = {**os.environ, "UNGA_HOME": str(built_store.parent), "PYTHONPATH": str(SRC)}
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(SHAPES), capture_output=True, text=True,
                              env=env, timeout=300)
        out = done.stdout
    except subprocess.TimeoutExpired as stopped:
        out = stopped.stdout.decode() if isinstance(stopped.stdout, bytes) else (stopped.stdout or "")
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    started = [line["start"] for line in lines if "start" in line]
    results = {line["name"]: line for line in lines if "name" in line}
    hung = [name for name in started if name not in results]
    assert not hung, f"the checker did not finish the shape {hung[0]!r} within the limit"
    return results


def test_every_shape_is_read_to_the_end(outcomes):
    assert set(outcomes) == set(SHAPES)


def test_a_cable_in_capitals_is_read_right(outcomes):
    claims = outcomes["cable"]["claims"]
    assert ["tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 5, "abstain": 35}, "supported"] in claims
    positions = {(state, asserted["vote"]): verdict for kind, _, state, asserted, verdict in claims if kind == "position"}
    assert positions[("BLR", "no")] == positions[("PRK", "no")] == "supported"
    assert positions[("IND", "abstain")] == positions[("CHN", "abstain")] == positions[("ZAF", "abstain")] == "supported"
    assert not [c for c in claims if c[4] == "contradicted"]
