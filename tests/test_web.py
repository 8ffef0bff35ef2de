"""The web pages as a person sees them (server-rendered HTML, no JavaScript), on the real store."""

from __future__ import annotations

import csv
import io
import json

import lxml.html
import pytest

from unga import api
from unga.results import claim_line, dumps


@pytest.fixture(scope="module")
def client(built_store):
    from fastapi.testclient import TestClient

    from unga.web.app import create_app

    with TestClient(create_app(ideal_points=False)) as c:
        yield c


def page(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def xtext(doc, xpath: str) -> str:
    return " ".join(" ".join(e.text_content().split()) for e in doc.xpath(xpath))


def test_rollcall_page_shows_the_tally_and_pakistan_abstaining(client):
    doc = page(client, "/rollcall/ES-11/1")
    assert xtext(doc, "//h1[@id='symbol']") == "A/RES/ES-11/1"
    counts = {v: xtext(doc, f"//*[@id='count-{v}']/strong") for v in ("yes", "no", "abstain", "absent")}
    assert counts == {"yes": "141", "no": "5", "abstain": "35", "absent": "12"}
    abstained = doc.xpath("//div[@id='vote-abstain']//a/@data-iso3")
    assert "PAK" in abstained and "IND" in abstained and "CHN" in abstained and len(abstained) == 35
    assert "Pakistan" in xtext(doc, "//div[@id='vote-abstain']")
    assert sorted(doc.xpath("//div[@id='vote-no']//a/@data-iso3")) == ["BLR", "ERI", "PRK", "RUS", "SYR"]
    chart = doc.xpath("//div[@id='chart-map']")[0]  # where the map goes (drawn from its description at /chart + the twin)
    assert chart.get("data-src") == "/chart/rollcall/ES-11/1.json"


def test_rollcall_json_twin_is_the_api_tally(client):
    twin = client.get("/rollcall/ES-11/1.json")
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    assert twin.json() == json.loads(dumps(api.tally("ES-11/1")))
    assert twin.json()["votes"]["PAK"] == "abstain"
    assert client.get("/api/v1/rollcalls/A/RES/ES-11/1").json() == twin.json()


def test_rollcall_csv_download_has_every_state(client):
    response = client.get("/rollcall/ES-11/1.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 193
    by_state = {r["iso3"]: r["vote"] for r in rows}
    assert by_state["PAK"] == "abstain" and by_state["RUS"] == "no" and by_state["UKR"] == "yes"


def test_rollcall_with_other_votes_on_the_same_text(client):
    tally = api.tally("68/262")
    doc = page(client, "/rollcall/68/262")
    assert xtext(doc, "//*[@id='count-yes']/strong") == str(tally.counts["yes"]) == "100"
    others = doc.xpath("//section[@id='other-votes']//a/@href")
    assert others == [f"/rollcall/rcid:{o.rcid}" for o in tally.other_roll_calls]


def test_unknown_symbol_page_is_404_with_the_clis_suggestion(client):
    doc = page(client, "/rollcall/ES-11/1x", 404)
    assert "unknown resolution 'ES-11/1x'" in xtext(doc, "//*[@id='error-message']")
    assert "/rollcall/A/RES/ES-11/1" in doc.xpath("//ul[@id='suggestions']//a/@href")
    doc = page(client, "/state/Indai", 404)
    assert "/state/India" in doc.xpath("//ul[@id='suggestions']//a/@href")


def test_state_page_for_india(client):
    record = api.state_record("India")
    doc = page(client, "/state/India")
    assert doc.xpath("//h1[@id='state-name']/@data-iso3") == ["IND"]
    rates = xtext(doc, "//p[@id='rates']")
    assert f"{len(record.votes)} roll calls" in rates
    assert f"{record.counts['abstain']} abstain ({record.rates['abstain']:.1%})" in rates
    by_year = doc.xpath("//table[@id='by-year']/tbody/tr")
    assert len(by_year) == len(record.by_year())
    assert len(doc.xpath("//table[@id='votes-table']/tbody/tr")) == 100  # one page of the votes
    assert doc.xpath("//nav[@class='pager']//a[@rel='next']/@href")
    partners = doc.xpath("//table[@id='agreement-table']/thead//a/@href")
    assert sorted(partners) == ["/state/CHN", "/state/RUS", "/state/USA"]
    assert doc.xpath("//section[@id='stance']//table[@id='stance-table']/tbody/tr")
    assert "not estimated on this server" in xtext(doc, "//*[@id='ideal-value']")


def test_state_votes_filtered_by_topic_and_years(client):
    record = api.state_record("Pakistan", start=2014, topic="Ukraine")
    doc = page(client, "/state/Pakistan?from=2014&topic=Ukraine")
    rows = doc.xpath("//table[@id='votes-table']/tbody/tr")
    assert len(rows) == len(record.votes) > 5
    assert {xtext(row, "td[@class='col-vote']") for row in rows} <= {"abstain", "absent", "no", "yes"}
    assert xtext(doc, "//table[@id='votes-table']//td[@class='col-symbol']").count("A/RES/ES-11/1") >= 1
    twin = client.get("/state/Pakistan.json?from=2014&topic=Ukraine").json()
    assert twin["counts"] == record.counts and twin["total"] == len(record.votes)
    assert twin["agreement"]["state"] == "PAK" and twin["stance"]["state"] == "PAK"


def test_state_csv_has_every_vote_not_one_page(client):
    response = client.get("/state/IND.csv?from=2020&to=2022&limit=5")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(api.state_record("IND", start=2020, end=2022).votes) > 100


def test_compare_page(client):
    result = api.compare("India", "Pakistan", start=2000, end=2010)
    doc = page(client, "/compare/India/Pakistan?from=2000&to=2010")
    assert result.headline in xtext(doc, "//p[@id='headline']")
    assert len(doc.xpath("//table[@id='differences-table']/tbody/tr")) == min(100, len(result.differed))
    assert len(doc.xpath("//table[@id='agreement-table']/tbody/tr")) == 11
    twin = client.get("/compare/India/Pakistan.json?from=2000&to=2010&limit=1000").json()
    assert twin["differed"] == len(result.differed) == len(twin["differences"])
    assert all(d["vote_a"] != d["vote_b"] for d in twin["differences"])
    assert page(client, "/compare/India/India", 422) is not None


def test_year_page_shows_camps(client):
    result = api.camps(year=2023)
    doc = page(client, "/year/2023")
    k = int(result.chosen["k"].iloc[0])
    assert xtext(doc, "//p[@id='summary']").startswith(f"{k} camps")
    assert len(doc.xpath("//section[@id='camps']//li")) == len(result.describe(2023))
    assert len(doc.xpath("//table[@id='camps-table']/tbody/tr")) == len(result.table)
    assert client.get("/year/2023.json").json()["states"][0]["period"] == 2023
    assert page(client, "/year/1900", 422) is not None


def test_checker_marks_a_contradicted_claim(client):
    # our own sentence: the real tally of ES-11/1 was 141 in favour, not 150
    said = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 150 votes to 5, with 35 abstentions."
    response = client.post("/check", data={"text": said})
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.text)
    marked = doc.xpath("//section[@id='marked-text']//mark[@data-verdict='contradicted']")
    assert marked and "150 votes" in marked[0].text_content()
    claim = xtext(doc, "//li[@id='claim-1']")
    assert claim.startswith("contradicted") and "141 in favour" in claim
    # the page renders the library's own line for the claim (results.claim_line), with a link to the roll call
    line = claim_line(api.check_text(said).claims[0])
    assert " ".join(line.split()) in " ".join(claim.split())
    assert doc.xpath("//li[@id='claim-1']//a/@href") == ["/rollcall/A/RES/ES-11/1"]


def test_home_and_search(client):
    doc = page(client, "/")
    latest = api.latest(15).to_frame()
    assert len(doc.xpath("//table[@id='latest']/tbody/tr")) == 15
    assert latest["symbol"].iloc[0] in xtext(doc, "//table[@id='latest']")
    assert str(api.coverage().record_end) in xtext(doc, "//p[@id='record-end']")
    doc = page(client, "/search?q=Pakistan")
    assert "/state/PAK" in doc.xpath("//p[@class='direct']/a/@href")
    found = api.search("nuclear weapons", year=2022, limit=api.MAX_LIMIT).to_frame()
    doc = page(client, "/search?q=nuclear+weapons&year=2022")
    assert len(doc.xpath("//table[@id='results']/tbody/tr")) == min(100, len(found))
    assert client.get("/search.csv?q=nuclear+weapons&year=2022").text.count("\n") == len(found) + 1


def test_the_forecast_page_shows_the_expected_vote_and_its_map(client):
    asked = "like=ES-11/1,ES-11/4&on=2023-02-20"
    page = client.get("/forecast?" + asked)
    assert page.status_code == 200 and 'id="expected-yes"' in page.text and 'data-src="/chart/forecast.json?' in page.text
    states = {s["iso3"]: s for s in client.get("/forecast.json?" + asked).json()["states"]}
    assert states["RUS"]["most_likely"] == "no" and states["USA"]["most_likely"] == "yes"
    drawn = client.get("/chart/forecast.json?" + asked).json()
    by_seat = {f["seat"]: f for f in drawn["features"].values()}
    assert by_seat["RUS"]["vote"] == "no" and "most likely no" in by_seat["RUS"]["label"]
    assert drawn["legend"][0]["label"].startswith("most likely: ")
    assert client.get("/forecast").status_code == 200  # the empty form
    assert client.get("/forecast.json").status_code == 422
    assert client.get("/forecast.json?like=ES-99/1").status_code == 404
