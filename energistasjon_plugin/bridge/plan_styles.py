# SPDX-License-Identifier: GPL-2.0-or-later
"""How imported plan data looks in QGIS: land use in the plan map's official colours (by plan
system, code and status, from the SOSI code lists), hensynssoner hatched on top of it, plan
areas as outlines, byggegrense lines dashed as on the plan map, so none hides the others."""
from typing import Dict, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

from ..core.codelists import code_colour, code_label
from ..core.i18n import tr

UNKNOWN_COLOUR = "#d9d9d9"  # a code in no list: grey, and said in its legend entry
CATEGORY = "concat(\"plansystem\", ':', \"arealformål\", ':', coalesce(\"arealbruksstatus\", 1))"


def _fill(colour: str, outline: str = "#8c8c8c", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": colour, "outline_color": outline, "outline_width": width})


def _present(layer) -> Dict[Tuple[str, int, int], int]:
    """The (plan system, code, status) of the layer's land use, with how many polygons have each."""
    from qgis.core import QgsFeatureRequest

    fields = [f for f in ("plansystem", "arealformål", "arealbruksstatus") if layer.fields().indexOf(f) >= 0]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(fields, layer.fields())
    found: Dict[Tuple[str, int, int], int] = {}
    for feature in layer.getFeatures(request):  # attributes only; a plan has thousands, not millions
        system, code, status = (feature[f] if f in fields else None for f in ("plansystem", "arealformål",
                                                                             "arealbruksstatus"))
        key = (_text(system), _whole(code, -1), _whole(status, 1))
        found[key] = found.get(key, 0) + 1
    return found


def _whole(value, missing: int) -> int:
    """An attribute as a whole number; ``missing`` for NULL (QGIS's NULL is no None) or no number."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return missing


def _text(value) -> str:
    return "" if value is None or (hasattr(value, "isNull") and value.isNull()) else str(value)


def land_use_renderer(layer) -> QgsCategorizedSymbolRenderer:
    """One legend entry per plan system, code and status present, in the official colour."""
    categories = []
    for (system, code, status), _count in sorted(_present(layer).items()):
        known = system in ("kpa", "rpa", "kp1985", "rp1985") and code >= 0
        colour = code_colour(system, code, status) if known else None
        name = code_label(system, code) if known else None
        if name:
            label = "{} {}".format(code, name)
        else:
            label = tr("{code} (not in the code list)").format(code=code if code >= 0 else "?")
        if status == 2:
            label = tr("{land_use}, future").format(land_use=label)
        level = {"kpa": "KPA", "kp1985": "KPA", "rpa": "RP", "rp1985": "RP"}.get(system, "")
        categories.append(QgsRendererCategory("{}:{}:{}".format(system, code if code >= 0 else "", status),
                                              _fill(colour or UNKNOWN_COLOUR), "{} {}".format(level, label).strip()))
    return QgsCategorizedSymbolRenderer(CATEGORY, categories)


def style_land_use(layer) -> None:
    layer.setRenderer(land_use_renderer(layer))


def style_hensynssoner(layer) -> None:
    """Hatched in red over the land use, with a red outline."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "#c00000", "style": "b_diagonal", "outline_color": "#c00000", "outline_width": "0.4"})))


def style_plan_areas(layer) -> None:
    """The plans' borders only: a filled plan area would hide its own land use."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "style": "no", "outline_color": "#000000", "outline_width": "0.6", "outline_style": "dash"})))


def style_building_limits(layer) -> None:
    """Black, in long dashes (2:1, as the 14 7 pattern of DiBK's plan map for byggegrense,
    juridisk linje 1211), so it is not taken for the plan areas' short dashes."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
        "line_color": "#000000", "line_width": "0.5", "customdash": "4;2", "use_custom_dash": "1",
        "customdash_unit": "MM"})))


#: The styler of each imported table, by output key.
STYLERS = {"LAND_USE": style_land_use, "HENSYNSSONER": style_hensynssoner, "PLAN_AREAS": style_plan_areas,
           "BUILDING_LIMITS": style_building_limits}
