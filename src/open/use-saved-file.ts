import type { ReadFile } from './file-drop.tsx'

/**
 * Opens a `.marginalia.json` file (made by "Save as file"). Returns a problem to show, or null once the
 * article is opening.
 */
export function useSavedFile() {
  return (file: ReadFile, _onOpened: () => void): string | null =>
    `“${file.name}” is a JSON file; saved Marginalia files cannot be opened in this version yet.`
}
