/**
 * A small element tree from XML text, built with saxes, a strict (well-formedness checking) streaming parser that
 * needs no DOM: Chrome's MV3 service worker has no DOMParser, and the CLI and Node tests have none either, so the
 * same code reads frab XML wherever an import runs. Entities stay the five XML ones; a DOCTYPE's are never fetched
 * or expanded.
 */
import { SaxesParser } from 'saxes';
import { ScheduleError } from './talk';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (text and CDATA directly inside it), untrimmed. */
  text: string;
}

export function parseXml(xml: string, fileName: string): XmlElement {
  const root: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser({ position: true });
  const top = () => stack[stack.length - 1]!;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    top().children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    top().text += text;
  });
  parser.on('cdata', (text) => {
    top().text += text;
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ScheduleError(
      `${fileName}: is not well-formed XML (line ${parser.line}: ${reason?.replace(/^[^:]*:\d+:\d+: /, '')})`,
    );
  }
  const document = root.children[0];
  if (!document) throw new ScheduleError(`${fileName}: has no XML element`);
  return document;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The text of the named child, '' when absent. */
export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text ?? '';
}
