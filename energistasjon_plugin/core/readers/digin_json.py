# SPDX-License-Identifier: GPL-2.0-or-later
"""Finding what a DIGIN GridCapacity document holds: its FeatureCollections (in a list, an
``@graph`` or bare), the JSON-LD header values around them (publisher, date), and a legacy
``crs`` member; a document that holds none says what it found instead."""
import json
import re
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..errors import DataFileError
from ..fields import normalise_field_name
from ..i18n import tr

DEFAULT_CRS = "EPSG:4326"  # GeoJSON: WGS84 longitude/latitude


def describe(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return tr("an empty object")
        return tr("an object with the keys {keys}").format(keys=", ".join(list(value)[:6]))
    if isinstance(value, list):
        return tr("a list of {n} items").format(n=len(value))
    return tr("a value of type {type}").format(type=type(value).__name__)


def not_a_collection(source: str, found: Any, key: str) -> DataFileError:
    if key:
        message = tr("'{source}' is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection "
                     "(an object with \"type\": \"FeatureCollection\" and a \"features\" list, possibly "
                     "inside a list or an \"@graph\"), but found {found} at '{key}'.")
    else:
        message = tr("'{source}' is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection "
                     "(an object with \"type\": \"FeatureCollection\" and a \"features\" list, possibly "
                     "inside a list or an \"@graph\"), but found {found}.")
    return DataFileError(
        message.format(source=source, found=describe(found), key=key),
        path=source, key=key or None,
    )


def collections(node: Any, header: Dict[str, Any], source: str, key: str
                 ) -> List[Tuple[Dict[str, Any], Dict[str, Any], str]]:
    """Find every FeatureCollection in the document, with the header keys around it."""
    if isinstance(node, list):
        found = []
        loose = [item for item in node if isinstance(item, dict) and item.get("type") == "Feature"]
        if loose and len(loose) == len(node):  # a bare list of features
            return [({"type": "FeatureCollection", "features": node}, header, key)]
        for index, item in enumerate(node):
            found.extend(collections(item, header, source, f"{key}[{index}]"))
        return found
    if not isinstance(node, dict):
        raise not_a_collection(source, node, key)
    merged = dict(header)
    merged.update({k: v for k, v in node.items() if k not in ("features", "@graph")})
    if "features" in node:
        if not isinstance(node["features"], list):
            raise not_a_collection(source, node["features"], (key + ".features").lstrip("."))
        return [(node, merged, key)]
    if "@graph" in node:
        return collections(node["@graph"], merged, source, (key + ".@graph").lstrip("."))
    raise not_a_collection(source, node, key)


def jsonld_text(value: Any) -> Optional[str]:
    """Plain text of a JSON-LD value: "x", {"@value": "x"}, [{"dcterms:title": "x"}]..."""
    if value is None:
        return None
    if isinstance(value, list):
        texts = [t for t in (jsonld_text(v) for v in value) if t]
        return ", ".join(dict.fromkeys(texts)) if texts else None
    if isinstance(value, dict):
        for k in ("@value", "dcterms:title", "title", "name", "foaf:name", "dcterms:name"):
            if k in value:
                return jsonld_text(value[k])
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def header_value(header: Dict[str, Any], keys: Sequence[str]) -> Optional[str]:
    for k in keys:
        if k in header:
            text = jsonld_text(header[k])
            if text:
                return text
    return None


def collection_crs(collection: Dict[str, Any], source: str, key: str) -> str:
    """CRS of a collection: WGS84 unless a legacy GeoJSON ``crs`` member says otherwise."""
    member = collection.get("crs")
    if not member:
        return DEFAULT_CRS
    props = member.get("properties", {}) if isinstance(member, dict) else {}
    name = props.get("name") or props.get("code") or props.get("href")
    if isinstance(name, int) or (isinstance(name, str) and name.isdigit()):
        name = f"EPSG:{name}"
    try:
        from pyproj import CRS

        crs = CRS.from_user_input(name)
    except Exception as error:  # pyproj raises CRSError, or TypeError for None
        raise DataFileError(
            tr("'{source}' declares a coordinate system that cannot be understood ({crs}). "
               "Remove the \"crs\" member if the coordinates are WGS84 longitude/latitude.").format(
                source=source, crs=json.dumps(member)),
            path=source, key=(key + ".crs").lstrip("."),
        ) from error
    if normalise_field_name(str(name)).endswith("crs84"):
        return DEFAULT_CRS
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.to_wkt()
