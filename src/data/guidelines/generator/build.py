import json, copy, re, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parse import parse_section, parse_tree

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..'))
REF = os.path.join(REPO, '..', 'shared', 'reference', 'guidelines') + '/'
OUT = os.path.join(REPO, 'src', 'data', 'guidelines') + '/'
os.makedirs(OUT, exist_ok=True)
def load(f): return json.load(open(REF + f + '.json'))
E1995, E2001, E2008, E2016, E2025, STAT = [load(x) for x in ['era_1995','era_2001','era_2008_2015','era_2016','era_2025','statutes']]

def item(era, pred):
    for p in era['provisions']:
        if pred(p.get('id', '')): return p
    raise KeyError
def docs(p):
    return [{'title': s['kind'], 'url': s.get('url')} for s in p.get('sources', [])]
def src(file, itemid, documents):
    return {'reference': 'reference/guidelines/%s.json' % file, 'item': itemid, 'documents': documents}

M16 = 'Guidelines Manual, Nov. 1, 2016'
M25 = 'Guidelines Manual, Nov. 1, 2025'
M15 = 'Guidelines Manual, Nov. 1, 2015'

def find(nodes, path):
    cur = {'children': nodes}
    for p in path:
        cur = next(c for c in cur.get('children', []) if c['id'] == p)
    return cur
def renote(nodes):
    """notes from parse_section use 'number'; unify to id."""
    out = []
    for n in nodes:
        m = {'id': n['number'], 'text': n['text']}
        if n.get('children'): m['children'] = n['children']
        if n.get('after'): m['after'] = n['after']
        out.append(m)
    return out

def version_from_printed(text, frm, to, edition, status, caveats, source, keep_heading=None):
    s = parse_section(text)
    v = {'from': frm, 'to': to, 'textEdition': edition, 'status': status, 'caveats': caveats, 'source': source,
         'heading': keep_heading or s['heading']}
    g = s['guideline']
    if g.get('lead'): v['lead'] = g['lead']
    v['guideline'] = g.get('children', [])
    v['guidelineComplete'] = True
    if g.get('after'): v['guidelineAfter'] = g['after']
    for k in ('statutoryProvisions', 'commentaryText', 'background', 'historicalNote'):
        if k in s: v[k] = s[k]
    v['notes'] = renote(s.get('notes', []))
    v['notesComplete'] = True
    return v

def norm(o):
    # presentation-only normalisation: non-breaking space -> space, non-breaking hyphen -> hyphen
    if isinstance(o, str): return o.replace('\u00a0', ' ').replace('\u2011', '-')
    if isinstance(o, list): return [norm(x) for x in o]
    if isinstance(o, dict): return {k: norm(v) for k, v in o.items()}
    return o
def write(name, obj):
    obj = norm(obj)
    with open(OUT + name + '.json', 'w') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')

# ---------------------------------------------------------------- §2L1.2
p95 = E1995['provisions'][0]
p97 = E1995['provisions'][1]
p01 = E2001['provisions'][0]
p15 = item(E2008, lambda i: i == 'USSG §2L1.2')
p15 = E2008['provisions'][0]
p11 = E2008['provisions'][1]
p0810 = E2008['provisions'][2]
amends0815 = E2008['provisions'][3]
p16 = item(E2016, lambda i: i == 'USSG §2L1.2')
p25 = item(E2025, lambda i: i == 'USSG §2L1.2')
HEAD = '§2L1.2. Unlawfully Entering or Remaining in the United States'
V = []

# 1995-1996
g95 = parse_tree(['(a) ' + p95['guideline_text']['(a)']] + p95['guideline_text']['(b)'].split('\n'))
c95 = p95['commentary_1995_by_note']
n34 = c95['Notes 3-4']['text'].split('\n'); n67 = c95['Notes 6-7']['text'].split('\n')
notes95 = [
    {'id': '1', 'text': '1. ' + c95['Note 1']['text'], 'caveats': ['Note 1: ' + c95['Note 1']['status'] + '.']},
    {'id': '2', 'text': '2. ' + c95['Note 2']['text'], 'status': 'derived',
     'caveats': ['DERIVED — Note 2 was not observed in any copy of the 1995 Manual: ' + c95['Note 2']['status'] + '. Amendment 523 (Nov. 1, 1995) rewrote its closing words; the full text of Note 2 was not found.']},
    {'id': '3', 'text': n34[0]}, {'id': '4', 'text': n34[1]},
    {'id': '5', 'text': '5. ' + c95['Note 5']['text']},
    {'id': '6', 'text': n67[0]}, {'id': '7', 'text': n67[1]},
]
V.append({'from': 1995, 'to': 1996, 'textEdition': 'Guidelines Manual, Nov. 1, 1995', 'status': 'verbatim',
  'caveats': ['No copy of the 1995 Manual page itself was seen. The guideline text is verbatim as quoted by Amendment 562 (eff. Nov. 1, 1997) when it struck it; Amendment 562 is the next amendment to §2L1.2 after Amendment 523 (Nov. 1, 1995), so this is the 1995 and 1996 text.'],
  'source': src('era_1995', 'USSG §2L1.2 (Guidelines Manual, Nov. 1, 1995)', docs(p95)),
  'heading': HEAD, 'guideline': g95['children'], 'guidelineComplete': True,
  'statutoryProvisions': {'text': '8 U.S.C. § 1325(a) (second or subsequent offense only), 8 U.S.C. § 1326', 'status': 'derived',
      'caveats': ['DERIVED from the instructions of Amendments 38 and 375; not observed as a whole line.']},
  'notes': notes95, 'notesComplete': False,
  # The reference lists Notes 1-7 for 1995 (not_found names only the full text of Notes 1 and 2 and "the full 1995 commentary"):
  # notes after 7 are absent, but other commentary (e.g. a Background) cannot be ruled out.
  'lastNote': 7, 'lastNoteBasis': 'the reference records Notes 1–7 for this Manual: Amendments 193 (1989) and 375 (1991) added Notes 3–7{dated from=1997-11-01|, and Amendment 562 (Nov. 1, 1997) rewrote them}',
  'commentaryCaveats': ['Commentary: the full 1995 commentary was not found (a known gap in the reference); Notes 1–7 are as the reference records them.']})

# 1997-2000
V.append(version_from_printed(p97['full_text'], 1997, 2000,
  'Guidelines Manual, Nov. 1, 1997 (text in force Nov. 1, 1997 – Oct. 31, 2001)', 'verbatim',
  ['Verbatim as quoted by Amendment 632 (eff. Nov. 1, 2001) when it struck this version; no amendment to §2L1.2 took effect between Nov. 1, 1997 (Amendment 562) and Nov. 1, 2001 (Amendment 632), so the 1997–2000 Manuals share this text.'],
  src('era_1995', 'USSG §2L1.2 (Nov. 1, 1997 - Oct. 31, 2001; Amendment 562 version)', docs(p97))))

# 2001 & 2002
def g01(text):
    return parse_tree(['§'] and text.split('\n'))['children']
DER01 = ('DERIVED — no copy of §2L1.2(a)–(b) as printed in the %s Manual was found (Appendix C says only "A replacement guideline is inserted as §2L1.2"). '
         'Rebuilt from the verbatim 2011 text by removing the phrases Amendment 754 (2011) inserted and restoring "committed for profit", which Amendment 658 (Nov. 1, 2003) struck. '
         'Corroborated by United States v. Martinez-Candejas, 347 F.3d 853 (10th Cir. 2003), quoting "an alien smuggling offense committed for profit" in §2L1.2(b)(1)(A)(vii) (2002).')
frag = p01['commentary_fragments_verbatim']
k1B = [k for k in frag if k.startswith('Note 1(B)')][0]
k1A = [k for k in frag if k.startswith('Note 1(A)(iv)')][0]
k2 = [k for k in frag if k.startswith('Note 2 ')][0]
k3B = [k for k in frag if k.startswith('Note 3(B)')][0]
Q658 = 'Guidelines Manual, Nov. 1, 2001/2002 text, as quoted by Amendment 658 (USSC Appendix C)'
def note1_0102(with_vi):
    B = parse_tree(frag[k1B].split('\n'))['children'][0]
    if not with_vi:
        B['children'] = [c for c in B['children'] if c['id'] != 'vi']
        B['status'] = 'derived'; B['textEdition'] = 'rebuilt from the Nov. 2002 text quoted by Amendment 658'
        B['caveats'] = ['DERIVED — the reference quotes this list as it stood in the Nov. 2002 Manual (quoted by Amendment 658 when struck) and states that item (vi) "Terrorism offense" was added by Amendment 637 (eff. Nov. 1, 2002); shown: that list without item (vi).']
    else:
        B['status'] = 'verbatim'; B['textEdition'] = 'Guidelines Manual, Nov. 1, 2002, as quoted by Amendment 658 (USSC Appendix C)'
        B['caveats'] = ['Verbatim as quoted by Amendment 658 (eff. Nov. 1, 2003) when it struck this list. (The reference text of item (vi) ends without a closing period.)']
    A = {'id': 'A', 'children': [dict(parse_tree(frag[k1A].split('\n'))['children'][0], status='verbatim', textEdition=Q658,
          caveats=['Verbatim as quoted by Amendment 658 when struck.'])], 'incomplete': True}
    return {'id': '1', 'incomplete': True, 'children': [A, B]}
def notes0102(with_vi):
    return [note1_0102(with_vi),
            {'id': '2', 'text': frag[k2], 'status': 'verbatim', 'textEdition': Q658, 'caveats': ['Verbatim as quoted by Amendment 658 (eff. Nov. 1, 2003) when struck.']},
            {'id': '3', 'incomplete': True, 'children': [dict(parse_tree(frag[k3B].split('\n'))['children'][0], status='verbatim', textEdition=Q658,
               caveats=['Verbatim as quoted by Amendment 658 when struck (redesignated Note 4(B) in 2003).'])]}]
gd01 = parse_tree(p01['guideline_text_derived'].split('\n'))['children']
for yr, with_vi in ((2001, False), (2002, True)):
    V.append({'from': yr, 'to': yr, 'textEdition': 'Guidelines Manual, Nov. 1, %d, as rebuilt (no copy seen)' % yr, 'status': 'derived',
      'caveats': [], 'guidelineCaveats': [DER01 % yr], 'commentaryCaveats': ['Commentary: only the fragments quoted in the reference are available (Note 1(A)(iv), Note 1(B), Note 2, Note 3(B)).'],
      'source': src('era_2001', 'USSG §2L1.2 (Amendment 632 version, 2001-2002)', docs(p01)),
      'heading': HEAD, 'guideline': copy.deepcopy(gd01), 'guidelineComplete': True,
      'notes': notes0102(with_vi), 'notesComplete': False})

# 2003-2007 / 2008-2009 / 2010: guideline = 2011 text minus Amendment 754 insertions (DERIVED)
gd08 = parse_tree(p0810['guideline_text_derived'].split('\n'))['children']
DER08 = ('DERIVED — no copy of §2L1.2(a)–(b) as printed in the %s Manual was found. Rebuilt from the verbatim 2011 text by removing the phrases Amendment 754 (Nov. 1, 2011) inserted; '
         'Amendments 637 (2002), 709 (2007), 722 (2008) and 740 (2010) changed only the commentary, and Amendment 658 (Nov. 1, 2003) struck "committed for profit" from (b)(1)(A)(vii). '
         'Before Nov. 1, 2011, (b)(1)(A) was a flat +16 and (b)(1)(B) a flat +12.')
c03 = p01['commentary_2003_changes']
B658 = parse_tree(list(c03.values())[0].split('\n'))['children'][0]
am = amends0815['items']
a722 = am['722 (eff. Nov. 1, 2008)']; a740 = am['740 (eff. Nov. 1, 2010)']
iii722 = re.search(r'inserting the following:\n"(\(iii\)[^\n]*)"', a722).group(1)
n7_722 = re.search(r'"(7\. Departure Consideration\.—[^\n]*)"', a722).group(1)
n8_740 = re.search(r'"(8\. Departure Based on Cultural Assimilation\.—.*?)"\.$', a740, re.S).group(1)
V.append({'from': 2003, 'to': 2007, 'textEdition': 'Guidelines Manuals of 2003–2007, as rebuilt (no copy seen)', 'status': 'derived',
  'caveats': [], 'guidelineCaveats': [DER08 % '2003–2007'], 'commentaryCaveats': ['Commentary: only Note 1(B) (as inserted by Amendment 658, eff. Nov. 1, 2003, and unchanged until Amendment 722 in 2008) is available in the reference.'],
  'source': src('era_2001', 'USSG §2L1.2: derivation note and commentary_2003_changes (Amendment 658); era_2008_2015.json item "Guidelines Manuals Nov. 1, 2008 - Nov. 1, 2010"', docs(p01) + docs(amends0815)),
  'heading': HEAD, 'guideline': copy.deepcopy(gd08), 'guidelineComplete': True,
  'notes': [{'id': '1', 'incomplete': True, 'children': [dict(copy.deepcopy(B658), status='verbatim', textEdition='Amendment 658 (eff. Nov. 1, 2003), USSC Appendix C', caveats=['Verbatim as inserted by Amendment 658 (eff. Nov. 1, 2003).'])]}],
  'notesComplete': False,
  'lastNote': 6, 'lastNoteBasis': "{dated until=2008-11-01|Heartland's sources record no further note in this Manual}{dated from=2008-11-01|Amendment 722 (eff. Nov. 1, 2008) added Note 7 at the end of the Application Notes}"})
def B0810():
    B = copy.deepcopy(B658)
    for c in B['children']:
        if c['id'] == 'iii':
            c['text'] = iii722; c['status'] = 'verbatim'; c['textEdition'] = 'Amendment 722 (eff. Nov. 1, 2008), USSC Appendix C'; c['caveats'] = ['Verbatim as inserted by Amendment 722 (eff. Nov. 1, 2008).']
        if c['id'] == 'iv':
            c['text'] = c['text'].replace('dispensing of a controlled', 'dispensing of, or offer to sell a controlled'); assert 'offer to sell' in c['text']
            c['status'] = 'derived'; c['caveats'] = ['DERIVED — the 2003 text with ", or offer to sell" inserted after "dispensing of" (Amendment 722, eff. Nov. 1, 2008).']
    # Only item (iv) is rebuilt (DERIVED); the other items are verbatim as inserted by 658 (or, (iii), by 722),
    # so an item cited alone keeps its own status.
    B['status'] = 'verbatim'; B['textEdition'] = 'Amendment 658 (eff. Nov. 1, 2003), USSC Appendix C'
    B['caveats'] = ['Note 1(B) as inserted by Amendment 658 (eff. Nov. 1, 2003), with the changes Amendment 722 (eff. Nov. 1, 2008) made to items (iii) and (iv); no other amendment to Note 1(B) is recorded before Amendment 764 (2012).']
    return B
for frm, to, n7, extra in ((2008, 2009, {'id': '7', 'text': n7_722, 'status': 'verbatim', 'textEdition': 'Amendment 722 (eff. Nov. 1, 2008), USSC Appendix C', 'caveats': ['Verbatim as added by Amendment 722 (eff. Nov. 1, 2008).']}, []),
                           (2010, 2010, {'id': '7', 'text': n7_722.replace('Departure Consideration', 'Departure Based on Seriousness of a Prior Conviction'), 'status': 'derived', 'textEdition': 'rebuilt from Amendments 722 (2008) and 740 (2010), USSC Appendix C',
                                         'caveats': ['DERIVED — Note 7 as added by Amendment 722 with its heading changed by Amendment 740 (eff. Nov. 1, 2010).']},
                            [{'id': '8', 'text': n8_740, 'status': 'verbatim', 'textEdition': 'Amendment 740 (eff. Nov. 1, 2010), USSC Appendix C', 'caveats': ['Verbatim as added by Amendment 740 (eff. Nov. 1, 2010).']}])):
    V.append({'from': frm, 'to': to, 'textEdition': ('Guidelines Manuals of %d–%d, as rebuilt (no copy seen)' % (frm, to)) if frm != to else ('Guidelines Manual, Nov. 1, %d, as rebuilt (no copy seen)' % frm), 'status': 'derived',
      'caveats': [], 'guidelineCaveats': [DER08 % ('%d–%d' % (frm, to) if frm != to else str(frm))], 'commentaryCaveats': ['Commentary: only Note 1(B) and the notes added by Amendments 722/740 are available in the reference.'],
      'source': src('era_2008_2015', 'USSG §2L1.2 "Guidelines Manuals Nov. 1, 2008 - Nov. 1, 2010" and "Amendment history within the era" (722, 740, 754); derivation in era_2001.json', docs(amends0815) + docs(p11)),
      'heading': HEAD, 'guideline': copy.deepcopy(gd08), 'guidelineComplete': True,
      'notes': [{'id': '1', 'incomplete': True, 'children': [B0810()]}, n7] + extra, 'notesComplete': False,
      'lastNote': 7 + len(extra),
      'lastNoteBasis': ("{dated until=2010-11-01|Heartland's sources record no further note in this Manual}{dated from=2010-11-01|Amendment 740 (eff. Nov. 1, 2010) added Note 8 at the end of the Application Notes}" if not extra else
                        'Note 8 was added at the end by Amendment 740 (eff. Nov. 1, 2010){dated from=2014-11-01|; the next new note was inserted by Amendment 787 (eff. Nov. 1, 2014)}')})

# 2011-2015: guideline verbatim (2011 web copy == Nov. 2015 text quoted by Amendment 802)
g15 = parse_tree(p15['guideline_text'].split('\n'))['children']
notes15 = []
cur = None
for line in (p15['application_notes_1_to_7'] + '\n' + p15['application_note_8'] + '\n' + p15['application_note_9']).split('\n'):
    m = re.match(r'^(\d+)\.\s', line)
    if m and (not notes15 or int(m.group(1)) == int(notes15[-1]['number']) + 1):
        cur = {'number': m.group(1), 'lines0': line, 'rest': []}; notes15.append(cur)
    else:
        cur['rest'].append(line)
def mk_notes(raw):
    out = []
    for n in raw:
        tmp = parse_tree(n['rest'])
        node = {'id': n['number'], 'text': n['lines0'] + ('\n' + tmp['lead'] if tmp.get('lead') else '')}
        if tmp.get('children'): node['children'] = tmp['children']
        if tmp.get('after'): node['after'] = tmp['after']
        out.append(node)
    return out
N15 = mk_notes(notes15)
SRC15 = src('era_2008_2015', 'USSG §2L1.2 (Guidelines Manual, Nov. 1, 2015)', docs(p15))
V2015 = {'from': 2015, 'to': 2015, 'textEdition': M15, 'status': 'verbatim',
  'caveats': ['Verbatim as quoted by Amendment 802 (eff. Nov. 1, 2016) when it struck the guideline and Notes 1–7; Note 8 as inserted by Amendment 787 (2014); Note 9 as added by Amendment 740 (2010) and renumbered by Amendment 787.'],
  'source': SRC15, 'heading': HEAD, 'guideline': copy.deepcopy(g15), 'guidelineComplete': True,
  'statutoryProvisions': p15['statutory_provisions'], 'notes': copy.deepcopy(N15), 'notesComplete': True}
BASE1214 = ('The reference has no copy of the %s Manual. Shown: the Nov. 1, 2015 text (guideline text also seen verbatim in the 2011 Manual). '
            'The §2L1.2 historical note records only Amendments 764 (2012), 787 (2014) and 795 (2015) between 2011 and 2015, all to the commentary; where one of them changed a note, that note is shown as it stood before the change and marked DERIVED.')
def note4_counted(notes):
    n4 = next(n for n in notes if n['id'] == '4')
    b = next(c for c in n4['children'] if c['id'] == 'B')
    assert 'not treated as a single sentence' in b['text']
    b['text'] = b['text'].replace('not treated as a single sentence', 'not counted as a single sentence')
    b['status'] = 'derived'; b['textEdition'] = 'rebuilt from the Guidelines Manual, Nov. 1, 2015'
    b['caveats'] = ['DERIVED — the 2015 wording with Amendment 795 (eff. Nov. 1, 2015) reversed ("not treated as a single sentence" was "not counted as a single sentence").']
def drop_note8_787(notes):
    notes[:] = [n for n in notes if n['id'] not in ('8', '9')]
    notes.append({'id': '8', 'text': n8_740, 'status': 'verbatim', 'textEdition': 'Amendment 740 (eff. Nov. 1, 2010), USSC Appendix C',
                  'caveats': ['Verbatim as added by Amendment 740 as Note 8; Amendment 787 (eff. Nov. 1, 2014) later renumbered it Note 9.']})
def vii_764(notes):
    n1 = next(n for n in notes if n['id'] == '1')
    B = next(c for c in n1['children'] if c['id'] == 'B')
    vii = next(c for c in B['children'] if c['id'] == 'vii')
    vii658 = next(c for c in B658['children'] if c['id'] == 'vii')
    assert vii['text'].replace(', but only if the revocation occurred before the defendant was deported or unlawfully remained in the United States', '') == vii658['text']
    vii['text'] = vii658['text']; vii['status'] = 'verbatim'; vii['textEdition'] = 'Amendment 658 (eff. Nov. 1, 2003), USSC Appendix C'
    vii['caveats'] = ['Text before Amendment 764 (eff. Nov. 1, 2012) added ", but only if the revocation occurred before the defendant was deported or unlawfully remained in the United States"; verbatim as inserted by Amendment 658.']
def v1214(frm, to, label):
    v = copy.deepcopy(V2015); v['from'] = frm; v['to'] = to; v['caveats'] = [BASE1214 % label]
    return v
v14 = v1214(2014, 2014, '2014'); note4_counted(v14['notes'])
v1213 = v1214(2012, 2013, '2012 or 2013'); note4_counted(v1213['notes']); drop_note8_787(v1213['notes'])
v11 = v1214(2011, 2011, '2011'); note4_counted(v11['notes']); drop_note8_787(v11['notes']); vii_764(v11['notes'])
v11['caveats'].append('Only the beginning of the ussc.gov copy of the 2011 §2L1.2 was seen: its guideline text (a)–(b), Statutory Provisions line and the opening of Note 1 match the 2015 text; Note 1(C) and the "(B) … 12-level … 8-level" sentence of Note 7 were added by Amendment 754 (eff. Nov. 1, 2011).')
v11['textEdition'] = 'Guidelines Manual, Nov. 1, 2015 (guideline text identical to the Nov. 1, 2011 web copy)'
v11['source'] = dict(SRC15, documents=SRC15['documents'] + docs(p11))
V += [v11, v1213, v14, V2015]

# 2016-2017
V.append(version_from_printed(p16['text'], 2016, 2017, M16, 'verbatim', ['Text of the Nov. 1, 2016 Manual. The §2L1.2 historical note records no amendment between Nov. 1, 2016 (Amendment 802) and Nov. 1, 2018 (Amendment 809), so it is also shown for the 2017 Manual (not checked against a copy of it).'],
  src('era_2016', 'USSG §2L1.2', docs(p16))))
# 2025
v25 = version_from_printed(p25['text'], 2025, 2025, M25, 'verbatim', [], src('era_2025', 'USSG §2L1.2', docs(p25)))
# 2018-2022 and 2023-2024: guideline text = 2025 (Amendment 809 wording), commentary composed
v16 = V[-1]
def v1824(frm, to):
    v = copy.deepcopy(v25); v['from'] = frm; v['to'] = to
    v['textEdition'] = M25
    if frm < 2023:
        v['caveats'] = ['The reference has no copy of the 2018–2022 Manuals. The guideline text (a)–(b) and Application Notes 1, 3, 4 and 5 shown for them are the Nov. 1, 2025 text: a character-level diff of the 2016 and 2025 Manuals attributes every difference to Amendment 809 (Nov. 1, 2018), 822 (Nov. 1, 2023) or 836 (Nov. 1, 2025), and only Amendment 809 touched those parts. Note 2 and the departure Notes 6–8 say whose text they are.']
    else:
        v['caveats'] = ['The reference has no copy of the 2023 or 2024 Manual. The guideline text and Application Notes 1–5 shown for them are the Nov. 1, 2025 text: the diff of the 2016 and 2025 Manuals shows that Amendment 836 (Nov. 1, 2025) only deleted the departure notes, so these parts read the same from Nov. 1, 2023 (Amendment 822). The departure Notes 6–8 say whose text they are.']
    v['historicalNote'] = None
    notes = [n for n in v['notes'] if n['id'] in ('1', '2', '3', '4', '5')]
    if frm < 2023:
        n2 = next(n for n in notes if n['id'] == '2')
        rob = re.search(r' “Robbery” is .*?overcome a victim’s resistance\.', n2['text']).group(0)
        n2['text'] = n2['text'].replace(rob, '')
        n16 = next(n for n in v16['notes'] if n['id'] == '2')
        assert n2['text'] == n16['text'].replace('supervised release.', 'supervised release, regardless of when the revocation occurred.')
        n2['status'] = 'derived'; n2['textEdition'] = 'rebuilt from the Guidelines Manuals of Nov. 1, 2016 and Nov. 1, 2025'
        n2['source'] = src('era_2025', 'USSG §2L1.2 (Note 2; diff_vs_2016_verified) and era_2016.json USSG §2L1.2 (Note 2)', docs(p25) + docs(p16))
        n2['caveats'] = ['DERIVED — the 2025 Note 2 without the "Robbery" definition that Amendment 822 added on Nov. 1, 2023 (equivalently, the 2016 Note 2 with the words ", regardless of when the revocation occurred" added by Amendment 809).']
    for n16n, newid in (('5', '6'), ('6', '7'), ('7', '8')):
        d = copy.deepcopy(next(n for n in v16['notes'] if n['id'] == n16n))
        d['text'] = re.sub(r'^%s\.' % n16n, '%s.' % newid, d['text'])
        d['id'] = newid; d['status'] = 'verbatim'; d['textEdition'] = M16 + ' (Note %s there)' % n16n
        d['caveats'] = ['Shown: the 2016 Manual\'s Note %s, renumbered Note %s by Amendment 809 (eff. Nov. 1, 2018) without other change (per the reference); Amendment 836 deleted it effective Nov. 1, 2025.' % (n16n, newid)]
        d['source'] = src('era_2016', 'USSG §2L1.2 (Notes 5-7; renumbering per era_2025.json "what_happened_to_departure_notes")', docs(p16))
        notes.append(d)
    v['notes'] = notes
    del v['historicalNote']
    return v
V.insert(len(V) - 1, v1824(2018, 2022))
V.insert(len(V) - 1, v1824(2023, 2024))
V.append(v25)
V.sort(key=lambda v: v['from'])
write('2L1.2', {'section': '2L1.2', 'title': 'Unlawfully Entering or Remaining in the United States',
  'existence': {'from': None}, 'versions': V, 'gaps': []})
print('2L1.2 versions', [(v['from'], v['to'], v['status']) for v in V])

# ---------------------------------------------------------------- other sections
def pv(era, file, pid, frm, to, edition, caveats, text=None, heading=None):
    p = item(era, lambda i: i == pid)
    return version_from_printed(text or p['text'], frm, to, edition, 'verbatim', caveats, src(file, pid, docs(p)), heading)
def hn_caveat(sec, frm, to, ed, basis):
    return ('The reference has the text of §%s only as printed in the %s. Shown for the %s Manuals because %s' % (sec, ed, '%d–%d' % (frm, to) if frm != to else str(frm), basis))
def gap(frm, to, reason): return {'from': frm, 'to': to, 'reason': reason}

SECTIONS = {}
# §3E1.1
SECTIONS['3E1.1'] = {'section': '3E1.1', 'title': 'Acceptance of Responsibility', 'existence': {'from': None},
 'versions': [
   pv(E2016, 'era_2016', 'USSG §3E1.1', 2013, 2017, M16, [hn_caveat('3E1.1', 2013, 2017, '2016 and 2025 Manuals', 'its historical note records no amendment between Nov. 1, 2013 (Amendment 775) and Nov. 1, 2018 (Amendment 810); not checked against a copy of each of those Manuals.')]),
   pv(E2025, 'era_2025', 'USSG §3E1.1', 2023, 2025, M25, [hn_caveat('3E1.1', 2023, 2025, '2016 and 2025 Manuals', 'its historical note records no amendment after Nov. 1, 2023 (Amendment 820).')]),
 ],
 'gaps': [gap(1995, 2012, 'The reference has §3E1.1 only as printed in the 2016 and 2025 Manuals; it was amended in 1995–2013 (Amendments 459, 649, 746, 747, 775), so the 2016 text cannot be shown as the %d text.'),
          gap(2018, 2022, 'The reference has §3E1.1 only as printed in the 2016 and 2025 Manuals; Amendment 810 (Nov. 1, 2018) and Amendment 820 (Nov. 1, 2023) changed it, and the text in force in %d was not found.')]}
# 2013 & 2017 fine. fix 2025-only edition caveat when frm==to? handled.
SECTIONS['3E1.1']['versions'][1]['caveats'] = ['Text of the Nov. 1, 2025 Manual. Its historical note records no amendment after Nov. 1, 2023 (Amendment 820), so it is also shown for the 2023 and 2024 Manuals (not checked against copies of those Manuals).']
SECTIONS['3E1.1']['versions'][0]['caveats'] = ['Text of the Nov. 1, 2016 Manual. Its historical note records no amendment between Nov. 1, 2013 (Amendment 775) and Nov. 1, 2018 (Amendment 810), so it is also shown for the 2013–2015 and 2017 Manuals (not checked against copies of those Manuals).']

def also(ed, others, basis):
    return ['Text of the %s. %s, so it is also shown for the %s Manuals (not checked against copies of those Manuals).' % (ed, basis, others)]

SECTIONS['5G1.1'] = {'section': '5G1.1', 'title': 'Sentencing on a Single Count of Conviction', 'existence': {'from': None},
 'versions': [pv(E2016, 'era_2016', 'USSG §5G1.1', 1995, 2024, M16, also(M16, '1995–2015 and 2017–2024', 'Its historical note records no amendment between Nov. 1, 1989 (Amendment 286) and Nov. 1, 2025 (Amendment 836)')),
              pv(E2025, 'era_2025', 'USSG §5G1.1', 2025, 2025, M25, [])]}
SECTIONS['5K1.1'] = {'section': '5K1.1', 'title': 'Substantial Assistance to Authorities (Policy Statement)', 'existence': {'from': None},
 'versions': [pv(E2016, 'era_2016', 'USSG §5K1.1', 1995, 2023, M16, also(M16, '1995–2015 and 2017–2023', 'Its historical note records no amendment between Nov. 1, 1989 (Amendment 290) and Nov. 1, 2024 (Amendment 831)')),
              pv(E2025, 'era_2025', 'USSG Ch.5 Pt.K heading and §5K1.1', 2025, 2025, M25, [])],
 'gaps': [gap(2024, 2024, 'The reference has §5K1.1 only as printed in the 2016 and 2025 Manuals; Amendment 831 (Nov. 1, 2024) changed it and the 2024 text was not found.')]}
DEL25 = item(E2025, lambda i: i.startswith('USSG §§5K2.0-5K2.24'))
DEL5H = item(E2025, lambda i: i.startswith('USSG Ch.5 Pt.H'))
hn5K = re.search(r'§§5K2\.0–5K2\.24\. \[Deleted\]\nHistorical Note: (.*?)\n', DEL25['text']).group(1)
hn5H = re.search(r'§5H1\.1–5H1\.12\. \[Deleted\]\nHistorical Note: (.*?)$', DEL5H['text'], re.S).group(1).strip()
hn5K31 = re.search(r'§5K3\.1\. \[Deleted\]\nHistorical Note: (.*)$', DEL25['text'], re.S).group(1).strip()
def sentence_for(hn, sec):
    sents = re.split(r'(?<=\(amendment \d{3}\)\.) ', hn)
    for s in sents:
        if re.match(r'^Sections? %s \(' % re.escape(sec), s): return s
        if re.search(r'(^|, |and |Sections )%s \(' % re.escape(sec), s) and s.startswith('Sections'): return s
    raise KeyError(sec)
def deleted_version(sec, frm, to, heading, note, hist, edition, source, caveats=None):
    return {'from': frm, 'to': to, 'textEdition': edition, 'status': 'deleted', 'caveats': caveats or [], 'source': source,
            'heading': heading, 'deleted': {'text': heading + '\nHistorical Note: ' + note, 'history': hist}}
S25K = src('era_2025', 'USSG §§5K2.0-5K2.24 and §5K3.1 [Deleted]', docs(DEL25))
S25H = src('era_2025', 'USSG Ch.5 Pt.H [Deleted] (incl. §5H1.10)', docs(DEL5H))
SECTIONS['5K2.0'] = {'section': '5K2.0', 'title': 'Grounds for Departure (Policy Statement)',
 'existence': {'from': None, 'deleted': {'edition': 2025, 'amendment': '836', 'effective': 'Nov. 1, 2025'}},
 'versions': [pv(E2016, 'era_2016', 'USSG §5K2.0', 2012, 2023, M16, also(M16, '2012–2015 and 2017–2023', 'Its historical note records no amendment between Nov. 1, 2012 (Amendment 770) and Nov. 1, 2024 (Amendment 831)')),
              deleted_version('5K2.0', 2025, 2025, '§§5K2.0–5K2.24. [Deleted]', sentence_for(hn5K, '5K2.0'), '§5K2.0 was deleted effective Nov. 1, 2025 by Amendment 836.', M25, S25K)],
 'gaps': [gap(1995, 2011, 'The reference has §5K2.0 only as printed in the 2016 Manual (and its 2025 deletion note); it was amended in 1997–2012 (Amendments 561, 585, 649, 651, 725, 739, 757, 770), so the 2016 text cannot be shown as the %d text.'),
          gap(2024, 2024, 'The reference has §5K2.0 only as printed in the 2016 Manual; Amendment 831 (Nov. 1, 2024) changed it and the 2024 text was not found.')]}
SECTIONS['5K2.11'] = {'section': '5K2.11', 'title': 'Lesser Harms (Policy Statement)',
 'existence': {'from': None, 'deleted': {'edition': 2025, 'amendment': '836', 'effective': 'Nov. 1, 2025'}},
 'versions': [pv(E2016, 'era_2016', 'USSG §5K2.11', 1995, 2024, M16, also(M16, '1995–2015 and 2017–2024', 'Its historical note records no amendment since it took effect on Nov. 1, 1987, and it was deleted only on Nov. 1, 2025 (Amendment 836)')),
              deleted_version('5K2.11', 2025, 2025, '§§5K2.0–5K2.24. [Deleted]', sentence_for(hn5K, '5K2.11'), '§5K2.11 was deleted effective Nov. 1, 2025 by Amendment 836.', M25, S25K)]}
p519 = item(E2016, lambda i: i == 'USSG §5K2.19')
SECTIONS['5K2.19'] = {'section': '5K2.19', 'title': 'Post-Sentencing Rehabilitative Efforts (Policy Statement)',
 'existence': {'from': 2000, 'added': {'edition': 2000, 'amendment': '602', 'effective': 'Nov. 1, 2000'},
               'deleted': {'edition': 2012, 'amendment': '768', 'effective': 'Nov. 1, 2012'}},
 'versions': [deleted_version('5K2.19', 2012, 2024, '§5K2.19. [Deleted]', p519['text'].split('Historical Note: ')[1],
                              '§5K2.19 (Post-Sentencing Rehabilitative Efforts) was deleted effective Nov. 1, 2012 by Amendment 768.', M16,
                              src('era_2016', 'USSG §5K2.19', docs(p519)),
                              ['Deletion note as printed in the Nov. 1, 2016 Manual; shown for the 2012–2024 Manuals (the section stayed deleted; from 2025 the note is part of the combined note for §§5K2.0–5K2.24).']),
              deleted_version('5K2.19', 2025, 2025, '§§5K2.0–5K2.24. [Deleted]', sentence_for(hn5K, '5K2.19'), '§5K2.19 was deleted effective Nov. 1, 2012 by Amendment 768.', M25, S25K)],
 'gaps': [gap(2000, 2011, '§5K2.19 (Post-Sentencing Rehabilitative Efforts) was in the %d Manual (effective Nov. 1, 2000, Amendment 602{dated from=2012-11-01|; deleted Nov. 1, 2012, Amendment 768}), but the reference has no copy of its text.')]}
p531 = item(E2016, lambda i: i == 'USSG §5K3.1')
t531 = p531['text'][p531['text'].index('§5K3.1.'):]
SECTIONS['5K3.1'] = {'section': '5K3.1', 'title': 'Early Disposition Programs (Policy Statement)',
 'existence': {'from': 2003, 'added': {'edition': 2003, 'amendment': '651', 'effective': 'Oct. 27, 2003'},
               'deleted': {'edition': 2025, 'amendment': '836', 'effective': 'Nov. 1, 2025', 'movedTo': '3F1.1'}},
 'versions': [version_from_printed(t531, 2003, 2024, M16, 'verbatim',
                 also(M16, '2003–2015 and 2017–2024', 'Its historical note records no amendment since it took effect on Oct. 27, 2003 (Amendment 651), and the 2025 deletion note lists none either'),
                 src('era_2016', 'USSG §5K3.1', docs(p531))),
              deleted_version('5K3.1', 2025, 2025, '§5K3.1. [Deleted]', hn5K31,
                 '§5K3.1 was deleted from Chapter Five and replaced by §3F1.1 effective Nov. 1, 2025 (Amendment 836).', M25, S25K)]}
p3F = item(E2025, lambda i: i == 'USSG §3F1.1')
SECTIONS['3F1.1'] = {'section': '3F1.1', 'title': 'Early Disposition Programs (Policy Statement)',
 'existence': {'from': 2025, 'added': {'edition': 2025, 'amendment': '836', 'effective': 'Nov. 1, 2025', 'movedFrom': '5K3.1'}},
 'versions': [pv(E2025, 'era_2025', 'USSG §3F1.1', 2025, 2025, M25, [], text=p3F['text'].split('\n', 1)[1])]}
SECTIONS['5H1.10'] = {'section': '5H1.10', 'title': 'Race, Sex, National Origin, Creed, Religion, and Socio-Economic Status (Policy Statement)',
 'existence': {'from': None, 'deleted': {'edition': 2025, 'amendment': '836', 'effective': 'Nov. 1, 2025'}},
 'versions': [pv(E2016, 'era_2016', 'USSG §5H1.10', 1995, 2024, M16, also(M16, '1995–2015 and 2017–2024', 'Its historical note records no amendment since it took effect on Nov. 1, 1987, and it was deleted only on Nov. 1, 2025 (Amendment 836)')),
              deleted_version('5H1.10', 2025, 2025, '§5H1.1–5H1.12. [Deleted]', sentence_for(hn5H, '5H1.10'), '§5H1.10 was deleted effective Nov. 1, 2025 by Amendment 836.', M25, S25H)]}
SECTIONS['6B1.2'] = {'section': '6B1.2', 'title': 'Standards for Acceptance of Plea Agreements (Policy Statement)', 'existence': {'from': None},
 'versions': [pv(E2016, 'era_2016', 'USSG §6B1.2', 2011, 2024, M16, also(M16, '2011–2015 and 2017–2024', 'Its historical note records no amendment between Nov. 1, 2011 (Amendment 757) and Nov. 1, 2025 (Amendment 836)')),
              pv(E2025, 'era_2025', 'USSG §6B1.2', 2025, 2025, M25, [])],
 'gaps': [gap(1995, 2010, 'The reference has §6B1.2 only as printed in the 2016 and 2025 Manuals; it was amended in 2000, 2003 and 2011 (Amendments 604, 651, 757), so the 2016 text cannot be shown as the %d text.')]}
SECTIONS['5D1.1'] = {'section': '5D1.1', 'title': 'Imposition of a Term of Supervised Release', 'existence': {'from': None},
 'versions': [pv(E2016, 'era_2016', 'USSG §5D1.1', 2014, 2024, M16, also(M16, '2014–2015 and 2017–2024', 'Its historical note records no amendment between Nov. 1, 2014 (Amendment 781) and Nov. 1, 2025 (Amendments 835 and 836)')),
              pv(E2025, 'era_2025', 'USSG §5D1.1', 2025, 2025, M25, [])],
 'gaps': [gap(1995, 2013, 'The reference has §5D1.1 only as printed in the 2016 and 2025 Manuals; it was amended in 1995, 2010, 2011 and 2014 (Amendments 529, 747, 756, 781), so the 2016 text cannot be shown as the %d text.')]}
p11g16 = item(E2016, lambda i: i == 'USSG §1B1.1 (guideline text)')
p11n16 = item(E2016, lambda i: i.startswith('USSG §1B1.1 comment.'))
v11_16 = pv(E2016, 'era_2016', 'USSG §1B1.1 (guideline text)', 2016, 2016, M16, ['Only the guideline text (a)–(c) and Application Note 1(E) (the definitions of "departure") are in the reference; the other commentary is not.'])
n1E = parse_tree(p11n16['text'].split('\n'))['children'][0]
n1E['source'] = src('era_2016', p11n16['id'], docs(p11n16))
v11_16['notes'] = [{'id': '1', 'incomplete': True, 'children': [n1E]}]; v11_16['notesComplete'] = False
v11_25 = pv(E2025, 'era_2025', 'USSG §1B1.1 (guideline text)', 2025, 2025, M25, ['Only the guideline text (a)–(b) is in the reference; the commentary is not (the reference notes that the 2025 Application Note 1 no longer defines "departure").'])
v11_25['notesComplete'] = False
SECTIONS['1B1.1'] = {'section': '1B1.1', 'title': 'Application Instructions', 'existence': {'from': None},
 'versions': [v11_16, v11_25],
 'gaps': [gap(1995, 2015, 'The reference has §1B1.1 only as printed in the 2016 and 2025 Manuals (no historical note for it was recorded), so its %d text is not available.'),
          gap(2017, 2024, 'The reference has §1B1.1 only as printed in the 2016 and 2025 Manuals (no historical note for it was recorded), so its %d text is not available.')]}
SECTIONS['1B1.13'] = {'section': '1B1.13', 'title': 'Reduction in Term of Imprisonment Under 18 U.S.C. § 3582(c)(1)(A) (Policy Statement)',
 'existence': {'from': 2006, 'added': {'edition': 2006, 'amendment': '683', 'effective': 'Nov. 1, 2006'}},
 'versions': [pv(E2016, 'era_2016', 'USSG §1B1.13 (pre-2023 version)', 2016, 2017, M16, ['Text of the Nov. 1, 2016 Manual (as amended by Amendment 799, eff. Nov. 1, 2016); the next recorded amendment is Amendment 813 (Nov. 1, 2018), so it is also shown for the 2017 Manual.']),
              pv(E2025, 'era_2025', 'USSG §1B1.13 (Nov. 1, 2023 version, unchanged through 2025)', 2023, 2025, M25, ['Text of the Nov. 1, 2025 Manual. Its historical note ends with Amendment 814 (Nov. 1, 2023), so this is also the 2023 and 2024 text (not checked against copies of those Manuals).'])],
 'gaps': [gap(2006, 2015, 'The reference has no copy of §1B1.13 as it stood in the %d Manual (it took effect Nov. 1, 2006, Amendment 683, and was amended in 2007, 2010 and 2016: Amendments 698, 746, 799).'),
          gap(2018, 2022, 'The reference has no copy of §1B1.13 as it stood in the %d Manual: Amendment 813 (Nov. 1, 2018) changed it and its content was not found; the 2023 rewrite (Amendment 814) replaced it.')]}
# Ch.5 Pt.A
pA16 = item(E2016, lambda i: i == 'USSG Ch.5 Pt.A'); pA25 = item(E2025, lambda i: i == 'USSG Ch.5 Pt.A')
def chA(p, frm, to, edition, caveats, file):
    t = p['text']
    lines = t.split('\n')
    head = lines[0]
    intro = lines[1]
    com = t[t.index('Application Notes:'):]
    hn = com[com.index('Historical Note:'):].strip()
    notes_txt = com[len('Application Notes:'):com.index('Historical Note:')].strip().split('\n')
    notes = [{'id': re.match(r'(\d+)\.', l).group(1), 'text': l} for l in notes_txt]
    return {'from': frm, 'to': to, 'textEdition': edition, 'status': 'verbatim', 'caveats': caveats,
            'source': src(file, 'USSG Ch.5 Pt.A', docs(p)), 'heading': head, 'lead': intro + '\n[Sentencing Table — see the Sentencing Table data]',
            'guideline': [], 'guidelineComplete': True, 'commentaryHeading': 'Commentary to Sentencing Table',
            'notes': notes, 'notesComplete': True, 'historicalNote': hn}
SECTIONS['ch5A'] = {'section': 'ch5A', 'chapter': 5, 'part': 'A', 'title': 'Sentencing Table', 'existence': {'from': None},
 'versions': [chA(pA16, 2010, 2024, M16, also(M16, '2010–2015 and 2017–2024', 'Its historical note (the same in the 2025 Manual) records no amendment after Nov. 1, 2010 (Amendment 738)'), 'era_2016'),
              chA(pA25, 2025, 2025, M25, ['The table itself is omitted here (see the Sentencing Table); the extracted 2025 text also prints a stray "November 1, 2016" line beside the table, omitted.'], 'era_2025')],
 'gaps': [gap(1995, 2009, 'The reference has Chapter Five, Part A only as printed in the 2016 and 2025 Manuals; its commentary was amended on Nov. 1, 2010 (Amendment 738), so the %d text is not available. (The table cells themselves are unchanged since Nov. 1, 1992 — see the Sentencing Table.)')]}

# 2025 deletion notes for every §5K2.x and §5H1.x named in the 2025 historical notes
def dels(hn, prefix, heading, S, span):
    out = {}
    for n in range(0, 25 if prefix == '5K2' else 13):
        sec = '%s.%d' % (prefix, n)
        if sec in SECTIONS or (prefix == '5H1' and n == 0): continue
        try: s = sentence_for(hn, sec)
        except KeyError: continue
        m = re.search(r'deleted effective (\w+ \d+, \d{4}) \(amendment (\d+)\)', s)
        if not m: m = re.search(r'deleted (\w+ \d+, \d{4}) \(amendment (\d+)\)', s)
        date, amd = m.group(1), m.group(2)
        yr = int(date[-4:])
        title = re.search(r'%s \((.*?\(Policy Statement\))\)' % re.escape(sec), s).group(1)
        v = [deleted_version(sec, 2025, 2025, heading, s, '§%s was deleted effective %s by Amendment %s.' % (sec, date.replace('November', 'Nov.'), amd), M25, S)]
        ex = {'from': None, 'deleted': {'edition': yr if yr < 2025 else 2025, 'amendment': amd, 'effective': date.replace('November', 'Nov.')}}
        gaps = []
        if yr < 2025:
            v[0]['from'] = yr
            v[0]['caveats'] = ['Deletion note as printed in the Nov. 1, 2025 Manual; the note printed in the %d–2024 Manuals is not in the reference.' % yr]
        else:
            gaps = [gap(1995, 2024, '§%s was in the %%d Manual{dated from=2025-11-01| (deleted Nov. 1, 2025 by Amendment 836)}, but the reference has no copy of its text.' % sec)]
        eff = re.search(r'^Sections? %s \(.*?\), effective (\w+ \d+, \d{4})' % re.escape(sec), s)
        if eff and int(eff.group(1)[-4:]) > 1995:
            y0 = int(eff.group(1)[-4:]); y0 = y0 if not eff.group(1).startswith(('November 1', 'October', 'April', 'January', 'June')) or True else y0
            ex['from'] = y0; ex['added'] = {'edition': y0, 'amendment': re.search(r'effective \w+ \d+, \d{4} \(amendment (\d+)\)', s).group(1), 'effective': eff.group(1).replace('November', 'Nov.').replace('October', 'Oct.').replace('April', 'Apr.')}
            if gaps: gaps[0]['from'] = y0
        out[sec] = {'section': sec, 'title': title, 'existence': ex, 'versions': v, 'gaps': gaps, 'deletionOnly': True}
    return out
DELS = {}
DELS.update(dels(hn5K, '5K2', '§§5K2.0–5K2.24. [Deleted]', S25K, None))
DELS.update(dels(hn5H, '5H1', '§5H1.1–5H1.12. [Deleted]', S25H, None))

for k, v in SECTIONS.items():
    v.setdefault('gaps', [])
    write(k, v)
write('deleted-2025', {'note': 'Sections known only from the deletion notes printed in the Nov. 1, 2025 Manual (§§5K2.0–5K2.24, §§5H1.1–5H1.12).', 'sections': list(DELS.values()),
  'spans': [{'from': '5K2.0', 'to': '5K2.24', 'edition': 2025, 'heading': '§§5K2.0–5K2.24. [Deleted]', 'text': '§§5K2.0–5K2.24. [Deleted]\nHistorical Note: ' + hn5K,
             'history': '§§5K2.0–5K2.24 were deleted effective Nov. 1, 2025 by Amendment 836 (§5K2.15 earlier, Nov. 1, 1995, Amendment 526; §5K2.19 on Nov. 1, 2012, Amendment 768).', 'source': S25K},
            {'from': '5H1.1', 'to': '5H1.12', 'edition': 2025, 'heading': '§5H1.1–5H1.12. [Deleted]', 'text': '§5H1.1–5H1.12. [Deleted]\nHistorical Note: ' + hn5H,
             'history': '§§5H1.1–5H1.12 were deleted effective Nov. 1, 2025 by Amendment 836.', 'source': S25H}]})
print('sections', list(SECTIONS), 'dels', list(DELS))
for k,v in DELS.items(): print(k, v['existence'], v['versions'][0]['from'])

# ---------------------------------------------------------------- statutes
def chunk_lines(md):
    """U.S. Code markdown chunk -> lines (drop '#' title lines, keep the subsection heading)."""
    out = []
    for para in md.split('\n'):
        para = para.strip()
        if not para: continue
        if para.startswith('#'):
            m = re.match(r'^#+\s*(\([a-z]\))\s*(.*?)\s*\.?$', para)
            if m: out.append('%s %s' % (m.group(1), m.group(2).rstrip(' .')))
            continue
        out.append(para)
    return out
s1326 = STAT['statutes'][0]; s1325 = STAT['statutes'][1]; s3553 = STAT['statutes'][2]; s3559 = STAT['statutes'][3]; s3582 = STAT['statutes'][4]; s3583 = STAT['statutes'][5]
CHUNK_CAVEAT = ('Text from a 2023 U.S. Code snapshot whose converter dropped the em dashes after lead-ins (e.g. "any alien who" for "any alien who—") and kept footnote markers as bare digits (e.g. "1 or" in §1326(b)(3), "2" in §1326(c)); wording otherwise matches the other copies seen.')
def sdocs(s, pred=lambda d: True): return [{'title': d['kind'], 'url': d.get('url')} for d in s['sources'] if pred(d)]
def ssrc(s, pred=lambda d: True): return {'reference': 'reference/guidelines/statutes.json', 'item': s['cite'], 'documents': sdocs(s, pred)}
lines = []
for k in ('(a)', '(b)', '(c)', '(d)'): lines += chunk_lines(s1326['text'][k])
t = parse_tree(lines)
b = next(n for n in t['children'] if n['id'] == 'b')
b4 = next(n for n in b['children'] if n['id'] == '4')
rem = ' For the purposes of this subsection, the term “removal” includes'
i = b4['text'].index(rem); b['after'] = b4['text'][i+1:]; b4['text'] = b4['text'][:i]
MAX1326 = {'a': 'Not more than 2 years (8 U.S.C. § 1326(a)); a fine under title 18, or both.',
           'b/1': 'Not more than 10 years (8 U.S.C. § 1326(b)(1)); a fine under title 18, or both.',
           'b/2': 'Not more than 20 years (8 U.S.C. § 1326(b)(2)); a fine under title 18, or both.',
           'b/3': 'A fine under title 18 and imprisonment for a period of 10 years, which sentence shall not run concurrently with any other sentence (8 U.S.C. § 1326(b)(3)).',
           'b/4': 'Not more than 10 years (8 U.S.C. § 1326(b)(4)); a fine under title 18, or both.',
           'c': 'Incarceration for the remainder of the sentence of imprisonment pending at the time of deportation, without any reduction for parole or supervised release, plus any other applicable penalties (8 U.S.C. § 1326(c)).',
           'd': 'None: subsection (d) is not a penalty provision (it limits collateral attack on the underlying deportation order).'}
MAX1326['b'] = '(b)(1): not more than 10 years; (b)(2): not more than 20 years; (b)(3): 10 years, consecutive to any other sentence; (b)(4): not more than 10 years (each with a fine under title 18).'
MAX1326[''] = '(a): not more than 2 years; (b)(1): 10 years; (b)(2): 20 years; (b)(3): 10 years, consecutive; (b)(4): 10 years; (c): the remainder of the sentence pending at deportation.'
STATUTES = [
 {'title': 8, 'section': '1326', 'heading': '8 U.S.C. § 1326. Reentry of removed aliens', 'covered': ['a', 'b', 'c', 'd'], 'nodes': t['children'],
  'textEdition': 'United States Code, 2023 snapshot (codexstanford markdown chunks)', 'status': 'verbatim',
  'caveats': [CHUNK_CAVEAT, 'Current text (as amended). The reference notes that the 1994 Code\'s §1326(a) read differently before the 1996 amendments ("has been arrested and deported or excluded and deported"); that older text is not in the reference.'],
  'maxima': MAX1326, 'source': ssrc(s1326)},
]
l1325 = chunk_lines(s1325['text'])
STATUTES.append({'title': 8, 'section': '1325', 'heading': '8 U.S.C. § 1325. Improper entry by alien', 'covered': ['a'], 'nodes': parse_tree(l1325)['children'],
  'textEdition': 'United States Code, 2023 snapshot (codexstanford markdown chunks)', 'status': 'verbatim', 'caveats': [CHUNK_CAVEAT],
  'maxima': {'a': 'First commission: not more than 6 months, a fine under title 18, or both. Subsequent commission: not more than 2 years, a fine under title 18, or both (8 U.S.C. § 1325(a)).'},
  'source': ssrc(s1325)})
def appb(s, key, covered, heading, extra_caveats=None):
    lines = s[key].split('\n')
    assert lines[0].startswith('§')
    t = parse_tree(lines[1:])
    return {'title': 18, 'section': re.match(r'§ (\d+)', lines[0]).group(1), 'heading': '18 U.S.C. ' + lines[0], 'covered': covered, 'nodes': t['children'],
            'textEdition': 'USSC Guidelines Manual Appendix B (as of May 1, 2016)', 'status': 'verbatim',
            'caveats': extra_caveats or [], 'maxima': {}, 'source': ssrc(s)}
STATUTES.append(appb(s3553, 'text_appendix_b_2016', ['a'], None, ['Text as printed in USSC Appendix B (as of May 1, 2016); the reference found the same wording in a 2023 U.S. Code snapshot.']))
STATUTES.append(appb(s3559, 'text_appendix_b_2016', ['a'], None, ['Text as printed in USSC Appendix B (as of May 1, 2016); the reference found the same wording in a 2023 U.S. Code snapshot.']))
STATUTES.append(appb(s3583, 'text_appendix_b_2016', ['a', 'b'], None, ['Text as printed in USSC Appendix B (as of May 1, 2016); the reference found the same wording in a 2023 U.S. Code snapshot.']))
x = appb(s3582, 'text_pre_first_step_act_appendix_b_2016', ['a', 'b', 'c'], None, ['Subsections (a) and (b): text as printed in USSC Appendix B (as of May 1, 2016); the reference has no later copy of them.'])
pre_c = next(n for n in x['nodes'] if n['id'] == 'c')
c_now = parse_tree(chunk_lines(s3582['text_c_post_first_step_act_usc_2023_snapshot']))['children'][0]
# the flush language after (c)(1)(A)(ii) belongs to (A), not to clause (ii) (audit 14 D13)
c1A = next(n for n in next(n for n in c_now['children'] if n['id'] == '1')['children'] if n['id'] == 'A')
c1Aii = next(n for n in c1A['children'] if n['id'] == 'ii')
flush = ' and that such a reduction is consistent with applicable policy statements'
i = c1Aii['text'].index(flush); c1A['after'] = c1Aii['text'][i+1:]; c1Aii['text'] = c1Aii['text'][:i]
c_now['status'] = 'verbatim'; c_now['textEdition'] = 'United States Code, 2023 snapshot (current text, after the 2018 amendment)'
c_now['caveats'] = [CHUNK_CAVEAT.replace(' (e.g. "1 or" in §1326(b)(3), "2" in §1326(c))', ''),
    'Current text. Before the 2018 amendment (the First Step Act of 2018 — the copies seen do not name the amending statute) only the Director of the Bureau of Prisons could move under (c)(1)(A); the amendment added: "or upon motion of the defendant after the defendant has fully exhausted all administrative rights to appeal a failure of the Bureau of Prisons to bring a motion on the defendant\'s behalf or the lapse of 30 days from the receipt of such a request by the warden of the defendant\'s facility, whichever is earlier". Which text applies depends on when the motion was decided, not on the Guidelines Manual edition.']
c_now['source'] = {'reference': 'reference/guidelines/statutes.json', 'item': '18 U.S.C. § 3582(a)-(c): text_c_post_first_step_act_usc_2023_snapshot', 'documents': sdocs(s3582, lambda d: '2023' in d['kind'])}
c_now['history'] = 'Before the First Step Act amendment (text in USSC Appendix B, May 1, 2016), (c)(1)(A) read: ' + next(n for n in pre_c['children'][0]['children'] if n['id'] == 'A')['text']
x['nodes'] = [n for n in x['nodes'] if n['id'] != 'c'] + [c_now]
STATUTES.append(x)
for s_ in STATUTES: s_['complete'] = s_['section'] == '1326'
with open(os.path.join(REPO, 'src', 'data', 'statutes.json'), 'w') as f:
    json.dump(norm({'note': 'Statute text by subsection, built from reference/guidelines/statutes.json. The text does not depend on the Guidelines Manual edition.', 'statutes': STATUTES}), f, ensure_ascii=False, indent=1); f.write('\n')
for s in STATUTES:
    s['complete'] = s['section'] == '1326'
    print(s['heading']); 
    import parse; parse.dump_tree(s['nodes'], 1)
