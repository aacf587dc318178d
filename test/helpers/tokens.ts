import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Emulator, EmulatorSettings, RecordedRequest } from '../emulator/index.js';
import { makeSandbox } from './cli.js';
import type { EmulatorProfile } from './seed.js';

/** A sandbox whose authctl trusts the emulator's data centres. */
/** A throwaway HOME and config folder whose authctl trusts the emulator's data centres. */
export type Sandbox = Awaited<ReturnType<typeof emulatorSandbox>>;

export async function emulatorSandbox(emulator: Emulator, extra: NodeJS.ProcessEnv = {}) {
  const sb = await makeSandbox(extra);
  const file = join(sb.home, 'zoho-data-centres.json');
  await emulator.writeDataCentresFile(file);
  sb.env.AUTHCTL_ZOHO_DATA_CENTRES = file;
  return sb;
}

/** Changes emulator settings for one test only. */
export function withSettings(t: TestContext, emulator: Emulator, settings: Partial<EmulatorSettings>): void {
  const saved = { ...emulator.settings };
  Object.assign(emulator.settings, settings);
  t.after(() => {
    Object.assign(emulator.settings, saved);
  });
}

/** The refresh_token grants the emulator received from this profile's client. */
export const refreshRequests = (emulator: Emulator, p: EmulatorProfile): RecordedRequest[] =>
  emulator.tokenRequests('refresh_token').filter((r) => r.form.client_id === p.client.clientId);

/** API requests the emulator received carrying this access token. */
export const apiRequestsWith = (emulator: Emulator, accessToken: string): RecordedRequest[] =>
  emulator.requests.filter((r) => r.server === 'api' && r.headers.authorization?.endsWith(` ${accessToken}`));

/** Polls until `condition` holds; the test runner's timeout bounds the wait. */
export async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await sleep(20);
}
