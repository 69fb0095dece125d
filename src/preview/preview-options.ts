/**
 * What the preview page's query string asks for: `?theme=dark|light`, `?wordapi=1.4`, `?platform=PC`,
 * `?sample=blank`, `?refusecomments=0` (Word on the web refusing comments after that many, OfficeDev/office-js#6746).
 * Without `?theme` the preview follows the system's colour scheme (`prefersDark`).
 */
export interface PreviewOptions {
  theme: "light" | "dark";
  /** Highest WordApi requirement set the fake host reports, e.g. "1.4"; null keeps the host's default. */
  supportedWordApi: string | null;
  /** The Office platform the fake host reports; null keeps the host's default. */
  platform: "PC" | "Mac" | "OfficeOnline" | null;
  initial: "sample" | "blank";
  /** Comments the fake host accepts before answering NotAllowed; null: comments are allowed. */
  refuseCommentsAfter: number | null;
}

const PLATFORMS = ["PC", "Mac", "OfficeOnline"] as const;

export function previewOptions(search: string, prefersDark = false): PreviewOptions {
  const params = new URLSearchParams(search);
  const wordApi = params.get("wordapi")?.trim() ?? "";
  const platform = params.get("platform")?.trim().toLowerCase() ?? "";
  return {
    theme: themeOf(params.get("theme")?.toLowerCase(), prefersDark),
    // Anything that is not a requirement-set version is ignored rather than passed on to the host.
    supportedWordApi: /^1\.\d{1,2}$/.test(wordApi) ? wordApi : null,
    platform: PLATFORMS.find((p) => p.toLowerCase() === platform) ?? null,
    initial: params.get("sample")?.toLowerCase() === "blank" ? "blank" : "sample",
    refuseCommentsAfter: /^\d{1,4}$/.test(params.get("refusecomments")?.trim() ?? "") ? Number(params.get("refusecomments")) : null,
  };
}

function themeOf(asked: string | undefined, prefersDark: boolean): "light" | "dark" {
  if (asked === "dark" || asked === "light") return asked;
  return prefersDark ? "dark" : "light";
}
