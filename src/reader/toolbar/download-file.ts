import type { DownloadFile } from '../../export/download-file.ts'

/** Saves a file through the browser's download (a Blob URL and an `a[download]`); nothing leaves the device. */
export function downloadFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked a moment later: some browsers start reading the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
