package dev.reactiveai.openai.core.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dev.reactiveai.openai.core.Page;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * The paging of one subscriber of a {@link Pagination} listing: counts what was demanded
 * and what was emitted, and fetches the next page only when the demand is not yet met.
 * Fetches are started from a drain loop, so that pages that arrive synchronously do not
 * deepen the stack.
 */
final class Pager<T> {

	private final FluxSink<T> sink;

	private final String operation;

	private final Function<@Nullable String, Mono<Page<T>>> fetchPage;

	/** Every cursor asked for so far: one that comes back again would loop. */
	private final Set<String> usedCursors = new HashSet<>();

	private final AtomicInteger drains = new AtomicInteger();

	private @Nullable String cursor;

	private long requested;

	private long emitted;

	private boolean fetching;

	private boolean finished;

	private @Nullable PageSubscriber inFlight;

	Pager(FluxSink<T> sink, String operation, @Nullable String cursor,
			Function<@Nullable String, Mono<Page<T>>> fetchPage) {
		this.sink = sink;
		this.operation = operation;
		this.cursor = cursor;
		this.fetchPage = fetchPage;
		if (cursor != null) {
			this.usedCursors.add(cursor);
		}
	}

	void start() {
		this.sink.onRequest((n) -> {
			synchronized (this) {
				this.requested = (this.requested + n < 0) ? Long.MAX_VALUE : this.requested + n;
			}
			drain();
		});
		// Cancelled by the subscriber, or ended: either way no page is wanted any
		// more.
		this.sink.onDispose(this::stop);
	}

	private void drain() {
		if (this.drains.getAndIncrement() != 0) {
			return;
		}
		int missed = 1;
		do {
			fetchIfDemanded();
			missed = this.drains.addAndGet(-missed);
		}
		while (missed != 0);
	}

	private void fetchIfDemanded() {
		PageSubscriber subscriber;
		synchronized (this) {
			if (this.fetching || this.finished || this.sink.isCancelled() || this.emitted >= this.requested) {
				return;
			}
			this.fetching = true;
			subscriber = new PageSubscriber(this.cursor);
			this.inFlight = subscriber;
		}
		Mono.defer(() -> this.fetchPage.apply(subscriber.after)).subscribe(subscriber);
	}

	private void onPage(@Nullable String after, Page<T> page) {
		String next = page.hasMore() ? page.lastId() : null;
		String problem = null;
		synchronized (this) {
			if (this.finished) {
				return;
			}
			if (page.hasMore()) {
				problem = cannotAdvance(after, page, next);
			}
			if (problem == null) {
				this.emitted += page.data().size();
				this.cursor = next;
				this.finished = next == null;
				this.fetching = false;
				this.inFlight = null;
			}
		}
		if (problem != null) {
			fail(new OpenAiResponseException(
					this.operation + " answered the page after " + quote(after) + " with has_more true but " + problem
							+ ", so the listing cannot advance; it stops instead of requesting pages forever",
					null, null));
			return;
		}
		// Items beyond the demand wait in the sink's buffer: at most one page.
		page.data().forEach(this.sink::next);
		if (next == null) {
			this.sink.complete();
		}
		else {
			drain();
		}
	}

	/** Why the listing cannot go on after a page that says more items follow. */
	private @Nullable String cannotAdvance(@Nullable String after, Page<T> page, @Nullable String next) {
		if (page.data().isEmpty()) {
			return "no items";
		}
		if (next == null) {
			return "no cursor for the next page";
		}
		if (!this.usedCursors.add(next)) {
			return "the cursor " + quote(next) + " again, "
					+ (next.equals(after) ? "the one it was asked to start after" : "which it gave before");
		}
		return null;
	}

	private void onEmpty() {
		synchronized (this) {
			if (this.finished) {
				return;
			}
			this.finished = true;
		}
		this.sink.complete();
	}

	private void onFailure(@Nullable String after, Throwable failure) {
		// A page that could not be built from the response, such as one without its
		// list of items, is a response that could not be read.
		fail((failure instanceof OpenAiException) ? failure
				: new OpenAiResponseException(
						"Could not read the page of " + this.operation + " after " + quote(after) + ": "
								+ ServerText.quote(String.valueOf(failure.getMessage()), ServerText.MAX_TEXT),
						null, failure));
	}

	private void fail(Throwable failure) {
		synchronized (this) {
			if (this.finished) {
				return;
			}
			this.finished = true;
		}
		this.sink.error(failure);
	}

	private void stop() {
		PageSubscriber current;
		synchronized (this) {
			this.finished = true;
			current = this.inFlight;
			this.inFlight = null;
		}
		if (current != null) {
			current.dispose();
		}
	}

	private static String quote(@Nullable String cursor) {
		return (cursor != null) ? "'" + ServerText.quote(cursor, ServerText.MAX_VALUE) + "'" : "the start";
	}

	/** Receives one page; disposing it cancels the request. */
	private final class PageSubscriber extends BaseSubscriber<Page<T>> {

		private final @Nullable String after;

		private boolean received;

		PageSubscriber(@Nullable String after) {
			this.after = after;
		}

		@Override
		protected void hookOnSubscribe(Subscription subscription) {
			subscription.request(1);
		}

		@Override
		protected void hookOnNext(Page<T> page) {
			this.received = true;
			Pager.this.onPage(this.after, page);
		}

		@Override
		protected void hookOnComplete() {
			if (!this.received) {
				onEmpty();
			}
		}

		@Override
		protected void hookOnError(Throwable failure) {
			onFailure(this.after, failure);
		}

	}

}
