"""The run summary and the output's reading order, on the hand fixture (test/hand_fixture.py):
B is on LNFR (zoning), C is 800 m² (area), E is parking 50 m from a school (zoning and area for hydrogen; the
school needs assessment)."""
import hand_fixture
import numpy as np
from energistasjon.energistasjon_plugin.core import output_fields, profiles, run_summary
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.i18n import use_language
from energistasjon.energistasjon_plugin.core.scoring import score_sites


def scored(tmp_path, sites=None, ids=("hydrogen", "battery")):
    layers = hand_fixture.layers()
    context = build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        traffic_layer=LayerInput(layers["trafikkmengde"], "trafikkmengde"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"))
    return score_sites(hand_fixture.sites() if sites is None else sites, context,
                       [profiles.load_bundled_profile(i) for i in ids], language="en")


def test_each_rule_counts_the_sites_it_excludes_and_those_it_alone_excludes(tmp_path):
    summary = run_summary.summarise(scored(tmp_path))
    counts = {(r.station_type, r.rule_id): (r.failed, r.only_this) for r in summary.rules}
    assert counts[("battery", "zoning")] == (1, 1)  # B
    assert counts[("battery", "min_area")] == (1, 1)  # C
    assert counts[("battery", "protected_area")] == (0, 0)
    # hydrogen: E fails zoning (parking) and the minimum area at once; the school 50 m away needs
    # assessment and excludes nobody, so it is no exclusion rule
    assert counts[("hydrogen", "min_area")] == (2, 1)  # C alone, E too
    assert ("hydrogen", "vulnerable") not in counts
    assert counts[("hydrogen", "zoning")][0] == 2 and counts[("hydrogen", "zoning")][1] == 1  # B alone, E too


def test_sites_are_counted_per_municipality_with_the_best_named(tmp_path):
    sites = hand_fixture.sites()
    sites["kommunenavn"] = ["Moss", "Moss", "Råde", "Råde", "Moss"]
    result = scored(tmp_path, sites, ids=("battery",))
    summary = run_summary.summarise(result, site_name=lambda i: "tomt " + sites["tomt_id"][i])
    assert summary.area_field == "kommunenavn"
    areas = {a.area: a for a in summary.areas}
    assert (areas["Moss"].sites, areas["Moss"].passed, areas["Moss"].ranked) == (3, 2, 2)  # A, E pass; B out
    assert (areas["Råde"].sites, areas["Råde"].passed, areas["Råde"].ranked) == (2, 1, 1)  # D passes; C out
    assert areas["Moss"].top == ["1. tomt A (95.0)", "2. tomt E (88.2)"]  # test_scoring_fixture
    lines = run_summary.summary_lines(summary)
    assert lines[0] == "Battery: sites excluded by each rule: zoning 1 (only this rule: 1); area 1 (only this rule: 1)."
    assert "Battery, Råde: 2 sites, 1 pass the rules, 1 ranked; best: 3. tomt D (78.0)." in lines


def test_the_summary_speaks_norwegian(tmp_path):
    summary = run_summary.summarise(scored(tmp_path, ids=("battery",)))
    with use_language("nb"):
        lines = run_summary.summary_lines(summary)
    assert lines[0].startswith("Batteri: tomter utelukket av hver regel: arealformål 1 (bare denne regelen: 1)")


def test_results_come_before_the_measurements_and_every_column_has_a_name(tmp_path):
    result = scored(tmp_path)
    order = output_fields.reading_order(result.stations)
    assert sorted(order) == sorted(result.columns)
    assert order[:8] == ["h2_score", "h2_rank", "h2_explain", "h2_excluded", "h2_failed", "h2_rules",
                         "h2_unchecked", "h2_known"]
    assert order.index("bat_known") < order.index("h2_grid") and order[-1] == "bat_profile"
    aliases = output_fields.field_aliases(result.stations)
    assert set(aliases) == set(result.columns)
    assert aliases["bat_grid_s"] == "Battery: Free grid capacity, sub-score (0-1)"
    assert aliases["h2_flat"] == "Hydrogen: Flat area (m²)"


def test_the_score_is_the_weighted_mean_of_the_sub_scores_in_the_row(tmp_path):
    result = scored(tmp_path, ids=("battery",))
    profile = result.stations[0].profile
    a = 0  # site A
    subs = np.array([result.columns["bat_{}_s".format(f.id)][a] for f in profile.factors])
    weights = np.array([f.weight for f in profile.factors])
    known = ~np.isnan(subs)
    assert result.columns["bat_score"][a] == round(100 * np.sum(subs[known] * weights[known]) / weights[known].sum(), 1)


def test_the_summary_page_lists_the_rules_that_exclude_most_first_and_counts_per_municipality(tmp_path):
    from energistasjon.energistasjon_plugin.core import summary_report

    sites = hand_fixture.sites()
    sites["kommunenavn"] = ["Moss", "Moss", "Råde <Øst>", "Råde <Øst>", "Moss"]
    summary = run_summary.summarise(scored(tmp_path, sites), site_name=lambda i: "tomt " + sites["tomt_id"][i])
    page = summary_report.render_summary_html(summary, "Kandidater", notes=["Profile 'hydrogen': <demo>"])
    hydrogen, battery = page.index("<h2>Hydrogen</h2>"), page.index("<h2>Battery</h2>")
    # hydrogen: zoning and area exclude 2 each; both above the rules that exclude nobody
    rows = page[hydrogen:battery]
    assert '<td>zoning</td><td class="number">2</td><td class="number">1</td>' in rows
    assert rows.index("<td>area</td>") < rows.index("<td>protected area</td>")
    assert '<td>Råde &lt;Øst&gt;</td><td class="number">2</td>' in page[battery:]  # names escaped, not markup
    assert "<li>Profile &#x27;hydrogen&#x27;: &lt;demo&gt;</li>" in page
    written = summary_report.write_summary_html(tmp_path / "side.html", page)
    assert written.read_text(encoding="utf-8") == page and [p.name for p in tmp_path.iterdir()
                                                              if p.suffix != ".json"] == ["side.html"]
