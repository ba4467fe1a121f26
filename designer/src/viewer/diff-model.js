// Compares two versions of a process element by element (ids are stable across versions in the designer).

const SKIPPED = new Set(['$parent', 'di', 'flowElements', 'incoming', 'outgoing', 'artifacts', 'laneSets', 'lanes', 'flowNodeRef',
  'boundaryEventRefs', 'attachedToRef']);

/** Every flow element and artifact under the root elements of a moddle definitions object, by id. */
export function elementsById(definitions) {
  const found = new Map();
  const visit = element => {
    if (!element || typeof element !== 'object') {
      return;
    }
    if (element.id && element.$type && element.$type !== 'bpmn:Definitions' && element.$type !== 'bpmn:Process'
        && element.$type !== 'bpmn:Collaboration' && !element.$type.startsWith('bpmndi:')) {
      found.set(element.id, element);
    }
    for (const child of [...(element.flowElements || []), ...(element.artifacts || [])]) {
      visit(child);
    }
  };
  for (const root of definitions.rootElements || []) {
    visit(root);
  }
  return found;
}

/** A stable text of what an element means (type, attributes, definitions, extensions), without layout. */
export function signature(element) {
  return JSON.stringify(canonical(element, 0));
}

function canonical(value, depth) {
  if (value === null || value === undefined || typeof value !== 'object') {
    return value;
  }
  if (depth > 8) {
    return '…';
  }
  if (Array.isArray(value)) {
    return value.map(v => canonical(v, depth + 1));
  }
  if (depth > 0 && value.id && value.$type && value.$parent && !isOwned(value)) {
    return { ref: value.id };
  }
  const result = { $type: value.$type };
  const keys = Object.keys(value).filter(k => !k.startsWith('$') && !SKIPPED.has(k)).sort();
  for (const key of keys) {
    result[key] = canonical(value[key], depth + 1);
  }
  if (value.$attrs) {
    for (const key of Object.keys(value.$attrs).filter(k => !k.startsWith('xmlns')).sort()) {
      result[`@${key}`] = value.$attrs[key];
    }
  }
  if (value.body !== undefined) {
    result.body = value.body;
  }
  return result;
}

// Event definitions, expressions and extension elements belong to their element; flow nodes and messages are references.
function isOwned(value) {
  return /EventDefinition$|Expression$|ExtensionElements$|LoopCharacteristics$/.test(value.$type) || value.$type.startsWith('camunda:');
}

/**
 * Elements added in `next`, removed from `previous`, and changed (same id, different meaning), each a sorted id list.
 * @param {object} previous moddle definitions of the older version
 * @param {object} next moddle definitions of the newer version
 */
export function diffDefinitions(previous, next) {
  const before = elementsById(previous);
  const after = elementsById(next);
  const added = [...after.keys()].filter(id => !before.has(id)).sort();
  const removed = [...before.keys()].filter(id => !after.has(id)).sort();
  const changed = [...after.keys()].filter(id => before.has(id) && signature(before.get(id)) !== signature(after.get(id))).sort();
  return { added, removed, changed };
}
