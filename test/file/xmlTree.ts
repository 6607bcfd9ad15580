/**
 * A part's XML as a tree of elements, read with saxes (with namespaces on, so an undeclared prefix or a malformed
 * part fails the test), independently of the file shell's own reader: for checking what the writer wrote.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** The qualified name as written ("c:ser"). */
  name: string;
  /** Its namespace URI. */
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, attribute] of Object.entries(tag.attributes)) attributes[key] = typeof attribute === 'string' ? attribute : attribute.value;
    const element: XmlElement = { name: tag.name, uri: tag.uri ?? '', attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root) throw new Error('The part has no root element.');
  return root;
}

/** Every element named `name` in document order, at any depth. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    if (e.name === name) found.push(e);
    e.children.forEach(visit);
  };
  visit(element);
  return found;
}

/** The first element named `name`; throws when there is none. */
export function find(element: XmlElement, name: string): XmlElement {
  const [first] = findAll(element, name);
  if (!first) throw new Error(`No <${name}> element.`);
  return first;
}

/** The names of an element's children, in order. */
export function childNames(element: XmlElement): string[] {
  return element.children.map((child) => child.name);
}
