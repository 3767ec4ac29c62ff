/** The topic rule sets; each folder holds its topic's rules, one rule per unit. */
import type { Rule } from './rule';
import { launchTypesRules } from './launch-types';
import { iamRules } from './iam';
import { networkingRules } from './networking';
import { storageRules } from './storage';
import { containersRules } from './containers';
import { securityRules } from './security';
import { serviceRules } from './service';

export const topicRules: readonly Rule[] = [...launchTypesRules, ...iamRules, ...networkingRules, ...storageRules, ...containersRules, ...securityRules, ...serviceRules];
