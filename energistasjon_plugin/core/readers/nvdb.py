# SPDX-License-Identifier: GPL-2.0-or-later
"""NVDB object type 540 Trafikkmengde: annual average daily traffic (ÅDT) per road segment.

The same three values reach users under different names: the GML/GeoPackage exports
write ``ådtTotal``, ``ådtAndelLangeKjøretøy`` and ``årGjelderFor``; Vegkart and the NVDB
API write the labels ``ÅDT, total``, ``ÅDT, andel lange kjøretøy``, ``År, gjelder for``;
the NVDB CSV export writes ``EGS.ÅDT, TOTAL.4623``.  :func:`normalise_traffic` turns any
of them into ``aadt``, ``long_share_pct`` (share of vehicles of 5.6 m or longer, in %),
``heavy_aadt`` (ÅDT × share, the heavy traffic the domain notes use) and ``year``.
"""
import csv
import io
import re
from pathlib import Path
from typing import List, Optional, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import DataFileError
from ..fields import find_field, layer_columns, numeric_values, resolve_field
from ..i18n import tr

__all__ = [
    "AADT_CANDIDATES",
    "LONG_SHARE_CANDIDATES",
    "YEAR_CANDIDATES",
    "GEOMETRY_CANDIDATES",
    "normalise_traffic",
    "read_traffic_csv",
]

AADT_CANDIDATES: Tuple[str, ...] = (
    "ådtTotal", "ÅDT, total", "aadt", "ÅDT", "aadt_total", "årsdøgntrafikk", "adt_total",
)
LONG_SHARE_CANDIDATES: Tuple[str, ...] = (
    "ådtAndelLangeKjøretøy", "ÅDT, andel lange kjøretøy", "andelLangeKjøretøy",
    "andel lange", "long_share_pct", "long_share", "andel tunge kjøretøy", "andel tunge",
    "tungtrafikkandel", "heavy_share_pct", "heavy_share",
)
YEAR_CANDIDATES: Tuple[str, ...] = (
    "årGjelderFor", "År, gjelder for", "år", "aar", "year", "årstall",
)
# Where exports put the geometry as WKT: Vegkart/NVDB CSV ("Geometri", "GEO.GEOMETRI"),
# nvdbapi-v3 records ("geometri"), QGIS "Save as CSV" ("WKT"/"wkt_geom").
GEOMETRY_CANDIDATES: Tuple[str, ...] = (
    "Geometri", "geometri", "GEO.GEOMETRI", "geometry", "WKT", "wkt_geom", "the_geom", "geom",
    "Geometri, WKT", "geometri, linje", "geometri, punkt",
)

# NVDB's compound CRSs (horizontal + NN2000 height) and their horizontal part.
_HORIZONTAL = {5972: 25832, 5973: 25833, 5975: 25835}
_WKT_START = re.compile(
    r"^\s*(SRID=\d+;\s*)?(MULTI)?(POINT|LINESTRING|POLYGON|GEOMETRYCOLLECTION)\b", re.IGNORECASE
)
_SRID = re.compile(r"^\s*SRID=(\d+);\s*", re.IGNORECASE)


def normalise_traffic(
    frame: "gpd.GeoDataFrame",
    layer_name: str,
    aadt_field: Optional[str] = None,
    long_share_field: Optional[str] = None,
    year_field: Optional[str] = None,
    zero_is_unknown: bool = True,
) -> "gpd.GeoDataFrame":
    """Read ÅDT, share of long vehicles and year from an NVDB 540 layer.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Traffic layer (not modified).
    layer_name : str
        Name of the layer, for messages.
    aadt_field, long_share_field, year_field : str, optional
        Fields chosen by the user; detected when None.  ÅDT is required; the share and
        the year are optional (NaN when the layer has no such field).
    zero_is_unknown : bool
        NVDB writes ÅDT 0 (with share 0) on segments that were never estimated, even on
        the E6; with True (default) such segments count as unknown, not as empty roads.

    Returns
    -------
    geopandas.GeoDataFrame
        A new frame with the input's index and CRS: ``aadt``, ``long_share_pct``,
        ``heavy_aadt`` (= aadt × long_share_pct / 100), ``year`` (all float, NaN when
        unknown) and ``geometry``.  ``attrs["warnings"]`` lists translated warnings,
        ``attrs["fields"]`` the fields used.

    Raises
    ------
    InputError
        No ÅDT field (or a chosen field that does not exist).
    """
    columns = layer_columns(frame)
    warnings: List[str] = list(frame.attrs.get("warnings", [])) if hasattr(frame, "attrs") else []
    f_aadt = resolve_field(columns, aadt_field, AADT_CANDIDATES, layer_name,
                           tr("annual average daily traffic (ÅDT)"))
    f_share = resolve_field(columns, long_share_field, LONG_SHARE_CANDIDATES, layer_name,
                            tr("share of long vehicles (ÅDT, andel lange kjøretøy)"), required=False)
    f_year = resolve_field(columns, year_field, YEAR_CANDIDATES, layer_name,
                           tr("year of the traffic count (År, gjelder for)"), required=False)

    aadt = numeric_values(frame, f_aadt)
    aadt[aadt < 0] = np.nan
    placeholder = (aadt == 0) if zero_is_unknown else np.zeros(len(aadt), dtype=bool)
    aadt[placeholder] = np.nan

    if f_share is None:
        share = np.full(len(frame), np.nan)
        warnings.append(
            tr("Layer '{layer}' has no field for the share of long vehicles; heavy traffic "
               "is unknown. Pick the field in the algorithm's parameters if the layer has one.")
            .format(layer=layer_name)
        )
    else:
        share = numeric_values(frame, f_share)
        share[(share < 0) | (share > 100)] = np.nan
        finite = share[np.isfinite(share)]
        # NVDB publishes percent; a layer where every share is at most 1 holds fractions.
        if finite.size and finite.max() <= 1.0 and finite.max() > 0.0:
            share = share * 100.0
            warnings.append(
                tr("Field '{field}' of layer '{layer}' holds fractions (all values are at most 1); "
                   "they were read as percent by multiplying by 100.")
                .format(field=f_share, layer=layer_name)
            )

    share[placeholder] = np.nan  # no count at all: its share is no measurement either

    year = numeric_values(frame, f_year) if f_year is not None else np.full(len(frame), np.nan)
    year[(year < 1900) | (year > 2200)] = np.nan

    missing = int(np.isnan(aadt).sum())
    if missing:
        warnings.append(
            tr("{n} of {total} segments in layer '{layer}' have no ÅDT value ({zeros} of them "
               "published as 0); they count as unknown.")
            .format(n=missing, total=len(frame), layer=layer_name, zeros=int(placeholder.sum()))
        )

    result = gpd.GeoDataFrame(
        {
            "aadt": aadt,
            "long_share_pct": share,
            "heavy_aadt": aadt * share / 100.0,
            "year": year,
        },
        geometry=frame.geometry.to_numpy(),
        index=frame.index.copy(),
        crs=frame.crs,
    )
    result.attrs["warnings"] = warnings
    result.attrs["fields"] = {"aadt": f_aadt, "long_share_pct": f_share, "year": f_year}
    return result


def _decode(path: Path) -> Tuple[str, List[str]]:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        # Older Windows exports are cp1252; read them rather than refuse them.
        return raw.decode("cp1252", errors="replace"), [
            tr("File '{file}' is not UTF-8; it was read as Windows-1252.").format(file=path.name)
        ]


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=";,\t|").delimiter
    except csv.Error:
        return max(";,\t|", key=header.count)


def _geometry_column(frame: pd.DataFrame) -> Optional[str]:
    found = find_field(list(frame.columns), GEOMETRY_CANDIDATES)
    if found is not None:
        return found
    # Otherwise the first column whose filled cells look like WKT.
    for column in frame.columns:
        sample = frame[column].astype(str).str.strip()
        sample = sample[sample != ""].head(20)
        if len(sample) and sample.str.match(_WKT_START).all():
            return column
    return None


def read_traffic_csv(
    path: Union[str, Path],
    crs: str = "EPSG:25833",
    aadt_field: Optional[str] = None,
    long_share_field: Optional[str] = None,
    year_field: Optional[str] = None,
) -> "gpd.GeoDataFrame":
    """Read a Vegkart/NVDB CSV export of object type 540 and normalise it.

    Semicolon- or comma-separated, UTF-8 with or without BOM, decimal commas, a WKT
    geometry column ("Geometri", "GEO.GEOMETRI", "geometri", "WKT"... or any column
    holding WKT).  ``SRID=5973;`` prefixes set the CRS (NVDB's 5972/5973/5975 map to
    their horizontal EPSG:25832/25833/25835); otherwise ``crs`` is used.

    Parameters
    ----------
    path : str or Path
        The CSV file.
    crs : str
        CRS of the coordinates when the file does not say.
    aadt_field, long_share_field, year_field : str, optional
        Passed to :func:`normalise_traffic`.

    Returns
    -------
    geopandas.GeoDataFrame
        As :func:`normalise_traffic`; rows without a readable geometry are dropped
        (counted in ``attrs["warnings"]``).

    Raises
    ------
    DataFileError
        The file is missing, cannot be parsed, or has no geometry column.
    InputError
        No ÅDT field.
    """
    path = Path(path)
    if not path.is_file():
        raise DataFileError(tr("Traffic file '{file}' does not exist.").format(file=str(path)),
                            path=str(path))
    text, warnings = _decode(path)
    try:
        table = pd.read_csv(io.StringIO(text), sep=_delimiter(text), dtype=str,
                            keep_default_na=False, skipinitialspace=True)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise DataFileError(
            tr("Traffic file '{file}' cannot be read as CSV: {error}").format(file=path.name, error=error),
            path=str(path),
        ) from error
    table.columns = [str(c).strip() for c in table.columns]

    geometry_column = _geometry_column(table)
    if geometry_column is None:
        raise DataFileError(
            tr("Traffic file '{file}' has no geometry column: none of {names} was found and no "
               "column holds WKT. Its columns are: {columns}.").format(
                file=path.name, names=", ".join(GEOMETRY_CANDIDATES),
                columns=", ".join(table.columns)),
            path=str(path), key=None,
        )
    wkt = table[geometry_column].astype(str).str.strip()
    srid = wkt.str.extract(_SRID, expand=False)
    wkt = wkt.str.replace(_SRID, "", regex=True)
    geometries = shapely.from_wkt(wkt.replace("", None).to_numpy(dtype=object), on_invalid="ignore")
    geometries = shapely.force_2d(geometries)
    srids = pd.unique(srid.dropna())
    if len(srids) == 1:
        code = int(srids[0])
        crs = f"EPSG:{_HORIZONTAL.get(code, code)}"
    elif len(srids) > 1:
        raise DataFileError(
            tr("Traffic file '{file}' mixes coordinate systems (SRID {srids}); export it again "
               "with one.").format(file=path.name, srids=", ".join(srids)),
            path=str(path), key=geometry_column,
        )

    valid = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if not valid.all():
        warnings.append(
            tr("{n} rows of '{file}' have no readable geometry in column '{column}' and were skipped.")
            .format(n=int((~valid).sum()), file=path.name, column=geometry_column)
        )
    frame = gpd.GeoDataFrame(
        table.drop(columns=[geometry_column])[valid].reset_index(drop=True),
        geometry=geometries[valid],
        crs=crs,
    )
    frame.attrs["warnings"] = warnings
    return normalise_traffic(frame, path.name, aadt_field, long_share_field, year_field)
