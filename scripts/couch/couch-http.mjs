// Requests to a CouchDB as its admin, for the setup: a failure is a SetupError whose Swedish
// message says what the server answered, so the command can print it and stop.

export class SetupError extends Error {}

export function basicAuth({ name, password }) {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

/** A client for one server: `request(method, path, body?)` resolves with the status and the JSON answered. */
export function couchClient(url, admin) {
  const base = url.replace(/\/+$/, '');
  const authorization = basicAuth(admin);
  return async function request(method, path, body) {
    let response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: { Authorization: authorization, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new SetupError(`Servern på ${base} svarar inte (${cause}). Kontrollera adressen och att servern är igång.`);
    }
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    if (response.status === 401) throw new SetupError(`Servern godtog inte administratören ${admin.name} (401): fel namn eller lösenord.`);
    return { status: response.status, body: json };
  };
}

/** The error for an answer the setup did not expect. */
export function unexpected(what, { status, body }) {
  const reason = typeof body === 'object' && body !== null ? [body.error, body.reason].filter(Boolean).join(': ') : String(body);
  return new SetupError(`${what}: servern svarade ${status}${reason ? ` (${reason})` : ''}.`);
}
