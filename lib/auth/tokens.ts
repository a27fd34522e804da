import { createHash, randomBytes } from "node:crypto";

// API tokens are 256 random bits: far beyond guessing, so a fast unsalted
// SHA-256 is enough to store them (a slow password hash buys nothing here and
// would cost every API request).

const PREFIX = "pos_";

export function generateApiToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Enough of a token to tell it apart in a list, too little to use. */
export function tokenPrefix(token: string): string {
  return token.slice(0, PREFIX.length + 6);
}

export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
