'use strict';
// The merchant dashboard's analytics view (/admin?view=analytics): which products come back, why, at what cost, and
// where the return process is slow. One request (api/admin/analytics/dashboard) fills the view; every table downloads
// as CSV from its own endpoint with the same filters. admin.html loads this after assets/returns-ui.js and hands over
// its helpers with AdminAnalytics.init({ api, download, money, ... }); everything else stays inside this closure.
// The DOM is built with el()/textContent only: comments are customer text.
window.AdminAnalytics = (() => {
  const { $, el } = ReturnsUI;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  /** Query parameters the view keeps in the URL (and sends to the API). */
  const FILTERS = ['from', 'to', 'market', 'category', 'carrier', 'minSold', 'confidence'];
  const DEFAULT_MIN_SOLD = 30;
  const RETRIES = 5;
  const RETRY_MS = 2000;
  const STALE_MS = 60000;
  const REASON_COLOURS = {
    size_too_small: '#0b57d0', size_too_large: '#6b3fa0', not_as_described: '#9c4a00', defective: '#b3261e', damaged_in_transit: '#6b5e00',
    wrong_item: '#00696b', changed_mind: '#545458', late_delivery: '#1e6b2e', other: '#8a2d6b'
  };
  const SPARE_COLOURS = ['#3a6ea5', '#7b1fa2', '#8b6d00'];
  const WAITS_ON = {
    customer: 'the customer', seller: 'you (the seller)', carrier: 'the carrier', customs: 'customs', warehouse: 'the warehouse',
    system: 'the system (automatic)', total: 'everyone (whole return)'
  };
  const WAITS_ON_SHORT = { customer: 'Customer', seller: 'Seller', carrier: 'Carrier', customs: 'Customs', warehouse: 'Warehouse', system: 'System', total: '—' };
  const TOTAL_STAGE = 'to_resolution';

  let p = null; // the page's helpers, from init()
  const st = {
    wanted: {},      // the filters asked for (URL, form), strings; missing = the API's default
    applied: null,   // the filters the figures on screen were loaded with
    data: null,
    loadedAt: 0,
    seq: 0,
    stageGroup: 'all|all',
    charts: [],      // { slot, draw, width }
    ids: 0
  };

  // ---------- formatting ----------
  let nf0 = new Intl.NumberFormat('en');
  const nfCache = new Map();
  function fixed(n, digits) {
    if (!nfCache.has(digits)) nfCache.set(digits, new Intl.NumberFormat(p ? p.locale : 'en', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
    return nfCache.get(digits).format(n);
  }
  const num = (n) => (n === null || n === undefined) ? '—' : nf0.format(n);
  const pct = (r, digits = 1) => (r === null || r === undefined || !isFinite(r)) ? '—' : `${fixed(r * 100, digits)}\u00a0%`;
  const pctNumber = (r) => fixed(r * 100, 1);
  const cash = (m) => (m && m.amount !== undefined && m.amount !== null) ? p.money(m.amount, m.currency || (st.data && st.data.currency)) : '—';
  const named = (map, code) => (code === null || code === undefined || code === '') ? '—' : ((map && map[code]) || code);
  const reasonName = (code) => code ? named(p.labels.reasons, code) : '—';
  const stageName = (code) => code === TOTAL_STAGE ? 'Request to resolution (total)' : named(p.labels.stages, code);
  const lower = (text) => text ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  const plural = (n, one, many) => `${num(n)} ${n === 1 ? one : (many || one + 's')}`;

  /** Hours as people read them: minutes under an hour, hours under two days, days from 48 h. */
  function duration(h) {
    if (h === null || h === undefined || !isFinite(h)) return '—';
    if (h >= 48) return `${fixed(h / 24, 1)} days`;
    if (h >= 1) return `${fixed(h, 1)} h`;
    const minutes = Math.round(h * 60);
    return minutes < 1 ? 'under 1 min' : `${minutes} min`;
  }
  function monthLabel(period, short) {
    const m = /^(\d{4})-(\d{2})$/.exec(period || '');
    if (!m) return period || '—';
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, 1));
    return new Intl.DateTimeFormat(p.locale, { month: short ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
  }
  function monthShort(period) {
    const m = /^(\d{4})-(\d{2})$/.exec(period || '');
    if (!m) return period || '';
    return new Intl.DateTimeFormat(p.locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(+m[1], +m[2] - 1, 1)));
  }
  let regionNames = null;
  function marketName(code, short) {
    if (!code) return '—';
    if (!/^[A-Za-z]{2}$/.test(code)) return code;
    try {
      regionNames = regionNames || new Intl.DisplayNames([p.locale, 'en'], { type: 'region' });
      const name = regionNames.of(code.toUpperCase());
      return name && name !== code ? (short ? name : `${name} (${code})`) : code;
    } catch (e) { return code; }
  }
  const carrierName = (code) => code === 'none' ? 'No carrier (returnless)' : code;
  const routeName = (code) => code === 'none' ? 'No route' : named(p.labels.routes, code);
  const validLang = (tag) => typeof tag === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag);
  const uid = (prefix) => `${prefix}-${++st.ids}`;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // ---------- styles ----------
  const CSS = `
  .an-intro { margin: 0 0 .75rem; max-width: 60rem; }
  .an-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10.5rem), 1fr)); gap: .5rem .75rem; align-items: end; margin: 0 0 .25rem; }
  .an-filters .an-buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
  .an input[type=month], .an input[type=number], .an select { font: inherit; color: inherit; background: #fff; border: 1px solid #8e8e93; border-radius: .4rem;
    min-height: 2.75rem; padding: .45rem .6rem; width: 100%; }
  .an-filters-hint { margin: .25rem 0 .5rem; max-width: 60rem; }
  .an-scope { margin: .75rem 0 .25rem; font-weight: 600; }
  .an-toc ul { display: flex; flex-wrap: wrap; gap: 0 1.25rem; list-style: none; padding: 0; margin: .25rem 0 .5rem; }
  .an-toc a { display: inline-flex; align-items: center; min-height: 2.75rem; }
  .an-section { border-top: 1px solid var(--line); margin-top: 1.25rem; padding-top: .25rem; min-width: 0; }
  .an-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .25rem 1rem; }
  .an h3 { font-size: 1.1rem; margin: .75rem 0 .35rem; }
  .an h4 { font-size: 1rem; margin: .75rem 0 .35rem; }
  .an h3:focus { outline: none; }
  .an h3:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .an-head .an-tools { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; }
  .an-section > .hint, .an-block > .hint { margin: 0 0 .5rem; max-width: 60rem; }
  .an-kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr)); gap: .5rem; margin: .5rem 0; }
  @media (min-width: 75rem) { .an-kpis { grid-template-columns: repeat(5, minmax(0, 1fr)); } }
  .an-kpi { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem; display: flex; flex-direction: column; gap: .1rem; min-width: 0; }
  .an-kpi dt { font-size: .85rem; font-weight: 600; }
  .an-kpi dd { margin: 0; }
  .an-kpi .an-value { display: block; font-size: clamp(1rem, 4.2vw, 1.35rem); font-weight: 700; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
  .an-kpi .an-note { display: block; font-size: .8rem; color: var(--muted); }
  .an-cols { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 2.5rem; }
  @media (min-width: 62rem) { .an-cols { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
  .an-block { min-width: 0; }
  .an-chart { margin: .5rem 0; min-width: 0; }
  .an-svg { display: block; width: 100%; height: auto; }
  .an-svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  .an details { margin: .25rem 0 .75rem; }
  .an details > summary { cursor: pointer; color: var(--accent); font-weight: 600; padding: .6rem 0; }
  .an table { font-variant-numeric: tabular-nums; }
  .an caption { font-weight: 600; color: var(--fg); }
  .an td .an-sub, .an th .an-sub { display: block; color: var(--muted); font-size: .85rem; font-weight: 400; }
  .an th[scope=row] { color: var(--fg); white-space: normal; min-width: 8rem; }
  .an .num, .an .an-nowrap { white-space: nowrap; }
  .an .an-action { min-width: 16rem; }
  .an-legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; padding: 0; margin: .4rem 0; font-size: .9rem; }
  .an-swatch { display: inline-block; width: .95rem; height: .95rem; border-radius: .15rem; margin-right: .35rem; vertical-align: -.12rem; forced-color-adjust: none; }
  .an-callout { border-left: 4px solid #b06000; background: #fffaf0; padding: .5rem .85rem; margin: .5rem 0; border-radius: 0 .4rem .4rem 0; }
  .an-callout strong { color: #5f3b00; }
  .an tr.an-slowest { background: #fffaf0; }
  .an tr.an-slowest th { box-shadow: inset 4px 0 0 #b06000; }
  .an .an-tag { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .45rem; border-radius: 1rem; background: #fef7e0; color: #5f3b00; margin-left: .35rem; }
  .an .an-examples { margin: 0; padding-left: 1.1rem; }
  .an .an-examples li { margin: .15rem 0; }
  .an q { font-style: italic; }
  .an-more { margin-top: .5rem; }
  .an-empty { color: var(--muted); margin: .5rem 0; }
  .an-stage-pick { display: flex; flex-wrap: wrap; align-items: center; gap: .35rem .75rem; }
  .an-stage-pick label { margin: 0; }
  .an-stage-pick select { width: auto; min-width: 14rem; max-width: 100%; }
  .an-interval { display: block; width: 9rem; height: 1rem; margin-top: .2rem; }
  .an [aria-busy=true] { opacity: .6; }
  .an-foot { margin: 1.25rem 0 0; }
  `;

  function injectStyle() {
    if ($('an-style')) return;
    document.head.append(el('style', { id: 'an-style', text: CSS }));
  }

  // ---------- SVG ----------
  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG_NS, tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v; else e.setAttribute(k, String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  /** An svg role=img named by its <title> and described by its <desc> (both summarise the chart in words). */
  function chartSvg(width, height, title, desc) {
    const id = uid('an-svg');
    return svg('svg', { role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%', class: 'an-svg', focusable: 'false',
      'aria-labelledby': `${id}-title ${id}-desc`, 'data-title': title },
    svg('title', { id: `${id}-title`, text: title }), svg('desc', { id: `${id}-desc`, text: desc }));
  }
  /** Text on a white patch, so a reference line behind it does not cross it. */
  function backedText(x, y, text, size, anchor) {
    const w = text.length * size * 0.58 + 4;
    const left = anchor === 'middle' ? x - w / 2 : x - 2;
    return svg('g', null,
      svg('rect', { x: left.toFixed(1), y: (y - size).toFixed(1), width: w.toFixed(1), height: (size + 4).toFixed(1), fill: '#fff', 'fill-opacity': 0.9 }),
      svg('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': anchor, 'font-size': size, fill: '#1d1d1f', text }));
  }
  /** Shortens a label to about `px` pixels of `size`-pixel text. */
  function fit(text, px, size) {
    const max = Math.max(3, Math.floor(px / (size * 0.56)));
    return text.length <= max ? text : text.slice(0, max - 1) + '…';
  }
  function niceMax(value) {
    if (!(value > 0)) return 0.1;
    const exp = Math.pow(10, Math.floor(Math.log10(value)));
    for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * exp >= value) return m * exp;
    return 10 * exp;
  }

  /** A placeholder the chart is drawn into once it is in the document, at its real width (redrawn when that changes a lot). */
  function chartSlot(draw) {
    const slot = el('div', { class: 'an-chart' });
    st.charts.push({ slot, draw, width: 0 });
    return slot;
  }
  function drawCharts(force) {
    for (const c of st.charts) {
      if (!c.slot.isConnected) continue;
      const measured = c.slot.clientWidth;
      const width = Math.max(280, Math.min(1100, Math.round(measured || 640)));
      if (!force && c.width && Math.abs(c.width - width) < 40) continue;
      c.width = width;
      c.slot.replaceChildren(c.draw(width));
    }
  }
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (isShown()) drawCharts(false); }, 250);
  });

  /** Horizontal bars: one row per item, the value written next to each bar, a dashed line for the reference (the overall rate). */
  function barChart({ rows, title, desc, reference, referenceLabel }) {
    return (width) => {
      const size = 13;
      const rowH = 30;
      const top = reference !== null && reference !== undefined ? 24 : 6;
      const longest = Math.max(...rows.map((r) => r.label.length), 4);
      const labelW = Math.min(Math.round(longest * size * 0.6) + 14, Math.round(width * 0.36));
      const valueW = Math.min(Math.max(...rows.map((r) => r.text.length), 4) * 6.6 + 12, Math.round(width * 0.38));
      const x0 = labelW;
      const plotW = Math.max(40, width - labelW - valueW);
      const max = niceMax(Math.max(...rows.map((r) => r.value || 0), reference || 0));
      const height = top + rows.length * rowH + 6;
      const chart = chartSvg(width, height, title, desc);
      const scale = (v) => (v || 0) / max * plotW;
      const labels = [];
      rows.forEach((r, i) => {
        const y = top + i * rowH;
        const w = Math.max(r.value > 0 ? 2 : 0, scale(r.value));
        chart.append(
          svg('text', { x: x0 - 8, y: y + rowH / 2 + 4, 'text-anchor': 'end', 'font-size': size, fill: '#1d1d1f', text: fit(r.label, labelW - 12, size) }),
          svg('rect', { x: x0, y: y + 5, width: w.toFixed(1), height: rowH - 10, rx: 2, fill: r.colour || '#0b57d0' }));
        labels.push(backedText(x0 + w + 6, y + rowH / 2 + 4, r.text, 12, 'start'));
      });
      chart.append(svg('line', { x1: x0, x2: x0, y1: top - 2, y2: height - 2, stroke: '#545458', 'stroke-width': 1 }));
      if (reference !== null && reference !== undefined) {
        const x = x0 + scale(reference);
        chart.append(
          svg('line', { x1: x.toFixed(1), x2: x.toFixed(1), y1: top - 6, y2: height - 2, stroke: '#1d1d1f', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' }),
          svg('text', { x: x.toFixed(1), y: 12, 'text-anchor': x > width * 0.7 ? 'end' : 'middle', 'font-size': 12, fill: '#1d1d1f', text: referenceLabel }));
      }
      chart.append(...labels);
      return chart;
    };
  }

  /** Vertical bars per month, the rate written on each bar when there is room, a dashed line for the whole period. */
  function monthChart(rows, overall, title, desc) {
    return (width) => {
      const height = 240;
      const left = 46, right = 10, top = 26, bottom = 42;
      const plotW = width - left - right, plotH = height - top - bottom;
      const max = niceMax(Math.max(...rows.map((r) => r.returnRate || 0), overall || 0));
      const chart = chartSvg(width, height, title, desc);
      const ticks = 4;
      const tickDigits = Number.isInteger(Math.round(max * 100 / ticks * 1000) / 1000) ? 0 : 1;
      const labels = [];
      for (let t = 0; t <= ticks; t++) {
        const v = max * t / ticks;
        const y = top + plotH - v / max * plotH;
        chart.append(
          svg('line', { x1: left, x2: width - right, y1: y.toFixed(1), y2: y.toFixed(1), stroke: t === 0 ? '#545458' : '#dcdce0', 'stroke-width': 1 }),
          svg('text', { x: left - 6, y: (y + 4).toFixed(1), 'text-anchor': 'end', 'font-size': 11, fill: '#545458', text: `${fixed(v * 100, tickDigits)} %` }));
      }
      const slot = plotW / Math.max(1, rows.length);
      const barW = Math.max(2, Math.min(48, slot * 0.7));
      const every = Math.max(1, Math.ceil(34 / slot));
      let lastYear = '';
      rows.forEach((r, i) => {
        const cx = left + slot * i + slot / 2;
        if (r.returnRate !== null && r.returnRate !== undefined) {
          const h = r.returnRate / max * plotH;
          chart.append(svg('rect', { x: (cx - barW / 2).toFixed(1), y: (top + plotH - h).toFixed(1), width: barW.toFixed(1), height: Math.max(h, r.returnRate > 0 ? 1 : 0).toFixed(1), fill: '#0b57d0' }));
          if (slot >= 21) labels.push(backedText(cx, top + plotH - h - 4, pctNumber(r.returnRate), slot >= 28 ? 10.5 : 9, 'middle'));
        } else if (slot >= 20) {
          chart.append(svg('text', { x: cx.toFixed(1), y: (top + plotH - 4).toFixed(1), 'text-anchor': 'middle', 'font-size': 10, fill: '#545458', text: '–' }));
        }
        if (i % every !== 0) return;
        chart.append(svg('text', { x: cx.toFixed(1), y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#1d1d1f', text: monthShort(r.key) }));
        const year = r.key.slice(0, 4);
        if (year !== lastYear) chart.append(svg('text', { x: cx.toFixed(1), y: height - bottom + 30, 'text-anchor': 'middle', 'font-size': 11, fill: '#545458', text: year }));
        lastYear = year;
      });
      if (overall !== null && overall !== undefined) {
        const y = (top + plotH - overall / max * plotH).toFixed(1);
        chart.append(
          svg('line', { x1: left, x2: width - right, y1: y, y2: y, stroke: '#1d1d1f', 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }),
          svg('text', { x: width - right, y: 14, 'text-anchor': 'end', 'font-size': 12, fill: '#1d1d1f', text: `Dashed line: whole period ${pct(overall)}` }));
      }
      chart.append(...labels);
      return chart;
    };
  }

  /** One stacked bar per product: its returned units split by reason, each share written on its segment when it fits. */
  function reasonChart(rows, colourOf, title, desc) {
    return (width) => {
      const size = 13, barH = 24, rowH = 52;
      const height = rows.length * rowH + 4;
      const chart = chartSvg(width, height, title, desc);
      rows.forEach((r, i) => {
        const y = i * rowH;
        const dominant = r.reasons[0];
        const short = `${r.productName} · ${plural(r.unitsReturned, 'unit')} returned`;
        const long = short + (dominant ? ` · mostly ${lower(reasonName(dominant.reason))} (${pct(dominant.units / r.unitsReturned, 0)})` : '');
        chart.append(svg('text', { x: 0, y: y + 16, 'font-size': size, fill: '#1d1d1f', text: fit(long.length * size * 0.56 <= width ? long : short, width, size) }));
        let x = 0;
        const total = r.reasons.reduce((n, s) => n + s.units, 0) || 1;
        for (const s of r.reasons) {
          const w = s.units / total * width;
          const share = s.units / r.unitsReturned;
          chart.append(svg('rect', { x: x.toFixed(1), y: y + 22, width: Math.max(0.5, w).toFixed(1), height: barH, fill: colourOf(s.reason), stroke: '#fff', 'stroke-width': 1.5 },
            svg('title', { text: `${reasonName(s.reason)}: ${plural(s.units, 'unit')} (${pct(share)})` })));
          const label = w >= 150 ? `${reasonName(s.reason)} ${pct(share, 0)}` : w >= 38 ? pct(share, 0) : '';
          if (label) chart.append(svg('text', { x: (x + w / 2).toFixed(1), y: y + 22 + barH / 2 + 4.5, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 600, fill: '#fff', text: fit(label, w - 6, 12) }));
          x += w;
        }
      });
      return chart;
    };
  }

  /** Per stage: the 90th percentile as a light bar with the median as a dark bar inside it; the words above each bar. */
  function stageChart(rows, title, desc) {
    return (width) => {
      const size = 13, barH = 18;
      const texts = rows.map((r) => [`${r.bottleneck ? 'Slowest: ' : ''}${stageName(r.stage)} (${lower(WAITS_ON_SHORT[r.waitsOn] || r.waitsOn)})`,
        `median ${duration(r.medianHours)} · 90 % within ${duration(r.p90Hours)}`]);
      const twoLines = texts.some(([a, b]) => (a.length + b.length + 3) * size * 0.56 > width);
      const rowH = twoLines ? 64 : 48;
      const height = rows.length * rowH + 4;
      const max = Math.max(...rows.map((r) => r.p90Hours || 0), 1);
      const chart = chartSvg(width, height, title, desc);
      rows.forEach((r, i) => {
        const y = i * rowH;
        const slow = r.bottleneck;
        const [what, times] = texts[i];
        const weight = slow ? 700 : 400;
        if (twoLines) {
          chart.append(svg('text', { x: 0, y: y + 15, 'font-size': size, 'font-weight': weight, fill: '#1d1d1f', text: fit(what, width, size) }),
            svg('text', { x: 0, y: y + 32, 'font-size': size, 'font-weight': weight, fill: '#1d1d1f', text: fit(times, width, size) }));
        } else {
          chart.append(svg('text', { x: 0, y: y + 16, 'font-size': size, 'font-weight': weight, fill: '#1d1d1f', text: `${what} · ${times}` }));
        }
        const barY = y + rowH - barH - 8;
        const p90 = Math.max(2, (r.p90Hours || 0) / max * width);
        const median = Math.max(1, (r.medianHours || 0) / max * width);
        chart.append(
          svg('rect', { x: 0, y: barY, width: p90.toFixed(1), height: barH, rx: 2, fill: slow ? '#c45656' : '#5c7fd6' }),
          svg('rect', { x: 0, y: barY, width: median.toFixed(1), height: barH, rx: 2, fill: slow ? '#a50e0e' : '#08429e' }));
      });
      return chart;
    };
  }

  /** A small aria-hidden picture of a flag: the category baseline (tick), the interval (bar) and the rate (dot); the words say it all. */
  function intervalPicture(f, max) {
    const w = 144, h = 16;
    const x = (v) => (Math.min(v, max) / max * (w - 8) + 4).toFixed(1);
    return svg('svg', { class: 'an-interval', viewBox: `0 0 ${w} ${h}`, 'aria-hidden': 'true', focusable: 'false' },
      svg('line', { x1: 4, x2: w - 4, y1: h / 2, y2: h / 2, stroke: '#c9c9cf', 'stroke-width': 1 }),
      svg('rect', { x: x(f.low), y: 4, width: Math.max(2, x(f.high) - x(f.low)).toFixed(1), height: 8, rx: 2, fill: '#c45656' }),
      svg('circle', { cx: x(f.returnRate), cy: h / 2, r: 3.5, fill: '#a50e0e' }),
      svg('line', { x1: x(f.baseline), x2: x(f.baseline), y1: 1, y2: h - 1, stroke: '#1d1d1f', 'stroke-width': 2 }));
  }

  // ---------- tables ----------
  /**
   * A table with a visible caption, column headers (scope=col) and the first cell of each row as its header (scope=row),
   * in a wrapper that scrolls sideways on a narrow screen. With `initial`, only that many rows show until "Show all".
   */
  function dataTable({ id, caption, captionHidden, columns, rows, initial, empty }) {
    const captionId = `${id}-caption`;
    const table = el('table', { id },
      el('caption', { id: captionId, class: captionHidden ? 'sr-only' : null, text: caption }),
      el('thead', null, el('tr', null, ...columns.map((c) => el('th', { scope: 'col', class: c.num ? 'num' : null, text: c.text || c })))));
    const body = el('tbody');
    rows.forEach((row, i) => {
      const cells = Array.isArray(row) ? row : row.cells;
      const tr = el('tr', { class: row.class || null, hidden: initial && i >= initial ? true : null, 'data-key': row.key || null });
      cells.forEach((c, j) => {
        const content = c === null || c === undefined || c === '' ? '—' : c;
        const attrs = { class: [columns[j].num ? 'num' : '', columns[j].class || ''].join(' ').trim() || null };
        tr.append(j === 0 ? el('th', { scope: 'row', ...attrs }, content) : el('td', attrs, content));
      });
      body.append(tr);
    });
    if (!rows.length) body.append(el('tr', null, el('td', { colspan: String(columns.length), class: 'an-empty', text: empty || 'No figures for these filters.' })));
    table.append(body);
    const wrap = el('div', { class: 'scroll', role: 'region', 'aria-labelledby': captionId, tabindex: '0' }, table);
    if (!initial || rows.length <= initial) return wrap;
    const more = el('button', { type: 'button', class: 'secondary an-more', 'aria-controls': id, 'aria-expanded': 'false', text: `Show all ${num(rows.length)} rows` });
    more.addEventListener('click', () => {
      const open = more.getAttribute('aria-expanded') !== 'true';
      [...body.rows].forEach((tr, i) => { tr.hidden = !open && i >= initial; });
      more.setAttribute('aria-expanded', String(open));
      more.textContent = open ? `Show the first ${num(initial)} rows` : `Show all ${num(rows.length)} rows`;
    });
    return el('div', null, wrap, more);
  }
  /** The numbers behind a chart, in a table the reader can open. */
  function numbers(summaryText, tableNode) {
    return el('details', null, el('summary', { text: summaryText }), tableNode);
  }
  function keyCell(main, sub, mono) {
    return el('span', null, el('span', { class: mono ? 'mono' : null, text: main }), sub ? el('span', { class: 'an-sub', text: sub }) : null);
  }

  // ---------- sections ----------
  function section(id, title, tools, ...content) {
    return el('section', { class: 'an-section', id, 'aria-labelledby': `${id}-title` },
      el('div', { class: 'an-head' }, el('h3', { id: `${id}-title`, tabindex: '-1', text: title }), tools ? el('div', { class: 'an-tools' }, ...[].concat(tools)) : null),
      ...content);
  }
  function block(id, title, tools, ...content) {
    return el('div', { class: 'an-block', id },
      el('div', { class: 'an-head' }, el('h4', { id: `${id}-title`, text: title }), tools ? el('div', { class: 'an-tools' }, ...[].concat(tools)) : null),
      ...content);
  }
  function hint(text) { return el('p', { class: 'hint', text }); }

  /** "Download CSV" for one table, with the filters of the figures on screen; the hidden words name the table. */
  function csvButton(table, by, what) {
    const b = el('button', { type: 'button', class: 'secondary an-csv', id: `an-csv-${table}${by ? '-' + by : ''}`, 'data-table': table, 'data-by': by || null },
      'Download CSV', el('span', { class: 'sr-only', text: ` of ${what}` }));
    b.addEventListener('click', () => {
      const q = apiQuery(st.applied, { by: by || '', format: 'csv' });
      const f = st.data ? st.data.filters : {};
      p.download(`api/admin/analytics/${table}?${q}`, `returns-${table}${by ? '-by-' + by : ''}-${f.from || ''}-${f.to || ''}.csv`);
    });
    return b;
  }

  function rateColumns(withCategory, keyTitle) {
    return [keyTitle, ...(withCategory ? ['Category'] : []), { text: 'Units sold', num: true }, { text: 'Units returned', num: true },
      { text: 'Return rate', num: true }, { text: 'Returned value', num: true }, { text: 'Refunded', num: true }, { text: 'Recovered', num: true }, { text: 'Cost', num: true }];
  }
  function rateCells(r, key, withCategory) {
    return [key, ...(withCategory ? [r.category] : []), num(r.unitsSold), num(r.unitsReturned), pct(r.returnRate), cash(r.returnedValue), cash(r.refunded), cash(r.recovered), cash(r.cost)];
  }

  function headlineSection(d) {
    const s = d.summary;
    const ofRefunds = s.refunded && s.refunded.amount > 0 && s.recovered ? `${pct(s.recovered.amount / s.refunded.amount, 0)} of the refunds` : 'resold, refurbished, recycled';
    const items = [
      ['unitsSold', 'Units sold', num(s.unitsSold), `${cash(s.soldValue)} sold`],
      ['unitsReturned', 'Units returned', num(s.unitsReturned), s.unitsRequested !== s.unitsReturned ? `${num(s.unitsRequested)} asked for` : 'approved returns'],
      ['returnRate', 'Return rate', pct(s.returnRate), 'units returned ÷ sold'],
      ['valueReturnRate', 'Value return rate', pct(s.valueReturnRate), `${cash(s.returnedValue)} returned`],
      ['returns', 'Returns', num(s.returns), s.returnsCosted !== s.returns ? `${num(s.returnsCosted)} with costs recorded` : 'return requests'],
      ['costPerReturn', 'Cost per return', cash(s.costPerReturn), 'postage, duties, handling, fees'],
      ['cost', 'Total cost', cash(s.cost), 'of all returns'],
      ['refunded', 'Refunded', cash(s.refunded), 'refunds and store credit'],
      ['recovered', 'Value recovered', cash(s.recovered), ofRefunds],
      ['net', 'Net cost', cash(s.net), 'cost + refunded − recovered']
    ];
    // The category narrows the product figures, the carrier the returns' ones: say so where a filter does not apply.
    const f = d.filters || {};
    const productSide = ['unitsSold', 'unitsReturned', 'returnRate', 'valueReturnRate'];
    const dl = el('dl', { class: 'an-kpis' });
    for (const [key, label, value, base] of items) {
      const note = productSide.includes(key) ? (f.carrier ? `${base} · all carriers` : base) : (f.category ? `${base} · all categories` : base);
      dl.append(el('div', { class: 'an-kpi', 'data-kpi': key }, el('dt', { text: label }),
        el('dd', null, el('span', { class: 'an-value', text: value }), note ? el('span', { class: 'an-note', text: note }) : null)));
    }
    return section('an-summary', 'Headline figures', csvButton('summary', null, 'the headline figures'), dl);
  }

  function flagsSection(d) {
    const f = d.filters;
    const minSold = f.minSold || DEFAULT_MIN_SOLD;
    const confidence = pct(f.confidence || 0.95, 0);
    const rows = d.flags || [];
    const max = Math.max(...rows.map((x) => Math.max(x.high, x.baseline)), 0.01) * 1.1;
    const content = [hint(`A product is listed when it sold at least ${num(minSold)} units and even the low end of its return rate's ${confidence} interval ` +
      'is above the return rate of the rest of its category (of the whole shop when the category has too few other sales). Largest gap first.')];
    if (!rows.length) {
      content.push(el('p', { class: 'an-empty', id: 'an-flags-empty', text: `No product's return rate is significantly above its category's (at least ${num(minSold)} units sold).` }));
    } else {
      content.push(dataTable({
        id: 'an-flags-table', caption: `${plural(rows.length, 'product')} returned significantly more often than ${rows.length === 1 ? 'its' : 'their'} category`,
        columns: ['Product', 'Category', { text: 'Sold', num: true }, { text: 'Returned', num: true }, 'Return rate (interval) vs baseline', 'Main reason', { text: 'Suggested action', class: 'an-action' }],
        rows: rows.map((x) => {
          const baseline = `${pct(x.baseline)}${x.baselineKind === 'shop' ? ' (shop)' : ''}`;
          const ratio = typeof x.ratio === 'number' && isFinite(x.ratio) && x.ratio > 0 ? x.ratio : x.baseline > 0 ? x.returnRate / x.baseline : null;
          const times = ratio ? `${fixed(ratio, 1)} × the ${x.baselineKind === 'shop' ? 'shop' : 'category'} rate` : `the rest of the ${x.baselineKind === 'shop' ? 'shop' : 'category'} had no returns`;
          return { key: x.product, cells: [
            keyCell(x.productName, x.product, false),
            x.category, num(x.unitsSold), num(x.unitsReturned),
            el('span', null, el('strong', { text: pct(x.returnRate) }), ` (${pctNumber(x.low)}–${pct(x.high)}) vs ${baseline}`,
              el('span', { class: 'an-sub', text: times }), intervalPicture(x, max)),
            reasonName(x.dominantReason),
            x.actionText
          ] };
        })
      }));
      content.push(el('p', { class: 'hint', text: 'In the picture: the bar is the interval, the dot the product\'s rate, the black tick the baseline.' }));
    }
    return section('an-flags', 'Products to act on', csvButton('flags', null, 'products to act on'), ...content);
  }

  function trendSection(d) {
    const rows = d.returnRates.byPeriod || [];
    const withRate = rows.filter((r) => r.returnRate !== null && r.returnRate !== undefined);
    const overall = d.summary.returnRate;
    let desc;
    if (!withRate.length) desc = 'No sales in these months.';
    else {
      const hi = withRate.reduce((a, b) => (b.returnRate > a.returnRate ? b : a));
      const lo = withRate.reduce((a, b) => (b.returnRate < a.returnRate ? b : a));
      const last = withRate[withRate.length - 1];
      desc = `Return rate per month from ${monthLabel(rows[0].key)} to ${monthLabel(rows[rows.length - 1].key)}: highest ${pct(hi.returnRate)} in ${monthLabel(hi.key)}, ` +
        `lowest ${pct(lo.returnRate)} in ${monthLabel(lo.key)}, latest ${pct(last.returnRate)} in ${monthLabel(last.key)}; ${pct(overall)} over the whole period.` +
        (rows.length > withRate.length ? ` ${plural(rows.length - withRate.length, 'month')} without sales.` : '');
    }
    const content = [];
    if (withRate.length) content.push(chartSlot(monthChart(rows, overall, 'Return rate per month', desc)));
    else content.push(el('p', { class: 'an-empty', text: 'No sales in these months.' }));
    content.push(el('p', { class: 'hint', text: 'Sales count in the month the order was placed, returns in the month they were requested: the latest months fill up as returns come in.' }));
    content.push(numbers('The numbers per month', dataTable({
      id: 'an-period-table', caption: 'Return rate per month', columns: rateColumns(false, 'Month'),
      rows: rows.map((r) => rateCells(r, monthLabel(r.key), false))
    })));
    return section('an-trend', 'Return rate over time', csvButton('return-rates', 'period', 'the return rate per month'), ...content);
  }

  function breakdownBlock(id, rows, labelOf, overall, by, what, shortOf) {
    const chartLabel = shortOf || labelOf;
    const withRate = rows.filter((r) => r.returnRate !== null && r.returnRate !== undefined).sort((a, b) => b.returnRate - a.returnRate);
    const content = [];
    if (withRate.length) {
      const hi = withRate[0], lo = withRate[withRate.length - 1];
      const desc = `Return rate by ${what} (${plural(withRate.length, what, what === 'category' ? 'categories' : what + 's')}): highest ${labelOf(hi.key)} ${pct(hi.returnRate)} ` +
        `(${num(hi.unitsReturned)} of ${num(hi.unitsSold)} units)` + (withRate.length > 1 ? `, lowest ${labelOf(lo.key)} ${pct(lo.returnRate)}` : '') +
        `; all together ${pct(overall)}.`;
      content.push(chartSlot(barChart({
        title: `Return rate by ${what}`, desc, reference: overall, referenceLabel: `All: ${pct(overall)}`,
        rows: withRate.map((r) => ({ label: chartLabel(r.key), value: r.returnRate, text: `${pct(r.returnRate)} · ${num(r.unitsReturned)}/${num(r.unitsSold)}` }))
      })));
    } else {
      content.push(el('p', { class: 'an-empty', text: 'No sales for these filters.' }));
    }
    content.push(numbers(`The numbers by ${what}`, dataTable({
      id: `${id}-table`, caption: `Return rate by ${what}`, columns: rateColumns(false, what.charAt(0).toUpperCase() + what.slice(1)),
      rows: rows.map((r) => rateCells(r, labelOf(r.key), false))
    })));
    return block(id, `By ${what}`, csvButton('return-rates', by, `the return rate by ${what}`), ...content);
  }

  function breakdownSection(d) {
    const overall = d.summary.returnRate;
    return section('an-breakdown', 'Return rate by category and by market', null,
      hint('Bars are sorted by return rate; the number after the rate is units returned of units sold. The dashed line is the rate of everything shown.'),
      el('div', { class: 'an-cols' },
        breakdownBlock('an-category', d.returnRates.byCategory || [], (k) => k, overall, 'category', 'category'),
        breakdownBlock('an-market', d.returnRates.byMarket || [], marketName, overall, 'market', 'market', (k) => marketName(k, true))));
  }

  function reasonsSection(d) {
    const rows = d.reasons || [];
    const order = new Map();
    for (const r of rows) for (const s of r.reasons) order.set(s.reason, (order.get(s.reason) || 0) + s.units);
    const reasons = [...order.entries()].sort((a, b) => b[1] - a[1]).map(([reason]) => reason);
    let spare = 0;
    const colours = {};
    for (const reason of reasons) colours[reason] = REASON_COLOURS[reason] || SPARE_COLOURS[spare++ % SPARE_COLOURS.length];
    const colourOf = (reason) => colours[reason] || '#545458';
    const content = [];
    if (!rows.length) {
      content.push(el('p', { class: 'an-empty', text: 'No returns for these filters.' }));
      return section('an-reasons', 'Why products come back', csvButton('reasons', null, 'reasons per product'), ...content);
    }
    const top = rows.slice(0, 8);
    const desc = top.map((r) => `${r.productName} (${plural(r.unitsReturned, 'unit')}): ` +
      r.reasons.slice(0, 3).map((s) => `${lower(reasonName(s.reason))} ${pct(s.units / r.unitsReturned, 0)}`).join(', ')).join('; ') + '.';
    content.push(hint(`Each bar is one product's returned units split by the reason the customer gave${rows.length > top.length ? `; the ${top.length} products with the most returns` : ''}. The table lists every product.`));
    content.push(el('ul', { class: 'an-legend', 'aria-label': 'Reasons (colours)' },
      ...reasons.map((reason) => el('li', null, el('span', { class: 'an-swatch', style: `background:${colourOf(reason)}`, 'aria-hidden': 'true' }), reasonName(reason)))));
    content.push(chartSlot(reasonChart(top, colourOf, 'Reasons for returns per product', desc)));
    content.push(dataTable({
      id: 'an-reasons-table', caption: 'Returned units per product and reason (share of the product\'s returns)', initial: 10,
      columns: ['Product', { text: 'Returned', num: true }, ...reasons.map((reason) => ({ text: reasonName(reason), num: true }))],
      rows: rows.map((r) => ({ key: r.product, cells: [keyCell(r.productName, r.product), num(r.unitsReturned), ...reasons.map((reason) => {
        const s = r.reasons.find((x) => x.reason === reason);
        return s ? `${num(s.units)} (${pct(s.units / r.unitsReturned, 0)})` : '—';
      })] }))
    }));
    return section('an-reasons', 'Why products come back', csvButton('reasons', null, 'reasons per product'), ...content);
  }

  function stageGroups(rows) {
    const markets = new Set(), carriers = new Set();
    for (const r of rows) {
      if (r.market !== 'all' && r.carrier === 'all') markets.add(r.market);
      if (r.market === 'all' && r.carrier !== 'all') carriers.add(r.carrier);
    }
    return { markets: [...markets].sort(), carriers: [...carriers].sort() };
  }

  function stagesSection(d) {
    const all = d.stages || [];
    const groups = stageGroups(all);
    const valid = new Set(['all|all', ...groups.markets.map((m) => `${m}|all`), ...groups.carriers.map((c) => `all|${c}`)]);
    if (!valid.has(st.stageGroup)) st.stageGroup = 'all|all';
    const select = el('select', { id: 'an-stage-group' }, el('option', { value: 'all|all', text: 'All returns' }));
    if (groups.markets.length) select.append(el('optgroup', { label: 'One market' }, ...groups.markets.map((m) => el('option', { value: `${m}|all`, text: marketName(m) }))));
    if (groups.carriers.length) select.append(el('optgroup', { label: 'One carrier' }, ...groups.carriers.map((c) => el('option', { value: `all|${c}`, text: carrierName(c) }))));
    select.value = st.stageGroup;
    const pick = el('div', { class: 'an-stage-pick' }, el('label', { for: 'an-stage-group', text: 'Show' }), select);
    const body = el('div', { id: 'an-stages-body' });
    const redraw = () => {
      st.charts = st.charts.filter((c) => !body.contains(c.slot));
      body.replaceChildren(...stageContent(all, st.stageGroup));
      drawCharts(true);
    };
    select.addEventListener('change', () => { st.stageGroup = select.value; redraw(); });
    body.append(...stageContent(all, st.stageGroup));
    return section('an-stages', 'Where returns wait', [pick, csvButton('stages', null, 'time per stage')],
      hint('How long returns spend in each stage, and who they wait on. The light bar reaches the time 90 % of returns take at most; the dark bar is the median (half take less). From 48 hours, times are shown in days.'),
      body);
  }

  function stageContent(all, group) {
    const [market, carrier] = group.split('|');
    const rows = all.filter((r) => r.market === market && r.carrier === carrier);
    const what = market !== 'all' ? marketName(market) : carrier !== 'all' ? carrierName(carrier) : 'all returns';
    if (!rows.length) return [el('p', { class: 'an-empty', text: 'No return in these months has been timed yet.' })];
    const stages = rows.filter((r) => r.stage !== TOTAL_STAGE);
    const total = rows.find((r) => r.stage === TOTAL_STAGE);
    const slowest = stages.find((r) => r.bottleneck);
    const out = [];
    const callout = el('div', { class: 'an-callout', id: 'an-bottleneck' });
    if (slowest) {
      callout.append(el('p', { style: 'margin:0' }, el('strong', { text: `Slowest: ${lower(stageName(slowest.stage))}` }),
        `, waiting on ${WAITS_ON[slowest.waitsOn] || slowest.waitsOn}: 90 % within ${duration(slowest.p90Hours)} (${num(Math.round(slowest.p90Hours))} h), median ${duration(slowest.medianHours)}` +
        ` (${plural(slowest.count, 'return')}${market !== 'all' || carrier !== 'all' ? ', ' + what : ''}).`));
    }
    if (total) {
      callout.append(el('p', { style: 'margin:.25rem 0 0' }, `From request to refund, credit or exchange: median ${duration(total.medianHours)}, 90 % within ${duration(total.p90Hours)} (${plural(total.count, 'return')}).`));
    }
    if (callout.childNodes.length) out.push(callout);
    const desc = (slowest ? `Slowest stage: ${lower(stageName(slowest.stage))}, 90 % within ${duration(slowest.p90Hours)}. ` : '') +
      stages.map((r) => `${stageName(r.stage)}: median ${duration(r.medianHours)}, 90 % within ${duration(r.p90Hours)}`).join('; ') + '.';
    if (stages.length) {
      out.push(el('ul', { class: 'an-legend', 'aria-label': 'Bars' },
        el('li', null, el('span', { class: 'an-swatch', style: 'background:#08429e', 'aria-hidden': 'true' }), 'Median'),
        el('li', null, el('span', { class: 'an-swatch', style: 'background:#5c7fd6', 'aria-hidden': 'true' }), '90th percentile'),
        el('li', null, el('span', { class: 'an-swatch', style: 'background:#a50e0e', 'aria-hidden': 'true' }), 'Slowest stage (named in its label)')));
      out.push(chartSlot(stageChart(stages, `Time per stage: ${what}`, desc)));
    }
    out.push(dataTable({
      id: 'an-stages-table', caption: `Time per stage: ${what}`,
      columns: ['Stage', 'Waits on', { text: 'Returns', num: true }, { text: 'Median', num: true }, { text: '90 % within', num: true }, { text: 'Mean', num: true }],
      rows: rows.map((r) => ({ class: r.bottleneck ? 'an-slowest' : null, key: r.stage, cells: [
        el('span', null, stageName(r.stage), r.bottleneck ? el('span', { class: 'an-tag', text: 'Slowest' }) : null),
        WAITS_ON_SHORT[r.waitsOn] || r.waitsOn, num(r.count), duration(r.medianHours), duration(r.p90Hours), duration(r.meanHours)] }))
    }));
    return out;
  }

  function outcome(r) {
    const parts = [[r.closed, 'closed'], [r.rejected, 'rejected'], [r.expired, 'expired'], [r.cancelled, 'cancelled']].filter(([n]) => n > 0);
    const open = r.requested - r.closed - r.rejected - r.expired - r.cancelled;
    if (open > 0) parts.push([open, 'open']);
    return parts.map(([n, what]) => `${num(n)} ${what}`).join(' · ') || '—';
  }
  function costTable(id, caption, keyTitle, rows, labelOf) {
    return dataTable({
      id, caption,
      captionHidden: true,
      columns: [keyTitle, { text: 'Requests', num: true }, { text: 'Returned', num: true }, { text: 'Outcome', class: 'an-nowrap' }, { text: 'Cost', num: true },
        { text: 'Per return', num: true }, { text: 'Refunded', num: true }, { text: 'Recovered', num: true }, { text: 'Recovery', num: true }, { text: 'Net cost', num: true }],
      rows: rows.map((r) => ({ key: r.key, cells: [labelOf(r.key), num(r.requested), num(r.returned), outcome(r), cash(r.cost), cash(r.costPerReturn),
        cash(r.refunded), cash(r.recovered), r.refunded && r.refunded.amount > 0 ? pct(r.recovered.amount / r.refunded.amount, 0) : '—', cash(r.net)] })),
      empty: 'No returns for these filters.'
    });
  }

  function dispositionTable(rows) {
    const grades = [...new Set(rows.map((r) => r.grade))].sort();
    const known = Object.keys(p.labels.dispositions || {});
    const present = [...new Set(rows.map((r) => r.disposition))];
    const dispositions = [...known.filter((x) => present.includes(x)), ...present.filter((x) => !known.includes(x)).sort()];
    const units = (g, x) => rows.filter((r) => r.grade === g && r.disposition === x).reduce((n, r) => n + r.units, 0);
    const dispositionName = (x) => x === 'pending' ? 'Not decided yet' : named(p.labels.dispositions, x);
    const body = grades.map((g) => [named(p.labels.grades, g), ...dispositions.map((x) => units(g, x) ? num(units(g, x)) : '—'),
      num(dispositions.reduce((n, x) => n + units(g, x), 0))]);
    if (grades.length) body.push({ cells: ['All grades', ...dispositions.map((x) => num(grades.reduce((n, g) => n + units(g, x), 0))), num(rows.reduce((n, r) => n + r.units, 0))] });
    return dataTable({
      id: 'an-dispositions-table', caption: 'Inspected units by grade and disposition',
      columns: ['Grade', ...dispositions.map((x) => ({ text: dispositionName(x), num: true })), { text: 'Total', num: true }],
      rows: body, empty: 'No unit inspected for these filters.'
    });
  }

  function costsSection(d) {
    const c = d.costs || {};
    return section('an-costs', 'Cost per return and value recovered', null,
      hint('Cost is postage, legs to and from hubs, freight shares, duties not recovered, handling and payment fees. Recovered is what returned units brought back (resale, refurbishment, supplier credit). Net cost = cost + refunded − recovered. Costs follow the market and carrier filters, not the category.'),
      block('an-costs-market', 'By market', csvButton('costs', 'market', 'costs by market'), costTable('an-costs-market-table', 'Returns, costs and recovered value by market', 'Market', c.byMarket || [], marketName)),
      block('an-costs-carrier', 'By carrier', csvButton('costs', 'carrier', 'costs by carrier'), costTable('an-costs-carrier-table', 'Returns, costs and recovered value by carrier', 'Carrier', c.byCarrier || [], carrierName)),
      block('an-costs-route', 'By route', csvButton('costs', 'route', 'costs by route'), costTable('an-costs-route-table', 'Returns, costs and recovered value by route', 'Route', c.byRoute || [], routeName)),
      block('an-dispositions', 'What happened to the returned units', csvButton('dispositions', null, 'grades and dispositions'),
        hint('Units as graded at inspection and where they went.'), dispositionTable(d.dispositions || [])));
  }

  function themesSection(d) {
    const rows = d.themes || [];
    const content = [hint('Customers\' comments in every portal language, sorted into themes. Examples are quoted as written.')];
    if (!rows.length) content.push(el('p', { class: 'an-empty', text: 'No comments for these filters.' }));
    else content.push(dataTable({
      id: 'an-themes-table', caption: 'Comment themes',
      columns: ['Theme', { text: 'Comments', num: true }, { text: 'Share', num: true }, 'Languages', 'Examples'],
      rows: rows.map((t) => {
        const languages = Object.entries(t.languages || {}).map(([lang, n]) => `${lang} ${num(n)}`).join(' · ');
        const examples = el('ul', { class: 'an-examples' }, ...(t.examples || []).map((e) => el('li', null,
          el('q', { lang: validLang(e.language) ? e.language : null, text: e.text }), e.sku ? el('span', { class: 'an-sub', text: e.sku }) : null)));
        const cell = el('div', null, (t.examples || []).length ? examples : null);
        if (t.terms && t.terms.length) {
          const words = el('p', { class: 'an-sub', style: 'margin:.25rem 0 0' }, 'Frequent words: ');
          t.terms.forEach((w, i) => words.append(i ? ', ' : '', el('span', { lang: validLang(w.language) ? w.language : null, text: w.term }), ` (${num(w.count)})`));
          cell.append(words);
        }
        return { key: t.theme, cells: [t.label, num(t.comments), pct(t.share, 0), languages, cell] };
      })
    }));
    return section('an-themes', 'What customers say', csvButton('themes', null, 'comment themes'), ...content);
  }

  function productsSection(d) {
    const skus = d.returnRates.bySku || [];
    const products = d.returnRates.byProduct || [];
    const limitNote = (rows) => rows.length >= 100 ? ' (the first 100; the CSV has all)' : '';
    return section('an-products', 'Return rate by SKU and by product', null,
      hint('Sorted by units returned. A product groups its variants (sizes, colours).'),
      block('an-sku', 'By SKU', csvButton('return-rates', 'sku', 'the return rate by SKU'), dataTable({
        id: 'an-sku-table', caption: `Return rate by SKU${limitNote(skus)}`, captionHidden: !limitNote(skus), initial: 10, columns: rateColumns(true, 'SKU'),
        rows: skus.map((r) => ({ key: r.key, cells: rateCells(r, keyCell(r.key, r.label, true), true) }))
      })),
      block('an-product', 'By product', csvButton('return-rates', 'product', 'the return rate by product'), dataTable({
        id: 'an-product-table', caption: `Return rate by product${limitNote(products)}`, captionHidden: !limitNote(products), initial: 10, columns: rateColumns(true, 'Product'),
        rows: products.map((r) => ({ key: r.key, cells: rateCells(r, keyCell(r.label, r.key), true) }))
      })));
  }

  // ---------- view ----------
  const TOC = [['an-summary', 'Headline'], ['an-flags', 'Products to act on'], ['an-trend', 'Over time'], ['an-breakdown', 'Category and market'],
    ['an-reasons', 'Reasons'], ['an-stages', 'Where returns wait'], ['an-costs', 'Costs'], ['an-themes', 'Comments'], ['an-products', 'SKUs and products']];

  function render(d) {
    st.charts = [];
    const body = $('an-body');
    body.replaceChildren(
      headlineSection(d), flagsSection(d), trendSection(d), breakdownSection(d), reasonsSection(d), stagesSection(d), costsSection(d), themesSection(d), productsSection(d),
      el('p', { class: 'hint an-foot', text: `Money in ${d.currency}, converted when each order or return was recorded. Computed from ${num(d.cells)} aggregate cells in ${fixed(d.elapsedMs || 0, 0)} ms.` }));
    $('an-scope').textContent = scopeText(d.filters);
    $('an-toc').hidden = false;
    drawCharts(true);
  }

  function scopeText(f) {
    const months = f.from && f.to ? ((+f.to.slice(0, 4) - +f.from.slice(0, 4)) * 12 + (+f.to.slice(5) - +f.from.slice(5)) + 1) : 0;
    return `Showing ${monthLabel(f.from, true)} – ${monthLabel(f.to, true)} (${plural(months, 'month')}) · ` +
      `${f.market ? marketName(f.market) : 'all markets'} · ${f.category ? 'category ' + f.category : 'all categories'} · ${f.carrier ? 'carrier ' + carrierName(f.carrier) : 'all carriers'}` +
      (f.minSold && f.minSold !== DEFAULT_MIN_SOLD ? ` · flags from ${num(f.minSold)} units sold` : '');
  }

  function buildForm() {
    const month = (id, label) => el('div', null, el('label', { for: id, text: label }),
      el('input', { id, type: 'month', pattern: '[0-9]{4}-[0-9]{2}', placeholder: 'YYYY-MM', 'aria-describedby': 'an-filters-hint' }));
    const select = (id, label, all) => el('div', null, el('label', { for: id, text: label }), el('select', { id }, el('option', { value: '', text: all })));
    const apply = el('button', { type: 'submit', id: 'an-apply', text: 'Apply' });
    const reset = el('button', { type: 'button', class: 'secondary', id: 'an-reset', text: 'Reset' });
    const form = el('form', { id: 'an-filters', class: 'an-filters', role: 'search', 'aria-label': 'Analytics filters', novalidate: true, autocomplete: 'off' },
      month('an-from', 'From month'), month('an-to', 'To month'),
      select('an-market', 'Market', 'All markets'), select('an-category', 'Category', 'All categories'), select('an-carrier', 'Carrier', 'All carriers'),
      el('div', null, el('label', { for: 'an-min-sold', text: 'Flag from units sold' }),
        el('input', { id: 'an-min-sold', type: 'number', min: '1', max: '1000000', step: '1', inputmode: 'numeric', placeholder: String(DEFAULT_MIN_SOLD) })),
      el('div', { class: 'an-buttons' }, apply, reset));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      st.wanted = readForm();
      p.syncUrl(true);
      load();
    });
    reset.addEventListener('click', () => {
      st.wanted = {};
      fillForm(null);
      p.syncUrl(true);
      load();
    });
    const toc = el('nav', { id: 'an-toc', class: 'an-toc', 'aria-label': 'Analytics sections', hidden: true }, el('ul', null, ...TOC.map(([id, text]) => {
      const a = el('a', { href: `#${id}`, text });
      a.addEventListener('click', (ev) => {
        const heading = $(`${id}-title`);
        if (!heading) return;
        ev.preventDefault();
        heading.scrollIntoView({ block: 'start' });
        heading.focus({ preventScroll: true });
      });
      return el('li', null, a);
    })));
    $('an-root').replaceChildren(
      el('p', { class: 'an-intro', text: 'Which products come back and why, what returns cost, and where the return process is slow. Choose the months and, if you like, one market, category or carrier.' }),
      form,
      el('p', { id: 'an-filters-hint', class: 'hint an-filters-hint', text: 'Months are written YYYY-MM; left empty, the last 12 months. Category narrows the product figures (sales, rates, reasons, flags); carrier narrows return costs and stage times.' }),
      el('p', { id: 'an-scope', class: 'an-scope' }),
      toc,
      el('div', { id: 'an-body' }, el('p', { class: 'an-empty', text: 'Set the API key to load the analytics.' })));
  }

  function setOptions(select, values, wanted, labelOf) {
    const first = select.options[0];
    const all = [...new Set([...(values || []), ...(wanted ? [wanted] : [])])];
    select.replaceChildren(first, ...all.map((v) => el('option', { value: v, text: labelOf(v) })));
    select.value = wanted || '';
  }

  /** Puts the wanted filters in the form; with the dashboard answer also the resolved months and the choices it offers. */
  function fillForm(d) {
    const w = st.wanted;
    const f = d ? d.filters : {};
    $('an-from').value = w.from || f.from || '';
    $('an-to').value = w.to || f.to || '';
    const o = d ? d.options : null;
    setOptions($('an-market'), o ? o.markets : [...$('an-market').options].slice(1).map((x) => x.value), w.market ? w.market.toUpperCase() : '', marketName);
    setOptions($('an-category'), o ? o.categories : [...$('an-category').options].slice(1).map((x) => x.value), w.category || '', (v) => v);
    setOptions($('an-carrier'), o ? o.carriers : [...$('an-carrier').options].slice(1).map((x) => x.value), w.carrier || '', carrierName);
    $('an-min-sold').value = w.minSold || (d && f.minSold !== DEFAULT_MIN_SOLD ? String(f.minSold) : '');
  }

  function readForm() {
    const w = {};
    const v = (id) => $(id).value.trim();
    if (v('an-from')) w.from = v('an-from');
    if (v('an-to')) w.to = v('an-to');
    if (v('an-market')) w.market = v('an-market');
    if (v('an-category')) w.category = v('an-category');
    if (v('an-carrier')) w.carrier = v('an-carrier');
    if (v('an-min-sold') && v('an-min-sold') !== String(DEFAULT_MIN_SOLD)) w.minSold = v('an-min-sold');
    if (st.wanted.confidence) w.confidence = st.wanted.confidence;
    return w;
  }

  function readUrl() {
    const q = new URLSearchParams(location.search);
    const w = {};
    for (const k of FILTERS) { const v = (q.get(k) || '').trim(); if (v) w[k] = v; }
    return w;
  }

  function apiQuery(filters, extra) {
    const q = new URLSearchParams();
    for (const k of FILTERS) if (filters && filters[k]) q.set(k, filters[k]);
    for (const [k, v] of Object.entries(extra || {})) if (v) q.set(k, v);
    return q.toString();
  }

  const FIELD_OF = { from: 'an-from', to: 'an-to', market: 'an-market', category: 'an-category', carrier: 'an-carrier', minSold: 'an-min-sold' };
  function markInvalid(message) {
    const m = /^(from|to|market|category|carrier|minSold)\b/.exec(message || '');
    const ids = m ? (m[1] === 'category' && /carrier/.test(message) ? ['an-category', 'an-carrier'] : [FIELD_OF[m[1]]]) : [];
    if (m && m[1] === 'from' && /after to/.test(message)) ids.push('an-to');
    for (const id of ids) $(id).setAttribute('aria-invalid', 'true');
  }
  function clearInvalid() {
    for (const id of Object.values(FIELD_OF)) $(id).removeAttribute('aria-invalid');
  }

  function isShown() { const v = $('analytics'); return !!v && !v.hidden; }

  async function load() {
    if (!p || !p.apiKey()) return;
    const seq = ++st.seq;
    const wanted = { ...st.wanted };
    const body = $('an-body');
    p.showError('');
    clearInvalid();
    body.setAttribute('aria-busy', 'true');
    if (!st.data) body.replaceChildren(el('p', { class: 'an-empty', text: 'Loading…' }));
    p.showStatus('Loading the analytics…');
    let data;
    for (let attempt = 1; ; attempt++) {
      try {
        data = await p.api('GET', 'api/admin/analytics/dashboard?' + apiQuery(wanted));
        break;
      } catch (e) {
        if (seq !== st.seq) return;
        if (e.status === 503 && attempt <= RETRIES) {
          p.showStatus(`The analytics are still loading on the server; retrying in ${RETRY_MS / 1000} seconds (attempt ${attempt + 1} of ${RETRIES + 1})…`);
          await sleep(RETRY_MS);
          if (seq !== st.seq) return;
          continue;
        }
        body.removeAttribute('aria-busy');
        p.showStatus('');
        st.data = null;
        st.applied = null;
        st.charts = [];
        $('an-toc').hidden = true;
        $('an-scope').textContent = '';
        body.replaceChildren(el('p', { class: 'an-empty', id: 'an-failed', text: e.status === 400
          ? 'No figures: correct the filters above and apply them again.'
          : e.status === 503 ? 'The analytics are still loading on the server. Try again in a moment.' : 'The analytics could not be loaded.' }));
        p.handleError(e);
        if (e.status === 400) markInvalid(e.message);
        return;
      }
    }
    if (seq !== st.seq) return;
    st.data = data;
    st.applied = wanted;
    st.loadedAt = Date.now();
    fillForm(data);
    render(data);
    body.removeAttribute('aria-busy');
    p.showStatus(`Analytics loaded for ${monthLabel(data.filters.from, true)} – ${monthLabel(data.filters.to, true)}.`);
  }

  return Object.freeze({
    /** Takes the page's helpers and builds the filter form; reads the filters from the URL. */
    init(page) {
      p = page;
      nf0 = new Intl.NumberFormat(p.locale);
      nfCache.clear();
      injectStyle();
      buildForm();
      if (new URLSearchParams(location.search).get('view') === 'analytics') st.wanted = readUrl();
      fillForm(null);
    },
    /** The view was shown (a view link, back/forward): takes the URL's filters when it names this view, loads what is missing or old. */
    show() {
      if (new URLSearchParams(location.search).get('view') === 'analytics') {
        const fromUrl = readUrl();
        if (JSON.stringify(fromUrl) !== JSON.stringify(st.wanted)) { st.wanted = fromUrl; fillForm(st.data); }
      }
      const current = st.data && JSON.stringify(st.applied) === JSON.stringify(st.wanted) && Date.now() - st.loadedAt < STALE_MS;
      if (current) drawCharts(false); else load();
    },
    load,
    /** The filters for the page's URL, as [name, value] pairs. */
    query() { return FILTERS.filter((k) => st.wanted[k]).map((k) => [k, st.wanted[k]]); }
  });
})();
