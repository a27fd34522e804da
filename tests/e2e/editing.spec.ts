import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { readE2eEditor } from "../support/e2e-editor";
import { signIn } from "./sign-in";

// An editor's paths, as the editor made for this run by `npm run editor --
// create` (see tests/support/e2e-server.ts): sign in, record a statement,
// correct it with a reason and find the change in its public history.

test.describe.configure({ mode: "serial" });

const words = `Talks can only start once the new territorial reality is accepted (${randomUUID().slice(0, 8)})`;
let statementPath = "";

test("a wrong password is refused with a message", async ({ page }) => {
  const editor = readE2eEditor();
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(editor.email);
  await page.getByRole("textbox", { name: "Password" }).fill(`${editor.password}-wrong`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("an editor adds a statement: a validation error, its correction, then it is on the timeline", async ({ page }) => {
  await signIn(page, "/statements/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByRole("combobox", { name: "Actor", exact: true }).fill("Sergey Lavrov");
  await expect(page.getByText("Recorded actor: Sergey Lavrov")).toBeVisible();
  await page.getByRole("textbox", { name: "Date said" }).fill("2024-03-05");
  await page.getByRole("combobox", { name: "On talks" }).selectOption({ label: "Talks only on conditions" });
  await page.getByRole("checkbox", { name: "Negotiations" }).check();
  await page.getByRole("textbox", { name: "Outlet" }).fill("TASS");
  await page.getByRole("textbox", { name: "Title" }).fill("Lavrov on the conditions for talks");
  await page.getByRole("textbox", { name: "Address (URL)" }).fill("https://example.org/lavrov-talks");

  // Neither a quote nor a paraphrase: refused, with the reason, and nothing typed is lost.
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByText("Give the verbatim quote, a paraphrase, or both").first()).toBeVisible();
  await expect(page).toHaveURL(/\/statements\/new$/);
  await expect(page.getByRole("textbox", { name: "Outlet" })).toHaveValue("TASS");
  await expect(page.getByRole("combobox", { name: "Actor", exact: true })).toHaveValue("Sergey Lavrov");

  await page.getByRole("textbox", { name: "Verbatim quote" }).fill(words);
  await page.getByRole("button", { name: "Save statement" }).click();
  await page.waitForURL(/\/statements\/\d+$/);
  statementPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sergey Lavrov");
  await expect(page.getByText(words)).toBeVisible();
  await expect(page.getByRole("region", { name: "Sources" })).toContainText("TASS");

  await page.getByRole("link", { name: "Timeline" }).first().click();
  const card = page.getByRole("article").filter({ hasText: words });
  await expect(card).toHaveCount(1);
  await expect(card.getByRole("link", { name: /Full record/ })).toHaveAttribute("href", statementPath);
});

test("an editor corrects it with a reason; the statement and its history show the change", async ({ page }) => {
  expect(statementPath, "the statement added by the previous test").not.toBe("");
  await signIn(page, statementPath);
  await page.getByRole("link", { name: "Correct this statement" }).click();
  await page.waitForURL(`**${statementPath}/edit`);

  const corrected = `${words}, Lavrov added`;
  await page.getByRole("textbox", { name: "Verbatim quote" }).fill(corrected);
  // No reason yet: refused until one is given.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Say why you are making this change").first()).toBeVisible();
  await page.getByRole("textbox", { name: "Reason for the change" }).fill("Quote completed from the full transcript");
  await page.getByRole("button", { name: "Save changes" }).click();

  await page.waitForURL((url) => url.pathname === statementPath);
  await expect(page.getByText(corrected)).toBeVisible();

  await page.getByRole("link", { name: "History of changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
  await expect(page.getByText("Current version: 2")).toBeVisible();
  await expect(page.getByText("Quote completed from the full transcript")).toBeVisible();
  await expect(page.getByText(readE2eEditor().name).first()).toBeVisible();
});
