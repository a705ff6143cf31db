/**
 * Everything in a page's text that the site will not publish, found in the tree the build's own
 * parser makes: code (import and export lines, `{...}`), raw HTML, boxes the site does not have or
 * with settings it does not take, links and pictures that go where page text may not, and
 * characters that hide or reverse text. Pure: files are looked at through `fileAt`.
 */
import { firstHiddenCharacter } from '../../text/hidden-characters.ts';
import { MDX_PROPS } from '../../schemas/mdx-props.ts';
import {
  bareWebAddress,
  EMAIL_IN_ANGLES,
  fileLink,
  pictureWithQuery,
  TOO_DEEP,
  CODE_LINE,
  CURLY,
  EMPTY_TAG,
  fileMissing,
  hiddenCharacter,
  HTML_COMMENT,
  linkRefused,
  notAPicture,
  pictureNotInContent,
  rawHtml,
  unknownBox,
  unreadableText,
  WEB_ADDRESS_IN_ANGLES,
} from './body-messages.ts';
import { boxSettingProblems, type BoxName, type WrittenSetting } from './box-settings.ts';
import { linkTarget } from './link-targets.ts';
import { readBody } from './read-body.ts';

/** One thing wrong, at its line of the body (counted from 1). */
export interface BodyFinding {
  line: number;
  message: string;
}

/** What a link or picture to a file in the content folder finds there. */
export type FileAtLink = 'outside content' | 'missing' | 'picture' | 'not a picture';

/** Looks up a link's file, written relative to the page's own file. */
export type FileLookup = (path: string) => FileAtLink;

interface TreeNode {
  type: string;
  children?: TreeNode[];
  name?: string | null;
  url?: string;
  value?: string;
  identifier?: string;
  attributes?: WrittenSetting[];
  position?: { start: { line: number } };
}

const isBox = (name: string): name is BoxName => Object.hasOwn(MDX_PROPS, name);

/**
 * Deeper than any page needs (a list ten levels down is about 25); far deeper, rendering a page
 * runs out of stack, or crashes outright.
 */
const MOST_NESTING = 40;

/** Every node with how deep it is, walked without recursion, as a page can nest thousands deep. */
function nodesOf(root: TreeNode): { node: TreeNode; depth: number }[] {
  const found: { node: TreeNode; depth: number }[] = [];
  const toVisit = [{ node: root, depth: 0 }];
  for (let next = toVisit.pop(); next; next = toVisit.pop()) {
    found.push(next);
    const children = next.node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1)
      toVisit.push({ node: children[index] as TreeNode, depth: next.depth + 1 });
  }
  return found;
}

function linkProblem(url: string, picture: boolean, fileAt: FileLookup): string | undefined {
  const target = linkTarget(url);
  if (target.kind === 'refused')
    return picture && target.reason !== 'unreadable'
      ? pictureNotInContent(url)
      : linkRefused(target.reason, url, picture);
  if (target.kind !== 'content file') return picture ? pictureNotInContent(url) : undefined;
  // The content folder is not published: only pictures from it are, as Astro makes copies of them.
  if (!picture) return fileLink(url);
  if (/[?#]/.test(target.path)) return pictureWithQuery(url);
  const found = fileAt(target.path);
  if (found === 'outside content') return pictureNotInContent(url);
  if (found === 'missing') return fileMissing(url);
  if (found !== 'picture') return notAPicture(url);
  return undefined;
}

// Markdown turns a bare www. address into an http: link; the editor wrote no http: to change.
function isBareWebAddress(node: TreeNode): boolean {
  const [only, ...rest] = node.children ?? [];
  return (
    rest.length === 0 &&
    only?.type === 'text' &&
    node.url?.startsWith('http://www.') === true &&
    only.value === node.url.slice('http://'.length)
  );
}

function elementProblems(node: TreeNode): string[] {
  const name = node.name;
  if (name === null || name === undefined) return [EMPTY_TAG];
  if (!/^[A-Z]/.test(name)) return [rawHtml(name)];
  if (!isBox(name)) return [unknownBox(name)];
  return boxSettingProblems(name, node.attributes ?? []);
}

function nodeProblems(
  node: TreeNode,
  definitions: ReadonlyMap<string, string>,
  fileAt: FileLookup,
): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [CODE_LINE];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [CURLY];
    case 'html':
      return [rawHtml('…')];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementProblems(node);
    case 'link':
      if (isBareWebAddress(node)) return [bareWebAddress(node.url?.slice('http://'.length) ?? '')];
      return [linkProblem(node.url ?? '', false, fileAt)].filter((p) => p !== undefined);
    case 'definition':
      return [linkProblem(node.url ?? '', false, fileAt)].filter((p) => p !== undefined);
    case 'image':
      return [linkProblem(node.url ?? '', true, fileAt)].filter((p) => p !== undefined);
    case 'imageReference': {
      const url = definitions.get(node.identifier ?? '');
      return url === undefined
        ? []
        : [linkProblem(url, true, fileAt)].filter((p) => p !== undefined);
    }
    default:
      return [];
  }
}

function unreadable(text: string, line: number, column: number, reason: string): string {
  const at = (text.split('\n')[line - 1] ?? '').slice(Math.max(0, column - 1));
  if (at.startsWith('<!--')) return HTML_COMMENT;
  if (at.startsWith('{') || /expression/i.test(reason)) return CURLY;
  if (/^<[a-z][a-z0-9+.-]*:/i.test(at)) return WEB_ADDRESS_IN_ANGLES;
  if (/^<[^\s<>@]+@[^\s<>]+>/.test(at)) return EMAIL_IN_ANGLES;
  const tag = /^<\/?([a-z][a-z0-9-]*)/.exec(at)?.[1];
  return tag ? rawHtml(tag) : unreadableText(column, reason);
}

function hiddenCharacters(text: string): BodyFinding[] {
  return text.split('\n').flatMap((line, index) => {
    // A file saved on Windows ends its lines with a carriage return, which no reader sees.
    const hidden = firstHiddenCharacter(line.replace(/\r$/, ''), true);
    return hidden ? [{ line: index + 1, message: hiddenCharacter(hidden) }] : [];
  });
}

/** Every finding in a body's parsed tree, at the lines of the text it was parsed from. */
export function treeFindings(root: object, fileAt: FileLookup): BodyFinding[] {
  const walked = nodesOf(root as TreeNode);
  const tooDeep = walked.find(({ depth }) => depth > MOST_NESTING);
  if (tooDeep) return [{ line: tooDeep.node.position?.start.line ?? 1, message: TOO_DEEP }];
  const nodes = walked.map(({ node }) => node);
  const definitions = new Map(
    nodes.flatMap((node) =>
      node.type === 'definition' ? [[node.identifier ?? '', node.url ?? ''] as const] : [],
    ),
  );
  return nodes.flatMap((node) =>
    nodeProblems(node, definitions, fileAt).map((message) => ({
      line: node.position?.start.line ?? 1,
      message,
    })),
  );
}

// Enough for any real page; a page with more mistakes than this shows the rest once these are fixed.
const MOST_UNREADABLE_LINES = 20;

/**
 * Every finding in `text`, a page's body below its frontmatter, in the order of its lines. A line
 * the parser cannot read is reported, then blanked so the rest of the page is read too.
 */
export function bodyFindings(text: string, fileAt: FileLookup): BodyFinding[] {
  const found = hiddenCharacters(text);
  const lines = text.split('\n');
  for (let tries = 0; tries < MOST_UNREADABLE_LINES; tries += 1) {
    const tree = readBody(lines.join('\n'));
    if (tree.readable) return [...found, ...treeFindings(tree.root, fileAt)].sort(byLine);
    const { line, column, reason } = tree;
    found.push({ line, message: unreadable(text, line, column, reason) });
    if (!lines[line - 1]?.trim()) break;
    lines[line - 1] = '';
  }
  return found.sort(byLine);
}

const byLine = (a: BodyFinding, b: BodyFinding) => a.line - b.line;
