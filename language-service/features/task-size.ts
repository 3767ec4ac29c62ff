/**
 * "Show task size": the task's vCPU and memory in plain units, and per container what it reserves and
 * what is left for the others. Pure: `taskSize` computes, `renderTaskSize` writes Markdown in the
 * chosen languages.
 */
import type { Lang } from '../../common/settings';
import type { Bilingual } from '../field-docs/types';
import { fill, INLINE_SEPARATOR, joinBlocks } from '../i18n/text';
import { isValidFargatePair, memoryOptionsFor } from '../model/cpu-memory';
import { numberValue, type ParsedDocument } from '../model/document';
import { taskFacts } from '../model/task-facts';

export interface ContainerSize {
  name: string;
  /** CPU units reserved by the container (`cpu`), if set. */
  cpu: number | undefined;
  /** Soft limit (`memoryReservation`), if set. */
  memoryReservation: number | undefined;
  /** Hard limit (`memory`), if set. */
  memory: number | undefined;
  /** What the container reserves: the soft limit, else the hard limit. */
  reservedMemory: number | undefined;
  /** Task CPU left after this container and the ones before it (undefined without a task cpu). */
  cpuLeft: number | undefined;
  /** Task memory left after this container and the ones before it. */
  memoryLeft: number | undefined;
}

export interface TaskSize {
  family: string | undefined;
  fargate: boolean;
  windows: boolean;
  /** Task CPU units / MiB, when set. */
  cpu: number | undefined;
  memory: number | undefined;
  /** False when Fargate and the pair is not one Fargate offers. */
  validFargatePair: boolean | undefined;
  containers: ContainerSize[];
  cpuReserved: number;
  memoryReserved: number;
  cpuLeft: number | undefined;
  memoryLeft: number | undefined;
}

export function taskSize(doc: ParsedDocument): TaskSize | undefined {
  const f = taskFacts(doc);
  if (!f) return undefined;
  let cpuUsed = 0;
  let memUsed = 0;
  const containers: ContainerSize[] = f.containers.map((c, i) => {
    const cpu = numberValue(c.get('cpu'));
    const memoryReservation = numberValue(c.get('memoryReservation'));
    const memory = numberValue(c.get('memory'));
    const reservedMemory = memoryReservation ?? memory;
    cpuUsed += cpu ?? 0;
    memUsed += reservedMemory ?? 0;
    return {
      name: c.name ?? `#${i + 1}`,
      cpu,
      memoryReservation,
      memory,
      reservedMemory,
      cpuLeft: f.cpu !== undefined ? f.cpu - cpuUsed : undefined,
      memoryLeft: f.memory !== undefined ? f.memory - memUsed : undefined,
    };
  });
  const family = f.get('family');
  return {
    family: family?.type === 'string' ? (family.value as string) : undefined,
    fargate: f.fargate,
    windows: f.windows,
    cpu: f.cpu,
    memory: f.memory,
    validFargatePair: f.fargate && f.cpu !== undefined && f.memory !== undefined ? isValidFargatePair(f.cpu, f.memory, f.windows) : undefined,
    containers,
    cpuReserved: cpuUsed,
    memoryReserved: memUsed,
    cpuLeft: f.cpu !== undefined ? f.cpu - cpuUsed : undefined,
    memoryLeft: f.memory !== undefined ? f.memory - memUsed : undefined,
  };
}

/** `1024` → `1 vCPU`, `256` → `0.25 vCPU`. */
export function plainVcpu(units: number): string {
  return `${Number((units / 1024).toFixed(3))} vCPU`;
}

/** `512` → `0.5 GB`, `3072` → `3 GB`. */
export function plainGb(mib: number): string {
  return `${Number((mib / 1024).toFixed(2))} GB`;
}

export const sizeTexts = {
  title: { en: 'Task size: {family}', vi: 'Kích thước task: {family}' },
  task: { en: 'Task', vi: 'Task' },
  cpu: { en: 'CPU', vi: 'CPU' },
  memory: { en: 'Memory', vi: 'Memory' },
  cpuValue: { en: '{vcpu} ({units} CPU units)', vi: '{vcpu} ({units} CPU unit)' },
  memoryValue: { en: '{gb} ({mib} MiB)', vi: '{gb} ({mib} MiB)' },
  notSetEc2: { en: 'not set: the containers share what the instance has', vi: 'không đặt: các container dùng chung tài nguyên của instance' },
  notSetFargate: { en: 'not set (Fargate requires it)', vi: 'không đặt (Fargate bắt buộc phải có)' },
  invalidPair: { en: 'This cpu/memory pair is not offered by Fargate. With {vcpu}, memory can be: {values} MiB.', vi: 'Fargate không có cặp cpu/memory này. Với {vcpu}, memory có thể là: {values} MiB.' },
  containers: { en: 'Containers', vi: 'Container' },
  colContainer: { en: 'Container', vi: 'Container' },
  colCpu: { en: 'CPU reserved', vi: 'CPU đặt trước' },
  colMemory: { en: 'Memory reserved', vi: 'Memory đặt trước' },
  colLimit: { en: 'Memory hard limit', vi: 'Giới hạn cứng memory' },
  colCpuLeft: { en: 'CPU left after it', vi: 'CPU còn lại sau nó' },
  colMemoryLeft: { en: 'Memory left after it', vi: 'Memory còn lại sau nó' },
  none: { en: 'none', vi: 'không' },
  total: { en: 'Total reserved', vi: 'Tổng đặt trước' },
  left: { en: 'Left for the task', vi: 'Còn lại cho task' },
  overCommitted: { en: '{amount} over the task size', vi: 'vượt kích thước task {amount}' },
  noCpuNote: {
    en: 'A container without `cpu` gets no reserved share: it competes for the CPU left over.',
    vi: 'Container không khai báo `cpu` thì không có phần đặt trước: nó dùng chung phần CPU còn dư.',
  },
  softNote: {
    en: 'Reserved memory is `memoryReservation` (soft limit) when set, otherwise `memory` (hard limit). A container may use more than its reservation while the task has memory free, but never more than its hard limit.',
    vi: 'Memory đặt trước là `memoryReservation` (giới hạn mềm) nếu có, ngược lại là `memory` (giới hạn cứng). Container có thể dùng nhiều hơn phần đặt trước khi task còn memory trống, nhưng không bao giờ vượt giới hạn cứng.',
  },
  summary: { en: '{family}: {cpu}, {memory}; reserved by containers: {cpuReserved} CPU units, {memoryReserved} MiB', vi: '{family}: {cpu}, {memory}; container đã đặt trước: {cpuReserved} CPU unit, {memoryReserved} MiB' },
} satisfies Record<string, Bilingual>;

function left(amount: number | undefined, format: (n: number) => string, lang: Lang): string {
  if (amount === undefined) return '—';
  if (amount < 0) return `⚠ ${fill(sizeTexts.overCommitted[lang], { amount: format(-amount) })}`;
  return format(amount);
}

/** The report as Markdown, one section per chosen language (Vietnamese first). */
export function renderTaskSize(size: TaskSize, langs: readonly Lang[]): string {
  const blocks: string[] = [];
  for (const l of langs) {
    const cpuText = (n: number): string => fill(sizeTexts.cpuValue[l], { vcpu: plainVcpu(n), units: n });
    const memText = (n: number): string => fill(sizeTexts.memoryValue[l], { gb: plainGb(n), mib: n });
    const notSet = size.fargate ? sizeTexts.notSetFargate[l] : sizeTexts.notSetEc2[l];
    const lines: string[] = [];
    lines.push(`## ${fill(sizeTexts.title[l], { family: size.family ?? 'task-definition' })}`, '');
    lines.push(`- **${sizeTexts.cpu[l]}**: ${size.cpu !== undefined ? cpuText(size.cpu) : notSet}`);
    lines.push(`- **${sizeTexts.memory[l]}**: ${size.memory !== undefined ? memText(size.memory) : notSet}`);
    if (size.validFargatePair === false && size.cpu !== undefined) {
      const options = memoryOptionsFor(size.cpu, size.windows);
      if (options.length) lines.push('', `⚠ ${fill(sizeTexts.invalidPair[l], { vcpu: plainVcpu(size.cpu), values: options.join(', ') })}`);
    }
    lines.push('', `### ${sizeTexts.containers[l]}`, '');
    lines.push(`| ${sizeTexts.colContainer[l]} | ${sizeTexts.colCpu[l]} | ${sizeTexts.colMemory[l]} | ${sizeTexts.colLimit[l]} | ${sizeTexts.colCpuLeft[l]} | ${sizeTexts.colMemoryLeft[l]} |`);
    lines.push('|---|---|---|---|---|---|');
    for (const c of size.containers) {
      lines.push(
        `| \`${c.name}\` | ${c.cpu !== undefined ? cpuText(c.cpu) : sizeTexts.none[l]} | ${c.reservedMemory !== undefined ? memText(c.reservedMemory) : sizeTexts.none[l]} | ${c.memory !== undefined ? memText(c.memory) : sizeTexts.none[l]} | ${left(c.cpuLeft, cpuText, l)} | ${left(c.memoryLeft, memText, l)} |`,
      );
    }
    lines.push(`| **${sizeTexts.total[l]}** | ${cpuText(size.cpuReserved)} | ${memText(size.memoryReserved)} | | | |`);
    lines.push(`| **${sizeTexts.left[l]}** | ${left(size.cpuLeft, cpuText, l)} | ${left(size.memoryLeft, memText, l)} | | | |`);
    lines.push('');
    if (size.containers.some((c) => c.cpu === undefined)) lines.push(`- ${sizeTexts.noCpuNote[l]}`);
    lines.push(`- ${sizeTexts.softNote[l]}`);
    blocks.push(lines.join('\n'));
  }
  return joinBlocks(langs, (_, i) => blocks[i]);
}

/** One line for a notification. */
export function taskSizeSummary(size: TaskSize, langs: readonly Lang[]): string {
  return langs
    .map((l) => {
      const notSet = size.fargate ? sizeTexts.notSetFargate[l] : sizeTexts.notSetEc2[l];
      return fill(sizeTexts.summary[l], {
        family: size.family ?? 'task-definition',
        cpu: size.cpu !== undefined ? plainVcpu(size.cpu) : `${sizeTexts.cpu[l]} ${notSet}`,
        memory: size.memory !== undefined ? plainGb(size.memory) : `${sizeTexts.memory[l]} ${notSet}`,
        cpuReserved: size.cpuReserved,
        memoryReserved: size.memoryReserved,
      });
    })
    .join(INLINE_SEPARATOR);
}
