/** Where the CLI writes; tests pass in-memory streams. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Exit codes shared by every command (documented in the README). */
export const EXIT = { ok: 0, findings: 1, usage: 2, unreadable: 2 } as const;
