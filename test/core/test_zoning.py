# SPDX-License-Identifier: GPL-2.0-or-later
"""Zoning at sites and hensynssoner near sites, on hand-made polygons.

Every expected share and distance is worked out by hand in the comment next to it
(coordinates in metres, EPSG:25833).
"""
import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
import shapely.affinity
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.codelists import code_label
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.criteria import CriteriaEngine
from energistasjon.energistasjon_plugin.core.errors import CanceledError, InputError
from energistasjon.energistasjon_plugin.core.progress import Progress
from energistasjon.energistasjon_plugin.core.zoning.hazards import hazard_zones_near_sites
from energistasjon.energistasjon_plugin.core.zoning.overlay import zoning_at_sites
from energistasjon.energistasjon_plugin.core.zoning.plan_layers import normalise_zoning
from shapely.geometry import Point, Polygon, box

CRS = "EPSG:25833"


def _zoning(codes, geoms, **extra):
    data = {"arealformål": codes}
    data.update(extra)
    return normalise_zoning(gpd.GeoDataFrame(data, geometry=geoms, crs=CRS), "Reguleringsplan")


def _sites(geoms, index=None):
    return gpd.GeoSeries(geoms, crs=CRS, index=index)


# --------------------------------------------------------------------------- normalise_zoning

def test_normalise_finds_fields_by_their_usual_names_in_any_case():
    frame = gpd.GeoDataFrame(
        {
            "RPAREALFORMÅL": ["1340", 2010],
            "ArealbruksStatus": [1, 2],
            "arealplanId": [20150012.0, np.nan],
            "navn": ["a", "b"],
        },
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)],
        crs=CRS,
    )
    before = frame.copy()
    result = normalise_zoning(frame, "Plan")
    assert result["code"].tolist() == [1340.0, 2010.0]
    assert result["status"].tolist() == [1.0, 2.0]
    # A plan id read as float comes back as the id's text, not "20150012.0".
    assert result["plan_id"].tolist() == ["20150012", None]
    assert list(result.columns) == ["code", "status", "plan_id", "plan_date", "geometry"]
    assert result.crs == frame.crs
    assert result.attrs["code_field"] == "RPAREALFORMÅL"
    pd.testing.assert_frame_equal(pd.DataFrame(frame), pd.DataFrame(before))


def test_normalise_reads_a_code_written_before_its_name():
    result = _zoning(["1340 Industri", "Industri", None], [box(0, 0, 1, 1)] * 3)
    assert result["code"].iloc[0] == 1340.0
    assert np.isnan(result["code"].iloc[1])
    assert result.attrs["unknown_codes"] == 1
    # A polygon with no code at all is not land use (a plan boundary, a hensynssone): left out, and said.
    assert len(result) == 2 and result.attrs["not_land_use"] == 1
    assert result.attrs["warnings"] == [
        "1 polygons of 'Reguleringsplan' have no land-use code (plan boundaries, hensynssoner): not used as land use."]


def test_normalise_without_code_field_names_layer_and_fields():
    frame = gpd.GeoDataFrame({"navn": ["x"]}, geometry=[box(0, 0, 1, 1)], crs=CRS)
    with pytest.raises(InputError) as info:
        normalise_zoning(frame, "KPA Moss")
    message = str(info.value)
    assert "KPA Moss" in message and "navn" in message and "arealformål" in message


def test_normalise_with_missing_chosen_field_names_it():
    frame = gpd.GeoDataFrame({"arealformål": [1340]}, geometry=[box(0, 0, 1, 1)], crs=CRS)
    with pytest.raises(InputError) as info:
        normalise_zoning(frame, "KPA Moss", plan_id_field="PLANID_X")
    assert info.value.field == "PLANID_X"
    assert "PLANID_X" in str(info.value) and "KPA Moss" in str(info.value)


def test_normalise_refuses_a_field_of_names_only():
    frame = gpd.GeoDataFrame({"formål": ["Industri", "Veg"]}, geometry=[box(0, 0, 1, 1)] * 2, crs=CRS)
    with pytest.raises(InputError) as info:
        normalise_zoning(frame, "Plan")
    assert "formål" in str(info.value) and "Industri" in str(info.value)


# --------------------------------------------------------------------------- zoning_at_sites

def test_site_split_60_40_between_industri_and_veg():
    # 100 x 100 m site; 1340 covers x 0-60 (6 000 m2 = 60 %), 2010 covers x 60-200 (4 000 m2 = 40 %).
    zoning = _zoning(
        [1340, 2010],
        [box(0, 0, 60, 100), box(60, -50, 200, 150)],
        arealbruksstatus=[1, 2],
        planidentifikasjon=["0104-2015001", "0104-2019003"],
    )
    result = zoning_at_sites(_sites([box(0, 0, 100, 100)]), zoning)
    row = result.iloc[0]
    assert row["code"] == 1340
    assert row["share"] == pytest.approx(0.6)
    assert row["status"] == 1
    assert row["plan_id"] == "0104-2015001"
    assert row["n_codes"] == 2
    assert row["other_codes"] == "1340 (60 %), 2010 (40 %)"
    assert code_label("rpa", row["code"]) == "Industri"


def test_site_in_no_polygon_is_unknown_not_a_class():
    zoning = _zoning([1340], [box(0, 0, 100, 100)])
    result = zoning_at_sites(_sites([box(500, 500, 600, 600)], index=["gnr1/bnr2"]), zoning)
    assert result.index.tolist() == ["gnr1/bnr2"]
    row = result.loc["gnr1/bnr2"]
    assert math.isnan(row["code"])
    assert row["share"] == 0.0
    assert row["n_codes"] == 0
    assert row["other_codes"] == ""
    assert row["plan_id"] is None


def test_site_only_touching_a_polygon_has_no_zoning():
    zoning = _zoning([1340], [box(100, 0, 200, 100)])  # shares the edge x = 100
    result = zoning_at_sites(_sites([box(0, 0, 100, 100)]), zoning)
    assert math.isnan(result["code"].iloc[0])


def test_bow_tie_polygon_is_repaired_on_a_copy():
    # Self-intersecting "bow-tie" over the 100 x 100 site: two triangles meeting at (50, 50),
    # each 1/2 * 100 * 50 = 2 500 m2 -> 5 000 m2 = 50 % of the site.  Unrepaired, its
    # signed areas cancel to 0.
    bow_tie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])
    assert not bow_tie.is_valid
    zoning = _zoning([1360], [bow_tie])
    result = zoning_at_sites(_sites([box(0, 0, 100, 100)]), zoning)
    assert result["code"].iloc[0] == 1360
    assert result["share"].iloc[0] == pytest.approx(0.5)
    assert result.attrs["zoning_repaired"] == 1
    assert not zoning.geometry.iloc[0].is_valid  # the caller's frame is unchanged


def test_invalid_site_is_repaired_on_a_copy():
    # Bow-tie site: triangles (0,0)-(50,50)-(0,100) and (100,0)-(50,50)-(100,100), 2 500 m2 each.
    # 1340 covers x 0-50, i.e. the left triangle: 2 500 / 5 000 = 50 %.
    site = Polygon([(0, 0), (100, 100), (100, 0), (0, 100)])
    sites = _sites([site])
    result = zoning_at_sites(sites, _zoning([1340], [box(0, 0, 50, 100)]))
    assert result["code"].iloc[0] == 1340
    assert result["share"].iloc[0] == pytest.approx(0.5)
    assert result.attrs["sites_repaired"] == 1
    assert not sites.iloc[0].is_valid


def test_same_code_in_two_polygons_adds_up():
    # 1340 in two plans: x 0-30 (30 %) and x 30-60 (30 %); 2010 x 60-100 (40 %).
    # The site is mostly Industri (60 %), even though the single largest polygon is Veg.
    zoning = _zoning(
        [1340, 1340, 2010],
        [box(0, 0, 30, 100), box(30, 0, 60, 100), box(60, 0, 100, 100)],
        planidentifikasjon=["A", "B", "C"],
    )
    row = zoning_at_sites(_sites([box(0, 0, 100, 100)]), zoning).iloc[0]
    assert row["code"] == 1340
    assert row["share"] == pytest.approx(0.6)
    assert row["plan_id"] in ("A", "B")
    assert row["other_codes"] == "1340 (60 %), 2010 (40 %)"


def test_duplicated_polygon_does_not_exceed_the_whole_site():
    zoning = _zoning([1340, 1340], [box(0, 0, 100, 100), box(0, 0, 100, 100)])
    row = zoning_at_sites(_sites([box(10, 10, 20, 20)]), zoning).iloc[0]
    assert row["share"] == pytest.approx(1.0)
    assert row["n_codes"] == 1


def test_min_share_drops_border_slivers():
    # 2010 overlaps 2 m of a 100 m wide site (2 %); 1340 the other 98 %.
    zoning = _zoning([1340, 2010], [box(0, 0, 98, 100), box(98, 0, 150, 100)])
    site = _sites([box(0, 0, 100, 100)])
    plain = zoning_at_sites(site, zoning).iloc[0]
    assert plain["n_codes"] == 2 and plain["other_codes"] == "1340 (98 %), 2010 (2 %)"
    filtered = zoning_at_sites(site, zoning, min_share=0.05).iloc[0]
    assert filtered["code"] == 1340 and filtered["share"] == pytest.approx(0.98)
    assert filtered["n_codes"] == 1 and filtered["other_codes"] == ""


def test_polygon_without_code_is_zoned_but_unknown():
    # 70 % in a polygon with no readable code, 30 % in 1340.
    zoning = _zoning(["Industri", 1340], [box(0, 0, 70, 100), box(70, 0, 100, 100)])
    row = zoning_at_sites(_sites([box(0, 0, 100, 100)]), zoning).iloc[0]
    assert math.isnan(row["code"])
    assert row["share"] == pytest.approx(0.7)
    assert row["n_codes"] == 1
    assert row["other_codes"] == "unknown (70 %), 1340 (30 %)"


def test_point_site_takes_the_polygon_it_lies_in():
    zoning = _zoning([1340, 2010], [box(0, 0, 60, 100), box(60, 0, 100, 100)])
    result = zoning_at_sites(_sites([Point(80, 50), Point(30, 50)]), zoning)
    assert result["code"].tolist() == [2010, 1340]
    assert result["share"].tolist() == [1.0, 1.0]


def test_sites_inside_a_polygons_bounding_box_but_outside_it_do_not_take_its_code():
    # A triangle 2010 over the lower-right half of a square 1340: the point and the small
    # parcel in the upper-left corner lie in the triangle's bounding box, not in the triangle.
    triangle = Polygon([(0, 0), (100, 0), (100, 100)])
    zoning = _zoning([1340, 2010], [box(0, 0, 100, 100).difference(triangle), triangle])
    result = zoning_at_sites(_sites([Point(10, 90), box(5, 80, 15, 90), Point(90, 10)]), zoning)
    assert result["code"].tolist() == [1340, 1340, 2010]
    assert result["n_codes"].tolist() == [1, 1, 1]
    assert result["other_codes"].tolist() == ["", "", ""]


def test_many_sites_keep_their_own_rows():
    # Ten 10 x 10 sites along x; zoning 1340 for x < 50, 2010 beyond.
    zoning = _zoning([1340, 2010], [box(0, 0, 50, 10), box(50, 0, 100, 10)])
    sites = _sites([box(10 * i, 0, 10 * i + 10, 10) for i in range(10)], index=range(100, 110))
    result = zoning_at_sites(sites, zoning)
    assert result.index.tolist() == list(range(100, 110))
    assert result["code"].tolist() == [1340] * 5 + [2010] * 5
    assert (result["share"] == 1.0).all()


def test_empty_layers_give_unknown_zoning():
    empty = _zoning([], [])
    result = zoning_at_sites(_sites([box(0, 0, 10, 10)]), empty)
    assert math.isnan(result["code"].iloc[0]) and result["share"].iloc[0] == 0.0
    none = zoning_at_sites(_sites([]), _zoning([1340], [box(0, 0, 10, 10)]))
    assert len(none) == 0 and list(none.columns) == list(result.columns)


def test_cancel_stops_the_overlay():
    zoning = _zoning([1340], [box(0, 0, 100, 100)])
    with pytest.raises(CanceledError):
        zoning_at_sites(_sites([box(0, 0, 10, 10)]), zoning, progress=Progress(is_canceled=lambda: True))


def test_crs_mismatch_is_refused():
    zoning = _zoning([1340], [box(0, 0, 100, 100)])
    sites = gpd.GeoSeries([box(0, 0, 1, 1)], crs="EPSG:4326")
    with pytest.raises(InputError) as info:
        zoning_at_sites(sites, zoning)
    assert "EPSG:4326" in str(info.value)
    assert "Reguleringsplan" in str(info.value)  # the zoning layer's own name


def test_zoning_must_be_normalised():
    raw = gpd.GeoDataFrame({"arealformål": [1340]}, geometry=[box(0, 0, 1, 1)], crs=CRS)
    with pytest.raises(InputError) as info:
        zoning_at_sites(_sites([box(0, 0, 1, 1)]), raw)
    assert "normalise_zoning" in str(info.value)


# --------------------------------------------------------------------------- pbl 1985 and plan systems

def _zoning_class(sites, kpa=(), rp=()):
    """The zoning_class criterion of the hydrogen profile, as scoring computes it: each plan
    layer given as (field values, geometries) through the context builder."""
    def layers(given, name):
        return [LayerInput(gpd.GeoDataFrame({"arealformål": codes}, geometry=geoms, crs=CRS), name)
                for codes, geoms in given]
    context = build_context(CRS, kpa_layers=layers(kpa, "Kommuneplan"), rp_layers=layers(rp, "Reguleringsplan"))
    engine = CriteriaEngine(_sites(sites), context)
    return engine.compute("zoning_class", profiles.load_bundled_profile("hydrogen"))


def test_pbl1985_regulering_codes():
    # 192 Bensinstasjon covers 70 of the site's 100 m width, 140 Industri/lager the rest.
    result = _zoning_class([box(0, 0, 100, 100)], rp=[([140, 192], [box(0, 0, 30, 100), box(30, 0, 100, 100)])])
    assert result.details["zoning_system"][0] == "rp1985"
    assert result.details["zoning_code"][0] == 192
    assert result.details["zoning_share"][0] == pytest.approx(0.7)
    assert result.details["zoning_label"][0] == "Bensinstasjon"
    assert result.values[0] == "primary"  # hydrogen profile: rp1985 primary [140, 190, 192, 980]


def test_each_site_takes_the_code_list_of_its_own_code():
    # One kommuneplan layer with a pbl-1985 code (3 digits) and a pbl-2008 code (4 digits):
    # each site is read with the list its own code belongs to, not the layer's majority.
    kpa = ([134, 1300, 1300], [box(0, 0, 100, 100), box(100, 0, 200, 100), box(200, 0, 300, 100)])
    result = _zoning_class([box(10, 10, 90, 90), box(110, 10, 190, 90)], kpa=[kpa])
    assert list(result.details["zoning_system"]) == ["kp1985", "kpa"]
    assert list(result.details["zoning_label"]) == ["Lager", "Næringsbebyggelse"]
    assert list(result.values) == ["secondary", "primary"]
    # A 4-digit code in the reguleringsplan parameter is pbl 2008 whatever layer it came from.
    result = _zoning_class([box(0, 0, 100, 100)], rp=[([1340], [box(0, 0, 100, 100)])])
    assert result.details["zoning_system"][0] == "rpa" and result.details["zoning_label"][0] == "Industri"


def test_plan_kind_comes_from_the_parameter_the_layer_was_given_in():
    # 1300 is in both official lists: as kommuneplan it is primary for hydrogen, as
    # reguleringsplan secondary.  The reguleringsplan governs where it covers half the site.
    kpa = ([1300], [box(0, 0, 300, 100)])
    rp = ([1300], [box(0, 0, 60, 100)])
    result = _zoning_class([box(0, 0, 100, 100), box(200, 0, 300, 100)], kpa=[kpa], rp=[rp])
    assert list(result.details["zoning_plan"]) == ["RP", "KPA"]
    assert list(result.details["zoning_system"]) == ["rpa", "kpa"]
    assert list(result.values) == ["secondary", "primary"]
    # Nothing overlaps: unknown, not unsuitable.
    result = _zoning_class([box(500, 500, 600, 600)], kpa=[kpa])
    assert result.values[0] is None and result.details["zoning_system"][0] is None


# --------------------------------------------------------------------------- hazard zones

def _hazards(values, geoms, field="hensynSonenavn"):
    return gpd.GeoDataFrame({field: values}, geometry=geoms, crs=CRS)


def test_hazard_zones_on_near_and_far():
    zones = _hazards(
        ["H320_1", "H310_2", "H370_1"],
        [box(50, 50, 150, 150), box(120, 0, 140, 100), box(1000, 0, 1010, 10)],
    )
    sites = _sites(
        [box(0, 0, 100, 100), box(200, 0, 300, 100), box(0, 500, 10, 510)], index=["on", "near", "far"]
    )
    result = hazard_zones_near_sites(sites, zones, distance=100)
    # "on": flood zone overlaps; rockfall zone 20 m away (x 100 -> 120).
    assert result.loc["on", "codes"] == "310, 320"
    assert bool(result.loc["on", "on_site"]) is True
    assert result.loc["on", "nearest_m"] == 0.0
    # "near": nearest is the flood zone's edge x = 150 -> 50 m; rockfall edge x = 140 -> 60 m.
    assert result.loc["near", "codes"] == "310, 320"
    assert bool(result.loc["near", "on_site"]) is False
    assert result.loc["near", "nearest_m"] == pytest.approx(50.0)
    # "far": the closest zone is the flood zone, corner (50, 150) to (10, 500): about 352 m.
    assert result.loc["far", "codes"] == ""
    assert not result.loc["far", "on_site"]
    assert math.isnan(result.loc["far", "nearest_m"])
    assert result.attrs["code_field"] == "hensynSonenavn"


def test_hazard_code_field_preferred_and_non_hazard_zones_ignored():
    zones = gpd.GeoDataFrame(
        {"faresone": [350, 570], "hensynSonenavn": ["H999", "H570_1"]},
        geometry=[box(0, 0, 10, 10), box(0, 0, 10, 10)],
        crs=CRS,
    )
    result = hazard_zones_near_sites(_sites([box(5, 5, 20, 20)]), zones, distance=0)
    # 570 (bevaring kulturmiljø) is a hensynssone but not a faresone.
    assert result["codes"].iloc[0] == "350"
    assert result.attrs["code_field"] == "faresone"
    everything = hazard_zones_near_sites(_sites([box(5, 5, 20, 20)]), zones, distance=0, code_range=None)
    assert everything["codes"].iloc[0] == "350, 570"


def test_hazard_name_field_is_read_only_for_the_sosi_pattern():
    zones = _hazards(["Faresone H320_2", "200-årsflom", "H570_1"], [box(0, 0, 10, 10)] * 3, field="navn")
    result = hazard_zones_near_sites(_sites([box(0, 0, 5, 5)]), zones, distance=0)
    # "200-årsflom" has no code (kept as a zone of unknown kind); H570 is not a faresone.
    assert result["codes"].iloc[0] == "320"
    assert result.attrs["zones_without_code"] == 1


def test_hazard_zone_without_code_still_counts():
    zones = gpd.GeoDataFrame({"id": [1]}, geometry=[box(0, 0, 10, 10)], crs=CRS)
    result = hazard_zones_near_sites(_sites([box(15, 0, 20, 10)]), zones, distance=10)
    assert result["codes"].iloc[0] == ""
    assert result["nearest_m"].iloc[0] == pytest.approx(5.0)
    assert result.attrs["zones_without_code"] == 1


def test_hazard_distance_and_crs_are_checked():
    zones = _hazards(["H320"], [box(0, 0, 10, 10)])
    with pytest.raises(InputError) as info:
        hazard_zones_near_sites(_sites([box(0, 0, 1, 1)]), zones, distance=-5, layer_name="Faresoner")
    assert "Faresoner" in str(info.value)
    geographic = gpd.GeoDataFrame({"faresone": [320]}, geometry=[box(10, 59, 10.1, 59.1)], crs="EPSG:4326")
    sites = gpd.GeoSeries([box(10, 59, 10.01, 59.01)], crs="EPSG:4326")
    with pytest.raises(InputError) as info:
        hazard_zones_near_sites(sites, geographic, distance=100, layer_name="Faresoner")
    assert "EPSG:25833" in str(info.value)


def test_hazard_missing_chosen_field_is_named():
    zones = _hazards(["H320"], [box(0, 0, 10, 10)])
    with pytest.raises(InputError) as info:
        hazard_zones_near_sites(
            _sites([box(0, 0, 1, 1)]), zones, 10, code_field="SONE", layer_name="Faresoner"
        )
    assert "SONE" in str(info.value) and "Faresoner" in str(info.value)


def test_shares_agree_with_a_plain_overlay_on_random_shapes():
    # Independent check of the fast paths (numpy clipping of convex parcels, containment
    # shortcuts) against GEOS's own intersection, site by site.  Zoning: Voronoi cells
    # (a partition) with round "islands" of another code cut out of some of them.
    rng = np.random.default_rng(20240611)
    seeds = shapely.multipoints(rng.uniform(0, 1000, (60, 2)) + [500000.0, 6600000.0])
    frame = box(499000, 6599000, 502000, 6602000)
    cells = np.array(shapely.get_parts(shapely.voronoi_polygons(seeds, extend_to=frame)))
    cells = shapely.intersection(cells, box(500000, 6600000, 501000, 6601000))
    centres = shapely.centroid(cells[:15])
    islands = shapely.buffer(centres, 25.0, quad_segs=4)
    cells[:15] = shapely.difference(cells[:15], islands)
    geoms = np.concatenate([cells, islands])
    codes = np.concatenate([rng.choice([1340, 1360, 2010, 1300], cells.size), np.full(islands.size, 3040)])
    zoning = _zoning(list(codes), list(geoms))

    n = 300
    cx, cy = rng.uniform(500000, 501000, n), rng.uniform(6600000, 6601000, n)
    angle = rng.uniform(0, np.pi, n)
    rect = [
        shapely.affinity.rotate(box(x - 30, y - 15, x + 30, y + 15), a, use_radians=True)
        for x, y, a in zip(cx, cy, angle)
    ]
    ell = [
        Polygon([(x, y), (x + 60, y), (x + 60, y + 20), (x + 20, y + 20), (x + 20, y + 50), (x, y + 50)])
        for x, y in zip(cx, cy)
    ]
    tri = [Polygon([(x, y), (x + 80, y + 10), (x + 30, y + 70)]) for x, y in zip(cx, cy)]
    shapes = [s for trio in zip(rect, ell, tri) for s in trio]
    sites = _sites(shapes)

    result = zoning_at_sites(sites, zoning)

    for k, site in enumerate(shapes):
        per_code = {}
        for code, geom in zip(codes, geoms):
            per_code[code] = per_code.get(code, 0.0) + site.intersection(geom).area / site.area
        best = max(per_code.items(), key=lambda item: (item[1], -item[0]))
        assert result["code"].iloc[k] == best[0]
        assert result["share"].iloc[k] == pytest.approx(best[1], abs=1e-9)
        assert result["n_codes"].iloc[k] == sum(1 for v in per_code.values() if v > 1e-9)
