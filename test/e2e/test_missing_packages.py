"""A QGIS whose Python lacks shapely 2 / geopandas (Debian's own Python has neither): the plugin
loads without a traceback, its algorithms are listed, and running one says what to install."""
import json
import subprocess
from pathlib import Path


def test_algorithms_register_and_explain_what_to_install(profile_tools, plugin_zip, tmp_path):
    install_plugin, qgis_environment, _ = profile_tools
    config = tmp_path / "profile"
    install_plugin(plugin_zip, config)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = qgis_environment(config, str(runtime))
    env["PYTHONPATH"] = "/usr/share/qgis/python/plugins"  # no venv: no shapely, no geopandas

    def qgis_process(*args):
        return subprocess.run(["/usr/bin/qgis_process.bin"] + list(args), env=env, capture_output=True, text=True,
                              timeout=300, cwd=str(tmp_path))

    listed = qgis_process("--json", "list")
    assert "Traceback" not in listed.stderr + listed.stdout
    algorithms = json.loads(listed.stdout[listed.stdout.index("{"):])["providers"]["energistasjon"]["algorithms"]
    assert {"energistasjon:scoresites", "energistasjon:checkapplication"} <= set(algorithms)

    sites = Path(__file__).resolve().parents[1] / "data" / "e2e" / "moss_e2e.gpkg"
    run = qgis_process("run", "energistasjon:scoresites", "--", "INPUT={}|layername=kandidater".format(sites),
                       "OUTPUT={}".format(tmp_path / "out.gpkg"))
    message = run.stdout + run.stderr
    assert run.returncode != 0 and not (tmp_path / "out.gpkg").exists()
    assert "shapely is not installed" in message and "geopandas is not installed" in message
    assert "OSGeo4W Shell" in message and "Debian/Ubuntu" in message
