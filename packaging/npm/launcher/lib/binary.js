'use strict';

// Where this platform's binary is, shared by the command (bin/rememberizer-mock.js) and startMock().
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { packageName, binaryName, forCurrentProcess } = require('./platforms');

/** The binary's path; throws with what to do when this platform has none installed. */
function locateBinary() {
  const override = process.env.REMEMBERIZER_MOCK_BINARY;
  if (override) {
    return override;
  }

  const platform = forCurrentProcess();
  if (!platform) {
    throw new Error(`no build for ${process.platform}-${process.arch}. Install the .NET tool instead (dotnet tool install --global Rememberizer.Contract.Mock).`);
  }

  const name = packageName(platform.rid);
  let manifest;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    throw new Error(`the package ${name} with this platform's binary is not installed. It is an optional dependency of rememberizer-mock: install without --omit=optional (or --no-optional), or set REMEMBERIZER_MOCK_BINARY to a binary.`);
  }

  const binary = path.join(path.dirname(manifest), 'bin', binaryName(platform.rid));
  signOnMac(binary);
  return binary;
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

module.exports = { locateBinary };
