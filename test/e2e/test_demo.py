"""`make demo` keeps working: the demo script scores both regions with the plugin's algorithm,
renders the maps and prints the best sites with their explanations."""
import os
import sqlite3
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_demo_scores_both_regions_and_renders_maps(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PROJ_DATA="/usr/share/proj",
               PYTHONPATH=os.pathsep.join([sysconfig.get_paths()["purelib"], "/usr/share/qgis/python/plugins"]))
    env.setdefault("XDG_RUNTIME_DIR", str(tmp_path))
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "run_demo.py"), "--output", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for region in ("mosseregionen", "drammensregionen"):
        for station_type in ("hydrogen", "battery", "biogas"):
            png = tmp_path / "{}_{}.png".format(region, station_type)
            assert png.stat().st_size > 50000, png  # a rendered map, not a blank page
        with sqlite3.connect(str(tmp_path / "{}_scored.gpkg".format(region))) as db:
            ranked = db.execute("SELECT count(*) FROM gpkg_contents c JOIN layer_styles s "
                                "ON s.f_table_name = c.table_name").fetchone()[0]
            assert ranked >= 1  # the score style travels inside the GeoPackage
    # the printed top list: rank 1 with a score and an explanation naming a corridor exit
    assert "#1 " in done.stdout and " exit" in done.stdout
    assert "Warning 1: This version of GeoPackage" not in done.stderr
