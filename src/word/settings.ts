/**
 * Small add-in settings (the user's catalog choice, check options). Stored in the document when the host offers
 * document settings, so a plan reopened later keeps its framework; otherwise per user in the browser's storage.
 *
 * Office's common `Office.context.document.settings` is used rather than WordApi 1.4's `document.settings`:
 * it is stored in the same place (the document's web-extension part) and exists on every Word that runs the
 * add-in, WordApi 1.3 included.
 */

const LOCAL_PREFIX = "caitien:";

function documentSettings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

export function loadSetting(key: string): unknown {
  const settings = documentSettings();
  if (settings) {
    const value: unknown = settings.get(key);
    if (value !== null && value !== undefined) return value;
  }
  try {
    const stored = globalThis.localStorage?.getItem(LOCAL_PREFIX + key);
    return stored === null || stored === undefined ? undefined : (JSON.parse(stored) as unknown);
  } catch {
    return undefined;
  }
}

/** Saves to the document (when possible) and to the user's storage, so a new document starts from the last choice. */
export function saveSetting(key: string, value: unknown): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LOCAL_PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage can be disabled (private mode, policy); the document copy is enough.
  }
  const settings = documentSettings();
  if (!settings) return Promise.resolve();
  settings.set(key, value);
  return new Promise((resolve) => {
    // A failed save only loses the remembered choice, never document text: report nothing to the user.
    settings.saveAsync(() => resolve());
  });
}
