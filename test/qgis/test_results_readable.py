"""The scored output as a planner reads it in QGIS: fields in words, results first, why sites
fell out and how many pass, in the run's language."""
import hand_fixture
import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

ALG = "energistasjon:scoresites"


def run(tmp_path, language=2, **extra):
    import processing

    gpkg, grid = hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    class Log(QgsProcessingFeedback):
        lines = []

        def pushInfo(self, text):  # noqa: N802
            self.lines.append(text)
            super().pushInfo(text)

    parameters = {
        "INPUT": layer("kandidater"), "STATION_TYPES": [0, 1, 2], "ROADS": layer("veger"),
        "TRAFFIC": layer("trafikkmengde"), "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": [layer("kpa")],
        "ZONING_RP": [layer("rp")], "BUILDINGS": layer("bygninger"), "LANGUAGE": language,
        "OUTPUT": str(tmp_path / "scored.gpkg"),
    }
    parameters.update(extra)
    log = Log()
    return processing.run(ALG, parameters, feedback=log), log.lines


def test_results_come_first_and_every_field_has_a_name_in_words(plugin, tmp_path):
    result, _ = run(tmp_path)
    layer = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")  # opens with the style stored in the file
    names = layer.fields().names()
    assert names[:3] == ["fid", "tomt_id", "eier"]  # the input's own fields, unchanged
    assert names[3:11] == ["h2_score", "h2_rank", "h2_explain", "h2_excluded", "h2_failed", "h2_rules",
                           "h2_unchecked", "h2_known"]
    assert names.index("bio_known") < names.index("h2_grid")  # every type's results before the measurements
    alias = {name: layer.attributeAlias(i) for i, name in enumerate(names)}
    assert alias["bat_score"] == "Battery: score (0-100)"
    assert alias["bat_grid"] == "Battery: Free grid capacity (MW)"
    assert alias["h2_corridor_s"] == "Hydrogen: Distance to freight corridor exit, sub-score (0-1)"
    assert all(alias[n] for n in names[3:])  # no engine field without a name in words


def test_norwegian_names_in_a_norwegian_run(plugin, tmp_path):
    result, _ = run(tmp_path, language=1)
    layer = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")
    alias = {name: layer.attributeAlias(i) for i, name in enumerate(layer.fields().names())}
    assert alias["bat_score"] == "Batteri: poeng (0-100)"
    assert alias["bio_failed"] == "Biogass: grunner til utelukkelse"


def test_the_log_says_which_rules_removed_how_many_sites(plugin, tmp_path):
    _, lines = run(tmp_path)
    battery = next(line for line in lines if line.startswith("Battery: sites excluded by each rule"))
    # B fails only zoning (LNFR), C only the minimum area: each rule removes one site on its own
    assert "zoning 1 (only this rule: 1)" in battery and "area 1 (only this rule: 1)" in battery
    totals = next(line for line in lines if line.startswith("Battery, all sites:"))
    assert "5 sites, 3 pass the rules, 3 ranked" in totals


def test_the_summary_table_counts_rules_and_passing_sites(plugin, tmp_path):
    result, _ = run(tmp_path, SUMMARY=str(tmp_path / "summary.gpkg"))
    table = QgsVectorLayer(result["SUMMARY"], "summary", "ogr")
    rows = [f for f in table.getFeatures()]
    rule = {(f["station_type"], f["rule_id"]): f for f in rows if f["rule_id"]}
    assert rule[("battery", "zoning")]["excluded"] == 1 and rule[("battery", "zoning")]["excluded_only_by_this"] == 1
    assert rule[("hydrogen", "min_area")]["excluded"] == 2  # C, and E (parking), 50 m from a school
    assert ("hydrogen", "vulnerable") not in rule  # the school needs assessment: no exclusion rule
    area = {f["station_type"]: f for f in rows if not f["rule_id"]}
    assert (area["battery"]["sites"], area["battery"]["passed"], area["battery"]["ranked"]) == (5, 3, 3)
    first = area["battery"]["best"].split("; ")[0]  # "1. <site> (95.0)"
    assert first.startswith("1. ") and float(first.rsplit("(", 1)[1].rstrip(")")) == pytest.approx(95.0, abs=0.1)


def test_the_summary_page_prints_why_sites_fell_out(plugin, tmp_path):
    page = tmp_path / "oppsummering.html"
    result, _ = run(tmp_path, language=1, SUMMARY_PAGE=str(page))
    assert result["SUMMARY_PAGE"] == str(page)
    text = page.read_text(encoding="utf-8")
    assert "Hvorfor tomter falt ut" in text and "Batteri" in text
    assert "<td>arealformål</td><td class=\"number\">1</td>" in text  # B, on LNFR, alone
    pdf = page.with_suffix(".pdf")
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")


def _sentence_widgets(layer):
    """For each sentence field, whether the form shows it as a text box of several lines, label on top."""
    form = layer.editFormConfig()
    out = {}
    for name in ("bat_explain", "bat_failed", "h2_unchecked"):
        index = layer.fields().indexOf(name)
        setup = layer.editorWidgetSetup(index)
        out[name] = (setup.type(), bool(setup.config().get("IsMultiline")), form.labelOnTop(index))
    return out


def test_the_form_shows_the_explanation_as_text_of_several_lines(plugin, tmp_path):
    """An explanation of 300 characters in a one-line box is cut: the form gives the sentences room."""
    result, _ = run(tmp_path)
    layer = QgsVectorLayer(result["OUTPUT"], "scored", "ogr")  # the style stored in the file
    assert set(_sentence_widgets(layer).values()) == {("TextEdit", True, True)}
    score = layer.fields().indexOf("bat_score")
    assert layer.editorWidgetSetup(score).type() in ("", "TextEdit") and not layer.editFormConfig().labelOnTop(score)


def test_a_memory_output_gets_the_same_form(plugin, tmp_path):
    import processing

    gpkg, grid = hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)
    result = processing.run(ALG, {
        "INPUT": "{}|layername=kandidater".format(gpkg), "STATION_TYPES": [0, 1, 2],
        "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": ["{}|layername=kpa".format(gpkg)],
        "LANGUAGE": 2, "OUTPUT": "memory:"})
    layer = result["OUTPUT"]  # processing.run hands back the memory layer itself
    assert isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory"
    assert set(_sentence_widgets(layer).values()) == {("TextEdit", True, True)}
