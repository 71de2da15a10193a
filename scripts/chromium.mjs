// The headless Chromium the browser checks run in: Debian's `chromium` (or CHROMIUM_PATH), driven by
// playwright-core, for the API reference's height check and the site's browser suite alike.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser checks cannot run here, or `undefined` when Chromium is installed. */
export function missingChromium() {
  return existsSync(executablePath)
    ? undefined
    : `no Chromium at ${executablePath}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`;
}

/** Starts Chromium headless, with what it needs to run in a container and nothing it would fetch. */
export function launchChromium() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
