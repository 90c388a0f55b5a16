<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>@default</name>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="44"/>
        <source>Score candidate sites...</source>
        <translation>Poengsett aktuelle tomter...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="59"/>
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
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="295"/>
        <source>Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); choose the field with the SOSI arealformål code such as 1340.</source>
        <translation>Laget '{layer}': feltet '{field}' har ingen numeriske arealformålskoder (f.eks. '{example}'); velg feltet med SOSI-koden for arealformål, for eksempel 1340.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/overlay.py" line="76"/>
        <source>zoning</source>
        <translation>arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/dominant_zoning.py" line="97"/>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/hazards.py" line="78"/>
        <source>The search distance for layer &apos;{layer}&apos; must be 0 m or more, not {distance}.</source>
        <translation>Søkeavstanden for laget '{layer}' må være 0 m eller mer, ikke {distance}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/progress.py" line="55"/>
        <source>The run was cancelled; no output was written.</source>
        <translation>Kjøringen ble avbrutt; ingen resultater ble lagret.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="202"/>
        <source>road category (vegkategori)</source>
        <translation>vegkategori</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="204"/>
        <source>road number (vegnummer)</source>
        <translation>vegnummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="221"/>
        <source>road type (typeVeg)</source>
        <translation>vegtype (typeVeg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="289"/>
        <source>&apos;{item}&apos; in the corridor list is not a road reference. Write roads like E6, E18, Rv4, Fv120, separated by commas.</source>
        <translation>'{item}' i korridorlisten er ikke en vegreferanse. Skriv vegene slik: E6, E18, Rv4, Fv120, skilt med komma.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="312"/>
        <source>The road table has no &apos;road_label&apos; column; read the road layer with normalise_roads first.</source>
        <translation>Vegtabellen har ikke kolonnen 'road_label'; les inn veglaget med normalise_roads først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="394"/>
        <source>The corridor selection has {n} values but layer &apos;{layer}&apos; has {m} roads.</source>
        <translation>Korridorutvalget har {n} verdier, men laget '{layer}' har {m} veger.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/roads.py" line="400"/>
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
        <location filename="../energistasjon_plugin/core/readers/nvdb.py" line="167"/>
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
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="120"/>
        <source>No grid capacity file was given; choose at least one DIGIN JSON file.</source>
        <translation>Ingen fil med nettkapasitet er oppgitt; velg minst én DIGIN JSON-fil.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="124"/>
        <source>Grid capacity file &apos;{file}&apos; does not exist.</source>
        <translation>Nettkapasitetsfilen '{file}' finnes ikke.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="138"/>
        <source>Grid capacity file &apos;{file}&apos; is not valid JSON: {problem} at line {line}, column {column}. Download the file again or repair it at that place.</source>
        <translation>Nettkapasitetsfilen '{file}' er ikke gyldig JSON: {problem} på linje {line}, kolonne {column}. Last ned filen på nytt eller rett feilen på dette stedet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="292"/>
        <source>&apos;{source}&apos; contains no substations (the feature collection is empty).</source>
        <translation>'{source}' inneholder ingen transformatorstasjoner (objektsamlingen er tom).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="186"/>
        <source>an object with the keys {keys}</source>
        <translation>et objekt med nøklene {keys}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="188"/>
        <source>a list of {n} items</source>
        <translation>en liste med {n} elementer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="189"/>
        <source>a value of type {type}</source>
        <translation>en verdi av typen {type}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="270"/>
        <source>&apos;{source}&apos; declares a coordinate system that cannot be understood ({crs}). Remove the &quot;crs&quot; member if the coordinates are WGS84 longitude/latitude.</source>
        <translation>'{source}' oppgir et koordinatsystem som ikke kan tolkes ({crs}). Fjern &quot;crs&quot;-elementet hvis koordinatene er WGS84 lengdegrad/breddegrad.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="373"/>
        <source>{n} of {total} features in &apos;{source}&apos; have no geometry and were skipped.</source>
        <translation>{n} av {total} objekter i '{source}' mangler geometri og ble hoppet over.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="404"/>
        <source>free grid capacity for consumption (availableCons)</source>
        <translation>ledig nettkapasitet for forbruk (availableCons)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="406"/>
        <source>substation name</source>
        <translation>navn på transformatorstasjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="407"/>
        <source>reserved capacity (reservedCons)</source>
        <translation>reservert kapasitet (reservedCons)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="408"/>
        <source>free capacity for production (availableProd)</source>
        <translation>ledig kapasitet for produksjon (availableProd)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="410"/>
        <source>grid company (owner)</source>
        <translation>nettselskap (owner)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="411"/>
        <source>capacity date (capacityDate)</source>
        <translation>kapasitetsdato (capacityDate)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="412"/>
        <source>capacity unit (capacityUnit)</source>
        <translation>kapasitetsenhet (capacityUnit)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="413"/>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="448"/>
        <source>No substation in &apos;{source}&apos; has a published free capacity for consumption (availableCons); it is unknown, not zero.</source>
        <translation>Ingen transformatorstasjon i '{source}' har publisert ledig kapasitet for forbruk (availableCons); den er ukjent, ikke null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="453"/>
        <source>{n} of {total} substations in &apos;{source}&apos; have no published free capacity for consumption; it is unknown, not zero.</source>
        <translation>{n} av {total} transformatorstasjoner i '{source}' har ikke publisert ledig kapasitet for forbruk; den er ukjent, ikke null.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="473"/>
        <source>&apos;{source}&apos; uses a capacity unit that is not understood ({units}) for {n} substations; their figures were read as MW.</source>
        <translation>'{source}' bruker en kapasitetsenhet som ikke forstås ({units}) for {n} transformatorstasjoner; tallene deres ble lest som MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="481"/>
        <source>Figures published in kW ({n} of {total} substations in &apos;{source}&apos;) were converted to MW.</source>
        <translation>Tall publisert i kW ({n} av {total} transformatorstasjoner i '{source}') ble regnet om til MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="486"/>
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
        <location filename="../energistasjon_plugin/core/profiles.py" line="46"/>
        <source>refers to the parameter &apos;{name}&apos;, which the profile does not define</source>
        <translation>viser til parameteren '{name}', som profilen ikke definerer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="58"/>
        <source>needs a &apos;source&apos; (a documented fact) or a &apos;setting&apos; (a labelled assumption)</source>
        <translation>må ha en 'source' (et dokumentert faktum) eller en 'setting' (en tydelig merket antakelse)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="65"/>
        <source>needs a name in both languages, with the keys en and nb</source>
        <translation>må ha navn på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="73"/>
        <source>must be a mapping from parameter names to entries with value, unit and a source or setting</source>
        <translation>må være en tilordning fra parameternavn til oppføringer med value, unit og source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="80"/>
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
        <location filename="../energistasjon_plugin/core/profiles.py" line="164"/>
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
        <location filename="../energistasjon_plugin/core/profiles.py" line="156"/>
        <source>needs at least one factor</source>
        <translation>må ha minst én faktor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="160"/>
        <source>must be a mapping with id, criterion, weight, function and a source or setting</source>
        <translation>må være en tilordning med id, criterion, weight, function og source eller setting</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="167"/>
        <source>unknown or non-scorable criterion &apos;{name}&apos;</source>
        <translation>ukjent kriterium, eller kriterium som ikke kan gi poeng: '{name}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="170"/>
        <source>must be a number of 0 or more</source>
        <translation>må være et tall, 0 eller mer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="174"/>
        <source>needs a value function with a type (linear, inverse, threshold, ideal_range, piecewise, categorical)</source>
        <translation>må ha en verdifunksjon med type (linear, inverse, threshold, ideal_range, piecewise, categorical)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="190"/>
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
        <location filename="../energistasjon_plugin/core/weight_files.py" line="68"/>
        <source>is required (text)</source>
        <translation>er påkrevd (tekst)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="210"/>
        <source>must be a short ASCII name (letters, digits, _; at most 6 characters)</source>
        <translation>må være et kort ASCII-navn (bokstaver, sifre, _; høyst 6 tegn)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="220"/>
        <source>the zoning criterion needs zoning rules</source>
        <translation>kriteriet for arealformål krever regler for arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="224"/>
        <source>must be a number between 0 and 1</source>
        <translation>må være et tall mellom 0 og 1</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="138"/>
        <source>the weights sum to 0; give at least one factor a weight</source>
        <translation>vektene summerer seg til 0; gi minst én faktor en vekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="234"/>
        <source>The factor weights of profile &apos;{id}&apos; summed to {total}; they were scaled to sum to 1.</source>
        <translation>Faktorvektene i profilen '{id}' summerte seg til {total}; de er skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="269"/>
        <source>No bundled station profile &apos;{id}&apos;; available: {known}</source>
        <translation>Det finnes ingen medfølgende stasjonsprofil '{id}'; tilgjengelige: {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="22"/>
        <source>landslide/avalanche</source>
        <translation>ras- og skredfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="23"/>
        <source>flood</source>
        <translation>flomfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="24"/>
        <source>radon</source>
        <translation>radonfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="25"/>
        <source>fire/explosion</source>
        <translation>brann- og eksplosjonsfare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="26"/>
        <source>shooting range</source>
        <translation>skytebane</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="27"/>
        <source>high-voltage installation</source>
        <translation>høyspenningsanlegg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="28"/>
        <source>military</source>
        <translation>militær virksomhet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="29"/>
        <source>other hazard</source>
        <translation>annen fare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="31"/>
        <source>hazard</source>
        <translation>fare</translation>
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
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="90"/>
        <source>{label} ({plan} {code})</source>
        <translation>{label} ({plan} {code})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="90"/>
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
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="55"/>
        <source>{d} to the {road} exit</source>
        <translation>{d} til avkjøringen fra {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="56"/>
        <source>{d} to {road}</source>
        <translation>{d} til {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="98"/>
        <source>{n} heavy vehicles a day</source>
        <translation>{n} tunge kjøretøy per døgn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="69"/>
        <source>no free grid capacity within {d}</source>
        <translation>ingen ledig nettkapasitet innen {d}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="110"/>
        <source>{d} to {name}, the nearest substation with {mw} MW free</source>
        <translation>{d} til {name}, nærmeste transformatorstasjon med {mw} MW ledig</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="61"/>
        <source>no sensitive buildings in the layer</source>
        <translation>ingen sårbare bygninger i laget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="62"/>
        <source>{d} to the nearest sensitive building</source>
        <translation>{d} til nærmeste sårbare bygning</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="36"/>
        <source>no existing station of this type</source>
        <translation>ingen eksisterende stasjon av denne typen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="37"/>
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
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="94"/>
        <source>inside the protected area {name}</source>
        <translation>innenfor verneområdet {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="94"/>
        <source>inside a protected area</source>
        <translation>innenfor et verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="127"/>
        <source>inside hensynssone {zones}</source>
        <translation>innenfor hensynssone {zones}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="155"/>
        <source>inside the exclusion layer {name}</source>
        <translation>innenfor utelukkingslaget {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="96"/>
        <source>{criterion} fails the rule ({value})</source>
        <translation>{criterion} oppfyller ikke regelen ({value})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="132"/>
        <source>unknown: {factors}</source>
        <translation>ukjent: {factors}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="80"/>
        <source>The candidate layer &apos;{layer}&apos; has no features. Choose a layer with candidate sites, or uncheck &apos;selected features only&apos; if nothing is selected.</source>
        <translation>Tomtelaget '{layer}' har ingen objekter. Velg et lag med aktuelle tomter, eller fjern haken for 'kun valgte objekter' hvis ingenting er valgt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="84"/>
        <source>The candidate layer &apos;{layer}&apos; has no coordinate reference system. Set its CRS (for example EPSG:25833) in the layer properties.</source>
        <translation>Tomtelaget '{layer}' har ikke noe koordinatsystem. Angi koordinatsystemet (for eksempel EPSG:25833) i lagegenskapene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="87"/>
        <source>The candidate layer &apos;{layer}&apos; is in a geographic CRS ({crs}); distances and areas need metres. Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and run again.</source>
        <translation>Tomtelaget '{layer}' har et geografisk koordinatsystem ({crs}); avstander og arealer krever meter. Transformer det til et projisert koordinatsystem, for eksempel EPSG:25833 (ETRS89 / UTM 33N), og kjør på nytt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="92"/>
        <source>The candidate layer &apos;{layer}&apos; has {types} geometries; sites must be polygons (parcels, plan areas or drawn sites). Buffer points or lines into polygons first.</source>
        <translation>Tomtelaget '{layer}' har geometrier av typen {types}; tomtene må være polygoner (eiendommer, planområder eller tegnede tomter). Lag buffer rundt punkter eller linjer slik at de blir polygoner først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="105"/>
        <source>{n} candidate geometries were invalid and were repaired for the analysis (the input layer is unchanged).</source>
        <translation>{n} tomtegeometrier var ugyldige og ble reparert for analysen (inndatalaget er uendret).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="141"/>
        <source>the feature has no geometry</source>
        <translation>objektet mangler geometri</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="332"/>
        <source>{n} candidate features have no geometry; they are kept and marked excluded.</source>
        <translation>{n} tomteobjekter mangler geometri; de beholdes og merkes som utelukket.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="359"/>
        <source>The candidate layer already had the fields {fields}; they were replaced by this run&apos;s values.</source>
        <translation>Tomtelaget hadde allerede feltene {fields}; de er erstattet med verdiene fra denne kjøringen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="350"/>
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
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>Area</source>
        <translation>Areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>Flat area</source>
        <translation>Flatt areal</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="106"/>
        <source>Zoning</source>
        <translation>Arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="122"/>
        <source>Heavy traffic on the corridor</source>
        <translation>Tungtrafikk på godskorridoren</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="123"/>
        <source>Free grid capacity</source>
        <translation>Ledig nettkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="123"/>
        <source>Distance to substation with enough capacity</source>
        <translation>Avstand til transformatorstasjon med nok kapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>Distance to sensitive buildings</source>
        <translation>Avstand til sårbare bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>Protected area</source>
        <translation>Verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>Hazard zone (hensynssone)</source>
        <translation>Faresone (hensynssone)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>Exclusion layer</source>
        <translation>Utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/existing.py" line="44"/>
        <source>Distance to existing station of the same type</source>
        <translation>Avstand til eksisterende stasjon av samme type</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="27"/>
        <source>primary zoning</source>
        <translation>primært arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="28"/>
        <source>secondary zoning</source>
        <translation>sekundært arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="29"/>
        <source>conditional zoning</source>
        <translation>betinget egnet arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="30"/>
        <source>zoning conflict (plan change or dispensation)</source>
        <translation>arealformålskonflikt (krever planendring eller dispensasjon)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="31"/>
        <source>unsuitable zoning</source>
        <translation>uegnet arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>elevation model (DEM)</source>
        <translation>høydemodell (DEM)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="171"/>
        <source>zoning (KPA/RP)</source>
        <translation>arealformål (KPA/RP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>roads</source>
        <translation>veger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>traffic (ÅDT)</source>
        <translation>trafikk (ÅDT)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="123"/>
        <source>grid capacity</source>
        <translation>nettkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>buildings</source>
        <translation>bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>protected areas</source>
        <translation>verneområder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>hazard zones</source>
        <translation>faresoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>exclusion layers</source>
        <translation>utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
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
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="63"/>
        <source>The layer &apos;{layer}&apos; has no features; the criteria that need it are unknown.</source>
        <translation>Laget '{layer}' har ingen objekter; kriteriene som trenger det, er ukjente.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="68"/>
        <source>The layer &apos;{layer}&apos; has no CRS; it was assumed to be in the candidates&apos; CRS.</source>
        <translation>Laget '{layer}' har ikke noe koordinatsystem; det er antatt å ha samme koordinatsystem som tomtelaget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="179"/>
        <source>The grid-capacity data has no substations; grid capacity is unknown.</source>
        <translation>Nettkapasitetsdataene har ingen transformatorstasjoner; nettkapasiteten er ukjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="340"/>
        <source>hensynssone code</source>
        <translation>kode for hensynssone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="171"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="156"/>
        <source>building type</source>
        <translation>bygningstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="169"/>
        <source>station type</source>
        <translation>stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="176"/>
        <source>{n} features in &apos;{layer}&apos; have a station type that is not hydrogen, battery or biogas (field &apos;{field}&apos;); they are ignored.</source>
        <translation>{n} objekter i '{layer}' har en stasjonstype som ikke er hydrogen, batteri eller biogass (feltet '{field}'); de blir utelatt.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="33"/>
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
        <location filename="../processing/score_sites.py" line="49"/>
        <source>Score candidate sites</source>
        <translation>Poengsett aktuelle tomter</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="52"/>
        <source>Site selection</source>
        <translation>Tomtevalg</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="58"/>
        <source>Scores candidate sites (parcels, plan areas or drawn polygons) for hydrogen, battery-electric truck charging and biogas stations.

For each site and station type the output says whether the site is possible at all (excluded, with every rule it failed in words), each factor's raw value and 0-1 sub-score, a 0-100 score, the rank and one sentence explaining it.

Rules and weights come from the station profiles (resources/profiles; load your own YAML file to change them). Context layers are optional: a criterion whose layer is left out is reported as unknown, never as zero. Layers in other CRSs are reprojected to the candidates' CRS, which must be projected (for example EPSG:25833).

Grid capacity: the grid companies' published DIGIN GridCapacity JSON file, or a point layer with free capacity in MW. Traffic: NVDB Trafikkmengde (ÅDT and share of long vehicles).</source>
        <translation>Poengsetter aktuelle tomter (eiendommer, planområder eller tegnede polygoner) for hydrogenstasjoner, lading for tungbiler og biogassfyllestasjoner.

For hver tomt og stasjonstype viser resultatet om tomta i det hele tatt er mulig (utelukket, med hver regel den ikke oppfyller forklart i ord), råverdien og delpoengsummen (0-1) for hver faktor, en poengsum fra 0 til 100, rangeringen og én setning som forklarer den.

Regler og vekter kommer fra stasjonsprofilene (resources/profiles; last inn din egen YAML-fil for å endre dem). Grunnlagslagene er valgfrie: et kriterium der laget er utelatt, rapporteres som ukjent, aldri som null. Lag i andre koordinatsystemer transformeres til koordinatsystemet for de aktuelle tomtene, som må være projisert (for eksempel EPSG:25833).

Nettkapasitet: nettselskapenes publiserte DIGIN GridCapacity JSON-fil, eller et punktlag med ledig kapasitet i MW. Trafikk: NVDB Trafikkmengde (ÅDT og andel lange kjøretøy).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="74"/>
        <source>Candidate sites (polygons)</source>
        <translation>Aktuelle tomter (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="80"/>
        <source>Station types to score</source>
        <translation>Stasjonstyper som skal poengsettes</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="86"/>
        <source>Station profile (*.yaml *.yml)</source>
        <translation>Stasjonsprofil (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Roads (vegkategori, vegnummer)</source>
        <translation>Veger (vegkategori, vegnummer)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Road category field</source>
        <translation>Felt for vegkategori</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Road number field</source>
        <translation>Felt for vegnummer</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Freight corridors (blank: the profiles&apos; lists)</source>
        <translation>Godskorridorer (tom: listene i profilene)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Traffic (NVDB Trafikkmengde, ÅDT)</source>
        <translation>Trafikk (NVDB Trafikkmengde, ÅDT)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>ÅDT field</source>
        <translation>Felt for ÅDT</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Share of long vehicles field (%)</source>
        <translation>Felt for andel lange kjøretøy (%)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Grid capacity file (DIGIN GridCapacity JSON)</source>
        <translation>Fil med nettkapasitet (DIGIN GridCapacity JSON)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="183"/>
        <source>GridCapacity JSON (*.json *.geojson *.jsonld)</source>
        <translation>GridCapacity JSON (*.json *.geojson *.jsonld)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Substations with free capacity (layer)</source>
        <translation>Transformatorstasjoner med ledig kapasitet (lag)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Free capacity field (MW)</source>
        <translation>Felt for ledig kapasitet (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Hazard zones (hensynssoner, faresone)</source>
        <translation>Faresoner (hensynssoner, faresone)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Hazard zone code field</source>
        <translation>Felt for faresonekode</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Protected areas</source>
        <translation>Verneområder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Other exclusion layers (water, ...)</source>
        <translation>Andre utelukkingslag (vann, ...)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Buildings (bygningstype)</source>
        <translation>Bygninger (bygningstype)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Building type field</source>
        <translation>Felt for bygningstype</translation>
    </message>
    <message>
        <location filename="../scripts/render_styles_preview.py" line="74"/>
        <source>Existing stations</source>
        <translation>Eksisterende stasjoner</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Station type field</source>
        <translation>Felt for stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Elevation model (DEM)</source>
        <translation>Høydemodell (DEM)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="92"/>
        <source>Language of the explanations</source>
        <translation>Språk i forklaringene</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="92"/>
        <source>As QGIS</source>
        <translation>Som QGIS</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="93"/>
        <source>Scored sites</source>
        <translation>Poengsatte tomter</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="102"/>
        <source>Notes about the run</source>
        <translation>Merknader om kjøringen</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="119"/>
        <source>Choose at least one station type to score.</source>
        <translation>Velg minst én stasjonstype som skal poengsettes.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="134"/>
        <source>Reading the candidate sites...</source>
        <translation>Leser de aktuelle tomtene...</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="142"/>
        <source>Reading the context layers...</source>
        <translation>Leser grunnlagslagene...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="268"/>
        <source>The elevation model &apos;{layer}&apos; is not a file GDAL can read (provider &apos;{provider}&apos;). Save it as a GeoTIFF first.</source>
        <translation>Høydemodellen '{layer}' er ikke en fil som GDAL kan lese (datakilde '{provider}'). Lagre den som GeoTIFF først.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="146"/>
        <source>Scoring {n} sites for: {types}</source>
        <translation>Poengsetter {n} tomter for: {types}</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="155"/>
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
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Kommuneplan land use (KPA arealformål), one or more layers</source>
        <translation>Kommuneplanens arealdel (KPA arealformål), ett eller flere lag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>KPA land-use code field (blank: detect)</source>
        <translation>Felt for arealformålskode i KPA (tom: finn automatisk)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Reguleringsplan land use (RP arealformål, also pbl 1985), one or more layers</source>
        <translation>Reguleringsplan (RP arealformål, også pbl 1985), ett eller flere lag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>RP land-use code field (blank: detect)</source>
        <translation>Felt for arealformålskode i RP (tom: finn automatisk)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="215"/>
        <source>The style {style} could not be applied: {error}</source>
        <translation>Stilen {style} kunne ikke brukes: {error}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="113"/>
        <source>Score: {profile}</source>
        <translation>Poengsum: {profile}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="127"/>
        <source>{region}: candidate sites for {profile}</source>
        <translation>{region}: aktuelle tomter for {profile}</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="140"/>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="159"/>
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
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="209"/>
        <source>zoning code (arealformål)</source>
        <translation>kode for arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="286"/>
        <source>arealbruksstatus</source>
        <translation>arealbruksstatus</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="289"/>
        <source>plan id</source>
        <translation>plan-ID</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/overlay.py" line="78"/>
        <source>Layer &apos;{layer}&apos; has no &apos;code&apos; column; read it with normalise_zoning() first.</source>
        <translation>Laget '{layer}' har ikke kolonnen 'code'; les det inn med normalise_zoning() først.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="185"/>
        <source>an empty object</source>
        <translation>et tomt objekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="194"/>
        <source>&apos;{source}&apos; is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection (an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; list, possibly inside a list or an &quot;@graph&quot;), but found {found} at &apos;{key}&apos;.</source>
        <translation>'{source}' er ikke en DIGIN GridCapacity-fil: forventet en GeoJSON FeatureCollection (et objekt med &quot;type&quot;: &quot;FeatureCollection&quot; og en &quot;features&quot;-liste, eventuelt inne i en liste eller en &quot;@graph&quot;), men fant {found} ved '{key}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/digin.py" line="198"/>
        <source>&apos;{source}&apos; is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection (an object with &quot;type&quot;: &quot;FeatureCollection&quot; and a &quot;features&quot; list, possibly inside a list or an &quot;@graph&quot;), but found {found}.</source>
        <translation>'{source}' er ikke en DIGIN GridCapacity-fil: forventet en GeoJSON FeatureCollection (et objekt med &quot;type&quot;: &quot;FeatureCollection&quot; og en &quot;features&quot;-liste, eventuelt inne i en liste eller en &quot;@graph&quot;), men fant {found}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/profiles.py" line="203"/>
        <source>The station profile {file} has problems ({n}); fix them and run again:</source>
        <translation>Stasjonsprofilen {file} har feil ({n}); rett dem og kjør på nytt:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="97"/>
        <source>{n} heavy vehicles a day on {road}</source>
        <translation>{n} tunge kjøretøy per døgn på {road}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="70"/>
        <source>{mw} MW free at {name} ({d} away)</source>
        <translation>{mw} MW ledig ved {name} ({d} unna)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="247"/>
        <source>Not ranked: too little is known.</source>
        <translation>Ikke rangert: for lite er kjent.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="122"/>
        <source>Distance to freight corridor exit</source>
        <translation>Avstand til avkjøring fra godskorridor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/codelists.py" line="315"/>
        <source>&apos;{key}&apos; is {value!r}: write a code (1340) or a range, low code first (&quot;1100-1199&quot;).</source>
        <translation>'{key}' er {value!r}: skriv en kode (1340) eller et intervall med den laveste koden først (&quot;1100-1199&quot;).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="95"/>
        <source>Checklist for an energy station application</source>
        <translation>Sjekkliste for søknad om energistasjon</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="98"/>
        <source>The answer to item &apos;{item}&apos; has the unknown status &apos;{status}&apos;; it is listed under &apos;{label}&apos;.</source>
        <translation>Svaret på punkt '{item}' har den ukjente statusen '{status}'; det er ført opp under '{label}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="154"/>
        <source>The report could not be written to &apos;{path}&apos; ({error}). Choose a file in a folder you can write to.</source>
        <translation>Rapporten kunne ikke skrives til '{path}' ({error}). Velg en fil i en mappe du har skrivetilgang til.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="190"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="191"/>
        <source>Site</source>
        <translation>Tomt</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="113"/>
        <source>Station type</source>
        <translation>Stasjonstype</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="193"/>
        <source>Generated</source>
        <translation>Laget</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="194"/>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="195"/>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="196"/>
        <source>Checklist file</source>
        <translation>Sjekklistefil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="199"/>
        <source>Built on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="201"/>
        <source>This checklist is a screening aid. It is built on the veileder &quot;Veileder for etablering av energistasjoner for tungtransport&quot; (Osloregionen IPR, March 2024) and on the facts it lists, each with its source. It does not replace the case officer&apos;s assessment: answers marked &quot;automatic&quot; are drawn from map data and must be checked by the case officer before they are used in a decision.</source>
        <translation>Denne sjekklisten er et hjelpemiddel for en første vurdering. Den bygger på «Veileder for etablering av energistasjoner for tungtransport» (Osloregionen IPR, mars 2024) og på faktaene den viser til, hver med sin kilde. Den erstatter ikke saksbehandlerens vurdering: svar merket «automatisk» er hentet fra kartdata og må kontrolleres av saksbehandleren før de brukes i et vedtak.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="217"/>
        <source>No map was made for this report.</source>
        <translation>Det ble ikke laget noe kart til denne rapporten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="219"/>
        <source>Map of the site {site} ({case})</source>
        <translation>Kart over tomta {site} ({case})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="225"/>
        <source>The site on a map</source>
        <translation>Tomta i kart</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="244"/>
        <source>Not listed: {n} checklist items for other station types.</source>
        <translation>Ikke tatt med: {n} punkter i sjekklisten som gjelder andre stasjonstyper.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="245"/>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="172"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="172"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="173"/>
        <source>Evidence</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="249"/>
        <source>Who must answer</source>
        <translation>Hvem skal svare</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="313"/>
        <source>Answered by</source>
        <translation>Besvart av</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="332"/>
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
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="345"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="290"/>
        <source>a person</source>
        <translation>en person</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="322"/>
        <source>No processes were determined for this case.</source>
        <translation>Det ble ikke fastslått noen prosesser for denne saken.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="332"/>
        <source>Process</source>
        <translation>Prosess</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="172"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="332"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="333"/>
        <source>The road to a decision</source>
        <translation>Veien til vedtak</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="340"/>
        <source>Nothing: no missing information was found.</source>
        <translation>Ingenting: det ble ikke funnet manglende opplysninger.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="341"/>
        <source>What the application is missing</source>
        <translation>Hva søknaden mangler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="347"/>
        <source>Layer or file</source>
        <translation>Kartlag eller fil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="347"/>
        <source>Date or edition</source>
        <translation>Dato eller utgave</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="349"/>
        <source>No data sources were recorded.</source>
        <translation>Ingen datakilder er registrert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="361"/>
        <source>Made by the QGIS plugin Energistasjon {version} on {date}.</source>
        <translation>Laget med QGIS-tillegget Energistasjon {version} {date}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="364"/>
        <source>Made by the QGIS plugin Energistasjon on {date}.</source>
        <translation>Laget med QGIS-tillegget Energistasjon {date}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="442"/>
        <source>The map for the report is not a PNG or JPEG image. Render the map again, or make the report without a map.</source>
        <translation>Kartet til rapporten er ikke et PNG- eller JPEG-bilde. Lag kartet på nytt, eller lag rapporten uten kart.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="451"/>
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
        <location filename="../energistasjon_plugin/core/checklist_model.py" line="30"/>
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
        <location filename="../energistasjon_plugin/core/checklist.py" line="57"/>
        <source>The checklist {file} has problems ({n}); fix them and run again:</source>
        <translation>Sjekklisten {file} har feil ({n}); rett dem og kjør på nytt:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="64"/>
        <source>needs a title in both languages, with the keys en and nb</source>
        <translation>må ha tittel på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="72"/>
        <source>needs a numeric &apos;value&apos;</source>
        <translation>må ha en numerisk 'value'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="83"/>
        <source>needs a list of checklist items</source>
        <translation>må ha en liste med sjekklistepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="88"/>
        <source>must be a mapping with id, question, audience, station_types, phases and source</source>
        <translation>må være en tilordning med id, question, audience, station_types, phases og source</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="101"/>
        <source>needs the question in both languages, with the keys en and nb</source>
        <translation>må ha spørsmålet på begge språk, med nøklene en og nb</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="105"/>
        <source>must be saksbehandler or tiltakshaver</source>
        <translation>må være saksbehandler eller tiltakshaver</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="108"/>
        <source>must list station types: hydrogen, battery, biogas</source>
        <translation>må liste opp stasjonstyper: hydrogen, battery, biogas</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="112"/>
        <source>must list phases: plan, byggesak, drift</source>
        <translation>må liste opp faser: plan, byggesak, drift</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="116"/>
        <source>unknown automatic rule &apos;{rule}&apos;; known: {known}. Leave &apos;rule&apos; out for items a person answers.</source>
        <translation>ukjent automatisk regel '{rule}'; kjente regler: {known}. Utelat 'rule' for punkter som en person skal svare på.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="120"/>
        <source>is required: what the item rests on</source>
        <translation>er påkrevd: hva punktet bygger på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="169"/>
        <source>No plan layers were given: check the kommuneplan and reguleringsplan for the site.</source>
        <translation>Ingen planlag er oppgitt: sjekk kommuneplanen og reguleringsplanen for tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="172"/>
        <source>The site lies outside every plan layer given: its plan status is unknown. Check which plan applies.</source>
        <translation>Tomta ligger utenfor alle planlagene som er oppgitt: planstatusen er ukjent. Sjekk hvilken plan som gjelder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="176"/>
        <source>{zoning}: {zoning_class} for this station type.</source>
        <translation>{zoning}: {zoning_class} for denne stasjonstypen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="179"/>
        <source>{zoning}: charging may be allowed where the plan allows parking (circular H-6/20); check the plan&apos;s provisions.</source>
        <translation>{zoning}: lading kan være tillatt der planen tillater parkering (rundskriv H-6/20); sjekk planbestemmelsene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="182"/>
        <source>{zoning}: the station needs a plan change or a dispensation.</source>
        <translation>{zoning}: stasjonen krever planendring eller dispensasjon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="184"/>
        <source>{zoning}: the land use does not allow this station; a plan change would be needed.</source>
        <translation>{zoning}: arealformålet tillater ikke denne stasjonen; det vil kreve en planendring.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="195"/>
        <source>No hensynssone layer was given: check the plan&apos;s hensynssoner.</source>
        <translation>Ingen lag med hensynssoner er oppgitt: sjekk hensynssonene i planen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="204"/>
        <source>The site lies in hensynssone {zones}.</source>
        <translation>Tomta ligger i hensynssone {zones}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="210"/>
        <source>Hensynssone {zones} {d} from the site: assess what it means for the station.</source>
        <translation>Hensynssone {zones} {d} fra tomta: vurder hva den betyr for stasjonen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="216"/>
        <source>No hensynssone (faresone) within {d} of the site.</source>
        <translation>Ingen hensynssone (faresone) innen {d} fra tomta.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="223"/>
        <source>No protected-area layer was given: check for protected areas.</source>
        <translation>Ingen lag med verneområder er oppgitt: sjekk om det finnes verneområder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="226"/>
        <source>The site overlaps the protected area {name}.</source>
        <translation>Tomta overlapper verneområdet {name}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="227"/>
        <source>The site does not overlap any protected area in the layer.</source>
        <translation>Tomta overlapper ikke noe verneområde i laget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="235"/>
        <source>The road layer does not cover the site: check the distance to riksveg and fylkesveg.</source>
        <translation>Veglaget dekker ikke tomta: sjekk avstanden til riksveg og fylkesveg.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="238"/>
        <source>No riksveg or fylkesveg in the road layer.</source>
        <translation>Ingen riksveg eller fylkesveg i veglaget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="241"/>
        <source>{d} from {road}; the default building line is {line} (vegloven § 29).</source>
        <translation>{d} fra {road}; den generelle byggegrensen er {line} (vegloven § 29).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="243"/>
        <source>{d} from {road}, inside the default building line of {line} (vegloven § 29): allowed only if the plan sets another line or the road authority agrees.</source>
        <translation>{d} fra {road}, innenfor den generelle byggegrensen på {line} (vegloven § 29): tillatt bare hvis planen fastsetter en annen byggegrense eller vegmyndigheten gir tillatelse.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="254"/>
        <source>No road layer covering the site with a freight corridor: check the access to the corridor.</source>
        <translation>Ikke noe veglag med godskorridor dekker tomta: sjekk adkomsten til godskorridoren.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="258"/>
        <source>{d} to the {road} exit.</source>
        <translation>{d} til avkjøringen fra {road}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="271"/>
        <source>A turning ring of radius {r} m does not fit inside the site ({area} m²).</source>
        <translation>En svingsirkel med radius {r} m får ikke plass på tomta ({area} m²).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="275"/>
        <source>A {r} m turning ring fits ({area} m² in all), but the flat area is unknown (no elevation model covering the site).</source>
        <translation>En svingsirkel på {r} m får plass ({area} m² i alt), men det flate arealet er ukjent (ingen høydemodell dekker tomta).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="279"/>
        <source>Only {flat} m² is flat; at least {minimum} m² is needed.</source>
        <translation>Bare {flat} m² er flatt; minst {minimum} m² trengs.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="281"/>
        <source>A {r} m turning ring fits and {flat} m² is flat (at least {minimum} m² needed).</source>
        <translation>En svingsirkel på {r} m får plass, og {flat} m² er flatt (minst {minimum} m² trengs).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="291"/>
        <source>No building layer covering the site: check dwellings, schools, kindergartens and hospitals nearby.</source>
        <translation>Ikke noe bygningslag dekker tomta: sjekk boliger, skoler, barnehager og sykehus i nærheten.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="294"/>
        <source>No sensitive buildings in the building layer.</source>
        <translation>Ingen sårbare bygninger i bygningslaget.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="296"/>
        <source>Nearest sensitive building {d} away; screening distance {limit} (an assumption: DSB sets no fixed distances, the risk analysis decides).</source>
        <translation>Nærmeste sårbare bygning er {d} unna; grovsilingsavstanden er {limit} (en antakelse: DSB fastsetter ingen faste avstander, risikoanalysen avgjør).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="299"/>
        <source>A sensitive building is {d} away, closer than the screening distance {limit}: the risk analysis must show the risk is acceptable.</source>
        <translation>En sårbar bygning er {d} unna, nærmere enn grovsilingsavstanden {limit}: risikoanalysen må vise at risikoen er akseptabel.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="319"/>
        <source>The published figure ignores limits in the regional and transmission grid; only the grid company&apos;s answer is binding.</source>
        <translation>Det publiserte tallet tar ikke hensyn til begrensninger i regional- og transmisjonsnettet; bare svaret fra nettselskapet er bindende.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="322"/>
        <source>No published grid capacity covers the site: ask the grid company.</source>
        <translation>Ingen publisert nettkapasitet dekker tomta: spør nettselskapet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="325"/>
        <source>{mw} MW free at {name}, but the application states no power.</source>
        <translation>{mw} MW ledig ved {name}, men søknaden oppgir ingen effekt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="328"/>
        <source>{mw} MW free at {name}; the station needs {power} MW.</source>
        <translation>{mw} MW ledig ved {name}; stasjonen trenger {power} MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="330"/>
        <source>At most {mw} MW free within reach ({name}); the station needs {power} MW.</source>
        <translation>Høyst {mw} MW ledig innen rekkevidde ({name}); stasjonen trenger {power} MW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="337"/>
        <source>The applicant does not seek Enova funding.</source>
        <translation>Tiltakshaveren søker ikke om støtte fra Enova.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="339"/>
        <source>The application states neither the number of charging points nor the total power; Enova&apos;s criteria cannot be checked.</source>
        <translation>Søknaden oppgir verken antall ladepunkter eller samlet effekt; Enovas kriterier kan ikke kontrolleres.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="28"/>
        <source>Applies</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="28"/>
        <source>Does not apply</source>
        <translation>Gjelder ikke</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="28"/>
        <source>Check</source>
        <translation>Må sjekkes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="45"/>
        <source>Plan basis</source>
        <translation>Plangrunnlag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="45"/>
        <source>The plan status of the site must be checked first: {why}</source>
        <translation>Planstatusen for tomta må sjekkes først: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="45"/>
        <source>no zoning answer</source>
        <translation>ikke noe svar om arealformål</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="48"/>
        <source>Building application under the current plan</source>
        <translation>Byggesøknad etter gjeldende plan</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="48"/>
        <source>The zoning allows the station: {why}</source>
        <translation>Arealformålet tillater stasjonen: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="50"/>
        <source>Plan change or dispensation before a building permit</source>
        <translation>Planendring eller dispensasjon før byggetillatelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="50"/>
        <source>The zoning does not allow the station: {why}</source>
        <translation>Arealformålet tillater ikke stasjonen: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="58"/>
        <source>Notify DSB of flammable gas storage</source>
        <translation>Melding til DSB om oppbevaring av brannfarlig gass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="62"/>
        <source>{volume} m³ of flammable gas stored; notification from {limit} m³.</source>
        <translation>{volume} m³ brannfarlig gass oppbevares; melding kreves fra {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="66"/>
        <source>The application states the quantity stored but not the container volume; a station storing gas for trucks is almost certainly above {limit} m³.</source>
        <translation>Søknaden oppgir mengden som oppbevares, men ikke beholdervolumet; en stasjon som oppbevarer gass for tungbiler, ligger nesten helt sikkert over {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="70"/>
        <source>The application states no stored quantity; notification applies from {limit} m³.</source>
        <translation>Søknaden oppgir ingen oppbevart mengde; melding kreves fra {limit} m³.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="78"/>
        <source>DSB consent under storulykkeforskriften</source>
        <translation>Samtykke fra DSB etter storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/station_types.py" line="37"/>
        <source>hydrogen</source>
        <translation>hydrogen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="88"/>
        <source>biomethane (treated like natural gas: UNCONFIRMED)</source>
        <translation>biometan (behandlet som naturgass: IKKE BEKREFTET)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="90"/>
        <source>The application states no stored quantity of {substance}; the thresholds are {lower} t and {upper} t.</source>
        <translation>Søknaden oppgir ingen oppbevart mengde {substance}; terskelverdiene er {lower} t og {upper} t.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="94"/>
        <source>{t} t of {substance}: upper tier (from {upper} t).</source>
        <translation>{t} t {substance}: øvre terskel (fra {upper} t).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="97"/>
        <source>{t} t of {substance}: lower tier (from {lower} t).</source>
        <translation>{t} t {substance}: nedre terskel (fra {lower} t).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="99"/>
        <source>{t} t of {substance}, below {lower} t.</source>
        <translation>{t} t {substance}, under {lower} t.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="106"/>
        <source>Formal request to the grid company (queue)</source>
        <translation>Formell forespørsel til nettselskapet (kø)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="109"/>
        <source>The application states no power; above {queue} MW the grid company needs a formal request and the customer joins a queue.</source>
        <translation>Søknaden oppgir ingen effekt; over {queue} MW krever nettselskapet en formell forespørsel, og kunden settes i kø.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="113"/>
        <source>{mw} MW is above {queue} MW: formal request and queue; the answer takes up to 6 months, connection 1-2 years.</source>
        <translation>{mw} MW er over {queue} MW: formell forespørsel og kø; svaret tar opptil 6 måneder, tilknytningen 1-2 år.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="116"/>
        <source>{mw} MW is not above {queue} MW; ask the grid company early all the same.</source>
        <translation>{mw} MW er ikke over {queue} MW; spør likevel nettselskapet tidlig.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="123"/>
        <source>Present the grid substation to the municipality</source>
        <translation>Framlegging av transformatorstasjonen for kommunen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="130"/>
        <source>Check whether the station needs a new substation.</source>
        <translation>Sjekk om stasjonen trenger en ny transformatorstasjon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="136"/>
        <source>Enova funding for public truck charging</source>
        <translation>Enova-støtte til offentlig lading for tungbiler</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="137"/>
        <source>Enova 'Underveislading for tunge kjøretøy'</source>
        <translation>Enova 'Underveislading for tunge kjøretøy'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="143"/>
        <source>Does not meet the criteria: {why}</source>
        <translation>Oppfyller ikke kriteriene: {why}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="160"/>
        <source>the container volume of flammable gas stored (m³), for the DSB notification</source>
        <translation>beholdervolumet for brannfarlig gass som oppbevares (m³), for meldingen til DSB</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="162"/>
        <source>the amount of hydrogen stored (kg), for storulykkeforskriften</source>
        <translation>mengden hydrogen som oppbevares (kg), for storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="164"/>
        <source>the amount of LBG/CBG stored (tonnes), for storulykkeforskriften</source>
        <translation>mengden LBG/CBG som oppbevares (tonn), for storulykkeforskriften</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="166"/>
        <source>the station&apos;s power (MW), for the grid connection</source>
        <translation>stasjonens effekt (MW), for nettilknytningen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="168"/>
        <source>the number of charging points</source>
        <translation>antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="170"/>
        <source>the daily capacity</source>
        <translation>døgnkapasiteten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="175"/>
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
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="122"/>
        <source>Distance to riksveg or fylkesveg</source>
        <translation>Avstand til riksveg eller fylkesveg</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/site.py" line="74"/>
        <source>Room for the turning ring</source>
        <translation>Plass til svingsirkelen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>Hazard zones near the site</source>
        <translation>Faresoner nær tomta</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="116"/>
        <source>Unknown station type &apos;{type}&apos;; use hydrogen, battery or biogas.</source>
        <translation>Ukjent stasjonstype '{type}'; bruk hydrogen, battery eller biogas.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="118"/>
        <source>hydrogen stored (kg)</source>
        <translation>oppbevart hydrogen (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="118"/>
        <source>gas volume (m³)</source>
        <translation>gassvolum (m³)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="118"/>
        <source>charging or electrolyser power (MW)</source>
        <translation>effekt for lading eller elektrolyse (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="118"/>
        <source>number of charging points</source>
        <translation>antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="118"/>
        <source>daily capacity</source>
        <translation>døgnkapasitet</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="124"/>
        <source>The application&apos;s {what} is negative ({value}); give 0 or more, or leave it empty if it is not stated.</source>
        <translation>Verdien for {what} i søknaden er negativ ({value}); oppgi 0 eller mer, eller la den stå tom hvis den ikke er oppgitt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="131"/>
        <source>edition {edition}, sha256 {hash}</source>
        <translation>utgave {edition}, sha256 {hash}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="133"/>
        <source>sha256 {hash}</source>
        <translation>sha256 {hash}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="135"/>
        <source>date not stated in the data</source>
        <translation>dato ikke oppgitt i dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="176"/>
        <source>Give one case id per site ({n} sites).</source>
        <translation>Oppgi ett saksnummer per tomt ({n} tomter).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/layer_readers.py" line="103"/>
        <source>published {date} by {publisher}</source>
        <translation>publisert {date} av {publisher}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/case_output.py" line="455"/>
        <source>QGIS could not write the PDF {path} (error {code}).</source>
        <translation>QGIS kunne ikke skrive PDF-filen {path} (feil {code}).</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="75"/>
        <source>Check application against the veileder</source>
        <translation>Kontroller søknad mot veilederen</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="78"/>
        <source>Case handling</source>
        <translation>Saksbehandling</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="88"/>
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
        <location filename="../processing/check_application.py" line="108"/>
        <source>Application site(s) (polygons)</source>
        <translation>Tomt(er) i søknaden (polygoner)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="110"/>
        <source>Case id (saksnummer)</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="111"/>
        <source>Case id field (one case per site)</source>
        <translation>Felt for saksnummer (én sak per tomt)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="115"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="115"/>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="115"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="115"/>
        <source>Building application (byggesak)</source>
        <translation>Byggesak</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="115"/>
        <source>Operation (drift)</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="33"/>
        <source>Hydrogen stored (kg)</source>
        <translation>Oppbevart hydrogen (kg)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="34"/>
        <source>Flammable gas container volume (m³)</source>
        <translation>Beholdervolum for brannfarlig gass (m³)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="35"/>
        <source>LBG/CBG stored (tonnes)</source>
        <translation>Oppbevart LBG/CBG (tonn)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="36"/>
        <source>Charging or electrolyser power (MW)</source>
        <translation>Effekt for lading eller elektrolyse (MW)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="37"/>
        <source>Number of charging points</source>
        <translation>Antall ladepunkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/quantities.py" line="38"/>
        <source>Daily capacity (kg/day, or trucks/day for charging)</source>
        <translation>Døgnkapasitet (kg/døgn, eller tungbiler/døgn for lading)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="122"/>
        <source>The applicant seeks Enova funding</source>
        <translation>Tiltakshaveren søker om støtte fra Enova</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Checklist file (blank: the bundled edition)</source>
        <translation>Sjekklistefil (tom: den medfølgende utgaven)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="124"/>
        <source>Checklist (*.yaml *.yml)</source>
        <translation>Sjekkliste (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="128"/>
        <source>Answer store from the checklist panel (GeoPackage)</source>
        <translation>Svarlager fra sjekklistepanelet (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="93"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="131"/>
        <source>Report language</source>
        <translation>Språk i rapporten</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="132"/>
        <source>Also write PDF reports</source>
        <translation>Lag også PDF-rapporter</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="133"/>
        <source>Checklist answers</source>
        <translation>Svar på sjekklisten</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="134"/>
        <source>Report folder</source>
        <translation>Rapportmappe</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="135"/>
        <source>Reports written</source>
        <translation>Rapporter som ble laget</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="158"/>
        <source>Some sites have no case id in the field &apos;{field}&apos;; fill it in or give one case id for a single site.</source>
        <translation>Noen tomter mangler saksnummer i feltet '{field}'; fyll det inn, eller oppgi ett saksnummer for én enkelt tomt.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="194"/>
        <source>The layer &apos;{layer}&apos; has no site to check (is &apos;selected features only&apos; on with nothing selected?).</source>
        <translation>Laget '{layer}' har ingen tomt å kontrollere (er 'kun valgte objekter' slått på uten at noe er valgt?).</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="208"/>
        <source>The answer store {path} does not exist.</source>
        <translation>Svarlageret {path} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="55"/>
        <source>Quantities in the application</source>
        <translation>Mengder i søknaden</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="62"/>
        <source>not stated</source>
        <translation>ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="111"/>
        <source>&apos;{value}&apos; is not a number ({what}). Write a number, such as 2.5, or leave the field empty if the application does not state it.</source>
        <translation>'{value}' er ikke et tall ({what}). Skriv et tall, for eksempel 2,5, eller la feltet stå tomt hvis søknaden ikke oppgir det.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="116"/>
        <source>{what} must be a whole number, not &apos;{value}&apos;.</source>
        <translation>{what} må være et helt tall, ikke '{value}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Kommuneplan land use (KPA)</source>
        <translation>Arealformål i kommuneplanen (KPA)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/context_layers.py" line="187"/>
        <source>Reguleringsplan land use (RP)</source>
        <translation>Arealformål i reguleringsplanen (RP)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="259"/>
        <source>{d} to the {road} exit, farther than the {limit} trucks are assumed to leave the corridor.</source>
        <translation>{d} til avkjøringen fra {road}, lenger enn de {limit} tungbiler antas å kjøre ut fra korridoren.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="345"/>
        <source>{points} points, {kw} kW each on average, {total} kW in all; Enova asks for at least {min_points} points of {min_kw} kW and {min_total} kW.</source>
        <translation>{points} ladepunkter, i snitt {kw} kW hver, {total} kW i alt; Enova krever minst {min_points} ladepunkter på {min_kw} kW og {min_total} kW.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="40"/>
        <source>Plan- og bygningsloven (pbl) ch. 11 (kommuneplan), ch. 12 (reguleringsplan), ch. 19 (dispensation), ch. 20 (building application)</source>
        <translation>Plan- og bygningsloven (pbl) kap. 11 (kommuneplan), kap. 12 (reguleringsplan), kap. 19 (dispensasjon), kap. 20 (byggesøknad)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="124"/>
        <source>A grid substation is mostly exempt from building application but must be presented to the municipality</source>
        <translation>En nettstasjon er som regel unntatt fra byggesøknad, men må forelegges kommunen</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/decision.py" line="127"/>
        <source>Check whether a station drawing {mw} MW needs a new substation; if so, it must be presented to the municipality.</source>
        <translation>Sjekk om en stasjon som trekker {mw} MW trenger en ny nettstasjon; i så fall må den forelegges kommunen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/plugin.py" line="49"/>
        <source>Checklist for case officers...</source>
        <translation>Sjekkliste for saksbehandlere...</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="173"/>
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
        <location filename="../energistasjon_plugin/core/report.py" line="237"/>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="237"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="268"/>
        <source>(This item is not in this checklist edition.)</source>
        <translation>(Dette punktet finnes ikke i denne utgaven av sjekklisten.)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="351"/>
        <source>Data used</source>
        <translation>Data som er brukt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="207"/>
        <source>The site lies in hensynssone {zones}: assess what it means for the station.</source>
        <translation>Tomta ligger i hensynssone {zones}: vurder hva det betyr for stasjonen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="214"/>
        <source>A hensynssone without a readable code lies on or near the site: check which hazard it is.</source>
        <translation>En hensynssone uten lesbar kode ligger på eller nær tomta: sjekk hvilken fare det gjelder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="45"/>
        <source>{n} buildings in &apos;{layer}&apos; have no building type; the screening counts them as possibly sensitive.</source>
        <translation>{n} bygninger i '{layer}' mangler bygningstype; grovsilingen regner dem som mulig sårbare.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="107"/>
        <source>{n} zones in &apos;{layer}&apos; have no readable hensynssone code; a site they lie on is &apos;not checked&apos; for hazard zones. Choose the code field in the parameters if the layer has one.</source>
        <translation>{n} soner i '{layer}' har ingen lesbar hensynssonekode; en tomt de ligger på blir «ikke kontrollert» for faresoner. Velg kodefeltet i parameterne hvis laget har et.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="105"/>
        <source>no substation with {mw} MW free in the data</source>
        <translation>ingen transformatorstasjon med {mw} MW ledig i dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="179"/>
        <source>The case ids {ids} are given to more than one site; each report and its saved answers belong to one case. Give each site its own case id, or merge the parts of one site into one polygon.</source>
        <translation>Saksnumrene {ids} er gitt til mer enn én tomt; hver rapport og de lagrede svarene hører til én sak. Gi hver tomt sitt eget saksnummer, eller slå sammen delene av én tomt til ett polygon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="184"/>
        <source>The site of case {id} in &apos;{layer}&apos; has no geometry; draw the site or remove the feature.</source>
        <translation>Tomta i sak {id} i '{layer}' mangler geometri; tegn tomta eller fjern objektet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="187"/>
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
        <location filename="../processing/check_application.py" line="100"/>
        <source>A case id that cannot be a file name as it is (such as 2025/17) gives a readable name with a short code at the end (2025-17_de5556), the same on every run. The reports are put in the report folder only when all of them are done; a cancelled or failed run leaves the folder as it was.</source>
        <translation>Et saksnummer som ikke kan brukes som filnavn slik det er (for eksempel 2025/17), gir et lesbart navn med en kort kode til slutt (2025-17_de5556), det samme ved hver kjøring. Rapportene legges i rapportmappen først når alle er ferdige; en avbrutt eller mislykket kjøring lar mappen være som den var.</translation>
    </message>
    <message>
        <location filename="../processing/check_application.py" line="163"/>
        <source>Several sites have the same case id in the field &apos;{field}&apos;: {ids}. Each report and its saved answers belong to one case; give each site its own case id, or merge the parts of one site into one polygon.</source>
        <translation>Flere tomter har samme saksnummer i feltet '{field}': {ids}. Hver rapport og de lagrede svarene hører til én sak; gi hver tomt sitt eget saksnummer, eller slå sammen delene av én tomt til ett polygon.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/case_store.py" line="561"/>
        <source>The GeoPackage &apos;{path}&apos; was changed, moved or replaced by another program during the save: it does not hold what was written. Check the file, or choose another GeoPackage.</source>
        <translation>GeoPackage-filen '{path}' ble endret, flyttet eller erstattet av et annet program under lagringen: den inneholder ikke det som ble skrevet. Sjekk filen, eller velg en annen GeoPackage-fil.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="133"/>
        <source>The output &apos;{output}&apos; would be written into {path}, the file the input &apos;{input}&apos; is read from. That would replace the data of the run, and in a GeoPackage every other layer of the file. Nothing was written. Choose another file for &apos;{output}&apos;.</source>
        <translation>Resultatet '{output}' ville blitt skrevet til {path}, filen inndataene '{input}' leses fra. Det ville erstattet dataene kjøringen bygger på, og i en GeoPackage-fil alle de andre lagene i filen. Ingenting ble skrevet. Velg en annen fil for '{output}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/destinations.py" line="211"/>
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
        <location filename="../processing/import_plans.py" line="225"/>
        <source>The file {path} chosen for &apos;{output}&apos; exists and is not a GeoPackage, so nothing was written into it. Choose another file name, or delete that file first if you no longer need it.</source>
        <translation>Filen {path} som er valgt for '{output}', finnes fra før og er ikke en GeoPackage-fil, så ingenting ble skrevet til den. Velg et annet filnavn, eller slett filen først hvis du ikke trenger den lenger.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="230"/>
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
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="122"/>
        <source>corridor exit</source>
        <translation>avkjøring fra korridor</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>sensitive buildings</source>
        <translation>sårbare bygninger</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>protected area</source>
        <translation>verneområde</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>hazard zone</source>
        <translation>faresone</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="158"/>
        <source>exclusion layer</source>
        <translation>utelukkingslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="122"/>
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
        <location filename="../energistasjon_plugin/core/criteria/zoning.py" line="102"/>
        <source>{zoning}: {zoning_class}</source>
        <translation>{zoning}: {zoning_class}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/corridor.py" line="64"/>
        <source>{d} to the {road} exit &gt; {limit}</source>
        <translation>{d} til avkjøringen fra {road} &gt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="70"/>
        <source>sensitive building {d} away &lt; {limit}</source>
        <translation>sårbar bygning {d} unna &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/grid.py" line="81"/>
        <source>{mw} MW free grid capacity &lt; {limit}</source>
        <translation>{mw} MW ledig nettkapasitet &lt; {limit}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="124"/>
        <source>{rule} not checked: no {layer} given</source>
        <translation>{rule} ikke kontrollert: mangler {layer}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/explain.py" line="126"/>
        <source>{rule} not checked: the site is outside the data</source>
        <translation>{rule} ikke kontrollert: tomta ligger utenfor dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="200"/>
        <source>not checked: {rules}</source>
        <translation>ikke kontrollert: {rules}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/criteria/safety.py" line="75"/>
        <source>{profile}: the distance to sensitive buildings is a screening assumption; DSB sets no fixed safety distances (a risk analysis decides).</source>
        <translation>{profile}: avstanden til sårbare bygninger er en antakelse for grovsiling; DSB fastsetter ingen faste sikkerhetsavstander (en risikoanalyse avgjør).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="131"/>
        <source>The output is a Shapefile: its field names are cut to 10 characters and its texts to 254 bytes. Choose a GeoPackage (.gpkg) to keep every field and explanation whole.</source>
        <translation>Resultatet er en Shapefile: feltnavnene kuttes til 10 tegn og tekstene til 254 byte. Velg GeoPackage (.gpkg) for å beholde alle felt og forklaringer hele.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="178"/>
        <source>Written as a Shapefile, so: {losses}.</source>
        <translation>Skrevet som Shapefile, derfor: {losses}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/bridge/styles.py" line="47"/>
        <source>Energistasjon scores: {type}</source>
        <translation>Energistasjon-poeng: {type}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/scoring.py" line="198"/>
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
        <location filename="../energistasjon_plugin/core/casework.py" line="131"/>
        <source>Checklist: {title}</source>
        <translation>Sjekkliste: {title}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/casework.py" line="133"/>
        <source>Station profile: {name}</source>
        <translation>Stasjonsprofil: {name}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="387"/>
        <source>Applies only to {types}.</source>
        <translation>Gjelder bare {types}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/checklist.py" line="388"/>
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
        <location filename="../energistasjon_plugin/core/report.py" line="316"/>
        <source>The case officer has written no notes for this case.</source>
        <translation>Saksbehandleren har ikke skrevet merknader i denne saken.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="317"/>
        <source>The case officer&apos;s notes</source>
        <translation>Saksbehandlerens merknader</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="350"/>
        <source>No notes on the data.</source>
        <translation>Ingen merknader om dataene.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="351"/>
        <source>Notes on the data</source>
        <translation>Merknader om dataene</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/report.py" line="479"/>
        <source>Norwegian time</source>
        <translation>norsk tid</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/answers_table.py" line="248"/>
        <source>Note (what the answer rests on; Enter for a new line)</source>
        <translation>Merknad (hva svaret bygger på; Enter gir ny linje)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="66"/>
        <source>sought</source>
        <translation>søkes</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/application_form.py" line="68"/>
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
        <location filename="../energistasjon_plugin/gui/context_form.py" line="77"/>
        <source>a one-band raster named like an elevation model</source>
        <translation>et rasterlag med ett bånd og navn som en høydemodell</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="78"/>
        <source>the only kind of layer an elevation model can be (a one-band raster)</source>
        <translation>den eneste typen lag en høydemodell kan være (et rasterlag med ett bånd)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="91"/>
        <source>the layer has the field &apos;{field}&apos;</source>
        <translation>laget har feltet '{field}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="92"/>
        <source>the layer&apos;s name says so</source>
        <translation>navnet på laget sier det</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="140"/>
        <source>Context layers</source>
        <translation>Grunnlagslag</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="226"/>
        <source>Chosen from the project: {why}. Choose another layer, or none, if it is not the right one.</source>
        <translation>Valgt fra prosjektet: {why}. Velg et annet lag, eller ingen, hvis det ikke er det riktige.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/gui/context_form.py" line="244"/>
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
        <location filename="../energistasjon_plugin/core/output_fields.py" line="20"/>
        <source>Battery</source>
        <translation>Batteri</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="20"/>
        <source>Biogas</source>
        <translation>Biogass</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="26"/>
        <source>score (0-100)</source>
        <translation>poeng (0-100)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="27"/>
        <source>rank</source>
        <translation>rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="28"/>
        <source>explanation</source>
        <translation>forklaring</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="121"/>
        <source>excluded</source>
        <translation>utelukket</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="30"/>
        <source>reasons for exclusion</source>
        <translation>grunner til utelukkelse</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="31"/>
        <source>rules failed (ids)</source>
        <translation>regler som ikke er oppfylt (id)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="32"/>
        <source>not checked</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="33"/>
        <source>share of the weight known (0-1)</source>
        <translation>andel av vekten som er kjent (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="34"/>
        <source>station profile</source>
        <translation>stasjonsprofil</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="39"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="39"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="39"/>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="39"/>
        <source>vehicles/day</source>
        <translation>kjøretøy/døgn</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="73"/>
        <source>{criterion}, sub-score (0-1)</source>
        <translation>{criterion}, delpoeng (0-1)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="78"/>
        <source>{criterion} ({unit})</source>
        <translation>{criterion} ({unit})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/output_fields.py" line="82"/>
        <source>{station}: {what}</source>
        <translation>{station}: {what}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/reranking.py" line="52"/>
        <source>The layer &apos;{table}&apos; has no fields {fields}; use the output of &apos;Score candidate sites&apos; for this station type.</source>
        <translation>Laget '{table}' har ikke feltene {fields}; bruk resultatet fra 'Poengsett aktuelle tomter' for denne stasjonstypen.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="85"/>
        <source>all sites</source>
        <translation>alle tomter</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="86"/>
        <source>row {n}</source>
        <translation>rad {n}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="106"/>
        <source>{rank}. {site} ({score})</source>
        <translation>{rank}. {site} ({score})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="120"/>
        <source>{rule} {n} (only this rule: {alone})</source>
        <translation>{rule} {n} (bare denne regelen: {alone})</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="123"/>
        <source>{station}: sites excluded by each rule: {rules}.</source>
        <translation>{station}: tomter utelukket av hver regel: {rules}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="126"/>
        <source>{station}, {area}: {sites} sites, {passed} pass the rules, {ranked} ranked</source>
        <translation>{station}, {area}: {sites} tomter, {passed} oppfyller reglene, {ranked} rangert</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/run_summary.py" line="130"/>
        <source>; best: {sites}</source>
        <translation>; best: {sites}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="98"/>
        <source>Rank</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="99"/>
        <source>Share of runs in the top {k}</source>
        <translation>Andel kjøringer blant de {k} beste</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="100"/>
        <source>Share of runs ranked</source>
        <translation>Andel kjøringer med rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="101"/>
        <source>Median rank</source>
        <translation>Median rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="102"/>
        <source>Rank, best 5 %</source>
        <translation>Rangering, beste 5 %</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="103"/>
        <source>Rank, worst 5 %</source>
        <translation>Rangering, dårligste 5 %</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="104"/>
        <source>Best rank</source>
        <translation>Beste rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="105"/>
        <source>Worst rank</source>
        <translation>Dårligste rangering</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="106"/>
        <source>Rank depends most on the weight of</source>
        <translation>Rangeringen avhenger mest av vekten på</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="107"/>
        <source>Rank correlation with that weight</source>
        <translation>Rangkorrelasjon med den vekten</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="114"/>
        <source>The share by which weights vary must be 0 or more, not {share}.</source>
        <translation>Andelen vektene varierer med, må være 0 eller mer, ikke {share}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="135"/>
        <source>Give a low and a high weight for each of the {n} factors ({factors}).</source>
        <translation>Gi en lav og en høy vekt for hver av de {n} faktorene ({factors}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="139"/>
        <source>The weight range of {factors} is not usable: it needs 0 &lt;= low &lt;= high.</source>
        <translation>Vektspennet for {factors} kan ikke brukes: det må være 0 &lt;= lav &lt;= høy.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="142"/>
        <source>Every factor&apos;s highest weight is 0; give at least one factor a weight.</source>
        <translation>Høyeste vekt er 0 for alle faktorer; gi minst én faktor en vekt.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="149"/>
        <source>The profile &apos;{profile}&apos; has no grid capacity factor to vary.</source>
        <translation>Profilen '{profile}' har ingen nettkapasitetsfaktor som kan varieres.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="192"/>
        <source>A sensitivity analysis needs at least 2 runs and a top of at least 1.</source>
        <translation>En følsomhetsanalyse trenger minst 2 kjøringer og en topp på minst 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="194"/>
        <source>The share by which grid capacity varies must be at least 0 and below 1, not {share}.</source>
        <translation>Andelen nettkapasiteten varierer med, må være minst 0 og under 1, ikke {share}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="212"/>
        <source>{runs} runs (seed {seed}); each factor&apos;s weight drawn uniformly in its range and scaled to sum to 1.</source>
        <translation>{runs} kjøringer (frø {seed}); hver faktors vekt er trukket jevnt innenfor sitt spenn og skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/sensitivity.py" line="215"/>
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
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="126"/>
        <source>unknown factor &apos;{factor}&apos;; the profile &apos;{profile}&apos; has the factors {known}</source>
        <translation>ukjent faktor '{factor}'; profilen '{profile}' har faktorene {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="129"/>
        <source>the weight of &apos;{factor}&apos; must be a number of 0 or more, not &apos;{value}&apos;</source>
        <translation>vekten for '{factor}' må være et tall på 0 eller mer, ikke '{value}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="134"/>
        <source>no weight for {factors}; give every factor of the profile &apos;{profile}&apos; a weight (0 leaves a factor out)</source>
        <translation>ingen vekt for {factors}; gi hver faktor i profilen '{profile}' en vekt (0 utelater en faktor)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="160"/>
        <source>The weights of &apos;{name}&apos; summed to {total}; they were scaled to sum to 1.</source>
        <translation>Vektene i '{name}' summerte seg til {total}; de er skalert slik at summen blir 1.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="188"/>
        <source>Unknown weighting method &apos;{method}&apos;; use one of {known}.</source>
        <translation>Ukjent vektingsmetode '{method}'; bruk en av {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="192"/>
        <source>The weights &apos;{name}&apos; cannot be used: {problems}.</source>
        <translation>Vektene '{name}' kan ikke brukes: {problems}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="227"/>
        <source>The comparisons name the unknown factors {factors}; the profile &apos;{profile}&apos; has the factors {known}.</source>
        <translation>Sammenligningene nevner de ukjente faktorene {factors}; profilen '{profile}' har faktorene {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="245"/>
        <source>The weight set &apos;{name}&apos; is for the profile &apos;{other}&apos;, not &apos;{profile}&apos;.</source>
        <translation>Vektsettet '{name}' gjelder profilen '{other}', ikke '{profile}'.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="249"/>
        <source>The weight set &apos;{name}&apos; does not fit the profile &apos;{profile}&apos;: {problems}.</source>
        <translation>Vektsettet '{name}' passer ikke til profilen '{profile}': {problems}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_sets.py" line="261"/>
        <source>Profile &apos;{profile}&apos; scored with the weight set {label}: {weights}.</source>
        <translation>Profilen '{profile}' er vurdert med vektsettet {label}: {weights}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="64"/>
        <source>The weight set {file} has problems ({n}); fix them and load it again:</source>
        <translation>Vektsettet {file} har feil ({n}); rett dem og les det inn igjen:</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="71"/>
        <source>must be one of {known}</source>
        <translation>må være en av {known}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="74"/>
        <source>must be text</source>
        <translation>må være tekst</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="77"/>
        <source>the weights are for the profile &apos;{other}&apos;, not &apos;{profile}&apos;</source>
        <translation>vektene gjelder profilen '{other}', ikke '{profile}'</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="88"/>
        <source>needs a mapping of factor id: weight</source>
        <translation>trenger en liste med faktor-id: vekt</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="116"/>
        <source>must be a date written as 2026-11-12</source>
        <translation>må være en dato skrevet som 2026-11-12</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="133"/>
        <source>needs &apos;factors&apos; (the factor ids of the rows) and &apos;matrix&apos; (one row per factor) for the method ahp</source>
        <translation>trenger 'factors' (faktor-id-ene til radene) og 'matrix' (én rad per faktor) for metoden ahp</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="159"/>
        <source>the weights of {factors} differ from those the comparisons give; remove &apos;weights&apos; (they are computed from the comparisons) or correct them</source>
        <translation>vektene for {factors} avviker fra dem sammenligningene gir; fjern 'weights' (de beregnes fra sammenligningene) eller rett dem</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="171"/>
        <source>needs &apos;statistic&apos; (mean or median) and &apos;from&apos; (the names of the sets combined)</source>
        <translation>trenger 'statistic' (mean eller median) og 'from' (navnene på settene som er slått sammen)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="258"/>
        <source>Cannot write the weight set to {file}: {error}</source>
        <translation>Kan ikke skrive vektsettet til {file}: {error}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="279"/>
        <source>The table &apos;{table}&apos; needs a column with each participant&apos;s name ({names}).</source>
        <translation>Tabellen '{table}' trenger en kolonne med navnet på hver deltaker ({names}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="289"/>
        <source>The table &apos;{table}&apos; has the column &apos;{column}&apos;, which is not a factor; the profile &apos;{profile}&apos; has the factors {known}.</source>
        <translation>Tabellen '{table}' har kolonnen '{column}', som ikke er en faktor; profilen '{profile}' har faktorene {known}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="295"/>
        <source>The table &apos;{table}&apos; has no column for {factors}; give every factor of the profile &apos;{profile}&apos; a column (0 leaves a factor out).</source>
        <translation>Tabellen '{table}' har ingen kolonne for {factors}; gi hver faktor i profilen '{profile}' en kolonne (0 utelater en faktor).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/weight_files.py" line="302"/>
        <source>The table &apos;{table}&apos;, row {row} (&apos;{name}&apos;), column &apos;{column}&apos;: &apos;{value}&apos; is not a weight (a number of 0 or more).</source>
        <translation>Tabellen '{table}', rad {row} ('{name}'), kolonne '{column}': '{value}' er ikke en vekt (et tall på 0 eller mer).</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="98"/>
        <source>Run summary (rules and municipalities)</source>
        <translation>Oppsummering av kjøringen (regler og kommuner)</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="180"/>
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
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="239"/>
        <source>Name at least one corridor, e.g. E6, E18.</source>
        <translation>Oppgi minst én korridor, f.eks. E6, E18.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="245"/>
        <source>The station layer has no station type; it is needed to keep only {types} stations.</source>
        <translation>Stasjonslaget har ingen stasjonstype; den trengs for å beholde bare {types}-stasjoner.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="250"/>
        <source>The site layer has no fields {fields}.</source>
        <translation>Tomtelaget har ikke feltene {fields}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="272"/>
        <source>{corridor} ({length} km): fewer than two stations within reach and the corridor ends do not count; nothing to measure.</source>
        <translation>{corridor} ({length} km): færre enn to stasjoner innenfor rekkevidde, og korridorens ender teller ikke; ingenting å måle.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="308"/>
        <source>the corridor&apos;s end</source>
        <translation>korridorens ende</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="389"/>
        <source>{corridor}, branch {part}</source>
        <translation>{corridor}, avgreining {part}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="391"/>
        <source>{corridor} km {start}-{end}: {length} km from {a} to {b}, more than the spacing of {spacing} km</source>
        <translation>{corridor} km {start}-{end}: {length} km fra {a} til {b}, mer enn avstandskravet på {spacing} km</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="395"/>
        <source>one new station between km {a} and km {b} closes it</source>
        <translation>én ny stasjon mellom km {a} og km {b} lukker det</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/corridor_gaps.py" line="398"/>
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
        <location filename="../scripts/render_styles_preview.py" line="167"/>
        <source>{region}: {profile}, {scale}</source>
        <translation>{region}: {profile}, {scale}</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="231"/>
        <source>{n} land-use polygons of &apos;{layer}&apos; belong to a {other} ({types}): not used as {level} land use.</source>
        <translation>{n} arealformålspolygoner i '{layer}' hører til en {other} ({types}): brukes ikke som arealformål i {level}.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="221"/>
        <source>{n} polygons of &apos;{layer}&apos; have no land-use code (plan boundaries, hensynssoner): not used as land use.</source>
        <translation>{n} polygoner i '{layer}' har ingen arealformålskode (plangrenser, hensynssoner): brukes ikke som arealformål.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/zoning/plan_layers.py" line="224"/>
        <source>Object types left out: {types}.</source>
        <translation>Objekttyper som er utelatt: {types}.</translation>
    </message>
    <message>
        <location filename="../scripts/make_styles.py" line="321"/>
        <source>Rank (1 = best)</source>
        <translation>Rangering (1 = best)</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="115"/>
        <source>&apos;{source}&apos;: {n} features ({types}); CRS {crs}; {land} land-use polygons, {zones} hensynssoner, {areas} plan areas.</source>
        <translation>'{source}': {n} objekter ({types}); koordinatsystem {crs}; {land} arealformålspolygoner, {zones} hensynssoner, {areas} planområder.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="125"/>
        <source>&apos;{source}&apos;: {n} land-use codes are in no official SOSI code list (for example {examples}).</source>
        <translation>'{source}': {n} arealformålskoder står ikke i noen offisiell SOSI-kodeliste (for eksempel {examples}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="129"/>
        <source>&apos;{source}&apos;: {n} hensynssone codes do not belong to their zone&apos;s category (for example {examples}).</source>
        <translation>'{source}': {n} hensynssonekoder hører ikke til sonens kategori (for eksempel {examples}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="169"/>
        <source>they look like metres in UTM (EUREF89 UTM zone 32, 33 or 35: EPSG:25832, EPSG:25833 or EPSG:25835), not longitude and latitude. A GeoJSON file without a &apos;crs&apos; member counts as WGS84; DiBK&apos;s plan services give the EPSG beside the features instead.</source>
        <translation>de ser ut som meter i UTM (EUREF89 UTM sone 32, 33 eller 35: EPSG:25832, EPSG:25833 eller EPSG:25835), ikke lengde- og breddegrad. En GeoJSON-fil uten 'crs'-element regnes som WGS84; DiBKs plantjenester oppgir EPSG-koden ved siden av objektene i stedet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="173"/>
        <source>they are not longitude and latitude in degrees.</source>
        <translation>de er ikke lengde- og breddegrad i grader.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="175"/>
        <source>latitude and longitude seem to be swapped (latitude written first).</source>
        <translation>bredde- og lengdegrad ser ut til å være byttet om (breddegraden står først).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="179"/>
        <source>they lie far from Norway (longitude {lon}, latitude {lat}).</source>
        <translation>de ligger langt fra Norge (lengdegrad {lon}, breddegrad {lat}).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="191"/>
        <source>they look like longitude and latitude in degrees (WGS84, EPSG:4326), not metres.</source>
        <translation>de ser ut som lengde- og breddegrad i grader (WGS84, EPSG:4326), ikke meter.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="193"/>
        <source>they lie far from Norway in that CRS.</source>
        <translation>de ligger langt fra Norge i det koordinatsystemet.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="194"/>
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
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="305"/>
        <source>&apos;{file}&apos; states no CRS: read as WGS84 longitude/latitude (EPSG:4326), as GeoJSON prescribes.</source>
        <translation>'{file}' oppgir ikke koordinatsystem: lest som WGS84 lengde-/breddegrad (EPSG:4326), slik GeoJSON foreskriver.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="362"/>
        <source>&apos;{source}&apos; does not say which coordinate reference system it is in; give its CRS (for example EPSG:25833).</source>
        <translation>'{source}' sier ikke hvilket koordinatsystem den er i; oppgi koordinatsystemet (for eksempel EPSG:25833).</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="365"/>
        <source>&apos;{source}&apos; states {crs}; the CRS given ({given}) is only for files that state none.</source>
        <translation>'{source}' oppgir {crs}; koordinatsystemet som ble gitt ({given}), gjelder bare filer som ikke oppgir noe.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="384"/>
        <source>&apos;{source}&apos;: {n} polygons are neither land use, hensynssone nor plan area ({types}): not imported.</source>
        <translation>'{source}': {n} polygoner er verken arealformål, hensynssone eller planområde ({types}): ikke importert.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="388"/>
        <source>&apos;{source}&apos;: {n} land-use polygons have no readable code.</source>
        <translation>'{source}': {n} arealformålspolygoner har ingen lesbar kode.</translation>
    </message>
    <message>
        <location filename="../energistasjon_plugin/core/readers/plan_files.py" line="391"/>
        <source>&apos;{source}&apos;: {n} hensynssoner have no readable code.</source>
        <translation>'{source}': {n} hensynssoner har ingen lesbar kode.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="39"/>
        <source>Land use (arealformål)</source>
        <translation>Arealformål</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="39"/>
        <source>Hensynssoner</source>
        <translation>Hensynssoner</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="40"/>
        <source>Plan areas (plan boundaries)</source>
        <translation>Planområder (plangrenser)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="59"/>
        <source>Import plan data</source>
        <translation>Importer plandata</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="62"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="68"/>
        <source>Reads plan data as municipalities and the plan register deliver it and writes one GeoPackage with three layers: 'arealformal' (land use: RpArealformålOmråde, KpArealformålOmråde and the pbl-1985 RbFormålOmråde and KpArealbrukOmråde, with code, plan id, status and dates), 'hensynssoner' (every hensynssone with its code and category: fare, angittHensyn, støy, sikring, infrastruktur, båndlegging, gjennomføring, detaljering) and 'planomrader' (RpOmråde/KpOmråde: plan id, name, status, dates).

Files: SOSI Plan 5.0 GML (reguleringsplan and kommuneplan; arcs are made linear, heights dropped), GeoJSON (also as DiBK's plan services give it, with the EPSG beside the features), GeoPackage, Shapefile. Layers: any plan layer open in QGIS, also from a WFS. The object type is read from a field such as objekttypenavn or objtype, or from the layer's name.

The CRS comes from the file; give one below for files that state none. All layers are written in the CRS of the first input. The log says, per input, the features read by object type, the CRS and the codes that are in no official list.

Give the 'arealformal' layer as the reguleringsplan or kommuneplan layer and 'hensynssoner' as the hazard zones when scoring sites or checking an application.</source>
        <translation>Leser plandata slik kommunene og planregisteret leverer dem, og skriver én GeoPackage med tre lag: 'arealformal' (arealformål: RpArealformålOmråde, KpArealformålOmråde og pbl-1985-typene RbFormålOmråde og KpArealbrukOmråde, med kode, plan-ID, status og datoer), 'hensynssoner' (alle hensynssoner med kode og kategori: fare, angittHensyn, støy, sikring, infrastruktur, båndlegging, gjennomføring, detaljering) og 'planomrader' (RpOmråde/KpOmråde: plan-ID, navn, status, datoer).

Filer: SOSI Plan 5.0 GML (reguleringsplan og kommuneplan; buer gjøres om til rette linjestykker, høyder utelates), GeoJSON (også slik DiBKs plantjenester leverer den, med EPSG-koden ved siden av objektene), GeoPackage, Shapefile. Lag: ethvert planlag som er åpent i QGIS, også fra en WFS. Objekttypen leses fra et felt som objekttypenavn eller objtype, eller fra lagets navn.

Koordinatsystemet hentes fra filen; oppgi et nedenfor for filer som ikke oppgir noe. Alle lag skrives i koordinatsystemet til den første inndataen. Loggen sier, for hver inndata, hvor mange objekter som ble lest per objekttype, koordinatsystemet og kodene som ikke står i noen offisiell liste.

Bruk laget 'arealformal' som reguleringsplan- eller kommuneplanlag og 'hensynssoner' som faresoner når du vurderer tomter eller kontrollerer en søknad.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="86"/>
        <source>Plan files (GML, GeoJSON, GeoPackage, Shapefile)</source>
        <translation>Planfiler (GML, GeoJSON, GeoPackage, Shapefile)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="89"/>
        <source>Plan layers (open in QGIS, also WFS)</source>
        <translation>Planlag (åpne i QGIS, også WFS)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="92"/>
        <source>CRS of files that state none</source>
        <translation>Koordinatsystem for filer som ikke oppgir noe</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="93"/>
        <source>Plan data (GeoPackage)</source>
        <translation>Plandata (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="143"/>
        <source>Give at least one plan file or plan layer to import.</source>
        <translation>Oppgi minst én planfil eller ett planlag som skal importeres.</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="164"/>
        <source>Reading {file}...</source>
        <translation>Leser {file} ...</translation>
    </message>
    <message>
        <location filename="../processing/import_plans.py" line="216"/>
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
        <location filename="../processing/score_sites.py" line="86"/>
        <source>Own station profile (YAML)</source>
        <translation>Egen stasjonsprofil (YAML)</translation>
    </message>
    <message>
        <location filename="../processing/context_parameters.py" line="92"/>
        <source>The language of what the run writes and says: explanations, field names in words, reports, the log and its messages. QGIS&apos;s own language by default.</source>
        <translation>Språket i det kjøringen skriver og sier: forklaringer, feltnavn i ord, rapporter, loggen og meldingene. Som standard språket QGIS kjører på.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="74"/>
        <source>The sites to score: parcels (Matrikkelen&apos;s teig), plan areas or polygons you drew, in a projected CRS such as EPSG:25833. Their own fields are kept in the output; a field such as tomt_id or gnr/bnr names the sites, and kommunenavn or kommunenummer groups the summary by municipality. With &apos;Selected features only&apos;, only the selected sites are scored.</source>
        <translation>Tomtene som skal vurderes: eiendommer (teig fra Matrikkelen), planområder eller polygoner du har tegnet, i et projisert koordinatsystem som EPSG:25833. Feltene deres tas med i resultatet; et felt som tomt_id eller gnr/bnr navngir tomtene, og kommunenavn eller kommunenummer grupperer oppsummeringen per kommune. Med «Bare valgte objekter» vurderes bare de valgte tomtene.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="80"/>
        <source>Each station type is scored with its own profile (rules, weights and their sources) and gets its own fields in the output: h2_ hydrogen, bat_ battery-electric charging, bio_ biogas.</source>
        <translation>Hver stasjonstype vurderes med sin egen profil (regler, vekter og kildene deres) og får egne felt i resultatet: h2_ hydrogen, bat_ batterielektrisk lading, bio_ biogass.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="86"/>
        <source>A station profile of your own (YAML; the format is in resources/profiles/README.md) that replaces the bundled profile of the same station type: your rules, weights and parameters, each with its source or labelled as a setting.</source>
        <translation>En egen stasjonsprofil (YAML; formatet står i resources/profiles/README.md) som erstatter den medfølgende profilen for samme stasjonstype: dine regler, vekter og parametere, hver med sin kilde eller merket som innstilling.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="93"/>
        <source>Where the scored sites go. A GeoPackage keeps every field whole and carries one style per station type; written into an existing GeoPackage, only this layer is replaced and the others stay. An input&apos;s own file cannot be the output. A cancelled or failed run leaves no output.</source>
        <translation>Hvor de vurderte tomtene skal lagres. En GeoPackage-fil beholder alle felt hele og får én stil per stasjonstype; skrives resultatet til en eksisterende GeoPackage-fil, erstattes bare dette laget, og de andre blir stående. Filen til et inndatalag kan ikke være resultatet. En avbrutt eller mislykket kjøring etterlater ikke noe resultat.</translation>
    </message>
    <message>
        <location filename="../processing/score_sites.py" line="98"/>
        <source>A table of how many sites each rule excluded (and excluded on its own) and, per municipality, how many sites pass and which are best.</source>
        <translation>En tabell over hvor mange tomter hver regel utelukket (og utelukket alene) og, per kommune, hvor mange tomter som oppfyller reglene og hvilke som er best.</translation>
    </message>
</context>
</TS>
