"""The chart descriptions the pages draw: colours by vote, historical seats, axes that say what up means."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from unga import countries
from unga.results import RollCall, Tally
from unga.web import charts

STATIC = Path(charts.__file__).parent / "static"


def _tally(votes: dict[str, str], day: date = date(1985, 12, 1)) -> Tally:
    counts = {v: sum(1 for x in votes.values() if x == v) for v in ("yes", "no", "abstain", "absent")}
    return Tally(RollCall(1, "A/RES/40/999", day, 40, "resolution", "A test"), counts, {}, None, votes,
                 dict(countries.short_names()), ["test"])


def test_shape_ids_are_iso_numeric_and_the_atlas_has_every_member_but_tuvalu():
    assert charts.shape_id("PAK") == "586" and charts.shape_id("IND") == "356"
    assert charts.shape_id("CHN") == "156" and charts.shape_id("RUS") == "643"
    assert charts.shape_id("TUV") is None  # too small for the 1:50m atlas
    assert charts.shape_id("XKX") == "Kosovo"
    present = {s.iso3 for s in countries.states() if s.iso3 not in charts.HISTORICAL_SHAPES}
    missing = sorted(s for s in present if charts.shape_id(s) is None)
    assert missing == ["TUV"]


def test_historical_seats_are_drawn_on_their_successors_and_said_so():
    votes = {"SUN": "no", "UKR": "no", "USA": "yes", "DEU": "yes", "DDR": "no", "YEM": "abstain", "YMD": "no",
             "CSK": "no", "YUG": "abstain", "PAK": "yes"}
    spec = charts.rollcall_map(_tally(votes))
    features = spec["features"]
    assert features[charts.shape_id("KAZ")] == {"seat": "SUN", "vote": "no",
                                                "label": "Kazakhstan, then part of Soviet Union: no"}
    assert features[charts.shape_id("RUS")]["seat"] == "SUN"
    assert features[charts.shape_id("UKR")]["seat"] == "UKR"  # its own seat, not the Soviet Union's
    assert features[charts.shape_id("SVK")]["seat"] == "CSK" and features["Kosovo"]["seat"] == "YUG"
    # a shape shows its own state's seat: the Federal Republic on Germany, Yemen (the YAR) on Yemen
    assert features[charts.shape_id("DEU")]["seat"] == "DEU" and features[charts.shape_id("YEM")]["seat"] == "YEM"
    assert [d["iso3"] for d in spec["not_drawn"]] == ["DDR", "YMD"]
    assert "Soviet Union on Russia, Estonia" in spec["caption"] and "Czechoslovakia on Czechia, Slovakia" in spec["caption"]
    assert "East Germany (no)" in spec["caption"] and "South Yemen (no)" in spec["caption"]
    # a state that did not exist and whose seat holder did not vote is not coloured at all
    assert charts.shape_id("FRA") not in features


def test_legend_counts_and_colours():
    spec = charts.rollcall_map(_tally({"USA": "yes", "FRA": "yes", "RUS": "no", "IND": "abstain", "TUV": "absent"},
                                      date(2022, 3, 2)))
    legend = {item["vote"]: item for item in spec["legend"]}
    assert legend["yes"]["label"] == "yes (2)" and legend["absent"]["label"] == "absent (did not vote) (1)"
    assert len({item["color"] for item in spec["legend"]}) == 5  # five distinct colours
    assert spec["not_drawn"] == [{"iso3": "TUV", "name": "Tuvalu", "vote": "absent"}]
    assert "Seats of states that no longer exist" not in spec["caption"]
    json.dumps(spec)  # plain JSON


def test_es_11_1_map_on_the_real_record(built_store):
    from unga import api

    spec = charts.rollcall_map(api.tally("ES-11/1"))
    colour = {iso: spec["colors"][spec["features"][charts.shape_id(iso)]["vote"]] for iso in ("PAK", "IND", "CHN", "RUS")}
    assert colour == {"PAK": charts.VOTE_COLORS["abstain"], "IND": charts.VOTE_COLORS["abstain"],
                      "CHN": charts.VOTE_COLORS["abstain"], "RUS": charts.VOTE_COLORS["no"]}
    assert [item["label"] for item in spec["legend"][:4]] == ["yes (141)", "no (5)", "abstain (35)",
                                                             "absent (did not vote) (12)"]
    assert spec["title"] == "A/RES/ES-11/1, 2022-03-02: votes by state"


def test_agreement_stance_camps_on_the_real_record(built_store):
    from unga import api

    lines = charts.agreement_lines(api.agreement("PAK", "IND,USA", start=2020, end=2022))
    by_key = {s["key"]: s for s in lines["series"]}
    assert [p["x"] for p in by_key["IND"]["points"]] == [2020, 2021, 2022]
    assert by_key["IND"]["points"][-1]["n"] == 89 and round(by_key["IND"]["points"][-1]["y"], 3) == 0.882
    assert lines["y_domain"] == [0, 1] and lines["y_note"].startswith("up: voted more alike")
    stance = charts.stance_chart(api.stance("PAK", start=2020, end=2022))
    points = stance["series"][0]["points"]
    assert [p["x"] for p in points] == [2020, 2021, 2022]
    assert all(p["lower"] <= p["y"] <= p["upper"] for p in points)
    assert stance["y_note"] == "up: votes like United States; down: votes like Russia, China"
    camps = charts.camps_chart(api.camps(year=2022), 2022)
    assert camps["categories"][0] == "camp A" and len(camps["dots"]) > 180
    assert all(-1 <= d["x"] <= 1 for d in camps["dots"])


def test_vendored_files_match_the_pins():
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "vendor_web_assets.py"
    spec = importlib.util.spec_from_file_location("vendor_web_assets", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, _, files in module.PINS:
        for inside, expected in files.items():
            path = STATIC / "vendor" / name / Path(inside).name
            assert hashlib.sha256(path.read_bytes()).hexdigest() == expected, path


def test_the_chart_script_uses_no_eval_and_no_inline_style():
    text = (STATIC / "unga-charts.js").read_text()
    for banned in ("eval(", "new Function", "innerHTML", 'attr("style"', "setAttribute(\"style\""):
        assert banned not in text, banned


@pytest.mark.parametrize("iso3", ["SUN", "YUG", "CSK", "DDR", "YMD", "ZAN"])
def test_every_historical_seat_is_a_state_of_the_record(iso3):
    assert countries.state(iso3).iso3 == iso3
    assert all(charts.shape_id(s) for s in charts.HISTORICAL_SHAPES[iso3])


def test_ideal_chart_says_what_up_means_and_keeps_the_interval():
    import pandas as pd

    from unga.results import IdealPoints

    table = pd.DataFrame({"iso3": ["PAK", "PAK", "USA"], "period": [2020, 2021, 2021],
                          "ideal_point": [-0.8, -0.7, 2.1], "lower": [-1.0, -0.9, 1.9], "upper": [-0.6, -0.5, 2.3],
                          "n_votes": [80, 85, 85], "few_votes": [False, False, False]})
    fit = IdealPoints(table, "year", "final", {"reference": "USA"}, {}, dict(countries.short_names()))
    spec = charts.ideal_chart(fit, "PAK")
    assert spec["series"][0]["points"] == [{"x": 2020, "y": -0.8, "lower": -1.0, "upper": -0.6},
                                           {"x": 2021, "y": -0.7, "lower": -0.9, "upper": -0.5}]
    assert spec["y_note"] == "up: closer to United States (the reference state) on the main dimension"
    assert spec["y_domain"] == [-1.0, 2.3]  # every state's intervals fit: states' charts are comparable


def test_response_cache_answers_from_memory_until_a_new_build(monkeypatch):
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from unga import api
    from unga.web.response_cache import ResponseCache

    calls = []

    def page(request):
        calls.append(request.url.path)
        return PlainTextResponse(f"answer {len(calls)}", status_code=404 if "missing" in request.url.path else 200)

    build = ["one"]
    monkeypatch.setattr(api, "build_id", lambda: build[0])
    client = TestClient(ResponseCache(Starlette(routes=[Route("/{name}", page)])))
    assert client.get("/a").text == "answer 1" and client.get("/a").text == "answer 1"
    assert client.get("/a?x=1").text == "answer 2"  # the query is part of the key
    assert client.get("/missing").text == "answer 3" and client.get("/missing").text == "answer 4"  # not kept
    build[0] = "two"  # `unga build` swapped in a new store
    assert client.get("/a").text == "answer 5"
    assert calls.count("/a") == 3


def test_territories_take_the_colour_of_the_member_that_represents_them(built_store):
    from unga import api

    drawn = charts.rollcall_map(api.tally("ES-11/1"))
    assert drawn["features"]["304"] == {"seat": "DNK", "vote": "yes", "label": "Greenland, represented by Denmark: yes"}
    assert drawn["features"]["630"]["seat"] == "USA"
    assert "Greenland (Denmark)" in drawn["caption"]
    assert "732" not in drawn["features"]  # Western Sahara, disputed: left uncoloured
