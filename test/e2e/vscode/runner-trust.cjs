// Entry for extensionTestsPath: the workspace-trust tests (trust.test.cjs) inside the extension host.
const path = require('path');
const Mocha = require('mocha');

exports.run = () =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
    mocha.addFile(path.join(__dirname, 'trust.test.cjs'));
    mocha.run((failures) => (failures ? reject(new Error(`${failures} trust test(s) failed`)) : resolve()));
  });
