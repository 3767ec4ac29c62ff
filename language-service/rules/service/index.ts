import type { Rule } from '../rule';
import { classicLoadBalancerWithAwsvpc } from './classic-load-balancer';
import { loadBalancerContainer, loadBalancerTarget } from './load-balancer-entry';
import { awsvpcNetworkConfiguration, deploymentPercentages, launchTypeMismatch, launchTypeWithCapacityProviders } from './launch-and-network';
import { ambiguousTaskDefinition, ipTargetType, servicePairFromTask, unknownLoadBalancerContainer, unknownLoadBalancerPort } from './cross-file';

/** Service definition rules (ECS7xx), and the pair service + task definition. */
export const serviceRules: readonly Rule[] = [
  classicLoadBalancerWithAwsvpc,
  loadBalancerTarget,
  loadBalancerContainer,
  awsvpcNetworkConfiguration,
  launchTypeWithCapacityProviders,
  launchTypeMismatch,
  deploymentPercentages,
  unknownLoadBalancerContainer,
  unknownLoadBalancerPort,
  ipTargetType,
  servicePairFromTask,
  ambiguousTaskDefinition,
];
