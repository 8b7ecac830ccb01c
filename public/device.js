// The device page (V4): this browser holds an ECDSA P-256 key made with WebCrypto, not
// extractable, kept in IndexedDB. It pairs with a code the signed-in user was shown, then
// fetches notifications and answers them, every request signed and timestamped. The number
// to type is shown only on the screen that asked (number matching). Words come from the
// page (data-* attributes, localised on the server); this file holds none.
const status = document.getElementById('device-status');
const say = (key, extra) => {
  status.textContent = (status.dataset[key] || '') + (extra ? ' ' + extra : '');
};
const b64 = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const enc = (s) => new TextEncoder().encode(s);

function db() {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open('sspr-device', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('keys');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
async function load() {
  const d = await db();
  return new Promise((resolve, reject) => {
    const r = d.transaction('keys').objectStore('keys').get('device');
    r.onsuccess = () => resolve(r.result || null);
    r.onerror = () => reject(r.error);
  });
}
async function save(v) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const t = d.transaction('keys', 'readwrite');
    t.objectStore('keys').put(v, 'device');
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
  });
}
async function sign(key, text) {
  return b64(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, enc(text)));
}
async function post(path, body) {
  const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: r.ok, body: await r.json().catch(() => ({})) };
}
// Strictly increasing timestamps: the server refuses a replayed or older request.
let lastTs = 0;
const stamp = () => (lastTs = Math.max(Date.now(), lastTs + 1));

let device = null;
let request = null;

function show(paired) {
  document.getElementById('pair').hidden = paired;
  document.getElementById('paired').hidden = !paired;
}

document.getElementById('pair-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const code = document.getElementById('pair-code').value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const name = document.getElementById('device-name').value;
  try {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const pub = await crypto.subtle.exportKey('raw', pair.publicKey);
    const r = await post('/api/device/pair', { code, name, public_key: b64(pub), signature: await sign(pair.privateKey, `pair|${code}`) });
    if (!r.ok) return say('pairFailed');
    device = { id: r.body.device, key: pair.privateKey };
    await save(device);
    show(true);
    say('paired');
  } catch (e) {
    say('error');
  }
});

async function check() {
  const ts = stamp();
  const r = await post('/api/device/pending', { device: device.id, ts, signature: await sign(device.key, `pending|${device.id}|${ts}`) });
  const form = document.getElementById('answer-form');
  if (!r.ok) return say('error');
  request = r.body.request;
  form.hidden = !request;
  if (!request) return say('none');
  document.getElementById('request-text').textContent = status.dataset.request.replace('%org%', request.org).replace('%upn%', request.upn);
  document.getElementById('number').value = '';
  status.textContent = '';
  document.getElementById('number').focus();
}
document.getElementById('check').addEventListener('click', () => check().catch(() => say('error')));

document.getElementById('answer-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  if (!request) return;
  const approve = ev.submitter ? ev.submitter.value === 'approve' : true;
  const number = document.getElementById('number').value.trim();
  const ts = stamp();
  const decision = approve ? 'approve' : 'deny';
  try {
    const r = await post('/api/device/answer', {
      device: device.id, ts, challenge: request.challenge, number, approve,
      signature: await sign(device.key, `answer|${device.id}|${ts}|${request.challenge}|${number}|${decision}`),
    });
    document.getElementById('answer-form').hidden = true;
    request = null;
    say(r.ok && r.body.state === 'approved' ? 'approved' : 'denied');
  } catch (e) {
    say('error');
  }
});

(async () => {
  try {
    device = await load();
  } catch (e) {
    device = null;
  }
  show(!!device);
  if (device) say('paired');
})();
