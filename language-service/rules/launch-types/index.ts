import type { Rule } from '../rule';
import { fargateNetworkMode } from './fargate-network-mode';
import { fargateTaskSizeMissing } from './fargate-task-size-missing';
import { fargateTaskSize } from './fargate-task-size';
import { fargateWindowsTaskSize } from './fargate-windows-task-size';
import { fargateUnsupportedTaskFeature } from './fargate-unsupported-task-feature';
import { fargateUnsupportedContainerFeature } from './fargate-unsupported-container-feature';
import { fargateCapabilities } from './fargate-capabilities';
import { fargateLogDriver } from './fargate-log-driver';
import { ec2ContainerMemory } from './ec2-container-memory';
import { externalNetworkMode } from './external-network-mode';
import { managedInstancesNetworkMode } from './managed-instances-network-mode';
import { noLaunchType } from './no-launch-type';
import { containerArrayLaunchType } from './container-array-launch-type';

/** Rules of this topic, in code order. */
export const launchTypesRules: readonly Rule[] = [
  fargateNetworkMode,
  fargateTaskSizeMissing,
  fargateTaskSize,
  fargateWindowsTaskSize,
  fargateUnsupportedTaskFeature,
  fargateUnsupportedContainerFeature,
  fargateCapabilities,
  fargateLogDriver,
  ec2ContainerMemory,
  externalNetworkMode,
  managedInstancesNetworkMode,
  noLaunchType,
  containerArrayLaunchType,
];
