<?xml version="1.0" encoding="utf-8"?>
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0"
  xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401 https://skjema.geonorge.no/SOSI/produktspesifikasjon/Kommuneplan/20190401/kommuneplan_20190401_filprod.xsd http://www.opengis.net/wfs/2.0 http://schemas.opengis.net/wfs/2.0/wfs.xsd"
  timeStamp="2024-03-01T08:00:00Z" numberMatched="4" numberReturned="4">
  <wfs:member>
    <app:KpOmråde gml:id="kpomrade.1">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>8b1e4d27-0c6a-4f93-a7e2-5d90c3b62001</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Kommuneplaner/so</app:navnerom>
          <app:versjonId>1</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2019-11-28T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2019-11-28T00:00:00</app:oppdateringsdato>
      <app:område>
        <gml:Polygon gml:id="kpomrade.1.geom" srsName="http://www.opengis.net/def/crs/EPSG/0/5973" srsDimension="3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>257000 6591000 31.5 257400 6591000 33.0 257400 6591200 36.4 257000 6591200 34.2 257000 6591000 31.5</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2019001</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:plantype>20</app:plantype>
      <app:planstatus>3</app:planstatus>
      <app:planbestemmelse>1</app:planbestemmelse>
      <app:lovreferanse>6</app:lovreferanse>
      <app:ikrafttredelsesdato>2019-11-28</app:ikrafttredelsesdato>
      <app:plannavn>Kommuneplanens arealdel 2019-2031</app:plannavn>
      <app:vedtakEndeligPlanDato>2019-11-28</app:vedtakEndeligPlanDato>
    </app:KpOmråde>
  </wfs:member>
  <wfs:member>
    <app:KpArealformålOmråde gml:id="kparealformalomrade.1">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>c3d7f9a1-5e28-4b0c-9d46-1a8e7f032002</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Kommuneplaner/so</app:navnerom>
          <app:versjonId>1</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2019-11-28T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2019-11-28T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2019001</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:område>
        <gml:Polygon gml:id="kparealformalomrade.1.geom" srsName="http://www.opengis.net/def/crs/EPSG/0/5973" srsDimension="3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>257000 6591000 31.5 257200 6591000 32.1 257200 6591200 35.0 257000 6591200 34.2 257000 6591000 31.5</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealformål>1300</app:arealformål>
      <app:arealbruksstatus>2</app:arealbruksstatus>
      <app:områdenavn>N3</app:områdenavn>
    </app:KpArealformålOmråde>
  </wfs:member>
  <wfs:member>
    <app:KpArealformålOmråde gml:id="kparealformalomrade.2">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>e5f0a2b8-7d39-4c1e-8a53-2b9f6d143003</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Kommuneplaner/so</app:navnerom>
          <app:versjonId>1</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2019-11-28T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2019-11-28T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2019001</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:område>
        <gml:Polygon gml:id="kparealformalomrade.2.geom" srsName="http://www.opengis.net/def/crs/EPSG/0/5973" srsDimension="3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>257200 6591000 32.1 257400 6591000 33.0 257400 6591200 36.4 257200 6591200 35.0 257200 6591000 32.1</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealformål>5100</app:arealformål>
      <app:arealbruksstatus>1</app:arealbruksstatus>
    </app:KpArealformålOmråde>
  </wfs:member>
  <wfs:member>
    <app:KpFareSone gml:id="kpfaresone.1">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>0a9c6e3f-2b71-4d58-b1f4-8e6d5c274004</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Kommuneplaner/so</app:navnerom>
          <app:versjonId>1</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2019-11-28T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2019-11-28T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2019001</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:område>
        <gml:Polygon gml:id="kpfaresone.1.geom" srsName="http://www.opengis.net/def/crs/EPSG/0/5973" srsDimension="3">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>257150 6591000 31.9 257250 6591000 32.4 257250 6591200 35.5 257150 6591200 34.8 257150 6591000 31.9</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:fare>370</app:fare>
      <app:hensynSonenavn>H370_1</app:hensynSonenavn>
      <app:beskrivelse>Høyspentledning 132 kV</app:beskrivelse>
    </app:KpFareSone>
  </wfs:member>
</wfs:FeatureCollection>
