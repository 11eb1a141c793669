package dev.reactiveai.openai.core;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a page-at-a-time operation into a lazy {@link Flux} of all items.
 */
public final class Pagination {

	private Pagination() {
	}

	/**
	 * All items, starting at the given cursor. A page is requested only when the items of
	 * the previous one have been consumed and more are demanded; cancelling stops paging.
	 * @param <T> the item type
	 * @param firstCursor the cursor to start after, or null to start at the beginning
	 * @param fetchPage fetches the page after a cursor (null for the first page)
	 * @return the items
	 */
	public static <T> Flux<T> items(@Nullable String firstCursor, Function<@Nullable String, Mono<Page<T>>> fetchPage) {
		return Mono.defer(() -> fetchPage.apply(firstCursor)).flatMapMany((page) -> {
			Flux<T> items = Flux.fromIterable(page.data());
			String next = page.nextCursor();
			if (next == null) {
				return items;
			}
			// concatMap without prefetch subscribes to the next page only when it is
			// requested.
			return items.concatWith(Flux.just(next).concatMap((after) -> items(after, fetchPage), 0));
		});
	}

}
