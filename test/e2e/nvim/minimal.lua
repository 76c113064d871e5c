-- Headless Neovim (0.7+) as a real LSP client of kamerbrief-language-server over stdio:
-- waits for diagnostics, asks for a hover on the citation, prints both, exits 0 or 1.
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'
local server = vim.env.SERVER
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end

vim.api.nvim_create_autocmd('VimEnter', { once = true, callback = function()
  local bufnr = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({
    name = 'kamerbrief', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd(),
    on_exit = function(code) if code ~= 0 then out('server exited with ' .. code) end end,
  })
  if not id then return fail('could not start server') end
  vim.lsp.buf_attach_client(bufnr, id)
  if not vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    return fail('no diagnostics within 15s')
  end
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    out(string.format('DIAG %d:%d severity=%d code=%s %s', d.lnum + 1, d.col + 1, d.severity,
      tostring(d.user_data and d.user_data.lsp and d.user_data.lsp.code), d.message))
  end
  local line = tonumber(vim.env.HOVER_LINE or '0')
  local col = tonumber(vim.env.HOVER_COL or '0')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }
  local res, err = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
  if not res then return fail('hover: ' .. tostring(err)) end
  for _, r in pairs(res) do
    local c = r.result and r.result.contents
    out('HOVER ' .. (type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c)):gsub('\n', ' | '))
  end
  vim.lsp.stop_client(id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
  vim.cmd('qall!')
end })
