import * as assert from 'assert';
import { matchesServiceDefinitionName, matchesTaskDefinitionName } from '../../common/file-patterns';
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
