import fs from "node:fs";
import path from "node:path";
import { checkManifest, manifestUrls, pngSize } from "../support/manifest-check";

const repo = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");

// The prefix the production build rewrites to ADDIN_BASE_URL (scripts/manifest-base-url.js).
const DEV_BASE_URL = "https://localhost:3000/";
// Pages the taskpane build emits (webpack.config.js) that the manifest may point at; assets/*.png are copied as is.
const BUILT_PAGES = ["taskpane.html", "commands.html"];

/** Maps a manifest URL to the icon file in assets/, the way the build serves it. */
function readImage(url: string): Uint8Array | null {
  if (!url.startsWith(`${DEV_BASE_URL}assets/`)) return null;
  const file = path.join(repo, "assets", url.slice(`${DEV_BASE_URL}assets/`.length));
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}

/** Replaces text that must be in the manifest; fails loudly so a mutation can never silently do nothing. */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return changed;
}

const long = (n: number) => "ạ".repeat(n);

describe("manifest.xml", () => {
  it("passes the structural check, including icon pixel sizes", () => {
    expect(checkManifest(manifest, { readImage })).toEqual([]);
  });

  it("points every URL at the dev server prefix, so the production build can rewrite it", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    const elsewhere = urls.filter(({ url }) => !url.startsWith(DEV_BASE_URL)).map(({ where, url }) => `${where}: ${url}`);
    expect(elsewhere).toEqual([]);
  });

  it("points every URL at a page the build produces or a PNG in assets/", () => {
    const unserved = manifestUrls(manifest)
      .filter(({ url }) => {
        const rest = url.slice(DEV_BASE_URL.length);
        return !(BUILT_PAGES.includes(rest) || (/^assets\/[\w.-]+\.png$/.test(rest) && fs.existsSync(path.join(repo, rest))));
      })
      .map(({ where, url }) => `${where}: ${url}`);
    expect(unserved).toEqual([]);
    const targets = new Set(manifestUrls(manifest).map((u) => u.url.slice(DEV_BASE_URL.length)));
    expect([...targets].sort()).toEqual(
      ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "commands.html", "taskpane.html"].sort(),
    );
  });

  it("is a Word task pane in Vietnamese with English overrides", () => {
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toContain('<DisplayName DefaultValue="Cải Tiến – Kế hoạch cải tiến chất lượng">');
    expect(manifest).toContain('<Override Locale="en-US" Value="Cải Tiến – School quality-improvement plans"/>');
    // Every short and long string carries an en-US override.
    const strings = manifest.match(/<bt:String id=/g) ?? [];
    const overrides = manifest.match(/<bt:Override Locale="en-US"/g) ?? [];
    expect(strings.length).toBeGreaterThan(0);
    expect(overrides.length).toBe(strings.length);
  });
});

describe("checkManifest reports each broken rule", () => {
  const cases: [string, () => string, string][] = [
    ["malformed XML", () => mutate("</DefaultSettings>", ""), "not well-formed"],
    ["wrong root namespace", () => mutate('xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"', 'xmlns="urn:other"'), "root element must be OfficeApp"],
    ["wrong add-in type", () => mutate('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), 'xsi:type must be "TaskPaneApp"'],
    [
      "top-level elements out of order",
      () => mutate("<Version>0.1.0.0</Version>\n  <ProviderName>Cải Tiến</ProviderName>", "<ProviderName>Cải Tiến</ProviderName>\n  <Version>0.1.0.0</Version>"),
      "<Version> is out of order",
    ],
    ["IconUrl after SupportUrl", () => mutate(/(<IconUrl [^>]*\/>)([\s\S]*?<SupportUrl [^>]*\/>)/, "$2$1"), "<IconUrl> is out of order"],
    ["a required element missing", () => mutate("<Permissions>ReadWriteDocument</Permissions>", ""), "missing <Permissions>"],
    ["an element repeated", () => mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0.0</Version><Version>0.1.0.0</Version>"), "<Version> may appear at most 1"],
    ["an unknown element", () => mutate("<Hosts>\n    <Host Name", "<Colour>blue</Colour><Hosts>\n    <Host Name"), "unexpected element"],
    ["a resource element in the wrong namespace", () => mutate(/bt:Urls>/g, "Urls>"), "unexpected element"],
    ["Id not a GUID", () => mutate(/<Id>[^<]+<\/Id>/, "<Id>cai-tien</Id>"), "Id must be a GUID"],
    ["Version with three parts", () => mutate("<Version>0.1.0.0</Version>", "<Version>0.1.0</Version>"), "Version must have the form n.n.n.n"],
    ["bad DefaultLocale", () => mutate("<DefaultLocale>vi-VN</DefaultLocale>", "<DefaultLocale>Vietnamese</DefaultLocale>"), "DefaultLocale"],
    ["http icon URL", () => mutate('IconUrl DefaultValue="https://', 'IconUrl DefaultValue="http://'), "must use https"],
    ["relative resource URL", () => mutate('DefaultValue="https://localhost:3000/commands.html"', 'DefaultValue="commands.html"'), "is not an absolute URL"],
    ["http SourceLocation", () => mutate('<SourceLocation DefaultValue="https://', '<SourceLocation DefaultValue="http://'), "DefaultSettings/SourceLocation"],
    ["DisplayName too long", () => mutate('DisplayName DefaultValue="Cải Tiến', `DisplayName DefaultValue="${long(120)}`), "DisplayName: 151 characters, the limit is 125"],
    ["English DisplayName too long", () => mutate('Value="Cải Tiến – School', `Value="${long(125)} – School`), "DisplayName (en-US)"],
    ["Description too long", () => mutate('Description DefaultValue="Soạn', `Description DefaultValue="${long(100)}`), "the limit is 250"],
    ["empty DisplayName", () => mutate('DisplayName DefaultValue="Cải Tiến – Kế hoạch cải tiến chất lượng"', 'DisplayName DefaultValue=""'), "DisplayName: text is missing or empty"],
    ["undefined resid", () => mutate('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Lable"/>'), 'resid="OpenPane.Lable">: no resource'],
    ["Label pointing at a long string", () => mutate('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Tooltip"/>'), "must refer to bt:ShortStrings"],
    ["Description pointing at a short string", () => mutate('<Description resid="OpenPane.Tooltip"/>', '<Description resid="OpenPane.Title"/>'), "must refer to bt:LongStrings"],
    ["SourceLocation pointing at a string", () => mutate('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="OpenPane.Title"/>'), "must refer to bt:Urls"],
    ["FunctionFile pointing at an image", () => mutate('<FunctionFile resid="Commands.Url"/>', '<FunctionFile resid="Icon.16x16"/>'), "must refer to bt:Urls"],
    ["icon pointing at a URL resource", () => mutate('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Taskpane.Url"/>'), "must refer to bt:Images"],
    ["resource id too long", () => mutate(/Group\.Label/g, "CaiTien.Ribbon.Group.Label.Vietnamese"), "resource id longer than 32"],
    ["duplicate resource id", () => mutate('<bt:String id="OpenPane.Title"', '<bt:String id="OpenPane.Label"'), 'resource id "OpenPane.Label" is defined more than once'],
    ["short string too long", () => mutate('DefaultValue="Mở Cải Tiến"', `DefaultValue="${long(126)}"`), 'bt:ShortStrings "OpenPane.Label": 126 characters'],
    ["short string override too long", () => mutate('Value="Open Cải Tiến"', `Value="${long(130)}"`), 'bt:ShortStrings "OpenPane.Label" (en-US): 130 characters'],
    ["long string too long", () => mutate('DefaultValue="Mở ngăn', `DefaultValue="${long(200)}`), 'bt:LongStrings "OpenPane.Tooltip"'],
    ["long string override too long", () => mutate('Value="Open the Cải Tiến pane', `Value="${long(200)}`), 'bt:LongStrings "OpenPane.Tooltip" (en-US)'],
    ["override without a culture", () => mutate('<bt:Override Locale="en-US" Value="Quality', '<bt:Override Locale="English" Value="Quality'), 'Override Locale "English"'],
    ["no Word host", () => mutate('<Host Name="Document"/>', '<Host Name="Workbook"/>'), 'Host Name="Document"'],
    ["no WordApi requirement", () => mutate('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="ExcelApi" MinVersion="1.3"/>'), 'Set Name="WordApi"'],
    ["WordApi above the floor", () => mutate('<Set Name="WordApi" MinVersion="1.3"/>', '<Set Name="WordApi" MinVersion="1.4"/>'), "WordApi MinVersion must be 1.3"],
    [
      "WordApi inheriting the default 1.1",
      () => mutate('<Sets DefaultMinVersion="1.3">\n      <Set Name="WordApi" MinVersion="1.3"/>', '<Sets>\n      <Set Name="WordApi"/>'),
      "found 1.1",
    ],
    ["unknown permission", () => mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>FullControl</Permissions>"), "Permissions must be one of"],
    ["wrong VersionOverrides type", () => mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'), 'VersionOverrides xsi:type must be "VersionOverridesV1_0"'],
    [
      "button children out of order",
      () => mutate(/(<Label resid="OpenPane.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/, "$3$2$1"),
      "<Label> is out of order",
    ],
    ["resources out of order", () => mutate(/(<bt:ShortStrings>[\s\S]*?<\/bt:ShortStrings>)(\s*)(<bt:LongStrings>[\s\S]*?<\/bt:LongStrings>)/, "$3$2$1"), "<ShortStrings> is out of order"],
    ["button without an action", () => mutate(/<Action xsi:type="ShowTaskpane">[\s\S]*?<\/Action>/, ""), "missing <Action>"],
    ["ribbon icon without the 80 px size", () => mutate('<bt:Image size="80" resid="Icon.80x80"/>', ""), "lacks size(s) 80"],
    ["ribbon icon of an unsupported size", () => mutate('<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Icon.80x80"/><bt:Image size="99" resid="Icon.80x80"/>'), 'size "99" is not one of'],
  ];

  it.each(cases)("%s", (_name, make, expected) => {
    const problems = checkManifest(make(), { readImage });
    expect(problems.join("\n")).toContain(expected);
  });

  it.each([
    ["IconUrl of the wrong size", () => mutate('IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', 'IconUrl DefaultValue="https://localhost:3000/assets/icon-16.png"'), "IconUrl: https://localhost:3000/assets/icon-16.png is 16×16 px, must be 32×32"],
    ["ribbon icon of the wrong size", () => mutate('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), "is 64×64 px, must be 80×80"],
    ["missing icon file", () => mutate("assets/icon-64.png", "assets/icon-128.png"), "icon-128.png does not exist"],
    ["icon that is not a PNG", () => mutate("assets/icon-64.png", "assets/icon.svg"), "is not a PNG file"],
  ] as [string, () => string, string][])("%s", (_name, make, expected) => {
    expect(checkManifest(make(), { readImage }).join("\n")).toContain(expected);
  });

  it("skips the pixel checks when no image reader is given", () => {
    const wrongSize = mutate("assets/icon-32.png", "assets/icon-16.png");
    expect(checkManifest(wrongSize)).toEqual([]);
    expect(checkManifest(wrongSize, { readImage })).not.toEqual([]);
  });

  it.each(["", "not xml", "<OfficeApp", "<?xml version='1.0'?><a/>"])("reports rather than throws on %j", (input) => {
    expect(() => checkManifest(input)).not.toThrow();
    expect(checkManifest(input).length).toBeGreaterThan(0);
  });
});

describe("pngSize", () => {
  it("reads width and height from the committed icons", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(fs.readFileSync(path.join(repo, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
  });

  it("returns null for bytes that are not a PNG", () => {
    expect(pngSize(fs.readFileSync(path.join(repo, "assets", "icon.svg")))).toBeNull();
    expect(pngSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});
