// P syntax highlighting for Monaco (a Monarch tokenizer): keywords as in P's lexer, comments, strings,
// numbers, `$` and `$$` choices.
const keywords = [
  'announce', 'as', 'assert', 'assume', 'break', 'case', 'choose', 'cold', 'compose', 'continue', 'creates',
  'default', 'defer', 'do', 'else', 'entry', 'enum', 'event', 'eventset', 'exit', 'foreach', 'format', 'fun',
  'goto', 'halt', 'hidee', 'hidei', 'hot', 'if', 'ignore', 'implementation', 'in', 'interface', 'keys',
  'machine', 'main', 'module', 'new', 'observes', 'on', 'param', 'pairwise', 'print', 'raise', 'receive',
  'receives', 'refines', 'rename', 'return', 'safe', 'scenario', 'send', 'sends', 'sizeof', 'spec', 'start',
  'state', 'test', 'this', 'to', 'type', 'union', 'values', 'var', 'while', 'with', 'wise', 'durable',
  'invariant', 'axiom', 'is', 'inflight', 'targets', 'sent', 'Proof', 'prove', 'using', 'Lemma', 'Theorem',
  'except', 'requires', 'ensures', 'forall', 'exists', 'pure',
];
const typeKeywords = ['any', 'bool', 'data', 'float', 'int', 'map', 'machine', 'seq', 'set', 'string'];
const constants = ['true', 'false', 'null', 'default'];

let registered = false;

export function registerP(monaco) {
  if (registered) return;
  registered = true;
  monaco.languages.register({ id: 'p', extensions: ['.p'] });
  monaco.languages.setLanguageConfiguration('p', {
    comments: { lineComment: '//', blockComment: ['/*', '*/'] },
    brackets: [['{', '}'], ['[', ']'], ['(', ')']],
    autoClosingPairs: [
      { open: '{', close: '}' }, { open: '[', close: ']' }, { open: '(', close: ')' },
      { open: '"', close: '"', notIn: ['string'] },
    ],
  });
  monaco.languages.setMonarchTokensProvider('p', {
    keywords, typeKeywords, constants,
    operators: ['=', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '&&', '||', '!', '+=', '-=', '==>', '<==>'],
    symbols: /[=><!~?:&|+\-*\/\^%]+/,
    tokenizer: {
      root: [
        [/\$\$?/, 'keyword.choice'],
        [/[a-zA-Z_][\w]*/, { cases: { '@typeKeywords': 'type', '@constants': 'constant', '@keywords': 'keyword', '@default': 'identifier' } }],
        { include: '@whitespace' },
        [/[{}()\[\]]/, '@brackets'],
        [/@symbols/, { cases: { '@operators': 'operator', '@default': '' } }],
        [/\d+\.\d+/, 'number.float'],
        [/\d+/, 'number'],
        [/[;,.]/, 'delimiter'],
        [/"([^"\\]|\\.)*$/, 'string.invalid'],
        [/"/, 'string', '@string'],
      ],
      string: [
        [/[^\\"]+/, 'string'],
        [/\\./, 'string.escape'],
        [/"/, 'string', '@pop'],
      ],
      whitespace: [
        [/[ \t\r\n]+/, 'white'],
        [/\/\*/, 'comment', '@comment'],
        [/\/\/.*$/, 'comment'],
      ],
      comment: [
        [/[^\/*]+/, 'comment'],
        [/\*\//, 'comment', '@pop'],
        [/[\/*]/, 'comment'],
      ],
    },
  });
}
