# SPDX-License-Identifier: GPL-2.0-or-later
"""The context layers, declared once each: what the algorithms ask for (parameter, label,
geometry, field choices), what the checklist panel offers, how the reader normalises the layer
into the :class:`~.context.SiteContext`, and which criteria read it.

The Processing parameters (``processing/context_parameters.py``), the panel's layer choices
(``gui/context_form.py``), :func:`~.context_builder.build_context` and the table in the README
(``scripts/declarations_table.py``) are all made from :data:`LAYERS`.  To add a layer, declare
it here with its reader (:mod:`.layer_readers`) and a test; nothing else changes.  The criteria
that read it name its ``feeds`` as their ``layer``.
"""
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable, Dict, Optional, Tuple

from . import layer_readers as read
from .i18n import tr

#: Geometry of a layer: what the algorithm's parameter and the panel's choice accept.
LINE, POLYGON, POINT, POINT_OR_POLYGON, RASTER, FILE = "line", "polygon", "point", "point_or_polygon", "raster", "file"

HAZARD_FIELDS = ("fare", "faresone", "hensynSonenavn", "hensynsonenavn", "hensynskategori", "hensynSonekategori")
PROTECTED_FIELDS = ("verneform", "vernedato", "verneplan", "iucn", "naturvernomrade", "verneområde")


def _readers() -> SimpleNamespace:
    """The reader modules, imported when their default names are asked for: this module loads
    with the plugin (the algorithms' parameters), before anyone has checked that geopandas,
    which the readers need, is installed."""
    from .readers import digin, nvdb, roads
    from .zoning import plan_layers

    return SimpleNamespace(digin=digin, nvdb=nvdb, roads=roads, plan_layers=plan_layers)


def _corridor_list(text: str) -> list:
    return _readers().roads.parse_corridor_list(text)


@dataclass(frozen=True)
class FieldRole:
    """A field a reader uses: the user's choice, else the first of its default names the layer has.

    Attributes
    ----------
    purpose : str
        Key in :attr:`~.layer_readers.LayerInput.fields` (``category``).
    label : callable () -> str
        The field choice's label in the algorithm's dialog.
    defaults : callable () -> tuple of str
        The names the reader tries, in order (compared as the readers compare names).
    parameter : str, optional
        The algorithm's parameter for the choice; None: always detected.
    numeric : bool
        The dialog offers numeric fields only.
    """

    purpose: str
    label: Callable[[], str]
    defaults: Callable[[], Tuple[str, ...]]
    parameter: Optional[str] = None
    numeric: bool = False


@dataclass(frozen=True)
class Setting:
    """A run setting typed beside a layer (the freight corridors beside the roads).

    ``parse`` turns the typed text into the value; the engine uses it instead of the profiles'
    parameter of the same ``name``.
    """

    name: str
    parameter: str
    label: Callable[[], str]
    parse: Callable[[str], object]
    help: Optional[Callable[[], str]] = None


@dataclass(frozen=True)
class Recognised:
    """How the checklist panel recognises the layer among a project's layers: a field of ``fields``
    or of the default names of the field role ``role`` (matched as the readers match them),
    and/or a word of ``words`` in its name."""

    words: Tuple[str, ...]
    fields: Tuple[str, ...] = ()
    role: Optional[str] = None
    needs_field: bool = True
    needs_word: bool = False


@dataclass(frozen=True)
class ContextLayer:
    """One context layer.

    Attributes
    ----------
    id : str
        Stable id: the panel's choice and its entry in the QGIS project (``context/<id>``).
    keyword : str
        Its argument of :func:`~.context_builder.build_context` (``roads_layer``, ``kpa_layers``).
    parameter : str
        The algorithms' parameter name.
    label : callable () -> str
        The parameter's label.
    geometry : str
        :data:`LINE`, :data:`POLYGON`, :data:`POINT`, :data:`POINT_OR_POLYGON`, :data:`RASTER` or
        :data:`FILE` (read by the reader from its path).
    read : callable (layer, frame, reading) -> value or None
        The reader (:mod:`.layer_readers`).
    feeds : str
        What the criteria that read it name as their ``layer``; layers with the same ``feeds``
        answer together (the KPA and RP feed ``zoning``).
    feeds_label : callable () -> str
        Name of what it feeds, for "left out" and "not checked" notes.
    entry : str, optional
        Its entry in the SiteContext (default ``id``); layers with the same entry are put
        together into one frame (grid-capacity files and a substation layer).
    multiple : bool
        Several layers may be given (one KPA per municipality).
    keep_apart : bool
        Several layers stay a list of (name, frame): the criterion says which one a site lies in.
    fields : tuple of FieldRole
    settings : tuple of Setting
    advanced : bool
        An advanced parameter of the algorithms.
    file_filter : callable () -> str, optional
        File dialog filter of a :data:`FILE` layer.
    panel_label : callable () -> str, optional
        Its label in the checklist panel; None: not offered there.
    recognised : Recognised, optional
        How the panel picks it from a project.
    empty_note : callable () -> str, optional
        Said when the layers of its entry were given but yield nothing.
    fallback : callable (reading) -> (name, value) or None, optional
        What stands in for it when it is not given, from what other layers held (the
        hensynssoner of a plan layer given as zoning stand in for the hazard layer).
    help : callable () -> str, optional
        What the input is, which fields or codes it needs and where to get it: the parameter's
        tooltip and its entry on the algorithm's help page.
    supplements : bool
        It only refines criteria that answer without it (the plans' byggegrense lines): left out
        or empty, it makes nothing unknown.
    """

    id: str
    keyword: str
    parameter: str
    label: Callable[[], str]
    geometry: str
    read: Callable
    feeds: str
    feeds_label: Callable[[], str]
    entry: Optional[str] = None
    multiple: bool = False
    keep_apart: bool = False
    fields: Tuple[FieldRole, ...] = ()
    settings: Tuple[Setting, ...] = ()
    advanced: bool = False
    file_filter: Optional[Callable[[], str]] = None
    panel_label: Optional[Callable[[], str]] = None
    recognised: Optional[Recognised] = None
    empty_note: Optional[Callable[[], str]] = None
    fallback: Optional[Callable] = None
    help: Optional[Callable[[], str]] = None
    supplements: bool = False

    @property
    def entry_key(self) -> str:
        return self.entry or self.id

    @property
    def is_file(self) -> bool:
        """Given as a file path (read by its reader), not as features."""
        return self.geometry in (FILE, RASTER)


def _zoning_label() -> str:
    return tr("zoning (KPA/RP)")


def _grid_label() -> str:
    return tr("grid capacity")


def _no_substations() -> str:
    return tr("The grid-capacity data has no substations; grid capacity is unknown.")


def _grid_filter() -> str:
    return tr("GridCapacity JSON (*.json *.geojson *.jsonld)")


#: The context layers, in the order of the dialog, the reading and the notes.
LAYERS: Tuple[ContextLayer, ...] = (
    ContextLayer(
        "roads", "roads_layer", "ROADS", lambda: tr("Roads (vegkategori, vegnummer)"), LINE, read.read_roads,
        "roads", lambda: tr("roads"),
        fields=(FieldRole("category", lambda: tr("Road category field"), lambda: _readers().roads.CATEGORY_CANDIDATES,
                          "ROAD_CATEGORY_FIELD"),
                FieldRole("number", lambda: tr("Road number field"), lambda: _readers().roads.NUMBER_CANDIDATES,
                          "ROAD_NUMBER_FIELD")),
        settings=(Setting("corridors", "CORRIDORS", lambda: tr("Freight corridors (blank: the profiles' lists)"),
                          _corridor_list,
                          help=lambda: tr("The roads that count as freight corridors in this run, such as 'E6, "
                                          "E18, Rv4' (commas, spaces or words such as 'Riksveg 4'). Left empty, "
                                          "each station profile's own list is used.")),),
        panel_label=lambda: tr("Roads (vegkategori, vegnummer)"),
        recognised=Recognised(("veg", "vei", "road", "nvdb"), role="category"),
        help=lambda: tr("A network of road centrelines as NVDB and Kartverket's Elveg 2.0 export it: vegkategori and "
                        "vegnummer, or a vegsystemreferanse such as 'EV6 S1D1 m0-100'. Road areas and points "
                        "(FKB-Veg) are not a network and are refused.")),
    ContextLayer(
        "traffic", "traffic_layer", "TRAFFIC", lambda: tr("Traffic (NVDB Trafikkmengde, ÅDT)"), LINE,
        read.read_traffic, "traffic", lambda: tr("traffic (ÅDT)"),
        fields=(FieldRole("aadt", lambda: tr("ÅDT field"), lambda: _readers().nvdb.AADT_CANDIDATES, "AADT_FIELD",
                          numeric=True),
                FieldRole("long_share", lambda: tr("Share of long vehicles field (%)"),
                          lambda: _readers().nvdb.LONG_SHARE_CANDIDATES, "LONG_SHARE_FIELD")),
        help=lambda: tr("NVDB object type 540 Trafikkmengde, exported from Vegkart or the NVDB API: the annual "
                        "average daily traffic (ÅDT, field ådtTotal) and the share of long vehicles (over 5.6 m, "
                        "ådtAndelLangeKjøretøy, in %). Heavy traffic is ÅDT × share; the count on the site's "
                        "corridor is preferred when the layer has road numbers.")),
    ContextLayer(
        "grid_file", "grid_capacity_files", "GRID_CAPACITY_FILE",
        lambda: tr("Grid capacity files or folders (DIGIN GridCapacity JSON, one per grid company)"), FILE,
        read.read_grid_file, "substations",
        _grid_label, entry="substations", multiple=True, file_filter=_grid_filter,
        panel_label=lambda: tr("Grid capacity file (DIGIN GridCapacity JSON)"), empty_note=_no_substations,
        help=lambda: tr("The free capacity the grid companies publish (forskrift om energiutredninger § 15) as "
                        "DIGIN10-30 GridCapacity JSON: one file per grid company (Elvia, Glitre Nett, Lede, "
                        "Norgesnett...) or a folder of them; Statnett's transmission areas are read as areas. The log "
                        "names each file's publisher and date; placeholder zeros, coordinates that cannot be in the "
                        "file's CRS and capacities that are no figures are said and left unknown.")),
    ContextLayer(
        "substation_layer", "substation_layer", "SUBSTATIONS",
        lambda: tr("Grid capacity layer in the project (a loaded DIGIN file, or your own substations)"),
        POINT_OR_POLYGON, read.read_substation_layer, "substations", _grid_label, entry="substations",
        empty_note=_no_substations,
        help=lambda: tr("A DIGIN grid capacity file already loaded in the project (read as the file it is: "
                        "publisher, date, areas), or your own layer of substations with free capacity in MW (choose "
                        "its field if it is not found)."),
        fields=(FieldRole("available", lambda: tr("Free capacity field (MW)"),
                          lambda: _readers().digin.CAPACITY_CANDIDATES, "AVAILABLE_FIELD"),
                FieldRole("name", lambda: tr("name"), lambda: _readers().digin.NAME_CANDIDATES))),
    ContextLayer(
        "kpa", "kpa_layers", "ZONING_KPA", lambda: tr("Kommuneplan land use (KPA arealformål), one or more layers"),
        POLYGON, read.read_kpa, "zoning", _zoning_label, multiple=True,
        fields=(FieldRole("code", lambda: tr("KPA land-use code field (blank: detect)"),
                          lambda: _readers().plan_layers.ZONING_CODE_FIELDS, "KPA_CODE_FIELD"),),
        panel_label=lambda: tr("Kommuneplan land use (KPA)"),
        recognised=Recognised(("kpa", "kommuneplan", "kparealformal", "kp"), role="code", needs_word=True),
        help=lambda: tr("The kommuneplan's land use (arealformål) as the plan register publishes it in the SOSI Plan "
                        "5.0 structure: polygons with the code list's numbers (1300 næringsvirksomhet, 5100 LNFR...). "
                        "Run Import plan data once on the GML or GeoJSON file to get land use, hensynssoner and plan "
                        "areas in one GeoPackage. Where a reguleringsplan also covers the site, the newer plan "
                        "prevails (pbl § 1-5), unless the kommuneplan keeps the reguleringsplan in force (H910): "
                        "give both, with their dates (ikrafttredelsesdato).")),
    ContextLayer(
        "rp", "rp_layers", "ZONING_RP",
        lambda: tr("Reguleringsplan land use (RP arealformål, also pbl 1985), one or more layers"),
        POLYGON, read.read_rp, "zoning", _zoning_label, multiple=True,
        fields=(FieldRole("code", lambda: tr("RP land-use code field (blank: detect)"),
                          lambda: _readers().plan_layers.ZONING_CODE_FIELDS, "RP_CODE_FIELD"),),
        panel_label=lambda: tr("Reguleringsplan land use (RP)"),
        recognised=Recognised(("rp", "regulering", "reguleringsplan", "rparealformal", "detaljregulering"),
                              role="code", needs_word=True),
        help=lambda: tr("The reguleringsplaner's land use (arealformål) from the plan register in the SOSI Plan 5.0 "
                        "structure (four-digit codes, 1340 industri...), or older plans under pbl 1985 "
                        "(reguleringsformål codes). With the plan's id and date the tool can say which plan applies "
                        "where plans overlap; land use without a readable code is unknown, never zero.")),
    ContextLayer(
        "hazards", "hazard_layer", "HAZARD_ZONES", lambda: tr("Hazard zones (hensynssoner, faresone)"), POLYGON,
        read.read_hazards, "hazards", lambda: tr("hazard zones"), fallback=read.plan_hazards,
        fields=(FieldRole("code", lambda: tr("Hazard zone code field"),
                          lambda: _readers().plan_layers.HAZARD_CODE_FIELDS, "HAZARD_CODE_FIELD"),),
        panel_label=lambda: tr("Hazard zones (hensynssoner, faresone)"),
        recognised=Recognised(("faresone", "fare", "hensyn", "hazard"), HAZARD_FIELDS),
        help=lambda: tr("The plans' hensynssoner (pbl § 11-8, § 12-6) with their SOSI codes: 310 landslide, 320 "
                        "flood, 350 fire/explosion, 370 high voltage, 140 sight zone, 110 drinking water... What each "
                        "code means for a station type (exclude, or assess the site) is the profile's table. When "
                        "the plan layers already hold their hensynssoner, this input can stay empty. NVE's flood and "
                        "landslide maps belong under Other exclusion layers.")),
    ContextLayer(
        "protected", "protected_layer", "PROTECTED_AREAS", lambda: tr("Protected areas"), POLYGON,
        read.read_protected, "protected", lambda: tr("protected areas"),
        fields=(FieldRole("name", lambda: tr("name"), lambda: read.PROTECTED_NAME_CANDIDATES),),
        panel_label=lambda: tr("Protected areas"),
        recognised=Recognised(("vern", "protected", "naturvern"), PROTECTED_FIELDS, needs_field=False),
        help=lambda: tr("Areas protected under naturmangfoldloven, such as Miljødirektoratet's Naturvernområder on "
                        "Geonorge. A site that shares area with one is excluded (bundled profiles); the area's "
                        "name (field navn) is given in the reason.")),
    ContextLayer(
        "exclusions", "exclusion_layers", "EXCLUSION_LAYERS", lambda: tr("Other exclusion layers (water, ...)"),
        POLYGON, read.read_exclusion, "exclusions", lambda: tr("exclusion layers"), multiple=True, keep_apart=True,
        advanced=True,
        help=lambda: tr("Any polygon layers where no station can be (lakes and rivers, NVE's flood and quick-clay "
                        "zones, cultural heritage sites...). A site that shares area with one of them is excluded, and "
                        "the reason names the layer: give each layer a name that says what it is.")),
    ContextLayer(
        "buildings", "building_layer", "BUILDINGS", lambda: tr("Buildings (bygningstype)"), POINT_OR_POLYGON,
        read.read_buildings, "buildings", lambda: tr("buildings"),
        fields=(FieldRole("type", lambda: tr("Building type field"), lambda: read.BUILDING_TYPE_CANDIDATES,
                          "BUILDING_TYPE_FIELD"),),
        panel_label=lambda: tr("Buildings (bygningstype)"),
        recognised=Recognised(("bygning", "bygg", "building"), role="type"),
        help=lambda: tr("Buildings with the matrikkel's building type (bygningstype: 111-199 dwellings, 612 "
                        "kindergarten, 613-619 school, 711-719 hospital, 721-729 care home...), as points from "
                        "Matrikkelen or footprints from FKB-Bygning on Geonorge. They give the distance to dwellings "
                        "and to vulnerable buildings, screened against the profile's distances (DSB sets no fixed "
                        "safety distances: a risk analysis decides); a building without a type counts as possibly "
                        "vulnerable.")),
    ContextLayer(
        "existing", "existing_layer", "EXISTING_STATIONS", lambda: tr("Existing stations"), POINT,
        read.read_existing, "existing", lambda: tr("existing stations"),
        fields=(FieldRole("type", lambda: tr("Station type field"), lambda: read.STATION_TYPE_CANDIDATES,
                          "STATION_TYPE_FIELD"),
                FieldRole("name", lambda: tr("name"), lambda: read.STATION_NAME_CANDIDATES)),
        help=lambda: tr("Stations already built or decided, as points with their type (hydrogen, battery or biogas; "
                        "Norwegian words such as batteri, lading, biogass are read too). A new station far from one "
                        "of the same type fills a gap in the network; features of other types are ignored and "
                        "counted in the log.")),
    ContextLayer(
        "freight_nodes", "freight_node_layer", "FREIGHT_NODES",
        lambda: tr("Freight nodes and rest areas (terminals, ports, døgnhvileplasser)"), POINT_OR_POLYGON,
        read.read_freight_nodes, "freight_nodes", lambda: tr("freight nodes and rest areas"),
        fields=(FieldRole("name", lambda: tr("name"), lambda: read.FREIGHT_NODE_NAME_CANDIDATES),),
        help=lambda: tr("Where trucks stop anyway: freight terminals (Alnabru), ports (Moss, Borg, Drammen) and "
                        "rest areas for the daily rest (døgnhvileplass, NVDB object type 809; rasteplass, 39), as "
                        "points or areas, exported from Vegkart or drawn by hand; the name (field navn) is given in "
                        "the explanation. A station near one serves trucks during their breaks. The bundled "
                        "profiles do not weigh it yet: add the factor freight_nodes to a profile of your own "
                        "(resources/profiles/README.md).")),
    ContextLayer(
        "supply", "supply_layer", "SUPPLY", lambda: tr("Supply (hydrogen producers, biogas plants, LBG terminals)"),
        POINT_OR_POLYGON, read.read_supply, "supply", lambda: tr("supply of hydrogen and biogas"),
        fields=(FieldRole("carrier", lambda: tr("Energy carrier field"), lambda: read.SUPPLY_CARRIER_CANDIDATES,
                          "SUPPLY_CARRIER_FIELD"),
                FieldRole("name", lambda: tr("name"), lambda: read.SUPPLY_NAME_CANDIDATES)),
        help=lambda: tr("Where a hydrogen or biogas station gets its fuel: hydrogen producers, biogas plants and LBG "
                        "terminals, as points or areas drawn by hand, with the energy carrier (hydrogen, H2, biogass, "
                        "LBG, CBG) in a field such as energibærer and the name in navn. A station near its supply "
                        "needs shorter trips by tube trailer or tanker. The bundled profiles do not weigh it yet: add "
                        "the factor supply to a profile of your own (resources/profiles/README.md); a hydrogen "
                        "profile that makes its hydrogen on site counts as supplied.")),
    ContextLayer(
        "building_limits", "building_limit_layer", "BUILDING_LIMITS", lambda: tr("Plans' building lines (byggegrense)"),
        LINE, read.read_building_limits, "building_limits", lambda: tr("plans' building lines"), advanced=True,
        supplements=True,
        panel_label=lambda: tr("Plans' building lines (byggegrense)"),
        recognised=Recognised(("byggegrense", "byggegrenser", "juridisklinje"), needs_field=False),
        help=lambda: tr("The reguleringsplaner's byggegrense lines (RpJuridiskLinje with juridisklinje 1211; "
                        "KpJuridiskLinje 1111 in a kommuneplan): the layer 'byggegrenser' that Import plan data "
                        "writes, or lines drawn by hand. Where a plan sets its own byggegrense along a road, that "
                        "line applies instead of vegloven § 29's 50 m or 15 m: the area of a site beyond the plan's "
                        "line, seen from the road, is what is left to build on.")),
    ContextLayer(
        "dem", "dem_path", "DEM", lambda: tr("Elevation model (DEM)"), RASTER, read.read_dem, "dem",
        lambda: tr("elevation model (DEM)"), panel_label=lambda: tr("Elevation model (DEM)"),
        recognised=Recognised(("dem", "dtm", "hoyde", "terreng", "elevation", "hoydemodell"), needs_field=False),
        help=lambda: tr("A terrain model as a raster, such as Kartverket's DTM 10 or DTM 1 from hoydedata.no (GeoTIFF, "
                        "in metres). It gives each site's flat area (cells with a slope at or below the profile's "
                        "limit); cells without data leave the flat area unknown, never zero.")),
)


def layer_label(feeds: str) -> str:
    """Translated name of what a context layer feeds (``zoning (KPA/RP)``), for 'left out' notes."""
    for layer in LAYERS:
        if layer.feeds == feeds:
            return layer.feeds_label()
    return feeds


def entries_feeding(feeds: str) -> Tuple[str, ...]:
    """The SiteContext entries that answer for ``feeds`` (``zoning``: ``kpa``, ``rp``)."""
    return tuple(dict.fromkeys(layer.entry_key for layer in LAYERS if layer.feeds == feeds)) or (feeds,)


def recognised_fields(layer: ContextLayer) -> Tuple[str, ...]:
    """The field names that show a project's layer is ``layer`` (see :class:`Recognised`)."""
    recognised = layer.recognised
    if recognised is None:
        return ()
    role = next((r for r in layer.fields if r.purpose == recognised.role), None)
    return tuple(recognised.fields) + (tuple(role.defaults()) if role is not None else ())


def by_id() -> Dict[str, ContextLayer]:
    """The declarations by id."""
    return {layer.id: layer for layer in LAYERS}
