// One place for the pact both test files add to: who the consumer and provider are, and where the pact goes.
'use strict';

const path = require('node:path');
const { PactV4, MatchersV3 } = require('@pact-foundation/pact');

const { regex, fromProviderState } = MatchersV3;

// The repository's pacts/ folder, which `rememberizer-mock verify --pact-dir pacts` verifies (PACT_DIR overrides it).
const pactDir = process.env.PACT_DIR ?? path.resolve(__dirname, '..', '..', '..', 'pacts');

const newPact = () => new PactV4({
  consumer: 'pact-js-example',
  provider: 'rememberizer-api',
  dir: pactDir,
  logLevel: 'warn',
});

// Provider states, by the names the mock's state handler knows (README: "Provider states").
const states = {
  noAccount: 'no account exists',
  accountExists: 'an account exists',
  signedIn: 'a user is signed in',
};

const alice = { email: 'alice.js@example.com', password: 'correct-horse-battery', name: 'Alice JS' };
const captcha = 'recaptcha_response';
const exampleAccessToken = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwidXNlcl9pZCI6NDJ9.c2lnbmF0dXJl';

// The browser's session cookie; the provider puts the real token in when it verifies (its state returns accessToken).
const sessionCookie = fromProviderState('access_token=${accessToken}', `access_token=${exampleAccessToken}`);

// pact's Rust regex engine has no look-around, so the attribute order is spelled out as the API writes it.
const sessionCookieSet = (example) =>
  regex('^(access_token|refresh_token)=[A-Za-z0-9_.\\-]+; max-age=[0-9]+; path=/[a-z0-9/]*; samesite=lax; httponly$', example);

const jsonContentType = regex('^application/json(;\\s*charset=utf-8)?$', 'application/json; charset=utf-8');

module.exports = { newPact, states, alice, captcha, exampleAccessToken, sessionCookie, sessionCookieSet, jsonContentType };
