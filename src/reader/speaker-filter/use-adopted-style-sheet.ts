import { useLayoutEffect } from 'react'

/**
 * Adds `css` to the document as a constructed stylesheet while the component is mounted. Not an inline
 * `<style>` element: under the Content-Security-Policy (`style-src 'self'`) inline styles are dropped silently,
 * while constructed sheets are allowed. Only numbers reach the CSS (see speaker-filter-style.ts). Browsers or
 * test DOMs without constructed sheets get a `<style>` element, which their lack of CSP support lets through.
 */
export function useAdoptedStyleSheet(css: string): void {
  useLayoutEffect(() => {
    const canAdopt =
      typeof CSSStyleSheet !== 'undefined' &&
      'replaceSync' in CSSStyleSheet.prototype &&
      Array.isArray(document.adoptedStyleSheets)
    if (!canAdopt) {
      const element = document.createElement('style')
      element.textContent = css
      document.head.append(element)
      return () => element.remove()
    }
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [css])
}
