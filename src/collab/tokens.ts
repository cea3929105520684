// Secret tokens for the studio's links: 256 random bits as URL-safe text, and a lookup that
// compares a presented token with every known one in constant time (hashes of equal length).

import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

function digest(token: string): Buffer {
  return createHash("sha256").update(token, "utf8").digest();
}

/** Finds the entry whose token equals `presented`, comparing with all of them without early exit. */
export function findByToken<T>(entries: Iterable<T>, tokenOf: (entry: T) => string, presented: string | undefined): T | undefined {
  const wanted = digest(presented ?? "");
  let found: T | undefined;
  for (const entry of entries) {
    const equal = timingSafeEqual(digest(tokenOf(entry)), wanted);
    if (equal && presented) found = entry;
  }
  return found;
}
