import { createHash, randomBytes } from 'node:crypto';

/** RFC 7636 S256 pair: 32 random bytes give a 43-character verifier. */
export function createPkce(): { verifier: string; challenge: string; method: 'S256' } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge, method: 'S256' };
}

/** An unguessable `state` for one authorization attempt (RFC 6749 §10.12). */
export const createState = (): string => randomBytes(32).toString('base64url');
