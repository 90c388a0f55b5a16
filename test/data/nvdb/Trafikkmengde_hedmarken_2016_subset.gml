<?xml version="1.0" encoding="UTF-8"?>
<gml:FeatureCollection xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:gts="http://www.isotc211.org/2005/gts" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gsr="http://www.isotc211.org/2005/gsr" xmlns:gss="http://www.isotc211.org/2005/gss" xmlns:nvdb="https://raw.githubusercontent.com/jetgeo/NVDBGML/master/XSD/DOK/" xmlns:sc="http://www.interactive-instruments.de/ShapeChange/AppInfo" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="id669d736d-85a6-47ed-bf02-f12cd2640e9a" xsi:schemaLocation="https://raw.githubusercontent.com/jetgeo/NVDBGML/master/XSD/DOK https://raw.githubusercontent.com/jetgeo/NVDBGML/master/XSD/DOK/DOK.xsd">
	<gml:boundedBy>
		<gml:Envelope srsName="EPSG:25833" srsDimension="2">
			<gml:lowerCorner>288477.449951172 6723638.44970703</gml:lowerCorner>
			<gml:upperCorner>301867.846755713 6745556.8</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87883425">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87883425</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>10</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>211</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>2163</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>2193</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>211</nvdb:vegnummer>
					<nvdb:hovedParsell>2</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>0</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>1505</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>900</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>10</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>900</nvdb:ådtStart>
			<nvdb:ådtSlutt>900</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87883425-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>295018.5 6739950.41 295023.7 6739952.2 295028.9 6739954 295037.7 6739955.8 295047.1 6739958.41 295064.2 6739962.09 295078.5 6739965.3 295092.3 6739969.3 295106.4 6739974 295114.7 6739976 295129 6739980 295143 6739984.5 295157.2 6739989 295167.5 6739993.59 295180.8 6740000 295189.3 6740003.5 295194.4 6740005.91 295207.3 6740012.09 295220.2 6740018.59 295230.1 6740024.7 295243.5 6740033 295255.3 6740039.41 295263.1 6740043.41 295277.5 6740051.91 295288.6 6740057.91 295300.8 6740065.8 295311.9 6740072.2 295324.5 6740078.91 295332.7 6740083.3 295344.2 6740090.8 295356.7 6740098 295366.3 6740103.7 295372.9 6740107.3 295385.9 6740113.8 295392.8 6740118.2 295399.2 6740121.5 295406.1 6740125 295419.4 6740131.5 295432.2 6740138.41 295445.6 6740144.91 295459.3 6740150.91 295472.7 6740157.2 295485.8 6740164 295494.7 6740167.59 295507.2 6740172.5 295517.7 6740176.91 295531.2 6740182.3 295544.2 6740188.59 295557.7 6740194.5 295571.2 6740200.59 295584.2 6740206.7 295597.2 6740212.91 295609.3 6740217.8 295622.6 6740223.59 295636 6740229.91 295643.9 6740233.91 295655 6740239 295668 6740245.8 295678.8 6740249.09 295692.8 6740254 295707.3 6740257.7 295721.1 6740261.8 295726.1 6740263.41 295737.2 6740266.41 295743.8 6740268.59 295750.7 6740270 295764.2 6740273.91 295778.4 6740279.59 295788.5 6740284.41 295800.6 6740292.91 295812.5 6740301.41 295820 6740309.3 295825.8 6740316.3 295834.4 6740326.3 295844.1 6740337.5 295852.8 6740347.09 295862.4 6740358 295871.6 6740369.2 295881.6 6740380.41 295890.8 6740391.8 295896.2 6740398.3 295899.7 6740402.5 295903.4 6740407.3 295912.9 6740418 295920 6740428.59 295926.6 6740437.3 295933.8 6740447.7 295939.9 6740460.8 295944.7 6740474.8 295948.8 6740489.09 295952.4 6740503.41 295955.5 6740517.91 295959.7 6740531.5 295963.5 6740545.7 295966.8 6740553.91 295972.6 6740566.8 295979.2 6740580.3 295984.7 6740589.09 295990 6740598.7 295994 6740605.09 295996.8 6740609.59 296003 6740622.59 296009.8 6740635.5 296016.8 6740648.7 296023.9 6740660.09 296030.7 6740672.8 296037.8 6740685.5 296056.1 6740710.7 296059.4 6740714.91 296069.5 6740725.59 296074.1 6740731.41 296079 6740736.91 296087.2 6740747.91 296090.7 6740755.2 296091.8 6740766 296092.5 6740780.2 296093.2 6740794.3 296093.4 6740808.91 296093.2 6740823.2 296093.7 6740837.91 296094.8 6740843.91 296095.5 6740849.09</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.272170132">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>272170132</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>7</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>76</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>32000</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>32573</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>50</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>30</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:ansvarligId>arnh</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2010</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>50</nvdb:ådtStart>
			<nvdb:ådtSlutt>50</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.272170132-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>296744.33996582 6734705.16015625 296737.295532227 6734680.73242188 296736.849975586 6734675.62988281 296736.109985352 6734665.65039063 296735.380004883 6734655.66992188 296735.16003418 6734652.53027344 296734.670043945 6734645.66992188 296733.959960938 6734635.6796875 296733.280029297 6734625.6796875 296732.630004883 6734615.6796875 296732 6734605.66015625 296731.400024414 6734595.65039063 296730.849975586 6734585.62011719 296730.329956055 6734575.58984375 296729.869995117 6734565.55957031 296729.449951172 6734555.51953125 296729.08996582 6734545.46972656 296728.790039063 6734535.41992188 296728.560058594 6734525.36035156 296728.390014648 6734515.29003906 296728.300048828 6734505.21972656 296728.290039063 6734495.15039063 296728.359985352 6734485.0703125 296728.510009766 6734475 296728.75 6734464.91992188 296729.069946289 6734454.84960938 296729.469970703 6734444.78027344 296729.959960937 6734434.71972656 296730.530029297 6734424.66015625 296731.189941406 6734414.59960938 296731.930053711 6734404.54980469 296732.75 6734394.50976563 296733.66003418 6734384.48046875 296734.650024414 6734374.45019531 296735.729980469 6734364.4296875 296736.890014648 6734354.41992188 296738.130004883 6734344.41992188 296738.58996582 6734340.8203125 296738.709960938 6734339.90039063 296739.420043945 6734334.62988281 296740.800048828 6734324.70996094 296741.329956055 6734320.91015625 296742.030029297 6734315.95996094 296742.199951172 6734314.79980469 296742.729980469 6734311.00976563 296743.560058594 6734304.91992188 296744.109985352 6734300.45019531 296744.689941406 6734295.04003906 296745.020019531 6734291.25 296745.280029297 6734287.48046875 296745.41003418 6734285.13964844 296745.630004883 6734275.23046875 296745.359985352 6734265.33984375 296744.989990234 6734259.6796875 296744.599975586 6734255.45019531 296744.290039063 6734252.65039063 296743.33996582 6734245.61035156 296741.58996582 6734235.86035156 296739.359985352 6734226.20019531 296736.650024414 6734216.66992188 296732.550048828 6734204.84960938 296729.829956055 6734198.04980469 296727.599975586 6734192.83984375 296725.849975586 6734188.91992188 296721.670043945 6734179.87011719 296719.109985352 6734174.45019531 296712.869995117 6734161.25 296711.25 6734157.26953125 296709.83996582 6734151.78027344 296709.520019531 6734149.51953125 296708.770019531 6734145.11035156 296707.780029297 6734140.25</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882407">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882407</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>10</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>1798</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>3138</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>6100</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>19</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>114.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>6100</nvdb:ådtStart>
			<nvdb:ådtSlutt>6100</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882407-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297338.053287078 6736899.33672479 297339 6736901.09 297344.5 6736910.8 297352.1 6736925.8 297358.7 6736936.8 297365.2 6736950.41 297371.9 6736962.5 297378.2 6736974.3 297384.9 6736986.8 297390.9 6736997.3 297397.5 6737009.7 297401.7 6737018.2 297406.6 6737026.91 297412.8 6737040 297420.4 6737052.7 297427.4 6737065.41 297433.8 6737077.91 297440.9 6737090.8 297445.9 6737101.91 297451.8 6737114 297458.2 6737125.5 297464.8 6737137.3 297469.9 6737146.41 297480.5 6737166.09 297485.6 6737175.8 297492.5 6737189.09 297501.2 6737204.59 297507.9 6737217.5 297513.7 6737227.91 297519.8 6737240.41 297526.6 6737253.3 297533.7 6737266.5 297540.2 6737279.59 297547.7 6737292.3 297554.8 6737304.59 297561.2 6737317.2 297567.6 6737330.59 297574.3 6737343.3 297581.4 6737356.3 297585 6737364.2 297593.8 6737380.2 297599.3 6737390.5 297605.6 6737402.2 297612 6737414.3 297618.7 6737427.2 297622.9 6737437 297629 6737447.7 297634.6 6737460.3 297640.8 6737473.8 297646.4 6737487.59 297650.5 6737496.2 297655.7 6737507.7 297660.7 6737519.7 297666.4 6737533.41 297672.3 6737547.3 297677.8 6737560 297683.2 6737573.8 297689.5 6737591.8 297693.1 6737603 297697.7 6737616.09 297701.1 6737628.41 297705.1 6737638.8 297710.2 6737654 297714.4 6737667.8 297719.3 6737682.5 297722.6 6737693.7 297725.1 6737704.3 297728.9 6737718.59 297732 6737732.7 297735.8 6737746.7 297738.7 6737760.3 297742.2 6737773.91 297745.8 6737788.09 297748.6 6737802.2 297751.9 6737816.5 297754.6 6737830.59 297756.9 6737844.8 297759.3 6737858.91 297761.8 6737873.41 297763.9 6737887.5 297765.6 6737900.8 297767.8 6737914.91 297769.8 6737929.41 297772.2 6737943.91 297774 6737958.09 297775.9 6737971.59 297777.6 6737985.59 297779.7 6738000.2 297781.8 6738015.09 297784.4 6738029.09 297786.5 6738043.3 297789.2 6738057.7 297792.2 6738072.2 297794.9 6738086.09 297798.1 6738103.3 297806.9 6738140.5</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.371054736">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>371054736</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>4</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>405</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>0</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>88</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>0</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>0</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:ansvarligId>arnh</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2012</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>0</nvdb:ådtStart>
			<nvdb:ådtSlutt>0</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.371054736-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297489.58203125 6723646.81811523 297490.551269531 6723650.00756836 297490.718505859 6723651.8046875 297490.566040039 6723654.61425781 297489.447753906 6723658.31420898 297488.501708984 6723660.10375977 297487.618041992 6723661.36621094 297485.810668945 6723663.11401367 297482.612426758 6723665.20385742 297480.640380859 6723665.89672852 297478.57421875 6723666.36767578 297476.686645508 6723666.45068359 297474.564331055 6723666.3293457 297470.901977539 6723665.20874023 297469.123779297 6723664.20092774 297467.463256836 6723662.96386719 297466.107177734 6723661.56591797 297464.910400391 6723659.93652344 297463.727783203 6723657.55859375 297463.312866211 6723656.47705078 297462.883178711 6723654.45361328 297462.735595703 6723652.99072266 297462.859985352 6723650.84619141 297462.977172852 6723649.84667969 297463.514648438 6723647.84838867 297464.311035156 6723645.95507813 297466.556274414 6723642.79150391 297468.120727539 6723641.42089844 297469.744018555 6723640.28833008 297471.57434082 6723639.44189453 297473.285644531 6723638.86181641 297475.222167969 6723638.54858398 297477.442504883 6723638.44970703 297479.416992188 6723638.71191406 297481.488891602 6723639.25952149 297483.176269531 6723640.02392578 297485.047729492 6723641.12988281 297486.439453125 6723642.36425781 297487.895874023 6723643.93237305 297489.58203125 6723646.81811523</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882856">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882856</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>70</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>21000</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>21044</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>375</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>11</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>66.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>375</nvdb:ådtStart>
			<nvdb:ådtSlutt>375</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882856-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297241.9 6736791.91 297247.2 6736791.2 297249.9 6736790.41 297254.5 6736788.8 297258.7 6736786.8 297263 6736783.7 297265.2 6736780.2 297266 6736777.41 297266.2 6736773.2 297266.1 6736769 297265.2 6736763.2</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87883445">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87883445</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>199</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>2640</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>2661</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>199</nvdb:vegnummer>
					<nvdb:hovedParsell>2</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>0</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>2145</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1200</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>10</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1200</nvdb:ådtStart>
			<nvdb:ådtSlutt>1200</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87883445-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>289354.8 6736659.5 289363.1 6736666.59 289366.5 6736668.91 289368 6736669.91 289369.9 6736670.91 289371.9 6736672.2 289379 6736675.8 289385 6736677.7 289398.9 6736682.09 289416 6736686.09 289430.1 6736690.41 289443.4 6736694.7 289451.4 6736696.8 289466.8 6736700.09 289476.1 6736703 289483.6 6736706 289495.8 6736709.91 289503.2 6736712.3 289516.3 6736718.3 289521.8 6736720.3 289528.3 6736724 289542.5 6736731 289555 6736737.3 289561.4 6736741 289574.6 6736747.91 289588 6736753.09 289602.2 6736757.91 289612.7 6736760.91 289613.3 6736761 289617.4 6736761.59 289627.5 6736764 289644.4 6736768.09 289658.3 6736770.2 289674 6736771.8 289683.7 6736772.91 289696.9 6736774.7 289712.8 6736776.5 289724.7 6736778.3 289732.1 6736779.09 289747 6736780.7 289762.3 6736782.41 289775.9 6736784.5 289791.6 6736786.09 289804.6 6736787.3 289819.7 6736789.41 289829.3 6736791.09 289842 6736792.2 289867.3 6736795.41 289876 6736796.8 289885.8 6736797.2 289900 6736799 289904.2 6736799.7 289914.4 6736801 289929.3 6736802.5 289943.5 6736804.41 289955.2 6736806 289969.5 6736807.5 289984.2 6736810 289998.4 6736812.5 290003.5 6736813.7 290012.9 6736815.91 290027.1 6736819.8 290034.6 6736822.3 290048.6 6736827 290062.4 6736830.91 290068.7 6736832.8 290082.3 6736838.41 290094.2 6736841.8 290109.900024414 6736847.79980469 290123.799987793 6736852.70019531 290132.5 6736855.20019531 290145 6736859.29980469 290148.799987793 6736860.58984375 290158 6736863.79980469 290165 6736866.41015625 290179 6736871.20019531 290192.799987793 6736876.91015625 290201 6736879.5 290213.400024414 6736883.70019531 290225.5 6736889.29980469 290236.599975586 6736893.29980469 290251.5 6736899.70019531 290269.427124023 6736910.41894531 290278.900024414 6736915.29980469 290293.5 6736925.20019531 290300.700012207 6736930 290308.900024414 6736935.91015625 290313.900024414 6736938.70019531 290317.099975586 6736941.08984375 290330.7 6736949.7 290338.9 6736955.7 290353.3 6736963.3 290365.7 6736968.59 290377.7 6736972.59 290390.3 6736976.7 290399 6736980.41 290409.7 6736983.59 290423.5 6736987.91 290435.6 6736991.91 290449.3 6736996.09 290460.1 6736999.2 290467.7 6737001.41 290481.9 6737006.5 290497 6737011.59 290512.6 6737016.7 290522.4 6737020.8 290529.5 6737023.91 290541.4 6737031.09 290553.9 6737038.8 290565.5 6737046.41 290571.5 6737051.2 290577 6737054.91 290586.5 6737062.09 290602.899993896 6737074.70019531 290614.799987793 6737082.20019531 290621.100006104 6737087 290624.5 6737089.20019531 290636.399993897 6737097.70019531 290643.600006104 6737102.58984375 290652.799987793 6737109.20019531 290664.600006104 6737117.41015625 290669.299987793 6737121.29980469 290675.799987793 6737126.41015625 290687.899993897 6737135.08984375 290699.200012207 6737144.41015625 290704.299987793 6737148.20019531 290711.299987793 6737154.91015625 290721.399993896 6737162.79980469 290728.899993896 6737168.79980469 290739 6737179.08984375 290749.100006104 6737189.41015625 290757.600006104 6737196.91015625 290764.5 6737203.58984375 290773.199996948 6737214.20019531 290777.100006104 6737217.41015625 290780.300003052 6737220.41015625 290792.600006104 6737231.91015625 290804.600006104 6737244.58984375 290812.5 6737251.5 290822.399993896 6737260.08984375 290834.199996948 6737268.70019531 290844.388092041 6737273.87304688 290867 6737283.41015625 290878.099998474 6737285.29980469 290891.900001526 6737286.08984375 290905.900001526 6737286.08984375 290920.599998474 6737284.20019531 290925.199996948 6737283.08984375 290929.6 6737282.3 290933.3 6737280.59 290947.6 6737278.2 290959.4 6737275.09 290974 6737271.8 290988 6737268.41 291001.9 6737265.2 291015.9 6737260.5 291029.5 6737255.91 291043.3 6737250.7 291054.5 6737245.59 291065.1 6737240.3 291074.8 6737236.59 291088.5 6737230.41 291101.4 6737223.91 291110.4 6737220.2 291123.8 6737213.91 291137.1 6737208.3 291150.1 6737201.5 291163.2 6737195.2 291176.8 6737189.91 291190.2 6737183.41 291204.2 6737178.09 291218.4 6737173.59 291225.7 6737171.5 291240.1 6737167.91 291255.9 6737163.91 291268.9 6737160.09 291283.3 6737156.59 291297.3 6737152.8 291305.8 6737150.8 291320.1 6737147 291332.535712083 6737143.37137058</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.207064405">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>207064405</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>9</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>599</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>1263</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>5000</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>19</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:ansvarligId>arnh</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2008</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>5000</nvdb:ådtStart>
			<nvdb:ådtSlutt>5000</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.207064405-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>296877.900024414 6735795.08984375 296884.900024414 6735808.08984375 296892 6735820.58984375 296898.400024414 6735832.91015625 296900.599975586 6735838.5 296905.5 6735847.70019531 296911.900024414 6735861.08984375 296918 6735873.91015625 296924.099975586 6735887.58984375 296929.099975586 6735900.79980469 296935.300048828 6735918.58984375 296939.699951172 6735929 296943.800048828 6735942.29980469 296950.5 6735960.5 296953.199951172 6735970 296958.900024414 6735983.58984375 296962.900024414 6735995.29980469 296968.199951172 6736008.79980469 296973 6736022 296978.099975586 6736035.70019531 296982.699951172 6736048.91015625 296987.5 6736062.5 296992.800048828 6736076.08984375 296997.800048828 6736089.41015625 297001.400024414 6736101.08984375 297006.599975586 6736114.5 297011 6736128.20019531 297016.099975586 6736142.29980469 297021.099975586 6736155.91015625 297026.199951172 6736169.20019531 297030.900024414 6736182.41015625 297037.300048828 6736200.20019531 297042.800048828 6736216 297046.5 6736225.58984375 297049.699951172 6736234.79980469 297053.800048828 6736246.91015625 297057.399902344 6736257.08984375 297062.300048828 6736270.70019531 297067.899902344 6736284 297073 6736297.41015625 297077.699951172 6736310.91015625 297082.300048828 6736324.58984375 297087.399902344 6736338.08984375 297092.100097656 6736351.79980469 297097.100097656 6736365.08984375 297101.800048828 6736378.70019531 297105.899902344 6736389.79980469 297111.199951172 6736404.20019531 297115.4 6736414.09</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882788">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882788</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>24</nvdb:vegnummer>
					<nvdb:hovedParsell>7</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>3792</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>4127</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>6000</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>11</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400007</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>83.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>6000</nvdb:ådtStart>
			<nvdb:ådtSlutt>6000</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882788-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>294380.628111543 6737878.85158233 294377.8 6737878.41 294372 6737877.59 294360.7 6737876.2 294346.4 6737874.59 294333.3 6737873.2 294324.5 6737872.19970703 294317.400390625 6737871.41015625 294302.5 6737870 294288.099609375 6737868.80029297 294274 6737867 294268.900390625 6737866.30029297 294257.599609375 6737864.58984375 294246.5 6737863.19970703 294231.5 6737862 294216.799804688 6737860.30029297 294212.299804688 6737859.80029297 294198.900390625 6737857.80029297 294184.599609375 6737856.19970703 294170.299804688 6737854.80029297 294155.5 6737852.69970703 294146.799804688 6737851.58984375 294132.5 6737850.08984375 294117.599609375 6737848.5 294103.099609375 6737846.69970703 294088.299804688 6737845 294073.700195312 6737842.91015625 294070.284667969 6737842.67285156 294062.900390625 6737841.91015625 294056.2 6737841.5 294051.5 6737841 294046.9 6737840.5</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882925">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882925</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>12</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>79</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>32000</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>32305</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1400</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>15</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1400</nvdb:ådtStart>
			<nvdb:ådtSlutt>1400</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882925-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>289149.3 6745515.7 289148.7 6745509.7 289148 6745503.8 289155.5 6745479 289174.600097656 6745422.59008789 289196.899902344 6745360.59008789 289201.100097656 6745344.80004883 289203.800048828 6745328 289207 6745296.5 289213.759765625 6745230.56958008 289214.300048828 6745225.30004883 289214.4 6745224.7 289214.8 6745220.41</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882465">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882465</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>70</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>12181</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>12278</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1150</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>11</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1150</nvdb:ådtStart>
			<nvdb:ådtSlutt>1150</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882465-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297210 6736555.7 297214.4 6736558 297217.8 6736560.3 297221.9 6736564.2 297224.4 6736567.2 297231.2 6736577.7 297236.3 6736587.59 297241.7 6736599.09 297246.1 6736609.5 297249.8 6736619 297256.1 6736633.91 297256.9 6736635.91 297257.8 6736637.7</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87883377">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87883377</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>10</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>231</nvdb:vegnummer>
					<nvdb:hovedParsell>3</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>3003</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>3041</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1350</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>10</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1350</nvdb:ådtStart>
			<nvdb:ådtSlutt>1350</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87883377-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>296514.8 6741012.91 296513.8 6741016.3 296512.8 6741019.7 296511.4 6741025.7 296508.1 6741038.8 296506.4 6741050.7</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882306">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882306</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>192</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>1070</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>1203</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>4100</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>10</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>4100</nvdb:ådtStart>
			<nvdb:ådtSlutt>4100</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882306-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>289230.9 6745213.7 289242.2 6745222.41 289248.8 6745227.3 289273.2 6745243.2 289291.1 6745252.41 289301.2 6745256.41 289311.7 6745260.91 289333.8 6745268.2 289347.731829609 6745271.94008849</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.484532274">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>484532274</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>3</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>222</nvdb:vegnummer>
					<nvdb:hovedParsell>2</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>7703</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>7870</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>10100</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>6</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:ansvarligId>arnh</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2013</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>10100</nvdb:ådtStart>
			<nvdb:ådtSlutt>10100</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.484532274-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>288531.885202597 6743857.16966536 288526.399902344 6743886.91003418 288523.899902344 6743899.41003418 288521.360107422 6743914.9699707 288515.870117188 6743934.19995117 288512.550048828 6743943.63000488 288508.860107422 6743952.92004395 288500.379882813 6743971.0300293 288492.134765625 6743986.046875 288489.179443359 6743991.42950439 288484.489990234 6743999.9699707 288477.449951172 6744012.69000244</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882926">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882926</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>12</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>79</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>23000</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>23348</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1400</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>15</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1400</nvdb:ådtStart>
			<nvdb:ådtSlutt>1400</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882926-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>289301.2 6745256.41 289300.4 6745257.7 289299.6 6745258.91 289296.864746094 6745263.13500977 289287.300048828 6745277.90991211 289279.100097656 6745287.59008789 289243.800048828 6745324.30004883 289227.699951172 6745341.5 289220.399902344 6745351.30004883 289214.399902344 6745362.09008789 289199.600097656 6745397 289180.699951172 6745444.80004883 289163.399902344 6745493.30004883 289147.699951172 6745542.19995117 289145.800048828 6745548.40991211 289141.7 6745552.59 289137.5 6745556.8</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882432">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882432</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>13</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>2</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>10488</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>10780</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>E</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>6</nvdb:vegnummer>
					<nvdb:hovedParsell>3</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>0</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>465</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>10300</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>16</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>87.7</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>10300</nvdb:ådtStart>
			<nvdb:ådtSlutt>10300</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882432-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>294603.945058848 6737706.78770205 294603.5 6737707.3 294597.6 6737714.09 294591.6 6737720.91 294580.4 6737732.59 294573.2 6737740.8 294566 6737749.41 294556.3 6737760.59 294547.5 6737770.7 294461.8 6737869.41 294457.7 6737873.7 294453.6 6737878 294447.2 6737885.3 294440.6 6737892.59 294425 6737909.8 294419.7 6737915.91 294410.9 6737925.5 294403.8 6737933.2 294396.6 6737940.59 294392.8 6737944.8 294390.6 6737947.09 294380.8 6737957.7 294361.7 6737979.2 294342.5 6738000.59 294332.8 6738010.91 294325.3 6738019.2 294315.5 6738030.09 294306.3 6738041.41 294296.7 6738052.8 294292 6738057.3 294288 6738061.8 294278.1 6738072.59 294270.7 6738080.41 294266.2 6738085.59 294262.4 6738090.2 294256.5 6738097.41 294246.1 6738107.59 294240.8 6738113.7 294233.8 6738120.91 294226.6 6738128.5 294217.9 6738140.09 294208.2 6738150.8 294197.9 6738161.59 294193.7 6738166.8 294188.9 6738171.7 294183.3 6738178.8 294174.9 6738188.2 294170.2 6738193.91 294166.8 6738198.3 294162.7 6738202.8 294154.9 6738211.09 294145.6 6738221.59 294135.4 6738232.8 294131.9 6738236.91 294124.2 6738244.8 294115 6738256 294108.8 6738262.91 294104.8 6738267.7 294101.356561843 6738271.2418221</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882454">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882454</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>10</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>9636</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>10430</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>6300</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>19</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>114.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>6300</nvdb:ådtStart>
			<nvdb:ådtSlutt>6300</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882454-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>298923.629226808 6744360.33781055 298907.1 6744401.7 298892.2 6744433.8 298834.1 6744553 298826 6744569.5 298800.2 6744622.2 298766.5 6744691.3 298729.7 6744766.41 298691.2 6744844.91 298630.4 6744969.59 298602.3 6745026.7 298577.97972501 6745076.29598935</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882497">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882497</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>4</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>P</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>97528</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>61</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>5</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>0</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>0</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2008</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>0</nvdb:ådtStart>
			<nvdb:ådtSlutt>0</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882497-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297435.1 6726442.59 297429.7 6726437.41 297419.5 6726427.5 297413 6726421 297403.1 6726410.8 297396.1 6726403.41</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882852">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882852</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>12</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>71</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>23000</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>23450</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>250</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>12</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>72.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>250</nvdb:ådtStart>
			<nvdb:ådtSlutt>250</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882852-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297977.8 6738418 297979.6 6738418 297981.4 6738417.91 297988 6738419.2 297993.3 6738421 297999.4 6738424.3 298004.8 6738429.59 298009.4 6738437 298013.3 6738445.5 298016.7 6738456 298019.1 6738469.5 298020.9 6738488.3 298022.2 6738523.91 298024.4 6738543.91 298028.2 6738563.7 298033.4 6738583.09 298040.4 6738602 298046 6738614.5 298065.8 6738649.59 298090.6 6738691.2 298113.2 6738731.8 298132.9 6738766.7 298145.3 6738790.3 298149.9 6738802.2 298154.4 6738814.2</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87882405">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87882405</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>R</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>3</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>3138</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>3898</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>6250</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>19</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:tellepunktPrimært>0</nvdb:tellepunktPrimært>
			<nvdb:tellepunktSekundært>400001</nvdb:tellepunktSekundært>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:forholdLange>114.5</nvdb:forholdLange>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>6250</nvdb:ådtStart>
			<nvdb:ådtSlutt>6250</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87882405-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>297806.9 6738140.5 297815.6 6738168.7 297824.1 6738196.8 297831.3 6738218.59 297845.3 6738256.09 297861 6738292.8 297878 6738329 297896.5 6738364.59 297933 6738428.8 297956 6738469 297957.6 6738471.91 297958.9 6738473.91 298044.6 6738623 298121.6 6738757.09 298131.4 6738774.2 298142.9 6738794.2 298154.4 6738814.2</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
	<gml:featureMember>
		<nvdb:Trafikkmengde gml:id="vegvesen.no.nvdb.87883405">
			<nvdb:identifikasjon>
				<nvdb:Identifikasjon>
					<nvdb:lokalId>87883405</nvdb:lokalId>
					<nvdb:navnerom>vegvesen.no.nvdb</nvdb:navnerom>
					<nvdb:versjonId>11</nvdb:versjonId>
				</nvdb:Identifikasjon>
			</nvdb:identifikasjon>
			<nvdb:prosesshistorie>Geometri: Generert fra lineære referanser til vegnett i NVDB</nvdb:prosesshistorie>
			<nvdb:vegreferanse>
				<nvdb:Vegreferanse>
					<nvdb:vegkategori>F</nvdb:vegkategori>
					<nvdb:vegstatus>V</nvdb:vegstatus>
					<nvdb:vegnummer>220</nvdb:vegnummer>
					<nvdb:hovedParsell>1</nvdb:hovedParsell>
					<nvdb:veglenkeMeterFra>5643</nvdb:veglenkeMeterFra>
					<nvdb:veglenkeMeterTil>5795</nvdb:veglenkeMeterTil>
				</nvdb:Vegreferanse>
			</nvdb:vegreferanse>
			<nvdb:ådtTotal>1000</nvdb:ådtTotal>
			<nvdb:ådtAndelLangeKjøretøy>10</nvdb:ådtAndelLangeKjøretøy>
			<nvdb:årGjelderFor>2015</nvdb:årGjelderFor>
			<nvdb:grunnlagForÅDT>norTraf</nvdb:grunnlagForÅDT>
			<nvdb:ansvarligId>aha</nvdb:ansvarligId>
			<nvdb:forholdÅDT>0.0</nvdb:forholdÅDT>
			<nvdb:koplingsår>2005</nvdb:koplingsår>
			<nvdb:mfaktor>0.0</nvdb:mfaktor>
			<nvdb:ådtStart>1000</nvdb:ådtStart>
			<nvdb:ådtSlutt>1000</nvdb:ådtSlutt>
			<nvdb:senterlinje>
				<gml:LineString gml:id="vegvesen.no.nvdb.87883405-0" srsName="EPSG:25833" srsDimension="2">
					<gml:posList>301748.599975586 6739221.19999695 301755.699951172 6739228 301763.5 6739232.19999695 301776.300048828 6739239.69999695 301790.400024414 6739247.5 301799.399902344 6739254.08984375 301810.5 6739260.5 301816.699951172 6739264.29980469 301825.260009766 6739269.83984375 301830.5 6739273.5 301841.300048828 6739282.58984375 301852 6739292 301860.533203125 6739299.79785156 301866.5 6739306 301867.846755713 6739307.90405284</gml:posList>
				</gml:LineString>
			</nvdb:senterlinje>
		</nvdb:Trafikkmengde>
	</gml:featureMember>
</gml:FeatureCollection>
