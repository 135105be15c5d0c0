import { startMock } from 'rememberizer-mock';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

// Vitest runs this once per run: the test files get the mock's URL through inject('mockUrl'), and the function
// returned is the teardown. If the run is killed instead, the mock still ends with it.
export default async function setup(project: TestProject) {
  const mock = await startMock({ seed: 7 });
  project.provide('mockUrl', mock.url);
  return () => mock.stop();
}
