package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Scheduler;
import reactor.util.context.Context;

/**
 * Fails a stream that stays silent for too long: before its first element, or between two
 * elements.
 * <p>
 * Reactor's {@code timeout(Duration)} does the same by cancelling and scheduling a timer
 * for every element. On a stream of small events that is a timer queue operation, and
 * most often a wake-up of the timer's thread, per event, which profiling showed to cost
 * more than reading the event. Here an element only records when it came; one timer is
 * armed at a time, and when it fires while the stream is not yet idle for long enough, it
 * is armed again for the time left.
 * <p>
 * The timer's error is the only signal that may come from another thread than the
 * stream's, so the operator serializes just that: an element takes a flag while it is
 * passed on, and an error that finds the flag taken is passed on by that element's thread
 * when it is done. A merge with the timer, as this class was first written, did the same
 * with a queue and request accounting per element, up to a tenth of a chat stream's CPU
 * time.
 */
final class IdleTimeout {

	private IdleTimeout() {
	}

	/**
	 * Apply the timeout to a stream that also reports activity other than its elements,
	 * such as bytes that carry no element yet, timed by {@link CallTimers} for the thread
	 * that subscribes.
	 * @param <T> the element type
	 * @param source the stream, given what to run on activity
	 * @param timeout the longest silence allowed
	 * @return the stream, which fails with {@link TimeoutException} after that silence
	 */
	static <T> Flux<T> apply(Function<Runnable, Flux<T>> source, Duration timeout) {
		return Flux.defer(() -> apply(source, timeout, CallTimers.current()));
	}

	/**
	 * Apply the timeout, timed on the given scheduler.
	 * @param <T> the element type
	 * @param source the stream, given what to run on activity
	 * @param timeout the longest silence allowed
	 * @param timer the scheduler to time it on
	 * @return the stream, for one subscriber
	 */
	static <T> Flux<T> apply(Function<Runnable, Flux<T>> source, Duration timeout, Scheduler timer) {
		LastSignal lastSignal = new LastSignal();
		return Flux.from(Operators.<T, T>lift((scannable, actual) -> new Watch<>(actual, lastSignal, timeout, timer))
			.apply(source.apply(lastSignal)));
	}

	/** When the stream last showed activity; running it records that it does now. */
	private static final class LastSignal implements Runnable {

		private static final AtomicLongFieldUpdater<LastSignal> NANOS = AtomicLongFieldUpdater
			.newUpdater(LastSignal.class, "nanos");

		private volatile long nanos = System.nanoTime();

		@Override
		public void run() {
			// An ordered store, not a volatile one: a store that reaches the timer a
			// little late matters only to an element that comes as the timeout ends.
			NANOS.lazySet(this, System.nanoTime());
		}

		long nanos() {
			return this.nanos;
		}

	}

	/** The subscriber between the stream and its consumer. */
	private static final class Watch<T> implements CoreSubscriber<T>, Subscription, Runnable {

		private static final AtomicIntegerFieldUpdater<Watch> EMITTING = AtomicIntegerFieldUpdater
			.newUpdater(Watch.class, "emitting");

		private static final AtomicIntegerFieldUpdater<Watch> TERMINATED = AtomicIntegerFieldUpdater
			.newUpdater(Watch.class, "terminated");

		@SuppressWarnings("rawtypes")
		private static final AtomicReferenceFieldUpdater<Watch, Disposable> TASK = AtomicReferenceFieldUpdater
			.newUpdater(Watch.class, Disposable.class, "task");

		/** The terminal signal of a completion, where an error's would be. */
		private static final Object COMPLETE = new Object();

		/** What {@link #task} holds once the timer is disarmed for good. */
		private static final Disposable DISARMED = () -> {
		};

		private final CoreSubscriber<? super T> actual;

		private final LastSignal lastSignal;

		private final long timeoutNanos;

		private final Duration timeout;

		private final Scheduler timer;

		private @Nullable Subscription upstream;

		/**
		 * Taken while an element is passed on, and for good by the terminal signal; its
		 * count tells the element's thread that a terminal signal waits.
		 */
		private volatile int emitting;

		/** Set once: by the first terminal signal, or by cancelling. */
		private volatile int terminated;

		/** The terminal signal to pass on: {@link #COMPLETE} or an error. */
		private @Nullable Object terminal;

		private volatile @Nullable Disposable task;

		Watch(CoreSubscriber<? super T> actual, LastSignal lastSignal, Duration timeout, Scheduler timer) {
			this.actual = actual;
			this.lastSignal = lastSignal;
			this.timeoutNanos = timeout.toNanos();
			this.timeout = timeout;
			this.timer = timer;
		}

		@Override
		public Context currentContext() {
			return this.actual.currentContext();
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			if (Operators.validate(this.upstream, subscription)) {
				this.upstream = subscription;
				this.actual.onSubscribe(this);
				arm(this.lastSignal.nanos() + this.timeoutNanos - System.nanoTime());
			}
		}

		@Override
		public void onNext(T element) {
			this.lastSignal.run();
			if (this.emitting == 0 && EMITTING.compareAndSet(this, 0, 1)) {
				this.actual.onNext(element);
				if (EMITTING.decrementAndGet(this) != 0) {
					passOnTerminal();
				}
			}
			else {
				// Timed out or cancelled meanwhile.
				Operators.onDiscard(element, this.actual.currentContext());
			}
		}

		@Override
		public void onError(Throwable error) {
			terminate(error);
		}

		@Override
		public void onComplete() {
			terminate(COMPLETE);
		}

		@Override
		public void request(long n) {
			subscription().request(n);
		}

		@Override
		public void cancel() {
			if (TERMINATED.compareAndSet(this, 0, 1)) {
				disarm();
			}
			subscription().cancel();
		}

		/** The timer: fail the stream if it has been silent long enough, or wait on. */
		@Override
		public void run() {
			if (this.terminated != 0) {
				return;
			}
			long left = this.lastSignal.nanos() + this.timeoutNanos - System.nanoTime();
			if (left > 0) {
				arm(left);
				return;
			}
			subscription().cancel();
			terminate(new TimeoutException("Did not observe any item or terminal signal within "
					+ this.timeout.toMillis() + "ms (and no fallback has been configured)"));
		}

		private void arm(long nanos) {
			if (this.terminated != 0) {
				return;
			}
			Disposable next;
			try {
				next = this.timer.schedule(this, Math.max(nanos, 0), TimeUnit.NANOSECONDS);
			}
			catch (RejectedExecutionException ex) {
				// A scheduler shut down: the stream cannot be timed, so it fails, as the
				// timer of Reactor's own operators does.
				subscription().cancel();
				terminate(Operators.onRejectedExecution(ex, this.actual.currentContext()));
				return;
			}
			Disposable current = this.task;
			// Replaced unless disarmed meanwhile: a terminated stream's timer must not
			// keep the stream reachable until it fires.
			if (current == DISARMED || !TASK.compareAndSet(this, current, next)) {
				next.dispose();
			}
		}

		private void disarm() {
			@SuppressWarnings("unchecked")
			Disposable current = (Disposable) TASK.getAndSet(this, DISARMED);
			if (current != null) {
				current.dispose();
			}
		}

		private void terminate(Object signal) {
			if (!TERMINATED.compareAndSet(this, 0, 1)) {
				if (signal instanceof Throwable error) {
					Operators.onErrorDropped(error, this.actual.currentContext());
				}
				return;
			}
			disarm();
			this.terminal = signal;
			if (EMITTING.getAndIncrement(this) == 0) {
				passOnTerminal();
			}
		}

		private void passOnTerminal() {
			Object signal = this.terminal;
			this.terminal = null;
			if (signal instanceof Throwable error) {
				this.actual.onError(error);
			}
			else if (signal == COMPLETE) {
				this.actual.onComplete();
			}
		}

		private Subscription subscription() {
			Subscription subscription = this.upstream;
			if (subscription == null) {
				throw new IllegalStateException("Not subscribed");
			}
			return subscription;
		}

	}

}
