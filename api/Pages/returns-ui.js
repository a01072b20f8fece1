'use strict';
// Helpers shared by the embedded pages (portal, merchant dashboard, dev outbox), served at assets/returns-ui.js.
// Plain script, no modules: the pages take what they need with `const { $, el } = ReturnsUI;`.
window.ReturnsUI = (() => {
  const $ = (id) => document.getElementById(id);

  /** Creates an element: attrs `class` and `text` set className and textContent; null, undefined and false attrs are left out. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  /** The absolute URL for an http(s) link, or null for anything else (javascript:, data:, garbage). */
  function safeUrl(url) {
    try {
      const u = new URL(url, location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  /** Formats an ISO 8601 time with Intl.DateTimeFormat options; `empty` when there is none, the text itself when it does not parse. */
  function formatTime(iso, locale, options, empty = '') {
    if (!iso) return empty;
    const d = new Date(iso);
    return isNaN(d) ? String(iso) : new Intl.DateTimeFormat(locale, options).format(d);
  }

  function fractionDigits(currency) {
    try { return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits; }
    catch (e) { return 2; }
  }

  /** Formats an amount in minor units of an ISO 4217 currency (1999 EUR is 19,99 € in de). */
  function formatMoney(minor, currency, locale) {
    const digits = fractionDigits(currency);
    const major = Number(minor) / Math.pow(10, digits);
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(major);
    } catch (e) {
      return major.toFixed(digits) + ' ' + currency;
    }
  }

  /** The page's #error (role=alert) and #status (role=status) live regions. */
  function showError(message) { $('error').textContent = message || ''; }
  function showStatus(message) { $('status').textContent = message || ''; }

  class ApiError extends Error {
    constructor(message, status, code) { super(message); this.status = status; this.code = code || null; }
  }

  /**
   * Sends a request (a JSON body when `body` is given) and answers the JSON response, or null without one.
   * Throws an ApiError: status 0 with messages.unreachable when the server cannot be reached; otherwise the
   * problem+json `detail`, or messages.failed(status) when the answer has none.
   */
  async function fetchJson(url, { method = 'GET', headers = {}, body, messages }) {
    const init = { method, headers: { 'Accept': 'application/json', ...headers }, cache: 'no-store' };
    if (body instanceof FormData) {
      init.body = body; // the browser sets the multipart boundary
    } else if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let res;
    try { res = await fetch(url, init); } catch (e) { throw new ApiError(messages.unreachable, 0); }
    let data = null;
    if ((res.headers.get('content-type') || '').includes('json')) {
      try { data = await res.json(); } catch (e) { data = null; }
    }
    if (!res.ok) {
      const detail = data && typeof data.detail === 'string' && data.detail.trim() ? data.detail : messages.failed(res.status);
      throw new ApiError(detail, res.status, data && data.code);
    }
    return data;
  }

  return Object.freeze({ $, el, safeUrl, formatTime, formatMoney, showError, showStatus, ApiError, fetchJson });
})();
