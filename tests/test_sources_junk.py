"""Readers never crash on junk: they return rows or raise SourceError naming the file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unga.errors import SourceError
from unga.sources import undl_bulk, undl_scrape, unxml

from fixtures import unxml_record
from test_sources_undl_bulk import HEADER_2026

JUNK = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _try(reader, name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            reader(path)
        except SourceError as exc:
            assert name in str(exc)


@JUNK
@given(st.binary(max_size=400))
def test_unxml_on_random_bytes(data):
    _try(unxml.parse, "75.json", data)


@JUNK
@given(st.lists(st.sampled_from(["yes", "no", "abstain", "count", "date", "junk", "drop"]), max_size=6))
def test_unxml_on_damaged_records(damage):
    record = unxml_record("A/RES/75/1", "1 December 2020", ["FRANCE", "INDIA"], ["CHINA"], [])
    for what in damage:
        if what == "yes":
            record["MS_in_favour"] = record["MS_in_favour"] + ["FRANCE"]
        elif what == "no":
            record["MS_against"] = None
        elif what == "abstain":
            record["MS_abstaining"] = ["INDIA"]
        elif what == "count":
            record["MS_in_favour_count"] = "many"
        elif what == "date":
            record["adoption_date"] = "someday"
        elif what == "junk":
            record["subjects"] = "not a list"
        elif what == "drop":
            record.pop("title", None)
    _try(unxml.parse, "75.json", (json.dumps(record) + "\n").encode())


@JUNK
@given(st.binary(max_size=400))
def test_scrape_on_random_bytes(data):
    _try(undl_scrape.parse, "UN DATA.csv.zip", data)


@JUNK
@given(st.text(max_size=300))
def test_bulk_on_random_text(text):
    _try(undl_bulk.parse, "2026_ga_voting.csv", (HEADER_2026 + "\n" + text).encode())


@JUNK
@given(st.lists(st.sampled_from(["PAK", "", "XXX", "ATLANTIS", "Y", "Q", "2022-03-02", "soon", "141.0", "x"]),
                min_size=20, max_size=20))
def test_bulk_on_shuffled_fields(fields):
    _try(undl_bulk.parse, "2026_ga_voting.csv", (HEADER_2026 + "\n" + ",".join(fields) + "\n").encode())
