/** One mistake in one content file, as every rule of the content check reports it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The words a writing rule questions, as the page writes them. */
  words?: string;
  /** The line the field is on, when it is in the file. */
  line?: number;
  /** Where the field is among the file's fields, when it is not a top-level one: `['practitioners', 2]`. */
  path?: readonly PropertyKey[];
}
