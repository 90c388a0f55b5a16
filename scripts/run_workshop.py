# SPDX-License-Identifier: GPL-2.0-or-later
"""make workshop: a regional workshop day on the bundled Mosseregionen/Drammensregionen data, run
headless with the plugin's own algorithms:

1. candidate areas from the plans (both regions, split at the municipal borders), scored;
2. two participants' weight sets per station type (written as weight-set files), the list under
   each of them and under their mean, with their disagreement per factor;
3. the sensitivity of the ranking within the participants' spread and with grid capacity ±20 %;
4. gaps along the E6 and E18 and the candidate areas that close them;
5. the short list per station type and municipality, as a GeoPackage, a spreadsheet and an atlas
   (HTML and PDF);

and prints where each file is.  The participants are invented for the demo: "Kari (Moss)" gives
the grid twice its profile weight, "Ola (Drammen)" the corridor and the traffic twice theirs.
"""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_session import ROOT, start_qgis  # noqa: E402

DEMO = ROOT / "resources" / "demo"
GPKG = DEMO / "energistasjon_demo.gpkg"
STATION_TYPES = ("hydrogen", "battery", "biogas")
PARTICIPANTS = (("Kari (Moss)", "kari", {"grid": 2.0}), ("Ola (Drammen)", "ola", {"corridor": 2.0, "traffic": 2.0}))
#: The demo's gap spacing: a regional target (AFIR's 60/100/200 km are longer than the two regions).
GAP_SPACING_KM = 25.0


def layer(name: str, subset: str = "") -> str:
    return "{}|layername={}{}".format(GPKG, name, "|subset=" + subset if subset else "")


def context_parameters() -> dict:
    return {
        "ROADS": layer("veger"), "TRAFFIC": layer("trafikkmengde"),
        "GRID_CAPACITY_FILE": str(DEMO / "nettkapasitet_demo.geojson"),
        "ZONING_KPA": [layer("kommuneplan_arealformal")],
        "ZONING_RP": [layer("reguleringsplan_arealformal"), layer("reguleringsplan_pbl1985")],
        "HAZARD_ZONES": layer("hensynssoner"), "PROTECTED_AREAS": layer("verneomrader"),
        "BUILDINGS": layer("bygninger"), "EXISTING_STATIONS": layer("eksisterende_stasjoner"),
        "DEM": str(DEMO / "dem_demo.tif"),
    }


def run(algorithm: str, params: dict, quiet: bool = True) -> dict:
    from qgis.core import QgsProcessingFeedback

    import processing

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            if not quiet and not text.startswith(("Results:", "Input parameters:")):
                print("  " + text)
            super().pushInfo(text)

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            if not quiet:
                print("  " + text)
            super().pushWarning(text)

    return processing.run(algorithm, params, feedback=Feedback())


def fresh(*paths: Path) -> None:
    for path in paths:
        if path.exists():
            path.unlink()


def participants_weights(folder: Path, language: str) -> dict:
    """Each participant's weight set per station type, saved as a file; their mean, saved too."""
    from energistasjon.energistasjon_plugin.core.i18n import use_language
    from energistasjon.energistasjon_plugin.core.profiles import load_bundled_profile
    from energistasjon.energistasjon_plugin.core.weight_combination import combine_weight_sets
    from energistasjon.energistasjon_plugin.core.weight_files import load_weight_set, save_weight_set
    from energistasjon.energistasjon_plugin.core.weight_sets import make_weight_set

    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for station_type in STATION_TYPES:
        profile = load_bundled_profile(station_type)
        files = []
        for name, stem, factors in PARTICIPANTS:
            weights = {f.id: f.weight * factors.get(f.id, 1.0) for f in profile.factors}
            made = make_weight_set(profile, weights, name, author=name, date="2026-11-12")
            files.append(save_weight_set(made, folder / "{}_{}.yaml".format(stem, station_type)).path)
        sets = [load_weight_set(path, profile) for path in files]  # read back, as a workshop would
        with use_language(language):
            combination = combine_weight_sets(sets, profile, "mean", date="2026-11-12")
        mean = save_weight_set(combination.weight_set, folder / "mean_{}.yaml".format(station_type))
        out[station_type] = (profile, sets, combination, mean)
    return out


def show_lists(scored: Path, weights: dict, language: str, top: int) -> None:
    """The top sites under each participant's weights and under their mean (re-ranked, no rescoring)."""
    import geopandas as gpd
    from energistasjon.energistasjon_plugin.core.i18n import use_language
    from energistasjon.energistasjon_plugin.core.reranking import rerank

    table = gpd.read_file(scored, layer=scored.stem, engine="pyogrio")
    for profile, sets, combination, mean in weights.values():
        p = profile.field_prefix
        print("\n  {} ({}):".format(profile.name, p))
        with use_language(language):
            table_ = combination.table()
        print(table_.iloc[:, [0, 1, 4, 5, 7]].to_string(index=False))
        for weight_set in list(sets) + [mean]:
            ranked = rerank(table, profile, weight_set)
            best = ranked[ranked[p + "_rank"] <= top].sort_values(p + "_rank")
            listed = ", ".join("{} {} ({:.1f})".format(int(r), table.loc[i, "area_id"], s) for i, r, s in
                               zip(best.index, best[p + "_rank"], best[p + "_score"]))
            print("    {:<34} {}".format(weight_set.name, listed))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", default="workshop_output", help="folder for everything the day produces")
    parser.add_argument("--language", choices=("en", "nb"), default="en")
    parser.add_argument("--top", type=int, default=2, help="sites per station type and municipality")
    parser.add_argument("--runs", type=int, default=1000, help="sensitivity runs")
    args = parser.parse_args()
    output = Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    language = {"nb": 1, "en": 2}[args.language]
    app = start_qgis()
    written = []

    started = time.perf_counter()
    areas = output / "candidate_areas.gpkg"
    fresh(areas)
    print("1. Candidate areas from the plans (Mosseregionen and Drammensregionen)")
    result = run("energistasjon:candidateareas", dict(
        context_parameters(), STATION_TYPES=[0, 1, 2], MUNICIPALITIES=layer("kommuner"), LANGUAGE=language,
        OUTPUT=str(areas)), quiet=False)
    print("   {:.1f} s -> {}".format(time.perf_counter() - started, result["OUTPUT"]))
    written.append(areas)

    print("\n2. Two participants' weight sets, their mean and disagreement; the lists under each")
    weights = participants_weights(output / "weights", args.language)
    for _profile, sets, _combination, mean in weights.values():
        written.extend(Path(s.path) for s in sets)
        written.append(Path(mean.path))
    show_lists(areas, weights, args.language, 3)

    print("\n3. Sensitivity within the participants' spread, grid capacity ±20 %")
    current = areas
    for index, station_type in enumerate(STATION_TYPES):
        target = output / "sensitivity.gpkg" if index == len(STATION_TYPES) - 1 else \
            output / "sensitivity_step_{}.gpkg".format(station_type)
        fresh(target)
        run("energistasjon:sensitivity", {
            "INPUT": str(current), "STATION_TYPE": STATION_TYPES.index(station_type),
            "PARTICIPANTS": str(output / "weights"), "WEIGHT_SET": weights[station_type][3].path, "GRID_SHARE": 0.2,
            "RUNS": args.runs, "TOP_K": 5, "SEED": 1, "LANGUAGE": language, "OUTPUT": str(target)})
        if current != areas:
            fresh(current)
        current = target
    written.append(current)
    _print_sensitivity(current, weights)

    print("\n4. Gaps along the E6 and E18 ({:g} km, the region's own target), and the areas that close "
          "them".format(GAP_SPACING_KM))
    gaps, gap_sites = output / "gaps_battery.gpkg", output / "gap_sites_battery.gpkg"
    fresh(gaps, gap_sites)
    result = run("energistasjon:corridorgaps", {
        "ROADS": layer("veger"), "CORRIDORS": "E6,E18", "EXISTING_STATIONS": layer("eksisterende_stasjoner"),
        "STATION_TYPE": 1, "SPACING_KM": GAP_SPACING_KM, "AFIR_APPLIES": 2, "SITES": str(current),
        "LANGUAGE": language, "OUTPUT": str(gaps), "OUTPUT_SITES": str(gap_sites)}, quiet=False)
    written += [gaps, gap_sites]
    _print_gap_sites(gap_sites)

    print("\n5. The short list, spreadsheet and atlas")
    shortlist, spreadsheet, folder = output / "shortlist.gpkg", output / "shortlist.xlsx", output / "atlas"
    fresh(shortlist, spreadsheet)
    result = run("energistasjon:shortlist", dict(
        context_parameters(), INPUT=str(current), STATION_TYPES=[0, 1, 2], TOP=args.top,
        WEIGHTS_HYDROGEN=weights["hydrogen"][3].path, WEIGHTS_BATTERY=weights["battery"][3].path,
        WEIGHTS_BIOGAS=weights["biogas"][3].path, MUNICIPALITIES=layer("kommuner"),
        LANGUAGE=language, OUTPUT=str(shortlist), SPREADSHEET=str(spreadsheet), ATLAS_FOLDER=str(folder)),
        quiet=False)
    written.append(shortlist)
    written.extend(Path(p) for p in result["FILES"].splitlines())

    print("\nWritten (open the GeoPackages in QGIS; the atlas is atlas/atlas.html and atlas/atlas.pdf):")
    for path in written:
        print("  " + str(path))
    print("Done in {:.0f} s.".format(time.perf_counter() - started))
    app.exitQgis()
    return 0


def _print_gap_sites(path: Path) -> None:
    import geopandas as gpd

    sites = gpd.read_file(path, layer=path.stem, engine="pyogrio")
    for gap_id, rows in sites.groupby("gap_id"):
        closing = rows[rows["closes"].astype(bool)]
        print("  gap {}: {} candidate areas in it, {} close it alone; best ranked: {}".format(
            gap_id, len(rows), len(closing), ", ".join(closing["area_id"].astype(str).head(5))))


def _print_sensitivity(path: Path, weights: dict) -> None:
    import geopandas as gpd

    table = gpd.read_file(path, layer=path.stem, engine="pyogrio")
    for profile, *_rest in weights.values():
        p = profile.field_prefix
        best = table[table[p + "_p_top"] > 0].sort_values(p + "_p_top", ascending=False).head(5)
        print("  {}: ".format(profile.name) + "; ".join(
            "{} in the top 5 in {:.0%} of the runs (rank {:g}-{:g}, depends most on {})".format(
                r["area_id"], r[p + "_p_top"], r[p + "_rank_p05"], r[p + "_rank_p95"], r[p + "_depends"] or "-")
            for _, r in best.iterrows()))


if __name__ == "__main__":
    sys.exit(main())
