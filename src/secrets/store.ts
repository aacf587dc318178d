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
    /** How to make the keychain work again; callers add what else works for their command. */
    readonly fix: string,
    cause?: unknown,
  ) {
    super(`the OS keychain is unavailable: ${reason}`, { hint: fix, cause });
    this.name = 'StoreUnavailableError';
  }

  /** The same error, its hint ending with what works instead for the command that failed. */
  orElse(alternative: string): StoreUnavailableError {
    return new StoreUnavailableError(this.reason, `${this.fix}; or ${alternative}`, this.cause);
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
