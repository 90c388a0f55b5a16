# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Sensitivity of the ranking": a scored layer in, how robust each rank is out."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..energistasjon_plugin.bridge import layers, outputs
from ..energistasjon_plugin.bridge.run_progress import RunProgress
from ..energistasjon_plugin.core.i18n import tr
from ..energistasjon_plugin.core.station_types import STATION_TYPES, station_type_label
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters
from .find_candidate_areas import WORKSHOP_GROUP, load_profile, workshop_group

PHASES = {"read": (0.0, 10.0), "runs": (10.0, 85.0), "write": (85.0, 99.0)}


def weight_files_in(folder: str, profile) -> list:
    """The weight-set files in a folder that are for the profile's station type, read and checked."""
    from pathlib import Path

    from ..energistasjon_plugin.core.weight_files import load_weight_set

    found = []
    for path in sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in (".yaml", ".yml")):
        loose = load_weight_set(path)  # checked against the profile below, when it is for this type
        if loose.station_type == profile.station_type and loose.method != "combined":
            found.append(load_weight_set(path, profile))
    return found


def participants(algorithm, parameters, context, feedback, folder_key: str, table_key: str, profile):
    """The participants' weight sets from a folder of files and a table (may be empty)."""
    from ..energistasjon_plugin.core.weight_files import weight_sets_from_table

    folder = algorithm.parameterAsFile(parameters, folder_key, context)
    sets = weight_files_in(folder, profile) if folder else []
    if parameters.get(table_key):
        read = layers.read_parameter(algorithm, parameters, table_key, context, feedback)
        if read is not None:
            sets.extend(weight_sets_from_table(read.frame, profile, read.name))
    for weight_set in sets:
        for note in weight_set.notes:
            feedback.pushInfo(note)
    return sets


class SensitivityAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Perturb the weights and the grid capacity; per site P(top k), rank range, what it hangs on."""

    INPUT = "INPUT"
    STATION_TYPE = "STATION_TYPE"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    WEIGHT_SET = "WEIGHT_SET"
    PARTICIPANTS = "PARTICIPANTS"
    PARTICIPANTS_TABLE = "PARTICIPANTS_TABLE"
    WEIGHT_SHARE = "WEIGHT_SHARE"
    GRID_SHARE = "GRID_SHARE"
    RUNS = "RUNS"
    TOP_K = "TOP_K"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    NOTES = "NOTES"

    ICON = "score_sites.svg"

    def name(self) -> str:
        return "sensitivity"

    def displayName(self) -> str:  # noqa: N802
        return tr("Sensitivity of the ranking")

    def group(self) -> str:
        return workshop_group()

    def groupId(self) -> str:  # noqa: N802
        return WORKSHOP_GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "How robust is the short list? Ranks the sites of a scored layer many times with the weights drawn "
            "at random, and optionally with each site's free grid capacity varied by a share, and says per site: "
            "the share of runs in which it is in the top k, its median rank and the ranks at 5 % and 95 %, and the "
            "factor whose weight its rank depends on most.\n\n"
            "The weights are drawn within the participants' spread (each factor between the lowest and highest "
            "weight any participant gave it: give a folder with their weight-set files, one each, or a table "
            "with one row per participant), or within a share of the base weights. The base weights are a "
            "weight-set file, else the participants' mean, else the profile's. The scores are the weighted means "
            "of the sub-scores in the layer, as every run of the plugin computes them. The random generator is "
            "seeded: the same seed gives the same result."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Scored sites (output of 'Score candidate sites')"),
                                                [QgsProcessing.TypeVectorPolygon]))
        add(QgsProcessingParameterEnum(self.STATION_TYPE, tr("Station type"),
                                       [station_type_label(t) for t in STATION_TYPES], defaultValue=1))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML, optional)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        add(QgsProcessingParameterFile(self.WEIGHT_SET, tr("Weight set (YAML, optional)"),
                                       fileFilter=tr("Weight set (*.yaml *.yml)"), optional=True))
        add(QgsProcessingParameterFile(self.PARTICIPANTS, tr("Folder of the participants' weight sets (one file "
                                                             "each, optional)"),
                                       behavior=QgsProcessingParameterFile.Folder, optional=True))
        add(QgsProcessingParameterFeatureSource(self.PARTICIPANTS_TABLE,
                                                tr("Participants' weights as a table (one row each, optional)"),
                                                [QgsProcessing.TypeVector], optional=True))
        add(QgsProcessingParameterNumber(self.WEIGHT_SHARE, tr("Without participants: each weight varies by this "
                                                               "share (0.25 = ±25 %)"),
                                         QgsProcessingParameterNumber.Double, 0.25, minValue=0.0, maxValue=1.0))
        add(QgsProcessingParameterNumber(self.GRID_SHARE, tr("Free grid capacity varies by this share (0 = not)"),
                                         QgsProcessingParameterNumber.Double, 0.2, minValue=0.0, maxValue=0.95))
        add(QgsProcessingParameterNumber(self.RUNS, tr("Runs"), QgsProcessingParameterNumber.Integer, 1000,
                                         minValue=2, maxValue=100000))
        add(QgsProcessingParameterNumber(self.TOP_K, tr("Top k"), QgsProcessingParameterNumber.Integer, 10,
                                         minValue=1))
        add(QgsProcessingParameterNumber(self.SEED, tr("Seed of the random generator"),
                                         QgsProcessingParameterNumber.Integer, 1, minValue=0), True)
        self.add_language_parameter(tr("Language of the messages"))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Sites with their sensitivity"),
                                              QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core.progress import Progress
        from ..energistasjon_plugin.core.sensitivity import bounds_from_share, run_sensitivity
        from ..energistasjon_plugin.core.weight_combination import combine_weight_sets
        from ..energistasjon_plugin.core.weight_files import load_weight_set

        run = RunProgress(feedback)
        station_type = STATION_TYPES[self.parameterAsEnum(parameters, self.STATION_TYPE, context)]
        profile = load_profile(station_type, self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context))
        sites = layers.read_parameter(self, parameters, self.INPUT, context, feedback, keep_original_geometry=True)
        run.check()
        run.phase(PHASES["read"], 100)
        path = self.parameterAsFile(parameters, self.WEIGHT_SET, context)
        base = load_weight_set(path, profile) if path else None
        sets = participants(self, parameters, context, feedback, self.PARTICIPANTS, self.PARTICIPANTS_TABLE, profile)
        notes = []
        if sets:
            combination = combine_weight_sets(sets, profile, "mean")
            low, high = combination.bounds()
            base = base or combination.weight_set
            table = combination.table()
            feedback.pushInfo(tr("The participants' weights ({n}), per factor:").format(n=len(sets)))
            for row in table.itertuples(index=False):
                feedback.pushInfo("  " + " | ".join(str(v) for v in row))
            notes.append(tr("Weights drawn within the spread of {n} participants: {names}.").format(
                n=len(sets), names=", ".join(s.name for s in sets)))
        else:
            from ..energistasjon_plugin.core.weight_sets import weight_set_from_profile

            base = base or weight_set_from_profile(profile)
            share = self.parameterAsDouble(parameters, self.WEIGHT_SHARE, context)
            low, high = bounds_from_share(base.vector(profile), share)
            notes.append(tr("Each weight drawn within ±{share} % of the weight set {label}.").format(
                share=round(100 * share), label=base.label))
        progress = Progress(on_progress=lambda pct: run.phase(PHASES["runs"], pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        result = run_sensitivity(sites.frame, profile, base, low, high,
                                 runs=self.parameterAsInt(parameters, self.RUNS, context),
                                 top_k=self.parameterAsInt(parameters, self.TOP_K, context),
                                 grid_share=self.parameterAsDouble(parameters, self.GRID_SHARE, context),
                                 seed=self.parameterAsInt(parameters, self.SEED, context), table_name=sites.name,
                                 progress=progress)
        run.check()
        notes += result.notes
        for note in notes:
            feedback.pushInfo(note)
        new = result.fields(profile.field_prefix)
        output = outputs.build_output(sites, new, list(new))
        dest_id = outputs.write_output(self, parameters, self.OUTPUT, context, feedback, output,
                                       on_progress=lambda share: run.phase(PHASES["write"], 100 * share),
                                       layer_title=tr("{layer} – sensitivity").format(layer=sites.name))
        from ..energistasjon_plugin.bridge.workshop_styles import aliased, input_aliases, sensitivity_styler
        from ..energistasjon_plugin.core.sensitivity import field_aliases

        # The scored layer's own words stay (the output is that layer with the statistics added).
        words = dict(input_aliases(self.parameterAsVectorLayer(parameters, self.INPUT, context)))
        words.update(field_aliases(profile.field_prefix, profile.station_type,
                                   self.parameterAsInt(parameters, self.TOP_K, context)))
        self.style_when_loaded(dest_id, aliased(sensitivity_styler(profile.field_prefix), words), "sensitivity")
        run.set(100)
        return {self.OUTPUT: dest_id, self.NOTES: "\n".join(notes)}
