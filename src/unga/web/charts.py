"""Chart descriptions for the web pages: plain JSON that static/unga-charts.js draws with d3.

Everything a reader must understand about a chart (colours, labels, what up means, which historical seat is drawn
on which shapes, what could not be drawn) is decided here, where it can be tested; the JavaScript only draws.
Each function takes the result object an api function returned and gives a dict ready for json.dumps.
"""
from __future__ import annotations

import csv
import json
import math
from functools import lru_cache
from pathlib import Path

from unga.results import (
    Agreement,
    CampsResult,
    IdealPoints,
    StanceResult,
    StateRecord,
    Tally,
)

VOTE_COLORS = {"yes": "#2b83ba", "no": "#d7191c", "abstain": "#fdae61", "absent": "#8c8c8c",
               "non_member": "#e6e6e6"}
VOTE_LABELS = {"yes": "yes", "no": "no", "abstain": "abstain", "absent": "absent (did not vote)",
               "non_member": "not a member, or no seat of its own"}
ATLAS = "vendor/world-atlas/countries-50m.json"  # relative to the static root

# Seats of states that no longer exist, drawn on the shapes of today's states that made them up. The first
# shape listed is the continuing or largest successor. A shape whose own state votes shows that vote instead
# (East Germany's seat is not drawn over the Federal Republic's; South Yemen's not over Yemen's).
HISTORICAL_SHAPES = {
    "SUN": ["RUS", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK"],
    "YUG": ["SRB", "HRV", "SVN", "BIH", "MKD", "MNE", "XKX"],
    "CSK": ["CZE", "SVK"],
    "DDR": ["DEU"],
    "YMD": ["YEM"],
    "ZAN": ["TZA"],
}
# Territories the atlas draws apart from the member that represents them in the Assembly (ISO numeric id → name,
# member): drawn in that member's colour and said so in their label. Disputed territories stay uncoloured.
TERRITORIES = {"304": ("Greenland", "DNK"), "540": ("New Caledonia", "FRA"), "630": ("Puerto Rico", "USA")}
# Shapes in the atlas without an ISO 3166 numeric id (Natural Earth names them only).
UNNUMBERED = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}


@lru_cache(maxsize=1)
def numeric_ids() -> dict[str, str]:
    """ISO3 → the ISO 3166-1 numeric id the atlas shapes carry ('586' for PAK)."""
    with (Path(__file__).with_name("iso_numeric.csv")).open(encoding="utf-8") as f:
        return {row["iso3"]: row["numeric"] for row in csv.DictReader(f)}


@lru_cache(maxsize=1)
def atlas_ids() -> frozenset[str]:
    """The ids of the shapes in the vendored atlas (numeric codes; names for the few without one)."""
    topo = json.loads((Path(__file__).parent / "static" / ATLAS).read_text(encoding="utf-8"))
    return frozenset(g.get("id") or g["properties"]["name"] for g in topo["objects"]["countries"]["geometries"])


def shape_id(iso3: str) -> str | None:
    """The atlas id of a present-day state's shape, None for a state too small to be in the atlas."""
    named = {code: name for name, code in UNNUMBERED.items()}
    sid = numeric_ids().get(iso3) or named.get(iso3)
    return sid if sid in atlas_ids() else None


def _seat_shapes(votes: dict[str, str]) -> dict[str, str]:
    """Shape id → the seat whose vote it shows: a state's own seat first, then a historical one covering it."""
    shapes: dict[str, str] = {}
    for iso3 in votes:
        if shape_id(iso3):
            shapes[shape_id(iso3)] = iso3
    for seat, successors in HISTORICAL_SHAPES.items():
        if seat not in votes:
            continue
        for successor in successors:
            sid = shape_id(successor)
            if sid and sid not in shapes:
                shapes[sid] = seat
    for sid, (_, member) in TERRITORIES.items():
        if member in votes and sid in atlas_ids():
            shapes.setdefault(sid, member)
    for name, iso3 in UNNUMBERED.items():  # Somaliland and Northern Cyprus take the seat that claims them
        if shape_id(iso3) in shapes and name not in shapes and iso3 not in {"XKX"}:
            shapes[name] = shapes[shape_id(iso3)]
    return shapes


def rollcall_map(tally: Tally) -> dict:
    """The world map of one roll call coloured by vote, with its legend and what the map cannot show."""
    symbol = tally.roll_call.symbol or f"roll call {tally.roll_call.rcid}"
    return vote_map(tally.votes, tally.names, f"{symbol}, {tally.roll_call.date}: votes by state")


def forecast_map(forecast) -> dict:
    """The expected map of a forecast vote: each state coloured by its most likely vote, its probabilities in the
    label (estimators/forecast_result.Forecast)."""
    rows = {r.iso3: r for r in forecast.table.itertuples()}

    def label(seat: str, vote: str, who: str) -> str:
        r = rows[seat]
        return (f"{who}: most likely {VOTE_LABELS[vote].lower()} (P yes {r.p_yes:.2f}, no {r.p_no:.2f}, "
                f"abstain {r.p_abstain:.2f}, absent {r.p_absent:.2f})")

    votes = {iso3: r.most_likely for iso3, r in rows.items()}
    day = forecast.draft.get("day")
    return vote_map(votes, forecast.names, f"Forecast for a draft voted on {day}: each member's most likely vote",
                    label=label, legend_prefix="most likely: ")


def vote_map(votes: dict[str, str], names: dict[str, str], title: str, *, label=None, legend_prefix: str = "") -> dict:
    """A world map of one vote (ISO3 → yes/no/abstain/absent), historical seats on their successors' shapes."""
    label = label or (lambda seat, vote, who: f"{who}: {VOTE_LABELS[vote]}")
    shapes = _seat_shapes(votes)
    drawn_seats = set(shapes.values())
    features = {}
    shape_names = {shape_id(iso3): names.get(iso3, iso3) for iso3 in numeric_ids()} | {
        sid: name for name, sid in ((n, n) for n in UNNUMBERED)}
    for sid, seat in shapes.items():
        vote = votes[seat]
        who = names.get(seat, seat)
        if seat in HISTORICAL_SHAPES:
            who = f"{shape_names.get(sid, sid)}, then part of {who}"
        elif sid in TERRITORIES:
            who = f"{TERRITORIES[sid][0]}, represented by {who}"
        features[sid] = {"seat": seat, "vote": vote, "label": label(seat, vote, who)}
    counts = {v: sum(1 for x in votes.values() if x == v) for v in ("yes", "no", "abstain", "absent")}
    legend = [{"vote": v, "color": VOTE_COLORS[v], "label": f"{legend_prefix}{VOTE_LABELS[v]} ({counts[v]})"}
              for v in counts]
    legend.append({"vote": "non_member", "color": VOTE_COLORS["non_member"], "label": VOTE_LABELS["non_member"]})
    not_drawn = sorted((names.get(s, s), s, v) for s, v in votes.items() if s not in drawn_seats)
    historical = [s for s in HISTORICAL_SHAPES if s in drawn_seats]
    caption = []
    if historical:
        caption.append("Seats of states that no longer exist are drawn on their successors' shapes: " + "; ".join(
            f"{names.get(s, s)} on {', '.join(shape_names.get(shape_id(x), x) for x in HISTORICAL_SHAPES[s] if shapes.get(shape_id(x)) == s)}"
            for s in historical) + ".")
    territories = [f"{name} ({names.get(member, member)})" for sid, (name, member) in TERRITORIES.items()
                   if shapes.get(sid) == member]
    if territories:
        caption.append("Territories drawn in the colour of the member that represents them: " + ", ".join(territories) + ".")
    if not_drawn:
        caption.append("Not on the map (too small for its scale, or sharing a shape with another seat): " + ", ".join(
            f"{name} ({VOTE_LABELS[vote]})" for name, _, vote in not_drawn) + ".")
    return {"kind": "map", "atlas": ATLAS, "title": title,
            "colors": VOTE_COLORS, "features": features, "legend": legend, "caption": " ".join(caption),
            "not_drawn": [{"iso3": s, "name": n, "vote": v} for n, s, v in not_drawn]}


def _number(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def rates_chart(record: StateRecord) -> dict:
    """A state's share of each vote by year: one line per vote, in the map's colours."""
    table = record.by_year()
    name = record.name
    series = [{"name": VOTE_LABELS[v], "key": v, "color": VOTE_COLORS[v],
               "points": [{"x": int(y), "y": _number(r), "n": int(n)}
                          for y, r, n in zip(table["year"], table[f"{v}_rate"], table["roll_calls"])]}
              for v in ("yes", "no", "abstain", "absent")]
    return {"kind": "series", "title": f"{name}: share of each vote by year", "x_label": "year",
            "y_label": "share of the year's roll calls", "y_note": "up: a larger share of that year's votes",
            "y_domain": [0, 1], "series": series}


def agreement_lines(result: Agreement) -> dict:
    """Agreement with each chosen partner over time: one line per partner, with what up means."""
    name = result.names.get(result.state, result.state)
    series = []
    for other, rows in result.table.sort_values("period").groupby("other", sort=False):
        points = [{"x": int(p), "y": _number(v), "n": int(n)} for p, v, n in zip(rows["period"], rows["value"], rows["n"])]
        series.append({"name": result.names.get(other, other), "key": other, "points": points})
    bounded = result.method in ("agree", "simple", "statedept", "statedept2022")
    return {"kind": "series", "title": f"{name}: {result.index_name} with chosen states, by {result.by}",
            "x_label": result.by, "y_label": result.index_name,
            "y_note": "up: voted more alike (1 = always the same vote)" if bounded else
                      "up: voted more alike than chance (1 = always the same vote, 0 = as by chance)",
            "y_domain": [0, 1] if bounded else [-1, 1], "series": series}


def _interval_series(name: str, key: str, rows, value: str) -> dict:
    points = [{"x": int(p), "y": _number(v), "lower": _number(lo), "upper": _number(hi)}
              for p, v, lo, hi in zip(rows["period"], rows[value], rows["lower"], rows["upper"])]
    return {"name": name, "key": key, "points": points, "interval": "95% interval"}


def stance_chart(result: StanceResult) -> dict:
    """A state's position between two poles per period with its bootstrap interval."""
    name = result.names.get(result.state, result.state)
    pos = ", ".join(result.names.get(s, s) for s in result.positive)
    neg = ", ".join(result.names.get(s, s) for s in result.negative)
    table = result.table[result.table["period"].apply(lambda p: str(p).lstrip("-").isdigit())]
    return {"kind": "series", "title": f"{name} between {pos} (+1) and {neg} (−1)", "x_label": "year",
            "y_label": "position", "y_note": f"up: votes like {pos}; down: votes like {neg}", "y_domain": [-1, 1],
            "series": [_interval_series(name, result.state, table, "position")]}


def ideal_chart(result: IdealPoints, iso3: str) -> dict:
    """One state's ideal point over time with its 95% interval."""
    name = result.names.get(iso3, iso3)
    rows = result.table[result.table["iso3"] == iso3].sort_values("period")
    reference = result.settings.get("reference") or "USA"
    low = _number(result.table["lower"].min())
    high = _number(result.table["upper"].max())
    return {"kind": "series", "title": f"{name}: ideal point by {result.period}, with 95% interval",
            "x_label": result.period, "y_label": "ideal point",
            "y_note": f"up: closer to {result.names.get(reference, reference)} (the reference state) on the main dimension",
            "y_domain": [low if low is not None else -3, high if high is not None else 3],
            "series": [_interval_series(name, iso3, rows, "ideal_point")]}


def camps_chart(result: CampsResult, period: int) -> dict:
    """The camps of one period: each state a dot at its membership strength, states between camps marked."""
    rows = result.table[result.table["period"] == period].sort_values(["camp", "strength"])
    dots = [{"camp": f"camp {c}", "x": _number(s), "key": iso, "between": bool(b),
             "label": f"{result.names.get(iso, iso)}: camp {c}, strength {s:+.2f}" + (f", between camps (leans to {n})" if b else "")}
            for iso, c, s, b, n in zip(rows["state"], rows["camp"], rows["strength"], rows["between"], rows["nearest"])]
    return {"kind": "dots", "title": f"Camps of {period}: membership strength of each state",
            "x_label": "membership strength", "x_domain": [-1, 1],
            "x_note": "right: firmly inside its camp; near 0 or left: between camps (hollow dots)",
            "categories": sorted({d["camp"] for d in dots}), "dots": dots}
