/**
 * The writing check of a page's body or of one text field. Pure: the settings come in, findings
 * go out, at lines of the text given.
 */
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseEnglish } from 'parse-english';
import type { Root } from 'nlcst';
import { VFile } from 'vfile';
import type { WritingFinding } from './finding.ts';
import { findingOf } from './explain.ts';
import { noteUnknownWords, processorFor, type WritingSettings } from './processor.ts';
import { beforeAndAfterPictures } from './advertising/pictures.ts';

export interface WritingChecker {
  /** Findings in one text field's value. */
  field(text: string): WritingFinding[];
  /**
   * Findings in a page's body: `root` is the tree the build's own MDX parser made of `text`, so the
   * words checked are the words the page shows, with their lines in `text`.
   */
  body(root: object, text: string): WritingFinding[];
}

/** A checker for one check of the content, with the clinic's reading age and word list. */
export function writingChecker(settings: WritingSettings): WritingChecker {
  const processor = processorFor(settings);
  const findingsOf = (tree: Root, file: VFile) => {
    processor.runSync(tree, file);
    noteUnknownWords(
      file.messages.flatMap(({ source, actual }) =>
        source === 'retext-spell' && actual ? [actual] : [],
      ),
    );
    return (
      file.messages
        // The spell checker's note that it has stopped suggesting is about itself, not the text.
        .filter(({ source, ruleId }) => !(source === 'retext-spell' && ruleId === 'overflow'))
        .map((message) => findingOf(message, settings))
    );
  };
  return {
    field: (text) => findingsOf(new ParseEnglish().parse(text), new VFile(text)),
    body(root, text) {
      const file = new VFile(text);
      const words = findingsOf(toNlcst(root as never, file, ParseEnglish), file);
      return [...beforeAndAfterPictures(root), ...words].sort((a, b) => a.line - b.line);
    },
  };
}
