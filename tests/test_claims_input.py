"""`unga check` input: encodings read, binary, empty and oversized input refused with one line and exit 2, control
characters never echoed, every claim listed."""

from __future__ import annotations

import codecs
import re

import pytest
from fixtures import run_unga

from unga.claims import reading
from unga.errors import BadInput

ARTICLE = ("UNITED NATIONS, March 2, 2022 - The General Assembly demanded that Russia withdraw from Ukraine. "
           "The resolution passed by 141 votes to 5, with 35 abstentions. India, China and Pakistan abstained. "
           "Côte d’Ivoire voted in favour. Observers called the vote historic.")


run = run_unga


@pytest.fixture(scope="module")
def home(built_store):
    return built_store.parent


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b"")])
def test_encodings_are_read(encoding, bom):
    text = reading.decode(bom + ARTICLE.encode(encoding), "article.txt")
    assert "Côte d’Ivoire voted in favour." in text and not text.startswith("\ufeff")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b"  \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (bytes(range(1, 32)) * 50, "binary"),
])
def test_binary_and_empty_input_refused(data, message):
    with pytest.raises(BadInput, match=message):
        reading.decode(data, "input.bin")


def test_size_limit_and_how_to_raise_it(monkeypatch):
    assert reading.max_bytes() == reading.DEFAULT_MAX_BYTES
    monkeypatch.setenv(reading.ENV_MAX_BYTES, "500")
    assert reading.max_bytes() == 500 and reading.max_bytes(9000) == 9000
    with pytest.raises(BadInput, match="--max-bytes N or UNGA_CHECK_MAX_BYTES=N"):
        reading.check_size(501, "big.txt", reading.max_bytes())
    monkeypatch.setenv(reading.ENV_MAX_BYTES, "lots")
    with pytest.raises(BadInput, match="positive number"):
        reading.max_bytes()


def test_control_characters_become_spaces_one_for_one():
    text = "India\x1b[31m abstained\x07.\u202e"
    clean = reading.without_controls(text)
    assert len(clean) == len(text) and "\x1b" not in clean and "\x07" not in clean and "\u202e" not in clean


def test_library_refuses_empty_and_oversized_text(built_store):
    from unga import api

    with pytest.raises(BadInput):
        api.check_text("   ")
    with pytest.raises(BadInput, match="over the limit"):
        api.check_text(ARTICLE, max_bytes=100)


def test_cli_reads_utf16_and_lists_every_claim(home, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + (ARTICLE + " A paragraph vote was also requested.").encode("utf-16-le"))
    out = run("check", str(path), home=home)
    assert out.returncode == 0, out.stderr
    total = int(re.search(r"(\d+) claims:", out.stdout)[1])
    listed = re.findall(r"^(\d+)\. (supported|contradicted|unverifiable) — ", out.stdout, re.M)
    assert total >= 6 and len(listed) == total  # every claim is listed, the unverifiable ones too
    assert "position CHN (vote abstain) on A/RES/ES-11/1" in out.stdout
    assert "position CIV (vote yes) on A/RES/ES-11/1" in out.stdout


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 100, "binary")])
def test_cli_refuses_bad_files_with_one_line(home, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = run("check", str(path), home=home)
    assert out.returncode == 2 and message in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_cli_size_limit(home, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = run("check", str(path), "--max-bytes", "100", home=home)
    assert out.returncode == 2 and "--max-bytes" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    out = run("check", str(path), home=home, env_extra={"UNGA_CHECK_MAX_BYTES": "100"})
    assert out.returncode == 2 and "over the limit of 100" in out.stderr
    assert run("check", str(path), "--max-bytes", "100000", home=home).returncode == 0


def test_cli_never_echoes_terminal_escapes(home, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE.replace("India", "\x1b]0;owned\x07\x1b[2JIndia"), encoding="utf-8")
    out = run("check", str(path), home=home)
    assert out.returncode == 0 and "\x1b" not in out.stdout and "\x07" not in out.stdout
    json_out = run("check", str(path), "--json", home=home)
    assert "\\u001b" not in json_out.stdout and "\x1b" not in json_out.stdout
