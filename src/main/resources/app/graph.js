'use strict';
(() => {
  const K = OsintKG, {el, v} = K;
  const COLOURS = {Person: '#2a9d5c', Outlet: '#1f5fa8', MilitaryUnit: '#7a4fc7', Organization: '#8e6bd1', AnonymousSource: '#9aa3ad',
    Country: '#d07a12', Region: '#e0a040', Settlement: '#e8b865', Place: '#d07a12'};
  const GENERIC = ['Organization', 'Place', 'Entity'];
  const kindOf = kinds => { const ks = (kinds || '').split(' ').filter(Boolean); return ks.find(k => !GENERIC.includes(k)) || ks[0] || 'Entity'; };
  let cy;

  async function main() {
    K.$('#error').hidden = true;
    let iri = K.iriParam('iri');
    if (!iri) {
      // No entity asked: the person named in the most reports.
      const top = await K.run('people-roles', {}, {limit: 1, offset: 0});
      if (!top.length) throw new Error('the store holds no person yet');
      iri = v(top[0], 'person');
      K.setState({iri}, false);
    }
    const rows = await K.run('entity-network', {entity: K.term.iri(iri)});
    const card = await K.run('entity-card', {entity: K.term.iri(iri)});
    if (!card.length) throw new Error(`no entity ${iri} in the store`);
    const label = v(card.find(r => v(r, 'field') === 'label'), 'value') || K.local(iri);
    K.fill(K.$('#title'), 'Around ', K.entityLink(iri, label));
    const nodes = new Map([[iri, {id: iri, label, kind: kindOf(card.filter(r => v(r, 'field') === 'kind').map(r => v(r, 'value')).join(' ')), centre: 1}]]);
    const edges = [];
    for (const r of rows) {
      for (const end of ['from', 'to']) {
        const id = v(r, end);
        if (!nodes.has(id)) nodes.set(id, {id, label: v(r, end + 'Label') || K.local(id), kind: kindOf(v(r, end + 'Kind')), centre: 0});
      }
      const n = Number(v(r, 'claims')) || 0;
      edges.push({id: `${v(r, 'from')} ${v(r, 'edge')} ${v(r, 'to')}`, source: v(r, 'from'), target: v(r, 'to'),
        label: v(r, 'edge') + (n ? ` (${n})` : ''), kind: v(r, 'edge'), weight: n});
    }
    const kinds = [...new Set([...nodes.values()].map(n => n.kind))];
    K.fill(K.$('#legend'), ...kinds.map(k => el('span', {}, el('span', {class: 'swatch', style: `background:${COLOURS[k] || '#777'}`}), k)));
    if (!rows.length) K.$('#legend').append(el('span', {class: 'muted'}, ' — no citations or memberships around this entity'));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: K.$('#graph'),
      elements: [...[...nodes.values()].map(data => ({data})), ...edges.map(data => ({data}))],
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'background-color': n => COLOURS[n.data('kind')] || '#777', 'font-size': 11,
          'text-valign': 'bottom', 'text-margin-y': 4, 'width': 22, 'height': 22, 'text-wrap': 'wrap', 'text-max-width': 140}},
        {selector: 'node[centre = 1]', style: {'width': 36, 'height': 36, 'border-width': 3, 'border-color': '#15202e', 'font-weight': 'bold'}},
        {selector: 'edge', style: {'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': e => 1 + Math.min(5, e.data('weight')),
          'line-color': '#a9b4c2', 'target-arrow-color': '#a9b4c2', 'label': 'data(label)', 'font-size': 9, 'color': '#5b6573',
          'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8}},
        {selector: 'edge[kind = "member of"]', style: {'line-style': 'dashed', 'line-color': '#b49be0', 'target-arrow-color': '#b49be0'}},
      ],
      // Rings by distance from the entity: its sources and outlets, then theirs.
      layout: {name: 'breadthfirst', roots: [iri], circle: true, spacingFactor: 1.3, animate: false, padding: 40},
      minZoom: 0.2, maxZoom: 2.5, wheelSensitivity: 0.3,
    });
    // A small graph fitted to the box would blow its labels up: no more than life size.
    if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
    cy.on('tap', 'node', e => { if (e.target.id() !== iri) { K.setState({iri: e.target.id()}); main().catch(err => K.error(err)); } });
    cy.on('dbltap', 'node', e => { location.href = K.link.entity(e.target.id()); });
    window.osintGraph = cy;
  }

  K.start('graph.html', main);
})();
