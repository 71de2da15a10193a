import type { Browser } from 'playwright-core';

export const executablePath: string;
export function missingChromium(): string | undefined;
export function launchChromium(): Promise<Browser>;
