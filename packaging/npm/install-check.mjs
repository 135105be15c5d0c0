#!/usr/bin/env node
// Checks the built npm packages the way a user meets them, on any platform (the release runs it on each runner):
// `npm install` of the tarballs into an empty folder outside the checkout, then startMock() signs a user up, reads
// the code from the mailbox, verifies, signs in and stops, and `rememberizer-mock verify --pact-file` passes with the
// Pact core library the platform package carries (no pact-js, no PACT_FFI_LIBRARY).
//
//   node packaging/npm/install-check.mjs [DIR]      # DIR: the tarballs (default artifacts/npm)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { forCurrentProcess } = createRequire(import.meta.url)('./launcher/lib/platforms.js');
const tarballs = resolve(process.argv[2] ?? join(repo, 'artifacts', 'npm'));
const platform = forCurrentProcess() ?? fail(`no package is built for ${process.platform}-${process.arch}`);
// The launcher and this platform's package only: npm refuses a package for another platform named explicitly.
const chosen = readdirSync(tarballs).filter((f) => /^rememberizer-mock-\d.*\.tgz$/.test(f) || f.startsWith(`rememberizer-mock-${platform.rid}-`));
if (chosen.length !== 2) {
  fail(`${tarballs} should hold the launcher's and the ${platform.rid} package's tarballs; found ${chosen.join(', ') || 'neither'}`);
}
const app = mkdtempSync(join(tmpdir(), 'rememberizer-mock-check-'));
const environment = { ...process.env };
delete environment.PACT_FFI_LIBRARY;

try {
  writeFileSync(join(app, 'package.json'), '{ "name": "an-app", "private": true }\n');
  run('npm', ['install', '--no-audit', '--no-fund', ...chosen.map((f) => join(tarballs, f))]);

  writeFileSync(join(app, 'flow.mjs'), `
import { startMock } from 'rememberizer-mock';
const mock = await startMock({ seed: 7 });
const post = (path, body, headers = {}) => fetch(\`\${mock.apiUrl}/\${path}\`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const signUp = await post('auth/signup/', { email: 'check@example.com', password: 'secure_password', name: 'Check', captcha: 'ok' });
const { access } = await signUp.json();
const [message] = await mock.mailbox('check@example.com');
const verify = await post('auth/verify-email/', { verification_code: message.code }, { authorization: \`Bearer \${access}\` });
const signIn = await post('auth/signin/', { login: 'check@example.com', password: 'secure_password', captcha: 'ok' });
await mock.stop();
const statuses = [signUp.status, verify.status, signIn.status].join(' ');
if (statuses !== '201 200 204') { console.error(\`unexpected statuses: \${statuses}\`); process.exit(1); }
console.log('startMock: sign-up, verification and sign-in passed; the mock stopped');
`);
  run(process.execPath, [join(app, 'flow.mjs')]);

  writeFileSync(join(app, 'pact.json'), JSON.stringify({
    consumer: { name: 'install-check' },
    provider: { name: 'rememberizer-api' },
    interactions: [{
      type: 'Synchronous/HTTP',
      description: 'a session refresh without a refresh cookie',
      request: { method: 'POST', path: '/api/v1/auth/custom-refresh/' },
      response: { status: 401, body: { content: { code: 'token_not_valid' }, contentType: 'application/json', encoded: false } },
    }],
    metadata: { pactSpecification: { version: '4.0' } },
  }));
  run('npx', ['--no-install', 'rememberizer-mock', 'verify', '--pact-file', join(app, 'pact.json')]);
  console.log('install check passed');
} finally {
  rmSync(app, { recursive: true, force: true });
}

function fail(message) {
  process.stderr.write(`install-check.mjs: ${message}\n`);
  process.exit(1);
}

function run(command, args) {
  // npm and npx are .cmd scripts on Windows, which only a shell runs.
  execFileSync(command, args, { cwd: app, env: environment, stdio: 'inherit', shell: process.platform === 'win32' });
}
