/**
 * The base of every fake Word object: a proxy bound to one request context, with a map of the property values
 * loaded at the last sync. Reading a property that was never loaded throws PropertyNotLoaded, as Office.js does;
 * every method only queues an operation, applied at `context.sync()`.
 *
 * A proxy points at its part of the document through a Handle: resolved at the first sync that needs it (so a
 * proxy returned by `insertParagraph` points at the paragraph that sync created) and then kept, so later
 * insertions around it do not move it.
 */
import type { RequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import { fetchedBytes } from "./fetched-bytes";

export type LoadOption =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; top?: number; skip?: number; $top?: number; $skip?: number }
  | undefined;

/**
 * Which items of a collection a load returns: `top` ("the maximum number of collection items that can be included
 * in the result") and `skip`, OfficeExtension.LoadOption (learn.microsoft.com/javascript/api/office/officeextension.loadoption).
 */
export interface LoadWindow {
  readonly skip: number;
  readonly top: number | null;
}

export function loadWindow(option: LoadOption): LoadWindow {
  if (option === undefined || option === null || typeof option === "string" || Array.isArray(option)) return { skip: 0, top: null };
  const top = option.top ?? option.$top;
  const skip = option.skip ?? option.$skip ?? 0;
  for (const [name, value] of [["top", top], ["skip", skip]] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      throw invalidArgument("load", `${name} must be a non-negative integer; got ${String(value)}.`);
    }
  }
  return { skip, top: top ?? null };
}

/** "text, style" / ["text"] / { select: "items/text" } → ["text", "style"]; [] means every scalar property. */
export function loadPaths(option: LoadOption): string[] {
  const split = (value: string | string[] | undefined): string[] =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value])
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "" && v !== "*" && v !== "$all");
  if (option === undefined || option === null) return [];
  if (typeof option === "string" || Array.isArray(option)) return split(option);
  return [...split(option.select), ...split(option.expand)];
}

export class Handle<T> {
  private resolved: T | null | undefined;

  constructor(
    private readonly resolver: () => T | null,
    private readonly isAlive: (value: T) => boolean = () => true,
  ) {}

  static bound<T>(value: T, isAlive?: (value: T) => boolean): Handle<T> {
    const handle = new Handle<T>(() => value, isAlive);
    handle.resolved = value;
    return handle;
  }

  /** The target, or null for a null object. */
  getOrNull(location: string): T | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (this.resolved !== null && !this.isAlive(this.resolved)) throw itemNotFound(location);
    return this.resolved;
  }

  get(location: string): T {
    const value = this.getOrNull(location);
    if (value === null) throw itemNotFound(location);
    return value;
  }

  bind(value: T): void {
    this.resolved = value;
  }
}

export type ScalarReaders = Record<string, () => unknown>;

export abstract class ClientObject {
  /** Office.js's name for the object's path; shown in InvalidObjectPath messages. */
  abstract readonly objectPath: string;
  protected readonly loadedValues = new Map<string, unknown>();
  /** Made by an *OrNullObject method (or from such an object): `isNullObject` is known after the next sync. */
  protected readonly nullable: boolean;

  constructor(
    readonly context: RequestContext,
    options: { nullable?: boolean } = {},
  ) {
    this.nullable = options.nullable ?? false;
    if (this.nullable) {
      // *OrNullObject proxies know whether they are null after the next sync, without a load.
      context.enqueue(this.constructor.name, `${this.constructor.name}.isNullObject`, () => {
        this.loadedValues.set("isNullObject", this.isNullTarget());
      });
    }
  }

  get isNullObject(): boolean {
    return this.nullable ? this.read<boolean>("isNullObject") : false;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    const window = loadWindow(option);
    this.enqueue("load", () => this.applyLoad(paths, window));
    return this;
  }

  /** Office.js objects can be tracked across syncs; inside one Word.run, which is all the fake supports, a no-op. */
  track(): this {
    this.context.ensureOpen(this.objectPath);
    return this;
  }

  untrack(): this {
    this.context.ensureOpen(this.objectPath);
    return this;
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [key, value] of this.loadedValues) {
      json[key] = Array.isArray(value)
        ? value.map((v: unknown) => (v instanceof ClientObject ? v.toJSON() : v))
        : value instanceof ClientObject
          ? value.toJSON()
          : value;
    }
    return json;
  }

  /** @internal Applies a load at sync time: scalar properties are read now, navigation properties recurse. */
  applyLoad(paths: string[], _window?: LoadWindow): void {
    const readers = this.scalarReaders();
    if (this.nullable && this.isNullTarget()) {
      this.loadedValues.set("isNullObject", true);
      for (const name of paths.length === 0 ? Object.keys(readers) : paths) this.loadedValues.set(name, null);
      return;
    }
    if (paths.length === 0) {
      for (const [name, read] of Object.entries(readers)) this.setLoaded(name, read());
      return;
    }
    const byHead = new Map<string, string[]>();
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      const tails = byHead.get(head) ?? [];
      if (rest.length > 0) tails.push(rest.join("/"));
      byHead.set(head, tails);
    }
    for (const [head, tails] of byHead) {
      const read = readers[head];
      if (read) {
        this.setLoaded(head, read());
        continue;
      }
      const child = this.navigation(head);
      if (!child) throw invalidArgument(`${this.objectPath}.load`, `'${head}' is not a property of ${this.objectPath}.`);
      child.applyLoad(tails);
    }
  }

  /** A scalar read at sync time, counted in the bytes the host hands back. */
  private setLoaded(name: string, value: unknown): void {
    this.context.host.bytesFetched += fetchedBytes(value);
    this.loadedValues.set(name, value);
  }

  /** Scalar properties, each read from the document at sync time. */
  protected scalarReaders(): ScalarReaders {
    return {};
  }

  /** Navigation properties (e.g. `font`, `paragraphs`) that a load path may go through. */
  protected navigation(_name: string): ClientObject | undefined {
    return undefined;
  }

  /** For *OrNullObject proxies: whether the target is missing. */
  protected isNullTarget(): boolean {
    return false;
  }

  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** A property set: the local value is visible at once (as in Office.js) and the change is applied at sync. */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.enqueue(name, apply);
    this.loadedValues.set(name, value);
  }

  /** @internal Queues an operation of this object, applied at the next sync. */
  enqueue(member: string, apply: () => void): void {
    this.context.enqueue(this.objectPath, `${this.objectPath}.${member}`, apply);
  }
}

/** The result of a method returning a value (e.g. `getOoxml()`), readable after the sync. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.result as T;
  }

  /** @internal */
  set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** A collection: `items` (and the items' properties) are read at the sync after `load`. */
export abstract class ClientCollection<TItem extends ClientObject, TTarget> extends ClientObject {
  get items(): TItem[] {
    return this.read<TItem[]>("items");
  }

  getFirst(): TItem {
    return this.itemAt("getFirst", (all) => all[0] ?? null, false);
  }

  getFirstOrNullObject(): TItem {
    return this.itemAt("getFirstOrNullObject", (all) => all[0] ?? null, true);
  }

  getLast(): TItem {
    return this.itemAt("getLast", (all) => all[all.length - 1] ?? null, false);
  }

  getLastOrNullObject(): TItem {
    return this.itemAt("getLastOrNullObject", (all) => all[all.length - 1] ?? null, true);
  }

  override applyLoad(paths: string[], window: LoadWindow = { skip: 0, top: null }): void {
    // "items", "items/text" and plain "text" all mean the items with those properties.
    const itemPaths = paths.flatMap((p) => (p === "items" ? [] : p.startsWith("items/") ? [p.slice(6)] : [p]));
    const targets = this.targets().slice(window.skip, window.top === null ? undefined : window.skip + window.top);
    const items = targets.map((target) => this.createItem(Handle.bound(target)));
    for (const item of items) item.applyLoad(itemPaths);
    this.loadedValues.set("items", items);
  }

  /** The collection's members, in document order, at sync time. */
  protected abstract targets(): TTarget[];

  protected abstract createItem(handle: Handle<TTarget>, nullable?: boolean): TItem;

  private itemAt(member: string, pick: (all: TTarget[]) => TTarget | null, nullable: boolean): TItem {
    this.context.ensureOpen(this.objectPath);
    const location = `${this.objectPath}.${member}`;
    return this.createItem(
      new Handle(() => {
        const target = pick(this.targets());
        if (target === null && !nullable) throw itemNotFound(location);
        return target;
      }),
      nullable,
    );
  }
}
