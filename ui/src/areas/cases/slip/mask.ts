// The printed slip leaves the office, so it always shows the reporter masked, even if the
// core one day sends the full contact to someone allowed to see it. Masking twice changes nothing.

/** 张三丰 → 张**. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length === 0 ? "" : `${chars[0]}**`;
}

/** 13812345678 → 138****5678; a short number keeps only its last two digits. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length === 0) return "";
  if (p.length >= 8) return `${p.slice(0, 3)}****${p.slice(-4)}`;
  return `****${p.slice(-2)}`;
}
