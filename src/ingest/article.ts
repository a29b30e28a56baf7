import { splitSentences } from '../text/sentences';
import type { DateMention } from './dates';
import type { Mention } from './entities/mention';
import { findQuotes, type QuoteSpan } from './quotes';
import { tokenize, type Token } from './tokens';

/**
 * The article as the phases see it: sentences (from the shared splitter) grouped into the lines
 * they sit on, each with its tokens, and the quotation spans of each line. A line is a paragraph
 * or a headline; a headline is a short line with no closing punctuation.
 */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  headline: boolean;
  tokens: Token[];
  mentions: Mention[];
  dates: DateMention[];
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  headline: boolean;
}

export interface Article {
  text: string;
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

function isHeadline(text: string, start: number, end: number, sentenceCount: number): boolean {
  if (sentenceCount > 1) return false;
  const line = text.slice(start, end).trim();
  const words = line.split(/\s+/).length;
  return words <= 20 && !/[.!?:]["'”’)]*$/.test(line);
}

export function readArticle(text: string): Article {
  const spans = splitSentences(text);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let current: Paragraph | undefined;
  for (const span of spans) {
    // Sentences never cross a line break, so the line of a sentence is that of its start.
    if (!current || span.start >= current.end) {
      lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
      let lineEnd = text.indexOf('\n', span.start);
      if (lineEnd < 0) lineEnd = text.length;
      current = {
        index: paragraphs.length,
        start: lineStart,
        end: lineEnd,
        sentences: [],
        quotes: [],
        headline: false,
      };
      paragraphs.push(current);
    }
    const sentence: Sentence = {
      index: span.index,
      start: span.start,
      end: span.end,
      paragraph: current.index,
      headline: false,
      tokens: tokenize(text, span.start, span.end),
      mentions: [],
      dates: [],
    };
    current.sentences.push(sentence);
    sentences.push(sentence);
  }
  for (const p of paragraphs) {
    p.quotes = findQuotes(text, p.sentences[0]!.start, p.sentences[p.sentences.length - 1]!.end);
    // A quotation left open runs on into the next paragraph: running text, not a headline.
    p.headline =
      isHeadline(text, p.start, p.end, p.sentences.length) && !p.quotes.some((q) => q.unclosed);
    for (const s of p.sentences) s.headline = p.headline;
  }
  return { text, sentences, paragraphs };
}
