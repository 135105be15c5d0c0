// The app's calls to the Rememberizer API, typed by the contract: `paths` comes from the contract the mock is built
// from, so a renamed field or path breaks `tsc` here rather than the app in production.
import createClient from 'openapi-fetch';
import type { paths } from 'rememberizer-mock/api';

export type Rememberizer = ReturnType<typeof rememberizer>;

export function rememberizer(apiUrl: string) {
  const client = createClient<paths>({ baseUrl: apiUrl });

  return {
    /** Creates the account; the answer carries an access token good for confirming the e-mail address. */
    async signUp(email: string, password: string, name: string) {
      const { data, error } = await client.POST('/auth/signup/', { body: { email, password, name, captcha: 'ok' } });
      if (!data) {
        throw new Error(`sign-up failed: ${JSON.stringify(error)}`);
      }
      return { id: data.id, verified: data.email_verified, access: data.access };
    },

    async verifyEmail(access: string, code: string) {
      const { response } = await client.POST('/auth/verify-email/', {
        headers: { Authorization: `Bearer ${access}` },
        body: { verification_code: code },
      });
      return response.status;
    },

    /** Signs in and returns the session cookies, as a browser would keep them. */
    async signIn(login: string, password: string) {
      const { response } = await client.POST('/auth/signin/', { body: { login, password, captcha: 'ok' } });
      if (response.status !== 204) {
        throw new Error(`sign-in answered ${response.status}`);
      }
      return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
    },

    async account(cookies: string) {
      const { data, error } = await client.GET('/account/', { headers: { Cookie: cookies } });
      if (!data) {
        throw new Error(`account failed: ${JSON.stringify(error)}`);
      }
      return { id: data.id, email: data.email, name: data.name };
    },

    /** The names of the signed-in user's documents, as the first page lists them. */
    async documentNames(cookies: string) {
      const { data, error } = await client.GET('/documents/', { headers: { Cookie: cookies } });
      if (!data) {
        throw new Error(`documents failed: ${JSON.stringify(error)}`);
      }
      return data.results.map((document) => document.name);
    },
  };
}
