import { templateEntries } from '../templates.js';

/**
 * Puts the THADS activities (element templates) into the palette and into "change type" of tasks, with their
 * Vietnamese names: picking one creates or turns the element into a service task with the template applied.
 */
export default function TemplatePalette(palette, popupMenu, create, elementFactory, elementTemplates, eventBus, config) {
  const entries = () => templateEntries((config && config.templates) || []);

  palette.registerProvider(500, {
    getPaletteEntries() {
      const result = {};
      for (const entry of entries()) {
        const createIt = event => {
          const shape = elementFactory.createShape({ type: 'bpmn:ServiceTask' });
          shape.businessObject.name = entry.label;
          create.start(event, shape, { thadsTemplate: entry.template });
        };
        result[`create.${entry.id}`] = {
          group: 'thads',
          className: 'bpmn-icon-service-task thads-palette-template',
          title: `${entry.label}${entry.description ? ' – ' + entry.description : ''}`,
          action: { dragstart: createIt, click: createIt },
        };
      }
      return result;
    },
  });

  eventBus.on('commandStack.shape.create.postExecuted', event => {
    const { context } = event;
    const template = context.hints && context.hints.thadsTemplate;
    if (template) {
      elementTemplates.applyTemplate(context.shape, template);
    }
  });

  popupMenu.registerProvider('bpmn-replace', 400, {
    getPopupMenuEntries(element) {
      const type = element.businessObject && element.businessObject.$type;
      if (!['bpmn:Task', 'bpmn:ServiceTask', 'bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:ScriptTask', 'bpmn:ReceiveTask'].includes(type)) {
        return {};
      }
      const result = {};
      for (const entry of entries()) {
        result[`replace.${entry.id}`] = {
          label: entry.label,
          className: 'bpmn-icon-service-task',
          group: { id: 'thads', name: 'Hoạt động THADS' },
          action: () => elementTemplates.applyTemplate(element, entry.template),
        };
      }
      return result;
    },
  });
}

TemplatePalette.$inject = ['palette', 'popupMenu', 'create', 'elementFactory', 'elementTemplates', 'eventBus', 'config.thadsTemplates'];

export const TemplatePaletteModule = {
  __init__: ['thadsTemplatePalette'],
  thadsTemplatePalette: ['type', TemplatePalette],
};
