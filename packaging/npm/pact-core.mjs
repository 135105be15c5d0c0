// The Pact core library (pact_ffi) each platform package carries: the build of the same @pact-foundation/pact-core
// release the .NET binding is pinned to (src/Pact/native/package.json), taken from its npm package for that platform.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const linuxX64 = '@pact-foundation/pact-core-linux-x64-glibc';

// RID → the pact-core package and its prebuilds folder (Node.js platform-arch), and the library's file name there.
const builds = {
  'linux-x64': { pkg: linuxX64, prebuild: 'linux-x64', name: 'libpact_ffi.so' },
  'linux-arm64': { pkg: '@pact-foundation/pact-core-linux-arm64-glibc', prebuild: 'linux-arm64', name: 'libpact_ffi.so' },
  'osx-x64': { pkg: '@pact-foundation/pact-core-darwin-x64', prebuild: 'darwin-x64', name: 'libpact_ffi.dylib' },
  'osx-arm64': { pkg: '@pact-foundation/pact-core-darwin-arm64', prebuild: 'darwin-arm64', name: 'libpact_ffi.dylib' },
  'win-x64': { pkg: '@pact-foundation/pact-core-windows-x64', prebuild: 'win32-x64', name: 'pact_ffi.dll' },
};

/** The pinned pact-core release (every platform package of a release has the same version). */
export function pactCoreVersion(repo) {
  const manifest = JSON.parse(readFileSync(join(repo, 'src', 'Pact', 'native', 'package.json'), 'utf8'));
  return manifest.dependencies[linuxX64];
}

/**
 * The library for a RID: the copy the .NET build installed when it is this platform's, otherwise the pinned
 * package fetched with `npm pack` (the registry npm is set up with) and unpacked into the scratch folder.
 */
export function pactLibrary(rid, { repo, work, run }) {
  const { pkg, prebuild, name } = builds[rid];
  const inPackage = (root) => join(root, 'prebuilds', prebuild, name);

  const installed = inPackage(join(repo, 'src', 'Pact', 'native', 'node_modules', pkg));
  if (existsSync(installed)) {
    return { file: installed, name };
  }

  const version = pactCoreVersion(repo);
  const unpacked = join(work, 'pact-core', rid);
  mkdirSync(unpacked, { recursive: true });
  console.log(`fetching ${pkg}@${version} for its ${name}`);
  const tarball = run('npm', ['pack', `${pkg}@${version}`, '--pack-destination', unpacked, '--silent'], unpacked).trim().split('\n').pop();
  run('tar', ['-xzf', tarball, '-C', unpacked], unpacked);
  const file = inPackage(join(unpacked, 'package'));
  if (!existsSync(file)) {
    throw new Error(`${pkg}@${version} holds no prebuilds/${prebuild}/${name}`);
  }
  return { file, name };
}
