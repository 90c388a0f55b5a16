<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>@default</name>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="46"/>
        <source>Score candidate sites...</source>
        <translation>Poengsett aktuelle tomter...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="68"/>
        <source>&amp;Energistasjon</source>
        <translation>&amp;Energistasjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/dem.py" line="21"/>
        <source>The Python package &apos;rasterio&apos; is needed to read the elevation model (DEM). Install it in QGIS&apos;s Python (for example &apos;python -m pip install rasterio&apos; in the OSGeo4W shell) and restart QGIS.</source>
        <translation>Python-pakken 'rasterio' trengs for å lese høydemodellen (DEM). Installer den i Python-miljøet til QGIS (for eksempel 'python -m pip install rasterio' i OSGeo4W Shell) og start QGIS på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/dem.py" line="37"/>
        <source>The elevation model &apos;{layer}&apos; could not be read from &apos;{path}&apos; ({error}). Give a raster file GDAL can open, for example a GeoTIFF.</source>
        <translation>Høydemodellen '{layer}' kunne ikke leses fra '{path}' ({error}). Velg en rasterfil som GDAL kan åpne, for eksempel en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/dem.py" line="49"/>
        <source>The elevation model &apos;{layer}&apos; is in geographic coordinates (degrees); slope in percent needs a projected DEM in metres. Reproject it first, for example to ETRS89 / UTM 33N (EPSG:25833).</source>
        <translation>Høydemodellen '{layer}' har geografiske koordinater (grader); helning i prosent krever en projisert høydemodell i meter. Transformer den først, for eksempel til ETRS89 / UTM 33N (EPSG:25833).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/flat_area.py" line="81"/>
        <source>The maximum slope for flat ground (parameter &apos;flat_slope_pct&apos;) used with the elevation model &apos;{layer}&apos; must be a number of percent, 0 or more, for every site.</source>
        <translation>Største helning for flatt areal (parameteren 'flat_slope_pct') som brukes med høydemodellen '{layer}', må være et tall i prosent, 0 eller mer, for hver tomt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/dem.py" line="82"/>
        <source>The elevation model &apos;{layer}&apos; could not be read ({error}).</source>
        <translation>Høydemodellen '{layer}' kunne ikke leses ({error}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/geometry.py" line="81"/>
        <source>Layer &apos;{layer}&apos; is in a geographic CRS ({crs}) measured in degrees; reproject it and the sites to a projected CRS in metres, e.g. EPSG:25833.</source>
        <translation>Laget '{layer}' har et geografisk koordinatsystem ({crs}) målt i grader; transformer laget og tomtene til et projisert koordinatsystem i meter, f.eks. EPSG:25833.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="308"/>
        <source>Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); choose the field with the SOSI arealformål code such as 1340.</source>
        <translation>Laget '{layer}': feltet '{field}' har ingen numeriske arealformålskoder (f.eks. '{example}'); velg feltet med SOSI-koden for arealformål, for eksempel 1340.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/overlay.py" line="80"/>
        <source>zoning</source>
        <translation>arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="112"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/hazards.py" line="81"/>
        <source>The search distance for layer &apos;{layer}&apos; must be 0 m or more, not {distance}.</source>
        <translation>Søkeavstanden for laget '{layer}' må være 0 m eller mer, ikke {distance}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/progress.py" line="55"/>
        <source>The run was cancelled; no output was written.</source>
        <translation>Kjøringen ble avbrutt; ingen resultater ble lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="254"/>
        <source>road category (vegkategori)</source>
        <translation>vegkategori</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="263"/>
        <source>road number (vegnummer)</source>
        <translation>vegnummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="298"/>
        <source>road type (typeVeg)</source>
        <translation>vegtype (typeVeg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="399"/>
        <source>&apos;{item}&apos; in the corridor list is not a road reference. Write roads like E6, E18, Rv4, Fv120, separated by commas.</source>
        <translation>'{item}' i korridorlisten er ikke en vegreferanse. Skriv vegene slik: E6, E18, Rv4, Fv120, skilt med komma.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="422"/>
        <source>The road table has no &apos;road_label&apos; column; read the road layer with normalise_roads first.</source>
        <translation>Vegtabellen har ikke kolonnen 'road_label'; les inn veglaget med normalise_roads først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="504"/>
        <source>The corridor selection has {n} values but layer &apos;{layer}&apos; has {m} roads.</source>
        <translation>Korridorutvalget har {n} verdier, men laget '{layer}' har {m} veger.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="510"/>
        <source>Layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances need metres. Reproject it to a projected CRS such as EPSG:25833.</source>
        <translation>Laget '{layer}' har et geografisk koordinatsystem ({crs}); avstander krever meter. Transformer det til et projisert koordinatsystem, for eksempel EPSG:25833.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="99"/>
        <source>annual average daily traffic (ÅDT)</source>
        <translation>årsdøgntrafikk (ÅDT)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="101"/>
        <source>share of long vehicles (ÅDT, andel lange kjøretøy)</source>
        <translation>andel lange kjøretøy (ÅDT, andel lange kjøretøy)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="103"/>
        <source>year of the traffic count (År, gjelder for)</source>
        <translation>år for trafikktellingen (År, gjelder for)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="113"/>
        <source>Layer &apos;{layer}&apos; has no field for the share of long vehicles; heavy traffic is unknown. Pick the field in the algorithm&apos;s parameters if the layer has one.</source>
        <translation>Laget '{layer}' har ikke noe felt for andel lange kjøretøy; tungtrafikken er ukjent. Velg feltet i algoritmens parametere hvis laget har et slikt felt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="125"/>
        <source>Field &apos;{field}&apos; of layer &apos;{layer}&apos; holds fractions (all values are at most 1); they were read as percent by multiplying by 100.</source>
        <translation>Feltet '{field}' i laget '{layer}' inneholder andeler (alle verdier er høyst 1); de er lest som prosent ved å gange med 100.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="138"/>
        <source>{n} of {total} segments in layer '{layer}' have no ÅDT value ({zeros} of them published as 0); they count as unknown.</source>
        <translation>{n} av {total} strekninger i laget '{layer}' har ingen ÅDT-verdi ({zeros} av dem publisert som 0); de regnes som ukjente.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="166"/>
        <source>File &apos;{file}&apos; is not UTF-8; it was read as Windows-1252.</source>
        <translation>Filen '{file}' er ikke UTF-8; den ble lest som Windows-1252.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="230"/>
        <source>Traffic file &apos;{file}&apos; does not exist.</source>
        <translation>Trafikkfilen '{file}' finnes ikke.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="237"/>
        <source>Traffic file &apos;{file}&apos; cannot be read as CSV: {error}</source>
        <translation>Trafikkfilen '{file}' kan ikke leses som CSV: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="245"/>
        <source>Traffic file &apos;{file}&apos; has no geometry column: none of {names} was found and no column holds WKT. Its columns are: {columns}.</source>
        <translation>Trafikkfilen '{file}' har ingen geometrikolonne: ingen av {names} ble funnet, og ingen kolonne inneholder WKT. Kolonnene er: {columns}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="262"/>
        <source>Traffic file &apos;{file}&apos; mixes coordinate systems (SRID {srids}); export it again with one.</source>
        <translation>Trafikkfilen '{file}' blander koordinatsystemer (SRID {srids}); eksporter den på nytt med ett koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="270"/>
        <source>{n} rows of &apos;{file}&apos; have no readable geometry in column &apos;{column}&apos; and were skipped.</source>
        <translation>{n} rader i '{file}' har ingen lesbar geometri i kolonnen '{column}' og ble hoppet over.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="153"/>
        <source>No grid capacity file was given; choose at least one DIGIN JSON file.</source>
        <translation>Ingen fil med nettkapasitet er oppgitt; velg minst én DIGIN JSON-fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="157"/>
        <source>Grid capacity file &apos;{file}&apos; does not exist.</source>
        <translation>Nettkapasitetsfilen '{file}' finnes ikke.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="171"/>
        <source>Grid capacity file &apos;{file}&apos; is not valid JSON: {problem} at line {line}, column {column}. Download the file again or repair it at that place.</source>
        <translation>Nettkapasitetsfilen '{file}' er ikke gyldig JSON: {problem} på linje {line}, kolonne {column}. Last ned filen på nytt eller rett feilen på dette stedet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="262"/>
        <source>&apos;{source}&apos; contains no substations (the feature collection is empty).</source>
        <translation>'{source}' inneholder ingen transformatorstasjoner (objektsamlingen er tom).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="20"/>
        <source>an object with the keys {keys}</source>
        <translation>et objekt med nøklene {keys}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="22"/>
        <source>a list of {n} items</source>
        <translation>en liste med {n} elementer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="23"/>
        <source>a value of type {type}</source>
        <translation>en verdi av typen {type}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="104"/>
        <source>&apos;{source}&apos; declares a coordinate system that cannot be understood ({crs}). Remove the &quot;crs&quot; member if the coordinates are WGS84 longitude/latitude.</source>
        <translation>'{source}' oppgir et koordinatsystem som ikke kan tolkes ({crs}). Fjern &quot;crs&quot;-elementet hvis koordinatene er WGS84 lengdegrad/breddegrad.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="385"/>
        <source>{n} of {total} features in &apos;{source}&apos; have no geometry and were skipped.</source>
        <translation>{n} av {total} objekter i '{source}' mangler geometri og ble hoppet over.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="419"/>
        <source>free grid capacity for consumption (availableCons)</source>
        <translation>ledig nettkapasitet for forbruk (availableCons)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="421"/>
        <source>substation name</source>
        <translation>navn på transformatorstasjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="422"/>
        <source>reserved capacity (reservedCons)</source>
        <translation>reservert kapasitet (reservedCons)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="423"/>
        <source>free capacity for production (availableProd)</source>
        <translation>ledig kapasitet for produksjon (availableProd)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="425"/>
        <source>grid company (owner)</source>
        <translation>nettselskap (owner)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="426"/>
        <source>capacity date (capacityDate)</source>
        <translation>kapasitetsdato (capacityDate)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="427"/>
        <source>capacity unit (capacityUnit)</source>
        <translation>kapasitetsenhet (capacityUnit)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="428"/>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="476"/>
        <source>No substation in &apos;{source}&apos; has a published free capacity for consumption (availableCons); it is unknown, not zero.</source>
        <translation>Ingen transformatorstasjon i '{source}' har publisert ledig kapasitet for forbruk (availableCons); den er ukjent, ikke null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="481"/>
        <source>{n} of {total} substations in &apos;{source}&apos; have no published free capacity for consumption; it is unknown, not zero.</source>
        <translation>{n} av {total} transformatorstasjoner i '{source}' har ikke publisert ledig kapasitet for forbruk; den er ukjent, ikke null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="501"/>
        <source>&apos;{source}&apos; uses a capacity unit that is not understood ({units}) for {n} substations; their figures were read as MW.</source>
        <translation>'{source}' bruker en kapasitetsenhet som ikke forstås ({units}) for {n} transformatorstasjoner; tallene deres ble lest som MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="509"/>
        <source>Figures published in kW ({n} of {total} substations in &apos;{source}&apos;) were converted to MW.</source>
        <translation>Tall publisert i kW ({n} av {total} transformatorstasjoner i '{source}') ble regnet om til MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="514"/>
        <source>The capacities in &apos;{source}&apos; were taken as kW and converted to MW.</source>
        <translation>Kapasitetene i '{source}' ble tolket som kW og regnet om til MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="51"/>
        <source>{file}, line {line}: &apos;{key}&apos;: {problem}</source>
        <translation>{file}, linje {line}: '{key}': {problem}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="110"/>
        <source>{file}, line {line}: the key &apos;{key}&apos; appears twice; keep one.</source>
        <translation>{file}, linje {line}: nøkkelen '{key}' står to ganger; behold én.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="137"/>
        <source>refers to the parameter &apos;{name}&apos;, which the profile does not define</source>
        <translation>viser til parameteren '{name}', som profilen ikke definerer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="41"/>
        <source>needs a &apos;source&apos; (a documented fact) or a &apos;setting&apos; (a labelled assumption)</source>
        <translation>må ha en 'source' (et dokumentert faktum) eller en 'setting' (en tydelig merket antakelse)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="76"/>
        <source>needs a name in both languages, with the keys en and nb</source>
        <translation>må ha navn på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="164"/>
        <source>must be a mapping from parameter names to entries with value, unit and a source or setting</source>
        <translation>må være en tilordning fra parameternavn til oppføringer med value, unit og source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="181"/>
        <source>needs a &apos;value&apos;</source>
        <translation>må ha en 'value'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="90"/>
        <source>needs zoning rules per plan system (kpa, rpa, kp1985, rp1985)</source>
        <translation>må ha regler for arealformål per plansystem (kpa, rpa, kp1985, rp1985)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="98"/>
        <source>unknown plan system; use one of kpa, rpa, kp1985, rp1985</source>
        <translation>ukjent plansystem; bruk et av kpa, rpa, kp1985, rp1985</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="101"/>
        <source>must map zoning classes to lists of codes</source>
        <translation>må knytte arealformålsklasser til lister med koder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="107"/>
        <source>unknown zoning class; use primary, secondary, conditional, conflict or unsuitable</source>
        <translation>ukjent arealformålsklasse; bruk primary, secondary, conditional, conflict eller unsuitable</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="124"/>
        <source>must be a mapping with id, criterion, a test and a source or setting</source>
        <translation>må være en tilordning med id, criterion, en test og source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="200"/>
        <source>needs a unique id</source>
        <translation>må ha en unik id</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="131"/>
        <source>unknown criterion &apos;{name}&apos;; known: {known}</source>
        <translation>ukjent kriterium '{name}'; kjente kriterier: {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="136"/>
        <source>needs exactly one test: min, max, allowed, forbidden_codes or must_be</source>
        <translation>må ha nøyaktig én test: min, max, allowed, forbidden_codes eller must_be</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="141"/>
        <source>does not fit the criterion &apos;{name}&apos;</source>
        <translation>passer ikke til kriteriet '{name}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="145"/>
        <source>must be a number</source>
        <translation>må være et tall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="192"/>
        <source>needs at least one factor</source>
        <translation>må ha minst én faktor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="196"/>
        <source>must be a mapping with id, criterion, weight, function and a source or setting</source>
        <translation>må være en tilordning med id, criterion, weight, function og source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="203"/>
        <source>unknown or non-scorable criterion &apos;{name}&apos;</source>
        <translation>ukjent kriterium, eller kriterium som ikke kan gi poeng: '{name}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="206"/>
        <source>must be a number of 0 or more</source>
        <translation>må være et tall, 0 eller mer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="210"/>
        <source>needs a value function with a type (linear, inverse, threshold, ideal_range, piecewise, categorical)</source>
        <translation>må ha en verdifunksjon med type (linear, inverse, threshold, ideal_range, piecewise, categorical)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="226"/>
        <source>the criterion &apos;{criterion}&apos; needs the parameter &apos;{name}&apos;</source>
        <translation>kriteriet '{criterion}' krever parameteren '{name}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="128"/>
        <source>must be &apos;{expected}&apos;</source>
        <translation>må være '{expected}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="131"/>
        <source>must be a whole number</source>
        <translation>må være et heltall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="133"/>
        <source>the file is for a newer Energistasjon (format {found}); this version reads format {supported}. Update the plugin.</source>
        <translation>filen er laget for en nyere versjon av Energistasjon (format {found}); denne versjonen leser format {supported}. Oppdater programtillegget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="246"/>
        <source>is required (text)</source>
        <translation>er påkrevd (tekst)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="249"/>
        <source>must be a short ASCII name (letters, digits, _; at most 6 characters)</source>
        <translation>må være et kort ASCII-navn (bokstaver, sifre, _; høyst 6 tegn)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="264"/>
        <source>the zoning criterion needs zoning rules</source>
        <translation>kriteriet for arealformål krever regler for arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="268"/>
        <source>must be a number between 0 and 1</source>
        <translation>må være et tall mellom 0 og 1</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="279"/>
        <source>the weights sum to 0; give at least one factor a weight</source>
        <translation>vektene summerer seg til 0; gi minst én faktor en vekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="282"/>
        <source>The factor weights of profile &apos;{id}&apos; summed to {total}; they were scaled to sum to 1.</source>
        <translation>Faktorvektene i profilen '{id}' summerte seg til {total}; de er skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="329"/>
        <source>No bundled station profile &apos;{id}&apos;; available: {known}</source>
        <translation>Det finnes ingen medfølgende stasjonsprofil '{id}'; tilgjengelige: {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="34"/>
        <source>landslide/avalanche</source>
        <translation>ras- og skredfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="35"/>
        <source>flood</source>
        <translation>flomfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="36"/>
        <source>radon</source>
        <translation>radonfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="37"/>
        <source>fire/explosion</source>
        <translation>brann- og eksplosjonsfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="38"/>
        <source>shooting range</source>
        <translation>skytebane</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="39"/>
        <source>high-voltage installation</source>
        <translation>høyspenningsanlegg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="40"/>
        <source>military</source>
        <translation>militær virksomhet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="41"/>
        <source>other hazard</source>
        <translation>annen fare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/wording.py" line="43"/>
        <source>{n} m</source>
        <translation>{n} m</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/wording.py" line="42"/>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="196"/>
        <source>{label} ({plan} {code})</source>
        <translation>{label} ({plan} {code})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="196"/>
        <source>unknown purpose</source>
        <translation>ukjent formål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="22"/>
        <source>{n} m² in all</source>
        <translation>{n} m² i alt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="50"/>
        <source>{n} m² flat</source>
        <translation>{n} m² flatt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="89"/>
        <source>{d} to the {road} exit</source>
        <translation>{d} til avkjøringen fra {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="90"/>
        <source>{d} to {road}</source>
        <translation>{d} til {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="144"/>
        <source>{n} heavy vehicles a day</source>
        <translation>{n} tunge kjøretøy per døgn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="214"/>
        <source>no free grid capacity within {d}</source>
        <translation>ingen ledig nettkapasitet innen {d}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="299"/>
        <source>{d} to {name}, the nearest substation with {mw} MW free</source>
        <translation>{d} til {name}, nærmeste transformatorstasjon med {mw} MW ledig</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="146"/>
        <source>no sensitive buildings in the layer</source>
        <translation>ingen sårbare bygninger i laget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="147"/>
        <source>{d} to the nearest sensitive building</source>
        <translation>{d} til nærmeste sårbare bygning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="39"/>
        <source>no existing station of this type</source>
        <translation>ingen eksisterende stasjon av denne typen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="40"/>
        <source>{d} to the nearest existing station of this type</source>
        <translation>{d} til nærmeste eksisterende stasjon av samme type</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/wording.py" line="53"/>
        <source>{n} m²</source>
        <translation>{n} m²</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/wording.py" line="58"/>
        <source>{n} MW</source>
        <translation>{n} MW</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="185"/>
        <source>inside the protected area {name}</source>
        <translation>innenfor verneområdet {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="185"/>
        <source>inside a protected area</source>
        <translation>innenfor et verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="268"/>
        <source>inside hensynssone {zones}</source>
        <translation>innenfor hensynssone {zones}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="370"/>
        <source>inside the exclusion layer {name}</source>
        <translation>innenfor utelukkingslaget {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="97"/>
        <source>{criterion} fails the rule ({value})</source>
        <translation>{criterion} oppfyller ikke regelen ({value})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="188"/>
        <source>unknown: {factors}</source>
        <translation>ukjent: {factors}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="92"/>
        <source>The candidate layer &apos;{layer}&apos; has no features. Choose a layer with candidate sites, or uncheck &apos;selected features only&apos; if nothing is selected.</source>
        <translation>Tomtelaget '{layer}' har ingen objekter. Velg et lag med aktuelle tomter, eller fjern haken for 'kun valgte objekter' hvis ingenting er valgt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="96"/>
        <source>The candidate layer &apos;{layer}&apos; has no coordinate reference system. Set its CRS (for example EPSG:25833) in the layer properties.</source>
        <translation>Tomtelaget '{layer}' har ikke noe koordinatsystem. Angi koordinatsystemet (for eksempel EPSG:25833) i lagegenskapene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="99"/>
        <source>The candidate layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances and areas need metres. Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and run again.</source>
        <translation>Tomtelaget '{layer}' har et geografisk koordinatsystem ({crs}); avstander og arealer krever meter. Transformer det til et projisert koordinatsystem, for eksempel EPSG:25833 (ETRS89 / UTM 33N), og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="104"/>
        <source>The candidate layer &apos;{layer}&apos; has {types} geometries; sites must be polygons (parcels, plan areas or drawn sites). Buffer points or lines into polygons first.</source>
        <translation>Tomtelaget '{layer}' har geometrier av typen {types}; tomtene må være polygoner (eiendommer, planområder eller tegnede tomter). Lag buffer rundt punkter eller linjer slik at de blir polygoner først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="117"/>
        <source>{n} candidate geometries were invalid and were repaired for the analysis (the input layer is unchanged).</source>
        <translation>{n} tomtegeometrier var ugyldige og ble reparert for analysen (inndatalaget er uendret).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="153"/>
        <source>the feature has no geometry</source>
        <translation>objektet mangler geometri</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="380"/>
        <source>{n} candidate features have no geometry; they are kept and marked excluded.</source>
        <translation>{n} tomteobjekter mangler geometri; de beholdes og merkes som utelukket.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="407"/>
        <source>The candidate layer already had the fields {fields}; they were replaced by this run&apos;s values.</source>
        <translation>Tomtelaget hadde allerede feltene {fields}; de er erstattet med verdiene fra denne kjøringen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="398"/>
        <source>{profile}: left out (no layer given): {layers}; those criteria are unknown.</source>
        <translation>{profile}: utelatt (ikke noe lag oppgitt): {layers}; disse kriteriene er ukjente.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="124"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="173"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (chosen for the {purpose}). Did you mean &apos;{match}&apos;? The layer&apos;s fields are: {fields}.</source>
        <translation>Laget '{layer}' har ikke feltet '{field}' (valgt for {purpose}). Mente du '{match}'? Feltene i laget er: {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="179"/>
        <source>Layer &apos;{layer}&apos; has no field &apos;{field}&apos; (chosen for the {purpose}). Choose one of the layer&apos;s fields: {fields}.</source>
        <translation>Laget '{layer}' har ikke feltet '{field}' (valgt for {purpose}). Velg et av feltene i laget: {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="188"/>
        <source>Layer &apos;{layer}&apos; has no field for the {purpose}: none of {names} was found. Pick the field in the algorithm&apos;s parameters. The layer&apos;s fields are: {fields}.</source>
        <translation>Laget '{layer}' har ikke noe felt for {purpose}: ingen av {names} ble funnet. Velg feltet i algoritmens parametere. Feltene i laget er: {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/fields.py" line="225"/>
        <source>The table has no field &apos;{field}&apos;.</source>
        <translation>Tabellen har ikke feltet '{field}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="507"/>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>Flat area</source>
        <translation>Flatt areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="230"/>
        <source>Zoning</source>
        <translation>Arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>Heavy traffic on the corridor</source>
        <translation>Tungtrafikk på godskorridoren</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="312"/>
        <source>Free grid capacity</source>
        <translation>Ledig nettkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="312"/>
        <source>Distance to substation with enough capacity</source>
        <translation>Avstand til transformatorstasjon med nok kapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Distance to sensitive buildings</source>
        <translation>Avstand til sårbare bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Protected area</source>
        <translation>Verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Hazard zone (hensynssone)</source>
        <translation>Faresone (hensynssone)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Exclusion layer</source>
        <translation>Utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="52"/>
        <source>Distance to existing station of the same type</source>
        <translation>Avstand til eksisterende stasjon av samme type</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="34"/>
        <source>primary zoning</source>
        <translation>primært arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="35"/>
        <source>secondary zoning</source>
        <translation>sekundært arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="36"/>
        <source>conditional zoning</source>
        <translation>betinget egnet arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="37"/>
        <source>zoning conflict (plan change or dispensation)</source>
        <translation>arealformålskonflikt (krever planendring eller dispensasjon)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="38"/>
        <source>unsuitable zoning</source>
        <translation>uegnet arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>elevation model (DEM)</source>
        <translation>høydemodell (DEM)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="180"/>
        <source>zoning (KPA/RP)</source>
        <translation>arealformål (KPA/RP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>roads</source>
        <translation>veger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>traffic (ÅDT)</source>
        <translation>trafikk (ÅDT)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="312"/>
        <source>grid capacity</source>
        <translation>nettkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>buildings</source>
        <translation>bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="167"/>
        <source>protected areas</source>
        <translation>verneområder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>hazard zones</source>
        <translation>faresoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>exclusion layers</source>
        <translation>utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>existing stations</source>
        <translation>eksisterende stasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="112"/>
        <source>unknown value function type</source>
        <translation>ukjent type verdifunksjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="116"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="119"/>
        <source>unknown key</source>
        <translation>ukjent nøkkel</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="125"/>
        <source>not a number</source>
        <translation>er ikke et tall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="129"/>
        <source>must be greater than 0</source>
        <translation>må være større enn 0</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="131"/>
        <source>needs min &lt;= max and tolerance &gt;= 0</source>
        <translation>krever min &lt;= max og tolerance &gt;= 0</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="138"/>
        <source>needs at least two [x, y] pairs of numbers</source>
        <translation>krever minst to tallpar [x, y]</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="140"/>
        <source>x values must increase</source>
        <translation>x-verdiene må øke</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="142"/>
        <source>y values must lie between 0 and 1</source>
        <translation>y-verdiene må ligge mellom 0 og 1</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/value_functions.py" line="146"/>
        <source>needs a mapping of category: score</source>
        <translation>krever en tilordning kategori: poengsum</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="41"/>
        <source>{package} is not installed</source>
        <translation>{package} er ikke installert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="45"/>
        <source>{package} {version} is too old (needs {minimum} or newer)</source>
        <translation>{package} {version} er for gammel (krever {minimum} eller nyere)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="72"/>
        <source>Unknown plan system &apos;{system}&apos;; use one of: {known}.</source>
        <translation>Ukjent plansystem '{system}'; bruk et av: {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="83"/>
        <source>The code list &apos;{path}&apos; is missing; reinstall the plugin.</source>
        <translation>Kodelisten '{path}' mangler; installer programtillegget på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="92"/>
        <source>The code list &apos;{path}&apos; lacks the column(s) {columns}.</source>
        <translation>Kodelisten '{path}' mangler kolonnen/kolonnene {columns}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="106"/>
        <source>The code list &apos;{path}&apos; has a non-integer code or status on line {line}.</source>
        <translation>Kodelisten '{path}' har en kode eller status som ikke er et heltall, på linje {line}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="116"/>
        <source>The code list &apos;{path}&apos; has a bad colour &apos;{colour}&apos; on line {line}.</source>
        <translation>Kodelisten '{path}' har en ugyldig farge '{colour}' på linje {line}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="295"/>
        <source>&apos;{key}&apos; must be a list of codes or ranges such as [1340, &quot;1100-1199&quot;].</source>
        <translation>'{key}' må være en liste med koder eller intervaller, for eksempel [1340, &quot;1100-1199&quot;].</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="110"/>
        <source>The layer &apos;{layer}&apos; has no features; the criteria that need it are unknown.</source>
        <translation>Laget '{layer}' har ingen objekter; kriteriene som trenger det, er ukjente.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="188"/>
        <source>The grid-capacity data has no substations; grid capacity is unknown.</source>
        <translation>Nettkapasitetsdataene har ingen transformatorstasjoner; nettkapasiteten er ukjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="256"/>
        <source>hensynssone code</source>
        <translation>kode for hensynssone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="337"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="325"/>
        <source>building type</source>
        <translation>bygningstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="356"/>
        <source>station type</source>
        <translation>stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="359"/>
        <source>{n} features in &apos;{layer}&apos; have a station type that is not hydrogen, battery or biogas (field &apos;{field}&apos;); they are ignored.</source>
        <translation>{n} objekter i '{layer}' har en stasjonstype som ikke er hydrogen, batteri eller biogass (feltet '{field}'); de blir utelatt.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="39"/>
        <source>Energistasjon: energy stations for heavy freight transport</source>
        <translation>Energistasjon: energistasjoner for tungtransport</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/outputs.py" line="315"/>
        <source>Could not write the output layer: {error}</source>
        <translation>Kunne ikke skrive resultatlaget: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="28"/>
        <source>Hydrogen</source>
        <translation>Hydrogen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="29"/>
        <source>Battery-electric truck charging</source>
        <translation>Lading for batterielektriske tungbiler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="30"/>
        <source>Biogas (CBG/LBG)</source>
        <translation>Biogass (CBG/LBG)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="58"/>
        <source>Score candidate sites</source>
        <translation>Poengsett aktuelle tomter</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="61"/>
        <source>Site selection</source>
        <translation>Tomtevalg</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="84"/>
        <source>Candidate sites (polygons)</source>
        <translation>Aktuelle tomter (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="90"/>
        <source>Station types to score</source>
        <translation>Stasjonstyper som skal poengsettes</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="96"/>
        <source>Station profile (*.yaml *.yml)</source>
        <translation>Stasjonsprofil (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Roads (vegkategori, vegnummer)</source>
        <translation>Veger (vegkategori, vegnummer)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Road category field</source>
        <translation>Felt for vegkategori</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Road number field</source>
        <translation>Felt for vegnummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Freight corridors (blank: the profiles&apos; lists)</source>
        <translation>Godskorridorer (tom: listene i profilene)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Traffic (NVDB Trafikkmengde, ÅDT)</source>
        <translation>Trafikk (NVDB Trafikkmengde, ÅDT)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>ÅDT field</source>
        <translation>Felt for ÅDT</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Share of long vehicles field (%)</source>
        <translation>Felt for andel lange kjøretøy (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Grid capacity file (DIGIN GridCapacity JSON)</source>
        <translation>Fil med nettkapasitet (DIGIN GridCapacity JSON)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="192"/>
        <source>GridCapacity JSON (*.json *.geojson *.jsonld)</source>
        <translation>GridCapacity JSON (*.json *.geojson *.jsonld)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Free capacity field (MW)</source>
        <translation>Felt for ledig kapasitet (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Hazard zones (hensynssoner, faresone)</source>
        <translation>Faresoner (hensynssoner, faresone)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Hazard zone code field</source>
        <translation>Felt for faresonekode</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Protected areas</source>
        <translation>Verneområder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Other exclusion layers (water, ...)</source>
        <translation>Andre utelukkingslag (vann, ...)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Buildings (bygningstype)</source>
        <translation>Bygninger (bygningstype)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Building type field</source>
        <translation>Felt for bygningstype</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="74"/>
        <source>Existing stations</source>
        <translation>Eksisterende stasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Station type field</source>
        <translation>Felt for stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Elevation model (DEM)</source>
        <translation>Høydemodell (DEM)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="108"/>
        <source>Language of the explanations</source>
        <translation>Språk i forklaringene</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="134"/>
        <source>As QGIS</source>
        <translation>Som QGIS</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="109"/>
        <source>Scored sites</source>
        <translation>Poengsatte tomter</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="123"/>
        <source>Notes about the run</source>
        <translation>Merknader om kjøringen</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="142"/>
        <source>Choose at least one station type to score.</source>
        <translation>Velg minst én stasjonstype som skal poengsettes.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="157"/>
        <source>Reading the candidate sites...</source>
        <translation>Leser de aktuelle tomtene...</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="165"/>
        <source>Reading the context layers...</source>
        <translation>Leser grunnlagslagene...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/layers.py" line="161"/>
        <source>The elevation model &apos;{layer}&apos; is not a file GDAL can read (provider &apos;{provider}&apos;). Save it as a GeoTIFF first.</source>
        <translation>Høydemodellen '{layer}' er ikke en fil som GDAL kan lese (datakilde '{provider}'). Lagre den som GeoTIFF først.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="170"/>
        <source>Scoring {n} sites for: {types}</source>
        <translation>Poengsetter {n} tomter for: {types}</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="181"/>
        <source>{profile}: {excluded} excluded, {ranked} ranked (profile {path}, sha256 {hash})</source>
        <translation>{profile}: {excluded} utelukket, {ranked} rangert (profil {path}, sha256 {hash})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/deps.py" line="53"/>
        <source>Energistasjon needs Python packages that this QGIS does not have: {problems}.

Windows (OSGeo4W or the QGIS standalone installer): open the &apos;OSGeo4W Shell&apos; from the Start menu and run:
    python -m pip install &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=1.0&quot;
(QGIS 3.34 and newer already ship shapely 2.)

Debian/Ubuntu: sudo apt install python3-rasterio python3-pandas python3-yaml python3-venv, then make a venv that sees the system packages and add shapely 2 and geopandas to it:
    python3 -m venv --system-site-packages ~/.local/share/energistasjon-venv
    ~/.local/share/energistasjon-venv/bin/pip install &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=1.0&quot;
and start QGIS with PYTHONPATH=~/.local/share/energistasjon-venv/lib/python3.11/site-packages (adjust the Python version). QGIS on Ubuntu 24.04 already has shapely 2.

Restart QGIS afterwards.</source>
        <translation>Energistasjon trenger Python-pakker som denne QGIS-installasjonen ikke har: {problems}.

Windows (OSGeo4W eller det frittstående installasjonsprogrammet for QGIS): åpne 'OSGeo4W Shell' fra Start-menyen og kjør:
    python -m pip install &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=1.0&quot;
(QGIS 3.34 og nyere har allerede shapely 2.)

Debian/Ubuntu: sudo apt install python3-rasterio python3-pandas python3-yaml python3-venv, lag deretter et virtuelt Python-miljø (venv) som ser systempakkene, og legg til shapely 2 og geopandas i det:
    python3 -m venv --system-site-packages ~/.local/share/energistasjon-venv
    ~/.local/share/energistasjon-venv/bin/pip install &quot;shapely&gt;=2&quot; &quot;geopandas&gt;=1.0&quot;
og start QGIS med PYTHONPATH=~/.local/share/energistasjon-venv/lib/python3.11/site-packages (tilpass Python-versjonen). QGIS på Ubuntu 24.04 har allerede shapely 2.

Start QGIS på nytt etterpå.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Kommuneplan land use (KPA arealformål), one or more layers</source>
        <translation>Kommuneplanens arealdel (KPA arealformål), ett eller flere lag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>KPA land-use code field (blank: detect)</source>
        <translation>Felt for arealformålskode i KPA (tom: finn automatisk)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Reguleringsplan land use (RP arealformål, also pbl 1985), one or more layers</source>
        <translation>Reguleringsplan (RP arealformål, også pbl 1985), ett eller flere lag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>RP land-use code field (blank: detect)</source>
        <translation>Felt for arealformålskode i RP (tom: finn automatisk)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/output_styling.py" line="39"/>
        <source>The style {style} could not be applied: {error}</source>
        <translation>Stilen {style} kunne ikke brukes: {error}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="115"/>
        <source>Score: {profile}</source>
        <translation>Poengsum: {profile}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="129"/>
        <source>{region}: candidate sites for {profile}</source>
        <translation>{region}: aktuelle tomter for {profile}</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="174"/>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="164"/>
        <source>Roads and municipalities © Kartverket (N1000, CC BY 4.0). Parcels, zoning, grid capacity, traffic, buildings and terrain are GENERATED for this demo (resources/demo/ATTRIBUTION.md).</source>
        <translation>Veger og kommuner © Kartverket (N1000, CC BY 4.0). Eiendommer, arealformål, nettkapasitet, trafikk, bygninger og terreng er GENERERT for denne demoen (resources/demo/ATTRIBUTION.md).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/site_cells.py" line="39"/>
        <source>The elevation model &apos;{layer}&apos; or the sites have no coordinate system; both are taken to be in the same coordinate system.</source>
        <translation>Høydemodellen '{layer}' eller tomtene mangler koordinatsystem; begge antas å være i samme koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/terrain/flat_area.py" line="201"/>
        <source>The share of a site&apos;s cells that the elevation model &apos;{layer}&apos; must cover (minimum coverage) must be between 0 and 1, not {value}.</source>
        <translation>Andelen av en tomts celler som høydemodellen '{layer}' må dekke (minste dekningsgrad), må være mellom 0 og 1, ikke {value}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/geometry.py" line="71"/>
        <source>Layer &apos;{layer}&apos; is in {crs}, the sites in {site_crs}; reproject one so both share a CRS.</source>
        <translation>Laget '{layer}' er i {crs}, tomtene i {site_crs}; transformer ett av dem slik at begge bruker samme koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="221"/>
        <source>zoning code (arealformål)</source>
        <translation>kode for arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="299"/>
        <source>arealbruksstatus</source>
        <translation>arealbruksstatus</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="302"/>
        <source>plan id</source>
        <translation>plan-ID</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/overlay.py" line="82"/>
        <source>Layer &apos;{layer}&apos; has no &apos;code&apos; column; read it with normalise_zoning() first.</source>
        <translation>Laget '{layer}' har ikke kolonnen 'code'; les det inn med normalise_zoning() først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="19"/>
        <source>an empty object</source>
        <translation>et tomt objekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="28"/>
        <source>&apos;{source}&apos; is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection (an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; list, possibly inside a list or an &quot;@graph&quot;), but found {found} at &apos;{key}&apos;.</source>
        <translation>'{source}' er ikke en DIGIN GridCapacity-fil: forventet en GeoJSON FeatureCollection (et objekt med &quot;type&quot;: &quot;FeatureCollection&quot; og en &quot;features&quot;-liste, eventuelt inne i en liste eller en &quot;@graph&quot;), men fant {found} ved '{key}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_json.py" line="32"/>
        <source>&apos;{source}&apos; is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection (an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; list, possibly inside a list or an &quot;@graph&quot;), but found {found}.</source>
        <translation>'{source}' er ikke en DIGIN GridCapacity-fil: forventet en GeoJSON FeatureCollection (et objekt med &quot;type&quot;: &quot;FeatureCollection&quot; og en &quot;features&quot;-liste, eventuelt inne i en liste eller en &quot;@graph&quot;), men fant {found}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="242"/>
        <source>The station profile {file} has problems ({n}); fix them and run again:</source>
        <translation>Stasjonsprofilen {file} har feil ({n}); rett dem og kjør på nytt:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="143"/>
        <source>{n} heavy vehicles a day on {road}</source>
        <translation>{n} tunge kjøretøy per døgn på {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="216"/>
        <source>{mw} MW free at {name} ({d} away)</source>
        <translation>{mw} MW ledig ved {name} ({d} unna)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="286"/>
        <source>Not ranked: too little is known.</source>
        <translation>Ikke rangert: for lite er kjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>Distance to freight corridor exit</source>
        <translation>Avstand til avkjøring fra godskorridor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="315"/>
        <source>&apos;{key}&apos; is {value!r}: write a code (1340) or a range, low code first (&quot;1100-1199&quot;).</source>
        <translation>'{key}' er {value!r}: skriv en kode (1340) eller et intervall med den laveste koden først (&quot;1100-1199&quot;).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="94"/>
        <source>Checklist for an energy station application</source>
        <translation>Sjekkliste for søknad om energistasjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="97"/>
        <source>The answer to item &apos;{item}&apos; has the unknown status &apos;{status}&apos;; it is listed under &apos;{label}&apos;.</source>
        <translation>Svaret på punkt '{item}' har den ukjente statusen '{status}'; det er ført opp under '{label}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="153"/>
        <source>The report could not be written to &apos;{path}&apos; ({error}). Choose a file in a folder you can write to.</source>
        <translation>Rapporten kunne ikke skrives til '{path}' ({error}). Velg en fil i en mappe du har skrivetilgang til.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="189"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="423"/>
        <source>Site</source>
        <translation>Tomt</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="103"/>
        <source>Station type</source>
        <translation>Stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="189"/>
        <source>Generated</source>
        <translation>Laget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="193"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="194"/>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="195"/>
        <source>Checklist file</source>
        <translation>Sjekklistefil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="198"/>
        <source>Built on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="200"/>
        <source>This checklist is a screening aid. It is built on the veileder &quot;Veileder for etablering av energistasjoner for tungtransport&quot; (Osloregionen IPR, March 2024) and on the facts it lists, each with its source. It does not replace the case officer&apos;s assessment: answers marked &quot;automatic&quot; are drawn from map data and must be checked by the case officer before they are used in a decision.</source>
        <translation>Denne sjekklisten er et hjelpemiddel for en første vurdering. Den bygger på «Veileder for etablering av energistasjoner for tungtransport» (Osloregionen IPR, mars 2024) og på faktaene den viser til, hver med sin kilde. Den erstatter ikke saksbehandlerens vurdering: svar merket «automatisk» er hentet fra kartdata og må kontrolleres av saksbehandleren før de brukes i et vedtak.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="216"/>
        <source>No map was made for this report.</source>
        <translation>Det ble ikke laget noe kart til denne rapporten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="218"/>
        <source>Map of the site {site} ({case})</source>
        <translation>Kart over tomta {site} ({case})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="224"/>
        <source>The site on a map</source>
        <translation>Tomta i kart</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="243"/>
        <source>Not listed: {n} checklist items for other station types.</source>
        <translation>Ikke tatt med: {n} punkter i sjekklisten som gjelder andre stasjonstyper.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="245"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="314"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="314"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="249"/>
        <source>Evidence</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="249"/>
        <source>Who must answer</source>
        <translation>Hvem skal svare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="314"/>
        <source>Answered by</source>
        <translation>Besvart av</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="333"/>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="253"/>
        <source>{status} ({n})</source>
        <translation>{status} ({n})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="257"/>
        <source>No items.</source>
        <translation>Ingen punkter.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="262"/>
        <source>Answers by status</source>
        <translation>Svar etter status</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="290"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="291"/>
        <source>a person</source>
        <translation>en person</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="323"/>
        <source>No processes were determined for this case.</source>
        <translation>Det ble ikke fastslått noen prosesser for denne saken.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="333"/>
        <source>Process</source>
        <translation>Prosess</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="333"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="133"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="334"/>
        <source>The road to a decision</source>
        <translation>Veien til vedtak</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="341"/>
        <source>Nothing: no missing information was found.</source>
        <translation>Ingenting: det ble ikke funnet manglende opplysninger.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="342"/>
        <source>What the application is missing</source>
        <translation>Hva søknaden mangler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="213"/>
        <source>Layer or file</source>
        <translation>Kartlag eller fil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="213"/>
        <source>Date or edition</source>
        <translation>Dato eller utgave</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="213"/>
        <source>No data sources were recorded.</source>
        <translation>Ingen datakilder er registrert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_page.py" line="31"/>
        <source>Made by the QGIS plugin Energistasjon {version} on {date}.</source>
        <translation>Laget med QGIS-tillegget Energistasjon {version} {date}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_page.py" line="34"/>
        <source>Made by the QGIS plugin Energistasjon on {date}.</source>
        <translation>Laget med QGIS-tillegget Energistasjon {date}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_page.py" line="67"/>
        <source>The map for the report is not a PNG or JPEG image. Render the map again, or make the report without a map.</source>
        <translation>Kartet til rapporten er ikke et PNG- eller JPEG-bilde. Lag kartet på nytt, eller lag rapporten uten kart.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_page.py" line="76"/>
        <source>The report stylesheet &apos;{path}&apos; could not be read ({error}). Reinstall the Energistasjon plugin.</source>
        <translation>Stilarket for rapporten '{path}' kunne ikke leses ({error}). Installer tillegget Energistasjon på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="28"/>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="29"/>
        <source>Not fulfilled</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="78"/>
        <source>Needs assessment</source>
        <translation>Må vurderes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="31"/>
        <source>Not relevant</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="32"/>
        <source>Not answered yet</source>
        <translation>Ikke besvart ennå</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="51"/>
        <source>case officer</source>
        <translation>saksbehandler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="51"/>
        <source>applicant</source>
        <translation>tiltakshaver</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="71"/>
        <source>The checklist {file} has problems ({n}); fix them and run again:</source>
        <translation>Sjekklisten {file} har feil ({n}); rett dem og kjør på nytt:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="78"/>
        <source>needs a title in both languages, with the keys en and nb</source>
        <translation>må ha tittel på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="122"/>
        <source>needs a numeric &apos;value&apos;</source>
        <translation>må ha en numerisk 'value'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="98"/>
        <source>needs a list of checklist items</source>
        <translation>må ha en liste med sjekklistepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="103"/>
        <source>must be a mapping with id, question, audience, station_types, phases and source</source>
        <translation>må være en tilordning med id, question, audience, station_types, phases og source</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="116"/>
        <source>needs the question in both languages, with the keys en and nb</source>
        <translation>må ha spørsmålet på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="120"/>
        <source>must be saksbehandler or tiltakshaver</source>
        <translation>må være saksbehandler eller tiltakshaver</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="123"/>
        <source>must list station types: hydrogen, battery, biogas</source>
        <translation>må liste opp stasjonstyper: hydrogen, battery, biogas</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="127"/>
        <source>must list phases: plan, byggesak, drift</source>
        <translation>må liste opp faser: plan, byggesak, drift</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="131"/>
        <source>unknown automatic rule &apos;{rule}&apos;; known: {known}. Leave &apos;rule&apos; out for items a person answers.</source>
        <translation>ukjent automatisk regel '{rule}'; kjente regler: {known}. Utelat 'rule' for punkter som en person skal svare på.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="135"/>
        <source>is required: what the item rests on</source>
        <translation>er påkrevd: hva punktet bygger på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="220"/>
        <source>No plan layers were given: check the kommuneplan and reguleringsplan for the site.</source>
        <translation>Ingen planlag er oppgitt: sjekk kommuneplanen og reguleringsplanen for tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="228"/>
        <source>{zoning}: {zoning_class} for this station type.</source>
        <translation>{zoning}: {zoning_class} for denne stasjonstypen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="238"/>
        <source>{zoning}: the land use does not allow this station; a plan change would be needed.</source>
        <translation>{zoning}: arealformålet tillater ikke denne stasjonen; det vil kreve en planendring.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="283"/>
        <source>No hensynssone layer was given: check the plan&apos;s hensynssoner.</source>
        <translation>Ingen lag med hensynssoner er oppgitt: sjekk hensynssonene i planen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="317"/>
        <source>Hensynssone {zones} {d} from the site: assess what it means for the station.</source>
        <translation>Hensynssone {zones} {d} fra tomta: vurder hva den betyr for stasjonen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="332"/>
        <source>No protected-area layer was given: check for protected areas.</source>
        <translation>Ingen lag med verneområder er oppgitt: sjekk om det finnes verneområder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="335"/>
        <source>The site overlaps the protected area {name}.</source>
        <translation>Tomta overlapper verneområdet {name}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="336"/>
        <source>The site does not overlap any protected area in the layer.</source>
        <translation>Tomta overlapper ikke noe verneområde i laget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="413"/>
        <source>{d} to the {road} exit.</source>
        <translation>{d} til avkjøringen fra {road}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="426"/>
        <source>A turning ring of radius {r} m does not fit inside the site ({area} m²).</source>
        <translation>En svingsirkel med radius {r} m får ikke plass på tomta ({area} m²).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="435"/>
        <source>Only {flat} m² is flat; at least {minimum} m² is needed.</source>
        <translation>Bare {flat} m² er flatt; minst {minimum} m² trengs.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="490"/>
        <source>No sensitive buildings in the building layer.</source>
        <translation>Ingen sårbare bygninger i bygningslaget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="492"/>
        <source>Nearest sensitive building {d} away; screening distance {limit} (an assumption: DSB sets no fixed distances, the risk analysis decides).</source>
        <translation>Nærmeste sårbare bygning er {d} unna; grovsilingsavstanden er {limit} (en antakelse: DSB fastsetter ingen faste avstander, risikoanalysen avgjør).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="495"/>
        <source>A sensitive building is {d} away, closer than the screening distance {limit}: the risk analysis must show the risk is acceptable.</source>
        <translation>En sårbar bygning er {d} unna, nærmere enn grovsilingsavstanden {limit}: risikoanalysen må vise at risikoen er akseptabel.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="82"/>
        <source>The published figure ignores limits in the regional and transmission grid; only the grid company&apos;s answer is binding.</source>
        <translation>Det publiserte tallet tar ikke hensyn til begrensninger i regional- og transmisjonsnettet; bare svaret fra nettselskapet er bindende.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="85"/>
        <source>No published grid capacity covers the site: ask the grid company.</source>
        <translation>Ingen publisert nettkapasitet dekker tomta: spør nettselskapet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="148"/>
        <source>The applicant does not seek Enova funding.</source>
        <translation>Tiltakshaveren søker ikke om støtte fra Enova.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="124"/>
        <source>The application states neither the number of charging points nor the total power; Enova&apos;s criteria cannot be checked.</source>
        <translation>Søknaden oppgir verken antall ladepunkter eller samlet effekt; Enovas kriterier kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="29"/>
        <source>Applies</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="29"/>
        <source>Does not apply</source>
        <translation>Gjelder ikke</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="29"/>
        <source>Check</source>
        <translation>Må sjekkes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="61"/>
        <source>Plan basis</source>
        <translation>Plangrunnlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="61"/>
        <source>The plan status of the site must be checked first: {why}</source>
        <translation>Planstatusen for tomta må sjekkes først: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="61"/>
        <source>no zoning answer</source>
        <translation>ikke noe svar om arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="68"/>
        <source>Building application under the current plan</source>
        <translation>Byggesøknad etter gjeldende plan</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="68"/>
        <source>The zoning allows the station: {why}</source>
        <translation>Arealformålet tillater stasjonen: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="64"/>
        <source>The zoning does not allow the station: {why}</source>
        <translation>Arealformålet tillater ikke stasjonen: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="88"/>
        <source>Notify DSB of flammable gas storage</source>
        <translation>Melding til DSB om oppbevaring av brannfarlig gass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="92"/>
        <source>{volume} m³ of flammable gas stored; notification from {limit} m³.</source>
        <translation>{volume} m³ brannfarlig gass oppbevares; melding kreves fra {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="96"/>
        <source>The application states the quantity stored but not the container volume; a station storing gas for trucks is almost certainly above {limit} m³.</source>
        <translation>Søknaden oppgir mengden som oppbevares, men ikke beholdervolumet; en stasjon som oppbevarer gass for tungbiler, ligger nesten helt sikkert over {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="100"/>
        <source>The application states no stored quantity; notification applies from {limit} m³.</source>
        <translation>Søknaden oppgir ingen oppbevart mengde; melding kreves fra {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="108"/>
        <source>DSB consent under storulykkeforskriften</source>
        <translation>Samtykke fra DSB etter storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="114"/>
        <source>hydrogen</source>
        <translation>hydrogen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="119"/>
        <source>biomethane (treated like natural gas: UNCONFIRMED)</source>
        <translation>biometan (behandlet som naturgass: IKKE BEKREFTET)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="121"/>
        <source>The application states no stored quantity of {substance}; the thresholds are {lower} t and {upper} t.</source>
        <translation>Søknaden oppgir ingen oppbevart mengde {substance}; terskelverdiene er {lower} t og {upper} t.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="128"/>
        <source>{t} t of {substance}: upper tier (from {upper} t).</source>
        <translation>{t} t {substance}: øvre terskel (fra {upper} t).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="131"/>
        <source>{t} t of {substance}: lower tier (from {lower} t).</source>
        <translation>{t} t {substance}: nedre terskel (fra {lower} t).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="133"/>
        <source>{t} t of {substance}, below {lower} t.</source>
        <translation>{t} t {substance}, under {lower} t.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="160"/>
        <source>Formal request to the grid company (queue)</source>
        <translation>Formell forespørsel til nettselskapet (kø)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="181"/>
        <source>Present the grid substation to the municipality</source>
        <translation>Framlegging av transformatorstasjonen for kommunen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="188"/>
        <source>Check whether the station needs a new substation.</source>
        <translation>Sjekk om stasjonen trenger en ny transformatorstasjon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="198"/>
        <source>Enova funding for public truck charging</source>
        <translation>Enova-støtte til offentlig lading for tungbiler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="199"/>
        <source>Enova 'Underveislading for tunge kjøretøy'</source>
        <translation>Enova 'Underveislading for tunge kjøretøy'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="205"/>
        <source>Does not meet the criteria: {why}</source>
        <translation>Oppfyller ikke kriteriene: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="225"/>
        <source>the container volume of flammable gas stored (m³), for the DSB notification</source>
        <translation>beholdervolumet for brannfarlig gass som oppbevares (m³), for meldingen til DSB</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="227"/>
        <source>the amount of hydrogen stored (kg), for storulykkeforskriften</source>
        <translation>mengden hydrogen som oppbevares (kg), for storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="237"/>
        <source>the station&apos;s power (MW), for the grid connection</source>
        <translation>stasjonens effekt (MW), for nettilknytningen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="242"/>
        <source>the number of charging points</source>
        <translation>antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="244"/>
        <source>the daily capacity</source>
        <translation>døgnkapasiteten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="249"/>
        <source>{id}: {question}</source>
        <translation>{id}: {question}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="73"/>
        <source>The file {file} is empty.</source>
        <translation>Filen {file} er tom.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="99"/>
        <source>The file {file} is not valid YAML near line {line}: {error}</source>
        <translation>Filen {file} er ikke gyldig YAML nær linje {line}: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="145"/>
        <source>Cannot read the file {file}: {error}</source>
        <translation>Kan ikke lese filen {file}: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="306"/>
        <source>&apos;{path}&apos; is a folder, not a GeoPackage. Choose a GeoPackage file for the case answers.</source>
        <translation>'{path}' er en mappe, ikke en GeoPackage-fil. Velg en GeoPackage-fil til svarene i sakene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="313"/>
        <source>Cannot create the GeoPackage &apos;{path}&apos;: the folder &apos;{folder}&apos; does not exist. Choose an existing folder for the case answers.</source>
        <translation>Kan ikke opprette GeoPackage-filen '{path}': mappen '{folder}' finnes ikke. Velg en eksisterende mappe til svarene i sakene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="373"/>
        <source>Cannot read &apos;{path}&apos;: {error}. Check the file&apos;s permissions, or choose another GeoPackage.</source>
        <translation>Kan ikke lese '{path}': {error}. Sjekk tilgangsrettighetene til filen, eller velg en annen GeoPackage-fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="381"/>
        <source>&apos;{path}&apos; is not a GeoPackage (not an SQLite database). Choose a GeoPackage (.gpkg) for the case answers, or a new file name to create one.</source>
        <translation>'{path}' er ikke en GeoPackage-fil (ikke en SQLite-database). Velg en GeoPackage-fil (.gpkg) til svarene i sakene, eller et nytt filnavn for å opprette en.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="423"/>
        <source>The case answers in &apos;{path}&apos; are damaged: the table {table} has no valid schema_version. Choose another GeoPackage, or restore the file from a backup.</source>
        <translation>Svarene i '{path}' er skadet: tabellen {table} har ingen gyldig schema_version. Velg en annen GeoPackage-fil, eller gjenopprett filen fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="428"/>
        <source>The case answers in &apos;{path}&apos; were saved by a newer version of the Energistasjon plugin (store version {found}; this plugin reads version {supported}). Update the plugin to open them.</source>
        <translation>Svarene i '{path}' ble lagret av en nyere versjon av programtillegget Energistasjon (svarlagerversjon {found}; dette programtillegget leser versjon {supported}). Oppdater programtillegget for å åpne dem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="501"/>
        <source>The case answers in &apos;{path}&apos; are closed. Open the GeoPackage again.</source>
        <translation>Svarene i '{path}' er lukket. Åpne GeoPackage-filen på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="534"/>
        <source>Cannot create the GeoPackage &apos;{path}&apos;: the folder &apos;{folder}&apos; is read-only. Choose another place for the case answers, or check the folder&apos;s permissions.</source>
        <translation>Kan ikke opprette GeoPackage-filen '{path}': mappen '{folder}' er skrivebeskyttet. Velg et annet sted til svarene i sakene, eller sjekk tilgangsrettighetene til mappen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="538"/>
        <source>The GeoPackage &apos;{path}&apos; cannot be written to (the file or its folder is read-only). Choose another GeoPackage for the case answers, or check the permissions of the file and its folder.</source>
        <translation>Det kan ikke skrives til GeoPackage-filen '{path}' (filen eller mappen er skrivebeskyttet). Velg en annen GeoPackage-fil til svarene i sakene, eller sjekk tilgangsrettighetene til filen og mappen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="542"/>
        <source>Another program holds the GeoPackage &apos;{path}&apos; locked for writing (another QGIS window, DB Browser, a sync client...). Close it in the other program and try again, or choose another GeoPackage.</source>
        <translation>Et annet program har låst GeoPackage-filen '{path}' for skriving (et annet QGIS-vindu, DB Browser, en synkroniseringsklient ...). Lukk den i det andre programmet og prøv igjen, eller velg en annen GeoPackage-fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="552"/>
        <source>The GeoPackage &apos;{path}&apos; is damaged ({error}). Choose another GeoPackage, or restore the file from a backup.</source>
        <translation>GeoPackage-filen '{path}' er skadet ({error}). Velg en annen GeoPackage-fil, eller gjenopprett filen fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="555"/>
        <source>The GeoPackage &apos;{path}&apos; could not be used: {error}. Check the disk and the file, or choose another GeoPackage.</source>
        <translation>GeoPackage-filen '{path}' kunne ikke brukes: {error}. Sjekk disken og filen, eller velg en annen GeoPackage-fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="614"/>
        <source>Case &apos;{case}&apos;: unknown station type &apos;{value}&apos;. Use one of: {allowed}.</source>
        <translation>Sak '{case}': ukjent stasjonstype '{value}'. Bruk en av: {allowed}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="622"/>
        <source>The case &apos;{case}&apos; was NOT saved.</source>
        <translation>Saken '{case}' ble IKKE lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="675"/>
        <source>The answer to &apos;{item}&apos; in case &apos;{case}&apos; was NOT saved.</source>
        <translation>Svaret på '{item}' i saken '{case}' ble IKKE lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="718"/>
        <source>A case needs a case id (saksnummer). Enter one before saving.</source>
        <translation>En sak må ha et saksnummer. Skriv inn et saksnummer før du lagrer.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="726"/>
        <source>An answer in case &apos;{case}&apos; has no checklist item id; it was NOT saved.</source>
        <translation>Et svar i saken '{case}' mangler id for sjekklistepunktet; det ble IKKE lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="730"/>
        <source>The answer to &apos;{item}&apos; in case &apos;{case}&apos; was NOT saved: unknown status &apos;{status}&apos;. Use one of: {allowed}.</source>
        <translation>Svaret på '{item}' i saken '{case}' ble IKKE lagret: ukjent status '{status}'. Bruk en av: {allowed}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="737"/>
        <source>The answer to &apos;{item}&apos; in case &apos;{case}&apos; is automatic; automatic answers are recomputed from the data and never stored. Only answers by a person are saved.</source>
        <translation>Svaret på '{item}' i saken '{case}' er automatisk; automatiske svar beregnes på nytt fra dataene og lagres aldri. Bare svar fra en person blir lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="745"/>
        <source>The answer to &apos;{item}&apos; in case &apos;{case}&apos; was NOT saved: &apos;{value}&apos; is not a date and time (ISO 8601, e.g. 2024-05-31T14:00:00+00:00).</source>
        <translation>Svaret på '{item}' i saken '{case}' ble IKKE lagret: '{value}' er ikke en dato og et klokkeslett (ISO 8601, f.eks. 2024-05-31T14:00:00+00:00).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="820"/>
        <source>The application of case &apos;{case}&apos; in &apos;{path}&apos; is damaged ({error}). Save the case again from the checklist panel.</source>
        <translation>Søknaden i saken '{case}' i '{path}' er skadet ({error}). Lagre saken på nytt fra sjekklistepanelet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>Distance to riksveg or fylkesveg</source>
        <translation>Avstand til riksveg eller fylkesveg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>Room for the turning ring</source>
        <translation>Plass til svingsirkelen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Hazard zones near the site</source>
        <translation>Faresoner nær tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="124"/>
        <source>Unknown station type &apos;{type}&apos;; use hydrogen, battery or biogas.</source>
        <translation>Ukjent stasjonstype '{type}'; bruk hydrogen, battery eller biogas.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>hydrogen stored (kg)</source>
        <translation>oppbevart hydrogen (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>gas volume (m³)</source>
        <translation>gassvolum (m³)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>charging or electrolyser power (MW)</source>
        <translation>effekt for lading eller elektrolyse (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>number of charging points</source>
        <translation>antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>daily capacity</source>
        <translation>døgnkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="134"/>
        <source>The application&apos;s {what} is negative ({value}); give 0 or more, or leave it empty if it is not stated.</source>
        <translation>Verdien for {what} i søknaden er negativ ({value}); oppgi 0 eller mer, eller la den stå tom hvis den ikke er oppgitt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="141"/>
        <source>edition {edition}, sha256 {hash}</source>
        <translation>utgave {edition}, sha256 {hash}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="53"/>
        <source>sha256 {hash}</source>
        <translation>sha256 {hash}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="59"/>
        <source>date not stated in the data</source>
        <translation>dato ikke oppgitt i dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="186"/>
        <source>Give one case id per site ({n} sites).</source>
        <translation>Oppgi ett saksnummer per tomt ({n} tomter).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="178"/>
        <source>published {date} by {publisher}</source>
        <translation>publisert {date} av {publisher}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="467"/>
        <source>QGIS could not write the PDF {path} (error {code}).</source>
        <translation>QGIS kunne ikke skrive PDF-filen {path} (feil {code}).</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="84"/>
        <source>Check application against the veileder</source>
        <translation>Kontroller søknad mot veilederen</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="87"/>
        <source>Case handling</source>
        <translation>Saksbehandling</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="97"/>
        <source>Checks an application for an energy station (hydrogen, truck charging, biogas) against the checklist built on Osloregionen IPR&apos;s veileder (March 2024).

Give the application&apos;s site (a polygon; with &apos;selected features only&apos; you can check one of several), its stated quantities and the context layers. Items the data can answer are answered automatically (fulfilled, not fulfilled, needs assessment, not relevant) with the evidence in words and numbers; the others are left for you. Answers you saved in the checklist panel are read from the answer store and take precedence.

Outputs: a table of answers, and per case an HTML report with a map, the answers grouped by status, the road to a decision (plan change or dispensation, DSB notification and consent, grid request, Enova), what the application is missing and the data used; and the same as PDF.

Several sites give one report each, named by the case id.</source>
        <translation>Kontrollerer en søknad om energistasjon (hydrogen, lading for tungbiler, biogass) mot sjekklisten som bygger på veilederen fra Osloregionen IPR (mars 2024).

Oppgi tomta i søknaden (et polygon; med 'kun valgte objekter' kan du kontrollere én av flere), mengdene som søknaden oppgir, og grunnlagslagene. Punkter som dataene kan svare på, besvares automatisk (oppfylt, ikke oppfylt, må vurderes, ikke relevant) med grunnlaget i ord og tall; resten overlates til deg. Svar du har lagret i sjekklistepanelet, leses fra svarlageret og går foran.

Resultater: en tabell med svarene, og for hver sak en HTML-rapport med kart, svarene gruppert etter status, veien til vedtak (planendring eller dispensasjon, melding til og samtykke fra DSB, forespørsel til nettselskapet, Enova), hva søknaden mangler og hvilke data som er brukt; og det samme som PDF.

Flere tomter gir én rapport hver, navngitt etter saksnummeret.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="117"/>
        <source>Application site(s) (polygons)</source>
        <translation>Tomt(er) i søknaden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="119"/>
        <source>Case id (saksnummer)</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="120"/>
        <source>Case id field (one case per site)</source>
        <translation>Felt for saksnummer (én sak per tomt)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Building application (byggesak)</source>
        <translation>Byggesak</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Operation (drift)</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="36"/>
        <source>Hydrogen stored (kg)</source>
        <translation>Oppbevart hydrogen (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="37"/>
        <source>Flammable gas container volume (m³)</source>
        <translation>Beholdervolum for brannfarlig gass (m³)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="41"/>
        <source>Charging or electrolyser power (MW)</source>
        <translation>Effekt for lading eller elektrolyse (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="42"/>
        <source>Number of charging points</source>
        <translation>Antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="44"/>
        <source>Daily capacity (kg/day, or trucks/day for charging)</source>
        <translation>Døgnkapasitet (kg/døgn, eller tungbiler/døgn for lading)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="131"/>
        <source>The applicant seeks Enova funding</source>
        <translation>Tiltakshaveren søker om støtte fra Enova</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="139"/>
        <source>Checklist file (blank: the bundled edition)</source>
        <translation>Sjekklistefil (tom: den medfølgende utgaven)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="139"/>
        <source>Checklist (*.yaml *.yml)</source>
        <translation>Sjekkliste (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="143"/>
        <source>Answer store from the checklist panel (GeoPackage)</source>
        <translation>Svarlager fra sjekklistepanelet (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="98"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="146"/>
        <source>Report language</source>
        <translation>Språk i rapporten</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="147"/>
        <source>Also write PDF reports</source>
        <translation>Lag også PDF-rapporter</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="148"/>
        <source>Checklist answers</source>
        <translation>Svar på sjekklisten</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="149"/>
        <source>Report folder</source>
        <translation>Rapportmappe</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="150"/>
        <source>Reports written</source>
        <translation>Rapporter som ble laget</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="175"/>
        <source>Some sites have no case id in the field &apos;{field}&apos;; fill it in or give one case id for a single site.</source>
        <translation>Noen tomter mangler saksnummer i feltet '{field}'; fyll det inn, eller oppgi ett saksnummer for én enkelt tomt.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="212"/>
        <source>The layer &apos;{layer}&apos; has no site to check (is &apos;selected features only&apos; on with nothing selected?).</source>
        <translation>Laget '{layer}' har ingen tomt å kontrollere (er 'kun valgte objekter' slått på uten at noe er valgt?).</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="227"/>
        <source>The answer store {path} does not exist.</source>
        <translation>Svarlageret {path} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="66"/>
        <source>Quantities in the application</source>
        <translation>Mengder i søknaden</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="73"/>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="134"/>
        <source>&apos;{value}&apos; is not a number ({what}). Write a number, such as 2.5, or leave the field empty if the application does not state it.</source>
        <translation>'{value}' er ikke et tall ({what}). Skriv et tall, for eksempel 2,5, eller la feltet stå tomt hvis søknaden ikke oppgir det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="139"/>
        <source>{what} must be a whole number, not &apos;{value}&apos;.</source>
        <translation>{what} må være et helt tall, ikke '{value}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Kommuneplan land use (KPA)</source>
        <translation>Arealformål i kommuneplanen (KPA)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Reguleringsplan land use (RP)</source>
        <translation>Arealformål i reguleringsplanen (RP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="414"/>
        <source>{d} to the {road} exit, farther than the {limit} trucks are assumed to leave the corridor.</source>
        <translation>{d} til avkjøringen fra {road}, lenger enn de {limit} tungbiler antas å kjøre ut fra korridoren.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="182"/>
        <source>A grid substation is mostly exempt from building application but must be presented to the municipality</source>
        <translation>En nettstasjon er som regel unntatt fra byggesøknad, men må forelegges kommunen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="185"/>
        <source>Check whether a station drawing {mw} MW needs a new substation; if so, it must be presented to the municipality.</source>
        <translation>Sjekk om en stasjon som trekker {mw} MW trenger en ny nettstasjon; i så fall må den forelegges kommunen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="51"/>
        <source>Checklist for case officers...</source>
        <translation>Sjekkliste for saksbehandlere...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="314"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="173"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="207"/>
        <source>Not saved yet.</source>
        <translation>Ikke lagret ennå.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="244"/>
        <source>Automatic answer: {status}</source>
        <translation>Automatisk svar: {status}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="508"/>
        <source>NOT saved</source>
        <translation>IKKE lagret</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="500"/>
        <source>Saved {time}</source>
        <translation>Lagret {time}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="343"/>
        <source>Answered by {person}</source>
        <translation>Besvart av {person}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="108"/>
        <source>Checklist for case officers</source>
        <translation>Sjekkliste for saksbehandlere</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="133"/>
        <source>e.g. 2025/1234</source>
        <translation>f.eks. 2025/1234</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="182"/>
        <source>not chosen: you are asked at the first save</source>
        <translation>ikke valgt: du blir spurt første gang noe lagres</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="183"/>
        <source>Choose...</source>
        <translation>Velg...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="187"/>
        <source>Answer store (GeoPackage)</source>
        <translation>Svarlager (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="140"/>
        <source>Check selected site</source>
        <translation>Kontroller valgt tomt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="146"/>
        <source>Write report...</source>
        <translation>Skriv rapport...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="157"/>
        <source>Choose another GeoPackage...</source>
        <translation>Velg en annen GeoPackage-fil...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="381"/>
        <source>GeoPackage for the case answers</source>
        <translation>GeoPackage-fil til svarene i sakene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="419"/>
        <source>Answers are saved in {path}.</source>
        <translation>Svarene lagres i {path}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="427"/>
        <source>Case &apos;{case}&apos; is saved in {path}.</source>
        <translation>Saken '{case}' er lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="471"/>
        <source>No GeoPackage is chosen for the case answers, so the answers of case &apos;{case}&apos; were NOT saved. Press Choose... to choose one.</source>
        <translation>Ingen GeoPackage-fil er valgt til svarene, så svarene i saken '{case}' ble IKKE lagret. Trykk Velg... for å velge en.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="494"/>
        <source>The answers of case &apos;{case}&apos; were NOT saved.</source>
        <translation>Svarene i saken '{case}' ble IKKE lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="502"/>
        <source>Every answer of case &apos;{case}&apos; is saved in {path}.</source>
        <translation>Alle svarene i saken '{case}' er lagret i {path}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="533"/>
        <source>The answers of case &apos;{case}&apos; are NOT saved yet. Choose another GeoPackage to save them before you open another case.</source>
        <translation>Svarene i saken '{case}' er IKKE lagret ennå. Velg en annen GeoPackage-fil for å lagre dem før du åpner en annen sak.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="552"/>
        <source>New case &apos;{case}&apos;: select its site (one polygon) on the map and press Check selected site.</source>
        <translation>Ny sak '{case}': velg tomta (ett polygon) i kartet og trykk Kontroller valgt tomt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="570"/>
        <source>Case &apos;{case}&apos; reopened from {path}: {n} answers saved by a person.</source>
        <translation>Saken '{case}' er åpnet igjen fra {path}: {n} svar lagret av en person.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="591"/>
        <source>Enter the case id (saksnummer) first: the answers are saved under it.</source>
        <translation>Skriv inn saksnummeret først: svarene lagres under det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="629"/>
        <source>Site: {site}</source>
        <translation>Tomt: {site}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="632"/>
        <source>Checked {site} for case &apos;{case}&apos;: {n} items answered from the data; answer the others in the table.</source>
        <translation>Kontrollerte {site} for saken '{case}': {n} punkter er besvart ut fra dataene; besvar resten i tabellen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="665"/>
        <source>Check the site first: the report needs the site and its checklist.</source>
        <translation>Kontroller tomta først: rapporten trenger tomta og sjekklisten for den.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="680"/>
        <source>Folder for the report</source>
        <translation>Mappe til rapporten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="694"/>
        <source>Report written to {folder}: {files}</source>
        <translation>Rapporten er skrevet til {folder}: {files}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="51"/>
        <source>No vector layer is active. Make the layer with the application&apos;s site the active layer, select the site (one polygon) and press Check selected site.</source>
        <translation>Ingen vektorlag er aktivt. Gjør laget med tomta i søknaden til aktivt lag, velg tomta (ett polygon) og trykk Kontroller valgt tomt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="55"/>
        <source>The active layer &apos;{layer}&apos; has {type} geometries; the site must be a polygon. Make the layer with the site polygon active.</source>
        <translation>Det aktive laget '{layer}' har geometritypen {type}; tomta må være et polygon. Gjør laget med tomtepolygonet til aktivt lag.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="59"/>
        <source>No feature is selected in &apos;{layer}&apos;. Select the application&apos;s site (one polygon) and press Check selected site again.</source>
        <translation>Ingen objekter er valgt i '{layer}'. Velg tomta i søknaden (ett polygon) og trykk Kontroller valgt tomt på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="62"/>
        <source>{n} features are selected in &apos;{layer}&apos;. Select only the application&apos;s site (one polygon) and press Check selected site again.</source>
        <translation>{n} objekter er valgt i '{layer}'. Velg bare tomta i søknaden (ett polygon) og trykk Kontroller valgt tomt på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="65"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system. Set its CRS (for example EPSG:25833) in the layer properties.</source>
        <translation>Laget '{layer}' har ikke noe koordinatsystem. Angi koordinatsystemet (for eksempel EPSG:25833) i lagegenskapene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="68"/>
        <source>The layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances and areas need metres. Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and check again.</source>
        <translation>Laget '{layer}' har et geografisk koordinatsystem ({crs}); avstander og arealer krever meter. Transformer det til et projisert koordinatsystem, for eksempel EPSG:25833 (ETRS89 / UTM 33N), og kontroller på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="93"/>
        <source>The selected feature in &apos;{layer}&apos; has no geometry. Select the site polygon.</source>
        <translation>Det valgte objektet i '{layer}' har ingen geometri. Velg tomtepolygonet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="84"/>
        <source>{layer}, feature {fid}</source>
        <translation>{layer}, objekt {fid}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/yamlfile.py" line="125"/>
        <source>the file must be a mapping of keys (format, format_version, ...)</source>
        <translation>filen må være en tilordning av nøkler (format, format_version, ...)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="236"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="236"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="268"/>
        <source>(This item is not in this checklist edition.)</source>
        <translation>(Dette punktet finnes ikke i denne utgaven av sjekklisten.)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="212"/>
        <source>Data used</source>
        <translation>Data som er brukt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="65"/>
        <source>{n} buildings in &apos;{layer}&apos; have no building type; the screening counts them as possibly sensitive.</source>
        <translation>{n} bygninger i '{layer}' mangler bygningstype; grovsilingen regner dem som mulig sårbare.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="199"/>
        <source>{n} zones in &apos;{layer}&apos; have no readable hensynssone code; a site they lie on is &apos;not checked&apos; for hazard zones. Choose the code field in the parameters if the layer has one.</source>
        <translation>{n} soner i '{layer}' har ingen lesbar hensynssonekode; en tomt de ligger på blir «ikke kontrollert» for faresoner. Velg kodefeltet i parameterne hvis laget har et.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="294"/>
        <source>no substation with {mw} MW free in the data</source>
        <translation>ingen transformatorstasjon med {mw} MW ledig i dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="189"/>
        <source>The case ids {ids} are given to more than one site; each report and its saved answers belong to one case. Give each site its own case id, or merge the parts of one site into one polygon.</source>
        <translation>Saksnumrene {ids} er gitt til mer enn én tomt; hver rapport og de lagrede svarene hører til én sak. Gi hver tomt sitt eget saksnummer, eller slå sammen delene av én tomt til ett polygon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="194"/>
        <source>The site of case {id} in &apos;{layer}&apos; has no geometry; draw the site or remove the feature.</source>
        <translation>Tomta i sak {id} i '{layer}' mangler geometri; tegn tomta eller fjern objektet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="197"/>
        <source>The station profile &apos;{profile}&apos; is for {profile_type} stations, but the application is for {type}; choose a matching profile.</source>
        <translation>Stasjonsprofilen '{profile}' gjelder {profile_type}-stasjoner, men søknaden gjelder {type}; velg en profil som passer.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="354"/>
        <source>The GeoPackage &apos;{path}&apos; does not exist: it was moved, renamed or deleted, or its folder cannot be reached. Choose the file where it is now, or another GeoPackage; no new, empty GeoPackage is made in its place.</source>
        <translation>GeoPackage-filen '{path}' finnes ikke: den er flyttet, har fått nytt navn eller er slettet, eller mappen kan ikke nås. Velg filen der den ligger nå, eller en annen GeoPackage-fil; det lages ingen ny, tom GeoPackage-fil i stedet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="145"/>
        <source>The report folder {folder} cannot be made or written to ({reason}). Choose a folder you can write to, for example one in your documents.</source>
        <translation>Rapportmappen {folder} kan ikke opprettes eller skrives til ({reason}). Velg en mappe du kan skrive til, for eksempel en i dokumentene dine.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="159"/>
        <source>The report folder {folder} is a file. Choose a folder, or the name of a new folder, for the reports.</source>
        <translation>Rapportmappen {folder} er en fil. Velg en mappe, eller navnet på en ny mappe, til rapportene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="165"/>
        <source>The report folder {folder} cannot be made: {file} is a file, not a folder. Choose a folder for the reports.</source>
        <translation>Rapportmappen {folder} kan ikke opprettes: {file} er en fil, ikke en mappe. Velg en mappe til rapportene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="168"/>
        <source>{path} is read-only</source>
        <translation>{path} er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="256"/>
        <source>a folder of that name is in the way</source>
        <translation>en mappe med samme navn står i veien</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="265"/>
        <source>The report {file} could not be put in the report folder {folder} ({reason}). Close the file if another program has it open, or choose another report folder, and run again.</source>
        <translation>Rapporten {file} kunne ikke legges i rapportmappen {folder} ({reason}). Lukk filen hvis et annet program har den åpen, eller velg en annen rapportmappe, og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_files.py" line="272"/>
        <source>Older reports that could not be put back are in {path}.</source>
        <translation>Eldre rapporter som ikke kunne legges tilbake, ligger i {path}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="376"/>
        <source>To reconnect, press Choose... and pick the file where it is now, or another GeoPackage: every answer marked NOT saved is then saved there.</source>
        <translation>For å koble til igjen, trykk Velg... og velg filen der den ligger nå, eller en annen GeoPackage-fil: alle svar som er merket IKKE lagret, blir da lagret der.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="109"/>
        <source>A case id that cannot be a file name as it is (such as 2025/17) gives a readable name with a short code at the end (2025-17_de5556), the same on every run. The reports are put in the report folder only when all of them are done; a cancelled or failed run leaves the folder as it was.</source>
        <translation>Et saksnummer som ikke kan brukes som filnavn slik det er (for eksempel 2025/17), gir et lesbart navn med en kort kode til slutt (2025-17_de5556), det samme ved hver kjøring. Rapportene legges i rapportmappen først når alle er ferdige; en avbrutt eller mislykket kjøring lar mappen være som den var.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="180"/>
        <source>Several sites have the same case id in the field &apos;{field}&apos;: {ids}. Each report and its saved answers belong to one case; give each site its own case id, or merge the parts of one site into one polygon.</source>
        <translation>Flere tomter har samme saksnummer i feltet '{field}': {ids}. Hver rapport og de lagrede svarene hører til én sak; gi hver tomt sitt eget saksnummer, eller slå sammen delene av én tomt til ett polygon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="561"/>
        <source>The GeoPackage &apos;{path}&apos; was changed, moved or replaced by another program during the save: it does not hold what was written. Check the file, or choose another GeoPackage.</source>
        <translation>GeoPackage-filen '{path}' ble endret, flyttet eller erstattet av et annet program under lagringen: den inneholder ikke det som ble skrevet. Sjekk filen, eller velg en annen GeoPackage-fil.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="139"/>
        <source>The output &apos;{output}&apos; would be written into {path}, the file the input &apos;{input}&apos; is read from. That would replace the data of the run, and in a GeoPackage every other layer of the file. Nothing was written. Choose another file for &apos;{output}&apos;.</source>
        <translation>Resultatet '{output}' ville blitt skrevet til {path}, filen inndataene '{input}' leses fra. Det ville erstattet dataene kjøringen bygger på, og i en GeoPackage-fil alle de andre lagene i filen. Ingenting ble skrevet. Velg en annen fil for '{output}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/destinations.py" line="215"/>
        <source>The file {path} for the output &apos;{output}&apos; is being written by another program right now (it holds a write lock). Nothing was written, and the file was left as it is. Let that program finish saving or close it, or choose another file, then run again.</source>
        <translation>Filen {path} for resultatet '{output}' skrives til av et annet program akkurat nå (programmet har en skrivelås på den). Ingenting ble skrevet, og filen er som den var. La det programmet lagre ferdig eller lukk det, eller velg en annen fil, og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/outputs.py" line="135"/>
        <source>{n} field names are longer than 10 characters and are shortened by the format (for example {example}), so the bundled style cannot find them</source>
        <translation>{n} feltnavn er lengre enn 10 tegn og blir forkortet av formatet (for eksempel {example}), så den medfølgende stilen finner dem ikke</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/outputs.py" line="146"/>
        <source>texts longer than 254 bytes are cut: {fields}</source>
        <translation>tekster lengre enn 254 byte blir kuttet: {fields}</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="240"/>
        <source>The file {path} chosen for &apos;{output}&apos; exists and is not a GeoPackage, so nothing was written into it. Choose another file name, or delete that file first if you no longer need it.</source>
        <translation>Filen {path} som er valgt for '{output}', finnes fra før og er ikke en GeoPackage-fil, så ingenting ble skrevet til den. Velg et annet filnavn, eller slett filen først hvis du ikke trenger den lenger.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="245"/>
        <source>&apos;{output}&apos; could not be written to {path} ({error}). The file was left as it was; choose another file or folder.</source>
        <translation>'{output}' kunne ikke skrives til {path} ({error}). Filen er som den var; velg en annen fil eller mappe.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>area</source>
        <translation>areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>flat area</source>
        <translation>flatt areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>corridor exit</source>
        <translation>avkjøring fra korridor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>sensitive buildings</source>
        <translation>sårbare bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>protected area</source>
        <translation>verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>hazard zone</source>
        <translation>faresone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>exclusion layer</source>
        <translation>utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>building line</source>
        <translation>byggegrense</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>turning room</source>
        <translation>plass til snuing</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="30"/>
        <source>area {value} &lt; {limit}</source>
        <translation>areal {value} &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="58"/>
        <source>flat area {value} &lt; {limit}</source>
        <translation>flatt areal {value} &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="226"/>
        <source>{zoning}: {zoning_class}</source>
        <translation>{zoning}: {zoning_class}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="98"/>
        <source>{d} to the {road} exit &gt; {limit}</source>
        <translation>{d} til avkjøringen fra {road} &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="155"/>
        <source>sensitive building {d} away &lt; {limit}</source>
        <translation>sårbar bygning {d} unna &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="247"/>
        <source>{mw} MW free grid capacity &lt; {limit}</source>
        <translation>{mw} MW ledig nettkapasitet &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="126"/>
        <source>{rule} not checked: no {layer} given</source>
        <translation>{rule} ikke kontrollert: mangler {layer}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="233"/>
        <source>not checked: {rules}</source>
        <translation>ikke kontrollert: {rules}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="160"/>
        <source>{profile}: the distance to sensitive buildings is a screening assumption; DSB sets no fixed safety distances (a risk analysis decides).</source>
        <translation>{profile}: avstanden til sårbare bygninger er en antakelse for grovsiling; DSB fastsetter ingen faste sikkerhetsavstander (en risikoanalyse avgjør).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="154"/>
        <source>The output is a Shapefile: its field names are cut to 10 characters and its texts to 254 bytes. Choose a GeoPackage (.gpkg) to keep every field and explanation whole.</source>
        <translation>Resultatet er en Shapefile: feltnavnene kuttes til 10 tegn og tekstene til 254 byte. Velg GeoPackage (.gpkg) for å beholde alle felt og forklaringer hele.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="204"/>
        <source>Written as a Shapefile, so: {losses}.</source>
        <translation>Skrevet som Shapefile, derfor: {losses}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/styles.py" line="67"/>
        <source>Energistasjon scores: {type}</source>
        <translation>Energistasjon-poeng: {type}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="231"/>
        <source>Excluded: see the reasons.</source>
        <translation>Utelukket: se grunnene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="53"/>
        <source>site {id}</source>
        <translation>tomt {id}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="59"/>
        <source>gnr. {gnr} bnr. {bnr}</source>
        <translation>gnr. {gnr} bnr. {bnr}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="62"/>
        <source>fnr. {fnr}</source>
        <translation>fnr. {fnr}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="64"/>
        <source>snr. {snr}</source>
        <translation>snr. {snr}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="91"/>
        <source>{site} ({layer})</source>
        <translation>{site} ({layer})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="141"/>
        <source>Checklist: {title}</source>
        <translation>Sjekkliste: {title}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="53"/>
        <source>Station profile: {name}</source>
        <translation>Stasjonsprofil: {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="540"/>
        <source>Applies only to {types}.</source>
        <translation>Gjelder bare {types}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="541"/>
        <source>Applies only in the phases {phases}.</source>
        <translation>Gjelder bare i fasene {phases}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="38"/>
        <source>battery-electric truck charging</source>
        <translation>batterielektrisk lading</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="39"/>
        <source>biogas</source>
        <translation>biogass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="38"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="38"/>
        <source>building application</source>
        <translation>byggesak</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="38"/>
        <source>operation</source>
        <translation>drift</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="46"/>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="317"/>
        <source>The case officer has written no notes for this case.</source>
        <translation>Saksbehandleren har ikke skrevet merknader i denne saken.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="318"/>
        <source>The case officer&apos;s notes</source>
        <translation>Saksbehandlerens merknader</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="213"/>
        <source>No notes on the data.</source>
        <translation>Ingen merknader om dataene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="212"/>
        <source>Notes on the data</source>
        <translation>Merknader om dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report_page.py" line="104"/>
        <source>Norwegian time</source>
        <translation>norsk tid</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="248"/>
        <source>Note (what the answer rests on; Enter for a new line)</source>
        <translation>Merknad (hva svaret bygger på; Enter gir ny linje)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="77"/>
        <source>sought</source>
        <translation>søkes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="79"/>
        <source>Enova funding</source>
        <translation>Støtte fra Enova</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="142"/>
        <source>Check the site selected on the map (one polygon) for the case id above.</source>
        <translation>Kontroller tomta som er valgt i kartet (ett polygon), for saksnummeret over.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="143"/>
        <source>Open scored site</source>
        <translation>Åpne poengsatt tomt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="144"/>
        <source>Open the site selected in a layer made by Score candidate sites: its best station type and its id are taken over, and the site is checked.</source>
        <translation>Åpne tomta som er valgt i et lag laget av Poengsett aktuelle tomter: den beste stasjonstypen og tomtas id tas med, og tomta kontrolleres.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="75"/>
        <source>Saved cases</source>
        <translation>Lagrede saker</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="59"/>
        <source>Click a case to open it as it was left.</source>
        <translation>Klikk på en sak for å åpne den slik den ble forlatt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="169"/>
        <source>your name, as it stands in the reports</source>
        <translation>navnet ditt, slik det skal stå i rapportene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="170"/>
        <source>Who answers: your name is saved with every answer and printed in the case report. Kept in QGIS&apos;s settings.</source>
        <translation>Hvem som svarer: navnet ditt lagres med hvert svar og skrives i saksrapporten. Det huskes i innstillingene til QGIS.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="172"/>
        <source>Case officer</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="36"/>
        <source>Your name</source>
        <translation>Navnet ditt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="36"/>
        <source>Your name as it will stand with your answers and in the case reports (asked once; change it under Case officer in the panel):</source>
        <translation>Navnet ditt slik det skal stå ved svarene dine og i saksrapportene (du blir spurt én gang; endre det under Saksbehandler i panelet):</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="73"/>
        <source>Open case &apos;{case}&apos;</source>
        <translation>Åpne sak '{case}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="75"/>
        <source>Saved cases ({n})</source>
        <translation>Lagrede saker ({n})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/panel_parts.py" line="100"/>
        <source>changed {time}</source>
        <translation>endret {time}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/checklist_dock.py" line="654"/>
        <source>The case id is the site&apos;s own id: type the saksnummer instead when an application comes in.</source>
        <translation>Saksnummeret er tomtas egen id: skriv inn saksnummeret i stedet når det kommer en søknad.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="76"/>
        <source>a one-band raster named like an elevation model</source>
        <translation>et rasterlag med ett bånd og navn som en høydemodell</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="77"/>
        <source>the only kind of layer an elevation model can be (a one-band raster)</source>
        <translation>den eneste typen lag en høydemodell kan være (et rasterlag med ett bånd)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="90"/>
        <source>the layer has the field &apos;{field}&apos;</source>
        <translation>laget har feltet '{field}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="91"/>
        <source>the layer&apos;s name says so</source>
        <translation>navnet på laget sier det</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="139"/>
        <source>Context layers</source>
        <translation>Grunnlagslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="227"/>
        <source>Chosen from the project: {why}. Choose another layer, or none, if it is not the right one.</source>
        <translation>Valgt fra prosjektet: {why}. Velg et annet lag, eller ingen, hvis det ikke er det riktige.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="245"/>
        <source>Context layers ({n} of {total} chosen)</source>
        <translation>Grunnlagslag ({n} av {total} valgt)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="151"/>
        <source>No layer is active. Make a layer made by Score candidate sites active and select one site in it.</source>
        <translation>Ingen lag er aktivt. Gjør et lag laget av Poengsett aktuelle tomter aktivt og velg én tomt i det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="178"/>
        <source>Opened as {type}: the site is excluded for it in &apos;{layer}&apos;; the checklist shows why.</source>
        <translation>Åpnet som {type}: tomta er utelukket for dette i '{layer}'; sjekklisten viser hvorfor.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="181"/>
        <source>Opened as {type}: &apos;{layer}&apos; has no score for the site.</source>
        <translation>Åpnet som {type}: '{layer}' har ingen poengsum for tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="183"/>
        <source>Opened as {type}: score {score} of 100, number {rank} in &apos;{layer}&apos;.</source>
        <translation>Åpnet som {type}: {score} av 100 poeng, nummer {rank} i '{layer}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="186"/>
        <source>Opened as {type}: score {score} of 100 in &apos;{layer}&apos;.</source>
        <translation>Åpnet som {type}: {score} av 100 poeng i '{layer}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="118"/>
        <source>The site</source>
        <translation>Tomta</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="61"/>
        <source>Roads</source>
        <translation>Veger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="147"/>
        <source>Kommuneplan (KPA)</source>
        <translation>Kommuneplan (KPA)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="147"/>
        <source>Reguleringsplan (RP)</source>
        <translation>Reguleringsplan (RP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/site_check.py" line="151"/>
        <source>The active layer &apos;{layer}&apos; has no scores: it was not made by Score candidate sites. Make such a layer active and select one site in it.</source>
        <translation>Det aktive laget '{layer}' har ingen poengsummer: det er ikke laget av Poengsett aktuelle tomter. Gjør et slikt lag aktivt og velg én tomt i det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="88"/>
        <source>The comparisons contradict each other: the consistency ratio is {cr}, above {limit}. The weights can still be used; the room decides.</source>
        <translation>Sammenligningene motsier hverandre: konsistensforholdet er {cr}, over {limit}. Vektene kan likevel brukes; det er rommet som avgjør.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="95"/>
        <source>The comparison that fits the others least is &apos;{a}&apos; against &apos;{b}&apos;: it says {given}, the other answers suggest about {implied}.</source>
        <translation>Sammenligningen som passer dårligst med de andre, er '{a}' mot '{b}': den sier {given}, de andre svarene tilsier omtrent {implied}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="134"/>
        <source>The comparison &apos;{a}&apos; against &apos;{b}&apos; does not compare two of the factors {known}.</source>
        <translation>Sammenligningen '{a}' mot '{b}' sammenligner ikke to av faktorene {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="138"/>
        <source>The comparison of &apos;{a}&apos; and &apos;{b}&apos; is given twice; keep one.</source>
        <translation>Sammenligningen av '{a}' og '{b}' er gitt to ganger; behold én.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="140"/>
        <source>The comparison &apos;{a}&apos; against &apos;{b}&apos; must be a positive number (1/9 to 9), not &apos;{value}&apos;.</source>
        <translation>Sammenligningen '{a}' mot '{b}' må være et positivt tall (1/9 til 9), ikke '{value}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="146"/>
        <source>Compare every pair of factors; missing: {pairs}.</source>
        <translation>Sammenlign alle par av faktorer; mangler: {pairs}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="166"/>
        <source>needs one row and one column per factor ({n}: {factors})</source>
        <translation>trenger én rad og én kolonne per faktor ({n}: {factors})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="174"/>
        <source>row &apos;{row}&apos;, column &apos;{column}&apos;: &apos;{value}&apos; is not a positive number</source>
        <translation>rad '{row}', kolonne '{column}': '{value}' er ikke et positivt tall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="178"/>
        <source>&apos;{factor}&apos; against itself must be 1</source>
        <translation>'{factor}' mot seg selv må være 1</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="181"/>
        <source>row &apos;{row}&apos;, column &apos;{column}&apos;: {value} is outside Saaty&apos;s scale (1/9 to 9)</source>
        <translation>rad '{row}', kolonne '{column}': {value} er utenfor Saatys skala (1/9 til 9)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="191"/>
        <source>row &apos;{row}&apos;, column &apos;{column}&apos; is {value} but its mirror (row &apos;{column}&apos;, column &apos;{row}&apos;) is {mirror}; it should be {expected}</source>
        <translation>rad '{row}', kolonne '{column}' er {value}, men speilcellen (rad '{column}', kolonne '{row}') er {mirror}; den skulle vært {expected}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/ahp.py" line="215"/>
        <source>The pairwise comparisons cannot be used: {problems}.</source>
        <translation>De parvise sammenligningene kan ikke brukes: {problems}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="28"/>
        <source>Battery</source>
        <translation>Batteri</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="28"/>
        <source>Biogas</source>
        <translation>Biogass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="34"/>
        <source>score (0-100)</source>
        <translation>poeng (0-100)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="35"/>
        <source>rank</source>
        <translation>rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="36"/>
        <source>explanation</source>
        <translation>forklaring</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="121"/>
        <source>excluded</source>
        <translation>utelukket</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="38"/>
        <source>reasons for exclusion</source>
        <translation>grunner til utelukkelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="39"/>
        <source>rules failed (ids)</source>
        <translation>regler som ikke er oppfylt (id)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="40"/>
        <source>not checked</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="41"/>
        <source>share of the weight known (0-1)</source>
        <translation>andel av vekten som er kjent (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="43"/>
        <source>station profile</source>
        <translation>stasjonsprofil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="48"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="48"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="48"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="48"/>
        <source>vehicles/day</source>
        <translation>kjøretøy/døgn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="82"/>
        <source>{criterion}, sub-score (0-1)</source>
        <translation>{criterion}, delpoeng (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="87"/>
        <source>{criterion} ({unit})</source>
        <translation>{criterion} ({unit})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="96"/>
        <source>{station}: {what}</source>
        <translation>{station}: {what}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/reranking.py" line="53"/>
        <source>The layer &apos;{table}&apos; has no fields {fields}; use the output of &apos;Score candidate sites&apos; for this station type.</source>
        <translation>Laget '{table}' har ikke feltene {fields}; bruk resultatet fra 'Poengsett aktuelle tomter' for denne stasjonstypen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="101"/>
        <source>all sites</source>
        <translation>alle tomter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="102"/>
        <source>row {n}</source>
        <translation>rad {n}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="119"/>
        <source>{rank}. {site} ({score})</source>
        <translation>{rank}. {site} ({score})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="133"/>
        <source>{rule} {n} (only this rule: {alone})</source>
        <translation>{rule} {n} (bare denne regelen: {alone})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="136"/>
        <source>{station}: sites excluded by each rule: {rules}.</source>
        <translation>{station}: tomter utelukket av hver regel: {rules}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="139"/>
        <source>{station}, {area}: {sites} sites, {passed} pass the rules, {ranked} ranked</source>
        <translation>{station}, {area}: {sites} tomter, {passed} oppfyller reglene, {ranked} rangert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="143"/>
        <source>; best: {sites}</source>
        <translation>; best: {sites}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="111"/>
        <source>Rank</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="112"/>
        <source>Share of runs in the top {k}</source>
        <translation>Andel kjøringer blant de {k} beste</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="113"/>
        <source>Share of runs ranked</source>
        <translation>Andel kjøringer med rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="114"/>
        <source>Median rank</source>
        <translation>Median rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="115"/>
        <source>Rank, best 5 %</source>
        <translation>Rangering, beste 5 %</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="116"/>
        <source>Rank, worst 5 %</source>
        <translation>Rangering, dårligste 5 %</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="117"/>
        <source>Best rank</source>
        <translation>Beste rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="118"/>
        <source>Worst rank</source>
        <translation>Dårligste rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="119"/>
        <source>Rank depends most on the weight of</source>
        <translation>Rangeringen avhenger mest av vekten på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="120"/>
        <source>Rank correlation with that weight</source>
        <translation>Rangkorrelasjon med den vekten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="127"/>
        <source>The share by which weights vary must be 0 or more, not {share}.</source>
        <translation>Andelen vektene varierer med, må være 0 eller mer, ikke {share}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="148"/>
        <source>Give a low and a high weight for each of the {n} factors ({factors}).</source>
        <translation>Gi en lav og en høy vekt for hver av de {n} faktorene ({factors}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="152"/>
        <source>The weight range of {factors} is not usable: it needs 0 &lt;= low &lt;= high.</source>
        <translation>Vektspennet for {factors} kan ikke brukes: det må være 0 &lt;= lav &lt;= høy.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="155"/>
        <source>Every factor&apos;s highest weight is 0; give at least one factor a weight.</source>
        <translation>Høyeste vekt er 0 for alle faktorer; gi minst én faktor en vekt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="162"/>
        <source>The profile &apos;{profile}&apos; has no grid capacity factor to vary.</source>
        <translation>Profilen '{profile}' har ingen nettkapasitetsfaktor som kan varieres.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="205"/>
        <source>A sensitivity analysis needs at least 2 runs and a top of at least 1.</source>
        <translation>En følsomhetsanalyse trenger minst 2 kjøringer og en topp på minst 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="207"/>
        <source>The share by which grid capacity varies must be at least 0 and below 1, not {share}.</source>
        <translation>Andelen nettkapasiteten varierer med, må være minst 0 og under 1, ikke {share}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="225"/>
        <source>{runs} runs (seed {seed}); each factor&apos;s weight drawn uniformly in its range and scaled to sum to 1.</source>
        <translation>{runs} kjøringer (frø {seed}); hver faktors vekt er trukket jevnt innenfor sitt spenn og skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="228"/>
        <source>Free grid capacity varied by up to {share} % per site and run.</source>
        <translation>Ledig nettkapasitet variert med inntil {share} % per tomt og kjøring.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Combined weight (%)</source>
        <translation>Felles vekt (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Mean (%)</source>
        <translation>Gjennomsnitt (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Median (%)</source>
        <translation>Median (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Lowest (%)</source>
        <translation>Lavest (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Highest (%)</source>
        <translation>Høyest (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Standard deviation (percentage points)</source>
        <translation>Standardavvik (prosentpoeng)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="55"/>
        <source>Range (percentage points)</source>
        <translation>Spenn (prosentpoeng)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="92"/>
        <source>Combine weight sets by &apos;mean&apos; or &apos;median&apos;, not &apos;{statistic}&apos;.</source>
        <translation>Slå sammen vektsett med 'mean' (gjennomsnitt) eller 'median', ikke '{statistic}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="95"/>
        <source>Give at least one weight set to combine.</source>
        <translation>Gi minst ett vektsett som skal slås sammen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="111"/>
        <source>Mean of {n} weight sets</source>
        <translation>Gjennomsnitt av {n} vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_combination.py" line="111"/>
        <source>Median of {n} weight sets</source>
        <translation>Median av {n} vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="133"/>
        <source>unknown factor &apos;{factor}&apos;; the profile &apos;{profile}&apos; has the factors {known}</source>
        <translation>ukjent faktor '{factor}'; profilen '{profile}' har faktorene {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="136"/>
        <source>the weight of &apos;{factor}&apos; must be a number of 0 or more, not &apos;{value}&apos;</source>
        <translation>vekten for '{factor}' må være et tall på 0 eller mer, ikke '{value}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="141"/>
        <source>no weight for {factors}; give every factor of the profile &apos;{profile}&apos; a weight (0 leaves a factor out)</source>
        <translation>ingen vekt for {factors}; gi hver faktor i profilen '{profile}' en vekt (0 utelater en faktor)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="167"/>
        <source>The weights of &apos;{name}&apos; summed to {total}; they were scaled to sum to 1.</source>
        <translation>Vektene i '{name}' summerte seg til {total}; de er skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="195"/>
        <source>Unknown weighting method &apos;{method}&apos;; use one of {known}.</source>
        <translation>Ukjent vektingsmetode '{method}'; bruk en av {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="199"/>
        <source>The weights &apos;{name}&apos; cannot be used: {problems}.</source>
        <translation>Vektene '{name}' kan ikke brukes: {problems}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="234"/>
        <source>The comparisons name the unknown factors {factors}; the profile &apos;{profile}&apos; has the factors {known}.</source>
        <translation>Sammenligningene nevner de ukjente faktorene {factors}; profilen '{profile}' har faktorene {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="252"/>
        <source>The weight set &apos;{name}&apos; is for the profile &apos;{other}&apos;, not &apos;{profile}&apos;.</source>
        <translation>Vektsettet '{name}' gjelder profilen '{other}', ikke '{profile}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="256"/>
        <source>The weight set &apos;{name}&apos; does not fit the profile &apos;{profile}&apos;: {problems}.</source>
        <translation>Vektsettet '{name}' passer ikke til profilen '{profile}': {problems}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="268"/>
        <source>Profile &apos;{profile}&apos; scored with the weight set {label}: {weights}.</source>
        <translation>Profilen '{profile}' er vurdert med vektsettet {label}: {weights}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="66"/>
        <source>The weight set {file} has problems ({n}); fix them and load it again:</source>
        <translation>Vektsettet {file} har feil ({n}); rett dem og les det inn igjen:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="73"/>
        <source>must be one of {known}</source>
        <translation>må være en av {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="76"/>
        <source>must be text</source>
        <translation>må være tekst</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="79"/>
        <source>the weights are for the profile &apos;{other}&apos;, not &apos;{profile}&apos;</source>
        <translation>vektene gjelder profilen '{other}', ikke '{profile}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="90"/>
        <source>needs a mapping of factor id: weight</source>
        <translation>trenger en liste med faktor-id: vekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="136"/>
        <source>must be a date written as 2026-11-12</source>
        <translation>må være en dato skrevet som 2026-11-12</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="153"/>
        <source>needs &apos;factors&apos; (the factor ids of the rows) and &apos;matrix&apos; (one row per factor) for the method ahp</source>
        <translation>trenger 'factors' (faktor-id-ene til radene) og 'matrix' (én rad per faktor) for metoden ahp</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="179"/>
        <source>the weights of {factors} differ from those the comparisons give; remove &apos;weights&apos; (they are computed from the comparisons) or correct them</source>
        <translation>vektene for {factors} avviker fra dem sammenligningene gir; fjern 'weights' (de beregnes fra sammenligningene) eller rett dem</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="191"/>
        <source>needs &apos;statistic&apos; (mean or median) and &apos;from&apos; (the names of the sets combined)</source>
        <translation>trenger 'statistic' (mean eller median) og 'from' (navnene på settene som er slått sammen)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="279"/>
        <source>Cannot write the weight set to {file}: {error}</source>
        <translation>Kan ikke skrive vektsettet til {file}: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="300"/>
        <source>The table &apos;{table}&apos; needs a column with each participant&apos;s name ({names}).</source>
        <translation>Tabellen '{table}' trenger en kolonne med navnet på hver deltaker ({names}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="310"/>
        <source>The table &apos;{table}&apos; has the column &apos;{column}&apos;, which is not a factor; the profile &apos;{profile}&apos; has the factors {known}.</source>
        <translation>Tabellen '{table}' har kolonnen '{column}', som ikke er en faktor; profilen '{profile}' har faktorene {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="316"/>
        <source>The table &apos;{table}&apos; has no column for {factors}; give every factor of the profile &apos;{profile}&apos; a column (0 leaves a factor out).</source>
        <translation>Tabellen '{table}' har ingen kolonne for {factors}; gi hver faktor i profilen '{profile}' en kolonne (0 utelater en faktor).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="323"/>
        <source>The table &apos;{table}&apos;, row {row} (&apos;{name}&apos;), column &apos;{column}&apos;: &apos;{value}&apos; is not a weight (a number of 0 or more).</source>
        <translation>Tabellen '{table}', rad {row} ('{name}'), kolonne '{column}': '{value}' er ikke en vekt (et tall på 0 eller mer).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="114"/>
        <source>Run summary (rules and municipalities)</source>
        <translation>Oppsummering av kjøringen (regler og kommuner)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="206"/>
        <source>{layer} – {types}</source>
        <translation>{layer} – {types}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="67"/>
        <source>Unknown network &apos;{network}&apos;; use core or comprehensive.</source>
        <translation>Ukjent nett '{network}'; bruk core (kjernenett) eller comprehensive (utvidet nett).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="70"/>
        <source>AFIR sets no spacing for {type} stations on the {network} network; give the spacing yourself.</source>
        <translation>AFIR setter ingen avstand for {type}-stasjoner på nettet {network}; oppgi avstanden selv.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="79"/>
        <source>Spacing {km} km. AFIR&apos;s spacings (EU 2023/1804) are a reference: whether AFIR applies in Norway is UNCONFIRMED.</source>
        <translation>Avstand {km} km. Avstandene i AFIR (EU 2023/1804) er en referanse: om AFIR gjelder i Norge, er IKKE BEKREFTET.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="82"/>
        <source>Spacing {km} km, taken as AFIR (EU 2023/1804) applying in Norway (a setting).</source>
        <translation>Avstand {km} km, med AFIR (EU 2023/1804) lagt til grunn som gjeldende i Norge (en innstilling).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="83"/>
        <source>Spacing {km} km: the region&apos;s own target (AFIR taken as not applying in Norway).</source>
        <translation>Avstand {km} km: regionens eget mål (AFIR er lagt til grunn som ikke gjeldende i Norge).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="170"/>
        <source>The road layer is in a geographic CRS ({crs}); distances along the corridors need metres. Reproject it to a projected CRS such as EPSG:25833.</source>
        <translation>Veglaget har et geografisk koordinatsystem ({crs}); avstander langs korridorene må være i meter. Projiser det om til et projisert koordinatsystem, for eksempel EPSG:25833.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="174"/>
        <source>The spacing between stations must be more than 0 m.</source>
        <translation>Avstanden mellom stasjoner må være mer enn 0 m.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="176"/>
        <source>The distance from the corridor must be 0 m or more.</source>
        <translation>Avstanden fra korridoren må være 0 m eller mer.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="182"/>
        <source>station {id}</source>
        <translation>stasjon {id}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="242"/>
        <source>Name at least one corridor, e.g. E6, E18.</source>
        <translation>Oppgi minst én korridor, f.eks. E6, E18.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="248"/>
        <source>The station layer has no station type; it is needed to keep only {types} stations.</source>
        <translation>Stasjonslaget har ingen stasjonstype; den trengs for å beholde bare {types}-stasjoner.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="254"/>
        <source>The site layer has no fields {fields}.</source>
        <translation>Tomtelaget har ikke feltene {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="284"/>
        <source>{corridor} ({length} km): fewer than two stations within reach and the corridor ends do not count; nothing to measure.</source>
        <translation>{corridor} ({length} km): færre enn to stasjoner innenfor rekkevidde, og korridorens ender teller ikke; ingenting å måle.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="401"/>
        <source>{corridor}, branch {part}</source>
        <translation>{corridor}, avgreining {part}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="403"/>
        <source>{corridor} km {start}-{end}: {length} km from {a} to {b}, more than the spacing of {spacing} km</source>
        <translation>{corridor} km {start}-{end}: {length} km fra {a} til {b}, mer enn avstandskravet på {spacing} km</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="407"/>
        <source>one new station between km {a} and km {b} closes it</source>
        <translation>én ny stasjon mellom km {a} og km {b} lukker det</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="410"/>
        <source>it needs at least {n} new stations</source>
        <translation>det trengs minst {n} nye stasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_routes.py" line="202"/>
        <source>{corridor}: no road in the layer carries this number.</source>
        <translation>{corridor}: ingen veg i laget har dette nummeret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_routes.py" line="208"/>
        <source>{corridor}: breaks in the road data bridged by straight lines: {n} (longest {length} m).</source>
        <translation>{corridor}: brudd i vegdataene bygget over med rette linjer: {n} (lengste {length} m).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_routes.py" line="238"/>
        <source>{corridor}: measured along its longest route; branches measured on their own: {branches}; left out: {parallel} km beside a measured line (other carriageway, ramps) and {short} km of short branches.</source>
        <translation>{corridor}: målt langs den lengste ruten; avgreininger målt hver for seg: {branches}; utelatt: {parallel} km ved siden av en målt linje (andre kjørebane, ramper) og {short} km korte avgreininger.</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="108"/>
        <source>Site {id}</source>
        <translation>Tomt {id}</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="121"/>
        <source>no. {rank}, score {score}</source>
        <translation>nr. {rank}, {score} poeng</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="121"/>
        <source>not ranked, score {score}</source>
        <translation>ikke rangert, {score} poeng</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="136"/>
        <source>gnr/bnr {gnr}/{bnr}</source>
        <translation>gnr/bnr {gnr}/{bnr}</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="139"/>
        <source>Rank {rank} of {count} · score {score} of 100</source>
        <translation>Nr. {rank} av {count} · {score} av 100 poeng</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="142"/>
        <source>Not ranked · score {score} of 100</source>
        <translation>Ikke rangert · {score} av 100 poeng</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="145"/>
        <source>Excluded: breaks a hard rule</source>
        <translation>Utelukket: bryter et absolutt krav</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="220"/>
        <source>{type}: score {low}–{high}</source>
        <translation>{type}: {low}–{high} poeng</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="224"/>
        <source>{type}: not ranked, too little is known</source>
        <translation>{type}: ikke rangert, for lite er kjent</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="228"/>
        <source>{type}: excluded, breaks a hard rule</source>
        <translation>{type}: utelukket, bryter et absolutt krav</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="234"/>
        <source>Zoomed out beyond {scale}: one marker per site</source>
        <translation>Zoomet ut forbi {scale}: ett symbol per tomt</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="236"/>
        <source>Zoomed in to {scale} or closer: the parcels</source>
        <translation>Zoomet inn til {scale} eller nærmere: tomtene</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="318"/>
        <source>Rank (1 = best), the {n} best</source>
        <translation>Rangering (1 = best), de {n} beste</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="51"/>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="54"/>
        <source>Built-up areas</source>
        <translation>Tettbebyggelse</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="56"/>
        <source>Buildings</source>
        <translation>Bygninger</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="63"/>
        <source>European roads</source>
        <translation>Europaveger</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="66"/>
        <source>Other roads</source>
        <translation>Andre veger</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="71"/>
        <source>Substations</source>
        <translation>Transformatorstasjoner</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="163"/>
        <source>{region}: {profile}, {scale}</source>
        <translation>{region}: {profile}, {scale}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="243"/>
        <source>{n} land-use polygons of &apos;{layer}&apos; belong to a {other} ({types}): not used as {level} land use.</source>
        <translation>{n} arealformålspolygoner i '{layer}' hører til en {other} ({types}): brukes ikke som arealformål i {level}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="233"/>
        <source>{n} polygons of &apos;{layer}&apos; have no land-use code (plan boundaries, hensynssoner): not used as land use.</source>
        <translation>{n} polygoner i '{layer}' har ingen arealformålskode (plangrenser, hensynssoner): brukes ikke som arealformål.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="236"/>
        <source>Object types left out: {types}.</source>
        <translation>Objekttyper som er utelatt: {types}.</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="321"/>
        <source>Rank (1 = best)</source>
        <translation>Rangering (1 = best)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="130"/>
        <source>&apos;{source}&apos;: {n} land-use codes are in no official SOSI code list (for example {examples}).</source>
        <translation>'{source}': {n} arealformålskoder står ikke i noen offisiell SOSI-kodeliste (for eksempel {examples}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="134"/>
        <source>&apos;{source}&apos;: {n} hensynssone codes do not belong to their zone&apos;s category (for example {examples}).</source>
        <translation>'{source}': {n} hensynssonekoder hører ikke til sonens kategori (for eksempel {examples}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="64"/>
        <source>they look like metres in UTM (EUREF89 UTM zone 32, 33 or 35: EPSG:25832, EPSG:25833 or EPSG:25835), not longitude and latitude. A GeoJSON file without a &apos;crs&apos; member counts as WGS84; DiBK&apos;s plan services give the EPSG beside the features instead.</source>
        <translation>de ser ut som meter i UTM (EUREF89 UTM sone 32, 33 eller 35: EPSG:25832, EPSG:25833 eller EPSG:25835), ikke lengde- og breddegrad. En GeoJSON-fil uten 'crs'-element regnes som WGS84; DiBKs plantjenester oppgir EPSG-koden ved siden av objektene i stedet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="68"/>
        <source>they are not longitude and latitude in degrees.</source>
        <translation>de er ikke lengde- og breddegrad i grader.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="70"/>
        <source>latitude and longitude seem to be swapped (latitude written first).</source>
        <translation>bredde- og lengdegrad ser ut til å være byttet om (breddegraden står først).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="74"/>
        <source>they lie far from Norway (longitude {lon}, latitude {lat}).</source>
        <translation>de ligger langt fra Norge (lengdegrad {lon}, breddegrad {lat}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="86"/>
        <source>they look like longitude and latitude in degrees (WGS84, EPSG:4326), not metres.</source>
        <translation>de ser ut som lengde- og breddegrad i grader (WGS84, EPSG:4326), ikke meter.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="88"/>
        <source>they lie far from Norway in that CRS.</source>
        <translation>de ligger langt fra Norge i det koordinatsystemet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="93"/>
        <source>&apos;{source}&apos;: the coordinates (for example {x}, {y}) cannot be in {crs}: {cause} Give the file&apos;s CRS.</source>
        <translation>'{source}': koordinatene (for eksempel {x}, {y}) kan ikke være i {crs}: {cause} Oppgi filens koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="157"/>
        <source>&apos;{file}&apos; is not a readable GML file: {error}</source>
        <translation>'{file}' er ikke en lesbar GML-fil: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="161"/>
        <source>'{file}': {n} arcs and circles made linear (at most {step}° between points).</source>
        <translation>'{file}': {n} buer og sirkler gjort om til rette linjestykker (høyst {step}° mellom punktene).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="272"/>
        <source>&apos;{file}&apos;: 3-D coordinates read; the heights are left out.</source>
        <translation>'{file}': 3D-koordinater lest; høydene er utelatt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="167"/>
        <source>&apos;{file}&apos;: {n} geometries could not be read ({kinds}); their features have no geometry.</source>
        <translation>'{file}': {n} geometrier kunne ikke leses ({kinds}); objektene deres har ingen geometri.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="232"/>
        <source>&apos;{file}&apos; is not a readable GeoJSON file: {error}</source>
        <translation>'{file}' er ikke en lesbar GeoJSON-fil: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="237"/>
        <source>&apos;{file}&apos; holds no GeoJSON FeatureCollection.</source>
        <translation>'{file}' inneholder ingen GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="292"/>
        <source>&apos;{file}&apos; cannot be read: {error}</source>
        <translation>'{file}' kan ikke leses: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_sources.py" line="187"/>
        <source>&apos;{file}&apos;: features in {others} reprojected to EPSG:{crs}.</source>
        <translation>'{file}': objekter i {others} er transformert til EPSG:{crs}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="254"/>
        <source>&apos;{file}&apos; states no CRS: read as WGS84 longitude/latitude (EPSG:4326), as GeoJSON prescribes.</source>
        <translation>'{file}' oppgir ikke koordinatsystem: lest som WGS84 lengde-/breddegrad (EPSG:4326), slik GeoJSON foreskriver.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="311"/>
        <source>&apos;{source}&apos; does not say which coordinate reference system it is in; give its CRS (for example EPSG:25833).</source>
        <translation>'{source}' sier ikke hvilket koordinatsystem den er i; oppgi koordinatsystemet (for eksempel EPSG:25833).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="314"/>
        <source>&apos;{source}&apos; states {crs}; the CRS given ({given}) is only for files that state none.</source>
        <translation>'{source}' oppgir {crs}; koordinatsystemet som ble gitt ({given}), gjelder bare filer som ikke oppgir noe.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="334"/>
        <source>&apos;{source}&apos;: {n} polygons are neither land use, hensynssone nor plan area ({types}): not imported.</source>
        <translation>'{source}': {n} polygoner er verken arealformål, hensynssone eller planområde ({types}): ikke importert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="338"/>
        <source>&apos;{source}&apos;: {n} land-use polygons have no readable code.</source>
        <translation>'{source}': {n} arealformålspolygoner har ingen lesbar kode.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="341"/>
        <source>&apos;{source}&apos;: {n} hensynssoner have no readable code.</source>
        <translation>'{source}': {n} hensynssoner har ingen lesbar kode.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="42"/>
        <source>Land use (arealformål)</source>
        <translation>Arealformål</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="42"/>
        <source>Hensynssoner</source>
        <translation>Hensynssoner</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="43"/>
        <source>Plan areas (plan boundaries)</source>
        <translation>Planområder (plangrenser)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="62"/>
        <source>Import plan data</source>
        <translation>Importer plandata</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="65"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="91"/>
        <source>Plan files (GML, GeoJSON, GeoPackage, Shapefile)</source>
        <translation>Planfiler (GML, GeoJSON, GeoPackage, Shapefile)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="94"/>
        <source>Plan layers (open in QGIS, also WFS)</source>
        <translation>Planlag (åpne i QGIS, også WFS)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="97"/>
        <source>CRS of files that state none</source>
        <translation>Koordinatsystem for filer som ikke oppgir noe</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="98"/>
        <source>Plan data (GeoPackage)</source>
        <translation>Plandata (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="149"/>
        <source>Give at least one plan file or plan layer to import.</source>
        <translation>Oppgi minst én planfil eller ett planlag som skal importeres.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="170"/>
        <source>Reading {file}...</source>
        <translation>Leser {file} ...</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="231"/>
        <source>The file {path} appeared while the plan data were written; nothing was written into it. Run again, or choose another file.</source>
        <translation>Filen {path} dukket opp mens plandataene ble skrevet; ingenting ble skrevet i den. Kjør på nytt, eller velg en annen fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/help_pages.py" line="30"/>
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/help_pages.py" line="44"/>
        <source>Inputs</source>
        <translation>Inndata</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/help_pages.py" line="44"/>
        <source>Outputs</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/help_pages.py" line="44"/>
        <source>From Python or qgis_process, the algorithm&apos;s id is {id}.</source>
        <translation>Fra Python eller qgis_process heter algoritmen {id}.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="96"/>
        <source>Own station profile (YAML)</source>
        <translation>Egen stasjonsprofil (YAML)</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="134"/>
        <source>The language of what the run writes and says: explanations, field names in words, reports, the log and its messages. QGIS&apos;s own language by default.</source>
        <translation>Språket i det kjøringen skriver og sier: forklaringer, feltnavn i ord, rapporter, loggen og meldingene. Som standard språket QGIS kjører på.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="84"/>
        <source>The sites to score: parcels (Matrikkelen&apos;s teig), plan areas or polygons you drew, in a projected CRS such as EPSG:25833. Their own fields are kept in the output; a field such as tomt_id or gnr/bnr names the sites, and kommunenavn or kommunenummer groups the summary by municipality. With &apos;Selected features only&apos;, only the selected sites are scored.</source>
        <translation>Tomtene som skal vurderes: eiendommer (teig fra Matrikkelen), planområder eller polygoner du har tegnet, i et projisert koordinatsystem som EPSG:25833. Feltene deres tas med i resultatet; et felt som tomt_id eller gnr/bnr navngir tomtene, og kommunenavn eller kommunenummer grupperer oppsummeringen per kommune. Med «Bare valgte objekter» vurderes bare de valgte tomtene.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="90"/>
        <source>Each station type is scored with its own profile (rules, weights and their sources) and gets its own fields in the output: h2_ hydrogen, bat_ battery-electric charging, bio_ biogas.</source>
        <translation>Hver stasjonstype vurderes med sin egen profil (regler, vekter og kildene deres) og får egne felt i resultatet: h2_ hydrogen, bat_ batterielektrisk lading, bio_ biogass.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="96"/>
        <source>A station profile of your own (YAML; the format is in resources/profiles/README.md) that replaces the bundled profile of the same station type: your rules, weights and parameters, each with its source or labelled as a setting.</source>
        <translation>En egen stasjonsprofil (YAML; formatet står i resources/profiles/README.md) som erstatter den medfølgende profilen for samme stasjonstype: dine regler, vekter og parametere, hver med sin kilde eller merket som innstilling.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="109"/>
        <source>Where the scored sites go. A GeoPackage keeps every field whole and carries one style per station type; written into an existing GeoPackage, only this layer is replaced and the others stay. An input&apos;s own file cannot be the output. A cancelled or failed run leaves no output.</source>
        <translation>Hvor de vurderte tomtene skal lagres. En GeoPackage-fil beholder alle felt hele og får én stil per stasjonstype; skrives resultatet til en eksisterende GeoPackage-fil, erstattes bare dette laget, og de andre blir stående. Filen til et inndatalag kan ikke være resultatet. En avbrutt eller mislykket kjøring etterlater ikke noe resultat.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="114"/>
        <source>A table of how many sites each rule excluded (and excluded on its own) and, per municipality, how many sites pass and which are best.</source>
        <translation>En tabell over hvor mange tomter hver regel utelukket (og utelukket alene) og, per kommune, hvor mange tomter som oppfyller reglene og hvilke som er best.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/atlas_output.py" line="57"/>
        <source>Short-listed sites</source>
        <translation>Tomter på kortlista</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="44"/>
        <source>No map was made.</source>
        <translation>Det ble ikke laget noe kart.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="56"/>
        <source>{n}. {site}, {municipality}: {type}</source>
        <translation>{n}. {site}, {municipality}: {type}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="61"/>
        <source>Overview: {region}</source>
        <translation>Oversikt: {region}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="61"/>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="67"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="507"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="67"/>
        <source>Place</source>
        <translation>Plass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="67"/>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="68"/>
        <source>No site on the short list.</source>
        <translation>Ingen tomt på kortlista.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="77"/>
        <source>left out</source>
        <translation>utelatt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="72"/>
        <source>Score (0-100)</source>
        <translation>Poeng (0-100)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="90"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="90"/>
        <source>Sub-score (0-1)</source>
        <translation>Delpoeng (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="90"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="90"/>
        <source>Points</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="107"/>
        <source>Rank between {low} and {high} in 90 % of the runs.</source>
        <translation>Rangert mellom {low} og {high} i 90 % av kjøringene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="110"/>
        <source>The rank depends most on the weight of: {factor}.</source>
        <translation>Rangeringen avhenger mest av vekten på: {factor}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="111"/>
        <source>How robust the rank is</source>
        <translation>Hvor robust rangeringen er</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="117"/>
        <source>{rank} ({place} in {municipality})</source>
        <translation>{rank} ({place} i {municipality})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="120"/>
        <source>Share of the weight known</source>
        <translation>Andel av vekten som er kjent</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="104"/>
        <source>Weight set</source>
        <translation>Vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="122"/>
        <source>Station profile</source>
        <translation>Stasjonsprofil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="508"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="129"/>
        <source>Not checked: {rules}</source>
        <translation>Ikke kontrollert: {rules}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="132"/>
        <source>Unknown, left out of the score: {factors}.</source>
        <translation>Ukjent, holdt utenfor poengene: {factors}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="133"/>
        <source>The score and its parts</source>
        <translation>Poengene og hva de består av</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="103"/>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="111"/>
        <source>Weights</source>
        <translation>Vekter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="187"/>
        <source>Short list of sites for energy stations</source>
        <translation>Kortliste over tomter for energistasjoner</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="92"/>
        <source>Station types</source>
        <translation>Stasjonstyper</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="192"/>
        <source>Sites on the list</source>
        <translation>Tomter på lista</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="196"/>
        <source>A screening aid for a regional workshop: the scores rest on the data listed at the end and on the weight set named on each page. They do not replace DSB&apos;s risk analysis, the grid company&apos;s answer or the municipality&apos;s own assessment.</source>
        <translation>Et hjelpemiddel for første siling i et regionalt verksted: poengene bygger på dataene som er listet til slutt, og på vektsettet som står på hver side. De erstatter ikke risikoanalysen DSB krever, svaret fra nettselskapet eller kommunens egen vurdering.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="212"/>
        <source>Weight sets</source>
        <translation>Vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="128"/>
        <source>{profile} has no zoning rule; land use classed {classes} counts as suitable.</source>
        <translation>{profile} har ingen regel for arealformål; arealformål i klassene {classes} regnes som egnet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="180"/>
        <source>hensynssoner {codes}</source>
        <translation>hensynssoner {codes}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="190"/>
        <source>building line {m} m from riksveg and fylkesveg</source>
        <translation>byggegrense {m} m fra riksveg og fylkesveg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="248"/>
        <source>The municipality layer &apos;{layer}&apos; has no field with the municipality&apos;s number or name (kommunenummer, kommunenavn); choose a layer of municipalities.</source>
        <translation>Kommunelaget '{layer}' har ikke noe felt med kommunens nummer eller navn (kommunenummer, kommunenavn); velg et kartlag med kommuner.</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="139"/>
        <source>Choose at least one station type.</source>
        <translation>Velg minst én stasjonstype.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="364"/>
        <source>Give at least one zoning layer (kommuneplan or reguleringsplan arealformål): candidate areas are found in the plans.</source>
        <translation>Oppgi minst ett kartlag med arealformål (kommuneplan eller reguleringsplan): kandidatområdene finnes i planene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="367"/>
        <source>Candidate areas need a projected CRS in metres, such as EPSG:25833.</source>
        <translation>Kandidatområder trenger et projisert koordinatsystem i meter, for eksempel EPSG:25833.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="377"/>
        <source>land use that no chosen station type&apos;s zoning rule allows (plan polygons)</source>
        <translation>arealformål som ingen valgt stasjonstypes regel for arealformål tillater (planpolygoner)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="389"/>
        <source>Cut out of the candidate areas: {what}, {area} m².</source>
        <translation>Skåret bort fra kandidatområdene: {what}, {area} m².</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="391"/>
        <source>wholly inside {what} (plan polygons)</source>
        <translation>helt innenfor {what} (planpolygoner)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="400"/>
        <source>Suitable ground outside the municipalities of '{layer}' was left out ({area} m²).</source>
        <translation>Egnet areal utenfor kommunene i '{layer}' ble utelatt ({area} m²).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="422"/>
        <source>{n} areas have no municipality: give a municipality layer, or plan layers with kommunenummer.</source>
        <translation>{n} områder har ingen kommune: oppgi et kommunelag, eller planlag med kommunenummer.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="426"/>
        <source>candidate areas</source>
        <translation>kandidatområder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="454"/>
        <source>smaller than every chosen station type&apos;s minimum area (areas)</source>
        <translation>mindre enn minsteareal for alle valgte stasjonstyper (områder)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="455"/>
        <source>less flat ground than every chosen station type&apos;s minimum (areas)</source>
        <translation>mindre flatt areal enn minstekravet for alle valgte stasjonstyper (områder)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="501"/>
        <source>Removed: {what}: {n}.</source>
        <translation>Fjernet: {what}: {n}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="507"/>
        <source>Municipality number</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="508"/>
        <source>Plan level</source>
        <translation>Plannivå</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="508"/>
        <source>Plan id</source>
        <translation>Plan-ID</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="509"/>
        <source>Land-use code</source>
        <translation>Arealformålskode</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="509"/>
        <source>Land use</source>
        <translation>Arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="510"/>
        <source>Land-use status (1 current, 2 future)</source>
        <translation>Arealbruksstatus (1 nåværende, 2 framtidig)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="510"/>
        <source>Plan layer</source>
        <translation>Planlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="511"/>
        <source>Gnr</source>
        <translation>Gnr</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="511"/>
        <source>Bnr</source>
        <translation>Bnr</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="511"/>
        <source>Parcel</source>
        <translation>Eiendom</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="511"/>
        <source>Zoning suits</source>
        <translation>Arealformålet passer for</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="512"/>
        <source>Area (m²)</source>
        <translation>Areal (m²)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="512"/>
        <source>Flat area (m²)</source>
        <translation>Flatt areal (m²)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="38"/>
        <source>LBG stored (tonnes)</source>
        <translation>LBG lagret (tonn)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="39"/>
        <source>CBG stored (tonnes)</source>
        <translation>CBG lagret (tonn)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="126"/>
        <source>gas in delivery trailers parked on site (kg)</source>
        <translation>gass i leveringshengere parkert på tomta (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="204"/>
        <source>The kommuneplan is newer than the reguleringsplan on the site and keeps it in force with no detaljeringssone (H910): the kommuneplan prevails (pbl § 1-5).</source>
        <translation>Kommuneplanen er nyere enn reguleringsplanen på tomta og holder den ikke i kraft med noen detaljeringssone (H910): kommuneplanen går foran (pbl § 1-5).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="207"/>
        <source>The newer kommuneplan keeps the reguleringsplan in force with a detaljeringssone (H910).</source>
        <translation>Den nyere kommuneplanen holder reguleringsplanen i kraft med en detaljeringssone (H910).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="209"/>
        <source>The plans carry no dates: the reguleringsplan is presumed to apply; check which plan is newer (pbl § 1-5).</source>
        <translation>Planene har ingen datoer: reguleringsplanen er antatt å gjelde; sjekk hvilken plan som er nyest (pbl § 1-5).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="212"/>
        <source>The site is {split}.</source>
        <translation>Tomta er {split}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="231"/>
        <source>{zoning}: charging may be allowed where the plan allows parking (circular H-4/21); check the plan&apos;s provisions.</source>
        <translation>{zoning}: lading kan være tillatt der planen tillater parkering (rundskriv H-4/21); sjekk planbestemmelsene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="235"/>
        <source>{zoning}: the station needs a plan change or a dispensation (pbl § 19-2).</source>
        <translation>{zoning}: stasjonen krever planendring eller dispensasjon (pbl § 19-2).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="249"/>
        <source>No plan layers were given: check whether a reguleringsplan covers the site.</source>
        <translation>Ingen plankart ble oppgitt: sjekk om en reguleringsplan dekker tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="259"/>
        <source>The site is {split}: the part outside the reguleringsplan normally needs a detaljregulering (pbl § 12-1).</source>
        <translation>Tomta er {split}: delen utenfor reguleringsplanen krever normalt en detaljregulering (pbl § 12-1).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="263"/>
        <source>No reguleringsplan covers the site; it is zoned only in the kommuneplan.</source>
        <translation>Ingen reguleringsplan dekker tomta; den er bare avsatt i kommuneplanen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="263"/>
        <source>The newer kommuneplan prevails over the older reguleringsplan (pbl § 1-5).</source>
        <translation>Den nyere kommuneplanen går foran den eldre reguleringsplanen (pbl § 1-5).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="265"/>
        <source>A truck energy station is a larger building project that normally needs a reguleringsplan (pbl § 12-1 tredje ledd), and most kommuneplaner set plankrav (pbl § 11-9 nr. 1): a detaljregulering, unless the kommuneplan's provisions exempt the project.</source>
        <translation>En energistasjon for tungtransport er et større bygge- og anleggstiltak som normalt krever reguleringsplan (pbl § 12-1 tredje ledd), og de fleste kommuneplaner har plankrav (pbl § 11-9 nr. 1): en detaljregulering, med mindre kommuneplanens bestemmelser unntar tiltaket.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="301"/>
        <source>Hensynssone {zones}: only {left} of the site is left outside it, less than the {minimum} the station needs.</source>
        <translation>Hensynssone {zones}: bare {left} av tomta ligger utenfor, mindre enn de {minimum} stasjonen trenger.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="305"/>
        <source>Hensynssone {zones}: {left} of the site is left outside it; the station must be placed there, and the zone&apos;s provisions assessed.</source>
        <translation>Hensynssone {zones}: {left} av tomta ligger utenfor; stasjonen må plasseres der, og sonens bestemmelser vurderes.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="310"/>
        <source>Hensynssone {zones}: assess what it means for the station.</source>
        <translation>Hensynssone {zones}: vurder hva den betyr for stasjonen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="313"/>
        <source>A hensynssone without a readable code lies on or near the site: check which zone it is.</source>
        <translation>En hensynssone uten lesbar kode ligger på eller nær tomta: sjekk hvilken sone det er.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="323"/>
        <source>Only hensynssone {zones} on or near the site, which does not bear on this station type.</source>
        <translation>Bare hensynssone {zones} på eller nær tomta, som ikke har betydning for denne stasjonstypen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="326"/>
        <source>No hensynssone within {d} of the site.</source>
        <translation>Ingen hensynssone innenfor {d} fra tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="373"/>
        <source>No building line of riksveg, fylkesveg ({main}) or kommunal veg ({local}) reaches the site (vegloven § 29).</source>
        <translation>Ingen byggegrense mot riksveg, fylkesveg ({main}) eller kommunal veg ({local}) når inn på tomta (vegloven § 29).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="385"/>
        <source>{outside} of the site's {area} lies outside the {line} building line from {road} (vegloven § 29); the station must stay outside the line.</source>
        <translation>{outside} av tomtas {area} ligger utenfor byggegrensen på {line} fra {road} (vegloven § 29); stasjonen må ligge utenfor grensen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="392"/>
        <source>Only {outside} of the site's {area} lies outside the {line} building line from {road} (vegloven § 29), less than the {minimum} the station needs: allowed only if the plan sets another line or the road authority grants an exemption.</source>
        <translation>Bare {outside} av tomtas {area} ligger utenfor byggegrensen på {line} fra {road} (vegloven § 29), mindre enn de {minimum} stasjonen trenger: tillatt bare hvis planen fastsetter en annen grense eller vegmyndigheten gir dispensasjon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="437"/>
        <source>A {r} m turning ring fits and {flat} m² is flat (at least {minimum} m² needed). The ring is a screening: the application shows with swept paths that 25.25 m vehicles can drive in, turn and drive out.</source>
        <translation>En svingring på {r} m får plass og {flat} m² er flatt (minst {minimum} m² trengs). Svingringen er en grovsiling: søknaden viser med sporingskurver at vogntog på 25,25 m kan kjøre inn, snu og kjøre ut.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="450"/>
        <source>The distances are screening assumptions: DSB sets no fixed distances, the risk analysis decides.</source>
        <translation>Avstandene er antakelser for grovsiling: DSB har ingen faste avstander, risikoanalysen avgjør.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="462"/>
        <source>dwelling</source>
        <translation>bolig</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="118"/>
        <source>no dwellings in the layer</source>
        <translation>ingen boliger i kartlaget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="129"/>
        <source>no schools, kindergartens, hospitals or care homes in the layer</source>
        <translation>ingen skoler, barnehager, sykehus eller sykehjem i kartlaget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="469"/>
        <source>the nearest {what} is {d} away, closer than {limit}</source>
        <translation>nærmeste {what} ligger {d} unna, nærmere enn {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="472"/>
        <source>the nearest {what} is {d} away (screening {limit})</source>
        <translation>nærmeste {what} ligger {d} unna (grovsiling {limit})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="475"/>
        <source>Needs assessment: {close}; the risk analysis must show the risk is acceptable.</source>
        <translation>Må vurderes: {close}; risikoanalysen må vise at risikoen er akseptabel.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="475"/>
        <source>Otherwise: {far}.</source>
        <translation>Ellers: {far}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="48"/>
        <source>ask the grid company how long its answer and the connection take</source>
        <translation>spør nettselskapet hvor lang tid svaret og tilknytningen tar</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="50"/>
        <source>the answer takes up to {months} months, connection {low}-{high} years</source>
        <translation>svaret tar opptil {months} måneder, tilknytningen {low}–{high} år</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="72"/>
        <source>in the area {name} ({company})</source>
        <translation>i området {name} ({company})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="73"/>
        <source>at {name}</source>
        <translation>ved {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="90"/>
        <source>Statnett reports {mw} MW free in the transmission grid in {area}: connection on conditions (tilknytning på vilkår, NEM §§ 3-1/3-2) is the likely route.</source>
        <translation>Statnett oppgir {mw} MW ledig i transmisjonsnettet i {area}: tilknytning på vilkår (NEM §§ 3-1/3-2) er den sannsynlige veien.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="98"/>
        <source>{company} queues requests of {queue} MW or more: a formal request, and {times}.</source>
        <translation>{company} setter forespørsler på {queue} MW eller mer i kø: en formell forespørsel, og {times}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="102"/>
        <source>{mw} MW free {where}, but the application states no power.</source>
        <translation>{mw} MW ledig {where}, men søknaden oppgir ingen effekt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="105"/>
        <source>{mw} MW free {where}; the station needs {power} MW.</source>
        <translation>{mw} MW ledig {where}; stasjonen trenger {power} MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="109"/>
        <source>{mw} MW free {where} today, {future} MW after planned measures{when}; the station needs {power} MW: ask the grid company when.</source>
        <translation>{mw} MW ledig {where} i dag, {future} MW etter planlagte tiltak{when}; stasjonen trenger {power} MW: spør nettselskapet når.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="113"/>
        <source>At most {mw} MW free within reach ({where}); the station needs {power} MW.</source>
        <translation>Høyst {mw} MW ledig innen rekkevidde ({where}); stasjonen trenger {power} MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="129"/>
        <source>Enova asks for at least {min_points} points, each of at least {min_kw} kW, and {min_total} kW in all.</source>
        <translation>Enova krever minst {min_points} ladepunkter, hvert på minst {min_kw} kW, og {min_total} kW til sammen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="134"/>
        <source>{points} points, {total} kW in all; the application does not state the power of the weakest point, and each point must deliver at least {min_kw} kW (an average is not enough).</source>
        <translation>{points} ladepunkter, {total} kW til sammen; søknaden oppgir ikke effekten til det svakeste punktet, og hvert punkt må levere minst {min_kw} kW (et snitt er ikke nok).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="140"/>
        <source>{points} points, the weakest {kw} kW, {total} kW in all.</source>
        <translation>{points} ladepunkter, det svakeste {kw} kW, {total} kW til sammen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist_grid.py" line="149"/>
        <source>Enova supports hydrogen filling stations for heavy transport: check the application against the criteria of the programme round it is made in, and ask for Enova&apos;s decision or the application to Enova.</source>
        <translation>Enova gir støtte til hydrogenstasjoner for tungtransport: sjekk søknaden mot kriteriene i utlysningsrunden den gjelder, og be om Enovas vedtak eller søknaden til Enova.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Grid capacity files or folders (DIGIN GridCapacity JSON, one per grid company)</source>
        <translation>Filer eller mapper med nettkapasitet (DIGIN GridCapacity JSON, én per nettselskap)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Grid capacity layer in the project (a loaded DIGIN file, or your own substations)</source>
        <translation>Lag med nettkapasitet i prosjektet (en innlastet DIGIN-fil, eller egne transformatorstasjoner)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/coordinates.py" line="90"/>
        <source>The layer &apos;{source}&apos;: the coordinates (for example {x}, {y}) cannot be in {crs}: {cause} Set the CRS its coordinates are in on the layer in QGIS (Layer &gt; Set CRS) and run again.</source>
        <translation>Laget '{source}': koordinatene (for eksempel {x}, {y}) kan ikke være i {crs}: {cause} Angi koordinatsystemet koordinatene er i på laget i lagegenskapene i QGIS og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="52"/>
        <source>The road layer &apos;{layer}&apos; has no corridor {missing} (it has {roads}); the distance to a corridor exit is measured to the others only.</source>
        <translation>Veglaget '{layer}' har ingen korridor {missing} (det har {roads}); avstanden til avkjøring fra korridor måles bare til de andre.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="109"/>
        <source>no corridor {corridors} in the road layer &apos;{layer}&apos;; it has {roads}</source>
        <translation>ingen korridor {corridors} i veglaget '{layer}'; det har {roads}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="111"/>
        <source>no corridor {corridors} in the road layer &apos;{layer}&apos;, which has no numbered roads</source>
        <translation>ingen korridor {corridors} i veglaget '{layer}', som ikke har noen nummererte veger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="153"/>
        <source>no traffic count within {d}</source>
        <translation>ingen trafikkmengde innenfor {d}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="154"/>
        <source>the nearest traffic count has no ÅDT or share of long vehicles</source>
        <translation>nærmeste trafikkmengde mangler ÅDT eller andel lange kjøretøy</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="424"/>
        <source>{area} outside the {line} building line from {road} &lt; {limit}</source>
        <translation>{area} utenfor byggegrensen på {line} fra {road} &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="434"/>
        <source>Area outside the road building lines</source>
        <translation>Areal utenfor byggegrensene mot veg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="49"/>
        <source>no station type could be read in &apos;{layer}&apos;</source>
        <translation>ingen stasjonstype kunne leses i '{layer}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="202"/>
        <source>({mw} MW after planned measures, {date})</source>
        <translation>({mw} MW etter planlagte tiltak, {date})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="204"/>
        <source>({mw} MW after planned measures)</source>
        <translation>({mw} MW etter planlagte tiltak)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="211"/>
        <source>{mw} MW free in the area {name} ({company})</source>
        <translation>{mw} MW ledig i området {name} ({company})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="222"/>
        <source>{company} queues requests of {mw} MW or more</source>
        <translation>{company} setter forespørsler på {mw} MW eller mer i kø</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="225"/>
        <source>connection on conditions (tilknytning på vilkår) is the likely route</source>
        <translation>tilknytning på vilkår er den sannsynlige veien</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="227"/>
        <source>the transmission grid has {mw} MW free in {area}: connection on conditions (tilknytning på vilkår) is the likely route</source>
        <translation>transmisjonsnettet har {mw} MW ledig i {area}: tilknytning på vilkår er den sannsynlige veien</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="26"/>
        <source>drinking water catchment</source>
        <translation>nedbørfelt for drikkevann</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="27"/>
        <source>groundwater supply</source>
        <translation>grunnvannsforsyning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="28"/>
        <source>building ban around road, railway or airport</source>
        <translation>byggeforbud rundt veg, bane og flyplass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="29"/>
        <source>sight zone (frisikt)</source>
        <translation>frisikt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="30"/>
        <source>other safety zone</source>
        <translation>annen sikringssone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="31"/>
        <source>red noise zone</source>
        <translation>rød støysone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="32"/>
        <source>yellow noise zone</source>
        <translation>gul støysone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="33"/>
        <source>other noise zone</source>
        <translation>annen støysone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="42"/>
        <source>protection of the natural environment</source>
        <translation>bevaring av naturmiljø</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="43"/>
        <source>protection of the cultural environment</source>
        <translation>bevaring av kulturmiljø</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="44"/>
        <source>bound under the Nature Diversity Act</source>
        <translation>båndlagt etter naturvernlovgivningen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="45"/>
        <source>bound under the Cultural Heritage Act</source>
        <translation>båndlagt etter kulturminneloven</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="46"/>
        <source>Marka (markaloven)</source>
        <translation>Marka (markaloven)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="47"/>
        <source>bound under other law</source>
        <translation>båndlagt etter annen lov</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="48"/>
        <source>detail zone: the reguleringsplan still applies</source>
        <translation>detaljeringssone: reguleringsplanen gjelder fortsatt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="50"/>
        <source>zone</source>
        <translation>sone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="95"/>
        <source>building of unknown type</source>
        <translation>bygning av ukjent type</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="98"/>
        <source>kindergarten</source>
        <translation>barnehage</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="100"/>
        <source>school</source>
        <translation>skole</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="102"/>
        <source>college or university</source>
        <translation>høgskole eller universitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="104"/>
        <source>hospital</source>
        <translation>sykehus</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="106"/>
        <source>care home</source>
        <translation>sykehjem</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="107"/>
        <source>vulnerable building</source>
        <translation>sårbar bygning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="119"/>
        <source>{d} to the nearest dwelling</source>
        <translation>{d} til nærmeste bolig</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="123"/>
        <source>dwelling {d} away &lt; {limit}</source>
        <translation>bolig {d} unna &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="130"/>
        <source>{d} to the nearest {kind}</source>
        <translation>{d} til nærmeste {kind}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="139"/>
        <source>{kind} {d} away &lt; {limit}</source>
        <translation>{kind} {d} unna &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="165"/>
        <source>{profile}: the distances to dwellings and to schools, kindergartens, hospitals and care homes are screening assumptions; DSB sets no fixed safety distances (a risk analysis decides), and a site closer than them is kept and needs assessment.</source>
        <translation>{profile}: avstandene til boliger og til skoler, barnehager, sykehus og sykehjem er antakelser for grovsiling; DSB har ingen faste sikkerhetsavstander (en risikoanalyse avgjør), og en tomt som ligger nærmere, beholdes og må vurderes.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="236"/>
        <source>{code} {name} on {percent} % of the site</source>
        <translation>{code} {name} på {percent} % av tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="249"/>
        <source>a hensynssone without a readable code lies on the site</source>
        <translation>en hensynssone uten lesbar kode ligger på tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="286"/>
        <source>{area} left outside hensynssone {zones} &lt; {limit}</source>
        <translation>{area} igjen utenfor hensynssone {zones} &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="332"/>
        <source>hensynssone {zones}</source>
        <translation>hensynssone {zones}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Distance to dwellings</source>
        <translation>Avstand til boliger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>dwellings</source>
        <translation>boliger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Distance to schools, kindergartens, hospitals and care homes</source>
        <translation>Avstand til skoler, barnehager, sykehus og sykehjem</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>schools, kindergartens, hospitals, care homes</source>
        <translation>skoler, barnehager, sykehus, sykehjem</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Room outside the hensynssoner that exclude</source>
        <translation>Areal utenfor hensynssoner som utelukker</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>hensynssone</source>
        <translation>hensynssone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Hensynssoner on the site</source>
        <translation>Hensynssoner på tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="373"/>
        <source>Share of the site in hensynssoner with a penalty</source>
        <translation>Andel av tomta i hensynssoner som gir trekk</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="140"/>
        <source>{n} sites lie in both a reguleringsplan and the kommuneplan, but the plans carry no dates (ikrafttredelsesdato): the reguleringsplan is presumed to apply. Check which plan is newer and whether the kommuneplan keeps the reguleringsplan (pbl § 1-5, hensynssone H910).</source>
        <translation>{n} tomter ligger både i en reguleringsplan og i kommuneplanen, men planene har ingen datoer (ikrafttredelsesdato): reguleringsplanen er antatt å gjelde. Sjekk hvilken plan som er nyest, og om kommuneplanen holder reguleringsplanen i kraft (pbl § 1-5, hensynssone H910).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="146"/>
        <source>{n} sites lie in a reguleringsplan older than the kommuneplan: the kommuneplan was taken to prevail (pbl § 1-5). No hensynssone layer was given, so a detaljeringssone (H910) that keeps the reguleringsplan could not be seen.</source>
        <translation>{n} tomter ligger i en reguleringsplan som er eldre enn kommuneplanen: kommuneplanen er lagt til grunn (pbl § 1-5). Det ble ikke oppgitt noe kart med hensynssoner, så en detaljeringssone (H910) som holder reguleringsplanen i kraft, kunne ikke sees.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="177"/>
        <source>the land use on the site has no readable code in &apos;{layers}&apos;</source>
        <translation>arealformålet på tomta har ingen lesbar kode i '{layers}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="193"/>
        <source>{label} ({plan} {code}, newer than the reguleringsplan)</source>
        <translation>{label} ({plan} {code}, nyere enn reguleringsplanen)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="207"/>
        <source>split: reguleringsplan on {percent} %, the rest only in the kommuneplan</source>
        <translation>delt: reguleringsplan på {percent} %, resten bare i kommuneplanen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="208"/>
        <source>split between reguleringsplaner: {plan} on {percent} %</source>
        <translation>delt mellom reguleringsplaner: {plan} på {percent} %</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="41"/>
        <source>A dispensation is judged by pbl § 19-2: the considerations behind the plan must not be significantly set aside, and the advantages must clearly outweigh the disadvantages.</source>
        <translation>En dispensasjon vurderes etter pbl § 19-2: hensynene bak planen må ikke bli vesentlig tilsidesatt, og fordelene må være klart større enn ulempene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="46"/>
        <source>Screening for konsekvensutredning (KU)</source>
        <translation>Vurdering etter forskrift om konsekvensutredninger (KU)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="46"/>
        <source>The plan for the station must be screened: does it fall under KU-forskriften § 8 (plans for projects in vedlegg II), and may it have significant effects on the environment or society (§ 10)?</source>
        <translation>Planen for stasjonen må vurderes: faller den inn under KU-forskriften § 8 (planer for tiltak i vedlegg II), og kan den få vesentlige virkninger for miljø eller samfunn (§ 10)?</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="46"/>
        <source>Forskrift om konsekvensutredninger (FOR-2017-06-21-854) §§ 8, 10</source>
        <translation>Forskrift om konsekvensutredninger (FOR-2017-06-21-854) §§ 8, 10</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="56"/>
        <source>Plan- og bygningsloven (pbl) § 1-5 (which plan prevails), ch. 11 (kommuneplan), § 12-1 (reguleringsplan), § 19-2 (dispensation), ch. 20 (building application)</source>
        <translation>Plan- og bygningsloven (pbl) § 1-5 (hvilken plan som går foran), kap. 11 (kommuneplan), § 12-1 (reguleringsplan), § 19-2 (dispensasjon), kap. 20 (byggesøknad)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="64"/>
        <source>Plan change (detaljregulering) or dispensation before a building permit</source>
        <translation>Planendring (detaljregulering) eller dispensasjon før byggetillatelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="72"/>
        <source>Detaljregulering before the building application</source>
        <translation>Detaljregulering før byggesøknaden</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="72"/>
        <source>The land use allows the station, but a reguleringsplan is needed: {why}</source>
        <translation>Arealformålet tillater stasjonen, men det trengs en reguleringsplan: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="72"/>
        <source>A dispensation from the plankrav is judged by pbl § 19-2.</source>
        <translation>Dispensasjon fra plankravet vurderes etter pbl § 19-2.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="76"/>
        <source>a truck energy station normally needs a reguleringsplan (pbl § 12-1 tredje ledd), and most kommuneplaner set plankrav (pbl § 11-9 nr. 1)</source>
        <translation>en energistasjon for tungtransport krever normalt reguleringsplan (pbl § 12-1 tredje ledd), og de fleste kommuneplaner har plankrav (pbl § 11-9 nr. 1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="79"/>
        <source>Detaljregulering or building application under the current plan</source>
        <translation>Detaljregulering eller byggesøknad etter gjeldende plan</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="79"/>
        <source>The land use allows the station ({zoning}), but whether a reguleringsplan is required must be checked: {why}</source>
        <translation>Arealformålet tillater stasjonen ({zoning}), men om det kreves reguleringsplan, må sjekkes: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="126"/>
        <source>{substance} ({parts})</source>
        <translation>{substance} ({parts})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="146"/>
        <source>{t} t stored</source>
        <translation>{t} t lagret</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="148"/>
        <source>{t} t LBG</source>
        <translation>{t} t LBG</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="148"/>
        <source>{t} t CBG</source>
        <translation>{t} t CBG</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="149"/>
        <source>{t} t in trailers parked on site</source>
        <translation>{t} t i hengere parkert på tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="164"/>
        <source>the grid company</source>
        <translation>nettselskapet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="166"/>
        <source>The application states no power; from {queue} MW {who} needs a formal request and the customer joins a queue.</source>
        <translation>Søknaden oppgir ingen effekt; fra {queue} MW trenger {who} en formell forespørsel, og kunden settes i kø.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="194"/>
        <source>Enova support for hydrogen filling stations</source>
        <translation>Enova-støtte til hydrogenstasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="194"/>
        <source>Enova, støtte til hydrogenstasjoner for tungtransport</source>
        <translation>Enova, støtte til hydrogenstasjoner for tungtransport</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="229"/>
        <source>the amount of LBG and CBG stored (tonnes), for storulykkeforskriften</source>
        <translation>mengden LBG og CBG som lagres (tonn), for storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="231"/>
        <source>the gas in delivery trailers parked on site (kg), which counts towards storulykkeforskriften</source>
        <translation>gassen i leveringshengere parkert på tomta (kg), som regnes med etter storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="234"/>
        <source>how the hydrogen reaches the station (trucked in, or made on site by electrolysis), for the grid connection</source>
        <translation>hvordan hydrogenet kommer til stasjonen (kjørt inn, eller produsert på stedet ved elektrolyse), for nettilknytningen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="239"/>
        <source>the power of the weakest charging point (kW): Enova asks each point for at least {kw} kW</source>
        <translation>effekten til det svakeste ladepunktet (kW): Enova krever minst {kw} kW i hvert punkt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="128"/>
        <source>{rule} not checked: {cause}</source>
        <translation>{rule} ikke kontrollert: {cause}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="139"/>
        <source>the site is outside the data</source>
        <translation>tomta ligger utenfor dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="187"/>
        <source>{factor} ({cause})</source>
        <translation>{factor} ({cause})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="145"/>
        <source>&apos;{layer}&apos; (candidate sites): {n} features; CRS {crs}.</source>
        <translation>'{layer}' (aktuelle tomter): {n} objekter; koordinatsystem {crs}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="151"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="153"/>
        <source>1 feature</source>
        <translation>1 objekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="155"/>
        <source>{n} features</source>
        <translation>{n} objekter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="157"/>
        <source>CRS {crs}</source>
        <translation>koordinatsystem {crs}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="160"/>
        <source>covers the sites&apos; extent</source>
        <translation>dekker tomtenes utstrekning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="160"/>
        <source>does not cover the sites&apos; extent</source>
        <translation>dekker ikke tomtenes utstrekning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="163"/>
        <source>{n} within the sites&apos; extent</source>
        <translation>{n} innenfor tomtenes utstrekning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="167"/>
        <source>{what} not recognised: {n} (for example {examples})</source>
        <translation>{what} som ikke ble gjenkjent: {n} (for eksempel {examples})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="171"/>
        <source>&apos;{layer}&apos; ({what}): {facts}.</source>
        <translation>'{layer}' ({what}): {facts}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="173"/>
        <source>The layer &apos;{layer}&apos; ({what}) lies {d} from the nearest site and reaches none of them: its criteria are unknown. Check that the CRS set on it in QGIS (Layer &gt; Set CRS) is the one its coordinates are in, and that it covers the sites&apos; area.</source>
        <translation>Laget '{layer}' ({what}) ligger {d} fra nærmeste tomt og når ingen av dem: kriteriene som bruker det, er ukjente. Kontroller at koordinatsystemet som er angitt på laget i lagegenskapene i QGIS, er det koordinatene er i, og at laget dekker området tomtene ligger i.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="192"/>
        <source>the coordinates of {layers} cannot be in the CRS set on it (see the log)</source>
        <translation>koordinatene i {layers} kan ikke være i koordinatsystemet som er angitt på laget (se loggen)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/input_log.py" line="194"/>
        <source>{layers} covers another area than the sites (is its CRS right?)</source>
        <translation>{layers} dekker et annet område enn tomtene (er koordinatsystemet riktig?)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="118"/>
        <source>The layer &apos;{layer}&apos; has no coordinate reference system. Set the CRS its coordinates are in on the layer in QGIS (Layer &gt; Set CRS), for example EPSG:25833, and run again.</source>
        <translation>Laget '{layer}' har ikke noe koordinatsystem. Angi koordinatsystemet koordinatene er i på laget i lagegenskapene i QGIS, for eksempel EPSG:25833, og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="144"/>
        <source>{n} features of the road layer &apos;{layer}&apos; are not lines (points or areas); only its lines are read as the road network.</source>
        <translation>{n} objekter i veglaget '{layer}' er ikke linjer (punkter eller flater); bare linjene leses som vegnettet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="148"/>
        <source>road categories</source>
        <translation>vegkategorier</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="223"/>
        <source>{n} land-use polygons of &apos;{layer}&apos; have no readable land-use code; zoning is unknown where they decide it.</source>
        <translation>{n} arealformålspolygoner i '{layer}' har ingen lesbar arealformålskode; arealformålet er ukjent der de avgjør det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="226"/>
        <source>land-use codes</source>
        <translation>arealformålskoder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="231"/>
        <source>{n} hensynssoner, read as hazard zones</source>
        <translation>{n} hensynssoner, lest som faresoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="261"/>
        <source>The hensynssoner of the plan layer {plans} are read as hazard zones together with &apos;{layer}&apos;.</source>
        <translation>Hensynssonene i planlaget {plans} leses som faresoner sammen med '{layer}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="278"/>
        <source>No hazard layer given: the {n} hensynssoner of the plan layer {plans} are read as hazard zones.</source>
        <translation>Ingen faresonelag er oppgitt: de {n} hensynssonene i planlaget {plans} leses som faresoner.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="42"/>
        <source>needs assessment</source>
        <translation>må vurderes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/plan_pieces.py" line="152"/>
        <source>{n} polygons in &apos;{layer}&apos; were invalid (for example self-intersecting); they were repaired for finding candidate areas (the layer is unchanged).</source>
        <translation>{n} polygoner i '{layer}' var ugyldige (for eksempel selvkryssende); de ble reparert for å finne kandidatområder (kartlaget er uendret).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/plan_pieces.py" line="200"/>
        <source>{n} overlaps between plan polygons with different land use in {layers} ({area} m² in all): the plans contradict each other there, so that ground is left out of the candidate areas. Check the plans.</source>
        <translation>{n} overlapp mellom planpolygoner med ulikt arealformål i {layers} ({area} m² i alt): planene motsier hverandre der, så det arealet er holdt utenfor kandidatområdene. Kontroller planene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/plan_pieces.py" line="206"/>
        <source>{n} plan polygons overlap another with the same land use; the overlap is counted once.</source>
        <translation>{n} planpolygoner overlapper et annet med samme arealformål; overlappet er regnet med én gang.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="74"/>
        <source>must list the names of the choices</source>
        <translation>må liste navnene på valgene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="78"/>
        <source>must be one of its choices: {choices}</source>
        <translation>må være ett av valgene: {choices}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="89"/>
        <source>must name a parameter with choices; the profile has {known}</source>
        <translation>må navngi en parameter med valg; profilen har {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="94"/>
        <source>must give one entry (value and a source or setting) per choice of &apos;{by}&apos;</source>
        <translation>må gi én oppføring (value og en source eller setting) per valg i «{by}»</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="99"/>
        <source>has no variant for {choices}</source>
        <translation>mangler variant for {choices}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="116"/>
        <source>must map grid companies to entries with value and a source or setting</source>
        <translation>må knytte nettselskaper til oppføringer med value og en source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="142"/>
        <source>must be a number or a $parameter holding one</source>
        <translation>må være et tall eller en $parameter som har et tall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="149"/>
        <source>must be exclude (a site failing the rule is excluded) or assess (it is kept and needs assessment)</source>
        <translation>må være exclude (en tomt som bryter regelen, utelukkes) eller assess (den beholdes og må vurderes)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="162"/>
        <source>must be a list of rows with codes, an action (exclude, assess, penalty or ignore) and a source or setting</source>
        <translation>må være en liste med rader med koder, en handling (exclude, assess, penalty eller ignore) og en source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="169"/>
        <source>must be a mapping with codes, action and a source or setting</source>
        <translation>må være en tabell med codes, action og en source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="177"/>
        <source>needs at least one hensynssone code, such as 310 or &quot;310-390&quot;</source>
        <translation>trenger minst én hensynssonekode, for eksempel 310 eller &quot;310-390&quot;</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="180"/>
        <source>must be exclude, assess, penalty or ignore</source>
        <translation>må være exclude, assess, penalty eller ignore</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="258"/>
        <source>rows with the action penalty lower the score through a factor on the criterion hazard_penalty_share; add that factor or choose another action</source>
        <translation>rader med handlingen penalty trekker ned poengene gjennom en faktor på kriteriet hazard_penalty_share; legg til den faktoren eller velg en annen handling</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="40"/>
        <source>Gas in delivery trailers parked on site (kg)</source>
        <translation>Gass i leveringshengere parkert på tomta (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="43"/>
        <source>Power of the weakest charging point (kW)</source>
        <translation>Effekt i det svakeste ladepunktet (kW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="190"/>
        <source>The folder &apos;{folder}&apos; holds no grid capacity file ({suffixes}).</source>
        <translation>Mappa «{folder}» inneholder ingen fil med nettkapasitet ({suffixes}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="85"/>
        <source>{n} substations</source>
        <translation>{n} transformatorstasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="87"/>
        <source>{n} areas</source>
        <translation>{n} områder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="90"/>
        <source>all figures are placeholders: unknown</source>
        <translation>alle tallene er plassholdere: ukjent</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="92"/>
        <source>{n} without a figure</source>
        <translation>{n} uten tall</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="94"/>
        <source>{n} left out</source>
        <translation>{n} utelatt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="97"/>
        <source>{counts} ({what})</source>
        <translation>{counts} ({what})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="98"/>
        <source>{source}: {publisher}, published {date}, {counts}.</source>
        <translation>{source}: {publisher}, publisert {date}, {counts}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="225"/>
        <source>publisher not stated</source>
        <translation>utgiver ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="98"/>
        <source>date not stated</source>
        <translation>dato ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="137"/>
        <source>&apos;{source}&apos; gives latitude before longitude; its {n} features were read the right way round (longitude first, as GeoJSON requires).</source>
        <translation>«{source}» oppgir breddegrad før lengdegrad; de {n} objektene er lest riktig vei (lengdegrad først, slik GeoJSON krever).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="140"/>
        <source>Its {n} substations were left out: free grid capacity is unknown where only this file would answer.</source>
        <translation>De {n} transformatorstasjonene i fila er utelatt: ledig nettkapasitet er ukjent der bare denne fila ville gitt svar.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="151"/>
        <source>{names} and {n} more</source>
        <translation>{names} og {n} til</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="183"/>
        <source>{n} substations in &apos;{source}&apos; publish no number in the field {field} ({examples}): {names}. Their free capacity is unknown.</source>
        <translation>{n} transformatorstasjoner i «{source}» oppgir ikke et tall i feltet {field} ({examples}): {names}. Den ledige kapasiteten deres er ukjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="189"/>
        <source>{n} substations in &apos;{source}&apos; publish a negative value in the field {field} ({names}); free capacity for consumption cannot be below 0, so it is unknown there. Ask the grid company what the figure means.</source>
        <translation>{n} transformatorstasjoner i «{source}» oppgir en negativ verdi i feltet {field} ({names}); ledig kapasitet for forbruk kan ikke være under 0, så den er ukjent der. Spør nettselskapet hva tallet betyr.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_checks.py" line="223"/>
        <source>Every one of the {n} areas in &apos;{source}&apos; ({publisher}) publishes 0 MW, with nothing reserved and nothing for production: these are placeholders, not figures. Free capacity in these areas is unknown, not zero.</source>
        <translation>Alle de {n} områdene i «{source}» ({publisher}) oppgir 0 MW, uten noe reservert og ingenting for produksjon: dette er plassholdere, ikke tall. Ledig kapasitet i disse områdene er ukjent, ikke null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="257"/>
        <source>Layer &apos;{layer}&apos; has no road category and number (vegkategori and vegnummer) and no vegsystemreferanse (such as &apos;EV6 S1D1 m0-100&apos;). Pick the fields in the algorithm&apos;s parameters, or give a road network as NVDB or Elveg 2.0 publish it. The layer&apos;s fields are: {fields}.</source>
        <translation>Laget '{layer}' har verken vegkategori og vegnummer eller vegsystemreferanse (som 'EV6 S1D1 m0-100'). Velg feltene i algoritmens parametere, eller bruk et vegnett slik NVDB eller Elveg 2.0 publiserer det. Feltene i laget er: {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="338"/>
        <source>The road layer &apos;{layer}&apos; has {types} geometries, not lines. The road criteria need a centreline network: road lines with vegkategori and vegnummer or a vegsystemreferanse, as NVDB and Kartverket&apos;s Elveg 2.0 publish them. Road edges, road areas and points (FKB-Veg) are not a network.</source>
        <translation>Veglaget '{layer}' har {types}-geometrier, ikke linjer. Vegkriteriene trenger et nettverk av senterlinjer: veglinjer med vegkategori og vegnummer eller vegsystemreferanse, slik NVDB og Kartverkets Elveg 2.0 publiserer dem. Vegkanter, vegflater og punkter (FKB-Veg) er ikke et nettverk.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="236"/>
        <source>needs assessment: {rules}</source>
        <translation>må vurderes: {rules}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="85"/>
        <source>No site is ranked for {type}: {n} sites, none passes every rule with enough known.</source>
        <translation>Ingen tomt er rangert for {type}: {n} tomter, ingen oppfyller alle reglene med nok kjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="120"/>
        <source>none in the data</source>
        <translation>ingen i dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="128"/>
        <source>{n} a day</source>
        <translation>{n} per døgn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="211"/>
        <source>{type}: the layer was scored with the profile {stored}; the short list uses the sub-scores in the layer, ranked with {weights}.</source>
        <translation>{type}: kartlaget ble poengsatt med profilen {stored}; kortlista bruker delpoengene i kartlaget, rangert med {weights}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="241"/>
        <source>{rule}: {n} sites (only this rule: {alone}).</source>
        <translation>{rule}: {n} tomter (bare denne regelen: {alone}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist.py" line="247"/>
        <source>Not ranked because too little is known: {n} sites.</source>
        <translation>Ikke rangert fordi for lite er kjent: {n} tomter.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="40"/>
        <source>{factor}: unknown (left out)</source>
        <translation>{factor}: ukjent (utelatt)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="42"/>
        <source>{factor} {value}: {sub} x {weight} % = {points} points</source>
        <translation>{factor} {value}: {sub} x {weight} % = {points} poeng</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="63"/>
        <source>Share of runs in the top</source>
        <translation>Andel kjøringer blant de beste</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="71"/>
        <source>Place in municipality</source>
        <translation>Plass i kommunen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="72"/>
        <source>Share of the weight known (%)</source>
        <translation>Andel av vekten som er kjent (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="75"/>
        <source>{factor}: sub-score (0-1)</source>
        <translation>{factor}: delpoeng (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="76"/>
        <source>{factor}: points</source>
        <translation>{factor}: poeng</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="423"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="78"/>
        <source>Not checked</source>
        <translation>Ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="42"/>
        <source>Sites</source>
        <translation>Tomter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="42"/>
        <source>Ranked</source>
        <translation>Rangert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="95"/>
        <source>Rules that removed sites</source>
        <translation>Regler som fjernet tomter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="98"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="103"/>
        <source>Weight (%)</source>
        <translation>Vekt (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/spreadsheet.py" line="178"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/spreadsheet.py" line="178"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/spreadsheet.py" line="195"/>
        <source>The table could not be written to &apos;{path}&apos; ({error}). Choose a file in a folder you can write to.</source>
        <translation>Tabellen kunne ikke skrives til '{path}' ({error}). Velg en fil i en mappe du kan skrive til.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="50"/>
        <source>Trucked in (tube trailer)</source>
        <translation>Kjørt inn (tube trailer)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="51"/>
        <source>Made on site (electrolysis)</source>
        <translation>Produsert på stedet (elektrolyse)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="133"/>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="61"/>
        <source>How the hydrogen reaches the station: the grid it needs follows</source>
        <translation>Hvordan hydrogenet kommer til stasjonen: nettbehovet følger av det</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="101"/>
        <source>Hydrogen supply</source>
        <translation>Hydrogenforsyning</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="133"/>
        <source>Hydrogen: how the hydrogen reaches the station</source>
        <translation>Hydrogen: hvordan hydrogenet kommer til stasjonen</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="133"/>
        <source>Trucked in by tube trailer needs little grid (compression and pre-cooling); made on site by electrolysis needs about 2.3 MW for 1 t/day. The hydrogen profile&apos;s demand, the grid answer and the grid company&apos;s queue follow it.</source>
        <translation>Kjørt inn med tube trailer trenger lite nett (kompresjon og forkjøling); produsert på stedet ved elektrolyse trenger rundt 2,3 MW for 1 tonn per døgn. Hydrogenprofilens effektbehov, svaret om nett og nettselskapets kø følger valget.</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="53"/>
        <source>Gaps along the freight corridors</source>
        <translation>Hull langs godskorridorene</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="62"/>
        <source>Finds the stretches of the freight corridors where existing or planned stations of a type lie further apart than a spacing, measured along the road, and the candidate sites that would close each gap.

The spacing is yours; 0 takes AFIR&apos;s (EU 2023/1804) for the station type and network: truck charging every 60 km on the TEN-T core network and 100 km on the comprehensive network, hydrogen every 200 km on the core network. Whether AFIR applies in Norway is UNCONFIRMED: say what you take it to be, and the notes say what the spacing rests on.

Give the roads and stations of the whole region (and beyond its borders, to measure across them): municipal and county borders play no part. A station or site further from the corridor than the reach does not serve it. Each gap says where one new station would close it; each site in a gap says how it splits the gap and whether that closes it.</source>
        <translation>Finner strekningene av godskorridorene der eksisterende eller planlagte stasjoner av en type ligger lenger fra hverandre enn en avstand, målt langs vegen, og de aktuelle tomtene som ville lukket hvert hull.

Avstanden velger du; 0 gir AFIRs (EU 2023/1804) for stasjonstypen og nettet: lading for tunge kjøretøy hver 60. km på TEN-T-kjernenettet og hver 100. km på det utfyllende nettet, hydrogen hver 200. km på kjernenettet. Om AFIR gjelder i Norge er IKKE BEKREFTET: oppgi hva du legger til grunn, så sier merknadene hva avstanden bygger på.

Oppgi veger og stasjoner for hele regionen (og utenfor grensene, for å måle på tvers av dem): kommune- og fylkesgrenser spiller ingen rolle. En stasjon eller tomt lenger fra korridoren enn rekkevidden betjener den ikke. Hvert hull sier hvor én ny stasjon ville lukket det; hver tomt i et hull sier hvordan den deler hullet, og om det lukker det.</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="85"/>
        <source>Spacing between stations (km; 0 = AFIR&apos;s)</source>
        <translation>Avstand mellom stasjoner (km; 0 = AFIRs)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="87"/>
        <source>TEN-T network of the corridors (for AFIR&apos;s spacing)</source>
        <translation>TEN-T-nettet korridorene hører til (for AFIRs avstand)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="87"/>
        <source>core network</source>
        <translation>kjernenettet</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="87"/>
        <source>comprehensive network</source>
        <translation>det utfyllende nettet</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="89"/>
        <source>Does AFIR apply in Norway?</source>
        <translation>Gjelder AFIR i Norge?</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="89"/>
        <source>Not known (UNCONFIRMED)</source>
        <translation>Ikke kjent (IKKE BEKREFTET)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="89"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="89"/>
        <source>No: the region&apos;s own target</source>
        <translation>Nei: regionens eget mål</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="92"/>
        <source>A station or site serves the corridor within (m)</source>
        <translation>En stasjon eller tomt betjener korridoren innenfor (m)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="94"/>
        <source>The ends of the road data count as the last station</source>
        <translation>Endene av vegdataene regnes som siste stasjon</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="101"/>
        <source>Candidate sites (e.g. scored; optional)</source>
        <translation>Aktuelle tomter (for eksempel poengsatte; valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="103"/>
        <source>Rank field of the sites (blank: the station type&apos;s)</source>
        <translation>Rangeringsfelt for tomtene (tomt: stasjonstypens)</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="161"/>
        <source>Gaps</source>
        <translation>Hull</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="171"/>
        <source>Sites in the gaps</source>
        <translation>Tomter i hullene</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="121"/>
        <source>Give the road layer: the gaps are measured along its corridors.</source>
        <translation>Oppgi veglaget: hullene måles langs korridorene i det.</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="126"/>
        <source>The road layer has no roads.</source>
        <translation>Veglaget har ingen veger.</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="162"/>
        <source>Gaps: {type}</source>
        <translation>Hull: {type}</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="42"/>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="63"/>
        <source>Find candidate areas</source>
        <translation>Finn kandidatområder</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="72"/>
        <source>Finds candidate areas for energy stations in the plans, for a regional workshop that starts from the plans rather than from a list of parcels.

From the kommuneplan and reguleringsplan land use (a reguleringsplan governs where it lies), it keeps the land use each station profile&apos;s zoning rule allows, cuts away what every chosen profile rules out (protected areas, exclusion layers such as water, hensynssoner whose code the profiles forbid, building lines where the profiles have that rule), splits the ground by municipality and by plan, keeps contiguous areas with at least a profile&apos;s minimum area and flat area (with an elevation model), and scores them as &apos;Score candidate sites&apos; does.

Each area says where it comes from (plan level, plan id, land-use code and name, the plan layer), its municipality, area and flat area, and which station types its zoning suits. Give a municipality layer to split the areas at municipal borders (ground outside it is left out), and a parcel layer (Matrikkelen teig) to cut them by property boundaries. Plan layers may be in different CRSs (for example EPSG:25832 and EPSG:25833); the output is in the CRS chosen, by default the first plan layer&apos;s.

The log says how many plan polygons and areas each step removed, so an empty result says why.</source>
        <translation>Finner kandidatområder for energistasjoner i planene, for et regionalt verksted som starter med planene og ikke med en liste over eiendommer.

Av arealformålene i kommuneplan og reguleringsplan (reguleringsplanen gjelder der den ligger) beholdes de hver stasjonsprofils regel for arealformål tillater; det alle valgte profiler utelukker skjæres bort (verneområder, utelukkende kartlag som vann, hensynssoner med koder profilene forbyr, byggegrenser der profilene har den regelen); arealet deles etter kommune og plan; sammenhengende områder med minst en profils minsteareal og flate areal (med høydemodell) beholdes og poengsettes slik 'Poengsett aktuelle tomter' gjør.

Hvert område sier hvor det kommer fra (plannivå, plan-ID, arealformålets kode og navn, planlaget), kommunen, arealet og det flate arealet, og hvilke stasjonstyper arealformålet passer for. Oppgi et kommunelag for å dele områdene ved kommunegrensene (areal utenfor holdes utenfor), og et eiendomslag (Matrikkelens teiger) for å dele dem ved eiendomsgrensene. Planlagene kan ha ulike koordinatsystemer (for eksempel EPSG:25832 og EPSG:25833); resultatet får det valgte, som standard det første planlagets.

Loggen sier hvor mange planpolygoner og områder hvert steg fjernet, så et tomt resultat sier hvorfor.</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="105"/>
        <source>Own station profile (YAML, optional)</source>
        <translation>Egen stasjonsprofil (YAML, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="98"/>
        <source>Municipalities (split the areas at the borders; optional)</source>
        <translation>Kommuner (del områdene ved grensene; valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="101"/>
        <source>Property boundaries (Matrikkelen teig; optional)</source>
        <translation>Eiendomsgrenser (Matrikkelens teiger; valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="103"/>
        <source>CRS of the result (blank: the first plan layer&apos;s)</source>
        <translation>Koordinatsystem for resultatet (tomt: det første planlagets)</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="178"/>
        <source>Candidate areas</source>
        <translation>Kandidatområder</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="118"/>
        <source>Candidate areas need a projected CRS in metres: choose one under &apos;CRS of the result&apos; (for example EPSG:25833), or give plan layers in a projected CRS.</source>
        <translation>Kandidatområder trenger et projisert koordinatsystem i meter: velg et under 'Koordinatsystem for resultatet' (for eksempel EPSG:25833), eller oppgi planlag i et projisert koordinatsystem.</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="141"/>
        <source>Reading the plans and the context layers...</source>
        <translation>Leser planene og kontekstlagene ...</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="164"/>
        <source>No candidate area was found; see above what each step removed.</source>
        <translation>Ingen kandidatområder ble funnet; se over hva hvert steg fjernet.</translation>
    </message>
    <message>
        <location filename="../processing/find_candidate_areas.py" line="174"/>
        <source>{n} candidate areas found.</source>
        <translation>{n} kandidatområder funnet.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="101"/>
        <source>As the profile says</source>
        <translation>Slik profilen sier</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="101"/>
        <source>How the hydrogen reaches the stations: trucked in by tube trailer needs about 0.5 MW for compression and pre-cooling; made on site by electrolysis about 2.3 MW for 1 t/day. The hydrogen profile&apos;s grid demand follows the choice (profile parameter supply_mode).</source>
        <translation>Hvordan hydrogenet kommer til stasjonene: kjørt inn med tube trailer trenger rundt 0,5 MW til kompresjon og forkjøling; produsert på stedet ved elektrolyse rundt 2,3 MW for 1 tonn per døgn. Hydrogenprofilens effektbehov følger valget (profilparameteren supply_mode).</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="77"/>
        <source>Sensitivity of the ranking</source>
        <translation>Hvor følsom rangeringen er</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="86"/>
        <source>How robust is the short list? Ranks the sites of a scored layer many times with the weights drawn at random, and optionally with each site&apos;s free grid capacity varied by a share, and says per site: the share of runs in which it is in the top k, its median rank and the ranks at 5 % and 95 %, and the factor whose weight its rank depends on most.

The weights are drawn within the participants&apos; spread (each factor between the lowest and highest weight any participant gave it: give a folder with their weight-set files, one each, or a table with one row per participant), or within a share of the base weights. The base weights are a weight-set file, else the participants&apos; mean, else the profile&apos;s. The scores are the weighted means of the sub-scores in the layer, as every run of the plugin computes them. The random generator is seeded: the same seed gives the same result.</source>
        <translation>Hvor robust er kortlista? Rangerer tomtene i et poengsatt kartlag mange ganger med tilfeldig trukne vekter, og om ønsket med hver tomts ledige nettkapasitet variert med en andel, og sier for hver tomt: andelen kjøringer der den er blant de k beste, medianrangeringen og rangeringene ved 5 % og 95 %, og faktoren som rangeringen avhenger mest av vekten på.

Vektene trekkes innenfor spriket mellom deltakerne (hver faktor mellom den laveste og høyeste vekten en deltaker ga den: oppgi en mappe med deltakernes vektsettfiler, én hver, eller en tabell med én rad per deltaker), eller innenfor en andel av grunnvektene. Grunnvektene er en vektsettfil, ellers deltakernes gjennomsnitt, ellers profilens. Poengene er det vektede gjennomsnittet av delpoengene i kartlaget, slik hver kjøring av tillegget regner dem ut. Slumptallgeneratoren har et frø: samme frø gir samme resultat.</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="101"/>
        <source>Scored sites (output of &apos;Score candidate sites&apos;)</source>
        <translation>Poengsatte tomter (resultat av 'Poengsett aktuelle tomter')</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="107"/>
        <source>Weight set (YAML, optional)</source>
        <translation>Vektsett (YAML, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="107"/>
        <source>Weight set (*.yaml *.yml)</source>
        <translation>Vektsett (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="109"/>
        <source>Folder of the participants&apos; weight sets (one file each, optional)</source>
        <translation>Mappe med deltakernes vektsett (én fil hver, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="112"/>
        <source>Participants&apos; weights as a table (one row each, optional)</source>
        <translation>Deltakernes vekter som tabell (én rad hver, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="115"/>
        <source>Without participants: each weight varies by this share (0.25 = ±25 %)</source>
        <translation>Uten deltakere: hver vekt varierer med denne andelen (0,25 = ±25 %)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="118"/>
        <source>Free grid capacity varies by this share (0 = not)</source>
        <translation>Ledig nettkapasitet varierer med denne andelen (0 = ikke)</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="120"/>
        <source>Runs</source>
        <translation>Kjøringer</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="122"/>
        <source>Top k</source>
        <translation>De k beste</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="124"/>
        <source>Seed of the random generator</source>
        <translation>Frø for slumptallgeneratoren</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="126"/>
        <source>Language of the messages</source>
        <translation>Språk i meldingene</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="127"/>
        <source>Sites with their sensitivity</source>
        <translation>Tomter med følsomheten</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="152"/>
        <source>The participants&apos; weights ({n}), per factor:</source>
        <translation>Deltakernes vekter ({n}), per faktor:</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="155"/>
        <source>Weights drawn within the spread of {n} participants: {names}.</source>
        <translation>Vektene er trukket innenfor spriket mellom {n} deltakere: {names}.</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="163"/>
        <source>Each weight drawn within ±{share} % of the weight set {label}.</source>
        <translation>Hver vekt er trukket innenfor ±{share} % av vektsettet {label}.</translation>
    </message>
    <message>
        <location filename="../processing/sensitivity_analysis.py" line="179"/>
        <source>{layer} – sensitivity</source>
        <translation>{layer} – følsomhet</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="39"/>
        <source>Weight set for hydrogen (YAML, optional)</source>
        <translation>Vektsett for hydrogen (YAML, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="40"/>
        <source>Weight set for battery-electric charging (YAML, optional)</source>
        <translation>Vektsett for batterielektrisk lading (YAML, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="41"/>
        <source>Weight set for biogas (YAML, optional)</source>
        <translation>Vektsett for biogass (YAML, valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="50"/>
        <source>Scored sites: {layer}</source>
        <translation>Poengsatte tomter: {layer}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="50"/>
        <source>file saved {date}</source>
        <translation>fil lagret {date}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="56"/>
        <source>Weight set: {label}</source>
        <translation>Vektsett: {label}</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="88"/>
        <source>Short list and atlas</source>
        <translation>Kortliste og atlas</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="97"/>
        <source>The short list a workshop takes home, from a scored layer: the best ranked sites per station type and municipality, ranked with the weight set the room chose for each station type (a weight-set file; the profile&apos;s weights otherwise).

Writes the short list as a layer (GeoPackage), a spreadsheet (.xlsx, one sheet per station type, plus CSV files for Excel with Norwegian settings) and an atlas (HTML and PDF, through QGIS&apos;s print layout): an overview map per region, then one page per site with a map, the score and its parts, the explanation, what is not known, the weight set, and the data used with their dates.

The context layers are optional: the plans and roads are drawn on the site maps, and every layer given is listed with its date. A station type without any ranked site gets an empty list that says how many sites each rule removed.</source>
        <translation>Kortlista verkstedet tar med seg hjem, fra et poengsatt kartlag: de best rangerte tomtene per stasjonstype og kommune, rangert med vektsettet rommet valgte for hver stasjonstype (en vektsettfil; ellers profilens vekter).

Skriver kortlista som kartlag (GeoPackage), regneark (.xlsx, ett ark per stasjonstype, og CSV-filer for Excel med norske innstillinger) og et atlas (HTML og PDF, gjennom QGIS' utskriftsoppsett): et oversiktskart per region, deretter én side per tomt med kart, poengene og hva de består av, forklaringen, det som ikke er kjent, vektsettet og dataene som er brukt, med datoene deres.

Kontekstlagene er valgfrie: planene og vegene tegnes på tomtekartene, og hvert kartlag som er oppgitt, listes med datoen sin. En stasjonstype uten noen rangert tomt får en tom liste som sier hvor mange tomter hver regel fjernet.</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="112"/>
        <source>Scored sites (output of &apos;Score candidate sites&apos; or &apos;Find candidate areas&apos;)</source>
        <translation>Poengsatte tomter (resultat av 'Poengsett aktuelle tomter' eller 'Finn kandidatområder')</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="120"/>
        <source>Sites per station type and municipality</source>
        <translation>Tomter per stasjonstype og kommune</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="125"/>
        <source>Municipalities (drawn on the overview maps; optional)</source>
        <translation>Kommuner (tegnes på oversiktskartene; valgfritt)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="129"/>
        <source>Language of the short list and atlas</source>
        <translation>Språk i kortlista og atlaset</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="130"/>
        <source>Make the atlas as PDF too</source>
        <translation>Lag atlaset som PDF også</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="185"/>
        <source>Short list</source>
        <translation>Kortliste</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="132"/>
        <source>Short list as a spreadsheet</source>
        <translation>Kortliste som regneark</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="132"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="134"/>
        <source>Folder for the atlas and CSV files</source>
        <translation>Mappe for atlaset og CSV-filene</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="136"/>
        <source>Files written (one per line)</source>
        <translation>Filer som ble skrevet (én per linje)</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="154"/>
        <source>The layer &apos;{layer}&apos; has no scores for the station types chosen; use the output of &apos;Score candidate sites&apos; or &apos;Find candidate areas&apos; for them.</source>
        <translation>Kartlaget '{layer}' har ikke poeng for de valgte stasjonstypene; bruk resultatet av 'Poengsett aktuelle tomter' eller 'Finn kandidatområder' for dem.</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="169"/>
        <source>{type}: {n} sites on the short list, ranked with {weights}.</source>
        <translation>{type}: {n} tomter på kortlista, rangert med {weights}.</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="221"/>
        <source>Written: {path}</source>
        <translation>Skrevet: {path}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/atlas_output.py" line="75"/>
        <source>Several station types</source>
        <translation>Flere stasjonstyper</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_schedule.py" line="115"/>
        <source>&apos;{source}&apos; publishes free capacity over time (CIM capacity schedules): &apos;maxP&apos; is read as free capacity for consumption; today&apos;s figure is the time point in force when the file was made, the last later one the capacity after planned measures.</source>
        <translation>«{source}» publiserer ledig kapasitet over tid (CIM-kapasitetsplaner): «maxP» leses som ledig kapasitet for forbruk; dagens tall er tidspunktet som gjaldt da fila ble laget, det siste senere tidspunktet er kapasiteten etter planlagte tiltak.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin_schedule.py" line="119"/>
        <source>{n} capacity schedules in &apos;{source}&apos; have no area or substation with a geometry and were skipped.</source>
        <translation>{n} kapasitetsplaner i «{source}» har ikke noe område eller noen transformatorstasjon med geometri og er hoppet over.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/live_ranking.py" line="72"/>
        <source>The layer &apos;{layer}&apos; cannot be edited, so its scores cannot follow the weights. Save it as a GeoPackage and open that.</source>
        <translation>Kartlaget '{layer}' kan ikke redigeres, så poengene kan ikke følge vektene. Lagre det som GeoPackage og åpne det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/live_ranking.py" line="74"/>
        <source>Weights: {label}</source>
        <translation>Vekter: {label}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="170"/>
        <source>{mw} MW is at or above the queue threshold of {who} ({queue} MW): formal request and queue; {times}.</source>
        <translation>{mw} MW er på eller over køgrensen hos {who} ({queue} MW): formell forespørsel og kø; {times}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="174"/>
        <source>{mw} MW is below the queue threshold of {who} ({queue} MW); ask the grid company early all the same.</source>
        <translation>{mw} MW er under køgrensen hos {who} ({queue} MW); spør likevel nettselskapet tidlig.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weight_sliders.py" line="38"/>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/ahp_dialog.py" line="41"/>
        <source>Weights from pairwise comparisons (AHP)</source>
        <translation>Vekter fra parvise sammenligninger (AHP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/ahp_dialog.py" line="46"/>
        <source>In each cell: how many times the factor of the row matters as much as the factor of the column, on Saaty&apos;s scale 1/9 to 9 (1 = equally, 3 = somewhat more, 5 = much more, 9 = extremely more; 1/3 = somewhat less). The cells below the diagonal follow.</source>
        <translation>I hver celle: hvor mange ganger så viktig faktoren i raden er som faktoren i kolonnen, på Saatys skala 1/9 til 9 (1 = like viktig, 3 = noe viktigere, 5 = mye viktigere, 9 = ekstremt mye viktigere; 1/3 = noe mindre viktig). Cellene under diagonalen følger av dem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/ahp_dialog.py" line="119"/>
        <source>Weights: {weights}. Consistency ratio {cr}.</source>
        <translation>Vekter: {weights}. Konsistensforhold {cr}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="33"/>
        <source>Combine participants&apos; weight sets</source>
        <translation>Slå sammen deltakernes vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="39"/>
        <source>Add weight-set files...</source>
        <translation>Legg til vektsettfiler ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="42"/>
        <source>mean</source>
        <translation>gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="42"/>
        <source>median</source>
        <translation>median</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="45"/>
        <source>Combine by</source>
        <translation>Slå sammen med</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="48"/>
        <source>No weight sets yet.</source>
        <translation>Ingen vektsett ennå.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="64"/>
        <source>Participants&apos; weight sets</source>
        <translation>Deltakernes vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/combine_dialog.py" line="82"/>
        <source>Participants: {names}</source>
        <translation>Deltakere: {names}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="182"/>
        <source>A site zoned only in the kommuneplan (KPA in the explanation) normally needs a detaljregulering before a building application: a truck energy station is a larger building project (pbl § 12-1 tredje ledd), and most kommuneplaner set plankrav (§ 11-9 nr. 1).</source>
        <translation>En tomt som bare er avsatt i kommuneplanen (KPA i forklaringen), krever normalt en detaljregulering før byggesøknad: en energistasjon for tungtransport er et større bygge- og anleggstiltak (pbl § 12-1 tredje ledd), og de fleste kommuneplaner har plankrav (§ 11-9 nr. 1).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="57"/>
        <source>Workshop weights</source>
        <translation>Vekter i verkstedet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="78"/>
        <source>Scored layer</source>
        <translation>Poengsatt kartlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="85"/>
        <source>Reset to profile</source>
        <translation>Tilbake til profilen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="87"/>
        <source>Save weight set...</source>
        <translation>Lagre vektsett ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="89"/>
        <source>Load weight set...</source>
        <translation>Les inn vektsett ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="95"/>
        <source>Combine participants...</source>
        <translation>Slå sammen deltakere ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="106"/>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="140"/>
        <source>The layer &apos;{layer}&apos; has no sub-scores of a station type; choose the output of &apos;Score candidate sites&apos; or &apos;Find candidate areas&apos;.</source>
        <translation>Kartlaget '{layer}' har ingen delpoeng for en stasjonstype; velg resultatet av 'Poengsett aktuelle tomter' eller 'Finn kandidatområder'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="164"/>
        <source>Weights of the profile &apos;{profile}&apos;. Move them: the ranking and the map follow.</source>
        <translation>Vektene i profilen '{profile}'. Flytt dem: rangeringen og kartet følger med.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="175"/>
        <source>Give at least one factor a weight.</source>
        <translation>Gi minst én faktor en vekt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="202"/>
        <source>Ranked with {label}. The scores are in the layer&apos;s edit buffer: save the layer&apos;s edits to keep them, or roll back.</source>
        <translation>Rangert med {label}. Poengene ligger i kartlagets redigeringsbuffer: lagre endringene i kartlaget for å beholde dem, eller angre dem.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="211"/>
        <source>Save weight set</source>
        <translation>Lagre vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="207"/>
        <source>Name of the weight set:</source>
        <translation>Navn på vektsettet:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="228"/>
        <source>Saved as {path}: {label}.</source>
        <translation>Lagret som {path}: {label}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="232"/>
        <source>Load weight set</source>
        <translation>Les inn vektsett</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="254"/>
        <source>Pairwise comparisons</source>
        <translation>Parvise sammenligninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="58"/>
        <source>Workshop weights...</source>
        <translation>Vekter i verkstedet ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>A network of road centrelines as NVDB and Kartverket&apos;s Elveg 2.0 export it: vegkategori and vegnummer, or a vegsystemreferanse such as &apos;EV6 S1D1 m0-100&apos;. Road areas and points (FKB-Veg) are not a network and are refused.</source>
        <translation>Et nettverk av senterlinjer for veg slik NVDB og Kartverkets Elveg 2.0 eksporterer det: vegkategori og vegnummer, eller en vegsystemreferanse som 'EV6 S1D1 m0-100'. Vegflater og punkter (FKB-Veg) er ikke et nettverk og avvises.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="91"/>
        <source>Pairwise (AHP)...</source>
        <translation>Parvis (AHP) ...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/weights_dock.py" line="92"/>
        <source>Weights from pairwise comparisons of the factors (AHP), with the consistency ratio</source>
        <translation>Vekter fra parvise sammenligninger av faktorene (AHP), med konsistensforholdet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The free capacity the grid companies publish (forskrift om energiutredninger § 15) as DIGIN10-30 GridCapacity JSON: one file per grid company (Elvia, Glitre Nett, Lede, Norgesnett...) or a folder of them; Statnett's transmission areas are read as areas. The log names each file's publisher and date; placeholder zeros, coordinates that cannot be in the file's CRS and capacities that are no figures are said and left unknown.</source>
        <translation>Den ledige kapasiteten nettselskapene publiserer (forskrift om energiutredninger § 15) som DIGIN10-30 GridCapacity JSON: én fil per nettselskap (Elvia, Glitre Nett, Lede, Norgesnett ...) eller en mappe med dem; Statnetts områder i transmisjonsnettet leses som områder. Loggen nevner hver fils utgiver og dato; plassholder-nuller, koordinater som ikke kan være i filas koordinatsystem og kapasiteter som ikke er tall, blir nevnt og satt som ukjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>A DIGIN grid capacity file already loaded in the project (read as the file it is: publisher, date, areas), or your own layer of substations with free capacity in MW (choose its field if it is not found).</source>
        <translation>En DIGIN-fil med nettkapasitet som allerede er lastet inn i prosjektet (lest som fila den er: utgiver, dato, områder), eller et eget lag med transformatorstasjoner med ledig kapasitet i MW (velg feltet hvis det ikke blir funnet).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="67"/>
        <source>Scores candidate sites (parcels, plan areas or drawn polygons) for hydrogen, battery-electric truck charging and biogas stations.

For each site and station type the output says whether the site is possible at all (excluded, with every rule it failed in words), each factor's raw value and 0-1 sub-score, a 0-100 score, the rank and one sentence explaining it.

Rules and weights come from the station profiles (resources/profiles; load your own YAML file to change them). Context layers are optional: a criterion whose layer is left out is reported as unknown, never as zero. Layers in other CRSs are reprojected to the candidates' CRS, which must be projected (for example EPSG:25833).

Grid capacity: the grid companies' published DIGIN GridCapacity JSON files (one per company, or a folder of them), or a DIGIN file or a point layer with free capacity in MW loaded in the project. Traffic: NVDB Trafikkmengde (ÅDT and share of long vehicles).</source>
        <translation>Poengsetter aktuelle tomter (eiendommer, planområder eller tegnede polygoner) for hydrogenstasjoner, lading for tungbiler og biogassfyllestasjoner.

For hver tomt og stasjonstype viser resultatet om tomta i det hele tatt er mulig (utelukket, med hver regel den ikke oppfyller forklart i ord), råverdien og delpoengsummen (0-1) for hver faktor, en poengsum fra 0 til 100, rangeringen og én setning som forklarer den.

Regler og vekter kommer fra stasjonsprofilene (resources/profiles; last inn din egen YAML-fil for å endre dem). Grunnlagslagene er valgfrie: et kriterium der laget er utelatt, rapporteres som ukjent, aldri som null. Lag i andre koordinatsystemer transformeres til koordinatsystemet for de aktuelle tomtene, som må være projisert (for eksempel EPSG:25833).

Nettkapasitet: nettselskapenes publiserte DIGIN GridCapacity JSON-filer (én per nettselskap, eller en mappe med dem), eller en DIGIN-fil eller et punktlag med ledig kapasitet i MW som er lastet inn i prosjektet. Trafikk: NVDB Trafikkmengde (ÅDT og andel lange kjøretøy).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="127"/>
        <source>Needs assessment: {what}</source>
        <translation>Må vurderes: {what}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="134"/>
        <source>What needs assessment or is not known</source>
        <translation>Det som må vurderes eller ikke er kjent</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/atlas.py" line="103"/>
        <source>Among the best (the top k of the sensitivity run) in {share} % of the runs with other weights.</source>
        <translation>Blant de beste (de k beste i følsomhetsanalysen) i {share} % av kjøringene med andre vekter.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="29"/>
        <source>the profile&apos;s weights</source>
        <translation>profilens vekter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="29"/>
        <source>set by hand</source>
        <translation>satt for hånd</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="30"/>
        <source>pairwise comparisons (AHP)</source>
        <translation>parvise sammenligninger (AHP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="30"/>
        <source>participants combined</source>
        <translation>deltakerne slått sammen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="192"/>
        <source>, {m} m from kommunal veg</source>
        <translation>, {m} m fra kommunal veg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="299"/>
        <source>The site lies in hensynssone {zones}.</source>
        <translation>Tomta ligger i hensynssone {zones}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="270"/>
        <source>Reguleringsplan {plan} governs the site: the plankrav is met.</source>
        <translation>Reguleringsplan {plan} gjelder for tomta: plankravet er oppfylt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="272"/>
        <source>A reguleringsplan governs the site: the plankrav is met.</source>
        <translation>En reguleringsplan gjelder for tomta: plankravet er oppfylt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="31"/>
        <source>Made {time}.</source>
        <translation>Laget {time}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="36"/>
        <source>Why sites fell out</source>
        <translation>Hvorfor tomter falt ut</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="37"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="37"/>
        <source>Sites it excludes</source>
        <translation>Tomter den utelukker</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="37"/>
        <source>Sites it alone excludes</source>
        <translation>Tomter bare den utelukker</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="40"/>
        <source>Where sites pass</source>
        <translation>Hvor tomter oppfyller reglene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="42"/>
        <source>Pass the rules</source>
        <translation>Oppfyller reglene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/summary_report.py" line="42"/>
        <source>Best sites</source>
        <translation>Beste tomter</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="118"/>
        <source>Run summary page to print (HTML and PDF)</source>
        <translation>Oppsummering av kjøringen til utskrift (HTML og PDF)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="118"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-side (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="118"/>
        <source>The run summary as a page a workshop can print: an HTML file, and a PDF of the same name beside it.</source>
        <translation>Oppsummeringen av kjøringen som en side et verksted kan skrive ut: en HTML-fil, og en PDF med samme navn ved siden av.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="221"/>
        <source>Run summary: {title}</source>
        <translation>Oppsummering av kjøringen: {title}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="223"/>
        <source>The plan status is unknown ({cause}): check which plan applies.</source>
        <translation>Planstatusen er ukjent ({cause}): sjekk hvilken plan som gjelder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="252"/>
        <source>The plan status is unknown ({cause}): check whether a reguleringsplan covers the site.</source>
        <translation>Planstatusen er ukjent ({cause}): sjekk om en reguleringsplan dekker tomten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="357"/>
        <source>No road layer was given: check the distance to riksveg, fylkesveg and kommunal veg (vegloven § 29).</source>
        <translation>Ingen veglag er oppgitt: sjekk avstanden til riksveg, fylkesveg og kommunal veg (vegloven § 29).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="357"/>
        <source>The building line is unknown ({cause}): check the distance to riksveg, fylkesveg and kommunal veg (vegloven § 29).</source>
        <translation>Byggegrensen er ukjent ({cause}): sjekk avstanden til riksveg, fylkesveg og kommunal veg (vegloven § 29).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="406"/>
        <source>No road layer was given: check the access to the freight corridor.</source>
        <translation>Ingen veglag er oppgitt: sjekk adkomsten til godskorridoren.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="406"/>
        <source>The distance to the freight corridor is unknown ({cause}): check the access to the corridor.</source>
        <translation>Avstanden til godskorridoren er ukjent ({cause}): sjekk adkomsten til korridoren.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="431"/>
        <source>A {r} m turning ring fits ({area} m² in all), but the flat area is unknown ({cause}).</source>
        <translation>En snusirkel på {r} m får plass ({area} m² i alt), men det flate arealet er ukjent ({cause}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="458"/>
        <source>The nearest buildings are unknown ({cause}): check dwellings, schools, kindergartens, hospitals and care homes nearby.</source>
        <translation>De nærmeste bygningene er ukjente ({cause}): sjekk boliger, skoler, barnehager, sykehus og sykehjem i nærheten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="487"/>
        <source>The nearest buildings are unknown ({cause}): check dwellings, schools, kindergartens and hospitals nearby.</source>
        <translation>De nærmeste bygningene er ukjente ({cause}): sjekk boliger, skoler, barnehager og sykehus i nærheten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="243"/>
        <source>{name} publishes no free capacity figure</source>
        <translation>{name} oppgir ingen ledig kapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="284"/>
        <source>none with {mw} MW free is known; {name} publishes no free capacity figure</source>
        <translation>ingen med {mw} MW ledig er kjent; {name} oppgir ingen ledig kapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="286"/>
        <source>none with {mw} MW free is known; {count} substations publish no free capacity figure</source>
        <translation>ingen med {mw} MW ledig er kjent; {count} transformatorstasjoner oppgir ingen ledig kapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="134"/>
        <source>no {layer} given</source>
        <translation>{layer} er ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>NVDB object type 540 Trafikkmengde, exported from Vegkart or the NVDB API: the annual average daily traffic (ÅDT, field ådtTotal) and the share of long vehicles (over 5.6 m, ådtAndelLangeKjøretøy, in %). Heavy traffic is ÅDT × share; the count on the site's corridor is preferred when the layer has road numbers.</source>
        <translation>NVDB-objekttype 540 Trafikkmengde, eksportert fra Vegkart eller NVDB-API-et: årsdøgntrafikken (ÅDT, feltet ådtTotal) og andelen lange kjøretøy (over 5,6 m, ådtAndelLangeKjøretøy, i %). Tungtrafikken er ÅDT × andel; tellingen på tomtens korridor foretrekkes når laget har vegnummer.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The kommuneplan's land use (arealformål) as the plan register publishes it in the SOSI Plan 5.0 structure: polygons with the code list's numbers (1300 næringsvirksomhet, 5100 LNFR...). Run Import plan data once on the GML or GeoJSON file to get land use, hensynssoner and plan areas in one GeoPackage. Where a reguleringsplan also covers the site, the newer plan prevails (pbl § 1-5), unless the kommuneplan keeps the reguleringsplan in force (H910): give both, with their dates (ikrafttredelsesdato).</source>
        <translation>Kommuneplanens arealformål slik planregisteret publiserer dem i SOSI Plan 5.0-strukturen: flater med kodelistens tall (1300 næringsvirksomhet, 5100 LNFR ...). Kjør Importer plandata én gang på GML- eller GeoJSON-filen for å få arealformål, hensynssoner og planområder i én GeoPackage. Der en reguleringsplan også dekker tomten, går den nyeste planen foran (pbl § 1-5), med mindre kommuneplanen lar reguleringsplanen fortsatt gjelde (H910): oppgi begge, med datoene sine (ikrafttredelsesdato).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The reguleringsplaner's land use (arealformål) from the plan register in the SOSI Plan 5.0 structure (four-digit codes, 1340 industri...), or older plans under pbl 1985 (reguleringsformål codes). With the plan's id and date the tool can say which plan applies where plans overlap; land use without a readable code is unknown, never zero.</source>
        <translation>Reguleringsplanenes arealformål fra planregisteret i SOSI Plan 5.0-strukturen (firesifrede koder, 1340 industri ...), eller eldre planer etter pbl 1985 (reguleringsformålskoder). Med planens id og dato kan verktøyet si hvilken plan som gjelder der planer overlapper; arealformål uten lesbar kode er ukjent, aldri null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The plans' hensynssoner (pbl § 11-8, § 12-6) with their SOSI codes: 310 landslide, 320 flood, 350 fire/explosion, 370 high voltage, 140 sight zone, 110 drinking water... What each code means for a station type (exclude, or assess the site) is the profile's table. When the plan layers already hold their hensynssoner, this input can stay empty. NVE's flood and landslide maps belong under Other exclusion layers.</source>
        <translation>Planenes hensynssoner (pbl § 11-8, § 12-6) med SOSI-kodene sine: 310 ras og skred, 320 flom, 350 brann/eksplosjon, 370 høyspenningsanlegg, 140 frisikt, 110 drikkevann ... Hva hver kode betyr for en stasjonstype (utelukk, eller vurder tomten), står i profilens tabell. Når planlagene allerede har hensynssonene sine, kan dette feltet stå tomt. NVEs flom- og skredkart hører hjemme under Andre utelukkingslag.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Any polygon layers where no station can be (lakes and rivers, NVE&apos;s flood and quick-clay zones, cultural heritage sites...). A site that shares area with one of them is excluded, and the reason names the layer: give each layer a name that says what it is.</source>
        <translation>Alle flatelag der ingen stasjon kan ligge (innsjøer og elver, NVEs flom- og kvikkleiresoner, kulturminner ...). En tomt som deler areal med ett av dem, utelukkes, og begrunnelsen nevner laget: gi hvert lag et navn som sier hva det er.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Buildings with the matrikkel&apos;s building type (bygningstype: 111-199 dwellings, 612 kindergarten, 613-619 school, 711-719 hospital, 721-729 care home...), as points from Matrikkelen or footprints from FKB-Bygning on Geonorge. They give the distance to dwellings and to vulnerable buildings, screened against the profile&apos;s distances (DSB sets no fixed safety distances: a risk analysis decides); a building without a type counts as possibly vulnerable.</source>
        <translation>Bygninger med matrikkelens bygningstype (111–199 boliger, 612 barnehage, 613–619 skole, 711–719 sykehus, 721–729 sykehjem ...), som punkter fra Matrikkelen eller fotavtrykk fra FKB-Bygning på Geonorge. De gir avstanden til boliger og til sårbare bygninger, silt mot profilens avstander (DSB fastsetter ingen faste sikkerhetsavstander: en risikoanalyse avgjør); en bygning uten type regnes som mulig sårbar.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>A terrain model as a raster, such as Kartverket&apos;s DTM 10 or DTM 1 from hoydedata.no (GeoTIFF, in metres). It gives each site&apos;s flat area (cells with a slope at or below the profile&apos;s limit); cells without data leave the flat area unknown, never zero.</source>
        <translation>En terrengmodell som raster, for eksempel Kartverkets DTM 10 eller DTM 1 fra hoydedata.no (GeoTIFF, i meter). Den gir hver tomts flate areal (celler med helning på eller under profilens grense); celler uten data gjør det flate arealet ukjent, aldri null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Areas protected under naturmangfoldloven, such as Miljødirektoratet's Naturvernområder on Geonorge. A site that shares area with one is excluded (bundled profiles); the area's name (field navn) is given in the reason.</source>
        <translation>Områder vernet etter naturmangfoldloven, for eksempel Miljødirektoratets Naturvernområder på Geonorge. En tomt som deler areal med et slikt område, utelukkes (medfølgende profiler); områdets navn (feltet navn) står i begrunnelsen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Stations already built or decided, as points with their type (hydrogen, battery or biogas; Norwegian words such as batteri, lading, biogass are read too). A new station far from one of the same type fills a gap in the network; features of other types are ignored and counted in the log.</source>
        <translation>Stasjoner som er bygget eller vedtatt, som punkter med sin type (hydrogen, battery eller biogas; norske ord som batteri, lading og biogass leses også). En ny stasjon langt fra en av samme type tetter et hull i nettet; objekter av andre typer ignoreres og telles i loggen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The roads that count as freight corridors in this run, such as &apos;E6, E18, Rv4&apos; (commas, spaces or words such as &apos;Riksveg 4&apos;). Left empty, each station profile&apos;s own list is used.</source>
        <translation>Vegene som regnes som godskorridorer i denne kjøringen, for eksempel 'E6, E18, Rv4' (komma, mellomrom eller ord som 'Riksveg 4'). Står feltet tomt, brukes hver stasjonsprofils egen liste.</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="78"/>
        <source>The field of &apos;{layer}&apos; that holds this, when its name is not one of the usual ones.</source>
        <translation>Feltet i '{layer}' som har dette, når navnet ikke er et av de vanlige.</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="85"/>
        <source>Left empty, a field with one of the usual names is used, such as {names}.</source>
        <translation>Står valget tomt, brukes et felt med et av de vanlige navnene, for eksempel {names}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="120"/>
        <source>The weight set &apos;{name}&apos; has no weight for {factors} of the profile &apos;{profile}&apos; (a factor the profile gained after the set was saved, or one left out of the file): weight 0, left out of the score.</source>
        <translation>Vektsettet '{name}' har ingen vekt for {factors} i profilen '{profile}' (en faktor profilen har fått etter at settet ble lagret, eller en som mangler i fila): vekt 0, holdt utenfor poengsummen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="443"/>
        <source>The PDF {path} can only be made on QGIS&apos;s main thread; it was not written.</source>
        <translation>PDF-en {path} kan bare lages på QGIS' hovedtråd; den ble ikke skrevet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/plan_styles.py" line="63"/>
        <source>{code} (not in the code list)</source>
        <translation>{code} (ikke i kodelista)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/plan_styles.py" line="65"/>
        <source>{land_use}, future</source>
        <translation>{land_use}, framtidig</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="117"/>
        <source>closes the gap on its own</source>
        <translation>tetter hullet alene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="117"/>
        <source>in a gap, does not close it alone</source>
        <translation>i et hull, tetter det ikke alene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="124"/>
        <source>among the best in under 25 % of the runs</source>
        <translation>blant de beste i under 25 % av kjøringene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="124"/>
        <source>in 25-50 % of the runs</source>
        <translation>i 25–50 % av kjøringene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="124"/>
        <source>in 50-75 % of the runs</source>
        <translation>i 50–75 % av kjøringene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="124"/>
        <source>in 75 % of the runs or more</source>
        <translation>i 75 % av kjøringene eller flere</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/workshop_styles.py" line="137"/>
        <source>excluded or not ranked: no statistics</source>
        <translation>utelukket eller ikke rangert: ingen statistikk</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="222"/>
        <source>hydrogen supply</source>
        <translation>hydrogentilførsel</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="235"/>
        <source>{profile}: {choice}, a demand of {demand} MW (a run or an application may choose: {others}).</source>
        <translation>{profile}: {choice}, et effektbehov på {demand} MW (en kjøring eller en søknad kan velge: {others}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="239"/>
        <source>{profile}: {choice} (a run or an application may choose: {others}).</source>
        <translation>{profile}: {choice} (en kjøring eller en søknad kan velge: {others}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profile_parameters.py" line="243"/>
        <source>{profile}: the design demand of {demand} MW is below Enova&apos;s funding minimum of {minimum} MW per station; a station this size cannot get Enova&apos;s support for public truck charging.</source>
        <translation>{profile}: dimensjonerende effektbehov på {demand} MW er under Enovas minstekrav på {minimum} MW per stasjon; en stasjon av denne størrelsen kan ikke få Enova-støtte til offentlig lading for tungbiler.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="320"/>
        <source>the end of the road data</source>
        <translation>slutten av vegdataene</translation>
    </message>
    <message>
        <location filename="../processing/corridor_gap_analysis.py" line="96"/>
        <source>On: a stretch from the last station to where the road layer stops is a gap when it is longer than the spacing, and is said to run to &apos;the end of the road data&apos;. Such a gap may only be the edge of your data: give the roads and stations beyond the region to measure across its borders, or turn this off to count only stretches between two stations.</source>
        <translation>På: en strekning fra siste stasjon til der veglaget slutter, er et hull når den er lengre enn avstanden, og sies å gå til 'slutten av vegdataene'. Et slikt hull kan være bare kanten av dataene dine: oppgi veger og stasjoner utenfor regionen for å måle over grensene, eller slå dette av for å telle bare strekninger mellom to stasjoner.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="22"/>
        <source>Share of the weight known (0-1)</source>
        <translation>Andel av vekten som er kjent (0–1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/shortlist_tables.py" line="23"/>
        <source>Points per factor</source>
        <translation>Poeng per faktor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="417"/>
        <source>Gap</source>
        <translation>Hull</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="417"/>
        <source>Corridor</source>
        <translation>Korridor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="417"/>
        <source>Part of the corridor</source>
        <translation>Del av korridoren</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="418"/>
        <source>Kind of line</source>
        <translation>Type linje</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="418"/>
        <source>Starts at (m along the corridor)</source>
        <translation>Starter ved (m langs korridoren)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="419"/>
        <source>Ends at (m along the corridor)</source>
        <translation>Slutter ved (m langs korridoren)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="419"/>
        <source>Length (m)</source>
        <translation>Lengde (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="420"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="420"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="420"/>
        <source>New stations needed</source>
        <translation>Nye stasjoner som trengs</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="421"/>
        <source>One station closes it from (m)</source>
        <translation>Én stasjon tetter det fra (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="421"/>
        <source>One station closes it to (m)</source>
        <translation>Én stasjon tetter det til (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="422"/>
        <source>Sites in the gap</source>
        <translation>Tomter i hullet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="422"/>
        <source>Sites that close it alone</source>
        <translation>Tomter som tetter det alene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="423"/>
        <source>Position along the corridor (m)</source>
        <translation>Plassering langs korridoren (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="424"/>
        <source>Distance from the corridor (m)</source>
        <translation>Avstand fra korridoren (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="424"/>
        <source>Gap before the site (m)</source>
        <translation>Hull før tomten (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="425"/>
        <source>Gap after the site (m)</source>
        <translation>Hull etter tomten (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="425"/>
        <source>Longest stretch left (m)</source>
        <translation>Lengste strekning som gjenstår (m)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="426"/>
        <source>Closes the gap alone</source>
        <translation>Tetter hullet alene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="105"/>
        <source>{type}: {what}</source>
        <translation>{type}: {what}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Freight nodes and rest areas (terminals, ports, døgnhvileplasser)</source>
        <translation>Godsknutepunkter og rasteplasser (terminaler, havner, døgnhvileplasser)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>freight nodes and rest areas</source>
        <translation>godsknutepunkter og rasteplasser</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/freight_nodes.py" line="32"/>
        <source>no freight node or rest area in the layer</source>
        <translation>ingen godsknutepunkter eller rasteplasser i laget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/freight_nodes.py" line="35"/>
        <source>{d} to the nearest freight node or rest area</source>
        <translation>{d} til nærmeste godsknutepunkt eller rasteplass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/freight_nodes.py" line="36"/>
        <source>{d} to {name} (freight node or rest area)</source>
        <translation>{d} til {name} (godsknutepunkt eller rasteplass)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/freight_nodes.py" line="44"/>
        <source>Distance to freight node or rest area</source>
        <translation>Avstand til godsknutepunkt eller rasteplass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Where trucks stop anyway: freight terminals (Alnabru), ports (Moss, Borg, Drammen) and rest areas for the daily rest (døgnhvileplass, NVDB object type 809; rasteplass, 39), as points or areas, exported from Vegkart or drawn by hand; the name (field navn) is given in the explanation. A station near one serves trucks during their breaks. The bundled profiles do not weigh it yet: add the factor freight_nodes to a profile of your own (resources/profiles/README.md).</source>
        <translation>Der tungbilene stopper uansett: godsterminaler (Alnabru), havner (Moss, Borg, Drammen) og plasser for døgnhvile (døgnhvileplass, NVDB-objekttype 809; rasteplass, 39), som punkter eller flater, eksportert fra Vegkart eller tegnet for hånd; navnet (feltet navn) står i forklaringen. En stasjon nær en slik plass betjener bilene i pausene. De medfølgende profilene vekter den ikke ennå: legg faktoren freight_nodes til i en egen profil (resources/profiles/README.md).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="259"/>
        <source>1 site the station profile&apos;s rules exclude is left out: it cannot close a gap.</source>
        <translation>1 tomt som stasjonsprofilens regler utelukker, er holdt utenfor: den kan ikke tette et hull.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="259"/>
        <source>{n} sites the station profile&apos;s rules exclude are left out: they cannot close a gap.</source>
        <translation>{n} tomter som stasjonsprofilens regler utelukker, er holdt utenfor: de kan ikke tette et hull.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Plans&apos; building lines (byggegrense)</source>
        <translation>Planenes byggegrenser</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>plans&apos; building lines</source>
        <translation>planenes byggegrenser</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>The reguleringsplaner's byggegrense lines (RpJuridiskLinje with juridisklinje 1211; KpJuridiskLinje 1111 in a kommuneplan): the layer 'byggegrenser' that Import plan data writes, or lines drawn by hand. Where a plan sets its own byggegrense along a road, that line applies instead of vegloven § 29's 50 m or 15 m: the area of a site beyond the plan's line, seen from the road, is what is left to build on.</source>
        <translation>Reguleringsplanenes byggegrenser (RpJuridiskLinje med juridisklinje 1211; KpJuridiskLinje 1111 i en kommuneplan): laget 'byggegrenser' som Importer plandata skriver, eller linjer tegnet for hånd. Der en plan har sin egen byggegrense langs en veg, gjelder den i stedet for vegloven § 29s 50 m eller 15 m: arealet av tomten bak planens linje, sett fra vegen, er det som er igjen å bygge på.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="368"/>
        <source>The plans&apos; byggegrense lines given set none at the site.</source>
        <translation>De oppgitte byggegrensene fra planene setter ingen byggegrense ved tomten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="370"/>
        <source>Where the reguleringsplan sets its own byggegrense, that line applies instead: give the plans&apos; byggegrense lines (Import plan data writes them) to have it counted.</source>
        <translation>Der reguleringsplanen har sin egen byggegrense, gjelder den i stedet: oppgi planenes byggegrenser (Importer plandata skriver dem) for å få den regnet med.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="382"/>
        <source>{outside} of the site's {area} lies beyond the byggegrense of {plan}, seen from {road}: the plan's line applies instead of vegloven § 29's, and the station must stay behind it.</source>
        <translation>{outside} av tomtens {area} ligger bak byggegrensen i {plan}, sett fra {road}: planens linje gjelder i stedet for vegloven § 29, og stasjonen må ligge bak den.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="389"/>
        <source>Only {outside} of the site's {area} lies beyond the byggegrense of {plan}, seen from {road}, less than the {minimum} the station needs: allowed only by a plan change or a dispensation (pbl § 19-2).</source>
        <translation>Bare {outside} av tomtens {area} ligger bak byggegrensen i {plan}, sett fra {road}, mindre enn de {minimum} stasjonen trenger: tillatt bare ved planendring eller dispensasjon (pbl § 19-2).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="421"/>
        <source>{area} beyond the byggegrense of {plan} along {road} &lt; {limit}</source>
        <translation>{area} bak byggegrensen i {plan} langs {road} &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="119"/>
        <source>&apos;{source}&apos;: {n} features ({types}); CRS {crs}; {land} land-use polygons, {zones} hensynssoner, {areas} plan areas, {limits} byggegrense lines.</source>
        <translation>'{source}': {n} objekter ({types}); CRS {crs}; {land} arealformålsflater, {zones} hensynssoner, {areas} planområder, {limits} byggegrenser.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="419"/>
        <source>{n} of the {total} lines of &apos;{layer}&apos; are no byggegrense (juridisk linje 1211 in a reguleringsplan, 1111 in a kommuneplan) and are left out.</source>
        <translation>{n} av de {total} linjene i '{layer}' er ikke byggegrense (juridisk linje 1211 i en reguleringsplan, 1111 i en kommuneplan) og er utelatt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="425"/>
        <source>plan {id}</source>
        <translation>plan {id}</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="43"/>
        <source>Byggegrense lines</source>
        <translation>Byggegrenser</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="71"/>
        <source>Reads plan data as municipalities and the plan register deliver it and writes one GeoPackage with four layers: 'arealformal' (land use: RpArealformålOmråde, KpArealformålOmråde and the pbl-1985 RbFormålOmråde and KpArealbrukOmråde, with code, plan id, status and dates), 'hensynssoner' (every hensynssone with its code and category: fare, angittHensyn, støy, sikring, infrastruktur, båndlegging, gjennomføring, detaljering), 'planomrader' (RpOmråde/KpOmråde: plan id, name, status, dates) and 'byggegrenser' (the plans' byggegrense lines: RpJuridiskLinje 1211, KpJuridiskLinje 1111).

Files: SOSI Plan 5.0 GML (reguleringsplan and kommuneplan; arcs are made linear, heights dropped), GeoJSON (also as DiBK's plan services give it, with the EPSG beside the features), GeoPackage, Shapefile. Layers: any plan layer open in QGIS, also from a WFS. The object type is read from a field such as objekttypenavn or objtype, or from the layer's name.

The CRS comes from the file; give one below for files that state none. All layers are written in the CRS of the first input. The log says, per input, the features read by object type, the CRS and the codes that are in no official list.

Give the 'arealformal' layer as the reguleringsplan or kommuneplan layer and 'hensynssoner' as the hazard zones when scoring sites or checking an application; 'byggegrenser' as the plans' building lines, so that a plan's own byggegrense is used instead of vegloven § 29's distances.</source>
        <translation>Leser plandata slik kommunene og planregisteret leverer dem, og skriver én GeoPackage med fire lag: 'arealformal' (arealformål: RpArealformålOmråde, KpArealformålOmråde og pbl-1985-typene RbFormålOmråde og KpArealbrukOmråde, med kode, plan-ID, status og datoer), 'hensynssoner' (alle hensynssoner med kode og kategori: fare, angittHensyn, støy, sikring, infrastruktur, båndlegging, gjennomføring, detaljering), 'planomrader' (RpOmråde/KpOmråde: plan-ID, navn, status, datoer) og 'byggegrenser' (planenes byggegrenser: RpJuridiskLinje 1211, KpJuridiskLinje 1111).

Filer: SOSI Plan 5.0 GML (reguleringsplan og kommuneplan; buer gjøres om til rette linjestykker, høyder utelates), GeoJSON (også slik DiBKs plantjenester leverer den, med EPSG-koden ved siden av objektene), GeoPackage, Shapefile. Lag: ethvert planlag som er åpent i QGIS, også fra en WFS. Objekttypen leses fra et felt som objekttypenavn eller objtype, eller fra lagets navn.

Koordinatsystemet hentes fra filen; oppgi et nedenfor for filer som ikke oppgir noe. Alle lag skrives i koordinatsystemet til den første inndataen. Loggen sier, for hver inndata, hvor mange objekter som ble lest per objekttype, koordinatsystemet og kodene som ikke står i noen offisiell liste.

Bruk laget 'arealformal' som reguleringsplan- eller kommuneplanlag og 'hensynssoner' som faresoner når du vurderer tomter eller kontrollerer en søknad; 'byggegrenser' som planenes byggegrenser, slik at planens egen byggegrense brukes i stedet for avstandene i vegloven § 29.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Supply (hydrogen producers, biogas plants, LBG terminals)</source>
        <translation>Forsyning (hydrogenprodusenter, biogassanlegg, LBG-terminaler)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>supply of hydrogen and biogas</source>
        <translation>forsyning av hydrogen og biogass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Energy carrier field</source>
        <translation>Felt for energibærer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="196"/>
        <source>Where a hydrogen or biogas station gets its fuel: hydrogen producers, biogas plants and LBG terminals, as points or areas drawn by hand, with the energy carrier (hydrogen, H2, biogass, LBG, CBG) in a field such as energibærer and the name in navn. A station near its supply needs shorter trips by tube trailer or tanker. The bundled profiles do not weigh it yet: add the factor supply to a profile of your own (resources/profiles/README.md); a hydrogen profile that makes its hydrogen on site counts as supplied.</source>
        <translation>Hvor en hydrogen- eller biogasstasjon får drivstoffet sitt fra: hydrogenprodusenter, biogassanlegg og LBG-terminaler, som punkter eller flater tegnet for hånd, med energibæreren (hydrogen, H2, biogass, LBG, CBG) i et felt som energibærer og navnet i navn. En stasjon nær forsyningen trenger kortere turer med tubehenger eller tankbil. De medfølgende profilene vekter den ikke ennå: legg faktoren supply til i en egen profil (resources/profiles/README.md); en hydrogenprofil som produserer hydrogenet på stedet, regnes som forsynt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/supply.py" line="46"/>
        <source>hydrogen made on the site</source>
        <translation>hydrogen produsert på tomten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/supply.py" line="49"/>
        <source>{d} to the nearest supply</source>
        <translation>{d} til nærmeste forsyning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/supply.py" line="50"/>
        <source>{d} to {name} (supply)</source>
        <translation>{d} til {name} (forsyning)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/supply.py" line="62"/>
        <source>Distance to supply of the energy carrier</source>
        <translation>Avstand til forsyning av energibæreren</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="381"/>
        <source>energy carrier</source>
        <translation>energibærer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="392"/>
        <source>{n} features in &apos;{layer}&apos; supply neither hydrogen nor biogas (field &apos;{field}&apos;); they are ignored.</source>
        <translation>{n} objekter i '{layer}' forsyner verken hydrogen eller biogass (felt '{field}'); de blir ignorert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="99"/>
        <source>{name} (weights {fingerprint})</source>
        <translation>{name} (vekter {fingerprint})</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="245"/>
        <source>Norwegian bokmål</source>
        <translation>norsk bokmål</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="245"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location filename="../processing/short_list.py" line="246"/>
        <source>The explanations in &apos;{layer}&apos; are in {written}, as the sites were scored; the short list&apos;s headings are in {chosen}. Score the sites again in {chosen} to have the explanations in {chosen} too.</source>
        <translation>Forklaringene i '{layer}' er på {written}, slik tomtene ble vurdert; kortlistens overskrifter er på {chosen}. Vurder tomtene på nytt på {chosen} for å få forklaringene på {chosen} også.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="195"/>
        <source>a road without number</source>
        <translation>en veg uten nummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/supply.py" line="55"/>
        <source>&apos;{layer}&apos; has no supply of this energy carrier</source>
        <translation>'{layer}' har ingen forsyning av denne energibæreren</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="113"/>
        <source>The layer &apos;{layer}&apos; has no features; it is left out.</source>
        <translation>Laget '{layer}' har ingen objekter; det er utelatt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="389"/>
        <source>{n} features in &apos;{layer}&apos; have no energy carrier (field &apos;{field}&apos;); they are ignored.</source>
        <translation>{n} objekter i '{layer}' har ingen energibærer (felt '{field}'); de blir ignorert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="414"/>
        <source>{n} features of &apos;{layer}&apos; are not lines (a byggegrense is a line) and are left out.</source>
        <translation>{n} objekter i '{layer}' er ikke linjer (en byggegrense er en linje) og er utelatt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="209"/>
        <source>The site&apos;s geometry was invalid and was repaired for the check (the input layer is unchanged).</source>
        <translation>Tomtens geometri var ugyldig og ble reparert for kontrollen (inndatalaget er uendret).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/candidate_areas.py" line="197"/>
        <source>The building line of {roads} is not cut out of the candidate areas near a plan&apos;s byggegrense along it: the scoring measures the area beyond the plan&apos;s line.</source>
        <translation>Byggegrensen langs {roads} er ikke skåret ut av kandidatområdene nær en plans byggegrense langs vegen: vurderingen måler arealet bak planens linje.</translation>
    </message>
</context>
</TS>
