'use strict';
(() => {
  const K = OsintKG, {el, v, num} = K;
  const GENERIC = ['Organization', 'Place'];

  async function main() {
    K.$('#error').hidden = true;
    const iri = K.iriParam('report');
    if (!iri) throw new K.InputError('this page needs ?report=… (a report\'s IRI); reports are linked from the entity and evidence views');
    const rows = await K.run('report-annotations', {report: K.term.iri(iri)});
    const head = rows.find(r => v(r, 'what') === 'report');
    if (!head) throw new Error(`no report ${iri} in the store`);
    const body = v(head, 'body');
    document.title = `${v(head, 'title') || K.local(iri)} — OSINT-KG workbench`;
    const spans = rows.filter(r => v(r, 'what') !== 'report').map(r => ({what: v(r, 'what'), start: num(r, 'charStart'), end: num(r, 'charEnd'), row: r}))
      .filter(s => s.start >= 0 && s.end <= body.length && s.start < s.end);
    const mentions = spans.filter(s => s.what === 'mention'), claims = spans.filter(s => s.what === 'claim');
    K.fill(K.$('#head'), el('div', {class: 'card'},
      el('h1', {}, v(head, 'title') || K.local(iri)),
      el('p', {class: 'muted'}, `${v(head, 'outletName') || 'outlet unknown'} · ${v(head, 'issued') || 'undated'} · ${mentions.length} mentions · ${claims.length} claims`,
        v(head, 'url') ? [' · ', el('a', {href: v(head, 'url'), rel: 'noreferrer', target: '_blank'}, 'original')] : null, ' · ', el('code', {}, iri))));
    K.fill(K.$('#body'), ...render(body, mentions, claims));
    const chosen = K.state().claim;
    if (chosen) {
      K.iriParam('claim');
      const marks = [...document.querySelectorAll('.claim')].filter(s => s.dataset.claims.split(' ').includes(chosen));
      marks.forEach(m => m.classList.add('chosen'));
      if (marks[0]) marks[0].scrollIntoView({block: 'center'});
      K.evidence(chosen, K.$('#evidence'));
    }
  }

  // The body cut at every annotation boundary; each piece carries the claims and the mention
  // covering it, so overlapping annotations need no nesting.
  function render(body, mentions, claims) {
    const cuts = [...new Set([0, body.length, ...[...mentions, ...claims].flatMap(s => [s.start, s.end])])].sort((a, b) => a - b);
    const out = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1], text = body.slice(a, b);
      const inClaims = claims.filter(s => s.start <= a && b <= s.end);
      const mention = mentions.find(s => s.start <= a && b <= s.end);
      let node = text;
      if (mention) {
        const kinds = v(mention.row, 'kind').split(' ').filter(Boolean);
        const kind = kinds.find(k => !GENERIC.includes(k)) || kinds[0] || '';
        node = el('a', {class: `mention ${kind}`, href: K.link.entity(v(mention.row, 'target')), title: `${v(mention.row, 'label')} (${kind})`,
          'data-entity': v(mention.row, 'target')}, text);
      }
      if (inClaims.length) {
        const ids = inClaims.map(s => v(s.row, 'target'));
        node = el('span', {class: `claim ${v(inClaims[0].row, 'stanceName')}`, 'data-claims': ids.join(' '),
          title: inClaims.map(s => `${v(s.row, 'kind')} · ${v(s.row, 'stanceName')} · ${v(s.row, 'claimantName')}`).join('\n'),
          onclick: e => { if (e.target.closest('a')) return; K.setState({claim: ids[0]}, false); K.evidence(ids[0], K.$('#evidence')); }}, node);
      }
      out.push(node);
    }
    return out;
  }

  K.start(null, main);
})();
