// Smart court workspace: sends the forms marked data-api to the JSON API with the session's CSRF token.
// No inline script, no third-party code; messages are shown with textContent only.
(function () {
  'use strict';
  // Errors in the page's language: the server's messages are English, so a Chinese page says what went wrong by
  // the answer's status instead (issue 17, item 14: one language per page).
  var zh = (document.documentElement.lang || '').indexOf('zh') === 0;
  var ZH_ERRORS = {
    400: '填写的内容未被接受：请检查必填项（不予采纳或标记为已补正须写明理由；退回须写明理由；有罪判决须写明刑罚）和文件格式。',
    401: '登录已失效，请重新登录。',
    403: '您的角色在本阶段不能执行此操作（或页面已过期，请刷新）。',
    404: '找不到该案件或证据。',
    409: '案件已被他人更改，或本阶段不允许此操作；请刷新页面后再试。',
    413: '文件过大。',
    429: '尝试次数过多，请稍后再试。',
    500: '服务器出错，本次更改未保存。'
  };
  function failure(status, serverText) {
    if (!zh) { return status + ' ' + serverText; }
    return (ZH_ERRORS[status] || '操作未成功。') + '（' + status + '）';
  }
  function csrf() {
    var m = document.querySelector('meta[name="csrf"]');
    return m ? m.getAttribute('content') : '';
  }
  function show(form, text) {
    var out = form.querySelector('.msg') || (form.parentElement && form.parentElement.querySelector('.msg'));
    if (out) { out.textContent = text; } else { window.alert(text); }
  }
  function fields(form) {
    var o = {};
    new FormData(form).forEach(function (v, k) {
      if (k === 'file' || k === '_csrf') { return; }
      if (form.querySelectorAll('[name="' + k + '"][type="checkbox"]').length > 0) {
        o[k] = (o[k] || []).concat([v]);
      } else { o[k] = v; }
    });
    return o;
  }
  async function errorText(res) {
    var text = await res.text();
    try { var j = JSON.parse(text); return j.title || text; } catch (e) { return text || res.statusText; }
  }
  async function send(form) {
    var kind = form.dataset.api, url = form.dataset.url, method = 'POST', body;
    var headers = { 'X-CSRF-Token': csrf(), 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (kind === 'upload') {
      var file = form.querySelector('input[type="file"]').files[0];
      body = file ? await file.text() : form.querySelector('textarea').value;
    } else if (kind === 'evidence') {
      var item;
      try { item = JSON.parse(form.querySelector('textarea[name="item"]').value); } catch (e) { show(form, zh ? '证据内容不是有效的 JSON。' : e.message); return; }
      url = url + encodeURIComponent(item.id || '');
      method = 'PUT';
      body = JSON.stringify({ version: Number(form.dataset.version), item: item });
    } else {
      body = JSON.stringify(fields(form));
    }
    var res = await fetch(url, { method: method, headers: headers, body: body, credentials: 'same-origin' });
    if (res.status === 409 && form.dataset.confirm) {
      var j = {};
      try { j = await res.clone().json(); } catch (e) { j = {}; }
      if (j.unopened) {
        if (!window.confirm(form.dataset.confirm + '\n' + j.unopened.join(', '))) { return; }
        var o = JSON.parse(body); o.confirmUnopened = true;
        res = await fetch(url, { method: method, headers: headers, body: JSON.stringify(o), credentials: 'same-origin' });
      }
    }
    if (!res.ok) { show(form, failure(res.status, await errorText(res))); return; }
    var next = null;
    try { next = (await res.json()).location; } catch (e) { next = null; }
    window.location.href = (next && next.charAt(0) === '/') ? next : window.location.href;
  }
  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    if (!form.dataset || !form.dataset.api) { return; }
    ev.preventDefault();
    send(form).catch(function (e) { show(form, zh ? '网络错误，请重试。' : String(e)); });
  });
}());
