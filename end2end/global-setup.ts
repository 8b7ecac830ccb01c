// Wait until the server answers /healthz (`cargo xtask test` starts it just before the tests).
export default async function globalSetup() {
  const base = process.env.SSPR_BASE_URL ?? 'http://127.0.0.1:3000';
  const deadline = Date.now() + 120_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${base} not ready after 120 s: ${last}`);
}
