import * as assert from 'assert';
import { doc, ec2, fargate, service } from '../support/harness';
import { plainGb, plainVcpu, renderTaskSize, sizeTexts, taskSize, taskSizeSummary } from '../../language-service/features/task-size';
import { familyFileName } from '../../language-service/model/document';

const size = (text: string) => taskSize(service.parse(doc(text)))!;

function twoContainers(cpu: string, memory: string): string {
  const t = JSON.parse(fargate({ cpu, memory }, { cpu: 256, memoryReservation: 256, memory: 512 })) as { containerDefinitions: unknown[] };
  t.containerDefinitions.push({ name: 'sidecar', image: 'busybox:1.36', essential: false, memoryReservation: 128 });
  return JSON.stringify(t, null, 2);
}

describe('task size', () => {
  it('plain units', () => {
    assert.strictEqual(plainVcpu(256), '0.25 vCPU');
    assert.strictEqual(plainVcpu(4096), '4 vCPU');
    assert.strictEqual(plainGb(512), '0.5 GB');
    assert.strictEqual(plainGb(3072), '3 GB');
  });

  it('reports the task size and, per container, what it reserves and what is left', () => {
    const s = size(twoContainers('512', '1024'));
    assert.strictEqual(s.cpu, 512);
    assert.strictEqual(s.memory, 1024);
    assert.deepStrictEqual(s.containers.map((c) => [c.name, c.cpu, c.reservedMemory, c.memory, c.cpuLeft, c.memoryLeft]), [
      ['app', 256, 256, 512, 256, 768],
      ['sidecar', undefined, 128, undefined, 256, 640],
    ]);
    assert.strictEqual(s.memoryLeft, 640);
    const md = renderTaskSize(s, ['en']);
    assert.ok(md.includes('**CPU**: 0.5 vCPU (512 CPU units)'), md);
    assert.ok(md.includes('**Memory**: 1 GB (1024 MiB)'), md);
    assert.ok(md.includes('| `app` | 0.25 vCPU (256 CPU units) | 0.25 GB (256 MiB) | 0.5 GB (512 MiB) | 0.25 vCPU (256 CPU units) | 0.75 GB (768 MiB) |'), md);
    assert.ok(md.includes('| `sidecar` | none | 0.13 GB (128 MiB) | none |'), md);
    assert.ok(md.includes('| **Left for the task** | 0.25 vCPU (256 CPU units) | 0.63 GB (640 MiB) |'), md);
    assert.ok(md.includes('without `cpu`'), 'explains a container with no cpu share');
  });

  it('reads unit strings for the task size', () => {
    const s = size(fargate({ cpu: '1 vCPU', memory: '2 GB' }));
    assert.deepStrictEqual([s.cpu, s.memory], [1024, 2048]);
    assert.ok(taskSizeSummary(s, ['en']).includes('1 vCPU, 2 GB'));
  });

  it('an EC2 task without a task size: the containers share the instance', () => {
    const s = size(ec2());
    assert.strictEqual(s.cpu, undefined);
    const md = renderTaskSize(s, ['en']);
    assert.ok(md.includes('not set: the containers share what the instance has'), md);
    assert.ok(md.includes('| `app` | none | 0.25 GB (256 MiB) | 0.25 GB (256 MiB) | — | — |'), md);
  });

  it('warns when the containers reserve more than the task has, and when the Fargate pair is invalid', () => {
    const over = renderTaskSize(size(fargate({ cpu: '256', memory: '512' }, { memoryReservation: 768 })), ['en']);
    assert.ok(over.includes('⚠ 0.25 GB (256 MiB) over the task size'), over);
    const invalid = renderTaskSize(size(fargate({ cpu: '256', memory: '4096' })), ['en']);
    assert.ok(invalid.includes('not offered by Fargate') && invalid.includes('512, 1024, 2048'), invalid);
  });

  it('is written in the chosen languages, Vietnamese first', () => {
    const md = renderTaskSize(size(twoContainers('512', '1024')), ['vi', 'en']);
    const vi = md.indexOf('Kích thước task: web');
    const en = md.indexOf('Task size: web');
    assert.ok(vi >= 0 && en > vi, md);
    assert.ok(md.includes('Còn lại cho task') && md.includes('Left for the task'));
    assert.ok(!renderTaskSize(size(fargate()), ['vi']).includes('Left for the task'));
    for (const [k, t] of Object.entries(sizeTexts)) assert.ok(t.en.trim() && t.vi.trim(), `sizeTexts.${k} misses a translation`);
  });

  it('is undefined for a document that is not a task definition', () => {
    assert.strictEqual(taskSize(service.parse(doc('{ "name": "x" }', 'file:///work/package.json'))), undefined);
  });
});

describe('the file name of a report (task size, IAM policies): `<family>.task-size.md`', () => {
  const name = (family: unknown): string => familyFileName(service.parse(doc(fargate({ family }))));
  it('the family made safe for a file name, `task-definition` without a usable one', () => {
    assert.strictEqual(name('web'), 'web');
    assert.strictEqual(name('web app/v1.2'), 'web-app-v1.2');
    assert.strictEqual(name('..hidden'), 'hidden');
    assert.strictEqual(name('-.-web'), 'web');
    assert.strictEqual(name('a'.repeat(100)), 'a'.repeat(80));
    for (const family of [undefined, '', '!!!', 5]) assert.strictEqual(name(family), 'task-definition', String(family));
  });
});
