<?xml version="1.0" encoding="utf-8"?>
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401 https://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401/reguleringsplan_20190401_filprod.xsd"
  gml:id="_b7e41c2a-3103-4e55-8a10-2022005a0000">
  <gml:boundedBy>
    <gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
      <gml:lowerCorner>254990 6591150</gml:lowerCorner>
      <gml:upperCorner>255200 6591750</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <app:RpOmråde gml:id="_b7e41c2a-5d0e-4a7b-9c11-2022005a1001">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>b7e41c2a-5d0e-4a7b-9c11-2022005a1001</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2022-09-22 08:30:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2022-09-22T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2022-09-22T00:00:00</app:oppdateringsdato>
      <app:område>
        <gml:Polygon gml:id="_b7e41c2a-5d0e-4a7b-9c11-2022005a1001-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>254990 6591150 255200 6591150 255200 6591750 254990 6591750 254990 6591150</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2022005</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:plantype>35</app:plantype>
      <app:planstatus>3</app:planstatus>
      <app:plannavn>Detaljregulering for Kambo vest næringsområde</app:plannavn>
      <app:planbestemmelse>1</app:planbestemmelse>
      <app:ikrafttredelsesdato>2022-09-22</app:ikrafttredelsesdato>
      <app:lovreferanse>6</app:lovreferanse>
      <app:forslagsstillerType>2</app:forslagsstillerType>
      <app:vedtakEndeligPlanDato>2022-09-15</app:vedtakEndeligPlanDato>
      <app:kunngjøringsdato>2022-09-22</app:kunngjøringsdato>
    </app:RpOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_c2f8a915-7b3e-4d02-a6e4-2022005a1002">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>c2f8a915-7b3e-4d02-a6e4-2022005a1002</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2022-09-22 08:30:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2022-09-22T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2022-09-22T00:00:00</app:oppdateringsdato>
      <app:område>
        <gml:Polygon gml:id="_c2f8a915-7b3e-4d02-a6e4-2022005a1002-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>254990 6591150 255008 6591150 255008 6591750 254990 6591750 254990 6591150</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2022005</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:arealformål>2011</app:arealformål>
      <app:eierform>1</app:eierform>
      <app:feltbetegnelse>o_SKV1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_d41e7c30-95a2-4f1b-b8d7-2022005a1003">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>d41e7c30-95a2-4f1b-b8d7-2022005a1003</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2022-09-22 08:30:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2022-09-22T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2022-09-22T00:00:00</app:oppdateringsdato>
      <app:område>
        <gml:Polygon gml:id="_d41e7c30-95a2-4f1b-b8d7-2022005a1003-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>255008 6591150 255200 6591150 255200 6591750 255008 6591750 255008 6591150</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2022005</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:arealformål>1340</app:arealformål>
      <app:eierform>3</app:eierform>
      <app:feltbetegnelse>BI1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpJuridiskLinje gml:id="_e95b0d47-2c81-4e3a-91f5-2022005a1004">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>e95b0d47-2c81-4e3a-91f5-2022005a1004</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2022-09-22 08:30:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2022-09-22T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2022-09-22T00:00:00</app:oppdateringsdato>
      <app:kvalitet>
        <app:Posisjonskvalitet>
          <app:målemetode>82</app:målemetode>
          <app:nøyaktighet>0</app:nøyaktighet>
        </app:Posisjonskvalitet>
      </app:kvalitet>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2022005</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:senterlinje>
        <gml:LineString gml:id="_e95b0d47-2c81-4e3a-91f5-2022005a1004-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:posList>255020 6591150 255020 6591350 255070 6591350 255070 6591550 255020 6591550 255020 6591750</gml:posList>
        </gml:LineString>
      </app:senterlinje>
      <app:juridisklinje>1211</app:juridisklinje>
    </app:RpJuridiskLinje>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpJuridiskLinje gml:id="_f0a36e58-4d97-4b2c-8e03-2022005a1005">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>f0a36e58-4d97-4b2c-8e03-2022005a1005</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2022-09-22 08:30:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2022-09-22T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2022-09-22T00:00:00</app:oppdateringsdato>
      <app:kvalitet>
        <app:Posisjonskvalitet>
          <app:målemetode>82</app:målemetode>
          <app:nøyaktighet>0</app:nøyaktighet>
        </app:Posisjonskvalitet>
      </app:kvalitet>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2022005</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:senterlinje>
        <gml:LineString gml:id="_f0a36e58-4d97-4b2c-8e03-2022005a1005-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:posList>255040 6591180 255040 6591320</gml:posList>
        </gml:LineString>
      </app:senterlinje>
      <app:juridisklinje>1222</app:juridisklinje>
    </app:RpJuridiskLinje>
  </gml:featureMember>
</gml:FeatureCollection>
