package dev.reactiveai.openai.simulator;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers in the API's shapes ({@code file-…}, {@code resp_…}), numbered in order so
 * that a run is repeatable.
 */
final class Ids {

	private final AtomicLong next = new AtomicLong(1);

	/**
	 * The next identifier.
	 * @param prefix the prefix with its separator, such as {@code "file-"} or
	 * {@code "resp_"}
	 * @return the identifier
	 */
	String next(String prefix) {
		return prefix + "sim" + String.format("%021d", this.next.getAndIncrement());
	}

	void reset() {
		this.next.set(1);
	}

}
