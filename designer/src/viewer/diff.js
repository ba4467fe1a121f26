import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import thadsModdle from '../moddle/thads.json';
import { TranslateModule } from '../i18n/translate.js';
import { createApi } from '../shared/api.js';
import { formatTime, h } from '../shared/dom.js';
import { diffDefinitions } from './diff-model.js';
import { fitViewport } from '../shared/fit.js';

/** Version history: two versions side by side, added (green), removed (red) and changed (orange) elements marked. */
export async function start(root) {
  const key = root.dataset.key;
  const api = createApi(root.dataset.api);
  const versions = await api.get(`/${encodeURIComponent(key)}`);
  if (versions.length === 0) {
    root.textContent = 'Quy trình chưa có phiên bản.';
    return;
  }
  const pick = (name, selected) => h('select', { name },
    versions.map(v => h('option', { value: v.version, selected: v.version === selected },
      `Phiên bản ${v.version} – ${formatTime(v.deployedAt)}${v.comment ? ' – ' + v.comment : ''}`)));
  const left = pick('left', Number(root.dataset.left) || (versions[1] || versions[0]).version);
  const right = pick('right', Number(root.dataset.right) || versions[0].version);
  const summary = h('div', { class: 'thads-diff-summary', 'data-role': 'diff-summary' });
  const leftHost = h('div', { class: 'thads-diff-canvas' });
  const rightHost = h('div', { class: 'thads-diff-canvas' });
  root.replaceChildren(
    h('div', { class: 'thads-toolbar' }, h('label', {}, 'Bản cũ ', left), h('label', {}, 'Bản mới ', right),
      h('span', { class: 'thads-legend' }, h('span', { class: 'added' }, 'thêm'), h('span', { class: 'removed' }, 'bỏ'), h('span', { class: 'changed' }, 'sửa'))),
    summary,
    h('div', { class: 'thads-diff' }, leftHost, rightHost));

  const options = { additionalModules: [TranslateModule], moddleExtensions: { camunda: camundaModdle, thads: thadsModdle } };
  const leftViewer = new NavigatedViewer({ container: leftHost, ...options });
  const rightViewer = new NavigatedViewer({ container: rightHost, ...options });
  left.addEventListener('change', compare);
  right.addEventListener('change', compare);
  await compare();

  async function compare() {
    const [older, newer] = await Promise.all([
      api.get(`/${encodeURIComponent(key)}/versions/${left.value}`),
      api.get(`/${encodeURIComponent(key)}/versions/${right.value}`),
    ]);
    await leftViewer.importXML(older.xml);
    await rightViewer.importXML(newer.xml);
    const diff = diffDefinitions(leftViewer.getDefinitions(), rightViewer.getDefinitions());
    mark(leftViewer, diff.removed, 'thads-removed');
    mark(leftViewer, diff.changed, 'thads-changed');
    mark(rightViewer, diff.added, 'thads-added');
    mark(rightViewer, diff.changed, 'thads-changed');
    for (const viewer of [leftViewer, rightViewer]) {
      fitViewport(viewer.get('canvas'));
    }
    const names = (viewer, ids) => ids.map(id => {
      const element = viewer.get('elementRegistry').get(id);
      return (element && element.businessObject.name) || id;
    });
    summary.replaceChildren(
      h('p', {}, `So sánh phiên bản ${left.value} với ${right.value}: thêm ${diff.added.length}, bỏ ${diff.removed.length}, sửa ${diff.changed.length} phần tử.`),
      h('ul', {},
        ...names(rightViewer, diff.added).map(n => h('li', { class: 'added' }, 'Thêm: ', n)),
        ...names(leftViewer, diff.removed).map(n => h('li', { class: 'removed' }, 'Bỏ: ', n)),
        ...names(rightViewer, diff.changed).map(n => h('li', { class: 'changed', 'data-changed': n }, 'Sửa: ', n))));
  }
}

function mark(viewer, ids, marker) {
  const canvas = viewer.get('canvas');
  for (const id of ids) {
    if (viewer.get('elementRegistry').get(id)) {
      canvas.addMarker(id, marker);
    }
  }
}
