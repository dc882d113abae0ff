/**
 * npm test needs one system program besides Node: LibreOffice Calc, the independent engine that
 * recalculates the portable score sheets. Says how to install it instead of failing obscurely.
 */
const { spawnSync } = require('child_process');

const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' }).stdout.trim();
if (!found) {
  console.error(
    [
      '需要 LibreOffice Calc 来核对“可移植公式”评分表（测试用独立的电子表格引擎重新计算）。请先安装：',
      '  sudo apt-get install -y --no-install-recommends libreoffice-calc',
      'LibreOffice Calc is needed to recalculate the portable score sheets in the tests. Install it first:',
      '  sudo apt-get install -y --no-install-recommends libreoffice-calc',
    ].join('\n'),
  );
  process.exit(1);
}
