import { xmlText } from './xml';

describe('xmlText', () => {
  it('escapes markup and keeps line breaks as references, so attributes keep them', () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>\nnext\tcol`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;&#10;next&#9;col',
    );
  });

  it('drops what XML 1.0 cannot hold, and keeps letters beyond the BMP', () => {
    expect(xmlText('a\u0000b\u001Fc\uFFFEd\uD800e 😀')).toBe('abcde 😀');
  });
});
