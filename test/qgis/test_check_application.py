"""Case officers: "Check application against the veileder" through processing.run, on the hand-checked
fixture (test/hand_fixture.py), with the answer store the checklist panel writes."""
import subprocess

import hand_fixture
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

ALG = "energistasjon:checkapplication"


@pytest.fixture
def fixture_paths(tmp_path):
    return hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)


def params(gpkg, grid, folder, **extra):
    def layer(name, subset=None):
        return "{}|layername={}{}".format(gpkg, name, "|subset=" + subset if subset else "")

    values = {
        "INPUT": layer("kandidater", "\"tomt_id\" = 'A'"), "CASE_ID": "2025/0042", "STATION_TYPE": 0,
        "HYDROGEN_KG": 6000, "GAS_VOLUME_M3": 2.5, "DAILY_CAPACITY": 2400, "ROADS": layer("veger"),
        "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": [layer("kpa")], "ZONING_RP": [layer("rp")],
        "BUILDINGS": layer("bygninger"), "LANGUAGE": 2, "MAKE_PDF": True, "OUTPUT": "memory:",
        "REPORT_FOLDER": str(folder),
    }
    values.update(extra)
    return values


def rows(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None) or QgsVectorLayer(layer, "o", "ogr")
    return {f["item_id"]: f for f in layer.getFeatures()}


def test_algorithm_is_registered_in_its_group(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None and algorithm.displayName() == "Check application against the veileder"
    assert algorithm.group() == "Case handling"


def test_answers_table_html_and_pdf(plugin, fixture_paths, tmp_path):
    import processing

    folder = tmp_path / "reports"
    result = processing.run(ALG, params(*fixture_paths, folder))
    answers = rows(result)
    assert answers["PLAN-01"]["status"] == "fulfilled" and "Industri (RP 1340)" in answers["PLAN-01"]["evidence"]
    assert answers["GRID-01"]["status"] == "fulfilled"
    assert answers["SITE-02"]["status"] == "not_relevant"  # drive-through charging bays: battery only
    assert answers["SAFE-02"]["status"] == "unanswered" and answers["SAFE-02"]["audience"] == "tiltakshaver"
    assert all(f["case_id"] == "2025/0042" for f in answers.values())
    html = (folder / "2025-0042.html").read_text(encoding="utf-8")
    assert "2025/0042" in html and "data:image/png;base64," in html
    assert "storulykkeforskriften" in html and "Industri (RP 1340)" in html
    pdf = folder / "2025-0042.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025/0042" in text and "PLAN-01" in text
    assert not list(folder.glob("*.part"))


def test_saved_answers_from_the_store_take_precedence(plugin, fixture_paths, tmp_path):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore
    from energistasjon.energistasjon_plugin.core.checklist_model import Answer

    import processing

    store_path = tmp_path / "saker.gpkg"
    with CaseStore(store_path) as store:
        store.save_answer("2025/0042", Answer("SAFE-02", "fulfilled", "Risk analysis by Norconsult, 3 May.",
                                              answered_by="Kari Nordmann"))
    result = processing.run(ALG, params(*fixture_paths, tmp_path / "r", ANSWER_STORE=str(store_path),
                                        MAKE_PDF=False))
    safe = rows(result)["SAFE-02"]
    assert safe["status"] == "fulfilled" and safe["answered_by"] == "Kari Nordmann"
    assert "Norconsult" in safe["evidence"]


def test_several_sites_give_one_report_each(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    folder = tmp_path / "many"
    processing.run(ALG, params(gpkg, grid, folder, INPUT="{}|layername=kandidater".format(gpkg),
                               CASE_ID_FIELD="tomt_id", MAKE_PDF=False))
    assert sorted(p.name for p in folder.glob("*.html")) == ["A.html", "B.html", "C.html", "D.html", "E.html"]


def test_negative_quantity_is_refused_in_words(plugin, fixture_paths, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(*fixture_paths, tmp_path / "r", HYDROGEN_KG=-10))
    assert "hydrogen stored (kg)" in str(info.value) and "negative" in str(info.value)


def test_norwegian_report(plugin, fixture_paths, tmp_path):
    import processing

    folder = tmp_path / "nb"
    processing.run(ALG, params(*fixture_paths, folder, LANGUAGE=1, MAKE_PDF=False))
    html = (folder / "2025-0042.html").read_text(encoding="utf-8")
    assert 'lang="nb"' in html and "Er tomta regulert" in html
