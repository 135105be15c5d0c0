#!/usr/bin/env node
'use strict';

// Starts the self-contained binary of this platform's package with the same arguments, and stands in for it:
// signals are passed on and its exit code (or signal) becomes ours, so Ctrl-C, `kill` and CI scripts see the
// mock itself.
const { spawn } = require('node:child_process');
const { locateBinary } = require('../lib/binary');

function fail(message) {
  process.stderr.write(`rememberizer-mock: ${message}\n`);
  process.exit(1);
}

let binary;
try {
  binary = locateBinary();
} catch (error) {
  fail(error.message);
}

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
