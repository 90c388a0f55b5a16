<?xml version="1.0" encoding="utf-8"?>
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"
  xmlns:app="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401 https://skjema.geonorge.no/SOSI/produktspesifikasjon/Reguleringsplan/20190401/reguleringsplan_20190401_filprod.xsd"
  gml:id="_c1a1b6f0-3103-4d2a-9d21-2021012a0000">
  <gml:boundedBy>
    <gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
      <gml:lowerCorner>256000 6590000</gml:lowerCorner>
      <gml:upperCorner>256600 6590300</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <app:RpOmråde gml:id="_3a9f0c5e-1b7d-4f2e-8c41-0a6d2e9b1001">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>3a9f0c5e-1b7d-4f2e-8c41-0a6d2e9b1001</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:område>
        <gml:Polygon gml:id="_3a9f0c5e-1b7d-4f2e-8c41-0a6d2e9b1001-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256000 6590000 256600 6590000 256600 6590300 256000 6590300 256000 6590000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:plantype>35</app:plantype>
      <app:planstatus>3</app:planstatus>
      <app:plannavn>Detaljregulering for Kambo næringsområde</app:plannavn>
      <app:planbestemmelse>1</app:planbestemmelse>
      <app:ikrafttredelsesdato>2021-06-17</app:ikrafttredelsesdato>
      <app:lovreferanse>6</app:lovreferanse>
      <app:forslagsstillerType>2</app:forslagsstillerType>
      <app:vedtakEndeligPlanDato>2021-06-10</app:vedtakEndeligPlanDato>
      <app:kunngjøringsdato>2021-06-17</app:kunngjøringsdato>
    </app:RpOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_5e2b7a10-8c3d-4c61-9f0a-b1d6c2e41002">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>5e2b7a10-8c3d-4c61-9f0a-b1d6c2e41002</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_5e2b7a10-8c3d-4c61-9f0a-b1d6c2e41002-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256000 6590000 256200 6590000 256200 6590300 256000 6590300 256000 6590000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:eierform>3</app:eierform>
      <app:arealformål>1340</app:arealformål>
      <app:feltbetegnelse>BI1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_7c40d9e2-2f61-4b8a-a3c5-6e0f91b21003">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>7c40d9e2-2f61-4b8a-a3c5-6e0f91b21003</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_7c40d9e2-2f61-4b8a-a3c5-6e0f91b21003-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256200 6590000 256400 6590000 256400 6590150 256200 6590150 256200 6590000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:eierform>3</app:eierform>
      <app:arealformål>5100</app:arealformål>
      <app:feltbetegnelse>L1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_0d8e3f47-95a2-4e1c-b7d8-2c5a16f31004">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>0d8e3f47-95a2-4e1c-b7d8-2c5a16f31004</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_0d8e3f47-95a2-4e1c-b7d8-2c5a16f31004-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256200 6590150 256400 6590150 256400 6590300 256200 6590300 256200 6590150</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:eierform>1</app:eierform>
      <app:arealformål>1470</app:arealformål>
      <app:feltbetegnelse>o_SKB</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_a61c2b98-4d0e-47f3-8e15-93b7c0d51005">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>a61c2b98-4d0e-47f3-8e15-93b7c0d51005</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_a61c2b98-4d0e-47f3-8e15-93b7c0d51005-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256400 6590000 256450 6590000 256450 6590300 256400 6590300 256400 6590000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:eierform>1</app:eierform>
      <app:arealformål>2010</app:arealformål>
      <app:feltbetegnelse>o_SV1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpArealformålOmråde gml:id="_e9b5f201-6a7c-4d39-b0e2-4f8a37c61006">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>e9b5f201-6a7c-4d39-b0e2-4f8a37c61006</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_e9b5f201-6a7c-4d39-b0e2-4f8a37c61006-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256450 6590000 256600 6590000 256600 6590300 256450 6590300 256450 6590000</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:eierform>3</app:eierform>
      <app:arealformål>6001</app:arealformål>
      <app:feltbetegnelse>V1</app:feltbetegnelse>
    </app:RpArealformålOmråde>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpFareSone gml:id="_2f7d6c31-b08e-4a5f-9c27-d5e1a8b41007">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>2f7d6c31-b08e-4a5f-9c27-d5e1a8b41007</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_2f7d6c31-b08e-4a5f-9c27-d5e1a8b41007-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:Ring>
              <gml:curveMember>
                <gml:Curve gml:id="_2f7d6c31-b08e-4a5f-9c27-d5e1a8b41007-1">
                  <gml:segments>
                    <gml:LineStringSegment>
                      <gml:posList>256400 6590150 256400 6590300 256150 6590300</gml:posList>
                    </gml:LineStringSegment>
                    <gml:Arc>
                      <gml:posList>256150 6590300 256100 6590225 256150 6590150</gml:posList>
                    </gml:Arc>
                    <gml:LineStringSegment>
                      <gml:posList>256150 6590150 256400 6590150</gml:posList>
                    </gml:LineStringSegment>
                  </gml:segments>
                </gml:Curve>
              </gml:curveMember>
            </gml:Ring>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:fare>360</app:fare>
      <app:hensynSonenavn>H360_1</app:hensynSonenavn>
      <app:beskrivelse>Faresone skytebane</app:beskrivelse>
    </app:RpFareSone>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpAngittHensynSone gml:id="_b4e8a7d2-3c19-4f60-a2d4-71c9e0f51008">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>b4e8a7d2-3c19-4f60-a2d4-71c9e0f51008</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:område>
        <gml:Polygon gml:id="_b4e8a7d2-3c19-4f60-a2d4-71c9e0f51008-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>256220 6590020 256300 6590020 256300 6590100 256220 6590100 256220 6590020</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </app:område>
      <app:angittHensyn>570</app:angittHensyn>
      <app:hensynSonenavn>H570_1</app:hensynSonenavn>
      <app:beskrivelse>Gravhaug</app:beskrivelse>
    </app:RpAngittHensynSone>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpFormålGrense gml:id="_6d3a0f84-e27b-45c9-8b1f-0c4d92a71009">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>6d3a0f84-e27b-45c9-8b1f-0c4d92a71009</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:kvalitet>
        <app:Posisjonskvalitet>
          <app:målemetode>82</app:målemetode>
          <app:nøyaktighet>0</app:nøyaktighet>
        </app:Posisjonskvalitet>
      </app:kvalitet>
      <app:grense>
        <gml:LineString gml:id="_6d3a0f84-e27b-45c9-8b1f-0c4d92a71009-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:posList>256200 6590000 256200 6590300</gml:posList>
        </gml:LineString>
      </app:grense>
    </app:RpFormålGrense>
  </gml:featureMember>
  <gml:featureMember>
    <app:RpPåskrift gml:id="_91f2c8e3-7a40-4d16-a5b9-e3f07c281010">
      <app:identifikasjon>
        <app:Identifikasjon>
          <app:lokalId>91f2c8e3-7a40-4d16-a5b9-e3f07c281010</app:lokalId>
          <app:navnerom>http://data.geonorge.no/3103/Reguleringsplaner/so</app:navnerom>
          <app:versjonId>2021-06-17 10:12:00</app:versjonId>
        </app:Identifikasjon>
      </app:identifikasjon>
      <app:førsteDigitaliseringsdato>2021-06-17T00:00:00</app:førsteDigitaliseringsdato>
      <app:oppdateringsdato>2021-06-17T00:00:00</app:oppdateringsdato>
      <app:arealplanId>
        <app:NasjonalArealplanId>
          <app:kommunenummer>3103</app:kommunenummer>
          <app:landkode>NO</app:landkode>
          <app:planidentifikasjon>2021012</app:planidentifikasjon>
        </app:NasjonalArealplanId>
      </app:arealplanId>
      <app:vertikalnivå>2</app:vertikalnivå>
      <app:objektposisjon>
        <gml:Point gml:id="_91f2c8e3-7a40-4d16-a5b9-e3f07c281010-0" srsName="http://www.opengis.net/def/crs/EPSG/0/25833" srsDimension="2">
          <gml:pos>256100 6590150</gml:pos>
        </gml:Point>
      </app:objektposisjon>
      <app:generellTekststreng>BI1</app:generellTekststreng>
      <app:påskriftType>1</app:påskriftType>
    </app:RpPåskrift>
  </gml:featureMember>
</gml:FeatureCollection>
