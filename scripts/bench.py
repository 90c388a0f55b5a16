# SPDX-License-Identifier: GPL-2.0-or-later
"""``make bench``: the engine on a region-scale data set, against QGIS's own algorithms.

What it does
------------
1. Makes (once) a synthetic 50 x 50 km region with ``bench_data.py``: 200 000 parcels,
   20 000 road segments, 1 000 substations, 100 000 zoning polygons, a 10 m DEM, buildings,
   hazard zones, protected areas and existing stations (``bench_output/data``).
2. The engine, at 50 000, 100 000 and 200 000 parcels (the first N rows, a region-wide
   sample): reads the layers with geopandas (timed on its own), then ``build_context`` and
   ``score_sites`` for the three bundled profiles (hydrogen, battery, biogas).  Each size runs
   in a fresh Python process, so the peak memory (``ru_maxrss``) of one size is not mixed
   with another's.
3. The same criteria built from QGIS's native algorithms as a planner would chain them in
   the modeler (``processing.run`` one after the other, memory layers in between), on the
   same parcels, in a fresh process with QGIS and Processing initialised.  The chain is slow,
   so it runs at 50 000 parcels and at the larger sizes only while the time budget allows.
4. Prints the machine, the versions, the figures, the ratio and PASS/MISS per target.

It is a benchmark, not a test: it exits 0 when a target is missed (the figures are the
report) and non-zero only when something crashed.  By default the measured processes are
pinned to two CPUs (``--cores``), the machine the targets are stated for.

Run: ``make bench``, or ``python scripts/bench.py --help`` for the options.
"""
import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List, Optional

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = Path(__file__).resolve().parent
PLUGIN_NAME = "energistasjon"
PLUGINS_DIR = REPO_ROOT / "build" / "plugins"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
OUTPUT = REPO_ROOT / "bench_output"

SIZES = (50_000, 100_000, 200_000)
PROFILE_IDS = ("hydrogen", "battery", "biogas")
TARGET_RATIO = 5.0
#: The algorithm as a user runs it, at 200 000 parcels (issue: the output path).
TARGET_ALGORITHM_RATIO = {(1,): 5.0, (0, 1, 2): 4.0}  # station types (bench_algorithm) -> ratio
TARGET_ALGORITHM_GB = 1.5
TARGET_OUTPUT_MB = 250.0
TARGET_SECONDS = 60.0
TARGET_GB = 4.0
#: Cost ~ N ** b counts as linear when the fitted b is at most this.
LINEAR_EXPONENT = 1.10
#: Slope that counts as flat in all three profiles (flat_slope_pct), in degrees for QGIS's slope.
FLAT_SLOPE_PCT = 5.0
RESULT_PREFIX = "BENCH_RESULT "


def _clean_sys_path() -> None:
    """Import the plugin as QGIS does: package ``energistasjon`` in a plugins folder.

    The repository root never goes on ``sys.path``: its ``processing/`` folder would shadow
    QGIS's own ``processing`` package (as in ``test/conftest.py``).
    """
    link = PLUGINS_DIR / PLUGIN_NAME
    if not link.exists():
        PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(REPO_ROOT, target_is_directory=True)
        except FileExistsError:
            pass
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO_ROOT]
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))


_clean_sys_path()
import bench_algorithm  # noqa: E402  (after the path set-up)
import bench_data  # noqa: E402


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (10^6 bytes); ru_maxrss is in KiB on Linux."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def _pin(cores: int) -> None:
    """Run on the first ``cores`` CPUs (0 = all), so the figures are for the stated machine."""
    if cores <= 0 or not hasattr(os, "sched_setaffinity"):
        return
    available = sorted(os.sched_getaffinity(0))
    if len(available) > cores:
        os.sched_setaffinity(0, available[:cores])


# --------------------------------------------------------------------------- engine child

def engine_child(n: int, data: Path, profile_out: Optional[str]) -> None:
    """Measure the engine on the first ``n`` parcels; print one result line."""
    import geopandas as gpd
    import numpy as np
    from energistasjon.energistasjon_plugin.core import profiles, scoring
    from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
    from energistasjon.energistasjon_plugin.core.criteria import CriteriaEngine

    files = bench_data.paths(data)
    layers = bench_data.LAYERS
    criterion_s: Dict[str, float] = {}
    profile_s: Dict[str, float] = {}
    compute, score_profile = CriteriaEngine.compute, scoring.score_profile

    # Timers around the engine's own functions (wrapped here, the engine is unchanged): the
    # time of each criterion's first computation (later calls hit the engine's cache) and of
    # each profile, whose remainder is the rules, value functions and explanations.
    def timed_compute(self, criterion_id, profile, progress=None):
        start = time.perf_counter()
        try:
            return compute(self, criterion_id, profile, progress)
        finally:
            criterion_s[criterion_id] = criterion_s.get(criterion_id, 0.0) + time.perf_counter() - start

    def timed_profile(engine, profile, *args, **kwargs):
        start = time.perf_counter()
        try:
            return score_profile(engine, profile, *args, **kwargs)
        finally:
            profile_s[profile.id] = time.perf_counter() - start

    CriteriaEngine.compute = timed_compute
    scoring.score_profile = timed_profile

    rss_start = _peak_rss_mb()
    c0 = time.process_time()
    t0 = time.perf_counter()
    parcels = gpd.read_file(files["parcels"], layer=layers["parcels"], max_features=n)
    frames = {key: gpd.read_file(files[key], layer=layers[key])
              for key in ("roads", "traffic", "kpa", "buildings", "hazards", "protected", "existing")}
    t_read = time.perf_counter() - t0
    rss_read = _peak_rss_mb()
    chosen = [profiles.load_bundled_profile(p) for p in PROFILE_IDS]

    profiler = None
    if profile_out:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    c1 = time.process_time()
    t1 = time.perf_counter()
    context = build_context(
        bench_data.CRS,
        roads_layer=LayerInput(frames["roads"], layers["roads"]),
        traffic_layer=LayerInput(frames["traffic"], layers["traffic"]),
        grid_capacity_files=[str(files["substations"])],
        kpa_layers=[LayerInput(frames["kpa"], layers["kpa"])],
        hazard_layer=LayerInput(frames["hazards"], layers["hazards"]),
        protected_layer=LayerInput(frames["protected"], layers["protected"]),
        building_layer=LayerInput(frames["buildings"], layers["buildings"]),
        existing_layer=LayerInput(frames["existing"], layers["existing"]),
        dem_path=str(files["dem"]),
        dem_name="dem_10m",
    )
    t_context = time.perf_counter() - t1
    t2 = time.perf_counter()
    result = scoring.score_sites(parcels, context, chosen, layer_name=layers["parcels"], language="nb")
    t_score = time.perf_counter() - t2
    cpu_engine = time.process_time() - c1
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_out)

    frame = result.frame
    stations = {}
    for station in result.stations:
        p = station.profile.field_prefix
        known = {}
        for factor in station.profile.factors:
            column = frame[p + "_" + factor.id + "_s"]
            known[factor.id] = round(float(column.notna().mean()), 3)
        score = frame[p + "_score"]
        stations[station.profile.id] = {
            "excluded": station.n_excluded, "ranked": station.n_ranked,
            "best_score": None if score.isna().all() else float(np.nanmax(score.to_numpy())),
            "factor_known_share": known,
        }
    _emit({
        "kind": "engine", "n": n, "read_s": t_read, "context_s": t_context, "score_s": t_score,
        "read_cpu_s": c1 - c0, "engine_cpu_s": cpu_engine,
        "peak_rss_mb": _peak_rss_mb(), "rss_before_read_mb": rss_start, "peak_after_read_mb": rss_read,
        "criterion_s": criterion_s, "profile_s": profile_s, "stations": stations,
        "notes": len(result.notes), "rows": len(frame),
    })


# --------------------------------------------------------------------------- QGIS chain child

def qgis_child(n: int, data: Path, scratch: Path, naive: bool = False) -> None:
    """Run the native-algorithm chain on the first ``n`` parcels; print one result line.

    With ``naive``, also time (outside the total) the hazard join on a layer without a spatial
    index, as a modeler user who does not add 'Create spatial index' steps would run it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsRasterLayer, QgsVectorLayer

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)
    from processing.core.Processing import Processing

    Processing.initialize()
    from osgeo import gdal

    import processing

    files = bench_data.paths(data)
    layers = bench_data.LAYERS
    scratch.mkdir(parents=True, exist_ok=True)
    steps: List[dict] = []

    def vector(key: str) -> QgsVectorLayer:
        layer = QgsVectorLayer("{}|layername={}".format(files[key], layers[key]), layers[key], "ogr")
        if not layer.isValid():
            raise RuntimeError("QGIS cannot open {}".format(files[key]))
        return layer

    def run(label: str, algorithm: str, params: dict, output: str = "OUTPUT", raster: bool = False):
        params = dict(params)
        if output != "_none":
            params.setdefault(output, "TEMPORARY_OUTPUT")
        start = time.perf_counter()
        result = processing.run(algorithm, params)
        seconds = time.perf_counter() - start
        steps.append({"label": label, "algorithm": algorithm, "seconds": seconds, "raster": raster})
        return result

    corridor_expr = ("(\"vegkategori\" = 'E' AND \"vegnummer\" IN (6, 18, 16, 134)) OR "
                     "(\"vegkategori\" = 'R' AND \"vegnummer\" IN (4, 7))")
    flat_degrees = math.degrees(math.atan(FLAT_SLOPE_PCT / 100.0))
    c0 = time.process_time()
    t0 = time.perf_counter()
    parcels = QgsVectorLayer("{}|layername={}".format(bench_algorithm.parcels_file(data, n), layers["parcels"]),
                             "parcels", "ogr")  # the same file the algorithm reads
    grid_json = QgsVectorLayer(str(files["substations"]), "digin", "ogr")
    dem = QgsRasterLayer(str(files["dem"]), "dem_10m")
    crs = QgsCoordinateReferenceSystem(bench_data.CRS)

    # Context layers, prepared once per model run (the chain's equivalent of build_context).
    subs = run("reproject DIGIN substations", "native:reprojectlayer",
               {"INPUT": grid_json, "TARGET_CRS": crs})["OUTPUT"]
    enough = run("substations with >= 1.5 MW free", "native:extractbyexpression",
                 {"INPUT": subs, "EXPRESSION": '"availableCons" >= 1.5'})["OUTPUT"]
    split = run("corridor roads / other roads", "native:extractbyexpression",
                {"INPUT": vector("roads"), "EXPRESSION": corridor_expr, "FAIL_OUTPUT": "TEMPORARY_OUTPUT"})
    exits = run("corridor exits (line intersections)", "native:lineintersections",
                {"INPUT": split["OUTPUT"], "INTERSECT": split["FAIL_OUTPUT"], "INPUT_FIELDS": ["vegnummer"],
                 "INTERSECT_FIELDS": ["vegkategori"], "INTERSECT_FIELDS_PREFIX": "x_"})["OUTPUT"]
    sensitive = run("sensitive buildings", "native:extractbyexpression",
                    {"INPUT": vector("buildings"),
                     "EXPRESSION": '("bygningstype" >= 111 AND "bygningstype" <= 159) OR "bygningstype" IN '
                                   '(612, 613, 614, 615, 616, 719, 721)'})["OUTPUT"]
    same_type = run("existing battery stations", "native:extractbyexpression",
                    {"INPUT": vector("existing"), "EXPRESSION": "\"stasjonstype\" = 'Batteri'"})["OUTPUT"]
    slope = run("slope of the DEM", "native:slope",
                {"INPUT": dem, "Z_FACTOR": 1.0, "OUTPUT": str(scratch / "slope.tif")}, raster=True)["OUTPUT"]
    flat = run("flat cells (slope <= 5 %)", "native:reclassifybytable",
               {"INPUT_RASTER": slope, "RASTER_BAND": 1, "TABLE": [-1, flat_degrees, 1, flat_degrees, 91, 0],
                "NO_DATA": 255, "RANGE_BOUNDARIES": 0, "NODATA_FOR_MISSING": True, "DATA_TYPE": 0,
                "OUTPUT": str(scratch / "flat.tif")}, raster=True)["OUTPUT"]

    # Per-parcel criteria, one algorithm after the other, as the modeler would run them.  Each
    # step writes a new memory layer without a spatial index; the joins by location iterate
    # over the small join layer and scan the whole input per feature without one (10 s instead
    # of 0.5 s at 50 000 parcels), so the chain builds one first, as QGIS's log advises.
    layer = run("area", "native:fieldcalculator",
                {"INPUT": parcels, "FIELD_NAME": "area_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
                 "FIELD_PRECISION": 2, "FORMULA": "$area"})["OUTPUT"]
    run("spatial index", "native:createspatialindex", {"INPUT": layer}, output="_none")
    layer = run("hazard zone on the parcel", "native:joinattributesbylocation",
                {"INPUT": layer, "JOIN": vector("hazards"), "PREDICATE": [0], "JOIN_FIELDS": ["hensynSonenavn"],
                 "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "fare_"})["OUTPUT"]
    run("spatial index", "native:createspatialindex", {"INPUT": layer}, output="_none")
    layer = run("protected area on the parcel", "native:joinattributesbylocation",
                {"INPUT": layer, "JOIN": vector("protected"), "PREDICATE": [0], "JOIN_FIELDS": ["navn"],
                 "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "vern_"})["OUTPUT"]
    layer = run("zoning (largest overlap)", "native:joinattributesbylocation",
                {"INPUT": layer, "JOIN": vector("kpa"), "PREDICATE": [0], "JOIN_FIELDS": ["arealformål"],
                 "METHOD": 2, "DISCARD_NONMATCHING": False, "PREFIX": "kpa_"})["OUTPUT"]
    layer = run("flat share (zonal mean)", "native:zonalstatisticsfb",
                {"INPUT": layer, "INPUT_RASTER": flat, "RASTER_BAND": 1, "COLUMN_PREFIX": "flat_",
                 "STATISTICS": [2]})["OUTPUT"]
    layer = run("flat area", "native:fieldcalculator",
                {"INPUT": layer, "FIELD_NAME": "flat_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 1,
                 "FORMULA": '"area_m2" * "flat_mean"'})["OUTPUT"]
    layer = run("nearest substation within 5 km", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": subs, "FIELDS_TO_COPY": ["name", "availableCons"], "NEIGHBORS": 1,
                 "MAX_DISTANCE": 5000, "PREFIX": "grid_", "DISCARD_NONMATCHING": False})["OUTPUT"]
    layer = run("nearest substation with enough capacity", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": enough, "FIELDS_TO_COPY": ["name"], "NEIGHBORS": 1,
                 "PREFIX": "sub_", "DISCARD_NONMATCHING": False})["OUTPUT"]
    layer = run("nearest corridor exit", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": exits, "FIELDS_TO_COPY": ["vegnummer"], "NEIGHBORS": 1,
                 "PREFIX": "exit_", "DISCARD_NONMATCHING": False})["OUTPUT"]
    layer = run("nearest traffic count within 2 km", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": vector("traffic"),
                 "FIELDS_TO_COPY": ["ådtTotal", "ådtAndelLangeKjøretøy"], "NEIGHBORS": 1, "MAX_DISTANCE": 2000,
                 "PREFIX": "adt_", "DISCARD_NONMATCHING": False})["OUTPUT"]
    layer = run("heavy vehicles a day", "native:fieldcalculator",
                {"INPUT": layer, "FIELD_NAME": "heavy_aadt", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
                 "FIELD_PRECISION": 0,
                 "FORMULA": '"adt_ådtTotal" * "adt_ådtAndelLangeKjøretøy" / 100'})["OUTPUT"]
    layer = run("nearest sensitive building", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": sensitive, "FIELDS_TO_COPY": ["bygningstype"], "NEIGHBORS": 1,
                 "PREFIX": "bygg_", "DISCARD_NONMATCHING": False})["OUTPUT"]
    # The last step writes the GeoPackage a planner keeps, as the algorithm does.
    chain_output = scratch / "chain.gpkg"
    layer = run("nearest existing station, to a GeoPackage", "native:joinbynearest",
                {"INPUT": layer, "INPUT_2": same_type, "FIELDS_TO_COPY": ["navn"], "NEIGHBORS": 1,
                 "PREFIX": "stasjon_", "DISCARD_NONMATCHING": False, "OUTPUT": str(chain_output)})["OUTPUT"]
    total = time.perf_counter() - t0
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "chain", "ogr")
    cpu = time.process_time() - c0

    extra = {}
    if naive:
        plain = processing.run("native:fieldcalculator", {
            "INPUT": parcels, "FIELD_NAME": "area_m2", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 2,
            "FORMULA": "$area", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        start = time.perf_counter()
        processing.run("native:joinattributesbylocation", {
            "INPUT": plain, "JOIN": vector("hazards"), "PREDICATE": [0], "JOIN_FIELDS": ["hensynSonenavn"],
            "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "fare_", "OUTPUT": "TEMPORARY_OUTPUT"})
        extra["hazard join without a spatial index"] = time.perf_counter() - start

    # How many parcels got a value from each step: shows the chain computed something (not timed).
    from qgis.core import QgsAggregateCalculator

    filled = {}
    for field in ("kpa_arealformål", "flat_mean", "grid_name", "sub_name", "exit_vegnummer", "heavy_aadt",
                  "bygg_bygningstype", "fare_hensynSonenavn", "vern_navn", "stasjon_navn"):
        value, ok = layer.aggregate(QgsAggregateCalculator.Count, field)
        filled[field] = int(value) if ok else None
    _emit({
        "kind": "qgis", "n": n, "total_s": total, "cpu_s": cpu, "steps": steps, "extra": extra,
        "peak_rss_mb": _peak_rss_mb(), "output_mb": chain_output.stat().st_size / 1e6,
        "rows": layer.featureCount(), "fields": len(layer.fields()), "exits": exits.featureCount(), "filled": filled,
        "qgis_version": Qgis.version(), "gdal_version": gdal.__version__,
    })
    # Leave without tearing QGIS down: exitQgis() with Processing's layers still alive can
    # crash at exit (seen with 3.22), and the result is already printed.
    sys.stderr.flush()
    os._exit(0)


# --------------------------------------------------------------------------- parent

def _machine_busy_s() -> Optional[float]:
    """CPU seconds all processes of the machine have used since boot (/proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    except (OSError, ValueError, IndexError):
        return None
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _child(args: List[str], cores: int, timeout: Optional[float]) -> dict:
    """Run this script as a measured child process; its result, or why there is none.

    ``others_cores`` is the CPU the rest of the machine used meanwhile (in CPUs, averaged over
    the run): other jobs on a shared machine slow the measurement down.
    """
    command = [sys.executable, str(Path(__file__).resolve())] + args + ["--cores", str(cores)]
    start = time.perf_counter()
    busy0, own0 = _machine_busy_s(), _children_cpu_s()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=str(OUTPUT))
    except subprocess.TimeoutExpired:
        return {"timeout": True, "wall_s": time.perf_counter() - start}
    wall = time.perf_counter() - start
    busy1, own1 = _machine_busy_s(), _children_cpu_s()
    others = None
    if busy0 is not None and busy1 is not None and wall > 0:
        others = max(0.0, (busy1 - busy0) - (own1 - own0)) / wall
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        return {"error": "exit code {}".format(done.returncode), "stderr": done.stderr[-4000:],
                "wall_s": time.perf_counter() - start}
    result = json.loads(lines[-1][len(RESULT_PREFIX):])
    result["wall_s"] = wall
    result["others_cores"] = others
    return result


def _sensitivity_child(cores: int) -> dict:
    """``scripts/bench_sensitivity.py`` in a process of its own (pinned like the others): its
    best-of-3 times of the weights-only and the weights + grid analysis, or why there are none."""
    command = [sys.executable, str(Path(__file__).resolve().with_name("bench_sensitivity.py"))]
    done = subprocess.run(command, capture_output=True, text=True, cwd=str(OUTPUT), preexec_fn=lambda: _pin(cores))
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        return {"error": "exit code {}".format(done.returncode), "stderr": done.stderr[-4000:]}
    return json.loads(lines[-1][len(RESULT_PREFIX):])


def _machine() -> List[str]:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))
        ram = "{:.1f} GB".format(mem_kb * 1024 / 1e9)
    except (OSError, StopIteration, ValueError):
        ram = "?"
    return ["CPUs {} ({}), RAM {}, {} {}".format(cpus, model, ram, platform.system(), platform.release())]


def _versions() -> str:
    import fiona
    import geopandas
    import numpy
    import pandas
    import pyogrio
    import rasterio
    import shapely

    parts = ["Python {}".format(platform.python_version()),
             "shapely {} (GEOS {})".format(shapely.__version__, ".".join(map(str, shapely.geos_version))),
             "geopandas {}".format(geopandas.__version__),
             "pyogrio {} (GDAL {}, reads the layers)".format(pyogrio.__version__, pyogrio.__gdal_version_string__),
             "fiona {} (GDAL {}, wrote them)".format(fiona.__version__, fiona.__gdal_version__),
             "rasterio {} (GDAL {})".format(rasterio.__version__, rasterio.__gdal_version__),
             "numpy {}".format(numpy.__version__), "pandas {}".format(pandas.__version__)]
    return ", ".join(parts)


def _fmt_n(n: int) -> str:
    return "{:,}".format(n).replace(",", " ")


def _engine_total(result: dict, with_read: bool = True) -> float:
    return result["context_s"] + result["score_s"] + (result["read_s"] if with_read else 0.0)


def _fit_exponent(sizes: List[int], seconds: List[float]) -> Optional[float]:
    """b in seconds ~ a * N ** b, least squares on the logs."""
    if len(sizes) < 2:
        return None
    x = [math.log(s) for s in sizes]
    y = [math.log(t) for t in seconds]
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxx = sum((a - mx) ** 2 for a in x)
    return sum((a - mx) * (b - my) for a, b in zip(x, y)) / sxx if sxx else None


def _print_engine(results: Dict[int, dict]) -> None:
    print("\nEngine: geopandas reads the layers (read), then build_context (context) and score_sites for "
          "{} (score).".format(", ".join(PROFILE_IDS)))
    print("  {:>8} {:>7} {:>9} {:>8} {:>13} {:>7} {:>12} {:>12} {:>12} {:>8}".format(
        "parcels", "read s", "context s", "score s", "context+score", "all s", "µs/parcel *", "CPU s **",
        "peak RSS MB", "others"))
    for n, r in sorted(results.items()):
        engine = _engine_total(r, False)
        print("  {:>8} {:>7.1f} {:>9.1f} {:>8.1f} {:>13.1f} {:>7.1f} {:>12.0f} {:>12.1f} {:>12.0f} {:>8}".format(
            _fmt_n(n), r["read_s"], r["context_s"], r["score_s"], engine, _engine_total(r), 1e6 * engine / n,
            r["engine_cpu_s"], r["peak_rss_mb"], _others(r)))
    print("  *  context + score per parcel; a constant column means cost linear in the number of parcels.")
    print("  ** CPU time of context + score (all threads); 'others' = CPUs the rest of the machine kept busy.")
    largest = results[max(results)]
    print("\n  Where the time goes at {} parcels (first computation of each criterion; the engine caches "
          "results that profiles share):".format(_fmt_n(max(results))))
    for cid, seconds in sorted(largest["criterion_s"].items(), key=lambda kv: -kv[1]):
        print("    {:<30} {:>6.1f} s".format(cid, seconds))
    criteria = sum(largest["criterion_s"].values())
    profiles = sum(largest["profile_s"].values())
    print("    {:<30} {:>6.1f} s".format("rules, value functions, texts", max(0.0, profiles - criteria)))
    print("    {:<30} {:>6.1f} s".format("rest of score_sites", max(0.0, largest["score_s"] - profiles)))
    print("    {:<30} {:>6.1f} s".format("build_context", largest["context_s"]))
    print("\n  Outcome at {} parcels (sanity check of the data):".format(_fmt_n(max(results))))
    for pid, s in largest["stations"].items():
        known = ", ".join("{} {:.0f} %".format(k, 100 * v) for k, v in s["factor_known_share"].items())
        print("    {:<9} excluded {:>7}, ranked {:>7}, best score {}; factor known: {}".format(
            pid, _fmt_n(s["excluded"]), _fmt_n(s["ranked"]), s["best_score"], known))


def _others(result: dict) -> str:
    value = result.get("others_cores")
    return "?" if value is None else "{:.2f}".format(value)


def _print_chain(chain: Dict[int, dict], engine: Dict[int, dict]) -> None:
    sizes = sorted(n for n, r in chain.items() if "steps" in r)
    if not sizes:
        return
    print("\nQGIS native chain ({} native algorithms in sequence; memory layers between steps):".format(
        len(chain[sizes[0]]["steps"])))
    header = "  {:<62}".format("step") + "".join("{:>12}".format(_fmt_n(n) + " s") for n in sizes)
    print(header)
    for i, step in enumerate(chain[sizes[0]]["steps"]):
        label = "{} ({})".format(step["label"], step["algorithm"].split(":")[1])
        print("  {:<62}".format(label[:62]) + "".join("{:>12.1f}".format(chain[n]["steps"][i]["seconds"])
                                                       for n in sizes))
    print("  {:<62}".format("total (incl. raster steps)") + "".join("{:>12.1f}".format(chain[n]["total_s"])
                                                                     for n in sizes))
    print("  {:<62}".format("CPU s") + "".join("{:>12.1f}".format(chain[n]["cpu_s"]) for n in sizes))
    print("  {:<62}".format("peak RSS MB") + "".join("{:>12.0f}".format(chain[n]["peak_rss_mb"]) for n in sizes))
    print("  {:<62}".format("CPUs used by other jobs meanwhile") + "".join("{:>12}".format(_others(chain[n]))
                                                                          for n in sizes))
    print("  {:<62}".format("engine, all incl. reading s") + "".join(
        "{:>12.1f}".format(_engine_total(engine[n])) for n in sizes))
    print("  {:<62}".format("ratio chain / engine incl. reading") + "".join(
        "{:>11.1f}x".format(chain[n]["total_s"] / _engine_total(engine[n])) for n in sizes))
    print("  {:<62}".format("ratio chain / engine context+score") + "".join(
        "{:>11.1f}x".format(chain[n]["total_s"] / _engine_total(engine[n], False)) for n in sizes))
    print("  {:<62}".format("ratio of CPU time (engine incl. reading)") + "".join(
        "{:>11.1f}x".format(chain[n]["cpu_s"] / (engine[n]["engine_cpu_s"] + engine[n]["read_cpu_s"]))
        for n in sizes))
    r = chain[sizes[0]]
    for label, seconds in r.get("extra", {}).items():
        print("  Not in the total: {} at {} parcels took {:.1f} s (vs {:.1f} s after a spatial index step): "
              "a modeler chain without 'Create spatial index' steps is slower still.".format(
                  label, _fmt_n(sizes[0]), seconds,
                  next(s["seconds"] for s in r["steps"] if s["label"] == "hazard zone on the parcel")))
    print("  (chain output at {}: {} rows, {} fields; {} corridor crossings found as exits; parcels with a "
          "value: {})".format(_fmt_n(sizes[0]), _fmt_n(r["rows"]), r["fields"], r["exits"],
                              ", ".join("{} {}".format(k, _fmt_n(v)) for k, v in r.get("filled", {}).items()
                                        if v is not None)))
    print("""  What the chain computes LESS than the engine (so the ratio is conservative):
    - one parameter set: the engine evaluates three profiles (three demand levels for
      'substation with enough capacity', three station types for existing stations);
    - nearest substation within 5 km instead of the substation with the MOST free capacity in reach;
    - every corridor/road crossing counts as an exit (bridges too), no merging of junctions;
    - the first hazard zone only, not every code on the site; no coverage test (unknown vs. 0);
    - no rules (constraints), no value functions, no weighted score, rank or known weight,
      no explanations, no 'unchecked' lists; no mean slope (only the flat share).""")


def _verdict(ok: Optional[bool]) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "MISS")


def _algorithm_targets(algorithm: Dict[tuple, dict], chain: Dict[int, dict]) -> None:
    """PASS/MISS for the algorithm as a user runs it, at the largest size both ran."""
    for types, ratio in TARGET_ALGORITHM_RATIO.items():
        sizes = [n for (n, t) in algorithm if t == types and n in chain and "total_s" in chain[n]]
        label = "1 station type" if len(types) == 1 else "{} station types".format(len(types))
        if not sizes:
            print("  [{}] algorithm >= {:.0f}x the QGIS chain ({}): not measured".format(_verdict(None), ratio, label))
            continue
        n = max(sizes)
        measured = chain[n]["total_s"] / algorithm[(n, types)]["total_s"]
        print("  [{}] algorithm (files to GeoPackage) >= {:.0f}x the QGIS chain at {} parcels, {}: {:.1f}x "
              "({:.1f} s against {:.1f} s)".format(_verdict(measured >= ratio), ratio, _fmt_n(n), label, measured,
                                                   algorithm[(n, types)]["total_s"], chain[n]["total_s"]))
    three = [r for (n, t), r in algorithm.items() if t == bench_algorithm.THREE_TYPES]
    if three:
        top = max(three, key=lambda r: r["n"])
        print("  [{}] algorithm, 3 station types, {} parcels: peak memory under {:.1f} GB: {:.2f} GB".format(
            _verdict(top["peak_rss_mb"] / 1000 < TARGET_ALGORITHM_GB), _fmt_n(top["n"]), TARGET_ALGORITHM_GB,
            top["peak_rss_mb"] / 1000))
        print("  [{}] algorithm, 3 station types, {} parcels: output under {:.0f} MB: {:.0f} MB".format(
            _verdict(top["output_mb"] < TARGET_OUTPUT_MB), _fmt_n(top["n"]), TARGET_OUTPUT_MB, top["output_mb"]))


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Region-scale benchmark of the engine against a QGIS native chain.")
    parser.add_argument("--data", default=str(OUTPUT / "data"), help="where the synthetic region is (made if missing)")
    parser.add_argument("--regenerate", action="store_true", help="write the synthetic region again")
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="parcel counts for the engine")
    parser.add_argument("--chain-sizes", default=None,
                        help="parcel counts for the QGIS chain (default: the engine's, while the budget lasts)")
    parser.add_argument("--chain-budget", type=float, default=900.0,
                        help="seconds the QGIS chain may take in all; a size is skipped when its estimate "
                             "(linear from the previous size) would exceed what is left, or the previous took "
                             "more than 10 minutes")
    parser.add_argument("--no-chain", action="store_true", help="measure the engine only")
    parser.add_argument("--cores", type=int, default=2, help="CPUs the measured processes may use (0 = all)")
    parser.add_argument("--profile", action="store_true",
                        help="also run the largest size under cProfile and print where the time goes")
    parser.add_argument("--no-algorithm", action="store_true",
                        help="skip the algorithm as a user runs it (processing.run, files to a GeoPackage)")
    parser.add_argument("--no-sensitivity", action="store_true",
                        help="skip the sensitivity analysis (1 000 weight perturbations over 10 000 sites)")
    parser.add_argument("--child", choices=("engine", "qgis", "algorithm"), help=argparse.SUPPRESS)
    parser.add_argument("--types", default="1", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    parser.add_argument("--naive", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data = Path(args.data).resolve()

    if args.child:
        _pin(args.cores)
        if args.child == "engine":
            engine_child(args.n, data, args.profile_out)
        elif args.child == "algorithm":
            bench_algorithm.algorithm_child(args.n, data, OUTPUT / "tmp_algorithm_{}".format(args.n),
                                            [int(t) for t in args.types.split(",")], PLUGINS_DIR, QGIS_PLUGINS,
                                            _emit)
        else:
            qgis_child(args.n, data, OUTPUT / "tmp_qgis_{}".format(args.n), args.naive)
        return 0

    started = time.perf_counter()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    print("Energistasjon benchmark (a report, not a test)")
    print("Machine: " + "; ".join(_machine()))
    if args.cores:
        print("Measured processes pinned to {} CPU(s) (--cores; 0 = all).".format(args.cores))
    print("Versions: " + _versions())
    sys.stdout.flush()
    bench_data.generate(data, args.regenerate, log=lambda text: print(text, flush=True))

    sizes = [int(s) for s in args.sizes.split(",") if s]
    for n in sizes:  # the per-size parcel files the algorithm and the chain read, made before any clock runs
        bench_algorithm.parcels_file(data, n)
    engine: Dict[int, dict] = {}
    failed = False
    for n in sizes:
        print("engine: {} parcels ...".format(_fmt_n(n)), flush=True)
        r = _child(["--child", "engine", "--n", str(n), "--data", str(data)], args.cores, None)
        if "read_s" not in r:
            print("  engine run FAILED ({}):\n{}".format(r.get("error"), r.get("stderr", "")), flush=True)
            failed = True
            continue
        engine[n] = r
        print("  read {:.1f} s, context {:.1f} s, score {:.1f} s, peak {:.0f} MB, other jobs {} CPUs".format(
            r["read_s"], r["context_s"], r["score_s"], r["peak_rss_mb"], _others(r)), flush=True)

    algorithm: Dict[tuple, dict] = {}
    if not args.no_algorithm:
        for types in (bench_algorithm.ONE_TYPE, bench_algorithm.THREE_TYPES):
            for n in sizes:
                print("algorithm: {} parcels, station types {} ...".format(_fmt_n(n), list(types)), flush=True)
                r = _child(["--child", "algorithm", "--n", str(n), "--data", str(data),
                            "--types", ",".join(str(t) for t in types)], args.cores, None)
                if "total_s" not in r:
                    print("  algorithm run FAILED ({}):\n{}".format(r.get("error"), r.get("stderr", "")), flush=True)
                    failed = True
                    continue
                algorithm[(n, types)] = r
                print("  {:.1f} s, peak {:.0f} MB, output {:.0f} MB, other jobs {} CPUs".format(
                    r["total_s"], r["peak_rss_mb"], r["output_mb"], _others(r)), flush=True)

    chain: Dict[int, dict] = {}
    if not args.no_chain:
        chain_sizes = [int(s) for s in args.chain_sizes.split(",")] if args.chain_sizes else sizes
        spent, previous = 0.0, None
        for n in chain_sizes:
            left = args.chain_budget - spent
            if previous is not None:
                estimate = previous[1] * n / previous[0]
                if previous[1] > 600 or estimate > left:
                    print("QGIS chain: {} parcels skipped (estimated {:.0f} s, {:.0f} s of the budget left)".format(
                        _fmt_n(n), estimate, max(left, 0)), flush=True)
                    chain[n] = {"skipped": True, "estimate_s": estimate}
                    continue
            print("QGIS chain: {} parcels ...".format(_fmt_n(n)), flush=True)
            naive = ["--naive"] if not chain else []  # the extra measurement at the first size only
            r = _child(["--child", "qgis", "--n", str(n), "--data", str(data)] + naive, args.cores,
                       max(left, 60.0) + 120.0)
            shutil.rmtree(OUTPUT / "tmp_qgis_{}".format(n), ignore_errors=True)  # slope rasters, 125 MB
            spent += r.get("wall_s", 0.0)
            if r.get("timeout"):
                print("  stopped after {:.0f} s (budget)".format(r["wall_s"]), flush=True)
                chain[n] = {"timeout": True, "wall_s": r["wall_s"]}
                previous = (n, r["wall_s"])
                continue
            if "total_s" not in r:
                print("  QGIS chain FAILED ({}):\n{}".format(r.get("error"), r.get("stderr", "")), flush=True)
                failed = True
                break
            chain[n] = r
            previous = (n, r["total_s"])
            print("  {:.1f} s, peak {:.0f} MB, other jobs {} CPUs".format(r["total_s"], r["peak_rss_mb"],
                                                                          _others(r)), flush=True)

    sensitivity = None
    if not args.no_sensitivity:
        print("sensitivity analysis: 1 000 perturbations x 10 000 sites ...", flush=True)
        sensitivity = _sensitivity_child(args.cores)
        if "weights_s" not in sensitivity:
            print("  sensitivity run FAILED ({}):\n{}".format(sensitivity.get("error"), sensitivity.get("stderr", "")),
                  flush=True)
            failed, sensitivity = True, None

    profile_text = None
    if args.profile and engine:
        n = max(engine)
        out = OUTPUT / "engine_{}.prof".format(n)
        print("cProfile: {} parcels ...".format(_fmt_n(n)), flush=True)
        _child(["--child", "engine", "--n", str(n), "--data", str(data), "--profile-out", str(out)], args.cores, None)
        if out.is_file():
            import io
            import pstats

            buffer = io.StringIO()
            stats = pstats.Stats(str(out), stream=buffer)
            stats.sort_stats("tottime").print_stats(25)
            stats.sort_stats("cumulative").print_stats(40)
            profile_text = buffer.getvalue()

    # ------------------------------------------------------------------ report
    print("\n" + "=" * 100)
    qgis_info = next((r for r in chain.values() if "qgis_version" in r), None)
    if qgis_info:
        print("QGIS {} (GDAL {})".format(qgis_info["qgis_version"], qgis_info["gdal_version"]))
    if engine:
        _print_engine(engine)
    if chain:
        _print_chain(chain, engine)
        for n, r in sorted(chain.items()):
            if r.get("skipped"):
                print("  {} parcels: not run (estimated {:.0f} s beyond the budget)".format(_fmt_n(n), r["estimate_s"]))
            elif r.get("timeout"):
                print("  {} parcels: stopped after {:.0f} s; the ratio there is at least {:.1f}x".format(
                    _fmt_n(n), r["wall_s"], r["wall_s"] / _engine_total(engine[n]) if n in engine else float("nan")))
    if algorithm:
        bench_algorithm.print_report(algorithm, chain, engine, _fmt_n, _engine_total)
    if profile_text:
        print("\ncProfile of the engine at {} parcels (build_context + score_sites):".format(_fmt_n(max(engine))))
        print(profile_text)

    print("\nTargets")
    compared = [n for n in sorted(chain) if "total_s" in chain[n] and n in engine]
    if compared:
        ratios = {n: chain[n]["total_s"] / _engine_total(engine[n]) for n in compared}
        # Judged on the benchmark's region (the largest size run, 200 000 parcels by default);
        # smaller samples are shown beside it: they carry the same fixed cost of reading and
        # indexing the whole region's context layers over fewer parcels.
        judged = max(compared)
        print("  [{}] engine >= {:.0f}x faster than the QGIS chain at {} parcels: {} (chain / engine incl. "
              "reading)".format(_verdict(ratios[judged] >= TARGET_RATIO), TARGET_RATIO, _fmt_n(judged),
                                ", ".join("{:.1f}x at {}".format(ratios[n], _fmt_n(n)) for n in compared)))
    else:
        print("  [{}] engine >= {:.0f}x faster than the QGIS chain: not measured".format(_verdict(None), TARGET_RATIO))
    _algorithm_targets(algorithm, chain)
    top = engine.get(200_000)
    if top:
        total = _engine_total(top)
        print("  [{}] 200 000 parcels in under {:.0f} s: {:.1f} s incl. reading ({:.1f} s context + score)".format(
            _verdict(total < TARGET_SECONDS), TARGET_SECONDS, total, _engine_total(top, False)))
        gb = top["peak_rss_mb"] / 1000.0
        print("  [{}] 200 000 parcels under {:.0f} GB: peak RSS {:.2f} GB (whole process, 1 GB = 10^9 bytes)".format(
            _verdict(gb < TARGET_GB), TARGET_GB, gb))
    else:
        print("  [n/a ] 200 000 parcels in under 60 s / 4 GB: the 200 000 run was not made")
    if len(engine) >= 2:
        ns = sorted(engine)
        b = _fit_exponent(ns, [_engine_total(engine[n], False) for n in ns])
        per = ", ".join("{:.0f} µs at {}".format(1e6 * _engine_total(engine[n], False) / n, _fmt_n(n)) for n in ns)
        print("  [{}] cost linear in the number of parcels: time ~ N^{:.2f} (linear if <= {:.2f}); "
              "per parcel {}".format(_verdict(b is not None and b <= LINEAR_EXPONENT), b, LINEAR_EXPONENT, per))
    if sensitivity:
        for key, what in (("weights_s", "weights"), ("weights_and_grid_s", "weights and grid capacity")):
            print("  [{}] sensitivity analysis, {} perturbed: {} runs over {} sites in under {:.0f} s: {:.2f} s"
                  .format(_verdict(sensitivity[key] <= sensitivity["target_s"]), what, _fmt_n(sensitivity["runs"]),
                          _fmt_n(sensitivity["sites"]), sensitivity["target_s"], sensitivity[key]))
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    used = min(args.cores, cpus) if args.cores else cpus
    if used != 2:
        print("  Note: measured on {} CPU(s), the targets are for a 2-core machine.".format(used))
    busy = [r["others_cores"] for r in list(engine.values()) + list(chain.values())
            if r.get("others_cores") is not None]
    if busy and max(busy) > 0.25:
        print("  Note: other jobs kept up to {:.2f} CPUs busy during the runs; wall times are inflated by that "
              "(the CPU times are less affected). Run on an idle machine for clean figures.".format(max(busy)))
    print("Benchmark wall time {:.0f} s.".format(time.perf_counter() - started))

    results = {"engine": engine, "chain": chain, "machine": _machine(), "versions": _versions(),
               "algorithm": {"{}:{}".format(n, ",".join(map(str, t))): r for (n, t), r in algorithm.items()},
               "sensitivity": sensitivity}
    (OUTPUT / "bench_results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("Figures saved to {}".format(OUTPUT / "bench_results.json"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
