/**
 * The `Office` global of the fake host: onReady, enums, `Office.context` (host, platform, language, theme,
 * requirement sets) and the common-API document settings and selection-changed event.
 */
import type { HostState } from "./context";
import { jsonClone } from "./settings";

export type FakePlatform = "OfficeOnline" | "PC" | "Mac";
export type FakeTheme = "light" | "dark";

export interface FakeAsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}
type AsyncCallback<T> = (result: FakeAsyncResult<T>) => void;

const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
} as const;

/** Office passes (options?, callback?) with either left out; this finds them. */
function splitAsyncArgs<T>(args: unknown[]): { callback?: AsyncCallback<T>; asyncContext?: unknown } {
  const callback = args.find((a): a is AsyncCallback<T> => typeof a === "function");
  const options = args.find((a): a is { asyncContext?: unknown } => typeof a === "object" && a !== null);
  return { callback, asyncContext: options?.asyncContext };
}

function succeed<T>(args: unknown[], value: T): void {
  const { callback, asyncContext } = splitAsyncArgs<T>(args);
  if (callback) setTimeout(() => callback({ status: "succeeded", value, asyncContext }), 0);
}

/** Office.Settings: a working copy; `saveAsync` writes it to the document, `refreshAsync` reads it back. */
function createSettings(host: HostState) {
  let working = new Map(host.document.settings);
  return {
    get(name: string): unknown {
      return working.has(name) ? jsonClone(working.get(name)) : null;
    },
    set(name: string, value: unknown): void {
      working.set(name, jsonClone(value));
    },
    remove(name: string): void {
      working.delete(name);
    },
    saveAsync(...args: unknown[]): void {
      host.document.settings = new Map(working);
      succeed<void>(args, undefined);
    },
    refreshAsync(...args: unknown[]): void {
      working = new Map(host.document.settings);
      succeed(args, undefined);
    },
  };
}

export function createOfficeNamespace(
  host: HostState,
  options: { platform: FakePlatform; theme: FakeTheme },
): Record<string, unknown> {
  const [major, minor] = host.wordApi;
  const platform = options.platform;
  const selectionHandlers = new Map<unknown, () => void>();
  const info = { host: "Word", platform };

  const isSetSupported = (name: string, minVersion?: string | number): boolean => {
    if (typeof name !== "string" || name.toLowerCase() !== "wordapi") return false;
    if (minVersion === undefined) return true;
    const [wantMajor = 0, wantMinor = 0] = String(minVersion).split(".").map(Number);
    return major > wantMajor || (major === wantMajor && minor >= wantMinor);
  };

  const office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      SettingsChanged: "settingsChanged",
      OfficeThemeChanged: "officeThemeChanged",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Text: "text", Ooxml: "ooxml", Html: "html", Matrix: "matrix", Table: "table" },
    initialize: undefined as unknown,
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      return new Promise((resolve) => {
        setTimeout(() => {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      host: "Word",
      platform,
      diagnostics: { host: "Word", platform, version: "16.0.0.0 (fake)" },
      displayLanguage: "vi-VN",
      contentLanguage: "vi-VN",
      officeTheme: { ...THEMES[options.theme] },
      requirements: { isSetSupported },
      document: {
        mode: "readWrite",
        url: "",
        settings: createSettings(host),
        addHandlerAsync(eventType: string, handler: (args: { type: string }) => void, ...rest: unknown[]): void {
          if (eventType === "documentSelectionChanged") {
            const unsubscribe = host.document.onSelectionChange(() => handler({ type: eventType }));
            selectionHandlers.set(handler, unsubscribe);
          }
          succeed(rest, undefined);
        },
        removeHandlerAsync(eventType: string, ...rest: unknown[]): void {
          const handler = rest.find((a) => typeof a === "object" && a !== null && "handler" in a) as
            | { handler?: unknown }
            | undefined;
          if (eventType === "documentSelectionChanged") {
            for (const [key, unsubscribe] of selectionHandlers) {
              if (!handler?.handler || handler.handler === key) {
                unsubscribe();
                selectionHandlers.delete(key);
              }
            }
          }
          succeed(rest, undefined);
        },
      },
    },
  };
  return office;
}
