# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Check application against the veileder": the application's site and
quantities in; the checklist answers as a table, an HTML and a PDF report per case out."""
from collections import Counter
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..energistasjon_plugin.bridge.case_output import answer_fields, export_pdf, render_site_map
from ..energistasjon_plugin.bridge.layers import read_parameter
from ..energistasjon_plugin.bridge.run_progress import RunProgress, cancelled
from ..energistasjon_plugin.core.i18n import tr, use_language
from ..energistasjon_plugin.core.quantities import QUANTITIES, quantity_labels
from ..energistasjon_plugin.core.report_files import ReportStaging, case_file_stems, check_report_folder
from ..energistasjon_plugin.core.station_types import (
    STATION_TYPES,
    SUPPLY_MODES,
    station_type_label,
    supply_mode_label,
)
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters

PHASES = (None, "plan", "byggesak", "drift")


#: Context layers no checklist item reads: factors of the scoring only, not offered here.
NOT_READ_BY_THE_CHECKLIST = ("traffic", "existing", "freight_nodes", "supply")

class _Phases:
    """Each phase's span of the progress bar (0 to 100 once over the run)."""

    READ = (0.0, 5.0)
    CONTEXT = (5.0, 20.0)
    CHECK = (20.0, 60.0)
    REPORTS = (60.0, 95.0)
    TABLE = (95.0, 99.0)


class CheckApplicationAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Check an application for an energy station against the veileder's checklist."""

    INPUT = "INPUT"
    CASE_ID = "CASE_ID"
    CASE_ID_FIELD = "CASE_ID_FIELD"
    STATION_TYPE = "STATION_TYPE"
    PHASE = "PHASE"
    SEEKS_ENOVA = "SEEKS_ENOVA"
    SUPPLY_MODE = "SUPPLY_MODE"
    CHECKLIST = "CHECKLIST"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    ANSWER_STORE = "ANSWER_STORE"
    MAKE_PDF = "MAKE_PDF"
    OUTPUT = "OUTPUT"
    REPORT_FOLDER = "REPORT_FOLDER"
    REPORTS = "REPORTS"
    NOTES = "NOTES"

    ICON = "checklist.svg"
    TAGS = ("energistasjon", "energy station", "case", "saksbehandling", "søknad", "application", "checklist",
            "sjekkliste", "veileder", "byggesak", "plan", "DSB", "Enova", "hydrogen", "lading", "biogass")

    def name(self) -> str:
        return "checkapplication"

    def displayName(self) -> str:  # noqa: N802
        return tr("Check application against the veileder")

    def group(self) -> str:
        return tr("Case handling")

    def groupId(self) -> str:  # noqa: N802
        return "casehandling"

    def flags(self):
        # The PDF goes through QGIS's print layout, whose HTML item must run on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Checks an application for an energy station (hydrogen, truck charging, biogas) against the checklist "
            "built on Osloregionen IPR's veileder (March 2024).\n\n"
            "Give the application's site (a polygon; with 'selected features only' you can check one of several), "
            "its stated quantities and the context layers. Items the data can answer are answered automatically "
            "(fulfilled, not fulfilled, needs assessment, not relevant) with the evidence in words and numbers; "
            "the others are left for you. Answers you saved in the checklist panel are read from the answer "
            "store and take precedence.\n\n"
            "Outputs: a table of answers, and per case an HTML report with a map, the answers grouped by status, "
            "the road to a decision (plan change or dispensation, DSB notification and consent, grid request, "
            "Enova), what the application is missing and the data used; and the same as PDF.\n\n"
            "Several sites give one report each, named by the case id."
        ) + "\n\n" + tr(
            "A case id that cannot be a file name as it is (such as 2025/17) gives a readable name with a short "
            "code at the end (2025-17_de5556), the same on every run. The reports are put in the report folder "
            "only when all of them are done; a cancelled or failed run leaves the folder as it was."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Application site(s) (polygons)"),
                                                [QgsProcessing.TypeVectorPolygon]))
        add(QgsProcessingParameterString(self.CASE_ID, tr("Case id (saksnummer)"), optional=True))
        add(QgsProcessingParameterField(self.CASE_ID_FIELD, tr("Case id field (one case per site)"),
                                        parentLayerParameterName=self.INPUT, optional=True), True)
        add(QgsProcessingParameterEnum(self.STATION_TYPE, tr("Station type"),
                                       [station_type_label(t) for t in STATION_TYPES], defaultValue=1))
        add(QgsProcessingParameterEnum(self.PHASE, tr("Phase"),
                                       [tr("All phases"), tr("Plan"), tr("Building application (byggesak)"),
                                        tr("Operation (drift)")], defaultValue=0))
        labels = quantity_labels()
        for parameter, attribute, integer in QUANTITIES:
            number_type = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
            add(QgsProcessingParameterNumber(parameter, labels[attribute], number_type, optional=True))
        add(QgsProcessingParameterBoolean(self.SEEKS_ENOVA, tr("The applicant seeks Enova funding"),
                                          defaultValue=False))
        add(QgsProcessingParameterEnum(self.SUPPLY_MODE, tr("Hydrogen: how the hydrogen reaches the station"),
                                       [tr("Not stated")] + [supply_mode_label(m) for m in SUPPLY_MODES],
                                       defaultValue=0),
            help_text=tr("Trucked in by tube trailer needs little grid (compression and pre-cooling); made on site "
                         "by electrolysis needs about 2.3 MW for 1 t/day. The hydrogen profile's demand, the grid "
                         "answer and the grid company's queue follow it."))
        add(QgsProcessingParameterFile(self.CHECKLIST, tr("Checklist file (blank: the bundled edition)"),
                                       fileFilter=tr("Checklist (*.yaml *.yml)"), optional=True))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        add(QgsProcessingParameterFile(self.ANSWER_STORE, tr("Answer store from the checklist panel (GeoPackage)"),
                                       fileFilter=tr("GeoPackage (*.gpkg)"), optional=True))
        self.add_context_parameters(leave_out=NOT_READ_BY_THE_CHECKLIST)
        self.add_language_parameter(tr("Report language"))
        add(QgsProcessingParameterBoolean(self.MAKE_PDF, tr("Also write PDF reports"), defaultValue=True))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Checklist answers"), QgsProcessing.TypeVector))
        add(QgsProcessingParameterFolderDestination(self.REPORT_FOLDER, tr("Report folder")))
        self.addOutput(QgsProcessingOutputString(self.REPORTS, tr("Reports written")))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def _application(self, parameters, context):
        from ..energistasjon_plugin.core.checklist_model import Application

        values = {}
        for parameter, attribute, integer in QUANTITIES:
            if parameters.get(parameter) in (None, ""):
                values[attribute] = None
                continue
            value = self.parameterAsDouble(parameters, parameter, context)
            values[attribute] = int(value) if integer else value
        station_type = STATION_TYPES[self.parameterAsEnum(parameters, self.STATION_TYPE, context)]
        supply = self.parameterAsEnum(parameters, self.SUPPLY_MODE, context)
        return Application(station_type, seeks_enova=self.parameterAsBool(parameters, self.SEEKS_ENOVA, context),
                           supply_mode=SUPPLY_MODES[supply - 1] if supply and station_type == "hydrogen" else None,
                           **values)

    def _case_ids(self, parameters, context, frame):
        field = self.parameterAsString(parameters, self.CASE_ID_FIELD, context)
        case_id = self.parameterAsString(parameters, self.CASE_ID, context).strip()
        if field:
            ids = [str(v) if v is not None else "" for v in frame[field]]
            if any(not v for v in ids):
                raise QgsProcessingException(tr("Some sites have no case id in the field '{field}'; fill it in or "
                                                 "give one case id for a single site.").format(field=field))
            counts = Counter(ids)
            repeated = [case_id for case_id in dict.fromkeys(ids) if counts[case_id] > 1]
            if repeated:
                raise QgsProcessingException(tr(
                    "Several sites have the same case id in the field '{field}': {ids}. Each report and its saved "
                    "answers belong to one case; give each site its own case id, or merge the parts of one site "
                    "into one polygon.").format(field=field, ids=", ".join("'{}'".format(i) for i in repeated)))
            return ids
        # Not translated: a case id is a key in the answer store, the same in every language.
        if len(frame) == 1:
            return [case_id or "case"]
        base = case_id or "site"
        return ["{}-{}".format(base, i + 1) for i in range(len(frame))]

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core import checklist as checklist_module
        from ..energistasjon_plugin.core import profiles
        from ..energistasjon_plugin.core.case_store import CaseStore
        from ..energistasjon_plugin.core.casework import check_application, site_labels
        from ..energistasjon_plugin.core.checklist_grid import application_choices
        from ..energistasjon_plugin.core.progress import Progress
        from ..energistasjon_plugin.core.report import render_case_report, write_case_report

        language = self.language(parameters, context)
        run = RunProgress(feedback)
        folder = Path(self.parameterAsString(parameters, self.REPORT_FOLDER, context))
        check_report_folder(folder)  # before the long part; creates nothing
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        read = read_parameter(self, parameters, self.INPUT, context, feedback, keep_original_geometry=True)
        layer_name, sites = read.name, read.frame
        if feedback.isCanceled():  # the reader stops early on cancel: what it read is not all
            raise cancelled()
        if len(sites) == 0:
            raise QgsProcessingException(tr("The layer '{layer}' has no site to check (is 'selected features only' "
                                             "on with nothing selected?).").format(layer=layer_name))
        run.phase(_Phases.READ, 100)
        application = self._application(parameters, context)
        checklist = checklist_module.load_checklist(self.parameterAsFile(parameters, self.CHECKLIST, context) or None)
        custom = self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context)
        choices = application_choices(application)  # the hydrogen supply the application states
        profile = profiles.load_profile(custom, choices) if custom else profiles.load_bundled_profile(
            application.station_type, choices)
        case_ids = self._case_ids(parameters, context, sites)
        stems = case_file_stems(case_ids)
        store_path = self.parameterAsFile(parameters, self.ANSWER_STORE, context)
        person_answers = {}
        if store_path:
            if not Path(store_path).exists():
                raise QgsProcessingException(tr("The answer store {path} does not exist.").format(path=store_path))
            with CaseStore(store_path) as store:
                person_answers = {case_id: store.answers(case_id) for case_id in case_ids}
        feedback.pushInfo(tr("Reading the context layers..."))
        site_context = self.read_context(parameters, context, feedback, sites.crs)
        self.log_inputs(site_context, sites, layer_name, feedback)
        if feedback.isCanceled():
            raise cancelled()
        run.phase(_Phases.CONTEXT, 100)
        phase = PHASES[self.parameterAsEnum(parameters, self.PHASE, context)]
        progress = Progress(on_progress=lambda pct: run.phase(_Phases.CHECK, pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        cases = check_application(sites, site_context, application, checklist, profile, case_ids,
                                  site_labels=site_labels(sites, layer_name, case_ids),
                                  person_answers=person_answers, phase=phase, progress=progress,
                                  layer_name=layer_name, language=language)
        if feedback.isCanceled():
            raise cancelled()
        run.phase(_Phases.CHECK, 100)

        make_pdf = self.parameterAsBool(parameters, self.MAKE_PDF, context)
        crs = read.crs.authid() or read.crs.toWkt()
        # Every report goes into a hidden folder inside the report folder first, and into place only
        # when all are done: a cancel or an error leaves the report folder as it was.
        with ReportStaging(folder) as staging:
            for index, (case, site, stem) in enumerate(zip(cases, sites.geometry.array, stems)):
                if feedback.isCanceled():
                    raise cancelled()
                # the site as the engine saw it (curves made linear)
                png = render_site_map(site.wkb if site is not None else b"", crs,
                                      {"kpa": site_context.kpa, "rp": site_context.rp}, site_context.roads)
                write_case_report(staging.path(stem + ".html"), case, png, language)
                run.phase(_Phases.REPORTS, 100.0 * (index + 0.5) / len(cases))
                if make_pdf:
                    if feedback.isCanceled():
                        raise cancelled()
                    try:
                        export_pdf(render_case_report(case, png, language), staging.path(stem + ".pdf"))
                    except OSError as exc:  # export_pdf's message is translated and names the file
                        raise QgsProcessingException(str(exc)) from exc
                run.phase(_Phases.REPORTS, 100.0 * (index + 1) / len(cases))
            if feedback.isCanceled():  # the last chance: past here the table is written and reports put in place
                raise cancelled()
            dest_id = self._write_answers(parameters, context, cases, checklist, language)
            run.phase(_Phases.TABLE, 100)
            written = staging.commit()
        run.set(100)
        notes = sorted(set(note for case in cases for note in case.notes))
        for note in notes:
            feedback.pushWarning(note)
        return {self.OUTPUT: dest_id, self.REPORT_FOLDER: str(folder), self.REPORTS: "\n".join(map(str, written)),
                self.NOTES: "\n".join(notes)}

    def _write_answers(self, parameters, context, cases, checklist, language):
        """The answer table, one row per case and checklist item; its destination id."""
        from ..energistasjon_plugin.core.checklist_model import status_label

        fields = answer_fields()
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        with use_language(language):
            for case in cases:
                items = {item.id: item for item in case.checklist.items}
                for answer in case.answers:
                    item = items[answer.item_id]
                    row = QgsFeature(fields)
                    row.setAttributes([case.case_id, case.site_label, item.id, item.question, answer.status,
                                       status_label(answer.status), answer.evidence, item.audience,
                                       answer.answered_by, answer.answered_at, item.source, checklist.edition])
                    sink.addFeature(row, QgsFeatureSink.FastInsert)
        return dest_id
