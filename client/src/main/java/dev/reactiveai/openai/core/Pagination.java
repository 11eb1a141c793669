package dev.reactiveai.openai.core;

import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * Turns a page-at-a-time operation into a lazy {@link Flux} of all items.
 */
public final class Pagination {

	private Pagination() {
	}

	/**
	 * All items, starting at the given cursor. A page is requested only when more items
	 * are demanded than the pages so far held; cancelling stops paging and cancels a page
	 * in flight.
	 * @param <T> the item type
	 * @param firstCursor the cursor to start after, or null to start at the beginning
	 * @param fetchPage fetches the page after a cursor (null for the first page)
	 * @return the items
	 */
	public static <T> Flux<T> items(@Nullable String firstCursor, Function<@Nullable String, Mono<Page<T>>> fetchPage) {
		return Flux.create((sink) -> new Pager<>(sink, firstCursor, fetchPage).start());
	}

	/**
	 * The paging of one subscriber: counts what was demanded and what was emitted, and
	 * fetches the next page only when the demand is not yet met.
	 */
	private static final class Pager<T> {

		private final FluxSink<T> sink;

		private final Function<@Nullable String, Mono<Page<T>>> fetchPage;

		private @Nullable String cursor;

		private long requested;

		private long emitted;

		private boolean fetching;

		private boolean finished;

		private @Nullable Disposable inFlight;

		Pager(FluxSink<T> sink, @Nullable String cursor, Function<@Nullable String, Mono<Page<T>>> fetchPage) {
			this.sink = sink;
			this.cursor = cursor;
			this.fetchPage = fetchPage;
		}

		void start() {
			this.sink.onRequest((n) -> {
				synchronized (this) {
					this.requested = (this.requested + n < 0) ? Long.MAX_VALUE : this.requested + n;
				}
				fetchIfDemanded();
			});
			this.sink.onDispose(this::cancel);
		}

		private void fetchIfDemanded() {
			@Nullable String after;
			synchronized (this) {
				if (this.fetching || this.finished || this.emitted >= this.requested) {
					return;
				}
				this.fetching = true;
				after = this.cursor;
			}
			this.inFlight = this.fetchPage.apply(after)
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.subscribe((page) -> page.ifPresentOrElse(this::onPage, this.sink::complete), this.sink::error);
		}

		private void onPage(Page<T> page) {
			String next = page.nextCursor();
			synchronized (this) {
				this.emitted += page.data().size();
				this.cursor = next;
				this.finished = next == null;
				this.fetching = false;
			}
			// Items beyond the demand wait in the sink's buffer: at most one page.
			page.data().forEach(this.sink::next);
			if (next == null) {
				this.sink.complete();
			}
			else {
				fetchIfDemanded();
			}
		}

		private void cancel() {
			Disposable current = this.inFlight;
			if (current != null) {
				current.dispose();
			}
		}

	}

}
