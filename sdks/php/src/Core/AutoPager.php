<?php

declare(strict_types=1);

namespace Einvoice\Core;

/**
 * Every item of every page, fetched lazily: foreach ($client->documents->listAutoPaging(limit: 50) as $doc).
 *
 * @template T
 * @implements \IteratorAggregate<int, T>
 */
final class AutoPager implements \IteratorAggregate
{
    /** @param \Closure(?string): array{data: list<T>, has_more: bool, next_cursor: ?string} $fetch */
    public function __construct(private readonly \Closure $fetch)
    {
    }

    /** @return \Generator<int, array{data: list<T>, has_more: bool, next_cursor: ?string}> */
    public function pages(): \Generator
    {
        $cursor = null;
        do {
            $page = ($this->fetch)($cursor);
            yield $page;
            $cursor = $page['has_more'] && $page['next_cursor'] ? $page['next_cursor'] : null;
        } while ($cursor !== null);
    }

    public function getIterator(): \Generator
    {
        foreach ($this->pages() as $page) {
            foreach ($page['data'] as $item) {
                yield $item;
            }
        }
    }

    /** @return list<T> */
    public function toArray(): array
    {
        return iterator_to_array($this->getIterator(), false);
    }
}
