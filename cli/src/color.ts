/** ANSI colours, only when the output is a terminal (never in CI logs or pipes) unless forced. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  gray(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

/** `--color`/`--no-color` win; then FORCE_COLOR and NO_COLOR; then a terminal outside CI gets colours. */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

const wrap = (open: number, close: number) => (s: string): string => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string): string => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { red: plain, yellow: plain, blue: plain, gray: plain, green: plain, bold: plain, underline: plain };
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), gray: wrap(90, 39), green: wrap(32, 39), bold: wrap(1, 22), underline: wrap(4, 24) };
}
