"""The published estimates' own vote selection (votes="published") on the real record."""

from __future__ import annotations

import pytest

from unga.errors import BadInput


def _roll_calls(con, start, end, **kinds) -> int:
    from unga.store import query

    where, params = query.selection(start, end, None, None, None, **kinds)
    return query.frame(con, f"SELECT count(*) AS n FROM roll_calls r WHERE {where}", params)["n"].iloc[0]


def test_published_selection_keeps_everything_before_1990_and_no_parts_after(built_store):
    from unga import api

    con = api._con()
    # 1971-72: 245 roll calls, 62 of them on paragraphs or amendments, all kept (BSV keep every vote to 1989)
    assert _roll_calls(con, 1971, 1972, published=True) == _roll_calls(con, 1971, 1972) == 245
    assert _roll_calls(con, 1971, 1972, final_only=True) < 245
    # 1997-98: 175 roll calls, 38 of them on paragraphs, amendments or separate parts, dropped
    assert _roll_calls(con, 1997, 1998) == 175
    assert _roll_calls(con, 1997, 1998, published=True) == 137
    # over the record: 3,645 roll calls to 1989, 2,947 from 1990 (394 dropped; the 8 motions stay)
    assert _roll_calls(con, None, 1989, published=True) == 3645
    assert _roll_calls(con, 1990, None, published=True) == 2947


def test_ideal_points_fits_the_published_selection(built_store):
    from unga import api

    fit = api.ideal_points(period="year", votes="published", start=1997, end=1998, random_state=0,
                           n_burn=20, n_draws=20)
    assert fit.votes == "published" and fit.diagnostics["roll_calls"] == 137
    assert "(published votes)" in fit.headline
    table = fit.table.set_index(["iso3", "period"])["ideal_point"]
    assert table.loc[("USA", 1998)] > 1.0 > table.loc[("CUB", 1998)]
    with pytest.raises(BadInput, match="choose final, all, published"):
        api.ideal_points(votes="paragraphs")


def test_cli_ideal_votes_published(real, tmp_path):
    from fixtures import cli

    code, _, err = cli("ideal", "--votes", "paragraphs")
    assert code == 2 and "invalid choice: 'paragraphs'" in err
    code, out, err = cli("ideal", "--from", "1997", "--to", "1998", "--votes", "published", "--states", "USA")
    assert code == 0, err
    assert "ideal points by year (published votes)" in out and "137 roll calls" in out
