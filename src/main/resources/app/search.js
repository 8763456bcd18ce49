'use strict';
(() => {
  const K = OsintKG, {el, v} = K;
  const SIZE = 20;
  async function main() {
    const q = (K.state().q || '').trim();
    K.$('#q').value = q;
    const out = K.$('#results');
    K.$('#error').hidden = true;
    if (!q) {
      K.fill(out, el('p', {class: 'muted'}, 'Type a name above. The other pages: ',
        el('a', {href: 'timeline.html'}, 'estimates over time'), ', ', el('a', {href: 'contradictions.html'}, 'contradictions'), ', ',
        el('a', {href: 'graph.html'}, 'who cites whom'), ', ', el('a', {href: 'map.html'}, 'the map'), '.'));
      return;
    }
    const offset = K.offsetParam('o');
    K.busy(out);
    const rows = await K.run('entity-search', {text: K.term.str(q)}, {limit: SIZE, offset});
    if (!rows.length) {
      K.fill(out, el('p', {}, `No entity has a name containing “${q}”.`));
      return;
    }
    K.fill(out, 
      K.table([
        ['entity', r => K.entityLink(v(r, 'entity'), v(r, 'label'))],
        ['kind', r => v(r, 'kinds').split(', ').map(k => el('span', {class: 'tag'}, k))],
        ['also written', r => v(r, 'aliases').split(' | ').filter(Boolean).join(', ')],
        ['reports', r => v(r, 'reports') || '0'],
        ['', r => el('a', {href: K.link.graph(v(r, 'entity'))}, 'graph')],
      ], rows),
      K.pager('o', offset, SIZE, rows.more, main, rows.length));
    out.querySelectorAll('tbody tr').forEach(tr => tr.classList.add('result'));
  }
  K.$('#form').addEventListener('submit', e => {
    e.preventDefault();
    K.setState({q: K.$('#q').value.trim(), o: null});
    main().catch(err => K.error(err));
  });
  K.start('index.html', main);
})();
