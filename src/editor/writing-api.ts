/** Where the forms ask for the writing check of a field; a POST, held to the preview's own pages. */
export const WRITING_API = '/api/writing-check';
