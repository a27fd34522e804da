const names = new Intl.DisplayNames(["en"], { type: "language" });

/** "Russian" for "ru"; the code itself when it is not one Intl knows. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    // A malformed tag (not BCP 47) is shown as recorded rather than dropped.
    return code;
  }
}
