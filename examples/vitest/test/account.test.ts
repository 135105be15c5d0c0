import { connectMock, type MockConnection } from 'rememberizer-mock';
import { beforeAll, beforeEach, expect, inject, test } from 'vitest';
import { rememberizer, type Rememberizer } from '../src/rememberizer.js';

let mock: MockConnection;
let api: Rememberizer;

beforeAll(async () => {
  mock = await connectMock(inject('mockUrl'));
  api = rememberizer(mock.apiUrl);
});

beforeEach(() => mock.reset());

test('sign-up, the code from the mailbox, verification and sign-in give the account', async () => {
  const signUp = await api.signUp('vitest@example.com', 'secure_password', 'Vi Test');
  const [message] = await mock.mailbox('vitest@example.com');

  expect(signUp.verified).toBe(false);
  expect(message.code).toMatch(/^\d{6}$/);
  expect(await api.verifyEmail(signUp.access, message.code!)).toBe(200);

  const cookies = await api.signIn('vitest@example.com', 'secure_password');
  expect(await api.account(cookies)).toEqual({ id: signUp.id, email: 'vitest@example.com', name: 'Vi Test' });
});

test('a user made through the control API signs in at once', async () => {
  const user = await mock.createUser({ email: 'made@example.com', password: 'secure_password', name: 'Made' });

  const cookies = await api.signIn('made@example.com', 'secure_password');

  expect((await api.account(cookies)).id).toBe(user.id);
});

test('the keys of the start-up vector store and common knowledge are at hand', () => {
  expect(mock.keys.vectorStore).toMatch(/^\w{20,}$/);
  expect(mock.keys.commonKnowledge).toMatch(/^\w{20,}$/);
});
