/** The topic rule sets (launch types, IAM, networking, storage, containers, security). */
import type { Rule } from './rule';

export const topicRules: readonly Rule[] = [];
