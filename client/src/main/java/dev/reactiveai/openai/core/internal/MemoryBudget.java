package dev.reactiveai.openai.core.internal;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBufferLimitException;

/**
 * The bytes that one client holds in memory for answers and events in flight, bounded in
 * total: the limit per answer alone lets many large answers at once exhaust the heap.
 * <p>
 * Shared by every call of a client. Not API: the transport and the event decoder use it.
 */
public final class MemoryBudget {

	private final long limit;

	private final AtomicLong held = new AtomicLong();

	/**
	 * Create a budget.
	 * @param limit the most bytes held at once
	 */
	public MemoryBudget(long limit) {
		this.limit = limit;
	}

	/** A budget that never refuses, for decoders used on their own. */
	public static MemoryBudget unbounded() {
		return new MemoryBudget(Long.MAX_VALUE);
	}

	/**
	 * Take bytes from the budget.
	 * @param bytes the bytes about to be held
	 * @throws Exceeded if the budget does not have them; nothing is taken then
	 */
	public void reserve(long bytes) {
		long now = this.held.addAndGet(bytes);
		if (now > this.limit) {
			this.held.addAndGet(-bytes);
			throw new Exceeded(this.limit);
		}
	}

	/**
	 * Give bytes back.
	 * @param bytes bytes reserved before and no longer held
	 */
	public void release(long bytes) {
		this.held.addAndGet(-bytes);
	}

	/** The bytes held now. */
	public long held() {
		return this.held.get();
	}

	/** The most bytes held at once. */
	public long limit() {
		return this.limit;
	}

	/**
	 * The answers in flight on a client would hold more than its budget.
	 */
	public static final class Exceeded extends DataBufferLimitException {

		private static final long serialVersionUID = 1L;

		private final long limit;

		Exceeded(long limit) {
			super("The answers in flight would hold more than " + limit + " bytes in memory together");
			this.limit = limit;
		}

		/** The budget's limit in bytes. */
		public long limit() {
			return this.limit;
		}

	}

}
