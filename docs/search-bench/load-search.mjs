// Dev helper: runs the built (minified) search.js of a built site in Node, with the little of a DOM it needs, and
// returns its window.siteSearch. Index files are loaded as the browser does, by "adding a <script src>": the
// file is read, run with document.currentScript set, then its load event fires. onFile(text) sees each file.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export function loadSearch(dir, onFile = () => {}) {
  const script = () => {
    const listeners = {};
    return {
      src: '',
      addEventListener: (type, f) => { listeners[type] = f; },
      remove: () => {},
      fire: (type) => listeners[type] && listeners[type](),
    };
  };
  const document = {
    baseURI: 'file://' + dir + '/index.html',
    currentScript: null,
    querySelectorAll: () => [],
    createElement: script,
    head: {
      append(element) {
        setTimeout(() => {
          let text;
          try {
            text = readFileSync(fileURLToPath(element.src), 'utf8');
          } catch {
            element.fire('error');
            return;
          }
          onFile(text);
          document.currentScript = element;
          vm.runInContext(text, context);
          document.currentScript = null;
          element.fire('load');
        });
      },
    },
  };
  const context = vm.createContext({ document, URL, URLSearchParams, setTimeout, clearTimeout });
  const file = readdirSync(dir + '/assets/js').find((f) => f.startsWith('search.'));
  vm.runInContext(readFileSync(dir + '/assets/js/' + file, 'utf8'), context);
  return context.siteSearch;
}

/** The JSON data of an index file: the second argument of its siteSearch.loaded call. */
export const dataOf = (text) => JSON.parse(text.slice(text.indexOf(',') + 1, text.lastIndexOf(')')));
