#!/usr/bin/env node
// Builds the npm packages of rememberizer-mock: one package per platform carrying the self-contained single-file
// binary (what `dotnet publish -r RID` makes of src/MockServer) and, beside it, the Pact core library of that
// platform (so `verify` works right after installing), and the launcher package `rememberizer-mock` whose `bin`
// starts the binary of the platform it is installed on (the layout esbuild and Pact use), whose startMock() starts
// it from test code, and whose `rememberizer-mock/api` holds TypeScript types of the API written from the contract.
//
//   node packaging/npm/build.mjs [--out DIR] [RID ... | all]
//
// RIDs: linux-x64 (default: this machine's platform), linux-arm64, osx-x64, osx-arm64, win-x64. The tarballs land
// in DIR (default artifacts/npm); `npm install DIR/*.tgz` installs them without a registry.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pactCoreVersion, pactLibrary } from './pact-core.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const { platforms, packageName, binaryName, forCurrentProcess } = createRequire(import.meta.url)('./launcher/lib/platforms.js');

const { out, rids } = parseArguments(process.argv.slice(2));
const version = readVersion();
const work = mkdtempSync(join(tmpdir(), 'rememberizer-mock-npm-'));
mkdirSync(out, { recursive: true });

try {
  for (const rid of rids) {
    buildPlatformPackage(platforms.find((p) => p.rid === rid));
  }
  buildLauncherPackage();
} finally {
  rmSync(work, { recursive: true, force: true });
}

function parseArguments(args) {
  let outDir = join(repo, 'artifacts', 'npm');
  const chosen = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') {
      outDir = resolve(args[++i] ?? usage('--out needs a directory'));
    } else if (args[i] === 'all') {
      chosen.push(...platforms.map((p) => p.rid));
    } else if (platforms.some((p) => p.rid === args[i])) {
      chosen.push(args[i]);
    } else {
      usage(`unknown argument ${args[i]}`);
    }
  }
  if (chosen.length === 0) {
    chosen.push(forCurrentProcess()?.rid ?? usage(`no build for ${process.platform}-${process.arch}; name the platforms`));
  }
  return { out: outDir, rids: [...new Set(chosen)] };
}

function usage(problem) {
  process.stderr.write(`build.mjs: ${problem}\nusage: node packaging/npm/build.mjs [--out DIR] [all | ${platforms.map((p) => p.rid).join(' | ')} ...]\n`);
  process.exit(2);
}

// The one version of everything the repository ships is set in Directory.Build.props.
function readVersion() {
  const props = readFileSync(join(repo, 'Directory.Build.props'), 'utf8');
  const match = /<Version>([^<]+)<\/Version>/.exec(props);
  if (!match) {
    usage('Directory.Build.props names no <Version>');
  }
  return match[1];
}

function buildPlatformPackage({ rid, os, cpu }) {
  const packageDir = join(work, rid);
  const binDir = join(packageDir, 'bin');
  console.log(`publishing the ${rid} binary`);
  // Each platform gets its own build output, so one platform's restore never reuses another's assets.
  run('dotnet', ['publish', join(repo, 'src/MockServer'), '-c', 'Release', '-r', rid, '-o', binDir,
    '--artifacts-path', join(work, 'build', rid), '--nologo', '-v', 'quiet']);

  // Only the binary and the settings it reads from beside itself go into the package.
  const built = join(binDir, rid.startsWith('win-') ? 'Rememberizer.Contract.MockServer.exe' : 'Rememberizer.Contract.MockServer');
  const shipped = join(packageDir, 'shipped');
  mkdirSync(join(shipped, 'bin'), { recursive: true });
  renameSync(built, join(shipped, 'bin', binaryName(rid)));
  cpSync(join(binDir, 'appsettings.json'), join(shipped, 'bin', 'appsettings.json'));
  // Beside the program is where the mock looks for pact_ffi second, after PACT_FFI_LIBRARY and before node_modules.
  const pact = pactLibrary(rid, { repo, work, run });
  cpSync(pact.file, join(shipped, 'bin', pact.name));

  writeJson(join(shipped, 'package.json'), {
    name: packageName(rid),
    version,
    description: `The rememberizer-mock binary for ${rid} with the Pact core library (pact_ffi of @pact-foundation/pact-core ${pactCoreVersion(repo)}), installed by the rememberizer-mock package.`,
    os: [os],
    cpu: [cpu],
    files: ['bin'],
    preferUnplugged: true,
  });
  writeFileSync(join(shipped, 'README.md'), `# ${packageName(rid)}\n\nThe self-contained \`rememberizer-mock\` binary for ${rid}, with the Pact core library (MIT, from @pact-foundation/pact-core) that \`rememberizer-mock verify\` loads. Install \`rememberizer-mock\`, which picks this package on ${os}/${cpu}.\n`);
  pack(shipped);
}

function buildLauncherPackage() {
  const launcher = join(work, 'launcher');
  cpSync(join(here, 'launcher'), launcher, { recursive: true });
  cpSync(join(here, 'README.md'), join(launcher, 'README.md'));
  writeApiTypes(join(launcher, 'api', 'index.d.ts'));
  const manifest = JSON.parse(readFileSync(join(launcher, 'package.json'), 'utf8'));
  manifest.version = version;
  // Every platform, whichever were built here: npm installs only the one whose os and cpu match.
  manifest.optionalDependencies = Object.fromEntries(platforms.map((p) => [packageName(p.rid), version]));
  writeJson(join(launcher, 'package.json'), manifest);
  pack(launcher);
}

// `import type { paths, components } from 'rememberizer-mock/api'`: the whole contract as TypeScript, written by
// openapi-typescript (this folder's own pinned dev dependency) from the spec the mock itself is generated from.
function writeApiTypes(file) {
  if (!existsSync(join(here, 'node_modules', 'openapi-typescript'))) {
    console.log('installing openapi-typescript (packaging/npm/package-lock.json)');
    run('npm', ['ci', '--no-audit', '--no-fund'], here);
  }
  mkdirSync(dirname(file), { recursive: true });
  run(process.execPath, [join(here, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), join(repo, 'spec', 'rememberizer_openapi.yml'), '--output', file], here);
}

function pack(dir) {
  const file = run('npm', ['pack', '--pack-destination', out, '--silent'], dir).trim().split('\n').pop();
  console.log(`packed ${join(out, file)}`);
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function run(command, args, cwd = repo) {
  try {
    // npm is a .cmd script on Windows, which only a shell runs.
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32' });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}build.mjs: ${command} ${args[0]} failed (exit code ${error.status ?? error.code})\n`);
    process.exit(1);
  }
}
