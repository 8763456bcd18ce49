'use strict';
(() => {
  const K = OsintKG, {el, v} = K;
  const SIZE = 100;

  function claimBox(kind, claim, who, when, outlet, quote) {
    return el('div', {class: `claim-box ${kind}`, 'data-claim': claim},
      el('div', {}, el('strong', {}, who), el('span', {class: 'muted'}, ` · ${when || 'not dated'} · ${outlet || 'outlet unknown'}`)),
      el('blockquote', {title: 'show it in its report', onclick: () => show(claim)}, quote));
  }

  function show(claim) {
    K.setState({claim});
    K.evidence(claim, K.$('#evidence'));
    K.$('#evidence').scrollIntoView({block: 'nearest'});
  }

  async function main() {
    K.$('#error').hidden = true;
    const about = K.iriParam('about');
    const offset = K.offsetParam('o');
    const out = K.$('#pairs');
    K.busy(out);
    const rows = await K.run('contradiction-pairs', about ? {about: K.term.iri(about)} : {}, {limit: SIZE, offset});
    // One card per assertion, its denials beside it.
    const byAssertion = new Map();
    for (const r of rows) {
      const a = v(r, 'a');
      if (!byAssertion.has(a)) byAssertion.set(a, {first: r, denials: new Map()});
      byAssertion.get(a).denials.set(v(r, 'd'), r);
    }
    K.fill(out, 
      rows.length ? '' : el('p', {}, 'No assertion in the store is contradicted by a denial.'),
      [...byAssertion.values()].map(({first: r, denials}) => el('div', {class: 'card contradiction'},
        el('h3', {}, `${v(r, 'typeName')} · ${v(r, 'aboutName')} · ${v(r, 'placeName')}`),
        el('div', {class: 'pair'},
          el('div', {}, el('div', {class: 'muted small'}, 'asserts'),
            claimBox('asserts', v(r, 'a'), v(r, 'asserter'), v(r, 'assertedOn'), v(r, 'aOutlet'), v(r, 'assertion'))),
          el('div', {}, el('div', {class: 'muted small'}, `denied by ${denials.size}`),
            [...denials.values()].map(d => claimBox('denies', v(d, 'd'), v(d, 'denier'), v(d, 'deniedOn'), v(d, 'dOutlet'), v(d, 'denial'))))))),
      K.pager('o', offset, SIZE, rows.more, main, rows.length));
    const claim = K.state().claim;
    if (claim) { K.iriParam('claim'); K.evidence(claim, K.$('#evidence')); }
  }

  K.start('contradictions.html', main);
})();
