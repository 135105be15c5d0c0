'use strict';

// The platforms a binary is built for: the .NET runtime identifier the build publishes for, and the Node.js
// platform and architecture that run it. The build script and the launcher both read this table.
const platforms = [
  { rid: 'linux-x64', os: 'linux', cpu: 'x64' },
  { rid: 'linux-arm64', os: 'linux', cpu: 'arm64' },
  { rid: 'osx-x64', os: 'darwin', cpu: 'x64' },
  { rid: 'osx-arm64', os: 'darwin', cpu: 'arm64' },
  { rid: 'win-x64', os: 'win32', cpu: 'x64' },
];

const scope = '@rememberizer-mock';

/** The npm package that carries the binary for a runtime identifier. */
function packageName(rid) {
  return `${scope}/${rid}`;
}

/** The binary's file name inside its platform package. */
function binaryName(rid) {
  return rid.startsWith('win-') ? 'rememberizer-mock.exe' : 'rememberizer-mock';
}

function forCurrentProcess() {
  return platforms.find((p) => p.os === process.platform && p.cpu === process.arch);
}

module.exports = { platforms, packageName, binaryName, forCurrentProcess };
