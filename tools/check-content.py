#!/usr/bin/env python3
# Checks the Topics content in data/content (format: data/content/README.md):
# well-formed XML, unique ids, and every link target exists.  With --po FILE
# it also checks that each translation that holds markup is well-formed and
# keeps the same link targets as the English.
#
#   tools/check-content.py [--po po/nl.po]
#
# The build's own test for the content is written in C (tests/); this
# script is a quick check while writing content.
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'content')
TOPICS = ['working-together', 'talking-with-school', 'six-steps', 'where-to-turn',
          'preventing-complaints', 'complaints', 'escalation', 'home-sitting',
          'rights', 'glossary']
ID_RE = re.compile(r'^[a-z0-9-]+$')
errors = []


def error(msg):
    errors.append(msg)


def parse(path):
    if not os.path.exists(path):
        error('missing file %s' % path)
        return None
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as e:
        error('%s: %s' % (path, e))
        return None


def ids_of(root, tag):
    seen = []
    if root is None:
        return seen
    for el in root.findall(tag):
        i = el.get('id') or ''
        if not ID_RE.match(i):
            error('bad id %r in %s' % (i, root.tag))
        if i in seen:
            error('duplicate id %r in %s' % (i, root.tag))
        seen.append(i)
    return seen


glossary = parse(os.path.join(ROOT, 'glossary.xml'))
orgs = parse(os.path.join(ROOT, 'organisations.xml'))
terms = set(ids_of(glossary, 'term'))
org_ids = set(ids_of(orgs, 'organisation'))

topics = {}
for t in TOPICS:
    path = os.path.join(ROOT, 'topics', t + '.xml')
    if not os.path.exists(path):
        error('missing topic file %s' % path)
        continue
    root = parse(path)
    if root is None:
        continue
    if root.tag != 'topic' or root.get('id') != t:
        error('%s: root must be <topic id="%s">' % (path, t))
    topics[t] = (path, root, set(ids_of(root, 'section')))


def escape(text):
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    return re.sub(r'[ \t\n\r]+', ' ', text)


def inner_xml(el):
    out = escape(el.text or '')
    for child in el:
        attrs = ''.join(' %s="%s"' % (k, v.replace('&', '&amp;').replace('"', '&quot;'))
                        for k, v in child.attrib.items())
        out += '<%s%s>%s</%s>' % (child.tag, attrs, inner_xml(child), child.tag)
        out += escape(child.tail or '')
    return re.sub(r' +', ' ', out).strip(' ')


def check_target(where, target):
    kind, _, rest = target.partition(':')
    if kind == 'term' and rest in terms:
        return
    if kind == 'org' and rest in org_ids:
        return
    if kind == 'step' and rest in ('1', '2', '3', '4', '5', '6'):
        return
    if kind == 'letter' and '/' not in rest and \
            os.path.exists(os.path.join(ROOT, 'letters', rest + '.xml')):
        return
    if kind == 'topic':
        topic, _, section = rest.partition('#')
        if topic == 'organisations' and not section:
            return
        if topic in TOPICS and (not section or (topic in topics and section in topics[topic][2])):
            return
    error('%s: unknown link target %r' % (where, target))


def check_links(where, root):
    for el in root.iter():
        if el.tag in ('link', 'see'):
            check_target(where, el.get('to') or '')


for t, (path, root, _) in topics.items():
    check_links(path, root)
for name, root in (('glossary.xml', glossary), ('organisations.xml', orgs)):
    if root is not None:
        check_links(name, root)

if '--po' in sys.argv:
    po = sys.argv[sys.argv.index('--po') + 1]
    entries, cur, field = [], None, None
    for line in open(po, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('msgid '):
            cur = {'id': [eval(line[6:])], 'str': []}
            field = 'id'
            entries.append(cur)
        elif line.startswith('msgstr'):
            cur['str'].append(eval(line.split(' ', 1)[1]))
            field = 'str'
        elif line.startswith('"') and field is not None:
            cur[field].append(eval(line))
        else:
            field = None
    for e in entries:
        msgid, msgstr = ''.join(e['id']), ''.join(e['str'])
        if '<link' not in msgid and '<em>' not in msgid and '&' not in msgid:
            continue
        if not msgstr:
            continue
        try:
            a = ET.fromstring('<r>' + msgid + '</r>')
        except ET.ParseError:
            continue  # a plain string from C ("Ouders & Onderwijs"), not markup
        try:
            b = ET.fromstring('<r>' + msgstr + '</r>')
        except ET.ParseError as ex:
            error('%s: markup does not parse (%s): %s' % (po, ex, msgstr[:60]))
            continue
        la = sorted(l.get('to') for l in a.iter('link'))
        lb = sorted(l.get('to') for l in b.iter('link'))
        if la != lb:
            error('%s: link targets differ: %s' % (po, msgstr[:60]))
        if len(list(a.iter('em'))) != len(list(b.iter('em'))):
            error('%s: <em> count differs: %s' % (po, msgstr[:60]))

    # Every translatable element must have a translation.  The msgid is
    # computed the way xgettext makes it (data/content/README.md, "How
    # extraction works"), which is also what the app's loader must do.
    translations = {''.join(e['id']): ''.join(e['str']) for e in entries}
    translated = {'topic': ('title', 'summary', 'heading', 'p', 'item', 'tip', 'see'),
                  'glossary': ('definition',),
                  'organisations': ('name', 'what', 'when', 'how')}
    roots = [(path, root) for path, root, _ in topics.values()]
    roots += [('glossary.xml', glossary), ('organisations.xml', orgs)]
    for path, root in roots:
        if root is None:
            continue
        for el in root.iter():
            if el.tag not in translated[root.tag]:
                continue
            if root.tag == 'glossary' and el.tag == 'name':
                continue
            msgid = inner_xml(el)
            if not translations.get(msgid):
                error('%s: no translation for %r' % (path, msgid[:60]))

for e in errors:
    print(e)
sys.exit(1 if errors else 0)
