import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json';
import thads from '../src/moddle/thads.json';
import { diffDefinitions } from '../src/viewer/diff-model.js';
import { standardFiles } from './helpers.js';

const read = async xml => (await new BpmnModdle({ camunda, thads }).fromXML(xml)).rootElement;
const enforcement = standardFiles().find(([name]) => name === 'thads-enforcement.bpmn')[1];

describe('version diff', () => {
  it('finds nothing between a version and itself', async () => {
    expect(diffDefinitions(await read(enforcement), await read(enforcement))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('marks a changed timer, a removed and an added element', async () => {
    const changed = enforcement
      .replace(/(<bpmn:boundaryEvent id="verificationOverdue"[\s\S]*?<bpmn:timeDate[^>]*>)[^<]*/, '$1P15D')
      .replace(/<bpmn:textAnnotation id="[^"]*"[\s\S]*?<\/bpmn:textAnnotation>/, '')
      .replace('</bpmn:process>', '<bpmn:task id="extraStep" name="Bước mới" /></bpmn:process>');
    const diff = diffDefinitions(await read(enforcement), await read(changed));
    expect(diff.changed).toContain('verificationOverdue');
    expect(diff.added).toEqual(['extraStep']);
    expect(diff.changed).not.toContain('verifyConditions');
  });

  it('ignores layout: moving a shape is not a change', async () => {
    const moved = enforcement.replace(/(<bpmndi:BPMNShape id="[^"]*" bpmnElement="verifyConditions"[^>]*>\s*<dc:Bounds x=")(\d+)/, (_, a, x) => a + (Number(x) + 40));
    expect(moved).not.toBe(enforcement);
    expect(diffDefinitions(await read(enforcement), await read(moved)).changed).toEqual([]);
  });
});
