import * as assert from 'assert';
import picomatch from 'picomatch';
import { CONTAINER_DEFINITIONS_GLOBS, matchesContainerDefinitionsName, matchesServiceDefinitionName, matchesTaskDefinitionName, SERVICE_DEFINITION_GLOBS, TASK_DEFINITION_GLOBS } from '../../common/file-patterns';
import { codes, labels } from '../support/harness';

describe('file names that mark a task or service definition', () => {
  it('task-def as a word: claimed; task-defaults.json and similar: not', () => {
    for (const name of ['task-definition.json', 'taskdef.json', 'web-task-def.json', 'task-def.json', 'task-def-prod.json', 'web_task-def_v2.json', 'task-def.prod.jsonc', 'task-definition-prod.json', 'api.taskdef.json', 'ecs-task-def.json']) {
      assert.ok(matchesTaskDefinitionName(`file:///p/${name}`), name);
    }
    for (const name of ['task-defaults.json', 'my-task-defaults.json', 'task-default.json', 'subtask-deferred.json', 'package.json']) {
      assert.ok(!matchesTaskDefinitionName(`file:///p/${name}`), name);
    }
    assert.ok(matchesServiceDefinitionName('file:///p/web-service-def.json') && matchesServiceDefinitionName('file:///p/service-definition-prod.json'));
    assert.ok(!matchesServiceDefinitionName('file:///p/service-defaults.json'));
  });

  it('task-defaults.json with its own settings gets no diagnostics and no completions', () => {
    const uri = 'file:///p/task-defaults.json';
    const text = '{"retries": 3, "timeoutSeconds": 30, "queue": "default"}';
    assert.deepStrictEqual(codes(text, { uri }), []);
    assert.deepStrictEqual(labels('{"retries": 3, |}', { uri }), []);
  });
});

describe('file-name patterns: the same answers as picomatch (the built-in ones are matched without it)', () => {
  // The reference: picomatch with the options the matchers use.
  const made = new Map<string, (p: string) => boolean>();
  const reference = (globs: string[], path: string): boolean => {
    const key = globs.join('\n');
    let m = made.get(key);
    if (!m) made.set(key, (m = picomatch(globs, { dot: true, nocase: true })));
    return m(path);
  };
  const jsonc = (globs: string[]): string[] => [...globs, ...globs.map((g) => g.replace(/\.json$/, '.jsonc'))];
  const dirs = ['/', '/a/b/', '/.github/', '/a/./', '/a/../', '/task-definition.json/', '/My Project/'];
  const prefixes = ['', 'web-', '.', 'a.', 'sub'];
  const stems = ['task-definition', 'TASK-DEFINITION', 'taskdef', 'task-def', 'task-defaults', 'task-default', 'service-definition', 'service-def', 'service-defaults', 'ecs-service', 'ecs-task-def', 'container-definitions', 'container_definitions', 'containers'];
  const suffixes = ['', '-prod', '_v2', '.prod', 'x', '-'];
  const extensions = ['.json', '.jsonc', '.JSON', '.json.tpl', '.json.tftpl', '.tpl.json', '.tpl', '.jsonx', ''];
  const paths: string[] = [];
  for (const d of dirs) for (const p of prefixes) for (const s of stems) for (const x of suffixes) for (const e of extensions) paths.push(`${d}${p}${s}${x}${e}`);

  it(`task and service definition names, ${paths.length} paths`, () => {
    for (const path of paths) {
      assert.strictEqual(matchesTaskDefinitionName(`file://${encodeURI(path)}`), reference(jsonc(TASK_DEFINITION_GLOBS), path), `task: ${path}`);
      assert.strictEqual(matchesServiceDefinitionName(`file://${encodeURI(path)}`), reference(jsonc(SERVICE_DEFINITION_GLOBS), path), `service: ${path}`);
    }
  });

  it('container-definitions names', () => {
    for (const path of paths) assert.strictEqual(matchesContainerDefinitionsName(`file://${encodeURI(path)}`), reference(jsonc(CONTAINER_DEFINITIONS_GLOBS), path), path);
  });

  it("the user's own patterns (filePatterns), simple or not", () => {
    const userPatterns = [['*.ecs.json'], ['[abc]*.json'], ['[a-z]ask-*.json'], ['deploy/*.json'], ['/p/**/x*.json'], ['**/{web,api}.json'], ['task?.json'], ['[!a]*.json'], ['[[:alpha:]]*.json']];
    const names = ['/p/web.ecs.json', '/p/a.json', '/p/bx.json', '/p/Task-1.json', '/deploy/web.json', '/p/q/x1.json', '/web.json', '/api.json', '/task1.json', '/p/c.json', '/p/1.json', '/p/.ecs.json'];
    for (const globs of userPatterns) {
      const full = globs.map((g) => (g.startsWith('/') || g.startsWith('**') ? g : '**/' + g));
      for (const path of [...names, ...paths.slice(0, 400)]) {
        const builtIn = reference(jsonc(TASK_DEFINITION_GLOBS), path);
        assert.strictEqual(matchesTaskDefinitionName(`file://${encodeURI(path)}`, globs), builtIn || reference(full, path), `${globs.join(',')}: ${path}`);
      }
    }
  });
});
