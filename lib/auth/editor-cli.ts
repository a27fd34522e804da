// Editor accounts from the command line (there is no sign-up page on purpose).
//
//   npm run editor -- create <email> [--admin | --role reader|editor|admin] [--name "Full Name"]
//   npm run editor -- token <email>        issue another API token
//   npm run editor -- revoke <email>       revoke all API tokens and sign out everywhere
//   npm run editor -- role <email> <role>  reader (no writes), editor or admin
//
// Works on the database the app uses: DATABASE_URL, or else the embedded one.
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../db";
import { createEditor, issueApiToken, revokeEditorAccess, setEditorRole } from "./mutations";
import { findEditorByEmail } from "./queries";
import { userRoles, type UserRole } from "./roles";
import { emailSchema } from "./schema";

const USAGE = `Usage:
  npm run editor -- create <email> [--admin | --role reader|editor|admin] [--name "Full Name"]
  npm run editor -- token <email>
  npm run editor -- revoke <email>
  npm run editor -- role <email> <reader|editor|admin>`;

class UsageError extends Error {}
/** A failure to explain in one sentence, without the usage text. */
class PlainError extends Error {}

function parseEmail(value: string | undefined): string {
  const parsed = emailSchema.safeParse(value ?? "");
  if (!parsed.success) throw new UsageError(`"${value ?? ""}" is not an email address.`);
  return parsed.data;
}

function parseRole(value: string | undefined): UserRole {
  if (!userRoles.includes(value as UserRole)) throw new UsageError(`The role must be one of: ${userRoles.join(", ")}.`);
  return value as UserRole;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { admin: { type: "boolean" }, role: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  switch (command) {
    case "create": {
      const email = parseEmail(rest[0]);
      const role = values.admin ? "admin" : values.role ? parseRole(values.role) : "editor";
      await openDatabase();
      const result = await createEditor(email, { role, name: values.name });
      if (!result.ok) {
        process.stderr.write(`An account for ${email} exists already. To give it a new API token: npm run editor -- token ${email}\n`);
        return 1;
      }
      const { editor, password, apiToken } = result.created;
      process.stdout.write(
        [
          `Created ${editor.role} ${editor.email} (${editor.name}).`,
          "",
          `  One-time password: ${password}`,
          `  API token:         ${apiToken}`,
          "",
          "Both are shown only now and stored only as hashes: hand them over safely.",
          "Sign in at /sign-in; send the token as  Authorization: Bearer <token>.",
          "",
        ].join("\n"),
      );
      return 0;
    }
    case "token": {
      const email = parseEmail(rest[0]);
      await openDatabase();
      const editor = await findEditorByEmail(email);
      if (!editor) {
        process.stderr.write(`No account for ${email}.\n`);
        return 1;
      }
      const token = await issueApiToken(editor);
      process.stdout.write(`New API token for ${email} (shown only now):\n  ${token}\n`);
      return 0;
    }
    case "revoke": {
      const email = parseEmail(rest[0]);
      await openDatabase();
      const result = await revokeEditorAccess(email);
      if (!result.ok) {
        process.stderr.write(`No account for ${email}.\n`);
        return 1;
      }
      process.stdout.write(`Revoked ${result.tokens} API token(s) of ${email} and ended their sessions.\n`);
      return 0;
    }
    case "role": {
      const email = parseEmail(rest[0]);
      const role = parseRole(rest[1]);
      await openDatabase();
      if (!(await setEditorRole(email, role))) {
        process.stderr.write(`No account for ${email}.\n`);
        return 1;
      }
      process.stdout.write(`${email} is now ${role}.\n`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

/** Opens the database first, so that "it is in use" is said plainly rather than as a stack trace. */
async function openDatabase(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/is in use by process/.test(message)) {
      throw new PlainError(
        `${message}\nThe embedded database can be open in one process only: stop the running server (npm run dev) and try again.`,
      );
    }
    throw error;
  }
}

function isMissingTable(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2021";
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof PlainError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else if (isMissingTable(error)) {
    process.stderr.write("The database has no editor tables yet: run `npm run db:migrate` first, then try again.\n");
    process.exitCode = 1;
  } else if (error instanceof UsageError || (error instanceof Error && error.name === "TypeError" && "code" in error)) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
} finally {
  await closeDb();
}
