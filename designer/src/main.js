import './style.css';

// One bundle for every designer page; each page loads only the code of its mode.
const MODES = {
  edit: () => import('./modeler/editor.js'),
  diff: () => import('./viewer/diff.js'),
  instance: () => import('./viewer/instance.js'),
};

const root = document.getElementById('thads-designer');
if (root) {
  const load = MODES[root.dataset.mode];
  root.textContent = 'Đang tải trình thiết kế…';
  load()
    .then(module => module.start(root))
    .then(() => root.setAttribute('data-ready', 'true'))
    .catch(error => {
      root.setAttribute('data-ready', 'error');
      const message = document.createElement('p');
      message.className = 'thads-error';
      message.textContent = `Không mở được trình thiết kế: ${error.message}`;
      root.replaceChildren(message);
      console.error(error);
    });
}
