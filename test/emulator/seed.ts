// Data centre facts and the seeded account of each data centre: one signed-in user who
// owns two portals, so the org chooser offers real choices (seed 001, "new flow").
import type { EmulatorPortal } from './types.js';

/** The `location` Zoho puts in the callback, by data-centre domain. */
export const ZOHO_LOCATIONS: Readonly<Record<string, string>> = {
  com: 'us',
  eu: 'eu',
  in: 'in',
  'com.au': 'au',
  jp: 'jp',
  ca: 'ca',
  sa: 'sa',
  uk: 'uk',
  'com.cn': 'cn',
};

export interface SeedUser {
  id: string;
  name: string;
  email: string;
}

export interface SeedAccount {
  user: SeedUser;
  portals: EmulatorPortal[];
}

/**
 * The account of the dc at position `index` in startEmulator's list. Names are the same in every
 * dc (so browser tests pick the same labels anywhere); ids are offset per dc so that a token or
 * org id from one dc never matches another's by accident.
 *   com (index 0): portal 20001 Acme → 700001 Acme Inc, 700002 Acme Sandbox, 700003 Acme Dev
 *                  portal 20002 Globex → 700011 Globex Corporation, 700012 Globex Sandbox
 *   eu  (index 1): portal 20101 …701001…, portal 20102 …701011…, and so on.
 */
export function seedAccount(index: number): SeedAccount {
  const portal = (n: number) => String(20001 + index * 100 + n);
  const org = (n: number) => String(700001 + index * 1000 + n);
  return {
    user: { id: String(60000001 + index), name: 'Ada Lovelace', email: 'ada@acme.example' },
    portals: [
      {
        id: portal(0),
        name: 'Acme',
        orgs: [
          { id: org(0), name: 'Acme Inc', environment: 'production' },
          { id: org(1), name: 'Acme Sandbox', environment: 'sandbox' },
          { id: org(2), name: 'Acme Dev', environment: 'developer' },
        ],
      },
      {
        id: portal(1),
        name: 'Globex',
        orgs: [
          { id: org(10), name: 'Globex Corporation', environment: 'production' },
          { id: org(11), name: 'Globex Sandbox', environment: 'sandbox' },
        ],
      },
    ],
  };
}
