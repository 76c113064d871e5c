// Entry for extensionTestsPath: the views tests (views.test.cjs) inside the extension host.
const path = require('path');
const Mocha = require('mocha');

exports.run = () =>
  new Promise((resolve, reject) => {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false });
    mocha.addFile(path.join(__dirname, 'views.test.cjs'));
    mocha.run((failures) => (failures ? reject(new Error(`${failures} views test(s) failed`)) : resolve()));
  });
