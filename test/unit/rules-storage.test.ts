import * as assert from 'assert';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import { storageRules } from '../../language-service/rules/storage';
import { applyEdits, applyFix, codes, diagnose, doc, ec2, fargate, fixTitlesWithData, found, messagesOf, relatedOf, service, settings, staleFixTitles } from '../support/harness';

type Json = Record<string, unknown>;
const parse = (text: string): Json => JSON.parse(text) as Json;
const json = (task: Json): string => JSON.stringify(task, null, 2);
const OUR_CODES = /^ECS4\d\d$/;
const ours = (text: string): string[] => diagnose(text).filter((d) => OUR_CODES.test(String(d.code))).map((d) => String(d.code));
const severityOf = (text: string, code: string): DiagnosticSeverity | undefined => diagnose(text).find((d) => d.code === code)?.severity;

/** An EC2 task whose container mounts `mounts` (sourceVolume → containerPath) and declares `volumes`. */
function withVolumes(volumes: unknown, mounts: string[] = [], over: Json = {}): string {
  return ec2({ volumes, ...over }, { mountPoints: mounts.map((m) => ({ sourceVolume: m, containerPath: '/mnt/' + m })) });
}
const efsVolume = (name: string, efs: Json): Json => ({ name, efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', ...efs } });

/** Applies the fix of `code`, asserts that one such diagnostic is gone and that the result is `expected`. */
function fixTo(text: string, code: string, expected: Json, opts: { index?: number } = {}): string {
  const before = found(text, code).length;
  const fixed = applyFix(text, code, opts);
  assert.strictEqual(found(fixed, code).length, before - 1, `one ${code} fewer after the fix:\n${fixed}`);
  assert.deepStrictEqual(parse(fixed), expected);
  return fixed;
}

describe('storage rules (ECS4xx)', () => {
  describe('catalogue examples', () => {
    for (const rule of storageRules) {
      it(`${rule.code} ${rule.name}: bad raises it, good does not and stays clean`, () => {
        assert.ok(rule.examples, `${rule.code} has examples`);
        assert.ok(codes(rule.examples.bad).includes(rule.code), `bad example of ${rule.code}: ${codes(rule.examples.bad).join(',')}`);
        assert.ok(!codes(rule.examples.good).includes(rule.code), `good example of ${rule.code}`);
        const serious = diagnose(rule.examples.good).filter((d) => OUR_CODES.test(String(d.code)) && d.severity! <= DiagnosticSeverity.Warning);
        assert.deepStrictEqual(serious.map((d) => d.code), [], `good example of ${rule.code} has no storage error or warning`);
      });
    }
    it('codes are unique, in order, and every rule has bilingual texts and a docs link', () => {
      const list = storageRules.map((r) => r.code);
      assert.deepStrictEqual(list, [...list].sort());
      assert.strictEqual(new Set(list).size, list.length);
      for (const r of storageRules) {
        for (const t of [r.title, r.message, r.description, ...Object.values(r.variants ?? {})]) assert.ok(t.en.trim() && t.vi.trim(), r.code);
        assert.match(r.docs, /^https:\/\/docs\.aws\.amazon\.com\//);
      }
    });
  });

  it('valid task definitions without volumes or with a correct EFS volume raise nothing', () => {
    assert.deepStrictEqual(ours(fargate()), []);
    assert.deepStrictEqual(ours(ec2()), []);
    const efs = fargate({ volumes: [efsVolume('data', { transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED', accessPointId: 'fsap-0123456789abcdef0' } })] }, { mountPoints: [{ sourceVolume: 'data', containerPath: '/data' }] });
    assert.deepStrictEqual(ours(efs), []);
  });

  describe('ECS401 mount point of an undefined volume', () => {
    it('underlines the sourceVolume and fixes it to the closest declared name', () => {
      const text = withVolumes([{ name: 'cache-data' }], ['cache-dta']);
      assert.deepStrictEqual(found(text, 'ECS401'), ['"cache-dta"']);
      const expected = parse(text);
      ((expected.containerDefinitions as Json[])[0].mountPoints as Json[])[0].sourceVolume = 'cache-data';
      fixTo(text, 'ECS401', expected);
    });

    it('with no close name, the fix declares the volume, creating `volumes` when absent', () => {
      const text = ec2({}, { mountPoints: [{ sourceVolume: 'uploads', containerPath: '/uploads' }] });
      assert.deepStrictEqual(found(text, 'ECS401'), ['"uploads"']);
      const d = doc(text);
      const actions = service.codeActions(d, service.diagnostics(d, settings(), ['en']).filter((x) => x.code === 'ECS401'), ['quickfix'], settings(), ['en']);
      assert.deepStrictEqual(actions.map((a) => a.title), ['Use volume uploads (declared in volumes if missing)']);
      fixTo(text, 'ECS401', { ...parse(text), volumes: [{ name: 'uploads' }] });
    });

    it('appends to an existing `volumes` array', () => {
      const text = withVolumes([{ name: 'logs' }], ['logs', 'uploads']);
      assert.deepStrictEqual(found(text, 'ECS401'), ['"uploads"']);
      fixTo(text, 'ECS401', { ...parse(text), volumes: [{ name: 'logs' }, { name: 'uploads' }] });
    });

    it('works inside the describe wrapper', () => {
      const text = json({ taskDefinition: parse(ec2({}, { mountPoints: [{ sourceVolume: 'x', containerPath: '/x' }] })) });
      assert.deepStrictEqual(found(text, 'ECS401'), ['"x"']);
      const fixed = parse(applyFix(text, 'ECS401'));
      assert.deepStrictEqual((fixed.taskDefinition as Json).volumes, [{ name: 'x' }]);
    });

    it('skips placeholders and templated volume names', () => {
      assert.deepStrictEqual(found(withVolumes([{ name: 'data' }], ['${VOLUME}']), 'ECS401'), []);
      assert.deepStrictEqual(found(withVolumes([{ name: '${VOLUME}' }], ['data']), 'ECS401'), []);
    });

    it('appends after the last of several declared volumes', () => {
      const text = withVolumes([{ name: 'logs' }, { name: 'cache' }, { name: 'tmp' }], ['logs', 'cache', 'tmp', 'uploads-zz']);
      fixTo(text, 'ECS401', { ...parse(text), volumes: [{ name: 'logs' }, { name: 'cache' }, { name: 'tmp' }, { name: 'uploads-zz' }] });
    });

    it('volumes that is not a list is ECS003\'s; a volume without a string name is no candidate', () => {
      assert.deepStrictEqual(found(withVolumes({ name: 'data' }, ['data']), 'ECS401'), []);
      const text = withVolumes([{ name: 5 }, { name: 'data' }], ['data', 'cache']);
      assert.deepStrictEqual(found(text, 'ECS401'), ['"cache"']);
    });

    it('a stale diagnostic: no fix once the volume is declared, or when volumes is no longer a list', () => {
      const text = withVolumes([{ name: 'logs' }], ['logs', 'uploads']);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS401', withVolumes([{ name: 'logs' }, { name: 'uploads' }], ['logs', 'uploads'])), []);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS401', withVolumes({ name: 'logs' }, ['logs', 'uploads'])), []);
    });

    it('fix data a client rewrote (a volume name that is not a string) offers nothing', () => {
      assert.deepStrictEqual(fixTitlesWithData(withVolumes([{ name: 'logs' }], ['logs', 'uploads']), 'ECS401', { add: 5 }), []);
    });
  });

  describe('ECS402 volumesFrom', () => {
    const two = (source: string): string => json({
      family: 'web',
      requiresCompatibilities: ['EC2'],
      containerDefinitions: [
        { name: 'app', image: 'nginx:1.27', memory: 256 },
        { name: 'sidecar', image: 'busybox:1.36', memory: 64, essential: false, volumesFrom: [{ sourceContainer: source, readOnly: true }] },
      ],
    });

    it('an unknown container, fixed to the closest name', () => {
      assert.deepStrictEqual(found(two('ap'), 'ECS402'), ['"ap"']);
      fixTo(two('ap'), 'ECS402', parse(two('app')));
      assert.deepStrictEqual(found(two('app'), 'ECS402'), []);
      assert.deepStrictEqual(found(two('database'), 'ECS402'), ['"database"']);
    });

    it('the container itself', () => {
      assert.deepStrictEqual(found(two('sidecar'), 'ECS402'), ['"sidecar"']);
    });

    it('the suggestion is never the container itself', () => {
      const text = json({
        family: 'web',
        requiresCompatibilities: ['EC2'],
        containerDefinitions: [
          { name: 'app', image: 'nginx:1.27', memory: 256 },
          { name: 'sidecar', image: 'busybox:1.36', memory: 64, essential: false, volumesFrom: [{ sourceContainer: 'sidecars' }] },
        ],
      });
      assert.deepStrictEqual(found(text, 'ECS402'), ['"sidecars"']);
      assert.doesNotMatch(messagesOf(text, 'ECS402')[0], /Did you mean/);
    });
  });

  describe('ECS403 a volume of several kinds', () => {
    it('underlines the second kind', () => {
      const text = withVolumes([{ name: 'data', host: { sourcePath: '/srv' }, dockerVolumeConfiguration: { scope: 'task' } }], ['data']);
      assert.deepStrictEqual(found(text, 'ECS403'), ['"dockerVolumeConfiguration"']);
      assert.strictEqual(severityOf(text, 'ECS403'), DiagnosticSeverity.Error);
    });

    it('configuredAtLaunch counts only when true', () => {
      assert.deepStrictEqual(found(withVolumes([{ name: 'data', host: {}, configuredAtLaunch: true }], ['data']), 'ECS403'), ['"configuredAtLaunch"']);
      assert.deepStrictEqual(found(withVolumes([{ name: 'data', host: {}, configuredAtLaunch: false }], ['data']), 'ECS403'), []);
    });

    it('names both kinds; a null kind and a repeated key (ECS013) do not count', () => {
      const text = withVolumes([{ name: 'data', host: { sourcePath: '/srv' }, dockerVolumeConfiguration: { scope: 'task' } }], ['data']);
      assert.deepStrictEqual(messagesOf(text, 'ECS403'), ['Volume `data` is already a `host` volume: it cannot also have `dockerVolumeConfiguration`.']);
      assert.deepStrictEqual(found(withVolumes([{ name: 'data', host: null, efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }], ['data']), 'ECS403'), []);
      const repeated = withVolumes([{ name: 'data', host: { sourcePath: '/a' } }], ['data']).replace('"host": {', '"host": { "sourcePath": "/b" },\n        "host": {');
      assert.deepStrictEqual(found(repeated, 'ECS403'), []);
    });
  });

  it('ECS404 duplicate volume names: the second is underlined', () => {
    const text = withVolumes([{ name: 'data' }, { name: 'data', host: { sourcePath: '/srv' } }], ['data']);
    assert.deepStrictEqual(found(text, 'ECS404'), ['"data"']);
    const d = diagnose(text).find((x) => x.code === 'ECS404')!;
    assert.ok(d.range.start.line > diagnose(text).find((x) => x.code === 'ECS404')!.relatedInformation![0].location.range.start.line);
    assert.deepStrictEqual(found(withVolumes([{ name: 'data' }, { name: 'logs' }], ['data', 'logs']), 'ECS404'), []);
  });

  it('ECS404: the related information points at the first volume of that name; unnamed and templated volumes are not compared', () => {
    const text = withVolumes([{ name: 'data' }, { name: 'data', host: { sourcePath: '/srv' } }], ['data']);
    assert.deepStrictEqual(relatedOf(text, 'ECS404'), [['"data"', 'First volume named `data`.']]);
    assert.deepStrictEqual(found(withVolumes([{ host: {} }, { host: {} }], []), 'ECS404'), []);
    assert.deepStrictEqual(found(withVolumes([{ name: '${VOLUME}' }, { name: '${VOLUME}' }], ['${VOLUME}']), 'ECS404'), []);
  });

  it('ECS404: the related information is in the chosen language', () => {
    const text = withVolumes([{ name: 'data' }, { name: 'data', host: { sourcePath: '/srv' } }], ['data']);
    const [d] = diagnose(text, { langs: ['vi'] }).filter((x) => x.code === 'ECS404');
    assert.deepStrictEqual(d.relatedInformation!.map((r) => r.message), ['Volume đầu tiên mang tên `data`.']);
  });

  it('ECS405 at most one volume configured at launch', () => {
    const text = withVolumes([{ name: 'a', configuredAtLaunch: true }, { name: 'b', configuredAtLaunch: true }], ['a', 'b']);
    assert.deepStrictEqual(found(text, 'ECS405'), ['"configuredAtLaunch"']);
    assert.deepStrictEqual(found(withVolumes([{ name: 'a', configuredAtLaunch: true }, { name: 'b' }], ['a', 'b']), 'ECS405'), []);
  });

  describe('ECS406 EFS transit encryption required', () => {
    it('with IAM authorization: underlines DISABLED and the fix enables it', () => {
      const vol = efsVolume('data', { transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } });
      const text = withVolumes([vol], ['data']);
      assert.deepStrictEqual(found(text, 'ECS406'), ['"DISABLED"']);
      assert.strictEqual(severityOf(text, 'ECS406'), DiagnosticSeverity.Error);
      fixTo(text, 'ECS406', parse(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data'])));
    });

    it('with an access point and no transitEncryption: underlines the access point, the fix adds the key', () => {
      const text = withVolumes([efsVolume('data', { authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']);
      assert.deepStrictEqual(found(text, 'ECS406'), ['"accessPointId"']);
      const fixed = parse(applyFix(text, 'ECS406'));
      assert.strictEqual(((fixed.volumes as Json[])[0].efsVolumeConfiguration as Json).transitEncryption, 'ENABLED');
      assert.deepStrictEqual(found(json(fixed), 'ECS406'), []);
    });

    it('not without IAM or access point, not when ENABLED, not on placeholders', () => {
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { authorizationConfig: { iam: 'DISABLED' } })], ['data']), 'ECS406'), []);
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data']), 'ECS406'), []);
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { transitEncryption: '${TRANSIT}', authorizationConfig: { iam: 'ENABLED' } })], ['data']), 'ECS406'), []);
    });

    it('each reason has its message; a blank access point needs nothing; a non-string transitEncryption is ECS003\'s', () => {
      assert.deepStrictEqual(messagesOf(withVolumes([efsVolume('data', { authorizationConfig: { iam: 'ENABLED' } })], ['data']), 'ECS406'), ['EFS IAM authorization requires `transitEncryption: "ENABLED"` on volume `data`.']);
      assert.deepStrictEqual(messagesOf(withVolumes([efsVolume('data', { authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']), 'ECS406'), ['An EFS access point requires `transitEncryption: "ENABLED"` on volume `data`.']);
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { authorizationConfig: { accessPointId: '  ' } })], ['data']), 'ECS406'), []);
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { transitEncryption: true, authorizationConfig: { iam: 'ENABLED' } })], ['data']), 'ECS406'), []);
    });

    it('a stale diagnostic: no fix once transitEncryption is ENABLED or the EFS configuration is gone', () => {
      const text = withVolumes([efsVolume('data', { transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data']);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS406', withVolumes([efsVolume('data', { transitEncryption: 'ENABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data'])), []);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS406', withVolumes([{ name: 'data', efsVolumeConfiguration: 'fs-0123456789abcdef0' }], ['data'])), []);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS406', withVolumes([{ name: 'data' }], ['data'])), []);
    });

    it('after a syntax error inside the EFS configuration, a missing transitEncryption is not reported (it may be in the unread part)', () => {
      const cut = '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }], "volumes": [{ "name": "data", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "authorizationConfig": { "iam": "ENABLED" }, ';
      assert.deepStrictEqual(found(cut, 'ECS406'), []);
    });

    it('fix data a client rewrote (a path that is not a path) offers nothing', () => {
      const text = withVolumes([efsVolume('data', { transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data']);
      assert.deepStrictEqual(fixTitlesWithData(text, 'ECS406', { efsPath: 5 }), []);
    });
  });

  describe('ECS407 rootDirectory with an access point', () => {
    it('underlines rootDirectory and the fix removes it', () => {
      const text = withVolumes([efsVolume('data', { rootDirectory: '/app', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']);
      assert.deepStrictEqual(found(text, 'ECS407'), ['"/app"']);
      fixTo(text, 'ECS407', parse(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data'])));
    });

    it('"/" is fine, and so is rootDirectory without an access point', () => {
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { rootDirectory: '/', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']), 'ECS407'), []);
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { rootDirectory: '/app', transitEncryption: 'ENABLED' })], ['data']), 'ECS407'), []);
    });

    it('also for S3 Files access points', () => {
      const text = withVolumes([{ name: 'data', s3filesVolumeConfiguration: { fileSystemArn: 'arn:aws:s3files:us-east-1:123456789012:file-system/fs-1', rootDirectory: '/x', accessPointArn: 'arn:aws:s3files:us-east-1:123456789012:access-point/ap-1' } }], ['data']);
      assert.deepStrictEqual(found(text, 'ECS407'), ['"/x"']);
    });

    it('the related information points at the access point; a blank access point, a blank or non-string rootDirectory are fine', () => {
      const text = withVolumes([efsVolume('data', { rootDirectory: '/app', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']);
      assert.deepStrictEqual(relatedOf(text, 'ECS407'), [['"accessPointId"', 'The access point.']]);
      assert.deepStrictEqual(messagesOf(text, 'ECS407'), ['Volume `data` mounts through an access point, so `rootDirectory` must be omitted or `/`: the access point decides the directory.']);
      for (const efs of [{ rootDirectory: '/app', authorizationConfig: { accessPointId: ' ' } }, { rootDirectory: '', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }, { rootDirectory: 5, authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }]) {
        assert.deepStrictEqual(found(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED', ...efs })], ['data']), 'ECS407'), [], JSON.stringify(efs));
      }
    });

    it('the related information is in the chosen language', () => {
      const text = withVolumes([efsVolume('data', { rootDirectory: '/app', transitEncryption: 'ENABLED', authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } })], ['data']);
      const [d] = diagnose(text, { langs: ['vi'] }).filter((x) => x.code === 'ECS407');
      assert.deepStrictEqual(d.relatedInformation!.map((r) => r.message), ['Đây là access point.']);
    });
  });

  describe('ECS408 EFS without transit encryption', () => {
    it('explicit DISABLED is information, with a fix', () => {
      const text = withVolumes([efsVolume('data', { transitEncryption: 'DISABLED' })], ['data']);
      assert.deepStrictEqual(found(text, 'ECS408'), ['"DISABLED"']);
      assert.strictEqual(severityOf(text, 'ECS408'), DiagnosticSeverity.Information);
      fixTo(text, 'ECS408', parse(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED' })], ['data'])));
    });

    it('absent (default DISABLED) is only a hint on the configuration key', () => {
      const text = withVolumes([efsVolume('data', {})], ['data']);
      assert.deepStrictEqual(found(text, 'ECS408'), ['"efsVolumeConfiguration"']);
      assert.strictEqual(severityOf(text, 'ECS408'), DiagnosticSeverity.Hint);
    });

    it('never on ENABLED, and not doubled with ECS406', () => {
      assert.deepStrictEqual(found(withVolumes([efsVolume('data', { transitEncryption: 'ENABLED' })], ['data']), 'ECS408'), []);
      const required = withVolumes([efsVolume('data', { transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } })], ['data']);
      assert.deepStrictEqual(found(required, 'ECS408'), []);
      assert.deepStrictEqual(found(required, 'ECS406'), ['"DISABLED"']);
    });

    it('an EFS configuration that is not an object is ECS003\'s', () => {
      assert.deepStrictEqual(found(withVolumes([{ name: 'data', efsVolumeConfiguration: [] }], ['data']), 'ECS408'), []);
      assert.deepStrictEqual(found(withVolumes([{ name: 'data', efsVolumeConfiguration: 'fs-0123456789abcdef0' }], ['data']), 'ECS408'), []);
    });
  });

  describe('ECS409 autoprovision without shared scope', () => {
    it('warns for scope task or no scope, and the fix removes autoprovision', () => {
      for (const dvc of [{ scope: 'task', autoprovision: true }, { autoprovision: true, driver: 'local' }]) {
        const text = withVolumes([{ name: 'cache', dockerVolumeConfiguration: dvc }], ['cache']);
        assert.deepStrictEqual(found(text, 'ECS409'), ['true']);
        assert.strictEqual(severityOf(text, 'ECS409'), DiagnosticSeverity.Warning);
        const rest = { ...dvc } as Json;
        delete rest.autoprovision;
        fixTo(text, 'ECS409', parse(withVolumes([{ name: 'cache', dockerVolumeConfiguration: rest }], ['cache'])));
      }
    });

    it('fine with scope shared or autoprovision false', () => {
      assert.deepStrictEqual(found(withVolumes([{ name: 'c', dockerVolumeConfiguration: { scope: 'shared', autoprovision: true } }], ['c']), 'ECS409'), []);
      assert.deepStrictEqual(found(withVolumes([{ name: 'c', dockerVolumeConfiguration: { scope: 'task', autoprovision: false } }], ['c']), 'ECS409'), []);
    });

    it('names the scope; a scope that is not a string is not judged', () => {
      assert.match(messagesOf(withVolumes([{ name: 'c', dockerVolumeConfiguration: { scope: 'task', autoprovision: true } }], ['c']), 'ECS409')[0], /this volume's scope is `task`/);
      assert.match(messagesOf(withVolumes([{ name: 'c', dockerVolumeConfiguration: { autoprovision: true } }], ['c']), 'ECS409')[0], /this volume's scope is `task`/);
      assert.deepStrictEqual(found(withVolumes([{ name: 'c', dockerVolumeConfiguration: { scope: 5, autoprovision: true } }], ['c']), 'ECS409'), []);
      assert.deepStrictEqual(found(withVolumes([{ name: 'c', dockerVolumeConfiguration: { scope: null, autoprovision: true } }], ['c']), 'ECS409'), []);
    });

    it('after a syntax error inside the Docker volume configuration, a missing scope is not assumed to be task', () => {
      const cut = '{ "family": "web", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "memory": 256 }], "volumes": [{ "name": "c", "dockerVolumeConfiguration": { "autoprovision": true, ';
      assert.deepStrictEqual(found(cut, 'ECS409'), []);
    });
  });

  describe('ECS410 unused volume', () => {
    it('is a faded hint on the name, and the fix removes the volume', () => {
      const text = withVolumes([{ name: 'data' }, { name: 'old' }], ['data']);
      assert.deepStrictEqual(found(text, 'ECS410'), ['"old"']);
      const d = diagnose(text).find((x) => x.code === 'ECS410')!;
      assert.strictEqual(d.severity, DiagnosticSeverity.Hint);
      assert.deepStrictEqual(d.tags, [DiagnosticTag.Unnecessary]);
      fixTo(text, 'ECS410', parse(withVolumes([{ name: 'data' }], ['data'])));
    });

    it('not when a mount point is a placeholder', () => {
      assert.deepStrictEqual(found(withVolumes([{ name: 'data' }, { name: 'old' }], ['data', '${VOL}']), 'ECS410'), []);
    });

    it('a mount point without sourceVolume is skipped; one that is not a string, or mountPoints that is not a list, stops the check', () => {
      const mounts = (mountPoints: unknown): string => ec2({ volumes: [{ name: 'data' }, { name: 'old' }] }, { mountPoints });
      assert.deepStrictEqual(found(mounts([{ containerPath: '/x' }, { sourceVolume: 'data', containerPath: '/data' }]), 'ECS410'), ['"old"']);
      assert.deepStrictEqual(found(mounts([{ sourceVolume: 5, containerPath: '/x' }, { sourceVolume: 'data', containerPath: '/data' }]), 'ECS410'), []);
      assert.deepStrictEqual(found(mounts({ sourceVolume: 'data', containerPath: '/data' }), 'ECS410'), []);
    });

    it('a stale diagnostic: no fix once the volume was renamed or removed', () => {
      const text = withVolumes([{ name: 'data' }, { name: 'old' }], ['data']);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS410', withVolumes([{ name: 'data' }, { name: 'older' }], ['data'])), []);
      assert.deepStrictEqual(staleFixTitles(text, 'ECS410', withVolumes([{ name: 'data' }], ['data'])), []);
    });
  });

  it('fix all applies only the safe fixes (ECS406), not the guesses (ECS401)', () => {
    const text = withVolumes([efsVolume('data', { authorizationConfig: { iam: 'ENABLED' } })], ['dta']);
    const d = doc(text);
    const all = service.codeActions(d, [], ['source.fixAll'], settings(), ['en']);
    assert.strictEqual(all.length, 1);
    const edits = all[0].edit!.changes![d.uri];
    const fixed = parse(applyEdits(text, edits));
    assert.strictEqual(((fixed.volumes as Json[])[0].efsVolumeConfiguration as Json).transitEncryption, 'ENABLED');
    assert.strictEqual(((fixed.containerDefinitions as Json[])[0].mountPoints as Json[])[0].sourceVolume, 'dta');
  });

  it('never throws on broken trees, and neither do the fixes', () => {
    const broken = [
      { volumes: null }, { volumes: 'data' }, { volumes: [null, 1, 'x', [], { name: 5 }, { name: 'a', efsVolumeConfiguration: null }] },
      { volumes: [{ name: 'a', efsVolumeConfiguration: { authorizationConfig: 'x', transitEncryption: 7, rootDirectory: null } }] },
      { volumes: [{ name: 'a', efsVolumeConfiguration: { authorizationConfig: { iam: 'ENABLED', accessPointId: 3 } } }, { dockerVolumeConfiguration: { autoprovision: 'yes', scope: 1 } }] },
      { volumes: [{ name: 'a', s3filesVolumeConfiguration: { accessPointArn: null } }, { name: 'a', configuredAtLaunch: 'true' }] },
      { containerDefinitions: [null, 'x', { name: 'a', mountPoints: 'x', volumesFrom: [null, { sourceContainer: 1 }, { sourceContainer: 'a' }] }, { mountPoints: [null, { sourceVolume: null }, { sourceVolume: 'zzz' }] }] },
      { containerDefinitions: {} },
    ];
    const texts = [...broken.map((over) => ec2(over as Json)), '{ "containerDefinitions": [ { "mountPoints": [ { "sourceVolume": "x", ', '{"family": "a", "volumes": [{"name": "v", "efsVolumeConfiguration": {"authorizationConfig": {"iam": "ENABLED"}}', ...storageRules.map((r) => r.examples!.bad)];
    for (const text of texts) {
      const d = doc(text, 'file:///w/task-definition.json');
      const diags = service.diagnostics(d, settings(), ['en', 'vi']);
      service.codeActions(d, diags, undefined, settings(), ['en', 'vi']);
    }
  });
  it('messages name a volume by its trimmed name, shortened past 60 characters, else by its position', () => {
    const long = 'v'.repeat(70);
    const volumes = [efsVolume('  data  ', {}), efsVolume(long, {}), { efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0' } }];
    const messages = diagnose(ec2({ volumes })).filter((d) => d.code === 'ECS408').map((d) => d.message);
    assert.strictEqual(messages.length, 3);
    assert.match(messages[0], /^Volume `data` mounts EFS/);
    assert.match(messages[1], new RegExp(`^Volume \`${'v'.repeat(57)}\\.\\.\\.\` mounts EFS`));
    assert.match(messages[2], /^Volume `#3` mounts EFS/);
  });
});
