import { h } from '../shared/dom.js';

/**
 * Shows the server's problems: a red badge on each offending element (with the Vietnamese message as its tooltip)
 * and a list under the canvas whose entries select the element.
 */
export function createProblemView(modeler, list) {
  const overlays = modeler.get('overlays');
  const canvas = modeler.get('canvas');
  const registry = modeler.get('elementRegistry');
  const selection = modeler.get('selection');
  let marked = [];

  function clear() {
    overlays.remove({ type: 'thads-problem' });
    for (const id of marked) {
      if (registry.get(id)) {
        canvas.removeMarker(id, 'thads-invalid');
      }
    }
    marked = [];
    list.replaceChildren();
  }

  function show(problems, title) {
    clear();
    if (!problems.length) {
      list.append(h('p', { class: 'thads-ok' }, title || 'Sơ đồ hợp lệ: có thể xuất bản.'));
      return;
    }
    list.append(h('p', { class: 'thads-problems-title' }, title || `Máy chủ báo ${problems.length} lỗi; sửa các phần tử được đánh dấu đỏ.`));
    const byElement = new Map();
    for (const problem of problems) {
      const key = problem.elementId && registry.get(problem.elementId) ? problem.elementId : null;
      byElement.set(key, [...(byElement.get(key) || []), problem]);
    }
    const items = h('ul', { class: 'thads-problem-list' });
    for (const [id, found] of byElement) {
      const element = id && registry.get(id);
      const name = element ? (element.businessObject.name || id) : 'Toàn sơ đồ';
      if (element) {
        canvas.addMarker(id, 'thads-invalid');
        marked.push(id);
        overlays.add(id, 'thads-problem', {
          position: { top: -12, right: 12 },
          html: h('div', { class: 'thads-problem-badge', title: found.map(p => p.message + ' ' + p.detail).join('\n') }, `${found.length} lỗi`),
        });
      }
      for (const problem of found) {
        items.append(h('li', {
          'data-element-id': id || '',
          onclick: () => element && (selection.select(element), canvas.scrollToElement(element)),
        }, h('strong', {}, name), ': ', problem.message, h('span', { class: 'thads-problem-detail' }, ` (${problem.detail})`)));
      }
    }
    list.append(items);
  }

  return { show, clear };
}
