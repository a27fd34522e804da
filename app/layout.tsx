import type { Metadata } from "next";
import Link from "next/link";
import { EditorMenu } from "@/components/auth/editor-menu";
import { canWrite } from "@/lib/auth/roles";
import { currentEditor } from "@/lib/auth/session";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Positions", template: "%s · Positions" },
  description:
    "Dated statements by leaders and diplomats on a ceasefire and peace talks in the war in Ukraine: who said what, when, on what conditions, and where it was reported.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const editor = await currentEditor();
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
              Positions
            </Link>
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
              {[
                ["/", "Timeline"],
                ["/actors", "Actors"],
                ["/board", "Compare positions"],
                ["/conditions", "Conditions"],
                ...(editor && canWrite(editor.role) ? [["/import", "Import"]] : []),
              ].map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="hover:text-blue-800 hover:underline">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
            <EditorMenu editor={editor} signOutAction={signOutAction} />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl border-t border-stone-200 px-4 py-6 text-sm text-stone-600">
          <p>
            Positions records what was said on a ceasefire and peace talks in the war in Ukraine, with its date,
            its conditions and its sources. Quotes are verbatim; paraphrases are marked as such.
          </p>
          <p className="mt-2 flex flex-wrap gap-x-4">
            <Link href="/api-docs" className="underline hover:text-blue-800">
              API
            </Link>
            <Link href="/feed.xml" prefetch={false} className="underline hover:text-blue-800">
              Atom feed
            </Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
