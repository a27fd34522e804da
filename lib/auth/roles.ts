// Isomorphic: who may do what. Reading needs no account at all.

export const userRoles = ["reader", "editor", "admin"] as const;
export type UserRole = (typeof userRoles)[number];

/** Adding, correcting and retracting statements. */
export function canWrite(role: UserRole): boolean {
  return role === "editor" || role === "admin";
}

/** The audit log and other record-wide views. */
export function isAdmin(role: UserRole): boolean {
  return role === "admin";
}

export function toUserRole(value: unknown): UserRole {
  return userRoles.includes(value as UserRole) ? (value as UserRole) : "reader";
}
