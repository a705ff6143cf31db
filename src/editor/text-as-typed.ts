/**
 * A text box that opens whatever a file holds. Keystatic's own text box throws on a value that is
 * not text (`name: 123`, `summary: true`, a date), and the whole form fails to open. This box shows
 * such a value as text with the content check's own message next to it, and saves what the editor
 * leaves or types as text. As the editor types, the writing check's findings show under the box.
 */
import { TextArea, TextField } from '@keystar/ui/text-field';
import type { BasicFormField, FormFieldInputProps } from '@keystatic/core';
import type { z } from 'astro/zod';
import { createElement, Fragment, useEffect, useState } from 'react';
import type { WritingFinding } from '../writing-check/finding.ts';
import { asText, problemOf, refuse } from './field-problem';
import { placeOf } from './form-place';
import { WRITING_API } from './writing-api';
import { writingAsker } from './writing-asker';
import { findingLine, stoppingFinding, writingNotes } from './writing-notes';

export interface TextBoxOptions {
  label: string;
  description?: string;
  /** Whether the form refuses to save it empty; a group a file may leave out says no. */
  isRequired: boolean;
  /** A paragraph, which may have line breaks. */
  multiline?: boolean;
  /** Whether the writing check reads it; a web address is not words. */
  isWords?: boolean;
}

const browserClock = {
  setTimeout: (run: () => void, ms: number) => window.setTimeout(run, ms),
  clearTimeout: (timer: unknown) => window.clearTimeout(timer as number),
};

async function askPreview(field: string, text: string): Promise<WritingFinding[]> {
  const response = await fetch(WRITING_API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...placeOf(location.pathname), field, text }),
  });
  if (!response.ok) return [];
  return ((await response.json()) as { findings: WritingFinding[] }).findings;
}

export function textAsTyped(schema: z.ZodType, options: TextBoxOptions): BasicFormField<string> {
  const problem = (text: string) => {
    if (text === '') return options.isRequired ? problemOf(schema, undefined) : undefined;
    return problemOf(schema, text);
  };
  // Values a file held that were not text, and why, so the box shows it when the form opens.
  const notText = new Map<string, string | undefined>();
  // The writing check's answers, so the form refuses to save a text whose words stop publishing.
  const stopping = new Map<string, string>();
  const stopFor = (text: string) => stopping.get(text);

  function Input(props: FormFieldInputProps<string>) {
    const [blurred, setBlurred] = useState(false);
    // A mistake written in the file is shown at once, so the editor sees what to fix.
    const [fromFile] = useState(() =>
      notText.has(props.value) ? notText.get(props.value) : problem(props.value),
    );
    const [opened] = useState(props.value);
    const [findings, setFindings] = useState<WritingFinding[]>([]);
    const [asker] = useState(() =>
      writingAsker(
        (text) => askPreview(options.label, text),
        (text, found) => {
          const stop = stoppingFinding(found);
          if (stop) stopping.set(text, findingLine(stop));
          else stopping.delete(text);
          setFindings(found);
        },
        browserClock,
      ),
    );
    useEffect(() => {
      if (options.isWords !== false) asker.changed(props.value);
    }, [asker, props.value]);
    useEffect(() => () => asker.stop(), [asker]);
    const shown =
      props.value === opened && fromFile !== undefined
        ? fromFile
        : props.forceValidation || blurred
          ? problem(props.value)
          : undefined;
    const stop = stoppingFinding(findings);
    const boxProps = {
      label: options.label,
      ...(options.description === undefined ? {} : { description: options.description }),
      value: props.value,
      onChange: props.onChange,
      onBlur: () => setBlurred(true),
      autoFocus: props.autoFocus,
      isRequired: options.isRequired,
      errorMessage: shown ?? (stop ? findingLine(stop) : undefined),
    };
    const box = options.multiline
      ? createElement(TextArea, boxProps)
      : createElement(TextField, boxProps);
    return createElement(Fragment, null, box, writingNotes(findings));
  }

  const parse = (value: unknown) => {
    const text = asText(value);
    if (value !== undefined && value !== null && typeof value !== 'string')
      notText.set(text, problemOf(schema, value));
    return text;
  };
  return {
    kind: 'form',
    label: options.label,
    Input,
    defaultValue: () => '',
    parse,
    serialize: (text) => ({ value: text === '' ? undefined : text }),
    validate: (text) => {
      refuse(problem(text));
      refuse(stopFor(text));
      return text;
    },
    reader: {
      parse: (value) => {
        if (typeof value !== 'string' && value !== undefined) refuse(problemOf(schema, value));
        const text = parse(value);
        refuse(problem(text));
        return text;
      },
    },
  };
}
