// Entry for extensionTestsPath: runs the extension tests with mocha inside the extension host.
const path = require('path');
const Mocha = require('mocha');

exports.run = () =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
    mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
    mocha.addFile(path.join(__dirname, 'actions.test.cjs'));
    mocha.addFile(path.join(__dirname, 'word.test.cjs'));
    mocha.addFile(path.join(__dirname, 'schemes.test.cjs'));
    mocha.addFile(path.join(__dirname, 'sections.test.cjs'));
    mocha.addFile(path.join(__dirname, 'preview.test.cjs'));
    mocha.run((failures) => (failures ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
