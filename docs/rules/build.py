"""`python3 docs/rules/build.py` — regenerate the law sections of docs/rules/<rule>.md from src/data/rules.json (keeps each page's
head — what it flags, examples — and its Suppressing section)."""
import json, re
_re_dated=re.compile(r"\{dated(?: from=(\d{4}-\d\d-\d\d))?(?: until=(\d{4}-\d\d-\d\d))?\|([^{}]*)\}")
import os
ROOT=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
d=json.load(open(ROOT+'/src/data/rules.json'))
CIR={"1":"1st","2":"2d","3":"3d","4":"4th","5":"5th","6":"6th","7":"7th","8":"8th","9":"9th","10":"10th","11":"11th","dc":"D.C."}
ERA={"mandatory_guidelines":"mandatory Guidelines (before Booker, Jan. 12, 2005)","advisory_departure_era":"advisory Guidelines with departures (2005 – Oct. 31, 2025)","cr_fsa_pre_2023":"compassionate release before the Nov. 1, 2023 § 1B1.13","cr_post_2023":"compassionate release under the 2023 § 1B1.13","cr_post_rutherford":"after Rutherford (2026, reported)","guidelines_text":"Guidelines text","statute":"statute"}
EFF={"forecloses":"rejects the argument","limits":"restricts the argument","permits":"allows the argument","context":"background","supersedes":"supersedes"}
def cites_pin(c):
    p=c.find(' (') ; head=c if p==-1 else c[:p]
    parts=head.split(', ')
    return len(parts)>=3 and parts[-1][:1].isdigit()
def dated(t):
    """A clause the runtime shows only to briefs of some dates (rules.ts datedText): say which."""
    def one(m):
        cond=' and '.join(x for x in [f'from {m.group(1)}' if m.group(1) else '', f'before {m.group(2)}' if m.group(2) else ''] if x)
        return f' [to briefs dated {cond}:]{m.group(3)}'
    return _re_dated.sub(one, t)
def cell(t): return dated(t).replace('|','\\|').replace('\n',' ')
import re as _re
def src(t):
    """A source as a reader can use it: no paths of the research files behind it."""
    t = _re.sub(r"seed opinion: (?:\.\./)?shared/seeds/\S+?\.txt", "Heartland's copy of the opinion", t)
    t = _re.sub(r"(?:\.\./)?shared/reference/holdings/holdings\.json", "Heartland's research notes", t)
    t = _re.sub(r"(?:\.\./)?(?:shared/)?reference/guidelines/\S+?\.json", "Heartland's verified Guidelines texts", t)
    return t
def binds(h):
    b=h['bindingIn']
    if '*' in b: s='all federal courts'
    elif not b: s='nowhere (persuasive only)'
    else: s=', '.join(CIR[c]+' Cir.' for c in b)
    if h.get('offense')=='1326': s+=' (§ 1326 cases)'
    if h.get('offense')=='other': s+=' (outside § 1326)'
    if h.get('vehicle')=='rule-35': s+=' (listed only for a Rule 35(b) reduction)'
    if h.get('vehicle')=='compassionate-release': s+=' (listed only for a § 3582(c)(1)(A) motion)'
    return s
def era(h):
    s=ERA.get(h['era'],h['era'])
    if h.get('editions'):
        a,b=h['editions']; s+=f"; Manuals {a}–{'today' if b>=2099 else b}"
    return s
def when(o):
    parts=[]
    if o.get('editions'):
        a,b=o['editions']; parts.append(f"Manual {a}–{'today' if b>=2099 else b}")
    if o.get('circuits'): parts.append(', '.join(CIR[c]+' Cir.' for c in o['circuits']))
    if o.get('framing'): parts.append('framed as a '+o['framing'])
    if o.get('offense'):
        m={'1326':'offense § 1326','other':'offense not § 1326','unknown':'offense not stated'}
        parts.append(' or '.join(m[x] for x in o['offense']))
    if o.get('vehicle'): parts.append({'sentencing':'at the original sentencing (`document: sentencing-memorandum` or `psr-objections`, or a government sentencing memorandum)','resentencing':'at a resentencing after vacatur or remand','rule-35':'in a Rule 35 motion (the sentence names Rule 35, or `document: rule-35-motion`)','2255':'in a § 2255 motion (`document: 2255-motion`, or such a title)','3582c2':'in a § 3582(c)(2) motion for a retroactive amendment','compassionate-release':'in a compassionate-release motion (§ 3582(c)(1)(A))','after-judgment':'in a motion after judgment under no statute that permits it (a pro se "motion for reduction of sentence" that names no § 3582(c)(2), § 404 or compassionate release)','final':'a final sentence'}.get(o['vehicle'],'a final sentence'))
    if o.get('grounds'):
        g=o['grounds']; parts.append('ground: '+', '.join(('§ 1B1.13(b)(3)('+x+')') if x!='general' else 'general family hardship' for x in g))
    if o.get('cues'): parts.append('the sentence puts the revocation after the deportation or reentry' if o['cues']==['@after-removal'] else 'sentence mentions '+' / '.join('"'+c+'"' for c in o['cues'][:6])+(' …' if len(o['cues'])>6 else ''))
    if o.get('notCues'):
        pc=[c[1:] for c in o['notCues'] if c.startswith('¶')]
        if pc: parts.append('paragraph mentions none of '+' / '.join('"'+c+'"' for c in pc[:6])+(' …' if len(pc)>6 else ''))
        nc=[c for c in o['notCues'] if c!='@rule-35(b)' and not c.startswith('¶')]
        if '@rule-35(b)' in o['notCues']: parts.append("not a filing on the government's Rule 35(b) motion (its opening names Rule 35(b) or substantial assistance)")
        if nc: parts.append('sentence does not mention a change in the law' if 'nonretroactive' in nc else 'sentence mentions none of '+' / '.join('"'+c+'"' for c in nc[:6])+(' …' if len(nc)>6 else ''))
    if o.get('requires'): parts.append(o['requires']+" decided by the brief's date")
    if o.get('from') and o.get('until'): parts.append(f"brief dated {o['from']} to before {o['until']}")
    elif o.get('from'): parts.append(f"brief dated {o['from']} or later")
    elif o.get('until'): parts.append(f"brief dated before {o['until']}")
    return '; '.join(parts) if parts else 'otherwise (including no circuit set)'
SEV={'warning':'Warning','information':'Information','none':'not flagged'}
for r in d['rules']:
    p=f"{ROOT}/docs/rules/{r['id']}.md"
    old=open(p).read()
    head=old[:old.index('## Where the law stands')]
    tail=old[old.index('## Suppressing'):]
    out=[head.rstrip('\n'),'','## Where the law stands','',r['currentStatus'],'',"*(Summary from Heartland's research notes: the holdings and Guidelines texts it verified and the opinions it was built on, each authority's source in its row below. Not legal advice; check the authorities before filing.)*",'','## Authorities','','| Authority | Holding (neutral summary) | Binds in | Era | Effect | Verified |','|---|---|---|---|---|---|']
    hs=r['holdings']+r.get('guidelineText',[])
    for h in hs:
        c=h['cite']+(' (pin cite not verified)' if h.get('authority') and not h['pinVerified'] and cites_pin(h['cite']) else '')
        hold=h['holding'] if h['verified'] else '**Unverified** — reported, not confirmed in a primary source: '+h['holding']
        if 'verified' in (h.get('statusNote') or '').lower(): hold+=' *Note:* '+h['statusNote']
        if h.get('notCues'): hold+=' *Not listed for a sentence that mentions* '+' / '.join('"'+c+'"' for c in h['notCues'][:4])+(' …' if len(h['notCues'])>4 else '')+'.'
        out.append(f"| {cell(c)} | {cell(hold)} | {binds(h)} | {era(h)} | {EFF.get(h['effect'],h['effect'])} | {'yes' if h['verified'] else 'no'} ({h['verificationLevel']}) |")
    out+=['','Sources:','']
    for h in hs: out.append(f"- {dated(h['cite'])}: {'; '.join(src(x) for x in h['sources'])}")
    out+=['','## What changed later','']
    for x in r['developments']:
        out.append(f"- **{x['name']}** ({x['date']}){'' if x['verified'] else ' *(unverified)*'}: {x['summary']} *Why it matters:* {x['effect']} Sources: {'; '.join(src(y) for y in x['sources'])}")
    out+=['','## Severity: how Heartland decides','',"The first line that matches decides: the brief's circuit (front matter `circuit:` or setting `heartland.circuit`), Guidelines Manual edition (`guidelines-manual:` / `heartland.guidelinesManual`), the framing, and the facts the law turns on — the offense of conviction (front matter `statute:` or `offense:`, else the brief's own words, e.g. \"pleaded guilty to … 21 U.S.C. § 846\"), the vehicle (`document: resentencing-memorandum`, or a resentencing after vacatur or remand described in the brief) and, for compassionate-release family arguments, the § 1B1.13(b)(3) ground the sentence names. Authorities that did not exist in the brief's edition, or were decided after its `sentencing-date:` (else after its edition), are left out of the finding.",'','| When | Severity | Why |','|---|---|---|']
    for o in r['outcomes']:
        basis=o['basis'].replace('{circuit}',"brief's circuit").replace('{offense}','offense as found')
        out.append(f"| {cell(when(o))} | {SEV[o['level']]} | {cell(basis)} |")
    out+=['','With no circuit set the message says so and lists where the authority binds. Override the severity in settings: `"heartland.rules": {"'+r['id']+'": "hint"}` (`off`, `hint`, `information`, `warning`, `error`).','']
    specific=[o for o in r['outcomes'] if o['level']!='none' and (o.get('message') or o.get('instead') or 'butSee' in o)]
    if specific:
        out+=['### Outcomes with their own message and advice','']
        for o in specific:
            out.append(f"- **{when(o)}** ({SEV[o['level']]})")
            if o.get('message'): out.append(f"  - Message: {dated(o['message'].replace('{lead}','<lead authority>').replace('{where}','').replace('{circuit}','<circuit>'))}")
            if o.get('instead'): out.append(f"  - Instead: {dated(o['instead'])}")
            if 'butSee' in o:
                out.append(f"  - Quick fix: {o['butSee']}" if o['butSee'] else "  - Quick fix: none — no authority stands against the argument here.")
            if o.get('sources'): out.append(f"  - Sources: {'; '.join(src(x) for x in o['sources'])}")
        out.append('')
    out+=['## What to argue instead','',dated(r['instead']),'','Candor to the tribunal: if you keep the argument, cite the adverse authority. Unless the outcome above gives its own, the quick fix **Insert the adverse authority** adds:','','> '+r['butSee'],'']
    open(p,'w').write('\n'.join(out)+'\n'+tail)
print('pages ok')
