import type { Rule } from '../rule';
import { hostPortMismatch } from './host-port-mismatch';
import { duplicateContainerPort } from './duplicate-container-port';
import { containerPortRange } from './container-port-range';
import { appProtocolWithoutName } from './app-protocol-without-name';
import { duplicatePortName } from './duplicate-port-name';
import { bridgeStaticHostPort } from './bridge-static-host-port';
import { linksRequireBridge } from './links-require-bridge';
import { noneNetworkPortMappings } from './none-network-port-mappings';
import { proxyConfigurationAwsvpc } from './proxy-configuration-awsvpc';
import { awsvpcUnsupportedContainerFeature } from './awsvpc-unsupported-container-feature';
import { linkUnknownContainer } from './link-unknown-container';
import { linkCycle } from './link-cycle';

/** Rules of this topic, in code order. */
export const networkingRules: readonly Rule[] = [
  hostPortMismatch,
  duplicateContainerPort,
  containerPortRange,
  appProtocolWithoutName,
  duplicatePortName,
  bridgeStaticHostPort,
  linksRequireBridge,
  noneNetworkPortMappings,
  proxyConfigurationAwsvpc,
  awsvpcUnsupportedContainerFeature,
  linkUnknownContainer,
  linkCycle,
];
