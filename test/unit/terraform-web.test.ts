/**
 * A container-definitions array where `.tf` files cannot be read at all (the web build): ECS113 says
 * that this editor does not read Terraform, instead of claiming no `aws_ecs_task_definition` reads it.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EcsLanguageService } from '../../language-service';
import { allRules } from '../../language-service/rules';
import { settings } from '../support/harness';

const ARRAY = JSON.stringify([{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }], null, 2);
const rule = allRules.find((r) => r.code === 'ECS113')!;

function ecs113(readable: boolean, launchType: '' | 'FARGATE' = '', lang: 'en' | 'vi' = 'en'): string[] {
  const ls = new EcsLanguageService({ onError: (w, e) => { throw new Error(`${w}: ${String(e)}`); } });
  ls.setTerraformReadable(readable);
  const doc = TextDocument.create('vscode-vfs://github/owner/repo/infra/container-definitions.json', 'json', 1, ARRAY);
  return ls.diagnostics(doc, settings({ containerDefinitionsLaunchType: launchType }), [lang]).filter((d) => d.code === 'ECS113').map((d) => d.message);
}

describe('ECS113 where Terraform files cannot be read (web build)', () => {
  it('says the editor does not read Terraform, in each language', () => {
    assert.deepStrictEqual(ecs113(false), [rule.variants!.unreadable.en]);
    assert.deepStrictEqual(ecs113(false, '', 'vi'), [rule.variants!.unreadable.vi]);
  });

  it('keeps the usual message where .tf files can be read', () => {
    assert.deepStrictEqual(ecs113(true), [rule.message.en]);
  });

  it('is quiet in both cases once the launch type is set', () => {
    assert.deepStrictEqual(ecs113(false, 'FARGATE'), []);
    assert.deepStrictEqual(ecs113(true, 'FARGATE'), []);
  });
});
