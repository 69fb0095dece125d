/**
 * Connection to the Office host. The task pane asks here, once, where it runs; it never reads `Office.*` itself.
 */

export type ThemeKind = "light" | "dark";

export type HostInfo =
  | { kind: "word"; platform: string; wordApi14: boolean; theme: ThemeKind }
  /** Opened in a plain browser tab, or office.js could not be loaded (no network, blocked script). */
  | { kind: "outside-office"; reason: "no-office-js" | "no-host" | "timeout" }
  /** Loaded by another Office application (the manifest only targets Word, but a URL can be opened anywhere). */
  | { kind: "other-host"; host: string };

const DEFAULT_TIMEOUT_MS = 8000;

export async function connectToOffice(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { kind: "outside-office", reason: "no-office-js" };
  }
  // Office.onReady never settles on some broken hosts; a pane that waits forever looks frozen.
  // The timer is cleared once Office answers: a pending one would keep Node (the tests) alive for `timeoutMs`.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  let info: Awaited<ReturnType<typeof Office.onReady>> | null;
  try {
    info = await Promise.race([Office.onReady(), timeout]);
  } finally {
    clearTimeout(timer);
  }
  if (info === null) return { kind: "outside-office", reason: "timeout" };
  if (!info.host) return { kind: "outside-office", reason: "no-host" };
  if (info.host !== Office.HostType.Word) return { kind: "other-host", host: String(info.host) };
  return {
    kind: "word",
    platform: String(info.platform ?? "unknown"),
    wordApi14: isWordApiSupported("1.4"),
    theme: currentTheme(),
  };
}

export function isWordApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("WordApi", version);
  } catch {
    return false;
  }
}

/** Office exposes the theme as colours only; a dark body background means a dark theme. */
export function currentTheme(): ThemeKind {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  return background && relativeLuminance(background) < 0.4 ? "dark" : "light";
}

function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return 1;
  const value = parseInt(match[1], 16);
  const r = (value >> 16) & 0xff;
  const g = (value >> 8) & 0xff;
  const b = value & 0xff;
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
