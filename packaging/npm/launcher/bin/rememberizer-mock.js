#!/usr/bin/env node
'use strict';

// Starts the self-contained binary of this platform's package with the same arguments, and stands in for it:
// signals are passed on and its exit code (or signal) becomes ours, so Ctrl-C, `kill` and CI scripts see the
// mock itself.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');
const { packageName, binaryName, forCurrentProcess } = require('../lib/platforms');

function findBinary() {
  const override = process.env.REMEMBERIZER_MOCK_BINARY;
  if (override) {
    return override;
  }

  const platform = forCurrentProcess();
  if (!platform) {
    fail(`no build for ${process.platform}-${process.arch}. Install the .NET tool instead (dotnet tool install --global Rememberizer.Contract.Mock).`);
  }

  const name = packageName(platform.rid);
  try {
    const manifest = require.resolve(`${name}/package.json`);
    return path.join(path.dirname(manifest), 'bin', binaryName(platform.rid));
  } catch {
    fail(`the package ${name} with this platform's binary is not installed. It is an optional dependency of rememberizer-mock: install without --omit=optional (or --no-optional), or set REMEMBERIZER_MOCK_BINARY to a binary.`);
  }
}

function fail(message) {
  process.stderr.write(`rememberizer-mock: ${message}\n`);
  process.exit(1);
}

// Apple Silicon runs only signed binaries, and a binary cross-built on Linux carries no signature: sign it ad hoc
// once, as the .NET SDK does when it builds on a Mac. Without codesign (no Xcode tools) the start says why it failed.
function signOnMac(binary) {
  if (process.platform !== 'darwin') {
    return;
  }
  if (spawnSync('codesign', ['--verify', binary]).status !== 0) {
    spawnSync('codesign', ['--sign', '-', '--force', binary], { stdio: 'ignore' });
  }
}

const binary = findBinary();
signOnMac(binary);
const child = spawn(binary, process.argv.slice(2), { stdio: 'inherit' });

const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const forward = (signal) => child.kill(signal);
for (const signal of forwarded) {
  process.on(signal, forward);
}

child.on('error', (error) => fail(`could not start ${child.spawnfile}: ${error.message}`));
child.on('exit', (code, signal) => {
  for (const s of forwarded) {
    process.off(s, forward);
  }

  if (signal) {
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
