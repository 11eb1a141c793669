package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link IdleTimeout}: silence before the first element or between two fails the stream,
 * activity and elements keep it alive, and the timer's error is never passed on while an
 * element is.
 */
class IdleTimeoutTests {

	private static final Duration VERIFY = Duration.ofSeconds(10);

	private static final Duration TIMEOUT = Duration.ofMillis(200);

	private final Scheduler timer = Schedulers.newSingle("idle-timeout-tests");

	private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

	IdleTimeoutTests() {
		Hooks.onErrorDropped(this.dropped::add);
	}

	@AfterEach
	void dispose() {
		Hooks.resetOnErrorDropped();
		this.timer.dispose();
	}

	@Test
	void aStreamSilentFromTheStartFailsAfterTheTimeout() {
		long start = System.nanoTime();
		StepVerifier.create(IdleTimeout.apply((activity) -> Flux.never(), TIMEOUT, this.timer))
			.expectErrorSatisfies(
					(ex) -> assertThat(ex).isInstanceOf(TimeoutException.class).hasMessageContaining("200ms"))
			.verify(VERIFY);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(TIMEOUT);
	}

	@Test
	void elementsKeepItAliveAndSilenceAfterThemFailsIt() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Flux<Long> ticks = Flux.interval(Duration.ofMillis(40)).take(10).concatWith(Flux.never());
		StepVerifier
			.create(IdleTimeout.apply((activity) -> ticks.doOnCancel(() -> cancelled.set(true)), TIMEOUT, this.timer))
			.expectNextCount(10)
			.expectError(TimeoutException.class)
			.verify(VERIFY);
		assertThat(cancelled).isTrue();
	}

	@Test
	void activityWithoutElementsKeepsItAlive() {
		Sinks.Many<String> events = Sinks.many().unicast().onBackpressureBuffer();
		AtomicInteger ticks = new AtomicInteger();
		StepVerifier.create(IdleTimeout.apply((activity) -> {
			Disposable keepAlive = Flux.interval(Duration.ofMillis(40)).take(10).subscribe((tick) -> {
				activity.run();
				if (ticks.incrementAndGet() == 10) {
					events.tryEmitNext("after 400 ms of comments");
					events.tryEmitComplete();
				}
			});
			return events.asFlux().doFinally((signal) -> keepAlive.dispose());
		}, TIMEOUT, this.timer)).expectNext("after 400 ms of comments").expectComplete().verify(VERIFY);
	}

	@Test
	void cancellingDisarmsTheTimerAndPassesNoError() throws InterruptedException {
		AtomicBoolean cancelled = new AtomicBoolean();
		TrackingScheduler tracking = new TrackingScheduler(this.timer);
		StepVerifier
			.create(IdleTimeout.apply((activity) -> Flux.<String>never().doOnCancel(() -> cancelled.set(true)), TIMEOUT,
					tracking))
			.expectSubscription()
			.expectNoEvent(Duration.ofMillis(50))
			.thenCancel()
			.verify(VERIFY);
		assertThat(cancelled).isTrue();
		assertThat(tracking.tasks).singleElement().satisfies((task) -> assertThat(task.isDisposed()).isTrue());
		Thread.sleep(2 * TIMEOUT.toMillis());
		assertThat(this.dropped).isEmpty();
	}

	@Test
	void completingDisarmsTheTimer() {
		TrackingScheduler tracking = new TrackingScheduler(this.timer);
		Sinks.Many<String> events = Sinks.many().unicast().onBackpressureBuffer();
		StepVerifier.create(IdleTimeout.apply((activity) -> events.asFlux(), TIMEOUT, tracking))
			.then(() -> events.tryEmitNext("a"))
			.expectNext("a")
			.then(events::tryEmitComplete)
			.expectComplete()
			.verify(VERIFY);
		assertThat(tracking.tasks).singleElement().satisfies((task) -> assertThat(task.isDisposed()).isTrue());
		assertThat(this.dropped).isEmpty();
	}

	@Test
	void aSchedulerThatRejectsTheTimerFailsTheStream() {
		AtomicBoolean cancelled = new AtomicBoolean();
		Scheduler shutDown = Schedulers.newSingle("shut-down");
		shutDown.dispose();
		StepVerifier
			.create(IdleTimeout.apply((activity) -> Flux.<String>never().doOnCancel(() -> cancelled.set(true)), TIMEOUT,
					shutDown))
			.expectError(RejectedExecutionException.class)
			.verify(VERIFY);
		assertThat(cancelled).isTrue();
	}

	@Test
	void theTimersErrorWaitsForTheElementBeingPassedOn() throws InterruptedException {
		// The consumer takes three timeouts over the first element: the timer fires
		// meanwhile,
		// and its error must follow the element's return, on the element's thread.
		AtomicBoolean inOnNext = new AtomicBoolean();
		AtomicBoolean overlapped = new AtomicBoolean();
		List<String> received = new CopyOnWriteArrayList<>();
		CountDownLatch ended = new CountDownLatch(1);
		Flux<String> stream = IdleTimeout.apply((activity) -> Flux.just("slow", "never seen")
			.concatWith(Flux.never())
			.delaySubscription(Duration.ofMillis(10)), TIMEOUT, this.timer);
		stream.subscribe(new BaseSubscriber<>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				request(1);
			}

			@Override
			protected void hookOnNext(String element) {
				inOnNext.set(true);
				received.add(element);
				sleep(3 * TIMEOUT.toMillis());
				inOnNext.set(false);
				request(1);
			}

			@Override
			protected void hookOnError(Throwable error) {
				overlapped.set(inOnNext.get());
				received.add(error.getClass().getSimpleName());
				ended.countDown();
			}

		});
		assertThat(ended.await(VERIFY.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
		assertThat(overlapped).isFalse();
		assertThat(received).containsExactly("slow", "TimeoutException");
	}

	/** A scheduler that keeps the timed tasks it was given. */
	private static final class TrackingScheduler implements Scheduler {

		private final Scheduler delegate;

		private final List<Disposable> tasks = new CopyOnWriteArrayList<>();

		TrackingScheduler(Scheduler delegate) {
			this.delegate = delegate;
		}

		@Override
		public Disposable schedule(Runnable task) {
			return this.delegate.schedule(task);
		}

		@Override
		public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
			Disposable scheduled = this.delegate.schedule(task, delay, unit);
			this.tasks.add(scheduled);
			return scheduled;
		}

		@Override
		public Worker createWorker() {
			return this.delegate.createWorker();
		}

		@Override
		public void init() {
		}

	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
