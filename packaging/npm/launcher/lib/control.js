'use strict';

// The control API under /_mock (snake_case JSON), in the words of startMock()'s result.
class MockControl {
  constructor(url) {
    this.url = url;
  }

  async keys() {
    // A fixture may hold no vector store (a 404 here) or no published knowledge: then that key is null.
    const store = await this.request('GET', '/_mock/vector-store').catch((error) => {
      if (error.status === 404) return null;
      throw error;
    });
    const knowledge = await this.request('GET', '/_mock/common-knowledge');
    return { vectorStore: store?.api_key ?? null, commonKnowledge: knowledge[0]?.api_key ?? null };
  }

  async reset() {
    await this.request('POST', '/_mock/reset');
  }

  async loadFixture({ content, scenario } = {}) {
    const query = scenario === undefined ? '' : `?scenario=${encodeURIComponent(scenario)}`;
    await this.request('POST', `/_mock/fixtures${query}`, undefined, content ?? '');
  }

  async mailbox(email) {
    const messages = await this.request('GET', `/_mock/mailbox?to=${encodeURIComponent(email)}`);
    return messages.map((m) => ({ to: m.to, subject: m.subject, code: m.code, sentAt: m.sent_at }));
  }

  async advanceClock(seconds) {
    await this.request('POST', '/_mock/clock/advance', { seconds });
  }

  async createUser({ email, password, name, emailVerified = true }) {
    const user = await this.request('POST', '/_mock/users', { email, password, name, email_verified: emailVerified });
    return { id: user.id, email: user.email, name: user.name, emailVerified: user.email_verified };
  }

  // A JSON body, or a text one as it is (a fixture file).
  async request(method, path, body, text) {
    const response = await fetch(this.url + path, {
      method,
      headers: body !== undefined ? { 'content-type': 'application/json' } : text !== undefined ? { 'content-type': 'text/plain; charset=utf-8' } : {},
      body: body !== undefined ? JSON.stringify(body) : text,
    });
    const answer = await response.text();
    if (!response.ok) {
      // The control API answers DRF-shaped errors naming the field; the message carries them as they came.
      throw Object.assign(new Error(`rememberizer-mock: ${method} ${path} answered ${response.status}: ${answer}`), { status: response.status, body: answer });
    }
    return answer ? JSON.parse(answer) : undefined;
  }
}

/**
 * A mock another process started (e.g. a test runner's global set-up), reached by its root URL: the same keys and
 * control methods as startMock()'s result, without stop().
 */
async function connectMock(url) {
  const root = String(url).replace(/\/+$/, '').replace(/\/api\/v1$/, '');
  const control = new MockControl(root);
  return controlledMock(root, control, await control.keys());
}

function controlledMock(url, control, keys) {
  return {
    url,
    apiUrl: `${url}/api/v1`,
    keys,
    reset: () => control.reset(),
    loadFixture: (load) => control.loadFixture(load),
    mailbox: (email) => control.mailbox(email),
    advanceClock: (seconds) => control.advanceClock(seconds),
    createUser: (user) => control.createUser(user),
  };
}

module.exports = { MockControl, connectMock, controlledMock };
