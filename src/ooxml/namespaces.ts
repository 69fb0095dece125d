/**
 * Namespace bookkeeping for a saxes parser run without its own (`xmlns: false`).
 *
 * saxes still does all the parsing; this only binds the prefixes each element declares in its `xmlns` attributes,
 * undoes them when the element closes, and expands qualified names to a namespace URI and local name, as Namespaces
 * in XML 1.0 (third edition) says. It exists for speed: saxes's own namespace mode builds an object per attribute and
 * walks the open elements for every prefix, which doubled the reader's cost on Word's markup (an attribute or two on
 * nearly every element). Here each qualified name is expanded once per set of bindings and then looked up.
 *
 * The well-formedness checks saxes's namespace mode makes are kept, reported through the parser's own error path
 * (`parser.fail`): unbound prefixes on elements and attributes, malformed qualified names, reserved prefixes and
 * namespaces, and undeclaring a prefix in XML 1.0.
 */
import type { SaxesParser } from "saxes";

export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

export interface ExpandedName {
  /** Namespace URI, "" for none. */
  readonly uri: string;
  readonly local: string;
}

interface Scope {
  /** Prefix ("" for the default namespace) → namespace URI; an undeclared default namespace is absent. */
  readonly bindings: ReadonlyMap<string, string>;
  /** What each element name met under these bindings classifies as. */
  readonly elements: Map<string, unknown>;
  readonly attributes: Map<string, ExpandedName>;
}

type Parser = Pick<SaxesParser, "fail" | "xmlDecl">;

const XMLNS = "xmlns";

/**
 * Tracks the bindings in force while a document streams through a parser. Call `open` on every start tag (with its
 * attributes, before asking for its names) and `close` on every end tag, self-closing ones included, skipped
 * subtrees included. `classify` turns an element's expanded name into what the caller calls it; its result is cached.
 */
export class NamespaceScopes<K> {
  private scope: Scope;
  private depth = 0;
  private readonly outer: { depth: number; scope: Scope }[] = [];

  constructor(
    private readonly parser: Parser,
    private readonly classify: (name: ExpandedName) => K,
  ) {
    this.scope = newScope(
      new Map([
        ["xml", XML_NAMESPACE],
        [XMLNS, XMLNS_NAMESPACE],
      ]),
    );
  }

  open(attributes: Readonly<Record<string, string>>): void {
    this.depth++;
    let bindings: Map<string, string> | null = null;
    let names = 0;
    for (const name in attributes) {
      names++;
      // "xmlns" or "xmlns:…"; any other name starting with "xmlns" is an ordinary attribute.
      if (!name.startsWith(XMLNS) || (name.length > 5 && name.charCodeAt(5) !== 0x3a)) continue;
      const prefix = name.length === 5 ? "" : name.slice(6);
      const uri = attributes[name]!.trim();
      this.checkBinding(prefix, uri);
      bindings ??= new Map(this.scope.bindings);
      if (uri === "") bindings.delete(prefix);
      else bindings.set(prefix, uri);
    }
    if (bindings !== null) {
      this.outer.push({ depth: this.depth, scope: this.scope });
      this.scope = newScope(bindings);
    }
    if (names > 0) {
      const known = this.scope.attributes;
      for (const name in attributes) if (!known.has(name)) known.set(name, this.expand(name, false));
    }
  }

  /** The bindings in force at the open element (prefix → URI, "" for the default namespace); never changed later. */
  bindings(): ReadonlyMap<string, string> {
    return this.scope.bindings;
  }

  close(): void {
    const top = this.outer[this.outer.length - 1];
    if (top !== undefined && top.depth === this.depth) {
      this.scope = top.scope;
      this.outer.pop();
    }
    this.depth--;
  }

  /** The open element's name, classified. */
  element(name: string): K {
    const known = this.scope.elements;
    let kind = known.get(name) as K | undefined;
    if (kind === undefined && !known.has(name)) {
      kind = this.classify(this.expand(name, true));
      known.set(name, kind);
    }
    return kind as K;
  }

  /** An attribute name of the open element (unprefixed attributes are in no namespace, whatever the default). */
  attribute(name: string): ExpandedName {
    return this.scope.attributes.get(name) ?? this.expand(name, false);
  }

  private expand(name: string, isElement: boolean): ExpandedName {
    const colon = name.indexOf(":");
    if (colon === -1) {
      if (!isElement) return { uri: name === XMLNS ? XMLNS_NAMESPACE : "", local: name };
      return { uri: this.scope.bindings.get("") ?? "", local: name };
    }
    const prefix = name.slice(0, colon);
    const local = name.slice(colon + 1);
    if (prefix === "" || local === "" || local.includes(":")) this.parser.fail(`malformed name: ${name}.`);
    if (isElement && prefix === XMLNS) this.parser.fail('tags may not have "xmlns" as prefix.');
    const uri = this.scope.bindings.get(prefix);
    if (uri === undefined) {
      this.parser.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
      return { uri: prefix, local };
    }
    return { uri, local };
  }

  private checkBinding(prefix: string, uri: string): void {
    const fail = (message: string): void => void this.parser.fail(message);
    if (prefix !== "" && uri === "" && this.parser.xmlDecl.version !== "1.1") fail("invalid attempt to undefine prefix in XML 1.0");
    if (prefix === "xml" && uri !== XML_NAMESPACE) fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
    if (prefix === XMLNS && uri !== XMLNS_NAMESPACE) fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
    if (uri === XMLNS_NAMESPACE) {
      fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${uri}.`);
    }
    if (uri === XML_NAMESPACE && prefix !== "xml") {
      fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : "may not assign the xml namespace to another prefix.");
    }
  }
}

function newScope(bindings: ReadonlyMap<string, string>): Scope {
  return { bindings, elements: new Map(), attributes: new Map() };
}
