# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Short list and atlas": what a workshop takes home."""
import datetime
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..energistasjon_plugin.bridge import layers, outputs
from ..energistasjon_plugin.bridge.frame_output import output_from_frame
from ..energistasjon_plugin.bridge.run_progress import RunProgress
from ..energistasjon_plugin.core.i18n import tr
from ..energistasjon_plugin.core.station_types import STATION_TYPES, station_type_label
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters
from .find_candidate_areas import WORKSHOP_GROUP, load_profile, workshop_group

ATLAS_STEM = "atlas"


#: The weight-set parameter of each station type.
WEIGHT_PARAMETERS = {"hydrogen": "WEIGHTS_HYDROGEN", "battery": "WEIGHTS_BATTERY", "biogas": "WEIGHTS_BIOGAS"}


def weight_set_labels():
    return {"hydrogen": tr("Weight set for hydrogen (YAML, optional)"),
            "battery": tr("Weight set for battery-electric charging (YAML, optional)"),
            "biogas": tr("Weight set for biogas (YAML, optional)")}


def data_used(site_context, sites_name: str, sites_path: str, profiles, weight_sets):
    """(what, date or edition) for the atlas: the scored layer, the profiles, the weight sets, the layers."""
    rows = []
    stamp = ""
    if sites_path and Path(sites_path).exists():
        stamp = datetime.datetime.fromtimestamp(Path(sites_path).stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    rows.append((tr("Scored sites: {layer}").format(layer=sites_name),
                 tr("file saved {date}").format(date=stamp) if stamp else tr("date not stated in the data")))
    for profile in profiles:
        rows.append((tr("Station profile: {name}").format(name=profile.name),
                     tr("sha256 {hash}").format(hash=profile.sha256[:12])))
    for weight_set in weight_sets.values():
        rows.append((tr("Weight set: {label}").format(label=weight_set.title),
                     weight_set.date or tr("date not stated in the data")))
    for key, name in sorted(site_context.layer_names.items()):
        rows.append((name, site_context.data_dates.get(key, tr("date not stated in the data"))))
    return rows


class ShortListAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """The best sites per station type and municipality: a layer, a spreadsheet and an atlas."""

    INPUT = "INPUT"
    STATION_TYPES = "STATION_TYPES"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    TOP = "TOP"
    MUNICIPALITIES = "MUNICIPALITIES"
    MAKE_PDF = "MAKE_PDF"
    OUTPUT = "OUTPUT"
    SPREADSHEET = "SPREADSHEET"
    ATLAS_FOLDER = "ATLAS_FOLDER"
    FILES = "FILES"
    NOTES = "NOTES"

    ICON = "score_sites.svg"

    def flags(self):
        # The atlas PDF goes through QGIS's print layout, whose HTML item must run on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def name(self) -> str:
        return "shortlist"

    def displayName(self) -> str:  # noqa: N802
        return tr("Short list and atlas")

    def group(self) -> str:
        return workshop_group()

    def groupId(self) -> str:  # noqa: N802
        return WORKSHOP_GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "The short list a workshop takes home, from a scored layer: the best ranked sites per station type and "
            "municipality, ranked with the weight set the room chose for each station type (a weight-set file; the "
            "profile's weights otherwise).\n\n"
            "Writes the short list as a layer (GeoPackage), a spreadsheet (.xlsx, one sheet per station type, "
            "plus CSV files for Excel with Norwegian settings) and an atlas (HTML and PDF, through QGIS's print "
            "layout): an overview map per region, then one page per site with a map, the score and its parts, "
            "the explanation, what is not known, the weight set, and the data used with their dates.\n\n"
            "The context layers are optional: the plans and roads are drawn on the site maps, and every layer "
            "given is listed with its date. A station type without any ranked site gets an empty list that says "
            "how many sites each rule removed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Scored sites (output of 'Score candidate sites' or "
                                                               "'Find candidate areas')"),
                                                [QgsProcessing.TypeVectorPolygon]))
        add(QgsProcessingParameterEnum(self.STATION_TYPES, tr("Station types"),
                                       [station_type_label(t) for t in STATION_TYPES], allowMultiple=True,
                                       defaultValue=[0, 1, 2]))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML, optional)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        add(QgsProcessingParameterNumber(self.TOP, tr("Sites per station type and municipality"),
                                         QgsProcessingParameterNumber.Integer, 3, minValue=1, maxValue=100))
        for station_type, label in weight_set_labels().items():
            add(QgsProcessingParameterFile(WEIGHT_PARAMETERS[station_type], label,
                                           fileFilter=tr("Weight set (*.yaml *.yml)"), optional=True))
        add(QgsProcessingParameterFeatureSource(self.MUNICIPALITIES, tr("Municipalities (drawn on the overview "
                                                                       "maps; optional)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True))
        self.add_context_parameters()
        self.add_language_parameter(tr("Language of the short list and atlas"))
        add(QgsProcessingParameterBoolean(self.MAKE_PDF, tr("Make the atlas as PDF too"), defaultValue=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Short list"), QgsProcessing.TypeVectorPolygon))
        add(QgsProcessingParameterFileDestination(self.SPREADSHEET, tr("Short list as a spreadsheet"),
                                                  fileFilter=tr("Excel workbook (*.xlsx)"), optional=True))
        add(QgsProcessingParameterFolderDestination(self.ATLAS_FOLDER, tr("Folder for the atlas and CSV files"),
                                                    optional=True))
        self.addOutput(QgsProcessingOutputString(self.FILES, tr("Files written (one per line)")))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.bridge.atlas_output import write_atlas
        from ..energistasjon_plugin.core.shortlist import make_short_list, station_profiles_in
        from ..energistasjon_plugin.core.shortlist_tables import LAYER_FIELDS, layer_rows, station_sheet, workbook
        from ..energistasjon_plugin.core.spreadsheet import write_csv, write_xlsx

        language = self.language(parameters, context)
        run = RunProgress(feedback)
        custom = self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context)
        wanted = [STATION_TYPES[i] for i in self.parameterAsEnums(parameters, self.STATION_TYPES, context)]
        sites = layers.read_parameter(self, parameters, self.INPUT, context, feedback)
        if sites is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        profiles = station_profiles_in(sites.frame, [load_profile(t, custom) for t in wanted])
        if not profiles:
            raise QgsProcessingException(tr(
                "The layer '{layer}' has no scores for the station types chosen; use the output of 'Score candidate "
                "sites' or 'Find candidate areas' for them.").format(layer=sites.name))
        self._say_text_language(parameters, context, feedback, profiles, language, sites.name)
        from ..energistasjon_plugin.core.weight_files import load_weight_set

        weight_sets = {}
        for profile in profiles:
            path = self.parameterAsFile(parameters, WEIGHT_PARAMETERS[profile.station_type], context)
            if path:
                weight_sets[profile.station_type] = load_weight_set(path, profile)
        top = self.parameterAsInt(parameters, self.TOP, context)
        short_list = make_short_list(sites.frame, profiles, top, weight_sets, sites.name)
        for station in short_list.lists:
            if station.entries:
                feedback.pushInfo(tr("{type}: {n} sites on the short list, ranked with {weights}.").format(
                    type=station.profile.name, n=len(station.entries), weights=station.weight_set.title))
            else:
                feedback.pushWarning(station.empty_message)
        for note in short_list.notes:
            feedback.pushWarning(note)
        run.set(10)
        site_context = self.read_context(parameters, context, feedback, sites.frame.crs)
        run.check()
        run.set(25)
        rows = layer_rows(short_list)
        import geopandas as gpd

        frame = gpd.GeoDataFrame({name: [r[name] for r in rows] for name in LAYER_FIELDS},
                                 geometry=[sites.frame.geometry.array[r["row"]] for r in rows], crs=sites.frame.crs)
        output = output_from_frame(frame, LAYER_FIELDS, tr("Short list"), QgsWkbTypes.MultiPolygon)
        results = {self.OUTPUT: outputs.write_output(self, parameters, self.OUTPUT, context, feedback, output,
                                                     layer_title=tr("Short list"))}
        from ..energistasjon_plugin.bridge.workshop_styles import aliased, style_short_list
        from ..energistasjon_plugin.core.shortlist_tables import layer_field_aliases

        self.style_when_loaded(results[self.OUTPUT], aliased(style_short_list, layer_field_aliases()), "shortlist")
        files = []
        spreadsheet = self.parameterAsFileOutput(parameters, self.SPREADSHEET, context)
        from ..energistasjon_plugin.core.i18n import use_language

        with use_language(language):
            sheets = workbook(short_list)
            if spreadsheet:
                files.append(str(write_xlsx(spreadsheet if spreadsheet.lower().endswith(".xlsx")
                                            else spreadsheet + ".xlsx", sheets)))
            folder_text = self.parameterAsString(parameters, self.ATLAS_FOLDER, context)
            if folder_text:
                folder = Path(folder_text)
                for station in short_list.lists:
                    name, header, table = station_sheet(station)
                    path = folder / "shortlist_{}.csv".format(station.profile.station_type)
                    files.append(str(write_csv(path, header, table)))
                run.set(35)
                written = write_atlas(
                    folder, ATLAS_STEM, short_list, sites.frame,
                    {k: site_context.layer(k) for k in ("kpa", "rp") if site_context.layer(k) is not None},
                    roads=site_context.layer("roads"), municipalities=self._municipalities(parameters, context,
                                                                                            feedback, sites),
                    data_used=data_used(site_context, sites.name, _source_path(self, parameters, context), profiles,
                                        {s.profile.station_type: s.weight_set for s in short_list.lists}),
                    notes=list(site_context.notes), language=language,
                    make_pdf=self.parameterAsBoolean(parameters, self.MAKE_PDF, context),
                    should_stop=feedback.isCanceled)
                run.check()
                files.extend(str(p) for p in written)
        for path in files:
            feedback.pushInfo(tr("Written: {path}").format(path=path))
        results[self.FILES] = "\n".join(files)
        results[self.NOTES] = "\n".join(short_list.notes + [s.empty_message for s in short_list.lists
                                                            if not s.entries])
        run.set(100)
        return results

    def _say_text_language(self, parameters, context, feedback, profiles, language, name) -> None:
        """The explanations come from the scored layer as they were written: say so when they are in
        another language than the one chosen for the short list (a reader would see two languages)."""
        from ..energistasjon_plugin.core.i18n import normalise_language
        from ..energistasjon_plugin.core.output_fields import scored_language

        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            return
        written = scored_language(_aliases(layer), profiles)
        if written is None and layer.providerType() == "ogr":
            # Processing opens a file without its default style, where the aliases are stored.
            styled = layer.clone()
            styled.loadDefaultStyle()
            written = scored_language(_aliases(styled), profiles)
        language = normalise_language(language)  # en_US, nn...: the language the texts are written in
        if written is not None and written != language:
            names = {"nb": tr("Norwegian bokmål"), "en": tr("English")}
            feedback.pushWarning(tr(
                "The explanations in '{layer}' are in {written}, as the sites were scored; the short list's headings "
                "are in {chosen}. Score the sites again in {chosen} to have the explanations in {chosen} too.").format(
                layer=name, written=names.get(written, written), chosen=names.get(language, language)))

    def _municipalities(self, parameters, context, feedback, sites):
        if not parameters.get(self.MUNICIPALITIES):
            return None
        read = layers.read_parameter(self, parameters, self.MUNICIPALITIES, context, feedback)
        if read is None:
            return None
        frame = read.frame
        return frame.to_crs(sites.frame.crs) if frame.crs is not None and frame.crs != sites.frame.crs else frame


def _aliases(layer):
    fields = layer.fields()
    return {fields.at(i).name(): layer.attributeAlias(i) for i in range(fields.count())}


def _source_path(algorithm, parameters, context) -> str:
    """The file the input layer was read from ('' for a memory or database layer)."""
    layer = algorithm.parameterAsVectorLayer(parameters, algorithm.INPUT, context)
    return layer.source().split("|")[0] if layer is not None else ""
