--[[
Heartland's Table of Authorities, with page numbers, in the filed PDF or Word file.

The table Heartland inserts (between <!-- heartland-toa --> and <!-- /heartland-toa -->) lists,
for each authority, links to the sections of the brief that cite it: [II. Argument](#ii-argument).
This filter finds each linked section by its heading text and writes "II. Argument, p. 3":

  pandoc brief.md --lua-filter docs/pandoc/toa.lua -o brief.pdf    (LaTeX: \pageref, exact)
  pandoc brief.md --lua-filter docs/pandoc/toa.lua -o brief.docx   (Word: a PAGEREF field; in
                                                                     Word select all, then F9
                                                                     to update the page numbers)

Other output formats keep the links. Nothing outside the table is changed.
]]

local stringify = pandoc.utils.stringify

local function is_marker(block, text)
  return block.t == "RawBlock" and block.format == "html" and block.text:match("^%s*" .. text:gsub("%-", "%%-") .. "%s*$") ~= nil
end

--- heading text -> identifier (the first heading with that text)
local function heading_ids(blocks)
  local ids = {}
  for _, b in ipairs(blocks) do
    if b.t == "Header" and b.identifier ~= "" then
      local text = stringify(b.content)
      if ids[text] == nil then ids[text] = b.identifier end
    end
  end
  return ids
end

local function page_field(id)
  if FORMAT:match("latex") or FORMAT:match("beamer") then
    return pandoc.RawInline("latex", "\\pageref{" .. id .. "}")
  elseif FORMAT:match("docx") then
    return pandoc.RawInline("openxml",
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' ..
      '<w:r><w:instrText xml:space="preserve"> PAGEREF ' .. id .. ' \\h </w:instrText></w:r>' ..
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>?</w:t></w:r>' ..
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
  end
  return nil
end

function Pandoc(doc)
  local ids = heading_ids(doc.blocks)
  local inside = false
  local out = {}
  for _, b in ipairs(doc.blocks) do
    if is_marker(b, "<!-- heartland-toa -->") then
      inside = true
    elseif is_marker(b, "<!-- /heartland-toa -->") then
      inside = false
    elseif inside then
      b = pandoc.walk_block(b, {
        Link = function(link)
          if link.target:sub(1, 1) ~= "#" then return nil end
          local id = ids[stringify(link.content)] or link.target:sub(2)
          local field = page_field(id)
          link.target = "#" .. id
          if field == nil then return link end
          return { link, pandoc.Str(", p."), pandoc.Space(), field }
        end,
      })
    end
    table.insert(out, b)
  end
  doc.blocks = out
  return doc
end
