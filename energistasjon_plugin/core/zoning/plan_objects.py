# SPDX-License-Identifier: GPL-2.0-or-later
"""The SOSI plan object types (objekttyper) and how a layer says which one each feature is.

A plan file or plan service delivers many object types in one layer: land use
(``RpArealformålOmråde``, ``KpArealformålOmråde``, pbl 1985 ``RbFormålOmråde`` and
``KpArealbrukOmråde``), the plan boundary (``RpOmråde``, ``KpOmråde``), hensynssoner
(``RpFareSone`` with ``fare``, ``RpAngittHensynSone`` with ``angittHensyn``...), borders,
lines, points and labels.  The type is in a field whose name depends on who wrote the file:
``objekttypenavn`` (DiBK's plan register / NAP, flat exports), ``objtype`` (FGDB exports of
kommuneplaner), ``_name`` or ``name`` (DiBK's plan map service GeoJSON), the prefix of a
WFS feature id (``rparealformalomrade_vn1.fid-...``), or, for a layer of one type, the layer's
own name (GDAL's GML driver names each layer after its type).  Names are compared without
case, accents or the NAP level suffix: ``rparealformalomrade_vn2`` is ``RpArealformålOmråde``.

Sources: the feature catalogues of DiBK's product specifications Reguleringsplan and
Kommuneplan (SOSI Plan 5.0, application schemas ``.../Reguleringsplan/20190401`` and
``.../Kommuneplan/20190401``), as published in github.com/Arkitektum/produktspesifikasjon_plandata.
"""
import re
from typing import Dict, Optional, Tuple

import numpy as np
import pandas as pd

from ..arrays import repeated
from ..fields import layer_columns, normalise_field_name

#: Land-use object types and the plan system (:data:`..codelists.PLAN_SYSTEMS`) of their codes.
LAND_USE_TYPES: Dict[str, str] = {
    "RpArealformålOmråde": "rpa",
    "KpArealformålOmråde": "kpa",
    "RbFormålOmråde": "rp1985",
    "KpArealbrukOmråde": "kp1985",
}
#: Plan boundaries: the area a plan covers; no land-use code of their own.
PLAN_AREA_TYPES: Dict[str, str] = {"RpOmråde": "rp", "KpOmråde": "kp"}
#: The field that holds each hensynssone category's code (pbl § 11-8), in the SOSI spelling.
HENSYN_CATEGORIES: Tuple[str, ...] = (
    "sikring", "støy", "fare", "infrastruktur", "angittHensyn", "båndlegging", "gjennomføring", "detaljering",
)
#: Hensynssone object types and their category (the name of their code field).
HENSYN_TYPES: Dict[str, str] = {}
for _level in ("Rp", "Kp"):
    HENSYN_TYPES.update({
        _level + "SikringSone": "sikring", _level + "StøySone": "støy", _level + "FareSone": "fare",
        _level + "InfrastrukturSone": "infrastruktur", _level + "AngittHensynSone": "angittHensyn",
        _level + "BåndleggingSone": "båndlegging", _level + "GjennomføringSone": "gjennomføring",
        _level + "DetaljeringSone": "detaljering",
    })
#: The first digit of a hensynssone code names its category (SOSI: 1xx sikring, 2xx støy...).
CATEGORY_OF_HUNDREDS: Dict[int, str] = {
    1: "sikring", 2: "støy", 3: "fare", 4: "infrastruktur", 5: "angittHensyn", 7: "båndlegging",
    8: "gjennomføring", 9: "detaljering",
}
#: Other object types of the plan schemas: known, and neither land use, boundary nor hensynssone.
OTHER_PLAN_TYPES = (
    "Arealplan", "RpGrense", "RpFormålGrense", "RpBestemmelseOmråde", "RpBestemmelseGrense", "RpRegulertHøyde",
    "RpJuridiskLinje", "RpJuridiskPunkt", "RpPåskrift", "RpBestemmelseMidlByggAnlegg", "PblMidlByggAnleggOmråde",
    "PblMidlByggAnleggGrense", "RbBevaringOmråde", "RbBevaringGrense", "RbFornyelseOmråde", "RbFornyelseGrense",
    "RbRekkefølgeOmråde", "RbRekkefølgeGrense", "RbRestriksjonOmråde", "RbRestriksjonGrense", "RbFareOmråde",
    "RbFareGrense", "KpGrense", "KpArealformålGrense", "KpArealbrukGrense", "KpBestemmelseOmråde",
    "KpBestemmelseGrense", "KpRestriksjonOmråde", "KpRestriksjonGrense", "KpRetningslinjeOmråde",
    "KpRetningslinjeGrense", "KpRegulertHøyde", "KpJuridiskLinje", "KpJuridiskPunkt", "KpSamferdselLinje",
    "KpSamferdselPunkt", "KpInfrastrukturLinje", "KpPåskrift",
) + tuple(name.replace("Sone", "Grense") for name in HENSYN_TYPES)
#: Fields that name the object type, most specific first.  ``name`` is taken only when its
#: values are object type names (DiBK's plan map service), never a place name.
OBJECT_TYPE_FIELDS: Tuple[str, ...] = (
    "objekttypenavn", "objtype", "objekttype", "featureType", "feature_type", "_name", "sosi_objekttype", "name",
)

_KNOWN: Dict[str, str] = {}
for _name in list(LAND_USE_TYPES) + list(PLAN_AREA_TYPES) + list(HENSYN_TYPES) + list(OTHER_PLAN_TYPES):
    _KNOWN[normalise_field_name(_name)] = _name
# "app:RpFareSone", "rpfaresone_vn1", "rpfaresone_vn1.fid-4029c24c_..." (NAP feature ids).
_DECORATION = re.compile(r"^(?:[A-Za-z]+:)?(?P<name>[^.:]+?)(?:_vn\d+)?(?:\..*)?$")


def canonical_type(value: object) -> Optional[str]:
    """The SOSI object type a value names, in its schema spelling; None for anything else.

    >>> canonical_type("rparealformalomrade_vn1")
    'RpArealformålOmråde'
    """
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    match = _DECORATION.match(str(value).strip())
    if not match:
        return None
    return _KNOWN.get(normalise_field_name(match.group("name")))


def _canonical_array(values: pd.Series) -> np.ndarray:
    """canonical_type of each value, computed once per distinct value."""
    texts = values.astype("object").where(values.notna(), None).to_numpy(dtype=object)
    keys = np.array(["" if v is None else str(v) for v in texts], dtype=object)
    unique, inverse = np.unique(keys, return_inverse=True)
    names = np.array([canonical_type(k) if k else None for k in unique], dtype=object)
    return names[inverse]


def object_types(frame: pd.DataFrame, layer_name: Optional[str] = None) -> Tuple[Optional[np.ndarray], Optional[str]]:
    """The SOSI object type of each feature, and where it was read.

    Parameters
    ----------
    frame : DataFrame
        A plan layer.
    layer_name : str, optional
        The layer's name: a layer named after one object type (``RpFareSone``,
        ``rpomrade_vn1``) holds only that type when no field says otherwise.

    Returns
    -------
    (ndarray or None, str or None)
        Per feature the object type in its schema spelling, or None where the value is not
        a known plan object type; and the field read (``"layer name"`` when taken from the
        layer's name).  ``(None, None)`` when the layer says nothing about object types.
    """
    columns = layer_columns(frame)
    by_key = {normalise_field_name(c): c for c in reversed(columns)}
    for candidate in OBJECT_TYPE_FIELDS:
        column = by_key.get(normalise_field_name(candidate))
        if column is None:
            continue
        names = _canonical_array(frame[column])
        if any(n is not None for n in names):
            return names, column
    layer_type = canonical_type(layer_name) if layer_name else None
    if layer_type is not None:
        return repeated(layer_type, len(frame)), "layer name"
    return None, None


def land_use_system(object_type: Optional[str]) -> Optional[str]:
    """``rpa``/``kpa``/``rp1985``/``kp1985`` for a land-use object type, else None."""
    return LAND_USE_TYPES.get(object_type) if object_type else None


def plan_level(object_type: Optional[str]) -> Optional[str]:
    """``rp`` for reguleringsplan types (Rp*, Rb*), ``kp`` for kommuneplan types (Kp*), else None."""
    if not object_type:
        return None
    if object_type.startswith(("Rp", "Rb")):
        return "rp"
    if object_type.startswith("Kp"):
        return "kp"
    return None


def category_of_code(code: float) -> Optional[str]:
    """The hensynssone category a code belongs to by its hundreds (320 -> ``fare``), else None."""
    if code is None or not np.isfinite(code) or not 100 <= code <= 999:
        return None
    return CATEGORY_OF_HUNDREDS.get(int(code) // 100)
