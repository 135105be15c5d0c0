// A data call of the web app: the first page of the signed-in user's documents.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { MatchersV3 } = require('@pact-foundation/pact');
const { createClient } = require('../src/rememberizer');
const { newPact, states, alice, exampleAccessToken, sessionCookie, jsonContentType } = require('./pact');

const { eachLike, integer, like, regex } = MatchersV3;

test('the first page of documents', () =>
  newPact()
    .addInteraction()
    .given(states.signedIn, { email: alice.email })
    .uponReceiving('a request for the first page of documents (pact-js)')
    .withRequest('GET', '/api/v1/documents/', (request) => request
      .query({ page: '1', page_size: '2' })
      .headers({ Cookie: sessionCookie }))
    .willRespondWith(200, (response) => response
      .headers({ 'Content-Type': jsonContentType })
      .jsonBody({
        count: integer(257),
        next: regex('^https?://.+/api/v1/documents/\\?.*page=2.*$', 'http://localhost:4010/api/v1/documents/?page=2&page_size=2'),
        previous: null,
        results: eachLike({
          id: integer(12345),
          document_id: like('1aBcD2efGhIjK3lMnOpQrStUvWxYz'),
          name: like('Project Proposal.docx'),
          type: like('application/pdf'),
          status: like('indexed'),
          size: integer(250000),
        }, 2),
      }))
    .executeTest(async (mock) => {
      const page = await createClient(mock.url, { cookie: `access_token=${exampleAccessToken}` }).documents({ page: 1, pageSize: 2 });
      assert.equal(page.results.length, 2);
      assert.ok(page.next.includes('page=2'));
    }));
