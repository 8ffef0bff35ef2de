"""Official vote lists (tests/reference/official_lists.csv) against the votes the store holds, state by state.

Every state a press release names must have the same vote in the record, and where the release names as many
states on a side as its own count gives, the record's side must be exactly those states. Disagreements must be
listed in KNOWN with the side that is wrong and why; a release that does not add up is listed in SOURCE_DEFECTS.
docs/reference-tallies-1990-2026.md ("Official vote lists") gives the detail.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent / "reference" / "official_lists.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("official_lists", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ol = _load_script()

# (symbol, date, iso3) -> (side that is wrong, why): a named state whose vote differs, or a state the record puts on a
# complete side that the release does not name.
_SOUTH = ("reference", "GA/12292 names South Africa among the nine abstaining on the peaceful settlement of the question "
          "of Palestine; both sources of the record (the UN's own voting data and the UN Digital Library) list South "
          "Africa in favour and South Sudan abstaining, as South Sudan did on the same text in 2019, 2021 and 2022: the "
          "release wrote one 'South' for the other.")
KNOWN: dict[tuple[str, str, str], tuple[str, str]] = {
    ("A/RES/75/22", "2020-12-02", "ZAF"): _SOUTH,
    ("A/RES/75/22", "2020-12-02", "SSD"): _SOUTH,
}

# (symbol, date, side) -> why: the release names fewer states on a side than its own count.
SOURCE_DEFECTS = {
    ("A/RES/53/77G", "1998-12-04", "no"): (
        "GA/9526 gives 118-9-33 but names eight states against; the record's ninth is Bhutan, and its list "
        "adds up to the announced 118-9-33, so the release dropped a name (the record is not contradicted)."),
}


@pytest.fixture(scope="module")
def outcomes(built_store):
    return ol.compare()


def test_lists_file_is_well_formed():
    lists = ol.read_lists()
    assert len(lists) >= 25
    years = sorted({o.day.year for o in lists})
    assert years[0] <= 1996 and years[-1] >= 2024
    states = {line.split(",")[0] for line in (Path(ol.HERE).parents[1] / "src/unga/data/states.csv")
              .read_text(encoding="utf-8").splitlines()[1:]}
    for o in lists:
        assert o.url.startswith(("http://", "https://")), o.symbol
        assert set().union(*o.named.values()) <= states, o.symbol
        sides = [iso3 for s in o.named.values() for iso3 in s]
        assert len(sides) == len(set(sides)), f"{o.symbol}: a state named on two sides"
    assert Counter(o.symbol for o in lists).most_common(1)[0][1] == 1


def test_reader_names_the_line_of_a_bad_row(tmp_path):
    bad = tmp_path / "lists.csv"
    bad.write_text("symbol,date,iso3,vote,url\nA/RES/55/1,2000-10-01,USA,against,https://example.org\n")
    with pytest.raises(ValueError, match="line 2"):
        ol.read_lists(bad)


def test_well_known_list_matches_exactly(outcomes):
    by = {o.official.symbol: o for o in outcomes}
    ukraine = by["A/RES/ES-11/4"]
    assert ukraine.official.named["no"] == {"RUS", "BLR", "SYR", "PRK", "NIC"}
    assert ukraine.agrees and ukraine.rcid is not None
    gaza = by["A/RES/ES-10/16"]
    assert gaza.agrees and gaza.official.named["abstain"] == {"CAN", "CIV", "PNG", "TON", "TUV", "VUT"}


def test_every_named_state_agrees_or_is_known(outcomes):
    missing = [f"{o.official.symbol}: {o.problem}" for o in outcomes if o.problem]
    assert missing == []
    unexplained = [(o.official.symbol, o.official.day.isoformat(), iso3, said, stored)
                   for o in outcomes for iso3, said, stored in o.disagreements
                   if (o.official.symbol, o.official.day.isoformat(), iso3) not in KNOWN]
    assert unexplained == [], "repair the record with evidence or add to KNOWN with the side that is wrong"
    extra = [(o.official.symbol, side, iso3) for o in outcomes for side, iso3 in o.extra
             if (o.official.symbol, o.official.day.isoformat(), iso3) not in KNOWN]
    assert extra == [], "the record puts states on a complete side that the official list does not name"
    seen = {(o.official.symbol, o.official.day.isoformat(), iso3) for o in outcomes
            for iso3 in [d[0] for d in o.disagreements] + [e[1] for e in o.extra]}
    assert set(KNOWN) <= seen, "KNOWN names a disagreement that no longer occurs: remove it"
    assert all(wrong in ("record", "reference", "undecided") and len(why) > 40 for wrong, why in KNOWN.values())


def test_lists_that_do_not_add_up_are_known_source_defects(outcomes):
    short = {(o.official.symbol, o.official.day.isoformat(), side) for o in outcomes for side in o.short}
    assert short == set(SOURCE_DEFECTS)
    assert all(len(why) > 40 for why in SOURCE_DEFECTS.values())
