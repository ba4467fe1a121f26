import { SCRIPT_FORMATS } from '../engine-support.js';
import { is } from '../model.js';

/** Scripts and conditions run in the engine's JavaScript sandbox; other languages are refused (ScriptLanguage). */
export default function scriptLanguage() {
  function check(node, reporter) {
    if (is(node, 'bpmn:ScriptTask')) {
      if (node.scriptFormat && !SCRIPT_FORMATS.includes(node.scriptFormat.toLowerCase())) {
        reporter.report(node.id, `Ngôn ngữ kịch bản "${node.scriptFormat}" không được hỗ trợ; dùng javascript.`);
      }
      if (!node.script || !node.script.trim()) {
        reporter.report(node.id, 'Tác vụ kịch bản chưa có kịch bản.');
      }
    }
    if (is(node, 'bpmn:SequenceFlow') && node.conditionExpression && node.conditionExpression.language
        && !SCRIPT_FORMATS.includes(node.conditionExpression.language.toLowerCase())) {
      reporter.report(node.id, `Ngôn ngữ điều kiện "${node.conditionExpression.language}" không được hỗ trợ; dùng javascript.`);
    }
  }

  return { check };
}
