/** One mistake in one content file, as every rule of the content check reports it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line the field is on, when it is in the file. */
  line?: number;
}
