"""The catalogue: each source unga fetches, where its publisher keeps the files (URL layout), their terms and
credit, and the name each file takes in the sources folder (the layout discover.py reads).

Every host has a base URL, overridable by an environment variable (UNGA_URL_UNDL, …) or, for all hosts at
once, by `--sources-from BASE` (host h is then BASE/h): a mirror, or the tests' loopback server.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from unga.errors import BadInput, FetchError

HOSTS = {
    "undl": "https://digitallibrary.un.org",
    "dataverse": "https://dataverse.harvard.edu",
    "github_api": "https://api.github.com",
    "github_raw": "https://raw.githubusercontent.com",
}
UNDL_RECORD = "4060887"
VOETEN_DOI = "doi:10.7910/DVN/LEJUQZ"
UNXML_REPO, UNXML_FOLDER = "UNxml/GAresolutions", "data_extract"
UNVOTES_REPO = "dgrtwo/unvotes"
VOETEN_REPO = "evoeten/United-Nations-General-Assembly-Votes-and-Ideal-Points"


@dataclass(frozen=True)
class Remote:
    """One file to fetch: where it is, where it goes, how to check it."""

    source: str                   # the catalogue entry (Source.name)
    url: str
    local: str                    # path under the sources folder, e.g. "unxml_gares/74.json"
    layout: str                   # key of sources.layouts.CHECKS
    size: int | None = None       # as the publisher lists it
    checksum: tuple[str, str] | None = None  # ("git-sha1" | "md5", hex) as the publisher lists it
    supersedes: str = ""          # glob (under the sources folder) of older vintages this file replaces


GetJson = Callable[[str], object]


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    terms: str
    credit: str
    layout: str  # the URL layout, for docs and messages
    list_files: Callable[[GetJson, dict[str, str]], list[Remote]]


def bases(sources_from: str | None = None) -> dict[str, str]:
    """The base URL of each host: BASE/host with --sources-from, else $UNGA_URL_<HOST>, else the publisher's."""
    if sources_from is not None:
        root = _base_url(str(sources_from), "--sources-from")
        return {host: f"{root}/{host}" for host in HOSTS}
    return {host: _base_url(os.environ.get(f"UNGA_URL_{host.upper()}", default), f"UNGA_URL_{host.upper()}")
            for host, default in HOSTS.items()}


def _base_url(text: str, what: str) -> str:
    """text as a base URL without its final slash, if it is an http(s) URL with a host; else BadInput."""
    import httpx

    root = text.strip().rstrip("/")
    try:
        parts = urlsplit(root)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port is None or parts.port > 0)
        httpx.URL(root)
    except (ValueError, httpx.InvalidURL):
        ok = False
    if not ok or any(c.isspace() for c in root):
        shown = text if len(text) <= 80 else text[:77] + "..."
        raise BadInput(f"{what} {shown!r}: give an http(s) URL, e.g. http://mirror.example/unga")
    return root


def _fail(url: str, problem: str) -> FetchError:
    return FetchError(url, problem, fix="the publisher changed its listing; see docs/data.md, Getting the data")


def _undl(get_json: GetJson, base: dict[str, str]) -> list[Remote]:
    """The newest `YYYY_M_D_ga_voting.csv` of the record's files (the Digital Library's file API)."""
    url = f"{base['undl']}/api/v1/file?recid={UNDL_RECORD}"
    listing = get_json(url)
    releases = []
    for item in listing if isinstance(listing, list) else []:
        name, fmt = str(item.get("name", "")), str(item.get("format", "") or ".csv").lower()
        if name.lower().endswith(".csv"):  # the file API gives the name without its extension; accept either
            name, fmt = name[:-4], ".csv"
        match = re.fullmatch(r"(\d{4})_(\d{1,2})_(\d{1,2})_ga_voting", name)
        if match and fmt in (".csv", "csv"):
            releases.append((tuple(int(g) for g in match.groups()), name))
    if not releases:
        raise _fail(url, "no *_ga_voting.csv file listed for record " + UNDL_RECORD)
    _, name = max(releases)
    return [Remote("undl_bulk", f"{base['undl']}/record/{UNDL_RECORD}/files/{name}.csv",
                   "undl_bulk/ga_voting.csv", "undl_bulk")]


def _github_folder(get_json: GetJson, base: dict[str, str], repo: str, folder: str) -> dict[str, dict]:
    url = f"{base['github_api']}/repos/{repo}/contents/{folder}"
    listing = get_json(url)
    if not isinstance(listing, list):
        raise _fail(url, "not a folder listing")
    return {str(i.get("name")): i for i in listing if isinstance(i, dict) and i.get("type") == "file"}


def _github_file(base: dict[str, str], source: str, repo: str, item: dict, local: str, layout: str) -> Remote:
    return Remote(source, f"{base['github_raw']}/{repo}/HEAD/{item['path']}", local, layout,
                  size=item.get("size"), checksum=("git-sha1", item["sha"]) if item.get("sha") else None)


def _unxml(get_json: GetJson, base: dict[str, str]) -> list[Remote]:
    """Every session file of data_extract/ (74.json … and ES-10.json, S-32.json): new sessions come by themselves."""
    files = _github_folder(get_json, base, UNXML_REPO, UNXML_FOLDER)
    names = sorted(n for n in files if re.fullmatch(r"(\d+|ES-\d+|S-\d+)\.json", n))
    if not names:
        raise _fail(f"{base['github_api']}/repos/{UNXML_REPO}/contents/{UNXML_FOLDER}", "no session file listed")
    return [_github_file(base, "unxml", UNXML_REPO, files[n], f"unxml_gares/{n}", "unxml") for n in names]


UNVOTES_FILES = {  # folder in the package → file → layout
    "data": {"un_votes.rda": "unvotes_votes", "un_roll_calls.rda": "unvotes_roll_calls",
             "un_roll_call_issues.rda": "unvotes_issues"},
    "data-raw": {"UNVotesPublished.RData": "voeten_votes", "descriptions1-70latestversion.xls": "voeten_descriptions"},
}


def _named(get_json: GetJson, base: dict[str, str], source: str, repo: str, wanted: dict[str, dict[str, str]],
           local_folder: str) -> list[Remote]:
    remotes = []
    for folder, names in wanted.items():
        files = _github_folder(get_json, base, repo, folder)
        for name, layout in names.items():
            if name not in files:
                raise _fail(f"{base['github_api']}/repos/{repo}/contents/{folder}", f"{name} is no longer listed")
            remotes.append(_github_file(base, source, repo, files[name], f"{local_folder}/{name}", layout))
    return remotes


def _unvotes(get_json: GetJson, base: dict[str, str]) -> list[Remote]:
    return _named(get_json, base, "unvotes", UNVOTES_REPO, UNVOTES_FILES, "unvotes")


def _voeten_github(get_json: GetJson, base: dict[str, str]) -> list[Remote]:
    return _named(get_json, base, "voeten_github", VOETEN_REPO, {"Data": {"Matches.csv": "matches"}}, "voeten_github")


MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def _vintage(name: str) -> tuple[int, int]:
    match = re.search(r"_([A-Za-z]{3})[a-z]*(\d{4})\.", name)
    return (int(match[2]), MONTHS.get(match[1].lower(), 0)) if match else (0, 0)


def _dataverse(get_json: GetJson, base: dict[str, str]) -> list[Remote]:
    """The newest IdealpointestimatesAll_<MonYYYY>.csv of the dataset's latest version, by file id; a tabular
    file ingested by Dataverse (.tab) is fetched in its original format."""
    url = f"{base['dataverse']}/api/datasets/:persistentId/?persistentId={VOETEN_DOI}"
    payload = get_json(url)
    try:
        files = payload["data"]["latestVersion"]["files"]
    except (KeyError, TypeError):
        raise _fail(url, "no data.latestVersion.files in the dataset metadata") from None
    found = []
    for entry in files:
        data = entry.get("dataFile", {}) if isinstance(entry, dict) else {}
        name = str(data.get("originalFileName") or data.get("filename") or "")
        if re.fullmatch(r"IdealpointestimatesAll_[A-Za-z]+\d{4}\.csv", name) and "id" in data:
            original = str(data.get("filename", "")).endswith(".tab")
            digest = data.get("md5") or (data.get("checksum") or {}).get("value")
            size = data.get("originalFileSize") if original else data.get("filesize")
            found.append((_vintage(name), name, int(data["id"]), original, digest, size))
    if not found:
        raise _fail(url, "no IdealpointestimatesAll_*.csv in the dataset")
    _, name, file_id, original, digest, size = max(found)
    return [Remote("voeten_dataverse", f"{base['dataverse']}/api/access/datafile/{file_id}"
                   + ("?format=original" if original else ""), f"voeten_dataverse/{name}", "ideal_points",
                   size=size, checksum=("md5", digest) if digest else None,
                   supersedes="voeten_dataverse/IdealpointestimatesAll_*.csv")]


SOURCES = (
    Source("undl_bulk", "UN Digital Library, General Assembly Voting Data (record 4060887)",
           "© United Nations; free for non-commercial use with attribution (UN Digital Library terms of use).",
           "Voting data: United Nations Dag Hammarskjöld Library, digitallibrary.un.org/record/4060887.",
           "{undl}/api/v1/file?recid=4060887 lists the releases; {undl}/record/4060887/files/YYYY_M_D_ga_voting.csv",
           _undl),
    Source("unxml", "United Nations DGACM, machine-readable General Assembly resolutions (UNxml/GAresolutions)",
           "Unofficial copies, for information only, without warranty; whoever uses them must acknowledge the "
           "United Nations as the source. No waiver of the UN's privileges and immunities.",
           "Resolutions and their votes: United Nations, Department for General Assembly and Conference Management.",
           "{github_api}/repos/UNxml/GAresolutions/contents/data_extract; "
           "{github_raw}/UNxml/GAresolutions/HEAD/data_extract/NAME.json", _unxml),
    Source("unvotes", "Erik Voeten's UN voting data as packaged by the R package unvotes (dgrtwo/unvotes)",
           "The package is MIT-licensed (© 2016 David Robinson); Voeten's Dataverse data it holds are CC0.",
           "Erik Voeten, 'Data and Analyses of Voting in the UN General Assembly', Routledge Handbook of "
           "International Organization (2013); R package unvotes by David Robinson.",
           "{github_api}/repos/dgrtwo/unvotes/contents/data (and data-raw); {github_raw}/dgrtwo/unvotes/HEAD/PATH",
           _unvotes),
    Source("voeten_github", "Erik Voeten's estimation repository (bridging pairs, Matches.csv)",
           "MIT licence, © 2020 evoeten.",
           "Bailey, Strezhnev & Voeten (2017), 'Estimating dynamic state preferences from United Nations voting "
           "data', Journal of Conflict Resolution 61(2).",
           f"{{github_api}}/repos/{VOETEN_REPO}/contents/Data; {{github_raw}}/{VOETEN_REPO}/HEAD/Data/Matches.csv",
           _voeten_github),
    Source("voeten_dataverse", "Voeten, United Nations General Assembly Voting Data, Harvard Dataverse "
           "(doi:10.7910/DVN/LEJUQZ): ideal-point estimates",
           "CC0 (public domain dedication); citation is asked for.",
           "Bailey, Strezhnev & Voeten (2017), Journal of Conflict Resolution 61(2); data: Harvard Dataverse, "
           "doi:10.7910/DVN/LEJUQZ.",
           "{dataverse}/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/LEJUQZ lists the files; "
           "{dataverse}/api/access/datafile/ID?format=original", _dataverse),
)
BY_NAME = {s.name: s for s in SOURCES}


def select(only: str | list[str] | None) -> list[Source]:
    """The sources named by --only (comma-separated), all when None; BadInput naming the known ones."""
    if only is None:
        return list(SOURCES)
    names = [n.strip() for part in ([only] if isinstance(only, str) else only) for n in str(part).split(",")]
    unknown = [n for n in names if n not in BY_NAME]
    if unknown or not any(names):
        raise BadInput(f"--only {','.join(names)!s}: unknown source {unknown[0] if unknown else ''!r}; "
                       f"choose from {', '.join(BY_NAME)}")
    return [BY_NAME[n] for n in dict.fromkeys(names)]
