// Debian's Chromium as the journeys and bench/dashboard launch it; Playwright's own browser
// downloads are not used. GRIDSIGHT_E2E_CHROMIUM points elsewhere.
export const chromiumLaunchOptions = {
  executablePath: process.env.GRIDSIGHT_E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
