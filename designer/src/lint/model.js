// Reading moddle elements whether or not the camunda/thads extensions are registered.

const THADS_URI = 'urn:thads:bpmn:1.0';
const CAMUNDA_URI = 'http://camunda.org/schema/1.0/bpmn';

export function is(element, type) {
  return !!element && typeof element.$instanceOf === 'function' && element.$instanceOf(type);
}

/** The value of a prefixed attribute (camunda:x, thads:x), known to moddle or kept in $attrs. */
export function attribute(element, prefix, name) {
  let value;
  try {
    value = element.get(`${prefix}:${name}`);
  } catch (e) {
    value = undefined;
  }
  if (value !== undefined && value !== null) {
    return value;
  }
  const attrs = element.$attrs || {};
  for (const key of Object.keys(attrs)) {
    const [attrPrefix, local] = key.includes(':') ? key.split(':') : [null, key];
    if (local === name && (attrPrefix === prefix || namespaceOf(element, attrPrefix) === uriOf(prefix))) {
      return attrs[key];
    }
  }
  return undefined;
}

/** Every prefixed attribute of the element as [local name, value], for one namespace prefix. */
export function attributes(element, prefix) {
  const found = new Map();
  const descriptor = element.$descriptor;
  for (const property of (descriptor && descriptor.properties) || []) {
    // Only values written in the file: get() would also return defaults such as calledElementBinding="latest".
    if (property.ns && property.ns.prefix === prefix && property.isAttr !== false
        && Object.prototype.hasOwnProperty.call(element, property.name)) {
      const value = element[property.name];
      if (value !== undefined && value !== null && typeof value !== 'object') {
        found.set(property.ns.localName, value);
      }
    }
  }
  const attrs = element.$attrs || {};
  for (const key of Object.keys(attrs)) {
    if (key.startsWith('xmlns')) {
      continue;
    }
    const [attrPrefix, local] = key.includes(':') ? key.split(':') : [null, key];
    if (attrPrefix === prefix || (attrPrefix && namespaceOf(element, attrPrefix) === uriOf(prefix))) {
      found.set(local, attrs[key]);
    }
  }
  return [...found.entries()];
}

export function extensionValues(element) {
  return (element.extensionElements && element.extensionElements.values) || [];
}

export function isExpression(text) {
  return /^\s*[$#]\{[\s\S]*\}\s*$/.test(text || '');
}

function uriOf(prefix) {
  return prefix === 'thads' ? THADS_URI : prefix === 'camunda' ? CAMUNDA_URI : null;
}

function namespaceOf(element, prefix) {
  let current = element;
  while (current) {
    const attrs = current.$attrs || {};
    if (attrs[`xmlns:${prefix}`]) {
      return attrs[`xmlns:${prefix}`];
    }
    current = current.$parent;
  }
  return null;
}
