// Entry for extensionTestsPath: the overview command with data (overview.test.cjs); the host
// points the user setting kamerbrief.gegevensmap at the fixture snapshot (KB_GEGEVENSMAP).
const path = require('path');
const Mocha = require('mocha');

exports.run = () =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
    mocha.addFile(path.join(__dirname, 'overview.test.cjs'));
    mocha.run((failures) => (failures ? reject(new Error(`${failures} overview test(s) failed`)) : resolve()));
  });
