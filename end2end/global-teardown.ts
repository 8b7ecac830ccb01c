// Issue 3: no secret a test used (codes, TOTP secrets, security answers, passwords) may be
// stored or logged in clear. After the whole run, read the database files byte for byte
// (freed pages and the WAL included) and the server's log, and look for every recorded value.
import { existsSync, readFileSync } from 'node:fs';
import { USED_SECRETS } from './tests/helpers';

const VAR = '../target/e2e-var';
// Imported from demo/demo.toml: sealed and hashed at rest as well.
const DEMO: { kind: string; value: string }[] = [
  { kind: 'secret', value: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' },
  { kind: 'answer', value: 'Osaka' },
  { kind: 'answer', value: 'Corolla' },
];

export default async function globalTeardown() {
  if (!existsSync(USED_SECRETS)) {
    // A partial run (a single spec without registration) has nothing to check.
    return;
  }
  const used = readFileSync(USED_SECRETS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { kind: string; value: string });
  // The second portal (providers.spec.ts) is checked the same way.
  const files = ['sspr.db', 'sspr.db-wal', 'server.log']
    .flatMap((f) => [`${VAR}/${f}`, `${VAR}2/${f}`])
    .filter(existsSync);
  if (!files.some((f) => f.endsWith('server.log'))) throw new Error('no server log to check');
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file).toString('latin1');
    for (const { kind, value } of [...used, ...DEMO]) {
      const forms = kind === 'answer' ? [value, value.toLowerCase()] : [value];
      for (const v of forms) {
        // Codes are whole numbers (not a run inside a longer number or a log timestamp's
        // fraction of a second); other values are plain substrings.
        const hit = kind === 'code' ? new RegExp(`(?<![\\d.])${v}(?!\\d)`).test(text) : text.includes(v);
        if (hit) found.push(`${kind} found in ${file}`);
      }
    }
  }
  if (used.length < 5) throw new Error(`only ${used.length} secrets were recorded: did the suite run?`);
  if (found.length) throw new Error(`secrets stored or logged in clear:\n${[...new Set(found)].join('\n')}`);
  console.log(`no secret in clear: ${used.length + DEMO.length} values checked in ${files.join(', ')}`);
}
