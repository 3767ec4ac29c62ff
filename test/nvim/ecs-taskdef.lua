-- ECS task definition language server in Neovim's built-in LSP client (Neovim 0.7 or later).
-- Put this file in ~/.config/nvim/lua/ecs-taskdef.lua and add `require('ecs-taskdef')` to init.lua.
-- The server decides per file (name like task-definition.json, or content) whether it is a task
-- definition; other JSON files get nothing from it.
local M = {}

-- The server command: `npm install -g .` in a built clone puts `ecs-taskdef-ls` on PATH. Set
-- vim.g.ecs_taskdef_ls_cmd before this file runs to start it another way.
local cmd = vim.g.ecs_taskdef_ls_cmd or { 'ecs-taskdef-ls', '--stdio' }

-- Same settings as in VS Code: docsLanguage is 'auto', 'vi', 'en' or 'both'.
M.settings = {
  ecsTaskDefinition = {
    docsLanguage = vim.g.ecs_taskdef_docs_language or 'auto',
    filePatterns = {},
    rules = {},
  },
}

local client_id = nil

local function on_attach(_, bufnr)
  vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc' -- <C-x><C-o> completes
  local opts = { buffer = bufnr, silent = true }
  vim.keymap.set('n', 'K', vim.lsp.buf.hover, opts)
  vim.keymap.set('n', '<leader>ca', vim.lsp.buf.code_action, opts)
  vim.keymap.set('n', 'gd', vim.lsp.buf.definition, opts)
  vim.keymap.set('n', '[d', vim.diagnostic.goto_prev, opts)
  vim.keymap.set('n', ']d', vim.diagnostic.goto_next, opts)
end

function M.attach(bufnr)
  if not (client_id and vim.lsp.get_client_by_id(client_id)) then
    client_id = vim.lsp.start_client({
      name = 'ecs-taskdef',
      cmd = cmd,
      root_dir = vim.fn.getcwd(),
      settings = M.settings,
      init_options = { locale = os.getenv('LANG') },
      on_attach = on_attach,
    })
  end
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

-- Change a setting while running, e.g. require('ecs-taskdef').set('docsLanguage', 'vi').
function M.set(name, value)
  M.settings.ecsTaskDefinition[name] = value
  local client = client_id and vim.lsp.get_client_by_id(client_id)
  if client then
    client.config.settings = M.settings -- answers the server's workspace/configuration requests
    client.notify('workspace/didChangeConfiguration', { settings = M.settings })
  end
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'json', 'jsonc' },
  callback = function(args) M.attach(args.buf) end,
})

return M
