# SPDX-License-Identifier: GPL-2.0-or-later
"""The part of ``make bench`` that measures what a user runs: the scoring algorithm.

``processing.run("energistasjon:scoresites", ...)`` in a fresh process, from the files of the
synthetic region to a GeoPackage, exactly as the toolbox, the modeler or ``qgis_process``
would run it: QGIS reads the inputs (the plugin's bulk reader where it applies), the engine
scores, the output is written.  QGIS's own start-up is outside the timing, as it is for the
native chain it is compared with.

Each size reads a GeoPackage that holds just that many parcels (made once, beside the
region's data), so the algorithm and the chain read the same file.
"""
import os
import resource
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List

import bench_data

#: Station types as the algorithm numbers them: 0 hydrogen, 1 battery, 2 biogas.
ONE_TYPE = (1,)
THREE_TYPES = (0, 1, 2)


def parcels_file(data: Path, n: int) -> Path:
    """A GeoPackage with the first ``n`` parcels (the region's own file for all of them)."""
    files = bench_data.paths(data)
    if n >= bench_data.N_PARCELS:
        return files["parcels"]
    path = Path(data) / "parcels_{}.gpkg".format(n)
    if not path.is_file():
        from osgeo import gdal

        partial = path.with_name(path.stem + ".part.gpkg")
        gdal.VectorTranslate(str(partial), str(files["parcels"]), format="GPKG",
                             SQLStatement='SELECT * FROM "{}" WHERE fid <= {}'.format(bench_data.LAYERS["parcels"], n),
                             layerName=bench_data.LAYERS["parcels"])
        partial.replace(path)
    return path


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def start_qgis(plugins_dir: Path, qgis_plugins: str):
    """QGIS, Processing and the plugin's provider in this process; returns ``processing``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    if qgis_plugins not in sys.path:
        sys.path.append(qgis_plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    if str(plugins_dir) not in sys.path:
        sys.path.insert(0, str(plugins_dir))
    import energistasjon

    plugin = energistasjon.classFactory(None)
    plugin.initProcessing()
    return app, plugin, processing


def algorithm_child(n: int, data: Path, scratch: Path, station_types: List[int], plugins_dir: Path,
                    qgis_plugins: str, emit: Callable[[dict], None]) -> None:
    """Time the scoring algorithm on the first ``n`` parcels; emit one result."""
    source = parcels_file(data, n)  # before the clock: made once per size
    app, plugin, processing = start_qgis(plugins_dir, qgis_plugins)
    files, layers = bench_data.paths(data), bench_data.LAYERS
    scratch.mkdir(parents=True, exist_ok=True)
    output = scratch / "scored_{}_{}.gpkg".format(n, len(station_types))
    if output.exists():
        output.unlink()

    def uri(key: str) -> str:
        return "{}|layername={}".format(files[key], layers[key])

    parameters = {
        "INPUT": "{}|layername={}".format(source, layers["parcels"]), "STATION_TYPES": list(station_types),
        "ROADS": uri("roads"), "TRAFFIC": uri("traffic"), "GRID_CAPACITY_FILE": str(files["substations"]),
        "ZONING_KPA": [uri("kpa")], "HAZARD_ZONES": uri("hazards"), "PROTECTED_AREAS": uri("protected"),
        "BUILDINGS": uri("buildings"), "EXISTING_STATIONS": uri("existing"), "DEM": str(files["dem"]),
        "LANGUAGE": 1, "OUTPUT": str(output),
    }
    rss_ready = _peak_rss_mb()
    c0 = time.process_time()
    t0 = time.perf_counter()
    result = processing.run("energistasjon:scoresites", parameters)
    total = time.perf_counter() - t0
    cpu = time.process_time() - c0
    from qgis.core import QgsVectorLayer

    written = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")
    emit({
        "kind": "algorithm", "n": n, "types": list(station_types), "total_s": total, "cpu_s": cpu,
        "peak_rss_mb": _peak_rss_mb(), "rss_after_start_mb": rss_ready,
        "output_mb": output.stat().st_size / 1e6, "rows": written.featureCount(), "fields": len(written.fields()),
    })
    output.unlink()
    sys.stderr.flush()
    os._exit(0)  # as the chain: no QGIS tear-down (it can crash at exit in 3.22)


def print_report(algorithm: Dict[tuple, dict], chain: Dict[int, dict], engine: Dict[int, dict],
                 fmt_n: Callable[[int], str], engine_total: Callable[[dict], float]) -> None:
    """The algorithm path beside the chain and the engine alone."""
    sizes = sorted({n for n, _ in algorithm})
    if not sizes:
        return
    print("\nThe algorithm as a user runs it (processing.run from the files to a GeoPackage, fresh process,")
    print("QGIS start-up excluded; the chain below ends in a GeoPackage too):")
    header = "  {:<44}".format("") + "".join("{:>14}".format(fmt_n(n)) for n in sizes)
    print(header)
    for types, label in ((ONE_TYPE, "1 station type"), (THREE_TYPES, "3 station types")):
        rows = [algorithm.get((n, types)) for n in sizes]
        if not any(rows):
            continue

        def line(name: str, value, rows=rows) -> None:
            print("  {:<44}".format(name) + "".join(
                "{:>14}".format(value(r) if r and "total_s" in r else "-") for r in rows))

        line("{}: seconds".format(label), lambda r: "{:.1f}".format(r["total_s"]))
        line("{}: peak memory MB (whole process)".format(label), lambda r: "{:.0f}".format(r["peak_rss_mb"]))
        line("{}: output file MB".format(label), lambda r: "{:.0f}".format(r["output_mb"]))
        ratios = []
        for n, r in zip(sizes, rows):
            c = chain.get(n)
            ratios.append("{:.1f}x".format(c["total_s"] / r["total_s"]) if r and c and "total_s" in c and
                          "total_s" in r else "-")
        print("  {:<44}".format("{}: chain / algorithm".format(label)) + "".join("{:>14}".format(x) for x in ratios))
    engine_line = ["{:.1f}".format(engine_total(engine[n])) if n in engine else "-" for n in sizes]
    print("  {:<44}".format("engine alone, 3 types (read with geopandas) s") + "".join(
        "{:>14}".format(x) for x in engine_line))
