// Mocha's spec reporter, plus a tally appended to $ECS_TEST_TALLY so .ci/run can print one closing line.
'use strict';
const fs = require('fs');
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class TallyReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const file = process.env.ECS_TEST_TALLY;
      if (file) fs.appendFileSync(file, `${s.passes || 0} ${s.failures || 0} ${s.pending || 0}\n`);
    });
  }
}
module.exports = TallyReporter;
