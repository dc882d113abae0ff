/**
 * Ribbon commands, in the shared runtime beside the task pane and the functions. 生成评分表 scores
 * the open workbook and adds the score sheet without opening the pane; what it finds is in the sheet.
 */
async function generateFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { generateScoreSheet } = await import(/* webpackChunkName: "office" */ '../hosts/office/excel');
    const language = Office.context.displayLanguage?.toLowerCase() ?? '';
    const generated = await generateScoreSheet({ mode: 'live', locale: language.startsWith('en') ? 'en-US' : 'zh-CN' });
    if (generated.noInputs) await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

// Opened as a plain web page there is no Office, and no ribbon to serve.
if (typeof Office !== 'undefined') {
  void Office.onReady(() => Office.actions.associate('generateScoreSheet', generateFromRibbon));
}
