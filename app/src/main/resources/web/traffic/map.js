// The network map on a canvas: lanes drawn from the network's own coordinates, coloured per lane,
// signal heads per movement, zoom (wheel) and pan (drag), click to select a junction.
'use strict';
class NetworkMap {
  constructor(canvas, onSelect) {
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.onSelect = onSelect || (() => {});
    this.geometry = null;
    this.laneValues = null;      // per lane: colour value in [0,1] or -1 (empty)
    this.phases = null;          // per signal: phase shown
    this.dots = null;            // optional vehicles [x, y, value] for replay
    this.alarmLanes = [];        // lanes with a standing incident alarm (flashing red marker)
    this.incidents = [];         // injected incidents [{lane, position_m}] (obstacle marker)
    this.ambulance = null;       // the frame's ambulance: route, position, pre-empted junctions
    this.roadPicker = null;      // when set, a click picks the nearest road and calls it with the road index
    this.selected = -1;          // junction id
    this.scale = 1; this.offX = 0; this.offY = 0;
    this.dirty = true;
    this.drawCount = 0;
    this.lastDraw_ms = 0;
    this.installInput();
    const loop = () => {
      const blinking = this.alarmLanes.length > 0 || this.incidents.length > 0;
      if (blinking && Math.floor(performance.now() / 500) !== this.blinkPhase) this.dirty = true;
      if (this.dirty) this.draw();
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    window.addEventListener('resize', () => { this.resize(); });
  }

  setGeometry(g) {
    this.geometry = g;
    this.lanes = [];            // per lane: Path2D in world coordinates
    this.laneMid = [];
    this.signalHeads = [];      // per signal: [{x, y, link}]
    const laneRoad = new Int32Array(g.laneCount);
    g.roads.forEach((road, r) => {
      for (let i = 0; i < road.lanes; i++) {
        const lane = road.firstLane + i;
        laneRoad[lane] = r;
        const p = new Path2D();
        const off = (i + 0.5) * road.laneWidth_m;
        const pts = road.points_m;
        const shifted = [];
        for (let k = 0; k < pts.length / 2; k++) {
          const a = Math.max(0, k - 1), b = Math.min(pts.length / 2 - 1, k + 1);
          let dx = pts[2 * b] - pts[2 * a], dy = pts[2 * b + 1] - pts[2 * a + 1];
          const len = Math.hypot(dx, dy) || 1; dx /= len; dy /= len;
          shifted.push([pts[2 * k] + dy * off, pts[2 * k + 1] - dx * off]);
        }
        shifted.forEach(([x, y], k) => k === 0 ? p.moveTo(x, y) : p.lineTo(x, y));
        this.lanes[lane] = { path: p, pts: shifted, width: road.laneWidth_m };
      }
    });
    this.laneRoad = laneRoad;
    const turnSlot = { left: 0, straight: 1, right: 2 };
    g.signals.forEach((j, k) => {
      const heads = [];
      g.movements.forEach((m, link) => {
        if (m.junction !== j) return;
        const road = g.roads[m.fromRoad];
        const pts = road.points_m, n = pts.length / 2;
        let dx = pts[2 * n - 2] - pts[2 * n - 4], dy = pts[2 * n - 1] - pts[2 * n - 3];
        const len = Math.hypot(dx, dy) || 1; dx /= len; dy /= len;
        const off = ((turnSlot[m.turn] ?? 1) + 0.5) * road.laneWidth_m;
        const back = 2;
        heads.push({ x: pts[2 * n - 2] - dx * back + dy * off, y: pts[2 * n - 1] - dy * back - dx * off, link });
      });
      this.signalHeads[k] = heads;
    });
    this.fit();
  }

  resize() {
    const r = this.canvas.getBoundingClientRect();
    this.canvas.width = Math.max(1, Math.round(r.width * devicePixelRatio));
    this.canvas.height = Math.max(1, Math.round(r.height * devicePixelRatio));
    this.dirty = true;
  }

  fit() {
    this.resize();
    const g = this.geometry; if (!g) return;
    const w = this.canvas.width, h = this.canvas.height;
    const gw = Math.max(1, g.maxX_m - g.minX_m), gh = Math.max(1, g.maxY_m - g.minY_m);
    this.scale = 0.92 * Math.min(w / gw, h / gh);
    this.offX = w / 2 - this.scale * (g.minX_m + g.maxX_m) / 2;
    this.offY = h / 2 + this.scale * (g.minY_m + g.maxY_m) / 2;
    this.dirty = true;
  }

  toScreen(x, y) { return [this.offX + this.scale * x, this.offY - this.scale * y]; }
  toWorld(sx, sy) { return [(sx - this.offX) / this.scale, (this.offY - sy) / this.scale]; }

  installInput() {
    let drag = null, moved = false;
    const c = this.canvas;
    c.addEventListener('wheel', e => {
      e.preventDefault();
      const f = Math.exp(-e.deltaY * 0.0015);
      this.zoomAt(e.offsetX * devicePixelRatio, e.offsetY * devicePixelRatio, f);
    }, { passive: false });
    c.addEventListener('mousedown', e => { drag = [e.offsetX, e.offsetY]; moved = false; });
    window.addEventListener('mouseup', e => {
      if (drag && !moved && e.target === c) this.pick(e.offsetX * devicePixelRatio, e.offsetY * devicePixelRatio);
      drag = null;
    });
    c.addEventListener('mousemove', e => {
      if (!drag) return;
      const dx = e.offsetX - drag[0], dy = e.offsetY - drag[1];
      if (Math.abs(dx) + Math.abs(dy) > 2) moved = true;
      this.offX += dx * devicePixelRatio; this.offY += dy * devicePixelRatio;
      drag = [e.offsetX, e.offsetY];
      this.dirty = true;
    });
  }

  zoomAt(sx, sy, f) {
    this.offX = sx - (sx - this.offX) * f;
    this.offY = sy - (sy - this.offY) * f;
    this.scale *= f;
    this.dirty = true;
  }

  pick(sx, sy) {
    const g = this.geometry; if (!g) return;
    const [x, y] = this.toWorld(sx, sy);
    if (this.roadPicker) {
      const picker = this.roadPicker; this.roadPicker = null;
      picker(this.nearestRoad(x, y));
      return;
    }
    let best = -1, bestD = 40 / this.scale + 30;
    g.signals.forEach(j => {
      const d = Math.hypot(g.junctions[j].x_m - x, g.junctions[j].y_m - y);
      if (d < bestD) { best = j; bestD = d; }
    });
    this.selected = best;
    this.dirty = true;
    this.onSelect(best);
  }

  /** Index of the road whose centre line passes nearest to world point (x, y). */
  nearestRoad(x, y) {
    let best = -1, bestD = Infinity;
    this.geometry.roads.forEach((road, r) => {
      const p = road.points_m;
      for (let k = 2; k < p.length; k += 2) {
        const ax = p[k - 2], ay = p[k - 1], bx = p[k], by = p[k + 1];
        const dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy || 1;
        const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
        // lanes lie to the right of the centre line: measure to the middle of the road's lanes
        const len = Math.sqrt(len2), off = road.lanes * road.laneWidth_m / 2;
        const cx = ax + t * dx + dy / len * off, cy = ay + t * dy - dx / len * off;
        const d = Math.hypot(x - cx, y - cy);
        if (d < bestD) { bestD = d; best = r; }
      }
    });
    return best;
  }

  /** The dispatched ambulance: its route as a wide band, junctions holding pre-emption, its position. */
  drawAmbulance(ctx) {
    const a = this.ambulance, g = this.geometry;
    if (!a || a.state === 'ARRIVED') return;
    ctx.save();
    ctx.lineJoin = 'round'; ctx.lineCap = 'round';
    ctx.strokeStyle = 'rgba(77, 210, 255, 0.55)';
    ctx.lineWidth = Math.max(10, 6 / this.scale);
    const route = new Path2D();
    a.route.forEach((r, i) => {
      const road = g.roads[r], p = road.points_m, off = road.lanes * road.laneWidth_m / 2;
      for (let k = 0; k < p.length; k += 2) {
        const a0 = Math.max(0, k - 2), b0 = Math.min(p.length - 2, k + 2);
        let dx = p[b0] - p[a0], dy = p[b0 + 1] - p[a0 + 1];
        const len = Math.hypot(dx, dy) || 1; dx /= len; dy /= len;
        const x = p[k] + dy * off, y = p[k + 1] - dx * off;
        if (i === 0 && k === 0) route.moveTo(x, y); else route.lineTo(x, y);
      }
    });
    ctx.stroke(route);
    const jr = 16;
    ctx.lineWidth = Math.max(3, 4 / this.scale);
    a.preempted.forEach((j, i) => {
      const junction = g.junctions[j];
      ctx.strokeStyle = a.preemptedGreen[i] ? '#2ee66b' : '#ffb86b';
      ctx.strokeRect(junction.x_m - jr, junction.y_m - jr, 2 * jr, 2 * jr);
    });
    const r = Math.max(7, 8 / this.scale);
    ctx.fillStyle = '#ffffff'; ctx.strokeStyle = '#ff1a1a'; ctx.lineWidth = Math.max(2, 3 / this.scale);
    ctx.beginPath(); ctx.arc(a.x_m, a.y_m, r, 0, 2 * Math.PI); ctx.fill(); ctx.stroke();
    ctx.fillStyle = '#ff1a1a';
    ctx.fillRect(a.x_m - r * 0.6, a.y_m - r * 0.18, r * 1.2, r * 0.36);
    ctx.fillRect(a.x_m - r * 0.18, a.y_m - r * 0.6, r * 0.36, r * 1.2);
    ctx.restore();
  }

  /** Colours from value in [0,1]: 0 red (slow/dense) … 1 green (free); -1 grey. */
  static colour(v) {
    if (v < 0) return '#5a6270';
    const b = Math.min(9, Math.floor(v * 10));
    return NetworkMap.PALETTE[b];
  }

  draw() {
    const t0 = performance.now();
    this.dirty = false;
    const ctx = this.ctx, g = this.geometry;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#101722';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    if (!g) return;
    ctx.setTransform(this.scale, 0, 0, -this.scale, this.offX, this.offY);
    // junction areas
    ctx.fillStyle = '#2a3444';
    const jr = 12;
    g.junctions.forEach(j => { if (!j.virtual) ctx.fillRect(j.x_m - jr, j.y_m - jr, 2 * jr, 2 * jr); });
    // lanes batched by colour bucket: one stroke per colour
    const buckets = new Map();
    for (let lane = 0; lane < this.lanes.length; lane++) {
      const v = this.laneValues ? this.laneValues[lane] : -1;
      const col = NetworkMap.colour(v);
      let p = buckets.get(col);
      if (!p) { p = new Path2D(); buckets.set(col, p); }
      p.addPath(this.lanes[lane].path);
    }
    const width = this.geometry.roads.length ? this.geometry.roads[0].laneWidth_m * 0.8 : 3;
    ctx.lineWidth = Math.max(width, 1.2 / this.scale);
    ctx.lineCap = 'butt';
    buckets.forEach((p, col) => { ctx.strokeStyle = col; ctx.stroke(p); });
    // signal heads
    if (this.phases && this.scale > 0.15) {
      const r = Math.max(1.4, 2.2 / this.scale);
      const green = new Path2D(), red = new Path2D();
      g.signals.forEach((j, k) => {
        const plan = g.junctions[j].phases[this.phases[k]] || [];
        this.signalHeads[k].forEach(h => {
          const p = plan.includes(h.link) ? green : red;
          p.moveTo(h.x + r, h.y); p.arc(h.x, h.y, r, 0, 2 * Math.PI);
        });
      });
      ctx.fillStyle = '#2ee66b'; ctx.fill(green);
      ctx.fillStyle = '#ff4d4d'; ctx.fill(red);
    }
    // vehicles (replay)
    if (this.dots) {
      const r = Math.max(1.5, 2 / this.scale);
      ctx.fillStyle = '#ffd84d';
      const p = new Path2D();
      for (let i = 0; i < this.dots.length; i += 2) { p.moveTo(this.dots[i] + r, this.dots[i + 1]); p.arc(this.dots[i], this.dots[i + 1], r, 0, 2 * Math.PI); }
      ctx.fill(p);
    }
    this.drawAlarms(ctx);
    this.drawAmbulance(ctx);
    if (this.selected >= 0) {
      const j = g.junctions[this.selected];
      ctx.strokeStyle = '#4db8ff'; ctx.lineWidth = Math.max(2, 3 / this.scale);
      ctx.strokeRect(j.x_m - jr - 4, j.y_m - jr - 4, 2 * jr + 8, 2 * jr + 8);
    }
    this.drawCount++;
    this.lastDraw_ms = performance.now() - t0;
  }

  /** Alarmed lanes: a red outline and a ring at the lane's middle that flash twice a second; obstacles as dark squares. */
  drawAlarms(ctx) {
    this.blinkPhase = Math.floor(performance.now() / 500);
    const on = this.blinkPhase % 2 === 0;
    ctx.fillStyle = '#111';
    ctx.strokeStyle = '#ffd84d';
    ctx.lineWidth = Math.max(0.8, 1.5 / this.scale);
    this.incidents.forEach(i => {
      if (!this.lanes[i.lane]) return;
      const [x, y] = this.pointOnLane(i.lane, i.position_m);
      const s = Math.max(2.5, 4 / this.scale);
      ctx.fillRect(x - s, y - s, 2 * s, 2 * s); ctx.strokeRect(x - s, y - s, 2 * s, 2 * s);
    });
    if (!this.alarmLanes.length) return;
    ctx.strokeStyle = on ? '#ff1a1a' : 'rgba(255, 26, 26, 0.35)';
    ctx.lineWidth = Math.max(2, 4 / this.scale);
    const r = Math.max(12, 14 / this.scale);
    this.alarmLanes.forEach(lane => {
      const l = this.lanes[lane]; if (!l) return;
      ctx.stroke(l.path);
      let len = 0;
      for (let k = 1; k < l.pts.length; k++) len += Math.hypot(l.pts[k][0] - l.pts[k - 1][0], l.pts[k][1] - l.pts[k - 1][1]);
      const [x, y] = this.pointOnLane(lane, len / 2);
      ctx.beginPath(); ctx.arc(x, y, on ? r : r * 0.7, 0, 2 * Math.PI); ctx.stroke();
    });
  }

  /** Point at distance d along a lane (world coordinates). */
  pointOnLane(lane, d) {
    const pts = this.lanes[lane].pts;
    for (let k = 1; k < pts.length; k++) {
      const seg = Math.hypot(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]);
      if (d <= seg || k === pts.length - 1) {
        const f = seg === 0 ? 0 : Math.min(1, d / seg);
        return [pts[k - 1][0] + f * (pts[k][0] - pts[k - 1][0]), pts[k - 1][1] + f * (pts[k][1] - pts[k - 1][1])];
      }
      d -= seg;
    }
    return pts[0];
  }

  /**
   * Frames per second of full redraws while zooming in and out, over n animation frames: what the browser
   * achieves, measured in the page (used by the browser benchmark).
   */
  measureFps(n) {
    return new Promise(resolve => {
      let i = 0; const start = performance.now(); let drawTotal = 0;
      const tick = () => {
        const f = i % 40 < 20 ? 1.02 : 1 / 1.02;
        this.zoomAt(this.canvas.width / 2, this.canvas.height / 2, f);
        this.draw();
        drawTotal += this.lastDraw_ms;
        if (++i < n) { requestAnimationFrame(tick); return; }
        const wall = performance.now() - start;
        resolve({ frames: n, fps: 1000 * n / wall, meanDraw_ms: drawTotal / n });
      };
      requestAnimationFrame(tick);
    });
  }
}
NetworkMap.PALETTE = ['#d7191c', '#e34a33', '#f07c3a', '#fdae61', '#fed57f', '#ffffbf', '#d9ef8b', '#a6d96a', '#66bd63', '#1a9850'];
