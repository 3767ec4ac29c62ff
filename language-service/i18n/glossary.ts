/**
 * The Vietnamese style of the project: one term per concept and one tone-mark orthography, chosen
 * once, with the reason for each choice. Every Vietnamese text (field docs, enum docs, rule messages
 * and fix titles, snippets, UI strings, IAM notes, the Learn page, CLI strings, package.nls.vi.json,
 * the VS Code client's texts) follows it: `test/unit/vietnamese.test.ts` runs `styleViolations` over all of them.
 *
 * General principle: keep the AWS/Docker term a Vietnamese developer types and reads in the console
 * (task definition, container, host, traffic, health check, memory...), put Vietnamese grammar around
 * it (modifier after the noun: "task Fargate", "container Windows"), and explain the term once where
 * a learner meets it. Where two Vietnamese renderings were in use, the one that matches the field
 * names and the console wins.
 */

export interface TermChoice {
  /** The concept, in English. */
  concept: string;
  /** The form we write. */
  use: string;
  /** Forms we do not write (matched case-insensitively on word boundaries). */
  avoid: string[];
  /** Why this form. */
  reason: string;
}

export const GLOSSARY: readonly TermChoice[] = [
  {
    concept: 'host (the machine that runs the containers)',
    use: 'host',
    avoid: ['máy chủ', 'máy host'],
    reason: '"máy chủ" reads as "server" and is misleading on Fargate, where there is no server of yours; "host" is the word of `hostPort`, `pidMode: host` and Docker.',
  },
  {
    concept: 'process',
    use: 'process',
    avoid: ['tiến trình'],
    reason: 'Matches `initProcessEnabled`, "PID" and what `ps` prints; the field docs already used it.',
  },
  {
    concept: 'network traffic',
    use: 'traffic',
    avoid: ['lưu lượng'],
    reason: 'Developers and the console say "traffic" (about 50 uses already); "lưu lượng" is also the word for throughput/bandwidth.',
  },
  {
    concept: 'healthy / unhealthy (health-check status)',
    use: 'healthy / unhealthy',
    avoid: ['khỏe', 'khoẻ', 'không khỏe'],
    reason: 'These are the literal statuses ECS and the load balancer show (`HEALTHY`, `UNHEALTHY`, condition `HEALTHY` of `dependsOn`).',
  },
  {
    concept: 'configured at launch (`configuredAtLaunch`)',
    use: 'cấu hình lúc launch (khởi chạy)',
    avoid: ['cấu hình lúc chạy'],
    reason: '"lúc chạy" suggests run time; the value is given once, when the service or `run-task` launches the task.',
  },
  {
    concept: 'non-essential container',
    use: 'container không essential',
    avoid: ['non-essential'],
    reason: 'Says `essential: false` with the field name the user writes, in Vietnamese grammar; "non-essential" is English prose.',
  },
  {
    concept: 'Windows container',
    use: 'container Windows',
    avoid: ['Windows container', 'Windows containers'],
    reason: 'Vietnamese puts the modifier after the noun, as in "task Fargate", "image ECR".',
  },
  {
    concept: 'memory',
    use: 'memory',
    avoid: ['bộ nhớ'],
    reason: 'Matches the fields `memory`, `memoryReservation`, `sharedMemorySize` the user writes next to the text.',
  },
  {
    concept: 'transit encryption',
    use: 'mã hóa khi truyền (transit encryption)',
    avoid: ['mã hóa traffic NFS', 'mã hóa đường truyền'],
    reason: 'One Vietnamese phrase with the field name `transitEncryption` beside it, the same in hovers and rules.',
  },
  {
    concept: 'placement of tasks on instances',
    use: 'đặt task (placement)',
    avoid: ['xếp chỗ', 'xếp task'],
    reason: 'Matches `placementConstraints` / `placementStrategy`; "xếp chỗ" is seating people.',
  },
  {
    concept: 'ratio',
    use: 'tỷ lệ',
    avoid: ['tỉ lệ'],
    reason: 'Both spellings are correct; one is enough, and "tỷ lệ" was already the form of the rules.',
  },
  {
    concept: 'grace period',
    use: 'thời gian chờ (grace period)',
    avoid: ['ân hạn'],
    reason: '"ân hạn" is the banking term for a loan grace period; developers say "grace period" (`healthCheckGracePeriodSeconds`).',
  },
  {
    concept: 'read-only',
    use: 'chỉ đọc (read-only)',
    avoid: ['chỉ-đọc'],
    reason: 'Vietnamese does not hyphenate compounds.',
  },
  {
    concept: 'code completion',
    use: 'gợi ý code (completion)',
    avoid: ['gợi ý hoàn thành'],
    reason: '"hoàn thành" means "finish"; the feature suggests code.',
  },
];

export interface Orthography {
  rule: string;
  reason: string;
  /** Matches a syllable written with the other (older) tone-mark placement. */
  oldStyle: RegExp;
}

/**
 * Tone marks in open syllables with `oa`, `oe`, `uy`: the mark goes on the first vowel ("hóa", "xóa",
 * "tùy", "khóa", "thỏa", "khỏe"), not on the second ("hoá", "xoá", "tuỳ"). In closed syllables both
 * styles put it on the second vowel ("hoàn", "toán", "thuyết"), and `qu` + `y` is not a `uy` pair ("quý").
 */
export const ORTHOGRAPHY: Orthography = {
  rule: 'Tone mark on the first vowel of open "oa", "oe", "uy" (hóa, xóa, tùy, khóa, thỏa, khỏe, thủy).',
  reason: 'Both placements are accepted in Vietnam; the field docs, the larger body, already used this one, so a hover and a diagnostic shown together now agree.',
  oldStyle: /(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu,
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const AVOID: Array<{ choice: TermChoice; re: RegExp }> = GLOSSARY.flatMap((choice) =>
  choice.avoid.map((a) => ({ choice, re: new RegExp(`(?<![\\p{L}\\p{M}-])${escape(a)}(?![\\p{L}\\p{M}-])`, 'iu') })),
);

/** What a Vietnamese text does against the glossary and the orthography (empty when it follows both). */
export function styleViolations(vi: string): string[] {
  const out: string[] = [];
  const text = vi.normalize('NFC');
  for (const { choice, re } of AVOID) {
    const m = re.exec(text);
    if (m) out.push(`"${m[0]}": write "${choice.use}" (${choice.concept})`);
  }
  for (const m of text.matchAll(ORTHOGRAPHY.oldStyle)) {
    const start = text.lastIndexOf(' ', m.index) + 1;
    const word = text.slice(start, m.index + m[0].length);
    out.push(`"${word}": ${ORTHOGRAPHY.rule}`);
  }
  return out;
}
