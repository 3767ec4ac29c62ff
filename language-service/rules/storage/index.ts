import type { Rule } from '../rule';
import { mountUnknownVolume } from './mount-unknown-volume';
import { volumesFromUnknownContainer } from './volumes-from-unknown-container';
import { volumeMultipleKinds } from './volume-multiple-kinds';
import { duplicateVolumeName } from './duplicate-volume-name';
import { multipleConfiguredAtLaunch } from './multiple-configured-at-launch';
import { efsTransitEncryptionRequired } from './efs-transit-encryption-required';
import { efsRootDirectoryWithAccessPoint } from './efs-root-directory-with-access-point';
import { efsTransitEncryptionOff } from './efs-transit-encryption-off';
import { autoprovisionNeedsSharedScope } from './autoprovision-needs-shared-scope';
import { unusedVolume } from './unused-volume';

/** Rules of this topic, in code order. */
export const storageRules: readonly Rule[] = [
  mountUnknownVolume, // ECS401
  volumesFromUnknownContainer, // ECS402
  volumeMultipleKinds, // ECS403
  duplicateVolumeName, // ECS404
  multipleConfiguredAtLaunch, // ECS405
  efsTransitEncryptionRequired, // ECS406
  efsRootDirectoryWithAccessPoint, // ECS407
  efsTransitEncryptionOff, // ECS408
  autoprovisionNeedsSharedScope, // ECS409
  unusedVolume, // ECS410
];
