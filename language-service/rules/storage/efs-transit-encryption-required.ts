import type { TextEdit } from 'vscode-languageserver-types';
import { setValue } from '../../edits/json-edits';
import { nodeAtPath, propertyValue, stringValue, type JsonNode } from '../../model/document';
import { isPlaceholder } from '../../model/placeholders';
import { DG, isPath, keyOfValue, pathData } from '../containers/helpers';
import { defineRule, type FixContext } from '../rule';
import { volumeLabel } from '../launch-types/support';

/** Fix step shared with ECS408: set `transitEncryption: "ENABLED"` in the EFS configuration at `data.efsPath`. */
export function enableTransitEncryption(ctx: FixContext): TextEdit[] | undefined {
  const path = ctx.data.efsPath;
  if (!isPath(path)) return undefined;
  // The document may have changed since the diagnostic (a stale one).
  const efs = nodeAtPath(ctx.doc.root, path);
  // Already ENABLED: the edit changes nothing, and a fix that changes nothing is not offered.
  if (efs?.type !== 'object') return undefined;
  return setValue(ctx.doc, [...path, 'transitEncryption'], 'ENABLED', ctx.indent);
}

/** Why an EFS volume needs transit encryption: IAM authorisation, else an access point (undefined: it does not). */
export function efsEncryptionReason(efs: JsonNode | undefined): { accessPoint: boolean; node: JsonNode } | undefined {
  const auth = propertyValue(efs, 'authorizationConfig');
  const iam = propertyValue(auth, 'iam');
  if (stringValue(iam) === 'ENABLED') return { accessPoint: false, node: iam! };
  const ap = propertyValue(auth, 'accessPointId');
  if (stringValue(ap)?.trim()) return { accessPoint: true, node: keyOfValue(ap!) };
  return undefined;
}

export const efsTransitEncryptionRequired = defineRule({
  code: 'ECS406',
  name: 'efs-transit-encryption-required',
  topic: 'storage',
  severity: 'error',
  title: { en: 'EFS transit encryption required', vi: 'EFS bắt buộc bật mã hóa khi truyền' },
  message: {
    en: 'EFS IAM authorization requires `transitEncryption: "ENABLED"` on volume `{name}`.',
    vi: 'EFS IAM authorization đòi hỏi volume `{name}` phải đặt `transitEncryption: "ENABLED"`.',
  },
  variants: {
    accessPoint: {
      en: 'An EFS access point requires `transitEncryption: "ENABLED"` on volume `{name}`.',
      vi: 'Dùng EFS access point thì volume `{name}` phải đặt `transitEncryption: "ENABLED"`.',
    },
  },
  description: {
    en: 'When an EFS volume is mounted with IAM authorization (`authorizationConfig.iam: "ENABLED"`, which uses the task role) or through an access point (`authorizationConfig.accessPointId`), the traffic between the task and EFS must be encrypted with TLS. `transitEncryption` defaults to `DISABLED`, so it has to be set explicitly.',
    vi: 'Khi EFS volume được mount với IAM authorization (`authorizationConfig.iam: "ENABLED"`, dùng task role) hoặc thông qua access point (`authorizationConfig.accessPointId`), dữ liệu truyền giữa task và EFS bắt buộc phải được mã hóa bằng TLS. `transitEncryption` mặc định là `DISABLED`, nên phải đặt rõ giá trị này.',
  },
  docs: `${DG}/specify-efs-config.html`,
  examples: {
    bad: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" } } }] }',
    good: '{ "family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512", "taskRoleArn": "arn:aws:iam::123456789012:role/webTaskRole", "containerDefinitions": [{ "name": "app", "image": "nginx:1.27", "mountPoints": [{ "sourceVolume": "content", "containerPath": "/usr/share/nginx/html" }] }], "volumes": [{ "name": "content", "efsVolumeConfiguration": { "fileSystemId": "fs-0123456789abcdef0", "transitEncryption": "ENABLED", "authorizationConfig": { "accessPointId": "fsap-0123456789abcdef0", "iam": "ENABLED" } } }] }',
  },
  check(ctx) {
    const f = ctx.facts!; // a task rule runs with the facts of the task (features/diagnostics.ts)
    for (const v of f.volumes) {
      // (A configuration that is not an object has no reason: its authorizationConfig cannot be read.)
      const efs = propertyValue(v.node, 'efsVolumeConfiguration');
      const why = efsEncryptionReason(efs);
      if (!why) continue;
      const te = propertyValue(efs, 'transitEncryption');
      // ENABLED, a placeholder, or a wrong type (ECS003).
      if (te && (te.type !== 'string' || te.value === 'ENABLED' || isPlaceholder(String(te.value)))) continue;
      const node = te ?? why.node;
      ctx.report({ node, absent: te ? undefined : 'here', variant: why.accessPoint ? 'accessPoint' : undefined, args: { name: volumeLabel(v) }, data: { efsPath: pathData(efs!) } });
    }
  },
  fix: {
    title: { en: 'Set `transitEncryption` to `ENABLED`', vi: 'Đặt `transitEncryption` thành `ENABLED`' },
    safe: true,
    edits(ctx) {
      return enableTransitEncryption(ctx);
    },
  },
});
