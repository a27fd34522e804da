import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/lib/auth/schema";
import { currentEditor } from "@/lib/auth/session";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNextPath((await searchParams).next);
  const editor = await currentEditor();
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      {editor ? (
        <p>
          You are signed in as {editor.email}.{" "}
          <Link href={next} className="underline">
            Continue
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-700">
            For editors of the record. Reading needs no account. Accounts are created by an administrator.
          </p>
          <SignInForm action={signInAction} next={next} />
        </>
      )}
    </div>
  );
}
