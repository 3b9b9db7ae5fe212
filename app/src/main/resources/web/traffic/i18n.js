// Labels in Chinese (default) and English. Every text that comes from data is set with textContent, never as HTML.
'use strict';
const I18N = {
  zh: {
    title: '城市大脑 · 交通运营', map: '地图', compare: '方案对比', replay: '回放',
    status: '状态', time: '仿真时间', target: '目标倍速', achieved: '实际倍速', running: '运行中', paused: '已暂停', finished: '已结束', demandRound: '需求第 {n} 轮（每 {p} 重复）', horizonReached: '已到仿真时长（--stop-at-horizon）',
    pause: '暂停', resume: '继续', step: '单步', steps: '步数', speed: '倍速', fastest: '最快',
    controller: '信号控制', applyAll: '全部路口', applySelected: '所选路口', colourBy: '着色', bySpeed: '速度', byDensity: '密度',
    kpi: '指标', att: '平均行程时间 (s)', attFinished: '已完成车辆平均行程时间 (s)', delay: '平均延误 (s)', throughput: '每分钟通过量', queued: '排队车辆', finishedVeh: '完成车辆',
    junction: '路口', none: '点击地图上的路口查看配时方案', phase: '相位', plan: '配时方案', queue: '排队', lastMinute: '上一分钟通过',
    load: '载入路网', roadnet: '路网文件', flow: '流量文件', benchmark: '信号控制基准结果', runCompare: '对比两种控制', start: '开始',
    openReplay: '打开回放文件', play: '播放', stop: '停止', network: '路网', vehicles: '车辆', disconnected: '连接中断，正在重连…',
    east: '东行', west: '西行', north: '北行', south: '南行', networkEdge: '路网边界', noRouteFrom: '从 {road} 出发无路可达', notReachable: '从所选起点到不了 {road}',
    signIn: '请先登录（需要交通运营角色）', signOut: '退出', needRole: '此页面需要“交通运营”或“管理员”角色', signedOut: '已退出登录，正在转到登录页…', results: '结果', progress: '进度',
    alarms: '事件告警', activeAlarms: '当前告警', recentAlarms: '最近解除', noAlarms: '无告警', road: '道路', lane: '车道',
    detector: '检测器', raisedAt: '告警时间', clearedAt: '解除时间', standing: '未解除', reason: '依据',
    injectIncident: '注入事件（封闭车道）', position: '位置 (m)', duration: '持续 (s)', inject: '注入',
    blocked: '封闭中', 'camera-stopped': '视频：静止目标', 'loop-comparison': '线圈：上下游比较',
    ambulance: '救护车优先', origin: '起点道路', destination: '终点道路', pickOnMap: '地图选取', dispatch: '派车',
    pickHint: '请在地图上点击道路', noAmbulance: '未派车', WAITING: '等待进入路网', DRIVING: '行驶中', ARRIVED: '已到达',
    ambulanceState: '状态', elapsed: '已用时间', eta: '预计到达（自由流）', freeFlow: '自由流时间', travel: '行程时间',
    vsFreeFlow: '相对自由流', routeRoads: '路线', preempted: '优先放行路口', greenHeld: '绿灯保持', clearing: '清空中', roads: '条道路'
  },
  en: {
    title: 'City Brain · Traffic operations', map: 'Map', compare: 'Compare', replay: 'Replay',
    status: 'Status', time: 'Simulated time', target: 'Target speed', achieved: 'Achieved speed', running: 'running', paused: 'paused', finished: 'finished', demandRound: 'demand pass {n} (repeats every {p})', horizonReached: 'horizon reached (--stop-at-horizon)',
    pause: 'Pause', resume: 'Resume', step: 'Step', steps: 'steps', speed: 'Speed', fastest: 'max',
    controller: 'Signal control', applyAll: 'All junctions', applySelected: 'Selected junction', colourBy: 'Colour by', bySpeed: 'speed', byDensity: 'density',
    kpi: 'KPIs', att: 'Average travel time (s)', attFinished: 'Travel time of finished vehicles (s)', delay: 'Average delay (s)', throughput: 'Throughput per minute', queued: 'Queued vehicles', finishedVeh: 'Finished vehicles',
    junction: 'Junction', none: 'Click a junction on the map for its phase plan', phase: 'Phase', plan: 'Phase plan', queue: 'queue', lastMinute: 'Through in the last minute',
    load: 'Load network', roadnet: 'Roadnet file', flow: 'Flow file', benchmark: 'Signal-control benchmark', runCompare: 'Compare two controllers', start: 'Start',
    openReplay: 'Open a replay file', play: 'Play', stop: 'Stop', network: 'Network', vehicles: 'vehicles', disconnected: 'Connection lost, reconnecting…',
    east: 'eastbound', west: 'westbound', north: 'northbound', south: 'southbound', networkEdge: 'network edge', noRouteFrom: 'no road can be reached from {road}', notReachable: '{road} cannot be reached from the chosen origin',
    signIn: 'Please sign in (traffic-operator role needed)', signOut: 'Sign out', needRole: 'This page needs the traffic-operator or admin role', signedOut: 'Signed out; going to the sign-in page…', results: 'Results', progress: 'Progress',
    alarms: 'Incident alarms', activeAlarms: 'Active alarms', recentAlarms: 'Recently cleared', noAlarms: 'No alarms', road: 'Road', lane: 'Lane',
    detector: 'Detector', raisedAt: 'Raised', clearedAt: 'Cleared', standing: 'active', reason: 'Reason',
    injectIncident: 'Inject an incident (blocked lane)', position: 'Position (m)', duration: 'Duration (s)', inject: 'Inject',
    blocked: 'blocked', 'camera-stopped': 'camera: stopped object', 'loop-comparison': 'loops: upstream vs downstream',
    ambulance: 'Ambulance priority', origin: 'From road', destination: 'To road', pickOnMap: 'Pick on map', dispatch: 'Dispatch',
    pickHint: 'Click a road on the map', noAmbulance: 'None dispatched', WAITING: 'waiting to enter', DRIVING: 'driving', ARRIVED: 'arrived',
    ambulanceState: 'State', elapsed: 'Elapsed', eta: 'ETA (free flow)', freeFlow: 'Free-flow time', travel: 'Travel time',
    vsFreeFlow: 'vs free flow', routeRoads: 'Route', preempted: 'Pre-empted junctions', greenHeld: 'green held', clearing: 'clearing', roads: 'roads'
  }
};
let lang = localStorage.getItem('smartcity.lang') || 'zh';
function t(key) { return (I18N[lang] && I18N[lang][key]) || key; }
function applyLabels() {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  const sw = document.getElementById('lang');
  if (sw) sw.textContent = lang === 'zh' ? 'English' : '中文';
}
// the switch is wired here, not by an onclick attribute: the pages' CSP runs no inline handler
document.addEventListener('DOMContentLoaded', () => {
  const sw = document.getElementById('lang');
  if (sw) sw.addEventListener('click', toggleLang);
  showUser();
});
// who is signed in, shown in the header with a sign-out form (the page itself is only served to a signed-in operator)
async function showUser() {
  const r = await fetch('/api/traffic/me', { credentials: 'same-origin' });
  if (!r.ok) { return; }
  const me = await r.json();
  const user = document.getElementById('user');
  if (user) user.textContent = me.name;
  const form = document.getElementById('logout-form');
  if (form) {
    form.querySelector('input[name="_csrf"]').value = me.csrfToken || '';
    form.hidden = false;
  }
}
/**
 * After a stream or request failure: null while still signed in with the role; else sends a signed-out page to the
 * sign-in page and returns the message to show (sign-in ended, or the role is missing).
 */
async function signInLost() {
  let r;
  try { r = await fetch('/api/traffic/me', { credentials: 'same-origin' }); } catch (e) { return null; }
  if (r.status === 401) {
    window.location.href = '/login';
    return t('signedOut');
  }
  return r.status === 403 ? t('needRole') : null;
}
function toggleLang() {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('smartcity.lang', lang);
  applyLabels();
  document.dispatchEvent(new Event('langchange'));
}
/** Creates an element with text content (escaped by the DOM) and optional class. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
let csrfToken = null;
// state-changing requests carry the session's CSRF token (X-CSRF-Token), fetched once from the workspace
async function csrfHeader() {
  if (csrfToken === null) {
    const r = await fetch('/api/session/csrf', { credentials: 'same-origin' });
    csrfToken = r.ok ? ((await r.json()).csrfToken || '') : '';
  }
  return csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}
async function api(path, options) {
  const opts = Object.assign({ credentials: 'same-origin' }, options || {});
  if (opts.method && opts.method !== 'GET') {
    opts.headers = Object.assign({}, opts.headers || {}, await csrfHeader());
  }
  const r = await fetch(path, opts);
  const text = await r.text();
  let body = {};
  try { body = text ? JSON.parse(text) : {}; } catch (e) { body = { error: text }; }
  if (!r.ok) {
    const message = r.status === 401 || r.status === 403 ? t('signIn') : (body.error || ('HTTP ' + r.status));
    throw new Error(message);
  }
  return body;
}
function post(path, body) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
}
