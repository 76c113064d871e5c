// Reading git's config files the way git does for the settings the file search needs
// (cli/git/config.ts): sections, comments, quotes and escapes, later files winning.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { coreSettings, parseConfig } from '../../server/src/cli/git/config.js';
import { tempTree, write } from './config-helpers.js';

describe('CLI git config: parseConfig', () => {
  it('section.key in lower case; a bare key is true; a later line wins; CRLF and indentation', () => {
    const got = parseConfig('[Core]\r\n\tExcludesFile = eerste\r\n  excludesfile=tweede\r\n\tbare\r\n[user]\n\tname = Iemand\n');
    assert.deepEqual([...got], [['core.excludesfile', 'tweede'], ['core.bare', 'true'], ['user.name', 'Iemand']]);
  });

  it('keys under a subsection, before any section, and comment lines are left out', () => {
    const got = parseConfig('los = 1\n[remote "origin"]\n\turl = x\n# [core] commentaar\n; ook = commentaar\n[core]\n\t# excludesFile = nee\n\tignoreCase = true\n');
    assert.deepEqual([...got], [['core.ignorecase', 'true']]);
  });

  it('a key on the header line counts; a line that is no key=value is skipped', () => {
    assert.deepEqual([...parseConfig('[core] bare = false\n[core]\n\t= geen sleutel\n\t9x = y\n')], [['core.bare', 'false']]);
  });

  it('values: comments cut unless quoted, quotes removed, escapes applied, spaces trimmed', () => {
    const value = (v: string): string | undefined => parseConfig(`[core]\n\tx = ${v}\n`).get('core.x');
    assert.equal(value('pad # commentaar'), 'pad');
    assert.equal(value('pad ; commentaar'), 'pad');
    assert.equal(value('"met # hekje" # echt commentaar'), 'met # hekje');
    assert.equal(value('"a;b"'), 'a;b');
    assert.equal(value('a\\tb\\nc'), 'a\tb\nc');
    assert.equal(value('a\\"b\\\\c'), 'a"b\\c');
    assert.equal(value('eind\\'), 'eind\\');
    assert.equal(value('  "  binnen  "  '), 'binnen');
    assert.equal(value(''), '');
  });
});

describe('CLI git config: coreSettings', () => {
  let root: string;
  let home: string;
  let repo: { root: string; commonDir: string };
  beforeEach(() => {
    root = tempTree({});
    home = path.join(root, 'thuis');
    repo = { root: path.join(root, 'repo'), commonDir: path.join(root, 'repo', '.git') };
    fs.mkdirSync(home, { recursive: true });
    fs.mkdirSync(repo.commonDir, { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('no settings: the default global ignore file under ~/.config or $XDG_CONFIG_HOME, SHA-1, ignoreCase unknown', () => {
    assert.deepEqual(coreSettings({ home, xdgConfigHome: '' }, repo), { excludesFile: path.join(home, '.config', 'git', 'ignore'), ignoreCase: null, hashBytes: 20 });
    assert.equal(coreSettings({ home, xdgConfigHome: path.join(root, 'xdg') }, null).excludesFile, path.join(root, 'xdg', 'git', 'ignore'));
  });

  it('excludesFile: ~/ from home, relative from the top folder (home outside a repository), empty for none', () => {
    const dirs = { home, xdgConfigHome: '' };
    write(home, { '.gitconfig': '[core]\n\texcludesFile = ~/mijn-negeer\n' });
    assert.equal(coreSettings(dirs, repo).excludesFile, path.join(home, 'mijn-negeer'));
    write(home, { '.gitconfig': '[core]\n\texcludesFile = negeer.txt\n' });
    assert.equal(coreSettings(dirs, repo).excludesFile, path.join(repo.root, 'negeer.txt'));
    assert.equal(coreSettings(dirs, null).excludesFile, path.join(home, 'negeer.txt'));
    write(home, { '.gitconfig': '[core]\n\texcludesFile =\n' });
    assert.equal(coreSettings(dirs, repo).excludesFile, null);
  });

  it('later files win: ~/.config/git/config, then ~/.gitconfig, then the repository', () => {
    const dirs = { home, xdgConfigHome: '' };
    write(home, { '.config/git/config': '[core]\n\texcludesFile = ~/xdg\n\tignoreCase = true\n' });
    assert.deepEqual(coreSettings(dirs, repo), { excludesFile: path.join(home, 'xdg'), ignoreCase: true, hashBytes: 20 });
    write(home, { '.gitconfig': '[core]\n\texcludesFile = ~/thuis\n' });
    assert.equal(coreSettings(dirs, repo).excludesFile, path.join(home, 'thuis'));
    write(repo.commonDir, { config: '[core]\n\tignoreCase = false\n\texcludesFile = ~/repo\n[extensions]\n\tobjectFormat = SHA256\n' });
    assert.deepEqual(coreSettings(dirs, repo), { excludesFile: path.join(home, 'repo'), ignoreCase: false, hashBytes: 32 });
    assert.equal(coreSettings(dirs, null).hashBytes, 20, 'outside the repository its config is not read');
  });

  it('ignoreCase as git reads booleans: yes/on/1/true, no/off/0/false/empty, anything else unknown', () => {
    const dirs = { home, xdgConfigHome: '' };
    const ignoreCase = (v: string): boolean | null => {
      write(repo.commonDir, { config: `[core]\n\tignoreCase = ${v}\n` });
      return coreSettings(dirs, repo).ignoreCase;
    };
    for (const v of ['true', 'YES', 'on', '1']) assert.equal(ignoreCase(v), true, v);
    for (const v of ['false', 'No', 'off', '0', '']) assert.equal(ignoreCase(v), false, v);
    for (const v of ['2', 'misschien']) assert.equal(ignoreCase(v), null, v);
    write(repo.commonDir, { config: '[core]\n\tignoreCase\n' });
    assert.equal(coreSettings(dirs, repo).ignoreCase, true, 'a bare key is true');
  });
});
