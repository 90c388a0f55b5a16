# SPDX-License-Identifier: GPL-2.0-or-later
"""Grid capacity as a planner gives it to "Score candidate sites": several companies' files, a
folder of them, a DIGIN file already loaded in the project, and the hydrogen supply for the run."""
import shutil

import geopandas as gpd
import pytest
from pyproj import Transformer
from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorLayer
from shapely.geometry import box

ALG = "energistasjon:scoresites"
PLACES = {"moss": (10.667, 59.440), "drammen": (10.207, 59.746), "ostfold": (10.63, 59.65)}


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.text = []

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.text.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.text.append(warning)
        super().pushWarning(warning)


@pytest.fixture
def candidates(tmp_path):
    to_utm = Transformer.from_crs(4326, 25833, always_xy=True)
    geoms = []
    for lon, lat in PLACES.values():
        x, y = to_utm.transform(lon, lat)
        geoms.append(box(x - 50, y - 50, x + 50, y + 50))
    path = tmp_path / "kandidater.gpkg"
    gpd.GeoDataFrame({"tomt_id": list(PLACES)}, geometry=geoms, crs="EPSG:25833").to_file(path, layer="kandidater")
    return str(path)


def scored(result):
    layer = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")
    return {f["tomt_id"]: f for f in layer.getFeatures()}


def run(candidates, tmp_path, feedback=None, **grid):
    import processing

    params = {"INPUT": candidates, "STATION_TYPES": [1], "LANGUAGE": 2, "OUTPUT": str(tmp_path / "scored.gpkg")}
    params.update(grid)
    return scored(processing.run(ALG, params, feedback=feedback))


def test_a_folder_of_company_files(plugin, candidates, test_data, tmp_path):
    folder = tmp_path / "nettkapasitet"
    folder.mkdir()
    for name in ("elvia_ideal.json", "glitre_list_wrapped.json"):
        shutil.copy(test_data / "digin" / name, folder / name)
    log = Log()
    sites = run(candidates, tmp_path, log, GRID_CAPACITY_FILE=str(folder))
    assert sites["moss"]["bat_grid"] == 12 and sites["drammen"]["bat_grid"] == 5
    assert "Glitre Nett queues requests of 1.0 MW or more" in sites["drammen"]["bat_explain"]
    text = "\n".join(log.text)
    assert "elvia_ideal.json: Elvia, published 2025-01-15, 4 substations" in text
    assert "glitre_list_wrapped.json: Glitre Nett, published 2025-02-03, 3 substations" in text


def test_a_list_of_files_with_statnetts_areas(plugin, candidates, test_data, tmp_path):
    files = [str(test_data / "digin" / n) for n in ("elvia_ideal.json", "statnett_areas_figures.json")]
    sites = run(candidates, tmp_path, GRID_CAPACITY_FILE=files)
    assert sites["moss"]["bat_grid"] == 12
    assert sites["ostfold"]["bat_grid"] == 0  # Statnett's Østfold, not Drammensområdet's 25 MW next door
    assert "0.0 MW free in the area Østfold (Statnett)" in sites["ostfold"]["bat_explain"]


def test_a_digin_file_loaded_in_the_project_is_read_as_the_file(plugin, candidates, test_data, tmp_path):
    layer = QgsVectorLayer(str(test_data / "digin" / "statnett_areas_figures.json"), "statnett", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        log = Log()
        sites = run(candidates, tmp_path, log, SUBSTATIONS=layer.id())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    # The file's header names Statnett and its date (a layer's fields do not have them).
    assert "statnett_areas_figures.json: Statnett, published 2025-01-10, 2 areas" in "\n".join(log.text)
    assert sites["ostfold"]["bat_grid"] == 0 and sites["moss"]["bat_grid"] == 0  # both in Østfold, which is full
    assert "connection on conditions" in sites["ostfold"]["bat_explain"]


def test_the_hydrogen_supply_is_a_choice_of_the_run(plugin, candidates, test_data, tmp_path):
    import processing

    grid = str(test_data / "digin" / "elvia_ideal.json")
    params = {"INPUT": candidates, "STATION_TYPES": [0], "LANGUAGE": 2, "GRID_CAPACITY_FILE": grid}
    trucked = scored(processing.run(ALG, dict(params, OUTPUT=str(tmp_path / "a.gpkg"))))
    made = scored(processing.run(ALG, dict(params, SUPPLY_MODE=2, OUTPUT=str(tmp_path / "b.gpkg"))))
    assert trucked["moss"]["h2_profile"].endswith("supply_mode=trucked_in")
    assert made["moss"]["h2_profile"].endswith("supply_mode=on_site_electrolysis")
    assert "Elvia queues" not in trucked["moss"]["h2_explain"]      # 0.5 MW: below the 1 MW queue threshold
    assert "Elvia queues requests of 1.0 MW or more" in made["moss"]["h2_explain"]  # 2.3 MW


def test_the_checklist_panel_takes_one_grid_file_per_company(plugin, test_data):
    from energistasjon.energistasjon_plugin.gui.context_form import ContextLayersBox

    box = ContextLayersBox()
    files = [test_data / "digin" / n for n in ("elvia_ideal.json", "glitre_list_wrapped.json")]
    box.grid_file.setFilePath(" ".join('"{}"'.format(f) for f in files))  # as the file dialog writes several
    context = box.read_context("EPSG:25833")
    publishers = set(context.layer("substations")["publisher"])
    assert publishers == {"Elvia", "Glitre Nett"}


def test_the_grid_files_parameter_takes_a_layer_of_the_project_too(plugin, candidates, test_data, tmp_path):
    layer = QgsVectorLayer(str(test_data / "digin" / "elvia_ideal.json"), "elvia", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        sites = run(candidates, tmp_path, GRID_CAPACITY_FILE=[layer.id(), str(test_data / "digin" /
                                                                             "glitre_list_wrapped.json")])
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert sites["moss"]["bat_grid"] == 12 and sites["drammen"]["bat_grid"] == 5
