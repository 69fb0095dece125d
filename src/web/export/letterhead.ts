/** The office's letterhead for review records, typed once and remembered in this browser (localStorage). */
import { z } from "zod";
import type { OfficeLetterhead } from "../../core/review/review-record";

const KEY = "caitien.web.letterhead";
const schema = z.object({ superior: z.string().max(200), office: z.string().max(200), place: z.string().max(100) });

export const EMPTY_LETTERHEAD: OfficeLetterhead = { superior: "", office: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", place: "" };

export function loadLetterhead(storage: Pick<Storage, "getItem"> = localStorage): OfficeLetterhead {
  try {
    const parsed = schema.safeParse(JSON.parse(storage.getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : EMPTY_LETTERHEAD;
  } catch {
    return EMPTY_LETTERHEAD;
  }
}

export function saveLetterhead(letterhead: OfficeLetterhead, storage: Pick<Storage, "setItem"> = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(letterhead));
  } catch {
    // Private windows may refuse storage; the letterhead then lasts as long as the page.
  }
}
