/** Where the forms ask for the writing check of a field; a POST, held to the preview's own pages. */
export const WRITING_API = '/api/writing-check';

/** Far more than any field or page text; a larger body is not a form's. */
export const MOST_BYTES = 64 * 1024;
