/**
 * The nine facts of the Vietnamese-and-facts review (F1–F9), in both languages, each checked where a
 * user meets it: the hover, the rule message or severity, the IAM policy note.
 */
import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { fieldDoc } from '../../language-service/field-docs';
import { derivePolicies } from '../../language-service/iam';
import { allRules } from '../../language-service/rules';
import { diagnose, doc, ec2, fargate, hoverText, service } from '../support/harness';

const rule = (code: string) => allRules.find((r) => r.code === code)!;
const hoverOn = (text: string, key: string, langs: Array<'en' | 'vi'>): string => {
  const i = text.indexOf(`"${key}"`);
  assert.ok(i >= 0, key);
  return hoverText(text.slice(0, i + 3) + '|' + text.slice(i + 3), langs)!;
};

describe('facts F1–F9', () => {
  it('F1 requiresCompatibilities default: EC2 rules only, Fargate not guaranteed but possible (ECS computes compatibilities)', () => {
    const text = ec2();
    const en = hoverOn(text, 'requiresCompatibilities', ['en']);
    const vi = hoverOn(text, 'requiresCompatibilities', ['vi']);
    assert.ok(en.includes('checks the definition against the EC2 rules only') && en.includes('not guaranteed') && en.includes('`compatibilities`'), en);
    assert.ok(!/cannot be run on Fargate later/.test(en));
    assert.ok(vi.includes('chỉ kiểm tra task definition theo quy tắc của EC2') && vi.includes('không được bảo đảm') && vi.includes('`compatibilities`'), vi);
    assert.ok(!vi.includes('sau này không chạy được task trên Fargate'));
  });

  it('F2 (docs): the service taskDefinition hover says ECS checks the computed compatibilities', () => {
    const d = fieldDoc('taskDefinition', 'service')!;
    assert.ok(d.limits!.en.includes('`compatibilities` it computed at registration') && d.limits!.vi.includes('`compatibilities` mà nó tính lúc đăng ký'));
  });

  it('F3 IAM note on EC2 agrees with the hover and the generated policy: awslogs uses the execution role when there is one', () => {
    const text = ec2({ executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole' }, { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' } } });
    const p = derivePolicies(service.parse(doc(text)));
    // The generated policy grants the log permissions to the execution role...
    assert.ok(JSON.stringify(p.executionRolePolicy).includes('logs:PutLogEvents'));
    // ...the note says the same, with the agent setting for Windows and the fallback only without a role...
    const note = p.notes.find((n) => n.message.en.includes('awslogs'))!;
    assert.ok(note, 'an EC2 awslogs note');
    for (const s of ['writes with the execution role when the task has one', 'ECS-optimized Linux AMIs enable this by default', 'on Windows instances set `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true`', 'Only a task without an execution role falls back to the instance profile']) {
      assert.ok(note.message.en.includes(s), s);
    }
    for (const s of ['awslogs ghi log bằng execution role khi task có role này', 'ECS-optimized AMI cho Linux bật sẵn', 'trên instance Windows, hãy đặt `ECS_ENABLE_AWSLOGS_EXECUTIONROLE_OVERRIDE=true`', 'Chỉ khi task không có execution role thì mới dùng instance profile']) {
      assert.ok(note.message.vi.includes(s), s);
    }
    assert.ok(!/awslogs driver on an EC2 instance writes with the container instance role/.test(note.message.en));
    // ...and so does the hover of executionRoleArn (the instance profile is only the fallback).
    const hover = hoverOn(text, 'executionRoleArn', ['en']);
    assert.ok(hover.includes('on EC2 the agent falls back to the instance profile for ECR pulls and logs'), hover);
    assert.ok(hover.includes('logs:PutLogEvents'));
  });

  it('F4 ECS105 ipcMode: IPC is shared with the host or among the containers of one task, never between tasks', () => {
    const text = fargate({ ipcMode: 'task' });
    const en = diagnose(text).find((d) => d.code === 'ECS105')!;
    const vi = diagnose(text, { langs: ['vi'] }).find((d) => d.code === 'ECS105')!;
    assert.ok(en.message.includes('among the containers of the task') && !en.message.includes('between tasks'), en.message);
    assert.ok(vi.message.includes('giữa các container trong task') && !vi.message.includes('giữa các task'), vi.message);
  });

  it('F5 ECS515: on EC2 a missing region falls back to the instance region (information), a missing group fails (warning)', () => {
    const log = (options: Record<string, string>) => ({ logConfiguration: { logDriver: 'awslogs', options } });
    const sev = (text: string) => diagnose(text).find((d) => d.code === 'ECS515')?.severity;
    assert.strictEqual(sev(ec2({}, log({ 'awslogs-group': '/ecs/web' }))), DiagnosticSeverity.Information);
    assert.strictEqual(sev(ec2({}, log({ 'awslogs-region': 'us-east-1' }))), DiagnosticSeverity.Warning);
    assert.ok(rule('ECS515').description.en.includes('without `awslogs-region` the driver uses the region of the instance'));
    assert.ok(rule('ECS515').description.vi.includes('khi thiếu `awslogs-region` thì driver dùng region của instance'));
  });

  it('F6 environmentFiles: processed in order from the first file to the last, not "ambiguous"', () => {
    const d = fieldDoc('containerDefinitions[].environmentFiles')!;
    assert.ok(d.limits!.en.includes('processed in order, from the first to the last') && !d.limits!.en.includes('ambiguous'));
    assert.ok(d.limits!.vi.includes('được xử lý theo thứ tự, từ file đầu tới file cuối'));
  });

  it('F7 CLB: container health checks are not supported for the tasks of a service behind one', () => {
    const d = fieldDoc('loadBalancers[].loadBalancerName', 'service')!;
    assert.ok(d.launchTypeNote!.en.includes('container health checks are not supported') && !d.launchTypeNote!.en.includes('honour'));
    assert.ok(d.launchTypeNote!.vi.includes('không được hỗ trợ container health check'));
  });

  it('F8 ECS109: above its hard memory limit a container is OOM-killed, not stopped', () => {
    const r = rule('ECS109');
    assert.ok(r.description.en.includes('killed (OOM)') && !r.description.en.includes('is stopped above it'));
    assert.ok(r.description.vi.includes('bị kill (OOM)') && !r.description.vi.includes('bị dừng)'));
  });

  it('F9 tags: the `aws:` prefix, in any case, is reserved in keys and values (task and service)', () => {
    for (const [key, kind] of [['tags[].key', 'task'], ['tags[].value', 'task'], ['tags[].key', 'service'], ['tags[].value', 'service']] as const) {
      const d = fieldDoc(key, kind)!;
      assert.ok(d.limits!.en.includes('`aws:` (any case)') && d.limits!.en.includes('reserved for AWS'), `${kind} ${key}`);
      assert.ok(d.limits!.vi.includes('`aws:` (dù viết hoa hay thường)') && d.limits!.vi.includes('dành riêng cho AWS'), `${kind} ${key}`);
    }
  });
});
