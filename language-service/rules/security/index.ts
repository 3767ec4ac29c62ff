import type { Rule } from '../rule';
import { secretInEnvironment } from './secret-in-environment';
import { privilegedContainer } from './privileged-container';
import { rootUser } from './root-user';
import { readonlyRootFilesystem } from './readonly-root-filesystem';
import { hostNamespace } from './host-namespace';
import { imageNotPinned } from './image-not-pinned';
import { credentialInPlainText } from './credential-in-plain-text';

/** Rules of this topic, in code order. */
export const securityRules: readonly Rule[] = [
  secretInEnvironment, // ECS601
  privilegedContainer, // ECS602
  rootUser, // ECS603
  readonlyRootFilesystem, // ECS604
  hostNamespace, // ECS605
  imageNotPinned, // ECS606
  credentialInPlainText, // ECS607
];
