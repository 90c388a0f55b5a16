# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Score candidate sites": layers in, one engine call, a layer out."""
from pathlib import Path
from typing import List

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..energistasjon_plugin.bridge import layers, outputs
from ..energistasjon_plugin.bridge.case_output import export_pdf
from ..energistasjon_plugin.bridge.destinations import sink_destination
from ..energistasjon_plugin.bridge.run_progress import RunProgress
from ..energistasjon_plugin.bridge.styles import stored_styles
from ..energistasjon_plugin.core import output_fields
from ..energistasjon_plugin.core.i18n import tr
from ..energistasjon_plugin.core.station_types import (
    STATION_TYPES,
    SUPPLY_MODES,
    station_type_label,
    supply_mode_label,
)
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters

#: Each phase's span of the progress bar (0 to 100 once over the run).
PHASES = {"read": (0.0, 5.0), "context": (5.0, 15.0), "score": (15.0, 75.0), "write": (75.0, 99.0)}


class ScoreSitesAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Score candidate sites for hydrogen, battery and biogas stations."""

    INPUT = "INPUT"
    STATION_TYPES = "STATION_TYPES"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    SUPPLY_MODE = "SUPPLY_MODE"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    SUMMARY_PAGE = "SUMMARY_PAGE"
    NOTES = "NOTES"

    ICON = "score_sites.svg"
    TAGS = ("energistasjon", "energy station", "hydrogen", "hydrogenstasjon", "battery", "charging", "lading",
            "ladestasjon", "truck", "lastebil", "tungtransport", "biogas", "biogass", "CBG", "LBG", "site selection",
            "tomt", "tomter", "lokalisering", "grid capacity", "nettkapasitet", "score", "rangering")

    def name(self) -> str:
        return "scoresites"

    def displayName(self) -> str:  # noqa: N802
        return tr("Score candidate sites")

    def group(self) -> str:
        return tr("Site selection")

    def groupId(self) -> str:  # noqa: N802
        return "siteselection"

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Scores candidate sites (parcels, plan areas or drawn polygons) for hydrogen, battery-electric truck "
            "charging and biogas stations.\n\n"
            "For each site and station type the output says whether the site is possible at all (excluded, with "
            "every rule it failed in words), each factor's raw value and 0-1 sub-score, a 0-100 score, the rank "
            "and one sentence explaining it.\n\n"
            "Rules and weights come from the station profiles (resources/profiles; load your own YAML file to "
            "change them). Context layers are optional: a criterion whose layer is left out is reported as "
            "unknown, never as zero. Layers in other CRSs are reprojected to the candidates' CRS, which must be "
            "projected (for example EPSG:25833).\n\n"
            "Grid capacity: the grid companies' published DIGIN GridCapacity JSON files (one per company, or a folder "
            "of them), or a DIGIN file or a point layer with free capacity in MW loaded in the project. Traffic: NVDB "
            "Trafikkmengde (ÅDT and share of long vehicles)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Candidate sites (polygons)"),
                                                [QgsProcessing.TypeVectorPolygon]),
            help_text=tr("The sites to score: parcels (Matrikkelen's teig), plan areas or polygons you drew, in a "
                         "projected CRS such as EPSG:25833. Their own fields are kept in the output; a field such as "
                         "tomt_id or gnr/bnr names the sites, and kommunenavn or kommunenummer groups the summary by "
                         "municipality. With 'Selected features only', only the selected sites are scored."))
        add(QgsProcessingParameterEnum(self.STATION_TYPES, tr("Station types to score"),
                                       [station_type_label(t) for t in STATION_TYPES], allowMultiple=True,
                                       defaultValue=[0, 1, 2]),
            help_text=tr("Each station type is scored with its own profile (rules, weights and their sources) and "
                         "gets its own fields in the output: h2_ hydrogen, bat_ battery-electric charging, bio_ "
                         "biogas."))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True,
            help_text=tr("A station profile of your own (YAML; the format is in resources/profiles/README.md) that "
                         "replaces the bundled profile of the same station type: your rules, weights and "
                         "parameters, each with its source or labelled as a setting."))
        add(QgsProcessingParameterEnum(self.SUPPLY_MODE, tr("Hydrogen supply"),
                                       [tr("As the profile says")] +
                                       [supply_mode_label(m) for m in SUPPLY_MODES], defaultValue=0), True,
            help_text=tr("How the hydrogen reaches the stations: trucked in by tube trailer needs about 0.5 MW for "
                         "compression and pre-cooling; made on site by electrolysis about 2.3 MW for 1 t/day. The "
                         "hydrogen profile's grid demand follows the choice (profile parameter supply_mode)."))
        self.add_context_parameters()
        self.add_language_parameter(tr("Language of the explanations"))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scored sites"), QgsProcessing.TypeVectorPolygon),
            help_text=tr("Where the scored sites go. A GeoPackage keeps every field whole and carries one style per "
                         "station type; written into an existing GeoPackage, only this layer is replaced and the "
                         "others stay. An input's own file cannot be the output. A cancelled or failed run leaves "
                         "no output."))
        add(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Run summary (rules and municipalities)"),
                                              QgsProcessing.TypeVector, optional=True, createByDefault=False),
            help_text=tr("A table of how many sites each rule excluded (and excluded on its own) and, per "
                         "municipality, how many sites pass and which are best."))
        add(QgsProcessingParameterFileDestination(self.SUMMARY_PAGE, tr("Run summary page to print (HTML and PDF)"),
                                                  fileFilter=tr("HTML page (*.html)"), optional=True,
                                                  createByDefault=False),
            help_text=tr("The run summary as a page a workshop can print: an HTML file, and a PDF of the same "
                         "name beside it."))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def _profiles(self, parameters, context) -> List:
        from ..energistasjon_plugin.core import profiles

        wanted = [STATION_TYPES[i] for i in self.parameterAsEnums(parameters, self.STATION_TYPES, context)]
        custom_path = self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context)
        supply = self.parameterAsEnum(parameters, self.SUPPLY_MODE, context)
        choices = {"supply_mode": SUPPLY_MODES[supply - 1]} if supply else None  # ignored by profiles without it
        custom = profiles.load_profile(custom_path, choices) if custom_path else None
        chosen = []
        for station_type in wanted:
            if custom is not None and custom.station_type == station_type:
                chosen.append(custom)
            else:
                chosen.append(profiles.load_bundled_profile(station_type, choices))
        if custom is not None and custom.station_type not in wanted:
            chosen.append(custom)
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one station type to score."))
        return chosen

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core.progress import Progress
        from ..energistasjon_plugin.core.scoring import check_candidates, score_sites

        language = self.language(parameters, context)
        run = RunProgress(feedback)
        destination = sink_destination(self, parameters, self.OUTPUT, context)
        dbf = destination is not None and destination.extension in outputs.DBF_EXTENSIONS
        if dbf:  # said before the long part, and again with the counts when they are known
            feedback.pushWarning(tr("The output is a Shapefile: its field names are cut to 10 characters and its "
                                    "texts to 254 bytes. Choose a GeoPackage (.gpkg) to keep every field and "
                                    "explanation whole."))
        feedback.pushInfo(tr("Reading the candidate sites..."))
        sites = layers.read_parameter(self, parameters, self.INPUT, context, feedback, keep_original_geometry=True)
        if sites is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        run.check()  # the reader stops early on cancel: what it read is not all
        check_candidates(sites.frame, sites.name)  # no CRS, geographic, no features: said before the long part
        run.phase(PHASES["read"], 100)
        profile_list = self._profiles(parameters, context)
        feedback.pushInfo(tr("Reading the context layers..."))
        context_layers = self.read_context(parameters, context, feedback, sites.frame.crs)
        self.log_inputs(context_layers, sites.frame, sites.name, feedback)
        run.check()
        run.phase(PHASES["context"], 100)
        feedback.pushInfo(tr("Scoring {n} sites for: {types}").format(
            n=len(sites.frame), types=", ".join(p.name for p in profile_list)))
        progress = Progress(on_progress=lambda pct: run.phase(PHASES["score"], pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        result = score_sites(sites.frame, context_layers, profile_list, progress, sites.name, language)
        run.check()
        for note in result.notes:
            feedback.pushWarning(note)
        from ..energistasjon_plugin.core.profiles import profile_file

        for station in result.stations:
            feedback.pushInfo(tr("{profile}: {excluded} excluded, {ranked} ranked (profile {path}, sha256 "
                                 "{hash})").format(profile=station.profile.name, excluded=station.n_excluded,
                                                   ranked=station.n_ranked, path=profile_file(station.profile),
                                                   hash=station.profile.sha256[:12]))
        from ..energistasjon_plugin.core import run_summary
        from ..energistasjon_plugin.core.casework import site_short_name

        attributes = result.candidates.drop(columns=[result.candidates.geometry.name])
        summary = run_summary.summarise(  # the best sites named as the planner knows them: id, gnr/bnr
            result, site_name=lambda i: site_short_name(attributes.iloc[i].to_dict(), i + 1))
        for line in run_summary.summary_lines(summary):
            feedback.pushInfo(line)
        new_columns = output_fields.reading_order(result.stations)
        aliases = output_fields.field_aliases(result.stations)
        output = outputs.build_output(sites, result.columns, new_columns)
        # What the writer does not need is let go before it starts (a region's context layers,
        # the sites' shapely geometries): the peak memory of a large run is here.
        del context_layers
        notes, stations = result.notes, result.stations
        result = sites.frame = None
        if dbf:
            losses = outputs.dbf_losses(output)
            if losses:
                feedback.pushWarning(tr("Written as a Shapefile, so: {losses}.").format(losses="; ".join(losses)))
        station_types = [s.profile.station_type for s in stations]
        title = tr("{layer} – {types}").format(layer=sites.name, types=", ".join(
            output_fields.station_short_label(t) for t in station_types))
        styles = stored_styles(station_types, language, output.fields.names(), aliases)
        dest_id = outputs.write_output(self, parameters, self.OUTPUT, context, feedback, output, styles=styles,
                                       on_progress=lambda share: run.phase(PHASES["write"], 100 * share),
                                       layer_title=title)
        results = {self.OUTPUT: dest_id, self.NOTES: "\n".join(notes)}
        if parameters.get(self.SUMMARY):
            results[self.SUMMARY] = outputs.write_table(self, parameters, self.SUMMARY, context,
                                                        run_summary.summary_rows(summary))
        page = self.parameterAsFileOutput(parameters, self.SUMMARY_PAGE, context) if parameters.get(
            self.SUMMARY_PAGE) else ""
        if page:
            from ..energistasjon_plugin.core.summary_report import render_summary_html, write_summary_html

            html_text = render_summary_html(summary, tr("Run summary: {title}").format(title=title), notes)
            results[self.SUMMARY_PAGE] = str(write_summary_html(Path(page), html_text))
        run.set(100)
        # Processing runs each execution on a fresh instance (createInstance), so this
        # hand-over to postProcessAlgorithm is per run.
        self.style_with_stored(dest_id, styles)
        self._page = (results.get(self.SUMMARY_PAGE), html_text if page else None)
        return results

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Print the summary page (main thread only) and style the output as QGIS loads it: by
        the first station type's score, every type's style in the layer's style menu."""
        page, html_text = getattr(self, "_page", (None, None))
        if page and html_text:
            # QGIS's print layout renders HTML on the main thread only, which postProcessAlgorithm runs on.
            pdf = Path(page).with_suffix(".pdf")
            try:
                export_pdf(html_text, pdf)
            except OSError as error:
                feedback.pushWarning(str(error))
        return super().postProcessAlgorithm(context, feedback)
