// The element templates of the THADS activities, as the Host exports them (GET /api/admin/workflows/element-templates).

export const TEMPLATE_ID_PREFIX = 'thads.';

/** The activity type a template writes into thads:activity, or null for a template that is not ours. */
export function activityOf(template) {
  const hidden = (template.properties || []).find(p => p.binding && p.binding.type === 'property' && p.binding.name === 'thads:activity');
  return hidden ? hidden.value : null;
}

/** Registered activity types, for the lint rule that checks thads:activity. */
export function activityTypes(templates) {
  return templates.map(activityOf).filter(Boolean);
}

/**
 * Palette and "change type" entries, one per THADS template, grouped by category, named in Vietnamese.
 * Only templates that apply to tasks and produce service tasks are offered.
 */
export function templateEntries(templates) {
  return templates
    .filter(t => t.id && t.id.startsWith(TEMPLATE_ID_PREFIX) && activityOf(t))
    .filter(t => (t.appliesTo || []).some(a => a === 'bpmn:Task' || a === 'bpmn:ServiceTask'))
    .map(t => ({
      id: t.id,
      label: t.name,
      description: t.description || '',
      category: (t.category && t.category.name) || 'THADS',
      activity: activityOf(t),
      template: t,
    }))
    .sort((a, b) => a.category.localeCompare(b.category, 'vi') || a.label.localeCompare(b.label, 'vi'));
}

/** The template applied to a service task, found by its thads:activity when the modelerTemplate attribute is absent. */
export function templateForActivity(templates, activity) {
  return templates.find(t => activityOf(t) === activity) || null;
}

/** The typed properties a template asks for (inputs and outputs), for documentation and tests. */
export function templateFields(template) {
  return (template.properties || [])
    .filter(p => p.binding && (p.binding.type === 'camunda:inputParameter' || p.binding.type === 'camunda:outputParameter'))
    .map(p => ({
      label: p.label,
      kind: p.binding.type === 'camunda:inputParameter' ? 'input' : 'output',
      name: p.binding.name || p.value,
      type: p.type,
      required: !!(p.constraints && p.constraints.notEmpty),
      pattern: p.constraints && p.constraints.pattern ? p.constraints.pattern.value : null,
      choices: p.choices ? p.choices.map(c => c.value) : null,
    }));
}
