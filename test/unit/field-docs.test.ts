import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { allEnumDocs, allFieldDocs, enumDoc, fieldDoc, sectionOf } from '../../language-service/field-docs';
import { containerEnumDocsA, containerFieldDocsA } from '../../language-service/field-docs/container-definition-a';
import { containerEnumDocsB, containerFieldDocsB } from '../../language-service/field-docs/container-definition-b';
import { serviceEnumDocs, serviceFieldDocs } from '../../language-service/field-docs/service-definition';
import { taskEnumDocs, taskFieldDocs } from '../../language-service/field-docs/task-definition';
import { serviceSchema, taskSchema } from '../../language-service/schema';
import type { SchemaNode } from '../../language-service/schema/schema-types';

const VI_DIACRITICS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Every node of the schema with its doc key. */
function schemaNodes(root: SchemaNode = taskSchema): Array<[string, SchemaNode]> {
  const out: Array<[string, SchemaNode]> = [];
  const walk = (s: SchemaNode): void => {
    if (s['x-doc-key']) out.push([s['x-doc-key'], s]);
    for (const c of Object.values(s.properties ?? {})) walk(c);
    if (s.items) walk(s.items);
    if (s.propertyNames) walk(s.propertyNames);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties);
  };
  walk(root);
  return out;
}

describe('bilingual field docs', () => {
  const docs = allFieldDocs();
  const enums = allEnumDocs();

  it('every schema path has docs in Vietnamese and English', () => {
    const missing: string[] = [];
    for (const [key] of schemaNodes()) {
      const d = docs[key];
      if (!d || !d.summary.en.trim() || !d.summary.vi.trim()) missing.push(key);
    }
    assert.deepStrictEqual(missing, []);
  });

  it('every enum value has docs in both languages', () => {
    const missing: string[] = [];
    for (const [key, s] of schemaNodes()) {
      for (const v of s.enum ?? []) {
        const d = enums[key]?.[String(v)];
        if (!d || !d.en.trim() || !d.vi.trim()) missing.push(`${key}=${String(v)}`);
      }
    }
    assert.deepStrictEqual(missing, []);
  });

  it('every optional part (default, limits, concept, note) is in both languages too', () => {
    const missing: string[] = [];
    for (const [key, d] of Object.entries(docs)) {
      for (const part of ['default', 'limits', 'concept', 'launchTypeNote'] as const) {
        const b = d[part];
        if (b && (!b.en.trim() || !b.vi.trim())) missing.push(`${key}.${part}`);
      }
      if (!/^https:\/\/docs\.aws\.amazon\.com\//.test(d.link)) missing.push(`${key}.link`);
    }
    assert.deepStrictEqual(missing, []);
  });

  it('the Vietnamese text is Vietnamese (has diacritics) and differs from the English', () => {
    const suspicious = Object.entries(docs).filter(([, d]) => !VI_DIACRITICS.test(d.summary.vi) || d.summary.vi === d.summary.en).map(([k]) => k);
    assert.deepStrictEqual(suspicious, []);
  });

  it('every service definition path and enum value has docs in both languages', () => {
    const sdocs = allFieldDocs('service');
    const senums = allEnumDocs('service');
    const nodes = schemaNodes(serviceSchema());
    assert.ok(nodes.length >= 150);
    const missing: string[] = [];
    for (const [key, s] of nodes) {
      const d = sdocs[key];
      if (!d || !d.summary.en.trim() || !d.summary.vi.trim() || !VI_DIACRITICS.test(d.summary.vi)) missing.push(key);
      for (const v of s.enum ?? []) {
        const e = senums[key]?.[String(v)];
        if (!e || !e.en.trim() || !e.vi.trim()) missing.push(`${key}=${String(v)}`);
      }
    }
    assert.deepStrictEqual(missing, []);
    assert.ok(sdocs.loadBalancers?.concept, 'loadBalancers explains ALB, NLB and CLB');
  });

  it('key fields explain their concept for learners', () => {
    for (const key of ['executionRoleArn', 'taskRoleArn', 'requiresCompatibilities', 'networkMode', 'cpu', 'memory', 'containerDefinitions[].portMappings', 'volumes', 'volumes[].efsVolumeConfiguration', 'containerDefinitions[].logConfiguration', 'containerDefinitions[].secrets', 'containerDefinitions[].dependsOn', 'containerDefinitions[].healthCheck']) {
      assert.ok(docs[key]?.concept, `${key} has a concept`);
    }
  });

  it('covers every path of the register-task-definition field list (when ../shared is present)', function () {
    const file = path.resolve(__dirname, '../../../../shared/reference/register-task-definition.fields.txt');
    if (!fs.existsSync(file)) {
      console.log(`      (skipped: ${file} not found)`);
      this.skip();
    }
    const paths = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/<.*$/, ''));
    assert.strictEqual(paths.length, 206);
    const keys = new Set(schemaNodes().map(([k]) => k));
    assert.deepStrictEqual(paths.filter((p) => !keys.has(p)), []);
  });

  describe('loaded lazily, one file at a time', () => {
    it('each key is looked up in the file that documents it', () => {
      const files = [
        ['task', taskFieldDocs, taskEnumDocs, 'task'],
        ['containerA', containerFieldDocsA, containerEnumDocsA, 'task'],
        ['containerB', containerFieldDocsB, containerEnumDocsB, 'task'],
        ['service', serviceFieldDocs, serviceEnumDocs, 'service'],
      ] as const;
      let n = 0;
      for (const [section, fields, enums, kind] of files) {
        for (const key of Object.keys(fields)) {
          assert.strictEqual(sectionOf(key, kind), section, key);
          assert.strictEqual(fieldDoc(key, kind), fields[key], key);
          n++;
        }
        for (const [key, values] of Object.entries(enums)) {
          assert.strictEqual(sectionOf(key, kind), section, key);
          for (const v of Object.keys(values)) assert.strictEqual(enumDoc(key, v, kind), values[v], `${key}=${v}`);
        }
      }
      assert.ok(n > 200, `${n} keys`);
      assert.strictEqual(fieldDoc('containerDefinitions[].noSuchField'), undefined);
      assert.strictEqual(fieldDoc('noSuchField'), undefined);
    });

    it('a hover on a task-level field loads only the task-level file; a container field loads its half', () => {
      // A fresh process: the other tests of this run have loaded every file already.
      const script = `
        const { EcsLanguageService, textDocument } = require(${JSON.stringify(path.resolve(__dirname, '../../language-service'))});
        const { loadedSections } = require(${JSON.stringify(path.resolve(__dirname, '../../language-service/field-docs'))});
        const s = new EcsLanguageService();
        const text = '{"family": "a", "cpu": "256", "containerDefinitions": [{"name": "app", "image": "x", "healthCheck": {"command": ["CMD", "true"]}}]}';
        const d = textDocument('file:///w/task-definition.json', text);
        const out = [loadedSections().join(',')];
        s.diagnostics(d, { docsLanguage: 'en', filePatterns: [], rules: {}, serviceTaskDefinition: '' }, ['en']);
        out.push(loadedSections().join(','));
        for (const key of ['"cpu"', '"image"', '"healthCheck"']) {
          const h = s.hover(d, d.positionAt(text.indexOf(key) + 2), undefined, ['en']);
          if (!h) throw new Error('no hover on ' + key);
          out.push(loadedSections().join(','));
        }
        console.log(JSON.stringify(out));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.deepStrictEqual(JSON.parse(r.stdout) as string[], ['', '', 'task', 'task,containerA', 'task,containerA,containerB']);
    });
  });
});
