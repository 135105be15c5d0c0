// The dashboard: polls the control API (/_mock/*) every second while the tab is visible and redraws a panel only
// when its JSON changed, so focus and selection survive. Every element is built with the DOM API: request bodies
// and headers are whatever a client sent, and are never parsed as HTML.
import { announce } from '/assets/copy.js';

const POLL_MS = 1000;
const lastSeen = new Map();
let selectedRequest = null;
let newestMail = null;

// ---- a tiny element builder -------------------------------------------------------------------------------------
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

function time(iso) {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function dateTime(iso) {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'medium' });
}

// Replaces a container's children, keeping keyboard focus on the element with the same data-focus-key.
function replace(container, ...children) {
  const focused = container.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
  container.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
  if (focused) container.querySelector(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
}

// ---- the control API ----------------------------------------------------------------------------------------------
// The dashboard of a path tenant is at /t/NAME/_mock/; its control calls go to that tenant's /_mock too.
const tenantBase = location.pathname.replace(/\/_mock(\/.*)?$/, '');

async function control(path, options = {}) {
  const init = { ...options, headers: { Accept: 'application/json' } };
  if (options.poll) init.headers['X-Mock-Dashboard-Poll'] = '1'; // the terminal prints no line for a poll
  if (options.json !== undefined) {
    init.body = JSON.stringify(options.json);
    init.headers['Content-Type'] = 'application/json';
  }
  return fetch(`${tenantBase}/_mock${path}`, init);
}

// DRF-shaped errors ({"field": ["message"]} or {"detail": "..."}) as one readable line.
async function errorText(response) {
  try {
    const body = await response.json();
    return Object.entries(body).map(([field, messages]) => `${field}: ${[].concat(messages).join(' ')}`).join('; ');
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

async function act(description, path, options) {
  const response = await control(path, options);
  if (!response.ok) {
    announce(`${description} failed: ${await errorText(response)}`);
    return response;
  }
  announce(`${description}: done`);
  await refresh();
  return response;
}

// ---- panels -------------------------------------------------------------------------------------------------------
const panels = [
  { path: '/mailbox?limit=50', render: renderMailbox },
  { path: '/users', render: renderUsers },
  { path: '/requests?limit=100', render: renderRequests },
  { path: '/vector-stores', render: renderVectorStores },
  { path: '/common-knowledge', render: renderKnowledge },
  { path: '/health', render: renderState },
  { path: '/fixtures/loaded', render: renderFixture },
  { path: '/drift', render: renderDrift }, // only the proxy serves it: the panel stays hidden elsewhere
];

function renderDrift(report) {
  document.getElementById('drift-panel').hidden = false;
  document.getElementById('drift-link').hidden = false;
  document.getElementById('drift-exchanges').textContent =
    `${report.exchanges} exchange${report.exchanges === 1 ? '' : 's'} checked, ${report.drifts.length} difference${report.drifts.length === 1 ? '' : 's'}.`;
  replace(document.getElementById('drifts'), report.drifts.length === 0
    ? h('tr', {}, h('td', { colspan: 6, class: 'muted' }, 'No drift: every exchange so far kept the contract.'))
    : report.drifts.map((d) => h('tr', {},
      h('td', {}, h('code', {}, d.kind)),
      h('td', {}, h('div', {}, `${d.method} ${d.path}`), d.operation_id ? h('div', { class: 'muted small' }, d.operation_id) : null),
      h('td', {}, String(d.status)),
      h('td', {}, d.where ? h('code', {}, d.where) : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'small' }, d.detail),
      h('td', {}, String(d.count)))));
}

function renderMailbox(messages) {
  const newestFirst = [...messages].reverse();
  const newest = newestFirst[0];
  if (newest && newestMail !== null && newest.sent_at + newest.to !== newestMail) {
    announce(`New code ${newest.code} for ${newest.to}`);
  }
  newestMail = newest ? newest.sent_at + newest.to : '';
  replace(document.getElementById('mailbox'),
    newestFirst.length === 0
      ? h('li', { class: 'muted' }, 'No mail yet. Sign up through the API and the code shows up here.')
      : newestFirst.map((m, index) => h('li', {},
        h('div', { class: 'to' }, m.to),
        h('div', { class: 'muted small' }, `${m.subject} · ${time(m.sent_at)}`),
        h('button', {
          type: 'button', class: 'code', 'data-copy': m.code, 'data-copy-label': `code ${m.code} for ${m.to}`,
          'aria-label': `Copy code ${m.code} for ${m.to}`, dataset: { focusKey: `mail-${index}-${m.code}` },
        }, m.code))));
}

function renderUsers(users) {
  replace(document.getElementById('users'), users.length === 0
    ? h('tr', {}, h('td', { colspan: 4, class: 'muted' }, 'No users.'))
    : users.map((u) => h('tr', {},
      h('td', {}, h('div', {}, u.name), h('div', { class: 'muted small' }, u.email), h('div', { class: 'muted small' }, `id ${u.id}`)),
      h('td', {}, u.email_verified ? h('span', { class: 'badge status-2' }, 'verified') : h('span', { class: 'badge status-4' }, 'not verified')),
      h('td', {}, u.sessions.length === 0 ? h('span', { class: 'muted small' }, 'none') : h('ul', { class: 'sessions' },
        u.sessions.map((s) => h('li', {},
          h('span', { class: 'small' }, `${s.kind}${s.scope ? ` (${s.scope})` : ''}, since ${time(s.started_at)}, until ${dateTime(s.expires_at)}`),
          h('button', {
            type: 'button', 'aria-label': `Revoke ${s.kind} session of ${u.email} started ${time(s.started_at)}`,
            dataset: { focusKey: `revoke-${s.id}` },
            onclick: () => act(`Revoke session of ${u.email}`, `/sessions/${encodeURIComponent(s.id)}`, { method: 'DELETE' }),
          }, 'Revoke'))))),
      h('td', {}, h('div', { class: 'actions' },
        u.email_verified ? null : h('button', {
          type: 'button', 'aria-label': `Verify ${u.email}`, dataset: { focusKey: `verify-${u.id}` },
          onclick: () => act(`Verify ${u.email}`, `/users/${u.id}/verify`, { method: 'POST' }),
        }, 'Verify'),
        h('button', {
          type: 'button', class: 'danger', 'aria-label': `Delete ${u.email}`, dataset: { focusKey: `delete-${u.id}` },
          onclick: () => act(`Delete ${u.email}`, `/users/${u.id}`, { method: 'DELETE' }),
        }, 'Delete'))))));
}

let requestEntries = [];

function renderRequests(entries) {
  requestEntries = [...entries].reverse();
  drawRequests();
}

function drawRequests() {
  const filter = document.getElementById('request-filter').value.trim().toLowerCase();
  const shown = requestEntries.filter((r) => !filter
    || `${r.method} ${r.path}${r.query} ${r.status}`.toLowerCase().includes(filter));
  replace(document.getElementById('requests'), shown.length === 0
    ? h('tr', {}, h('td', { colspan: 5, class: 'muted' }, requestEntries.length === 0 ? 'No API requests yet.' : 'No request matches the filter.'))
    : shown.map((r) => h('tr', { 'aria-current': r.id === selectedRequest ? 'true' : null },
      h('td', { class: 'small' }, time(r.at)),
      h('td', {}, h('button', {
        type: 'button', class: 'request-link mono', dataset: { focusKey: `request-${r.id}` },
        'aria-label': `Open ${r.method} ${r.path}${r.query}, status ${r.status}`,
        onclick: () => openRequest(r.id),
      }, `${r.method} ${r.path}${r.query}`)),
      h('td', { class: `status-${String(r.status)[0]}` }, r.status === 0 ? 'no answer' : String(r.status)),
      h('td', { class: 'small' }, r.duration_ms.toFixed(1)),
      h('td', {}, r.violations.length === 0
        ? h('span', { class: 'muted small' }, 'ok')
        : h('span', { class: 'badge violations', title: r.violations.join('\n') }, `${r.violations.length} violation${r.violations.length > 1 ? 's' : ''}`)))));
}

// Shows a request's messages; focus moves there (keyboard users land on what they opened), except when the page
// opens one from its address on load.
async function openRequest(id, { focus = true } = {}) {
  selectedRequest = id;
  history.replaceState(null, '', `#request-${id}`); // a link to this request, to share or to come back to
  drawRequests();
  const detail = document.getElementById('request-detail');
  const response = await control(`/requests/${id}`);
  if (!response.ok) {
    replace(detail, h('h3', { id: 'detail-heading' }, `Request ${id}`), h('p', { class: 'muted' }, 'No longer in the log.'));
    if (focus) detail.focus();
    return;
  }
  const r = await response.json();
  replace(detail,
    h('h3', { id: 'detail-heading' }, `${r.method} ${r.path}${r.query}`),
    h('p', {}, h('span', { class: `status-${String(r.status)[0]}` }, r.status === 0 ? 'no answer' : `${r.status}`),
      ` · ${r.duration_ms.toFixed(1)} ms · ${dateTime(r.at)}`, r.preferences ? ` · Prefer: ${r.preferences}` : ''),
    r.violations.length ? h('div', {}, h('h4', {}, 'Contract violations'), h('ul', { class: 'violations' }, r.violations.map((v) => h('li', {}, v)))) : null,
    r.leniencies.length ? h('div', {}, h('h4', {}, 'Leniency shown'), h('ul', {}, r.leniencies.map((l) => h('li', {}, l)))) : null,
    message('Request', r.request),
    message('Response', r.response));
  if (focus) detail.focus();
}

function message(title, m) {
  return h('section', { 'aria-label': title },
    h('h4', {}, `${title} headers`),
    h('table', {}, h('tbody', {}, m.headers.map((header) => h('tr', {}, h('td', {}, header.name), h('td', {}, header.value))))),
    h('h4', {}, `${title} body`),
    m.body === null
      ? h('p', { class: 'muted small' }, m.body_length > 0 ? `${m.body_length} bytes, not shown (not text, or not read by the validator)` : 'none')
      : h('pre', { class: `${title.toLowerCase()}-body` }, pretty(m.body)),
    m.body_truncated ? h('p', { class: 'muted small' }, `Cut at the log's bound: ${m.body.length} of ${m.body_length}.`) : null);
}

function pretty(body) {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function keyItem(title, subtitle, key, label) {
  return h('li', {},
    h('div', {}, h('strong', {}, title), ' ', h('span', { class: 'muted small' }, subtitle)),
    h('div', { class: 'copy-row' }, h('code', {}, key),
      h('button', { type: 'button', 'data-copy': key, 'data-copy-label': label, dataset: { focusKey: `key-${key}` } }, 'Copy')));
}

function renderVectorStores(stores) {
  replace(document.getElementById('vector-stores'), stores.flatMap((s) => s.keys.length === 0
    ? [h('li', {}, h('div', {}, h('strong', {}, s.name), ' ', h('span', { class: 'muted small' }, `${s.id} · every key revoked`)))]
    : s.keys.map((k) => keyItem(s.name, `${s.id} · key "${k.name}"`, k.api_key, `the ${k.name} key of ${s.name}`))));
}

function renderKnowledge(items) {
  replace(document.getElementById('common-knowledge'), items.length === 0
    ? h('li', { class: 'muted' }, 'Nothing published.')
    : items.map((k) => keyItem(k.name, `by ${k.owner_email}${k.is_public ? ` · public: public-ck-id ${k.id}` : ''}`, k.api_key, `the key of ${k.name}`)));
}

function renderState(health) {
  document.getElementById('clock-now').textContent = dateTime(health.now);
  const counts = [['Users', health.users], ['Live sessions', health.sessions], ['Sessions started', health.sessions_started],
    ['Libraries changed', health.libraries_kept], ['Libraries cached', health.libraries_cached]];
  replace(document.getElementById('state-counts'), counts.map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, String(value)))));
}

// The loaded fixture file and its scenarios; "" is the file's top level.
function renderFixture(loaded) {
  document.getElementById('fixture-loaded').textContent = loaded.loaded
    ? `Loaded: ${loaded.scenario ? `scenario "${loaded.scenario}"` : 'the top level'} of the fixture file (${loaded.users} users, ${loaded.documents} documents, ${loaded.vector_stores} vector stores${loaded.generated ? ', with generated data' : ''}).`
    : 'None: the generated data of the seed. Load a file with --fixtures FILE or POST /_mock/fixtures.';
  const form = document.getElementById('fixture-switch');
  form.hidden = !loaded.loaded;
  replace(document.getElementById('fixture-scenarios'),
    h('option', { value: '', selected: !loaded.scenario }, '(top level)'),
    loaded.scenarios.map((name) => h('option', { value: name, selected: name === loaded.scenario }, name)));
}

// ---- polling ------------------------------------------------------------------------------------------------------
async function refresh() {
  await Promise.all(panels.map(async (panel) => {
    const response = await control(panel.path, { poll: true });
    const text = await response.text();
    if (!response.ok || lastSeen.get(panel.path) === text) return;
    lastSeen.set(panel.path, text);
    panel.render(JSON.parse(text));
  }));
}

function setConnection(live) {
  const badge = document.getElementById('connection');
  const text = live ? 'live' : 'mock not reachable';
  if (badge.textContent !== text) {
    badge.textContent = text;
    badge.className = `badge ${live ? 'status-2' : 'status-5'}`;
  }
}

async function tick() {
  if (!document.hidden) {
    try {
      await refresh();
      setConnection(true);
    } catch {
      setConnection(false);
    }
  }
  setTimeout(tick, POLL_MS);
}

// ---- forms and buttons --------------------------------------------------------------------------------------------
document.getElementById('drift-clear').addEventListener('click', () => act('Clear the drift report', '/drift', { method: 'DELETE' }));

document.getElementById('create-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const errors = document.getElementById('create-user-errors');
  const data = new FormData(form);
  const response = await control('/users', {
    method: 'POST',
    json: { email: data.get('email'), name: data.get('name'), password: data.get('password'), email_verified: data.get('email_verified') === 'on' },
  });
  if (!response.ok) {
    errors.textContent = await errorText(response);
    return;
  }
  errors.textContent = '';
  announce(`Created ${data.get('email')}`);
  form.elements.email.value = '';
  form.elements.name.value = '';
  await refresh();
});

document.getElementById('advance-clock').addEventListener('submit', async (event) => {
  event.preventDefault();
  const seconds = Number(new FormData(event.currentTarget).get('seconds'));
  const response = await act(`Advance the clock by ${seconds} seconds`, '/clock/advance', { method: 'POST', json: { seconds } });
  document.getElementById('advance-errors').textContent = response.ok ? '' : await errorText(response);
});

for (const button of document.querySelectorAll('button[data-advance]')) {
  button.addEventListener('click', () => act(`Advance the clock by ${button.dataset.advance} seconds`, '/clock/advance',
    { method: 'POST', json: { seconds: Number(button.dataset.advance) } }));
}

const resetButton = document.getElementById('reset');
const resetConfirm = document.getElementById('reset-confirm');
resetButton.addEventListener('click', () => {
  resetConfirm.hidden = false;
  document.getElementById('reset-yes').focus();
});
document.getElementById('reset-no').addEventListener('click', () => {
  resetConfirm.hidden = true;
  resetButton.focus();
});
document.getElementById('reset-yes').addEventListener('click', async () => {
  resetConfirm.hidden = true;
  selectedRequest = null;
  history.replaceState(null, '', location.pathname);
  await act('Reset', '/reset', { method: 'POST' });
  resetButton.focus();
});

document.getElementById('fixture-download').href = `${tenantBase}/_mock/fixtures?format=yaml&download=1`;
document.getElementById('fixture-switch').addEventListener('submit', async (event) => {
  event.preventDefault();
  const scenario = new FormData(event.currentTarget).get('scenario');
  const path = scenario ? `/fixtures?scenario=${encodeURIComponent(scenario)}` : '/fixtures';
  const response = await act(`Load ${scenario ? `scenario ${scenario}` : 'the top level'}`, path, { method: 'POST' });
  document.getElementById('fixture-errors').textContent = response.ok ? '' : await errorText(response);
});

document.getElementById('request-filter').addEventListener('input', drawRequests);
document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh().catch(() => setConnection(false)); });

const linked = /^#request-(\d+)$/.exec(location.hash);
if (linked) openRequest(Number(linked[1]), { focus: false });
tick();
