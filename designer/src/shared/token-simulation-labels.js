// bpmn-js-token-simulation writes its own English labels into the DOM instead of using translate().
const LABELS = [
  [/Token Simulation/g, 'Mô phỏng luồng'],
  // bpmn-js-bpmnlint's status button.
  [/^No Issues$/, 'Không có lỗi'],
  [/^(\d+) Errors?$/, '$1 lỗi'],
  [/^(\d+) Warnings?$/, '$1 cảnh báo'],
];

export function translateTokenSimulation(container) {
  const fix = () => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const [pattern, text] of LABELS) {
        if (pattern.test(node.nodeValue)) {
          node.nodeValue = node.nodeValue.replace(pattern, text);
        }
      }
    }
  };
  fix();
  new MutationObserver(fix).observe(container, { childList: true, subtree: true });
}
