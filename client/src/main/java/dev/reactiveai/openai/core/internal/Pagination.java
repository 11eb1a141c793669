package dev.reactiveai.openai.core.internal;

import java.util.function.Function;

import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.error.OpenAiResponseException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a page-at-a-time operation into a lazy {@link Flux} of all items.
 * <p>
 * A page is requested only when more items are demanded than the pages so far held. Once
 * the subscriber cancels, or the listing ends, no page is requested any more, and a page
 * in flight is cancelled.
 * <p>
 * A listing that cannot advance ends with an {@link OpenAiResponseException} rather than
 * requesting pages forever: a page that says more items follow ({@code has_more}) but
 * gives a cursor already used (the server ignored {@code after}, or went round in a
 * cycle), no cursor, or no items to continue after. A page without its list of items
 * ({@code "data": null}) ends it the same way: the list is required, and a missing one is
 * more likely a broken response than an empty page, whose items would silently be lost
 * when {@code has_more} is true. The items of such a page are not delivered.
 */
public final class Pagination {

	private Pagination() {
	}

	/**
	 * All items, starting at the given cursor.
	 * @param <T> the item type
	 * @param operation the operation that fetches the pages, such as {@code GET /files},
	 * named in errors
	 * @param firstCursor the cursor to start after, or null to start at the beginning
	 * @param fetchPage fetches the page after a cursor (null for the first page)
	 * @return the items
	 */
	public static <T> Flux<T> items(String operation, @Nullable String firstCursor,
			Function<@Nullable String, Mono<Page<T>>> fetchPage) {
		return Flux.create((sink) -> new Pager<>(sink, operation, firstCursor, fetchPage).start());
	}

}
