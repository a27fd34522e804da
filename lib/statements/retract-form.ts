// Isomorphic: what the retraction form shows after an answer.
export type RetractFormState = {
  reason: string;
  version: number;
  errors: { reason?: string[] };
  message?: string;
  submission: number;
};
