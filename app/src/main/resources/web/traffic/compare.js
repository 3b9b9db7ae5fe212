// Benchmark results (table + chart) and a two-controller comparison run on the loaded network with a progress bar.
'use strict';
const message = document.getElementById('message');
let benchChart = null;

function row(cells, header) {
  const tr = el('tr');
  cells.forEach(c => tr.appendChild(el(header ? 'th' : 'td', c)));
  return tr;
}

async function loadControllers() {
  const list = await api('/api/traffic/controllers');
  ['a', 'b'].forEach((id, i) => {
    const sel = document.getElementById(id);
    sel.replaceChildren();
    list.forEach(c => { const o = el('option', c.name); o.value = c.name; o.title = c.description; sel.appendChild(o); });
    sel.value = list[Math.min(i + 1, list.length - 1)].name;
  });
}

async function loadBenchmark() {
  const r = await api('/api/traffic/benchmark');
  document.getElementById('benchSource').textContent = r.source || r.message || '';
  const table = document.getElementById('benchTable');
  table.replaceChildren(row(['network', 'flow', 'protocol', 'controller', t('vehicles'), 'ATT s', 'delay s', 'throughput', 'max wait s'], true));
  r.rows.forEach(x => table.appendChild(row([x.network, x.flow, x.protocol, x.controller, x.vehicles,
    x.averageTravelTime_s.toFixed(1), x.averageDelay_s.toFixed(1), x.throughput, x.maxWait_s.toFixed(0)])));
  if (!r.rows.length || typeof Chart === 'undefined') return;
  const groups = [...new Set(r.rows.map(x => x.network + '/' + x.flow + ' ' + x.protocol))];
  const controllers = [...new Set(r.rows.map(x => x.controller))];
  const palette = ['#4db8ff', '#ffb86b', '#2ee66b', '#ff4d4d', '#c78bff', '#ffd84d', '#7fe0d0', '#ff8fc7', '#b0b0b0'];
  const datasets = controllers.map((c, i) => ({
    label: c, backgroundColor: palette[i % palette.length],
    data: groups.map(g => { const x = r.rows.find(y => y.controller === c && (y.network + '/' + y.flow + ' ' + y.protocol) === g); return x ? x.averageTravelTime_s : null; })
  }));
  if (benchChart) benchChart.destroy();
  benchChart = new Chart(document.getElementById('benchChart'), {
    type: 'bar', data: { labels: groups, datasets },
    options: { animation: false, plugins: { title: { display: true, text: 'ATT (s)', color: '#dfe6ee' }, legend: { labels: { color: '#dfe6ee' } } },
      scales: { x: { ticks: { color: '#9fb3cc' } }, y: { ticks: { color: '#9fb3cc' } } } }
  });
}

async function poll() {
  try {
    const s = await api('/api/traffic/compare');
    const bar = document.getElementById('progress');
    if (s.state === 'running') { bar.max = s.stepsTotal; bar.value = s.stepsDone; }
    else if (s.state === 'done') { bar.max = 1; bar.value = 1; }
    const table = document.getElementById('compareResults');
    table.replaceChildren(row(['controller', 'ATT s', 'delay s', 'throughput', 'queue veh/lane', 'wall s'], true));
    s.results.forEach(x => table.appendChild(row([x.controller, x.summary.averageTravelTime_s.toFixed(1),
      x.summary.averageDelay_s.toFixed(1), x.summary.finished, x.summary.averageQueue_veh.toFixed(2), x.wall_s.toFixed(1)])));
    if (s.state === 'failed') message.textContent = s.error;
    if (s.state === 'running') setTimeout(poll, 500);
  } catch (e) { message.textContent = e.message; }
}

document.getElementById('start').onclick = async () => {
  try {
    const r = await post('/api/traffic/compare', { controllers: [document.getElementById('a').value, document.getElementById('b').value],
      steps: Number(document.getElementById('steps').value) });
    message.textContent = '✓ ' + r.detail;
    poll();
  } catch (e) { message.textContent = e.message; }
};
document.addEventListener('langchange', () => { loadBenchmark().catch(e => { message.textContent = e.message; }); });
applyLabels();
loadControllers().then(loadBenchmark).then(poll).catch(e => { message.textContent = e.message; });
