/**
 * The rules written from each independent writer's set after its first sight (test-f onwards) and from
 * the development writers M1-M3 and S1-S2, in the order the classifier runs them. One file per set keeps each
 * set's classes together; docs/safety.md says what each set taught.
 */
import type { RuleSpec } from './ruleSpec';
import { AFTER_TEST_F, EMERGENCY_AFTER_TEST_F } from './rulesAfterTestF';
import { AFTER_TEST_G, EMERGENCY_AFTER_TEST_G } from './rulesAfterTestG';
import { AFTER_TEST_H } from './rulesAfterTestH';
import { AFTER_TEST_I, EMERGENCY_AFTER_TEST_I } from './rulesAfterTestI';
import { AFTER_TEST_J, EMERGENCY_AFTER_TEST_J, MENTION_AFTER_TEST_J, ORDINARY_AFTER_TEST_J } from './rulesAfterTestJ';
import { AFTER_TEST_K, EMERGENCY_AFTER_TEST_K, MENTION_AFTER_TEST_K } from './rulesAfterTestK';
import { AFTER_TEST_L, EMERGENCY_AFTER_TEST_L, MENTION_AFTER_TEST_L } from './rulesAfterTestL';
import { AFTER_TEST_N, EMERGENCY_AFTER_TEST_N, ORDINARY_AFTER_TEST_N } from './rulesAfterTestN';
import { AFTER_TEST_O, EMERGENCY_AFTER_TEST_O, ORDINARY_AFTER_TEST_O } from './rulesAfterTestO';
import { AFTER_TEST_P, EMERGENCY_AFTER_TEST_P } from './rulesAfterTestP';
import { AFTER_TEST_Q, EMERGENCY_AFTER_TEST_Q, OTHER_AFTER_TEST_Q } from './rulesAfterTestQ';
import { AFTER_TEST_R, EMERGENCY_AFTER_TEST_R } from './rulesAfterTestR';
import { AFTER_TEST_U, EMERGENCY_AFTER_TEST_U } from './rulesAfterTestU';
import { EMERGENCY_FROM_WRITERS_M, FROM_WRITERS_M, ORDINARY_FROM_WRITERS_M, OTHER_FROM_WRITERS_M } from './rulesFromWritersM';

export const FROM_WRITER_SETS: readonly RuleSpec[] = [
  ...AFTER_TEST_F,
  ...EMERGENCY_AFTER_TEST_F,
  ...AFTER_TEST_G,
  ...EMERGENCY_AFTER_TEST_G,
  ...AFTER_TEST_H,
  ...AFTER_TEST_I,
  ...EMERGENCY_AFTER_TEST_I,
  ...AFTER_TEST_J,
  ...EMERGENCY_AFTER_TEST_J,
  ...ORDINARY_AFTER_TEST_J,
  ...MENTION_AFTER_TEST_J,
  ...FROM_WRITERS_M,
  ...AFTER_TEST_K,
  ...EMERGENCY_AFTER_TEST_K,
  ...MENTION_AFTER_TEST_K,
  ...AFTER_TEST_L,
  ...EMERGENCY_AFTER_TEST_L,
  ...MENTION_AFTER_TEST_L,
  ...AFTER_TEST_N,
  ...EMERGENCY_AFTER_TEST_N,
  ...ORDINARY_AFTER_TEST_N,
  ...AFTER_TEST_O,
  ...EMERGENCY_AFTER_TEST_O,
  ...ORDINARY_AFTER_TEST_O,
  ...AFTER_TEST_P,
  ...EMERGENCY_AFTER_TEST_P,
  ...AFTER_TEST_Q,
  ...EMERGENCY_AFTER_TEST_Q,
  ...OTHER_AFTER_TEST_Q,
  ...AFTER_TEST_R,
  ...EMERGENCY_AFTER_TEST_R,
  ...AFTER_TEST_U,
  ...EMERGENCY_AFTER_TEST_U,
  ...OTHER_FROM_WRITERS_M,
  ...EMERGENCY_FROM_WRITERS_M,
  ...ORDINARY_FROM_WRITERS_M,
];
