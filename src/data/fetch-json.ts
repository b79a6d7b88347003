/** The three ways loading a file can fail; each tells the reader something different to do. */
export class NotFoundError extends Error {
  override name = 'NotFoundError'
}
export class InvalidDataError extends Error {
  override name = 'InvalidDataError'
}
export class NetworkError extends Error {
  override name = 'NetworkError'
}

/**
 * Fetches JSON and classifies failures. A static host's SPA fallback answers a missing file with
 * index.html and status 200, so an HTML answer counts as "not found", not as a broken file.
 */
export async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } })
  } catch {
    throw new NetworkError(`Could not load ${what}: the network request failed.`)
  }
  if (response.status === 404) throw new NotFoundError(`${what} was not found.`)
  if (!response.ok) throw new NetworkError(`Could not load ${what}: the server answered ${response.status}.`)
  if ((response.headers.get('content-type') ?? '').includes('text/html'))
    throw new NotFoundError(`${what} was not found.`)
  const body = await response.text()
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new InvalidDataError(`${what} is damaged: it is not valid JSON.`)
  }
}
