import { startMock, type RunningMock } from 'rememberizer-mock';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { rememberizer } from '../src/rememberizer.js';

// A mock of this file's own, started with the team's data written down in ../fixtures/team.yaml (users, documents,
// keys) instead of generated data; its scenarios switch the whole state between tests.
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ fixtures: '../fixtures/team.yaml' });
});

afterAll(() => mock.stop());

test("the fixture's user signs in to her own account and documents, and its keys are the file's", async () => {
  const api = rememberizer(mock.apiUrl);

  const cookies = await api.signIn('ada@example.com', 'correct-horse');

  expect(await api.account(cookies)).toMatchObject({ email: 'ada@example.com', name: 'Ada Lovelace' });
  expect(await api.documentNames(cookies)).toEqual(expect.arrayContaining(['Roadmap.md', 'Launch checklist.md', '#general']));
  expect(mock.keys.vectorStore).toBe('vs_test_456');
  expect(mock.keys.commonKnowledge).toBe('ck_test_123');
});

test('a scenario of the loaded file replaces the whole state', async () => {
  const api = rememberizer(mock.apiUrl);

  await mock.loadFixture({ scenario: 'empty-account' });
  const cookies = await api.signIn('ada@example.com', 'correct-horse');

  expect(await api.documentNames(cookies)).toEqual([]);
  await expect(api.signIn('grace@example.com', 'correct-horse')).rejects.toThrow(/answered 401/);
  await mock.loadFixture();
});
