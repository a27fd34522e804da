import { z } from "zod";

// Isomorphic: the sign-in form, its server action and the editor CLI.

export const emailSchema = z
  .email({ error: "Enter the email address you sign in with" })
  .trim()
  .toLowerCase()
  .max(254, { error: "Enter the email address you sign in with" });

export const signInSchema = z.object({
  email: z.string({ error: "Enter your email address" }).trim().pipe(emailSchema),
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(256, { error: "Enter your password" }),
});

export type SignInInput = z.output<typeof signInSchema>;

/**
 * Where to go after signing in: a path on this site only, so a crafted link
 * cannot send an editor elsewhere ("//evil.example" is another site).
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value.slice(0, 500);
}

/** What the sign-in form shows after an answer: never the password. */
export type SignInFormState = {
  email: string;
  error?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
  submission: number;
};
