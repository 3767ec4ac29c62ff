/**
 * The `ecsTaskDefinition.serviceTaskDefinition` setting names the task definition a service is
 * checked against, relative to the service file, whatever the URI scheme: `file:` on the desktop,
 * `vscode-vfs:` on github.dev (the web extension).
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EcsLanguageService } from '../../language-service';
import { fargate, settings } from '../support/harness';

function service(containerName: string): string {
  return JSON.stringify({
    serviceName: 'web',
    cluster: 'prod',
    taskDefinition: 'web',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] } },
    loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef', containerName, containerPort: 80 }],
  }, null, 2);
}

/** Two task definitions of the same family; only the one the setting names has a container `api`. */
function check(root: string, setting: string): string[] {
  const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
  const serviceUri = `${root}/deploy/prod/service-definition.json`;
  ls.index.set(`${root}/deploy/shared/task-definition.json`, fargate({}, { name: 'api', portMappings: [{ containerPort: 80 }] }));
  ls.index.set(`${root}/other/task-definition.json`, fargate({}, { name: 'app', portMappings: [{ containerPort: 80 }] }));
  const text = service('api');
  ls.index.set(serviceUri, text);
  const d = TextDocument.create(serviceUri, 'json', 1, text);
  return ls.diagnostics(d, settings({ serviceTaskDefinition: setting }), ['en']).map((x) => String(x.code)).filter((c) => c === 'ECS708');
}

describe('serviceTaskDefinition setting', () => {
  for (const root of ['file:///home/me/repo', 'vscode-vfs://github/owner/repo']) {
    it(`a relative path picks the named file (${root.split(':')[0]})`, () => {
      assert.deepStrictEqual(check(root, '../shared/task-definition.json'), []);
      assert.deepStrictEqual(check(root, '../../other/task-definition.json'), ['ECS708']);
    });
  }

  it('an absolute path is a path inside the service\'s scheme and authority', () => {
    assert.deepStrictEqual(check('vscode-vfs://github/owner/repo', '/owner/repo/deploy/shared/task-definition.json'), []);
    assert.deepStrictEqual(check('vscode-vfs://github/owner/repo', '/owner/repo/other/task-definition.json'), ['ECS708']);
  });
});
