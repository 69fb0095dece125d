import { previewOptions } from "../../src/preview/preview-options";

describe("previewOptions", () => {
  it("defaults to the light theme, the host's own WordApi and the sample plan", () => {
    expect(previewOptions("")).toEqual({ theme: "light", supportedWordApi: null, platform: null, initial: "sample", refuseCommentsAfter: null });
  });

  it("reads ?theme=dark, ?wordapi=1.4, ?platform=mac and ?sample=blank together", () => {
    expect(previewOptions("?theme=dark&wordapi=1.4&platform=mac&sample=blank")).toEqual({
      theme: "dark",
      supportedWordApi: "1.4",
      platform: "Mac",
      initial: "blank",
      refuseCommentsAfter: null,
    });
  });

  it("follows the system's colour scheme unless ?theme says otherwise", () => {
    expect(previewOptions("", true).theme).toBe("dark");
    expect(previewOptions("", false).theme).toBe("light");
    expect(previewOptions("?theme=light", true).theme).toBe("light");
    expect(previewOptions("?theme=dark", false).theme).toBe("dark");
    expect(previewOptions("?theme=purple", true).theme).toBe("dark");
  });

  it("ignores values it does not know instead of passing them to the host", () => {
    expect(previewOptions("?theme=purple&wordapi=latest&platform=ios&sample=other")).toEqual({
      theme: "light",
      supportedWordApi: null,
      platform: null,
      initial: "sample",
      refuseCommentsAfter: null,
    });
    expect(previewOptions("?wordapi=1.4;alert(1)").supportedWordApi).toBeNull();
    expect(previewOptions("?refusecomments=-1").refuseCommentsAfter).toBeNull();
  });

  it("reads ?refusecomments=N: Word on the web refusing comments after N", () => {
    expect(previewOptions("?refusecomments=0").refuseCommentsAfter).toBe(0);
  });
});
