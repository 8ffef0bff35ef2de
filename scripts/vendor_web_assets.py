#!/usr/bin/env python3
"""Fetch the web pages' JavaScript libraries and world boundaries from the npm registry, at pinned versions.

Run by hand from the repository root when refreshing them: `python scripts/vendor_web_assets.py`. It calls
`npm pack NAME@VERSION` (npm checks the tarball against the registry's integrity hash), unpacks it, checks the
sha256 of every file it keeps against PINS, and copies them with their LICENSE into src/unga/web/static/vendor/.
To move to a new version: change the version, run with --print-checksums, review, paste the sums into PINS.

`--iso-table` rewrites src/unga/web/iso_numeric.csv (our ISO3 codes → ISO 3166-1 numeric ids, the ids of the
world-atlas shapes) with pycountry (pip install pycountry; needed only for this).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = ROOT / "src" / "unga" / "web" / "static" / "vendor"

# package, version, {file in the package: sha256}
PINS = [
    ("d3", "7.9.2", {
        "dist/d3.min.js": "912111098ea99503a6f4967361d2bbdc9dbf58cf9c678c8e27e5b02d1a07f0c1",
        "LICENSE": "2a6d2d5f32ba0b755ddbc1c833f766e30cdbe6ebe9a6d4e3e24427721f0b63d3",
    }),
    ("topojson-client", "3.1.0", {
        "dist/topojson-client.min.js": "25cd02ae486cc5063e0215a4e4cfb15de83700c87ac48bac4d57dc6aaf3ebb89",
        "LICENSE": "4c4d15b635e04e691825a76db7d33f7f2033b55669a7430011694f31e6c65999",
    }),
    ("world-atlas", "2.0.2", {
        "countries-50m.json": "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394",
        "LICENSE": "8048290dfdb6e83fbed17e8985c8cfc4ce9da9b842642f3d3e497280790cfa31",
    }),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unpack(name: str, version: str, work: Path) -> Path:
    subprocess.run(["npm", "pack", f"{name}@{version}", "--silent", "--pack-destination", str(work)],
                   check=True, stdout=subprocess.DEVNULL)
    tarball = next(work.glob(f"{name}-{version}.tgz"))
    target = work / name
    with tarfile.open(tarball) as archive:
        archive.extractall(target, filter="data")
    return target / "package"


def vendor(print_checksums: bool) -> int:
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, files in PINS:
            package = unpack(name, version, Path(tmp))
            for inside, expected in files.items():
                found = sha256(package / inside)
                if print_checksums:
                    print(f"{name}@{version} {inside}: {found}")
                    continue
                if found != expected:
                    print(f"{name}@{version} {inside}: sha256 {found}, pinned {expected}", file=sys.stderr)
                    bad += 1
                    continue
                dest = VENDOR / name / Path(inside).name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(package / inside, dest)
    if bad:
        print(f"{bad} file(s) differ from their pinned checksum: nothing copied for them", file=sys.stderr)
    return 1 if bad else 0


def iso_table() -> None:
    import pycountry

    states = ROOT / "src" / "unga" / "data" / "states.csv"
    with states.open(encoding="utf-8") as f, (ROOT / "src/unga/web/iso_numeric.csv").open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["iso3", "numeric"])
        for row in csv.DictReader(f):
            country = pycountry.countries.get(alpha_3=row["iso3"])
            if country is not None:
                writer.writerow([row["iso3"], country.numeric])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print-checksums", action="store_true", help="print the sha256 of each file, copy nothing")
    parser.add_argument("--iso-table", action="store_true", help="rewrite src/unga/web/iso_numeric.csv (pycountry)")
    args = parser.parse_args()
    if args.iso_table:
        iso_table()
        return 0
    return vendor(args.print_checksums)


if __name__ == "__main__":
    sys.exit(main())
