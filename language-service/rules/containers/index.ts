import type { Rule } from '../rule';
import { duplicateContainerName } from './duplicate-container-name';
import { noEssentialContainer } from './no-essential-container';
import { dependsOnUnknownContainer } from './depends-on-unknown-container';
import { dependsOnCycle } from './depends-on-cycle';
import { dependsOnHealthyWithoutHealthCheck } from './depends-on-healthy-without-health-check';
import { dependsOnExitOfEssential } from './depends-on-exit-of-essential';
import { healthCheckCommand } from './health-check-command';
import { healthCheckInterval } from './health-check-interval';
import { memoryBelowReservation } from './memory-below-reservation';
import { containerMemoryAboveTask } from './container-memory-above-task';
import { containerCpuAboveTask } from './container-cpu-above-task';
import { memoryReservationsAboveTask } from './memory-reservations-above-task';
import { ulimitSoftAboveHard } from './ulimit-soft-above-hard';
import { duplicateUlimit } from './duplicate-ulimit';
import { awslogsMissingOptions } from './awslogs-missing-options';
import { awslogsCreateGroup } from './awslogs-create-group';
import { firelensRouterMissing } from './firelens-router-missing';
import { firelensRouterUnused } from './firelens-router-unused';
import { proxyContainerUnknown } from './proxy-container-unknown';
import { secretValueFrom } from './secret-value-from';
import { duplicateEnvironmentName } from './duplicate-environment-name';
import { environmentSecretConflict } from './environment-secret-conflict';
import { containerImageMissing } from './container-image-missing';

/** Rules of this topic, in code order. */
export const containersRules: readonly Rule[] = [
  duplicateContainerName, // ECS501
  noEssentialContainer, // ECS502
  dependsOnUnknownContainer, // ECS503
  dependsOnCycle, // ECS504
  dependsOnHealthyWithoutHealthCheck, // ECS505
  dependsOnExitOfEssential, // ECS506
  healthCheckCommand, // ECS507
  healthCheckInterval, // ECS508
  memoryBelowReservation, // ECS509
  containerMemoryAboveTask, // ECS510
  containerCpuAboveTask, // ECS511
  memoryReservationsAboveTask, // ECS512
  ulimitSoftAboveHard, // ECS513
  duplicateUlimit, // ECS514
  awslogsMissingOptions, // ECS515
  awslogsCreateGroup, // ECS516
  firelensRouterMissing, // ECS517
  firelensRouterUnused, // ECS518
  proxyContainerUnknown, // ECS519
  secretValueFrom, // ECS520
  duplicateEnvironmentName, // ECS521
  environmentSecretConflict, // ECS522
  containerImageMissing, // ECS523
];
