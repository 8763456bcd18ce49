'use strict';
(() => {
  const K = OsintKG, {el, v, num} = K;
  const SIZE = 200;
  const DEFAULT = {about: 'https://w3id.org/osintkg/id/place/north-korea', type: K.OSINT + 'TroopCount'};
  const SYMBOL = {Exactly: 'circle', Approximately: 'diamond', AtLeast: 'triangle', AtMost: 'path://M0,0 L10,0 L5,10 Z'};
  // Twenty distinct colours (Tableau 20), so that claimants rarely share one.
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
    '#1f77b4', '#aec7e8', '#ff7f0e', '#2ca02c', '#98df8a', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
  let chart;

  async function topics(about, type) {
    const rows = await K.run('estimate-topics');
    const select = K.$('#topic');
    const key = r => `${v(r, 'type')} ${v(r, 'about')}`;
    const options = rows.map(r => el('option', {value: key(r)}, `${v(r, 'typeName')} — ${v(r, 'aboutName') || K.local(v(r, 'about'))} (${v(r, 'claims')} claims)`));
    if (!rows.some(r => key(r) === `${type} ${about}`)) options.unshift(el('option', {value: `${type} ${about}`}, `${K.local(type)} — ${K.local(about)}`));
    K.fill(select, ...options);
    select.value = `${type} ${about}`;
  }

  async function main() {
    const s = K.state();
    const about = K.iriParam('about') || DEFAULT.about;
    const type = K.iriParam('type') || DEFAULT.type;
    const offset = K.offsetParam('o');
    const log = s.scale !== 'linear';
    K.$('#log').checked = log;
    K.$('#error').hidden = true;
    await topics(about, type);
    const rows = await K.run('estimates', {about: K.term.iri(about), type: K.term.iri(type)}, {limit: SIZE, offset});
    draw(rows, log);
    K.fill(K.$('#pager'), K.pager('o', offset, SIZE, rows.more, main, rows.length));
    const undated = rows.filter(r => !v(r, 'statedOn')).length;
    K.fill(K.$('#points'), 
      undated ? el('p', {class: 'muted'}, `${undated} claim${undated === 1 ? ' has' : 's have'} no date and ${undated === 1 ? 'is' : 'are'} not on the chart.`) : '',
      K.table([
        ['said on', r => v(r, 'statedOn') || 'not dated'],
        ['claimant', r => K.entityLink(v(r, 'claimant'), v(r, 'claimantName'))],
        ['number', r => `${K.qualifierText(v(r, 'qualifierName'))}${num(r, 'quantity').toLocaleString('en')}`],
        ['counted', r => v(r, 'counted')],
        ['where', r => v(r, 'placeName')],
        ['outlet', r => v(r, 'outletName')],
        ['', r => el('a', {href: '#', onclick: e => { e.preventDefault(); open(v(r, 'claim')); }}, 'evidence')],
      ], rows));
    if (!rows.length) K.$('#points').prepend(el('p', {}, 'No numbers on this topic in the store.'));
    if (s.claim) { K.iriParam('claim'); K.evidence(s.claim, K.$('#evidence')); }
  }

  function open(claim) {
    K.setState({claim});
    K.evidence(claim, K.$('#evidence'));
    K.$('#evidence').scrollIntoView({behavior: 'smooth', block: 'nearest'});
  }

  function draw(rows, log) {
    const byClaimant = new Map();
    for (const r of rows) {
      if (!v(r, 'statedOn')) continue;
      const name = v(r, 'claimantName');
      if (!byClaimant.has(name)) byClaimant.set(name, []);
      byClaimant.get(name).push(r);
    }
    const series = [...byClaimant.entries()].map(([name, points]) => ({
      name, type: 'scatter', symbolSize: 13,
      emphasis: {focus: 'series'},
      data: points.sort((a, b) => v(a, 'statedOn').localeCompare(v(b, 'statedOn'))).map(r => ({
        value: [v(r, 'statedOn'), num(r, 'quantity')],
        symbol: SYMBOL[v(r, 'qualifierName')] || 'circle',
        claim: v(r, 'claim'), claimant: name, outlet: v(r, 'outletName'), qualifier: v(r, 'qualifierName'),
        counted: v(r, 'counted'), place: v(r, 'placeName'),
      })),
    }));
    if (!chart) {
      chart = echarts.init(K.$('#chart'));
      chart.on('click', p => { if (p.data && p.data.claim) open(p.data.claim); });
      window.addEventListener('resize', () => chart.resize());
      window.osintChart = chart;
    }
    const days = rows.map(r => v(r, 'statedOn')).filter(Boolean).map(d => Date.parse(d)).sort((a, b) => a - b);
    const pad = days.length ? Math.max(3, (days[days.length - 1] - days[0]) / 864e5 * 0.04) * 864e5 : 0;
    chart.setOption({
      animation: false,
      color: PALETTE,
      grid: {left: 70, right: 30, top: 60, bottom: 50},
      legend: {type: 'scroll', top: 8},
      tooltip: {trigger: 'item', formatter: p => {
        const d = p.data, esc = s => String(s || '').replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
        return `<b>${esc(d.claimant)}</b><br>${esc(K.qualifierText(d.qualifier))}${d.value[1].toLocaleString('en')} ${esc(d.counted)}`
          + `<br>said on ${esc(d.value[0])}${d.place ? ' · ' + esc(d.place) : ''}<br>outlet: ${esc(d.outlet || 'unknown')}<br><i>click for the evidence</i>`;
      }},
      xAxis: {type: 'time', name: 'said on', nameLocation: 'middle', nameGap: 30,
        min: days.length ? days[0] - pad : null, max: days.length ? days[days.length - 1] + pad : null},
      yAxis: log ? {type: 'log', name: 'number', min: 1} : {type: 'value', name: 'number'},
      series,
    }, {notMerge: true});
  }

  K.$('#topic').addEventListener('change', e => {
    const [type, about] = e.target.value.split(' ');
    K.setState({type, about, o: null, claim: null});
    main().catch(err => K.error(err));
  });
  K.$('#log').addEventListener('change', e => { K.setState({scale: e.target.checked ? null : 'linear'}, false); main().catch(err => K.error(err)); });
  K.start('timeline.html', main);
})();
