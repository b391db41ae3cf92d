import type { RequestHandler } from 'express';

/**
 * Strict headers for every answer: scripts and styles only from this origin (no inline
 * script), never framed, no referrer leaked to other sites, HSTS when served over HTTPS
 * (BRUG_SECURE_COOKIES=true, or a request a trusted proxy marks as https).
 */
export function securityHeaders(options: { https: boolean }): RequestHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // req.secure: the connection is TLS, or a trusted proxy (`trust proxy`) says it was.
    if (options.https || req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
