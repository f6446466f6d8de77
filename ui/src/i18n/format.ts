// Dates and numbers shown in the current UI language. Stored timestamps are
// RFC 3339 with offset ("2026-11-27T16:40:00+08:00"); dates are "YYYY-MM-DD".
import type { Language } from "../api/bindings";
import { currentLanguage } from "./index";

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDate(value: string): Date | null {
  // A bare date must stay that calendar day: `new Date("2026-11-27")` would be
  // read as UTC midnight and could show the previous day.
  const m = DATE_ONLY.exec(value);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDate(value: string): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), { year: "numeric", month: "long", day: "numeric" }).format(date);
}

/** "11月26日" / "November 26": the year is clear from the page around it. */
export function formatMonthDay(value: string): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), { month: "long", day: "numeric" }).format(date);
}

/** "2026年11月" / "November 2026", from "YYYY-MM". */
export function formatMonth(value: string): string {
  const date = toDate(`${value}-01`);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), { year: "numeric", month: "long" }).format(date);
}

// Chinese reads one character (一 … 日); English needs three letters to tell Tue from Thu.
const WEEKDAY_SHORT: Record<Language, "narrow" | "short"> = { "zh-CN": "narrow", "en-US": "short" };

/**
 * An ISO weekday (1 = Monday … 7 = Sunday) by name. "short" is 一 / Mon, "medium" 周一 / Mon,
 * "long" 星期一 / Monday.
 */
export function formatWeekday(isoDay: number, width: "short" | "medium" | "long" = "short"): string {
  const language = currentLanguage();
  const weekday = width === "long" ? "long" : width === "medium" ? "short" : WEEKDAY_SHORT[language];
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday }).format(new Date(2024, 0, isoDay));
}

export function formatDateTime(value: string): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

const UNITS = ["B", "KB", "MB", "GB"];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/**
 * Always in MB, one decimal ("2.4 MB"), so a list of backups compares at a glance; a file
 * under 0.1 MB reads "< 0.1 MB" rather than a misleading 0.
 */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const format = new Intl.NumberFormat(currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (bytes > 0 && mb < 0.1) return `< ${format.format(0.1)} MB`;
  return `${format.format(mb)} MB`;
}

/** "11月27日 08:10" / "November 27 at 08:10": for short lists on a page about the days around now. */
export function formatMonthDayTime(value: string): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), {
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

/** "08:10": the time of day of a stored timestamp, for lists that are all about one day. */
export function formatTime(value: string): string {
  const date = toDate(value);
  if (!date) return value;
  return new Intl.DateTimeFormat(currentLanguage(), { hour: "2-digit", minute: "2-digit", hour12: false }).format(date);
}
