"""Fault injection: a real `unga build` killed at each stage, stopped by SIGTERM or by a full disk, and damaged
files of every source kind. The previous store must survive each, and a later build must clean up after it.

What could be simulated here: kill -9 and SIGTERM at every stage (through the UNGA_FAULT hook in store.build,
which parks the build at a stage until the test signals it), a full disk (RLIMIT_FSIZE in the child: writes past
the limit fail with EFBIG, as they would with ENOSPC). What could not: a real full filesystem (no tmpfs can be
mounted here) and a power cut (the rename is atomic, but whether it reached the disk is the kernel's affair).
"""

from __future__ import annotations

import hashlib
import io
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest

import unga
from unga import api
from unga.errors import SourceError
from unga.store import query
from fixtures import small_sources, unxml_record, write_unxml

SRC = str(Path(unga.__file__).resolve().parents[1])
STAGES = ["reading", "reconciling", "writing", "swapping"]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(home: Path) -> list[str]:
    return sorted(p.name for p in home.glob(".unga.duckdb.*"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Two small unxml files (so the build reads them in worker processes) and a store built from them."""
    root = tmp_path_factory.mktemp("faults")
    sources = small_sources(root / "sources")
    write_unxml(sources, "77.json", [unxml_record(f"A/RES/77/{i}", "3 November 2022", ["FRANCE", "INDIA"],
                                                  ["CHINA"], ["PAKISTAN"]) for i in range(1, 31)])
    home = root / "home"
    old = os.environ.get("UNGA_HOME")
    os.environ["UNGA_HOME"] = str(home)
    try:
        api.build(sources)
    finally:
        query.close_all()
        os.environ.pop("UNGA_HOME") if old is None else os.environ.__setitem__("UNGA_HOME", old)
    return sources, home


@pytest.fixture
def home(built, tmp_path, monkeypatch):
    """A copy of the built home for one test, UNGA_HOME pointing at it."""
    copy = tmp_path / "home"
    shutil.copytree(built[1], copy)
    monkeypatch.setenv("UNGA_HOME", str(copy))
    yield copy
    query.close_all()


def start_build(home: Path, sources: Path, fault: str = "", **kwargs) -> tuple[subprocess.Popen, str]:
    token = uuid.uuid4().hex
    env = {**os.environ, "UNGA_HOME": str(home), "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]),
           "UNGA_FAULT": fault, "UNGA_FAULT_TOKEN": token}
    proc = subprocess.Popen([sys.executable, "-m", "unga.cli.main", "build", "--sources", str(sources), "--json"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kwargs)
    return proc, token


def wait_for(path: Path, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert proc.poll() is None, f"the build ended before the stage: {proc.stderr.read()}"
        assert time.monotonic() < deadline, "the build never reached the stage"
        time.sleep(0.05)


def processes_with(token: str) -> list[int]:
    """Live processes whose environment carries token: the build and its workers."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if token.encode() in (entry / "environ").read_bytes() and "Z" not in (entry / "stat").read_text().split()[2]:
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def no_processes_left(token: str, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while processes_with(token):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")


@pytest.mark.parametrize("stage", STAGES)
def test_kill_9_at_each_stage_keeps_the_store_and_the_next_build_cleans_up(built, home, tmp_path, stage):
    sources = built[0]
    store = home / "unga.duckdb"
    before = digest(store)
    ready = tmp_path / "ready"
    proc, token = start_build(home, sources, f"{stage} {ready}")
    wait_for(ready, proc)
    if stage == "reading":
        assert len(processes_with(token)) >= 3  # the build and its two workers
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert no_processes_left(token), "worker processes outlived the killed build"
    assert digest(store) == before
    if stage in ("writing", "swapping"):
        assert any(name.endswith(".tmp") for name in leftovers(home))  # what a killed write leaves
    assert api.tally("ES-11/1").counts["yes"] == 3
    api.build(sources)
    assert leftovers(home) == []
    assert api.tally("ES-11/1").counts == {"yes": 3, "no": 2, "abstain": 3, "absent": 185}


@pytest.mark.parametrize("stage", ["reading", "writing"])
def test_sigterm_is_one_line_exit_1_and_leaves_nothing(built, home, tmp_path, stage):
    store = home / "unga.duckdb"
    before = digest(store)
    ready = tmp_path / "ready"
    proc, token = start_build(home, built[0], f"{stage} {ready}")
    wait_for(ready, proc)
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert err == "unga: error: the build was stopped (SIGTERM); the previous store is kept\n"
    assert no_processes_left(token)
    assert digest(store) == before and leftovers(home) == []


def test_a_full_disk_is_one_line_exit_1_and_leaves_nothing(built, home):
    store = home / "unga.duckdb"
    before = digest(store)

    def small_files():  # writes past 1 MB fail with EFBIG (Python ignores SIGXFSZ)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))

    proc, _ = start_build(home, built[0], preexec_fn=small_files)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert err.count("\n") == 1 and err.startswith(f"unga: error: cannot write the store at {store}: ")
    assert "File too large" in err and "the previous store is kept" in err
    assert digest(store) == before and leftovers(home) == []


# Damaged files of every source kind: each is one error naming the file, and the store is kept.

def scrape_csv(rows: int = 2) -> bytes:
    header = "Council,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,PAKISTAN,INDIA\r\n"
    body = "".join(f"General Assembly,2010-12-0{i + 1},Test {i},A/RES/65/{i + 1},2,0,1,0,1,https://x/{i},{9000 + i},Y,A\r\n"
                   for i in range(rows))
    return (header + body).encode()


def zipped(data: bytes, name: str = "UN DATA.csv") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def bulk_csv(rows: int = 2) -> bytes:
    header = "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,title,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n"
    body = "".join(f"{4000 + i // 2},{'PAK' if i % 2 else 'IND'},{'PAKISTAN' if i % 2 else 'INDIA'},Y,2023-11-0{1 + i // 2},78,"
                   f"A/RES/78/{1 + i // 2},Test,2,0,0,0,193,https://x\n" for i in range(rows))
    return (header + body).encode()


def half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def real(shared: Path, relative: str) -> bytes:
    return (shared / relative).read_bytes()


# (case id, files to write {relative path: bytes or a function of the shared data folder}, expected error)
DAMAGE = [
    ("unxml empty", {"unxml_gares/78.json": b""}, r"78\.json: empty file"),
    ("unxml truncated", {"unxml_gares/78.json": lambda s: half(real(s, "unxml_gares/ES-10.json"))}, r"78\.json, row \d+: invalid JSON"),
    ("unxml foreign", {"unxml_gares/78.json": lambda s: real(s, "voeten_github/Matches.csv")}, r"78\.json, row 1: invalid JSON"),
    ("unxml other json", {"unxml_gares/78.json": b'{"resolution": "A/RES/78/1"}\n'}, r"78\.json, row 1: a line without a 'symbol'"),
    ("unvotes empty", {"unvotes/un_votes.rda": b"", "unvotes/un_roll_calls.rda": b"x"}, r"un_votes\.rda: empty file"),
    ("unvotes empty companion", {"unvotes/un_votes.rda": lambda s: real(s, "unvotes/un_votes.rda"),
                                 "unvotes/un_roll_calls.rda": b""}, r"un_roll_calls\.rda: empty file"),
    ("unvotes truncated", {"unvotes/un_votes.rda": lambda s: half(real(s, "unvotes/un_votes.rda")),
                           "unvotes/un_roll_calls.rda": lambda s: real(s, "unvotes/un_roll_calls.rda")},
     r"un_votes\.rda: cannot read R data"),
    ("unvotes foreign", {"unvotes/un_votes.rda": b"<html>not found</html>\n", "unvotes/un_roll_calls.rda": b"x"},
     r"un_votes\.rda: cannot read R data"),
    ("voeten2017 empty", {"unvotes/UNVotesPublished.RData": b""}, r"UNVotesPublished\.RData: empty file"),
    ("voeten2017 empty companion", {"unvotes/UNVotesPublished.RData": b"x", "unvotes/descriptions1-70latestversion.xls": b""},
     r"descriptions1-70latestversion\.xls: empty file"),
    ("voeten2017 foreign", {"unvotes/UNVotesPublished.RData": lambda s: real(s, "unxml_gares/S-32.json")},
     r"UNVotesPublished\.RData: cannot read R data"),
    ("scrape empty", {"undl_scrape_2022/UN DATA.csv.zip": b""}, r"UN DATA\.csv\.zip: empty file"),
    ("scrape truncated zip", {"undl_scrape_2022/UN DATA.csv.zip": lambda s: half(zipped(scrape_csv(50)))},
     r"UN DATA\.csv\.zip: cannot read"),
    ("scrape cut mid-row inside the zip", {"undl_scrape_2022/UN DATA.csv.zip": zipped(scrape_csv()[:-9])},
     r"UN DATA\.csv\.zip \(UN DATA\.csv\), row 3: the last row does not end with a line break"),
    ("scrape foreign", {"undl_scrape_2022/UN DATA.csv.zip": zipped(bulk_csv())}, r"UN DATA\.csv\.zip: missing columns"),
    ("bulk empty", {"2024_ga_voting.csv": b""}, r"2024_ga_voting\.csv: empty file"),
    ("bulk cut mid-row", {"2024_ga_voting.csv": bulk_csv(4)[:-12]},
     r"2024_ga_voting\.csv, row 5: the last row does not end with a line break"),
    ("bulk short last row", {"2024_ga_voting.csv": bulk_csv(4).rsplit(b",", 6)[0] + b"\n"},
     r"2024_ga_voting\.csv, row 5: the last row has 8 of the header's 14 columns"),
    ("bulk foreign", {"2024_ga_voting.csv": scrape_csv()}, r"2024_ga_voting\.csv: not a UN Digital Library voting CSV"),
    ("bulk overlapping copies", {"2024_ga_voting.csv": bulk_csv(4), "2025_ga_voting.csv": bulk_csv(4).replace(b"Test", b"Other")},
     r"2025_ga_voting\.csv: holds 2 roll calls that 2024_ga_voting\.csv also holds"),
    ("matches empty", {"voeten_github/Matches.csv": b""}, r"Matches\.csv: empty file"),
    ("matches foreign", {"voeten_github/Matches.csv": scrape_csv()}, r"Matches\.csv: missing columns"),
]


@pytest.mark.parametrize("files, expected", [pytest.param(f, e, id=i) for i, f, e in DAMAGE])
def test_a_damaged_file_is_one_error_naming_it_and_the_store_is_kept(built, home, tmp_path, request, files, expected):
    sources = tmp_path / "sources"
    shutil.copytree(built[0], sources)
    for relative, content in files.items():
        path = sources / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        # cases cut from a real file need ../shared/data (skipped without it); the others are synthetic
        path.write_bytes(content(request.getfixturevalue("shared_data")) if callable(content) else content)
    before = digest(home / "unga.duckdb")
    with pytest.raises(SourceError, match=expected) as error:
        api.build(sources)
    assert "\n" not in str(error.value)
    assert digest(home / "unga.duckdb") == before and leftovers(home) == []


@pytest.mark.parametrize("relative, content", [
    pytest.param("unxml_gares/ES-11-copy.json", None, id="unxml"),
    pytest.param("undl_scrape_2022/UN DATA (1).csv.zip", zipped(scrape_csv()), id="scrape"),
    pytest.param("2025_ga_voting.csv", bulk_csv(4), id="bulk"),
])
def test_an_identical_copy_of_each_kind_is_read_once(built, home, tmp_path, relative, content):
    sources = tmp_path / "sources"
    shutil.copytree(built[0], sources)
    original = {"unxml_gares/ES-11-copy.json": "unxml_gares/ES-11.json",
                "undl_scrape_2022/UN DATA (1).csv.zip": "undl_scrape_2022/UN DATA.csv.zip",
                "2025_ga_voting.csv": "2024_ga_voting.csv"}[relative]
    if content is not None:
        (sources / original).parent.mkdir(parents=True, exist_ok=True)
        (sources / original).write_bytes(content)
    once = api.build(sources).roll_calls
    shutil.copy(sources / original, sources / relative)
    assert api.build(sources).roll_calls == once
    prov = query.frame(query.connect(api.store_path()), "SELECT file, rows_read, rejected_reasons FROM provenance")
    copy = prov[prov["file"].str.endswith(Path(relative).name)].iloc[0]
    assert copy["rows_read"] == 0 and "same bytes (sha256)" in copy["rejected_reasons"]


def test_temporary_files_of_a_running_build_are_left_alone(built, home):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = [home / f".unga.duckdb.{dead.pid}.tmp", home / f".unga.duckdb.{dead.pid}.tmp.wal"]
    running = home / f".unga.duckdb.{os.getpid()}.0badcafe.tmp"  # this process is alive: a build in progress
    for path in [*stale, running]:
        path.write_bytes(b"half a database")
    api.build(built[0])
    assert leftovers(home) == [running.name]
