/** An operation's id in the document: `Producers_list` for ProducersController.list. */
export const operationId = (controller: string, method: string): string => `${controller.replace(/Controller$/, '')}_${method}`;
