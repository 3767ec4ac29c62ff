// Shrinks the README screenshots (docs/images/*.png, or the files given) to 256-colour palette PNGs,
// so the .vsix that carries them stays small. Screenshots of an editor have few colours: the
// result looks the same. Run by the real-editor suites when they update the images.
// Usage: node scripts/optimize-images.mjs [files...]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import UPNG from 'upng-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = () => process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(path.join(root, 'docs', 'images')).filter((f) => f.endsWith('.png')).map((f) => path.join(root, 'docs', 'images', f));

export function optimize(file) {
  const before = fs.readFileSync(file);
  const img = UPNG.decode(before);
  const rgba = UPNG.toRGBA8(img)[0];
  const after = Buffer.from(UPNG.encode([rgba], img.width, img.height, 256));
  if (after.length < before.length) fs.writeFileSync(file, after);
  return { before: before.length, after: Math.min(after.length, before.length) };
}

// Run as a script (not when imported by a runner).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) for (const f of files()) {
  const r = optimize(f);
  console.log(`${path.relative(root, f)}: ${(r.before / 1024).toFixed(0)} KB → ${(r.after / 1024).toFixed(0)} KB`);
}
