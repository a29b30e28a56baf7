import type { Article } from '../article';
import type { Mention } from '../entities/mention';
import type { Token } from '../tokens';

/**
 * The tokens and mentions inside a character range of the article (a statement's content), with
 * mention positions counted in the view's own tokens. A content may cross sentences (a long
 * quote), so the view is assembled from every sentence it touches.
 */
export interface ContentView {
  tokens: Token[];
  mentions: Mention[];
}

export function viewOf(article: Article, start: number, end: number): ContentView {
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  let lo = 0;
  let hi = article.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (article.sentences[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let n = lo; n < article.sentences.length; n++) {
    const s = article.sentences[n]!;
    if (s.start >= end) break;
    const offset = tokens.length;
    let firstInside = -1;
    s.tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= end) {
        if (firstInside < 0) firstInside = i;
        tokens.push(t);
      }
    });
    if (firstInside < 0) continue;
    for (const m of s.mentions) {
      if (m.start >= start && m.end <= end && m.first >= firstInside) {
        mentions.push({
          ...m,
          first: m.first - firstInside + offset,
          last: m.last - firstInside + offset,
        });
      }
    }
  }
  return { tokens, mentions };
}
