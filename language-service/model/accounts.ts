/** Account ids and partition found in a document (ARNs, ECR image hosts), to reuse in templates and fixes. */
const ACCOUNT_IN_ARN = /arn:aws(?:-[a-z-]+)?:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;
const ACCOUNT_IN_ECR = /(\d{12})\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/g;

/**
 * The last few texts searched and their results: completion and hover ask again for the same
 * document version, and a regular expression over a 1 MB text costs milliseconds.
 */
function memo<T>(fn: (text: string) => T, size = 4): (text: string) => T {
  const keys: string[] = [];
  const values: T[] = [];
  return (text) => {
    for (let i = 0; i < keys.length; i++) if (keys[i] === text) return values[i];
    const v = fn(text);
    keys.unshift(text);
    values.unshift(v);
    if (keys.length > size) {
      keys.pop();
      values.pop();
    }
    return v;
  };
}

const accountIdsOf = memo(searchAccountIds);

/** Account ids, most frequent first. */
export function findAccountIds(text: string): string[] {
  return accountIdsOf(text).slice();
}

function searchAccountIds(text: string): string[] {
  const counts = new Map<string, number>();
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  for (const re of [ACCOUNT_IN_ARN, ACCOUNT_IN_ECR]) {
    re.lastIndex = 0;
    for (let m = re.exec(sample); m; m = re.exec(sample)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([a]) => a);
}

export function findPartition(text: string): string {
  const m = /arn:(aws(?:-cn|-us-gov|-iso(?:-[a-z])?)?):/.exec(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
  return m ? m[1] : 'aws';
}

/** Region from an ECR host, an ARN or an awslogs-region option. */
export function findRegion(text: string): string | undefined {
  const m = /\b((?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov)-[a-z]+-\d)\b/.exec(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
  return m ? m[1] : undefined;
}
