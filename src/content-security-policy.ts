/**
 * The Content-Security-Policy the app is built to run under: only its own scripts, styles and
 * data, no inline scripts and no eval. `vite preview` sends it; docs/deployment.md shows how to
 * send it from a web server.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
