import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import Linter from 'bpmnlint/lib/linter';
import thads from '../src/moddle/thads.json';
import { lintConfig } from '../src/lint/config.js';
import { activityTypes } from '../src/templates.js';

export const DEFINITIONS = join(import.meta.dirname, '../../src/Workflows/Definitions');

export const templates = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/element-templates.json'), 'utf8'));

export function standardFiles() {
  return readdirSync(DEFINITIONS).filter(f => f.endsWith('.bpmn')).map(f => [f, readFileSync(join(DEFINITIONS, f), 'utf8')]);
}

/** Lints BPMN XML with our packed configuration; returns [{rule, id, message, category}]. */
export async function lint(xml, activities = activityTypes(templates)) {
  const moddle = new BpmnModdle({ camunda, thads });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  // Unknown attributes stay in $attrs, as in the modeler; anything else means a broken fixture.
  const broken = warnings.filter(w => !/^unknown attribute/.test(w.message));
  if (broken.length) {
    throw new Error(broken.map(w => w.message).join('\n'));
  }
  const { config, resolver } = lintConfig(activities);
  const results = await new Linter({ config, resolver }).lint(rootElement);
  return Object.entries(results).flatMap(([rule, reports]) => reports.map(r => ({ rule, ...r })));
}

/** A one-process diagram around the given flow elements (start → body → end is up to the caller). */
export function diagram(body, extra = '') {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:thads="urn:thads:bpmn:1.0" id="d" targetNamespace="urn:test">
  ${extra}
  <bpmn:process id="p" name="Thử" isExecutable="true">
    <bpmn:startEvent id="start" name="Bắt đầu"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="x" />
    ${body}
    <bpmn:sequenceFlow id="f2" sourceRef="x" targetRef="end" />
    <bpmn:endEvent id="end" name="Xong"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;
}

export function errorsOn(reports, id) {
  return reports.filter(r => r.id === id && r.category === 'error');
}
