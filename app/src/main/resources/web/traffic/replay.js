// Plays back a replay file of 'smartcity traffic simulate --out DIR --replay' (smartcity-replay/1, gzip) on the
// map of the loaded network. The file is read and unpacked in the browser; nothing is uploaded.
'use strict';
const map = new NetworkMap(document.getElementById('map'));
const message = document.getElementById('message');
const replay = { lines: [], index: 0, timer: null };
let geometry = null;

api('/api/traffic/geometry').then(g => { geometry = g; map.setGeometry(g); }).catch(e => { message.textContent = e.message; });

async function readText(file) {
  const gz = file.name.endsWith('.gz');
  if (!gz) return file.text();
  const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

document.getElementById('file').onchange = async e => {
  const file = e.target.files[0];
  if (!file || !geometry) return;
  try {
    const text = await readText(file);
    const lines = text.split('\n').filter(l => l.length);
    const header = lines[0] || '';
    const m = /^# smartcity-replay\/1 .*lanes=(\d+) .*intersections=(\d+)/.exec(header);
    if (!m) throw new Error(file.name + ': not a smartcity-replay/1 file (first line: ' + header.slice(0, 60) + ')');
    if (Number(m[1]) !== geometry.laneCount || Number(m[2]) !== geometry.junctions.length) {
      throw new Error(file.name + ': recorded on another network (' + m[1] + ' lanes, ' + m[2] + ' junctions; loaded: '
        + geometry.laneCount + ' lanes, ' + geometry.junctions.length + ' junctions)');
    }
    replay.lines = lines.slice(1);
    replay.index = 0;
    const pos = document.getElementById('position');
    pos.max = replay.lines.length - 1; pos.value = 0;
    message.textContent = '✓ ' + file.name + ': ' + replay.lines.length + ' steps';
    show(0);
  } catch (err) { message.textContent = err.message; }
};

function show(i) {
  const line = replay.lines[i];
  if (!line) return;
  const [time, vehicles, signals] = line.split('|');
  const counts = new Float32Array(geometry.laneCount).fill(-1);
  const speedSum = new Float32Array(geometry.laneCount), n = new Int32Array(geometry.laneCount);
  const dots = [];
  if (vehicles) {
    vehicles.split(';').forEach(v => {
      const [, drv, pos, speed] = v.split(',').map(Number);
      if (drv < 0) return;  // inside a junction (lane link): not drawn
      const [x, y] = map.pointOnLane(drv, pos);
      dots.push(x, y);
      speedSum[drv] += speed; n[drv]++;
    });
  }
  for (let lane = 0; lane < geometry.laneCount; lane++) {
    if (n[lane]) counts[lane] = Math.min(1, speedSum[lane] / n[lane] / geometry.roads[map.laneRoad[lane]].maxSpeed_mps);
  }
  const phases = geometry.signals.map(() => 0);
  (signals || '').split(',').filter(s => s).forEach(s => {
    const [j, p] = s.split(':').map(Number);
    const k = geometry.signals.indexOf(j);
    if (k >= 0) phases[k] = p;
  });
  map.laneValues = counts; map.phases = phases; map.dots = dots; map.dirty = true;
  document.getElementById('time').textContent = time.replace('t=', '') + ' s';
  document.getElementById('count').textContent = dots.length / 2;
  document.getElementById('position').value = i;
  replay.index = i;
}

document.getElementById('play').onclick = () => {
  clearInterval(replay.timer);
  const rate = Number(document.getElementById('rate').value);
  replay.timer = setInterval(() => {
    if (replay.index + 1 >= replay.lines.length) { clearInterval(replay.timer); return; }
    show(replay.index + 1);
  }, 1000 / rate);
};
document.getElementById('stop').onclick = () => clearInterval(replay.timer);
document.getElementById('position').oninput = e => { clearInterval(replay.timer); show(Number(e.target.value)); };
window.replayView = { get geometry() { return geometry; }, replay, map };
applyLabels();
