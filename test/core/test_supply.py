"""Supply of hydrogen and biogas (issue 12): a layer of producers and terminals drawn by hand
(test/data/supply, distances by hand in its README), and the distance to the nearest supply of
the station's own carrier as a factor a region adds to its own profile (the block is in
resources/profiles/README.md)."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from readme_factors import hand_context, with_readme_factor

SUPPLY = Path(__file__).resolve().parents[1] / "data" / "supply" / "energiforsyning.geojson"


def context(with_supply=True):
    return hand_context(**({"supply_layer": LayerInput(gpd.read_file(SUPPLY), "energiforsyning")}
                           if with_supply else {}))


def own_profile(station, weight=0.10, **choices):
    """A bundled profile with the README's supply block added, as a region would."""
    return with_readme_factor(station, "supply", weight, choices)


def scored(profile, with_supply=True):
    result = score_sites(hand_fixture.sites(), context(with_supply), [profile], language="en")
    return result, result.frame.set_index("tomt_id")


def test_each_station_type_measures_to_its_own_carrier_and_names_it():
    result, frame = scored(own_profile("hydrogen"))
    # A: 500 m from the hydrogen producer; the charging park 28 m away supplies no hydrogen.
    assert frame.loc["A", "h2_supply"] == 500 and frame.loc["D", "h2_supply"] == 1400
    assert frame.loc["A", "h2_supply_s"] == 1.0  # within 10 km
    assert "500 m to Kambo hydrogenproduksjon (supply)" in frame.loc["A", "h2_explain"]
    assert any("1 features in 'energiforsyning' supply neither hydrogen nor biogas (field 'energibærer')" in n
               for n in result.notes)
    _, frame = scored(own_profile("biogas"))
    assert frame.loc["D", "bio_supply"] == 1000 and "Rygge biogassanlegg" in frame.loc["D", "bio_explain"]
    assert frame.loc["A", "bio_supply"] == pytest.approx(((257780 - 255400) ** 2 + (6591350 - 6590080) ** 2) ** 0.5,
                                                         abs=0.5)


def test_hydrogen_made_on_site_counts_as_supplied():
    _, frame = scored(own_profile("hydrogen", supply_mode="on_site_electrolysis"))
    assert (frame["h2_supply"] == 0).all() and (frame["h2_supply_s"] == 1.0).all()
    assert "hydrogen made on the site" in frame.loc["D", "h2_explain"]


def test_a_far_supply_scores_less_and_weight_0_changes_nothing():
    from shapely.geometry import box

    sites = gpd.GeoDataFrame({"tomt_id": ["near", "far"]}, crs=hand_fixture.CRS,
                             geometry=[box(255700, 6590500, 255760, 6590560), box(295700, 6590480, 295760, 6590540)])
    frame = score_sites(sites, context(), [own_profile("hydrogen")], language="en").frame.set_index("tomt_id")
    # near: 20 m from the producer; far: 40 000 m, on the line from 10 km (1) to 100 km (0).
    assert frame.loc["near", "h2_supply_s"] == 1.0
    assert frame.loc["far", "h2_supply"] == 40000
    assert frame.loc["far", "h2_supply_s"] == pytest.approx((100000 - 40000) / 90000, abs=0.001)
    base = scored(profiles.load_bundled_profile("biogas"), with_supply=False)[1]
    zero = scored(own_profile("biogas", weight=0), with_supply=False)[1]
    assert zero["bio_score"].equals(base["bio_score"]) and not zero["bio_explain"].str.contains("supply").any()


def test_plants_named_as_plants_are_read_and_a_layer_without_the_carrier_is_unknown_not_far():
    layers = hand_fixture.layers()
    supply = gpd.read_file(SUPPLY)
    supply["energibærer"] = ["Elektrolyse", "Biogassanlegg", None]  # as a municipality may call them
    given = dict(roads_layer=LayerInput(layers["veger"], "veger"), kpa_layers=[LayerInput(layers["kpa"], "kpa")],
                 rp_layers=[LayerInput(layers["rp"], "rp")], supply_layer=LayerInput(supply, "anlegg"))
    result = score_sites(hand_fixture.sites(), build_context(hand_fixture.CRS, **given), [own_profile("hydrogen")],
                         language="en")
    frame = result.frame.set_index("tomt_id")
    assert frame.loc["A", "h2_supply"] == 500 and "Kambo hydrogenproduksjon" in frame.loc["A", "h2_explain"]
    assert any("1 features in 'anlegg' have no energy carrier (field 'energibærer')" in n for n in result.notes)
    # a layer of biogas plants only says nothing of hydrogen: unknown, with its cause, never 'far away'
    given["supply_layer"] = LayerInput(supply[supply["energibærer"] == "Biogassanlegg"], "biogassanlegg")
    frame = score_sites(hand_fixture.sites(), build_context(hand_fixture.CRS, **given), [own_profile("hydrogen")],
                        language="en").frame.set_index("tomt_id")
    assert frame["h2_supply"].isna().all() and frame["h2_supply_s"].isna().all()
    assert "'biogassanlegg' has no supply of this energy carrier" in frame.loc["A", "h2_unchecked"] + \
        frame.loc["A", "h2_explain"]
