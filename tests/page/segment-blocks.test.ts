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
});
