"""`unga diff` in plain text: a source file whose row count is missing on one side (a file added or removed, read
as a nullable integer column) prints a dash, as --json gives null."""

from __future__ import annotations

from collections import namedtuple

import pandas as pd

from unga import results_store

Source = namedtuple("Source", "file source old_sha256 new_sha256 old_rows new_rows")


def test_a_missing_row_count_prints_a_dash() -> None:
    added = Source("ES-12.json", "unxml", None, "ab" * 32, pd.NA, 6)
    assert results_store._example("sources", added) == "ES-12.json (unxml): absent → abababababab, rows – → 6"
    gone = Source("old.csv", "undl_scrape", "cd" * 32, None, 1_234, float("nan"))
    assert results_store._example("sources", gone) == "old.csv (undl_scrape): cdcdcdcdcdcd → absent, rows 1,234 → –"
