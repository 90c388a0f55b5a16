# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Import plan data": plan files and layers in, one GeoPackage out with the
land use (``arealformal``), the hensynssoner (``hensynssoner``), the plan areas (``planomrader``) and
the plans' byggegrense lines (``byggegrenser``)."""
import os
import tempfile
from pathlib import Path
from typing import List

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingUtils,
)

from ..energistasjon_plugin.bridge import gpkg_writer
from ..energistasjon_plugin.bridge.destinations import busy_message, check_outputs
from ..energistasjon_plugin.bridge.layers import crs_for_geopandas, read_layer
from ..energistasjon_plugin.bridge.run_progress import RunProgress, cancelled
from ..energistasjon_plugin.core.errors import EnergistasjonError
from ..energistasjon_plugin.core.i18n import tr
from .base import EnergistasjonAlgorithm

#: The output's layers: (PlanData attribute, layer name, output key).
TABLES = (("land_use", "arealformal", "LAND_USE"), ("hensynssoner", "hensynssoner", "HENSYNSSONER"),
          ("plan_areas", "planomrader", "PLAN_AREAS"), ("building_limits", "byggegrenser", "BUILDING_LIMITS"))
#: Layers of lines; the others are polygons.
LINE_TABLES = frozenset({"building_limits"})
INTEGER_COLUMNS = frozenset({"arealformål", "arealbruksstatus", "hensynssonekode", "juridisklinje"})
DATE_COLUMNS = frozenset({"ikrafttredelsesdato", "vedtakEndeligPlanDato"})
PHASES = {"read": (0.0, 70.0), "write": (70.0, 99.0)}


def _table_label(key: str) -> str:
    return {"LAND_USE": tr("Land use (arealformål)"), "HENSYNSSONER": tr("Hensynssoner"),
            "PLAN_AREAS": tr("Plan areas (plan boundaries)"), "BUILDING_LIMITS": tr("Byggegrense lines")}[key]


class ImportPlansAlgorithm(EnergistasjonAlgorithm):
    """Import plan data (SOSI Plan 5.0 GML, GeoJSON, GeoPackage/Shapefile/WFS layers)."""

    TAGS = ("energistasjon", "SOSI", "plan", "reguleringsplan", "kommuneplan", "arealformål", "arealplan",
            "hensynssone", "GML", "import", "planregister")

    PLAN_FILES = "PLAN_FILES"
    PLAN_LAYERS = "PLAN_LAYERS"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    NOTES = "NOTES"

    def name(self) -> str:
        return "importplans"

    def displayName(self) -> str:  # noqa: N802
        return tr("Import plan data")

    def group(self) -> str:
        return tr("Data")

    def groupId(self) -> str:  # noqa: N802
        return "data"

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Reads plan data as municipalities and the plan register deliver it and writes one GeoPackage with "
            "four layers: 'arealformal' (land use: RpArealformålOmråde, KpArealformålOmråde and the pbl-1985 "
            "RbFormålOmråde and KpArealbrukOmråde, with code, plan id, status and dates), 'hensynssoner' (every "
            "hensynssone with its code and category: fare, angittHensyn, støy, sikring, infrastruktur, båndlegging, "
            "gjennomføring, detaljering), 'planomrader' (RpOmråde/KpOmråde: plan id, name, status, dates) and "
            "'byggegrenser' (the plans' byggegrense lines: RpJuridiskLinje 1211, KpJuridiskLinje 1111).\n\n"
            "Files: SOSI Plan 5.0 GML (reguleringsplan and kommuneplan; arcs are made linear, heights dropped), "
            "GeoJSON (also as DiBK's plan services give it, with the EPSG beside the features), GeoPackage, "
            "Shapefile. Layers: any plan layer open in QGIS, also from a WFS. The object type is read from a "
            "field such as objekttypenavn or objtype, or from the layer's name.\n\n"
            "The CRS comes from the file; give one below for files that state none. All layers are written in "
            "the CRS of the first input. The log says, per input, the features read by object type, the CRS and "
            "the codes that are in no official list.\n\n"
            "Give the 'arealformal' layer as the reguleringsplan or kommuneplan layer and 'hensynssoner' as the "
            "hazard zones when scoring sites or checking an application; 'byggegrenser' as the plans' building "
            "lines, so that a plan's own byggegrense is used instead of vegloven § 29's distances."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PLAN_FILES, tr("Plan files (GML, GeoJSON, GeoPackage, Shapefile)"), QgsProcessing.TypeFile,
            optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PLAN_LAYERS, tr("Plan layers (open in QGIS, also WFS)"), QgsProcessing.TypeVectorAnyGeometry,
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(self.CRS, tr("CRS of files that state none"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Plan data (GeoPackage)"),
                                                                tr("GeoPackage (*.gpkg)")))
        for _, _, key in TABLES:
            kind = QgsProcessing.TypeVectorLine if key == "BUILDING_LIMITS" else QgsProcessing.TypeVectorPolygon
            self.addOutput(QgsProcessingOutputVectorLayer(key, _table_label(key), kind))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, then the output's (:meth:`_output_problem`)."""
        ok, message = QgsProcessingAlgorithm.checkParameterValues(self, parameters, context)
        if not ok:
            return ok, message
        problem = self._output_problem(parameters, context)
        return (False, problem) if problem else (True, "")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.checkDependencies()
        problem = self._output_problem(parameters, context)  # asked again: not every caller checks first
        if problem:
            raise QgsProcessingException(problem)
        try:
            return self.execute(parameters, context, feedback)
        except EnergistasjonError as exc:
            raise QgsProcessingException(exc.message) from exc

    def _output_problem(self, parameters, context):
        """The shared output check (never into an input's file, never into a GeoPackage being
        written), with the plan files compared by path: opening them as layers to find their
        files would make GDAL write a .gfs file beside every GML."""
        others = {k: v for k, v in parameters.items() if k != self.PLAN_FILES}
        problem = check_outputs(self, others, context)
        if problem:
            return problem
        text = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not text:
            return None
        output = Path(text) if Path(text).suffix else Path(text).with_suffix(".gpkg")
        label = self.parameterDefinition(self.PLAN_FILES).description()
        for name in self.parameterAsFileList(parameters, self.PLAN_FILES, context) or []:
            path = Path(str(name).split("|", 1)[0])
            if path.exists() and output.exists() and os.path.samefile(str(path), str(output)):
                return tr("The output '{output}' would be written into {path}, the file the input '{input}' is read "
                          "from. That would replace the data of the run, and in a GeoPackage every other layer of the "
                          "file. Nothing was written. Choose another file for '{output}'.").format(
                    output=self.parameterDefinition(self.OUTPUT).description(), path=output, input=label)
        return None

    def _inputs(self, parameters, context) -> List:
        files = [f for f in (self.parameterAsFileList(parameters, self.PLAN_FILES, context) or []) if f]
        plan_layers = self.parameterAsLayerList(parameters, self.PLAN_LAYERS, context) or []
        if not files and not plan_layers:
            raise QgsProcessingException(tr("Give at least one plan file or plan layer to import."))
        return [("file", f) for f in files] + [("layer", layer) for layer in plan_layers]

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core.readers.plan_files import (
            merge_plan_data,
            plan_data_from_frame,
            read_plan_file,
        )

        run = RunProgress(feedback)
        inputs = self._inputs(parameters, context)
        given = self.parameterAsCrs(parameters, self.CRS, context)
        crs = crs_for_geopandas(given) if given is not None and given.isValid() else None
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        if not output.suffix:
            output = output.with_suffix(".gpkg")
        parts = []
        for i, (kind, item) in enumerate(inputs):
            run.check()
            if kind == "file":
                feedback.pushInfo(tr("Reading {file}...").format(file=item))
                data = read_plan_file(item, crs)
            else:
                read = read_layer(item, feedback)
                run.check()
                data = plan_data_from_frame(read.frame, read.name, crs)
            for line in data.log_lines():
                if line in data.warnings:
                    feedback.pushWarning(line)
                else:
                    feedback.pushInfo(line)
            parts.append(data)
            run.phase(PHASES["read"], 100.0 * (i + 1) / len(inputs))
        merged = merge_plan_data(parts)
        if len(parts) > 1:
            feedback.pushInfo(merged.summary())
        self._write(output, merged, feedback, run)
        results = {"OUTPUT": str(output), self.NOTES: "\n".join(merged.warnings + merged.notes)}
        for _, layer_name, key in TABLES:
            uri = "{}|layername={}".format(output, layer_name)
            results[key] = uri
            if context.project() is not None:
                context.addLayerToLoadOnCompletion(uri, QgsProcessingContext.LayerDetails(
                    layer_name, context.project(), key, QgsProcessingUtils.LayerHint.Vector))
        run.set(100)
        from ..energistasjon_plugin.bridge.plan_styles import STYLERS

        # Land use in the official colours, hensynssoner hatched, plan areas as outlines
        # (Processing would give each one random opaque colour).
        for _, _, key in TABLES:
            self.style_when_loaded(results[key], STYLERS[key], key)
        return results

    def _write(self, output: Path, data, feedback, run: RunProgress) -> None:
        """The four layers into ``output``: a new file is built beside it and renamed into place
        when complete; in an existing GeoPackage only these four layers are replaced."""
        from osgeo import ogr

        label = self.parameterDefinition(self.OUTPUT).description()
        exists = output.exists()
        target = output
        if not exists:
            handle, temporary = tempfile.mkstemp(prefix=".{}.".format(output.stem), suffix=".part.gpkg",
                                                 dir=str(output.parent))
            os.close(handle)
            os.unlink(temporary)
            target = Path(temporary)
        try:
            for i, (attribute, layer_name, _) in enumerate(TABLES):
                table = getattr(data, attribute)
                columns = [gpkg_writer.Column(name, _kind(name), table[name].to_numpy())
                           for name in table.columns if name != table.geometry.name]
                lines = attribute in LINE_TABLES
                geometries = [None if g is None else g.wkb
                              for g in (_multilines(table) if lines else _multipolygons(table))]
                gpkg_writer.write_layer(target, layer_name, columns, geometries,
                                        ogr.wkbMultiLineString if lines else ogr.wkbMultiPolygon,
                                        data.crs or "", should_stop=feedback.isCanceled)
                run.phase(PHASES["write"], 100.0 * (i + 1) / len(TABLES))
            if not exists:
                if output.exists():  # made by someone else meanwhile: never replaced
                    raise QgsProcessingException(tr(
                        "The file {path} appeared while the plan data were written; nothing was written into it. "
                        "Run again, or choose another file.").format(path=output))
                os.replace(str(target), str(output))
        except gpkg_writer.WriteCanceled:
            raise cancelled() from None
        except gpkg_writer.DestinationBusy:
            raise QgsProcessingException(busy_message(label, output)) from None
        except gpkg_writer.NotAGeoPackage:
            raise QgsProcessingException(tr(
                "The file {path} chosen for '{output}' exists and is not a GeoPackage, so nothing was written into it. "
                "Choose another file name, or delete that file first if you no longer need it.").format(
                path=output, output=label)) from None
        except (gpkg_writer.GpkgWriteError, OSError, RuntimeError) as error:
            raise QgsProcessingException(tr(
                "'{output}' could not be written to {path} ({error}). The file was left as it was; choose another "
                "file or folder.").format(output=label, path=output, error=error)) from error
        finally:
            if target != output and target.exists():
                target.unlink()


def _kind(name: str) -> str:
    if name in INTEGER_COLUMNS:
        return "integer"
    if name in DATE_COLUMNS:
        return "date"
    return "text"


def _multipolygons(table):
    """Each geometry as a MultiPolygon (the layers' one geometry type); None stays None."""
    import shapely

    result = []
    for geometry in table.geometry.array:
        if geometry is None or geometry.is_empty:
            result.append(None)
        elif geometry.geom_type == "MultiPolygon":
            result.append(geometry)
        else:
            parts = [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon"]
            result.append(shapely.MultiPolygon(parts) if parts else None)
    return result


def _multilines(table):
    """Each geometry as a MultiLineString (the layer's one geometry type); None stays None."""
    import shapely

    result = []
    for geometry in table.geometry.array:
        parts = [] if geometry is None or geometry.is_empty else [
            p for p in shapely.get_parts(geometry) if p.geom_type == "LineString"]
        result.append(shapely.MultiLineString(parts) if parts else None)
    return result
