/**
 * A newsroom's upload stream for the cost and end-to-end figures: stories covered by one to four outlets
 * within a day, each outlet writing its own article around the story's shared quotations (some reworded or
 * cut), all published in one week. Articles are plain UTF-8 text with the metadata the samples use.
 */
import type { ArticleBlobs, ArticleObject } from '../../shared/ports';
import type { NewsGenerator } from './corpus';
import { between, pick } from './random';

/** Invented outlet names (the samples' five plus three more), so keys and metadata look like the real thing. */
export const OUTLETS = ['levant-news', 'gulf-daily', 'maghreb-post', 'meridian-wire', 'quotidien-fr', 'nile-courier', 'atlas-times', 'tigris-daily'];

export interface StreamArticle {
  key: string;
  bytes: Uint8Array;
  contentType: string;
  metadata: Record<string, string>;
  words: number;
}

export interface StreamOptions {
  stories: number;
  /** Words per article (the generator stops at the first paragraph past it). */
  words: number;
  /** Outlets covering each story: between min and max. */
  outlets: [number, number];
  /** Monday of the week every article is published in. */
  weekStart: Date;
}

/** The stream, story by story (a story's articles follow each other, as wire copy does). */
export function articleStream(generator: NewsGenerator, options: StreamOptions): StreamArticle[] {
  const random = generator.rng;
  const out: StreamArticle[] = [];
  for (let s = 0; s < options.stories; s++) {
    const story = generator.story();
    const day = new Date(options.weekStart.getTime() + between(random, 0, 4) * 86_400_000);
    const outlets = new Set<string>();
    const count = between(random, options.outlets[0], options.outlets[1]);
    while (outlets.size < count) outlets.add(pick(random, OUTLETS));
    for (const outlet of outlets) {
      const { title, text } = generator.article(story, outlet, options.words);
      const publishedAt = new Date(day.getTime() + between(random, 6, 20) * 3_600_000).toISOString();
      out.push({
        key: `${outlet}/${publishedAt.slice(0, 10)}/story-${s}.txt`,
        bytes: new TextEncoder().encode(text),
        contentType: 'text/plain; charset=utf-8',
        metadata: { outlet, 'published-at': publishedAt, title, language: 'ar' },
        words: text.split(/\s+/u).length,
      });
    }
  }
  return out;
}

/** ArticleBlobs over the stream in memory: the cost figures are DynamoDB's, S3 reads are not in them. */
export function memoryBlobs(articles: readonly StreamArticle[]): ArticleBlobs {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  return {
    async get(_bucket: string, key: string): Promise<ArticleObject> {
      const article = byKey.get(key);
      if (!article) throw new Error(`no such article ${key}`);
      return { bytes: article.bytes, metadata: article.metadata, contentType: article.contentType };
    },
  };
}
