# SPDX-License-Identifier: GPL-2.0-or-later
"""The zip a user downloads: what it holds, that a fresh QGIS 3.22 profile loads it, and
that ``qgis_process`` runs the scoring algorithm on a small Moss fixture with the outcome a
planner would check (test/data/e2e/README.md works it out by hand)."""
import configparser
import importlib.util
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any, Dict, List

import pytest
import shapely
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
PLUGIN_NAME = "energistasjon"
PROVIDER_ID = "energistasjon"
ALG_ID = "energistasjon:scoresites"
STATION_TYPES = ("hydrogen", "battery", "biogas")  # enum order of STATION_TYPES: 0, 1, 2
LANGUAGE_EN = "2"
# Candidate ids in test/data/e2e/moss_e2e.gpkg, layer kandidater.
GOOD, LNFR, TINY, FAR, MIDDLE = 1, 2, 3, 4, 5


# --- helpers ------------------------------------------------------------------------------

def _json_output(result: subprocess.CompletedProcess) -> Dict[str, Any]:
    """Parse ``qgis_process --json`` output (anything printed before the JSON is skipped)."""
    start = result.stdout.find("{")
    assert result.returncode == 0 and start >= 0, "qgis_process failed:\n" + _describe(result)
    return json.loads(result.stdout[start:])


def _describe(result: subprocess.CompletedProcess, limit: int = 6000) -> str:
    """The command, exit code and (the end of) its output, for assertion messages."""
    command = " ".join(str(a) for a in result.args)
    return (f"$ {command}\nexit code {result.returncode}\n--- stdout ---\n{result.stdout[-limit:]}\n"
            f"--- stderr ---\n{result.stderr[-limit:]}")


def _algorithms(qgis_process) -> Dict[str, Dict[str, Any]]:
    """Provider id -> provider entry of ``qgis_process --json list``."""
    return _json_output(qgis_process("--json", "list"))["providers"]


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "ja", "t")
    return bool(value)


def _gpkg_geometry(blob: bytes):
    """Decode a GeoPackage geometry blob (header + envelope + WKB) with shapely."""
    assert blob[:2] == b"GP", "not a GeoPackage geometry"
    envelope = (0, 32, 48, 48, 64)[(blob[3] >> 1) & 0x07]
    return shapely.from_wkb(bytes(blob[8 + envelope:]))


def _read_gpkg_layer(path: Path, layer: str = "") -> Dict[str, Any]:
    """Read one feature table of a GeoPackage with sqlite3 (no GDAL of our own involved).

    Returns ``{"columns": [...], "rows": [dict, ...], "srs_id": int, "geometries": [...]}``.
    """
    with sqlite3.connect(str(path)) as db:
        query = "SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"
        tables = [r[0] for r in db.execute(query)]
        if not layer:
            assert len(tables) == 1, f"expected one layer in {path}, found {tables}"
            layer = tables[0]
        geom_col, srs_id = db.execute(
            "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)).fetchone()
        cursor = db.execute('SELECT * FROM "{}"'.format(layer.replace('"', '""')))
        columns = [d[0] for d in cursor.description]
        rows = [dict(zip(columns, values)) for values in cursor.fetchall()]
    blobs = [row.pop(geom_col) for row in rows]
    geometries = [_gpkg_geometry(blob) if blob is not None else None for blob in blobs]
    return {"columns": [c for c in columns if c != geom_col], "rows": rows, "srs_id": srs_id,
            "geometries": geometries}


def _profile(plugin_dir: Path, station_type: str) -> Dict[str, Any]:
    """The station profile shipped in the installed plugin (field prefix, factor ids)."""
    path = plugin_dir / "resources" / "profiles" / f"{station_type}.yaml"
    with open(str(path), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# --- the zip ----------------------------------------------------------------------------

def test_zip_holds_one_plugin_folder_with_what_qgis_needs(plugin_zip: Path) -> None:
    with zipfile.ZipFile(str(plugin_zip)) as archive:
        names = archive.namelist()
        tops = {name.split("/", 1)[0] for name in names}
        assert tops == {PLUGIN_NAME}, f"the zip must hold exactly one top folder, found {sorted(tops)}"
        assert all(not name.startswith("/") and ".." not in name.split("/") for name in names)

        metadata = configparser.ConfigParser(interpolation=None)
        metadata.read_string(archive.read(f"{PLUGIN_NAME}/metadata.txt").decode("utf-8"))
        general = metadata["general"]
        assert general["name"] == "Energistasjon"
        assert general["qgisMinimumVersion"] == "3.22"
        assert general["hasProcessingProvider"] == "yes"
        icon = "{}/{}".format(PLUGIN_NAME, general["icon"])
        assert icon == "energistasjon/resources/icons/energistasjon.svg"
        assert icon in names, "metadata.txt names an icon the zip does not hold"
        assert b"<svg" in archive.read(icon)

        for required in ("__init__.py", "LICENSE", "README.md", "i18n/energistasjon_nb.ts"):
            assert f"{PLUGIN_NAME}/{required}" in names, "missing from the zip: " + required
        assert not [n for n in names if n.endswith(".qm")], "the engine reads the .ts; no .qm ships"
        assert b"def classFactory" in archive.read(f"{PLUGIN_NAME}/__init__.py")
        assert any(n.startswith("energistasjon/energistasjon_plugin/core/") and n.endswith(".py")
                   for n in names)
        assert any(n.startswith("energistasjon/processing/") and n.endswith(".py") for n in names)

    parts = [set(name.split("/")) for name in names]
    for unwanted in ("test", "tools", "scripts", "__pycache__", ".git", ".venv", ".ci", "build", "Makefile",
                     "pyproject.toml"):
        offenders = [n for n, p in zip(names, parts) if unwanted in p]
        assert not offenders, f"{unwanted} must not ship: {offenders[:5]}"
    assert not [n for n in names if n.endswith((".pyc", ".pyo")) or "/requirements" in n]


def _load_build_zip():
    spec = importlib.util.spec_from_file_location("build_zip", str(REPO_ROOT / "scripts" / "build_zip.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_zip_build_is_reproducible(tmp_path: Path) -> None:
    # Build from a snapshot: the working tree may change between two builds.
    build_zip = _load_build_zip()
    source = tmp_path / "src"
    for name in build_zip.INCLUDED:
        path = REPO_ROOT / name
        if path.is_dir():
            shutil.copytree(str(path), str(source / name),
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif path.is_file():
            source.mkdir(exist_ok=True)
            shutil.copy2(str(path), str(source / name))
    command = [sys.executable, str(REPO_ROOT / "scripts" / "build_zip.py"), "--root", str(source),
               "--name", PLUGIN_NAME, "--output"]
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    run = subprocess.run(command + [str(first)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert str(first) in run.stdout
    # Files touched since (a checkout, an editor) must not change the zip.
    later = time.time() + 3600
    for path in source.rglob("*"):
        os.utime(str(path), (later, later))
    run = subprocess.run(command + [str(second)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(str(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert [info.filename for info in archive.infolist()] == sorted(archive.namelist())


def test_zip_build_refuses_without_the_translation_catalogue(tmp_path: Path) -> None:
    root = tmp_path / "plugin"
    (root / "i18n").mkdir(parents=True)
    for name in ("__init__.py", "metadata.txt", "LICENSE"):
        (root / name).write_bytes((REPO_ROOT / name).read_bytes())
    (root / "i18n" / "energistasjon_nb.qm").write_bytes(b"stale")  # a compiled file is no catalogue
    run = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "build_zip.py"), "--root", str(root),
                          "--output", str(tmp_path / "out.zip")],
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "i18n/*.ts" in run.stderr
    assert not (tmp_path / "out.zip").exists()


# --- the translation check (make translations) ----------------------------------------

TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>@default</name>
{messages}
</context>
</TS>
"""


def _message(source: str, translation: str, kind: str = "") -> str:
    attribute = f' type="{kind}"' if kind else ""
    return ("    <message>\n        <location filename=\"../energistasjon_plugin/core/x.py\" line=\"7\"/>\n"
            f"        <source>{source}</source>\n"
            f"        <translation{attribute}>{translation}</translation>\n    </message>")


def _check_translations(tmp_path: Path, *messages: str) -> subprocess.CompletedProcess:
    ts = tmp_path / "energistasjon_nb.ts"
    ts.write_text(TS_TEMPLATE.format(messages="\n".join(messages)), encoding="utf-8")
    return subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "check_translations.py"), str(ts)],
                          capture_output=True, text=True)


def test_check_translations_passes_a_complete_catalogue(tmp_path: Path) -> None:
    run = _check_translations(
        tmp_path,
        _message("Layer '{layer}' has no field '{field}'.", "Laget '{layer}' har ikke feltet '{field}'."),
        _message("{n:.1f} MW free", "{n:.1f} MW ledig"),
        _message("Old text", "Gammel tekst", "vanished"))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "2 translated, 0 unfinished, 1 obsolete" in run.stdout


def test_check_translations_lists_unfinished_and_fails(tmp_path: Path) -> None:
    run = _check_translations(
        tmp_path,
        _message("Score", "Poeng"),
        _message("Site is in LNFR ({code}).", "", "unfinished"),
        _message("Too small", ""))
    assert run.returncode == 1
    assert "1 translated, 2 unfinished, 0 obsolete" in run.stdout
    assert "Site is in LNFR ({code})." in run.stdout and "Too small" in run.stdout
    assert "x.py:7" in run.stdout


def test_check_translations_catches_placeholder_mismatch(tmp_path: Path) -> None:
    run = _check_translations(
        tmp_path,
        _message("{n} m to {road}", "{n} m til {veg}"))
    assert run.returncode == 1
    assert "lacks {road}" in run.stdout and "{veg} not in the source" in run.stdout


# --- a fresh QGIS profile ---------------------------------------------------------------

def test_fresh_profile_loads_the_plugin_and_lists_the_algorithm(qgis_process) -> None:
    plugins = _json_output(qgis_process("--json", "plugins"))["plugins"]
    assert plugins.get(PLUGIN_NAME, {}).get("loaded") is True, \
        f"the plugin did not load in a fresh profile: {plugins.get(PLUGIN_NAME)}"

    result = qgis_process("--json", "list")
    providers = _json_output(result)["providers"]
    assert PROVIDER_ID in providers, \
        f"no Processing provider '{PROVIDER_ID}'; providers: {sorted(providers)}\n{_describe(result)}"
    assert providers[PROVIDER_ID]["name"] == "Energistasjon"
    assert ALG_ID in providers[PROVIDER_ID]["algorithms"]
    assert "Traceback" not in result.stderr, _describe(result)


def test_scoresites_help_shows_the_documented_parameters(qgis_process) -> None:
    result = qgis_process("--json", "help", ALG_ID)
    parameters = _json_output(result)["parameters"]
    expected = ("INPUT", "STATION_TYPES", "ROADS", "CORRIDORS", "TRAFFIC", "GRID_CAPACITY_FILE", "ZONING_KPA",
                "ZONING_RP", "HAZARD_ZONES", "PROTECTED_AREAS", "BUILDINGS", "EXISTING_STATIONS", "DEM",
                "LANGUAGE", "OUTPUT")
    missing = [name for name in expected if name not in parameters]
    assert not missing, f"parameters missing from {ALG_ID}: {missing} (has {sorted(parameters)})"


def _by_id(table: Dict[str, Any]) -> Dict[int, Dict[str, Any]]:
    return {int(row["id"]): row for row in table["rows"]}


def test_scoresites_runs_from_qgis_process_on_the_moss_fixture(qgis_process, e2e_data: Path,
                                                               tmp_path: Path) -> None:
    gpkg = e2e_data / "moss_e2e.gpkg"
    output = tmp_path / "out.gpkg"
    result = qgis_process(
        "--json", "run", ALG_ID, "--",
        f"INPUT={gpkg}|layername=kandidater",
        "STATION_TYPES=0,1,2",
        f"ROADS={gpkg}|layername=veger",
        "CORRIDORS=E6,E18",
        f"TRAFFIC={gpkg}|layername=trafikk",
        "GRID_CAPACITY_FILE={}".format(e2e_data / "moss_gridcapacity.json"),
        f"ZONING_KPA={gpkg}|layername=kpa",
        f"ZONING_RP={gpkg}|layername=rp",
        f"BUILDINGS={gpkg}|layername=bygninger",
        f"EXISTING_STATIONS={gpkg}|layername=eksisterende_stasjoner",
        "DEM={}".format(e2e_data / "moss_dem.tif"),
        f"LANGUAGE={LANGUAGE_EN}",
        f"OUTPUT={output}",
    )
    results = _json_output(result).get("results", {})
    assert "Traceback" not in result.stderr, _describe(result)
    # GDAL's "unable to open database file" once followed each run (the styles stored in the output)
    assert "ERROR" not in result.stderr and "unable to open" not in result.stderr, _describe(result)
    written = str(results.get("OUTPUT", output))
    path, _, options = written.partition("|")
    assert Path(path) == output and output.is_file(), _describe(result)
    layer = options.split("layername=", 1)[1] if "layername=" in options else ""

    source = _read_gpkg_layer(gpkg, "kandidater")
    out = _read_gpkg_layer(output, layer)

    # The input's features, geometries, CRS and attributes come through unchanged.
    assert out["srs_id"] == 25833
    assert len(out["rows"]) == len(source["rows"]) == 5
    src_rows, out_rows = _by_id(source), _by_id(out)
    assert set(out_rows) == set(src_rows)
    src_geoms = {int(r["id"]): g for r, g in zip(source["rows"], source["geometries"])}
    out_geoms = {int(r["id"]): g for r, g in zip(out["rows"], out["geometries"])}
    for site, row in src_rows.items():
        assert out_rows[site]["navn"] == row["navn"] and out_rows[site]["merknad"] == row["merknad"]
        assert out_geoms[site] is not None and out_geoms[site].equals(src_geoms[site]), f"site {site}"

    # Per station type: the documented fields, one pair per factor of the shipped profile.
    columns = set(out["columns"])
    prefixes = {}
    for station_type in STATION_TYPES:
        profile = _profile(qgis_process.plugin_dir, station_type)
        prefix = profile["field_prefix"]
        prefixes[station_type] = prefix
        expected: List[str] = [f"{prefix}_{s}" for s in ("excluded", "failed", "score", "rank", "explain")]
        for factor in profile["factors"]:
            expected += ["{}_{}".format(prefix, factor["id"]), "{}_{}_s".format(prefix, factor["id"])]
        missing = [c for c in expected if c not in columns]
        assert not missing, f"{station_type}: fields missing from the output: {missing}"

    rows = out_rows
    for station_type, p in prefixes.items():
        label = f"{station_type} ({p}_*)"
        # The clearly good site: kept, first, explained.
        good = rows[GOOD]
        assert not _truthy(good[p + "_excluded"]), f"{label}: site 1 excluded: {good[p + '_failed']}"
        assert good[p + "_rank"] == 1, "{}: site 1 ranks {}".format(label, good[p + "_rank"])
        assert good[p + "_explain"], f"{label}: site 1 has no explanation"
        # LNFR in the kommuneplan excludes, and the reason says so.
        lnfr = rows[LNFR]
        assert _truthy(lnfr[p + "_excluded"]), f"{label}: the LNFR site was not excluded"
        assert re.search(r"LNFR|5100", lnfr[p + "_failed"] or ""), f"{label}: {lnfr[p + '_failed']!r}"
        # 800 m2 is below every profile's minimum area.
        tiny = rows[TINY]
        assert _truthy(tiny[p + "_excluded"]), f"{label}: the 800 m2 site was not excluded"
        assert re.search(r"area|m²|m2", tiny[p + "_failed"] or "", re.IGNORECASE), \
            "{}: {!r}".format(label, tiny[p + "_failed"])
        assert not re.search(r"LNFR|5100", tiny[p + "_failed"] or "")
        # The two ordinary sites: kept, and the one nearer the E6 exit and the grid comes first.
        for site in (MIDDLE, FAR):
            assert not _truthy(rows[site][p + "_excluded"]), "{}: site {} excluded: {}".format(
                label, site, rows[site][p + "_failed"])
        assert good[p + "_score"] > rows[MIDDLE][p + "_score"] > rows[FAR][p + "_score"], label
        assert (rows[MIDDLE][p + "_rank"], rows[FAR][p + "_rank"]) == (2, 3), label

    # What a planner reads off site 1 for battery charging (distances from the polygon's edge,
    # worked out with shapely in test/data/e2e/README.md): 20 MW free at Patterød, the E6 exit
    # 141 m away (hypot(140, 20)), site 5 1 042 m from it.
    bat = prefixes["battery"]
    assert rows[GOOD][bat + "_grid"] == pytest.approx(20.0)
    assert rows[GOOD][bat + "_corridor"] == pytest.approx(141.4, abs=1.0)
    assert rows[MIDDLE][bat + "_corridor"] == pytest.approx(1042.0, abs=1.0)
    explanation = rows[GOOD][bat + "_explain"]
    assert "E6" in explanation and "Patterød" in explanation, explanation
