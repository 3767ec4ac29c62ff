/**
 * Templates: every placeholder style, quoted (whole or inside a value) and outside quotes; the
 * user's own styles; strict JSON (comments, trailing commas) in `.json` files; syntax errors the
 * editor already shows. Fixtures written for these tests.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Placeholders } from '../../language-service/model/placeholders';
import { applyFix, diagnose, fargate, found, service, settings, textAt } from '../support/harness';

/** Errors and warnings as `code text` pairs. */
function serious(text: string, opts: Parameters<typeof diagnose>[1] = {}): string[] {
  return diagnose(text, opts).filter((d) => d.severity! <= 2).map((d) => `${d.code} ${textAt(text, d.range)}`);
}

/** A Fargate task definition with `field` set to the raw JSON text `raw` (a quoted or unquoted placeholder). */
function withRaw(field: string, raw: string, container = false): string {
  const text = container ? fargate({}, { [field]: '@@@' }) : fargate({ [field]: '@@@' });
  return text.replace('"@@@"', () => raw);
}

describe('placeholders', () => {
  describe('every style, quoted, is an unknown value (no error or warning, at most a hint)', () => {
    const cases: Array<[string, string, boolean, string]> = [
      // [field, JSON string as written, in the container?, the style]
      ['executionRoleArn', '"${EXECUTION_ROLE_ARN}"', false, '${VAR}'],
      ['image', '"$REGISTRY/web:$TAG"', true, '$VAR'],
      ['family', '"{{ family }}"', false, '{{ var }}'],
      ['cpu', '"{{.Cpu}}"', false, '{{.Var}}'],
      ['memory', '"{{ must_env `TASK_MEMORY` }}"', false, '{{ must_env `X` }}'],
      ['taskRoleArn', '"{{ must_env \\"TASK_ROLE\\" }}"', false, '{{ must_env "X" }}'],
      ['executionRoleArn', '"arn:aws:iam::<ACCOUNT_ID>:role/ecsTaskExecutionRole"', false, '<ACCOUNT_ID>'],
      ['taskRoleArn', '"arn:aws:iam::[account id]:role/web"', false, '[account id]'],
      ['family', '"firelens-{INSERT ticket/issue ID}"', false, '{INSERT ticket/issue ID}'],
      ['cpu', '"__TASK_CPU__"', false, '__TASK_CPU__'],
      ['networkMode', '"#{NetworkMode}#"', false, '#{Token}#'],
      ['memoryReservation', '"@@MEMORY_RESERVATION@@"', true, '@@VAR@@'],
      ['image', '"@VERSION@"', true, '@VAR@'],
      ['user', '"%APP_USER%"', true, '%VAR%'],
      ['executionRoleArn', '"REPLACE_ME_EXECUTION_ROLE"', false, 'REPLACE_ME_*'],
      ['image', '"<IMAGE1_NAME>"', true, '<IMAGE1_NAME> (CodeDeploy)'],
      ['image', '"IMAGE1_NAME"', true, 'IMAGE1_NAME (CodeDeploy)'],
      ['executionRoleArn', '"arn:aws:iam::ACCOUNT_ID_PLACEHOLDER:role/exec"', false, '..._PLACEHOLDER'],
      ['executionRoleArn', '"arn:aws:iam::XXXXXXXXXXXX:role/exec"', false, 'XXXXXXXXXXXX'],
      ['executionRoleArn', '"arn:aws:iam::$$$ACCOUNT$$$:role/exec"', false, '$$$VAR$$$'],
      ['pidMode', '"${PID_MODE}"', false, '${VAR} in an enum'],
    ];
    for (const [field, raw, inContainer, style] of cases) {
      it(`${style} in \`${field}\``, () => {
        const text = withRaw(field, raw, inContainer);
        assert.deepStrictEqual(serious(text), []);
      });
    }

    it('the hint underlines the placeholder value (ECS011)', () => {
      const text = withRaw('executionRoleArn', '"arn:aws:iam::<ACCOUNT_ID>:role/exec"');
      assert.deepStrictEqual(found(text, 'ECS011'), ['"arn:aws:iam::<ACCOUNT_ID>:role/exec"']);
    });

    it('many placeholders: one summary hint at the top instead of one per value (ECS011)', () => {
      const text = fargate({ family: '${FAMILY}', cpu: '${CPU}', memory: '${MEMORY}', executionRoleArn: '${EXEC_ROLE}' }, { image: '${IMAGE}' });
      const hints = diagnose(text).filter((d) => d.code === 'ECS011');
      assert.deepStrictEqual(hints.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]), [[0, 0, 1]]);
      assert.match(hints[0].message, /5 values/);
    });
  });

  describe('real values are not taken for placeholders', () => {
    const p = new Placeholders();
    for (const v of ['nginx:1.27', 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole', 'ops@example.com', '[ -f /tmp/ready ]', 'fs-0123456789abcdef0', 'awsvpc', 'FARGATE', 'db_migrations', '/ecs/web', 'web_app']) {
      it(`\`${v}\``, () => assert.strictEqual(p.find(v), undefined));
    }

    it('`@VAR@` and `@@VAR@@` only with the same number of at signs on both sides', () => {
      assert.strictEqual(p.find('@@VERSION@'), undefined);
      assert.strictEqual(p.find('nginx:@VERSION@@'), undefined);
      assert.strictEqual(p.find('nginx:@VERSION@'), '@VERSION@');
      assert.strictEqual(p.find('nginx:@@VERSION@@'), '@@VERSION@@');
    });

    it('a constant-case typo of an enum value is a mistake, not a placeholder (ECS005)', () => {
      assert.deepStrictEqual(found(fargate({ networkMode: 'AWS_VPC' }), 'ECS005'), ['"AWS_VPC"']);
      assert.deepStrictEqual(found(fargate({ runtimePlatform: { cpuArchitecture: 'ARM_64', operatingSystemFamily: 'LINUX' } }), 'ECS005'), ['"ARM_64"']);
    });

    it('a constant-case container name is a name: a wrong reference to it is still reported (ECS503)', () => {
      const text = fargate({}, { name: 'DB_MIGRATIONS', dependsOn: [{ containerName: 'DB_MIGRATION', condition: 'START' }] });
      assert.deepStrictEqual(found(text, 'ECS503'), ['"DB_MIGRATION"']);
    });
  });

  describe('outside quotes: one error per token, the rest checked normally', () => {
    it('`"containerPort": ${PORT}` gives one ECS014 on the token, no type error', () => {
      const text = fargate({}, { portMappings: [{ containerPort: '@@@', protocol: 'tcp' }] }).replace('"@@@"', '${PORT}');
      assert.deepStrictEqual(serious(text), ['ECS014 ${PORT}']);
    });

    it('`"command": {{command}}` and a bare `FAMILY`', () => {
      const text = withRaw('family', 'FAMILY').replace('"essential": true', '"essential": true, "command": {{command}}');
      assert.deepStrictEqual(serious(text), ['ECS014 FAMILY', 'ECS014 {{command}}']);
    });

    it('the rest of the file is still checked: a real mistake after the token is reported', () => {
      const text = withRaw('memory', '$TASK_MEMORY').replace('"networkMode": "awsvpc"', '"networkMode": "bridge"');
      assert.deepStrictEqual(serious(text).sort(), ['ECS014 $TASK_MEMORY', 'ECS101 "bridge"']);
    });

    it('a container supplied by `$ENVOY_CONTAINER_JSON` may be the one others name (no ECS503, no ECS519)', () => {
      const text = fargate({ proxyConfiguration: { type: 'APPMESH', containerName: 'envoy', properties: [{ name: 'IgnoredUID', value: '1337' }, { name: 'ProxyIngressPort', value: '15000' }, { name: 'ProxyEgressPort', value: '15001' }, { name: 'AppPorts', value: '80' }] } }, { dependsOn: [{ containerName: 'envoy', condition: 'HEALTHY' }] })
        .replace(/("containerDefinitions": \[)/, '$1\n    $ENVOY_CONTAINER_JSON,');
      assert.deepStrictEqual(serious(text), ['ECS014 $ENVOY_CONTAINER_JSON']);
    });

    it('volumes supplied by a placeholder: mount points are not judged (no ECS401)', () => {
      const text = withRaw('volumes', '[ ${EFS_VOLUME} ]').replace('"essential": true', '"essential": true, "mountPoints": [{ "sourceVolume": "data", "containerPath": "/data" }]');
      assert.deepStrictEqual(serious(text), ['ECS014 ${EFS_VOLUME}']);
    });

    it('wherever a value goes: after a tab or a CR, at the root, after a string with an escaped quote or an unterminated one', () => {
      const cpu = withRaw('cpu', '${CPU}');
      assert.deepStrictEqual(serious(cpu.replace('"cpu": ${CPU}', '"cpu":\t${CPU}')), ['ECS014 ${CPU}']);
      assert.deepStrictEqual(serious(cpu.replace(/\n/g, '\r\n')), ['ECS014 ${CPU}']);
      assert.deepStrictEqual(serious(cpu.replace('"cpu": ${CPU}', '"cpu":\r${CPU}')), ['ECS014 ${CPU}']);
      assert.deepStrictEqual(serious('${TASK_DEFINITION_JSON}'), ['ECS014 ${TASK_DEFINITION_JSON}']);
      // Inside a string, `: ${X}` is text, also after an escaped quote.
      const quoted = withRaw('cpu', '${CPU}', false).replace('"essential": true', '"essential": true, "command": ["echo \\": ${NOT_A_TOKEN}\\""]');
      assert.deepStrictEqual(serious(quoted), ['ECS014 ${CPU}']);
      // A string left open ends at the end of its line, as the parser reads it.
      const open = cpu.replace('"family": "web"', '"family": "web');
      assert.deepStrictEqual(serious(open).filter((x) => !x.startsWith('ECS001')), ['ECS014 ${CPU}']);
    });

    it('comments are skipped, whatever they hold; a comment left open runs to the end', () => {
      const cpu = withRaw('cpu', '${CPU}');
      const jsonc = { uri: 'file:///w/task-definition.jsonc' };
      assert.deepStrictEqual(serious(cpu.replace('"cpu": ${CPU}', '"cpu": /* see "docs": ${NOT_A_TOKEN} */ ${CPU}'), jsonc), ['ECS014 ${CPU}']);
      assert.deepStrictEqual(serious(cpu.replace('"cpu": ${CPU}', '// "cpu": ${OLD_CPU}\n  "cpu": ${CPU}'), jsonc), ['ECS014 ${CPU}']);
      assert.deepStrictEqual(serious(cpu.replace(/\n/g, '\r\n').replace('"cpu": ${CPU}', '// "cpu": ${OLD_CPU}\r\n  "cpu": ${CPU}'), jsonc), ['ECS014 ${CPU}']);
      const openComment = cpu + '\n/* "cpu": ${OLD_CPU}';
      assert.deepStrictEqual(serious(openComment, jsonc).filter((x) => !x.startsWith('ECS001')), ['ECS014 ${CPU}']);
    });

    it('numbers are never tokens, even when a pattern of the user matches them; tokens holding quotes, backslashes or tabs stay one value', () => {
      const numbers = fargate({}, { cpu: 0, memoryReservation: 96, stopTimeout: -5 }).replace('"256"', '${CPU}');
      assert.deepStrictEqual(serious(numbers, { settings: { placeholderPatterns: ['-?[0-9]+'] } }).sort(), ['ECS006 -5', 'ECS014 ${CPU}']);
      for (const token of ['{{ must_env "TASK_CPU" }}', '{{ "a\\b" }}', '{{\tcpu }}']) {
        assert.deepStrictEqual(serious(withRaw('cpu', token)), [`ECS014 ${token}`], token);
      }
      const inList = fargate({}, { environment: [{ name: 'A', value: '@@@' }, { name: 'B', value: 'b' }] }).replace('"@@@"', '${A}');
      assert.deepStrictEqual(serious(inList), ['ECS014 ${A}']);
    });

    it('a bare word is a placeholder only in capitals throughout (`webAPP`, `FAMILYname` are typos)', () => {
      for (const word of ['webAPP', 'FAMILYname']) {
        assert.deepStrictEqual([...new Set(serious(withRaw('family', word)).map((x) => x.split(' ')[0]))], ['ECS001'], word);
      }
      assert.deepStrictEqual(serious(withRaw('family', 'FAMILY_NAME')), ['ECS014 FAMILY_NAME']);
    });

    it('a lowercase word is a typo, not a placeholder: the syntax error stays (ECS001)', () => {
      const text = fargate({}, { essential: '@@@' }).replace('"@@@"', 'ture');
      assert.deepStrictEqual([...new Set(serious(text).map((s) => s.split(' ')[0]))], ['ECS001']);
    });

    it('the message says it plainly, in both languages', () => {
      const text = withRaw('memory', '${MEMORY}');
      const [en] = diagnose(text, { langs: ['en'] }).filter((d) => d.code === 'ECS014');
      const [vi] = diagnose(text, { langs: ['vi'] }).filter((d) => d.code === 'ECS014');
      assert.match(en.message, /outside quotes.*template/);
      assert.match(vi.message, /ngoài dấu ngoặc kép.*template/);
    });
  });

  describe('the user\'s own styles (`placeholderPatterns`)', () => {
    const text = withRaw('executionRoleArn', '"arn:aws:iam::==ACCOUNT==:role/exec"');
    it('without the setting, the value is a malformed ARN (ECS202)', () => {
      assert.deepStrictEqual(serious(text).map((s) => s.split(' ')[0]), ['ECS202']);
    });
    it('with it, an unknown value with a hint', () => {
      const opts = { settings: { placeholderPatterns: ['==[A-Z_]+=='] } };
      assert.deepStrictEqual(serious(text, opts), []);
      assert.deepStrictEqual(found(text, 'ECS011', opts), ['"arn:aws:iam::==ACCOUNT==:role/exec"']);
    });
    it('outside quotes too', () => {
      const raw = withRaw('memory', '==MEMORY==');
      assert.deepStrictEqual(serious(raw, { settings: { placeholderPatterns: ['==[A-Z_]+=='] } }), ['ECS014 ==MEMORY==']);
    });
    it('a pattern that can match nothing does not hide the next one', () => {
      const raw = withRaw('memory', '<<memory>>');
      assert.deepStrictEqual(serious(raw, { settings: { placeholderPatterns: ['Z*', '<<[a-z]+>>'] } }), ['ECS014 <<memory>>']);
    });
    it('an invalid pattern is ignored, not fatal', () => {
      assert.deepStrictEqual(serious(text, { settings: { placeholderPatterns: ['(unclosed', '==[A-Z_]+=='] } }), []);
    });
  });
});

describe('strict JSON in .json files', () => {
  const withComma = '{\n  "family": "web",\n  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, }],\n}';
  const withComment = '{\n  // the web tier\n  "family": "web", /* keep */\n  "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512 }]\n}';

  it('trailing commas are errors in .json (ECS015), allowed in .jsonc', () => {
    assert.deepStrictEqual(found(withComma, 'ECS015'), [',', ',']);
    assert.deepStrictEqual(found(withComma, 'ECS015', { uri: 'file:///work/task-definition.jsonc' }), []);
  });

  it('the fix removes the comma and keeps everything else; fix-all removes them all', () => {
    assert.strictEqual(applyFix(withComma, 'ECS015'), withComma.replace('512, }', '512 }'));
    const d = TextDocument.create('file:///work/task-definition.json', 'json', 1, withComma);
    assert.strictEqual(service.fixAll(d, settings(), ['en']), withComma.replace('512, }', '512 }').replace('}],\n}', '}]\n}'));
  });

  it('comments are errors in .json (ECS016), allowed in .jsonc', () => {
    assert.deepStrictEqual(found(withComment, 'ECS016'), ['// the web tier', '/* keep */']);
    assert.deepStrictEqual(found(withComment, 'ECS016', { uri: 'file:///work/task-definition.jsonc' }), []);
  });

  it('the fix removes a comment with its line, or after code with its blanks; fix-all keeps comments (the author\'s words)', () => {
    assert.strictEqual(applyFix(withComment, 'ECS016'), withComment.replace('  // the web tier\n', ''));
    assert.strictEqual(applyFix(withComment, 'ECS016', { index: 1 }), withComment.replace(' /* keep */', ''));
    const d = TextDocument.create('file:///work/task-definition.json', 'json', 1, withComment);
    assert.strictEqual(service.fixAll(d, settings(), ['en']), undefined);
  });

  it('a repeated key: the ignored one is underlined, and the model reads the last one, as the AWS CLI does (ECS013)', () => {
    const text = fargate({ networkMode: 'bridge' }).replace('"cpu"', '"networkMode": "awsvpc",\n  "cpu"');
    assert.deepStrictEqual(found(text, 'ECS013'), ['"networkMode"']);
    const [d] = diagnose(text).filter((x) => x.code === 'ECS013');
    assert.match(d.message, /only the last `networkMode` \(line 7\)/);
    // `bridge` is dropped: no "Fargate needs awsvpc" error.
    assert.deepStrictEqual(serious(text).filter((s) => !s.startsWith('ECS013')), []);
  });
});

describe('syntax errors the editor already shows (VS Code)', () => {
  function diags(text: string, languageId: string, uri = 'file:///work/task-definition.json'): Diagnostic[] {
    const d = TextDocument.create(uri, languageId, 1, text);
    return service.diagnostics(d, settings({ editorReportsJsonSyntax: true }), ['en']);
  }
  const broken = '{ "family": "web" "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 512, }] }';

  it('in a json document: no ECS001, ECS015 or ECS016 (VS Code reports syntax errors, comments and trailing commas itself)', () => {
    assert.deepStrictEqual(diags(broken, 'json').map((d) => d.code).filter((c) => /^ECS0(01|15|16)$/.test(String(c))), []);
  });

  it('in a jsonc document named .json: the trailing comma is still ours (VS Code allows it there)', () => {
    assert.deepStrictEqual(diags(broken, 'jsonc').map((d) => d.code).filter((c) => /^ECS0(01|15|16)$/.test(String(c))), ['ECS015']);
  });

  it('other editors and the CLI keep ECS001', () => {
    assert.ok(diagnose(broken).some((d) => d.code === 'ECS001'));
  });

  it('an empty key being typed is not an "unknown property ``" (ECS002)', () => {
    assert.deepStrictEqual(found(fargate().replace('"family": "web",', '"family": "web", "": 1,'), 'ECS002'), []);
  });

  it('a placeholder outside quotes is still explained in VS Code (ECS014)', () => {
    assert.deepStrictEqual(diags(withRaw('memory', '${MEMORY}'), 'json').filter((d) => d.severity === 1).map((d) => d.code), ['ECS014']);
  });
});


