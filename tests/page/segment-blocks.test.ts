// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locate, segmentBlocks, segmentNear } from '../../utils/page/segment-blocks';

function blocksOf(html: string, ignore?: (element: Element) => boolean) {
  const root = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  return [...segmentBlocks(root, ignore ? { ignore } : {})];
}

const texts = (html: string) => blocksOf(html).map((block) => block.text);

describe('segmentBlocks', () => {
  it('joins inline elements into one block', () => {
    expect(texts('<p><a href="#">Crocus</a> City <b>Hall</b> attack</p>')).toEqual(['Crocus City Hall attack']);
  });

  it('breaks at block elements, <br>, list items and table cells', () => {
    expect(texts('<div>one<p>two</p>three</div>')).toEqual(['one', 'two', 'three']);
    expect(texts('<p>one<br>two</p>')).toEqual(['one', 'two']);
    expect(texts('<p><b>one</b><span><br></span><i>two</i></p>')).toEqual(['one', 'two']);
    expect(texts('<ul><li>one</li><li>two</li></ul>')).toEqual(['one', 'two']);
    expect(texts('<table><tr><td>one</td><td>two</td></tr></table>')).toEqual(['one', 'two']);
  });

  it('leaves out blocks of white space only (the indents of a pretty-printed page), in segmentNear too', () => {
    const html = '<table>\n  <tr>\n    <th>Deaths</th>\n    <td>145</td>\n  </tr>\n</table>\n<p>one</p>\n<p>two</p>\n<p>three</p>';
    expect(texts(html)).toEqual(['Deaths', '145', 'one', 'two', 'three']);
    const root = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
    const nodes: Text[] = [];
    const walker = root.ownerDocument.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const at = nodes.findIndex((n) => n.data === 'two');
    const near = segmentNear(root, nodes, nodes.map((n) => n.data), [at], 2);
    let made = near.next();
    while (!made.done) made = near.next();
    // Two blocks of text either side of the anchored one, the white space between them not counted.
    expect(made.value.map((b) => [b.text, b.anchored])).toEqual([
      ['145', false],
      ['one', false],
      ['two', true],
      ['three', false],
    ]);
  });

  it('skips code, form fields, hidden and editable regions, and our own host', () => {
    const html =
      '<p>kept</p><script>var x = "Patrushev"</script><style>p{}</style><textarea>typed</textarea>' +
      '<div hidden>hidden</div><div contenteditable="true">draft</div><div contenteditable="false">shown</div>' +
      '<gloss-card-host>card</gloss-card-host><noscript>no</noscript><template>tpl</template>';
    const blocks = blocksOf(html, (element) => element.localName === 'gloss-card-host');
    expect(blocks.map((block) => block.text)).toEqual(['kept', 'shown']);
  });

  it('maps offsets in a block back to the original text nodes', () => {
    const [block] = blocksOf('<p><a>Crocus</a> City Hall</p>');
    expect(block!.nodes.map((node) => node.data)).toEqual(['Crocus', ' City Hall']);
    expect(block!.starts).toEqual([0, 6]);
    const start = locate(block!, 0);
    const end = locate(block!, 16, true);
    expect([start.node.data, start.offset]).toEqual(['Crocus', 0]);
    expect([end.node.data, end.offset]).toEqual([' City Hall', 10]);
    // An end offset on a node boundary stays in the earlier node; a start moves to the later one.
    expect(locate(block!, 6, true)).toEqual({ node: block!.nodes[0], offset: 6 });
    expect(locate(block!, 6)).toEqual({ node: block!.nodes[1], offset: 0 });
  });

  it('gives a table cell the cells before it in its row and its column\'s header', () => {
    const headers = (html: string) => blocksOf(html).map((block) => [block.text, block.headers]);
    // A header row in thead; a footnote mark left out of a header; colspan counted; the header row itself has none.
    expect(
      headers(
        '<table><thead><tr><th colspan="2">Reported</th><th>Killed[3]</th></tr></thead>' +
          '<tbody><tr><td>23 March</td><td>SK</td><td>133</td></tr></tbody></table>',
      ),
    ).toEqual([
      ['Reported', undefined],
      ['Killed[3]', undefined],
      ['23 March', ['Reported']],
      ['SK', ['23 March', 'Reported']],
      ['133', ['23 March', 'SK', 'Killed']],
    ]);
    // A first row of header cells only is a header row.
    expect(headers('<table><tr><th>Day</th><th>Dead</th></tr><tr><th>Sunday</th><td>137</td></tr></table>')).toEqual([
      ['Day', undefined],
      ['Dead', undefined],
      ['Sunday', undefined],
      ['137', ['Sunday', 'Dead']],
    ]);
    // A first row that holds a data cell is no header row: an infobox's cells have their row only.
    expect(headers('<table><tr><th>Deaths</th><td>145</td></tr><tr><th>Injured</th><td>551</td></tr></table>')).toEqual([
      ['Deaths', undefined],
      ['145', ['Deaths']],
      ['Injured', undefined],
      ['551', ['Injured']],
    ]);
    expect(headers('<table><tr><td>Dead</td><td>133</td><td>137</td></tr></table>')).toEqual([
      ['Dead', undefined],
      ['133', ['Dead']],
      ['137', ['Dead', '133']],
    ]);
    // A cell of a table inside a cell has its own table's headers.
    expect(headers('<table><tr><th>A</th><th>B</th></tr><tr><td><table><tr><td>x</td></tr></table></td><td>y</td></tr></table>')).toEqual([
      ['A', undefined],
      ['B', undefined],
      ['x', undefined],
      ['y', ['x', 'B']],
    ]);
  });

  it('gives a list item the heading right before its list', () => {
    const headers = (html: string) => blocksOf(html).map((block) => [block.text, block.headers]);
    expect(headers('<h2>How the death toll rose</h2><ol><li>24 March – <b>137</b></li><li><p>25 March – 139</p></li></ol><ul><li>Other</li></ul>')).toEqual([
      ['How the death toll rose', undefined],
      ['24 March – 137', ['How the death toll rose']],
      ['25 March – 139', ['How the death toll rose']],
      ['Other', undefined],
    ]);
    // Only a heading counts, and only right before the list.
    expect(headers('<p>Dead:</p><ul><li>137</li></ul><h3>Tolls</h3><p>Below.</p><ul><li>139</li></ul>')).toEqual([
      ['Dead:', undefined],
      ['137', undefined],
      ['Tolls', undefined],
      ['Below.', undefined],
      ['139', undefined],
    ]);
  });

  it('gives segmentNear blocks the same headers', () => {
    const html = '<p>one</p><table><tr><th>Day</th><th>Dead</th></tr><tr><td>Sunday</td><td>137</td></tr></table>';
    const root = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
    const nodes: Text[] = [];
    const walker = root.ownerDocument.createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const near = segmentNear(root, nodes, nodes.map((n) => n.data), [0], 4);
    let made = near.next();
    while (!made.done) made = near.next();
    expect(made.value.map((b) => [b.text, b.headers])).toEqual(blocksOf(html).map((b) => [b.text, b.headers]));
  });
});
