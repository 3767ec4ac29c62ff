/**
 * The "Move to `secrets`" quick fixes shared by ECS601 (a credential guessed from a variable's name)
 * and ECS607 (a credential recognised by its format): the `environment` entry is removed, a `secrets`
 * entry with the same name and a placeholder `valueFrom` ARN (Secrets Manager, or SSM Parameter Store
 * as a second choice) is added, and `executionRoleArn` is added when the task has none, since ECS reads
 * `secrets` with the execution role. The value is dropped on purpose: it must be stored in the secret
 * store (and rotated), never copied anywhere by us. Never safe for "fix all": it changes where the
 * value comes from.
 */
import { insertProperty, setValue } from '../../edits/json-edits';
import { sequentialEdits } from '../../edits/sequence';
import { findAccountIds, findPartition, findRegion } from '../../model/accounts';
import { elements, nodeAtPath, pathOf, propertyValue, stringValue, type JsonNode, type JsonPath } from '../../model/document';
import { isPath, str } from '../containers/helpers';
import { suggestedExecutionRole } from '../iam/roles';
import type { Fix } from '../rule';

export type SecretStore = 'secretsmanager' | 'ssm';

/** What the fixes need, attached to the diagnostic (never the value). */
export function moveToSecretsData(entry: JsonNode, container: JsonNode, name: string, taskPath: JsonPath): Record<string, unknown> {
  return { envPath: pathOf(entry), containerPath: pathOf(container), name, taskPath };
}

/** A placeholder ARN in the file's partition, region and account (or `<REGION>`, `<ACCOUNT_ID>`). */
export function placeholderArn(store: SecretStore, name: string, text: string): string {
  const head = `arn:${findPartition(text)}:${store}:${findRegion(text) ?? '<REGION>'}:${findAccountIds(text)[0] ?? '<ACCOUNT_ID>'}`;
  return store === 'secretsmanager' ? `${head}:secret:<${name}>` : `${head}:parameter/<${name}>`;
}

export function moveToSecretsFix(store: SecretStore): Fix {
  return {
    title: store === 'secretsmanager'
      ? { en: 'Move `{name}` to `secrets` (Secrets Manager; drops the value: store it there, then rotate it)', vi: 'Chuyển `{name}` sang `secrets` (Secrets Manager; giá trị bị bỏ: hãy lưu nó vào đó rồi đổi nó)' }
      : { en: 'Move `{name}` to `secrets` (SSM Parameter Store; drops the value: store it there, then rotate it)', vi: 'Chuyển `{name}` sang `secrets` (SSM Parameter Store; giá trị bị bỏ: hãy lưu nó vào đó rồi đổi nó)' },
    safe: false,
    titleArgs: (d) => ({ name: str(d.name) }),
    edits(ctx) {
      const { envPath, containerPath, name, taskPath } = ctx.data;
      if (!isPath(envPath) || !isPath(containerPath) || !isPath(taskPath) || typeof name !== 'string') return undefined;
      // The document may have changed since the diagnostic (a stale one): the entry must still be there, under its name.
      const entry = nodeAtPath(ctx.doc.root, envPath);
      const container = nodeAtPath(ctx.doc.root, containerPath);
      if (container?.type !== 'object' || stringValue(propertyValue(entry, 'name')) !== name) return undefined;
      const secrets = propertyValue(container, 'secrets');
      if (secrets && secrets.type !== 'array') return undefined;
      const exists = elements(secrets).some((s) => stringValue(propertyValue(s, 'name')) === name);
      const text = ctx.doc.text;
      const secret = { name, valueFrom: placeholderArn(store, name, text) };
      // ECS reads `secrets` with the execution role: one is added when the task has none (or a blank one).
      const task = nodeAtPath(ctx.doc.root, taskPath);
      const role = propertyValue(task, 'executionRoleArn');
      const needsRole = task?.type === 'object' && (!role || stringValue(role)?.trim() === '');
      return sequentialEdits(ctx.doc, [
        (d) => (exists ? undefined : setValue(d, secrets ? [...containerPath, 'secrets', -1] : [...containerPath, 'secrets'], secrets ? secret : [secret], ctx.indent)),
        (d) => (nodeAtPath(d.root, envPath) ? setValue(d, envPath, undefined, ctx.indent) : undefined),
        (d) => {
          if (!needsRole) return undefined;
          const value = suggestedExecutionRole(text);
          // A blank one is replaced where it is; a new one goes after taskRoleArn, else after family.
          return insertProperty(d, taskPath, 'executionRoleArn', value, propertyValue(nodeAtPath(d.root, taskPath), 'taskRoleArn') ? 'taskRoleArn' : 'family', ctx.indent);
        },
      ]);
    },
  };
}
