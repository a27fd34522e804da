import { expect, type Page } from "@playwright/test";
import { readE2eEditor } from "../support/e2e-editor";

/** Signs in through the form as the run's editor (see tests/support/e2e-server.ts) and lands on `next`. */
export async function signIn(page: Page, next: string): Promise<void> {
  const editor = readE2eEditor();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("textbox", { name: "Email" }).fill(editor.email);
  await page.getByRole("textbox", { name: "Password" }).fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
