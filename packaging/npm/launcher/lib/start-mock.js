'use strict';

// startMock(): the mock as a test run's own child process, on a free port, with its keys and control API at hand.
const { spawn } = require('node:child_process');
const { resolve } = require('node:path');
const { createInterface } = require('node:readline');
const { locateBinary } = require('./binary');
const { MockControl, controlledMock } = require('./control');

const listeningLine = /listening on (http:\/\/\S+?)\/api\/v1/;

/**
 * Starts the platform binary and resolves once `/_mock/health` answers; rejects with the mock's own one-line error
 * when it cannot start.
 * @param {import('./index').StartMockOptions} [options]
 * @returns {Promise<import('./index').RunningMock>}
 */
async function startMock(options = {}) {
  const { port = 0, seed, state, fixtures, scenario, args = [], env, startTimeoutMs = 60_000 } = options;
  const binary = locateBinary();
  const argv = [
    '--port', String(port),
    '--quiet',
    // The mock reads its input pipe to its end and stops there: when this process ends, however it ends (even by
    // SIGKILL), the system closes the pipe and the mock goes with it.
    '--MockServer:StopWhenInputCloses=true',
    ...(seed === undefined ? [] : ['--seed', String(seed)]),
    ...(state === undefined ? [] : ['--state', String(state)]),
    // Resolved here: the path is the caller's, relative to its working directory.
    ...(fixtures === undefined ? [] : ['--fixtures', resolve(String(fixtures))]),
    ...(scenario === undefined ? [] : ['--scenario', String(scenario)]),
    ...args,
  ];

  const child = spawn(binary, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env, NO_COLOR: '1' }, windowsHide: true });
  // 'close' comes once the process has ended and its output is read to the end, so its last error line is in.
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  // Only the last lines matter (a failed start's reason); a long-running mock must not grow this.
  const stderr = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    if (stderr.length > 20) stderr.shift();
  });
  const stdout = createInterface({ input: child.stdout });

  let url;
  let control;
  let keys;
  try {
    // One deadline for the whole start, however its time is shared between the start-up line and health.
    const deadline = Date.now() + startTimeoutMs;
    url = await listeningUrl(child, exited, stdout, stderr, startTimeoutMs);
    await untilHealthy(url, exited, deadline);
    control = new MockControl(url);
    keys = await control.keys();
  } catch (error) {
    // A binary that could not be spawned at all has no process to end.
    if (child.pid !== undefined) {
      child.kill('SIGKILL');
      await exited;
    }
    throw error;
  }

  // A forgotten stop() must not keep the test runner alive; the closed input pipe still takes the mock along.
  setReferenced(child, false);

  let stopping;
  return {
    ...controlledMock(url, control, keys),
    pid: child.pid,
    stop() {
      stopping ??= (async () => {
        setReferenced(child, true);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM');
        }
        await exited;
      })();
      return stopping;
    },
  };
}

// The start-up line names the address; an exit before it is a failed start, told by the mock's own last line.
function listeningUrl(child, exited, stdout, stderr, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`rememberizer-mock: no start-up line within ${timeoutMs} ms`)), timeoutMs);
    stdout.on('line', (line) => {
      const match = listeningLine.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`rememberizer-mock: could not start ${child.spawnfile}: ${error.message}`));
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const message = stderr.filter((line) => line.trim()).pop() ?? `rememberizer-mock ended before it listened (${signal ?? `exit code ${code}`})`;
      reject(Object.assign(new Error(message), { exitCode: code, signal }));
    });
  });
}

async function untilHealthy(url, exited, deadline) {
  let ended = false;
  exited.then(() => { ended = true; });
  for (;;) {
    try {
      // A request that hangs must not outlast the start's deadline.
      const response = await fetch(`${url}/_mock/health`, { signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not answering yet.
    }
    if (ended || Date.now() > deadline) {
      throw new Error(`rememberizer-mock: ${url}/_mock/health did not answer 200`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function setReferenced(child, referenced) {
  for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
    if (referenced) {
      handle.ref?.();
    } else {
      handle.unref?.();
    }
  }
}

module.exports = { startMock };
