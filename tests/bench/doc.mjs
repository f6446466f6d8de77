// Writes a benchmark's table between its markers in docs/PERFORMANCE.md
// (`<!-- TAG:START -->` … `<!-- TAG:END -->`), replacing what the last run wrote there.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const doc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/PERFORMANCE.md');

/** Returns false (and writes nothing) when the page lacks the markers. */
export function writeSection(tag, table) {
  const text = readFileSync(doc, 'utf8');
  const start = `<!-- ${tag}:START -->`;
  const end = `<!-- ${tag}:END -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < 0) {
    console.log(`(no ${start} … ${end} markers in docs/PERFORMANCE.md: not written)`);
    return false;
  }
  writeFileSync(doc, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
  console.log('written to docs/PERFORMANCE.md');
  return true;
}
