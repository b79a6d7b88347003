import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { openedArticleQuery, storedArticlesQuery, type OpenedArticle } from '../data/local-article-queries.ts'
import { keepArticle, summarize } from '../data/local-articles.ts'
import { articleIdOf } from '../import/draft-to-source.ts'
import { readSavedFile } from '../share/saved-file.ts'
import { navigate } from '../reader/ui/use-location.ts'
import { formatViewState, parseViewState } from '../state/view-state.ts'
import { readPath } from '../state/routes.ts'
import type { ReadFile } from './file-drop.tsx'

/**
 * Opens a `.marginalia.json` file (made by "Save as file"): validated whole, kept in the library, shown in the
 * reader with the view it was saved with. Returns a problem to show, or null once the article is opening.
 */
export function useSavedFile() {
  const client = useQueryClient()
  return useCallback(
    (file: ReadFile, onOpened: () => void): string | null => {
      const read = readSavedFile(file.text)
      if (!read.ok) return read.problem
      const { source, article, view } = read.file
      const id = source.meta.id
      if (articleIdOf(source.meta.headline, source.paragraphs) !== id)
        return 'This saved article is damaged: its text does not match its id.'
      const key = openedArticleQuery(id).queryKey
      const entry = { source, article }
      client.setQueryData(key, { ...entry, keep: null })
      void keepArticle(summarize(entry, Date.now(), file.text.length), entry).then((keep) => {
        client.setQueryData(key, (old: OpenedArticle | undefined) => old && { ...old, keep })
        void client.invalidateQueries({ queryKey: storedArticlesQuery().queryKey })
      })
      onOpened()
      // The saved view goes through the link codec like any link: whatever it cannot use is dropped.
      navigate(formatViewState({ ...parseViewState(`${readPath(id)}${view}`).state, articleId: id }))
      return null
    },
    [client],
  )
}
