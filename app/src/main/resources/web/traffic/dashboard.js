// Live dashboard: one EventSource (geometry, history, frame events), controls posted as JSON.
'use strict';
const state = { geometry: null, frame: null, colourBy: 'speed', selected: -1, source: null };
const map = new NetworkMap(document.getElementById('map'), j => { state.selected = j; showJunction(); });
const message = document.getElementById('message');
let charts = null;

function say(text) { message.textContent = text || ''; }

function connect() {
  const es = new EventSource('/api/traffic/stream');
  state.source = es;
  es.addEventListener('geometry', e => {
    state.geometry = JSON.parse(e.data);
    map.setGeometry(state.geometry);
    document.getElementById('network').textContent = t('network') + ': ' + state.geometry.name;
    fillControllers();
    fillRoads();
    state.controllerShown = false;
    state.selected = -1; showJunction();
  });
  es.addEventListener('history', e => { resetCharts(JSON.parse(e.data)); });
  es.addEventListener('frame', e => { onFrame(JSON.parse(e.data)); });
  es.onopen = () => say('');
  es.onerror = async () => {
    say(t('disconnected'));
    const lost = await signInLost();
    if (lost) { es.close(); say(lost); }
  };
}

function onFrame(f) {
  state.frame = f;
  document.getElementById('time').textContent = clock(f.time_s);
  // a twin repeating its demand says which pass runs and how often it starts again (issue 17, item 12)
  document.getElementById('status').textContent = t(f.status.toLowerCase())
    + (f.demandPeriod_s > 0 ? ' · ' + t('demandRound').replace('{n}', f.demandRound).replace('{p}', clock(f.demandPeriod_s))
      : (f.status === 'FINISHED' ? ' · ' + t('horizonReached') : ''));
  document.getElementById('target').textContent = f.targetSpeed === 0 ? t('fastest') : '×' + f.targetSpeed;
  document.getElementById('achieved').textContent = '×' + f.achievedSpeed.toFixed(1);
  const speedSelect = document.getElementById('speed');
  if (document.activeElement !== speedSelect && [...speedSelect.options].some(o => Number(o.value) === f.targetSpeed)) {
    speedSelect.value = String(f.targetSpeed);
  }
  if (!state.controllerShown && f.controllers.length) {
    document.getElementById('controller').value = state.geometry.controllerNames[f.controllers[0]];
    state.controllerShown = true;
  }
  const k = f.kpi;
  document.getElementById('kpiAtt').textContent = k.averageTravelTime_s.toFixed(1);
  document.getElementById('kpiAttFinished').textContent = k.finishedTravelTime_s.toFixed(1);
  document.getElementById('kpiDelay').textContent = k.averageDelay_s.toFixed(1);
  document.getElementById('kpiThroughput').textContent = k.finishedLastMinute;
  document.getElementById('kpiQueued').textContent = k.queued;
  document.getElementById('kpiFinished').textContent = k.finished;
  colourLanes();
  showAlarms();
  showAmbulance();
  map.phases = f.phases;
  map.dirty = true;
  addKpi(k);
  showJunction();
}

function colourLanes() {
  const f = state.frame, g = state.geometry;
  if (!f || !g) return;
  const values = new Float32Array(g.laneCount);
  for (let lane = 0; lane < g.laneCount; lane++) {
    const road = g.roads[map.laneRoad[lane]];
    if (state.colourBy === 'speed') {
      values[lane] = f.laneSpeed_mps[lane] < 0 ? -1 : Math.min(1, f.laneSpeed_mps[lane] / road.maxSpeed_mps);
    } else {
      const perKm = f.laneVehicles[lane] / laneLength(road) * 1000;   // jam density about 133 veh/km
      values[lane] = f.laneVehicles[lane] === 0 ? -1 : Math.max(0, 1 - perKm / 133);
    }
  }
  map.laneValues = values;
}
function laneLength(road) {
  let len = 0; const p = road.points_m;
  for (let i = 2; i < p.length; i += 2) len += Math.hypot(p[i] - p[i - 2], p[i + 1] - p[i - 1]);
  return Math.max(1, len);
}
function clock(s) {
  const h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), sec = Math.floor(s % 60);
  return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0') + ':' + String(sec).padStart(2, '0') + ' (' + s.toFixed(0) + ' s)';
}

function fillRoads() {
  fillAmbulanceRoads();
  const sel = document.getElementById('incidentRoad');
  const keep = sel.value;
  sel.replaceChildren();
  state.geometry.roads.forEach(r => {
    if (state.geometry.junctions[r.to].virtual) return;   // roads leaving the network have no detectors
    const o = el('option', r.id); o.value = r.id; sel.appendChild(o);
  });
  if (keep) sel.value = keep;
}

// ---- incident alarms: standing ones first, then recently cleared; the map flashes alarmed lanes
function showAlarms() {
  const f = state.frame, g = state.geometry;
  const box = document.getElementById('alarms');
  if (!f || !g) return;
  const alarms = f.alarms || [];
  const roadIndex = state.roadIndex && state.roadIndex.geometry === g ? state.roadIndex
    : (state.roadIndex = { geometry: g, byId: new Map(g.roads.map((r, i) => [r.id, i])) });
  const laneOf = (road, lane) => { const r = roadIndex.byId.get(road); return r === undefined ? -1 : g.roads[r].firstLane + lane; };
  map.alarmLanes = alarms.filter(a => a.cleared_s < 0).map(a => laneOf(a.road, a.lane)).filter(l => l >= 0);
  map.incidents = (f.incidents || []).map(i => ({ lane: laneOf(i.road, i.lane), position_m: i.position_m })).filter(i => i.lane >= 0);
  box.replaceChildren();
  const table = el('table', null, 'alarms');
  const head = el('tr');
  ['raisedAt', 'road', 'lane', 'detector', 'clearedAt'].forEach(k => head.appendChild(el('th', t(k))));
  table.appendChild(head);
  const active = alarms.filter(a => a.cleared_s < 0), recent = alarms.filter(a => a.cleared_s >= 0);
  const section = (title, list) => {
    const tr = el('tr'); const td = el('td', title + ' (' + list.length + ')', 'group'); td.colSpan = 5; tr.appendChild(td); table.appendChild(tr);
    list.forEach(a => {
      const row = el('tr', null, a.cleared_s < 0 ? 'alarm' : 'cleared');
      row.title = a.reason;
      row.appendChild(el('td', clock(a.time_s)));
      row.appendChild(el('td', a.road));
      row.appendChild(el('td', a.lane));
      row.appendChild(el('td', t(a.detector)));
      row.appendChild(el('td', a.cleared_s < 0 ? t('standing') : clock(a.cleared_s)));
      table.appendChild(row);
    });
  };
  section(t('activeAlarms'), active);
  section(t('recentAlarms'), recent);
  if (!alarms.length) { box.appendChild(el('div', t('noAlarms'))); }
  (f.incidents || []).forEach(i => box.appendChild(el('div', '■ ' + t('blocked') + ': ' + i.road + ' / ' + i.lane + ' @ ' + i.position_m + ' m, '
    + clock(i.from_s) + ' → ' + clock(i.until_s), 'incident')));
  if (alarms.length) box.appendChild(table);
}

// ---- ambulance: dispatch from lists or the map; its route, position and pre-emptions on the map
// Roads are offered as people read them (heading, from junction → to junction, the id last) and only where a route
// exists: origins that lead somewhere, destinations reachable from the chosen origin (issue 17, item 13).
function roadLabel(r) {
  const g = state.geometry, road = g.roads[r], p = road.points_m, n = p.length / 2;
  const dx = p[2 * n - 2] - p[0], dy = p[2 * n - 1] - p[1];
  const heading = Math.abs(dx) >= Math.abs(dy) ? (dx >= 0 ? 'east' : 'west') : (dy >= 0 ? 'north' : 'south');
  const end = j => g.junctions[j].virtual ? t('networkEdge') : g.junctions[j].id;
  return t(heading) + ' · ' + end(road.from) + ' → ' + end(road.to) + ' (' + road.id + ')';
}
function roadIndexOf(id) { return state.geometry.roads.findIndex(r => r.id === id); }
/** Road indices reachable from road {@code r} through the road links (movements), without r itself. */
function reachableFrom(r) {
  const g = state.geometry;
  if (!state.next || state.next.geometry !== g) {
    const next = g.roads.map(() => []);
    g.movements.forEach(m => next[m.fromRoad].push(m.toRoad));
    state.next = { geometry: g, next: next, cache: new Map() };
  }
  if (state.next.cache.has(r)) return state.next.cache.get(r);
  const seen = new Set([r]), queue = [r];
  while (queue.length) { state.next.next[queue.shift()].forEach(x => { if (!seen.has(x)) { seen.add(x); queue.push(x); } }); }
  seen.delete(r);
  state.next.cache.set(r, seen);
  return seen;
}
function fillSelect(sel, roads) {
  const keep = sel.value;
  sel.replaceChildren();
  roads.forEach(r => { const o = el('option', roadLabel(r)); o.value = state.geometry.roads[r].id; sel.appendChild(o); });
  if (keep && roads.some(r => state.geometry.roads[r].id === keep)) sel.value = keep;
}
/** Roads at the network's edge first (where an ambulance usually comes in or leaves), then the rest. */
function edgeFirst(roads, atEdge) { return [...roads.filter(atEdge), ...roads.filter(r => !atEdge(r))]; }
function fillAmbulanceRoads() {
  const g = state.geometry;
  const all = g.roads.map((r, i) => i);
  fillSelect(document.getElementById('ambulanceOrigin'),
    edgeFirst(all.filter(r => reachableFrom(r).size > 0), r => g.junctions[g.roads[r].from].virtual));
  fillDestinations();
}
function fillDestinations() {
  const g = state.geometry;
  const dest = document.getElementById('ambulanceDestination');
  const origin = roadIndexOf(document.getElementById('ambulanceOrigin').value);
  const reachable = origin < 0 ? [] : [...reachableFrom(origin)].sort((a, b) => a - b);
  const exits = r => g.junctions[g.roads[r].to].virtual;
  fillSelect(dest, edgeFirst(reachable, exits));
  // until the operator picks one, suggest the last reachable road leaving the network
  const exitCount = reachable.filter(exits).length;
  if (!dest.dataset.touched && exitCount > 0) dest.selectedIndex = exitCount - 1;
}
function sayAmbulance(text) { document.getElementById('ambulanceMessage').textContent = text || ''; }

function showAmbulance() {
  const a = state.frame && state.frame.ambulance, g = state.geometry;
  map.ambulance = a || null;
  const box = document.getElementById('ambulance');
  box.replaceChildren();
  if (!a) { box.appendChild(el('div', t('noAmbulance'))); return; }
  const kv = el('div', null, 'kv');
  const add = (k, v, cls) => { kv.appendChild(el('span', t(k))); kv.appendChild(el('span', v, cls)); };
  add('ambulanceState', t(a.state));
  const named = id => { const r = roadIndexOf(id); return r < 0 ? id : roadLabel(r); };
  add('routeRoads', named(a.origin) + ' ⇒ ' + named(a.destination) + ' (' + a.route.length + ' ' + t('roads') + ')');
  add('freeFlow', a.freeFlow_s.toFixed(0) + ' s');
  if (a.state === 'ARRIVED') {
    add('travel', a.elapsed_s.toFixed(0) + ' s', 'result');
    add('vsFreeFlow', '×' + (a.elapsed_s / a.freeFlow_s).toFixed(2), 'result');
  } else {
    add('elapsed', a.elapsed_s.toFixed(0) + ' s');
    add('eta', clock(a.eta_s) + ' (' + Math.max(0, a.eta_s - state.frame.time_s).toFixed(0) + ' s)');
    add('preempted', a.preempted.length ? a.preempted.map((j, i) => g.junctions[j].id + ' (' + t(a.preemptedGreen[i] ? 'greenHeld' : 'clearing') + ')').join(', ') : '—', 'preempted');
  }
  box.appendChild(kv);
}

function pickRoadInto(selectId, button) {
  sayAmbulance(t('pickHint'));
  button.classList.add('picking');
  map.roadPicker = r => {
    button.classList.remove('picking');
    if (r < 0) return;
    const sel = document.getElementById(selectId);
    const id = state.geometry.roads[r].id;
    if (![...sel.options].some(o => o.value === id)) {
      // a road the list does not offer: no route from it, or none to it from the origin
      sayAmbulance(t(selectId === 'ambulanceOrigin' ? 'noRouteFrom' : 'notReachable').replace('{road}', roadLabel(r)));
      return;
    }
    sel.value = id;
    sel.dataset.touched = '1';
    if (selectId === 'ambulanceOrigin') fillDestinations();
    sayAmbulance(t(selectId === 'ambulanceOrigin' ? 'origin' : 'destination') + ': ' + roadLabel(r));
  };
}
document.getElementById('pickOrigin').onclick = e => pickRoadInto('ambulanceOrigin', e.target);
document.getElementById('pickDestination').onclick = e => pickRoadInto('ambulanceDestination', e.target);
document.getElementById('ambulanceOrigin').onchange = () => { fillDestinations(); sayAmbulance(''); };
document.getElementById('ambulanceDestination').onchange = e => { e.target.dataset.touched = '1'; sayAmbulance(''); };
document.getElementById('ambulanceForm').onsubmit = async e => {
  e.preventDefault();
  // the answer, or the reason it was refused, shows next to the form
  try {
    const r = await post('/api/traffic/ambulance', {
      origin: document.getElementById('ambulanceOrigin').value,
      destination: document.getElementById('ambulanceDestination').value
    });
    sayAmbulance(r.detail ? '✓ ' + r.detail : '✓');
  } catch (err) { sayAmbulance(err.message); }
};

function fillControllers() {
  const sel = document.getElementById('controller');
  const keep = sel.value;
  sel.replaceChildren();
  state.geometry.controllerNames.forEach(n => { const o = el('option', n); o.value = n; sel.appendChild(o); });
  if (keep) sel.value = keep;
}

function showJunction() {
  const box = document.getElementById('junction');
  const g = state.geometry, f = state.frame;
  box.replaceChildren();
  if (!g || state.selected < 0) { box.appendChild(el('div', t('none'))); return; }
  const j = g.junctions[state.selected];
  const k = g.signals.indexOf(state.selected);
  box.appendChild(el('div', j.id, 'current'));
  if (f && k >= 0) {
    const kv = el('div', null, 'kv');
    kv.appendChild(el('span', t('controller'))); kv.appendChild(el('span', g.controllerNames[f.controllers[k]]));
    kv.appendChild(el('span', t('phase'))); kv.appendChild(el('span', f.phases[k]));
    kv.appendChild(el('span', t('lastMinute'))); kv.appendChild(el('span', f.signalThroughput[k]));
    box.appendChild(kv);
  }
  const queues = el('table');
  const head = el('tr'); head.appendChild(el('th', 'road')); head.appendChild(el('th', t('queue'))); head.appendChild(el('th', t('vehicles')));
  queues.appendChild(head);
  g.roads.forEach(road => {
    if (road.to !== state.selected) return;
    let q = 0, n = 0;
    for (let lane = road.firstLane; lane < road.firstLane + road.lanes; lane++) {
      if (f) { q += f.laneQueue[lane]; n += f.laneVehicles[lane]; }
    }
    const tr = el('tr'); tr.appendChild(el('td', road.id)); tr.appendChild(el('td', q)); tr.appendChild(el('td', n));
    queues.appendChild(tr);
  });
  box.appendChild(queues);
  box.appendChild(el('h2', t('plan')));
  const plan = el('table');
  j.phases.forEach((links, p) => {
    const tr = el('tr', null, f && k >= 0 && f.phases[k] === p ? 'current' : '');
    tr.appendChild(el('td', p));
    tr.appendChild(el('td', j.phaseDurations_s[p] + ' s'));
    tr.appendChild(el('td', links.map(l => {
      const m = g.movements[l];
      return g.roads[m.fromRoad].id.replace(/^road_/, '') + ' ' + m.turn;
    }).join(', ') || '—'));
    plan.appendChild(tr);
  });
  box.appendChild(plan);
}

// ---- KPI charts (chart.js)
function chartOf(id, labels, colours) {
  return new Chart(document.getElementById(id), {
    type: 'line',
    data: { datasets: labels.map((l, i) => ({ label: t(l), data: [], borderColor: colours[i], pointRadius: 0, borderWidth: 1.5 })) },
    options: { animation: false, parsing: false, responsive: true,
      scales: { x: { type: 'linear', ticks: { color: '#9fb3cc', callback: v => Math.round(v / 60) + 'm' } }, y: { ticks: { color: '#9fb3cc' } } },
      plugins: { legend: { labels: { color: '#dfe6ee', boxWidth: 10 } } } }
  });
}
function resetCharts(history) {
  if (typeof Chart === 'undefined') return;
  if (!charts) {
    charts = { time: chartOf('chartTime', ['att', 'delay'], ['#4db8ff', '#ffb86b']),
               flow: chartOf('chartFlow', ['throughput', 'queued'], ['#2ee66b', '#ff4d4d']) };
  }
  [charts.time, charts.flow].forEach(c => c.data.datasets.forEach(d => { d.data = []; }));
  charts.lastTime = -Infinity;
  history.forEach(k => addKpi(k, true));
  charts.time.update(); charts.flow.update();
}
function addKpi(k, batch) {
  if (!charts || k.time_s < charts.lastTime + 10) {
    if (charts && k.time_s < charts.lastTime) { charts.lastTime = -Infinity; }
    return;
  }
  charts.lastTime = k.time_s;
  charts.time.data.datasets[0].data.push({ x: k.time_s, y: k.averageTravelTime_s });
  charts.time.data.datasets[1].data.push({ x: k.time_s, y: k.averageDelay_s });
  charts.flow.data.datasets[0].data.push({ x: k.time_s, y: k.finishedLastMinute });
  charts.flow.data.datasets[1].data.push({ x: k.time_s, y: k.queued });
  if (!batch) { charts.time.update(); charts.flow.update(); }
}

// ---- controls
async function control(path, body) {
  try { const r = await post(path, body); say(r.detail ? '✓ ' + r.detail : ''); }
  catch (e) { say(e.message); }
}
document.getElementById('pause').onclick = () => control('/api/traffic/pause');
document.getElementById('resume').onclick = () => control('/api/traffic/resume');
document.getElementById('step').onclick = () => control('/api/traffic/step', { steps: Number(document.getElementById('stepCount').value) });
document.getElementById('speed').onchange = e => control('/api/traffic/speed', { speed: Number(e.target.value) });
document.getElementById('applyAll').onclick = () => control('/api/traffic/controller', { controller: document.getElementById('controller').value });
document.getElementById('applySelected').onclick = () => {
  if (state.selected < 0) { say(t('none')); return; }
  control('/api/traffic/controller', { controller: document.getElementById('controller').value, junction: state.geometry.junctions[state.selected].id });
};
document.getElementById('incidentForm').onsubmit = e => {
  e.preventDefault();
  control('/api/traffic/incident', {
    road: document.getElementById('incidentRoad').value,
    lane: Number(document.getElementById('incidentLane').value),
    position_m: Number(document.getElementById('incidentPosition').value),
    duration_s: Number(document.getElementById('incidentDuration').value)
  });
};
document.getElementById('colourBy').onchange = e => { state.colourBy = e.target.value; colourLanes(); map.dirty = true; };
document.getElementById('loadForm').onsubmit = async e => {
  e.preventDefault();
  try {
    const r = await api('/api/traffic/load', { method: 'POST', body: new FormData(e.target) });
    say('✓ ' + r.detail);
  } catch (err) { say(err.message); }
};
document.addEventListener('langchange', () => { showJunction(); if (state.frame) onFrame(state.frame); });
const legend = document.getElementById('legend');
NetworkMap.PALETTE.forEach(c => { const i = el('i'); i.style.background = c; legend.appendChild(i); });

window.dashboard = { state, map };
applyLabels();
connect();
