"""Case officers: "Check application against the veileder" through processing.run, on the hand-checked
fixture (test/hand_fixture.py), with the answer store the checklist panel writes."""
import hashlib
import subprocess

import hand_fixture
import pytest
from qgis.core import QgsApplication, QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "energistasjon:checkapplication"


@pytest.fixture
def fixture_paths(tmp_path):
    return hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)


def params(gpkg, grid, folder, **extra):
    def layer(name, subset=None):
        return "{}|layername={}{}".format(gpkg, name, "|subset=" + subset if subset else "")

    values = {
        "INPUT": layer("kandidater", "\"tomt_id\" = 'A'"), "CASE_ID": "2025/0042", "STATION_TYPE": 0,
        "HYDROGEN_KG": 6000, "GAS_VOLUME_M3": 2.5, "DAILY_CAPACITY": 2400, "SUPPLY_MODE": 2, "ROADS": layer("veger"),
        "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": [layer("kpa")], "ZONING_RP": [layer("rp")],
        "BUILDINGS": layer("bygninger"), "LANGUAGE": 2, "MAKE_PDF": True, "OUTPUT": "memory:",
        "REPORT_FOLDER": str(folder),
    }
    values.update(extra)
    return values


def sha6(text):
    """The hash ending of a report file name: the first six hex digits of the SHA-1 of the case id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]


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

    # the layers a checklist item reads are offered, those only the scoring weighs are not
    offered = {d.name() for d in algorithm.parameterDefinitions()}
    assert {"ROADS", "BUILDING_LIMITS", "BUILDINGS"} <= offered
    assert not offered & {"TRAFFIC", "EXISTING_STATIONS", "FREIGHT_NODES", "SUPPLY"}


def test_answers_table_html_and_pdf(plugin, fixture_paths, tmp_path):
    import processing

    folder = tmp_path / "reports"
    result = processing.run(ALG, params(*fixture_paths, folder))
    answers = rows(result)
    assert answers["PLAN-01"]["status"] == "fulfilled" and "Industri (RP 1340)" in answers["PLAN-01"]["evidence"]
    # 2 400 kg/day made on site (SUPPLY_MODE 2, electrolysis): 5.5 MW against the 20 MW free
    assert answers["GRID-01"]["status"] == "fulfilled" and "5.5 MW" in answers["GRID-01"]["evidence"]
    assert answers["SITE-02"]["status"] == "not_relevant"  # drive-through charging bays: battery only
    assert answers["SAFE-02"]["status"] == "unanswered" and answers["SAFE-02"]["audience"] == "tiltakshaver"
    assert all(f["case_id"] == "2025/0042" for f in answers.values())
    stem = "2025-0042_" + sha6("2025/0042")  # "/" is no file name character: readable part + hash of the id
    assert sorted(p.name for p in folder.iterdir()) == [stem + ".html", stem + ".pdf"]
    html = (folder / (stem + ".html")).read_text(encoding="utf-8")
    assert "2025/0042" in html and "data:image/png;base64," in html
    assert "storulykkeforskriften" in html and "Industri (RP 1340)" in html
    pdf = folder / (stem + ".pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "2025/0042" in text and "PLAN-01" in text
    assert not list(folder.glob("*.part"))
    assert result["REPORTS"].split("\n") == [str(folder / (stem + ".html")), str(folder / (stem + ".pdf"))]


def test_saved_answers_from_the_store_take_precedence(plugin, fixture_paths, tmp_path):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore
    from energistasjon.energistasjon_plugin.core.checklist_model import Answer

    import processing

    store_path = tmp_path / "saker.gpkg"
    with CaseStore(store_path, create=True) as store:
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
    html = (folder / "2025-0042_{}.html".format(sha6("2025/0042"))).read_text(encoding="utf-8")
    assert 'lang="nb"' in html and "Er tomta regulert" in html


# --- the report files: one per case, inside the folder, all or nothing ----------------------------------------

CANCEL_MESSAGE = "The run was cancelled; no output was written."


def sites_with_case_ids(gpkg, case_ids, field="sak"):
    """The fixture's sites (repeated as needed) in a memory layer, with the given case ids in ``field``."""
    source = QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr")
    geometries = [f.geometry() for f in source.getFeatures()]
    layer = QgsVectorLayer("Polygon?crs={}&field={}:string".format(source.crs().authid(), field), "sites", "memory")
    features = []
    for index, case_id in enumerate(case_ids):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometries[index % len(geometries)])
        feature.setAttribute(0, case_id)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def everything_under(path):
    """Every file and folder under ``path`` (hidden ones too), relative, as text."""
    return sorted(str(p.relative_to(path)) for p in path.rglob("*"))


def test_case_ids_that_look_alike_get_one_report_each_inside_the_folder(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    ids = ["2024.001", "2024.002", "2025/17", "2025-17", ".", "../..", "CON", "Sak æøå_1"]
    folder = tmp_path / "rapporter" / "reports"
    before = everything_under(tmp_path)
    result = processing.run(ALG, params(gpkg, grid, folder, INPUT=sites_with_case_ids(gpkg, ids),
                                        CASE_ID_FIELD="sak", MAKE_PDF=True))
    expected = {
        "2024.001": "2024.001", "2024.002": "2024.002", "2025/17": "2025-17_" + sha6("2025/17"),
        "2025-17": "2025-17", ".": "case_" + sha6("."), "../..": "case_" + sha6("../.."),
        "CON": "CON_" + sha6("CON"), "Sak æøå_1": "Sak-æøå_1_" + sha6("Sak æøå_1"),
    }
    names = sorted(stem + suffix for stem in expected.values() for suffix in (".html", ".pdf"))
    assert sorted(p.name for p in folder.iterdir()) == names  # nothing hidden, nothing left over
    for case_id, stem in expected.items():
        html = (folder / (stem + ".html")).read_text(encoding="utf-8")
        assert "<title>" in html and case_id.replace("&", "&amp;") in html
    # nothing was written beside or above the report folder
    assert [p for p in everything_under(tmp_path) if p not in before and not p.startswith("rapporter")] == []
    assert sorted(result["REPORTS"].split("\n")) == sorted(str(folder / n) for n in names)


def test_the_same_case_gets_the_same_file_on_every_run(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    folder = tmp_path / "r"
    for ids in (["2025/17", "2024.001"], ["2024.001", "2025/17", "B"]):
        processing.run(ALG, params(gpkg, grid, folder, INPUT=sites_with_case_ids(gpkg, ids), CASE_ID_FIELD="sak",
                                   MAKE_PDF=False))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["2024.001.html", "2025-17_{}.html".format(sha6("2025/17")), "B.html"])


def test_two_sites_with_the_same_case_id_are_refused_before_anything_is_written(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    folder = tmp_path / "r"
    output = tmp_path / "answers.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(gpkg, grid, folder, INPUT=sites_with_case_ids(gpkg, ["2025/1", "2025/2", "2025/1"]),
                                   CASE_ID_FIELD="sak", MAKE_PDF=False, OUTPUT=str(output)))
    assert "'2025/1'" in str(info.value) and "'sak'" in str(info.value) and "2025/2" not in str(info.value)
    assert not folder.exists() and not output.exists()


class CancelWhen(QgsProcessingFeedback):
    """Feedback whose cancel flag turns on once ``condition(feedback)`` holds (and stays on)."""

    def __init__(self, condition):
        super().__init__()
        self.condition = condition
        self.fired = False

    def isCanceled(self):  # noqa: N802
        self.fired = self.fired or self.condition(self)
        return self.fired


def reports_under(folder):
    return [p for p in folder.rglob("*.html")] if folder.exists() else []


@pytest.mark.parametrize("when", ["at the start", "while reading the context", "during the checks",
                                  "after the first report", "after the last report"])
def test_cancel_leaves_the_folders_as_they_were_and_says_so(plugin, fixture_paths, tmp_path, when):
    import processing

    gpkg, grid = fixture_paths
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    (folder / "A.html").write_text("last week's report", encoding="utf-8")
    output = tmp_path / "answers.gpkg"
    condition = {"at the start": lambda fb: True,
                 "while reading the context": lambda fb: fb.progress() >= 5,  # the sites are read
                 "during the checks": lambda fb: fb.progress() > 20,  # the context is read, the first site checked
                 "after the first report": lambda fb: len(reports_under(folder)) >= 2,  # A.html is already there
                 "after the last report": lambda fb: len(reports_under(folder)) >= 6}[when]
    feedback = CancelWhen(condition)
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(gpkg, grid, folder, INPUT="{}|layername=kandidater".format(gpkg),
                                   CASE_ID_FIELD="tomt_id", OUTPUT=str(output)), feedback=feedback)
    assert str(info.value) == CANCEL_MESSAGE
    assert everything_under(folder) == ["A.html", "notes.txt"]
    assert (folder / "A.html").read_text(encoding="utf-8") == "last week's report"
    assert not output.exists()


def test_cancel_with_a_new_report_folder_leaves_no_folder(plugin, fixture_paths, tmp_path):
    import processing

    folder = tmp_path / "new" / "reports"
    feedback = CancelWhen(lambda fb: bool(reports_under(tmp_path / "new")))
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(*fixture_paths, folder, MAKE_PDF=False), feedback=feedback)
    assert str(info.value) == CANCEL_MESSAGE
    assert feedback.fired and not (tmp_path / "new").exists()


def test_a_report_that_cannot_be_put_in_place_leaves_the_folder_as_it_was(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "A.html").write_text("last week's report", encoding="utf-8")
    (folder / "C.html").mkdir()  # a folder where the report of case C should go
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(gpkg, grid, folder, INPUT="{}|layername=kandidater".format(gpkg),
                                   CASE_ID_FIELD="tomt_id", MAKE_PDF=False))
    assert "C.html" in str(info.value) and str(folder) in str(info.value)
    assert everything_under(folder) == ["A.html", "C.html"]
    assert (folder / "A.html").read_text(encoding="utf-8") == "last week's report"


@pytest.mark.parametrize("where", ["under a file", "is a file"])
def test_a_report_folder_that_cannot_be_made_is_refused_in_words(plugin, fixture_paths, tmp_path, where):
    import processing

    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    folder = tmp_path / "notes.txt" / "reports" if where == "under a file" else tmp_path / "notes.txt"
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(*fixture_paths, folder, MAKE_PDF=False))
    message = str(info.value)
    assert str(folder) in message and "notes.txt" in message and "Choose" in message
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.values = []

    def setProgress(self, value):  # noqa: N802
        self.values.append(value)
        super().setProgress(value)


def test_progress_runs_once_from_0_to_100(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    feedback = RecordingFeedback()
    processing.run(ALG, params(gpkg, grid, tmp_path / "r", INPUT="{}|layername=kandidater".format(gpkg),
                               CASE_ID_FIELD="tomt_id", MAKE_PDF=True), feedback=feedback)
    values = feedback.values
    assert len(values) >= 5 and all(0 <= v <= 100 for v in values)
    assert all(later >= earlier for earlier, later in zip(values, values[1:])), values
    assert values[-1] == 100
