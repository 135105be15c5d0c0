import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
test.skip(!existsSync(chromium), `no Chromium at ${chromium} (install Debian's chromium package or set CHROMIUM_PATH)`);

test.beforeEach(async ({ request }) => {
  await request.post('/_mock/reset');
});

test('a session signed in through the page context reaches the account in the browser, with its cookies', async ({ page }) => {
  await page.request.post('/_mock/users', {
    data: { email: 'browser@example.com', password: 'secure_password', name: 'Browser User' },
  });

  // The page's own request context shares the browser's cookie jar: the HttpOnly session cookies land there.
  const signIn = await page.request.post('/api/v1/auth/signin/', {
    data: { login: 'browser@example.com', password: 'secure_password', captcha: 'ok' },
  });
  expect(signIn.status()).toBe(204);

  await page.goto('/api/v1/account/');
  expect(JSON.parse(await page.locator('body').innerText())).toMatchObject({ email: 'browser@example.com', name: 'Browser User' });
});

test('the home page shows the API base address and the start-up vector store key', async ({ page, request, baseURL }) => {
  const store = await (await request.get('/_mock/vector-store')).json();

  await page.goto('/');

  await expect(page.locator('body')).toContainText(`${baseURL}/api/v1`);
  await expect(page.locator('body')).toContainText(store.api_key);
});
