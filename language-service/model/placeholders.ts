/**
 * Template placeholders seen in real task definitions: `${VAR}`, `$VAR`, `{{ ... }}`, `<VAR>`,
 * `{your-id}`, `$$$VAR$$$`, `XXXXXXXXXXXX`, `ACCOUNT_ID`, `aws_account_id`, `CHANGEME_...`, `#{Var}`, `%VAR%`.
 * A value holding one is a template, not a mistake: format checks skip it.
 */
const PATTERNS: RegExp[] = [
  /\$\{[^}]*\}/, // ${VAR}
  /\$\$\$[A-Za-z0-9_]+\$\$\$/, // $$$VAR$$$
  /\$[A-Za-z_][A-Za-z0-9_]*/, // $VAR
  /\{\{[^}]*\}\}/, // {{ var }}
  /<[A-Za-z][^<>]*>/, // <VAR>, <your account id>
  /\{[A-Za-z][A-Za-z0-9 _.-]*\}/, // {your-account-id}
  /#\{[^}]*\}/, // #{Octopus}
  /%[A-Za-z_][A-Za-z0-9_]*%/, // %VAR%
  /X{4,}/, // XXXXXXXXXXXX
  /\b(?:ACCOUNT_?ID|AWS_ACCOUNT_ID|aws_account_id|account_id|REGION_NAME|YOUR_[A-Z_]+|your[-_][a-z_-]+)\b/,
  /CHANGE_?ME/i,
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // FILESYSTEM_ID, IMAGE_URI: a whole value in constant case
  /\b(?:REPLACE|TODO|FIXME)(?:_[A-Z0-9_]+)?\b/,
];

export function isPlaceholder(value: string): boolean {
  for (const re of PATTERNS) if (re.test(value)) return true;
  return false;
}

/** The placeholder text inside a value, for the hint message. */
export function placeholderIn(value: string): string | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(value);
    if (m) return m[0];
  }
  return undefined;
}
