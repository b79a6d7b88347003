// The reader's Content-Security-Policy, in one place: written as a <meta> into every built page (vite.config.ts)
// and sent as a header by `vite preview`; public/_headers carries the same for static hosts that read it.
// No inline script and no inline style anywhere: article and link text can never become code or CSS.
import type { Plugin } from 'vite'

const DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Constructed stylesheets (the speaker filter) are allowed; <style> elements and style="" attributes are not.
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  // The analysis runs in a module worker built to its own file.
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  // Ignored (with a console warning) when delivered by <meta>: a header only.
  'frame-ancestors': "'none'",
}

const HEADER_ONLY = new Set(['frame-ancestors'])

export function contentSecurityPolicy(delivery: 'meta' | 'header'): string {
  return Object.entries(DIRECTIVES)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')
}

/**
 * Adds the policy as a <meta> to every page of the production build (the dev server needs inline scripts), and
 * writes `_headers` (the format of Netlify and Cloudflare Pages) so hosts that read it send the full policy.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'marginalia-content-security-policy',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)
      this.emitFile({ type: 'asset', fileName: '_headers', source: ['/*', ...lines, ''].join('\n') })
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
          injectTo: 'head-prepend',
        },
      ],
    },
  }
}

/** Headers for `vite preview`, as a static host should send them. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy('header'),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}
