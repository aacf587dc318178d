import { AuthctlError } from '../errors.js';

/**
 * Parses a JSON file authctl owns. On a syntax error it names the file, line and
 * column, but never echoes the text (the file may hold secrets).
 */
export async function parseJsonFile(file: string, text: string): Promise<unknown> {
  try {
    return JSON.parse(text);
  } catch {
    // jsonc-parser is loaded only on this error path, to locate the fault.
    const { parse, printParseErrorCode } = await import('jsonc-parser');
    const errors: import('jsonc-parser').ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const where = first ? ` at ${lineColumn(text, first.offset)} (${printParseErrorCode(first.error)})` : '';
    throw brokenFile(file, `is not valid JSON${where}`);
  }
}

/** The line and column of the value at `path` in `text`, or of its nearest parent that exists. */
export async function locateJsonPath(text: string, path: (string | number)[]): Promise<string | undefined> {
  const { parseTree, findNodeAtLocation } = await import('jsonc-parser');
  const root = parseTree(text);
  if (!root) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) return lineColumn(text, node.offset);
  }
  return undefined;
}

function lineColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`;
}

export const brokenFile = (file: string, problem: string) =>
  new AuthctlError(`${file} ${problem}`, {
    hint: 'fix the file by hand: authctl never replaces a broken file, so nothing in it is lost',
  });
