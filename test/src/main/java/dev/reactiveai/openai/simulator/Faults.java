package dev.reactiveai.openai.simulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Scripted faults: the simulator's next calls fail, hang or have their stream cut. Faults
 * apply in the order they were scripted, each to the next calls that match its path (all
 * calls unless {@link #forPath(String)} narrowed it), and are used up. <pre class="code">
 * simulator.faults().failNext(2, 429, Duration.ofSeconds(1)); // two rate limits, then success
 * simulator.faults().forPath("/chat/completions").cutNextStreamAfter(3);
 * simulator.faults().hangNext(1);
 * </pre>
 */
public final class Faults {

	private final Deque<Fault> faults = new ArrayDeque<>();

	private final Predicate<String> paths;

	private final Faults owner;

	Faults() {
		this.paths = (path) -> true;
		this.owner = this;
	}

	private Faults(Faults owner, Predicate<String> paths) {
		this.owner = owner;
		this.paths = paths;
	}

	/**
	 * Faults that apply only to calls of one path.
	 * @param path the path below {@code /v1}, such as {@code /chat/completions}
	 * @return a view that scripts faults for that path
	 */
	public Faults forPath(String path) {
		return new Faults(this.owner, path::equals);
	}

	/**
	 * Makes the next calls fail with an OpenAI error.
	 * @param count how many calls fail
	 * @param status the HTTP status, such as 429, 500 or 503
	 * @return these faults
	 */
	public Faults failNext(int count, int status) {
		return failNext(count, status, null);
	}

	/**
	 * Makes the next calls fail with an OpenAI error and a {@code retry-after} header.
	 * @param count how many calls fail
	 * @param status the HTTP status, such as 429, 500 or 503
	 * @param retryAfter the delay the answer asks for, or {@code null} for none
	 * @return these faults
	 */
	public Faults failNext(int count, int status, @Nullable Duration retryAfter) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("A failure needs an error status (400-599), not " + status);
		}
		return add(count, new Failure(status, retryAfter));
	}

	/**
	 * Makes the next calls hang: no answer is sent until the client gives up.
	 * @param count how many calls hang
	 * @return these faults
	 */
	public Faults hangNext(int count) {
		return add(count, new Hang());
	}

	/**
	 * Cuts the next stream after some events: the connection closes without the end of
	 * the stream, as when a network fails mid-answer.
	 * @param events how many events the stream delivers first
	 * @return these faults
	 */
	public Faults cutNextStreamAfter(int events) {
		if (events < 0) {
			throw new IllegalArgumentException("events must not be negative, was " + events);
		}
		return add(1, new Cut(events));
	}

	/**
	 * Removes every fault not used yet.
	 */
	public void clear() {
		synchronized (this.owner.faults) {
			this.owner.faults.clear();
		}
	}

	private Faults add(int count, Kind kind) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, was " + count);
		}
		synchronized (this.owner.faults) {
			this.owner.faults.addLast(new Fault(this.paths, kind, count));
		}
		return this;
	}

	/**
	 * Uses up the first fault for a call.
	 * @param path the call's path
	 * @param streaming whether the call asked for a stream (only streams are cut)
	 * @return the fault's kind, or {@code null} for none
	 */
	@Nullable Kind take(String path, boolean streaming) {
		synchronized (this.owner.faults) {
			for (Fault fault : this.owner.faults) {
				if (fault.paths.test(path) && (streaming || !(fault.kind instanceof Cut))) {
					if (--fault.remaining == 0) {
						this.owner.faults.remove(fault);
					}
					return fault.kind;
				}
			}
			return null;
		}
	}

	/** What a fault does. */
	sealed interface Kind permits Failure, Hang, Cut {

	}

	record Failure(int status, @Nullable Duration retryAfter) implements Kind {

	}

	record Hang() implements Kind {

	}

	record Cut(int events) implements Kind {

	}

	private static final class Fault {

		private final Predicate<String> paths;

		private final Kind kind;

		private int remaining;

		Fault(Predicate<String> paths, Kind kind, int remaining) {
			this.paths = paths;
			this.kind = kind;
			this.remaining = remaining;
		}

	}

}
