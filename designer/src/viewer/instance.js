import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import thadsModdle from '../moddle/thads.json';
import { TranslateModule } from '../i18n/translate.js';
import { createApi } from '../shared/api.js';
import { formatTime, h } from '../shared/dom.js';
import { fitViewport } from '../shared/fit.js';

const STATUS = { Running: 'Đang chạy', Completed: 'Đã kết thúc', Terminated: 'Đã dừng' };

/** One instance over the diagram of its version: completed (green), current (blue), open tasks and incidents. */
export async function start(root) {
  const api = createApi(root.dataset.api);
  const id = root.dataset.instance;
  const info = h('div', { class: 'thads-instance-info' });
  const host = h('div', { class: 'thads-instance-canvas' });
  const lists = h('div', { class: 'thads-instance-lists' });
  root.replaceChildren(info, h('span', { class: 'thads-legend' },
    h('span', { class: 'completed' }, 'đã xong'), h('span', { class: 'active' }, 'đang ở đây'), h('span', { class: 'incident' }, 'sự cố')), host, lists);
  const viewer = new NavigatedViewer({
    container: host, additionalModules: [TranslateModule], moddleExtensions: { camunda: camundaModdle, thads: thadsModdle },
  });
  await render();

  async function render() {
    const view = await api.get(`/instances/${id}`);
    await viewer.importXML(view.xml);
    const canvas = viewer.get('canvas');
    const overlays = viewer.get('overlays');
    const registry = viewer.get('elementRegistry');
    const has = elementId => !!registry.get(elementId);
    for (const [elementId, count] of Object.entries(view.completed)) {
      if (has(elementId)) {
        canvas.addMarker(elementId, 'thads-completed');
        if (count > 1) {
          overlays.add(elementId, { position: { bottom: 6, left: -6 }, html: h('div', { class: 'thads-count', title: `Đã chạy ${count} lần` }, `×${count}`) });
        }
      }
    }
    for (const elementId of view.active) {
      if (has(elementId)) {
        canvas.addMarker(elementId, 'thads-active');
        overlays.add(elementId, { position: { top: -10, left: -10 }, html: h('div', { class: 'thads-token', title: 'Vị trí hiện tại' }, '●') });
      }
    }
    for (const incident of view.incidents) {
      if (has(incident.elementId)) {
        canvas.addMarker(incident.elementId, 'thads-incident');
        overlays.add(incident.elementId, { position: { top: -12, right: 12 }, html: h('div', { class: 'thads-problem-badge', title: incident.message }, 'Sự cố') });
      }
    }
    fitViewport(canvas);
    info.replaceChildren(h('p', {},
      h('strong', {}, view.businessKey || view.id), ` – ${view.processId}, phiên bản ${view.version} – ${STATUS[view.status] || view.status}`,
      ` – bắt đầu ${formatTime(view.startedAt)}`, view.endedAt ? `, kết thúc ${formatTime(view.endedAt)}` : ''));
    lists.replaceChildren(
      h('h2', {}, 'Công việc đang mở'),
      view.openTasks.length
        ? h('table', { class: 'grid' }, h('tr', {}, h('th', {}, 'Bước'), h('th', {}, 'Người được giao'), h('th', {}, 'Vai trò'), h('th', {}, 'Tạo lúc'), h('th', {}, 'Hạn')),
          view.openTasks.map(t => h('tr', { 'data-element-id': t.elementId }, h('td', {}, t.name || t.elementId), h('td', {}, t.assignee || '—'),
            h('td', {}, t.candidateRole || '—'), h('td', {}, formatTime(t.createdAt)), h('td', {}, formatTime(t.dueAt) || '—'))))
        : h('p', {}, 'Không có.'),
      h('h2', {}, 'Sự cố'),
      view.incidents.length
        ? h('ul', {}, view.incidents.map(i => h('li', {}, h('strong', {}, i.elementId), `: ${i.message} (${formatTime(i.createdAt)}) `,
          h('button', { type: 'button', 'data-action': 'retry', onclick: async event => {
            event.target.disabled = true;
            try {
              await api.post(`/incidents/${i.id}/retry`);
            } catch (e) {
              alert(e.message);
            }
            await render();
          } }, 'Chạy lại'))))
        : h('p', {}, 'Không có.'));
  }
}
