import { AuthctlError } from '../errors.js';

export type SecretStoreKind = 'keychain' | 'file' | 'env';

/** Where a secret lives. Accounts are profile and client keys; values are small strings. */
export interface SecretStore {
  readonly kind: SecretStoreKind;
  /** Where the secrets are, for messages: never a secret itself. */
  readonly location: string;
  get(account: string): Promise<string | undefined>;
  set(account: string, value: string): Promise<void>;
  /** Resolves true when something was deleted, false when there was nothing. */
  delete(account: string): Promise<boolean>;
}

/** The store cannot be used at all (as opposed to "entry not found"). */
export class StoreUnavailableError extends AuthctlError {
  constructor(
    readonly reason: string,
    hint: string,
    cause?: unknown,
  ) {
    super(`the OS keychain is unavailable: ${reason}`, { hint, cause });
    this.name = 'StoreUnavailableError';
  }
}

/**
 * Windows Credential Manager caps a credential at 2,560 bytes; keep every entry
 * well under it so a profile can move between platforms.
 */
export const MAX_SECRET_BYTES = 2_500;

export function checkSecretSize(account: string, value: string): void {
  const size = Buffer.byteLength(value, 'utf8');
  if (size > MAX_SECRET_BYTES) {
    throw new AuthctlError(`the secret for ${account} is ${size} bytes, over the ${MAX_SECRET_BYTES}-byte limit of OS keychains`);
  }
}
