import { defineConfig } from '@playwright/test';

// The mock's port: 4010 as in the app's development set-up; CI that runs several suites at once passes a free one.
const port = Number(process.env.MOCK_PORT ?? 4010);
const mockUrl = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests',
  reporter: 'list',
  // Playwright starts the mock before the first test, waits until its health answers, and stops it after the last.
  webServer: {
    command: `npx rememberizer-mock --port ${port} --seed 7 --quiet`,
    url: `${mockUrl}/_mock/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  use: {
    baseURL: mockUrl,
    // The system's Chromium (e.g. Debian's chromium package) rather than a browser downloaded by Playwright.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});
