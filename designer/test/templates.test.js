import { describe, expect, it } from 'vitest';
import { activityOf, activityTypes, templateEntries, templateFields, templateForActivity } from '../src/templates.js';
import { templates } from './helpers.js';

describe('element template mapping', () => {
  it('offers every exported THADS activity once, with its Vietnamese name', () => {
    const entries = templateEntries(templates);
    expect(entries.map(e => e.activity).sort()).toEqual(activityTypes(templates).sort());
    expect(new Set(entries.map(e => e.id)).size).toBe(templates.length);
    const approval = entries.find(e => e.activity === 'Approval');
    expect(approval.label).toBe('Phê duyệt');
    expect(approval.id).toBe('thads.Approval');
  });

  it('reads the activity type from the hidden thads:activity property', () => {
    for (const template of templates) {
      expect(template.id).toBe(`thads.${activityOf(template)}`);
      expect(template.elementType.value).toBe('bpmn:ServiceTask');
    }
    expect(templateForActivity(templates, 'Approval').id).toBe('thads.Approval');
    expect(templateForActivity(templates, 'Nope')).toBeNull();
  });

  it('ignores templates that are not THADS activities', () => {
    const foreign = { id: 'other.Mail', name: 'Mail', appliesTo: ['bpmn:Task'], properties: [] };
    expect(templateEntries([foreign, ...templates]).map(e => e.id)).not.toContain('other.Mail');
  });

  it('maps typed inputs to camunda input parameters and outputs to output parameters', () => {
    const approval = templateForActivity(templates, 'Approval');
    const fields = templateFields(approval);
    expect(fields.length).toBeGreaterThan(0);
    const kind = fields.find(f => f.kind === 'input' && f.name === 'kind');
    expect(kind).toBeDefined();
    expect(kind.type).toBe('Dropdown');
    expect(kind.choices).toContain('Decision');
    const outputs = fields.filter(f => f.kind === 'output');
    expect(outputs.map(o => o.name)).toContain('approved');
    for (const output of outputs) {
      expect(output.required).toBe(true);
    }
  });

  it('gives number and date inputs a pattern that also admits ${…} expressions', () => {
    const patterned = templates.flatMap(templateFields).filter(f => f.pattern);
    expect(patterned.length).toBeGreaterThan(0);
    for (const field of patterned) {
      const pattern = new RegExp(field.pattern);
      expect(pattern.test('${x}')).toBe(true);
      expect(pattern.test('')).toBe(true);
      expect(pattern.test('không hợp lệ')).toBe(false);
    }
  });
});
