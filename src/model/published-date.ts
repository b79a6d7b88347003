import * as z from 'zod/mini'
import { monthNumber } from './calendar.ts'

/**
 * The one check of an article's publication date, used by the schema (content build, reader), the CLI, the
 * "Published:" line of a plain-text article and the open form. Stored values are ISO 8601 in one of three
 * shapes: a day (`2015-03-18`), a wall-clock time without a zone (`2015-03-18T09:30:00`) or a time with the
 * outlet's offset (`2022-01-11T01:15:00+08:00`, `…Z`). zod's ISO checks know real calendars (no 13th month,
 * no 30 February) and real offsets (within ±23:59), which a shape-only regex did not.
 */
export const PublishedSchema = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true, local: true })],
  'published must be a real ISO 8601 date, like 2022-01-11, 2022-01-11T09:30:00 or 2022-01-11T09:30:00+08:00',
)

/** The parts of a valid stored value. `offsetMinutes` is null when no zone was given (a floating time). */
export interface PublishedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  hasTime: boolean
  offsetMinutes: number | null
}

export type PublishedResult = { ok: true; iso: string } | { ok: false; message: string }

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i
const TIME = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?)?`
const ZONE = String.raw`(?:\s*(?:UTC|GMT)?\s*([+-]\d{1,2}(?::?\d{2})?)|\s*(UTC|GMT|Z))?`
const MONTH_FIRST = new RegExp(
  String.raw`^([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}$`,
  'i',
)
const DAY_FIRST = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})${TIME}${ZONE}$`,
  'i',
)

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0')

/**
 * Reads a publication date as people write it — ISO 8601 (a date alone is that day; the zone is optional) or
 * "Jan 11, 2022 01:15 AM +08:00" / "11 January 2022" — into the stored ISO form. Nothing may follow the date:
 * "Jan 11, 2022 and updated since" is refused rather than half read.
 */
export function parsePublished(input: string): PublishedResult {
  const text = input.trim().replace(/\s+/g, ' ')
  if (text === '') return { ok: false, message: 'no publication date given' }
  const iso = toIsoForm(text)
  if (iso === undefined)
    return {
      ok: false,
      message: `"${clip(text)}" is not a date like 2022-01-11, 2022-01-11T09:30 or 2022-01-11T09:30:00+08:00`,
    }
  if (!PublishedSchema.safeParse(iso).success)
    return {
      ok: false,
      message: `"${clip(text)}" is not a real date and time (check the month, day, hour and zone)`,
    }
  return { ok: true, iso }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function toIsoForm(text: string): string | undefined {
  const iso = ISO_LIKE.exec(text)
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso
    const day = `${y}-${mo}-${d}`
    if (h === undefined) return zone === undefined ? day : undefined
    return `${day}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${normalizeZone(zone)}`
  }
  const monthFirst = MONTH_FIRST.exec(text)
  const dayFirst = monthFirst ? null : DAY_FIRST.exec(text)
  const m = monthFirst ?? dayFirst
  if (!m) return undefined
  const [monthName, dayText] = monthFirst ? [m[1], m[2]] : [m[2], m[1]]
  const month = monthNumber(monthName)
  if (month === 0) return undefined
  const day = `${m[3]}-${pad(month)}-${pad(dayText ?? '')}`
  const zone = m[7] ?? (m[8] === undefined ? undefined : 'Z')
  if (m[4] === undefined) return zone === undefined ? day : undefined
  let hour = Number(m[4])
  const ampm = (m[6] ?? '').toLowerCase()
  if (ampm !== '' && (hour < 1 || hour > 12)) return `${day}T99:00:00` // refused by the schema, with its message
  if (ampm === 'p' && hour < 12) hour += 12
  if (ampm === 'a' && hour === 12) hour = 0
  return `${day}T${pad(hour)}:${m[5]}:00${normalizeZone(zone)}`
}

/** "+8" -> "+08:00", "+0530" -> "+05:30", "z" -> "Z", none -> "" (a floating time). */
function normalizeZone(zone: string | undefined): string {
  if (zone === undefined) return ''
  if (zone.toUpperCase() === 'Z') return 'Z'
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)
  if (!m) return zone
  return `${m[1]}${pad(m[2] ?? '')}:${m[3] ?? '00'}`
}

/** The parts of a stored value; undefined when it is not one (never for a value the schema accepted). */
export function publishedParts(iso: string): PublishedParts | undefined {
  if (!PublishedSchema.safeParse(iso).success) return undefined
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(
    iso,
  )
  if (!m) return undefined
  const zone = m[7]
  let offsetMinutes: number | null = null
  if (zone === 'Z') offsetMinutes = 0
  else if (zone !== undefined) {
    const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))
    offsetMinutes = zone.startsWith('-') ? -minutes : minutes
  }
  return {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    hasTime: m[4] !== undefined,
    offsetMinutes,
  }
}

/**
 * The instant a stored value stands for, in ms since the epoch. A floating time or a day alone is read as if
 * written in UTC, so that its calendar day stays the one written (relative dates are resolved on that day).
 */
export function publishedInstant(parts: PublishedParts): number {
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wall - (parts.offsetMinutes ?? 0) * 60_000
}
