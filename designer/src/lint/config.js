import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import fakeJoin from 'bpmnlint/rules/fake-join';
import labelRequired from 'bpmnlint/rules/label-required';
import supportedElement from './rules/supported-element.js';
import supportedEventDefinition from './rules/supported-event-definition.js';
import supportedExtension from './rules/supported-extension.js';
import serviceTaskActivity from './rules/service-task-activity.js';
import timerDefinition from './rules/timer-definition.js';
import userTaskAssignment from './rules/user-task-assignment.js';
import scriptLanguage from './rules/script-language.js';
import connected from './rules/connected.js';

/** Our rules under the plugin name "thads"; bpmnlint resolves "thads/x" to package "bpmnlint-plugin-thads". */
export const THADS_RULES = {
  'supported-element': supportedElement,
  'supported-event-definition': supportedEventDefinition,
  'supported-extension': supportedExtension,
  'service-task-activity': serviceTaskActivity,
  'timer-definition': timerDefinition,
  'user-task-assignment': userTaskAssignment,
  'script-language': scriptLanguage,
  connected,
};

const BUILT_IN = {
  'start-event-required': startEventRequired,
  'single-blank-start-event': singleBlankStartEvent,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'fake-join': fakeJoin,
  'label-required': labelRequired,
};

/**
 * The packed bpmnlint configuration (what bpmnlint-pack-config would produce): errors for everything the engine
 * refuses, warnings for what it runs but administrators usually did not mean.
 * @param {string[]|null} activities registered activity types (from the element templates), or null when unknown
 */
export function lintConfig(activities = null) {
  const cache = {};
  for (const [name, rule] of Object.entries(BUILT_IN)) {
    cache[`rule:bpmnlint/${name}`] = rule;
  }
  for (const [name, rule] of Object.entries(THADS_RULES)) {
    cache[`rule:bpmnlint-plugin-thads/${name}`] = rule;
  }
  const rules = {
    'start-event-required': 'error',
    'single-blank-start-event': 'error',
    'no-duplicate-sequence-flows': 'error',
    'fake-join': 'warn',
    'label-required': 'warn',
  };
  for (const name of Object.keys(THADS_RULES)) {
    rules[`thads/${name}`] = 'error';
  }
  rules['thads/service-task-activity'] = ['error', { activities }];
  return { config: { rules }, resolver: new StaticResolver(cache) };
}
