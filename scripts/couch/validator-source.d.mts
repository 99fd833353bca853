/** See validator-source.mjs: the validate_doc_update function's text with the JSON Schema in place. */
export function validatorSource(): string;
