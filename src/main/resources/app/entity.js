'use strict';
(() => {
  const K = OsintKG, {el, v, num} = K;
  const SIZE = 20;

  async function main() {
    K.$('#error').hidden = true;
    const iri = K.iriParam('iri');
    if (!iri) throw new K.InputError('this page needs ?iri=… (an entity\'s IRI); find one with the search page');
    const card = K.$('#card');
    K.busy(card);
    const facts = await K.run('entity-card', {entity: K.term.iri(iri)});
    if (!facts.length) throw new Error(`no entity ${iri} in the store`);
    const all = f => facts.filter(r => v(r, 'field') === f);
    const one = f => v(all(f)[0], 'value');
    const label = one('label') || K.local(iri);
    document.title = `${label} — OSINT-KG workbench`;
    const list = (f, asLink) => all(f).map((r, i) => [i ? ', ' : '', asLink ? K.entityLink(v(r, 'target'), v(r, 'value')) : v(r, 'value')]);
    const external = facts.filter(r => ['Wikidata', 'GeoNames', 'same as'].includes(v(r, 'field')));
    const roles = [['role', false], ['member of', true], ['member', true], ['located in', true], ['country', true], ['ISO 3166 code', false], ['coordinates', false]];
    K.fill(card, el('div', {class: 'card'},
      el('h1', {}, label, ' ', all('kind').map(r => el('span', {class: 'tag'}, v(r, 'value')))),
      el('p', {class: 'muted'}, `named in ${one('reports') || 0} reports · ${one('claims made') || 0} claims made · ${one('claims about') || 0} claims about it · `,
        el('a', {href: K.link.graph(iri)}, 'graph'), ' · ', el('a', {href: K.link.timeline(iri)}, 'estimates about it'), ' · ', el('code', {}, iri)),
      el('dl', {class: 'facts'},
        all('alias').length ? [el('dt', {}, 'also written'), el('dd', {}, list('alias'))] : null,
        roles.filter(([f]) => all(f).length).map(([f, asLink]) => [el('dt', {}, f), el('dd', {}, list(f, asLink))]),
        external.length ? [el('dt', {}, 'external links'), el('dd', {}, external.map((r, i) => [i ? ' · ' : '',
          el('a', {href: v(r, 'value'), rel: 'noreferrer', target: '_blank', class: 'external'}, `${v(r, 'field')} ${K.local(v(r, 'value').replace(/\/$/, ''))}`)]))] : null)));
    await Promise.all([reports(iri), made(iri), about(iri)]);
    const claim = K.state().claim;
    if (claim) { K.iriParam('claim'); K.evidence(claim, K.$('#evidence')); }
  }

  async function reports(iri) {
    const offset = K.offsetParam('rp');
    const rows = await K.run('entity-reports', {entity: K.term.iri(iri)}, {limit: SIZE, offset});
    K.fill(K.$('#reports'), rows.length ? K.table([
      ['date', r => v(r, 'issued') || 'undated'],
      ['report', r => el('a', {href: K.link.report(v(r, 'report'))}, v(r, 'title') || K.local(v(r, 'report')))],
      ['outlet', r => v(r, 'outletName')],
      ['written as', r => v(r, 'forms').split(' | ').filter(Boolean).join(', ')],
    ], rows) : el('p', {class: 'muted'}, 'No report names it (a reference entity).'), K.pager('rp', offset, SIZE, rows.more, main, rows.length));
    // Each name with the reports (on this page) that used it.
    const used = new Map();
    for (const r of rows) for (const f of v(r, 'forms').split(' | ').filter(Boolean)) {
      if (!used.has(f)) used.set(f, []);
      used.get(f).push(r);
    }
    K.fill(K.$('#names'), used.size ? K.table([
      ['name', ([f]) => el('strong', {}, f)],
      ['used in', ([, rs]) => rs.map((r, i) => [i ? '; ' : '', el('a', {href: K.link.report(v(r, 'report'))}, `${v(r, 'outletName') || K.local(v(r, 'report'))}${v(r, 'issued') ? ', ' + v(r, 'issued') : ''}`)])],
    ], [...used.entries()]) : el('p', {class: 'muted'}, 'No mention in the reports on this page.'));
  }

  function claimsTable(rows) {
    const t = K.table([
      ['said on', r => K.date(r) || 'not dated'],
      ['type', r => v(r, 'typeName')],
      ['stance', r => v(r, 'stanceName')],
      ['claimant', r => K.entityLink(v(r, 'claimant'), v(r, 'claimantName'))],
      ['number', r => num(r, 'quantity') != null ? `${K.qualifierText(v(r, 'qualifierName'))}${num(r, 'quantity').toLocaleString('en')}` : ''],
      ['evidence', r => (v(r, 'quote') || '').slice(0, 160) + ((v(r, 'quote') || '').length > 160 ? '…' : '')],
    ], rows);
    t.querySelectorAll('tbody tr').forEach((tr, i) => {
      tr.classList.add('clickable');
      tr.addEventListener('click', () => { K.setState({claim: v(rows[i], 'claim')}); K.evidence(v(rows[i], 'claim'), K.$('#evidence')); K.$('#evidence').scrollIntoView({block: 'nearest'}); });
    });
    return t;
  }

  async function made(iri) {
    const offset = K.offsetParam('cp');
    const rows = await K.run('claims-evidence', {claimant: K.term.iri(iri)}, {limit: SIZE, offset});
    rows.forEach(r => { r.claimant = {value: iri}; });
    K.fill(K.$('#made'), rows.length ? claimsTable(rows) : el('p', {class: 'muted'}, 'None.'), K.pager('cp', offset, SIZE, rows.more, main, rows.length));
  }

  async function about(iri) {
    const offset = K.offsetParam('ap');
    const rows = await K.run('claims-about', {about: K.term.iri(iri)}, {limit: SIZE, offset});
    K.fill(K.$('#about'), rows.length ? claimsTable(rows) : el('p', {class: 'muted'}, 'None.'), K.pager('ap', offset, SIZE, rows.more, main, rows.length));
  }

  K.start(null, main);
})();
