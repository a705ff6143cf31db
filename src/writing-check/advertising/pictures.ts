/**
 * A before-and-after picture needs the client's recorded consent, and must not be retouched (CAP's
 * guidance on cosmetic interventions). A picture put straight into the page text has nowhere to
 * record either, so one whose description or file name says before or after stops the build.
 */
import type { WritingFinding } from '../finding.ts';

interface PictureNode {
  type: string;
  url?: string;
  alt?: string | null;
  children?: PictureNode[];
  position?: { start: { line: number } };
}

// Words apart from letters either side, so "aftercare" and "beforehand" are not read as these.
const BEFORE_OR_AFTER = /(?<![a-z])(?:before|after)(?![a-z])/i;

/** Walked without recursion, as a page's text can nest deeply. */
function picturesIn(root: PictureNode): PictureNode[] {
  const pictures: PictureNode[] = [];
  const toVisit = [root];
  for (let node = toVisit.pop(); node; node = toVisit.pop()) {
    if (node.type === 'image') pictures.push(node);
    toVisit.push(...(node.children ?? []).toReversed());
  }
  return pictures;
}

/** Each picture in a body's tree that shows a result before or after treatment. */
export function beforeAndAfterPictures(root: object): WritingFinding[] {
  return picturesIn(root as PictureNode).flatMap((picture) => {
    const alt = picture.alt ?? '';
    const fileName = (picture.url ?? '').split('/').pop() ?? '';
    const said = [alt, fileName].find((words) => BEFORE_OR_AFTER.test(words));
    if (said === undefined) return [];
    return [
      {
        line: picture.position?.start.line ?? 1,
        words: said,
        why: "This looks like a before-and-after picture. The advertising rules allow one only with the client's recorded consent and without retouching, and a picture in the page text has no place to record either.",
        suggestion:
          "Take the picture out of the page text, and add it in the treatment's before-and-after photo fields, where its consent and retouching are recorded.",
        stops: true,
      },
    ];
  });
}
