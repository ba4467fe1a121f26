import { FormEditor } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';
import { h } from '../shared/dom.js';

/**
 * Edits one user task's form with the form-js editor in a dialog. Saving keeps the form with the diagram's draft;
 * it is published together with the diagram.
 */
export async function editForm(formKey, schema, onSave) {
  const host = h('div', { class: 'thads-form-editor' });
  const dialog = h('dialog', { class: 'thads-dialog thads-form-dialog' },
    h('h2', {}, `Biểu mẫu “${formKey}”`),
    h('p', { class: 'thads-hint' }, 'Kéo trường từ bên trái; sửa nhãn, khóa (tên biến) và kiểm tra bắt buộc ở bên phải. Biểu mẫu được xuất bản cùng sơ đồ.'),
    host,
    h('div', { class: 'thads-dialog-buttons' },
      h('button', { type: 'button', class: 'primary', 'data-action': 'save-form' }, 'Lưu biểu mẫu'),
      h('button', { type: 'button', 'data-action': 'cancel-form' }, 'Hủy')));
  document.body.append(dialog);
  const editor = new FormEditor({ container: host });
  await editor.importSchema(schema);
  dialog.showModal();
  return new Promise(resolve => {
    const close = saved => {
      editor.destroy();
      dialog.close();
      dialog.remove();
      resolve(saved);
    };
    dialog.querySelector('[data-action=save-form]').addEventListener('click', () => {
      const saved = editor.saveSchema();
      onSave(saved);
      close(saved);
    });
    dialog.querySelector('[data-action=cancel-form]').addEventListener('click', () => close(null));
  });
}
