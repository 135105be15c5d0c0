// The web app's Rememberizer client: the calls its screens make. In a browser the session cookies travel by
// themselves (fetch with credentials: 'include'); outside one, pass the cookie the sign-in set.
'use strict';

class RememberizerError extends Error {
  constructor(status, body) {
    super(`Rememberizer answered ${status}: ${JSON.stringify(body)}`);
    this.status = status;
    this.body = body;
  }
}

function createClient(baseUrl, { cookie } = {}) {
  const api = `${baseUrl.replace(/\/$/, '')}/api/v1`;

  async function call(method, path, { body, query } = {}) {
    const url = new URL(`${api}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) {
      url.searchParams.append(name, String(value));
    }
    const headers = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (cookie) headers.Cookie = cookie;
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) throw new RememberizerError(response.status, json);
    return { status: response.status, json, cookies: response.headers.getSetCookie() };
  }

  return {
    signUp: ({ email, password, name, captcha }) => call('POST', '/auth/signup/', { body: { email, password, name, captcha } }),
    signIn: ({ login, password, captcha }) => call('POST', '/auth/signin/', { body: { login, password, captcha } }),
    account: async () => (await call('GET', '/account/')).json,
    documents: async ({ page, pageSize }) => (await call('GET', '/documents/', { query: { page, page_size: pageSize } })).json,
  };
}

module.exports = { createClient, RememberizerError };
