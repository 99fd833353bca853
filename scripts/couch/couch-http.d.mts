/** See couch-http.mjs: a setup's failure, with a Swedish message that says what the server answered. */
export class SetupError extends Error {}
