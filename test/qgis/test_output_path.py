"""The scoring algorithm's way from inputs to a written output, as a user meets it: data never
lost, outputs complete or not written, every format and kind of input QGIS offers."""
import shutil
import sqlite3
from pathlib import Path

import hand_fixture
import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

ALG = "energistasjon:scoresites"
CANCELLED = "The run was cancelled; no output was written."


@pytest.fixture
def data(tmp_path):
    gpkg = hand_fixture.write_geopackage(tmp_path)
    return gpkg, hand_fixture.write_grid_capacity(tmp_path)


def params(gpkg: Path, grid: Path, output, **extra):
    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    values = {
        "INPUT": layer("kandidater"), "STATION_TYPES": [1], "ROADS": layer("veger"),
        "TRAFFIC": layer("trafikkmengde"), "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": [layer("kpa")],
        "ZONING_RP": [layer("rp")], "BUILDINGS": layer("bygninger"), "LANGUAGE": 2, "OUTPUT": output,
    }
    values.update(extra)
    return values


def layer_counts(gpkg: Path):
    dataset = ogr.Open(str(gpkg))
    return {dataset.GetLayer(i).GetName(): dataset.GetLayer(i).GetFeatureCount()
            for i in range(dataset.GetLayerCount())}


def scores(layer_or_path, field="bat_score"):
    layer = layer_or_path if isinstance(layer_or_path, QgsVectorLayer) else QgsVectorLayer(str(layer_or_path), "o",
                                                                                             "ogr")
    assert layer.isValid()
    return {f["tomt_id"]: f[field] for f in layer.getFeatures()}


def run(parameters, feedback=None, context=None):
    import processing

    return processing.run(ALG, parameters, feedback=feedback, context=context)


# --------------------------------------------------------------------------- never over an input

def test_an_output_over_the_input_geopackage_is_refused_and_every_layer_survives(plugin, data):
    gpkg, grid = data
    before = layer_counts(gpkg)
    assert len(before) == 6
    with pytest.raises(QgsProcessingException) as info:
        run(params(gpkg, grid, str(gpkg)))
    assert "Candidate sites" in str(info.value) and str(gpkg) in str(info.value)
    assert layer_counts(gpkg) == before


def test_an_output_over_the_grid_file_is_refused(plugin, data):
    gpkg, grid = data
    text = grid.read_text(encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        run(params(gpkg, grid, str(grid)))
    assert "Grid capacity file" in str(info.value)
    assert grid.read_text(encoding="utf-8") == text


def test_a_new_layer_inside_the_input_geopackage_keeps_the_other_layers(plugin, data):
    gpkg, grid = data
    before = layer_counts(gpkg)
    result = run(params(gpkg, grid, "ogr:dbname='{}' table=\"scored\" (geom)".format(gpkg)))
    after = layer_counts(gpkg)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after["scored"] == 5 and result["OUTPUT"] == "{}|layername=scored".format(gpkg)
    assert scores(result["OUTPUT"])["A"] == pytest.approx(95.0, abs=0.1)


def test_an_existing_output_geopackage_keeps_its_other_layers(plugin, data, tmp_path):
    gpkg, grid = data
    shared = tmp_path / "prosjekt.gpkg"
    shutil.copy(gpkg, shared)  # a file of the project, not an input of this run
    before = layer_counts(shared)
    result = run(params(gpkg, grid, str(shared)))
    after = layer_counts(shared)
    assert {k: v for k, v in after.items() if k in before} == before
    assert after["prosjekt"] == 5  # the layer is named after the file, as QGIS names it
    assert result["OUTPUT"] == "{}|layername=prosjekt".format(shared)


# --------------------------------------------------------------------------- another program writing

def test_a_geopackage_another_program_is_writing_is_refused_and_its_save_goes_through(plugin, data, tmp_path):
    gpkg, grid = data
    shared = tmp_path / "delt.gpkg"
    shutil.copy(gpkg, shared)
    other = ogr.Open(str(shared), 1)  # e.g. QGIS in another window, saving edits right now
    layer = other.GetLayerByName("bygninger")
    other.StartTransaction()
    feature = layer.GetNextFeature()
    feature["bygningstype"] = 111
    layer.SetFeature(feature)
    with pytest.raises(QgsProcessingException) as info:
        run(params(gpkg, grid, str(shared)))
    assert "another program" in str(info.value) and str(shared) in str(info.value)
    assert other.CommitTransaction() == 0
    feature = layer = other = None  # GDAL objects go before their dataset, not at interpreter exit
    assert "delt" not in layer_counts(shared)
    reopened = ogr.Open(str(shared))
    first = reopened.GetLayerByName("bygninger").GetNextFeature()
    assert first["bygningstype"] == 111
    first = reopened = None


# --------------------------------------------------------------------------- cancel, progress

class CancelAt(QgsProcessingFeedback):
    """A user who presses Cancel when the bar reaches ``at`` %."""

    def __init__(self, at: float):
        super().__init__()
        self.at, self.seen = at, []

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        self.seen.append(value)
        super().setProgress(value)
        if value >= self.at:
            self.cancel()


@pytest.mark.parametrize("at", [0.0, 5.0, 20.0, 75.0, 80.0], ids=["start", "context", "scoring", "writing",
                                                                   "late writing"])
def test_cancel_in_any_phase_leaves_no_output_and_says_so_the_same_way(plugin, data, tmp_path, at):
    gpkg, grid = data
    folder = tmp_path / "ut"
    folder.mkdir()
    feedback = CancelAt(at)
    if at == 0.0:
        feedback.cancel()
    with pytest.raises(QgsProcessingException) as info:
        run(params(gpkg, grid, str(folder / "scored.gpkg")), feedback)
    assert str(info.value) == CANCELLED
    assert list(folder.iterdir()) == []


def test_a_cancelled_write_into_an_existing_geopackage_leaves_it_as_it_was(plugin, data, tmp_path):
    gpkg, grid = data
    shared = tmp_path / "prosjekt.gpkg"
    shutil.copy(gpkg, shared)
    before = shared.read_bytes()
    with pytest.raises(QgsProcessingException):
        run(params(gpkg, grid, str(shared)), CancelAt(80.0))
    assert shared.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".prosjekt")) == []


def test_progress_runs_once_from_0_to_100(plugin, data, tmp_path):
    gpkg, grid = data
    feedback = CancelAt(1000.0)  # never cancels; records the bar
    run(params(gpkg, grid, str(tmp_path / "o.gpkg"), STATION_TYPES=[0, 1, 2]), feedback)
    assert feedback.seen == sorted(feedback.seen) and feedback.seen[-1] == 100.0
    assert len(set(feedback.seen)) > 5


# --------------------------------------------------------------------------- inputs of every kind

def memory_copy(gpkg: Path):
    source = QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr")
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "minne", "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for f in source.getFeatures():
        copy = QgsFeature(layer.fields())
        copy.setGeometry(f.geometry())
        copy.setAttributes(f.attributes())
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    return layer


def test_a_layer_without_crs_gets_a_message_not_a_traceback(plugin, data, tmp_path):
    gpkg, grid = data
    shapefile = tmp_path / "tomter.shp"  # a Shapefile that came without its .prj
    hand_fixture.sites().to_file(shapefile, engine=hand_fixture.ENGINE)
    shapefile.with_suffix(".prj").unlink()
    assert not QgsVectorLayer(str(shapefile), "tomter", "ogr").crs().isValid()
    with pytest.raises(QgsProcessingException) as info:
        run(params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT=str(shapefile)))
    message = str(info.value)
    del info  # its traceback would keep the run's layers alive until QGIS has gone
    assert "no coordinate reference system" in message and "tomter" in message
    assert not (tmp_path / "o.gpkg").exists()


def test_a_file_read_in_bulk_and_the_same_sites_read_through_qgis_score_the_same(plugin, data, tmp_path):
    gpkg, grid = data
    from_file = run(params(gpkg, grid, str(tmp_path / "a.gpkg"), STATION_TYPES=[0, 1, 2]))
    from_memory = run(params(gpkg, grid, str(tmp_path / "b.gpkg"), STATION_TYPES=[0, 1, 2],
                             INPUT=memory_copy(gpkg)))
    a, b = QgsVectorLayer(from_file["OUTPUT"], "a", "ogr"), QgsVectorLayer(from_memory["OUTPUT"], "b", "ogr")
    rows_a = {f["tomt_id"]: f.attributes()[1:] for f in a.getFeatures()}  # [1:]: without the fid
    rows_b = {f["tomt_id"]: f.attributes()[1:] for f in b.getFeatures()}
    assert rows_a == rows_b and len(rows_a) == 5
    assert {f["tomt_id"]: f.geometry().asWkt() for f in a.getFeatures()} == {
        f["tomt_id"]: f.geometry().asWkt() for f in b.getFeatures()}


def test_selected_features_only(plugin, data, tmp_path):
    gpkg, grid = data
    layer = QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr")
    layer.selectByExpression("\"tomt_id\" IN ('A', 'D')")
    QgsProject.instance().addMapLayer(layer)
    try:
        result = run(params(gpkg, grid, str(tmp_path / "o.gpkg"),
                            INPUT=QgsProcessingFeatureSourceDefinition(layer.id(), True)))
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert sorted(scores(result["OUTPUT"])) == ["A", "D"]


def test_a_subset_filter_is_honoured(plugin, data, tmp_path):
    gpkg, grid = data
    layer = QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr")
    layer.setSubsetString("\"tomt_id\" IN ('A', 'B')")
    result = run(params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT=layer))
    assert sorted(scores(result["OUTPUT"])) == ["A", "B"]


def test_an_unsaved_edit_is_scored_as_the_user_sees_it(plugin, data, tmp_path):
    gpkg, grid = data
    layer = QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr")
    layer.startEditing()
    index = layer.fields().indexOf("eier")
    feature = next(f for f in layer.getFeatures() if f["tomt_id"] == "A")
    layer.changeAttributeValue(feature.id(), index, "endret")
    result = run(params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT=layer))
    layer.rollBack()
    assert scores(result["OUTPUT"], "eier")["A"] == "endret"


def test_sites_in_another_crs_are_scored_in_place_and_written_unchanged(plugin, data, tmp_path):
    gpkg, grid = data
    utm32 = tmp_path / "utm32.gpkg"
    hand_fixture.sites().to_crs("EPSG:25832").to_file(utm32, layer="kandidater", driver="GPKG",
                                                       engine=hand_fixture.ENGINE)
    result = run(params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT="{}|layername=kandidater".format(utm32)))
    out = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert out.crs().authid() == "EPSG:25832"
    assert scores(out)["A"] == pytest.approx(95.0, abs=0.1)
    source = QgsVectorLayer("{}|layername=kandidater".format(utm32), "s", "ogr")
    assert {f["tomt_id"]: f.geometry().asWkt() for f in out.getFeatures()} == {
        f["tomt_id"]: f.geometry().asWkt() for f in source.getFeatures()}


def test_the_crs_set_on_the_layer_in_qgis_is_the_one_used(plugin, data, tmp_path):
    gpkg, grid = data
    no_crs = tmp_path / "uten_crs.gpkg"
    hand_fixture.sites().set_crs(None, allow_override=True).to_file(no_crs, layer="kandidater", driver="GPKG",
                                                                     engine=hand_fixture.ENGINE)
    layer = QgsVectorLayer("{}|layername=kandidater".format(no_crs), "kandidater", "ogr")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:25833"))  # Layer > Set CRS
    result = run(params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT=layer))
    assert scores(result["OUTPUT"])["A"] == pytest.approx(95.0, abs=0.1)


# --------------------------------------------------------------------------- every output format

@pytest.mark.parametrize("name", ["o.gpkg", "o.geojson", "o.shp", "o.fgb", "o.gml", "o.csv", "o.xlsx"])
def test_every_format_is_written_whole_or_warned_about(plugin, data, tmp_path, name):
    gpkg, grid = data
    folder = tmp_path / "ut"
    folder.mkdir()

    class Record(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Record()
    result = run(params(gpkg, grid, str(folder / name), STATION_TYPES=[0, 1, 2]), feedback)
    written = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert written.isValid() and written.featureCount() == 5
    values = {f["tomt_id"]: f for f in written.getFeatures()}
    score_field = "bat_score" if written.fields().indexOf("bat_score") >= 0 else "bat_score"[:10]
    assert float(values["A"][score_field]) == pytest.approx(95.0, abs=0.1)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary file left
    if name.endswith(".shp"):
        assert any("Shapefile" in w and "10 characters" in w for w in feedback.warnings)
    else:
        assert not any("Shapefile" in w for w in feedback.warnings)


def test_a_temporary_output_is_a_memory_layer_with_every_field(plugin, data):
    result = run(params(*data, "TEMPORARY_OUTPUT"))
    layer = result["OUTPUT"]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsProcessingContext().getMapLayer(layer)
    assert layer is not None and layer.featureCount() == 5
    assert scores(layer)["A"] == pytest.approx(95.0, abs=0.1)
    assert scores(layer, "bat_rules")["B"] == "zoning"


def test_a_shapefile_output_says_which_texts_were_cut(plugin, data, tmp_path):
    gpkg, grid = data

    class Record(QgsProcessingFeedback):
        warnings = []

        def pushWarning(self, text):  # noqa: N802
            self.warnings.append(text)
            super().pushWarning(text)

    feedback = Record()
    run(params(gpkg, grid, str(tmp_path / "o.shp"), STATION_TYPES=[0, 1, 2]), feedback)
    cut = [w for w in feedback.warnings if "Written as a Shapefile" in w]
    assert cut and "h2_substation_s" in cut[0] or "field names" in cut[0]


def test_the_loaded_output_is_styled_and_the_styles_of_every_type_are_stored(plugin, data, tmp_path):
    from qgis.core import QgsProcessingOutputLayerDefinition

    import processing

    gpkg, grid = data
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    target = QgsProcessingOutputLayerDefinition(str(tmp_path / "o.gpkg"), project)
    result = processing.run(ALG, params(gpkg, grid, target, STATION_TYPES=[0, 1, 2]), context=context)
    loaded = context.layersToLoadOnCompletion()
    assert list(loaded) == [result["OUTPUT"]]
    with sqlite3.connect(str(tmp_path / "o.gpkg")) as connection:
        styles = connection.execute('SELECT "styleName", "useAsDefault" FROM layer_styles ORDER BY id').fetchall()
    assert styles == [("scores_hydrogen_en", 1), ("scores_battery_en", 0), ("scores_biogas_en", 0)]
    reopened = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert reopened.renderer().type() == "RuleRenderer"  # the default style from the file
