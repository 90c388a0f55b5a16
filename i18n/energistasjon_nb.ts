<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>@default</name>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="57"/>
        <source>Score candidate sites...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="65"/>
        <source>&amp;Energistasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="107"/>
        <source>The Python package &apos;rasterio&apos; is needed to read the elevation model (DEM). Install it in QGIS&apos;s Python (for example &apos;python -m pip install rasterio&apos; in the OSGeo4W shell) and restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="122"/>
        <source>The elevation model &apos;{layer}&apos; could not be read from &apos;{path}&apos; ({error}). Give a raster file GDAL can open, for example a GeoTIFF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="133"/>
        <source>The elevation model &apos;{layer}&apos; is in geographic coordinates (degrees); slope in percent needs a projected DEM in metres. Reproject it first, for example to ETRS89 / UTM 33N (EPSG:25833).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="190"/>
        <source>The maximum slope for flat ground (parameter &apos;flat_slope_pct&apos;) used with the elevation model &apos;{layer}&apos; must be a number of percent, 0 or more, for every site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="235"/>
        <source>The elevation model &apos;{layer}&apos; or the sites have no coordinate system; both are taken to be in the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="413"/>
        <source>The elevation model &apos;{layer}&apos; could not be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain.py" line="551"/>
        <source>The minimum DEM coverage for the elevation model &apos;{layer}&apos; must be between 0 and 1, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="96"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; ({purpose}); its fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="108"/>
        <source>Layer &apos;{layer}&apos; has no field for {purpose} (looked for {candidates}); choose the field in the parameters. Its fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="204"/>
        <source>Layer &apos;{layer}&apos; is in {crs}, the sites in {site_crs}; reproject one so both use the same CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="212"/>
        <source>Layer &apos;{layer}&apos; is in a geographic CRS ({crs}) measured in degrees; reproject it and the sites to a projected CRS in metres, e.g. EPSG:25833.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="280"/>
        <source>the zoning code (arealformål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="281"/>
        <source>the arealbruksstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="282"/>
        <source>the plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="288"/>
        <source>Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); choose the field with the SOSI arealformål code such as 1340.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="351"/>
        <source>Unknown plan type &apos;{declared}&apos;; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="385"/>
        <source>Cannot tell from its codes whether the zoning layer is a kommuneplan or a reguleringsplan; say which plan type the layer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="442"/>
        <source>The zoning layer has no &apos;code&apos; column; read it with normalise_zoning() first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="445"/>
        <source>zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="618"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="681"/>
        <source>The search distance for layer &apos;{layer}&apos; must be 0 m or more, not {distance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="690"/>
        <source>the hensynssone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning.py" line="692"/>
        <source>the hensynssone name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/progress.py" line="55"/>
        <source>The run was cancelled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="87"/>
        <source>The Python package &apos;geopandas&apos; is needed to read road layers. Install it with: python -m pip install geopandas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="215"/>
        <source>road category (vegkategori)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="217"/>
        <source>road number (vegnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="235"/>
        <source>road type (typeVeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="306"/>
        <source>&apos;{item}&apos; in the corridor list is not a road reference. Write roads like E6, E18, Rv4, Fv120, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="329"/>
        <source>The road table has no &apos;road_label&apos; column; read the road layer with normalise_roads first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="412"/>
        <source>The corridor selection has {n} values but layer &apos;{layer}&apos; has {m} roads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="418"/>
        <source>Layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances need metres. Reproject it to a projected CRS such as EPSG:25833.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="67"/>
        <source>The Python package &apos;geopandas&apos; is needed to read traffic data. Install it with: python -m pip install geopandas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="112"/>
        <source>annual average daily traffic (ÅDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="114"/>
        <source>share of long vehicles (ÅDT, andel lange kjøretøy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="116"/>
        <source>year of the traffic count (År, gjelder for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="126"/>
        <source>Layer &apos;{layer}&apos; has no field for the share of long vehicles; heavy traffic is unknown. Pick the field in the algorithm&apos;s parameters if the layer has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="138"/>
        <source>Field &apos;{field}&apos; of layer &apos;{layer}&apos; holds fractions (all values are at most 1); they were read as percent by multiplying by 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="151"/>
        <source>{n} of {total} segments in layer '{layer}' have no ÅDT value ({zeros} of them published as 0); they count as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="146"/>
        <source>File &apos;{file}&apos; is not UTF-8; it was read as Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="244"/>
        <source>Traffic file &apos;{file}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="251"/>
        <source>Traffic file &apos;{file}&apos; cannot be read as CSV: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="259"/>
        <source>Traffic file &apos;{file}&apos; has no geometry column: none of {names} was found and no column holds WKT. Its columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="276"/>
        <source>Traffic file &apos;{file}&apos; mixes coordinate systems (SRID {srids}); export it again with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="284"/>
        <source>{n} rows of &apos;{file}&apos; have no readable geometry in column &apos;{column}&apos; and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="101"/>
        <source>The Python package &apos;geopandas&apos; is needed to read grid capacity. Install it with: python -m pip install geopandas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="133"/>
        <source>No grid capacity file was given; choose at least one DIGIN JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="137"/>
        <source>Grid capacity file &apos;{file}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="151"/>
        <source>Grid capacity file &apos;{file}&apos; is not valid JSON: {problem} at line {line}, column {column}. Download the file again or repair it at that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="301"/>
        <source>&apos;{source}&apos; contains no substations (the feature collection is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="198"/>
        <source>no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="199"/>
        <source>an object with the keys {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="201"/>
        <source>a list of {n} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="202"/>
        <source>a value of type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="206"/>
        <source>&apos;{source}&apos; is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection (an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; list, possibly inside a list or an &quot;@graph&quot;), but found {found}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="206"/>
        <source> at &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="279"/>
        <source>&apos;{source}&apos; declares a coordinate system that cannot be understood ({crs}). Remove the &quot;crs&quot; member if the coordinates are WGS84 longitude/latitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="383"/>
        <source>{n} of {total} features in &apos;{source}&apos; have no geometry and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="414"/>
        <source>free grid capacity for consumption (availableCons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="416"/>
        <source>substation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="417"/>
        <source>reserved capacity (reservedCons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="418"/>
        <source>free capacity for production (availableProd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="420"/>
        <source>grid company (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="421"/>
        <source>capacity date (capacityDate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="422"/>
        <source>capacity unit (capacityUnit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="423"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="458"/>
        <source>No substation in &apos;{source}&apos; has a published free capacity for consumption (availableCons); it is unknown, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="463"/>
        <source>{n} of {total} substations in &apos;{source}&apos; have no published free capacity for consumption; it is unknown, not zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="483"/>
        <source>&apos;{source}&apos; uses a capacity unit that is not understood ({units}) for {n} substations; their figures were read as MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="491"/>
        <source>Figures published in kW ({n} of {total} substations in &apos;{source}&apos;) were converted to MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="496"/>
        <source>The capacities in &apos;{source}&apos; were taken as kW and converted to MW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="122"/>
        <source>{file}, line {line}: &apos;{key}&apos;: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="127"/>
        <source>The station profile {file} has {n} problem(s); fix them and run again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="140"/>
        <source>The profile file {file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="166"/>
        <source>The profile file {file} is not valid YAML near line {line}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="177"/>
        <source>{file}, line {line}: the key &apos;{key}&apos; appears twice; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="197"/>
        <source>refers to the parameter &apos;{name}&apos;, which the profile does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="209"/>
        <source>needs a &apos;source&apos; (a documented fact) or a &apos;setting&apos; (a labelled assumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="216"/>
        <source>needs a name in both languages, with the keys en and nb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="224"/>
        <source>must be a mapping from parameter names to entries with value, unit and a source or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="230"/>
        <source>needs a &apos;value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="240"/>
        <source>needs zoning rules per plan system (kpa, rpa, kp1985, rp1985)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="248"/>
        <source>unknown plan system; use one of kpa, rpa, kp1985, rp1985</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="251"/>
        <source>must map zoning classes to lists of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="257"/>
        <source>unknown zoning class; use primary, secondary, conditional, conflict or unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="274"/>
        <source>must be a mapping with id, criterion, a test and a source or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="314"/>
        <source>needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="281"/>
        <source>unknown criterion &apos;{name}&apos;; known: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="286"/>
        <source>needs exactly one test: min, max, allowed, forbidden_codes or must_be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="291"/>
        <source>does not fit the criterion &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="295"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="306"/>
        <source>needs at least one factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="310"/>
        <source>must be a mapping with id, criterion, weight, function and a source or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="317"/>
        <source>unknown or non-scorable criterion &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="320"/>
        <source>must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="324"/>
        <source>needs a value function with a type (linear, inverse, threshold, ideal_range, piecewise, categorical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="339"/>
        <source>the criterion &apos;{criterion}&apos; needs the parameter &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="354"/>
        <source>the file must be a mapping of keys (format, id, parameters, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="357"/>
        <source>must be &apos;{expected}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="360"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="362"/>
        <source>the file is for a newer Energistasjon (format {found}); this version reads format {supported}. Update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="368"/>
        <source>is required (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="371"/>
        <source>must be a short ASCII name (letters, digits, _; at most 6 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="381"/>
        <source>the zoning criterion needs zoning rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="385"/>
        <source>must be a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="392"/>
        <source>the weights sum to 0; give at least one factor a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="395"/>
        <source>The factor weights of profile &apos;{id}&apos; summed to {total}; they were scaled to sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="421"/>
        <source>Cannot read the profile file {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="435"/>
        <source>No bundled station profile &apos;{id}&apos;; available: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="23"/>
        <source>landslide/avalanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="24"/>
        <source>flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="25"/>
        <source>radon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="26"/>
        <source>fire/explosion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="27"/>
        <source>shooting range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="28"/>
        <source>high-voltage installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="29"/>
        <source>military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="30"/>
        <source>other hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="32"/>
        <source>hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="38"/>
        <source>{n} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="39"/>
        <source>{n} km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="55"/>
        <source>{label} ({plan} {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="55"/>
        <source>unknown purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="71"/>
        <source>{n} m² in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="73"/>
        <source>{n} m² flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="77"/>
        <source>{d} to the {road} exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="78"/>
        <source>{d} to {road}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="81"/>
        <source>{n} heavy vehicles a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="82"/>
        <source> on {road}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="86"/>
        <source>no free grid capacity within {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="87"/>
        <source>{mw} MW free at {name} {d} away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="94"/>
        <source>{d} to {name}, the nearest substation with {mw} MW free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="98"/>
        <source>no sensitive buildings in the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="99"/>
        <source>{d} to the nearest sensitive building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="102"/>
        <source>no existing station of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="103"/>
        <source>{d} to the nearest existing station of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="112"/>
        <source>{n} m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="114"/>
        <source>{n} MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="123"/>
        <source>area {value} is below the minimum {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="126"/>
        <source>flat area {value} (slope at most {slope} %) is below the minimum {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="130"/>
        <source>zoning {zoning}: {zoning_class}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="133"/>
        <source>{d} to the nearest access to {road}, more than the maximum {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="136"/>
        <source>sensitive building {d} away, closer than the screening distance {limit} (a screening assumption: DSB sets no fixed distances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="140"/>
        <source>inside the protected area {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="140"/>
        <source>inside a protected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="144"/>
        <source>inside hensynssone {zones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="147"/>
        <source>inside the exclusion layer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="149"/>
        <source>{mw} MW free grid capacity, below the minimum {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="152"/>
        <source>{criterion} fails the rule ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="160"/>
        <source>{rule} not checked: no {layer} given [{id}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="162"/>
        <source>{rule} not checked: the site is outside the data [{id}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="169"/>
        <source>unknown: {factors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="65"/>
        <source>The candidate layer &apos;{layer}&apos; has no features. Choose a layer with candidate sites, or uncheck &apos;selected features only&apos; if nothing is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="69"/>
        <source>The candidate layer &apos;{layer}&apos; has no coordinate reference system. Set its CRS (for example EPSG:25833) in the layer properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="72"/>
        <source>The candidate layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances and areas need metres. Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="77"/>
        <source>The candidate layer &apos;{layer}&apos; has {types} geometries; sites must be polygons (parcels, plan areas or drawn sites). Buffer points or lines into polygons first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="90"/>
        <source>{n} candidate geometries were invalid and were repaired for the analysis (the input layer is unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="113"/>
        <source>the feature has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="167"/>
        <source>Excluded: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="173"/>
        <source> (not ranked: too little is known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="249"/>
        <source>{n} candidate features have no geometry; they are kept and marked excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="260"/>
        <source>The candidate layer already had the fields {fields}; they were replaced by this run&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="271"/>
        <source>{profile}: left out (no layer given): {layers}; those criteria are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="124"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="173"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (chosen for the {purpose}). Did you mean &apos;{match}&apos;? The layer&apos;s fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="179"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (chosen for the {purpose}). Choose one of the layer&apos;s fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="188"/>
        <source>Layer &apos;{layer}&apos; has no field for the {purpose}: none of {names} was found. Pick the field in the algorithm&apos;s parameters. The layer&apos;s fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="225"/>
        <source>The table has no field &apos;{field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="66"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="67"/>
        <source>Flat area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="68"/>
        <source>Zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="69"/>
        <source>Distance to freight corridor access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="70"/>
        <source>Heavy traffic on the corridor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="71"/>
        <source>Free grid capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="72"/>
        <source>Distance to substation with enough capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="73"/>
        <source>Distance to sensitive buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="74"/>
        <source>Protected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="75"/>
        <source>Hazard zone (hensynssone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="76"/>
        <source>Exclusion layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="77"/>
        <source>Distance to existing station of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="85"/>
        <source>primary zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="86"/>
        <source>secondary zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="87"/>
        <source>conditional zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="88"/>
        <source>zoning conflict (plan change or dispensation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="89"/>
        <source>unsuitable zoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="97"/>
        <source>elevation model (DEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="98"/>
        <source>zoning (KPA/RP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="99"/>
        <source>roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="100"/>
        <source>traffic (ÅDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="101"/>
        <source>grid capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="102"/>
        <source>buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="103"/>
        <source>protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="104"/>
        <source>hazard zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="105"/>
        <source>exclusion layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria_catalog.py" line="106"/>
        <source>existing stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="112"/>
        <source>unknown value function type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="116"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="119"/>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="125"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="129"/>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="131"/>
        <source>needs min &lt;= max and tolerance &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="138"/>
        <source>needs at least two [x, y] pairs of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="140"/>
        <source>x values must increase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="142"/>
        <source>y values must lie between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="146"/>
        <source>needs a mapping of category: score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="39"/>
        <source>{package} is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="43"/>
        <source>{package} {version} is too old (needs {minimum} or newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="51"/>
        <source>Energistasjon needs Python packages that this QGIS does not have: {problems}.

Windows (OSGeo4W or the QGIS standalone installer): open the &apos;OSGeo4W Shell&apos; from the Start menu and run:
    python -m pip install &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=0.14&quot;
(QGIS 3.34 and newer already ship shapely 2.)

Debian/Ubuntu: sudo apt install python3-rasterio python3-pandas python3-yaml python3-pip, then
    python3 -m pip install --user &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=0.14&quot;
(on Ubuntu 24.04 use a venv made with --system-site-packages and start QGIS with its site-packages on PYTHONPATH).

Restart QGIS afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="72"/>
        <source>Unknown plan system &apos;{system}&apos;; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="83"/>
        <source>The code list &apos;{path}&apos; is missing; reinstall the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="92"/>
        <source>The code list &apos;{path}&apos; lacks the column(s) {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="106"/>
        <source>The code list &apos;{path}&apos; has a non-integer code or status on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="116"/>
        <source>The code list &apos;{path}&apos; has a bad colour &apos;{colour}&apos; on line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="295"/>
        <source>&apos;{key}&apos; must be a list of codes or ranges such as [1340, &quot;1100-1199&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="315"/>
        <source>&apos;{key}&apos; is {value!r}: write a code (1340) or a range with the low code first (&quot;1100-1199&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="51"/>
        <source>The layer &apos;{layer}&apos; has no features; the criteria that need it are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="56"/>
        <source>The layer &apos;{layer}&apos; has no CRS; it was assumed to be in the candidates&apos; CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="135"/>
        <source>The grid-capacity data has no substations; grid capacity is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="152"/>
        <source>hensynssone code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="184"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="173"/>
        <source>building type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="182"/>
        <source>station type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_builder.py" line="189"/>
        <source>{n} features in &apos;{layer}&apos; have a station type that is not hydrogen, battery or biogas (field &apos;{field}&apos;); they are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="31"/>
        <source>Energistasjon: energy stations for heavy freight transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/adapter.py" line="85"/>
        <source>The layer &apos;{layer}&apos; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/adapter.py" line="165"/>
        <source>Could not write the output layer: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="35"/>
        <source>Hydrogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="36"/>
        <source>Battery-electric truck charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="37"/>
        <source>Biogas (CBG/LBG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="80"/>
        <source>Score candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="83"/>
        <source>Site selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="89"/>
        <source>Scores candidate sites (parcels, plan areas or drawn polygons) for hydrogen, battery-electric truck charging and biogas stations.

For each site and station type the output says whether the site is possible at all (excluded, with every rule it failed in words), each factor's raw value and 0-1 sub-score, a 0-100 score, the rank and one sentence explaining it.

Rules and weights come from the station profiles (resources/profiles; load your own YAML file to change them). Context layers are optional: a criterion whose layer is left out is reported as unknown, never as zero. Layers in other CRSs are reprojected to the candidates' CRS, which must be projected (for example EPSG:25833).

Grid capacity: the grid companies' published DIGIN GridCapacity JSON file, or a point layer with free capacity in MW. Traffic: NVDB Trafikkmengde (ÅDT and share of long vehicles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="113"/>
        <source>Candidate sites (polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="114"/>
        <source>Station types to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="117"/>
        <source>Own station profile (YAML, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="117"/>
        <source>Station profile (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="119"/>
        <source>Roads (vegkategori, vegnummer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="121"/>
        <source>Road category field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="123"/>
        <source>Road number field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="125"/>
        <source>Freight corridors (blank: the profiles&apos; lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="127"/>
        <source>Traffic (NVDB Trafikkmengde, ÅDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="129"/>
        <source>ÅDT field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="131"/>
        <source>Share of long vehicles field (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="133"/>
        <source>Grid capacity file (DIGIN GridCapacity JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="133"/>
        <source>GridCapacity JSON (*.json *.geojson *.jsonld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="135"/>
        <source>Substations with free capacity (layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="137"/>
        <source>Free capacity field (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="139"/>
        <source>Kommuneplan land use (KPA arealformål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="141"/>
        <source>KPA land-use code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="143"/>
        <source>Reguleringsplan land use (RP arealformål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="145"/>
        <source>RP land-use code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="147"/>
        <source>Hazard zones (hensynssoner, faresone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="149"/>
        <source>Hazard zone code field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="151"/>
        <source>Protected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="153"/>
        <source>Other exclusion layers (water, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="155"/>
        <source>Buildings (bygningstype)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="157"/>
        <source>Building type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="159"/>
        <source>Existing stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="161"/>
        <source>Station type field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="163"/>
        <source>Elevation model (DEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="164"/>
        <source>Language of the explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="164"/>
        <source>As QGIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="166"/>
        <source>Scored sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="167"/>
        <source>Notes about the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="200"/>
        <source>Choose at least one station type to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="219"/>
        <source>candidate sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="220"/>
        <source>Reading the candidate sites...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="225"/>
        <source>Reading the context layers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="230"/>
        <source>The elevation model &apos;{layer}&apos; is not a file GDAL can read (provider &apos;{provider}&apos;). Save it as a GeoTIFF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="264"/>
        <source>Scoring {n} sites for: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="272"/>
        <source>{profile}: {excluded} excluded, {ranked} ranked (profile {path}, sha256 {hash})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
