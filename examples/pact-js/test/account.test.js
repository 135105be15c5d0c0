// The account flow of the web app: sign up, sign in (right and wrong password) and read the signed-in account.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { MatchersV3 } = require('@pact-foundation/pact');
const { createClient } = require('../src/rememberizer');
const { newPact, states, alice, captcha, exampleAccessToken, sessionCookie, sessionCookieSet, jsonContentType } = require('./pact');

const { integer, like, string } = MatchersV3;

test('a sign-up of a new account', () =>
  newPact()
    .addInteraction()
    .given(states.noAccount, { email: alice.email })
    .uponReceiving('a sign-up of a new account (pact-js)')
    .withRequest('POST', '/api/v1/auth/signup/', (request) => request
      .headers({ 'Content-Type': 'application/json' })
      .jsonBody({ email: alice.email, password: alice.password, name: alice.name, captcha }))
    .willRespondWith(201, (response) => response
      .headers({ 'Content-Type': jsonContentType })
      .jsonBody({
        id: integer(42),
        email: alice.email,
        name: alice.name,
        email_verified: false,
        access: string(exampleAccessToken),
      }))
    .executeTest(async (mock) => {
      const { json } = await createClient(mock.url).signUp({ ...alice, captcha });
      assert.equal(json.email_verified, false);
    }));

test('a sign-in with the right password sets the session cookies', () =>
  newPact()
    .addInteraction()
    .given(states.accountExists, { email: alice.email, password: alice.password })
    .uponReceiving('a sign-in with the right password (pact-js)')
    .withRequest('POST', '/api/v1/auth/signin/', (request) => request
      .headers({ 'Content-Type': 'application/json' })
      .jsonBody({ login: alice.email, password: alice.password, captcha }))
    .willRespondWith(204, (response) => response.headers({
      'Set-Cookie': sessionCookieSet(`access_token=${exampleAccessToken}; max-age=300; path=/; samesite=lax; httponly`),
    }))
    .executeTest(async (mock) => {
      const { status, cookies } = await createClient(mock.url).signIn({ login: alice.email, password: alice.password, captcha });
      assert.equal(status, 204);
      assert.ok(cookies.some((c) => c.startsWith('access_token=')));
    }));

test('a sign-in with a wrong password is refused', () =>
  newPact()
    .addInteraction()
    .given(states.accountExists, { email: alice.email, password: alice.password })
    .uponReceiving('a sign-in with a wrong password (pact-js)')
    .withRequest('POST', '/api/v1/auth/signin/', (request) => request
      .headers({ 'Content-Type': 'application/json' })
      .jsonBody({ login: alice.email, password: 'not-the-password', captcha }))
    .willRespondWith(401, (response) => response
      .headers({ 'Content-Type': jsonContentType })
      .jsonBody({ detail: like('No active account found with the given credentials') }))
    .executeTest(async (mock) => {
      await assert.rejects(
        createClient(mock.url).signIn({ login: alice.email, password: 'not-the-password', captcha }),
        (error) => error.status === 401 && typeof error.body.detail === 'string');
    }));

test('the signed-in account', () =>
  newPact()
    .addInteraction()
    .given(states.signedIn, { email: alice.email })
    .uponReceiving('a request for the signed-in account (pact-js)')
    .withRequest('GET', '/api/v1/account/', (request) => request.headers({ Cookie: sessionCookie }))
    .willRespondWith(200, (response) => response
      .headers({ 'Content-Type': jsonContentType })
      .jsonBody({ id: integer(42), email: like(alice.email), name: like(alice.name) }))
    .executeTest(async (mock) => {
      const account = await createClient(mock.url, { cookie: `access_token=${exampleAccessToken}` }).account();
      assert.equal(account.email, alice.email);
    }));
