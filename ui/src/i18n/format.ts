// Dates and numbers shown in the current UI language. Stored timestamps are
// RFC 3339 with offset ("2026-11-27T16:40:00+08:00"); dates are "YYYY-MM-DD".
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
