// OSINT-KG workbench: what every page shares. The pages read the store only through the SPARQL
// endpoint (/osint/sparql), running the saved queries (/app/queries/NAME.rq) with their
// parameters bound as RDF terms in place of their variables, as the command line binds them:
// user input is checked and written as an IRI, a string literal or a number, never pasted in.
'use strict';
const OsintKG = (() => {
  const ENDPOINT = '/osint/sparql';
  const OSINT = 'https://w3id.org/osintkg/ontology#';
  const queries = new Map();
  const timings = [];

  // ---- RDF terms ---------------------------------------------------------------------------
  const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
  const term = {
    iri(s) {
      if (typeof s !== 'string' || !IRI.test(s)) throw new InputError(`not a valid IRI: ${s}`);
      return `<${s}>`;
    },
    str(s) {
      return '"' + String(s).replace(/[\\"\n\r\t]/g, c => ({'\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t'})[c]) + '"';
    },
    int(n) {
      if (!/^[+-]?\d+$/.test(String(n))) throw new InputError(`not a whole number: ${n}`);
      return String(n);
    },
  };

  class InputError extends Error {}

  // ---- saved queries -----------------------------------------------------------------------
  async function load(name) {
    if (!queries.has(name)) {
      let r;
      try {
        r = await fetch(`queries/${name}.rq`);
      } catch (e) {
        throw new Error(`the server did not answer (${e.message}); is serve still running?`);
      }
      if (!r.ok) throw new Error(`the saved query ${name} could not be loaded (HTTP ${r.status})`);
      queries.set(name, await r.text());
    }
    return queries.get(name);
  }

  /**
   * The query with each parameter (name → SPARQL term, already checked) put in place of its variable
   * wherever it is used, subqueries included, as the command line's substitution (Jena's) does; in a
   * SELECT list it becomes (term AS ?name), so the column keeps its name.
   */
  function bind(text, params) {
    const names = Object.keys(params).filter(k => params[k] != null);
    names.forEach(n => { if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) throw new InputError(`not a variable name: ${n}`); });
    if (!names.length) return text;
    let out = '';
    const projected = [];
    let inSelect = false;
    let inOrder = false;
    let depth = 0;
    for (let i = 0; i < text.length;) {
      const c = text[i];
      const rest = text.slice(i, i + 400);
      if (c === '#') { const j = text.indexOf('\n', i); const end = j < 0 ? text.length : j; out += text.slice(i, end); i = end; continue; }
      if (c === '"' || c === "'") { let j = i + 1; while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1; out += text.slice(i, j + 1); i = j + 1; continue; }
      if (c === '<') { const m = /^<[^\s<>"{}|^`\\]*>/.exec(rest); if (m) { out += m[0]; i += m[0].length; continue; } }
      const kw = /^(SELECT|WHERE|ORDER\s+BY|GROUP\s+BY|LIMIT|OFFSET|HAVING)\b/i.exec(rest);
      if (kw && !/[\w?$]/.test(text[i - 1] || ' ')) {
        const k = kw[1].toUpperCase();
        inSelect = k === 'SELECT';
        // A constant cannot stand in an ORDER BY or GROUP BY list: the variable stays (unbound, it orders and groups nothing).
        inOrder = /^(ORDER|GROUP)/.test(k);
        depth = 0;
        out += kw[0];
        i += kw[0].length;
        continue;
      }
      if (c === '{' || c === '}') { inSelect = false; inOrder = false; }
      if (inSelect && c === '(') depth++;
      if (inSelect && c === ')') depth--;
      const v = (c === '?' || c === '$') ? /^[?$]([A-Za-z_][A-Za-z0-9_]*)/.exec(rest) : null;
      if (v) {
        // "AS ?name" names a result rather than using the variable: it stays.
        const use = names.includes(v[1]) && !/\bAS\s*$/i.test(out) && !inOrder;
        if (use && inSelect && depth === 0) projected.push({name: v[1], at: out.length, text: `(${params[v[1]]} AS ${v[0]})`});
        out += !use ? v[0] : inSelect && depth === 0 ? `(${params[v[1]]} AS ${v[0]})` : params[v[1]];
        i += v[0].length;
        continue;
      }
      out += c;
      i++;
    }
    // One SELECT names the value, the last to list it (the innermost, or the last of siblings that are
    // joined): a variable may be defined once in scope; the others list it plainly and get its value.
    for (let k = projected.length - 2; k >= 0; k--) {
      const p = projected[k];
      if (projected.some((q, j) => j > k && q.name === p.name)) out = out.slice(0, p.at) + '?' + p.name + out.slice(p.at + p.text.length);
    }
    return out;
  }

  /** The query with its last LIMIT/OFFSET replaced by a page of it. */
  function page(text, limit, offset) {
    const body = text.replace(/(\s+(LIMIT|OFFSET)\s+\d+)+\s*$/i, '');
    return `${body}\nLIMIT ${limit} OFFSET ${offset}\n`;
  }

  /** Runs a saved query; rows are objects of variable → {type, value, datatype}. */
  async function run(name, params = {}, paging = null) {
    let text = bind(await load(name), params);
    if (paging) text = page(text, paging.limit + 1, paging.offset);
    const t0 = performance.now();
    let r;
    try {
      r = await fetch(ENDPOINT, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json'},
        body: new URLSearchParams({query: text}),
      });
    } catch (e) {
      throw new Error(`the server did not answer (${e.message}); is serve still running?`);
    }
    if (!r.ok) {
      const why = (await r.text()).split('\n').find(l => l.trim()) || r.statusText;
      throw new Error(`the SPARQL endpoint answered HTTP ${r.status} to ${name}: ${why.slice(0, 300)}`);
    }
    const rows = (await r.json()).results.bindings;
    timings.push({name, ms: Math.round(performance.now() - t0)});
    showTimings();
    if (!paging) return rows;
    const more = rows.length > paging.limit;
    return Object.assign(rows.slice(0, paging.limit), {more});
  }

  const v = (row, k) => (row && row[k] ? row[k].value : '');
  const num = (row, k) => (row && row[k] ? Number(row[k].value) : null);
  const local = iri => (iri || '').replace(/^.*[#/]/, '');

  // ---- URL state ---------------------------------------------------------------------------
  const state = () => Object.fromEntries(new URLSearchParams(location.search));
  function setState(changes, push = true) {
    const s = Object.assign(state(), changes);
    Object.keys(s).forEach(k => { if (s[k] == null || s[k] === '') delete s[k]; });
    const url = location.pathname + (Object.keys(s).length ? '?' + new URLSearchParams(s) : '');
    (push ? history.pushState : history.replaceState).call(history, null, '', url);
  }
  /** A state value that must be an IRI, checked (null when absent). */
  function iriParam(name) {
    const s = state()[name];
    if (s == null || s === '') return null;
    term.iri(s);
    return s;
  }
  function offsetParam(name) {
    const s = state()[name];
    if (s == null || s === '') return 0;
    if (!/^\d+$/.test(s)) throw new InputError(`${name}=${s}: not a page offset (a whole number of rows)`);
    return Number(s);
  }

  // ---- DOM ---------------------------------------------------------------------------------
  function el(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, val] of Object.entries(attrs || {})) {
      if (val == null || val === false) continue;
      if (k.startsWith('on')) e.addEventListener(k.slice(2), val);
      else if (k === 'class') e.className = val;
      else e.setAttribute(k, val === true ? '' : val);
    }
    for (const kid of kids.flat(Infinity)) if (kid != null && kid !== false) e.append(kid instanceof Node ? kid : String(kid));
    return e;
  }
  const $ = sel => document.querySelector(sel);
  /** Replaces a node's children; arrays (however nested), null and false are flattened away. */
  const fill = (node, ...kids) => node.replaceChildren(...kids.flat(Infinity).filter(k => k != null && k !== false));
  const link = {
    entity: iri => `entity.html?${new URLSearchParams({iri})}`,
    report: (report, claim) => `report.html?${new URLSearchParams(claim ? {report, claim} : {report})}`,
    graph: iri => `graph.html?${new URLSearchParams({iri})}`,
    timeline: (about, type) => `timeline.html?${new URLSearchParams(type ? {about, type} : {about})}`,
  };
  const entityLink = (iri, label) => iri ? el('a', {href: link.entity(iri)}, label || local(iri)) : (label || '');
  const date = row => v(row, 'statedOn') || v(row, 'issued') || '';

  const PAGES = [['index.html', 'Search'], ['timeline.html', 'Estimates'], ['contradictions.html', 'Contradictions'],
    ['graph.html', 'Graph'], ['map.html', 'Map']];
  function header(active) {
    const nav = el('nav', {}, el('a', {class: 'brand', href: 'index.html'}, 'OSINT-KG'),
      PAGES.map(([href, name]) => el('a', {href, class: href === active ? 'active' : null}, name)),
      el('a', {href: '/#/dataset/osint/query', class: 'right'}, 'SPARQL (Fuseki UI)'));
    document.body.prepend(el('header', {}, nav));
    document.body.append(el('footer', {}, el('span', {id: 'timings'}), ' · data from ', el('code', {}, ENDPOINT),
      ' and the saved queries'));
  }
  function showTimings() {
    const t = $('#timings');
    if (t) t.textContent = timings.map(x => `${x.name} ${x.ms} ms`).join(', ');
  }

  /** A clear message instead of a blank page. */
  function error(e, where) {
    console.error(e);
    const box = where || $('#error') || document.body.appendChild(el('div', {id: 'error'}));
    box.hidden = false;
    box.className = 'error';
    fill(box, el('strong', {}, e instanceof InputError ? 'Bad link: ' : 'Error: '), e.message || String(e));
  }
  function busy(where, text = 'Loading…') { fill(where, el('p', {class: 'muted loading'}, text)); }

  /** Previous/next buttons for a paged list; the offset lives in the URL under key. */
  function pager(key, offset, size, more, rerender, shown = size) {
    const go = o => { setState({[key]: o || null}); rerender().catch(e => error(e)); };
    if (offset === 0 && !more) return el('div', {class: 'pager muted small'}, `${shown} row${shown === 1 ? '' : 's'}`);
    return el('div', {class: 'pager'},
      el('button', {disabled: offset === 0, onclick: () => go(Math.max(0, offset - size))}, '‹ newer'),
      el('span', {class: 'muted'}, ` rows ${offset + 1}–${offset + shown} `),
      el('button', {disabled: !more, onclick: () => go(offset + size)}, 'older ›'));
  }

  function table(cols, rows) {
    return el('table', {}, el('thead', {}, el('tr', {}, cols.map(c => el('th', {}, c[0])))),
      el('tbody', {}, rows.map(r => el('tr', {}, cols.map(c => el('td', {}, c[1](r)))))));
  }

  // ---- evidence ----------------------------------------------------------------------------
  /** The body around [start, end) with that span marked; a report view shows the whole body. */
  function excerpt(body, start, end, context = 400) {
    const from = Math.max(0, body.lastIndexOf('\n', Math.max(0, start - context)) + 1);
    let to = body.indexOf('\n', Math.min(body.length, end + context));
    if (to < 0) to = body.length;
    return el('div', {class: 'body excerpt'}, from > 0 ? '… ' : '', body.slice(from, start),
      el('mark', {class: 'evidence'}, body.slice(start, end)), body.slice(end, to), to < body.length ? ' …' : '');
  }

  /** The evidence view of one claim: who, when, where, the sentence inside its report, review. */
  async function evidence(claim, box) {
    box.hidden = false;
    busy(box, 'Loading the evidence…');
    try {
      const rows = await run('claim-evidence', {claim: term.iri(claim)});
      if (!rows.length) throw new Error(`no claim ${claim} in the store`);
      const r = rows[0];
      const start = num(r, 'charStart'), end = num(r, 'charEnd'), body = v(r, 'body');
      const ok = body && start != null && body.slice(start, end) === v(r, 'quote');
      const q = num(r, 'quantity');
      fill(box, 
        el('button', {class: 'close', title: 'close', onclick: () => { box.hidden = true; setState({claim: null}); }}, '×'),
        el('h3', {}, `${v(r, 'typeName') || 'Claim'} · ${v(r, 'stanceName')}`),
        el('dl', {class: 'facts'},
          el('dt', {}, 'claimant'), el('dd', {}, entityLink(v(r, 'claimant'), v(r, 'claimantName')), v(r, 'viaName') ? ` (via ${v(r, 'viaName')})` : ''),
          q != null ? [el('dt', {}, 'quantity'), el('dd', {}, `${qualifierText(v(r, 'qualifierName'))}${q.toLocaleString('en')} ${v(r, 'counted')}`)] : null,
          el('dt', {}, 'said on'), el('dd', {}, v(r, 'statedOn') || 'not dated'),
          v(r, 'placeName') ? [el('dt', {}, 'where'), el('dd', {}, v(r, 'placeName'))] : null,
          v(r, 'aboutName') ? [el('dt', {}, 'about'), el('dd', {}, v(r, 'aboutName'))] : null,
          v(r, 'hedge') ? [el('dt', {}, 'hedge'), el('dd', {}, v(r, 'hedge'))] : null,
          el('dt', {}, 'report'), el('dd', {}, el('a', {href: link.report(v(r, 'report'), claim)}, v(r, 'title') || local(v(r, 'report'))),
            ` — ${v(r, 'outletName') || 'outlet unknown'}, ${v(r, 'issued') || 'undated'}`,
            v(r, 'url') ? [' · ', el('a', {href: v(r, 'url'), rel: 'noreferrer', target: '_blank'}, 'original')] : null)),
        ok ? excerpt(body, start, end)
          : el('div', {class: 'body excerpt'}, el('mark', {class: 'evidence'}, v(r, 'quote')),
            el('p', {class: 'muted'}, 'The stored offsets do not index this sentence in the report body; the quote is shown alone.')),
        el('p', {class: 'muted small'}, `characters ${start}–${end} of the stored report body · `, el('code', {}, claim)),
        el('div', {class: 'review', hidden: true}));
      review(claim, box.querySelector('.review'), v(r, 'claimant'));
    } catch (e) {
      error(e, box);
    }
  }
  const qualifierText = q => ({AtLeast: 'at least ', AtMost: 'at most ', Approximately: 'about '})[q] || '';

  // ---- review (grade, accept, reject), when the server has it ------------------------------
  // Another branch adds POST /osint/review and GET /osint/review/history?target=IRI; until then the
  // history answers 404 and the buttons stay hidden.
  // Grades as the review module keeps them: a claim's information credibility 1–6, its source's
  // reliability A–F (the Admiralty scale). The history needs credentials too: it is asked again
  // with them after each action.
  async function review(target, box, claimant) {
    let r;
    try {
      r = await fetch(`/osint/review/history?${new URLSearchParams({target})}`, {headers: {Accept: 'application/json'}});
    } catch (e) { return; }
    if (r.status === 404 || r.status === 405) return;
    const credibility = el('select', {name: 'credibility', title: 'information credibility'}, ['1', '2', '3', '4', '5', '6'].map(g => el('option', {}, g)));
    const reliability = el('select', {name: 'reliability', title: 'source reliability'}, ['A', 'B', 'C', 'D', 'E', 'F'].map(g => el('option', {}, g)));
    const note = el('input', {name: 'note', placeholder: 'note (optional)'});
    const user = el('input', {name: 'user', placeholder: 'user', value: sessionStorage.getItem('osintkg.user') || ''});
    const pass = el('input', {name: 'password', type: 'password', placeholder: 'password'});
    const said = el('span', {class: 'muted'});
    const list = el('ul', {class: 'history'});
    const auth = () => ({Authorization: 'Basic ' + btoa(unescape(encodeURIComponent(`${user.value}:${pass.value}`)))});
    const show = async () => {
      const h = await fetch(`/osint/review/history?${new URLSearchParams({target})}`, {headers: Object.assign({Accept: 'application/json'}, auth())});
      if (!h.ok) return;
      const entries = (await h.json()).reviews || [];
      fill(list, entries.map(e => el('li', {}, Object.entries(e).filter(([k]) => k !== 'target').map(([k, x]) => `${k}: ${typeof x === 'object' ? JSON.stringify(x) : x}`).join(' · '))));
    };
    const send = async (body, on = target) => {
      sessionStorage.setItem('osintkg.user', user.value);
      const a = await fetch('/osint/review', {method: 'POST', headers: Object.assign({'Content-Type': 'application/json'}, auth()),
        body: JSON.stringify(Object.assign({target: on}, body, note.value ? {note: note.value} : {}))});
      let why = '';
      try { why = (await a.json()).error || ''; } catch (e) { why = ''; }
      said.textContent = a.ok ? `${body.action}: saved` : `${body.action}: HTTP ${a.status} ${a.status === 401 ? '(user or password wrong)' : why}`;
      if (a.ok) show();
    };
    fill(box, el('h4', {}, 'Review'),
      el('div', {class: 'row'}, 'credibility', credibility, el('button', {onclick: () => send({action: 'grade', grade: credibility.value})}, 'Grade claim'),
        el('button', {onclick: () => send({action: 'accept'})}, 'Accept'),
        el('button', {onclick: () => send({action: 'reject'})}, 'Reject'),
        claimant ? ['source', reliability, el('button', {onclick: () => send({action: 'grade', grade: reliability.value}, claimant)}, 'Grade source')] : null),
      el('div', {class: 'row'}, note, user, pass, said), list);
    box.hidden = false;
    if (r.ok) show();
  }

  /** Runs a page's main function, turning any failure into a message on the page. */
  function start(active, main) {
    header(active);
    // body[data-state] says when a page has drawn (or shown its error): for tests and scripts.
    const go = () => { document.body.dataset.state = 'loading';
      return Promise.resolve().then(main).catch(e => error(e)).finally(() => { document.body.dataset.state = 'done'; }); };
    window.addEventListener('popstate', go);
    return go();
  }

  return {fill, term, bind, page, run, load, v, num, local, state, setState, iriParam, offsetParam, el, $, link, entityLink, date,
    error, busy, pager, table, evidence, excerpt, start, timings, InputError, OSINT, qualifierText};
})();
window.OsintKG = OsintKG;
