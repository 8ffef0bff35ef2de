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
    # 1971-72: 239 roll calls, 62 of them on paragraphs or amendments, all kept (BSV keep every vote to 1989); 245 until
    # recordaudit8 found 2923 (XXVII) A and D stored twice (docs/data.md, "Doubts settled in the fifteenth round"), 243
    # until recordlink linked the Digital Library's 2873 (XXVI) and 2775 (XXVI) E to Voeten's rcids 1279 and 1201
    # (docs/data.md, "A linking defect (fifteenth round)"), 241 until recordaudit10 found the Digital Library's 2825 (XXVI) C
    # and 2826 (XXVI) to be Voeten's rcids 1251 and 1260 (docs/data.md, "Doubts settled in the sixteenth round")
    assert _roll_calls(con, 1971, 1972, published=True) == _roll_calls(con, 1971, 1972) == 239
    assert _roll_calls(con, 1971, 1972, final_only=True) < 239
    # 1997-98: 175 roll calls, 36 of them on paragraphs, amendments or separate parts, dropped; the two no-action
    # motions on Nagorno-Karabakh texts stay (Voeten codes them neither paragraph nor amendment)
    assert _roll_calls(con, 1997, 1998) == 175
    assert _roll_calls(con, 1997, 1998, published=True) == 139
    # over the record: 3,626 roll calls to 1989 (3,645 until recordaudit7 found 1012 (XI) stored twice, 3,644 until
    # recordaudit8 found 18 more votes of 1949-1977 stored twice; 3,621 since recordlink's linking fix: the Digital
    # Library's 1979 (XVIII), 2873 (XXVI), 2775 (XXVI) E, 3116 (XXVIII), 3324 (XXIX) D are Voeten's; 3,617 since
    # recordaudit10: its 386 (V), 2825 (XXVI) C, 2826 (XXVI) and 3261 (XXIX) E are Voeten's too; 3,613 since rec33:
    # the scrape's 39/28 A and B and 43/62 record no vote cast, and 706 (VII) was stored twice), 2,955 from 1990
    # (386 dropped; 16 motions stay: three that Voeten codes as motions, of 2007 and 2011, are amendments by their own
    # descriptions since recordaudit5's kind repair, and are dropped like every amendment)
    assert _roll_calls(con, None, 1989, published=True) == 3613
    assert _roll_calls(con, 1990, None, published=True) == 2955


def test_ideal_points_fits_the_published_selection(built_store):
    from unga import api

    fit = api.ideal_points(period="year", votes="published", start=1997, end=1998, random_state=0,
                           n_burn=20, n_draws=20)
    assert fit.votes == "published" and fit.diagnostics["roll_calls"] == 139
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
    assert "ideal points by year (published votes)" in out and "139 roll calls" in out


def test_rhat_over_state_periods_with_enough_votes():
    import numpy as np

    from unga.estimators import fit_gibbs_ordinal
    from unga.estimators.mcmc_checks import split_rhat
    from unga.estimators.simulate import simulate_votes
    from unga.results_analysis import _rhat_enough

    votes, groups, _ = simulate_votes(30, 6, 20, seed=3)
    # a few state-periods with few votes: the last period of ten states keeps only 4 roll calls each
    last = votes["period"] == votes["period"].max()
    thin = last & votes["iso3"].isin(sorted(votes["iso3"].unique())[:10]) & (votes["rcid"] % 5 != 0)
    fit = fit_gibbs_ordinal(votes[~thin], item_groups=groups, random_state=0, n_burn=30, n_draws=40)
    d, table = fit.diagnostics, fit.ideal_points
    enough = table["n_votes"].to_numpy() >= 10
    rhat = split_rhat(fit.draws)
    assert (~enough).sum() == 10 and d["rhat_enough"] == enough.sum() == 170
    assert d["rhat_over_enough"] == int((rhat[enough] >= 1.1).sum())
    assert np.isclose(d["rhat_q99_enough"], np.quantile(rhat[enough], 0.99))
    assert np.isclose(d["rhat_median"], np.median(rhat)) and d["rhat_median"] <= d["rhat_q90"] <= d["rhat_q99"]
    share = d["rhat_over_enough"] / 170
    assert 0 < d["mcse_median"] <= d["mcse_q99"] < 0.5 * table["sd"].max()
    assert _rhat_enough(d) == (f"; over the 170 state-periods with enough votes {d['rhat_q99_enough']:.2f}, "
                               f"{d['rhat_over_enough']} ({share:.0%}) at or above 1.1; Monte Carlo error of a mean "
                               f"{d['mcse_median']:.2f} sd (median), {d['mcse_q99']:.2f} (99th percentile)")


def test_effective_size_of_independent_and_autocorrelated_draws():
    import numpy as np

    from unga.estimators.mcmc_checks import effective_size

    rng = np.random.default_rng(0)
    iid = rng.standard_normal((400, 200))
    ar = np.zeros((400, 200))
    for t in range(1, 400):  # AR(1) with rho 0.9: n (1 - rho) / (1 + rho) = 400 / 19 = 21
        ar[t] = 0.9 * ar[t - 1] + rng.standard_normal(200)
    assert 300 < np.median(effective_size(iid)) <= 480
    assert 14 < np.median(effective_size(ar)) < 30
    assert effective_size(np.ones((50, 2))).tolist() == [50.0, 50.0]
