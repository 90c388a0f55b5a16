"""A GeoPackage written by the plugin and read back through the bridge keeps its true/false fields.
GDAL 3.6's Arrow interface returns boolean columns wrong (the same few values whatever the data),
so a layer with such a field is not read through it.  Found when the short list of a re-read
scored layer listed excluded sites as ranked."""
import numpy as np
from osgeo import ogr
from qgis.core import QgsProcessingFeedback, QgsVectorLayer
from shapely.geometry import Polygon, box


def test_true_false_fields_read_back_as_qgis_shows_them(qgis_new_project, tmp_path):
    from energistasjon.energistasjon_plugin.bridge import gpkg_writer, layers

    excluded = np.array([i % 3 == 1 or i % 7 == 0 for i in range(400)])
    columns = [gpkg_writer.Column("site", "text", np.array(["S{}".format(i) for i in range(400)], dtype=object)),
               gpkg_writer.Column("bat_excluded", "boolean", excluded)]
    path = tmp_path / "scored.gpkg"
    shapes = [box(i, 0, i + 1, 1) if i % 2 else Polygon([(i, 0), (i + 1, 0), (i, 1)]) for i in range(400)]
    gpkg_writer.write_layer(path, "scored", columns, [g.wkb for g in shapes], ogr.wkbPolygon, "EPSG:25833")
    layer = QgsVectorLayer(str(path), "scored", "ogr")
    shown = [bool(f["bat_excluded"]) for f in layer.getFeatures()]
    assert shown == excluded.tolist()
    read = layers.read_layer(layer, QgsProcessingFeedback())
    assert read.bulk  # the other fields still come through GDAL in bulk
    assert [bool(v) for v in read.frame["bat_excluded"]] == shown
