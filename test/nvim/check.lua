-- Headless Neovim check of the language server through Neovim's own LSP client, configured by
-- test/nvim/ecs-taskdef.lua: the very file README.md shows (run.mjs checks it byte for byte).
-- Started by test/nvim/run.mjs as: nvim --headless --clean -n -c "luafile test/nvim/check.lua"
-- Environment: ECS_NVIM_CONFIG_DIR (folder of ecs-taskdef.lua), ECS_NVIM_WORKSPACE (fixtures),
-- ECS_NVIM_SERVER (bin/ecs-taskdef-ls.js), ECS_NVIM_RESULTS (JSON file this check writes).
local results = {}
local function record(name, ok, detail)
  table.insert(results, { name = name, ok = ok and true or false, detail = detail or '' })
end
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('ECS_NVIM_RESULTS'))
  vim.cmd('qa!')
end

local WAIT_MS = 20000

-- Vietnamese letters that English text never has.
local VI_LETTERS = {
  'ă', 'â', 'đ', 'ê', 'ô', 'ơ', 'ư', 'á', 'à', 'ả', 'ã', 'ạ', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ',
  'é', 'è', 'ẻ', 'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'í', 'ì', 'ỉ', 'ĩ', 'ị', 'ó', 'ò', 'ỏ', 'õ', 'ọ', 'ố', 'ồ',
  'ổ', 'ỗ', 'ộ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ', 'ú', 'ù', 'ủ', 'ũ', 'ụ', 'ứ', 'ừ', 'ử', 'ữ', 'ự', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ',
}
local function vietnamese_letters(s)
  local n = 0
  for _, ch in ipairs(VI_LETTERS) do
    local i = 1
    while true do
      local a, b = string.find(s, ch, i, true)
      if not a then break end
      n = n + 1
      i = b + 1
    end
  end
  return n
end

local function clients_of(buf)
  local list = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(list, c) end
  return list
end

-- Position (0-based line, byte column) just after the first occurrence of `needle` in the buffer.
local function position_after(buf, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local a, b = string.find(line, needle, 1, true)
    if a then return { line = i - 1, character = b } end
  end
  error('fixture has no ' .. needle)
end
local function position_of(buf, needle)
  local p = position_after(buf, needle)
  return { line = p.line, character = p.character - #needle }
end

local function request(buf, method, position)
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = position }
  local responses = vim.lsp.buf_request_sync(buf, method, params, WAIT_MS)
  for _, r in pairs(responses or {}) do
    if r.error then error(method .. ' failed: ' .. vim.inspect(r.error)) end
    return r.result
  end
  return nil
end

local function hover_text(buf, position)
  local h = request(buf, 'textDocument/hover', position)
  if not h or not h.contents then return '' end
  local c = h.contents
  if type(c) == 'string' then return c end
  if c.value then return c.value end
  local parts = {}
  for _, p in ipairs(c) do table.insert(parts, type(p) == 'string' and p or p.value) end
  return table.concat(parts, '\n')
end

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function underlined(buf, d)
  local lines = vim.api.nvim_buf_get_lines(buf, d.lnum, d.end_lnum + 1, false)
  if d.lnum == d.end_lnum then return string.sub(lines[1] or '', d.col + 1, d.end_col) end
  return table.concat(lines, '\n')
end

local ok, err = pcall(function()
  local ws = os.getenv('ECS_NVIM_WORKSPACE')
  -- How a user loads the configuration: the command first, then require().
  vim.g.ecs_taskdef_ls_cmd = { 'node', os.getenv('ECS_NVIM_SERVER'), '--stdio' }
  vim.g.ecs_taskdef_docs_language = 'en'
  package.path = os.getenv('ECS_NVIM_CONFIG_DIR') .. '/?.lua;' .. package.path
  local ecs = require('ecs-taskdef')

  vim.cmd('cd ' .. vim.fn.fnameescape(ws))
  vim.cmd('edit task-definition.json')
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(WAIT_MS, function() return #clients_of(buf) > 0 end, 20)
  record('the configuration attaches the server to a task-definition.json buffer', attached, 'filetype=' .. vim.bo[buf].filetype)
  if not attached then return end
  record('on_attach sets the LSP omnifunc', vim.bo[buf].omnifunc == 'v:lua.vim.lsp.omnifunc', vim.bo[buf].omnifunc)

  -- 1. Diagnostics: the describe-output field `revision` is flagged ECS009, underlining the key.
  local got = vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  local seen = {}
  local hit = false
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local text = underlined(buf, d)
    table.insert(seen, tostring(code_of(d)) .. ' ' .. text)
    if code_of(d) == 'ECS009' and text == '"revision"' then hit = true end
  end
  record('diagnostics: ECS009 underlines "revision"', got and hit, table.concat(seen, '; '))

  -- 2. Completion: in a Fargate task with cpu "256", memory offers exactly 512, 1024, 2048.
  local completion = request(buf, 'textDocument/completion', position_after(buf, '"memory": "'))
  local items = completion and (completion.items or completion) or {}
  local labels = {}
  for _, it in ipairs(items) do table.insert(labels, it.label) end
  table.sort(labels, function(a, b)
    local x, y = tonumber(a), tonumber(b)
    if x and y then return x < y end
    return tostring(a) < tostring(b)
  end)
  local joined = table.concat(labels, ',')
  record('completion: memory for cpu 256 offers 512, 1024, 2048', joined == '512,1024,2048', joined)

  -- 3. Hover on executionRoleArn: English with docsLanguage "en", Vietnamese after switching to "vi".
  local at_key = position_of(buf, 'executionRoleArn')
  local en = hover_text(buf, at_key)
  record('hover (en): executionRoleArn docs in English', en:find('executionRoleArn', 1, true) ~= nil and en:find('IAM role', 1, true) ~= nil and vietnamese_letters(en) == 0, string.sub(en, 1, 160))
  ecs.set('docsLanguage', 'vi')
  local vi = ''
  vim.wait(WAIT_MS, function()
    vi = hover_text(buf, at_key)
    return vietnamese_letters(vi) > 0
  end, 100)
  record('hover (vi): executionRoleArn docs in Vietnamese after set("docsLanguage", "vi")', vi:find('executionRoleArn', 1, true) ~= nil and vietnamese_letters(vi) >= 10, string.sub(vi, 1, 160))

  -- 4. Another JSON file (the project's package.json): attached, but nothing from the server.
  vim.cmd('edit package.json')
  local pbuf = vim.api.nvim_get_current_buf()
  vim.wait(WAIT_MS, function() return #clients_of(pbuf) > 0 end, 20)
  local pc = request(pbuf, 'textDocument/completion', position_after(pbuf, '"name": "'))
  local pitems = pc and (pc.items or pc) or {}
  local ph = request(pbuf, 'textDocument/hover', position_of(pbuf, 'name'))
  -- The server answered both requests, so an open-time diagnostic would have arrived by now; wait a
  -- little anyway (bounded) in case one is on its way.
  vim.wait(1000, function() return #vim.diagnostic.get(pbuf) > 0 end, 50)
  record('package.json: no diagnostics, completions or hover', #clients_of(pbuf) > 0 and #vim.diagnostic.get(pbuf) == 0 and #pitems == 0 and ph == nil,
    string.format('clients=%d diagnostics=%d completions=%d hover=%s', #clients_of(pbuf), #vim.diagnostic.get(pbuf), #pitems, tostring(ph ~= nil)))

  -- 5. A Terraform container-definitions array: main.tf's bridge network mode on the array's `[`,
  -- naming main.tf:4; the array's own typo on its key.
  vim.cmd('edit terraform/container-definitions.json')
  local tbuf = vim.api.nvim_get_current_buf()
  vim.wait(WAIT_MS, function() return #clients_of(tbuf) > 0 end, 20)
  local function tf_seen()
    local out, tf_side, array_side = {}, false, false
    for _, d in ipairs(vim.diagnostic.get(tbuf)) do
      local text = underlined(tbuf, d)
      table.insert(out, tostring(code_of(d)) .. ' ' .. text)
      if code_of(d) == 'ECS101' and text == '[' and d.lnum == 0 and d.message:find('main.tf:4', 1, true) then tf_side = true end
      if code_of(d) == 'ECS002' and text == '"esential"' then array_side = true end
    end
    return tf_side and array_side, table.concat(out, '; ')
  end
  local tf_ok = vim.wait(WAIT_MS, function() return (tf_seen()) end, 50)
  local _, tf_detail = tf_seen()
  record('container-definitions array: ECS101 from main.tf:4 on the array\'s [, ECS002 on "esential"', tf_ok, tf_detail)
end)
if not ok then record('check ran to the end', false, tostring(err)) end
finish()
