import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import lintModule from 'bpmn-js-bpmnlint';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import minimapModule from 'diagram-js-minimap';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import 'diagram-js-minimap/assets/diagram-js-minimap.css';
import thadsModdle from '../moddle/thads.json';
import { TranslateModule } from '../i18n/translate.js';
import { lintConfig } from '../lint/config.js';
import { activityTypes } from '../templates.js';
import { createApi } from '../shared/api.js';
import { download, formatTime, h } from '../shared/dom.js';
import { translateTokenSimulation } from '../shared/token-simulation-labels.js';
import { fitViewport } from '../shared/fit.js';
import { TemplatePaletteModule } from './template-palette.js';
import { createProblemView } from './problems.js';

const AUTOSAVE_DELAY_MS = 2000;

/** The editor page: open the latest version (or my draft), edit, validate, publish; drafts autosaved on the server. */
export async function start(root) {
  const key = root.dataset.key;
  const api = createApi(root.dataset.api);
  const base = `/${encodeURIComponent(key)}`;

  const status = h('span', { class: 'thads-status', 'data-role': 'status' });
  const banner = h('div', { class: 'thads-banner', hidden: true });
  const canvasHost = h('div', { class: 'thads-canvas', style: 'height: 70vh; min-height: 480px' });
  const panelHost = h('div', { class: 'thads-properties' });
  const formButton = h('button', { type: 'button', hidden: true, 'data-action': 'edit-form' }, 'Sửa biểu mẫu');
  const problemsHost = h('div', { class: 'thads-problems', 'data-role': 'problems' });
  const fileInput = h('input', { type: 'file', accept: '.bpmn,.xml', hidden: true });
  const toolbar = h('div', { class: 'thads-toolbar' },
    h('button', { type: 'button', 'data-action': 'validate' }, 'Kiểm tra'),
    h('button', { type: 'button', class: 'primary', 'data-action': 'publish' }, 'Xuất bản…'),
    h('button', { type: 'button', 'data-action': 'import', onclick: () => fileInput.click() }, 'Nhập tệp .bpmn'),
    h('button', { type: 'button', 'data-action': 'export' }, 'Xuất tệp .bpmn'),
    h('button', { type: 'button', 'data-action': 'discard' }, 'Bỏ bản nháp'),
    formButton, fileInput, status);
  root.replaceChildren(toolbar, banner, h('div', { class: 'thads-workspace' }, canvasHost, panelHost), problemsHost);

  const [latest, templates] = await Promise.all([api.get(`${base}/latest`), api.get('/element-templates')]);
  let baseVersion = latest.version.version;
  let forms = {};
  let dirty = false;
  let savedOnServer = true;
  let autosaveTimer = null;

  const modeler = new BpmnModeler({
    container: canvasHost,
    keyboard: { bindTo: document },
    propertiesPanel: { parent: panelHost },
    elementTemplates: templates,
    thadsTemplates: { templates },
    linting: { bpmnlint: lintConfig(activityTypes(templates)), active: true },
    moddleExtensions: { camunda: camundaModdle, thads: thadsModdle },
    additionalModules: [
      TranslateModule,
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      ElementTemplatesPropertiesProviderModule,
      TemplatePaletteModule,
      lintModule,
      TokenSimulationModule,
      minimapModule,
    ],
  });
  window.thadsModeler = modeler;
  translateTokenSimulation(canvasHost);
  const problems = createProblemView(modeler, problemsHost);

  await open(latest.xml);
  setStatus(`Phiên bản ${baseVersion} (xuất bản ${formatTime(latest.version.deployedAt)} bởi ${latest.version.deployedBy || 'hệ thống'})`);
  await offerDraft();

  modeler.on('commandStack.changed', () => {
    dirty = true;
    savedOnServer = false;
    setStatus('Có thay đổi chưa lưu…');
    clearTimeout(autosaveTimer);
    autosaveTimer = setTimeout(saveDraft, AUTOSAVE_DELAY_MS);
  });
  modeler.on('selection.changed', ({ newSelection }) => showFormButton(newSelection));

  window.addEventListener('beforeunload', event => {
    if (!savedOnServer) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  toolbar.querySelector('[data-action=validate]').addEventListener('click', () => validate());
  toolbar.querySelector('[data-action=publish]').addEventListener('click', () => publish());
  toolbar.querySelector('[data-action=export]').addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    download(`${key}.bpmn`, xml);
  });
  toolbar.querySelector('[data-action=discard]').addEventListener('click', discardDraft);
  formButton.addEventListener('click', editSelectedForm);
  fileInput.addEventListener('change', importFile);

  async function open(xml) {
    const { warnings } = await modeler.importXML(xml);
    fitViewport(modeler.get('canvas'));
    if (warnings.length) {
      problems.show([], `Đã mở sơ đồ với ${warnings.length} cảnh báo khi đọc tệp.`);
    }
  }

  async function offerDraft() {
    let draft;
    try {
      draft = await api.get(`${base}/draft`);
    } catch (e) {
      return;
    }
    const stale = draft.baseVersion !== baseVersion;
    banner.hidden = false;
    banner.replaceChildren(
      h('span', {}, `Bạn có bản nháp lưu lúc ${formatTime(draft.savedAt)}` +
        (stale ? ` (làm từ phiên bản ${draft.baseVersion}; đã có phiên bản ${baseVersion} mới hơn).` : '.')),
      h('button', { type: 'button', 'data-action': 'open-draft', onclick: async () => {
        await open(draft.xml);
        forms = draft.forms || {};
        dirty = true;
        banner.hidden = true;
        setStatus(`Đang sửa bản nháp (từ phiên bản ${baseVersion}).`);
      } }, 'Mở bản nháp'),
      h('button', { type: 'button', onclick: discardDraft }, 'Bỏ bản nháp'));
  }

  async function saveDraft() {
    clearTimeout(autosaveTimer);
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const saved = await api.put(`${base}/draft`, { xml, baseVersion, forms });
      savedOnServer = true;
      setStatus(`Đã tự lưu bản nháp lúc ${formatTime(saved.savedAt)}.`);
    } catch (e) {
      setStatus(`Chưa lưu được bản nháp: ${e.message}`, true);
    }
  }

  async function discardDraft() {
    clearTimeout(autosaveTimer);
    try {
      await api.del(`${base}/draft`);
    } catch (e) {
      // Nothing saved yet: nothing to discard on the server.
    }
    banner.hidden = true;
    const current = await api.get(`${base}/latest`);
    baseVersion = current.version.version;
    forms = {};
    await open(current.xml);
    dirty = false;
    savedOnServer = true;
    problems.clear();
    setStatus(`Đã bỏ bản nháp; đang xem phiên bản ${baseVersion}.`);
  }

  async function lintErrors() {
    const linting = modeler.get('linting');
    const results = await linting.lint();
    return Object.entries(results).flatMap(([id, reports]) =>
      reports.filter(r => r.category === 'error').map(r => ({ elementId: id, code: r.rule, message: r.message, detail: r.rule })));
  }

  async function validate() {
    setStatus('Đang kiểm tra trên máy chủ…');
    const { xml } = await modeler.saveXML({ format: true });
    const report = await api.post(`${base}/validate`, { xml, forms });
    if (report.valid) {
      const local = await lintErrors();
      problems.show(local, local.length ? `Máy chủ chấp nhận, nhưng còn ${local.length} lỗi kiểm tra trên trình thiết kế.` : undefined);
      setStatus(local.length ? 'Còn lỗi.' : 'Sơ đồ hợp lệ.');
      return local.length === 0;
    }
    problems.show(report.problems);
    setStatus(`Sơ đồ có ${report.problems.length} lỗi.`, true);
    return false;
  }

  async function publish() {
    if (!(await validate())) {
      return;
    }
    const comment = h('textarea', { name: 'comment', rows: 4, required: true, maxlength: 2000, placeholder: 'Ví dụ: Đổi thời hạn xác minh theo công văn số …' });
    const error = h('p', { class: 'thads-error', hidden: true });
    const dialog = h('dialog', { class: 'thads-dialog' },
      h('h2', {}, `Xuất bản phiên bản ${baseVersion + 1}`),
      h('p', {}, 'Hồ sơ mới sẽ chạy theo phiên bản này; hồ sơ đang chạy giữ phiên bản cũ.'),
      h('label', {}, 'Ghi chú xuất bản (lý do thay đổi)', comment),
      error,
      h('div', { class: 'thads-dialog-buttons' },
        h('button', { type: 'button', class: 'primary', 'data-action': 'confirm-publish' }, 'Xuất bản'),
        h('button', { type: 'button', 'data-action': 'cancel-publish' }, 'Hủy')));
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('[data-action=cancel-publish]').addEventListener('click', () => dialog.remove());
    dialog.querySelector('[data-action=confirm-publish]').addEventListener('click', async () => {
      if (!comment.value.trim()) {
        error.hidden = false;
        error.textContent = 'Nhập ghi chú xuất bản.';
        return;
      }
      try {
        clearTimeout(autosaveTimer);
        const { xml } = await modeler.saveXML({ format: true });
        const result = await api.post(`${base}/publish`, { xml, comment: comment.value.trim(), baseVersion, forms });
        dialog.remove();
        baseVersion = result.version;
        forms = {};
        dirty = false;
        savedOnServer = true;
        problems.show([], result.isNew
          ? `Đã xuất bản phiên bản ${result.version}. Hồ sơ mới chạy theo phiên bản này.`
          : `Sơ đồ không khác phiên bản ${result.version}; không tạo phiên bản mới.`);
        setStatus(`Phiên bản ${result.version} đã xuất bản.`);
      } catch (e) {
        error.hidden = false;
        error.textContent = e.message;
        if (e.problem && e.problem.problems) {
          problems.show(e.problem.problems);
        }
      }
    });
  }

  function showFormButton(selection) {
    const element = selection.length === 1 ? selection[0] : null;
    const formKey = element && element.businessObject.$type === 'bpmn:UserTask' && element.businessObject.get('camunda:formKey');
    formButton.hidden = !formKey || formKey.includes('${');
    formButton.textContent = `Sửa biểu mẫu “${formKey || ''}”`;
    formButton.dataset.formKey = formKey || '';
  }

  async function editSelectedForm() {
    const formKey = formButton.dataset.formKey;
    let schema = forms[formKey];
    if (!schema) {
      try {
        schema = JSON.parse((await api.get(`/forms/${encodeURIComponent(formKey)}`)).json);
      } catch (e) {
        schema = { type: 'default', id: formKey, components: [], schemaVersion: 16 };
      }
    }
    const { editForm } = await import('./form-dialog.js');
    await editForm(formKey, schema, saved => {
      forms = { ...forms, [formKey]: saved };
      savedOnServer = false;
      saveDraft();
    });
  }

  async function importFile() {
    const file = fileInput.files[0];
    fileInput.value = '';
    if (!file) {
      return;
    }
    try {
      await open(await file.text());
      dirty = true;
      savedOnServer = false;
      await saveDraft();
      setStatus(`Đã nhập ${file.name}; kiểm tra rồi xuất bản để áp dụng.`);
    } catch (e) {
      problems.show([], `Không đọc được tệp ${file.name}: ${e.message}`);
    }
  }

  function setStatus(text, isError = false) {
    status.textContent = text;
    status.classList.toggle('thads-error', isError);
  }
}
