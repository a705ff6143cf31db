/**
 * The writing check's findings under a text box, in the words `npm run check:content` uses: the
 * words, why, and what to write instead. Findings that stop publishing are shown as the box's error.
 */
import { Flex } from '@keystar/ui/layout';
import { Notice } from '@keystar/ui/notice';
import { Text } from '@keystar/ui/typography';
import { createElement } from 'react';
import type { WritingFinding } from '../writing-check/finding.ts';

/** One finding as the content check's report writes it. */
export const findingLine = ({ words, why, suggestion }: WritingFinding) =>
  `Words: ${words}. ${why} Instead: ${suggestion}`;

/** The finding that stops the form saving this text, if there is one. */
export const stoppingFinding = (findings: readonly WritingFinding[]) =>
  findings.find(({ stops }) => stops);

export function writingNotes(findings: readonly WritingFinding[]) {
  const warnings = findings.filter(({ stops }) => !stops);
  if (warnings.length === 0) return null;
  const lines = warnings.map((finding, index) =>
    createElement(Text, { key: index }, findingLine(finding)),
  );
  return createElement(Notice, {
    tone: 'caution',
    marginTop: 'regular',
    children: createElement(
      Flex,
      { direction: 'column', gap: 'regular' },
      createElement(Text, { weight: 'semibold' }, 'The writing check found:'),
      ...lines,
    ),
  });
}
