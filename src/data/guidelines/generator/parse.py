import re, json, copy

ROMAN = ['i','ii','iii','iv','v','vi','vii','viii','ix','x','xi','xii','xiii','xiv','xv']
def nxt(typ, v):
    if typ in ('lower','upper'): return chr(ord(v)+1)
    if typ == 'digit': return str(int(v)+1)
    if typ == 'lroman':
        i = ROMAN.index(v); return ROMAN[i+1] if i+1 < len(ROMAN) else None
    if typ == 'uroman':
        i = ROMAN.index(v.lower()); return ROMAN[i+1].upper() if i+1 < len(ROMAN) else None
FIRST = {'lower':'a','digit':'1','upper':'A','lroman':'i','uroman':'I'}
def types(t):
    r = []
    if t.isdigit(): r.append('digit')
    if re.fullmatch(r'[ivx]+', t): r.append('lroman')
    if re.fullmatch(r'[a-z]', t): r.append('lower')
    if re.fullmatch(r'[IVX]+', t): r.append('uroman')
    if re.fullmatch(r'[A-Z]', t): r.append('upper')
    return r

MARK = re.compile(r'^\(([a-z]|[0-9]+|[A-Z]|[ivx]+|[IVX]+)\)(?:\s|$)')

def parse_tree(lines, root=None):
    """Parse lines into {lead, nodes}. root: dict to attach children to (for notes)."""
    root = root if root is not None else {'id': None, 'text': None, 'children': []}
    root.setdefault('children', [])
    stack = []  # list of (typ, value, node)
    last = None  # ('text', node) or ('after', node)
    def place(tok):
        ts = types(tok)
        for k in range(len(stack)-1, -1, -1):
            typ, val, _ = stack[k]
            if typ in ts and nxt(typ, val) == tok:
                return k, typ
        for typ in ts:
            if FIRST[typ] == tok and typ not in [s[0] for s in stack]:
                return len(stack), typ
        if not stack:
            pref = [t for t in ('upper','lroman','digit','lower','uroman') if t in ts]
            return 0, pref[0]
        raise ValueError('cannot place marker (%s) after %s' % (tok, [(s[0], s[1]) for s in stack]))
    def add(tok, text):
        nonlocal last
        k, typ = place(tok)
        del stack[k:]
        parent = stack[-1][2] if stack else root
        node = {'id': tok, 'text': text}
        parent.setdefault('children', []).append(node)
        stack.append((typ, tok, node))
        last = ('text', node)
        return node
    for line in lines:
        m = MARK.match(line)
        if m:
            tok = m.group(1); rest = line[m.end():]
            m2 = MARK.match(rest)
            if m2 and m2.group(1) in ('A', 'a') and tok.isdigit():
                add(tok, '(%s)' % tok)
                add(m2.group(1), rest)
            else:
                add(tok, line)
            continue
        # non-marker line
        if last is None:
            root['lead'] = (root.get('lead') + '\n' + line) if root.get('lead') else line
            continue
        kind, node = last
        if kind == 'after':
            node['after'] += '\n' + line; continue
        if node.get('children'):
            node['after'] = line; last = ('after', node); continue
        body = MARK.sub('', node['text'], count=1)
        parent = stack[-2][2] if len(stack) >= 2 else root
        has_parent = len(stack) >= 2 or bool(root.get('text'))
        t = node['text'].rstrip()
        if line[:1].islower() and (t.endswith(',') or t.endswith(';') or t.endswith(' or') or t.endswith(' and')) and has_parent:
            parent['after'] = line; last = ('after', parent); continue
        ptxt = (parent.get('text') or '').rstrip()
        if has_parent and body[:1].islower() and t.endswith('.') and (ptxt.endswith('—') or ptxt.endswith(':')):
            parent['after'] = line; last = ('after', parent); continue
        if has_parent and line.startswith('See ') and (ptxt.endswith('—') or ptxt.endswith(':')):
            parent['after'] = line; last = ('after', parent); continue
        node['text'] += '\n' + line
    return root

NOTE = re.compile(r'^(\d+)\.\s')
def parse_section(text):
    """Split a printed section into heading, guideline tree, commentary."""
    lines = [l for l in text.split('\n')]
    out = {}
    # heading
    i = 0
    while not lines[i].startswith('§'):
        out.setdefault('preamble', []).append(lines[i]); i += 1
    out['heading'] = lines[i]; i += 1
    g = []
    while i < len(lines) and not lines[i].startswith('Commentary') and not lines[i].startswith('Historical Note:'):
        g.append(lines[i]); i += 1
    out['guideline'] = parse_tree(g)
    com = lines[i:]
    if com and com[0].startswith('Commentary'):
        first = com[0][len('Commentary'):].strip()
        com = ([first] if first else []) + com[1:]
    notes = []; cur = None; mode = None
    for line in com:
        if line.startswith('Historical Note:'):
            out['historicalNote'] = line; mode = 'hn'; continue
        if line.startswith('Statutory Provisions:'):
            out['statutoryProvisions'] = line[len('Statutory Provisions:'):].strip(); mode = 'sp'; continue
        if line.startswith('Application Notes:') or line.startswith('Application Note:'):
            mode = 'notes'; continue
        if line.startswith('Background:'):
            out['background'] = line; mode = 'bg'; continue
        if mode == 'bg':
            out['background'] += '\n' + line; continue
        if mode == 'hn':
            out['historicalNote'] += '\n' + line; continue
        if mode == 'notes':
            m = NOTE.match(line)
            if m and (not notes or int(m.group(1)) == int(notes[-1]['number']) + 1):
                cur = {'number': m.group(1), 'lines0': line, 'rest': []}
                notes.append(cur); continue
            cur['rest'].append(line); continue
        out.setdefault('commentaryText', []).append(line)
    parsed = []
    for n in notes:
        root = {'number': n['number'], 'text': n['lines0'], 'children': []}
        # tree parse; non-marker lines before the first marker extend the note text
        tmp = parse_tree(n['rest'], {'id': None, 'text': n['lines0'], 'children': []})
        if tmp.get('lead'): root['text'] += '\n' + tmp['lead']
        root['children'] = tmp['children']
        if tmp.get('after'): root['after'] = tmp['after']
        if not root['children']: del root['children']
        parsed.append(root)
    if parsed: out['notes'] = parsed
    if 'commentaryText' in out: out['commentaryText'] = '\n'.join(out['commentaryText'])
    return out

def dump_tree(nodes, ind=0):
    for n in nodes:
        print('  '*ind + '[%s] %s' % (n.get('id') or n.get('number'), (n.get('text') or '<NONE>').replace('\n', ' ⏎ ')[:110]))
        if n.get('children'): dump_tree(n['children'], ind+1)
        if n.get('after'): print('  '*ind + '  ↳after: ' + n['after'].replace('\n',' ⏎ ')[:100])
