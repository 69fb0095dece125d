/** The office's letterhead for review records, typed once and remembered in this browser (localStorage). */
import { z } from "zod";
import type { OfficeLetterhead } from "../../core/review/review-record";

const KEY = "caitien.web.letterhead";
const schema = z.object({ superior: z.string().max(200), office: z.string().max(200), place: z.string().max(100) });

export const EMPTY_LETTERHEAD: OfficeLetterhead = { superior: "", office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", place: "" };

export function loadLetterhead(storage?: Pick<Storage, "getItem">): OfficeLetterhead {
  try {
    // Inside the try: with cookies blocked, Firefox and Safari throw a SecurityError on merely reading `localStorage`.
    const parsed = schema.safeParse(JSON.parse((storage ?? localStorage).getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : EMPTY_LETTERHEAD;
  } catch {
    return EMPTY_LETTERHEAD;
  }
}

export function saveLetterhead(letterhead: OfficeLetterhead, storage?: Pick<Storage, "setItem">): void {
  try {
    (storage ?? localStorage).setItem(KEY, JSON.stringify(letterhead));
  } catch {
    // Private windows and blocked cookies may refuse storage; the letterhead then lasts as long as the page.
  }
}
