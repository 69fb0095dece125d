/**
 * Word.SettingCollection / Word.Setting (WordApi 1.4), over FakeWordDocument.settings. On a host below 1.4 every
 * operation fails at sync with ApiNotFound, as an older Word does. Values are stored as JSON, as Office does.
 */
import type { RequestContext } from "./context";
import { apiNotFound, itemNotFound } from "./errors";
import { ClientCollection, ClientObject, ClientResult, Handle, type ScalarReaders } from "./proxy";

function requireApi(context: RequestContext, where: string): void {
  if (!context.supports(1, 4)) throw apiNotFound(where, "WordApi 1.4");
}

export function jsonClone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export class Setting extends ClientObject {
  readonly objectPath = "Setting";

  constructor(
    context: RequestContext,
    private readonly handle: Handle<string>,
    nullable = false,
  ) {
    super(context, { nullable });
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }
  set value(value: unknown) {
    this.write("value", value, () => {
      requireApi(this.context, `${this.objectPath}.value`);
      this.context.host.document.settings.set(this.existingKey(), jsonClone(value));
    });
  }

  delete(): void {
    this.enqueue("delete", () => {
      requireApi(this.context, `${this.objectPath}.delete`);
      this.context.host.document.settings.delete(this.existingKey());
    });
  }

  protected override isNullTarget(): boolean {
    requireApi(this.context, this.objectPath);
    return this.handle.getOrNull(this.objectPath) === null;
  }

  protected override scalarReaders(): ScalarReaders {
    return {
      key: () => this.existingKey(),
      value: () => jsonClone(this.context.host.document.settings.get(this.existingKey())),
    };
  }

  private existingKey(): string {
    requireApi(this.context, this.objectPath);
    const key = this.handle.get(this.objectPath);
    if (!this.context.host.document.settings.has(key)) throw itemNotFound(this.objectPath);
    return key;
  }
}

export class SettingCollection extends ClientCollection<Setting, string> {
  readonly objectPath = "SettingCollection";

  constructor(context: RequestContext) {
    super(context);
  }

  add(key: string, value: unknown): Setting {
    const setting = new Setting(this.context, Handle.bound(key));
    this.enqueue("add", () => {
      requireApi(this.context, `${this.objectPath}.add`);
      this.context.host.document.settings.set(key, jsonClone(value));
    });
    return setting;
  }

  getItem(key: string): Setting {
    this.context.ensureOpen(this.objectPath);
    return new Setting(this.context, Handle.bound(key));
  }

  getItemOrNullObject(key: string): Setting {
    this.context.ensureOpen(this.objectPath);
    return new Setting(
      this.context,
      new Handle(() => (this.context.host.document.settings.has(key) ? key : null)),
      true,
    );
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.enqueue("getCount", () => {
      requireApi(this.context, `${this.objectPath}.getCount`);
      result.set(this.context.host.document.settings.size);
    });
    return result;
  }

  deleteAll(): void {
    this.enqueue("deleteAll", () => {
      requireApi(this.context, `${this.objectPath}.deleteAll`);
      this.context.host.document.settings.clear();
    });
  }

  protected targets(): string[] {
    requireApi(this.context, this.objectPath);
    return [...this.context.host.document.settings.keys()];
  }

  protected createItem(handle: Handle<string>, nullable?: boolean): Setting {
    return new Setting(this.context, handle, nullable);
  }
}
