"""The pages as a person sees them: Debian's chromium driven by Playwright, over the real store.

Nothing is downloaded at run time: Playwright drives the system browser (/usr/bin/chromium; .ci/run installs it).
Each page type is opened and screenshotted into pytest's tmp dir; `UNGA_SCREENSHOTS=docs/img python -m pytest
tests/test_web_browser.py` also refreshes the README's two (rollcall.png, state.png). Colours are checked twice:
the SVG path's fill, and the screenshot's pixel well inside the country's shape.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from webserver import serving

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ABSTAIN, NO = "#fdae61", "#d7191c"  # charts.VOTE_COLORS
README_SHOTS = ("rollcall", "state")  # copied to $UNGA_SCREENSHOTS (docs/img) when it is set
# An invented news paragraph: the first claim holds, the second contradicts the record (Pakistan abstained).
STORY = ("On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 abstentions. "
         "Pakistan voted in favour of resolution ES-11/1.")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")

# Records CSP violations, which a page's own scripts cannot hide (injected through the DevTools protocol).
WATCH_CSP = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
             "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));")


@pytest.fixture(scope="module")
def site(built_store):
    with serving() as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """One browser page that keeps every console error, uncaught exception and CSP violation it met."""

    def __init__(self, browser, javascript: bool = True):
        self.context = browser.new_context(viewport={"width": 1280, "height": 1000}, device_scale_factor=1,
                                           java_script_enabled=javascript)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text} ({m.location.get('url')})")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.add_init_script(WATCH_CSP)

    def open(self, url: str, charts: bool = True):
        self.page.goto(url, wait_until="load")
        if charts:
            self.page.wait_for_selector("html[data-charts=drawn]", state="attached", timeout=60_000)
        return self.page

    def shot(self, folder: Path, name: str, focus: str | None = None) -> Path:
        """What the window shows (1280×1000), from the top of the page or with the focus element in view."""
        path = folder / f"{name}.png"
        if focus:
            self.page.locator(focus).evaluate("e => e.scrollIntoView({block: 'start'})")
        else:
            self.page.evaluate("() => window.scrollTo(0, 0)")
        self.page.screenshot(path=str(path))
        wanted = os.environ.get("UNGA_SCREENSHOTS")
        if wanted and name in README_SHOTS:
            Path(wanted).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, Path(wanted) / path.name)
        return path

    def assert_clean(self) -> None:
        violations = self.page.evaluate("window.__csp || []")
        assert violations == [], violations
        assert self.problems == [], self.problems
        self.context.close()


def inside_point(page, selector: str) -> tuple[float, float]:
    """A point of the viewport well inside the shape (not on its border, not just in its bounding box): the
    grid point of its largest path farthest from any point outside it, found with isPointInFill."""
    return tuple(page.evaluate("""sel => {
        const paths = [...document.querySelectorAll(sel)];
        const area = e => e.getBBox().width * e.getBBox().height;
        paths.sort((a, b) => area(b) - area(a));
        const el = paths[0], box = el.getBBox(), m = el.getScreenCTM(), n = 40;
        const at = (i, j) => new DOMPoint(box.x + box.width * i / n, box.y + box.height * j / n);
        const inside = [];
        for (let i = 0; i <= n; i++) { inside.push([]); for (let j = 0; j <= n; j++) inside[i].push(el.isPointInFill(at(i, j))); }
        let best = null, depth = 0;
        for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) {
            let d = 0;
            while (d < 8 && i - d - 1 >= 0 && j - d - 1 >= 0 && i + d + 1 <= n && j + d + 1 <= n &&
                   inside[i - d - 1][j] && inside[i + d + 1][j] && inside[i][j - d - 1] && inside[i][j + d + 1] && inside[i][j]) d++;
            if (inside[i][j] && d >= depth) {
                const s = at(i, j).matrixTransform(m);
                if (document.elementFromPoint(s.x, s.y) === el && (best === null || d > depth)) { best = [s.x, s.y]; depth = d; }
            }
        }
        if (best === null) throw new Error('no visible point inside ' + sel);
        return best;
    }""", selector))


def pixel(page, x: float, y: float) -> tuple[int, int, int]:
    """The colour at a point of the viewport, from a screenshot of what is on screen."""
    from PIL import Image

    return Image.open(io.BytesIO(page.screenshot())).convert("RGB").getpixel((int(x), int(y)))


def rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def close(a, b, tolerance: int = 6) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def test_es_11_1_map_shows_the_abstainers_and_russia_in_their_colours(site, browser, tmp_path):
    view = Page(browser)
    page = view.open(f"{site}/rollcall/ES-11/1")
    page.locator("#chart-map svg").scroll_into_view_if_needed()
    for iso3, colour in (("PAK", ABSTAIN), ("IND", ABSTAIN), ("CHN", ABSTAIN), ("RUS", NO)):
        selector = f'#chart-map path[data-seat="{iso3}"]'
        fills = page.eval_on_selector_all(selector, "els => els.map(e => e.getAttribute('fill'))")
        assert fills and set(fills) == {colour}, (iso3, fills)
        x, y = inside_point(page, selector)
        assert close(pixel(page, x, y), rgb(colour)), (iso3, pixel(page, x, y), colour)
    assert page.locator('#chart-map path[data-seat="UKR"]').first.get_attribute("data-vote") == "yes"
    legend = page.locator("#chart-map .unga-legend").inner_text()
    assert "abstain (35)" in legend and "no (5)" in legend and "not a member" in legend
    assert "Tuvalu (yes)" in page.locator("#chart-map figcaption").inner_text()
    view.shot(tmp_path, "rollcall")
    view.assert_clean()


def test_a_1980_map_draws_the_soviet_seat_on_its_successors(site, browser):
    view = Page(browser)
    page = view.open(f"{site}/rollcall/ES-6/2")
    kazakhstan = page.locator('#chart-map path[data-seat="SUN"][data-shape="398"]')
    assert kazakhstan.get_attribute("data-vote") == "no"
    assert "Soviet Union on Russia" in page.locator("#chart-map figcaption").inner_text()
    view.assert_clean()


def test_state_page_draws_rates_agreement_and_stance(site, browser, tmp_path):
    view = Page(browser)
    page = view.open(f"{site}/state/PAK?from=2000&with=IND,USA")
    for chart in ("rates", "agreement", "stance"):
        assert page.locator(f"#chart-{chart}").get_attribute("data-drawn") == "yes", chart
    lines = page.locator("#chart-agreement [data-series]")
    assert sorted(lines.evaluate_all("els => els.map(e => e.dataset.series)")) == ["IND", "USA"]
    assert "up: voted more alike" in page.locator("#chart-agreement").inner_text()
    assert "up: votes like United States" in page.locator("#chart-stance").inner_text()
    # the stance band is drawn: one area path with an interval around the line
    assert page.locator("#chart-stance [data-series] path").count() == 2
    view.shot(tmp_path, "state", focus="#agreement")
    view.assert_clean()


@pytest.mark.parametrize("path,name", [("/", "home"), ("/search?q=nuclear&year=2022", "search"),
                                       ("/compare/IND/PAK?from=2010", "compare"), ("/year/2022", "year"),
                                       ("/check", "check")])
def test_every_page_type_opens_without_errors(site, browser, tmp_path, path, name):
    view = Page(browser)
    page = view.open(site + path)
    for figure in page.locator("[data-chart][data-src]").all():
        assert figure.get_attribute("data-drawn") == "yes", figure.get_attribute("id")
    if name == "year":
        assert page.locator("#chart-camps circle").count() > 150
    if name == "compare":
        assert page.locator('#chart-agreement [data-series="PAK"]').count() == 1
    view.shot(tmp_path, name)
    view.assert_clean()


def test_checker_highlights_a_contradicted_claim(site, browser, tmp_path):
    view = Page(browser)
    page = view.open(f"{site}/check")
    page.fill("#text", STORY)
    page.click("#check-form button[type=submit]")
    page.wait_for_selector("#marked-text")
    marked = page.locator("#marked-text mark.verdict-contradicted")
    assert marked.count() == 1 and "Pakistan voted in favour" in marked.inner_text()
    background = marked.evaluate("e => getComputedStyle(e).backgroundColor")
    supported = page.locator("#marked-text mark.verdict-supported").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", supported)
    assert page.locator("#claims li[data-verdict=contradicted]").count() == 1
    view.shot(tmp_path, "check-result")
    view.assert_clean()


def test_without_javascript_the_tally_table_is_there(site, browser):
    view = Page(browser, javascript=False)
    page = view.open(f"{site}/rollcall/ES-11/1", charts=False)
    assert page.locator("#count-yes").inner_text().split()[0] == "141"
    assert page.locator("#count-abstain").inner_text().split()[0] == "35"
    assert "Pakistan" in page.locator("#vote-abstain").inner_text()
    assert "Russia" in page.locator("#vote-no").inner_text()
    assert page.locator("#chart-map svg").count() == 0  # no chart, and nothing broken without it
    view.assert_clean()
