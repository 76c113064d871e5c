// Which proxy the sync picks: environment variables as curl reads them, the editor's settings
// first, and NO_PROXY matching (pure functions: no sockets here).
import assert from 'node:assert/strict';
import { bypassesProxy, editorProxyFrom, proxyFor, proxySettings } from '../../server/src/data/sync/proxy-settings.js';
import { SyncError } from '../../server/src/data/sync/errors.js';

const TK = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

describe('proxy settings: NO_PROXY matching', () => {
  const cases: [host: string, port: number, noProxy: string, direct: boolean][] = [
    ['gegevensmagazijn.tweedekamer.nl', 443, '', false],
    ['gegevensmagazijn.tweedekamer.nl', 443, '*', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'tweedekamer.nl', true],
    ['tweedekamer.nl', 443, 'tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, '.tweedekamer.nl', true],
    ['tweedekamer.nl', 443, '.tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, '*.tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'kamer.nl', false],
    ['nottweedekamer.nl', 443, 'tweedekamer.nl', false],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'gegevensmagazijn.tweedekamer', false],
    ['GegevensMagazijn.TweedeKamer.NL', 443, 'tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'TWEEDEKAMER.NL', true],
    ['gegevensmagazijn.tweedekamer.nl.', 443, 'tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'localhost, intranet.rijksoverheid.nl ,tweedekamer.nl', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'localhost intranet.rijksoverheid.nl', false],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'tweedekamer.nl:443', true],
    ['gegevensmagazijn.tweedekamer.nl', 443, 'tweedekamer.nl:8443', false],
    ['gegevensmagazijn.tweedekamer.nl', 8443, 'tweedekamer.nl:8443', true],
    ['127.0.0.1', 8080, '127.0.0.1', true],
    ['127.0.0.1', 8080, '127.0.0.1:8080', true],
    ['127.0.0.1', 8080, '127.0.0.1:9090', false],
    ['127.0.0.1', 8080, '127.0.0.0/8', true],
    ['10.1.2.3', 80, '10.0.0.0/8', true],
    ['11.1.2.3', 80, '10.0.0.0/8', false],
    ['127.0.0.10', 80, '127.0.0.1', false],
    ['[::1]', 80, '::1', true],
    ['[::1]', 80, '[::1]', true],
    ['[::1]', 80, '[::1]:80', true],
    ['[fd00::5]', 80, 'fd00::/8', true],
    ['[fe80::5]', 80, 'fd00::/8', false],
    ['127.0.0.1', 80, 'localhost', false],
    ['localhost', 80, '127.0.0.1', false],
    ['gegevensmagazijn.tweedekamer.nl', 443, ',, ,', false],
    // CIDR: the prefix length must fit the address family.
    ['10.1.2.3', 80, '10.1.0.0/16', true],
    ['10.0.0.0', 80, '10.0.0.0/32', true],
    ['10.0.0.1', 80, '10.0.0.0/32', false],
    ['10.1.2.3', 80, '10.0.0.0/33', false],
    ['10.1.2.3', 80, '10.0.0.0/64', false],
    ['10.1.2.3', 80, '10.0.0.0/x', false],
    ['[::1]', 80, '::1/128', true],
    ['[::2]', 80, '::1/128', false],
  ];
  for (const [host, port, noProxy, direct] of cases) {
    it(`${host}:${port} with NO_PROXY="${noProxy}" → ${direct ? 'direct' : 'proxy'}`, () => {
      assert.equal(bypassesProxy(host, port, noProxy), direct);
    });
  }
});

describe('proxy settings: defaults, trimming and https proxies', () => {
  it('a target without a port has its scheme\'s port for NO_PROXY', () => {
    const https = proxySettings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.nl:443' });
    assert.equal(proxyFor('https://example.nl/', https), null);
    assert.notEqual(proxyFor('https://example.nl:8443/', https), null);
    const http = proxySettings({ HTTP_PROXY: 'http://p:1', NO_PROXY: 'example.nl:80' });
    assert.equal(proxyFor('http://example.nl/', http), null);
    assert.notEqual(proxyFor('http://example.nl/', proxySettings({ HTTP_PROXY: 'http://p:1', NO_PROXY: 'example.nl:443' })), null);
  });

  it('the editor\'s values are trimmed; without NO_PROXY nothing goes direct', () => {
    const s = proxySettings({}, { proxy: '  http://editor:3  ', noProxy: [' intranet.local ', '', '  '] });
    assert.equal(proxyFor('https://example.nl/', s)?.shown, 'http://editor:3');
    assert.equal(s.noProxy, 'intranet.local');
    assert.equal(proxyFor('https://intranet.local/', s), null);
    assert.equal(proxySettings({ HTTPS_PROXY: 'http://p:1' }).noProxy, '');
  });

  it('an https proxy is taken as it is', () => {
    const p = proxyFor('https://example.nl/', proxySettings({ HTTPS_PROXY: 'https://proxy.minbzk.nl:8443' }));
    assert.deepEqual(p, { shown: 'https://proxy.minbzk.nl:8443', authorization: null, from: 'HTTPS_PROXY' });
  });
});

describe('proxy settings: where they come from', () => {
  it('https targets take https_proxy before HTTPS_PROXY, http targets http_proxy before HTTP_PROXY', () => {
    const s = proxySettings({ https_proxy: 'http://klein:1', HTTPS_PROXY: 'http://groot:2', http_proxy: 'http://klein:3', HTTP_PROXY: 'http://groot:4' });
    assert.equal(proxyFor(TK, s)?.shown, 'http://klein:1');
    assert.equal(proxyFor(TK, s)?.from, 'https_proxy');
    assert.equal(proxyFor('http://127.0.0.1:5/', s)?.shown, 'http://klein:3');
    const upper = proxySettings({ HTTPS_PROXY: 'http://groot:2', HTTP_PROXY: 'http://groot:4' });
    assert.equal(proxyFor(TK, upper)?.from, 'HTTPS_PROXY');
    assert.equal(proxyFor('http://127.0.0.1:5/', upper)?.from, 'HTTP_PROXY');
  });

  it('an https target does not fall back to HTTP_PROXY, nor an http target to HTTPS_PROXY', () => {
    assert.equal(proxyFor(TK, proxySettings({ HTTP_PROXY: 'http://p:1' })), null);
    assert.equal(proxyFor('http://127.0.0.1:5/', proxySettings({ HTTPS_PROXY: 'http://p:1' })), null);
    assert.equal(proxyFor(TK, proxySettings({})), null);
    assert.equal(proxyFor(TK, proxySettings({ HTTPS_PROXY: '  ' })), null);
  });

  it('NO_PROXY (no_proxy first) sends matching hosts direct', () => {
    assert.equal(proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: '.tweedekamer.nl' })), null);
    assert.notEqual(proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://p:1', no_proxy: 'example.nl', NO_PROXY: '*' })), null);
  });

  it("the editor's http.proxy wins over the environment, for http and https alike; http.noProxy over NO_PROXY", () => {
    const env = { HTTPS_PROXY: 'http://omgeving:1', HTTP_PROXY: 'http://omgeving:2', NO_PROXY: 'tweedekamer.nl' };
    const s = proxySettings(env, { proxy: 'http://editor:3', noProxy: ['intranet.local'] });
    assert.equal(proxyFor(TK, s)?.shown, 'http://editor:3');
    assert.equal(proxyFor(TK, s)?.from, 'de instelling http.proxy');
    assert.equal(proxyFor('http://127.0.0.1:5/', s)?.shown, 'http://editor:3');
    assert.equal(proxyFor('https://intranet.local/', s), null);
    // Empty editor values leave the environment in charge.
    const empty = proxySettings(env, { proxy: '', noProxy: [] });
    assert.equal(proxyFor('https://example.nl/', empty)?.shown, 'http://omgeving:1');
    assert.equal(proxyFor(TK, empty), null);
  });

  it('a proxy without a scheme is an http proxy; credentials become a Basic authorization, never shown', () => {
    const p = proxyFor(TK, proxySettings({ HTTPS_PROXY: 'ambtenaar:ge%20heim%3A%25@proxy.minbzk.nl:8080' }))!;
    assert.equal(p.shown, 'http://proxy.minbzk.nl:8080');
    assert.equal(Buffer.from(p.authorization!.replace(/^Basic /, ''), 'base64').toString(), 'ambtenaar:ge heim:%');
    assert.equal(proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://alleennaam@proxy:8080' }))!.authorization, `Basic ${Buffer.from('alleennaam:').toString('base64')}`);
    assert.equal(proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://proxy:8080' }))!.authorization, null);
    assert.throws(() => proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://a:100%@proxy:8080' })), /^SyncError: ongeldig proxyadres in HTTPS_PROXY: .*schrijf % als %25/);
  });

  it('a malformed or unsupported proxy is a Dutch SyncError that hides the password', () => {
    assert.throws(() => proxyFor(TK, proxySettings({ HTTPS_PROXY: 'http://gebruiker:geheim@[kapot' })), (e: Error) => {
      assert.ok(e instanceof SyncError);
      assert.match(e.message, /^ongeldig proxyadres in HTTPS_PROXY: "http:\/\/gebruiker:\*\*\*@\[kapot"/);
      assert.doesNotMatch(e.message, /geheim/);
      return true;
    });
    assert.throws(() => proxyFor(TK, proxySettings({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' })), /proxy in HTTPS_PROXY wordt niet ondersteund: socks5:\/\/ \(alleen http:\/\/ of https:\/\/\)/);
    assert.throws(() => proxyFor(TK, proxySettings({}, { proxy: 'ftp://p' })), /proxy in de instelling http.proxy wordt niet ondersteund/);
  });

  it('editor settings from the wire: only strings are taken', () => {
    assert.equal(editorProxyFrom(undefined), null);
    assert.equal(editorProxyFrom('http://p:1'), null);
    assert.deepEqual(editorProxyFrom({ proxy: 42, noProxy: ['a', 1, null, 'b'] }), { proxy: null, noProxy: ['a', 'b'] });
    assert.deepEqual(editorProxyFrom({ proxy: 'http://p:1', noProxy: 'a,b' }), { proxy: 'http://p:1', noProxy: null });
  });
});
